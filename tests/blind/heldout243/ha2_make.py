#!/usr/bin/env python3
"""Build the seven ha2- blind test files (set heldout243).

Run with: /work/main/.venv/bin/python ha2_make.py
Writes the data files beside this script. The .expected.yaml files are written separately.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "5B9BD5", "green": "70AD47", "amber": "FFC000", "red": "FF0000",
    "grey": "D9D9D9", "navy": "1F3864", "pale": "DDEBF7", "theme": "BDD7EE",
    "fire": "C00000", "lightgrey": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", fgColor=FILL[name])


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Suffolk FRS - HMICFRS values and culture spotlight recommendations tracker
# ---------------------------------------------------------------------------
SUFFOLK_TITLE = "Suffolk Fire and Rescue Service – HMICFRS Values and Culture Recommendations Tracker"
SUFFOLK_ROWS = [
    ("theme", "Theme 1 – Background checks"),
    ("rec", "Recommendation 1 – By 1 October 2023, chief fire officers should make sure all staff "
            "have received an appropriate level of background check through the Disclosure and Barring Service."),
    ("act", "1.1", "Complete a review of all roles to confirm the level of DBS check required for each "
                   "role and record it in the establishment list.",
     "Head of People Services", d(2023, 9, 30), None, "Green", "Blue",
     "Role review completed and signed off by SLT in September 2023."),
    ("act", "1.2", "Carry out standard or enhanced DBS checks for all existing staff in line with the role "
                   "review, prioritising operational staff who carry out Safe and Well visits.",
     "Head of People Services / Area Manager Prevention", d(2024, 3, 31), d(2025, 6, 30), "Amber", "Amber",
     "86% of checks returned. Remaining checks delayed by on-call availability; revised date agreed by SLT."),
    ("theme", "Theme 2 – Raising concerns"),
    ("rec", "Recommendation 6 – By 1 October 2023, chief fire officers should make sure their service has "
            "a confidential way for staff to raise concerns that is independent of the line management chain."),
    ("act", "6.1", "Procure and launch an independent confidential reporting line for all staff, with "
                   "quarterly reporting of themes to the People Board.",
     "Deputy Chief Fire Officer", d(2023, 9, 30), None, "Green", "Blue",
     "Independent reporting line launched 4 September 2023. Quarterly theme reports received since Q3 2023/24."),
    ("act", "6.2", "Train all managers in receiving and responding to concerns raised through the confidential line.\n"
                   "Include the module in the supervisory manager development programme.",
     "Learning and Development Manager", d(2024, 3, 31), d(2025, 3, 31), "Red", "Green",
     "Module written and piloted. 64% of managers trained; on track for revised date."),
    ("theme", "Theme 3 – Leadership and culture"),
    ("rec", "Recommendation 14 – By 1 March 2024, chief fire officers should put in place a 360-degree "
            "feedback process for all senior leaders and managers, including themselves."),
    ("act", "14.1", "Introduce a 360-degree feedback process for the Strategic Leadership Team.",
     "Chief Fire Officer", d(2024, 2, 29), None, "Green", "Blue",
     "All SLT members completed 360-degree feedback in February 2024."),
    ("act", "14.2", "Extend 360-degree feedback to all middle managers (Station Manager and equivalent and above).",
     "GM Sarah Holt, AM Lee Franklin", d(2024, 12, 31), d(2025, 9, 30), "Green", "Amber",
     "Supplier delay. Pilot with Western Command managers under way."),
    ("theme", "Theme 4 – Equality data"),
    ("rec", "Recommendation 18 – By 1 June 2024, chief fire officers should collect and analyse equality data "
            "to understand the diversity of their workforce and of applicants."),
    ("act", "18.1", "Run a staff data refresh campaign so that protected characteristic data is held for at "
                    "least 80% of staff.",
     "Equality, Diversity and Inclusion Lead", d(2024, 5, 31), d(2025, 3, 31), "Amber", "Green",
     "Declaration rate now 74% (from 41%). Campaign continuing through station briefings."),
    ("act", "18.2", "Publish an annual workforce equality report to Cabinet and on the service website.",
     "Head of People Services", "Annually", None, "Green", "Green",
     "2023/24 report published July 2024. 2024/25 report in preparation."),
]
RAG_FILL = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}


def build_suffolk(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = SUFFOLK_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("fire")
    ws.merge_cells("A1:D1")
    ws["A2"] = "Position at 31 January 2025 – report to Suffolk County Council Scrutiny Committee"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:D2")
    ws["A4"] = "Status of local actions"
    ws["A4"].font = Font(bold=True)
    ws["A5"], ws["B5"] = "Current RAG", "Number of actions"
    for c in ("A5", "B5"):
        ws[c].font = Font(bold=True)
        ws[c].fill = fill("grey")
        ws[c].border = BOX
    counts = [("Blue – complete", 3, "blue"), ("Green – on track", 3, "green"),
              ("Amber – at risk", 2, "amber"), ("Red – off track", 0, "red")]
    r = 6
    for label, n, col in counts:
        ws.cell(r, 1, label).fill = fill(col)
        ws.cell(r, 2, n)
        ws.cell(r, 1).border = BOX
        ws.cell(r, 2).border = BOX
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    ws.cell(r, 2, "=SUM(B6:B9)").font = Font(bold=True)
    ws.cell(r, 1).border = BOX
    ws.cell(r, 2).border = BOX
    ws["A13"] = ("Note: the spotlight report made 35 recommendations, 20 of them for chief fire officers. "
                 "Only recommendations that need local action are tracked on the Tracker sheet; "
                 "recommendations awaiting national guidance are monitored separately.")
    ws["A13"].alignment = WRAP
    ws.merge_cells("A13:D15")
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 20
    ws.column_dimensions["C"].width = 20
    ws.column_dimensions["D"].width = 30

    ws = wb.create_sheet("Tracker")
    ws["A1"] = SUFFOLK_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("fire")
    ws.merge_cells("A1:H1")
    ws["A2"] = "Owner: Deputy Chief Fire Officer"
    ws["E2"] = "Last updated: 31/01/2025"
    ws.merge_cells("A2:D2")
    ws.merge_cells("E2:H2")
    heads = ["Ref", "SFRS Action", "Action Owner", "Original Target Date", "Revised Target Date",
             "Previous RAG", "Current RAG", "Progress Update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 5
    for row in SUFFOLK_ROWS:
        if row[0] == "theme":
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True, size=12)
            c.fill = fill("theme")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif row[0] == "rec":
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True, italic=True)
            c.fill = fill("lightgrey")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, action, owner, orig, rev, prev, cur, upd = row
            vals = [ref, action, owner, orig, rev, prev, cur, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 6).fill = fill(RAG_FILL[prev])
            ws.cell(r, 7).fill = fill(RAG_FILL[cur])
            ws.cell(r, 7).font = Font(bold=True)
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key: Blue – complete; Green – on track; Amber – at risk of missing target date; "
                  "Red – off track or target date missed").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for col, w in zip("ABCDEFGH", (7, 55, 28, 13, 13, 10, 10, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Camden - ASC CQC assessment improvement plan (docx, table per theme)
# ---------------------------------------------------------------------------
CAMDEN_TITLE = "Adult Social Care Improvement Plan 2025–26"
AFI_WAIT = ("People waiting for a Care Act assessment or review wait too long, and waiting lists are not "
            "consistently risk-assessed.")
AFI_CARERS = ("Unpaid carers told CQC they did not always know about carers’ assessments or the support "
              "available to them.")
AFI_MARKET = ("Market shaping does not yet secure enough nursing and dementia care beds within the borough.")
AFI_TRANS = "Transitions from children’s to adult services are not always planned early enough."
AFI_SAFE = ("Safeguarding enquiries are not always completed within timescales and outcomes are not "
            "consistently recorded.")
AFI_LEARN = ("Staff did not always feel that learning from complaints, audits and safeguarding reviews "
             "reached frontline practice.")
CAMDEN_THEMES = [
    ("Theme 1: Working with people", [
        ("1.1", AFI_WAIT, "Introduce a single waiting well protocol so that everyone waiting for an assessment "
                          "is contacted every four weeks and risk-rated.",
         "Head of Adult Social Care Operations", "July 2025", "Complete",
         "Protocol live from 1 July 2025. Everyone waiting has a recorded risk rating."),
        ("1.2", AFI_WAIT, "Halve the number of people waiting more than 28 days for an assessment, using a "
                          "dedicated assessment and review team.",
         "Head of Adult Social Care Operations / Principal Occupational Therapist", "March 2026", "Amber",
         "Waiting list down 31% since April. Recruitment to the review team slower than planned."),
        ("1.3", AFI_CARERS, "Co-produce a refreshed Carers’ Offer with local carers’ organisations and "
                            "publish it in Camden’s main community languages.",
         "Maria Delgado and Kwame Boateng", "Q3 2025/26", "Green",
         "Draft offer tested with the carers’ forum in October 2025."),
    ]),
    ("Theme 2: Providing support", [
        ("2.1", AFI_MARKET, "Publish a Market Position Statement and commission additional nursing dementia "
                            "beds through a block contract.",
         "Head of Commissioning (Adults)", "September 2025 – February 2026", "Green",
         "Market Position Statement published September 2025. Procurement under way."),
        ("2.2", AFI_TRANS, "Establish a preparing for adulthood panel that reviews every young person with "
                           "likely adult care needs from age 14.",
         "Head of Preparing for Adulthood", "31/12/2025", "Green",
         "Panel has met monthly since October 2025."),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("3.1", AFI_SAFE, "Audit 40 safeguarding enquiries each quarter and report timeliness and outcomes to "
                          "the Safeguarding Adults Partnership Board.",
         "Head of Safeguarding Adults / Principal Social Worker", "Quarterly", "Green",
         "Q1 and Q2 audits complete. Enquiries concluded within timescale up from 64% to 78%."),
        ("3.2", AFI_SAFE, "Change the case recording system so that Making Safeguarding Personal outcomes are "
                          "mandatory fields.",
         "Case Management Systems Lead", "Jan-26", "Not started",
         "Change request approved; build scheduled for December 2025."),
    ]),
    ("Theme 4: Leadership", [
        ("4.1", AFI_LEARN, "Hold quarterly practice learning events and publish a ‘You said, we did’ summary "
                           "for staff.",
         "Principal Social Worker", "Ongoing", "Green",
         "Two events held. Summary published on the staff intranet."),
        ("4.2", AFI_LEARN, "Develop an adult social care performance dashboard for the Improvement Board and "
                           "Cabinet Member, including waiting times and carers’ assessments.",
         "Director of Adult Social Care", "End of June 2026", "Red",
         "Data warehouse resource not confirmed. Escalated to the Executive Director."),
    ]),
]
DOCX_RAG = {"Complete": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; inner newlines become separate paragraphs."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    run = cell.paragraphs[0].add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for p in parts[1:]:
        para = cell.add_paragraph()
        run = para.add_run(p)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.5))


def build_camden(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(CAMDEN_TITLE, level=0)
    p = doc.add_paragraph("London Borough of Camden – Adult Social Care and Health")
    p.runs[0].bold = True
    doc.add_paragraph("Our response to the Care Quality Commission’s assessment of how Camden meets its duties "
                      "under Part 1 of the Care Act 2014.")
    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Author", "Comments")):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in (("0.3", "14/04/2025", "ASC Improvement Lead", "Draft for ASC Leadership Team"),
                ("1.0", "02/06/2025", "ASC Improvement Lead", "Agreed by Adult Social Care Improvement Board"),
                ("1.2", "10/11/2025", "ASC Improvement Lead", "Quarter 2 progress update")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_heading("How to read this plan", level=1)
    doc.add_paragraph("Each theme of the CQC assessment framework has its own table. Actions are grouped under the "
                      "area for improvement they respond to, and progress is rated using the key below.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for rag, meaning, col in (("Complete", "Action delivered and evidence of impact collected", "5B9BD5"),
                              ("Green", "On track", "70AD47"),
                              ("Amber", "Some slippage – recovery actions in place", "FFC000"),
                              ("Red", "Off track – escalated to the Improvement Board", "FF0000"),
                              ("Not started", "Action not yet due to start", None)):
        cells = t.add_row().cells
        set_cell(cells[0], rag, bold=True)
        set_cell(cells[1], meaning)
        if col:
            shade(cells[0], col)
    heads = ("Ref", "Area for improvement", "Action", "Lead", "Due", "RAG", "Progress (November 2025)")
    widths = (Cm(1.2), Cm(5.0), Cm(6.5), Cm(3.6), Cm(2.6), Cm(1.9), Cm(5.5))
    for theme, rows in CAMDEN_THEMES:
        doc.add_heading(theme, level=1)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "1F3864")
            for r_ in c.paragraphs[0].runs:
                r_.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        start = 1
        prev_afi = None
        for ref, afi, action, lead, due, rag, prog in rows:
            cells = t.add_row().cells
            idx = len(t.rows) - 1
            for c, v in zip(cells, (ref, afi, action, lead, due, rag, prog)):
                set_cell(c, v)
            if rag in DOCX_RAG:
                shade(cells[5], DOCX_RAG[rag])
            if afi == prev_afi:
                # merge the area-for-improvement cell with the one above
                top = t.cell(start, 1)
                merged = top.merge(t.cell(idx, 1))
                for para in list(merged.paragraphs)[1:]:
                    para._element.getparent().remove(para._element)
                set_cell(merged, afi)
            else:
                start = idx
            prev_afi = afi
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
    doc.add_paragraph()
    doc.add_paragraph("Next update: Adult Social Care Improvement Board, February 2026.").runs[0].italic = True
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. Epping Forest DC - internal audit recommendations tracker (csv export)
# ---------------------------------------------------------------------------
EPPING_TITLE = "Epping Forest District Council – Internal Audit Recommendations Tracker"
EPPING_GROUPS = [
    ("Housing Rents and Arrears 2024/25 – Limited Assurance", [
        ("HRA01", "High",
         "Arrears cases should be escalated in line with the Rent Arrears Policy, with each escalation "
         "recorded on the housing system.",
         "Introduce a monthly exception report of cases not escalated within policy timescales, reviewed by "
         "the Income Team Leader.",
         "Housing Income Manager", "31/03/2025", "30/09/2025", "Implemented",
         "Exception report in place since June 2025; sample tested by Internal Audit in October."),
        ("HRA02", "Medium",
         "Former tenant arrears should be reviewed for recovery or write-off at least quarterly.",
         "Quarterly review of former tenant arrears, with write-offs approved under the Financial Regulations.\n"
         "The first review will cover all balances over £1,000.",
         "Housing Income Manager / Finance Business Partner", "30/06/2025", "", "Behind target",
         "First review completed in October 2025; write-off report awaiting approval."),
    ]),
    ("Payroll 2024/25 – Substantial Assurance", [
        ("PAY01", "Low",
         "Leavers’ forms should be received by Payroll before the final pay date.",
         "Remind managers of the leavers’ deadline through the managers’ bulletin and report late forms to "
         "Heads of Service each quarter.",
         "Payroll and HR Systems Manager", "30/04/2025", "", "Implemented",
         "Bulletin issued April 2025. Late forms down from 14 to 3 a quarter."),
    ]),
    ("Procurement and Contract Management 2024/25 – Moderate Assurance", [
        ("PCM01", "High",
         "The Contracts Register should be complete and published in line with the Local Government "
         "Transparency Code.",
         "Reconcile the Contracts Register to creditor payments over £5,000 and publish it quarterly.",
         "Procurement Manager", "31/12/2025", "", "On target",
         "Reconciliation 80% complete; Q3 publication planned for December."),
        ("PCM02", "Medium",
         "Contract managers should hold documented performance meetings for all high-value contracts.",
         "Issue a contract management toolkit and require quarterly performance meeting notes to be saved in "
         "the contract file.",
         "S. Okafor, R. Patel", "31/03/2026", "", "Not yet due", ""),
    ]),
    ("Cyber Security 2025/26 – Limited Assurance", [
        ("CYB01", "High",
         "Multi-factor authentication should be enforced for all remote access and privileged accounts.",
         "Enforce multi-factor authentication for all remote and privileged accounts and remove legacy VPN "
         "access.",
         "ICT Infrastructure Manager", "31/08/2025", "31/10/2025", "Overdue",
         "MFA enforced for remote accounts; privileged accounts outstanding. New date to be agreed with "
         "Internal Audit."),
        ("CYB02", "Medium",
         "A tested ICT disaster recovery plan should be in place.",
         "Test the ICT disaster recovery plan, including restoring the finance system from backup, and report "
         "the results to the Corporate Governance Group.",
         "Head of ICT", "Q4 2025/26", "", "On target",
         "Test scheduled for February 2026 with the backup supplier."),
    ]),
]
EPPING_HEAD = ["Ref", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
               "Original Due Date", "Revised Due Date", "Status", "Latest Update"]


def build_epping(path):
    n = len(EPPING_HEAD)

    def pad(cells):
        return list(cells) + [""] * (n - len(cells))

    rows = [pad([EPPING_TITLE]),
            pad(["Audit and Governance Committee – 24 November 2025. Open recommendations and those closed "
                 "since the last meeting."]),
            pad([]),
            EPPING_HEAD]
    for group, recs in EPPING_GROUPS:
        rows.append(pad([group]))
        for rec in recs:
            rows.append(list(rec))
    rows.append(pad([]))
    rows.append(pad(["Status key: Implemented = complete (blue); On target = on track (green); Behind target = "
                     "some slippage (amber); Overdue = past the revised due date (red); Not yet due = not started"]))
    rows.append(pad(["Priority: High = fundamental control weakness; Medium = significant control weakness; "
                     "Low = housekeeping"]))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 4. Comhairle nan Eilean Siar - annual audit report action plan (docx)
# ---------------------------------------------------------------------------
CNES_TITLE = "Comhairle nan Eilean Siar – 2023/24 Annual Audit Report: Action Plan"
CNES_NEW = [
    ("1", "Medium-term financial planning",
     "The Comhairle has identified a cumulative funding gap of £11.2 million over the three years to 2026/27. "
     "Savings plans to close the gap have not yet been identified in full.",
     "The Comhairle should develop and agree a savings and transformation programme that closes the identified "
     "funding gap, with clear milestones and monitoring arrangements.",
     "A Budget Strategy 2025–28 will be presented to the Policy and Resources Committee, setting out savings "
     "proposals for the three-year period.",
     "Chief Executive / Chief Financial Officer", "February 2025"),
    ("2", "Capital programme slippage",
     "Only 58% of the 2023/24 capital budget was spent, continuing the pattern of slippage seen in prior years.",
     "Capital budgets should be set on a realistic profile of deliverability, and slippage should be reported "
     "to members with reasons.",
     "The capital programme will be re-profiled as part of the 2025/26 budget process, and quarterly monitoring "
     "reports will explain material slippage.",
     "Chief Financial Officer", "31 March 2025"),
    ("3", "Asset valuations",
     "A number of operational properties had not been revalued within the five-year rolling programme.",
     "The Comhairle should make sure all assets are revalued in line with the rolling programme and the Code "
     "of Practice on Local Authority Accounting.",
     "The valuation schedule has been reviewed and outstanding valuations will be completed before the 2024/25 "
     "accounts are prepared.",
     "Head of Assets and Infrastructure", "By 31 March 2025"),
    ("4", "Review of user access",
     "User access to the financial ledger is not reviewed regularly, and some leavers retained active accounts.",
     "User access to key financial systems should be reviewed at least six-monthly, and accounts disabled "
     "promptly when staff leave.",
     "Six-monthly access reviews will be introduced for the ledger and payroll systems, with leavers’ accounts "
     "disabled on notification from Human Resources.",
     "Head of IT / Payroll Manager", "December 2024"),
    ("5", "Best Value – workforce planning",
     "The workforce plan does not yet set out how the Comhairle will address recruitment difficulties in care "
     "and education posts across the islands.",
     "The Comhairle should update its workforce plan to include specific actions on recruitment and retention "
     "in hard-to-fill roles.",
     "An updated Workforce Strategy and action plan will be reported to the Policy and Resources Committee.",
     "Head of Human Resources", "June 2025"),
]
CNES_OLD = [
    ("b/f 1",
     "The Comhairle should review its reserves strategy to confirm the purpose and expected use of each "
     "earmarked reserve.",
     "Earmarked reserves will be reviewed and a revised Reserves Strategy presented to members.",
     "Chief Financial Officer", "March 2024", "", "Complete",
     "Reserves Strategy approved by the Comhairle in February 2024."),
    ("b/f 2",
     "Progress on the Islands Growth Deal should be reported to members at least twice a year.",
     "Six-monthly Islands Growth Deal progress reports will be submitted to the Sustainable Development "
     "Committee.",
     "Director of Development", "September 2023", "December 2024", "On track",
     "First report considered in June 2024; second report scheduled for the December cycle."),
    ("b/f 3",
     "The Comhairle should publish its performance against the Local Government Benchmarking Framework and its "
     "own key performance indicators in a single annual report.",
     "A Public Performance Report will be published each year, combining LGBF and local indicators.",
     "Chief Officer, Strategy and Performance", "March 2024", "March 2025", "Delayed",
     "2022/23 LGBF data reported to committee; the combined report has not yet been published."),
]
CNES_STATUS_FILL = {"Complete": "5B9BD5", "On track": "70AD47", "Delayed": "FFC000"}


def build_cnes(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(CNES_TITLE, level=0)
    doc.add_paragraph("Prepared for the members of Comhairle nan Eilean Siar and the Controller of Audit – "
                      "September 2024")
    doc.add_paragraph("This appendix sets out the recommendations arising from the 2023/24 audit with management’s "
                      "response, and the progress made on recommendations from prior years.")
    doc.add_heading("2023/24 recommendations", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("No.", "Issue/risk", "Recommendation", "Agreed management action/timing")):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    for no, issue_title, issue, rec, action, officer, date in CNES_NEW:
        cells = t.add_row().cells
        set_cell(cells[0], no)
        set_cell(cells[1], issue_title, bold=True)
        para = cells[1].add_paragraph()
        run = para.add_run(issue)
        run.font.size = Pt(9)
        set_cell(cells[2], rec)
        set_cell(cells[3], action)
        for label, val in (("Responsible officer: ", officer), ("Agreed date: ", date)):
            para = cells[3].add_paragraph()
            r1 = para.add_run(label)
            r1.bold = True
            r1.font.size = Pt(9)
            r2 = para.add_run(val)
            r2.font.size = Pt(9)
    for row in t.rows:
        for c, w in zip(row.cells, (Cm(1.2), Cm(7.5), Cm(7.5), Cm(8.5))):
            c.width = w
    doc.add_paragraph()
    doc.add_heading("Follow-up of prior year recommendations", level=2)
    doc.add_paragraph("Progress key: Complete (blue) – action fully implemented; On track (green) – in progress "
                      "and expected by the revised date; Delayed (amber) – agreed date has passed or is at risk.")
    t = doc.add_table(rows=1, cols=8)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("No.", "Recommendation", "Agreed management action", "Responsible officer",
                                      "Original date", "Revised date", "Status", "Update")):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    for row in CNES_OLD:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
        shade(cells[6], CNES_STATUS_FILL[row[6]])
    doc.add_paragraph()
    doc.add_paragraph("All recommendations will be followed up as part of the 2024/25 audit.").runs[0].italic = True
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Brent Council - RSH consumer standards housing improvement plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
BRENT_TITLE = "Brent Council – Housing Improvement Plan"
BRENT_STOCK = "The council does not have accurate, up-to-date stock condition data for all of its homes."
BRENT_TEN = "Tenancy audits have not been carried out since 2021 and tenancy policies are out of date."
BRENT_ROWS = [
    ("std", "Safety and Quality Standard"),
    ("act", "SQ1", BRENT_STOCK, "Complete stock condition surveys for the 30% of homes without a survey in the "
                                "last five years.",
     "Head of Asset Management", "Mar-2026", "A", "6,100 of 8,400 surveys complete."),
    ("act", "SQ2", BRENT_STOCK, "Load the survey data into the asset management system and validate it against "
                                "repairs records.",
     "Asset Data Manager", "Jun-2026", "G", "System upgrade in user testing."),
    ("act", "SQ3", "Damp and mould cases are not always responded to within the council’s own timescales.",
     "Introduce a damp and mould triage team working to a 10 working day inspection standard.",
     "Director of Property Services / Head of Repairs", "Oct-2025", "B", "Triage team live from 1 October 2025."),
    ("std", "Transparency, Influence and Accountability Standard"),
    ("act", "TIA1", "Complaint handling does not consistently meet the Housing Ombudsman’s Complaint Handling Code.",
     "Retrain all housing officers on the Complaint Handling Code and audit 20 closed complaints each month.",
     "Head of Customer Experience", "Nov-2025", "G", "Training 90% complete; monthly audits started."),
    ("act", "TIA2", "Tenants are not yet able to influence decisions about the services they receive.",
     "Set up a Resident Scrutiny Panel with a work programme agreed with tenants.",
     "Resident Engagement Manager", "Jan-2O26", "A", "Recruitment to the panel closes in December."),
    ("std", "Tenancy Standard"),
    ("act", "T1", BRENT_TEN, "Restart the tenancy audit programme, visiting every tenancy over a three-year cycle.",
     "Head of Tenancy Management", "Apr-2026", "A", "Pilot visits on two estates completed."),
    ("act", "T2", BRENT_TEN, "Review the tenancy policy and consult tenants on the revised policy.",
     "Head of Housing Needs", "Sep-2026", "", ""),
]
BRENT_FILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def build_brent(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = BRENT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Response to the Regulator of Social Housing consumer standards inspection"
    ws["A3"] = "Reported to: Housing Improvement Board, 9 December 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Regulator finding", "Action", "Lead officer", "Target date", "RAG", "Update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BOX
    r = 6
    finding_start = None
    prev_finding = None
    for row in BRENT_ROWS:
        if row[0] == "std":
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            c.fill = fill("pale")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            prev_finding = None
        else:
            _, ref, finding, action, lead, date, rag, upd = row
            if finding == prev_finding:
                vals = [ref, None, action, lead, date, rag, upd]
            else:
                vals = [ref, finding, action, lead, date, rag, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            if rag:
                ws.cell(r, 6).fill = fill(BRENT_FILL[rag])
                ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
            if finding == prev_finding:
                ws.merge_cells(start_row=finding_start, start_column=2, end_row=r, end_column=2)
            else:
                finding_start = r
            prev_finding = finding
        r += 1
    for col, w in zip("ABCDEFG", (7, 40, 50, 30, 12, 7, 40)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, meaning) in enumerate((("B", "Complete"), ("G", "On track"), ("A", "At risk – some slippage"),
                                      ("R", "Off track – escalated to the Housing Improvement Board"),
                                      ("(blank)", "Not yet started")), 2):
        key.cell(i, 1, k)
        key.cell(i, 2, meaning)
        if k in BRENT_FILL:
            key.cell(i, 1).fill = fill(BRENT_FILL[k])
    key.column_dimensions["B"].width = 55
    wb.save(path)


# ---------------------------------------------------------------------------
# 6. Harborough DC - corporate risk register Q3 2025/26 (tab-separated text export)
# ---------------------------------------------------------------------------
HARB_TITLE = "Harborough District Council – Corporate Risk Register, Quarter 3 2025/26"
HARB_RISKS = [
    ("CR01 Financial sustainability – failure to deliver a balanced budget over the Medium Term Financial "
     "Strategy period",
     "Strategic Director (Section 151 Officer)", "20 (4x5)", "12 (3x4)", "8", "Static",
     [("CR01a", "Deliver the 2026/27 savings programme of £1.1m and report progress to Cabinet each quarter.",
       "Strategic Director (Section 151 Officer)", "31/03/2026", "On track"),
      ("CR01b", "Update the Medium Term Financial Strategy for the final Local Government Finance Settlement.",
       "Finance Manager", "Feb-26", "On track")]),
    ("CR02 Local government reorganisation – loss of capacity and service disruption during the move to a new "
     "unitary council",
     "Chief Executive", "16 (4x4)", "16 (4x4)", "9", "Increasing",
     [("CR02a", "Prepare a service-by-service transition plan and a staff retention approach, coordinated with the "
                "other Leicestershire councils.",
       "Chief Executive / Head of HR and Organisational Development", "Q4 2025/26", "Delayed")]),
    ("CR03 Cyber security – loss of systems and data following a successful cyber attack",
     "ICT Manager", "20 (4x5)", "15 (3x5)", "10", "Reducing",
     [("CR03a", "Complete annual cyber security awareness training for all staff and councillors.",
       "ICT Manager", "31/01/2026", "Complete"),
      ("CR03b", "Test the ICT disaster recovery arrangements, including restoring core systems from immutable "
                "backups.",
       "ICT Manager; Emergency Planning Officer", "June 2026", "Not started")]),
    ("CR04 Homelessness – demand for temporary accommodation exceeds the budget available",
     "Head of Community Services", "16 (4x4)", "12 (4x3)", "8", "Static",
     [("CR04a", "Bring 12 units of council-leased temporary accommodation into use to reduce reliance on bed and "
                "breakfast.",
       "Housing Options Manager", "September 2025 – March 2026", "Off track"),
      ("CR04b", "Review the homelessness prevention fund criteria and publish the revised policy.",
       "Housing Options Manager", "Ongoing", "On track")]),
    ("CR05 Workforce – inability to recruit and retain staff in key professional roles",
     "Head of HR and Organisational Development", "12 (3x4)", "9 (3x3)", "6", "Static",
     [("CR05a", "Introduce a market supplement scheme for hard-to-fill planning and environmental health posts.",
       "Head of HR and Organisational Development", "30/04/2026", "On track")]),
]


def build_harborough(path):
    lines = [HARB_TITLE,
             "Position at 31 December 2025. Reported to the Audit and Standards Committee, 27 January 2026.",
             "Scores are Likelihood x Impact on a 5 x 5 matrix.",
             ""]
    for title, owner, inh, res, tgt, trend, acts in HARB_RISKS:
        lines.append(title)
        lines.append("\t".join([f"Risk owner: {owner}", f"Inherent score: {inh}", f"Residual score: {res}",
                                f"Target score: {tgt}", f"Trend: {trend}"]))
        lines.append("\t".join(["Action ref", "Further action", "Action owner", "Target date", "Status"]))
        for a in acts:
            lines.append("\t".join(a))
        lines.append("")
    lines.append("Action status key: Complete = blue; On track = green; Delayed = amber; Off track = red; "
                 "Not started = not yet started.")
    lines.append("End of report")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Worcestershire CC - corporate peer challenge action plan highlight report (xlsx)
# ---------------------------------------------------------------------------
WORCS_TITLE = "Worcestershire County Council – Corporate Peer Challenge Action Plan: Highlight Report"
WORCS_RECS = [
    ("Recommendation 1: Agree a clear, shared set of priorities for the council’s transformation programme and "
     "communicate them to staff, partners and residents.", [
        ("1a", "Refresh the Corporate Plan priorities with Cabinet and publish a one-page ‘plan on a page’.",
         "Chief Executive", "Leader of the Council", "December 2025", "blue",
         "Plan on a page approved by Cabinet on 13 November 2025."),
        ("1b", "Run a staff engagement programme on the refreshed priorities, including ‘Ask the Chief Executive’ "
               "sessions in every directorate.",
         "Assistant Director for Communications and Engagement", "Leader of the Council", "March 2026", "green",
         "Four of six directorate sessions held."),
    ]),
    ("Recommendation 2: Strengthen medium-term financial planning so that savings plans are fully identified and "
     "deliverable over the next three years.", [
        ("2a", "Develop a three-year Medium Term Financial Plan with savings proposals identified for 2026/27 to "
               "2028/29.",
         "Chief Financial Officer (S151)", "Cabinet Member for Finance", "February 2026", "amber",
         "£4.2m of the £6.8m 2027/28 gap still to be identified."),
        ("2b", "Introduce monthly savings delivery tracking at Corporate Leadership Team, with a RAG rating for each "
               "savings line.",
         "Chief Financial Officer (S151)", "Cabinet Member for Finance", "Monthly", "green",
         "Tracker reported to CLT monthly since October 2025."),
    ]),
    ("Recommendation 3: Build organisational capacity for change, including programme management and data and "
     "insight.", [
        ("3a", "Establish a Transformation Portfolio Office with a dedicated programme manager for each major "
               "programme.",
         "Assistant Director for Transformation", "Cabinet Member for Corporate Services", "Q4 2025/26", "green",
         "Portfolio Office lead appointed; two of three programme managers in post."),
        ("3b", "Develop a corporate data strategy and appoint a Head of Data and Insight.",
         "Assistant Director for Transformation / Head of IT and Digital", "Cabinet Member for Corporate Services",
         "June 2026", "red", "Recruitment paused pending the budget decision in February."),
    ]),
    ("Recommendation 4: Review governance arrangements so that decision-making is quicker and more transparent.", [
        ("4a", "Review the scheme of delegation and the forward plan process, and report recommendations to the "
               "Constitution Review Working Group.",
         "Monitoring Officer", "Leader of the Council", "31 March 2026", "amber",
         "Review started late because of the by-election; first draft due February 2026."),
        ("4b", "Deliver a member development programme on scrutiny, finance and the council’s improvement journey.",
         "Head of Democratic Services", "Cabinet Member for Corporate Services", "Ongoing", "green",
         "Three sessions held; average attendance 31 members."),
    ]),
    ("Recommendation 5: Strengthen partnership working with district councils and health partners on prevention.", [
        ("5a", "Agree a joint prevention framework with the Herefordshire and Worcestershire Integrated Care Board.",
         "Director of Public Health", "Cabinet Member for Health and Wellbeing", "September 2026", None, ""),
        ("5b", "Hold a leaders’ and chief executives’ forum with the six district councils.",
         "Chief Executive", "Leader of the Council", "October 2025", "blue",
         "Forum held 16 October 2025; to continue twice a year."),
    ]),
]


def build_worcs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = WORCS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Reporting period: October – December 2025"
    ws["A3"] = "Reported to: Corporate Leadership Team, 20 January 2026"
    ws["A5"] = "Overall status"
    ws["A5"].font = Font(bold=True)
    ws["B5"] = "Amber"
    ws["B5"].fill = fill("amber")
    ws["A7"] = "Key achievements this period"
    ws["A7"].font = Font(bold=True)
    ws["A8"] = "• Plan on a page approved by Cabinet and launched to staff."
    ws["A9"] = "• First leaders’ and chief executives’ forum held with the district councils."
    ws["A10"] = "• Monthly savings tracking in place at Corporate Leadership Team."
    ws["A12"] = "Issues and risks"
    ws["A12"].font = Font(bold=True)
    ws["A13"] = "• Head of Data and Insight recruitment paused – dependent on the 2026/27 budget."
    ws["A14"] = "• 2027/28 savings gap not yet fully identified."
    ws["A16"], ws["B16"] = "Status", "Number of actions"
    ws["A16"].font = ws["B16"].font = Font(bold=True)
    summary = [("Complete", 2, "blue"), ("On track", 4, "green"), ("At risk", 2, "amber"),
               ("Off track", 1, "red"), ("Not started", 1, None)]
    r = 17
    for lab, n, col in summary:
        ws.cell(r, 1, lab)
        ws.cell(r, 2, n)
        if col:
            ws.cell(r, 1).fill = fill(col)
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    ws.cell(r, 2, "=SUM(B17:B21)")
    ws.column_dimensions["A"].width = 70
    ws.column_dimensions["B"].width = 18

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Corporate Peer Challenge Action Plan – detailed progress at 31 December 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:G1")
    heads = ["No.", "Action", "Lead Officer", "Cabinet Member", "Timescale", "Status", "Progress this period"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BOX
    r = 4
    for rec, acts in WORCS_RECS:
        c = ws.cell(r, 1, rec)
        c.font = Font(bold=True)
        c.fill = fill("pale")
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 30
        r += 1
        for no, action, lead, member, when, status, prog in acts:
            for i, v in enumerate([no, action, lead, member, when, None, prog], 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            if status:
                ws.cell(r, 6).fill = fill(status)
            r += 1
    r += 1
    ws.cell(r, 1, "Status key (cell colour):").font = Font(bold=True)
    r += 1
    for lab, col in (("Complete", "blue"), ("On track", "green"), ("At risk", "amber"), ("Off track", "red"),
                     ("Not started", None)):
        ws.cell(r, 2, lab)
        if col:
            ws.cell(r, 1).fill = fill(col)
        else:
            ws.cell(r, 1).border = BOX
        r += 1
    for col, w in zip("ABCDEFG", (6, 60, 32, 30, 16, 9, 45)):
        ws.column_dimensions[col].width = w
    wb.save(path)


FILES = {
    "ha2-suffolk-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx": build_suffolk,
    "ha2-camden-council-asc-cqc-assessment-improvement-plan.docx": build_camden,
    "ha2-epping-forest-dc-internal-audit-recommendations-tracker.csv": build_epping,
    "ha2-comhairle-nan-eilean-siar-annual-audit-report-action-plan.docx": build_cnes,
    "ha2-brent-council-rsh-consumer-standards-housing-improvement-plan-typo-month-refuse.xlsx": build_brent,
    "ha2-harborough-dc-corporate-risk-register-q3-2025-26.txt": build_harborough,
    "ha2-worcestershire-cc-corporate-peer-challenge-action-plan-highlight-report.xlsx": build_worcs,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
