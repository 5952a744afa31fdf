#!/usr/bin/env python3
"""Build the seven zph- blind test files (set heldout723).

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Each ACTION tuple also carries the expected reading (lead list, end, status)
that the .expected.yaml files are written from.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

F_BLUE = "00B0F0"
F_GREEN = "00B050"
F_AMBER = "FFC000"
F_RED = "FF0000"
RAGFILL = {"B": F_BLUE, "G": F_GREEN, "A": F_AMBER, "R": F_RED}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Humber Teaching NHS FT - Board Assurance Framework 2025/26 (xlsx)
# ---------------------------------------------------------------------------
HUMBER_FILE = "zph-humber-teaching-nhsft-board-assurance-framework-2025-26.xlsx"
HUMBER_TITLE = "Board Assurance Framework 2025/26"

DNAHP = "Director of Nursing, Allied Health and Social Care Professionals"

# risks: (goal heading, risk text, exec lead, committee, score, controls, gaps, actions)
# action: (ref, text, lead cell, original, revised, prev, cur, progress,
#          exp_lead, exp_end, exp_end_text, exp_status)
HUMBER_RISKS = [
    (
        "Strategic Goal 1: Innovating Quality and Patient Safety",
        "1.1 There is a risk that the Trust is unable to maintain safe staffing levels and skill mix on its "
        "inpatient units, resulting in avoidable harm to patients and a poor experience of care.",
        DNAHP,
        "Quality and Patient Safety Committee",
        "Initial 16 (4x4)  |  Q1 12 (4x3)  |  Q2 12 (4x3)  |  Target 8 (4x2)",
        "Safer staffing policy and daily staffing huddles\nMonthly safer staffing report to QPaS\n"
        "E-rostering with 6-week approval standard\nInternational recruitment programme",
        "Establishment review not yet reported to Board (control gap)\n"
        "Agency reliance on two older people's units above 5% (assurance gap)",
        [
            ("1.1a",
             "Complete the bi-annual establishment review for all adult and older people's inpatient units using "
             "the Mental Health Optimal Staffing Tool (MHOST) and report the outcome to Board.",
             DNAHP, d(2025, 7, 31), d(2025, 10, 31), "A", "G",
             "Data collection completed in June. Report to EMT on 7 October and to Board on 29 October.",
             [DNAHP], "2025-10", None, "green"),
            ("1.1b",
             "Reduce reliance on agency registered nurses on Maister Lodge and Mill View Court to below 5% of "
             "shifts through the international recruitment and preceptorship programme.",
             "Deputy Director of Nursing & Divisional General Manager (Mental Health)",
             d(2026, 3, 31), None, "A", "A",
             "Agency use 7.2% of shifts in August (9.8% in April). 14 internationally educated nurses in post; "
             "a further cohort of 6 due in November.",
             ["Deputy Director of Nursing", "Divisional General Manager (Mental Health)"], "2026-03", None, "amber"),
            ("1.1c",
             "Implement the SafeCare acuity module across all inpatient units to give real-time staffing "
             "visibility at the daily safety huddle.",
             "Chief Information Officer", d(2025, 6, 30), None, "G", "B",
             "Live on all 12 inpatient units from 16 June 2025. Action closed.",
             ["Chief Information Officer"], "2025-06", None, "blue"),
        ],
    ),
    (
        "Strategic Goal 2: Enhancing prevention, wellbeing and recovery",
        "2.1 There is a risk that waiting times for neurodiversity assessments and community mental health "
        "services continue to grow, leading to deterioration of people who are waiting and failure to meet "
        "contractual standards.",
        "Chief Operating Officer",
        "Quality and Patient Safety Committee",
        "Initial 16 (4x4)  |  Q1 16 (4x4)  |  Q2 16 (4x4)  |  Target 9 (3x3)",
        "Weekly waiting list review meetings\nClinical harm review process for long waiters\n"
        "Performance reports to Finance and Investment Committee",
        "No agreed recurrent funding for the adult ADHD pathway (control gap)",
        [
            ("2.1a",
             "Agree a revised neurodiversity pathway and recovery trajectory with Humber and North Yorkshire ICB, "
             "including a validation exercise of the adult ADHD waiting list.",
             "Chief Operating Officer", d(2025, 6, 30), d(2025, 11, 30), "A", "R",
             "ICB funding decision deferred to the November Place Board. Validation of the adult ADHD list is 60% "
             "complete.",
             ["Chief Operating Officer"], "2025-11", None, "red"),
            ("2.1b",
             "Introduce a 'waiting well' offer (6-weekly check-in calls and crisis information) for everyone "
             "waiting more than 18 weeks for a first appointment.",
             "Head of Community Mental Health Services", "Q3 2025/26", None, "A", "G",
             "Offer live in Hull and the East Riding since August; Whitby to follow in October.",
             ["Head of Community Mental Health Services"], "2025-12", None, "green"),
        ],
    ),
    (
        "Strategic Goal 4: Developing an effective and empowered workforce",
        "4.1 There is a risk that the Trust cannot recruit, retain and develop a workforce with the right skills "
        "and values, affecting the delivery of services and the wellbeing of staff.",
        "Director of People and Organisational Development",
        "Workforce and Organisational Development Committee",
        "Initial 12 (4x3)  |  Q1 12 (4x3)  |  Q2 12 (4x3)  |  Target 8 (4x2)",
        "People Strategy and annual workforce plan\nFreedom to Speak Up Guardian and champions\n"
        "Staff health and wellbeing offer",
        "Statutory and mandatory training below 90% for ILS and safeguarding level 3 (assurance gap)",
        [
            ("4.1a",
             "Publish the refreshed People Plan 2025-2028, incorporating the NHS Sexual Safety Charter "
             "commitments.",
             "Director of People and Organisational Development", d(2025, 5, 31), None, "G", "B",
             "Approved by Trust Board on 28 May 2025.",
             ["Director of People and Organisational Development"], "2025-05", None, "blue"),
            ("4.1b",
             "Deliver 'stay conversations' for staff in their first two years of employment and report the "
             "retention impact to the Workforce and Organisational Development Committee.",
             "Head of Organisational Development; Associate Director of People", d(2025, 12, 31), None, "G", "G",
             "312 stay conversations held. 12-month turnover for new starters down from 17.1% to 14.6%.",
             ["Head of Organisational Development", "Associate Director of People"], "2025-12", None, "green"),
            ("4.1c",
             "Achieve 90% compliance with Immediate Life Support and Level 3 safeguarding training across all "
             "clinical staff.",
             "Divisional Clinical Leads", d(2025, 9, 30), d(2026, 1, 31), "A", "A",
             "ILS 84%, safeguarding level 3 88%. Additional ILS course dates commissioned for Q3.",
             ["Divisional Clinical Leads"], "2026-01", None, "amber"),
        ],
    ),
    (
        "Strategic Goal 5: Maximising an efficient and sustainable organisation",
        "5.1 There is a risk that the Trust does not deliver its 2025/26 financial plan, including the "
        "efficiency programme, affecting the system financial position and future investment.",
        "Director of Finance",
        "Finance and Investment Committee",
        "Initial 16 (4x4)  |  Q1 12 (4x3)  |  Q2 12 (4x3)  |  Target 8 (4x2)",
        "Monthly finance report and forecast\nEfficiency programme board with quality impact assessment\n"
        "Vacancy control panel",
        "£1.6m of efficiency schemes still rated high risk (control gap)",
        [
            ("5.1a",
             "Deliver the £9.8m efficiency programme, with every scheme quality impact assessed before it is "
             "implemented.",
             "Director of Finance", d(2026, 3, 31), None, "A", "A",
             "£4.1m delivered at month 5 against a plan of £4.3m.",
             ["Director of Finance"], "2026-03", None, "amber"),
            ("5.1b",
             "Reduce out of area placements for acute mental health beds to zero through the bed recovery plan.",
             "Chief Operating Officer / Director of Finance", d(2025, 9, 30), d(2025, 12, 31), "R", "A",
             "4 out of area placements at 31 August (11 in April).",
             ["Chief Operating Officer", "Director of Finance"], "2025-12", None, "amber"),
            ("5.1c",
             "Monitor agency and bank expenditure against the NHS England agency cap through the weekly vacancy "
             "control panel.",
             "Director of Finance", "Ongoing – weekly", None, "G", "G",
             "Agency spend 2.9% of pay bill at month 5 (cap 3.2%).",
             ["Director of Finance"], None, "Ongoing – weekly", "green"),
        ],
    ),
]


def build_humber(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Humber Teaching NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14, color="005EB8")
    cov["A2"] = HUMBER_TITLE
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = "Quarter 2 update – Trust Board (meeting in public), 24 September 2025"
    cov["A3"].font = Font(italic=True)
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("v1.0", d(2025, 4, 23), "Head of Corporate Affairs", "BAF 2025/26 approved by Trust Board"),
            ("v1.3", d(2025, 7, 15), "Head of Corporate Affairs", "Q1 update; risk 5.1 score reduced from 16 to 12"),
            ("v2.0", d(2025, 9, 10), "Head of Corporate Affairs",
             "Q2 update following Executive Management Team review")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A11"] = "Action RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("B", "Complete"), ("G", "On track to deliver by the target date"),
           ("A", "Some risk to delivery; mitigation in place"), ("R", "Off track or target date passed")]
    for i, (k, txt) in enumerate(key):
        c = cov.cell(row=12 + i, column=1, value=k)
        c.fill = fill(RAGFILL[k])
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=12 + i, column=2, value=txt)
    cov["A17"] = ("Risk scoring: consequence (1–5) x likelihood (1–5). 1–3 low; 4–6 moderate; 8–12 high; "
                  "15–25 extreme.")
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 55

    summ = wb.create_sheet("Summary")
    summ["A1"] = "BAF summary – Q2 2025/26"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Strategic goal", "Principal risk (short title)", "Executive lead", "Lead committee",
           "Initial", "Q1", "Q2", "Target", "Movement"]
    short = [("1.1", "Goal 1", "Safe staffing on inpatient units", DNAHP, "QPaS", 16, 12, 12, 8, "↔"),
             ("2.1", "Goal 2", "Waiting times – neurodiversity and community mental health",
              "Chief Operating Officer", "QPaS", 16, 16, 16, 9, "↔"),
             ("4.1", "Goal 4", "Recruitment, retention and development of staff",
              "Director of People and Organisational Development", "WODC", 12, 12, 12, 8, "↔"),
             ("5.1", "Goal 5", "Delivery of the 2025/26 financial plan", "Director of Finance", "FIC",
              16, 12, 12, 8, "↓")]
    for j, h in enumerate(hdr):
        c = summ.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    for i, r in enumerate(short):
        for j, v in enumerate(r):
            c = summ.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if j in (5, 6, 7, 8):
                c.fill = fill("FF6666" if v >= 15 else "FFC000")
    summ["A9"] = "Total principal risks: 4"
    summ["A10"] = "Extreme (15–25): 1    High (8–12): 3"
    for col, w in zip("ABCDEFGHIJ", (6, 10, 46, 40, 12, 8, 6, 6, 8, 10)):
        summ.column_dimensions[col].width = w

    ws = wb.create_sheet("BAF 2025-26")
    ws["A1"] = "Board Assurance Framework 2025/26 – principal risks and actions"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 10 September 2025 (Q2)"
    ws["A2"].font = Font(italic=True)
    r = 4
    for goal, risk, lead, cttee, score, controls, gaps, actions in HUMBER_RISKS:
        ws.cell(row=r, column=1, value=goal)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF", size=12)
        ws.cell(row=r, column=1).fill = fill("005EB8")
        r += 1
        for label, val in (("Principal risk", risk), ("Executive lead", lead), ("Assurance committee", cttee),
                           ("Risk score", score), ("Key controls", controls),
                           ("Gaps in control / assurance", gaps)):
            a = ws.cell(row=r, column=1, value=label)
            a.font = Font(bold=True)
            a.fill = fill("D9E1F2")
            a.alignment = WRAP
            b = ws.cell(row=r, column=2, value=val)
            b.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            if label == "Principal risk":
                b.font = Font(bold=True)
                ws.row_dimensions[r].height = 32
            if "\n" in val:
                ws.row_dimensions[r].height = 15 * (val.count("\n") + 1)
            r += 1
        hdr = ["Ref", "Action to address gap", "Action lead", "Original target", "Revised target",
               "Previous RAG", "Current RAG", "Q2 progress update"]
        for j, h in enumerate(hdr):
            c = ws.cell(row=r, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("BFBFBF")
            c.border = BOX
            c.alignment = WRAP
        r += 1
        for (ref, text, leadcell, orig, rev, prev, cur, prog, *_exp) in actions:
            vals = [ref, text, leadcell, orig, rev, prev, cur, prog]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if j in (5, 6):
                    c.fill = fill(RAGFILL[v])
                    c.alignment = Alignment(horizontal="center", vertical="top")
            ws.row_dimensions[r].height = 62
            r += 1
        r += 1
    for col, w in zip("ABCDEFGH", (22, 60, 30, 13, 13, 10, 10, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. London Ambulance Service - Quality Account priorities tracker 2025/26 (xlsx)
# ---------------------------------------------------------------------------
LAS_FILE = "zph-london-ambulance-service-nhs-trust-quality-account-priorities-tracker-2025-26.xlsx"
LAS_TITLE = "Quality Account 2025/26 – Quality Priorities: Quarter 2 Progress Report"

# domain -> list of (priority heading, [actions])
# action: (no, text, lead, due(display value), due_fmt, q1, q2, progress, exp_lead, exp_end, exp_end_text, exp_status)
LAS_DOMAINS = [
    ("Patient Safety", [
        ("Priority 1: Reduce harm to patients who have fallen and are waiting for an ambulance", [
            ("1.1",
             "Extend the falls response service (paramedic and emergency medical technician crews) to operate "
             "07:00–01:00 in all five London sectors.",
             "Deputy Director of Operations – Integrated Care", d(2025, 9, 30), "mmm-yy", "G", "B",
             "Extended hours live in all sectors from 1 September 2025.",
             ["Deputy Director of Operations – Integrated Care"], "2025-09", None, "blue"),
            ("1.2",
             "Introduce clinical welfare calls every 60 minutes for all patients who have fallen and are waiting "
             "for a category 3 response.",
             "Head of Clinical Hub / Clinical Hub Quality Lead", d(2025, 12, 31), "mmm-yy", "A", "A",
             "Welfare call compliance 81% in August against a target of 90%. Additional clinician shifts added "
             "at weekends from October.",
             ["Head of Clinical Hub", "Clinical Hub Quality Lead"], "2025-12", None, "amber"),
            ("1.3",
             "Audit the use of the ISTUMBLE decision tool by clinicians on scene and share the findings through "
             "the Clinical Update bulletin.",
             "Consultant Paramedic (Falls)", "Q4 2025/26", None, None, "G",
             "Audit sample of 400 records agreed; data extraction under way.",
             ["Consultant Paramedic (Falls)"], "2026-03", None, "green"),
        ]),
        ("Priority 2: Strengthen learning from patient safety events under PSIRF", [
            ("2.1",
             "Train all patient safety incident investigators in the Systems Engineering Initiative for Patient "
             "Safety (SEIPS) framework.",
             "Head of Patient Safety and Learning", d(2025, 6, 30), "mmm-yy", "B", "B",
             "42 investigators trained. Completed June 2025.",
             ["Head of Patient Safety and Learning"], "2025-06", None, "blue"),
            ("2.2",
             "Publish a quarterly ‘Learning from Patient Safety Events’ report for staff, with themes from PSIIs "
             "and After Action Reviews.",
             "Head of Patient Safety and Learning; Director of Communications", "Quarterly", None, "G", "G",
             "Q1 edition published 21 July; Q2 edition in production.",
             ["Head of Patient Safety and Learning", "Director of Communications"], None, "Quarterly", "green"),
        ]),
    ]),
    ("Clinical Effectiveness", [
        ("Priority 3: Improve survival from out-of-hospital cardiac arrest", [
            ("3.1",
             "Register 1,000 additional public access defibrillators on The Circuit through the London "
             "Lifesavers campaign.",
             "Community Resuscitation Lead", d(2026, 3, 31), "dd/mm/yyyy", "G", "G",
             "614 new defibrillators registered by the end of September.",
             ["Community Resuscitation Lead"], "2026-03", None, "green"),
            ("3.2",
             "Achieve 80% compliance with the post-ROSC care bundle (Ambulance Clinical Quality Indicator).",
             "Chief Paramedic and Quality Officer", d(2026, 3, 31), "mmm-yy", "R", "A",
             "Compliance 74% in July (68% in Q1). Bundle elements made mandatory fields in the electronic "
             "patient care record from September.",
             ["Chief Paramedic and Quality Officer"], "2026-03", None, "amber"),
        ]),
    ]),
    ("Patient Experience", [
        ("Priority 4: Improve the experience of patients in mental health crisis", [
            ("4.1",
             "Roll out the mental health joint response car (paramedic and mental health nurse) to all five "
             "London integrated care system areas.",
             "Head of Mental Health", d(2025, 11, 30), "mmm-yy", "A", "R",
             "Three of five areas live. Funding for the North East London and South West London cars has not "
             "been confirmed by commissioners.",
             ["Head of Mental Health"], "2025-11", None, "red"),
            ("4.2",
             "Gather feedback from at least 250 patients with mental health needs through the patient experience "
             "survey and co-produce three improvements with the Patient and Public Council.",
             "Head of Patient Experience", "Q3 2025/26", None, "G", "G",
             "168 responses received; first co-production workshop held on 17 September.",
             ["Head of Patient Experience"], "2025-12", None, "green"),
        ]),
    ]),
]


def build_las(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "London Ambulance Service NHS Trust"
    s["A1"].font = Font(bold=True, size=12, color="005EB8")
    s["A2"] = LAS_TITLE
    s["A2"].font = Font(bold=True, size=14)
    s["A3"] = "Reported to the Quality Assurance Committee, 4 November 2025"
    s["A3"].font = Font(italic=True)
    hdr = ["Domain", "Priorities", "Milestones", "Complete", "On track", "Some risk", "Off track", "Not rated"]
    for j, h in enumerate(hdr):
        c = s.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    counts = []
    for dom, pris in LAS_DOMAINS:
        acts = [a for _, al in pris for a in al]
        q2 = [a[6] for a in acts]
        counts.append((dom, len(pris), len(acts), q2.count("B"), q2.count("G"), q2.count("A"), q2.count("R"),
                       q2.count(None)))
    tot = ("Total",) + tuple(sum(c[i] for c in counts) for i in range(1, 8))
    for i, row in enumerate(counts + [tot]):
        for j, v in enumerate(row):
            c = s.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    s["A11"] = "RAG key (cell colour)"
    s["A11"].font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some risk to delivery"),
                                ("R", "Off track")]):
        c = s.cell(row=12 + i, column=1, value=t)
        c.fill = fill(RAGFILL[k])
    s["A17"] = ("Note: Q1 and Q2 ratings are shown by cell colour on each domain sheet; the Q2 colour is the "
                "current position. A blank cell means the milestone had not started in that quarter.")
    s.column_dimensions["A"].width = 26
    for col in "BCDEFGH":
        s.column_dimensions[col].width = 11

    for dom, pris in LAS_DOMAINS:
        ws = wb.create_sheet(dom)
        ws["A1"] = "Quality Account 2025/26 – Quality Priorities"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = dom
        ws.merge_cells("A2:G2")
        ws["A2"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A2"].fill = fill("005EB8")
        hdr = ["No.", "Milestone", "Responsible lead", "Due", "Q1", "Q2", "Progress to date (Q2)"]
        for j, h in enumerate(hdr):
            c = ws.cell(row=3, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            c.border = BOX
        r = 4
        for pri, acts in pris:
            ws.cell(row=r, column=1, value=pri)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("F2F2F2")
            r += 1
            for (no, text, lead, due, fmt, q1, q2, prog, *_e) in acts:
                vals = [no, text, lead, due, None, None, prog]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.border = BOX
                    c.alignment = WRAP
                if fmt:
                    ws.cell(row=r, column=4).number_format = fmt
                if q1:
                    ws.cell(row=r, column=5).fill = fill(RAGFILL[q1])
                if q2:
                    ws.cell(row=r, column=6).fill = fill(RAGFILL[q2])
                ws.row_dimensions[r].height = 48
                r += 1
        for col, w in zip("ABCDEFG", (6, 62, 32, 11, 6, 6, 52)):
            ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. NHS BNSSG ICB - LeDeR learning into action plan 2025/26 (xlsx)
# ---------------------------------------------------------------------------
BNSSG_FILE = "zph-nhs-bnssg-icb-leder-annual-report-2024-25-learning-into-action-plan.xlsx"
BNSSG_TITLE = "LeDeR Learning into Action Plan 2025/26"

# themes: (theme, learning, [actions])
# action: (ref, text, lead, partners, start, target, rag, update, exp_lead, exp_end, exp_end_text, exp_status)
BNSSG_THEMES = [
    ("1. Annual health checks and health action plans",
     "Only 62% of people whose deaths were reviewed had an annual health check in the year before they died, "
     "and fewer than half had a health action plan.",
     [
         ("1a",
          "Work with the primary care networks with the lowest uptake to run targeted annual health check "
          "catch-up clinics, with longer appointments and easy read invitations.",
          "Primary Care Quality Lead; LD&A Health Facilitation Team Manager", "PCNs, Sirona care & health",
          "Apr-25", "Mar-26", "Green",
          "Uptake 71% at the end of Q2 (64% at the same point in 2024/25).",
          ["Primary Care Quality Lead", "LD&A Health Facilitation Team Manager"], "2026-03", None, "green"),
         ("1b",
          "Add a health action plan template to the EMIS and SystmOne annual health check templates so that a "
          "plan is produced and shared at every check.",
          "Digital Primary Care Lead", "GP practices, CSU", "May-25", "Sept 2025", "Complete",
          "Template live in all practices from 1 September 2025.",
          ["Digital Primary Care Lead"], "2025-09", None, "blue"),
     ]),
    ("2. Recognising and responding to deterioration",
     "Reviews found delays in recognising soft signs of deterioration in people living in supported living and "
     "care homes, and RESTORE2 was not used consistently.",
     [
         ("2a",
          "Commission RESTORE2 and soft signs training for all supported living providers in BNSSG, using a "
          "train-the-trainer model.",
          "Care Home and Supported Living Quality Lead", "Local authorities, providers", "Jun-25", "Dec-25",
          "Amber", "18 of 41 providers trained; two providers have declined so far.",
          ["Care Home and Supported Living Quality Lead"], "2025-12", None, "amber"),
         ("2b",
          "Pilot remote monitoring of NEWS2 observations by tablet in three supported living settings with the "
          "Sirona Hospital at Home team.",
          "Hospital at Home Clinical Lead", "Sirona care & health", "Sep-25", "Mar-26", "Not started",
          "Pilot sites identified; start moved to November pending the information sharing agreement.",
          ["Hospital at Home Clinical Lead"], "2026-03", None, "unrated"),
         ("2c",
          "Share LeDeR learning on deterioration at the ICB's quarterly care home and home care provider "
          "forums.",
          "LeDeR Local Area Contact", "Providers", "Apr-25", "Ongoing – quarterly", "Green",
          "Presented at the June and September forums.",
          ["LeDeR Local Area Contact"], None, "Ongoing – quarterly", "green"),
     ]),
    ("3. Dysphagia and aspiration pneumonia",
     "Aspiration pneumonia remained the most common cause of death. Eating and drinking care plans were out of "
     "date or were not shared when people were admitted to hospital.",
     [
         ("3a",
          "Develop a single BNSSG eating and drinking (dysphagia) passport that travels with the person when "
          "they are admitted to Southmead Hospital, the Bristol Royal Infirmary or Weston General Hospital.",
          "SLT Lead (Sirona) & Learning Disability Liaison Nurse Team Lead (NBT/UHBW)", "Sirona, NBT, UHBW",
          "Jul-25", "31/01/2026", "Amber",
          "Draft passport co-produced with families; link to the hospital electronic patient records still "
          "being agreed.",
          ["SLT Lead (Sirona)", "Learning Disability Liaison Nurse Team Lead (NBT/UHBW)"], "2026-01", None,
          "amber"),
         ("3b",
          "Audit the completion of aspiration pneumonia risk assessments for people with a learning disability "
          "admitted with a chest infection.",
          "Learning Disability Liaison Nurse Team Lead (NBT/UHBW)", "NBT, UHBW", "Oct-25", "Feb-26", "Green",
          "Audit tool agreed; first data collection in November.",
          ["Learning Disability Liaison Nurse Team Lead (NBT/UHBW)"], "2026-02", None, "green"),
     ]),
    ("4. Reasonable adjustments and the Oliver McGowan Mandatory Training",
     "Reasonable adjustments were not always recorded or made, particularly for outpatient and screening "
     "appointments.",
     [
         ("4a",
          "Achieve 90% completion of Oliver McGowan Mandatory Training Tier 1 e-learning across ICB and NHS "
          "provider staff.",
          "ICS Workforce Lead", "All NHS partners", "Apr-25", "Mar-26", "Amber",
          "Tier 1 completion 76% across the system. Tier 2 face-to-face capacity remains a constraint.",
          ["ICS Workforce Lead"], "2026-03", None, "amber"),
         ("4b",
          "Add a reasonable adjustment flag to the record of everyone on a GP learning disability register.",
          "Digital Primary Care Lead and Primary Care Quality Lead", "GP practices", "Jun-25", "Dec-25", "Red",
          "Only 38% of practices have applied the flag. Reminder issued in the primary care bulletin and "
          "escalated to the Primary Care Committee.",
          ["Digital Primary Care Lead", "Primary Care Quality Lead"], "2025-12", None, "red"),
     ]),
    ("5. Autistic people",
     "Reviews of autistic adults without a learning disability highlighted difficulty getting GP appointments "
     "and mental health support.",
     [
         ("5a",
          "Co-produce an autism-friendly GP access guide with autistic people and share it with every "
          "practice.",
          "Autism Programme Manager", "Autistic people, VCSE partners", "Jun-25", "Nov 2025", "Amber",
          "Guide drafted with autistic advisers; launch moved from October to November.",
          ["Autism Programme Manager"], "2025-11", None, "amber"),
     ]),
]

BNSSG_RAGFILL = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "Complete": "BDD7EE",
                 "Not started": "FFFFFF"}


def build_bnssg(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan 2025-26"
    ws["A1"] = "NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board"
    ws["A1"].font = Font(bold=True, color="005EB8", size=12)
    ws["A2"] = BNSSG_TITLE
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = ("Actions arising from the LeDeR (Learning from lives and deaths – people with a learning "
                "disability and autistic people) Annual Report 2024/25")
    ws["A4"] = "Owner: LeDeR Governance Panel   |   Version 3   |   Last updated 14/10/2025"
    ws["A4"].font = Font(italic=True)
    hdr = ["Ref", "Learning theme", "What we learned from reviews", "Action", "Lead(s)", "Partners involved",
           "Start", "Target date", "RAG", "Progress update (October 2025)"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("003087")
        c.border = BOX
        c.alignment = WRAP
    r = 7
    for theme, learning, acts in BNSSG_THEMES:
        first = r
        ws.cell(row=r, column=2, value=theme)
        ws.cell(row=r, column=3, value=learning)
        for (ref, text, lead, partners, start, target, rag, upd, *_e) in acts:
            for j, v in ((1, ref), (4, text), (5, lead), (6, partners), (7, start), (8, target), (9, rag),
                         (10, upd)):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
            ws.cell(row=r, column=9).fill = fill(BNSSG_RAGFILL[rag])
            ws.row_dimensions[r].height = 60
            r += 1
        last = r - 1
        if last > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=last, end_column=3)
        for rr in range(first, last + 1):
            for cc in range(1, 11):
                ws.cell(row=rr, column=cc).border = BOX
        ws.cell(row=first, column=2).alignment = WRAP
        ws.cell(row=first, column=2).font = Font(bold=True)
        ws.cell(row=first, column=3).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value=("RAG key: Complete = action delivered; Green = on track; Amber = at risk of "
                                    "delay; Red = off track; Not started = due to start later in the year."))
    ws.cell(row=r + 1, column=1, value=("Actions are reviewed every two months by the LeDeR Governance Panel and "
                                        "reported to the ICB Quality and Performance Committee."))
    for col, w in zip("ABCDEFGHIJ", (6, 22, 38, 55, 30, 22, 8, 14, 11, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Hertfordshire Partnership University NHS FT - PSII safety action plan (docx)
# ---------------------------------------------------------------------------
HPFT_FILE = ("zph-hertfordshire-partnership-university-nhsft-psii-inpatient-physical-deterioration-"
             "safety-action-plan.docx")
HPFT_TITLE = "Patient Safety Incident Investigation – Safety Action Plan"

# areas: (heading, [actions])
# action: (no, text, owner, timescale, measure, status, exp_lead, exp_end, exp_end_text, exp_status)
HPFT_AREAS = [
    ("Area for improvement 1: Recognition and escalation of physical deterioration", [
        ("1.1",
         "Introduce a NEWS2 escalation prompt in the electronic observations module so that a score of 5 or "
         "more creates a task for the duty doctor.",
         "Chief Clinical Information Officer", "31 March 2025",
         "Monthly audit of 20 sets of observations per ward: escalation recorded within 30 minutes",
         "Complete", ["Chief Clinical Information Officer"], "2025-03", None, "blue"),
        ("1.2",
         "Deliver face-to-face deteriorating patient simulation training to registered nurses and healthcare "
         "support workers on all adult acute wards.",
         "Practice Development Lead / Resuscitation Officer", "End of June 2025",
         "Training compliance of 85% or more on each ward",
         "On track", ["Practice Development Lead", "Resuscitation Officer"], "2025-06", None, "green"),
        ("1.3",
         "Review the observation frequency guidance in the Physical Health Policy so that it covers patients "
         "who decline observations.",
         "Lead Nurse for Physical Health", "30/04/2025\nRevised: 31/07/2025",
         "Policy ratified by the Clinical Policy Group",
         "Delayed", ["Lead Nurse for Physical Health"], "2025-07", None, "amber"),
    ]),
    ("Area for improvement 2: Handover of physical health risks between teams", [
        ("2.1",
         "Add a mandatory ‘physical health concerns’ section to the SBAR nursing handover template used at "
         "each shift change.",
         "Adult Acute Ward Managers", "28 February 2025",
         "Spot check of 10 handovers per ward per month",
         "Complete", ["Adult Acute Ward Managers"], "2025-02", None, "blue"),
        ("2.2",
         "Agree a joint protocol with West Hertfordshire Teaching Hospitals for same-day medical review of "
         "inpatients who return to the ward after an emergency department attendance.",
         "Clinical Director (Adult Acute Services)", "Q2 2025/26",
         "Protocol signed by both trusts; audit of all returns to the ward for three months",
         "Off track", ["Clinical Director (Adult Acute Services)"], "2025-09", None, "red"),
    ]),
    ("Area for improvement 3: Involving families and carers", [
        ("3.1",
         "Update the carers’ information leaflet and ward welcome pack so that families know how to raise a "
         "concern about a relative’s physical health, including out of hours.",
         "Head of Patient and Carer Experience", "31/05/2025",
         "Leaflet approved by the Carers Council and in use on all wards",
         "Complete", ["Head of Patient and Carer Experience"], "2025-05", None, "blue"),
        ("3.2",
         "Implement ‘Call 4 Concern’ for patients and families on all adult acute inpatient wards.",
         "Head of Nursing (Adult Acute) and Critical Care Outreach Lead (WHTH)", "September 2025",
         "Number of Call 4 Concern calls logged; feedback from families",
         "Not started", ["Head of Nursing (Adult Acute)", "Critical Care Outreach Lead (WHTH)"], "2025-09", None,
         "unrated"),
    ]),
]

HPFT_STATUS_FILL = {"Complete": "00B0F0", "On track": "00B050", "Delayed": "FFC000", "Off track": "FF0000",
                    "Not started": None}


def _shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def _set_cell(cell, text, bold=False):
    """Write text into a cell; '\n' becomes separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(extra)
        rr.bold = bold


def build_hpft(path):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(HPFT_TITLE, level=0)
    doc.add_paragraph("Hertfordshire Partnership University NHS Foundation Trust")
    doc.add_paragraph("Incident: delayed recognition of physical deterioration of a patient on an adult acute "
                      "inpatient ward")
    info = [("PSII reference", "PSII 2024/031"),
            ("LFPSE reference", "1184273"),
            ("Date of incident", "19 August 2024"),
            ("Report approved", "Patient Safety Oversight Group, 11 December 2024"),
            ("Executive sponsor", "Chief Medical Officer"),
            ("Action plan owner", "Deputy Director of Nursing (Adult Services)"),
            ("Last updated", "2 June 2025")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        row = t.add_row().cells
        _set_cell(row[0], k, bold=True)
        _shade(row[0], "D9E1F2")
        _set_cell(row[1], v)

    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph("This safety action plan sets out the actions agreed in response to the areas for "
                      "improvement identified in the PSII report. Progress is reviewed monthly at the Adult Acute "
                      "Quality and Risk Meeting and reported quarterly to the Patient Safety Oversight Group.")
    doc.add_heading("2. Status key", level=1)
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    _set_cell(key.rows[0].cells[0], "Status", bold=True)
    _set_cell(key.rows[0].cells[1], "Meaning", bold=True)
    for st, meaning in (("Complete", "Action delivered and evidence received"),
                        ("On track", "Expected to be delivered by the timescale"),
                        ("Delayed", "Will miss the original timescale; revised date agreed"),
                        ("Off track", "No agreed route to delivery; escalated to the Patient Safety Oversight "
                                      "Group"),
                        ("Not started", "Not yet due to start")):
        row = key.add_row().cells
        _set_cell(row[0], st)
        if HPFT_STATUS_FILL[st]:
            _shade(row[0], HPFT_STATUS_FILL[st])
        _set_cell(row[1], meaning)

    doc.add_heading("3. Safety actions", level=1)
    for heading, acts in HPFT_AREAS:
        doc.add_heading(heading, level=2)
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for c, h in zip(tbl.rows[0].cells, ["No.", "Safety action", "Owner", "Timescale",
                                            "Measurement / evidence of impact", "Status"]):
            _set_cell(c, h, bold=True)
            _shade(c, "005EB8")
        for (no, text, owner, when, measure, status, *_e) in acts:
            cells = tbl.add_row().cells
            for c, v in zip(cells, [no, text, owner, when, measure, status]):
                _set_cell(c, v)
            if HPFT_STATUS_FILL[status]:
                _shade(cells[5], HPFT_STATUS_FILL[status])
        doc.add_paragraph("")

    doc.add_heading("4. Sign-off", level=1)
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Role", "Name", "Date"]):
        _set_cell(c, h, bold=True)
    for r in (("Lead investigator", "Patient Safety Incident Investigator", "04/12/2024"),
              ("Executive sponsor", "Chief Medical Officer", "11/12/2024")):
        cells = so.add_row().cells
        for c, v in zip(cells, r):
            _set_cell(c, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Meddygfa Penrhos Surgery - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
HIW_FILE = "zph-meddygfa-penrhos-surgery-hywel-dda-hiw-gp-inspection-improvement-plan.docx"
HIW_TITLE = ("General Practice Inspection (Announced) – Meddygfa Penrhos Surgery, Hywel Dda University "
             "Health Board")

# domains: (domain, [rows]); row: (finding, improvement, standard, action, officer, timescale,
#                                   exp_lead, exp_end, exp_end_text)
HIW_DOMAINS = [
    ("Quality of the patient experience", [
        ("Patients told us it was difficult to get through on the telephone at 8am.",
         "The practice must review its telephone and appointment system to improve access for patients, "
         "particularly first thing in the morning.",
         "Health and Care Quality Standards – Timely",
         "A call-back function has been added to the telephone system so that patients do not have to wait in "
         "a queue.\nThe appointment system will be reviewed with the Patient Participation Group and the results "
         "of the next patient survey displayed in the waiting room.",
         "Practice Manager", "30 June 2025",
         ["Practice Manager"], "2025-06", None),
        ("Information on how to raise a concern under Putting Things Right was not displayed.",
         "The practice must ensure that Putting Things Right information is displayed bilingually in the "
         "waiting area and on the practice website.",
         "Health and Care Quality Standards – Person-centred; NHS (Concerns, Complaints and Redress "
         "Arrangements) (Wales) Regulations 2011",
         "Bilingual Putting Things Right posters and leaflets obtained from the health board and displayed in "
         "reception. Practice website updated.",
         "Practice Manager / Reception Supervisor", "March 2025",
         ["Practice Manager", "Reception Supervisor"], "2025-03", None),
        ("Staff who speak Welsh were not identifiable to patients.",
         "The practice should make the ‘Active Offer’ of services in Welsh more visible, for example by using "
         "‘Iaith Gwaith’ badges for Welsh-speaking staff.",
         "Health and Care Quality Standards – Equitable; Welsh Language (Wales) Measure 2011",
         "Iaith Gwaith lanyards and badges ordered for the four Welsh-speaking members of staff. Welsh language "
         "awareness added to the induction programme.",
         "Practice Manager", "31/05/2025",
         ["Practice Manager"], "2025-05", None),
    ]),
    ("Delivery of safe and effective care", [
        ("Two emergency drugs were out of date and weekly oxygen cylinder checks were not recorded.",
         "The practice must implement a robust system for checking emergency drugs and equipment and keep a "
         "record of the checks.",
         "Health and Care Quality Standards – Safe; Resuscitation Council UK quality standards",
         "Weekly emergency drugs and equipment checklist introduced, signed by the duty nurse. The Lead Nurse "
         "will audit the checklist monthly.",
         "Lead Nurse", "Immediate and ongoing",
         ["Lead Nurse"], None, "Immediate and ongoing"),
        ("Three clinical staff had not completed safeguarding training at the level required for their role.",
         "The practice must ensure all clinical staff complete safeguarding training at the level appropriate "
         "to their role.",
         "Health and Care Quality Standards – Safe; Working Together to Safeguard People",
         "Training matrix updated. Two GPs and one practice nurse booked on Level 3 adult and child "
         "safeguarding training.",
         "Dr H. Morgan (Safeguarding Lead) and Practice Manager", "By 30 April 2025",
         ["Dr H. Morgan (Safeguarding Lead)", "Practice Manager"], "2025-04", None),
        ("Significant event records did not show the learning identified or how it was shared.",
         "The practice should ensure that significant event analyses record the learning identified and how it "
         "is shared with the whole practice team.",
         "Health and Care Quality Standards – Effective",
         "Significant event template revised to include a learning and sharing section. Learning will be "
         "discussed at the monthly practice meeting and recorded in the minutes.",
         "Dr R. Evans (Senior Partner)", "May 2025",
         ["Dr R. Evans (Senior Partner)"], "2025-05", None),
    ]),
    ("Quality of management and leadership", [
        ("Five members of the administrative team had not had an appraisal in the last 12 months.",
         "The practice must ensure that all staff receive an annual appraisal.",
         "Health and Care Quality Standards – Workforce",
         "Appraisal schedule drawn up for all non-clinical staff. Outstanding appraisals to be completed by the "
         "Practice Manager and Reception Supervisor.",
         "Practice Manager", "Q2 2025/26",
         ["Practice Manager"], "2025-09", None),
        ("Practice meetings were held irregularly and were not minuted.",
         "The practice should hold regular whole-team meetings and keep minutes.",
         "Health and Care Quality Standards – Leadership",
         "Whole-practice meetings scheduled for the last Wednesday of every month, with minutes circulated by "
         "email to all staff.",
         "Practice Manager", "April 2025",
         ["Practice Manager"], "2025-04", None),
    ]),
]


def build_hiw(path):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(HIW_TITLE, level=0)
    doc.add_paragraph("Inspection date: 18 February 2025")
    doc.add_paragraph("Extract of report appendices: improvement plans completed by the service")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=1)
    doc.add_paragraph("We did not identify any concerns during the inspection that required immediate "
                      "resolution.")

    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    for k, v in (("Service:", "Meddygfa Penrhos Surgery"), ("Date of inspection:", "18 February 2025")):
        doc.add_paragraph(f"{k} {v}")
    doc.add_paragraph("The table below includes any immediate non-compliance concerns about patient safety "
                      "identified during the inspection where we require the service to complete an immediate "
                      "improvement plan telling us about the urgent actions they are taking.")
    doc.add_paragraph("No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=1)
    svc = doc.add_table(rows=2, cols=2)
    svc.style = "Table Grid"
    _set_cell(svc.rows[0].cells[0], "Service:", bold=True)
    _set_cell(svc.rows[0].cells[1], "Meddygfa Penrhos Surgery")
    _set_cell(svc.rows[1].cells[0], "Date of inspection:", bold=True)
    _set_cell(svc.rows[1].cells[1], "18 February 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we "
                      "require the service to complete an improvement plan telling us about the actions they "
                      "are taking to address these areas.")
    tbl = doc.add_table(rows=1, cols=6)
    tbl.style = "Table Grid"
    for c, h in zip(tbl.rows[0].cells, ["Risk/finding/issue", "Improvement needed", "Standard / Regulation",
                                        "Service action", "Responsible officer", "Timescale"]):
        _set_cell(c, h, bold=True)
        _shade(c, "D9D9D9")
    for domain, rows in HIW_DOMAINS:
        cells = tbl.add_row().cells
        merged = cells[0].merge(cells[5])
        _set_cell(merged, domain, bold=True)
        _shade(merged, "F2F2F2")
        for (finding, need, std, action, officer, when, *_e) in rows:
            cells = tbl.add_row().cells
            for c, v in zip(cells, [finding, need, std, action, officer, when]):
                _set_cell(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is actioned.")
    rep = doc.add_table(rows=4, cols=2)
    rep.style = "Table Grid"
    for i, (k, v) in enumerate((("Service representative", ""), ("Name (print):", "Rhian Davies"),
                                ("Job role:", "Practice Manager"), ("Date:", "2 April 2025"))):
        _set_cell(rep.rows[i].cells[0], k, bold=True)
        _set_cell(rep.rows[i].cells[1], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Meadowsweet Home Care (Kettering) - CQC action plan, CSV (typo month -> refuse)
# ---------------------------------------------------------------------------
CQC_FILE = "zph-meadowsweet-home-care-kettering-cqc-home-care-inspection-action-plan-typo-month-refuse.csv"
CQC_TITLE = "Meadowsweet Home Care Ltd (Kettering branch) – CQC Action Plan"
CQC_TYPO_REF = "E1"

CQC_ROWS = [
    ("S1", "Safe", "Reg 12 Safe care and treatment",
     "Risk assessments for people with diabetes or catheter care were not in place.",
     "Complete individual risk assessments for all clients with diabetes, a catheter or PEG feeding and add them "
     "to the care plans on the Birdie app.",
     "Care Coordinator / Field Care Supervisor", "31-Aug-25", "Complete", "32 risk assessments completed and "
     "uploaded."),
    ("S2", "Safe", "Reg 12 Safe care and treatment",
     "Time-critical medicines were not always given on time because of late calls.",
     "Flag time-critical medicine calls on the rota system and check call times every day using the electronic "
     "call monitoring report.",
     "Rota Manager", "15-Sep-25", "Complete", "Flags live 1 September; late calls on time-critical visits down "
     "from 14 to 3 a week."),
    ("S3", "Safe", "Reg 19 Fit and proper persons employed",
     "Gaps in employment history had not been explored for 3 of the 6 staff files we looked at.",
     "Audit all staff files and record the explanation for any gap in employment history.",
     "Registered Manager", "30-Sep-25", "On track", "41 of 58 files audited."),
    ("E1", "Effective", "Reg 11 Need for consent",
     "Mental capacity assessments were not decision-specific.",
     "Provide Mental Capacity Act training for care coordinators and review every mental capacity assessment "
     "on file.",
     "Training Lead & Registered Manager", "31-0ct-25", "On track", "Training booked for 9 October."),
    ("E2", "Effective", "Reg 18 Staffing",
     "Not all care staff had completed moving and handling practical training.",
     "Run additional moving and handling practical sessions so that every care worker is up to date.",
     "Training Lead", "30-Nov-25", "At risk", "78% compliant; two sessions cancelled because of trainer "
     "sickness."),
    ("W1", "Well-led", "Reg 17 Good governance",
     "Audits had not identified the issues we found at inspection.",
     "Introduce a monthly quality audit schedule (care plans, MAR charts, call times) reviewed by the Nominated "
     "Individual.",
     "Nominated Individual", "30-Nov-25", "On track", "August and September audits completed."),
    ("W2", "Well-led", "Reg 17 Good governance",
     "Feedback from people using the service was collected but not analysed or acted on.",
     "Send a quarterly survey to people and their relatives and publish a ‘You said, we did’ summary.",
     "Registered Manager", "Quarterly", "On track", "First survey sent 1 September; 46 replies."),
]


def _csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def build_cqc(path):
    ncol = 9
    lines = []

    def add(cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        lines.append(",".join(_csv_field(c) for c in cells))

    add([CQC_TITLE])
    add(["Inspection 8–10 July 2025; report published 19 August 2025. Overall rating: Requires improvement "
         "(Safe, Effective and Well-led: Requires improvement)"])
    add(["Registered Manager: Claire Whitworth. Nominated Individual: Ashok Patel. Plan updated 26/09/2025"])
    add([])
    add(["Ref", "Key question", "Regulation", "What CQC found", "Action we will take", "Lead", "Target date",
         "Status", "Progress / evidence"])
    for row in CQC_ROWS:
        add(row)
    add([])
    add(["Status key: Complete / On track / At risk / Overdue. Evidence is held in the CQC evidence folder on "
         "SharePoint."])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Harbour View Nursing Home, Portaferry - RQIA QIP tracker (tab-separated txt)
# ---------------------------------------------------------------------------
RQIA_FILE = "zph-harbour-view-nursing-home-portaferry-rqia-care-inspection-qip-tracker.txt"
RQIA_TITLE = "Harbour View Nursing Home, Portaferry – RQIA Quality Improvement Plan action tracker"
RQIA_SEC_REGS = ("Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) "
                 "2005")
RQIA_SEC_STDS = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"

# sections: (heading, [afis]); afi: (num, reference, stated, afi text, [actions])
# action: (no, text, by whom, when, status, comments, exp_lead, exp_end, exp_end_text, exp_status)
RQIA_SECTIONS = [
    (RQIA_SEC_REGS, [
        ("1", "Regulation 13 (1) (a) (b)", "Second time",
         "The registered person shall ensure that post-fall management is in line with best practice guidance, "
         "including clinical and neurological observations for 24 hours after an unwitnessed fall.",
         [("1.1",
           "Post-falls protocol re-issued and discussed at the staff meeting; all registered nurses to sign to "
           "confirm they have read it.",
           "Registered Manager", "Immediate action required", "Complete",
           "Signed by 14 of 15 nurses; remaining nurse signed on return from leave.",
           ["Registered Manager"], None, "Immediate action required", "blue"),
          ("1.2",
           "Weekly audit of all falls for four weeks, then monthly, with findings shared at the governance "
           "meeting.",
           "Deputy Manager", "Ongoing", "On track",
           "Weekly audits 20/05–10/06 completed; now monthly.",
           ["Deputy Manager"], None, "Ongoing", "green")]),
        ("2", "Regulation 27 (4) (b)", "First time",
         "The registered person shall ensure that fire doors are not wedged open and that the actions in the fire "
         "risk assessment are completed within the timescales given.",
         [("2.1",
           "Door retainers linked to the fire alarm fitted to the lounge and dining room doors.",
           "Estates Officer", "30 June 2025", "Complete", "Fitted 24/06/2025.",
           ["Estates Officer"], "2025-06", None, "blue"),
          ("2.2",
           "Daily check of fire doors added to the nurse in charge walk-round checklist.",
           "Nurse in charge / Registered Manager", "From the date of inspection", "On track",
           "Checklist in use on both floors.",
           ["Nurse in charge", "Registered Manager"], None, "From the date of inspection", "green")]),
        ("3", "Regulation 30", "First time",
         "The registered person shall ensure that RQIA is notified of any notifiable event in accordance with "
         "Regulation 30.",
         [("3.1",
           "Notifiable events guidance reviewed with all nurses in charge; Registered Manager to check the "
           "incident log against RQIA notifications every week.",
           "Registered Manager", "31/05/2025", "Complete", "Weekly check recorded in the manager's diary.",
           ["Registered Manager"], "2025-05", None, "blue")]),
    ]),
    (RQIA_SEC_STDS, [
        ("4", "Standard 23", "First time",
         "The registered person shall ensure that repositioning charts are fully completed and reflect the "
         "frequency stated in the care plan.",
         [("4.1",
           "Electronic repositioning records set to alert the nurse in charge when a repositioning is overdue.",
           "Clinical Lead", "30 September 2025", "On track", "Supplier configuring alerts; go-live planned for "
           "15 September.",
           ["Clinical Lead"], "2025-09", None, "green"),
          ("4.2",
           "Monthly audit of repositioning charts for every resident assessed as at high risk of pressure "
           "damage.",
           "Clinical Lead and Deputy Manager", "Monthly", "On track", "June and July audits 92% and 95%.",
           ["Clinical Lead", "Deputy Manager"], None, "Monthly", "green")]),
        ("5", "Standard 12", "First time",
         "The registered person shall ensure that residents receive modified diets in line with the IDDSI "
         "descriptors and speech and language therapy recommendations.",
         [("5.1",
           "IDDSI refresher training for all care and catering staff.",
           "Catering Manager & Clinical Lead", "31 August 2025", "Complete", "38 staff trained.",
           ["Catering Manager", "Clinical Lead"], "2025-08", None, "blue"),
          ("5.2",
           "Dining experience audit completed by the Registered Manager every month and discussed with the "
           "catering team.",
           "Registered Manager", "30/09/2025", "Not started", "First audit due in September.",
           ["Registered Manager"], "2025-09", None, "unrated")]),
    ]),
]


def build_rqia(path):
    lines = [RQIA_TITLE,
             "Unannounced care inspection 13 May 2025 (Inspection ID: IN047215)",
             "Tracker owner: Registered Manager\tLast updated: 21/08/2025",
             "",
             "\t".join(["AFI", "No.", "Reference", "Stated", "Area for improvement", "Action", "By whom",
                        "To be completed by", "Status", "Comments"])]
    for heading, afis in RQIA_SECTIONS:
        lines.append(heading)
        for num, ref, stated, afi, acts in afis:
            for i, (no, text, who, when, status, comm, *_e) in enumerate(acts):
                if i == 0:
                    lines.append("\t".join([num, no, ref, stated, afi, text, who, when, status, comm]))
                else:
                    lines.append("\t".join(["", no, "", "", "", text, who, when, status, comm]))
    lines += ["",
              "Status key: Complete / On track / Not started. Evidence for completed items is kept in the QIP "
              "folder in the manager's office."]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build_humber(os.path.join(HERE, HUMBER_FILE))
    build_las(os.path.join(HERE, LAS_FILE))
    build_bnssg(os.path.join(HERE, BNSSG_FILE))
    build_hpft(os.path.join(HERE, HPFT_FILE))
    build_hiw(os.path.join(HERE, HIW_FILE))
    build_cqc(os.path.join(HERE, CQC_FILE))
    build_rqia(os.path.join(HERE, RQIA_FILE))
    for name in (HUMBER_FILE, LAS_FILE, BNSSG_FILE, HPFT_FILE, HIW_FILE, CQC_FILE, RQIA_FILE):
        print("wrote", name)


if __name__ == "__main__":
    main()
