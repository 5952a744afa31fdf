"""Generator for the p1- cases of heldout50 (blind corpus).

Makes seven plan files laid out as their publishers lay them out:
  p1-coleg-y-cymoedd-estyn-post-inspection-action-plan.xlsx
  p1-south-ayrshire-cpp-childrens-services-joint-inspection-improvement-plan.xlsx
  p1-serc-eti-essential-skills-quality-improvement-plan.xlsx
  p1-aberdeen-harlaw-academy-education-scotland-improvement-plan.docx
  p1-ormiston-bolingbroke-academy-ofsted-statement-of-action.docx
  p1-seevic-college-ofsted-post-inspection-action-plan.csv
  p1-swfrs-culture-review-recommendations-tracker-export.txt

Run with /work/main/.venv/bin/python p1_make.py (python-docx, openpyxl).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "8DB4E2"
GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F4E78"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Coleg y Cymoedd - Estyn PIAP, two header rows, recommendation band rows
# ---------------------------------------------------------------------------
def make_cymoedd():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Coleg y Cymoedd – Post-Inspection Action Plan (Estyn inspection, November 2017)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update for the Curriculum and Quality Committee – 20 June 2018 (version 4)"
    ws["A2"].font = Font(italic=True)

    # two header rows (5 and 6)
    hdr_font = Font(bold=True, color="FFFFFF")
    for rng, text in [("A5:A6", "Ref"), ("B5:B6", "Action"), ("C5:D5", "Accountability"),
                      ("E5:E6", "Success criteria"), ("F5:G5", "Progress at June 2018")]:
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = text
    ws["C6"] = "Lead"
    ws["D6"] = "Target date"
    ws["F6"] = "Update"
    ws["G6"] = "RAG"
    for row in (5, 6):
        for col in "ABCDEFG":
            c = ws[f"{col}{row}"]
            c.fill = fill(HEAD)
            c.font = hdr_font
            c.alignment = CENTRE
            c.border = BORDER

    rows = [
        ("REC", "R1: Improve the outcomes of learners on the minority of programmes where completion and success rates remain below the sector average"),
        ("1.1", "Introduce termly performance review meetings for every programme area with completion or success rates below the sector median, led by the relevant Head of School.",
         "Vice Principal (Curriculum)", d(2018, 1, 31), "mmm-yy",
         "All under-performing programmes have an agreed improvement plan that is reviewed each term.",
         "Review meetings held in January and April for all 14 identified programmes. Improvement plans agreed and monitored by the Senior Leadership Team.",
         "C", BLUE),
        ("1.2", "Strengthen the early identification of learners at risk of withdrawal through the weekly at-risk report in the learner tracking system.",
         "Assistant Principal (Learner Services) / Heads of School", d(2018, 3, 31), "mmm-yy",
         "In-year retention improves to at least 92% on full-time programmes.",
         "Weekly at-risk report launched in February. In-year retention is currently 91.4%, up from 89.8% at the same point last year.",
         "G", GREEN),
        ("1.3", "Review the curriculum offer in programme areas with persistently low success rates and withdraw or redesign courses that do not meet learners' needs.",
         "Vice Principal (Curriculum)", "July 2018", None,
         "Curriculum plan for 2018/19 approved with no programmes below the minimum performance threshold.",
         "Curriculum review completed for Construction and Hair & Beauty; two level 1 programmes redesigned for September. Review of Engineering still to be finalised.",
         "A", AMBER),
        ("REC", "R2: Improve learners' literacy and numeracy skills and ensure that learners make good progress in their Essential Skills Wales qualifications"),
        ("2.1", "Deliver a programme of professional learning for vocational lecturers on embedding literacy and numeracy in schemes of work.",
         "Head of Essential Skills", d(2018, 5, 31), "dd/mm/yyyy",
         "90% of vocational lecturers complete the training; embedding is evident in lesson observations.",
         "212 of 240 lecturers (88%) trained by the target date. Remaining sessions scheduled for the staff development day on 2 July.",
         "R", RED),
        ("2.2", "Introduce a standardised initial assessment and progress tracking for Essential Skills across all campuses.",
         "Head of Essential Skills / MIS Manager", d(2018, 9, 30), "mmm-yy",
         "All learners have an Essential Skills target on their individual learning plan within six weeks of starting.",
         "Tracking module tested at Nantgarw campus. Roll-out to the Aberdare, Rhondda and Ystrad Mynach campuses planned for September 2018.",
         "G", GREEN),
        ("REC", "R3: Ensure that all learners have access to a planned programme of work placements and other work-related experience"),
        ("3.1", "Appoint a work experience co-ordinator for each school and create a college-wide register of placement providers.",
         "Assistant Principal (Employer Engagement)", "Dec 2018 (revised from Apr 2018)", None,
         "Every full-time learner on a vocational programme completes a relevant placement or work-related project.",
         "Co-ordinators appointed in four of six schools. Register of employers set up but not yet fully populated; target date revised by SLT in April 2018.",
         "A", AMBER),
        ("3.2", "Record work-related experience on the learner tracking system so that completion can be monitored.",
         "MIS Manager", "Ongoing", None,
         "Accurate monthly reports on work-related experience are available to Heads of School.",
         "Field added to the tracking system in May 2018; first report due at the end of June.",
         "G", GREEN),
        ("REC", "R4: Strengthen the quality of self-assessment and improvement planning at programme level"),
        ("4.1", "Revise the self-assessment guidance and template so that programme teams evaluate the impact of teaching on learners' progress rather than describing activity.",
         "Head of Quality", d(2018, 4, 30), "mmm-yy",
         "All programme self-assessment reports for 2017/18 use the revised template and are validated.",
         "Revised guidance approved by the Curriculum and Quality Committee in April 2018 and issued to all programme teams.",
         "C", BLUE),
        ("4.2", "Train curriculum managers in writing SMART quality improvement plans and carry out a mid-year review of each plan.",
         "Head of Quality / Vice Principal (Curriculum)", d(2019, 2, 28), "mmm-yy",
         "Mid-year review shows that at least 80% of actions in programme plans are on track.",
         "Not yet started – training dates set for September 2018.",
         None, None),
    ]
    r = 7
    for item in rows:
        if item[0] == "REC":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.alignment = WRAP
            for col in range(1, 8):
                ws.cell(row=r, column=col).border = BORDER
            ws.row_dimensions[r].height = 30
        else:
            ref, action, lead, date, fmt, success, update, rag, colour = item
            vals = [ref, action, lead, date, success, update, rag]
            for col, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BORDER
            if fmt:
                ws.cell(row=r, column=4).number_format = fmt
            g = ws.cell(row=r, column=7)
            g.alignment = CENTRE
            if colour:
                g.fill = fill(colour)
                g.font = Font(bold=True)
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("C", BLUE, "Complete"), ("G", GREEN, "On track to meet the target date"),
           ("A", AMBER, "Some slippage – action in progress"),
           ("R", RED, "Significant concern / target date missed"), ("", None, "Not yet started (left blank)")]
    for letter, colour, text in key:
        r += 1
        c = ws.cell(row=r, column=1, value=letter or None)
        c.alignment = CENTRE
        c.border = BORDER
        if colour:
            c.fill = fill(colour)
        ws.cell(row=r, column=2, value=text)
    r += 2
    ws.cell(row=r, column=1, value="Owner of this plan: Vice Principal (Curriculum). Next review: Curriculum and Quality Committee, October 2018.")

    for col, w in zip("ABCDEFG", (7, 48, 24, 14, 36, 48, 7)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(HERE, "p1-coleg-y-cymoedd-estyn-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. South Ayrshire CPP - joint inspection of children's services (2016)
#    header starts at row 9; area merged down; status words + fill; key below
# ---------------------------------------------------------------------------
def make_south_ayrshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = ("South Ayrshire Community Planning Partnership: Joint Inspection of Services for "
                "Children and Young People – Improvement Plan")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Inspection carried out 25 April – 10 June 2016 by the Care Inspectorate, Education Scotland, "
                "Healthcare Improvement Scotland and HMICS. Report published 4 October 2016.")
    ws["A2"].alignment = Alignment(wrap_text=False)
    ws["A4"] = "Plan owner:"
    ws["B4"] = "Chief Officers Group (Children and Young People)"
    ws["A5"] = "Reporting to:"
    ws["B5"] = "Community Planning Partnership Board"
    ws["A6"] = "Last updated:"
    ws["B6"] = d(2017, 3, 14)
    ws["B6"].number_format = "dd/mm/yyyy"
    ws["B6"].alignment = Alignment(horizontal="left")
    for a in ("A4", "A5", "A6"):
        ws[a].font = Font(bold=True)

    header = ["Ref", "Area for improvement", "Action", "Lead officer(s)", "Key partners",
              "Timescale", "Progress update (March 2017)", "Status"]
    HR = 9
    for col, h in enumerate(header, start=1):
        c = ws.cell(row=HR, column=col, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = CENTRE
        c.border = BORDER

    status_fill = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Off track": RED}
    areas = [
        ("1. Strengthen strategic leadership and direction of children's services", [
            ("1.1", "Establish a refreshed Chief Officers Group for children's services with revised terms of reference, membership and a forward programme of business.",
             "SAC Chief Executive / NHS A&A Chief Executive", "All CPP partners", "December 2016",
             "Revised terms of reference agreed by the COG on 8 December 2016. Membership now includes the Police Scotland Divisional Commander and the Third Sector Interface.",
             "Complete"),
            ("1.2", "Develop a joint performance framework and quarterly data report for the Chief Officers Group, including outcome measures for vulnerable children.",
             "Head of Children's Health, Care and Justice Services", "HSCP, SAC Education, Police Scotland", "2017/18 Q1",
             "First draft of the data set considered by the COG in February 2017. Further work is needed on outcome measures for looked after children.",
             "On track"),
        ]),
        ("2. Improve early intervention to help children and families affected by poverty and deprivation", [
            ("2.1", "Map early intervention and family support services across the six localities and identify gaps in provision for families in the most deprived areas.",
             "Director of Health and Social Care / Director – People", "Third Sector Interface", "March 2017",
             "Mapping completed in four of six localities. Ayr North and Girvan to be completed by the end of April.",
             "Some slippage"),
            ("2.2", "Extend the out-of-school activity programme to young people in rural communities, with free transport where needed.",
             "Sport and Leisure Manager", "Carrick communities, SAC Transport", "April – September 2017",
             "Programme designed with young people in Maybole and Girvan; funding confirmed.",
             "On track"),
            ("2.3", "Improve the use of Pupil Equity Funding plans to target support to children experiencing poverty.",
             "Head of Education; Quality Improvement Manager", "Head Teachers", "June 2017",
             "Guidance issued to all schools in February 2017. Plans to be quality assured in May.",
             "On track"),
        ]),
        ("3. Reduce the number of young people aged 11–15 accommodated away from home", [
            ("3.1", "Establish a multi-agency resource panel to review every proposed placement of a young person aged 11–15 outside South Ayrshire.",
             "Chief Social Work Officer", "Education, CAMHS, SCRA", d(2017, 1, 31),
             "Panel in place since January 2017 and meeting fortnightly. Two planned external placements diverted to local packages of support.",
             "Complete"),
            ("3.2", "Develop an intensive family support service to help young people on the edge of care remain at home.",
             "Service Manager (Children & Families)", "Action for Children", "August 2017",
             "Business case approved in principle. Recruitment delayed until funding is agreed with NHS Ayrshire & Arran.",
             "Off track"),
        ]),
        ("4. Plan and use resources better so that children and young people get the right help at the right time", [
            ("4.1", "Carry out a joint review of spend on children's services across the Council and the NHS to inform joint commissioning.",
             "Chief Finance Officer (HSCP)", "SAC Finance, NHS A&A Finance", "2017/18 Q2",
             "Scope agreed; data gathering under way.",
             "On track"),
        ]),
        ("5. Make planning more effective through the Integrated Children's Services Plan and the Child Protection Committee", [
            ("5.1", "Prepare the Integrated Children's Services Plan 2017–2020 with clear priorities, measures and links to the Child Protection Committee business plan.",
             "Children's Services Planning Manager", "All CPP partners", "1 April 2017",
             "Draft plan consulted on with young people and partners; to be approved by the CPP Board on 23 March 2017.",
             "On track"),
            ("5.2", "Review the Child Protection Committee's structure and sub-groups and agree a business plan with measurable improvement actions.",
             "CPC Independent Chair", "CPC member agencies", "Ongoing",
             "Sub-group structure agreed. Business plan to follow the Integrated Children's Services Plan.",
             "On track"),
        ]),
    ]
    r = HR + 1
    for area, actions in areas:
        first = r
        for ref, action, lead, partners, when, progress, status in actions:
            vals = [ref, area if r == first else None, action, lead, partners, when, progress, status]
            for col, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BORDER
            if isinstance(when, dt.datetime):
                ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
            s = ws.cell(row=r, column=8)
            s.fill = fill(status_fill[status])
            s.alignment = CENTRE
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).font = Font(bold=True)

    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for word, text in [("Complete", "Action completed and evidence of impact available"),
                       ("On track", "Action progressing to timescale"),
                       ("Some slippage", "Action behind timescale but expected to be delivered"),
                       ("Off track", "Action significantly delayed – COG intervention required")]:
        r += 1
        c = ws.cell(row=r, column=1, value=word)
        c.fill = fill(status_fill[word])
        c.border = BORDER
        ws.cell(row=r, column=2, value=text)

    for col, w in zip("ABCDEFGH", (14, 30, 46, 26, 22, 16, 46, 13)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(row=HR + 1, column=1)
    wb.save(os.path.join(HERE, "p1-south-ayrshire-cpp-childrens-services-joint-inspection-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. South Eastern Regional College (NI) - ETI Essential Skills inspection
#    cover sheet with document control; status by fill colour only
# ---------------------------------------------------------------------------
def make_serc():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "South Eastern Regional College"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Essential Skills Quality Improvement Plan"
    cov["A3"].font = Font(bold=True, size=12)
    cov["A4"] = ("Response to the Education and Training Inspectorate report on the "
                 "Essential Skills provision (published February 2011)")
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    for col, h in enumerate(["Version", "Date", "Author", "Comments"], start=1):
        c = cov.cell(row=7, column=col, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
        c.fill = fill(GREY)
    for i, (v, date, who, note) in enumerate([
            ("0.1", d(2011, 3, 14), "Head of Essential Skills", "First draft for SMT"),
            ("1.0", d(2011, 3, 28), "Deputy Director (Curriculum)", "Approved by the Governing Body Education Committee"),
            ("1.2", d(2011, 6, 30), "Quality Manager", "Progress update for the ETI follow-up visit")], start=8):
        for col, val in enumerate([v, date, who, note], start=1):
            c = cov.cell(row=i, column=col, value=val)
            c.border = BORDER
        cov.cell(row=i, column=2).number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", (12, 14, 30, 50)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Essential Skills Quality Improvement Plan – Progress at 30 June 2011"
    ws["A1"].font = Font(bold=True, size=12)
    header = ["No.", "Area for improvement identified by ETI", "Actions to be taken",
              "Person(s) responsible", "Target date", "Measure of success", "Progress to date", "Status"]
    for col, h in enumerate(header, start=1):
        c = ws.cell(row=3, column=col, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.alignment = CENTRE
        c.border = BORDER
    afis = [
        ("The quality of leadership and management of Essential Skills, including the communication between senior managers, curriculum managers and lecturers.", [
            ("1.1", "Establish a monthly Essential Skills management forum, with minutes shared with all Essential Skills staff across the four campuses.",
             "Deputy Director (Curriculum) / Head of Essential Skills", d(2011, 4, 30),
             "Staff survey shows improved understanding of decisions affecting Essential Skills.",
             "Forum established in April 2011; minutes published on the staff intranet. Staff survey to run in June.", BLUE),
            ("1.2", "Provide management development for curriculum managers on leading change and consulting staff.",
             "Head of Human Resources", d(2011, 9, 30),
             "All Essential Skills curriculum managers complete the programme.",
             "Provider appointed; first module scheduled for 24 August 2011.", GREEN),
        ]),
        ("The planning of Essential Skills classes, some of which are too large and group together learners with a wide range of abilities.", [
            ("2.1", "Cap Essential Skills class sizes at 12 learners and timetable separate classes for Entry Level and for Levels 1 and 2.",
             "Head of Essential Skills", "Sept 2011",
             "No Essential Skills class has more than 12 learners; groups reflect learners' assessed levels.",
             "Timetables for 2011/12 drafted on the new model for the Bangor, Downpatrick, Lisburn and Newtownards campuses.", GREEN),
            ("2.2", "Recruit additional part-time Essential Skills tutors to meet the demand created by smaller classes.",
             "Head of Human Resources / Head of Essential Skills", d(2011, 8, 31),
             "All classes are staffed by qualified Essential Skills tutors at the start of term.",
             "Recruitment advertised in May; six of ten posts filled.", AMBER),
        ]),
        ("The reduction in guided learning hours for Essential Skills, which was made without a clear rationale.", [
            ("3.1", "Restore guided learning hours to the levels recommended by the Department for Employment and Learning for all full-time learners.",
             "Deputy Director (Curriculum)", "Sept 2011",
             "Guided learning hours meet DEL guidance in 100% of Essential Skills classes.",
             "Budget for the restored hours not yet agreed by the Senior Management Team.", RED),
        ]),
        ("The use of initial and diagnostic assessment to inform learners' individual learning plans.", [
            ("4.1", "Introduce a common diagnostic assessment for all Essential Skills learners and link the outcomes to individual learning plans.",
             "Essential Skills Co-ordinators", d(2011, 10, 31),
             "All learners have an individual learning plan informed by diagnostic assessment within four weeks of enrolment.",
             "Not yet started – diagnostic tool to be selected by the end of August.", None),
        ]),
        ("The quality assurance of Essential Skills, including the use of data to evaluate the provision.", [
            ("5.1", "Include Essential Skills in the college self-evaluation cycle, with a separate self-evaluation report and quality improvement plan.",
             "Quality Manager", "June 2011 – June 2012",
             "Essential Skills self-evaluation report and quality improvement plan approved by the Education Committee.",
             "First self-evaluation report being drafted; to be presented to the Education Committee in November 2011.", GREEN),
            ("5.2", "Report Essential Skills retention, achievement and success rates by campus and level to the Senior Management Team each term.",
             "Quality Manager / MIS Manager", "Termly",
             "Termly reports received and actions followed up.",
             "First report presented to SMT in May 2011.", GREEN),
        ]),
    ]
    r = 4
    for afi, actions in afis:
        for i, (ref, action, who, when, measure, progress, colour) in enumerate(actions):
            vals = [ref, afi if i == 0 else None, action, who, when, measure, progress, None]
            for col, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BORDER
            if isinstance(when, dt.datetime):
                ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            if colour:
                ws.cell(row=r, column=8).fill = fill(colour)
            r += 1
    r += 1
    ws.cell(row=r, column=2, value="Status key (colour of the Status cell)").font = Font(bold=True)
    for colour, text in [(BLUE, "Action complete"), (GREEN, "On target"),
                         (AMBER, "Behind target – action in hand"),
                         (RED, "Significant risk to completion"), (None, "No colour – not yet started")]:
        r += 1
        c = ws.cell(row=r, column=1)
        c.border = BORDER
        if colour:
            c.fill = fill(colour)
        ws.cell(row=r, column=2, value=text)
    for col, w in zip("ABCDEFGH", (6, 38, 46, 28, 13, 36, 44, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(os.path.join(HERE, "p1-serc-eti-essential-skills-quality-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def table(doc, header, rows, widths=None, head_fill="D9E2F3", status_col=None, status_fill=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
        shade(cell, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
        if status_col is not None and status_fill:
            col = status_fill.get(row[status_col])
            if col:
                shade(cells[status_col], col)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


# ---------------------------------------------------------------------------
# 4. Harlaw Academy (Aberdeen City Council) - Education Scotland further inspection
# ---------------------------------------------------------------------------
def make_harlaw():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph("Appendix B")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Harlaw Academy Improvement Plan – Response to Education Scotland Further Inspection", level=1)
    doc.add_paragraph("Education and Children's Services Committee – 18 February 2025")
    doc.add_paragraph(
        "HM Inspectors of Education carried out a further inspection of Harlaw Academy and wrote to parents "
        "in November 2024. The letter asked the school and the Council to take prompt action on three priorities. "
        "This plan sets out the timeline for actioning those priorities, as agreed between the Head Teacher and "
        "the Chief Officer – Education and Lifelong Learning. Progress will be reported to every second meeting "
        "of this Committee.")
    header = ["Ref", "Action", "Lead", "Timescale", "Measure of success", "Progress (February 2025)", "Status"]
    sf = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    widths = [1.2, 6.5, 3.6, 2.8, 4.6, 5.6, 2.0]
    priorities = [
        ("Priority 1: Leadership of change and communication with staff, young people and parents", [
            ("1.1", "Confirm the remits of the senior leadership team and share them with all staff, young people and parents.",
             "Chief Officer – Education and Lifelong Learning", "w/c 6 January 2025",
             "All staff can describe who leads each area of the school's work.",
             "Revised SLT remits issued to staff on 8 January 2025 and published on the school website.", "Complete"),
            ("1.2", "Introduce a weekly staff bulletin and a termly \"you said, we did\" report to parents and young people.",
             "Head Teacher / DHT (Pastoral)", "End of January 2025",
             "Staff and parent surveys show improved confidence in communication.",
             "Weekly bulletin started on 13 January. First \"you said, we did\" report planned for March.", "On track"),
            ("1.3", "Set up a staff improvement working group, with volunteers from each faculty, to co-produce the school improvement plan.",
             "HT, DHTs", "March/April 2025",
             "Working group meets fortnightly with all faculties represented.",
             "Volunteers identified from seven of nine faculties; first meeting postponed to February.", "At risk"),
        ]),
        ("Priority 2: Raising attainment and tracking the progress of all young people", [
            ("2.1", "Implement a single tracking and monitoring system for the broad general education (S1–S3) and the senior phase.",
             "DHT (Curriculum) / Principal Teacher Data and Assessment", "By Easter 2025",
             "Teachers record progress for every young person at three points in the session.",
             "System chosen and S1–S3 data loaded. Senior phase tracking will start once prelim results are entered.", "On track"),
            ("2.2", "Hold attainment review meetings between each Principal Teacher and their SLT link after every tracking point.",
             "Principal Teachers (Curriculum)", "Ongoing",
             "Meeting notes show agreed interventions for young people who are not on track.",
             "First round of meetings held in December 2024.", "On track"),
            ("2.3", "Provide targeted supported study for S4–S6 young people at risk of not achieving their predicted grades.",
             "DHT (Senior Phase)", "25/04/2025",
             "Young people attending supported study achieve their predicted grades.",
             "Programme running on Tuesdays and Thursdays; attendance is variable.", "At risk"),
        ]),
        ("Priority 3: Meeting the needs of all learners through high-quality learning and teaching", [
            ("3.1", "Agree a Harlaw Academy learning and teaching standard with staff and young people, based on the city learning and teaching framework.",
             "DHT (Learning and Teaching)", "End of session 2024/25",
             "Standard published; classroom observations show it in use in most lessons.",
             "Draft standard discussed at the February in-service day.", "On track"),
            ("3.2", "Review the information held on young people with additional support needs and make sure every teacher has up-to-date learner profiles.",
             "Pupil Support Principal Teacher / Quality Improvement Officer (ASN)", "February 2025",
             "All staff can access learner profiles through the school's information system.",
             "Profiles updated for S1 and S2 only; S3–S6 still to be completed.", "Off track"),
            ("3.3", "Carry out a programme of learning visits with the central Quality Improvement team, with feedback to each faculty.",
             "Quality Improvement Manager", "May 2025",
             "At least two learning visits to every faculty, with improving evaluations.",
             "First visits scheduled for March 2025.", "Not yet started"),
        ]),
    ]
    for heading, rows in priorities:
        doc.add_heading(heading, level=2)
        table(doc, header, rows, widths=widths, status_col=6, status_fill=sf)
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Complete – action finished and evidence gathered; On track – progressing as planned; "
              "At risk (amber) – some delay, action being taken; Off track (red) – significant delay; "
              "Not yet started.")
    doc.save(os.path.join(HERE, "p1-aberdeen-harlaw-academy-education-scotland-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Ormiston Bolingbroke Academy - Ofsted statement of action (Feb 2020)
#    priority headings, area-for-improvement paragraph, table per priority,
#    half-term timescales, no status column, sign-off table
# ---------------------------------------------------------------------------
def make_oba():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Ormiston Bolingbroke Ofsted Statement of Action – February 2020"
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("STATEMENT OF ACTION FOR ORMISTON BOLINGBROKE ACADEMY")
    run.bold = True
    run.font.size = Pt(14)
    p = doc.add_paragraph()
    p.add_run("INTRODUCTION").bold = True
    doc.add_paragraph(
        "Ormiston Bolingbroke Academy was inspected on 10 and 11 December 2019 and was judged to require special "
        "measures. The effectiveness of leadership and management and the quality of education were judged "
        "inadequate. This statement of action sets out the actions the academy and its trustees will take to "
        "address the areas for improvement in the inspection report, who will lead them, when they will be "
        "completed and how progress will be checked.")
    p = doc.add_paragraph()
    p.add_run("CONTEXT").bold = True
    doc.add_paragraph(
        "OBA is a standalone 11–19 academy in Runcorn with 1131 students on roll. The trust board has appointed "
        "an interim Principal and strengthened the local governing body. Progress against this statement of "
        "action will be reported to every meeting of the trust board and reviewed by HMI at each monitoring "
        "inspection.")
    header = ["Ref", "Key actions", "Lead(s)", "Timescale", "Success criteria", "Monitoring and evaluation"]
    widths = [1.2, 7.0, 3.8, 3.0, 6.0, 4.0]
    priorities = [
        ("Priority 1: Safeguarding",
         "Ensure that safeguarding arrangements are effective: leaders act quickly on child protection concerns, records are complete and all staff are trained to keep pupils safe.",
         [("1.1", "Commission an external safeguarding review and act on all of its recommendations.",
           "Principal / Chair of Trustees", "Immediate – by 28/02/20",
           "Review completed and all recommendations in place; trust board receives assurance that safeguarding is effective.",
           "Trust board; LA Designated Officer"),
          ("1.2", "Train all staff, trustees and governors in safeguarding, including a refresh of Keeping Children Safe in Education part 1.",
           "Designated Safeguarding Lead / Deputy DSLs", "Spring 2 2020",
           "100% of staff, trustees and governors trained; training log audited.",
           "Safeguarding link governor"),
          ("1.3", "Move all child protection records onto CPOMS and audit every open case file.",
           "DSL; Pastoral Managers (KS3 and KS4)", "Summer 1 2020",
           "All records are chronological and complete and are reviewed weekly by the DSL.",
           "External safeguarding consultant – termly audit"),
          ]),
        ("Priority 2: Curriculum",
         "Redesign the Key Stage 3 curriculum so that it is broad and ambitious, and ensure that pupils are entered for qualifications that are in their best interests.",
         [("2.1", "Redesign the Key Stage 3 curriculum with the full range of subjects and clearly sequenced schemes of learning in every subject.",
           "Vice Principal (Curriculum) / Subject Leaders", "Summer 2 2020",
           "New Key Stage 3 curriculum in place for September 2020, with schemes of learning published.",
           "Principal; external curriculum adviser"),
          ("2.2", "Review all Key Stage 4 qualification entries so that every entry is made in the pupil's interests.",
           "Vice Principal (Curriculum) and Exams Officer", "By Easter 2020",
           "No pupil is entered for a qualification that does not support their next steps.",
           "Trust board standards committee"),
          ("2.3", "Strengthen teaching in English, mathematics and science through subject-specific coaching for every teacher.",
           "Heads of Core Subjects", "Autumn 1 2020",
           "Quality assurance shows consistently good teaching in the core subjects.",
           "Principal; trust board"),
          ]),
        ("Priority 3: Special educational needs and/or disabilities",
         "Ensure that the curriculum meets the needs of pupils with SEND and that they receive the targeted support they need.",
         [("3.1", "Appoint an experienced SENCo to the senior leadership team.",
           "Principal", "March 2020",
           "SENCo in post and line managed by the Principal.",
           "Trust board"),
          ("3.2", "Create a pupil passport for every pupil on the SEND register and share it with all teachers.",
           "SENCo / Assistant SENCo", "Spring 2 2020",
           "Every pupil on the SEND register has a passport; teachers use it in lesson planning.",
           "SEND link governor"),
          ]),
        ("Priority 4: Attendance",
         "Improve pupils' overall attendance and reduce persistent absence.",
         [("4.1", "Introduce a daily attendance meeting and a stepped response for pupils whose attendance falls below 95%.",
           "Assistant Principal (Behaviour and Attendance); Education Welfare Officer", "From Feb 2020 – ongoing",
           "Attendance rises to at least 94.5% and persistent absence falls below the national average.",
           "Local governing body"),
          ("4.2", "Work with the local authority's education welfare service on the small number of complex cases of long-term absence.",
           "Assistant Principal (Behaviour and Attendance)", "Summer term 2020",
           "Each complex case has a multi-agency plan and attendance improves.",
           "Principal"),
          ]),
    ]
    for heading, afi, rows in priorities:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run("Area for improvement: ").bold = True
        p.add_run(afi)
        table(doc, header, rows, widths=widths, head_fill="C6E0B4")
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Approval").bold = True
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, (a, b, c) in enumerate([("Role", "Signed", "Date"),
                                   ("Principal", "", "14/02/2020"),
                                   ("Chair of Trustees", "", "14/02/2020")]):
        t.rows[i].cells[0].text = a
        t.rows[i].cells[1].text = b
        t.rows[i].cells[2].text = c
    doc.save(os.path.join(HERE, "p1-ormiston-bolingbroke-academy-ofsted-statement-of-action.docx"))


# ---------------------------------------------------------------------------
# 6. SEEVIC College - Ofsted post-inspection action plan, Excel tracker saved as CSV
# ---------------------------------------------------------------------------
def make_seevic():
    header = ["Ref", "Area for improvement (Ofsted Dec 2016)", "Action", "Owner", "Due",
              "Revised due", "RAG", "Progress / evidence"]
    afi1 = "Leaders and managers have not tackled effectively the areas for improvement identified at the previous two inspections."
    afi2 = "Achievement rates have declined on too many courses, particularly for 16 to 18 year-olds on level 2 vocational programmes."
    afi3 = "Too few apprentices complete their programme within the planned timescale."
    afi4 = "Learners from disadvantaged backgrounds achieve less well than their peers."
    afi5 = "Teachers do not plan learning well enough to challenge the most able learners."
    rows = [
        ["A1.1", afi1, "Set up a fortnightly Quality Improvement Board chaired by the Principal to monitor every action in this plan.",
         "Principal", "w/e 27/01/17", "", "Complete",
         "Board meeting fortnightly since 19 January; action log and minutes on the shared drive."],
        ["A1.2", "", "Governors' Standards Committee to receive a RAG-rated progress report on this plan at every meeting.",
         "Clerk to the Corporation / VP Quality & Learner Experience", "31/03/2017", "", "Green",
         "Reports received in February and March. Committee has asked for more detail on impact."],
        ["A2.1", afi2, "Hold monthly course review meetings for all courses with achievement rates below the national rate, with a course improvement plan for each.",
         "Heads of Faculty", "w/e 24/02/17", "w/e 12/05/17", "Amber",
         "Meetings held for 21 of 26 courses; the remaining five are scheduled after Easter."],
        ["A2.2", "", "Introduce weekly tracking of learners' progress towards their qualification using the ProMonitor markbook.",
         "AP Curriculum / MIS Manager", "17/03/2017", "", "Green",
         "Markbooks set up for all level 2 vocational courses; staff compliance is 86%."],
        ["A3.1", afi3, "Review every apprentice's progress with their employer and agree a revised completion plan for those beyond their planned end date.",
         "Apprenticeships Manager", "28/04/2017", "", "Red",
         "Reviews completed for 58 of 143 apprentices. Additional assessor capacity requested."],
        ["A3.2", "", "Recruit two additional assessors for engineering and business apprenticeships.",
         "Apprenticeships Manager; HR Business Partner", "31/03/2017", "30/06/2017", "Amber",
         "One assessor appointed; the second post has been re-advertised."],
        ["A4.1", afi4, "Identify all learners eligible for bursary or free meals on the tracking system and monitor their attendance and progress monthly.",
         "Head of Student Services", "28/02/2017", "", "Complete",
         "Flag added in February; first monthly report shared with Heads of Faculty."],
        ["A4.2", "", "Extend the mentoring scheme to all disadvantaged learners at risk of not achieving.",
         "Head of Student Services / Learning Mentors", "End of summer term 2017", "", "Green",
         "34 learners matched with mentors so far."],
        ["A5.1", afi5, "Deliver CPD on stretch and challenge for all teaching staff, followed by developmental observations.",
         "Head of Teaching and Learning", "Ongoing", "", "Green",
         "CPD delivered at the staff development day on 3 February; developmental observations continuing."],
        ["A5.2", "", "Introduce stretch targets for the most able learners on every level 3 course.",
         "Heads of Faculty", "Sept 2017", "", "",
         "To be introduced at enrolment for 2017/18."],
    ]
    path = os.path.join(HERE, "p1-seevic-college-ofsted-post-inspection-action-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["SEEVIC College – Post Inspection Action Plan (Ofsted December 2016)", "", "", "", "", "", "", ""])
        w.writerow(["Updated: 05/05/2017", "", "", "", "", "", "", ""])
        w.writerow([""] * 8)
        w.writerow(header)
        for row in rows:
            w.writerow(row)
        w.writerow([""] * 8)
        w.writerow(["RAG: Green = on track; Amber = some delay; Red = off track / overdue; Complete = action completed and evidence verified", "", "", "", "", "", "", ""])


# ---------------------------------------------------------------------------
# 7. South Wales Fire and Rescue Service - culture review recommendations tracker,
#    tab-separated export (carries a mistyped month)
# ---------------------------------------------------------------------------
def make_swfrs():
    lines = [
        "South Wales Fire and Rescue Service – Independent Culture Review: Recommendations Tracker",
        "Export for the Commissioners' meeting – 15 October 2024",
        "",
        "\t".join(["Rec No", "Theme", "Recommendation", "Owner", "Target date", "Status", "Progress update"]),
    ]
    rows = [
        ["1", "Speaking up", "Establish an independent and confidential reporting line for staff to raise concerns about bullying, harassment and discrimination.",
         "Director of People Services", "31/03/2024", "Complete",
         "External confidential reporting service launched in March 2024 and publicised at every station."],
        ["2", "Complaints and discipline", "Ensure that investigations into allegations of bullying, harassment or discrimination are carried out by trained investigators independent of the line management chain.",
         "Head of HR / Head of Professional Standards", "by end Q2 2024/25", "In progress – on track",
         "Framework of independent investigators procured; first cases allocated in September."],
        ["3", "Complaints and discipline", "Reopen and re-examine the historic grievance cases identified by the review.",
         "Chief Fire Officer", "Q4 2024/25", "In progress – on track",
         "Case review panel established; 41 cases identified for re-examination."],
        ["4", "Leadership and management", "All managers to complete mandatory training on handling complaints and holding difficult conversations.",
         "Head of Training and Development", "Mrach 2025", "In progress – on track",
         "Course designed with an external provider; first cohorts booked for November."],
        ["5", "Leadership and management", "Introduce standard DBS checks for all staff, with renewal every three years.",
         "Head of HR", "30/09/2024", "Complete",
         "All current staff checked; renewal cycle set up in the HR system."],
        ["6", "Equality, diversity and inclusion", "Provide suitable welfare facilities for women at every station, including separate toilets, showers and changing areas.",
         "Head of Estates", "2025-26 Q3", "In progress – at risk",
         "Station surveys complete; capital funding for 11 stations still to be agreed."],
        ["7", "Equality, diversity and inclusion", "Ensure that PPE and uniform are available in sizes and fits suitable for all staff.",
         "Head of Operational Support", "Dec-24", "In progress – on track",
         "New fitting service in place; female-fit structural PPE on order."],
        ["8", "Equality, diversity and inclusion", "Publish an annual equality, diversity and inclusion report with workforce data.",
         "EDI Manager", "Jul-25", "Not started",
         "Data requirements being scoped with the HR system supplier."],
        ["9", "Speaking up", "Offer all leavers an exit interview conducted independently of their line manager.",
         "HR Business Partner", "Nov-24", "Complete",
         "Independent exit interviews offered to all leavers since July 2024."],
        ["10", "Leadership and management", "Review the promotion process so that it is fair and transparent and open to challenge.",
         "ACFO (Service Delivery) / Head of HR", "Q1 2025/26", "Not started",
         "Scheduled to start after the new Chief Fire Officer takes up post in November."],
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "Status key: Complete / In progress – on track / In progress – at risk / Not started"]
    path = os.path.join(HERE, "p1-swfrs-culture-review-recommendations-tracker-export.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_cymoedd()
    make_south_ayrshire()
    make_serc()
    make_harlaw()
    make_oba()
    make_seevic()
    make_swfrs()
    print("made 7 p1 files")
