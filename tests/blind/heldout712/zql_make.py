"""Build the seven zql- blind test files (set heldout712).

Run with: /work/main/.venv/bin/python zql_make.py
Writes only files whose names start with "zql-" into this script's folder.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zql-")
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
RAGFILL = {
    "green": PatternFill("solid", fgColor="FF00B050"),
    "amber": PatternFill("solid", fgColor="FFFFC000"),
    "red": PatternFill("solid", fgColor="FFFF0000"),
    "blue": PatternFill("solid", fgColor="FF0070C0"),
    "grey": PatternFill("solid", fgColor="FFD9D9D9"),
    "head": PatternFill("solid", fgColor="FF1F3864"),
    "band": PatternFill("solid", fgColor="FFDDEBF7"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Radian Group – strategic risk register (xlsx, fill-only action status)
# ---------------------------------------------------------------------------
def make_radian():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Radian Group Strategic Risk Register 2025/26"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Quarter 2 review – reported to the Group Audit and Risk Committee, 20 November 2025"
    cv["A2"].font = Font(italic=True)
    cv["A4"] = "Document control"
    cv["A4"].font = BOLD
    rows = [
        ("Document owner", "Head of Risk and Assurance"),
        ("Version", "2.3"),
        ("Reviewed by Executive Team", d(2025, 11, 4)),
        ("Next review", "February 2026 (Q3)"),
        ("Classification", "Official – Board and Committee use only"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cv.cell(i, 1, k).font = BOLD
        c = cv.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
        for col in (1, 2):
            cv.cell(i, col).border = BORDER
    cv["A11"] = "Action status key (Status column on the Strategic Risks sheet is shown by colour only)"
    cv["A11"].font = BOLD
    key = [
        ("green", "On track"),
        ("amber", "Minor slippage – revised date agreed"),
        ("red", "Off track / overdue"),
        ("blue", "Complete"),
    ]
    for i, (col, text) in enumerate(key, start=12):
        cv.cell(i, 1).fill = RAGFILL[col]
        cv.cell(i, 1).border = BORDER
        cv.cell(i, 2, text).border = BORDER
    cv["A17"] = ("Risk scoring: Likelihood (1–5) × Impact (1–5). Residual score 15–25 = red, "
                 "8–12 = amber, 1–6 = green.")
    cv.column_dimensions["A"].width = 30
    cv.column_dimensions["B"].width = 48

    ws = wb.create_sheet("Strategic Risks")
    ncol = 12
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Radian Group – Strategic Risk Register 2025/26 (Q2)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Further mitigating actions are listed against each risk; action status is shown "
                "by cell colour (see key on the Cover sheet).")
    ws["A2"].font = Font(italic=True)
    heads = ["Risk ref & title", "Risk description (cause – event – consequence)", "Risk owner",
             "Key controls in place", "Residual score Q1", "Residual score Q2", "Risk appetite",
             "Further mitigating action", "Action owner", "Target date", "Revised date", "Status"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = WHITE_BOLD
        cell.fill = RAGFILL["head"]
        cell.alignment = WRAP
        cell.border = BORDER
    widths = [26, 40, 18, 40, 10, 10, 11, 52, 28, 12, 12, 9]
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w

    def score_fill(n):
        return RAGFILL["red"] if n >= 15 else RAGFILL["amber"] if n >= 8 else RAGFILL["green"]

    bands = [
        ("Homes and Customers", [
            ("SR01 – Landlord health and safety compliance",
             "Failure to maintain compliance with fire, gas, electrical, water, asbestos and lift "
             "safety obligations leads to harm to residents, regulatory intervention and "
             "reputational damage.",
             "Director of Property Services",
             "Compliance dashboard reported monthly to Executive and quarterly to Board; "
             "competent contractors; Building Safety Manager in post.",
             12, 12, "Averse",
             [
                 ("Complete the outstanding high-priority fire risk assessment remedial actions across the 47 medium-rise blocks",
                  "Head of Building Safety", d(2025, 12, 31), None, "green"),
                 ("Implement the new compliance management system for gas, electrical, water, asbestos and lift records, with data migration signed off by Internal Audit",
                  "Director of Property Services / Head of ICT", d(2025, 9, 30), d(2026, 1, 31), "amber"),
                 ("Commission independent third-party assurance of the electrical safety (EICR) programme and report the findings to the Committee",
                  "Director of Property Services", d(2025, 10, 31), None, "blue"),
             ]),
            ("SR02 – Damp, mould and Awaab’s Law readiness",
             "Inadequate response to reports of damp and mould causes harm to residents and "
             "non-compliance with new statutory timescales.",
             "Director of Customer Services",
             "Damp and mould policy; case management through the repairs system; monthly "
             "reporting of open cases.",
             16, 12, "Averse",
             [
                 ("Adopt the revised damp and mould policy and response timescales required under Awaab’s Law from 27 October 2025",
                  "Director of Customer Services", d(2025, 10, 27), None, "blue"),
                 ("Recruit two additional damp and mould surveyors and train contact centre staff in the new triage script",
                  "Head of Repairs; HR Business Partner", "Q4 2025/26", None, "green"),
             ]),
        ]),
        ("Financial Strength", [
            ("SR03 – Loan covenant headroom and financial viability",
             "Cost inflation, the rent settlement and major repairs demand reduce interest cover "
             "headroom, risking a covenant breach and a downgrade of the viability grading.",
             "Chief Financial Officer",
             "Board-approved golden rules; monthly covenant forecasting; treasury strategy; "
             "Treasury Committee oversight.",
             15, 12, "Cautious",
             [
                 ("Refresh the 30-year business plan stress testing, including a combined downside scenario, for Board approval",
                  "Chief Financial Officer", d(2026, 3, 31), None, "green"),
                 ("Complete the refinancing of the £60m revolving credit facility due to mature in 2027",
                  "Chief Financial Officer; Treasury Manager", d(2026, 6, 30), None, "green"),
             ]),
        ]),
        ("Organisation and People", [
            ("SR04 – Cyber security and data protection",
             "A successful cyber attack or data breach disrupts services, exposes residents’ "
             "personal data and results in ICO enforcement.",
             "Chief Operating Officer",
             "Managed security operations centre; MFA; patching policy; annual penetration test.",
             20, 16, "Averse",
             [
                 ("Achieve Cyber Essentials Plus certification for the Group",
                  "Head of ICT", d(2025, 11, 30), d(2026, 2, 28), "red"),
                 ("Run a cyber incident exercise with the Executive Team and test recovery of core housing management data from backup",
                  "Head of ICT / Data Protection Officer", "Ongoing – six-monthly", None, "green"),
                 ("Roll out mandatory phishing awareness training to all colleagues and Board members",
                  "Data Protection Officer", d(2025, 9, 30), None, "blue"),
             ]),
            ("SR05 – Governance and regulatory compliance",
             "Failure to demonstrate compliance with the Regulator of Social Housing’s Consumer "
             "Standards results in a downgraded consumer grading.",
             "Company Secretary",
             "Regulatory compliance framework; annual self-assessment; Customer Committee "
             "scrutiny of tenant satisfaction measures.",
             12, 9, "Averse",
             [
                 ("Complete the self-assessment against the Consumer Standards and agree the resulting improvement plan with the Board",
                  "Company Secretary", d(2025, 12, 31), None, "green"),
                 ("Prepare for RSH inspection: evidence library, validation of tenant satisfaction measures data and a mock inspection",
                  "Company Secretary / Director of Customer Services", "March 2026", None, "amber"),
             ]),
        ]),
    ]
    r = 5
    for band, risks in bands:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1, band).font = BOLD
        for c in range(1, ncol + 1):
            ws.cell(r, c).fill = RAGFILL["band"]
            ws.cell(r, c).border = BORDER
        r += 1
        for title, desc, owner, controls, q1, q2, appetite, actions in risks:
            first, last = r, r + len(actions) - 1
            vals = [title, desc, owner, controls, q1, q2, appetite]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(first, c, v)
                cell.alignment = WRAP
                if last > first:
                    ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
            ws.cell(first, 1).font = BOLD
            ws.cell(first, 5).fill = score_fill(q1)
            ws.cell(first, 6).fill = score_fill(q2)
            for text, lead, target, revised, rag in actions:
                ws.cell(r, 8, text).alignment = WRAP
                ws.cell(r, 9, lead).alignment = WRAP
                tc = ws.cell(r, 10, target)
                tc.alignment = WRAP
                if isinstance(target, dt.datetime):
                    tc.number_format = "mmm-yy"
                if revised is not None:
                    rc = ws.cell(r, 11, revised)
                    rc.number_format = "mmm-yy"
                ws.cell(r, 12).fill = RAGFILL[rag]
                for c in range(1, ncol + 1):
                    ws.cell(r, c).border = BORDER
                r += 1
    ws.freeze_panes = "A5"
    wb.save(out("zql-radian-group-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Queen Margaret University – internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_qmu():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Queen Margaret University – Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Committee, 25 November 2025 – Paper ARC/25/41"
    sm["A3"] = "Position at 31 October 2025"
    heads = ["Audit report", "Assurance", "Priority 1", "Priority 2", "Priority 3", "Total",
             "Complete", "Outstanding"]
    for c, h in enumerate(heads, start=1):
        cell = sm.cell(5, c, h)
        cell.font = WHITE_BOLD
        cell.fill = RAGFILL["head"]
        cell.border = BORDER
    data = [
        ("IA 02 2024/25 Student Recruitment and Admissions", "Reasonable", 0, 2, 0, 2, 1, 1),
        ("IA 05 2024/25 Cyber Security", "Limited", 2, 1, 0, 3, 1, 2),
        ("IA 01 2025/26 Research Grant Expenditure", "Substantial", 0, 0, 2, 2, 0, 2),
    ]
    for i, row in enumerate(data, start=6):
        for c, v in enumerate(row, start=1):
            sm.cell(i, c, v).border = BORDER
    sm.cell(9, 1, "Total").font = BOLD
    for c, v in zip(range(3, 9), (2, 3, 2, 7, 2, 5)):
        sm.cell(9, c, v).font = BOLD
    for c in range(1, 9):
        sm.cell(9, c).border = BORDER
    sm["A11"] = "Priority definitions"
    sm["A11"].font = BOLD
    sm["A12"] = "Priority 1 – fundamental control weakness requiring immediate management attention."
    sm["A13"] = "Priority 2 – significant issue to be addressed within six months."
    sm["A14"] = "Priority 3 – minor issue or good practice point."
    sm["A16"] = "Status key"
    sm["A16"].font = BOLD
    skey = [("blue", "Complete – implemented and evidence seen by Internal Audit"),
            ("green", "On track – due date not yet passed"),
            ("amber", "Delayed – revised date agreed by the Committee"),
            ("red", "Overdue – due date passed and no revised date agreed")]
    for i, (col, text) in enumerate(skey, start=17):
        sm.cell(i, 1, text).fill = RAGFILL[col]
    sm.column_dimensions["A"].width = 52
    sm.column_dimensions["B"].width = 12

    ws = wb.create_sheet("Tracker")
    ncol = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Internal Audit Recommendations Tracker – position at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Priority", "Finding and recommendation", "Agreed management action",
             "Responsible officer", "Original due date", "Revised due date",
             "Progress update (October 2025)", "Status"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(2, c, h)
        cell.font = WHITE_BOLD
        cell.fill = RAGFILL["head"]
        cell.alignment = WRAP
        cell.border = BORDER
    for c, w in enumerate([7, 8, 50, 50, 26, 12, 12, 44, 11], start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    statfill = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Overdue": "red"}
    audits = [
        ("2024/25 IA 02 – Student Recruitment and Admissions (Reasonable assurance)", [
            ("02.1", 2,
             "Offer decisions for direct entry applicants were not consistently recorded in the student records system. "
             "All offer decisions, and the rationale for any exception to the published entry requirements, should be recorded in SITS.",
             [("Issue guidance to Schools and run refresher sessions for admissions selectors; exception reports to be reviewed monthly by the Head of Admissions.",
               "Head of Admissions", d(2025, 1, 31), d(2025, 6, 30),
               "Guidance issued March 2025 and sessions held; monthly exception report in place since July 2025.", "Complete")]),
            ("02.2", 2,
             "There is no documented process for verifying English language qualifications submitted by international applicants. "
             "A risk-based verification procedure should be documented and applied.",
             [("Document the English language verification procedure, including use of awarding body online verification services.",
               "Head of Admissions; International Office Manager", d(2025, 2, 28), d(2025, 12, 31),
               "Draft procedure with the UKVI Compliance Group for comment.", "Delayed"),
              ("Sample-check 10% of CAS-sponsored offers at each intake and report the results to the UKVI Compliance Group.",
               "International Office Manager", d(2026, 1, 31), None,
               "First sample check completed for the September 2025 intake.", "On track")]),
        ]),
        ("2024/25 IA 05 – Cyber Security (Limited assurance)", [
            ("05.1", 1,
             "Multi-factor authentication (MFA) has not been enforced for all staff accessing cloud services remotely. "
             "MFA should be enforced for all staff and privileged accounts without exception.",
             [("Enforce conditional access and MFA for all staff accounts and disable legacy authentication protocols.",
               "Director of IT", d(2025, 3, 31), None,
               "MFA enforced for all staff accounts from 14 April 2025; legacy protocols disabled.", "Complete")]),
            ("05.2", 1,
             "There is no tested IT disaster recovery plan for the student records and finance systems. "
             "A disaster recovery plan should be documented and tested at least annually.",
             [("Develop and test an IT disaster recovery plan covering SITS and the finance system, with the test results reported to the Committee.",
               "Director of IT / Head of Business Systems", d(2025, 6, 30), d(2026, 3, 31),
               "Plan drafted; full failover test scheduled for February 2026 in the inter-semester window.", "Delayed")]),
            ("05.3", 2,
             "Leavers’ network accounts were not disabled promptly: 14 of 25 sampled accounts remained active more than five working days after the leaving date. "
             "Accounts should be disabled on the leaving date.",
             [("Automate account disablement from the HR system leaver feed.",
               "Director of IT; Director of People", d(2025, 5, 31), None,
               "Not yet in place – dependent on the HR system upgrade, which has been delayed.", "Overdue")]),
        ]),
        ("2025/26 IA 01 – Research Grant Expenditure (Substantial assurance)", [
            ("01.1", 3,
             "Timesheets supporting staff costs charged to two externally funded projects were approved after the grant claim was submitted. "
             "Timesheets should be approved before costs are claimed.",
             [("Remind Principal Investigators of the timesheet requirements and add a pre-claim timesheet check to the Research Finance claim checklist.",
               "Research Finance Manager", d(2025, 12, 31), None, "", "On track")]),
            ("01.2", 3,
             "The research costing and pricing policy was last reviewed in 2019. The policy should be reviewed and updated.",
             [("Review and update the research costing and pricing policy for approval by the Research Strategy Committee.",
               "Dean of Research; Research Finance Manager", d(2026, 3, 31), None, "", "Not started")]),
        ]),
    ]
    r = 3
    for band, recs in audits:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1, band).font = BOLD
        for c in range(1, ncol + 1):
            ws.cell(r, c).fill = RAGFILL["band"]
            ws.cell(r, c).border = BORDER
        r += 1
        for ref, prio, rec, acts in recs:
            first, last = r, r + len(acts) - 1
            for c, v in ((1, ref), (2, prio), (3, rec)):
                ws.cell(first, c, v).alignment = WRAP
                if last > first:
                    ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
            for text, lead, due, rev, prog, status in acts:
                ws.cell(r, 4, text).alignment = WRAP
                ws.cell(r, 5, lead).alignment = WRAP
                dc = ws.cell(r, 6, due)
                dc.number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(r, 7, rev).number_format = "dd/mm/yyyy"
                ws.cell(r, 8, prog or None).alignment = WRAP
                sc = ws.cell(r, 9, status)
                if status in statfill:
                    sc.fill = RAGFILL[statfill[status]]
                for c in range(1, ncol + 1):
                    ws.cell(r, c).border = BORDER
                r += 1
    r += 1
    ws.cell(r, 1, "Note: revised due dates require the approval of the Audit and Risk Committee. "
                  "Completed actions are removed from the tracker after they have been reported once.").font = Font(italic=True)
    ws.freeze_panes = "A3"
    wb.save(out("zql-queen-margaret-university-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Redwings Horse Sanctuary – Charity Commission action plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def make_redwings():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ncol = 7
    ws.merge_cells("A1:G1")
    ws["A1"] = "Redwings Horse Sanctuary – Trustees’ Action Plan: Charity Commission Regulatory Compliance Case"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Updated for the Board of Trustees meeting, 10 December 2025"
    ws.merge_cells("A3:G3")
    ws["A3"] = ("RAG: Green – on track; Amber – some delay; Red – at risk; "
                "Complete – action closed and evidence shared with the Commission")
    ws["A3"].font = Font(italic=True)
    heads = ["No.", "Commission’s regulatory advice", "Action", "Lead", "Deadline", "Update", "RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(5, c, h)
        cell.font = WHITE_BOLD
        cell.fill = RAGFILL["head"]
        cell.border = BORDER
        cell.alignment = WRAP
    for c, w in enumerate([6, 44, 52, 26, 14, 40, 10], start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ragfill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    sections = [
        ("1. Trustee oversight of trading and commercial activity",
         "The trustees should make sure that non-primary-purpose trading is carried out through the trading subsidiary and that the charity’s relationship with the subsidiary is properly documented.",
         [("1.1", "Put in place a written management charge and cost-sharing agreement between the charity and Redwings Trading Ltd",
           "Head of Finance", "November 2025", "Agreement signed 18 November 2025 and copy sent to the Commission.", "Complete"),
          ("1.2", "Review the trading subsidiary’s board so that at least one director is independent of the charity’s trustee body",
           "Chair of Trustees", "March 2026", "Role description agreed; recruitment to start January.", "Green")]),
        ("2. Conflicts of interest",
         "The trustees should identify and manage conflicts of interest in line with the Commission’s guidance (CC29) and record how each conflict was handled.",
         [("2.1", "Adopt a revised conflicts of interest policy and annual declaration form based on CC29",
           "Company Secretary", "Febuary 2026", "Draft policy considered by the Governance Committee on 25 November 2025.", "Green"),
          ("2.2", "Publish the register of trustees’ interests on the charity’s website",
           "Company Secretary", "April 2026", "", "Green")]),
        ("3. Financial controls and reserves",
         "The trustees should strengthen controls over legacy income and review whether the reserves policy is appropriate and clearly explained.",
         [("3.1", "Commission an independent review of controls over legacy income following the serious incident report of May 2025",
           "Treasurer / Head of Finance", "January 2026", "Reviewer appointed; fieldwork delayed to January by year-end work.", "Amber"),
          ("3.2", "Revise the reserves policy and explain it in the 2025 trustees’ annual report",
           "Treasurer", "June 2026", "", "Green")]),
        ("4. Trustee recruitment and induction",
         "The trustees should review the skills of the board and put in place a structured induction for new trustees.",
         [("4.1", "Run an open recruitment for three new trustees with finance, equine welfare and governance skills",
           "Nominations Committee", "May 2026", "Skills audit completed October 2025.", "Green"),
          ("4.2", "Introduce a structured induction for new trustees, including The Essential Trustee (CC3)",
           "Chair of Trustees; Company Secretary", "Ongoing", "", "Green")]),
    ]
    r = 6
    for title, advice, acts in sections:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1, title).font = BOLD
        for c in range(1, ncol + 1):
            ws.cell(r, c).fill = RAGFILL["band"]
            ws.cell(r, c).border = BORDER
        r += 1
        first, last = r, r + len(acts) - 1
        ws.cell(first, 2, advice).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
        for ref, text, lead, due, upd, rag in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, text).alignment = WRAP
            ws.cell(r, 4, lead).alignment = WRAP
            ws.cell(r, 5, due)
            ws.cell(r, 6, upd or None).alignment = WRAP
            rc = ws.cell(r, 7, rag)
            rc.fill = RAGFILL[ragfill[rag]]
            for c in range(1, ncol + 1):
                ws.cell(r, c).border = BORDER
            r += 1
    r += 1
    ws.cell(r, 1, "Next progress report to the Charity Commission due 31 January 2026.").font = Font(italic=True)
    wb.save(out("zql-redwings-horse-sanctuary-charity-commission-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


# ---------------------------------------------------------------------------
# 4. Osprey Housing – Board of Management rolling action log (docx, table per meeting)
# ---------------------------------------------------------------------------
def make_osprey():
    doc = Document()
    doc.add_heading("Osprey Housing Board of Management – Rolling Action Log", level=0)
    doc.add_paragraph("Agenda item 5 – Board meeting of 27 November 2025")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Report by", "Governance and Compliance Officer"),
                 ("Purpose", "For noting – progress on actions arising from previous Board meetings"),
                 ("Status key", "G – on track;  A – at risk of slipping;  R – overdue;  "
                                "Complete – action closed, to be removed after this meeting")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    meetings = [
        ("Board meeting – 26 June 2025", [
            ("BM/25/48", "Circulate the Scottish Housing Regulator’s guidance on the Annual Assurance Statement to all Board members ahead of the October workshop",
             "Governance and Compliance Officer", "September 2025", "Complete", "Circulated 2 September 2025."),
            ("BM/25/52", "Bring a revised rent-setting consultation timetable for 2026/27, including tenant focus groups in Moray and Aberdeen",
             "Director of Housing Services", "November 2025", "G", "On the agenda for this meeting (item 9)."),
            ("BM/25/55", "Arrange a Board site visit to the Elgin new-build development",
             "Chief Executive", "April 2026", "G", "Date to be confirmed with the contractor."),
        ]),
        ("Board meeting – 28 August 2025", [
            ("BM/25/71", "Commission an independent stock condition survey covering at least 25% of homes to inform the 30-year asset management plan",
             "Director of Assets", "31/03/2026", "A", "Tender returns were lower than expected and the survey is being re-tendered."),
            ("BM/25/74", "Report back on options for reducing re-let times for empty homes in Aberdeen City",
             "Director of Housing Services / Director of Assets", "October 2025", "R", "Delayed by staff absence; verbal update at this meeting."),
            ("BM/25/77", "Collect the Board members’ code of conduct declarations and update the register of interests for 2025/26",
             "Chair / Governance and Compliance Officer", "30/09/2025", "Complete", "All declarations received."),
        ]),
        ("Board meeting – 30 October 2025", [
            ("BM/25/90", "Present the draft 2026/27 budget and updated financial projections, including the impact of each rent increase option",
             "Director of Finance and Corporate Services", "February 2026", "G", "Not yet due."),
            ("BM/25/93", "Prepare the Board skills self-assessment and appraisal programme for 2025/26",
             "Chair; Governance and Compliance Officer", "January 2026", "G", ""),
            ("BM/25/95", "Confirm the date of the Board strategy day and circulate a draft agenda",
             "Chief Executive", "Next meeting", "G", ""),
        ]),
    ]
    fills = {"G": "00B050", "A": "FFC000", "R": "FF0000", "Complete": "0070C0"}
    for title, rows in meetings:
        doc.add_heading(title, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in enumerate(["Minute ref", "Action", "By whom", "By when", "RAG", "Update"]):
            set_cell(tb.rows[0].cells[c], h, bold=True)
            shade(tb.rows[0].cells[c], "D9E2F3")
        for row in rows:
            cells = tb.add_row().cells
            for c, v in enumerate(row):
                set_cell(cells[c], v)
            shade(cells[4], fills[row[4]])
    doc.add_paragraph("")
    doc.add_paragraph("Actions marked Complete will be removed from the log after this meeting. "
                      "Board members are asked to note the progress reported.")
    doc.save(out("zql-osprey-housing-board-of-management-rolling-action-log.docx"))


# ---------------------------------------------------------------------------
# 5. PPS for Northern Ireland – programme highlight report (docx, merged workstream rows)
# ---------------------------------------------------------------------------
def make_pps():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Public Prosecution Service for Northern Ireland")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Digital Transformation Programme: Highlight Report", level=0)
    doc.add_paragraph("Report no. 17  |  Reporting period: 1–31 October 2025  |  "
                      "For: Programme Board, 12 November 2025")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Senior Responsible Owner", "Deputy Director, Corporate Services"),
                 ("Prepared by", "Programme Manager"),
                 ("Version", "1.0 FINAL"),
                 ("Classification", "OFFICIAL")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    doc.add_heading("1. Overall status", level=1)
    st = doc.add_table(rows=1, cols=4)
    st.style = "Table Grid"
    for c, h in enumerate(["Dimension", "Last period", "This period", "Commentary"]):
        set_cell(st.rows[0].cells[c], h, bold=True)
    colour = {"G": "00B050", "A": "FFC000", "R": "FF0000"}
    for dim, last, this, comm in [
        ("Overall", "A", "A", "Release 3 slippage is contained within the programme end date."),
        ("Schedule", "A", "A", "Change request CR-22 re-baselines release 3 (see section 4)."),
        ("Cost", "G", "G", "Forecast outturn within approved budget."),
        ("Resources", "R", "A", "One business analyst started 20 October 2025."),
        ("Benefits", "G", "G", "No change to the benefits profile."),
    ]:
        cells = st.add_row().cells
        for c, v in enumerate([dim, last, this, comm]):
            set_cell(cells[c], v)
        shade(cells[1], colour[last])
        shade(cells[2], colour[this])

    doc.add_heading("2. Summary", level=1)
    doc.add_paragraph(
        "Data migration trial 2 was completed and signed off this period. The supplier has "
        "confirmed that release 3 will be delivered to test in January 2026 rather than November "
        "2025; user acceptance testing has been re-planned accordingly. The electronic file "
        "submission pilot with PSNI remains at risk because the data standard sign-off took longer "
        "than planned.")

    doc.add_heading("3. Milestones and actions", level=1)
    mt = doc.add_table(rows=1, cols=6)
    mt.style = "Table Grid"
    for c, h in enumerate(["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "RAG"]):
        set_cell(mt.rows[0].cells[c], h, bold=True)
        shade(mt.rows[0].cells[c], "1F3864")
        mt.rows[0].cells[c].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    rfill = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    workstreams = [
        ("Workstream A – Case Management System replacement", [
            ("A1", "Complete data migration trial 2 (closed cases 2015–2020) and sign off the reconciliation report",
             "CMS Project Manager", "Sep-25", "Oct-25", "Complete"),
            ("A2", "Supplier to deliver release 3 (victims and witnesses module) into the test environment",
             "CMS Project Manager; Supplier Account Director", "Nov-25", "Jan-26", "Amber"),
            ("A3", "User acceptance testing of release 3 with the Belfast and Foyle prosecution teams",
             "Business Change Lead", "Jan-26", "Mar-26", "Amber"),
        ]),
        ("Workstream B – Digital case file with PSNI", [
            ("B1", "Agree the revised digital case file data standard with PSNI and the NI Courts and Tribunals Service",
             "Head of Policy and Information", "Sep-25", "Oct-25", "Complete"),
            ("B2", "Pilot electronic file submission for summary cases in the Eastern region",
             "Business Change Lead / PSNI Criminal Justice Branch", "Dec-25", "Feb-26", "Red"),
        ]),
        ("Workstream C – Infrastructure and cyber security", [
            ("C1", "Migrate the remaining file shares to the cloud tenancy and decommission the legacy file servers",
             "Head of IT", "Aug-25", "Aug-25", "Complete"),
            ("C2", "Complete the IT Health Check and remediate all critical and high findings before CMS go-live",
             "Head of IT", "Feb-26", "Feb-26", "Green"),
        ]),
        ("Workstream D – People and business change", [
            ("D1", "Deliver the training needs analysis for all prosecutors and administrative staff",
             "Business Change Lead", "Nov-25", "Nov-25", "Green"),
            ("D2", "Recruit two fixed-term business analysts to the programme team",
             "Programme Manager", "Sep-25", "Dec-25", "Amber"),
        ]),
    ]
    for ws_title, rows in workstreams:
        cells = mt.add_row().cells
        merged = cells[0].merge(cells[5])
        set_cell(merged, ws_title, bold=True)
        shade(merged, "DDEBF7")
        for row in rows:
            cells = mt.add_row().cells
            for c, v in enumerate(row):
                set_cell(cells[c], v)
            shade(cells[5], rfill[row[5]])

    doc.add_heading("4. Key risks and issues", level=1)
    doc.add_paragraph("R07 – Supplier capacity to deliver release 3 (Amber, unchanged). Mitigation: "
                      "weekly delivery calls with the supplier; contractual milestone payment withheld until release.")
    doc.add_paragraph("I04 – Delay in the PSNI data standard sign-off (Red, new). The pilot start date "
                      "is dependent on PSNI system changes scheduled for January 2026.")
    doc.add_heading("5. Decisions required from the Programme Board", level=1)
    doc.add_paragraph("The Board is asked to approve change request CR-22 (revised release 3 dates) "
                      "and to note the revised forecast dates above.")
    doc.save(out("zql-public-prosecution-service-ni-digital-transformation-programme-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 6. Pershore Town Council – governance action plan, Microsoft Planner export (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def make_pershore():
    lines = [
        ["Plan name", "PTC Governance and Audit Action Plan 2025-26"],
        ["Date of export", "01/12/2025"],
        [],
        ["Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Start date",
         "Due date", "Late", "Completed Date", "Labels", "Description"],
    ]
    tasks = [
        ("Reconcile the asset register to the insurance schedule and add the new play equipment at Abbey Park",
         "Internal audit 2024-25 recommendations", "Completed", "Medium", "Lucy Hammond",
         "02/06/2025", "30/06/2025", "false", "24/06/2025", "",
         "Internal auditor's report 2024-25, point 1. Updated register sent to insurer."),
        ("Minute the Council's approval of the quarterly bank reconciliations, signed by a councillor other than the Chair",
         "Internal audit 2024-25 recommendations", "In progress", "Important", "Lucy Hammond;Dan Tracey",
         "02/06/2025", "31/03/2026", "false", "", "Green",
         "Internal auditor's report 2024-25, point 2. Q1 and Q2 done."),
        ("Review and re-adopt the Financial Regulations based on the current NALC model",
         "Internal audit 2024-25 recommendations", "In progress", "Urgent", "Peter Sandys",
         "01/09/2025", "30/11/2025", "true", "", "Red",
         "Finance Committee deferred to January meeting - waiting for NALC model update."),
        ("Publish the 2024-25 AGAR, notice of conclusion of audit and external auditor report on the website",
         "External auditor (AGAR 2024-25) issues", "Completed", "Important", "Lucy Hammond",
         "01/09/2025", "30/09/2025", "false", "26/09/2025", "", ""),
        ("Prepare written explanations of significant variances for Section 2 of the 2025-26 AGAR",
         "External auditor (AGAR 2024-25) issues", "Not started", "Medium", "Peter Sandys",
         "", "31/05/2026", "false", "", "",
         "External auditor asked for explanations of variances over 15%, with reserves analysis."),
        ("Adopt updated Standing Orders reflecting the 2025 NALC model",
         "Policies and standing orders", "In progress", "Medium", "Lucy Hammond;Cllr Helen Ashby",
         "01/10/2025", "27/01/2026", "false", "", "Green", "Draft to Policy Working Group 9 December."),
        ("Review the risk register and present it to Full Council",
         "Policies and standing orders", "In progress", "Medium", "Peter Sandys",
         "03/11/2025", "24/02/2026", "false", "", "Green", ""),
        ("Carry out the annual review of the effectiveness of the system of internal control",
         "Policies and standing orders", "Not started", "Medium", "Lucy Hammond",
         "", "31/03/2026", "false", "", "", "For Full Council in March before year end."),
        ("Book all councillors co-opted since May 2025 onto WALC councillor essentials training",
         "Training", "In progress", "Low", "Lucy Hammond",
         "01/10/2025", "31/01/2026", "false", "", "Amber", "2 of 4 booked."),
    ]
    for t in tasks:
        lines.append(list(t))
    text = "\r\n".join(",".join(csv_field(v) for v in row) for row in lines) + "\r\n"
    with open(out("zql-pershore-town-council-governance-audit-action-plan-planner-export.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 7. Surrey Police – ICO FOI enforcement notice action plan (plain text export)
# ---------------------------------------------------------------------------
SURREY = """Surrey Police: Freedom of Information Enforcement Notice Action Plan
Freedom of Information Act 2000 – Information Commissioner's Enforcement Notice ENF0988360 (served 9 August 2024)
Version 1.3 | First published 20 September 2024 | Last updated 17 January 2025
Senior Responsible Officer: Assistant Chief Constable (Local Policing)
Plan owner: Head of Information Management

Background
The Enforcement Notice requires the Force to respond to all requests that are more than 20 working days old by 9 February 2025 and to devise and publish an action plan. This plan sets out what we are doing. Progress is reported monthly to the Information Management Board and to the ICO.

Backlog at 10 January 2025: 71 requests over 20 working days old (466 at the date of the Notice).

Status key: COMPLETE = action closed | GREEN = on track | AMBER = at risk, mitigation in place | RED = off track

======================================================================
PART A – CLEARING THE BACKLOG
======================================================================

A1  Establish a dedicated backlog team of four disclosure officers, working separately from the handling of new requests
    Lead: Information Access Manager
    Target date: 30 September 2024
    Status: COMPLETE
    Update: Team in place from 16 September 2024.

A2  Triage every overdue request and contact requesters to confirm whether they still want a response
    Lead: Information Access Manager
    Target date: 31 October 2024
    Status: COMPLETE
    Update: 58 requests withdrawn by requesters.

A3  Respond to all requests that are more than 20 working days old
    Lead: Head of Information Management
    Target date: 9 February 2025
    Status: AMBER
    Update: 71 remain; 19 are complex requests needing third-party consultation.

======================================================================
PART B – RESPONDING ON TIME IN FUTURE
======================================================================

B1  Recruit to the four vacant FOI officer posts, running vetting in parallel with recruitment
    Lead: Head of Information Management / HR Business Partner
    Target date: 31 March 2025
    Status: AMBER
    Update: Two posts filled; two candidates awaiting vetting clearance.

B2  Introduce a 10 working day deadline for departments to search for and supply information, with a named single point of contact in each department
    Lead: Head of Information Management; Departmental SPOCs
    Target date: 28 February 2025
    Status: GREEN
    Update: SPOCs named for all departments except Contact and Deployment.

B3  Publish monthly FOI compliance figures on the Force website
    Lead: Information Access Manager
    Target date: Monthly from October 2024
    Status: GREEN
    Update: October, November and December figures published.

======================================================================
PART C – GOVERNANCE AND LESSONS LEARNED
======================================================================

C1  Complete a lessons learned review of the root causes of delay in requests received in the last four months and share it with the ICO
    Lead: Head of Information Management
    Target date: 31 December 2024
    Status: COMPLETE
    Update: Review shared with the ICO on 19 December 2024.

C2  Make FOI compliance a standing item on the Information Management Board
    Lead: Senior Information Risk Owner (SIRO)
    Target date: 31 October 2024
    Status: COMPLETE
    Update: Standing item from the October 2024 meeting.

C3  Review the FOI policy and request handling procedure, including the use of sections 12 and 14 and the internal review process
    Lead: Information Access Manager
    Target date: April 2025
    Status: GREEN
    Update: Drafting under way.

C4  Deliver FOI awareness training to all departmental SPOCs and their deputies
    Lead: Information Access Manager, Learning and Development Manager
    Target date: Q4 2024/25
    Status: RED
    Update: E-learning module delayed by the College of Policing platform change; face-to-face sessions being arranged.

End of action plan. Next update: February 2025.
"""


def make_surrey():
    with open(out("zql-surrey-police-ico-foi-enforcement-notice-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(SURREY)


if __name__ == "__main__":
    make_radian()
    make_qmu()
    make_redwings()
    make_osprey()
    make_pps()
    make_pershore()
    make_surrey()
    print("built 7 zql- files in", HERE)
