"""Build the seven ku2- test files of set heldout341.

Run with: /work/main/.venv/bin/python ku2_make.py
Writes the seven data files next to this script. Each action tuple below ends with
the reading a person makes of it (lead list, end month, end text, status); those
trailing fields are not written into the data files.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "B": "FF0070C0",  # blue
    "G": "FF00B050",  # green
    "A": "FFFFC000",  # amber
    "R": "FFFF0000",  # red
    "GREY": "FFBFBFBF",
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hex_):
    return PatternFill(fill_type="solid", fgColor=hex_, bgColor=hex_)


# ---------------------------------------------------------------------------
# 1. City of York Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
YORK_TITLE = "Adult Social Care CQC Assessment Improvement Plan 2025/26"
YORK = [
    ("Theme 1: Working with people", [
        ("QS1 Assessing needs: people wait too long for Care Act assessments and reviews, and waiting lists are not consistently risk-managed", [
            # ref, action, lead cell, original, revised, progress, prev, cur, || lead list, end, end_text, status
            ("1.1", "Introduce a single risk-rated waiting list for Care Act assessments across all adult social care teams, with weekly oversight by team managers.",
             "Head of Adult Social Care Operations", D(2025, 3, 31), D(2025, 6, 30),
             "Waiting list live in Mosaic from 2 June 2025; weekly risk huddles in place in all four locality teams.", "A", "B",
             ["Head of Adult Social Care Operations"], "2025-06", None, "blue"),
            ("1.2", "Commission additional assessment capacity to clear reviews that are more than 12 months overdue.",
             "Head of Adult Social Care Operations / Principal Occupational Therapist", D(2025, 9, 30), None,
             "Agency review team in place since July; overdue reviews down from 1,140 to 610.", "A", "G",
             ["Head of Adult Social Care Operations", "Principal Occupational Therapist"], "2025-09", None, "green"),
        ]),
        ("QS3 Equity in experience and outcomes: the council does not routinely use equalities data to understand who is not accessing care and support", [
            ("1.3", "Add protected characteristics to the ASC performance dashboard and report take-up of services by ward and ethnicity to the ASC Improvement Board each quarter.",
             "Business Intelligence Manager; Head of Commissioning", D(2025, 12, 31), None,
             "Dashboard fields built; first quarterly report due to the Board in December.", "G", "G",
             ["Business Intelligence Manager", "Head of Commissioning"], "2025-12", None, "green"),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("QS4 Care provision, integration and continuity: there is not enough home care in rural wards and people with complex needs are often placed out of area", [
            ("2.1", "Re-procure the home care framework on a zoned basis with an enhanced hourly rate for rural zones.",
             "Head of Commissioning", D(2025, 4, 1), D(2025, 10, 1),
             "Contract award delayed by the standstill period. Zones 1-4 mobilised; zone 5 (rural east) from 1 October 2025.", "R", "A",
             ["Head of Commissioning"], "2025-10", None, "amber"),
            ("2.2", "Develop a supported living scheme at Burnholme for up to 12 adults with learning disabilities and complex needs.",
             "Strategic Commissioning Manager (Learning Disabilities)", "March 2026", None,
             "Planning consent granted; provider engagement event held 9 October.", "A", "A",
             ["Strategic Commissioning Manager (Learning Disabilities)"], "2026-03", None, "amber"),
        ]),
        ("QS5 Partnerships and communities: unpaid carers are not always offered a carer's assessment and do not know what support is available", [
            ("2.3", "Refresh the York Carers Strategy with York Carers Centre and carers with lived experience, and publish a delivery plan.",
             "Head of Prevention and Communities / York Carers Centre", D(2025, 9, 30), None,
             "Strategy co-produced and approved by the Executive on 18 September 2025.", "G", "B",
             ["Head of Prevention and Communities", "York Carers Centre"], "2025-09", None, "blue"),
        ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("QS6 Safe systems, pathways and transitions: planning for young people moving from children's services starts too late", [
            ("3.1", "Implement a Preparing for Adulthood pathway from age 14, with a joint transitions panel chaired by adult and children's social care.",
             "Head of All Age Disability Service", D(2026, 1, 31), None,
             "Pathway agreed; joint panel meeting monthly since September.", "A", "G",
             ["Head of All Age Disability Service"], "2026-01", None, "green"),
        ]),
        ("QS7 Safeguarding: the voice of the person is not consistently recorded in section 42 enquiries", [
            ("3.2", "Audit 40 safeguarding enquiries each quarter against Making Safeguarding Personal and report the findings to the York Safeguarding Adults Board.",
             "Principal Social Worker", "Quarterly", None,
             "Q2 audit completed: 78% of enquiries recorded the person's desired outcomes (Q1: 61%).", "G", "G",
             ["Principal Social Worker"], None, "Quarterly", "green"),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("QS8 Governance, management and sustainability: oversight of the improvement work is not yet joined up", [
            ("4.1", "Establish an ASC Improvement Board chaired by the Chief Operating Officer, with lived-experience members, to oversee this plan.",
             "Director of Adult Social Care and Integration", D(2025, 2, 28), None,
             "Board established February 2025 and meets monthly.", "B", "B",
             ["Director of Adult Social Care and Integration"], "2025-02", None, "blue"),
        ]),
        ("QS9 Learning, improvement and innovation: the practice quality assurance framework is not embedded", [
            ("4.2", "Introduce a practice quality assurance framework with monthly case audits and an annual practice week.",
             "Principal Social Worker\nWorkforce Development Manager", D(2026, 3, 31), None,
             "New action added after the CQC report; scoping in November 2025.", None, None,
             ["Principal Social Worker", "Workforce Development Manager"], "2026-03", None, "unrated"),
        ]),
    ]),
]


def build_york(path):
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = YORK_TITLE
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = "City of York Council – Adult Social Care and Integration"
    cover["A2"].font = Font(size=12)
    cover["A4"] = "CQC overall rating: Requires improvement (report published 14 March 2025)"
    cover["A5"] = "Plan owner: Director of Adult Social Care and Integration"
    cover["A6"] = "Governance: ASC Improvement Board (monthly); Health, Housing and Adult Social Care Policy and Scrutiny Committee (quarterly)"
    cover["A8"] = "Document control"
    cover["A8"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Changes"),
            ("0.1", D(2025, 3, 28), "ASC Improvement Lead", "First draft following CQC report"),
            ("1.0", D(2025, 4, 22), "ASC Improvement Lead", "Approved by the Executive Member for Health and Adult Social Care"),
            ("1.4", D(2025, 10, 31), "ASC Improvement Lead", "October progress update; action 4.2 added")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cover.cell(row=9 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
                c.fill = solid("FFD9E1F2")
    for col, w in zip("ABCD", (12, 14, 24, 60)):
        cover.column_dimensions[col].width = w

    # Summary sheet
    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress – position at 31 October 2025"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["Theme", "Blue (complete)", "Green", "Amber", "Red", "Not rated", "Total"]
    for j, h in enumerate(hdr):
        c = summ.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    tot = [0] * 6
    r = 4
    for theme, areas in YORK:
        counts = {"B": 0, "G": 0, "A": 0, "R": 0, None: 0}
        for _, acts in areas:
            for a in acts:
                counts[a[7]] += 1
        vals = [counts["B"], counts["G"], counts["A"], counts["R"], counts[None]]
        vals.append(sum(vals))
        summ.cell(row=r, column=1, value=theme).border = BOX
        for j, v in enumerate(vals):
            summ.cell(row=r, column=2 + j, value=v).border = BOX
            tot[j] += v
        r += 1
    summ.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        c = summ.cell(row=r, column=2 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    summ.column_dimensions["A"].width = 44

    # Plan sheet
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = YORK_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "City of York Council | Progress position: 31 October 2025"
    ws["A3"] = "RAG key: B = Complete   G = On track   A = Some slippage / at risk   R = Off track   (blank = not yet rated)"
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "Action", "Lead officer(s)", "Original target date", "Revised target date",
               "Progress update (October 2025)", "Previous RAG (July)", "Current RAG (October)"]
    for j, h in enumerate(headers):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = solid("FF1F3864")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for theme, areas in YORK:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, size=12, color="FFFFFFFF")
        for j in range(1, 9):
            ws.cell(row=r, column=j).fill = solid("FF2F5597")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for area, acts in areas:
            c = ws.cell(row=r, column=1, value=area)
            c.font = Font(bold=True)
            c.alignment = WRAP
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = solid("FFDDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 30
            r += 1
            for a in acts:
                ref, text, lead, orig, rev, prog, prev, cur = a[:8]
                vals = [ref, text, lead, orig, rev, prog, prev, cur]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for col, rag in ((7, prev), (8, cur)):
                    if rag:
                        ws.cell(row=r, column=col).fill = solid(FILL[rag])
                        ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
    ws.cell(row=r + 1, column=1, value="Note: actions rated Blue at two consecutive Board meetings are closed and moved to the completed log.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (7, 60, 30, 13, 13, 50, 11, 11)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.active = 2
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. London Borough of Sutton - RSH consumer standards housing improvement plan (xlsx)
# ---------------------------------------------------------------------------
SUTTON_TITLE = "Housing Improvement Plan – Regulator of Social Housing Consumer Standards"
SUTTON = [
    ("Safety and Quality Standard", [
        ("The council could not evidence that all fire risk assessments were in date, and over 1,200 remedial fire safety actions were overdue.", [
            # ref, action, lead cell, supporting, target, update, fill || lead list, end, end_text, status
            ("SQ1", "Complete all outstanding fire risk assessments for the 96 blocks with communal areas and record them in the compliance system.",
             "Building Safety Manager", "Compliance Data Officer", D(2025, 3, 31),
             "All 96 FRAs in date at 28/02/2025; assurance checked by internal audit.", "B",
             ["Building Safety Manager"], "2025-03", None, "blue"),
            ("SQ2", "Clear the backlog of remedial fire safety actions, prioritising those rated high risk in the FRA.",
             "Building Safety Manager / Head of Repairs and Maintenance", "", D(2025, 9, 30),
             "1,214 overdue actions reduced to 86; all remaining actions are medium risk. Target date missed – revised plan to Housing Improvement Board in February.", "R",
             ["Building Safety Manager", "Head of Repairs and Maintenance"], "2025-09", None, "red"),
        ]),
        ("The council does not have up-to-date stock condition data for around 40% of its homes, so cannot be assured that homes meet the Decent Homes Standard.", [
            ("SQ3", "Commission a 100% stock condition survey over two years, including HHSRS assessments of every home.",
             "Head of Asset Management", "", "Q4 2026/27",
             "Contractor appointed; 2,310 of 6,100 homes surveyed.", "G",
             ["Head of Asset Management"], "2027-03", None, "green"),
            ("SQ4", "Introduce a damp and mould case management process with a 10 working day inspection standard and monthly reporting to the Housing Improvement Board.",
             "Head of Repairs and Maintenance", "Damp and Mould Lead", "By 31 October 2025",
             "Process live; 94% of inspections within 10 working days in December.", "B",
             ["Head of Repairs and Maintenance"], "2025-10", None, "blue"),
        ]),
    ]),
    ("Transparency, Influence and Accountability Standard", [
        ("Tenant Satisfaction Measures for 2023/24 were not published in full, and tenants have limited opportunity to scrutinise the council's performance as a landlord.", [
            ("TIA1", "Publish the full set of 2024/25 Tenant Satisfaction Measures on the council website and in the tenants' annual report.",
             "Mensah, Kofi", "", D(2025, 6, 30),
             "Published 27 June 2025.", "B",
             ["Mensah, Kofi"], "2025-06", None, "blue"),
            ("TIA2", "Set up a Tenant Scrutiny Panel, with training from TPAS, and agree its first two scrutiny reviews.",
             "Tenant Engagement Manager", "Mensah, Kofi", D(2026, 1, 31),
             "Nine tenants recruited; training completed. First review topic (repairs communication) agreed.", "G",
             ["Tenant Engagement Manager"], "2026-01", None, "green"),
        ]),
    ]),
    ("Neighbourhood and Community Standard", [
        (None, [
            ("NC1", "Agree a joint anti-social behaviour protocol with the Metropolitan Police and the council's Community Safety team.",
             "Area Housing Manager (North) / Community Safety Manager", "", "Ongoing – reviewed quarterly",
             "Draft protocol with the Safer Neighbourhood Board for comment.", "G",
             ["Area Housing Manager (North)", "Community Safety Manager"], None, "Ongoing – reviewed quarterly", "green"),
        ]),
    ]),
    ("Tenancy Standard", [
        ("The council does not hold complete information about tenants' diverse needs, including disability and vulnerability, to tailor its services.", [
            ("T1", "Run a tenancy audit visit programme to collect household and vulnerability data for every tenancy, starting with sheltered schemes.",
             "Tenancy Services Manager", "", "Q1 2026/27",
             "Not yet started – programme begins April 2026.", "GREY",
             ["Tenancy Services Manager"], "2026-06", None, "unrated"),
            ("T2", "Record vulnerability flags in the housing management system and share them with repairs contractors where the tenant consents.",
             "Housing Systems Manager\nTenancy Services Manager", "", D(2026, 3, 31),
             "System change specified; data sharing agreement with contractors awaiting legal sign-off.", "A",
             ["Housing Systems Manager", "Tenancy Services Manager"], "2026-03", None, "amber"),
        ]),
    ]),
]


def build_sutton(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ncol = 7
    top = [("London Borough of Sutton", Font(bold=True, size=12)),
           (SUTTON_TITLE, Font(bold=True, size=15)),
           ("Regulatory judgement: C3 (published 22 January 2025)   |   Progress position: January 2026", Font(size=11)),
           ("Plan owner: Strategic Director of Housing   |   Reported to: Housing Improvement Board and Housing, Economy and Business Committee", Font(size=11))]
    for i, (t, f) in enumerate(top, start=1):
        c = ws.cell(row=i, column=1, value=t)
        c.font = f
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=ncol)
    headers = ["Ref", "Action", "Lead officer(s)", "Supporting officer", "Target date", "Update (January 2026)", "Status"]
    hr = 6
    for j, h in enumerate(headers):
        c = ws.cell(row=hr, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = solid("FFBDD7EE")
        c.border = BOX
        c.alignment = WRAP
    r = hr + 1
    for std, findings in SUTTON:
        c = ws.cell(row=r, column=1, value=std)
        c.font = Font(bold=True, size=12, color="FFFFFFFF")
        for j in range(1, ncol + 1):
            ws.cell(row=r, column=j).fill = solid("FF385723")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for finding, acts in findings:
            if finding:
                c = ws.cell(row=r, column=1, value=finding)
                c.font = Font(italic=True)
                c.alignment = WRAP
                for j in range(1, ncol + 1):
                    ws.cell(row=r, column=j).fill = solid("FFE2EFDA")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
                ws.row_dimensions[r].height = 30
                r += 1
            for a in acts:
                ref, text, lead, supp, target, upd, fill = a[:7]
                vals = [ref, text, lead, supp, target, upd, None]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                ws.cell(row=r, column=7).fill = solid(FILL[fill])
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    for fill, label in (("B", "Complete"), ("G", "On track"), ("A", "At risk of delay"), ("R", "Overdue"), ("GREY", "Not yet started")):
        ws.cell(row=r, column=1).fill = solid(FILL[fill])
        ws.cell(row=r, column=1).border = BOX
        ws.cell(row=r, column=2, value=label)
        r += 1
    for col, w in zip("ABCDEFG", (8, 58, 30, 22, 16, 52, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    tsm = wb.create_sheet("TSM baseline")
    tsm["A1"] = "Tenant Satisfaction Measures – 2024/25 outturn (used as the plan's baseline)"
    tsm["A1"].font = Font(bold=True)
    rows = [("Measure", "Description", "2024/25", "Target 2025/26"),
            ("TP01", "Overall satisfaction", "61.2%", "68%"),
            ("TP02", "Satisfaction with repairs", "64.0%", "70%"),
            ("TP05", "Home is well maintained", "58.7%", "65%"),
            ("BS01", "Gas safety checks", "99.6%", "100%"),
            ("BS02", "Fire safety checks", "91.7%", "100%"),
            ("RP01", "Homes that do not meet the Decent Homes Standard", "14.3%", "10%")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = tsm.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    tsm.column_dimensions["B"].width = 50
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. London Borough of Merton - corporate risk register Q3 2025/26 (xlsx, refuse)
# ---------------------------------------------------------------------------
MERTON_TITLE = "Corporate Risk Register – Quarter 3 2025/26"
MERTON = [
    ("CRR01", "Financial resilience",
     "Cause: rising demand for adult social care, SEND transport and temporary accommodation, and uncertainty over the fair funding review. Event: the council cannot set a balanced budget for 2026/27 without using reserves. Effect: section 114 risk, reduced services.",
     "Executive Director of Finance and Digital", "5 x 5 = 25", "4 x 5 = 20", "3 x 4 = 12", "↔",
     [("Deliver the 2026/27 savings programme of £9.8m, with monthly tracking by the Corporate Management Team.",
       "Executive Director of Finance and Digital", D(2026, 3, 31), "£6.1m of savings agreed by Cabinet; £3.7m still to be identified."),
      ("Review the capital programme to reduce borrowing costs, deferring schemes not yet contracted.",
       "Assistant Director of Resources", D(2026, 2, 28), "Review under way; report to Cabinet in February."),
      ("Make representations to MHCLG through London Councils on the fair funding review and its impact on outer London boroughs.",
       "Chief Executive", "Ongoing", "Response to the consultation submitted in August.")]),
    ("CRR02", "Temporary accommodation demand",
     "Cause: homelessness approaches up 22% year on year and a shortage of affordable private rented homes. Event: nightly-paid accommodation use continues to grow. Effect: overspend and families placed out of borough.",
     "Executive Director of Housing and Sustainable Development", "5 x 4 = 20", "5 x 4 = 20", "3 x 3 = 9", "↑",
     [("Acquire 60 additional homes through the Temporary Accommodation Acquisition Programme.",
       "Head of Housing Needs and Strategy", "31 March 2027", "24 homes completed; a further 11 under offer."),
      ("Introduce a prevention-first triage at the Civic Centre housing hub.",
       "Head of Housing Needs and Strategy", "Jnue 2026", "Triage model designed with Shelter; recruitment of two prevention officers in progress.")]),
    ("CRR03", "Cyber security",
     "Cause: increasing ransomware attacks on local government and legacy on-premises systems. Event: a successful cyber attack. Effect: loss of systems and data, service disruption and fines.",
     "Executive Director of Finance and Digital", "4 x 5 = 20", "3 x 5 = 15", "2 x 5 = 10", "↔",
     [("Complete migration of the remaining on-premises servers to the cloud and decommission the legacy data centre.",
       "Head of IT Service Delivery", D(2026, 9, 30), "58 of 74 servers migrated."),
      ("Run a cyber incident exercise with the Corporate Management Team.",
       "Head of Information Governance / Head of IT Service Delivery", "Q4 2025/26", "Exercise booked with the LGA for March.")]),
    ("CRR04", "Workforce capacity",
     "Cause: national shortages of social workers, occupational therapists and planners. Event: the council cannot recruit and retain enough qualified staff. Effect: reliance on agency staff, higher costs and slower services.",
     "Director of People", "4 x 4 = 16", "4 x 3 = 12", "3 x 3 = 9", "↓",
     [("Launch a recruitment campaign for social workers and occupational therapists, with a market supplement for hard-to-fill posts.",
       "Director of People", D(2026, 4, 30), "Campaign approved; market supplement agreed by the Appointments Committee."),
      ("Roll out the Merton leadership development programme to all third-tier managers.",
       "Director of People", D(2026, 9, 30), "Cohort 1 (22 managers) started in November.")]),
]


def build_merton(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "London Borough of Merton"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A2"] = MERTON_TITLE
    cov["A2"].font = Font(bold=True, size=15)
    cov["A3"] = "Reported to: Standards and General Purposes Committee, 5 February 2026"
    cov["A5"] = "Risk scoring"
    cov["A5"].font = Font(bold=True)
    cov["A6"] = "Score = Likelihood x Impact, each scored 1 to 5."
    for i, (band, label, fill) in enumerate((("15 – 25", "High", "R"), ("8 – 12", "Medium", "A"), ("1 – 6", "Low", "G"))):
        cov.cell(row=7 + i, column=1, value=band).fill = solid(FILL[fill])
        cov.cell(row=7 + i, column=2, value=label)
    cov["A11"] = "Direction of travel: ↑ risk increasing   ↔ no change   ↓ risk reducing (compared with Q2)"
    cov.column_dimensions["A"].width = 20

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "London Borough of Merton – " + MERTON_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Risks are listed by risk reference. Only further mitigating actions still to be completed are shown."
    ws["A2"].font = Font(italic=True)
    headers = ["Risk ref", "Risk title", "Risk description (cause, event, effect)", "Risk owner",
               "Inherent score", "Current score", "Target score", "Direction of travel",
               "Further mitigating actions", "Action owner", "Due date", "Progress (Q3)"]
    for j, h in enumerate(headers):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = solid("FF44546A")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for ref, title, desc, owner, inh, cur, tgt, dot, acts in MERTON:
        start = r
        for a_text, a_owner, due, prog in acts:
            for j, v in enumerate((a_text, a_owner, due, prog)):
                c = ws.cell(row=r, column=9 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            r += 1
        for j, v in enumerate((ref, title, desc, owner, inh, cur, tgt, dot)):
            c = ws.cell(row=start, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1 + j, end_row=r - 1, end_column=1 + j)
        score = int(cur.split("=")[1])
        ws.cell(row=start, column=6).fill = solid(FILL["R"] if score >= 15 else FILL["A"] if score >= 8 else FILL["G"])
    for col, w in zip("ABCDEFGHIJKL", (8, 18, 48, 26, 10, 10, 10, 9, 50, 28, 13, 40)):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Torfaen CBC - Audit Wales digital strategy review organisational response (docx)
# ---------------------------------------------------------------------------
TORFAEN_TITLE = "Audit Wales Digital Strategy Review – Organisational Response and Action Plan"
TORFAEN = [
    ("R1 The Council should set out the short-, medium- and long-term outcomes and intended benefits of its Digital Strategy, so that it can show how digital contributes to its well-being objectives.", [
        # no, action, officer cell, date cell, status || lead list, end, end_text, status
        ("1.1", "Develop an outcomes and benefits framework for the Digital Strategy, mapped to the Council's well-being objectives.",
         "Chief Digital Officer", "March 2024", "Complete",
         ["Chief Digital Officer"], "2024-03", None, "blue"),
        ("1.2", "Add benefits realisation measures to every digital project business case.",
         "Chief Digital Officer / Head of Performance and Strategy", "31/07/2024", "Complete",
         ["Chief Digital Officer", "Head of Performance and Strategy"], "2024-07", None, "blue"),
        ("1.3", "Report progress against the outcomes framework to the Digital Transformation Board and to Cabinet.",
         "Head of Performance and Strategy", "Annually", "Green",
         ["Head of Performance and Strategy"], None, "Annually", "green"),
    ]),
    ("R2 The Council should cost its digital ambitions and match them to the resources available in its Medium Term Financial Plan.", [
        ("2.1", "Produce a costed five-year digital investment plan and include it in the Medium Term Financial Plan.",
         "Head of Finance (Section 151 Officer)", "September 2024 – February 2025", "Amber",
         ["Head of Finance (Section 151 Officer)"], "2025-02", None, "amber"),
        ("2.2", "Review the revenue implications of cloud licences and build them into service budgets.",
         "Chief Digital Officer; Strategic Finance Business Partner", "Q2 2024/25", "Green",
         ["Chief Digital Officer", "Strategic Finance Business Partner"], "2024-09", None, "green"),
    ]),
    ("R3 The Council should involve residents and people who use its services in designing its digital services, and should assess the impact on people who are digitally excluded.", [
        ("3.1", "Set up a residents' digital panel and test new online services with panel members before launch.",
         "Customer Services Manager", "December 2024", "Red",
         ["Customer Services Manager"], "2024-12", None, "red"),
        ("3.2", "Include a digital inclusion assessment in the Integrated Impact Assessment for every digital change.",
         "Equalities and Engagement Officer", "30/06/2024", "Complete",
         ["Equalities and Engagement Officer"], "2024-06", None, "blue"),
    ]),
    ("R4 The Council should strengthen how it monitors the value for money of its digital projects after they are implemented.", [
        ("4.1", "Introduce post-implementation reviews for all digital projects over £50,000, reported to the Governance and Audit Committee.",
         "Digital Transformation Programme Board", "By end of March 2025", "Not started",
         ["Digital Transformation Programme Board"], "2025-03", None, "unrated"),
    ]),
]

SHADE = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Not started": None}


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            run.add_break()


def build_torfaen(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Torfaen County Borough Council")
    r.bold = True
    r.font.size = Pt(12)
    d.add_heading(TORFAEN_TITLE, level=1)
    d.add_paragraph("Report: Digital Strategy Review – Torfaen County Borough Council (Audit Wales, November 2023, document reference 3869A2023)")
    d.add_paragraph("Position at: October 2024   |   Reported to: Governance and Audit Committee")

    d.add_paragraph().add_run("Document control").bold = True
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Comment"),
                             ("1.0", "19/01/2024", "Chief Digital Officer", "Organisational response agreed by the Leadership Team"),
                             ("1.1", "11/04/2024", "Performance Officer", "Six-month update"),
                             ("1.2", "14/10/2024", "Performance Officer", "Twelve-month update")]):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, bold=(i == 0))

    d.add_paragraph(
        "Audit Wales made four recommendations. The Council accepted all four and agreed the actions below. "
        "Status key: Complete – action finished; Green – on track; Amber – some delay, revised date agreed; "
        "Red – significant delay; Not started.")

    for rec, acts in TORFAEN:
        d.add_paragraph()
        p = d.add_paragraph()
        run = p.add_run(rec)
        run.bold = True
        t = d.add_table(rows=1 + len(acts), cols=5)
        t.style = "Table Grid"
        for j, h in enumerate(("No.", "Planned action", "Responsible officer (title)", "Completion date", "Status")):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9D9D9")
        for i, a in enumerate(acts, start=1):
            no, text, officer, date, status = a[:5]
            for j, v in enumerate((no, text, officer, date, status)):
                set_cell(t.rows[i].cells[j], v)
            if SHADE[status]:
                shade(t.rows[i].cells[4], SHADE[status])
        for row in t.rows:
            for j, w in enumerate((Cm(1.2), Cm(7.5), Cm(4.0), Cm(3.0), Cm(2.0))):
                row.cells[j].width = w

    d.add_paragraph()
    d.add_paragraph().add_run("Sign-off").bold = True
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Role", "Name", "Date"),
                             ("Chief Executive", "(signed)", "19/01/2024"),
                             ("Chair, Governance and Audit Committee", "(signed)", "25/01/2024")]):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, bold=(i == 0))
    d.save(path)


# ---------------------------------------------------------------------------
# 5. Newport Adult Learning Partnership - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
NEWPORT_TITLE = "Post-Inspection Action Plan (PIAP)"
NEWPORT = [
    ("R1: Strengthen self-evaluation and improvement planning so that leaders have an accurate view of the quality of provision across all partners", [
        # action, lead, timescale, success criteria, monitoring, rag || lead list, end, end_text, status
        ("Agree a single self-evaluation calendar and quality framework for all partners, including learner voice.",
         "ALP Manager", "Autumn term 2024", "All partners contribute to one self-assessment report.", "Partnership Board minutes", "B",
         ["ALP Manager"], "2024-12", None, "blue"),
        ("Introduce termly quality review meetings with each delivery partner, using a shared data set.",
         "ALP Manager; Coleg Gwent Curriculum Manager", "Termly", "Review notes show actions followed up.", "Quality review notes", "G",
         ["ALP Manager", "Coleg Gwent Curriculum Manager"], None, "Termly", "green"),
        ("Write a three-year partnership improvement plan with measurable targets linked to the self-assessment report.",
         "Partnership Quality Lead", "By end of March 2025", "Plan approved by the Partnership Board.", "Board approval", "B",
         ["Partnership Quality Lead"], "2025-03", None, "blue"),
    ]),
    ("R2: Improve the consistency of teaching so that all tutors plan learning that builds on learners' starting points", [
        ("Carry out a programme of joint lesson observations and learning walks across community venues.",
         "Rhian Hale and Owen Price", "Sept 2024 – July 2025", "90% of sessions judged good or better.", "Observation records", "A",
         ["Rhian Hale", "Owen Price"], "2025-07", None, "amber"),
        ("Provide professional learning for sessional tutors on initial assessment and individual learning plans.",
         "Partnership Quality Lead", "Summer term 2025", "All sessional tutors attend; ILPs sampled show targets.", "Training register; ILP sample", "G",
         ["Partnership Quality Lead"], "2025-07", None, "green"),
    ]),
    ("R3: Increase the range of Welsh-medium and bilingual learning opportunities", [
        ("Work with Learn Welsh Gwent to offer taster sessions in Welsh at four community hubs.",
         "Welsh Language Officer", "Autumn term 2024", "Four hubs offer Welsh taster sessions.", "Course timetable", "B",
         ["Welsh Language Officer"], "2024-12", None, "blue"),
        ("Recruit and train two bilingual tutors for essential skills courses.",
         "ALP Manager", "31/08/2025", "Two bilingual tutors in post.", "HR records", "R",
         ["ALP Manager"], "2025-08", None, "red"),
    ]),
    ("R4: Improve the use of data to track learners' progression into further learning and employment", [
        ("Introduce a destination survey for all learners at the end of their course and at three months.",
         "Data and Information Officer", "January 2025", "Response rate of at least 40%.", "Survey returns", "B",
         ["Data and Information Officer"], "2025-01", None, "blue"),
        ("Report progression data by course and venue to the Partnership Board twice a year.",
         "Data and Information Officer / ALP Manager", "July 2025", "Board receives two progression reports.", "Board papers", "G",
         ["Data and Information Officer", "ALP Manager"], "2025-07", None, "green"),
    ]),
]


def build_newport(path):
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Newport Adult Learning Partnership")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(NEWPORT_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    p = d.add_paragraph("Estyn inspection: March 2024   |   Report published: May 2024   |   Progress review: July 2025")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.add_paragraph("Partners: Newport City Council Adult and Community Learning, Coleg Gwent, Adult Learning Wales, Learn Welsh Gwent.")
    d.add_paragraph("Estyn made four recommendations:")
    for rec, _ in NEWPORT:
        d.add_paragraph(rec, style="List Bullet")

    d.add_paragraph().add_run("RAG key").bold = True
    k = d.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (hex_, label) in enumerate((("0070C0", "Complete"), ("00B050", "On track"),
                                       ("FFC000", "Some slippage"), ("FF0000", "Off track"))):
        shade(k.rows[i].cells[0], hex_)
        set_cell(k.rows[i].cells[1], label)
    d.add_paragraph()

    cols = ("Action", "Lead", "Timescale", "Success criteria", "Monitoring / evidence", "RAG (July 2025)")
    nrows = 1 + sum(1 + len(a) for _, a in NEWPORT)
    t = d.add_table(rows=nrows, cols=len(cols))
    t.style = "Table Grid"
    for j, h in enumerate(cols):
        set_cell(t.rows[0].cells[j], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[j], "1F4E79")
    i = 1
    for rec, acts in NEWPORT:
        row = t.rows[i]
        m = row.cells[0].merge(row.cells[len(cols) - 1])
        set_cell(m, rec, bold=True)
        shade(m, "DEEAF6")
        i += 1
        for a in acts:
            text, lead, when, crit, mon, rag = a[:6]
            row = t.rows[i]
            for j, v in enumerate((text, lead, when, crit, mon)):
                set_cell(row.cells[j], v)
            row.cells[5].text = ""
            shade(row.cells[5], {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}[rag])
            i += 1
    for row in t.rows:
        for j, w in enumerate((Cm(8.5), Cm(4.0), Cm(3.2), Cm(5.0), Cm(3.5), Cm(2.0))):
            row.cells[j].width = w
    d.add_paragraph()
    d.add_paragraph("Progress against this plan is reported to the Partnership Board each term and to Newport City Council's Education Scrutiny Committee.")
    d.save(path)


# ---------------------------------------------------------------------------
# 6. Devon & Cornwall Police / OPCC - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
DC_TITLE = "Joint Audit Committee – Internal Audit Recommendations Tracker"
DEVCORN = [
    ("2024/25 Fleet Management – Limited assurance", [
        # ref, priority, recommendation, agreed action, owner, orig, revised, rag, update || lead list, end, end_text, status
        ("FM-01", "1", "Fuel card transactions should be reconciled to vehicle mileage every month and exceptions investigated.",
         "Introduce a monthly reconciliation of fuel card transactions to telematics mileage, with exceptions reported to the Head of Estates and Fleet.",
         "Fleet Manager", "31/03/2025", "30/06/2025", "B", "Reconciliation in place since June 2025; verified by internal audit in October.",
         ["Fleet Manager"], "2025-06", None, "blue"),
        ("FM-02", "2", "Pool vehicle keys should be held in electronic key safes at all sites.",
         "Install electronic key safes at the four remaining sites (Camborne, Bodmin, Barnstaple and Torquay) and withdraw the manual key logs.",
         "Fleet Manager / Estates Project Manager", "30/09/2025", "31/01/2026", "A", "Key safes installed at Camborne and Bodmin; remaining two sites delayed by building works.",
         ["Fleet Manager", "Estates Project Manager"], "2026-01", None, "amber"),
    ]),
    ("2024/25 Seized Property – Reasonable assurance", [
        ("SP-01", "2", "A full stock check of high-value seized property should be completed and reconciled to the property system.",
         "Complete a full stock check of high-value seized property at the Exeter store and reconcile it to the property system.",
         "Property Services Manager", "31/05/2025", "", "B", "Stock check completed May 2025; 3 discrepancies resolved.",
         ["Property Services Manager"], "2025-05", None, "blue"),
        ("SP-02", "2", "The retention and disposal procedure should be updated and disposals authorised by a supervisor.",
         "1. Update the retention and disposal procedure.\n2. Brief all property officers on the updated procedure.\n3. Add disposal authorisation to the monthly management check.",
         "Property Services Manager", "31/12/2025", "", "G", "Procedure updated; briefings arranged for December.",
         ["Property Services Manager"], "2025-12", None, "green"),
    ]),
    ("2025/26 Cyber Security: Patch Management – Limited assurance", [
        ("CY-01", "1", "Critical security patches should be applied to servers within 14 days of release.",
         "Apply critical security patches to servers within 14 days of release and report compliance monthly to the Information Assurance Board.",
         "Head of ICT / Information Security Manager", "30/09/2025", "31/12/2025", "A", "Compliance 88% in October (target 100%). Revised date agreed with the Chief Constable's Chief Finance Officer.",
         ["Head of ICT", "Information Security Manager"], "2025-12", None, "amber"),
        ("CY-02", "1", "End-of-life server operating systems should be removed or isolated from the network.",
         "Remove or isolate the 37 end-of-life Windows Server 2012 devices identified by the audit.",
         "Head of ICT", "31/03/2026", "", "G", "21 devices decommissioned; 16 remaining are isolated.",
         ["Head of ICT"], "2026-03", None, "green"),
    ]),
    ("2025/26 OPCC Commissioning and Grants – Reasonable assurance", [
        ("OP-01", "2", "Grant recipients should be monitored against agreed outcomes.",
         "Introduce a grant monitoring schedule for all awards over £10,000, with six-monthly outcome returns.",
         "Chief Finance Officer (OPCC)", "31/08/2025", "", "R", "Schedule drafted; awaiting sign-off by the OPCC Chief Executive.",
         ["Chief Finance Officer (OPCC)"], "2025-08", None, "red"),
        ("OP-02", "2", "The OPCC should publish details of the grants it awards.",
         "Publish a register of grants awarded on the OPCC website.",
         "Head of Commissioning (OPCC)", "Quarterly", "", "G", "First register published for Q2.",
         ["Head of Commissioning (OPCC)"], None, "Quarterly", "green"),
    ]),
    ("2025/26 Payroll – Substantial assurance", [
        ("PY-01", "2", "Manual payroll adjustments should be independently authorised.",
         "Require second-line authorisation for all manual payroll adjustments over £1,000.",
         "Director of People; Payroll Manager", "30/11/2025", "", "B", "Authorisation step added to the payroll system in November.",
         ["Director of People", "Payroll Manager"], "2025-11", None, "blue"),
    ]),
]


def build_devcorn(path):
    rows = [
        ["Devon & Cornwall Police and the Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly", "", "", "", "", "", "", "", ""],
        [DC_TITLE, "", "", "", "", "", "", "", ""],
        ["Position at 30 November 2025. Priority 1 and Priority 2 recommendations from internal audit (SWAP) reports.", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer", "Original due date", "Revised due date", "RAG", "Latest update"],
    ]
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for audit, acts in DEVCORN:
        rows.append([audit, "", "", "", "", "", "", "", ""])
        for a in acts:
            rows.append(list(a[:9]))
            counts[a[7]] += 1
    rows.append(["", "", "", "", "", "", "", "", ""])
    rows.append(["Summary", "B: %d" % counts["B"], "G: %d" % counts["G"], "A: %d" % counts["A"], "R: %d" % counts["R"],
                 "Total: %d" % sum(counts.values()), "", "", ""])
    rows.append(["RAG key: B = implemented and verified; G = on track for the agreed date; A = revised date agreed; R = overdue with no revised date.", "", "", "", "", "", "", "", ""])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Cumbria FRS - HMICFRS values and culture spotlight recommendations tracker (txt, TSV)
# ---------------------------------------------------------------------------
CUMBRIA_TITLE = "HMICFRS Values and Culture in Fire and Rescue Services (Spotlight Report, March 2023) – Recommendations Tracker"
CUMBRIA = [
    ("Raising concerns", [
        ("Recommendation 1: By 1 October 2023, chief fire officers should make sure their services provide a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.", [
            # action ref, action, lead, original due, revised due, status, comments || lead list, end, end_text, status
            ("1.1", "Procure an independent confidential reporting line for all Cumbria FRS staff, shared with Westmorland and Furness Council.",
             "Area Manager – People", "01/10/2023", "31/03/2024", "Complete", "Safecall contract live from 1 March 2024.",
             ["Area Manager – People"], "2024-03", None, "blue"),
            ("1.2", "Brief all watches and support teams on the whistleblowing policy and the new reporting line.",
             "Station Managers", "01/10/2023", "30/06/2024", "Complete", "Briefings recorded for 38 of 38 stations and teams.",
             ["Station Managers"], "2024-06", None, "blue"),
        ]),
        ("Recommendation 3: By 1 June 2023, chief fire officers should review the support available for those who have raised concerns and take any action needed to make sure it is suitable.", [
            ("3.1", "Review support for staff who raise concerns with staff networks and the representative bodies, and publish a support offer.",
             "Head of HR (Westmorland and Furness Council)", "01/06/2023", "30/09/2025", "Amber", "Review complete; support offer to be published after consultation with the FBU.",
             ["Head of HR (Westmorland and Furness Council)"], "2025-09", None, "amber"),
        ]),
        ("Recommendation 5: By 1 June 2023, chief fire officers should make sure they provide accessible information for all staff and members of the public on how they can raise concerns and access confidential support.", [
            ("5.1", "Publish an accessible \"Raising a concern\" page on the service website and the staff intranet.",
             "Communications Manager", "01/06/2023", "", "Complete", "Pages published June 2023 and reviewed January 2025.",
             ["Communications Manager"], "2023-06", None, "blue"),
        ]),
    ]),
    ("Background checks", [
        ("Recommendation 7: By 1 June 2023, chief fire officers should review their background check arrangements and make sure that appropriate Disclosure and Barring Service checks are carried out for all staff.", [
            ("7.1", "Complete a role-by-role review of DBS eligibility and record the level of check required for every post.",
             "AM Craig / GM Holt", "01/06/2023", "31/12/2023", "Complete", "Role review complete; 412 posts mapped.",
             ["AM Craig", "GM Holt"], "2023-12", None, "blue"),
            ("7.2", "Carry out DBS checks for all existing staff in roles identified as eligible, with rechecks every three years.",
             "Head of HR (Westmorland and Furness Council)", "31/03/2024", "31/03/2025", "Red", "86% of checks complete; remaining checks delayed by the HR system change. Escalated to the Chief Fire Officer.",
             ["Head of HR (Westmorland and Furness Council)"], "2025-03", None, "red"),
        ]),
    ]),
    ("Leadership and culture", [
        ("Recommendation 15: By 1 December 2023, chief fire officers should put in place 360-degree feedback processes for all senior leaders and managers.", [
            ("15.1", "Introduce 360-degree feedback for the Service Leadership Team and all group and station managers as part of annual appraisal.",
             "Chief Fire Officer", "01/12/2023", "31/03/2026", "On track", "SLT completed 2024; group and station managers in the 2025/26 appraisal round.",
             ["Chief Fire Officer"], "2026-03", None, "green"),
        ]),
        ("Recommendation 18: By 1 March 2024, chief fire officers should make sure that staff understand the Core Code of Ethics and how it applies to their role.", [
            ("18.1", "Embed the Core Code of Ethics in station audits and in the leadership development programme.",
             "Area Manager – People", "Ongoing", "", "On track", "Code of Ethics questions added to station audit from April 2024.",
             ["Area Manager – People"], None, "Ongoing", "green"),
        ]),
    ]),
]


def build_cumbria(path):
    lines = [
        "Westmorland and Furness Council – Cumbria Fire and Rescue Service",
        CUMBRIA_TITLE,
        "Report to: Fire and Rescue Service Oversight Board\tDate: 12 February 2025",
        "Status: Complete; On track (green); Amber – at risk of missing the due date; Red – overdue. Recommendations addressed only to national bodies (NFCC, LGA, Home Office) are not shown.",
        "",
        "\t".join(["Rec / action", "HMICFRS recommendation / service action", "Lead", "Original due", "Revised due", "Status", "Comments"]),
    ]
    counts = {}
    for theme, recs in CUMBRIA:
        lines.append("")
        lines.append(theme.upper())
        for rec, acts in recs:
            lines.append(rec)
            for a in acts:
                ref, text, lead, orig, rev, status, comm = a[:7]
                lines.append("\t".join([ref, text, lead, orig, rev, status, comm]))
                counts[status] = counts.get(status, 0) + 1
    lines.append("")
    lines.append("Summary\t" + "\t".join("%s: %d" % (k, counts.get(k, 0)) for k in ("Complete", "On track", "Amber", "Red")))
    lines.append("Prepared by the Service Assurance Team. Evidence for completed actions is held on the HMICFRS SharePoint site.")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


FILES = [
    ("ku2-city-of-york-council-asc-cqc-assessment-improvement-plan.xlsx", build_york),
    ("ku2-london-borough-of-sutton-rsh-consumer-standards-housing-improvement-plan.xlsx", build_sutton),
    ("ku2-london-borough-of-merton-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx", build_merton),
    ("ku2-torfaen-cbc-audit-wales-digital-strategy-review-organisational-response.docx", build_torfaen),
    ("ku2-newport-adult-learning-partnership-estyn-post-inspection-action-plan.docx", build_newport),
    ("ku2-devon-cornwall-police-opcc-internal-audit-recommendations-tracker.csv", build_devcorn),
    ("ku2-cumbria-frs-hmicfrs-values-culture-spotlight-recommendations-tracker.txt", build_cumbria),
]


def main():
    for name, fn in FILES:
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
