"""Build the seven mb1- blind test files (set heldout374).

Run with: /work/main/.venv/bin/python mb1_make.py
Writes next to this script: 3 x .xlsx, 2 x .docx, 1 x .csv, 1 x .txt.
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
D = dt.date

# ---------------------------------------------------------------- shared bits
FILL = {
    "blue": "00B0F0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


def xl_row(ws, r, values, bold=False, box=True, fmt_date="dd/mm/yyyy"):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if box:
            cell.border = BOX
        if bold:
            cell.font = Font(bold=True)
        if isinstance(v, (dt.date, dt.datetime)):
            cell.number_format = fmt_date


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a docx cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold


# =========================================================== 1. Ysgol Dyffryn Taf
DT_RECS = [
    ("R1: Improve the quality of teaching and assessment so that it consistently "
     "challenges pupils of all abilities",
     [
         ("1.1", "Establish a teaching and learning group to agree the school's "
          "non-negotiables for planning, questioning and feedback, and share them with "
          "all staff at INSET.",
          "Deputy Headteacher (Teaching and Learning)", "Summer term 2024",
          "All teachers use the agreed non-negotiables; learning walks show consistent use "
          "in most lessons.", "C"),
         ("1.2", "Deliver a programme of fortnightly professional learning on adaptive "
          "teaching, with coaching triads for all teaching staff.\n"
          "Focus in 2024–2025 on challenge for more able pupils.",
          "Deputy Headteacher (Teaching and Learning) / Professional Learning Lead",
          "Autumn term 2024 – Summer term 2025",
          "Lesson observations show that most teachers adapt tasks to challenge more able "
          "pupils.", "G"),
         ("1.3", "Carry out learning walks and book looks with middle leaders, using a "
          "common evaluation form, and report findings to the Standards Committee.",
          "Senior Leadership Team", "Termly",
          "Reports to governors identify strengths and shortcomings accurately.", "G"),
     ]),
    ("R2: Strengthen self-evaluation and improvement planning at all levels so that "
     "leaders focus precisely on the impact of provision on pupils' progress",
     [
         ("2.1", "Revise the self-evaluation calendar so that all departments contribute "
          "first-hand evidence (lesson observations, pupil voice and work scrutiny).",
          "Headteacher", "September 2024",
          "Calendar published; all departments submit evidence on time.", "C"),
         ("2.2", "Train middle leaders to write department improvement plans with "
          "measurable success criteria, and quality assure every plan.",
          "Assistant Headteacher (Curriculum)", "Autumn term 2024",
          "All department plans meet the agreed quality standard.", "A"),
         ("2.3", "Governors' Standards Committee to receive a PIAP progress report at "
          "each meeting and carry out two focused visits a year.",
          "Chair of Governors / Headteacher", "Ongoing",
          "Minutes show governors challenging leaders on progress against the PIAP.", "G"),
     ]),
    ("R3: Improve attendance, particularly for pupils eligible for free school meals",
     [
         ("3.1", "Appoint an Attendance and Wellbeing Officer and introduce a first-day "
          "response for all absences.",
          "Assistant Headteacher (Wellbeing)", "By 31 May 2024",
          "Officer in post; first-day calls made for all unexplained absences.", "C"),
         ("3.2", "Work with the Education Welfare Service to agree staged intervention "
          "plans for pupils whose attendance is below 80%.",
          "Assistant Headteacher (Wellbeing); Education Welfare Officer", "Spring term 2025",
          "Persistent absence of eFSM pupils reduces by at least 5 percentage points.", "A"),
         ("3.3", "Review the rewards scheme with the school council so that improved "
          "attendance is recognised every half term.",
          "Heads of Year", "Half-termly",
          "Pupil voice shows that pupils value the rewards scheme.", "G"),
     ]),
    ("R4: Address the site safety issues identified during the inspection",
     [
         ("4.1", "Complete the installation of secure fencing and a controlled entry point "
          "at the lower school entrance.",
          "School Business Manager", "October 2024",
          "Site is secure; entry is controlled at all times.", "C"),
         ("4.2", "Update the site safety risk assessment and brief all staff on the revised "
          "visitor procedures.",
          "Designated Safeguarding Person", "November 2024",
          "All staff briefed; visitor log checked weekly.", "C"),
     ]),
]


def make_dyffryn_taf():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Ysgol Dyffryn Taf – Post-Inspection Action Plan", level=0)
    doc.add_paragraph("Following the Estyn core inspection of January 2024")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Version", "1.3"),
        ("Approved by the governing body", "23 April 2024"),
        ("Last reviewed", "14 January 2025"),
        ("Plan owner", "Headteacher"),
        ("Local authority link", "Carmarthenshire County Council – Education Support Adviser"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "The governing body and the local authority have agreed the actions below to address "
        "the four recommendations in the inspection report. Progress is reviewed by the "
        "Standards Committee each half term.")
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, v, col in [
        ("C", "Completed – impact evaluated", "00B0F0"),
        ("G", "On track", "00B050"),
        ("A", "Started – some slippage", "FFC000"),
        ("R", "Not on track – intervention needed", "FF0000"),
    ]:
        row = key.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], col)
        set_cell(row[1], v)

    colours = {"C": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for heading, actions in DT_RECS:
        doc.add_heading(heading, level=2)
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for cell, h in zip(tbl.rows[0].cells, ["Ref", "Actions", "Lead(s)", "Timescale",
                                                 "Success criteria", "RAG (Jan 2025)"]):
            set_cell(cell, h, bold=True)
            shade(cell, "D9D9D9")
        for ref, action, lead, when, success, rag in actions:
            cells = tbl.add_row().cells
            for cell, v in zip(cells, [ref, action, lead, when, success, rag]):
                set_cell(cell, v)
            shade(cells[5], colours[rag])
        doc.add_paragraph()

    doc.add_heading("Monitoring and evaluation", level=2)
    doc.add_paragraph(
        "The headteacher reports progress against this plan to each meeting of the Standards "
        "Committee. The local authority Education Support Adviser carries out a review visit "
        "each term and reports to the Director of Education.")
    sign = doc.add_table(rows=2, cols=3)
    sign.style = "Table Grid"
    for cell, v in zip(sign.rows[0].cells, ["Signed", "Name", "Date"]):
        set_cell(cell, v, bold=True)
    for cell, v in zip(sign.rows[1].cells, ["Chair of Governors", "", "23/04/2024"]):
        set_cell(cell, v)
    doc.save(os.path.join(HERE, "mb1-ysgol-dyffryn-taf-estyn-post-inspection-action-plan.docx"))


# =========================================================== 2. Grantham College
GC_TITLE = "Grantham College – Post-Inspection Action Plan 2024/25"
GC_THEMES = [
    ("Quality of education", [
        ("Leaders should ensure that tutors on adult learning programmes check learners' "
         "understanding precisely before moving on to new topics.", [
             ("1.1", "Deliver CPD sessions for adult tutors on checking for understanding "
              "and retrieval practice.",
              "Head of Adult & Community Learning; Teaching & Learning Coach",
              D(2024, 10, 31), None,
              "Three sessions delivered; 94% of adult tutors attended.", "blue"),
             ("1.2", "Introduce peer observations focused on questioning across adult "
              "programmes, with outcomes reviewed at Quality Improvement meetings.",
              "Head of Adult & Community Learning",
              D(2025, 1, 31), D(2025, 4, 30),
              "First round complete; second round delayed by staff vacancies.", "amber"),
         ]),
        ("Leaders should ensure that apprentices receive timely, well-planned off-the-job "
         "training that links closely to their work.", [
             ("2.1", "Redesign apprenticeship training plans with employers so that on- and "
              "off-the-job training are sequenced together.",
              "Apprenticeship Manager",
              D(2025, 2, 28), None,
              "Plans redesigned for engineering and construction; business admin in progress.",
              "green"),
             ("2.2", "Hold three-way progress reviews every 10 weeks, recorded on the "
              "e-portfolio, with employer sign-off.",
              "Apprenticeship Manager; Skills Coaches",
              D(2025, 7, 31), None,
              "87% of reviews on time in the spring term.", "green"),
             ("2.3", "Monitor apprentices who are past their planned end date and agree "
              "recovery plans with each employer.",
              "Director of Apprenticeships and Employer Engagement",
              "Monthly", None,
              "41 apprentices past planned end date; recovery plans in place for 23.", "red"),
         ]),
    ]),
    ("Personal development", [
        ("Leaders should ensure that learners on study programmes receive comprehensive "
         "careers guidance that prepares them well for their next steps.", [
             ("3.1", "Appoint a Careers Leader and map careers activity for every study "
              "programme against the Gatsby benchmarks.",
              "Vice Principal Curriculum & Quality",
              D(2024, 9, 30), None,
              "Careers Leader started 2 September 2024; mapping complete.", "blue"),
             ("3.2", "Ensure every 16–18 learner has a one-to-one careers interview before "
              "the end of the spring term.",
              "Careers Leader",
              D(2025, 3, 31), D(2025, 5, 30),
              "68% of learners interviewed; additional adviser days booked.", "amber"),
         ]),
    ]),
    ("Leadership and management", [
        ("Governors should receive more precise information about the quality of "
         "apprenticeships so that they can hold leaders to account.", [
             ("4.1", "Produce an apprenticeship quality dashboard for the Quality & "
              "Standards Committee.",
              "Director of Apprenticeships and Employer Engagement",
              "Termly", None,
              "Dashboard presented in November 2024 and March 2025.", "green"),
             ("4.2", "Appoint a link governor for apprenticeships and agree a schedule of "
              "link visits.",
              "Clerk to the Corporation",
              D(2024, 12, 31), None,
              "Link governor appointed; first visit held 5 December 2024.", "blue"),
         ]),
    ]),
]


def make_grantham():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = GC_TITLE
    cover["A1"].font = Font(bold=True, size=14)
    cover["A3"] = "Ofsted inspection"
    cover["B3"] = "20–23 February 2024"
    cover["A4"] = "Overall effectiveness"
    cover["B4"] = "Requires improvement"
    cover["A5"] = "Plan owner"
    cover["B5"] = "Vice Principal Curriculum & Quality"
    cover["A6"] = "Version"
    cover["B6"] = "v4 – updated for Quality & Standards Committee, 11 March 2025"
    for r in range(3, 7):
        cover.cell(row=r, column=1).font = Font(bold=True)
    cover["A8"] = "RAG key"
    cover["A8"].font = Font(bold=True)
    for i, (colour, text) in enumerate([
        ("blue", "Complete"),
        ("green", "On track"),
        ("amber", "Some slippage – action being taken"),
        ("red", "Off track – escalated to SLT"),
    ]):
        cover.cell(row=9 + i, column=1).fill = fill(colour)
        cover.cell(row=9 + i, column=2, value=text)
    cover.column_dimensions["A"].width = 24
    cover.column_dimensions["B"].width = 60

    ws = wb.create_sheet("PIAP")
    ws["A1"] = GC_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Ofsted inspection 20–23 February 2024 | Updated for Quality & Standards "
                "Committee, 11 March 2025")
    ws.merge_cells("A2:H2")
    headers = ["Ref", "Area for improvement (Ofsted report)", "Action", "Responsible",
               "Original target date", "Revised target date", "Progress update (March 2025)",
               "RAG"]
    xl_row(ws, 4, headers, bold=True)
    for c in range(1, 9):
        ws.cell(row=4, column=c).fill = fill("pale")
    r = 5
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    for theme, afis in GC_THEMES:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = fill("navy")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afi, actions in afis:
            first = r
            for ref, action, lead, orig, rev, progress, rag in actions:
                xl_row(ws, r, [ref, afi if r == first else None, action, lead, orig, rev,
                               progress, None])
                ws.cell(row=r, column=8).fill = fill(rag)
                counts[rag] += 1
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1,
            value="Notes: RAG is shown by cell colour – see the key on the Cover sheet. "
                  "Revised dates agreed by SLT on 4 February 2025.")
    for col, w in zip("ABCDEFGH", [6, 40, 50, 30, 14, 14, 40, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "PIAP progress summary – March 2025"
    sm["A1"].font = Font(bold=True)
    xl_row(sm, 3, ["RAG", "Number of actions"], bold=True)
    rows = [("Complete", counts["blue"]), ("On track", counts["green"]),
            ("Some slippage", counts["amber"]), ("Off track", counts["red"]),
            ("Total", sum(counts.values()))]
    for i, (k, v) in enumerate(rows):
        xl_row(sm, 4 + i, [k, v], bold=(k == "Total"))
    sm.column_dimensions["A"].width = 20
    sm.column_dimensions["B"].width = 20
    wb.save(os.path.join(HERE, "mb1-grantham-college-ofsted-post-inspection-action-plan.xlsx"))


# =========================================================== 3. Makers Academy (txt)
MK_TITLE = "Makers Academy Limited – Post-Inspection Action Plan (Apprenticeships)"
MK_ROWS = [
    # theme, ref, weakness, action, owner, due, status, update
    ("Quality of education", "QE1",
     "Coaches do not use information about apprentices' starting points well enough to "
     "plan individualised training.",
     "Redesign initial assessment to include a technical skills scan reviewed by the coach "
     "and the employer at onboarding.",
     "Head of Curriculum", "Jan 2024", "Complete", "Skills scan live for all new starts."),
    ("", "QE2",
     "Coaches do not use information about apprentices' starting points well enough to "
     "plan individualised training.",
     "Use starting-point data to set individual learning plans, with accelerated routes for "
     "apprentices with prior coding experience.",
     "Head of Curriculum; Lead Coach", "Apr 2024", "Complete",
     "12 apprentices on accelerated route."),
    ("", "QE3",
     "Too few apprentices receive useful feedback that helps them improve the quality of "
     "their code.",
     "Introduce a code-review rubric and train all coaches in giving developmental written "
     "feedback.",
     "Lead Coach", "Jun 2024", "Complete", "Rubric in use since June."),
    ("", "QE4",
     "Too few apprentices receive useful feedback that helps them improve the quality of "
     "their code.",
     "Sample 10% of feedback each month through quality assurance and share good practice "
     "at coach stand-ups.",
     "Quality Manager", "Monthly", "On track", "January sample: 81% of feedback rated good."),
    ("", "QE5",
     "Leaders do not make sure that apprentices are well prepared for their end-point "
     "assessment.",
     "Introduce mock end-point assessments (professional discussion and portfolio) at least "
     "8 weeks before gateway.",
     "EPA Readiness Lead", "Sept 2024 – Mar 2025", "Amber",
     "Mocks running for software developer standard; DevOps cohort still to start."),
    ("", "QE6",
     "Leaders do not make sure that apprentices are well prepared for their end-point "
     "assessment.",
     "Agree gateway readiness checklists with each employer and the end-point assessment "
     "organisation.",
     "EPA Readiness Lead", "Dec 2024", "Red",
     "Checklist agreed with EPAO; only 9 of 31 employers signed up."),
    ("Leadership and management", "LM1",
     "Leaders and managers do not have accurate oversight of the progress apprentices make, "
     "including those who have fallen behind.",
     "Build a progress dashboard in the learner management system showing progress against "
     "planned off-the-job hours and milestones.",
     "Head of Data & MI", "Mar 2024", "Complete", "Dashboard reviewed weekly by SLT."),
    ("", "LM2",
     "Leaders and managers do not have accurate oversight of the progress apprentices make, "
     "including those who have fallen behind.",
     "Hold monthly caseload reviews for apprentices more than 4 weeks behind, with recovery "
     "plans agreed with line managers.",
     "Lead Coach / Employer Partnerships Manager", "Ongoing", "On track", ""),
    ("", "LM3",
     "Governance arrangements do not provide enough challenge to leaders about the quality "
     "of apprenticeship training.",
     "Appoint an independent governor with FE and apprenticeship expertise to the "
     "Apprenticeship Quality Board.",
     "CEO", "Feb 2024", "Complete", "Appointed February 2024."),
    ("", "LM4",
     "Governance arrangements do not provide enough challenge to leaders about the quality "
     "of apprenticeship training.",
     "Apprenticeship Quality Board to receive a quarterly report against this plan, including "
     "retention and achievement trends.",
     "Director of Quality", "Q4 2024/25", "Amber",
     "Q3 report deferred to the March meeting."),
]


def make_makers():
    lines = [
        MK_TITLE,
        "Ofsted full inspection 7–10 November 2023 | Plan owner: Director of Quality | "
        "Report to: Board, February 2025",
        "",
        "\t".join(["Theme", "Ref", "Weakness identified by inspectors", "Action", "Owner",
                   "Due", "Status", "Update"]),
    ]
    for row in MK_ROWS:
        lines.append("\t".join(row))
    lines += [
        "",
        "Status key: Complete / On track / Amber (at risk) / Red (off track)",
        "10 actions: 5 complete, 2 on track, 2 amber, 1 red",
    ]
    with open(os.path.join(HERE, "mb1-makers-academy-ofsted-apprenticeships-piap.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# =========================================================== 4. King Edward VII's Hospital
KE_MUST = [
    ("Surgery", [
        ("The service must ensure that the World Health Organization (WHO) surgical safety "
         "checklist is fully completed for every patient. (Regulation 12(1)(2)(a)(b))", [
             ("1.1", "Relaunch the WHO checklist with all theatre teams, including a 'stop "
              "moment' before knife to skin.",
              "Director of Clinical Services", D(2024, 10, 31), None, "A", "B",
              "Relaunch completed 14 October 2024; briefing attendance 96%."),
             ("1.2", "Undertake monthly observational audits of WHO checklist compliance "
              "(minimum 10 cases per theatre) and report to the Clinical Governance Committee.",
              "Theatre Manager; Clinical Governance Lead", D(2024, 12, 31), D(2025, 3, 31),
              "A", "A", "December audit 88%; target 95% for three consecutive months."),
         ]),
        ("The service must ensure that staff complete mandatory training, including "
         "safeguarding adults and children level 3, in line with the provider's targets. "
         "(Regulation 18(2)(a))", [
             ("2.1", "Provide additional safeguarding level 3 sessions each month and book all "
              "outstanding staff.",
              "Head of Education and Practice Development", D(2025, 2, 28), None, "R", "A",
              "Compliance 79% (from 61%)."),
             ("2.2", "Include mandatory training compliance in monthly departmental "
              "performance reviews, with escalation below 90%.",
              "Chief Nurse / Director of HR", D(2025, 1, 31), None, "A", "G",
              "In place from January 2025 reviews."),
         ]),
    ]),
    ("Outpatients", [
        ("The service must ensure that medicines in outpatient treatment rooms are stored "
         "securely and at the correct temperature. (Regulation 12(2)(g))", [
             ("3.1", "Install lockable medicine cabinets and continuous temperature monitoring "
              "in outpatient treatment rooms 1–4.",
              "Chief Pharmacist", D(2024, 11, 30), None, "A", "B",
              "Installed November 2024."),
             ("3.2", "Introduce weekly pharmacy spot checks of medicine storage, with results "
              "reported to the Medicines Management Committee.",
              "Chief Pharmacist", "Ongoing", None, "G", "G",
              "Spot checks 100% compliant since December."),
         ]),
    ]),
]
KE_SHOULD = [
    ("SD1", "Surgery",
     "The service should ensure that resuscitation equipment checks are recorded daily.",
     "Add resuscitation trolley checks to the daily ward safety huddle checklist and audit "
     "weekly for four weeks.",
     "Ward Sister, Third Floor", D(2024, 9, 30), None, "G", "B", "Audit 100% for four weeks."),
    ("SD2", "Outpatients",
     "The service should consider how it monitors waiting times for follow-up appointments.",
     "Develop a follow-up waiting list report from the patient administration system and "
     "review it at the monthly Outpatients Operational Group.",
     "Outpatients Manager", D(2025, 3, 31), None, "A", "G", "Report in test."),
    ("SD3", "Diagnostic imaging",
     "The service should ensure that local rules for radiation protection are reviewed and "
     "signed by all staff.",
     "Review and reissue the IR(ME)R local rules; obtain signed staff declarations and hold "
     "them on the department's shared drive.",
     "Imaging Services Manager; Radiation Protection Supervisor", D(2024, 12, 31),
     D(2025, 2, 28), "R", "A", "Rules reissued; 70% of declarations returned."),
]
KE_RAG_FILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def make_kevii():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "King Edward VII's Hospital – CQC Inspection Action Plan"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Report to the Quality and Clinical Governance Committee, February 2025"
    xl_row(sm, 4, ["Current RAG", "Must do", "Should do", "Total"], bold=True)
    must_actions = [a for _, recs in KE_MUST for _, acts in recs for a in acts]
    summary = []
    for letter, label in [("B", "Blue (completed)"), ("G", "Green"), ("A", "Amber"),
                          ("R", "Red")]:
        m = sum(1 for a in must_actions if a[6] == letter)
        s = sum(1 for a in KE_SHOULD if a[8] == letter)
        summary.append((label, m, s, m + s))
    summary.append(("Total", len(must_actions), len(KE_SHOULD),
                    len(must_actions) + len(KE_SHOULD)))
    for i, row in enumerate(summary):
        xl_row(sm, 5 + i, list(row), bold=(row[0] == "Total"))
    sm["A12"] = "Key"
    sm["A12"].font = Font(bold=True)
    for i, (letter, text) in enumerate([
        ("B", "Completed, evidence reviewed by the Quality team"),
        ("G", "On track to deliver by the target date"),
        ("A", "At risk of missing the target date"),
        ("R", "Overdue or off track"),
    ]):
        c = sm.cell(row=13 + i, column=1, value=letter)
        c.fill = fill(KE_RAG_FILL[letter])
        sm.cell(row=13 + i, column=2, value=text)
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 14

    md = wb.create_sheet("Must do")
    md["A1"] = "CQC Inspection Action Plan – Must do actions"
    md["A1"].font = Font(bold=True, size=13)
    md["A2"] = "Inspection 11–12 June 2024 | Report published 19 September 2024 | Position at 31 January 2025"
    hdr = ["Ref", "Action", "Lead(s)", "Target date", "Revised date", "Previous RAG",
           "Current RAG", "Progress / evidence"]
    xl_row(md, 4, hdr, bold=True)
    for c in range(1, 9):
        md.cell(row=4, column=c).fill = fill("pale")
    r = 5
    for service, recs in KE_MUST:
        md.cell(row=r, column=1, value=service).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 9):
            md.cell(row=r, column=c).fill = fill("navy")
        md.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for text, acts in recs:
            cell = md.cell(row=r, column=1, value=text)
            cell.font = Font(bold=True, italic=True)
            cell.alignment = WRAP
            for c in range(1, 9):
                md.cell(row=r, column=c).fill = fill("grey")
            md.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            md.row_dimensions[r].height = 32
            r += 1
            for ref, action, lead, tgt, rev, prev, cur, prog in acts:
                xl_row(md, r, [ref, action, lead, tgt, rev, prev, cur, prog])
                md.cell(row=r, column=6).fill = fill(KE_RAG_FILL[prev])
                md.cell(row=r, column=7).fill = fill(KE_RAG_FILL[cur])
                r += 1
    for col, w in zip("ABCDEFGH", [6, 55, 30, 12, 12, 10, 10, 40]):
        md.column_dimensions[col].width = w

    sd = wb.create_sheet("Should do")
    sd["A1"] = "CQC Inspection Action Plan – Should do actions"
    sd["A1"].font = Font(bold=True, size=13)
    sd["A2"] = "Inspection 11–12 June 2024 | Report published 19 September 2024 | Position at 31 January 2025"
    hdr = ["Ref", "Core service", "CQC should do", "Action", "Lead(s)", "Target date",
           "Revised date", "Previous RAG", "Current RAG", "Progress / evidence"]
    xl_row(sd, 4, hdr, bold=True)
    for c in range(1, 11):
        sd.cell(row=4, column=c).fill = fill("pale")
    for i, row in enumerate(KE_SHOULD):
        xl_row(sd, 5 + i, list(row))
        sd.cell(row=5 + i, column=8).fill = fill(KE_RAG_FILL[row[7]])
        sd.cell(row=5 + i, column=9).fill = fill(KE_RAG_FILL[row[8]])
    for col, w in zip("ABCDEFGHIJ", [6, 16, 40, 50, 30, 12, 12, 10, 10, 36]):
        sd.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "mb1-king-edward-vii-hospital-cqc-must-should-do-action-plan.xlsx"))


# =========================================================== 5. Tollgate Medical Centre (csv)
TG_TITLE = "Tollgate Medical Centre – CQC Inspection Action Plan"
TG_ROWS = [
    ["REQUIREMENT NOTICE – Regulation 12: Safe care and treatment"],
    ["12.1", "The practice did not have an effective system to monitor patients prescribed "
     "high-risk medicines.",
     "Run monthly searches for patients on methotrexate, lithium, warfarin and DOACs and "
     "recall any patient overdue for monitoring.",
     "Dr Amara Okafor", "31/05/2024", "Completed", "Searches set up on EMIS; 37 patients recalled."],
    ["12.2", "",
     "Complete a two-cycle audit of high-risk drug monitoring and share the results at the "
     "clinical meeting.",
     "Dr Amara Okafor / Clinical Pharmacist", "30/09/2024", "Completed",
     "Second cycle: 96% monitored in time."],
    ["12.3", "Not all medicines and safety alerts (MHRA) had been acted on.",
     "Create an alerts log with a named clinician responsible for each alert and evidence of "
     "the searches carried out.",
     "Patel, Nisha", "30/06/2024", "Completed", ""],
    ["REQUIREMENT NOTICE – Regulation 17: Good governance"],
    ["17.1", "Systems to make sure staff completed required training were not effective.",
     "Set up a training matrix for all staff and book outstanding safeguarding, fire safety "
     "and infection control modules.",
     "Patel, Nisha", "31/07/2024", "Completed", "Matrix reviewed by partners in August."],
    ["17.2", "",
     "Review training compliance at the monthly practice meeting.",
     "Practice Manager", "Monthly", "On track", "Standing agenda item."],
    ["17.3", "Summarising of new patient records was not up to date.",
     "Recruit an additional summariser (0.6 WTE) and clear the backlog of 640 records.",
     "Practice Manager", "Dec-24", "Amber – delayed",
     "Summariser started October; 210 records outstanding."],
    ["Areas where the practice should make improvements"],
    ["SH1", "Continue to improve the uptake of cervical screening.",
     "Send text reminders to all eligible patients not screened and offer Saturday clinics "
     "at the PCN hub.",
     "Lead Practice Nurse", "31/03/2025", "On track", "Uptake 68.4% (from 61.2%)."],
    ["SH2", "Improve patient satisfaction with telephone access.",
     "Install a cloud telephony system with call-back and queue position messages.",
     "Practice Manager", "31/10/2024", "Completed", "Live from 21 October."],
    ["SH3", "",
     "Repeat the practice's own access survey and discuss the results with the Patient "
     "Participation Group.",
     "Practice Manager / PPG Chair", "Jan-25", "On track", ""],
]


def make_tollgate():
    width = 7
    rows = [
        [TG_TITLE],
        ["Following the CQC inspection on 14 March 2024 (report published 2 May 2024)"],
        ["Prepared by: Practice Manager", "Reviewed at practice meeting: 12/09/2024"],
        [],
        ["Ref", "Finding / requirement", "Action to be taken", "Responsible person(s)",
         "Target date", "Status", "Comments"],
    ]
    rows += TG_ROWS
    rows += [
        [],
        ["Key: Completed / On track / Amber – delayed / Red – overdue"],
    ]
    with open(os.path.join(HERE, "mb1-tollgate-medical-centre-cqc-inspection-action-plan.csv"),
              "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(list(row) + [""] * (width - len(row)))


# =========================================================== 6. Raphael Hospital (docx)
RH_SERVICES = [
    ("1. Forensic inpatient or secure wards", [
        ("The provider must ensure that blanket restrictions on the wards are reviewed "
         "regularly and are justified by individual risk assessment. (Regulation 13)", [
             ("1.1", "Complete a review of all blanket restrictions (including access to the "
              "garden, kitchen and mobile phones) with patients through community meetings.",
              "Hospital Director / Clinical Director", "December 2024", "Blue",
              "Review completed; 6 restrictions removed."),
             ("1.2", "Add the restrictive practice register as a standing item at the monthly "
              "Reducing Restrictive Practice group.",
              "Clinical Director", "January 2025", "Blue", "Standing item from January."),
         ]),
        ("The provider must ensure that staff record physical health observations after "
         "rapid tranquillisation is given. (Regulation 12)", [
             ("1.3", "Deliver refresher training on monitoring after rapid tranquillisation to "
              "all registered nurses and healthcare assistants.",
              "Head of Nursing; Practice Development Nurse", "End of February 2025", "Amber",
              "82% trained; bank staff sessions booked."),
             ("1.4", "Audit every episode of rapid tranquillisation for NEWS2 completion and "
              "feed back the results at ward handovers.",
              "Ward Managers", "Weekly audit – ongoing", "Green",
              "April audit: 19 of 20 episodes fully recorded."),
         ]),
        ("The provider should ensure that care plans reflect patients' views and are written "
         "in a person-centred way.", [
             ("1.5", "Introduce a 'my care plan' section written with each patient at their "
              "CPA review.",
              "Consultant Psychiatrists", "June 2025", "Green",
              "Template agreed; in use on Medway ward."),
         ]),
    ]),
    ("2. Long stay or rehabilitation mental health wards for working age adults", [
        ("The provider must ensure that there are enough suitably qualified staff, including "
         "registered nurses on night shifts. (Regulation 18)", [
             ("2.1", "Run a targeted recruitment campaign for registered mental health nurses, "
              "including an international recruitment cohort.",
              "HR Business Partner", "July 2025", "Amber",
              "4 of 7 posts filled; international cohort arrives June."),
             ("2.2", "Agree a minimum of two registered nurses on every night shift across the "
              "hospital and monitor fill rates weekly.",
              "Hospital Director", "November 2024", "Blue", "Minimum staffing agreed and met."),
         ]),
        ("The provider should ensure that patients have access to meaningful activities at "
         "weekends.", [
             ("2.3", "Recruit a weekend activity coordinator and publish a weekend timetable "
              "agreed with the patients' forum.",
              "Lead Occupational Therapist", "April 2025", "Red",
              "Post advertised twice; not yet filled."),
             ("2.4", "Extend access to the hospital gym and recovery college sessions to "
              "weekends.\nGym induction to be completed by all supervising staff first.",
              "Lead Occupational Therapist / Gym Instructor", "August 2025", "Not started",
              ""),
         ]),
    ]),
]
RH_SHADE = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_raphael():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Raphael Hospital – CQC Inspection Action Plan", level=0)
    p = doc.add_paragraph("Raphael Healthcare Limited")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    doc.add_paragraph("Inspection: 8–10 October 2024 | Report published: 16 January 2025")

    dc = doc.add_table(rows=0, cols=4)
    dc.style = "Table Grid"
    for a, b, c, d in [
        ("Document owner", "Hospital Director", "Version", "2.0"),
        ("Approved by", "Clinical Governance Committee", "Date", "20 May 2025"),
        ("Next review", "17 June 2025", "Classification", "Official"),
    ]:
        cells = dc.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
        set_cell(cells[2], c, bold=True)
        set_cell(cells[3], d)

    doc.add_paragraph()
    doc.add_paragraph("Status key")
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    set_cell(key.rows[0].cells[0], "Status", bold=True)
    set_cell(key.rows[0].cells[1], "Meaning", bold=True)
    for k, v in [
        ("Blue", "Completed – evidence held"),
        ("Green", "On track"),
        ("Amber", "Partially completed / at risk"),
        ("Red", "Overdue"),
    ]:
        cells = key.add_row().cells
        set_cell(cells[0], k)
        shade(cells[0], RH_SHADE[k])
        set_cell(cells[1], v)

    hdr = ["Ref", "Action to be taken", "Responsible", "Completion date", "Status",
           "Progress update (May 2025)"]
    for service, reqs in RH_SERVICES:
        doc.add_paragraph()
        doc.add_heading(service, level=1)
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for cell, h in zip(tbl.rows[0].cells, hdr):
            set_cell(cell, h, bold=True)
            shade(cell, "D9D9D9")
        for req, acts in reqs:
            cells = tbl.add_row().cells
            merged = cells[0].merge(cells[5])
            set_cell(merged, req, bold=True)
            shade(merged, "DDEBF7")
            for ref, action, lead, when, status, prog in acts:
                cells = tbl.add_row().cells
                for cell, v in zip(cells, [ref, action, lead, when, status, prog]):
                    set_cell(cell, v)
                if status in RH_SHADE:
                    shade(cells[4], RH_SHADE[status])

    doc.add_paragraph()
    doc.add_paragraph(
        "Progress against this plan is reported monthly to the Clinical Governance Committee "
        "and quarterly to the Raphael Healthcare Board. Evidence for completed actions is held "
        "on the shared compliance drive.")
    sign = doc.add_table(rows=2, cols=2)
    sign.style = "Table Grid"
    set_cell(sign.rows[0].cells[0], "Signed (Hospital Director)", bold=True)
    set_cell(sign.rows[0].cells[1], "Date", bold=True)
    set_cell(sign.rows[1].cells[0], "")
    set_cell(sign.rows[1].cells[1], "20/05/2025")
    doc.save(os.path.join(
        HERE, "mb1-raphael-hospital-cqc-mental-health-must-should-do-action-plan.docx"))


# =========================================================== 7. NS&I ARC tracker (refuse)
NS_TITLE = "NS&I Audit and Risk Committee – Internal Audit Recommendations Tracker"
NS_GROUPS = [
    ("Supplier and contract management (GIAA 2024-25) – Limited assurance", [
        ("SCM-01", "H",
         "Establish a complete contracts register covering all contracts over £25,000, with a "
         "named contract manager for each.",
         "Build the contracts register in the procurement system and assign a contract manager "
         "to every in-scope contract.",
         "Head of Commercial", D(2025, 3, 31), D(2025, 6, 30), "Complete",
         "Register live; 142 contracts recorded."),
        ("SCM-02", "M",
         "Introduce performance reviews for strategic suppliers, with KPIs reported to the "
         "Executive Committee.",
         "Agree KPI sets with the five strategic suppliers and report quarterly to ExCo.",
         "Head of Commercial; Chief Operating Officer", D(2025, 6, 30), None, "Amber",
         "KPIs agreed with 3 of 5 suppliers."),
        ("SCM-03", "M",
         "Ensure contract extensions are approved in line with the scheme of delegation.",
         "Add an extension approval step to the procurement workflow and retrain budget holders.",
         "Commercial Policy Manager", D(2025, 9, 30), None, "Green",
         "Workflow change in UAT."),
    ]),
    ("Cyber security – incident response (GIAA 2024-25) – Moderate assurance", [
        ("CYB-01", "H",
         "Test the cyber incident response plan at least annually, including a scenario "
         "involving the outsourced operations partner.",
         "Run a joint incident response exercise with the operations partner and update the "
         "plan with lessons learned.",
         "Chief Information Security Officer", D(2025, 7, 31), None, "Complete",
         "Exercise held 10 July 2025; report to ARC October."),
        ("CYB-02", "M",
         "Maintain an up-to-date contact list for the incident management team, held offline.",
         "Create an offline incident contact pack and review its contents quarterly.",
         "Head of Security Operations", D(2025, 9, 30), "Decmber 2025", "Amber",
         "Pack drafted; awaiting supplier contact details."),
    ]),
    ("Business continuity planning (GIAA 2025-26) – Moderate assurance", [
        ("BCP-01", "M",
         "Update business impact analyses for all critical services following the change of "
         "operating model.",
         "Refresh the business impact analyses with each service owner and agree recovery "
         "time objectives.",
         "Business Resilience Manager", D(2026, 1, 31), None, "Green",
         "8 of 14 BIAs refreshed."),
        ("BCP-02", "L",
         "Record attendance at business continuity training.",
         "Add business continuity training to the learning management system so that "
         "completion is recorded.",
         "Business Resilience Manager", D(2025, 11, 30), None, "Green", ""),
    ]),
]


def make_nsi():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open recommendations"
    ws["A1"] = NS_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 30 September 2025"
    ws["A3"] = ("Source: GIAA reports 2024-25 and 2025-26. Priority: H = high, M = medium, "
                "L = low.")
    hdr = ["Rec ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original due date", "Revised due date", "Status", "Update (September 2025)"]
    xl_row(ws, 5, hdr, bold=True)
    for c in range(1, 10):
        ws.cell(row=5, column=c).fill = fill("pale")
    r = 6
    status_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    n = 0
    for group, recs in NS_GROUPS:
        ws.cell(row=r, column=1, value=group).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = fill("grey")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec in recs:
            xl_row(ws, r, list(rec))
            ws.cell(row=r, column=8).fill = fill(status_fill[rec[7]])
            r += 1
            n += 1
    r += 1
    ws.cell(row=r, column=1,
            value=f"Total: {n} recommendations (H 2, M 4, L 1); 2 complete since the last "
                  "Committee.")
    for col, w in zip("ABCDEFGHI", [10, 8, 45, 45, 30, 12, 14, 10, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    cl = wb.create_sheet("Closed since last ARC")
    cl["A1"] = "Recommendations closed since the June 2025 Committee"
    cl["A1"].font = Font(bold=True)
    xl_row(cl, 3, ["Rec ref", "Audit", "Date closed", "Evidence"], bold=True)
    xl_row(cl, 4, ["PAY-02", "Payroll controls (GIAA 2024-25)", D(2025, 7, 18),
                   "Monthly exception report reviewed by Finance."])
    xl_row(cl, 5, ["GOV-01", "Risk management (GIAA 2024-25)", D(2025, 8, 29),
                   "Risk appetite statement approved by the Board."])
    wb.save(os.path.join(
        HERE,
        "mb1-national-savings-and-investments-arc-internal-audit-recommendations-tracker-"
        "typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_dyffryn_taf()
    make_grantham()
    make_makers()
    make_kevii()
    make_tollgate()
    make_raphael()
    make_nsi()
    print("built 7 files in", HERE)
