"""Build the seven ih1- blind test files (set heldout276).

Run with: /work/main/.venv/bin/python ih1_make.py
Writes into the folder this script lives in.
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

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Kesgrave High School - post-Ofsted action plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
def kesgrave():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    title = "Kesgrave High School – Post-Ofsted Action Plan 2024–25"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color=NAVY)
    cov.merge_cells("A1:D1")
    info = [
        ("Inspection dates", "14 and 15 May 2024"),
        ("Overall effectiveness", "Requires improvement"),
        ("Plan owner", "Headteacher"),
        ("Approved by", "Full Governing Body, 9 July 2024"),
        ("Last reviewed", "3 February 2025 (SLT) – next review at Standards Committee, 11 March 2025"),
    ]
    r = 3
    for k, v in info:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    r += 1
    cov.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for colour, meaning in [
        (BLUE, "Complete – action finished and impact seen"),
        (GREEN, "On track – action under way and on schedule"),
        (AMBER, "Some slippage – action under way but behind schedule"),
        (RED, "Not on track – urgent attention needed"),
    ]:
        cov.cell(r, 1).fill = fill(colour)
        cov.cell(r, 1).border = BOX
        cov.cell(r, 2, meaning)
        r += 1
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Inspection: 14–15 May 2024 | Overall effectiveness: Requires improvement | "
                "Plan reviewed: 3 February 2025")
    ws.merge_cells("A2:H2")
    headers = ["Ref", "Action", "Lead", "Link governor", "Timescale", "Success criteria",
               "Monitoring and evidence", "RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.border = BOX
        cell.alignment = WRAP

    priorities = [
        ("Priority 1: Curriculum implementation and assessment",
         "In some subjects, teachers do not check carefully enough what pupils know and remember "
         "before moving on to new learning. This means that gaps in pupils’ knowledge are not "
         "identified and addressed quickly. The school should ensure that teachers use assessment "
         "precisely to identify and address pupils’ misconceptions.",
         [
             ("1.1", "Deliver a CPD programme on responsive teaching and checking for understanding "
                     "(hinge questions, mini-whiteboards, cold calling) through weekly teaching and "
                     "learning briefings.",
              "AHT (Teaching & Learning)", "Mrs J Abbott", "Autumn term 2024",
              "All teaching staff trained; learning walks show checking for understanding in 90% of "
              "lessons seen.", "CPD register; learning walk records", BLUE),
             ("1.2", "Revise Key Stage 3 schemes of work so that each unit begins with a low-stakes "
                     "retrieval check of prior knowledge.",
              "DHT (Curriculum) / Heads of Faculty", "Mrs J Abbott", "Spring term 2025",
              "All KS3 units updated and published on the shared drive.",
              "Faculty reviews; curriculum maps", GREEN),
             ("1.3", "Termly learning walks and book looks focused on the use of assessment, with "
                     "findings reported to the Standards Committee.",
              "SLT", "Mr P Doyle", "Termly",
              "QA shows consistent use of assessment in all faculties by July 2025.",
              "QA calendar; Standards Committee minutes", GREEN),
         ]),
        ("Priority 2: Reading",
         "The school’s support for pupils who are at the early stages of learning to read is not "
         "well established. Some pupils who find reading difficult do not catch up quickly enough. "
         "The school should ensure that these pupils receive precise support so that they read with "
         "fluency and confidence.",
         [
             ("2.1", "Screen all Year 7 pupils on entry using the New Group Reading Test (NGRT) and "
                     "identify the weakest readers for intervention.",
              "Reading Lead / SENCo", "Dr S Kaur", "October 2024",
              "100% of Year 7 screened; intervention groups in place by half term.",
              "NGRT data; intervention register", BLUE),
             ("2.2", "Train six teaching assistants to deliver the Fresh Start phonics programme to "
                     "identified pupils in Years 7 and 8.",
              "Reading Lead", "Dr S Kaur", "Dec 2024",
              "Six TAs trained and delivering daily sessions.",
              "Training records; session observations", AMBER),
             ("2.3", "Introduce a tutor-time reading programme for Years 7 to 9 using a reading spine "
                     "of age-appropriate texts.",
              "AHT (Personal Development)", "Dr S Kaur", "Sept 2024 – July 2025",
              "Reading ages of targeted pupils improve by at least 12 months.",
              "NGRT retest; pupil voice", GREEN),
         ]),
        ("Priority 3: Attendance",
         "Too many pupils, including disadvantaged pupils and those with special educational needs "
         "and/or disabilities (SEND), are persistently absent from school. The school should continue "
         "to take action to improve the attendance of these pupils so that they do not miss out on "
         "important learning.",
         [
             ("3.1", "Appoint a full-time Attendance Officer and set up fortnightly attendance panel "
                     "meetings with the Education Welfare Officer.",
              "DHT (Pastoral)", "Mr P Doyle", "September 2024",
              "Attendance Officer in post; panel meets every two weeks.",
              "Panel minutes", BLUE),
             ("3.2", "Apply the graduated attendance response (letters, meetings, parenting contracts) "
                     "for all pupils whose attendance falls below 90%.",
              "Attendance Officer; Heads of Year", "Mr P Doyle", "Summer term 2025",
              "Persistent absence falls from 24% to below 18%.",
              "Weekly attendance report; FFT Aspire", RED),
             ("3.3", "Work with the SENCo and families to put in place individual attendance support "
                     "plans for persistently absent pupils with SEND.",
              "SENCo & Attendance Officer", "Dr S Kaur", "April 2025",
              "Every persistently absent pupil with SEND has a support plan reviewed half-termly.",
              "Support plans; SEND register", AMBER),
         ]),
    ]
    r = 5
    for heading, ofsted, actions in priorities:
        ws.cell(r, 1, heading).font = Font(bold=True, size=12)
        for c in range(1, 9):
            ws.cell(r, c).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        ws.cell(r, 1, "Ofsted said:").font = Font(bold=True, italic=True)
        ws.cell(r, 2, ofsted).font = Font(italic=True)
        ws.cell(r, 2).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 48
        r += 1
        for ref, act, lead, gov, when, succ, mon, colour in actions:
            vals = [ref, act, lead, gov, when, succ, mon, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 8).fill = fill(colour)
            r += 1
    r += 1
    ws.cell(r, 1, "Notes: RAG ratings are agreed at SLT and reported to the Standards Committee each "
                  "half term. See the Cover sheet for the RAG key.").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for col, w in zip("ABCDEFGH", [8, 50, 22, 14, 18, 40, 28, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    imp = wb.create_sheet("Impact measures")
    rows = [
        ["Measure", "2023–24 baseline", "2024–25 target", "Autumn 2024", "Spring 2025"],
        ["Overall attendance", "89.1%", "92.0%", "90.4%", ""],
        ["Persistent absence", "24.3%", "18.0%", "21.7%", ""],
        ["Year 7 pupils with reading age below chronological age", "31%", "20%", "27%", ""],
        ["Lessons seen with effective checking for understanding", "58%", "90%", "76%", ""],
    ]
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            cell = imp.cell(i, j, v)
            cell.border = BOX
            if i == 1:
                cell.font = Font(bold=True)
    imp.column_dimensions["A"].width = 55
    wb.active = 1
    wb.save(out("ih1-kesgrave-high-school-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9):
    """Write text into a cell; inner newlines become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


def header_row(table, row_idx, labels):
    for i, lab in enumerate(labels):
        c = table.rows[row_idx].cells[i]
        set_cell(c, lab, bold=True)
        shade(c, "DEEAF6")


# ---------------------------------------------------------------------------
# 2. Solihull College & University Centre - Ofsted PIAP (docx, table per AFI)
# ---------------------------------------------------------------------------
def solihull():
    d = Document()
    d.add_paragraph("Solihull College & University Centre: Post-Inspection Action Plan 2025",
                    style="Title")
    d.add_paragraph("Ofsted inspection 4 to 7 February 2025 – further education and skills. "
                    "Progress update for the Quality and Standards Committee, May 2025.")

    d.add_paragraph("Document control", style="Heading 2")
    dc = d.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    header_row(dc, 0, ["Version", "Date", "Author", "Approved by"])
    for i, row in enumerate([
        ["1.0", "14 March 2025", "Vice Principal – Curriculum and Quality", "Senior Leadership Team"],
        ["1.1", "20 May 2025", "Vice Principal – Curriculum and Quality",
         "Quality and Standards Committee"],
    ], 1):
        for j, v in enumerate(row):
            set_cell(dc.rows[i].cells[j], v)

    d.add_paragraph("RAG key", style="Heading 2")
    key = d.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (word, colour, meaning) in enumerate([
        ("Complete", "9DC3E6", "Action completed and impact evidenced"),
        ("Green", "A9D08E", "On track to meet the target date"),
        ("Amber", "FFD966", "Some slippage – mitigations in place"),
        ("Red", "FF7C80", "Off track – escalated to the Senior Leadership Team"),
    ]):
        set_cell(key.rows[i].cells[0], word, bold=True)
        shade(key.rows[i].cells[0], colour)
        set_cell(key.rows[i].cells[1], meaning)

    rag_colour = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    cols = ["Ref", "Action", "Lead", "Target date", "Progress update (May 2025)", "RAG"]
    afis = [
        ("1. Attendance in English and mathematics",
         "Leaders should ensure that more learners on study programmes attend their English and "
         "mathematics lessons so that they make the progress of which they are capable.",
         [
             ("1.1", "Introduce same-day absence follow-up for all English and mathematics classes.\n"
                     "Personal tutors contact learners and parents or carers on the day of any "
                     "unexplained absence.",
              "Head of English and Maths", "31 March 2025",
              "Same-day follow-up in place from 24 February. Attendance up from 78% to 84%.",
              "Complete"),
             ("1.2", "Timetable English and mathematics lessons alongside vocational sessions on the "
                     "same day, so that learners do not have to attend college for English or "
                     "mathematics alone.",
              "Assistant Principal – Curriculum Planning", "September 2025",
              "2025/26 timetable drafted with all English and maths sessions placed next to "
              "vocational lessons.", "Green"),
             ("1.3", "Vocational teachers to embed English and mathematics in practical sessions and "
                     "promote attendance at weekly team meetings.",
              "Heads of Faculty / Head of English and Maths", "July 2025",
              "Embedding toolkit issued; observations show inconsistent practice in Construction and "
              "Motor Vehicle.", "Amber"),
         ]),
        ("2. Apprenticeships: off-the-job training and employer involvement",
         "Leaders and managers should ensure that apprentices receive their full entitlement to "
         "off-the-job training and that employers contribute to reviews of apprentices’ progress.",
         [
             ("2.1", "Audit off-the-job training hours for every apprentice and agree catch-up plans "
                     "with employers where hours are below the planned level.",
              "Director of Apprenticeships", "30 April 2025",
              "Audit complete; 41 apprentices below planned hours, catch-up plans agreed for 37.",
              "Amber"),
             ("2.2", "Introduce tripartite progress reviews every ten weeks, with the employer’s "
                     "comments recorded in the e-portfolio.",
              "Director of Apprenticeships / Employer Engagement Manager", "June 2025",
              "Reviews scheduled for all apprentices; employer attendance 88% in April.", "Green"),
             ("2.3", "Provide training for assessors on setting specific, measurable targets in "
                     "progress reviews.",
              "Quality Improvement Manager", "31/05/2025",
              "Two sessions delivered; sampling of reviews shows targets are still too general.",
              "Red"),
         ]),
        ("3. Support for learners with high needs",
         "Leaders should make sure that learners with high needs have personalised targets that are "
         "linked to the outcomes in their education, health and care plans, and that staff use these "
         "targets to plan learning.",
         [
             ("3.1", "Rewrite individual learning plans for all learners with high needs so that "
                     "targets are drawn directly from EHCP outcomes.",
              "Head of Inclusive Learning", "Summer term 2025",
              "Plans rewritten for 96 of 142 learners.", "Green"),
             ("3.2", "Share each learner’s personalised targets with teachers and learning support "
                     "practitioners through the ProMonitor learner profile.",
              "Head of Inclusive Learning; MIS Manager", "May 2025",
              "Profiles updated and visible to all staff from 6 May.", "Complete"),
         ]),
    ]
    for heading, rec, actions in afis:
        d.add_paragraph(heading, style="Heading 2")
        t = d.add_table(rows=2 + len(actions), cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(top, rec, italic=True)
        shade(top, "F2F2F2")
        header_row(t, 1, cols)
        for i, (ref, act, lead, when, prog, rag) in enumerate(actions, 2):
            cells = t.rows[i].cells
            for j, v in enumerate([ref, act, lead, when, prog, rag]):
                set_cell(cells[j], v)
            shade(cells[5], rag_colour[rag])
        d.add_paragraph("")

    d.add_paragraph("Summary of progress (May 2025)", style="Heading 2")
    s = d.add_table(rows=6, cols=2)
    s.style = "Table Grid"
    for i, (a, b) in enumerate([("Status", "Number of actions"), ("Complete", "2"), ("Green", "3"),
                                ("Amber", "2"), ("Red", "1"), ("Total", "8")]):
        set_cell(s.rows[i].cells[0], a, bold=(i in (0, 5)))
        set_cell(s.rows[i].cells[1], b, bold=(i in (0, 5)))
    d.add_paragraph("Next review: Quality and Standards Committee, 8 July 2025.")
    d.save(out("ih1-solihull-college-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Northumbria University - apprenticeships PIAP (xlsx, merged theme/AFI, prev/current RAG)
# ---------------------------------------------------------------------------
def northumbria():
    wb = Workbook()
    title = "Northumbria University – Apprenticeships Post-Inspection Action Plan (PIAP)"
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = title
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = "Position at 28 April 2025 – Current RAG by theme"
    srows = [
        ["Theme", "Actions", "B", "G", "A", "R"],
        ["Quality of education", 4, 2, 1, 1, 0],
        ["Leadership and management", 4, 1, 1, 1, 1],
        ["Personal development", 2, 1, 1, 0, 0],
        ["Total", 10, 4, 3, 2, 1],
    ]
    for i, row in enumerate(srows, 4):
        for j, v in enumerate(row, 1):
            c = summ.cell(i, j, v)
            c.border = BOX
            if i in (4, 8):
                c.font = Font(bold=True)
    for j, k in enumerate(["B", "G", "A", "R"], 3):
        summ.cell(4, j).fill = fill(rag_fill[k])
    summ.column_dimensions["A"].width = 30

    ws = wb.create_sheet("PIAP")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Ofsted inspection: 12–15 November 2024 (Requires improvement) | Version 3 – updated "
                "28 April 2025 for Education Committee")
    ws.merge_cells("A2:J2")
    ws["A3"] = ("BRAG key: B = complete and evidenced; G = on track; A = at risk of slipping; "
                "R = off track / overdue")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:J3")
    headers = ["Theme", "Ref", "Ofsted area for improvement", "Action", "Action owner(s)",
               "Original target date", "Revised target date", "Previous RAG", "Current RAG",
               "Progress commentary"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("5B2C6F")
        cell.alignment = WRAP
        cell.border = BOX

    D = dt.datetime
    plan = [
        ("Quality of education", [
            ("Leaders should ensure that teaching staff use the information they gather about "
             "apprentices’ prior knowledge and skills to plan training that meets their individual "
             "needs.", [
                ("PIAP-01", "Revise the initial assessment process so that skills scans are completed "
                            "jointly with the employer before the apprentice starts.",
                 "Head of Apprenticeship Quality", D(2025, 1, 31), D(2025, 3, 31), "A", "B",
                 "New skills scan used for the January 2025 cohort; 100% completed before start."),
                ("PIAP-02", "Programme leaders to use skills scan outcomes to adjust each "
                            "apprentice's training plan and record any reduction in content and "
                            "price.",
                 "Programme Leaders; Apprenticeship Compliance Officer", D(2025, 4, 30), None, "G",
                 "A", "Training plans adjusted for 62% of new starts; compliance checks continuing."),
            ]),
            ("Leaders should ensure that apprentices receive useful feedback on their work that "
             "helps them to improve.", [
                ("PIAP-03", "Introduce a feedback standard for apprenticeship modules, including "
                            "feed-forward comments linked to the knowledge, skills and behaviours "
                            "(KSBs).",
                 "Dr Helen Marsh", D(2025, 2, 28), None, "G", "B",
                 "Standard approved by Faculty Learning and Teaching Committee on 19 February."),
                ("PIAP-04", "Sample marked work each trimester and report the quality of feedback to "
                            "the Apprenticeships Quality Board.",
                 "Doyle, Karen", "Each trimester", None, "G", "G",
                 "First sample (trimester 2) completed; 81% of feedback met the standard."),
            ]),
        ]),
        ("Leadership and management", [
            ("Leaders and managers should ensure that employers are fully involved in planning and "
             "reviewing apprentices’ on- and off-the-job training.", [
                ("PIAP-05", "Hold an employer planning meeting for each programme at the start of "
                            "each cohort, with training plans signed by all three parties.",
                 "Head of Employer Partnerships", D(2025, 3, 31), D(2025, 6, 30), "R", "A",
                 "Meetings held for 9 of 14 programmes; remaining five booked for May and June."),
                ("PIAP-06", "Set up an Employer Advisory Group for the degree apprenticeship "
                            "portfolio, meeting once a term.",
                 "Prof. Alan Ritchie and Karen Doyle", D(2025, 5, 31), None, "G", "G",
                 "Terms of reference agreed; first meeting 21 May 2025."),
            ]),
            ("Governors and senior leaders should improve their oversight of the quality of "
             "apprenticeship provision, including the progress that apprentices make.", [
                ("PIAP-07", "Provide a quarterly apprenticeship quality report to the University "
                            "Education Committee and to the Board of Governors.",
                 "Pro Vice-Chancellor (Learning and Teaching)", D(2025, 3, 31), None, "G", "B",
                 "First report received by the Board on 25 March 2025."),
                ("PIAP-08", "Develop a Power BI dashboard showing apprentices' progress, breaks in "
                            "learning and at-risk status by programme.",
                 "Head of Planning and Performance / Head of Apprenticeship Quality",
                 D(2025, 4, 30), D(2025, 9, 30), "A", "R",
                 "Data feed from the student record system delayed; revised date agreed by "
                 "Executive."),
            ]),
        ]),
        ("Personal development", [
            ("Leaders should ensure that apprentices receive a well-planned programme of information "
             "about how to stay safe, including from the risks of radicalisation and extremism, that "
             "is relevant to their workplace and community.", [
                ("PIAP-09", "Introduce mandatory Prevent and safeguarding e-learning for all new and "
                            "continuing apprentices, with completion checked at progress reviews.",
                 "Designated Safeguarding Lead", D(2025, 1, 31), None, "A", "B",
                 "97% completion; remaining apprentices on a break in learning."),
                ("PIAP-10", "Develop sector-specific 'staying safe' content for each apprenticeship "
                            "standard and include it in progress reviews.",
                 "Designated Safeguarding Lead / Programme Leaders", D(2025, 7, 31), None, "n/a",
                 "G", "Content drafted for nursing, social work and policing standards."),
            ]),
        ]),
    ]
    r = 6
    for theme, afis in plan:
        theme_start = r
        for afi, actions in afis:
            afi_start = r
            for ref, act, owner, orig, rev, prev, cur, prog in actions:
                vals = [theme if r == theme_start else None, ref,
                        afi if r == afi_start else None, act, owner, orig, rev, prev, cur, prog]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                for c in (6, 7):
                    if isinstance(ws.cell(r, c).value, dt.datetime):
                        ws.cell(r, c).number_format = "dd/mm/yyyy"
                if prev in rag_fill:
                    ws.cell(r, 8).fill = fill(rag_fill[prev])
                ws.cell(r, 9).fill = fill(rag_fill[cur])
                ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > afi_start:
                ws.merge_cells(start_row=afi_start, start_column=3, end_row=r - 1, end_column=3)
        if r - 1 > theme_start:
            ws.merge_cells(start_row=theme_start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(theme_start, 1).font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJ", [18, 10, 45, 50, 30, 13, 13, 10, 10, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    log = wb.create_sheet("Change log")
    for i, row in enumerate([
        ["Version", "Date", "Change", "By"],
        ["1", "10/01/2025", "PIAP agreed with ESFA/DfE territorial team", "Head of Apprenticeship Quality"],
        ["2", "17/02/2025", "Progress added; PIAP-05 revised date", "Head of Apprenticeship Quality"],
        ["3", "28/04/2025", "Progress added; PIAP-08 revised date; PIAP-10 added",
         "Head of Apprenticeship Quality"],
    ], 1):
        for j, v in enumerate(row, 1):
            log.cell(i, j, v).border = BOX
    wb.active = 1
    wb.save(out("ih1-northumbria-university-ofsted-apprenticeships-piap.xlsx"))


# ---------------------------------------------------------------------------
# 4. Cambridge University Hospitals - CQC must do / should do (xlsx, sheet per core service)
# ---------------------------------------------------------------------------
def cuh():
    wb = Workbook()
    title = ("Cambridge University Hospitals NHS Foundation Trust – CQC Inspection Action Plan: "
             "Must Do and Should Do Actions")
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED,
                   "Not started": "FFFFFF"}
    D = dt.datetime

    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = title
    summ["A1"].font = Font(bold=True, size=13)
    summ["A2"] = "Position as at 30 June 2025"
    rows = [
        ["Core service", "Must do actions", "Should do actions", "Complete", "On track", "At risk",
         "Off track", "Not started", "Total"],
        ["Urgent and Emergency Care", 4, 2, 2, 2, 1, 1, 0, 6],
        ["Medical Care", 2, 2, 1, 2, 0, 0, 1, 4],
        ["Trust total", 6, 4, 3, 4, 1, 1, 1, 10],
    ]
    for i, row in enumerate(rows, 4):
        for j, v in enumerate(row, 1):
            c = summ.cell(i, j, v)
            c.border = BOX
            if i in (4, 7):
                c.font = Font(bold=True)
    summ.column_dimensions["A"].width = 30

    sheets = [
        ("UEC", "Urgent and Emergency Care – Addenbrooke's Hospital", [
            ("Must do", "The trust must ensure that patients attending the emergency department are "
                        "triaged within 15 minutes of arrival and that clinical observations are "
                        "repeated in line with trust policy.", "Regulation 12(1)", [
                ("MD1.1", "Put in place a streaming and rapid assessment nurse at the front door "
                          "between 08:00 and 02:00, seven days a week.",
                 "Divisional Director of Nursing, Division A", D(2025, 4, 30), "Complete",
                 "Rota in place from 7 April; median time to triage 11 minutes in May."),
                ("MD1.2", "Introduce electronic alerts in Epic when a patient's triage time exceeds "
                          "15 minutes or repeat observations are overdue.",
                 "Chief Nursing Information Officer / ED Matron", D(2025, 8, 31), "On track",
                 "Build complete; testing in July."),
                ("MD1.3", "Weekly audit of time to triage and NEWS2 compliance, reported to the "
                          "divisional board each month.",
                 "ED Matron", "Ongoing – monthly reporting", "On track",
                 "Audit results April–June: 87%, 91%, 93%."),
            ]),
            ("Must do", "The trust must ensure that mental health risk assessments are completed for "
                        "all patients presenting with self-harm or suicidal thoughts and that these "
                        "patients are cared for in a safe environment.", "Regulation 12(2)(a)(b)", [
                ("MD2.1", "Refurbish two ED cubicles as ligature-reduced rooms and complete "
                          "environmental risk assessments for all areas used for patients with "
                          "mental health needs.",
                 "Director of Estates and Facilities", "Q2 2025/26", "At risk",
                 "Risk assessments complete; refurbishment dependent on capital approval in July."),
            ]),
            ("Should do", "The trust should ensure that all staff in the emergency department "
                          "complete mandatory safeguarding training at the required level.", "–", [
                ("SD1.1", "Release ED nursing staff for Level 3 safeguarding children training "
                          "through protected time on the roster.",
                 "ED Matron", D(2025, 5, 31), "Off track",
                 "Compliance 71% against a 90% target; recovery trajectory agreed."),
                ("SD1.2", "Include safeguarding training compliance in the monthly ED performance "
                          "review.",
                 "Clinical Director for Emergency Medicine", D(2025, 3, 31), "Complete",
                 "Standing item from March 2025."),
            ]),
        ]),
        ("Medical care", "Medical Care (including older people's care) – Addenbrooke's Hospital", [
            ("Must do", "The trust must ensure that medicines are stored securely and that fridge "
                        "temperatures are monitored and recorded daily on all medical wards.",
             "Regulation 12(2)(g)", [
                ("MD3.1", "Replace medicine fridges on medical wards with fridges that have remote "
                          "temperature monitoring linked to pharmacy.",
                 "Chief Pharmacist", D(2025, 7, 31), "On track",
                 "22 of 30 fridges replaced."),
                ("MD3.2", "Matrons to carry out monthly medicines storage spot checks and share the "
                          "results at ward meetings.",
                 "Matrons, Division B", "Monthly", "On track",
                 "Spot checks in place since February 2025."),
            ]),
            ("Should do", "The trust should ensure that patients' nutrition and hydration needs are "
                          "assessed and recorded, and that fluid balance charts are completed "
                          "accurately.", "–", [
                ("SD2.1", "Relaunch the MUST nutritional screening tool with ward-based teaching by "
                          "the dietetics team.",
                 "Lead Dietitian & Head of Nursing for Medicine", D(2025, 5, 31), "Complete",
                 "Teaching delivered on all 14 medical wards."),
                ("SD2.2", "Add fluid balance chart completion to the monthly ward accreditation "
                          "audit.",
                 "Deputy Chief Nurse", D(2025, 9, 30), "Not started",
                 "To start after the accreditation audit tool is revised in August."),
            ]),
        ]),
    ]
    headers = ["Ref", "Must do / Should do", "CQC requirement", "Regulation", "Action",
               "Responsible lead", "Due date", "Status", "Evidence / assurance"]
    for name, section, reqs in sheets:
        ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:I1")
        ws["A2"] = ("CQC report published 12 March 2025 | Position as at 30 June 2025 | "
                    "Reported to Quality Committee 22 July 2025")
        ws.merge_cells("A2:I2")
        ws["A3"] = "Status key:"
        ws["A3"].font = Font(bold=True)
        for j, k in enumerate(["Complete", "On track", "At risk", "Off track", "Not started"], 2):
            c = ws.cell(3, j, k)
            c.fill = fill(status_fill[k])
            c.border = BOX
        for c, h in enumerate(headers, 1):
            cell = ws.cell(5, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("005EB8")
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(6, 1, section).font = Font(bold=True, size=12)
        for c in range(1, 10):
            ws.cell(6, c).fill = fill("E8EDEE")
        ws.merge_cells(start_row=6, start_column=1, end_row=6, end_column=9)
        r = 7
        for kind, req, reg, actions in reqs:
            start = r
            for ref, act, lead, due, status, ev in actions:
                vals = [ref, kind if r == start else None, req if r == start else None,
                        reg if r == start else None, act, lead, due, status, ev]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                if isinstance(due, dt.datetime):
                    ws.cell(r, 7).number_format = "dd/mm/yyyy"
                ws.cell(r, 8).fill = fill(status_fill[status])
                r += 1
            if r - 1 > start:
                for col in (2, 3, 4):
                    ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
        for col, w in zip("ABCDEFGHI", [8, 11, 45, 14, 50, 30, 14, 11, 40]):
            ws.column_dimensions[col].width = w
    wb.save(out("ih1-cambridge-university-hospitals-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. Oakham Medical Practice - CQC inspection action plan (docx, GP)
# ---------------------------------------------------------------------------
def oakham():
    d = Document()
    d.add_paragraph("Oakham Medical Practice – CQC Inspection Action Plan", style="Title")
    d.add_paragraph("Following the CQC assessment report published on 9 October 2024 "
                    "(overall rating: Requires improvement).")
    info = d.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Practice", "Oakham Medical Practice, Cold Overton Road, Oakham, Rutland LE15 6NT"),
        ("Registered manager", "Dr R Shah"),
        ("Plan prepared by", "Practice Manager"),
        ("Date of plan", "6 November 2024"),
        ("Last updated", "20 January 2025"),
    ]):
        set_cell(info.rows[i].cells[0], k, bold=True, size=10)
        shade(info.rows[i].cells[0], "E2EFDA")
        set_cell(info.rows[i].cells[1], v, size=10)
    d.add_paragraph("")
    p = d.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Complete (blue) – action finished; On track (green) – under way and on schedule; "
              "Off track (red) – behind schedule; Not started (no colour).")
    status_shade = {"Complete": "9DC3E6", "On track": "A9D08E", "Off track": "FF7C80"}

    cols = ["No.", "What we will do", "Who", "By when", "Status"]
    regs = [
        ("Regulation 12: Safe care and treatment",
         "The practice must ensure that care and treatment is provided in a safe way for patients.",
         [
             ("12.1", "Complete a full review of patients prescribed high-risk medicines "
                      "(methotrexate, lithium, DOACs) and bring all overdue monitoring up to date.",
              "Dr R Shah (Prescribing Lead)", "30/11/2024", "Complete"),
             ("12.2", "Set up a monthly EMIS search for overdue high-risk medicine monitoring, with "
                      "results reviewed at the clinical meeting.",
              "Clinical Pharmacist / Dr R Shah", "Monthly", "On track"),
             ("12.3", "Review all MHRA patient safety alerts received since January 2023 and record "
                      "the action taken for each affected patient.",
              "Clinical Pharmacist", "December 2024", "Complete"),
         ]),
        ("Regulation 17: Good governance",
         "The practice must establish effective systems and processes to ensure good governance in "
         "accordance with the fundamental standards of care.",
         [
             ("17.1", "Introduce a practice risk register and review it at the monthly partners’ "
                      "meeting.",
              "Practice Manager", "31/12/2024", "Complete"),
             ("17.2", "Clear the backlog of unfiled clinical correspondence and introduce a workflow "
                      "protocol with daily GP oversight.",
              "Dr K Evans & Workflow Team Leader", "w/c 06/01/2025", "Off track"),
             ("17.3", "Put in place a training matrix for all staff and make sure safeguarding, "
                      "infection control and basic life support training are up to date.",
              "Practice Manager / Lead Nurse", "February 2025", "On track"),
         ]),
    ]
    for heading, must, actions in regs:
        d.add_paragraph(heading, style="Heading 2")
        d.add_paragraph(must)
        t = d.add_table(rows=1 + len(actions), cols=5)
        t.style = "Table Grid"
        header_row(t, 0, cols)
        for i, row in enumerate(actions, 1):
            for j, v in enumerate(row):
                set_cell(t.rows[i].cells[j], v, size=10)
            if row[4] in status_shade:
                shade(t.rows[i].cells[4], status_shade[row[4]])
        d.add_paragraph("")

    d.add_paragraph("Areas where the practice should make improvements", style="Heading 2")
    shoulds = [
        ("Take action to improve the uptake of cervical screening.",
         "Offer Saturday morning smear clinics and send text reminders to all eligible patients who "
         "have not attended.", "Lead Nurse", "March 2025", "On track"),
        ("Continue to improve patient satisfaction with telephone access.",
         "Move to a cloud-based telephone system with call-back and queue position messages.",
         "Practice Manager", "31 January 2025", "Complete"),
        ("Ensure that the complaints policy includes information on how to escalate a complaint to "
         "the Parliamentary and Health Service Ombudsman.",
         "Update the complaints leaflet, practice website and policy with the Ombudsman’s details.",
         "Deputy Practice Manager", "November 2024", "Complete"),
    ]
    t = d.add_table(rows=1 + len(shoulds), cols=5)
    t.style = "Table Grid"
    header_row(t, 0, ["CQC said the practice should", "What we will do", "Who", "By when",
                      "Status"])
    for i, row in enumerate(shoulds, 1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, size=10)
        if row[4] in status_shade:
            shade(t.rows[i].cells[4], status_shade[row[4]])
    d.add_paragraph("")
    d.add_paragraph("Signed on behalf of the partners: Dr R Shah, Senior Partner        "
                    "Date: 20 January 2025")
    d.save(out("ih1-oakham-medical-practice-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Birmingham and Solihull Mental Health NHSFT - CQC must/should do (csv export)
# ---------------------------------------------------------------------------
def bsmhft():
    ncol = 10
    pad = lambda first: [first] + [""] * (ncol - 1)  # noqa: E731
    aw = "Acute wards for adults of working age and psychiatric intensive care units"
    cr = "Mental health crisis services and health-based places of safety"
    f1 = ("The trust must ensure that staff carry out and record patient observations in line with "
          "the trust's observation and engagement policy.")
    f2 = ("The trust must ensure that seclusion is recorded and reviewed in line with the Mental "
          "Health Act Code of Practice.")
    f3 = ("The trust should ensure that ward environments are clean and well maintained, including "
          "bathrooms and communal areas.")
    f4 = ("The trust must ensure that people detained under section 136 are assessed within the "
          "recommended timescales and that delays are recorded.")
    f5 = ("The trust should ensure that staff in the crisis resolution and home treatment teams "
          "receive regular supervision.")
    rows = [
        pad("Birmingham and Solihull Mental Health NHS Foundation Trust – CQC Must Do and Should Do "
            "Action Plan"),
        pad("CQC report published 17 December 2024; position as at 31 July 2025"),
        pad(""),
        ["Core service", "Type", "Ref", "CQC finding", "Action", "Action owner",
         "Original completion date", "Revised completion date", "RAG", "Progress update"],
        [aw, "Must do", "AW-M1.1", f1,
         "Relaunch the observation and engagement policy on all acute and PICU wards.\n"
         "All registered and unregistered ward staff to complete the observation competency "
         "assessment.",
         "Associate Director of Nursing (Acute and Urgent Care)", "31/03/2025", "30/06/2025", "Blue",
         "Policy relaunched February 2025. Competency compliance 94% at 30 June."],
        [aw, "Must do", "AW-M1.2", f1,
         "Introduce weekly matron spot checks of observation records using the Tendable audit app.",
         "Matron – Acute Care; Head of Nursing Quality", "28/02/2025", "", "Green",
         "Spot checks running on all wards; results reviewed at the Acute Care Quality Group."],
        [aw, "Must do", "AW-M2.1", f2,
         "Update the seclusion recording template in Rio so that medical and nursing reviews cannot "
         "be closed without the required fields.",
         "Chief Clinical Information Officer", "30/04/2025", "31/10/2025", "Amber",
         "Supplier change request raised; test version due September."],
        [aw, "Must do", "AW-M2.2", f2,
         "Monthly audit of seclusion records by the Mental Health Act Office, reported to the "
         "Restrictive Practice Group.",
         "Mental Health Act Manager", "Monthly", "", "Green",
         "Audits completed April to July; compliance rising from 68% to 86%."],
        [aw, "Should do", "AW-S1.1", f3,
         "Complete the programme of bathroom refurbishments on Ward 1 and Ward 2 at the Oleaster "
         "Centre.",
         "Sarah Okafor and Daniel Price", "30/06/2025", "", "Red",
         "Contractor delays; Ward 2 works not started. Escalated to Estates Board."],
        [cr, "Must do", "CR-M1.1", f4,
         "Agree a joint escalation protocol with West Midlands Police and the local authority AMHP "
         "service for section 136 assessments that exceed 12 hours.",
         "Head of Urgent Care", "31/01/2025", "", "Blue",
         "Protocol signed by all three agencies on 28 January 2025."],
        [cr, "Must do", "CR-M1.2", f4,
         "Record the reason for every section 136 delay on the health-based place of safety log and "
         "review themes at the monthly crisis services governance meeting.",
         "Health-Based Place of Safety Manager", "31/03/2025", "", "Green",
         "Log updated; themes reported since April."],
        [cr, "Should do", "CR-S1.1", f5,
         "Set up a supervision tracker for each crisis resolution and home treatment team and report "
         "compliance to the service leadership meeting.",
         "Team Managers (CRHT)", "30/06/2025", "31/08/2025", "Amber",
         "Tracker live in 3 of 5 teams."],
        pad(""),
        pad("RAG key: Blue = completed and evidenced; Green = on track; Amber = risk to delivery by "
            "target date; Red = overdue or off track"),
    ]
    with open(out("ih1-birmingham-solihull-mental-health-nhsft-cqc-must-should-do-action-plan.csv"),
              "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. The Pensions Regulator - ARC internal audit tracker (tab-separated txt, typo month -> refuse)
# ---------------------------------------------------------------------------
def tpr():
    lines = [
        "The Pensions Regulator – Internal audit recommendations: implementation tracker",
        "Audit and Risk Committee – 18 November 2025",
        "Open and recently closed actions as at 31 October 2025",
        "",
        "\t".join(["Audit ref", "Audit title", "Rec", "Priority", "Recommendation",
                   "Agreed management action", "Action owner", "Original due date",
                   "Revised due date", "Status"]),
        "\t".join(["GIAA 24/25-03", "Cyber security – third-party access", "1", "High",
                   "Maintain a complete register of third-party suppliers with access to TPR systems.",
                   "Build a supplier access register in ServiceNow and reconcile it to active "
                   "accounts each quarter.",
                   "Chief Information Officer", "31/03/2025", "30/09/2025", "Complete"]),
        "\t".join(["", "", "2", "Medium",
                   "Remove supplier accounts promptly when contracts end.",
                   "Add an account removal step to the contract exit checklist.",
                   "Head of Cyber Security", "30/06/2025", "", "Green"]),
        "\t".join(["GIAA 24/25-07", "Procurement and contract management", "1", "Medium",
                   "Ensure contract management plans are in place for all Tier 1 contracts.",
                   "Contract managers to complete and upload a contract management plan for each "
                   "Tier 1 contract.",
                   "Head of Commercial", "31/07/2025", "31/12/2025", "Amber"]),
        "\t".join(["", "", "2", "Low",
                   "Record supplier performance meetings consistently.",
                   "Issue a standard supplier review template and minute each meeting.",
                   "Head of Commercial / Contract Managers", "30/09/2025", "", "Green"]),
        "\t".join(["GIAA 25/26-01", "Scheme return data quality", "1", "High",
                   "Define data quality standards for scheme return data used in risk models.",
                   "Publish data quality standards and agree tolerance thresholds with Regulatory "
                   "Operations.",
                   "Director of Regulatory Operations", "30/11/2025", "", "Green"]),
        "\t".join(["", "", "2", "Medium",
                   "Monitor and report data quality exceptions.",
                   "Produce a monthly exceptions report for the Data Governance Board.",
                   "Head of Data Governance", "31/10/2025", "Febuary 2026", "Amber"]),
        "\t".join(["GIAA 25/26-02", "Business continuity", "1", "Medium",
                   "Test business continuity plans for critical services annually.",
                   "Run a desktop exercise for the contact centre and case management services.",
                   "Head of Resilience", "31/12/2025", "", "Green"]),
        "\t".join(["", "", "2", "Low",
                   "Keep business impact analyses up to date.",
                   "Refresh business impact analyses for all directorates.",
                   "Head of Resilience", "31/03/2025", "30/06/2025", "Red"]),
        "",
        "Summary: 8 agreed actions – Complete 1, Green 4, Amber 2, Red 1.",
        "Priority: High = fundamental control weakness; Medium = significant; Low = minor improvement.",
    ]
    with open(out("ih1-the-pensions-regulator-arc-internal-audit-recommendations-tracker-typo-month-"
                  "refuse.txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    kesgrave()
    solihull()
    northumbria()
    cuh()
    oakham()
    bsmhft()
    tpr()
    print("done")
