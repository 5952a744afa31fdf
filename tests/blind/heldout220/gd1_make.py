"""Build the seven gd1- data files of set heldout220.

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Each builder keeps its content in a module-level list so that the expected
readings can be checked against the same text.
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

BLUE, GREEN, AMBER, RED, GREY = "0070C0", "00B050", "FFC000", "FF0000", "D9D9D9"
RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
D = dt.datetime


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, white=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if i < len(lines) - 1:
            p = cell.add_paragraph()


def xl_fill(hex_fill):
    return PatternFill("solid", start_color=hex_fill, end_color=hex_fill)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ======================================================================
# 1. School (docx): The Castle School, Thornbury - post-Ofsted action plan
# ======================================================================
CASTLE_FILE = "gd1-castle-school-thornbury-post-ofsted-action-plan.docx"
CASTLE_TITLE = "The Castle School – Post-Ofsted Action Plan 2024–25"
CASTLE = [
    {
        "heading": "Priority 1: Curriculum in key stage 3",
        "afi": "In some subjects, the key stage 3 curriculum does not identify precisely enough the knowledge that pupils should learn and when they should learn it. Leaders should ensure that curriculum plans in all subjects set out the essential knowledge that pupils need and the order in which they will learn it.",
        "rows": [
            ("1.1", "Subject leaders to rewrite the key stage 3 curriculum maps in the eight subjects identified at inspection, setting out the core knowledge for each unit and the sequence in which it is taught.",
             "DHT (Quality of Education) / Subject leaders", "Autumn term 2024",
             "All eight key stage 3 maps published on the school website and used in lessons.",
             "Maps completed for seven of the eight subjects; the computing map will be finalised by 20 December.", "G"),
            ("1.2", "Add a standing item on curriculum sequencing to weekly line-management meetings, with a termly curriculum review (‘deep dive’) in each faculty.",
             "Headteacher; Senior Leadership Team", "Termly",
             "Deep-dive reports show consistent sequencing across classes in each faculty.",
             "Deep dives completed in English, history and science this term.", "G"),
            ("1.3", "Train all teachers in retrieval practice so that pupils regularly recall the core knowledge set out in the curriculum maps.",
             "Assistant Headteacher (Teaching and Learning)", "Spring term 2025",
             "Learning walks show retrieval practice in at least 90% of key stage 3 lessons.",
             "INSET delivered on 2 September 2024. Follow-up coaching for 14 staff planned for January.", "A"),
        ],
    },
    {
        "heading": "Priority 2: Reading",
        "afi": "Pupils who are at the early stages of learning to read do not get the support they need to catch up quickly. Leaders should make sure that these pupils are identified swiftly and that staff are trained to help them to read with increasing fluency and confidence.",
        "rows": [
            ("2.1", "Screen all Year 7 pupils using the NGRT reading test on entry and re-test those with a standardised score below 85 each term.",
             "Reading Lead (Mrs K Dowling)", "September 2024",
             "All Year 7 pupils screened by 30 September 2024 and intervention groups set.",
             "Complete. 41 pupils identified and placed in intervention groups.", "B"),
            ("2.2", "Deliver a phonics-based catch-up programme (Fresh Start) four times a week for pupils who cannot yet decode fluently.",
             "Reading Lead / SENCo", "Sept 2024 – July 2025",
             "Reading ages of pupils in the programme improve by at least 12 months over the year.",
             "Programme running since 16 September 2024; first re-test due in January.", "G"),
            ("2.3", "Train all form tutors to lead the daily form-time reading programme, including modelling fluent reading aloud.",
             "Assistant Headteacher (Pastoral)", "October 2024",
             "Form-time reading observed in every tutor group during Reading Week.",
             "Training postponed because of staffing changes; now rescheduled for the INSET day on 6 January 2025.", "R"),
        ],
    },
    {
        "heading": "Priority 3: Attendance of disadvantaged pupils",
        "afi": "Too many disadvantaged pupils are persistently absent from school. Leaders should continue to work with families to improve the attendance of these pupils so that they benefit fully from the education that the school provides.",
        "rows": [
            ("3.1", "Appoint a full-time Attendance Officer and introduce first-day calling for every absent pupil.",
             "School Business Manager", "April 2024",
             "Attendance Officer in post; first-day contact made for 100% of absences.",
             "Complete – Attendance Officer started on 15 April 2024.", "B"),
            ("3.2", "Hold attendance support meetings with the families of all disadvantaged pupils whose attendance falls below 90%, following the local authority’s graduated response.",
             "Attendance Officer & Heads of Year", "Ongoing",
             "Persistent absence of disadvantaged pupils falls from 31% to below 22% by July 2025.",
             "63 family meetings held this term. Persistent absence of disadvantaged pupils is currently 26.4%.", "G"),
            ("3.3", "Governors to scrutinise the attendance of disadvantaged pupils at every meeting of the Curriculum and Standards Committee.",
             "Chair of Governors", "Each committee meeting",
             "Minutes show challenge and follow-up on attendance data.",
             "Attendance reviewed on 14 October and 2 December 2024.", "G"),
        ],
    },
]


def build_castle():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(CASTLE_TITLE, style="Title")
    doc.add_paragraph("Following the graded inspection of 5 and 6 March 2024 (overall effectiveness: Requires improvement)")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "3.0"), ("Date", "9 December 2024"),
                 ("Prepared by", "Deputy Headteacher (Quality of Education)"),
                 ("Approved by", "Full Governing Body, 16 December 2024"),
                 ("Next review", "Curriculum and Standards Committee, March 2025")]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        shade(r[0], "DEEAF6")
        set_cell(r[1], v)

    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan sets out how the school will address the areas for improvement in the inspection report. "
        "Progress is reported to the Full Governing Body each half term and the RAG rating is reviewed by the Senior Leadership Team.")
    doc.add_paragraph("RAG key", style="Heading 3")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for letter, meaning in [("B", "Action completed and impact evidenced"), ("G", "On track"),
                            ("A", "Started, some slippage"), ("R", "Not started or significantly behind")]:
        r = k.add_row().cells
        set_cell(r[0], letter, bold=True)
        shade(r[0], RAG_FILL[letter])
        set_cell(r[1], meaning)

    heads = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Progress update (December 2024)", "RAG"]
    for pr in CASTLE:
        doc.add_paragraph(pr["heading"], style="Heading 2")
        p = doc.add_paragraph()
        p.add_run("What the school needs to do to improve").bold = True
        doc.add_paragraph(pr["afi"])
        tb = doc.add_table(rows=1, cols=len(heads))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, heads):
            set_cell(c, h, bold=True, white=True)
            shade(c, "1F3864")
        for row in pr["rows"]:
            cells = tb.add_row().cells
            for c, v in zip(cells, row):
                set_cell(c, v)
            shade(cells[6], RAG_FILL[row[6]])
        doc.add_paragraph("")

    doc.add_paragraph("Monitoring and evaluation", style="Heading 2")
    doc.add_paragraph(
        "Governors will monitor this plan through the Curriculum and Standards Committee and termly link-governor visits. "
        "The trust’s School Improvement Partner will review progress at each half-termly visit.")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Signed", "Name", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(s.rows[1].cells, ["Headteacher / Chair of Governors", "R. Hollins / D. Ashworth", "16 December 2024"]):
        set_cell(c, v)
    doc.save(path(CASTLE_FILE))


# ======================================================================
# 2. College (xlsx): Wiltshire College & University Centre - PIAP
# ======================================================================
WILTS_FILE = "gd1-wiltshire-college-ofsted-post-inspection-action-plan.xlsx"
WILTS_TITLE = "Wiltshire College & University Centre – Post-Inspection Action Plan (PIAP) 2024/25"
# (banner, afi, [(ref, action, owner, original, revised, update, prev, current)])
WILTS = [
    ("Education programmes for young people",
     "Leaders and managers should ensure that teachers use the information they have about learners’ starting points to plan learning that builds on what learners already know and can do.",
     [("1.1", "Introduce a common initial assessment and starting-points record for all 16 to 19 study programmes, completed within the first four weeks of the course.",
       "Deputy Principal – Curriculum & Quality", D(2024, 1, 31), None,
       "Starting-points record in use on all study programmes since January 2024; 96% completed within four weeks in September 2024.", "G", "B"),
      ("1.2", "Deliver a programme of CPD on adaptive teaching, focused on using starting-point information to plan lessons, through the weekly ‘Tuesday Twilight’ sessions.",
       "Head of Teaching, Learning & Assessment", D(2024, 7, 31), D(2025, 3, 31),
       "Six of nine sessions delivered. Remaining sessions moved to spring because of the Chippenham campus restructure.", "A", "G"),
      ("1.3", "Quality reviews (learning walks and work scrutiny) to check that lesson planning takes account of learners’ starting points, with findings reported to curriculum heads each half term.",
       "Quality Manager; Curriculum Heads", D(2025, 7, 31), None,
       "Autumn reviews completed in 11 of 14 curriculum areas.", "G", "G")]),
    ("Education programmes for young people",
     "Leaders should make sure that learners on study programmes who need to achieve English and mathematics qualifications attend their lessons and make the progress of which they are capable.",
     [("2.1", "Timetable English and mathematics lessons in the same blocks as vocational lessons on each campus so that learners attend on the same days.",
       "Director of English & Maths", D(2024, 9, 30), None,
       "New timetable live from 9 September 2024. Attendance at English and maths up from 78% to 86%.", "G", "B"),
      ("2.2", "Hold weekly attendance panels for learners whose English and mathematics attendance is below 85%, and contact parents or carers after two missed sessions.",
       "Head of Learner Services / Progress Coaches", D(2024, 3, 31), D(2025, 2, 28),
       "Panels running at Trowbridge and Salisbury; Lackham and Chippenham to start in February.", "R", "A")]),
    ("Apprenticeships",
     "Leaders should ensure that apprentices receive their entitlement to off-the-job training and that employers are fully involved in planning and reviewing apprentices’ progress.",
     [("3.1", "Record all off-the-job training hours in the e-portfolio (OneFile) and review them monthly at caseload meetings.",
       "Head of Apprenticeships", D(2024, 4, 30), None,
       "All apprentices’ hours recorded in OneFile; monthly caseload reviews evidenced.", "G", "B"),
      ("3.2", "Hold a tripartite progress review with each apprentice and their employer at least every 10 weeks, with employers signing off the agreed next steps.",
       "Apprenticeship Operations Manager / Skills Coaches", D(2024, 7, 31), D(2025, 1, 31),
       "71% of reviews in date against a target of 95%. Escalated to SLT on 21 January 2025; two additional skills coaches being recruited.", "A", "R"),
      ("3.3", "Run termly employer forums in engineering, construction and health to co-design the curriculum with employers.",
       "Business Development Director", "Termly", None,
       "Autumn forums held in engineering (24 employers) and health (11 employers).", "G", "G")]),
    ("Leadership and management",
     "Governors should receive accurate and timely information about the quality of education so that they can hold senior leaders to account for improvements.",
     [("4.1", "Redesign the quality dashboard for the Corporation to include attendance, in-year retention and learning-walk outcomes by curriculum area.",
       "Clerk to the Corporation; Director of MIS", D(2024, 3, 31), None,
       "New dashboard presented to the Corporation in March 2024 and used at every meeting since.", "B", "B"),
      ("4.2", "Link each governor to a curriculum area and schedule two link visits per governor each year.",
       "Chair of the Quality, Curriculum & Standards Committee", D(2025, 7, 31), None,
       "Links agreed; eight of twelve governors have completed their first visit.", "G", "G")]),
]


def build_wilts():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = WILTS_TITLE
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Ofsted full inspection: 14–17 November 2023 – overall effectiveness: Requires improvement"
    cv["A4"] = "Provision type"
    cv["B4"] = "Ofsted grade"
    for c in ("A4", "B4"):
        cv[c].font = Font(bold=True)
    grades = [("Education programmes for young people", "Requires improvement"),
              ("Adult learning programmes", "Good"),
              ("Apprenticeships", "Requires improvement"),
              ("Provision for learners with high needs", "Good")]
    for i, (a, b) in enumerate(grades, start=5):
        cv.cell(i, 1, a)
        cv.cell(i, 2, b)
    cv["A11"] = "RAG key"
    cv["A11"].font = Font(bold=True)
    for i, (fill, meaning) in enumerate([(BLUE, "Complete – impact evidenced"), (GREEN, "On track"),
                                          (AMBER, "Some slippage – revised date agreed"),
                                          (RED, "Off track – escalated to SLT")], start=12):
        cv.cell(i, 1).fill = xl_fill(fill)
        cv.cell(i, 2, meaning)
    cv["A17"] = "Monitored by: Quality, Curriculum & Standards Committee of the Corporation"
    cv.column_dimensions["A"].width = 44
    cv.column_dimensions["B"].width = 40

    ws = wb.create_sheet("PIAP")
    ws["A1"] = WILTS_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position at: 31 January 2025"
    heads = ["Ref", "Area for improvement (Ofsted, November 2023)", "Action", "Action owner",
             "Original target date", "Revised target date", "Progress update", "Previous RAG", "Current RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xl_fill("002060")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    last_banner = None
    for banner, afi, rows in WILTS:
        if banner != last_banner:
            ws.cell(r, 1, banner).font = Font(bold=True)
            ws.cell(r, 1).fill = xl_fill("BDD7EE")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            last_banner = banner
        first = r
        for ref, action, owner, orig, rev, upd, prev, cur in rows:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, action)
            ws.cell(r, 4, owner)
            c = ws.cell(r, 5, orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rev is not None:
                ws.cell(r, 6, rev).number_format = "dd/mm/yyyy"
            ws.cell(r, 7, upd)
            ws.cell(r, 8).fill = xl_fill(RAG_FILL[prev])
            ws.cell(r, 9).fill = xl_fill(RAG_FILL[cur])
            for j in range(1, 10):
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            r += 1
        ws.cell(first, 2, afi)
        ws.cell(first, 2).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: Revised target dates were approved by the Quality, Curriculum & Standards Committee on 4 December 2024. RAG ratings are shown by cell colour – see the key on the Cover sheet.")
    for col, w in zip("ABCDEFGHI", [6, 42, 48, 26, 13, 13, 44, 9, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG ratings – 31 January 2025"
    sm["A1"].font = Font(bold=True)
    sm["A3"] = "Current RAG"
    sm["B3"] = "Number of actions"
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, _, rows in WILTS:
        for row in rows:
            counts[row[7]] += 1
    for i, (letter, name) in enumerate([("B", "Blue"), ("G", "Green"), ("A", "Amber"), ("R", "Red")], start=4):
        sm.cell(i, 1, name).fill = xl_fill(RAG_FILL[letter])
        sm.cell(i, 2, counts[letter])
    sm["A8"] = "Total"
    sm["B8"] = sum(counts.values())
    sm["A8"].font = Font(bold=True)
    sm.column_dimensions["A"].width = 20
    sm.column_dimensions["B"].width = 20
    wb.save(path(WILTS_FILE))


# ======================================================================
# 3. Apprenticeship provider (csv, refuse): Kaplan Financial PIAP
# ======================================================================
KAPLAN_FILE = "gd1-kaplan-financial-ofsted-apprenticeships-piap-typo-month-refuse.csv"
KAPLAN_TITLE = "Kaplan Financial Limited – Apprenticeships Post-Inspection Action Plan"
KAPLAN_ROWS = [
    ["Theme", "Ref", "What Ofsted said we need to improve", "Action", "Owner", "Target date", "RAG", "Update"],
    ["Quality of education", "1.1",
     "Leaders should ensure that apprentices’ progress reviews focus on the new knowledge, skills and behaviours that apprentices develop, and that employers contribute to them.",
     "Redesign the progress review template so that each review records the new KSBs developed since the last review and the employer’s comments.",
     "Head of Apprenticeship Quality", "31 July 2024", "B", "Template in use from 1 August 2024."],
    ["", "1.2", "",
     "Train all skills coaches in the new review process and quality assure a 10% sample of reviews each month.",
     "Head of Apprenticeship Quality / Coaching Team Leaders", "30 September 2024", "G", "87 of 92 coaches trained; sampling started in September."],
    ["", "2.1",
     "Leaders should make sure that apprentices who need to achieve English and mathematics qualifications start their studies early in their programme.",
     "Complete functional skills diagnostic assessments at enrolment and book the first functional skills class within six weeks of the start date.",
     "Functional Skills Manager", "November 2024", "G", "Diagnostics now completed at enrolment for all new starts."],
    ["", "2.2", "",
     "Add English and mathematics progress to the monthly progress report sent to each employer.",
     "Employer Engagement Manager", "Febuary 2025", "A", "Report template agreed; first reports to be issued in the new year."],
    ["Leadership and management", "3.1",
     "Leaders should ensure that the off-the-job training that apprentices receive is recorded accurately and that apprentices have enough time at work to complete it.",
     "Reconcile off-the-job training hours in Aptem against the commitment statement for every apprentice each quarter.",
     "Director of Apprenticeships", "31 December 2024", "G", "First quarterly reconciliation completed in September."],
    ["", "3.2", "",
     "Hold an off-the-job training review with each employer at the 12-week review point and agree corrective action where hours are below plan.",
     "Employer Engagement Manager; Skills Coaches", "January 2025", "A", "Reviews started for the accountancy cohort only."],
    ["Personal development", "4.1",
     "Leaders should ensure that apprentices develop a secure understanding of the risks of radicalisation and extremism relevant to their workplace and region.",
     "Add a Prevent and British values topic to every third progress review, using the regional risk briefings.",
     "Designated Safeguarding Lead", "31 October 2024", "G", "Topic added to review template; regional briefings shared with coaches."],
    ["", "4.2", "",
     "Publish a monthly safeguarding and Prevent bulletin for apprentices on the learning platform.",
     "Designated Safeguarding Lead", "Monthly", "G", "Bulletins issued in August and September."],
]


def build_kaplan():
    ncol = 8
    pad = lambda s: [s] + [""] * (ncol - 1)
    rows = [pad(KAPLAN_TITLE),
            pad("Ofsted inspection 30 April – 3 May 2024: Apprenticeships – Requires improvement"),
            pad("Position at 14 October 2024"),
            [""] * ncol]
    rows += KAPLAN_ROWS
    rows += [[""] * ncol, pad("Key: B = complete; G = on track; A = some slippage; R = off track")]
    with open(path(KAPLAN_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ======================================================================
# 4. Acute hospital (xlsx): West Hertfordshire Teaching Hospitals - CQC
# ======================================================================
WHTH_FILE = "gd1-west-hertfordshire-teaching-hospitals-cqc-must-should-do-action-plan.xlsx"
WHTH_TITLE = "West Hertfordshire Teaching Hospitals NHS Trust – CQC Must Do and Should Do Action Plan"
UEC = "Urgent and emergency care"
MED = "Medical care (including older people’s care)"
MAT = "Maternity"
# must do: (core service, finding, regulation, [(ref, action, lead, target, revised, evidence, status)])
WHTH_MUST = [
    (UEC, "The trust must ensure that patients in the emergency department are triaged within 15 minutes of arrival.", "Regulation 12(1)(2)(a)",
     [("MD1.1", "Introduce a dedicated streaming and triage nurse at the front door between 10:00 and 02:00, seven days a week.",
       "Divisional Director of Nursing, Medicine", D(2023, 12, 31), None,
       "Rota in place since 4 December 2023. Triage within 15 minutes: 91% in February 2025.", "Completed"),
      ("MD1.2", "Report time to triage daily on the ED performance dashboard and escalate breaches at the 12:00 site meeting.",
       "Clinical Director for Emergency Medicine / Head of Nursing, Emergency Medicine", D(2024, 3, 31), D(2025, 4, 30),
       "Dashboard live. Escalation at the site meeting not yet consistent at weekends.", "At risk")]),
    (UEC, "The trust must ensure that mental health risk assessments are completed and documented for all patients presenting to the emergency department with mental health needs.", "Regulation 12(2)(a)(b)",
     [("MD2.1", "Make the mental health risk assessment a mandatory field in the Nerve Centre ED record and audit compliance monthly.",
       "Associate Director of Nursing for Mental Health", D(2024, 6, 30), None,
       "Mandatory field live from 3 June 2024; audit compliance 97% for three consecutive months.", "Completed")]),
    (MED, "The trust must ensure that staff complete mandatory training, including level 3 safeguarding adults training, in line with trust targets.", "Regulation 18(2)(a)",
     [("MD3.1", "Release ward staff for protected training days and publish ward-level compliance in the monthly ward accreditation scorecard.",
       "Chief Nurse", D(2025, 3, 31), None,
       "Compliance 88% against a 90% target; protected days booked to the end of March.", "On track")]),
    (MAT, "The trust must ensure that the maternity triage telephone line is answered promptly and that calls are recorded and risk assessed.", "Regulation 12(1)",
     [("MD4.1", "Launch the Birmingham Symptom-specific Obstetric Triage System (BSOTS) with a dedicated triage telephone line staffed 24 hours a day.",
       "Director of Midwifery", D(2024, 9, 30), D(2025, 5, 31),
       "BSOTS live in the triage unit; the dedicated phone line is delayed by the telephony upgrade.", "Overdue")]),
]
WHTH_SHOULD = [
    (UEC, "The trust should ensure that children waiting in the emergency department are cared for in an area separate from adults.",
     [("SD1", "Complete the refurbishment of the paediatric waiting area in the emergency department at Watford General Hospital.",
       "Director of Estates and Facilities", D(2024, 10, 31), None,
       "Refurbished area opened on 21 October 2024.", "Completed")]),
    (UEC, "The trust should ensure that checks of resuscitation trolleys are completed daily.",
     [("SD2", "Move resuscitation trolley checks to the electronic checking app, with a daily exception report to the nurse in charge.",
       "Matron, Emergency Department", D(2024, 1, 31), None,
       "App in use since January 2024; 100% of daily checks recorded in the last quarter.", "Completed")]),
    (MED, "The trust should continue to improve patient flow so that patients are discharged in a timely way once they are medically fit.",
     [("SD3", "Roll out the SAFER patient flow bundle on all medical wards and keep the discharge lounge open until 20:00.",
       "Chief Operating Officer", "Q4 2024/25", None,
       "SAFER in place on 9 of 14 medical wards. Discharge lounge extended hours depend on staffing.", "At risk")]),
    (MAT, "The trust should ensure that all staff receive an annual appraisal.",
     [("SD4", "Agree an appraisal trajectory for each maternity team and track it at the monthly maternity and neonatal safety champions meeting.",
       "Head of Midwifery; Maternity Matrons", D(2025, 3, 31), None,
       "Appraisal rate 84% and rising; trajectory met for December and January.", "On track")]),
]
WHTH_STATUS_FILL = {"Completed": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}


def build_whth():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = WHTH_TITLE
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Progress report to the Quality Committee – March 2025 (CQC inspection June 2023; report published 13 September 2023)"
    heads = ["Core service", "Must do actions", "Should do actions", "Completed", "On track", "At risk", "Overdue", "Total"]
    for j, h in enumerate(heads, start=1):
        c = sm.cell(4, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    r = 5
    tot = [0] * 7
    for cs in (UEC, MED, MAT):
        must = [a for s, _, _, acts in WHTH_MUST if s == cs for a in acts]
        should = [a for s, _, acts in WHTH_SHOULD if s == cs for a in acts]
        allacts = must + should
        vals = [len(must), len(should)] + [sum(1 for a in allacts if a[6] == k)
                                           for k in ("Completed", "On track", "At risk", "Overdue")] + [len(allacts)]
        sm.cell(r, 1, cs).border = BOX
        for j, v in enumerate(vals, start=2):
            sm.cell(r, j, v).border = BOX
            tot[j - 2] += v
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(tot, start=2):
        sm.cell(r, j, v).font = Font(bold=True)
    r += 2
    sm.cell(r, 1, "Status key").font = Font(bold=True)
    for i, (word, meaning) in enumerate([("Completed", "Blue – completed and assured by the CQC Assurance Group"),
                                          ("On track", "Green – on track to meet the target date"),
                                          ("At risk", "Amber – at risk of missing the target date"),
                                          ("Overdue", "Red – target date missed")], start=r + 1):
        sm.cell(i, 1, word).fill = xl_fill(WHTH_STATUS_FILL[word])
        sm.cell(i, 2, meaning)
    sm.column_dimensions["A"].width = 42
    sm.column_dimensions["B"].width = 12

    def sheet(name, banner, must):
        ws = wb.create_sheet(name)
        ws["A1"] = banner
        ws["A1"].font = Font(bold=True, size=12)
        if must:
            heads = ["Ref", "Core service", "Must do (CQC report)", "Regulation", "Action to achieve compliance",
                     "Accountable lead", "Target date", "Revised date", "Evidence / progress", "Status"]
        else:
            heads = ["Ref", "Core service", "Should do (CQC report)", "Action", "Accountable lead",
                     "Target date", "Revised date", "Evidence / progress", "Status"]
        for j, h in enumerate(heads, start=1):
            c = ws.cell(3, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = xl_fill("005EB8")
            c.alignment = WRAP
            c.border = BOX
        r = 4
        groups = WHTH_MUST if must else WHTH_SHOULD
        cs_start = {}
        for g in groups:
            if must:
                cs, finding, reg, acts = g
            else:
                cs, finding, acts = g
                reg = None
            cs_start.setdefault(cs, [r, r])
            first = r
            for ref, action, lead, target, revised, evid, status in acts:
                vals = [ref, None, None] + ([None] if must else []) + [action, lead, target, revised, evid, status]
                for j, v in enumerate(vals, start=1):
                    if v is None:
                        continue
                    c = ws.cell(r, j, v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j in range(1, len(heads) + 1):
                    ws.cell(r, j).alignment = WRAP
                    ws.cell(r, j).border = BOX
                ws.cell(r, len(heads)).fill = xl_fill(WHTH_STATUS_FILL[status])
                r += 1
            ws.cell(first, 3, finding)
            if must:
                ws.cell(first, 4, reg)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
                if must:
                    ws.merge_cells(start_row=first, start_column=4, end_row=r - 1, end_column=4)
            cs_start[cs][1] = r - 1
        for cs, (a, b) in cs_start.items():
            ws.cell(a, 2, cs)
            ws.cell(a, 2).alignment = WRAP
            if b > a:
                ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
        widths = [8, 20, 44, 14, 46, 28, 12, 12, 40, 11] if must else [8, 20, 44, 46, 28, 12, 12, 40, 11]
        for j, w in enumerate(widths, start=1):
            ws.column_dimensions[ws.cell(3, j).column_letter].width = w
        ws.freeze_panes = "A4"

    sheet("Must Do", "CQC inspection report published 13 September 2023 – MUST DO actions", True)
    sheet("Should Do", "CQC inspection report published 13 September 2023 – SHOULD DO actions", False)
    wb.save(path(WHTH_FILE))


# ======================================================================
# 5. GP practice (txt, tab-separated): Pinfold Medical Practice
# ======================================================================
PINFOLD_FILE = "gd1-pinfold-medical-practice-cqc-inspection-action-plan.txt"
PINFOLD_TITLE = "Pinfold Medical Practice – CQC Inspection Action Plan"
PINFOLD_SECTIONS = [
    ("Requirement notice – Regulation 12: Safe care and treatment", [
        ("R12.1", "Patients prescribed high-risk medicines were not always monitored in line with national guidance.",
         "Run weekly searches for patients prescribed methotrexate, lithium or DOACs and recall any patient who is overdue blood monitoring.",
         "Dr S Okafor (Prescribing Lead)", "31/05/2024", "B", "Searches running weekly since 22 April 2024."),
        ("R12.2", "",
         "Add a monitoring check to the repeat prescribing protocol so that prescriptions are not reissued without up-to-date results.",
         "Dr S Okafor / Clinical Pharmacist", "31/05/2024", "B", "Protocol updated and shared at the clinical meeting on 9 May 2024."),
        ("R12.3", "Not all emergency medicines recommended in guidance were held, and there was no risk assessment for those not stocked.",
         "Complete a risk assessment for emergency medicines and order those that are missing.",
         "Lead Nurse", "End of April 2024", "B", "Complete."),
    ]),
    ("Requirement notice – Regulation 17: Good governance", [
        ("R17.1", "The practice did not have effective oversight of staff training and DBS checks.",
         "Set up a training matrix in Practice Index covering all mandatory training and DBS renewals.",
         "Practice Manager", "30/06/2024", "G", "Matrix built; three DBS renewals outstanding."),
        ("R17.2", "Safety alerts (MHRA) were not always actioned or recorded.",
         "Keep a log of all MHRA alerts and the action taken, and review it at the monthly clinical governance meeting.",
         "Practice Manager & Dr J Ellery", "Monthly", "G", "Standing agenda item from May 2024."),
        ("R17.3", "Complaints were not always responded to within the timescales in the practice policy.",
         "Review the complaints policy and record each complaint and response date in a log reviewed by the partners each quarter.",
         "Assistant Practice Manager", "Q2 2024/25", "A", "Policy reviewed; log to start in July 2024."),
    ]),
    ("Areas where the practice should make improvements", [
        ("S1", "The uptake of cervical screening was below the national target of 80%.",
         "Send text reminders and offer Saturday cervical screening clinics through the primary care network.",
         "Lead Nurse; PCN Care Coordinator", "Sept 2024 – March 2025", "G", "First Saturday clinic booked for 14 September 2024."),
        ("S2", "The practice should continue to improve telephone access for patients.",
         "Move to a cloud-based telephony system with call-back and queue-position messages.",
         "Practice Manager", "TBC", "", "Awaiting ICB funding decision."),
    ]),
]


def build_pinfold():
    lines = [PINFOLD_TITLE,
             "Inspection date: 27 February 2024\tReport published: 18 April 2024\tOverall rating: Requires improvement",
             "",
             "\t".join(["Ref", "Finding", "Action", "Responsible", "Deadline", "RAG", "Comments"])]
    for sec, rows in PINFOLD_SECTIONS:
        lines.append(sec)
        for row in rows:
            lines.append("\t".join(row))
    lines += ["",
              "Key: B = complete, G = on track, A = some delay, R = off track",
              "Action plan agreed at the partners’ meeting on 2 May 2024. Next review: July 2024."]
    with open(path(PINFOLD_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ======================================================================
# 6. Mental health trust (docx): Southern Health NHS FT - CQC plan
# ======================================================================
SHFT_FILE = "gd1-southern-health-nhsft-cqc-mental-health-must-should-do-action-plan.docx"
SHFT_TITLE = "Southern Health NHS Foundation Trust – CQC Improvement Plan: Mental Health Inpatient Core Services"
SHFT_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
SHFT = [
    ("1. Acute wards for adults of working age and psychiatric intensive care units", [
        ("Must do 1: The trust must ensure that ligature risk assessments are up to date and that staff know how to mitigate the risks identified. (Regulation 12)", [
            ("AW1.1", "Review and update the ligature risk assessment for each acute and PICU ward (Antelope House, Elmleigh, Melbury Lodge and Parklands) and record mitigations on the ward risk register.",
             "Modern Matrons (Acute Care)", "31/01/2024", "All ward ligature risk assessments reviewed and signed off in December 2023.", "Complete"),
            ("AW1.2", "Deliver ligature awareness training to all ward staff as part of local induction and record it on the ward training tracker.",
             "Ward Managers / Practice Development Nurse", "31/03/2024 (revised 30/09/2024)", "Compliance 84% against the 95% target; additional sessions booked for September.", "At risk"),
        ]),
        ("Must do 2: The trust must ensure that patients’ physical health observations are completed after rapid tranquillisation, in line with trust policy and NICE guidance. (Regulation 12)", [
            ("AW2.1", "Introduce a post-rapid tranquillisation observation chart in RiO with an automated prompt to the nurse in charge.",
             "Chief Clinical Information Officer", "Q2 2024/25", "Chart built and in user testing on Hawthorn Ward.", "On track"),
            ("AW2.2", "Audit post-rapid tranquillisation monitoring on each ward every month and report the results to the Restrictive Practice Group.",
             "Lead Nurse for Restrictive Practice Reduction", "Monthly", "Audit in place since April 2024; compliance 79% in July.", "On track"),
        ]),
        ("Should do 1: The trust should ensure that patients have access to a range of therapeutic activities at weekends.", [
            ("AW3.1", "Recruit two activity coordinators to provide a seven-day activity programme across the acute wards.",
             "Head of Occupational Therapy", "30/06/2024", "Both coordinators in post from 3 June 2024; weekend programme running.", "Complete"),
        ]),
    ]),
    ("2. Child and adolescent mental health wards", [
        ("Must do 3: The trust must ensure that there are enough suitably qualified and experienced nursing staff on each shift at Bluebird House. (Regulation 18)", [
            ("CA1.1", "Agree a safe staffing establishment for Bluebird House and use the SafeCare tool to record staffing on every shift.",
             "Associate Director of Nursing, Specialised Services", "31/12/2023", "Establishment agreed by the Board in November 2023; SafeCare in use on every shift.", "Complete"),
            ("CA1.2", "Run a targeted recruitment campaign for registered nurses, including international recruitment, with a retention offer for newly qualified nurses.",
             "Head of Workforce; Associate Director of Nursing, Specialised Services", "March 2025", "Vacancy rate remains at 27%; two international recruits withdrew in July.", "Off track"),
        ]),
        ("Should do 2: The trust should ensure that young people are involved in developing their care plans.", [
            ("CA2.1", "Introduce the co-produced ‘My Care Plan’ template and check young people’s involvement in the quarterly care plan audit.",
             "Consultant Clinical Psychologist (Bluebird House)", "30/11/2024", "Template agreed with the young people’s forum in August.", "On track"),
        ]),
    ]),
]


def build_shft():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(SHFT_TITLE, style="Title")
    doc.add_paragraph("Report to the Quality and Safety Committee – 11 September 2024")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Head of Regulatory Compliance"), ("Executive lead", "Chief Nursing Officer"),
                 ("Version", "6.0"), ("Date", "2 September 2024"), ("Purpose", "Assurance")]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "The CQC inspected the trust’s mental health inpatient core services in July 2023 and published its reports in "
        "November 2023. This plan sets out each ‘must do’ and ‘should do’ action, the lead, the completion date and the "
        "progress made. Actions are closed only when evidence has been accepted by the CQC Evidence Panel.")
    doc.add_paragraph("Progress key", style="Heading 3")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [("Complete", "Action delivered and evidence accepted by the CQC Evidence Panel"),
                          ("On track", "Action progressing and expected to be delivered by the completion date"),
                          ("At risk", "Action at risk of missing the completion date"),
                          ("Off track", "Action will not be delivered by the completion date – escalated to the Executive lead")]:
        r = k.add_row().cells
        set_cell(r[0], word, bold=True)
        shade(r[0], SHFT_STATUS_FILL[word])
        set_cell(r[1], meaning)

    heads = ["Ref", "Action", "Lead", "Completion date", "Progress update", "Status"]
    for core, recs in SHFT:
        doc.add_paragraph(core, style="Heading 1")
        tb = doc.add_table(rows=1, cols=len(heads))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, heads):
            set_cell(c, h, bold=True, white=True)
            shade(c, "005EB8")
        for rec, acts in recs:
            row = tb.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            set_cell(merged, rec, bold=True)
            shade(merged, "DEEAF6")
            for a in acts:
                cells = tb.add_row().cells
                for c, v in zip(cells, a):
                    set_cell(c, v)
                shade(cells[5], SHFT_STATUS_FILL[a[5]])
        doc.add_paragraph("")
    doc.add_paragraph("Next update to the Quality and Safety Committee: December 2024.")
    doc.save(path(SHFT_FILE))


# ======================================================================
# 7. National body (xlsx): The Insolvency Service - GIAA recommendations
# ======================================================================
INSS_FILE = "gd1-insolvency-service-arc-internal-audit-recommendations-tracker.xlsx"
INSS_TITLE = "The Insolvency Service – Internal Audit Recommendations Tracker"
INSS_STATUS_FILL = {"Implemented": BLUE, "On track": GREEN, "Revised date agreed": AMBER, "Overdue": RED}
# (audit, opinion, [(ref, priority, rec, action, owner, original, revised, status, update)])
INSS = [
    ("Cyber Security – Patch and Vulnerability Management (IA 2024-07)", "Limited", [
        ("24-07.1", "High",
         "Management should define and enforce timescales for deploying critical and high-rated security patches to all end-user devices and servers.",
         "Adopt an NCSC-aligned patching standard (critical patches within 14 days) and report compliance monthly to the Digital Risk Board.",
         "Chief Information Security Officer", D(2024, 9, 30), D(2025, 3, 31), "Revised date agreed",
         "Standard approved in October. Server estate at 92% compliance; end-user devices at 71% pending the Windows 11 roll-out."),
        ("24-07.2", "Medium",
         "Management should maintain a complete asset register of hardware and software so that unsupported assets can be identified and removed.",
         "Complete discovery of all devices with the configuration management tool and reconcile the results to the IT asset register.",
         "Head of IT Operations / Chief Information Security Officer", D(2025, 4, 30), None, "On track",
         "Discovery complete for London, Birmingham and Manchester offices; regional sites in February."),
    ]),
    ("Estate Management – Health and Safety Compliance (IA 2024-11)", "Moderate", [
        ("24-11.1", "High",
         "Management should ensure that statutory compliance inspections (fire, legionella and asbestos) are scheduled and evidenced for every site in the estate.",
         "Set up a single compliance calendar for all 14 sites with the facilities management provider, with exception reporting to the Estates Board.",
         "Deputy Director, Estates and Facilities", D(2024, 10, 31), None, "Implemented",
         "Calendar live since October 2024. GIAA verified the evidence on 15 January 2025."),
        ("24-11.2", "Medium",
         "Management should ensure that health and safety training for fire marshals and first aiders is refreshed in line with policy.",
         "Refresh the fire marshal and first-aider rota for each site and book all overdue refresher training.",
         "Health and Safety Manager", D(2024, 11, 30), D(2025, 2, 28), "Revised date agreed",
         "Rotas refreshed; 9 of 23 overdue refreshers completed, remainder booked for February."),
    ]),
    ("Case Management System – Benefits Realisation (IA 2024-15)", "Moderate", [
        ("24-15.1", "Medium",
         "The programme should agree a baseline and an owner for each benefit in the business case before the new system goes live.",
         "Agree baselines, owners and measures for the nine benefits in the Full Business Case and present them to the Transformation Board.",
         "Programme Director, Insolvency Case Management", D(2025, 3, 31), None, "On track",
         "Baselines agreed for seven of the nine benefits."),
        ("24-15.2", "Low",
         "The benefits register should be reviewed at least quarterly.",
         "Add a quarterly benefits review to the Transformation Board forward plan.",
         "PMO Lead", D(2024, 12, 31), None, "Implemented",
         "First quarterly review held on 10 December 2024."),
    ]),
    ("Debt Recovery – Court Fee Reconciliations (IA 2023-19)", "Limited", [
        ("23-19.1", "High",
         "Management should reconcile court fee receipts to the finance system every month and investigate unreconciled items promptly.",
         "Introduce a monthly reconciliation signed off by the Head of Financial Accounting, with items older than 30 days escalated to the Deputy Director of Finance.",
         "Head of Financial Accounting", D(2024, 3, 31), D(2024, 9, 30), "Overdue",
         "Backlog cleared to September 2024. October to December reconciliations outstanding because of a vacancy; escalated to the Finance Director."),
        ("23-19.2", "Medium",
         "Roles and responsibilities for the reconciliation should be documented in desk instructions.",
         "Write desk instructions for the court fee reconciliation and train two back-up staff.",
         "Finance Business Partner (Operations)", D(2024, 6, 30), None, "Implemented",
         "Desk instructions issued in June 2024; two staff trained."),
    ]),
]


def build_inss():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = INSS_TITLE
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Report to the Audit and Risk Committee – 26 February 2025"
    sm["A3"] = "Prepared by: Governance and Assurance Team (position at 31 January 2025)"
    heads = ["Status", "High", "Medium", "Low", "Total"]
    for j, h in enumerate(heads, start=1):
        sm.cell(5, j, h).font = Font(bold=True)
    allrecs = [x for _, _, recs in INSS for x in recs]
    r = 6
    for s in INSS_STATUS_FILL:
        sm.cell(r, 1, s).fill = xl_fill(INSS_STATUS_FILL[s])
        n = [sum(1 for x in allrecs if x[7] == s and x[1] == p) for p in ("High", "Medium", "Low")]
        for j, v in enumerate(n + [sum(n)], start=2):
            sm.cell(r, j, v)
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for j, p in enumerate(("High", "Medium", "Low"), start=2):
        sm.cell(r, j, sum(1 for x in allrecs if x[1] == p))
    sm.cell(r, 5, len(allrecs))
    r += 2
    sm.cell(r, 1, "Status key").font = Font(bold=True)
    for i, (s, m) in enumerate([("Implemented", "Blue – implemented and verified by GIAA"),
                                ("On track", "Green – on track for the agreed target date"),
                                ("Revised date agreed", "Amber – revised target date agreed by ARC"),
                                ("Overdue", "Red – overdue against the revised target date")], start=r + 1):
        sm.cell(i, 1, s).fill = xl_fill(INSS_STATUS_FILL[s])
        sm.cell(i, 2, m)
    sm.column_dimensions["A"].width = 24

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Outstanding and recently implemented GIAA recommendations – position at 31 January 2025"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Audit", "Opinion", "Rec ref", "Priority", "Recommendation", "Agreed action", "Action owner",
             "Original target date", "Revised target date", "Status", "Update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xl_fill("1D3557")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for audit, opinion, recs in INSS:
        first = r
        for ref, pri, rec, action, owner, orig, rev, status, upd in recs:
            vals = [None, None, ref, pri, rec, action, owner, orig, rev, status, upd]
            for j, v in enumerate(vals, start=1):
                if v is not None:
                    c = ws.cell(r, j, v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            ws.cell(r, 10).fill = xl_fill(INSS_STATUS_FILL[status])
            r += 1
        ws.cell(first, 1, audit)
        ws.cell(first, 2, opinion)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Recommendations marked Implemented will be removed from the tracker once noted by the Committee.")
    for j, w in enumerate([30, 10, 9, 9, 44, 44, 26, 12, 12, 14, 40], start=1):
        ws.column_dimensions[ws.cell(3, j).column_letter].width = w
    ws.freeze_panes = "A4"
    wb.save(path(INSS_FILE))


if __name__ == "__main__":
    build_castle()
    build_wilts()
    build_kaplan()
    build_whth()
    build_pinfold()
    build_shft()
    build_inss()
    print("built 7 files in", HERE)
