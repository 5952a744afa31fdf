#!/usr/bin/env python
"""Build the seven zza- blind test files (set heldout590) and their expected readings.

Run with /work/main/.venv/bin/python zza_make.py from any directory; files are written beside
this script. Only files whose names start with `zza-` are written.
"""
import datetime as dt
import json
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F3864",
    "theme": "DDEBF7",
}


# ---------------------------------------------------------------- expected-reading writer
def q(s):
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def block(text, indent="  "):
    return "\n".join(indent + line for line in text.strip().split("\n"))


def write_expected(name, source, reads, outcome, title=None, actions=None,
                   refuse_at=None, accept_refusal=False):
    out = ["source: >-", block(source), "reads: >-", block(reads),
           f"outcome: {outcome}", f"accept_refusal: {'true' if accept_refusal else 'false'}"]
    if refuse_at is not None:
        out.append(f"refuse_at: {refuse_at}")
    if title is not None:
        out.append(f"title: {q(title)}")
    if outcome == "read":
        out.append("actions:")
        for a in actions:
            out.append(f"  - ref: {'null' if a['ref'] is None else q(a['ref'])}")
            out.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            out.append(f"    action: {q(a['action'])}")
            out.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            out.append(f"    end: {'null' if a['end'] is None else q(a['end'])}")
            if a.get("end_text"):
                out.append(f"    end_text: {q(a['end_text'])}")
            out.append(f"    status: {a['status']}")
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end,
         "status": status}
    if end_text:
        d["end_text"] = end_text
    return d


# ---------------------------------------------------------------- xlsx helpers
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(colour):
    return PatternFill("solid", start_color=colour, end_color=colour)


def header_row(ws, row, headers, colour=FILL["head"]):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BOX


def band_row(ws, row, text, ncols, colour=FILL["theme"]):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True)
    c.fill = fill(colour)
    c.alignment = Alignment(vertical="center")
    for col in range(1, ncols + 1):
        ws.cell(row=row, column=col).border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ================================================================= 1. NHS Grampian ADP (xlsx)
def make_grampian():
    name = "zza-nhs-grampian-annual-delivery-plan-2025-26-q2-progress-tracker.xlsx"
    title = "NHS Grampian Annual Delivery Plan 2025/26 – Quarter 2 Progress Report"
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=14, color=FILL["head"])
    rows = [("Report to:", "Performance Assurance, Finance and Infrastructure Committee"),
            ("Meeting date:", "26 November 2025"),
            ("Reporting period:", "1 July – 30 September 2025"),
            ("Responsible Executive:", "Director of Planning, Innovation and Programmes"),
            ("Purpose:", "Assurance – progress against the deliverables in the 2025/26 Annual "
                         "Delivery Plan agreed with Scottish Government.")]
    for i, (k, v) in enumerate(rows, 3):
        cover.cell(row=i, column=1, value=k).font = Font(bold=True)
        cover.cell(row=i, column=2, value=v).alignment = WRAP
    cover["A10"] = "RAG key (Q1 and Q2 columns are colour-coded only)"
    cover["A10"].font = Font(bold=True)
    key = [("blue", "Complete – deliverable achieved"),
           ("green", "On track to deliver by the due date"),
           ("amber", "Some slippage; recovery actions in place, expected to deliver in 2025/26"),
           ("red", "Significant risk that the deliverable will not be met in 2025/26")]
    for i, (colour, text) in enumerate(key, 11):
        cover.cell(row=i, column=1).fill = fill(FILL[colour])
        cover.cell(row=i, column=1).border = BOX
        cover.cell(row=i, column=2, value=text)
    widths(cover, [26, 90])

    # ---- tracker sheet
    ws = wb.create_sheet("ADP Q2 Tracker")
    headers = ["Ref", "ADP deliverable", "Executive Lead", "Due (original)", "Revised due",
               "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    nc = len(headers)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=nc)
    ws["A2"] = ("Position as at 30 September 2025. Q1 RAG is the position reported to the "
                "Committee in August 2025; see Cover sheet for the RAG key.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=nc)
    header_row(ws, 4, headers)

    D = lambda y, m, d: dt.datetime(y, m, d)
    themes = [
        ("1. Urgent and Unscheduled Care", [
            ("UUC1", "Expand the Flow Navigation Centre to provide 24/7 professional-to-professional "
                     "advice for GP and Scottish Ambulance Service referrals.",
             "Chief Officer, Acute Services", D(2026, 3, 31), None, "green", "green",
             "Recruitment to 4.6 WTE Advanced Nurse Practitioner posts complete; overnight cover "
             "starts January 2026.",
             (["Chief Officer, Acute Services"], "2026-03", None)),
            ("UUC2", "Reduce the number of people delayed in hospital through the Grampian-wide "
                     "Discharge Without Delay programme, to no more than 180 standard delays.",
             "Chief Officer, Acute Services / Chief Officer, Aberdeen City HSCP",
             D(2025, 12, 31), D(2026, 3, 31), "green", "amber",
             "Standard delays at 214 in September; winter plan actions agreed with all three "
             "HSCPs. Revised date agreed at Q2 review.",
             (["Chief Officer, Acute Services", "Chief Officer, Aberdeen City HSCP"], "2026-03",
              None)),
        ]),
        ("2. Planned Care", [
            ("PC1", "Reduce the number of patients waiting over 52 weeks for a new outpatient "
                    "appointment by 20% through validation and additional clinics in ENT, "
                    "dermatology and gastroenterology.",
             "Chief Officer, Acute Services", "Q4 2025/26", None, "amber", "amber",
             "Validation complete in ENT and dermatology; gastroenterology clinics dependent on "
             "locum cover.",
             (["Chief Officer, Acute Services"], "2026-03", "Q4 2025/26")),
            ("PC2", "Implement Active Clinical Referral Triage (ACRT) and Patient Initiated Review "
                    "(PIR) in a further six specialties.",
             "Medical Director", D(2025, 9, 30), None, "green", "blue",
             "ACRT and PIR live in all six specialties from September 2025.",
             (["Medical Director"], "2025-09", None)),
        ]),
        ("3. Cancer Care", [
            ("CC1", "Meet the 31-day cancer waiting times standard for all tumour groups by "
                    "implementing the redesigned urology and colorectal pathways.",
             "Deputy Medical Director (Acute)", D(2026, 3, 31), None, "red", "red",
             "Urology pathway live; colorectal pathway delayed by theatre capacity. Exception "
             "report provided to the Committee.",
             (["Deputy Medical Director (Acute)"], "2026-03", None)),
        ]),
        ("4. Mental Health and Learning Disabilities", [
            ("MH1", "Complete the redesign of inpatient mental health services at Royal Cornhill "
                    "Hospital, including the business case for reprovision of the older adult wards.",
             "Chief Officer, Aberdeen City HSCP", "June 2026", None, "green", "green",
             "Initial agreement approved by the Board in August 2025.",
             (["Chief Officer, Aberdeen City HSCP"], "2026-06", None)),
            ("MH2", "Sustain performance at or above 90% against the CAMHS 18-week referral to "
                    "treatment standard.",
             "Director of Nursing", "Ongoing", None, "amber", "green",
             "Performance 92.4% in Q2 (Q1 88.1%).",
             (["Director of Nursing"], None, "Ongoing")),
        ]),
        ("5. Workforce", [
            ("WF1", "Report compliance with the Health and Care (Staffing) (Scotland) Act 2019 to "
                    "the Board quarterly, using the real-time staffing tool in all acute wards.",
             "Director of Nursing; Director of People and Culture", D(2025, 12, 31), None,
             "amber", "green",
             "Real-time staffing tool live in 41 of 46 acute wards; remaining wards by December.",
             (["Director of Nursing", "Director of People and Culture"], "2025-12", None)),
            ("WF2", "Reduce sickness absence to 5.5% through the Attendance Management Improvement "
                    "Programme.",
             "Director of People and Culture", D(2026, 3, 31), None, "amber", "amber",
             "Absence 6.3% in September (6.6% in June).",
             (["Director of People and Culture"], "2026-03", None)),
        ]),
    ]
    r = 5
    expected = []
    summary = []
    for theme, items in themes:
        band_row(ws, r, theme, nc)
        r += 1
        counts = {"blue": 0, "green": 0, "amber": 0, "red": 0}
        for ref, text, lead, due, rev, q1, q2, upd, (elead, eend, etext) in items:
            vals = [ref, text, lead, due, rev, None, None, upd]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = fill(FILL[q1])
            ws.cell(row=r, column=7).fill = fill(FILL[q2])
            counts[q2] += 1
            expected.append(A(ref, [theme], text, elead, eend, q2, etext))
            r += 1
        summary.append((theme, counts))
    widths(ws, [7, 60, 30, 13, 13, 8, 8, 55])
    ws.freeze_panes = "A5"

    # ---- summary sheet
    sm = wb.create_sheet("Q2 Summary", 1)
    sm["A1"] = "Summary of Q2 RAG status by ADP theme"
    sm["A1"].font = Font(bold=True, size=12)
    header_row(sm, 3, ["ADP theme", "Complete", "On track", "Slippage", "At risk", "Total"])
    rr = 4
    tot = [0, 0, 0, 0]
    for theme, c in summary:
        row = [c["blue"], c["green"], c["amber"], c["red"]]
        tot = [a + b for a, b in zip(tot, row)]
        for col, v in enumerate([theme] + row + [sum(row)], 1):
            sm.cell(row=rr, column=col, value=v).border = BOX
        rr += 1
    for col, v in enumerate(["Total"] + tot + [sum(tot)], 1):
        c = sm.cell(row=rr, column=col, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    widths(sm, [45, 11, 11, 11, 11, 9])
    wb.save(os.path.join(OUT, name))

    write_expected(
        name,
        source="""
NHS Grampian (Scotland), 2025/26 Annual Delivery Plan quarterly progress report to a board
committee; imitates the NHS Scotland ADP progress trackers that boards take to their
performance/finance committees. Copied features: cover sheet with report-to/meeting block and a
colour-only RAG key, a Q2 summary sheet with counts by theme and a totals row, numbered theme
band rows merged across the tracker, original and revised due dates (date cells formatted
mmm-yy, plus "Q4 2025/26", "June 2026" and "Ongoing" as text), previous (Q1) and current (Q2)
RAG given only as cell fill colour, two executive posts in one lead cell.
""",
        reads="""
A three-sheet workbook: cover with the RAG key, a summary of Q2 RAG counts, and the tracker with
nine deliverables under five numbered ADP themes. Each deliverable has an executive lead, an
original and sometimes a revised due date, and empty Q1 and Q2 RAG cells whose fill colour gives
the position; the Q2 colour is the current status.
""",
        outcome="read", title=title, actions=expected)


# ================================================================= 2. PONI internal audit (xlsx)
def make_poni():
    name = ("zza-police-ombudsman-for-northern-ireland-internal-audit-recommendations-"
            "tracker.xlsx")
    title = ("Police Ombudsman for Northern Ireland – Internal Audit Recommendations "
             "Implementation Status Report")
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    headers = ["Ref", "Priority", "Recommendation", "Management Response / Agreed Action",
               "Responsible Officer", "Original Target Date", "Revised Target Date", "Status",
               "Progress Update (September 2025)"]
    nc = len(headers)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=nc)
    ws["A2"] = ("Audit and Risk Assurance Committee – 14 October 2025. Position at "
                "30 September 2025.")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=nc)
    header_row(ws, 4, headers)
    STAT = {"Implemented": "blue", "On track": "green", "Partially implemented": "amber",
            "Overdue": "red", "Not started": None}
    D = lambda y, m, d: dt.datetime(y, m, d)
    audits = [
        ("Information Security and Cyber Resilience 2024-25 – Limited Assurance", [
            ("IS1", "Priority 1",
             "A formal patch management procedure should be documented and approved, setting "
             "timescales for applying critical and high-risk security updates.",
             "ICT will document a patch management procedure aligned to the NCSC Cyber Assessment "
             "Framework, with critical patches applied within 14 days. The procedure will be "
             "approved by the Information Governance Group.",
             "Head of ICT", D(2025, 3, 31), D(2025, 10, 31), "Partially implemented",
             "Draft procedure prepared; Information Governance Group approval scheduled for "
             "22 October 2025.",
             ["Head of ICT"], "2025-10"),
            ("IS2", "Priority 2",
             "Privileged user access to the case management system should be reviewed quarterly "
             "and each review evidenced.",
             "A quarterly review of privileged accounts will be introduced and recorded on the "
             "access review log.",
             "Head of ICT; Information Governance Manager", D(2025, 6, 30), None, "Implemented",
             "Quarterly reviews completed in June and September 2025.",
             ["Head of ICT", "Information Governance Manager"], "2025-06"),
            ("IS3", "Priority 2",
             "Completion of mandatory cyber security e-learning should be monitored and reported "
             "to the Senior Management Team.",
             "Completion rates will be reported to SMT monthly and non-completion followed up by "
             "line managers.",
             "Director of Corporate Services", D(2025, 5, 31), None, "Overdue",
             "Completion at 71%. Monthly reporting delayed by the learning management system "
             "upgrade; revised date to be proposed.",
             ["Director of Corporate Services"], "2025-05"),
        ]),
        ("Procurement and Contract Management 2024-25 – Satisfactory Assurance", [
            ("PC1", "Priority 2",
             "A central contracts register should be maintained, recording contract values, end "
             "dates and named contract managers.",
             "Finance will set up a central contracts register on SharePoint and issue guidance "
             "to contract managers.",
             "Head of Finance", D(2025, 9, 30), None, "Implemented",
             "Register live from 1 September 2025; guidance issued.",
             ["Head of Finance"], "2025-09"),
            ("PC2", "Priority 3",
             "Direct award contracts and single tender actions should be reported to the Audit "
             "and Risk Assurance Committee at each meeting.",
             "A standing report on direct award contracts and single tender actions will be added "
             "to the ARAC agenda.",
             "Head of Finance", D(2025, 12, 31), None, "On track",
             "First report to be presented at the December 2025 meeting.",
             ["Head of Finance"], "2025-12"),
        ]),
        ("Business Continuity Management 2025-26 – Satisfactory Assurance", [
            ("BC1", "Priority 2",
             "Business impact analyses should be refreshed for all directorates following the "
             "office relocation.",
             "Directorate business impact analyses will be updated and signed off by each "
             "Director.",
             "Director of Corporate Services / Director of Current Investigations",
             D(2026, 1, 31), None, "On track",
             "Template issued; two of four analyses returned.",
             ["Director of Corporate Services", "Director of Current Investigations"],
             "2026-01"),
            ("BC2", "Priority 2",
             "The Business Continuity Plan should be tested at least annually and lessons learned "
             "recorded.",
             "A desktop exercise based on loss of the Belfast office will be held and a lessons "
             "learned report presented to SMT.",
             "Business Continuity Coordinator", "Mar 2026", None, "On track",
             "Exercise scenario being developed with the Department of Justice.",
             ["Business Continuity Coordinator"], "2026-03"),
            ("BC3", "Priority 3",
             "Staff contact details held in the call cascade should be verified every six months.",
             "HR will verify call cascade contact details every six months, starting in November "
             "2025.",
             "HR Manager", D(2025, 11, 30), None, "Not started", "",
             ["HR Manager"], "2025-11"),
        ]),
    ]
    r = 5
    expected = []
    counts = []
    for audit, recs in audits:
        band_row(ws, r, audit, nc)
        r += 1
        c_aud = {k: 0 for k in STAT}
        for (ref, prio, rec, act, off, orig, rev, status, upd, elead, eend) in recs:
            vals = [ref, prio, rec, act, off, orig, rev, status, upd]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if STAT[status]:
                ws.cell(row=r, column=8).fill = fill(FILL[STAT[status]])
            c_aud[status] += 1
            st = STAT[status] or "unrated"
            expected.append(A(ref, [audit, rec], act, elead, eend, st))
            r += 1
        counts.append((audit, c_aud))
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for colour, text in [("blue", "Implemented"), ("green", "On track – not yet due"),
                         ("amber", "Partially implemented / revised date agreed"),
                         ("red", "Overdue – no revised date agreed"),
                         (None, "Not started (no colour)")]:
        r += 1
        c = ws.cell(row=r, column=1)
        if colour:
            c.fill = fill(FILL[colour])
        c.border = BOX
        ws.cell(row=r, column=2, value=text)
    widths(ws, [7, 10, 42, 48, 24, 12, 12, 14, 42])
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of recommendations by audit and status"
    sm["A1"].font = Font(bold=True, size=12)
    cols = list(STAT)
    header_row(sm, 3, ["Audit"] + cols + ["Total"])
    rr = 4
    tot = [0] * len(cols)
    for audit, c in counts:
        row = [c[k] for k in cols]
        tot = [a + b for a, b in zip(tot, row)]
        for col, v in enumerate([audit] + row + [sum(row)], 1):
            sm.cell(row=rr, column=col, value=v).border = BOX
        rr += 1
    for col, v in enumerate(["Total"] + tot + [sum(tot)], 1):
        c = sm.cell(row=rr, column=col, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    widths(sm, [62, 13, 10, 12, 10, 12, 8])
    wb.save(os.path.join(OUT, name))

    write_expected(
        name,
        source="""
Police Ombudsman for Northern Ireland (PONI), internal audit recommendations implementation
status report to the Audit and Risk Assurance Committee, 2025; imitates the NI public-sector
ARAC follow-up trackers (priority 1/2/3 recommendations, management response, original and
revised target dates). Copied features: title and meeting line, audit-title band rows merged
across the sheet with the assurance rating in the band, recommendation text beside the agreed
action, revised target date column, status words with fill colour and a status key below the
table, two officers in one cell, a second sheet of totals by audit and status.
""",
        reads="""
Eight internal audit recommendations from three audits, each with the agreed management action,
responsible officer(s), original and (for one) revised target date and a status coloured per the
key below the table (Implemented = blue). The Summary sheet only totals them.
""",
        outcome="read", title=title, actions=expected)


# ================================================================= 3. DHCW board action log (xlsx)
def make_dhcw():
    name = "zza-digital-health-and-care-wales-public-board-action-log.xlsx"
    title = "Digital Health and Care Wales – Public Board Action Log"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    headers = ["Action Ref", "Meeting Date", "Agenda Item", "Action", "Action Owner", "Due Date",
               "Status", "Update"]
    nc = len(headers)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13, color="00594F")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=nc)
    ws["A2"] = "Updated following the Board meeting held on 25 September 2025"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=nc)
    ws["A3"] = ("Status key: Blue – Complete (proposed for closure); Green – On track; "
                "Amber – Due date revised; Red – Overdue")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=nc)
    header_row(ws, 5, headers, colour="00594F")
    ST = {"Complete": "blue", "On track": "green", "Due date revised": "amber",
          "Overdue": "red"}
    D = lambda y, m, d: dt.datetime(y, m, d)
    rows = [
        ("PB-2505-01", D(2025, 5, 29), "3.2 Chief Executive’s Report",
         "Provide the Board with a briefing on NHS Wales App registrations by health board area, "
         "including plans to increase uptake where registrations are below the all-Wales average.",
         "Director of Strategy", "31/07/2025\nRevised: 27/11/2025", "Due date revised",
         "Briefing moved to the November Board so that Q2 data can be included.",
         ["Director of Strategy"], "2025-11", None),
        ("PB-2505-02", D(2025, 5, 29), "4.1 Integrated Medium Term Plan 2025-28",
         "Circulate the final IMTP delivery milestones to Board members following Welsh Government "
         "approval.",
         "Board Secretary", D(2025, 6, 30), "Complete", "Circulated on 19 June 2025.",
         ["Board Secretary"], "2025-06", None),
        ("PB-2507-01", D(2025, 7, 31), "3.1 Patient Story",
         "Share the learning from the electronic prescribing patient story with the Digital "
         "Medicines Transformation Portfolio Board.",
         "Medical Director", D(2025, 9, 30), "Complete",
         "Presented to the Portfolio Board on 11 September 2025.",
         ["Medical Director"], "2025-09", None),
        ("PB-2507-02", D(2025, 7, 31), "5.2 Cyber Security Update",
         "Bring an update on the outcome of the Network and Information Systems (NIS) Regulations "
         "audit to a private session of the Board.",
         "Chief Operating Officer", "November 2025", "On track",
         "Final audit report expected October 2025.",
         ["Chief Operating Officer"], "2025-11", None),
        ("PB-2507-03", D(2025, 7, 31), "6.1 Corporate Risk Register",
         "Review the scoring of the national data resilience risk in light of the data centre "
         "transition and report back through the Audit and Assurance Committee.",
         "Board Secretary / Director of Finance", D(2025, 8, 31), "Overdue",
         "Review meeting held 2 September; report to the October Audit and Assurance Committee.",
         ["Board Secretary", "Director of Finance"], "2025-08", None),
        ("PB-2509-01", D(2025, 9, 25), "4.2 Welsh Language Annual Report",
         "Include the number of bilingual digital services launched in year in future Welsh "
         "Language annual reports.",
         "Director of People and Organisational Development", "Ongoing", "On track", "",
         ["Director of People and Organisational Development"], None, "Ongoing"),
        ("PB-2509-02", D(2025, 9, 25), "5.1 Integrated Performance Report",
         "Add a measure of national system availability out of hours to the Integrated "
         "Performance Report.",
         "Chief Operating Officer", D(2026, 1, 29), "On track", "",
         ["Chief Operating Officer"], "2026-01", None),
        ("PB-2509-03", D(2025, 9, 25), "5.1 Integrated Performance Report",
         "Arrange a Board development session on the Digital Services for Patients and the "
         "Public (DSPP) programme.",
         "Director of Strategy; Board Secretary", "March 2026", "On track", "",
         ["Director of Strategy", "Board Secretary"], "2026-03", None),
    ]
    r = 6
    expected = []
    counts = {k: 0 for k in ST}
    for (ref, mdate, item, act, owner, due, status, upd, elead, eend, etext) in rows:
        for col, v in enumerate([ref, mdate, item, act, owner, due, status, upd], 1):
            c = ws.cell(row=r, column=col, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7).fill = fill(FILL[ST[status]])
        counts[status] += 1
        expected.append(A(ref, [item], act, elead, eend, ST[status], etext))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Total actions")
    ws.cell(row=r, column=2, value=len(rows))
    for k, v in counts.items():
        r += 1
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=v)
    widths(ws, [12, 12, 26, 55, 28, 16, 16, 40])
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, name))

    write_expected(
        name,
        source="""
Digital Health and Care Wales (DHCW, Special Health Authority), public Board action log as
published in Board papers, 2025. Imitates the NHS Wales board "action log" appendix: action
reference by meeting, meeting date, agenda item, action, owner, due date, status and update.
Copied features: title and "updated following" line, status key line above the table, status
words with fill colour, a due-date cell holding an original and a revised date on two lines,
"Ongoing" and month-name due dates, two owners in one cell, a small totals block under the log.
""",
        reads="""
A single-sheet action log of eight Board actions from the May, July and September 2025 meetings,
each under the agenda item it arose from, with an owner, due date and a status from the key
(Complete = blue, On track = green, Due date revised = amber, Overdue = red).
""",
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------- docx helpers
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, colour=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def doc_table(doc, headers, rows, head_colour="1F3864"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True, size=9, colour="FFFFFF")
        shade(t.rows[0].cells[i], head_colour)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=9)
    return t


# ================================================================= 4. Bishopston Estyn PIAP (docx)
def make_bishopston():
    name = "zza-bishopston-comprehensive-school-estyn-post-inspection-action-plan.docx"
    title = "Bishopston Comprehensive School – Post-Inspection Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Following the Estyn core inspection of 10–13 March 2025 (report published "
                      "16 May 2025)")
    doc.add_paragraph("Approved by the Full Governing Body: 8 July 2025. Progress is reviewed "
                      "termly by the Curriculum and Standards Committee and shared with the "
                      "local authority Challenge Adviser.")
    doc.add_heading("Document control", level=2)
    doc_table(doc, ["Version", "Date", "Author", "Change"], [
        ["1.0", "08/07/2025", "Headteacher", "Approved by the Full Governing Body"],
        ["1.1", "14/10/2025", "Deputy Headteacher", "Autumn term progress (RAG) added"],
    ])
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – some slippage, "
                      "action in hand; Red – not on track. Blank – not yet started.")
    RAGC = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    recs = [
        ("R1: Strengthen the consistency of teaching and assessment so that all pupils, including "
         "the more able, are suitably challenged", [
            ("1.1", "Refresh the school’s teaching and learning principles with a focus on "
                    "challenge and questioning, and launch them at the September INSET day.",
             "DHT (Teaching & Learning)", "September 2025",
             "All staff use the agreed principles; lesson visits show consistent use of "
             "challenge.", "Blue",
             ["DHT (Teaching & Learning)"], "2025-09", None),
            ("1.2", "Introduce fortnightly faculty-based professional learning triads on adaptive "
                    "teaching and stretch for more able pupils.",
             "DHT (Teaching & Learning) / Heads of Faculty", "Autumn term 2025 – Summer term 2026",
             "Triads meet fortnightly; more able pupils report that work challenges them.",
             "Green",
             ["DHT (Teaching & Learning)", "Heads of Faculty"], "2026-07",
             "Autumn term 2025 – Summer term 2026"),
            ("1.3", "Quality assure feedback in pupils’ books through termly work scrutiny, with "
                    "findings reported to the Curriculum and Standards Committee.",
             "AHT (Curriculum)", "Termly",
             "Work scrutiny shows feedback helps pupils improve their work.", "Green",
             ["AHT (Curriculum)"], None, "Termly"),
        ]),
        ("R2: Improve pupils’ numeracy and digital skills and their application across the "
         "curriculum", [
            ("2.1", "Map planned opportunities for pupils to apply numeracy skills across all "
                    "Areas of Learning and Experience in Years 7 to 9.",
             "Numeracy Coordinator", "December 2025",
             "Numeracy map in place; schemes of learning show planned, progressive tasks.",
             "Amber", ["Numeracy Coordinator"], "2025-12", None),
            ("2.2", "Appoint a Digital Competence Lead and audit staff confidence in using digital "
                    "tools to support learning.",
             "Headteacher", "Oct-25",
             "Lead appointed; audit completed and professional learning plan agreed.", "Blue",
             ["Headteacher"], "2025-10", None),
            ("2.3", "Track the progress of pupils with weak numeracy skills through the Year 7 and "
                    "Year 8 catch-up programme and report its impact to governors.",
             "AHT (ALN & Inclusion); Numeracy Coordinator", "Summer term 2026",
             "Most pupils in the programme make at least expected progress.", "Green",
             ["AHT (ALN & Inclusion)", "Numeracy Coordinator"], "2026-07", "Summer term 2026"),
        ]),
        ("R3: Improve attendance, particularly for pupils eligible for free school meals", [
            ("3.1", "Appoint an Attendance Officer and hold weekly attendance panels for pupils "
                    "whose attendance is below 90%.",
             "DHT (Wellbeing)", "November 2025",
             "Attendance of eFSM pupils rises by at least 3 percentage points.", "Red",
             ["DHT (Wellbeing)"], "2025-11", None),
            ("3.2", "Work with the Education Welfare Service and the Family Engagement Officer to "
                    "hold early help meetings with families of eFSM pupils who are persistently "
                    "absent.",
             "Family Engagement Officer", "Ongoing",
             "Fewer eFSM pupils are persistently absent.", "",
             ["Family Engagement Officer"], None, "Ongoing"),
        ]),
        ("R4: Ensure that self-evaluation and improvement planning focus precisely on the impact "
         "of provision on pupils’ progress", [
            ("4.1", "Revise the self-evaluation calendar so that middle leaders evaluate learning "
                    "through pupil voice, book scrutiny and lesson visits each half term.",
             "Headteacher", "31/10/2025",
             "Faculty self-evaluation reports refer to the progress of pupils.", "Green",
             ["Headteacher"], "2025-10", None),
            ("4.2", "Provide training for members of the Curriculum and Standards Committee so "
                    "that governors can challenge leaders on the impact of actions on pupils’ "
                    "progress.",
             "Chair of Governors / Headteacher", "January 2026",
             "Committee minutes show governors asking about impact.", "Green",
             ["Chair of Governors", "Headteacher"], "2026-01", None),
        ]),
    ]
    expected = []
    headers = ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "Progress (RAG)"]
    for rec, acts in recs:
        doc.add_heading(rec, level=1)
        t = doc_table(doc, headers, [[a[0], a[1], a[2], a[3], a[4], a[5]] for a in acts])
        for i, a in enumerate(acts, 1):
            if a[5]:
                shade(t.rows[i].cells[5], RAGC[a[5]])
            st = a[5].lower() if a[5] else "unrated"
            expected.append(A(a[0], [rec], a[1], a[6], a[7], st, a[8]))
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    doc_table(doc, ["Role", "Name", "Date"], [
        ["Headteacher", "Mr G. Davies", "08/07/2025"],
        ["Chair of Governors", "Mrs S. Jenkins", "08/07/2025"],
    ])
    doc.save(os.path.join(OUT, name))

    write_expected(
        name,
        source="""
Bishopston Comprehensive School (Swansea, Wales), post-inspection action plan following an Estyn
core inspection, 2025; imitates the Welsh secondary school PIAPs that address Estyn's numbered
recommendations R1–R4. Copied features: title and inspection/approval lines, document-control
table, RAG key paragraph, one heading per recommendation ("R1: ...") with its own action table
(Ref, Action, Lead(s), Timescale, Success criteria, Progress RAG with fill colour), leads as
school posts (DHT, AHT, Heads of Faculty), school-term timescales, "Termly" and "Ongoing", and a
sign-off table at the end.
""",
        reads="""
Eleven numbered actions under four Estyn recommendations, each with its lead post(s), timescale,
success criteria and a RAG word (one left blank, not yet started). The document-control and
sign-off tables are not part of the plan.
""",
        outcome="read", title=title, actions=expected)


# ================================================================= 5. Madras College (docx)
def make_madras():
    name = "zza-madras-college-education-scotland-inspection-action-plan.docx"
    title = "Madras College: Action Plan following Education Scotland Inspection"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Fife Council – Education Service").italic = True
    doc.add_heading(title, level=1)
    doc.add_paragraph("Inspection: week beginning 3 March 2025. Letter to parents and carers "
                      "published 20 May 2025. Plan agreed with the Education Manager (Secondary) "
                      "June 2025. Progress update: October 2025.")
    doc.add_paragraph("This plan sets out how the school will address the areas for improvement "
                      "agreed with the headteacher and a representative from Fife Council. It "
                      "forms part of the School Improvement Plan 2025-26 and progress is shared "
                      "with the Parent Council each term.")
    doc.add_paragraph("Key: Complete (blue); On track (green); Some slippage (amber); Significant "
                      "concern (red); Not started.")
    RAGC = {"Complete": "0070C0", "On track": "00B050", "Some slippage": "FFC000",
            "Significant concern": "FF0000"}
    STM = {"Complete": "blue", "On track": "green", "Some slippage": "amber",
           "Significant concern": "red", "Not started": "unrated"}
    afis = [
        ("1. Senior leaders should continue to develop robust approaches to self-evaluation, "
         "involving all staff, young people and parents, to identify clear priorities for "
         "improvement.", [
            ("Establish a quality improvement calendar with whole-school learning walks each term "
             "focused on HGIOS4 QI 2.3 Learning, teaching and assessment.",
             "DHT (Improvement)", "September 2025",
             "Calendar in place; all departments take part in learning walks.", "Complete",
             "Calendar issued to staff on 21 August 2025.",
             ["DHT (Improvement)"], "2025-09", None),
            ("Set up a pupil improvement group for each year group to take part in learning walks "
             "and evaluate progress with the school improvement plan.",
             "Principal Teacher Pupil Support / DHT (S1–S3)", "December 2025",
             "Young people can describe how their views have changed the school.", "On track",
             "S1–S3 groups formed; S4–S6 groups to be formed in November.",
             ["Principal Teacher Pupil Support", "DHT (S1–S3)"], "2025-12", None),
            ("Hold a Parent Council improvement forum each term to gather parents’ views on "
             "reporting and communication.",
             "Headteacher", "Termly",
             "Parents report that they are well informed about their child’s progress.",
             "On track", "First forum held 7 October 2025.",
             ["Headteacher"], None, "Termly"),
        ]),
        ("2. Teachers should ensure that learning, teaching and assessment consistently meet the "
         "needs of all young people, including those who require additional support.", [
            ("Deliver a programme of professional learning on differentiation and the use of "
             "pupil support information (pupil profiles) for all teaching staff.",
             "DHT (Learning and Teaching)", "Aug 2025 – Feb 2026",
             "Lesson observations show tasks matched to learners’ needs.", "On track",
             "Three of five sessions delivered.",
             ["DHT (Learning and Teaching)"], "2026-02", "Aug 2025 – Feb 2026"),
            ("Introduce a shared Madras Learning and Teaching Standard setting out the agreed "
             "features of highly effective lessons.",
             "Principal Teacher (Learning and Teaching)", "March 2026",
             "Standard agreed by staff and used in learning walks.", "Not started",
             "Working group to begin in January 2026.",
             ["Principal Teacher (Learning and Teaching)"], "2026-03", None),
            ("Review the use of Pupil Equity Funding to target additional support in literacy and "
             "numeracy in S1 and S2.",
             "Headteacher; Business Manager", "31/01/2026",
             "Targeted young people make improved progress in literacy and numeracy.",
             "Some slippage", "Review delayed by staffing changes; now scheduled for December.",
             ["Headteacher", "Business Manager"], "2026-01", None),
        ]),
        ("3. Senior leaders and staff should continue to improve attainment in the senior phase, "
         "particularly for young people living in SIMD quintiles 1 and 2.", [
            ("Introduce a senior phase tracking and monitoring system with three tracking points "
             "each session and targeted mentoring for young people at risk of not achieving.",
             "DHT (Senior Phase)", "November 2025",
             "Improved attainment at National 5 and Higher for young people in SIMD 1 and 2.",
             "On track", "First tracking point completed; mentors allocated.",
             ["DHT (Senior Phase)"], "2025-11", None),
            ("Extend the range of vocational and college courses available in the senior phase "
             "through the partnership with Fife College.",
             "DHT (Senior Phase) / DYW Coordinator", "August 2026",
             "More young people achieve vocational qualifications at SCQF level 5 and above.",
             "On track", "Two new Foundation Apprenticeship options agreed for 2026-27.",
             ["DHT (Senior Phase)", "DYW Coordinator"], "2026-08", None),
        ]),
    ]
    headers = ["Actions", "Lead(s)", "Timescale", "Measures of success", "RAG",
               "Progress update (October 2025)"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True, size=9, colour="FFFFFF")
        shade(t.rows[0].cells[i], "4B2C83")
    expected = []
    for afi, acts in afis:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, afi, bold=True, size=9)
        shade(merged, "E4DFEC")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a[:6]):
                set_cell(cells[i], v, size=9)
            if a[4] in RAGC:
                shade(cells[4], RAGC[a[4]])
            expected.append(A(None, [afi], a[0], a[6], a[7], STM[a[4]], a[8]))
    doc.add_paragraph("")
    doc.add_paragraph("Next review: Parent Council meeting, February 2026.")
    doc.save(os.path.join(OUT, name))

    write_expected(
        name,
        source="""
Madras College (Fife Council secondary school, Scotland), action plan following an Education
Scotland inspection, 2025; imitates the Scottish school post-inspection plans that take the
areas for improvement agreed with the headteacher and local authority and set actions against
them. Copied features: council header line, title and inspection/letter/plan-agreed dates,
purpose paragraph, key paragraph with status words, a single table in which each numbered area
for improvement is a full-width merged, shaded row above its unnumbered actions (Actions,
Lead(s), Timescale, Measures of success, RAG word with fill, progress update), a period
timescale ("Aug 2025 – Feb 2026"), "Termly", two posts in one lead cell.
""",
        reads="""
One table with eight unnumbered actions under three numbered areas for improvement. Each action
has its lead post(s), a timescale and a status word from the key (Complete, On track, Some
slippage, Not started) with a fill colour.
""",
        outcome="read", title=title, actions=expected)


# ================================================================= 6. Lurgan College ETI (csv, refuse)
def make_lurgan():
    name = "zza-lurgan-college-eti-inspection-action-plan-typo-month-refuse.csv"
    import csv
    import io
    rows = [
        ["Lurgan College - Action Plan in response to the ETI Inspection Report (January 2025)",
         "", "", "", "", "", ""],
        ["Approved by the Board of Governors 24 June 2025; progress update November 2025",
         "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Area for Improvement / Action", "Lead(s)", "Start", "Target Date",
         "Success Criteria", "Status"],
        ["AFI 1", "To develop further the use of assessment data to inform planning and "
                  "intervention for pupils at risk of underachieving at GCSE", "", "", "", "", ""],
        ["1.1", "Introduce three whole-school data collection points each year, with "
                "subject-level analysis shared with Heads of Department",
         "Vice Principal (Curriculum)", "Sep-25", "Dec-25",
         "Heads of Department use data to plan interventions; analysis minuted at department "
         "meetings", "On track"],
        ["1.2", "Train Heads of Department in using SIMS assessment and CEM baseline data to set "
                "aspirational targets",
         "Data Manager; Vice Principal (Curriculum)", "Sep-25", "Oct-25",
         "All Heads of Department trained; targets set for all Year 11 and 12 pupils",
         "Complete"],
        ["1.3", "Establish a mentoring programme for Year 11 pupils identified as at risk of "
                "underachievement", "Head of Year 11", "Oct-25", "Mar-26",
         "Mentored pupils meet or exceed their GCSE targets", "On track"],
        ["AFI 2", "To improve the consistency of provision for pupils with special educational "
                  "needs across all departments", "", "", "", "", ""],
        ["2.1", "Update the SEN register and pupil profiles and make them available to all "
                "teaching staff through the school MIS", "SENCo", "Aug-25", "Sep-25",
         "Pupil profiles accessible to all staff from September", "Complete"],
        ["2.2", "Provide whole-staff training on adaptive teaching strategies for pupils with "
                "dyslexia and autism", "SENCo / Vice Principal (Pastoral)", "Sep-25", "0ct-25",
         "Training evaluations positive; strategies seen in lesson observations", "On track"],
        ["2.3", "Monitor the use of pupil profile strategies through line management meetings "
                "and lesson observations", "Senior Leadership Team", "Jan-26", "Jun-26",
         "Consistent use of strategies across departments", "Not started"],
        ["AFI 3", "To ensure that the preventative curriculum addresses online safety "
                  "progressively in all year groups", "", "", "", "", ""],
        ["3.1", "Review the Learning for Life and Work programme to include online safety in "
                "every year group", "Head of Learning for Life and Work", "Sep-25", "Mar-26",
         "Revised programme in place for all year groups", "On track"],
        ["3.2", "Hold an online safety information evening for parents with the PSNI "
                "Neighbourhood Team", "Designated Teacher for Child Protection", "Oct-25",
         "Nov-25", "Parents report increased confidence in supporting their children online",
         "Complete"],
        ["", "", "", "", "", "", ""],
        ["Status key: Complete / On track / Not started. Reviewed by the Board of Governors "
         "each term.", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    text = buf.getvalue()
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    lines = text.split("\r\n")
    refuse_at = next(i for i, line in enumerate(lines, 1) if "0ct-25" in line)
    write_expected(
        name,
        source="""
Lurgan College (voluntary grammar school, Co. Armagh, Northern Ireland), Board of Governors'
action plan in response to an Education and Training Inspectorate (ETI) inspection, 2025,
exported from a spreadsheet to CSV. Copied features: title and approval lines, AFI rows
carrying the area for improvement above numbered actions, Start and Target Date columns in
Mmm-yy form, two leads in one cell, status words, a key/notes line at the end.
""",
        reads="""
Three areas for improvement with eight numbered actions. The target date of action 2.2 reads
"0ct-25" (a zero for the letter O) - a mistyped month in an end cell, so a careful reader stops
at that line and asks before reading the plan.
""",
        outcome="refuse", title=rows[0][0], refuse_at=refuse_at)
    return refuse_at


# ================================================================= 7. Blue Triangle CI plan (txt)
def make_blue_triangle():
    name = ("zza-blue-triangle-housing-association-housing-support-care-inspectorate-"
            "improvement-plan.txt")
    title = ("Blue Triangle (Glasgow) Housing Association – Care Inspectorate Improvement "
             "Plan")
    rule = "=" * 78
    kq1 = "KEY QUESTION 1: HOW WELL DO WE SUPPORT PEOPLE'S WELLBEING?"
    kq3 = "KEY QUESTION 3: HOW GOOD IS OUR STAFF TEAM?"
    kq5 = "KEY QUESTION 5: HOW WELL IS OUR CARE AND SUPPORT PLANNED?"
    req1 = ("By 29 August 2025, the provider must ensure that people's medication is managed "
            "safely and in line with the service's medication policy and current best practice "
            "guidance.")
    afi1 = ("To support people's health and wellbeing, the provider should ensure that people are "
            "supported to take part in community activities that reflect their interests and "
            "goals.")
    afi2 = ("To ensure that people are supported by staff who are confident and competent, the "
            "provider should ensure that all staff receive regular supervision in line with the "
            "organisation's policy.")
    req2 = ("By 31 October 2025, the provider must ensure that each person's personal plan sets "
            "out how their health, welfare and safety needs will be met, and that it is reviewed "
            "at least once in every six-month period.")
    ST = {"COMPLETE": "blue", "ON TRACK": "green", "AT RISK": "amber", "NOT STARTED": "unrated"}
    sections = [
        (kq1, [
            ("Requirement 1", req1, [
                ("R1.1", "Complete a medication audit for every person supported with medication "
                         "and update their medication support plan.",
                 "Service Manager", "29/08/2025", "COMPLETE", ["Service Manager"], "2025-08",
                 None),
                ("R1.2", "Re-train all support workers in medication administration and assess "
                         "their competency through observed practice.",
                 "Learning and Development Coordinator", "30/09/2025", "COMPLETE",
                 ["Learning and Development Coordinator"], "2025-09", None),
                ("R1.3", "Introduce monthly medication audits by team leaders, with results "
                         "reported to the service quality meeting.",
                 "Team Leaders", "Monthly", "ON TRACK", ["Team Leaders"], None, "Monthly"),
            ]),
            ("Area for improvement 1", afi1, [
                ("AFI1.1", "Record each person's interests and goals in their personal plan and "
                           "agree at least one community activity with them.",
                 "Keyworkers", "December 2025", "ON TRACK", ["Keyworkers"], "2025-12", None),
                ("AFI1.2", "Build links with local community groups and produce a directory of "
                           "activities for people and staff to use.",
                 "Community Engagement Worker", "Ongoing", "ON TRACK",
                 ["Community Engagement Worker"], None, "Ongoing"),
            ]),
        ]),
        (kq3, [
            ("Area for improvement 2", afi2, [
                ("AFI2.1", "Set up a supervision schedule for all staff and monitor completion "
                           "monthly through the staff training matrix.",
                 "Service Manager / HR Business Partner", "31/10/2025", "AT RISK",
                 ["Service Manager", "HR Business Partner"], "2025-10", None),
            ]),
        ]),
        (kq5, [
            ("Requirement 2", req2, [
                ("R2.1", "Review and rewrite all personal plans using the new outcome-focused "
                         "template, involving people and their representatives.",
                 "Team Leaders; Keyworkers", "31/10/2025", "AT RISK",
                 ["Team Leaders", "Keyworkers"], "2025-10", None),
                ("R2.2", "Set up a six-monthly review schedule on the electronic care planning "
                         "system with automatic reminders.",
                 "Quality Assurance Officer", "End of September 2025", "COMPLETE",
                 ["Quality Assurance Officer"], "2025-09", None),
                ("R2.3", "Quality assure a 20% sample of personal plans each quarter and feed back "
                         "findings to keyworkers.",
                 "Service Manager", "Quarterly", "NOT STARTED", ["Service Manager"], None,
                 "Quarterly"),
            ]),
        ]),
    ]
    lines = [
        title,
        "Service: Blue Triangle - Glasgow Housing Support Service",
        "Inspection: unannounced, 9 to 12 June 2025    Report published: 21 July 2025",
        "Grades: Wellbeing 3 Adequate | Leadership 3 Adequate | Staff team 4 Good | "
        "Care and support planning 2 Weak",
        "Plan owner: Head of Operations    Last updated: 6 November 2025",
        "",
        "Status key: COMPLETE = done (blue) | ON TRACK = green | AT RISK = amber | "
        "NOT STARTED = not yet begun",
        "",
    ]
    expected = []
    counts = {k: 0 for k in ST}
    for kq, items in sections:
        lines += [rule, kq, rule, ""]
        for label, text, acts in items:
            lines += [label, text, ""]
            for ref, act, lead, due, status, elead, eend, etext in acts:
                lines.append(f"  {ref:<7}{act}")
                lines.append(f"         Lead: {lead} | Due: {due} | Status: {status}")
                lines.append("")
                counts[status] += 1
                expected.append(A(ref, [kq, text], act, elead, eend, ST[status], etext))
    total = sum(counts.values())
    lines += [rule,
              f"SUMMARY: {total} actions - {counts['COMPLETE']} complete, "
              f"{counts['ON TRACK']} on track, {counts['AT RISK']} at risk, "
              f"{counts['NOT STARTED']} not started",
              "Next review: Quality and Improvement Group, 4 December 2025",
              ""]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))

    write_expected(
        name,
        source="""
Blue Triangle (Glasgow) Housing Association, housing support service (Scotland), provider's
improvement plan after a Care Inspectorate inspection, 2025, saved as a plain-text export.
Imitates the Scottish care-service improvement plans that answer the inspection report's
requirements ("By [date], the provider must ...") and areas for improvement, grouped by the
Care Inspectorate key questions. Copied features: organisation/service title block with
inspection dates and grades, status key line, "=" rules around upper-case key-question
headings, "Requirement 1" / "Area for improvement 1" labels with the inspectors' text on the
next line, indented numbered actions with a "Lead | Due | Status" line under each, Monthly,
Quarterly and Ongoing timescales, a summary count line at the end.
""",
        reads="""
Nine numbered actions answering two requirements and two areas for improvement under three key
questions. Each has a lead post (two in some), a due date or frequency, and a status word defined
by the key line (COMPLETE = blue, ON TRACK = green, AT RISK = amber, NOT STARTED = unrated).
""",
        outcome="read", title=title, actions=expected)


if __name__ == "__main__":
    make_grampian()
    make_poni()
    make_dhcw()
    make_bishopston()
    make_madras()
    ra = make_lurgan()
    make_blue_triangle()
    print("written; lurgan refuse_at line", ra)
