"""Build the seven nh1- data files of set heldout406.

Run with: /work/main/.venv/bin/python nh1_make.py
Writes into the folder this script lives in.
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

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "BFBFBF",
}


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hex_colour):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tc_pr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def set_cell_lines(cell, text):
    """Write text with inner line breaks as separate paragraphs in the cell."""
    lines = text.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


# ---------------------------------------------------------------------------
# 1. Hathershaw College - post-Ofsted action plan (school, xlsx)
# ---------------------------------------------------------------------------
HATH_TITLE = "Hathershaw College – Post-Ofsted Action Plan 2024–25"
HATH = [
    ("theme", "Quality of education"),
    ("afi", "AFI 1: In some subjects, leaders have not identified the important knowledge "
            "that pupils should learn in key stage 3. Leaders should make sure that the "
            "curriculum in these subjects sets out precisely what pupils need to know and "
            "when they will learn it."),
    ("act", "1.1",
     "Review KS3 curriculum maps in geography, computing and design technology with subject "
     "leaders, identifying the essential knowledge for each unit.",
     "Vice Principal (Curriculum)",
     "Curriculum maps for all three subjects show sequenced essential knowledge.",
     "Autumn term 2024", "SLT / LGB Standards",
     "All three maps reviewed and signed off at SLT on 9 December 2024.", "blue"),
    ("act", "1.2",
     "Subject leaders to rewrite knowledge organisers for Year 7 and Year 8 units and share "
     "them with trust subject networks for quality assurance.",
     "JMc / RHa",
     "Knowledge organisers in use in every Y7/Y8 lesson; pupil voice shows pupils can recall key content.",
     "Spring term 2025", "Vice Principal (Curriculum)",
     "Y7 organisers complete; Y8 due before Easter.", "green"),
    ("act", "1.3",
     "Line-management meetings to include a curriculum deep dive in each of the three "
     "subjects, with findings reported to the Local Governing Body.",
     "Principal",
     "Deep-dive findings show consistent implementation across classes.",
     "Termly", "LGB Standards Committee",
     "Autumn deep dives completed; spring deep dives scheduled.", "green"),
    ("afi", "AFI 2: Teachers do not routinely check pupils’ understanding before moving on to "
            "new content. As a result, some pupils develop gaps in their knowledge. Leaders "
            "should ensure that teachers use assessment strategies consistently to identify "
            "and address misconceptions."),
    ("act", "2.1",
     "Deliver whole-staff CPD on responsive teaching and checking for understanding "
     "(mini-whiteboards, hinge questions, cold calling).",
     "Assistant Principal (Teaching & Learning)",
     "Learning walks show checking for understanding in 90% of lessons.",
     "Oct-24", "SLT",
     "Three INSET sessions delivered September–October 2024.", "blue"),
    ("act", "2.2",
     "Introduce fortnightly instructional coaching for all teaching staff, with coaches "
     "trained through the trust's coaching programme.\nEarly career teachers to receive "
     "weekly coaching.",
     "Assistant Principal (Teaching & Learning)",
     "Every teacher has an active coaching step; coaching log up to date.",
     "Summer term 2025", "SLT",
     "Coaching running for 80% of staff; two coaches still to complete training.", "amber"),
    ("act", "2.3",
     "Quality assure the use of assessment for learning through learning walks and book "
     "looks, reporting trends to SLT each half term.",
     "SLT link leaders",
     "QA calendar completed; trends acted on in department plans.",
     "Half-termly", "Principal",
     "On schedule.", "green"),
    ("theme", "Behaviour and attitudes"),
    ("afi", "AFI 3: Rates of persistent absence remain high, particularly for disadvantaged "
            "pupils and pupils with SEND. Leaders should continue to take action to improve "
            "the attendance of these groups."),
    ("act", "3.1",
     "Appoint an Attendance Officer and a Family Support Worker to work with families of "
     "persistently absent pupils.",
     "Principal",
     "Both posts filled.",
     "Sept 2024", "LGB",
     "Both appointed and in post from 2 September 2024.", "blue"),
    ("act", "3.2",
     "Implement the DfE 'Working together to improve school attendance' guidance, including "
     "a tiered response with first-day calling and home visits on day 3.",
     "Assistant Principal (Behaviour & Attendance)",
     "Attendance policy updated; tiered response log shows timely contact.",
     dt.datetime(2024, 12, 31), "SLT",
     "Policy approved by LGB; home visit protocol in place.", "green"),
    ("act", "3.3",
     "Track attendance of disadvantaged pupils and pupils with SEND weekly, with pastoral "
     "leaders setting individual attendance plans for those below 90%.",
     "Heads of Year / SENCo",
     "Persistent absence for disadvantaged pupils falls below 25% by July 2025.",
     "Jul-25", "LGB Standards Committee",
     "PA for disadvantaged pupils 31.4% (Jan) – no improvement on autumn term.", "red"),
    ("act", "3.4",
     "Report attendance data for key groups to each Local Governing Body meeting.",
     "Attendance Officer",
     "Governors can challenge attendance for each group.",
     "Ongoing", "Clerk to LGB",
     "", "grey"),
]


def make_hathershaw():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = HATH_TITLE
    cov["A1"].font = Font(bold=True, size=16)
    rows = [
        ("Inspection dates:", "14 and 15 May 2024"),
        ("Overall effectiveness:", "Requires improvement"),
        ("Plan owner:", "Principal"),
        ("Monitored by:", "Local Governing Body (Standards Committee)"),
        ("Version:", "v4 – updated 3 February 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=3):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A9"] = "RAG key"
    cov["A9"].font = Font(bold=True)
    key = [
        ("blue", "Complete – action achieved and impact evidenced"),
        ("green", "On track"),
        ("amber", "Some slippage – action under way but behind timescale"),
        ("red", "Not on track – escalate to Principal"),
        ("grey", "Not yet started"),
    ]
    for i, (c, t) in enumerate(key, start=10):
        cov.cell(i, 1).fill = fill(FILL[c])
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2, t)
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Post-Ofsted Action Plan – Areas for Improvement"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Ofsted inspection 14–15 May 2024 | RAG as at February 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Action", "Lead(s)", "Success criteria", "Timescale", "Monitoring",
             "Progress update (Feb 2025)", "RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for item in HATH:
        if item[0] == "theme":
            ws.cell(r, 1, item[1]).font = Font(bold=True, size=12, color="FFFFFF")
            ws.cell(r, 1).fill = fill("2F5496")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif item[0] == "afi":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("D9E1F2")
            ws.cell(r, 1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 45
        else:
            _, ref, action, lead, success, when, monitor, update, rag = item
            vals = [ref, action, lead, success, when, monitor, update]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(when, dt.datetime):
                ws.cell(r, 5).number_format = "dd/mm/yyyy"
            rc = ws.cell(r, 8)
            rc.fill = fill(FILL[rag])
            rc.border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: RAG ratings agreed at SLT review on 3 February 2025. Evidence is held in "
                  "Staff Shared > Ofsted > PIAP.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    widths = [7, 50, 24, 36, 16, 20, 40, 8]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "nh1-hathershaw-college-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. City College Norwich - Ofsted post-inspection action plan (college, docx)
# ---------------------------------------------------------------------------
CCN_TITLE = "City College Norwich – Post-Inspection Action Plan"
CCN = [
    ("Leaders and managers should ensure that teachers on level 1 and level 2 study "
     "programmes check learners’ understanding effectively, so that learners can remember "
     "and apply what they have learned.",
     [
         ("1.1", "Deliver a programme of teaching and learning CPD on retrieval practice and "
                 "checking for understanding for all study programme teachers.",
          "Head of Teaching, Learning and Assessment", "31 July 2024",
          "All study programme teachers attend; observation outcomes show effective questioning.",
          "Four twilight sessions delivered; attendance 94%.", "G"),
         ("1.2", "Introduce termly learning walks focused on questioning and assessment, with "
                 "targeted coaching for teachers whose practice is not yet consistently good.",
          "Head of Quality\nAdvanced Practitioners", "Dec 2024",
          "Learning walk findings improve each term.",
          "First round of learning walks completed in May 2024.", "G"),
         ("1.3", "Review level 1 and 2 schemes of work so that each unit includes planned "
                 "low-stakes assessment points.",
          "Directors of Faculty", "Sept 2024 – Jan 2025",
          "Schemes of work for all level 1 and 2 courses include assessment points.",
          "Template agreed; reviews start in September.", "A"),
     ]),
    ("Leaders should ensure that apprentices in construction and engineering receive the "
     "off-the-job training to which they are entitled, and that employers are fully involved "
     "in planning and reviewing apprentices’ progress.",
     [
         ("2.1", "Audit off-the-job hours for all construction and engineering apprentices and "
                 "put catch-up plans in place for any apprentice below their planned hours.",
          "Director of Apprenticeships", "June 2024",
          "Every apprentice on track for planned off-the-job hours.",
          "Audit complete; 23 catch-up plans in place.", "B"),
         ("2.2", "Hold tripartite progress reviews every ten weeks with apprentice, employer and "
                 "assessor, using the revised review template.",
          "Heads of Department (Construction, Engineering)", "Ongoing – reviewed monthly",
          "95% of reviews completed on time with employer present.",
          "Revised template in use from 1 May 2024.", "G"),
         ("2.3", "Launch an employer engagement forum for construction and engineering employers "
                 "to co-design the sequencing of on- and off-the-job training.",
          "Director of Apprenticeships\nBusiness Development Manager", "Nov 2024",
          "Forum meets termly; employers contribute to curriculum plans.",
          "Launch event postponed; venue and date not yet confirmed.", "R"),
     ]),
    ("Leaders should make sure that adult learners on English for speakers of other languages "
     "(ESOL) courses receive helpful careers advice and guidance so that they can plan their "
     "next steps.",
     [
         ("3.1", "Provide a careers adviser session for every ESOL class in the first half-term, "
                 "and record next-step plans on ProMonitor.",
          "Careers and Employability Manager", "October 2024",
          "All ESOL learners have a recorded next-step plan.",
          "Sessions booked for September and October.", "G"),
         ("3.2", "Train ESOL tutors to embed careers-related vocabulary and information about "
                 "local employment routes into schemes of work.",
          "Head of Adult and Community Learning / ESOL Curriculum Manager", "Spring term 2025",
          "Schemes of work include careers content in every unit.",
          "Training planned for the January staff development day.", "G"),
     ]),
]
RAG_SHADE = {"B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF0000"}


def make_city_college_norwich():
    doc = Document()
    doc.add_heading(CCN_TITLE, level=0)
    doc.add_paragraph("Ofsted further education and skills inspection: 5 to 8 March 2024 "
                      "(report published 18 April 2024)")
    doc.add_paragraph("Overall effectiveness: Good. This plan sets out the actions the college is "
                      "taking in response to the areas for improvement identified by inspectors. "
                      "Progress is reported to each meeting of the Quality and Standards Committee.")

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        bold_cell(c, h)
    for row in [("1.0", "2 May 2024", "Deputy Principal", "Senior Leadership Team"),
                ("1.1", "17 June 2024", "Head of Quality", "Quality and Standards Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_heading("RAG key", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("B", "Complete"), ("G", "On track"), ("A", "At risk of slipping"),
                 ("R", "Off track")]:
        cells = t.add_row().cells
        cells[0].text = k
        shade(cells[0], RAG_SHADE[k])
        cells[1].text = v

    doc.add_heading("Areas for improvement and actions", level=1)
    for n, (afi, actions) in enumerate(CCN, start=1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        p = doc.add_paragraph()
        p.add_run(afi).italic = True
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        heads = ["Ref", "Action", "Lead", "By when", "Success measure",
                 "Progress update (June 2024)", "RAG"]
        for c, h in zip(t.rows[0].cells, heads):
            bold_cell(c, h)
            shade(c, "D9D9D9")
        for ref, action, lead, when, measure, update, rag in actions:
            cells = t.add_row().cells
            cells[0].text = ref
            cells[1].text = action
            set_cell_lines(cells[2], lead)
            cells[3].text = when
            cells[4].text = measure
            cells[5].text = update
            cells[6].text = rag
            shade(cells[6], RAG_SHADE[rag])
        doc.add_paragraph()

    doc.add_heading("Approval", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Approved by", "Principal and Chief Executive"),
                 ("Date", "17 June 2024"),
                 ("Next review", "Quality and Standards Committee, October 2024")]:
        cells = t.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v
    doc.save(os.path.join(HERE, "nh1-city-college-norwich-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Birkbeck - apprenticeships post-inspection action plan (university, xlsx)
# ---------------------------------------------------------------------------
BBK_TITLE = "Birkbeck, University of London – Apprenticeships Post-Inspection Action Plan"
BBK_SHEETS = [
    ("QoE", "Quality of education", [
        ("Ensure that tutors plan the curriculum so that apprentices build their knowledge and "
         "skills in a logical order, particularly in the early stages of the digital and "
         "technology solutions apprenticeship.",
         [
             ("1a", "Re-sequence year 1 modules of the Digital and Technology Solutions (DTS) "
                    "apprenticeship so that programming fundamentals are taught before the "
                    "systems development module.",
              "Okafor, Adaeze", dt.datetime(2025, 2, 3), dt.datetime(2025, 7, 31),
              "Amber", "Green", "Revised sequence approved by Programme Board; runs from September 2025 intake."),
             ("1b", "Map each module to the knowledge, skills and behaviours (KSBs) in the "
                    "apprenticeship standard and publish the map to apprentices and employers on Moodle.",
              "Okafor, Adaeze; Reid, Marcus", dt.datetime(2025, 2, 3), dt.datetime(2025, 4, 30),
              "Green", "Complete", "KSB maps published on Moodle 25/04/2025."),
             ("1c", "Peer-review revised module plans through the School's Curriculum Review Panel.",
              "Chair, Curriculum Review Panel", dt.datetime(2025, 3, 1), dt.datetime(2025, 6, 30),
              "Amber", "Amber", "Two of five modules reviewed; panel meeting moved to late June."),
         ]),
        ("Improve the quality and frequency of progress reviews so that apprentices and their "
         "employers know what apprentices need to do to improve and achieve high grades.",
         [
             ("2a", "Introduce a new progress review template that records targets against KSBs "
                    "and is signed by the apprentice, employer and skills coach.",
              "Whitfield, Tom", dt.datetime(2025, 2, 3), dt.datetime(2025, 2, 28),
              "Complete", "Complete", "Template live from 24/02/2025."),
             ("2b", "Skills coaches to complete progress reviews every 10–12 weeks for all "
                    "apprentices, monitored through the monthly apprenticeship dashboard.",
              "Whitfield, Tom", dt.datetime(2025, 2, 3), dt.datetime(2025, 5, 31),
              "Amber", "Red", "71% of reviews in date (target 95%); two skills coach vacancies."),
         ]),
    ]),
    ("L&M", "Leadership and management", [
        ("Ensure that governors receive sufficiently detailed information about the quality of "
         "apprenticeship provision to hold leaders to account.",
         [
             ("3a", "Produce a termly apprenticeships quality report for the Education and Student "
                    "Experience Committee, including achievement, retention and off-the-job "
                    "training data.",
              "Pro-Vice-Master (Education)", dt.datetime(2025, 3, 1), "Termly",
              "Green", "Green", "First report received by the Committee in March 2025."),
             ("3b", "Appoint a governor with responsibility for apprenticeships and arrange a "
                    "briefing on the Ofsted education inspection framework.",
              "University Secretary", dt.datetime(2025, 2, 3), dt.datetime(2025, 3, 31),
              "Amber", "Complete", "Link governor appointed; briefing held 20/03/2025."),
         ]),
        ("Ensure that apprentices receive timely and effective preparation for their end-point "
         "assessment.",
         [
             ("4a", "Run end-point assessment readiness workshops for all apprentices in their "
                    "final year, including mock professional discussions.",
              "EPA Coordinator", dt.datetime(2025, 4, 1), dt.datetime(2025, 7, 31),
              "Green", "Green", "Workshops scheduled for May and June."),
             ("4b", "Agree gateway checklists with employers at least three months before each "
                    "apprentice's planned gateway date.",
              "Whitfield, Tom; EPA Coordinator", dt.datetime(2025, 5, 1), dt.datetime(2025, 9, 30),
              "New", "Green", "Checklist drafted with two employers."),
         ]),
    ]),
]


def make_birkbeck():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = BBK_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("Ofsted inspection of apprenticeship provision, 21–24 January 2025 – overall "
               "effectiveness: Requires improvement")
    s["A3"] = "Reported to: Education and Student Experience Committee, 10 June 2025"
    heads = ["Judgement area", "Actions", "Complete", "Green", "Amber", "Red"]
    for j, h in enumerate(heads, start=1):
        c = s.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    r = 6
    totals = [0] * 5
    for _, area, recs in BBK_SHEETS:
        cur = [a[6] for _, acts in recs for a in acts]
        counts = [len(cur), cur.count("Complete"), cur.count("Green"), cur.count("Amber"),
                  cur.count("Red")]
        totals = [x + y for x, y in zip(totals, counts)]
        s.cell(r, 1, area).border = BOX
        for j, v in enumerate(counts, start=2):
            s.cell(r, j, v).border = BOX
        r += 1
    s.cell(r, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(totals, start=2):
        s.cell(r, j, v).font = Font(bold=True)
    s.cell(r + 2, 1, "Status key: Complete = action finished and impact confirmed; Green = on track; "
                     "Amber = risk to timescale; Red = overdue or not on track")
    s.column_dimensions["A"].width = 30

    status_fill = {"Complete": "9BC2E6", "Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
    for sheet_name, area, recs in BBK_SHEETS:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = area
        ws["A1"].font = Font(bold=True, size=13)
        heads = ["No.", "Ofsted recommendation", "Action", "Owner", "Start", "Due",
                 "Previous RAG (Mar 25)", "Current RAG (May 25)", "Progress update"]
        for j, h in enumerate(heads, start=1):
            c = ws.cell(2, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("000000")
            c.alignment = WRAP
            c.border = BOX
        r = 3
        for rec, acts in recs:
            first = r
            for ref, action, owner, start, due, prev, cur, upd in acts:
                vals = [ref, None, action, owner, start, due, prev, cur, upd]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j, v in ((7, prev), (8, cur)):
                    if v in status_fill:
                        ws.cell(r, j).fill = fill(status_fill[v])
                r += 1
            ws.cell(first, 2, rec).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        for j, w in enumerate([6, 40, 50, 24, 12, 12, 12, 12, 40], start=1):
            ws.column_dimensions[chr(64 + j)].width = w
    wb.save(os.path.join(HERE, "nh1-birkbeck-university-of-london-ofsted-apprenticeships-piap.xlsx"))


# ---------------------------------------------------------------------------
# 4. Doncaster and Bassetlaw THFT - CQC must/should do progress report (docx)
# ---------------------------------------------------------------------------
DBTH_TITLE = "CQC Must Do and Should Do Action Plan – Progress Update"
DBTH = [
    ("2.1 Urgent and emergency care – Doncaster Royal Infirmary", [
        ("MD1: The trust must ensure that patients in the emergency department receive an "
         "initial clinical assessment within 15 minutes of arrival. (Regulation 12(1))",
         [
             ("MD1.1", "Implement a streaming and triage nurse at the front door 24/7, supported "
                       "by the rapid assessment and treatment (RAT) model.",
              "Chief Operating Officer / General Manager – Emergency Medicine", "31/03/2024",
              "Triage nurse rota in place since March 2024. Median time to initial assessment "
              "14 minutes in October.", "B"),
             ("MD1.2", "Audit time to initial assessment weekly and report performance to the UEC "
                       "Divisional Governance Meeting.",
              "Divisional Director of Nursing (UEC)", "Ongoing (weekly audit)",
              "Weekly audit embedded; reported monthly.", "G"),
         ]),
        ("MD2: The trust must ensure that staff complete mandatory training, including "
         "safeguarding level 3, in line with trust targets. (Regulation 18(2)(a))",
         [
             ("MD2.1", "Agree a recovery trajectory for safeguarding level 3 training in the "
                       "emergency department with monthly monitoring by the care group.",
              "Chief Nurse / Head of Safeguarding", "Mar-25",
              "Compliance 78% against 90% target; trajectory slipped in September.", "A"),
             ("MD2.2", "Provide protected training time for ED nursing and medical staff through "
                       "rostered education days.",
              "Divisional Director of Nursing (UEC)", "Q4 2024/25",
              "Education days on the rota from November.", "G"),
         ]),
        ("SD1: The trust should ensure that mental health risk assessments are completed and "
         "documented for all patients presenting with mental health needs.",
         [
             ("SD1.1", "Introduce the revised mental health risk assessment tool on the electronic "
                       "patient record and train ED staff in its use.",
              "Medical Director", "30/09/2024",
              "Go-live delayed by the EPR upgrade; escalated to the Digital Programme Board.", "R"),
         ]),
    ]),
    ("2.2 Medical care (including older people’s care) – Bassetlaw Hospital", [
        ("MD3: The trust must ensure that patients’ fluid balance and nutrition charts are fully "
         "completed and reviewed. (Regulation 12(2)(a))",
         [
             ("MD3.1", "Relaunch fluid balance and MUST nutrition charts on all medical wards, with "
                       "ward-level compliance audits each month.",
              "Matron – Medicine (Bassetlaw)", "December 2024",
              "Relaunch complete on 5 of 6 wards; audit compliance 86%.", "G"),
             ("MD3.2", "Include fluid balance and nutrition compliance in the ward accreditation "
                       "programme.",
              "Deputy Chief Nurse", "Q1 2025/26",
              "Standards drafted for accreditation panel.", "G"),
         ]),
        ("SD2: The trust should ensure that discharge planning starts on admission and involves "
         "patients and their families.",
         [
             ("SD2.1", "Roll out the ‘Home First’ discharge checklist and estimated date of "
                       "discharge on admission across medical wards.",
              "Chief Operating Officer / Head of Patient Flow", "28/02/2025",
              "Checklist live on two wards; roll-out paused during winter escalation.", "A"),
         ]),
    ]),
]
BRAG_SHADE = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def make_dbth():
    doc = Document()
    doc.add_heading(DBTH_TITLE, level=0)
    doc.add_paragraph("Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Meeting", "Board of Directors (Public)"),
                 ("Date", "26 November 2024"),
                 ("Agenda item", "B4"),
                 ("Report author", "Head of Compliance and Regulation"),
                 ("Executive lead", "Chief Nurse"),
                 ("Purpose", "Assurance")]:
        cells = t.add_row().cells
        bold_cell(cells[0], k)
        shade(cells[0], "DEEAF6")
        cells[1].text = v

    doc.add_heading("1. Executive summary", level=1)
    doc.add_paragraph("The CQC inspected urgent and emergency care at Doncaster Royal Infirmary "
                      "and medical care at Bassetlaw Hospital in October 2023 (reports published "
                      "9 February 2024). The reports identified 3 Must Do and 2 Should Do "
                      "requirements, against which the trust agreed 8 actions.")
    doc.add_paragraph("BRAG status: B = complete and evidenced; G = on track; A = risk to "
                      "delivery date; R = overdue.")
    all_rag = [a[5] for _, groups in DBTH for _, acts in groups for a in acts]
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    bold_cell(t.rows[0].cells[0], "BRAG")
    bold_cell(t.rows[0].cells[1], "Number of actions")
    for k in "BGAR":
        cells = t.add_row().cells
        cells[0].text = k
        shade(cells[0], BRAG_SHADE[k])
        cells[1].text = str(all_rag.count(k))
    cells = t.add_row().cells
    bold_cell(cells[0], "Total")
    bold_cell(cells[1], str(len(all_rag)))

    doc.add_heading("2. Action plan", level=1)
    for service, groups in DBTH:
        doc.add_heading(service, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        heads = ["Ref", "Action", "Executive / operational lead", "Due date", "Progress update",
                 "BRAG"]
        for c, h in zip(t.rows[0].cells, heads):
            bold_cell(c, h)
            shade(c, "1F4E79")
        for req, acts in groups:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            bold_cell(merged, req)
            shade(merged, "DEEAF6")
            for ref, action, lead, due, upd, rag in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, action, lead, due, upd, rag]):
                    c.text = v
                shade(cells[5], BRAG_SHADE[rag])
        doc.add_paragraph()

    doc.add_heading("3. Recommendation", level=1)
    doc.add_paragraph("The Board is asked to note the progress made and the actions rated amber "
                      "and red, which are overseen by the Quality and Effectiveness Committee.")
    doc.save(os.path.join(
        HERE, "nh1-doncaster-and-bassetlaw-teaching-hospitals-nhsft-cqc-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Pencester Surgery - CQC inspection action plan (GP, csv) - refuse case
# ---------------------------------------------------------------------------
PEN_ROWS = [
    ["Pencester Surgery – CQC Inspection Action Plan"],
    ["Inspection date: 11 June 2024. Overall rating: Requires improvement (Safe: Requires "
     "improvement; Well-led: Requires improvement)"],
    ["Plan owner: Practice Manager. Reviewed at the monthly partners' meeting."],
    [],
    ["Ref", "Key question", "CQC finding", "Action required", "Responsible", "Target date",
     "Status", "Update"],
    ["1", "Safe",
     "Requirement notice – Regulation 12: Safe care and treatment. Patients on high-risk "
     "medicines were not always monitored in line with guidance.",
     "Run monthly searches for patients on DMARDs, lithium and warfarin and recall any patient "
     "overdue monitoring.",
     "Dr S Patel / Clinical Pharmacist", "31/07/2024", "Complete",
     "Searches set up on EMIS; 14 patients recalled."],
    ["2", "Safe",
     "Requirement notice – Regulation 12: Safe care and treatment. Patients on high-risk "
     "medicines were not always monitored in line with guidance.",
     "Add a structured medication review template to the clinical system and audit 20 records "
     "each quarter.",
     "Clinical Pharmacist", "Sep-24", "Complete", "First audit: 18/20 compliant."],
    ["3", "Safe",
     "Emergency medicines and equipment were not checked consistently.",
     "Introduce a weekly checklist for the emergency trolley and oxygen, signed off by the duty "
     "nurse.",
     "Lead Practice Nurse", "Aug-24", "Complete", "Checklist in use since July."],
    ["4", "Safe",
     "Not all staff had completed safeguarding training at the appropriate level.",
     "Ensure all clinicians complete safeguarding children level 3 and administrative staff "
     "level 1 through Bluestream.",
     "Practice Manager", "Decmber 2024", "In progress", "Clinicians 9/11 complete."],
    ["5", "Well-led",
     "Requirement notice – Regulation 17: Good governance. Systems to manage significant events "
     "and patient safety alerts were not effective.",
     "Create a patient safety alerts log with GP lead sign-off, reviewed at the monthly clinical "
     "meeting.",
     "Dr J Hughes", "Oct-24", "Complete", "Log live; MHRA alerts reviewed since September."],
    ["6", "Well-led",
     "Requirement notice – Regulation 17: Good governance. Systems to manage significant events "
     "and patient safety alerts were not effective.",
     "Hold quarterly significant event review meetings and share learning with the whole "
     "practice team.",
     "Practice Manager & Dr J Hughes", "Quarterly", "On track", "Next meeting 16 January."],
    ["7", "Effective",
     "Should: continue to improve uptake of cervical screening.",
     "Offer Saturday morning cervical screening clinics and send text reminders to "
     "non-responders.",
     "Lead Practice Nurse", "Mar-25", "On track", "Three Saturday clinics held."],
    ["8", "Responsive",
     "Should: improve patient satisfaction with telephone access.",
     "Install a cloud telephony system with call-back and queue position, and review GP Patient "
     "Survey results with the PPG.",
     "Practice Manager", "Jan-25", "Not started", "Awaiting ICB digital funding decision."],
]


def make_pencester():
    width = 8
    path = os.path.join(HERE, "nh1-pencester-surgery-cqc-inspection-action-plan-typo-month-refuse.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in PEN_ROWS:
            w.writerow(row + [""] * (width - len(row)))


# ---------------------------------------------------------------------------
# 6. Cheadle Royal Hospital - CQC must/should do action plan (mental health, txt)
# ---------------------------------------------------------------------------
CHR_HEAD = [
    "Cheadle Royal Hospital – CQC Inspection Action Plan (Must Do / Should Do)",
    "Inspection: 3–5 September 2024 (report published 14 November 2024)",
    "Export date: 21/02/2025",
    "RAG: B = completed and evidenced, G = on track, A = at risk, R = overdue",
    "",
]
CHR_COLS = ["Core service", "Ref", "Type", "CQC requirement", "Action", "Action owner",
            "Target date", "RAG", "Evidence / comments"]
ACUTE = "Acute wards for adults of working age and psychiatric intensive care units"
CAMHS = "Child and adolescent mental health wards"
M1 = ("The provider must ensure that ligature risk assessments are reviewed and updated "
      "following any change to the ward environment.")
M2 = ("The provider must ensure that staff carry out and record physical health observations "
      "after rapid tranquillisation in line with policy.")
S1 = ("The provider should ensure that patients have access to regular one-to-one time with "
      "their named nurse.")
M3 = ("The provider must ensure there are enough suitably qualified and experienced staff on "
      "each shift to meet young people's needs.")
S2 = ("The provider should ensure that young people's education sessions are not cancelled "
      "because of staffing shortages.")
CHR = [
    [ACUTE, "M1a", "Must", M1,
     "Complete a full environmental ligature audit of Alderley and Prestbury wards and update "
     "the ligature risk assessments.",
     "Hospital Director; Estates Manager", "31/10/2024", "B",
     "Audit completed 18/10/2024; assessments uploaded to the shared drive."],
    [ACUTE, "M1b", "Must", M1,
     "Add ligature risk assessment review to the change-control checklist for all estates works.",
     "Estates Manager", "30/11/2024", "B", "Checklist updated and issued to contractors."],
    [ACUTE, "M2a", "Must", M2,
     "Re-train all registered nurses on the rapid tranquillisation policy and NEWS2 monitoring, "
     "including competency sign-off.",
     "Lead Nurse/Practice Development Lead", "31/03/2025", "G",
     "62% of registered nurses signed off."],
    [ACUTE, "M2b", "Must", M2,
     "Weekly audit of post-rapid tranquillisation monitoring records on each ward, with results "
     "reported to the Clinical Governance Committee.",
     "Ward Managers", "Ongoing", "G", "Audit in place from December 2024."],
    [ACUTE, "S1a", "Should", S1,
     "Introduce a protected one-to-one session planner on each ward and monitor completion "
     "through the daily safety huddle.",
     "Ward Manager (Alderley)", "28/02/2025", "A",
     "Planner live on Alderley; Prestbury delayed by staffing."],
    [CAMHS, "M3a", "Must", M3,
     "Recruit to 6.0 WTE registered nurse vacancies through the international recruitment "
     "programme and a local recruitment day.",
     "Hospital Director", "30/06/2025", "A", "3.0 WTE appointed; 3.0 WTE outstanding."],
    [CAMHS, "M3b", "Must", M3,
     "Use a safer staffing tool daily to set shift numbers and escalate shortfalls to the on-call "
     "manager.",
     "Director of Clinical Services", "15/12/2024", "B", "Tool in daily use since 2 December."],
    [CAMHS, "S2a", "Should", S2,
     "Record cancelled education sessions and the reasons, and review them monthly with the "
     "school Head Teacher.",
     "Head Teacher; Ward Manager (Priestnall)", "30/04/2025", "G",
     "Cancellation log started January 2025."],
]


def make_cheadle():
    path = os.path.join(HERE, "nh1-cheadle-royal-hospital-cqc-mental-health-must-should-do-action-plan.txt")
    rags = [r[7] for r in CHR]
    lines = list(CHR_HEAD)
    lines.append("\t".join(CHR_COLS))
    lines.extend("\t".join(r) for r in CHR)
    lines.append("")
    lines.append(f"Total actions: {len(CHR)} (B {rags.count('B')}, G {rags.count('G')}, "
                 f"A {rags.count('A')}, R {rags.count('R')})")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Pension Protection Fund - ARC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
PPF_TITLE = "Pension Protection Fund – Internal Audit Recommendations Tracker"
D = dt.datetime
PPF = [
    ("IA 24/03 – Third-Party Supplier Management (Limited assurance, final report 12 June 2024)", [
        ("24/03-01", "High",
         "Contract management responsibilities for critical suppliers are not documented. "
         "Recommendation: define and document contract owner responsibilities for all critical "
         "suppliers.",
         "Publish a contract management framework setting out contract owner responsibilities, "
         "and assign a named owner to each critical supplier.",
         "Head of Procurement", D(2024, 9, 30), D(2025, 1, 31), "Complete",
         "Framework approved by ExCo on 21/01/2025; owners assigned."),
        ("24/03-02", "High",
         "Performance of critical suppliers is not reviewed against contract KPIs. "
         "Recommendation: introduce quarterly performance reviews for critical suppliers.",
         "Hold quarterly supplier performance reviews for all Tier 1 suppliers, with outcomes "
         "reported to the Executive Committee.",
         "Head of Procurement; Chief Finance Officer", D(2024, 12, 31), D(2025, 4, 30), "Amber",
         "Reviews held for 4 of 7 Tier 1 suppliers; extension agreed by ARC Chair."),
        ("24/03-03", "Medium",
         "The supplier register is incomplete and includes dormant suppliers. Recommendation: "
         "reconcile the supplier register to the finance system.",
         "Reconcile the supplier register to Oracle Fusion supplier records and remove dormant "
         "suppliers.",
         "Procurement Manager", D(2024, 10, 31), None, "Complete",
         "Reconciliation completed; 112 dormant suppliers deactivated."),
    ]),
    ("IA 24/07 – Cyber Security: Identity and Access Management (Moderate assurance, final report "
     "4 October 2024)", [
        ("24/07-01", "High",
         "Leaver accounts were not always disabled promptly. Recommendation: automate account "
         "disablement on the leaving date.",
         "Automate disablement of network and application accounts from the HR system leaver feed.",
         "Chief Information Officer / Head of Cyber Security", D(2025, 3, 31), None, "Green",
         "Integration built; user acceptance testing under way."),
        ("24/07-02", "Medium",
         "Privileged access is not reviewed regularly. Recommendation: introduce periodic reviews "
         "of privileged accounts.",
         "Introduce quarterly privileged access reviews signed off by system owners.",
         "Head of Cyber Security", D(2025, 1, 31), D(2025, 5, 31), "Amber",
         "First review completed for core systems; remaining systems in progress."),
        ("24/07-03", "Low",
         "The access control policy does not reflect current processes. Recommendation: update "
         "the policy.",
         "Update the access control policy to reflect current joiner, mover and leaver processes.",
         "Information Security Manager", D(2024, 12, 31), None, "Red",
         "Draft not yet submitted to the Policy Group."),
    ]),
    ("IA 24/09 – Levy Collection (Substantial assurance, final report 29 November 2024)", [
        ("24/09-01", "Low",
         "The levy invoice dispute process is not documented. Recommendation: document the "
         "dispute process.",
         "Document the levy invoice dispute process in the Levy team desk instructions.",
         "Head of Levy", D(2025, 6, 30), None, "Green", "Drafting under way."),
    ]),
    ("External audit – NAO Management Letter 2023/24", [
        ("NAO 23/24-01", "Medium",
         "Evidence of management challenge of the actuarial valuation assumptions was limited. "
         "Recommendation: document management's review of key assumptions.",
         "Document management review of the actuarial valuation assumptions used in the Annual "
         "Report, including evidence of challenge by the Chief Actuary.",
         "Chief Actuary", D(2025, 4, 30), None, "Green",
         "Review paper to go to the April ARC with the draft accounts."),
    ]),
]
PPF_STATUS_FILL = {"Complete": "9BC2E6", "Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}


def make_ppf():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = PPF_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Audit and Risk Committee – 18 March 2025"
    cov["A3"] = "Item 7: progress on implementing internal and external audit recommendations"
    heads = ["Priority", "Complete", "On track (Green)", "At risk (Amber)", "Overdue (Red)", "Total"]
    for j, h in enumerate(heads, start=1):
        c = cov.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    allrec = [rec for _, recs in PPF for rec in recs]
    r = 6
    for pr in ["High", "Medium", "Low"]:
        st = [rec[7] for rec in allrec if rec[1] == pr]
        vals = [pr, st.count("Complete"), st.count("Green"), st.count("Amber"), st.count("Red"),
                len(st)]
        for j, v in enumerate(vals, start=1):
            cov.cell(r, j, v).border = BOX
        r += 1
    st = [rec[7] for rec in allrec]
    vals = ["Total", st.count("Complete"), st.count("Green"), st.count("Amber"), st.count("Red"),
            len(st)]
    for j, v in enumerate(vals, start=1):
        c = cov.cell(r, j, v)
        c.font = Font(bold=True)
        c.border = BOX
    cov.cell(r + 2, 1, "Prepared by: Head of Risk and Internal Control. Data as at 28 February 2025.")
    cov.column_dimensions["A"].width = 18

    ws = wb.create_sheet("Tracker")
    heads = ["Ref", "Priority", "Finding and recommendation", "Agreed management action",
             "Action owner", "Original due date", "Revised due date", "Status",
             "Progress update (Feb 2025)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(1, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2A6B")
        c.alignment = WRAP
        c.border = BOX
    r = 2
    for report, recs in PPF:
        c = ws.cell(r, 1, report)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec in recs:
            for j, v in enumerate(rec, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(PPF_STATUS_FILL[rec[7]])
            r += 1
    for j, w in enumerate([12, 9, 48, 48, 28, 13, 13, 11, 40], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A2"

    key = wb.create_sheet("Key")
    key["A1"] = "Priority definitions"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("High", "Significant weakness in control; action within 3 months."),
        ("Medium", "Weakness that should be addressed; action within 6 months."),
        ("Low", "Improvement to good practice; action within 12 months."),
    ], start=2):
        key.cell(i, 1, k)
        key.cell(i, 2, v)
    key["A6"] = "Status definitions"
    key["A6"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Complete", "Action implemented and evidence accepted by Internal Audit."),
        ("Green", "On track to meet the due date."),
        ("Amber", "At risk of missing the due date, or revised date agreed."),
        ("Red", "Overdue with no agreed revised date."),
    ], start=7):
        key.cell(i, 1, k).fill = fill(PPF_STATUS_FILL[k])
        key.cell(i, 2, v)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 60
    wb.save(os.path.join(
        HERE, "nh1-pension-protection-fund-arc-internal-audit-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    make_hathershaw()
    make_city_college_norwich()
    make_birkbeck()
    make_dbth()
    make_pencester()
    make_cheadle()
    make_ppf()
    print("built 7 files in", HERE)
