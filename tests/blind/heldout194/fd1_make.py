"""Build the seven fd1- blind test files (set heldout194).

Run with: /work/main/.venv/bin/python fd1_make.py
Writes the data files beside this script. The .expected.yaml files are written separately
and are not touched here.
"""
import csv
import os
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hex_):
    """Word table cell background."""
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def header_row(table, labels, hex_=GREY):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        c.text = lab
        for r in c.paragraphs[0].runs:
            r.bold = True
        shade(c, hex_)


# ---------------------------------------------------------------------------
# 1. St Matthew's CE Primary School – post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
SCHOOL_FILE = "fd1-st-matthews-ce-primary-school-post-ofsted-action-plan.docx"
SCHOOL_TITLE = "St Matthew\u2019s CE Primary School \u2013 Post-Ofsted Action Plan 2024\u201325"
SCHOOL_AREAS = [
    (
        "Area for improvement 1: The curriculum in foundation subjects",
        "In some foundation subjects, leaders have not identified the precise knowledge that pupils "
        "should learn and when. As a result, pupils do not build their knowledge securely over time. "
        "Leaders should ensure that the curriculum in all subjects sets out the important knowledge "
        "pupils need to know and remember.",
        [
            ("1.1", "Review and rewrite the long-term plans for history, geography and RE so that the key "
                    "knowledge and vocabulary for each year group is set out in sequence.",
             "DHT and subject leads", "Autumn term 2024",
             "Long-term plans published on the website; subject leaders can explain the sequence.", "G"),
            ("1.2", "Release subject leaders for half a day each half term to quality assure their subject "
                    "through pupil voice, book looks and learning walks.",
             "Subject leads", "Half-termly",
             "Monitoring notes show pupils recall key knowledge from previous units.", "A"),
            ("1.3", "Introduce low-stakes retrieval quizzes at the start of each foundation subject lesson\n"
                    "(Years 1\u20136; EYFS to use \u2018Talk Time\u2019 recaps).",
             "Curriculum lead", "Spring term 2025",
             "Retrieval seen in 90% of lessons visited.", "A"),
        ],
    ),
    (
        "Area for improvement 2: Early reading and phonics",
        "Not all staff deliver the phonics programme consistently well. Some pupils who fall behind do "
        "not catch up quickly enough. Leaders should ensure that all staff are well trained to teach "
        "early reading and that pupils who need extra support are quickly identified and helped to keep up.",
        [
            ("2.1", "All staff who teach phonics to complete the full Little Wandle Letters and Sounds Revised "
                    "training, including new staff and teaching assistants.",
             "Reading lead", "30 September 2024",
             "100% of staff trained; training log held by the office.", "G"),
            ("2.2", "Daily keep-up sessions for pupils identified in the half-termly phonics assessments; "
                    "keep-up groups reviewed every six weeks.",
             "Reading lead / EYFS lead", "July 2025",
             "Phonics screening check pass rate at or above national.", "A"),
            ("2.3", "Weekly reading with an adult for the lowest 20% of readers in Years 2\u20134, tracked on "
                    "the reading log.",
             "Class teachers", "Summer term 2025",
             "Lowest 20% read at least three times a week in school.", "R"),
        ],
    ),
    (
        "Area for improvement 3: Leadership of SEND",
        "Leaders, including governors, do not check closely enough how well pupils with special "
        "educational needs and/or disabilities (SEND) are supported in lessons. Leaders should make sure "
        "that adaptations for pupils with SEND are implemented consistently.",
        [
            ("3.1", "Update every SEN support plan with three sharp, measurable targets and share them with "
                    "class teachers and parents at the termly review meeting.",
             "SENCo", "November 2024",
             "All plans updated; parents\u2019 views recorded.", "G"),
            ("3.2", "SENCo and headteacher to carry out a termly learning walk focused on adaptive teaching "
                    "for pupils with SEND, with written feedback to staff.",
             "SENCo, HT", "Termly",
             "Adaptations seen consistently in lessons.", "A"),
            ("3.3", "Commission an external review of SEND provision from the local authority\u2019s SEND "
                    "advisory team.",
             "Chair of Governors", "May 2025",
             "Review report presented to the FGB.", ""),
        ],
    ),
]


def make_school():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(SCHOOL_TITLE, style="Title")
    doc.add_paragraph("Inspection dates: 12 and 13 March 2024\tOverall effectiveness: Requires improvement")
    doc.add_paragraph(
        "This action plan has been written in response to the findings of the Ofsted inspection of "
        "St Matthew\u2019s on 12 and 13 March 2024. It sets out the actions leaders and governors will take "
        "on each of the areas for improvement in the report. It is reviewed by the Full Governing Body "
        "(FGB) every term."
    )
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Status"])
    for row in [
        ("1.0", "22 April 2024", "Headteacher", "Approved by FGB 25 April 2024"),
        ("1.2", "9 December 2024", "Headteacher", "Autumn term review"),
        ("1.3", "24 March 2025", "Headteacher", "Spring term review"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Green \u2013 achieved; Amber \u2013 in progress; Red \u2013 not on track, needs attention; "
              "blank \u2013 not yet started.")

    rag_hex = {"G": GREEN, "A": AMBER, "R": RED}
    for heading, afi, actions in SCHOOL_AREAS:
        doc.add_heading(heading, level=2)
        ap = doc.add_paragraph()
        ap.add_run(afi).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "By when", "Success criteria", "RAG"])
        for ref, action, lead, when, success, rag in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, action, lead, when, success, rag)):
                c.text = v
            if rag:
                shade(cells[5], rag_hex[rag])
                cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph("")

    doc.add_heading("Monitoring and evaluation", level=2)
    doc.add_paragraph(
        "Progress against this plan is reported to the FGB each term and discussed with the local "
        "authority school improvement adviser at each visit. Governors check the evidence through their "
        "link visits."
    )
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Signed (Headteacher)", "Signed (Chair of Governors)", "Date"])
    for c, v in zip(t.rows[1].cells, ("K. Whitfield", "Revd A. Morgan", "25 April 2024")):
        c.text = v
    doc.save(os.path.join(HERE, SCHOOL_FILE))


# ---------------------------------------------------------------------------
# 2. Wigan & Leigh College – PIAP (xlsx)
# ---------------------------------------------------------------------------
COLLEGE_FILE = "fd1-wigan-leigh-college-ofsted-post-inspection-action-plan.xlsx"
COLLEGE_TITLE = "Wigan & Leigh College \u2013 Post-Inspection Action Plan 2024/25"
COLLEGE_SECTIONS = [
    ("Apprenticeships", [
        ("Leaders and managers should ensure that apprentices receive timely and effective reviews of their "
         "progress that involve employers, so that apprentices know what they need to do to improve.", [
             ("1.1", "Introduce a tripartite review schedule in OneFile for all apprentices, with reviews every "
                     "10 weeks and employer attendance recorded.",
              "Head of Apprenticeships", datetime(2024, 7, 31), datetime(2024, 9, 30),
              "Schedule live from September 2024; 94% of reviews on time in December.", "Amber", "Complete"),
             ("1.2", "Train all skills coaches on setting SMART targets in reviews, with monthly sampling of "
                     "review records by the Apprenticeship Quality Manager.",
              "Apprenticeship Quality Manager", datetime(2024, 10, 31), None,
              "Training delivered October 2024. Sampling shows 78% of targets are specific.", "Amber", "Green"),
             ("1.3", "Hold termly employer forums for construction and engineering employers to agree how on- "
                     "and off-the-job training link together.",
              "Head of Apprenticeships; Employer Engagement Manager", datetime(2024, 12, 31),
              datetime(2025, 3, 31),
              "First forum held November 2024; second moved to March because of low attendance.",
              "Green", "Amber"),
         ]),
        ("Leaders should ensure that apprentices who need to achieve functional skills qualifications in "
         "English and mathematics are well prepared and take their assessments at the right time.", [
             ("1.4", "Put in place a functional skills diagnostic at enrolment and weekly online maths and "
                     "English sessions for apprentices without a level 2 qualification.",
              "Head of English & Maths", datetime(2024, 9, 30), None,
              "Diagnostic used for all September starts; attendance at online sessions 81%.", "Green", "Green"),
             ("1.5", "Monitor functional skills first-time pass rates monthly at the Apprenticeship "
                     "Performance Board.",
              "Assistant Principal \u2013 Apprenticeships", "Monthly", None,
              "First-time pass rate 68% (up from 52%).", "Green", "Green"),
         ]),
    ]),
    ("Education programmes for young people", [
        ("Leaders should ensure that all learners on study programmes benefit from high-quality work "
         "experience that is relevant to their career aims.", [
             ("2.1", "Appoint two additional industry placement coordinators to source placements in health "
                     "and social care, and creative industries.",
              "Director of Employer Partnerships", datetime(2024, 8, 31), None,
              "Both coordinators in post from August 2024.", "Green", "Complete"),
             ("2.2", "Record every learner\u2019s work experience plan and hours on ProMonitor, with a red flag "
                     "for any learner with no placement by February.",
              "Heads of Curriculum", datetime(2025, 2, 28), None,
              "Plans recorded for 88% of learners; creative industries behind.", "Amber", "Amber"),
             ("2.3", "Report the percentage of learners who have completed meaningful work experience to each "
                     "Quality & Standards Committee.",
              "VP Curriculum & Quality / Clerk to the Corporation", datetime(2025, 5, 31), None,
              "", "", "Not started"),
         ]),
    ]),
]

RAG_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_college():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = COLLEGE_TITLE
    cov["A1"].font = Font(bold=True, size=16, color=NAVY)
    cov["A2"] = "Cover sheet: inspection outcomes and version control"
    cov["A2"].font = Font(bold=True, size=13)
    rows = [
        ("Inspection dates", "6\u20139 February 2024"),
        ("Overall effectiveness", "Good"),
        ("Education programmes for young people", "Good"),
        ("Adult learning programmes", "Good"),
        ("Apprenticeships", "Requires improvement"),
        ("Provision for learners with high needs", "Good"),
    ]
    for i, (a, b) in enumerate(rows, start=4):
        cov.cell(i, 1, a).font = Font(bold=True)
        cov.cell(i, 2, b)
    cov["A11"] = "Version control"
    cov["A11"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Reviewed by"], start=1):
        c = cov.cell(12, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
    for i, row in enumerate([("v1.0", datetime(2024, 4, 18), "Quality & Standards Committee"),
                             ("v2.3", datetime(2025, 1, 31), "Senior Leadership Team")], start=13):
        for j, v in enumerate(row, start=1):
            c = cov.cell(i, j, v)
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 42
    cov.column_dimensions["B"].width = 24
    cov.column_dimensions["C"].width = 32

    ws = wb.create_sheet("PIAP")
    ws["A1"] = COLLEGE_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position at 31 January 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Area for improvement (from inspection report)", "Action", "Lead(s)",
             "Original target date", "Revised target date", "Progress update", "Previous RAG", "Current RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for band, afis in COLLEGE_SECTIONS:
        c = ws.cell(r, 1, band)
        c.font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(r, j).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, acts in afis:
            first = r
            ws.cell(r, 2, afi)
            for ref, action, lead, orig, rev, prog, prev, cur in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, action)
                ws.cell(r, 4, lead)
                c = ws.cell(r, 5, orig)
                if isinstance(orig, datetime):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(r, 6, rev)
                    c.number_format = "dd/mm/yyyy"
                ws.cell(r, 7, prog or None)
                if prev:
                    c = ws.cell(r, 8, prev)
                    c.fill = fill(RAG_FILL[prev])
                c = ws.cell(r, 9, cur)
                if cur in RAG_FILL:
                    c.fill = fill(RAG_FILL[cur])
                for j in range(1, 10):
                    ws.cell(r, j).alignment = WRAP
                    ws.cell(r, j).border = BOX
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: RAG ratings are agreed at the monthly PIAP review meeting chaired by the Principal. "
                  "Revised dates have been approved by the Quality & Standards Committee.")
    ws.cell(r, 1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    r += 2
    ws.cell(r, 1, "Summary of current RAG").font = Font(bold=True)
    r += 1
    for lab, n in [("Complete", 2), ("Green", 3), ("Amber", 2), ("Red", 0), ("Not started", 1), ("Total", 8)]:
        ws.cell(r, 1, lab)
        ws.cell(r, 2, n)
        if lab == "Total":
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 2).font = Font(bold=True)
        r += 1
    for col, w in zip("ABCDEFGHI", (7, 40, 55, 28, 13, 13, 40, 11, 11)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (lab, meaning) in enumerate([("Complete", "Action completed and impact evidenced"),
                                        ("Green", "On track to meet target date"),
                                        ("Amber", "At risk of slipping; mitigation in place"),
                                        ("Red", "Off track; escalated to SLT")], start=2):
        c = key.cell(i, 1, lab)
        c.fill = fill(RAG_FILL[lab])
        key.cell(i, 2, meaning)
    key.column_dimensions["B"].width = 45
    wb.save(os.path.join(HERE, COLLEGE_FILE))


# ---------------------------------------------------------------------------
# 3. Babington – Ofsted apprenticeships PIAP (xlsx), status by fill only
# ---------------------------------------------------------------------------
BAB_FILE = "fd1-babington-ofsted-apprenticeships-post-inspection-action-plan.xlsx"
BAB_TITLE = "Babington \u2013 Post-Inspection Action Plan: Apprenticeships 2024\u201325"
# (no, key judgement (only where it changes), weakness (only where it changes), action, responsibility,
#  deadline, measure of impact, fill)
BAB_ROWS = [
    ("1", "Quality of education",
     "Tutors do not use the information about apprentices\u2019 starting points well enough to plan "
     "individual training.",
     "Redesign the initial assessment so that skills scans are completed jointly with the employer and used "
     "to build each apprentice\u2019s training plan.",
     "Head of Curriculum", (datetime(2024, 9, 1), "mmm-yy"),
     "100% of new starts have a personalised training plan signed by the employer.", BLUE),
    ("2", None, None,
     "Deliver CPD to all tutors on using starting points to sequence the curriculum, followed by "
     "observations of two sessions per tutor.",
     "Head of Teaching, Learning & Assessment", (datetime(2025, 3, 1), "mmm-yy"),
     "Observation records show training planned from starting points.", GREEN),
    ("3", None,
     "Apprentices on the team leader programme do not receive enough off-the-job training during their "
     "working hours.",
     "Audit off-the-job hours for every team leader apprentice and agree catch-up plans with employers where "
     "hours are behind.",
     "Operations Manager \u2013 Leadership & Management", (datetime(2025, 1, 31), "dd/mm/yyyy"),
     "All apprentices within 10% of planned off-the-job hours.", AMBER),
    ("4", None, None,
     "Add an off-the-job hours tracker to the monthly progress review and escalate shortfalls to the "
     "employer\u2019s line manager.",
     "Skills Coaches", "Ongoing \u2013 reviewed monthly",
     "Shortfalls escalated within one month.", GREEN),
    ("5", "Personal development",
     "Apprentices have a limited understanding of the risks of radicalisation and extremism in their local "
     "area.",
     "Introduce a Prevent and British values topic into each progress review, with local risk briefings "
     "updated each term.",
     "Designated Safeguarding Lead / Prevent Lead", (datetime(2024, 10, 1), "mmm-yy"),
     "Apprentices can describe local risks in learner voice.", BLUE),
    ("6", "Leadership and management",
     "Governors do not receive sufficiently detailed information about the quality of training to hold "
     "leaders to account.",
     "Produce a monthly quality dashboard for the advisory board showing progress, achievement, "
     "off-the-job hours and learner feedback by programme.",
     "Director of Quality; MI Manager", (datetime(2024, 11, 1), "mmm-yy"),
     "Board minutes show challenge based on the dashboard.", RED),
    ("7", None, None,
     "Commission an external mock inspection (deep dive) of the team leader and customer service programmes.",
     "Managing Director", (datetime(2025, 6, 1), "mmm-yy"),
     "Mock inspection report and follow-up actions.", None),
]


def make_babington():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP 2024-25"
    ws["A1"] = BAB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Babington Business College Ltd | Ofsted inspection: 21\u201324 May 2024 | Plan owner: "
                "Director of Quality | Last reviewed: 10 March 2025")
    ws["A3"] = "Status key:"
    ws["A3"].font = Font(bold=True)
    for col, (lab, hx) in zip("BCDE", [("Complete", BLUE), ("On track", GREEN),
                                       ("Some slippage", AMBER), ("Off track", RED)]):
        ws[f"{col}3"] = lab
        ws[f"{col}3"].fill = fill(hx)
    heads = ["No.", "Key judgement", "Weakness identified by Ofsted", "Actions", "Responsibility",
             "Deadline", "Measure of impact", "Status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for no, kj, weak, action, resp, deadline, impact, hx in BAB_ROWS:
        ws.cell(r, 1, int(no))
        if kj:
            ws.cell(r, 2, kj)
        if weak:
            ws.cell(r, 3, weak)
        ws.cell(r, 4, action)
        ws.cell(r, 5, resp)
        if isinstance(deadline, tuple):
            c = ws.cell(r, 6, deadline[0])
            c.number_format = deadline[1]
        else:
            ws.cell(r, 6, deadline)
        ws.cell(r, 7, impact)
        if hx:
            ws.cell(r, 8).fill = fill(hx)
        for j in range(1, 9):
            ws.cell(r, j).border = BOX
            ws.cell(r, j).alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 1, "Prepared by: Director of Quality. Next review: April 2025.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (6, 22, 40, 55, 30, 14, 38, 10)):
        ws.column_dimensions[col].width = w

    s = wb.create_sheet("Status summary")
    s["A1"] = "Status summary \u2013 March 2025"
    s["A1"].font = Font(bold=True)
    for i, (lab, n, hx) in enumerate([("Complete", 2, BLUE), ("On track", 2, GREEN), ("Some slippage", 1, AMBER),
                                      ("Off track", 1, RED), ("Not yet rated", 1, None), ("Total actions", 7, None)],
                                     start=3):
        c = s.cell(i, 1, lab)
        if hx:
            c.fill = fill(hx)
        s.cell(i, 2, n)
    s.column_dimensions["A"].width = 20
    wb.save(os.path.join(HERE, BAB_FILE))


# ---------------------------------------------------------------------------
# 4. East Cheshire NHS Trust – CQC must do / should do (xlsx)
# ---------------------------------------------------------------------------
ECT_FILE = "fd1-east-cheshire-nhs-trust-cqc-must-should-do-action-plan.xlsx"
ECT_TITLE = "East Cheshire NHS Trust \u2013 CQC Inspection Action Plan: Must Do and Should Do Actions"
UEC = "Urgent and emergency care"
MED = "Medical care (including older people\u2019s care)"
ECT_MUST = [
    (UEC, [
        ("Regulation 12(2)(a)(b) Safe care and treatment",
         "The trust must ensure that patients in the emergency department receive timely assessment of sepsis "
         "risk and that antibiotics are given within one hour where indicated. (Regulation 12)", [
             ("MD1.1", "Roll out the electronic sepsis screening tool on the ED whiteboard system for all adult "
                       "attendances with a NEWS2 of 5 or more.",
              "Associate Director of Nursing \u2013 Urgent Care", (datetime(2024, 11, 30), "dd/mm/yyyy"),
              "Live from 4 November 2024. Screening compliance 91% in December.", "B"),
             ("MD1.2", "Weekly audit of time to antibiotics for 20 sepsis patients, reported to the ED governance "
                       "meeting and Quality Committee.",
              "ED Clinical Director; Matron ED", (datetime(2025, 3, 31), "dd/mm/yyyy"),
              "Antibiotics within one hour 74% (target 90%).", "A"),
         ]),
        ("Regulation 12(2)(a) Safe care and treatment",
         "The trust must ensure that mental health risk assessments are completed and documented for all "
         "patients presenting with self-harm. (Regulation 12)", [
             ("MD2.1", "Introduce the mental health triage proforma and make completion a mandatory field before "
                       "a patient is allocated a cubicle.",
              "Matron ED", (datetime(2024, 12, 1), "mmm-yy"),
              "Proforma approved at Clinical Effectiveness Group; IT build in test.", "G"),
         ]),
    ]),
    (MED, [
        ("Regulation 18(1) Staffing",
         "The trust must ensure that there are sufficient numbers of suitably qualified nursing staff on the "
         "medical wards to meet patients\u2019 needs. (Regulation 18)", [
             ("MD3.1", "Complete the biannual safer staffing establishment review for all medical wards using "
                       "SNCT and present the findings to Board.",
              "Director of Nursing and Quality", (datetime(2024, 10, 31), "dd/mm/yyyy"),
              "Presented to Board 7 November 2024.", "B"),
             ("MD3.2", "Recruit to 18 WTE registered nurse vacancies through the international recruitment "
                       "programme.",
              "Deputy Director of Nursing", (datetime(2025, 3, 31), "dd/mm/yyyy"),
              "9 WTE in post; second cohort delayed by visa processing.", "R"),
         ]),
    ]),
]
ECT_SHOULD = [
    (UEC, [
        ("Safe", "The trust should ensure that all ED staff complete level 3 safeguarding children training.", [
            ("SD1.1", "Book all outstanding staff onto level 3 safeguarding children training and track "
                      "compliance weekly until 90% is reached.",
             "ED Practice Educator", (datetime(2025, 1, 31), "dd/mm/yyyy"),
             "Compliance 86% at 10 January 2025.", "G"),
        ]),
        ("Safe", "The trust should ensure that resuscitation trolleys are checked daily in line with trust policy.", [
            ("SD2.1", "Move resus trolley checks to the electronic checklist with a daily escalation to the nurse "
                      "in charge where a check is missed.",
             "Resuscitation Lead", (datetime(2024, 9, 30), "dd/mm/yyyy"),
             "Electronic checklist in use; 100% compliance for 12 weeks.", "B"),
        ]),
    ]),
    (MED, [
        ("Effective", "The trust should ensure that patients\u2019 nutrition and hydration needs are assessed and "
             "recorded.", [
            ("SD3.1", "Relaunch MUST screening and fluid balance charts on wards 7, 8 and 9 with weekly matron "
                      "audits.",
             "Matron \u2013 Medicine", "Q4 2024/25",
             "Audits show MUST completed for 79% of patients within 24 hours.", "A"),
            ("SD3.2", "Recruit a nutrition nurse specialist.",
             "Head of Nursing \u2013 Medicine", "TBC",
             "Business case to go to Investment Group.", ""),
        ]),
    ]),
]
BRAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def _ect_sheet(wb, name, title, sections, with_reg):
    ws = wb.create_sheet(name)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13, color="005EB8")
    heads = ["Ref", "Regulation", "Requirement (from CQC report)", "Action", "Lead", "Due date",
             "Progress update", "BRAG"]
    if not with_reg:
        heads[1] = "Key question"
    for j, h in enumerate(heads, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for service, reqs in sections:
        ws.cell(r, 1, service).font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(r, j).fill = fill("DCE6F1")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for reg, req, acts in reqs:
            first = r
            ws.cell(r, 2, reg)
            ws.cell(r, 3, req)
            for ref, action, lead, due, prog, brag in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 4, action)
                ws.cell(r, 5, lead)
                if isinstance(due, tuple):
                    c = ws.cell(r, 6, due[0])
                    c.number_format = due[1]
                else:
                    ws.cell(r, 6, due)
                ws.cell(r, 7, prog)
                c = ws.cell(r, 8, brag or None)
                if brag:
                    c.fill = fill(BRAG_FILL[brag])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                for j in range(1, 8):
                    ws.cell(r, j).alignment = WRAP
                for j in range(1, 9):
                    ws.cell(r, j).border = BOX
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGH", (8, 20, 45, 50, 30, 12, 40, 8)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"


def make_ect():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = ECT_TITLE
    s["A1"].font = Font(bold=True, size=15, color="005EB8")
    s["A2"] = ("Macclesfield District General Hospital \u2013 inspection June 2024, report published "
               "October 2024. Report to: Quality, Safety and Patient Experience Committee, 22 January 2025.")
    heads = ["Core service", "Must do", "Should do", "B", "G", "A", "R", "Not rated"]
    for j, h in enumerate(heads, start=1):
        c = s.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    for i, row in enumerate([(UEC, 3, 2, 2, 2, 1, 0, 0), (MED, 2, 2, 1, 0, 1, 1, 1),
                             ("Total", 5, 4, 3, 2, 2, 1, 1)], start=6):
        for j, v in enumerate(row, start=1):
            c = s.cell(i, j, v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    s["A10"] = "BRAG key"
    s["A10"].font = Font(bold=True)
    for i, (k, meaning) in enumerate([("B", "Complete \u2013 evidence accepted by Quality Committee"),
                                      ("G", "On track"), ("A", "At risk of missing the due date"),
                                      ("R", "Overdue or off track")], start=11):
        c = s.cell(i, 1, k)
        c.fill = fill(BRAG_FILL[k])
        s.cell(i, 2, meaning)
    s.column_dimensions["A"].width = 44
    _ect_sheet(wb, "Must Do", "Must Do actions", ECT_MUST, True)
    _ect_sheet(wb, "Should Do", "Should Do actions", ECT_SHOULD, False)
    wb.save(os.path.join(HERE, ECT_FILE))


# ---------------------------------------------------------------------------
# 5. The Limes Surgery – CQC action plan (csv), mistyped month -> refuse
# ---------------------------------------------------------------------------
GP_FILE = "fd1-the-limes-surgery-cqc-inspection-action-plan-typo-month-refuse.csv"
GP_ROWS = [
    ["The Limes Surgery - Action plan following CQC inspection on 14 May 2024"],
    ["Overall rating: Requires improvement. Plan owner: Practice Manager. Last updated: 02/09/2024"],
    [],
    ["Ref", "Key question", "Regulation", "Finding", "Action", "Responsible person", "Target date", "Status"],
    ["1", "Safe", "Regulation 12 Safe care and treatment",
     "Patients prescribed high-risk medicines (methotrexate, lithium) had not always had the required blood "
     "monitoring.",
     "Run weekly EMIS searches for patients on high-risk medicines and recall anyone overdue monitoring before "
     "the next prescription is issued.",
     "Clinical Pharmacist", "30/06/2024", "Complete"],
    ["2", "Safe", "Regulation 12 Safe care and treatment",
     "Patients prescribed high-risk medicines (methotrexate, lithium) had not always had the required blood "
     "monitoring.",
     "Review all patients on DMARDs against the local shared care protocols and record the outcome in the "
     "patient record.",
     "Dr S Ahmed / Clinical Pharmacist", "31/07/2024", "Complete"],
    ["3", "Safe", "Regulation 12 Safe care and treatment",
     "Not all clinical staff had up-to-date safeguarding training at the appropriate level.",
     "Book all outstanding clinicians onto level 3 safeguarding adults and children training.",
     "Practice Manager", "Septmber 2024", "On track"],
    ["4", "Well-led", "Regulation 17 Good governance",
     "Systems to share learning from significant events and complaints were not effective.",
     "Introduce a monthly governance meeting with standing agenda items for significant events, complaints, "
     "alerts and audits.",
     "Dr P Mills; Practice Manager", "31/08/2024", "Complete"],
    ["5", "Well-led", "Regulation 17 Good governance",
     "There was no clear record of the action taken in response to MHRA and patient safety alerts.",
     "Set up a log of MHRA and safety alerts showing the searches run and the actions taken for each alert.",
     "Clinical Pharmacist", "Oct-24", "On track"],
    ["6", "Responsive", "",
     "Patients told us it was difficult to get through to the practice by telephone.",
     "Review the telephone system with the ICB digital team and add a call-back option.",
     "Practice Manager", "December 2024", "Not started"],
    [],
    ["Status key: Complete / On track / At risk / Not started"],
]


def make_gp():
    with open(os.path.join(HERE, GP_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in GP_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 6. St Andrew's Healthcare – CQC warning notice and must do plan (tab-separated txt)
# ---------------------------------------------------------------------------
SAH_FILE = "fd1-st-andrews-healthcare-cqc-warning-notice-improvement-plan.txt"
SAH_TITLE = "St Andrew\u2019s Healthcare \u2013 CQC Improvement Plan (Warning Notice and Must Do actions)"
SAH_LINES = [
    [SAH_TITLE],
    ["Northampton site \u2013 following CQC inspection of adult mental health wards, 2022"],
    ["Position at 31 March 2023 | Owner: Chief Nurse | Reported to: Quality and Safety Committee"],
    ["Status key: Complete = blue; On track = green; At risk = amber; Off track = red; Not started = not rated"],
    [],
    ["Ref", "CQC finding", "Action", "Lead", "Due date", "Status", "Progress update"],
    ["WARNING NOTICE 1 \u2013 Regulation 18 Staffing"],
    ["WN1.1",
     "The provider did not deploy enough suitably qualified, competent and experienced staff on the wards to "
     "keep patients safe.",
     "Introduce a daily safe staffing huddle chaired by the site nurse director, with redeployment decisions "
     "logged in SafeCare.",
     "Director of Nursing \u2013 Northampton", "31/10/2022", "Complete", "Huddle in place since September 2022."],
    ["WN1.2", "",
     "Recruit 60 registered nurses and 120 healthcare support workers through the accelerated recruitment "
     "campaign.",
     "Chief People Officer", "Mar-23", "At risk",
     "41 RN and 97 HCSW appointed; international cohort delayed."],
    ["", "", "", "", "", "", "Revised trajectory to be presented to People Committee in April 2023."],
    ["WN1.3", "",
     "Reduce use of agency staff on Bracken and Fern wards to below 20% of shifts.",
     "Head of Nursing \u2013 Mental Health Division", "Q1 2023/24", "On track",
     "Agency use 27% in March (43% in October)."],
    ["WARNING NOTICE 2 \u2013 Regulation 13 Safeguarding service users from abuse and improper treatment"],
    ["WN2.1",
     "Patients were subject to long-term segregation and seclusion that was not always reviewed in line with "
     "the Mental Health Act Code of Practice.",
     "Carry out a multidisciplinary review of every patient in long-term segregation or seclusion and agree a "
     "reduction plan for each.",
     "Medical Director and Director of Nursing \u2013 Northampton", "30/11/2022", "Complete",
     "All 23 reviews completed."],
    ["WN2.2", "",
     "Introduce independent external review of all segregation episodes lasting over 14 days.",
     "Medical Director", "January 2023", "Complete", "External reviewer in place."],
    ["MUST DO ACTIONS"],
    ["MD1",
     "Staff did not always complete physical health observations after rapid tranquillisation.",
     "Add rapid tranquillisation observations to the electronic NEWS2 module with automatic alerts to the "
     "nurse in charge.",
     "Physical Healthcare Lead", "End of April 2023", "On track", "Module in user testing."],
    ["MD2",
     "Care plans were not always personalised or written with the patient.",
     "Audit 10% of care plans per ward each month using the co-production audit tool.",
     "Ward Managers", "Monthly", "On track", "First audits completed February 2023."],
    ["MD3",
     "The provider did not ensure that complaints were responded to within the timescales in its policy.",
     "Recruit a complaints manager and clear the backlog of overdue complaints.",
     "Head of Patient Experience", "30/06/2023", "Not started", "Post out to advert."],
    [],
    ["Summary of status: Complete 3; On track 3; At risk 1; Off track 0; Not started 1 (8 actions)"],
]


def make_sah():
    with open(os.path.join(HERE, SAH_FILE), "w", encoding="utf-8", newline="\n") as f:
        for row in SAH_LINES:
            f.write("\t".join(row) + "\n")


# ---------------------------------------------------------------------------
# 7. HMP Woodhill – Urgent Notification action plan (docx), HMPPS
# ---------------------------------------------------------------------------
WH_FILE = "fd1-hmp-woodhill-hmpps-urgent-notification-action-plan.docx"
WH_TITLE = "Action Plan: HMP Woodhill"
WH_CONCERNS = [
    ("Concern 1: Safety and violence",
     "Violence against staff and prisoners was among the highest in the adult male estate and many prisoners "
     "said they felt unsafe, with some isolating themselves in their cells.",
     [
         ("1.1", "Deploy an additional 30 band 3 officers through detached duty to stabilise staffing on the "
                 "residential units while recruitment is completed.",
          "Deputy Director, LTHSE", "October 2023", "B"),
         ("1.2", "Deliver refreshed de-escalation and violence reduction training to all operational staff.",
          "Head of Safety", "31 January 2024", "A"),
         ("1.3", "Identify all prisoners who are self-isolating and put in place individual support plans "
                 "reviewed weekly by the safety team.",
          "Head of Safety / Safer Custody Custodial Manager", "November 2023", "B"),
     ]),
    ("Concern 2: Self-harm and care of vulnerable prisoners",
     "The rate of self-harm was the highest in the adult male estate, induction for new arrivals was poor and "
     "cell call bells were often not answered promptly.",
     [
         ("2.1", "Redesign first night and induction arrangements so that every new arrival is seen by a Listener "
                 "and a member of the safer custody team within 24 hours.",
          "Head of Residence and Head of Safety", "December 2023", "G"),
         ("2.2", "Audit cell call bell response times weekly and report the results to the Senior Leadership "
                 "Team, with a target of answering 90% of bells within five minutes.",
          "Deputy Governor", "Ongoing", "A"),
         ("2.3", "Commission an additional mental health in-reach nurse and psychologist to support prisoners "
                 "on ACCT.",
          "Head of Healthcare", "31/03/2024", "R"),
     ]),
    ("Concern 3: Living conditions and time out of cell",
     "Prisoners spent too long locked in cells, many of which were damaged and dirty, and education and work "
     "were frequently cancelled because of staff shortages.",
     [
         ("3.1", "Complete a prison-wide cell condition survey and carry out the repairs identified, starting "
                 "with cells without working windows, toilets or call bells.",
          "Head of Estates", "June 2024", "G"),
         ("3.2", "Recruit an Education, Skills and Work Manager and restore the published regime so that "
                 "education and work sessions are not cancelled.",
          "Head of Reducing Reoffending", "February 2024", "B"),
         ("3.3", "Reopen the library with at least three sessions a week for each residential unit.",
          "Head of Reducing Reoffending; Library Manager", "Q1 2024/25", ""),
     ]),
]


def make_woodhill():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(WH_TITLE, style="Title")
    doc.add_paragraph("Response to the Urgent Notification issued by HM Chief Inspector of Prisons on "
                      "30 August 2023")
    doc.add_paragraph("Action plan submitted: 27 September 2023")
    doc.add_paragraph("Progress update: 31 March 2024")
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) carried out an unannounced inspection of HMP Woodhill in August "
        "2023 and the Chief Inspector invoked the Urgent Notification protocol. This action plan sets out the "
        "actions HM Prison and Probation Service (HMPPS) and the prison are taking in response to each of the "
        "concerns raised. Actions are specific, measurable and owned, and progress is reviewed monthly by the "
        "Prison Group Director."
    )
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Summary of changes"])
    for row in [("1.0", "27/09/2023", "HMPPS Long Term and High Security Estate",
                 "Published with the Secretary of State\u2019s response"),
                ("1.2", "31/03/2024", "Governor, HMP Woodhill", "Six-month progress update")]:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    doc.add_paragraph("")
    doc.add_paragraph("Status key: B \u2013 complete; G \u2013 on track; A \u2013 some risk to delivery; "
                      "R \u2013 off track.")
    hexes = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for heading, concern, actions in WH_CONCERNS:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(concern)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Responsible owner", "Target date", "Status"], hex_="BDD7EE")
        for ref, action, owner, date, st in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, action, owner, date, st)):
                c.text = v
            if st:
                shade(cells[4], hexes[st])
        doc.add_paragraph("")
    doc.add_heading("Annex A: Glossary", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    header_row(t, ["Term", "Meaning"])
    for row in [("ACCT", "Assessment, Care in Custody and Teamwork (case management for prisoners at risk "
                         "of self-harm)"),
                ("LTHSE", "Long Term and High Security Estate"),
                ("PGD", "Prison Group Director")]:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    doc.save(os.path.join(HERE, WH_FILE))


def main():
    make_school()
    make_college()
    make_babington()
    make_ect()
    make_gp()
    make_sah()
    make_woodhill()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
