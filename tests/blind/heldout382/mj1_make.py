"""Build the seven mj1- blind test files (set heldout382).

Run with /work/main/.venv/bin/python mj1_make.py  (python-docx, openpyxl).
Each plan's content is held in the data structures below; the writer
functions lay them out the way the body would.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "blue": "00B0F0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
}


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a docx cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def xfill(hex_fill):
    return PatternFill(start_color=hex_fill, end_color=hex_fill, fill_type="solid")


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ==========================================================================
# 1. Brixham College - post-Ofsted action plan (docx, table per priority)
# ==========================================================================
BRIXHAM_FILE = "mj1-brixham-college-post-ofsted-action-plan.docx"
BRIXHAM_TITLE = "Brixham College – Post-Ofsted Action Plan 2024–25"
# (heading, recommendation, rows)
# row: ref, action, lead cell, lead list, timescale cell, end, end_text, success, rag cell, status
BRIXHAM = [
    (
        "Priority 1: Curriculum and assessment in key stage 3",
        "In some subjects, leaders have not identified the precise knowledge that pupils should "
        "learn in key stage 3. Leaders should ensure that the curriculum in these subjects sets out "
        "the important knowledge pupils need and the order in which they will learn it.",
        [
            ("1.1",
             "Subject leaders in geography, history, RE and computing to rewrite KS3 curriculum maps "
             "identifying the key knowledge to be learned in each unit.",
             "DHT (Curriculum)", ["DHT (Curriculum)"],
             "Autumn term 2024", "2024-12", None,
             "Revised maps published on the college website; QA shows consistent sequencing across classes.",
             "B", "blue"),
            ("1.2",
             "Trust subject network leads to review the revised maps and give written feedback to each "
             "subject leader.",
             "DHT (Curriculum) / Trust Secondary Director",
             ["DHT (Curriculum)", "Trust Secondary Director"],
             "Spring term 2025", "2025-04", None,
             "Feedback received for all four subjects and acted on.",
             "G", "green"),
            ("1.3",
             "Introduce low-stakes knowledge quizzes at the start of every KS3 lesson in these subjects, "
             "with results recorded on Arbor.\nTeachers to use the outcomes to plan re-teaching.",
             "Assistant Headteacher (Quality of Teaching)",
             ["Assistant Headteacher (Quality of Teaching)"],
             "Summer term 2025", "2025-07", None,
             "Learning walks show quizzes in 90% of lessons; pupils recall prior knowledge securely.",
             "A", "amber"),
        ],
    ),
    (
        "Priority 2: Attendance and behaviour",
        "Too many pupils, including disadvantaged pupils, are persistently absent from school. Leaders "
        "should continue to take effective action to improve the attendance of these pupils so that "
        "they do not miss out on important learning.",
        [
            ("2.1",
             "Appoint a full-time Attendance Officer and introduce first-day calling for all absences.",
             "Headteacher", ["Headteacher"],
             "September 2024", "2024-09", None,
             "Officer in post; first-day calls logged for every absence.",
             "B", "blue"),
            ("2.2",
             "Weekly attendance panel to track every persistently absent pupil, with staged letters and "
             "home visits for pupils below 90%.",
             "Deputy Headteacher (Pastoral); Attendance Officer",
             ["Deputy Headteacher (Pastoral)", "Attendance Officer"],
             "Ongoing", None, "Ongoing",
             "Persistent absence falls from 31% to below 25% by July 2025.",
             "G", "green"),
            ("2.3",
             "Work with the Torbay Education Welfare Service to agree individual plans for pupils whose "
             "attendance is below 50%.",
             "Deputy Headteacher (Pastoral)", ["Deputy Headteacher (Pastoral)"],
             "31/01/2025", "2025-01", None,
             "Every severely absent pupil has a plan reviewed every six weeks.",
             "A", "amber"),
            ("2.4",
             "Review the behaviour policy with staff, pupils and parents and relaunch it with a "
             "consistent ‘Ready, Respectful, Safe’ routine.",
             "AHT (Behaviour)", ["AHT (Behaviour)"],
             "April 2025", "2025-04", None,
             "Suspensions reduce; pupil voice shows pupils feel behaviour is managed fairly.",
             "R", "red"),
        ],
    ),
    (
        "Priority 3: Pupils with special educational needs and/or disabilities",
        "Teachers do not consistently use the information they receive about pupils with special "
        "educational needs and/or disabilities (SEND) to adapt their teaching. Leaders should ensure "
        "that staff have the training and guidance they need to meet these pupils’ needs well.",
        [
            ("3.1",
             "Rewrite pupil passports for all pupils on the SEND register so that each includes no more "
             "than three classroom strategies.",
             "SENDCo", ["SENDCo"],
             "Autumn term 2024", "2024-12", None,
             "All passports updated and shared on Arbor.",
             "B", "blue"),
            ("3.2",
             "Deliver a programme of six INSET and twilight sessions on adaptive teaching for pupils "
             "with SEND.",
             "SENDCo / AHT (Quality of Teaching)", ["SENDCo", "AHT (Quality of Teaching)"],
             "Sept 2024 – March 2025", "2025-03", None,
             "Lesson visits show strategies from passports used in most lessons.",
             "G", "green"),
            ("3.3",
             "Governor responsible for SEND to carry out learning walks focused on adaptation and "
             "report to the LGC.",
             "SEND Governor", ["SEND Governor"],
             "Termly", None, "Termly",
             "Governor reports minuted at each LGC meeting.",
             "G", "green"),
            ("3.4",
             "Commission an external review of SEND provision from the Trust’s Director of Inclusion.",
             "Headteacher", ["Headteacher"],
             "Summer term 2025", "2025-07", None,
             "Review completed; findings added to the 2025–26 improvement plan.",
             "", "unrated"),
        ],
    ),
]

RAG_SHADE_DOCX = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def make_brixham():
    doc = Document()
    t = doc.add_paragraph()
    r = t.add_run(BRIXHAM_TITLE)
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph(
        "Following the section 5 inspection on 5 and 6 March 2024 (overall effectiveness: "
        "Requires improvement)")
    doc.add_paragraph("Part of Education South West Trust")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Document owner", "Headteacher"),
        ("Version", "3.0"),
        ("Last reviewed", "25 March 2025 (Spring 2 review)"),
        ("Next review", "July 2025"),
        ("Approved by", "Local Governing Committee (LGC)"),
    ]):
        set_cell(dc.cell(i, 0), k, bold=True)
        set_cell(dc.cell(i, 1), v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("B", "Complete and impact evidenced"),
        ("G", "On track"),
        ("A", "Some slippage – action being taken"),
        ("R", "Not on track – escalated to LGC"),
    ]):
        set_cell(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), RAG_SHADE_DOCX[k])
        set_cell(key.cell(i, 1), v)

    for heading, rec, rows in BRIXHAM:
        doc.add_heading(heading, level=1)
        tbl = doc.add_table(rows=2 + len(rows), cols=6)
        tbl.style = "Table Grid"
        top = tbl.cell(0, 0).merge(tbl.cell(0, 5))
        set_cell(top, rec, bold=True)
        shade(top, "D9D9D9")
        for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG"]):
            set_cell(tbl.cell(1, j), h, bold=True)
            shade(tbl.cell(1, j), "1F3864")
        for i, row in enumerate(rows, start=2):
            ref, action, lead_cell, _l, when, _e, _et, success, rag, _s = row
            for j, v in enumerate([ref, action, lead_cell, when, success, rag]):
                set_cell(tbl.cell(i, j), v)
            if rag:
                shade(tbl.cell(i, 5), RAG_SHADE_DOCX[rag])
        doc.add_paragraph()

    doc.add_paragraph(
        "Monitoring: progress against this plan is reviewed by the senior leadership team each half "
        "term and reported to every meeting of the Local Governing Committee. The Trust’s School "
        "Improvement Partner quality assures the evidence each term.")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Signed", "Role", "Date"]):
        set_cell(so.cell(0, j), h, bold=True)
    for j, v in enumerate(["", "Chair of LGC", "25/03/2025"]):
        set_cell(so.cell(1, j), v)
    doc.save(os.path.join(HERE, BRIXHAM_FILE))


# ==========================================================================
# 2. Portland College - Ofsted PIAP (xlsx, cover + PIAP + change log,
#    theme rows, AFI merged down column A, fill-only RAG, revised dates)
# ==========================================================================
PORTLAND_FILE = "mj1-portland-college-ofsted-post-inspection-action-plan.xlsx"
PORTLAND_TITLE = "Portland College – Post-Inspection Action Plan 2024/25"
# (theme, afi, rows) ; row: ref, action, resp cell, resp list, target, revised,
#  end, end_text, impact, progress, fill, status
PORTLAND = [
    (
        "Theme 1: Curriculum planning and EHCP outcomes",
        "Leaders and managers should ensure that staff use the outcomes in learners’ education, health "
        "and care plans to set precise, small-step targets, so that learners make swift progress "
        "towards their long-term goals.",
        [
            ("1.1",
             "Revise the learner target-setting template so that each EHCP outcome is broken into "
             "termly and weekly steps.",
             "Head of Curriculum", ["Head of Curriculum"], D(2024, 10, 31), None, "2024-10", None,
             "All learner files use the new template",
             "Template launched at October INSET; 100% of files checked in November use it.",
             "blue", "blue"),
            ("1.2",
             "Train all tutors and learning support practitioners in writing SMART small-step targets; "
             "observe target-setting in a sample of reviews.",
             "Head of Curriculum; Quality Manager", ["Head of Curriculum", "Quality Manager"],
             D(2024, 12, 20), D(2025, 3, 31), "2025-03", None,
             "90% of sampled targets judged precise at moderation",
             "Training delivered to 46 of 58 staff. Remaining sessions moved to March because of "
             "staff absence.",
             "amber", "amber"),
            ("1.3",
             "Introduce a monthly moderation panel to sample progress against targets for 10% of "
             "learners.",
             "Quality Manager", ["Quality Manager"], D(2025, 1, 31), None, "2025-01", None,
             "Panel minutes show actions followed up",
             "Panel met in January and February; first report to SLT in March.",
             "green", "green"),
        ],
    ),
    (
        "Theme 2: Work experience and preparation for adulthood",
        "Leaders should ensure that all learners, including those with the most complex needs, benefit "
        "from meaningful work experience that prepares them for their next steps.",
        [
            ("2.1",
             "Appoint an Employer Engagement Coordinator to source additional supported internship "
             "and work-experience placements.",
             "Director of Learner Services", ["Director of Learner Services"], D(2024, 9, 30), None,
             "2024-09", None,
             "Coordinator in post; 20 new employer partners",
             "Appointed 2 September 2024; 23 new employers signed up.",
             "blue", "blue"),
            ("2.2",
             "Develop in-house work-experience enterprises (café, horticulture, reprographics) for "
             "learners unable to access external placements.",
             "Head of Preparation for Adulthood", ["Head of Preparation for Adulthood"],
             "Summer term 2025", None, "2025-07", None,
             "Every learner has a work-related placement recorded",
             "Café and horticulture running; reprographics opens after Easter.",
             "green", "green"),
        ],
    ),
    (
        "Theme 3: Governance and quality assurance",
        "Governors should receive more detailed information about the progress learners make from "
        "their starting points, so that they can challenge leaders effectively.",
        [
            ("3.1",
             "Redesign the Quality and Standards Committee dashboard to include progress against "
             "EHCP outcomes by programme.",
             "Vice Principal (Quality)", ["Vice Principal (Quality)"], D(2024, 11, 30), None,
             "2024-11", None,
             "Dashboard used at every committee meeting",
             "New dashboard presented 26 November 2024.",
             "blue", "blue"),
            ("3.2",
             "Link governor for quality to attend two curriculum reviews each term and report "
             "findings to the committee.",
             "Chair of Governors", ["Chair of Governors"], "Termly", None, None, "Termly",
             "Governor visit reports minuted",
             "Autumn visits completed; spring visits booked.",
             "green", "green"),
            ("3.3",
             "Commission an external mock inspection of provision for learners with high needs.",
             "Principal", ["Principal"], D(2025, 5, 31), None, "2025-05", None,
             "Mock inspection report to governors",
             "Not yet started – provider identified.",
             None, "unrated"),
        ],
    ),
]


def make_portland():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Portland College"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Post-Inspection Action Plan (PIAP)"
    cov["A2"].font = Font(bold=True, size=13)
    info = [
        ("Inspection:", "14 to 17 May 2024 (full inspection, further education and skills)"),
        ("Overall effectiveness:", "Requires improvement"),
        ("Plan owner:", "Principal"),
        ("Version:", "v4 – Quality and Standards Committee, 11 March 2025"),
    ]
    for i, (k, v) in enumerate(info, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A9"] = "Provision type / judgement"
    cov["B9"] = "Grade"
    cov["A9"].font = cov["B9"].font = Font(bold=True)
    grades = [
        ("Education programmes for young people", "Requires improvement"),
        ("Provision for learners with high needs", "Requires improvement"),
        ("Quality of education", "Requires improvement"),
        ("Behaviour and attitudes", "Good"),
        ("Personal development", "Good"),
        ("Leadership and management", "Requires improvement"),
    ]
    for i, (k, v) in enumerate(grades, start=10):
        cov.cell(i, 1, k).border = BOX
        cov.cell(i, 2, v).border = BOX
    cov["A17"] = "RAG key"
    cov["A17"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
        ("blue", "Complete"),
        ("green", "On track"),
        ("amber", "At risk of slipping"),
        ("red", "Overdue / not on track"),
    ], start=18):
        cov.cell(i, 1).fill = xfill(FILL[col])
        cov.cell(i, 2, txt)
    cov.column_dimensions["A"].width = 42
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("PIAP")
    ws["A1"] = PORTLAND_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress at: 28 February 2025"
    heads = ["Area for improvement (Ofsted report)", "Ref", "Action", "Responsible", "Target date",
             "Revised date", "Impact measure", "Progress update", "RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F4E78")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, afi, rows in PORTLAND:
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.cell(r, 1).fill = xfill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        first = r
        ws.cell(r, 1, afi).alignment = WRAP
        for row in rows:
            (ref, action, resp, _rl, target, revised, _e, _et, impact, progress, fill, _s) = row
            vals = [ref, action, resp, target, revised, impact, progress, None]
            for j, v in enumerate(vals, start=2):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if fill:
                ws.cell(r, 9).fill = xfill(FILL[fill])
            ws.cell(r, 1).border = BOX
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Total actions: 8").font = Font(bold=True)
    ws.cell(r + 1, 1, "Complete: 3   On track: 3   At risk: 1   Overdue: 0   Not started: 1")
    ws.cell(r + 2, 1, "Note: RAG is shown by cell colour – see the key on the Cover sheet.")
    for col, w in zip("ABCDEFGHI", [45, 6, 50, 24, 13, 13, 30, 45, 6]):
        ws.column_dimensions[col].width = w

    cl = wb.create_sheet("Change log")
    for j, h in enumerate(["Version", "Date", "Change", "By"], start=1):
        cl.cell(1, j, h).font = Font(bold=True)
    for i, row in enumerate([
        ("v1", D(2024, 7, 12), "First draft to SLT following publication of report", "Vice Principal (Quality)"),
        ("v2", D(2024, 9, 24), "Approved by Corporation", "Clerk"),
        ("v3", D(2024, 12, 3), "Autumn progress update", "Quality Manager"),
        ("v4", D(2025, 3, 11), "Spring progress update; revised date for action 1.2", "Quality Manager"),
    ], start=2):
        for j, v in enumerate(row, start=1):
            c = cl.cell(i, j, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    wb.active = 1
    wb.save(os.path.join(HERE, PORTLAND_FILE))


# ==========================================================================
# 3. University of Bath - apprenticeships PIAP (csv saved from Excel)
# ==========================================================================
BATH_FILE = "mj1-university-of-bath-ofsted-apprenticeships-piap.csv"
BATH_TITLE = "University of Bath – Apprenticeships Post-Inspection Action Plan"
QOE = "Quality of education"
LAM = "Leadership and management"
AFI1 = ("Leaders should ensure that employers are involved fully in planning and reviewing "
        "apprentices’ on- and off-the-job training.")
AFI2 = ("Leaders should ensure that apprentices receive timely and helpful feedback on their "
        "assessed work so that they know what they need to do to improve.")
AFI3 = ("Leaders should ensure that apprentices receive impartial careers information, advice and "
        "guidance throughout their programme.")
AFI4 = ("Governors should receive sufficiently detailed information about the quality of "
        "apprenticeship provision to hold leaders to account.")
# id, theme, afi, action, owner cell, owners, due cell, end, end_text, rag cell, status, update
BATH = [
    ("A1.1", QOE, AFI1,
     "Introduce tripartite progress reviews every 10 weeks, with the employer mentor, apprentice "
     "and academic tutor all present.",
     "Head of Degree Apprenticeships", ["Head of Degree Apprenticeships"],
     "31/03/2025", "2025-03", None, "Complete", "blue",
     "All cohorts moved to 10-weekly reviews from February; attendance of mentors 94%."),
    ("A1.2", QOE, AFI1,
     "Publish an employer handbook setting out mentors' responsibilities for on-the-job training, "
     "and run two employer briefing webinars.",
     "Apprenticeship Compliance Manager; Employer Engagement Lead",
     ["Apprenticeship Compliance Manager", "Employer Engagement Lead"],
     "30/06/2025", "2025-06", None, "Green", "green",
     "Handbook drafted; first webinar held 14 May with 31 employers."),
    ("A2.1", QOE, AFI2,
     "Set a university-wide 15-working-day turnaround for feedback on apprenticeship assessments "
     "and monitor compliance monthly.",
     "Associate Dean for Education", ["Associate Dean for Education"],
     "28/02/2025", "2025-02", None, "Complete", "blue",
     "Policy approved by Education Quality Committee; March compliance 97%."),
    ("A2.2", QOE, AFI2,
     "Sample 10% of marked apprenticeship assignments each term.\nReport findings to the "
     "Apprenticeships Quality Group.",
     "Academic Quality Manager", ["Academic Quality Manager"],
     "Termly", None, "Termly", "Green", "green",
     "Spring sample complete (42 scripts); two units asked to improve feed-forward comments."),
    ("A3.1", QOE, AFI3,
     "Commission the Careers Service to deliver a careers guidance session for every apprentice in "
     "year 2 of their programme.",
     "Head of Careers Service", ["Head of Careers Service"],
     "Sept 2025", "2025-09", None, "Amber", "amber",
     "Capacity in the Careers Service limited until new adviser starts in July."),
    ("A3.2", QOE, AFI3,
     "Add a careers and next-steps discussion to the final two tripartite reviews, recorded in Aptem.",
     "Head of Degree Apprenticeships", ["Head of Degree Apprenticeships"],
     "31/07/2025", "2025-07", None, "Green", "green",
     "Review template updated; field live in Aptem from June."),
    ("A4.1", LAM, AFI4,
     "Create an apprenticeship quality dashboard (achievement, withdrawals, progress reviews, "
     "off-the-job hours) for the Apprenticeships Board.",
     "Director of Apprenticeships / Head of Planning",
     ["Director of Apprenticeships", "Head of Planning"],
     "31/01/2025", "2025-01", None, "Complete", "blue",
     "Dashboard in Power BI; used at the Board since January 2025."),
    ("A4.2", LAM, AFI4,
     "Present the dashboard to Council twice a year, with a named Council member as apprenticeship "
     "link.",
     "University Secretary", ["University Secretary"],
     "Jun-25", "2025-06", None, "Green", "green",
     "Link member agreed; first report to Council on 19 June."),
    ("A4.3", LAM, AFI4,
     "Complete an external review of apprenticeship governance and implement its recommendations.",
     "Pro-Vice-Chancellor (Education)", ["Pro-Vice-Chancellor (Education)"],
     "Dec 2025", "2025-12", None, "Not started", "unrated",
     "Scope to be agreed at the Apprenticeships Board in September."),
]


def make_bath():
    ncol = 9
    pad = [""] * (ncol - 1)
    lines = [
        [BATH_TITLE] + pad,
        ["Ofsted inspection 21–24 January 2025 (apprenticeships, levels 6 and 7). Plan approved by "
         "the Apprenticeships Board, 2 April 2025. Updated 30 May 2025."] + pad,
        [""] * ncol,
        ["ID", "Theme", "Area for improvement", "Action", "Action owner(s)", "Due date",
         "RAG status", "Update (May 2025)", "Evidence"],
    ]
    for (i, theme, afi, action, owner, _o, due, _e, _et, rag, _s, upd) in BATH:
        lines.append([i, theme, afi, action, owner, due, rag, upd,
                      "SharePoint > PIAP > " + i])
    lines.append([""] * ncol)
    lines.append(["Key: Complete (blue) = done and evidenced; Green = on track; Amber = at risk; "
                  "Red = off track"] + pad)
    with open(os.path.join(HERE, BATH_FILE), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(lines)


# ==========================================================================
# 4. Fitzwilliam Hospital (Ramsay) - CQC must/should do tracker (xlsx,
#    summary block, service section rows, merged requirement cells,
#    original/revised dates, previous/current RAG, key + version sheets)
# ==========================================================================
FITZ_FILE = "mj1-ramsay-fitzwilliam-hospital-cqc-must-should-do-action-plan.xlsx"
FITZ_TITLE = "Fitzwilliam Hospital – CQC Inspection Action Plan: Must Do and Should Do actions"
R18 = ("The service must ensure that all staff complete mandatory training, including safeguarding "
       "level 3 where required. (Regulation 18)")
R12W = ("The service must ensure that the five steps to safer surgery, including the WHO checklist, "
        "are fully completed for every patient. (Regulation 12)")
SD1 = "The service should ensure that patient records are stored securely when not in use."
SD4 = ("The service should consider introducing a formal competency framework for staff working in "
       "the day-case unit.")
R12M = ("The service must ensure that medicines, including emergency drugs, are stored securely and "
        "within the recommended temperature range. (Regulation 12)")
SD2 = ("The service should ensure that the hospital’s complaints leaflet is available in accessible "
       "formats and languages.")
SD3 = ("The service should ensure that local rules for radiation are reviewed and signed by all staff "
       "working in diagnostic imaging.")
# (section, [(requirement, type, [rows])])
# row: no, action, owner cell, owners, orig, revised, end, end_text, prev, cur, status, progress
FITZ = [
    ("Surgery", [
        (R18, "Must do", [
            ("MD1.1",
             "Issue individual compliance reports to every theatre practitioner and book all "
             "outstanding safeguarding level 3 places.",
             "Theatre Manager", ["Theatre Manager"], D(2024, 11, 30), None, "2024-11", None,
             "A", "B", "blue", "Theatre compliance 96% (Jan 2025). Evidence on SharePoint."),
            ("MD1.2",
             "Add mandatory training compliance to monthly 1:1s and escalate non-compliance over 60 "
             "days to the Director of Clinical Services.",
             "Heads of Department", ["Heads of Department"], D(2024, 12, 31), D(2025, 3, 31),
             "2025-03", None, "A", "G", "green",
             "1:1 template updated; escalation in place for wards and OPD, imaging to follow."),
        ]),
        (R12W, "Must do", [
            ("MD2.1",
             "Weekly observational audit of WHO checklist completion (10 cases per theatre), with "
             "results displayed in theatre.",
             "Theatre Manager / Clinical Governance Lead",
             ["Theatre Manager", "Clinical Governance Lead"], D(2024, 10, 31), None, "2024-10", None,
             "R", "G", "green", "Compliance 100% for 12 consecutive weeks; audit continues."),
            ("MD2.2",
             "Re-launch the team brief and debrief with surgeons and anaesthetists through the "
             "Medical Advisory Committee.",
             "MAC Chair", ["MAC Chair"], D(2024, 9, 30), None, "2024-09", None,
             "G", "B", "blue", "Discussed at MAC 17/09/2024; letter sent to all consultants."),
        ]),
        (SD1, "Should do", [
            ("SD1.1",
             "Fit lockable notes trolleys on Ward 1 and Ward 2 and include records security in the "
             "monthly environment audit.",
             "Ward Manager", ["Ward Manager"], D(2024, 10, 31), None, "2024-10", None,
             "G", "B", "blue", "Trolleys fitted October 2024."),
        ]),
        (SD4, "Should do", [
            ("SD4.1",
             "Adopt the Ramsay day-case competency framework and complete assessments for all "
             "day-case staff.",
             "Practice Educator", ["Practice Educator"], D(2025, 6, 30), None, "2025-06", None,
             "G", "G", "green", "14 of 22 staff assessed."),
            ("SD4.2",
             "Record competency completion on the training database and report compliance to the "
             "Clinical Governance Committee.",
             "Practice Educator; Head of Clinical Services",
             ["Practice Educator", "Head of Clinical Services"], "Quarterly", None, None, "Quarterly",
             "", "G", "green", "First report to CGC February 2025."),
        ]),
    ]),
    ("Outpatients", [
        (R12M, "Must do", [
            ("MD3.1",
             "Install continuous temperature monitoring with alarms in outpatient clinic rooms 1–6 "
             "and the treatment room.",
             "Pharmacy Manager", ["Pharmacy Manager"], D(2024, 12, 31), D(2025, 4, 30), "2025-04",
             None, "A", "A", "amber",
             "Supplier delay; sensors installed in rooms 1–4. Manual twice-daily checks in place."),
        ]),
        (SD2, "Should do", [
            ("SD2.1",
             "Work with Ramsay group communications to produce easy-read and translated versions of "
             "the complaints leaflet.",
             "Patient Experience Lead", ["Patient Experience Lead"], D(2025, 1, 31), D(2025, 5, 31),
             "2025-05", None, "A", "R", "red",
             "Group template not yet available; escalated to Regional Quality Lead."),
        ]),
    ]),
    ("Diagnostic imaging", [
        (SD3, "Should do", [
            ("SD3.1",
             "Radiation Protection Supervisor to re-issue local rules and obtain signatures from all "
             "imaging, theatre and consultant staff.",
             "Imaging Services Manager", ["Imaging Services Manager"], D(2025, 2, 28), None,
             "2025-02", None, "A", "G", "green", "87% signed; consultants chased via MAC."),
        ]),
    ]),
]

RAG_X = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def make_fitz():
    wb = Workbook()
    ws = wb.active
    ws.title = "Must Should Do Tracker"
    ws["A1"] = FITZ_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ramsay Health Care UK"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Inspection: 9–10 July 2024 | Report published: 3 October 2024 | Update for Clinical "
                "Governance Committee: 19 February 2025")
    # summary block
    summ = [("Summary", "Total", "Complete", "On track", "At risk", "Off track"),
            ("Must do", 5, 2, 2, 1, 0),
            ("Should do", 5, 1, 3, 0, 1)]
    for i, row in enumerate(summ, start=5):
        for j, v in enumerate(row, start=1):
            c = ws.cell(i, j, v)
            c.border = BOX
            if i == 5:
                c.font = Font(bold=True)
    heads = ["No.", "Must / Should", "CQC requirement", "Action", "Action owner",
             "Original completion date", "Revised completion date", "Previous RAG", "Current RAG",
             "Progress / evidence"]
    hr = 9
    for j, h in enumerate(heads, start=1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("00205B")
        c.alignment = WRAP
        c.border = BOX
    r = hr + 1
    for section, reqs in FITZ:
        ws.cell(r, 1, section).font = Font(bold=True)
        ws.cell(r, 1).fill = xfill("BDD7EE")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for req, typ, rows in reqs:
            first = r
            ws.cell(r, 3, req).alignment = WRAP
            for row in rows:
                (no, action, owner, _ol, orig, rev, _e, _et, prev, cur, _s, prog) = row
                vals = [no, typ, None, action, owner, orig, rev, prev, cur, prog]
                for j, v in enumerate(vals, start=1):
                    if j == 3:
                        ws.cell(r, j).border = BOX
                        continue
                    c = ws.cell(r, j, v if v != "" else None)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j, v in ((8, prev), (9, cur)):
                    if v:
                        ws.cell(r, j).fill = xfill(RAG_X[v])
                        ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(r, 1, "RAG: B = complete (evidence verified); G = on track; A = at risk; "
                  "R = off track / overdue. See Key sheet.")
    for col, w in zip("ABCDEFGHIJ", [8, 10, 45, 50, 24, 13, 13, 9, 9, 45]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "RAG definitions"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("B", "Complete – action finished and evidence verified by Clinical Governance Lead"),
        ("G", "On track to deliver by the completion date"),
        ("A", "At risk – some delay, mitigation in place"),
        ("R", "Off track or overdue – escalated to Senior Leadership Team"),
    ], start=2):
        key.cell(i, 1, k).fill = xfill(RAG_X[k])
        key.cell(i, 2, v)
    vc = wb.create_sheet("Version control")
    for j, h in enumerate(["Version", "Date", "Author", "Comments"], start=1):
        vc.cell(1, j, h).font = Font(bold=True)
    for i, row in enumerate([
        ("0.1", D(2024, 10, 10), "Clinical Governance Lead", "Draft following report publication"),
        ("1.0", D(2024, 10, 24), "Hospital Director", "Submitted to CQC"),
        ("1.3", D(2025, 2, 12), "Clinical Governance Lead", "Update for CGC 19/02/2025"),
    ], start=2):
        for j, v in enumerate(row, start=1):
            c = vc.cell(i, j, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    wb.save(os.path.join(HERE, FITZ_FILE))


# ==========================================================================
# 5. St Magnus Hospital - CQC mental health must/should do plan (docx,
#    single table, service section rows, finding merged down, revised date
#    inside the target cell, RAG words + shading)
# ==========================================================================
MAGNUS_FILE = "mj1-st-magnus-hospital-cqc-mental-health-must-should-do-action-plan.docx"
MAGNUS_TITLE = "St Magnus Hospital – CQC Inspection Action Plan"
ACUTE = "Acute wards for adults of working age and psychiatric intensive care units"
OLDER = "Wards for older people with mental health problems"
WIDE = "Hospital-wide (well-led)"
F_MD1 = ("The provider must ensure that staff complete and record physical health observations after "
         "the administration of rapid tranquillisation, in line with NICE guidance. "
         "(Regulation 12(1)(2)(a)(b))")
F_MD2 = ("The provider must ensure that ligature risk assessments are up to date and that identified "
         "risks are mitigated. (Regulation 12)")
F_SD1 = ("The provider should ensure that patients are offered a copy of their care plan and that "
         "their views are recorded in it.")
F_MD3 = ("The provider must ensure that staffing levels on Blackdown Ward meet the assessed needs of "
         "patients, including at night. (Regulation 18)")
F_SD2 = ("The provider should ensure that all staff receive training in dementia awareness and the "
         "care of older adults.")
F_SD3 = ("The provider should ensure that governance meetings keep clear action logs and that "
         "learning from incidents is shared with ward staff.")
# (section, [(finding, [rows])]); row: ref, action, lead cell, leads, target cell, end, end_text,
#  progress, rag, status
MAGNUS = [
    (ACUTE, [
        (F_MD1, [
            ("MD1.1",
             "Introduce a rapid tranquillisation monitoring chart in the electronic patient record "
             "(Carenotes) with mandatory fields.",
             "Director of Clinical Services", ["Director of Clinical Services"],
             "31/01/2025", "2025-01", None,
             "Chart live from 20 January 2025. Staff briefed at handovers.", "Blue", "blue"),
            ("MD1.2",
             "Weekly audit of every rapid tranquillisation episode by the ward manager, with results "
             "reported to the Drugs and Therapeutics Committee.",
             "Ward Manager (Hindhead Ward) / Lead Pharmacist",
             ["Ward Manager (Hindhead Ward)", "Lead Pharmacist"],
             "31/03/2025", "2025-03", None,
             "Audits completed each week since February; 100% compliance in March.", "Green", "green"),
        ]),
        (F_MD2, [
            ("MD2.1",
             "Complete a new environmental ligature risk assessment for Hindhead Ward and update "
             "the ward ligature heat map.",
             "Estates Manager", ["Estates Manager"],
             "December 2024", "2024-12", None,
             "Assessment completed 12/12/2024 and signed off at Health and Safety Committee.",
             "Blue", "blue"),
            ("MD2.2",
             "Replace the remaining door handles and en-suite fittings identified in the "
             "assessment:\nPhase 1 – bedrooms 1–8\nPhase 2 – bedrooms 9–16 and the communal bathroom",
             "Hospital Director", ["Hospital Director"],
             "31/03/2025\nRevised: 30/06/2025", "2025-06", None,
             "Phase 1 complete. Phase 2 delayed by contractor availability; interim observation "
             "levels increased.", "Amber", "amber"),
        ]),
        (F_SD1, [
            ("SD1.1",
             "Add a ‘my views’ section to the care plan template and offer every patient a printed "
             "copy at each review.",
             "Consultant Psychiatrists; Named Nurses", ["Consultant Psychiatrists", "Named Nurses"],
             "30/04/2025", "2025-04", None,
             "Template changed; April audit of 10 records planned.", "Green", "green"),
        ]),
    ]),
    (OLDER, [
        (F_MD3, [
            ("MD3.1",
             "Review the safer staffing establishment for Blackdown Ward using the MHOST tool and "
             "agree an additional night-time healthcare assistant.",
             "Director of Clinical Services", ["Director of Clinical Services"],
             "End of January 2025", "2025-01", None,
             "Additional HCA on nights from 27 January 2025.", "Blue", "blue"),
            ("MD3.2",
             "Recruit to 4.0 WTE healthcare assistant vacancies; use regular bank staff until the "
             "posts are filled.",
             "HR Business Partner", ["HR Business Partner"],
             "Q1 2025/26", "2025-06", None,
             "2.0 WTE appointed, awaiting DBS; 2.0 WTE out to advert.", "Amber", "amber"),
        ]),
        (F_SD2, [
            ("SD2.1",
             "Roll out Tier 2 dementia training to all registered nurses and healthcare assistants "
             "on Blackdown Ward.",
             "Practice Development Nurse", ["Practice Development Nurse"],
             "Ongoing", None, "Ongoing",
             "68% trained; sessions booked monthly.", "Green", "green"),
            ("SD2.2",
             "Include dementia awareness in the induction programme for bank and agency staff.",
             "Practice Development Nurse", ["Practice Development Nurse"],
             "", None, None,
             "Not started – induction programme under review.", "", "unrated"),
        ]),
    ]),
    (WIDE, [
        (F_SD3, [
            ("SD3.1",
             "Introduce a standard action log for all governance meetings and a monthly ‘Learning "
             "Lessons’ bulletin.",
             "Head of Quality and Governance", ["Head of Quality and Governance"],
             "Feb-25", "2025-02", None,
             "Action log template in use; first bulletin issued February 2025.", "Blue", "blue"),
        ]),
    ]),
]
RAG_WORD_SHADE = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_magnus():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run(MAGNUS_TITLE)
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Focused inspection: 18–20 November 2024 · Report published: 7 February 2025")

    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Document owner", "Hospital Director"),
        ("Version", "2.1"),
        ("Date", "14 April 2025"),
        ("Monitored by", "Integrated Governance Committee (monthly)"),
        ("Distribution", "CQC relationship owner; Surrey Heartlands ICB quality team"),
    ]):
        set_cell(dc.cell(i, 0), k, bold=True)
        set_cell(dc.cell(i, 1), v)

    doc.add_paragraph()
    doc.add_paragraph(
        "RAG rating: Red – overdue or not progressing; Amber – in progress, risk to timescale; "
        "Green – in progress, on track; Blue – completed and embedded.")

    nrows = 1
    for _s, finds in MAGNUS:
        nrows += 1
        for _f, rows in finds:
            nrows += len(rows)
    tbl = doc.add_table(rows=nrows, cols=7)
    tbl.style = "Table Grid"
    for j, h in enumerate(["Ref", "CQC finding", "Action(s) to be taken", "Lead(s)", "Target date",
                           "Progress update (April 2025)", "RAG"]):
        set_cell(tbl.cell(0, j), h, bold=True, size=9)
        shade(tbl.cell(0, j), "BFBFBF")
    r = 1
    for section, finds in MAGNUS:
        c = tbl.cell(r, 0).merge(tbl.cell(r, 6))
        set_cell(c, section, bold=True, size=10)
        shade(c, "DEEAF6")
        r += 1
        for finding, rows in finds:
            first = r
            for row in rows:
                ref, action, lead, _l, target, _e, _et, prog, rag, _s = row
                for j, v in ((0, ref), (2, action), (3, lead), (4, target), (5, prog), (6, rag)):
                    set_cell(tbl.cell(r, j), v, size=9)
                if rag:
                    shade(tbl.cell(r, 6), RAG_WORD_SHADE[rag])
                r += 1
            fc = tbl.cell(first, 1)
            if r - 1 > first:
                fc = fc.merge(tbl.cell(r - 1, 1))
            set_cell(fc, finding, size=9)

    doc.add_paragraph()
    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    set_cell(so.cell(0, 0), "Signed on behalf of the provider", bold=True)
    set_cell(so.cell(0, 1), "Date", bold=True)
    set_cell(so.cell(1, 0), "Hospital Director")
    set_cell(so.cell(1, 1), "14/04/2025")
    doc.save(os.path.join(HERE, MAGNUS_FILE))


# ==========================================================================
# 6. Channel View Medical Group - GP CQC action plan (plain text export)
# ==========================================================================
CV_FILE = "mj1-channel-view-medical-group-cqc-inspection-action-plan.txt"
CV_TITLE = "Channel View Medical Group – CQC Inspection Action Plan"
S1 = "1. SAFE"
S2 = "2. WELL-LED"
S3 = "3. WHERE THE PRACTICE SHOULD IMPROVE"
RA = ("Regulation 12 Safe care and treatment: the provider must ensure that patients prescribed "
      "high-risk medicines receive the required monitoring before prescriptions are issued.")
RB = ("Regulation 12 Safe care and treatment: the provider must ensure that emergency medicines and "
      "equipment are checked regularly and are fit for use.")
RC = ("Regulation 17 Good governance: the provider must establish effective systems to assess, "
      "monitor and improve the quality and safety of services, including the management of "
      "significant events and safety alerts.")
RD = ("Continue to take action to improve the uptake of childhood immunisations and cervical "
      "screening.")
# (section, [(requirement, [rows])]) ; row: ref, action, lead line, leads, due line, end, end_text,
#  rag line, status, update
CV = [
    (S1, [
        (RA, [
            ("1.1",
             "Run monthly searches for patients prescribed methotrexate, azathioprine, lithium and "
             "DOACs and recall anyone overdue blood monitoring.",
             "Clinical Pharmacist / Dr S Hale", ["Clinical Pharmacist", "Dr S Hale"],
             "30/11/2024", "2024-11", None, "Blue", "blue",
             "Searches built in SystmOne and run on the first Monday of each month; 41 patients recalled."),
            ("1.2",
             "Add a mandatory monitoring check to the repeat prescribing protocol so that "
             "prescriptions are not re-authorised without up-to-date results.",
             "Dr S Hale (Prescribing Lead)", ["Dr S Hale (Prescribing Lead)"],
             "December 2024", "2024-12", None, "Blue", "blue",
             "Protocol v3 approved at partners' meeting 11/12/2024."),
            ("1.3",
             "Audit 20 randomly selected high-risk medicine prescriptions each quarter and report the "
             "results to the clinical meeting.",
             "Clinical Pharmacist", ["Clinical Pharmacist"],
             "Quarterly", None, "Quarterly", "Green", "green",
             "Q4 audit: 20/20 compliant."),
        ]),
        (RB, [
            ("1.4",
             "Introduce a weekly checklist for the emergency trolley, oxygen and defibrillator, signed "
             "by the duty nurse.",
             "Nurse Manager", ["Nurse Manager"],
             "Nov-24", "2024-11", None, "Blue", "blue",
             "Checklist in place at both sites; spot-checked by Practice Manager."),
        ]),
    ]),
    (S2, [
        (RC, [
            ("2.1",
             "Set up a shared log of MHRA and CAS safety alerts, recording the searches carried out "
             "and the action taken for each alert.",
             "Practice Manager; Clinical Pharmacist", ["Practice Manager", "Clinical Pharmacist"],
             "31 January 2025", "2025-01", None, "Blue", "blue",
             "Log held on the shared drive; all alerts since April 2024 added retrospectively."),
            ("2.2",
             "Hold a monthly significant event meeting, with minutes circulated to all staff and "
             "learning tracked to completion.",
             "Practice Manager", ["Practice Manager"],
             "Monthly", None, "Monthly", "Green", "green",
             "Meetings held January to April; learning summary added to staff newsletter."),
            ("2.3",
             "Review all practice policies and assign each a named owner and review date.",
             "Practice Manager", ["Practice Manager"],
             "31/03/2025 (revised to 30/06/2025)", "2025-06", None, "Amber", "amber",
             "38 of 52 policies reviewed. New date agreed with partners because of staff sickness."),
        ]),
    ]),
    (S3, [
        (RD, [
            ("3.1",
             "Offer Saturday morning immunisation and smear clinics and send text reminders to "
             "eligible patients.",
             "Nurse Manager", ["Nurse Manager"],
             "Sept 2025", "2025-09", None, "Green", "green",
             "Saturday clinics running monthly since March."),
            ("3.2",
             "Telephone the parents of every child overdue an immunisation, using translated "
             "materials where needed.",
             "Reception Manager / Practice Nurses", ["Reception Manager", "Practice Nurses"],
             "TBC", None, "TBC", "Not started", "unrated",
             "Waiting for ICB translated resources."),
        ]),
    ]),
]


def make_cv():
    rule = "=" * 72
    sub = "-" * 72
    out = [
        CV_TITLE,
        "",
        "Location: Teignmouth Health and Wellbeing Centre",
        "Inspection date: 22 October 2024",
        "Report published: 9 January 2025",
        "Overall rating: Requires improvement (Safe: Requires improvement; Well-led: Requires improvement)",
        "Plan prepared by: Practice Manager",
        "Last updated: 30 April 2025",
        "",
        "RAG key: Blue = complete, Green = on track, Amber = some delay, Red = overdue, "
        "Not started = not yet begun",
        "",
    ]
    for section, reqs in CV:
        out += [rule, section, rule, ""]
        for req, rows in reqs:
            out += [req, sub, ""]
            for (ref, action, lead, _l, due, _e, _et, rag, _s, upd) in rows:
                out += [
                    f"{ref}  {action}",
                    f"     Lead:   {lead}",
                    f"     Due:    {due}",
                    f"     RAG:    {rag}",
                    f"     Update: {upd}",
                    "",
                ]
    out += [
        rule,
        "This plan is reviewed at the monthly partners' meeting and shared with NHS Devon ICB.",
        "Signed: Dr P Marsh, Senior Partner    Date: 30/04/2025",
        "",
    ]
    with open(os.path.join(HERE, CV_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


# ==========================================================================
# 7. UK Sport - ARC internal audit recommendations tracker (xlsx) - REFUSE:
#    a revised due date typed as "Decmeber 2025"
# ==========================================================================
UKS_FILE = "mj1-uk-sport-arc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
UKS_TITLE = "UK Sport – Internal Audit Recommendations Tracker"
# (audit section, rows) row: ref, priority, recommendation, agreed action, owner, orig, revised,
#  status, update
UKS = [
    ("Cyber Security and Resilience 2024/25 – Limited assurance", [
        ("CS1", "High", "Enforce multi-factor authentication for all privileged and remote-access accounts.",
         "Extend conditional access policies to all admin accounts and third-party support logins.",
         "Head of Digital and Technology", D(2025, 7, 31), D(2025, 10, 31), "Complete",
         "Policies enforced 20/10/2025; confirmed by GIAA follow-up."),
        ("CS2", "High", "Test the ICT disaster recovery plan at least annually.",
         "Run a full failover test of core systems to the secondary cloud region and record lessons learned.",
         "Head of Digital and Technology", D(2025, 9, 30), D(2026, 1, 31), "In progress",
         "Test scheduled for 24 January 2026 following supplier change."),
        ("CS3", "Medium", "Maintain a complete register of end-user devices.",
         "Reconcile Intune device records with the fixed asset register and remove leavers' devices.",
         "IT Service Manager", D(2025, 8, 31), None, "Complete",
         "Reconciliation completed; quarterly check added to IT procedures."),
    ]),
    ("Grant Management – Assurance over Funded Partners 2024/25 – Moderate assurance", [
        ("GM1", "Medium",
         "Document the risk-based approach used to set the frequency of assurance visits to funded partners.",
         "Update the Partner Assurance Framework and present it to the Executive Committee for approval.",
         "Director of Investment and Governance", "Jun-25", "Sep-25", "Complete",
         "Framework approved by Executive Committee 16/09/2025."),
        ("GM2", "Medium",
         "Ensure that breaches of grant conditions are logged and escalated consistently.",
         "Create a central conditions-of-grant breach log, reviewed monthly by the Investment Committee.",
         "Head of Governance and Assurance", "30/09/2025", "Decmeber 2025", "In progress",
         "Log designed; first review at Investment Committee in January."),
        ("GM3", "Low",
         "Record the rationale where grant payments are released before assurance actions close.",
         "Add a mandatory rationale field to the grant payment approval form.",
         "Finance Manager", "31/10/2025", "", "Complete",
         "Form updated October 2025."),
    ]),
    ("Payroll and Expenses 2023/24 – Moderate assurance", [
        ("PE1", "Medium",
         "Evidence independent review of the monthly payroll exception report.",
         "Finance Business Partner to sign off the exception report before each BACS submission.",
         "Head of Finance", D(2025, 3, 31), D(2025, 6, 30), "Overdue",
         "Sign-off in place from November 2025; evidence for earlier months incomplete."),
    ]),
]


def make_uks():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "UK Sport – Audit and Risk Committee, 17 March 2026"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Internal audit recommendations – summary of open and closed actions"
    for j, h in enumerate(["Priority", "Total", "Complete", "In progress", "Overdue"], start=1):
        sm.cell(4, j, h).font = Font(bold=True)
    for i, row in enumerate([("High", 2, 1, 1, 0), ("Medium", 4, 2, 1, 1), ("Low", 1, 1, 0, 0),
                             ("Total", 7, 4, 2, 1)], start=5):
        for j, v in enumerate(row, start=1):
            sm.cell(i, j, v).border = BOX

    ws = wb.create_sheet("Tracker")
    ws["A1"] = UKS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 28 February 2026 – for Audit and Risk Committee, 17 March 2026"
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Owner",
             "Original due date", "Revised due date", "Status", "Management update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("E4002B")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    typo_row = None
    for section, rows in UKS:
        ws.cell(r, 1, section).font = Font(bold=True)
        ws.cell(r, 1).fill = xfill("F2F2F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for row in rows:
            for j, v in enumerate(row, start=1):
                c = ws.cell(r, j, v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            status = row[7]
            col = {"Complete": "00B0F0", "In progress": "FFC000", "Overdue": "FF0000"}[status]
            ws.cell(r, 8).fill = xfill(col)
            if row[6] == "Decmeber 2025":
                typo_row = r
            r += 1
    r += 1
    ws.cell(r, 1, "Status: Complete = implemented and evidence provided to GIAA; In progress = within "
                  "agreed date; Overdue = past the original or revised date.")
    for col, w in zip("ABCDEFGHI", [7, 9, 45, 50, 28, 13, 13, 12, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, UKS_FILE))
    return typo_row


if __name__ == "__main__":
    make_brixham()
    make_portland()
    make_bath()
    make_fitz()
    make_magnus()
    make_cv()
    row = make_uks()
    print("UK Sport typo on Tracker sheet row", row)
