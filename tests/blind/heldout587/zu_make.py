"""Build the seven zu- blind test files (set heldout587).

Run with /work/main/.venv/bin/python zu_make.py from any directory;
files are written beside this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


def d(y, m, day):
    return dt.datetime(y, m, day)


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Medway Council strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def make_medway():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Medway Council"
    cov["A1"].font = Font(bold=True, size=16, color=NAVY)
    cov["A2"] = "Strategic Risk Register 2025/26"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = "Quarter 2 review – position as at 30 September 2025"
    cov["A3"].font = Font(italic=True)
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    control = [
        ("Version", "2.2"),
        ("Owner", "Corporate Management Team"),
        ("Prepared by", "Corporate Performance and Intelligence Hub"),
        ("Reported to", "Audit Committee, 25 November 2025; Cabinet, 9 December 2025"),
        ("Next review", "Quarter 3 (January 2026)"),
    ]
    r = 6
    for k, v in control:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 1).fill = fill(GREY)
        cov.cell(r, 2, v)
        for c in (1, 2):
            cov.cell(r, c).border = BOX
        r += 1
    r += 1
    cov.cell(r, 1, "Summary of strategic risks").font = Font(bold=True)
    r += 1
    heads = ["Ref", "Risk", "Q1 score", "Q2 score", "Direction of travel", "Risk owner"]
    for c, h in enumerate(heads, 1):
        cell = cov.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.border = BOX
    summary = [
        ("SR03B", "Finances – the Council is unable to set a balanced budget and maintain a "
         "sustainable medium-term financial position without Exceptional Financial Support",
         "AII", "AII", "↔", "Chief Operating Officer"),
        ("SR37", "Cyber security – a successful cyber attack causes loss of systems, data "
         "and the ability to deliver services", "BII", "BII", "↔", "Chief Information Officer"),
        ("SR09B", "SEND – the Council and its partners do not meet the needs of children and "
         "young people with special educational needs and disabilities within the resources "
         "available", "AII", "BII", "↓", "Director of People – Children and Adults Services"),
        ("SR49", "Temporary accommodation – demand for and cost of temporary accommodation "
         "continue to rise beyond budgeted levels", "AII", "AII", "↑", "Director of Place"),
    ]
    for row in summary:
        r += 1
        for c, v in enumerate(row, 1):
            cell = cov.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 10
    cov.column_dimensions["D"].width = 10
    cov.column_dimensions["E"].width = 12
    cov.column_dimensions["F"].width = 34

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = "Medway Council – Strategic Risk Register 2025/26 (Q2)"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:L1")
    ws["A2"] = ("Risks are shown with their inherent, current and target scores. Mitigating "
                "actions are updated by action owners each quarter; see the Key tab for scoring "
                "and action status colours.")
    ws["A2"].alignment = WRAP
    ws.merge_cells("A2:L2")
    ws.row_dimensions[2].height = 30
    heads = ["Risk ref and title", "Risk owner", "Inherent score", "Current score",
             "Target score", "Action ref", "Mitigating action", "Action owner",
             "Original due date", "Revised due date", "Q2 progress update", "Action status"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX

    risks = [
        ("SR03B Finances", "Chief Operating Officer", "AI", "AII", "CIII", [
            ("SR03B.1",
             "Deliver the 2025/26 savings and transformation programme, with monthly tracking "
             "of delivery through the Transformation Board.",
             "Chief Finance Officer / Head of Transformation", d(2026, 3, 31), None,
             "£9.8m of the £14.2m savings target delivered or on track; £2.1m at risk within "
             "children's placements.", AMBER),
            ("SR03B.2",
             "Submit the request for Exceptional Financial Support for 2026/27 to MHCLG and "
             "agree the conditions of the capitalisation direction.",
             "Chief Finance Officer", d(2025, 10, 31), d(2026, 1, 31),
             "Draft request prepared for submission in October; decision expected after the "
             "provisional local government finance settlement.", AMBER),
            ("SR03B.3",
             "Refresh the Medium Term Financial Outlook for 2026/27 to 2029/30 and report it "
             "to Cabinet.",
             "Chief Finance Officer", d(2025, 9, 30), None,
             "Medium Term Financial Outlook reported to Cabinet on 19 August 2025.", BLUE),
        ]),
        ("SR37 Cyber security", "Chief Information Officer", "AI", "BII", "CII", [
            ("SR37.1",
             "Complete the Public Services Network (PSN) compliance health check and "
             "remediate the critical vulnerabilities it identifies.",
             "Head of ICT", d(2025, 11, 30), None,
             "Health check completed in August; three of the four critical findings "
             "remediated, the fourth scheduled for October.", GREEN),
            ("SR37.2",
             "Run a cyber incident exercise with the Corporate Management Team and test the "
             "ICT disaster recovery plan.",
             "Head of ICT; Emergency Planning and Resilience Manager", d(2025, 7, 31),
             d(2026, 2, 28),
             "Exercise postponed to allow for the data centre migration; a new date is being "
             "agreed with the LGA cyber team.", RED),
        ]),
        ("SR09B SEND", "Director of People – Children and Adults Services", "AI", "BII",
         "CIII", [
             ("SR09B.1",
              "Deliver the actions in the Local Area SEND Priority Action Plan and report "
              "progress to the SEND Improvement Board each month.",
              "Assistant Director Education and SEND", d(2026, 3, 31), None,
              "Monthly reporting in place; DfE and NHS England review meeting held on 17 "
              "September 2025.", GREEN),
             ("SR09B.2",
              "Implement the Delivering Better Value in SEND workstreams to reduce the "
              "in-year High Needs Block deficit.",
              "Assistant Director Education and SEND & Head of Finance Strategy",
              d(2026, 3, 31), None,
              "Forecast in-year deficit reduced by £1.4m; the independent placement "
              "workstream is behind plan.", AMBER),
             ("SR09B.3",
              "Open 28 additional specialist resource provision places in mainstream "
              "secondary schools for September 2025.",
              "Head of School Organisation", d(2025, 9, 1), None,
              "All 28 places opened at the start of the autumn term.", BLUE),
         ]),
        ("SR49 Temporary accommodation", "Director of Place", "AII", "AII", "BIII", [
            ("SR49.1",
             "Acquire 60 additional homes for use as temporary accommodation through the "
             "Council's housing company.",
             "Head of Housing Options / Head of Property", d(2026, 3, 31), None,
             "34 homes acquired and let; a further 12 are in conveyancing.", GREEN),
            ("SR49.2",
             "Review the Housing Allocation Policy to increase the proportion of social "
             "lets made to households in temporary accommodation.",
             "Head of Strategic Housing", d(2025, 12, 31), d(2026, 3, 31),
             "Consultation extended to include registered providers; revised policy now due "
             "at Cabinet in March 2026.", AMBER),
        ]),
    ]
    r = 5
    for title, owner, inh, cur, tgt, actions in risks:
        first = r
        for ref, text, lead, orig, rev, prog, colour in actions:
            ws.cell(r, 6, ref)
            ws.cell(r, 7, text)
            ws.cell(r, 8, lead)
            ws.cell(r, 9, orig).number_format = "dd/mm/yyyy"
            if rev is not None:
                ws.cell(r, 10, rev).number_format = "dd/mm/yyyy"
            ws.cell(r, 11, prog)
            ws.cell(r, 12).fill = fill(colour)
            for c in range(1, 13):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BOX
            r += 1
        last = r - 1
        for c, v in ((1, title), (2, owner), (3, inh), (4, cur), (5, tgt)):
            ws.cell(first, c, v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        ws.cell(first, 1).font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Note: revised due dates agreed by the risk owner are shown in column J; "
                  "original due dates are kept for audit purposes.").font = Font(italic=True)
    widths = [22, 24, 10, 10, 10, 10, 50, 30, 13, 13, 50, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "Risk scoring"
    key["A1"].font = Font(bold=True)
    key["A2"] = "Likelihood: A Very high, B High, C Significant, D Low, E Very low, F Almost impossible"
    key["A3"] = "Impact: I Catastrophic, II Critical, III Marginal, IV Negligible"
    key["A5"] = "Action status"
    key["A5"].font = Font(bold=True)
    for i, (colour, label) in enumerate([
            (RED, "Red – action overdue or will not be delivered by the revised date"),
            (AMBER, "Amber – at risk of slippage"),
            (GREEN, "Green – on track"),
            (BLUE, "Blue – action complete")]):
        key.cell(6 + i, 1).fill = fill(colour)
        key.cell(6 + i, 2, label)
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 70
    wb.save(path("zu-medway-council-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Bedford Borough Council internal audit tracker (xlsx) - refuse
# ---------------------------------------------------------------------------
def make_bedford():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Bedford Borough Council"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Internal Audit – Follow-up of Agreed Actions"
    sm["A2"].font = Font(bold=True, size=12)
    sm["A3"] = "Audit and Governance Committee, 29 January 2026 – position at 31 December 2025"
    heads = ["Priority", "Implemented since last report", "In progress – within target",
             "Overdue", "Total open"]
    for c, h in enumerate(heads, 1):
        cell = sm.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
        cell.alignment = WRAP
    rows = [("High", 1, 1, 0, 1), ("Medium", 1, 2, 1, 3), ("Low", 1, 0, 0, 0)]
    r = 6
    for row in rows:
        for c, v in enumerate(row, 1):
            sm.cell(r, c, v).border = BOX
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for c in range(2, 6):
        col = chr(64 + c)
        sm.cell(r, c, f"=SUM({col}6:{col}8)").font = Font(bold=True)
    for c in range(1, 6):
        sm.cell(r, c).border = BOX
    sm["A11"] = ("Open actions are listed on the 'Open Actions' tab. Implemented actions are "
                 "reported once and then removed.")
    for col, w in zip("ABCDE", (14, 18, 18, 12, 12)):
        sm.column_dimensions[col].width = w

    ws = wb.create_sheet("Open Actions")
    ws["A1"] = "Open internal audit actions at 31 December 2025"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Rec ref", "Priority", "Finding", "Agreed management action",
             "Responsible officer", "Original target date", "Revised target date",
             "Status", "Management update (December 2025)"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("305496")
        cell.alignment = WRAP
        cell.border = BOX
    audits = [
        ("2024/25 – Accounts Payable (Limited assurance)", [
            ("AP/01", "High",
             "Changes to supplier bank details were not independently verified in 4 of 25 "
             "cases tested.",
             "Introduce a call-back check to a known contact for every request to change "
             "supplier bank details and record the check on the vendor file.",
             "Head of Exchequer Services", d(2025, 6, 30), d(2025, 9, 30), "Implemented",
             "Call-back procedure in place from September; sample check by Internal Audit "
             "confirmed compliance."),
            ("AP/02", "Medium",
             "Purchase orders were raised after the invoice date for 18% of invoices "
             "tested.",
             "Issue a 'no PO, no pay' reminder to budget holders and report retrospective "
             "orders to directorate management teams quarterly.",
             "Head of Procurement / Head of Exchequer Services", d(2025, 9, 30),
             "Febuary 2026", "In progress",
             "Reminder issued; quarterly reporting delayed by the finance system upgrade."),
        ]),
        ("2024/25 – Disabled Facilities Grants (Reasonable assurance)", [
            ("DFG/01", "Medium",
             "The DFG policy has not been reviewed since 2019 and does not reflect the "
             "discretionary grant criteria now in use.",
             "Review and update the Housing Assistance Policy and present it to the Executive "
             "for approval.",
             "Private Sector Housing Manager", d(2025, 12, 31), None, "In progress",
             "Draft policy prepared; Executive date to be confirmed."),
            ("DFG/02", "Low",
             "Completion certificates were missing from 3 of 20 grant files.",
             "Add a completion certificate check to the final payment checklist.",
             "Private Sector Housing Manager", d(2025, 7, 31), None, "Implemented",
             "Checklist updated July 2025."),
        ]),
        ("2025/26 – IT Asset Management (Limited assurance)", [
            ("ITAM/01", "High",
             "There is no complete register of laptops and mobile devices; 41 devices issued "
             "to leavers had not been recovered.",
             "Complete a full reconciliation of end-user devices and implement a leavers "
             "process that links HR notifications to device recovery.",
             "Head of Digital and ICT", d(2025, 11, 30), d(2026, 3, 31), "In progress",
             "Reconciliation 70% complete; leavers workflow being built in the HR system."),
            ("ITAM/02", "Medium",
             "Disposal certificates were not retained for devices sent for recycling.",
             "Obtain and retain data-wiping certificates for all disposals through the "
             "recycling contract.",
             "ICT Service Delivery Manager", d(2025, 10, 31), None, "Overdue",
             "Contract variation under discussion with the supplier."),
        ]),
        ("2025/26 – Schools Financial Value Standard (Reasonable assurance)", [
            ("SFVS/01", "Medium",
             "Six maintained schools had not submitted their SFVS return by the deadline.",
             "Write to the governing bodies of late schools and escalate non-submission to "
             "the Director of Children's Services.",
             "Schools Finance Manager", d(2025, 5, 31), d(2025, 8, 31), "Implemented",
             "All returns now received."),
        ]),
    ]
    r = 4
    for audit, recs in audits:
        ws.cell(r, 1, audit).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec in recs:
            for c, v in enumerate(rec, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            r += 1
    for col, w in zip("ABCDEFGHI", (10, 10, 40, 48, 28, 12, 12, 13, 44)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(path("zu-bedford-borough-council-internal-audit-recommendations-tracker-"
                 "typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Rotherham MBC transformation programme highlight report (xlsx)
# ---------------------------------------------------------------------------
RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "Complete": BLUE}


def make_rotherham():
    wb = Workbook()
    sm = wb.active
    sm.title = "Highlight Report"
    sm["A1"] = "Rotherham Metropolitan Borough Council"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A2"] = "Customer and Digital Transformation Programme – Highlight Report"
    sm["A2"].font = Font(bold=True, size=14, color=NAVY)
    sm["A3"] = "Reporting period: Period 6 (September 2025)"
    info = [
        ("Senior Responsible Owner", "Assistant Chief Executive"),
        ("Programme team", "Corporate Transformation Team"),
        ("Reporting to", "Transformation Board, 15 October 2025"),
        ("Overall status – previous period", "A"),
        ("Overall status – this period", "A"),
    ]
    r = 5
    for k, v in info:
        sm.cell(r, 1, k).font = Font(bold=True)
        sm.cell(r, 1).fill = fill(GREY)
        sm.cell(r, 2, v)
        if v in RAG_FILL:
            sm.cell(r, 2).fill = fill(RAG_FILL[v])
        r += 1
    r += 1
    sm.cell(r, 1, "Workstream summary").font = Font(bold=True)
    r += 1
    for c, h in enumerate(["Workstream", "Workstream lead", "Previous RAG", "Current RAG",
                           "Headline"], 1):
        cell = sm.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.border = BOX
    ws_summary = [
        ("1. Customer Access", "Head of Customer Services", "G", "A",
         "Portal live; cash office closure delayed by consultation."),
        ("2. Digital Workforce", "Head of Digital Services", "A", "A",
         "HR and payroll replacement forecast to slip; change request below."),
        ("3. Data and Insight", "Head of Performance and Intelligence", "G", "G",
         "Data warehouse build on track."),
    ]
    for row in ws_summary:
        r += 1
        for c, v in enumerate(row, 1):
            cell = sm.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
            if c in (3, 4):
                cell.fill = fill(RAG_FILL[v])
    r += 2
    sm.cell(r, 1, "Decisions required from the Board").font = Font(bold=True)
    sm.cell(r + 1, 1, "1. Approve change request CR-07 to move milestone 2.3 (HR and payroll "
                      "go-live) from November 2025 to January 2026.")
    sm.cell(r + 2, 1, "2. Note the equality impact assessment for the cash office closure "
                      "(milestone 1.3).")
    r += 4
    sm.cell(r, 1, "Budget: £2.35m approved; £1.12m spent to date; forecast outturn £2.31m.")
    for col, w in zip("ABCDE", (34, 36, 12, 12, 60)):
        sm.column_dimensions[col].width = w

    workstreams = [
        ("WS1 Customer Access", "Workstream 1: Customer Access",
         "Workstream lead: Head of Customer Services", [
             ("1.1", "Launch the new customer portal for council tax and benefits "
                     "self-service", "Head of Customer Services / Digital Product Manager",
              d(2025, 6, 30), d(2025, 9, 30), "A", "Complete",
              "Portal went live on 22 September 2025; 3,400 accounts created in the first "
              "week."),
             ("1.2", "Move the contact centre telephony at Riverside House to the new cloud "
                     "platform", "ICT Infrastructure Manager",
              d(2025, 10, 31), d(2025, 10, 31), "G", "G",
              "User acceptance testing complete; cut-over booked for 20 October."),
             ("1.3", "Close the cash office and support customers to pay through PayPoint, "
                     "online and by phone", "Head of Customer Services",
              d(2025, 11, 30), d(2026, 1, 31), "G", "A",
              "Closure deferred until the equality impact assessment consultation ends."),
             ("1.4", "Publish the customer service standards and report the first quarter's "
                     "performance against them", "Customer Experience Manager",
              d(2025, 12, 31), d(2025, 12, 31), "G", "G", "Standards drafted."),
         ]),
        ("WS2 Digital Workforce", "Workstream 2: Digital Workforce",
         "Workstream lead: Head of Digital Services", [
             ("2.1", "Run a Microsoft 365 Copilot pilot with 300 staff and evaluate the "
                     "productivity benefits", "Head of Digital Services",
              d(2025, 12, 31), d(2025, 12, 31), "G", "G",
              "280 licences allocated; evaluation survey issued."),
             ("2.2", "Deliver digital skills training to frontline staff in Neighbourhoods "
                     "and Adult Care", "Learning and Development Manager; Digital Inclusion "
                     "Officer", d(2026, 3, 31), d(2026, 3, 31), "A", "G",
              "Trainer recruited; 14 sessions delivered."),
             ("2.3", "Replace the legacy HR and payroll system", "Head of HR and "
                     "Organisational Development", d(2025, 11, 30), d(2026, 1, 31), "A", "R",
              "Data migration errors found in the second test load; go-live cannot be met "
              "without the change request."),
         ]),
        ("WS3 Data and Insight", "Workstream 3: Data and Insight",
         "Workstream lead: Head of Performance and Intelligence", [
             ("3.1", "Build the corporate data warehouse and migrate the Children's Services "
                     "and Housing datasets", "Data Architect",
              "Q3 2025/26", "Q4 2025/26", "G", "G",
              "Children's Services data loaded; Housing scheduled for January."),
             ("3.2", "Publish the Council's Data Strategy 2025–2028",
              "Head of Performance and Intelligence", d(2025, 9, 30), d(2025, 9, 30), "G",
              "Complete", "Approved by Cabinet on 15 September 2025."),
             ("3.3", "Develop ward profile dashboards for elected members",
              "Senior Business Intelligence Analyst", d(2026, 2, 28), d(2026, 2, 28), "G",
              "G", "Prototype shared with the Member Development Panel."),
         ]),
    ]
    heads = ["Ref", "Milestone / key activity", "Owner", "Baseline date", "Forecast date",
             "Previous RAG", "Current RAG", "Commentary"]
    for sheet, title, lead, rows in workstreams:
        ws = wb.create_sheet(sheet)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13, color=NAVY)
        ws["A2"] = lead
        for c, h in enumerate(heads, 1):
            cell = ws.cell(4, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill(NAVY)
            cell.border = BOX
            cell.alignment = WRAP
        r = 5
        for row in rows:
            for c, v in enumerate(row, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
                if c in (6, 7):
                    cell.fill = fill(RAG_FILL[v])
            r += 1
        for col, w in zip("ABCDEFGH", (6, 52, 34, 13, 13, 10, 10, 52)):
            ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG definitions")
    key["A1"] = "RAG definitions"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
            ("G", "On track to be delivered by the forecast date"),
            ("A", "At risk – forecast date may slip; mitigation in place"),
            ("R", "Off track – will not be delivered by the baseline date; Board decision "
                  "needed"),
            ("Complete", "Milestone delivered")]):
        key.cell(2 + i, 1, k).fill = fill(RAG_FILL[k])
        key.cell(2 + i, 2, v)
    key.column_dimensions["B"].width = 70
    wb.save(path("zu-rotherham-mbc-customer-digital-transformation-programme-"
                 "highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    paras = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(paras):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Luton Safeguarding Children Partnership LCSPR action plan (docx)
# ---------------------------------------------------------------------------
def make_luton():
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Luton Safeguarding Children Partnership"
    doc.add_heading("Local Child Safeguarding Practice Review – Child E: Multi-agency Action "
                    "Plan", level=0)
    doc.add_paragraph("Luton Safeguarding Children Partnership (LSCP)")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("1.0", "12/06/2025", "LSCP Business Manager",
                 "Agreed by the Safeguarding Partners"),
                ("2.0", "09/09/2025", "LSCP Business Manager",
                 "Progress updates from Case Review Group"),
                ("3.0", "08/12/2025", "LSCP Business Manager",
                 "Evidence of impact added; actions 1.1 and 3.1 closed")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)

    doc.add_paragraph(
        "Child E was a nine-year-old disabled child with limited verbal communication who "
        "was seriously harmed at home in 2024. The review made four recommendations to the "
        "Safeguarding Partners. This plan sets out how they will be taken forward; progress "
        "is monitored by the LSCP Case Review Group and reported to the Executive Group.")

    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for letter, colour, meaning in [
            ("B", BLUE, "Complete – action delivered and evidence of impact received"),
            ("G", GREEN, "On track to be completed within the timescale"),
            ("A", AMBER, "Some delay – remedial action agreed"),
            ("R", RED, "Off track or overdue – escalate to the Executive Group")]:
        cells = key.add_row().cells
        set_cell(cells[0], letter, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)

    plan = [
        ("Learning theme 1: Seeing and hearing the child", [
            ("Recommendation 1: All partner agencies should assure the LSCP that practitioners "
             "use communication methods suited to the child when seeking the views of "
             "disabled children and children with limited verbal communication.", [
                ("1.1", "Publish a 7-minute briefing on communicating with disabled and "
                        "non-verbal children and share it through every partner agency.",
                 "LSCP Business Manager", "November 2025",
                 "Briefing published 3 November 2025; 410 downloads in the first month.",
                 "B"),
                ("1.2", "Audit 20 child and family assessments of children with SEND to test "
                        "whether the child's communication needs were identified and met.",
                 "Head of Quality Assurance (Luton Borough Council) / Designated Nurse for "
                 "Safeguarding Children (BLMK ICB)", "Q4 2025/26",
                 "Audit tool agreed by the Case Review Group; sampling starts in January.",
                 "G"),
            ]),
            ("Recommendation 2: The LSCP should seek assurance that the views of disabled "
             "children are recorded in child protection conference reports and plans.", [
                ("2.1", "Add a mandatory 'voice of the child and how it was obtained' section "
                        "to the child protection conference report template.",
                 "Service Manager, Child Protection and Reviewing", "By 31 January 2026",
                 "Template revised; awaiting system change request in the case recording "
                 "system.", "A"),
                ("2.2", "Deliver briefing sessions to Designated Safeguarding Leads on "
                        "gathering the views of pupils with SEND.",
                 "Education Safeguarding Lead", "Summer term 2026",
                 "Sessions booked for the DSL network meetings in April and June.", "G"),
            ]),
        ]),
        ("Learning theme 2: Information sharing between health and early help", [
            ("Recommendation 3: Luton and Dunstable University Hospital and Luton Borough "
             "Council should review how missed health appointments for children with complex "
             "needs are shared with the child's lead professional.", [
                ("3.1", "Agree a shared escalation pathway for children with complex health "
                        "needs who are not brought to appointments.",
                 "Named Nurse for Safeguarding Children (Luton and Dunstable University "
                 "Hospital) and Head of Early Help",
                 "September 2025",
                 "Pathway agreed at the Health Safeguarding Forum on 18 September 2025.",
                 "B"),
                ("3.2", "Test the use of the pathway through a multi-agency case audit six "
                        "months after launch.",
                 "LSCP Quality Assurance and Performance Subgroup Chair", "April 2026",
                 "Not yet due.", "G"),
            ]),
        ]),
        ("Learning theme 3: Recognising risk to disabled children when parents are under "
         "pressure", [
            ("Recommendation 4: The Safeguarding Partners should ensure that practitioners "
             "understand the heightened risk of harm to disabled children when parents are "
             "under significant stress.", [
                ("4.1", "Include the learning from this review in the multi-agency "
                        "safeguarding training programme for 2025/26.",
                 "LSCP Learning and Development Lead", "December 2025",
                 "Training materials updated; first course ran 26 November 2025.", "G"),
                ("4.2", "Hold a learning event for practitioners across Luton with the "
                        "review's independent author.",
                 "LSCP Business Manager", "Feb 2026",
                 "Venue booked but the author is not available until March; new date being "
                 "agreed.", "A"),
                ("4.3", "Report the impact of the actions in this plan to the LSCP Executive "
                        "Group.",
                 "LSCP Independent Scrutineer", "Ongoing",
                 "Standing item at each Executive Group meeting.", "G"),
            ]),
        ]),
    ]
    colours = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for theme, recs in plan:
        doc.add_heading(theme, level=1)
        for rec, actions in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in enumerate(["Ref", "Action", "Lead agency / officer", "Timescale",
                                   "Progress and evidence of impact", "RAG"]):
                set_cell(t.rows[0].cells[c], h, bold=True)
                shade(t.rows[0].cells[c], "D9E2F3")
            for ref, action, lead, when, progress, rag in actions:
                cells = t.add_row().cells
                for c, v in enumerate([ref, action, lead, when, progress, rag]):
                    set_cell(cells[c], v)
                shade(cells[5], colours[rag])
            doc.add_paragraph()
    doc.add_paragraph("Progress reviewed on behalf of the Safeguarding Partners: LSCP "
                      "Executive Group, 8 December 2025.")
    doc.save(path("zu-luton-safeguarding-children-partnership-lcspr-child-e-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. City of Doncaster Council corporate plan delivery plan (docx)
# ---------------------------------------------------------------------------
def merge_row(table, text, colour):
    cells = table.add_row().cells
    merged = cells[0].merge(cells[-1])
    set_cell(merged, text, bold=True, size=10)
    shade(merged, colour)


def make_doncaster():
    doc = Document()
    h = doc.add_heading("City of Doncaster Council Corporate Plan 2025-26: Delivery Plan", 0)
    doc.add_paragraph("Quarter 2 progress update (July – September 2025)").runs[0].italic = True
    doc.add_paragraph(
        "The Corporate Plan sets out what the Council will deliver in 2025-26 towards the "
        "Great 8 priorities of the Doncaster Delivering Together borough strategy. This "
        "update shows progress on the key deliverables for four of the Great 8 priorities "
        "reported to Overview and Scrutiny Management Committee; the remaining priorities are "
        "reported through the Team Doncaster partnership.")
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Complete – delivered (blue); On track – green; Some slippage – amber, expected "
              "to recover within the year; Off track – red, will not be delivered by the due "
              "date without intervention.")

    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for c, hd in enumerate(["No.", "What we will deliver in 2025-26", "Lead", "Due",
                            "Status", "Q2 update"]):
        set_cell(table.rows[0].cells[c], hd, bold=True)
        shade(table.rows[0].cells[c], "BDD7EE")
    sections = [
        ("Great 8 Priority 1: Tackling Climate Change", [
            ("1.1", "Install solar panels on ten further council buildings, including the "
                    "Civic Office and three leisure centres.",
             "Head of Climate and Sustainability", "March 2026", "On track",
             "Six installations complete; remaining four contracted."),
            ("1.2", "Introduce weekly food waste collections for all households.",
             "Assistant Director Environment", "Sept 2025 – March 2026", "Some slippage",
             "Vehicle delivery delayed by the manufacturer; rollout now starts in January."),
            ("1.3", "Plant 25,000 trees through the Doncaster Community Forest.",
             "Community Forest Coordinator", "Mar-26", "On track",
             "9,200 trees planted; main planting season begins in November."),
        ]),
        ("Great 8 Priority 4: Making Doncaster the best place to do business and create good "
         "jobs", [
            ("4.1", "Complete the first phase of the University City campus masterplan and "
                    "submit the outline planning application.",
             "Director of Place", "Q3 2025-26", "On track",
             "Masterplan endorsed by Cabinet in July."),
            ("4.2", "Deliver the Business Doncaster support programme to 400 small and "
                    "medium-sized businesses.",
             "Head of Business Doncaster", "31/03/2026", "Complete",
             "Target exceeded at mid-year: 431 businesses supported."),
        ]),
        ("Great 8 Priority 6: Nurturing a child and family-friendly borough", [
            ("6.1", "Open two further Family Hubs in the Mexborough and Thorne localities.",
             "Rachel Holmes and Tariq Akhtar", "December 2025", "Off track",
             "Thorne building works delayed by asbestos removal; Mexborough opening on "
             "schedule for November."),
            ("6.2", "Increase the number of in-house foster carers by 20 through the "
                    "Fostering Doncaster campaign.",
             "Head of Service, Children in Care and Fostering", "March 2026", "Some slippage",
             "Net gain of 6 carers to date; recruitment events planned for the autumn."),
        ]),
        ("Great 8 Priority 8: Promoting the borough and its cultural, sporting, and heritage "
         "opportunities", [
            ("8.1", "Deliver the City of Doncaster Summer Festival and evaluate its economic "
                    "impact.",
             "Head of Culture and Heritage", "31/10/2025", "Complete",
             "Festival held in August with 62,000 visitors; evaluation published."),
            ("8.2", "Secure National Lottery Heritage Fund development funding for the Rail "
                    "Heritage Centre.",
             "Head of Culture and Heritage / Heritage Projects Manager", "Q4 2025-26",
             "On track", "Expression of interest accepted; full bid due in February."),
            ("8.3", "Report visitor numbers for Danum Gallery, Library and Museum to Cabinet.",
             "Museums and Galleries Manager", "Quarterly", "On track",
             "Q1 figures reported in August."),
        ]),
    ]
    status_colour = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER,
                     "Off track": RED}
    for band, rows in sections:
        merge_row(table, band, "DEEAF6")
        for row in rows:
            cells = table.add_row().cells
            for c, v in enumerate(row):
                set_cell(cells[c], v)
            shade(cells[4], status_colour[row[4]])

    doc.add_paragraph()
    doc.add_paragraph("Summary of status at Quarter 2").runs[0].bold = True
    st = doc.add_table(rows=2, cols=5)
    st.style = "Table Grid"
    for c, (a, b) in enumerate([("Complete", "2"), ("On track", "5"), ("Some slippage", "2"),
                                ("Off track", "1"), ("Total", "10")]):
        set_cell(st.rows[0].cells[c], a, bold=True)
        set_cell(st.rows[1].cells[c], b)
    doc.add_paragraph("Contact: Policy, Insight and Change team.")
    doc.save(path("zu-city-of-doncaster-council-corporate-plan-delivery-plan-2025-26.docx"))


# ---------------------------------------------------------------------------
# 6. Calderdale Health and Wellbeing Board action log (csv)
# ---------------------------------------------------------------------------
def make_calderdale():
    rows = [
        ["Calderdale Health and Wellbeing Board – Action Log", "", "", "", "", "", "", ""],
        ["Updated following the meeting held on 18 September 2025", "", "", "", "", "", "",
         ""],
        ["", "", "", "", "", "", "", ""],
        ["Action ref", "Meeting date", "Minute", "Action", "Lead", "Due date", "RAG",
         "Update"],
        ["HWB/25/03", "06/03/2025", "41/24",
         "Bring the refreshed Calderdale Wellbeing Strategy delivery plan to the Board for "
         "sign-off.",
         "Director of Public Health", "26/06/2025", "Complete",
         "Delivery plan signed off on 26 June 2025."],
        ["HWB/25/05", "26/06/2025", "08/25",
         "Circulate the draft Pharmaceutical Needs Assessment to Board members.\n"
         "Comments to be returned to the Public Health team within four weeks.",
         "Consultant in Public Health", "31/07/2025", "Complete",
         "Circulated 3 July; comments incorporated into the final draft."],
        ["HWB/25/06", "26/06/2025", "09/25",
         "Provide a breakdown of Healthy Start uptake by ward to the next meeting.",
         "Hirst, Debbie", "18/09/2025", "Amber",
         "Data received from the NHS Business Services Authority; ward analysis to follow."],
        ["HWB/25/07", "26/06/2025", "11/25",
         "Arrange a development session on the Developing Well priority with the Youth "
         "Voice Groups.",
         "JS & DW", "Next meeting", "Green",
         "Young people's session being planned with Calderdale Youth Council."],
        ["HWB/25/09", "18/09/2025", "17/25",
         "Submit the Better Care Fund plan 2025/26 to NHS England following Board approval.",
         "Director of Adult Services and Wellbeing", "Sep-25", "Complete",
         "Submitted on 19 September 2025."],
        ["HWB/25/10", "18/09/2025", "18/25",
         "Report on the winter plan for health and social care, including the vaccination "
         "offer for care home staff.",
         "Place Director (West Yorkshire ICB) / Director of Public Health", "11/12/2025",
         "Green", ""],
        ["HWB/25/11", "18/09/2025", "18/25",
         "Share the findings of the school survey on belonging among LGBTQ+ young people "
         "with the Children and Young People's Partnership.",
         "Head of Early Intervention and Safeguarding", "October 2025", "Red",
         "Partnership meeting cancelled; to be taken to the November meeting."],
        ["HWB/25/12", "18/09/2025", "20/25",
         "Write to the Secretary of State supporting the case for funding for the Calderdale "
         "Royal Hospital reconfiguration.",
         "Chair of the Board", "TBC", "Green",
         "Letter drafted; awaiting comments from the Calderdale Cares Partnership."],
    ]
    rows.append(["", "", "", "", "", "", "", ""])
    rows.append(["Actions marked Complete are removed from the log once they have been "
                 "reported to one meeting of the Board.", "", "", "", "", "", "", ""])
    with open(path("zu-calderdale-health-and-wellbeing-board-action-log.csv"), "w",
              newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. New Forest CSP domestic homicide review action plan (txt, Word text export)
# ---------------------------------------------------------------------------
def make_new_forest():
    header = "Ref\tAction\tLead\tTarget date\tProgress\tRAG"
    lines = [
        "New Forest Community Safety Partnership",
        "Domestic Homicide Review: “Kathleen” – Action Plan",
        "Overview report accepted by the Home Office Quality Assurance Panel in May 2025. "
        "Action plan owned by the DHR Steering Group.",
        "Status at 31 October 2025",
        "",
        "Recommendation 1: All agencies in the New Forest should ensure that practitioners "
        "ask older people routinely and safely about domestic abuse, including abuse by "
        "adult children.",
        header,
        "1.1\tAdd routine enquiry about domestic abuse by family members to the adult social "
        "care assessment and review templates.\tTeam Manager Adult Services (New Forest)\t"
        "31/12/2025\tTemplate change approved; goes live with the December system release.\t"
        "Green",
        "1.2\tDeliver domestic abuse training focused on older victims to GP practice "
        "safeguarding leads.\nFollow up with a survey of practice leads three months after "
        "the training.\tNamed GP for Safeguarding Adults (Hampshire and Isle of Wight ICB)\t"
        "March 2026\tFirst session held 9 October 2025 with 23 practices represented.\tGreen",
        "1.3\tPublish a leaflet for older people and carers about where to get help.\t"
        "Community Safety Officer\tAugust 2025\tLeaflet published and distributed through "
        "libraries and pharmacies.\tComplete",
        "",
        "Recommendation 2: Hampshire Constabulary and the Hampshire Domestic Abuse Service "
        "should review how risk is assessed when the perpetrator is the victim’s carer.",
        header,
        "2.1\tReview the DASH risk assessment guidance for cases where the perpetrator is "
        "also the victim’s carer.\tDI Public Protection (Hampshire Constabulary) / IDVA "
        "Service Manager\tEnd of January 2026\tGuidance review started; delayed by the "
        "launch of the new risk model.\tAmber",
        "2.2\tShare the review’s learning through the MARAC steering group and the Hampshire "
        "DA Partnership Board.\tMARAC Coordinator\tNovember 2025\tOn the MARAC steering group "
        "agenda for 20 November 2025.\tGreen",
        "",
        "Recommendation 3: New Forest District Council should ensure that housing officers "
        "recognise and respond to signs of economic abuse when older tenants fall into rent "
        "arrears.",
        header,
        "3.1\tInclude economic abuse indicators in the rent arrears procedure and train the "
        "income team.\tTenancy Services Manager\tApril 2026\tNot started; procedure rewrite "
        "planned for Q4.\tRed",
        "3.2\tAgree a referral route from the income team to the Community Safety Team for "
        "suspected abuse.\tTenancy Services Manager; Community Safety Manager\t28/02/2026\t"
        "Draft route agreed in principle.\tGreen",
        "",
        "Recommendation 4: The Community Safety Partnership should monitor the delivery of "
        "this action plan and report progress to the Safer New Forest Board.",
        header,
        "4.1\tReport progress on the action plan to the Safer New Forest Board.\tCommunity "
        "Safety Manager\tQuarterly\tReported to the Board on 2 October 2025.\tGreen",
        "",
        "RAG: Green – on track; Amber – some delay; Red – not started or off track; Complete "
        "– action completed and evidence provided.",
    ]
    with open(path("zu-new-forest-csp-dhr-kathleen-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_medway()
    make_bedford()
    make_rotherham()
    make_luton()
    make_doncaster()
    make_calderdale()
    make_new_forest()
    print("done")
