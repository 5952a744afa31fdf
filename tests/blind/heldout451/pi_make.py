#!/usr/bin/env python
"""Build the seven `pi-` blind test files of set heldout451.

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Writes only files whose names start with `pi-` into this folder.
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


def out(name):
    assert name.startswith("pi-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color=hex6, end_color=hex6)


RAG_FILL = {
    "R": fill("FF0000"),
    "A": fill("FFC000"),
    "G": fill("00B050"),
    "B": fill("0070C0"),
}


def header_row(ws, row, headers, colour="1F4E79"):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = fill(colour)
        c.alignment = CENTRE
        c.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


# =============================================================================
# 1. Wigan Council strategic risk register (xlsx, read)
# =============================================================================
WIGAN_RISKS = [
    {
        "ref": "SR01",
        "title": "Medium Term Financial Sustainability",
        "desc": "Cause: rising demand in social care, inflation and uncertainty over the multi-year funding settlement.\n"
                "Event: the Council is unable to set a balanced budget over the medium term.\n"
                "Consequence: unplanned service reductions, use of reserves, possible s114 notice.",
        "owner": "Director of Finance (Section 151 Officer)",
        "inherent": "5 x 5 = 25",
        "controls": "Medium Term Financial Strategy refreshed annually\nMonthly budget monitoring to Cabinet\nSavings tracker reviewed by SLT",
        "current": ("4 x 4 = 16", "R"),
        "dot": "↔ No change",
        "actions": [
            ("SR01.1", "Deliver the 2025/26 savings programme of £8.4m and report progress monthly to Cabinet",
             "Director of Finance (Section 151 Officer)", dt.datetime(2026, 3, 31), "dd/mm/yyyy", "G",
             "£6.1m delivered or on track at Q2; £2.3m rated amber with mitigations identified."),
            ("SR01.2", "Complete the review of earmarked reserves and set out a reserves strategy in the 2026/27 Budget report",
             "Head of Financial Management", dt.datetime(2026, 2, 28), "mmm-yy", "A",
             "Review started late due to closedown of 2024/25 accounts; draft to SLT in December."),
            ("SR01.3", "Agree a recovery plan for the Dedicated Schools Grant high needs deficit with the Department for Education",
             "Director of Finance (Section 151 Officer) / Director of Children's Services", "Q4 2025/26", None, "A",
             "Safety Valve discussions paused nationally; local plan being prepared."),
        ],
    },
    {
        "ref": "SR02",
        "title": "Children's Social Care Demand and Placement Sufficiency",
        "desc": "Cause: growth in children in our care and a shortage of local foster and residential placements.\n"
                "Event: children are placed out of borough or in high-cost external placements.\n"
                "Consequence: poorer outcomes for children and a significant budget overspend.",
        "owner": "Director of Children's Services",
        "inherent": "5 x 4 = 20",
        "controls": "Sufficiency Strategy 2024-27\nWeekly placement panel\nGreater Manchester regional commissioning arrangements",
        "current": ("4 x 4 = 16", "R"),
        "dot": "↑ Increasing",
        "actions": [
            ("SR02.1", "Open two new in-house children's homes as part of the Sufficiency Strategy 2024-27",
             "Assistant Director – Children's Social Care", dt.datetime(2026, 6, 30), "dd/mm/yyyy", "G",
             "First home registered with Ofsted in August; second home refurbishment on programme."),
            ("SR02.2", "Launch the foster carer recruitment campaign with the Greater Manchester Fostering Hub and increase approvals by 15%",
             "Head of Corporate Parenting", "Ongoing", None, "G",
             "Campaign launched June 2025; 11 enquiries progressed to assessment."),
        ],
    },
    {
        "ref": "SR03",
        "title": "Cyber Security and Information Governance",
        "desc": "Cause: increasing sophistication of cyber attacks on the public sector and reliance on legacy systems.\n"
                "Event: a successful cyber attack or major data breach.\n"
                "Consequence: loss of critical services, regulatory action by the ICO, reputational damage.",
        "owner": "Assistant Director – Digital and Technology",
        "inherent": "4 x 5 = 20",
        "controls": "Public Services Network accreditation\nMulti-factor authentication for all users\nImmutable back-ups",
        "current": ("3 x 4 = 12", "A"),
        "dot": "↓ Reducing",
        "actions": [
            ("SR03.1", "Achieve Cyber Assessment Framework (CAF) baseline compliance across all critical systems",
             "Head of ICT Infrastructure", dt.datetime(2025, 12, 31), "dd/mm/yyyy", "A",
             "Four of seven critical systems assessed; two require remediation work."),
            ("SR03.2", "Run a cyber incident exercise with Corporate Leadership Team and update the ICT Disaster Recovery Plan",
             "Head of ICT Infrastructure; Information Governance Manager", dt.datetime(2025, 7, 31), "dd/mm/yyyy", "B",
             "Exercise held 9 July 2025; Disaster Recovery Plan v3.0 approved by CLT."),
            ("SR03.3", "Refresh mandatory data protection and cyber awareness e-learning and reach 95% staff completion",
             "Information Governance Manager", dt.datetime(2026, 3, 31), "mmm-yy", None,
             "Not yet started – new module procured, launch planned for January 2026."),
        ],
    },
    {
        "ref": "SR04",
        "title": "Adult Social Care Market Sustainability",
        "desc": "Cause: workforce shortages and cost pressures on independent care providers.\n"
                "Event: provider failure or inability to source care packages.\n"
                "Consequence: delayed hospital discharges and unmet need.",
        "owner": "Director of Adult Social Care",
        "inherent": "4 x 4 = 16",
        "controls": "Market Position Statement\nProvider quality and finance monitoring\nProvider failure contingency plan",
        "current": ("3 x 4 = 12", "A"),
        "dot": "↔ No change",
        "actions": [
            ("SR04.1", "Agree 2026/27 fee uplifts for residential, nursing and home care providers following the cost of care exercise",
             "Assistant Director – Commissioning", "Mar-26", None, "G",
             "Cost of care exercise closed; provider engagement sessions held in September."),
            ("SR04.2", "Implement the new home care framework with neighbourhood-based lots",
             "Assistant Director – Commissioning", dt.datetime(2025, 10, 1), "dd/mm/yyyy", "B",
             "Framework went live 1 October 2025."),
        ],
    },
]


def make_wigan():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Wigan Council – Strategic Risk Register 2025/26"
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = "Quarter 2 update – position at 30 September 2025"
    cover["A2"].font = Font(italic=True, size=12)
    cover["A4"] = "Document control"
    cover["A4"].font = BOLD
    rows = [
        ("Document owner", "Head of Audit and Risk"),
        ("Version", "2.1"),
        ("Approved by", "Senior Leadership Team, 21 October 2025"),
        ("Reported to", "Audit Committee, 24 November 2025"),
        ("Next review", "Quarter 3 (December 2025)"),
    ]
    for i, (k, v) in enumerate(rows, 5):
        cover.cell(row=i, column=1, value=k).font = BOLD
        cover.cell(row=i, column=1).border = BOX
        cover.cell(row=i, column=2, value=v).border = BOX
    widths(cover, [22, 50])

    key = wb.create_sheet("Risk Scoring & Key")
    key["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    key["A1"].font = Font(bold=True, size=13)
    key["A2"] = "Impact →  /  Likelihood ↓"
    for i in range(1, 6):
        key.cell(row=2, column=1 + i, value=i).font = BOLD
        key.cell(row=2 + i, column=1, value=6 - i).font = BOLD
    for r in range(1, 6):
        lik = 6 - r
        for c in range(1, 6):
            score = lik * c
            cell = key.cell(row=2 + r, column=1 + c, value=score)
            cell.alignment = CENTRE
            cell.border = BOX
            cell.fill = RAG_FILL["R"] if score >= 15 else RAG_FILL["A"] if score >= 8 else RAG_FILL["G"]
    key["A10"] = "Risk score bands"
    key["A10"].font = BOLD
    for i, (band, txt, col) in enumerate([("15–25", "Red – high risk, reported to Cabinet quarterly", "R"),
                                          ("8–12", "Amber – medium risk, managed by SLT", "A"),
                                          ("1–6", "Green – low risk, managed within directorates", "G")], 11):
        key.cell(row=i, column=1, value=band).fill = RAG_FILL[col]
        key.cell(row=i, column=2, value=txt)
    key["A15"] = "Action status (column M of the register)"
    key["A15"].font = BOLD
    for i, (col, txt) in enumerate([("G", "Green – action on track"),
                                    ("A", "Amber – some slippage against target date"),
                                    ("R", "Red – action off track"),
                                    ("B", "Blue – action complete"),
                                    (None, "No fill – action not yet started")], 16):
        c = key.cell(row=i, column=1, value="")
        c.border = BOX
        if col:
            c.fill = RAG_FILL[col]
        key.cell(row=i, column=2, value=txt)
    widths(key, [26, 48, 8, 8, 8, 8])

    ws = wb.create_sheet("Strategic Risks")
    ws["A1"] = "Wigan Council – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:N1")
    ws["A2"] = "Quarter 2 update – position at 30 September 2025. Action status is shown by the colour of column M (see key)."
    ws.merge_cells("A2:N2")
    headers = ["Risk Ref", "Risk Title", "Risk Description (cause, event, consequence)", "Risk Owner",
               "Inherent Score (L x I)", "Key Controls in Place", "Current Score (L x I)", "Direction of Travel",
               "Action Ref", "Further Actions to Reduce Risk", "Action Owner", "Target Date", "Action Status",
               "Q2 Update"]
    header_row(ws, 4, headers)
    r = 5
    for risk in WIGAN_RISKS:
        n = len(risk["actions"])
        first = r
        for a_ref, text, owner, due, fmt, status, update in risk["actions"]:
            ws.cell(row=r, column=9, value=a_ref)
            ws.cell(row=r, column=10, value=text)
            ws.cell(row=r, column=11, value=owner)
            c = ws.cell(row=r, column=12, value=due)
            if fmt:
                c.number_format = fmt
            s = ws.cell(row=r, column=13, value=None)
            if status:
                s.fill = RAG_FILL[status]
            ws.cell(row=r, column=14, value=update)
            for col in range(1, 15):
                ws.cell(row=r, column=col).border = BOX
                ws.cell(row=r, column=col).alignment = WRAP
            r += 1
        vals = [risk["ref"], risk["title"], risk["desc"], risk["owner"], risk["inherent"],
                risk["controls"], risk["current"][0], risk["dot"]]
        for col, v in enumerate(vals, 1):
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            if n > 1:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        ws.cell(row=first, column=7).fill = RAG_FILL[risk["current"][1]]
        ws.cell(row=first, column=1).font = BOLD
        ws.cell(row=first, column=2).font = BOLD
    r += 1
    ws.cell(row=r, column=1, value="Summary of current risk scores").font = BOLD
    ws.cell(row=r + 1, column=1, value="Red (15–25)")
    ws.cell(row=r + 1, column=2, value=2)
    ws.cell(row=r + 2, column=1, value="Amber (8–12)")
    ws.cell(row=r + 2, column=2, value=2)
    ws.cell(row=r + 3, column=1, value="Green (1–6)")
    ws.cell(row=r + 3, column=2, value=0)
    ws.cell(row=r + 4, column=1, value="Total")
    ws.cell(row=r + 4, column=2, value=4)
    ws.cell(row=r + 6, column=1,
            value="Note: direction of travel compares the current score with the Quarter 1 position reported to Audit Committee in September 2025.")
    widths(ws, [9, 22, 44, 24, 12, 34, 12, 13, 9, 48, 30, 12, 10, 44])
    ws.freeze_panes = "A5"
    wb.save(out("pi-wigan-council-strategic-risk-register-2025-26.xlsx"))


# =============================================================================
# 2. Stockton-on-Tees internal audit tracker (xlsx, REFUSE: typo month row 13)
# =============================================================================
STOCKTON_ROWS = [
    ("dir", "Adults, Health and Wellbeing"),
    ("rec", "Direct Payments", "2024/25", "Limited", 1, "High",
     "Introduce a quarterly review of direct payment account balances and recover surplus funds above eight weeks of the agreed budget",
     "Service Manager – Direct Payments", dt.datetime(2025, 6, 30), dt.datetime(2025, 11, 30), "In progress",
     "First quarterly review completed; recovery letters issued to 37 recipients."),
    ("rec", "Direct Payments", "2024/25", "Limited", 2, "Medium",
     "Update the direct payment agreement to require recipients to keep receipts for 12 months",
     "Team Manager – Financial Assessments", dt.datetime(2025, 7, 31), None, "Implemented",
     "Revised agreement in use from July 2025."),
    ("rec", "Deprivation of Liberty Safeguards", "2024/25", "Reasonable", 1, "Medium",
     "Prioritise the DoLS waiting list using the ADASS screening tool and report the backlog monthly to the Adults DMT",
     "Principal Social Worker (Adults)", dt.datetime(2025, 9, 30), dt.datetime(2026, 1, 31), "In progress",
     "Backlog reduced from 212 to 148 applications."),
    ("dir", "Children's Services"),
    ("rec", "Schools Traded Services", "2025/26", "Reasonable", 1, "Medium",
     "Reconcile traded services income to service level agreements each term",
     "Head of Business Support (Children's Services)", dt.datetime(2025, 12, 31), None, "Not yet due", ""),
    ("rec", "Unaccompanied Asylum Seeking Children Grant", "2024/25", "Limited", 3, "High",
     "Ensure Home Office grant claims are reconciled to the case management system before submission",
     "Head of Service – Children in Our Care", dt.datetime(2025, 5, 31), dt.datetime(2025, 10, 31), "Implemented",
     "Reconciliation now completed by Finance Business Partner before each claim."),
    ("dir", "Finance, Development and Regeneration"),
    ("rec", "Procurement Cards", "2024/25", "Limited", 2, "High",
     "Withdraw procurement cards not used in the last six months and introduce monthly line manager approval of statements",
     "Procurement Manager", dt.datetime(2025, 8, 31), "Febuary 2026", "In progress",
     "62 dormant cards cancelled; approval workflow being configured in the card provider portal."),
    ("rec", "Business Rates", "2025/26", "Substantial", 1, "Low",
     "Document the procedure for reviewing empty property relief on a rolling six-monthly basis",
     "Revenues Manager", dt.datetime(2025, 11, 30), None, "Not yet due", ""),
    ("rec", "Capital Programme Monitoring", "2024/25", "Reasonable", 4, "Medium",
     "Record project slippage reasons in the capital monitoring report to Cabinet",
     "Head of Finance (Capital and Treasury)", dt.datetime(2025, 3, 31), dt.datetime(2025, 9, 30), "Overdue",
     "Template amended; first use in the Q3 report."),
]


def make_stockton():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Stockton-on-Tees Borough Council – Internal Audit Recommendations Tracker 2025/26"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Follow-up of agreed management actions – position at 31 October 2025"
    sm["A2"].font = Font(italic=True)
    header_row(sm, 4, ["Directorate", "Implemented", "In progress", "Not yet due", "Overdue", "Total"], "00558C")
    data = [("Adults, Health and Wellbeing", 1, 2, 0, 0),
            ("Children's Services", 1, 0, 1, 0),
            ("Finance, Development and Regeneration", 0, 1, 1, 1)]
    for i, row in enumerate(data, 5):
        for j, v in enumerate(row, 1):
            sm.cell(row=i, column=j, value=v).border = BOX
        sm.cell(row=i, column=6, value=f"=SUM(B{i}:E{i})").border = BOX
    sm.cell(row=8, column=1, value="Total").font = BOLD
    for j in range(2, 7):
        col = get_column_letter(j)
        c = sm.cell(row=8, column=j, value=f"=SUM({col}5:{col}7)")
        c.font = BOLD
        c.border = BOX
    widths(sm, [40, 13, 13, 13, 11, 9])

    ws = wb.create_sheet("Recommendations")
    ws["A1"] = "Stockton-on-Tees Borough Council – Internal Audit Recommendations Tracker 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Report to Audit and Governance Committee – 24 November 2025"
    ws.merge_cells("A2:K2")
    headers = ["Audit Area", "Audit Year", "Assurance Opinion", "Rec No.", "Priority",
               "Agreed Management Action", "Responsible Officer", "Original Target Date",
               "Revised Target Date", "Status", "Management Update"]
    header_row(ws, 4, headers, "00558C")
    r = 5
    typo_row = None
    status_fill = {"Implemented": fill("C6EFCE"), "In progress": fill("FFEB9C"),
                   "Overdue": fill("FFC7CE"), "Not yet due": fill("D9D9D9")}
    for row in STOCKTON_ROWS:
        if row[0] == "dir":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = BOLD
            c.fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        else:
            vals = row[1:]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=10).fill = status_fill[vals[9]]
            if vals[8] == "Febuary 2026":
                typo_row = r
        r += 1
    assert typo_row == 13, typo_row
    widths(ws, [30, 10, 12, 8, 9, 52, 32, 13, 13, 13, 46])
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "Priority and status definitions"
    key["A1"].font = BOLD
    for i, (k, v) in enumerate([
        ("High", "Fundamental weakness – action required within three months"),
        ("Medium", "Significant weakness – action required within six months"),
        ("Low", "Minor weakness or best practice – action required within twelve months"),
        ("Implemented", "Action confirmed as complete by Internal Audit"),
        ("In progress", "Action under way and revised date agreed"),
        ("Not yet due", "Original target date not yet reached"),
        ("Overdue", "Target date passed and action not complete"),
    ], 3):
        key.cell(row=i, column=1, value=k).font = BOLD
        key.cell(row=i, column=2, value=v)
    widths(key, [16, 70])
    wb.save(out("pi-stockton-on-tees-bc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# =============================================================================
# 3. Darlington Council Plan delivery plan (xlsx, read)
# =============================================================================
DARLINGTON = [
    ("Economy", "Economy: A strong, sustainable economy and highly skilled workforce", [
        ("E1.1", "Deliver the Towns Fund and Levelling Up capital programmes",
         "Complete construction of the Northgate Skills and Innovation Hub",
         "Assistant Director Economic Growth", "Economy", "March 2026", "G", "A",
         "Steel frame complete; contractor reporting a six-week delay to internal fit-out."),
        ("E1.2", "Deliver the Towns Fund and Levelling Up capital programmes",
         "Deliver phase 2 public realm works at the Railway Heritage Quarter",
         "Assistant Director Economic Growth / Capital Projects Manager", "Economy", "Q3 2025/26", "G", "G",
         "Works started on site in August 2025."),
    ]),
    ("Homes", "Homes: Affordable and secure homes that meet current and future needs", [
        ("H1.1", "Increase the supply of affordable homes",
         "Complete 120 new council homes through the Council House New Build Programme",
         "Assistant Director Housing and Revenues", "Health and Housing", dt.datetime(2026, 3, 31), "G", "G",
         "74 homes handed over; remaining sites on programme."),
        ("H2.1", "Improve standards in the private rented sector",
         "Introduce a selective licensing scheme for Northgate and Central wards following consultation",
         "Head of Community Safety", "Health and Housing", "Sept 2025 – June 2026", "A", "A",
         "Consultation closed 30 September; report to Cabinet delayed to January 2026."),
    ]),
    ("Living Well", "Living Well: A healthier and better quality of life for longer, supporting those who need it", [
        ("LW1.1", "Support people to live independently for longer",
         "Expand the Technology Enabled Care offer to 500 additional households",
         "Assistant Director Adult Social Care", "Adult Social Care", dt.datetime(2026, 3, 1), "G", "G",
         "286 additional households supported at the end of Q2."),
        ("LW1.2", "Support people to live independently for longer",
         "Complete a review of the reablement service model and report recommendations to Cabinet",
         "Head of Service, Reablement and Intermediate Care", "Adult Social Care", "September 2025", "G", "B",
         "Review complete; new model agreed by Cabinet on 9 September 2025."),
    ]),
    ("Children and Young People", "Children and Young People: The best start in life, realising potential and raising aspirations", [
        ("CYP1.1", "Improve outcomes for children with special educational needs and disabilities (SEND)",
         "Deliver 40 additional specialist school places through new resource bases in mainstream schools",
         "Assistant Director Education and Inclusion", "Children and Young People", "September 2026", "G", "G",
         "Two resource bases approved; capital works planned for summer 2026."),
        ("CYP2.1", "Support children in our care and care leavers to thrive",
         "Refresh the care leavers local offer, co-produced with the Children in Care Council",
         "Head of Service – Children in Our Care", "Children and Young People", "Q4 2025/26", "A", "R",
         "Delayed by vacancy in the Participation Officer post; recruitment under way."),
    ]),
    ("Communities", "Communities: Healthier, safer and more engaged", [
        ("CM1.1", "Make our communities safer",
         "Enforce the Town Centre Public Spaces Protection Order and increase visible patrols by Civic Enforcement Officers",
         "Head of Community Safety", "Stronger Communities", "Ongoing", "G", "G",
         "Patrol hours up 18% on the same period last year."),
        ("CM2.1", "Strengthen community engagement",
         "Launch the new Community Engagement Strategy and Community Grants Scheme",
         "Head of Strategy, Performance and Communications", "Stronger Communities", "January 2026", None, "Not started",
         "Due to start in Q3 following Cabinet approval in November."),
    ]),
    ("Environment", "Environment: A well-connected, clean and sustainable borough", [
        ("EN1.1", "Reduce the Council's carbon emissions",
         "Install solar PV at the Dolphin Centre and Crown Street Library",
         "Sustainability and Climate Change Manager", "Local Services", dt.datetime(2025, 12, 31), "A", "G",
         "Grid connection agreed; installation scheduled for November."),
        ("EN2.1", "Keep the borough clean and green",
         "Introduce weekly food waste collections for all households",
         "Assistant Director Environmental Services", "Local Services", "April 2026", "G", "A",
         "Vehicle delivery slipped to February 2026; roll-out plan being revised."),
    ]),
]


def make_darlington():
    wb = Workbook()
    intro = wb.active
    intro.title = "Introduction"
    intro["A1"] = "Darlington Borough Council – Council Plan 2024-27: Delivery Plan 2025/26"
    intro["A1"].font = Font(bold=True, size=15)
    intro["A2"] = "Quarter 2 Progress Report (July – September 2025)"
    intro["A2"].font = Font(italic=True, size=12)
    intro["A4"] = ("The Council Plan 2024-27 sets out six priorities. This delivery plan lists the key actions for 2025/26 "
                   "under each priority, with a RAG rating for Quarter 1 and Quarter 2. Each priority is on its own tab.")
    intro["A4"].alignment = WRAP
    intro.merge_cells("A4:C4")
    intro.row_dimensions[4].height = 48
    intro["A6"] = "RAG key"
    intro["A6"].font = BOLD
    for i, (k, v) in enumerate([("B", "Complete"),
                                ("G", "On track"),
                                ("A", "Some slippage – remedial action in place"),
                                ("R", "Significant risk to delivery"),
                                ("Not started", "Action not due to start until later in the year")], 7):
        c = intro.cell(row=i, column=1, value=k)
        c.border = BOX
        c.alignment = CENTRE
        if k in RAG_FILL:
            c.fill = RAG_FILL[k]
        intro.cell(row=i, column=2, value=v).border = BOX
    intro["A13"] = "Owner: Head of Strategy, Performance and Communications. Reported to Cabinet and Resources Scrutiny Committee."
    widths(intro, [14, 48, 40])

    headers = ["Ref", "Key deliverable (Council Plan)", "Action 2025/26", "Lead officer", "Portfolio",
               "Target date", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    for sheet, prio, acts in DARLINGTON:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "Council Plan 2024-27 – Delivery Plan 2025/26"
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A1:I1")
        ws["A2"] = prio
        ws["A2"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A2"].fill = fill("6A1B9A")
        ws.merge_cells("A2:I2")
        header_row(ws, 4, headers, "4A235A")
        r = 5
        prev_deliv, deliv_start = None, None
        for ref, deliv, action, lead, portfolio, due, q1, q2, upd in acts:
            ws.cell(row=r, column=1, value=ref)
            if deliv == prev_deliv:
                ws.merge_cells(start_row=deliv_start, start_column=2, end_row=r, end_column=2)
            else:
                ws.cell(row=r, column=2, value=deliv)
                prev_deliv, deliv_start = deliv, r
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=lead)
            ws.cell(row=r, column=5, value=portfolio)
            c = ws.cell(row=r, column=6, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "mmm-yy" if due.day == 1 else "dd/mm/yyyy"
            for col, val in ((7, q1), (8, q2)):
                cc = ws.cell(row=r, column=col, value=val)
                cc.alignment = CENTRE
                if val in RAG_FILL:
                    cc.fill = RAG_FILL[val]
            ws.cell(row=r, column=9, value=upd)
            for col in range(1, 10):
                ws.cell(row=r, column=col).border = BOX
                if col not in (7, 8):
                    ws.cell(row=r, column=col).alignment = WRAP
            r += 1
        widths(ws, [8, 34, 46, 30, 18, 14, 9, 11, 46])
    wb.save(out("pi-darlington-borough-council-council-plan-delivery-plan-2025-26.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(s, m, Cm(1.5))
    s.top_margin = s.bottom_margin = Cm(1.5)


def col_widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


# =============================================================================
# 4. Manchester CSP DHR action plan (docx, read)
# =============================================================================
MANC_SECTIONS = [
    ("1. Multi-agency recommendations", [
        ("1",
         "Manchester Community Safety Partnership should seek assurance that partner agencies’ domestic abuse training includes economic abuse and the use of immigration status as a means of control.",
         "Local", [
             ("1.1", "Review the content of partner domestic abuse training against the Domestic Abuse Statutory Guidance (2022) and share a gap analysis with the Domestic Abuse Strategic Board",
              "Manchester City Council (Domestic Abuse Reduction Team)", "June 2025",
              "Gap analysis presented to the Domestic Abuse Strategic Board on 10 June 2025.", "Complete"),
             ("1.2", "Commission a multi-agency briefing on economic abuse and immigration-related coercion, delivered with a specialist by-and-for organisation",
              "Manchester Safeguarding Partnership", "December 2025", "Two of four sessions delivered (118 attendees).", "Green"),
         ]),
        ("2",
         "Greater Manchester Police and Manchester City Council should ensure that where a victim has no recourse to public funds, referrals to safe accommodation are not delayed.",
         "Local", [
             ("2.1", "Agree a joint protocol for emergency accommodation for victims with no recourse to public funds",
              "Manchester City Council (Homelessness Service) / Greater Manchester Police", "31/03/2026",
              "Draft protocol with legal services; funding route for interim costs not yet agreed.", "Amber"),
             ("2.2", "Brief all Homelessness Service triage officers on the protocol and audit a sample of 20 cases six months after implementation",
              "Manchester City Council (Homelessness Service)", "September 2026", "", "Not started"),
         ]),
    ]),
    ("2. Single agency recommendations", [
        ("3",
         "Greater Manchester Police officers attending domestic abuse incidents should record the victim’s first language and use a professional interpreter rather than a family member.",
         "Local / Regional", [
             ("3.1", "Issue a force-wide practice note on the use of interpreters at domestic abuse incidents",
              "Greater Manchester Police", "April 2025", "Practice note issued 3 April 2025 and added to the DA intranet page.", "Complete"),
             ("3.2", "Add a mandatory ‘first language’ field to the domestic abuse risk assessment on the PoliceWorks system",
              "Greater Manchester Police", "Q3 2025/26", "System change request approved; awaiting release slot.", "Amber"),
         ]),
        ("4",
         "Manchester University NHS Foundation Trust should ensure that routine enquiry about domestic abuse is made at all antenatal contacts, including when the woman attends with a partner or relative.",
         "Local", [
             ("4.1", "Re-launch routine enquiry guidance in maternity services with a ‘see her alone’ standard for every contact",
              "Manchester University NHS Foundation Trust", "Sept 2025 – March 2026",
              "Guidance re-launched at all three sites; staff briefings continuing.", "Green"),
             ("4.2", "Audit compliance with routine enquiry at booking and at 28 weeks and report results to the Trust Safeguarding Committee",
              "Manchester University NHS Foundation Trust", "Quarterly", "Q1 audit: 81% compliance at booking.", "Green"),
         ]),
        ("5",
         "NHS Greater Manchester should seek assurance that GP practices record and act on disclosures of domestic abuse made by a third party.",
         "Local", [
             ("5.1", "Include third-party disclosures in the IRIS training refresh for Manchester GP practices",
              "NHS Greater Manchester (Manchester locality)", "March 2026", "Training materials updated; roll-out from November.", "Green"),
         ]),
    ]),
]

STATUS_SHADE = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_manchester():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Domestic Homicide Review ‘Maryam’ – Action Plan", style="Title")
    p = doc.add_paragraph("Manchester Community Safety Partnership")
    p.runs[0].bold = True
    doc.add_paragraph("Action plan agreed by the DHR Review Panel on 12 February 2025. "
                      "Progress updated for the Community Safety Partnership Board meeting of 16 October 2025.")
    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Summary of changes"),
                             ("1.0", "12/02/2025", "DHR Independent Chair", "Action plan agreed by Review Panel"),
                             ("1.1", "03/07/2025", "CSP Domestic Abuse Lead", "Progress updates from agencies"),
                             ("1.2", "06/10/2025", "CSP Domestic Abuse Lead", "Q2 updates; recommendation 2 timescale confirmed")]):
        for j, v in enumerate(row):
            set_text(dc.rows[i].cells[j], v, bold=(i == 0))
            if i == 0:
                shade(dc.rows[i].cells[j], "D9D9D9")
    doc.add_paragraph()
    doc.add_paragraph("Status key", style="Heading 2")
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate([("Complete", "All actions delivered and evidence received by the CSP"),
                                ("Green", "On track to be delivered by the target date"),
                                ("Amber", "At risk of missing the target date"),
                                ("Red", "Off track or target date missed"),
                                ("Not started", "Action not yet due to start")]):
        set_text(key.rows[i].cells[0], k, bold=True)
        if k in STATUS_SHADE:
            shade(key.rows[i].cells[0], STATUS_SHADE[k])
        set_text(key.rows[i].cells[1], v)
    col_widths(key, [3.5, 12])

    heads = ["Rec", "Recommendation", "Scope", "Ref", "Action to take", "Lead agency", "Target date",
             "Completion date and outcome", "Status"]
    cms = [1.0, 5.2, 1.8, 1.1, 5.6, 3.6, 2.2, 4.2, 2.0]
    for section, recs in MANC_SECTIONS:
        doc.add_paragraph()
        doc.add_paragraph(section, style="Heading 1")
        nrows = 1 + sum(len(r[3]) for r in recs)
        t = doc.add_table(rows=nrows, cols=len(heads))
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_text(t.rows[0].cells[j], h, bold=True, colour="FFFFFF")
            shade(t.rows[0].cells[j], "5B2C6F")
        ri = 1
        for num, rec, scope, acts in recs:
            first = ri
            for ref, action, lead, due, outcome, status in acts:
                cells = t.rows[ri].cells
                set_text(cells[3], ref)
                set_text(cells[4], action)
                set_text(cells[5], lead)
                set_text(cells[6], due)
                set_text(cells[7], outcome)
                set_text(cells[8], status, bold=True)
                if status in STATUS_SHADE:
                    shade(cells[8], STATUS_SHADE[status])
                ri += 1
            for j, v in ((0, num), (1, rec), (2, scope)):
                c = t.cell(first, j)
                if ri - 1 > first:
                    c = c.merge(t.cell(ri - 1, j))
                set_text(c, v, bold=(j == 0))
        col_widths(t, cms)
    doc.add_paragraph()
    doc.add_paragraph("The action plan is monitored by the Domestic Abuse Strategic Board on behalf of the Community "
                      "Safety Partnership. Recommendations will be signed off once evidence of completion has been received.")
    doc.save(out("pi-manchester-csp-dhr-maryam-action-plan.docx"))


# =============================================================================
# 5. Rotherham focused visit action plan (docx, read)
# =============================================================================
ROTH_AFIS = [
    ("Area for improvement 1",
     "The consistency with which supervision records show the rationale for management decisions and how children’s plans are progressing.",
     [
         ("1.1", "Refresh the supervision policy and recording template so that it prompts reflection on the child’s plan and the reason for each decision",
          "Head of Service – Quality, Practice and Performance", "September 2024",
          "Supervision template updated in the case recording system", "Complete",
          "New template live from 16 September 2024."),
         ("1.2", "Deliver reflective supervision training to all team managers and advanced practitioners",
          "Principal Social Worker", "October 2024 (revised: March 2025)",
          "100% of team managers and advanced practitioners trained", "Amber",
          "31 of 34 managers trained; final cohort booked for February 2025."),
         ("1.3", "Add supervision quality to the monthly practice audit programme and report findings to the Performance and Improvement Board",
          "Service Manager, Quality Assurance / Principal Social Worker", "Ongoing – monthly",
          "80% of audited supervision records rated good or better", "Green",
          "December audit: 74% good or better (up from 58% in July)."),
     ]),
    ("Area for improvement 2",
     "The quality of child in need and child protection plans, so that actions are specific, time-bound and understood by parents.",
     [
         ("2.1", "Introduce a revised child protection plan template written to the child and family, co-designed with parents",
          "Head of Safeguarding and Quality Assurance", "31/12/2024",
          "Revised template in use at all initial and review conferences", "Complete",
          "In use from 2 December 2024; parent feedback positive."),
         ("2.2", "Child protection chairs to quality assure every plan at review conference and escalate drift through the dispute resolution process",
          "Service Manager, Child Protection Chairs", "End of March 2025",
          "Quarterly report on escalations to Performance and Improvement Board", "Green",
          "First quarterly escalation report presented January 2025."),
         ("2.3", "Develop child in need plan guidance for Locality teams and test it through a thematic audit of 30 plans",
          "Head of Service – Locality Social Work", "Q1 2025/26",
          "Audit shows improvement in plan quality", "Green",
          "Guidance drafted; audit scheduled for May 2025."),
     ]),
    ("Area for improvement 3",
     "The response to 16- and 17-year-olds who present as homeless, including the timeliness of joint housing and children’s social care assessments.",
     [
         ("3.1", "Review and re-launch the joint protocol for homeless 16- and 17-year-olds with Housing Options",
          "Head of Service, Leaving Care / Head of Housing Options", "November 2024",
          "Protocol signed off by both directorates", "Complete",
          "Protocol re-launched 20 November 2024 with joint briefings."),
         ("3.2", "Create a single point of contact in the Children’s Front Door for 16- and 17-year-olds presenting as homeless and track assessment timeliness weekly",
          "Service Manager, Children’s Front Door", "April 2025",
          "Joint assessments started within 5 working days", "Amber",
          "Post agreed; recruitment in progress. Interim weekly tracking in place."),
     ]),
]


def make_rotherham():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Rotherham Children and Young People’s Services: Ofsted Focused Visit Action Plan", style="Title")
    doc.add_paragraph("Focused visit 14 and 15 May 2024 – children in need and children subject to a child protection plan")
    p = doc.add_paragraph("Version 3 – progress at 31 January 2025")
    p.runs[0].italic = True
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Plan owner", "Strategic Director, Children and Young People’s Services"),
                                ("Monitored by", "CYPS Performance and Improvement Board (monthly)"),
                                ("Reported to", "Improving Lives Select Commission"),
                                ("Version", "3.0"),
                                ("Date", "31/01/2025")]):
        set_text(dc.rows[i].cells[0], k, bold=True, size=10)
        shade(dc.rows[i].cells[0], "DEEAF6")
        set_text(dc.rows[i].cells[1], v, size=10)
    col_widths(dc, [4, 12])
    doc.add_paragraph()
    doc.add_paragraph("Inspectors identified three areas for improvement. Each area has its own table below; "
                      "progress is rated using the key.")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for j, (k, col) in enumerate([("Complete", "0070C0"), ("Green – on track", "00B050"),
                                  ("Amber – some slippage, recoverable", "FFC000"), ("Red – off track", "FF0000")]):
        set_text(key.rows[0].cells[j], k, bold=True)
        shade(key.rows[0].cells[j], col)
    heads = ["Ref", "Action", "Lead", "Timescale", "Success measure", "RAG", "Progress (January 2025)"]
    cms = [1.2, 7.0, 4.2, 3.0, 4.5, 1.8, 5.0]
    rag = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for label, afi, acts in ROTH_AFIS:
        doc.add_paragraph(label, style="Heading 2")
        t = doc.add_table(rows=2 + len(acts), cols=len(heads))
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, len(heads) - 1))
        set_text(top, afi, bold=True, size=10)
        shade(top, "FBE5D6")
        for j, h in enumerate(heads):
            set_text(t.rows[1].cells[j], h, bold=True)
            shade(t.rows[1].cells[j], "D9D9D9")
        for i, (ref, action, lead, due, measure, status, prog) in enumerate(acts, 2):
            for j, v in enumerate([ref, action, lead, due, measure, status, prog]):
                set_text(t.rows[i].cells[j], v)
            shade(t.rows[i].cells[5], rag[status])
        col_widths(t, cms)
        doc.add_paragraph()
    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, v in enumerate(["Name / role", "Signature", "Date"]):
        set_text(so.rows[0].cells[j], v, bold=True)
    for j, v in enumerate(["Strategic Director, Children and Young People’s Services", "Signed", "04/02/2025"]):
        set_text(so.rows[1].cells[j], v)
    doc.save(out("pi-rotherham-mbc-ofsted-focused-visit-action-plan.docx"))


# =============================================================================
# 6. Bolton Health and Wellbeing Board action log (csv, read)
# =============================================================================
BOLTON_HEAD = ["Ref", "Meeting date", "Agenda item", "Action", "Lead", "Due date", "Status", "Update"]
BOLTON_ROWS = [
    ["HWB/25/04", "11/06/2025", "Pharmaceutical Needs Assessment 2025",
     "Establish a PNA steering group and bring the draft PNA to the Board for approval before statutory consultation",
     "Consultant in Public Health (Health Protection)", "19/11/2025", "On track",
     "Steering group met in July and September; draft PNA on the November agenda."],
    ["HWB/25/05", "11/06/2025", "Better Care Fund 2025/26",
     "Provide a breakdown of BCF spend on hospital discharge schemes by scheme and provider",
     "Director of Adult Social Care / ICB Place-Based Lead", "19/11/2025", "Amber – delayed",
     "Q2 data awaited from ICB finance; will be circulated by email."],
    ["HWB/25/08", "17/09/2025", "Healthy Weight Declaration",
     "Report back on take-up of the holiday activities and food programme in the three wards with the highest childhood obesity",
     "Head of Early Help; Public Health Principal – Healthy Weight", "January 2026", "On track", ""],
    ["HWB/25/09", "17/09/2025", "Winter Plan 2025/26",
     "Share the locality winter surge plan with Board members.\nInclude the flu and COVID-19 vaccination uptake trajectory for Bolton.",
     "Director of Nursing, NHS GM (Bolton)", "Oct-25", "Not started", ""],
    ["HWB/25/10", "17/09/2025", "Bolton Safeguarding Adults Board Annual Report 2024/25",
     "Arrange a joint development session of the Health and Wellbeing Board and the Safeguarding Adults Board on self-neglect",
     "Democratic Services Officer", "TBC", "On track", "Dates being canvassed with both Chairs."],
    ["HWB/25/01", "12/03/2025", "Joint Local Health and Wellbeing Strategy 2025-30",
     "Circulate the final strategy and outcomes framework to all Board members and publish on the Council website",
     "Director of Public Health", "Apr-25", "Complete", "Published 2 April 2025."],
    ["HWB/25/03", "12/03/2025", "Director of Public Health Annual Report 2024",
     "Present the Director of Public Health Annual Report to the Bolton Vision Partnership",
     "Director of Public Health", "30/06/2025", "Complete", "Presented 24 June 2025."],
    ["HWB/25/06", "11/06/2025", "Healthwatch Bolton Annual Report",
     "Invite Healthwatch Bolton to present the findings of its GP access survey",
     "Democratic Services Officer", "Sep-25", "Complete", "Presented at the September meeting (item 7)."],
]


def make_bolton():
    n = len(BOLTON_HEAD)
    with open(out("pi-bolton-health-and-wellbeing-board-action-log.csv"), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["Bolton Health and Wellbeing Board – Action Log"] + [""] * (n - 1))
        w.writerow(["Updated following the meeting held on 17 September 2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(BOLTON_HEAD)
        for row in BOLTON_ROWS:
            w.writerow(row)
        w.writerow([""] * n)
        w.writerow(["Completed actions will be removed from the log after they have been reported to the next meeting."] + [""] * (n - 1))


# =============================================================================
# 7. St Helens SCP LCSPR Child N action plan (txt, tab-separated, read)
# =============================================================================
STH_HEAD = ["Learning theme", "Rec", "Recommendation", "Action ref", "Action", "Lead", "Target date", "RAG",
            "Progress / evidence"]
STH_ROWS = [
    ["Theme 1: Recognising and responding to chronic neglect", "R1",
     "Partners should use the Graded Care Profile 2 (GCP2) when neglect is a feature and there are repeated episodes of concern.",
     "1.1", "Relaunch GCP2 training across children's social care, early help and health visiting, with a target of 150 practitioners trained",
     "SCP Learning and Development Officer", "31/03/2026", "G", "96 practitioners trained to date"],
    ["", "", "", "1.2", "Audit the use of GCP2 in 20 cases open to Children's Social Care where neglect is the primary concern",
     "Head of Safeguarding and Quality Assurance", "Jan 2026", "A", "Audit tool agreed; case sample delayed by system migration"],
    ["", "R2",
     "Health visiting and school nursing should ensure that missed health appointments for children are followed up and escalated.",
     "2.1", "Implement the 'Was Not Brought' policy in 0-19 services and GP practices",
     "Designated Nurse Safeguarding Children, NHS Cheshire and Merseyside", "December 2025", "B",
     "Policy ratified by ICB Safeguarding Committee; GP briefing delivered"],
    ["Theme 2: Hearing the voice of the child", "R3",
     "Practitioners should record the child's own words and lived experience in assessments and plans, including for pre-verbal children.",
     "3.1", "Launch a 'Day in the life' practice guide and add a voice-of-the-child prompt to the single assessment",
     "Principal Social Worker", "30/09/2025", "B", "Guide launched at practice week; prompt live in Liquidlogic"],
    ["", "", "", "3.2", "Deliver briefings to Designated Safeguarding Leads in all St Helens schools on recording children's views",
     "Education Safeguarding Lead", "Summer term 2026", "G", "Primary DSL network briefed; secondary network booked"],
    ["Theme 3: Multi-agency information sharing and escalation", "R4",
     "The partnership should seek assurance that professionals use the escalation and resolution policy when they disagree with decisions.",
     "4.1", "Refresh the Escalation and Resolution Policy and publish a one-minute guide",
     "SCP Business Manager", "November 2025", "G", "Draft out for consultation with partners"],
    ["", "", "", "4.2", "Report escalation data from all three statutory partners to the Quality Assurance and Performance Subgroup each quarter",
     "Chair of the Quality Assurance and Performance Subgroup", "Quarterly", "G", "Q2 data received from all partners"],
    ["", "", "", "4.3", "Review how domestic abuse incidents involving children are shared with schools through Operation Encompass",
     "Detective Inspector, Merseyside Police PVP / Education Safeguarding Lead", "Q4 2025/26", "R",
     "Delayed – awaiting the new force information sharing agreement"],
]


def make_sthelens():
    lines = [
        "St Helens Safeguarding Children Partnership – Local Child Safeguarding Practice Review (Child N): Multi-Agency Action Plan",
        "Progress position at 31 October 2025 (exported from the SCP Business Unit action tracker)",
        "",
        "\t".join(STH_HEAD),
    ]
    lines += ["\t".join(r) for r in STH_ROWS]
    lines += [
        "",
        "Summary\tTotal actions: 8\tComplete (B): 2\tOn track (G): 4\tSome slippage (A): 1\tOff track (R): 1",
        "RAG key: B = complete; G = on track; A = some slippage; R = off track or unlikely to be met",
    ]
    with open(out("pi-st-helens-safeguarding-children-partnership-lcspr-child-n-action-plan.txt"), "w",
              encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_wigan()
    make_stockton()
    make_darlington()
    make_manchester()
    make_rotherham()
    make_bolton()
    make_sthelens()
    print("built 7 files")
