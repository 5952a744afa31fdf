"""Build the seven ij2- blind test files of set heldout278.

Run:  python ij2_make.py              -> writes the seven data files
      python ij2_make.py --expected   -> also writes NAME.expected.yaml beside each

Every data file is written from the tables below; the expected reading of each
action (ref, under, lead, end, status) is written out by hand in the same table,
as a person reads the file, not derived from it.
"""
import csv
import json
import datetime as dt
import os
import sys

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "band": "1F3864",
    "rec": "DEEAF6",
    "head": "BDD7EE",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(color):
    return PatternFill("solid", start_color=FILL.get(color, color), end_color=FILL.get(color, color))


def d(y, m, day):
    return dt.datetime(y, m, day)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


CASES = []

# ---------------------------------------------------------------------------
# 1. Slough Safeguarding Partnership - SAR 'Adult K' action plan (xlsx)
# ---------------------------------------------------------------------------
SL_NAME = "ij2-slough-safeguarding-partnership-sar-adult-k-action-plan.xlsx"
SL_T1 = "Theme 1 – Self-neglect and engagement"
SL_T2 = "Theme 2 – Information sharing and escalation"
SL_R1 = ("Recommendation 1: Slough Safeguarding Partnership should seek assurance that partner agencies use "
         "the multi-agency self-neglect and hoarding protocol where an adult repeatedly declines care and support.")
SL_R2 = ("Recommendation 2: Adult Social Care and health partners should ensure that mental capacity assessments "
         "consider executive functioning, and that this is recorded.")
SL_R3 = ("Recommendation 3: Partners should ensure that concerns about an adult who does not attend health "
         "appointments are shared with the GP and, where risk is high, escalated through the multi-agency risk "
         "management (MARM) process.")
# rows: (ref, action, lead cell, target, revised, progress, evidence, fill)
SL_ROWS = [
    ("theme", SL_T1),
    ("rec", SL_R1),
    ("1.1", "Relaunch the multi-agency self-neglect and hoarding protocol through a practitioner briefing and a "
            "7-minute briefing.",
     "Partnership Business Manager", d(2024, 10, 31), None,
     "Protocol relaunched at the October practitioner forum (86 attendees). 7-minute briefing circulated to all partners.",
     "Post-briefing survey: 78% of respondents confident in using the protocol.", "blue"),
    ("1.2", "Undertake a multi-agency audit of self-neglect cases to test use of the protocol and escalation.",
     "Chair, Quality Assurance Subgroup", d(2025, 1, 31), d(2025, 4, 30),
     "Audit tool agreed. Audit delayed because of case sampling issues; now scheduled for March 2025.",
     None, "amber"),
    ("rec", SL_R2),
    ("2.1", "Deliver training on executive capacity and ‘saying and doing’ to adult social care and community "
            "health practitioners.",
     "Principal Social Worker (Adults); Named Nurse Safeguarding Adults, Wexham Park Hospital",
     d(2025, 3, 31), None,
     "Two sessions delivered (November 2024, January 2025); a third is booked for March.", None, "green"),
    ("2.2", "Amend the Adult Social Care mental capacity assessment template to prompt consideration of "
            "executive functioning.",
     "Head of Adult Social Care Practice & Quality", d(2024, 12, 31), None,
     "Template amended on the case management system and live from 2 December 2024.",
     "Dip-sample of 20 assessments in January: 15 referenced executive functioning.", "blue"),
    ("theme", SL_T2),
    ("rec", SL_R3),
    ("3.1", "Review the Was Not Brought / Did Not Attend policies of the acute and community trusts so that they "
            "include adults with care and support needs.",
     "Head of Safeguarding, Frimley Health NHS Foundation Trust", d(2025, 2, 28), None,
     "Frimley Health policy updated. Community trust review not yet started.", None, "amber"),
    ("3.2", "Launch the MARM guidance and referral pathway across Slough, with a named MARM coordinator.",
     "Head of Adult Safeguarding, Slough Borough Council", d(2024, 9, 30), d(2025, 6, 30),
     "Guidance drafted. Coordinator recruited but starts in April 2025, so launch moved to June 2025.",
     None, "red"),
    ("3.3", "Add the learning from this review to the multi-agency safeguarding adults training offer.",
     "SAR & Learning Subgroup Chair / Workforce Development Lead", "Ongoing", None,
     "Case study added to the Level 3 multi-agency course from September 2024.", None, "green"),
]
CASES.append({
    "file": SL_NAME,
    "source": ("Imitates a Safeguarding Adults Review action plan of the kind Slough Safeguarding Partnership (and "
               "other SABs) publish after a SAR, 2024-25: a document-control sheet, then an action-plan sheet with "
               "a merged title, a RAG key drawn as coloured cells, learning-theme bands and each SAR recommendation "
               "as a full-width row above its numbered actions; target and revised dates as date cells, progress "
               "and evidence-of-impact columns, job titles as leads, and RAG shown only by the fill colour of an "
               "empty cell. A notes line closes the sheet."),
    "reads": ("Two sheets: document control (version history, not actions) and the action plan. The plan has two "
              "learning themes and three recommendations with seven numbered actions; each action's status is the "
              "colour of its RAG cell, and where a revised date is given it replaces the target date."),
    "outcome": "read",
    "title": "Slough Safeguarding Partnership – SAR Adult K Action Plan",
    "actions": [
        act("1.1", [SL_T1, SL_R1], SL_ROWS[2][1], ["Partnership Business Manager"], "2024-10", "blue"),
        act("1.2", [SL_T1, SL_R1], SL_ROWS[3][1], ["Chair, Quality Assurance Subgroup"], "2025-04", "amber"),
        act("2.1", [SL_T1, SL_R2], SL_ROWS[5][1],
            ["Principal Social Worker (Adults)", "Named Nurse Safeguarding Adults, Wexham Park Hospital"],
            "2025-03", "green"),
        act("2.2", [SL_T1, SL_R2], SL_ROWS[6][1], ["Head of Adult Social Care Practice & Quality"], "2024-12", "blue"),
        act("3.1", [SL_T2, SL_R3], SL_ROWS[9][1],
            ["Head of Safeguarding, Frimley Health NHS Foundation Trust"], "2025-02", "amber"),
        act("3.2", [SL_T2, SL_R3], SL_ROWS[10][1],
            ["Head of Adult Safeguarding, Slough Borough Council"], "2025-06", "red"),
        act("3.3", [SL_T2, SL_R3], SL_ROWS[11][1],
            ["SAR & Learning Subgroup Chair", "Workforce Development Lead"], None, "green", end_text="Ongoing"),
    ],
}
)


def build_slough(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Document control"
    ws["A1"] = "Slough Safeguarding Partnership"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Safeguarding Adults Review: ‘Adult K’ – Multi-agency Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Changes"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("head")
        cell.border = BOX
    hist = [
        ("0.1", d(2024, 6, 12), "SAR Business Support Officer", "First draft following SAR panel"),
        ("1.0", d(2024, 7, 18), "Partnership Business Manager", "Approved by the Safeguarding Executive Board"),
        ("1.2", d(2024, 10, 21), "Partnership Business Manager", "Q2 progress updates added"),
        ("1.3", d(2025, 1, 20), "Partnership Business Manager", "Q3 progress updates added; revised dates for 1.2 and 3.2"),
    ]
    for r, row in enumerate(hist, 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    ws["A11"] = "SAR published: 25 July 2024. Monitoring group: SAR & Learning Subgroup (quarterly)."
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 32
    ws.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:H1")
    ws["A1"] = "Slough Safeguarding Partnership – SAR Adult K Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Progress position as at 20 January 2025 – monitored by the SAR & Learning Subgroup"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for col, (txt, colr) in zip("BCDE", [("Not started / off track", "red"), ("In progress – some risk", "amber"),
                                          ("On track", "green"), ("Complete", "blue")]):
        ws[f"{col}3"] = txt
        ws[f"{col}3"].fill = fill(colr)
        ws[f"{col}3"].border = BOX
    headers = ["Ref", "Action", "Lead", "Target date", "Revised date", "Progress update (January 2025)",
               "Evidence of impact", "RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("head")
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    for row in SL_ROWS:
        if row[0] == "theme":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            cell = ws.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("band")
        elif row[0] == "rec":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            cell = ws.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True)
            cell.fill = fill("rec")
            cell.alignment = WRAP
            ws.row_dimensions[r].height = 32
        else:
            ref, action, lead, target, revised, progress, evidence, colr = row
            vals = [ref, action, lead, target, revised, progress, evidence, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(colr)
        r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1, value=("Notes: Actions are closed by the SAR & Learning Subgroup once evidence of impact "
                                    "is received. Blue-rated actions will be removed from the next version of this plan."))
    widths = [7, 48, 30, 12, 12, 45, 36, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws.freeze_panes = "A6"
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Hull University Teaching Hospitals - Trust Board action tracking list (xlsx, REFUSE)
# ---------------------------------------------------------------------------
HU_NAME = "ij2-hull-university-teaching-hospitals-trust-board-action-tracking-list-typo-month-refuse.xlsx"
HU_ROWS = [
    ("group", "July 2025"),
    ("07.01", "Integrated Performance Report",
     "Provide a breakdown of cancer 62-day performance by tumour site, including the recovery trajectory for urology.",
     "COO", "September 2025", None, "On September agenda"),
    ("07.02", "Freedom to Speak Up Guardian annual report",
     "Bring back an update on the response to themes raised by resident doctors.",
     "CPO", "November 2025", None, "Not yet due"),
    ("07.03", "Maternity and neonatal safety report",
     "Circulate the outcome of the Maternity Incentive Scheme year 7 submission to Board members.",
     "CNO / DoM", "October 2025", None, "Not yet due"),
    ("group", "May 2025"),
    ("05.01", "Board Assurance Framework",
     "Review the scoring of BAF risk 5 (estates backlog maintenance) at the Performance and Finance Committee.",
     "CFO", "July 2025", "September 2025", "Deferred – on P&F Committee agenda 22 September"),
    ("05.02", "Patient story",
     "Share the learning from the patient story with the Emergency Department team and report back on changes made.",
     "CNO", "July 2025", None, "Complete – update given in Chief Nurse report, July 2025"),
    ("05.03", "Research and Development annual report",
     "Arrange a Board development session on the research strategy.",
     "CMO / DCA", "October 2025", "Decmber 2025", "Date to be confirmed with the Chair"),
    ("group", "March 2025"),
    ("03.01", "Staff survey results 2024",
     "Provide an analysis of staff survey results by staff group and ethnicity.",
     "CPO", "May 2025", "September 2025", "Analysis presented to People Committee; summary to September Board"),
    ("03.02", "Digital strategy",
     "Confirm the timeline for the electronic patient record optimisation programme.",
     "CDIO", "June 2025", None, "Complete"),
]
HU_TYPO_ROW = 13  # checked after building
CASES.append({
    "file": HU_NAME,
    "source": ("Imitates the Trust Board action tracking list that Hull University Teaching Hospitals NHS Trust "
               "(formerly Hull and East Yorkshire Hospitals) attaches to its public Board papers under Matters "
               "Arising, 2025: capitalised trust name and list title, 'actions arising from Board meetings' line "
               "with update date, columns No / Paper / Action / Lead / Target date / New date / Status-comment, "
               "actions grouped under a row per meeting month (newest first), leads as executive initials, and an "
               "abbreviations sheet."),
    "reads": ("A board action log of eight actions from the July, May and March 2025 Board meetings. Action 05.03 "
              "has its new date written as 'Decmber 2025', a mistyped month in an end cell, so a careful reader "
              "stops and asks what date was meant rather than read the log."),
    "outcome": "refuse",
    "refuse_at": HU_TYPO_ROW,
    "title": "TRUST BOARD ACTION TRACKING LIST",
}
)


def build_hull(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Tracker"
    ws.merge_cells("A1:G1")
    ws["A1"] = "HULL UNIVERSITY TEACHING HOSPITALS NHS TRUST"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:G2")
    ws["A2"] = "TRUST BOARD ACTION TRACKING LIST"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A3:G3")
    ws["A3"] = "Actions arising from Board meetings held in public (updated 2 September 2025)"
    ws["A3"].alignment = Alignment(horizontal="center")
    headers = ["No", "Paper", "Action", "Lead", "Target date", "New date", "Status / comment"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("head")
        cell.border = BOX
    r = 6
    typo_row = None
    for row in HU_ROWS:
        if row[0] == "group":
            cell = ws.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True)
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = fill("grey")
        else:
            for c, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            if row[5] == "Decmber 2025":
                typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Complete actions will be removed from the tracker once noted by the Board.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFG", [8, 26, 60, 12, 15, 15, 40]):
        ws.column_dimensions[col].width = w
    assert typo_row == HU_TYPO_ROW, typo_row

    ab = wb.create_sheet("Abbreviations")
    ab["A1"] = "Abbreviation"
    ab["B1"] = "Post"
    ab["A1"].font = ab["B1"].font = Font(bold=True)
    for i, (a, p) in enumerate([
        ("CDIO", "Chief Digital Information Officer"), ("CFO", "Chief Financial Officer"),
        ("CMO", "Chief Medical Officer"), ("CNO", "Chief Nurse"), ("COO", "Chief Operating Officer"),
        ("CPO", "Chief People Officer"), ("DCA", "Director of Corporate Affairs"),
        ("DoM", "Director of Midwifery"), ("P&F", "Performance and Finance"),
    ], 2):
        ab.cell(row=i, column=1, value=a)
        ab.cell(row=i, column=2, value=p)
    ab.column_dimensions["A"].width = 14
    ab.column_dimensions["B"].width = 40
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Knowsley Council - corporate risk register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
KN_NAME = "ij2-knowsley-council-corporate-risk-register-q3-2025-26.xlsx"
KN_R1 = "CR01 Medium-term financial sustainability"
KN_R4 = "CR04 Increasing demand in children's social care"
KN_R7 = "CR07 Cyber security and business continuity"
# (risk, ref, action, owner, original, revised, progress, rag)
KN_ROWS = [
    (KN_R1, "CR01.1", "Deliver the 2026/27 budget savings programme of £9.8m, with monthly monitoring through the "
                      "Budget Delivery Board.",
     "Executive Director (Resources)", d(2026, 3, 31), None,
     "Savings of £7.1m identified and approved in principle; remaining proposals go to Cabinet in February.", "Amber"),
    (KN_R1, "CR01.2", "Refresh the Medium Term Financial Strategy to reflect the provisional Local Government "
                      "Finance Settlement.",
     "Director of Finance (Section 151 Officer)", d(2026, 2, 28), None,
     "Draft MTFS reported to Cabinet on 14 January 2026.", "Green"),
    (KN_R1, "CR01.3", "Review the reserves strategy and the minimum level of general fund balance.",
     "Director of Finance (Section 151 Officer)", d(2025, 9, 30), d(2025, 11, 30),
     "Reserves review completed and reported to Council in November 2025.", "Complete"),
    (KN_R4, "CR04.1", "Implement the Family Help front door model with partners, in line with the Children's "
                      "Social Care reforms.",
     "Director of Children's Social Care & Early Help", d(2026, 4, 30), None,
     "Family Help hubs open in Kirkby and Huyton; Prescot and Halewood hubs on track for April.", "Green"),
    (KN_R4, "CR04.2", "Increase in-house foster carer sufficiency through the fostering recruitment campaign.",
     "Head of Service – Children in Care", d(2025, 12, 31), d(2026, 6, 30),
     "Net gain of 6 fostering households against a target of 12. Campaign extended into 2026.", "Red"),
    (KN_R7, "CR07.1", "Complete the Public Services Network (PSN) compliance remediation plan.",
     "Head of ICT & Digital", d(2025, 10, 31), None,
     "PSN compliance certificate received 24 October 2025.", "Complete"),
    (KN_R7, "CR07.2", "Run a council-wide cyber incident exercise with the Executive Management Team.",
     "Head of ICT & Digital; Emergency Planning Manager", "Q4 2025/26", None,
     "Exercise booked for 10 March 2026 with the LGA cyber team.", "Green"),
]
KN_RAGFILL = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
CASES.append({
    "file": KN_NAME,
    "source": ("Imitates the quarterly corporate risk register that Knowsley Council reports to its Governance and "
               "Audit Committee (Q3 2025/26): a risk summary sheet (likelihood x impact scores for inherent, Q2, Q3 "
               "and target, direction of travel, score key) and a further-mitigating-actions sheet with the risk "
               "named in a cell merged down over its actions, original and revised target dates, quarterly "
               "progress and a RAG word with matching fill; a source note at the foot."),
    "reads": ("The summary sheet lists the risks and their scores and has no actions. The actions sheet has seven "
              "mitigating actions under three corporate risks; the revised target date, where given, is the end, "
              "and 'Complete' reads as blue."),
    "outcome": "read",
    "title": "Corporate Risk Register – Quarter 3 2025/26",
    "actions": [
        act("CR01.1", [KN_R1], KN_ROWS[0][2], ["Executive Director (Resources)"], "2026-03", "amber"),
        act("CR01.2", [KN_R1], KN_ROWS[1][2], ["Director of Finance (Section 151 Officer)"], "2026-02", "green"),
        act("CR01.3", [KN_R1], KN_ROWS[2][2], ["Director of Finance (Section 151 Officer)"], "2025-11", "blue"),
        act("CR04.1", [KN_R4], KN_ROWS[3][2], ["Director of Children's Social Care & Early Help"], "2026-04", "green"),
        act("CR04.2", [KN_R4], KN_ROWS[4][2], ["Head of Service – Children in Care"], "2026-06", "red"),
        act("CR07.1", [KN_R7], KN_ROWS[5][2], ["Head of ICT & Digital"], "2025-10", "blue"),
        act("CR07.2", [KN_R7], KN_ROWS[6][2], ["Head of ICT & Digital", "Emergency Planning Manager"], "2026-03",
            "green"),
    ],
}
)


def build_knowsley(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Risk Summary"
    ws["A1"] = "Knowsley Metropolitan Borough Council"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Corporate Risk Register – Quarter 3 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 31 December 2025. Reported to Governance and Audit Committee, 28 January 2026."
    headers = ["Risk ref", "Risk title", "Risk owner", "Inherent score", "Q2 score", "Q3 score", "Target score",
               "Direction of travel"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("head")
        cell.border = BOX
        cell.alignment = WRAP
    summary = [
        ("CR01", "Medium-term financial sustainability", "Executive Director (Resources)", 25, 20, 20, 12, "↔"),
        ("CR04", "Increasing demand in children's social care", "Executive Director (Children's Services)", 25, 20,
         16, 12, "↓"),
        ("CR07", "Cyber security and business continuity", "Executive Director (Resources)", 20, 16, 16, 9, "↔"),
        ("CR12", "Recruitment and retention in hard-to-fill roles", "Chief Executive", 16, 12, 12, 8, "↔"),
    ]

    def band(score):
        return "red" if score >= 15 else ("amber" if score >= 8 else "green")

    for r, row in enumerate(summary, 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if c in (4, 5, 6, 7):
                cell.fill = fill(band(v))
                cell.alignment = Alignment(horizontal="center")
    ws["A11"] = "Total corporate risks reported this quarter: 4 (3 with further mitigating actions shown on the next sheet)."
    ws["A13"] = "Score key: likelihood x impact (each 1–5). 15–25 High (red); 8–12 Medium (amber); 1–6 Low (green)."
    ws["A13"].font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [9, 44, 38, 10, 10, 10, 10, 12]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Mitigating Actions")
    ws.merge_cells("A1:H1")
    ws["A1"] = "Corporate Risk Register Q3 2025/26 – Further mitigating actions"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:H2")
    ws["A2"] = ("RAG: Green – on track; Amber – some slippage, recoverable; Red – significant slippage; "
                "Complete – action delivered")
    ws["A2"].font = Font(italic=True)
    headers = ["Risk", "Action ref", "Further mitigating action", "Action owner", "Original target date",
               "Revised target date", "Q3 progress update", "RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("head")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    start = {}
    for row in KN_ROWS:
        risk = row[0]
        if risk not in start:
            start[risk] = r
            ws.cell(row=r, column=1, value=risk)
        for c, v in enumerate(row[1:], 2):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd-mmm-yy"
        ws.cell(row=r, column=8).fill = fill(KN_RAGFILL[row[7]])
        ws.cell(row=r, column=1).border = BOX
        r += 1
    last = r - 1
    risks = list(start)
    for i, risk in enumerate(risks):
        s = start[risk]
        e = (start[risks[i + 1]] - 1) if i + 1 < len(risks) else last
        ws.merge_cells(start_row=s, start_column=1, end_row=e, end_column=1)
        cell = ws.cell(row=s, column=1)
        cell.alignment = WRAP
        cell.font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value=("Source: Pentana risk module extract, 5 January 2026. Risk scores are reviewed "
                                    "quarterly by the Executive Management Team."))
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [24, 9, 50, 30, 13, 13, 48, 10]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=8):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Safer Halton Partnership - DHR 'Joanne' action plan (docx)
# ---------------------------------------------------------------------------
HA_NAME = "ij2-safer-halton-partnership-dhr-joanne-action-plan.docx"
HA_PA = "Part A: Overview Report Recommendations"
HA_PB = "Part B: Single Agency Recommendations"
HA_R1 = ("Recommendation 1: Safer Halton Partnership to assure itself that domestic abuse training for "
         "practitioners covers economic abuse and coercive control in older people’s relationships.")
HA_R2 = ("Recommendation 2: Cheshire Constabulary and Halton Borough Council to review how repeat low-level "
         "domestic incidents are identified and shared with adult social care.")
HA_R3 = ("Recommendation 3: Health partners to ensure routine enquiry about domestic abuse is made when an older "
         "patient presents with unexplained injuries.")
HA_A = [
    # (no, rec, scope, action, lead agency, milestones, target, outcome, rag)
    ("1.1", HA_R1, "Local",
     "Commission and deliver a training module on economic abuse and coercive control in older people’s "
     "relationships.",
     "Halton Borough Council (Community Safety Team)",
     "Module written with Halton Domestic Abuse Service\nPilot session held 16 October 2024",
     "December 2024", "Module delivered to 112 practitioners by 31/01/2025. Evaluation positive.", "Blue"),
    ("1.2", HA_R1, "Local",
     "Add the module to the partnership training calendar and monitor take-up by agency.",
     "Halton Safeguarding Adults Board / Halton Children and Young People Safeguarding Partnership",
     "Quarterly take-up report to the Domestic Abuse Partnership Board", "Ongoing", "", "Green"),
    ("2.1", HA_R2, "Local",
     "Review the triage of police Public Protection Notices (PPNs) so that a third incident within 12 months "
     "triggers a referral to the MASH.",
     "Cheshire Constabulary",
     "Triage criteria revised\nBriefing for Widnes and Runcorn response officers",
     "31/03/2025", "Revised criteria live from 3 February 2025; dip-sample planned for April.", "Green"),
    ("3.1", HA_R3, "Regional (Cheshire and Merseyside)",
     "Include routine enquiry prompts in the GP safeguarding template and in the emergency department frailty "
     "assessment.",
     "NHS Cheshire and Merseyside ICB (Halton Place) & Warrington and Halton Teaching Hospitals NHS FT",
     "ED prompt added to frailty assessment\nGP template change requested from system supplier",
     "Sept 2024 – March 2025", "ED prompt live. GP template change awaiting supplier release.", "Amber"),
]
HA_B = [
    # (no, agency, recommendation, action, lead officer, target, progress, rag)
    ("B1", "Bridgewater Community Healthcare NHS FT",
     "District nursing staff to record who is present during home visits and to see the patient alone where possible.",
     "Issue practice guidance on seeing patients alone and recording others present, and audit compliance.",
     "Head of Safeguarding", "30/11/2024", "Guidance issued August 2024. Audit (n=40) showed 85% compliance.", "Blue"),
    ("B2", "Halton Borough Council – Adult Social Care",
     "Carers’ assessments to explore the carer’s own needs and any risks in the caring relationship.",
     "Revise the carer’s assessment form and deliver briefings to the Initial Assessment Team.",
     "Principal Social Worker", "January 2025", "Form revised; briefings delivered to 2 of 3 teams.", "Amber"),
    ("B3", "Halton Housing",
     "Housing officers to be trained to recognise and refer domestic abuse, including abuse of older tenants.",
     "Include domestic abuse awareness in housing officer induction and achieve DAHA accreditation.",
     "Director of Customer Services, Halton Housing", "December 2025",
     "DAHA accreditation application submitted.", "Green"),
]
RAGHEX = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "00B0F0",
          "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0"}
CASES.append({
    "file": HA_NAME,
    "source": ("Imitates a Domestic Homicide Review action plan of the kind Safer Halton Partnership (the Halton "
               "community safety partnership) publishes with a DHR overview report, 2024-25, built on the Home "
               "Office DHR action plan template: title lines, a document-control table, a RAG key table, then "
               "Part A (overview report recommendations: No. / Recommendation / Scope / Action to take / Lead "
               "agency / Key milestones / Target date / Completion date and outcome / RAG, with a recommendation "
               "cell merged down over its two actions and milestones as separate lines) and Part B (single agency "
               "recommendations, one table row each with agency, recommendation, action and lead officer)."),
    "reads": ("A landscape Word action plan with four tables: document control and RAG key (not actions), then "
              "Part A with four actions under three overview recommendations and Part B with three single-agency "
              "actions. Leads are agencies in Part A and posts in Part B; the RAG is a word in the last column."),
    "outcome": "read",
    "title": "Domestic Homicide Review ‘Joanne’: Action Plan",
    "actions": [
        act("1.1", [HA_PA, HA_R1], HA_A[0][3], ["Halton Borough Council (Community Safety Team)"], "2024-12", "blue"),
        act("1.2", [HA_PA, HA_R1], HA_A[1][3],
            ["Halton Safeguarding Adults Board", "Halton Children and Young People Safeguarding Partnership"],
            None, "green", end_text="Ongoing"),
        act("2.1", [HA_PA, HA_R2], HA_A[2][3], ["Cheshire Constabulary"], "2025-03", "green"),
        act("3.1", [HA_PA, HA_R3], HA_A[3][3],
            ["NHS Cheshire and Merseyside ICB (Halton Place)", "Warrington and Halton Teaching Hospitals NHS FT"],
            "2025-03", "amber", end_text="Sept 2024 – March 2025"),
        act("B1", [HA_PB, HA_B[0][2]], HA_B[0][3], ["Head of Safeguarding"], "2024-11", "blue"),
        act("B2", [HA_PB, HA_B[1][2]], HA_B[1][3], ["Principal Social Worker"], "2025-01", "amber"),
        act("B3", [HA_PB, HA_B[2][2]], HA_B[2][3], ["Director of Customer Services, Halton Housing"], "2025-12",
            "green"),
    ],
}
)


def build_halton(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Safer Halton Partnership")
    doc.add_heading("Domestic Homicide Review ‘Joanne’: Action Plan", level=1)
    doc.add_paragraph("Overview Report and Single Agency Recommendations – Version 4, updated for the Safer Halton "
                      "Partnership Board, 12 March 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Community Safety Manager, Halton Borough Council"),
                 ("Home Office Quality Assurance Panel letter", "14 November 2023"),
                 ("Overview report published", "8 February 2024"),
                 ("Monitored by", "DHR Action Plan Monitoring Group (quarterly)"),
                 ("Next review", "June 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=9)
        set_cell(row[1], v, size=9)

    doc.add_paragraph()
    doc.add_paragraph("RAG key")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Red", "Not started or off track"), ("Amber", "Started, at risk of delay"),
                 ("Green", "In progress and on track"), ("Blue", "Complete and evidenced")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=9)
        shade(row[0], RAGHEX[k])
        set_cell(row[1], v, size=9)

    doc.add_heading(HA_PA, level=2)
    heads = ["No.", "Recommendation", "Scope", "Action to take", "Lead agency",
             "Key milestones achieved in enacting recommendation", "Target date", "Completion date and outcome", "RAG"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "BDD7EE")
    rec_rows = {}
    for a in HA_A:
        row = t.add_row()
        cells = row.cells
        vals = [a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]]
        for c, v in enumerate(vals):
            if c == 1:
                continue
            set_cell(cells[c], v)
        shade(cells[8], RAGHEX[a[8]])
        rec_rows.setdefault(a[1], []).append(row)
    for rec, rows in rec_rows.items():
        first = rows[0].cells[1]
        if len(rows) > 1:
            first = first.merge(rows[-1].cells[1])
        set_cell(first, rec)

    doc.add_heading(HA_PB, level=2)
    heads = ["No.", "Agency", "Recommendation", "Action", "Lead officer", "Target date", "Progress / outcome", "RAG"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "BDD7EE")
    for b in HA_B:
        cells = t.add_row().cells
        for c, v in enumerate(b):
            set_cell(cells[c], v)
        shade(cells[7], RAGHEX[b[7]])
    doc.add_paragraph()
    doc.add_paragraph("Completed actions are reported to the Safer Halton Partnership Board and, on closure of the "
                      "plan, to the Home Office.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Medway NHS Foundation Trust - maternity and neonatal improvement plan (docx)
# ---------------------------------------------------------------------------
MD_NAME = "ij2-medway-nhsft-maternity-neonatal-improvement-plan.docx"
MD_T1 = "Theme 1: Listening to and working with women and families with compassion"
MD_T2 = "Theme 2: Growing, retaining and supporting our workforce"
MD_T3 = "Theme 3: Developing and sustaining a culture of safety, learning and support"
MD_T4 = "Theme 4: Meeting and improving standards and structures"
MD_O1 = "Objective 1: Care that is personalised"
MD_O2 = "Objective 2: Improve equity for mothers and babies"
MD_O3 = "Objective 3: Work with service users to improve care"
MD_O4 = "Objective 4: Grow our workforce"
MD_O6 = "Objective 6: Develop and sustain skills"
MD_O7 = "Objective 7: Develop a positive safety culture"
MD_O8 = "Objective 8: Learning and improving"
MD_O10 = "Objective 10: Standards to ensure best practice"
MD_O12 = "Objective 12: Make better use of digital technology"
# theme -> list of ("obj", text) or (ref, action, source, lead, due, revised, progress, prev, curr)
MD_PLAN = [
    (MD_T1, [
        ("obj", MD_O1),
        ("1.1", "Offer every woman a personalised care and support plan at booking and review it at each antenatal "
                "contact.", "3YDP", "Community Midwifery Matron", "Mar-25", "Sep-25",
         "Personalised care plan live in BadgerNet. April audit: 71% of records had a reviewed plan at 28 weeks.",
         "A", "A"),
        ("obj", MD_O2),
        ("2.1", "Implement the equity and equality action plan, including continuity of carer for women from Black "
                "and Asian ethnic groups and from the most deprived areas.", "3YDP / LMNS",
         "Consultant Midwife (Public Health); LMNS Equity Lead", "31/03/2026", "",
         "Enhanced continuity team for Chatham and Gillingham launched in April 2025.", "G", "G"),
        ("obj", MD_O3),
        ("3.1", "Fund the Maternity and Neonatal Voices Partnership (MNVP) lead in line with national guidance and "
                "agree an annual work plan.", "3YDP", "Director of Midwifery", "Dec-24", "",
         "MNVP lead in post; 2025/26 work plan agreed at the April MNVP meeting.", "G", "B"),
    ]),
    (MD_T2, [
        ("obj", MD_O4),
        ("4.1", "Complete a Birthrate Plus® midwifery workforce review and present the funded establishment to the "
                "Board.", "MIS safety action 5", "Director of Midwifery", "Jun-25", "",
         "Birthrate Plus® report received May 2025; Board paper in this pack.", "G", "G"),
        ("obj", MD_O6),
        ("6.1", "Ensure 90% of each staff group has completed PROMPT and fetal monitoring training in the last 12 "
                "months.", "MIS safety action 8 / CQC should-do",
         "Practice Development Midwife; Obstetric Fetal Monitoring Lead", "Nov-25", "",
         "Midwives 94%, obstetric consultants 88%, anaesthetists 81%. Additional dates booked.", "A", "A"),
    ]),
    (MD_T3, [
        ("obj", MD_O7),
        ("7.1", "Complete the Perinatal Culture and Leadership Programme (PCLP) and act on the SCORE culture survey.",
         "3YDP", "Perinatal quadrumvirate", "Sep-24", "Jun-25",
         "SCORE survey completed; three culture improvement actions agreed with staff.", "A", "G"),
        ("obj", MD_O8),
        ("8.1", "Transition maternity incident review to PSIRF, with Patient Safety Incident Investigations (PSIIs) "
                "completed within agreed timescales.", "3YDP / CQC must-do", "Head of Midwifery Governance",
         "Mar-25", "", "PSIRF live. 2 of 4 PSIIs exceeded timescales; recovery plan agreed.", "R", "R"),
    ]),
    (MD_T4, [
        ("obj", MD_O10),
        ("10.1", "Fully implement version 3.1 of the Saving Babies’ Lives Care Bundle (all six elements).",
         "MIS safety action 6", "Obstetric Lead for SBLCB / Lead Midwife for Quality", "Q2 2025/26", "",
         "Five of six elements at 70% or more; element 2 (fetal growth) at 62%.", "A", "A"),
        ("obj", MD_O12),
        ("12.1", "Enable women to access their maternity records through the BadgerNotes app.", "3YDP",
         "Digital Midwife", "Mar-25", "", "Live from February 2025.", "G", "B"),
    ]),
]
CASES.append({
    "file": MD_NAME,
    "source": ("Imitates a maternity and neonatal improvement plan as an NHS trust such as Medway NHS Foundation "
               "Trust reports it to its public Trust Board, 2025, organised on NHS England's three-year delivery "
               "plan for maternity and neonatal services: trust name and report title, a cover table (author, "
               "executive sponsor, purpose, previous consideration), a progress summary table of counts by theme "
               "with a total row, a letter RAG key, then one table per theme with full-width objective rows, "
               "source column (3YDP, MIS safety action, CQC), due and revised due dates, progress, and Previous "
               "and Current RAG letters in shaded cells."),
    "reads": ("A Word board report: the cover, summary and key tables carry no actions; four theme tables hold nine "
              "numbered actions, each under its theme and the 3YDP objective row above it. Status is the Current "
              "RAG letter (B = complete) and a revised due date replaces the original."),
    "outcome": "read",
    "title": "Maternity and Neonatal Improvement Plan",
    "actions": [
        act("1.1", [MD_T1, MD_O1], MD_PLAN[0][1][1][1], ["Community Midwifery Matron"], "2025-09", "amber"),
        act("2.1", [MD_T1, MD_O2], MD_PLAN[0][1][3][1],
            ["Consultant Midwife (Public Health)", "LMNS Equity Lead"], "2026-03", "green"),
        act("3.1", [MD_T1, MD_O3], MD_PLAN[0][1][5][1], ["Director of Midwifery"], "2024-12", "blue"),
        act("4.1", [MD_T2, MD_O4], MD_PLAN[1][1][1][1], ["Director of Midwifery"], "2025-06", "green"),
        act("6.1", [MD_T2, MD_O6], MD_PLAN[1][1][3][1],
            ["Practice Development Midwife", "Obstetric Fetal Monitoring Lead"], "2025-11", "amber"),
        act("7.1", [MD_T3, MD_O7], MD_PLAN[2][1][1][1], ["Perinatal quadrumvirate"], "2025-06", "green"),
        act("8.1", [MD_T3, MD_O8], MD_PLAN[2][1][3][1], ["Head of Midwifery Governance"], "2025-03", "red"),
        act("10.1", [MD_T4, MD_O10], MD_PLAN[3][1][1][1],
            ["Obstetric Lead for SBLCB", "Lead Midwife for Quality"], "2025-09", "amber"),
        act("12.1", [MD_T4, MD_O12], MD_PLAN[3][1][3][1], ["Digital Midwife"], "2025-03", "blue"),
    ],
}
)


def build_medway(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Medway NHS Foundation Trust")
    doc.add_heading("Maternity and Neonatal Improvement Plan", level=1)
    doc.add_paragraph("Trust Board (Public) – 5 June 2025 – Agenda item 9.2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Report from", "Director of Midwifery"), ("Executive sponsor", "Chief Nursing Officer"),
                 ("Purpose", "Assurance"),
                 ("Previous consideration", "Quality Assurance Committee, 22 May 2025; Maternity Assurance Group, "
                                            "13 May 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=9)
        set_cell(row[1], v, size=9)

    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph("The plan brings together actions from the three-year delivery plan for maternity and neonatal "
                      "services (3YDP), the CQC maternity inspection report and the Maternity Incentive Scheme (MIS) "
                      "year 7. The table shows the position of the actions reported to the Board this quarter.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["Theme", "Actions", "Complete (B)", "On track (G)", "At risk (A)", "Off track (R)"]):
        set_cell(t.rows[0].cells[c], h, bold=True, size=9)
    counts = []
    tot = [0, 0, 0, 0, 0]
    for theme, rows in MD_PLAN:
        acts = [r for r in rows if r[0] != "obj"]
        cur = [r[8] for r in acts]
        line = [len(acts), cur.count("B"), cur.count("G"), cur.count("A"), cur.count("R")]
        tot = [a + b for a, b in zip(tot, line)]
        counts.append((theme.split(":")[0], line))
    counts.append(("Total", tot))
    for name, line in counts:
        cells = t.add_row().cells
        set_cell(cells[0], name, bold=(name == "Total"), size=9)
        for c, v in enumerate(line, 1):
            set_cell(cells[c], str(v), bold=(name == "Total"), size=9)

    doc.add_paragraph()
    doc.add_paragraph("RAG key")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("B", "Complete – evidence accepted by the Maternity Assurance Group"),
                 ("G", "On track to deliver by the due date"), ("A", "At risk – mitigations in place"),
                 ("R", "Off track – escalated to the Quality Assurance Committee")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=9)
        shade(row[0], RAGHEX[k])
        set_cell(row[1], v, size=9)

    doc.add_heading("2. Improvement plan by theme", level=2)
    heads = ["Ref", "Action", "Source", "Lead", "Due date", "Revised due date", "Progress this period",
             "Previous RAG", "Current RAG"]
    for theme, rows in MD_PLAN:
        doc.add_heading(theme, level=3)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in enumerate(heads):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "D9E2F3")
        for r in rows:
            row = t.add_row()
            if r[0] == "obj":
                merged = row.cells[0].merge(row.cells[len(heads) - 1])
                set_cell(merged, r[1], bold=True)
                shade(merged, "F2F2F2")
                continue
            cells = row.cells
            for c, v in enumerate(r):
                set_cell(cells[c], v)
            shade(cells[7], RAGHEX[r[7]])
            shade(cells[8], RAGHEX[r[8]])
        doc.add_paragraph()
    doc.add_paragraph("Abbreviations: 3YDP – three-year delivery plan; LMNS – Local Maternity and Neonatal System; "
                      "MIS – Maternity Incentive Scheme; SBLCB – Saving Babies’ Lives Care Bundle; PSIRF – Patient "
                      "Safety Incident Response Framework.")
    doc.add_paragraph("The Board is asked to note the progress and the actions at risk or off track.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Oldham Council - transformation programme highlight report (csv)
# ---------------------------------------------------------------------------
OL_NAME = "ij2-oldham-council-transformation-programme-highlight-report.csv"
OL_W1 = "1. Customer & Digital Access"
OL_W2 = "2. Adult Social Care Demand Management"
OL_W3 = "3. Property & Assets"
OL_W4 = "4. Workforce & Organisational Development"
OL_ROWS = [
    ["Oldham Council - Transformation Programme Highlight Report", "", "", "", "", "", "", ""],
    ["Reporting period: October 2025", "", "", "", "", "", "", ""],
    ["Programme SRO: Deputy Chief Executive", "", "", "", "", "", "", ""],
    ["Programme Manager: Head of Transformation & Reform", "", "", "", "", "", "", ""],
    ["Overall programme RAG: Amber", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Ref", "Workstream", "Key milestone / action", "Lead", "Baseline date", "Forecast date", "RAG", "Commentary"],
    ["1.1", OL_W1, "Go live with the new contact centre telephony and web chat platform", "Head of Customer Services",
     "30/06/2025", "30/09/2025", "Complete", "Live 15 September 2025. Call abandonment down from 19% to 8%."],
    ["1.2", "", "Launch the resident self-service account for council tax and benefits",
     "Head of Revenues & Benefits / Digital Product Manager", "31/10/2025", "31/01/2026", "A",
     "Supplier release delayed; user testing rescheduled for December."],
    ["", "", "", "", "", "", "", "Dependency on ICT integration resource - see programme risk TR07."],
    ["1.3", "", "Decommission the legacy CRM system", "Head of ICT", "31/03/2026", "31/03/2026", "G",
     "Data migration plan approved by the Design Authority."],
    ["2.1", OL_W2, "Roll out the strengths-based 'Conversation Space' model to all locality teams",
     "Assistant Director Adult Social Care (Community)", "31/12/2025", "31/12/2025", "G", "4 of 5 teams live."],
    ["2.2", "", "Expand reablement capacity by an additional 400 hours per week", "Head of Reablement",
     "30/09/2025", "31/12/2025", "R", "Recruitment shortfall: 3 of 8 posts filled. Agency cover being sourced."],
    ["3.1", OL_W3, "Vacate floors 3 and 4 of the Civic Centre as part of office rationalisation",
     "Director of Economy & Skills", "31/08/2025", "", "Complete", "Vacated August 2025; letting under way."],
    ["3.2", "", "Agree the asset disposals programme with Cabinet",
     "Director of Economy & Skills and Head of Legal Services", "Dec-25", "", "G",
     "Cabinet report scheduled for 15 December."],
    ["4.1", OL_W4, "Embed the new appraisal approach ('My Conversation') across the organisation",
     "Assistant Director HR & OD", "Ongoing", "", "G", "62% of managers trained; completion rates reported monthly."],
    ["", "", "", "", "", "", "", ""],
    ["Summary", "", "", "", "", "", "", ""],
    ["Total milestones", "8", "", "", "", "", "", ""],
    ["Complete", "2", "", "", "", "", "", ""],
    ["Green", "4", "", "", "", "", "", ""],
    ["Amber", "1", "", "", "", "", "", ""],
    ["Red", "1", "", "", "", "", "", ""],
]
CASES.append({
    "file": OL_NAME,
    "source": ("Imitates a transformation programme highlight report of the kind Oldham Council takes to its "
               "programme board and scrutiny (October 2025), exported to CSV: title, reporting period, SRO and "
               "programme manager and overall RAG lines, then a milestone table with the workstream written only "
               "on the first row of its group, baseline and forecast dates, RAG letters or Complete, a commentary "
               "continuation line, and a summary/totals block at the foot."),
    "reads": ("Eight numbered milestones in four workstreams (a person carries the workstream down to the rows "
              "below it). The forecast date is the revised end where given; the line with only a commentary "
              "continues 1.2's commentary; the summary block at the foot is not actions."),
    "outcome": "read",
    "title": "Oldham Council - Transformation Programme Highlight Report",
    "actions": [
        act("1.1", [OL_W1], OL_ROWS[7][2], ["Head of Customer Services"], "2025-09", "blue"),
        act("1.2", [OL_W1], OL_ROWS[8][2], ["Head of Revenues & Benefits", "Digital Product Manager"], "2026-01",
            "amber"),
        act("1.3", [OL_W1], OL_ROWS[10][2], ["Head of ICT"], "2026-03", "green"),
        act("2.1", [OL_W2], OL_ROWS[11][2], ["Assistant Director Adult Social Care (Community)"], "2025-12", "green"),
        act("2.2", [OL_W2], OL_ROWS[12][2], ["Head of Reablement"], "2025-12", "red"),
        act("3.1", [OL_W3], OL_ROWS[13][2], ["Director of Economy & Skills"], "2025-08", "blue"),
        act("3.2", [OL_W3], OL_ROWS[14][2], ["Director of Economy & Skills", "Head of Legal Services"], "2025-12",
            "green"),
        act("4.1", [OL_W4], OL_ROWS[15][2], ["Assistant Director HR & OD"], None, "green", end_text="Ongoing"),
    ],
}
)


def build_oldham(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
        for row in OL_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Rossendale Community Safety Partnership - partnership plan delivery plan (txt, tab-separated)
# ---------------------------------------------------------------------------
RO_NAME = "ij2-rossendale-csp-community-safety-partnership-plan-2025-26-action-plan.txt"
RO_P1 = "PRIORITY 1: TACKLING ANTI-SOCIAL BEHAVIOUR AND NEIGHBOURHOOD CRIME"
RO_P2 = "PRIORITY 2: DOMESTIC ABUSE AND VIOLENCE AGAINST WOMEN AND GIRLS"
RO_P3 = "PRIORITY 3: DRUGS, ALCOHOL AND SERIOUS VIOLENCE"
RO_LINES = [
    "Rossendale Community Safety Partnership",
    "Community Safety Partnership Plan 2025-26: Delivery Action Plan",
    "Position at 30 September 2025 (Quarter 2)",
    "",
    "RAG: G = on track; A = some slippage; R = not on track; C = complete",
    "",
    ["Ref", "Action", "Lead", "Timescale", "Q2 update", "RAG"],
    RO_P1,
    ["1.1", "Deliver targeted patrols and youth outreach in Bacup and Haslingden town centres over the summer.",
     "Lancashire Constabulary (Rossendale Neighbourhood Policing Team) / Rossendale BC Community Safety Team",
     "Jun–Sep 2025", "Patrol plan delivered; ASB incidents in Bacup down 18% on summer 2024.", "C"],
    ["1.2", "Use Community Protection Warnings and Notices consistently, with a shared case log across partners.",
     "RBC Enforcement Manager", "By 31 March 2026",
     "Shared log in place with Together Housing and Lancashire Constabulary.", "G"],
    ["1.3", "Work with the Office of the Police and Crime Commissioner on a bid for Safer Streets funding for "
            "Rawtenstall.", "Community Safety Partnership Coordinator", "November 2025",
     "Bid being drafted; national funding round not yet confirmed.", "A"],
    RO_P2,
    ["2.1", "Achieve White Ribbon accreditation for Rossendale Borough Council and promote the campaign across the "
            "partnership.", "Head of People and Policy", "November 2025",
     "Accreditation submission made in September.", "G"],
    ["2.2", "Monitor referrals to the MARAC from Rossendale and report them quarterly to the CSP.",
     "Lancashire Victim Services and Lancashire Constabulary", "Quarterly",
     "Q1 report received; Q2 data due in October.", "G"],
    RO_P3,
    ["3.1", "Deliver drug and alcohol awareness sessions in the borough's secondary schools.",
     "Change Grow Live; Lancashire Fire and Rescue Service", "Jan–Mar 2026",
     "Sessions booked in 4 of 6 schools.", "A"],
    ["3.2", "Map serious violence hotspots and agree the local response under the Serious Violence Duty.",
     "Lancashire Violence Reduction Network / CSP Coordinator", "31/12/2025",
     "Hotspot analysis complete for Rawtenstall; wider mapping awaits Q2 police data.", "A"],
    ["3.3", "Refresh the CSP strategic assessment to inform the 2026-27 plan.", "CSP Coordinator", "February 2026",
     "Not started - data request to go to partners in November.", "R"],
    "",
    "Notes:",
    "- Actions marked C will be archived at the next CSP Executive meeting.",
    "- Updates are provided by partners; the Community Safety Partnership Coordinator maintains this plan.",
]
CASES.append({
    "file": RO_NAME,
    "source": ("Imitates the annual delivery action plan that a district community safety partnership such as "
               "Rossendale CSP (Lancashire) keeps under its Community Safety Partnership Plan, 2025-26, saved as a "
               "tab-separated text export: title, plan name and position-date lines, a one-line RAG key with "
               "C = complete, a header line, upper-case priority lines over numbered actions, partner agencies "
               "and posts as leads (several per cell), timescales written as periods, dates, 'Quarterly', and "
               "a notes block at the end."),
    "reads": ("Eight actions under three partnership priorities. RAG is a letter per the key (C = complete); "
              "timescales such as 'Jun–Sep 2025' end in their last month and 'Quarterly' has no end month."),
    "outcome": "read",
    "title": "Community Safety Partnership Plan 2025-26: Delivery Action Plan",
    "actions": [
        act("1.1", [RO_P1], RO_LINES[8][1],
            ["Lancashire Constabulary (Rossendale Neighbourhood Policing Team)", "Rossendale BC Community Safety Team"],
            "2025-09", "blue", end_text="Jun–Sep 2025"),
        act("1.2", [RO_P1], RO_LINES[9][1], ["RBC Enforcement Manager"], "2026-03", "green"),
        act("1.3", [RO_P1], RO_LINES[10][1], ["Community Safety Partnership Coordinator"], "2025-11", "amber"),
        act("2.1", [RO_P2], RO_LINES[12][1], ["Head of People and Policy"], "2025-11", "green"),
        act("2.2", [RO_P2], RO_LINES[13][1], ["Lancashire Victim Services", "Lancashire Constabulary"], None,
            "green", end_text="Quarterly"),
        act("3.1", [RO_P3], RO_LINES[15][1], ["Change Grow Live", "Lancashire Fire and Rescue Service"], "2026-03",
            "amber", end_text="Jan–Mar 2026"),
        act("3.2", [RO_P3], RO_LINES[16][1], ["Lancashire Violence Reduction Network", "CSP Coordinator"], "2025-12",
            "amber"),
        act("3.3", [RO_P3], RO_LINES[17][1], ["CSP Coordinator"], "2026-02", "red"),
    ],
}
)


def build_rossendale(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in RO_LINES:
            if isinstance(line, list):
                line = "\t".join(line)
            f.write(line + "\n")


BUILDERS = {
    SL_NAME: build_slough,
    HU_NAME: build_hull,
    KN_NAME: build_knowsley,
    HA_NAME: build_halton,
    MD_NAME: build_medway,
    OL_NAME: build_oldham,
    RO_NAME: build_rossendale,
}


def _q(v):
    """A YAML scalar: null, a bool, an int, or a double-quoted string (JSON quoting is valid YAML)."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def write_expected(case):
    lines = []
    for key in ("source", "reads"):
        lines.append(key + ": >-")
        words, cur = case[key].split(" "), "  "
        for w in words:
            if len(cur) + len(w) > 100 and cur.strip():
                lines.append(cur.rstrip())
                cur = "  "
            cur += w + " "
        lines.append(cur.rstrip())
    lines.append("outcome: " + case["outcome"])
    lines.append("accept_refusal: " + _q(case.get("accept_refusal", False)))
    if "refuse_at" in case:
        lines.append("refuse_at: " + _q(case["refuse_at"]))
    if case.get("title"):
        lines.append("title: " + _q(case["title"]))
    if case["outcome"] == "read":
        lines.append("actions:")
        for a in case["actions"]:
            lines.append("  - ref: " + _q(a["ref"]))
            lines.append("    under: [" + ", ".join(_q(u) for u in a["under"]) + "]")
            lines.append("    action: " + _q(a["action"]))
            lines.append("    lead: [" + ", ".join(_q(x) for x in a["lead"]) + "]")
            lines.append("    end: " + _q(a["end"]))
            if "end_text" in a:
                lines.append("    end_text: " + _q(a["end_text"]))
            lines.append("    status: " + a["status"])
    text = "\n".join(lines) + "\n"
    back = yaml.safe_load(text)
    for key in ("source", "reads", "outcome"):
        assert back[key] == case[key], key
    if case["outcome"] == "read":
        assert back["actions"] == case["actions"], case["file"]
    path = os.path.join(HERE, case["file"] + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    for case in CASES:
        BUILDERS[case["file"]](os.path.join(HERE, case["file"]))
        if "--expected" in sys.argv:
            write_expected(case)
    print("built", len(CASES), "files")


if __name__ == "__main__":
    main()
