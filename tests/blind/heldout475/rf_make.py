"""Build the seven rf- blind test files (set heldout475) and their expected readings.

Run with /work/main/.venv/bin/python rf_make.py  (openpyxl, python-docx, pyyaml).
Every file written starts with rf- ; nothing else in the folder is touched.
"""
import os
import datetime as dt

import yaml
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def P(p):
    assert os.path.basename(p).startswith("rf-")
    return os.path.join(HERE, p)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def D(y, m, d):
    return dt.datetime(y, m, d)


class Folded(str):
    pass


def _folded(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style=">")


yaml.SafeDumper.add_representer(Folded, _folded)


def write_expected(fname, head, actions=None):
    doc = {}
    doc["source"] = Folded(head["source"])
    doc["reads"] = Folded(head["reads"])
    doc["outcome"] = head["outcome"]
    doc["accept_refusal"] = head.get("accept_refusal", False)
    if "refuse_at" in head:
        doc["refuse_at"] = head["refuse_at"]
    if head.get("title") is not None:
        doc["title"] = head["title"]
    if actions is not None:
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(P(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


# ---------------------------------------------------------------------------
# 1. Kettering General Hospital NHS FT - corporate risk register action tracker (xlsx)
# ---------------------------------------------------------------------------
def kettering():
    name = "rf-kettering-general-hospital-nhsft-corporate-risk-register-2025-26.xlsx"
    title = "Corporate Risk Register 2025/26 – Mitigating Actions Tracker"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Kettering General Hospital NHS Foundation Trust"
    cv["A1"].font = Font(size=11, color="005EB8", bold=True)
    cv["A2"] = title
    cv["A2"].font = Font(size=16, bold=True)
    rows = [("Report to:", "Trust Board (Part 1)"),
            ("Meeting date:", "27 November 2025"),
            ("Executive sponsor:", "Director of Corporate Affairs"),
            ("Prepared by:", "Head of Risk Management")]
    for i, (k, v) in enumerate(rows, start=4):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
    cv["A9"] = "Document control"
    cv["A9"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Version", "Date", "Author", "Summary of changes"], start=1):
        c = cv.cell(10, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
    dc = [("0.1", "14/10/2025", "Risk Manager", "Draft following Risk Management Group"),
          ("1.0", "11/11/2025", "Head of Risk Management", "Approved by Executive Risk Committee")]
    for i, r in enumerate(dc, start=11):
        for j, v in enumerate(r, start=1):
            cv.cell(i, j, v)
    cv["A14"] = ("Scope: all risks on the Corporate Risk Register with a current score of 15 or above. "
                 "Risks are scored consequence (C) x likelihood (L) on the Trust's 5x5 matrix.")
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 30
    cv.column_dimensions["C"].width = 26
    cv.column_dimensions["D"].width = 44

    ws = wb.create_sheet("CRR actions")
    ws["A1"] = title
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Position as at 31 October 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Action ref", "Mitigating action", "Action owner", "Original due date",
             "Revised due date", "Status", "Progress update (October 2025)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    widths = [11, 60, 36, 14, 14, 8, 55]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[j]].width = w

    risks = [
        ("Risk 2418: Emergency Department crowding and corridor care",
         "Current score 20 (C4 x L5)   Target score 12   Executive lead: Chief Operating Officer   Linked BAF risk: SR2",
         [
             dict(ref="2418.1",
                  action="Open the 12-space Same Day Emergency Care (SDEC) extension seven days a week, 08:00–22:00.",
                  owner="Deputy Chief Operating Officer (Urgent Care)", lead=["Deputy Chief Operating Officer (Urgent Care)"],
                  orig=D(2025, 9, 30), rev=D(2025, 12, 31), rag="A",
                  upd="Estates works complete; weekend staffing recruited to 80%. Seven-day opening planned from 1 December.",
                  end="2025-12", status="amber"),
             dict(ref="2418.2",
                  action="Introduce a Trust-wide full capacity protocol with boarding limits agreed by each division.",
                  owner="Director of Nursing, Medicine Division / Head of Patient Flow",
                  lead=["Director of Nursing, Medicine Division", "Head of Patient Flow"],
                  orig=D(2025, 8, 31), rev=None, rag="B",
                  upd="Protocol approved by Executive Management Committee 26/08/2025 and in use.",
                  end="2025-08", status="blue"),
             dict(ref="2418.3",
                  action="Complete the nurse staffing establishment review for ED, including corridor care escalation areas.",
                  owner="Associate Director of Nursing, Urgent & Emergency Care",
                  lead=["Associate Director of Nursing, Urgent & Emergency Care"],
                  orig=D(2025, 12, 31), rev=None, rag="G",
                  upd="Acuity data collection (SNCT) completed in October; paper to People Committee in December.",
                  end="2025-12", status="green"),
             dict(ref="2418.4",
                  action="Agree discharge-to-assess pathway 1 capacity with North Northamptonshire Council and the ICB for winter 2025/26.",
                  owner="Chief Operating Officer", lead=["Chief Operating Officer"],
                  orig="Q3 2025/26", rev=None, rag="G",
                  upd="Additional 40 hours/week of reablement agreed through the Better Care Fund.",
                  end="2025-12", status="green"),
         ]),
        ("Risk 2506: Backlog of outpatient follow-up appointments in Ophthalmology",
         "Current score 16 (C4 x L4)   Target score 8   Executive lead: Medical Director   Linked BAF risk: SR3",
         [
             dict(ref="2506.1",
                  action="Validate the ophthalmology follow-up waiting list against clinical risk stratification (harm review of all patients more than 100% past their due date).",
                  owner="Clinical Director, Ophthalmology", lead=["Clinical Director, Ophthalmology"],
                  orig=D(2025, 7, 31), rev=D(2025, 11, 30), rag="R",
                  upd="Validation 78% complete. No moderate or severe harm identified to date; additional validation sessions booked.",
                  end="2025-11", status="red"),
             dict(ref="2506.2",
                  action="Commission additional virtual glaucoma clinics through the insourcing contract.",
                  owner="General Manager, Surgery Division", lead=["General Manager, Surgery Division"],
                  orig=D(2025, 10, 31), rev=None, rag="B",
                  upd="Contract varied; 6 additional clinics per month running from 6 October.",
                  end="2025-10", status="blue"),
             dict(ref="2506.3",
                  action="Implement patient-initiated follow-up (PIFU) for stable medical retina patients.",
                  owner="Clinical Director, Ophthalmology; Outpatient Transformation Lead",
                  lead=["Clinical Director, Ophthalmology", "Outpatient Transformation Lead"],
                  orig=D(2026, 3, 31), rev=None, rag="G",
                  upd="Clinical criteria agreed; patient information leaflet with Patient Experience team for review.",
                  end="2026-03", status="green"),
         ]),
        ("Risk 2577: Compliance with fire safety regulations – Rockingham Wing",
         "Current score 15 (C5 x L3)   Target score 10   Executive lead: Director of Estates & Facilities   Linked BAF risk: SR6",
         [
             dict(ref="2577.1",
                  action="Complete fire compartmentation remedial works on levels 1 and 2.",
                  owner="Head of Estates Compliance", lead=["Head of Estates Compliance"],
                  orig=D(2026, 1, 31), rev=None, rag="G",
                  upd="Level 1 complete; level 2 programmed around ward decant in December.",
                  end="2026-01", status="green"),
             dict(ref="2577.2",
                  action="Deliver fire warden training to all ward managers and nurses in charge, with a target of 90% compliance.",
                  owner="Fire Safety Adviser", lead=["Fire Safety Adviser"],
                  orig=D(2025, 9, 30), rev=D(2025, 12, 31), rag="A",
                  upd="Compliance 71% (target 90%). Additional sessions added on night shifts.",
                  end="2025-12", status="amber"),
             dict(ref="2577.3",
                  action="Replace the fire alarm panels in the Rockingham Wing.",
                  owner="Head of Estates Compliance", lead=["Head of Estates Compliance"],
                  orig=D(2026, 3, 31), rev=None, rag=None,
                  upd="Not started – awaiting confirmation of 2025/26 capital allocation.",
                  end="2026-03", status="unrated"),
         ]),
    ]
    r = 5
    expected = []
    for band, note, acts in risks:
        c = ws.cell(r, 1, band)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("41B6E6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        c = ws.cell(r, 1, note)
        c.font = Font(italic=True)
        c.fill = fill("E8EDEE")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for a in acts:
            ws.cell(r, 1, a["ref"])
            ws.cell(r, 2, a["action"]).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 3, a["owner"]).alignment = Alignment(wrap_text=True, vertical="top")
            c = ws.cell(r, 4, a["orig"])
            if isinstance(a["orig"], dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if a["rev"] is not None:
                ws.cell(r, 5, a["rev"]).number_format = "dd/mm/yyyy"
            if a["rag"]:
                c = ws.cell(r, 6, a["rag"])
                c.fill = fill(FILL[a["rag"]])
                c.alignment = Alignment(horizontal="center")
            ws.cell(r, 7, a["upd"]).alignment = Alignment(wrap_text=True, vertical="top")
            expected.append(dict(ref=a["ref"], under=[band], action=a["action"], lead=a["lead"],
                                 end=a["end"], status=a["status"]))
            r += 1
    r += 1
    ws.cell(r, 1, "Status key:  B = Complete   G = On track   A = At risk of delay   R = Off track / overdue   "
                  "Blank = not started").font = Font(italic=True, size=9)

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of mitigating actions by status"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Risk", "Complete", "On track", "At risk", "Off track", "Not started", "Total"]
    for j, h in enumerate(hdr, start=1):
        sm.cell(3, j, h).font = Font(bold=True)
    data = [("2418", 1, 2, 1, 0, 0, 4), ("2506", 1, 1, 0, 1, 0, 3), ("2577", 0, 1, 1, 0, 1, 3),
            ("Total", 2, 4, 2, 1, 1, 10)]
    for i, row in enumerate(data, start=4):
        for j, v in enumerate(row, start=1):
            sm.cell(i, j, v)
    sm.cell(7, 1).font = Font(bold=True)
    wb.save(P(name))

    head = dict(
        source=("Imitates a 2025/26 NHS acute trust Corporate Risk Register report to the Trust Board (Kettering "
                "General Hospital NHS FT, Board Part 1, November 2025; no specific published file copied). Layout "
                "taken from typical trust BAF/CRR board papers (e.g. Oxford University Hospitals TB2016.52 BAF/CRR "
                "report and good-governance.org.uk 'CRR vs BAF' guidance): a cover sheet with report-to block and "
                "document-control table, a tracker sheet where each risk is a coloured band row followed by an "
                "italic score/exec-lead line, actions with job-title owners (two posts joined by ' / ' and '; '), "
                "original and revised due dates, a status letter with fill colour, a status key line and a "
                "Summary sheet of totals."),
        reads=("A corporate risk register action tracker: three high-scoring risks, each a band row with its "
               "score line beneath, and ten numbered mitigating actions (2418.1 to 2577.3) under them. Each action "
               "has a job-title owner, an original and sometimes a revised due date (the revised one is the end) "
               "and a B/G/A/R status letter; one action has no status (not started). The Cover and Summary "
               "sheets hold no actions."),
        outcome="read", title=title)
    write_expected(name, head, expected)


# ---------------------------------------------------------------------------
# 2. Harper Adams University - internal audit recommendations follow-up (xlsx)
# ---------------------------------------------------------------------------
def harper():
    name = "rf-harper-adams-university-internal-audit-recommendations-tracker.xlsx"
    title = "Harper Adams University – Internal Audit Recommendations Follow-up Report"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Committee, 4 March 2026 (paper ARC/26/07)"
    hdr = ["Audit", "Year", "Assurance", "High", "Medium", "Low", "Implemented", "Outstanding"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7F2B3C")
    rows = [("Cyber Security and IT Resilience", "2024/25", "Limited", 2, 1, 0, 1, 2),
            ("Student Recruitment and Admissions", "2024/25", "Reasonable", 0, 1, 1, 1, 1),
            ("Health and Safety – Farm Operations", "2025/26", "Reasonable", 1, 1, 0, 0, 2),
            ("Total", "", "", 3, 3, 1, 2, 5)]
    for i, row in enumerate(rows, start=5):
        for j, v in enumerate(row, start=1):
            sm.cell(i, j, v)
    sm.cell(8, 1).font = Font(bold=True)
    sm["A10"] = "RAG key (colour only in the tracker):"
    sm["A10"].font = Font(bold=True)
    key = [("0070C0", "Blue – implemented and verified by internal audit"),
           ("00B050", "Green – on track for the agreed date"),
           ("FFC000", "Amber – revised date agreed by the Committee"),
           ("FF0000", "Red – overdue, no revised date agreed"),
           (None, "No colour – not yet started")]
    for i, (col, txt) in enumerate(key, start=11):
        if col:
            sm.cell(i, 1).fill = fill(col)
        sm.cell(i, 2, txt)
    sm.column_dimensions["A"].width = 38
    sm.column_dimensions["B"].width = 12
    sm.column_dimensions["C"].width = 12

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Recommendations tracker – position at 13 February 2026"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Prepared by: Governance and Compliance Officer"
    heads = ["Audit", "Rec no.", "Priority", "Recommendation", "Agreed management action",
             "Responsible officer", "Original target date", "Revised target date", "RAG", "Progress update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7F2B3C")
        c.alignment = Alignment(wrap_text=True)
    for col, w in zip("ABCDEFGHIJ", [26, 7, 9, 48, 52, 30, 12, 12, 6, 48]):
        ws.column_dimensions[col].width = w

    audits = [
        ("Cyber Security and IT Resilience (2024/25, Limited assurance)", [
            dict(no="1", pr="High",
                 rec="The University should ensure that multi-factor authentication is enforced for all staff and student accounts, including legacy service accounts.",
                 act="Enforce MFA on all remaining staff accounts and retire or secure the 14 legacy service accounts identified.",
                 own="Director of Digital Services", lead=["Director of Digital Services"],
                 orig=D(2025, 3, 31), rev=D(2025, 10, 31), rag="B",
                 upd="MFA enforced 20/10/2025; service accounts closed or secured. Verified by internal audit January 2026.",
                 end="2025-10", status="blue"),
            dict(no="2", pr="High",
                 rec="Backups of critical systems should be restore-tested regularly and the results reported to the Digital Services Board.",
                 act="Introduce a quarterly restore test schedule for the finance, student records and HR systems, with results reported to the Digital Services Board.",
                 own="Infrastructure Manager", lead=["Infrastructure Manager"],
                 orig=D(2025, 6, 30), rev=D(2026, 4, 30), rag="A",
                 upd="Finance system restore tested in December 2025; student records test booked for March.",
                 end="2026-04", status="amber"),
            dict(no="3", pr="Medium",
                 rec="The IT disaster recovery plan should be updated to reflect the move to cloud hosting and tested.",
                 act="Update and test the IT disaster recovery plan following migration to cloud hosting.",
                 own="Director of Digital Services / Head of Business Continuity",
                 lead=["Director of Digital Services", "Head of Business Continuity"],
                 orig=D(2025, 12, 31), rev=None, rag="R",
                 upd="Draft plan prepared; desktop test not yet held.",
                 end="2025-12", status="red"),
        ]),
        ("Student Recruitment and Admissions (2024/25, Reasonable assurance)", [
            dict(no="1", pr="Medium",
                 rec="Management should document the process for making and approving contextual offers.",
                 act="Document the contextual offer process in the Admissions Policy and obtain approval from Academic Board.",
                 own="Head of Admissions", lead=["Head of Admissions"],
                 orig=D(2025, 9, 30), rev=None, rag="B",
                 upd="Approved by Academic Board 15/10/2025.",
                 end="2025-09", status="blue"),
            dict(no="2", pr="Low",
                 rec="Agent commission claims should be reconciled to enrolment records before payment.",
                 act="Introduce a monthly reconciliation of agent commission claims to SITS enrolment data, signed off by the Finance Business Partner.",
                 own="International Recruitment Manager and Finance Business Partner",
                 lead=["International Recruitment Manager", "Finance Business Partner"],
                 orig=D(2026, 3, 31), rev=None, rag="G",
                 upd="First reconciliation completed for January 2026 intake.",
                 end="2026-03", status="green"),
        ]),
        ("Health and Safety – Farm Operations (2025/26, Reasonable assurance)", [
            dict(no="1", pr="High",
                 rec="The University should ensure that risk assessments for farm machinery are reviewed annually and signed off by the Farm Manager.",
                 act="Review all farm machinery risk assessments and set up an annual review schedule on the health and safety management system.",
                 own="Farm Manager", lead=["Farm Manager"],
                 orig="April 2026", rev=None, rag="G",
                 upd="42 of 57 risk assessments reviewed.",
                 end="2026-04", status="green"),
            dict(no="2", pr="Medium",
                 rec="Contractor induction records should be held centrally.",
                 act="Hold all contractor induction records centrally in the health and safety system and carry out a quarterly spot check.",
                 own="Health and Safety Manager", lead=["Health and Safety Manager"],
                 orig=D(2026, 6, 30), rev=None, rag=None,
                 upd="",
                 end="2026-06", status="unrated"),
        ]),
    ]
    r = 5
    expected = []
    for aud, recs in audits:
        top = r
        for a in recs:
            ws.cell(r, 2, a["no"])
            ws.cell(r, 3, a["pr"])
            ws.cell(r, 4, a["rec"]).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 5, a["act"]).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 6, a["own"]).alignment = Alignment(wrap_text=True, vertical="top")
            c = ws.cell(r, 7, a["orig"])
            if isinstance(a["orig"], dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if a["rev"] is not None:
                ws.cell(r, 8, a["rev"]).number_format = "dd/mm/yyyy"
            if a["rag"]:
                ws.cell(r, 9).fill = fill(FILL[a["rag"]])
            if a["upd"]:
                ws.cell(r, 10, a["upd"]).alignment = Alignment(wrap_text=True, vertical="top")
            expected.append(dict(ref=a["no"], under=[aud, a["rec"]], action=a["act"], lead=a["lead"],
                                 end=a["end"], status=a["status"]))
            r += 1
        ws.cell(top, 1, aud).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(top, 1).font = Font(bold=True)
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    wb.save(P(name))

    head = dict(
        source=("Imitates a university Audit and Risk Committee internal audit follow-up report (Harper Adams "
                "University, ARC March 2026; no specific published file copied), laid out like the recommendation "
                "trackers universities take to ARC (cf. Uniac's description of action tracking and periodic "
                "follow-up): a Summary sheet with counts by audit, priority and status plus a totals row and a "
                "colour-only RAG key, and a Tracker sheet with the audit name merged down column A, the "
                "recommendation beside its agreed management action, responsible officers, original and revised "
                "target dates and RAG shown by cell fill only."),
        reads=("An internal audit recommendations tracker covering three audits and seven recommendations, one "
               "agreed management action each. Each action is read under its audit (the merged cell) and the "
               "recommendation it answers; the revised target date where given is the end, and the RAG is the "
               "fill colour of the empty RAG cell (blue = implemented per the key; no colour = not started)."),
        outcome="read", title=title)
    write_expected(name, head, expected)


# ---------------------------------------------------------------------------
# 3. Historic England - programme highlight report (xlsx)  REFUSE: typo month
# ---------------------------------------------------------------------------
def historic_england():
    name = "rf-historic-england-archive-services-transformation-highlight-report-typo-month-refuse.xlsx"
    title = "Archive Services Transformation Programme – Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Historic England"
    ws["A1"].font = Font(bold=True, color="1D3F6E")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reporting period: October 2025   |   Report to: Programme Board, 12 November 2025"
    block = [("Senior Responsible Owner", "Chief Operating Officer"),
             ("Programme Manager", "Head of Archive Programmes"),
             ("Overall RAG – previous", "Amber"),
             ("Overall RAG – current", "Amber")]
    for i, (k, v) in enumerate(block, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
        c = ws.cell(i, 3, v)
        if v == "Amber":
            c.fill = fill("FFC000")
    ws["A10"] = "Milestones and actions"
    ws["A10"].font = Font(bold=True, size=12)
    heads = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date",
             "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(11, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1D3F6E")
        c.alignment = Alignment(wrap_text=True)
    for col, w in zip("ABCDEFGH", [6, 58, 30, 11, 11, 9, 9, 55]):
        ws.column_dimensions[col].width = w
    ws.row_dimensions[11].height = 30

    rows = [
        ("ws", "Workstream 1: Collections relocation"),
        ("1.1", "Complete condition survey and packing specification for the photographic negative collections",
         "Collections Care Manager", "Jul-2025", "Sep-2025", "A", "B", "Complete. Specification signed off 19/09/2025."),
        ("1.2", "Award the removals and specialist packing contract", "Procurement Lead",
         "Sep-2025", "Nov-2025", "A", "A", "Two compliant bids; moderation delayed by clarification questions."),
        ("1.3", "Fit out the cold store at the new archive building", "Estates Project Manager",
         "Dec-2025", "Mar-2026", "G", "R", "Refrigeration sub-contractor entered administration; re-procurement under way."),
        ("ws", "Workstream 2: Digital catalogue"),
        ("2.1", "Migrate catalogue records from the legacy archive system to the new collections management system",
         "Digital Archive Manager", "Jan-2026", "Jan-2O26", "G", "G", "Test migration of 250,000 records passed."),
        ("2.2", "Publish the new online archive catalogue (beta) for public testing", "Head of Digital Products",
         "Feb-2026", "Apr-2026", "G", "A", "Dependent on 2.1; accessibility audit booked."),
        ("ws", "Workstream 3: Public access and engagement"),
        ("3.1", "Agree interim research-room arrangements with Swindon and Wiltshire History Centre",
         "Head of Archive Services", "Oct-2025", "Oct-2025", "G", "B", "Agreement signed."),
        ("3.2", "Run user consultation on the future public access offer", "Engagement Manager",
         "Nov-2025", "Dec-2025", "G", "G", "Survey live; 412 responses to date."),
    ]
    r = 12
    refuse_row = None
    for row in rows:
        if row[0] == "ws":
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            ref, act, own, base, fc, prev, cur, com = row
            ws.cell(r, 1, ref)
            ws.cell(r, 2, act).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 3, own)
            ws.cell(r, 4, base)
            ws.cell(r, 5, fc)
            for j, v in ((6, prev), (7, cur)):
                c = ws.cell(r, j, v)
                c.fill = fill(FILL[v])
                c.alignment = Alignment(horizontal="center")
            ws.cell(r, 8, com).alignment = Alignment(wrap_text=True, vertical="top")
            if "2O" in fc:
                refuse_row = r
        r += 1
    r += 1
    ws.cell(r, 1, "Key risks and issues").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["ID", "Risk / issue", "Owner", "Score", "", "", "", "Mitigation"], start=1):
        if h:
            ws.cell(r, j, h).font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "R04")
    ws.cell(r, 2, "Cold store fit-out delay pushes the collections move into the 2026 summer closure window")
    ws.cell(r, 3, "Estates Project Manager")
    ws.cell(r, 4, 16)
    ws.cell(r, 8, "Escalated to Programme Board; options paper at item 4.")
    r += 1
    ws.cell(r, 1, "I02")
    ws.cell(r, 2, "Legacy system licence expires 31/03/2026")
    ws.cell(r, 3, "Digital Archive Manager")
    ws.cell(r, 4, 12)
    ws.cell(r, 8, "Three-month extension quoted.")
    r += 2
    ws.cell(r, 1, "Decisions required from Programme Board").font = Font(bold=True, size=12)
    r += 1
    ws.cell(r, 1, "1. Approve re-procurement route for cold store refrigeration (direct award under framework).")

    key = wb.create_sheet("RAG definitions")
    defs = [("B", "Complete"), ("G", "On track to forecast date"),
            ("A", "Forecast date later than baseline, recoverable"), ("R", "Forecast at risk – Board action needed")]
    key["A1"] = "RAG definitions"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate(defs, start=2):
        c = key.cell(i, 1, k)
        c.fill = fill(FILL[k])
        key.cell(i, 2, v)
    wb.save(P(name))
    assert refuse_row == 17, refuse_row

    head = dict(
        source=("Imitates a monthly programme highlight report of a national arm's-length body (Historic England, "
                "Archive Services Transformation Programme, October 2025; no specific published file copied): "
                "org line and title, reporting period, SRO/Programme Manager/overall RAG block, a milestones table "
                "with workstream band rows, baseline and forecast dates as text (Mmm-YYYY), previous and current "
                "RAG letters with fill, commentary, then key risks/issues and decisions required, and a separate "
                "RAG definitions sheet."),
        reads=("A programme highlight report listing eight milestones/actions under three workstreams, each with "
               "a baseline and a forecast date. The forecast date of action 2.1 on sheet row 17 reads 'Jan-2O26' "
               "(a letter O in place of the zero), a mistyped month a careful reader would query before taking it "
               "as January 2026."),
        outcome="refuse", refuse_at=refuse_row, title=title)
    write_expected(name, head, None)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.bold = True


def merged_row(table, text, hexcol=None, bold=True):
    row = table.add_row()
    c = row.cells[0].merge(row.cells[-1])
    c.text = text
    for p in c.paragraphs:
        for run in p.runs:
            run.font.bold = bold
    if hexcol:
        shade(c, hexcol)
    return row


# ---------------------------------------------------------------------------
# 4. Cross Deep Surgery - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def cross_deep():
    name = "rf-cross-deep-surgery-cqc-inspection-action-plan.docx"
    title = "Cross Deep Surgery – Action plan following CQC inspection, June 2025"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Inspection date: 3 June 2025. Report published: 29 July 2025. Overall rating: Requires "
                      "improvement (Safe: Requires improvement; Effective: Good; Caring: Good; Responsive: Good; "
                      "Well-led: Requires improvement).")
    doc.add_paragraph("This plan sets out how the partners will respond to the requirement notices (must do) and "
                      "recommendations (should do) in the CQC report. It is reviewed at the monthly partners' "
                      "meeting and published on the practice website.")
    doc.add_paragraph("Document control").runs[0].font.bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved"]):
        c.text = h
    bold_row(t.rows[0])
    for v in [("1.0", "12/08/2025", "Practice Manager", "Partners' meeting 12/08/2025"),
              ("1.1", "07/10/2025", "Practice Manager", "Progress update – partners' meeting 07/10/2025")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x
    doc.add_paragraph()
    p = doc.add_paragraph("Status key: ")
    p.add_run("Complete (blue)   On track (green)   Behind schedule (amber)   Not started (no colour)")

    STAT = {"Complete": "9DC3E6", "On track": "A9D18E", "Behind schedule": "FFD966"}
    sections = [
        ("Safe", [
            ("Must do – Regulation 12 Safe care and treatment: The provider must ensure that patients prescribed "
             "high-risk medicines receive the required monitoring before prescriptions are issued.", [
                dict(ref="1.1",
                     action="Complete a search of all patients prescribed methotrexate, lithium, azathioprine and DOACs, and recall any patient whose monitoring is overdue.",
                     cell_lead="Dr N Patel (Prescribing Lead)", lead=["Dr N Patel (Prescribing Lead)"],
                     date="31/07/2025", st="Complete", end="2025-07", status="blue"),
                dict(ref="1.2",
                     action="Introduce a monthly high-risk drug monitoring search, reviewed by the clinical pharmacist, with results recorded in the clinical governance log.",
                     cell_lead="Clinical Pharmacist / Dr N Patel", lead=["Clinical Pharmacist", "Dr N Patel"],
                     date="Monthly from August 2025", st="On track", end=None,
                     end_text="Monthly from August 2025", status="green"),
            ]),
            ("Should do: Improve the system for recording and acting on patient safety alerts, so that historic "
             "MHRA alerts are rechecked.", [
                dict(ref="1.3",
                     action="Set up a safety alert log showing the action taken for each MHRA alert, and re-run searches for historic alerts every six months.",
                     cell_lead="Practice Manager", lead=["Practice Manager"],
                     date="30/09/2025", st="Complete", end="2025-09", status="blue"),
            ]),
        ]),
        ("Well-led", [
            ("Must do – Regulation 17 Good governance: The provider must establish effective systems and processes "
             "to ensure good governance, including oversight of staff training, recruitment checks and clinical "
             "supervision of non-medical prescribers.", [
                dict(ref="2.1",
                     action="Create a training matrix for all staff showing mandatory training (safeguarding level 3 for clinicians, basic life support, infection prevention and control) and book all outstanding courses.",
                     cell_lead="Assistant Practice Manager", lead=["Assistant Practice Manager"],
                     date="31/08/2025", st="Complete", end="2025-08", status="blue"),
                dict(ref="2.2",
                     action="Audit all staff personnel files against Schedule 3 and obtain missing DBS checks and references.",
                     cell_lead="Practice Manager", lead=["Practice Manager"],
                     date="30/09/2025\nRevised: 30/11/2025", st="Behind schedule", end="2025-11", status="amber"),
                dict(ref="2.3",
                     action="Hold quarterly documented clinical supervision for the advanced nurse practitioner and clinical pharmacist, including a review of 10 consultations each.",
                     cell_lead="Dr S Ahmed & Dr N Patel", lead=["Dr S Ahmed", "Dr N Patel"],
                     date="Quarterly", st="On track", end=None, end_text="Quarterly", status="green"),
            ]),
            ("Should do: Continue to improve uptake of cervical screening and childhood immunisations.", [
                dict(ref="2.4",
                     action="Run a Saturday screening and immunisation clinic each month and send text reminders to patients who are overdue.",
                     cell_lead="Lead Practice Nurse", lead=["Lead Practice Nurse"],
                     date="31/03/2026", st="On track", end="2026-03", status="green"),
            ]),
            ("Should do: Take action to gather and respond to patient feedback, including through the patient "
             "participation group.", [
                dict(ref="2.5",
                     action="Relaunch the patient participation group with new terms of reference, and advertise for members in the waiting room and on the website.",
                     cell_lead="Reception Manager", lead=["Reception Manager"],
                     date="December 2025", st="Not started", end="2025-12", status="unrated"),
            ]),
        ]),
    ]
    expected = []
    for sec, groups in sections:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Target date", "Status"]):
            c.text = h
            shade(c, "D9D9D9")
        bold_row(t.rows[0])
        for gtext, acts in groups:
            merged_row(t, gtext, "F2F2F2")
            for a in acts:
                cells = t.add_row().cells
                cells[0].text = a["ref"]
                cells[1].text = a["action"]
                cells[2].text = a["cell_lead"]
                cells[3].text = a["date"]
                cells[4].text = a["st"]
                if a["st"] in STAT:
                    shade(cells[4], STAT[a["st"]])
                e = dict(ref=a["ref"], under=[sec, gtext], action=a["action"], lead=a["lead"],
                         end=a["end"], status=a["status"])
                if a.get("end_text"):
                    e["end_text"] = a["end_text"]
                expected.append(e)
        doc.add_paragraph()
    doc.add_paragraph("Next review: partners' meeting 11 November 2025. Progress will be shared with the "
                      "patient participation group and NHS South West London ICB.")
    doc.save(P(name))

    head = dict(
        source=("Imitates the action plan a GP practice publishes on its website after a CQC inspection rated it "
                "Requires improvement (Cross Deep Surgery, Twickenham, 2025; no specific published file copied; "
                "MDU/BMA guidance notes that CQC expects practices to produce and publish such plans). Copied "
                "features: title heading, inspection/rating paragraph, document-control table, a status key, one "
                "table per CQC key question (Safe, Well-led) with the must-do (regulation) or should-do text as "
                "a shaded merged row above its numbered actions, leads as GP names, initials and posts, a "
                "target-date cell holding an original and a revised date, and a closing notes line."),
        reads=("A GP practice CQC action plan with eight numbered actions in two tables, Safe and Well-led. Each "
               "action answers the must-do or should-do row above it; statuses are words defined by the key "
               "(Behind schedule = amber, Not started = no colour); 'Monthly from August 2025' and 'Quarterly' "
               "are recurring, so have no end month, and the revised date is the end of 2.2."),
        outcome="read", title=title)
    write_expected(name, head, expected)


# ---------------------------------------------------------------------------
# 5. The Sir John Colfox Academy - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def colfox():
    name = "rf-sir-john-colfox-academy-post-ofsted-action-plan.docx"
    title = "The Sir John Colfox Academy – Post-Ofsted Action Plan 2025–26"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Inspection: 11–12 March 2025 (graded inspection). Quality of education: Requires "
                      "improvement; Behaviour and attitudes: Good; Personal development: Good; Leadership and "
                      "management: Requires improvement; Sixth-form provision: Good.")
    doc.add_paragraph("Plan owner: Headteacher. Monitored by: Local Governing Body Standards Committee "
                      "(each half-term).")
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for c, (txt, col) in zip(k.rows[0].cells, [("Complete", "5B9BD5"), ("On track", "70AD47"),
                                               ("Some slippage", "FFC000"), ("Not on track", "FF0000")]):
        c.text = txt
        shade(c, col)
    doc.add_paragraph("RAG column: shaded as above at each half-termly review; unshaded = not yet started.")

    COL = {"blue": "5B9BD5", "green": "70AD47", "amber": "FFC000", "red": "FF0000"}
    afis = [
        ("In a few subjects, leaders have not identified precisely the important knowledge that pupils should "
         "learn and when. As a result, pupils do not build their knowledge securely over time. Leaders should "
         "ensure that the curriculum in all subjects sets out clearly what pupils should know and remember.", [
            dict(action="Subject leaders in geography, computing and modern foreign languages to rewrite Key Stage 3 curriculum maps, identifying the core knowledge for each unit.",
                 cell_lead="Deputy Headteacher (Curriculum) / Subject leaders",
                 lead=["Deputy Headteacher (Curriculum)", "Subject leaders"],
                 when="July 2025", sc="Revised curriculum maps in use from September 2025.",
                 end="2025-07", status="blue"),
            dict(action="Introduce retrieval quizzes at the start of every lesson in these subjects, based on the core knowledge identified.",
                 cell_lead="Subject leaders", lead=["Subject leaders"],
                 when="Autumn term 2025", sc="Learning walks show retrieval practice in 90% of lessons.",
                 end="2025-12", status="green"),
            dict(action="Quality assure curriculum delivery through subject deep dives led by senior leaders, with findings reported to the Standards Committee.",
                 cell_lead="SLT", lead=["SLT"],
                 when="Termly", sc="Deep-dive reports show pupils recall core knowledge.",
                 end=None, end_text="Termly", status="green"),
        ]),
        ("Teachers do not check pupils' understanding consistently well. Misconceptions are not always "
         "identified and addressed. Leaders should ensure that teachers check pupils' understanding "
         "systematically and adapt their teaching.", [
            dict(action="Deliver a programme of CPD on checking for understanding (mini-whiteboards, hinge questions, cold calling) in Wednesday twilight sessions.",
                 cell_lead="Assistant Headteacher (Teaching and Learning)",
                 lead=["Assistant Headteacher (Teaching and Learning)"],
                 when="Summer term 2025", sc="All teaching staff have completed the programme.",
                 end="2025-07", status="blue"),
            dict(action="Introduce instructional coaching for all teachers, with fortnightly 15-minute observations and one agreed action step.",
                 cell_lead="Assistant Headteacher (Teaching and Learning)",
                 lead=["Assistant Headteacher (Teaching and Learning)"],
                 when="December 2025", sc="Coaching logs show action steps completed.",
                 end="2025-12", status="amber"),
        ]),
        ("Information about the needs of pupils with special educational needs and/or disabilities (SEND) is "
         "not used well by all staff. Leaders should ensure that staff use this information to adapt "
         "learning so that pupils with SEND achieve well.", [
            dict(action="Rewrite pupil passports for all pupils on the SEND register with pupil and parent input, and make them available to every class teacher.",
                 cell_lead="SENDCo", lead=["SENDCo"],
                 when="31 October 2025", sc="All passports updated; staff survey shows they are used in planning.",
                 end="2025-10", status="blue"),
            dict(action="Train all teaching assistants in adaptive teaching strategies, with follow-up learning walks.",
                 cell_lead="SENDCo and Assistant SENDCo", lead=["SENDCo", "Assistant SENDCo"],
                 when="February 2026", sc="Learning walks show consistent adaptation for pupils with SEND.",
                 end="2026-02", status="unrated"),
        ]),
    ]
    expected = []
    for i, (afi, acts) in enumerate(afis, start=1):
        doc.add_heading(f"Area for improvement {i}", level=2)
        p = doc.add_paragraph(afi)
        p.runs[0].font.italic = True
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Action", "Lead", "Timescale", "Success criteria", "RAG"]):
            c.text = h
            shade(c, "1F3864")
            for run in c.paragraphs[0].runs:
                run.font.bold = True
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for a in acts:
            cells = t.add_row().cells
            cells[0].text = a["action"]
            cells[1].text = a["cell_lead"]
            cells[2].text = a["when"]
            cells[3].text = a["sc"]
            if a["status"] in COL:
                shade(cells[4], COL[a["status"]])
            e = dict(ref=None, under=[afi], action=a["action"], lead=a["lead"], end=a["end"],
                     status=a["status"])
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            expected.append(e)
        doc.add_paragraph()
    doc.add_paragraph("Last reviewed: 4 November 2025 (Standards Committee). Next review: 13 January 2026.")
    doc.save(P(name))

    head = dict(
        source=("Imitates a secondary academy's post-Ofsted action plan as schools publish or take to the local "
                "governing body (The Sir John Colfox Academy, Bridport, 2025–26; no specific published file "
                "copied). Copied features: title, inspection judgements paragraph, plan owner/monitoring line, a "
                "RAG key table, each 'Area for improvement N' as a heading with the inspectors' wording in italics "
                "beneath, one table per area with Action / Lead / Timescale / Success criteria / RAG, RAG shown "
                "only by cell shading, school-term timescales and a review notes line."),
        reads=("A school post-inspection plan with three areas for improvement, each followed by a table of "
               "unnumbered actions (seven in all). Each action is read under the area-for-improvement text (the "
               "'Area for improvement N' heading only names the part); the RAG is the cell shading, with an "
               "unshaded cell meaning not yet started; 'Termly' has no end month."),
        outcome="read", title=title)
    write_expected(name, head, expected)


# ---------------------------------------------------------------------------
# 6. bdht - RSH consumer standards improvement plan (csv)
# ---------------------------------------------------------------------------
def csvq(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def bdht():
    name = "rf-bdht-rsh-consumer-standards-improvement-plan.csv"
    title = "bdht – Consumer Standards Improvement Plan (Regulator of Social Housing inspection 2025)"
    ncol = 6
    lines = []

    def row(*vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csvq(v) for v in vals))

    row(title)
    row("Regulatory judgement published 18 June 2025 (C2). Plan approved by Board 24 July 2025; progress "
        "reported to the Customer Services Committee.")
    row("Last updated: 30 September 2025")
    row()
    row("Ref", "Action", "Lead", "Target date", "Status", "Progress update")
    themes = [
        ("Safety and Quality Standard", [
            dict(ref="SQ1",
                 action="Complete stock condition surveys on the remaining 28% of homes so that every home has been surveyed within the last five years.",
                 cell_lead="Director of Property Services", lead=["Director of Property Services"],
                 date="Mar-26", st="On track", upd="1,104 surveys completed since April; on trajectory.",
                 end="2026-03", status="green"),
            dict(ref="SQ2",
                 action="Clear the backlog of 312 overdue fire risk assessment actions, prioritising high-risk actions.",
                 cell_lead="Head of Building Safety; Compliance Manager",
                 lead=["Head of Building Safety", "Compliance Manager"],
                 date="31/12/2025", st="Amber", upd="Backlog reduced to 141; 9 high-risk actions remain open.",
                 end="2025-12", status="amber"),
            dict(ref="SQ3",
                 action="Implement a damp and mould case management process in the housing management system, with a 10-working-day inspection standard.\nReport performance monthly to the Executive Team.",
                 cell_lead="Head of Repairs & Maintenance", lead=["Head of Repairs & Maintenance"],
                 date="Sep-25", st="Complete", upd="Live from 1 September; first monthly report to Executive Team 22/09/2025.",
                 end="2025-09", status="blue"),
        ]),
        ("Transparency, Influence and Accountability Standard", [
            dict(ref="TIA1",
                 action="Publish tenant satisfaction measures and complaint performance on the website and in the annual report to tenants, in plain English.",
                 cell_lead="Head of Customer Experience", lead=["Head of Customer Experience"],
                 date="Oct-25", st="Complete", upd="Published 26 September with the annual report.",
                 end="2025-10", status="blue"),
            dict(ref="TIA2",
                 action="Collect and record diversity and vulnerability data for tenants (target: 80% of households), and use it to tailor communication.",
                 cell_lead="Head of Customer Experience / Business Intelligence Manager",
                 lead=["Head of Customer Experience", "Business Intelligence Manager"],
                 date="Q4 2025/26", st="Red", upd="Profile data held for 46% of households; \"tell us about you\" campaign delayed.",
                 end="2026-03", status="red"),
        ]),
        ("Tenancy Standard", [
            dict(ref="T1",
                 action="Review the allocations and lettings policy with the tenant scrutiny panel and publish the revised policy.",
                 cell_lead="Director of Housing", lead=["Director of Housing"],
                 date="Jan-26", st="Not started", upd="",
                 end="2026-01", status="unrated"),
        ]),
        ("Neighbourhood and Community Standard", [
            dict(ref="NC1",
                 action="Agree an information-sharing protocol with Bromsgrove District Council and West Mercia Police for anti-social behaviour cases.",
                 cell_lead="Neighbourhoods Manager", lead=["Neighbourhoods Manager"],
                 date="31/03/2026", st="On track", upd="Draft protocol with the Community Safety Partnership.",
                 end="2026-03", status="green"),
        ]),
    ]
    expected = []
    for th, acts in themes:
        row(th)
        for a in acts:
            row(a["ref"], a["action"], a["cell_lead"], a["date"], a["st"], a["upd"])
            expected.append(dict(ref=a["ref"], under=[th], action=a["action"], lead=a["lead"],
                                 end=a["end"], status=a["status"]))
    row()
    row("Totals: 7 actions – 2 complete, 2 on track, 1 amber, 1 red, 1 not started")
    with open(P(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    head = dict(
        source=("Imitates a housing association's improvement plan after a Regulator of Social Housing consumer "
                "inspection (bdht, Bromsgrove, 2025; no specific published file copied), structured by the four "
                "2024 consumer standards (Safety and Quality; Transparency, Influence and Accountability; Tenancy; "
                "Neighbourhood and Community) as landlords describe them, exported from Excel to CSV: title and "
                "notes lines, a header row, standard rows as headings, lettered refs, posts as leads (two joined "
                "by '; ' or ' / '), mixed target-date formats (Mar-26, 31/12/2025, Q4 2025/26), status words, "
                "a quoted cell with a line break, and a totals line."),
        reads=("A consumer standards improvement plan with seven actions grouped under the four consumer standards. "
               "Each row gives a ref, the action, lead post(s), a target date, a status word (On track, Amber, "
               "Complete, Red, Not started) and a progress update; the SQ3 action runs onto a second line inside "
               "its cell. The title/notes lines and the totals line are not actions."),
        outcome="read", title=title)
    write_expected(name, head, expected)


# ---------------------------------------------------------------------------
# 7. Care Quality Commission - Board action log (tab-separated txt)
# ---------------------------------------------------------------------------
def cqc():
    name = "rf-care-quality-commission-board-meeting-in-public-action-log.txt"
    title = "Care Quality Commission – Board meeting in public: Action log"
    lines = [title,
             "Paper ref: CM/01/26/02\tMeeting date: 21 January 2026",
             "",
             "\t".join(["No.", "Date of meeting", "Item", "Action", "Owner", "Due", "RAG", "Update"])]
    acts = [
        dict(ref="BA/25/031", mtg="24 Sep 2025", item="Chief Executive's report",
             action="Provide the Board with a timeline for clearing the registration application backlog, with monthly trajectories.",
             own="Chief Operating Officer", lead=["Chief Operating Officer"], due="Nov-25", rag="B",
             upd="Trajectory presented at November Board (item 7). Propose to close.", end="2025-11", status="blue"),
        dict(ref="BA/25/034", mtg="24 Sep 2025", item="Regulatory Platform recovery plan",
             action="Commission an independent assurance review of the Regulatory Platform recovery plan and report findings to the Audit and Risk Assurance Committee.",
             own="Chief Digital Officer", lead=["Chief Digital Officer"], due="31/03/2026", rag="G",
             upd="Reviewer appointed; fieldwork started December 2025.", end="2026-03", status="green"),
        dict(ref="BA/25/038", mtg="26 Nov 2025", item="Quarterly performance report (Q2)",
             action="Include assessment activity by sector and by rating in the quarterly performance report.",
             own="Director of Strategy and Intelligence", lead=["Director of Strategy and Intelligence"],
             due="Feb-26", rag="G", upd="Draft format shared with the Chair.", end="2026-02", status="green"),
        dict(ref="BA/25/039", mtg="26 Nov 2025", item="People report",
             action="Bring a paper on inspector recruitment and retention to the Board,\nincluding the outcome of the operations workforce review.",
             own="Chief People Officer", lead=["Chief People Officer"], due="Jan-26", rag="A",
             upd="Workforce review concludes mid-January; paper may move to March.", end="2026-01", status="amber"),
        dict(ref="BA/25/040", mtg="26 Nov 2025", item="Assessment framework update",
             action="Publish the revised quality statements and rating characteristics following consultation.",
             own="Chief Inspector of Hospitals / Chief Inspector of Adult Social Care and Integrated Care",
             lead=["Chief Inspector of Hospitals", "Chief Inspector of Adult Social Care and Integrated Care"],
             due="Q4 2025/26", rag="G", upd="Consultation closed 9 January; analysis under way.",
             end="2026-03", status="green"),
        dict(ref="BA/25/041", mtg="26 Nov 2025", item="Finance report (month 7)",
             action="Confirm the 2026/27 budget envelope with DHSC and bring the draft budget to the Board.",
             own="Director of Finance and Corporate Services", lead=["Director of Finance and Corporate Services"],
             due="Mar-26", rag="A", upd="Settlement letter awaited from DHSC.", end="2026-03", status="amber"),
        dict(ref="BA/25/042", mtg="26 Nov 2025", item="Corporate risk register",
             action="Add a risk on the capacity of the Mental Health Act monitoring programme to the corporate risk register.",
             own="Director of Corporate Governance", lead=["Director of Corporate Governance"], due="Dec-25",
             rag="R", upd="Not yet added; to be considered at Executive Team on 14 January 2026.",
             end="2025-12", status="red"),
        dict(ref="BA/25/043", mtg="26 Nov 2025", item="Board effectiveness",
             action="Arrange visits for non-executive Board members to local inspection teams and the National Customer Service Centre.",
             own="Board Secretary", lead=["Board Secretary"], due="Ongoing", rag="G",
             upd="Two visits held; programme for 2026 being scheduled.", end=None, end_text="Ongoing",
             status="green"),
    ]
    expected = []
    for a in acts:
        first, *rest = a["action"].split("\n")
        lines.append("\t".join([a["ref"], a["mtg"], a["item"], first, a["own"], a["due"], a["rag"], a["upd"]]))
        for cont in rest:
            lines.append("\t".join(["", "", "", cont, "", "", "", ""]))
        e = dict(ref=a["ref"], under=[], action=a["action"], lead=a["lead"], end=a["end"], status=a["status"])
        if a.get("end_text"):
            e["end_text"] = a["end_text"]
        expected.append(e)
    lines.append("")
    lines.append("RAG key:\tB = complete (propose to close)\tG = on track\tA = at risk of missing due date\tR = overdue")
    with open(P(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    head = dict(
        source=("Imitates the action log that a national regulator's board takes as a standing 'Matters arising "
                "and action log' item (Care Quality Commission board meeting in public, January 2026; CQC board "
                "papers carry refs like CM/01/26/02; no specific published file copied), exported from the "
                "secretariat's spreadsheet as tab-separated text: title line, paper ref/meeting date line, a "
                "header row, one action per line with action number, meeting, agenda item, owner post(s), due "
                "month, RAG letter and update, one action wrapped onto a continuation line, and a RAG key line."),
        reads=("A board action log with eight open or proposed-to-close actions, numbered BA/25/031 to BA/25/043, "
               "no headings. Owners are executive posts (two posts joined by ' / ' in BA/25/040); due dates are "
               "months, a quarter or 'Ongoing'; status is the RAG letter read with the key (B = complete). The "
               "action of BA/25/039 continues on the following line."),
        outcome="read", title=title)
    write_expected(name, head, expected)


if __name__ == "__main__":
    kettering()
    harper()
    historic_england()
    cross_deep()
    colfox()
    bdht()
    cqc()
    print("built 7 rf- cases in", HERE)
