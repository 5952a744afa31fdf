#!/usr/bin/env python3
"""Build the seven le2- blind test files (set heldout351).

Run with /work/main/.venv/bin/python le2_make.py (openpyxl, python-docx).
Writes the data files next to this script; the .expected.yaml files were
written separately from the same content and checked against the built files.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "B": "0070C0",
    "G": "00B050",
    "A": "FFC000",
    "R": "FF0000",
    "NS": "D9D9D9",
}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


def boxed(ws, row, col_from, col_to):
    for c in range(col_from, col_to + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Somerset Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
SOMERSET_FILE = "le2-somerset-council-asc-cqc-assessment-improvement-plan.xlsx"
SOMERSET_TITLE = "Somerset Council Adult Social Care: CQC Assessment Improvement Plan"

# (theme, [ (afi_text, [actions...]) ])
# action: ref, action, lead, original, revised, prev, current, update
SOMERSET_PLAN = [
    ("Theme 1: Working with people", [
        ("People wait too long for Care Act assessments and reviews, particularly in the Mendip and South Somerset localities.", [
            ("1.1",
             "Introduce a single duty and triage function in each locality to screen new referrals within 5 working days and prioritise assessments by risk.",
             "Service Director – Adult Social Care Operations",
             D(2025, 12, 31), D(2026, 3, 31), "A", "A",
             "Triage live in Mendip and Sedgemoor. South Somerset and Taunton go live February; recruitment to two senior practitioner posts delayed."),
            ("1.2",
             "Commission additional assessment capacity (Trusted Assessors and agency social workers) to clear the backlog of overdue annual reviews.",
             "Head of Adult Social Care (East) / Head of Adult Social Care (West)",
             D(2026, 6, 30), None, "G", "G",
             "Backlog down from 2,140 to 1,610 overdue reviews. Trajectory on plan."),
        ]),
        ("Unpaid carers are not consistently offered a carer's assessment or told about the support available.", [
            ("1.3",
             "Refresh the carers' offer with Somerset Carers Service so every carer identified at assessment is offered a carer's assessment or referral, and record the offer in the case record.",
             "Strategic Commissioning Manager; Carers Lead",
             D(2026, 3, 31), None, "A", "G",
             "New case-recording field in place from 5 January. Carers' offer leaflet agreed with carers' reference group."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("There is a shortage of domiciliary care in rural areas of the county, leading to delays in hospital discharge and people receiving care further from home.", [
            ("2.1",
             "Launch the rural domiciliary care framework with zoned rates for Exmoor, the Quantocks and the Blackdown Hills.",
             "Head of Commissioning (Adults)",
             D(2025, 12, 31), D(2026, 4, 30), "R", "A",
             "Tender evaluation complete; contract award delayed by a challenge from one bidder. Revised go-live April 2026."),
            ("2.2",
             "Expand the Discharge to Assess bridging service so people leaving Musgrove Park and Yeovil hospitals can start care within 48 hours.",
             "Head of Integrated Discharge (joint post with Somerset NHS FT)",
             D(2026, 3, 31), None, "G", "G",
             "Bridging team increased to 24 WTE. 81% of people started care within 48 hours in December."),
        ]),
    ]),
    ("Theme 3: How Somerset ensures safety within the system", [
        ("Safeguarding enquiries are not always completed in a timely way and the outcomes people want are not consistently recorded.", [
            ("3.1",
             "Set up a central Safeguarding Adults Hub to triage concerns and complete Section 42 enquiries within the agreed timescales.",
             "Head of Safeguarding and Quality Assurance",
             D(2025, 11, 30), None, "G", "B",
             "Hub went live 3 November 2025. Action complete."),
            ("3.2",
             "Audit 40 closed enquiries each quarter against Making Safeguarding Personal, reporting results to the Somerset Safeguarding Adults Board.",
             "Principal Social Worker",
             "Quarterly", None, "G", "G",
             "Q3 audit completed: desired outcomes recorded in 72% of cases (Q2: 58%)."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Performance and quality information is not yet used consistently to understand the impact of practice on people's outcomes.", [
            ("4.1",
             "Develop an adult social care outcomes dashboard in Power BI covering waiting times, reviews, safeguarding and carers, for use at team, service and Board level.",
             "Head of ASC Policy, Performance and Assurance",
             D(2026, 2, 28), None, "A", "R",
             "Data feed from the case management system not yet signed off by ICT. Escalated to the Improvement Board."),
        ]),
        ("Co-production with people who use services and unpaid carers is not yet embedded in strategic planning.", [
            ("4.2",
             "Establish a co-production group of people with lived experience and unpaid carers to shape the Adult Social Care Strategy 2026–2029.",
             "Assistant Director – Strategy and Transformation; Co-production Lead",
             D(2026, 5, 31), None, None, "Not started",
             "Terms of reference drafted with Healthwatch Somerset; recruitment of members to start in March."),
        ]),
    ]),
]


def build_somerset(path):
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = SOMERSET_TITLE
    cover["A1"].font = Font(bold=True, size=16, color="1F3864")
    info = [
        ("Owner:", "Executive Director – Adult Social Care"),
        ("Governance:", "ASC Improvement Board (monthly); Adults and Health Scrutiny Committee (quarterly)"),
        ("Version:", "2.1"),
        ("Position as at:", D(2026, 1, 31)),
    ]
    r = 3
    for k, v in info:
        cover.cell(row=r, column=1, value=k).font = Font(bold=True)
        c = cover.cell(row=r, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
        r += 1
    r += 1
    cover.cell(row=r, column=1, value="Document control").font = Font(bold=True, size=12)
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"], start=1):
        c = cover.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
    boxed(cover, r, 1, 4)
    dc = [
        ("1.0", D(2025, 11, 10), "ASC Policy, Performance and Assurance", "First draft following CQC assessment feedback session"),
        ("2.0", D(2025, 12, 8), "ASC Policy, Performance and Assurance", "Aligned to the published CQC assessment report"),
        ("2.1", D(2026, 1, 31), "ASC Policy, Performance and Assurance", "January progress update; revised dates agreed by Improvement Board"),
    ]
    for row in dc:
        r += 1
        for i, v in enumerate(row, start=1):
            c = cover.cell(row=r, column=i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        boxed(cover, r, 1, 4)
    r += 2
    cover.cell(row=r, column=1, value="RAG key").font = Font(bold=True, size=12)
    for code, text in [("B", "Blue – Complete"), ("G", "Green – On track"),
                       ("A", "Amber – Some slippage, recoverable"),
                       ("R", "Red – Off track, escalated to the Improvement Board")]:
        r += 1
        cover.cell(row=r, column=1).fill = fill(FILL[code])
        cover.cell(row=r, column=2, value=text)
    cover.column_dimensions["A"].width = 18
    cover.column_dimensions["B"].width = 60
    cover.column_dimensions["C"].width = 38
    cover.column_dimensions["D"].width = 60

    # Summary sheet (totals block only)
    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG status – January 2026"
    summ["A1"].font = Font(bold=True, size=13)
    counts = {}
    for _, afis in SOMERSET_PLAN:
        for _, acts in afis:
            for a in acts:
                counts[a[6]] = counts.get(a[6], 0) + 1
    summ["A3"], summ["B3"] = "Status", "Number of actions"
    summ["A3"].font = summ["B3"].font = Font(bold=True)
    rr = 4
    for code, label in [("B", "Complete"), ("G", "On track"), ("A", "Some slippage"),
                        ("R", "Off track"), ("Not started", "Not started")]:
        summ.cell(row=rr, column=1, value=label)
        summ.cell(row=rr, column=2, value=counts.get(code, 0))
        if code in FILL:
            summ.cell(row=rr, column=1).fill = fill(FILL[code])
        rr += 1
    summ.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    summ.cell(row=rr, column=2, value=f"=SUM(B4:B{rr - 1})").font = Font(bold=True)
    summ.column_dimensions["A"].width = 22
    summ.column_dimensions["B"].width = 20

    # Improvement plan sheet
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "CQC Assessment Improvement Plan – progress at January 2026"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws.merge_cells("A1:I1")
    headers = ["Ref", "CQC area for improvement", "Action", "Lead officer(s)",
               "Original target date", "Revised target date",
               "Previous RAG (Dec-25)", "Current RAG (Jan-26)", "Progress update"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
    boxed(ws, 3, 1, 9)
    row = 4
    for theme, afis in SOMERSET_PLAN:
        ws.cell(row=row, column=1, value=theme).font = Font(bold=True, size=12)
        for c in range(1, 10):
            ws.cell(row=row, column=c).fill = fill("D9E1F2")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for afi, acts in afis:
            first = row
            ws.cell(row=row, column=2, value=afi)
            for (ref, action, lead, orig, rev, prev, cur, upd) in acts:
                ws.cell(row=row, column=1, value=ref)
                ws.cell(row=row, column=3, value=action)
                ws.cell(row=row, column=4, value=lead)
                c = ws.cell(row=row, column=5, value=orig)
                if isinstance(orig, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=row, column=6, value=rev)
                if isinstance(rev, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=row, column=7, value=prev)
                if prev in FILL:
                    c.fill = fill(FILL[prev])
                c = ws.cell(row=row, column=8, value=cur)
                if cur in FILL:
                    c.fill = fill(FILL[cur])
                else:
                    c.fill = fill(FILL["NS"])
                ws.cell(row=row, column=9, value=upd)
                boxed(ws, row, 1, 9)
                for col in (7, 8):
                    ws.cell(row=row, column=col).alignment = Alignment(horizontal="center", vertical="top")
                row += 1
            if row - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1,
            value="Note: revised target dates were agreed by the ASC Improvement Board on 21 January 2026. "
                  "Actions rated Blue will be removed from the next update.").font = Font(italic=True)
    widths = [7, 42, 55, 32, 14, 14, 12, 12, 55]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A4"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Rossendale BC - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
ROSS_FILE = "le2-rossendale-bc-internal-audit-recommendations-tracker.xlsx"
ROSS_TITLE = "Rossendale Borough Council – Internal Audit Recommendations Tracker"

# audit label, assurance, year, [ (no, rec, action, priority, officer, orig, revised, rag, update) ]
ROSS_AUDITS = [
    ("Procurement and Contract Management 2024/25 (Limited)", [
        ("1",
         "Maintain a complete and up-to-date contracts register and publish it in line with the Procurement Act 2023 transparency requirements.",
         "The contracts register will be rebuilt from the finance system and published quarterly on the council website.",
         "High", "Head of Finance", D(2025, 3, 31), D(2025, 9, 30), "B",
         "Register rebuilt and first quarterly publication made on 29 September 2025. Recommend closure."),
        ("2",
         "Ensure waivers of Contract Procedure Rules are approved and recorded before orders are placed.",
         "A waiver form and register will be introduced, with approval by the Section 151 Officer and Monitoring Officer, and reported to Audit and Accounts Committee six-monthly.",
         "High", "Head of Finance / Head of Legal (Monitoring Officer)", D(2025, 6, 30), D(2025, 12, 31), "A",
         "Waiver form in use since August. Register and first report to Committee to follow once the new Contract Procedure Rules are adopted by Council."),
        ("3",
         "Introduce contract management arrangements proportionate to contract value, including performance monitoring for contracts over £100,000.",
         "Contract managers will be named for all contracts over £100,000 and will complete quarterly performance reviews using the new contract management toolkit.",
         "Medium", "Director of Resources", D(2025, 9, 30), None, "R",
         "Toolkit drafted but not yet rolled out. No revised date agreed at time of reporting."),
    ]),
    ("Information Governance 2023/24 (Limited)", [
        ("1",
         "Complete the Record of Processing Activities (ROPA) for all services.",
         "Each Head of Service will complete and sign off the ROPA for their service, with the Data Protection Officer reviewing completeness.",
         "High", "Data Protection Officer", D(2024, 12, 31), D(2026, 3, 31), "A",
         "ROPA complete for 9 of 13 services. Remaining services are Housing, Planning, Licensing and Operations."),
        ("2",
         "Ensure all staff complete mandatory data protection training annually.",
         "Mandatory data protection e-learning will be rolled out through the learning platform, with completion rates reported to Management Team each quarter.",
         "Medium", "Head of People and Policy", D(2025, 3, 31), None, "B",
         "Completion rate 94% at 30 September 2025 and reported quarterly. Recommend closure."),
    ]),
    ("Leisure Trust Contract Monitoring 2024/25 (Moderate)", [
        ("1",
         "Obtain and review the Trust's annual audited accounts and business plan as required by the funding agreement.",
         "The Trust's 2024/25 accounts and 2025/26 business plan will be requested and reviewed at the quarterly client meeting.",
         "Medium", "Communities Manager", D(2025, 12, 31), None, "G",
         "Accounts received; business plan due at the December client meeting."),
        ("2",
         "Agree a set of performance indicators with the Trust and report them to Overview and Scrutiny annually.",
         "A KPI schedule (usage, income, customer satisfaction and condition of assets) will be agreed with the Trust and added to the funding agreement.",
         "Low", "Communities Manager; Leisure Client Officer", D(2026, 1, 31), None, "G",
         "Draft KPI schedule shared with the Trust on 14 October 2025."),
    ]),
    ("Council Tax and Business Rates 2024/25 (Substantial)", [
        ("1",
         "Review single person discounts on a rolling basis.",
         "An annual review of single person discounts will be carried out using National Fraud Initiative data matching, starting with the 2025/26 exercise.",
         "Low", "Revenues and Benefits Manager", D(2026, 3, 31), None, "G",
         "NFI matches received; review under way."),
    ]),
]


def build_rossendale(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = ROSS_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position at 31 October 2025 – report to Audit and Accounts Committee, 25 November 2025"
    s["A2"].font = Font(italic=True)
    s["A4"] = "Summary of agreed actions by audit"
    s["A4"].font = Font(bold=True, size=12)
    hdr = ["Audit", "Year", "Assurance opinion", "Actions agreed", "Implemented", "In progress", "Overdue"]
    for i, h in enumerate(hdr, start=1):
        c = s.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("375623")
    boxed(s, 5, 1, 7)
    rows = [
        ("Procurement and Contract Management", "2024/25", "Limited", 5, 3, 1, 1),
        ("Information Governance", "2023/24", "Limited", 6, 5, 1, 0),
        ("Leisure Trust Contract Monitoring", "2024/25", "Moderate", 4, 2, 2, 0),
        ("Council Tax and Business Rates", "2024/25", "Substantial", 2, 1, 1, 0),
    ]
    r = 5
    for row in rows:
        r += 1
        for i, v in enumerate(row, start=1):
            s.cell(row=r, column=i, value=v)
        boxed(s, r, 1, 7)
    r += 1
    s.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for col in range(4, 8):
        L = get_column_letter(col)
        s.cell(row=r, column=col, value=f"=SUM({L}6:{L}{r - 1})").font = Font(bold=True)
    boxed(s, r, 1, 7)
    r += 2
    s.cell(row=r, column=1, value="RAG key (Action Tracker sheet)").font = Font(bold=True)
    for code, text in [("B", "Implemented since the last report"),
                       ("G", "In progress – within original target date"),
                       ("A", "In progress – revised date agreed"),
                       ("R", "Overdue – no revised date agreed")]:
        r += 1
        s.cell(row=r, column=1).fill = fill(FILL[code])
        s.cell(row=r, column=2, value=text)
    s.column_dimensions["A"].width = 38
    s.column_dimensions["B"].width = 44
    for L in "CDEFG":
        s.column_dimensions[L].width = 16

    ws = wb.create_sheet("Action Tracker")
    ws["A1"] = "Outstanding internal audit actions at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Audit (year / assurance)", "No.", "Recommendation", "Agreed management action",
           "Priority", "Responsible officer", "Original date", "Revised date", "RAG",
           "Management update (October 2025)"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("375623")
    boxed(ws, 3, 1, 10)
    row = 4
    for audit, acts in ROSS_AUDITS:
        for j, (no, rec, act, pri, off, orig, rev, rag, upd) in enumerate(acts):
            if j == 0:
                ws.cell(row=row, column=1, value=audit).font = Font(bold=True)
            ws.cell(row=row, column=2, value=no)
            ws.cell(row=row, column=3, value=rec)
            ws.cell(row=row, column=4, value=act)
            ws.cell(row=row, column=5, value=pri)
            ws.cell(row=row, column=6, value=off)
            c = ws.cell(row=row, column=7, value=orig)
            c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=row, column=8, value=rev)
            c.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=9).fill = fill(FILL[rag])
            ws.cell(row=row, column=10, value=upd)
            boxed(ws, row, 1, 10)
            row += 1
    row += 1
    ws.cell(row=row, column=1,
            value="Actions shown Blue have been implemented since the last report and will be removed "
                  "from the tracker once closure is agreed by the Committee.").font = Font(italic=True)
    widths = [30, 6, 45, 50, 10, 26, 13, 13, 7, 50]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C4"
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. North Yorkshire Police - custody inspection action plan (xlsx)
# ---------------------------------------------------------------------------
NYP_FILE = "le2-north-yorkshire-police-custody-inspection-action-plan.xlsx"
NYP_TITLE = "North Yorkshire Police – Custody Inspection Action Plan"

NYP_COC = [
    ("Cause of concern 1: Use of force",
     "Recommendation 1: The force should strengthen its governance and oversight of the use of force in custody so that it can show that, when force is used, it is necessary, justified and proportionate.",
     [
         ("1.1",
          "Make completion of a use-of-force form mandatory for every incident in custody, with a daily check by the duty inspector that forms match custody record entries.",
          "Ch Insp Custody", D(2022, 11, 30), "B",
          "Mandated from 1 November 2022. Compliance 97% in February dip sample."),
         ("1.2",
          "Introduce monthly dip-sampling of CCTV for use-of-force incidents by the Custody Professional Standards Sergeant, with findings reported to the Custody Strategic Board.",
          "Custody Professional Standards Sgt / Ch Insp Custody", D(2023, 1, 31), "B",
          "Monthly dip-sampling in place since January; first report to Board 16 February 2023."),
         ("1.3",
          "Deliver refresher officer safety training for all custody staff covering restraint techniques and the removal of clothing.",
          "Head of Learning and Development", D(2023, 6, 30), "G",
          "62% of custody staff trained; remaining sessions booked for April to June."),
     ]),
    ("Cause of concern 2: Managing detainee risk",
     "Recommendation 2: The force should ensure that detainee risks are managed effectively so that detainee safety is always assured.",
     [
         ("2.1",
          "Introduce a queue triage process so that detainees waiting to be booked in are risk assessed by a custody officer on arrival.",
          "Ch Insp Custody", D(2022, 12, 31), "B",
          "Triage process in place at all 3 suites from 5 December 2022."),
         ("2.2",
          "Revise the observation levels guidance so that detainees under the influence of drink or drugs are placed on level 2 observations with rousals, and audit compliance monthly.",
          "Ch Insp Custody; Custody Sgt (Policy)", D(2023, 3, 31), "A",
          "Guidance revised. Monthly audit shows 78% compliance; further briefing for night shifts planned."),
         ("2.3",
          "Ensure level 4 (close proximity) watches are briefed, conducted and recorded in line with Authorised Professional Practice, with bespoke briefings recorded on the custody record.",
          "Ch Insp Custody", "Ongoing", "G",
          "Briefing template added to custody record. Checked as part of the monthly custody record audit."),
     ]),
]

NYP_AFI = [
    ("Leadership, accountability and working with partners", [
        ("3",
         "The force should ensure that enough custody staff are deployed, and that roles are clear, so that detainees are booked in and checked on time when suites are busy.",
         "Complete the custody demand and resourcing review and implement the revised shift pattern, with a designated floor manager role at each suite at peak times.",
         "Supt Criminal Justice & Custody", D(2023, 9, 30), "A",
         "Demand review complete. Revised shift pattern subject to consultation with staff associations; implementation now expected September."),
    ]),
    ("In the custody suite: booking-in, individual needs and legal rights", [
        ("5",
         "Detainees' privacy should be protected at the booking-in desks, particularly when they are asked about their health and personal circumstances.",
         "Install privacy screens at the York and Harrogate booking-in desks and use the interview room for sensitive questions when the suite is busy.",
         "Head of Estates and Facilities", D(2023, 3, 31), "B",
         "Screens installed February 2023."),
        ("8",
         "Custody records should clearly record the rationale for decisions to remove a detainee's clothing or to use anti-rip clothing.",
         "Add a mandatory rationale field to the custody record for clothing removal and anti-rip clothing, and include it in the monthly custody record audit.",
         "Custody Sgt (Policy) / Custody Systems Team", D(2023, 2, 28), "B",
         "Mandatory field live from 13 February 2023."),
    ]),
    ("In the custody cell, safeguarding and healthcare", [
        ("12",
         "Cells should be clean and free from graffiti and potential ligature points, and the force should have a rolling programme of cell refurbishment.",
         "Complete the ligature point survey of all 3 suites and add remedial works to the 2023/24 estates programme, with weekly cell inspections recorded by custody sergeants.",
         "Head of Estates and Facilities", D(2023, 7, 31), "G",
         "Survey complete; 14 remedial items in the 2023/24 programme. Weekly inspections recorded since January."),
        ("15",
         "Detainees should be offered a referral to liaison and diversion services at all suites, including at weekends.",
         "Agree extended weekend cover for the Liaison and Diversion service at Scarborough with the NHS commissioner and provider.",
         "Ch Insp Custody", "TBC", "A",
         "Funding for weekend cover not yet agreed by NHS England commissioners."),
    ]),
]


def build_nyp(path):
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = NYP_TITLE
    cv["A1"].font = Font(bold=True, size=16, color="002060")
    cv["A2"] = ("Joint HMICFRS / HM Inspectorate of Prisons / CQC unannounced inspection of police custody suites, "
                "27 June – 8 July 2022 (report published 30 September 2022)")
    cv["A2"].font = Font(italic=True)
    info = [
        ("Action plan owner:", "Superintendent, Criminal Justice and Custody"),
        ("Governance:", "Custody Strategic Board; reported to the Police, Fire and Crime Commissioner's Executive Board"),
        ("Version / date:", "v4 – 31 March 2023"),
    ]
    r = 4
    for k, v in info:
        cv.cell(row=r, column=1, value=k).font = Font(bold=True)
        cv.cell(row=r, column=2, value=v)
        r += 1
    r += 1
    cv.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for code, text in [("B", "Complete – evidence provided and closed by the Custody Strategic Board"),
                       ("G", "On track"), ("A", "At risk of missing the due date"),
                       ("R", "Off track – escalated")]:
        r += 1
        c = cv.cell(row=r, column=1, value=code)
        c.fill = fill(FILL[code])
        c.alignment = Alignment(horizontal="center")
        cv.cell(row=r, column=2, value=text)
    r += 2
    cv.cell(row=r, column=1,
            value="This version shows open actions and actions completed since the last Board. Areas for improvement "
                  "1, 2, 4, 6, 7, 9, 10, 11, 13, 14 and 16 have been closed and are recorded in the closure log.")
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Causes of concern")
    hdr = ["Ref", "Action", "Owner", "Due", "RAG", "Update (March 2023)"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=1, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002060")
    boxed(ws, 1, 1, 6)
    row = 2
    for coc, rec, acts in NYP_COC:
        ws.cell(row=row, column=1, value=coc).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=row, column=1).fill = fill("2F5597")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        row += 1
        ws.cell(row=row, column=1, value=rec).font = Font(italic=True)
        ws.cell(row=row, column=1).fill = fill("DEEAF6")
        ws.cell(row=row, column=1).alignment = WRAP
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        ws.row_dimensions[row].height = 32
        row += 1
        for ref, act, owner, due, rag, upd in acts:
            ws.cell(row=row, column=1, value=ref)
            ws.cell(row=row, column=2, value=act)
            ws.cell(row=row, column=3, value=owner)
            c = ws.cell(row=row, column=4, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "mmm-yy"
            c = ws.cell(row=row, column=5, value=rag)
            c.fill = fill(FILL[rag])
            ws.cell(row=row, column=6, value=upd)
            boxed(ws, row, 1, 6)
            ws.cell(row=row, column=5).alignment = Alignment(horizontal="center", vertical="top")
            row += 1
    for i, w in enumerate([7, 60, 28, 10, 6, 55], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w

    wa = wb.create_sheet("Areas for improvement")
    hdr = ["AFI", "Area for improvement", "Action", "Owner", "Due", "RAG", "Update (March 2023)"]
    for i, h in enumerate(hdr, start=1):
        c = wa.cell(row=1, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002060")
    boxed(wa, 1, 1, 7)
    row = 2
    for section, afis in NYP_AFI:
        wa.cell(row=row, column=1, value=section).font = Font(bold=True)
        for col in range(1, 8):
            wa.cell(row=row, column=col).fill = fill("DEEAF6")
        wa.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        row += 1
        for no, afi, act, owner, due, rag, upd in afis:
            wa.cell(row=row, column=1, value=int(no))
            wa.cell(row=row, column=2, value=afi)
            wa.cell(row=row, column=3, value=act)
            wa.cell(row=row, column=4, value=owner)
            c = wa.cell(row=row, column=5, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "mmm-yy"
            c = wa.cell(row=row, column=6, value=rag)
            c.fill = fill(FILL[rag])
            wa.cell(row=row, column=7, value=upd)
            boxed(wa, row, 1, 7)
            wa.cell(row=row, column=6).alignment = Alignment(horizontal="center", vertical="top")
            row += 1
    row += 1
    wa.cell(row=row, column=1,
            value="AFIs not shown have been closed by the Custody Strategic Board – see the closure log.").font = Font(italic=True)
    for i, w in enumerate([6, 48, 52, 28, 10, 6, 50], start=1):
        wa.column_dimensions[get_column_letter(i)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Wrexham CBC - Audit Wales organisational response (docx)
# ---------------------------------------------------------------------------
WREX_FILE = "le2-wrexham-cbc-audit-wales-values-and-behaviours-follow-up-review-organisational-response.docx"
WREX_TITLE = "Organisational Response and Action Plan: Audit Wales Values and Behaviours Follow-up Review"

# part heading, [ (ref, recommendation, [ (action, completion, officer) ]) ]
WREX_PARTS = [
    ("Part 1 – Recommendations made in the 2025 follow-up review", [
        ("R1",
         "Members' knowledge and skills – the Council should ensure that all members complete essential training, including on the Code of Conduct and their roles and responsibilities, and that attendance is monitored and reported.",
         [
             ("Make Code of Conduct, member–officer protocol and scrutiny training mandatory for all members, with catch-up sessions offered in the evenings and online.",
              "31 March 2026", "Head of Governance and Customer (Monitoring Officer)"),
             ("Publish individual member training attendance on the Council's website and report it six-monthly to the Standards Committee and the Democratic Services Committee.",
              "April 2026", "Democratic Services Manager"),
         ]),
        ("R2",
         "Relationships between members and officers – the Council should take urgent action to rebuild trust and effective working relationships between senior members and senior officers.",
         [
             ("Commission an independent facilitator through the WLGA to run a programme of joint development sessions for the Executive Board, Group Leaders and the Corporate Management Team.",
              "January 2026", "Chief Executive / Leader of the Council"),
             ("Review and re-adopt the Member–Officer Relations Protocol, with a clear route for raising and resolving concerns at an early stage.",
              "31 March 2026", "Head of Governance and Customer (Monitoring Officer)"),
         ]),
        ("R3",
         "Roles and responsibilities – the Council should ensure that guidance on the roles and responsibilities of members and officers is accessible, up to date and used.",
         [
             ("Update the guide to the Constitution and the member role descriptions, and make them available on the member portal and in the induction pack.",
              "December 2025", "Democratic Services Manager"),
         ]),
    ]),
    ("Part 2 – Recommendations from the 2024 review not yet fully addressed", [
        ("2024 R1",
         "Strategic planning documents – the Council should agree a clear timetable for adopting outstanding Supplementary Planning Guidance and report progress to members.",
         [
             ("Agree a revised Supplementary Planning Guidance programme with the Planning Committee and report progress to each meeting of the Committee.",
              "Ongoing", "Chief Officer – Planning, Environment and Economy"),
         ]),
        ("2024 R3",
         "Planning Service capacity – the Council should assess whether the Planning Service has the capacity and skills it needs to support delivery across the Council.",
         [
             ("Complete the Planning Service workforce review and present options to the Executive Board.",
              "28 February 2026", "Chief Officer – Planning, Environment and Economy"),
         ]),
    ]),
]


def build_wrexham(path):
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Wrexham County Borough Council")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(WREX_TITLE, level=0)
    doc.add_paragraph("Governance and Audit Committee – 20 November 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Council", "Wrexham County Borough Council"),
                 ("Report title", "Values and Behaviours Follow-up Review"),
                 ("Report published", "September 2025"),
                 ("Completion date for form", "31 October 2025"),
                 ("Completed by", "Chief Executive")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "D9E2F3")
        set_cell(cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "The Auditor General made three new recommendations and found that recommendations from the 2024 review "
        "had not been fully addressed. The tables below set out the Council's response and the actions it will take. "
        "Progress will be reported to this Committee every six months.")

    for part, recs in WREX_PARTS:
        doc.add_heading(part, level=1)
        nrows = sum(len(a) for _, _, a in recs)
        table = doc.add_table(rows=1 + nrows, cols=5)
        table.style = "Table Grid"
        hdr = ["Ref", "Recommendation", "Organisational response – action the Council will take",
               "Completion date", "Responsible officer (title)"]
        for i, h in enumerate(hdr):
            set_cell(table.rows[0].cells[i], h, bold=True)
            shade(table.rows[0].cells[i], "1F3864")
            for run in table.rows[0].cells[i].paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        ri = 1
        for ref, rec, acts in recs:
            first = ri
            for (act, when, officer) in acts:
                cells = table.rows[ri].cells
                set_cell(cells[2], act)
                set_cell(cells[3], when)
                set_cell(cells[4], officer)
                ri += 1
            a = table.cell(first, 0)
            b = table.cell(first, 1)
            if ri - first > 1:
                a = a.merge(table.cell(ri - 1, 0))
                b = b.merge(table.cell(ri - 1, 1))
            set_cell(a, ref, bold=True)
            set_cell(b, rec)
        widths = [Cm(1.8), Cm(7.5), Cm(9.5), Cm(3.0), Cm(4.5)]
        for row in table.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()

    doc.add_paragraph(
        "Approved by the Executive Board on 11 November 2025. The Audit Wales report and this response are "
        "published on the Council's website.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Ysgol Calon Cymru - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
YCC_FILE = "le2-ysgol-calon-cymru-estyn-post-inspection-action-plan.docx"
YCC_TITLE = "Ysgol Calon Cymru Post-Inspection Action Plan"

# heading, [ (no, action, success criteria, lead, timescale, monitoring, rag) ]
YCC_RECS = [
    ("R1: Improve the quality of teaching and assessment so that pupils make strong progress in lessons and over time", [
        ("1.1",
         "Agree and launch a whole-school teaching and learning framework, with five non-negotiables for every lesson, on both campuses.",
         "All staff can explain the framework; 80% of lessons observed in the spring term show the non-negotiables.",
         "Deputy Headteacher (Teaching & Learning)", "Autumn term 2024",
         "Lesson observations; learning walks with LA officer", "B"),
        ("1.2",
         "Run fortnightly coaching cycles for teachers whose practice is judged as requiring improvement, using lesson study and joint planning.",
         "Teachers in coaching show improvement at follow-up observation within two cycles.",
         "DHT (T&L) / Partnership Improvement Adviser", "Autumn 2024 – Summer 2025",
         "Coaching log; half-termly report to Standards and Improvement Committee", "G"),
        ("1.3",
         "Review the assessment and feedback policy so that written and verbal feedback helps pupils improve their work, and check its use through half-termly book looks.",
         "Book looks show pupils responding to feedback in most books sampled.",
         "Assistant Headteacher (Assessment)", "Spring term 2025",
         "Book look reports; learner voice", "A"),
    ]),
    ("R2: Improve pupils' attendance, particularly that of pupils eligible for free school meals", [
        ("2.1",
         "Appoint an attendance officer for each campus and introduce a daily first-day absence call and a weekly attendance panel.",
         "Attendance rises to at least 90% overall by July 2025; persistent absence falls term on term.",
         "Business Manager & Head of Pastoral", "October 2024",
         "Weekly attendance data to SLT", "B"),
        ("2.2",
         "Work with the Education Welfare Service to agree individual attendance plans for all persistently absent pupils and review them every six weeks.",
         "All persistently absent pupils have a current plan; 60% show improved attendance at review.",
         "Head of Pastoral; Education Welfare Officer (Powys)", "Ongoing",
         "Six-weekly review meetings", "G"),
    ]),
    ("R3: Strengthen leadership at all levels, including the rigour of self-evaluation and improvement planning", [
        ("3.1",
         "Restructure the senior leadership team with clear line management of every faculty and campus, and publish the revised responsibilities to staff and governors.",
         "Every faculty has a named SLT line manager; staff survey shows clarity about roles.",
         "Headteacher", "31 December 2024",
         "Governing body minutes", "B"),
        ("3.2",
         "Introduce a quality assurance calendar linking lesson observations, book looks and learner voice to faculty improvement plans.",
         "Faculty self-evaluation reports use first-hand evidence and lead to specific actions.",
         "Deputy Headteacher (Teaching & Learning)", "Spring term 2025",
         "QA calendar; faculty reviews", "G"),
    ]),
    ("R4: Ensure that governors hold leaders to account robustly for the school's progress", [
        ("4.1",
         "Establish a Standards and Improvement Committee of the governing body meeting half-termly to scrutinise progress against this plan.",
         "Minutes show governors challenging leaders on the impact of actions.",
         "Chair of Governors", "November 2024",
         "Committee minutes reviewed by LA", "B"),
        ("4.2",
         "Arrange training for all governors on using data and first-hand evidence to challenge leaders, delivered by Powys governor support.",
         "All governors attend; governors take part in at least one learning walk each term.",
         "Chair of Governors & LA Governor Support Officer", "Summer term 2025",
         "Training records", "A"),
    ]),
]


def build_ycc(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(YCC_TITLE, level=0)
    doc.add_paragraph(
        "Joint plan of the Governing Body and Powys County Council following the Estyn monitoring visit, September 2024")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("School", "Ysgol Calon Cymru (Builth Wells and Llandrindod Wells campuses)"),
                 ("Estyn follow-up category", "Significant improvement"),
                 ("Core inspection", "October 2022"),
                 ("Monitoring visit", "September 2024"),
                 ("Plan approved by Governing Body", "12 November 2024"),
                 ("Progress reviewed", "Half-termly by the Standards and Improvement Committee and the LA Schools Causing Concern Panel")]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E2EFD9")
        set_cell(cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph("RAG rating key (progress at February 2025)").runs[0].bold = True
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (code, text) in enumerate([("B", "B – Achieved"), ("G", "G – On track"),
                                      ("A", "A – Started, slower than planned"),
                                      ("R", "R – Not started / significant concern")]):
        set_cell(key.rows[0].cells[i], text, bold=True)
        shade(key.rows[0].cells[i], FILL[code])

    for heading, acts in YCC_RECS:
        doc.add_heading(heading, level=2)
        table = doc.add_table(rows=1, cols=7)
        table.style = "Table Grid"
        hdr = ["No.", "Action", "Success criteria", "Lead", "Timescale", "Monitoring and evaluation", "RAG"]
        for i, h in enumerate(hdr):
            set_cell(table.rows[0].cells[i], h, bold=True, size=9)
            shade(table.rows[0].cells[i], "A8D08D")
        for (no, act, sc, lead, when, mon, rag) in acts:
            cells = table.add_row().cells
            for i, v in enumerate([no, act, sc, lead, when, mon, rag]):
                set_cell(cells[i], v, size=9)
            shade(cells[6], FILL[rag])
        widths = [Cm(1.2), Cm(7.0), Cm(6.0), Cm(3.6), Cm(2.8), Cm(4.0), Cm(1.2)]
        for row in table.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w

    doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the Governing Body and the local authority").runs[0].bold = True
    sign = doc.add_table(rows=4, cols=3)
    sign.style = "Table Grid"
    for i, h in enumerate(["Role", "Signature", "Date"]):
        set_cell(sign.rows[0].cells[i], h, bold=True)
    for j, role in enumerate(["Chair of Governors", "Headteacher", "Director of Education, Powys County Council"], start=1):
        set_cell(sign.rows[j].cells[0], role)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. London Borough of Redbridge - RSH consumer standards plan (csv, refuse)
# ---------------------------------------------------------------------------
REDB_FILE = "le2-london-borough-of-redbridge-rsh-consumer-standards-housing-improvement-plan-typo-month-refuse.csv"
REDB_TITLE = "Consumer Standards Improvement Plan 2025/26 – progress at 30 September 2025"

REDB_HEADER = ["Ref", "Consumer standard", "Requirement / gap identified", "Action", "Lead officer",
               "Target date", "Status", "Progress update"]
REDB_ROWS = [
    ("SQ1", "Safety and Quality Standard",
     "Stock condition data is more than five years old for around 40% of homes.",
     "Commission a 100% stock condition survey over two years, prioritising homes not surveyed since 2018.",
     "Head of Asset Management", "31/03/2026", "On track",
     "Contractor appointed July 2025; 1,180 surveys completed."),
    ("SQ2", "Safety and Quality Standard",
     "Damp and mould cases are not consistently tracked through to resolution.",
     "Introduce a damp and mould case tracker in the housing management system with a 10 working day inspection target in line with Awaab's Law.",
     "Repairs Manager / Head of Asset Management", "31/10/2025", "On track",
     "Tracker live; 92% of new cases inspected within 10 working days in September."),
    ("SQ3", "Safety and Quality Standard",
     "There is a backlog of fire risk assessment actions in blocks.",
     "Clear all high-risk fire risk assessment actions and report the remaining backlog monthly to the Building Safety Group.",
     "Building Safety Manager", "31/12/2025", "Amber",
     "High-risk actions down from 214 to 61; door replacement programme delayed by supply issues."),
    ("SQ4", "Safety and Quality Standard",
     "Not all homes have a current electrical installation condition report (EICR).",
     "Complete EICRs for all homes without a report less than five years old and add EICR dates to the compliance dashboard.",
     "Compliance Manager", "31/03/2026", "On track",
     "EICR coverage 87% (March 2025: 71%)."),
    ("TE1", "Tenancy Standard",
     "Tenancy audits have not been carried out since 2020.",
     "Restart a rolling programme of tenancy audits, visiting 20% of tenancies each year with priority for homes with no contact in the last two years.",
     "Tenancy Services Manager", "31/01/2026", "Not started",
     "Audit approach agreed; visits to start in November."),
    ("NC1", "Neighbourhood and Community Standard",
     "Anti-social behaviour cases are closed without the victim being told the outcome.",
     "Adopt a revised ASB procedure requiring a closure letter and satisfaction call for every case.",
     "ASB and Community Safety Manager", "30/09/2025", "Complete",
     "Procedure adopted August 2025."),
    ("TIA1", "Transparency, Influence and Accountability Standard",
     "Tenant Satisfaction Measures were not published in an accessible format.",
     "Publish the 2024/25 TSM results with a 'You said, we did' summary in the tenants' newsletter and on the website.",
     "Head of Resident Engagement", "Sept 2025", "Complete",
     "Published 12 September 2025."),
    ("TIA2", "Transparency, Influence and Accountability Standard",
     "Complaints about housing services are not always responded to within Complaint Handling Code timescales.",
     "Carry out the annual self-assessment against the Housing Ombudsman Complaint Handling Code and report it to Cabinet with an improvement action plan.",
     "Complaints Manager", "Febuary 2026", "On track",
     "Self-assessment in draft; stage 1 responses within 10 working days 81%."),
    ("TIA3", "Transparency, Influence and Accountability Standard",
     "The council does not hold reliable information on tenants' diverse needs.",
     "Run a tenant profiling exercise at repairs visits and tenancy audits, recording vulnerability and communication needs in the housing management system.",
     "Head of Resident Engagement; Data and Insight Manager", "31/03/2026", "On track",
     "Profile questions added to the repairs app; 2,460 households updated."),
]


def build_redbridge(path):
    n = len(REDB_HEADER)
    pad = [""] * (n - 1)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(["London Borough of Redbridge – Housing Services"] + pad)
        w.writerow([REDB_TITLE] + pad)
        w.writerow(["Reported to: Housing Improvement Board and Tenants' Scrutiny Panel"] + pad)
        w.writerow([""] * n)
        w.writerow(REDB_HEADER)
        for row in REDB_ROWS:
            w.writerow(list(row))
        w.writerow([""] * n)
        counts = {}
        for row in REDB_ROWS:
            counts[row[6]] = counts.get(row[6], 0) + 1
        w.writerow(["Summary", f"Complete: {counts.get('Complete', 0)}", f"On track: {counts.get('On track', 0)}",
                    f"Amber: {counts.get('Amber', 0)}", f"Not started: {counts.get('Not started', 0)}",
                    f"Total actions: {len(REDB_ROWS)}", "", ""])


# ---------------------------------------------------------------------------
# 7. Burnley BC - CPC action plan highlight report (txt, tab separated)
# ---------------------------------------------------------------------------
BURN_FILE = "le2-burnley-bc-corporate-peer-challenge-action-plan-highlight-report.txt"
BURN_TITLE = "Corporate Peer Challenge Action Plan – Highlight Report"

# theme, [ (recommendation, [ (ref, action, lead, due, rag, progress, continuation or None) ]) ]
BURN_PLAN = [
    ("Theme 1: People and Performance", [
        ("Recommendation 1: Prioritise a refreshed, overarching communications strategy.", [
            ("1.1", "Agree a Corporate Communications Strategy 2025–2028 with clear priorities for residents, partners and staff.",
             "Head of Policy and Engagement", "Mar-25", "B", "Strategy adopted by the Executive on 19 March 2025.", None),
            ("1.2", "Carry out a residents' survey to set a baseline for awareness of council services and satisfaction.",
             "Head of Policy and Engagement / Communications Manager", "Nov-25", "G",
             "Fieldwork began 1 September; results to Management Team in November.", None),
        ]),
        ("Recommendation 2: Strengthen the performance management framework so that it focuses on outcomes for residents.", [
            ("2.1", "Revise the quarterly performance report to include outcome measures and benchmarking against other Lancashire districts.",
             "Policy and Performance Manager", "Jun-25", "B", "First revised report went to Scrutiny Committee in July.", None),
        ]),
    ]),
    ("Theme 2: Prosperity", [
        ("Recommendation 3: Continue to play a positive and constructive role in the devolution and local government reorganisation discussions in Lancashire, ensuring Burnley's interests are represented.", [
            ("3.1", "Prepare Burnley's evidence base and submission for local government reorganisation in Lancashire.",
             "Chief Executive", "Nov-25", "G", "Evidence base complete; submission being finalised with East Lancashire councils.", None),
            ("3.2", "Brief all members on devolution and reorganisation options through a programme of all-member seminars.",
             "Chief Executive & Head of Legal and Democratic Services", "Sep-25", "A",
             "Two of three seminars held; the final seminar has moved to November",
             "because of the timetable for the government's response to proposals."),
        ]),
    ]),
    ("Theme 3: Finance and Governance", [
        ("Recommendation 4: Develop a longer-term financial strategy which sets out how the budget gap will be closed beyond 2026/27.", [
            ("4.1", "Extend the Medium Term Financial Strategy to 2029/30 and identify savings and income proposals to close the gap.",
             "Head of Finance (Section 151 Officer)", "Feb-26", "G", "Budget working group meeting fortnightly; options paper to Executive in December.", None),
            ("4.2", "Review the reserves strategy and set a minimum level of general reserves.",
             "Head of Finance (Section 151 Officer)", "Dec-25", "G", "Risk-based reserves assessment under way.", None),
        ]),
        ("Recommendation 5: Review the constitution and scrutiny arrangements to make sure they remain fit for purpose.", [
            ("5.1", "Complete a review of the constitution, including the scheme of delegation and contract procedure rules.",
             "Head of Legal and Democratic Services", "Ongoing", "A", "Scheme of delegation revised; contract procedure rules to follow.", None),
        ]),
    ]),
    ("Theme 4: Capacity Building", [
        ("Recommendation 6: Develop a workforce strategy that addresses recruitment, retention and succession planning in hard-to-fill roles.", [
            ("6.1", "Adopt a Workforce Strategy 2025–2028 with an action plan for hard-to-fill roles in planning, legal and finance.",
             "Head of People and Development", "Jan-26", "R", "Draft delayed by the restructure of the HR team.", None),
            ("6.2", "Introduce a leadership development programme for aspiring managers.",
             "Head of People and Development", "Apr-26", "G", "Programme designed with UCLan; first cohort recruited.", None),
        ]),
    ]),
]


def build_burnley(path):
    lines = [
        "Burnley Borough Council",
        BURN_TITLE,
        "Period: Quarter 2 2025/26 (July to September 2025)",
        "Prepared for: Management Team, 14 October 2025",
        "Overall RAG: Green",
        "",
        "Key:\tB = Complete\tG = On track\tA = Some slippage\tR = Off track",
        "",
        "Ref\tAction\tLead\tDue\tRAG\tProgress this quarter",
    ]
    counts = {}
    for theme, recs in BURN_PLAN:
        lines.append("")
        lines.append(theme)
        for rec, acts in recs:
            lines.append(rec)
            for ref, act, lead, due, rag, prog, cont in acts:
                lines.append("\t".join([ref, act, lead, due, rag, prog]))
                if cont:
                    lines.append("\t" * 5 + cont)
                counts[rag] = counts.get(rag, 0) + 1
    lines.append("")
    total = sum(counts.values())
    lines.append("Summary\tComplete: %d\tOn track: %d\tSome slippage: %d\tOff track: %d\tTotal: %d"
                 % (counts.get("B", 0), counts.get("G", 0), counts.get("A", 0), counts.get("R", 0), total))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


def build_all():
    build_somerset(os.path.join(HERE, SOMERSET_FILE))
    build_rossendale(os.path.join(HERE, ROSS_FILE))
    build_nyp(os.path.join(HERE, NYP_FILE))
    build_wrexham(os.path.join(HERE, WREX_FILE))
    build_ycc(os.path.join(HERE, YCC_FILE))
    build_redbridge(os.path.join(HERE, REDB_FILE))
    build_burnley(os.path.join(HERE, BURN_FILE))


if __name__ == "__main__":
    build_all()
    print("built 7 files in", HERE)
