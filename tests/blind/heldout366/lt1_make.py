"""Build the seven lt1- blind test files (set heldout366).

Run with /work/main/.venv/bin/python lt1_make.py  (needs python-docx and openpyxl).
Each data structure below carries both the cells as written in the file and the
reading a person makes of them (lead list, end month, status), which the
.expected.yaml files record.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "theme": "DDEBF7",
}


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def shade(cell, hex_colour):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    for line in lines[1:]:
        p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold


def xl_fill(cell, colour):
    cell.fill = PatternFill("solid", start_color=FILL[colour], end_color=FILL[colour])


WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------------------
# 1. Wadebridge School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------

WADEBRIDGE_NAME = "lt1-wadebridge-school-post-ofsted-action-plan.docx"
WADEBRIDGE_TITLE = "Wadebridge School – Post-Ofsted Action Plan"
WADEBRIDGE = [
    {
        "heading": "Priority 1: Curriculum and assessment",
        "afi": "In some subjects, leaders have not identified precisely the important knowledge that pupils should learn and when. Leaders should ensure that curriculum plans in all subjects set out the knowledge pupils need to know and remember, and the order in which it should be taught.",
        "rows": [
            dict(ref="1.1",
                 action="Subject leaders to review Key Stage 3 curriculum maps in geography, history and MFL and identify the core knowledge for each unit.",
                 lead_raw="Deputy Headteacher (Curriculum)", lead=["Deputy Headteacher (Curriculum)"],
                 success="Revised KS3 maps in place for all three subjects and quality assured by the SLT link.",
                 end_raw="Spring term 2024", end="2024-03", end_text="Spring term 2024",
                 rag_raw="B", fill="blue", status="blue"),
            dict(ref="1.2",
                 action="Provide twilight CPD on retrieval practice and low-stakes quizzing for all teaching staff, with follow-up drop-ins by the T&L team.",
                 lead_raw="Assistant Headteacher (Teaching and Learning)", lead=["Assistant Headteacher (Teaching and Learning)"],
                 success="Drop-ins show retrieval practice used in at least 90% of KS3 lessons seen.",
                 end_raw="Summer term 2024", end="2024-07", end_text="Summer term 2024",
                 rag_raw="G", fill="green", status="green"),
            dict(ref="1.3",
                 action="Introduce a common KS3 assessment calendar so that end-of-unit assessments check the core knowledge identified in curriculum maps.",
                 lead_raw="Deputy Headteacher (Curriculum) / Data Manager", lead=["Deputy Headteacher (Curriculum)", "Data Manager"],
                 success="Calendar published to staff; assessment outcomes recorded on SIMS for every KS3 unit.",
                 end_raw="July 2024", end="2024-07",
                 rag_raw="A", fill="amber", status="amber"),
        ],
    },
    {
        "heading": "Priority 2: Reading",
        "afi": "Pupils who are weaker readers at Key Stage 3 do not receive the support they need to catch up quickly. Leaders should ensure that these pupils are identified swiftly and receive effective support so that they can read fluently and access the full curriculum.",
        "rows": [
            dict(ref="2.1",
                 action="Screen all Year 7 pupils using NGRT on entry and re-test Years 7–9 each term.",
                 lead_raw="Reading Lead", lead=["Reading Lead"],
                 success="Every KS3 pupil has a current reading age recorded; weaker readers flagged on the class context sheet.",
                 end_raw="Termly", end=None, end_text="Termly",
                 rag_raw="G", fill="green", status="green"),
            dict(ref="2.2",
                 action="Train six teaching assistants to deliver the Fresh Start phonics programme to pupils reading below age 9.",
                 lead_raw="SENDCo & Reading Lead", lead=["SENDCo", "Reading Lead"],
                 success="Six TAs trained; intervention groups running four times a week.",
                 end_raw="Autumn term 2024", end="2024-12", end_text="Autumn term 2024",
                 rag_raw="A", fill="amber", status="amber"),
            dict(ref="2.3",
                 action="Launch a tutor-time reading programme for Years 7 and 8 with shared class novels.",
                 lead_raw="KMc/SHo", lead=["KMc", "SHo"],
                 success="Programme running in all Year 7 and 8 tutor groups.",
                 end_raw="30/09/2024", end="2024-09",
                 rag_raw="R", fill="red", status="red"),
        ],
    },
    {
        "heading": "Priority 3: Attendance",
        "afi": "Too many disadvantaged pupils are persistently absent from school. Leaders should continue to take effective action to improve the attendance of these pupils so that they do not miss out on important learning.",
        "rows": [
            dict(ref="3.1",
                 action="Appoint an Attendance Officer and introduce weekly attendance panels for pupils below 90%.",
                 lead_raw="Deputy Headteacher (Pastoral)", lead=["Deputy Headteacher (Pastoral)"],
                 success="Attendance Officer in post; panel minutes show actions for every pupil below 90%.",
                 end_raw="April 2024", end="2024-04",
                 rag_raw="B", fill="blue", status="blue"),
            dict(ref="3.2",
                 action="Agree an attendance support plan with the family of every persistently absent disadvantaged pupil, reviewed each half term.",
                 lead_raw="Heads of Year", lead=["Heads of Year"],
                 success="Persistent absence of disadvantaged pupils reduced from 38% to below 30%.",
                 end_raw="19/07/2024", end="2024-07",
                 rag_raw="G", fill="green", status="green"),
            dict(ref="3.3",
                 action="Report the attendance of disadvantaged pupils to the LGB at each Standards Committee meeting.",
                 lead_raw="Headteacher", lead=["Headteacher"],
                 success="Standards Committee minutes record challenge on attendance at every meeting.",
                 end_raw="Each half term", end=None, end_text="Each half term",
                 rag_raw="", fill="green", status="green"),
        ],
    },
]


def make_wadebridge():
    doc = Document()
    doc.add_paragraph(WADEBRIDGE_TITLE, style="Title")
    doc.add_paragraph("Ofsted inspection: 23 and 24 January 2024 (graded inspection under section 5 of the Education Act 2005)")
    doc.add_paragraph("Overall effectiveness: Requires improvement")
    doc.add_paragraph("Plan owner: Headteacher   |   Approved by the Local Governing Body: 7 March 2024   |   Last updated: 1 July 2024")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Changes", "By"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("1.0", "26/02/2024", "First draft for SLT", "Headteacher"),
                ("1.1", "07/03/2024", "Approved by LGB", "Clerk to Governors"),
                ("1.2", "01/07/2024", "End of summer term RAG update", "Deputy Headteacher (Curriculum)")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for letter, meaning, colour in [("B", "Complete – impact seen", "blue"),
                                    ("G", "On track", "green"),
                                    ("A", "Started, behind schedule", "amber"),
                                    ("R", "Not started / at risk", "red")]:
        cells = k.add_row().cells
        set_cell(cells[0], letter, bold=True)
        shade(cells[0], FILL[colour])
        set_cell(cells[1], meaning)

    headers = ["Ref", "Action", "Lead", "Success criteria", "Timescale", "RAG"]
    for pri in WADEBRIDGE:
        doc.add_paragraph(pri["heading"], style="Heading 1")
        t = doc.add_table(rows=2, cols=len(headers))
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, len(headers) - 1))
        set_cell(top, pri["afi"], bold=True)
        shade(top, FILL["grey"])
        for i, h in enumerate(headers):
            set_cell(t.cell(1, i), h, bold=True)
        for r in pri["rows"]:
            cells = t.add_row().cells
            for i, v in enumerate([r["ref"], r["action"], r["lead_raw"], r["success"], r["end_raw"], r["rag_raw"]]):
                set_cell(cells[i], v)
            shade(cells[5], FILL[r["fill"]])

    doc.add_paragraph("")
    doc.add_paragraph("Note: RAG ratings are updated at the end of each term and reported to the LGB Standards Committee.")
    doc.add_paragraph("Sign-off", style="Heading 2")
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        set_cell(s.cell(0, i), h, bold=True)
    set_cell(s.cell(1, 0), "Headteacher")
    set_cell(s.cell(1, 1), "A. Trewin")
    set_cell(s.cell(1, 2), "07/03/2024")
    set_cell(s.cell(2, 0), "Chair of the Local Governing Body")
    set_cell(s.cell(2, 1), "P. Rosevear")
    set_cell(s.cell(2, 2), "07/03/2024")
    doc.save(os.path.join(HERE, WADEBRIDGE_NAME))


# ---------------------------------------------------------------------------
# 2. Highbury College Portsmouth - Ofsted PIAP (xlsx)
# ---------------------------------------------------------------------------

HIGHBURY_NAME = "lt1-highbury-college-ofsted-post-inspection-action-plan.xlsx"
HIGHBURY_TITLE = "Highbury College Portsmouth – Post-Inspection Action Plan (PIAP) 2024/25"
HIGHBURY = [
    {
        "theme": "Theme 1: Quality of education – adult learning programmes",
        "afi": "Leaders should ensure that tutors on adult learning programmes use assessment effectively to check what learners know and can do, so that they plan learning that builds on learners' starting points.",
        "rows": [
            dict(ref="1.1",
                 action="Introduce a standard initial and diagnostic assessment process for all adult ESOL and community learning courses, recorded on ProMonitor.",
                 lead_raw="Head of Adult and Community Learning", lead=["Head of Adult and Community Learning"],
                 target=D(2024, 6, 28), revised=None, end="2024-06",
                 measure="100% of adult learners have initial and diagnostic assessment recorded within four weeks of starting.",
                 update="Process launched September 2024; November audit showed 96% compliance.",
                 prev="Green", cur="Blue", status="blue"),
            dict(ref="1.2",
                 action="Deliver CPD on questioning and checking learning for adult learning tutors through the Teaching and Learning Academy, followed by developmental observations.",
                 lead_raw="Teaching and Learning Lead\nHead of Adult and Community Learning",
                 lead=["Teaching and Learning Lead", "Head of Adult and Community Learning"],
                 target=D(2024, 12, 20), revised=D(2025, 3, 31), end="2025-03",
                 measure="All adult tutors complete CPD; 85% of developmental observations show effective checking of learning.",
                 update="CPD delivered to 31 of 44 tutors; remaining sessions moved to February because of sessional staff availability.",
                 prev="Green", cur="Amber", status="amber"),
        ],
    },
    {
        "theme": "Theme 2: Apprenticeships",
        "afi": "Leaders and managers should ensure that apprentices' off-the-job training is planned and coordinated with employers so that apprentices develop the new knowledge, skills and behaviours they need at work.",
        "rows": [
            dict(ref="2.1",
                 action="Hold tripartite progress reviews every 10 weeks for all apprentices, with employer input recorded on the e-portfolio.",
                 lead_raw="Director of Apprenticeships", lead=["Director of Apprenticeships"],
                 target=D(2024, 9, 30), revised=None, end="2024-09",
                 measure="95% of progress reviews completed on time with employer comments.",
                 update="On-time reviews 91% in December, up from 72% at inspection.",
                 prev="Green", cur="Green", status="green"),
            dict(ref="2.2",
                 action="Agree an individual off-the-job training plan with each employer at sign-up and review it at each progress review.",
                 lead_raw="Apprenticeship Operations Manager & Employer Engagement Manager",
                 lead=["Apprenticeship Operations Manager", "Employer Engagement Manager"],
                 target=D(2024, 11, 29), revised=D(2025, 2, 28), end="2025-02",
                 measure="Every apprentice has an agreed off-the-job plan signed by the employer.",
                 update="Plans in place for new starters; 64% of continuing apprentices complete.",
                 prev="Amber", cur="Amber", status="amber"),
            dict(ref="2.3",
                 action="Monitor off-the-job hours monthly and escalate apprentices below 80% of planned hours to the curriculum manager.",
                 lead_raw="Director of Apprenticeships", lead=["Director of Apprenticeships"],
                 target=D(2024, 10, 31), revised=None, end="2024-10",
                 measure="No apprentice below 80% of planned hours for more than two consecutive months.",
                 update="Monthly report now produced from the e-portfolio; escalations logged.",
                 prev="Red", cur="Green", status="green"),
        ],
    },
    {
        "theme": "Theme 3: Leadership and management",
        "afi": "Governors should receive more precise information about the quality of apprenticeships so that they can hold leaders to account for improvements.",
        "rows": [
            dict(ref="3.1",
                 action="Add an apprenticeship quality dashboard (achievement, withdrawals, breaks in learning, off-the-job hours) to each Quality, Curriculum and Standards Committee agenda.",
                 lead_raw="Vice Principal, Quality and Curriculum", lead=["Vice Principal, Quality and Curriculum"],
                 target=D(2024, 7, 12), revised=None, end="2024-07",
                 measure="Dashboard presented at every committee meeting from June 2024.",
                 update="Dashboard presented June, October and December 2024.",
                 prev="Blue", cur="Blue", status="blue"),
            dict(ref="3.2",
                 action="Appoint a link governor for apprenticeships and arrange termly learning walks with employers.",
                 lead_raw="Clerk to the Corporation", lead=["Clerk to the Corporation"],
                 target=D(2024, 9, 30), revised=None, end="2024-09",
                 measure="Link governor appointed; learning walk notes reported to committee.",
                 update="Link governor appointed July 2024; first learning walk 14 November 2024.",
                 prev="Green", cur="Blue", status="blue"),
        ],
    },
    {
        "theme": "Theme 4: English and mathematics",
        "afi": "Leaders should improve attendance at English and mathematics lessons for students on study programmes who are resitting GCSE qualifications.",
        "rows": [
            dict(ref="4.1",
                 action="Introduce same-day calling for absence from English and mathematics resit lessons, carried out by student progress coaches.",
                 lead_raw="Head of English & Maths", lead=["Head of English & Maths"],
                 target=D(2024, 10, 31), revised=D(2025, 1, 31), end="2025-01",
                 measure="Attendance at GCSE resit lessons at or above 85%.",
                 update="Attendance 78% in autumn term; progress coach vacancies filled in January.",
                 prev="Amber", cur="Red", status="red"),
        ],
    },
]


def make_highbury():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = HIGHBURY_TITLE
    cover["A1"].font = Font(bold=True, size=14)
    rows = [("Inspection dates", "5–8 March 2024"),
            ("Overall effectiveness", "Good"),
            ("Apprenticeships", "Requires improvement"),
            ("Plan owner", "Vice Principal, Quality and Curriculum"),
            ("Governor oversight", "Quality, Curriculum and Standards Committee"),
            ("Version", "v4 – January 2025 update")]
    for i, (a, b) in enumerate(rows, start=3):
        cover.cell(row=i, column=1, value=a).font = Font(bold=True)
        cover.cell(row=i, column=2, value=b)
    cover["A10"] = "RAG key"
    cover["A10"].font = Font(bold=True)
    for i, (word, meaning, colour) in enumerate([("Blue", "Action complete and impact evidenced", "blue"),
                                                 ("Green", "On track to meet target date", "green"),
                                                 ("Amber", "Some slippage – revised date agreed", "amber"),
                                                 ("Red", "Off track / at risk", "red")], start=11):
        c = cover.cell(row=i, column=1, value=word)
        xl_fill(c, colour)
        cover.cell(row=i, column=2, value=meaning)
    cover.column_dimensions["A"].width = 24
    cover.column_dimensions["B"].width = 50

    summ = wb.create_sheet("Summary")
    summ["A1"] = "PIAP summary – January 2025"
    summ["A1"].font = Font(bold=True, size=12)
    summ["A3"] = "Current RAG"
    summ["B3"] = "Number of actions"
    summ["A3"].font = summ["B3"].font = Font(bold=True)
    counts = {}
    for th in HIGHBURY:
        for r in th["rows"]:
            counts[r["cur"]] = counts.get(r["cur"], 0) + 1
    row = 4
    for word, colour in [("Blue", "blue"), ("Green", "green"), ("Amber", "amber"), ("Red", "red")]:
        c = summ.cell(row=row, column=1, value=word)
        xl_fill(c, colour)
        summ.cell(row=row, column=2, value=counts.get(word, 0))
        row += 1
    summ.cell(row=row, column=1, value="Total").font = Font(bold=True)
    summ.cell(row=row, column=2, value=sum(counts.values())).font = Font(bold=True)

    ws = wb.create_sheet("PIAP")
    ws["A1"] = HIGHBURY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Progress update for the Quality, Curriculum and Standards Committee – 21 January 2025"
    ws.merge_cells("A2:J2")
    headers = ["Ref", "Area for improvement (Ofsted, March 2024)", "Action", "Responsible", "Target date",
               "Revised date", "Success measure", "Progress update (January 2025)", "Previous RAG (Oct 24)",
               "Current RAG (Jan 25)"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        xl_fill(c, "navy")
        c.alignment = WRAP
    r = 5
    for th in HIGHBURY:
        c = ws.cell(row=r, column=1, value=th["theme"])
        c.font = Font(bold=True)
        for col in range(1, 11):
            xl_fill(ws.cell(row=r, column=col), "theme")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        first = r
        for a in th["rows"]:
            ws.cell(row=r, column=1, value=a["ref"])
            ws.cell(row=r, column=3, value=a["action"])
            ws.cell(row=r, column=4, value=a["lead_raw"])
            tc = ws.cell(row=r, column=5, value=a["target"])
            tc.number_format = "dd/mm/yyyy"
            if a["revised"] is not None:
                rc = ws.cell(row=r, column=6, value=a["revised"])
                rc.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7, value=a["measure"])
            ws.cell(row=r, column=8, value=a["update"])
            pc = ws.cell(row=r, column=9, value=a["prev"])
            xl_fill(pc, a["prev"].lower())
            cc = ws.cell(row=r, column=10, value=a["cur"])
            xl_fill(cc, a["cur"].lower())
            for col in range(1, 11):
                ws.cell(row=r, column=col).alignment = WRAP
            r += 1
        ws.cell(row=first, column=2, value=th["afi"]).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Target dates are the original dates agreed by the Corporation in April 2024; revised dates have been approved by the Quality, Curriculum and Standards Committee. Completed actions stay on the plan until their impact is evidenced.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    widths = [7, 40, 45, 28, 12, 12, 35, 40, 12, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    wb.save(os.path.join(HERE, HIGHBURY_NAME))


# ---------------------------------------------------------------------------
# 3. Durham University - apprenticeships PIAP (csv)
# ---------------------------------------------------------------------------

DURHAM_NAME = "lt1-durham-university-ofsted-apprenticeships-piap.csv"
DURHAM_TITLE = "Durham University – Apprenticeships Post-Inspection Action Plan"
DURHAM = [
    {
        "theme": "Curriculum and feedback",
        "afi": "Leaders should ensure that apprentices on the senior leader (level 7) apprenticeship receive timely and developmental feedback on their assessed work, so that they know how to improve.",
        "rows": [
            dict(ref="A1.1",
                 action="Set a maximum 15 working-day turnaround for feedback on formative assignments and monitor compliance monthly.",
                 lead_raw="Head of Apprenticeship Delivery", lead=["Head of Apprenticeship Delivery"],
                 end_raw="31/10/2024", end="2024-10", status_raw="Complete", status="blue",
                 update="Turnaround compliance 94% in the autumn term; now monitored through the monthly quality meeting."),
            dict(ref="A1.2",
                 action="Introduce a feedback rubric for all level 7 modules that links comments to the knowledge, skills and behaviours in the apprenticeship standard.",
                 lead_raw="Programme Director (Senior Leader MBA)", lead=["Programme Director (Senior Leader MBA)"],
                 end_raw="Jan-25", end="2025-01", status_raw="On track", status="green",
                 update="Rubric drafted for four of six modules."),
            dict(ref="A1.3",
                 action="Moderate a sample of 10% of feedback each term:\n- checked by a second marker\n- findings reported to the Apprenticeship Quality Board",
                 lead_raw="Apprenticeships Quality Manager", lead=["Apprenticeships Quality Manager"],
                 end_raw="Termly", end=None, end_text="Termly", status_raw="On track", status="green",
                 update="First moderation completed December 2024."),
        ],
    },
    {
        "theme": "Employer involvement",
        "afi": "Leaders should work with employers to ensure that all apprentices are given sufficient time to complete their off-the-job training during their working hours.",
        "rows": [
            dict(ref="A2.1",
                 action="Revise the commitment statement to set out planned off-the-job hours by month and have it signed by the line manager at each progress review.",
                 lead_raw="Employer Partnerships Manager; Head of Apprenticeship Delivery",
                 lead=["Employer Partnerships Manager", "Head of Apprenticeship Delivery"],
                 end_raw="28/02/2025", end="2025-02", status_raw="At risk", status="amber",
                 update="Revised template approved; 40% of employers have re-signed so far."),
            dict(ref="A2.2",
                 action="Run briefing webinars for line managers on off-the-job training requirements at the start of each cohort.",
                 lead_raw="Employer Partnerships Manager", lead=["Employer Partnerships Manager"],
                 end_raw="31/03/2025", end="2025-03", status_raw="Not started", status="unrated",
                 update="First webinar scheduled for 5 March 2025."),
        ],
    },
    {
        "theme": "Safeguarding and Prevent",
        "afi": "Leaders should make sure that apprentices develop a deeper understanding of the risks of radicalisation and extremism relevant to their workplaces and local area.",
        "rows": [
            dict(ref="A3.1",
                 action="Embed a Prevent and British values session into each programme induction and revisit it at the second progress review.",
                 lead_raw="Designated Safeguarding Lead", lead=["Designated Safeguarding Lead"],
                 end_raw="30/09/2024", end="2024-09", status_raw="Complete", status="blue",
                 update="Session in place for the September 2024 and January 2025 cohorts."),
            dict(ref="A3.2",
                 action="Publish a monthly safeguarding and Prevent bulletin for apprentices with regional and sector-specific case studies.",
                 lead_raw="Hartley, Louise", lead=["Hartley, Louise"],
                 end_raw="Ongoing", end=None, end_text="Ongoing", status_raw="On track", status="green",
                 update="Bulletins issued October, November, December and January."),
            dict(ref="A3.3",
                 action="Add Prevent questions to the progress review template so that coaches check apprentices' understanding at every review.",
                 lead_raw="L Hartley & D Mensah", lead=["L Hartley", "D Mensah"],
                 end_raw="Dec 2024", end="2024-12", status_raw="Off track", status="red",
                 update="Template change held up by the e-portfolio supplier; escalated to the Apprenticeship Quality Board."),
        ],
    },
]


def make_durham():
    ncol = 8
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")

    def line(text):
        w.writerow([text] + [""] * (ncol - 1))

    line(DURHAM_TITLE)
    line("Durham University Business School and Department of Computer Science. Ofsted inspection 11–14 June 2024 (report published 24 July 2024). Overall effectiveness: Good")
    line("Exported from the Apprenticeship Quality Tracker on 07/02/2025")
    w.writerow([""] * ncol)
    w.writerow(["Ref", "Theme", "Area for improvement", "Action", "Owner", "Due date", "Status", "Latest update"])
    for th in DURHAM:
        for i, a in enumerate(th["rows"]):
            w.writerow([a["ref"], th["theme"] if i == 0 else "", th["afi"] if i == 0 else "",
                        a["action"], a["lead_raw"], a["end_raw"], a["status_raw"], a["update"]])
    w.writerow([""] * ncol)
    line("Status key: Complete = blue; On track = green; At risk = amber; Off track = red; Not started = not yet rated")
    line("Areas for improvement are quoted from the Ofsted inspection report.")
    with open(os.path.join(HERE, DURHAM_NAME), "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# 4. Mid and South Essex NHSFT - CQC must do / should do (xlsx)
# ---------------------------------------------------------------------------

MSE_NAME = "lt1-mid-and-south-essex-nhsft-cqc-must-should-do-action-plan.xlsx"
MSE_TITLE = "Mid and South Essex NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
MSE = [
    {
        "section": "Key question: Safe",
        "reqs": [
            {
                "req": "MD1 – Regulation 12 Safe care and treatment: The trust must ensure that patient risk assessments, including for falls, pressure ulcers and malnutrition, are completed accurately and updated in line with trust policy.",
                "rows": [
                    dict(ref="MD1.1",
                         action="Relaunch the Fundamentals of Care audit on every medical ward, with weekly results reviewed by the matron and monthly at the site Nursing and Midwifery Board.",
                         lead_raw="Deputy Chief Nurse / Site Directors of Nursing",
                         lead=["Deputy Chief Nurse", "Site Directors of Nursing"],
                         site="All sites", orig=D(2023, 6, 30), revised=None, end="2023-06",
                         evidence="Audit results May–October 2023; NMB minutes",
                         update="Compliance above 90% on 41 of 44 medical wards in October.",
                         fill="blue", status="blue"),
                    dict(ref="MD1.2",
                         action="Roll out the electronic risk assessment bundle in Nervecentre so that overdue reassessments show on the ward dashboard.",
                         lead_raw="Chief Nursing Information Officer", lead=["Chief Nursing Information Officer"],
                         site="All sites", orig=D(2023, 9, 30), revised=D(2023, 12, 31), end="2023-12",
                         evidence="Go-live reports; dashboard screenshots",
                         update="Live at Southend and Broomfield; Basildon go-live 4 December.",
                         fill="green", status="green"),
                ],
            },
            {
                "req": "MD3 – Regulation 15 Premises and equipment: The trust must ensure that equipment is cleaned, serviced and maintained, and that the estates backlog on medical wards is addressed.",
                "rows": [
                    dict(ref="MD3.1",
                         action="Complete a full asset audit of medical devices on medical wards and book all overdue planned preventative maintenance.",
                         lead_raw="Head of Clinical Engineering", lead=["Head of Clinical Engineering"],
                         site="All sites", orig=D(2023, 7, 31), revised=D(2023, 11, 30), end="2023-11",
                         evidence="Asset register extract; PPM schedule",
                         update="Audit complete; 212 of 260 overdue PPM jobs closed.",
                         fill="amber", status="amber"),
                    dict(ref="MD3.2",
                         action="Agree a prioritised estates backlog programme for medical wards with the Estates and Facilities Board.",
                         lead_raw="Associate Director of Estates & Facilities", lead=["Associate Director of Estates & Facilities"],
                         site="Basildon", orig=D(2023, 9, 30), revised=None, end="2023-09",
                         evidence="Estates and Facilities Board paper",
                         update="Programme not yet agreed because capital allocation is pending; escalated to the Finance and Performance Committee.",
                         fill="red", status="red"),
                ],
            },
            {
                "req": "MD4 – Regulation 18 Staffing: The trust must ensure that staff complete mandatory training, including basic life support and safeguarding, in line with trust targets.",
                "rows": [
                    dict(ref="MD4.1",
                         action="Set ward-level trajectories for mandatory training compliance and review them at divisional performance meetings.",
                         lead_raw="Divisional Directors of Nursing (Medicine)", lead=["Divisional Directors of Nursing (Medicine)"],
                         site="All sites", orig=D(2023, 10, 31), revised=None, end="2023-10",
                         evidence="Divisional performance packs",
                         update="Compliance 86% against a 90% target; trajectories agreed for every ward.",
                         fill="green", status="green"),
                ],
            },
            {
                "req": "SD1 – The trust should ensure that call bells are within reach of patients and answered promptly.",
                "rows": [
                    dict(ref="SD1.1",
                         action="Add call bell checks to the hourly intentional rounding record and to the monthly Fundamentals of Care audit.",
                         lead_raw="Matrons – Medicine", lead=["Matrons – Medicine"],
                         site="All sites", orig=D(2023, 6, 30), revised=None, end="2023-06",
                         evidence="Revised rounding chart; audit results",
                         update="Call bell within reach in 97% of observations in October.",
                         fill="blue", status="blue"),
                ],
            },
        ],
    },
    {
        "section": "Key question: Effective",
        "reqs": [
            {
                "req": "MD2 – Regulation 14 Meeting nutritional and hydration needs: The trust must ensure that patients receive the support they need to eat and drink, and that food and fluid charts are completed accurately.",
                "rows": [
                    dict(ref="MD2.1",
                         action="Introduce protected mealtimes and a red tray and red jug system on all medical wards.",
                         lead_raw="Head of Nutrition and Dietetics", lead=["Head of Nutrition and Dietetics"],
                         site="All sites", orig=D(2023, 5, 15), revised=None, end="2023-05",
                         evidence="Nutrition Charter; mealtime observation audits",
                         update="In place on all medical wards since May 2023.",
                         fill="blue", status="blue"),
                    dict(ref="MD2.2",
                         action="Recruit and train volunteer mealtime buddies for each medical ward.",
                         lead_raw="Head of Voluntary Services & Site Lead Nurses",
                         lead=["Head of Voluntary Services", "Site Lead Nurses"],
                         site="Broomfield; Southend", orig=D(2023, 8, 31), revised=D(2024, 1, 31), end="2024-01",
                         evidence="Volunteer rota",
                         update="38 buddies trained; recruitment continuing for weekend cover.",
                         fill="amber", status="amber"),
                ],
            },
        ],
    },
    {
        "section": "Key question: Caring",
        "reqs": [
            {
                "req": "SD2 – The trust should ensure that patients' privacy and dignity are maintained when they are cared for in escalation areas.",
                "rows": [
                    dict(ref="SD2.1",
                         action="Review the use of escalation spaces and agree a standard operating procedure with a privacy and dignity checklist.",
                         lead_raw="Chief Operating Officer", lead=["Chief Operating Officer"],
                         site="All sites", orig=D(2023, 12, 31), revised=None, end="2023-12",
                         evidence="Draft SOP",
                         update="SOP in consultation; due to Executive Committee in December.",
                         fill="green", status="green"),
                ],
            },
        ],
    },
]


def make_mse():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = MSE_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Medical care inspection, January–February 2023: summary of progress"
    hdr = ["Category", "Total actions", "Blue", "Green", "Amber", "Red"]
    for i, h in enumerate(hdr, start=1):
        s.cell(row=4, column=i, value=h).font = Font(bold=True)
    tallies = {"Must do": {}, "Should do": {}}
    for sec in MSE:
        for rq in sec["reqs"]:
            cat = "Must do" if rq["req"].startswith("MD") else "Should do"
            for a in rq["rows"]:
                tallies[cat][a["status"]] = tallies[cat].get(a["status"], 0) + 1
    row = 5
    tot = {}
    for cat in ["Must do", "Should do"]:
        t = tallies[cat]
        vals = [cat, sum(t.values())] + [t.get(k, 0) for k in ["blue", "green", "amber", "red"]]
        for i, v in enumerate(vals, start=1):
            s.cell(row=row, column=i, value=v)
        for k, v in t.items():
            tot[k] = tot.get(k, 0) + v
        row += 1
    vals = ["Total", sum(tot.values())] + [tot.get(k, 0) for k in ["blue", "green", "amber", "red"]]
    for i, v in enumerate(vals, start=1):
        s.cell(row=row, column=i, value=v).font = Font(bold=True)
    s.cell(row=row + 2, column=1, value="Position as at 31 October 2023. Reported to the Quality Committee on 23 November 2023.")
    s.column_dimensions["A"].width = 16

    ws = wb.create_sheet("Action plan")
    ws["A1"] = MSE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Core service: Medical care (including older people's care) – Basildon University Hospital, Broomfield Hospital and Southend University Hospital"
    ws.merge_cells("A2:I2")
    ws["A3"] = "Executive lead: Chief Nursing Officer | Position as at 31 October 2023"
    ws.merge_cells("A3:I3")
    ws["A4"] = "BRAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (txt, colour) in enumerate([("Complete and assured", "blue"), ("On track", "green"),
                                         ("At risk of missing date", "amber"), ("Overdue", "red")], start=2):
        c = ws.cell(row=4, column=col, value=txt)
        xl_fill(c, colour)
    headers = ["Ref", "Action", "Lead(s)", "Site", "Original completion date", "Revised completion date",
               "Evidence / assurance", "Progress update", "BRAG"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        xl_fill(c, "navy")
        c.alignment = WRAP
    r = 7
    for sec in MSE:
        c = ws.cell(row=r, column=1, value=sec["section"])
        c.font = Font(bold=True, color="FFFFFF")
        for col in range(1, 10):
            xl_fill(ws.cell(row=r, column=col), "navy")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rq in sec["reqs"]:
            c = ws.cell(row=r, column=1, value=rq["req"])
            c.font = Font(bold=True)
            c.alignment = WRAP
            for col in range(1, 10):
                xl_fill(ws.cell(row=r, column=col), "grey")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.row_dimensions[r].height = 32
            r += 1
            for a in rq["rows"]:
                ws.cell(row=r, column=1, value=a["ref"])
                ws.cell(row=r, column=2, value=a["action"])
                ws.cell(row=r, column=3, value=a["lead_raw"])
                ws.cell(row=r, column=4, value=a["site"])
                oc = ws.cell(row=r, column=5, value=a["orig"])
                oc.number_format = "dd/mm/yyyy"
                if a["revised"] is not None:
                    rc = ws.cell(row=r, column=6, value=a["revised"])
                    rc.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7, value=a["evidence"])
                ws.cell(row=r, column=8, value=a["update"])
                xl_fill(ws.cell(row=r, column=9), a["fill"])
                for col in range(1, 10):
                    ws.cell(row=r, column=col).alignment = WRAP
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: Revised completion dates were approved at the CQC Improvement Oversight Group on 10 October 2023. BRAG is shown by cell colour only.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for col, w in zip("ABCDEFGHI", [9, 48, 30, 16, 13, 13, 28, 40, 8]):
        ws.column_dimensions[col].width = w

    log = wb.create_sheet("Change log")
    log["A1"] = "Date"
    log["B1"] = "Change"
    log["A1"].font = log["B1"].font = Font(bold=True)
    for i, (d, ch) in enumerate([(D(2023, 6, 20), "Action plan submitted to CQC"),
                                 (D(2023, 10, 10), "Revised dates for MD1.2, MD2.2 and MD3.1 approved at CQC Improvement Oversight Group"),
                                 (D(2023, 10, 31), "October position added")], start=2):
        c = log.cell(row=i, column=1, value=d)
        c.number_format = "dd/mm/yyyy"
        log.cell(row=i, column=2, value=ch)
    log.column_dimensions["A"].width = 12
    log.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, MSE_NAME))


# ---------------------------------------------------------------------------
# 5. Narrowcliff Surgery - CQC inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------

NARROWCLIFF_NAME = "lt1-narrowcliff-surgery-cqc-inspection-action-plan.txt"
NARROWCLIFF_TITLE = "Narrowcliff Surgery – Action plan following CQC inspection"
NARROWCLIFF = [
    {
        "heading": "Requirement notice 1 – Regulation 12: Safe care and treatment",
        "req": "The provider must ensure care and treatment is provided in a safe way for service users.",
        "rows": [
            dict(ref="1",
                 action="Complete a clinical search for all patients prescribed DMARDs and make sure required blood monitoring is up to date before repeat prescriptions are issued.",
                 lead_raw="Dr Penrose/Dr Hicks", lead=["Dr Penrose", "Dr Hicks"],
                 end_raw="31/01/2025", end="2025-01", status_raw="Complete", status="blue",
                 update="Search completed 20/12/2024; 11 patients recalled and now monitored."),
            dict(ref="2",
                 action="Introduce a monthly medicines safety search (high-risk drugs and MHRA alerts) with results logged and reviewed at the clinical meeting.",
                 lead_raw="Clinical Pharmacist", lead=["Clinical Pharmacist"],
                 end_raw="Monthly", end=None, end_text="Monthly", status_raw="On track", status="green",
                 update="Searches completed in December and January."),
            dict(ref="3",
                 action="Review all patient safety alerts received since January 2024 and record the action taken for each on the alerts log.",
                 lead_raw="PM", lead=["PM"],
                 end_raw="Feb 2025", end="2025-02", status_raw="On track", status="green",
                 update="Review of 2024 alerts 70% complete."),
        ],
    },
    {
        "heading": "Requirement notice 2 – Regulation 17: Good governance",
        "req": "The provider must establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.",
        "rows": [
            dict(ref="4",
                 action="Bring all staff mandatory training up to date, including safeguarding level 3 for GPs and nurses, and set up a training matrix monitored monthly.",
                 lead_raw="Practice Manager & Nurse Manager", lead=["Practice Manager", "Nurse Manager"],
                 end_raw="31/03/2025", end="2025-03", status_raw="On track", status="green",
                 update="Matrix set up in TeamNet; compliance 86%."),
            dict(ref="5",
                 action="Complete the outstanding actions from the 2024 fire risk assessment and the infection prevention and control audit.",
                 lead_raw="PM", lead=["PM"],
                 end_raw="End of March 2025", end="2025-03", status_raw="Amber", status="amber",
                 update="Fire door works quoted; awaiting landlord approval."),
            dict(ref="6",
                 action="Introduce a governance calendar so that policies are reviewed on schedule and significant events are discussed, with learning shared at the monthly practice meeting.",
                 lead_raw="Dr Trevail (Partner)", lead=["Dr Trevail (Partner)"],
                 end_raw="April 2025", end="2025-04", status_raw="Not started", status="unrated",
                 update=""),
        ],
    },
    {
        "heading": "Areas where the practice should make improvements",
        "req": None,
        "rows": [
            dict(ref="7",
                 action="Continue to improve the uptake of cervical screening, including text reminders and Saturday clinics.",
                 lead_raw="Lead Nurse", lead=["Lead Nurse"],
                 end_raw="Ongoing", end=None, end_text="Ongoing", status_raw="On track", status="green",
                 update="Uptake 73.9% (target 80%)."),
            dict(ref="8",
                 action="Write a carers' policy and update the carers' register.",
                 lead_raw="Carers' Champion (Reception)", lead=["Carers' Champion (Reception)"],
                 end_raw="28/02/2025", end="2025-02", status_raw="Complete", status="blue",
                 update="Policy approved 4 February 2025."),
        ],
    },
]


def make_narrowcliff():
    lines = [
        NARROWCLIFF_TITLE,
        "Inspection: 14 November 2024 (announced comprehensive inspection)\tReport published: 9 January 2025",
        "Overall rating: Requires improvement\tSafe: Requires improvement\tWell-led: Requires improvement",
        "",
    ]
    for sec in NARROWCLIFF:
        lines.append(sec["heading"])
        if sec["req"]:
            lines.append(sec["req"])
        lines.append("No.\tAction\tLead\tTarget date\tStatus\tProgress update")
        for a in sec["rows"]:
            lines.append("\t".join([a["ref"], a["action"], a["lead_raw"], a["end_raw"], a["status_raw"], a["update"]]))
        lines.append("")
    lines.append("Status: Complete / On track / Amber (delayed) / Not started. The plan is reviewed at the monthly partners' meeting.")
    lines.append("Last updated: 03/03/2025 – Tamsin Rowe, Practice Manager")
    with open(os.path.join(HERE, NARROWCLIFF_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 6. Nightingale Hospital London - CQC mental health must do / should do (docx)
# ---------------------------------------------------------------------------

NIGHTINGALE_NAME = "lt1-nightingale-hospital-london-cqc-mental-health-must-should-do-action-plan.docx"
NIGHTINGALE_TITLE = "Nightingale Hospital London – CQC Must Do and Should Do Action Plan"
NIGHTINGALE = [
    {
        "heading": "1. Acute wards for adults of working age",
        "groups": [
            {
                "finding": "MD1: The provider must ensure that ligature risk assessments for each ward are reviewed and updated after environmental changes, and that all staff know the agreed mitigations.",
                "rows": [
                    dict(ref="1.1",
                         action="Review and reissue the ligature risk assessment for each adult ward, with the mitigations discussed at every handover for four weeks.",
                         lead_raw="Head of Nursing, Adult Services", lead=["Head of Nursing, Adult Services"],
                         end_raw="Jul 2024", end="2024-07", status_raw="Blue", status="blue"),
                    dict(ref="1.2",
                         action="Add ligature mitigation questions to the monthly environmental audit and report the results to the Clinical Governance Committee.",
                         lead_raw="Estates Manager and Patient Safety Lead", lead=["Estates Manager", "Patient Safety Lead"],
                         end_raw="30/09/2024", end="2024-09", status_raw="Blue", status="blue"),
                ],
            },
            {
                "finding": "SD1: The provider should ensure that patients have access to a range of therapeutic activities at weekends.",
                "rows": [
                    dict(ref="1.3",
                         action="Introduce a weekend activity timetable delivered by occupational therapy assistants and reviewed at the patients' community meeting.",
                         lead_raw="Ward Managers and Lead Occupational Therapist", lead=["Ward Managers", "Lead Occupational Therapist"],
                         end_raw="Q4 2024/25", end="2025-03", end_text="Q4 2024/25", status_raw="Green", status="green"),
                ],
            },
        ],
    },
    {
        "heading": "2. Child and adolescent mental health wards",
        "groups": [
            {
                "finding": "MD2: The provider must ensure that restrictive interventions, including restraint, are recorded accurately and reviewed in line with policy.",
                "rows": [
                    dict(ref="2.1",
                         action="Audit every episode of restraint on the adolescent unit against the reducing restrictive practice standards and feed back to the ward team.",
                         lead_raw="Head of Nursing, CAMHS", lead=["Head of Nursing, CAMHS"],
                         end_raw="Monthly", end=None, end_text="Monthly", status_raw="Green", status="green"),
                    dict(ref="2.2",
                         action="Deliver updated PMVA refresher training, including recording requirements, to all adolescent unit staff.",
                         lead_raw="Training Lead; Ward Manager (Adolescent Unit)",
                         lead=["Training Lead", "Ward Manager (Adolescent Unit)"],
                         end_raw="Feb 2025", end="2025-02", status_raw="Amber", status="amber"),
                ],
            },
            {
                "finding": "SD2: The provider should ensure that young people's education sessions are not cancelled because of staff shortages.",
                "rows": [
                    dict(ref="2.3",
                         action="Agree cover arrangements with the hospital school so that education sessions go ahead when teaching staff are absent.",
                         lead_raw="Head Teacher (Hospital School)", lead=["Head Teacher (Hospital School)"],
                         end_raw="31/12/2024", end="2024-12", status_raw="Red", status="red"),
                ],
            },
        ],
    },
    {
        "heading": "3. Substance misuse services",
        "groups": [
            {
                "finding": "MD3: The provider must ensure that patients undergoing medically assisted withdrawal have their physical observations completed and recorded at the frequency set out in their care plan.",
                "rows": [
                    dict(ref="3.1",
                         action="Introduce an electronic withdrawal observation chart (CIWA-Ar and NEWS2) with alerts for missed observations.",
                         lead_raw="Addictions Clinical Lead", lead=["Addictions Clinical Lead"],
                         end_raw="Dec 2024", end="2024-12", status_raw="Blue", status="blue"),
                ],
            },
            {
                "finding": "SD3: The provider should ensure that discharge plans include follow-up arrangements with community substance misuse services.",
                "rows": [
                    dict(ref="3.2",
                         action="Review every addictions discharge at the weekly multidisciplinary meeting to confirm that community follow-up is in place.",
                         lead_raw="Consultant Psychiatrist – Addiction Services", lead=["Consultant Psychiatrist – Addiction Services"],
                         end_raw="Ongoing", end=None, end_text="Ongoing", status_raw="Green", status="green"),
                    dict(ref="3.3",
                         action="Agree referral pathways with the community drug and alcohol services in Westminster and Camden.",
                         lead_raw="Director of Clinical Services / Addictions Programme Manager",
                         lead=["Director of Clinical Services", "Addictions Programme Manager"],
                         end_raw="March 2025", end="2025-03", status_raw="Green", status="green"),
                ],
            },
        ],
    },
]


def make_nightingale():
    doc = Document()
    doc.add_paragraph(NIGHTINGALE_TITLE, style="Title")
    doc.add_paragraph("Inspection of acute wards for adults of working age, child and adolescent mental health wards and substance misuse services, March 2024 (report published 14 June 2024)")
    doc.add_paragraph("Accountable lead: Hospital Director   Oversight: Clinical Governance Committee and Medical Advisory Committee   Position at: 31 January 2025")

    doc.add_paragraph("Version control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comments"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("1.0", "12/07/2024", "Quality and Compliance Manager", "Action plan returned to CQC"),
                ("1.3", "31/01/2025", "Quality and Compliance Manager", "January 2025 progress update")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_paragraph("Status key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning, colour in [("Blue", "Complete – evidence held and shared with CQC", "blue"),
                                  ("Green", "On track", "green"),
                                  ("Amber", "Delayed – revised date agreed", "amber"),
                                  ("Red", "Off track – escalated to Hospital Director", "red")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], FILL[colour])
        set_cell(cells[1], meaning)

    headers = ["No.", "CQC finding (Must do / Should do)", "Action", "Lead", "Due", "Status"]
    for svc in NIGHTINGALE:
        doc.add_paragraph(svc["heading"], style="Heading 1")
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_cell(t.cell(0, i), h, bold=True)
            shade(t.cell(0, i), FILL["grey"])
        for grp in svc["groups"]:
            first_idx = len(t.rows)
            for a in grp["rows"]:
                cells = t.add_row().cells
                set_cell(cells[0], a["ref"])
                set_cell(cells[2], a["action"])
                set_cell(cells[3], a["lead_raw"])
                set_cell(cells[4], a["end_raw"])
                set_cell(cells[5], a["status_raw"])
                shade(cells[5], FILL[a["status"]])
            last_idx = len(t.rows) - 1
            merged = t.cell(first_idx, 1)
            if last_idx > first_idx:
                merged = merged.merge(t.cell(last_idx, 1))
            set_cell(merged, grp["finding"])
        doc.add_paragraph("")
    doc.add_paragraph("Next review: Clinical Governance Committee, March 2025.")
    doc.save(os.path.join(HERE, NIGHTINGALE_NAME))


# ---------------------------------------------------------------------------
# 7. IOPC - ARAC internal audit recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------

IOPC_NAME = "lt1-independent-office-for-police-conduct-arac-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
IOPC_TITLE = "IOPC – Internal Audit Recommendations Tracker"
IOPC_TYPO_ROW = 9
IOPC = [
    dict(ref="IA2324-07.1", audit="Case management system data quality (Limited)", priority="High",
         rec="Mandatory fields in the case management system are not consistently completed, which limits the reliability of performance data.",
         action="Introduce system validation on mandatory fields at case closure and run a monthly exception report for each operational directorate.",
         owner="Director of Operations", orig=D(2024, 9, 30), revised=D(2025, 3, 31), status="Complete",
         update="Validation live from the March 2025 release; exception report circulated monthly."),
    dict(ref="IA2324-07.2", audit="Case management system data quality (Limited)", priority="Medium",
         rec="Roles and responsibilities for data quality are not documented.",
         action="Publish a data quality policy setting out the responsibilities of case owners, team leaders and the Performance team.",
         owner="Head of Performance and Insight", orig=D(2024, 12, 31), revised=D(2025, 6, 30), status="In progress – on track",
         update="Draft policy at Executive Leadership Team on 3 June 2025."),
    dict(ref="IA2324-07.3", audit="Case management system data quality (Limited)", priority="Medium",
         rec="Case handlers have not received training on data quality standards since the system upgrade.",
         action="Deliver data quality training to all case handlers and record completion on the learning platform.",
         owner="Head of Learning and Development", orig=D(2024, 12, 31), revised="Sept 2025", status="Overdue",
         update="E-learning module built; launch delayed by the platform migration."),
    dict(ref="IA2425-02.1", audit="Information governance and records management (Moderate)", priority="Medium",
         rec="The records retention and disposal schedule has not been reviewed since 2021.",
         action="Review and republish the records retention and disposal schedule.",
         owner="Data Protection Officer", orig=D(2025, 3, 31), revised=None, status="Complete",
         update="Schedule republished on the intranet 26 March 2025."),
    dict(ref="IA2425-02.2", audit="Information governance and records management (Moderate)", priority="Low",
         rec="Legacy shared drives hold records beyond their retention period.",
         action="Complete a records clean-up of the legacy shared drives ahead of migration to SharePoint Online.",
         owner="Head of Knowledge and Information Management", orig=D(2025, 9, 30), revised="Febuary 2026", status="In progress – at risk",
         update="Migration timetable moved by Digital Services; clean-up re-planned."),
    dict(ref="IA2425-05.1", audit="Estates and hybrid working (Moderate)", priority="Medium",
         rec="Occupancy data is not used to inform decisions on the office estate.",
         action="Report desk-booking and occupancy data to the Estates Board each quarter.",
         owner="Head of Estates", orig=D(2025, 6, 30), revised=None, status="Not started",
         update="First report due to the July Estates Board."),
    dict(ref="IA2425-05.2", audit="Estates and hybrid working (Moderate)", priority="Low",
         rec="The hybrid working policy does not reflect the current office attendance expectation.",
         action="Update the hybrid working policy to reflect the 60% office attendance expectation.",
         owner="HR Director; Head of Estates", orig=D(2025, 5, 31), revised=None, status="In progress – on track",
         update="Consultation with trade unions under way."),
    dict(ref="IA2425-09.1", audit="Payroll and expenses (Substantial)", priority="Low",
         rec="A small number of expense claims were approved later than the policy requires.",
         action="Remind budget holders each quarter of the requirement to approve expense claims within 10 working days.",
         owner="Head of Finance", orig=D(2025, 4, 30), revised=None, status="Complete",
         update="Reminder issued in April; approval times monitored in the monthly finance report."),
]


def make_iopc():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = IOPC_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Independent Office for Police Conduct – Audit and Risk Assurance Committee, 20 May 2025"
    s["A3"] = "Agenda item 7: implementation of internal audit recommendations (Government Internal Audit Agency)"
    for i, h in enumerate(["Audit", "Assurance", "Open recommendations", "Overdue"], start=1):
        s.cell(row=5, column=i, value=h).font = Font(bold=True)
    audits = {}
    for a in IOPC:
        name, rating = a["audit"].rsplit(" (", 1)
        rec = audits.setdefault(name, [rating.rstrip(")"), 0, 0])
        if a["status"] != "Complete":
            rec[1] += 1
        if a["status"] == "Overdue":
            rec[2] += 1
    row = 6
    for name, (rating, n_open, n_over) in audits.items():
        for i, v in enumerate([name, rating, n_open, n_over], start=1):
            s.cell(row=row, column=i, value=v)
        row += 1
    s.cell(row=row, column=1, value="Total").font = Font(bold=True)
    s.cell(row=row, column=3, value=sum(v[1] for v in audits.values())).font = Font(bold=True)
    s.cell(row=row, column=4, value=sum(v[2] for v in audits.values())).font = Font(bold=True)
    s.column_dimensions["A"].width = 50

    ws = wb.create_sheet("Tracker")
    ws["A1"] = IOPC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position at 30 April 2025. Recommendations closed since the last meeting are shaded blue and will be removed from the next report."
    ws.merge_cells("A2:J2")
    headers = ["Rec ref", "Audit (assurance)", "Priority", "Recommendation", "Agreed management action",
               "Action owner", "Original target date", "Revised target date", "Status", "Update for ARAC"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        xl_fill(c, "grey")
        c.alignment = WRAP
    r = 5
    for a in IOPC:
        vals = [a["ref"], a["audit"], a["priority"], a["rec"], a["action"], a["owner"], a["orig"],
                a["revised"], a["status"], a["update"]]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if a["status"] == "Complete":
            for col in range(1, 11):
                xl_fill(ws.cell(row=r, column=col), "blue")
        r += 1
    assert ws.cell(row=IOPC_TYPO_ROW, column=8).value == "Febuary 2026"
    ws.cell(row=r + 1, column=1, value="Priority: High – fundamental control weakness; Medium – significant; Low – minor improvement.")
    for col, w in zip("ABCDEFGHIJ", [13, 34, 9, 40, 45, 26, 12, 12, 18, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, IOPC_NAME))


def main():
    make_wadebridge()
    make_highbury()
    make_durham()
    make_mse()
    make_narrowcliff()
    make_nightingale()
    make_iopc()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
