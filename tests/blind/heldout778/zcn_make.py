#!/usr/bin/env python3
"""Build the seven zcn- blind test files (set heldout778).

Run with /work/main/.venv/bin/python zcn_make.py  (needs openpyxl and python-docx).
Writes only files whose names start with "zcn-" in this folder.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "theme": "DDEBF7", "lgrey": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. Scottish Enterprise – ARC internal audit recommendations tracker (REFUSE)
# ---------------------------------------------------------------------------
SE_FILE = "zcn-scottish-enterprise-arc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
SE_GROUPS = [
    ("Procurement and Contract Management 2024/25 – Limited assurance", [
        ("2425/03/R1",
         "Contract award decisions above £50,000 should be approved in line with the Scheme of Delegation and the approval retained on the contract file.",
         "High",
         "Introduce a mandatory approval upload step in the eProcurement system so that award notices cannot be issued without it.",
         "Head of Procurement", D(2025, 6, 30), D(2025, 12, 31),
         "System change specified; supplier release scheduled for November 2025.", "Behind schedule"),
        ("2425/03/R2",
         "Contract managers should hold and document performance reviews for all Tier 1 contracts.",
         "Medium",
         "Issue contract management guidance and a quarterly review template; record reviews in the Contract Register.",
         "Head of Procurement / Contract Managers", D(2025, 9, 30), None,
         "Guidance issued August 2025; 14 of 19 Tier 1 reviews recorded.", "On track"),
    ]),
    ("Grants Monitoring (Business Growth) 2024/25 – Reasonable assurance", [
        ("2425/05/R1",
         "Evidence of grant claim verification should be retained for all claims over £25,000.",
         "Medium",
         "Update the claims checklist and train Account Managers on evidence retention.",
         "Director of Business Growth", D(2025, 3, 31), D(2025, 9, 30),
         "Checklist updated; training delivered to all teams 17/09/2025.", "Complete"),
        ("2425/05/R2",
         "Clawback cases should be escalated to the Grants Panel within 30 days of identification.",
         "Low",
         "Add an escalation trigger to the CRM and report clawback cases monthly to the Grants Panel.",
         "Grants Governance Manager", D(2025, 10, 31), None,
         "CRM workflow live; first monthly report due November 2025.", "On track"),
    ]),
    ("Cyber Security – Third Party Access 2025/26 – Limited assurance", [
        ("2526/01/R1",
         "Third-party remote access accounts should be reviewed at least quarterly and disabled when no longer required.",
         "High",
         "Implement quarterly access recertification for all supplier accounts through the identity governance tool.",
         "Chief Information Officer", D(2025, 9, 30), "Jan-2O26",
         "Tool configuration delayed by licensing; interim manual review of 148 accounts completed October 2025.",
         "Behind schedule"),
        ("2526/01/R2",
         "Supplier contracts should include a current cyber security schedule.",
         "Medium",
         "Review all live ICT contracts and issue contract variations where the schedule is missing or out of date.",
         "Head of Procurement; Information Security Manager", D(2025, 12, 31), None,
         "62 contracts reviewed; 9 variations issued.", "On track"),
    ]),
    ("Payroll and Expenses 2024/25 – Substantial assurance", [
        ("2425/08/R1",
         "Expense claims should not be capable of self-approval in the HR system.",
         "Medium",
         "Remove the self-approval permission and run a monthly exception report.",
         "Head of People Services", D(2025, 5, 31), D(2025, 8, 31),
         "Permission removed; exception report running but not yet reviewed each month.", "Overdue"),
        ("2425/08/R2",
         "Starters and leavers reconciliations should be evidenced monthly.",
         "Low",
         "Payroll team to sign and retain the monthly starters and leavers reconciliation.",
         "Payroll Manager", D(2025, 7, 31), None,
         "Reconciliations evidenced for July to October 2025.", "Complete"),
    ]),
]
SE_STATUS_FILL = {"Complete": "blue", "On track": "green", "Behind schedule": "amber", "Overdue": "red"}
SE_REFUSE_ROW = None  # filled in by build


def build_se():
    global SE_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Open recommendations"
    ws["A1"] = "Scottish Enterprise"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – Internal Audit Recommendations Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 31 October 2025 – for the meeting of 26 November 2025 (Paper ARC(25)41)"
    ws["A3"].font = Font(italic=True)
    ws["A5"] = "Grading:"
    ws["A5"].font = Font(bold=True)
    ws["B5"] = "High – fundamental weakness in control; Medium – significant weakness; Low – minor improvement to control"
    ws["A6"] = "Status key:"
    ws["A6"].font = Font(bold=True)
    for col, (word, colour) in zip("BCDE", SE_STATUS_FILL.items()):
        c = ws[f"{col}6"]
        c.value = word
        c.fill = fill(FILL[colour])
        c.font = Font(bold=True, color="FFFFFF" if colour in ("blue", "red", "green") else "000000")
    headers = ["Ref", "Recommendation", "Grade", "Agreed management action", "Action owner",
               "Original due date", "Revised due date", "Progress update (October 2025)", "Status"]
    hr = 8
    for i, h in enumerate(headers, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = hr + 1
    for group, rows in SE_GROUPS:
        ws.cell(r, 1, group).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        ws.cell(r, 1).fill = fill(FILL["theme"])
        r += 1
        for (ref, rec, grade, action, owner, orig, rev, upd, status) in rows:
            vals = [ref, rec, grade, action, owner, orig, rev, upd, status]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if isinstance(rev, str):
                SE_REFUSE_ROW = r
            sc = ws.cell(r, 9)
            sc.fill = fill(FILL[SE_STATUS_FILL[status]])
            r += 1
    r += 1
    ws.cell(r, 1, "Notes: Revised due dates are agreed by the Executive Leadership Team and reported to the Committee. "
                  "Recommendations marked Complete are validated by Internal Audit (Azets) before closure.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    widths = [13, 45, 9, 45, 26, 13, 13, 40, 15]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A9"

    s2 = wb.create_sheet("Summary")
    s2["A1"] = "Summary of open internal audit recommendations – 31 October 2025"
    s2["A1"].font = Font(bold=True)
    hdr = ["Grade", "Open at last ARC", "Closed since last ARC", "On track", "Behind schedule", "Overdue", "Total open"]
    for i, h in enumerate(hdr, 1):
        s2.cell(3, i, h).font = Font(bold=True)
    data = [("High", 2, 0, 0, 2, 0, 2), ("Medium", 4, 1, 2, 0, 1, 3), ("Low", 2, 1, 1, 0, 0, 1),
            ("Total", 8, 2, 3, 2, 1, 6)]
    for j, row in enumerate(data, 4):
        for i, v in enumerate(row, 1):
            s2.cell(j, i, v)
    s2.cell(7, 1).font = Font(bold=True)
    for i in range(1, 8):
        s2.column_dimensions[get_column_letter(i)].width = 18
    wb.save(os.path.join(HERE, SE_FILE))


# ---------------------------------------------------------------------------
# 2. Octavia Housing – strategic risk register 2025/26
# ---------------------------------------------------------------------------
OCT_FILE = "zcn-octavia-housing-strategic-risk-register-2025-26.xlsx"
OCT_THEMES = [
    ("Strategic objective 1: Financially strong and well governed", [
        ("SR01: Failure to deliver the financial recovery plan, breaching loan covenants and preventing a return to a V2 viability grade",
         "Chief Financial Officer", "5 × 5 = 25",
         "Monthly covenant forecasting; Finance & Treasury Committee oversight; savings programme tracker",
         "4 × 4 = 16", "↔", [
             ("1.1", "Complete refinancing of the revolving credit facility and agree a revised interest cover covenant with lenders",
              "Chief Financial Officer", D(2025, 12, 31), "At risk"),
             ("1.2", "Deliver £2.4m of 2025/26 efficiency savings, with monthly reporting of savings banked to Finance & Treasury Committee",
              "Director of Finance / Head of Financial Planning", "Q4 2025/26", "On track"),
             ("1.3", "Commission an independent review of the 30-year business plan stress testing and mitigation plans",
              "Head of Financial Planning", D(2025, 9, 30), "Complete"),
         ]),
        ("SR02: Governance and assurance arrangements do not satisfy the Regulator of Social Housing, delaying the removal of the G3 grade",
         "Chief Executive", "4 × 5 = 20",
         "Governance improvement plan monitored by Board; quarterly meetings with the Regulator; independent board effectiveness review (2024)",
         "3 × 4 = 12", "↓", [
             ("2.1", "Implement the governance improvement plan agreed with the Regulator, including the board effectiveness review recommendations",
              "Company Secretary", D(2026, 3, 31), "On track"),
             ("2.2", "Refresh the assurance map and report second-line assurance outcomes to every Audit & Risk Committee",
              "Head of Governance & Risk", "Ongoing", "On track"),
         ]),
    ]),
    ("Strategic objective 2: Safe, warm and decent homes", [
        ("SR03: Failure to identify and remedy hazards in residents’ homes, including damp and mould and building safety risks, within Awaab’s Law timescales",
         "Director of Property Services", "5 × 5 = 25",
         "Damp and mould triage procedure; Building Safety Case reports; monthly compliance dashboard to Executive",
         "3 × 5 = 15", "↔", [
             ("3.1", "Complete the 100% stock condition survey programme and load HHSRS data into the asset management system",
              "Head of Asset Management", D(2026, 3, 31), "At risk"),
             ("3.2", "Introduce the Awaab’s Law emergency hazard response procedure and 24-hour triage rota",
              "Director of Property Services", D(2025, 10, 27), "Complete"),
             ("3.3", "Remediate the remaining two buildings over 11 metres with unsafe external wall systems",
              "Building Safety Manager", D(2026, 6, 30), "Off track"),
         ]),
        ("SR04: Inaccurate or incomplete data leads to unreliable regulatory returns and Tenant Satisfaction Measures",
         "Chief Operating Officer", "4 × 4 = 16",
         "Data validation checks on statutory returns; TSM methodology reviewed by internal audit (2024/25)",
         "3 × 3 = 9", "↓", [
             ("4.1", "Appoint a Data Governance Lead and establish a data quality board reporting to Executive",
              "Chief Operating Officer", D(2025, 11, 30), "On track"),
             ("4.2", "Reconcile the housing management and compliance systems for the ‘Big Six’ safety checks",
              "Head of Compliance", D(2026, 1, 31), "Not started"),
         ]),
    ]),
    ("Strategic objective 3: Modern, secure systems and a skilled workforce", [
        ("SR05: A cyber attack or major system failure disrupts services to residents and compromises personal data",
         "Chief Operating Officer", "4 × 5 = 20",
         "Managed detection and response service; immutable back-ups; annual penetration test",
         "3 × 4 = 12", "↔", [
             ("5.1", "Achieve Cyber Essentials Plus certification",
              "Head of IT", D(2025, 12, 31), "On track"),
             ("5.2", "Run a board-level cyber incident exercise and update the business continuity plan",
              "Head of IT and Head of Governance & Risk", "Q3 2025/26", "Not started"),
         ]),
    ]),
]
OCT_STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red", "Not started": None}


def score_fill(score_text):
    n = int(score_text.split("=")[-1])
    if n >= 15:
        return "red"
    if n >= 8:
        return "amber"
    return "green"


def build_octavia():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "Octavia Housing"
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws["A2"] = "Strategic Risk Register 2025/26"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Reported to: Group Board, 25 September 2025 (reviewed by Audit & Risk Committee, 9 September 2025)"
    ws["A4"] = "Register owner: Head of Governance & Risk    Scoring: Likelihood (1–5) × Impact (1–5)"
    headers = ["Risk", "Risk owner", "Inherent score", "Key controls in place", "Residual score", "Trend",
               "Action ref", "Further mitigating actions", "Action owner", "Target date", "Action status"]
    hr = 6
    for i, h in enumerate(headers, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = hr + 1
    for theme, risks in OCT_THEMES:
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        ws.cell(r, 1).fill = fill("E4DFEC")
        r += 1
        for (risk, owner, inh, controls, resid, trend, actions) in risks:
            start = r
            for (aref, atext, aowner, due, status) in actions:
                for i, v in enumerate([aref, atext, aowner, due, status], 7):
                    c = ws.cell(r, i, v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                sf = OCT_STATUS_FILL[status]
                if sf:
                    ws.cell(r, 11).fill = fill(FILL[sf])
                r += 1
            end = r - 1
            for i, v in enumerate([risk, owner, inh, controls, resid, trend], 1):
                c = ws.cell(start, i, v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if end > start:
                    ws.merge_cells(start_row=start, start_column=i, end_row=end, end_column=i)
                for rr in range(start, end + 1):
                    ws.cell(rr, i).border = BOX
            ws.cell(start, 3).fill = fill(FILL[score_fill(inh)])
            ws.cell(start, 5).fill = fill(FILL[score_fill(resid)])
    r += 1
    ws.cell(r, 1, "Action status key:").font = Font(bold=True)
    key = [("Complete", "blue"), ("On track", "green"), ("At risk", "amber"), ("Off track", "red"), ("Not started", None)]
    for i, (w, col) in enumerate(key, 2):
        c = ws.cell(r, i, w)
        if col:
            c.fill = fill(FILL[col])
    r += 1
    ws.cell(r, 1, "Score colours: 15–25 red (outside appetite); 8–12 amber; 1–6 green. "
                  "Trend: ↑ increasing, ↔ stable, ↓ reducing since last Board report.").font = Font(italic=True, size=9)
    widths = [48, 22, 11, 40, 11, 7, 8, 50, 28, 12, 13]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    s2 = wb.create_sheet("Risk profile")
    s2["A1"] = "Strategic risk profile – movement since June 2025 Board"
    s2["A1"].font = Font(bold=True)
    hdr = ["Risk", "Residual June 2025", "Residual September 2025", "Target score", "Within appetite?"]
    for i, h in enumerate(hdr, 1):
        s2.cell(3, i, h).font = Font(bold=True)
    rows = [("SR01", 16, 16, 9, "No"), ("SR02", 16, 12, 8, "No"), ("SR03", 15, 15, 10, "No"),
            ("SR04", 12, 9, 6, "Yes"), ("SR05", 12, 12, 8, "Yes")]
    for j, row in enumerate(rows, 4):
        for i, v in enumerate(row, 1):
            s2.cell(j, i, v)
    for i in range(1, 6):
        s2.column_dimensions[get_column_letter(i)].width = 22
    wb.save(os.path.join(HERE, OCT_FILE))


# ---------------------------------------------------------------------------
# 3. Livin Housing – damp and mould programme, Smartsheet export
# ---------------------------------------------------------------------------
LIV_FILE = "zcn-livin-housing-damp-mould-programme-tracker-smartsheet-export.xlsx"
LIV_SHEET = "Livin Damp & Mould Programme"
LIV_WS = [
    ("Workstream 1 – Identification and triage", [
        ("1.1", "Launch single damp and mould reporting route (phone, app and web) with mandatory triage questions",
         "Gemma Turnbull", "Complete", "Blue", D(2025, 4, 1), D(2025, 6, 30), D(2025, 6, 30), 1.0,
         "Live from 23 June 2025."),
        ("1.2", "Train all customer-facing staff and operatives in damp and mould hazard identification",
         "Paul Hedley", "In Progress", "Green", D(2025, 5, 1), D(2025, 10, 31), D(2025, 11, 28), 0.8,
         "212 of 260 staff trained; operative sessions booked for November."),
        ("1.3", "Proactive visits to all homes with a damp or mould report in the last three years",
         "Gemma Turnbull, Craig Lowes", "In Progress", "Yellow", D(2025, 6, 2), D(2025, 12, 19), D(2026, 2, 27), 0.55,
         "1,140 of 2,070 visits completed; no-access rate 18% – letters and evening slots being trialled."),
    ]),
    ("Workstream 2 – Awaab’s Law compliance", [
        ("2.1", "Update the Damp, Mould and Condensation Policy for Awaab’s Law timescales and obtain Board approval",
         "Sarah Metcalfe", "Complete", "Blue", D(2025, 6, 2), D(2025, 9, 30), D(2025, 9, 30), 1.0,
         "Approved by Board 24 September 2025."),
        ("2.2", "Configure emergency and significant hazard timescales in the repairs system",
         "Jonathan Ord", "In Progress", "Red", D(2025, 7, 1), D(2025, 10, 27), D(2025, 12, 15), 0.6,
         "Supplier release slipped; manual tracking workaround in place since 27 October."),
        ("2.3", "Send residents a written summary of investigation findings within three working days of inspection",
         "Sarah Metcalfe", "In Progress", "Green", D(2025, 10, 1), D(2025, 10, 27), D(2025, 11, 30), 0.7,
         "Template agreed with Tenant Voice panel; being issued manually until system change goes live."),
    ]),
    ("Workstream 3 – Remedial works and prevention", [
        ("3.1", "Install continuous-running extractor fans in 600 priority homes",
         "Craig Lowes", "In Progress", "Green", D(2025, 8, 4), D(2026, 3, 31), D(2026, 3, 31), 0.35,
         "214 installs complete."),
        ("3.2", "Deliver loft and cavity wall insulation through the Warm Homes: Social Housing Fund Wave 3",
         "Andrew Pickering", "Not Started", None, D(2026, 1, 5), D(2026, 9, 30), D(2026, 9, 30), 0.0,
         "Grant agreement awaited from DESNZ."),
    ]),
    ("Workstream 4 – Assurance and reporting", [
        ("4.1", "Report a monthly damp and mould dashboard to the Customer Services Committee",
         "Lisa Charlton", "In Progress", "Green", D(2025, 7, 1), D(2026, 3, 31), D(2026, 3, 31), 0.5,
         "Dashboard reported July to October."),
        ("4.2", "Independent assurance review of damp and mould case files by internal audit",
         "Lisa Charlton, Jonathan Ord", "Not Started", None, D(2026, 2, 2), D(2026, 3, 31), D(2026, 3, 31), 0.0,
         "Included in 2025/26 internal audit plan (Q4)."),
    ]),
]


def build_livin():
    wb = Workbook()
    ws = wb.active
    ws.title = LIV_SHEET
    wb.properties.title = LIV_SHEET
    headers = ["Ref", "Task Name", "Assigned To", "Status", "RAG", "Start Date", "Baseline Finish",
               "Forecast Finish", "% Complete", "Latest Update"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(1, i, h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["lgrey"])
    r = 2
    for ws_name, tasks in LIV_WS:
        c = ws.cell(r, 2, ws_name)
        c.font = Font(bold=True)
        r += 1
        for (ref, task, who, status, rag, start, base, fc, pct, upd) in tasks:
            vals = [ref, task, who, status, rag, start, base, fc, pct, upd]
            for i, v in enumerate(vals, 1):
                if v is None:
                    continue
                c = ws.cell(r, i, v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yy"
                if i == 9:
                    c.number_format = "0%"
            ws.cell(r, 2).alignment = Alignment(indent=1, wrap_text=False)
            ws.row_dimensions[r].outline_level = 1
            r += 1
    widths = [6, 80, 28, 12, 8, 11, 14, 14, 11, 70]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C2"
    wb.save(os.path.join(HERE, LIV_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return cell


# ---------------------------------------------------------------------------
# 4. Muscular Dystrophy UK – Charity Commission compliance case action plan
# ---------------------------------------------------------------------------
MDUK_FILE = "zcn-muscular-dystrophy-uk-charity-commission-compliance-case-action-plan.docx"
MDUK_TITLE = "Muscular Dystrophy UK – Charity Commission Compliance Case Action Plan"
MDUK_SECTIONS = [
    ("1. Governance and decision-making", [
        ("Requirement 1A – Review the governing document and scheme of delegation so that decisions reserved to the trustees are clear", [
            ("1A.1", "Commission a governance review of the Articles of Association and scheme of delegation, and present revised documents to the Board for approval",
             "Company Secretary", "31 January 2026",
             "Review by external solicitors completed; draft Articles to Governance and Nominations Committee on 9 December.", "G"),
            ("1A.2", "Publish a schedule of matters reserved for the Board and brief all trustees and senior staff on it",
             "Chair of Trustees", "September 2025",
             "Schedule approved 18/09/2025; briefing held for trustees and Executive Leadership Team.", "B"),
        ]),
        ("Requirement 1B – Ensure trustee recruitment and induction give the Board the skills it needs", [
            ("1B.1", "Carry out a skills audit and recruit at least two trustees with finance and legal experience through open recruitment",
             "Chair of Governance and Nominations Committee", "End of March 2026",
             "Skills audit complete; recruitment launched 3 November; one appointment made so far.", "A"),
        ]),
    ]),
    ("2. Conflicts of interest and related party transactions", [
        ("Requirement 2A – Identify, record and manage conflicts of interest in line with the Commission’s guidance (CC29)", [
            ("2A.1", "Adopt a revised conflicts of interest policy and collect fresh declarations from all trustees and the Executive Leadership Team",
             "Company Secretary", "October 2025",
             "Policy adopted; 11 of 12 trustee declarations received – deadline missed, final declaration chased.", "R"),
            ("2A.2", "Record conflicts declared at the start of every Board and committee meeting and minute how each was managed",
             "Chair of Trustees / Company Secretary", "Ongoing – every meeting",
             "Standing agenda item in place since July 2025.", "G"),
        ]),
    ]),
    ("3. Financial controls and reserves", [
        ("Requirement 3A – Strengthen financial oversight and set a reserves policy that reflects the charity’s risks", [
            ("3A.1", "Approve a reserves policy with a target range and report actual free reserves against it each quarter",
             "Chair of Finance, Audit and Risk Committee", "Q3 2025/26",
             "Draft policy considered by committee 12 November; Board approval due December.", "G"),
            ("3A.2", "Commission an internal audit of income controls, restricted funds and grant expenditure",
             "Director of Finance and Resources", "30/06/2026",
             "Scope agreed with internal auditors; fieldwork planned for April 2026.", "G"),
        ]),
    ]),
    ("4. Serious incident reporting", [
        ("Requirement 4A – Report serious incidents to the Commission promptly and keep a serious incident register", [
            ("4A.1", "Introduce a serious incident register and reporting procedure, and train senior managers on when to report",
             "Chief Executive / Director of People", "November 2025",
             "Procedure drafted; training session booked for 27 November.", "G"),
            ("4A.2", "Submit the outstanding serious incident report for the 2024 data breach and confirm this to the case officer",
             "Chief Executive", "August 2025",
             "Report submitted 7 August 2025; receipt acknowledged by the Commission.", "B"),
        ]),
    ]),
]
RAG_HEX = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def build_mduk():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(MDUK_TITLE, style="Title")
    doc.add_paragraph("Progress report to the Board of Trustees – 4 December 2025")

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "20 November 2025"), ("Owner", "Company Secretary"),
                 ("Approved by", "Board of Trustees (plan first approved 17 July 2025)"),
                 ("Commission case reference", "C-01897344"), ("Next review", "March 2026")]:
        row = dc.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph("Background", style="Heading 2")
    doc.add_paragraph(
        "Following a compliance case opened in late 2024, the Charity Commission wrote to the trustees in May 2025 "
        "setting out regulatory advice and guidance and the steps it expected the trustees to take. This action plan sets "
        "out how the Board is meeting each requirement. Progress is reported to every Board meeting and shared with the "
        "Commission’s case officer each quarter.")

    doc.add_paragraph("RAG key", style="Heading 2")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for code, meaning in [("B", "Complete – evidence provided to the Commission"), ("G", "On track to meet the deadline"),
                          ("A", "At risk of slipping – mitigation in place"), ("R", "Deadline missed or will be missed")]:
        row = key.add_row().cells
        set_cell(row[0], code, bold=True)
        shade(row[0], RAG_HEX[code])
        set_cell(row[1], meaning)

    for section, reqs in MDUK_SECTIONS:
        doc.add_paragraph(section, style="Heading 1")
        for req, actions in reqs:
            doc.add_paragraph(req, style="Heading 3")
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Deadline", "Progress at November 2025", "RAG"]):
                set_cell(c, h, bold=True, color="FFFFFF")
                shade(c, "5B2C6F")
            for (ref, act, lead, due, prog, rag) in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, lead, due, prog, rag]):
                    set_cell(c, v)
                shade(cells[5], RAG_HEX[rag])
            doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Approved on behalf of the Board", "Name", "Date"]):
        set_cell(c, h, bold=True)
    for c, h in zip(so.rows[1].cells, ["Chair of Trustees", "", ""]):
        set_cell(c, h)
    doc.save(os.path.join(HERE, MDUK_FILE))


# ---------------------------------------------------------------------------
# 5. Tourism NI – Board action log
# ---------------------------------------------------------------------------
TNI_FILE = "zcn-tourism-ni-board-action-log.docx"
TNI_TITLE = "Tourism NI Board Action Log"
TNI_SECTION_A = "Section A – Open actions"
TNI_SECTION_B = "Section B – Actions completed since the last meeting"
TNI_OPEN = [
    ("Board meeting – 19 June 2025", [
        ("BA25/041", "6.3", "Provide the Board with a paper on options for the 2026 domestic marketing campaign budget",
         "Director of Marketing", "Oct-25", "Green", "Paper on the agenda for 16 October."),
        ("BA25/044", "9.1", "Arrange a Board workshop on the delivery plan for the Tourism Strategy 2025–2035",
         "CEO", "Nov-25", "Amber", "Workshop moved to 20 November to align with the Department for the Economy timetable."),
    ]),
    ("Board meeting – 21 August 2025", [
        ("BA25/052", "4.2", "Bring a revised Financial Delegations Framework to the Board following the Department for the Economy review",
         "Director of Finance & Corporate Services", "December 2025", "Green", "Draft with DfE for comment."),
        ("BA25/055", "7.4", "Circulate the updated Corporate Risk Register showing the revised cyber security risk score",
         "Head of Governance / Board Secretary", "Sep-25", "Red", "Delayed pending ARAC review on 2 October; will issue with the October papers."),
    ]),
    ("Board meeting – 18 September 2025", [
        ("BA25/061", "5.1", "Confirm the timetable for the Experience Development Programme capital grant call",
         "RH, SB", "Jan-26", "Green", "Timetable drafted; subject to budget confirmation."),
        ("BA25/063", "8.2", "Update the Board on the recruitment of two new Board members through the Public Appointments Unit",
         "Head of Governance", "Q4 2025/26", "Green", "Competition expected to open in January."),
        ("BA25/064", "10.1", "Review Board committee terms of reference as part of the annual Board effectiveness review",
         "Chair of ARAC", "Ongoing", "Green", "ARAC terms of reference reviewed; other committees to follow."),
    ]),
]
TNI_DONE = [
    ("BA25/038", "19 June 2025", "Share the visitor economy data dashboard with Board members",
     "Director of Strategy", "Jul-25", "Blue", "Dashboard link issued 28 July."),
    ("BA25/049", "21 August 2025", "Write to the Department for the Economy seeking confirmation of the 2025/26 capital allocation",
     "CEO", "Sep-25", "Blue", "Letter issued 2 September; reply received 24 September."),
    ("BA25/057", "21 August 2025", "Add hotel and self-catering occupancy trends to the quarterly performance report",
     "Director of Strategy", "Sep-25", "Blue", "Included in Q2 report."),
]
TNI_HEX = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def build_tni():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Tourism Northern Ireland")
    r.bold = True
    doc.add_paragraph(TNI_TITLE, style="Title")
    doc.add_paragraph("Updated for the Board meeting on 16 October 2025 (Agenda item 3 – Matters arising)")
    doc.add_paragraph("Status key: Blue – complete (to be removed from the log after this meeting); Green – on track; "
                      "Amber – some delay; Red – overdue.")

    doc.add_paragraph(TNI_SECTION_A, style="Heading 1")
    cols = ["Action No.", "Minute ref", "Action", "Owner", "Due", "Status", "Update"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        set_cell(c, h, bold=True, color="FFFFFF")
        shade(c, "00543C")
    for meeting, acts in TNI_OPEN:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, meeting, bold=True)
        shade(merged, "D9E2D0")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                set_cell(c, v)
            shade(cells[5], TNI_HEX[a[5]])

    doc.add_paragraph(TNI_SECTION_B, style="Heading 1")
    cols_b = ["Action No.", "Meeting", "Action", "Owner", "Due", "Status", "Update"]
    t2 = doc.add_table(rows=1, cols=len(cols_b))
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, cols_b):
        set_cell(c, h, bold=True, color="FFFFFF")
        shade(c, "00543C")
    for a in TNI_DONE:
        cells = t2.add_row().cells
        for c, v in zip(cells, a):
            set_cell(c, v)
        shade(cells[5], TNI_HEX[a[5]])
    doc.add_paragraph("")
    doc.add_paragraph("Note: Actions arising from the confidential session are recorded in a separate log held by the Board Secretary.")
    doc.save(os.path.join(HERE, TNI_FILE))


# ---------------------------------------------------------------------------
# 6. Hemsworth Town Council – governance action plan, Planner export saved as CSV
# ---------------------------------------------------------------------------
HEM_FILE = "zcn-hemsworth-town-council-governance-action-plan-planner-export.csv"
HEM_PLAN = "Hemsworth Town Council – Governance Action Plan 2025/26"
HEM_HEADERS = ["Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Start Date", "Due Date",
               "Late", "Completed Date", "Labels", "Description"]
HEM_TASKS = [
    ("Adopt updated Financial Regulations based on the NALC 2024 model", "Internal audit 2024/25 recommendations",
     "Completed", "Important", "Karen Blakey", "01/05/2025", "31/07/2025", "false", "22/07/2025", "Internal audit",
     "Adopted at Full Council 21/07/2025 (minute 45/25)."),
    ("Reconcile the fixed asset register to the insurance schedule and AGAR Box 9", "Internal audit 2024/25 recommendations",
     "In progress", "Medium", "Mark Sutton;Karen Blakey", "02/06/2025", "30/11/2025", "false", "", "Amber;Internal audit",
     "Physical check of parks and cemetery equipment still outstanding."),
    ("Introduce dual authorisation for all online banking payments", "Internal audit 2024/25 recommendations",
     "Completed", "Urgent", "Mark Sutton", "01/05/2025", "30/06/2025", "false", "18/06/2025", "Internal audit",
     "Second authoriser set up for Chair and Vice-Chair of Finance Committee."),
    ("Submit AGAR Sections 1 and 2 to the external auditor and publish the notice of public rights", "AGAR and external audit",
     "Completed", "Urgent", "Karen Blakey", "01/05/2025", "30/06/2025", "false", "26/06/2025", "AGAR",
     "Submitted to PKF Littlejohn; notice published on website and noticeboard."),
    ("Respond to the external auditor’s additional issues arising on the 2024/25 AGAR", "AGAR and external audit",
     "In progress", "Important", "Karen Blakey;Cllr Steve Tulley", "01/08/2025", "30/09/2025", "true", "", "Red;AGAR",
     "Queries on precept variance and earmarked reserves. Draft response awaiting Finance Committee, 20 October."),
    ("Publish all payments over £500 on the council website each month", "Transparency and publication",
     "In progress", "Medium", "Jodie Keenan", "01/04/2025", "31/10/2025", "false", "", "Green;Transparency",
     "April to September published."),
    ("Review Standing Orders against the 2025 NALC model and present to Full Council", "Policies and procedures",
     "Not started", "Medium", "Karen Blakey", "", "31/01/2026", "false", "", "", ""),
    ("Complete the annual risk assessment and present it to Finance Committee", "Policies and procedures",
     "In progress", "Important", "Mark Sutton", "01/09/2025", "30/11/2025", "false", "", "Green;Risk",
     "Draft register updated with new community centre risks."),
    ("All councillors to complete Code of Conduct and Civility & Respect training", "Councillor training",
     "In progress", "Low", "Jodie Keenan", "01/06/2025", "31/03/2026", "false", "", "Amber;Training",
     "9 of 14 councillors completed; YLCA sessions offered in November."),
    ("Confirm the internal auditor appointment for 2025/26 with a letter of engagement", "AGAR and external audit",
     "Not started", "Medium", "", "", "", "false", "", "", ""),
]


def build_hemsworth():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Plan name", HEM_PLAN])
    w.writerow(["Plan ID", "qT8vX2mLpR4nJ6sW0yH3kE9bD1fA"])
    w.writerow(["Date of export", "14/10/2025"])
    w.writerow([])
    w.writerow(HEM_HEADERS)
    for t in HEM_TASKS:
        w.writerow(t)
    with open(os.path.join(HERE, HEM_FILE), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Wales & West Utilities – HSE improvement notices action tracker (tab-separated text)
# ---------------------------------------------------------------------------
WWU_FILE = "zcn-wales-and-west-utilities-hse-improvement-notices-action-tracker.txt"
WWU_TITLE = "HSE Improvement Notices – Corrective Action Tracker"
WWU_NOTICES = [
    ("Improvement Notice IN 310245871 – served 14 April 2025 – compliance date 31 October 2025",
     "Contravention: Pipelines Safety Regulations 1996, regulation 13 – pressure reduction installations in the Bristol and Somerset area were not maintained in efficient working order and good repair",
     [
         ("1.1", "Complete a condition survey of all 212 district governor installations in the Bristol and Somerset area",
          "Network Integrity Manager", "30/06/2025", "", "B", "Surveys complete; report issued to HSE 27/06/2025"),
         ("1.2", "Replace or refurbish the 38 installations graded Category A in the survey",
          "Head of Asset Management", "31/10/2025", "31/12/2025", "A", "29 complete; extension to 31/12/2025 agreed with HSE inspector"),
         ("1.3", "Revise the governor maintenance policy to set inspection frequencies by risk category",
          "Head of Engineering Policy", "31/08/2025", "", "B", "Policy issue 4 approved 20/08/2025"),
     ]),
    ("Improvement Notice IN 310245872 – served 14 April 2025 – compliance date 30 November 2025",
     "Contravention: Gas Safety (Management) Regulations 1996, regulation 7 – the emergency response standard for uncontrolled gas escapes was not consistently achieved in the Cardiff area",
     [
         ("2.1", "Recruit and deploy 12 additional First Call Operatives in Cardiff and the Vale",
          "Operations Director (Wales)", "30/09/2025", "", "G", "10 in post; 2 start 06/10/2025"),
         ("2.2", "Introduce real-time escape response monitoring in the Network Control Centre",
          "Network Control Manager; Head of Customer Operations", "31/10/2025", "", "G", "Dashboard live; alarm thresholds being tuned"),
         ("2.3", "Commission an independent audit of escape response records for April to September 2025",
          "Head of SHE Assurance", "30/11/2025", "", "G", "Auditor appointed; fieldwork w/c 3 November"),
     ]),
    ("Improvement Notice IN 310245930 – served 2 June 2025 – compliance date 31 January 2026",
     "Contravention: Management of Health and Safety at Work Regulations 1999, regulation 3 – risk assessments for work in confined spaces at governor kiosks were not suitable and sufficient",
     [
         ("3.1", "Review and reissue confined space risk assessments for all governor kiosk types",
          "Head of Safety", "30/09/2025", "w/c 17/11/2025", "R", "Review incomplete – specialist resource unavailable; revised date proposed to HSE"),
         ("3.2", "Deliver confined space refresher training to all affected engineers",
          "Training and Competence Manager", "31/12/2025", "", "G", "186 of 340 engineers trained"),
         ("3.3", "Fit gas detection and retrieval equipment to all relevant vans",
          "Fleet Manager", "31/01/2026", "", "A", "Equipment on order; delivery expected December"),
         ("3.4", "Carry out workplace inspections to confirm the new confined space arrangements are followed",
          "Regional Safety Advisers", "31/01/2026", "", "", "Not started"),
     ]),
]


def build_wwu():
    lines = [
        "Wales & West Utilities Ltd",
        WWU_TITLE,
        "Position at 30 September 2025 – report to the Safety, Health and Environment Committee, 15 October 2025",
        "",
        "\t".join(["Action No.", "Corrective action", "Action owner", "Original target date", "Revised target date",
                   "RAG", "Progress / evidence"]),
    ]
    for head, contra, acts in WWU_NOTICES:
        lines.append(head)
        lines.append(contra)
        for a in acts:
            lines.append("\t".join(a))
    lines += [
        "",
        "RAG key: B = complete and verified by HSE inspector; G = on track; A = at risk of missing target; R = target missed or compliance date at risk",
        "Totals: 10 actions – 2 B, 4 G, 2 A, 1 R, 1 not yet started",
    ]
    with open(os.path.join(HERE, WWU_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def build_all():
    build_se()
    build_octavia()
    build_livin()
    build_mduk()
    build_tni()
    build_hemsworth()
    build_wwu()


if __name__ == "__main__":
    build_all()
    print("built 7 files; refuse row in", SE_FILE, "=", SE_REFUSE_ROW)
