#!/usr/bin/env python3
"""Build the seven ot1- blind test files (set heldout440).

Run with /work/main/.venv/bin/python ot1_make.py ; writes beside this script.
Only files whose names start with "ot1-" are written.
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


def out(name):
    assert name.startswith("ot1-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a docx cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True)
        for p in c.paragraphs:
            for r in p.runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fill)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F4E78"),
    "pale": PatternFill("solid", fgColor="DDEBF7"),
}
D = dt.datetime


# ============================================================ 1. Sullivan Upper (docx)
def make_sullivan():
    doc = Document()
    doc.add_paragraph("Sullivan Upper School: Post-Inspection Action Plan", style="Title")
    doc.add_paragraph(
        "Response of the Board of Governors to the Education and Training Inspectorate "
        "report (inspection 18–22 November 2024; report published 30 January 2025)")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Approved by"])
    for row, vals in zip(t.rows[1:], [
            ["1.0", "13 February 2025", "Board of Governors"],
            ["1.1", "9 June 2025", "Senior Leadership Team (progress update)"]]):
        for c, v in zip(row.cells, vals):
            set_cell(c, v)

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for row, (code, fill, meaning) in zip(k.rows, [
            ("B", "0070C0", "Complete"),
            ("G", "00B050", "On track"),
            ("A", "FFC000", "Some slippage – action in hand"),
            ("R", "FF0000", "Not on track")]):
        set_cell(row.cells[0], code, bold=True)
        shade(row.cells[0], fill)
        set_cell(row.cells[1], meaning)

    afis = [
        ("Area for Improvement 1: Assessment and feedback",
         "To embed consistently across all departments the effective use of assessment "
         "information and feedback, so that all pupils know what they need to do to improve.",
         [
             ("1.1", "Review the whole-school Assessment and Feedback Policy with heads of "
              "department and publish revised guidance for staff.",
              "Vice Principal (Curriculum)", "Spring term 2025",
              "Revised policy approved by the Board of Governors; all staff briefed.", "B"),
             ("1.2", "Deliver a programme of professional learning on questioning and "
              "formative feedback through the school’s Teaching and Learning Group.",
              "Senior Teacher (Teaching and Learning)", "Sept 2025 – June 2026",
              "Lesson observations show effective questioning in most lessons.", "G"),
             ("1.3", "Carry out termly work scrutiny and pupil voice sampling in each "
              "department, and report findings to the Senior Leadership Team.",
              "Vice Principal (Curriculum)\nHeads of Department", "Termly",
              "Pupils in sampled groups can say what they need to do to improve.", "G"),
         ]),
        ("Area for Improvement 2: Pastoral care and well-being",
         "To develop further the monitoring of the impact of the school’s pastoral care and "
         "well-being provision, particularly for pupils who require additional support.",
         [
             ("2.1", "Introduce a single electronic record for pastoral concerns and "
              "interventions, linked to SIMS, for use by all Heads of Year.",
              "Vice Principal (Pastoral)", "August 2025",
              "All pastoral concerns logged electronically from September 2025.", "A"),
             ("2.2", "Analyse attendance, behaviour and well-being survey data each term to "
              "identify pupils who need targeted support, and track the outcomes of that "
              "support.",
              "Head of Pastoral Care / SENCo", "Autumn term 2025",
              "Termly report to governors shows the impact of interventions.", "G"),
             ("2.3", "Review the Year 8 induction and peer-mentoring programme with pupils "
              "and parents and act on their views.",
              "Head of Year 8", "June 2025",
              "Revised induction programme in place for September 2025 intake.", "B"),
         ]),
        ("Area for Improvement 3: Strategic planning",
         "To refine the School Development Plan so that it contains fewer, sharper priorities "
         "with measurable success criteria, and to improve how governors monitor progress.",
         [
             ("3.1", "Redraft the School Development Plan 2025–2028 with three whole-school "
              "priorities, each with measurable success criteria and clear timescales.",
              "Principal", "31 May 2025",
              "SDP 2025–2028 approved by the Board of Governors.", "B"),
             ("3.2", "Establish a Governors’ Curriculum and Standards Sub-Committee to "
              "receive a progress report on the action plan each term.",
              "Chair of the Board of Governors", "March 2025",
              "Sub-committee meets each term; minutes reported to the full Board.", "B"),
             ("3.3", "Provide governor training on the use of performance data, in "
              "conjunction with the Education Authority’s Governor Support Team.",
              "Principal; Clerk to the Governors", "Nov-25",
              "All governors on the sub-committee have completed the training.", "A"),
         ]),
    ]
    fills = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for heading, afi_text, acts in afis:
        doc.add_paragraph(heading, style="Heading 2")
        p = doc.add_paragraph()
        r = p.add_run(afi_text)
        r.italic = True
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria",
                       "RAG (June 2025)"])
        for row, (ref, action, lead, when, sc, rag) in zip(t.rows[1:], acts):
            for c, v in zip(row.cells, [ref, action, lead, when, sc, rag]):
                set_cell(c, v)
            shade(row.cells[5], fills[rag])
    doc.add_paragraph("")
    doc.add_paragraph("Next review: Board of Governors, October 2025.")
    doc.save(out("ot1-sullivan-upper-school-eti-inspection-action-plan.docx"))


# ============================================================ 2. Public Health Wales (xlsx)
def make_phw():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Public Health Wales – Strategic Risk Register 2025/26"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Iechyd Cyhoeddus Cymru – Cofrestr Risg Strategol 2025/26"
    cov["A2"].font = Font(italic=True)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [["Version", "Date", "Author", "Comments"],
            ["v1.0", D(2025, 4, 24), "Head of Risk and Assurance", "Approved by Board"],
            ["v1.3", D(2025, 10, 17), "Head of Risk and Assurance",
             "Q2 review – presented to Audit and Corporate Governance Committee"]]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, D):
                c.number_format = "DD/MM/YYYY"
            if i == 0:
                c.font = Font(bold=True)
                c.fill = FILL["pale"]
    cov["A9"] = "Risk profile at Q2 2025/26"
    cov["A9"].font = Font(bold=True)
    for i, (band, n) in enumerate([("Extreme (20–25)", 0), ("High (15–16)", 3),
                                   ("Significant (12)", 1), ("Moderate (6–10)", 0),
                                   ("Total strategic risks", 4)]):
        cov.cell(row=10 + i, column=1, value=band).border = BOX
        cov.cell(row=10 + i, column=2, value=n).border = BOX
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 60

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    key["A1"].font = Font(bold=True)
    key["A2"] = "Impact / Likelihood"
    for j in range(1, 6):
        key.cell(row=2, column=1 + j, value=j).font = Font(bold=True)
    for i in range(5, 0, -1):
        r = 3 + (5 - i)
        key.cell(row=r, column=1, value=i).font = Font(bold=True)
        for j in range(1, 6):
            s = i * j
            c = key.cell(row=r, column=1 + j, value=s)
            c.fill = FILL["red"] if s >= 15 else FILL["amber"] if s >= 8 else FILL["green"]
            c.border = BOX
    key["A10"] = "Action status key"
    key["A10"].font = Font(bold=True)
    for i, (f, lab) in enumerate([("blue", "Complete"), ("green", "On track"),
                                  ("amber", "At risk – revised date agreed"),
                                  ("red", "Overdue / not on track")]):
        key.cell(row=11 + i, column=1).fill = FILL[f]
        key.cell(row=11 + i, column=1).border = BOX
        key.cell(row=11 + i, column=2, value=lab)
    key.column_dimensions["A"].width = 20

    ws = wb.create_sheet("Register")
    ws["A1"] = "Public Health Wales – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 30 September 2025 (Quarter 2)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A3:E3")
    ws["A3"] = "RISK"
    ws.merge_cells("F3:L3")
    ws["F3"] = "ACTIONS TO REDUCE THE RISK"
    for c in ("A3", "F3"):
        ws[c].font = Font(bold=True, color="FFFFFF")
        ws[c].fill = FILL["head"]
        ws[c].alignment = Alignment(horizontal="center")
    heads = ["Ref & risk title", "Risk description", "Executive risk owner",
             "Current score (L x I)", "Target score", "Action ref", "Further action required",
             "Action lead", "Original target date", "Revised target date", "Status",
             "Progress update (Q2)"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["pale"]
        c.alignment = WRAP
        c.border = BOX
    risks = [
        ("SR01 – Cyber resilience",
         "There is a risk that a successful cyber attack on Public Health Wales or a shared "
         "NHS Wales system disrupts laboratory, screening and health protection services, "
         "resulting in harm to the public and loss of confidence.",
         "Executive Director of Finance and Operations", "16 (4 x 4)", 12, [
             ("SR01.1", "Complete the migration of the remaining legacy servers to supported "
              "operating systems.", "Head of Digital Infrastructure",
              D(2025, 9, 30), D(2025, 12, 31), "amber",
              "Four of seven servers migrated; supplier delay on the laboratory interface."),
             ("SR01.2", "Run a cyber incident exercise with the Executive Team and test the "
              "business continuity plans for screening services.",
              "Head of Digital Infrastructure / Emergency Planning Manager",
              D(2025, 10, 31), None, "green", "Exercise booked for 22 October 2025."),
             ("SR01.3", "Achieve Cyber Essentials Plus accreditation.", "Chief Digital Officer",
              "Q4 2025/26", None, "green", "Gap analysis complete."),
         ]),
        ("SR02 – Workforce capacity",
         "There is a risk that we cannot recruit and retain enough specialist staff "
         "(including microbiologists, screening and health protection staff), resulting in "
         "delays to services and reliance on temporary staffing.",
         "Executive Director of People and Organisational Development", "15 (3 x 5)", 9, [
             ("SR02.1", "Implement the specialist workforce plan for microbiology, including "
              "two additional trainee posts.", "Deputy Director of People",
              D(2026, 3, 31), None, "green", "Both trainee posts appointed from September 2025."),
             ("SR02.2", "Introduce stay conversations and exit interview analysis in the three "
              "directorates with the highest turnover.", "Head of Organisational Development",
              D(2025, 6, 30), None, "blue", "Completed; first analysis reported in July 2025."),
             ("SR02.3", "Reduce agency spend in screening services through a regional staff "
              "bank.", "Director of Screening Division; Deputy Director of Finance",
              D(2025, 9, 30), D(2026, 1, 31), "red",
              "Bank arrangements with NWSSP still under negotiation."),
         ]),
        ("SR03 – Financial sustainability",
         "There is a risk that the organisation cannot deliver a balanced financial position "
         "in 2025/26 because of inflationary pressures and the savings required, resulting in "
         "a failure to meet our statutory financial duties.",
         "Executive Director of Finance and Operations", "12 (3 x 4)", 8, [
             ("SR03.1", "Deliver the 2025/26 savings programme of £4.2m, with monthly reporting "
              "to the Executive Team.", "Deputy Director of Finance",
              D(2026, 3, 31), None, "amber", "£2.6m identified; £1.6m gap being worked through."),
             ("SR03.2", "Review all vacant posts through the Vacancy Control Panel before "
              "recruitment.", "Executive Team", "Ongoing", None, "green",
              "Panel meets weekly."),
         ]),
        ("SR04 – Health protection surge capacity",
         "There is a risk that a large-scale outbreak or incident exceeds our health "
         "protection capacity, resulting in a delayed response and avoidable harm.",
         "Executive Director of Health Protection and Screening Services", "16 (4 x 4)", 12, [
             ("SR04.1", "Refresh the all-Wales surge plan for health protection and agree "
              "mutual aid arrangements with health boards.",
              "Consultant in Health Protection (Surge Lead)",
              D(2025, 12, 31), None, "green", "Draft plan out for consultation."),
             ("SR04.2", "Train a reserve cadre of 40 staff in contact tracing and incident "
              "support roles.", "Head of Emergency Planning",
              D(2025, 7, 31), None, "blue", "42 staff trained."),
         ]),
    ]
    r = 5
    for title, desc, owner, score, target, acts in risks:
        first = r
        for aref, action, lead, orig, rev, status, upd in acts:
            vals = [aref, action, lead, orig, rev, None, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=6 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, D):
                    c.number_format = "DD/MM/YYYY"
            ws.cell(row=r, column=11).fill = FILL[status]
            r += 1
        last = r - 1
        for j, v in enumerate([title, desc, owner, score, target]):
            c = ws.cell(row=first, column=1 + j, value=v)
            c.alignment = WRAP
            if last > first:
                ws.merge_cells(start_row=first, start_column=1 + j,
                               end_row=last, end_column=1 + j)
            for rr in range(first, last + 1):
                ws.cell(row=rr, column=1 + j).border = BOX
        sc = ws.cell(row=first, column=4)
        sc.fill = FILL["red"] if score.startswith(("15", "16")) else FILL["amber"]
    ws.cell(row=r + 1, column=1,
            value="Scores shown as Likelihood x Impact. Risks scoring 15 or above are reported "
                  "to every Board meeting.").font = Font(italic=True)
    widths = [22, 40, 24, 11, 9, 9, 44, 26, 12, 12, 9, 38]  # A..L
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A5"
    wb.save(out("ot1-public-health-wales-strategic-risk-register-2025-26.xlsx"))


# ============================================================ 3. West Lothian College (csv)
def make_wlc():
    rows = [
        ["West Lothian College – Education Scotland Progress Visit (February 2025): Action Plan",
         "", "", "", "", "", ""],
        ["Monitoring update for the Learning and Teaching Committee – 16 September 2025",
         "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Area for development", "Action no.", "Action", "Lead(s)", "Target date", "RAG",
         "Update"],
        ["1. Managers should ensure that strategies to improve learner retention on full-time "
         "further education programmes are applied consistently across all curriculum areas.",
         "1.1",
         "Introduce a weekly early-warning report of attendance below 80% for all full-time FE "
         "programmes, shared with curriculum managers and guidance staff.",
         "Head of Student Services; Curriculum Managers", "30/04/2025", "Complete",
         "Report live in the learner tracking system since April."],
        ["", "1.2",
         "Hold retention review meetings at weeks 4, 8 and 12 for each full-time course team, "
         "with actions logged in the quality system.",
         "Curriculum Managers", "June 2025", "G",
         "Week 4 reviews held for all 2025/26 courses."],
        ["", "1.3",
         "Extend the ‘Stay on Course’ mentoring scheme to Construction and Engineering.",
         "Assistant Principal (Learner Experience)", "31/08/2025", "A",
         "Engineering in place; Construction mentors still being recruited."],
        ["2. Staff should make more effective use of learner feedback to improve learning and "
         "teaching, and close the feedback loop with learners.",
         "2.1",
         "Revise the course team self-evaluation template so that learner focus group findings "
         "and the resulting actions are recorded.",
         "Head of Quality", "May-25", "Complete", "New template used for 2024/25 reviews."],
        ["", "2.2",
         "Publish ‘You said, we did’ updates on the learner portal and in every classroom each "
         "term.",
         "Head of Quality / Students' Association President", "Termly", "G",
         "First update published in June."],
        ["", "2.3",
         "Train class representatives with the Students' Association and sparqs.",
         "Students' Association Development Officer", "Oct 2025", "G",
         "Training dates agreed with sparqs."],
        ["3. The college should strengthen its approach to supporting learners with mental "
         "health needs, including timely referral to external services.",
         "3.1",
         "Agree a referral protocol with NHS Lothian CAMHS and adult mental health services.",
         "Head of Student Services", "31/12/2025", "A",
         "Draft protocol with NHS Lothian for comment."],
        ["", "3.2",
         "Deliver mental health first aid training to all guidance and learning support staff.",
         "Student Wellbeing Manager", "Jan-26", "R",
         "Training provider withdrew; new provider being procured."],
        ["", "", "", "", "", "", ""],
        ["RAG: G = on track, A = some slippage, R = at risk, Complete = action completed",
         "", "", "", "", "", ""],
    ]
    with open(out("ot1-west-lothian-college-education-scotland-progress-visit-action-plan.csv"),
              "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)


# ============================================================ 4. HEIW (txt, tab separated)
def make_heiw():
    n = 8
    lines = [
        "HEIW Board Action Log – Public Board Meetings",
        "Health Education and Improvement Wales / Addysg a Gwella Iechyd Cymru",
        "Updated following the Board meeting held on 25 September 2025",
        "",
        "Status key: Complete – action closed; Green – on track; Amber – at risk of missing "
        "the due date; Red – overdue",
        "",
        "\t".join(["Action No.", "Minute ref", "Agenda item", "Action", "Lead", "Due date",
                   "Status", "Update / comment"]),
    ]

    def sec(t):
        lines.append(t + "\t" * (n - 1))

    def row(*v):
        assert len(v) == n
        lines.append("\t".join(v))

    sec("Board meeting – 29 May 2025")
    row("PB-25/05-01", "25/039", "Integrated Medium Term Plan 2025–2028",
        "Provide the Board with a breakdown of the commissioned education numbers by "
        "profession and by health board.",
        "Director of Planning, Performance and Corporate Services", "Jul-25", "Complete",
        "Included in the IMTP delivery report to the July Board.")
    row("PB-25/05-02", "25/041", "Strategic Equality Plan",
        "Arrange a Board development session on the Strategic Equality Plan objectives.",
        "Board Secretary", "Nov-25", "Green", "Session scheduled for 13 November 2025.")
    row("PB-25/05-03", "25/046", "Annual Accounts 2024/25",
        "Circulate the final Annual Accounts 2024/25 and the Audit Wales ISA 260 report to all "
        "Board members.", "Director of Finance", "30/06/2025", "Complete",
        "Circulated 20 June 2025.")
    sec("Board meeting – 31 July 2025")
    row("PB-25/07-01", "25/058", "Nurse Education Commissioning",
        "Report the outcome of the review of the nurse education commissioning model to the "
        "Education, Commissioning and Quality Committee.",
        "Executive Director of Nursing", "Dec-25", "Green",
        "Review fieldwork complete; report being drafted.")
    row("PB-25/07-02", "25/061", "GMC National Training Survey 2025",
        "Include trainee survey results by specialty in the next National Training Survey "
        "update.", "Medical Director / Postgraduate Dean", "September 2025", "Complete",
        "Presented at the September Board.")
    row("PB-25/07-03", "25/064", "Welsh Language Standards",
        "Share the Welsh language compliance self-assessment with the Welsh Language "
        "Commissioner and report any areas of non-compliance.",
        "Head of Welsh Language Services", "Q3 2025/26", "Green", "")
    sec("Board meeting – 25 September 2025")
    row("PB-25/09-01", "25/077", "Board Assurance Framework",
        "Bring a revised Board Assurance Framework, with target risk scores, to the November "
        "Board.", "Board Secretary", "27/11/2025", "Green", "")
    row("PB-25/09-02", "25/079", "Audit Wales recommendations",
        "Provide assurance on the recovery plan for the overdue Audit Wales recommendations.",
        "Director of Finance; Board Secretary", "Nov-25", "Amber",
        "Two recommendations depend on the new finance system.")
    row("PB-25/09-03", "25/082", "Financial Plan 2026/27",
        "Write to Welsh Government on the impact of the 2026/27 education and training budget "
        "allocation.", "Chief Executive", "Oct-25", "Not started",
        "Awaiting draft budget publication.")
    row("PB-25/09-04", "25/085", "Widening Access Programme",
        "Add the widening access programme evaluation to the Board forward work programme.",
        "Board Secretary", "Oct-25", "Complete", "Added for January 2026.")
    lines.append("")
    lines.append("Actions marked Complete will be removed from the log after they have been "
                 "reported to one meeting.")
    with open(out("ot1-health-education-and-improvement-wales-board-action-log.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ============================================================ 5. Strathcarron Hospice (docx)
def make_strathcarron():
    doc = Document()
    doc.add_paragraph("Strathcarron Hospice: Improvement Action Plan", style="Title")
    doc.add_paragraph(
        "Healthcare Improvement Scotland unannounced inspection, 20–21 February 2024 "
        "(report published 9 May 2024)")
    info = [("Service name", "Strathcarron Hospice"),
            ("Service provider", "Strathcarron Hospice"),
            ("Address", "Randolph Hill, Denny FK6 5HJ"),
            ("Date action plan submitted to HIS", "6 June 2024"),
            ("Progress update", "Clinical Governance Committee, 14 November 2024")]
    t = doc.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for row, (a, b) in zip(t.rows, info):
        set_cell(row.cells[0], a, bold=True)
        shade(row.cells[0], "D9E2F3")
        set_cell(row.cells[1], b)
    doc.add_paragraph(
        "Requirements are numbered and recommendations are lettered, as in the inspection "
        "report. The Status column records progress at the November 2024 update.")

    domains = [
        ("Domain 1 – Clear vision and purpose", [
            ("Recommendation a: The service should develop a formal process to measure "
             "progress against the aims of its five-year strategic plan and report this to the "
             "Board of Trustees.", [
                 ("Develop a strategy dashboard with key performance indicators for each "
                  "strategic aim, reported to each Board of Trustees meeting.",
                  "May 2024 – September 2024", "Chief Executive", "Complete"),
             ]),
        ]),
        ("Domain 5 – Planning for quality", [
            ("Requirement 1: The provider must ensure that all controlled drug stock checks are "
             "carried out and recorded in line with the service’s medicines management policy "
             "(Regulation 3(d)(iv)).", [
                 ("Introduce a twice-daily controlled drug check with a second signatory, "
                  "recorded in the controlled drug register.",
                  "April 2024 – May 2024", "Senior Charge Nurse (In-Patient Unit)", "Complete"),
                 ("Carry out a monthly audit of controlled drug records and report the results "
                  "to the Clinical Governance Committee.",
                  "June 2024 – December 2024", "Lead Pharmacist / Clinical Nurse Manager",
                  "On track"),
             ]),
            ("Recommendation b: The service should ensure that the outcome of audits is shared "
             "with staff through team meetings, with evidence of the actions taken.", [
                 ("Add a standing item on audit results and learning to in-patient unit and "
                  "community team meetings.",
                  "May 2024 – July 2024", "Clinical Nurse Manager", "Complete"),
             ]),
        ]),
        ("Domain 7 – Quality control", [
            ("Requirement 2: The provider must ensure that staff complete mandatory training, "
             "including fire safety and moving and handling, within the timescales set out in "
             "its training policy (Regulation 12(c)(i)).", [
                 ("Issue monthly compliance reports to each line manager, with non-compliance "
                  "escalated to the Director of Care.",
                  "March 2024 – ongoing", "Learning and Development Manager", "On track"),
                 ("Provide additional face-to-face fire safety sessions for night staff.",
                  "April 2024 – June 2024", "Facilities Manager", "Complete"),
             ]),
            ("Recommendation c: The service should review its approach to capturing feedback "
             "from patients receiving care in the community, and use this to inform "
             "improvement.", [
                 ("Introduce a short feedback survey for patients and families supported by the "
                  "Hospice at Home team, available online and on paper.",
                  "September 2024 – December 2024", "Head of Community Services", "On track"),
                 ("Report themes from community feedback to the Patient and Family Experience "
                  "Group each quarter.",
                  "January 2025 – December 2025",
                  "Head of Community Services; Quality Improvement Lead", "Not started"),
             ]),
        ]),
    ]
    for dname, items in domains:
        doc.add_paragraph(dname, style="Heading 2")
        nrows = 1 + sum(len(a) for _, a in items)
        t = doc.add_table(rows=nrows, cols=5)
        t.style = "Table Grid"
        header_row(t, ["Requirement / Recommendation", "Action – planned / taken",
                       "Time scale – start / end", "Responsible for taking action", "Status"],
                   fill="5B2C6F")
        r = 1
        for rec, acts in items:
            first = r
            set_cell(t.rows[r].cells[0], rec)
            for action, when, who, status in acts:
                cells = t.rows[r].cells
                set_cell(cells[1], action)
                set_cell(cells[2], when)
                set_cell(cells[3], who)
                set_cell(cells[4], status)
                r += 1
            if r - 1 > first:
                top = t.cell(first, 0)
                top.merge(t.cell(r - 1, 0))
                # merge leaves an empty paragraph behind; drop it
                ps = top.paragraphs
                for extra in ps[1:]:
                    if not extra.text:
                        extra._p.getparent().remove(extra._p)
    doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the provider: Director of Care, 14 November 2024")
    doc.save(out("ot1-strathcarron-hospice-his-inspection-improvement-action-plan.docx"))


# ============================================================ 6. HIE (xlsx)
def make_hie():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Highlands and Islands Enterprise – Internal Audit Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Risk Committee, 3 December 2025 – position at 14 November 2025"
    s["A2"].font = Font(italic=True)
    tbl = [["Status", "High", "Medium", "Low", "Total"],
           ["B – Complete", 1, 1, 0, 2],
           ["G – On track", 0, 2, 0, 2],
           ["A – Revised date agreed", 2, 1, 0, 3],
           ["R – Overdue", 1, 0, 0, 1],
           ["Not yet due", 0, 0, 1, 1],
           ["Total", 4, 4, 1, 9]]
    for i, r in enumerate(tbl):
        for j, v in enumerate(r):
            c = s.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, len(tbl) - 1):
                c.font = Font(bold=True)
    s["A12"] = "RAG key"
    s["A12"].font = Font(bold=True)
    for i, (code, f, lab) in enumerate([("B", "blue", "Complete"), ("G", "green", "On track"),
                                        ("A", "amber", "Revised date agreed"),
                                        ("R", "red", "Overdue")]):
        c = s.cell(row=13 + i, column=1, value=code)
        c.fill = FILL[f]
        c.border = BOX
        s.cell(row=13 + i, column=2, value=lab)
    s.column_dimensions["A"].width = 26

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Highlands and Islands Enterprise – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Open recommendations from 2024/25 internal audit reports"
    heads = ["Ref", "Recommendation", "Priority", "Agreed management action",
             "Responsible officer", "Original due date", "Revised due date", "RAG",
             "Management update (November 2025)"]
    for j, h in enumerate(heads):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    reports = [
        ("2024/25 Report 4 – Procurement and Contract Management (Reasonable assurance)", [
            ("Contract owners should be reminded of their responsibilities for contract "
             "monitoring, and a contract management checklist should be introduced for all "
             "contracts over £50,000.", "Medium", [
                 ("PCM-01a", "Issue guidance and a contract management checklist to all contract "
                  "owners.", "Head of Procurement", D(2025, 3, 31), None, "B",
                  "Checklist issued March 2025."),
                 ("PCM-01b", "Include contract monitoring compliance in the quarterly "
                  "procurement report to the Leadership Team.", "Head of Procurement",
                  D(2025, 6, 30), D(2025, 11, 30), "A",
                  "First report to Leadership Team in November."),
             ]),
            ("Waivers of procurement procedures should be approved before commitment and "
             "recorded on the central waiver register.", "High", [
                 ("PCM-02", "Update the Financial Regulations and Scheme of Delegation so that "
                  "retrospective waivers are reported to the Audit and Risk Committee.",
                  "Director of Finance and Corporate Services", D(2025, 9, 30), None, "R",
                  "Draft regulations delayed; revised date to be agreed with Internal Audit."),
             ]),
        ]),
        ("2024/25 Report 7 – Cyber Security and Resilience (Limited assurance)", [
            ("Multi-factor authentication should be enforced for all remote access and "
             "privileged accounts.", "High", [
                 ("CYB-01", "Enforce MFA on all privileged accounts and the remaining remote "
                  "access routes.", "Head of ICT", D(2025, 5, 31), None, "B",
                  "Complete – verified by Internal Audit in June 2025."),
             ]),
            ("The ICT disaster recovery plan should be tested at least annually and the "
             "results reported to the Leadership Team.", "High", [
                 ("CYB-02a", "Carry out a full disaster recovery test of core systems.",
                  "Head of ICT / Information Governance Manager", D(2025, 9, 30),
                  D(2026, 1, 31), "A", "Test rescheduled to avoid year-end grant processing."),
                 ("CYB-02b", "Report the test outcome and any remediation actions to the "
                  "Leadership Team.", "Head of ICT", D(2025, 10, 31), D(2026, 2, 28), "A", ""),
             ]),
            ("Mandatory cyber awareness training should be completed by all staff, with "
             "non-completion followed up by line managers.", "Medium", [
                 ("CYB-03", "Introduce monthly completion reporting by directorate and follow "
                  "up non-completion through line managers.", "Head of HR; Head of ICT",
                  "Dec-25", None, "G", "Completion now 91%."),
             ]),
        ]),
        ("2024/25 Report 9 – Grant Monitoring and Claims (Reasonable assurance)", [
            ("Evidence of the checks completed before grant claims are paid should be retained "
             "on the case management system.", "Medium", [
                 ("GMC-01", "Update the grant claim procedure and checklist to require evidence "
                  "of checks to be uploaded before payment.", "Head of Business Support",
                  D(2025, 12, 31), None, "G", "Procedure drafted."),
             ]),
            ("Post-completion monitoring visits should be scheduled and recorded for all grants "
             "over £100,000.", "Low", [
                 ("GMC-02", "Introduce a risk-based schedule of post-completion monitoring "
                  "visits, recorded in the case management system.", "Area Managers",
                  "Q4 2025/26", None, None, "Not yet due."),
             ]),
        ]),
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 4
    for rep, recs in reports:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=rep)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        r += 1
        for rec, prio, acts in recs:
            first = r
            for ref, action, who, orig, rev, rag, upd in acts:
                vals = {1: ref, 4: action, 5: who, 6: orig, 7: rev, 8: rag, 9: upd}
                for col, v in vals.items():
                    c = ws.cell(row=r, column=col, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, D):
                        c.number_format = "DD/MM/YYYY"
                if rag:
                    ws.cell(row=r, column=8).fill = FILL[rag_fill[rag]]
                r += 1
            last = r - 1
            for col, v in ((2, rec), (3, prio)):
                c = ws.cell(row=first, column=col, value=v)
                c.alignment = WRAP
                if last > first:
                    ws.merge_cells(start_row=first, start_column=col, end_row=last,
                                   end_column=col)
                for rr in range(first, last + 1):
                    ws.cell(row=rr, column=col).border = BOX
    ws.cell(row=r + 1, column=1, value="Note: recommendations reported as complete at the "
            "previous Committee have been removed from this tracker.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [10, 42, 9, 44, 26, 12, 12, 6, 36]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(out("ot1-highlands-and-islands-enterprise-internal-audit-recommendations-tracker.xlsx"))


# ============================================================ 7. NMD (xlsx, refuse)
def make_nmd():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIP 2025-26 Q2"
    ws["A1"] = "Newry, Mourne and Down District Council"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Performance Improvement Plan 2025-26 – Supporting Actions: Quarter 2 Progress Report"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Reporting period: 1 July – 30 September 2025"
    heads = ["Ref", "Supporting action", "Directorate", "Lead officer", "Target date",
             "Q1 status", "Q2 status", "Progress commentary"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    objectives = [
        ("Performance Improvement Objective 1: Encourage healthy lifestyles through increased "
         "participation in leisure, sport and recreational activities", [
             ("1.1", "Increase the number of leisure centre memberships through the ‘Active "
              "Together’ concession scheme.", "Active and Healthy Communities",
              "Head of Leisure Services", "March 2026", "G", "G",
              "Memberships up 6% on the same quarter last year."),
             ("1.2", "Deliver 12 community physical activity programmes in rural areas, in "
              "partnership with Sport NI.", "Active and Healthy Communities",
              "Sports Development Manager", "December 2025", "G", "A",
              "Two programmes delayed by venue availability."),
             ("1.3", "Complete the refurbishment of the Down Leisure Centre changing village.",
              "Corporate Services", "Head of Estates", "October 2025", "A", "A",
              "Contractor on site; completion expected November."),
         ]),
        ("Performance Improvement Objective 2: Improve economic growth by supporting new and "
         "existing businesses and promoting the District as a premier tourist destination", [
             ("2.1", "Support 150 new business starts through the Go For It programme.",
              "Economy, Regeneration and Tourism", "Head of Economic Development",
              "March 2026", "G", "G", "81 business plans approved to date."),
             ("2.2", "Deliver the Mourne Gullion Strangford Geopark visitor experience "
              "action plan.", "Economy, Regeneration and Tourism", "Head of Tourism",
              "March 2026", "G", "G", ""),
             ("2.3", "Launch the Newry city centre shopfront improvement scheme.",
              "Economy, Regeneration and Tourism", "Head of Regeneration", "January 2026",
              "A", "R", "Funding letter of offer not yet received."),
         ]),
        ("Performance Improvement Objective 3: Create a cleaner, greener, more attractive "
         "District", [
             ("3.1", "Increase the household waste recycling rate to 55%.",
              "Sustainability and Environment", "Head of Waste Management", "March 2026",
              "G", "G", "Recycling rate 54.2% at Q2."),
             ("3.2", "Roll out the kerbside glass collection service to a further 8,000 "
              "households.", "Sustainability and Environment",
              "Waste Services Manager", "Febuary 2026", "G", "G",
              "Phase 2 routes agreed."),
             ("3.3", "Carry out a district-wide litter survey and publish the results.",
              "Sustainability and Environment", "Head of Environmental Health",
              "November 2025", "G", "G", "Survey fieldwork complete."),
         ]),
    ]
    fills = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    r = 6
    for obj, acts in objectives:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=obj)
        c.font = Font(bold=True)
        c.fill = FILL["pale"]
        c.alignment = WRAP
        r += 1
        for vals in acts:
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=6).fill = FILL[fills[vals[5]]]
            ws.cell(row=r, column=7).fill = FILL[fills[vals[6]]]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: G – on track; A – minor slippage; "
            "R – significant slippage; C – complete").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [6, 48, 28, 28, 14, 9, 9, 40]):
        ws.column_dimensions[col].width = w

    si = wb.create_sheet("Statutory indicators")
    si["A1"] = "Statutory Performance Indicators and Standards – Quarter 2 2025-26"
    si["A1"].font = Font(bold=True)
    for i, row in enumerate([
            ["Indicator", "Description", "Standard / target", "Q2 2025-26"],
            ["ED1", "Number of jobs promoted through business start-up activity", 155, 84],
            ["P1", "Average processing time of major planning applications (weeks)", 30, 41.2],
            ["P2", "Average processing time of local planning applications (weeks)", 15, 17.8],
            ["W1", "Percentage of household waste sent for recycling", "55%", "54.2%"]]):
        for j, v in enumerate(row):
            c = si.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    si.column_dimensions["B"].width = 60
    wb.save(out("ot1-newry-mourne-down-dc-performance-improvement-plan-2025-26-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_sullivan()
    make_phw()
    make_wlc()
    make_heiw()
    make_strathcarron()
    make_hie()
    make_nmd()
    print("built 7 ot1- files in", HERE)
