"""Build the seven et1- blind test files (set heldout184).

Run with /work/main/.venv/bin/python et1_make.py (writes beside this script).
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_rgb):
    return PatternFill("solid", start_color=hex_rgb, end_color=hex_rgb)


RAG_FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
}


# ======================================================================
# 1. Oaklands Primary School - post-Ofsted action plan (docx)
# ======================================================================
def make_oaklands():
    d = docx.Document()
    d.add_heading("Oaklands Primary School Post-Ofsted Action Plan 2024–25", 0)
    d.add_paragraph(
        "Ofsted inspection: 12 and 13 March 2024. Overall effectiveness: Requires improvement."
    )
    d.add_paragraph(
        "This plan sets out the actions the school will take to address the areas for "
        "improvement identified in the inspection report published on 18 April 2024. It is "
        "monitored by the Standards and Curriculum Committee each half term and reviewed by "
        "the full governing body termly."
    )

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Headteacher", "Mrs J Whitfield"),
        ("Chair of Governors", "Mr R Osei"),
        ("Date approved by FGB", "14 May 2024"),
        ("Version", "3 (updated 20 January 2025)"),
    ]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    d.add_paragraph("")
    d.add_paragraph("RAG key")
    key = d.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, meaning in [
        ("00B050", "Achieved"),
        ("FFC000", "In progress"),
        ("FF0000", "Behind schedule / concern"),
        (None, "Not yet due to start (no shading)"),
    ]:
        r = key.add_row().cells
        if colour:
            shade(r[0], colour)
        set_cell(r[1], meaning)

    headers = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG"]
    priorities = [
        (
            "Priority 1: Reading and phonics",
            "Leaders should ensure that the phonics programme is taught consistently well, so "
            "that pupils who are at the early stages of learning to read, including those who "
            "have fallen behind, become fluent readers quickly.",
            [
                ("1.1",
                 "Provide refresher training in the school’s validated systematic synthetic "
                 "phonics programme for all teachers and teaching assistants who teach reading "
                 "in Reception, Year 1 and Year 2.",
                 "Reading Lead", "Summer term 2024",
                 "All staff delivering phonics have completed training; drop-in checks show "
                 "consistent delivery.", "00B050"),
                ("1.2",
                 "Introduce six-weekly phonics assessments and daily “keep-up” sessions for "
                 "any pupil who falls behind, with a catch-up group in Years 3 and 4.",
                 "Reading Lead / DHT", "Autumn term 2024",
                 "Phonics screening check pass rate at or above national; no Year 3 pupil "
                 "without a catch-up plan.", "00B050"),
                ("1.3",
                 "Audit decodable reading books so that every book sent home matches the sounds "
                 "pupils have been taught; purchase additional books where gaps are found.",
                 "Reading Lead & School Business Manager", "Sept 2024 – July 2025",
                 "Book audit complete; reading records show pupils read fully decodable books "
                 "at home.", "FFC000"),
            ],
        ),
        (
            "Priority 2: Curriculum in the foundation subjects",
            "In some foundation subjects, leaders have not identified the important knowledge "
            "that pupils should learn and when. Leaders should ensure that the curriculum in "
            "these subjects is well sequenced so that pupils build their knowledge over time.",
            [
                ("2.1",
                 "Subject leaders for history, geography and design and technology to rewrite "
                 "their long-term plans, setting out the key knowledge to be taught in each year "
                 "group from Reception to Year 6.",
                 "Curriculum Lead", "Autumn term 2024",
                 "Long-term plans published on the website; knowledge organisers in use in all "
                 "classes.", "00B050"),
                ("2.2",
                 "Release time for subject leaders (one afternoon per half term) to carry out "
                 "book looks and pupil voice, and report findings to the Standards and "
                 "Curriculum Committee.",
                 "Headteacher", "Ongoing",
                 "Subject leader reports received by committee each half term.", "FFC000"),
                ("2.3",
                 "Introduce end-of-unit knowledge quizzes in the foundation subjects and use "
                 "the outcomes to adapt teaching.\n"
                 "Trial in history first, then extend to geography and science.",
                 "Curriculum Lead / Subject Leaders", "Summer term 2025",
                 "Quiz outcomes show most pupils recall key knowledge from previous units.",
                 None),
            ],
        ),
        (
            "Priority 3: Attendance",
            "Leaders should continue to take effective action to reduce the proportion of "
            "pupils who are persistently absent, particularly disadvantaged pupils.",
            [
                ("3.1",
                 "Appoint a part-time attendance officer and introduce weekly attendance "
                 "meetings with the local authority’s Education Welfare Service.",
                 "Headteacher", "By 31 October 2024",
                 "Attendance officer in post; meeting notes show actions followed up.",
                 "00B050"),
                ("3.2",
                 "Introduce first-day calling and home visits on the third day of unexplained "
                 "absence for all pupils with attendance below 90%.",
                 "Attendance Officer / DSL", "Autumn term 2024",
                 "Persistent absence below 15% by the end of the autumn term.", "FF0000"),
                ("3.3",
                 "Work with families of persistently absent disadvantaged pupils through termly "
                 "attendance support plans, using pupil premium funding for breakfast club "
                 "places where appropriate.",
                 "DHT (Inclusion)", "July 2025",
                 "Gap between disadvantaged and other pupils’ attendance halved.", "FFC000"),
            ],
        ),
    ]

    for heading, rec, actions in priorities:
        d.add_paragraph("")
        d.add_heading(heading, 2)
        tbl = d.add_table(rows=2, cols=6)
        tbl.style = "Table Grid"
        top = tbl.rows[0].cells[0].merge(tbl.rows[0].cells[5])
        set_cell(top, rec, bold=True, italic=True)
        shade(top, "DEEAF6")
        for i, h in enumerate(headers):
            set_cell(tbl.rows[1].cells[i], h, bold=True)
        for ref, act, lead, when, sc, colour in actions:
            c = tbl.add_row().cells
            set_cell(c[0], ref)
            set_cell(c[1], act)
            set_cell(c[2], lead)
            set_cell(c[3], when)
            set_cell(c[4], sc)
            set_cell(c[5], "")
            if colour:
                shade(c[5], colour)

    d.add_paragraph("")
    d.add_heading("Monitoring by governors", 2)
    m = d.add_table(rows=1, cols=3)
    m.style = "Table Grid"
    for i, h in enumerate(["Date", "Committee", "Focus"]):
        set_cell(m.rows[0].cells[i], h, bold=True)
    for row in [
        ("25 June 2024", "Standards and Curriculum", "Phonics training and screening check"),
        ("15 October 2024", "Standards and Curriculum", "Foundation subject long-term plans"),
        ("3 December 2024", "Full Governing Body", "Attendance – autumn term data"),
    ]:
        c = m.add_row().cells
        for i, v in enumerate(row):
            set_cell(c[i], v)
    d.add_paragraph("")
    d.add_paragraph("Signed: J Whitfield (Headteacher)        R Osei (Chair of Governors)")
    d.save(out("et1-oaklands-primary-school-post-ofsted-action-plan.docx"))


# ======================================================================
# 2. Church Street Surgery - CQC inspection action plan (docx)
# ======================================================================
def make_church_street():
    d = docx.Document()
    d.add_heading("Church Street Surgery – CQC Inspection Action Plan", 0)
    d.add_paragraph(
        "Following the Care Quality Commission inspection on 7 November 2023 (report "
        "published 22 December 2023; overall rating: Requires improvement)."
    )
    info = d.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Provider", "Dr A Okafor & Partners"),
        ("Location", "Church Street Surgery, 14 Church Street"),
        ("Registered manager", "Mrs Helen Marsh, Practice Manager"),
        ("Action plan owner", "Dr Amaka Okafor, Senior Partner"),
        ("Last updated", "15 May 2024"),
    ]:
        c = info.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)
    d.add_paragraph("")
    d.add_paragraph(
        "The tables below set out our response to each requirement notice and to the areas "
        "where the report said we should improve. Progress is reviewed at the monthly "
        "partners’ meeting."
    )

    hdr = ["No.", "Action", "Lead", "Target date", "Progress", "Status"]

    def reg_table(reg, how, rows):
        t = d.add_table(rows=3, cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(top, reg, bold=True)
        shade(top, "D9D9D9")
        set_cell(t.rows[1].cells[0], "How the regulation was not being met", bold=True)
        val = t.rows[1].cells[1].merge(t.rows[1].cells[5])
        set_cell(val, how)
        for i, h in enumerate(hdr):
            set_cell(t.rows[2].cells[i], h, bold=True)
        for r in rows:
            c = t.add_row().cells
            for i, v in enumerate(r):
                set_cell(c[i], v)
        d.add_paragraph("")

    reg_table(
        "Regulation 12 HSCA (RA) Regulations 2014 – Safe care and treatment",
        "The provider did not have an effective system to ensure patients prescribed "
        "high-risk medicines received appropriate monitoring before prescriptions were issued.",
        [
            ("1",
             "Run weekly searches on the clinical system for patients prescribed DMARDs, "
             "lithium and other high-risk medicines and check that monitoring is up to date "
             "before repeat prescriptions are authorised.",
             "Clinical Pharmacist", "31/01/2024",
             "Weekly searches in place since 08/01/2024; audit of 40 records showed 100% "
             "compliance.", "Completed"),
            ("2",
             "Review all patients with a potential missed diagnosis of chronic kidney disease "
             "identified during the inspection and recall them for blood tests and review.",
             "Dr A Okafor / Dr L Hughes", "29/02/2024",
             "31 of 34 patients reviewed; 3 declined and exception coded.", "Completed"),
            ("3",
             "Introduce a documented process for actioning safety alerts (MHRA/CAS), including "
             "a log of searches run and actions taken, and re-run searches for historic alerts.",
             "Practice Manager and Clinical Pharmacist", "End of March 2024",
             "Log in place and historic alerts re-run; first quarterly audit due June.",
             "On track"),
        ],
    )
    reg_table(
        "Regulation 17 HSCA (RA) Regulations 2014 – Good governance",
        "Systems and processes to assess, monitor and mitigate risks were not operating "
        "effectively, including the oversight of staff training, recruitment checks and the "
        "management of significant events.",
        [
            ("4",
             "Set up a training matrix for all clinical and non-clinical staff covering "
             "safeguarding, basic life support, infection prevention and control and fire "
             "safety, reviewed monthly at the practice meeting.",
             "Practice Manager", "31/03/2024",
             "Matrix live; 92% compliance at April review.", "Completed"),
            ("5",
             "Carry out a retrospective check of recruitment files for all staff employed "
             "since 2019 and obtain any missing DBS checks, references and immunisation "
             "records.",
             "Deputy Practice Manager", "Q1 2024/25",
             "18 of 23 files complete.", "On track"),
            ("6",
             "Hold quarterly significant event meetings with minutes, recorded learning and "
             "named actions; share a summary with the whole practice team.",
             "Dr L Hughes (Governance Lead)", "Quarterly",
             "First meeting held 12/03/2024; next meeting booked for June.", "On track"),
        ],
    )

    d.add_heading("Areas where the practice should make improvements", 2)
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "The practice should", "Action", "Lead", "Target date",
                           "Status"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for r in [
        ("7", "Continue to improve the uptake of cervical screening.",
         "Send text reminders and offer Saturday morning smear clinics at the PCN hub; nurse "
         "to contact non-responders by telephone.",
         "Lead Nurse", "September 2024", "Amber"),
        ("8", "Take action to improve patient satisfaction with telephone access.",
         "Install a cloud-based telephone system with call-back and queue position, and "
         "publish monthly call data in the waiting room.",
         "Practice Manager; Patient Participation Group", "30/06/2024", "Not started"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(r):
            set_cell(c[i], v)
    d.add_paragraph("")
    d.add_paragraph(
        "Approved by the partners on 16 May 2024. Next review: 13 June 2024."
    )
    d.save(out("et1-church-street-surgery-cqc-inspection-action-plan.docx"))


# ======================================================================
# 3. Dudley College of Technology - Ofsted PIAP (xlsx)
# ======================================================================
def make_dudley():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Dudley College of Technology – Post-Inspection Action Plan (PIAP) 2023–24"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Inspection: 17–20 October 2023 (full inspection under the education inspection framework)"
    cov["A4"] = "Report published: 1 December 2023"
    cov["A5"] = "Plan owner: Deputy Principal – Curriculum and Quality"
    cov["A7"] = "Version control"
    cov["A7"].font = Font(bold=True)
    vc = [("Version", "Date", "Author", "Changes"),
          ("0.1", "11/12/2023", "Quality Manager", "First draft for ELT"),
          ("1.0", "09/01/2024", "Quality Manager", "Approved by Quality and Standards Committee"),
          ("1.3", "15/04/2024", "Quality Manager", "March progress update; revised dates agreed by ELT")]
    for i, row in enumerate(vc):
        for j, v in enumerate(row):
            c = cov.cell(row=8 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 18
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("PIAP")
    ws["A1"] = "PIAP – progress update for Quality and Standards Committee, 23 April 2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Key: B = complete (evidenced)   G = on track   A = some slippage   R = off track"
    ws.merge_cells("A2:K2")
    headers = ["Ref", "Area for improvement (from Ofsted report)", "Action", "Lead",
               "Start date", "Original target date", "Revised target date",
               "Previous RAG (Jan 24)", "Current RAG (Mar 24)", "Progress update", "Evidence"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BORDER

    D = dt.datetime
    themes = [
        ("Theme 1: Quality of education – 16 to 18 study programmes", [
            ("Leaders should ensure that teachers in a minority of subjects use assessment "
             "effectively to check learners’ understanding and identify and close gaps in "
             "their knowledge.", [
                ("1.1",
                 "Deliver a CPD programme on checking for understanding (questioning, retrieval "
                 "and hinge questions) for all study programme teachers through the weekly "
                 "Teaching and Learning hour.",
                 "Head of Teaching, Learning and Assessment", D(2023, 11, 6), D(2024, 3, 31),
                 None, "G", "B",
                 "Programme delivered; 94% of teachers attended at least five sessions.",
                 "CPD register; observation summary"),
                ("1.2",
                 "Introduce subject-specific deep dives in the six subjects identified as "
                 "weaker, with follow-up developmental observations within four weeks.",
                 "Deputy Principal – Curriculum and Quality", D(2023, 11, 13), D(2024, 6, 30),
                 None, "A", "G",
                 "Four of six deep dives complete; remaining two scheduled for May.",
                 "Deep dive reports"),
                ("1.3",
                 "Standardise assessment feedback in Teams assignments so that feedback "
                 "identifies what learners must do to improve; quality team to sample 10% of "
                 "assignments each term.",
                 "Heads of Faculty / Quality Manager", D(2024, 1, 8), D(2024, 2, 29),
                 D(2024, 5, 31), "R", "A",
                 "Feedback template agreed; first sample delayed by staff absence in the "
                 "quality team.", "Sampling log"),
            ]),
            ("Leaders should ensure that all learners on study programmes benefit from "
             "meaningful work experience related to their course and career aims.", [
                ("1.4",
                 "Appoint two additional industry placement coordinators and set faculty "
                 "targets for the proportion of level 3 learners completing a placement.",
                 "Director of Employer Partnerships", D(2023, 12, 1), D(2024, 1, 31),
                 None, "G", "B",
                 "Both coordinators in post from 15 January 2024.", "Appointment letters"),
                ("1.5",
                 "Track work-experience hours in ProMonitor and report the percentage of "
                 "learners with a confirmed placement to each Curriculum Performance Review.",
                 "Head of Careers and Employability", D(2024, 1, 15), D(2024, 7, 31),
                 None, "A", "A",
                 "61% of level 3 learners have a confirmed placement against a target of 80%.",
                 "CPR packs"),
            ]),
        ]),
        ("Theme 2: Adult learning programmes", [
            ("Leaders should ensure that adult learners on ESOL courses receive timely and "
             "accurate initial assessment so that they are placed on the right level of course "
             "from the start.", [
                ("2.1",
                 "Redesign ESOL initial assessment to include a speaking and listening task "
                 "assessed by two tutors, and complete assessment within the first two weeks "
                 "of enrolment.",
                 "Head of Adult and Community Learning", D(2024, 1, 8), D(2024, 9, 30),
                 None, "G", "G",
                 "New assessment piloted with January starters; full roll-out September.",
                 "Pilot evaluation"),
                ("2.2",
                 "Review the placement of all current ESOL learners and move learners to a more "
                 "suitable level where needed.",
                 "ESOL Curriculum Manager", D(2024, 1, 8), D(2024, 2, 16), D(2024, 4, 19),
                 "A", "B",
                 "All 412 learners reviewed; 37 moved to a different level.",
                 "Placement review spreadsheet"),
            ]),
        ]),
        ("Theme 3: Apprenticeships", [
            ("Leaders and managers should make sure that employers are fully involved in "
             "reviews of apprentices’ progress and in planning their on- and off-the-job "
             "training.", [
                ("3.1",
                 "Introduce tripartite progress reviews every 10 weeks with the employer, "
                 "apprentice and skills coach, recorded in the e-portfolio.",
                 "Head of Apprenticeships", D(2023, 11, 1), D(2024, 3, 31),
                 None, "G", "B",
                 "Employer attendance at reviews now 88%.", "e-portfolio report"),
                ("3.2",
                 "Provide employers with a termly summary of their apprentices’ progress towards "
                 "end-point assessment and a schedule of upcoming off-the-job training.",
                 "Apprenticeship Operations Manager; Employer Engagement Manager",
                 D(2024, 2, 1), "Termly", None, None, "G",
                 "First summaries sent to employers in March.", "Employer summaries"),
                ("3.3",
                 "Skills coaches to complete training on using employer feedback to plan "
                 "on-the-job activities.",
                 "Head of Apprenticeships", D(2024, 4, 8), D(2024, 7, 31),
                 None, None, None, "", ""),
            ]),
        ]),
    ]

    r = 5
    for theme, afis in themes:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for j in range(1, 12):
            ws.cell(row=r, column=j).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
        for afi, acts in afis:
            first = r
            ws.cell(row=r, column=2, value=afi)
            for (ref, act, lead, start, orig, rev, prev, cur, prog, ev) in acts:
                vals = [ref, None, act, lead, start, orig, rev, prev, cur, prog, ev]
                for j, v in enumerate(vals, 1):
                    if j == 2:
                        continue
                    c = ws.cell(row=r, column=j, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j in range(1, 12):
                    ws.cell(row=r, column=j).alignment = WRAP
                    ws.cell(row=r, column=j).border = BORDER
                for col, val in ((8, prev), (9, cur)):
                    if val:
                        ws.cell(row=r, column=col).fill = fill(RAG_FILL[val])
                        ws.cell(row=r, column=col).alignment = Alignment(
                            horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value=(
        "Notes: Revised target dates were agreed by the Executive Leadership Team on 12 March "
        "2024. RAG ratings are moderated by the Quality Manager before each committee."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)

    widths = [6, 40, 55, 28, 12, 12, 12, 10, 10, 40, 24]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG ratings (March 2024)"
    sm["A1"].font = Font(bold=True)
    rows = [("Theme", "Actions", "B", "G", "A", "R", "Not rated"),
            ("Theme 1", 5, 2, 1, 2, 0, 0),
            ("Theme 2", 2, 1, 1, 0, 0, 0),
            ("Theme 3", 3, 1, 1, 0, 0, 1),
            ("Total", 10, 4, 3, 2, 0, 1)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = sm.cell(row=3 + i, column=1 + j, value=v)
            c.border = BORDER
            if i in (0, len(rows) - 1):
                c.font = Font(bold=True)
    wb.save(out("et1-dudley-college-of-technology-ofsted-post-inspection-action-plan.xlsx"))


# ======================================================================
# 4. JTL - Ofsted apprenticeships PIAP (csv export)
# ======================================================================
def make_jtl():
    afi1 = ("Leaders should ensure that skills coaches use the information they gather about "
            "apprentices’ existing knowledge and skills to plan training that builds on what "
            "apprentices already know.")
    afi2 = ("Leaders should make sure that apprentices who need to achieve English and "
            "mathematics qualifications receive effective support to do so in good time.")
    afi3 = ("Leaders should ensure that apprentices receive impartial careers advice about the "
            "full range of options available to them at the end of their apprenticeship.")
    afi4 = ("Governors should receive more detailed information about the quality of training "
            "so that they can hold leaders to account.")
    qe, lm = "Quality of education", "Leadership and management"
    rows = [
        ["JTL – Apprenticeships Post-Inspection Action Plan", "", "", "", "", "", "", ""],
        ["Ofsted inspection: 5–8 March 2024", "", "", "", "", "", "", ""],
        ["Exported from the quality improvement tracker: 03/02/2025", "", "", "", "", "", "", ""],
        [],
        ["Judgement area", "Area for improvement", "Action ref", "Action", "Action owner",
         "Due date", "RAG status", "Progress update"],
        [qe, afi1, "1a",
         "Revise the initial assessment and skills scan for electrical and plumbing "
         "apprentices so that prior learning is recorded against each knowledge, skills and "
         "behaviours (KSB) area.",
         "Head of Quality & Standards", "31/05/2024", "Complete",
         "New skills scan live from 1 May 2024."],
        [qe, afi1, "1b",
         "Skills coaches to produce an individual training plan for each new apprentice within "
         "six weeks of starting, showing where off-the-job hours are reduced for prior "
         "learning.\nPlans to be signed by the employer.",
         "Regional Training Managers", "30/09/2024", "Green",
         "96% of new starts have a plan within six weeks; employer signatures at 81%."],
        [qe, afi2, "2a",
         "Introduce functional skills diagnostic testing at induction and timetable weekly "
         "online maths and English sessions for apprentices without level 2.",
         "Functional Skills Manager", "Aug-24", "Complete",
         "Diagnostics embedded in induction; sessions running in all regions."],
        [qe, afi2, "2b",
         "Set a target that apprentices achieve functional skills before gateway planning "
         "begins, and monitor achievement monthly at the Quality Board.",
         "Head of Quality & Standards; Functional Skills Manager", "Monthly", "Amber",
         "Pass rates improving but remain below target in the South West."],
        [qe, afi3, "3a",
         "Commission a level 6 qualified careers adviser to deliver group sessions in the "
         "final year of the programme and one-to-one guidance on request.",
         "Head of Learner Support", "31/12/2024", "Red",
         "Procurement delayed; contract award not yet confirmed."],
        [qe, afi3, "3b",
         "Add careers progression content (e.g. approved electrician, design engineer, "
         "self-employment) to the progress review template.",
         "Head of Learner Support", "Sept 2024", "Complete",
         "Template updated and briefed to skills coaches."],
        [lm, afi4, "4a",
         "Redesign the quality report to the Board so that it includes KSB progress, "
         "off-the-job hours and apprentice feedback by region.",
         "Director of Apprenticeships", "31/07/2024", "Complete",
         "New format used from the July Board."],
        [lm, afi4, "4b",
         "Governors to join two quality walks per year with regional training managers.",
         "Clerk to the Board / Director of Apprenticeships", "March 2025", "Not started",
         "Dates being agreed with governors."],
        [],
        ["Summary: 8 actions – Complete 4, Green 1, Amber 1, Red 1, Not started 1",
         "", "", "", "", "", "", ""],
    ]
    with open(out("et1-jtl-ofsted-apprenticeships-post-inspection-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


# ======================================================================
# 5. Stockport NHS FT - CQC Must Do / Should Do action plan (xlsx)
# ======================================================================
def make_stockport():
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Stockport NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Report to Quality Committee, 26 November 2024 (position at 31 October 2024)"
    s["A4"] = "Progress summary"
    s["A4"].font = Font(bold=True)
    rows = [("", "Must Do", "Should Do", "Total"),
            ("Blue", 1, 1, 2), ("Green", 2, 1, 3), ("Amber", 1, 1, 2), ("Red", 1, 0, 1),
            ("Not rated", 0, 1, 1), ("Total", 5, 4, 9)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = s.cell(row=5 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0 or i == len(rows) - 1:
                c.font = Font(bold=True)
        if row[0] in ("Blue", "Green", "Amber", "Red"):
            s.cell(row=5 + i, column=1).fill = fill(RAG_FILL[row[0][0]])
    s["A13"] = "RAG key"
    s["A13"].font = Font(bold=True)
    key = [("B", "Blue", "Completed and evidence signed off by the CQC Steering Group"),
           ("G", "Green", "On track"),
           ("A", "Amber", "At risk of not meeting target date"),
           ("R", "Red", "Overdue / off track")]
    for i, (k, name, meaning) in enumerate(key):
        s.cell(row=14 + i, column=1, value=name).fill = fill(RAG_FILL[k])
        s.cell(row=14 + i, column=2, value=meaning)
    s.column_dimensions["A"].width = 14
    s.column_dimensions["B"].width = 14
    s.column_dimensions["C"].width = 14

    m = wb.create_sheet("Must Do")
    m["A1"] = "MUST DO actions"
    m["A1"].font = Font(bold=True, size=12)
    mh = ["Ref", "Must Do (CQC report)", "Regulation", "Action", "Lead(s)", "Target date",
          "Progress update (October 2024)", "RAG"]
    for j, h in enumerate(mh, 1):
        c = m.cell(row=2, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BORDER
    D = dt.datetime
    sections = [
        ("Urgent and emergency care – Stepping Hill Hospital", [
            ("The trust must ensure that patients in the emergency department receive timely "
             "assessment and treatment, including triage within 15 minutes of arrival.",
             "Regulation 12(1)(2)(a)(b)", [
                ("MD1.1",
                 "Introduce a dedicated streaming and triage nurse at the front door "
                 "08:00–02:00, seven days a week, with escalation to the nurse in charge when "
                 "the wait for triage exceeds 15 minutes.",
                 "Deputy Chief Nurse / Matron – Emergency Department", D(2024, 7, 31),
                 "Rota in place since June; median time to triage 11 minutes in October.",
                 "Completed", "B"),
                ("MD1.2",
                 "Report triage performance daily at the site safety huddle and weekly to the "
                 "Urgent Care Board.",
                 "Divisional Director of Operations (Urgent Care)", D(2024, 9, 30),
                 "Daily reporting embedded; weekly report to Urgent Care Board from September.",
                 "Green", "G"),
            ]),
            ("The trust must ensure that patients’ risk assessments, including for falls and "
             "pressure ulcers, are completed and reviewed in line with trust policy.",
             "Regulation 12(2)(a)", [
                ("MD2.1",
                 "Roll out electronic risk assessment prompts in the EPR for all patients who "
                 "remain in the department for more than 4 hours.",
                 "Chief Nursing Information Officer", "Q3 2024/25",
                 "Build complete; testing delayed by EPR upgrade.", "Amber", "A"),
                ("MD2.2",
                 "Monthly documentation audit of 20 sets of records, with results reported to "
                 "the Nursing and Midwifery Board.",
                 "Matron – Emergency Department", "Monthly",
                 "Compliance 87% in October (target 95%).", "Green", "G"),
            ]),
        ]),
        ("Medical care (including older people’s care)", [
            ("The trust must ensure that there are sufficient numbers of suitably qualified, "
             "competent and skilled nursing staff on medical wards at all times.",
             "Regulation 18(1)", [
                ("MD3.1",
                 "Complete the annual establishment review for all medical wards using the "
                 "Safer Nursing Care Tool and present the findings to Board.",
                 "Chief Nurse", D(2024, 11, 30),
                 "Review delayed to include winter acuity data; revised timescale to be agreed "
                 "by the Executive Team.", "Red", "R"),
            ]),
        ]),
    ]
    r = 3
    for sec, musts in sections:
        m.cell(row=r, column=1, value=sec).font = Font(bold=True)
        for j in range(1, 9):
            m.cell(row=r, column=j).fill = fill("D9D9D9")
        m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for must, reg, acts in musts:
            first = r
            m.cell(row=r, column=2, value=must)
            m.cell(row=r, column=3, value=reg)
            for ref, act, lead, date, prog, rag, code in acts:
                vals = [ref, None, None, act, lead, date, prog, rag]
                for j, v in enumerate(vals, 1):
                    if j in (2, 3):
                        continue
                    c = m.cell(row=r, column=j, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j in range(1, 9):
                    m.cell(row=r, column=j).alignment = WRAP
                    m.cell(row=r, column=j).border = BORDER
                m.cell(row=r, column=8).fill = fill(RAG_FILL[code])
                r += 1
            if r - 1 > first:
                m.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                m.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for j, w in enumerate([8, 45, 16, 55, 32, 12, 45, 10], 1):
        m.column_dimensions[get_column_letter(j)].width = w

    sd = wb.create_sheet("Should Do")
    sd["A1"] = "SHOULD DO actions"
    sd["A1"].font = Font(bold=True, size=12)
    sh = ["Ref", "Core service", "Should Do", "Action", "Lead", "Due", "RAG"]
    for j, h in enumerate(sh, 1):
        c = sd.cell(row=2, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BORDER
    should = [
        ("SD1", "Urgent and emergency care",
         "The trust should ensure that the children’s waiting area in the emergency department "
         "is separate from the adult waiting area and is appropriately supervised.",
         "Reconfigure the paediatric waiting area as part of the ED estates works and install a "
         "viewing panel to the nurses’ station.",
         "Head of Estates Development", "Mar-25", "A"),
        ("SD2", "Urgent and emergency care",
         "The trust should ensure that staff complete mandatory training in mental health "
         "awareness and the Mental Capacity Act.",
         "Add MCA and mental health awareness modules to the ED mandatory training matrix; "
         "target 90% compliance.",
         "Practice Educator (ED)", D(2024, 12, 31), "G"),
        ("SD3", "Medical care",
         "The trust should ensure that medicines are stored securely and that fridge "
         "temperatures are recorded daily.",
         "Pharmacy-led monthly medicines storage audit on all medical wards, with fridge "
         "temperature monitoring moved to the electronic system.",
         "Chief Pharmacist", D(2024, 6, 30), "B"),
        ("SD4", "Medical care",
         "The trust should continue to improve discharge planning so that patients are not "
         "delayed in hospital once they are medically fit.",
         "Expand the discharge lounge opening hours to 20:00 and introduce criteria-led "
         "discharge on three further wards.",
         "Director of Operations; Associate Director of Patient Flow", D(2025, 3, 31), None),
    ]
    for i, row in enumerate(should):
        rr = 3 + i
        for j, v in enumerate(row[:6], 1):
            c = sd.cell(row=rr, column=j, value=v)
            c.alignment = WRAP
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        c = sd.cell(row=rr, column=7)
        c.border = BORDER
        if row[6]:
            c.fill = fill(RAG_FILL[row[6]])
    for j, w in enumerate([6, 22, 50, 50, 30, 12, 8], 1):
        sd.column_dimensions[get_column_letter(j)].width = w
    wb.save(out("et1-stockport-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ======================================================================
# 6. Black Country Healthcare NHS FT - CQC action plan, tab-separated (refuse)
# ======================================================================
def make_black_country():
    lines = [
        "Black Country Healthcare NHS Foundation Trust – CQC Inspection Action Plan: Mental "
        "health crisis services and health-based places of safety",
        "Report to Quality and Safety Committee – position as at 30 September 2024",
        "",
        "\t".join(["Ref", "Must/Should", "CQC finding", "Action", "Lead", "Target date",
                   "Status", "Progress update"]),
        "\t".join(["1.1", "Must",
                   "The trust must ensure that the health-based place of safety at Penn "
                   "Hospital is safe and fit for purpose, including removal of ligature risks.",
                   "Complete the anti-ligature works to the section 136 suite and update the "
                   "environmental risk assessment.",
                   "Head of Estates / Matron – Urgent Care", "31/07/2024", "Blue",
                   "Works completed 19/07/2024; risk assessment signed off."]),
        "\t".join(["1.2", "Must",
                   "The trust must ensure that the health-based place of safety at Penn "
                   "Hospital is safe and fit for purpose, including removal of ligature risks.",
                   "Introduce a monthly environmental check of the section 136 suite by the "
                   "nurse in charge, audited quarterly.",
                   "Matron – Urgent Care", "Quarterly", "Green",
                   "Monthly checks in place since August."]),
        "\t".join(["2.1", "Must",
                   "The trust must ensure that staff complete and regularly review risk "
                   "assessments for all patients on the crisis resolution and home treatment "
                   "caseload.",
                   "Add a mandatory risk review field to the crisis team electronic record, "
                   "prompted at every contact.",
                   "Clinical Systems Manager", "October 2024", "Amber",
                   "Change request approved; awaiting supplier release."]),
        "\t".join(["2.2", "Must",
                   "The trust must ensure that staff complete and regularly review risk "
                   "assessments for all patients on the crisis resolution and home treatment "
                   "caseload.",
                   "Weekly caseload review meetings chaired by the team manager, with a sample "
                   "of five records audited each week.",
                   "Team Manager – Crisis Resolution and Home Treatment", "Decmber 2024",
                   "Green", "Meetings established in all three localities."]),
        "\t".join(["3.1", "Should",
                   "The trust should ensure that people in crisis can reach the crisis line "
                   "without long waits.",
                   "Recruit four additional crisis line call handlers and publish weekly "
                   "call-answer times.",
                   "Service Manager – Access and Crisis", "March 2025", "Amber",
                   "Two call handlers appointed; two posts re-advertised."]),
        "\t".join(["3.2", "Should",
                   "The trust should ensure that staff receive regular supervision and that "
                   "this is recorded.",
                   "Introduce a supervision tracker for all crisis team staff and report "
                   "compliance monthly to the Directorate Quality Meeting.",
                   "Head of Nursing – Urgent Care", "30/11/2024", "Green",
                   "Tracker live; compliance 78% in September."]),
        "",
        "Status key: Blue = completed and assured; Green = on track; Amber = at risk; Red = off track",
        "Total actions: 6 (Must 4, Should 2)",
    ]
    with open(out("et1-black-country-healthcare-nhsft-cqc-must-should-do-action-plan-"
                  "typo-month-refuse.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ======================================================================
# 7. Maritime & Coastguard Agency - internal audit recommendations tracker (xlsx)
# ======================================================================
def make_mca():
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Maritime & Coastguard Agency – Internal Audit Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Risk Assurance Committee – 11 February 2025"
    s["A3"] = "Paper ARAC/25/04 – Annex A (OFFICIAL)"
    hdr = ("Priority", "Open", "Of which past original date", "Implemented since last ARAC")
    data = [("High", 2, 1, 1), ("Medium", 3, 1, 0), ("Low", 2, 0, 1), ("Total", 7, 2, 2)]
    for j, h in enumerate(hdr, 1):
        c = s.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
    for i, row in enumerate(data):
        for j, v in enumerate(row, 1):
            c = s.cell(row=6 + i, column=j, value=v)
            c.border = BORDER
            if row[0] == "Total":
                c.font = Font(bold=True)
    s.column_dimensions["A"].width = 12
    for col in "BCD":
        s.column_dimensions[col].width = 26

    t = wb.create_sheet("Tracker")
    t["A1"] = "Open and recently implemented GIAA recommendations – position at 31 January 2025"
    t["A1"].font = Font(bold=True, size=12)
    th = ["Rec ref", "Priority", "Finding / recommendation", "Agreed management action",
          "Action owner", "Original target date", "Revised target date", "Revisions",
          "Management update", "RAG"]
    for j, h in enumerate(th, 1):
        c = t.cell(row=2, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002060")
        c.alignment = WRAP
        c.border = BORDER
    D = dt.datetime
    audits = [
        ("GIAA 2023-24/11 – Search and Rescue Helicopter Contract Management (Moderate)", [
            ("11.1", "High",
             "The Agency should strengthen contract performance monitoring so that service "
             "credits are calculated and applied in line with the contract terms.",
             "Introduce a monthly contract performance review with the supplier, with service "
             "credit calculations checked by Commercial before invoices are approved.",
             "Head of Commercial; Director of HM Coastguard", D(2024, 6, 30), D(2024, 10, 31),
             1, "Monthly reviews in place since August 2024; first two credit calculations "
             "checked. Evidence sent to GIAA for verification.", "B"),
            ("11.2", "Medium",
             "Contract variations should be recorded in a single log with evidence of "
             "approval.",
             "Create a contract variation log in the commercial SharePoint site and back-fill "
             "variations agreed since contract start.",
             "Senior Commercial Manager", D(2024, 9, 30), None, 0,
             "Log created; back-filling 60% complete.", "R"),
        ]),
        ("GIAA 2024-25/03 – Cyber Security: Vulnerability Management (Limited)", [
            ("03.1", "High",
             "Critical and high vulnerabilities should be remediated within the timescales set "
             "in the Agency’s patching policy, with exceptions risk-accepted by the SIRO.",
             "Implement automated vulnerability scanning across the estate and report overdue "
             "critical patches weekly to the Digital Services Leadership Team.\n"
             "Exceptions to be recorded on the risk register and accepted by the SIRO.",
             "Chief Digital and Information Officer", D(2024, 12, 31), D(2025, 3, 31), 1,
             "Scanning tool deployed to 85% of servers; weekly reporting started January.",
             "A"),
            ("03.2", "Medium",
             "End-of-life operating systems should be identified and a replacement plan "
             "agreed.",
             "Produce an inventory of end-of-life servers and agree a funded replacement plan "
             "with the Finance and Investment Committee.",
             "Head of Cyber Security", D(2025, 4, 30), None, 0,
             "Inventory complete; replacement plan drafted for March committee.", "G"),
            ("03.3", "Low",
             "Staff completion of the mandatory Cyber Security e-learning should be "
             "monitored.",
             "Include cyber e-learning completion in the monthly people dashboard.",
             "HR Business Partner", D(2024, 11, 30), None, 0,
             "Included from the November dashboard.", "B"),
        ]),
        ("GIAA 2024-25/06 – Seafarer Certification Processing (Moderate)", [
            ("06.1", "Medium",
             "Service standards for processing Certificates of Competency should be monitored "
             "and reported to the Executive Board.",
             "Publish monthly processing times against the 10-working-day service standard and "
             "report exceptions to the Executive Board quarterly.",
             "Head of Seafarer Safety and Health", D(2025, 3, 31), None, 0,
             "December and January figures published.", "G"),
            ("06.2", "Low",
             "Desk instructions for certificate revalidation should be updated.",
             "Review and reissue the revalidation desk instructions, including the checks "
             "required for sea-service testimonials.",
             "Seafarer Services Team Leader", "TBC", None, 0,
             "To be scheduled once the new case-management system go-live date is confirmed.",
             None),
        ]),
    ]
    r = 3
    for title, recs in audits:
        c = t.cell(row=r, column=1, value=title)
        c.font = Font(bold=True)
        for j in range(1, 11):
            t.cell(row=r, column=j).fill = fill("DDEBF7")
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec in recs:
            vals = list(rec[:9])
            for j, v in enumerate(vals, 1):
                c = t.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            c = t.cell(row=r, column=10)
            c.border = BORDER
            if rec[9]:
                c.fill = fill(RAG_FILL[rec[9]])
            r += 1
    r += 1
    t.cell(row=r, column=1, value=(
        "Note: recommendations are removed from the tracker once GIAA has verified "
        "implementation. RAG definitions are on the Key sheet."))
    t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    for j, w in enumerate([9, 9, 45, 55, 30, 12, 12, 9, 45, 7], 1):
        t.column_dimensions[get_column_letter(j)].width = w
    t.freeze_panes = "A3"

    k = wb.create_sheet("Key")
    k["A1"] = "RAG definitions"
    k["A1"].font = Font(bold=True)
    for i, (code, meaning) in enumerate([
        ("B", "Implemented – awaiting GIAA verification"),
        ("G", "On track to meet the original target date"),
        ("A", "Revised target date agreed and on track"),
        ("R", "Overdue – target date passed and no revised date agreed"),
    ]):
        k.cell(row=3 + i, column=1).fill = fill(RAG_FILL[code])
        k.cell(row=3 + i, column=2, value=meaning)
    k.column_dimensions["B"].width = 60
    wb.save(out("et1-maritime-and-coastguard-agency-internal-audit-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    make_oaklands()
    make_church_street()
    make_dudley()
    make_jtl()
    make_stockport()
    make_black_country()
    make_mca()
    print("built", sorted(f for f in os.listdir(HERE) if f.startswith("et1-")))
