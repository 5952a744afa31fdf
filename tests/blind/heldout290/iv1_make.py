"""Build the seven iv1- data files of set heldout290.

Run with /work/main/.venv/bin/python iv1_make.py (writes next to this script).
docx with python-docx, xlsx with openpyxl, csv/txt written directly.
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
    return os.path.join(HERE, name)


D = dt.datetime

# ---------------------------------------------------------------- docx helpers
BLUE, GREEN, AMBER, RED, GREY = "5B9BD5", "00B050", "FFC000", "FF0000", "D9D9D9"


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def put(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def header_row(table, labels, fill="1F3864"):
    row = table.rows[0]
    for c, lab in zip(row.cells, labels):
        put(c, lab, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fill)


def merged_row(table, text, fill=GREY, bold=True):
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[-1])
    put(cell, text, bold=bold)
    shade(cell, fill)
    return cell


# =====================================================================
# 1. Kimbolton School - ISI inspection action plan (docx, fill-colour RAG)
# =====================================================================
def kimbolton():
    doc = Document()
    doc.add_paragraph("Kimbolton School: ISI Inspection Action Plan 2024–25", style="Title")
    doc.add_paragraph(
        "Routine inspection 5–7 November 2024 – response to the Standards not met and to the "
        "recommended next steps")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Version", "1.3"),
        ("Date", "3 June 2025"),
        ("Owner", "Head"),
        ("Approved by", "Governors' Education and Pastoral Committee (19 May 2025)"),
        ("Submitted to", "Department for Education (Independent Education and Boarding Team)"),
        ("Next review", "September 2025"),
    ]:
        r = t.add_row()
        put(r.cells[0], k, bold=True)
        put(r.cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph("RAG key (the final column of each table is shaded):")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for c, (txt, fill) in zip(key.rows[0].cells, [
        ("Blue: completed and embedded", BLUE),
        ("Green: on track", GREEN),
        ("Amber: some slippage – mitigations in place", AMBER),
        ("Red: not started / off track", RED),
    ]):
        put(c, txt, size=9)
        shade(c, fill)

    doc.add_paragraph()
    doc.add_paragraph(
        "The inspection found that the school did not meet all of the Standards in Part 3, Part 4 "
        "and Part 8. The tables below set out the action the school has taken and will take. Each "
        "table begins with the inspectors' finding. Actions in response to the recommended next "
        "steps are shown separately at the end.")

    cols = ["Ref", "Action", "Lead", "Timescale", "Success criteria / evidence", "RAG"]

    def part(heading, finding, rows):
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        # finding first (merged, grey), then the column headings
        first = tb.rows[0]
        cell = first.cells[0].merge(first.cells[-1])
        put(cell, finding, bold=True)
        shade(cell, GREY)
        hdr = tb.add_row()
        for c, lab in zip(hdr.cells, cols):
            put(c, lab, bold=True)
        for ref, action, lead, when, evidence, fill in rows:
            r = tb.add_row()
            put(r.cells[0], ref)
            put(r.cells[1], action)
            put(r.cells[2], lead)
            put(r.cells[3], when)
            put(r.cells[4], evidence)
            put(r.cells[5], "")
            if fill:
                shade(r.cells[5], fill)
        doc.add_paragraph()

    part(
        "Part 3 – Welfare, health and safety of pupils",
        "Leaders must ensure that all safeguarding concerns are recorded accurately and in a "
        "timely way, and that referrals to children's services are made promptly in line with "
        "statutory guidance.",
        [
            ("3.1",
             "Migrate all paper safeguarding records for the Prep and Senior Schools to CPOMS and "
             "close the paper files.",
             "Designated Safeguarding Lead", "31 December 2024",
             "All records on CPOMS; paper files archived securely.", BLUE),
            ("3.2",
             "Deliver refresher training for all staff on recording concerns, with a focus on "
             "chronologies and the threshold for referral to Cambridgeshire Children's Services.",
             "Deputy Head (Pastoral); Head of Prep School", "End of Michaelmas term 2024",
             "100% of teaching and support staff trained (register held by HR).", BLUE),
            ("3.3",
             "Introduce a termly audit of a sample of safeguarding files by the Safeguarding "
             "Governor, reported to the full Governing Body.",
             "Safeguarding Governor", "Termly from Lent term 2025",
             "First audit reported to Governing Body March 2025.", GREEN),
        ],
    )
    part(
        "Part 4 – Suitability of staff, supply staff and proprietors",
        "Leaders must ensure that all required pre-appointment checks are completed and recorded "
        "on the single central record before staff begin work at the school.",
        [
            ("4.1",
             "Carry out a full audit of the single central record and personnel files against "
             "KCSIE 2024, and complete any outstanding checks.",
             "Bursar and HR Manager", "29/11/2024",
             "Audit complete; 11 missing checks obtained.", BLUE),
            ("4.2",
             "Revise the recruitment procedure so that no member of staff starts work until the "
             "HR Manager has signed off all checks, including overseas and prohibition checks.",
             "HR Manager", "January 2025",
             "Revised procedure approved by governors 27/01/2025.", BLUE),
            ("4.3",
             "Commission an external safer recruitment review of the SCR and a sample of "
             "personnel files.",
             "Bursar", "June 2025",
             "Reviewer appointed; visit moved to 24 June because of exam period.", AMBER),
        ],
    )
    part(
        "Part 8 – Quality of leadership in and management of schools",
        "The proprietor must ensure that leaders with responsibility for safeguarding and "
        "recruitment have the skills and knowledge to fulfil their responsibilities, so that "
        "the Standards are met consistently.",
        [
            ("8.1",
             "Appoint a second Deputy DSL in the Senior School and provide Level 3 DSL training "
             "for all deputies.",
             "Head", "April 2025",
             "Deputy DSL in post; training booked for all four deputies.", GREEN),
            ("8.2",
             "Governors to complete safer recruitment training and establish a Safeguarding and "
             "Compliance Committee with termly reporting to the Board.",
             "Chair of Governors", "September 2025",
             "Terms of reference drafted; first meeting 16 September 2025.", GREEN),
        ],
    )
    part(
        "Recommended next steps",
        "Leaders should develop the use of assessment information in the sixth form so that "
        "teachers identify and support students who are at risk of underachieving.",
        [
            ("N1",
             "Introduce half-termly progress reviews for Year 12 and Year 13 using the new tracking "
             "dashboard, with tutors following up students flagged as at risk.",
             "Director of Sixth Form", "Summer term 2025",
             "Reviews held each half term; intervention log kept by tutors.", GREEN),
        ],
    )
    # a second recommended next step, in its own table under the same heading
    tb = doc.add_table(rows=1, cols=len(cols))
    tb.style = "Table Grid"
    first = tb.rows[0]
    cell = first.cells[0].merge(first.cells[-1])
    put(cell, "Leaders should ensure that pupils' views are taken into account more "
              "systematically when reviewing the personal, social, health and economic (PSHE) "
              "curriculum.", bold=True)
    shade(cell, GREY)
    hdr = tb.add_row()
    for c, lab in zip(hdr.cells, cols):
        put(c, lab, bold=True)
    r = tb.add_row()
    put(r.cells[0], "N2")
    put(r.cells[1], "Set up a pupil PSHE panel in each year group and use its feedback in the "
                    "annual review of the RSHE programme.")
    put(r.cells[2], "Head of PSHE")
    put(r.cells[3], "July 2025")
    put(r.cells[4], "Panel minutes; revised RSHE programme for 2025–26.")
    put(r.cells[5], "")

    doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, lab in zip(s.rows[0].cells, ["Role", "Name", "Date"]):
        put(c, lab, bold=True)
    for role, name, date in [("Head", "J. Belbin", "03/06/2025"),
                             ("Chair of Governors", "W. Ashworth", "03/06/2025")]:
        r = s.add_row()
        put(r.cells[0], role)
        put(r.cells[1], name)
        put(r.cells[2], date)
    doc.save(out("iv1-kimbolton-school-isi-inspection-action-plan.docx"))


# =====================================================================
# 2. Reaseheath College - Ofsted post-inspection action plan (xlsx)
# =====================================================================
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def reaseheath():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Reaseheath College – Post-Inspection Action Plan"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "PIAP 2025 – version 1.4, September 2025"
    cov["A2"].font = Font(bold=True, size=13)
    for r, (k, v) in enumerate([
        ("Ofsted inspection:", "11–14 February 2025"),
        ("Report published:", "24 March 2025"),
        ("Overall effectiveness:", "Requires improvement"),
    ], start=4):
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
    cov["A8"] = "Judgement"
    cov["B8"] = "Grade"
    cov["A8"].font = cov["B8"].font = Font(bold=True)
    for r, (k, g) in enumerate([
        ("Quality of education", 3),
        ("Behaviour and attitudes", 2),
        ("Personal development", 2),
        ("Leadership and management", 3),
        ("Education programmes for young people", 3),
        ("Adult learning programmes", 2),
        ("Apprenticeships", 3),
        ("Provision for learners with high needs", 2),
    ], start=9):
        cov.cell(r, 1, k)
        cov.cell(r, 2, g)
    cov["A18"] = "Version control"
    cov["A18"].font = Font(bold=True)
    for c, h in enumerate(["Version", "Date", "Updated by", "Presented to"], start=1):
        cov.cell(19, c, h).font = Font(bold=True)
    for r, row in enumerate([
        ("v1.0", D(2025, 4, 7), "Vice Principal Curriculum & Quality", "Corporation"),
        ("v1.2", D(2025, 6, 16), "Quality Improvement Manager", "Quality & Standards Committee"),
        ("v1.4", D(2025, 9, 22), "Quality Improvement Manager", "Quality & Standards Committee"),
    ], start=20):
        for c, v in enumerate(row, start=1):
            cell = cov.cell(r, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 40
    cov.column_dimensions["B"].width = 22
    cov.column_dimensions["C"].width = 36
    cov.column_dimensions["D"].width = 32

    ws = wb.create_sheet("PIAP")
    heads = ["Ref", "Ofsted area for improvement", "Action", "Lead", "Support", "Start",
             "Target date", "Revised date", "Success measure / impact", "Progress update", "RAG"]
    ws["A1"] = "Reaseheath College – Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Progress position at 22 September 2025"
    ws["A2"].font = Font(italic=True)
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("385723")
        cell.alignment = WRAP
        cell.border = BOX

    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    row = 5

    def theme(text):
        nonlocal row
        ws.cell(row, 1, text).font = Font(bold=True, color="FFFFFF")
        ws.cell(row, 1).fill = fill("548235")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=11)
        row += 1

    def afi(text, actions):
        nonlocal row
        top = row
        for a in actions:
            ref, action, lead, support, start, target, revised, measure, progress, rag = a
            vals = [ref, None, action, lead, support, start, target, revised, measure, progress, rag]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row, 11).fill = fill(rag_fill[rag])
            row += 1
        ws.cell(top, 2, text).alignment = WRAP
        if row - 1 > top:
            ws.merge_cells(start_row=top, start_column=2, end_row=row - 1, end_column=2)

    theme("Theme 1: Education programmes for young people (16 to 19 study programmes)")
    afi("Leaders should ensure that teachers check learners' understanding carefully so that they "
        "can identify and close gaps in learners' knowledge before moving on to new topics.", [
        ("1.1",
         "Introduce a college-wide 'check for understanding' routine (cold-calling, hinge "
         "questions and mini-whiteboards) in all study programme lessons, supported by CPD on the "
         "March and April staff development days.",
         "Head of Teaching, Learning & Assessment", "Curriculum Managers", D(2025, 3, 3),
         D(2025, 4, 30), None, "Routine seen in 85% of learning walks",
         "CPD delivered 14/03 and 25/04; routine seen in 88% of summer term learning walks.",
         "Complete"),
        ("1.2",
         "Use learning walks and deep dives to check the consistency of the routines, and provide "
         "individual coaching for teachers where practice is weaker.",
         "Quality Improvement Manager", "Advanced Practitioners", D(2025, 4, 28),
         D(2025, 6, 30), D(2025, 10, 31), "All teachers below expected standard coached",
         "Deep dives in 6 of 9 areas complete; coaching extended into the autumn term.",
         "Amber"),
        ("1.3",
         "Redesign schemes of work in agriculture, animal management and engineering so that "
         "topics are sequenced and revisited, with low-stakes quizzes at the start of each unit.",
         "Head of Agriculture / Head of Animal Management", "Head of Engineering",
         D(2025, 4, 1), D(2025, 7, 31), None, "Revised SoW in place for September 2025",
         "All three areas redesigned and uploaded to Teams for 2025/26.", "Complete"),
    ])
    afi("Leaders should improve the attendance of learners on study programmes, particularly in "
        "English and mathematics lessons.", [
        ("1.4",
         "Introduce same-day telephone follow-up of all absences from English and mathematics "
         "lessons, with attendance reviewed weekly at curriculum meetings.",
         "Head of English & Maths", "Student Services", D(2025, 3, 10), "Ongoing", None,
         "Weekly attendance improving",
         "Follow-up calls in place; English and maths attendance 86% (was 81%).", "Green"),
        ("1.5",
         "Set attendance targets of 90% for English and mathematics and report progress to the "
         "Quality & Standards Committee each term.",
         "Vice Principal Curriculum & Quality", "Head of English & Maths", D(2025, 3, 10),
         D(2025, 7, 31), D(2025, 12, 31), "90% attendance in English and maths",
         "End of year attendance 84%; target not met and carried into 2025/26.", "Red"),
    ])
    theme("Theme 2: Apprenticeships")
    afi("Leaders and managers should ensure that apprentices who have completed their practical "
        "training take their final assessments without delay.", [
        ("2.1",
         "Review every apprentice who is past their planned end date and agree a gateway date with "
         "their employer and end-point assessment organisation.",
         "Head of Apprenticeships", "Skills Coaches", D(2025, 3, 3), D(2025, 5, 31), None,
         "No apprentice past planned end date without a gateway date",
         "All 47 reviewed; 39 through EPA by end of July.", "Complete"),
        ("2.2",
         "Book end-point assessments at the start of the final three months of each programme and "
         "monitor through the monthly apprenticeship performance meeting.",
         "Head of Apprenticeships and Apprenticeship Operations Manager", "MIS Team",
         D(2025, 4, 1), D(2025, 9, 30), None, "Timely achievement above 70%",
         "Booking report built in ProSolution; timely achievement 68% (Aug).", "Green"),
    ])
    afi("Leaders should ensure that employers are fully involved in planning and reviewing "
        "apprentices' progress, including in off-the-job training.", [
        ("2.3",
         "Hold three-way progress reviews every ten weeks with the apprentice, employer and skills "
         "coach, recorded on the e-portfolio, and train skills coaches in setting employer-agreed "
         "targets.",
         "Apprenticeship Operations Manager", "Employer Engagement Team", D(2025, 4, 1),
         D(2025, 8, 31), D(2025, 11, 30), "95% of reviews on time with employer present",
         "Reviews on time 81%; employer attendance at reviews remains inconsistent.", "Amber"),
    ])
    theme("Theme 3: Leadership and management")
    afi("Governors should receive accurate and timely information about the quality of education "
        "so that they can hold leaders to account effectively.", [
        ("3.1",
         "Redesign the quality report to the Quality & Standards Committee so that it includes "
         "learning walk findings, attendance and achievement in year, by curriculum area.",
         "Vice Principal Curriculum & Quality", "Director of MIS", D(2025, 4, 1),
         D(2025, 6, 30), None, "New report used from June 2025 committee",
         "New report received 16/06/2025 and 22/09/2025.", "Complete"),
        ("3.2",
         "Each governor to link with a curriculum area and take part in at least one learning walk "
         "a term, feeding back to the Committee.",
         "Clerk to the Corporation; Chair of Quality & Standards Committee", "Governors",
         D(2025, 5, 1), "Termly", None, "Link governor visit notes for every area",
         "Links agreed; 7 of 9 areas visited in the summer term.", "Green"),
    ])

    row += 1
    ws.cell(row, 1, "Summary").font = Font(bold=True)
    row += 1
    for lab, n in [("Complete", 4), ("Green – on track", 3), ("Amber", 2), ("Red", 1),
                   ("Total actions", 10)]:
        ws.cell(row, 1, lab)
        ws.cell(row, 2, n)
        row += 1
    row += 1
    ws.cell(row, 1, "Notes: Target dates in column G are those approved by the Corporation in "
                    "April 2025; revised dates in column H were agreed by the Quality & Standards "
                    "Committee on 16 June 2025.").font = Font(italic=True)

    widths = [7, 42, 55, 28, 22, 12, 12, 12, 30, 45, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for r, (lab, desc, col) in enumerate([
        ("Complete", "Action completed and impact evidenced", BLUE),
        ("Green", "On track to meet the target date", GREEN),
        ("Amber", "Behind schedule – recovery plan in place", AMBER),
        ("Red", "Significantly off track – escalated to SLT", RED),
    ], start=2):
        key.cell(r, 1, lab).fill = fill(col)
        key.cell(r, 2, desc)
    key.column_dimensions["B"].width = 50
    wb.save(out("iv1-reaseheath-college-ofsted-post-inspection-action-plan.xlsx"))


# =====================================================================
# 3. St Mary's University, Twickenham - Ofsted ITE improvement plan (csv)
# =====================================================================
def st_marys():
    rows = [
        ["St Mary's University, Twickenham – Initial Teacher Education (ITE) Improvement Plan 2024-25",
         "", "", "", "", "", ""],
        ["Following Ofsted ITE inspection 18-21 November 2024 (Primary and Secondary phases)",
         "", "", "", "", "", ""],
        ["Owner: Director of Initial Teacher Education. Last updated: 14/07/2025",
         "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Area for improvement (Ofsted)", "Action", "Lead(s)", "Deadline", "Status",
         "Progress / evidence"],
        ["PRIMARY PHASE", "", "", "", "", "", ""],
        ["P1.1",
         "Leaders should ensure that the centre-based curriculum for early reading and systematic "
         "synthetic phonics is consistently reinforced in school placements, so that all trainees "
         "can practise and apply what they have learned.",
         "Map the phonics and early reading sessions to placement tasks and issue a weekly "
         "'practise and apply' guide to mentors.",
         "Primary Programme Lead", "Jan-25", "Complete",
         "Guide issued 13/01/25; used by 94% of mentors (mentor survey, March)."],
        ["P1.2", "",
         "Observe each trainee teaching a phonics session during the second placement.\n"
         "Where this is not possible, arrange a visit to a partnership hub school.",
         "Link Tutors; Phonics Lead", "March 2025", "Complete",
         "Observations recorded for 212 of 215 trainees; 3 attended hub visits."],
        ["P2.1",
         "Leaders should ensure that mentors in all partnership schools have the expertise to give "
         "trainees precise feedback on the curriculum they have studied at the university.",
         "Run mandatory mentor curriculum training (two twilight sessions) for all new and "
         "returning primary mentors.",
         "Partnership Manager", "Sept 2025", "On track",
         "Sessions booked for 10 and 17 September; 160 mentors registered."],
        ["P2.2", "",
         "Introduce joint observations by link tutors and mentors, with a quality assurance report "
         "to the ITE Partnership Board each term.",
         "Dr Helen Brady and Mark Osei", "Ongoing - termly QA", "On track",
         "First QA report to Partnership Board 24/06/2025."],
        ["SECONDARY PHASE", "", "", "", "", "", ""],
        ["S1.1",
         "Leaders should make sure that trainees in a small number of subjects, including computing "
         "and design and technology, are taught the subject-specific content they need in "
         "sufficient depth.",
         "Subject leads for computing and D&T to review the subject curriculum against the ITTECF "
         "and add subject knowledge enhancement sessions where gaps are identified.",
         "Secondary Programme Lead", "30/06/2025", "Complete",
         "Curriculum maps revised; 6 additional SKE sessions timetabled for 2025-26."],
        ["S1.2", "",
         "Recruit an additional visiting tutor with recent computing teaching experience.",
         "Director of ITE", "Dec-25", "Not started",
         "Post to be advertised in the autumn recruitment round."],
        ["S2.1",
         "Leaders should further develop the way they track trainees' progress through the "
         "curriculum so that support is put in place quickly for those who fall behind.",
         "Introduce a termly RAG-rated progress review for every trainee, discussed at the subject "
         "team meeting, with an individual support plan for any trainee rated red.",
         "Secondary Programme Lead; Subject Leads", "Autumn term 2025", "At risk",
         "Tracker built in Abyasa; subject team training delayed to October."],
        ["", "", "", "", "", "", ""],
        ["Status key: Complete = blue; On track = green; At risk = amber; Off track = red; "
         "Not started = not yet rated", "", "", "", "", "", ""],
    ]
    with open(out("iv1-st-marys-university-twickenham-ofsted-ite-improvement-plan.csv"), "w",
              newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerows(rows)


# =====================================================================
# 4. East and North Hertfordshire Teaching NHS Trust - CQC must/should (xlsx)
# =====================================================================
def enht():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = ("East and North Hertfordshire Teaching NHS Trust – CQC Inspection Action Plan: "
                "Must Do and Should Do actions")
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Inspection: Lister Hospital, 4–6 June 2024 (report published 17 October 2024)"
    sm["A3"] = "Report to: Quality and Safety Committee, 26 November 2025"
    hdr = ["Core service", "Must do actions", "Should do actions", "Total", "Complete",
           "On track", "At risk", "Off track"]
    for c, h in enumerate(hdr, start=1):
        cell = sm.cell(6, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("DDEBF7")
        cell.border = BOX
    for r, vals in enumerate([
        ["Urgent and emergency care", 4, 2, 6, 3, 0, 2, 1],
        ["Medical care (including older people's care)", 2, 2, 4, 2, 2, 0, 0],
        ["Total", 6, 4, 10, 5, 2, 2, 1],
    ], start=7):
        for c, v in enumerate(vals, start=1):
            cell = sm.cell(r, c, v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    sm["A11"] = ("RAG key: B (blue) = complete and evidence accepted by Quality and Safety "
                 "Committee; G = on track; A = at risk of missing date; R = off track / date missed.")
    sm["A11"].font = Font(italic=True)
    sm.column_dimensions["A"].width = 46
    for col in "BCDEFGH":
        sm.column_dimensions[col].width = 14

    heads = ["Ref", "Must / Should", "CQC requirement", "Regulation", "Action", "Lead(s)",
             "Original date", "Revised date", "Previous RAG", "Current RAG", "Progress / evidence"]
    rag_col = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def sheet(title, heading, rating, reqs):
        ws = wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:K1")
        ws["A2"] = rating
        for c, h in enumerate(heads, start=1):
            cell = ws.cell(4, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("005EB8")
            cell.alignment = WRAP
            cell.border = BOX
        row = 5
        for kind, req, reg, actions in reqs:
            top = row
            for ref, action, lead, orig, rev, prev, cur, prog in actions:
                vals = [ref, kind, None, reg, action, lead, orig, rev, prev, cur, prog]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row, 9).fill = fill(rag_col[prev])
                ws.cell(row, 10).fill = fill(rag_col[cur])
                row += 1
            ws.cell(top, 3, req).alignment = WRAP
            if row - 1 > top:
                ws.merge_cells(start_row=top, start_column=3, end_row=row - 1, end_column=3)
                ws.merge_cells(start_row=top, start_column=2, end_row=row - 1, end_column=2)
                ws.merge_cells(start_row=top, start_column=4, end_row=row - 1, end_column=4)
        for i, w in enumerate([9, 9, 45, 10, 50, 30, 12, 12, 9, 9, 45]):
            ws.column_dimensions[chr(65 + i)].width = w
        ws.freeze_panes = "A5"

    sheet("UEC", "Urgent and emergency care – Lister Hospital",
          "Core service rating: Requires improvement (Safe: Inadequate)", [
        ("Must",
         "The trust must ensure that patients in the emergency department receive an initial "
         "clinical assessment within 15 minutes of arrival.", "Reg 12", [
            ("UEC-M1",
             "Introduce a rapid assessment and treatment (RAT) nurse at the front door 10:00–22:00 "
             "seven days a week.",
             "Chief Nurse / Divisional Director of Nursing, Unplanned Care",
             D(2024, 12, 31), D(2025, 3, 31), "A", "B",
             "RAT rota live from 03/03/2025; median time to initial assessment 12 minutes (Sept)."),
        ]),
        ("Must",
         "The trust must ensure that there are sufficient numbers of suitably qualified paediatric "
         "nurses on duty in the children's emergency department at all times.", "Reg 18", [
            ("UEC-M2",
             "Recruit to the 6.4 WTE paediatric nurse vacancies and, until recruited, roster a "
             "registered children's nurse from the children's ward on every shift.",
             "Divisional Director of Nursing, Unplanned Care",
             D(2025, 3, 31), D(2025, 9, 30), "A", "A",
             "4.0 WTE appointed; 2.4 WTE still vacant – 91% of shifts covered by an RN(C) in Oct."),
        ]),
        ("Must",
         "The trust must ensure that risk assessments for patients at risk of self-harm or suicide "
         "are completed and acted upon, and that patients awaiting mental health assessment are "
         "cared for in a safe environment.", "Reg 12", [
            ("UEC-M3a",
             "Embed the mental health risk assessment tool in Nerve Centre with a mandatory field "
             "at triage.",
             "Clinical Director, Emergency Medicine",
             D(2025, 2, 28), "—", "G", "B",
             "Live 17/02/2025; audit shows 96% completion."),
            ("UEC-M3b",
             "Complete the ligature-reduction works to the two mental health assessment rooms, with "
             "liaison input from Hertfordshire Partnership University NHS FT.",
             "Director of Estates and Facilities",
             D(2025, 1, 31), D(2025, 10, 31), "A", "R",
             "Room 1 complete; room 2 delayed by contractor – escalated to Executive Committee."),
        ]),
        ("Should",
         "The trust should ensure that staff complete mandatory safeguarding children level 3 "
         "training.", "N/A", [
            ("UEC-S1",
             "Deliver additional face-to-face level 3 sessions each month and report compliance by "
             "staff group to the divisional board.",
             "Named Nurse Safeguarding Children",
             D(2025, 3, 31), "—", "G", "B",
             "Compliance 92% medical, 95% nursing (target 90%)."),
        ]),
        ("Should",
         "The trust should ensure that pain scores are recorded and that analgesia is given in a "
         "timely way.", "N/A", [
            ("UEC-S2",
             "Add pain score prompts to the triage template and audit time to analgesia monthly.",
             "ED Matron",
             D(2025, 6, 30), D(2025, 12, 31), "G", "A",
             "Prompt added; audit shows 74% within 30 minutes against 90% goal."),
        ]),
    ])
    sheet("Medical care", "Medical care (including older people's care) – Lister Hospital",
          "Core service rating: Requires improvement", [
        ("Must",
         "The trust must ensure that medicines, including controlled drugs, are stored securely and "
         "that fridge temperatures are monitored and acted upon.", "Reg 12", [
            ("MED-M1",
             "Install remote temperature monitoring for all ward medicine fridges with alerts to "
             "pharmacy.",
             "Chief Pharmacist",
             D(2025, 3, 31), D(2025, 6, 30), "A", "B",
             "Installed on all 22 medical wards; alerts go to pharmacy and site team."),
        ]),
        ("Must",
         "The trust must ensure that patients' nutrition and hydration needs are assessed and that "
         "fluid balance charts are fully completed.", "Reg 14", [
            ("MED-M2",
             "Relaunch the MUST tool and electronic fluid balance charts with ward champions, and "
             "include both in the monthly ward accreditation audit.",
             "Deputy Chief Nurse; Lead Dietitian",
             D(2025, 12, 31), "—", "G", "G",
             "Champions on 20 of 22 wards; MUST completion 88%."),
        ]),
        ("Should",
         "The trust should ensure that discharge summaries are sent to GPs within 24 hours.",
         "N/A", [
            ("MED-S1",
             "Introduce a daily discharge summary dashboard for consultants and report performance "
             "to the Medicine Division governance meeting.",
             "Divisional Medical Director, Medicine",
             D(2025, 3, 31), "—", "G", "B",
             "Dashboard live; 93% of summaries sent within 24 hours (Q2)."),
        ]),
        ("Should",
         "The trust should ensure that all staff receive an annual appraisal.", "N/A", [
            ("MED-S2",
             "Agree an appraisal compliance trajectory with each ward manager, with a rolling "
             "programme to reach 90% by year end.",
             "Head of Nursing (Medicine) and HR Business Partner",
             D(2026, 3, 31), "—", "G", "G",
             "Compliance 84% and rising."),
        ]),
    ])
    wb.save(out("iv1-east-and-north-hertfordshire-teaching-nhs-trust-cqc-must-should-do-action-plan.xlsx"))


# =====================================================================
# 5. Castlefields Health Centre - CQC inspection action plan (tab-separated txt)
# =====================================================================
def castlefields():
    T = "\t"
    head = T.join(["Ref", "Action", "Lead", "Target date", "Status", "Update"])
    lines = [
        "Castlefields Health Centre – CQC Action Plan",
        "Following inspection on 19 March 2025 (report published 12 May 2025)",
        "Overall rating: Requires improvement. Safe: Requires improvement. Well-led: Requires improvement.",
        "Plan owner: Practice Manager" + T + "Reviewed at partners' meeting: 03/09/2025",
        "Key: C = completed" + T + "G = on track" + T + "A = some delay" + T
        + "R = not achieved by target date",
        "",
        "Requirement Notice 1 – Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment",
        "The provider must ensure care and treatment is provided in a safe way for service users, "
        "including the safe management of medicines and monitoring of patients on high-risk medicines.",
        head,
        T.join(["1.1",
                "Carry out a full search of patients prescribed methotrexate, lithium and DMARDs and "
                "recall any patient overdue monitoring bloods.",
                "Dr R Mistry", "30/04/2025", "C",
                "Search completed 14/04/25; 37 patients recalled, all now in date."]),
        T.join(["1.2",
                "Set up monthly high-risk drug searches run by the clinical pharmacist, with results "
                "reviewed at the clinical meeting.",
                "Clinical Pharmacist", "May 2025", "C",
                "Searches running since May; standing item on clinical meeting agenda."]),
        T.join(["1.3",
                "Audit a sample of medication reviews coded in the last 12 months to check each review "
                "was structured and recorded in line with the practice protocol.",
                "Dr R Mistry and Clinical Pharmacist", "31/07/2025", "A",
                "60% of sample audited; remainder being completed with locum pharmacist support."]),
        "",
        "Requirement Notice 2 – Regulation 17 HSCA (RA) Regulations 2014: Good governance",
        "The provider must ensure systems and processes are established and operated effectively to "
        "assess, monitor and mitigate risks, including in relation to safety alerts, infection "
        "prevention and control and staff training.",
        head,
        T.join(["2.1",
                "Introduce a safety alerts log (MHRA and NatPSA) with a named clinician responsible "
                "for each alert and a record of the action taken.",
                "Practice Manager / Lead GP", "Jun-25", "C",
                "Log in place; historic alerts reviewed back to 2023."]),
        T.join(["2.2",
                "Complete an IPC audit and action plan with the ICB IPC team and repeat the audit "
                "every six months.",
                "Lead Practice Nurse", "Sept 2025", "G",
                "First audit done 02/06/25 (87%); repeat booked for 25 September."]),
        T.join(["2.3",
                "Set up a training matrix covering all staff, with safeguarding, sepsis and basic "
                "life support at the required levels, and send monthly reminders.",
                "Deputy Practice Manager", "31/08/2025", "R",
                "Matrix built; BLS compliance 72% – extra session booked."]),
        "",
        "Areas where the practice should make improvements",
        "The practice should continue to improve the uptake of cervical screening.",
        head,
        T.join(["3.1",
                "Send text reminders with a direct booking link to all women overdue screening and "
                "offer Saturday clinics through the PCN extended access service.",
                "Lead Practice Nurse", "Ongoing", "G",
                "Uptake 25–49: 71.2% (Q1) up from 68.0%."]),
        "The practice should take action to improve patient satisfaction with telephone access.",
        head,
        T.join(["3.2",
                "Install a cloud telephony system with call-back and queue position messages.",
                "Practice Manager", "October 2025", "G",
                "Contract signed; go-live 13 October."]),
        T.join(["3.3",
                "Publish the results of the July 2025 patient survey and the practice's response, "
                "agreed with the Patient Participation Group.",
                "Practice Manager & PPG Chair", "End of September 2025", "",
                "Survey closed 31 July; results being analysed."]),
        "",
        "Next review: partners' meeting 05/11/2025",
    ]
    with open(out("iv1-castlefields-health-centre-cqc-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


# =====================================================================
# 6. Somerset NHS FT - CQC mental health must/should do (docx board paper)
# =====================================================================
def somerset():
    doc = Document()
    p = doc.sections[0].header.paragraphs[0]
    r = p.add_run("Somerset NHS Foundation Trust")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("CQC Must Do and Should Do Action Plan: progress report December 2025",
                      style="Title")

    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [
        ("Meeting", "Quality and Governance Assurance Committee (Part A)"),
        ("Date", "9 December 2025"),
        ("Agenda item", "7.2"),
        ("Title", "CQC Must Do and Should Do Action Plan: progress report December 2025"),
        ("Executive lead", "Chief Nursing Officer"),
        ("Author", "Head of Regulatory Compliance"),
        ("Purpose", "Assurance"),
        ("Recommendation", "The Committee is asked to note progress and the two actions at risk "
                           "or off track."),
    ]:
        row = cover.add_row()
        put(row.cells[0], k, bold=True)
        shade(row.cells[0], "DEEAF6")
        put(row.cells[1], v)

    doc.add_heading("1. Executive summary", level=1)
    doc.add_paragraph(
        "The CQC inspected two of the Trust's mental health core services in April 2025. The "
        "reports, published on 22 July 2025, set out five must do and two should do requirements. "
        "The Trust's action plan contains ten actions; four are completed, four are on track, one is "
        "at risk and one is off track.")
    summ = doc.add_table(rows=1, cols=6)
    summ.style = "Table Grid"
    header_row(summ, ["Core service", "Actions", "Completed", "On track", "At risk", "Off track"])
    for vals in [
        ["Acute wards for adults of working age and PICU", "6", "2", "3", "1", "0"],
        ["Community-based mental health services for adults of working age", "4", "2", "1", "0", "1"],
        ["Total", "10", "4", "4", "1", "1"],
    ]:
        row = summ.add_row()
        for c, v in zip(row.cells, vals):
            put(c, v, bold=(vals[0] == "Total"))

    doc.add_paragraph()
    doc.add_paragraph("Status key")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for c, (txt, col) in zip(key.rows[0].cells, [
        ("Completed – action delivered and evidence assured (blue)", BLUE),
        ("On track – will be delivered by the due date (green)", GREEN),
        ("At risk – due date may be missed (amber)", AMBER),
        ("Off track – due date missed or will be missed (red)", RED),
    ]):
        put(c, txt, size=9)
        shade(c, col)

    status_col = {"Completed": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    cols = ["No.", "Action", "Lead", "Due date", "Progress update", "Status"]

    def service(heading, reqs):
        doc.add_heading(heading, level=1)
        tb = doc.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        header_row(tb, cols)
        for req, actions in reqs:
            merged_row(tb, req, fill="F2F2F2")
            for no, action, lead, due, update, status in actions:
                row = tb.add_row()
                for c, v in zip(row.cells, [no, action, lead, due, update, status]):
                    put(c, v)
                shade(row.cells[5], status_col[status])
        doc.add_paragraph()

    service("2. Acute wards for adults of working age and psychiatric intensive care units", [
        ("MD1: The trust must ensure that staff monitor and record patients' physical health after "
         "the administration of rapid tranquillisation, in line with trust policy and NICE guidance. "
         "(Regulation 12)", [
            ("MD1.1",
             "Add a mandatory post-rapid tranquillisation observations template to RiO, triggered "
             "when rapid tranquillisation is recorded on the electronic prescribing system.",
             "Chief Pharmacist and Deputy Director of Nursing (Mental Health)", "31 August 2025",
             "Template live on all acute wards and the PICU from 18 August 2025.", "Completed"),
            ("MD1.2",
             "Audit post-rapid tranquillisation observations monthly on every acute ward and the "
             "PICU, with results reported to the Mental Health Quality and Safety Group.",
             "Ward Managers; Modern Matrons", "Monthly",
             "September 89%, October 93% of episodes with full observations.", "On track"),
        ]),
        ("MD2: The trust must ensure that there are enough suitably qualified and experienced "
         "nursing staff on each shift, including at night, to keep patients safe. (Regulation 18)", [
            ("MD2.1",
             "Complete the acute inpatient establishment review using the MHOST tool and present "
             "the revised establishments to the Board.",
             "Chief Nursing Officer", "Q3 2025/26",
             "MHOST data collection complete; paper to Board in December.", "On track"),
            ("MD2.2",
             "Run a targeted recruitment campaign for band 5 and band 6 nurses, including "
             "international recruits, to bring the acute ward vacancy rate below 10%.",
             "Director of People", "March 2026",
             "Vacancy rate 16.5%; international cohort delayed to February.", "At risk"),
        ]),
        ("MD3: The trust must ensure that patients' care plans are personalised, reflect their "
         "views and are reviewed after incidents. (Regulation 9)", [
            ("MD3.1",
             "Deliver co-produced care planning training with Experts by Experience to all "
             "registered nurses on the acute wards and the PICU.",
             "Head of Nursing Education", "Sept 2025 – Jan 2026",
             "62% of registered nurses trained so far.", "On track"),
        ]),
        ("SD1: The trust should ensure that patients have access to therapeutic activities at "
         "weekends.", [
            ("SD1.1",
             "Extend the occupational therapy rota to cover Saturday and Sunday on all acute wards.",
             "Head of Occupational Therapy", "End of October 2025",
             "Weekend OT cover in place since 4 October 2025.", "Completed"),
        ]),
    ])
    service("3. Community-based mental health services for adults of working age", [
        ("MD4: The trust must ensure that people on waiting lists for community mental health "
         "teams are regularly reviewed and that risk is managed while they wait. (Regulation 12)", [
            ("MD4.1",
             "Implement a waiting list 'safety net' process: contact every person waiting more "
             "than 4 weeks, with a RAG-rated risk review by a senior clinician.",
             "Service Director, Community Mental Health", "30/09/2025",
             "In place in all six locality teams.", "Completed"),
            ("MD4.2",
             "Report numbers waiting, longest waits and risk reviews completed to the Quality and "
             "Governance Assurance Committee each quarter.",
             "Associate Director of Performance", "Quarterly",
             "First report received October 2025.", "On track"),
        ]),
        ("MD5: The trust must ensure that staff receive regular clinical supervision and that "
         "supervision is recorded. (Regulation 18)", [
            ("MD5.1",
             "Introduce supervision recording on the workforce dashboard and set an 85% compliance "
             "target for all community teams.",
             "Deputy Director of Nursing (Mental Health)", "December 2025",
             "Dashboard not yet live; compliance currently recorded locally (67%).", "Off track"),
        ]),
        ("SD2: The trust should ensure that people using the service are given information about "
         "how to make a complaint.", [
            ("SD2.1",
             "Display PALS and complaints information in all community team bases and include it in "
             "the welcome letter.",
             "Head of Patient Experience", "31/07/2025",
             "Posters in all bases; welcome letter updated.", "Completed"),
        ]),
    ])

    doc.add_heading("Appendix: Glossary", level=2)
    g = doc.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    header_row(g, ["Term", "Meaning"])
    for k, v in [("MHOST", "Mental Health Optimal Staffing Tool"),
                 ("PICU", "Psychiatric intensive care unit"),
                 ("PALS", "Patient Advice and Liaison Service"),
                 ("RiO", "The Trust's mental health electronic patient record")]:
        row = g.add_row()
        put(row.cells[0], k)
        put(row.cells[1], v)
    doc.save(out("iv1-somerset-nhsft-cqc-mental-health-must-should-do-action-plan.docx"))


# =====================================================================
# 7. Homes England - ARC internal audit tracker, mistyped month (xlsx, refuse)
# =====================================================================
def homes_england():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Homes England – Internal Audit Recommendations: Implementation Status"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Committee – position as at 31 October 2025"
    hdr = ["Audit", "Assurance", "Recommendations", "Closed", "Open", "Overdue"]
    for c, h in enumerate(hdr, start=1):
        cell = sm.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
    for r, vals in enumerate([
        ["2024/25-07 Affordable Homes Programme – Grant Funding Assurance", "Moderate", 2, 1, 1, 0],
        ["2024/25-11 Cyber Security – Third-Party Access", "Limited", 3, 1, 2, 0],
        ["2025/26-02 Land Disposals Governance", "Moderate", 3, 0, 3, 0],
        ["Total", "", 8, 2, 6, 0],
    ], start=5):
        for c, v in enumerate(vals, start=1):
            sm.cell(r, c, v).border = BOX
    sm.column_dimensions["A"].width = 62
    for col in "BCDEF":
        sm.column_dimensions[col].width = 16

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal audit recommendations tracker – open and recently closed actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Prepared by: Head of Risk and Assurance. For ARC meeting 18 November 2025."
    heads = ["Audit (year / ref)", "Rec no.", "Priority", "Recommendation",
             "Agreed management action", "Action owner", "Original due date", "Revised due date",
             "Status", "Update / IA validation"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00205B")
        cell.alignment = WRAP
        cell.border = BOX
    status_fill = {"Closed": BLUE, "Open – on track": GREEN, "Open – at risk": AMBER,
                   "Open – revised date agreed": AMBER, "Not started": "FFFFFF"}
    rows = [
        ("G", "IA 2024/25-07 Affordable Homes Programme – Grant Funding Assurance (Moderate)"),
        ("A", "", 1, "High",
         "Grant claims above £5m should be subject to independent verification of start on site "
         "before payment is released.",
         "Introduce independent verification by the Technical Services team for all start-on-site "
         "claims above £5m, with evidence retained on the claim file.",
         "Director of Affordable Housing Delivery", D(2025, 3, 31), D(2025, 6, 30), "Closed",
         "Process live from June 2025. IA validated a sample of 10 claims (September 2025)."),
        ("A", "", 2, "Medium",
         "The grant monitoring framework should be updated to reflect the current programme "
         "conditions.",
         "Update the Capital Funding Guide compliance checklist and issue it to all Investment "
         "Managers.",
         "Head of Compliance Audit", D(2025, 12, 31), None, "Open – on track",
         "Draft checklist with Legal for review."),
        ("G", "IA 2024/25-11 Cyber Security – Third-Party Access (Limited)"),
        ("A", "", 1, "High",
         "Third-party access accounts should be reviewed at least quarterly and removed when no "
         "longer required.",
         "Implement quarterly access recertification for all third-party accounts in the "
         "privileged access management tool.",
         "Chief Information Officer; Head of Cyber Security", D(2025, 5, 31), "0ct-25",
         "Open – at risk",
         "First recertification completed for 70% of suppliers; remainder in progress."),
        ("A", "", 2, "High",
         "Contracts with suppliers that have access to Homes England systems should include the "
         "standard security schedule.",
         "Review all 34 contracts with system access and vary those without the security schedule "
         "at renewal or by agreement.",
         "Head of Commercial", D(2025, 9, 30), D(2026, 3, 31), "Open – revised date agreed",
         "21 of 34 contracts compliant; extension agreed by ARC Chair."),
        ("A", "", 3, "Medium",
         "Joiners, movers and leavers procedures should cover contractors engaged through framework "
         "agencies.",
         "Update the JML procedure and ServiceNow workflow to include contingent labour.",
         "Chief People Officer", D(2025, 7, 31), None, "Closed",
         "Workflow updated July 2025; IA validated."),
        ("G", "IA 2025/26-02 Land Disposals Governance (Moderate)"),
        ("A", "", 1, "Medium",
         "Disposal decisions above delegated limits should be recorded in the Investment Committee "
         "minutes with the valuation relied upon.",
         "Amend the Investment Committee paper template and minutes to record the Red Book "
         "valuation reference and date.",
         "Company Secretary", D(2025, 11, 30), None, "Open – on track",
         "Template amended; minutes change from November meeting."),
        ("A", "", 2, "Low",
         "The land disposals register should be reconciled to the finance system monthly.",
         "Introduce a monthly reconciliation between the disposals register and Oracle, signed off "
         "by the Financial Controller.",
         "Financial Controller", D(2025, 12, 31), None, "Open – on track",
         "Reconciliation template agreed."),
        ("A", "", 3, "Medium",
         "Overage and clawback clauses should be tracked to ensure receipts are collected when "
         "triggered.",
         "Create an overage and clawback register and review it at the quarterly Land Committee.",
         "Head of Land Disposals and Legal Director", D(2026, 1, 31), None, "Not started",
         "Scheduled to start December 2025."),
    ]
    r = 5
    for item in rows:
        if item[0] == "G":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        else:
            vals = list(item[1:])
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 9).fill = fill(status_fill[vals[8]])
        r += 1
    for i, w in enumerate([14, 7, 9, 45, 50, 30, 13, 13, 18, 45]):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    wb.save(out("iv1-homes-england-audit-risk-committee-internal-audit-tracker-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    kimbolton()
    reaseheath()
    st_marys()
    enht()
    castlefields()
    somerset()
    homes_england()
    print("built 7 iv1 files in", HERE)
