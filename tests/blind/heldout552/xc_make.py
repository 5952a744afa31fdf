#!/usr/bin/env python3
"""Build the seven xc- blind test files of set heldout552.

Run with the project venv:  /work/main/.venv/bin/python xc_make.py
Writes only files whose names start with "xc-" into this folder.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("xc-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
FILL = {
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "head": PatternFill("solid", fgColor="1F4E79"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
    "teal": PatternFill("solid", fgColor="DDEBF7"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def header_row(ws, row, labels, fill=FILL["head"], font=WHITE_BOLD):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.fill = fill
        c.font = font
        c.alignment = WRAP
        c.border = BOX


def band_row(ws, row, text, ncols, fill=FILL["band"]):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = BOLD
    c.fill = fill
    c.alignment = Alignment(vertical="center")


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------------------
# 1. NHS Fife corporate risk register (xlsx) -- fill-colour status, merged risk
#    cells over their action rows, strategic-priority bands, summary + key sheets
# ---------------------------------------------------------------------------
def make_nhs_fife():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "NHS Fife Corporate Risk Register 2025/26"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary – position at 30 November 2025"
    s["A4"] = "Report to: Audit and Risk Committee, 11 December 2025"
    s["A5"] = "Prepared by: Head of Risk and Assurance"
    header_row(s, 7, ["Risk Level", "Number of corporate risks", "Movement since September 2025"])
    rows = [
        ("Very High (15-25)", 4, "↔ no change"),
        ("High (10-12)", 7, "↑ one risk increased (Risk 12)"),
        ("Moderate (4-9)", 6, "↓ one risk reduced (Risk 17)"),
        ("Low (1-3)", 1, "↔ no change"),
        ("Total", 18, ""),
    ]
    for i, r in enumerate(rows, start=8):
        for j, v in enumerate(r, start=1):
            c = s.cell(row=i, column=j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = BOLD
    s["A14"] = ("Note: only corporate risks with further actions due for completion in 2025/26 "
                "are shown on the 'CRR Actions' sheet. The full register is available to "
                "committee members on request.")
    widths(s, {"A": 24, "B": 26, "C": 34})

    ws = wb.create_sheet("CRR Actions")
    ws["A1"] = "Corporate Risk Register – Further Actions to Reduce Risk"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Reporting period: to 30 November 2025 | Lead committee: Audit and Risk "
                "Committee (11 December 2025)")
    ws.merge_cells("A2:J2")
    header_row(ws, 4, ["Corporate Risk", "Risk Description", "Risk Owner", "Current Risk Level",
                       "Target Risk Level", "Action Ref", "Further Action", "Action Owner",
                       "Due Date", "Status"])

    risks = [
        ("Strategic Priority: To improve quality of health and care services", [
            ("6. Cancer Waiting Times",
             "There is a risk that due to increasing referrals and capacity constraints, NHS Fife "
             "will not achieve the 62-day and 31-day cancer waiting times standards, resulting in "
             "delays to diagnosis and treatment and poorer outcomes for patients.",
             "Chief Operating Officer", "High 16", "Moderate 8", [
                 ("6.1", "Implement the prostate cancer straight-to-test pathway, including "
                         "pre-biopsy MRI capacity at Victoria Hospital.",
                  "General Manager, Planned Care / Clinical Lead for Urology", D(2026, 3, 31), "green"),
                 ("6.2", "Complete the demand and capacity review for colorectal endoscopy and agree "
                         "a recovery trajectory with the Scottish Government Access Support Team.",
                  "Associate Director of Planned Care", D(2025, 12, 31), "amber"),
                 ("6.3", "Roll out the Effective Breach Management tool to all tumour site MDTs and "
                         "report breach themes monthly to the Cancer Governance Group.",
                  "Cancer Services Manager", D(2025, 9, 30), "blue"),
             ]),
            ("9. Whole System Capacity",
             "There is a risk that the level of occupancy across acute, community and social care "
             "settings, driven by delayed discharges and increased emergency demand, will affect "
             "the safe and effective delivery of services.",
             "Chief Operating Officer", "Very High 20", "High 12", [
                 ("9.1", "Deliver the Urgent and Unscheduled Care Improvement Programme milestones "
                         "for Discharge without Delay, including a planned date of discharge on all "
                         "acute wards.",
                  "Director of Acute Services & Director of Health and Social Care", "Ongoing", "green"),
                 ("9.2", "Open the 20 interim care beds commissioned through Fife Health and Social "
                         "Care Partnership and review their impact on delayed discharges after three "
                         "months.",
                  "Head of Complex and Critical Care", D(2026, 1, 31), None),
             ]),
        ]),
        ("Strategic Priority: To improve staff experience and wellbeing", [
            ("12. Workforce Planning and Delivery",
             "There is a risk that the supply of appropriately skilled staff will not meet the "
             "demand for services, due to national shortages in key professions, the reduction in "
             "the working week and supplementary staffing controls.",
             "Director of Workforce", "High 12", "Moderate 8", [
                 ("12.1", "Implement the reduction in the working week from 37 to 36 hours for all "
                          "Agenda for Change staff, with service-level rostering plans approved "
                          "through eRostering.",
                  "Director of Workforce", D(2026, 4, 1), "green"),
                 ("12.2", "Reduce supplementary staffing spend in line with the Nursing and Midwifery "
                          "Agency Reduction Plan, with no use of off-framework agency staff.",
                  "Director of Nursing", D(2025, 12, 31), "red"),
             ]),
        ]),
        ("Strategic Priority: To deliver value and sustainability", [
            ("14. Financial Sustainability",
             "There is a risk that the Board will be unable to deliver a balanced in-year financial "
             "position for 2025/26 and a sustainable medium-term financial plan, due to cost "
             "pressures exceeding available funding and the scale of savings required.",
             "Director of Finance & Strategy", "Very High 20", "High 12", [
                 ("14.1", "Deliver the 3% recurring savings target through the Re-form, Transform, "
                          "Perform programme, with monthly reporting of savings delivery to the "
                          "Executive Directors Group.",
                  "Director of Finance & Strategy", D(2026, 3, 31), "amber"),
                 ("14.2", "Agree the 2026/27 financial plan and three-year medium-term financial "
                          "outlook with the Scottish Government.",
                  "Director of Finance & Strategy", "Q4 2025/26", "green"),
                 ("14.3", "Complete the review of the Board's property portfolio and identify surplus "
                          "assets for disposal.",
                  "Director of Property & Asset Management", D(2025, 11, 30), "blue"),
             ]),
        ]),
    ]
    r = 5
    for prio, rlist in risks:
        band_row(ws, r, prio, 10)
        r += 1
        for title, desc, owner, cur, tgt, actions in rlist:
            first = r
            ws.cell(row=r, column=1, value=title).font = BOLD
            ws.cell(row=r, column=2, value=desc)
            ws.cell(row=r, column=3, value=owner)
            ws.cell(row=r, column=4, value=cur)
            ws.cell(row=r, column=5, value=tgt)
            for ref, text, lead, due, status in actions:
                ws.cell(row=r, column=6, value=ref)
                ws.cell(row=r, column=7, value=text)
                ws.cell(row=r, column=8, value=lead)
                c = ws.cell(row=r, column=9, value=due)
                if isinstance(due, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                sc = ws.cell(row=r, column=10, value=None)
                if status:
                    sc.fill = FILL[status]
                for col in range(1, 11):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
                r += 1
            last = r - 1
            if last > first:
                for col in range(1, 6):
                    ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value=("Status key: see 'Key' sheet. Due dates are those agreed with "
                                    "the risk owner; any change is reported to the Audit and Risk "
                                    "Committee."))
    widths(ws, {"A": 22, "B": 46, "C": 20, "D": 12, "E": 12, "F": 8, "G": 52, "H": 28,
                "I": 12, "J": 9})
    ws.freeze_panes = "A5"

    k = wb.create_sheet("Key")
    k["A1"] = "Risk level (likelihood x consequence)"
    k["A1"].font = BOLD
    for i, (lab, sc) in enumerate([("Very High", "15-25"), ("High", "10-12"),
                                   ("Moderate", "4-9"), ("Low", "1-3")], start=2):
        k.cell(row=i, column=1, value=lab)
        k.cell(row=i, column=2, value=sc)
    k["A8"] = "Action status (colour of the Status column)"
    k["A8"].font = BOLD
    for i, (fill, lab) in enumerate([("green", "Action on track"),
                                     ("amber", "Action at risk of slippage"),
                                     ("red", "Action overdue or off track"),
                                     ("blue", "Action complete"),
                                     (None, "No colour – action not yet started")], start=9):
        c = k.cell(row=i, column=1)
        if fill:
            c.fill = FILL[fill]
        c.border = BOX
        k.cell(row=i, column=2, value=lab)
    widths(k, {"A": 34, "B": 36})
    wb.save(out("xc-nhs-fife-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. North Wales FRS internal audit recommendations tracker (xlsx) -- cover with
#    document control + status key, one sheet per audit year, audit bands,
#    original + revised target dates, letter status with fill, summary sheet last
# ---------------------------------------------------------------------------
def make_nwfrs():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "North Wales Fire and Rescue Service – Internal Audit Recommendations Tracker"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Report to the Audit Committee – 20 October 2025"
    cv["A4"] = "Document control"
    cv["A4"].font = BOLD
    header_row(cv, 5, ["Version", "Date", "Updated by", "Notes"])
    for i, row in enumerate([
        ("1.0", D(2025, 6, 12), "Corporate Planning Officer", "Position to 31 May 2025"),
        ("1.1", D(2025, 10, 3), "Corporate Planning Officer", "Position to 30 September 2025"),
    ], start=6):
        for j, v in enumerate(row, start=1):
            c = cv.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cv["A9"] = "Status key"
    cv["A9"].font = BOLD
    for i, (letter, fill, lab) in enumerate([
        ("B", "blue", "Implemented – evidence provided to Internal Audit"),
        ("G", "green", "In progress – on track to meet target date"),
        ("A", "amber", "In progress – revised target date agreed"),
        ("R", "red", "Overdue – no revised date agreed"),
    ], start=10):
        c = cv.cell(row=i, column=1, value=letter)
        c.fill = FILL[fill]
        c.border = BOX
        cv.cell(row=i, column=2, value=lab)
    widths(cv, {"A": 12, "B": 48, "C": 28, "D": 32})

    heads = ["Rec No.", "Priority", "Recommendation", "Agreed Management Action",
             "Responsible Officer", "Original Target Date", "Revised Target Date", "Status",
             "Progress Update (September 2025)"]
    letter_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

    def year_sheet(name, heading, audits):
        ws = wb.create_sheet(name)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12)
        header_row(ws, 3, heads)
        r = 4
        for audit, recs in audits:
            band_row(ws, r, audit, len(heads), fill=FILL["grey"])
            r += 1
            for rec in recs:
                for j, v in enumerate(rec, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                st = ws.cell(row=r, column=8)
                st.fill = FILL[letter_fill[rec[7]]]
                st.alignment = Alignment(horizontal="center", vertical="top")
                r += 1
        widths(ws, {"A": 8, "B": 9, "C": 44, "D": 48, "E": 28, "F": 12, "G": 12, "H": 8,
                    "I": 44})
        ws.freeze_panes = "A4"

    year_sheet("2023-24", "Internal audit reports 2023/24 – outstanding and recently closed recommendations", [
        ("Fleet Management – Limited Assurance (final report 21/02/2024)", [
            ("R1", "High",
             "A fleet replacement programme should be approved that is aligned to the Medium Term "
             "Financial Strategy and sets out the planned replacement date of each appliance and "
             "ancillary vehicle.",
             "A ten-year fleet replacement programme will be developed and presented to the "
             "Executive Leadership Team and the Fire Authority for approval.",
             "Head of Fleet and Engineering Services", D(2024, 8, 31), D(2025, 3, 31), "B",
             "Programme approved by the Fire Authority on 17 March 2025."),
            ("R2", "Medium",
             "Vehicle defect reports should be recorded on the fleet management system and reviewed "
             "weekly so that repeat defects are identified.",
             "Workshop staff to record all defects on Tranman; a weekly defect report to be reviewed "
             "by the Fleet Workshop Manager.",
             "Fleet Workshop Manager", D(2024, 6, 30), None, "B",
             "Weekly report in place since June 2024."),
            ("R3", "Medium",
             "Fuel card transactions should be reconciled to vehicle mileage records monthly.",
             "Introduce a monthly reconciliation of fuel card transactions to mileage data, with "
             "exceptions reported to the Head of Fleet and Engineering Services.",
             "Fleet Administrator / Finance Business Partner", D(2024, 9, 30), D(2025, 12, 31), "A",
             "Reconciliation template in place; awaiting the fuel card data feed from the supplier."),
        ]),
        ("Cyber Security – Reasonable Assurance (final report 08/05/2024)", [
            ("R1", "Medium",
             "The Service should ensure that all staff complete mandatory cyber security awareness "
             "training annually and that completion is monitored.",
             "Cyber awareness e-learning to be added to the mandatory training matrix, with "
             "quarterly completion reports to the Information Governance Group.",
             "Head of ICT / Information Governance Manager", D(2024, 12, 31), D(2025, 6, 30), "B",
             "Completion at 94% (September 2025); reported quarterly."),
            ("R2", "Low",
             "The ICT disaster recovery plan should be tested at least annually.",
             "Schedule and complete a full disaster recovery test of the core systems, including the "
             "mobilising system interfaces, and report the results to the Audit Committee.",
             "Head of ICT", D(2025, 3, 31), "Nov-25", "G",
             "Test booked with the mobilising system supplier for 12 November 2025."),
        ]),
    ])
    year_sheet("2024-25", "Internal audit reports 2024/25", [
        ("Payroll and Overtime – Reasonable Assurance (final report 19/12/2024)", [
            ("R1", "High",
             "Overtime claims should be authorised by a line manager before payment and evidence of "
             "authorisation retained.",
             "Introduce electronic authorisation of overtime claims through the HR/payroll "
             "self-service module so that no claim is paid without line manager approval.",
             "Head of Finance and Procurement", D(2025, 5, 31), None, "R",
             "Module go-live delayed by the supplier; a revised date is to be agreed with Internal Audit."),
            ("R2", "Medium",
             "Starters and leavers should be processed in the payroll system promptly on receipt of "
             "the authorised notification.",
             "Agree a monthly starters/leavers checklist between HR and Payroll and monitor "
             "compliance with the payroll cut-off date.",
             "HR Manager; Payroll Manager", D(2025, 3, 31), None, "B",
             "Checklist in use from April 2025; no late notifications in Q1 or Q2."),
        ]),
        ("Corporate Planning and Performance Management – Substantial Assurance (final report 27/03/2025)", [
            ("R1", "Low",
             "Performance indicators reported to the Fire Authority should have documented "
             "definitions and data owners.",
             "Compile a performance indicator definitions handbook, confirming the data owner for "
             "each indicator reported to the Fire Authority.",
             "Head of Corporate Planning, Performance and Transformation", D(2025, 9, 30), None, "G",
             "Draft handbook circulated to data owners; final version to the Executive Leadership "
             "Team in October 2025."),
        ]),
    ])

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of recommendations by status"
    sm["A1"].font = BOLD
    header_row(sm, 3, ["Audit year", "Total recommendations", "Implemented (B)",
                       "In progress (G/A)", "Overdue (R)"])
    for i, row in enumerate([("2023-24", 5, 3, 2, 0), ("2024-25", 3, 1, 1, 1),
                             ("Total", 8, 4, 3, 1)], start=4):
        for j, v in enumerate(row, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = BOLD
    widths(sm, {"A": 14, "B": 22, "C": 16, "D": 18, "E": 12})
    wb.save(out("xc-north-wales-fire-rescue-service-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Western HSCT NIAO RTTCWG action plan (xlsx) -- REFUSE: a mistyped month in a
#    target-date cell ("Febuary 2026") on sheet row 10
# ---------------------------------------------------------------------------
def make_western_refuse():
    wb = Workbook()
    ws = wb.active
    ws.title = "NIAO RTTCWG 2023-24"
    ws["A1"] = ("Western Health and Social Care Trust – NIAO Report to Those Charged with "
                "Governance 2023-24: Action Plan")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress update for the Audit and Risk Assurance Committee – 2 October 2025"
    ws.merge_cells("A2:I2")
    ws["A3"] = "Priority 1 – significant issue; Priority 2 – important issue; Priority 3 – housekeeping issue"
    ws.merge_cells("A3:I3")
    heads = ["Ref", "Priority", "Finding", "Recommendation", "Management Response",
             "Responsible Officer", "Target Date", "Status", "Progress at September 2025"]
    header_row(ws, 5, heads)
    band_row(ws, 6, "Findings from the 2023-24 audit", 9)
    rows = [
        ("1", "Priority 1",
         "Testing of the Trust's register of interests found that 14 of the 40 senior staff "
         "sampled had not submitted an annual declaration.",
         "The Trust should ensure that all senior staff and Trust Board members submit an annual "
         "declaration of interests and that the register is published.",
         "Accepted. Declarations will move to the online declarations system, with monthly "
         "reminders issued until all declarations are received.",
         "Director of Performance, Planning and Corporate Services", "31 March 2025",
         "Implemented", "Register published on the Trust website in April 2025; 100% return."),
        ("2", "Priority 2",
         "Payments to independent sector domiciliary care providers were made on invoiced hours "
         "without reconciliation to electronic call monitoring data.",
         "The Trust should reconcile invoiced domiciliary care hours to call monitoring data "
         "before payment.",
         "Accepted. Contract monitoring officers will reconcile invoiced hours to electronic call "
         "monitoring data for all providers each month.",
         "Director of Adult Services & Director of Finance", "30/09/2025",
         "Partially implemented", "Reconciliation in place for 9 of 13 providers."),
        ("3", "Priority 2",
         "Agency nursing timesheets were not consistently matched to the rostering system before "
         "payment.",
         "Agency timesheets should be matched to the rostering system and approved by the ward "
         "manager before invoices are paid.",
         "Accepted. The Trust will introduce a three-way match of timesheet, roster and invoice "
         "within the agency management system.",
         "Director of Nursing, Midwifery and AHPs", "December 2025",
         "Not implemented", "System configuration under way with BSO."),
        ("4", "Priority 2",
         "The fixed asset register included medical equipment that could not be located during "
         "the audit.",
         "The Trust should carry out a physical verification of medical equipment recorded on the "
         "fixed asset register.",
         "Accepted. A full physical verification of medical equipment above £5,000 will be carried "
         "out across all sites and the register updated.",
         "Head of Financial Accounting / Head of Medical Physics", "Febuary 2026",
         "Not implemented", "Verification scheduled to begin in November 2025."),
        ("5", "Priority 3",
         "Two bank reconciliations were not reviewed and signed off within the required timescale.",
         "Bank reconciliations should be reviewed and signed by a senior officer within ten working "
         "days of the month end.",
         "Accepted. Reconciliation review added to the month-end closedown timetable.",
         "Financial Accountant", "31 March 2026",
         "Partially implemented", "Reviews within timescale for June to September 2025."),
    ]
    r = 7
    for row in rows:
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
        r += 1
    band_row(ws, r, "Prior year findings not yet fully implemented (2022-23)", 9)
    r += 1
    prior = [
        ("2022-23/3", "Priority 2",
         "Single tender actions were approved retrospectively in 6 of 20 cases tested.",
         "Single tender actions should be approved before the commitment is made.",
         "Accepted. Procurement training for budget holders and monthly reporting of "
         "retrospective approvals to the Audit and Risk Assurance Committee.",
         "Head of Procurement and Logistics", "30/06/2025",
         "Implemented", "No retrospective approvals since March 2025."),
        ("2022-23/5", "Priority 1",
         "Salary overpayments to leavers had not been recovered promptly.",
         "The Trust should strengthen leaver notification processes and pursue recovery of all "
         "overpayments.",
         "Accepted. Managers will complete leaver forms through the HRPTS self-service portal and "
         "a recovery plan will be agreed for each overpayment.",
         "Director of Human Resources and Organisational Development", "31/12/2025",
         "Partially implemented", "Overpayments reduced by 40% compared with 2023-24."),
    ]
    for row in prior:
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
        r += 1
    widths(ws, {"A": 10, "B": 10, "C": 40, "D": 40, "E": 42, "F": 28, "G": 14, "H": 14,
                "I": 36})
    wb.save(out("xc-western-hsct-niao-report-to-those-charged-with-governance-2023-24-action-plan-typo-month-refuse.xlsx"))


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


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Bankton Primary School post-inspection action plan (docx) -- info table,
#    RAG key paragraph, one "Area for improvement N" heading + text + table each
# ---------------------------------------------------------------------------
def make_bankton():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Bankton Primary School – Post-Inspection Action Plan 2024–25", style="Title")
    doc.add_paragraph("Education Scotland inspection: 20–22 May 2024 (letter to parents published "
                      "2 July 2024)")
    doc.add_paragraph("West Lothian Council – Education Services")
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Head Teacher", "Mrs Claire Donnelly"),
        ("Quality Improvement Officer", "Mr Ross Finlayson"),
        ("Plan agreed", "27 August 2024"),
        ("Review points", "October 2024, February 2025, June 2025"),
    ]):
        bold_cell(info.cell(i, 0), a)
        info.cell(i, 1).text = b
    doc.add_paragraph()
    doc.add_heading("Introduction", level=2)
    doc.add_paragraph("This plan sets out how the school will address the areas for improvement "
                      "agreed with HM Inspectors. Progress will be reviewed with the Parent Council "
                      "and reported in the Standards and Quality Report 2024/25.")
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – some delay, support "
                      "agreed; Red – not progressing.")

    afis = [
        ("Senior leaders and staff should continue to develop approaches to planning learning, "
         "teaching and assessment to ensure that all children experience appropriate pace and "
         "challenge in their learning.", [
             ("1.1", "Introduce a shared planning format for literacy, numeracy and health and "
                     "wellbeing, with learning intentions and success criteria planned across "
                     "each level.", "HT/DHT", "August 2024 – October 2024",
              "All classes using the shared planning format; monitoring shows clear progression.",
              "Blue"),
             ("1.2", "Carry out learning visits and peer observations focused on differentiation "
                     "and pace, with written feedback to individual teachers.",
              "HT, DHT and PT", "Termly",
              "Observations show most lessons well paced with appropriate challenge.", "Green"),
             ("1.3", "Provide professional learning for all teaching staff on formative assessment "
                     "strategies through the cluster's Learning and Teaching Academy.",
              "PT (Learning and Teaching)", "By December 2024",
              "All staff have completed the programme and use agreed strategies.", "Blue"),
         ]),
        ("Staff should continue to raise attainment in literacy and numeracy, particularly at P4 "
         "to P7, by making better use of assessment information to plan support and challenge "
         "for groups of children.", [
             ("2.1", "Hold tracking and monitoring meetings with each class teacher three times a "
                     "year to agree targeted interventions for children not on track.",
              "HT/DHT", "October 2024 – May 2025",
              "Interventions recorded for all children not on track; gaps narrowing.", "Green"),
             ("2.2", "Introduce the Number Talks approach in P4 to P7 and train support staff to "
                     "deliver targeted numeracy interventions.",
              "Mrs A. Kaur (PT)", "January 2025",
              "Increase of 10% in P4 and P7 children achieving expected CfE levels in numeracy.",
              "Amber"),
             ("2.3", "Review the reading spine and restock class libraries to increase reading for "
                     "enjoyment, using Pupil Equity Funding.",
              "Literacy working group", "March 2025",
              "Pupil survey shows more children reading for enjoyment.", "Green"),
         ]),
        ("Senior leaders should continue to develop the role of children in leading their own "
         "learning, ensuring that all children can talk confidently about their progress and next "
         "steps.", [
             ("3.1", "Introduce learning conversations between each child and their class teacher "
                     "twice a year, recorded in the child's learning profile.",
              "All teaching staff", "November 2024 – May 2025",
              "Children can describe their strengths and next steps.", "Green"),
             ("3.2", "Establish a Pupil Leadership Group to evaluate aspects of learning and "
                     "teaching using How good is OUR school?",
              "DHT; Pupil Council link teacher", "June 2025",
              "Pupil Leadership Group evaluation shared with staff and parents.", "Amber"),
         ]),
    ]
    rag_fill = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    for n, (afi, acts) in enumerate(afis, start=1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        p = doc.add_paragraph(afi)
        p.runs[0].italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["No.", "What we will do (actions)", "Who", "When",
                               "Measures of success", "RAG (Feb 2025)"]):
            bold_cell(t.rows[0].cells[j], h)
            shade(t.rows[0].cells[j], "D9E2F3")
        for a in acts:
            cells = t.add_row().cells
            for j, v in enumerate(a):
                cells[j].text = v
            shade(cells[5], rag_fill[a[5]])
        doc.add_paragraph()
    doc.add_paragraph("Next review: February 2025 with the Quality Improvement Officer.")
    doc.add_paragraph("Signed: ____________________ Head Teacher        Date: ____________")
    doc.save(out("xc-bankton-primary-school-education-scotland-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Hospice of the Valleys HIW improvement plan (docx) -- HIW appendix layout:
#    resolved-concerns table, immediate plan (none), improvement plan table with
#    merged domain rows and a vertically merged finding over two actions,
#    no ref and no status columns, service representative table
# ---------------------------------------------------------------------------
def make_hiw():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Hospice of the Valleys – HIW Inspection Improvement Plan", style="Title")
    doc.add_paragraph("Healthcare Inspectorate Wales – Independent Healthcare Inspection (Announced)")
    doc.add_paragraph("Hospice of the Valleys, Ebbw Vale. Date of inspection: 10 and 11 June 2025")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our "
                      "inspection. Due to the impact/potential impact on patient care and treatment "
                      "these concerns needed to be addressed straight away, during the inspection.")
    a = doc.add_table(rows=2, cols=4)
    a.style = "Table Grid"
    for j, h in enumerate(["Immediate concerns identified",
                           "Impact/potential impact on patient care and treatment",
                           "How HIW escalated the concern", "How the concern was resolved"]):
        bold_cell(a.cell(0, j), h)
    for j, v in enumerate(["One adrenaline ampoule in the emergency drugs box on the in-patient "
                           "unit was out of date.",
                           "Patients could receive ineffective treatment in an emergency.",
                           "The concern was raised with the nurse in charge.",
                           "The ampoule was replaced immediately and the weekly check sheet "
                           "amended to include expiry dates."]):
        a.cell(1, j).text = v
    doc.add_paragraph()
    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("Service: Hospice of the Valleys")
    doc.add_paragraph("Date of inspection: 10 and 11 June 2025")
    doc.add_paragraph("No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service: Hospice of the Valleys")
    doc.add_paragraph("Date of inspection: 10 and 11 June 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the "
                      "inspection where we require the service to complete an improvement plan "
                      "telling us about the actions they are taking to address these areas.")

    heads = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
             "Responsible officer", "Timescale"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        bold_cell(t.rows[0].cells[j], h)
        shade(t.rows[0].cells[j], "BDD7EE")

    def domain(text):
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        bold_cell(m, text)
        shade(m, "F2F2F2")

    def finding(find, need, std, actions):
        rows = [t.add_row() for _ in actions]
        for i, (act, ro, ts) in enumerate(actions):
            rows[i].cells[3].text = act
            rows[i].cells[4].text = ro
            rows[i].cells[5].text = ts
        if len(rows) > 1:
            for col in range(3):
                rows[0].cells[col].merge(rows[-1].cells[col])
        rows[0].cells[0].text = find
        rows[0].cells[1].text = need
        rows[0].cells[2].text = std

    domain("Quality of Patient Experience")
    finding("Patient information leaflets about the hospice's services were only available in English.",
            "The registered manager must ensure that patient information is available in Welsh and "
            "in other formats on request, in line with the Active Offer.",
            "Regulation 9(1)(k)",
            [("Key patient information leaflets to be translated into Welsh and made available in "
              "large print; availability to be advertised at reception and on the hospice website.",
              "Registered Manager", "30 September 2025")])
    domain("Delivery of Safe and Effective Care")
    finding("Controlled drug stock checks were not consistently signed by two registered nurses.",
            "The registered provider must ensure that controlled drug checks are completed and "
            "countersigned in line with the hospice's medicines management policy.",
            "Regulation 15(5)(a)",
            [("Reminder issued to all registered nurses regarding the requirement for two "
              "signatures for all controlled drug checks.",
              "Head of Clinical Services", "June 2025"),
             ("Monthly audit of controlled drug registers to be undertaken by the Pharmacy Lead "
              "and reported to the Clinical Governance Committee.",
              "Pharmacy Lead / Head of Clinical Services", "Ongoing (monthly)")])
    finding("Mandatory training compliance for basic life support was 68% for in-patient unit staff.",
            "The registered provider must ensure that all clinical staff are up to date with "
            "mandatory training, including basic life support.",
            "Regulation 20(2)(a)",
            [("Additional basic life support sessions scheduled for July and August 2025, with "
              "compliance reported monthly to the Senior Leadership Team until 90% is reached.",
              "Education and Training Lead", "31 August 2025")])
    finding("Some patient care records did not contain a completed falls risk assessment on admission.",
            "The registered manager must ensure that risk assessments are completed for all patients "
            "within 24 hours of admission and reviewed regularly.",
            "Regulation 21(2)(a)",
            [("Falls risk assessment added as a mandatory field in the electronic admission record, "
              "with weekly spot checks by the Ward Manager.",
              "Ward Manager, In-patient Unit", "October 2025")])
    domain("Quality of Management and Leadership")
    finding("The hospice's consent and safeguarding policies were past their review dates.",
            "The registered provider must ensure that all policies and procedures are reviewed in "
            "line with the hospice's document control schedule.",
            "Regulation 9(1)",
            [("All overdue clinical policies to be reviewed and approved at the Clinical Governance "
              "Committee; the policy review schedule to be monitored by the Quality and Governance "
              "Manager.",
              "Quality and Governance Manager", "By 31 December 2025")])
    finding("Staff told us they did not always receive feedback after reporting incidents.",
            "The registered manager must ensure that learning from incidents is shared with staff.",
            "Regulation 19(1)(b)",
            [("Introduce a quarterly 'Learning from Events' bulletin and include incident learning "
              "as a standing item at team meetings.",
              "Head of Clinical Services and Quality and Governance Manager",
              "Immediate and ongoing")])

    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service "
                      "who has overall responsibility and accountability for ensuring the "
                      "improvement plan is actioned.")
    doc.add_paragraph("Service representative")
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Helen Pritchard"),
                                ("Job role:", "Director of Clinical Services and Registered Manager"),
                                ("Date:", "22 July 2025")]):
        bold_cell(s.cell(i, 0), k)
        s.cell(i, 1).text = v
    doc.save(out("xc-hospice-of-the-valleys-hiw-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Scottish Autism supported living Care Inspectorate improvement plan (csv) --
#    title lines, key-question band lines, requirement/AFI text on the first
#    action row only, an action with an inner line break, RAG letters + key
# ---------------------------------------------------------------------------
def make_scottish_autism():
    n = 7
    blank = [""] * n

    def line(first, *rest):
        row = [first] + list(rest)
        return row + [""] * (n - len(row))

    rows = [
        line("Scottish Autism – Central Scotland Supported Living Service"),
        line("Care Inspectorate unannounced inspection 4 to 7 March 2025 – Improvement Plan"),
        line("Care service number: CS2004071837 | Plan owner: Registered Manager | Last updated 30/09/2025"),
        blank,
        ["No.", "Requirement / Area for improvement", "Action", "Responsible", "Target date",
         "Progress update", "RAG"],
        line("Key question 1: How well do we support people's wellbeing?"),
        ["1.1",
         "Requirement 1: By 30 June 2025, the provider must ensure that people receive their "
         "medication safely and as prescribed. This must include accurate medication administration "
         "records, protocols for 'as required' medication and regular competency checks for staff.",
         "Audit all medication administration records (MAR) weekly and address any gaps with the "
         "staff member on the same shift.",
         "Team Leaders", "30/06/2025",
         "Weekly audits in place since April 2025; recording gaps down from 14 to 2 a month.", "B"],
        ["1.2", "",
         "Write 'as required' (PRN) protocols for every person prescribed PRN medication, agreed "
         "with their GP and family.",
         "Registered Manager; Practice Development Lead", "Jun-25",
         "All 11 PRN protocols in place and signed off.", "B"],
        ["1.3", "",
         "Complete observed medication competency assessments for all support workers and repeat "
         "them annually.",
         "Hughes, Karen", "31 August 2025",
         "41 of 46 staff assessed; remaining 5 are on leave and booked for October.", "G"],
        ["AFI 1.1",
         "Area for improvement 1: To support people's health and wellbeing, the provider should "
         "ensure that each person's communication passport is up to date and used by all staff.",
         "Review each person's communication passport with them and the people who know them best.\n"
         "Store the updated passport at the front of their personal plan and in the staff handover folder.",
         "Keyworkers", "September 2025",
         "20 of 24 passports reviewed.", "G"],
        line("Key question 2: How good is our leadership?"),
        ["AFI 2.1",
         "Area for improvement 2: The provider should ensure that quality assurance processes, "
         "including audits and feedback from people and families, lead to clear actions that are "
         "tracked to completion.",
         "Develop a single service improvement plan combining audit findings, complaints and family "
         "survey results, reviewed monthly at the management meeting.",
         "Registered Manager", "October 2025",
         "Draft plan discussed at the September management meeting.", "G"],
        ["AFI 2.2", "",
         "Hold a family forum twice a year and publish a 'You said, we did' summary.",
         "Registered Manager and Family Liaison Officer", "Mar-26",
         "", ""],
        line("Key question 5: How well is our care and support planned?"),
        ["2.1",
         "Requirement 2: By 31 July 2025, the provider must ensure that each person's personal plan "
         "sets out how their health, welfare and safety needs will be met, and is reviewed at least "
         "once in every six-month period.",
         "Transfer all personal plans to the new outcome-focused template and involve each person "
         "and their representatives in a review meeting.",
         "Service Manager", "31/07/2025",
         "18 of 24 plans transferred; remaining reviews booked for October 2025.", "A"],
        ["2.2", "",
         "Introduce a six-monthly review schedule on the electronic care planning system with "
         "automatic reminders to keyworkers.",
         "Service Manager / Systems Administrator", "Ongoing",
         "Reminders live from August 2025.", "G"],
        blank,
        line("RAG key: B = complete; G = on track; A = behind schedule; R = not progressing; "
             "blank = not yet started"),
        line("Plan shared with the Care Inspectorate on 15/04/2025"),
    ]
    with open(out("xc-scottish-autism-central-scotland-supported-living-care-inspectorate-improvement-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Shimna Integrated College ETI action plan (tab-separated text export) --
#    title lines, AREA FOR IMPROVEMENT label line + text line, a header row per
#    area, school-term timescales, RAG words incl. "Complete", key + notes lines
# ---------------------------------------------------------------------------
def make_shimna():
    L = []
    L.append("Shimna Integrated College – Action Plan to address the Areas for Improvement")
    L.append("ETI inspection: February 2024 (report published 14 May 2024)")
    L.append("Submitted to the Department of Education and the Education and Training Inspectorate "
             "by the Board of Governors")
    L.append("Progress updated: 16 June 2025 (Principal)")
    L.append("")
    head = "\t".join(["Ref", "Actions", "Person(s) responsible", "Timescale", "Success criteria",
                      "Progress (RAG)"])
    afis = [
        ("To improve the consistency of the quality of learning and teaching at key stage 3 so that "
         "all pupils, including those requiring additional support, are challenged appropriately.", [
             ("1.1", "Establish a learning and teaching working group to agree a whole-school approach "
                     "to differentiation, modelled through staff development days.",
              "VP (Curriculum) / Learning and Teaching Co-ordinator", "Sept 2024 – June 2025",
              "Whole-school differentiation guidance agreed and in use in all departments.", "Green"),
             ("1.2", "Introduce a programme of paired lesson observations with a focus on questioning "
                     "and challenge, with feedback recorded on the school's self-evaluation system.",
              "SLT, Heads of Department", "Autumn term 2024",
              "Observation records show improved questioning in most lessons.", "Complete"),
             ("1.3", "Provide training for classroom assistants on supporting pupils with special "
                     "educational needs in mainstream classes.",
              "SENCo", "Spring term 2025",
              "All classroom assistants trained; pupil support plans reflect agreed strategies.",
              "Complete"),
         ]),
        ("To develop further the use of assessment data to track pupils' progress and to inform "
         "intervention at key stage 4.", [
             ("2.1", "Implement a tracking system for GCSE subjects with three data-capture points each "
                     "year, and share the analysis with Heads of Department.",
              "Mr P Devlin (Data Manager)", "October 2024",
              "Tracking data used by all departments to identify pupils for intervention.", "Complete"),
             ("2.2", "Hold mentoring meetings with Year 12 pupils identified as underachieving, with "
                     "agreed targets shared with parents.",
              "Head of Year 12", "Jan 2025 – May 2025",
              "Most mentored pupils meet or exceed their target grades.", "Green"),
             ("2.3", "Evaluate the impact of the key stage 4 intervention programme and report the "
                     "findings to the Board of Governors.",
              "Principal; Vice-Principal (Pastoral)", "June 2025",
              "Evaluation report considered by the Board of Governors.", "Amber"),
         ]),
        ("To ensure that the Board of Governors is more fully involved in monitoring the progress of "
         "the school development plan.", [
             ("3.1", "Establish a Curriculum and Standards sub-committee of the Board of Governors "
                     "meeting once each term.",
              "Chair of the Board of Governors", "Termly",
              "Minutes show governors questioning progress against the plan.", "Green"),
             ("3.2", "Provide governor training on the use of school performance data, delivered "
                     "through the Education Authority's governor support service.",
              "Principal", "By 31 March 2025",
              "All members of the sub-committee trained.", "Complete"),
         ]),
    ]
    for n, (afi, acts) in enumerate(afis, start=1):
        L.append(f"AREA FOR IMPROVEMENT {n}")
        L.append(afi)
        L.append(head)
        for a in acts:
            L.append("\t".join(a))
        L.append("")
    L.append("RAG key: Green – on track; Amber – some slippage; Red – significant concern; "
             "Complete – action completed")
    L.append("The plan is reviewed by the Senior Leadership Team each half-term and by the Board of "
             "Governors each term.")
    with open(out("xc-shimna-integrated-college-eti-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_nhs_fife()
    make_nwfrs()
    make_western_refuse()
    make_bankton()
    make_hiw()
    make_scottish_autism()
    make_shimna()
    print("done")
