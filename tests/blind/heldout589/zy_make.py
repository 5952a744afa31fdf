#!/usr/bin/env python3
"""Build the seven zy- blind test files (set heldout589).

Run with /work/main/.venv/bin/python zy_make.py  (needs openpyxl and python-docx).
Each plan's rows are kept here together with the reading a person makes of them
(the X(...) records); zy_expect.py turns those readings into NAME.expected.yaml.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}


def X(ref, under, action, lead, end, status, end_text=None):
    """The reading of one action (what a person reads)."""
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def D(y, m, d):
    return dt.datetime(y, m, d)


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. West Berkshire Council – internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
WB_NAME = "zy-west-berkshire-council-internal-audit-recommendations-tracker.xlsx"
WB_TITLE = "West Berkshire Council – Internal Audit Recommendations Tracker"

WB_AUDITS = [
    ("Accounts Payable 2024/25 – Limited Assurance", [
        ("R1", "High",
         "Changes to supplier bank details should be independently verified by a call-back to a known contact before they are processed.",
         "A call-back to the contact number held on the original supplier record will be made for every change request, and evidence of the call-back retained on the supplier file.",
         "Finance Manager (Exchequer)", D(2025, 4, 30), None, "blue",
         "Procedure in place from April 2025. Internal Audit tested 25 changes in September 2025 with no exceptions.",
         "2025-04"),
        ("R2", "High",
         "Duplicate payment checks should be run before each payment run and the results reviewed.",
         "Duplicate payment report to be run and reviewed before each BACS run, with sign-off by a second officer.\nMonthly summary of duplicates identified and recovered to be reported to the Chief Financial Accountant.",
         "Exchequer Team Leader / Chief Financial Accountant", D(2025, 5, 31), D(2025, 12, 31), "amber",
         "Report built and in use. Second-officer sign-off not yet consistently evidenced. Revised date agreed with Executive Director (Resources).",
         "2025-12"),
        ("R3", "Medium",
         "Purchase orders should be raised before goods or services are ordered.",
         "Introduce a “no PO, no pay” rule, communicated to all budget holders, with retrospective orders reported to Corporate Board each quarter.",
         "Head of Finance and Property", D(2025, 9, 30), D(2026, 3, 31), "green",
         "Communications plan agreed. Go-live moved to 1 January 2026 to follow the finance system upgrade.",
         "2026-03"),
    ]),
    ("Cyber Security: Patch Management 2024/25 – Limited Assurance", [
        ("R1", "High",
         "All servers and end-user devices should be patched within the timescales set in the Patch Management Policy.",
         "Deploy automated patch compliance reporting for servers and laptops, with exceptions escalated to the ICT Infrastructure Manager weekly.",
         "ICT Infrastructure Manager", D(2025, 3, 31), D(2025, 7, 31), "red",
         "Reporting tool procured; deployment held up by the network refresh. A new date will be brought to the next Committee.",
         "2025-07"),
        ("R4", "Medium",
         "Unsupported software should be identified and removed or isolated from the network.",
         "Complete an inventory of unsupported software and agree a removal or isolation plan for each item with the service owner.",
         "Head of ICT and Digital / Information Security Officer", D(2025, 6, 30), D(2025, 11, 30), "green",
         "Inventory complete (37 items). Plans agreed for 29.",
         "2025-11"),
    ]),
    ("Disabled Facilities Grants 2024/25 – Reasonable Assurance", [
        ("R2", "Medium",
         "Grant approvals above £30,000 should be authorised by a second officer in line with the Housing Assistance Policy.",
         "Amend the DFG approval workflow so that grants over £30,000 need Service Manager authorisation before the approval letter is issued.",
         "Private Sector Housing Manager", D(2025, 8, 31), None, "blue",
         "Workflow changed 4 August 2025.",
         "2025-08"),
        ("R3", "Medium",
         "A post-completion inspection should be recorded for every adaptation.",
         "Introduce a post-completion inspection checklist, uploaded to the case record before the final payment is released.",
         "Home Improvement Agency Team Leader", D(2025, 12, 31), None, "green",
         "Checklist drafted and being piloted on October completions.",
         "2025-12"),
    ]),
    ("Corporate Health and Safety 2023/24 – Limited Assurance (follow-up)", [
        ("R5", "High",
         "Fire risk assessments for all operational buildings should be reviewed at the frequency set in the Fire Safety Policy.",
         "Commission the outstanding fire risk assessments for the 14 operational buildings identified, and set up a rolling review programme in the property compliance system.",
         "Corporate Health and Safety Manager and Facilities Manager", D(2024, 12, 31), D(2026, 1, 31), "amber",
         "11 of 14 assessments complete; the remaining three are booked for December 2025.",
         "2026-01"),
    ]),
]


def wb_leads(s):
    return {
        "Exchequer Team Leader / Chief Financial Accountant": ["Exchequer Team Leader", "Chief Financial Accountant"],
        "Head of ICT and Digital / Information Security Officer": ["Head of ICT and Digital", "Information Security Officer"],
        "Corporate Health and Safety Manager and Facilities Manager": ["Corporate Health and Safety Manager", "Facilities Manager"],
    }.get(s, [s])


def build_west_berkshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding Recommendations"
    widths = [9, 10, 42, 52, 26, 13, 13, 8, 46]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = WB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Outstanding High and Medium priority recommendations"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Governance Committee, 24 November 2025 – position at 31 October 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Rec No.", "Priority", "Recommendation", "Agreed Management Action",
             "Responsible Officer", "Original Target Date", "Revised Target Date",
             "RAG", "Latest Management Update"]
    r = 5
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = WRAP
        cell.border = BOX
    expected = []
    for audit, recs in WB_AUDITS:
        r += 1
        ws.cell(r, 1, audit).font = Font(bold=True)
        ws.cell(r, 1).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for (no, pri, rec, act, lead, orig, rev, rag, upd, end) in recs:
            r += 1
            vals = [no, pri, rec, act, lead, orig, rev, None, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(FILL[rag])
            expected.append(X(no, [audit, rec], act, wb_leads(lead), end, rag))
    r += 2
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for col, txt in [(BLUE, "Implemented – evidence verified by Internal Audit"),
                     (GREEN, "On track to meet the target date"),
                     (AMBER, "At risk, or revised date agreed"),
                     (RED, "Overdue")]:
        r += 1
        ws.cell(r, 1).fill = fill(col)
        ws.cell(r, 2, txt)
    r += 2
    ws.cell(r, 1, "Note: where a revised target date is shown it has been agreed by the relevant Executive Director. "
                  "Low priority recommendations are followed up by Internal Audit and reported by exception.")
    ws.freeze_panes = "A6"

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of recommendations tracked – position at 31 October 2025"
    s["A1"].font = Font(bold=True, size=12)
    rows = [["Priority", "Outstanding at last report", "New this period", "Implemented this period", "Outstanding now", "of which overdue"],
            ["High", 5, 1, 2, 4, 1],
            ["Medium", 6, 1, 3, 4, 0],
            ["Total", 11, 2, 5, 8, 1]]
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            cell = s.cell(i, j, v)
            cell.border = BOX
            if i in (3, 6):
                cell.font = Font(bold=True)
    s.column_dimensions["A"].width = 14
    for col in "BCDEF":
        s.column_dimensions[col].width = 18
    s["A8"] = "Implemented recommendations stay on the tracker (blue) until the Committee has noted them."
    wb.save(os.path.join(HERE, WB_NAME))
    return expected


# ---------------------------------------------------------------------------
# 2. Waltham Forest – Council Plan Q2 highlight report (xlsx)
# ---------------------------------------------------------------------------
WF_NAME = "zy-waltham-forest-council-plan-delivery-q2-2025-26-highlight-report.xlsx"
WF_TITLE = "Council Plan Delivery – Quarter 2 Highlight Report 2025/26"
RAGF = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}
RAGS = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}

WF_ROWS = [
    ("Priority 1: Homes that people can afford", [
        ("1.1", "Deliver 450 new council homes for social rent through the council housebuilding programme (cumulative since April 2022).",
         "Director of Housing Delivery", D(2026, 3, 1), D(2026, 3, 1), "G", "G",
         "412 homes completed or on site. Final two schemes on programme.", ["Director of Housing Delivery"], "2026-03", None),
        ("1.2", "Adopt the revised Temporary Accommodation Procurement Strategy, including the pan-London rate agreement.",
         "Head of Housing Needs / Head of Procurement", D(2025, 9, 1), D(2025, 12, 1), "A", "A",
         "Strategy drafted; Cabinet date moved to December to allow for sub-regional negotiations.",
         ["Head of Housing Needs", "Head of Procurement"], "2025-12", None),
        ("1.3", "Launch the third designation of the private rented sector selective licensing scheme.",
         "Private Sector Housing Manager", D(2025, 4, 1), D(2025, 4, 1), "G", "Complete",
         "Scheme live from 1 April 2025; 6,850 applications received.", ["Private Sector Housing Manager"], "2025-04", None),
        ("1.4", "Complete stock condition surveys on 100% of council-owned homes and load the results into the asset management system.",
         "Head of Asset Management", D(2025, 12, 1), "Q4 2025/26", "G", "A",
         "74% surveyed. Contractor capacity reduced over the summer; recovery plan agreed.",
         ["Head of Asset Management"], "2026-03", "Q4 2025/26"),
    ]),
    ("Priority 2: Safe, clean and green neighbourhoods", [
        ("2.1", "Roll out weekly food waste collections to all flats above shops and estate blocks.",
         "Director of Neighbourhoods", D(2026, 3, 1), D(2026, 3, 1), "G", "G",
         "Phase 2 (estates) under way; 61% of eligible properties now served.", ["Director of Neighbourhoods"], "2026-03", None),
        ("2.2", "Deliver the School Streets programme at 10 further primary schools.",
         "Head of Highways and Traffic Management", D(2025, 9, 1), D(2025, 9, 1), "G", "Complete",
         "All 10 schemes live for the start of the autumn term.", ["Head of Highways and Traffic Management"], "2025-09", None),
        ("2.3", "Reduce the backlog of street lighting faults to under 150 open jobs.",
         "Street Lighting Contract Manager", D(2025, 6, 1), D(2026, 1, 1), "A", "R",
         "Backlog at 318. Contractor issued with a performance notice; weekly monitoring in place.",
         ["Street Lighting Contract Manager"], "2026-01", None),
    ]),
    ("Priority 3: Opportunity for every young person", [
        ("3.1", "Open two new Family Hubs in Leyton and Chingford.",
         "Director of Early Help and Family Hubs", D(2025, 7, 1), D(2025, 11, 1), "A", "G",
         "Leyton hub opened 15 September. Chingford fit-out complete; opening November.",
         ["Director of Early Help and Family Hubs"], "2025-11", None),
        ("3.2", "Deliver 1,200 work experience and apprenticeship placements through the Youth Pledge.",
         "Head of Employment and Skills", D(2026, 7, 1), D(2026, 7, 1), "G", "G",
         "538 placements to date; employer pledges ahead of profile.", ["Head of Employment and Skills"], "2026-07", None),
        ("3.3", "Publish the refreshed SEND and Inclusion Strategy following co-production with parents and carers.",
         "Director of Education / Chair of the Parent Carer Forum", D(2025, 10, 1), D(2026, 2, 1), "G", "A",
         "Co-production workshops extended at the request of the Parent Carer Forum.",
         ["Director of Education", "Chair of the Parent Carer Forum"], "2026-02", None),
    ]),
]


def build_waltham_forest():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    for i, w in enumerate([26, 7, 50, 26, 12, 12, 9, 11, 48], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = WF_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = "London Borough of Waltham Forest – Strategy and Change"
    info = [("Reporting period", "1 July – 30 September 2025"),
            ("Report owner", "Director of Strategy and Change"),
            ("Presented to", "Corporate Leadership Team, 28 October 2025"),
            ("Overall RAG", "Amber")]
    for i, (k, v) in enumerate(info, 4):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 1).fill = fill("DDEBF7")
        ws.cell(i, 2, v)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
    ws["B7"].fill = fill(AMBER)
    ws["A9"] = "Key messages this quarter"
    ws["A9"].font = Font(bold=True, size=12)
    msgs = ["• 6 of 10 milestones are complete or on track; 3 are amber and 1 is red.",
            "• Two milestones completed this quarter (selective licensing; School Streets).",
            "• Street lighting backlog escalated to the Neighbourhoods Board (see 2.3)."]
    for i, m in enumerate(msgs, 10):
        ws.cell(i, 1, m)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=9)
    hr = 14
    heads = ["Council Plan Priority", "Ref", "Milestone", "Lead Officer", "Baseline Date",
             "Forecast Date", "Q1 RAG", "Q2 RAG", "Commentary / Mitigation"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    r = hr
    expected = []
    for prio, rows in WF_ROWS:
        first = r + 1
        for (ref, ms, lead, base, fc, q1, q2, com, leads, end, end_text) in rows:
            r += 1
            vals = [None, ref, ms, lead, base, fc, q1, q2, com]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(r, 7).fill = fill(RAGF[q1])
            ws.cell(r, 8).fill = fill(RAGF[q2])
            expected.append(X(ref, [prio], ms, leads, end, RAGS[q2], end_text))
        ws.cell(first, 1, prio).font = Font(bold=True)
        ws.cell(first, 1).alignment = Alignment(wrap_text=True, vertical="center")
        ws.cell(first, 1).fill = fill("DDEBF7")
        ws.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)
    r += 2
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for code, txt in [("G", "On track"), ("A", "Some slippage – recoverable within the year"),
                      ("R", "Significant slippage – intervention needed"), ("Complete", "Milestone delivered")]:
        r += 1
        ws.cell(r, 1, code).fill = fill(RAGF[code])
        ws.cell(r, 2, txt)
    r += 2
    ws.cell(r, 1, "Forecast Date is the lead officer’s current forecast; Baseline Date is the date set when the Council Plan was agreed.")

    s = wb.create_sheet("Summary by Priority")
    s["A1"] = "Milestone RAG summary – Quarter 2 2025/26"
    s["A1"].font = Font(bold=True, size=12)
    rows = [["Priority", "Complete", "Green", "Amber", "Red", "Total"],
            ["Homes that people can afford", 1, 1, 2, 0, 4],
            ["Safe, clean and green neighbourhoods", 1, 1, 0, 1, 3],
            ["Opportunity for every young person", 0, 2, 1, 0, 3],
            ["Total", 2, 4, 3, 1, 10]]
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            s.cell(i, j, v).border = BOX
    s.column_dimensions["A"].width = 38
    wb.save(os.path.join(HERE, WF_NAME))
    return expected


# ---------------------------------------------------------------------------
# 3. Bedford Borough Council – strategic risk register (xlsx) – REFUSE
# ---------------------------------------------------------------------------
BB_NAME = "zy-bedford-borough-council-strategic-risk-register-q3-2025-26-typo-month-refuse.xlsx"
BB_TITLE = "Strategic Risk Register – Quarter 3 2025/26"

BB_RISKS = [
    ("SR01", "Financial sustainability",
     "Cause: rising demand in social care and temporary accommodation, and uncertainty over the Fair Funding Review.\nEvent: the Council cannot set a balanced budget over the medium term.\nEffect: use of reserves, service reductions, possible s114 notice.",
     "Chief Finance Officer (s151)", "4 x 5 = 20", "4 x 4 = 16", "↔",
     "Medium Term Financial Plan refreshed quarterly; budget monitoring to Executive monthly; savings tracker.",
     [("Deliver the 2026/27 savings programme of £9.8m, with monthly tracking through the Transformation Board.", "Assistant Chief Executive", "31/03/2026", "On track"),
      ("Review the reserves strategy and set a minimum level of unallocated reserves.", "Chief Finance Officer (s151)", "Feb 2026", "On track"),
      ("Respond to the Fair Funding Review consultation and model the impact on the MTFP.", "Head of Financial Planning", "Complete", "Complete")]),
    ("SR04", "High Needs Block deficit",
     "Cause: growth in EHCPs and reliance on independent specialist places.\nEvent: the DSG deficit keeps growing after the statutory override ends.\nEffect: pressure on the General Fund and reserves.",
     "Director of Children’s Services", "5 x 4 = 20", "5 x 4 = 20", "↑",
     "DSG management plan; Safety Valve / Delivering Better Value work; SEND sufficiency strategy.",
     [("Open 60 additional resourced provision places in mainstream schools.", "Head of SEND and Inclusion", "September 2026", "Delayed"),
      ("Agree a revised DSG deficit management plan with the DfE.", "Director of Children’s Services", "June 2026", "On track")]),
    ("SR07", "Cyber attack",
     "Cause: increasing volume and sophistication of attacks on local government.\nEvent: a successful ransomware or data breach incident.\nEffect: loss of systems and data, service disruption, ICO action.",
     "Chief Digital and Information Officer", "4 x 5 = 20", "3 x 5 = 15", "↔",
     "Cyber Essentials Plus; immutable backups; mandatory e-learning; 24/7 security monitoring.",
     [("Complete the PSN health check remediation plan.", "Head of ICT Infrastructure", "31/12/2025", "On track"),
      ("Run a cyber incident exercise with Corporate Management Team and test the recovery of priority systems.", "Emergency Planning Manager", "Febuary 2026", "On track")]),
    ("SR09", "Temporary accommodation demand",
     "Cause: shortage of affordable housing and rising homelessness approaches.\nEvent: demand for temporary accommodation exceeds supply.\nEffect: families in unsuitable B&B beyond six weeks; budget overspend.",
     "Director of Place", "4 x 4 = 16", "4 x 4 = 16", "↑",
     "Homelessness prevention fund; acquisitions programme; weekly B&B placements review.",
     [("Acquire 40 homes for use as temporary accommodation through the Local Authority Housing Fund.", "Head of Housing Services", "March 2026", "Delayed"),
      ("Introduce a prevention-first triage at first contact in the Housing Options service.", "Housing Options Manager", "Ongoing", "On track")]),
]


def build_bedford():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q3 2025-26"
    for i, w in enumerate([8, 20, 46, 22, 12, 12, 8, 40, 48, 24, 14, 12], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Bedford Borough Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = BB_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reviewed by Corporate Management Team on 13 January 2026 for the Audit and Governance Committee"
    heads = ["Risk Ref", "Risk Title", "Risk Description (cause / event / effect)", "Risk Owner",
             "Inherent Score (L x I)", "Current Score (L x I)", "Trend", "Key Controls in Place",
             "Further Actions", "Action Owner", "Target Date", "Action Status"]
    hr = 5
    for c, h in enumerate(heads, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("385723")
        cell.alignment = WRAP
        cell.border = BOX
    r = hr
    typo_row = None
    for (ref, title, desc, owner, inh, cur, trend, ctrl, acts) in BB_RISKS:
        first = r + 1
        for (act, aown, tdate, st) in acts:
            r += 1
            for c, v in enumerate([None] * 8 + [act, aown, tdate, st], 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            if "Febuary" in tdate:
                typo_row = r
        for c, v in enumerate([ref, title, desc, owner, inh, cur, trend, ctrl], 1):
            ws.cell(first, c, v).alignment = WRAP
            if r > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=r, end_column=c)
        score = int(cur.split("=")[1])
        ws.cell(first, 6).fill = fill(RED if score >= 15 else AMBER)
        ws.cell(first, 5).fill = fill(RED if int(inh.split("=")[1]) >= 15 else AMBER)
    r += 2
    ws.cell(r, 1, "Scoring: Likelihood (L) x Impact (I), each 1–5. 15–25 Red; 8–12 Amber; 1–6 Green.")
    r += 1
    ws.cell(r, 1, "Trend: ↑ risk increasing; ↔ no change; ↓ risk reducing (since Q2).")
    s = wb.create_sheet("Heat map")
    s["A1"] = "Current risk scores – Q3 2025/26"
    s["A1"].font = Font(bold=True)
    for i, (ref, title, *_rest) in enumerate(BB_RISKS, 3):
        s.cell(i, 1, ref)
        s.cell(i, 2, title)
        s.cell(i, 3, _rest[3])
    wb.save(os.path.join(HERE, BB_NAME))
    return typo_row


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


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    return sec


# ---------------------------------------------------------------------------
# 4. Lambeth Safeguarding Children Partnership – LCSPR Child Y (docx)
# ---------------------------------------------------------------------------
LB_NAME = "zy-lambeth-safeguarding-children-partnership-lcspr-child-y-action-plan.docx"
LB_TITLE = "Local Child Safeguarding Practice Review – Child Y: Multi-agency Action Plan"
LB_RAG = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "": None}

LB_THEMES = [
    ("Theme 1: Seeing and hearing the child", [
        ("Recommendation 1: All partner agencies should make sure that practitioners record the child’s own words and wishes, including where the child communicates through behaviour, and that these inform planning.", [
            ("1.1", "Update the LSCP multi-agency practice guidance ‘Voice of the Child’ to cover non-verbal communication and how a child presents in school.",
             "LSCP Business Manager", "December 2024", "Guidance published 9 December 2024 and launched at the practitioner forum.", "Blue",
             ["LSCP Business Manager"], "2024-12", None),
            ("1.2", "Audit 20 child protection plans to test whether the child’s views are recorded and reflected in the plan outcomes.",
             "Head of Quality Assurance (Children’s Social Care)", "March 2025", "Audit tool agreed; fieldwork starts 3 March.", "Green",
             ["Head of Quality Assurance (Children’s Social Care)"], "2025-03", None),
        ]),
    ]),
    ("Theme 2: Professional curiosity and information sharing", [
        ("Recommendation 2: The LSCP should seek assurance that school nurses and GPs share information about emerging self-harm with Children’s Social Care and CAMHS at the point of concern.", [
            ("2.1", "Develop a one-page self-harm information sharing pathway for primary care and the school nursing service.",
             "Designated Nurse for Safeguarding Children (SEL ICB) and Named GP", "31/01/2025",
             "Draft pathway agreed by the Health Safeguarding Forum; awaiting sign-off at its next meeting.", "Amber",
             ["Designated Nurse for Safeguarding Children (SEL ICB)", "Named GP"], "2025-01", None),
            ("2.2", "Deliver briefings on the pathway to designated safeguarding leads in schools, with attendance recorded.",
             "Education Safeguarding Lead", "Summer term 2025", "Dates set for the DSL network in May and June.", "Green",
             ["Education Safeguarding Lead"], "2025-07", "Summer term 2025"),
        ]),
        ("Recommendation 3: Partner agencies should make sure that when a child is missing from education and from home, the two are considered together in a single multi-agency discussion.", [
            ("3.1", "Amend the Children Missing Education procedure so that a missing from home episode triggers a referral for a strategy discussion.",
             "Head of Access and Inclusion / MASH Team Manager", "April 2025", "Procedure redrafted and out to consultation.", "Green",
             ["Head of Access and Inclusion", "MASH Team Manager"], "2025-04", None),
            ("3.2", "Include Children Missing Education data in the weekly Central South missing persons meeting.",
             "Detective Inspector, Central South Missing Persons Unit", "Ongoing – monthly assurance to the Case Review Subgroup",
             "Data included since November 2024.", "Green",
             ["Detective Inspector, Central South Missing Persons Unit"], None, "Ongoing – monthly assurance to the Case Review Subgroup"),
        ]),
    ]),
    ("Theme 3: Transition to adult services", [
        ("Recommendation 4: The LSCP and the Lambeth Safeguarding Adults Board should agree a joint protocol for young people aged 16–17 with mental health needs who are approaching transition.", [
            ("4.1", "Draft a joint transitions protocol with South London and Maudsley NHS Foundation Trust and Adult Social Care.",
             "Transitions Service Manager; SLaM Safeguarding Lead", "June 2025", "Not yet started – depends on the SAB priorities review.", "Red",
             ["Transitions Service Manager", "SLaM Safeguarding Lead"], "2025-06", None),
            ("4.2", "Present the protocol to the joint LSCP and SAB Executive for approval.",
             "LSCP Business Manager", "September 2025", "", "",
             ["LSCP Business Manager"], "2025-09", None),
        ]),
    ]),
]


def build_lambeth():
    doc = Document()
    sec = landscape(doc)
    hp = sec.header.paragraphs[0]
    hp.text = "Lambeth Safeguarding Children Partnership"
    doc.add_paragraph(LB_TITLE, style="Title")
    doc.add_paragraph("Progress update for the LSCP Executive – February 2025")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Summary of changes"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("1.0", "30/09/2024", "LSCP Business Manager", "Plan agreed by the Executive"),
                ("2.0", "18/11/2024", "Case Review Subgroup", "Progress added; action 3.2 reworded"),
                ("3.0", "10/02/2025", "Case Review Subgroup", "Progress to January 2025")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    doc.add_heading("Background", level=1)
    doc.add_paragraph("This plan sets out the partnership’s response to the four recommendations of the Local Child "
                      "Safeguarding Practice Review concerning Child Y, published on 26 September 2024. Progress is "
                      "reviewed by the Case Review Subgroup every eight weeks and reported to the LSCP Executive.")
    doc.add_paragraph("RAG key", style="Heading 3")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, name, txt in [(BLUE, "Blue", "Complete and evidence of impact received"),
                           (GREEN, "Green", "On track"),
                           (AMBER, "Amber", "Some delay – expected to complete within a revised timescale"),
                           (RED, "Red", "Not on track or overdue")]:
        cells = k.add_row().cells
        set_cell(cells[0], name, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], txt)
    expected = []
    heads = ["Ref", "Action", "Lead", "Timescale", "Progress update", "RAG"]
    widths = [Cm(1.3), Cm(8.0), Cm(4.5), Cm(3.2), Cm(6.0), Cm(1.6)]
    for theme, recs in LB_THEMES:
        doc.add_heading(theme, level=1)
        for rec, acts in recs:
            tb = doc.add_table(rows=2, cols=6)
            tb.style = "Table Grid"
            m = tb.cell(0, 0).merge(tb.cell(0, 5))
            set_cell(m, rec, bold=True, size=10)
            shade(m, "DEEAF6")
            for c, h in enumerate(heads):
                set_cell(tb.rows[1].cells[c], h, bold=True)
                shade(tb.rows[1].cells[c], "BDD7EE")
            for (ref, act, lead, when, prog, rag, leads, end, end_text) in acts:
                cells = tb.add_row().cells
                for c, v in enumerate([ref, act, lead, when, prog, rag]):
                    set_cell(cells[c], v)
                if LB_RAG[rag]:
                    shade(cells[5], LB_RAG[rag])
                status = rag.lower() if rag else "unrated"
                expected.append(X(ref, [theme, rec], act, leads, end, status, end_text))
            for row in list(tb.rows)[1:]:
                for c, w in enumerate(widths):
                    row.cells[c].width = w
            doc.add_paragraph("")
    doc.add_paragraph("Next review: Case Review Subgroup, 8 April 2025.")
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.cell(0, 0), "Approved by", bold=True)
    set_cell(s.cell(0, 1), "LSCP Executive (Lead Safeguarding Partners)")
    set_cell(s.cell(1, 0), "Date", bold=True)
    set_cell(s.cell(1, 1), "20 February 2025")
    doc.save(os.path.join(HERE, LB_NAME))
    return expected


# ---------------------------------------------------------------------------
# 5. North East Lincolnshire Council – Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
NEL_NAME = "zy-north-east-lincolnshire-council-ofsted-focused-visit-action-plan.docx"
NEL_TITLE = "Ofsted Focused Visit (Children in Need and Child Protection) – Action Plan"

NEL_AFIS = [
    ("1. The quality and impact of management oversight and supervision, so that plans for children progress without drift.", [
        ("1a", "Relaunch the supervision policy with a revised recording template that sets out actions, timescales and reflection.",
         "Principal Social Worker", "August 2025", "Supervision audit: 80% rated good or better", "Complete",
         ["Principal Social Worker"], "2025-08", None, "blue"),
        ("1b", "All team managers to complete the ‘Oversight that makes a difference’ training module.",
         "Workforce Development Manager", "30/11/2025", "100% of team managers trained", "Green",
         ["Workforce Development Manager"], "2025-11", None, "green"),
        ("1c", "Monthly performance clinics with each team manager to review children whose plans have been open for more than nine months.",
         "Head of Safeguarding / Service Manager (CIN/CP)", "Monthly from September 2025", "Reduction in plans open over 9 months", "Green",
         ["Head of Safeguarding", "Service Manager (CIN/CP)"], None, "Monthly from September 2025", "green"),
    ]),
    ("2. The timeliness of initial child protection conferences and the quality of child protection plans.", [
        ("2a", "Introduce a weekly tracker of strategy discussions that lead to section 47 enquiries, monitored by the Safeguarding Unit.",
         "Safeguarding Unit Manager", "July 2025", "ICPCs within 15 working days: 90%", "Complete",
         ["Safeguarding Unit Manager"], "2025-07", None, "blue"),
        ("2b", "Revise the child protection plan template so that each outcome is specific and measurable and written in language the child and family understand.",
         "Child Protection Chairs Team Manager and Principal Social Worker", "October 2025", "Plan quality audit; family feedback", "Amber",
         ["Child Protection Chairs Team Manager", "Principal Social Worker"], "2025-10", None, "amber"),
        ("2c", "Child protection chairs to complete a midpoint review of every plan between conferences.",
         "Independent Reviewing Service Manager", "Q4 2025/26", "Midpoint reviews recorded for 95% of plans", "Green",
         ["Independent Reviewing Service Manager"], "2026-03", "Q4 2025/26", "green"),
    ]),
    ("3. The response to children at risk of harm outside the home, including joint working with the police.", [
        ("3a", "Strengthen the Vulnerable Adolescents Panel terms of reference to include exploitation mapping with Humberside Police.",
         "Head of Service – Adolescents and Youth Justice", "September 2025", "Mapping completed for all children open to the panel", "Green",
         ["Head of Service – Adolescents and Youth Justice"], "2025-09", None, "green"),
        ("3b", "Complete return home interviews within 72 hours for all children missing from home or care.",
         "Missing and Exploitation Team Manager", "31 December 2025", "RHIs offered within 72 hours: 95%", "Red",
         ["Missing and Exploitation Team Manager"], "2025-12", None, "red"),
        ("3c", "Report exploitation performance data to the Safeguarding Children Partnership Executive each quarter.",
         "Director of Children’s Services", "Quarterly", "Quarterly report received", "Green",
         ["Director of Children’s Services"], None, "Quarterly", "green"),
    ]),
]
NEL_RAG = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def build_nel():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(NEL_TITLE, style="Title")
    doc.add_paragraph("North East Lincolnshire Council – Children’s Services")
    doc.add_paragraph("Focused visit: 3 and 4 June 2025. Letter published: 8 July 2025. Plan version 1.2, September 2025.")
    doc.add_heading("Purpose", level=1)
    doc.add_paragraph("Ofsted carried out a focused visit looking at the local authority’s arrangements for children in need "
                      "and children subject to a child protection plan. This plan sets out how we will respond to the areas "
                      "for improvement in the inspectors’ letter. It is monitored monthly by the Children’s Services "
                      "Improvement Board.")
    doc.add_paragraph("Ofsted identified the following areas for improvement:")
    for afi, _ in NEL_AFIS:
        doc.add_paragraph(afi.split(". ", 1)[1], style="List Number")
    doc.add_heading("Action plan", level=1)
    heads = ["Area for improvement", "Ref", "Action", "Lead", "Target date", "Measure of impact", "RAG"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(t.rows[0].cells[c], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[c], "002060")
    expected = []
    for afi, acts in NEL_AFIS:
        first = len(t.rows)
        for (ref, act, lead, when, meas, rag, leads, end, end_text, status) in acts:
            cells = t.add_row().cells
            for c, v in enumerate([None, ref, act, lead, when, meas, rag]):
                if v is not None:
                    set_cell(cells[c], v)
            shade(cells[6], NEL_RAG[rag])
            expected.append(X(ref, [afi], act, leads, end, status, end_text))
        last = len(t.rows) - 1
        merged = t.cell(first, 0).merge(t.cell(last, 0))
        set_cell(merged, afi, bold=True)
        shade(merged, "DEEAF6")
    widths = [Cm(5.0), Cm(1.0), Cm(7.5), Cm(4.2), Cm(2.8), Cm(4.0), Cm(1.8)]
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w
    doc.add_heading("Governance", level=1)
    doc.add_paragraph("Progress against this plan is reported to the Children’s Services Improvement Board monthly and "
                      "to the Children and Lifelong Learning Scrutiny Panel each quarter.")
    doc.save(os.path.join(HERE, NEL_NAME))
    return expected


# ---------------------------------------------------------------------------
# 6. Havering Community Safety Partnership – DHR 'Patricia' action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
HV_NAME = "zy-havering-community-safety-partnership-dhr-patricia-action-plan.txt"
HV_TITLE = "Havering Community Safety Partnership – Domestic Homicide Review ‘Patricia’: Action Plan"

HV_RECS = [
    ("1. Havering CSP to make sure the learning from this review reaches all partner agencies and faith and community groups.", "Local", [
        ("1.1", "Publish a 7-minute briefing on the review and circulate it to all CSP partners.", "Havering CSP",
         "Briefing drafted and agreed by the DHR panel", "May 2024", "Completed 22/05/2024 – circulated to 31 organisations", "Complete",
         ["Havering CSP"], "2024-05", None, "blue"),
        ("1.2", "Hold a learning event for faith leaders and community organisations with the Havering Domestic Abuse Forum.",
         "Havering CSP / Domestic Abuse Strategic Lead", "Venue booked; invitations sent", "October 2024",
         "Event held 15/10/2024 – 46 attendees", "Complete",
         ["Havering CSP", "Domestic Abuse Strategic Lead"], "2024-10", None, "blue"),
    ]),
    ("2. NELFT to strengthen routine enquiry about domestic abuse in community mental health services, including with older patients.", "Local", [
        ("2.1", "Audit compliance with routine enquiry in the older adults community mental health team.", "NELFT NHS Foundation Trust",
         "Audit tool agreed; sample of 40 records", "30/09/2024", "Audit completed October 2024 – compliance 58%", "Complete",
         ["NELFT NHS Foundation Trust"], "2024-09", None, "blue"),
        ("2.2", "Deliver routine enquiry training to all older adults CMHT staff, including:\n- reception and administrative staff who take calls from carers",
         "NELFT NHS Foundation Trust", "Training package adapted", "30/06/2025", "72% of clinical staff trained at 28/02/2025", "Green",
         ["NELFT NHS Foundation Trust"], "2025-06", None, "green"),
    ]),
    ("3. The Metropolitan Police should make sure that DASH risk assessments completed with older victims consider carer stress and dependency.", "Regional", [
        ("3.1", "Issue guidance to East Area BCU officers on completing DASH with older victims, and add carer dependency prompts to the public protection briefing.",
         "Metropolitan Police Service (East Area BCU)", "Guidance drafted", "Dec-24 (revised Mar-25)",
         "Awaiting MPS policy sign-off", "Amber",
         ["Metropolitan Police Service (East Area BCU)"], "2025-03", None, "amber"),
    ]),
    ("4. Havering Council Housing Services to make sure that domestic abuse reported by tenants aged over 60 is referred to the Sheltered Housing team and considered at MARAC where the threshold is met.", "Local", [
        ("4.1", "Update the Housing domestic abuse policy and the tenancy management procedure.",
         "London Borough of Havering – Housing Services", "Policy to Housing SMT", "31/01/2025",
         "Policy approved by SMT 20/01/2025", "Complete",
         ["London Borough of Havering – Housing Services"], "2025-01", None, "blue"),
        ("4.2", "Achieve Domestic Abuse Housing Alliance (DAHA) accreditation for Havering housing services.",
         "Head of Housing Management", "Self-assessment submitted", "March 2026", "", "Green",
         ["Head of Housing Management"], "2026-03", None, "green"),
    ]),
    ("5. The Home Office should consider including adult family homicide of older people in the national DHR guidance on carers.", "National", [
        ("5.1", "Havering CSP Chair to write to the Home Office DHR team highlighting this recommendation.",
         "Havering CSP Chair", "Letter drafted", "June 2024", "Letter sent 04/06/2024; acknowledgement received", "Complete",
         ["Havering CSP Chair"], "2024-06", None, "blue"),
    ]),
    ("6. All agencies to make sure practitioners understand adult family violence and the safeguarding adults procedures where the abuse is by an adult child.", "Local", [
        ("6.1", "Commission and deliver a joint CSP and SAB multi-agency training module on adult family violence.",
         "Havering SAB Business Manager and DA Strategic Lead", "Trainer commissioned", "Ongoing",
         "Two sessions delivered; further sessions each quarter", "Green",
         ["Havering SAB Business Manager", "DA Strategic Lead"], None, "Ongoing", "green"),
    ]),
]


def build_havering():
    lines = [HV_TITLE,
             "Overview report approved by the Home Office Quality Assurance Panel: 17 April 2024",
             "Progress as at 28 February 2025",
             "",
             "\t".join(["Recommendation", "Scope", "Ref", "Action to take", "Lead agency", "Key milestones",
                        "Target date", "Date of completion and outcome", "RAG"])]
    expected = []
    for rec, scope, acts in HV_RECS:
        for i, (ref, act, lead, ms, when, outc, rag, leads, end, end_text, status) in enumerate(acts):
            parts = act.split("\n")
            row = [rec if i == 0 else "", scope if i == 0 else "", ref, parts[0], lead, ms, when, outc, rag]
            lines.append("\t".join(row))
            for cont in parts[1:]:
                lines.append("\t".join(["", "", "", cont, "", "", "", "", ""]))
            expected.append(X(ref, [rec], act, leads, end, status, end_text))
    lines += ["",
              "RAG: Complete = action completed and evidenced; Green = on track; Amber = delayed but within revised timescale; Red = overdue or not progressing",
              "Exported from the Havering CSP DHR tracker (SharePoint list)"]
    with open(os.path.join(HERE, HV_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return expected


# ---------------------------------------------------------------------------
# 7. Walsall Health and Wellbeing Board – action log (csv)
# ---------------------------------------------------------------------------
WS_NAME = "zy-walsall-health-and-wellbeing-board-action-log.csv"
WS_TITLE = "Walsall Health and Wellbeing Board – Action Log"

WS_ROWS = [
    ("HWB/25/01", "10/03/2025", "Director of Public Health to circulate the draft Pharmaceutical Needs Assessment to Board members for comment before formal consultation.",
     "Director of Public Health", "April 2025", "B", "Circulated 02/04/2025; comments incorporated.",
     ["Director of Public Health"], "2025-04", None, "blue"),
    ("HWB/25/02", "10/03/2025", "Provide a breakdown of NHS Health Check uptake by ward and ethnicity, with an action plan for the five wards with the lowest uptake.",
     "Consultant in Public Health (Healthy Lives)", "Next meeting (June 2025)", "B", "Presented 16/06/2025.",
     ["Consultant in Public Health (Healthy Lives)"], "2025-06", "Next meeting (June 2025)", "blue"),
    ("HWB/25/04", "16/06/2025", "Walsall Together and the ICB to report on progress against the Better Care Fund plan, including discharge to assess capacity.",
     "Walsall Together Managing Director / ICB Place Director", "09/12/2025 (deferred from 09/09/2025)", "G",
     "Deferred at the Chair’s request; report in draft.",
     ["Walsall Together Managing Director", "ICB Place Director"], "2025-12", None, "green"),
    ("HWB/25/05", "16/06/2025", "Members to nominate a representative to the Healthy Weight Alliance steering group.",
     "All Board members", "July 2025", "R", "Nominations received from 6 of 11 organisations.",
     ["All Board members"], "2025-07", None, "red"),
    ("HWB/25/06", "16/06/2025", "Share the Marmot Place evaluation framework with the Board and agree the three priority indicators for Walsall.",
     "Director of Public Health and Chair of the Board", "Dec-25", "G", "Framework shared 30/06/2025; indicators to the December meeting.",
     ["Director of Public Health", "Chair of the Board"], "2025-12", None, "green"),
    ("HWB/25/07", "09/09/2025", "Arrange a Board development session on the refresh of the Joint Local Health and Wellbeing Strategy, including Healthwatch Walsall.",
     "Health and Wellbeing Board Manager", "November 2025", "G", "",
     ["Health and Wellbeing Board Manager"], "2025-11", None, "green"),
    ("HWB/25/08", "09/09/2025", "Children’s Services and Black Country Healthcare NHS FT to present the joint emotional wellbeing pathway for children and young people, showing CAMHS waiting times by age group.\n(Carried forward from action HWB/24/19.)",
     "Director of Children’s Services / BCHFT Director of Operations", "March 2026", "A", "Data request with BCHFT; waiting-time split not yet available.",
     ["Director of Children’s Services", "BCHFT Director of Operations"], "2026-03", None, "amber"),
    ("HWB/25/09", "09/09/2025", "Review the membership of the Board against the revised terms of reference and report to Council.",
     "Democratic Services Manager", "Ongoing", "G", "To be completed once the ICB restructure is confirmed.",
     ["Democratic Services Manager"], None, "Ongoing", "green"),
]


def build_walsall():
    n = 7
    rows = [[WS_TITLE] + [""] * (n - 1),
            ["Updated following the Board meeting held on 9 September 2025"] + [""] * (n - 1),
            [""] * n,
            ["Action No.", "Date of Meeting", "Action", "Lead", "Due Date", "RAG", "Update"]]
    expected = []
    for (no, mdate, act, lead, due, rag, upd, leads, end, end_text, status) in WS_ROWS:
        rows.append([no, mdate, act, lead, due, rag, upd])
        expected.append(X(no, [], act, leads, end, status, end_text))
    rows.append([""] * n)
    rows.append(["Key: B = complete (removed after the next meeting); G = on track; A = some delay; R = overdue or at risk"] + [""] * (n - 1))
    with open(os.path.join(HERE, WS_NAME), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)
    return expected


def build_all():
    return {
        WB_NAME: build_west_berkshire(),
        WF_NAME: build_waltham_forest(),
        BB_NAME: build_bedford(),
        LB_NAME: build_lambeth(),
        NEL_NAME: build_nel(),
        HV_NAME: build_havering(),
        WS_NAME: build_walsall(),
    }


if __name__ == "__main__":
    out = build_all()
    for k, v in out.items():
        print(k, v if isinstance(v, int) else len(v))
