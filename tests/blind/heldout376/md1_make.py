"""Build the seven md1- data files of heldout376.

Run with /work/main/.venv/bin/python md1_make.py (python-docx, openpyxl).
Writes into the folder this script sits in.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
GREEN, AMBER, RED, BLUE, GREY = "00B050", "FFC000", "FF0000", "00B0F0", "D9D9D9"


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9):
    """Put text into a cell; '\n' starts a new paragraph in the cell."""
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


def header_row(table, labels, fill="1F3864"):
    for cell, lab in zip(table.rows[0].cells, labels):
        set_cell(cell, lab, bold=True)
        shade(cell, fill)
        for r in cell.paragraphs[0].runs:
            r.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_fill):
    return PatternFill("solid", start_color=hex_fill, end_color=hex_fill)


def put(ws, row, col, value, bold=False, fmt=None, bg=None, size=10):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    c.font = Font(bold=bold, size=size)
    if fmt:
        c.number_format = fmt
    if bg:
        c.fill = fill(bg)
    return c


def d(y, m, day):
    return dt.datetime(y, m, day)


# ================================================================ 1. school docx
def school_docx():
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    doc.add_heading("Meole Brace School – Post-Inspection Action Plan 2025–26", level=1)
    doc.add_paragraph(
        "Following the Ofsted inspection of 2 and 3 December 2025 "
        "(report card published 21 January 2026)")
    doc.add_paragraph(
        "Approved by the Full Governing Body: 4 February 2026. "
        "Next review: Standards Committee, 24 March 2026")

    doc.add_heading("Document control", level=3)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Changes"])
    for row in [
        ("1.0", "28/01/2026", "Headteacher", "First draft for governors"),
        ("1.1", "04/02/2026", "Headteacher", "Amended following FGB – lead for 2.3 changed"),
        ("1.2", "10/03/2026", "DHT (Standards)", "RAG update for Standards Committee"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("Report card summary", level=3)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    header_row(t, ["Evaluation area", "Grade"])
    for row in [
        ("Inclusion", "Expected standard"),
        ("Curriculum and teaching", "Needs attention"),
        ("Achievement", "Needs attention"),
        ("Attendance and behaviour", "Expected standard"),
        ("Personal development and well-being", "Strong standard"),
        ("Leadership and governance", "Expected standard"),
        ("Safeguarding", "Met"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG key", level=3)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for colour, meaning in [
        (GREEN, "Achieved – evidence of impact seen"),
        (AMBER, "In progress"),
        (RED, "Behind schedule / at risk"),
        (None, "Not yet started"),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], "")
        if colour:
            shade(cells[0], colour)
        set_cell(cells[1], meaning)

    sections = [
        ("1. Curriculum and teaching – Needs attention",
         "Leaders should ensure that teachers check pupils’ understanding systematically "
         "in lessons, so that gaps and misconceptions are identified and addressed before "
         "new content is introduced.",
         [
             ("1.1", "Deliver a whole-staff CPD programme on responsive teaching and checking "
                     "for understanding (mini-whiteboards, hinge questions, cold calling).",
              "Assistant Headteacher (Teaching and Learning)", "January 2026 – July 2026",
              "All teachers observed using at least two checking strategies in learning walks.",
              AMBER),
             ("1.2", "Introduce fortnightly instructional coaching for all teaching staff, "
                     "focused on checking for understanding.\n"
                     "Coaching pairs reviewed each half-term.",
              "AHT (T&L); Lead Practitioners", "Feb 2026",
              "Coaching log shows every teacher coached at least fortnightly.", GREEN),
             ("1.3", "Revise the lesson visit and work scrutiny schedule so that middle leaders "
                     "quality-assure checking for understanding in every department.",
              "Heads of Faculty", "31/03/2026",
              "Schedule published; first cycle of faculty reviews completed.", AMBER),
             ("1.4", "Review Key Stage 3 curriculum plans in mathematics and science to identify "
                     "the knowledge pupils must secure before moving on, and build in "
                     "retrieval tasks.",
              "Head of Maths and Head of Science", "Summer term 2026",
              "Revised plans in use from September 2026.", None),
         ]),
        ("2. Achievement – Needs attention",
         "Leaders should ensure that disadvantaged pupils and pupils with special educational "
         "needs and/or disabilities (SEND) achieve as well as their peers, particularly in "
         "English and mathematics at key stage 4.",
         [
             ("2.1", "Analyse the autumn mock examination results by pupil group and agree a "
                     "targeted intervention list for Year 11 disadvantaged pupils.",
              "Deputy Headteacher (Standards)", "January 2026",
              "Intervention list agreed and shared with all Year 11 teachers.", GREEN),
             ("2.2", "Run small-group tuition in English and mathematics for identified Year 11 "
                     "pupils after school on Tuesdays and Thursdays.",
              "Head of English / Head of Maths", "May 2026",
              "Attendance at tuition above 85%; gap at spring mocks narrowed.", AMBER),
             ("2.3", "Update pupil passports for all pupils on the SEND register so that "
                     "teachers have clear classroom strategies, and check their use through "
                     "learning walks.",
              "SENDCo", "April 2026",
              "All passports updated; strategies seen in 80% of learning walks.", RED),
             ("2.4", "Report the progress of disadvantaged pupils and pupils with SEND to the "
                     "Standards Committee after each data collection point.",
              "DHT (Standards)", "Termly",
              "Governors’ minutes show challenge on the progress of these groups.", AMBER),
         ]),
        ("3. Attendance and behaviour – Expected standard",
         "Leaders should continue to reduce persistent absence, especially for disadvantaged "
         "pupils, so that more pupils attend school regularly.",
         [
             ("3.1", "Appoint an attendance officer and introduce first-day calling and home "
                     "visits from the third day of absence.",
              "Business Manager; Head of Pastoral", "Jan-26",
              "Attendance officer in post; first-day calls logged for every absence.", GREEN),
             ("3.2", "Hold attendance support meetings with families of pupils whose attendance "
                     "falls below 90%, using the local authority’s Attendance Support Plan "
                     "template.",
              "Attendance Officer", "Ongoing",
              "Persistent absence below 18% by July 2026.", AMBER),
         ]),
    ]
    for heading, rec, actions in sections:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        r = p.add_run(rec)
        r.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead(s)", "Timescale",
                       "Success criteria / evidence", "RAG"])
        for ref, action, lead, when, success, colour in actions:
            cells = t.add_row().cells
            set_cell(cells[0], ref, bold=True)
            set_cell(cells[1], action)
            set_cell(cells[2], lead)
            set_cell(cells[3], when)
            set_cell(cells[4], success)
            set_cell(cells[5], "")
            if colour:
                shade(cells[5], colour)
        doc.add_paragraph()

    doc.add_paragraph(
        "Progress against this plan is reported to the Standards Committee each half-term. "
        "RAG ratings updated 10 March 2026.")
    doc.save(out("md1-meole-brace-school-ofsted-report-card-action-plan.docx"))


# ================================================================ 2. college xlsx
def college_xlsx():
    wb = Workbook()
    title = "Newcastle and Stafford Colleges Group – Quality Improvement Plan 2025/26"

    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = ("Derived from the Self-Assessment Report 2024/25 – validated by the "
                "Quality and Standards Committee, 2 December 2025")
    cv["A4"] = "Version control"
    cv["A4"].font = Font(bold=True)
    for i, row in enumerate([
        ("Version", "Date", "Updated by", "Summary"),
        ("1.0", d(2025, 12, 2), "VP Quality & Performance", "QIP approved"),
        ("1.1", d(2025, 12, 16), "Quality Manager", "December RAG review"),
        ("1.2", d(2026, 2, 24), "Quality Manager", "February RAG review and commentary"),
    ], start=5):
        for j, v in enumerate(row, start=1):
            c = put(cv, i, j, v, bold=(i == 5), fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
    cv["A10"] = "RAG key"
    cv["A10"].font = Font(bold=True)
    for i, (word, colour, meaning) in enumerate([
        ("Complete", BLUE, "Action completed and impact evidenced"),
        ("Green", GREEN, "On track"),
        ("Amber", AMBER, "Some slippage – recoverable within the year"),
        ("Red", RED, "Significant risk to delivery"),
    ], start=11):
        put(cv, i, 1, word, bg=colour)
        put(cv, i, 2, meaning)
    for col, w in zip("ABCD", (16, 40, 26, 36)):
        cv.column_dimensions[col].width = w

    ws = wb.create_sheet("QIP 2025-26")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "February 2026 update for the Quality and Standards Committee (3 March 2026)"
    hdr = ["Key judgement", "Ref", "Area for improvement (SAR 2024/25)", "Actions",
           "Lead(s)", "Target date", "Revised date", "Impact measure / success criteria",
           "RAG Dec 25", "RAG Feb 26", "Progress commentary (Feb 26)"]
    for j, h in enumerate(hdr, start=1):
        put(ws, 4, j, h, bold=True, bg="BDD7EE")

    rag_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    plan = [
        ("Quality of education", [
            ("Too few apprentices in engineering and construction complete their "
             "programmes by their planned end date.", [
                ("QE1.1", "Introduce monthly progress reviews with employers for all engineering "
                          "and construction apprentices who are past 50% of their planned duration.",
                 "Director of Apprenticeships", d(2025, 12, 31), None,
                 "Timely achievement rises to 65% (from 54%).", "Amber", "Green",
                 "Reviews in place for 212 of 230 apprentices."),
                ("QE1.2", "Recruit two additional skills coaches so that construction caseloads "
                          "are no more than 45 apprentices.",
                 "Head of Faculty – Construction and Engineering; HR Business Partner",
                 d(2026, 1, 31), d(2026, 4, 30),
                 "Average caseload 45 or fewer.", "Red", "Amber",
                 "One coach started January; second post re-advertised."),
            ]),
            ("Learners on study programmes do not make enough progress in GCSE English "
             "and mathematics.", [
                ("QE2.1", "Timetable English and maths in the morning for all full-time 16–18 "
                          "learners and track attendance weekly on the ProMonitor dashboard.",
                 "Head of English and Maths", d(2025, 9, 30), None,
                 "Attendance at English and maths 85% or above.", "Complete", "Complete",
                 "Timetables in place from enrolment."),
                ("QE2.2", "Deliver targeted CPD for English and maths teachers on planning for "
                          "resit learners, with a peer observation each term.",
                 "Head of English and Maths; Teaching and Learning Coaches",
                 d(2026, 7, 31), None,
                 "Grade 4+ achievement improves by 5 percentage points.", "Green", "Green",
                 "Two of three CPD sessions delivered."),
            ]),
        ]),
        ("Behaviour and attitudes", [
            ("Attendance on 16–18 study programmes is below the college target of 90%.", [
                ("BA1.1", "Launch the ‘Every Lesson Counts’ attendance campaign with same-day "
                          "contact for all unexplained absences.",
                 "Assistant Principal – Students, Inclusion and Welfare", d(2025, 10, 31), None,
                 "Same-day contact for 100% of unexplained absences.", "Green", "Complete",
                 "Campaign launched; contact rate 98%."),
                ("BA1.2", "Hold attendance review meetings with parents and carers of learners "
                          "whose attendance is below 85% for four consecutive weeks.",
                 "Curriculum Managers / Progress Coaches", "Ongoing", None,
                 "Overall 16–18 attendance at 90%.", "Amber", "Amber",
                 "Attendance 87.6% year to date."),
            ]),
        ]),
        ("Personal development", [
            ("Not all learners take part in meaningful work experience or industry "
             "placements.", [
                ("PD1.1", "Map industry placement hours for every T Level learner and source "
                          "additional placements through the Employer Engagement Team.",
                 "Head of Employer Engagement", d(2026, 2, 28), None,
                 "All T Level learners on track for 315 placement hours.", "Amber", "Red",
                 "41 learners still without a confirmed placement."),
            ]),
        ]),
        ("Leadership and management", [
            ("Governors do not receive detailed enough information about the quality of "
             "subcontracted provision.", [
                ("LM1.1", "Add a subcontracting quality dashboard to each Quality and Standards "
                          "Committee pack.",
                 "VP Quality & Performance", d(2025, 12, 2), None,
                 "Dashboard presented at every committee meeting.", "Complete", "Complete",
                 "First dashboard presented 2 December 2025."),
                ("LM1.2", "Commission an external review of subcontractor quality assurance "
                          "arrangements and report findings to the Corporation.",
                 "Director of Governance / VP Quality & Performance", "Summer term 2026", None,
                 "Review findings reported and actions agreed.", None, "Not started",
                 "Specification being drafted."),
            ]),
        ]),
    ]
    r = 5
    for kj, afis in plan:
        kj_start = r
        for afi, actions in afis:
            afi_start = r
            for (ref, action, lead, target, revised, impact, dec, feb, comment) in actions:
                put(ws, r, 2, ref, bold=True)
                put(ws, r, 4, action)
                put(ws, r, 5, lead)
                put(ws, r, 6, target, fmt="dd/mm/yyyy" if isinstance(target, dt.datetime) else None)
                put(ws, r, 7, revised, fmt="dd/mm/yyyy" if revised else None)
                put(ws, r, 8, impact)
                put(ws, r, 9, dec, bg=rag_fill.get(dec))
                put(ws, r, 10, feb, bg=rag_fill.get(feb))
                put(ws, r, 11, comment)
                r += 1
            put(ws, afi_start, 3, afi)
            for rr in range(afi_start + 1, r):
                ws.cell(row=rr, column=3).border = BOX
            if r - 1 > afi_start:
                ws.merge_cells(start_row=afi_start, start_column=3, end_row=r - 1, end_column=3)
        put(ws, kj_start, 1, kj, bold=True, bg="DDEBF7")
        for rr in range(kj_start + 1, r):
            ws.cell(row=rr, column=1).border = BOX
        if r - 1 > kj_start:
            ws.merge_cells(start_row=kj_start, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGHIJK", (18, 8, 34, 46, 28, 12, 12, 30, 10, 10, 34)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    sm = wb.create_sheet("RAG summary")
    sm["A1"] = "RAG summary – February 2026"
    sm["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Key judgement", "Complete", "Green", "Amber", "Red",
                           "Not started", "Total"], start=1):
        put(sm, 3, j, h, bold=True, bg="BDD7EE")
    rows = [("Quality of education", 1, 2, 1, 0, 0, 4),
            ("Behaviour and attitudes", 1, 0, 1, 0, 0, 2),
            ("Personal development", 0, 0, 0, 1, 0, 1),
            ("Leadership and management", 1, 0, 0, 0, 1, 2),
            ("Total", 3, 2, 2, 1, 1, 9)]
    for i, row in enumerate(rows, start=4):
        for j, v in enumerate(row, start=1):
            put(sm, i, j, v, bold=(row[0] == "Total"))
    sm.column_dimensions["A"].width = 28
    wb.save(out("md1-newcastle-and-stafford-colleges-group-sar-quality-improvement-plan-2025-26.xlsx"))


# ================================================================ 3. university csv (refuse)
def university_csv():
    afi1 = ("Leaders and managers should ensure that apprentices receive helpful feedback on "
            "their work, so that they know what they need to do to improve.")
    afi2 = ("Leaders should ensure that employers are fully involved in planning and reviewing "
            "apprentices’ on- and off-the-job training.")
    afi3 = ("Leaders should ensure that apprentices are well prepared for their end-point "
            "assessment and that more apprentices achieve high grades.")
    rows = [
        ["University of Chester – Apprenticeships Post-Inspection Action Plan (PIAP)", "", "", "", "", "", ""],
        ["Ofsted inspection of apprenticeship provision 7–10 October 2025 – overall effectiveness: Requires improvement", "", "", "", "", "", ""],
        ["Position at 13 February 2026 – Apprenticeships Quality Board", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Area for improvement (Ofsted)", "Action", "Responsible", "Target date",
         "Progress update", "RAG"],
        ["1.1", afi1,
         "Set a 15 working day turnaround standard for feedback on assessed work and monitor "
         "compliance through the VLE.",
         "Head of Apprenticeship Quality", "Jan-2026",
         "Standard published; compliance 82% in January.", "Amber"],
        ["1.2", "",
         "Run staff development sessions on writing developmental feedback, using moderated "
         "examples from each apprenticeship standard.",
         "Academic Development Lead", "Mar-2026", "Two of three sessions delivered.", "Green"],
        ["2.1", afi2,
         "Hold a tripartite progress review with each apprentice and employer at least every "
         "12 weeks, recorded on the e-portfolio.",
         "Programme Leads", "Dec-2025",
         "96% of reviews held on time in the autumn term.", "Blue"],
        ["2.2", "",
         "Produce an employer guide to apprenticeship training plans and invite employers to "
         "termly programme forums.",
         "Employer Partnerships Manager; Programme Leads", "Feb-2026",
         "Guide drafted; first forum held 4 February.", "Green"],
        ["2.3", "",
         "Add employer feedback on progress reviews to the quarterly apprenticeship quality "
         "dashboard.",
         "Head of Apprenticeship Quality", "Apirl 2026", "Survey questions agreed.", "Green"],
        ["3.1", afi3,
         "Introduce mock end-point assessments for all level 6 and level 7 apprentices three "
         "months before gateway.",
         "Programme Leads / EPA Coordinator", "Jun-2026",
         "Mocks scheduled for the March and June gateways.", "Green"],
        ["3.2", "",
         "Train workplace mentors on the grading criteria for distinction in each standard.",
         "Employer Partnerships Manager", "Jul-2026", "Not yet started.", ""],
        ["", "", "", "", "", "", ""],
        ["RAG key: Blue = complete; Green = on track; Amber = some slippage; Red = off track",
         "", "", "", "", "", ""],
    ]
    with open(out("md1-university-of-chester-ofsted-apprenticeships-piap-typo-month-refuse.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ================================================================ 4. acute trust CQC xlsx
def royal_free_xlsx():
    wb = Workbook()
    title = "Royal Free London NHS Foundation Trust: CQC Must Do and Should Do Action Plan"
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = ("Core service inspections: Barnet Hospital (urgent and emergency care; medical "
                "care) and Royal Free Hospital (maternity). Reports published 22 July 2025.")
    cv["A3"] = "Executive owner: Chief Nursing Officer. Monitored by: Patient Safety Committee."
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    for i, row in enumerate([
        ("Version", "Date", "Author", "Comments"),
        ("0.3", d(2025, 8, 19), "Head of Compliance", "Draft returned to CQC"),
        ("1.0", d(2025, 11, 25), "Head of Compliance", "November position"),
        ("1.1", d(2026, 1, 31), "Head of Compliance", "January position"),
    ], start=6):
        for j, v in enumerate(row, start=1):
            put(cv, i, j, v, bold=(i == 6), fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
    cv["A11"] = "RAG key"
    cv["A11"].font = Font(bold=True)
    for i, (letter, colour, meaning) in enumerate([
        ("B", BLUE, "Complete – evidence of embedding reviewed at Patient Safety Committee"),
        ("G", GREEN, "On track to complete by the completion date"),
        ("A", AMBER, "At risk of missing the completion date"),
        ("R", RED, "Off track / completion date passed"),
    ], start=12):
        put(cv, i, 1, letter, bold=True, bg=colour)
        put(cv, i, 2, meaning)
    for col, w in zip("ABCD", (10, 60, 22, 30)):
        cv.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 31 January 2026"
    hdr = ["Ref", "Must / Should", "CQC finding", "Regulation", "Action", "Lead(s)",
           "Original completion date", "Revised completion date", "Previous RAG (Nov 25)",
           "Current RAG (Jan 26)", "Progress update"]
    for j, h in enumerate(hdr, start=1):
        put(ws, 4, j, h, bold=True, bg="B4C6E7")
    letter_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    plan = [
        ("Barnet Hospital – Urgent and emergency care", [
            ("Must", "The trust must ensure that patients attending the emergency department "
                     "receive an initial clinical assessment within 15 minutes of arrival.",
             "Reg 12(1)", [
                 ("MD1.1", "Introduce a rapid assessment and treatment (RAT) nurse at the front "
                           "door between 10:00 and 02:00, seven days a week.",
                  "Divisional Director of Nursing (Urgent Care)", d(2025, 8, 31), d(2025, 10, 31),
                  "A", "B", "RAT rota in place since 6 October 2025; median time to initial "
                            "assessment 13 minutes in December."),
                 ("MD1.2", "Report time to initial assessment daily on the ED dashboard and "
                           "escalate waits over 30 minutes to the site manager on duty.",
                  "ED Clinical Lead; ED Matron", d(2025, 9, 30), None,
                  "G", "B", "Dashboard live; escalation audit in November 94% compliant."),
             ]),
            ("Must", "The trust must ensure that mental health risk assessments are completed "
                     "and documented for all patients presenting with mental health needs.",
             "Reg 12(2)(a)(b)", [
                 ("MD2.1", "Roll out the revised ED mental health triage and risk assessment "
                           "tool in the electronic patient record (EPR).\n"
                           "Training for all ED registered nurses through team huddles.",
                  "Lead Nurse for Mental Health", d(2025, 10, 31), d(2026, 3, 31),
                  "A", "A", "EPR build delayed by supplier; go-live now planned for March 2026."),
                 ("MD2.2", "Audit 20 records a month for completion of the mental health risk "
                           "assessment and share results at the ED governance meeting.",
                  "ED Matron", d(2025, 11, 30), None,
                  "G", "G", "Audits October–December: 78%, 83%, 88%."),
             ]),
        ]),
        ("Barnet Hospital – Medical care (including older people’s care)", [
            ("Must", "The trust must ensure that staff complete mandatory training, including "
                     "safeguarding adults level 3, in line with trust targets.",
             "Reg 18(2)(a)", [
                 ("MD3.1", "Set ward-level trajectories for mandatory training compliance and "
                           "review them at monthly divisional performance meetings.",
                  "Divisional Director of Operations (Medicine)", d(2025, 11, 30), None,
                  "A", "G", "Compliance 88% against 90% target; all wards have trajectories."),
             ]),
            ("Should", "The trust should ensure that patients’ nutrition and hydration charts "
                       "are fully completed.",
             "Reg 14", [
                 ("SD1.1", "Introduce protected mealtime champions on each ward and add fluid "
                           "balance checks to the nursing safety huddle.",
                  "Associate Director of Nursing – Medicine", d(2025, 12, 31), d(2026, 2, 28),
                  "R", "A", "Champions identified on 9 of 12 wards."),
             ]),
        ]),
        ("Royal Free Hospital – Maternity", [
            ("Must", "The service must ensure that emergency equipment is checked daily and "
                     "that checks are recorded.",
             "Reg 15(1)(e)", [
                 ("MD4.1", "Replace paper checklists with the electronic equipment-check app in "
                           "all maternity areas, with a weekly compliance report to the Head of "
                           "Midwifery.",
                  "Head of Midwifery", d(2025, 7, 31), None,
                  "G", "B", "Completed; 100% compliance for 12 consecutive weeks."),
             ]),
            ("Should", "The service should ensure that women are offered a postnatal debrief "
                       "before discharge where they have had an unplanned caesarean or a "
                       "significant birth event.",
             "N/A", [
                 ("SD2.1", "Launch a birth reflections pathway and promote it through discharge "
                           "information and the maternity app.",
                  "Consultant Midwife; Patient Experience Lead", d(2026, 1, 31), None,
                  "A", "R", "Pathway drafted; clinic staffing not yet agreed. Escalated to "
                            "Women’s and Children’s Divisional Board."),
             ]),
            ("Should", "The service should continue to improve completion of the World Health "
                       "Organization (WHO) surgical safety checklist in obstetric theatres.",
             "N/A", [
                 ("SD3.1", "Carry out monthly observational audits of the WHO checklist in "
                           "obstetric theatres and feed back results at the perinatal quality "
                           "and safety meeting.",
                  "Obstetric Theatre Lead; Clinical Director for Obstetrics",
                  "Monthly – from Sept 2025", None,
                  "G", "G", "Compliance 96% in December."),
             ]),
        ]),
    ]
    r = 5
    for section, findings in plan:
        put(ws, r, 1, section, bold=True, bg=GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
        for kind, finding, reg, actions in findings:
            start = r
            for ref, action, lead, orig, rev, prev, cur, update in actions:
                put(ws, r, 1, ref, bold=True)
                put(ws, r, 2, kind)
                put(ws, r, 5, action)
                put(ws, r, 6, lead)
                put(ws, r, 7, orig, fmt="dd/mm/yyyy" if isinstance(orig, dt.datetime) else None)
                put(ws, r, 8, rev, fmt="dd/mm/yyyy" if rev else None)
                put(ws, r, 9, prev, bg=letter_fill[prev])
                put(ws, r, 10, cur, bg=letter_fill[cur])
                put(ws, r, 11, update)
                r += 1
            put(ws, start, 3, finding)
            put(ws, start, 4, reg)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)
                ws.merge_cells(start_row=start, start_column=4, end_row=r - 1, end_column=4)
    for col, w in zip("ABCDEFGHIJK", (8, 9, 40, 12, 46, 28, 13, 13, 10, 10, 40)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG by core service – January 2026"
    sm["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Core service", "B", "G", "A", "R", "Total"], start=1):
        put(sm, 3, j, h, bold=True, bg="B4C6E7")
    for i, row in enumerate([
        ("Urgent and emergency care (Barnet)", 2, 1, 1, 0, 4),
        ("Medical care (Barnet)", 0, 1, 1, 0, 2),
        ("Maternity (Royal Free)", 1, 1, 0, 1, 3),
        ("Total", 3, 3, 2, 1, 9),
    ], start=4):
        for j, v in enumerate(row, start=1):
            put(sm, i, j, v, bold=(row[0] == "Total"))
    sm.column_dimensions["A"].width = 36
    wb.save(out("md1-royal-free-london-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ================================================================ 5. GP practice txt
def gp_txt():
    bar = "=" * 72
    lines = [
        "BRIDGNORTH MEDICAL PRACTICE – CQC INSPECTION ACTION PLAN",
        "",
        "Inspection: on-site assessment, 9 September 2025",
        "Report published: 4 November 2025",
        "Overall rating: Requires improvement (Safe: Requires improvement; Well-led: Requires improvement)",
        "Plan owner: Practice Manager",
        "Last reviewed: partners' meeting, 13 January 2026",
        "",
        "Status key: Complete | On track (green) | At risk (amber) | Overdue (red)",
        "",
        bar,
        "1. SAFE",
        "Regulation 12 – Safe care and treatment: The provider must ensure that care and "
        "treatment is provided in a safe way for service users.",
        bar,
        "",
        "1.1  Search the clinical system for all patients prescribed high-risk medicines "
        "(methotrexate, lithium, azathioprine and DOACs) and recall anyone overdue blood monitoring.",
        "     Searches to be repeated monthly by the clinical pharmacist.",
        "     Lead:    Dr R Okafor (Prescribing Lead) / Clinical Pharmacist",
        "     Due:     31/10/2025",
        "     Status:  Complete",
        "     Update:  187 patients reviewed; 23 recalled, all now monitored.",
        "",
        "1.2  Review all patient safety alerts (MHRA and CAS) received since January 2024 and "
        "record the action taken for each affected patient.",
        "     Lead:    Clinical Pharmacist",
        "     Due:     30/11/2025",
        "     Status:  Complete",
        "     Update:  Alerts log rebuilt; 9 patients switched to an alternative treatment.",
        "",
        "1.3  Complete structured medication reviews for patients on repeat prescriptions whose "
        "review date has passed, starting with patients aged 75 and over.",
        "     Lead:    GP Partners",
        "     Due:     End of March 2026",
        "     Status:  At risk",
        "     Update:  62% complete; additional pharmacist sessions requested from the PCN.",
        "",
        bar,
        "2. WELL-LED",
        "Regulation 17 – Good governance: The provider must establish effective systems and "
        "processes to ensure good governance in accordance with the fundamental standards of care.",
        bar,
        "",
        "2.1  Introduce a governance calendar covering significant event reviews, complaints, "
        "clinical audits and policy reviews, with minutes kept for each meeting.",
        "     Lead:    Practice Manager",
        "     Due:     Dec 2025",
        "     Status:  Complete",
        "",
        "2.2  Set up a staff training matrix on the practice's learning platform and make sure all "
        "staff complete safeguarding, infection prevention and control and fire safety training.",
        "     Lead:    Assistant Practice Manager; Lead Nurse",
        "     Due:     28/02/2026",
        "     Status:  On track",
        "     Update:  Matrix live; overall compliance 91%.",
        "",
        "2.3  Carry out and document a legionella risk assessment and a fire risk assessment of "
        "the Northgate site, and complete any actions identified.",
        "     Lead:    Practice Manager",
        "     Due:     30 November 2025",
        "     Status:  Overdue",
        "     Update:  Legionella assessment done 12/11/2025; fire risk assessment awaiting contractor.",
        "",
        bar,
        "3. AREAS WHERE THE PRACTICE SHOULD IMPROVE",
        bar,
        "",
        "The practice should continue to improve the uptake of cervical screening.",
        "",
        "3.1  Offer a Saturday morning smear clinic once a month and send text reminders to all "
        "eligible patients who have not responded to their invitation.",
        "     Lead:    Lead Nurse",
        "     Due:     Ongoing",
        "     Status:  On track",
        "",
        "The practice should take steps to improve patient satisfaction with telephone access.",
        "",
        "3.2  Move to a cloud-based telephony system with call-back and queue position messages.",
        "     Lead:    Practice Manager and Dr J Whitfield",
        "     Due:     April 2026",
        "     Status:  On track",
        "",
        bar,
        "Next review: partners' meeting, March 2026. Copies of evidence held by the Practice Manager.",
    ]
    with open(out("md1-bridgnorth-medical-practice-cqc-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ================================================================ 6. independent MH hospital docx
def raphael_docx():
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    p = doc.add_paragraph()
    r = p.add_run("Raphael Hospital: CQC Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in [
        "Raphael Healthcare Limited | Forensic inpatient and secure wards",
        "Unannounced inspection 17–19 June 2025 | Report published 12 August 2025 | "
        "Action plan submitted to CQC 9 September 2025",
        "Progress update: January 2026 (Clinical Governance Committee)",
    ]:
        q = doc.add_paragraph(line)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Director of Clinical Services"),
                 ("Version", "3.0"),
                 ("Last updated", "14 January 2026"),
                 ("Approved by", "Clinical Governance Committee")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "Overall rating: Requires improvement (Safe: Requires improvement; Effective: Good; "
        "Caring: Good; Responsive: Good; Well-led: Requires improvement)")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["No.", "Action", "Lead", "Due date", "RAG", "Evidence / progress"],
               fill="44546A")
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def wide(text, fill_hex, bold=True):
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, text, bold=bold)
        shade(m, fill_hex)

    def act(no, action, lead, due, rag, evidence):
        cells = t.add_row().cells
        set_cell(cells[0], no, bold=True)
        set_cell(cells[1], action)
        set_cell(cells[2], lead)
        set_cell(cells[3], due)
        set_cell(cells[4], rag, bold=True)
        shade(cells[4], rag_fill[rag])
        set_cell(cells[5], evidence)

    wide("SAFE", "8EA9DB")
    wide("MD1 The provider must ensure that staff carry out and record physical health "
         "observations after every administration of rapid tranquillisation, in line with "
         "national guidance and hospital policy. (Regulation 12)", "D9E1F2", bold=False)
    act("MD1.1", "Re-launch the rapid tranquillisation policy with a one-page quick reference "
                 "guide displayed in every clinic room.",
        "Lead Nurse, Physical Health", "31 July 2025", "B",
        "Policy re-launched 21/07/2025; guide displayed on all wards.")
    act("MD1.2", "Complete a weekly audit of all rapid tranquillisation episodes for "
                 "post-administration observations, with results reviewed at the daily safety "
                 "huddle.\nNon-compliance to be followed up with the nurse in charge within "
                 "48 hours.",
        "Ward Managers", "Q3 2025/26", "G",
        "Audit running since August 2025; compliance 91% in December.")
    wide("MD2 The provider must ensure that environmental ligature risk assessments are "
         "reviewed and kept up to date, and that identified risks are mitigated. "
         "(Regulations 12 and 15)", "D9E1F2", bold=False)
    act("MD2.1", "Complete a full ligature risk assessment of Hawthorn and Rowan wards using "
                 "the updated tool and add all high-risk points to the estates works programme.",
        "Hospital Director / Estates Manager", "30/09/2025", "B",
        "Assessments completed; 14 fittings replaced with anti-ligature fittings.")
    act("MD2.2", "Brief all ward staff on the location of ligature risks and mitigations at "
                 "induction and at each quarterly ward meeting.",
        "Ward Managers", "Ongoing", "G",
        "Briefing included in induction from September 2025.")
    wide("SD1 The provider should ensure that staff complete mandatory training in Immediate "
         "Life Support.", "D9E1F2", bold=False)
    act("SD1.1", "Book additional Immediate Life Support sessions with the external training "
                 "provider so that all eligible staff are trained.",
        "Training and Development Manager", "December 2025", "A",
        "Compliance 84% (target 95%); two further sessions booked for February 2026.")
    wide("WELL-LED", "8EA9DB")
    wide("MD3 The provider must ensure that governance systems identify and address shortfalls "
         "in the quality of care records, including care plans and risk assessments. "
         "(Regulation 17)", "D9E1F2", bold=False)
    act("MD3.1", "Introduce a monthly care records audit, carried out by a peer ward, covering "
                 "care plans, risk assessments and Section 132 rights.",
        "Director of Clinical Services", "Aug 2025", "B",
        "Audit tool in use since August 2025.")
    act("MD3.2", "Report audit results and themes to the Clinical Governance Committee with a "
                 "ward-level action tracker.",
        "Head of Quality and Compliance", "Oct 2025", "R",
        "Tracker not yet in use; reporting delayed by staff absence. New date agreed with CGC.")
    wide("SD2 The provider should ensure that patients and carers are involved in developing "
         "the hospital’s restrictive practice reduction plan.", "D9E1F2", bold=False)
    act("SD2.1", "Set up a patient and carer reference group to co-produce the restrictive "
                 "practice reduction plan.",
        "Social Work Lead; Patient Engagement Lead", "31/03/2026", "A",
        "Two patient meetings held; carer recruitment slower than planned.")

    doc.add_paragraph()
    doc.add_paragraph("Key: B – completed and evidenced; G – on track to complete by the due "
                      "date; A – risk of slippage; R – overdue / off track.")
    doc.add_paragraph("Signed: Hospital Director        Date: 14/01/2026")
    doc.save(out("md1-raphael-hospital-cqc-mental-health-must-should-do-action-plan.docx"))


# ================================================================ 7. national body xlsx
def nhm_xlsx():
    wb = Workbook()
    title = "Natural History Museum – Audit Recommendations Tracker"
    sub = "Audit Committee, 17 March 2026 – position at 28 February 2026"
    status_fill = {"Implemented": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}

    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = sub
    for j, h in enumerate(["Source", "Open at last meeting", "Implemented since last meeting",
                           "On track", "At risk", "Overdue", "Total open"], start=1):
        put(sm, 4, j, h, bold=True, bg="C6E0B4")
    for i, row in enumerate([
        ("Internal audit", 6, 3, 2, 1, 1, 4),
        ("External audit (NAO)", 3, 1, 2, 0, 0, 2),
        ("Total", 9, 4, 4, 1, 1, 6),
    ], start=5):
        for j, v in enumerate(row, start=1):
            put(sm, i, j, v, bold=(row[0] == "Total"))
    sm["A10"] = "Status key"
    sm["A10"].font = Font(bold=True)
    for i, (word, meaning) in enumerate([
        ("Implemented", "Action complete; evidence provided to internal audit"),
        ("On track", "Expected to be implemented by the target date"),
        ("At risk", "Target date may be missed"),
        ("Overdue", "Past the (revised) target date"),
    ], start=11):
        put(sm, i, 1, word, bg=status_fill[word])
        put(sm, i, 2, meaning)
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 48

    ia = wb.create_sheet("Internal Audit")
    ia["A1"] = title
    ia["A1"].font = Font(bold=True, size=13)
    ia["A2"] = "Internal audit recommendations – open and implemented since the last meeting"
    hdr = ["Rec no.", "Recommendation", "Priority", "Agreed management action", "Action owner",
           "Original target date", "Revised target date", "% complete", "Status",
           "Update (February 2026)"]
    for j, h in enumerate(hdr, start=1):
        put(ia, 4, j, h, bold=True, bg="C6E0B4")
    reports = [
        ("IA 2024/25-04 Cyber Security and Resilience – Limited assurance", [
            ("The Museum should complete the roll-out of multi-factor authentication (MFA) to "
             "all user and administrator accounts, including third-party remote access.", "High", [
                ("04.1", "Extend MFA to the remaining administrator and supplier remote-access "
                         "accounts and disable legacy authentication protocols.",
                 "Director of Digital & Technology", d(2025, 6, 30), d(2025, 9, 30), 1.0,
                 "Implemented", "MFA enforced for all accounts from 22/09/2025; evidence "
                                "passed to internal audit."),
            ]),
            ("The Museum should test its IT disaster recovery plan at least annually and record "
             "lessons learned.", "Medium", [
                ("04.2", "Carry out a full failover test of core systems to the secondary data "
                         "centre and report the results to the Digital Steering Group.",
                 "Head of IT Infrastructure", d(2025, 12, 31), d(2026, 5, 31), 0.4,
                 "At risk", "Test rescheduled to avoid the collections system migration."),
            ]),
        ]),
        ("IA 2025/26-01 Contract Management – Moderate assurance", [
            ("Contract managers should be assigned for all contracts above £100k and their "
             "responsibilities documented.", "Medium", [
                ("01.1", "Assign a named contract manager to each contract above £100k on the "
                         "contracts register.",
                 "Head of Procurement", d(2025, 10, 31), None, 1.0,
                 "Implemented", "Contracts register updated; 38 contracts assigned."),
                ("01.2", "Issue contract management guidance and deliver a training session for "
                         "all named contract managers.",
                 "Head of Procurement; Head of Learning & Development", d(2026, 1, 31),
                 d(2026, 3, 31), 0.75,
                 "On track", "Guidance issued; training session booked for 12 March 2026."),
            ]),
            ("The Museum should introduce quarterly supplier performance reviews for its ten "
             "highest-value contracts.", "Low", [
                ("01.3", "Introduce a standard quarterly performance review template and "
                         "schedule reviews for the top ten contracts.",
                 "Contract Managers", d(2026, 3, 31), None, 0.5,
                 "On track", "Template agreed; six of ten reviews scheduled."),
            ]),
        ]),
        ("IA 2025/26-03 Commercial Events Income – Moderate assurance", [
            ("Management should reconcile event bookings in the venue management system to the "
             "finance ledger monthly.", "High", [
                ("03.1", "Introduce a monthly reconciliation between the venue booking system "
                         "and the finance ledger, reviewed and signed off by the Financial "
                         "Controller.",
                 "Head of Commercial Events / Financial Controller", d(2025, 11, 30),
                 d(2026, 1, 31), 0.6,
                 "Overdue", "Two reconciliations completed; process not yet signed off."),
            ]),
            ("Deposits should be taken for all commercial events in line with the events "
             "pricing policy.", "Medium", [
                ("03.2", "Update the events pricing policy and booking terms to make a 25% "
                         "deposit mandatory, with exceptions approved by the Director of "
                         "Commercial.",
                 "Director of Commercial", d(2025, 12, 31), None, 1.0,
                 "Implemented", "Revised terms in use from 1 December 2025."),
            ]),
        ]),
    ]
    r = 5
    for report, recs in reports:
        put(ia, r, 1, report, bold=True, bg="E2EFDA")
        ia.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec, prio, actions in recs:
            start = r
            for no, action, owner, orig, rev, pct, status, update in actions:
                put(ia, r, 1, no, bold=True)
                put(ia, r, 4, action)
                put(ia, r, 5, owner)
                put(ia, r, 6, orig, fmt="dd/mm/yyyy")
                put(ia, r, 7, rev, fmt="dd/mm/yyyy" if rev else None)
                put(ia, r, 8, pct, fmt="0%")
                put(ia, r, 9, status, bg=status_fill[status])
                put(ia, r, 10, update)
                r += 1
            put(ia, start, 2, rec)
            put(ia, start, 3, prio)
            if r - 1 > start:
                ia.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
                ia.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGHIJ", (9, 42, 9, 46, 28, 12, 12, 9, 12, 40)):
        ia.column_dimensions[col].width = w

    na = wb.create_sheet("External Audit (NAO)")
    na["A1"] = title
    na["A1"].font = Font(bold=True, size=13)
    na["A2"] = ("Recommendations from the NAO Audit Completion Report on the 2024-25 "
                "financial statements")
    hdr = ["Ref", "NAO recommendation", "Priority", "Management response / action", "Owner",
           "Target date", "Status", "Update (February 2026)"]
    for j, h in enumerate(hdr, start=1):
        put(na, 4, j, h, bold=True, bg="C6E0B4")
    put(na, 5, 1, "2024-25 financial statements audit – management letter", bold=True, bg="E2EFDA")
    na.merge_cells(start_row=5, start_column=1, end_row=5, end_column=8)
    nao = [
        ("NAO 1", "The Museum should strengthen the review of manual journals, so that all "
                  "journals above £50,000 are approved by an independent reviewer.",
         "Priority 1", "Introduce system-enforced approval of manual journals over £50,000 in "
                       "the finance system.",
         "Financial Controller", "31 Mar 2026", "On track", "Workflow configured; in testing."),
        ("NAO 2", "The Museum should perform a formal review of user access rights to the "
                  "finance system at least annually, removing leavers promptly.",
         "Priority 2", "Carry out a quarterly user access review of the finance system, "
                       "reconciling HR leaver reports to active accounts.",
         "Head of Finance Systems", "Q4 2025-26", "On track",
         "First review completed in January 2026; 7 accounts removed."),
        ("NAO 3", "The Museum should update its fixed asset register to remove fully "
                  "depreciated assets that are no longer in use.",
         "Priority 2", "Complete a physical verification of IT and plant assets and write off "
                       "items no longer in use.",
         "Head of Finance / Head of Estates", d(2025, 9, 30), "Implemented",
         "Verification complete; 412 items written off."),
    ]
    for i, row in enumerate(nao, start=6):
        for j, v in enumerate(row, start=1):
            c = put(na, i, j, v, bold=(j == 1),
                    fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
            if j == 7:
                c.fill = fill(status_fill[v])
    for col, w in zip("ABCDEFGH", (8, 44, 11, 44, 28, 12, 12, 36)):
        na.column_dimensions[col].width = w
    wb.save(out("md1-natural-history-museum-audit-committee-audit-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    school_docx()
    college_xlsx()
    university_csv()
    royal_free_xlsx()
    gp_txt()
    raphael_docx()
    nhm_xlsx()
    print("built 7 files in", HERE)
