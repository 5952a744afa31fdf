"""Build the seven zys- blind test files (set heldout612).

Run with /work/main/.venv/bin/python zys_make.py  (writes next to this script).
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Moray College UHI - Education Scotland progress visit action plan (xlsx)
# ---------------------------------------------------------------------------
def moray():
    title = "Moray College UHI – Education Scotland Progress Visit: Action Plan 2024-25"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Change"),
        ("v1.0", "20/05/2024", "Head of Quality & Learner Experience", "Initial plan approved by SMT"),
        ("v1.1", "15/10/2024", "Quality Officer", "October progress update"),
        ("v1.2", "14/02/2025", "Quality Officer", "February progress update for Learning & Teaching Committee"),
    ]
    for i, r in enumerate(rows, start=4):
        for j, v in enumerate(r, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 4:
                c.font = Font(bold=True)
    cov["A9"] = "Owner: Vice Principal Curriculum"
    cov["A10"] = "Next review: Learning & Teaching Committee, May 2025"
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["C"].width = 38
    cov.column_dimensions["D"].width = 55

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:G1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:G2")
    ws["A2"] = ("Progress visit: 11–13 March 2024 | Report published: 7 May 2024 | "
                "Update to Learning & Teaching Committee: 14 February 2025")
    heads = ["Ref", "Action", "Lead", "Target date", "Progress update (February 2025)",
             "Previous RAG (Oct 2024)", "Current RAG (Feb 2025)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = WRAP
        c.border = BOX

    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED,
                "G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    d = lambda y, m, dd: datetime(y, m, dd)
    content = [
        ("theme", "Theme 1: Leadership of learning and teaching"),
        ("afd", "Area for development 1: Managers should ensure that self-evaluation activity at "
                "curriculum team level leads to clear, measurable actions for improvement."),
        ("act", "1.1", "Revise the curriculum team self-evaluation template to include SMART improvement "
                       "actions linked to performance indicators.",
         "Head of Quality & Learner Experience", d(2024, 8, 31),
         "New template in use by all 14 curriculum teams from August 2024.", "A", "Complete"),
        ("act", "1.2", "Deliver training for curriculum leaders on using PI data to set improvement targets.",
         "Curriculum Leaders / Quality Officer", d(2024, 12, 20),
         "Two of three sessions delivered; final session rescheduled after staff absence.", "G", "Amber"),
        ("theme", "Theme 2: Learner engagement"),
        ("afd", "Area for development 2: Staff should ensure that learners on part-time and online "
                "programmes are supported to contribute to the evaluation of their learning."),
        ("act", "2.1", "Extend the class representative system to all part-time and online programmes "
                       "of 10 weeks or more.",
         "Student Engagement Officer", d(2025, 1, 31),
         "38 new class reps recruited and trained with HISA.", "G", "Green"),
        ("act", "2.2", "Introduce mid-unit learner feedback ‘pulse’ surveys for online units, with results "
                       "reviewed at team meetings.",
         "Head of Digital Learning", d(2025, 3, 31),
         "Pilot running in Business and Care online units.", None, "Green"),
        ("act", "2.3", "Publish ‘You said, we did’ responses on the VLE each term.",
         "Marketing & Communications Manager", "Termly",
         "Autumn term responses published December 2024.", "G", "Green"),
        ("theme", "Theme 3: Outcomes and impact"),
        ("afd", "Area for development 3: The college should take action to improve completion rates on "
                "full-time further education programmes in Business and Computing."),
        ("act", "3.1", "Implement an early-warning tracker for learners with attendance below 80% in the "
                       "first six weeks.\nGuidance staff to contact learners within 5 working days.",
         "AD Learner Success; Head of Student Services", "Sept 2024 – June 2025",
         "Tracker live; contact within 5 days achieved for 71% of referrals.", "G", "Amber"),
        ("act", "3.2", "Review the structure of the HNC Computing programme to reduce assessment bunching "
                       "in Block 2.",
         "Curriculum Leader – Computing", d(2025, 5, 30),
         "Review delayed pending SQA unit revisions; at risk for 2025-26 start.", "A", "Red"),
        ("act", "3.3", "Report completion rates by programme to the Learning & Teaching Committee.",
         "Vice Principal Curriculum", d(2025, 6, 30),
         "First report due June 2025.", None, "Not started"),
    ]
    r = 5
    for item in content:
        if item[0] == "theme":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("2E75B6")
        elif item[0] == "afd":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, italic=True)
            c.fill = fill("DDEBF7")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32
        else:
            _, ref, text, lead, tgt, prog, prev, cur = item
            vals = [ref, text, lead, tgt, prog, prev, cur]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(tgt, datetime):
                ws.cell(row=r, column=4).number_format = "mmm-yy"
            if prev:
                ws.cell(row=r, column=6).fill = fill(rag_fill[prev])
            if cur in rag_fill:
                ws.cell(row=r, column=7).fill = fill(rag_fill[cur])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary (current RAG)").font = Font(bold=True)
    summary = [("Complete", 1, BLUE), ("Green", 3, GREEN), ("Amber", 2, AMBER),
               ("Red", 1, RED), ("Not started", 1, None), ("Total", 8, None)]
    for lab, n, col in summary:
        r += 1
        a = ws.cell(row=r, column=1, value=lab)
        ws.cell(row=r, column=2, value=n)
        if col:
            a.fill = fill(col)
    r += 2
    ws.cell(row=r, column=1,
            value="Notes: Actions rated Complete will be removed from the next update once evidence has "
                  "been verified by the Quality Unit.")
    widths = {"A": 8, "B": 60, "C": 30, "D": 16, "E": 45, "F": 14, "G": 14}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (lab, col, txt) in enumerate([
        ("Red", RED, "Action not progressing / target date will be missed"),
        ("Amber", AMBER, "Some slippage – recovery action in place"),
        ("Green", GREEN, "On track to meet target date"),
        ("Complete", BLUE, "Action complete, evidence held"),
    ], start=2):
        key.cell(row=i, column=1, value=lab).fill = fill(col)
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 55
    wb.save(p("zys-moray-college-uhi-education-scotland-progress-visit-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Ards and North Down BC - Performance Improvement Plan Q2 progress (xlsx)
#    RAG shown by fill colour only in the Q1 / Q2 columns.
# ---------------------------------------------------------------------------
def ards():
    title = ("Ards and North Down Borough Council – Performance Improvement Plan 2025-26: "
             "Quarter 2 Progress Report")
    wb = Workbook()
    intro = wb.active
    intro.title = "Introduction"
    intro["A1"] = title
    intro["A1"].font = Font(bold=True, size=13)
    intro["A3"] = ("Under Part 12 of the Local Government Act (Northern Ireland) 2014 the Council must set "
                   "improvement objectives each year and report on progress. This report sets out progress "
                   "against the actions in the Performance Improvement Plan 2025-26 for Quarter 2 "
                   "(1 July – 30 September 2025).")
    intro["A3"].alignment = WRAP
    intro.merge_cells("A3:D3")
    intro.row_dimensions[3].height = 60
    intro["A5"] = "RAG key (colour shown in Q1 RAG / Q2 RAG columns)"
    intro["A5"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
        (GREEN, "Green – on track"),
        (AMBER, "Amber – some slippage, action being taken"),
        (RED, "Red – significant slippage / at risk"),
        (BLUE, "Blue – achieved"),
        (None, "No colour – not yet started"),
    ], start=6):
        c = intro.cell(row=i, column=1, value=None)
        c.border = BOX
        if col:
            c.fill = fill(col)
        intro.cell(row=i, column=2, value=txt)
    intro["A12"] = "Report owner: Head of Corporate Policy and Performance"
    intro.column_dimensions["A"].width = 12
    intro.column_dimensions["B"].width = 50

    ws = wb.create_sheet("PIP Actions")
    ws["A1"] = "Performance Improvement Plan 2025-26 – Improvement Objectives and Actions"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Quarter 2: 1 July – 30 September 2025"
    heads = ["Ref", "Action", "Lead Officer", "Timescale", "Q1 RAG", "Q2 RAG", "Q2 progress commentary"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
        c.alignment = WRAP
    col = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE, None: None}
    content = [
        ("io", "Improvement Objective 1: We will increase household recycling and reduce the waste we "
               "send to landfill"),
        ("act", "1.1", "Roll out the kerbside glass collection to the remaining 9,000 households in the "
                       "Comber and Ards Peninsula areas.",
         "Head of Waste and Cleansing", "Q2 2025/26", "G", "B",
         "Roll-out completed 15 September 2025; participation at 68% in first month."),
        ("act", "1.2", "Deliver a recycling contamination campaign at 40 bring sites, with follow-up audits.",
         "Waste Education Officer / Head of Waste and Cleansing", "Q3 2025/26", "G", "A",
         "Campaign under way at 22 sites; audits delayed by summer staffing pressures."),
        ("act", "1.3", "Procure a new dry mixed recyclables processing contract.",
         "Director of Environment", "March 2026", "G", "G",
         "Tender published August 2025; evaluation scheduled for November."),
        ("io", "Improvement Objective 2: We will improve the customer experience when contacting the Council"),
        ("act", "2.1", "Launch the new online customer portal for bulky waste, pest control and bin requests.",
         "Head of Digital Transformation", "Q2 2025/26", "A", "R",
         "Go-live delayed due to supplier integration issues; recovery plan agreed with supplier."),
        ("act", "2.2", "Introduce a corporate complaints dashboard reported quarterly to CMT.",
         "Head of Performance", "Q1 2025/26", "B", "B",
         "Dashboard in place; Q1 data reported to CMT on 12 August 2025."),
        ("act", "2.3", "Train all front-line customer services staff in the revised Customer Care Standards.",
         "Customer Services Manager", "Ongoing", "G", "G",
         "41 of 56 staff trained to date."),
        ("io", "Improvement Objective 3: We will support residents to be more physically active"),
        ("act", "3.1", "Open the refurbished fitness suite at Ards Blair Mayne Wellbeing and Leisure Complex.",
         "Head of Leisure", "Q4 2025/26", "G", "G",
         "Contractor on site; practical completion forecast February 2026."),
        ("act", "3.2", "Deliver the ‘Active Ageing’ programme in six community centres.",
         "Sports Development Manager", "Sept 2025 – March 2026", None, "G",
         "Programme launched in four centres; remaining two from November."),
        ("act", "3.3", "Increase leisure memberships through a concession scheme for residents in receipt of "
                       "means-tested benefits.",
         "Head of Leisure; Head of Finance", "Q3 2025/26", None, None,
         "Scheme design to be considered by Community and Wellbeing Committee in November."),
    ]
    r = 5
    for item in content:
        if item[0] == "io":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("BDD7EE")
            c.alignment = WRAP
        else:
            _, ref, text, lead, ts, q1, q2, comm = item
            vals = [ref, text, lead, ts, None, None, comm]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if col[q1]:
                ws.cell(row=r, column=5).fill = fill(col[q1])
            if col[q2]:
                ws.cell(row=r, column=6).fill = fill(col[q2])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Q2 summary").font = Font(bold=True)
    for lab, n, c_ in [("Achieved", 2, BLUE), ("On track", 4, GREEN), ("Some slippage", 1, AMBER),
                       ("Significant slippage", 1, RED), ("Not yet started", 1, None), ("Total actions", 9, None)]:
        r += 1
        a = ws.cell(row=r, column=1, value=None)
        if c_:
            a.fill = fill(c_)
        ws.cell(row=r, column=2, value=lab)
        ws.cell(row=r, column=3, value=n)
    widths = {"A": 8, "B": 60, "C": 32, "D": 20, "E": 9, "F": 9, "G": 55}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    wb.save(p("zys-ards-and-north-down-bc-performance-improvement-plan-2025-26-q2-progress.xlsx"))


# ---------------------------------------------------------------------------
# 3. Dundee IJB - audit recommendations tracker (xlsx) - REFUSE: mistyped month
# ---------------------------------------------------------------------------
def dundee():
    title = ("Dundee City Integration Joint Board – Performance and Audit Committee: "
             "Audit Recommendations Tracker")
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Position as at 31 October 2025"
    heads = ["No.", "Audit report", "Recommendation", "Agreed management action", "Responsible officer",
             "Original completion date", "Revised completion date", "Status", "Update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("44546A")
        c.alignment = WRAP
        c.border = BOX
    d = lambda y, m, dd: datetime(y, m, dd)
    items = [
        (1, "D03/24 Strategic Risk Management",
         "The IJB should review its risk appetite statement and align strategic risk scores to it.",
         "Risk appetite statement to be refreshed and presented to the IJB for approval.",
         "Chief Finance Officer", d(2025, 3, 31), "30/09/2025", "Complete",
         "Approved by the IJB on 27 August 2025."),
        (2, "D03/24 Strategic Risk Management",
         "Strategic risks should be reviewed by their owners at least quarterly and the review recorded.",
         "Quarterly review of the strategic risk register added to the HSCP Senior Management Team forward plan.",
         "Head of Health and Community Care", d(2025, 6, 30), None, "Green",
         "Q1 and Q2 reviews completed and minuted."),
        (3, "D05/24 Directions",
         "Directions issued to Dundee City Council and NHS Tayside should specify the budget and "
         "expected outcomes for each delegated function.",
         "Directions template revised in line with Scottish Government statutory guidance.",
         "Chief Officer", d(2025, 3, 31), "31/12/2025", "Amber",
         "Revised template drafted; awaiting legal review by partner bodies."),
        (4, "D05/24 Directions",
         "A log of directions should be maintained and their implementation monitored.",
         "Directions log to be created and reported to the Performance and Audit Committee twice yearly.",
         "Senior Manager, Strategy and Performance", d(2025, 6, 30), None, "Complete",
         "Log in place; first report presented in September 2025."),
        (5, "D02/25 Workforce Planning",
         "The partnership should complete its three-year workforce plan and identify "
         "services at risk from vacancies.",
         "Integrated workforce plan 2025-28 to be finalised with partner HR teams.",
         "Head of Service, Strategic Services", d(2025, 9, 30), None, "Green",
         "Draft plan considered at SMT in October 2025."),
        (6, "D02/25 Workforce Planning",
         "Turnover and vacancy data should be reported to the IJB as part of the "
         "quarterly performance report.",
         "Workforce indicators to be added to the quarterly performance report.",
         "Senior Manager, Strategy and Performance", d(2025, 9, 30), "Novmber 2025", "Amber",
         "NHS Tayside data feed delayed; indicators to be included from Q2 report."),
        (7, "Annual Audit Report 2023/24 (Audit Scotland)",
         "The IJB should set out how it will close the forecast budget gap in its medium-term financial "
         "strategy, including savings options and their impact.",
         "Medium-term financial strategy 2025-28 to include a savings programme and risk assessment.",
         "Chief Finance Officer", d(2025, 3, 31), "31/03/2026", "Amber",
         "Savings options being developed with partners for 2026-27 budget setting."),
        (8, "Annual Audit Report 2023/24 (Audit Scotland)",
         "Performance reporting should include trend data and comparison with other IJBs.",
         "Annual performance report to include benchmarking against family group IJBs.",
         "Senior Manager, Strategy and Performance", d(2025, 7, 31), None, "Complete",
         "Included in Annual Performance Report 2024/25 published July 2025."),
        (9, "Annual Audit Report 2023/24 (Audit Scotland)",
         "The IJB should carry out a self-assessment of its governance arrangements against "
         "good practice.",
         "Board development session and governance self-assessment to be held with IJB members.",
         "Chief Officer / Clerk to the IJB", d(2025, 12, 31), None, "Green",
         "Development session booked for December 2025."),
    ]
    r = 5
    for it in items:
        for j, v in enumerate(it, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
        st = ws.cell(row=r, column=8)
        st.fill = fill({"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}[it[7]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key: Complete – action implemented and evidence provided to Internal Audit; "
                                   "Green – on track; Amber – revised date agreed; Red – overdue with no "
                                   "revised date.")
    widths = {"A": 5, "B": 28, "C": 50, "D": 50, "E": 30, "F": 14, "G": 14, "H": 11, "I": 45}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of recommendations by status"
    sm["A1"].font = Font(bold=True)
    for i, (lab, n) in enumerate([("Audit report", "Complete / Green / Amber / Red"),
                                  ("D03/24 Strategic Risk Management", "1 / 1 / 0 / 0"),
                                  ("D05/24 Directions", "1 / 0 / 1 / 0"),
                                  ("D02/25 Workforce Planning", "0 / 1 / 1 / 0"),
                                  ("Annual Audit Report 2023/24 (Audit Scotland)", "1 / 1 / 1 / 0"),
                                  ("Total", "3 / 3 / 3 / 0")], start=3):
        sm.cell(row=i, column=1, value=lab)
        sm.cell(row=i, column=2, value=n)
    sm.column_dimensions["A"].width = 45
    sm.column_dimensions["B"].width = 32
    wb.save(p("zys-dundee-ijb-audit-recommendations-tracker-typo-month-refuse.xlsx"))


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


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ---------------------------------------------------------------------------
# 4. Coedpenmaen Primary School - Estyn PIAP (docx): one table per recommendation
# ---------------------------------------------------------------------------
def coedpenmaen():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Coedpenmaen Primary School – Post-Inspection Action Plan (PIAP)", level=0)
    doc.add_paragraph("Estyn core inspection, June 2024 – progress update for the governing body, January 2025")

    info = [
        ("School", "Coedpenmaen Primary School, Pontypridd"),
        ("Headteacher", "Mrs C. Morgan"),
        ("Chair of Governors", "Mr D. Hughes"),
        ("Local authority", "Rhondda Cynon Taf County Borough Council"),
        ("Date of inspection", "10–13 June 2024"),
        ("Follow-up activity", "Estyn review"),
        ("Plan approved by governing body", "24 September 2024"),
    ]
    t = doc.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(info):
        bold_cell(t.cell(i, 0), a)
        t.cell(i, 1).text = b

    doc.add_paragraph("")
    doc.add_paragraph("Progress key: B – achieved; G – on track; A – some slippage; R – not on track")

    recs = [
        ("R1: Improve the quality of teaching and assessment so that it consistently challenges all pupils, "
         "including the more able",
         [
             ("1.1", "Introduce a whole-school approach to differentiated success criteria, modelled in staff "
                     "meetings and monitored through book looks.",
              "Deputy Headteacher", "Autumn term 2024",
              "Success criteria used in all classes; book looks show more able pupils tackling extension tasks.",
              "SLT book look each half term", "B"),
             ("1.2", "Provide targeted coaching for three teachers, supported by the RCT school improvement "
                     "partner.",
              "HT / School Improvement Partner", "Autumn term 2024 – Spring term 2025",
              "Lesson observations show at least good teaching for all three teachers.",
              "Joint observations HT and SIP", "G"),
             ("1.3", "Review the marking and feedback policy so that pupils respond to feedback and improve "
                     "their work.",
              "Assessment Lead", "Spring term 2025",
              "Pupils routinely respond to feedback; pupil voice shows they know how to improve.",
              "Pupil voice; work scrutiny", "A"),
         ]),
        ("R2: Develop pupils’ Welsh oracy skills progressively across the school",
         [
             ("2.1", "Appoint a Welsh language coordinator and establish a Criw Cymraeg to promote incidental "
                     "Welsh.",
              "Headteacher", "September 2024",
              "Coordinator in post; Criw Cymraeg leading weekly Welsh activities.",
              "Governor visit", "B"),
             ("2.2", "Plan a progressive oracy framework from Nursery to Year 6, with termly assessment of "
                     "pupils’ speaking skills.",
              "Welsh Coordinator / Foundation Learning Leader", "Summer term 2025",
              "Framework in place; assessment shows most pupils making expected progress in spoken Welsh.",
              "Termly tracking meetings", "G"),
         ]),
        ("R3: Strengthen self-evaluation and improvement planning so that they focus on the impact of teaching "
         "on pupils’ progress",
         [
             ("3.1", "Revise the school’s self-evaluation calendar so that monitoring includes learning walks, "
                     "pupil voice and scrutiny of pupils’ work.",
              "SLT", "October 2024",
              "Calendar agreed and followed; evaluations refer to first-hand evidence.",
              "Governors’ standards committee", "B"),
             ("3.2", "Train middle leaders in analysing evidence and writing evaluative reports on the impact "
                     "of provision.",
              "DHT, Assessment Lead", "February 2025",
              "Middle leader reports identify strengths and areas for improvement accurately.",
              "SIP quality assurance", "R"),
             ("3.3", "Governors to receive termly reports on progress against the PIAP and undertake one "
                     "focused visit each term.",
              "Chair of Governors", "Termly",
              "Governors able to challenge leaders about the impact of actions.",
              "Full governing body minutes", "G"),
         ]),
    ]
    heads = ["Ref", "Actions", "Lead", "Timescale", "Success criteria", "Monitoring", "Progress"]
    for heading, acts in recs:
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1 + len(acts), cols=len(heads))
        tb.style = "Table Grid"
        for j, h in enumerate(heads):
            bold_cell(tb.cell(0, j), h)
            shade(tb.cell(0, j), "D9E2F3")
        for i, a in enumerate(acts, start=1):
            for j, v in enumerate(a):
                tb.cell(i, j).text = v
            shade(tb.cell(i, 6), {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}[a[6]])
        doc.add_paragraph("")

    doc.add_paragraph("Signed: ____________________ Headteacher      ____________________ Chair of Governors")
    doc.add_paragraph("Date: 24 September 2024 (progress column updated 20 January 2025)")
    doc.save(p("zys-coedpenmaen-primary-school-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Knockmoyle Lodge Nursing Home - RQIA QIP action tracker (docx)
#    sections per legislation, one table per area for improvement; numbering restarts.
# ---------------------------------------------------------------------------
def knockmoyle():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Knockmoyle Lodge Nursing Home – Quality Improvement Plan Action Tracker", level=0)
    doc.add_paragraph("RQIA unannounced care inspection: 2 and 3 April 2025")
    doc.add_paragraph("Tracker updated: 16 June 2025")

    info = [
        ("Registered Provider", "Knockmoyle Care Ltd"),
        ("Responsible Individual", "Mr Brendan Kelly"),
        ("Registered Manager", "Mrs Siobhan McAleer"),
        ("Inspection ID", "IN046512"),
        ("Areas for improvement", "4 (2 regulations, 2 standards)"),
    ]
    t = doc.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(info):
        bold_cell(t.cell(i, 0), a)
        t.cell(i, 1).text = b
    doc.add_paragraph("")

    sections = [
        ("Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005",
         [
             ("Area for improvement 1", "Ref: Regulation 14 (2)(a)(c)", "Stated: First time",
              "To be completed by: With immediate effect",
              "The registered person shall ensure that all parts of the home to which patients have access are "
              "free from hazards to their safety. This relates specifically to the safe storage of thickening "
              "agents and cleaning chemicals.",
              [
                  ("Thickening agents removed from the dining room trolley and stored in the locked treatment "
                   "room when not in use.", "Nurse in Charge", "02/04/2025", "Complete"),
                  ("Daily environmental walk-round by the nurse in charge to include COSHH storage, recorded "
                   "on the walk-round checklist.", "Registered Manager / Nurse in Charge", "Daily – ongoing",
                   "On track"),
                  ("COSHH refresher training for all housekeeping and care staff.", "Home Administrator",
                   "31/05/2025", "Complete"),
              ]),
             ("Area for improvement 2", "Ref: Regulation 13 (1)(a)(b)", "Stated: First time",
              "To be completed by: 30 April 2025",
              "The registered person shall ensure that registered nurses manage wound care in accordance with "
              "the patient’s care plan and that wound assessments are completed at each dressing change.",
              [
                  ("Wound care audit completed for all patients with wounds; findings discussed individually "
                   "with each registered nurse.", "Deputy Manager", "30/04/2025", "Complete"),
                  ("Tissue viability link nurse to complete TVN training with the Northern Trust and cascade "
                   "to nursing staff.", "Staff Nurse A. Doherty", "30 June 2025", ""),
              ]),
         ]),
        ("Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)",
         [
             ("Area for improvement 1", "Ref: Standard 12", "Stated: First time",
              "To be completed by: 31 May 2025",
              "The registered person shall ensure that the daily menu is displayed in a suitable format and "
              "that patients are offered a choice of meal at each mealtime.",
              [
                  ("Pictorial menu boards purchased and displayed in both dining rooms.", "Catering Manager",
                   "31/05/2025", "Complete"),
                  ("Care assistants to record patients’ meal choices the day before using the new choice "
                   "sheet.", "Catering Manager; Deputy Manager", "Monthly audit", "On track"),
              ]),
             ("Area for improvement 2", "Ref: Standard 39", "Stated: Second time",
              "To be completed by: 30 June 2025",
              "The registered person shall ensure that all staff complete mandatory training in adult "
              "safeguarding and that compliance is monitored by the manager.",
              [
                  ("Training matrix updated; staff with outstanding adult safeguarding training booked on "
                   "the June 2025 session.", "Registered Manager", "30/06/2025", "On track"),
              ]),
         ]),
    ]
    status_fill = {"Complete": BLUE, "On track": GREEN, "": AMBER}
    for sec_title, afis in sections:
        doc.add_heading(sec_title, level=1)
        for afi, ref, stated, by, text, acts in afis:
            tb = doc.add_table(rows=3 + len(acts), cols=4)
            tb.style = "Table Grid"
            for j, v in enumerate((afi, ref, stated, by)):
                bold_cell(tb.cell(0, j), v)
                shade(tb.cell(0, j), "E7E6E6")
            m = tb.cell(1, 0).merge(tb.cell(1, 3))
            m.text = text
            for j, h in enumerate(("Action taken / planned", "Responsible", "Target date", "Status")):
                bold_cell(tb.cell(2, j), h)
            for i, a in enumerate(acts, start=3):
                for j, v in enumerate(a):
                    tb.cell(i, j).text = v
                shade(tb.cell(i, 3), status_fill[a[3]])
            doc.add_paragraph("")
    doc.add_paragraph("Status colours: blue – complete; green – on track; amber – behind target date, "
                      "escalated to Responsible Individual; red – not started.")
    doc.add_paragraph("Completed QIP returned to RQIA via the Web Portal on 14 May 2025.")
    doc.save(p("zys-knockmoyle-lodge-nursing-home-rqia-care-inspection-quality-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Bryntirion Surgery, Bargoed - HIW improvement plan (csv)
# ---------------------------------------------------------------------------
def bryntirion():
    import csv
    rows = [
        ["Bryntirion Surgery – Healthcare Inspectorate Wales Improvement Plan"],
        ["Service: Bryntirion Surgery, Bargoed (Aneurin Bevan University Health Board)"],
        ["Date of inspection: 12 November 2024"],
        [],
        ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale",
         "Progress update (March 2025)", "Status"],
        ["Quality of the patient experience"],
        ["The practice must ensure that the hearing loop at reception is in working order and that its "
         "availability is advertised.", "Health and Care Quality Standards 2023 – Person-centred",
         "Hearing loop tested and repaired; weekly check added to the reception opening checklist.",
         "Practice Manager", "December 2024", "Repaired 3 December 2024.", "Complete"],
        ["", "", "Signage advertising the hearing loop displayed at reception and in the waiting area.",
         "Reception Supervisor", "January 2025", "Signs in English and Welsh in place.", "Complete"],
        ["The practice should update its website and patient leaflet to reflect the current appointment "
         "system and bilingual provision.", "Person-centred; Welsh Language Standards",
         "Website and practice leaflet reviewed and updated, including Welsh language versions.",
         "Practice Manager / Office Manager", "31/03/2025", "Website updated; leaflet at translation.",
         "Green"],
        ["Delivery of safe and effective care"],
        ["The practice must ensure that emergency drugs and equipment are checked in line with its own "
         "policy and that checks are recorded.", "Safe",
         "Emergency drugs and equipment check added to the weekly nurse rota with a signed checklist; "
         "spot-checked monthly by the Lead Practice Nurse.",
         "Lead Practice Nurse", "Immediate", "Checklist in use since 13 November 2024.", "Complete"],
        ["The practice must ensure that all clinical staff complete safeguarding training at the level "
         "appropriate to their role.", "Safe; Effective",
         "Training matrix reviewed; outstanding Level 3 safeguarding training booked for two GPs and one ANP.",
         "Dr R Jenkins (Safeguarding Lead)", "April 2025",
         "One GP completed; remaining places on April course.", "Amber"],
        ["Quality of management and leadership"],
        ["The practice should ensure that all staff receive an annual appraisal.", "Leadership",
         "Appraisal schedule for 2025 agreed; all non-clinical staff appraisals to be completed by end of "
         "June 2025.", "Practice Manager", "End of June 2025", "9 of 14 appraisals completed.", "Green"],
        ["The practice should hold regular, minuted practice meetings and share learning from significant "
         "events with all staff.", "Leadership; Culture",
         "Monthly whole-practice meeting reinstated with a standing agenda item on significant events; "
         "minutes shared on the practice shared drive.",
         "GP Partners", "Monthly", "Meetings held January, February and March 2025.", "Green"],
        ["", "", "Significant event log reviewed quarterly by the Practice Manager and Clinical Lead.",
         "Practice Manager, Clinical Lead", "Quarterly", "First review due June 2025.", "Not started"],
        [],
        ["Service representative"],
        ["Name (print):", "Dr Rhian Jenkins"],
        ["Job role:", "GP Partner"],
        ["Date:", "20 January 2025"],
    ]
    with open(p("zys-bryntirion-surgery-bargoed-hiw-gp-inspection-improvement-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 7. Newbattle Abbey College - annual audit report action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def newbattle():
    lines = [
        ["Newbattle Abbey College – 2024/25 Annual Audit Report: Action Plan"],
        ["Appendix 1 – updated for the Audit and Risk Committee, 10 March 2026"],
        [],
        ["No.", "Issue/risk", "Recommendation", "Agreed management action", "Responsible officer",
         "Agreed date", "Status"],
        ["2024/25 recommendations"],
        ["1", "Financial sustainability: the college forecasts recurring deficits from 2026/27 and has not "
              "yet identified savings to close the gap.",
         "The college should update its financial strategy to show how a balanced budget will be achieved "
         "over the next three years.",
         "A revised three-year financial strategy, including savings options, will be presented to the "
         "Board of Management.",
         "Principal and Chief Executive", "31 March 2026", "Amber"],
        ["2", "Estates: the condition survey identifies significant backlog maintenance at the Abbey building.",
         "The college should prioritise backlog maintenance and agree a funding approach with the Scottish "
         "Funding Council.",
         "Prioritised estates investment plan to be agreed and discussed with SFC.",
         "Head of Finance and Corporate Services", "June 2026", "Green"],
        ["3", "Payroll controls: exception reports were not consistently reviewed and signed off.",
         "Payroll exception reports should be reviewed and evidenced each month before payment.",
         "Monthly sign-off of payroll exception reports introduced from January 2026.",
         "Finance Manager", "31/01/2026", "Complete"],
        ["4", "Governance: the Board's register of interests was not updated following new appointments.",
         "Registers of interests should be updated within one month of any change in Board membership.",
         "Register of interests reviewed at each Board meeting and published on the college website.",
         "Board Secretary; Head of Finance and Corporate Services", "Ongoing", "Green"],
        ["5", "Cyber security: the college has not tested its IT disaster recovery arrangements.",
         "The college should test its IT disaster recovery plan and report the results to the Audit and "
         "Risk Committee.",
         "Disaster recovery test to be carried out with the managed service provider.",
         "IT Manager", "30/09/2026", "Not started"],
        ["Follow-up of prior year recommendations"],
        ["b/f 1", "Fixed asset register was not reconciled to the general ledger during the year.",
         "The fixed asset register should be reconciled to the ledger at least quarterly.",
         "Quarterly reconciliation added to the finance month-end timetable.",
         "Finance Manager", "31 March 2025 (revised: 31 December 2025)", "Complete"],
        ["b/f 2", "Procurement: several contracts had been extended without documented approval.",
         "Contract extensions should be approved in line with the procurement policy and recorded on the "
         "contracts register.",
         "Contracts register refreshed and extension approval form introduced.",
         "Head of Finance and Corporate Services", "30 June 2025 (revised: 31 March 2026)", "Amber"],
        ["b/f 3", "Workforce: no succession plan was in place for key senior posts.",
         "The college should develop succession arrangements for key posts.",
         "Succession plan for the senior leadership team to be considered by the Remuneration Committee.",
         "Principal and Chief Executive", "31 December 2025", "Red"],
        [],
        ["Status key: Complete; Green – on track; Amber – revised date agreed; Red – overdue; "
         "Not started – not yet due."],
        ["Source: external auditor's 2024/25 Annual Audit Report to the Board of Management and the Auditor "
         "General for Scotland."],
    ]
    with open(p("zys-newbattle-abbey-college-annual-audit-report-2024-25-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\n")


if __name__ == "__main__":
    moray()
    ards()
    dundee()
    coedpenmaen()
    knockmoyle()
    bryntirion()
    newbattle()
    print("built 7 files in", HERE)
