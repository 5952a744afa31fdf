"""Build the seven kv1- data files of set heldout342.

Run with /work/main/.venv/bin/python kv1_make.py (python-docx, openpyxl).
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

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "BFBFBF"


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, italic=False):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    first = cell.paragraphs[0]
    run = first.add_run(parts[0])
    run.bold = bold
    run.italic = italic
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold
        r.italic = italic


def header_row(table, labels, fill="D9D9D9"):
    for cell, label in zip(table.rows[0].cells, labels):
        set_cell(cell, label, bold=True)
        shade(cell, fill)


# ================================================================ 1. Wellsway School (docx)
def make_wellsway():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Wellsway School – Post-Ofsted Action Plan 2024–2025", style="Title")
    doc.add_paragraph(
        "Ofsted inspection: 5–6 March 2024. Overall effectiveness: Requires improvement. "
        "This plan sets out how we will address the areas for improvement identified in the "
        "inspection report. It is reviewed by the Local Governing Body (Standards Committee) each term."
    )

    ctl = doc.add_table(rows=4, cols=2)
    ctl.style = "Table Grid"
    for row, (k, v) in zip(ctl.rows, [
        ("Version", "3.0 (updated June 2025)"),
        ("Owner", "Headteacher"),
        ("Approved by", "Local Governing Body, 24 April 2024"),
        ("Next review", "Autumn term 2025"),
    ]):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)

    doc.add_paragraph(
        "RAG key: the final column is shaded Green (on track), Amber (some slippage), "
        "Red (not on track) or Blue (completed). Unshaded = not yet started."
    )

    cols = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Progress update", "RAG"]
    priorities = [
        (
            "Priority 1: Curriculum at Key Stage 3",
            "In some subjects, leaders have not identified precisely the knowledge that pupils "
            "should learn at Key Stage 3. Leaders should ensure that curriculum plans in these "
            "subjects set out the essential knowledge and the order in which it should be taught.",
            [
                ("1.1",
                 "Heads of department in history, geography and RE rewrite Year 7–9 curriculum maps "
                 "to set out the essential knowledge for each unit and the order in which it is taught.",
                 "Deputy Headteacher (Curriculum)", "Summer term 2024",
                 "Curriculum maps published on the school website; subject reviews show knowledge is sequenced.",
                 "Maps completed for all three subjects and published July 2024.", BLUE),
                ("1.2",
                 "Introduce low-stakes knowledge quizzes at the start of lessons in all Key Stage 3 foundation subjects.\n"
                 "Quality assure through termly learning walks.",
                 "JBa / CWi", "Autumn term 2024",
                 "Learning walks show quizzes used consistently; pupils recall prior learning.",
                 "Quizzes in place; learning walks show variable use in music and drama.", AMBER),
                ("1.3",
                 "Provide subject-specific CPD for middle leaders on curriculum sequencing, using trust subject networks.",
                 "Mr D Ashworth", "Spring term 2025",
                 "All middle leaders attend at least two network sessions.",
                 "Four network sessions held; a further session is booked.", GREEN),
            ],
        ),
        (
            "Priority 2: Attendance and behaviour",
            "Too many pupils, including disadvantaged pupils, are persistently absent. Leaders should "
            "continue to strengthen their work to improve attendance so that pupils benefit fully "
            "from the curriculum.",
            [
                ("2.1",
                 "Appoint a full-time Attendance Officer and introduce weekly attendance panels for pupils below 90%.",
                 "Attendance Officer / Assistant Headteacher (Behaviour)", "By October half term 2024",
                 "Persistent absence falls below the national average.",
                 "Attendance Officer in post from September 2024; panels running weekly.", BLUE),
                ("2.2",
                 "Launch the 'Every Day Counts' family engagement programme with early help partners.",
                 "Mrs K Thorne", "September 2024 – July 2025",
                 "Attendance of disadvantaged pupils improves by 3 percentage points.",
                 "42 families engaged in the autumn term.", GREEN),
                ("2.3",
                 "Report attendance of disadvantaged pupils to the Standards Committee at every meeting.",
                 "Headteacher", "Termly",
                 "Governors challenge and track attendance trends.",
                 "Reported at every Standards Committee since May 2024.", GREEN),
            ],
        ),
        (
            "Priority 3: Sixth form personal development",
            "Students in the sixth form do not receive consistently well-planned careers guidance. "
            "Leaders should ensure that all students benefit from a programme that prepares them "
            "well for their next steps.",
            [
                ("3.1",
                 "Map the Year 12 and 13 careers programme against the Gatsby benchmarks and fill the gaps identified.",
                 "Careers Leader", "Autumn term 2024",
                 "Compass+ shows all eight benchmarks at least partially met.",
                 "Mapping started but delayed by staff absence.", RED),
                ("3.2",
                 "Arrange a work experience week for all Year 12 students.",
                 "Head of Sixth Form; Careers Leader", "Summer term 2025",
                 "Every Year 12 student completes a placement.",
                 "Not yet started – employer contacts being gathered.", None),
            ],
        ),
    ]

    for heading, afi, rows in priorities:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        r = p.add_run(afi)
        r.italic = True
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for ref, action, lead, when, success, progress, fill in rows:
            cells = t.add_row().cells
            set_cell(cells[0], ref)
            set_cell(cells[1], action)
            set_cell(cells[2], lead)
            set_cell(cells[3], when)
            set_cell(cells[4], success)
            set_cell(cells[5], progress)
            set_cell(cells[6], "")
            if fill:
                shade(cells[6], fill)

    doc.add_paragraph("")
    doc.add_paragraph("Signed: Chair of the Local Governing Body          Date: 19 June 2025")
    doc.save(path("kv1-wellsway-school-post-ofsted-action-plan.docx"))


# ================================================================ 2. St Brendan's (txt, tab separated)
def make_st_brendans():
    n = 8  # columns in the export
    def line(*cells):
        cells = list(cells) + [""] * (n - len(cells))
        return "\t".join(cells)

    rows = [
        line("St Brendan's Sixth Form College – Post-Inspection Action Plan"),
        line("Ofsted inspection 23–26 January 2024. Overall effectiveness: Good."),
        line("Monitored by the Quality, Curriculum and Standards Committee. Position at 30 April 2025."),
        line(),
        line("Ref", "Area for improvement", "Action", "Lead", "Target date", "Revised date", "RAG", "Progress to date"),
        line("EDUCATION PROGRAMMES FOR YOUNG PEOPLE"),
        line("1.1",
             "Leaders should ensure that teachers check learners' understanding effectively in lessons so that misconceptions are identified and corrected.",
             "Roll out the 'Check for Understanding' CPD module to all teaching staff, with follow-up peer observation.",
             "AP Teaching & Learning", "31/07/2024", "", "Complete",
             "All staff completed the module by June 2024; peer observations show improved questioning."),
        line("1.2", "",
             "Introduce termly subject deep dives in A level sciences and psychology focused on assessment for learning.",
             "Head of Science / Head of Social Sciences", "Dec-24", "Mar-25", "A",
             "Deep dives completed in biology and chemistry; physics and psychology rescheduled after staff absence."),
        line("1.3", "",
             "Publish a revised homework and independent study policy and monitor completion through the VLE.",
             "Vice Principal Curriculum", "30/09/2024", "", "G",
             "Policy approved by SLT; completion reports issued half-termly."),
        line("1.4",
             "Leaders should ensure that learners on vocational courses receive useful feedback that helps them to improve the standard of their work.",
             "Introduce a college-wide feedback framework for BTEC and T Level assignments, with standardisation at team meetings.",
             "Head of Vocational Studies", "May-25", "", "G",
             "Framework drafted; standardisation sessions held in March."),
        line("PERSONAL DEVELOPMENT"),
        line("2.1",
             "Leaders should ensure that learners benefit from a well-planned tutorial programme that teaches them about healthy relationships and the risks of radicalisation.",
             "Rewrite the Year 12 tutorial curriculum to include healthy relationships, online safety and Prevent content, sequenced across the year.",
             "Director of Student Services", "Sep-24", "", "Complete",
             "New programme launched September 2024."),
        line("2.2", "",
             "Survey learners each term to test their understanding of tutorial topics and adapt content.",
             "Director of Student Services; Senior Tutor", "Ongoing", "", "G",
             "Autumn and spring surveys complete; 82% of learners could explain the Prevent duty."),
        line("LEADERSHIP AND MANAGEMENT"),
        line("3.1",
             "Governors should receive more precise information about the quality of education in each curriculum area.",
             "Redesign the quality report to governors to include subject-level attendance, retention and achievement data.",
             "Clerk to the Corporation / Data Manager", "Mar-25", "Jun-25", "R",
             "First version presented March 2025; governors asked for further changes. Revised date agreed."),
        line(),
        line("Key: G = on track, A = some risk to delivery, R = off track, Complete = action completed"),
        line("Summary: 2 complete, 3 green, 1 amber, 1 red (7 actions)"),
    ]
    with open(path("kv1-st-brendans-sixth-form-college-ofsted-post-inspection-action-plan.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(rows) + "\r\n")


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill(start_color=hex_colour, end_color=hex_colour, fill_type="solid")


# ================================================================ 3. Just IT Training (xlsx)
def make_just_it():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Just IT Training Ltd – Apprenticeships Post-Inspection Action Plan (PIAP)"
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = "Ofsted inspection of apprenticeship provision"
    cover["A2"].font = Font(bold=True, size=13)
    info = [
        ("Inspection dates", "10–13 September 2024"),
        ("Inspection type", "Full inspection (further education and skills)"),
        ("Overall effectiveness", "Requires improvement"),
        ("Version", "v4"),
        ("Plan owner", "Quality Director"),
        ("Approved by", "Board of Directors, 21 November 2024"),
        ("Last updated", "14 March 2025"),
    ]
    for i, (k, v) in enumerate(info, start=4):
        cover.cell(row=i, column=1, value=k).font = Font(bold=True)
        cover.cell(row=i, column=2, value=v)
        cover.cell(row=i, column=1).border = BOX
        cover.cell(row=i, column=2).border = BOX
    cover.column_dimensions["A"].width = 24
    cover.column_dimensions["B"].width = 50

    ws = wb.create_sheet("PIAP")
    ws["A1"] = "Just IT Training – Apprenticeships PIAP 2024-25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Status key:"
    key = [("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER), ("Off track", RED), ("Not started", GREY)]
    for j, (word, colour) in enumerate(key, start=2):
        c = ws.cell(row=2, column=j, value=word)
        c.fill = fill(colour)
        c.border = BOX
    headers = ["Theme", "Area for improvement (Ofsted)", "Ref", "Action", "Owner(s)", "Target date",
               "Impact measure", "Status", "Update (March 2025)"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX

    status_fill = dict(key)
    themes = [
        ("Quality of education", [
            ("Leaders should ensure that apprentices' off-the-job training is planned and recorded accurately so that all apprentices receive their entitlement.", [
                ("QE1", "Re-train all skills coaches on off-the-job planning and recording in the e-portfolio.",
                 "Head of Delivery", datetime(2024, 12, 20), "100% of coaches trained; spot checks show accurate logs.",
                 "Complete", "Training delivered to 38 coaches in November and December."),
                ("QE2", "Introduce a monthly off-the-job compliance report to the operations meeting, with escalation to employers where hours fall behind.",
                 "Head of Delivery / MI Manager", datetime(2025, 1, 31), "Apprentices behind on off-the-job hours below 10%.",
                 "On track", "Report live from January; 14% behind in February, down from 27%."),
            ]),
            ("Leaders should ensure that skills coaches use the information about apprentices' starting points to plan learning that builds on what they already know.", [
                ("QE3", "Redesign the initial skills scan for the Level 3 Data Technician and Level 4 Software Developer standards.",
                 "Curriculum Manager (Digital)", "Apr-25", "Individual plans show reduced content for prior learning.",
                 "At risk", "Data Technician scan complete; Software Developer scan delayed by EPA changes."),
                ("QE4", "Coaches to record individual learning plans at the progress review and share them with line managers.",
                 "Skills Coach Team Leaders", "Jun-25", "Employers confirm they receive plans.",
                 "Not started", "Depends on QE3."),
            ]),
        ]),
        ("Leadership and management", [
            ("Leaders and managers should make sure that governance arrangements provide sufficient challenge to senior leaders about the quality of apprenticeships.", [
                ("LM1", "Appoint an independent board adviser with FE quality expertise.",
                 "CEO", datetime(2025, 1, 31), "Adviser attends every board meeting.",
                 "Complete", "Adviser appointed 6 January 2025."),
                ("LM2", "Present a quality dashboard to each board meeting covering achievement, withdrawals and breaks in learning.",
                 "Quality Director", "Quarterly", "Board minutes record challenge on quality.",
                 "On track", "Dashboard presented in December and March."),
            ]),
        ]),
        ("Personal development", [
            ("Leaders should ensure that apprentices understand the risks of radicalisation and extremism relevant to their work and local area.", [
                ("PD1", "Add a Prevent and cyber-extremism module to the induction and revisit it at each progress review.",
                 "Safeguarding Lead", datetime(2025, 3, 31), "Apprentices can explain local risks when asked at reviews.",
                 "Off track", "Module content with external provider; launch delayed."),
            ]),
        ]),
    ]

    r = 5
    for theme, afis in themes:
        theme_start = r
        for afi, actions in afis:
            afi_start = r
            for ref, action, owner, due, impact, status, update in actions:
                ws.cell(row=r, column=3, value=ref)
                ws.cell(row=r, column=4, value=action)
                ws.cell(row=r, column=5, value=owner)
                c = ws.cell(row=r, column=6, value=due)
                if isinstance(due, datetime):
                    c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7, value=impact)
                s = ws.cell(row=r, column=8, value=status)
                s.fill = fill(status_fill[status])
                ws.cell(row=r, column=9, value=update)
                for j in range(1, 10):
                    ws.cell(row=r, column=j).alignment = WRAP
                    ws.cell(row=r, column=j).border = BOX
                r += 1
            ws.cell(row=afi_start, column=2, value=afi)
            if r - 1 > afi_start:
                ws.merge_cells(start_row=afi_start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=theme_start, column=1, value=theme).font = Font(bold=True)
        if r - 1 > theme_start:
            ws.merge_cells(start_row=theme_start, start_column=1, end_row=r - 1, end_column=1)
    for col, width in zip("ABCDEFGHI", [18, 40, 7, 48, 22, 12, 32, 12, 40]):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A5"

    summ = wb.create_sheet("Summary")
    summ["A1"] = "PIAP status summary – March 2025"
    summ["A1"].font = Font(bold=True, size=12)
    summ["A3"] = "Status"
    summ["B3"] = "Number of actions"
    summ["A3"].font = summ["B3"].font = Font(bold=True)
    counts = [("Complete", 2), ("On track", 2), ("At risk", 1), ("Off track", 1), ("Not started", 1)]
    for i, (k, v) in enumerate(counts, start=4):
        summ.cell(row=i, column=1, value=k).fill = fill(status_fill[k])
        summ.cell(row=i, column=2, value=v)
    summ.cell(row=9, column=1, value="Total").font = Font(bold=True)
    summ.cell(row=9, column=2, value=7).font = Font(bold=True)
    summ.column_dimensions["A"].width = 16
    summ.column_dimensions["B"].width = 20
    wb.save(path("kv1-just-it-training-ofsted-apprenticeships-post-inspection-action-plan.xlsx"))


# ================================================================ 4. Airedale NHSFT (xlsx)
def make_airedale():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    top = [
        ("Airedale NHS Foundation Trust – CQC Inspection Action Plan", 14),
        ("Must Do and Should Do Actions", 12),
        ("Inspection of Urgent and emergency care and Medical care, 12–14 September 2023; report published 19 January 2024", 10),
        ("Position at: 31 October 2024     Reported to: Quality and Safety Assurance Committee", 10),
    ]
    for i, (text, size) in enumerate(top, start=1):
        ws.cell(row=i, column=1, value=text).font = Font(bold=i <= 2, size=size)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=10)

    ws["A6"] = "RAG key:"
    ws["A6"].font = Font(bold=True)
    for j, (text, colour) in enumerate([
        ("B = Complete, evidence accepted", BLUE),
        ("G = On track", GREEN),
        ("A = At risk of slipping", AMBER),
        ("R = Off track / overdue", RED),
    ], start=2):
        c = ws.cell(row=6, column=j, value=text)
        c.fill = fill(colour)
        c.border = BOX

    headers = ["Ref", "CQC requirement", "Regulation", "Action", "Lead", "Original completion date",
               "Revised completion date", "Previous RAG", "Current RAG", "Progress update / evidence"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=8, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX

    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    sections = [
        ("URGENT AND EMERGENCY CARE – MUST DO", [
            ("The trust must ensure that patients in the emergency department are triaged within 15 minutes of arrival.", "Regulation 12", [
                ("UEC 1.1", "Introduce a streaming and rapid assessment nurse at the front door between 10:00 and 02:00.",
                 "Head of Nursing, Emergency Department", datetime(2024, 3, 31), datetime(2024, 6, 30), "A", "B",
                 "Rota in place from June 2024; median time to triage 11 minutes (September 2024)."),
                ("UEC 1.2", "Audit triage times daily and report breaches to the ED safety huddle.",
                 "ED Matron", datetime(2024, 1, 31), None, "G", "B",
                 "Daily audit embedded; evidence accepted by the Quality and Safety Assurance Committee."),
            ]),
            ("The trust must ensure that staff complete mandatory training, including level 3 safeguarding children training.", "Regulation 18", [
                ("UEC 2.1", "Release ED nursing staff for protected training days and book all outstanding level 3 safeguarding places.",
                 "Head of Nursing, Emergency Department", datetime(2024, 4, 30), datetime(2024, 12, 31), "R", "A",
                 "Compliance 84% against the 90% target (October 2024)."),
            ]),
        ]),
        ("URGENT AND EMERGENCY CARE – SHOULD DO", [
            ("The trust should ensure that patients' pain is reassessed and recorded.", "", [
                ("UEC 3.1", "Add a pain reassessment prompt to the electronic observations system (Nervecentre).",
                 "Chief Clinical Information Officer / ED Clinical Lead", datetime(2024, 5, 31), None, "G", "B",
                 "Prompt live 20 May 2024."),
            ]),
        ]),
        ("MEDICAL CARE (INCLUDING OLDER PEOPLE'S CARE) – MUST DO", [
            ("The trust must ensure that nurse staffing levels on medical wards meet planned levels and that safer staffing data are reviewed at each shift.", "Regulation 18", [
                ("MED 1.1", "Complete the annual establishment review for all medical wards using the Safer Nursing Care Tool.",
                 "Deputy Chief Nurse", datetime(2024, 3, 31), None, "G", "B",
                 "Establishment review approved by the Board in April 2024."),
                ("MED 1.2", "Recruit to 24 WTE registered nurse vacancies through the international recruitment programme.",
                 "Associate Director of Workforce", datetime(2024, 9, 30), datetime(2025, 3, 31), "A", "A",
                 "17 of 24 nurses in post; remaining cohort arriving January 2025."),
                ("MED 1.3", "Hold twice-daily staffing huddles chaired by the site matron, with escalation to the Director on call.",
                 "Site Matrons", "Ongoing", None, "G", "G",
                 "Huddles in place; staffing escalations logged on SafeCare."),
            ]),
        ]),
        ("MEDICAL CARE (INCLUDING OLDER PEOPLE'S CARE) – SHOULD DO", [
            ("The trust should ensure that patients living with dementia have a completed 'This is me' document.", "", [
                ("MED 2.1", "Relaunch 'This is me' with ward dementia champions and audit completion monthly.",
                 "Dementia Lead Nurse", datetime(2024, 7, 31), datetime(2024, 11, 30), "A", "R",
                 "Audit shows 61% completion; a further relaunch is planned."),
            ]),
            ("The trust should ensure that discharge summaries are sent to GPs within 24 hours.", "", [
                ("MED 2.2", "Implement automated electronic discharge summary transmission to GP practices.",
                 "Chief Clinical Information Officer", "Q4 2024/25", None, "G", "G",
                 "Testing with two practices; roll-out plan agreed with the ICB."),
            ]),
        ]),
    ]

    r = 9
    for title, reqs in sections:
        c = ws.cell(row=r, column=1, value=title)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for req, reg, actions in reqs:
            start = r
            for ref, action, lead, orig, rev, prev, cur, update in actions:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=4, value=action)
                ws.cell(row=r, column=5, value=lead)
                c = ws.cell(row=r, column=6, value=orig)
                if isinstance(orig, datetime):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(row=r, column=7, value=rev)
                    c.number_format = "dd/mm/yyyy"
                p = ws.cell(row=r, column=8, value=prev)
                p.fill = fill(rag_fill[prev])
                q = ws.cell(row=r, column=9, value=cur)
                q.fill = fill(rag_fill[cur])
                ws.cell(row=r, column=10, value=update)
                for j in range(1, 11):
                    ws.cell(row=r, column=j).alignment = WRAP
                    ws.cell(row=r, column=j).border = BOX
                r += 1
            ws.cell(row=start, column=2, value=req)
            ws.cell(row=start, column=3, value=reg if reg else None)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)

    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    for label, n in [("B", 4), ("G", 2), ("A", 2), ("R", 1)]:
        ws.cell(row=r, column=1, value=label).fill = fill(rag_fill[label])
        ws.cell(row=r, column=2, value=n)
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r, column=2, value=9).font = Font(bold=True)

    for col, width in zip("ABCDEFGHIJ", [10, 44, 13, 48, 26, 14, 14, 10, 10, 44]):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A9"

    vh = wb.create_sheet("Version history")
    for i, row in enumerate([
        ("Version", "Date", "Author", "Change"),
        ("1.0", "09/02/2024", "Head of Quality Governance", "Action plan submitted to CQC"),
        ("1.3", "31/05/2024", "Head of Quality Governance", "Revised dates agreed at QSAC"),
        ("1.6", "31/10/2024", "Head of Quality Governance", "October position"),
    ], start=1):
        for j, v in enumerate(row, start=1):
            vh.cell(row=i, column=j, value=v).font = Font(bold=(i == 1))
    vh.column_dimensions["C"].width = 28
    vh.column_dimensions["D"].width = 36
    wb.save(path("kv1-airedale-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ================================================================ 5. Helston Medical Centre (csv)
def make_helston():
    n = 7
    def row(*cells):
        return list(cells) + [""] * (n - len(cells))

    rows = [
        row("Helston Medical Centre – CQC Action Plan"),
        row("Following inspection on 14 May 2024 (report published 26 June 2024)"),
        row("Practice rating: Requires improvement. Plan owner: Practice Manager. Last reviewed at partners' meeting 9 October 2024"),
        row(),
        row("Ref", "CQC finding", "Action", "Lead", "Target date", "Status", "Update"),
        row("Requirement notice: Regulation 12 Safe care and treatment"),
        row("1",
            "The provider must ensure that patients prescribed high-risk medicines receive the required monitoring, and that this is reviewed before repeat prescriptions are issued.",
            "Run monthly searches for patients on DMARDs and lithium who are overdue monitoring, and recall them.",
            "Clinical Pharmacist", "31/07/2024", "Completed", "Searches set up in SystmOne; all patients recalled."),
        row("2", "",
            "Introduce a protocol so that repeat prescriptions for high-risk medicines are not authorised without an in-date blood result.",
            "Dr A Trewin/Dr M Hocking", "Sept 2024", "Completed", "Protocol agreed at clinical meeting 4 September."),
        row("3",
            "The provider must ensure that safety alerts (MHRA) are acted on and that historic alerts are reviewed.",
            "Create an alerts log with a named clinician responsible for each alert, and review historic alerts from the past two years.",
            "Dr M Hocking", "End of October 2024", "On track", "Log in place; historic review 70% complete."),
        row("Requirement notice: Regulation 17 Good governance"),
        row("4",
            "The provider must ensure that systems to monitor staff training, including safeguarding and infection prevention and control, are effective.",
            "Move training records to the BlueStream training matrix and review compliance at monthly practice meetings.",
            "Practice Manager", "Monthly", "On track", "Compliance 92% at the September review."),
        row("Areas where the practice should improve"),
        row("5", "Continue to improve uptake of cervical screening.",
            "Offer Saturday morning smear clinics and send text reminders to non-responders.",
            "Lead Practice Nurse", "31/03/2025", "Not started", "Clinics to begin January 2025."),
        row("6", "Take action to improve patient satisfaction with telephone access.",
            "Install a cloud-based telephony system with call-back and queue position.",
            "Practice Manager / Operations Lead", "Dec-24", "On track", "Contract signed; go-live 2 December."),
        row(),
        row("Key: Completed = action complete and evidence held; On track = in progress within timescale; Not started = not yet begun"),
    ]
    with open(path("kv1-helston-medical-centre-cqc-inspection-action-plan.csv"), "w",
              encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# ================================================================ 6. Cygnet Hospital Taunton (docx)
def make_cygnet():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Cygnet Hospital Taunton – CQC Inspection Action Plan", style="Title")
    doc.add_paragraph("Inspection: 3–5 June 2024 (report published 16 August 2024)")
    doc.add_paragraph("Core services: Acute wards for adults of working age and psychiatric intensive care units; "
                      "Long stay or rehabilitation mental health wards for working age adults")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Changes"])
    for v in [("1.0", "02/09/2024", "Hospital Manager", "First version submitted to CQC"),
              ("1.1", "14/11/2024", "Quality & Compliance Lead", "Progress updated for Clinical Governance meeting"),
              ("1.2", "20/01/2025", "Quality & Compliance Lead", "RAG ratings updated")]:
        cells = dc.add_row().cells
        for c, t in zip(cells, v):
            set_cell(c, t)

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, colour, meaning in [("Blue", BLUE, "Action completed and evidence available"),
                                  ("Green", GREEN, "On track to complete by target date"),
                                  ("Amber", AMBER, "At risk of missing target date"),
                                  ("Red", RED, "Target date missed")]:
        cells = key.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)

    rag_colour = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    cols = ["Ref", "Action", "Responsible", "Target date", "RAG", "Progress / evidence"]
    services = [
        ("Acute wards for adults of working age and psychiatric intensive care units", [
            ("MD1: The service must ensure that staff complete and update risk assessments for every patient following incidents.", [
                ("1.1", "Introduce a post-incident risk assessment review within 24 hours, checked at the daily safety huddle.",
                 "Ward Manager / Consultant Psychiatrist", "31 August 2024", "Blue",
                 "Audit October 2024: 96% of risk assessments updated within 24 hours."),
                ("1.2", "Monthly care records audit of risk assessments, with results reported to Clinical Governance.",
                 "Clinical Governance Lead", "Monthly", "Green",
                 "Audits completed September to December 2024."),
            ]),
            ("MD2: The service must ensure that seclusion records are completed in line with the Mental Health Act Code of Practice.", [
                ("2.1", "Re-train all qualified nurses on seclusion recording and medical review timescales.\n"
                        "Add seclusion paperwork to the weekly MHA administrator audit.",
                 "Mental Health Act Administrator / Ward Managers", "End of October 2024", "Amber",
                 "Training 78% complete; weekly audit in place."),
            ]),
            ("SD1: The service should ensure that patients have access to psychological therapies in line with national guidance.", [
                ("3.1", "Recruit a second clinical psychologist for Kingfisher and Otter wards.",
                 "Head of Psychology", "Q4 2024/25", "Red",
                 "Post advertised twice without appointment; agency cover in place."),
            ]),
        ]),
        ("Long stay or rehabilitation mental health wards for working age adults", [
            ("MD1: The service must ensure that the ward environment is clean and well maintained, and that repairs are completed promptly.", [
                ("1.1", "Complete the refurbishment of bathrooms on Heron ward.",
                 "Facilities Manager", "30/11/2024", "Green",
                 "Two of three bathrooms complete; contractor on site."),
                ("1.2", "Introduce a weekly environmental walk-round by the Hospital Manager, with actions logged on the maintenance system.",
                 "Hospital Manager", "Weekly – ongoing", "Blue",
                 "Walk-rounds in place since July 2024; log reviewed at Clinical Governance."),
            ]),
            ("SD1: The service should ensure that care plans are personalised and reflect patients' own views.", [
                ("2.1", "Co-produce care plans with patients using the 'My Recovery' template, reviewed at each CPA meeting.",
                 "Lead Occupational Therapist / Named Nurses", "January 2025", "Amber",
                 "Template in use for 9 of 14 patients."),
            ]),
        ]),
    ]
    for service, reqs in services:
        doc.add_heading(service, level=1)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for req, actions in reqs:
            rc = t.add_row().cells
            merged = rc[0].merge(rc[-1])
            set_cell(merged, req, bold=True)
            shade(merged, "DEEAF6")
            for ref, action, who, when, rag, progress in actions:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[1], action)
                set_cell(cells[2], who)
                set_cell(cells[3], when)
                set_cell(cells[4], rag)
                shade(cells[4], rag_colour[rag])
                set_cell(cells[5], progress)
        doc.add_paragraph("")

    doc.add_paragraph("Approved by: Hospital Director, 20 January 2025")
    doc.save(path("kv1-cygnet-hospital-taunton-cqc-mental-health-must-should-do-action-plan.docx"))


# ================================================================ 7. Government Property Agency (xlsx, refuse)
def make_gpa():
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = "Government Property Agency – Internal Audit Recommendations Tracker"
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = "Audit and Risk Assurance Committee – 10 June 2025"
    summ["A4"] = "Priority"
    summ["B4"] = "Open"
    summ["C4"] = "Closed since last ARAC"
    summ["D4"] = "Overdue (past original date)"
    for c in ("A4", "B4", "C4", "D4"):
        summ[c].font = Font(bold=True)
        summ[c].border = BOX
    for i, vals in enumerate([("High", 1, 1, 1), ("Medium", 2, 1, 1), ("Low", 1, 0, 0), ("Total", 4, 2, 2)], start=5):
        for j, v in enumerate(vals, start=1):
            c = summ.cell(row=i, column=j, value=v)
            c.border = BOX
            if vals[0] == "Total":
                c.font = Font(bold=True)
    summ["A10"] = "Recommendations are shown on the Tracker sheet. Closed recommendations are removed after one committee cycle."
    summ.column_dimensions["A"].width = 14
    for col in "BCD":
        summ.column_dimensions[col].width = 24

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "GIAA recommendations – open, and closed since last ARAC"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Position at 23 May 2025"
    headers = ["Audit ref", "Audit title", "Opinion", "Rec", "Priority", "Recommendation", "Management action",
               "Action owner", "Original date", "Revised date", "Status", "Update"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5597")
        c.alignment = WRAP
        c.border = BOX
    status_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    data = [
        ("GPA 2024-03", "Contract management – Facilities Management", "Moderate", "1", "High",
         "Contract managers should hold monthly performance meetings with each FM supplier and record KPI failures and service credits.",
         "Introduce a standard monthly performance pack and service credit log for all FM contracts.",
         "Director of Commercial", "Dec-2024", "Mar-2025", "Complete",
         "Performance packs in use for all four regions since February 2025."),
        ("GPA 2024-03", "Contract management – Facilities Management", "Moderate", "2", "Medium",
         "Contract management training should be mandatory for all staff managing contracts above £1m.",
         "Enrol all relevant staff on the Government Commercial College contract management foundation course.",
         "Head of Contract Management", "Jan-2025", "", "Complete",
         "22 of 22 staff accredited."),
        ("GPA 2024-07", "Information security and cyber resilience", "Limited", "1", "High",
         "The Agency should complete a full asset register of building management systems connected to the corporate network.",
         "Commission a discovery exercise across the hub estate and record all connected BMS devices in the CMDB.",
         "Chief Information Officer", "Mar-2025", "Sept-2025", "Amber",
         "Discovery complete at 11 of 19 hubs; delay due to landlord access."),
        ("GPA 2024-07", "Information security and cyber resilience", "Limited", "2", "Medium",
         "Privileged access to BMS should be reviewed quarterly.",
         "Introduce quarterly privileged access reviews signed off by the SIRO.",
         "CIO / Head of Cyber Security", "Jun-2025", "", "Green",
         "First review completed April 2025."),
        ("GPA 2024-11", "Capital programme governance", "Moderate", "1", "Medium",
         "Project boards should record decisions against delegated authority limits and escalate exceptions to the Investment Committee.",
         "Update the project board terms of reference template and decision log; train project sponsors.",
         "Director of Portfolio Delivery", "Apr-2025", "Jun-2O25", "Amber",
         "Template updated; sponsor training scheduled."),
        ("GPA 2025-02", "Health and safety compliance in the estate", "Substantial", "1", "Low",
         "Statutory compliance certificates should be uploaded to the central compliance system within 10 working days.",
         "Remind FM suppliers of the contractual upload requirement and report late uploads monthly.",
         "Head of Health, Safety and Wellbeing", "Jul-2025", "", "Green",
         "Reminder issued; first monthly report due June."),
    ]
    for i, rowvals in enumerate(data, start=5):
        for j, v in enumerate(rowvals, start=1):
            c = ws.cell(row=i, column=j, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=i, column=11).fill = fill(status_fill[rowvals[10]])
    for col, width in zip("ABCDEFGHIJKL", [12, 26, 11, 5, 9, 44, 44, 24, 11, 11, 11, 36]):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A5"
    wb.save(path("kv1-government-property-agency-giaa-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_wellsway()
    make_st_brendans()
    make_just_it()
    make_airedale()
    make_helston()
    make_cygnet()
    make_gpa()
    print("built 7 files in", HERE)
