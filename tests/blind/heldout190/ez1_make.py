#!/usr/bin/env python3
"""Build the seven ez1- blind test files (set heldout190).

Run with /work/main/.venv/bin/python (openpyxl + python-docx).
Writes into the folder this script lives in.

Each ACTION record carries the cell values as they appear in the file.
The expected readings live beside each file in NAME.expected.yaml.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RAGHEX = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
D = dt.datetime


# ---------------------------------------------------------------- helpers
def docx_shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def docx_cell(cell, text, bold=False, italic=False, size=9):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def xl_fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def xl_row(ws, r, values, bold=False, fill=None, border=True):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True)
        if fill:
            cell.fill = xl_fill(fill)
        if border:
            cell.border = BOX


# ======================================================= 1. Hartsdown (docx)
HARTSDOWN = "ez1-hartsdown-academy-post-ofsted-action-plan.docx"

HARTSDOWN_PRIORITIES = [
    (
        "Priority 1: Curriculum and assessment",
        "In some subjects, teachers do not check pupils’ understanding carefully enough. "
        "Misconceptions go unnoticed and pupils move on to new content before they are secure. "
        "Leaders should ensure that teachers use assessment precisely to identify and address "
        "gaps in pupils’ knowledge.",
        [
            ("1.1",
             "Deliver a CPD sequence on responsive teaching and hinge questions for all teaching "
             "staff, led through weekly Teaching and Learning Briefings.",
             "Deputy Principal (Quality of Education)", "Summer term 2024",
             "All teachers trained; learning walks show checks for understanding in 85% of lessons.",
             "B", True),
            ("1.2",
             "Introduce low-stakes retrieval quizzes at the start of every Year 7–11 lesson in "
             "English, maths and science.\nHeads of Department to quality-assure quiz design "
             "half-termly.",
             "Heads of Department", "Autumn term 2024",
             "Quizzes seen in 9 out of 10 lessons visited; department reviews show fewer repeated errors.",
             "G", True),
            ("1.3",
             "Review the assessment calendar so that summative assessment points are used to adapt "
             "curriculum plans, with gap analysis shared at department meetings.",
             "Assistant Principal (Assessment) / Data Manager", "Spring term 2025",
             "Curriculum plans amended after each assessment point; minutes record actions taken.",
             "A", True),
        ],
    ),
    (
        "Priority 2: Reading",
        "Leaders have not ensured that pupils who are at an early stage of reading receive the "
        "support they need to catch up quickly. Leaders should ensure that these pupils are "
        "identified swiftly and receive effective phonics and fluency support.",
        [
            ("2.1",
             "Screen all Year 7 pupils using the NGRT reading test on entry and re-test in June to "
             "measure progress.",
             "Reading Lead", "September 2024",
             "All Year 7 pupils screened within three weeks of entry.",
             "B", True),
            ("2.2",
             "Train six teaching assistants to deliver the Fresh Start phonics programme to pupils "
             "with a reading age below 9.",
             "SENCo and Reading Lead", "Autumn term 2024",
             "Six TAs trained; 40 pupils receiving daily intervention.",
             "G", True),
            ("2.3",
             "Launch a tutor-time reading programme for Years 7–9 with a shared class reader each "
             "half term.",
             "Assistant Principal (Personal Development)", "Ongoing",
             "Reading programme timetabled four times a week; pupil voice positive.",
             "G", False),   # fill only, no letter
        ],
    ),
    (
        "Priority 3: Attendance and behaviour",
        "Too many pupils, including disadvantaged pupils, are persistently absent from school. "
        "Leaders should continue to work with families to improve the attendance of these pupils "
        "so that they do not miss out on important learning.",
        [
            ("3.1",
             "Appoint an Attendance and Family Liaison Officer and introduce weekly attendance panel "
             "meetings for pupils below 90% attendance.",
             "Assistant Principal (Behaviour and Attendance)", "June 2024",
             "Officer in post; persistent absence reduced from 31% to below 25%.",
             "B", True),
            ("3.2",
             "Implement first-day calling and home visits on day three of unexplained absence, "
             "working with the Kent Attendance Service.",
             "Attendance and Family Liaison Officer", "Summer term 2025",
             "Home visits logged on CPOMS for all day-three absences.",
             None, True),   # blank, not started
        ],
    ),
]


def make_hartsdown():
    doc = Document()
    doc.add_paragraph("Hartsdown Academy – Post-Ofsted Action Plan 2024–25", style="Title")
    doc.add_paragraph("Ofsted inspection: 5 and 6 March 2024 (graded inspection) – "
                      "Overall effectiveness: Requires improvement")
    doc.add_paragraph("Plan agreed by the Local Governing Body: 25 April 2024. "
                      "Progress updated for the LGB: 6 February 2025.")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in [("Version", "Date", "Author", "Change"),
                ("1.0", "25/04/2024", "Principal", "Agreed by LGB"),
                ("1.2", "10/10/2024", "Deputy Principal", "Autumn term update"),
                ("1.3", "06/02/2025", "Deputy Principal", "Spring term update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            docx_cell(c, v, bold=(row[0] == "Version"))

    doc.add_paragraph("RAG key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for letter, meaning in [("R", "Not started or significantly off track"),
                            ("A", "Started – some slippage"),
                            ("G", "On track"),
                            ("B", "Complete – impact evident")]:
        cells = t.add_row().cells
        docx_cell(cells[0], letter, bold=True)
        docx_shade(cells[0], RAGHEX[letter])
        docx_cell(cells[1], meaning)

    headers = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG"]
    for heading, afi, actions in HARTSDOWN_PRIORITIES:
        doc.add_paragraph(heading, style="Heading 1")
        t = doc.add_table(rows=2, cols=len(headers))
        t.style = "Table Grid"
        top = t.rows[0].cells
        merged = top[0].merge(top[-1])
        docx_cell(merged, afi, italic=True)
        docx_shade(merged, "DEEAF6")
        for c, h in zip(t.rows[1].cells, headers):
            docx_cell(c, h, bold=True)
            docx_shade(c, "1F3864")
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for ref, action, lead, when, success, rag, letter in actions:
            cells = t.add_row().cells
            docx_cell(cells[0], ref)
            docx_cell(cells[1], action)
            docx_cell(cells[2], lead)
            docx_cell(cells[3], when)
            docx_cell(cells[4], success)
            if rag:
                docx_cell(cells[5], rag if letter else "", bold=True)
                docx_shade(cells[5], RAGHEX[rag])
            else:
                docx_cell(cells[5], "")
        doc.add_paragraph("")

    doc.add_paragraph("Monitoring: progress against this plan is reviewed by the Senior Leadership "
                      "Team fortnightly and reported to the Local Governing Body termly.")
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in [("Signed (Principal)", "", "Date", ""),
                ("Signed (Chair of LGB)", "", "Date", "")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            docx_cell(c, v)
    doc.save(os.path.join(HERE, HARTSDOWN))


# ================================================ 2. Suffolk New College (xlsx)
SUFFOLK = "ez1-suffolk-new-college-sar-quality-improvement-plan-2024-25.xlsx"

# theme, [(afi, [(ref, action, lead, target, revised, rag_nov, rag_jan, progress)])]
SUFFOLK_QIP = [
    ("1. Quality of education", [
        ("Achievement of grades 4 and above in GCSE English and maths for 16-18 learners remains "
         "below national rates.", [
            ("QE1.1",
             "Introduce a diagnostic assessment in the first two weeks of term for all GCSE English "
             "and maths learners and set individual targets on ProMonitor.",
             "Head of English and Maths", D(2024, 10, 31), None, "B", "B",
             "Diagnostics completed for 1,142 learners by 18/10/2024. Targets visible to tutors."),
            ("QE1.2",
             "Timetable an additional weekly maths workshop for learners predicted grade 3, with "
             "attendance tracked by tutors.",
             "Head of English and Maths; Curriculum Managers", D(2024, 12, 20), D(2025, 2, 28),
             "G", "A",
             "Workshops running from 13/01/2025 after staffing delay.\nRevised date agreed by SLT."),
        ]),
        ("Not all teachers use questioning and feedback well enough to extend learners’ "
         "understanding, particularly in construction and engineering.", [
            ("QE2.1",
             "Run a Teaching and Learning Academy programme for 24 identified teachers, with "
             "coaching from Advanced Practitioners.",
             "Head of Teaching, Learning and Assessment", D(2025, 3, 31), None, "G", "G",
             "Cohort started November; 22 of 24 teachers attending."),
            ("QE2.2",
             "Complete developmental observations in construction and engineering each half term "
             "and share themes at faculty meetings.",
             "Head of Faculty Construction and Engineering", "Half-termly", None, "G", "G",
             "Autumn observations complete; themes shared 09/12/2024."),
        ]),
    ]),
    ("2. Behaviour and attitudes", [
        ("Attendance of 16-18 learners, particularly at English and maths lessons, is too low.", [
            ("BA1.1",
             "Launch the ‘Every Lesson Counts’ attendance campaign with daily absence texts to "
             "parents and carers of learners under 18.",
             "Director of Learner Services", D(2024, 9, 30), None, "B", "B",
             "Campaign launched at enrolment; texts sent daily from 09/09/2024."),
            ("BA1.2",
             "Introduce attendance improvement plans for learners below 85% attendance, reviewed "
             "fortnightly by progress coaches.",
             "Director of Learner Services / Progress Coach Manager", D(2025, 1, 31), None,
             "A", "G",
             "Plans in place for 318 learners; attendance up 4.2 points since November."),
        ]),
    ]),
    ("3. Personal development", [
        ("Too few learners on study programmes complete meaningful work experience or industry "
         "placements.", [
            ("PD1.1",
             "Appoint two additional Employer Engagement Coordinators to source placements in "
             "health, digital and creative industries.",
             "Assistant Principal Employer Partnerships", D(2024, 11, 30), D(2025, 1, 31),
             "A", "B",
             "Both coordinators started 06/01/2025."),
            ("PD1.2",
             "Record all placement hours on the college tracking system and report completion "
             "rates to Curriculum Review meetings monthly.",
             "Work Placement Manager", D(2025, 6, 30), None, "R", "A",
             "System live; 61% of learners have hours recorded."),
        ]),
    ]),
    ("4. Leadership and management", [
        ("Governors do not receive sufficiently detailed information about the quality of "
         "apprenticeship provision to hold leaders to account.", [
            ("LM1.1",
             "Add an apprenticeship quality dashboard, including off-the-job training and breaks "
             "in learning, to each Quality and Standards Committee report.",
             "Vice Principal Quality and Learner Experience", D(2024, 11, 28), None, "B", "B",
             "Dashboard presented 28/11/2024."),
            ("LM1.2",
             "Arrange a governor link visit to apprenticeship provision each term, with findings "
             "reported to the Board.",
             "Clerk to the Corporation", "July 2025", None, None, None, ""),
        ]),
    ]),
]


def make_suffolk():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Suffolk New College – Quality Improvement Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Arising from the College Self-Assessment Report 2023-24"
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([
            ("Owner", "Vice Principal Quality and Learner Experience"),
            ("Version", "3.0"),
            ("Date", "31/01/2025"),
            ("Approved by", "Quality and Standards Committee (28/11/2024)"),
            ("Next review", "Quality and Standards Committee (March 2025)")], start=5):
        xl_row(ws, i, [k, v])
        ws.cell(row=i, column=1).font = Font(bold=True)
    ws["A11"] = "RAG rating key"
    ws["A11"].font = Font(bold=True)
    for i, (k, v) in enumerate([
            ("B", "Complete – action delivered and impact evidenced"),
            ("G", "On track"),
            ("A", "Some slippage – mitigation in place"),
            ("R", "Off track – escalate to SLT")], start=12):
        xl_row(ws, i, [k, v])
        ws.cell(row=i, column=1).fill = xl_fill(RAGHEX[k])
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 60

    # Summary sheet
    ss = wb.create_sheet("Summary")
    ss["A1"] = "QIP 2024-25 – summary of progress at 31 January 2025"
    ss["A1"].font = Font(bold=True, size=13)
    xl_row(ss, 3, ["Theme", "No. of actions", "B", "G", "A", "R", "Not rated"], bold=True,
           fill="D9D9D9")
    totals = [0] * 6
    r = 4
    for theme, afis in SUFFOLK_QIP:
        acts = [a for _, al in afis for a in al]
        counts = [len(acts)] + [sum(1 for a in acts if a[6] == k) for k in "BGAR"] + \
                 [sum(1 for a in acts if a[6] is None)]
        totals = [x + y for x, y in zip(totals, counts)]
        xl_row(ss, r, [theme] + counts)
        r += 1
    xl_row(ss, r, ["Total"] + totals, bold=True)
    ss.column_dimensions["A"].width = 32

    # QIP sheet
    q = wb.create_sheet("QIP")
    q["A1"] = "Quality Improvement Plan 2024-25"
    q["A1"].font = Font(bold=True, size=14)
    q.merge_cells("A1:I1")
    q["A2"] = "Progress at 31 January 2025"
    headers = ["Ref", "Area for improvement (SAR 2023-24)", "Action", "Lead(s)", "Target date",
               "Revised date", "RAG Nov 24", "RAG Jan 25", "Progress and impact to date"]
    xl_row(q, 4, headers, bold=True, fill="1F3864")
    for c in range(1, 10):
        q.cell(row=4, column=c).font = Font(bold=True, color="FFFFFF")
    r = 5
    for theme, afis in SUFFOLK_QIP:
        q.cell(row=r, column=1, value=theme).font = Font(bold=True, size=12)
        for c in range(1, 10):
            q.cell(row=r, column=c).fill = xl_fill("BDD7EE")
        q.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, acts in afis:
            first = r
            for i, (ref, action, lead, target, revised, rnov, rjan, prog) in enumerate(acts):
                xl_row(q, r, [ref, afi if i == 0 else None, action, lead, target, revised,
                              rnov, rjan, prog])
                for col in (5, 6):
                    if isinstance(q.cell(row=r, column=col).value, dt.datetime):
                        q.cell(row=r, column=col).number_format = "dd/mm/yyyy"
                for col, v in ((7, rnov), (8, rjan)):
                    if v:
                        q.cell(row=r, column=col).fill = xl_fill(RAGHEX[v])
                        q.cell(row=r, column=col).alignment = Alignment(horizontal="center",
                                                                        vertical="top")
                r += 1
            if r - 1 > first:
                q.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    q.cell(row=r, column=1,
           value="Note: revised dates approved by SLT on 14/01/2025. RAG Jan 25 is the current "
                 "position; RAG Nov 24 is as reported to the Quality and Standards Committee on "
                 "28/11/2024.")
    for col, w in zip("ABCDEFGHI", (8, 40, 55, 30, 12, 12, 10, 10, 45)):
        q.column_dimensions[col].width = w
    q.freeze_panes = "A5"
    wb.save(os.path.join(HERE, SUFFOLK))


# ============================================ 3. Baltic Apprenticeships (csv)
BALTIC = "ez1-baltic-apprenticeships-ofsted-piap-typo-month-refuse.csv"

BALTIC_ROWS = [
    ("1", "Leaders and managers should ensure that trainers provide apprentices with feedback "
          "that clearly identifies what they need to do to improve the quality of their work.", [
        ("1.1", "Introduce a feedback standard for all written work with ‘what went well / even "
                "better if’ targets recorded in Aptem.",
         "Harris, Jo", "October 2024", "November 2024", "Complete",
         "Standard launched 04/11/2024; all coaches briefed."),
        ("1.2", "Sample 10% of marked work each month through the quality assurance cycle and "
                "share findings at coaching team meetings.",
         "Harris, Jo; Bell, Marcus", "November 2024", "December 2024", "On track",
         "November sample completed (86 pieces)."),
    ]),
    ("2", "Leaders should ensure that employers are fully involved in reviews of apprentices’ "
          "progress so that on- and off-the-job training are well coordinated.", [
        ("2.1", "Redesign the 12-weekly progress review template so that line managers agree "
                "workplace targets with the coach and apprentice.",
         "Okafor, Dami", "November 2024", "Febuary 2025", "In progress",
         "Draft template piloted with 12 employers."),
        ("2.2", "Launch employer briefing webinars each term covering the apprenticeship "
                "standard, end-point assessment and off-the-job training.",
         "Okafor, Dami", "January 2025", "March 2025", "Not started", ""),
        ("2.3", "Report the percentage of reviews with employer attendance to the monthly "
                "Quality Board.",
         "Data and MI Manager", "December 2024", "January 2025", "On track",
         "Power BI measure built; first report due January board."),
    ]),
    ("3", "Leaders should ensure that apprentices develop a secure understanding of the risks of "
          "radicalisation and extremism relevant to their roles and locality.", [
        ("3.1", "Add a Prevent and online safety topic to each progress review, linked to the "
                "regional Prevent risk assessment.",
         "Ahmed, Sana", "October 2024", "December 2024", "Complete",
         "Topic added to review template 02/12/2024."),
        ("3.2", "Deliver a cyber-extremism masterclass to all apprentices on the Level 4 Cyber "
                "Security Technologist programme.",
         "Ahmed, Sana", "January 2025", "April 2025", "On track",
         "Masterclass content written with the regional Prevent coordinator."),
    ]),
    ("4", "Governors should receive more detailed information about the quality of training so "
          "that they can challenge leaders effectively.", [
        ("4.1", "Provide a termly quality report to the Board including achievement, retention "
                "and learning walk outcomes by programme.",
         "Managing Director", "December 2024", "Termly", "On track",
         "First report presented 11/12/2024."),
        ("4.2", "Recruit an independent board adviser with experience of further education "
                "quality improvement.",
         "Managing Director", "March 2025", "June 2025", "Not started", ""),
    ]),
]


def make_baltic():
    cols = ["Ref", "Ofsted recommendation", "Action", "Owner", "Start", "Due",
            "Status", "Progress update"]
    n = len(cols)

    def pad(vals):
        return list(vals) + [""] * (n - len(vals))

    rows = [
        pad(["Baltic Apprenticeships – Post-Inspection Action Plan"]),
        pad(["Ofsted inspection 2–5 July 2024 (report published 9 September 2024); "
             "last updated 17/01/2025 for the Quality Board"]),
        pad([]),
        cols,
    ]
    for rec_no, rec, acts in BALTIC_ROWS:
        rows.append(pad([rec_no, rec]))
        for ref, action, owner, start, due, status, upd in acts:
            rows.append([ref, "", action, owner, start, due, status, upd])
    with open(os.path.join(HERE, BALTIC), "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)


# ========================================== 4. Warrington and Halton (xlsx)
WHH = "ez1-warrington-halton-teaching-hospitals-nhsft-cqc-must-should-do-action-plan.xlsx"

STATUS_FILL = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000",
               "Off track": "FF0000"}

# core service, [(must do, regulation, [(ref, action, lead, original, revised, status, update)])]
WHH_MUST = [
    ("Urgent and emergency care", [
        ("The trust must ensure that patients in the emergency department receive an initial "
         "clinical assessment within 15 minutes of arrival.", "Regulation 12(1)(2)(a)", [
            ("MD1.1",
             "Implement a rapid assessment and treatment (RAT) model in majors, staffed by a "
             "senior clinician between 10:00 and 22:00.",
             "Clinical Director Emergency Medicine", D(2024, 7, 31), None, "Complete",
             "RAT model live from 01/07/2024. Median time to assessment 11 minutes (September)."),
            ("MD1.2",
             "Introduce hourly audit of time to initial assessment, reported daily at the 08:30 "
             "site safety huddle.",
             "Head of Nursing Urgent Care / ED Matron", D(2024, 8, 31), D(2024, 12, 31),
             "At risk",
             "Audit in place in majors; ambulatory and paediatric areas not yet included."),
        ]),
        ("The trust must ensure that staff complete and record risk assessments for patients at "
         "risk of falls and pressure damage in the emergency department.",
         "Regulation 12(2)(a)(b)", [
            ("MD2.1",
             "Embed the falls and tissue viability risk assessments in the ED electronic record "
             "as mandatory fields for patients in the department over 4 hours.",
             "Chief Nursing Information Officer", D(2024, 10, 31), "31/01/2025", "On track",
             "Build tested; go-live moved to January to align with system upgrade."),
        ]),
    ]),
    ("Medical care (including older people’s care)", [
        ("The trust must ensure there are sufficient numbers of suitably qualified nursing staff "
         "on medical wards to meet patients’ needs.", "Regulation 18(1)", [
            ("MD3.1",
             "Complete the biannual safer nursing care tool review for all medical wards and "
             "present revised establishments to Trust Board.",
             "Chief Nurse", D(2024, 9, 30), None, "Complete",
             "Establishment review approved by Trust Board 25/09/2024."),
            ("MD3.2",
             "Recruit to 38 WTE registered nurse vacancies through the international recruitment "
             "programme.",
             "Deputy Chief Nurse; Head of Workforce Planning", "Q4 2024/25", None, "On track",
             "24 nurses in post, 9 awaiting OSCE, 5 offers made."),
        ]),
        ("The trust must ensure that medicines are stored securely and fridge temperatures are "
         "monitored and acted upon.", "Regulation 12(2)(g)", [
            ("MD4.1",
             "Install remote temperature monitoring for all ward medicine fridges with automatic "
             "alerts to pharmacy.",
             "Chief Pharmacist", D(2024, 9, 30), None, "Off track",
             "Supplier delay; installation on 6 of 14 wards. Manual checks audited weekly."),
        ]),
    ]),
]

# (ref, core service, should do, action, lead, due, status, update)
WHH_SHOULD = [
    ("SD1", "Urgent and emergency care",
     "The trust should ensure that patients’ pain is assessed and reassessed in a timely way.",
     "Add pain score reassessment prompts to the ED nursing care rounding tool and audit monthly.",
     "ED Matron", D(2024, 9, 30), "Complete", "Audit compliance 92% in September."),
    ("SD2", "Urgent and emergency care",
     "The trust should continue to improve the environment of the children’s waiting area to "
     "keep it separate from the adult area.",
     "Complete capital works to create a separate paediatric waiting area with controlled access.",
     "Associate Director of Estates", "March 2025", "On track",
     "Works scheduled to start 06/01/2025."),
    ("SD3", "Medical care (including older people’s care)",
     "The trust should ensure that mental capacity assessments are documented for patients who "
     "lack capacity to consent to care.",
     "Deliver Mental Capacity Act refresher training to medical ward staff and audit "
     "documentation quarterly.",
     "Named Nurse for Adult Safeguarding", "31/12/2024", "At risk",
     "Training compliance 71% against 85% target."),
    ("SD4", "Medical care (including older people’s care)",
     "The trust should ensure that discharge summaries are sent to GPs within 24 hours of "
     "discharge.",
     "Introduce a daily discharge summary compliance report for each medical ward and escalate "
     "outstanding summaries to consultants.",
     "Associate Medical Director Medical Care", D(2024, 10, 31), "Complete",
     "Report live; compliance 94% in October."),
]


def make_whh():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = ("Warrington and Halton Teaching Hospitals NHS Foundation Trust – "
               "CQC Must Do and Should Do Action Plan")
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("Inspection of Warrington Hospital (urgent and emergency care; medical care) – "
               "report published 21 May 2024")
    s["A3"] = "Position at 31 October 2024 – Quality Assurance Committee, 5 November 2024"
    s["A5"] = "Status key"
    s["A5"].font = Font(bold=True)
    for i, (k, v) in enumerate([
            ("Complete", "Action completed and evidence accepted by the CQC Compliance Team"),
            ("On track", "Action progressing within agreed timescale"),
            ("At risk", "Action at risk of missing the agreed date"),
            ("Off track", "Action has missed the agreed date")], start=6):
        xl_row(s, i, [k, v])
        s.cell(row=i, column=1).fill = xl_fill(STATUS_FILL[k])
    xl_row(s, 11, ["", "Complete", "On track", "At risk", "Off track", "Total"], bold=True,
           fill="D9D9D9")
    must_st = [a[5] for _, mds in WHH_MUST for _, _, acts in mds for a in acts]
    should_st = [a[6] for a in WHH_SHOULD]
    tot = [0] * 5
    for r, (label, sts) in enumerate((("Must Do", must_st), ("Should Do", should_st)), start=12):
        row = [sts.count(k) for k in STATUS_FILL] + [len(sts)]
        tot = [x + y for x, y in zip(tot, row)]
        xl_row(s, r, [label] + row)
    xl_row(s, 14, ["Total"] + tot, bold=True)
    s.column_dimensions["A"].width = 14
    s.column_dimensions["B"].width = 62

    m = wb.create_sheet("Must Do")
    m["A1"] = "MUST DO actions"
    m["A1"].font = Font(bold=True, size=13)
    m["A2"] = ("Regulation breaches – Health and Social Care Act 2008 (Regulated Activities) "
               "Regulations 2014")
    headers = ["Ref", "CQC Must Do", "Regulation", "Action", "Accountable lead", "Original date",
               "Revised date", "Status", "Progress update / evidence"]
    xl_row(m, 4, headers, bold=True, fill="005EB8")
    for c in range(1, 10):
        m.cell(row=4, column=c).font = Font(bold=True, color="FFFFFF")
    r = 5
    for service, mds in WHH_MUST:
        m.cell(row=r, column=1, value=service).font = Font(bold=True)
        for c in range(1, 10):
            m.cell(row=r, column=c).fill = xl_fill("D9E1F2")
        m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for text, reg, acts in mds:
            first = r
            for i, (ref, action, lead, orig, rev, status, upd) in enumerate(acts):
                xl_row(m, r, [ref, text if i == 0 else None, reg if i == 0 else None, action,
                              lead, orig, rev, status, upd])
                for col in (6, 7):
                    if isinstance(m.cell(row=r, column=col).value, dt.datetime):
                        m.cell(row=r, column=col).number_format = "dd/mm/yyyy"
                m.cell(row=r, column=8).fill = xl_fill(STATUS_FILL[status])
                r += 1
            if r - 1 > first:
                m.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                m.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGHI", (8, 45, 16, 50, 30, 13, 13, 11, 45)):
        m.column_dimensions[col].width = w

    sd = wb.create_sheet("Should Do")
    sd["A1"] = "SHOULD DO actions"
    sd["A1"].font = Font(bold=True, size=13)
    headers = ["Ref", "Core service", "CQC Should Do", "Action", "Lead", "Due date", "Status",
               "Update"]
    xl_row(sd, 3, headers, bold=True, fill="005EB8")
    for c in range(1, 9):
        sd.cell(row=3, column=c).font = Font(bold=True, color="FFFFFF")
    for r, row in enumerate(WHH_SHOULD, start=4):
        xl_row(sd, r, list(row))
        if isinstance(row[5], dt.datetime):
            sd.cell(row=r, column=6).number_format = "dd/mm/yyyy"
        sd.cell(row=r, column=7).fill = xl_fill(STATUS_FILL[row[6]])
    for col, w in zip("ABCDEFGH", (7, 24, 45, 50, 30, 12, 11, 40)):
        sd.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, WHH))


# ============================================ 5. Fakenham Medical Practice (docx)
FAKENHAM = "ez1-fakenham-medical-practice-cqc-inspection-action-plan.docx"

FAK_STATUS = {"Completed": "0070C0", "On track": "00B050", "Not started": None}

FAK_NOTICES = [
    ("Requirement notice 1 – Regulation 12: Safe care and treatment",
     "The provider had not ensured that patients prescribed high-risk medicines received the "
     "required monitoring before repeat prescriptions were issued.",
     [
         ("1a", "Run weekly EMIS searches for patients on DMARDs, lithium and warfarin and recall "
                "any patient overdue monitoring before authorising further issues.",
          "Dr R Mehta (Prescribing Lead) and Clinical Pharmacist", "31/12/2024", "Completed"),
         ("1b", "Add a mandatory monitoring check to the repeat prescribing protocol and train "
                "all prescribing clerks.",
          "Practice Manager", "January 2025", "Completed"),
         ("1c", "Complete a re-audit of high-risk medicine monitoring and present the results at "
                "the clinical governance meeting.",
          "Clinical Pharmacist", "End of March 2025", "On track"),
     ]),
    ("Requirement notice 2 – Regulation 17: Good governance",
     "The provider did not have effective systems to act on safety alerts and to monitor the "
     "completion of staff training.",
     [
         ("2a", "Set up a safety alerts log with named clinician sign-off and a monthly review of "
                "historic MHRA alerts.",
          "Dr R Mehta / Practice Manager", "30/11/2024", "Completed"),
         ("2b", "Introduce a training matrix on the practice intranet showing mandatory training "
                "compliance by staff group, reviewed at each partners’ meeting.",
          "Deputy Practice Manager", "28/02/2025", "On track"),
     ]),
]

FAK_SHOULD = [
    ("Continue to improve the uptake of cervical screening.",
     "Offer Saturday morning smear clinics and send text reminders to eligible patients who have "
     "not responded.",
     "Nurse Manager", "June 2025", "On track"),
    ("Improve patient satisfaction with telephone access.",
     "Install a cloud telephony system with call-back and queue position, and publish monthly "
     "call data in the waiting room.",
     "Practice Manager", "April 2025", "Not started"),
    ("Ensure that the complaints policy includes details of the Parliamentary and Health Service "
     "Ombudsman.",
     "Update the complaints policy and patient leaflet and add the information to the practice "
     "website.",
     "Deputy Practice Manager", "15/11/2024", "Completed"),
]


def make_fakenham():
    doc = Document()
    doc.add_paragraph("Fakenham Medical Practice – CQC Inspection Action Plan", style="Title")
    doc.add_paragraph("Inspection date: 9 October 2024 | Report published: 20 December 2024 | "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("This action plan sets out how the practice will address the breaches of "
                      "regulation and the areas for improvement identified by the Care Quality "
                      "Commission. It is reviewed at the monthly partners’ meeting and shared with "
                      "the Norfolk and Waveney ICB primary care quality team.")
    doc.add_paragraph("Last updated: 10 January 2025")

    def status_cell(cell, st):
        docx_cell(cell, st)
        if FAK_STATUS[st]:
            docx_shade(cell, FAK_STATUS[st])

    for heading, finding, acts in FAK_NOTICES:
        doc.add_paragraph(heading, style="Heading 1")
        t = doc.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        top = t.rows[0].cells
        merged = top[0].merge(top[-1])
        docx_cell(merged, finding, italic=True)
        docx_shade(merged, "E7E6E6")
        for c, h in zip(t.rows[1].cells, ["No.", "Action", "Lead", "By when", "Status"]):
            docx_cell(c, h, bold=True)
        for no, action, lead, when, st in acts:
            cells = t.add_row().cells
            for c, v in zip(cells[:4], (no, action, lead, when)):
                docx_cell(c, v)
            status_cell(cells[4], st)

    doc.add_paragraph("Areas where the practice should improve", style="Heading 1")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["CQC said the practice should", "What we will do", "Lead",
                                      "By when", "Status"]):
        docx_cell(c, h, bold=True)
    for should, action, lead, when, st in FAK_SHOULD:
        cells = t.add_row().cells
        for c, v in zip(cells[:4], (should, action, lead, when)):
            docx_cell(c, v)
        status_cell(cells[4], st)

    doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the partnership: Dr P Ellison, Senior Partner")
    doc.save(os.path.join(HERE, FAKENHAM))


# =========================================== 6. SWYPFT independent investigation (txt)
SWYPFT = ("ez1-south-west-yorkshire-partnership-nhsft-independent-investigation-"
          "action-plan.txt")

SWYPFT_LINES = [
    "South West Yorkshire Partnership NHS Foundation Trust – Independent Investigation Action "
    "Plan (Mr K)",
    "Investigation commissioned by NHS England North East and Yorkshire; report published "
    "12 March 2024",
    "Executive lead: Director of Nursing, Quality and Professions\tReporting to: Clinical "
    "Governance and Clinical Safety Committee",
    "Position at: 30 September 2024",
    "",
    "Ref\tAction\tLead\tTarget date\tEvidence of completion\tBRAG\tProgress update",
    "Theme 1 – Risk assessment and safety planning",
    "Recommendation 1: The Trust should ensure that risk assessments for community service users "
    "are updated following any significant change in presentation, including changes in "
    "substance use or accommodation.",
    "1.1\tRevise the clinical risk assessment and safety planning policy to define ‘significant "
    "change’ and the expected timescale for review.\tAssociate Director of Nursing (Practice "
    "Governance)\t31/07/2024\tRatified policy; policy committee minutes\tB\tPolicy ratified "
    "18/07/2024 and published on the intranet.",
    "1.2\tDeliver safety planning training to all registered staff in the Wakefield and Kirklees "
    "community mental health teams.\tPractice Governance Coach / Team Managers\tQ3 2024/25\t"
    "Training compliance report (target 90%)\tG\tCompliance at 74% (30/09/2024); sessions booked "
    "through to December.",
    "1.3\tAudit a sample of 50 care records each quarter for risk assessment updates following a "
    "change in presentation.\tClinical Audit Lead\t31/03/2025\tQuarterly audit reports\tG\t"
    "First audit completed in August: 68% compliant; re-audit due December.",
    "Recommendation 2: The Trust should ensure that families and carers are involved in risk "
    "assessment and care planning where the service user consents, and that information they "
    "provide is recorded and acted upon.",
    "2.1\tLaunch the Triangle of Care self-assessment across all community teams and agree "
    "team-level improvement plans.\tHead of Carer Engagement\t30/06/2024 revised to 30/11/2024\t"
    "Completed self-assessments for all teams\tA\tSelf-assessment complete in 11 of 16 teams; "
    "delay due to team restructure.",
    "2.2\tAdd a mandatory ‘family and carer contact’ field to the SystmOne care plan template.\t"
    "Chief Clinical Information Officer\t31/10/2024\tTemplate change log\tG\tBuild complete; "
    "go-live planned 21/10/2024.",
    "Theme 2 – Communication between services",
    "Recommendation 3: The Trust and partner agencies should agree a protocol for sharing "
    "information when a service user with a history of violence is discharged from inpatient "
    "care to the community.",
    "3.1\tAgree a joint information-sharing protocol with West Yorkshire Police and the Probation "
    "Service for service users subject to MAPPA or with a history of serious violence.\tDeputy "
    "Director of Nursing / Head of Safeguarding\t31/12/2024\tSigned protocol\tA\tDraft shared with "
    "partners; police legal review outstanding.",
    "3.2\tInclude a MAPPA and violence-risk check in the inpatient discharge checklist.\t"
    "Associate Director of Inpatient Services\t31/08/2024\tRevised discharge checklist\tB\t"
    "Checklist updated and in use on all acute wards from 05/08/2024.",
    "Recommendation 4: The Trust should ensure that service users who disengage from community "
    "follow-up are reviewed by the multidisciplinary team before discharge.",
    "4.1\tIntroduce a ‘did not attend / disengagement’ pathway requiring an MDT review and a letter "
    "to the GP before any discharge for non-engagement.\tClinical Director Community Services\t"
    "31/01/2025\tApproved pathway; MDT minutes\tG\tPathway drafted; consultation with service "
    "users in October.",
    "4.2\tShare learning from this investigation through a trust-wide learning event and the "
    "Patient Safety Bulletin,\tHead of Patient Safety\tOngoing\tEvent attendance; bulletin\tG\t"
    "Learning event held 12/06/2024.",
    "\twith a follow-up lessons-learned briefing for each care group.",
    "",
    "BRAG key: B = complete and evidence assured; G = on track; A = some slippage; "
    "R = not on track / overdue",
    "Evidence is held on the Trust’s Datix action module and reviewed by the Serious Incident "
    "Review Panel.",
]


def make_swypft():
    with open(os.path.join(HERE, SWYPFT), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(SWYPFT_LINES) + "\n")


# ================================================ 7. Ofsted Big Listen tracker (xlsx)
OFSTED = "ez1-ofsted-big-listen-action-monitoring-tracker.xlsx"

OF_STATUS = {"Delivered": "0070C0", "On track": "00B050", "Some risk": "FFC000",
             "Delayed": "FF0000"}

# theme, [(commitment, [(ref, action, lead, planned, revised, status, update)])]
OFSTED_DATA = [
    ("1. Culture", [
        ("We will improve how we listen to and act on feedback from the people we inspect and "
         "regulate.", [
            ("1.1", "Establish an independent expert panel to review complaints that cannot be "
                    "resolved through our internal processes.",
             "Director of Corporate Services", "January 2025", None, "On track",
             "Panel members appointed; terms of reference agreed by the Board."),
            ("1.2", "Commission an independent evaluation of Ofsted’s culture and publish the "
                    "findings.",
             "Director of People and Organisational Development", "March 2025", None, "On track",
             "Supplier appointed October 2024; fieldwork under way."),
        ]),
    ]),
    ("2. Inspection practice", [
        ("We will give leaders more certainty about when inspection will happen and what it "
         "involves.", [
            ("2.1", "Notify all routine school inspections on a Monday from September 2024.",
             "Director of Education Policy", "September 2024", None, "Delivered",
             "In place for all routine inspections since 16/09/2024."),
            ("2.2", "Publish the inspection toolkits and operating guides in full alongside each "
                    "renewed framework.",
             "Director of Education Policy; Director of Regulation and Social Care Policy",
             "November 2025", None, "On track",
             "Drafts to be published with the consultation."),
        ]),
        ("We will pilot a new approach to safeguarding so that minor administrative issues can "
         "be put right before a judgement is made.", [
            ("2.3", "Pilot the safeguarding ‘grace period’ for schools where safeguarding is the "
                    "only concern, and evaluate the pilot.",
             "Director of Education Policy", "December 2024", "March 2025", "Delayed",
             "Pilot extended to include further education providers; evaluation moved to March."),
        ]),
    ]),
    ("3. Reporting", [
        ("We will replace single-word judgements with report cards that give parents a richer "
         "picture of a school.", [
            ("3.1", "Consult publicly on the renewed education inspection framework and report "
                    "card.",
             "Director of Education Policy", "Q4 2024-25", None, "Some risk",
             "Consultation documents drafted; launch date depends on DfE accountability "
             "announcements."),
            ("3.2", "Test report card designs with parents through user research and a national "
                    "survey.",
             "Director of Insights and Research", "February 2025", None, "On track",
             "Three rounds of user research completed."),
        ]),
    ]),
    ("4. Impact of inspection and wellbeing", [
        ("We will do more to support the wellbeing of leaders and staff during inspection.", [
            ("4.1", "Introduce a ‘pause’ mechanism so that the lead inspector can pause an "
                    "inspection if a leader shows significant distress.",
             "Chief Operating Officer", "January 2024", None, "Delivered",
             "Pause available on all inspections; use reviewed quarterly."),
            ("4.2", "Ensure all inspectors complete mental health awareness training, including "
                    "contracted Ofsted Inspectors.",
             "Director of People and Organisational Development", "March 2024", None,
             "Delivered", "Training completed by 100% of HMI and contracted OIs."),
            ("4.3", "Provide a dedicated phone line for leaders to raise concerns during "
                    "inspection with a senior HMI not involved in the inspection.",
             "Chief Operating Officer", "Ongoing", None, "On track",
             "Line staffed 08:00 to 18:00; 212 calls to date."),
        ]),
    ]),
]


def make_ofsted():
    wb = Workbook()
    rm = wb.active
    rm.title = "Read me"
    rm["A1"] = "Ofsted – Big Listen and Independent Learning Review: Action Monitoring Tracker"
    rm["A1"].font = Font(bold=True, size=14)
    rm["A3"] = ("This tracker brings together the commitments made in ‘Hearing feedback, "
                "accepting criticism and building a better Ofsted’ (September 2024) and in "
                "Ofsted’s response to Dame Christine Gilbert’s independent learning review.")
    rm["A4"] = ("Maintained by the Strategy Delivery Unit. Reported to the Ofsted Board after each "
                "meeting.")
    rm["A6"] = "Status definitions"
    rm["A6"].font = Font(bold=True)
    for i, (k, v) in enumerate([
            ("Delivered", "Action completed"),
            ("On track", "Work progressing to the planned timescale"),
            ("Some risk", "Timescale at risk; mitigations in place"),
            ("Delayed", "Planned timescale will not be met; revised date agreed by the "
                        "Executive Board")], start=7):
        xl_row(rm, i, [k, v])
        rm.cell(row=i, column=1).fill = xl_fill(OF_STATUS[k])
    rm.column_dimensions["A"].width = 14
    rm.column_dimensions["B"].width = 70

    t = wb.create_sheet("Tracker")
    t["A1"] = "Big Listen action tracker – position at 30 November 2024"
    t["A1"].font = Font(bold=True, size=13)
    headers = ["Ref", "Commitment (as published)", "Action", "Lead director", "Planned date",
               "Revised date", "Status", "Update"]
    xl_row(t, 3, headers, bold=True, fill="4B0082")
    for c in range(1, 9):
        t.cell(row=3, column=c).font = Font(bold=True, color="FFFFFF")
    r = 4
    counts = {k: 0 for k in OF_STATUS}
    for theme, comms in OFSTED_DATA:
        t.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for c in range(1, 9):
            t.cell(row=r, column=c).fill = xl_fill("E4DFEC")
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for comm, acts in comms:
            first = r
            for i, (ref, action, lead, planned, revised, status, upd) in enumerate(acts):
                xl_row(t, r, [ref, comm if i == 0 else None, action, lead, planned, revised,
                              status, upd])
                t.cell(row=r, column=7).fill = xl_fill(OF_STATUS[status])
                counts[status] += 1
                r += 1
            if r - 1 > first:
                t.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    t.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    r += 1
    for k, v in counts.items():
        xl_row(t, r, [k, v])
        r += 1
    xl_row(t, r, ["Total", sum(counts.values())], bold=True)
    for col, w in zip("ABCDEFGH", (10, 45, 55, 34, 14, 13, 11, 45)):
        t.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, OFSTED))


if __name__ == "__main__":
    make_hartsdown()
    make_suffolk()
    make_baltic()
    make_whh()
    make_fakenham()
    make_swypft()
    make_ofsted()
    print("built 7 files in", HERE)
