#!/usr/bin/env python3
"""Build the seven fl1- blind test files of set heldout202.

Run with the project's Python (openpyxl, python-docx):
    /work/main/.venv/bin/python fl1_make.py
Files are written beside this script.
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
D = dt.datetime

FILL = {
    "B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
    "Complete": "00B0F0",
}


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def header_row(table, headings, fill="1F3864"):
    for c, h in zip(table.rows[0].cells, headings):
        set_cell(c, h, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fill)


# =====================================================================
# 1. School: Bishop Justus CE School, SIAMS inspection action plan (docx)
#    Title, document control table, RAG key (Green = completed), one
#    heading + area-for-development paragraph + table per area, sign-off.
# =====================================================================
SCHOOL_TITLE = "Bishop Justus Church of England School \u2013 SIAMS Inspection Action Plan 2024\u201325"
SCHOOL_AREAS = [
    (
        "Area for development 1: Collective worship",
        "Develop opportunities for pupils to plan, lead and evaluate collective worship so that it more "
        "consistently enables pupils and adults to flourish spiritually.",
        "Link governor: Revd Canon Sarah Holt (Foundation Governor)",
        [
            ("1.1",
             "Establish a Worship Leadership Team of twelve students drawn from Years 7 to 12, with a termly "
             "training day led by the Chaplain.",
             "Chaplain",
             "Students plan and lead at least one act of worship per house each half term.",
             "Summer term 2024", "Green"),
            ("1.2",
             "Introduce a student-led evaluation of worship using the \u2018Invitational, Inclusive, "
             "Inspiring\u2019 prompts; findings reported to the Ethos Committee.",
             "Chaplain / Head of Sixth Form",
             "Evaluation completed each term; changes to worship made in response are recorded.",
             "Autumn term 2024", "Amber"),
            ("1.3",
             "Review the pattern of tutor-time reflection so that it links explicitly to the school vision "
             "(Love, Hope, Service) and gives pupils time for silence and personal prayer.",
             "Mrs K Adeyemi (Deputy Headteacher)",
             "Learning walks show reflection taking place in all tutor groups; pupil voice positive.",
             "Spring term 2025", "Red"),
        ],
    ),
    (
        "Area for development 2: Religious education",
        "Strengthen the sequencing of the Key Stage 3 religious education curriculum so that pupils build "
        "secure knowledge of Christianity as a living, diverse world faith over time.",
        "Link governor: Mr David Okafor (Foundation Governor)",
        [
            ("2.1",
             "Map the Key Stage 3 RE curriculum against the Church of England Statement of Entitlement and "
             "identify gaps in the teaching of Christianity as a global faith.",
             "Head of RE",
             "Curriculum map approved by the Ethos Committee.",
             "July 2024", "Green"),
            ("2.2",
             "Rewrite the Year 8 and Year 9 units of work, including knowledge organisers and end-of-unit "
             "assessments.",
             "JMc & TO",
             "New units taught from September; assessment data shows improved recall.",
             "Summer term 2025", "Amber"),
            ("2.3",
             "Diocesan RE adviser to review Key Stage 3 lessons and pupils\u2019 books and report on the "
             "impact of the new sequence.",
             "Head of RE",
             "Adviser\u2019s report shared with governors.",
             "February 2025", "Amber"),
        ],
    ),
    (
        "Area for development 3: Justice and responsibility",
        "Extend the ways in which pupils can act as agents of change, so that their courageous advocacy has "
        "impact beyond the school community.",
        "Link governor: Revd Canon Sarah Holt (Foundation Governor)",
        [
            ("3.1",
             "Launch a student Social Justice Council with representation from every house; the council "
             "chooses one local and one global cause each year.",
             "Assistant Headteacher (Personal Development)",
             "Council meets half-termly; causes chosen and publicised.",
             "Autumn term 2024", "Green"),
            ("3.2",
             "Strengthen partnership work with local churches and charities, including a termly volunteering "
             "programme for Year 10 and Year 12.",
             "Chaplain; Head of Year 10",
             "At least 60% of Year 10 and Year 12 take part in volunteering.",
             "Ongoing", "Amber"),
        ],
    ),
]


def make_school():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(SCHOOL_TITLE, level=1)
    doc.add_paragraph("SIAMS inspection: 6 March 2024    Report published: 17 April 2024")
    doc.add_paragraph(
        "Inspection outcome: The school is living up to its foundation as a Church school and enabling "
        "pupils and adults to flourish.")

    doc.add_heading("Document control", level=3)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Approved by"], fill="595959")
    for row in [("1.0", "22/04/2024", "Deputy Headteacher (Ethos)", "Ethos Committee"),
                ("1.1", "24/06/2024", "Deputy Headteacher (Ethos)", "Local Governing Body"),
                ("1.2", "18/11/2024", "Deputy Headteacher (Ethos)", "Ethos Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG key", level=3)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, meaning in [("Red", "Not started or significantly behind schedule"),
                          ("Amber", "Under way and on track"),
                          ("Green", "Completed and impact evident")]:
        cells = t.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], FILL[word])
        set_cell(cells[1], meaning)

    for heading, afd, governor, actions in SCHOOL_AREAS:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        r = p.add_run(afd)
        r.italic = True
        doc.add_paragraph(governor)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "Success criteria", "Timescale", "RAG"])
        for ref, action, lead, success, when, rag in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, success, when, rag]):
                set_cell(c, v)
            shade(cells[5], FILL[rag])

    doc.add_paragraph("")
    doc.add_paragraph(
        "Progress against this plan is reported termly to the Ethos Committee. Next review: January 2025.")
    doc.add_heading("Sign-off", level=3)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Role", "Name", "Date"], fill="595959")
    for row in [("Headteacher", "Mr P Watkins", "18/11/2024"),
                ("Chair of Governors", "Mrs A Lindqvist", "18/11/2024")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(out("fl1-bishop-justus-ce-school-siams-inspection-action-plan.docx"))


# =====================================================================
# 2. College: Blackburn College, Ofsted post-inspection action plan (xlsx)
#    Cover sheet with title block and BRAG key; PIAP sheet with theme band
#    rows, area for improvement merged down its actions, target + revised
#    date, previous + current RAG letters with fills; RAG summary sheet.
# =====================================================================
COLLEGE_TITLE = "Blackburn College Ofsted Post-Inspection Action Plan 2024/25"
COLLEGE_ROWS = [
    ("Quality of education",
     "Leaders should ensure that teachers of English and mathematics on education programmes for young "
     "people plan learning that builds on what learners already know, so that more learners achieve their "
     "qualifications.",
     [
         ("1.1",
          "Introduce diagnostic assessment in the first three weeks of the course for all GCSE and Functional "
          "Skills English and maths learners, and use the outcomes to set individual starting points.",
          "Head of English & Maths", D(2024, 9, 30), None,
          "100% of learners have a recorded starting point by week 4.",
          "Diagnostics completed for 1,146 learners; starting points on ProMonitor.", "G", "B"),
         ("1.2",
          "Deliver a programme of fortnightly coaching for English and maths teachers focused on retrieval "
          "practice and checking learners' understanding.",
          "Head of Teaching & Learning / Advanced Practitioners", D(2024, 12, 31), D(2025, 3, 31),
          "Observation profile shows checking of understanding as a strength in 80% of visits.",
          "Coaching started late owing to AP vacancy; two APs now in post.", "A", "A"),
         ("1.3",
          "Monitor attendance at English and maths lessons weekly and agree improvement actions with "
          "curriculum heads where attendance falls below 85%.",
          "Assistant Principal \u2013 16-19 / Head of Quality", D(2025, 7, 31), None,
          "English and maths attendance at or above 88%.",
          "Attendance 86.4% at end of December (up 4.1 points).", "G", "G"),
     ]),
    ("Behaviour and attitudes",
     "Leaders should ensure that learners on study programmes attend their lessons and work placements "
     "consistently, and that staff challenge poor punctuality.",
     [
         ("2.1",
          "Launch the revised attendance and punctuality policy, with first-day absence calls made by the "
          "student services team.",
          "Head of Student Services", D(2024, 9, 30), None,
          "Policy launched; calls logged for every first-day absence.",
          "Policy launched at induction; call log audited in October.", "G", "B"),
         ("2.2",
          "Extend the use of ProMonitor concern and commendation logging to all study programme courses and "
          "report trends to the monthly curriculum performance reviews.",
          "MH, DW", D(2024, 11, 30), D(2025, 2, 28),
          "All courses using logging; trends discussed at every CPR.",
          "Rolled out to 14 of 19 curriculum areas.", "A", "A"),
     ]),
    ("Apprenticeships",
     "Leaders should ensure that apprentices receive useful and timely feedback on their progress, and that "
     "reviews involve employers in planning on- and off-the-job training.",
     [
         ("3.1",
          "Replace the current progress review template with a tripartite review in Aptem that records agreed "
          "targets for on- and off-the-job training.",
          "Director of Apprenticeships", D(2024, 10, 31), None,
          "All reviews from November completed on the new template.",
          "Template live; sample of 40 reviews shows employer targets recorded.", "G", "B"),
         ("3.2",
          "Train all skills coaches in writing developmental feedback; the quality team samples 10% of "
          "feedback each month.",
          "Head of Quality", D(2025, 3, 31), None,
          "Feedback sample graded good or better in 85% of cases.",
          "Training delivered to 31 of 34 coaches.", "G", "G"),
         ("3.3",
          "Hold quarterly employer forums for engineering and health apprenticeships to review how well "
          "off-the-job training matches workplace activity.",
          "Apprenticeship Curriculum Managers", D(2025, 7, 31), None,
          "Forum actions recorded and closed within the quarter.",
          "First health forum held in December; engineering forum booked for February.", "R", "A"),
     ]),
    ("Leadership and management",
     "Governors should receive more detailed information about the quality of apprenticeships and high "
     "needs provision so that they can hold leaders to account effectively.",
     [
         ("4.1",
          "Redesign the governors' quality dashboard to include apprenticeship timely achievement, learners "
          "with high needs and learner voice measures.",
          "Deputy Principal \u2013 Curriculum & Quality", D(2025, 1, 31), None,
          "Dashboard used at every Quality, Standards & Curriculum Committee.",
          "Draft dashboard presented in January; final version due for March committee.", "G", "G"),
         ("4.2",
          "Appoint a link governor for apprenticeships and schedule two learning walks a year with the "
          "Director of Apprenticeships.",
          "Clerk to the Corporation", D(2024, 11, 30), None,
          "Link governor appointed; learning walks minuted.",
          "Link governor appointed 12/11/2024; first learning walk held 05/12/2024.", "G", "B"),
     ]),
]


def thin_border():
    s = Side(style="thin", color="999999")
    return Border(left=s, right=s, top=s, bottom=s)


def make_college():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = COLLEGE_TITLE
    cov["A1"].font = Font(bold=True, size=16, color="7030A0")
    rows = [("Inspection dates", "12\u201315 March 2024"),
            ("Overall effectiveness", "Requires improvement"),
            ("Plan owner", "Deputy Principal \u2013 Curriculum & Quality"),
            ("Monitored by", "Quality, Standards & Curriculum Committee"),
            ("Version", "v4 \u2013 updated 20/01/2025")]
    for i, (k, v) in enumerate(rows, start=3):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A9"] = "RAG key"
    cov["A9"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete \u2013 impact evidenced"),
                                ("G", "On track"),
                                ("A", "Some slippage \u2013 action in hand"),
                                ("R", "Off track \u2013 escalate to SLT")], start=10):
        c = cov.cell(i, 1, k)
        c.fill = PatternFill("solid", fgColor=FILL[k])
        c.alignment = Alignment(horizontal="center")
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("PIAP")
    heads = ["Ref", "Area for improvement (Ofsted)", "Action", "Lead", "Target date", "Revised date",
             "Success measure", "Progress update (January 2025)", "RAG Nov-24", "RAG Jan-25"]
    ws["A1"] = COLLEGE_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Areas for improvement from the inspection report (March 2024). Progress updated for the "
                "January 2025 Quality, Standards & Curriculum Committee.")
    ws.merge_cells("A2:J2")
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = thin_border()
    r = 5
    for theme, afi, actions in COLLEGE_ROWS:
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        first = r
        for ref, action, lead, target, revised, measure, progress, prev, cur in actions:
            vals = [ref, afi if r == first else None, action, lead, target, revised, measure, progress, prev, cur]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = thin_border()
            for j in (5, 6):
                ws.cell(r, j).number_format = "mmm-yy"
            for j, v in ((9, prev), (10, cur)):
                ws.cell(r, j).fill = PatternFill("solid", fgColor=FILL[v])
                ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: revised dates agreed by SLT on 09/12/2024. Actions rated B stay on the plan until "
                  "impact is confirmed at the summer SAR validation.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    for col, w in zip("ABCDEFGHIJ", [6, 40, 50, 24, 11, 11, 34, 40, 9, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("RAG summary")
    sm["A1"] = "RAG summary"
    sm["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Status", "Nov-24", "Jan-25"], start=1):
        sm.cell(3, j, h).font = Font(bold=True)
    allacts = [a for _, _, acts in COLLEGE_ROWS for a in acts]
    for i, k in enumerate(["B", "G", "A", "R"], start=4):
        sm.cell(i, 1, k).fill = PatternFill("solid", fgColor=FILL[k])
        sm.cell(i, 2, sum(1 for a in allacts if a[7] == k))
        sm.cell(i, 3, sum(1 for a in allacts if a[8] == k))
    sm.cell(8, 1, "Total").font = Font(bold=True)
    sm.cell(8, 2, len(allacts))
    sm.cell(8, 3, len(allacts))
    wb.save(out("fl1-blackburn-college-ofsted-post-inspection-action-plan.xlsx"))


# =====================================================================
# 3. University apprenticeships PIAP, CSV export (refuse: "Febuary 2025")
#    Title + note lines, header, AFI number and text only on the first
#    action of each AFI, status key line at the foot.
# =====================================================================
UNI_LINES = [
    ["University of Portsmouth \u2013 Apprenticeships Post-Inspection Action Plan (PIAP)"],
    ["Ofsted full inspection 16\u201319 January 2024 (report published 23 February 2024). "
     "Owner: Apprenticeships Quality Board. Last updated 03/12/2024"],
    [],
    ["AFI", "Area for improvement", "Ref", "Action", "Responsible", "Target date", "Status", "Progress note"],
    ["1", "Leaders should ensure that apprentices' off-the-job training is planned and recorded accurately, "
          "so that apprentices receive their full entitlement.",
     "1.1", "Replace the spreadsheet off-the-job log with the OneFile tracker for all new starts and migrate "
            "continuing apprentices.",
     "Head of Apprenticeship Operations", "31/07/2024", "Complete", "Migration completed for all 412 apprentices."],
    ["", "", "1.2", "Monthly check of off-the-job hours by academic tutors, with apprentices below 80% of planned "
                    "hours discussed at the tripartite review.",
     "Academic Tutors / Apprenticeship Coordinators", "Dec-24", "On track",
     "First full quarter of data shows 87% of apprentices on plan."],
    ["", "", "1.3", "Report off-the-job compliance by programme to the Apprenticeships Quality Board each term.",
     "Head of Apprenticeship Operations", "Termly", "On track", ""],
    ["2", "Leaders should ensure that employers are fully involved in planning and reviewing apprentices' "
          "progress.",
     "2.1", "Hold a start-of-programme planning meeting with every employer and record the agreed workplace "
            "activities in the training plan.",
     "Programme Leads", "March 2025", "On track", "Meetings held for the September cohort (96 employers)."],
    ["", "", "2.2", "Introduce an employer feedback survey after each progress review and act on the themes "
                    "through the programme committees.",
     "Director of Apprenticeships", "Febuary 2025", "Not started",
     "Survey drafted; launch held back to align with the new CRM."],
    ["3", "Leaders should ensure that apprentices receive effective careers information so that they "
          "understand the options open to them beyond their apprenticeship.",
     "3.1", "Embed careers guidance sessions from the Careers and Employability Service in year 2 of each "
            "degree apprenticeship.",
     "Head of Careers and Employability", "Sep-24", "Complete", ""],
    ["", "", "3.2", "Add a careers and progression conversation to the final-year tripartite review.",
     "Programme Leads; Careers Adviser", "31/05/2025", "Not started", ""],
    ["4", "Leaders should ensure that safeguarding and Prevent training for apprentices is refreshed "
          "regularly.",
     "4.1", "Add annual Prevent and British values refresher modules to all apprenticeship Moodle sites.",
     "Designated Safeguarding Lead", "Jan-25", "On track", "Modules built; release scheduled for January."],
    [],
    ["Status key: Complete / On track / At risk / Not started"],
]


def make_uni():
    path = out("fl1-university-of-portsmouth-ofsted-apprenticeships-piap-typo-month-refuse.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in UNI_LINES:
            w.writerow(row)


# =====================================================================
# 4. Hospital: Hampshire Hospitals NHSFT CQC must do / should do (xlsx)
#    Key & summary sheet; "Must do" and "Should do" sheets with core
#    service band rows, must-do text (and regulation) merged down its
#    actions, original + revised target, BRAG shown by fill colour only.
# =====================================================================
HHFT_TITLE = "Hampshire Hospitals NHS Foundation Trust \u2013 CQC Must Do and Should Do Action Plan"
BNHH = "Urgent and emergency care \u2013 Basingstoke and North Hampshire Hospital"
RHCH = "Medical care (including older people\u2019s care) \u2013 Royal Hampshire County Hospital"
HHFT_MUST = [
    (BNHH, [
        ("The trust must ensure that patients in the emergency department have their pain assessed promptly "
         "and that pain relief is given and reassessed in line with trust policy.",
         "Regulation 12(1)(2)(a)(b)",
         [("MD1.1", "Add a mandatory pain score to the ED triage screen in the electronic patient record, with "
                    "a 30-minute reassessment prompt.",
           "Clinical Director, Emergency Medicine", D(2024, 11, 30), None,
           "Pain score field live 04/11/2024; screenshots and go-live notice held as evidence.", "B"),
          ("MD1.2", "Weekly audit of 20 ED records for time to analgesia, with results reported to the Urgent "
                    "Care Group governance meeting.",
           "ED Matron / Lead Nurse for ED", D(2025, 1, 31), D(2025, 3, 31),
           "Audit running since December; compliance 71% against 90% standard.", "A")]),
        ("The trust must ensure that staff complete mandatory safeguarding training at the level required for "
         "their role.",
         "Regulation 18(2)(a)",
         [("MD2.1", "Produce a named list of ED staff below compliance and book all outstanding Level 3 adult "
                    "and children\u2019s safeguarding sessions.",
           "Head of Nursing \u2013 Urgent Care", D(2024, 12, 31), None,
           "Level 3 compliance 88% (from 64%); remaining staff booked for February.", "G")]),
    ]),
    (RHCH, [
        ("The trust must ensure that medicines are stored securely and that fridge temperatures are recorded "
         "and acted on when out of range.",
         "Regulation 12(2)(g)",
         [("MD3.1", "Install remote temperature monitoring on all ward medicine fridges with automatic alerts "
                    "to pharmacy.",
           "Chief Pharmacist", D(2025, 2, 28), None,
           "Sensors fitted on 9 of 12 wards.", "G"),
          ("MD3.2", "Monthly medicines security audit by ward pharmacists, included in the ward accreditation "
                    "scheme.",
           "Chief Pharmacist; Deputy Chief Nurse", D(2024, 10, 31), None,
           "Audit embedded from October; three consecutive months at 100%.", "B")]),
    ]),
]
HHFT_SHOULD = [
    (BNHH, [
        ("The trust should consider how it can improve the privacy of patients being assessed in the ambulance "
         "handover area.",
         [("SD1.1", "Install ceiling-mounted curtain tracks in the handover corridor bays.",
           "Estates Project Manager", D(2025, 3, 31), None,
           "Capital bid approved; works not yet scheduled.", None)]),
        ("The trust should ensure that paediatric early warning scores are completed consistently for children "
         "in the emergency department.",
         [("SD2.1", "Add PEWS completion to the monthly ED children\u2019s audit and share results at safety "
                    "huddles.",
           "Paediatric ED Lead Nurse", D(2024, 12, 31), D(2025, 1, 31),
           "First audit completed January; 92% compliance.", "G")]),
    ]),
    (RHCH, [
        ("The trust should ensure that discharge summaries are sent to GPs within 24 hours of discharge.",
         [("SD3.1", "Introduce a daily report of unsent discharge summaries for each ward manager.",
           "Deputy Chief Operating Officer", D(2024, 12, 31), None,
           "Report live in Power BI; used at the 10am board round.", "G"),
          ("SD3.2", "Agree a trajectory with the medicine care group to reach 95% of discharge summaries sent "
                    "within 24 hours.",
           "Clinical Director, Medicine", "Q4 2024/25", None,
           "Currently 81%; trajectory to be agreed at February performance review.", "A")]),
    ]),
]


def _hhft_sheet(ws, title, heads, groups, with_reg):
    ncol = len(heads)
    ws.cell(1, 1, title).font = Font(bold=True, size=13, color="005EB8")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    for j, h in enumerate(heads, start=1):
        c = ws.cell(2, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = thin_border()
    r = 3
    for service, items in groups:
        c = ws.cell(r, 1, service)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DCE6F1")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for item in items:
            if with_reg:
                text, reg, acts = item
            else:
                text, acts = item
                reg = None
            first = r
            for ref, action, lead, orig, rev, prog, brag in acts:
                vals = [ref, text if r == first else None]
                if with_reg:
                    vals.append(reg if r == first else None)
                vals += [action, lead, orig, rev, prog, None]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    c.border = thin_border()
                for j in (ncol - 3, ncol - 2):
                    ws.cell(r, j).number_format = "dd/mm/yyyy"
                if brag:
                    ws.cell(r, ncol).fill = PatternFill("solid", fgColor=FILL[brag])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                if with_reg:
                    ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    widths = [8, 42] + ([16] if with_reg else []) + [46, 26, 12, 12, 40, 8]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A3"


def make_hhft():
    wb = Workbook()
    ks = wb.active
    ks.title = "Key & summary"
    ks["A1"] = HHFT_TITLE
    ks["A1"].font = Font(bold=True, size=14, color="005EB8")
    ks["A2"] = ("Inspection of Basingstoke and North Hampshire Hospital and Royal Hampshire County Hospital, "
                "9\u201311 July 2024; report published 18 October 2024. Position at 31 January 2025.")
    ks["A4"] = "BRAG key"
    ks["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete \u2013 evidence accepted by the CQC Compliance Group"),
                                ("G", "On track to deliver by the target date"),
                                ("A", "At risk of delay \u2013 mitigation in place"),
                                ("R", "Off track / overdue")], start=5):
        ks.cell(i, 1).fill = PatternFill("solid", fgColor=FILL[k])
        ks.cell(i, 2, v)
    ks["A10"] = "Summary"
    ks["A10"].font = Font(bold=True)
    n_must = sum(len(a) for _, its in HHFT_MUST for _, _, a in its)
    n_should = sum(len(a) for _, its in HHFT_SHOULD for _, a in its)
    ks["A11"], ks["B11"] = "Must do actions", n_must
    ks["A12"], ks["B12"] = "Should do actions", n_should
    ks["A13"], ks["B13"] = "Total", n_must + n_should
    ks["A13"].font = Font(bold=True)
    ks.column_dimensions["A"].width = 20
    ks.column_dimensions["B"].width = 60

    _hhft_sheet(wb.create_sheet("Must do"), "Must do actions (breaches of regulations)",
                ["Ref", "CQC must do", "Regulation", "Action", "Accountable lead", "Original target",
                 "Revised target", "Evidence / progress", "BRAG"], HHFT_MUST, True)
    _hhft_sheet(wb.create_sheet("Should do"), "Should do actions",
                ["Ref", "CQC should do", "Action", "Accountable lead", "Original target", "Revised target",
                 "Evidence / progress", "BRAG"], HHFT_SHOULD, False)
    wb.save(out("fl1-hampshire-hospitals-nhsft-cqc-must-should-do-action-plan.xlsx"))


# =====================================================================
# 5. Mental health: Dorset HealthCare / NHS Dorset / Dorset Council,
#    CQC section 117 aftercare review joint action plan (tab-separated
#    export, area and finding repeated on each row, one continuation line).
# =====================================================================
S117_F1 = ("Care plans did not consistently refer to section 117 aftercare entitlement or set out the "
           "services to be provided.")
S117_F2 = ("People and their families were not given clear written information about aftercare and their "
           "rights under section 117.")
S117_F3 = "There was no shared record of people entitled to section 117 aftercare across health and social care."
S117_F4 = "The partners had not sought feedback from people about their experience of aftercare planning."
S117_LINES = [
    "CQC Section 117 Aftercare Review \u2013 Joint Action Plan (Dorset HealthCare, NHS Dorset and Dorset Council)",
    "Exported from the Dorset Mental Health Partnership Board tracker on 14/09/2023",
    "",
    "\t".join(["Ref", "Area", "CQC finding", "Action", "Lead", "Due", "Status", "Latest update"]),
    "\t".join(["1.1", "Care planning", S117_F1,
               "Add a mandatory section 117 aftercare field to the community mental health team care plan "
               "template in RiO.",
               "Associate Director of Nursing (Mental Health)", "Mar 2023", "Complete",
               "Field live from 20/03/2023."]),
    "\t".join(["1.2", "Care planning", S117_F1,
               "Audit 50 care plans for people subject to section 117 and report the findings to the Mental "
               "Health Act Scrutiny Group.",
               "MHA Lead / Clinical Audit Manager", "Q2 2023/24", "On track",
               "Audit sample drawn; fieldwork in August."]),
    "\t".join(["", "", "", "Re-audit in Q4 to test that the improvement has been sustained.", "", "", "", ""]),
    "\t".join(["2.1", "Information for patients", S117_F2,
               "Co-produce a section 117 aftercare leaflet with the Dorset Mental Health Forum and experts by "
               "experience.",
               "Head of Patient Experience", "June 2023", "Complete", "Leaflet printed and on all wards."]),
    "\t".join(["2.2", "Information for patients", S117_F2,
               "Publish section 117 information on the Trust, ICB and Council websites, including easy read "
               "and translated versions.",
               "Communications Lead (Dorset Council)", "End of July 2023", "Amber",
               "Trust and ICB pages live; Council page awaiting sign-off."]),
    "\t".join(["3.1", "Information sharing", S117_F3,
               "Agree a joint section 117 register with a single data owner and monthly reconciliation "
               "between RiO and Mosaic.",
               "Service Manager \u2013 Mental Health Social Work (Dorset Council) & Deputy Director of Mental "
               "Health Commissioning (NHS Dorset)",
               "30/09/2023", "Amber", "Data owner agreed; reconciliation process in test."]),
    "\t".join(["3.2", "Information sharing", S117_F3,
               "Sign an information sharing agreement covering the section 117 register and the joint funding "
               "panel.",
               "Information Governance Manager", "Q3 2023/24", "Not started", ""]),
    "\t".join(["4.1", "Learning and feedback", S117_F4,
               "Invite people who took part in the CQC review to a feedback session and use what they tell us "
               "to shape the next phase of the plan.",
               "Patient and Carer Engagement Lead", "Ongoing", "On track", "First session held 06/07/2023."]),
    "\t".join(["4.2", "Learning and feedback", S117_F4,
               "Add section 117 questions to the annual community mental health survey.",
               "Head of Patient Experience", "Mar 2024", "On track", ""]),
    "",
    "Status key: Complete / On track / Amber \u2013 risk to delivery / Red \u2013 off track / Not started",
]


def make_s117():
    with open(out("fl1-dorset-healthcare-cqc-section-117-aftercare-review-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(S117_LINES) + "\r\n")


# =====================================================================
# 6. National body: British Library cyber incident lessons learned action
#    plan, progress report to Audit Committee (docx). Document control
#    table, status summary table, one action table with lesson band rows
#    (title row + lesson wording row, both merged across).
# =====================================================================
BL_TITLE = "Cyber Incident Review: Lessons Learned Action Plan"
BL_LESSONS = [
    ("Lesson 1: Network monitoring",
     "The Library needs round-the-clock monitoring of its whole network, including legacy and third-party "
     "connections, with alerts that are acted on out of hours.",
     [("1.1", "Procure a 24/7 managed security operations centre (SOC) service covering the rebuilt network.",
       "Chief Information Security Officer", "September 2024", "B",
       "Contract awarded July 2024; service live 16 September 2024."),
      ("1.2", "Extend endpoint detection and response to all servers and staff devices, including those at "
              "Boston Spa.",
       "CISO / Head of Infrastructure", "Q4 2024/25", "G",
       "Coverage at 93% of devices; remaining Boston Spa estate scheduled for March.")]),
    ("Lesson 2: Multi-factor authentication",
     "Multi-factor authentication should apply to every route into the network, with no exceptions for "
     "third-party or administrative access.",
     [("2.1", "Enforce MFA on all remote access, including supplier accounts, and decommission the legacy "
              "terminal services gateway.",
       "Head of Infrastructure", "31/10/2024", "B", "Gateway decommissioned 28/10/2024."),
      ("2.2", "Introduce privileged access management for all administrator accounts.",
       "CISO", "December 2024 (revised to April 2025)", "A",
       "Tool procured; rollout delayed by the identity platform migration.")]),
    ("Lesson 3: Legacy technology",
     "Legacy systems that cannot be secured must be retired or isolated, and the risk of keeping them must "
     "be recorded and accepted at the right level.",
     [("3.1", "Complete an inventory of all applications and infrastructure, recording owner, support status "
              "and planned end of life.",
       "Chief Technology Officer", "June 2024", "B", "Inventory complete; reviewed quarterly by the TDA."),
      ("3.2", "Move the catalogue and reader registration services to supported cloud platforms as part of "
              "the rebuild programme.",
       "CTO and Chief Librarian", "March 2026", "A",
       "Catalogue restored in read-only form; supplier dependency on the new library services platform.")]),
    ("Lesson 4: Business continuity",
     "Business continuity plans should assume the loss of all IT for a prolonged period and should be tested.",
     [("4.1", "Rewrite the business continuity plan for a total loss of IT and exercise it with the Executive "
              "Leadership Team.",
       "Chief Operating Officer", "TBC", "R",
       "Plan rewritten; exercise postponed twice, date to be agreed at ELT in March 2025."),
      ("4.2", "Hold offline copies of key contact lists, supplier contracts and payroll data, reviewed each "
              "quarter.",
       "Head of Resilience", "Quarterly", "G", "Q3 review completed 12/12/2024.")]),
    ("Lesson 5: Cyber-risk awareness at senior level",
     "Trustees and senior leaders need a sound understanding of cyber-risk so that they can challenge and "
     "support the technology programme.",
     [("5.1", "Deliver cyber-risk training to the Board and the Executive Leadership Team, with an annual "
              "refresher.",
       "Company Secretary", "November 2024", "B", "Training delivered 21/11/2024; refresher in the 2025 "
                                                  "Board calendar.")]),
]


def make_bl():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "The British Library \u2013 OFFICIAL"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(BL_TITLE, level=0)
    doc.add_paragraph("Progress report to the Audit Committee \u2013 25 February 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Chief Operating Officer"), ("Version", "3.0"),
                 ("Status", "For assurance"), ("Classification", "OFFICIAL")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], v)

    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph(
        "This report updates the Committee on the actions the Library has taken in response to the lessons "
        "set out in the Cyber Incident Review published in March 2024.")
    doc.add_heading("2. Summary of progress", level=2)
    allacts = [a for _, _, acts in BL_LESSONS for a in acts]
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    header_row(t, ["Status", "Number of actions"], fill="000000")
    for word, k in [("Complete", "B"), ("On track", "G"), ("At risk", "A"), ("Off track", "R")]:
        cells = t.add_row().cells
        set_cell(cells[0], word)
        set_cell(cells[1], str(sum(1 for a in allacts if a[4] == k)))
    cells = t.add_row().cells
    set_cell(cells[0], "Total", bold=True)
    set_cell(cells[1], str(len(allacts)), bold=True)
    doc.add_paragraph("Key: B \u2013 Complete; G \u2013 On track; A \u2013 At risk; R \u2013 Off track")

    doc.add_heading("3. Action plan", level=2)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Ref", "Action", "Owner", "Target date", "Status", "Progress to date"], fill="000000")
    for title, text, acts in BL_LESSONS:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, title, bold=True)
        shade(m, "D9D9D9")
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, text, italic=True)
        for ref, action, owner, when, st_, prog in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, owner, when, st_, prog]):
                set_cell(c, v)
            shade(cells[4], FILL[st_])
    doc.add_paragraph("")
    doc.add_paragraph("The Committee is asked to note the progress made and the two actions at risk and one off "
                      "track.")
    doc.save(out("fl1-british-library-cyber-incident-lessons-learned-action-plan.docx"))


# =====================================================================
# 7. National body: UK Statistics Authority, Independent Review (Lievesley)
#    recommendations tracker (xlsx). Read me sheet with RAG definitions,
#    Summary sheet, Tracker sheet with theme band rows, recommendation and
#    Authority response merged down their actions, original + revised
#    dates, previous + current RAG words.
# =====================================================================
UKSA_TITLE = "Independent Review of the UK Statistics Authority \u2013 Recommendations Tracker"
UKSA_ROWS = [
    ("Efficacy", [
        ("The Authority should establish a Statistical Assembly to discuss priorities for statistics with users "
         "across the UK at least every three years.", "Accepted",
         [("1a", "Hold the first Statistical Assembly in partnership with the Royal Statistical Society and "
                 "publish a summary report.",
           "Deputy National Statistician for Economic, Social and Environmental Statistics",
           D(2025, 1, 31), None, "Green", "Complete", "Assembly held 23 January 2025; report in drafting."),
          ("1b", "Publish the Authority\u2019s response to the Assembly report, setting out priorities for the next "
                 "three years.",
           "National Statistician\u2019s Office", D(2025, 6, 30), None, None, "Green", "")]),
        ("ONS should strengthen its engagement with users of statistics outside government, including civil "
         "society and the media.", "Accepted",
         [("2a", "Launch a refreshed user engagement strategy, with an annual user survey.",
           "Director of Public Engagement", D(2024, 9, 30), D(2025, 3, 31), "Amber", "Amber",
           "Strategy drafted; survey design reworked after user testing.")]),
    ]),
    ("Accountability", [
        ("OSR should be more visible, with its own identity and a public profile clearly distinct from ONS.",
         "Accepted",
         [("3a", "Publish a separate OSR annual report and business plan.",
           "Director General for Regulation", D(2024, 7, 31), None, "Complete", "Complete",
           "Published 18 July 2024."),
          ("3b", "Review the governance of OSR within the Authority, including the role of the Regulation "
                 "Committee.",
           "Director General for Regulation; Head of Governance", D(2024, 12, 31), D(2025, 4, 30), "Green",
           "Amber", "Review paper deferred to the April Board.")]),
    ]),
    ("Governance", [
        ("The Authority Board should review the balance of its non-executive membership to ensure expertise in "
         "data, technology and statistical methods.", "Accepted in principle",
         [("4a", "Complete a skills audit of the Board and agree a recruitment plan with the Cabinet Office.",
           "Chair of the Authority", D(2025, 3, 31), None, "Green", "Green", "Skills audit complete.")]),
    ]),
    ("Efficiency", [
        ("Government departments should remove barriers to sharing administrative data with ONS for "
         "statistical purposes.", "Accepted (with Cabinet Office)",
         [("5a", "Agree data sharing memoranda of understanding with HMRC and DWP covering the priority "
                 "administrative sources for economic statistics.",
           "Deputy National Statistician for Data Capability", D(2024, 12, 31), D(2025, 9, 30), "Amber", "Red",
           "DWP MoU signed; HMRC agreement blocked on legal gateway."),
          ("5b", "Report progress on data sharing to the Public Administration and Constitutional Affairs "
                 "Committee.",
           "National Statistician", "Six-monthly", None, "Green", "Green", "Next report due May 2025.")]),
        ("ONS should set out a long-term plan for the future of its household surveys, including the Labour "
         "Force Survey.", "Accepted",
         [("6a", "Publish the Transformed Labour Force Survey transition plan, with the criteria for switching "
                 "from the current LFS.",
           "Director of Surveys", D(2024, 11, 30), D(2025, 5, 31), "Amber", "Amber",
           "Transition criteria agreed with OSR; plan to publish in May."),
          ("6b", "Introduce enhanced quality reporting for LFS-based labour market statistics each month.",
           "Head of Labour Market Statistics", D(2024, 10, 31), None, "Green", "Complete",
           "In place from the October 2024 release.")]),
    ]),
]


def make_uksa():
    wb = Workbook()
    rm = wb.active
    rm.title = "Read me"
    rm["A1"] = UKSA_TITLE
    rm["A1"].font = Font(bold=True, size=14, color="206095")
    rm["A2"] = "UK Statistics Authority | Position at 31 January 2025 | OFFICIAL"
    rm["A4"] = "Purpose"
    rm["A4"].font = Font(bold=True)
    rm["B4"] = ("Tracks the Authority\u2019s commitments in response to the recommendations of Professor Denise "
                "Lievesley\u2019s review (March 2024) that are addressed to the Authority, ONS and OSR.")
    rm["A6"] = "RAG definitions"
    rm["A6"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", "Action delivered"),
                                ("Green", "On track to deliver by the date shown"),
                                ("Amber", "Some risk to delivery; mitigations in place"),
                                ("Red", "Significant risk; Board decision needed")], start=7):
        c = rm.cell(i, 1, k)
        c.fill = PatternFill("solid", fgColor=FILL[k])
        rm.cell(i, 2, v)
    rm.column_dimensions["A"].width = 18
    rm.column_dimensions["B"].width = 90

    allacts = [a for _, recs in UKSA_ROWS for _, _, acts in recs for a in acts]
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by current RAG"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A3"], sm["B3"] = "Current RAG", "Actions"
    sm["A3"].font = sm["B3"].font = Font(bold=True)
    for i, k in enumerate(["Complete", "Green", "Amber", "Red"], start=4):
        sm.cell(i, 1, k).fill = PatternFill("solid", fgColor=FILL[k])
        sm.cell(i, 2, sum(1 for a in allacts if a[6] == k))
    sm["A8"], sm["B8"] = "Total", len(allacts)
    sm["A8"].font = Font(bold=True)

    ws = wb.create_sheet("Tracker")
    heads = ["Ref", "Review recommendation", "Authority response", "Action", "Action lead", "Original date",
             "Revised date", "RAG (Oct 24)", "RAG (Jan 25)", "Commentary"]
    ws["A1"] = UKSA_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="206095")
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position at 31 January 2025. Reported to the Authority Board, 27 February 2025."
    ws.merge_cells("A2:J2")
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="206095")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = thin_border()
    r = 5
    for theme, recs in UKSA_ROWS:
        c = ws.cell(r, 1, theme)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="003C57")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec, resp, acts in recs:
            first = r
            for ref, action, lead, orig, rev, prev, cur, comm in acts:
                vals = [ref, rec if r == first else None, resp if r == first else None, action, lead, orig, rev,
                        prev, cur, comm or None]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    c.border = thin_border()
                ws.cell(r, 6).number_format = "dd/mm/yyyy"
                ws.cell(r, 7).number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(r, 7).font = Font(italic=True)
                for j, v in ((8, prev), (9, cur)):
                    if v:
                        ws.cell(r, j).fill = PatternFill("solid", fgColor=FILL[v])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(r, 1, "Note: dates in italics have been revised with Board agreement. Recommendations addressed to "
                  "Ministers are tracked separately by the Cabinet Office.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    for col, w in zip("ABCDEFGHIJ", [6, 44, 16, 48, 30, 12, 12, 11, 11, 40]):
        ws.column_dimensions[col].width = w
    wb.save(out("fl1-uk-statistics-authority-lievesley-review-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    make_school()
    make_college()
    make_uni()
    make_hhft()
    make_s117()
    make_bl()
    make_uksa()
    print("built 7 files in", HERE)
