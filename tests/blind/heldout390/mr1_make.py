"""Build the seven mr1- blind test files (set heldout390).

Run with /work/main/.venv/bin/python mr1_make.py ; files are written beside this script.
Each action tuple also carries the reading a person makes of it (lead list, end month, status);
the generator only lays out the document, the expected readings are in the .expected.yaml files.
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0", "grey": "D9D9D9",
    "lgrey": "F2F2F2", "navy": "1F3864", "teal": "DEEAF6",
}


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------------------------------------
# helpers for Word
# ----------------------------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, align=None):
    """Write text into a cell; a '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)
        if align:
            p.alignment = align


# ----------------------------------------------------------------------------------------------
# 1. Lipson Co-operative Academy – post-Ofsted action plan (docx, school)
# ----------------------------------------------------------------------------------------------
LIPSON_TITLE = "Lipson Co-operative Academy – Post-Ofsted Action Plan 2024–25"
LIPSON = [
    ("1. Curriculum: sequencing and assessment in key stage 3",
     "In some subjects, leaders have not identified precisely the important knowledge that pupils "
     "should learn and when. Leaders should ensure that the curriculum in these subjects is well "
     "sequenced and that teachers check pupils’ understanding systematically so that "
     "misconceptions are addressed.",
     [
         ("1.1", "Subject leaders in geography, history and MFL to rewrite KS3 curriculum maps "
                 "identifying the core knowledge pupils must learn in each unit and the order in "
                 "which it is taught.",
          "Deputy Headteacher (Curriculum)", "Autumn term 2024",
          "Curriculum maps QA’d by SLT link; deep dive Nov 2024", "B",
          ["Deputy Headteacher (Curriculum)"], "2024-12", None, "blue"),
         ("1.2", "Introduce low-stakes retrieval quizzes at the start of every KS3 lesson, with a "
                 "common ‘Do Now’ routine across departments.",
          "Assistant Headteacher (Teaching & Learning)", "Feb half term 2025",
          "Learning walks show Do Now in 90% of lessons", "G",
          ["Assistant Headteacher (Teaching & Learning)"], "2025-02", None, "green"),
         ("1.3", "Train all teaching staff in checking for understanding (mini-whiteboards, cold "
                 "calling, hinge questions) through the CPD programme.\nFollow-up coaching for "
                 "staff identified through learning walks.",
          "Assistant Headteacher (Teaching & Learning) / Lead Practitioners", "Spring term 2025",
          "CPD evaluations; coaching log", "A",
          ["Assistant Headteacher (Teaching & Learning)", "Lead Practitioners"], "2025-04", None,
          "amber"),
     ]),
    ("2. Reading across the curriculum",
     "Leaders have not ensured that the weakest readers in key stage 3 get the support they need "
     "to catch up quickly. Leaders should make sure that these pupils are identified swiftly and "
     "receive effective help to read with fluency and confidence.",
     [
         ("2.1", "Screen all Year 7 and Year 8 pupils using the NGRT reading test and share "
                 "reading ages with all staff via Arbor.",
          "Reading Lead (Mrs T. Kelland)", "October 2024",
          "Data on Arbor; staff briefing 14/10/24", "B",
          ["Reading Lead (Mrs T. Kelland)"], "2024-10", None, "blue"),
         ("2.2", "Launch a phonics-based intervention (Fresh Start) for pupils with a reading age "
                 "below 9, delivered four times a week by trained TAs.",
          "Reading Lead / SENCo", "November 2024",
          "Intervention register; re-test Feb 2025", "G",
          ["Reading Lead", "SENCo"], "2024-11", None, "green"),
         ("2.3", "Timetable disciplinary reading in every subject at least once a fortnight, "
                 "using subject-specific texts chosen by departments.",
          "Heads of Department", "Summer term 2025",
          "Reading audit in curriculum maps", "A",
          ["Heads of Department"], "2025-07", None, "amber"),
     ]),
    ("3. Attendance and persistent absence",
     "Too many pupils, including disadvantaged pupils, are persistently absent. Leaders should "
     "continue to strengthen their work with families so that pupils attend school regularly.",
     [
         ("3.1", "Appoint a full-time Attendance Officer and introduce daily first-day calling "
                 "for all absent pupils.",
          "Business Manager", "September 2024", "Post filled 02/09/24", "B",
          ["Business Manager"], "2024-09", None, "blue"),
         ("3.2", "Hold attendance panels every fortnight with Heads of Year to agree support "
                 "plans for persistently absent pupils, with referrals to the Education Welfare "
                 "Service where needed.",
          "Assistant Headteacher (Behaviour & Attendance) and Heads of Year",
          "Ongoing – fortnightly", "Panel minutes; PA rate reported half-termly", "G",
          ["Assistant Headteacher (Behaviour & Attendance)", "Heads of Year"], None,
          "Ongoing – fortnightly", "green"),
         ("3.3", "Work with the Family Support Worker to offer home visits and early help "
                 "assessments to families of disadvantaged pupils whose attendance is below 90%.",
          "DSL", "Termly", "PA figures for disadvantaged pupils reported to LGB", "R",
          ["DSL"], None, "Termly", "red"),
     ]),
]
RAG_FILL_LETTER = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}


def make_lipson():
    doc = Document()
    doc.add_paragraph(LIPSON_TITLE, style="Title")
    doc.add_paragraph("Following the Ofsted inspection of 23–24 April 2024 (graded inspection)")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Headteacher", "Mrs R. Penrose"),
        ("Inspection dates", "23–24 April 2024"),
        ("Overall effectiveness", "Requires improvement"),
        ("Plan approved by Local Governing Body", "10 July 2024"),
        ("Last updated", "20 January 2025"),
        ("Review", "Progress reported to each LGB meeting; RAG reviewed half-termly by SLT"),
    ]:
        row = info.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "DEEAF6")
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG key", style="Heading 3")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (t, f) in enumerate([("B – Completed", "blue"), ("G – On track", "green"),
                                ("A – Some slippage / further action needed", "amber"),
                                ("R – Not on track", "red")]):
        set_cell(key.rows[0].cells[i], t, bold=True)
        shade(key.rows[0].cells[i], FILL[f])
    for heading, rec, actions in LIPSON:
        doc.add_paragraph(heading, style="Heading 2")
        p = doc.add_paragraph()
        r = p.add_run(rec)
        r.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead(s)", "By when",
                               "Monitoring / evidence of impact", "RAG (Jan 25)"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        for a in actions:
            ref, text, lead, when, mon, rag = a[:6]
            c = t.add_row().cells
            for i, v in enumerate([ref, text, lead, when, mon, rag]):
                set_cell(c[i], v, align=WD_ALIGN_PARAGRAPH.CENTER if i == 5 else None)
            shade(c[5], RAG_FILL_LETTER[rag])
    doc.add_paragraph()
    doc.add_paragraph("Sign-off", style="Heading 3")
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, row in enumerate([("Role", "Name", "Date"),
                             ("Headteacher", "R. Penrose", "20/01/2025"),
                             ("Chair of Local Governing Body", "D. Trelawny", "27/01/2025")]):
        for j, v in enumerate(row):
            set_cell(so.rows[i].cells[j], v, bold=(i == 0))
    doc.save(out("mr1-lipson-co-operative-academy-post-ofsted-action-plan.docx"))


# ----------------------------------------------------------------------------------------------
# 2. Sir George Monoux College – Ofsted post-inspection action plan (xlsx, college)
# ----------------------------------------------------------------------------------------------
MONOUX_TITLE = "Sir George Monoux College – Post-Inspection Action Plan 2023–24"
AFI1 = ("Leaders and managers should ensure that teachers in A-level subjects plan learning that "
        "builds on what students already know, so that students develop their knowledge securely "
        "over time.")
AFI2 = ("Leaders should ensure that teachers use assessment well to identify gaps in students’ "
        "knowledge and provide feedback that helps students to improve their work.")
AFI3 = ("Governors should hold senior leaders to account more rigorously for the quality of "
        "education in those subjects where students make slower progress.")
AFI4 = ("Leaders should make sure that all students attend their GCSE English and mathematics "
        "lessons regularly.")
TH1 = "Theme 1: Quality of education"
TH2 = "Theme 2: Leadership and management"
VPCQ = "Vice Principal – Curriculum & Quality"
APTLA = "Assistant Principal – Teaching, Learning & Assessment"
# (theme, afi, ref, action, lead, original, revised, progress, prev, curr, lead_list, end, status)
MONOUX = [
    (TH1, AFI1, "1.1", "Heads of Faculty to review A-level schemes of work so that each unit "
                       "states the prior knowledge students need and how it will be revisited.",
     APTLA, D(2024, 1, 31), None,
     "All 24 A-level schemes reviewed; sample checked at faculty reviews in January.",
     "green", "blue", [APTLA], "2024-01", "blue"),
    (TH1, AFI1, "1.2", "Deliver a CPD strand on sequencing and retrieval practice for all A-level "
                       "teachers, with follow-up drop-ins by the Teaching & Learning coaches.",
     APTLA + " / Teaching & Learning Coaches", D(2024, 3, 29), None,
     "Four of six sessions delivered; drop-ins under way.",
     "green", "green", [APTLA, "Teaching & Learning Coaches"], "2024-03", "green"),
    (TH1, AFI1, "1.3", "Introduce termly subject ‘deep dives’ in the five lowest-performing "
                       "A-level subjects (chemistry, further maths, economics, sociology, law).",
     VPCQ, D(2023, 12, 31), D(2024, 4, 30),
     "Chemistry and economics complete; sociology delayed by staff absence.",
     "amber", "amber", [VPCQ], "2024-04", "amber"),
    (TH1, AFI2, "2.1", "Revise the college assessment policy so that every subject sets at least "
                       "two assessed pieces per half-term with written feedback that tells students "
                       "what to do to improve.",
     APTLA, D(2023, 10, 31), None, "Policy approved by SLT 24/10/23.",
     "blue", "blue", [APTLA], "2023-10", "blue"),
    (TH1, AFI2, "2.2", "Monitor the quality of feedback through a work scrutiny each half-term "
                       "and report findings to curriculum managers.",
     "Curriculum Managers", D(2024, 7, 31), None,
     "Autumn scrutiny showed 71% of work meeting the standard; spring scrutiny in progress.",
     "amber", "green", ["Curriculum Managers"], "2024-07", "green"),
    (TH2, AFI3, "3.1", "Revise the Quality & Standards Committee terms of reference and reporting "
                       "template so that governors receive subject-level progress data (ALPS) at "
                       "each meeting.",
     "Clerk to the Corporation / " + VPCQ, D(2024, 1, 31), None,
     "New template used from December meeting.",
     "green", "blue", ["Clerk to the Corporation", VPCQ], "2024-01", "blue"),
    (TH2, AFI3, "3.2", "Link governors to each faculty, with one learning walk and one meeting "
                       "with the Head of Faculty each term.",
     "Chair of Governors", D(2024, 6, 30), None, "Links agreed; three of five faculties visited.",
     "green", "green", ["Chair of Governors"], "2024-06", "green"),
    (TH2, AFI4, "4.1", "Introduce same-day calls home for any absence from GCSE English or maths "
                       "resit lessons, and weekly attendance reports to Progress Tutors.",
     "Head of Student Services", D(2023, 11, 30), D(2024, 2, 29),
     "Attendance at GCSE maths 79% against 90% target; escalated to SLT.",
     "amber", "red", ["Head of Student Services"], "2024-02", "red"),
    (TH2, AFI4, "4.2", "Tie attendance at resit lessons to the college’s bursary payments, after "
                       "consultation with the Students’ Union.",
     "Director of Finance", D(2024, 9, 30), None, "Consultation with SU planned for April.",
     None, None, ["Director of Finance"], "2024-09", "unrated"),
]


def make_monoux():
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = MONOUX_TITLE
    cov["A1"].font = Font(bold=True, size=16, color="1F3864")
    cov["A2"] = "Ofsted inspection: 3–6 October 2023   |   Overall effectiveness: Requires improvement"
    cov["A4"] = "Judgement"
    cov["B4"] = "Grade"
    for c in ("A4", "B4"):
        cov[c].font = Font(bold=True)
        cov[c].fill = PatternFill("solid", fgColor=FILL["grey"])
    grades = [("Quality of education", 3), ("Behaviour and attitudes", 2),
              ("Personal development", 2), ("Leadership and management", 3),
              ("Education programmes for young people", 3),
              ("Provision for learners with high needs", 2)]
    for i, (j, g) in enumerate(grades, start=5):
        cov.cell(i, 1, j)
        cov.cell(i, 2, g)
    cov["A12"] = "Plan owner: " + VPCQ
    cov["A13"] = "Monitored by: Quality & Standards Committee (termly)"
    cov["A15"] = "RAG key"
    cov["A15"].font = Font(bold=True)
    for i, (f, t) in enumerate([("blue", "Complete"), ("green", "On track to complete by target date"),
                                ("amber", "At risk – target date revised"),
                                ("red", "Not on track / no progress"),
                                (None, "No colour – not yet started")], start=16):
        if f:
            cov.cell(i, 1).fill = PatternFill("solid", fgColor=FILL[f])
        cov.cell(i, 2, t)
    cov.column_dimensions["A"].width = 42
    cov.column_dimensions["B"].width = 40

    ws = wb.create_sheet("PIAP")
    headers = ["Ref", "Ofsted area for improvement", "Action", "Lead", "Original target",
               "Revised target", "Progress update – March 2024", "RAG Dec 23", "RAG Mar 24"]
    ncol = len(headers)
    ws.cell(1, 1, MONOUX_TITLE).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Progress update for Quality & Standards Committee, 11 March 2024").font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    for i, h in enumerate(headers, start=1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=FILL["navy"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box
    r = 5
    cur_theme = None
    afi_start = {}
    for (theme, afi, ref, action, lead, orig, rev, prog, prev, curr, *_rest) in MONOUX:
        if theme != cur_theme:
            c = ws.cell(r, 1, theme)
            c.font = Font(bold=True)
            for col in range(1, ncol + 1):
                ws.cell(r, col).fill = PatternFill("solid", fgColor=FILL["teal"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            cur_theme = theme
            r += 1
        if afi not in afi_start:
            afi_start[afi] = [r, r]
            ws.cell(r, 2, afi)
        afi_start[afi][1] = r
        ws.cell(r, 1, ref)
        ws.cell(r, 3, action)
        ws.cell(r, 4, lead)
        ws.cell(r, 5, orig).number_format = "dd/mm/yyyy"
        if rev:
            ws.cell(r, 6, rev).number_format = "dd/mm/yyyy"
        ws.cell(r, 7, prog)
        if prev:
            ws.cell(r, 8).fill = PatternFill("solid", fgColor=FILL[prev])
        if curr:
            ws.cell(r, 9).fill = PatternFill("solid", fgColor=FILL[curr])
        for col in range(1, ncol + 1):
            ws.cell(r, col).alignment = wrap
            ws.cell(r, col).border = box
        r += 1
    for afi, (s, e) in afi_start.items():
        if e > s:
            ws.merge_cells(start_row=s, start_column=2, end_row=e, end_column=2)
    r += 1
    ws.cell(r, 1, "Note: where a target date has been revised, the revised date was agreed by the "
                  "Quality & Standards Committee on 11 December 2023.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    for col, w in zip("ABCDEFGHI", [7, 40, 55, 30, 13, 13, 45, 11, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – March 2024"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A3"], sm["B3"] = "Status", "No. of actions"
    sm["A3"].font = sm["B3"].font = Font(bold=True)
    rows = [("Complete (Blue)", 3, "blue"), ("On track (Green)", 3, "green"),
            ("At risk (Amber)", 1, "amber"), ("Not on track (Red)", 1, "red"),
            ("Not yet started", 1, None)]
    for i, (k, n, f) in enumerate(rows, start=4):
        sm.cell(i, 1, k)
        sm.cell(i, 2, n)
        if f:
            sm.cell(i, 1).fill = PatternFill("solid", fgColor=FILL[f])
    sm.cell(9, 1, "Total").font = Font(bold=True)
    sm.cell(9, 2, "=SUM(B4:B8)").font = Font(bold=True)
    sm.column_dimensions["A"].width = 24
    sm.column_dimensions["B"].width = 16
    wb.save(out("mr1-sir-george-monoux-college-ofsted-post-inspection-action-plan.xlsx"))


# ----------------------------------------------------------------------------------------------
# 3. Twin Training International – Ofsted apprenticeships PIAP (xlsx, refuse: 0ct-25)
# ----------------------------------------------------------------------------------------------
TWIN_TITLE = "Twin Training International Ltd – Ofsted Post Inspection Action Plan (PIAP)"
TWIN_AFI = [
    "Leaders should ensure that apprentices’ off-the-job training is planned and recorded "
    "accurately so that all apprentices receive their full entitlement.",
    "Tutors should use the information from initial assessment to plan training that builds on "
    "the knowledge and skills apprentices already have.",
    "Leaders should improve the quality and frequency of progress reviews so that employers are "
    "fully involved in planning apprentices’ on- and off-the-job training.",
]
TWIN = [
    (0, "1.1", "Rebuild the off-the-job training tracker in Aptem so that planned and actual hours "
               "are recorded weekly for every apprentice.", "Quality Director", D(2025, 6, 30),
     "100% of apprentices have an OTJ plan on Aptem", "Complete"),
    (0, "1.2", "Monthly OTJ compliance audit of a 10% sample of apprentices, with findings "
               "reported to the Operations Board.", "Head of Compliance", D(2025, 7, 31),
     "Audit shows ≥95% of apprentices on track with OTJ hours", "On track"),
    (0, "1.3", "Train all skills coaches in recording OTJ activities that take place in the "
               "workplace.", "Training Manager", D(2025, 6, 30),
     "All coaches attended; spot checks of 20 files", "Complete"),
    (1, "2.1", "Redesign initial assessment for the Level 3 Facilities Management Supervisor and "
               "Level 2 Customer Service Practitioner standards to include a skills scan agreed "
               "with the employer.", "Head of Curriculum", D(2025, 9, 30),
     "Skills scan completed for all new starts", "On track"),
    (1, "2.2", "Skills coaches to produce individual learning plans that show how prior learning "
               "has reduced the content or duration of training.", "Head of Curriculum / Lead IQA",
     "0ct-25", "ILP sample shows RPL recorded and price/duration adjusted", "Not started"),
    (2, "3.1", "Introduce a 10-weekly tripartite review template with a section completed by the "
               "employer on workplace training planned for the next period.", "Operations Manager",
     D(2025, 8, 31), "Employer section completed in 90% of reviews", "On track"),
    (2, "3.2", "Coach skills coaches on setting SMART targets in reviews through monthly "
               "standardisation sessions.", "Lead IQA", D(2025, 11, 30),
     "IQA sample shows SMART targets in 85% of reviews", "Not started"),
    (2, "3.3", "Employer engagement newsletter and termly employer forum to explain apprentices’ "
               "training plans and the employer’s role.", "Business Development Manager",
     D(2025, 12, 31), "Employer survey: 80% understand their role", "Not started"),
]


def make_twin():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = TWIN_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection: 21–24 January 2025 (full inspection – apprenticeships)"
    ws["A3"] = "Plan owner: Quality Director        Last updated: 02/05/2025"
    headers = ["No.", "Area for improvement (from Ofsted report)", "Actions", "Responsibility",
               "Target date", "Measure of success", "Status"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="C6E0B4")
    r = 6
    seen = set()
    for afi, ref, action, who, target, measure, status in TWIN:
        ws.cell(r, 1, ref)
        if afi not in seen:
            ws.cell(r, 2, TWIN_AFI[afi])
            seen.add(afi)
        ws.cell(r, 3, action)
        ws.cell(r, 4, who)
        c = ws.cell(r, 5, target)
        if isinstance(target, dt.datetime):
            c.number_format = "mmm-yy"
        ws.cell(r, 6, measure)
        ws.cell(r, 7, status)
        for col in range(1, 8):
            ws.cell(r, col).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    for col, w in zip("ABCDEFG", [6, 45, 55, 26, 12, 40, 12]):
        ws.column_dimensions[col].width = w
    wb.save(out("mr1-twin-training-ofsted-apprenticeships-piap-typo-month-refuse.xlsx"))


# ----------------------------------------------------------------------------------------------
# 4. New Victoria Hospital – CQC must do / should do action plan (xlsx, acute independent hospital)
# ----------------------------------------------------------------------------------------------
NVH_TITLE = "New Victoria Hospital – CQC Inspection Action Plan 2024/25"
STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}
MD1 = ("The service must ensure that all staff complete mandatory training, including level 3 "
       "safeguarding children training for registered nurses in the paediatric pathway.")
MD2 = "The service must ensure that the WHO surgical safety checklist is fully completed for every patient."
MD3 = ("The service must ensure that medicines, including emergency drugs, are stored securely and "
       "at the correct temperature.")
# must do: (ref, core service, requirement, regulation, action, lead, due, evidence, status,
#           lead_list, end, end_text, status_exp)
NVH_MUST = [
    ("MD1", "Surgery", MD1, "Regulation 18 (2)(a)",
     "Mandatory training compliance report reviewed weekly by heads of department; staff below "
     "target given protected time to complete.", "Director of Clinical Services", D(2024, 12, 31),
     "Compliance 96% at 20/01/2025", "Complete", ["Director of Clinical Services"], "2024-12", None,
     "blue"),
    ("MD2a", "Surgery", MD2, "Regulation 12 (2)(a)(b)",
     "Re-launch the Five Steps to Safer Surgery with team brief and debrief in every theatre list, "
     "led by the theatre team leaders.", "Theatre Manager", D(2024, 11, 30),
     "Re-launch completed 04/11/2024", "Complete", ["Theatre Manager"], "2024-11", None, "blue"),
    ("MD2b", "Surgery", MD2, "Regulation 12 (2)(a)(b)",
     "Monthly observational audit of 20 cases per theatre, results reported to Clinical "
     "Governance Committee.", "Theatre Manager; Head of Governance", D(2025, 3, 31),
     "Oct 92%, Nov 95%, Dec 98%", "On track", ["Theatre Manager", "Head of Governance"], "2025-03",
     None, "green"),
    ("MD3", "Outpatients", MD3, "Regulation 12 (2)(g)",
     "Install continuous temperature monitoring on outpatient drug fridges and fit lockable doors "
     "to the treatment room.", "Pharmacy Manager", "31/12/2024 revised to 28/02/2025",
     "Fridge monitors installed; door works delayed by contractor", "At risk", ["Pharmacy Manager"],
     "2025-02", None, "amber"),
]
NVH_SHOULD = [
    ("SD1", "Surgery", "The service should ensure that patient records include a documented pain "
                       "score after surgery.",
     "Add a mandatory post-operative pain score field to the electronic patient record and audit "
     "monthly.", "Ward Manager", D(2025, 1, 31), "Field live 06/01/2025; January audit 100%",
     "Complete", ["Ward Manager"], "2025-01", None, "blue"),
    ("SD2", "Surgery", "The service should consider displaying safety performance information for "
                       "patients and visitors on the ward.",
     "Install ‘How are we doing?’ boards on Coombe Ward showing falls, infections and patient "
     "feedback, updated monthly.", "Ward Manager", "March 2025", "Boards ordered",
     "On track", ["Ward Manager"], "2025-03", None, "green"),
    ("SD3", "Outpatients", "The service should ensure that waiting times in outpatient clinics are "
                           "monitored and patients are kept informed of delays.",
     "Record clinic start and finish times and report delays over 30 minutes to the Outpatients "
     "Manager weekly; display delay notices at reception.", "Outpatients Manager", D(2025, 4, 30),
     "Recording started February", "On track", ["Outpatients Manager"], "2025-04", None, "green"),
    ("SD4", "Outpatients", "The service should ensure that chaperone training is completed by all "
                           "healthcare assistants.",
     "Add chaperone training to HCA induction and to annual mandatory training.",
     "Outpatients Manager / Practice Educator", D(2024, 12, 31), "11 of 14 HCAs trained",
     "Overdue", ["Outpatients Manager", "Practice Educator"], "2024-12", None, "red"),
    ("SD5", "Outpatients", "The service should review its process for sharing learning from "
                           "incidents with consultants who hold practising privileges.",
     "Quarterly learning bulletin to all consultants with practising privileges; learning from "
     "incidents to be a standing item at the Medical Advisory Committee.",
     "Hospital Director; MAC Chair", "Ongoing", "First bulletin issued December 2024", "On track",
     ["Hospital Director", "MAC Chair"], None, "Ongoing", "green"),
]


def make_nvh():
    wb = Workbook()
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    cov = wb.active
    cov.title = "Cover & version control"
    cov["A1"] = NVH_TITLE
    cov["A1"].font = Font(bold=True, size=14, color="002060")
    cov["A2"] = "CQC inspection 12–13 June 2024 (Surgery; Outpatients) – report published 19 September 2024"
    cov["A3"] = "Overall rating: Requires improvement"
    cov["A5"] = "Version control"
    cov["A5"].font = Font(bold=True)
    vc = [("Version", "Date", "Author", "Changes"),
          ("0.1", "07/10/2024", "Head of Governance", "First draft"),
          ("1.0", "21/10/2024", "Head of Governance", "Approved by Medical Advisory Committee and Board"),
          ("1.3", "27/01/2025", "Head of Governance", "January progress update")]
    for i, row in enumerate(vc, start=6):
        for j, v in enumerate(row, start=1):
            c = cov.cell(i, j, v)
            c.border = box
            if i == 6:
                c.font = Font(bold=True)
                c.fill = PatternFill("solid", fgColor=FILL["grey"])
    cov["A11"] = "Status key"
    cov["A11"].font = Font(bold=True)
    for i, (k, t) in enumerate([("Complete", "Action complete – evidence uploaded and signed off"),
                                ("On track", "Action progressing to plan"),
                                ("At risk", "Action at risk of missing due date"),
                                ("Overdue", "Due date passed and action not complete")], start=12):
        c = cov.cell(i, 1, k)
        c.fill = PatternFill("solid", fgColor=FILL[STATUS_FILL[k]])
        cov.cell(i, 2, t)
    for col, w in zip("ABCD", [16, 14, 22, 50]):
        cov.column_dimensions[col].width = w

    def sheet(name, banner, headers, rows, must):
        ws = wb.create_sheet(name)
        n = len(headers)
        ws.cell(1, 1, NVH_TITLE).font = Font(bold=True, size=13, color="002060")
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
        c = ws.cell(2, 1, banner)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000" if must else "ED7D31")
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
        for i, h in enumerate(headers, start=1):
            c = ws.cell(3, i, h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor=FILL["grey"])
            c.border = box
            c.alignment = Alignment(wrap_text=True)
        r = 4
        spans = {}
        for row in rows:
            if must:
                ref, svc, req, reg, action, lead, due, ev, st = row[:9]
                vals = [ref, svc, req, reg, action, lead, due, ev, st]
            else:
                ref, svc, req, action, lead, due, ev, st = row[:8]
                vals = [ref, svc, req, action, lead, due, ev, st]
            if req in spans:
                spans[req][1] = r
                vals[2] = None
                if must:
                    vals[3] = None
            else:
                spans[req] = [r, r]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = box
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, n).fill = PatternFill("solid", fgColor=FILL[STATUS_FILL[st]])
            r += 1
        for req, (s, e) in spans.items():
            if e > s:
                ws.merge_cells(start_row=s, start_column=3, end_row=e, end_column=3)
                if must:
                    ws.merge_cells(start_row=s, start_column=4, end_row=e, end_column=4)
        widths = ([7, 13, 45, 14, 50, 26, 14, 34, 11] if must else [7, 13, 45, 50, 26, 14, 34, 11])
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = "A4"

    sheet("Must do", "MUST DO ACTIONS (breaches of regulations)",
          ["Ref", "Core service", "CQC requirement", "Regulation", "Action(s)", "Lead", "Due date",
           "Evidence / assurance", "Status"], NVH_MUST, True)
    sheet("Should do", "SHOULD DO ACTIONS",
          ["Ref", "Core service", "CQC recommendation", "Action(s)", "Lead", "Due date",
           "Evidence / assurance", "Status"], NVH_SHOULD, False)
    wb.save(out("mr1-new-victoria-hospital-cqc-must-should-do-action-plan.xlsx"))


# ----------------------------------------------------------------------------------------------
# 5. Marine Lake Medical Practice – CQC inspection action plan (csv, GP)
# ----------------------------------------------------------------------------------------------
MLMP_TITLE = "Marine Lake Medical Practice – CQC Inspection Action Plan"
S12 = "Requirement notice: Regulation 12 Safe care and treatment"
S17 = "Requirement notice: Regulation 17 Good governance"
SSH = "Areas where the practice should improve"
F11 = ("Patients prescribed high-risk medicines (methotrexate, lithium) did not always have the "
       "required monitoring before prescriptions were issued.")
F13 = "Safety alerts (MHRA) were not consistently acted on or recorded."
# (section, ref, finding, action, lead, target, status, progress, lead_list, end, end_text, status_exp)
MLMP = [
    (S12, "1.1", F11, "Search run monthly by the clinical pharmacist for all patients on high-risk "
                      "medicines; overdue bloods flagged and prescriptions limited to 28 days until "
                      "monitoring is up to date.",
     "Clinical Pharmacist / Dr H. Lowe", "31/05/2024", "Complete",
     "Monthly searches since May; 0 overdue at August audit",
     ["Clinical Pharmacist", "Dr H. Lowe"], "2024-05", None, "blue"),
    (S12, "1.2", F11, "Add a monitoring reminder to the repeat template for each high-risk drug.",
     "Dr H. Lowe", "30/06/2024", "Complete", "Templates updated 18/06/2024",
     ["Dr H. Lowe"], "2024-06", None, "blue"),
    (S12, "1.3", F13, "Set up a shared inbox and log for MHRA and CAS alerts; log reviewed at the "
                      "fortnightly clinical meeting.\nRetrospective searches run for the valproate "
                      "and SGLT2 inhibitor alerts.",
     "Practice Manager", "31/07/2024", "Complete", "Alert log in place; searches completed 22/07/2024",
     ["Practice Manager"], "2024-07", None, "blue"),
    (S17, "2.1", "The practice did not have effective oversight of staff training, immunisation "
                 "status and DBS checks.",
     "Create a single staff compliance matrix covering mandatory training, immunisations and DBS; "
     "review quarterly.", "Practice Manager", "30/09/2024", "On track",
     "Matrix built; immunisation records for 3 staff outstanding",
     ["Practice Manager"], "2024-09", None, "green"),
    (S17, "2.2", "Systems to review and learn from significant events were not embedded.",
     "Significant events to be discussed at the monthly practice meeting, with minutes and actions "
     "shared with all staff.", "Practice Manager & Dr S. Birch", "Monthly", "On track",
     "Standing agenda item since June",
     ["Practice Manager", "Dr S. Birch"], None, "Monthly", "green"),
    (S17, "2.3", "The practice had not acted on feedback from the national GP patient survey about "
                 "telephone access.",
     "Move to a cloud-based telephony system with call-back and queue position; review call data "
     "with the PPG.", "Practice Manager", "Nov-24", "Not started",
     "Awaiting ICB digital funding decision", ["Practice Manager"], "2024-11", None, "unrated"),
    (SSH, "3.1", "The practice should continue to improve uptake of cervical screening.",
     "Offer evening and Saturday smear appointments through the PCN extended access service; text "
     "reminders to non-responders.", "Nurse Manager", "31/03/2025", "On track",
     "Saturday clinics started August", ["Nurse Manager"], "2025-03", None, "green"),
    (SSH, "3.2", "The practice should improve the identification of carers.",
     "Carers’ champion to review new patient registration forms and add the carer code; promote "
     "Carers Week in the waiting room.", "Carers Champion (Reception)", "Dec-24", "On track",
     "Carers register up from 1.4% to 1.9%", ["Carers Champion (Reception)"], "2024-12", None,
     "green"),
]


def make_mlmp():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    blank = [""] * 6
    w.writerow([MLMP_TITLE] + blank)
    w.writerow(["Inspection date: 9 April 2024 | Report published: 4 June 2024 | Overall rating: "
                "Requires improvement"] + blank)
    w.writerow(["Updated by Practice Manager: 02/09/2024"] + blank)
    w.writerow([""] * 7)
    w.writerow(["Ref", "Finding (CQC report)", "Action", "Lead", "Target date", "Status",
                "Progress / evidence"])
    section = None
    for sec, ref, finding, action, lead, target, status, prog, *_ in MLMP:
        if sec != section:
            w.writerow([sec] + blank)
            section = sec
        w.writerow([ref, finding, action, lead, target, status, prog])
    w.writerow([""] * 7)
    w.writerow(["Plan agreed at practice partners’ meeting 12/06/2024 and shared with NHS Cheshire "
                "and Merseyside ICB (Wirral place)."] + blank)
    with open(out("mr1-marine-lake-medical-practice-cqc-inspection-action-plan.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ----------------------------------------------------------------------------------------------
# 6. Ellingham Hospital – CQC mental health must do / should do (tab-separated txt export)
# ----------------------------------------------------------------------------------------------
ELL_TITLE = "Ellingham Hospital – CQC Action Plan (Must Do / Should Do)"
CAMHS = "Child and adolescent mental health wards"
ACUTE = "Acute wards for adults of working age"
R1 = ("The service must ensure that staff complete and record physical health observations after "
      "the administration of rapid tranquillisation.")
# (id, core service, type, requirement, action, owner, target, revised, rag, update,
#  lead_list, end, end_text, status)
ELL = [
    ("ELL-01", CAMHS, "Must do", R1,
     "Rapid tranquillisation policy re-launched; NEWS2 observation chart added to the RT pack on "
     "each ward.", "Director of Clinical Services", "31/01/2025", "", "B",
     "Completed 20/01/2025 – policy briefings to all nursing staff",
     ["Director of Clinical Services"], "2025-01", None, "blue"),
    ("ELL-02", CAMHS, "Must do", R1,
     "Weekly audit of all RT episodes by the ward managers, with results to the Clinical "
     "Governance Group.", "Ward Managers; Head of Quality", "28/02/2025", "30/04/2025", "A",
     "Audit running; compliance 78% in February", ["Ward Managers", "Head of Quality"], "2025-04",
     None, "amber"),
    ("ELL-03", CAMHS, "Must do",
     "The service must ensure that there are enough suitably qualified nursing staff on each shift.",
     "Recruit to 6 WTE registered nurse vacancies; use block-booked agency nurses who have completed "
     "local induction until posts are filled.", "Hospital Director / HR Business Partner", "Jun-25",
     "", "A", "3 RNs appointed, start dates April", ["Hospital Director", "HR Business Partner"],
     "2025-06", None, "amber"),
    ("ELL-04", CAMHS, "Must do",
     "The service must ensure that blanket restrictions are reviewed and only used where justified.",
     "Review all blanket restrictions with young people at community meetings and record the "
     "rationale for each restriction that remains.", "Head of Nursing", "31/03/2025", "", "G",
     "Reviewed on two of three wards", ["Head of Nursing"], "2025-03", None, "green"),
    ("ELL-05", ACUTE, "Should do",
     "The service should ensure that care plans reflect patients’ views and are personalised.",
     "Care plan audit tool updated to check the patient’s voice; patients offered a copy of their "
     "care plan at each review.", "Head of Nursing", "April 2025", "", "G",
     "Audit tool updated", ["Head of Nursing"], "2025-04", None, "green"),
    ("ELL-06", ACUTE, "Should do",
     "The service should ensure that ligature risk assessments are updated when environmental "
     "changes are made.",
     "Ligature assessment reviewed after every estates job, recorded on the maintenance sign-off "
     "form.", "Estates Manager & Health and Safety Lead", "31/12/2024", "", "B",
     "Complete – form in use since December 2024", ["Estates Manager", "Health and Safety Lead"],
     "2024-12", None, "blue"),
    ("ELL-07", ACUTE, "Should do",
     "The service should ensure that patients have regular access to psychology.",
     "Appoint a 0.6 WTE assistant psychologist for the adult ward.", "Hospital Director",
     "31/03/2025", "", "R", "Recruitment paused pending budget review", ["Hospital Director"],
     "2025-03", None, "red"),
    ("ELL-08", CAMHS, "Should do",
     "The service should ensure that young people’s education records are requested from their "
     "home school promptly on admission.",
     "Admission checklist amended so that the hospital school requests education records within 5 "
     "working days of admission.", "Head Teacher (hospital school)", "Ongoing", "", "G",
     "Checklist amended; monitored through admissions audit",
     ["Head Teacher (hospital school)"], None, "Ongoing", "green"),
]


def make_ell():
    lines = [
        ELL_TITLE,
        "Exported from Radar Healthcare 14/03/2025 09:12",
        "Inspection: 15–17 October 2024 | Report published: 22 January 2025",
        "",
        "\t".join(["Action ID", "Core service", "Type", "CQC requirement", "Action", "Owner",
                   "Target date", "Revised target date", "RAG", "Latest update"]),
    ]
    for row in ELL:
        lines.append("\t".join(row[:10]))
    lines.append("")
    lines.append("8 actions | Blue 2 | Green 3 | Amber 2 | Red 1")
    lines.append("RAG: B = complete; G = on track; A = at risk; R = off track")
    with open(out("mr1-ellingham-hospital-cqc-mental-health-must-should-do-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ----------------------------------------------------------------------------------------------
# 7. HMP Swaleside – HMPPS action plan responding to HMI Prisons inspection (docx, national body)
# ----------------------------------------------------------------------------------------------
SWALE_TITLE = "Action Plan: HMP Swaleside"
PC = "Priority concerns"
KC = "Key concerns"
C1 = ("Levels of violence, including serious assaults on staff, had increased since the last "
      "inspection and were higher than in similar prisons.")
C2 = ("Too many prisoners were locked in their cells for more than 22 hours a day and had little "
      "access to purposeful activity.")
C3 = "The supply of illicit drugs was high, with 30% of random mandatory drug tests positive."
C4 = "Prisoners’ complaints were not always answered on time or to a good standard."
C5 = ("Many prisoners said they had problems getting access to health care, and waiting times for "
      "the GP were too long.")
C6 = "Resettlement planning for prisoners released directly from Swaleside was poor."
# section -> list of (concern, agreed, [(ref, action, owner, target, lead_list, end, end_text)])
SWALE = [
    (PC, [
        (C1, "Agreed", [
            ("1.1", "Establish a weekly Safer Custody and Violence Reduction meeting chaired by the "
                    "Head of Safety, using CSIP data to target the most violent prisoners.",
             "Head of Safety", "31/05/2025", ["Head of Safety"], "2025-05", None),
            ("1.2", "Complete a violence diagnostic with the Long-Term High Security Estate (LTHSE) "
                    "safety team and implement its recommendations.",
             "Deputy Governor", "September 2025", ["Deputy Governor"], "2025-09", None),
        ]),
        (C2, "Partly Agreed", [
            ("2.1", "Introduce a revised regime that unlocks all prisoners in employment or "
                    "education for a minimum of 7.5 hours on weekdays, subject to staffing levels.",
             "Head of Residence / Head of Regimes", "30/09/2025",
             ["Head of Residence", "Head of Regimes"], "2025-09", None),
            ("2.2", "Increase activity places in industries and education by reopening the textile "
                    "workshop.", "Head of Reducing Reoffending", "31 March 2026",
             ["Head of Reducing Reoffending"], "2026-03", None),
        ]),
        (C3, "Agreed", [
            ("3.1", "Use the X-ray body scanner for all new receptions and for prisoners returning "
                    "from visits where intelligence indicates.",
             "Head of Security", "30/06/2025", ["Head of Security"], "2025-06", None),
        ]),
    ]),
    (KC, [
        (C4, "Agreed", [
            ("4.1", "Business Hub manager to monitor complaint timeliness daily, with a monthly "
                    "quality check of 10 replies by the Governor.",
             "Business Hub Manager; Governor", "Ongoing – monthly quality assurance",
             ["Business Hub Manager", "Governor"], None, "Ongoing – monthly quality assurance"),
        ]),
        (C5, "Partly Agreed", [
            ("5.1", "Healthcare provider to review GP clinic capacity and introduce a triage nurse "
                    "appointment within 48 hours of application.",
             "Head of Healthcare", "31/08/2025", ["Head of Healthcare"], "2025-08", None),
        ]),
        (C6, "Agreed", [
            ("6.1", "Introduce a pre-release board 12 weeks before release for all prisoners due "
                    "for release, attended by the Community Offender Manager.",
             "Head of Offender Management Delivery", "July 2025",
             ["Head of Offender Management Delivery"], "2025-07", None),
        ]),
    ]),
]


def make_swale():
    doc = Document()
    doc.add_paragraph(SWALE_TITLE, style="Title")
    for line in ["Action Plan Submitted: 14 April 2025",
                 "A Response to the HMIP Inspection: 4–15 November 2024",
                 "Report Published: 18 March 2025"]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_paragraph("INTRODUCTION", style="Heading 1")
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate that reports on the "
        "conditions for, and treatment of, people held in prisons and young offender institutions "
        "in England and Wales. Following each inspection, HM Prison and Probation Service (HMPPS) "
        "prepares an action plan setting out its response to the concerns raised in the report.")
    doc.add_paragraph(
        "From May 2022 HMIP reports priority and key concerns rather than recommendations. This plan "
        "states whether each concern is agreed, partly agreed or not agreed, using the categories "
        "below, and sets out the actions the prison will take, who owns them and when they will be "
        "delivered. Progress is monitored by the Prison Group Director.")
    cat = doc.add_table(rows=4, cols=2)
    cat.style = "Table Grid"
    for i, (t, d) in enumerate([
        ("Term", "Definition"),
        ("Agreed", "The concern is accepted in full and the actions will address it within the "
                   "timescales shown."),
        ("Partly Agreed", "Only part of the concern can be addressed, for operational, policy or "
                          "affordability reasons. The response states which part will be delivered."),
        ("Not Agreed", "The concern is not accepted and no action will be taken. The response "
                       "explains why."),
    ]):
        set_cell(cat.rows[i].cells[0], t, bold=True)
        set_cell(cat.rows[i].cells[1], d, bold=(i == 0))
        if i == 0:
            shade(cat.rows[i].cells[0], "D9D9D9")
            shade(cat.rows[i].cells[1], "D9D9D9")
    doc.add_paragraph()
    doc.add_paragraph("ACTION PLAN", style="Heading 1")
    headers = ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action",
               "Responsible Owner", "Target Date"]
    for section, concerns in SWALE:
        doc.add_paragraph(section, style="Heading 2")
        nrows = 1 + sum(len(acts) for _, _, acts in concerns)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "BDD7EE")
        r = 1
        for concern, agreed, acts in concerns:
            start = r
            for ref, action, owner, target, *_ in acts:
                cells = t.rows[r].cells
                set_cell(cells[0], ref)
                set_cell(cells[3], action)
                set_cell(cells[4], owner)
                set_cell(cells[5], target)
                r += 1
            set_cell(t.cell(start, 1), concern)
            set_cell(t.cell(start, 2), agreed)
            if r - 1 > start:
                t.cell(start, 1).merge(t.cell(r - 1, 1))
                t.cell(start, 2).merge(t.cell(r - 1, 2))
        doc.add_paragraph()
    doc.save(out("mr1-hmp-swaleside-hmip-inspection-action-plan.docx"))


if __name__ == "__main__":
    make_lipson()
    make_monoux()
    make_twin()
    make_nvh()
    make_mlmp()
    make_ell()
    make_swale()
    print("built 7 files in", HERE)
