#!/usr/bin/env python3
"""Build the seven zdb- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with zdb- are written.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
FILL_FOR = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}

thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


def out(name):
    assert name.startswith("zdb-") or name.startswith("zdb_"), name
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------
# expected.yaml writer
# --------------------------------------------------------------------------

def q(s):
    return json.dumps(s, ensure_ascii=False)


def folded(key, text):
    lines = [f"{key}: >-"]
    for para in text.strip().split("\n"):
        lines.append("  " + para.strip())
    return "\n".join(lines)


def write_expected(fname, meta, actions=None):
    parts = [folded("source", meta["source"]), folded("reads", meta["reads"])]
    parts.append(f"outcome: {meta['outcome']}")
    parts.append(f"accept_refusal: {'true' if meta.get('accept_refusal') else 'false'}")
    if "refuse_at" in meta:
        parts.append(f"refuse_at: {meta['refuse_at']}")
    if meta.get("title") is not None:
        parts.append(f"title: {q(meta['title'])}")
    if meta["outcome"] == "read":
        parts.append("actions:")
        for a in actions:
            parts.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}")
            parts.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            parts.append(f"    action: {q(a['action'])}")
            parts.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            parts.append(f"    end: {q(a['end']) if a['end'] else 'null'}")
            if a.get("end_text"):
                parts.append(f"    end_text: {q(a['end_text'])}")
            parts.append(f"    status: {a['status']}")
    with open(out(fname + ".expected.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(parts) + "\n")


# ==========================================================================
# 1. NHS North West London ICB - Board Assurance Framework 2025/26 (xlsx)
# ==========================================================================

def make_nwl_baf():
    fname = "zdb-nhs-north-west-london-icb-board-assurance-framework-2025-26.xlsx"
    wb = Workbook()

    # ---- Cover sheet ----------------------------------------------------
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "NHS North West London Integrated Care Board"
    cv["A1"].font = Font(bold=True, size=14, color="005EB8")
    cv["A2"] = "Board Assurance Framework 2025/26"
    cv["A2"].font = Font(bold=True, size=13)
    cv["A3"] = "Quarter 2 position – reviewed by the Executive Management Team on 4 November 2025"
    cv["A4"] = "Presented to: ICB Board (meeting in public) – 25 November 2025"
    cv["A6"] = "Document control"
    cv["A6"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("1.0", "15/05/2025", "Head of Corporate Governance", "BAF 2025/26 approved by the ICB Board"),
        ("1.1", "05/08/2025", "Risk Manager", "Q1 review; BAF 3 target score revised from 12 to 15"),
        ("1.2", "04/11/2025", "Risk Manager", "Q2 review; actions and progress updated by risk owners"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cv.cell(row=7 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
    cv["A13"] = "Action status key"
    cv["A13"].font = Font(bold=True)
    key = [
        ("Complete", "Action delivered and closed by the risk owner", BLUE),
        ("On track", "Action in progress and expected by the due date", GREEN),
        ("At risk", "Action in progress but the due date may be missed", AMBER),
        ("Off track", "Due date missed or will be missed; escalated to lead committee", RED),
        ("Not started", "Action not yet due to start", None),
    ]
    for i, (k, d, col) in enumerate(key):
        a = cv.cell(row=14 + i, column=1, value=k)
        b = cv.cell(row=14 + i, column=2, value=d)
        a.border = b.border = BORDER
        if col:
            a.fill = fill(col)
    cv.column_dimensions["A"].width = 14
    cv.column_dimensions["B"].width = 55
    cv.column_dimensions["C"].width = 30
    cv.column_dimensions["D"].width = 60

    # ---- Risk summary sheet (no actions) ---------------------------------
    rs = wb.create_sheet("Risk summary")
    rs["A1"] = "BAF 2025/26 – summary of principal risks (Q2)"
    rs["A1"].font = Font(bold=True, size=12)
    hdr = ["BAF ref", "Principal risk", "Risk owner", "Lead committee",
           "Inherent score", "Q1 score", "Q2 score", "Target score", "Trend"]
    summ = [
        ("BAF 1", "Urgent and emergency care performance", "Chief Operating Officer",
         "Quality and Performance Committee", 20, 20, 20, 12, "↔"),
        ("BAF 2", "Primary care access and resilience", "Director of Primary Care",
         "Primary Care Commissioning Committee", 20, 16, 16, 9, "↔"),
        ("BAF 3", "Financial sustainability", "Chief Finance Officer",
         "Finance, Planning and Performance Committee", 25, 20, 20, 15, "↔"),
    ]
    for j, v in enumerate(hdr):
        c = rs.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BORDER
    for i, r in enumerate(summ):
        for j, v in enumerate(r):
            c = rs.cell(row=4 + i, column=1 + j, value=v)
            c.border = BORDER
            if j in (4, 5, 6, 7):
                c.fill = fill(RED if v >= 15 else AMBER)
    for col, w in zip("ABCDEFGHI", (9, 40, 26, 40, 10, 9, 9, 10, 7)):
        rs.column_dimensions[col].width = w

    # ---- BAF sheet --------------------------------------------------------
    ws = wb.create_sheet("BAF 2025-26")
    ws["A1"] = "NHS North West London ICB – Board Assurance Framework 2025/26 (Q2)"
    ws["A1"].font = Font(bold=True, size=13)
    widths = (7, 42, 48, 30, 12, 13, 11, 52)
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w

    header = ["Ref", "Gap in control / assurance", "Action to address the gap", "Action lead",
              "Due date", "Revised due date", "Status", "Progress update (October 2025)"]

    blocks = [
        {
            "title": "BAF 1 – Urgent and emergency care performance",
            "objective": "Strategic objective: Improve outcomes in population health and healthcare",
            "risk": ("Principal risk: If demand for urgent and emergency care continues to exceed capacity "
                     "across the North West London acute and community system, then patients may experience "
                     "long waits in emergency departments and delayed discharge, resulting in avoidable harm."),
            "owner": ("Risk owner: Chief Operating Officer  |  Lead committee: Quality and Performance Committee  |  "
                      "Current score 20 (4x5)  |  Target score 12 (4x3)"),
            "controls": ("Key controls: UEC Board chaired by the ICB Chief Operating Officer; daily system control "
                         "centre calls; winter plan 2025/26; borough-based discharge cells."),
            "gaps": [
                ("Gap in control: Same day emergency care (SDEC) and urgent treatment centre pathways are not used "
                 "consistently across the four acute trusts.", [
                    ("1.1", "Agree a single NWL directory of SDEC and UTC direct-access pathways for London Ambulance "
                            "Service crews and NHS 111.",
                     "Director of Urgent and Emergency Care", "30/09/2025", "31/12/2025", "At risk",
                     "Directory drafted; two trusts yet to confirm clinical criteria. Revised date agreed at UEC "
                     "Board 14/10/2025.",
                     ["Director of Urgent and Emergency Care"], "2025-12", "amber"),
                    ("1.2", "Extend the Hillingdon and Ealing 'call before convey' model to all eight boroughs.",
                     "Director of Urgent and Emergency Care / Borough Directors", "31/03/2026", None, "On track",
                     "Live in five boroughs; Brent, Harrow and Hounslow go live in January 2026.",
                     ["Director of Urgent and Emergency Care", "Borough Directors"], "2026-03", "green"),
                ]),
                ("Gap in control: Discharge to assess capacity is commissioned borough by borough and does not match "
                 "winter demand.", [
                    ("1.3", "Commission an additional 40 pathway 1 discharge-to-assess packages for winter using the "
                            "system UEC allocation.",
                     "Chief Operating Officer", "30/11/2025", None, "Complete",
                     "Contracts awarded 24/10/2025; capacity live from 3 November.",
                     ["Chief Operating Officer"], "2025-11", "blue"),
                ]),
                ("Gap in assurance: No single system-level report of 12-hour waits from time of arrival in ED is "
                 "received by the Board.", [
                    ("1.4", "Add 12-hour length of stay in ED by trust and borough to the integrated quality and "
                            "performance report.",
                     "Director of Performance and Business Intelligence", "Q3 2025/26", None, "On track",
                     "Data flows agreed with all trusts; first report to the December Board.",
                     ["Director of Performance and Business Intelligence"], "2025-12", "green"),
                ]),
            ],
        },
        {
            "title": "BAF 2 – Primary care access and resilience",
            "objective": "Strategic objective: Tackle inequalities in outcomes, experience and access",
            "risk": ("Principal risk: If general practice and community pharmacy cannot meet rising demand for "
                     "same-day access, then patients in areas of higher deprivation may be unable to obtain timely "
                     "care, widening health inequalities."),
            "owner": ("Risk owner: Director of Primary Care  |  Lead committee: Primary Care Commissioning Committee  |  "
                      "Current score 16 (4x4)  |  Target score 9 (3x3)"),
            "controls": ("Key controls: Primary care access recovery delivery group; monthly GP appointment data by "
                         "PCN; modern general practice access funding."),
            "gaps": [
                ("Gap in control: Cloud-based telephony and online consultation tools are not yet in place in all "
                 "practices.", [
                    ("2.1", "Complete migration of the remaining 23 practices to cloud-based telephony with call-back "
                            "functionality.",
                     "Chief Digital and Information Officer", "31/12/2025", None, "On track",
                     "17 of 23 practices migrated; remaining six scheduled for November and December.",
                     ["Chief Digital and Information Officer"], "2025-12", "green"),
                    ("2.2", "Deliver care navigation training to reception teams in practices that have moved to the "
                            "new telephony.",
                     "Primary Care Training Hub Lead", "31/03/2026", None, "Not started",
                     "Training offer to be launched once migration is complete.",
                     ["Primary Care Training Hub Lead"], "2026-03", "unrated"),
                ]),
                ("Gap in assurance: Patient experience of access is measured only annually through the GP Patient "
                 "Survey.", [
                    ("2.3", "Introduce a quarterly PCN-level access dashboard combining appointment data, 111 "
                            "dispositions and Friends and Family Test results.",
                     "Director of Primary Care; Head of Business Intelligence", "28/02/2026", None, "On track",
                     "Prototype shared with PCN clinical directors on 21/10/2025.",
                     ["Director of Primary Care", "Head of Business Intelligence"], "2026-02", "green"),
                ]),
            ],
        },
        {
            "title": "BAF 3 – Financial sustainability",
            "objective": "Strategic objective: Enhance productivity and value for money",
            "risk": ("Principal risk: If the ICB and system partners do not deliver the 2025/26 efficiency plans, "
                     "then the system will not achieve its financial plan, limiting investment in prevention and "
                     "out-of-hospital care."),
            "owner": ("Risk owner: Chief Finance Officer  |  Lead committee: Finance, Planning and Performance "
                      "Committee  |  Current score 20 (5x4)  |  Target score 15 (5x3)"),
            "controls": ("Key controls: System financial recovery board; monthly CFO reporting; grip and control "
                         "checklist in all trusts; ICB vacancy control panel."),
            "gaps": [
                ("Gap in control: Around 30% of system efficiency schemes are unidentified or high risk at month 6.", [
                    ("3.1", "Convert high-risk schemes to recurrent plans through the system Productivity and "
                            "Efficiency Group, with fortnightly reporting to the Chief Finance Officer.",
                     "Director of Financial Recovery", "31/10/2025", "31/01/2026", "Off track",
                     "Month 6 shows £38m of schemes still high risk; recovery actions agreed with trust CFOs.",
                     ["Director of Financial Recovery"], "2026-01", "red"),
                ]),
                ("Gap in control: Continuing healthcare and individual placement costs are growing faster than plan.", [
                    ("3.2", "Re-procure out-of-area mental health and learning disability placements through the NWL "
                            "commissioning hub.",
                     "Director of Mental Health and Learning Disabilities / Head of Continuing Healthcare",
                     "31/03/2026", None, "On track",
                     "Market engagement event held 2 October; tender to be issued in December.",
                     ["Director of Mental Health and Learning Disabilities", "Head of Continuing Healthcare"],
                     "2026-03", "green"),
                    ("3.3", "Carry out a 100% review of CHC fast-track packages older than 12 weeks.",
                     "Head of Continuing Healthcare", "31/12/2025", None, "Complete",
                     "412 packages reviewed; 63 moved to standard CHC or ended. Full-year effect £2.1m.",
                     ["Head of Continuing Healthcare"], "2025-12", "blue"),
                ]),
            ],
        },
    ]

    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    expected = []
    r = 3
    for b in blocks:
        ws.cell(row=r, column=1, value=b["title"]).font = Font(bold=True, color="FFFFFF", size=12)
        ws.cell(row=r, column=1).fill = fill("003087")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for key_ in ("objective", "risk", "owner", "controls"):
            c = ws.cell(row=r, column=1, value=b[key_])
            c.alignment = WRAP
            c.fill = fill("DEEAF6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            if key_ == "risk":
                ws.row_dimensions[r].height = 32
            r += 1
        for j, h in enumerate(header):
            c = ws.cell(row=r, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("BDD7EE")
            c.border = BORDER
            c.alignment = WRAP
        r += 1
        for gap, acts in b["gaps"]:
            first = r
            for (ref, text, lead, due, rev, status, prog, leads, end, st) in acts:
                vals = [ref, gap if r == first else None, text, lead, due, rev, status, prog]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BORDER
                if status in status_fill:
                    ws.cell(row=r, column=7).fill = fill(status_fill[status])
                ws.row_dimensions[r].height = 45
                expected.append(dict(ref=ref, under=[b["title"], gap], action=text, lead=leads,
                                     end=end, status=st))
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        r += 1
    ws.cell(row=r, column=1, value=("Note: scores use the ICB 5x5 matrix (likelihood x consequence). Actions closed "
                                    "in Q1 are reported in the Q1 BAF (Board, 26 August 2025) and are not repeated here."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1).font = Font(italic=True)
    wb.save(out(fname))

    meta = dict(
        source=("Imitates an integrated care board's Board Assurance Framework as taken to a public ICB board in "
                "2025/26 (no NWL copy found; layout follows Humber and North Yorkshire ICB BAF 2024-2025 "
                "https://slideorbit.com/slide/icb-board-assurance-framework-2024-2025/326090 and the CCG BAF layout "
                "of principal risk, risk owner, key controls, gaps in control/assurance, corrective action, "
                "responsibility and target date, e.g. https://vdocument.in/ckwcb-12-60bv23clusterbaf2.html). "
                "Copied features: cover sheet with document control table and action status key, risk summary "
                "sheet with scores, one block per BAF risk with a filled title row and merged descriptor rows, a "
                "repeated column header per block, gap text merged vertically over its actions, original and "
                "revised due dates, fill-coloured status cells, a quarter as a due date, and a closing note line."),
        reads=("Three BAF risks, each with its objective, risk statement, owner and controls, then a table of "
               "numbered actions that close named gaps in control or assurance. A reader takes each numbered row as "
               "an action under its BAF risk and gap, with the job title in Action lead, the revised due date where "
               "one is given, and the status word coloured to the cover key."),
        outcome="read",
        title="Board Assurance Framework 2025/26",
    )
    write_expected(fname, meta, expected)
    return fname, len(expected)


# ==========================================================================
# 2. Whittington Health NHS Trust - quality account priorities tracker (xlsx)
# ==========================================================================

def make_whittington_qa():
    fname = "zdb-whittington-health-nhs-trust-quality-account-priorities-tracker-2025-26.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 tracker"
    for col, w in zip("ABCDEFG", (7, 60, 34, 18, 9, 9, 60)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Whittington Health NHS Trust"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Quality Account – quality priorities 2025/26: progress tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Quarter 2 (July – September 2025)  |  Reported to the Quality Assurance Committee, 12 November 2025"

    # summary block rows 5-7 (filled in after counting)
    ws["A5"] = "Summary of Q2 RAG ratings"
    ws["A5"].font = Font(bold=True)
    sumhdr = ["Blue", "Green", "Amber", "Red", "Not rated", "Total"]

    ws.cell(row=9, column=1)
    header = ["Ref", "Milestone / action", "Lead", "Target date", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    for j, h in enumerate(header):
        c = ws.cell(row=9, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BORDER
        c.alignment = WRAP

    letter_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    # (ref, text, lead-cell, target, q1, q2, q2_fill_only, update, leads, end, end_text, status)
    content = [
        ("domain", "Patient safety"),
        ("priority", "Priority 1: Reduce harm from inpatient falls"),
        ("1.1", "Roll out the revised multifactorial falls risk assessment on the electronic patient record to all "
                "adult inpatient wards.", "Falls Prevention Lead Nurse", "Sep-25", "G", "B", False,
         "Live on all 14 adult inpatient wards from 1 September 2025.",
         ["Falls Prevention Lead Nurse"], "2025-09", None, "blue"),
        ("1.2", "Achieve 90% compliance with lying and standing blood pressure recording within 24 hours of "
                "admission for patients aged 65 and over.", "Deputy Chief Nurse / Falls Prevention Lead Nurse",
         "Mar-26", "A", "A", False,
         "August audit 78% (July 71%). Ward-level feedback given through the daily falls huddle.",
         ["Deputy Chief Nurse", "Falls Prevention Lead Nurse"], "2026-03", None, "amber"),
        ("1.3", "Introduce post-falls huddles within 24 hours of any fall with harm and share learning at the monthly "
                "Patient Safety Group.", "Head of Patient Safety", "Dec-25", "G", "G", True,
         "Huddles held for 9 of 10 falls with harm in Q2; learning summary to October Patient Safety Group.",
         ["Head of Patient Safety"], "2025-12", None, "green"),
        ("priority", "Priority 2: Improve recognition of the deteriorating child"),
        ("2.1", "Implement the national Paediatric Early Warning Score (PEWS) chart across the children's ward and "
                "the paediatric emergency department.",
         "Associate Director of Nursing, Children and Young People", "Oct-25", "G", "G", False,
         "Paper charts replaced on both areas; electronic PEWS planned for Q4.",
         ["Associate Director of Nursing, Children and Young People"], "2025-10", None, "green"),
        ("2.2", "Deliver PEWS and escalation training to 95% of registered nurses in children's services.",
         "Paediatric Practice Educator", "Q4 2025/26", "A", "R", False,
         "Compliance 61% because of vacancies in the practice education team. Recovery plan to the Children and "
         "Young People Board in November.",
         ["Paediatric Practice Educator"], "2026-03", None, "red"),
        ("domain", "Clinical effectiveness"),
        ("priority", "Priority 3: Reduce avoidable readmissions for people with heart failure"),
        ("3.1", "Establish a virtual ward step-down pathway for patients discharged with heart failure.",
         "Clinical Director, Integrated Medicine / Heart Failure Specialist Nurse Lead", "Sept 2025 – March 2026",
         "G", "G", False,
         "Pathway live for Islington residents; Haringey pathway in development with the community team.",
         ["Clinical Director, Integrated Medicine", "Heart Failure Specialist Nurse Lead"], "2026-03",
         "Sept 2025 – March 2026", "green"),
        ("3.2", "Report 30-day readmission rates for heart failure by ward and borough to the Clinical Effectiveness "
                "Group each quarter.", "Head of Clinical Audit and Effectiveness", "Ongoing", "G", "G", False,
         "Q1 data reported in August; Q2 report scheduled for November.",
         ["Head of Clinical Audit and Effectiveness"], None, "Ongoing", "green"),
        ("domain", "Patient experience"),
        ("priority", "Priority 4: Improve communication with patients and families about discharge"),
        ("4.1", "Pilot a 'Ready to Go' discharge information leaflet and conversation checklist on Cloudesley and "
                "Victoria wards.", "Head of Patient Experience", "Nov-25", "G", "B", False,
         "Pilot complete early; positive Friends and Family Test comments on discharge rose from 68% to 81%.",
         ["Head of Patient Experience"], "2025-11", None, "blue"),
        ("4.2", "Extend the checklist to all adult inpatient wards, subject to evaluation of the pilot.",
         "Head of Patient Experience; Divisional Directors of Nursing", "Mar-26", None, None, False,
         "Not due to start until Q3.",
         ["Head of Patient Experience", "Divisional Directors of Nursing"], "2026-03", None, "unrated"),
    ]

    expected = []
    r = 10
    domain = priority = None
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0, "unrated": 0}
    for item in content:
        if item[0] == "domain":
            domain = item[1]
            c = ws.cell(row=r, column=1, value=domain)
            c.font = Font(bold=True)
            c.fill = fill("BFBFBF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        if item[0] == "priority":
            priority = item[1]
            c = ws.cell(row=r, column=1, value=priority)
            c.font = Font(bold=True, italic=True)
            c.fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        (ref, text, lead, target, q1, q2, fill_only, upd, leads, end, end_text, st) = item
        vals = [ref, text, lead, target, q1, None if fill_only else q2, upd]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BORDER
        if q1:
            ws.cell(row=r, column=5).fill = fill(letter_fill[q1])
        if q2:
            ws.cell(row=r, column=6).fill = fill(letter_fill[q2])
        for col in (5, 6):
            ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        ws.row_dimensions[r].height = 42
        counts[st] += 1
        d = dict(ref=ref, under=[domain, priority], action=text, lead=leads, end=end, status=st)
        if end_text:
            d["end_text"] = end_text
        expected.append(d)
        r += 1

    vals = [counts["blue"], counts["green"], counts["amber"], counts["red"], counts["unrated"], len(expected)]
    # summary laid out across columns A-F in rows 6-7
    for j, (h, v) in enumerate(zip(sumhdr, vals)):
        hc = ws.cell(row=6, column=1 + j, value=h)
        vc = ws.cell(row=7, column=1 + j, value=v)
        hc.font = Font(bold=True)
        hc.border = vc.border = BORDER
        if h in ("Blue", "Green", "Amber", "Red"):
            hc.fill = fill({"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}[h])

    r += 1
    ws.cell(row=r, column=1, value=("Notes: RAG ratings are self-assessed by the lead and validated by the Quality "
                                    "Governance team. The four priorities were agreed with Islington and Haringey "
                                    "Healthwatch and published in the Quality Account 2024/25."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.cell(row=r, column=1).alignment = WRAP
    ws.row_dimensions[r].height = 30
    ws.freeze_panes = "A10"

    ks = wb.create_sheet("RAG key")
    ks["A1"] = "RAG key"
    ks["A1"].font = Font(bold=True)
    keyrows = [
        ("B", "Complete – milestone delivered and evidenced", BLUE),
        ("G", "On track to deliver by the target date", GREEN),
        ("A", "Some risk to delivery; mitigation in place", AMBER),
        ("R", "Will not be delivered by the target date without escalation", RED),
        ("(blank)", "Not yet started / not due in this quarter", None),
    ]
    for i, (k, d, col) in enumerate(keyrows):
        a = ks.cell(row=2 + i, column=1, value=k)
        ks.cell(row=2 + i, column=2, value=d)
        if col:
            a.fill = fill(col)
    ks.column_dimensions["B"].width = 60
    wb.save(out(fname))

    meta = dict(
        source=("Imitates an NHS trust's in-year tracker of the quality priorities it publishes in its annual "
                "Quality Account (the priorities for the coming year are set in the Quality Account and progress is "
                "reported quarterly to the quality committee), e.g. Tavistock and Portman Quality account 2023/24 "
                "https://tavistockandportman.nhs.uk/publications/quality-account-2023-24. Copied features: trust "
                "title block with reporting line, a Q2 RAG summary/totals block above the table, domain rows (Patient "
                "safety, Clinical effectiveness, Patient experience) and priority rows as merged filled headings, "
                "previous (Q1) and current (Q2) RAG letter columns with fill colours, one current RAG given by fill "
                "only, several leads in one cell, quarter and period target dates, 'Ongoing', a notes line, and a "
                "separate RAG key sheet."),
        reads=("Four quality priorities grouped under three quality domains, each with numbered milestones, a lead, "
               "a target date and Q1 and Q2 RAG ratings. A reader takes the Q2 column as the current status "
               "(blue = complete per the key; a blank Q2 is not yet rated), reads the green-filled empty Q2 cell for "
               "1.3 as green, and ignores the summary block and notes."),
        outcome="read",
        title="Quality Account – quality priorities 2025/26: progress tracker",
    )
    write_expected(fname, meta, expected)
    return fname, len(expected)


# ==========================================================================
# 3. Jewish Care - Anita Dorfman House CQC action plan (xlsx, refuse)
# ==========================================================================

def make_dorfman_refuse():
    fname = "zdb-jewish-care-anita-dorfman-house-cqc-inspection-action-plan-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    for col, w in zip("ABCDEFGHI", (5, 28, 11, 42, 48, 30, 14, 12, 44)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Jewish Care"
    ws["A1"].font = Font(bold=True, size=13, color="1F3864")
    ws["A2"] = "Anita Dorfman House – CQC assessment action plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Assessment: site visits 10 and 11 June 2025; report published 19 August 2025; "
                "overall rating Requires improvement")
    ws["A4"] = ("Breaches: Regulation 11 (Need for consent), Regulation 12 (Safe care and treatment), "
                "Regulation 17 (Good governance), Regulation 18 (Staffing)")
    ws["A5"] = "Plan owner: Registered Manager  |  Last updated: 03/10/2025"
    header = ["No.", "Quality statement", "Regulation", "What CQC found", "Action we will take", "Lead",
              "Target date", "Status", "Comments / evidence"]
    for j, h in enumerate(header):
        c = ws.cell(row=7, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BORDER
        c.alignment = WRAP
    content = [
        ("kq", "SAFE"),
        (1, "Medicines optimisation", "Reg 12",
         "Time-critical medicines for Parkinson's disease were not always given at the prescribed time.",
         "Introduce a time-critical medicines alert on the eMAR system and a daily check by the nurse in charge.",
         "Deputy Manager (Clinical)", "July 2025", "Complete", "eMAR alert live 14/07/2025; daily check sheet in use."),
        (2, "Involving people to manage risks", "Reg 12",
         "Choking risk assessments had not been updated after speech and language therapy reviews.",
         "Review all eating and drinking risk assessments against current SALT recommendations.",
         "Unit Managers", "August 2025", "Complete", "All 31 assessments reviewed; audit 29/08/2025."),
        (3, "Safe and effective staffing", "Reg 18",
         "Night staff had not completed dysphagia training.",
         "Deliver dysphagia and IDDSI training to all night staff.",
         "Learning and Development Partner", "September 2025", "In progress", "18 of 24 night staff trained."),
        (4, "Safe environments", "Reg 12",
         "Two fire door closers on the ground floor were faulty.",
         "Replace the door closers and add closers to the weekly fire safety checks.",
         "Facilities Manager", "July 2025", "Complete", "Replaced 20/06/2025."),
        ("kq", "EFFECTIVE"),
        (5, "Consent to care and treatment", "Reg 11",
         "Mental capacity assessments for covert medicines were not decision-specific.",
         "Complete decision-specific mental capacity assessments and best-interest records for everyone receiving "
         "covert medicines, with GP and pharmacist sign-off.",
         "Registered Manager / Deputy Manager (Clinical)", "October 2025", "In progress",
         "5 of 7 completed; 2 awaiting GP visit."),
        (6, "Assessing needs", "Reg 17",
         "Care plans for people living with dementia lacked detail on how to support distress.",
         "Rewrite dementia care plans using the 'This is me' format with family input.",
         "Dementia Lead", "December 2025", "Not started", "Family meetings being booked."),
        ("kq", "WELL-LED"),
        (7, "Governance, management and sustainability", "Reg 17",
         "Audits had not identified the medicines and risk assessment issues found at the assessment.",
         "Revise the monthly audit programme and hold a monthly clinical governance meeting chaired by the "
         "Registered Manager.",
         "Registered Manager", "September 2025", "Complete", "First meeting held 24/09/2025."),
        (8, "Learning, improvement and innovation", "Reg 17",
         "Learning from incidents and falls was not shared with staff.",
         "Publish a monthly 'lessons learned' bulletin and discuss it at every handover for one week.",
         "Head of Quality, Care Services", "Novmber 2025", "In progress", "First bulletin issued October."),
        (9, "Governance, management and sustainability", "Reg 17",
         "Relatives' feedback was not acted on or fed back.",
         "Hold quarterly relatives' meetings and display 'You said, we did' on each unit noticeboard.",
         "Registered Manager / Community Engagement Lead", "December 2025", "Not started", ""),
    ]
    r = 8
    typo_row = None
    for item in content:
        if item[0] == "kq":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        for j, v in enumerate(item):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BORDER
        st = item[7]
        if st == "Complete":
            ws.cell(row=r, column=8).fill = fill(GREEN)
        elif st == "In progress":
            ws.cell(row=r, column=8).fill = fill(AMBER)
        if item[6] == "Novmber 2025":
            typo_row = r
        ws.row_dimensions[r].height = 45
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Progress against this plan is reviewed at the monthly Care Services quality "
                                    "meeting and shared with CQC on request."))
    ws.cell(row=r, column=1).font = Font(italic=True)

    vh = wb.create_sheet("Version history")
    for i, row in enumerate([("Version", "Date", "Changes"),
                             ("0.1", "28/08/2025", "Draft following publication of the report"),
                             ("1.0", "05/09/2025", "Approved by Director of Care Services"),
                             ("1.1", "03/10/2025", "Monthly update")]):
        for j, v in enumerate(row):
            vh.cell(row=1 + i, column=1 + j, value=v)
    wb.save(out(fname))

    meta = dict(
        source=("Imitates a care home provider's action plan after a CQC assessment under the single assessment "
                "framework (care home rated Requires improvement with breaches of regulations), the kind of plan a "
                "registered manager keeps and sends to CQC; no published copy for this home was found. Copied "
                "features: provider and home title block, assessment and breach lines, key question rows (SAFE, "
                "EFFECTIVE, WELL-LED) over numbered rows carrying quality statement, regulation, finding, action, "
                "lead, target month, status with fill and comments, a notes line and a version history sheet."),
        reads=("Nine numbered actions under three key questions, each answering a CQC finding, with a named post as "
               "lead and a target month. Action 8's target date reads 'Novmber 2025', a mistyped month, so a careful "
               "reader stops at that row and asks before reading the plan."),
        outcome="refuse",
        refuse_at=typo_row,
        title="Anita Dorfman House – CQC assessment action plan",
    )
    write_expected(fname, meta)
    return fname, 9


# ==========================================================================
# docx helpers
# ==========================================================================

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; inner \n become separate paragraphs in the cell."""
    paras = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(paras[0])
    run.bold = bold
    for extra in paras[1:]:
        p2 = cell.add_paragraph()
        r2 = p2.add_run(extra)
        r2.bold = bold


# ==========================================================================
# 4. WWL - PSII safety action plan (docx)
# ==========================================================================

def make_wwl_psii():
    fname = "zdb-wrightington-wigan-and-leigh-nhsft-psii-cauda-equina-safety-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    r = p.add_run("Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust")
    r.bold = True
    r.font.size = Pt(12)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Patient Safety Incident Investigation – Safety Action Plan", level=1)
    doc.add_paragraph("Delayed recognition of cauda equina syndrome in a patient presenting to the Emergency "
                      "Department, Royal Albert Edward Infirmary")

    ctl = [
        ("Incident reference", "W214786"),
        ("Date of incident", "3 March 2025"),
        ("PSII lead", "Patient Safety Investigator, Patient Safety Team"),
        ("Report approved", "Patient Safety Incident Response Oversight Group, 16 July 2025"),
        ("Action plan version", "1.2 (updated 30 September 2025)"),
        ("Action plan owner", "Divisional Director of Operations, Medicine"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in ctl:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "D9E2F3")
        set_cell(cells[1], v)

    doc.add_heading("Status key", level=2)
    key = [("Complete", "Action delivered and evidence provided", "00B0F0"),
           ("On track", "In progress and expected by the target date", "00B050"),
           ("At risk", "In progress; the target date may be missed", "FFC000"),
           ("Overdue", "Target date passed without completion", "FF0000"),
           ("Not started", "Not yet due to start", None)]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, d, col in key:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        if col:
            shade(cells[0], col)
        set_cell(cells[1], d)

    doc.add_paragraph("")
    doc.add_paragraph("The safety actions below respond to the three areas for improvement identified in the PSII "
                      "report. Measures of effectiveness are reported to the Patient Safety Group each quarter.")

    areas = [
        ("Area for improvement 1: Recognition of red flag symptoms at triage",
         "Safety recommendation 1: The Emergency Department should ensure that back pain presentations are triaged "
         "using a prompt that captures cauda equina red flag symptoms.",
         [("1.1", "Add a mandatory cauda equina red flag prompt to the Symphony triage template for all back pain "
                  "presentations.", "ED Digital Lead / Lead Nurse, Emergency Department",
           "Monthly audit of 20 back pain triage records; 95% prompt completion.", "31/08/2025", "", "Complete",
           ["ED Digital Lead", "Lead Nurse, Emergency Department"], "2025-08", None, "blue"),
          ("1.2", "Deliver a red flag awareness session to all ED triage nurses and emergency nurse practitioners, "
                  "recorded on the ED training matrix.", "ED Practice Educator",
           "90% of triage staff trained.", "31/10/2025", "", "On track",
           ["ED Practice Educator"], "2025-10", None, "green")]),
        ("Area for improvement 2: Access to out-of-hours MRI",
         "Safety recommendation 2: The Trust should ensure timely access to MRI for suspected cauda equina syndrome "
         "24 hours a day, in line with the national pathway.",
         [("2.1", "Agree an interim out-of-hours MRI arrangement with the on-call radiographer rota at Royal Albert "
                  "Edward Infirmary.", "Clinical Director, Radiology",
           "Time from request to scan under 4 hours in 90% of suspected cases.", "30/09/2025", "31/12/2025",
           "At risk", ["Clinical Director, Radiology"], "2025-12", None, "amber"),
          ("2.2", "Write a standard operating procedure for transferring patients with suspected cauda equina "
                  "syndrome to the regional spinal centre when MRI is unavailable.",
           "Clinical Director, Trauma and Orthopaedics / Clinical Director, Emergency Medicine",
           "SOP ratified by the Clinical Policy Group.", "31/10/2025", "", "Complete",
           ["Clinical Director, Trauma and Orthopaedics", "Clinical Director, Emergency Medicine"], "2025-10",
           None, "blue")]),
        ("Area for improvement 3: Safety-netting and discharge information",
         "Safety recommendation 3: The Emergency Department should ensure that patients discharged with back pain "
         "receive written cauda equina safety-netting advice.",
         [("3.1", "Introduce the cauda equina symptom card for all patients discharged from ED and the UTC with back "
                  "pain.\nCards to be stocked in all discharge areas and added to the ED discharge checklist.",
           "Lead Nurse, Emergency Department",
           "Audit shows 90% of discharged back pain patients given the card.", "End of November 2025", "",
           "On track", ["Lead Nurse, Emergency Department"], "2025-11", None, "green"),
          ("3.2", "Include safety-netting advice for back pain in the ED discharge letter template sent to GPs.",
           "ED Digital Lead", "Template change live.", "Q4 2025/26", "", "Not started",
           ["ED Digital Lead"], "2026-03", None, "unrated"),
          ("3.3", "Share the learning from this investigation through the Trust learning bulletin and the Medicine "
                  "divisional governance meeting.", "Head of Patient Safety",
           "Bulletin published; divisional minutes.", "30/09/2025", "", "Complete",
           ["Head of Patient Safety"], "2025-09", None, "blue")]),
    ]
    colour = {"Complete": "00B0F0", "On track": "00B050", "At risk": "FFC000", "Overdue": "FF0000"}
    expected = []
    hdr = ["No.", "Safety action", "Action owner", "Measure of effectiveness", "Target date", "Revised date",
           "Status"]
    for area, rec, acts in areas:
        doc.add_heading(area, level=2)
        t = doc.add_table(rows=2, cols=7)
        t.style = "Table Grid"
        m = t.rows[0].cells[0].merge(t.rows[0].cells[6])
        set_cell(m, rec, bold=True)
        shade(m, "DEEAF6")
        for j, h in enumerate(hdr):
            set_cell(t.rows[1].cells[j], h, bold=True)
            shade(t.rows[1].cells[j], "BDD7EE")
        for (ref, text, owner, measure, tgt, rev, status, leads, end, end_text, stv) in acts:
            cells = t.add_row().cells
            for j, v in enumerate([ref, text, owner, measure, tgt, rev, status]):
                set_cell(cells[j], v)
            if status in colour:
                shade(cells[6], colour[status])
            expected.append(dict(ref=ref, under=[area, rec], action=text, lead=leads, end=end, status=stv))
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Role", "Name", "Date"]):
        set_cell(t.rows[0].cells[j], h, bold=True)
    set_cell(t.rows[1].cells[0], "Divisional Director of Operations, Medicine")
    set_cell(t.rows[1].cells[2], "30/09/2025")
    set_cell(t.rows[2].cells[0], "Divisional Medical Director, Medicine")
    set_cell(t.rows[2].cells[2], "30/09/2025")
    doc.save(out(fname))

    meta = dict(
        source=("Imitates an NHS trust safety action plan following a patient safety incident investigation under "
                "PSIRF, built from the NHS England PSII report and safety action templates "
                "(https://www.england.nhs.uk/patient-safety/patient-safety-investigation/). Copied features: trust "
                "name block, title and incident description, a two-column incident/document control table, a status "
                "key table with colours, one section per area for improvement (Word heading) with its own table whose "
                "merged first row states the safety recommendation, columns for safety action, owner, measure of "
                "effectiveness, target and revised dates and coloured status, a cell with two paragraphs, and a "
                "sign-off table."),
        reads=("Seven numbered safety actions in three tables, one per area for improvement, each table headed by "
               "its safety recommendation. A reader takes the revised date where one is given, reads statuses by the "
               "key (Complete = blue, On track = green, At risk = amber, Not started = not rated), and ignores the "
               "control, key and sign-off tables."),
        outcome="read",
        title="Patient Safety Incident Investigation – Safety Action Plan",
    )
    write_expected(fname, meta, expected)
    return fname, len(expected)


# ==========================================================================
# 5. Nelson Medical Practice - HIW GP inspection improvement plan (docx)
# ==========================================================================

def make_nelson_hiw():
    fname = "zdb-nelson-medical-practice-hiw-gp-inspection-improvement-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    title = "Nelson Medical Practice – Healthcare Inspectorate Wales GP inspection (10 June 2025): improvement plan"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Health board: Aneurin Bevan University Health Board")

    hdr = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale"]

    def service_table():
        t = doc.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        set_cell(t.rows[0].cells[0], "Service:", bold=True)
        set_cell(t.rows[0].cells[1], "Nelson Medical Practice")
        set_cell(t.rows[1].cells[0], "Date of inspection:", bold=True)
        set_cell(t.rows[1].cells[1], "10 June 2025")

    def rep_table(name, role, date):
        doc.add_paragraph("Service representative")
        t = doc.add_table(rows=3, cols=2)
        t.style = "Table Grid"
        for i, (k, v) in enumerate([("Name (print):", name), ("Job role:", role), ("Date:", date)]):
            set_cell(t.rows[i].cells[0], k, bold=True)
            set_cell(t.rows[i].cells[1], v)

    def plan_table(rows, heading):
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "C6E0B4")
        exp = []
        for (risk, imp, std, act, resp, tsc, leads, end, end_text) in rows:
            cells = t.add_row().cells
            for j, v in enumerate([risk, imp, std, act, resp, tsc]):
                set_cell(cells[j], v)
            d = dict(ref=None, under=[heading, imp], action=act, lead=leads, end=end, status="unrated")
            if end_text:
                d["end_text"] = end_text
            exp.append(d)
        return exp

    expected = []
    hb = "Appendix B – Immediate improvement plan"
    doc.add_heading(hb, level=1)
    service_table()
    doc.add_paragraph("The table below includes any immediate non-compliance concerns about patient safety identified "
                      "during the inspection where we require the service to complete an immediate improvement plan "
                      "telling us about the urgent actions they are taking.")
    expected += plan_table([
        ("Emergency drugs and equipment were not checked regularly and two items had passed their expiry date.",
         "The practice must ensure that emergency drugs and equipment are checked weekly and that expired items are "
         "replaced without delay.",
         "Health and Care Quality Standards 2023 – Safe",
         "Expired adrenaline and oxygen mask replaced on the day of inspection.\nWeekly checklist introduced, signed "
         "by the duty nurse and spot-checked monthly by the Practice Manager.",
         "Practice Nurse Manager / Practice Manager", "11 June 2025",
         ["Practice Nurse Manager", "Practice Manager"], "2025-06", None),
    ], hb)
    rep_table("Carys Lewis", "Practice Manager", "13 June 2025")

    hc = "Appendix C – Improvement plan"
    doc.add_heading(hc, level=1)
    service_table()
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we "
                      "require the service to complete an improvement plan telling us about the actions they are "
                      "taking to address these areas.")
    expected += plan_table([
        ("Not all clinical staff had completed level 3 safeguarding children training.",
         "The practice must ensure that all clinical staff complete safeguarding training at the level appropriate "
         "to their role.",
         "Health and Care Quality Standards 2023 – Safe",
         "Training matrix reviewed; four clinicians booked onto level 3 training through the health board.",
         "Safeguarding Lead GP", "31 August 2025", ["Safeguarding Lead GP"], "2025-08", None),
        ("Patients told us it was difficult to get through on the telephone at 8am.",
         "The practice should review its telephone and appointment system to improve access for patients.",
         "Health and Care Quality Standards 2023 – Timely",
         "Review call data from the new telephony system with the Patient Participation Group.\nIntroduce online "
         "requests through the NHS Wales App for routine queries.",
         "Practice Manager / Dr Owen Jenkins", "Within 3 months",
         ["Practice Manager", "Dr Owen Jenkins"], None, "Within 3 months"),
        ("The infection prevention and control audit had not been completed for over two years.",
         "The practice must complete an annual infection prevention and control audit and act on its findings.",
         "Health and Care Quality Standards 2023 – Safe",
         "Full audit to be completed using the health board's primary care IPC audit tool, with the action plan "
         "taken to the practice meeting.",
         "Lead Practice Nurse", "September 2025", ["Lead Practice Nurse"], "2025-09", None),
        ("There was no formal process for recording and learning from significant events.",
         "The practice must implement a system for recording, investigating and sharing learning from significant "
         "events.",
         "Health and Care Quality Standards 2023 – Learning, improvement and research",
         "Significant event log set up on the practice shared drive; standing item added to the monthly clinical "
         "meeting.",
         "Dr Owen Jenkins", "July 2025", ["Dr Owen Jenkins"], "2025-07", None),
        ("Some staff had not had an appraisal in the last 18 months.",
         "The practice should ensure that all staff receive an annual appraisal.",
         "Health and Care Quality Standards 2023 – Workforce",
         "Appraisal schedule agreed at the partners' meeting; all outstanding appraisals to be completed.",
         "Practice Manager", "31/12/2025", ["Practice Manager"], "2025-12", None),
        ("The fire risk assessment for the building was out of date.",
         "The practice must ensure that an up-to-date fire risk assessment is in place.",
         "Health and Care Quality Standards 2023 – Safe",
         "External fire risk assessment booked with the landlord's contractor.",
         "Practice Manager", "August 2025", ["Practice Manager"], "2025-08", None),
    ], hc)
    rep_table("Carys Lewis", "Practice Manager", "22 July 2025")
    doc.save(out(fname))

    meta = dict(
        source=("Imitates the improvement plan appendices HIW attaches to its GP practice inspection reports and the "
                "practice completes (Appendix B immediate improvement plan, Appendix C improvement plan, each with "
                "Service / Date of inspection table and service representative block), e.g. Beechley Medical Centre "
                "https://fdocuments.net/document/general-practice-inspection-announced-patient-centred-we-place-patients.html "
                "and HIW https://www.hiw.org.uk/services-requiring-significant-improvement. Copied features: the "
                "six-column table (Risk/finding/issue, Improvement needed, Standard / Regulation, Service action, "
                "Responsible officer, Timescale) against the Health and Care Quality Standards 2023, no action "
                "numbers and no status, service actions with two paragraphs, two officers in one cell, and a "
                "'Within 3 months' timescale."),
        reads=("Two appendices, one immediate improvement (emergency drugs) and six further improvements, each row "
               "pairing an improvement needed with the practice's service action, responsible officer and timescale. "
               "Nothing is numbered or rated, so every action has no ref and is not rated; 'Within 3 months' gives "
               "no end month."),
        outcome="read",
        title=title,
    )
    write_expected(fname, meta, expected)
    return fname, len(expected)


# ==========================================================================
# 6. Surehaven Glasgow - HIS improvement action plan (plain text)
# ==========================================================================

def make_surehaven_txt():
    fname = "zdb-surehaven-glasgow-his-inspection-improvement-action-plan.txt"
    REG = "The Healthcare Improvement Scotland (Requirements as to Independent Health Care Services) Regulations 2011"
    lines = [
        "Healthcare Improvement Scotland",
        "Improvement Action Plan",
        "",
        "Service: Surehaven Glasgow",
        "Service provider: Surehaven Healthcare Limited",
        "Date of inspection: 11 and 12 March 2025",
        "Date of action plan: 30 April 2025 (progress updated 15 October 2025)",
        "",
        "Status key: Complete = blue; On track = green; At risk = amber; Not started = not rated",
        "",
    ]
    rule = "=" * 72
    expected = []

    def domain(name):
        lines.extend([rule, name, rule, ""])

    def requirement(num, text, timescale, reg):
        lines.extend([f"Requirement {num}", text, f"Timescale – {timescale}", reg, REG, ""])

    def recommendation(letter, text):
        lines.extend([f"Recommendation {letter}", text, ""])

    def action(ref, text, person, date, status, progress, dom, under2, leads, end, end_text, st):
        lines.append(f"Action {ref}: {text}")
        lines.append(f"Responsible person: {person}")
        lines.append(f"Date for completion: {date}")
        lines.append(f"Status: {status}")
        if progress:
            lines.append(f"Progress: {progress}")
        lines.append("")
        d = dict(ref=ref, under=[dom, under2], action=text, lead=leads, end=end, status=st)
        if end_text:
            d["end_text"] = end_text
        expected.append(d)

    d5 = "Domain 5 – Planning for quality"
    domain(d5)
    r1 = ("The provider must ensure that ligature risk assessments for each ward are reviewed at least annually and "
          "after any change to the environment.")
    requirement(1, r1, "by 30 June 2025", "Regulation 3(a)")
    action("1.1", "Ligature risk assessments for Clyde and Kelvin wards reviewed and signed off.",
           "Hospital Director / Estates Manager", "30/06/2025", "Complete", "", d5, r1,
           ["Hospital Director", "Estates Manager"], "2025-06", None, "blue")
    action("1.2", "Environmental change requests to trigger an automatic ligature review through the estates job "
                  "system.", "Estates Manager", "31/08/2025", "Complete", "", d5, r1,
           ["Estates Manager"], "2025-08", None, "blue")
    r2 = ("The provider must ensure that the observation policy is followed and that intermittent observations are "
          "recorded at the time they are carried out.")
    requirement(2, r2, "immediate", "Regulation 3(d)(i)")
    action("2.1", "Observation records moved from paper to the handheld electronic observation system on both wards.",
           "Head of Clinical Services", "30/09/2025", "At risk",
           "Devices delivered; go-live awaits a Wi-Fi upgrade on Kelvin ward.", d5, r2,
           ["Head of Clinical Services"], "2025-09", None, "amber")
    lines.extend(["Recommendations", ""])
    ra = "The service should ensure that patients' care plans reflect their own words and views."
    recommendation("a", ra)
    action("a.1", "Care plan audit tool updated to check for the patient's voice, with a monthly audit by the Senior "
                  "Charge Nurses.", "Senior Charge Nurses", "31/07/2025", "Complete", "", d5, ra,
           ["Senior Charge Nurses"], "2025-07", None, "blue")

    d7 = "Domain 7 – Quality control"
    domain(d7)
    r3 = ("The provider must develop and implement a programme of clinical audit, with results and actions reported "
          "through its clinical governance structure.")
    requirement(3, r3, "by 30 September 2025", "Regulation 13(2)(a)")
    action("3.1", "Annual clinical audit programme agreed at the Clinical Governance Committee, covering medicines, "
                  "restraint, observations and care planning.",
           "Head of Clinical Services; Quality and Compliance Lead", "30/09/2025", "Complete", "", d7, r3,
           ["Head of Clinical Services", "Quality and Compliance Lead"], "2025-09", None, "blue")
    action("3.2", "Audit results and action plans reported quarterly to the provider board.",
           "Quality and Compliance Lead", "December 2025", "On track", "First quarterly report to the board on "
           "20 November 2025.", d7, r3, ["Quality and Compliance Lead"], "2025-12", None, "green")
    lines.extend(["Recommendations", ""])
    rb = "The service should ensure that learning from complaints is shared with all staff."
    recommendation("b", rb)
    action("b.1", "Complaints themes and learning added to the monthly staff newsletter and ward team meetings.",
           "Hospital Director", "Ongoing – quarterly review", "On track", "", d7, rb,
           ["Hospital Director"], None, "Ongoing – quarterly review", "green")
    rc = "The service should ensure that staff supervision is recorded and takes place in line with its policy."
    recommendation("c", rc)
    action("c.1", "Supervision tracker introduced for all clinical staff and reviewed at the monthly senior team "
                  "meeting.", "Ward Managers", "31/03/2026", "Not started", "", d7, rc,
           ["Ward Managers"], "2026-03", None, "unrated")
    lines.append("End of improvement action plan")
    with open(out(fname), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    meta = dict(
        source=("Imitates the improvement action plan an independent healthcare service in Scotland returns to "
                "Healthcare Improvement Scotland after inspection, arranged by Quality Assurance Framework domain "
                "with numbered requirements (timescale and regulation under each) and lettered recommendations "
                "(https://healthcareimprovementscotland.scot/inspections-reviews-and-regulation/regulation-of-"
                "independent-healthcare/information-for-independent-healthcare-service-providers/how-we-inspect-"
                "independent-healthcare-services), saved as a plain text export with the service's own progress "
                "update. Copied features: header lines, a status key line, ruled domain headings, 'Requirement 1' / "
                "'Recommendation a' labels over the requirement text, regulation lines, and labelled action blocks "
                "(Action x.y, Responsible person, Date for completion, Status, Progress)."),
        reads=("Eight labelled actions under two domains, each answering the requirement or recommendation printed "
               "above it. A reader takes the Action line as the action, the Responsible person line as the lead, "
               "the Date for completion as the end (not the requirement's timescale) and the Status word by the key "
               "line."),
        outcome="read",
        title="Improvement Action Plan",
    )
    write_expected(fname, meta, expected)
    return fname, len(expected)


# ==========================================================================
# 7. Massereene Manor Nursing Home - RQIA QIP tracker (csv)
# ==========================================================================

def make_massereene_csv():
    import csv
    import io
    fname = "zdb-massereene-manor-nursing-home-rqia-care-inspection-qip-tracker.csv"
    ncol = 9
    rows = []

    def pad(*vals):
        v = list(vals)
        return v + [""] * (ncol - len(v))

    title = "Massereene Manor Nursing Home – RQIA Quality Improvement Plan tracker"
    rows.append(pad(title))
    rows.append(pad("RQIA ID: 1473", "Inspection ID: IN046218", "Unannounced care inspection 19 and 20 February 2025"))
    rows.append(pad("Tracker owner: Registered Manager", "Last reviewed: 02/06/2025"))
    rows.append(pad())
    rows.append(["Area for improvement", "Regulation / Standard", "Stated", "Action required (RQIA)",
                 "Response by registered person detailing the actions taken", "Person responsible",
                 "To be completed by", "Status", "Manager's update"])
    s1 = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
    s2 = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    expected = []

    def afi(num, ref, stated, req, resp, person, due, status, upd, sec, leads, end, end_text, st, cont=None):
        rows.append([num, ref, stated, req, resp, person, due, status, upd])
        text = resp
        if cont:
            rows.append(pad("", "", "", "", cont))
            text = resp + "\n" + cont
        d = dict(ref=num, under=[sec, req], action=text, lead=leads, end=end, status=st)
        if end_text:
            d["end_text"] = end_text
        expected.append(d)

    rows.append(pad(s1))
    afi("1", "Regulation 13 (1) (a) and (b)", "First time",
        "The registered person shall ensure that wounds are managed in line with the care plan and that wound care "
        "records are completed contemporaneously.",
        "All wound care plans reviewed by the Clinical Lead.\nWeekly wound audit added to the nurse in charge "
        "checklist.",
        "Clinical Lead", "With immediate effect (19 February 2025)", "B", "Audited 28/03/2025 – 100% compliant.",
        s1, ["Clinical Lead"], "2025-02", "With immediate effect (19 February 2025)", "blue")
    afi("2", "Regulation 27 (4) (b)", "Second time",
        "The registered person shall ensure that fire doors are not wedged or propped open.",
        "Magnetic door holders linked to the fire alarm fitted to the lounge and dining room doors; door checks "
        "included in the daily walkabout.",
        "Home Manager / Maintenance Person", "31 March 2025", "B", "Fitted 12/03/2025.",
        s1, ["Home Manager", "Maintenance Person"], "2025-03", None, "blue")
    afi("3", "Regulation 20 (1) (c) (i)", "First time",
        "The registered person shall ensure that all staff complete mandatory training in adult safeguarding and "
        "fire safety.",
        "Training matrix updated and shared with staff; remaining staff booked on the April safeguarding session.",
        "Home Manager", "30/04/2025", "G", "92% compliant at 31/05/2025.",
        s1, ["Home Manager"], "2025-04", None, "green",
        cont="E-learning compliance to be reviewed at each monthly staff meeting.")
    rows.append(pad(s2))
    afi("4", "Standard 4 Criteria (9)", "First time",
        "The registered person shall ensure that care plans for residents on a modified diet reflect the most "
        "recent speech and language therapy recommendations and IDDSI level.",
        "Care plans and kitchen diet notification forms cross-checked for all 11 residents on a modified diet.",
        "Clinical Lead / Catering Manager", "19 March 2025", "B", "Completed 14/03/2025.",
        s2, ["Clinical Lead", "Catering Manager"], "2025-03", None, "blue")
    afi("5", "Standard 12", "First time",
        "The registered person shall ensure that the daily menu is displayed in a suitable format in each dining "
        "room.",
        "Pictorial menu boards ordered for both dining rooms.",
        "Catering Manager", "Apr-25", "A", "Ground floor board in place; first floor board delayed by supplier.",
        s2, ["Catering Manager"], "2025-04", None, "amber")
    afi("6", "Standard 46 Criteria (2)", "First time",
        "The registered person shall ensure that hand hygiene audits are completed monthly and that deficits are "
        "addressed with staff.",
        "Monthly hand hygiene audit introduced by the IPC Link Nurse, with results displayed in the staff room.",
        "IPC Link Nurse", "May-25", "G", "April and May audits completed.",
        s2, ["IPC Link Nurse"], "2025-05", None, "green")
    afi("7", "Standard 35", "First time",
        "The registered person shall ensure that the monthly monitoring report identifies actions and that these are "
        "followed up.",
        "Monthly monitoring report template revised to include an action log reviewed by the Responsible Individual.",
        "Responsible Individual", "31 August 2025", "", "Not yet due.",
        s2, ["Responsible Individual"], "2025-08", None, "unrated")
    rows.append(pad())
    rows.append(pad("Status key: B = complete and evidenced; G = on track; A = delayed, action in hand; "
                    "R = not met / escalated; blank = not yet due"))
    rows.append(pad("Total areas for improvement: 7 (Regulations 3; Standards 4)"))

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(out(fname), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    meta = dict(
        source=("Imitates a Northern Ireland nursing home's tracker of the Quality Improvement Plan at the end of an "
                "RQIA unannounced care inspection report (areas for improvement under the Nursing Homes Regulations "
                "(Northern Ireland) 2005 and the Care Standards for Nursing Homes, each with Ref, Stated and To be "
                "completed by, and the 'Response by registered person detailing the actions taken'), e.g. the RQIA "
                "Ashbrooke Care Home report https://vdocuments.mx/unannounced-care-inspection-report-3-november-2016-"
                "unannounced-care-inspection.html, saved from Excel as CSV. Copied features: title and inspection "
                "lines, section rows for regulations and standards, area numbers continuing across sections, RQIA's "
                "'With immediate effect (date)' wording, a response cell with an inner line break, a continuation "
                "row carrying only more response text, RAG letters, a status key line and a totals line."),
        reads=("Seven numbered areas for improvement in two sections, each with the home's response as the action, "
               "the person responsible and a completion date. The row after area 3 holds only more response text "
               "and is read as part of area 3's action; the key and totals lines are not actions."),
        outcome="read",
        title=title,
    )
    write_expected(fname, meta, expected)
    return fname, len(expected)


if __name__ == "__main__":
    made = [
        make_nwl_baf(),
        make_whittington_qa(),
        make_dorfman_refuse(),
        make_wwl_psii(),
        make_nelson_hiw(),
        make_surehaven_txt(),
        make_massereene_csv(),
    ]
    for name, n in made:
        print(f"{name}: {n} actions")
