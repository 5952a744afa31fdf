#!/usr/bin/env python3
"""Build the seven wq- blind test files (set heldout546).

Bodies: Wales, Scotland and Northern Ireland.  Run with the project venv:
    /work/main/.venv/bin/python wq_make.py
Each data file is written beside this script.  The module-level SPEC data
also records how a person reads each action (used to write the
.expected.yaml files, which were checked by hand).
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "teal": PatternFill("solid", fgColor="DDEBF7"),
    "head": PatternFill("solid", fgColor="BDD7EE"),
}


def d(y, m, day):
    return dt.datetime(y, m, day)


def path(name):
    return os.path.join(HERE, name)


def style_header(ws, row, ncols, fill="head"):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = BOLD
        cell.fill = FILL[fill]
        cell.alignment = WRAP
        cell.border = BOX


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP
        if isinstance(cell.value, dt.datetime):
            cell.number_format = "dd/mm/yyyy"


# ---------------------------------------------------------------------------
# 1. Shetland Islands Council - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
SHETLAND_NAME = "wq-shetland-islands-council-corporate-risk-register-2025-26.xlsx"
SHETLAND_TITLE = "Shetland Islands Council – Corporate Risk Register 2025/26"
# risk: (heading cell text, risk owner, current, target, commentary, actions)
# action: (ref, text, owner cell, date cell, status word, commentary,
#          expected lead, expected end, expected end_text, expected status)
SHETLAND_RISKS = [
    ("CRR-01 Financial Sustainability", "Director of Corporate Services", 20, 12,
     "Score unchanged. Medium Term Financial Plan gap of £9.8m for 2026/27 reported to "
     "Policy and Resources Committee on 22 September 2025.",
     [
         ("CRR-01.1",
          "Develop savings and income proposals to close the 2026/27 budget gap for "
          "consideration at the budget-setting meeting of the Council.",
          "Executive Manager – Finance", d(2026, 2, 27), "Green",
          "Proposals being developed with Directorates; member seminars arranged for December 2025.",
          ["Executive Manager – Finance"], "2026-02", None, "green"),
         ("CRR-01.2",
          "Refresh the Medium Term Financial Plan and reserves strategy, including a "
          "sustainable level of draw on external reserves.",
          "Director of Corporate Services / Executive Manager – Finance", "Q4 2025/26", "Amber",
          "Reserves modelling delayed until the Scottish Government settlement is known.",
          ["Director of Corporate Services", "Executive Manager – Finance"], "2026-03",
          "Q4 2025/26", "amber"),
         ("CRR-01.3",
          "Embed quarterly budget monitoring challenge sessions with each Directorate "
          "Management Team.",
          "Executive Manager – Finance", d(2025, 6, 30), "Complete",
          "Sessions in place from Quarter 1. Action closed.",
          ["Executive Manager – Finance"], "2025-06", None, "blue"),
     ]),
    ("CRR-02 Inter-Island Ferry Service Resilience", "Director of Infrastructure Services", 20, 15,
     "Score unchanged. Two vessels out of service at the same time in August 2025 "
     "on the Yell Sound and Bluemull Sound routes.",
     [
         ("CRR-02.1",
          "Complete the dry-dock and refit programme for the inter-island fleet, with "
          "relief vessel cover confirmed for each route.",
          "Executive Manager – Ferry Operations", d(2026, 3, 31), "Amber",
          "Refit of MV Daggri slipped by three weeks because of yard availability.",
          ["Executive Manager – Ferry Operations"], "2026-03", None, "amber"),
         ("CRR-02.2",
          "Submit the Outline Business Case for ferry and terminal replacement to "
          "Transport Scotland.",
          "Director of Infrastructure Services", "Dec-25", "Green",
          "Draft OBC considered by the Project Board on 9 September 2025.",
          ["Director of Infrastructure Services"], "2025-12", None, "green"),
         ("CRR-02.3",
          "Review crew recruitment and retention arrangements, including the relief crew "
          "pool and accommodation support for staff.",
          "Executive Manager – Ferry Operations; Executive Manager – Human Resources",
          d(2026, 1, 31), "Red",
          "Two Master vacancies remain unfilled after a second advert.",
          ["Executive Manager – Ferry Operations", "Executive Manager – Human Resources"],
          "2026-01", None, "red"),
     ]),
    ("CRR-03 Workforce Capacity and Recruitment", "Director of Corporate Services", 16, 9,
     "Score unchanged. Vacancy rate 7.9% at 30 September 2025.",
     [
         ("CRR-03.1",
          "Implement the Workforce Strategy 2025-2028 action plan, prioritising hard-to-fill "
          "posts in social care and education.",
          "Executive Manager – Human Resources", "Ongoing", "Green",
          "Year 1 actions on track; progress report to Policy and Resources Committee in February.",
          ["Executive Manager – Human Resources"], None, "Ongoing", "green"),
         ("CRR-03.2",
          "Launch the Grow Your Own trainee scheme for social care and teaching in "
          "partnership with UHI Shetland.",
          "Director of Children's Services", d(2025, 10, 31), "Green",
          "First cohort of 12 trainees recruited; start date 27 October 2025.",
          ["Director of Children's Services"], "2025-10", None, "green"),
     ]),
    ("CRR-04 Cyber Security and Resilience of ICT Systems", "Director of Corporate Services", 15, 10,
     "Score reduced from 20 to 15 following completion of the incident exercise.",
     [
         ("CRR-04.1",
          "Achieve Cyber Essentials Plus accreditation and complete the remediation plan "
          "from the 2025 penetration test.\nRemaining high-rated findings to be closed first.",
          "Executive Manager – ICT", d(2026, 3, 31), "Amber",
          "14 of 19 findings closed. Firewall replacement awaiting delivery.",
          ["Executive Manager – ICT"], "2026-03", None, "amber"),
         ("CRR-04.2",
          "Run a cyber incident exercise with the Corporate Management Team and test the "
          "ICT disaster recovery plan.",
          "Executive Manager – ICT", d(2025, 9, 30), "Complete",
          "Exercise held 16 September 2025; lessons learned report issued.",
          ["Executive Manager – ICT"], "2025-09", None, "blue"),
     ]),
]


def make_shetland():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = SHETLAND_TITLE
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Quarter 2 review – position at 30 September 2025"
    cov["A2"].font = Font(italic=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = BOLD
    rows = [
        ("Version", "2.3"),
        ("Register owner", "Corporate Management Team"),
        ("Prepared by", "Risk Management Officer, Governance and Law"),
        ("Reported to", "Audit Committee – 19 November 2025"),
        ("Next review", "Quarter 3 (January 2026)"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(row=i, column=1, value=k).font = BOLD
        cov.cell(row=i, column=2, value=v)
        box_row(cov, i, 2)
    cov["A11"] = "Version history"
    cov["A11"].font = BOLD
    cov.append(["Version", "Date", "Change"])
    style_header(cov, 12, 3)
    for r in [("2.1", d(2025, 4, 4), "Register refreshed for 2025/26 and approved by CMT"),
              ("2.2", d(2025, 6, 30), "Quarter 1 review"),
              ("2.3", d(2025, 9, 30), "Quarter 2 review – CRR-04 score reduced from 20 to 15")]:
        cov.append(list(r))
        box_row(cov, cov.max_row, 3)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 44
    cov.column_dimensions["C"].width = 50

    ws = wb.create_sheet("Register")
    ncols = 8
    ws["A1"] = SHETLAND_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws["A2"] = ("Risks are scored Likelihood (1-5) x Impact (1-5). The further actions listed under "
                "each risk are the additional controls agreed by the Corporate Management Team.")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 30
    hdr = ["Ref", "Risk / Further action", "Risk owner / Action owner", "Current score",
           "Target score", "Target date", "Status", "Q2 commentary"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, ncols, "navy")
    for c in range(1, ncols + 1):
        ws.cell(row=4, column=c).font = Font(bold=True, color="FFFFFF")
    r = 5
    for head, owner, cur, tgt, comm, actions in SHETLAND_RISKS:
        ws.cell(row=r, column=1, value=head)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=owner)
        ws.cell(row=r, column=4, value=cur)
        ws.cell(row=r, column=5, value=tgt)
        ws.cell(row=r, column=8, value=comm)
        box_row(ws, r, ncols)
        for c in range(1, ncols + 1):
            ws.cell(row=r, column=c).fill = FILL["grey"]
            ws.cell(row=r, column=c).font = BOLD
        sc = ws.cell(row=r, column=4)
        sc.fill = FILL["red"] if cur >= 15 else FILL["amber"]
        r += 1
        for ref, text, aown, date, status, acomm, *_ in actions:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=text)
            ws.cell(row=r, column=3, value=aown)
            ws.cell(row=r, column=6, value=date)
            ws.cell(row=r, column=7, value=status)
            ws.cell(row=r, column=8, value=acomm)
            box_row(ws, r, ncols)
            key = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}[status]
            ws.cell(row=r, column=7).fill = FILL[key]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: Green – on track; Amber – at risk of slippage; "
                                   "Red – off track; Complete – action closed.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    ws.cell(row=r + 1, column=1, value="Risks with a current score of 15 or above are reported "
                                       "to Policy and Resources Committee each quarter.")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=ncols)
    widths = [11, 60, 34, 9, 9, 12, 11, 50]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Scoring Key")
    key["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    key["A1"].font = BOLD
    key.append(["Likelihood \\ Impact", 1, 2, 3, 4, 5])
    style_header(key, 2, 6)
    for lk in range(5, 0, -1):
        key.append([lk] + [lk * im for im in range(1, 6)])
        rr = key.max_row
        for c in range(2, 7):
            v = key.cell(row=rr, column=c).value
            key.cell(row=rr, column=c).fill = FILL["red"] if v >= 15 else (
                FILL["amber"] if v >= 8 else FILL["green"])
        box_row(key, rr, 6)
    key["A9"] = "15-25 Very High / High (red); 8-12 Medium (amber); 1-6 Low (green)"
    wb.save(path(SHETLAND_NAME))


# ---------------------------------------------------------------------------
# 2. Belfast HSC Trust - RQIA Mater Hospital QIP tracker (xlsx)
# ---------------------------------------------------------------------------
BELFAST_NAME = "wq-belfast-hsct-rqia-mater-hospital-unannounced-inspection-qip.xlsx"
BELFAST_TITLE = ("Belfast Health and Social Care Trust – RQIA Unannounced Inspection of the "
                 "Mater Hospital (October 2024): Quality Improvement Plan")
# domain -> list of AFI (no, text, actions)
# action: (ref, text, leads cell, date cell, prev, current, update,
#          exp lead, exp end, exp end_text, exp status)
BELFAST_PLAN = [
    ("Is care safe?", [
        ("1",
         "The Trust must ensure that nurse staffing levels in the Emergency Department are "
         "reviewed against the regional Emergency Department staffing framework and that "
         "escalation arrangements are followed when staffing falls below the agreed level.",
         [
             ("1.1",
              "Complete a staffing review of the Emergency Department using the regional "
              "framework and present the findings to the Unscheduled Care Board.",
              "Co-Director Unscheduled Care; Lead Nurse ED", d(2025, 1, 31), "A", "B",
              "Review presented 21 January 2025. Business case for 6.4 WTE band 5 nurses approved.",
              ["Co-Director Unscheduled Care", "Lead Nurse ED"], "2025-01", None, "blue"),
             ("1.2",
              "Revise the ED staffing escalation standard operating procedure and audit "
              "compliance monthly for six months.",
              "Lead Nurse ED", "Jun-25", "A", "G",
              "SOP revised and issued. Audits for January and February show 92% compliance.",
              ["Lead Nurse ED"], "2025-06", None, "green"),
         ]),
        ("2",
         "The Trust should ensure that patients’ venous thromboembolism (VTE) risk assessments "
         "are completed within 24 hours of admission and reviewed in line with NICE guidance.",
         [
             ("2.1",
              "Add VTE risk assessment compliance to the safety huddle board on each medical ward.",
              "Clinical Director, Acute Medicine", d(2025, 2, 28), "A", "G",
              "In place on Wards 4, 7 and 8; Ward 9 to follow in March.",
              ["Clinical Director, Acute Medicine"], "2025-02", None, "green"),
             ("2.2",
              "Undertake a re-audit of VTE risk assessment compliance across all Mater wards and "
              "share the learning through the Medicines Safety Group.",
              "Medicines Safety Pharmacist / Clinical Director, Acute Medicine", "May 2025", None, "A",
              "Audit tool agreed; data collection starts April 2025.",
              ["Medicines Safety Pharmacist", "Clinical Director, Acute Medicine"], "2025-05",
              None, "amber"),
         ]),
    ]),
    ("Is care effective?", [
        ("3",
         "The Trust should ensure that nursing care records, including risk assessments for "
         "falls and pressure damage, are completed contemporaneously and evaluated in line "
         "with NMC guidance.",
         [
             ("3.1",
              "Carry out monthly Nursing Quality Indicator (NQI) audits of falls and pressure "
              "ulcer risk assessments on each ward, with results reported to ward managers.",
              "Ward Managers", "Ongoing (monthly)", "G", "G",
              "Audits completed for November to February; results displayed on ward boards.",
              ["Ward Managers"], None, "Ongoing (monthly)", "green"),
             ("3.2",
              "Deliver record-keeping training for registered nurses and healthcare support "
              "workers on Wards 4 and 7.",
              "Practice Development Nurse", d(2025, 3, 31), "A", "R",
              "Only 41% of staff trained owing to winter pressures; additional sessions requested.",
              ["Practice Development Nurse"], "2025-03", None, "red"),
         ]),
    ]),
    ("Is care compassionate?", [
        ("4",
         "The Trust should ensure that patients accommodated on trolleys in the Emergency "
         "Department have access to appropriate nutrition, hydration and privacy.",
         [
             ("4.1",
              "Introduce intentional rounding for patients in the ED for longer than 12 hours, "
              "including the offer of a hot meal.",
              "Lead Nurse ED", "Dec-24", "G", "B",
              "Rounding tool in use since 2 December 2024; audited weekly.",
              ["Lead Nurse ED"], "2024-12", None, "blue"),
         ]),
    ]),
    ("Is the service well led?", [
        ("5",
         "The Trust must ensure that learning from incidents and complaints is shared with "
         "staff at ward level and that resulting actions are monitored to completion.",
         [
             ("5.1",
              "Establish a quarterly Mater Hospital learning forum, with minutes and an action log.",
              "Divisional Nurse, Medicine and Unscheduled Care; Governance Lead", "April 2025",
              "A", "G",
              "First forum held 14 February 2025; next scheduled for May.",
              ["Divisional Nurse, Medicine and Unscheduled Care", "Governance Lead"], "2025-04",
              None, "green"),
             ("5.2",
              "Add an outstanding incident actions report from Datix to the agenda of the monthly "
              "divisional governance meeting.",
              "Governance Lead", d(2025, 1, 31), "G", "B",
              "Standing agenda item from January 2025.",
              ["Governance Lead"], "2025-01", None, "blue"),
         ]),
    ]),
]

RAG_LETTER_FILL = {"R": "red", "A": "amber", "G": "green", "B": "blue"}


def make_belfast():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "QIP"
    ncols = 9
    ws["A1"] = BELFAST_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws["A2"] = "Progress update for the Trust Assurance Committee – March 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    ws["A3"] = "Inspection dates: 1-3 October 2024. Report published 16 December 2024."
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncols)
    hdr = ["AFI No.", "Area for Improvement (as stated by RQIA)", "Action No.", "Action to be taken",
           "Lead(s)", "Target Date", "RAG Dec 2024", "RAG Mar 2025", "Progress update / evidence"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=5, column=c, value=h)
    style_header(ws, 5, ncols)
    r = 6
    for domain, afis in BELFAST_PLAN:
        ws.cell(row=r, column=1, value=domain)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = FILL["navy"]
        r += 1
        for no, afi, actions in afis:
            first = r
            for ref, text, leads, date, prev, cur, upd, *_ in actions:
                ws.cell(row=r, column=3, value=ref)
                ws.cell(row=r, column=4, value=text)
                ws.cell(row=r, column=5, value=leads)
                ws.cell(row=r, column=6, value=date)
                ws.cell(row=r, column=7, value=prev)
                ws.cell(row=r, column=8, value=cur)
                ws.cell(row=r, column=9, value=upd)
                box_row(ws, r, ncols)
                for col, v in ((7, prev), (8, cur)):
                    if v:
                        ws.cell(row=r, column=col).fill = FILL[RAG_LETTER_FILL[v]]
                        ws.cell(row=r, column=col).alignment = Alignment(horizontal="center",
                                                                          vertical="top")
                r += 1
            ws.cell(row=first, column=1, value=no)
            ws.cell(row=first, column=2, value=afi)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=2).alignment = WRAP
            ws.cell(row=first, column=1).alignment = WRAP
    widths = [7, 48, 8, 48, 30, 12, 9, 9, 46]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – RAG Mar 2025"
    sm["A1"].font = BOLD
    sm.append(["RAG", "Meaning", "Number of actions"])
    style_header(sm, 2, 3)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, afis in BELFAST_PLAN:
        for _, _, actions in afis:
            for a in actions:
                counts[a[5]] += 1
    for k, m in (("B", "Complete"), ("G", "On track"), ("A", "Some slippage"), ("R", "Off track")):
        sm.append([k, m, counts[k]])
        sm.cell(row=sm.max_row, column=1).fill = FILL[RAG_LETTER_FILL[k]]
        box_row(sm, sm.max_row, 3)
    sm.append(["Total", "", sum(counts.values())])
    sm.cell(row=sm.max_row, column=1).font = BOLD
    box_row(sm, sm.max_row, 3)
    sm.column_dimensions["B"].width = 20
    sm.column_dimensions["C"].width = 18

    ky = wb.create_sheet("RAG Key")
    ky["A1"] = "RAG key"
    ky["A1"].font = BOLD
    for k, m in (("B", "Blue – action complete and evidence of sustained improvement"),
                 ("G", "Green – on track to be completed by the target date"),
                 ("A", "Amber – some slippage; recovery actions in place"),
                 ("R", "Red – off track or target date missed")):
        ky.append([k, m])
        ky.cell(row=ky.max_row, column=1).fill = FILL[RAG_LETTER_FILL[k]]
    ky.column_dimensions["B"].width = 62
    wb.save(path(BELFAST_NAME))


# ---------------------------------------------------------------------------
# 3. Cardiff and Vale UHB - Audit Wales recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
CAV_NAME = "wq-cardiff-and-vale-uhb-audit-wales-recommendations-tracker-typo-month-refuse.xlsx"
CAV_TITLE = "Cardiff and Vale University Health Board – Audit Wales Recommendations Tracker"
CAV_PLAN = [
    ("Structured Assessment 2024 – Phase Two: Corporate Arrangements (issued January 2025)", [
        ("SA24-R1",
         "The Health Board should refresh its Board Assurance Framework so that each strategic "
         "risk shows the sources of assurance and the gaps in controls.",
         "Board Assurance Framework to be redesigned with Board development session input and "
         "presented to the Board for approval.",
         "Director of Corporate Governance", "Jun-25", "Dec-25", "Complete",
         "New BAF approved by the Board on 27 November 2025."),
        ("SA24-R2",
         "The Health Board should ensure committee cover reports clearly state the level of "
         "assurance being provided.",
         "Cover report template to be amended to include an assurance rating, with guidance "
         "issued to report authors.",
         "Director of Corporate Governance", "Mar-25", "", "Complete",
         "Template in use from April 2025."),
        ("SA24-R3",
         "The Health Board should strengthen the monitoring of savings plans so that slippage "
         "is identified and reported to the Finance Committee at an early stage.",
         "Savings tracker to be reported monthly to the Finance Committee with RAG-rated "
         "delivery confidence for each scheme.",
         "Executive Director of Finance", "Sept 2025", "March 2026", "Amber",
         "Monthly reporting in place; delivery confidence rating to be added from Q4."),
    ]),
    ("Urgent and Emergency Care: Flow out of Hospital – Cardiff and Vale Region (issued 2024)", [
        ("UEC-R1",
         "The Health Board and its partners should agree a single regional discharge to assess "
         "model with shared performance measures.",
         "Regional discharge to assess model to be agreed through the Regional Partnership Board.",
         "Chief Operating Officer", "Dec-24", "Jun-25", "Complete",
         "Model agreed by the Regional Partnership Board on 18 June 2025."),
        ("UEC-R2",
         "The Health Board should improve the quality of data on delayed transfers of care so "
         "that the reasons for delay are reported consistently.",
         "Pathway of Care Delays reporting to be validated weekly by the discharge hubs and "
         "reported to the Operational Management Board.",
         "Chief Operating Officer", "Mar-25", "Febuary 2026", "Amber",
         "Weekly validation started at UHW; Llandough to follow once the hub is fully staffed."),
        ("UEC-R3",
         "The Health Board should evaluate the impact of its Same Day Emergency Care services "
         "on admissions.",
         "Evaluation of SDEC activity and conversion rates to be completed and reported to the "
         "Quality, Safety and Experience Committee.",
         "Executive Medical Director", "Sept 2025", "", "Green",
         "Evaluation drafted; committee date agreed."),
    ]),
    ("Review of Workforce Planning Arrangements (issued 2023)", [
        ("WF-R1",
         "The Health Board should develop a workforce plan that aligns with its Integrated "
         "Medium Term Plan.",
         "Three-year workforce plan to be produced alongside the IMTP.",
         "Executive Director of People and Culture", "Dec-24", "Oct-25", "Complete",
         "Workforce plan approved alongside the 2025-28 IMTP."),
        ("WF-R2",
         "The Health Board should improve the quality of its workforce data, including "
         "vacancy information held in ESR.",
         "Establishment control and ESR position data to be cleansed, with quarterly "
         "data quality reports to the Strategy and Delivery Committee.",
         "Executive Director of People and Culture", "Mar-26", "", "Green",
         "Data cleanse 70% complete."),
    ]),
]
CAV_TYPO = "Febuary 2026"


def make_cav():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "AW Tracker"
    ncols = 9
    ws["A1"] = CAV_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws["A2"] = "Position at 16 January 2026 – Audit and Assurance Committee, 3 February 2026"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    hdr = ["Ref", "Recommendation", "Management response / agreed action", "Executive Lead",
           "Original completion date", "Revised completion date", "Status",
           "Progress update (January 2026)"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, len(hdr))
    r = 5
    typo_row = None
    counts = {}
    for report, recs in CAV_PLAN:
        ws.cell(row=r, column=1, value=report)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(row=r, column=1).font = BOLD
        ws.cell(row=r, column=1).fill = FILL["teal"]
        r += 1
        for ref, rec, resp, lead, orig, rev, status, upd in recs:
            vals = [ref, rec, resp, lead, orig, rev, status, upd]
            for c, v in enumerate(vals, start=1):
                ws.cell(row=r, column=c, value=v if v != "" else None)
            box_row(ws, r, len(hdr))
            key = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[status]
            ws.cell(row=r, column=7).fill = FILL[key]
            counts[status] = counts.get(status, 0) + 1
            if rev == CAV_TYPO:
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary")
    ws.cell(row=r, column=1).font = BOLD
    for i, s in enumerate(["Complete", "Green", "Amber", "Red"]):
        ws.cell(row=r + 1 + i, column=1, value=s)
        ws.cell(row=r + 1 + i, column=2, value=counts.get(s, 0))
    ws.cell(row=r + 5, column=1, value="Total")
    ws.cell(row=r + 5, column=2, value=sum(counts.values()))
    widths = [10, 50, 50, 30, 13, 13, 11, 44]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(path(CAV_NAME))
    return typo_row


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
    """Write text into a cell; inner '\n' become separate paragraphs."""
    lines = text.split("\n") if text else [""]
    cell.paragraphs[0].text = ""
    run = cell.paragraphs[0].add_run(lines[0])
    run.bold = bold
    for ln in lines[1:]:
        p = cell.add_paragraph()
        rr = p.add_run(ln)
        rr.bold = bold


def landscape(document):
    sec = document.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Cwmbran Village Surgery - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
CWM_NAME = "wq-cwmbran-village-surgery-hiw-gp-inspection-improvement-plan.docx"
CWM_TITLE = "Cwmbran Village Surgery – HIW Improvement Plan"
# section -> rows (improvement needed, standard, service action, responsible officer, timescale,
#                  exp lead, exp end, exp end_text)
CWM_PLAN = [
    ("Quality of the patient experience", [
        ("The practice must ensure that information displayed in the waiting areas, including how "
         "to raise a concern under Putting Things Right, is available bilingually.",
         "Health and Care Standards 2015 – Standard 3.2 Communicating effectively; "
         "Welsh Language (Wales) Measure 2011",
         "Bilingual Putting Things Right posters obtained from the health board and displayed in "
         "reception and both waiting areas.\nPractice leaflet to be reprinted in Welsh and English.",
         "Claire Hughes – Practice Manager", "31/08/2024",
         ["Claire Hughes – Practice Manager"], "2024-08", None),
        ("The practice should review its telephone system to reduce the time patients wait for "
         "their call to be answered at 8am.",
         "Standard 5.1 Timely access",
         "Cloud-based telephony with a call-back function to be installed, and call data reviewed "
         "monthly at the practice meeting.",
         "Practice Manager / IT Lead GP", "October 2024",
         ["Practice Manager", "IT Lead GP"], "2024-10", None),
    ]),
    ("Delivery of safe and effective care", [
        ("The practice must ensure that emergency drugs and equipment are checked weekly and "
         "that the checks are recorded.",
         "Standard 2.6 Medicines management",
         "Weekly checklist introduced for the emergency trolley and defibrillator. The nominated "
         "Healthcare Assistant completes the check, with a monthly spot check by the Lead "
         "Practice Nurse.",
         "Lead Practice Nurse", "June 2024",
         ["Lead Practice Nurse"], "2024-06", None),
        ("The practice must ensure that all clinical staff have completed safeguarding training "
         "at the level appropriate to their role.",
         "Standard 2.7 Safeguarding children and adults at risk",
         "Training matrix updated.\nTwo GPs booked onto Level 3 safeguarding children training "
         "(health board session).\nCompliance to be reported at the quarterly clinical governance "
         "meeting.",
         "Dr Rhys Powell (Safeguarding Lead)", "30 September 2024",
         ["Dr Rhys Powell (Safeguarding Lead)"], "2024-09", None),
        ("The practice should ensure that the infection prevention and control (IPC) audit is "
         "completed annually and that an action plan is developed from its findings.",
         "Standard 2.4 Infection prevention and control and decontamination",
         "Annual IPC audit to be completed using the health board audit tool, with an action plan "
         "agreed at the practice meeting.",
         "Lead Practice Nurse", "December 2024",
         ["Lead Practice Nurse"], "2024-12", None),
    ]),
    ("Quality of management and leadership", [
        ("The practice must ensure that all staff receive an annual appraisal.",
         "Standard 7.1 Workforce",
         "Appraisal schedule agreed for all non-clinical staff; appraisals to be completed by the "
         "Practice Manager and Assistant Practice Manager.",
         "Practice Manager & Assistant Practice Manager", "March 2025",
         ["Practice Manager", "Assistant Practice Manager"], "2025-03", None),
        ("The practice should formalise the process for recording and sharing learning from "
         "significant events.",
         "Standard 3.1 Safe and clinically effective care",
         "Significant event log introduced on the shared drive. Events are discussed as a standing "
         "item at the monthly practice meeting and the learning is recorded in the minutes.",
         "Dr Sian Bevan (GP Partner)", "Ongoing",
         ["Dr Sian Bevan (GP Partner)"], None, "Ongoing"),
    ]),
]


def make_cwmbran():
    doc = docx.Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(CWM_TITLE, level=0)
    doc.add_paragraph("General Practice Inspection (Announced) – Aneurin Bevan University Health Board")
    doc.add_paragraph("Date of inspection: 11 June 2024")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=1)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                           "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    set_cell(t.rows[1].cells[0], "No immediate concerns were identified on this inspection.")

    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    doc.add_paragraph("Service: Cwmbran Village Surgery")
    doc.add_paragraph("Date of inspection: 11 June 2024")
    doc.add_paragraph("No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("Service: Cwmbran Village Surgery")
    doc.add_paragraph("Date of inspection: 11 June 2024")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection "
                      "where we require the service to complete an improvement plan telling us about the "
                      "actions they are taking to address these areas.")
    hdr = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer",
           "Timescale"]
    for section, rows in CWM_PLAN:
        doc.add_heading(section, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "D9E2F3")
        for need, std, act, ro, ts, *_ in rows:
            cells = t.add_row().cells
            for c, v in enumerate([need, std, act, ro, ts]):
                set_cell(cells[c], v)
        doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service "
                      "who has overall responsibility and accountability for ensuring the improvement "
                      "plan is actioned.")
    doc.add_heading("Service representative", level=2)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Claire Hughes"), ("Job role:", "Practice Manager"),
                                ("Date:", "26 July 2024")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
    doc.save(path(CWM_NAME))


# ---------------------------------------------------------------------------
# 5. Ysgol Gynradd Penrhyn-coch - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
PEN_NAME = "wq-ysgol-gynradd-penrhyn-coch-estyn-post-inspection-action-plan.docx"
PEN_TITLE = "Ysgol Gynradd Penrhyn-coch – Post-Inspection Action Plan"
RAG_HEX = {"green": "00B050", "amber": "FFC000", "red": "FF0000", "blue": "00B0F0"}
# recommendation heading -> actions
# (ref, action, success criteria, lead, timescale, monitoring, fill,
#  exp lead, exp end, exp end_text)
PEN_PLAN = [
    ("R1: Improve the consistency and quality of teachers’ feedback so that pupils understand how "
     "to improve their work", [
        ("1.1", "Review and agree a whole-school feedback policy, including the use of ‘gwyrdd i dyfu’ "
                "(green for growth) marking.",
         "Policy agreed by staff and governors and in use in all classes.", "Headteacher",
         "Autumn term 2025", "Governors’ Curriculum Committee", "green",
         ["Headteacher"], "2025-12", "Autumn term 2025"),
        ("1.2", "Provide INSET and coaching for all teachers on effective verbal and written feedback, "
                "supported by the regional school improvement partner.",
         "All teachers observed giving feedback that moves learning on.", "HT / DHT",
         "Sept 2025 – Dec 2025", "Learning walks (SLT)", "green",
         ["HT", "DHT"], "2025-12", "Sept 2025 – Dec 2025"),
        ("1.3", "Carry out book scrutiny and pupil voice sessions to evaluate the impact of feedback "
                "on pupils’ work.",
         "Most pupils can explain what they need to do to improve.", "Senior Leadership Team",
         "Termly", "Headteacher’s report to governors", "amber",
         ["Senior Leadership Team"], None, "Termly"),
    ]),
    ("R2: Provide pupils in Years 3 to 6 with more opportunities to develop their independence as "
     "learners", [
        ("2.1", "Plan regular opportunities for pupils to choose how they present their learning in "
                "each Area of Learning and Experience.",
         "Planning shows pupil choice in every AoLE each half term.", "CfW Lead",
         "Summer term 2026", "Planning scrutiny", "amber",
         ["CfW Lead"], "2026-07", "Summer term 2026"),
        ("2.2", "Develop the outdoor learning area to support independent enquiry, using the school’s "
                "grant funding.",
         "Outdoor area used weekly by every class in Years 3 to 6.", "Mr Dafydd Rees (Years 5 and 6)",
         "July 2026", "Governors’ Premises Committee", None,
         ["Mr Dafydd Rees (Years 5 and 6)"], "2026-07", None),
        ("2.3", "Visit a partner school in the cluster to observe effective practice in independent "
                "learning and share the findings with staff.",
         "Findings shared at staff meeting and used in planning.", "Mr Dafydd Rees",
         "March 2026", "SLT", "green",
         ["Mr Dafydd Rees"], "2026-03", None),
    ]),
    ("R3: Strengthen the role of the governing body in holding the school to account for standards "
     "and the quality of teaching", [
        ("3.1", "Arrange governor training on self-evaluation and challenge through the local authority "
                "governor support service.",
         "All governors attend training; challenge recorded in minutes.",
         "Chair of Governors & Headteacher", "December 2025", "Clerk to the Governors", "blue",
         ["Chair of Governors", "Headteacher"], "2025-12", None),
        ("3.2", "Link a governor to each recommendation, with learning walks and a written report to "
                "the full governing body.",
         "Link governor reports received every term.", "Chair of Governors",
         "Termly", "Full governing body", "green",
         ["Chair of Governors"], None, "Termly"),
        ("3.3", "Include progress against this plan as a standing item at every full governing body "
                "meeting.",
         "Minutes record discussion of progress at each meeting.", "Clerk to the Governors",
         "Ongoing", "Local authority link officer", "green",
         ["Clerk to the Governors"], None, "Ongoing"),
    ]),
]


def make_penrhyncoch():
    doc = docx.Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(PEN_TITLE, level=0)
    doc.add_paragraph("Cynllun Gweithredu ar ôl Arolygiad")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Pennaeth / Headteacher", "Mrs Elen Davies"),
            ("Cadeirydd y Llywodraethwyr / Chair of Governors", "Mr Gareth Lloyd"),
            ("Dyddiad yr arolygiad / Date of inspection", "3–5 March 2025"),
            ("Cymeradwywyd gan y corff llywodraethu / Approved by governing body", "12 June 2025"),
            ("Adolygu / Review", "End of each term")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("This plan sets out how the school will address the three recommendations in "
                      "Estyn’s report. Progress is RAG rated by the senior leadership team at the end "
                      "of each term (see key at the end of the plan).")
    hdr = ["Rhif / No.", "Cam gweithredu / Action", "Meini llwyddiant / Success criteria",
           "Arweinydd / Lead", "Amserlen / Timescale", "Monitro / Monitoring", "RAG"]
    for rec, actions in PEN_PLAN:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "E2EFD9")
        for ref, act, sc, lead, ts, mon, fill, *_ in actions:
            cells = t.add_row().cells
            for c, v in enumerate([ref, act, sc, lead, ts, mon, ""]):
                set_cell(cells[c], v)
            if fill:
                shade(cells[6], RAG_HEX[fill])
        doc.add_paragraph("")
    doc.add_heading("Allwedd RAG / RAG key", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (f, m) in enumerate([("blue", "Completed"), ("green", "On track"),
                                ("amber", "Some progress – needs attention"),
                                ("red", "No progress / at risk")]):
        shade(t.rows[i].cells[0], RAG_HEX[f])
        set_cell(t.rows[i].cells[1], m)
    doc.add_paragraph("A blank RAG cell means the action has not yet started.")
    doc.save(path(PEN_NAME))


# ---------------------------------------------------------------------------
# 6. NHS Lanarkshire - HQAIC action log (csv)
# ---------------------------------------------------------------------------
LAN_NAME = "wq-nhs-lanarkshire-hqaic-action-log.csv"
LAN_TITLE = ("NHS Lanarkshire – Healthcare Quality Assurance and Improvement Committee (HQAIC) "
             "Action Log")
# (no, meeting, minute, action, lead, due, revised, rag, comment,
#  exp lead, exp end, exp end_text, exp status)
LAN_ROWS = [
    ("HQAIC/25/01", "13/03/2025", "2025/03/07",
     "Provide a report on compliance with the Scottish Patient Safety Programme (SPSP) falls bundle "
     "across the three acute sites, including an improvement trajectory.",
     "Director of Acute Services", "June 2025", "", "Complete",
     "Report presented 12 June 2025 (item 2025/06/05). Propose closure.",
     ["Director of Acute Services"], "2025-06", None, "blue"),
    ("HQAIC/25/02", "13/03/2025", "2025/03/11",
     "Circulate the revised Adverse Events Policy to members for comment before submission to the Board.",
     "Head of Quality & Patient Safety", "Apr-25", "", "Complete",
     "Circulated 2 April 2025; comments incorporated.",
     ["Head of Quality & Patient Safety"], "2025-04", None, "blue"),
    ("HQAIC/25/03", "12/06/2025", "2025/06/04",
     "Undertake a deep dive into hospital-acquired pressure ulcers at University Hospital Wishaw and "
     "report the findings and improvement actions.",
     "Nurse Director; Chief Nurse, Acute", "11/12/2025", "", "Green",
     "Scoping complete; data collection under way with Tissue Viability.",
     ["Nurse Director", "Chief Nurse, Acute"], "2025-12", None, "green"),
    ("HQAIC/25/04", "12/06/2025", "2025/06/09",
     "Provide assurance on the timeliness of Significant Adverse Event Reviews (SAERs), including the "
     "number open for more than 140 days.",
     "Medical Director", "September 2025", "December 2025", "Amber",
     "Deferred to the December meeting to allow validation of the data.",
     ["Medical Director"], "2025-12", None, "amber"),
    ("HQAIC/25/05", "12/06/2025", "2025/06/12",
     "Share the Healthcare Improvement Scotland (HIS) Safe Delivery of Care inspection report for "
     "University Hospital Monklands and the draft improvement action plan with members.",
     "Director of Acute Services", "Sep-25", "", "Complete",
     "Shared with papers for 11 September 2025 meeting.",
     ["Director of Acute Services"], "2025-09", None, "blue"),
    ("HQAIC/25/06", "11/09/2025", "2025/09/03",
     "Present the annual Duty of Candour report 2024/25 for approval prior to publication.",
     "Medical Director", "December 2025", "", "Green", "On the December agenda.",
     ["Medical Director"], "2025-12", None, "green"),
    ("HQAIC/25/07", "11/09/2025", "2025/09/06",
     "Update the Committee on mental health inpatient bed capacity and out-of-area placements, with "
     "both HSCPs contributing.",
     "Chief Officer, North Lanarkshire HSCP / Chief Officer, South Lanarkshire HSCP",
     "December 2025", "", "Green", "Joint paper in preparation.",
     ["Chief Officer, North Lanarkshire HSCP", "Chief Officer, South Lanarkshire HSCP"], "2025-12",
     None, "green"),
    ("HQAIC/25/08", "11/09/2025", "2025/09/08",
     "Review the format of the Quality Dashboard so that trends and SPC charts are presented for each "
     "acute site.\nAgree a revised template with the Committee Chair before the next meeting.",
     "Head of Quality & Patient Safety", "TBC", "", "Not started",
     "Awaiting analyst capacity.",
     ["Head of Quality & Patient Safety"], None, "TBC", "unrated"),
    ("HQAIC/25/09", "11/09/2025", "2025/09/10",
     "Write to the Scottish Government on behalf of the Committee regarding funding for delayed "
     "discharge initiatives in 2026/27.",
     "Committee Chair", "Oct-25", "", "Amber", "Draft letter with the Chief Executive for comment.",
     ["Committee Chair"], "2025-10", None, "amber"),
]


def make_lanarkshire():
    ncols = 9
    blank = [""] * ncols
    lines = [
        [LAN_TITLE] + [""] * (ncols - 1),
        ["Updated following the meeting held on 11 September 2025"] + [""] * (ncols - 1),
        blank,
        ["Action No.", "Meeting Date", "Minute Ref", "Action", "Lead(s)", "Due Date",
         "Revised Due Date", "RAG", "Progress / Comment"],
    ]
    for row in LAN_ROWS:
        lines.append(list(row[:9]))
    lines.append(blank)
    lines.append(["RAG key: Complete = action closed; Green = on track; Amber = at risk of delay or "
                  "revised date agreed; Red = overdue; Not started"] + [""] * (ncols - 1))
    lines.append(["Actions marked Complete will be removed from the log after the next meeting."]
                 + [""] * (ncols - 1))
    with open(path(LAN_NAME), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(lines)


# ---------------------------------------------------------------------------
# 7. Fairview Primary School, Ballyclare - ETI action plan (tab-separated txt)
# ---------------------------------------------------------------------------
FV_NAME = "wq-fairview-primary-school-ballyclare-eti-inspection-action-plan.txt"
FV_TITLE = ("Fairview Primary School, Ballyclare – Action Plan to address the Areas for Improvement "
            "(ETI Inspection, January 2025)")
# afi heading -> actions (ref, action, persons, success criteria, target, rag, comment,
#                         exp lead, exp end, exp end_text, exp status)
FV_PLAN = [
    ("Area for improvement 1: To embed the use of assessment information to plan for the "
     "progression of the children’s numeracy skills across the school", [
        ("1a", "Analyse standardised numeracy assessment data (PTM) with each class teacher and "
               "identify target groups.",
         "Numeracy Co-ordinator", "Target groups identified for every class from P3 to P7.",
         "Nov 2025", "G", "Data meetings held for P3–P5.",
         ["Numeracy Co-ordinator"], "2025-11", None, "green"),
        ("1b", "Introduce half-termly planning meetings between class teachers and the Numeracy "
               "Co-ordinator to adapt planning for the identified children.",
         "Principal & Numeracy Co-ordinator", "Planning shows adaptations for target groups.",
         "Sept 2025 - June 2026", "A", "Meetings started in September; P6/P7 not yet scheduled.",
         ["Principal", "Numeracy Co-ordinator"], "2026-06", "Sept 2025 - June 2026", "amber"),
        ("1c", "Purchase, and train staff in the use of, a numeracy tracking tool in SIMS "
               "Assessment Manager.",
         "Vice-Principal", "All teachers entering and using tracking data.",
         "31/10/2025", "Achieved", "Training delivered on 6 October 2025.",
         ["Vice-Principal"], "2025-10", None, "blue"),
    ]),
    ("Area for improvement 2: To develop further the opportunities for the children to apply "
     "their literacy skills in extended writing across the curriculum", [
        ("2a", "Agree a whole-school genre map for extended writing linked to World Around Us topics.",
         "Literacy Co-ordinator", "Genre map in every teacher’s planning folder.",
         "Dec 2025", "G", "Draft shared at staff meeting.",
         ["Literacy Co-ordinator"], "2025-12", None, "green"),
        ("2b", "Model shared and guided writing in P3–P7 through peer observation and team teaching.",
         "Literacy Co-ordinator; P5 teacher (Mrs J Kerr)",
         "Observations show consistent modelling of writing.",
         "March 2026", "R", "Substitute cover not available in the autumn term.",
         ["Literacy Co-ordinator", "P5 teacher (Mrs J Kerr)"], "2026-03", None, "red"),
        ("2c", "Moderate samples of extended writing across the key stages twice yearly and report "
               "the outcomes to governors.",
         "Principal", "Moderation report to Board of Governors.",
         "June 2026", "", "",
         ["Principal"], "2026-06", None, "unrated"),
    ]),
    ("Area for improvement 3: To review the arrangements for the supervision of the children at the "
     "start and end of the school day", [
        ("3a", "Update the Pastoral Care and Child Protection policies to set out the supervision "
               "arrangements for morning drop-off and after-school collection.",
         "Designated Teacher for Child Protection", "Policies ratified by the Board of Governors.",
         "30/09/2025", "Achieved", "Ratified 23 September 2025.",
         ["Designated Teacher for Child Protection"], "2025-09", None, "blue"),
        ("3b", "Communicate the revised arrangements to parents through the school app and newsletter.",
         "Principal", "Parents informed; no supervision concerns logged.",
         "Oct 2025", "G", "App message sent; October newsletter to follow.",
         ["Principal"], "2025-10", None, "green"),
    ]),
]


def make_fairview():
    hdr = ["Ref", "Action", "Person(s) responsible", "Success criteria", "Target date",
           "Progress (RAG)", "Comments"]
    n = len(hdr)
    out = [[FV_TITLE] + [""] * (n - 1),
           ["Shared with the Board of Governors: 25 March 2025. Reviewed: December 2025."] + [""] * (n - 1),
           [""] * n, hdr]
    for afi, actions in FV_PLAN:
        out.append([afi] + [""] * (n - 1))
        for a in actions:
            out.append(list(a[:7]))
    out.append([""] * n)
    out.append(["RAG: G = on track; A = some progress; R = behind schedule; Achieved = completed; "
                "blank = not yet started"] + [""] * (n - 1))
    with open(path(FV_NAME), "w", encoding="utf-8", newline="") as fh:
        for row in out:
            fh.write("\t".join(row) + "\r\n")


def main():
    make_shetland()
    make_belfast()
    typo_row = make_cav()
    make_cwmbran()
    make_penrhyncoch()
    make_lanarkshire()
    make_fairview()
    print("Cardiff and Vale typo row:", typo_row)


if __name__ == "__main__":
    main()
