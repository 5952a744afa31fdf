#!/usr/bin/env python
"""Build the seven lu2- blind test files (set heldout367).

Run with: /work/main/.venv/bin/python lu2_make.py
Writes the data files beside this script. The .expected.yaml files are
written separately and are not touched here.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- colours
XL_FILL = {
    "R": "FFFF0000",
    "A": "FFFFC000",
    "G": "FF00B050",
    "B": "FF0070C0",
}
DOCX_FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def solid(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# =====================================================================
# 1. Hull City Council - ASC CQC assessment improvement plan (xlsx)
# =====================================================================
HULL_FILE = "lu2-hull-city-council-asc-cqc-assessment-improvement-plan.xlsx"
HULL_TITLE = "Hull City Council: Adult Social Care Improvement Plan – CQC Local Authority Assessment"

# theme -> list of (area for improvement, [actions])
# action: ref, text, lead, original target, revised target, prev RAG, current RAG, update
HULL = [
    ("Theme 1 – Working with people", [
        ("People experienced long waits for Care Act assessments, with 612 people waiting at the time of the assessment.", [
            ("1.1", "Implement a single waiting list triage process across the locality teams, with weekly RAG review of everyone waiting over 28 days.",
             "Head of Adult Social Work", d(2025, 6, 30), None, "A", "B",
             "Triage live in all three locality teams from June 2025. Number waiting over 28 days reduced from 388 to 141."),
            ("1.2", "Commission an external partner to complete 250 outstanding reviews for people in long-term residential care.",
             "Assistant Director – Adult Social Care", d(2025, 9, 30), d(2025, 12, 31), "G", "A",
             "Contract awarded August 2025; 163 of 250 reviews completed. Target date revised to allow for provider mobilisation."),
        ]),
        ("Unpaid carers told CQC they were not always offered a carer’s assessment, and the number of carers assessed was low.", [
            ("1.3", "Refresh the Carers’ Offer with Hull Carers Centre and relaunch the carer’s assessment pathway, including an online self-assessment.",
             "Commissioning Manager (Carers) / Hull Carers Centre Manager", d(2025, 10, 31), None, "A", "G",
             "Online self-assessment tested with carers’ reference group; launch planned for carers’ rights day."),
        ]),
    ]),
    ("Theme 2 – Providing support", [
        ("There were gaps in the home care market in the west of the city and in specialist dementia residential provision.", [
            ("2.1", "Retender the home care framework on a zonal basis, with a dedicated west Hull zone.",
             "Head of Commissioning", d(2026, 3, 31), None, "G", "G",
             "Market engagement events held; tender published 6 October 2025."),
            ("2.2", "Develop a dementia residential market position statement and engage providers on new capacity.\nPresent options appraisal to Cabinet.",
             "Head of Commissioning; Strategic Housing Manager", d(2025, 12, 31), d(2026, 6, 30), "A", "R",
             "Options appraisal delayed pending capital funding decision. Escalated to ASC Improvement Board."),
        ]),
    ]),
    ("Theme 3 – Ensuring safety within the system", [
        ("Safeguarding enquiries were not always completed in a timely way and the quality of recording varied.", [
            ("3.1", "Introduce a Section 42 enquiry practice standard and monthly case file audit programme.",
             "Principal Social Worker", d(2025, 7, 31), None, "G", "B",
             "Practice standard published July 2025. Three audit cycles completed; 78% of files rated good or better."),
            ("3.2", "Reduce the number of open safeguarding concerns awaiting a decision to fewer than 50.",
             "Safeguarding Adults Manager", d(2025, 9, 30), d(2026, 1, 31), "R", "A",
             "Open concerns down from 214 to 96. Additional duty capacity agreed to January 2026."),
        ]),
        ("Transitions for young people moving to adult services were not always planned early enough.", [
            ("3.3", "Establish a Preparing for Adulthood panel with Children’s Services that reviews every young person from age 14.",
             "Head of Adult Social Work / Head of Children’s Disability Service", d(2025, 11, 30), None, "G", "G",
             "Terms of reference agreed; first panel met 17 September 2025."),
        ]),
    ]),
    ("Theme 4 – Leadership", [
        ("Performance data was not used consistently to understand demand and drive improvement.", [
            ("4.1", "Launch an adult social care performance dashboard for managers, refreshed weekly from Liquidlogic.",
             "Head of Performance and Intelligence", d(2025, 8, 31), None, "G", "B",
             "Dashboard live from August 2025 and used at weekly performance clinics."),
            ("4.2", "Embed a quarterly learning and improvement forum for frontline staff, including lived-experience co-production partners.",
             "Principal Social Worker", "Ongoing", None, "G", "G",
             "Second forum held October 2025 on strengths-based practice."),
        ]),
    ]),
]


def build_hull():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = HULL_TITLE
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Version 1.4 – position at 31 October 2025"
    cover["A3"] = "Owner: Director of Adult Social Care and Health. Monitored monthly by the ASC Improvement Board."
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Changes"]
    for i, h in enumerate(hdr):
        c = cover.cell(row=6, column=1 + i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    rows = [
        ("1.0", d(2025, 5, 6), "Head of Quality and Improvement", "First draft following publication of the CQC report"),
        ("1.2", d(2025, 7, 15), "Head of Quality and Improvement", "Actions agreed at ASC Improvement Board"),
        ("1.4", d(2025, 10, 31), "Improvement Programme Manager", "Q2 progress update and revised targets"),
    ]
    for r, row in enumerate(rows, start=7):
        for i, v in enumerate(row):
            c = cover.cell(row=r, column=1 + i, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cover["A11"] = "RAG key"
    cover["A11"].font = Font(bold=True)
    key = [
        ("B", "Blue", "Complete – evidence of impact signed off by the ASC Improvement Board"),
        ("G", "Green", "On track to deliver by the target date"),
        ("A", "Amber", "Some slippage – mitigation in place"),
        ("R", "Red", "Off track – escalation required"),
    ]
    for r, (k, name, meaning) in enumerate(key, start=12):
        c = cover.cell(row=r, column=1, value=name)
        c.fill = solid(XL_FILL[k])
        c.border = BOX
        cover.cell(row=r, column=2, value=meaning).border = BOX
    cover.column_dimensions["A"].width = 14
    cover.column_dimensions["B"].width = 16
    cover.column_dimensions["C"].width = 34
    cover.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = HULL_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Reporting period: Q2 2025/26 (July – September 2025)  |  Overseen by: ASC Improvement Board"
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Area for improvement (CQC report)", "Action", "Lead officer",
             "Original target", "Revised target", "Previous RAG", "Current RAG",
             "Progress update (October 2025)"]
    for i, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = solid("FF1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, afis in HULL:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = solid("FFD9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, actions in afis:
            first = r
            ws.cell(row=r, column=2, value=afi).alignment = WRAP
            for ref, text, lead, orig, rev, prev, cur, upd in actions:
                vals = [ref, None, text, lead, orig, rev, prev, cur, upd]
                for i, v in enumerate(vals):
                    if i == 1:
                        ws.cell(row=r, column=2).border = BOX
                        continue
                    c = ws.cell(row=r, column=1 + i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                ws.cell(row=r, column=7).fill = solid(XL_FILL[prev])
                ws.cell(row=r, column=8).fill = solid(XL_FILL[cur])
                ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    widths = [7, 40, 55, 30, 12, 12, 10, 10, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of action status – October 2025"
    sm["A1"].font = Font(bold=True)
    shead = ["Theme", "Actions", "Blue", "Green", "Amber", "Red"]
    for i, h in enumerate(shead):
        c = sm.cell(row=3, column=1 + i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    srows = [
        ("Theme 1 – Working with people", 3, 1, 1, 1, 0),
        ("Theme 2 – Providing support", 2, 0, 1, 0, 1),
        ("Theme 3 – Ensuring safety within the system", 3, 1, 1, 1, 0),
        ("Theme 4 – Leadership", 2, 1, 1, 0, 0),
        ("Total", 10, 3, 4, 2, 1),
    ]
    for r2, row in enumerate(srows, start=4):
        for i, v in enumerate(row):
            c = sm.cell(row=r2, column=1 + i, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 44
    wb.save(os.path.join(HERE, HULL_FILE))


# =====================================================================
# 2. Argyll and Bute Council - annual audit report action plan (docx)
# =====================================================================
ARGYLL_FILE = "lu2-argyll-and-bute-council-annual-audit-report-2024-25-action-plan.docx"
ARGYLL_TITLE = "Argyll and Bute Council – 2024/25 Annual Audit Report: Action plan"

# (issue heading, issue text, risk, recommendation, [action paragraphs], officer, date)
ARGYLL = [
    ("1. Medium-term financial plan",
     "The Council has identified a cumulative budget gap of £28.4 million over the three years to 2027/28. Savings options to close the gap have not yet been fully identified.",
     "Risk: the Council is unable to set balanced budgets in future years without unplanned use of reserves.",
     "The Council should identify and agree specific savings and transformation proposals to close the medium-term budget gap, and report progress to members quarterly.",
     ["A transformation programme covering all services will be presented to Council in February 2026 alongside the 2026/27 budget, with savings proposals for 2027/28 and 2028/29."],
     "Section 95 Officer", "28 February 2026"),
    ("2. Capital programme slippage",
     "Capital expenditure was £21.7 million (31 per cent) below the revised capital budget in 2024/25, continuing a pattern seen in previous years.",
     "Risk: capital budgets are not realistic and members cannot scrutinise delivery effectively.",
     "Capital budgets should be re-profiled on a realistic basis, and the reasons for slippage should be reported to the Policy and Resources Committee.",
     ["Project managers will re-profile all capital projects as part of the 2026/27 capital planning process.",
      "Slippage reporting will be added to the quarterly capital monitoring report from Quarter 3 2025/26."],
     "Head of Financial Services; Head of Commercial Services", "31 March 2026"),
    ("3. Payroll starters",
     "Our testing found that 4 of 25 starters were set up on the payroll system without an authorised starter form being held on file.",
     "Risk: payments are made to employees who are not entitled to them.",
     "Management should ensure that all new starters are supported by an authorised starter form before they are added to the payroll system.",
     ["A system control will be introduced so that new employee records cannot be activated until the authorised starter form is uploaded to the HR system."],
     "Head of Customer Support Services", "December 2025"),
    ("4. Reserves strategy",
     "General fund unearmarked reserves fell to £8.9 million at 31 March 2025, which is at the lower end of the Council’s policy range.",
     "Risk: the Council does not have sufficient reserves to manage unforeseen financial pressures.",
     "The Council should review its reserves policy and set out a plan to rebuild unearmarked reserves to a sustainable level.",
     ["The reserves policy will be reviewed as part of the budget outlook report and a plan to rebuild unearmarked balances agreed by Council."],
     "Section 95 Officer", "February 2026"),
    ("5. Performance reporting",
     "The Council’s performance reports to committees contain limited trend data and few comparisons with other councils.",
     "Risk: members are not able to scrutinise whether the Council is securing Best Value.",
     "Performance reports should include trend and benchmarking information, including the Local Government Benchmarking Framework, to support scrutiny of Best Value.",
     ["The Performance and Improvement Framework will be refreshed to include trend and LGBF benchmarking data in all committee scorecards."],
     "Head of Legal and Regulatory Support / Performance and Improvement Manager", "June 2026"),
    ("6. Workforce planning",
     "Recruitment and retention difficulties are affecting service delivery in a number of areas, particularly in island and rural communities.",
     "Risk: the Council does not have the workforce capacity and skills to deliver its transformation programme.",
     "The Council should update its strategic workforce plan so that it links to the transformation programme and identifies critical skills gaps.",
     ["An updated strategic workforce plan will be developed alongside the transformation programme and reported to the Policy and Resources Committee."],
     "Head of Customer Support Services", "30 September 2026"),
]


def docx_shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def build_argyll():
    doc = Document()
    doc.add_paragraph(ARGYLL_TITLE, style="Title")
    doc.add_paragraph("Prepared for Argyll and Bute Council and the Controller of Audit")
    doc.add_paragraph("September 2025")

    doc.add_heading("Summary of wider scope judgements", level=1)
    doc.add_paragraph("The table below summarises our conclusions on the wider scope areas of the Code of Audit Practice.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Audit dimension"
    t.rows[0].cells[1].text = "Conclusion"
    bold_row(t.rows[0])
    for a, b in [
        ("Financial management", "Effective. Budget monitoring is timely, although capital slippage remains high."),
        ("Financial sustainability", "Significant risk. Savings to close the medium-term budget gap are not yet identified."),
        ("Vision, leadership and governance", "Appropriate governance arrangements are in place."),
        ("Use of resources to improve outcomes", "Performance reporting needs more trend and benchmarking data."),
    ]:
        cells = t.add_row().cells
        cells[0].text = a
        cells[1].text = b

    doc.add_heading("Appendix 1: Action plan 2024/25", level=1)
    doc.add_paragraph("The action plan below sets out the recommendations arising from our 2024/25 audit and the management responses agreed with officers.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Issue/risk", "Recommendation", "Agreed management action/timing"]):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0])
    for head, issue, risk, rec, acts, officer, date in ARGYLL:
        cells = t.add_row().cells
        p = cells[0].paragraphs[0]
        p.add_run(head).bold = True
        cells[0].add_paragraph(issue)
        cells[0].add_paragraph(risk)
        cells[1].text = rec
        cells[2].text = acts[0]
        for extra in acts[1:]:
            cells[2].add_paragraph(extra)
        cells[2].add_paragraph("Responsible officer: " + officer)
        cells[2].add_paragraph("Agreed date: " + date)
    doc.add_paragraph("")
    doc.add_paragraph("Follow-up of prior year recommendations: all four recommendations from our 2023/24 Annual Audit Report have been implemented or superseded by the actions above.")
    doc.save(os.path.join(HERE, ARGYLL_FILE))


# =====================================================================
# 3. Gloucester City Council - internal audit recommendations tracker (csv)
# =====================================================================
GLOS_FILE = "lu2-gloucester-city-council-internal-audit-recommendations-tracker.csv"
GLOS_TITLE = "Gloucester City Council – Internal Audit Recommendations Tracker"
GLOS_HEAD = ["Rec Ref", "Audit", "Year", "Assurance", "Priority", "Recommendation",
             "Agreed Action", "Responsible Officer", "Original Due Date",
             "Revised Due Date", "Status", "RAG", "Latest Update"]
GLOS = [
    ["ARA-2024-03.1", "Council Tax and NNDR", "2024/25", "Substantial", "Medium",
     "Reconciliations between the Council Tax system and the ledger should be signed off by an independent reviewer each month.",
     "Monthly reconciliations will be reviewed and signed by the Revenues and Benefits Manager, with evidence retained on the shared drive.",
     "Revenues and Benefits Manager", "30/09/2024", "", "Implemented", "Blue",
     "Evidence of signed reconciliations for Oct–Dec 2024 verified by ARA."],
    ["ARA-2024-07.1", "Procurement and Contract Management", "2024/25", "Limited", "High",
     "A contracts register should be maintained that records all contracts over £5,000, with contract owners identified.",
     "A corporate contracts register will be created in the new procurement system and all service managers asked to confirm their contracts.",
     "Head of Finance and Resources; Procurement Lead", "31/12/2024", "31/03/2026",
     "Not implemented - revised date agreed", "Amber",
     "Register built; 64% of services have confirmed their contracts. Remaining returns chased through Senior Management Team."],
    ["ARA-2024-07.2", "Procurement and Contract Management", "2024/25", "Limited", "High",
     "Waivers of Contract Rules should be approved in line with the Constitution and reported to Audit and Governance Committee.",
     "Waiver reporting will be added to the Audit and Governance Committee work programme (six-monthly).\nThe waiver form will be updated to require Head of Service and S151 Officer sign-off.",
     "Procurement Lead", "31/03/2025", "", "Implemented", "Blue",
     "First waiver report taken to committee in July 2025."],
    ["ARA-2024-11.1", "Cyber Security", "2024/25", "Moderate", "High",
     "Multi-factor authentication should be enforced for all remote access accounts, including third-party support accounts.",
     "MFA will be enforced for all remote access, and third-party supplier accounts will be disabled unless in use under a logged change.",
     "ICT Client Manager", "30/06/2025", "30/11/2025", "Overdue", "Red",
     "Supplier accounts for two legacy systems still outstanding; escalated to Corporate Director."],
    ["ARA-2025-02.1", "Housing Benefit Overpayments", "2025/26", "Moderate", "Medium",
     "Recovery action on overpayments should be pursued promptly and write-offs approved in line with the financial regulations.",
     "A recovery workflow will be implemented with monthly monitoring of aged debt over 90 days.",
     "Revenues and Benefits Manager", "31/03/2026", "", "In progress", "Green",
     "Workflow live from November 2025; first monthly report produced."],
    ["ARA-2025-04.1", "Health and Safety", "2025/26", "Limited", "High",
     "Fire risk assessments for operational buildings should be reviewed annually and actions tracked to completion.",
     "All fire risk assessments will be reviewed by a competent assessor and actions logged on the corporate compliance tracker.",
     "Head of Place; Facilities Manager", "31/12/2025", "28/02/2026", "In progress", "Amber",
     "18 of 22 buildings reviewed."],
    ["ARA-2025-04.2", "Health and Safety", "2025/26", "Limited", "Medium",
     "Health and safety training completion should be monitored and reported to the Senior Management Team.",
     "Training completion reports will be produced quarterly from the learning management system.",
     "HR Business Partner", "Q4 2025/26", "", "Not yet due", "Green", ""],
    ["ARA-2025-06.1", "Accounts Payable", "2025/26", "Substantial", "Low",
     "Supplier bank detail changes should be independently verified by telephone using contact details already held.",
     "Procedure note updated; all bank detail changes to be verified by a second officer and recorded on the change log.",
     "Finance Manager (Exchequer)", "31/08/2025", "", "Implemented", "Blue",
     "Tested by ARA in October 2025 – no exceptions."],
    ["ARA-2025-08.1", "Markets and Street Trading", "2025/26", "Limited", "High",
     "Income collected at the markets should be reconciled to expected pitch fees weekly.",
     "Weekly reconciliation of market income to the pitch booking system will be introduced, with variances reported to the Head of Culture.",
     "Markets Manager", "31/01/2026", "", "In progress", "Green", ""],
]


def build_glos():
    n = len(GLOS_HEAD)

    def pad(row):
        return list(row) + [""] * (n - len(row))

    with open(os.path.join(HERE, GLOS_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(pad([GLOS_TITLE]))
        w.writerow(pad(["Audit and Governance Committee – 19 January 2026. Source: Audit Risk Assurance (ARA) follow-up system"]))
        w.writerow(pad([]))
        w.writerow(GLOS_HEAD)
        for row in GLOS:
            w.writerow(row)
        w.writerow(pad([]))
        w.writerow(pad(["Summary"]))
        w.writerow(pad(["Implemented", "3"]))
        w.writerow(pad(["Open", "6"]))
        w.writerow(pad(["Total recommendations tracked", "9"]))


# =====================================================================
# 4. Cheltenham Borough Council - RSH housing improvement plan (txt, TSV)
# =====================================================================
CHELT_FILE = "lu2-cheltenham-borough-council-rsh-consumer-standards-housing-improvement-plan.txt"
CHELT_TITLE = "Housing Improvement Plan – Regulator of Social Housing Consumer Standards"
# (section, [(ref, issue or "", action, officer, target, status, update)])
CHELT = [
    ("SAFETY AND QUALITY STANDARD", [
        ("SQ1", "Stock condition data is incomplete: only 41% of homes have a survey less than five years old.",
         "Commission a 100% stock condition survey, including HHSRS assessment, over two years.",
         "Head of Asset Management", "Mar-27", "On track", "1,240 surveys completed to date (27%)."),
        ("SQ2", "",
         "Load survey data to the asset management system and produce a 30-year investment plan.",
         "Head of Asset Management", "Q2 2026/27", "On track", "Data migration specification agreed."),
        ("SQ3", "1,187 fire risk assessment actions were overdue at the point of self-referral, 96 of them high risk.",
         "Complete all high-risk fire safety actions.",
         "Building Safety Manager", "31/12/2025", "At risk", "71 of 96 high-risk actions complete; contractor capacity increased."),
        ("SQ4", "",
         "Clear the backlog of medium and low risk fire safety actions and report progress monthly to the Regulator.",
         "Building Safety Manager", "Sep-26", "On track", ""),
        ("SQ5", "Electrical safety certificates are not in date for all homes.",
         "Complete outstanding electrical installation condition reports (EICRs) so that 100% of homes have a certificate under five years old.",
         "Compliance Manager", "June 2026", "Off track", "Access issues at 212 properties; legal access procedure being used."),
        ("SQ6", "Damp and mould cases are not consistently tracked to resolution.",
         "Introduce a damp and mould case management process with inspection within 10 working days and a follow-up visit at 6 weeks.",
         "Repairs and Maintenance Manager", "Sept 2025", "Complete", "Live from 1 September 2025."),
    ]),
    ("TRANSPARENCY, INFLUENCE AND ACCOUNTABILITY STANDARD", [
        ("TIA1", "Tenant Satisfaction Measures were not published for 2023/24 within the required timescale.",
         "Publish 2024/25 TSMs and the methodology statement on the council website.",
         "Housing Performance Lead", "Jul-25", "Complete", "Published 28 July 2025."),
        ("TIA2", "Tenants have limited opportunities to scrutinise the landlord service.",
         "Establish a Tenant Scrutiny Panel with terms of reference and a training programme.",
         "Tenant Engagement Manager / Democratic Services Manager", "Jan-26", "On track", "Seven tenants recruited."),
    ]),
    ("TENANCY STANDARD", [
        ("TEN1", "Void turnaround times are above the sector median.",
         "Redesign the void process with a target of 30 calendar days key-to-key for standard voids.",
         "Housing Operations Manager", "31 March 2026", "At risk", "Average currently 47 days."),
    ]),
    ("NEIGHBOURHOOD AND COMMUNITY STANDARD", [
        ("NC1", "Communal area inspections are not recorded.",
         "Introduce monthly recorded communal area inspections for all blocks using mobile devices.",
         "Estates Services Manager", "Ongoing", "On track", "First cycle complete for 58 blocks."),
    ]),
]


def build_chelt():
    lines = [
        "Cheltenham Borough Council",
        CHELT_TITLE,
        "Progress at 30 November 2025 | Plan owner: Director of Housing | Version 2.1",
        "RAG: Blue = Complete   Green = On track   Amber = At risk   Red = Off track",
        "",
        "\t".join(["Ref", "Issue identified", "Action", "Accountable officer", "Target date", "Status", "Progress update"]),
    ]
    for section, rows in CHELT:
        lines.append(section)
        for row in rows:
            lines.append("\t".join(row))
    lines += [
        "",
        "Total actions: 10   Complete: 2   On track: 5   At risk: 2   Off track: 1",
        "Next review: Cabinet, 10 February 2026",
    ]
    with open(os.path.join(HERE, CHELT_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# =====================================================================
# 5. Worcestershire County Council - LGA CPC action plan (docx)
# =====================================================================
WORCS_FILE = "lu2-worcestershire-county-council-corporate-peer-challenge-action-plan.docx"
WORCS_TITLE = "Worcestershire County Council – LGA Corporate Peer Challenge: Action Plan"
# theme -> [(recommendation heading, [(ref, [action paragraphs], lead, timescale, RAG, progress)])]
WORCS = [
    ("Theme: Financial planning and management", [
        ("Recommendation 1: Develop a deliverable multi-year savings programme that closes the medium-term budget gap without reliance on Exceptional Financial Support.", [
            ("1.1", ["Agree a three-year savings and transformation programme with named senior owners for every proposal."],
             "Chief Executive; Director of Resources (S151)", "February 2026", "G",
             "Programme board established in July; proposals being tested with Cabinet members."),
            ("1.2", ["Introduce monthly savings tracking to Corporate Leadership Team, with early warning of slippage."],
             "Director of Resources (S151)", "By 30 June 2025", "B",
             "Monthly tracker in place since June 2025."),
        ]),
        ("Recommendation 2: Strengthen demand management in adult social care and home-to-school transport, the two largest sources of overspend.", [
            ("2.1", ["Complete a diagnostic of home-to-school transport eligibility decisions and route planning, and implement the findings."],
             "Strategic Director for People", "Sept 2025 – March 2026", "A",
             "Diagnostic complete; procurement of route-optimisation software delayed."),
        ]),
    ]),
    ("Theme: Organisational and place leadership", [
        ("Recommendation 3: Set out a clear, shared ambition for the county with partners, including district councils and the Integrated Care Board.", [
            ("3.1", ["Co-produce a Worcestershire Partnership Prospectus with district councils, health and business partners.",
                     "Hold a Leaders’ summit to launch it."],
             "Assistant Director for Communities / Head of Strategy and Performance", "Jan-26", "G",
             "Summit date set for 22 January 2026."),
        ]),
    ]),
    ("Theme: Governance and culture", [
        ("Recommendation 4: Improve the timeliness and quality of decision-making reports, and reduce the number of urgent decisions.", [
            ("4.1", ["Introduce a forward plan gateway so that key decisions are registered at least 56 days in advance."],
             "Head of Legal and Democratic Services", "31/07/2025", "B",
             "Gateway live; urgent decisions down from 9 to 2 in the last quarter."),
            ("4.2", ["Deliver report-writing training for all officers who present to Cabinet or scrutiny."],
             "Head of Legal and Democratic Services", "Ongoing", "G",
             "84 officers trained to date."),
        ]),
        ("Recommendation 5: Build on the positive staff culture by acting on the findings of the 2024 staff survey.", [
            ("5.1", ["Launch a ‘You Said, We Did’ programme with quarterly updates to staff."],
             "Chief People Officer", "End of September 2025", "R",
             "Programme delayed by the restructure of the internal communications team."),
        ]),
    ]),
    ("Theme: Capacity for improvement", [
        ("Recommendation 6: Create dedicated programme management capacity to support transformation.", [
            ("6.1", ["Establish a corporate Transformation and Programme Management Office (PMO) with permanent funding."],
             "Director of Resources (S151)", "Q4 2025/26", "A",
             "Business case approved; recruitment to two of four posts complete."),
        ]),
    ]),
]


def build_worcs():
    doc = Document()
    doc.add_paragraph(WORCS_TITLE, style="Title")
    doc.add_paragraph("Peer challenge held 4–7 March 2025. Progress update for Cabinet, 16 October 2025.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Status"]):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0])
    for row in [("1.0", "22/05/2025", "Head of Strategy and Performance", "Approved by Cabinet"),
                ("1.1", "02/10/2025", "Head of Strategy and Performance", "Progress update")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, meaning in [("G", "On track"), ("A", "Some risk to delivery"),
                       ("R", "Off track / significant risk"), ("B", "Complete")]:
        cells = t.add_row().cells
        docx_shade(cells[0], DOCX_FILL[k])
        cells[1].text = meaning

    doc.add_paragraph("")
    for theme, recs in WORCS:
        doc.add_heading(theme, level=1)
        for rec, actions in recs:
            doc.add_heading(rec, level=2)
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "RAG", "Progress"]):
                t.rows[0].cells[i].text = h
            bold_row(t.rows[0])
            for ref, paras, lead, when, rag, prog in actions:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[1].text = paras[0]
                for extra in paras[1:]:
                    cells[1].add_paragraph(extra)
                cells[2].text = lead
                cells[3].text = when
                docx_shade(cells[4], DOCX_FILL[rag])
                cells[5].text = prog
    doc.add_paragraph("")
    doc.add_paragraph("Next steps: the LGA progress review is scheduled for January 2026.")
    doc.save(os.path.join(HERE, WORCS_FILE))


# =====================================================================
# 6. Hereford & Worcester FRS - HMICFRS AFI improvement plan (xlsx, refuse)
# =====================================================================
HWFRS_FILE = "lu2-hereford-worcester-fire-rescue-service-hmicfrs-afi-improvement-plan-typo-month-refuse.xlsx"
HWFRS_TITLE = "HMICFRS Inspection 2023–25: Areas for Improvement – Improvement Plan"
# pillar -> [(AFI ref, AFI text, [(action ref, action, owner, due, status, pct, update)])]
HWFRS = [
    ("EFFECTIVENESS", [
        ("E1", "The service should make sure it has an effective system for defining the level of risk in premises covered by its risk-based inspection programme.", [
            ("E1.1", "Review the risk-based inspection programme methodology against the NFCC Fire Safety Prioritisation guidance.",
             "Group Commander – Protection", "31 December 2025", "On track", 0.6, "Draft methodology presented to Protection board."),
            ("E1.2", "Train all fire safety inspecting officers in the revised methodology.",
             "Station Commander – Fire Safety", "31 March 2026", "Not started", 0, ""),
        ]),
        ("E2", "The service should make sure that operational staff have good access to relevant and up-to-date risk information.", [
            ("E2.1", "Complete the migration of site-specific risk information (SSRI) to the new mobile data terminals.",
             "Group Commander – Operational Support", "30 November 2025", "On track", 0.75, "412 of 548 SSRI records migrated."),
            ("E2.2", "Introduce an audit of SSRI currency, reported quarterly to the Audit and Standards Committee.",
             "Area Manager – Operational Assurance", "28 Febuary 2026", "Not started", 0, ""),
        ]),
    ]),
    ("EFFICIENCY", [
        ("EF1", "The service should make sure it has sound financial plans that include realistic savings and show how reserves will be used.", [
            ("EF1.1", "Refresh the Medium Term Financial Plan with scenario modelling to 2029/30.",
             "Treasurer to the Fire Authority", "February 2026", "On track", 0.5, "Scenarios agreed with Budget Working Group."),
        ]),
        ("EF2", "The service should assure itself it is making the most of collaboration opportunities with West Mercia Police.", [
            ("EF2.1", "Complete the joint estates review with West Mercia Police and identify shared sites.",
             "Head of Corporate Services", "31 October 2025", "Complete", 1, "Review complete; three shared sites identified."),
            ("EF2.2", "Report the benefits of collaboration to the Fire Authority annually.",
             "Head of Corporate Services", "31 July 2026", "On track", 0.1, ""),
        ]),
    ]),
    ("PEOPLE", [
        ("P1", "The service should make sure its values and behaviours are understood and demonstrated by staff at all levels.", [
            ("P1.1", "Deliver values and behaviours workshops for all supervisory and middle managers.",
             "Head of Human Resources", "30 April 2026", "On track", 0.4, "Six of 15 workshops delivered."),
            ("P1.2", "Launch an anonymous reporting line for staff to raise concerns about behaviours.",
             "Head of Human Resources", "30 September 2025", "Complete", 1, "Reporting line live from 1 September 2025."),
        ]),
        ("P2", "The service should improve the diversity of its workforce.", [
            ("P2.1", "Deliver positive action recruitment events targeting under-represented groups ahead of the 2026 wholetime recruitment campaign.",
             "Equality, Diversity and Inclusion Manager", "31 May 2026", "On track", 0.3, "Two taster days held."),
        ]),
    ]),
]


def build_hwfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Hereford & Worcester Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = HWFRS_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Status as at 30 September 2025 | Owner: Assistant Chief Fire Officer"
    heads = ["AFI", "Area for improvement", "Action ref", "Action", "Action owner",
             "Due date", "Status", "% complete", "Update"]
    for i, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = solid("FFC00000")
        c.border = BOX
        c.alignment = WRAP
    status_fill = {"On track": "FFC6EFCE", "Complete": "FFBDD7EE", "Not started": "FFEDEDED"}
    r = 6
    typo_row = None
    for pillar, afis in HWFRS:
        c = ws.cell(row=r, column=1, value=pillar)
        c.font = Font(bold=True)
        c.fill = solid("FFF2F2F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, afitext, actions in afis:
            first = r
            ws.cell(row=r, column=1, value=afi).alignment = WRAP
            ws.cell(row=r, column=2, value=afitext).alignment = WRAP
            for aref, act, owner, due, status, pct, upd in actions:
                for i, v in enumerate([aref, act, owner, due, status, pct, upd]):
                    c = ws.cell(row=r, column=3 + i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(row=r, column=8).number_format = "0%"
                ws.cell(row=r, column=7).fill = solid(status_fill[status])
                ws.cell(row=r, column=1).border = BOX
                ws.cell(row=r, column=2).border = BOX
                if "Febuary" in due:
                    typo_row = r
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    for label, n in [("Complete", 2), ("On track", 6), ("Not started", 2), ("Total actions", 10)]:
        r += 1
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value=n)
    for col, w in zip("ABCDEFGHI", [7, 45, 9, 55, 30, 18, 12, 10, 40]):
        ws.column_dimensions[col].width = w

    g = wb.create_sheet("Glossary")
    g["A1"] = "Glossary"
    g["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([
        ("AFI", "Area for improvement"),
        ("HMICFRS", "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services"),
        ("NFCC", "National Fire Chiefs Council"),
        ("RBIP", "Risk-based inspection programme"),
        ("SSRI", "Site-specific risk information"),
    ], start=3):
        g.cell(row=i, column=1, value=a)
        g.cell(row=i, column=2, value=b)
    wb.save(os.path.join(HERE, HWFRS_FILE))
    return typo_row


# =====================================================================
# 7. Bridgend CBC - corporate risk register Q3 2025-26 (xlsx)
# =====================================================================
BRIDGEND_FILE = "lu2-bridgend-cbc-corporate-risk-register-q3-2025-26.xlsx"
BRIDGEND_TITLE = "Corporate Risk Register – Quarter 3 2025-26"
# (risk, description, owner, inherent, controls, residual, direction, [(ref, action, owner, target, rag)])
BRIDGEND = [
    ("CR1 – Financial sustainability",
     "The Council is unable to deliver a balanced budget over the MTFS period due to rising demand, inflation and uncertainty over Welsh Government settlements.",
     "Chief Officer – Finance, Housing and Change", 20,
     "MTFS refreshed annually; budget monitoring reported to Cabinet quarterly; Budget Research and Evaluation Panel.",
     16, "↔", [
         ("CR1.1", "Identify £4.2m of recurrent savings proposals for the 2026-27 budget.",
          "Chief Officer – Finance, Housing and Change", d(2026, 2, 28), "G"),
         ("CR1.2", "Review earmarked reserves and release balances no longer required.",
          "Deputy Head of Finance", "Q4 2025-26", "B"),
     ]),
    ("CR2 – Adult social care demand and workforce",
     "Demand for social care exceeds available resources and the Council cannot recruit and retain sufficient social workers and care staff.",
     "Corporate Director – Social Services and Wellbeing", 20,
     "Workforce strategy; agency use approved by Head of Service; weekly brokerage oversight.",
     16, "↑", [
         ("CR2.1", "Implement the domiciliary care recommissioning plan to increase capacity by 1,500 hours a week.",
          "Head of Adult Social Care", d(2026, 3, 31), "A"),
         ("CR2.2", "Roll out the second cohort of the ‘grow your own’ social work trainee scheme.",
          "Group Manager – Workforce Development", "Sep-26", "G"),
     ]),
    ("CR3 – Cyber security",
     "A successful cyber attack disrupts Council services or results in the loss of personal data.",
     "Chief Officer – Legal and Regulatory Services, HR and Corporate Policy", 25,
     "Firewalls and endpoint protection; mandatory cyber awareness training; backups held off-network.",
     15, "↔", [
         ("CR3.1", "Complete the Public Services Network (PSN) compliance remediation plan.",
          "Group Manager – ICT", "Dec-25", "R"),
         ("CR3.2", "Run a cyber incident exercise with Corporate Management Board.",
          "Group Manager – ICT", "By 31 March 2026", "G"),
     ]),
    ("CR4 – Climate change and flooding",
     "Severe weather events cause flooding that damages infrastructure and disrupts services, and the Council does not meet its net zero 2030 commitment.",
     "Corporate Director – Communities", 16,
     "Flood risk management strategy; Bridgend 2030 Net Zero Carbon Strategy; gully cleansing programme.",
     12, "↓", [
         ("CR4.1", "Deliver the Porthcawl and Maesteg flood alleviation schemes funded through the Welsh Government Flood and Coastal Erosion Risk Management Programme.",
          "Group Manager – Highways and Green Spaces", "Sep-26", "G"),
         ("CR4.2", "Update the Bridgend 2030 action plan and report progress to Cabinet.",
          "Corporate Climate Change Lead; Group Manager – Strategic Regeneration", d(2026, 7, 31), "A"),
     ]),
    ("CR5 – Homelessness and temporary accommodation",
     "Rising homelessness presentations increase the use and cost of temporary accommodation.",
     "Chief Officer – Finance, Housing and Change", 16,
     "Rapid Rehousing Transition Plan; landlord incentive scheme; weekly temporary accommodation panel.",
     16, "↑", [
         ("CR5.1", "Acquire additional temporary accommodation units through the Transitional Accommodation Capital Programme.",
          "Group Manager – Housing", "Ongoing", "G"),
     ]),
]


def score_fill(score):
    if score >= 15:
        return "FFFF0000"
    if score >= 8:
        return "FFFFC000"
    return "FF92D050"


def build_bridgend():
    wb = Workbook()
    key = wb.active
    key.title = "Risk scoring"
    key["A1"] = "Risk scoring matrix (likelihood × impact)"
    key["A1"].font = Font(bold=True)
    key["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        key.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
    for li in range(5, 0, -1):
        row = 4 + (5 - li)
        key.cell(row=row, column=1, value=li).font = Font(bold=True)
        for im in range(1, 6):
            c = key.cell(row=row, column=1 + im, value=li * im)
            c.fill = solid(score_fill(li * im))
            c.border = BOX
    key["A10"] = "15–25 High (red)   8–12 Medium (amber)   1–6 Low (green)"

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "Bridgend County Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = BRIDGEND_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reviewed by Corporate Management Board: 14 January 2026. Reported to Governance and Audit Committee: 29 January 2026."
    ws["A5"] = "RISK"
    ws.merge_cells("A5:G5")
    ws["H5"] = "FURTHER ACTIONS"
    ws.merge_cells("H5:L5")
    for c in (ws["A5"], ws["H5"]):
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = solid("FF385723")
        c.alignment = Alignment(horizontal="center")
    heads = ["Risk", "Risk description", "Risk owner", "Inherent score", "Current controls",
             "Residual score", "Direction of travel", "Ref", "Further mitigating action",
             "Action owner", "Target date", "Action RAG"]
    for i, h in enumerate(heads):
        c = ws.cell(row=6, column=1 + i, value=h)
        c.font = Font(bold=True)
        c.fill = solid("FFE2EFDA")
        c.border = BOX
        c.alignment = WRAP
    r = 7
    for risk, desc, owner, inh, ctrls, res, dot, actions in BRIDGEND:
        first = r
        for i, v in enumerate([risk, desc, owner, inh, ctrls, res, dot]):
            c = ws.cell(row=r, column=1 + i, value=v)
            c.alignment = WRAP
        ws.cell(row=r, column=4).fill = solid(score_fill(inh))
        ws.cell(row=r, column=6).fill = solid(score_fill(res))
        for ref, act, aown, tgt, rag in actions:
            for i, v in enumerate([ref, act, aown, tgt, rag]):
                c = ws.cell(row=r, column=8 + i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=12).fill = solid(XL_FILL[rag])
            ws.cell(row=r, column=12).alignment = Alignment(horizontal="center", vertical="top")
            for col in range(1, 8):
                ws.cell(row=r, column=col).border = BOX
            r += 1
        if r - 1 > first:
            for col in range(1, 8):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Direction of travel: ↑ risk increasing   ↔ no change   ↓ risk decreasing")
    ws.cell(row=r + 1, column=1, value="Action RAG: B = complete, G = on track, A = some slippage, R = significant slippage or overdue")
    for col, w in zip("ABCDEFGHIJKL", [26, 40, 28, 9, 40, 9, 9, 8, 50, 30, 13, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(HERE, BRIDGEND_FILE))


if __name__ == "__main__":
    build_hull()
    build_argyll()
    build_glos()
    build_chelt()
    build_worcs()
    tr = build_hwfrs()
    build_bridgend()
    print("typo row (HWFRS):", tr)
    for f in sorted(os.listdir(HERE)):
        print(f)
