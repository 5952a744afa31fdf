"""Build the seven hb1- blind test files of set heldout244.

Run with: /work/main/.venv/bin/python hb1_make.py
Writes the data files beside this script. The expected readings are the
hand-written NAME.expected.yaml files next to them.
"""
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime

# --------------------------------------------------------------------------
# common helpers
# --------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "grey": "D9D9D9", "navy": "1F3864", "pale": "DEEAF6", "lilac": "E4DFEC",
}


def xfill(key):
    return PatternFill("solid", start_color=FILL.get(key, key), end_color=FILL.get(key, key))


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(size)


# --------------------------------------------------------------------------
# 1. Churchill Academy & Sixth Form - post-Ofsted action plan (docx)
# --------------------------------------------------------------------------
CHURCHILL = [
    ("Priority 1: Curriculum implementation at key stage 3",
     "In a few subjects at key stage 3, the curriculum is not implemented as well as leaders intend. "
     "Teachers do not routinely check what pupils have understood before moving on, so some pupils have "
     "gaps in their knowledge. Leaders should ensure that teachers use assessment precisely to identify "
     "and address these gaps.",
     [
         ("1.1", "Deliver a programme of CPD on responsive teaching and checking for understanding "
                 "(hinge questions, mini-whiteboards, cold calling) for all teaching staff.",
          "Deputy Headteacher (Quality of Education)", "Autumn term 2024",
          "All teaching staff trained; learning walks show checking for understanding in at least 80% of KS3 lessons.",
          "Five CPD sessions delivered September to December 2024. January learning walk: 84% of KS3 lessons.",
          "B"),
         ("1.2", "Heads of Faculty for history, geography and MFL to review KS3 schemes of learning and "
                 "identify the core knowledge pupils must secure in each unit.",
          "CMW / Heads of Faculty", "By February half-term 2025",
          "Core knowledge identified for every KS3 unit and shared with pupils through knowledge organisers.",
          "Revised schemes in place for history and geography. MFL review delayed by staff absence.",
          "A"),
         ("1.3", "Introduce low-stakes knowledge quizzes at the end of each KS3 unit and use the results "
                 "in faculty meetings to plan re-teaching.",
          "Assistant Headteacher (Assessment)", "Spring term 2025",
          "Quiz results discussed at every faculty meeting; re-teaching visible in book looks.",
          "Quizzes running in 9 of 11 subjects; faculty meeting agenda updated.",
          "G"),
     ]),
    ("Priority 2: Reading across the curriculum",
     "Leaders have introduced a reading strategy, but it is at an early stage. Some pupils in key stage 3 "
     "who are weaker readers do not get the support they need to catch up quickly. Leaders should ensure "
     "that these pupils are identified swiftly and receive effective help to become fluent readers.",
     [
         ("2.1", "Screen all Year 7 and Year 8 pupils using NGRT and share reading ages with staff through "
                 "the class profiles on Arbor.",
          "Literacy Lead (RTH)", "October 2024",
          "All pupils screened; reading ages visible on every class profile.",
          "Completed 11 October 2024. 97% of pupils screened; catch-up sessions for absentees done.",
          "B"),
         ("2.2", "Train six teaching assistants to deliver the Fresh Start phonics programme to pupils with a "
                 "reading age more than two years below their chronological age.",
          "SENCo / Literacy Lead", "Autumn term 2024 – Summer term 2025",
          "Pupils in intervention make at least 12 months' progress in reading age within two terms.",
          "Six TAs trained in November. 38 pupils in groups; first re-test due in March.",
          "G"),
         ("2.3", "Launch tutor-time reading for Years 7 to 9 with a shared class novel each half-term, and "
                 "monitor participation through tutor drop-ins.",
          "Head of Year 7; Head of Year 8; Head of Year 9", "Ongoing",
          "Tutor reading seen in all KS3 tutor groups during drop-ins; pupil voice is positive.",
          "Running in all KS3 tutor groups since September.",
          "G"),
     ]),
    ("Priority 3: Attendance of disadvantaged pupils",
     "Disadvantaged pupils are absent from school more often than their peers. This means that they miss "
     "important learning. Leaders should continue to work with families to improve the attendance of these pupils.",
     [
         ("3.1", "Appoint an Attendance and Family Support Officer to work with the families of persistently "
                 "absent disadvantaged pupils.",
          "Headteacher", "September 2024",
          "Post filled and caseload allocated.",
          "Appointed and in post from 2 September 2024.",
          "B"),
         ("3.2", "Hold attendance support meetings with the parents of all disadvantaged pupils whose attendance "
                 "falls below 90%, with agreed support plans reviewed every six weeks.",
          "Attendance and Family Support Officer", "Termly",
          "Persistent absence of disadvantaged pupils falls from 31% to below 24% by July 2025.",
          "62 meetings held; persistent absence at 28% for the autumn term.",
          "A"),
         ("3.3", "Report the attendance of disadvantaged pupils against the whole-school figure to the "
                 "Standards Committee at each meeting.",
          "DHT (Pastoral)", "Nov 2024 – May 2025",
          "Governors able to challenge leaders on attendance gaps at each meeting.",
          "Reported in November and February.",
          "G"),
         ("3.4", "Evaluate the impact of the attendance strategy and present the findings to the Local "
                 "Governing Body.",
          "Headteacher", "July 2025",
          "Evaluation informs the 2025–26 school development plan.",
          "Not yet due.",
          None),
     ]),
]


def make_churchill():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Churchill Academy & Sixth Form – Post-Ofsted Action Plan 2024–25", style="Title")
    doc.add_paragraph("Response to the Ofsted inspection of 14 and 15 May 2024 (report published 20 June 2024)")

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "1.3"),
                 ("Author", "Deputy Headteacher (Quality of Education)"),
                 ("Approved by", "Local Governing Body, 9 July 2024"),
                 ("Last reviewed", "Standards Committee, 4 February 2025"),
                 ("Next review", "Standards Committee, 13 May 2025")]:
        r = dc.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    doc.add_paragraph("Key to progress ratings", style="Heading 2")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, meaning in [("B", "Completed"), ("G", "On track"),
                            ("A", "Some slippage – action needed"), ("R", "Off track"),
                            ("FFFFFF", "Not yet started")]:
        r = key.add_row().cells
        shade(r[0], FILL.get(colour, colour))
        set_cell(r[1], meaning)
    doc.add_paragraph(
        "The RAG column is shaded at each review. Progress updates below are as at February 2025.")

    for heading, quote, actions in CHURCHILL:
        doc.add_paragraph(heading, style="Heading 2")
        p = doc.add_paragraph()
        run = p.add_run(quote)
        run.italic = True
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead(s)", "Timescale", "Success criteria",
                                          "Progress update (February 2025)", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, FILL["pale"])
        for ref, action, lead, when, success, progress, rag in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, when, success, progress, ""]):
                set_cell(c, v)
            if rag:
                shade(cells[6], FILL[rag])
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=0, cols=3)
    so.style = "Table Grid"
    for who in ["Headteacher", "Chair of the Local Governing Body"]:
        r = so.add_row().cells
        set_cell(r[0], who, bold=True)
        set_cell(r[1], "Signed:")
        set_cell(r[2], "Date:")
    doc.save(out("hb1-churchill-academy-sixth-form-post-ofsted-action-plan.docx"))


# --------------------------------------------------------------------------
# 2. Gateshead College - SAR quality improvement plan 2024/25 (xlsx)
# --------------------------------------------------------------------------
GATESHEAD = [
    ("Theme 1: Quality of education", [
        ("Too few learners on study programmes make the progress they are capable of in GCSE English and "
         "maths resits, particularly in maths, where high grades achievement is below national rates.", [
            ("1.1", "Introduce a common diagnostic assessment for all GCSE resit learners in the first three "
                    "weeks of term and use the results to set individual targets.",
             "Head of English & Maths", D(2024, 9, 30), None,
             "100% of resit learners have a diagnostic-based target by week 4.",
             "Completed. 1,184 learners assessed; targets on ProMonitor.", "B"),
            ("1.2", "Timetable an additional weekly maths masterclass for learners working at grade 3.",
             "Head of English & Maths / Curriculum Manager – Maths", D(2024, 11, 1), D(2025, 1, 10),
             "Mock results for grade 3 learners improve by at least half a grade.",
             "Delayed by staffing; masterclasses running in all centres from January.", "B"),
            ("1.3", "Track attendance at English and maths lessons weekly through ProMonitor and escalate "
                    "learners below 85% to their progress coach.",
             "Director of Learner Services", D(2025, 6, 30), None,
             "English and maths attendance at 85% or above.",
             "Attendance at 81% (up from 77%). Escalation not yet consistent at the Skills Academy.", "A"),
        ]),
        ("Not all teachers of adult learning programmes plan learning that builds on what learners already "
         "know and can do.", [
            ("1.4", "Roll out the adult initial and diagnostic assessment toolkit to all adult programme areas.",
             "Head of Adult Skills", D(2024, 12, 20), D(2025, 4, 30),
             "Toolkit used on every adult course; starting points recorded on the ILP.",
             "In use in 7 of 10 areas; remaining areas after the Easter restart.", "A"),
            ("1.5", "Include planning from starting points as a focus in the 2024/25 teaching and learning "
                    "observation cycle, with targeted coaching for staff graded 'developing'.",
             "Assistant Principal – Teaching, Learning & Assessment", D(2025, 7, 31), None,
             "90% of adult teaching staff judged 'secure' or better by July 2025.",
             "Cycle 1 complete; 14 staff receiving coaching.", "G"),
        ]),
    ]),
    ("Theme 2: Behaviour and attitudes", [
        ("Attendance on 16–18 study programmes remains below the college target of 90%.", [
            ("2.1", "Launch the 'Be Here, Be Ready' attendance campaign with weekly tutor reports and texts to "
                    "parents and carers on the first day of absence.",
             "Head of Learner Services; Progress Coach Team Leader", D(2024, 10, 31), None,
             "16–18 attendance at 90% by the end of the year.",
             "Campaign launched in October; first-day texts automated.", "B"),
            ("2.2", "Hold monthly attendance review meetings for each curriculum area, with action plans for any "
                    "course below 85%.",
             "Heads of School", "Monthly", None,
             "No course below 85% attendance at the end of each term.",
             "Meetings held monthly since October; 6 courses on action plans.", "G"),
        ]),
    ]),
    ("Theme 3: Leadership and management", [
        ("Leaders do not yet make sufficient use of employer feedback to shape the curriculum in construction "
         "and engineering.", [
            ("3.1", "Establish employer advisory boards for construction and for engineering, meeting at least "
                    "termly.",
             "VP Curriculum & Employer Partnerships", D(2024, 11, 30), None,
             "Boards established with at least six employers each.",
             "Both boards met in November and February.", "B"),
            ("3.2", "Complete a curriculum review of Level 2 and Level 3 engineering programmes against the Local "
                    "Skills Improvement Plan priorities.",
             "Head of School – Engineering / Head of Employer Engagement", D(2025, 3, 31), D(2025, 5, 31),
             "Revised 2025/26 curriculum offer approved by the Curriculum Planning Group.",
             "Review under way; LSIP data received late from the North East Chamber.", "A"),
            ("3.3", "Report progress on employer engagement measures to the Quality & Standards Committee each "
                    "term.",
             "Vice Principal Quality & Learner Experience", "Termly", None,
             "Committee minutes show challenge on employer engagement.",
             "Reported in December and March.", "G"),
        ]),
    ]),
]


def make_gateshead():
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Gateshead College – Quality Improvement Plan 2024/25"
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = ("Arising from the Self-Assessment Report 2023/24, validated by the Quality & Standards "
                   "Committee on 27 November 2024")
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Owner", "Vice Principal Quality & Learner Experience"),
                                ("Version", "2.1 (Term 2 update)"),
                                ("Approved", "Senior Leadership Team, 4 December 2024"),
                                ("Next update", "Term 3 – June 2025")], start=5):
        cover.cell(i, 1, k).font = Font(bold=True)
        cover.cell(i, 2, v)
    cover["A10"] = "RAG key"
    cover["A10"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete"), ("G", "On track"),
                                ("A", "Behind schedule but recoverable"),
                                ("R", "Off track – intervention needed")], start=11):
        c = cover.cell(i, 1, k)
        c.fill = xfill(k)
        c.alignment = Alignment(horizontal="center")
        cover.cell(i, 2, v)
    cover.column_dimensions["A"].width = 16
    cover.column_dimensions["B"].width = 60

    ws = wb.create_sheet("QIP")
    ws["A1"] = "Gateshead College – Quality Improvement Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update for the Quality & Standards Committee – March 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Area for improvement (SAR 2023/24)", "Action", "Lead(s)", "Target date",
             "Revised date", "Impact measure", "Progress update (Mar-25)", "RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = xfill("navy")
        cell.alignment = WRAP
        cell.border = BOX
    widths = [7, 40, 50, 28, 12, 12, 34, 42, 6]
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    r = 5
    for theme, afis in GATESHEAD:
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).fill = xfill("grey")
        r += 1
        for afi, actions in afis:
            first = r
            for ref, action, lead, target, revised, impact, progress, rag in actions:
                vals = [ref, afi if r == first else None, action, lead, target, revised, impact, progress, rag]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "mmm-yy" if c == 5 else "dd/mm/yyyy"
                ws.cell(r, 9).fill = xfill(rag)
                ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG: B = complete, G = on track, A = behind schedule but recoverable, "
                  "R = off track (see Cover sheet). Revised dates agreed by SLT are shown in column F.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "QIP progress summary – March 2025"
    sm["A1"].font = Font(bold=True, size=13)
    rows = [("Theme", "Actions", "B", "G", "A", "R"),
            ("Theme 1: Quality of education", 5, 2, 1, 2, 0),
            ("Theme 2: Behaviour and attitudes", 2, 1, 1, 0, 0),
            ("Theme 3: Leadership and management", 3, 1, 1, 1, 0),
            ("Total", 10, 4, 3, 3, 0)]
    for i, row in enumerate(rows, start=3):
        for c, v in enumerate(row, start=1):
            cell = sm.cell(i, c, v)
            cell.border = BOX
            if i in (3, 7):
                cell.font = Font(bold=True)
    for c, k in zip((3, 4, 5, 6), "BGAR"):
        sm.cell(3, c).fill = xfill(k)
    sm.column_dimensions["A"].width = 38
    wb.save(out("hb1-gateshead-college-sar-quality-improvement-plan-2024-25.xlsx"))


# --------------------------------------------------------------------------
# 3. Cambridge Spark - Ofsted apprenticeships post-inspection action plan (csv)
# --------------------------------------------------------------------------
SPARK = [
    ("Leaders should ensure that coaches use the information from initial assessment to plan training that "
     "builds on what apprentices already know and can do.", [
        ("1.1", "Revise the initial skills scan for the Data Analyst Level 4 and Data Scientist Level 6 standards "
                "so that it captures prior experience of SQL, Python and statistics.",
         "Head of Curriculum", "29/02/2024", "Complete",
         "New skills scan live for all starts from 1 March 2024."),
        ("1.2", "Train all coaches to produce individual training plans that record adjustments made to content "
                "and duration from initial assessment.",
         "Director of Apprenticeships / Head of Coaching", "31/03/2024", "Complete",
         "All 23 coaches trained; training plan template updated."),
        ("1.3", "Audit a sample of 10% of training plans each quarter and feed back findings to coaches at team "
                "meetings.",
         "Quality Manager", "Quarterly", "Green",
         "Q1 audit: 88% of plans show adjustments from starting points."),
    ]),
    ("Leaders should make sure that apprentices receive useful and timely feedback on their work so that they "
     "know how to improve.", [
        ("2.1", "Set a five-working-day turnaround standard for feedback on project submissions and report "
                "compliance monthly on the quality dashboard.",
         "Head of Coaching", "30/04/2024", "Complete",
         "Standard in place; May compliance 93%."),
        ("2.2", "Introduce a feedback rubric for coaches covering:\n- what the apprentice did well\n"
                "- what to improve and how\n- links to the KSBs of the standard",
         "Lead Data Science Coach", "31/07/2024", "Green",
         "Rubric piloted with two cohorts; full roll-out planned for July."),
    ]),
    ("Leaders should ensure that apprentices develop a good understanding of the risks of radicalisation and "
     "extremism relevant to their workplaces and local areas.", [
        ("3.1", "Add a Prevent and British values topic to each monthly progress review, using scenarios drawn "
                "from apprentices' sectors.",
         "Head of Safeguarding & Wellbeing", "30/06/2024", "Amber",
         "Scenarios written for finance and public sector; roll-out to all coaches slipping to July."),
        ("3.2", "Publish a termly safeguarding newsletter for apprentices and employers covering local risks.",
         "Designated Safeguarding Lead; Employer Partnerships Manager", "Termly", "Green",
         "Spring and summer editions issued."),
    ]),
    ("Leaders should ensure that employers are involved in reviewing apprentices' progress and in planning "
     "on-the-job training.", [
        ("4.1", "Require the line manager to attend every progress review, and escalate two consecutive "
                "non-attendances to the account manager.",
         "Head of Employer Partnerships", "31/08/2024", "Red",
         "Line manager attendance at 58% in May; escalation process not yet used consistently."),
    ]),
]


def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n", "\r"]):
        v = '"' + v.replace('"', '""') + '"'
    return v


def make_spark():
    rows = [
        ["Cambridge Spark Ltd – Post-Inspection Action Plan", "", "", "", "", "", ""],
        ["Ofsted full inspection 7–10 November 2023 (report published 12 January 2024). "
         "Update for the Board, 18 June 2024", "", "", "", "", "", ""],
        [""] * 7,
        ["Area for improvement", "Ref", "Action", "Owner", "Due date", "RAG status", "Progress / evidence"],
    ]
    for afi, actions in SPARK:
        for i, (ref, action, owner, due, rag, prog) in enumerate(actions):
            rows.append([afi if i == 0 else "", ref, action, owner, due, rag, prog])
    rows.append([""] * 7)
    rows.append(["Summary", "8 actions: 3 Complete, 3 Green, 1 Amber, 1 Red", "", "", "", "", ""])
    text = "\r\n".join(",".join(csv_field(v) for v in row) for row in rows) + "\r\n"
    with open(out("hb1-cambridge-spark-ofsted-apprenticeships-post-inspection-action-plan.csv"), "w",
              encoding="utf-8-sig", newline="") as fh:
        fh.write(text)


# --------------------------------------------------------------------------
# 4. Norfolk and Norwich University Hospitals NHSFT - CQC must/should do (xlsx)
# --------------------------------------------------------------------------
NNUH = [
    ("Urgent and emergency care", [
        ("Must", "The trust must ensure that patients attending the emergency department are triaged within "
                 "15 minutes of arrival. (Regulation 12(1)(2)(a))", [
            ("MD1.1", "Introduce a rapid assessment and triage (RAT) nurse in the ambulance assessment area "
                      "between 10:00 and 22:00 every day.",
             "Head of Nursing – Emergency Department", D(2023, 12, 31), None,
             "RAT nurse rostered daily since 4 December 2023.", "G", "B"),
            ("MD1.2", "Add time-to-triage to the ED live dashboard and escalate breaches over 30 minutes to the "
                      "nurse in charge and site team.",
             "ED Operational Manager / Head of Information", D(2024, 1, 31), None,
             "Dashboard live; escalation embedded in the ED escalation SOP.", "A", "B"),
            ("MD1.3", "Audit time to triage monthly and report compliance to the Medicine Division Quality Board.",
             "Clinical Director – Emergency Medicine", D(2024, 3, 31), D(2024, 6, 30),
             "Compliance 71% in February (target 95%). Date revised to allow three months of sustained data.",
             "G", "A"),
        ]),
        ("Must", "The trust must ensure that patients' risk assessments for falls and pressure ulcers are "
                 "completed and reviewed in line with trust policy in the emergency department. "
                 "(Regulation 12(2)(a)(b))", [
            ("MD2.1", "Move the falls and Waterlow risk assessments into the ED electronic record as mandatory "
                      "fields at 4 hours after arrival.",
             "Chief Nursing Information Officer", D(2024, 2, 29), D(2024, 5, 31),
             "Build complete; testing delayed by the EPR upgrade in March.", "A", "A"),
            ("MD2.2", "Deliver face-to-face training on falls prevention and pressure ulcer prevention to all ED "
                      "registered nurses and healthcare support workers.",
             "Lead Nurse – Tissue Viability; Falls Prevention Lead", D(2024, 3, 31), None,
             "92% of ED nursing staff trained.", "G", "B"),
        ]),
        ("Should", "The trust should ensure that all staff in the emergency department complete mandatory "
                   "training in safeguarding adults level 3.", [
            ("SD1.1", "Release ED staff for safeguarding adults level 3 training through a rolling programme of "
                      "protected training days.",
             "Head of Nursing – Emergency Department", D(2024, 4, 30), None,
             "Compliance 84% (from 61%).", "G", "G"),
        ]),
    ]),
    ("Medical care (including older people's care)", [
        ("Must", "The trust must ensure that there are sufficient numbers of suitably qualified, competent and "
                 "experienced nursing staff on medical wards to meet patients' needs. (Regulation 18(1))", [
            ("MD3.1", "Complete the six-monthly establishment review of medical wards using the Safer Nursing Care "
                      "Tool and present the results to the Board.",
             "Deputy Chief Nurse", D(2023, 11, 30), None,
             "Presented to Board of Directors 29 November 2023.", "B", "B"),
            ("MD3.2", "Run a targeted international recruitment campaign for 40 registered nurses for medical "
                      "wards, with pastoral support through the first 12 months.",
             "Director of Workforce / Divisional Nurse Director – Medicine", D(2024, 3, 31), None,
             "28 of 40 nurses in post; 12 delayed by visa processing. Revised date to be agreed at the "
             "Workforce Committee.", "A", "R"),
        ]),
        ("Should", "The trust should ensure that mental capacity assessments are completed and recorded for "
                   "patients who lack capacity to consent to care and treatment on medical wards.", [
            ("SD2.1", "Launch the revised Mental Capacity Act assessment template on the electronic patient record "
                      "with prompts for best-interest decisions.",
             "Named Nurse Safeguarding Adults", D(2024, 1, 31), None,
             "Template live 22 January 2024.", "G", "B"),
            ("SD2.2", "Include MCA documentation in the monthly ward accreditation audit and share results at ward "
                      "huddles.",
             "Matrons – Older People's Medicine", D(2024, 6, 30), None,
             "Added to the audit from February; compliance 76%.", "G", "G"),
        ]),
    ]),
    ("Maternity", [
        ("Must", "The trust must ensure that emergency equipment in the maternity unit is checked daily in line "
                 "with trust policy. (Regulation 12(2)(e))", [
            ("MD4.1", "Introduce a daily checklist with sign-off by the shift coordinator for all resuscitaires "
                      "and emergency trolleys in the delivery suite and on the birthing unit.",
             "Director of Midwifery", D(2023, 10, 31), None,
             "Checklist in use; weekly spot checks show 100% completion since November.", "B", "B"),
        ]),
        ("Should", "The trust should ensure that women receive a timely review by an obstetrician when their care "
                   "is escalated in the triage unit.", [
            ("SD3.1", "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in maternity "
                      "triage.",
             "Clinical Director – Obstetrics / Triage Lead Midwife", D(2024, 2, 29), D(2024, 7, 31),
             "Training 70% complete; go-live moved to July to align with the triage unit move.", "A", "A"),
            ("SD3.2", "Audit time from escalation to obstetric review quarterly and report to the Maternity Safety "
                      "Champions.",
             "Quality and Safety Lead Midwife", D(2024, 6, 30), None,
             "First audit presented in March.", "G", "G"),
        ]),
    ]),
]


def make_nnuh():
    wb = openpyxl.Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = ("Norfolk and Norwich University Hospitals NHS Foundation Trust: "
                "CQC Improvement Plan – Must Do and Should Do Actions")
    fs["A1"].font = Font(bold=True, size=14)
    fs["A2"] = ("Inspection of core services 5–7 June 2023 and well-led 11–13 July 2023; "
                "report published 4 October 2023")
    fs["A3"] = "Report to: Quality and Safety Committee, 23 April 2024 | Executive lead: Chief Nursing Officer"
    fs["A5"] = "BRAG key"
    fs["A5"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Completed – evidence of embedding reviewed by the Compliance Team"),
                                ("G", "On track to deliver by the target date"),
                                ("A", "Risk to delivery by the target date – mitigations in place"),
                                ("R", "Target date missed or not deliverable")], start=6):
        c = fs.cell(i, 1, k)
        c.fill = xfill(k)
        c.alignment = Alignment(horizontal="center")
        fs.cell(i, 2, v)
    fs["A11"] = "Position at 31 March 2024 (current BRAG)"
    fs["A11"].font = Font(bold=True)
    summary = [("", "Actions", "B", "G", "A", "R"),
               ("Must do", 8, 5, 0, 2, 1),
               ("Should do", 5, 1, 3, 1, 0),
               ("Total", 13, 6, 3, 3, 1)]
    for i, row in enumerate(summary, start=12):
        for c, v in enumerate(row, start=1):
            cell = fs.cell(i, c, v)
            cell.border = BOX
            if i in (12, 15):
                cell.font = Font(bold=True)
    fs.column_dimensions["A"].width = 14
    fs.column_dimensions["B"].width = 62

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "CQC Must Do / Should Do Action Plan – position at 31 March 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Source: CQC inspection report published 4 October 2023. Requirement wording is quoted from the "
                "report.")
    ws["A2"].font = Font(italic=True, size=9)
    heads = ["Ref", "Must / Should", "CQC requirement", "Action", "Action lead", "Original target date",
             "Revised target date", "Progress update (March 2024)", "Previous BRAG (Jan-24)",
             "Current BRAG (Mar-24)"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = xfill("005EB8")
        cell.alignment = WRAP
        cell.border = BOX
    for c, w in enumerate([8, 9, 44, 50, 30, 12, 12, 44, 10, 10], start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    r = 4
    for service, reqs in NNUH:
        ws.cell(r, 1, service).font = Font(bold=True)
        ws.cell(r, 1).fill = xfill("lilac")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for kind, req, actions in reqs:
            first = r
            for ref, action, lead, orig, rev, prog, prev, cur in actions:
                vals = [ref, kind if r == first else None, req if r == first else None, action, lead, orig, rev,
                        prog, prev, cur]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                for c, k in ((9, prev), (10, cur)):
                    ws.cell(r, c).fill = xfill(k)
                    ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    ws.freeze_panes = "A4"
    wb.save(out("hb1-norfolk-norwich-university-hospitals-nhsft-cqc-must-should-do-action-plan.xlsx"))


# --------------------------------------------------------------------------
# 5. The Old School Surgery - CQC requirement notice action plan (txt)
#    (a Word document saved as plain text: table rows come out tab-separated)
# --------------------------------------------------------------------------
OLD_SCHOOL = [
    ("Regulation 12: Safe care and treatment",
     "The provider must ensure that care and treatment is provided in a safe way for service users. In "
     "particular, patients prescribed high-risk medicines must be monitored in line with national guidance, "
     "and safety alerts must be acted on.", [
        ("12.1", "Run searches on the clinical system for patients on methotrexate, lithium, DOACs and ACE "
                 "inhibitors and recall anyone overdue monitoring bloods.",
         "Dr R Patel (Clinical Lead) / PCN Clinical Pharmacist", "30/04/2025", "Complete",
         "Searches run 3 April; 41 patients recalled, all reviewed by 28 April."),
        ("12.2", "Set up a monthly high-risk drug monitoring search with the results reviewed at the clinical "
                 "meeting.",
         "PCN Clinical Pharmacist", "Monthly", "Green",
         "Standing item on the clinical meeting agenda since May."),
        ("12.3", "Create a log of MHRA and NatPSA safety alerts showing who received each alert, the action taken "
                 "and the date it was closed.",
         "HW/Dr Okafor", "31/05/2025", "Complete",
         "Log in place on the shared drive; alerts back-checked to January 2024."),
    ]),
    ("Regulation 17: Good governance",
     "The provider must establish and operate effective systems and processes to ensure good governance. In "
     "particular, the practice must have oversight of staff training, significant events and the management "
     "of test results.", [
        ("17.1", "Introduce a training matrix covering safeguarding, basic life support, infection prevention and "
                 "control and information governance for all staff.",
         "Helen Ward", "30/06/2025", "Complete",
         "Matrix live on Clarity; compliance 96% at 1 July."),
        ("17.2", "Agree a written policy for the management of test results, including cover arrangements when "
                 "the requesting clinician is absent.",
         "Dr S Okafor (Partner)", "End of July 2025", "Green",
         "Draft circulated to the partners on 10 July."),
        ("17.3", "Review significant events at a quarterly practice meeting and share the learning with the whole "
                 "team, recording outcomes in the minutes.",
         "Practice Manager; Lead GP", "w/c 08/09/2025", "Green",
         "First meeting booked for 9 September."),
    ]),
    ("Regulation 18: Staffing",
     "The provider must ensure that staff receive appropriate support, training, professional development, "
     "supervision and appraisal as is necessary to enable them to carry out their duties.", [
        ("18.1", "Complete overdue appraisals for the two practice nurses and the healthcare assistant.",
         "Nurse Manager", "31/08/2025", "Amber",
         "One appraisal completed; two booked for September because of annual leave."),
        ("18.2", "Introduce quarterly clinical supervision for the advanced nurse practitioner and the paramedic, "
                 "with notes kept on file.",
         "Dr R Patel", "September 2025", "Green",
         "First sessions held in June."),
    ]),
]


def make_old_school():
    lines = [
        "The Old School Surgery – CQC Action Plan: Requirement Notices",
        "Inspection: 12 March 2025 (announced, comprehensive)    Report published: 2 May 2025",
        "Provider: Dr R Patel & Partners    Registered manager: Helen Ward (Practice Manager)",
        "Version 3 – updated 18 July 2025 for the partners' meeting",
        "",
        "Status key: Complete = action finished and evidence saved on the shared drive; Green = on track; "
        "Amber = at risk of missing the date; Red = overdue",
        "",
    ]
    for reg, requirement, actions in OLD_SCHOOL:
        lines.append(reg)
        lines.append(requirement)
        lines.append("\t".join(["Ref", "Action", "Lead", "Complete by", "Status", "Update"]))
        for row in actions:
            lines.append("\t".join(row))
        lines.append("")
    lines.append("Signed on behalf of the partners: Dr R Patel, Senior Partner    Date: 18/07/2025")
    with open(out("hb1-the-old-school-surgery-cqc-requirement-notice-action-plan.txt"), "w",
              encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


# --------------------------------------------------------------------------
# 6. Herefordshire and Worcestershire Health and Care NHS Trust - CQC mental
#    health must/should do action plan (xlsx) - one due cell is mistyped
# --------------------------------------------------------------------------
ACUTE = "Acute wards for adults of working age and psychiatric intensive care units"
OLDER = "Wards for older people with mental health problems"
CRISIS = "Mental health crisis services and health-based places of safety"
HW_REQ = {
    "lig": "The trust must ensure that ligature risk assessments are reviewed and updated for all acute wards, "
           "and that staff know where the ligature anchor points are.",
    "sup": "The trust must ensure that staff receive regular clinical supervision.",
    "priv": "The trust should ensure that patients' privacy and dignity are maintained in shared bathrooms.",
    "news": "The trust must ensure that physical health observations are recorded and escalated using NEWS2.",
    "care": "The trust should ensure that care plans are personalised and reflect the views of patients and "
            "their carers.",
    "hbpos": "The trust must ensure that the health-based place of safety is clean, well maintained and fit for "
             "purpose.",
    "resp": "The trust should ensure that crisis team response times are recorded and monitored.",
}
HWHCT = [
    (1, ACUTE, "Must", "Reg 12", "lig",
     "Complete environmental ligature audits for Holt Ward and Mortimer Ward and update the ward heat maps.",
     "Modern Matron – Acute Inpatients", "Jun-24", "Complete", "Audits completed 14 June; heat maps on wards."),
    (2, ACUTE, "Must", "Reg 12", "lig",
     "Include ligature heat maps in the local induction for all new and temporary staff.",
     "Ward Managers", "Jul-24", "Complete", "Induction checklist updated; bank staff sign on each shift."),
    (3, ACUTE, "Must", "Reg 18", "sup",
     "Introduce a supervision tracker on each ward and report compliance monthly to the Inpatient Governance "
     "Group.",
     "Head of Nursing – Inpatients", "Aug-24", "Complete", "Compliance 87% in September."),
    (4, ACUTE, "Should", "Reg 10", "priv",
     "Fit privacy locks and vision panels with blinds to bathroom doors on Holt Ward.",
     "Estates Project Manager", "Nov-24", "On track", "Works ordered; contractor on site w/c 11 November."),
    (5, OLDER, "Must", "Reg 12", "news",
     "Deliver NEWS2 refresher training for all registered and non-registered nursing staff on the older adult "
     "wards.",
     "Physical Health Lead Nurse", "Sep-24", "Complete", "94% trained."),
    (6, OLDER, "Must", "Reg 12", "news",
     "Audit NEWS2 completion and escalation weekly for three months and then monthly.",
     "Ward Managers – Older Adult Wards", "Spet-24", "Amber",
     "Weekly audits running; escalation compliance 78%."),
    (7, OLDER, "Should", "Reg 9", "care",
     "Roll out the 'My Care Plan' template co-produced with carers to the older adult wards.",
     "Consultant Nurse – Older Adults", "Dec-24", "On track", "Template agreed with the carers' forum."),
    (8, CRISIS, "Must", "Reg 12", "hbpos",
     "Refurbish the health-based place of safety at the Elgar Unit, including replacement of the anti-ligature "
     "furniture.",
     "Associate Director of Estates", "Mar-25", "On track", "Design signed off; works start January 2025."),
    (9, CRISIS, "Should", "Reg 17", "resp",
     "Add a response-time field to the crisis team referral form on the electronic record.",
     "Service Manager – Crisis Resolution and Home Treatment", "Oct-24", "Amber",
     "Change request with the EPR team; testing in November."),
    (10, CRISIS, "Should", "Reg 17", "resp",
     "Report crisis response times quarterly to the Quality and Safety Committee.",
     "Associate Director – Mental Health", "Quarterly", "On track", "First report due January 2025."),
]


def make_hwhct():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = ("Herefordshire and Worcestershire Health and Care NHS Trust – CQC Mental Health Core Services "
                "Inspection: Must Do / Should Do Action Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection: 9–11 January 2024 | Report published: 26 April 2024 | Position at: 31 October 2024"
    ws["A3"] = "Executive lead: Chief Nursing Officer | Reported to: Quality and Safety Committee"
    ws["A3"].font = Font(italic=True, size=9)
    heads = ["No.", "Core service", "Must / Should", "Regulation", "Requirement", "Action", "Action owner", "Due",
             "Status", "Evidence / update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = xfill("pale")
        cell.border = BOX
        cell.alignment = WRAP
    for c, w in enumerate([5, 30, 8, 9, 44, 48, 30, 9, 10, 40], start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    status_fill = {"Complete": "B", "On track": "G", "Amber": "A"}
    for i, (no, svc, kind, reg, req, action, owner, due, status, upd) in enumerate(HWHCT, start=6):
        for c, v in enumerate([no, svc, kind, reg, HW_REQ[req], action, owner, due, status, upd], start=1):
            cell = ws.cell(i, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(i, 9).fill = xfill(status_fill[status])
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", "Action delivered and evidence uploaded to the CQC evidence library"),
                                ("On track", "Expected to be delivered by the due date"),
                                ("Amber", "At risk of not being delivered by the due date"),
                                ("Red", "Overdue")], start=2):
        key.cell(i, 1, k)
        key.cell(i, 2, v)
    key.column_dimensions["B"].width = 70
    wb.save(out("hb1-herefordshire-worcestershire-health-care-nhs-trust-cqc-mental-health-must-should-do-"
                "action-plan-typo-month-refuse.xlsx"))


# --------------------------------------------------------------------------
# 7. HMP Pentonville - HMPPS response to the HMIP inspection (docx)
# --------------------------------------------------------------------------
PENTONVILLE = [
    ("PRIORITY CONCERNS", [
        ("Too many prisoners were locked in their cells for most of the day, with around half locked up during "
         "the working day and little access to purposeful activity.", "Agreed", [
            ("1.1", "Introduce a revised core day that gives every prisoner at least one hour of association and "
                    "one hour of outdoor exercise each day, published on every wing.",
             "Head of Residence", "31 March 2023"),
            ("1.2", "Increase the number of activity spaces by reopening the B wing basement workshop and the bike "
                    "repair workshop, creating 60 additional places.",
             "Head of Education, Skills and Work", "June 2023"),
        ]),
        ("The prison did not have an effective strategy to reduce the supply of and demand for illicit drugs, and "
         "the positive random drug testing rate was very high.", "Agreed", [
            ("2.1", "Publish a local drug strategy and action plan informed by a needs analysis, overseen by a "
                    "monthly drug strategy meeting chaired by the Deputy Governor.",
             "Deputy Governor", "28 February 2023"),
            ("2.2", "Complete the installation of the X-ray body scanner in reception and extend enhanced gate "
                    "security to all staff entry points.",
             "Head of Security", "April 2023"),
        ]),
        ("Care for prisoners at risk of self-harm was not good enough; ACCT case reviews were not "
         "multidisciplinary and care maps were often poor.", "Agreed", [
            ("3.1", "Deliver ACCT version 6 refresher training to all case managers and introduce a weekly quality "
                    "assurance check of open ACCT documents.",
             "Head of Safer Custody / Head of Healthcare", "31 May 2023"),
        ]),
    ]),
    ("KEY CONCERNS", [
        ("Not all cells were decent; many had broken windows, graffiti and inadequate screening around toilets.",
         "Partly Agreed", [
            ("4.1", "Carry out a full cell decency audit and prioritise repairs to windows and toilet screening "
                    "through the facilities management provider.",
             "Head of Operations", "31 March 2023"),
            ("4.2", "Submit a business case to the Prison Group Director for the replacement of cell windows on A "
                    "and C wings as part of the capital works programme.",
             "Governor", "September 2023"),
        ]),
        ("Prisoners could not always get timely access to primary care, and waiting times for the GP and the "
         "dentist were too long.", "Agreed", [
            ("5.1", "Agree a recovery plan with the healthcare provider to bring GP waiting times within "
                    "community-equivalent standards, monitored at the Local Delivery Board.",
             "Head of Healthcare (Practice Plus Group)", "30 June 2023"),
            ("5.2", "Commission additional dental sessions to clear the waiting list backlog.",
             "NHS England Health and Justice Commissioner", "Ongoing"),
        ]),
        ("Release planning was weak, and too many prisoners were released without sustainable accommodation.",
         "Agreed", [
            ("6.1", "Establish a weekly pre-release board with the Probation Service, CAS3 providers and the local "
                    "authority to review all prisoners due for release within 12 weeks.",
             "Head of Reducing Reoffending / Head of Offender Management Delivery", "January 2023"),
        ]),
    ]),
]


def make_pentonville():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Action Plan: HMP Pentonville")
    r.bold = True
    r.font.size = Pt(16)
    for line in ["Action Plan Submitted: 20 December 2022",
                 "A Response to the HMIP Inspection: 4 – 15 July 2022",
                 "Report Published: 25 October 2022"]:
        q = doc.add_paragraph()
        q.add_run(line).bold = True
    doc.add_paragraph("INTRODUCTION", style="Heading 2")
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions for, "
        "and treatment of, prisoners. In response to the report, HMPPS is required to draft a robust and timely "
        "action plan to address the concerns raised. The action plan confirms whether each concern is agreed, "
        "partly agreed or not agreed (see categorisations below). Where a concern is agreed or partly agreed, "
        "the plan sets out specific actions to address it, with the owner and timescale of each action clearly "
        "identified. Progress against the action plan is monitored by the Prison Group Director.")
    cat = doc.add_table(rows=1, cols=3)
    cat.style = "Table Grid"
    for c, h in zip(cat.rows[0].cells, ["Term", "Definition", "Additional comment"]):
        set_cell(c, h, bold=True)
        shade(c, FILL["grey"])
    for row in [("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
                 "The response should explain how the concern will be addressed, with timescales."),
                ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be "
                                  "addressed.",
                 "The response must state clearly which part will be addressed and why the rest cannot be."),
                ("Not Agreed", "The concern is not agreed with or cannot be addressed.",
                 "The response must explain why.")]:
        cells = cat.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    for section, concerns in PENTONVILLE:
        doc.add_paragraph("")
        doc.add_paragraph(section, style="Heading 2")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action",
                                          "Responsible Owner", "Target Date"]):
            set_cell(c, h, bold=True)
            shade(c, FILL["grey"])
        for concern, response, actions in concerns:
            first = len(t.rows)
            for i, (ref, action, owner, date) in enumerate(actions):
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                if i == 0:
                    set_cell(cells[1], concern)
                    set_cell(cells[2], response)
                set_cell(cells[3], action)
                set_cell(cells[4], owner)
                set_cell(cells[5], date)
            last = len(t.rows) - 1
            if last > first:
                for col in (1, 2):
                    top = t.cell(first, col)
                    top.merge(t.cell(last, col))
    doc.add_paragraph("")
    doc.add_paragraph("Action plan approved by: Governor, HMP Pentonville")
    doc.add_paragraph("Prison Group Director: London")
    doc.save(out("hb1-hmp-pentonville-hmip-inspection-action-plan.docx"))


if __name__ == "__main__":
    make_churchill()
    make_gateshead()
    make_spark()
    make_nnuh()
    make_old_school()
    make_hwhct()
    make_pentonville()
    print("hb1: seven files written to", HERE)
