"""Build the seven gr1- blind test files (set heldout234).

Run with: /work/main/.venv/bin/python gr1_make.py
Writes the data files beside this script. The data below is also imported
by the checker that writes the .expected.yaml files.
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

# ---------------------------------------------------------------------------
# colours
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"
PALE = "DEEAF6"


# ---------------------------------------------------------------------------
# docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a cell; inner \n become separate paragraphs."""
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def header_row(table, labels, fill=NAVY):
    for cell, label in zip(table.rows[0].cells, labels):
        set_cell(cell, label, bold=True)
        for r in cell.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, fill)


# ---------------------------------------------------------------------------
# 1. Hylands School - post-Ofsted action plan (docx, one table per priority)
HYLANDS_FILE = "gr1-hylands-school-post-ofsted-action-plan.docx"
HYLANDS_TITLE = "Hylands School – Post-Ofsted Action Plan 2024–25"
HYLANDS = [
    {
        "heading": "Priority 1: Curriculum in key stage 3",
        "afi": "The curriculum in some foundation subjects at key stage 3 is not sequenced well enough. "
               "Leaders should ensure that the curriculum in all subjects identifies the important "
               "knowledge pupils should learn and the order in which they should learn it.",
        "rows": [
            ("1.1", "Subject leaders in history, geography, RE, art and music to rewrite KS3 curriculum maps, "
                    "setting out the core knowledge for each unit and the order in which it is taught.",
             "Deputy Headteacher (Quality of Education)", "Summer term 2024",
             "Revised curriculum maps in place for all foundation subjects; external review confirms clear sequencing.",
             GREEN),
            ("1.2", "Fortnightly subject leader development sessions with the Essex curriculum adviser, focusing on "
                    "curriculum sequencing and retrieval of prior knowledge.",
             "JBa / Curriculum adviser", "Autumn term 2024",
             "All subject leaders can explain why content is taught in the order it is.",
             GREEN),
            ("1.3", "Programme of subject deep dives (two per half-term) by SLT and link governors to check that the "
                    "planned curriculum is taught as intended.\n"
                    "Findings reported to the Standards and Curriculum Committee.",
             "Assistant Headteacher (Teaching and Learning); Link governors", "Spring term 2025",
             "Deep dives show pupils recall key knowledge from previous units.",
             AMBER),
        ],
    },
    {
        "heading": "Priority 2: Assessment and adaptive teaching",
        "afi": "Teachers do not consistently check what pupils know and remember, and they do not routinely adapt "
               "their teaching to address gaps and misconceptions. Leaders should ensure that teachers use "
               "assessment effectively to identify and address gaps in pupils' knowledge.",
        "rows": [
            ("2.1", "Whole-staff CPD programme on responsive teaching and checking for understanding, delivered "
                    "through weekly twilight sessions and instructional coaching.",
             "Assistant Headteacher (Teaching and Learning)", "By October half-term 2024",
             "Learning walks show checking for understanding in at least 85% of lessons.",
             GREEN),
            ("2.2", "Introduce common low-stakes quizzing in all KS3 subjects, with results recorded centrally so "
                    "that subject leaders can identify gaps and plan re-teaching.",
             "Heads of Department", "Autumn term 2024",
             "Quiz data used in department meetings to plan re-teaching.",
             AMBER),
            ("2.3", "Rewrite SEND support plans so that teachers have clear strategies for each pupil with SEND, "
                    "and check their use through learning walks.",
             "SENDCo & Assistant Headteacher (Inclusion)", "Spring term 2025",
             "Support plan strategies seen in lessons; pupils with SEND make progress in line with peers.",
             RED),
        ],
    },
    {
        "heading": "Priority 3: Attendance and persistent absence",
        "afi": "Too many pupils, including disadvantaged pupils, are persistently absent from school. Leaders "
               "should continue to take effective action to improve the attendance of these pupils so that they "
               "do not miss out on their education.",
        "rows": [
            ("3.1", "Appoint a full-time Attendance Officer and introduce first-day calling and home visits for "
                    "pupils whose attendance falls below 90%.",
             "Headteacher", "September 2024",
             "Attendance Officer in post; persistent absence below 18% by July 2025.",
             GREEN),
            ("3.2", "Weekly attendance panel to review persistent absentees, with early help referrals and "
                    "attendance contracts where needed.",
             "Deputy Headteacher (Behaviour and Attitudes) / Attendance Officer", "Ongoing",
             "Reduction in persistent absence of disadvantaged pupils each half-term.",
             AMBER),
            ("3.3", "Attendance link governor to receive half-termly data on disadvantaged pupils' attendance and "
                    "challenge leaders on the impact of actions.",
             "Chair of Governors", "Termly",
             "Governor minutes show challenge on attendance of disadvantaged pupils.",
             AMBER),
        ],
    },
]


def make_hylands():
    doc = Document()
    doc.add_heading(HYLANDS_TITLE, level=0)
    doc.add_paragraph("Ofsted inspection: 5 and 6 March 2024 (section 5). Overall effectiveness: Requires improvement.")
    doc.add_paragraph(
        "This plan sets out how leaders and governors will address the areas for improvement identified in the "
        "inspection report published on 11 April 2024. It is reviewed by the Standards and Curriculum Committee "
        "each half-term. Position as at 13 January 2025.")

    p = doc.add_paragraph()
    p.add_run("Document control").bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Approved by"], fill=GREY)
    for r in t.rows[0].cells:
        for run in r.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0, 0, 0)
    for row, vals in zip(t.rows[1:], [
        ("1.0", "22/04/2024", "Headteacher", "Full Governing Body"),
        ("1.3", "13/01/2025", "Deputy Headteacher (Quality of Education)", "Standards and Curriculum Committee"),
    ]):
        for c, v in zip(row.cells, vals):
            set_cell(c, v)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key").bold = True
    k = doc.add_table(rows=3, cols=2)
    k.style = "Table Grid"
    for row, (fill, meaning) in zip(k.rows, [
        (GREEN, "Achieved – impact evidenced"),
        (AMBER, "In progress"),
        (RED, "Not on track – action needed"),
    ]):
        shade(row.cells[0], fill)
        set_cell(row.cells[1], meaning)

    for pr in HYLANDS:
        doc.add_heading(pr["heading"], level=1)
        p = doc.add_paragraph()
        p.add_run("Area for improvement").bold = True
        p = doc.add_paragraph()
        p.add_run(pr["afi"]).italic = True
        t = doc.add_table(rows=1 + len(pr["rows"]), cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "RAG"])
        for row, (ref, action, lead, when, success, fill) in zip(t.rows[1:], pr["rows"]):
            c = row.cells
            set_cell(c[0], ref)
            set_cell(c[1], action)
            set_cell(c[2], lead)
            set_cell(c[3], when)
            set_cell(c[4], success)
            set_cell(c[5], "")
            shade(c[5], fill)
        doc.add_paragraph()

    doc.add_paragraph("Next review: Standards and Curriculum Committee, 3 February 2025.")
    doc.save(os.path.join(HERE, HYLANDS_FILE))


# ---------------------------------------------------------------------------
# 2. York College - QIP saved as CSV, mistyped month (refuse)
YORK_FILE = "gr1-york-college-quality-improvement-plan-2024-25-typo-month-refuse.csv"
YORK_ROWS = [
    ["York College – Quality Improvement Plan 2024/25", "", "", "", "", "", "", ""],
    ["Actions from the 2023/24 self-assessment. Position reported to Quality and Standards Committee, "
     "11 March 2025.", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Ref", "Theme", "Area for improvement", "Action", "Owner", "Target date", "Progress at March 2025", "RAG"],
    ["QIP1.1", "Quality of education – 16-18 study programmes",
     "Too few learners on level 3 vocational programmes achieve high grades.",
     "Introduce fortnightly one-to-one progress reviews on all level 3 vocational courses, with tutors setting "
     "specific targets for learners working below their target grade.",
     "Assistant Principal – Curriculum", "Dec-24",
     "Reviews in place in all level 3 areas; high grades tracking 4 percentage points above last year.", "Complete"],
    ["QIP1.2", "", "",
     "Curriculum managers to carry out termly work scrutiny focused on the quality of written feedback at level 3.",
     "Curriculum Managers", "Mar-25",
     "Autumn and spring scrutiny complete; feedback quality improving in business and IT.", "On track"],
    ["QIP1.3", "", "Attendance on 16-18 study programmes is below the college target of 90%.",
     "Daily attendance calls by student progress coaches, with parent/carer contact on the first day of absence.",
     "Head of Student Services", "N0v-24",
     "Calls in place since November; attendance at 88.6% (up 2.1 points).", "Complete"],
    ["QIP1.4", "", "",
     "Introduce an attendance reward scheme for learners with attendance above 95% each half-term.",
     "Head of Student Services", "Feb-25", "Launched in January; evaluation due after Easter.", "On track"],
    ["QIP2.1", "Apprenticeships",
     "Too many apprentices in construction trades stay on programme beyond their planned end date.",
     "Monthly caseload reviews for construction assessors, with action plans for apprentices more than 60 days "
     "past their planned end date.",
     "Head of Apprenticeships", "Jan-25",
     "Caseload reviews running; 14 apprentices remain past planned end date (down from 31).", "At risk"],
    ["QIP2.2", "", "",
     "Agree end-point assessment dates with employers and EPAOs at gateway, and track them on the monthly "
     "apprenticeship dashboard.",
     "Apprenticeship Quality Manager", "Apr-25", "Dashboard in development.", "On track"],
    ["QIP3.1", "Leadership and management",
     "Governors do not receive enough detail on the quality of provision for learners with high needs.",
     "Produce a termly high needs quality report for the Quality and Standards Committee.",
     "Vice Principal – Quality / Head of Inclusive Learning", "Jan-25",
     "First report presented January 2025.", "Complete"],
    ["QIP3.2", "", "",
     "Link governor for SEND to join two learning walks per term in inclusive learning.",
     "Clerk to the Corporation", "Jul-25", "Dates agreed for summer term.", "On track"],
    ["", "", "", "", "", "", "", ""],
    ["Summary: 8 actions – Complete 3, On track 4, At risk 1, Off track 0", "", "", "", "", "", "", ""],
]
YORK_TYPO_LINE = 7  # 1-based line of the N0v-24 target date


def make_york():
    with open(os.path.join(HERE, YORK_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in YORK_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 3. Total People - Ofsted apprenticeships PIAP (xlsx, cover + PIAP + key)
TP_FILE = "gr1-total-people-ofsted-apprenticeships-post-inspection-action-plan.xlsx"
TP_TITLE = "Total People Ltd – Ofsted Post-Inspection Action Plan (PIAP)"
TP = [
    ("theme", "Theme 1: Quality of education"),
    ("afi", "AFI 1 – Leaders and managers should ensure that apprentices' off-the-job training builds on what they "
            "already know and can do, including for those who have prior experience in their job role."),
    ("act", "1.1", "Revise the initial assessment process so that skills coaches record each apprentice's existing "
                   "knowledge, skills and behaviours against the standard before the training plan is agreed.",
     "Director of Quality", D(2025, 2, 28), None, "Initial assessment records show starting points for 100% of new starts.",
     "G", "B", "New skills scan live for all starts from February 2025; audit of 60 files found starting points recorded in all."),
    ("act", "1.2", "Adjust individual training plans for apprentices with prior experience, reducing duration or "
                   "content where they already meet parts of the standard.",
     "Head of Apprenticeships / Skills Coaches", D(2025, 3, 31), D(2025, 6, 30),
     "Training plans show tailored content and duration.",
     "A", "G", "Revised date agreed at March Board: ESFA guidance on recognition of prior learning delayed roll-out."),
    ("act", "1.3", "Quality team to sample ten training plans per programme each term to check that off-the-job "
                   "training is planned around apprentices' starting points.",
     "Quality Manager", D(2025, 7, 31), None, "Sampling shows consistent practice across programmes.",
     "G", "G", "Spring term sampling complete for health and care, business admin and team leading."),
    ("afi", "AFI 2 – Leaders should ensure that apprentices receive timely and useful feedback so that they know "
            "how to improve the quality of their work."),
    ("act", "2.1", "Deliver a training programme for all skills coaches on giving developmental feedback, followed "
                   "by observation of feedback in practice.",
     "Head of Teaching, Learning & Assessment", D(2025, 1, 31), None,
     "All skills coaches trained; observations show improved feedback.",
     "G", "B", "All 46 skills coaches completed training in January 2025."),
    ("act", "2.2", "Introduce a 10-working-day standard for marking and feedback on submitted work, monitored "
                   "through the e-portfolio dashboard.",
     "Quality Manager; Head of Apprenticeships", D(2025, 4, 30), D(2025, 7, 31),
     "95% of work marked within 10 working days.",
     "R", "A", "Compliance 81% in May (up from 64%); dashboard report rebuilt by supplier."),
    ("theme", "Theme 2: Leadership and management"),
    ("afi", "AFI 3 – Leaders should ensure that apprentices who are not yet working at the level required in "
            "English and mathematics receive effective teaching to help them achieve their functional skills "
            "qualifications."),
    ("act", "3.1", "Recruit two specialist functional skills tutors and move English and mathematics teaching to "
                   "timetabled online group sessions.",
     "Head of English & Maths", D(2025, 3, 31), None, "Tutors in post; sessions timetabled for all apprentices who need them.",
     "A", "B", "Both tutors started in March 2025."),
    ("act", "3.2", "Track functional skills first-time pass rates by programme and provide targeted support before "
                   "apprentices sit their tests.",
     "Functional Skills Tutors", D(2025, 5, 31), D(2025, 10, 31), "First-time pass rate at or above 75%.",
     "A", "R", "Pass rate 58% (May). Test booking backlog with awarding body; revised date proposed."),
    ("act", "3.3", "Managing Director to report functional skills achievement and pass rates to the Board each "
                   "month, with a deep dive at each quarterly meeting.",
     "Managing Director", "Monthly", None, "Board minutes show scrutiny and challenge.",
     "G", "G", "Reported to Board in April, May and June."),
    ("afi", "AFI 4 – Leaders and managers should make sure that employers are fully involved in progress reviews, "
            "so that on- and off-the-job training are planned together."),
    ("act", "4.1", "Issue an employer guide to progress reviews and require line manager attendance at every "
                   "12-weekly review.",
     "Employer Engagement Manager", D(2025, 3, 31), None, "Line manager attendance at 90% of reviews.",
     "G", "B", "Guide issued February 2025; attendance 92% in April–May."),
    ("act", "4.2", "Run employer forums each term to share the training plan for each programme and agree how "
                   "on-the-job activities will support it.",
     "Head of Apprenticeships / Employer Engagement Manager", D(2025, 6, 30), None,
     "Employer feedback shows involvement in planning.",
     "G", "A", "Summer forum moved to July because of low bookings."),
]
RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def thin_border():
    s = Side(style="thin", color="808080")
    return Border(left=s, right=s, top=s, bottom=s)


def make_total_people():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = TP_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection dates: 19–22 November 2024 (report published 8 January 2025)"
    ws["A4"] = "Inspection judgements"
    ws["A4"].font = Font(bold=True)
    grades = [("Overall effectiveness", "Requires improvement"), ("The quality of education", "Requires improvement"),
              ("Behaviour and attitudes", "Good"), ("Personal development", "Good"),
              ("Leadership and management", "Requires improvement"), ("Apprenticeships", "Requires improvement")]
    for i, (a, b) in enumerate(grades, start=5):
        ws.cell(i, 1, a).border = thin_border()
        ws.cell(i, 2, b).border = thin_border()
    ws["A13"] = "Version control"
    ws["A13"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Changes", "Owner"], start=1):
        c = ws.cell(14, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=GREY)
    vers = [("1.0", D(2025, 2, 7), "Plan agreed by Board", "Director of Quality"),
            ("1.1", D(2025, 3, 20), "March progress update; revised dates for 1.2 and 2.2", "Director of Quality"),
            ("1.2", D(2025, 6, 16), "June progress update", "Quality Manager")]
    for i, v in enumerate(vers, start=15):
        for j, val in enumerate(v, start=1):
            c = ws.cell(i, j, val)
            if isinstance(val, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 24
    ws.column_dimensions["C"].width = 50
    ws.column_dimensions["D"].width = 22

    ws = wb.create_sheet("PIAP")
    ncol = 9
    ws["A1"] = "Post-Inspection Action Plan – progress at June 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Previous RAG = position reported to Board, March 2025. Current RAG = position at 16 June 2025. "
                "Where a revised target date is shown it has been agreed by the Board.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    heads = ["Ref", "Action", "Lead", "Original target date", "Revised target date", "Success measure / impact",
             "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=NAVY)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = thin_border()
    r = 5
    for item in TP:
        if item[0] == "theme":
            ws.cell(r, 1, item[1]).font = Font(bold=True, color="FFFFFF")
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="2F5496")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        elif item[0] == "afi":
            c = ws.cell(r, 1, item[1])
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor=PALE)
            c.alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, action, lead, orig, rev, measure, prev, cur, upd = item
            vals = [ref, action, lead, orig, rev, measure, prev, cur, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = thin_border()
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j, v in ((7, prev), (8, cur)):
                ws.cell(r, j).fill = PatternFill("solid", fgColor=RAG_FILL[v])
                ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    for col, w in zip("ABCDEFGHI", [6, 55, 28, 14, 14, 34, 10, 10, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("RAG key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    for i, (k, m) in enumerate([("B", "Complete – action delivered and impact evidenced"),
                                ("G", "On track"),
                                ("A", "Some slippage – recoverable within the quarter"),
                                ("R", "Off track – at risk of not being delivered")], start=2):
        ws.cell(i, 1, k).fill = PatternFill("solid", fgColor=RAG_FILL[k])
        ws.cell(i, 2, m)
    ws.column_dimensions["B"].width = 55
    wb.save(os.path.join(HERE, TP_FILE))


# ---------------------------------------------------------------------------
# 4. Mid Yorkshire Teaching NHS Trust - CQC must do / should do (xlsx)
MY_FILE = "gr1-mid-yorkshire-teaching-nhs-trust-cqc-must-should-do-action-plan.xlsx"
MY_TITLE = "CQC Inspection Action Plan – Must Do and Should Do Actions"
UEC = "Urgent and emergency care"
MED = "Medical care (including older people's care)"
# (core service, requirement, regulation, [(ref, action, lead, target, revised, evidence, status)])
MY_MUST = [
    (UEC, "The trust must ensure that patients in the emergency department receive a timely initial assessment "
          "and triage in line with national guidance.", "Regulation 12(1)(2)(a)", [
        ("MD1.1", "Implement a streaming and rapid assessment and treatment (RAT) model at the front door of the ED, "
                  "with a senior clinician present 08:00–00:00.",
         "Clinical Director for Emergency Medicine", D(2024, 5, 31), None,
         "RAT rota in place; median time to initial assessment 14 minutes (August).", "Complete"),
        ("MD1.2", "Introduce an electronic triage timer on the ED tracking board with escalation to the nurse in "
                  "charge at 15 minutes.\nAudit compliance weekly and report to the Urgent Care Board.",
         "Head of Nursing – Emergency Care", D(2024, 7, 31), None,
         "Timer live from 1 July; weekly audit reports to Urgent Care Board.", "Complete"),
    ]),
    (UEC, "The trust must ensure that staff complete and record risk assessments for patients, including falls, "
          "pressure ulcer and nutritional risk, within required timescales.", "Regulation 12(2)(a)(b)", [
        ("MD2.1", "Relaunch the ED risk assessment bundle within the electronic patient record, with mandatory "
                  "fields at 6 hours.",
         "Chief Nursing Information Officer", D(2024, 9, 30), None,
         "EPR change in test; go-live planned for early October.", "On track"),
        ("MD2.2", "Monthly documentation audit by matrons, with results shared at department huddles.",
         "Matrons (ED and AMU)", "Monthly", None,
         "Audits completed June–September; compliance 78% rising to 86%.", "On track"),
    ]),
    (MED, "The trust must ensure that there are sufficient numbers of suitably qualified, competent and skilled "
          "nursing staff on medical wards to meet patients' needs.", "Regulation 18(1)", [
        ("MD3.1", "Complete the nursing establishment review for all medical wards using the Safer Nursing Care Tool "
                  "and present recommendations to Trust Board.",
         "Chief Nurse", D(2024, 7, 31), None, "Establishment review approved by Trust Board, July 2024.", "Complete"),
        ("MD3.2", "Recruit to band 5 vacancies through the international recruitment programme (cohort of 40 nurses) "
                  "and the local newly qualified nurse campaign.",
         "Director of Workforce / Deputy Chief Nurse", D(2024, 12, 31), D(2025, 3, 31),
         "26 of 40 international nurses in post; OSCE pass rates lower than planned.", "At risk"),
    ]),
    (MED, "The trust must ensure that medicines are stored safely and securely, including the monitoring of "
          "fridge temperatures.", "Regulation 12(2)(g)", [
        ("MD4.1", "Install remote temperature monitoring for all medicine fridges on medical wards, with alerts to "
                  "pharmacy.",
         "Chief Pharmacist", D(2024, 12, 31), None, "Installed on 14 of 22 wards.", "On track"),
    ]),
]
MY_SHOULD = [
    (UEC, "The trust should ensure that patients with mental health needs waiting in the emergency department are "
          "cared for in a safe environment.", None, [
        ("SD1.1", "Refurbish the ED mental health assessment room to meet PLAN standards (ligature-reduced fixtures, "
                  "two exits).",
         "Director of Estates & Facilities", D(2024, 8, 31), D(2025, 1, 31),
         "Contractor withdrew in August; re-tender under way and revised date unlikely to be met.", "Off track"),
    ]),
    (UEC, "The trust should ensure that all staff complete mandatory training, including safeguarding level 3, in "
          "line with trust targets.", None, [
        ("SD2.1", "Weekly training compliance reports to ED and medical ward managers; protected time rostered for "
                  "staff below 90% compliance.",
         "Care Group Director of Nursing", D(2024, 6, 30), None, "Compliance 92% (September).", "Complete"),
    ]),
    (MED, "The trust should ensure that patients' discharge plans are started on admission and that patients and "
          "families are involved in planning.", None, [
        ("SD3.1", "Roll out the ‘Home for lunch’ discharge initiative and criteria-led discharge on all medical wards.",
         "Head of Patient Flow", D(2024, 11, 30), None, "Live on 9 of 16 medical wards.", "On track"),
        ("SD3.2", "Ward-based discharge coordinators to record discharge planning conversations with patients and "
                  "families in the EPR.",
         "Head of Patient Flow; Ward Managers", "Q3 2024/25", None, "EPR template in use on all wards.", "Complete"),
    ]),
    (MED, "The trust should ensure that learning from incidents is shared with staff across all medical wards.", None, [
        ("SD4.1", "Introduce a monthly ‘Learning from Excellence and Incidents’ bulletin for the medical care group "
                  "and include learning in safety huddles.",
         "Patient Safety Lead (Medicine)", D(2024, 8, 31), None, "Bulletin issued monthly since May 2024.", "Complete"),
    ]),
]
STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}


def _my_sheet(ws, title, groups, with_reg):
    heads = ["Core service", "Ref", "Must do (CQC report)" if with_reg else "Should do (CQC report)"]
    if with_reg:
        heads.append("Regulation")
    heads += ["Action", "Lead", "Target date", "Revised date", "Evidence / assurance", "Status"]
    n = len(heads)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    for j, h in enumerate(heads, start=1):
        c = ws.cell(2, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = thin_border()
    r = 3
    # core service merged over all its rows
    by_service = []
    for g in groups:
        if by_service and by_service[-1][0] == g[0]:
            by_service[-1][1].append(g)
        else:
            by_service.append((g[0], [g]))
    for service, gs in by_service:
        start_service = r
        for _, req, reg, acts in gs:
            start_req = r
            for ref, action, lead, target, revised, evidence, status in acts:
                off = 1 if with_reg else 0
                vals = {2: ref, 4 + off: action, 5 + off: lead, 6 + off: target, 7 + off: revised,
                        8 + off: evidence, 9 + off: status}
                for j in range(1, n + 1):
                    c = ws.cell(r, j)
                    c.border = thin_border()
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                for j, v in vals.items():
                    c = ws.cell(r, j, v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(r, 9 + off).fill = PatternFill("solid", fgColor=STATUS_FILL[status])
                r += 1
            ws.cell(start_req, 3, req)
            if with_reg:
                ws.cell(start_req, 4, reg)
            if r - start_req > 1:
                ws.merge_cells(start_row=start_req, start_column=3, end_row=r - 1, end_column=3)
                if with_reg:
                    ws.merge_cells(start_row=start_req, start_column=4, end_row=r - 1, end_column=4)
        ws.cell(start_service, 1, service).font = Font(bold=True)
        if r - start_service > 1:
            ws.merge_cells(start_row=start_service, start_column=1, end_row=r - 1, end_column=1)
    widths = [22, 8, 45] + ([16] if with_reg else []) + [55, 30, 12, 12, 40, 11]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(2, j).column_letter].width = w


def make_mid_yorkshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "The Mid Yorkshire Teaching NHS Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = MY_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Inspection of Urgent and Emergency Care and Medical Care, Pinderfields Hospital "
                "(13–15 November 2023); report published 22 March 2024")
    ws["A5"] = "Position at 30 September 2024 – reported to Quality Committee, 15 October 2024"
    ws["A5"].font = Font(italic=True)
    heads = ["Status", "Must do", "Should do", "Total"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(7, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=GREY)
    statuses = ["Complete", "On track", "At risk", "Off track"]
    must = [a[6] for g in MY_MUST for a in g[3]]
    should = [a[6] for g in MY_SHOULD for a in g[3]]
    for i, s in enumerate(statuses, start=8):
        ws.cell(i, 1, s).fill = PatternFill("solid", fgColor=STATUS_FILL[s])
        ws.cell(i, 2, must.count(s))
        ws.cell(i, 3, should.count(s))
        ws.cell(i, 4, must.count(s) + should.count(s))
    ws.cell(12, 1, "Total").font = Font(bold=True)
    ws.cell(12, 2, len(must)).font = Font(bold=True)
    ws.cell(12, 3, len(should)).font = Font(bold=True)
    ws.cell(12, 4, len(must) + len(should)).font = Font(bold=True)
    ws["A14"] = "Status key"
    ws["A14"].font = Font(bold=True)
    key = [("Complete", "Action delivered and evidence accepted by the CQC Oversight Group"),
           ("On track", "Action progressing and expected to complete by the target date"),
           ("At risk", "Risk to delivery by the target date; mitigation in place"),
           ("Off track", "Target date missed or will be missed; escalated to Executive Management Team")]
    for i, (s, m) in enumerate(key, start=15):
        ws.cell(i, 1, s).fill = PatternFill("solid", fgColor=STATUS_FILL[s])
        ws.cell(i, 2, m)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 12

    _my_sheet(wb.create_sheet("Must do"), "Must Do Actions", MY_MUST, True)
    _my_sheet(wb.create_sheet("Should do"), "Should Do Actions", MY_SHOULD, False)
    wb.save(os.path.join(HERE, MY_FILE))


# ---------------------------------------------------------------------------
# 5. Tudor Lodge Health Centre - GP CQC action plan (tab-separated text)
TL_FILE = "gr1-tudor-lodge-health-centre-cqc-inspection-action-plan.txt"
TL_TITLE = "Tudor Lodge Health Centre – CQC Inspection Action Plan"
# (key question, finding, [(ref, action, responsible, date, status)])
TL = [
    ("Safe", "Requirement notice – Regulation 12: Patients prescribed high-risk medicines (methotrexate, lithium) "
             "were not always monitored in line with guidance before repeat prescriptions were issued.", [
        ("R1.1", "Clinical pharmacist to run weekly searches for patients prescribed high-risk medicines and recall "
                 "any patient overdue monitoring.", "Clinical Pharmacist", "31/10/2023", "Complete"),
        ("R1.2", "GP partners to review all patients with overdue monitoring and record a decision before "
                 "re-authorising repeat prescriptions.", "Dr S Okafor / Dr R Mehta", "30/11/2023", "Complete"),
        ("R1.3", "Quarterly re-audit of high-risk medicine monitoring, with results discussed at the clinical meeting.",
         "Clinical Pharmacist", "Quarterly", "On track"),
    ]),
    ("Safe", "Requirement notice – Regulation 12: Patient safety alerts (MHRA) were not always acted on and there "
             "was no record of the action taken.", [
        ("R2.1", "Set up a shared safety alerts log; the Practice Manager circulates each alert and the lead GP "
                 "records the action taken and searches run.", "Practice Manager & Dr R Mehta", "31/10/2023",
         "Complete"),
    ]),
    ("Well-led", "Requirement notice – Regulation 17: Systems to monitor staff training and recruitment checks "
                 "were not effective.", [
        ("R3.1", "Move training records to a single training matrix and book outstanding safeguarding and basic life "
                 "support training for all staff.", "Assistant Practice Manager", "End of December 2023", "Complete"),
        ("R3.2", "Complete DBS checks and immunisation status records for all clinical staff, and check personnel "
                 "files against Schedule 3 requirements.", "Practice Manager", "31/01/2024", "On track"),
    ]),
    ("Effective", "The practice should take action to improve the uptake of cervical screening.", [
        ("R4.1", "Send text reminders and offer Saturday extended access clinics for cervical screening; review "
                 "uptake monthly against the 80% target.", "Lead Practice Nurse", "March 2024", "On track"),
    ]),
    ("Responsive", "The practice should continue to improve patients' experience of getting through to the "
                   "practice by phone.", [
        ("R5.1", "Install cloud-based telephony with call-back and queue position; review GP Patient Survey results "
                 "with the Patient Participation Group.", "Practice Manager / PPG Chair", "30/06/2024",
         "Not started"),
    ]),
]


def make_tudor_lodge():
    lines = [
        TL_TITLE,
        "Inspection date: 12 September 2023\tReport published: 2 November 2023\tOverall rating: Requires improvement",
        "Plan owner: Practice Manager\tLast updated: 15 January 2024",
        "",
        "\t".join(["Ref", "Key question", "Finding / requirement", "Action", "Responsible", "Completion date",
                   "Status"]),
    ]
    last_kq = None
    for kq, finding, acts in TL:
        for i, (ref, action, resp, date, status) in enumerate(acts):
            kq_cell = kq if kq != last_kq else ""
            fin_cell = finding if i == 0 else ""
            lines.append("\t".join([ref, kq_cell, fin_cell, action, resp, date, status]))
            last_kq = kq
    lines += [
        "",
        "Status key: Complete = action finished and evidence held; On track = in progress within timescale; "
        "Not started = due to start later in the year.",
        "This action plan is reviewed at the monthly practice meeting and shared with the Patient Participation Group.",
    ]
    with open(os.path.join(HERE, TL_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 6. Barnet, Enfield and Haringey MH NHS Trust - CQC must/should do (docx)
BEH_FILE = "gr1-barnet-enfield-haringey-mental-health-nhs-trust-cqc-acute-wards-must-should-do-action-plan.docx"
BEH_TITLE = "CQC Must Do and Should Do Action Plan – Progress Update"
BEH_FILL = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
# (core service heading, [(requirement, [(no, action, lead, due, progress, rag)])])
BEH = [
    ("Acute wards for adults of working age and psychiatric intensive care units", [
        ("Must do 1 – The trust must ensure that ligature risk assessments are up to date and that staff know how "
         "to mitigate the risks identified on each ward.", [
            ("1.1", "Review and update ligature risk assessments for all 12 acute and PICU wards, with environmental "
                    "ligature heat maps displayed in ward offices.",
             "Head of Estates and Facilities / Ward Managers", "30/09/2023",
             "All 12 assessments signed off by the Head of Nursing.", "Blue"),
            ("1.2", "Include ligature risk awareness in ward induction and in the annual clinical risk training for "
                    "all ward staff.",
             "Practice Development Lead (Acute)", "31/12/2023", "Induction updated; training compliance 71%.", "Green"),
        ]),
        ("Must do 2 – The trust must ensure that patients' physical health is monitored after rapid "
         "tranquillisation in line with trust policy and NICE guidance.", [
            ("2.1", "Revise the rapid tranquillisation policy and monitoring form (NEWS2) and relaunch it through the "
                    "Physical Health Lead.",
             "Physical Health Lead", "31/10/2023", "Policy ratified 12 October 2023.", "Blue"),
            ("2.2", "Weekly audit of post-rapid tranquillisation monitoring on every ward, reported to the Acute Care "
                    "Group quality meeting.",
             "Matrons (Acute & PICU)", "Q4 2023/24", "Audit running since September; compliance 83%.", "Green"),
        ]),
        ("Must do 3 – The trust must ensure that there are enough suitably qualified and experienced staff on each "
         "shift, including registered nurses on night shifts.", [
            ("3.1", "Recruit to registered nurse vacancies on the acute wards through rolling recruitment and the "
                    "preceptorship programme, with a target vacancy rate below 10%.",
             "Deputy Director of Nursing; Head of Recruitment", "31/03/2024",
             "Vacancy rate 17% (down from 22%); reliance on agency staff at night continues.", "Amber"),
            ("3.2", "Daily safer staffing huddle, chaired by the site manager, to redeploy staff where a ward falls "
                    "below agreed minimum numbers.",
             "Associate Director of Nursing (Acute)", "31/08/2023", "Huddle in place since July 2023.", "Blue"),
        ]),
        ("Must do 4 – The trust must ensure that seclusion is used in line with the safeguards of the Mental Health "
         "Act Code of Practice and that seclusion records are complete.", [
            ("4.1", "Audit all seclusion episodes since January 2023 against the Code of Practice and review each "
                    "incomplete record with the responsible clinician.",
             "Clinical Director – Acute & Urgent Care", "30/11/2023",
             "Audit 60% complete; delayed by consultant vacancies. Revised date to be agreed.", "Red"),
        ]),
        ("Should do 1 – The trust should ensure that patients have access to a range of therapeutic activities, "
         "including at weekends.", [
            ("5.1", "Appoint two occupational therapy assistants to deliver a seven-day activity programme across the "
                    "acute wards.",
             "Head of Occupational Therapy", "31/01/2024", "Posts advertised; interviews 20 November.", "Green"),
        ]),
    ]),
    ("Mental health crisis services and health-based places of safety", [
        ("Should do 2 – The trust should ensure that staff record the time at which a person's detention under "
         "section 136 begins and ends.", [
            ("6.1", "Add mandatory start and end time fields to the section 136 record on RiO and report breaches "
                    "monthly to the Mental Health Law Committee.",
             "Mental Health Law Manager", "December 2023", "RiO change request approved.", "Green"),
            ("6.2", "Joint review of the section 136 pathway with the Metropolitan Police and London Ambulance "
                    "Service.",
             "Service Manager – Crisis Pathway", "TBC", "Awaiting dates from partners.", "Amber"),
        ]),
    ]),
]


def make_beh():
    doc = Document()
    doc.add_heading(BEH_TITLE, level=0)
    doc.add_paragraph("Barnet, Enfield and Haringey Mental Health NHS Trust")
    cover = [("Report to", "Quality and Safety Committee"), ("Date of meeting", "14 November 2023"),
             ("Report title", BEH_TITLE), ("Executive lead", "Chief Nursing Officer"),
             ("Report author", "Head of Regulatory Compliance"), ("Purpose", "Assurance")]
    t = doc.add_table(rows=len(cover), cols=2)
    t.style = "Table Grid"
    for row, (a, b) in zip(t.rows, cover):
        set_cell(row.cells[0], a, bold=True)
        shade(row.cells[0], GREY)
        set_cell(row.cells[1], b)

    counts = {}
    n = 0
    for _, reqs in BEH:
        for _, acts in reqs:
            for a in acts:
                counts[a[5]] = counts.get(a[5], 0) + 1
                n += 1
    doc.add_heading("1. Executive summary", level=1)
    doc.add_paragraph(
        "The CQC carried out an unannounced focused inspection of the Trust's acute wards for adults of working age "
        "and psychiatric intensive care units, and of mental health crisis services and health-based places of "
        "safety, in May 2023. The reports, published on 2 August 2023, set out four must do and two should do "
        "actions. This paper sets out progress against the action plan at 31 October 2023.")
    doc.add_heading("2. Progress summary", level=1)
    doc.add_paragraph(
        f"Of the {n} actions in the plan, {counts['Blue']} are complete (blue), {counts['Green']} are on track "
        f"(green), {counts['Amber']} are at risk (amber) and {counts['Red']} is off track (red). The off-track "
        "action relates to the seclusion audit and has been escalated to the Executive Management Team.")
    doc.add_paragraph(
        "RAG key: Blue – complete and evidence verified; Green – on track to deliver by the due date; "
        "Amber – at risk; Red – off track or overdue.")
    doc.add_heading("3. Recommendation", level=1)
    doc.add_paragraph("The Committee is asked to note the progress made and the escalation of action 4.1.")

    doc.add_page_break()
    doc.add_heading("Appendix 1 – CQC action plan", level=1)
    heads = ["No.", "CQC requirement", "Action", "Lead", "Due date", "Progress update (October 2023)", "RAG"]
    for service, reqs in BEH:
        doc.add_heading(service, level=2)
        nrows = sum(len(acts) for _, acts in reqs)
        t = doc.add_table(rows=1 + nrows, cols=len(heads))
        t.style = "Table Grid"
        header_row(t, heads, fill="005EB8")
        r = 1
        for req, acts in reqs:
            start = r
            for no, action, lead, due, progress, rag in acts:
                c = t.rows[r].cells
                set_cell(c[0], no)
                set_cell(c[2], action)
                set_cell(c[3], lead)
                set_cell(c[4], due)
                set_cell(c[5], progress)
                set_cell(c[6], rag, bold=True)
                shade(c[6], BEH_FILL[rag])
                r += 1
            top = t.cell(start, 1)
            if r - 1 > start:
                top = top.merge(t.cell(r - 1, 1))
            set_cell(top, req)
        doc.add_paragraph()
    doc.save(os.path.join(HERE, BEH_FILE))


# ---------------------------------------------------------------------------
# 7. Animal and Plant Health Agency - Gateway 0 review action plan (xlsx)
APHA_FILE = "gr1-animal-and-plant-health-agency-scan-programme-gateway-review-action-plan.xlsx"
APHA_TITLE = ("Science Capability in Animal Health (SCAN) Programme – Gateway 0 Review: "
              "Recommendations Action Plan")
# (rec no, recommendation, urgency, timing, [(ref, action, owner, target, status, update)])
APHA = [
    ("1", "Refresh the programme business case to reflect the revised phasing of the Weybridge redevelopment and the "
          "latest cost estimate, and secure HM Treasury re-approval.", "Critical", "Do now", [
        ("1.1", "Update the Programme Business Case (PBC) with revised phasing, whole-life costs and funding profile.",
         "Programme Director", D(2024, 12, 31), "Complete", "Refreshed PBC approved by Programme Board, 17 December 2024."),
        ("1.2", "Submit the refreshed PBC to Defra Investment Committee and the HM Treasury Major Projects Review "
                "Group.", "SRO / Defra Finance Business Partner", D(2025, 3, 31), "On track",
         "Investment Committee 4 March 2025; MPRG slot booked for 26 March."),
    ]),
    ("2", "Strengthen programme governance by clarifying the roles of the Programme Board and the Defra Portfolio "
          "Board, with a single integrated risk register.", "Essential", "Within 3 months", [
        ("2.1", "Revise the Programme Board terms of reference and delegations, agreed with the Defra Portfolio Board.",
         "SRO", D(2024, 11, 30), "Complete", "Agreed at Portfolio Board, 21 November 2024."),
        ("2.2", "Establish a single integrated programme risk register, reviewed monthly by the Programme Board.",
         "PMO Lead", D(2025, 1, 31), "Complete", "Register in use from January 2025."),
    ]),
    ("3", "Develop an integrated master schedule that shows the critical path, including the dependencies between "
          "construction, the transfer of scientific capability and decommissioning.", "Essential",
     "Before next Gateway review", [
        ("3.1", "Procure planning support and develop an integrated master schedule (IMS), baselined by the Programme "
                "Board.", "Head of Programme Controls", D(2025, 4, 30), "At risk",
         "Planning support contract awarded February 2025; baseline likely to slip to June."),
    ]),
    ("4", "Secure the specialist commercial and project controls capability needed for the next phase, and put a "
          "resourcing plan in place.", "Essential", "Within 6 months", [
        ("4.1", "Agree a resourcing plan with Defra Group Commercial, including a dedicated senior commercial lead for "
                "the construction contracts.", "Head of Commercial (Defra Group Commercial)", D(2025, 3, 31),
         "On track", "Senior commercial lead identified; starts 1 April 2025."),
        ("4.2", "Recruit a programme controls manager and two cost engineers.",
         "Programme Director; HR Business Partner", D(2025, 2, 28), "Off track",
         "Two campaigns unsuccessful; interim contractors being sourced through the framework."),
    ]),
    ("5", "Engage the scientific user community early in the design of laboratory space so that the facilities meet "
          "future capability needs.", "Recommended", "Ongoing", [
        ("5.1", "Set up a Science User Group with representatives from each scientific department to review laboratory "
                "designs at RIBA stages 3 and 4.", "Director of Scientific Services", D(2025, 1, 31), "Complete",
         "Group met in November and January."),
        ("5.2", "Publish a quarterly programme update for staff at Weybridge and the regional laboratories.",
         "Head of Communications", "Quarterly", "On track", "December update issued; next due March 2025."),
    ]),
]


def make_apha():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    heads = ["Rec. No.", "Recommendation", "Urgency", "Review team timing", "Ref", "Agreed action", "Action owner",
             "Target date", "Status", "Update (February 2025)"]
    n = len(heads)
    ws["A1"] = "Animal and Plant Health Agency"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = APHA_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    ws["A3"] = "Review dates: 9–12 September 2024"
    ws["C3"] = "Delivery Confidence Assessment: Amber"
    ws["C3"].fill = PatternFill("solid", fgColor=AMBER)
    ws["F3"] = "Status as at: 28 February 2025"
    ws["A4"] = "SRO: Chief Scientific Officer, APHA"
    ws["F4"] = "Owner of this plan: SCAN Programme Management Office"
    for j, h in enumerate(heads, start=1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="00703C")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = thin_border()
    r = 7
    statuses = []
    for rec, text, urgency, timing, acts in APHA:
        start = r
        for ref, action, owner, target, status, update in acts:
            for j, v in zip(range(5, 11), [ref, action, owner, target, status, update]):
                c = ws.cell(r, j, v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd-mmm-yy"
            for j in range(1, n + 1):
                ws.cell(r, j).border = thin_border()
                ws.cell(r, j).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 9).fill = PatternFill("solid", fgColor=STATUS_FILL[status])
            statuses.append(status)
            r += 1
        for j, v in zip(range(1, 5), [rec, text, urgency, timing]):
            ws.cell(start, j, v)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=j, end_row=r - 1, end_column=j)
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    r += 1
    for s in ["Complete", "On track", "At risk", "Off track"]:
        ws.cell(r, 1, s).fill = PatternFill("solid", fgColor=STATUS_FILL[s])
        ws.cell(r, 2, statuses.count(s))
        r += 1
    ws.cell(r, 1, "Total actions").font = Font(bold=True)
    ws.cell(r, 2, len(statuses)).font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJ", [8, 48, 12, 16, 6, 52, 30, 12, 11, 48]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    ws = wb.create_sheet("Key")
    ws["A1"] = "Delivery Confidence Assessment (DCA)"
    ws["A1"].font = Font(bold=True)
    dca = [("Green", "Successful delivery appears highly likely; no major outstanding issues."),
           ("Amber/Green", "Successful delivery appears probable; constant attention needed."),
           ("Amber", "Successful delivery appears feasible but significant issues exist requiring management attention."),
           ("Amber/Red", "Successful delivery is in doubt, with major risks or issues in a number of key areas."),
           ("Red", "Successful delivery appears to be unachievable.")]
    for i, (a, b) in enumerate(dca, start=2):
        ws.cell(i, 1, a)
        ws.cell(i, 2, b)
    ws["A8"] = "Urgency of recommendations"
    ws["A8"].font = Font(bold=True)
    urg = [("Critical", "Do now – to increase the likelihood of a successful outcome it is of the greatest "
                        "importance that the programme acts on this recommendation now."),
           ("Essential", "Do by – the programme should take action on this recommendation before further key "
                         "decisions are taken."),
           ("Recommended", "The programme would benefit from the uptake of this recommendation.")]
    for i, (a, b) in enumerate(urg, start=9):
        ws.cell(i, 1, a)
        ws.cell(i, 2, b)
    ws["A13"] = "Action status"
    ws["A13"].font = Font(bold=True)
    for i, (s, m) in enumerate([("Complete", "Action delivered and closed by Programme Board"),
                                ("On track", "Expected to complete by target date"),
                                ("At risk", "May miss target date; mitigation in place"),
                                ("Off track", "Target date missed")], start=14):
        ws.cell(i, 1, s).fill = PatternFill("solid", fgColor=STATUS_FILL[s])
        ws.cell(i, 2, m)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 90
    wb.save(os.path.join(HERE, APHA_FILE))


def main():
    make_hylands()
    make_york()
    make_total_people()
    make_mid_yorkshire()
    make_tudor_lodge()
    make_beh()
    make_apha()


if __name__ == "__main__":
    main()
