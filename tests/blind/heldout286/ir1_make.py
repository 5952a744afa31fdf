"""Build the seven ir1- data files of set heldout286.

Run with /work/main/.venv/bin/python ir1_make.py  (writes beside this script).
Each data table below also carries the reading a person makes of each row
(the `exp` dicts), from which the .expected.yaml files beside it were written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text; '\n' in text makes separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    r.font.size = Pt(size)
    for part in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


def header_row(table, labels, fill="D9D9D9"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True)
        shade(c, fill)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def xl_fill(hexfill):
    return PatternFill("solid", fgColor=hexfill)


# ---------------------------------------------------------------------------
# 1. School: St John Fisher Catholic High School post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
SCHOOL_FILE = "ir1-st-john-fisher-catholic-high-school-post-ofsted-action-plan.docx"
SCHOOL_TITLE = "St John Fisher Catholic High School: Post-Ofsted Action Plan 2024–25"
SCHOOL_PRIORITIES = [
    (
        "Priority 1: Curriculum in the foundation subjects",
        "Leaders should ensure that, in all foundation subjects, the curriculum sets out precisely the important knowledge pupils should learn and the order in which it should be taught, so that pupils build their knowledge securely over time.",
        [
            dict(ref="1.1",
                 action="Subject leaders in history, geography, RE, art, music and DT to rewrite the Key Stage 3 curriculum maps, identifying the essential knowledge for each unit and the sequence in which it is taught.",
                 lead_text="Deputy Headteacher (Curriculum)", time="Autumn term 2024",
                 monitor="Curriculum maps in place for all six subjects and quality assured by SLT link.",
                 fill=BLUE,
                 exp=dict(lead=["Deputy Headteacher (Curriculum)"], end="2024-12", status="blue")),
            dict(ref="1.2",
                 action="Deliver three twilight CPD sessions on curriculum sequencing and retrieval practice for all foundation subject staff.",
                 lead_text="JMc / RTh", time="Sept 2024 – Feb 2025",
                 monitor="Attendance registers; follow-up learning walks show retrieval starters in 80% of lessons.",
                 fill=GREEN,
                 exp=dict(lead=["JMc", "RTh"], end="2025-02", status="green")),
            dict(ref="1.3",
                 action="Carry out a deep dive in each foundation subject, including pupil voice and book looks, and report the findings to governors.",
                 lead_text="Deputy Headteacher (Curriculum); Link Governor for Curriculum", time="Spring term 2025",
                 monitor="Deep dive reports for history and geography complete; art, music, DT and RE scheduled.",
                 fill=AMBER,
                 exp=dict(lead=["Deputy Headteacher (Curriculum)", "Link Governor for Curriculum"], end="2025-04", status="amber")),
        ],
    ),
    (
        "Priority 2: Reading",
        "Leaders should make sure that pupils who are behind with their reading in Key Stage 3 are identified swiftly and receive effective support, so that they catch up quickly and can access the full curriculum.",
        [
            dict(ref="2.1",
                 action="Screen all Year 7 pupils on entry using the NGRT reading test, and repeat the test for Years 8 and 9 each September.",
                 lead_text="SENCo", time="30/09/2024",
                 monitor="All pupils tested; 64 pupils identified with a reading age two or more years below chronological age.",
                 fill=BLUE,
                 exp=dict(lead=["SENCo"], end="2024-09", status="blue")),
            dict(ref="2.2",
                 action="Train six teaching assistants to deliver a structured phonics-based catch-up programme to the weakest readers.\nTimetable sessions four times a week during tutor time.",
                 lead_text="Reading Lead", time="October half-term 2024",
                 monitor="Six TAs trained; sessions running since 4 November.",
                 fill=BLUE,
                 exp=dict(lead=["Reading Lead"], end="2024-10", status="blue")),
            dict(ref="2.3",
                 action="Introduce a whole-school reading-aloud programme in form time for Years 7 to 9, with weekly texts chosen by the English department.",
                 lead_text="Head of English", time="Ongoing",
                 monitor="Programme running; pupil voice in December positive.",
                 fill=GREEN,
                 exp=dict(lead=["Head of English"], end=None, end_text="Ongoing", status="green")),
        ],
    ),
    (
        "Priority 3: Attendance",
        "Leaders should continue to take effective action to improve the attendance of disadvantaged pupils and pupils with SEND, so that fewer of these pupils are persistently absent.",
        [
            dict(ref="3.1",
                 action="Appoint a full-time attendance officer and hold weekly attendance panels for pupils whose attendance falls below 90%.",
                 lead_text="Assistant Headteacher (Behaviour & Attendance)", time="Summer term 2024",
                 monitor="Attendance officer in post from June 2024; panels meet every Tuesday.",
                 fill=BLUE,
                 exp=dict(lead=["Assistant Headteacher (Behaviour & Attendance)"], end="2024-07", status="blue")),
            dict(ref="3.2",
                 action="Agree an attendance support plan with the family of every persistently absent disadvantaged pupil, with a home visit where contact is not made within two days.",
                 lead_text="Attendance Officer", time="Half-termly",
                 monitor="Plans in place for 31 of 58 pupils; persistent absence of disadvantaged pupils still 29%.",
                 fill=RED,
                 exp=dict(lead=["Attendance Officer"], end=None, end_text="Half-termly", status="red")),
            dict(ref="3.3",
                 action="Report the attendance of disadvantaged pupils and pupils with SEND to the Local Governing Committee at each meeting.",
                 lead_text="Headteacher", time="Each LGC meeting",
                 monitor="Standing item on LGC agenda from September 2024.",
                 fill=GREEN,
                 exp=dict(lead=["Headteacher"], end=None, end_text="Each LGC meeting", status="green")),
        ],
    ),
]


def build_school():
    doc = Document()
    landscape(doc)
    doc.add_heading(SCHOOL_TITLE, level=0)
    doc.add_paragraph("Inspection dates: 5 and 6 March 2024. Overall effectiveness: Requires improvement.")
    doc.add_paragraph(
        "This plan sets out how we will address the areas for improvement in the inspection report. "
        "It is reviewed each half term by the senior leadership team and reported to the Local Governing Committee (LGC).")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Summary of changes", "Approved by"])
    for row in [("1.0", "22/04/2024", "First version following publication of the report", "LGC 29/04/2024"),
                ("1.2", "16/09/2024", "Timescales updated for 2024–25", "Headteacher"),
                ("1.3", "13/01/2025", "RAG ratings updated at spring term review", "Headteacher")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for fill, word, meaning in [(BLUE, "Blue", "Completed – impact evident"),
                                (GREEN, "Green", "On track"),
                                (AMBER, "Amber", "Started but behind schedule"),
                                (RED, "Red", "Not on track – escalated to LGC")]:
        cells = t.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], fill)
        set_cell(cells[1], meaning)

    for heading, afi, actions in SCHOOL_PRIORITIES:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        r = p.add_run(afi)
        r.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["No.", "Action", "Lead", "Timescale", "Success criteria / monitoring", "RAG"])
        for a in actions:
            cells = t.add_row().cells
            set_cell(cells[0], a["ref"])
            set_cell(cells[1], a["action"])
            set_cell(cells[2], a["lead_text"])
            set_cell(cells[3], a["time"])
            set_cell(cells[4], a["monitor"])
            cells[5].text = ""
            shade(cells[5], a["fill"])

    doc.add_heading("Governor sign-off", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Reviewed by", "Date", "Comment"])
    cells = t.add_row().cells
    set_cell(cells[0], "Local Governing Committee")
    set_cell(cells[1], "20/01/2025")
    set_cell(cells[2], "Plan reviewed; priority 3 to be monitored by the Chair each half term.")
    doc.save(os.path.join(HERE, SCHOOL_FILE))


# ---------------------------------------------------------------------------
# 2. GP: Bridge Street Medical Centre CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
GP_FILE = "ir1-bridge-street-medical-centre-cqc-inspection-action-plan.docx"
GP_TITLE = "Bridge Street Medical Centre – CQC Inspection Action Plan"
GP_SECTIONS = [
    (
        "Regulation 12 HSCA (RA) Regulations 2014 – Safe care and treatment",
        [
            ("Ensure that patients prescribed high-risk medicines receive the required monitoring before prescriptions are issued.",
             [
                 dict(action="Run monthly clinical searches for patients on methotrexate, lithium, DOACs and ACE inhibitors who are overdue monitoring, and recall them before the next repeat is authorised.",
                      who="Clinical Pharmacist", when="30/06/2024", status="Completed",
                      exp=dict(lead=["Clinical Pharmacist"], end="2024-06", status="blue")),
                 dict(action="Add a mandatory monitoring check to the repeat prescribing protocol and retrain all prescribers and prescription clerks.",
                      who="Dr S Hale / Practice Manager", when="31/07/2024", status="Completed",
                      exp=dict(lead=["Dr S Hale", "Practice Manager"], end="2024-07", status="blue")),
             ]),
            ("Ensure that actions from medicines and healthcare products safety alerts are recorded and followed up.",
             [
                 dict(action="Set up a safety alert log on the shared drive with a named GP to review each alert within five working days; audit the log quarterly.",
                      who="Dr A Okafor", when="Aug 2024", status="Completed",
                      exp=dict(lead=["Dr A Okafor"], end="2024-08", status="blue")),
             ]),
        ],
    ),
    (
        "Regulation 17 HSCA (RA) Regulations 2014 – Good governance",
        [
            ("Establish effective systems to monitor staff training, including safeguarding and infection prevention and control, and act on any gaps.",
             [
                 dict(action="Purchase a training matrix module, load all staff records and flag overdue training to line managers each month.",
                      who="Practice Manager", when="30/09/2024", status="Completed",
                      exp=dict(lead=["Practice Manager"], end="2024-09", status="blue")),
                 dict(action="Ensure all clinical staff complete Level 3 safeguarding children and adults training.",
                      who="Lead Nurse", when="31/12/2024 (revised from 30/09/2024)", status="Amber",
                      exp=dict(lead=["Lead Nurse"], end="2024-12", status="amber")),
             ]),
            ("Ensure that the practice’s policies are reviewed regularly and reflect current guidance.",
             [
                 dict(action="Review and reissue all 42 practice policies, with review dates logged on the governance calendar.",
                      who="Practice Manager and Assistant Practice Manager", when="Q3 2024/25", status="On track",
                      exp=dict(lead=["Practice Manager", "Assistant Practice Manager"], end="2024-12", status="green")),
             ]),
        ],
    ),
    (
        "Areas where the practice should make improvements",
        [
            ("Continue to improve the uptake of cervical screening.",
             [
                 dict(action="Offer a Saturday morning smear clinic once a month and send text reminders to all patients overdue screening.",
                      who="Lead Nurse", when="Ongoing", status="On track",
                      exp=dict(lead=["Lead Nurse"], end=None, end_text="Ongoing", status="green")),
             ]),
            ("Take action to improve patient satisfaction with access to the practice by telephone.",
             [
                 dict(action="Move to a cloud-based telephone system with call-back and queue position messages.",
                      who="Partners", when="March 2025", status="Not started",
                      exp=dict(lead=["Partners"], end="2025-03", status="unrated")),
                 dict(action="Repeat the in-house patient access survey with the Patient Participation Group and publish the results in the waiting room and on the website.",
                      who="PPG Chair / Practice Manager", when="May 2025", status="Not started",
                      exp=dict(lead=["PPG Chair", "Practice Manager"], end="2025-05", status="unrated")),
             ]),
        ],
    ),
]


def build_gp():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run(GP_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Inspection: 14 May 2024 (report published 2 August 2024)    Overall rating: Requires improvement")
    doc.add_paragraph("Plan owner: Practice Manager    Last updated: 4 November 2024    Status key: Completed / On track / Amber (delayed) / Not started")
    for heading, findings in GP_SECTIONS:
        p = doc.add_paragraph()
        r = p.add_run(heading)
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        header_row(t, ["What CQC told us", "Action taken / to be taken", "Who", "By when", "Status"], fill="BDD7EE")
        for finding, actions in findings:
            first = len(t.rows)
            for a in actions:
                cells = t.add_row().cells
                set_cell(cells[1], a["action"])
                set_cell(cells[2], a["who"])
                set_cell(cells[3], a["when"])
                set_cell(cells[4], a["status"])
            last = len(t.rows) - 1
            top = t.cell(first, 0)
            if last > first:
                top = top.merge(t.cell(last, 0))
            set_cell(top, finding)
    doc.add_paragraph("")
    doc.add_paragraph("This plan is reviewed at the monthly partners’ meeting and shared with the Patient Participation Group.")
    doc.save(os.path.join(HERE, GP_FILE))


# ---------------------------------------------------------------------------
# 3. College: The Oldham College Ofsted post-inspection action plan (csv)
# ---------------------------------------------------------------------------
COLLEGE_FILE = "ir1-the-oldham-college-ofsted-post-inspection-action-plan.csv"
COLLEGE_TITLE = "The Oldham College – Ofsted Post-Inspection Action Plan"
COLLEGE_SECTIONS = [
    ("EDUCATION PROGRAMMES FOR YOUNG PEOPLE", [
        ("Leaders should ensure that teachers in a minority of study programmes, including construction and motor vehicle, check learners' understanding effectively before moving on to new topics.", [
            dict(ref="AFI1.1",
                 action="Introduce a 'check for understanding' focus in all teaching and learning walks in construction and motor vehicle, with feedback to each teacher within 48 hours.",
                 lead="Head of Quality Improvement", orig="31/01/2024", rev="",
                 upd="Walks completed for all 27 staff in both areas; themes shared at February CPD day.", rag="B",
                 exp=dict(lead=["Head of Quality Improvement"], end="2024-01", status="blue")),
            dict(ref="AFI1.2",
                 action="Deliver a CPD session on adaptive questioning and hinge questions for construction and motor vehicle teachers.",
                 lead="Advanced Practitioner (Construction)", orig="29/02/2024", rev="",
                 upd="Session delivered 14 February; 25 of 27 staff attended.", rag="B",
                 exp=dict(lead=["Advanced Practitioner (Construction)"], end="2024-02", status="blue")),
            dict(ref="AFI1.3",
                 action="Use learner voice and work scrutiny each term to check that gaps in learners' understanding are being picked up and closed.",
                 lead="Curriculum Managers", orig="Termly", rev="",
                 upd="Term 1: scrutiny complete for construction.\nTerm 2: motor vehicle scrutiny booked for June.", rag="G",
                 exp=dict(lead=["Curriculum Managers"], end=None, end_text="Termly", status="green")),
        ]),
        ("Leaders should make sure that learners on study programmes who need to resit GCSE English and mathematics attend their lessons regularly.", [
            dict(ref="AFI2.1",
                 action="Track attendance at English and maths lessons weekly through ProMonitor; personal tutors to contact learners after one missed lesson.",
                 lead="Head of English and Maths", orig="31/12/2023", rev="31/03/2024",
                 upd="Attendance at English and maths now 83% against a target of 90%; revised date agreed at QIB.", rag="A",
                 exp=dict(lead=["Head of English and Maths"], end="2024-03", status="amber")),
            dict(ref="AFI2.2",
                 action="Introduce attendance rewards and parent/carer text alerts for GCSE resit classes.",
                 lead="Head of Student Services; Head of English and Maths", orig="Jan-24", rev="",
                 upd="Text alerts live since 8 January; rewards launched after half term.", rag="G",
                 exp=dict(lead=["Head of Student Services", "Head of English and Maths"], end="2024-01", status="green")),
        ]),
    ]),
    ("APPRENTICESHIPS", [
        ("Leaders should ensure that employers are fully involved in planning and reviewing apprentices' on- and off-the-job training.", [
            dict(ref="AFI3.1",
                 action="Hold tripartite progress reviews every 10 weeks for all apprentices.\nEmployers to attend and agree the next steps for on- and off-the-job training.",
                 lead="Head of Apprenticeships", orig="31/03/2024", rev="30/06/2024",
                 upd="Employer attendance at reviews now 78%.", rag="A",
                 exp=dict(lead=["Head of Apprenticeships"], end="2024-06", status="amber")),
            dict(ref="AFI3.2",
                 action="Publish an employer guide to the apprenticeship programme and run two employer briefing events.",
                 lead="Employer Engagement Manager", orig="Apr-24", rev="",
                 upd="Guide published; first event held 17 April, second set for July.", rag="G",
                 exp=dict(lead=["Employer Engagement Manager"], end="2024-04", status="green")),
        ]),
    ]),
    ("ADULT LEARNING PROGRAMMES", [
        ("Leaders should make sure that adult learners on ESOL courses receive clear and helpful feedback on their written work.", [
            dict(ref="AFI4.1",
                 action="Standardise written feedback in ESOL using a shared 'what went well / even better if' template, and moderate samples each half term.",
                 lead="ESOL Curriculum Manager", orig="June 2024", rev="",
                 upd="Template in use; March moderation found 9 of 12 samples met the standard.", rag="G",
                 exp=dict(lead=["ESOL Curriculum Manager"], end="2024-06", status="green")),
            dict(ref="AFI4.2",
                 action="Provide a two-day course on assessment for learning for ESOL sessional tutors.",
                 lead="Head of Adult Learning", orig="May 2024", rev="July 2024",
                 upd="Course postponed twice because of tutor availability.", rag="R",
                 exp=dict(lead=["Head of Adult Learning"], end="2024-07", status="red")),
        ]),
    ]),
]


def build_college():
    rows = []
    w = 8
    pad = lambda *vals: list(vals) + [""] * (w - len(vals))
    rows.append(pad(COLLEGE_TITLE))
    rows.append(pad("Inspection 21–24 November 2023 | Overall effectiveness: Good | Progress at 12 June 2024"))
    rows.append(pad())
    rows.append(["Ref", "Area for improvement (from report)", "Action", "Lead", "Original target", "Revised target",
                 "Progress update", "RAG"])
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for section, afis in COLLEGE_SECTIONS:
        rows.append(pad(section))
        for afi, actions in afis:
            for i, a in enumerate(actions):
                rows.append([a["ref"], afi if i == 0 else "", a["action"], a["lead"], a["orig"], a["rev"],
                             a["upd"], a["rag"]])
                counts[a["rag"]] += 1
    rows.append(pad())
    rows.append(pad("Summary"))
    rows.append(pad("Blue (complete)", str(counts["B"])))
    rows.append(pad("Green (on track)", str(counts["G"])))
    rows.append(pad("Amber (at risk)", str(counts["A"])))
    rows.append(pad("Red (off track)", str(counts["R"])))
    rows.append(pad("Total actions", str(sum(counts.values()))))
    rows.append(pad("Note: RAG ratings agreed at Quality Improvement Board (QIB) on 5 June 2024."))
    with open(os.path.join(HERE, COLLEGE_FILE), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 4. University: University of Warwick WMG apprenticeships PIAP (txt export)
# ---------------------------------------------------------------------------
UNI_FILE = "ir1-university-of-warwick-wmg-ofsted-apprenticeships-piap.txt"
UNI_TITLE = "University of Warwick – WMG Apprenticeships Post-Inspection Action Plan (PIAP)"
UNI_AFIS = [
    ("AFI 1 – Off-the-job training",
     "Leaders should ensure that all apprentices receive their entitlement to off-the-job training and that this is recorded accurately.",
     [
         dict(ref="1.1",
              action="Audit off-the-job hours for every live apprentice against their training plan and agree catch-up plans with employers where hours are behind.",
              owner="Head of Apprenticeship Operations", due="31 Jan 2024", rag="Blue",
              upd="Audit of 412 apprentices complete; 37 catch-up plans agreed.",
              exp=dict(lead=["Head of Apprenticeship Operations"], end="2024-01", status="blue")),
         dict(ref="1.2",
              action="Replace spreadsheet logs with off-the-job recording in the e-portfolio, with monthly compliance reports to programme leads.",
              owner="Apprenticeship Systems Manager", due="Revised: May 2024 (was Feb 2024)", rag="Amber",
              upd="Supplier configuration delayed; pilot running with one DTS cohort.",
              exp=dict(lead=["Apprenticeship Systems Manager"], end="2024-05", status="amber")),
     ]),
    ("AFI 2 – Progress reviews",
     "Leaders should make sure that progress reviews focus on the knowledge, skills and behaviours apprentices have gained, set clear targets, and involve apprentices' line managers.",
     [
         dict(ref="2.1",
              action="Redesign the progress review template around the KSBs in each standard, with SMART targets agreed by the apprentice, tutor and line manager.",
              owner="Academic Director, Degree Apprenticeships", due="Dec 2023", rag="Blue",
              upd="New template launched 11 December 2023.",
              exp=dict(lead=["Academic Director, Degree Apprenticeships"], end="2023-12", status="blue")),
         dict(ref="2.2",
              action="Train all skills coaches and academic tutors in the new review process.",
              owner="Skills Coach Team Leader", due="29 Feb 2024", rag="Blue",
              upd="58 staff trained; recording available on the staff hub.",
              exp=dict(lead=["Skills Coach Team Leader"], end="2024-02", status="blue")),
         dict(ref="2.3",
              action="Sample 10% of progress reviews each term and give feedback to reviewers.",
              owner="Head of Apprenticeship Quality", due="Each term", rag="Green",
              upd="Spring sample: 41 reviews, 34 met the standard.",
              exp=dict(lead=["Head of Apprenticeship Quality"], end=None, end_text="Each term", status="green")),
     ]),
    ("AFI 3 – Preparation for end-point assessment",
     "Leaders should ensure that apprentices are well prepared for their end-point assessment and know what they need to do to achieve high grades.",
     [
         dict(ref="3.1",
              action="Run EPA preparation workshops, including mock professional discussions, for all apprentices six months before gateway.",
              owner="Programme Leads / EPA Coordinator", due="Jun 2024", rag="Green",
              upd="Workshops held for DTS and SLMDA cohorts.",
              exp=dict(lead=["Programme Leads", "EPA Coordinator"], end="2024-06", status="green")),
         dict(ref="3.2",
              action="Publish the grading criteria and exemplar portfolios for each standard on the apprenticeship Moodle pages.",
              owner="EPA Coordinator", due="31 March 2024", rag="Green",
              upd="Criteria published; exemplars for two of five standards still to add.",
              exp=dict(lead=["EPA Coordinator"], end="2024-03", status="green")),
         dict(ref="3.3",
              action="Introduce a gateway readiness check signed off by the employer and the academic tutor.",
              owner="Head of Apprenticeship Quality; Employer Partnerships Manager", due="September 2024", rag="Red",
              upd="Not yet agreed with the employer forum.",
              exp=dict(lead=["Head of Apprenticeship Quality", "Employer Partnerships Manager"], end="2024-09", status="red")),
     ]),
]


def build_uni():
    lines = [
        UNI_TITLE,
        "Ofsted full inspection 7–10 November 2023 | Report published 19 December 2023 | Apprenticeships: Requires improvement",
        "Position at 30 April 2024 – for Apprenticeships Steering Group",
        "",
        "RAG: Blue = completed and impact evidenced; Green = on track; Amber = some risk to delivery; Red = off track",
        "",
    ]
    for heading, afi, actions in UNI_AFIS:
        lines.append(heading)
        lines.append(afi)
        lines.append("Ref\tAction\tOwner\tDue\tRAG\tProgress")
        for a in actions:
            lines.append("\t".join([a["ref"], a["action"], a["owner"], a["due"], a["rag"], a["upd"]]))
        lines.append("")
    lines.append("Prepared by: Apprenticeship Quality Team, WMG. Next review: Apprenticeships Steering Group, June 2024.")
    with open(os.path.join(HERE, UNI_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 5. Acute trust: UHBW CQC must/should do action plan (xlsx) -- refuse case
# ---------------------------------------------------------------------------
UHBW_FILE = "ir1-university-hospitals-bristol-weston-nhsft-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"
UHBW_TITLE = "CQC Inspection 2024 – Must Do and Should Do Action Plan"
# (ref, core service, regulation, requirement, action, exec lead, op lead, original, revised, update, BRAG)
UHBW_MUST = [
    ("MD1", "Urgent and emergency care", "Reg 12",
     "The trust must ensure that patients attending the emergency department are assessed and treated in a timely way, including sepsis screening within national standards.",
     [
         ("MD1a", "Introduce nurse-led rapid assessment and sepsis screening at triage, with a sepsis champion on every shift.",
          "Chief Operating Officer", "ED Matron", D(2024, 11, 30), None,
          "Screening within 1 hour at 92% for December and January.", "B"),
         ("MD1b", "Audit sepsis screening compliance weekly and report to the Urgent Care Divisional Board.",
          "Chief Medical Officer", "ED Clinical Lead", D(2024, 12, 31), D(2025, 3, 31),
          "Weekly audit in place; divisional reporting starts March.", "A"),
     ]),
    ("MD2", "Urgent and emergency care", "Reg 18",
     "The trust must ensure that there are enough suitably qualified paediatric nurses in the children's emergency department at all times.",
     [
         ("MD2", "Recruit 6.0 WTE registered children's nurses and complete the paediatric competency framework for adult-trained ED nurses.",
          "Chief Nurse and Midwife", "Head of Nursing, Children's Services", D(2025, 3, 31), None,
          "4.0 WTE recruited; 11 adult nurses signed off against the framework.", "G"),
     ]),
    ("MD3", "Medical care", "Reg 17",
     "The trust must ensure that risk assessments for falls and pressure ulcers are completed and reviewed in line with trust policy.",
     [
         ("MD3a", "Move falls and pressure ulcer risk assessments into the electronic record with mandatory review prompts.",
          "Chief Nurse and Midwife", "Deputy Chief Nurse", D(2025, 1, 31), None,
          "Live on all medical wards from 20 January.", "B"),
         ("MD3b", "Monthly ward accreditation audits to include completion of risk assessments, with results on ward quality boards.",
          "Chief Nurse and Midwife", "Matrons, Medicine Division", D(2024, 12, 31), "Jnue 2025",
          "Audit tool updated; first results expected March.", "A"),
     ]),
    ("MD4", "Maternity", "Reg 12",
     "The trust must ensure that the emergency equipment on the delivery suite is checked daily and that checks are recorded.",
     [
         ("MD4", "Introduce a daily resuscitaire and emergency trolley checklist with sign-off by the shift coordinator, audited weekly.",
          "Chief Nurse and Midwife", "Delivery Suite Manager", D(2024, 10, 31), None,
          "100% compliance for 12 consecutive weeks.", "B"),
     ]),
    ("MD5", "Maternity", "Reg 17",
     "The trust must ensure that mandatory training compliance for midwifery and obstetric staff meets the trust target.",
     [
         ("MD5", "Deliver additional PROMPT and fetal monitoring training dates and release staff through a protected training rota.",
          "Chief Medical Officer", "Director of Midwifery", D(2025, 3, 31), None,
          "Compliance 86% (target 90%).", "G"),
     ]),
]
UHBW_SHOULD = [
    ("SD1", "Urgent and emergency care",
     "The trust should ensure that patients' pain scores are recorded and re-evaluated after analgesia is given.",
     "Add pain score reassessment to the ED nursing documentation and include it in the monthly documentation audit.",
     "Chief Nurse and Midwife", "ED Matron", D(2025, 2, 28), None, "Documentation updated; audit from February.", "G"),
    ("SD2", "Medical care",
     "The trust should ensure that discharge summaries are sent to GPs within 48 hours.",
     "Report discharge summary timeliness by consultant team each month and agree improvement trajectories with clinical leads.",
     "Chief Medical Officer", "Divisional Director, Medicine", D(2025, 3, 31), None, "Performance 71% within 48 hours.", "A"),
    ("SD3", "Maternity",
     "The trust should ensure that women are offered a debrief after an emergency birth.",
     "Launch the Birth Reflections service across both sites.",
     "Chief Nurse and Midwife", "Consultant Midwife", D(2024, 12, 31), None, "Service launched 2 December.", "B"),
    ("SD4", "Maternity",
     "The trust should continue to improve the environment on the Weston maternity unit.",
     "Refurbish the two Weston birth rooms as part of the estates capital programme.",
     "Chief Financial Officer", "Head of Estates", D(2025, 9, 30), None, "Designs agreed; works from June.", "G"),
]
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
UHBW_REFUSE_ROW = None  # filled in by build_uhbw


def build_uhbw():
    global UHBW_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "University Hospitals Bristol and Weston NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = UHBW_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    info = [("Report to", "Quality and Outcomes Committee"), ("Meeting date", "25 February 2025"),
            ("Executive sponsor", "Chief Nurse and Midwife"),
            ("Prepared by", "Head of Quality (Patient Safety and Regulation)"),
            ("Purpose", "Assurance – progress against the actions agreed with CQC")]
    for i, (k, v) in enumerate(info, start=4):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws["A10"] = "BRAG key"
    ws["A10"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete – evidence approved by Executive lead"), ("G", "On track"),
                                ("A", "At risk – revised date agreed"), ("R", "Off track / overdue")], start=11):
        c = ws.cell(i, 1, k)
        c.fill = xl_fill(RAGFILL[k])
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 60

    heads = ["Ref", "Core service", "Regulation", "CQC Must Do", "Action", "Executive lead", "Operational lead",
             "Original due date", "Revised due date", "Progress update", "BRAG"]
    widths = [8, 20, 10, 45, 50, 22, 24, 13, 13, 40, 7]

    def sheet(title, first):
        s = wb.create_sheet(title)
        s["A1"] = first
        s["A1"].font = Font(bold=True, size=12)
        for j, h in enumerate(heads, start=1):
            c = s.cell(3, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = xl_fill("1F4E79")
            c.alignment = WRAP
            c.border = BOX
            s.column_dimensions[c.column_letter].width = widths[j - 1]
        s.freeze_panes = "A4"
        return s

    def put(s, r, vals):
        for j, v in enumerate(vals, start=1):
            c = s.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "DD/MM/YYYY"
        rag = vals[-1]
        s.cell(r, len(vals)).fill = xl_fill(RAGFILL[rag])

    s = sheet("Must Do", "Must Do actions – Bristol Royal Infirmary and Weston General Hospital (reports published 9 October 2024)")
    r = 4
    for md, core, reg, req, acts in UHBW_MUST:
        top = r
        for ref, act, ex, op, orig, rev, upd, rag in acts:
            put(s, r, [ref, core, reg, req, act, ex, op, orig, rev if rev is not None else "", upd, rag])
            if rev == "Jnue 2025":
                UHBW_REFUSE_ROW = r
            r += 1
        if r - 1 > top:
            for col in (2, 3, 4):
                s.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
    s.cell(r + 1, 1, "Must Do actions: 7 | Complete: 3 | On track: 2 | At risk: 2 | Off track: 0").font = Font(italic=True)

    s = sheet("Should Do", "Should Do actions")
    s.cell(3, 4).value = "CQC Should Do"
    r = 4
    for ref, core, req, act, ex, op, orig, rev, upd, rag in UHBW_SHOULD:
        put(s, r, [ref, core, "", req, act, ex, op, orig, rev if rev is not None else "", upd, rag])
        r += 1
    wb.save(os.path.join(HERE, UHBW_FILE))


# ---------------------------------------------------------------------------
# 6. National body: Human Tissue Authority ARAC audit recommendations tracker
# ---------------------------------------------------------------------------
HTA_FILE = "ir1-human-tissue-authority-arac-audit-recommendations-tracker.xlsx"
HTA_TITLE = "Audit recommendations tracker – position at 24 January 2025"
HTA_GROUPS = [
    ("GIAA – Cyber Security and Resilience (2023/24) – Limited assurance", [
        dict(ref="CS1", pri="High",
             rec="The HTA should complete and test an IT disaster recovery plan covering all critical systems, including the licensing and inspection database.",
             action="Commission a disaster recovery test with the managed service provider and update the recovery plan from the lessons learned.",
             owner="Director of Data, Technology and Development", orig=D(2024, 3, 31), rev=D(2024, 9, 30),
             upd="Test carried out 12 September 2024; plan reissued and approved by SMT.", rag="B",
             exp=dict(lead=["Director of Data, Technology and Development"], end="2024-09", status="blue")),
        dict(ref="CS2", pri="High",
             rec="Multi-factor authentication should be enforced for all remote access, including access by contractors.",
             action="Enforce conditional access policies for all accounts and remove legacy authentication.",
             owner="Head of Digital", orig=D(2024, 6, 30), rev=D(2025, 3, 31),
             upd="Staff accounts complete; two contractor accounts remain on an exception list pending supplier changes.", rag="A",
             exp=dict(lead=["Head of Digital"], end="2025-03", status="amber")),
        dict(ref="CS3", pri="Medium",
             rec="Cyber security awareness training should be mandatory for all staff, with completion monitored.",
             action="Add cyber awareness training to the mandatory training suite and report completion to SMT quarterly.",
             owner="Head of Digital / Information Governance Manager", orig=D(2024, 9, 30), rev=None,
             upd="Module live; completion 74%. Overdue – reminders issued.", rag="R",
             exp=dict(lead=["Head of Digital", "Information Governance Manager"], end="2024-09", status="red")),
    ]),
    ("GIAA – Licence Fees Model (2023/24) – Moderate assurance", [
        dict(ref="LF1", pri="Medium",
             rec="The assumptions in the licence fees model should be documented and reviewed by someone independent of its preparation.",
             action="Prepare an assumptions log and arrange an independent review by the Department of Health and Social Care finance team.",
             owner="Director of Resources", orig=D(2024, 12, 31), rev=None,
             upd="Assumptions log complete; DHSC review reported no issues.", rag="B",
             exp=dict(lead=["Director of Resources"], end="2024-12", status="blue")),
        dict(ref="LF2", pri="Low",
             rec="Version control should be applied to the fees model spreadsheet.",
             action="Hold the fees model in the document management system with locked versions for each fees consultation.",
             owner="Head of Finance and Governance", orig="Q4 2024/25", rev=None,
             upd="On track.", rag="G",
             exp=dict(lead=["Head of Finance and Governance"], end="2025-03", status="green")),
    ]),
    ("GIAA – Inspection Quality Assurance (2024/25) – Moderate assurance", [
        dict(ref="IQ1", pri="Medium",
             rec="A sample of inspection reports should be peer reviewed before publication, with the outcome recorded.",
             action="Introduce a peer review step for 10% of inspection reports each quarter, recorded on the inspection tracker.",
             owner="Director of Regulation", orig=D(2025, 4, 30), rev=None,
             upd="Peer review guidance drafted.", rag="G",
             exp=dict(lead=["Director of Regulation"], end="2025-04", status="green")),
        dict(ref="IQ2", pri="Medium",
             rec="Findings from inspection quality assurance should be analysed for themes and used in inspector training.",
             action="Produce a six-monthly themes report and add it to the Regulation Directorate learning programme.",
             owner="Regulation Manager (Quality)", orig=D(2025, 6, 30), rev=None,
             upd="Not yet due.", rag="G",
             exp=dict(lead=["Regulation Manager (Quality)"], end="2025-06", status="green")),
    ]),
    ("NAO – Audit Completion Report 2023/24 (management letter points)", [
        dict(ref="NAO1", pri="Medium",
             rec="Journals posted by the Head of Finance and Governance should be approved by a second officer.",
             action="Configure the finance system so that journals above £5,000 need a second approver.",
             owner="Head of Finance and Governance", orig=D(2025, 3, 31), rev=None,
             upd="System change requested from shared service provider.", rag="G",
             exp=dict(lead=["Head of Finance and Governance"], end="2025-03", status="green")),
        dict(ref="NAO2", pri="Low",
             rec="Leavers should be removed from the payroll and IT systems promptly.",
             action="Introduce a joint leavers checklist for HR, Finance and IT, with a monthly reconciliation.",
             owner="Head of HR", orig="Ongoing – reviewed monthly", rev=None,
             upd="Checklist in use since November 2024.", rag="G",
             exp=dict(lead=["Head of HR"], end=None, end_text="Ongoing – reviewed monthly", status="green")),
    ]),
]


def build_hta():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Human Tissue Authority"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Assurance Committee"
    ws["A2"].font = Font(bold=True, size=12)
    info = [("Paper title", "Internal and external audit recommendations tracker"),
            ("Paper number", "AUD 06/25"), ("Meeting date", "6 February 2025"), ("Agenda item", "6"),
            ("Author", "Head of Finance and Governance"), ("For information or decision?", "Information"),
            ("Recommendation to the Committee",
             "The Committee is asked to note progress on open audit recommendations and to agree the revised dates for CS2.")]
    for i, (k, v) in enumerate(info, start=4):
        ws.cell(i, 1, k).font = Font(bold=True)
        c = ws.cell(i, 2, v)
        c.alignment = WRAP
    ws["A12"] = "Summary of recommendations"
    ws["A12"].font = Font(bold=True)
    for j, h in enumerate(["Audit", "Total", "Implemented", "Open", "Of which overdue"], start=1):
        c = ws.cell(13, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    r = 14
    tot = [0, 0, 0, 0]
    for grp, acts in HTA_GROUPS:
        n = len(acts)
        b = sum(1 for a in acts if a["rag"] == "B")
        red = sum(1 for a in acts if a["rag"] == "R")
        vals = [grp.split(" – ")[1], n, b, n - b, red]
        for j, v in enumerate(vals, start=1):
            ws.cell(r, j, v).border = BOX
        tot = [tot[0] + n, tot[1] + b, tot[2] + n - b, tot[3] + red]
        r += 1
    for j, v in enumerate(["Total"] + tot, start=1):
        c = ws.cell(r, j, v)
        c.font = Font(bold=True)
        c.border = BOX
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 70

    s = wb.create_sheet("Tracker")
    s["A1"] = HTA_TITLE
    s["A1"].font = Font(bold=True, size=12)
    s.merge_cells("A1:I1")
    s["A2"] = "RAG: B = implemented and evidence provided; G = on track for agreed date; A = revised date agreed by ARAC; R = overdue"
    s["A2"].font = Font(italic=True)
    s.merge_cells("A2:I2")
    heads = ["Rec ref", "Priority", "Recommendation", "Management action", "Action owner", "Original due date",
             "Revised due date", "Progress update", "RAG"]
    widths = [9, 9, 50, 50, 26, 13, 13, 40, 6]
    for j, h in enumerate(heads, start=1):
        c = s.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = xl_fill("D9E1F2")
        c.border = BOX
        c.alignment = WRAP
        s.column_dimensions[c.column_letter].width = widths[j - 1]
    r = 5
    for grp, acts in HTA_GROUPS:
        c = s.cell(r, 1, grp)
        c.font = Font(bold=True)
        c.fill = xl_fill("F2F2F2")
        s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for a in acts:
            vals = [a["ref"], a["pri"], a["rec"], a["action"], a["owner"], a["orig"],
                    a["rev"] if a["rev"] is not None else "", a["upd"], a["rag"]]
            for j, v in enumerate(vals, start=1):
                c = s.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "DD/MM/YYYY"
            s.cell(r, 9).fill = xl_fill(RAGFILL[a["rag"]])
            r += 1
    s.cell(r + 1, 1, "Recommendations closed since the November 2024 meeting: CS1, LF1.").font = Font(italic=True)
    wb.save(os.path.join(HERE, HTA_FILE))


# ---------------------------------------------------------------------------
# 7. Mental health: NHS Lanarkshire MWC local visits recommendations tracker
# ---------------------------------------------------------------------------
LAN_FILE = "ir1-nhs-lanarkshire-mwc-local-visits-recommendations-action-plan.xlsx"
LAN_TITLE = "NHS Lanarkshire – Mental Welfare Commission Local Visits: Recommendations Action Plan 2024"
LAN_VISITS = [
    ("Beckford Lodge", "Beckford Lodge, Hamilton – Ward 2 (older adult mental health)",
     "Unannounced visit: 16 January 2024 | Report published: 9 April 2024 | Response due to Commission: 9 July 2024",
     [
         ("Recommendation 1: Managers should ensure that care plans are person-centred, reflect each individual’s needs and are reviewed and updated regularly.", [
             dict(ref="1.1",
                  action="Introduce a monthly care plan audit based on the Commission’s good practice guide, with results shared at the ward clinical governance meeting.",
                  lead="Senior Charge Nurse", time="31/05/2024", prog="Audit in place since May; compliance 88% in September.",
                  status="Complete",
                  exp=dict(lead=["Senior Charge Nurse"], end="2024-05", status="blue")),
             dict(ref="1.2",
                  action="Provide care planning training for all registered nurses on the ward.",
                  lead="Practice Development Nurse", time="End June 2024", prog="14 of 15 nurses trained.",
                  status="Complete",
                  exp=dict(lead=["Practice Development Nurse"], end="2024-06", status="blue")),
         ]),
         ("Recommendation 2: Managers should ensure that section 47 certificates and treatment plans under the Adults with Incapacity (Scotland) Act 2000 are in place and cover all treatment given.", [
             dict(ref="2.1",
                  action="Check all section 47 certificates against the prescription chart at each weekly ward round.",
                  lead="Mental Health Pharmacist", time="Weekly", prog="Checks recorded in ward round notes.",
                  status="On track",
                  exp=dict(lead=["Mental Health Pharmacist"], end=None, end_text="Weekly", status="green")),
         ]),
     ]),
    ("Hairmyres Ward 4", "Hairmyres Hospital – Ward 4 (adult acute mental health)",
     "Announced visit: 5 March 2024 | Report published: 28 May 2024 | Response due to Commission: 28 August 2024",
     [
         ("Recommendation 1: Managers should ensure that individuals are given information about their rights, including access to independent advocacy, and that this is recorded.", [
             dict(ref="1.1",
                  action="Display updated rights and advocacy leaflets on the ward and add rights information to the admission checklist.",
                  lead="Senior Charge Nurse", time="30/06/2024", prog="Checklist updated 12 June.",
                  status="Complete",
                  exp=dict(lead=["Senior Charge Nurse"], end="2024-06", status="blue")),
             dict(ref="1.2",
                  action="Arrange fortnightly drop-in sessions on the ward with the local independent advocacy service.",
                  lead="Clinical Nurse Manager / Senior Charge Nurse", time="July 2024", prog="Drop-ins started 3 July.",
                  status="Complete",
                  exp=dict(lead=["Clinical Nurse Manager", "Senior Charge Nurse"], end="2024-07", status="blue")),
         ]),
         ("Recommendation 2: Managers should review the ward environment, ensure that the garden is accessible and complete the repairs to the shower rooms.", [
             dict(ref="2.1",
                  action="Submit a capital bid for the refurbishment of the two ward shower rooms.",
                  lead="Service Manager", time="Sept 2024 – March 2025", prog="Bid approved; works scheduled for February 2025.",
                  status="On track",
                  exp=dict(lead=["Service Manager"], end="2025-03", status="green")),
             dict(ref="2.2",
                  action="Agree supervised daily access to the garden with Estates and Security.",
                  lead="Senior Charge Nurse", time="31/08/2024", prog="Awaiting fence repair by Estates.",
                  status="Not started",
                  exp=dict(lead=["Senior Charge Nurse"], end="2024-08", status="unrated")),
         ]),
     ]),
    ("Coathill Ward 3", "Coathill Hospital – Ward 3 (dementia assessment)",
     "Announced visit: 23 July 2024 | Report published: 15 October 2024 | Response due to Commission: 15 January 2025",
     [
         ("Recommendation 1: Managers should ensure that there is a programme of meaningful activity for individuals seven days a week.", [
             dict(ref="1.1",
                  action="Recruit an activity coordinator (1.0 WTE) for the ward.",
                  lead="Clinical Nurse Manager", time="Oct-24", prog="Post filled; start date 4 November.",
                  status="On track",
                  exp=dict(lead=["Clinical Nurse Manager"], end="2024-10", status="green")),
             dict(ref="1.2",
                  action="Agree a weekend activity timetable with nursing staff and volunteers, including music and reminiscence sessions.",
                  lead="Activity Coordinator", time="Dec-24", prog="",
                  status="Not started",
                  exp=dict(lead=["Activity Coordinator"], end="2024-12", status="unrated")),
         ]),
     ]),
]
LAN_STATUS_FILL = {"Complete": "BDD7EE", "On track": "C6EFCE", "Not started": "FFFFFF"}


def build_lanarkshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = LAN_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Mental Health and Learning Disability Services | Updated 31 October 2024"
    heads = ["Visit", "Date of visit", "Report published", "Recommendations", "Actions", "Actions complete",
             "Response sent to MWC"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    r = 5
    sent = ["Yes – 2 July 2024", "Yes – 20 August 2024", "Not yet due"]
    for k, (sheet, heading, line2, recs) in enumerate(LAN_VISITS):
        acts = [a for _, aa in recs for a in aa]
        vals = [heading, line2.split(" | ")[0].split(": ")[1], line2.split(" | ")[1].split(": ")[1], len(recs),
                len(acts), sum(1 for a in acts if a["status"] == "Complete"), sent[k]]
        for j, v in enumerate(vals, start=1):
            ws.cell(r, j, v).border = BOX
        r += 1
    for j, w in zip("ABCDEFG", [58, 16, 18, 16, 9, 16, 22]):
        ws.column_dimensions[j].width = w

    for sheet, heading, line2, recs in LAN_VISITS:
        s = wb.create_sheet(sheet)
        s["A1"] = heading
        s["A1"].font = Font(bold=True, size=12)
        s.merge_cells("A1:F1")
        s["A2"] = line2
        s.merge_cells("A2:F2")
        for j, h in enumerate(["No.", "Action", "Lead", "Timescale", "Progress", "Status"], start=1):
            c = s.cell(4, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = xl_fill("005EB8")
            c.border = BOX
        for j, w in zip("ABCDEF", [6, 60, 30, 22, 40, 12]):
            s.column_dimensions[j].width = w
        r = 5
        for rec, acts in recs:
            c = s.cell(r, 1, rec)
            c.font = Font(bold=True)
            c.alignment = WRAP
            c.fill = xl_fill("E7E6E6")
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            s.row_dimensions[r].height = 32
            r += 1
            for a in acts:
                for j, v in enumerate([a["ref"], a["action"], a["lead"], a["time"], a["prog"], a["status"]], start=1):
                    c = s.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                s.cell(r, 6).fill = xl_fill(LAN_STATUS_FILL[a["status"]])
                r += 1
    wb.save(os.path.join(HERE, LAN_FILE))


if __name__ == "__main__":
    build_school()
    build_gp()
    build_college()
    build_uni()
    build_uhbw()
    build_hta()
    build_lanarkshire()
    print("built; UHBW refuse row on 'Must Do':", UHBW_REFUSE_ROW)
