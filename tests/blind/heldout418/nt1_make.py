"""Build the seven nt1- blind test files (set heldout418).

Run with: /work/main/.venv/bin/python nt1_make.py
Writes the data files beside this script. Each action tuple also carries the
reading a person makes of it (end month, status, leads) so that the expected
YAML can be written from the same text without retyping it.
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
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return cell


FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "lightblue": "DDEBF7",
    "lightgrey": "F2F2F2",
}
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xfill(hex_fill):
    return PatternFill("solid", start_color=hex_fill, end_color=hex_fill)


# ======================================================================
# 1. School (docx): Tibshelf Community School post-Ofsted action plan
# ======================================================================
TIBSHELF_TITLE = "Tibshelf Community School – Post-Ofsted Action Plan 2024–25"
# (ref, action, lead cell, timescale cell, success criteria, monitoring, RAG cell,
#  lead list, end, end_text, status)
TIBSHELF = [
    (
        "Priority 1: Curriculum in key stage 3",
        "In some foundation subjects, the key stage 3 curriculum is not sequenced well enough. "
        "Leaders should ensure that curriculum plans set out the important knowledge pupils need "
        "to learn and the order in which they should learn it.",
        [
            ("1.1",
             "Heads of department to rewrite Year 7–9 curriculum maps in history, geography and RE, "
             "identifying the core knowledge for each unit.",
             "Deputy Headteacher (Curriculum)", "By October half-term 2024",
             "Curriculum maps published for all three subjects",
             "SLT line management; governor curriculum link visit", "B",
             ["Deputy Headteacher (Curriculum)"], "2024-10", None, "blue"),
            ("1.2",
             "Run fortnightly departmental CPD sessions on sequencing and retrieval practice, led by "
             "the trust’s curriculum leads.",
             "KS3 Lead; Heads of Department", "Spring term 2025",
             "Learning walks show retrieval starters in 80% of KS3 lessons",
             "Half-termly learning walks", "G",
             ["KS3 Lead", "Heads of Department"], "2025-04", None, "green"),
            ("1.3",
             "Introduce KS3 knowledge quizzes at the end of each unit and analyse results to identify gaps.",
             "Assistant Headteacher (Assessment)", "Summer term 2025",
             "Quiz data reviewed at each assessment point; gaps re-taught",
             "Data review meetings after each assessment window", "A",
             ["Assistant Headteacher (Assessment)"], "2025-07", None, "amber"),
        ],
    ),
    (
        "Priority 2: Attendance and persistent absence",
        "Too many pupils, including disadvantaged pupils, are persistently absent. Leaders should "
        "take effective action to improve these pupils’ attendance so that they do not miss "
        "important learning.",
        [
            ("2.1",
             "Appoint a full-time attendance officer and introduce first-day calling for all absences.",
             "Headteacher / Business Manager", "30/09/2024",
             "Officer in post; first-day calls logged", "Weekly attendance meeting", "B",
             ["Headteacher", "Business Manager"], "2024-09", None, "blue"),
            ("2.2",
             "Hold attendance support meetings with the families of all pupils below 90% attendance, "
             "with an individual plan for each pupil.",
             "Attendance Officer", "Ongoing",
             "Persistent absence below 20% by July 2025",
             "Weekly attendance meeting; termly report to governors", "G",
             ["Attendance Officer"], None, "Ongoing", "green"),
            ("2.3",
             "Agree a joint protocol with the local authority Education Welfare Service for escalation "
             "to the Attendance Legal Panel.",
             "Deputy Headteacher (Pastoral)", "Autumn term 2024",
             "Protocol agreed and in use", "Termly review with LA link officer", "R",
             ["Deputy Headteacher (Pastoral)"], "2024-12", None, "red"),
        ],
    ),
    (
        "Priority 3: Pupils with SEND in lessons",
        "Teachers do not routinely adapt their teaching for pupils with special educational needs "
        "and/or disabilities (SEND). Leaders should ensure that teachers use the information they "
        "have about these pupils to meet their needs in lessons.",
        [
            ("3.1",
             "Update pupil passports for all pupils on the SEND register and share them through the "
             "class information system.",
             "SENCo", "31/01/2025",
             "All passports updated and accessible to staff",
             "SENCo audit; governor SEND link visit", "A",
             ["SENCo"], "2025-01", None, "amber"),
            ("3.2",
             "Deliver whole-staff training on adaptive teaching, followed by coaching for teachers "
             "identified through learning walks.",
             "SENCo / Assistant Headteacher (Teaching and Learning)", "Summer term 2025",
             "Learning walks show adaptations in place for pupils with SEND",
             "Half-termly learning walks; pupil voice", "",
             ["SENCo", "Assistant Headteacher (Teaching and Learning)"], "2025-07", None, "unrated"),
        ],
    ),
]


def build_tibshelf():
    doc = Document()
    doc.add_heading(TIBSHELF_TITLE, level=0)
    doc.add_paragraph(
        "Ofsted graded inspection: 11 and 12 June 2024. Overall effectiveness: Requires improvement. "
        "Behaviour and attitudes, personal development, and sixth form provision: Good.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Prepared by", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "09/07/2024", "Headteacher", "Local Governing Body"),
                ("1.1", "14/11/2024", "Deputy Headteacher", "Standards Committee"),
                ("1.2", "05/02/2025", "Deputy Headteacher", "Standards Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for letter, meaning, col in [("R", "Behind schedule – action needed", "red"),
                                 ("A", "Started, some slippage", "amber"),
                                 ("G", "On track", "green"),
                                 ("B", "Completed – impact being monitored", "blue")]:
        cells = k.add_row().cells
        set_cell(cells[0], letter, bold=True)
        shade(cells[0], FILL[col])
        set_cell(cells[1], meaning)

    for heading, ofsted, actions in TIBSHELF:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        p.add_run("What Ofsted said the school needs to do").bold = True
        p2 = doc.add_paragraph()
        p2.add_run(ofsted).italic = True
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale",
                                         "Success criteria", "Monitoring", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, FILL["lightblue"])
        for a in actions:
            ref, text, lead, when, success, monitor, rag = a[:7]
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, when, success, monitor, rag]):
                set_cell(c, v)
            if rag:
                shade(cells[6], FILL[{"R": "red", "A": "amber", "G": "green", "B": "blue"}[rag]])
        doc.add_paragraph("")

    doc.add_paragraph(
        "This plan is reviewed by the Standards Committee every half term. "
        "Next review: 24 February 2025.")
    s = doc.add_table(rows=2, cols=4)
    s.style = "Table Grid"
    set_cell(s.cell(0, 0), "Signed (Headteacher)", bold=True)
    set_cell(s.cell(0, 2), "Date", bold=True)
    set_cell(s.cell(1, 0), "Signed (Chair of Governors)", bold=True)
    set_cell(s.cell(1, 2), "Date", bold=True)
    doc.save(out("nt1-tibshelf-community-school-post-ofsted-action-plan.docx"))


# ======================================================================
# 2. College (xlsx): Stephenson College PIAP, previous and current RAG
# ======================================================================
STEPHENSON_TITLE = "Stephenson College – Post-Inspection Action Plan (PIAP) 2024/25"
# sections -> AFIs -> actions
# action: (ref, text, lead cell, original date, revised date, progress, previous RAG,
#          current RAG colour (fill only), lead list, end, status)
STEPHENSON = [
    ("Quality of education", [
        ("Leaders should ensure that teachers of English and mathematics on adult learning "
         "programmes plan learning that builds on what learners already know and can do.", [
            ("QE1.1",
             "Introduce diagnostic initial assessment for all adult English and mathematics learners "
             "in the first two weeks of their course.",
             "Head of Adult Learning", D(2025, 4, 30), None,
             "Diagnostic tools in use from January 2025 intake; 96% of learners assessed within two weeks.",
             "Amber", "blue", ["Head of Adult Learning"], "2025-04", "blue"),
            ("QE1.2",
             "Train adult English and maths teachers to use initial assessment outcomes to set "
             "individual targets in learners' ILPs.",
             "Head of English and Maths / Quality Improvement Manager", D(2025, 3, 31), D(2025, 6, 30),
             "Two of three training sessions delivered; final session moved to June because of staff vacancies.",
             "Red", "amber", ["Head of English and Maths", "Quality Improvement Manager"], "2025-06", "amber"),
            ("QE1.3",
             "Carry out termly deep dives in adult English and mathematics, with findings reported to "
             "the Quality and Standards Committee.",
             "Vice Principal (Curriculum and Quality)", D(2025, 7, 31), None,
             "Spring deep dive completed 19 March 2025; summer deep dive scheduled.",
             "Green", "green", ["Vice Principal (Curriculum and Quality)"], "2025-07", "green"),
        ]),
        ("Leaders should make sure that learners on education programmes for young people receive "
         "useful feedback that helps them improve their work, particularly in construction and "
         "engineering.", [
            ("QE2.1",
             "Agree a college-wide feedback policy with clear minimum expectations for written and "
             "verbal feedback on assessed work.",
             "Assistant Principal (Teaching and Learning)", D(2025, 2, 28), None,
             "Policy approved by SLT 24 February 2025 and launched at staff development day.",
             "Green", "blue", ["Assistant Principal (Teaching and Learning)"], "2025-02", "blue"),
            ("QE2.2",
             "Run a feedback audit of 20 learner portfolios per term in construction and engineering "
             "and share good practice at team meetings.\n"
             "Follow up individual teachers through the coaching programme.",
             "Curriculum Manager – Construction; Curriculum Manager – Engineering", D(2025, 7, 31), None,
             "Spring audit complete: 14 of 20 portfolios met the policy standard (up from 8).",
             "Amber", "green", ["Curriculum Manager – Construction", "Curriculum Manager – Engineering"],
             "2025-07", "green"),
        ]),
    ]),
    ("Behaviour and attitudes", [
        ("Leaders should improve the attendance of learners aged 16 to 18, particularly in English "
         "and mathematics lessons.", [
            ("BA3.1",
             "Introduce daily attendance monitoring with same-day contact to parents and carers for "
             "learners under 18 who miss an English or maths lesson.",
             "Director of Student Services", D(2025, 3, 31), None,
             "Same-day contact in place since 3 March 2025; English attendance up 6 points.",
             "Amber", "green", ["Director of Student Services"], "2025-03", "green"),
            ("BA3.2",
             "Set attendance targets for each curriculum area and review them at monthly performance "
             "meetings.",
             "Heads of Faculty", D(2025, 1, 31), D(2025, 5, 31),
             "Targets set but monthly reviews not yet held in two faculties; escalated to SLT.",
             "Amber", "red", ["Heads of Faculty"], "2025-05", "red"),
        ]),
    ]),
    ("Leadership and management", [
        ("Governors should receive more detailed information about the quality of education on "
         "adult learning programmes so that they can challenge leaders effectively.", [
            ("LM4.1",
             "Add an adult learning quality dashboard to every Quality and Standards Committee agenda.",
             "Vice Principal (Curriculum and Quality)", D(2025, 3, 31), None,
             "Dashboard presented 11 March 2025 and now a standing item.",
             "Green", "blue", ["Vice Principal (Curriculum and Quality)"], "2025-03", "blue"),
            ("LM4.2",
             "Link a governor to adult learning and arrange termly visits to lessons and learner panels.",
             "Clerk to the Corporation / Chair of Quality and Standards Committee",
             D(2025, 4, 30), D(2025, 10, 31),
             "Link governor appointed May 2025; first visit to take place in the autumn term.",
             "Amber", "amber", ["Clerk to the Corporation", "Chair of Quality and Standards Committee"],
             "2025-10", "amber"),
        ]),
    ]),
]


def build_stephenson():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = STEPHENSON_TITLE
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = "Ofsted inspection: 4–7 February 2025 | Overall effectiveness: Requires improvement"
    cover["A4"] = "Provision type"
    cover["B4"] = "Grade"
    cover["A4"].font = cover["B4"].font = Font(bold=True)
    for i, (p, g) in enumerate([("Education programmes for young people", "Requires improvement"),
                                ("Adult learning programmes", "Requires improvement"),
                                ("Apprenticeships", "Good"),
                                ("Provision for learners with high needs", "Good")], start=5):
        cover.cell(i, 1, p)
        cover.cell(i, 2, g)
    cover["A10"] = "RAG key"
    cover["A10"].font = Font(bold=True)
    for i, (col, meaning) in enumerate([("blue", "Complete – impact evidenced"),
                                        ("green", "On track"),
                                        ("amber", "Some slippage – recoverable"),
                                        ("red", "Off track – escalated to SLT")], start=11):
        cover.cell(i, 1).fill = xfill(FILL[col])
        cover.cell(i, 2, meaning)
    cover["A16"] = "Version 3 – presented to the Quality and Standards Committee, 17 June 2025"
    cover.column_dimensions["A"].width = 45
    cover.column_dimensions["B"].width = 35

    ws = wb.create_sheet("PIAP")
    ws["A1"] = STEPHENSON_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Updated: 30 May 2025 (for Quality and Standards Committee, 17 June 2025)"
    heads = ["Ref", "Area for improvement (Ofsted report)", "Action", "Responsible manager",
             "Original target date", "Revised target date", "Progress update", "Previous RAG",
             "Current RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = xfill(FILL["navy"])
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.border = BOX
    r = 5
    for section, afis in STEPHENSON:
        ws.cell(r, 1, section).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for c in range(1, 10):
            ws.cell(r, c).fill = xfill(FILL["grey"])
        r += 1
        for afi, actions in afis:
            first = r
            ws.cell(r, 2, afi)
            for a in actions:
                ref, text, lead, orig, rev, prog, prev, cur = a[:8]
                ws.cell(r, 1, ref)
                ws.cell(r, 3, text)
                ws.cell(r, 4, lead)
                ws.cell(r, 5, orig).number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(r, 6, rev).number_format = "dd/mm/yyyy"
                ws.cell(r, 7, prog)
                ws.cell(r, 8, prev)
                ws.cell(r, 9).fill = xfill(FILL[cur])
                for c in range(1, 10):
                    ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
                    ws.cell(r, c).border = BOX
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: Previous RAG is the position reported to the committee on 11 March 2025. "
                  "Revised target dates were agreed by SLT on 6 May 2025.")
    for col, w in zip("ABCDEFGHI", [8, 40, 55, 30, 14, 14, 45, 12, 12]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "PIAP summary by current RAG"
    sm["A1"].font = Font(bold=True)
    sm["A3"], sm["B3"] = "Current RAG", "Number of actions"
    rows = [("Complete", 3, "blue"), ("On track", 3, "green"), ("Some slippage", 2, "amber"),
            ("Off track", 1, "red")]
    for i, (lab, n, col) in enumerate(rows, start=4):
        sm.cell(i, 1, lab).fill = xfill(FILL[col])
        sm.cell(i, 2, n)
    sm.cell(8, 1, "Total")
    sm.cell(8, 2, 9)
    sm.column_dimensions["A"].width = 20
    wb.save(out("nt1-stephenson-college-ofsted-post-inspection-action-plan.xlsx"))


# ======================================================================
# 3. Apprenticeship provider (txt, tab-separated export)
# ======================================================================
MINDFUL_TITLE = "Mindful Education Ltd - Post-Inspection Action Plan"
# theme -> AFI -> actions (ref, text, owner cell, due cell, status cell, progress,
#                          lead list, end, end_text, status)
MINDFUL = [
    ("1. Quality of education", [
        ("Leaders should ensure that coaches use the information they gather about apprentices' "
         "starting points to plan individualised training.", [
            ("1.1", "Revise the skills scan for each standard so that it records apprentices' prior "
                    "knowledge, skills and behaviours in detail.",
             "Head of Quality", "Mar-25", "Complete", "New skills scans live for all starts from 3 March",
             ["Head of Quality"], "2025-03", None, "blue"),
            ("1.2", "Train all coaches to use skills scan results to adjust the content and sequence "
                    "of each apprentice's training plan.",
             "Head of Quality & Lead Coach", "30/04/2025", "Complete", "Training delivered 9 and 23 April",
             ["Head of Quality", "Lead Coach"], "2025-04", None, "blue"),
            ("1.3", "Sample 10% of training plans each month to check they reflect apprentices' "
                    "starting points.",
             "Priya Nair", "Ongoing - monthly sample", "On track", "May sample: 41 of 46 plans compliant",
             ["Priya Nair"], None, "Ongoing - monthly sample", "green"),
        ]),
        ("Leaders should make sure that apprentices are well prepared for their end-point assessment "
         "and know what they need to do to achieve high grades.", [
            ("1.4", "Introduce mock professional discussions for all apprentices three months before "
                    "gateway.",
             "EPA Readiness Lead", "Jul 2025", "On track", "Pilot with data technician cohort in May",
             ["EPA Readiness Lead"], "2025-07", None, "green"),
            ("1.5", "Share EPA grading criteria with apprentices and employers at the start of the "
                    "programme and at each progress review.",
             "Tom Ellery; Coaching Team Leaders", "Q1 2025/26", "Slipping",
             "Review template updated; employer guide delayed by rebrand",
             ["Tom Ellery", "Coaching Team Leaders"], "2025-06", None, "amber"),
        ]),
    ]),
    ("2. Personal development", [
        ("Leaders should ensure that apprentices develop a secure understanding of the risks of "
         "radicalisation and extremism that relate to their workplaces and communities.", [
            ("2.1", "Produce sector-specific Prevent resources for the digital marketing and data "
                    "standards.",
             "Designated Safeguarding Lead", "31/03/2025", "Complete", "Resources on the LMS",
             ["Designated Safeguarding Lead"], "2025-03", None, "blue"),
            ("2.2", "Include a Prevent and British values topic in every progress review and record "
                    "apprentices' responses.",
             "Designated Safeguarding Lead / Lead Coach", "Jun-25", "On track",
             "Added to review form from April",
             ["Designated Safeguarding Lead", "Lead Coach"], "2025-06", None, "green"),
        ]),
    ]),
    ("3. Leadership and management", [
        ("Leaders should strengthen governance so that the advisory board receives accurate "
         "information about apprentices' progress and holds leaders to account.", [
            ("3.1", "Recruit two independent members to the advisory board with experience of "
                    "apprenticeship delivery.",
             "Managing Director", "May 2025", "Slipping", "One member appointed; second interview in June",
             ["Managing Director"], "2025-05", None, "amber"),
            ("3.2", "Produce a monthly apprentice progress report for the board showing progress "
                    "against planned timelines by standard.",
             "Data and MI Manager", "28/02/2025", "Complete", "First report to board 26 February",
             ["Data and MI Manager"], "2025-02", None, "blue"),
            ("3.3", "Commission an external review of governance and act on its findings.",
             "Managing Director", "Dec-25", "Not started", "",
             ["Managing Director"], "2025-12", None, "unrated"),
        ]),
    ]),
]


def build_mindful():
    lines = [
        MINDFUL_TITLE,
        "Ofsted inspection 14-17 January 2025 (Apprenticeships: Requires improvement)",
        "Exported 02/06/2025 from the Quality Improvement Board tracker",
        "",
        "\t".join(["Theme", "Area for improvement", "Ref", "Action", "Owner", "Due", "Status",
                   "Progress"]),
    ]
    for theme, afis in MINDFUL:
        first_theme = True
        for afi, actions in afis:
            first_afi = True
            for a in actions:
                ref, text, owner, due, status, prog = a[:6]
                lines.append("\t".join([theme if first_theme else "", afi if first_afi else "",
                                        ref, text, owner, due, status, prog]))
                first_theme = first_afi = False
    lines += [
        "",
        "Summary\tTotal actions: 10\tComplete: 4\tOn track: 3\tSlipping: 2\tOff track: 0\tNot started: 1",
        "Status key: Complete = blue; On track = green; Slipping = amber; Off track = red",
    ]
    with open(out("nt1-mindful-education-ofsted-apprenticeships-post-inspection-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ======================================================================
# 4. CQC hospital (xlsx): County Durham and Darlington NHSFT must/should do
# ======================================================================
CDDFT_TITLE = ("County Durham and Darlington NHS Foundation Trust: "
               "CQC Must Do and Should Do Action Plan")
UEC = ("Urgent and emergency care – University Hospital of North Durham and "
       "Darlington Memorial Hospital")
# sheet -> core services -> requirements -> actions
# action: (ref, text, lead cell, original due, revised due, progress, BRAG letter,
#          lead list, end, end_text, status)
CDDFT = [
    ("Must Do", "Must Do actions (breaches of regulation)", [
        (UEC, [
            ("MD1: The trust must ensure that patients in the emergency department have a timely "
             "initial assessment and that early warning scores are calculated and escalated in line "
             "with trust policy. (Regulation 12)", [
                ("MD1.1", "Implement the electronic triage module so that NEWS2 is calculated "
                          "automatically at the point of streaming.",
                 "Chief Clinical Information Officer", D(2025, 9, 30), D(2025, 12, 31),
                 "Build complete; go-live delayed to December to align with the EPR upgrade.",
                 "A", ["Chief Clinical Information Officer"], "2025-12", None, "amber"),
                ("MD1.2", "Carry out a weekly audit of 20 ED records for time to initial assessment "
                          "and escalation of NEWS2 of 5 or more:\n"
                          "- results reported to the ED Quality and Safety meeting\n"
                          "- exceptions escalated to the Care Group Director of Nursing",
                 "ED Matron / Clinical Director for Emergency Medicine", D(2025, 7, 31), None,
                 "Audit embedded since June; 94% compliance for three consecutive months.",
                 "B", ["ED Matron", "Clinical Director for Emergency Medicine"], "2025-07", None, "blue"),
            ]),
            ("MD2: The trust must ensure that staff in the emergency department complete mandatory "
             "training, including level 3 safeguarding children training. (Regulation 18)", [
                ("MD2.1", "Agree a trajectory to reach 90% compliance with safeguarding children "
                          "level 3 training for ED nursing and medical staff and monitor it monthly.",
                 "Named Nurse for Safeguarding Children", D(2025, 8, 31), None,
                 "Compliance 78% at 30 September; trajectory not met because of trainer capacity.",
                 "R", ["Named Nurse for Safeguarding Children"], "2025-08", None, "red"),
            ]),
        ]),
        ("Medical care (including older people's care) – Darlington Memorial Hospital", [
            ("MD3: The trust must ensure that medicines are stored securely and that medicine fridge "
             "temperatures are monitored and acted on when out of range. (Regulation 12)", [
                ("MD3.1", "Install remote temperature monitoring on all medicine fridges in the "
                          "medical wards at Darlington Memorial Hospital.",
                 "Chief Pharmacist", D(2025, 11, 30), None,
                 "Sensors fitted on 9 of 12 wards.",
                 "G", ["Chief Pharmacist"], "2025-11", None, "green"),
                ("MD3.2", "Include medicines storage in the monthly ward accreditation audit, with "
                          "results reported to the Medicines Safety Group.",
                 "Deputy Chief Pharmacist; Ward Managers", D(2025, 8, 31), None,
                 "Included from August audit; evidence accepted by CQC Compliance Group.",
                 "B", ["Deputy Chief Pharmacist", "Ward Managers"], "2025-08", None, "blue"),
            ]),
        ]),
    ]),
    ("Should Do", "Should Do actions", [
        (UEC, [
            ("SD1: The trust should ensure that patients' pain is reassessed and recorded after "
             "analgesia is given.", [
                ("SD1.1", "Add a pain reassessment prompt to the ED nursing documentation, 60 "
                          "minutes after analgesia is given.",
                 "ED Matron", D(2025, 9, 30), None,
                 "Prompt live in EPR from 1 September.",
                 "B", ["ED Matron"], "2025-09", None, "blue"),
            ]),
            ("SD2: The trust should continue to work with the ambulance service and system partners "
             "to reduce delays in ambulance handovers.", [
                ("SD2.1", "Open a dedicated ambulance receiving area at University Hospital of North "
                          "Durham, staffed 10:00–22:00.",
                 "Care Group Director of Operations", D(2025, 12, 31), D(2026, 3, 31),
                 "Estates works approved; opening moved to March 2026.",
                 "A", ["Care Group Director of Operations"], "2026-03", None, "amber"),
                ("SD2.2", "Report handover times weekly to the Urgent and Emergency Care Board with "
                          "the North East Ambulance Service.",
                 "Director of Operations / NEAS Locality Manager", "Weekly – ongoing", None,
                 "Weekly report in place.",
                 "G", ["Director of Operations", "NEAS Locality Manager"], None, "Weekly – ongoing",
                 "green"),
            ]),
        ]),
        ("Maternity – University Hospital of North Durham", [
            ("SD3: The trust should ensure that calls to the maternity triage line are answered in a "
             "timely way.", [
                ("SD3.1", "Introduce the Birmingham Symptom-specific Obstetric Triage System (BSOTS) "
                          "and a dedicated triage telephone midwife on every shift.",
                 "Director of Midwifery", D(2026, 1, 31), None,
                 "BSOTS training 70% complete; telephone midwife rota from November.",
                 "G", ["Director of Midwifery"], "2026-01", None, "green"),
            ]),
        ]),
    ]),
]


def build_cddft():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = CDDFT_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position at 31 October 2025"
    sm["A3"] = ("Inspection of urgent and emergency care, medical care and maternity, March 2025 "
                "(report published 18 June 2025)")
    heads = ["Category", "Actions", "Blue", "Green", "Amber", "Red"]
    for c, h in enumerate(heads, start=1):
        sm.cell(5, c, h).font = Font(bold=True)
    for i, row in enumerate([("Must do", 5, 2, 1, 1, 1), ("Should do", 4, 1, 2, 1, 0),
                             ("Total", 9, 3, 3, 2, 1)], start=6):
        for c, v in enumerate(row, start=1):
            sm.cell(i, c, v)
    sm["A8"].font = Font(bold=True)
    sm["A10"] = "BRAG key"
    sm["A10"].font = Font(bold=True)
    for i, (l, col, meaning) in enumerate([
            ("B", "blue", "Complete and evidence accepted by CQC Compliance Group"),
            ("G", "green", "On track to deliver by due date"),
            ("A", "amber", "At risk of missing due date"),
            ("R", "red", "Overdue")], start=11):
        sm.cell(i, 1, l).fill = xfill(FILL[col])
        sm.cell(i, 2, meaning)
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 55

    heads = ["Ref", "Action", "Action lead", "Original due date", "Revised due date",
             "Progress update / evidence", "BRAG"]
    for sheet, heading, services in CDDFT:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        for c, h in enumerate(heads, start=1):
            cell = ws.cell(3, c, h)
            cell.font = Font(bold=True)
            cell.fill = xfill(FILL["lightblue"])
            cell.border = BOX
        r = 4
        for service, reqs in services:
            ws.cell(r, 1, service).font = Font(bold=True, color="FFFFFF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            for c in range(1, 8):
                ws.cell(r, c).fill = xfill(FILL["navy"])
            r += 1
            for req, actions in reqs:
                ws.cell(r, 1, req).font = Font(bold=True)
                ws.cell(r, 1).alignment = Alignment(wrap_text=True)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
                for c in range(1, 8):
                    ws.cell(r, c).fill = xfill(FILL["lightgrey"])
                ws.row_dimensions[r].height = 32
                r += 1
                for a in actions:
                    ref, text, lead, orig, rev, prog, brag = a[:7]
                    ws.cell(r, 1, ref)
                    ws.cell(r, 2, text)
                    ws.cell(r, 3, lead)
                    ws.cell(r, 4, orig)
                    if isinstance(orig, dt.datetime):
                        ws.cell(r, 4).number_format = "dd/mm/yyyy"
                    if rev is not None:
                        ws.cell(r, 5, rev).number_format = "dd/mm/yyyy"
                    ws.cell(r, 6, prog)
                    ws.cell(r, 7, brag).fill = xfill(
                        FILL[{"B": "blue", "G": "green", "A": "amber", "R": "red"}[brag]])
                    for c in range(1, 8):
                        ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
                        ws.cell(r, c).border = BOX
                    r += 1
        for col, w in zip("ABCDEFG", [9, 60, 32, 14, 14, 45, 8]):
            ws.column_dimensions[col].width = w
    wb.save(out("nt1-county-durham-and-darlington-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ======================================================================
# 5. GP practice (csv) -- refuse: "Apirl 2025" in the target date of ref 5
# ======================================================================
FIRS_ROWS = [
    ["Firs House Surgery - CQC Inspection Action Plan", "", "", "", "", "", "", ""],
    ["Inspection date: 22 October 2024; report published 09 January 2025; overall rating: "
     "Requires improvement", "", "", "", "", "", "", ""],
    ["Plan owner: Practice Manager; reviewed at the monthly partners' meeting", "", "", "", "", "",
     "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Ref", "Key question", "Requirement / finding", "Action taken / to be taken", "Lead",
     "Target date", "RAG", "Update"],
    ["1", "Safe", "Regulation 12: Ensure care and treatment is provided in a safe way "
     "(monitoring of high-risk medicines)",
     "Run a monthly search for patients on DMARDs and lithium and recall any patient overdue "
     "blood monitoring", "Dr Okafor / Clinical Pharmacist", "Dec-24", "G",
     "Search set up on EMIS; first recall completed Nov 24"],
    ["2", "Safe", "Regulation 12: Ensure care and treatment is provided in a safe way "
     "(monitoring of high-risk medicines)",
     "Review all patients prescribed methotrexate to confirm the weekly dose is recorded on the "
     "prescription", "Clinical Pharmacist", "Jan-25", "G", "84 of 97 reviewed"],
    ["3", "Safe", "Regulation 12: Ensure safety alerts are received and acted on",
     "Set up a shared safety alerts log with a named clinician to sign off each MHRA alert",
     "Practice Manager", "Nov-24", "B", "Log in use since 4 November"],
    ["4", "Effective", "Should: Take action to improve uptake of cervical screening",
     "Offer Saturday morning smear clinics and text reminders to eligible patients",
     "Nurse Manager", "Mar-25", "A", "Two Saturday clinics held"],
    ["5", "Well-led", "Regulation 17: Establish effective systems of governance",
     "Hold a monthly clinical governance meeting with minutes and an action log",
     "Practice Manager & Dr Hussain", "Apirl 2025", "A", "First meeting held 15 January"],
    ["6", "Well-led", "Regulation 17: Establish effective systems of governance",
     "Complete the annual infection prevention and control audit and act on its findings",
     "Lead Practice Nurse", "Jun-25", "", ""],
    ["7", "Responsive", "Should: Continue to improve telephone access",
     "Move to a cloud telephony system with call-back and queue position messages",
     "Practice Manager", "Sep-25", "A", "Supplier chosen via ICB framework"],
]
FIRS_REFUSE_LINE = 10


def build_firs():
    with open(out("nt1-firs-house-surgery-cqc-inspection-action-plan-typo-month-refuse.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in FIRS_ROWS:
            w.writerow(row)


# ======================================================================
# 6. Mental health (docx): Heatherwood Court Hospital HIW improvement plan
# ======================================================================
HEATHERWOOD_TITLE = "Heatherwood Court Hospital – Improvement Plan"
# domain -> improvements -> actions (text, officer cell, timescale cell, status cell,
#                                    lead list, end, end_text, status)
HEATHERWOOD = [
    ("Quality of patient experience", [
        ("The registered provider must ensure that patients on Gwalia unit can access drinking water "
         "and snacks at all times, in line with their individual care plans.", "Regulation 15(1)(a)", [
            ("Install a chilled water dispenser in the Gwalia unit lounge.",
             "Estates Manager", "January 2023", "Complete",
             ["Estates Manager"], "2023-01", None, "blue"),
            ("Review each patient’s care plan to record any clinically indicated restriction on access "
             "to snacks, and remove blanket restrictions.",
             "Lead Nurse, Gwalia Unit", "28 February 2023", "Complete",
             ["Lead Nurse, Gwalia Unit"], "2023-02", None, "blue"),
        ]),
    ]),
    ("Delivery of safe and effective care", [
        ("The registered provider must ensure that all incidents, including those involving physical "
         "intervention, are recorded on the incident reporting system and reviewed by a senior "
         "clinician.", "Regulation 19(1)(b)", [
            ("Deliver refresher training to all ward staff on what must be reported as an incident and "
             "how to record it on Datix.",
             "Clinical Services Manager", "March 2023", "Complete",
             ["Clinical Services Manager"], "2023-03", None, "blue"),
            ("Introduce a daily review of the previous 24 hours’ incidents at the morning safety "
             "huddle, led by the nurse in charge of the hospital.",
             "Hospital Director / Clinical Services Manager", "Immediate and ongoing", "On track",
             ["Hospital Director", "Clinical Services Manager"], None, "Immediate and ongoing",
             "green"),
            ("Audit physical intervention records against incident reports every month and report "
             "findings to the Clinical Governance Committee.",
             "Head of Quality and Compliance", "30 June 2023", "On track",
             ["Head of Quality and Compliance"], "2023-06", None, "green"),
        ]),
        ("The registered provider must notify HIW of all notifiable events without delay, as "
         "required by Regulation 31.", "Regulation 31", [
            ("Appoint a named notifications lead and deputy, and add a notifications check to the "
             "weekly governance meeting.",
             "Registered Manager", "December 2022", "Complete",
             ["Registered Manager"], "2022-12", None, "blue"),
            ("Review incidents from the previous nine months and submit retrospective notifications "
             "to HIW for any events not reported.",
             "Registered Manager", "End of January 2023", "Complete",
             ["Registered Manager"], "2023-01", None, "blue"),
        ]),
    ]),
    ("Quality of management and leadership", [
        ("The registered provider must ensure that staff compliance with mandatory training, in "
         "particular the management of violence and aggression, meets the hospital’s target of 90%.",
         "Regulation 20(2)(a)", [
            ("Book additional management of violence and aggression courses so that all staff are "
             "trained or booked within three months.",
             "Training and Development Manager", "August 2023", "Behind",
             ["Training and Development Manager"], "2023-08", None, "amber"),
            ("Report mandatory training compliance by ward to the monthly senior management team "
             "meeting.",
             "Training and Development Manager", "Monthly", "On track",
             ["Training and Development Manager"], None, "Monthly", "green"),
        ]),
        ("The registered provider must strengthen governance arrangements so that leaders have "
         "robust oversight of incidents and safeguarding referrals.", "Regulation 9(1)", [
            ("Commission an independent review of clinical governance arrangements and present the "
             "resulting action plan to the board.",
             "Responsible Individual", "September 2023", "Not started",
             ["Responsible Individual"], "2023-09", None, "unrated"),
        ]),
    ]),
]


def build_heatherwood():
    doc = Document()
    doc.add_heading(HEATHERWOOD_TITLE, level=0)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Service:", "Heatherwood Court Hospital, Pontypridd"),
                 ("Type of inspection:", "Independent mental health hospital – unannounced"),
                 ("Date of inspection:", "15 and 16 November 2022"),
                 ("Date of report:", "3 March 2023"),
                 ("Plan updated:", "31 May 2023")]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "Status key: Complete – action finished and evidence held; On track – progressing within "
        "timescale; Behind – timescale at risk; Not started.")

    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    doc.add_paragraph(
        "Immediate assurance was sought by HIW following the inspection. The actions taken were set "
        "out in the hospital’s response of 2 December 2022 and are complete; they are not repeated "
        "in this plan.")

    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph(
        "The table below includes the improvements identified during the inspection where we require "
        "the service to complete an improvement plan telling us about the actions they are taking to "
        "address these areas.")
    heads = ["Improvement needed", "Regulation", "Service action", "Responsible officer",
             "Timescale", "Status at 31 May 2023"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        set_cell(c, h, bold=True)
        shade(c, FILL["lightblue"])
    for domain, improvements in HEATHERWOOD:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, domain, bold=True)
        shade(merged, FILL["grey"])
        for need, reg, actions in improvements:
            first = None
            for a in actions:
                text, officer, when, status = a[:4]
                cells = t.add_row().cells
                if first is None:
                    first = cells
                    set_cell(cells[0], need)
                    set_cell(cells[1], reg)
                set_cell(cells[2], text)
                set_cell(cells[3], officer)
                set_cell(cells[4], when)
                set_cell(cells[5], status)
                last = cells
            if len(actions) > 1:
                first[0].merge(last[0])
                first[1].merge(last[1])

    doc.add_paragraph("")
    doc.add_paragraph("Service representative").runs[0].bold = True
    rep = doc.add_table(rows=0, cols=2)
    rep.style = "Table Grid"
    for k, v in [("Name (print):", "K. Morgan"), ("Job role:", "Hospital Director"),
                 ("Date:", "31 May 2023")]:
        cells = rep.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.save(out("nt1-heatherwood-court-hospital-hiw-mental-health-improvement-plan.docx"))


# ======================================================================
# 7. National body (xlsx): Acas audit recommendations tracker
# ======================================================================
ACAS_TITLE = "Acas – Internal and External Audit Recommendations Tracker"
# sheet -> groups -> recommendations -> actions
# open action: (ref, priority, text, owner, original due, revised due, progress, status,
#               lead list, end, end_text, status)
ACAS_OPEN = [
    ("GIAA 2024-25: Cyber Security and IT Resilience – Limited assurance", [
        ("Acas should complete and test an IT disaster recovery plan covering all critical systems, "
         "including the case management system.", [
            ("CYB-01", "High",
             "Complete a full failover test of the case management system to the secondary hosting "
             "environment and report the results to the Digital Programme Board.",
             "Chief Digital and Information Officer", D(2025, 3, 31), D(2025, 12, 31),
             "Test window agreed with supplier for November 2025.", "At risk",
             ["Chief Digital and Information Officer"], "2025-12", None, "amber"),
        ]),
        ("Privileged user access should be reviewed regularly and the review evidenced.", [
            ("CYB-02", "Medium",
             "Introduce a quarterly review of privileged accounts, with sign-off by the Information "
             "Asset Owner retained for audit.",
             "Head of IT Operations", D(2025, 6, 30), None,
             "First review started but not signed off; new date to be agreed at ARAC.", "Overdue",
             ["Head of IT Operations"], "2025-06", None, "red"),
        ]),
    ]),
    ("GIAA 2024-25: Contract Management – Moderate assurance", [
        ("Acas should maintain a complete and accurate contracts register.", [
            ("CON-01", "High",
             "Reconcile the contracts register to purchase order data in the finance system and "
             "publish the register on the intranet.",
             "Head of Commercial", D(2025, 9, 30), D(2025, 11, 30),
             "Reconciliation 80% complete.", "On track",
             ["Head of Commercial"], "2025-11", None, "green"),
        ]),
        ("Contract managers should receive training appropriate to the value and risk of the "
         "contracts they manage.", [
            ("CON-02", "Medium",
             "Require all named managers of Gold and Silver contracts to complete the Government "
             "Commercial College contract management foundation course.",
             "Head of Commercial / HR Business Partner", D(2025, 12, 31), None,
             "14 of 22 managers completed.", "On track",
             ["Head of Commercial", "HR Business Partner"], "2025-12", None, "green"),
        ]),
    ]),
    ("GIAA 2025-26: Conciliation Quality Assurance Framework – Moderate assurance", [
        ("The conciliation quality assurance framework should be applied consistently across all "
         "regions, with results reported to the Operations Board.", [
            ("CQA-01a", "Medium",
             "Issue revised quality assurance guidance and a standard case review form to all "
             "regional conciliation managers.",
             "Director of Conciliation", D(2025, 10, 31), None,
             "Guidance drafted; consultation with regional managers closes 17 October.", "On track",
             ["Director of Conciliation"], "2025-10", None, "green"),
            ("CQA-01b", "Medium",
             "Produce a quarterly national quality assurance report for the Operations Board, "
             "starting with Q3 2025-26.",
             "Head of Operational Performance", "Q4 2025-26", None,
             "Report template agreed.", "On track",
             ["Head of Operational Performance"], "2026-03", None, "green"),
        ]),
    ]),
    ("NAO Audit Completion Report 2024-25", [
        ("Management should review the useful economic lives of IT hardware and software assets to "
         "ensure depreciation reflects actual use.", [
            ("NAO-01", "Low",
             "Complete a review of asset lives as part of the 2025-26 fixed asset verification "
             "exercise and update the accounting policy.",
             "Director of Finance", D(2026, 1, 31), None,
             "Scoping complete.", "On track",
             ["Director of Finance"], "2026-01", None, "green"),
        ]),
    ]),
]
# closed action: (ref, priority, text, owner, due, date closed, status, lead list, end, end_text,
#                 status)
ACAS_CLOSED = [
    ("GIAA 2023-24: Business Continuity – Limited assurance", [
        ("Business continuity plans should be tested at least annually and lessons learned "
         "recorded.", [
            ("BC-03", "High",
             "Run a desktop business continuity exercise for the helpline and record lessons learned "
             "in the BCP log.",
             "Head of Estates and Security", D(2025, 7, 31), D(2025, 7, 15), "Complete",
             ["Head of Estates and Security"], "2025-07", None, "blue"),
        ]),
    ]),
    ("GIAA 2024-25: Contract Management – Moderate assurance", [
        ("Contract variations should be approved in line with the scheme of delegation.", [
            ("CON-03", "Low",
             "Update the contract variation form to require approval by the budget holder at the "
             "correct delegation level.",
             "Head of Commercial", D(2025, 6, 30), D(2025, 6, 20), "Complete",
             ["Head of Commercial"], "2025-06", None, "blue"),
        ]),
    ]),
]


def _acas_sheet(ws, heading, heads, groups, closed):
    ws["A1"] = heading
    ws["A1"].font = Font(bold=True, size=13)
    ncol = len(heads)
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = xfill("44546A")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    r = 4
    for group, recs in groups:
        ws.cell(r, 1, group).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        for c in range(1, ncol + 1):
            ws.cell(r, c).fill = xfill(FILL["lightblue"])
        r += 1
        for rec, actions in recs:
            first = r
            ws.cell(r, 3, rec)
            for a in actions:
                if closed:
                    ref, pri, text, owner, due, closed_on, status = a[:7]
                    vals = [ref, pri, None, text, owner, due, closed_on, status]
                else:
                    ref, pri, text, owner, orig, rev, prog, status = a[:8]
                    vals = [ref, pri, None, text, owner, orig, rev, prog, status]
                for c, v in enumerate(vals, start=1):
                    if v is None:
                        continue
                    cell = ws.cell(r, c, v)
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                for c in range(1, ncol + 1):
                    ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
                    ws.cell(r, c).border = BOX
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    widths = [10, 9, 45, 50, 30, 13, 13, 40, 11]
    for i in range(ncol):
        ws.column_dimensions["ABCDEFGHI"[i]].width = widths[i]


def build_acas():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = ACAS_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Report to the Audit and Risk Assurance Committee, 21 October 2025 (position at 30 September 2025)"
    for c, h in enumerate(["Actions by status", "High", "Medium", "Low", "Total"], start=1):
        sm.cell(4, c, h).font = Font(bold=True)
    for i, row in enumerate([("Overdue", 0, 1, 0, 1), ("At risk", 1, 0, 0, 1),
                             ("On track", 1, 3, 1, 5),
                             ("Complete (closed since last ARAC)", 1, 0, 1, 2),
                             ("Total", 3, 4, 2, 9)], start=5):
        for c, v in enumerate(row, start=1):
            sm.cell(i, c, v)
    sm["A9"].font = Font(bold=True)
    sm["A11"] = ("Status key: On track = green; At risk (revised date agreed) = amber; "
                 "Overdue = red; Complete = blue")
    sm.column_dimensions["A"].width = 36

    _acas_sheet(wb.create_sheet("Open recommendations"),
                "Open recommendations at 30 September 2025",
                ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
                 "Original due date", "Revised due date", "Progress update", "Status"],
                ACAS_OPEN, closed=False)
    _acas_sheet(wb.create_sheet("Closed since last ARAC"),
                "Recommendations closed since the July 2025 ARAC",
                ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
                 "Due date", "Date closed", "Status"],
                ACAS_CLOSED, closed=True)
    wb.save(out("nt1-acas-arac-internal-audit-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    build_tibshelf()
    build_stephenson()
    build_mindful()
    build_cddft()
    build_firs()
    build_heatherwood()
    build_acas()
    print("built 7 files in", HERE)
