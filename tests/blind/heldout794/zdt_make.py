"""Build the seven zdt- blind test files (set heldout794).

Run with: /work/main/.venv/bin/python zdt_make.py
Writes only files whose names start with "zdt-" into the folder of this script.
"""
import csv
import datetime as dt
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

D = dt.datetime

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "5B9BD5",
    "grey": "D9D9D9",
    "head": "1F4E78",
    "theme": "DDEBF7",
}


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("zdt-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. rhp - internal audit recommendations tracker (xlsx, two sheets)
# ---------------------------------------------------------------------------
RHP_TITLE = "rhp \u2013 Internal Audit Recommendations Tracker"
RHP_SECTIONS = [
    ("Damp and Mould Case Management (IA 02 2024/25) \u2013 Reasonable assurance", [
        ("DM.1", "Medium",
         "Case records should evidence the date of each inspection, the works ordered and the follow-up visit so that response times can be monitored against the policy.",
         "Configure mandatory inspection, works-order and follow-up date fields in the damp and mould case module and report response times monthly to the Operations Leadership Team.",
         "Head of Repairs", D(2025, 3, 31), D(2025, 6, 30), "Complete",
         "Fields live from 2 June 2025; first monthly report to OLT in July 2025. Evidence verified by Internal Audit."),
        ("DM.2", "Low",
         "The damp and mould policy should be reviewed to reflect Awaab's Law timescales.",
         "Review and republish the damp and mould policy to reflect the Awaab's Law timescales in force from October 2025.",
         "Head of Building Safety & Compliance", D(2025, 9, 30), None, "Complete",
         "Policy approved by the Executive Team on 16 September 2025 and published on the website."),
    ]),
    ("Repairs Contractor Management (IA 05 2024/25) \u2013 Limited assurance", [
        ("RC.1", "High",
         "Contractor KPIs should be validated independently before performance payments are approved.",
         "Introduce monthly independent validation of a sample of contractor KPI returns by the Repairs Performance team before payment approval.",
         "Director of Property Services / Head of Procurement", D(2025, 6, 30), D(2025, 12, 31), "At risk",
         "Sampling method agreed; validation started for two of the three contractors. The third contractor's data feed is delayed by a system change."),
        ("RC.2", "Medium",
         "Variations to works orders above \u00a35,000 should be approved in line with the scheme of delegation.",
         "Add an approval step in the repairs system so that variations above \u00a35,000 cannot be issued without Repairs Manager authorisation.",
         "Head of Repairs", D(2025, 7, 31), D(2025, 11, 30), "On track",
         "Workflow built and in user testing; go-live planned for 10 November 2025."),
        ("RC.3", "Medium",
         "Contract management meetings should be minuted and their actions tracked.",
         "Use a standard agenda, minute template and action log for all monthly contract management meetings.",
         "Contract Manager (Repairs)", D(2025, 5, 31), None, "Overdue",
         "Template issued but minutes are not yet produced consistently for all three contracts."),
    ]),
    ("Tenancy Fraud (IA 07 2024/25) \u2013 Reasonable assurance", [
        ("TF.1", "Medium",
         "Tenancy audits should be targeted using a risk-based approach.",
         "Develop a risk-scoring model (no repairs contact, no rent-account contact, data-match flags) to prioritise tenancy audits.",
         "Head of Housing Services", D(2025, 9, 30), D(2026, 1, 31), "On track",
         "Draft scoring model shared with the Tenancy Fraud Officer; National Fraud Initiative matches to be added."),
        ("TF.2", "Low",
         "Staff should receive refresher tenancy fraud awareness training.",
         "Include tenancy fraud awareness in the mandatory e-learning programme for all housing staff.",
         "Learning & Development Manager", D(2026, 1, 31), None, "On track",
         "Module sourced; launch with the January 2026 mandatory training cycle."),
    ]),
    ("Cyber Security \u2013 Patch Management (IA 01 2025/26) \u2013 Limited assurance", [
        ("CS.1", "High",
         "Critical security patches should be applied within 14 days of release, in line with Cyber Essentials Plus.",
         "Implement automated patch deployment for servers and laptops, with exception reporting for devices not patched within 14 days.",
         "Head of IT", D(2025, 8, 31), D(2025, 10, 31), "Complete",
         "Automated deployment live across the estate from 6 October 2025; exception report reviewed weekly."),
        ("CS.2", "Medium",
         "Unsupported software should be identified and removed or formally risk-accepted.",
         "Complete an inventory of end-of-life software and either remove it or record a risk acceptance signed off by the Information Security Manager.",
         "Head of IT; Information Security Manager", D(2025, 11, 30), None, "On track",
         "Inventory 80% complete; 11 applications identified for removal."),
    ]),
]
RHP_STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}


def make_rhp():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = RHP_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary of recommendations by audit \u2013 position at 31 October 2025"
    hdr = ["Audit", "Assurance opinion", "High", "Medium", "Low", "Total", "Complete", "Outstanding"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.border = BOX
    rows = []
    tot = [0] * 6
    for sec, acts in RHP_SECTIONS:
        name, _, opinion = sec.rpartition(" \u2013 ")
        pr = [sum(1 for a in acts if a[1] == p) for p in ("High", "Medium", "Low")]
        comp = sum(1 for a in acts if a[7] == "Complete")
        vals = pr + [len(acts), comp, len(acts) - comp]
        tot = [x + y for x, y in zip(tot, vals)]
        rows.append([name, opinion] + vals)
    rows.append(["Total", ""] + tot)
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    ws.column_dimensions["A"].width = 58
    ws.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Tracker")
    ws["A1"] = RHP_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Audit & Risk Committee, 18 November 2025 \u2013 position as at 31 October 2025"
    ws.merge_cells("A2:I2")
    ws["A3"] = "Owner: Head of Governance & Assurance"
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original due date", "Revised due date", "Status", "Progress update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    for sec, acts in RHP_SECTIONS:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill(FILL["grey"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for a in acts:
            for c, v in enumerate(a, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            sc = ws.cell(row=r, column=8)
            sc.fill = fill(FILL[RHP_STATUS_FILL[a[7]]])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Status key: Complete = implemented and evidenced (blue); On track = will be delivered by the due date (green); "
        "At risk = may miss the due date (amber); Overdue = past the due date and not implemented (red)."))
    r += 1
    ws.cell(row=r, column=1, value="Recommendations marked Complete will be removed from the tracker once reported to the Committee.")
    widths = [7, 9, 42, 48, 26, 12, 12, 10, 46]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    wb.save(out("zdt-rhp-audit-and-risk-committee-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Origin Housing - RSH regulatory judgement improvement plan (xlsx, 3 sheets)
# ---------------------------------------------------------------------------
ORIGIN_TITLE = "Governance and Financial Viability Improvement Plan"
# (no, action, leads, target, previous RAG letter, current RAG colour (fill only), progress)
ORIGIN_THEMES = [
    ("Theme 1: Board oversight and financial reporting", [
        ("1.1", "Commission an independent review of Board and committee effectiveness, focused on financial oversight and the quality of information the Board receives",
         "Chair of the Board; Company Secretary", D(2024, 2, 1), "A", "blue",
         "Review completed by an external governance adviser; report and 14 recommendations considered by the Board on 25 April 2024."),
        ("1.2", "Redesign the Board finance pack so that covenant headroom, interest cover and forecast variances are reported at every Board meeting",
         "Chief Financial Officer", D(2024, 4, 1), "A", "green",
         "New pack used for the April and May Board meetings; forecast commentary to be strengthened."),
        ("1.3", "Deliver Board training on treasury management, loan covenants and the Regulatory Standards",
         "Company Secretary", D(2024, 6, 1), "G", "green",
         "Session with the treasury advisers booked for 11 June 2024."),
    ]),
    ("Theme 2: Covenant compliance and treasury management", [
        ("2.1", "Rebuild the covenant compliance model on corrected interest-payable data and obtain independent verification of it",
         "Chief Financial Officer & Head of Treasury", "Q1 2024/25", "R", "amber",
         "Model rebuilt; independent verification by the treasury advisers is under way."),
        ("2.2", "Introduce a quarterly covenant compliance certificate signed by the Chief Financial Officer and reviewed by the Audit and Risk Committee",
         "Head of Treasury", D(2024, 6, 1), "A", "green",
         "Template agreed; first certificate (Q4 2023/24) presented to the Audit and Risk Committee in May 2024."),
        ("2.3", "Agree a protocol for notifying funders and the regulator promptly of any potential covenant breach",
         "Chief Executive", D(2024, 3, 1), "A", "blue",
         "Protocol approved by the Board on 28 March 2024."),
    ]),
    ("Theme 3: Business planning, stress testing and risk", [
        ("3.1", "Refresh the 30-year business plan on corrected assumptions and stress test it against multi-variate scenarios, including a combined interest rate and inflation shock",
         "Head of Financial Planning", D(2024, 7, 1), "A", "amber",
         "Assumptions reset; scenario modelling delayed by finance team capacity."),
        ("3.2", "Add covenant, liquidity and data-quality risks to the strategic risk register with Executive owners and monthly review",
         "Head of Risk and Assurance", D(2024, 4, 1), "G", "blue",
         "Strategic risk register updated and reviewed by the Audit and Risk Committee on 14 May 2024."),
        ("3.3", "Keep the regulator informed of progress through monthly meetings and provide the evidence it requests",
         "Chief Executive; Chair of the Board", "Ongoing", "G", "green",
         "Monthly meetings held since January 2024; next meeting 12 June 2024."),
    ]),
    ("Theme 4: Internal controls and finance capacity", [
        ("4.1", "Recruit an interim Financial Controller and two qualified management accountants to restore finance team capacity",
         "Chief Financial Officer / Director of People", D(2024, 4, 1), "R", "red",
         "Interim Financial Controller in post from 8 April 2024; management accountant posts re-advertised after an unsuccessful first round."),
        ("4.2", "Introduce monthly reconciliations between the general ledger and the treasury management system, with independent review",
         "Financial Controller", D(2024, 5, 1), "A", "green",
         "Reconciliations completed for March and April 2024 with review sign-off."),
        ("4.3", "Commission an internal audit of financial planning, reporting and covenant controls to confirm the improvements are embedded",
         "Head of Risk and Assurance", D(2024, 9, 1), "G", "green",
         "Terms of reference agreed with the internal auditors; fieldwork scheduled for August 2024."),
    ]),
]
PREV_FILL = {"R": "red", "A": "amber", "G": "green", "B": "blue"}


def make_origin():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Origin Housing Limited"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Document control"
    ws["A3"].font = Font(bold=True)
    dc = [("Document", ORIGIN_TITLE), ("Version", "1.4"), ("Owner", "Company Secretary"),
          ("Approved by", "Board"), ("Date", "21/05/2024"), ("Next review", "Board, 23 July 2024")]
    for i, (k, v) in enumerate(dc, 4):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2).border = BOX
    ws["A11"] = "Version history"
    ws["A11"].font = Font(bold=True)
    vh = [("Version", "Date", "Change"),
          ("1.0", "19/01/2024", "Plan agreed with the Regulator of Social Housing"),
          ("1.2", "28/03/2024", "Progress update to Board; action 2.3 closed"),
          ("1.4", "21/05/2024", "Progress update to Board; Current RAG added")]
    for i, row in enumerate(vh, 12):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=i, column=c, value=v)
            cell.border = BOX
            if i == 12:
                cell.font = Font(bold=True)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 56
    ws.column_dimensions["C"].width = 48

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Origin Housing Limited"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ORIGIN_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Response to the Regulator of Social Housing regulatory judgement of 14 December 2023 (G3/V3)"
    ws["A4"] = "Progress report to the Board \u2013 21 May 2024"
    hdr = ["No.", "Action", "Lead(s)", "Target date", "Previous RAG (Mar-24)", "Current RAG (May-24)", "Progress and evidence"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.alignment = WRAP
        cell.border = BOX
    r = 7
    for theme, acts in ORIGIN_THEMES:
        cell = ws.cell(row=r, column=1, value=theme)
        cell.font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(row=r, column=c).fill = fill(FILL["theme"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for no, action, leads, target, prev, cur, prog in acts:
            vals = [no, action, leads, target, prev, None, prog]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            tcell = ws.cell(row=r, column=4)
            if isinstance(target, dt.datetime):
                tcell.number_format = "mmm-yy"
            ws.cell(row=r, column=5).fill = fill(FILL[PREV_FILL[prev]])
            ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=6).fill = fill(FILL[cur])
            r += 1
    r += 1
    counts = {}
    for _, acts in ORIGIN_THEMES:
        for a in acts:
            counts[a[5]] = counts.get(a[5], 0) + 1
    total = sum(counts.values())
    ws.cell(row=r, column=1, value=(
        f"Summary (current RAG): Blue {counts.get('blue', 0)}, Green {counts.get('green', 0)}, "
        f"Amber {counts.get('amber', 0)}, Red {counts.get('red', 0)} \u2013 total {total} actions")).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Note: the Current RAG column is shown by colour only; see the RAG key sheet.")
    widths = [6, 60, 30, 12, 12, 12, 52]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws = wb.create_sheet("RAG key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    key = [("blue", "Blue", "Complete \u2013 action delivered and evidence provided to the Board"),
           ("green", "Green", "On track to be delivered by the target date"),
           ("amber", "Amber", "At risk \u2013 some slippage, mitigations in place"),
           ("red", "Red", "Off track \u2013 target date missed or will be missed")]
    for i, (col, word, meaning) in enumerate(key, 2):
        ws.cell(row=i, column=1, value=word).fill = fill(FILL[col])
        ws.cell(row=i, column=2, value=meaning)
    ws.column_dimensions["B"].width = 70
    wb.save(out("zdt-origin-housing-rsh-regulatory-judgement-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Inverclyde Council - HSE improvement notices (HAVS) Smartsheet export (xlsx)
# ---------------------------------------------------------------------------
# parent rows: (task name, comment); children: (task, ref, assigned, start, end, status, pct, comment)
INV_ROWS = [
    ("Improvement Notice 1 \u2013 Regulation 5: assess the risk from hand-arm vibration",
     "Notice served 03/12/2024. Compliance date 31/03/2025.", [
         ("Complete task-based HAV risk assessments for Roads, Grounds Maintenance and Bereavement Services teams using in-use vibration data",
          "1.1", "Fiona Lennox, Craig Doherty", D(2025, 1, 6), D(2025, 2, 28), "Blue", 1.0,
          "Assessments signed off by Corporate Health & Safety on 25/02/2025."),
         ("Introduce daily trigger-time recording for each operative and review exposure points weekly at team level",
          "1.2", "Craig Doherty", D(2025, 1, 13), D(2025, 3, 31), "Blue", 1.0,
          "Trigger-time meters fitted to high-use tools; weekly review in place."),
     ]),
    ("Improvement Notice 2 \u2013 Regulation 6: eliminate or control exposure",
     "Notice served 03/12/2024. Compliance date extended by HSE to 30/05/2025.", [
         ("Replace high-vibration breakers, strimmers and hedge cutters identified in the tool register with low-vibration models",
          "2.1", "Stuart Kerr", D(2025, 1, 20), D(2025, 5, 30), "Yellow", 0.7,
          "Breakers and hedge cutters replaced; strimmer delivery delayed by the supplier."),
         ("Build exposure limits and job rotation into work schedules so that no operative exceeds the exposure action value without supervisor approval",
          "2.2", "Fiona Lennox", D(2025, 2, 3), D(2025, 3, 31), "Blue", 1.0, None),
         ("Add vibration magnitude criteria to the plant and tool procurement specification",
          "2.3", "Stuart Kerr, Anne-Marie Quinn", D(2025, 2, 3), D(2025, 4, 30), "Green", 0.5,
          "Draft specification with Legal Services."),
     ]),
    ("Improvement Notice 3 \u2013 Regulation 7: health surveillance",
     "Notice served 03/12/2024. Compliance date 31/03/2025.", [
         ("Refer all operatives exposed above the exposure action value to tiered HAVS health surveillance with the occupational health provider",
          "3.1", "Gillian Reid", D(2024, 12, 9), D(2025, 1, 31), "Blue", 1.0,
          "62 operatives referred; Tier 1 questionnaires returned."),
         ("Complete Tier 2 assessments for the 14 operatives reporting symptoms and act on the fitness-for-work outcomes",
          "3.2", "Gillian Reid, Fiona Lennox", D(2025, 2, 3), D(2025, 3, 31), "Red", 0.6,
          "Provider capacity issue: 6 assessments outstanding. Escalated to HR Business Partner; HSE inspector informed."),
         ("Set up a health surveillance register with recall dates and report compliance quarterly to the Corporate Health & Safety Committee",
          "3.3", "Gillian Reid", D(2025, 3, 3), D(2025, 6, 30), "Green", 0.4, None),
     ]),
    ("Improvement Notice 4 \u2013 Regulation 8: information, instruction and training",
     "Notice served 03/12/2024. Compliance date 28/02/2025.", [
         ("Deliver HAVS toolbox talks and symptom-reporting training to all exposed operatives and supervisors",
          "4.1", "Craig Doherty", D(2025, 1, 6), D(2025, 2, 28), "Blue", 1.0,
          "Attendance records attached to this row."),
     ]),
]


def make_inverclyde():
    wb = Workbook()
    ws = wb.active
    ws.title = "HSE Improvement Notices - HAVS"
    hdr = ["Task Name", "Action Ref", "Assigned To", "Start Date", "End Date", "Status", "% Complete", "Latest Comment"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=1, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("E7E6E6")
    r = 2
    for parent, pcomment, kids in INV_ROWS:
        ws.cell(row=r, column=1, value=parent).font = Font(bold=True)
        ws.cell(row=r, column=8, value=pcomment)
        r += 1
        for task, ref, who, start, end, status, pct, comment in kids:
            vals = [task, ref, who, start, end, status, pct, comment]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yy"
            ws.cell(row=r, column=1).alignment = Alignment(indent=1, wrap_text=True)
            ws.cell(row=r, column=7).number_format = "0%"
            ws.row_dimensions[r].outlineLevel = 1
            r += 1
    ws.sheet_properties.outlinePr.summaryBelow = False
    widths = [70, 11, 30, 11, 11, 9, 11, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "B2"
    wb.save(out("zdt-inverclyde-council-hse-improvement-notices-havs-action-tracker-smartsheet-export.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
DOCX_FILL = {"blue": "9DC3E6", "green": "92D050", "amber": "FFC000", "red": "FF0000", "grey": "D9D9D9"}


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; '\n' in text becomes separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold


def header_row(table, headers):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")


# ---------------------------------------------------------------------------
# 4. Anthony Nolan - Board of Trustees action log (docx, one table per meeting)
# ---------------------------------------------------------------------------
AN_TITLE = "Board of Trustees \u2013 Action Log"
AN_MEETINGS = [
    ("Actions from the meeting of 17 June 2025", [
        ("41", "6.2", "Bring a revised set of strategic KPIs, including donor recruitment diversity measures, to the Board for approval",
         "Chief Executive", "September 2025", "Complete", "KPIs approved at the September meeting (minute 5.1)."),
        ("42", "8.1", "Present reserves policy options reflecting the lower legacy income forecast",
         "Chief Financial Officer", "Dec-25", "On track", "Options paper on today's agenda (Paper 7)."),
        ("44", "10.3", "Review the trustee skills matrix ahead of the 2026 recruitment round.\nReport any gaps to the Nominations Committee.",
         "Chair; Company Secretary", "March 2026", "On track", "Skills survey issued to trustees in November."),
    ]),
    ("Actions from the meeting of 23 September 2025", [
        ("45", "4.2", "Circulate the lessons-learned review of the August stem cell courier disruption to all trustees",
         "Director of Patient Services", "October 2025", "Overdue",
         "Review being finalised with the courier provider; now expected by the end of December."),
        ("46", "5.3", "Report the outcome of the regular-giving recruitment test and the decision on national roll-out",
         "Director of Fundraising", "Jan-26", "At risk", "Test results delayed; interim findings to be shared in January."),
        ("47", "7.1", "Commission an external review of cyber security controls following the Audit & Risk Committee deep dive",
         "Chief Financial Officer / Director of Technology", "Feb 2026", "On track", "Three suppliers invited to quote."),
        ("48", "9.2", "Set up a trustee working group to oversee the refresh of the research strategy",
         "JM, RP", "Ongoing", "On track", "Group met on 4 November; terms of reference agreed."),
        ("49", "11", "Confirm the dates of the 2026 Board meetings and strategy day",
         "Company Secretary", "October 2025", "Complete", "Dates circulated on 2 October 2025."),
    ]),
]
AN_STATUS = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}


def make_anthony_nolan():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Anthony Nolan")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(AN_TITLE, level=1)
    doc.add_paragraph("Paper 4 \u2013 Board meeting, 9 December 2025")
    doc.add_paragraph(
        "Purpose: to update the Board on progress against actions agreed at previous meetings. "
        "Actions reported as complete will be removed from the log after this meeting.")
    doc.add_paragraph("Status key")
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    header_row(key, ["Status", "Meaning"])
    for word, meaning in [("Complete", "Action completed \u2013 proposed for closure"),
                          ("On track", "Progress in line with the due date"),
                          ("At risk", "Due date may be missed"),
                          ("Overdue", "Due date has passed")]:
        row = key.add_row()
        set_cell(row.cells[0], word)
        shade(row.cells[0], DOCX_FILL[AN_STATUS[word]])
        set_cell(row.cells[1], meaning)
    for heading, acts in AN_MEETINGS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        header_row(t, ["No.", "Minute", "Action", "Owner", "Due", "Status", "Update"])
        for a in acts:
            row = t.add_row()
            for i, v in enumerate(a):
                set_cell(row.cells[i], v)
            shade(row.cells[5], DOCX_FILL[AN_STATUS[a[5]]])
    doc.add_paragraph("")
    doc.add_paragraph("Closed since the last meeting: actions 38, 39, 40 and 43.")
    doc.add_paragraph("Company Secretary, 1 December 2025")
    doc.save(out("zdt-anthony-nolan-board-of-trustees-action-log.docx"))


# ---------------------------------------------------------------------------
# 5. Youth Justice Agency NI - programme highlight report (docx)
# ---------------------------------------------------------------------------
YJA_TITLE = "Case Management System Replacement Programme"
YJA_WORKSTREAMS = [
    ("Workstream A \u2013 Solution delivery", [
        ("A1", "Supplier contract signed and mobilisation complete", "Programme Manager", "Apr 2025", "Apr 2025", "Complete",
         "Contract signed 14 April 2025."),
        ("A2", "Configuration of youth conference and court order modules", "Head of ICT; Supplier Delivery Lead", "Sep 2025", "Nov 2025", "A",
         "Court order workflows reworked after the NICTS interface change."),
        ("A3", "System integration testing with NICTS and PSNI interfaces", "Head of ICT", "Oct 2025", "Jan 2026", "R",
         "Depends on A2 and on test environment access from partner agencies."),
        ("A4", "User acceptance testing", "Business Change Manager", "Dec 2025", "Feb 2026", "A", ""),
    ]),
    ("Workstream B \u2013 Data migration", [
        ("B1", "Legacy data cleansing \u2013 open cases", "Data Migration Lead", "Jul 2025", "Jul 2025", "Complete",
         "98.6% of open case records cleansed."),
        ("B2", "Trial migration 2 and reconciliation report", "Data Migration Lead", "Oct 2025", "Nov 2025", "A",
         "Reconciliation issues on victim contact records."),
        ("B3", "Retention decisions for closed case records older than seven years",
         "Information Governance Manager / Head of Youth Justice Services", "Nov 2025", "Nov 2025", "G", ""),
    ]),
    ("Workstream C \u2013 Business change and training", [
        ("C1", "Training needs analysis for area teams and Woodlands Juvenile Justice Centre", "Training Lead", "Aug 2025", "Aug 2025", "Complete", ""),
        ("C2", "Super-user network in place in all area teams", "Business Change Manager", "Nov 2025", "Nov 2025", "G",
         "11 of 13 super-users nominated."),
        ("C3", "End-user training delivered", "Training Lead; Business Change Manager", "Jan 2026", "Mar 2026", "A",
         "Re-planned to follow user acceptance testing."),
    ]),
]
YJA_RAG = {"Complete": "blue", "G": "green", "A": "amber", "R": "red"}


def make_yja():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Youth Justice Agency")
    r.bold = True
    doc.add_heading(YJA_TITLE, level=1)
    doc.add_paragraph("Highlight Report No. 14 \u2013 reporting period 1 to 31 October 2025")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Senior Responsible Owner", "Director of Corporate Services"),
                 ("Programme Manager", "K. Magee"),
                 ("Report to", "Programme Board, 12 November 2025"),
                 ("Overall status", "Amber"),
                 ("Version", "1.0 \u2013 Final")]:
        row = info.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_heading("1. Status summary", level=2)
    ss = doc.add_table(rows=1, cols=4)
    ss.style = "Table Grid"
    header_row(ss, ["Area", "Last period", "This period", "Comment"])
    for area, last, this, com in [
            ("Overall", "A", "A", "Go-live re-planned from March to May 2026; within programme tolerance."),
            ("Schedule", "A", "R", "Integration testing outside stage tolerance \u2013 see A3."),
            ("Budget", "G", "G", "Spend to date \u00a31.12m against profile of \u00a31.18m."),
            ("Resources", "A", "A", "Data migration analyst vacancy filled from 3 November."),
            ("Benefits", "G", "G", "No change to the benefits profile.")]:
        row = ss.add_row()
        for i, v in enumerate([area, last, this, com]):
            set_cell(row.cells[i], v)
        shade(row.cells[1], DOCX_FILL[YJA_RAG[last]])
        shade(row.cells[2], DOCX_FILL[YJA_RAG[this]])
    doc.add_heading("2. Progress this period", level=2)
    doc.add_paragraph(
        "Configuration of the youth conference module was completed and demonstrated to area managers on 22 October. "
        "Trial migration 2 ran on 27 October; reconciliation of victim contact records is continuing. "
        "The supplier has confirmed additional configuration resource from November.")
    doc.add_heading("3. Milestones", level=2)
    doc.add_paragraph(
        "RAG: G \u2013 on track; A \u2013 at risk but recoverable within tolerance; "
        "R \u2013 outside tolerance, exception report to follow; Complete \u2013 milestone achieved.")
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    header_row(t, ["Ref", "Milestone", "Lead", "Baseline", "Forecast", "RAG", "Commentary"])
    for ws_name, rows in YJA_WORKSTREAMS:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[6])
        set_cell(merged, ws_name, bold=True)
        shade(merged, DOCX_FILL["grey"])
        for a in rows:
            row = t.add_row()
            for i, v in enumerate(a):
                set_cell(row.cells[i], v)
            shade(row.cells[5], DOCX_FILL[YJA_RAG[a[5]]])
    doc.add_heading("4. Key risks and issues", level=2)
    doc.add_paragraph(
        "R04 \u2013 Partner test environments (NICTS, PSNI) not available when needed. Rating: High. "
        "Mitigation: escalated through the criminal justice digital group.", style="List Bullet")
    doc.add_paragraph(
        "I02 \u2013 Supplier resource changes have slowed configuration. Rating: Medium. "
        "Mitigation: supplier recovery plan requested.", style="List Bullet")
    doc.add_heading("5. Decisions required", level=2)
    doc.add_paragraph(
        "The Programme Board is asked to approve the re-planned go-live date of May 2026 and the release of "
        "\u00a345,000 from programme contingency.")
    doc.save(out("zdt-youth-justice-agency-ni-case-management-system-programme-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 6. Congleton Town Council - governance action plan, Microsoft Planner export (csv)
# ---------------------------------------------------------------------------
CTC_PLAN = "CTC Governance Action Plan 2025-26"
CTC_HEADER = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By",
              "Created Date", "Start date", "Due date", "Is Recurring", "Late", "Completed Date", "Completed By",
              "Completed Checklist Items", "Checklist Items", "Labels", "Description"]
B1 = "Internal audit 2024-25 \u2013 year-end points"
B2 = "External auditor \u2013 AGAR 2024-25"
B3 = "Policies and standing orders"
B4 = "Transparency and website"
CTC_TASKS = [
    ["Wm3kQ0tZ4UeHc7rXb2LfNmAAPq9d", "Reconcile the fixed asset register to the insurance schedule and record disposals", B1,
     "Completed", "Medium", "Helen Ashworth", "Daniel Okafor", "02/06/2025", "02/06/2025", "30/06/2025", "false", "false",
     "20/06/2025", "Helen Ashworth", "", "", "", "Internal audit year-end report 2024-25, point 1."],
    ["Xp7vR1cD0kOaL5sYg8HtQeAAJw2m", "Adopt the updated NALC model Financial Regulations with local thresholds", B1,
     "Completed", "Important", "Helen Ashworth;Paul Bates", "Daniel Okafor", "02/06/2025", "02/06/2025", "31/07/2025", "false", "false",
     "22/07/2025", "Daniel Okafor", "2", "Draft with local thresholds;Full Council approval", "",
     "Internal audit point 2. Approved at Full Council on 17 July 2025."],
    ["Ta2nF6yH9sBvE3pUw0KcZrAAMx5j", "Minute the annual review of the effectiveness of internal control as a separate item before the AGAR is approved", B1,
     "Not started", "Medium", "Daniel Okafor", "Daniel Okafor", "02/06/2025", "", "30/04/2026", "false", "false",
     "", "", "", "", "", "Internal audit point 3. For the 2025-26 year end."],
    ["Ku9bG4eJ2wRmT6xNa1VdYsAAQc8h", "Publish the notice of conclusion of audit and AGAR sections 1 to 3 on the website by the statutory deadline", B2,
     "Completed", "Urgent", "Daniel Okafor", "Daniel Okafor", "02/06/2025", "01/09/2025", "30/09/2025", "false", "false",
     "25/09/2025", "Daniel Okafor", "", "", "", "External auditor's report received 19 September 2025."],
    ["Rf5cL8aM3zPqW0tJe7XnBgAAHv4k", "Prepare the explanation of significant variances for the 2025-26 AGAR with the year-end accounts, giving figures for each variance over 15%", B2,
     "In progress", "Medium", "Helen Ashworth", "Daniel Okafor", "02/06/2025", "01/10/2025", "31/03/2026", "false", "false",
     "", "", "0", "Variance schedule template;Finance Committee review", "Green",
     "External auditor's 'other matters' comment on 2024-25 return."],
    ["Ny1hS7dQ5vKoU2gBc9ZmTeAAWp3r", "Review Standing Orders against the current NALC model and present them to Policy & Finance Committee", B3,
     "In progress", "Important", "Daniel Okafor;Paul Bates", "Daniel Okafor", "02/06/2025", "01/08/2025", "30/11/2025", "false", "false",
     "", "", "", "", "Amber", "Draft with the Chair of Policy & Finance; legal check outstanding."],
    ["Jd8pV2nX6tCyM4rHf0QaLuAAEb7s", "Adopt a records retention and disposal policy and schedule", B3,
     "In progress", "Medium", "Daniel Okafor", "Daniel Okafor", "02/06/2025", "01/07/2025", "30/09/2025", "false", "true",
     "", "", "", "", "Red", "Missed the September deadline; draft to go to the December committee."],
    ["Gz4mB0rK8yFsN7wDp2TjVhAAUn6q", "Publish all spending over \u00a3500 quarterly under the Transparency Code", B4,
     "In progress", "Medium", "Helen Ashworth", "Daniel Okafor", "02/06/2025", "01/07/2025", "31/12/2025", "false", "false",
     "", "", "", "", "Green", "Q1 and Q2 published."],
    ["Cq6wT3fN1hLxR8kVm5BsDyAAKg0z", "Carry out a website accessibility audit against WCAG 2.2 AA and publish an updated accessibility statement", B4,
     "In progress", "Low", "Sophie Lang;Daniel Okafor", "Daniel Okafor", "02/06/2025", "01/10/2025", "31/01/2026", "false", "false",
     "", "", "", "", "Amber", "Quote received from the website provider."],
]


def make_congleton():
    path = out("zdt-congleton-town-council-governance-action-plan-2025-26-planner-export.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Plan name", CTC_PLAN])
        w.writerow(["Plan ID", "rV4kTq0xZ8mHs2PjLw6NdGQAEs1b"])
        w.writerow(["Date of export", "14/11/2025"])
        w.writerow([])
        w.writerow(CTC_HEADER)
        for t in CTC_TASKS:
            assert len(t) == len(CTC_HEADER)
            w.writerow(t)


# ---------------------------------------------------------------------------
# 7. JNCC - corporate risk register, tab-separated text export (refuse: mistyped month)
# ---------------------------------------------------------------------------
JNCC_LINES = [
    "Joint Nature Conservation Committee",
    "Corporate Risk Register 2025-26",
    "Extract for the Audit and Risk Assurance Committee \u2013 4 December 2025",
    "Scores: Likelihood x Impact, each scored 1-5. Action RAG: G on track, A at risk, R off track, C complete.",
    "",
    "\t".join(["Risk ID", "Risk", "Risk owner", "Current score", "Target score", "Action ref", "Further action",
               "Action owner", "Target date", "RAG", "Update"]),
    "\t".join(["CR01", "Grant-in-aid and commissioned income are insufficient to deliver the 2025-26 business plan",
               "Chief Operating Officer", "16", "9", "CR01.1",
               "Agree a prioritised 2026-27 delivery plan with Defra and the devolved administrations",
               "Chief Executive", "March 2026", "A", "Settlement letter expected in January 2026."]),
    "\t".join(["", "", "", "", "", "CR01.2", "Secure two new multi-year commissioned work agreements",
               "Director of Business Development", "Sept 2026", "G", "Pipeline reviewed by SMT in October."]),
    "\t".join(["CR02", "Loss of critical data or systems through a cyber attack", "Head of Digital", "15", "8", "CR02.1",
               "Complete migration of legacy file servers to the cloud tenancy with immutable backups",
               "Head of Digital", "Jan 2026", "A", "Two of five servers migrated."]),
    "\t".join(["", "", "", "", "", "CR02.2", "Run a cyber incident exercise with SMT and test the incident response plan",
               "Head of Digital; Information Security Officer", "November 2025", "C",
               "Exercise held on 6 November 2025; lessons log opened."]),
    "\t".join(["CR03", "Inability to recruit and retain specialist scientific staff", "Head of HR", "12", "8", "CR03.1",
               "Implement the pay and grading remedy agreed with Defra", "Head of HR", "April 2026", "G",
               "Business case approved by Defra."]),
    "\t".join(["", "", "", "", "", "CR03.2",
               "Launch a graduate and apprenticeship pipeline for marine and terrestrial evidence roles",
               "Head of HR / Chief Scientist", "Febuary 2026", "G", "First cohort campaign designed."]),
    "\t".join(["CR04", "Evidence and advice are challenged or not accepted, damaging JNCC's reputation",
               "Chief Scientist", "10", "6", "CR04.1",
               "Publish the revised quality assurance policy for evidence products", "Chief Scientist",
               "December 2025", "G", "Draft with the Joint Committee for comment."]),
    "",
    "Risks closed this quarter: CR07 (office relocation, Peterborough).",
    "Prepared by the Governance and Risk Manager.",
]


def make_jncc():
    path = out("zdt-jncc-corporate-risk-register-2025-26-typo-month-refuse.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(JNCC_LINES) + "\r\n")


def main():
    make_rhp()
    make_origin()
    make_inverclyde()
    make_anthony_nolan()
    make_yja()
    make_congleton()
    make_jncc()
    for n in sorted(os.listdir(HERE)):
        if n.startswith("zdt-") and not n.endswith(".yaml"):
            print(n)


if __name__ == "__main__":
    main()
