"""Build the seven md2- blind test files of set heldout376.

Run with /work/main/.venv/bin/python md2_make.py (openpyxl + python-docx).
Each data list below also carries, per action, the reading a person makes of it
(lead list, end month, status) so that the .expected.yaml files can be written
from the same text; the files themselves are built only from the cell values.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

GREEN, AMBER, RED, BLUE = "00B050", "FFC000", "FF0000", "0070C0"
RAG_FILL = {"green": GREEN, "amber": AMBER, "red": RED, "blue": BLUE}


def fill(hex_):
    return PatternFill(fill_type="solid", start_color="FF" + hex_, end_color="FF" + hex_)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Reigate & Banstead BC - transformation programme highlight report (xlsx)
# ---------------------------------------------------------------------------
RB_FILE = "md2-reigate-and-banstead-bc-transformation-programme-highlight-report.xlsx"
RB_TITLE = "Organisational Transformation Programme – Highlight Report"
# (ref, milestone, lead cell, baseline, forecast, last-period fill, this-period fill, commentary,
#  expected lead list)
RB_WS = [
    ("WS1 – Digital & Customer Experience", [
        ("WS1.1", "Launch new customer portal (My Account) for council tax, waste and housing enquiries",
         "Head of Digital", D(2025, 7, 1), D(2025, 7, 1), "green", "blue",
         "Live 21 July 2025. 4,180 accounts created by end of September.", ["Head of Digital"]),
        ("WS1.2", "Replace legacy CRM with cloud platform and migrate open cases",
         "Head of Digital / Customer Contact Manager", D(2025, 10, 1), D(2026, 1, 1), "amber", "amber",
         "Supplier data migration defect; revised go-live agreed by Board in August.",
         ["Head of Digital", "Customer Contact Manager"]),
        ("WS1.3", "Introduce webchat and automated telephone payments in the Contact Centre",
         "Customer Contact Manager", D(2025, 12, 1), D(2025, 12, 1), "green", "green",
         "Procurement complete; user testing starts November.", ["Customer Contact Manager"]),
    ]),
    ("WS2 – Property & Assets", [
        ("WS2.1", "Complete condition surveys of the operational and community estate",
         "Head of Property and Regeneration", D(2025, 9, 1), D(2025, 11, 1), "green", "amber",
         "Access to three community centres delayed by tenants; surveys 80% complete.",
         ["Head of Property and Regeneration"]),
        ("WS2.2", "Agree Asset Rationalisation Plan, including future use of the Town Hall annexe",
         "Head of Property and Regeneration", D(2026, 3, 1), D(2026, 3, 1), "green", "green",
         "", ["Head of Property and Regeneration"]),
    ]),
    ("WS3 – Workforce & Ways of Working", [
        ("WS3.1", "Roll out hybrid working policy and manager toolkit to all services",
         "Head of People and Organisational Development", D(2025, 6, 1), D(2025, 6, 1), "blue", "blue",
         "Complete – reported last quarter. To be removed from tracker in Q3.",
         ["Head of People and Organisational Development"]),
        ("WS3.2", "Implement new HR and payroll self-service system",
         "Head of People and Organisational Development; Head of Finance", D(2025, 11, 1), D(2026, 4, 1),
         "amber", "red",
         "Interface with the finance ledger failed user acceptance testing. Recovery plan to Board on 14 October.",
         ["Head of People and Organisational Development", "Head of Finance"]),
        ("WS3.3", "Launch leadership development programme for the top 60 managers",
         "Head of People and Organisational Development", D(2026, 1, 1), D(2026, 1, 1), "green", "green",
         "Provider appointed.", ["Head of People and Organisational Development"]),
    ]),
    ("WS4 – Local Government Reorganisation Readiness", [
        ("WS4.1", "Complete data and contracts inventory to support transition to a new unitary authority",
         "Strategic Head of Legal and Governance", D(2025, 12, 1), D(2025, 12, 1), None, "green",
         "New milestone added this quarter to prepare for Surrey local government reorganisation.",
         ["Strategic Head of Legal and Governance"]),
        ("WS4.2", "Agree staff engagement and communications plan for the transition",
         "Head of Communications and Engagement", D(2025, 11, 1), D(2025, 11, 1), None, "green",
         "Draft shared with unions 29 September.", ["Head of Communications and Engagement"]),
    ]),
]


def build_rb():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Reigate & Banstead Borough Council"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A2"] = RB_TITLE
    cov["A2"].font = Font(bold=True, size=16, color="FF1F4E79")
    cov["A3"] = "Reporting period: Quarter 2 2025/26 (July – September 2025)"
    rows = [("Programme Sponsor", "Chief Executive"),
            ("Senior Responsible Owner", "Strategic Head of Corporate Policy, Projects and Performance"),
            ("Programme Manager", "Transformation Programme Manager"),
            ("Report to", "Organisational Transformation Board – 14 October 2025")]
    for i, (a, b) in enumerate(rows, start=5):
        cov.cell(i, 1, a).font = BOLD
        cov.cell(i, 2, b)
    cov["A10"] = "RAG key"
    cov["A10"].font = BOLD
    key = [(GREEN, "On track – no issues"),
           (AMBER, "Some slippage or risk – being managed within the workstream"),
           (RED, "Off track – escalation to the Board required"),
           (BLUE, "Milestone complete")]
    for i, (c, t) in enumerate(key, start=11):
        cov.cell(i, 1).fill = fill(c)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2, t)
    cov["A16"] = "Document control"
    cov["A16"].font = BOLD
    dc = [("Version", "Date", "Author", "Comments"),
          ("0.1", "02/10/2025", "Programme Office", "First draft for workstream leads"),
          ("1.0", "08/10/2025", "Programme Office", "Issued to Board")]
    for i, r in enumerate(dc, start=17):
        for j, v in enumerate(r, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if i == 17:
                c.font = BOLD
    widths(cov, [28, 62, 20, 34])

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Programme summary – Q2 2025/26"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A3"] = "Overall programme status"
    sm["A3"].font = BOLD
    sm["B3"].fill = fill(AMBER)
    sm["B3"].border = BOX
    hdr = ["Workstream", "Workstream lead", "Status", "Milestones complete", "Milestones in plan",
           "Key message"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("1F4E79")
        c.border = BOX
        c.alignment = WRAP
    srows = [
        ("WS1 – Digital & Customer Experience", "Head of Digital", AMBER, 1, 3,
         "Portal live; CRM go-live moved to January."),
        ("WS2 – Property & Assets", "Head of Property and Regeneration", AMBER, 0, 2,
         "Survey access issues being resolved."),
        ("WS3 – Workforce & Ways of Working", "Head of People and Organisational Development", RED, 1, 3,
         "HR/payroll system recovery plan required."),
        ("WS4 – Local Government Reorganisation Readiness", "Strategic Head of Legal and Governance", GREEN, 0, 2,
         "New workstream established."),
    ]
    r = 6
    for ws_, lead, col, done, tot, msg in srows:
        vals = [ws_, lead, None, done, tot, msg]
        for j, v in enumerate(vals, start=1):
            c = sm.cell(r, j, v)
            c.border = BOX
            c.alignment = WRAP
        sm.cell(r, 3).fill = fill(col)
        r += 1
    sm.cell(r, 1, "Total").font = BOLD
    sm.cell(r, 4, "=SUM(D6:D9)").font = BOLD
    sm.cell(r, 5, "=SUM(E6:E9)").font = BOLD
    widths(sm, [44, 40, 10, 14, 14, 46])

    # Milestones sheet (the plan)
    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Milestone tracker – Q2 2025/26"
    ms["A1"].font = Font(bold=True, size=14)
    ms["A2"] = ("Baseline = month agreed at programme initiation (April 2025). Forecast = current delivery "
                "forecast agreed by the workstream lead. Status colours as per the key on the Cover sheet.")
    ms["A2"].alignment = Alignment(wrap_text=True)
    ms.merge_cells("A2:H2")
    ms.row_dimensions[2].height = 30
    hdr = ["Ref", "Milestone", "Lead", "Baseline", "Forecast", "Last period", "This period", "Commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ms.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("1F4E79")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for ws_name, items in RB_WS:
        c = ms.cell(r, 1, ws_name)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, text, lead, base, fc, last, this, comm, _ in items:
            vals = [ref, text, lead, base, fc, None, None, comm or None]
            for j, v in enumerate(vals, start=1):
                c = ms.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
            ms.cell(r, 4).number_format = "mmm-yy"
            ms.cell(r, 5).number_format = "mmm-yy"
            if last:
                ms.cell(r, 6).fill = fill(RAG_FILL[last])
            if this:
                ms.cell(r, 7).fill = fill(RAG_FILL[this])
            r += 1
    r += 1
    ms.cell(r, 1, "Notes: WS4 milestones were added at the September Board; they have no previous status. "
                  "Completed milestones stay on the tracker for one further quarter.")
    widths(ms, [8, 52, 30, 10, 10, 9, 9, 48])
    ms.freeze_panes = "A5"

    # Change log
    cl = wb.create_sheet("Change log")
    cl.append(["Date", "Change", "Approved by"])
    for c in cl[1]:
        c.font = BOLD
    cl.append(["12/08/2025", "WS1.2 forecast moved from Oct-25 to Jan-26", "Organisational Transformation Board"])
    cl.append(["09/09/2025", "WS4 added (LGR readiness)", "Organisational Transformation Board"])
    cl.append(["30/09/2025", "WS3.2 forecast moved from Nov-25 to Apr-26 (subject to recovery plan)",
               "Programme Sponsor"])
    widths(cl, [12, 64, 36])
    wb.save(os.path.join(HERE, RB_FILE))


# ---------------------------------------------------------------------------
# 2. Spelthorne BC - corporate risk register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
SP_FILE = "md2-spelthorne-bc-corporate-risk-register-q3-2025-26.xlsx"
SP_TITLE = "Corporate Risk Register – Quarter 3 2025/26"
# risks for the summary sheet
SP_RISKS = [
    ("CR01", "Financial sustainability", "Chief Finance Officer", "5 x 5 = 25", "4 x 5 = 20", "4 x 5 = 20",
     "↔", "3 x 4 = 12"),
    ("CR02", "Cyber security and data loss", "Deputy Chief Executive", "4 x 5 = 20", "3 x 5 = 15",
     "3 x 5 = 15", "↔", "2 x 5 = 10"),
    ("CR03", "Housing demand and temporary accommodation costs", "Group Head Community Wellbeing",
     "5 x 4 = 20", "4 x 4 = 16", "5 x 4 = 20", "↑", "3 x 4 = 12"),
    ("CR04", "Local government reorganisation", "Chief Executive", "4 x 4 = 16", "4 x 4 = 16", "3 x 4 = 12",
     "↓", "3 x 3 = 9"),
    ("CR05", "Workforce capacity, recruitment and retention", "Head of HR", "4 x 4 = 16", "3 x 4 = 12",
     "3 x 4 = 12", "↔", "2 x 4 = 8"),
]
# action plan: (risk cell, [(action ref, action, owner cell, target, revised, status cell, update,
#                           expected lead, expected end, expected end_text, expected status)])
SP_ACTIONS = [
    ("CR01 – Financial sustainability", [
        ("1.1", "Deliver the 2026/27 savings and income programme (£2.1m) and report progress monthly to "
                "Management Team", "Chief Finance Officer", D(2026, 3, 31), None, "Amber",
         "£1.4m identified; options for the remaining £0.7m to Corporate Policy and Resources Committee in "
         "February.", ["Chief Finance Officer"], "2026-03", None, "amber"),
        ("1.2", "Commission an independent review of the commercial property portfolio and debt repayment "
                "strategy", "Chief Finance Officer / Group Head Commissioning and Transformation",
         D(2025, 9, 30), D(2026, 2, 28), "Amber",
         "Draft review received in December; final report held back to reflect LGR implications.",
         ["Chief Finance Officer", "Group Head Commissioning and Transformation"], "2026-02", None, "amber"),
    ]),
    ("CR02 – Cyber security and data loss", [
        ("2.1", "Complete the Cyber Assessment Framework baseline self-assessment", "ICT Manager",
         D(2025, 12, 31), None, "Complete", "Submitted 12 December 2025.", ["ICT Manager"], "2025-12", None,
         "blue"),
        ("2.2", "Run a phishing simulation exercise for all staff and councillors", "ICT Manager",
         D(2026, 1, 31), None, "Green", "Exercise scheduled for w/c 19 January.", ["ICT Manager"], "2026-01",
         None, "green"),
        ("2.3", "Test the ICT disaster recovery plan with a full restore of core systems",
         "ICT Manager; Emergency Planning Manager", D(2026, 3, 31), None, "Not started",
         "To follow the data centre migration.", ["ICT Manager", "Emergency Planning Manager"], "2026-03", None,
         "unrated"),
    ]),
    ("CR03 – Housing demand and temporary accommodation costs", [
        ("3.1", "Bring into use 24 additional units of council-owned temporary accommodation",
         "Group Head Community Wellbeing", D(2025, 11, 30), D(2026, 5, 31), "Red",
         "Main contractor entered administration in October; re-procurement under way.",
         ["Group Head Community Wellbeing"], "2026-05", None, "red"),
        ("3.2", "Review the Housing Allocations Policy and consult on proposed changes", "Housing Options Manager",
         D(2026, 6, 30), None, "Green", "Member working group set up.", ["Housing Options Manager"], "2026-06",
         None, "green"),
    ]),
    ("CR04 – Local government reorganisation", [
        ("4.1", "Establish an LGR programme board and officer working groups with the other Surrey councils",
         "Chief Executive", D(2025, 10, 31), None, "Complete", "Programme board meets fortnightly.",
         ["Chief Executive"], "2025-10", None, "blue"),
        ("4.2", "Maintain a register of decisions and contracts that will need the consent of the new authority",
         "Group Head Corporate Governance", "Ongoing", None, "Green", "Register reviewed at each CMT.",
         ["Group Head Corporate Governance"], None, "Ongoing", "green"),
    ]),
    ("CR05 – Workforce capacity, recruitment and retention", [
        ("5.1", "Implement the recruitment and retention action plan, including market supplements for "
                "hard-to-fill posts", "Head of HR", D(2026, 3, 31), None, "Amber",
         "Market supplement policy approved; planning and legal vacancies remain high.", ["Head of HR"],
         "2026-03", None, "amber"),
        ("5.2", "Launch the apprenticeship and graduate trainee scheme for 2026 intake", "Head of HR",
         D(2026, 4, 30), None, "Green", "", ["Head of HR"], "2026-04", None, "green"),
    ]),
]
SP_STATUS_FILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}


def build_sp():
    wb = Workbook()
    su = wb.active
    su.title = "Risk Summary"
    su["A1"] = "Spelthorne Borough Council"
    su["A1"].font = Font(bold=True, size=12)
    su["A2"] = SP_TITLE
    su["A2"].font = Font(bold=True, size=15)
    su["A3"] = "Position as at 31 December 2025. Presented to Audit Committee, 29 January 2026."
    hdr = ["Ref", "Risk", "Risk owner", "Inherent score (L x I)", "Q2 residual score", "Q3 residual score",
           "Direction of travel", "Target score"]
    for j, h in enumerate(hdr, start=1):
        c = su.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    for i, row in enumerate(SP_RISKS, start=6):
        for j, v in enumerate(row, start=1):
            c = su.cell(i, j, v)
            c.border = BOX
            c.alignment = WRAP
    su.cell(12, 1, "Scores: Likelihood x Impact, each on a 1–5 scale. 15 and above = high (red); "
                   "8–12 = medium (amber); below 8 = low (green). Actions for each risk are on the "
                   "'Action Plan' sheet.")
    widths(su, [7, 46, 30, 14, 12, 12, 11, 12])

    ap = wb.create_sheet("Action Plan")
    ap["A1"] = "Corporate Risk Register – Further Actions (Q3 2025/26)"
    ap["A1"].font = Font(bold=True, size=14)
    hdr = ["Risk", "Action ref", "Further action required", "Action owner", "Target date",
           "Revised target date", "Status", "Q3 update"]
    for j, h in enumerate(hdr, start=1):
        c = ap.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    r = 4
    for risk, acts in SP_ACTIONS:
        top = r
        for ref, text, owner, tgt, rev, st, upd, *_ in acts:
            vals = [risk if r == top else None, ref, text, owner, tgt, rev, st, upd or None]
            for j, v in enumerate(vals, start=1):
                c = ap.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
            for col in (5, 6):
                if isinstance(ap.cell(r, col).value, dt.datetime):
                    ap.cell(r, col).number_format = "dd/mm/yyyy"
            if st in SP_STATUS_FILL:
                ap.cell(r, 7).fill = fill(SP_STATUS_FILL[st])
            r += 1
        if r - 1 > top:
            ap.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
        ap.cell(top, 1).font = BOLD
        ap.cell(top, 1).alignment = WRAP
    r += 1
    ap.cell(r, 1, "Status key").font = BOLD
    keys = [("Green", "On track"), ("Amber", "At risk of slipping"), ("Red", "Overdue or off track"),
            ("Complete", "Action closed – evidence held by risk owner"), ("Not started", "Not yet due to start")]
    for k, t in keys:
        r += 1
        c = ap.cell(r, 1, k)
        if k in SP_STATUS_FILL:
            c.fill = fill(SP_STATUS_FILL[k])
        ap.cell(r, 2, t)
    widths(ap, [26, 8, 52, 30, 12, 12, 12, 46])
    ap.freeze_panes = "A4"

    mx = wb.create_sheet("Scoring Matrix")
    mx["A1"] = "Risk scoring matrix"
    mx["A1"].font = BOLD
    mx["A3"] = "Impact →  /  Likelihood ↓"
    for j in range(1, 6):
        mx.cell(3, j + 1, j).font = BOLD
    for i in range(5, 0, -1):
        row = 3 + (6 - i)
        mx.cell(row, 1, i).font = BOLD
        for j in range(1, 6):
            s = i * j
            c = mx.cell(row, j + 1, s)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
            c.border = BOX
    widths(mx, [24, 6, 6, 6, 6, 6])
    wb.save(os.path.join(HERE, SP_FILE))


# ---------------------------------------------------------------------------
# 3. Birmingham Women's and Children's NHSFT - maternity and neonatal improvement plan (xlsx)
# ---------------------------------------------------------------------------
BW_FILE = "md2-birmingham-womens-and-childrens-nhsft-maternity-neonatal-improvement-plan.xlsx"
BW_TITLE = "Maternity and Neonatal Improvement Plan 2024–2026"
# (theme, [(objective, [(ref, action, source, lead cell, original, revised, brag, update,
#                       expected lead, expected end, expected end_text)])])
BW_PLAN = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("Objective 1 – Care that is personalised", [
            ("1.1.1", "Offer every woman a personalised care and support plan (PCSP) at booking and review it at "
                      "28 and 36 weeks", "3YDP; Ockenden IEA 3", "Director of Midwifery", D(2025, 3, 31),
             D(2025, 12, 31), "A", "Q2 audit: 71% of PCSPs reviewed at 36 weeks against a 90% target.",
             ["Director of Midwifery"], "2025-12", None),
            ("1.1.2", "Launch a 'Birth Reflections' listening service for women and birthing people to discuss "
                      "their birth experience", "3YDP; MNVP feedback", "Consultant Midwife – Public Health",
             D(2024, 12, 31), None, "B", "Service live since November 2024; 212 sessions held.",
             ["Consultant Midwife – Public Health"], "2024-12", None),
        ]),
        ("Objective 2 – Improve equity for mothers and babies", [
            ("1.2.1", "Deliver the Trust actions in the LMNS Equity and Equality Plan, including use of a "
                      "professional interpreter at every contact where needed", "3YDP; LMNS E&E Plan",
             "Director of Midwifery / Equity and Equality Lead Midwife", D(2026, 3, 31), None, "G",
             "Interpreter use recorded at 88% of contacts (September).",
             ["Director of Midwifery", "Equity and Equality Lead Midwife"], "2026-03", None),
        ]),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("Objective 4 – Grow our workforce", [
            ("2.4.1", "Recruit to the midwifery establishment set by the 2024 Birthrate Plus assessment "
                      "(funded uplift of 18.4 WTE)", "3YDP; MIS SA5", "Director of Midwifery; Deputy Chief People Officer",
             D(2025, 3, 31), D(2026, 3, 31), "A",
             "Vacancy 6.2 WTE at October 2025; international recruitment cohort arrives January 2026.",
             ["Director of Midwifery", "Deputy Chief People Officer"], "2026-03", None),
            ("2.4.2", "Achieve twice-daily consultant-led ward rounds and consultant presence on the delivery "
                      "suite in line with RCOG workforce guidance", "Ockenden IEA 1; CQC 2024 MD3",
             "Clinical Director for Obstetrics", D(2025, 6, 30), None, "R",
             "Business case deferred by Investment Group; weekend rota gaps remain.",
             ["Clinical Director for Obstetrics"], "2025-06", None),
        ]),
        ("Objective 5 – Value and retain our workforce", [
            ("2.5.1", "Implement the midwifery retention plan, including preceptorship and legacy mentor roles",
             "3YDP", "Lead Midwife for Workforce and Education", D(2025, 9, 30), None, "B",
             "Legacy mentors in post; turnover down from 14% to 9.8%.",
             ["Lead Midwife for Workforce and Education"], "2025-09", None),
        ]),
        ("Objective 6 – Invest in skills", [
            ("2.6.1", "Ensure 90% of every staff group completes PROMPT and fetal monitoring training under the "
                      "Core Competency Framework v2", "MIS SA8; 3YDP",
             "Practice Development Midwife / Fetal Monitoring Lead Obstetrician", D(2025, 12, 31), None, "G",
             "Compliance 92% midwives, 87% obstetricians, 91% anaesthetists.",
             ["Practice Development Midwife", "Fetal Monitoring Lead Obstetrician"], "2025-12", None),
        ]),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("Objective 7 – Develop a positive safety culture", [
            ("3.7.1", "Maternity and neonatal leadership team to complete the NHS England Perinatal Culture and "
                      "Leadership Programme and share the culture survey results with staff",
             "3YDP", "Director of Midwifery", D(2025, 3, 31), None, "B",
             "Programme completed March 2025; results shared at listening events.",
             ["Director of Midwifery"], "2025-03", None),
        ]),
        ("Objective 8 – Learning and improving", [
            ("3.8.1", "Embed PSIRF in maternity and neonatal services: weekly safety huddle and a monthly "
                      "learning bulletin", "3YDP; PSIRF", "Maternity Governance Lead", "Ongoing", None, "G",
             "Huddles embedded; 10 bulletins issued since January.", ["Maternity Governance Lead"], None,
             "Ongoing"),
        ]),
    ]),
    ("Theme 4: Standards and structures that underpin safer, more personalised, and more equitable care", [
        ("Objective 10 – Standards to ensure best practice", [
            ("4.10.1", "Achieve full implementation of Saving Babies' Lives Care Bundle version 3 across all six "
                       "elements", "MIS SA6; 3YDP", "Clinical Director for Obstetrics", D(2025, 3, 31),
             D(2026, 3, 31), "A", "Elements 1, 3, 4 and 6 fully implemented; elements 2 and 5 at 70% and 80%.",
             ["Clinical Director for Obstetrics"], "2026-03", None),
        ]),
        ("Objective 12 – Make better use of digital technology", [
            ("4.12.1", "Implement the maternity module of the electronic patient record (EPR) and retire paper "
                       "handheld notes", "3YDP", "Chief Digital and Information Officer", D(2025, 11, 30), None,
             "A", "Go-live planned 24 November; dependent on completion of staff training.",
             ["Chief Digital and Information Officer"], "2025-11", None),
        ]),
    ]),
]
BW_BRAG = {"B": ("blue", BLUE), "R": ("red", RED), "A": ("amber", AMBER), "G": ("green", GREEN)}


def build_bw():
    wb = Workbook()
    rm = wb.active
    rm.title = "Read me"
    rm["A1"] = "Birmingham Women's and Children's NHS Foundation Trust"
    rm["A1"].font = Font(bold=True, size=12)
    rm["A2"] = BW_TITLE
    rm["A2"].font = Font(bold=True, size=16, color="FF7030A0")
    lines = [
        "Purpose: single improvement plan bringing together the Three Year Delivery Plan for Maternity and "
        "Neonatal Services (3YDP), Ockenden Immediate and Essential Actions (IEA), the Maternity Incentive "
        "Scheme (MIS) Year 6 safety actions and the CQC 2024 maternity inspection.",
        "Governance: reviewed monthly at the Maternity and Neonatal Assurance Group; reported bi-monthly to "
        "Quality Committee and to the LMNS.",
        "Version 7 – position at 31 October 2025.",
    ]
    for i, t in enumerate(lines, start=4):
        rm.cell(i, 1, t).alignment = Alignment(wrap_text=True)
        rm.merge_cells(start_row=i, start_column=1, end_row=i, end_column=3)
        rm.row_dimensions[i].height = 45
    rm["A8"] = "BRAG key"
    rm["A8"].font = BOLD
    key = [("B", BLUE, "Complete – evidence submitted to the Maternity and Neonatal Assurance Group"),
           ("G", GREEN, "On track"),
           ("A", AMBER, "Delivery at risk; recovery actions in place"),
           ("R", RED, "Off track – will not be delivered without intervention")]
    for i, (k, c, t) in enumerate(key, start=9):
        cell = rm.cell(i, 1, k)
        cell.fill = fill(c)
        cell.alignment = Alignment(horizontal="center")
        rm.cell(i, 2, t)
    widths(rm, [10, 80, 10])

    ip = wb.create_sheet("Improvement Plan")
    ip["A1"] = "Birmingham Women's and Children's NHS Foundation Trust"
    ip["A1"].font = BOLD
    ip["A2"] = BW_TITLE
    ip["A2"].font = Font(bold=True, size=14)
    ip["A3"] = "Version 7 – position at 31 October 2025"
    hdr = ["Ref", "Action", "Source", "Lead(s)", "Original due date", "Revised due date", "BRAG",
           "Progress update / evidence"]
    for j, h in enumerate(hdr, start=1):
        c = ip.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for theme, objs in BW_PLAN:
        c = ip.cell(r, 1, theme)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("5B2C6F")
        ip.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for obj, acts in objs:
            c = ip.cell(r, 1, obj)
            c.font = Font(bold=True, italic=True)
            c.fill = fill("E4DFEC")
            ip.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for ref, text, src, lead, orig, rev, brag, upd, *_ in acts:
                vals = [ref, text, src, lead, orig, rev, brag, upd]
                for j, v in enumerate(vals, start=1):
                    c = ip.cell(r, j, v)
                    c.border = BOX
                    c.alignment = WRAP
                for col in (5, 6):
                    if isinstance(ip.cell(r, col).value, dt.datetime):
                        ip.cell(r, col).number_format = "dd/mm/yyyy"
                ip.cell(r, 7).fill = fill(BW_BRAG[brag][1])
                ip.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
    r += 1
    ip.cell(r, 1, "Where a revised due date is shown it has been agreed by the Maternity and Neonatal "
                  "Assurance Group; the original date is retained for audit purposes.")
    widths(ip, [8, 56, 20, 32, 12, 12, 7, 48])
    ip.freeze_panes = "C6"

    st = wb.create_sheet("Summary by theme")
    st["A1"] = "Summary of BRAG status by theme"
    st["A1"].font = BOLD
    st.append([])
    st.append(["Theme", "Actions", "B", "G", "A", "R"])
    for c in st[3]:
        c.font = BOLD
    for theme, objs in BW_PLAN:
        acts = [a for _, aa in objs for a in aa]
        counts = {k: sum(1 for a in acts if a[6] == k) for k in "BGAR"}
        st.append([theme.split(":")[0], len(acts), counts["B"], counts["G"], counts["A"], counts["R"]])
    st.append(["Total", "=SUM(B4:B7)", "=SUM(C4:C7)", "=SUM(D4:D7)", "=SUM(E4:E7)", "=SUM(F4:F7)"])
    for c in st[8]:
        c.font = BOLD
    widths(st, [14, 9, 6, 6, 6, 6])
    wb.save(os.path.join(HERE, BW_FILE))


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


def bold_cell(cell, text, white=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Sussex Partnership NHSFT - single agency action plan, SAR Mr Y (docx)
# ---------------------------------------------------------------------------
SX_FILE = "md2-sussex-partnership-nhsft-sar-mr-y-single-agency-action-plan.docx"
SX_TITLE = "Single Agency Action Plan – Safeguarding Adults Review: Mr Y"
# (heading, recommendation, difference, [(ref, action, evidence, lead cell, timescale, status,
#                                          expected lead, expected end, expected end_text)])
SX_RECS = [
    ("Recommendation 1: Self-neglect and professional curiosity",
     "The Trust should assure the Board that staff working with adults who self-neglect understand and apply "
     "the West Sussex Self-Neglect Procedures, including escalation to a multi-agency risk management meeting.",
     "Staff recognise self-neglect early and escalate concerns through the multi-agency risk management process "
     "rather than closing cases when care is declined.",
     [("1.1", "Add self-neglect and hoarding content to Level 3 safeguarding adults training",
       "Revised training materials; attendance figures", "Named Nurse Safeguarding Adults", "March 2025",
       "Blue", ["Named Nurse Safeguarding Adults"], "2025-03", None),
      ("1.2", "Audit 30 community mental health team records of patients known to self-neglect for use of the "
              "multi-agency risk management (MARM) process", "Audit report to Safeguarding Committee",
       "Head of Safeguarding", "Q3 2025/26", "Green", ["Head of Safeguarding"], "2025-12", None),
      ("1.3", "Publish a 7-minute briefing on the learning from Mr Y for all adult mental health teams",
       "Briefing on intranet; cascade confirmed by service managers", "Head of Safeguarding",
       "By 30 November 2024", "Blue", ["Head of Safeguarding"], "2024-11", None)]),
    ("Recommendation 2: Mental Capacity Act assessment",
     "The Trust should ensure that capacity assessments are decision-specific and time-specific, and are "
     "recorded in the electronic patient record whenever a person declines care or treatment.",
     "Records show a clear, decision-specific capacity assessment each time a patient declines an intervention.",
     [("2.1", "Introduce a structured Mental Capacity Act assessment form in the electronic patient record",
       "Form live in all adult community teams", "MCA Lead / Clinical Systems Manager", "September 2025",
       "Amber", ["MCA Lead", "Clinical Systems Manager"], "2025-09", None),
      ("2.2", "Deliver MCA practice workshops for community mental health and older adults teams",
       "Workshop programme and attendance", "MCA Lead", "December 2025", "Green", ["MCA Lead"], "2025-12",
       None)]),
    ("Recommendation 3: Working with families and carers",
     "The Trust should strengthen how clinicians identify and involve carers, including offering a referral for "
     "a carer's assessment when a family member raises concerns.",
     "Carers are identified, listened to and offered support, and their concerns are recorded and acted on.",
     [("3.1", "Relaunch the Triangle of Care self-assessment in all adult community teams",
       "Completed self-assessments and team action plans", "Head of Patient and Carer Experience",
       "March 2026", "Green", ["Head of Patient and Carer Experience"], "2026-03", None),
      ("3.2", "Add a prompt to the care plan review to record carer involvement and any carer's assessment "
              "referral", "Care plan template change; audit of 20 reviews",
       "Associate Director of Nursing (Adult Mental Health)", "April 2025", "Red",
       ["Associate Director of Nursing (Adult Mental Health)"], "2025-04", None)]),
    ("Recommendation 4: Multi-agency information sharing",
     "Partner agencies should ensure that discharge from secondary mental health services is shared with the GP "
     "and with any agency leading an open safeguarding enquiry.",
     "No patient with an open safeguarding enquiry is discharged without the lead agency being informed.",
     [("4.1", "Review the discharge summary template so that any open safeguarding enquiry and its lead agency "
              "are recorded and copied to the GP",
       "Template change; quarterly audit of discharges",
       "Associate Director of Nursing (Adult Mental Health) / Head of Safeguarding",
       "Ongoing – reviewed quarterly", "Green",
       ["Associate Director of Nursing (Adult Mental Health)", "Head of Safeguarding"], None,
       "Ongoing – reviewed quarterly")]),
]
SX_FILL = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def build_sx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Sussex Partnership NHS Foundation Trust")
    run.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(SX_TITLE, level=0)
    doc.add_paragraph("West Sussex Safeguarding Adults Board – Safeguarding Adults Review 'Mr Y' "
                      "(overview report published June 2024)")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Document owner", "Head of Safeguarding"), ("Version", "3.0"),
                 ("Date of this update", "12 August 2025"),
                 ("Approved by", "Trust Safeguarding Committee"), ("Next update due", "November 2025")]:
        row = t.add_row().cells
        bold_cell(row[0], a)
        row[1].text = b
    doc.add_paragraph()
    doc.add_paragraph().add_run("Status key").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for name, text in [("Blue", "Complete – evidence received and assured by the Head of Safeguarding"),
                       ("Green", "On track to complete within timescale"),
                       ("Amber", "Delayed – revised timescale agreed"),
                       ("Red", "Not on track – escalated to Safeguarding Committee")]:
        row = k.add_row().cells
        row[0].text = name
        shade(row[0], SX_FILL[name])
        row[1].text = text

    for heading, rec, diff, acts in SX_RECS:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(rec)
        dp = doc.add_paragraph()
        dp.add_run("What difference do we expect to see? ").bold = True
        dp.add_run(diff).italic = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Evidence of completion", "Lead", "Timescale",
                                            "Status"]):
            bold_cell(c, h, white=True)
            shade(c, "1F3864")
        for ref, text, ev, lead, ts, status, *_ in acts:
            row = tb.add_row().cells
            for c, v in zip(row, [ref, text, ev, lead, ts, status]):
                c.text = v
            shade(row[5], SX_FILL[status])
        doc.add_paragraph()

    doc.add_paragraph("Progress against this plan is reported quarterly to the West Sussex Safeguarding Adults "
                      "Board SAR Subgroup and to the Trust Safeguarding Committee.")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Signed off by", "Role", "Date"]):
        bold_cell(c, h)
    for c, v in zip(so.rows[1].cells, ["", "Chief Nursing Officer", "12/08/2025"]):
        c.text = v
    doc.save(os.path.join(HERE, SX_FILE))


# ---------------------------------------------------------------------------
# 5. Safer Guildford Partnership - community safety action plan 2025/26 (docx)
# ---------------------------------------------------------------------------
SG_FILE = "md2-safer-guildford-partnership-community-safety-plan-2025-26-action-plan.docx"
SG_TITLE = "Safer Guildford Partnership Action Plan 2025/26"
# (priority, [(what, lead cell, when, measure, update, rag, expected lead, end, end_text, status)])
SG_PRIORITIES = [
    ("Priority 1: Domestic abuse and violence against women and girls", [
        ("Adopt the Surrey Gold Standard coercive and controlling behaviour framework across SGP partners",
         "GBC Community Safety Team; South West Surrey Domestic Abuse Outreach Service", "March 2026",
         "Framework signed off by SGP Executive", "Draft adoption plan to the Executive in November.", "G",
         ["GBC Community Safety Team", "South West Surrey Domestic Abuse Outreach Service"], "2026-03", None,
         "green"),
        ("Deliver two domestic abuse awareness webinars for residents and local businesses",
         "GBC Community Safety Team", "Nov 2025", "Attendance and feedback",
         "Webinar 1 held 16 September (48 attendees).", "G", ["GBC Community Safety Team"], "2025-11", None,
         "green"),
        ("Extend the 'Walk and Talk' sessions for women and girls to Ash and Shalford",
         "Surrey Police (Guildford Neighbourhood Team)", "September 2025", "Sessions held; feedback collected",
         "Sessions held in Ash in July and Shalford in August.", "C",
         ["Surrey Police (Guildford Neighbourhood Team)"], "2025-09", None, "blue"),
    ]),
    ("Priority 2: Anti-social behaviour and community harm", [
        ("Review the Guildford Town Centre Public Spaces Protection Order ahead of its expiry",
         "GBC Community Safety Team and GBC Legal Services", "April 2026", "Decision by Executive",
         "Public consultation planned for January 2026.", "G",
         ["GBC Community Safety Team", "GBC Legal Services"], "2026-04", None, "green"),
        ("Hold Joint Action Group (JAG) meetings to agree problem-solving plans for high-risk ASB cases",
         "Surrey Police / GBC Community Safety Team", "Monthly", "Cases closed with reduced risk",
         "Six JAGs held since April; 11 cases closed.", "G",
         ["Surrey Police", "GBC Community Safety Team"], None, "Monthly", "green"),
        ("Introduce a single ASB case management system shared by the Council and housing providers",
         "GBC Community Safety Team", "December 2025", "System live",
         "Procurement paused pending local government reorganisation decisions.", "R",
         ["GBC Community Safety Team"], "2025-12", None, "red"),
    ]),
    ("Priority 3: Protecting people from serious harm", [
        ("Deliver Prevent awareness training to front-line council and voluntary sector staff",
         "Surrey County Council Prevent Lead", "March 2026", "Number of staff trained",
         "Two sessions delivered; voluntary sector take-up low.", "A",
         ["Surrey County Council Prevent Lead"], "2026-03", None, "amber"),
        ("Carry out night-time economy operations with licensing partners to tackle spiking and vulnerability",
         "Surrey Police and GBC Licensing", "Quarterly", "Operations held; premises visited",
         "Operations in June and September; 38 premises visited.", "G",
         ["Surrey Police", "GBC Licensing"], None, "Quarterly", "green"),
        ("Map serious youth violence locations with the Surrey Serious Violence Duty team",
         "Surrey County Council; Surrey Police", "31/10/2025", "Problem profile shared with partners",
         "Problem profile presented to the SGP Executive on 21 October.", "C",
         ["Surrey County Council", "Surrey Police"], "2025-10", None, "blue"),
    ]),
    ("Priority 4: Supporting communities to help themselves", [
        ("Relaunch the Community Safety Champions network with residents' associations",
         "GBC Community Safety Team", "Jan 2026", "Number of active champions",
         "Recruitment slowed by staff vacancy; relaunch event moved to January.", "A",
         ["GBC Community Safety Team"], "2026-01", None, "amber"),
    ]),
]
SG_FILL = {"G": "00B050", "A": "FFC000", "R": "FF0000", "C": "0070C0"}


def build_sg():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(SG_TITLE, level=0)
    doc.add_paragraph("Mid-year progress update – October 2025")
    doc.add_paragraph(
        "This action plan sets out how Safer Guildford Partnership (SGP) partners will deliver the priorities "
        "in the SGP Plan 2024–2027. It is monitored by the SGP Executive and reported annually to Guildford "
        "Borough Council's Overview and Scrutiny Committee as the crime and disorder committee.")
    p = doc.add_paragraph()
    p.add_run("RAG status: ").bold = True
    p.add_run("G – on track; A – some slippage; R – significant concern, escalated to SGP Executive; "
              "C – complete.")
    for prio, acts in SG_PRIORITIES:
        tb = doc.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        top = tb.rows[0].cells
        merged = top[0].merge(top[5])
        bold_cell(merged, prio, white=True)
        shade(merged, "2E4A7D")
        for c, h in zip(tb.rows[1].cells, ["What we will do", "Lead partner(s)", "By when", "How we will know",
                                            "Update (October 2025)", "RAG"]):
            bold_cell(c, h)
            shade(c, "D9E2F3")
        for what, lead, when, meas, upd, rag, *_ in acts:
            row = tb.add_row().cells
            for c, v in zip(row, [what, lead, when, meas, upd, rag]):
                c.text = v
            shade(row[5], SG_FILL[rag])
        doc.add_paragraph()
    doc.add_heading("Glossary", level=2)
    g = doc.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for a, b in [("ASB", "Anti-social behaviour"), ("GBC", "Guildford Borough Council"),
                 ("JAG", "Joint Action Group"), ("PSPO", "Public Spaces Protection Order"),
                 ("SGP", "Safer Guildford Partnership"), ("VAWG", "Violence against women and girls")]:
        row = g.add_row().cells
        row[0].text = a
        row[1].text = b
    doc.save(os.path.join(HERE, SG_FILE))


# ---------------------------------------------------------------------------
# 6. Epsom & Ewell CSP - DHR 'Yvonne' action plan (csv)
# ---------------------------------------------------------------------------
EE_FILE = "md2-epsom-and-ewell-csp-dhr-yvonne-action-plan.csv"
EE_TITLE = "Domestic Homicide Review 'Yvonne' – Action Plan"
# (recommendation, scope, [(action no, action, lead agency, milestones, target, completion, status,
#                           expected lead, end, end_text, status)])
EE_RECS = [
    ("1. All agencies to ensure that staff routinely ask about domestic abuse when an older person discloses "
     "a change in a family carer's behaviour.", "Local", [
        ("1.1", "Include older people and carer-perpetrated abuse in the CSP's domestic abuse training offer",
         "Epsom and Ewell Borough Council (Community Safety)",
         "Training module drafted with East Surrey Domestic Abuse Services", "31/03/2025",
         "Completed 28/03/2025 – three sessions delivered, 57 staff trained", "Complete",
         ["Epsom and Ewell Borough Council (Community Safety)"], "2025-03", None, "blue"),
        ("1.2", "Audit adult social care safeguarding enquiries involving a family carer for evidence of routine "
                "enquiry about domestic abuse", "Surrey County Council Adult Social Care",
         "Audit tool agreed; sample of 40 enquiries identified", "Dec 2025", "", "On track",
         ["Surrey County Council Adult Social Care"], "2025-12", None, "green"),
    ]),
    ("2. Surrey Police to review how repeat calls from the same address are flagged when no crime is recorded.",
     "Surrey-wide", [
        ("2.1", "Review call-handling guidance so that a third call to the same address within 28 days prompts a "
                "supervisor review", "Surrey Police", "Guidance redrafted and approved by Contact Centre SMT",
         "30/06/2025", "Completed – guidance reissued June 2025", "Complete", ["Surrey Police"], "2025-06", None,
         "blue"),
        ("2.2", "Dip-sample 50 repeat-call incidents to test compliance with the revised guidance",
         "Surrey Police", "", "January 2026", "", "Not started", ["Surrey Police"], "2026-01", None,
         "unrated"),
    ]),
    ("3. GP practices and Surrey Heartlands ICB to improve recognition of carer stress and coercive control in "
     "consultations with older couples.", "Local", [
        ("3.1", "Deliver domestic abuse awareness training to all GP practices in the Epsom and Ewell primary "
                "care network", "Surrey Heartlands ICB (Designated Nurse for Safeguarding Adults)",
         "Four of nine practices trained; remaining sessions booked", "March 2026", "", "Amber",
         ["Surrey Heartlands ICB (Designated Nurse for Safeguarding Adults)"], "2026-03", None, "amber"),
        ("3.2", "Add a domestic abuse prompt to the annual carer health check template",
         "Surrey Heartlands ICB; GP practices", "Prompt added to template v4", "Ongoing", "", "On track",
         ["Surrey Heartlands ICB", "GP practices"], None, "Ongoing", "green"),
    ]),
    ("4. The CSP to share the learning from this review with partners and the public.", "Local", [
        ("4.1", "Publish a 7-minute briefing and hold a learning event for partners:\n"
                "a) briefing circulated to all CSP members\n"
                "b) learning event held during the 16 Days of Action",
         "Epsom and Ewell Community Safety Partnership", "Briefing circulated 2 October 2025", "December 2025",
         "", "On track", ["Epsom and Ewell Community Safety Partnership"], "2025-12", None, "green"),
        ("4.2", "Publish the overview report and executive summary on the Council website following Home Office "
                "approval", "Epsom and Ewell Borough Council", "Home Office QA Panel letter received July 2025",
         "Aug-25", "Published 4 August 2025", "Complete", ["Epsom and Ewell Borough Council"], "2025-08", None,
         "blue"),
    ]),
]


def build_ee():
    header = ["Recommendation", "Scope", "Action No.", "Action to take", "Lead Agency",
              "Key milestones achieved in enacting recommendation", "Target Date",
              "Date of completion and Outcome", "Status"]
    n = len(header)
    pad = lambda first: [first] + [""] * (n - 1)
    rows = [pad("Epsom & Ewell Community Safety Partnership"),
            pad(EE_TITLE),
            pad("Updated 14 October 2025 (version 5) – for the CSP Board"),
            [""] * n,
            header]
    for rec, scope, acts in EE_RECS:
        for i, (no, act, lead, mil, tgt, comp, status, *_) in enumerate(acts):
            rows.append([rec if i == 0 else "", scope if i == 0 else "", no, act, lead, mil, tgt, comp, status])
    rows.append([""] * n)
    rows.append(pad("Status: Complete / On track / Amber – at risk of slipping / Not started. "
                    "Progress is reported to the Epsom & Ewell CSP Board each quarter."))
    with open(os.path.join(HERE, EE_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Royal Berkshire NHSFT - Board of Directors public action log (txt, refuse)
# ---------------------------------------------------------------------------
RBH_FILE = "md2-royal-berkshire-nhsft-board-of-directors-public-action-log-typo-month-refuse.txt"
RBH_TITLE = "Board of Directors (Public) – Action Log"
RBH_TYPO = "Janaury 2026"
RBH_OPEN = [
    ("BoD/25/031", "30/07/2025", "71/25", "Integrated Performance Report",
     "Provide a recovery trajectory for the 62-day cancer standard, by tumour site", "Chief Operating Officer",
     "September 2025", "Trajectory included in the IPR at item 9.", "Proposed for closure"),
    ("BoD/25/036", "24/09/2025", "88/25", "Maternity and Neonatal Safety Report",
     "Report the outcome of the Birthrate Plus reassessment and any funding gap", "Chief Nursing Officer",
     "November 2025", "On agenda at item 12.", "Proposed for closure"),
    ("BoD/25/037", "24/09/2025", "90/25", "Freedom to Speak Up Annual Report",
     "Circulate themes from speaking-up cases by staff group and site", "Director of People",
     "November 2025", "Circulated to Board members 14 November.", "Proposed for closure"),
    ("BoD/25/040", "24/09/2025", "92/25", "Finance Report Month 5",
     "Bring the revised deficit reduction plan and risk-adjusted forecast to Board", "Chief Finance Officer",
     RBH_TYPO, "Timing aligned with the ICB financial reset.", "Open"),
    ("BoD/25/043", "26/11/2025", "104/25", "Board Assurance Framework",
     "Review the target score for BAF risk 4 (estate) in light of the new hospital programme delay",
     "Director of Strategy / Chief Finance Officer", "Mar-26", "", "Open"),
    ("BoD/25/044", "26/11/2025", "106/25", "Patient Story",
     "Invite the patient to a future Board to hear what has changed in outpatient letters",
     "Chief Medical Officer", "28/01/2026", "", "Open"),
]
RBH_CLOSED = [
    ("BoD/25/022", "28/05/2025", "47/25", "Winter Plan",
     "Share the UEC winter bed modelling with the Council of Governors", "Chief Operating Officer",
     "July 2025", "Presented to governors 17 July.", "Closed"),
]


def build_rbh():
    cols = ["Ref", "Meeting", "Minute", "Item", "Action", "Lead", "Due", "Progress", "Status"]
    lines = ["Royal Berkshire NHS Foundation Trust",
             RBH_TITLE,
             "As at 26 November 2025 – Board of Directors meeting in public",
             "",
             "\t".join(cols),
             "Open actions"]
    lines += ["\t".join(r) for r in RBH_OPEN]
    lines += ["", "Actions closed since the last meeting (for noting)"]
    lines += ["\t".join(r) for r in RBH_CLOSED]
    lines += ["", "Status: Open / Proposed for closure (Board to agree) / Closed"]
    with open(os.path.join(HERE, RBH_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


def rbh_typo_line():
    with open(os.path.join(HERE, RBH_FILE), encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if RBH_TYPO in line:
                return n


def main():
    build_rb()
    build_sp()
    build_bw()
    build_sx()
    build_sg()
    build_ee()
    build_rbh()
    print("built 7 files; typo on line", rbh_typo_line())


if __name__ == "__main__":
    main()
