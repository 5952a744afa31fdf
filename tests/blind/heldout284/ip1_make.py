"""Build the seven ip1- blind test files (set heldout284).

Run with: /work/main/.venv/bin/python ip1_make.py
Writes next to this script.
"""
import csv
import datetime as dt
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER
            c.alignment = WRAP


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Lewisham and Greenwich NHS Trust - CQC must do / should do (xlsx)
# ---------------------------------------------------------------------------
def lewisham():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    title = "CQC Must Do and Should Do Action Plan – Medical Care"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Lewisham and Greenwich NHS Trust"
    sm["A3"] = "Position as at 31 January 2024"
    sm["A5"], sm["B5"], sm["C5"], sm["D5"] = "Current RAG", "Must do", "Should do", "Total"
    rows = [("B", 2, 0), ("G", 1, 2), ("A", 2, 0), ("R", 0, 1)]
    r = 6
    for rag, m, s in rows:
        sm.cell(r, 1, rag).fill = fill(RAGFILL[rag])
        sm.cell(r, 2, m)
        sm.cell(r, 3, s)
        sm.cell(r, 4, m + s)
        r += 1
    sm.cell(r, 1, "Total")
    sm.cell(r, 2, 5)
    sm.cell(r, 3, 3)
    sm.cell(r, 4, 8)
    for c in range(1, 5):
        sm.cell(5, c).font = Font(bold=True)
        sm.cell(r, c).font = Font(bold=True)
    box(sm, "A5:D10")
    sm["A12"] = "RAG key"
    sm["A12"].font = Font(bold=True)
    key = [
        ("B", "Complete – evidence reviewed and accepted by Quality Committee"),
        ("G", "On track to deliver by the completion date"),
        ("A", "At risk of missing the completion date"),
        ("R", "Completion date missed / off track"),
    ]
    for i, (k, txt) in enumerate(key):
        sm.cell(13 + i, 1, k).fill = fill(RAGFILL[k])
        sm.cell(13 + i, 2, txt)
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 12
    sm.column_dimensions["C"].width = 12

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Lewisham and Greenwich NHS Trust"
    ws.merge_cells("A2:J2")
    ws["A3"] = ("Focused inspection of medical care at University Hospital Lewisham and "
                "Queen Elizabeth Hospital, 6–7 December 2022 – report published 22 February 2023")
    ws.merge_cells("A3:J3")
    ws["A4"] = "Position as at 31 January 2024 – for Quality Committee, 15 February 2024"
    ws.merge_cells("A4:J4")
    hdr = ["Ref", "Must / Should", "CQC requirement", "Action", "Lead",
           "Original completion date", "Revised completion date", "Previous RAG",
           "Current RAG", "Progress update / evidence"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
    # (ref, must/should, requirement, action, lead, orig, revised, prev, cur, progress)
    MD1 = ("The trust must ensure that all staff complete mandatory training, including "
           "safeguarding adults and children level 3, in line with trust targets. (Regulation 12)")
    MD2 = ("The trust must ensure that falls risk assessments are completed and reviewed for "
           "patients at risk of falling, and that care plans reflect the assessed risk. (Regulation 12)")
    MD3 = ("The trust must ensure that medicines are stored securely and that fridge "
           "temperatures are monitored and recorded daily. (Regulation 12)")
    SD1 = ("The trust should ensure that patients' nutrition and hydration needs are assessed "
           "using MUST and that intake is recorded accurately.")
    SD2 = "The trust should continue to improve the timeliness of responses to complaints."
    layout = [
        ("section", "1. Medical care – Queen Elizabeth Hospital"),
        ("group", "Must do", MD1, [
            ("MD1.1", "Divisional training trajectory agreed for each ward, with weekly compliance "
                      "reports shared with ward managers and matrons.",
             "Head of Nursing, Medicine", d(2023, 5, 31), d(2023, 8, 31), "A", "B",
             "Safeguarding level 3 compliance 91% (target 90%) at December 2023. Closed at QC 14/12/23."),
            ("MD1.2", "Protected training time rostered for nursing staff (one study day per quarter) "
                      "through HealthRoster.",
             "Divisional Director of Nursing / E-Rostering Lead", d(2023, 6, 30), None, "G", "B",
             "Study days visible on all medical ward rosters from July 2023."),
        ]),
        ("group", "Must do", MD2, [
            ("MD2.1", "Multifactorial falls risk assessment moved onto the electronic patient record "
                      "with mandatory fields at admission and on transfer between wards.",
             "Associate Director of Nursing – Patient Safety", d(2023, 9, 30), d(2024, 4, 30), "A", "A",
             "Build complete; go-live delayed by EPR upgrade freeze. Paper assessment remains in use."),
            ("MD2.2", "Monthly falls audit across all medical wards, with results reported to the "
                      "Falls Steering Group and Quality Committee.",
             "Falls Lead Nurse", "Monthly (ongoing)", None, "G", "G",
             "Audit completed monthly since April 2023; compliance 84% in January."),
        ]),
        ("section", "2. Medical care – University Hospital Lewisham"),
        ("group", "Must do", MD3, [
            ("MD3.1", "Replace medicines fridges on medical wards with data-logging fridges linked "
                      "to the pharmacy temperature monitoring system.",
             "Chief Pharmacist", d(2023, 10, 31), d(2024, 3, 31), "R", "A",
             "12 of 15 fridges replaced; remaining three on order (supplier delay)."),
        ]),
        ("group", "Should do", SD1, [
            ("SD1.1", "Relaunch the red tray and red jug scheme, with training for ward housekeepers "
                      "and healthcare assistants on food and fluid charts.",
             "Lead Dietitian; Ward Managers", d(2024, 3, 31), None, "G", "G",
             "Relaunch completed on 6 of 8 wards."),
        ]),
        ("section", "3. Medical care – both sites"),
        ("group", "Should do", SD2, [
            ("SD2.1", "Complaints backlog recovery plan, with weekly tracking of open complaints at "
                      "divisional performance reviews.",
             "Director of Corporate Affairs", d(2023, 12, 31), "Q1 2024/25", "A", "R",
             "Backlog reduced from 142 to 96; 25 working day compliance 48% (target 85%)."),
            ("SD2.2", "Complaints handling and response-writing training for all band 7 and above "
                      "staff in the Medicine division.",
             "Patient Experience Manager", d(2024, 6, 30), None, "G", "G",
             "Two sessions delivered; four further dates booked."),
        ]),
    ]
    r = 7
    for item in layout:
        if item[0] == "section":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(r, 1).fill = fill("D9E1F2")
            r += 1
            continue
        _, kind, req, acts = item
        first = r
        for (ref, act, lead, orig, rev, prev, cur, prog) in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 4, act)
            ws.cell(r, 5, lead)
            c = ws.cell(r, 6, orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(r, 7, rev)
            if isinstance(rev, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(r, 8, prev).fill = fill(RAGFILL[prev])
            ws.cell(r, 9, cur).fill = fill(RAGFILL[cur])
            ws.cell(r, 10, prog)
            r += 1
        ws.cell(first, 2, kind)
        ws.cell(first, 3, req)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    box(ws, f"A6:J{r - 1}")
    r += 1
    ws.cell(r, 1, "Note: revised completion dates were agreed by the Quality Committee on "
                  "14 December 2023. Actions rated B are closed and will be removed at the next update.")
    widths = [8, 10, 45, 50, 26, 14, 14, 9, 9, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(path("ip1-lewisham-and-greenwich-nhs-trust-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Network Rail - apprenticeships Ofsted PIAP (xlsx)
# ---------------------------------------------------------------------------
def network_rail():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Network Rail Apprenticeships – Ofsted Post-Inspection Action Plan"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Network Rail Infrastructure Limited (employer-provider), Route Services – Apprenticeship Delivery"
    info = [
        ("Inspection dates", "17 to 20 September 2024"),
        ("Report published", "28 October 2024"),
        ("Overall effectiveness", "Requires improvement"),
        ("Plan owner", "Head of Apprenticeship Delivery"),
        ("Monitored by", "Apprenticeship Governance Board (monthly)"),
    ]
    for i, (k, v) in enumerate(info):
        cv.cell(4 + i, 1, k).font = Font(bold=True)
        cv.cell(4 + i, 2, v)
    box(cv, "A4:B8")
    cv["A10"] = "Version control"
    cv["A10"].font = Font(bold=True)
    vc = [("Version", "Date", "Author", "Summary of changes"),
          ("0.1", "04/11/2024", "Apprenticeship Quality Team", "First draft following publication of report"),
          ("1.0", "18/11/2024", "Apprenticeship Quality Team", "Approved by Apprenticeship Governance Board"),
          ("1.2", "13/01/2025", "Apprenticeship Quality Team", "December progress update"),
          ("1.4", "10/03/2025", "Apprenticeship Quality Team", "March progress update; RAG reviewed")]
    for i, row in enumerate(vc):
        for j, v in enumerate(row):
            c = cv.cell(11 + i, 1 + j, v)
            if i == 0:
                c.font = Font(bold=True)
    box(cv, "A11:D15")
    for col, w in zip("ABCD", [24, 60, 28, 48]):
        cv.column_dimensions[col].width = w

    ws = wb.create_sheet("PIAP")
    ws["A1"] = "Network Rail Apprenticeships – Ofsted Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Progress update: March 2025"
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for col, (rag, txt) in zip("BCDE", [("B", "Complete"), ("G", "On track"),
                                       ("A", "Some slippage – recovery in place"), ("R", "Off track")]):
        ws[f"{col}3"] = txt
        ws[f"{col}3"].fill = fill(RAGFILL[rag])
    hdr = ["No.", "Action", "Responsible", "Success measure / impact", "Target date",
           "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("E05206")
    plan = [
        ("theme", "Leadership and management"),
        ("afi", "AFI 1: Leaders should ensure that all apprentices receive their full entitlement to "
                "off-the-job training and that it is accurately planned and recorded."),
        ("act", "1.1", "Introduce a single off-the-job training planner in the e-portfolio for every "
                       "apprentice, agreed with their line manager at the start of each rotation.",
         "Apprenticeship Quality Manager", "All apprentices have an agreed off-the-job plan",
         "Dec 2024", "Completed – planners in place for all 1,140 apprentices (audit 20/12/24).", "B"),
        ("act", "1.2", "Monthly reconciliation of recorded off-the-job hours against plan, with "
                       "apprentices below 90% of expected hours escalated to the regional delivery manager.",
         "Regional Delivery Managers", "Fewer than 5% of apprentices below 90% of expected hours",
         d(2025, 1, 31), "Reconciliation running since November; 7% below threshold in February.", "G"),
        ("act", "1.3", "Brief line managers on apprentices' off-the-job entitlement through the Line "
                       "Manager Essentials session and depot toolbox talks.",
         "Head of Apprenticeship Delivery / Employer Engagement Lead",
         "90% of line managers briefed",
         "March 2025", "62% briefed; remaining Eastern and Wales & Western depots scheduled for April.", "A"),
        ("theme", "Quality of education"),
        ("afi", "AFI 2: Trainers should use information about apprentices' existing knowledge and skills "
                "to plan training that builds on what they already know."),
        ("act", "2.1", "Skills scan at enrolment reviewed by the trainer and used to set individual "
                       "learning plan targets for each module.",
         "Lead Trainers (Track and Signalling)", "Individual targets evident in sampled learning plans",
         "April 2025", "Revised skills scan in use for the January cohort.", "G"),
        ("act", "2.2", "Trainer CPD programme on adaptive teaching and checking understanding, with "
                       "learning walks to evaluate the impact in training centres.",
         "Teaching and Learning Coach", "Learning walks show consistent checking of understanding",
         "Jun-25", "Three of five CPD sessions delivered; learning walks started at Westwood.", "G"),
        ("afi", "AFI 3: Leaders should make sure that apprentices are well prepared for their end-point "
                "assessment, so that more achieve high grades."),
        ("act", "3.1", "Mock end-point assessments scheduled at least three months before gateway for "
                       "all Level 3 apprentices.",
         "EPA Readiness Lead", "All Level 3 apprentices complete a mock EPA before gateway",
         d(2025, 2, 28), "Off track – mock EPA capacity at Westwood reduced; revised plan to Governance "
                         "Board in April.", "R"),
        ("act", "3.2", "Track EPA outcomes and high-grade rates by programme and report them to the "
                       "Apprenticeship Governance Board each quarter.",
         "Apprenticeship Quality Manager & MI Analyst", "Distinction/merit rate above national rate",
         "Quarterly", "Q3 report presented February 2025.", "G"),
    ]
    r = 6
    for item in plan:
        if item[0] == "theme":
            c = ws.cell(r, 1, item[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("404040")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        elif item[0] == "afi":
            c = ws.cell(r, 1, item[1])
            c.font = Font(bold=True)
            c.fill = fill("FCE4D6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            _, no, act, resp, meas, tgt, prog, rag = item
            ws.cell(r, 1, no)
            ws.cell(r, 2, act)
            ws.cell(r, 3, resp)
            ws.cell(r, 4, meas)
            c = ws.cell(r, 5, tgt)
            if isinstance(tgt, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(r, 6, prog)
            ws.cell(r, 7).fill = fill(RAGFILL[rag])  # colour only, no text
        r += 1
    box(ws, f"A5:G{r - 1}")
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    ws.cell(r, 2, "Complete: 1   On track: 4   Some slippage: 1   Off track: 1   Total actions: 7")
    for col, w in zip("ABCDEFG", [8, 55, 30, 34, 12, 48, 7]):
        ws.column_dimensions[col].width = w
    wb.save(path("ip1-network-rail-apprenticeships-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Department for Education - PAC recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def dfe():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Department for Education – Public Accounts Committee recommendations: implementation tracker"
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Position at 30 September 2025 – Audit and Risk Committee, 14 October 2025"
    rows = [("PAC report", "Session", "Recommendations", "Implemented", "Open"),
            ("Condition of school buildings", "2022–23", 4, 1, 3),
            ("Support for children and young people with special educational needs", "2024–25", 3, 1, 2),
            ("Total", None, 7, 2, 5)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = ov.cell(4 + i, 1 + j, v)
            if i in (0, 3):
                c.font = Font(bold=True)
    box(ov, "A4:E7")
    ov["A9"] = "Status key"
    ov["A9"].font = Font(bold=True)
    key = [("Implemented", BLUE, "Recommendation implemented; proposed for closure in the next "
                                 "Treasury Minutes progress report"),
           ("On track", GREEN, "Work in progress and expected to meet the target implementation date"),
           ("At risk", AMBER, "Target implementation date may not be met"),
           ("Delayed", RED, "Target implementation date missed or revised")]
    for i, (k, col, txt) in enumerate(key):
        ov.cell(10 + i, 1, k).fill = fill(col)
        ov.cell(10 + i, 2, txt)
    ov["A15"] = ("Source: Treasury Minutes (Government responses to the Committee of Public Accounts) "
                 "and HM Treasury progress reports. Only accepted recommendations are tracked.")
    ov.column_dimensions["A"].width = 60
    ov.column_dimensions["B"].width = 14
    ov.column_dimensions["C"].width = 16

    hdr = ["Rec.", "PAC recommendation", "Government response", "Department action", "SRO",
           "Target implementation date (Treasury Minute)", "Revised target date", "Status",
           "Progress at September 2025"]
    statusfill = {"Implemented": BLUE, "On track": GREEN, "At risk": AMBER, "Delayed": RED}

    def sheet(name, title, sub, recs):
        ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:I1")
        ws["A2"] = sub
        ws.merge_cells("A2:I2")
        for i, h in enumerate(hdr, 1):
            c = ws.cell(4, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("104F75")
        r = 5
        for rec in recs:
            for j, v in enumerate(rec):
                c = ws.cell(r, 1 + j, v)
                if j == 7:
                    c.fill = fill(statusfill[v])
            r += 1
        box(ws, f"A4:I{r - 1}")
        for col, w in zip("ABCDEFGHI", [6, 50, 14, 50, 30, 18, 14, 12, 50]):
            ws.column_dimensions[col].width = w

    sheet("School buildings",
          "PAC report: Condition of school buildings (Session 2022–23)",
          "Based on the NAO report Condition of school buildings (June 2023). Treasury Minute published January 2024.",
          [
              ("1", "The Department should set out how it will use the Condition Data Collection to "
                    "prioritise capital funding towards the schools in the poorest condition.",
               "Agreed", "Publish a revised methodology for School Condition Allocations that weights "
                         "funding by condition need identified in the second Condition Data Collection.",
               "Director, Capital", "December 2024", None, "Implemented",
               "Methodology published with 2025-26 allocations in May 2025."),
              ("2", "The Department should report each year on the number of schools with reinforced "
                    "autoclaved aerated concrete (RAAC) and its progress in removing it.",
               "Agreed", "Publish an annual update on RAAC cases and removal progress alongside the "
                         "School Rebuilding Programme update.",
               "Deputy Director, School Buildings Safety", "Spring 2025", "March 2026", "Delayed",
               "First update published October 2024; removal timetable revised following survey results."),
              ("3", "The Department should assess the impact of building condition on pupils' "
                    "attainment and wellbeing and publish its findings.",
               "Partially agreed", "Commission research on the links between school building condition, "
                                   "pupil wellbeing and attainment, and publish the findings.",
               "Chief Analyst", "March 2026", None, "On track",
               "Research contract awarded June 2025; interim findings due January 2026."),
              ("4", "The Department should set out how it will ensure that the School Rebuilding "
                    "Programme delivers projects on time, given the delays to date.",
               "Agreed", "Quarterly programme assurance reviews, with delivery milestones for each "
                         "project published on GOV.UK.",
               "School Rebuilding Programme SRO", "December 2025", None, "At risk",
               "Milestone data for 2025 tranche not yet published; contractor capacity risk escalated."),
          ])
    sheet("SEND",
          "PAC report: Support for children and young people with special educational needs (Session 2024–25)",
          "Based on the NAO report Support for children and young people with special educational needs (October 2024).",
          [
              ("1", "The Department should set out how it will reform the SEND system so that it is "
                    "financially sustainable.",
               "Agreed", "Set out SEND reform proposals in the Schools White Paper, including the future "
                         "of the statutory override.",
               "Director, SEND and Alternative Provision", "October 2025", "February 2026", "Delayed",
               "White Paper publication moved to early 2026; consultation planning under way."),
              ("2", "The Department should work with DHSC and NHS England to improve the timeliness of "
                    "EHC needs assessments, including access to health advice.",
               "Agreed", "Joint DfE and DHSC improvement programme with local areas where fewer than "
                         "half of EHC plans are issued within 20 weeks.",
               "Deputy Director, SEND Delivery", "March 2026", None, "On track",
               "Programme working with 18 local areas; 20-week rate improving in 11."),
              ("3", "The Department should publish data on the capacity of specialist school places "
                    "and its plans to create additional places.",
               "Agreed", "Publish local authority level high needs place capacity data and allocate "
                         "High Needs Provision Capital for 2025-26.",
               "Director, Capital", "June 2025", None, "Implemented",
               "Capacity data and allocations published April 2025."),
          ])
    wb.save(path("ip1-department-for-education-pac-recommendations-implementation-tracker.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(extra)
        rr.bold = bold


# ---------------------------------------------------------------------------
# 4. NHS Fife - Stratheden Hospital MWC local visit action plan (docx)
# ---------------------------------------------------------------------------
def stratheden():
    doc = docx.Document()
    doc.add_paragraph("NHS Fife – Fife Health and Social Care Partnership")
    doc.add_heading("Mental Welfare Commission Local Visit: Ward 2, Stratheden Hospital – Action Plan", level=0)
    doc.add_paragraph("Date of visit: 14 May 2024")
    doc.add_paragraph("Date of report: 2 July 2024")
    doc.add_paragraph("Action plan returned to the Commission: 1 October 2024. Progress updated: 9 December 2024.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Service", "Adult acute mental health admission ward (Ward 2)"),
        ("Completed by", "Senior Charge Nurse, Ward 2"),
        ("Approved by", "General Manager, Mental Health Inpatient Services"),
        ("Date approved", "30 September 2024"),
    ]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_paragraph("RAG status: Blue – complete; Green – on track; Amber – at risk of delay; "
                      "Red – not achieved by timescale.")

    def rec_table(rec, actions):
        tb = doc.add_table(rows=2 + len(actions), cols=5)
        tb.style = "Table Grid"
        top = tb.cell(0, 0).merge(tb.cell(0, 4))
        set_cell(top, rec, bold=True)
        shade(top, "D9E2F3")
        for j, h in enumerate(["Action planned", "Person responsible", "Timescale", "Progress", "RAG"]):
            set_cell(tb.cell(1, j), h, bold=True)
        for i, row in enumerate(actions):
            for j, v in enumerate(row):
                set_cell(tb.cell(2 + i, j), v)
        doc.add_paragraph()

    doc.add_heading("Care, treatment, support and participation", level=2)
    rec_table("Recommendation 1: Managers should ensure that care plans are person-centred, reflect "
              "the individual's goals, and are reviewed regularly with the involvement of the patient.",
              [
                  ("Care plan audit tool introduced; Senior Charge Nurse to audit five care plans each "
                   "week and give feedback to named nurses.",
                   "Senior Charge Nurse", "31 October 2024",
                   "Audit in place since August; compliance 78% in November.", "Green"),
                  ("Named nurses to complete a 'My Recovery Plan' with each patient within 72 hours of admission.\n"
                   "The patient's own words and goals to be recorded and reviewed at the weekly MDT.",
                   "Named Nurses / Senior Charge Nurse", "End of December 2024",
                   "Template agreed with patients' group; in use since November.", "Green"),
              ])
    doc.add_heading("Use of mental health and incapacity legislation", level=2)
    rec_table("Recommendation 2: Medical staff should ensure that all psychotropic medication is legally "
              "authorised on the appropriate T2 or T3 certificate, and that copies are kept with the "
              "medication prescription chart.",
              [
                  ("Weekly check of all detained patients' medication against T2/T3 certificates by the "
                   "ward pharmacist, with any discrepancy reported to the RMO the same day.",
                   "Clinical Pharmacist", "Immediate and ongoing",
                   "Weekly checks in place since June 2024; no discrepancies since August.", "Blue"),
                  ("Copies of T2/T3 certificates filed with the prescription chart (Kardex) for every "
                   "detained patient.",
                   "Senior Charge Nurse / Consultant Psychiatrist", "31/07/2024",
                   "Completed July 2024.", "Blue"),
              ])
    rec_table("Recommendation 3: Managers should ensure that where a patient is a specified person, a "
              "reasoned opinion is recorded and reviewed in line with the Mental Health (Care and "
              "Treatment) (Scotland) Act 2003.",
              [
                  ("Reasoned opinions for specified persons recorded on the Mental Health Act forms and "
                   "reviewed at each MDT, with a quarterly audit by the Mental Health Act Administrator.",
                   "Responsible Medical Officer; Mental Health Act Administrator", "December 2024",
                   "First audit delayed by administrator vacancy; now scheduled for January 2025.", "Amber"),
              ])
    doc.add_heading("The physical environment", level=2)
    rec_table("Recommendation 4: Managers should ensure that the planned refurbishment of the ward, "
              "including the garden area, is completed and that patients have unrestricted access to "
              "fresh air.",
              [
                  ("Refurbishment of Ward 2 and the enclosed garden included in the 2024/25 capital "
                   "programme; garden to be open to patients daily from 8am to 9pm.",
                   "Estates Manager (Stratheden) and Clinical Service Manager", "March 2025",
                   "Contractor appointed; works start January 2025.", "Green"),
              ])
    doc.add_paragraph("Signed: ______________________   General Manager, Mental Health Inpatient Services")
    doc.add_paragraph("Please return the completed action plan to the Mental Welfare Commission within "
                      "three months of the date of the report.")
    doc.save(path("ip1-nhs-fife-stratheden-hospital-mwc-local-visit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Westfield Primary Academy - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def westfield():
    doc = docx.Document()
    doc.add_heading("Westfield Primary Academy – Post-Ofsted Action Plan 2024–25", level=0)
    doc.add_paragraph("Inspection: 1 and 2 October 2024. Overall effectiveness: Requires improvement.")
    doc.add_paragraph("This plan is reviewed by the Local Governing Body at each termly meeting and by "
                      "the trust's Director of Primary Education.")
    dc = doc.add_table(rows=3, cols=3)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Reviewed by"),
                             ("1.0", "11/11/2024", "Local Governing Body"),
                             ("1.1", "20/01/2025", "Standards Committee")]):
        for j, v in enumerate(row):
            set_cell(dc.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete (blue) | On track (green) | At risk (amber) | Not started")

    plan = [
        ("priority", "Priority 1: Curriculum – foundation subjects"),
        ("afi", "In some foundation subjects, leaders have not identified the important knowledge that "
                "pupils should learn and when. Leaders should ensure that the curriculum in all subjects "
                "sets out precisely what pupils should know and remember from the early years to Year 6."),
        ("act", "1a", "Subject leaders for history, geography and RE to rewrite long-term plans, identifying "
                      "the key knowledge for each unit from Nursery to Year 6.",
         "Deputy Headteacher (Curriculum)", "Autumn term 2024", "SLT review of plans",
         "Plans for all three subjects in place and shared with staff", "Complete"),
        ("act", "1b", "Trust subject network to quality assure the revised plans and deliver CPD for all "
                      "teaching staff.\nCPD on the January INSET day and in staff meetings in weeks 2 and 4.",
         "Trust Curriculum Lead / Deputy Headteacher (Curriculum)", "Spring term 2025",
         "Trust QA visit; CPD evaluations", "Teachers plan lessons from the key knowledge", "On track"),
        ("act", "1c", "Pupil voice and book looks in each foundation subject to check what pupils know "
                      "and remember.",
         "Subject leaders", "Termly", "Governor link visits",
         "Pupils recall key knowledge from previous units", "On track"),
        ("priority", "Priority 2: Attendance"),
        ("afi", "Too many pupils, particularly those who are disadvantaged, are persistently absent from "
                "school. Leaders should continue to work with families to improve the attendance of "
                "these pupils."),
        ("act", "2a", "Appoint an Attendance and Family Support Officer and introduce first-day calling "
                      "for all absences.",
         "Headteacher", "November 2024", "LGB", "Officer in post; first-day calls logged", "Complete"),
        ("act", "2b", "Fortnightly attendance meetings to track persistently absent pupils, with staged "
                      "letters and meetings with families in line with the trust attendance policy.",
         "Attendance and Family Support Officer", "Ongoing", "Weekly attendance data to SLT",
         "Persistent absence below 15% by July 2025", "On track"),
        ("act", "2c", "Reward scheme for improved attendance (class of the week, termly certificates) "
                      "launched with pupils and parents.",
         "Pastoral Lead", "January 2025", "Pupil voice", "Attendance of disadvantaged pupils improves",
         "At risk"),
        ("priority", "Priority 3: Early reading"),
        ("afi", "Staff do not consistently deliver the phonics programme as intended. As a result, some "
                "pupils at the early stages of reading do not catch up quickly. Leaders should ensure "
                "that all staff are well trained to teach phonics."),
        ("act", "3a", "All staff who teach phonics, including teaching assistants, to complete the "
                      "programme's refresher training, followed by coaching visits.",
         "Reading Lead", "By 28 February 2025", "Phonics drop-ins",
         "Consistent delivery seen in all phonics groups", "On track"),
        ("act", "3b", "Daily keep-up sessions for pupils in Reception and Years 1 and 2 who are not "
                      "keeping pace, with half-termly phonics assessments.",
         "Reading Lead; EYFS Lead", "Summer term 2025", "Half-termly assessment data",
         "Phonics screening check pass rate at or above national", "Not started"),
    ]
    hdr = ["Ref", "Action", "Lead", "By when", "How we will monitor", "Success criteria", "Status (Jan 2025)"]
    nrows = 1 + len(plan)
    tb = doc.add_table(rows=nrows, cols=7)
    tb.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(tb.cell(0, j), h, bold=True)
        shade(tb.cell(0, j), "BDD7EE")
    for i, item in enumerate(plan, start=1):
        if item[0] in ("priority", "afi"):
            m = tb.cell(i, 0).merge(tb.cell(i, 6))
            set_cell(m, item[1], bold=(item[0] == "priority"))
            shade(m, "1F4E79" if item[0] == "priority" else "DEEAF6")
            if item[0] == "priority":
                for run in m.paragraphs[0].runs:
                    run.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
        else:
            for j, v in enumerate(item[1:]):
                set_cell(tb.cell(i, j), v)
    doc.add_paragraph()
    doc.add_paragraph("Signed: Chair of the Local Governing Body        Headteacher")
    doc.save(path("ip1-westfield-primary-academy-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Wigan & Leigh College - Ofsted PIAP (tab-separated txt)
# ---------------------------------------------------------------------------
def wigan():
    A1 = ("Leaders should ensure that adult learners on ESOL courses develop their speaking and listening "
          "skills quickly enough to use English confidently in their daily lives.")
    A2 = "Leaders should improve the attendance of learners aged 16 to 18 at English and mathematics lessons."
    A3 = "Leaders should ensure that apprentices receive useful careers advice and guidance about their next steps."
    rows = [
        ["Wigan & Leigh College – Ofsted Post-Inspection Action Plan"],
        ["Inspection 5 to 8 November 2024 – overall effectiveness: Requires improvement"],
        ["Exported 17/03/2025 – progress as reported to the Quality and Standards Committee"],
        [],
        ["Ref", "Area for improvement", "Action", "Owner", "Target date", "RAG", "Progress update"],
        ["Theme 1: Quality of education", "", "", "", "", "", ""],
        ["1.1", A1, "Introduce a speaking and listening assessment at the start of each ESOL course and "
                    "set individual speaking targets.", "Head of Adult Learning", "31-Jan-25", "B",
         "Completed – initial speaking assessment in place for all 412 ESOL learners."],
        ["1.2", "", "Weekly conversation clubs and community visits added to every ESOL timetable.",
         "ESOL Curriculum Manager", "Apr-25", "G", "Clubs running at Parsons Walk and Leigh; visits planned."],
        ["1.3", "", "Teaching observations for ESOL staff to focus on speaking practice, with coaching "
                    "for teachers who need it.", "AL/KM", "July 2025", "G", "11 of 18 observations completed."],
        ["Theme 2: Behaviour and attitudes", "", "", "", "", "", ""],
        ["2.1", A2, "Daily tracking of English and maths attendance, with same-day contact with learners "
                    "who miss a lesson.", "Head of English and Maths; Student Progress Coaches",
         "28-Feb-25", "A", "Attendance 81% (target 88%); contact rate improving."],
        ["2.2", "", "English and maths lessons timetabled on the same days as vocational lessons for all "
                    "study programmes from September.", "Assistant Principal Curriculum Planning",
         "Sep-25", "G", "Timetable model agreed by SLT in February."],
        ["Theme 3: Personal development", "", "", "", "", "", ""],
        ["3.1", A3, "Careers adviser to attend apprentices' progress reviews at least once in each year "
                    "of the programme.", "Careers Lead", "Mar-25", "R",
         "Adviser vacancy; 23% of apprentices seen. Recruitment under way."],
        ["3.2", "", "Next-steps information and labour market data added to the e-portfolio for every "
                    "apprenticeship standard.", "Head of Apprenticeships", "Ongoing", "G",
         "Added for construction and engineering standards."],
        [],
        ["Total actions: 7", "Complete: 1", "Green: 4", "Amber: 1", "Red: 1"],
        ["RAG key: B = complete, G = on track, A = minor delay, R = significant delay"],
    ]
    with open(path("ip1-wigan-and-leigh-college-ofsted-post-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        for row in rows:
            f.write("\t".join(row) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Park Lane Surgery - CQC action plan, typo month -> refuse (csv)
# ---------------------------------------------------------------------------
def park_lane():
    R12 = ("The provider must ensure that care and treatment is provided in a safe way, including the "
           "proper and safe management of medicines. (Regulation 12)")
    R17 = ("The provider must establish effective systems and processes to ensure good governance. "
           "(Regulation 17)")
    rows = [
        ["Park Lane Surgery – CQC Inspection Action Plan"],
        ["Inspection 11 March 2025 – overall rating Requires improvement – requirement notices for "
         "Regulation 12 and Regulation 17"],
        ["Plan owner: Practice Manager. Last updated 16/06/2025"],
        [],
        ["No.", "Key question", "CQC requirement", "Action to be taken", "Lead", "Due by", "Status", "Update"],
        ["1a", "Safe", R12, "Search and review all patients on high-risk medicines (methotrexate, lithium, "
                            "DOACs) to confirm monitoring is up to date before each repeat prescription.",
         "Clinical Pharmacist", "July 2025", "On track", "Methotrexate and lithium searches completed."],
        ["1b", "Safe", R12, "Introduce a monthly search for patients overdue medication reviews, with "
                            "reviews booked by the prescription clerks.",
         "Dr S Ahmed / Clinical Pharmacist", "August 2025", "On track", "First search run in June."],
        ["1c", "Safe", R12, "Add safety-netting to the repeat prescribing protocol so that overdue "
                            "monitoring blocks issue until a clinician has reviewed it.",
         "Dr S Ahmed", "Novmber 2025", "Not started", "Protocol draft to partners' meeting in September."],
        ["2a", "Well-led", R17, "Set up a practice risk register covering premises, staffing and "
                                "clinical risks, reviewed at the monthly partners' meeting.",
         "Practice Manager", "June 2025", "Complete", "Risk register approved 5 June 2025."],
        ["2b", "Well-led", R17, "Complete overdue staff training (safeguarding, infection control, "
                                "information governance) and record it on the training matrix.",
         "Practice Manager; Nurse Manager", "September 2025", "On track", "Compliance 86%."],
        ["2c", "Well-led", R17, "Action significant event learning and share it at the quarterly "
                                "practice meeting, with actions logged to completion.",
         "Dr L Owusu", "October 2025", "On track", "Log created; first review in July."],
        [],
        ["Should: The provider should continue to improve uptake of childhood immunisations and cervical screening."],
        ["3a", "Effective", "", "Recall call-backs by the care coordinator for children overdue "
                                 "immunisations and women overdue screening.",
         "Care Coordinator", "December 2025", "On track", "Uptake reported monthly to partners."],
    ]
    with open(path("ip1-park-lane-surgery-cqc-inspection-action-plan-typo-month-refuse.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


if __name__ == "__main__":
    lewisham()
    network_rail()
    dfe()
    stratheden()
    westfield()
    wigan()
    park_lane()
    print("done")
