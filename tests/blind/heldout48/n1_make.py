"""Generator for the n1- blind cases (heldout48).

Run with /work/main/.venv/bin/python n1_make.py ; writes the seven document files
beside this script. The expected readings (*.expected.yaml) are written by hand.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_rgb):
    return PatternFill("solid", start_color=hex_rgb, end_color=hex_rgb)


XL_RED, XL_AMBER, XL_GREEN, XL_BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
WD_RED, WD_AMBER, WD_GREEN, WD_BLUE = "FF0000", "FFC000", "92D050", "8DB3E2"


# ====================================================== 1. Carmarthenshire (docx)
def carmarthenshire():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(
        "Carmarthenshire County Council: Post-Inspection Action Plan (PIAP) 2023-2025",
        style="Title",
    )
    doc.add_paragraph(
        "Response to the Estyn inspection of local government education services "
        "(report published September 2023)",
        style="Subtitle",
    )

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in [
        ("0.1", "16/10/2023", "Head of Strategy and Learning", "First draft for Education DMT"),
        ("0.2", "02/11/2023", "Head of Strategy and Learning", "Amended following post-inspection improvement conference with Estyn"),
        ("1.0", "22/11/2023", "Director of Education and Children's Services", "Approved by Cabinet"),
        ("1.1", "18/03/2024", "Head of Strategy and Learning", "Progress update for Scrutiny Committee"),
    ]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph("Introduction", style="Heading 2")
    doc.add_paragraph(
        "Estyn inspected the Council's education services in June 2023. The report, published "
        "on 27 September 2023, made three recommendations. This Post-Inspection Action Plan sets "
        "out the actions the authority will take to address each recommendation, the officer "
        "responsible, the timescale and how we will measure success. Progress is reported to the "
        "Education Leadership Team each half term and to the Education, Young People and the Welsh "
        "Language Scrutiny Committee twice a year."
    )

    hdr = ["Ref", "Action", "Lead Officer", "Timescale",
           "Success criteria / impact measures", "Progress (March 2024)", "RAG"]
    widths = [Cm(1.2), Cm(6.5), Cm(3.2), Cm(2.3), Cm(4.8), Cm(5.5), Cm(1.5)]
    rag_fill = {"Blue": WD_BLUE, "Green": WD_GREEN, "Amber": WD_AMBER, "Red": WD_RED}

    recs = [
        ("Recommendation 1: Strengthen the evaluation of the impact of the authority's work on "
         "learners' outcomes, particularly for pupils eligible for free school meals",
         "Estyn found that officers' evaluations focus too much on activity and not enough on the "
         "difference services make for learners.",
         [
             ("1.1", "Revise the education services self-evaluation framework so that each service "
              "area reports on the impact of its work on learners, not only on activity.",
              "Head of Strategy and Learning", "December 2023",
              "Revised framework in place; all 2024-25 service plans include impact evidence.",
              "Framework approved by DMT in December 2023 and used for the spring 2024 service reviews.",
              "Blue"),
             ("1.2", "Develop a termly data dashboard that tracks the progress and attendance of "
              "pupils eligible for free school meals across all phases.",
              "Data and Performance Manager / Head of Education and Inclusion", "Autumn term 2024",
              "Dashboard used by all school improvement advisers in termly visits.",
              "First version shared with headteachers in February 2024. Attainment measures will be "
              "added once 2024 results are validated.",
              "Green"),
             ("1.3", "Commission an external review of the impact of Tackling Disadvantage grant "
              "spending in a sample of schools.",
              "Director of Education and Children's Services", "July 2024",
              "Review report received and recommendations added to this plan.",
              "Review commissioned but fieldwork delayed until the summer term because of the "
              "reviewer's availability.",
              "Amber"),
         ]),
        ("Recommendation 2: Improve attendance and reduce exclusions in secondary schools",
         "Attendance in secondary schools has not recovered to pre-pandemic levels and the rate of "
         "fixed-term exclusions is higher than the Wales average.",
         [
             ("2.1", "Introduce an attendance support pathway for secondary schools with clear "
              "thresholds for early intervention by Education Welfare Officers.",
              "Head of Access to Education", "Summer term 2024",
              "Pathway in use in all secondary schools; persistent absence reduced.",
              "Pathway agreed with secondary headteachers and launched in eight of eleven schools.",
              "Green"),
             ("2.2", "Review the use of part-time timetables and ensure every pupil on a reduced "
              "timetable has a plan agreed with the authority and reviewed at least every six weeks.",
              "Principal Education Welfare Officer", "Ongoing",
              "All reduced timetables logged and reviewed within six weeks.",
              "Register of reduced timetables in place since October 2023; reviews monitored monthly.",
              "Green"),
             ("2.3", "Work with secondary headteachers to agree a shared approach to managed moves "
              "and alternatives to permanent exclusion.",
              "Head of Access to Education; Head of ALN and Inclusion", "March 2025",
              "Protocol signed by all secondary schools; fewer permanent exclusions.",
              "Draft protocol discussed at the secondary headteachers' forum in January 2024; "
              "further consultation is needed before sign-off.",
              "Amber"),
         ]),
        ("Recommendation 3: Strengthen the quality assurance of the support provided to schools "
         "causing concern",
         "Inspectors noted that the authority does not always evaluate well enough whether its "
         "support for schools causing concern is making a difference.",
         [
             ("3.1", "Introduce half-termly Schools Causing Concern panels chaired by the Director, "
              "with notes of actions and timescales for each school.",
              "Director of Education and Children's Services", "November 2023",
              "Panels held every half term with actions recorded and followed up.",
              "First panel held on 14 November 2023; panels now held every half term.",
              "Blue"),
             ("3.2", "Quality assure a sample of improvement adviser visit notes each term and "
              "report the findings to the Education Leadership Team.",
              "Senior Manager, School Effectiveness", "Termly",
              "Sample of at least ten visit notes reviewed each term.",
              "Autumn term sample completed; findings shared with advisers at the January team meeting.",
              "Green"),
             ("3.3", "Report progress on schools causing concern to the Education, Young People and "
              "the Welsh Language Scrutiny Committee twice a year.",
              "Head of Strategy and Learning", "June 2024",
              "Reports received and minuted by the Scrutiny Committee.",
              "The first report was postponed from the March meeting and is now scheduled for June 2024.",
              "Red"),
         ]),
    ]

    for heading, context, actions in recs:
        doc.add_paragraph(heading, style="Heading 2")
        p = doc.add_paragraph()
        r = p.add_run("Estyn report: " + context)
        r.italic = True
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h, w in zip(t.rows[0].cells, hdr, widths):
            set_cell(c, h, bold=True)
            shade(c, "1F4E79")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            c.width = w
        repeat_header(t.rows[0])
        for a in actions:
            cells = t.add_row().cells
            for c, v, w in zip(cells, a, widths):
                set_cell(c, v)
                c.width = w
            shade(cells[6], rag_fill[a[6]])
        doc.add_paragraph()

    doc.add_paragraph("RAG key", style="Heading 3")
    doc.add_paragraph(
        "Blue – action complete; Green – on track to be completed within timescale; "
        "Amber – some slippage, remedial action in hand; Red – significant slippage, escalation required."
    )
    doc.save(out("n1-carmarthenshire-estyn-piap.docx"))


# ============================================ 2. Merthyr Tydfil Audit Wales (xlsx)
def merthyr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Audit Wales Recs"
    ws["A1"] = "Merthyr Tydfil County Borough Council – Audit Wales Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Governance and Audit Committee – 1 September 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Audit Wales Report", "Ref", "Recommendation", "Agreed Action", "Responsible Officer",
           "Original Target Date", "Revised Target Date", "Progress Update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.alignment = WRAP
        c.border = BOX
    d = dt.datetime
    PM = "Review of Performance Management Arrangements (October 2024)"
    FS = "Financial Sustainability Review (October 2024)"
    DG = "Digital Strategy Review (March 2024)"
    rows = [
        (PM, "PM1", "R1 – The Council should strengthen its performance framework so that measures "
         "and targets clearly link to its well-being objectives.",
         "Review the corporate plan performance measures with each directorate and agree targets "
         "for 2025-26 aligned to the well-being objectives.",
         "Policy and Performance Manager", d(2025, 3, 31), d(2025, 6, 30),
         "Measures and targets agreed with all directorates and approved by Cabinet in June 2025.", "B"),
        (PM, "PM2", "R2 – The Council should improve the quality of performance reports to members "
         "so that they show progress against outcomes and not just activity.",
         "Redesign the quarterly performance report to include trend data, commentary on outcomes "
         "and exception reporting.",
         "Director of Governance and Resources", d(2025, 6, 30), None,
         "New format piloted for Q4 2024-25 and used for all directorates from Q1 2025-26.", "G"),
        (PM, "PM3", "R3 – The Council should ensure its self-assessment is informed by robust "
         "evidence, including the views of residents.",
         "Build resident survey findings and complaints analysis into the annual corporate "
         "self-assessment.",
         "Policy and Performance Manager", d(2025, 10, 31), None,
         "Residents' survey closed in July; results being analysed for the 2024-25 self-assessment.", "G"),
        (PM, "PM4", "R4 – The Council should provide training for members and officers on "
         "performance management.",
         "Deliver performance management training to Cabinet, scrutiny chairs and the Corporate "
         "Management Team.",
         "Head of HR & OD; Policy and Performance Manager", d(2025, 3, 31), d(2025, 12, 31),
         "Officer sessions delivered in February 2025. Member sessions postponed after the May "
         "committee changes and are being rescheduled for the autumn.", "A"),
        (FS, "FS1a", "R1 – To support its financial sustainability, the Council needs to develop a "
         "medium to long term approach to financial planning that shows how it will bridge its "
         "funding gap.",
         "Extend the Medium Term Financial Plan to cover a five-year period and present it to "
         "Council alongside the 2025-26 budget.",
         "Director of Finance and Policy", d(2025, 2, 28), None,
         "MTFP 2025-26 to 2029-30 approved by Council on 5 March 2025.", "B"),
        (FS, "FS1b", None,
         "Identify and cost savings proposals for 2026-27 and 2027-28 through the transformation "
         "programme.",
         "Corporate Management Team", d(2025, 12, 31), None,
         "Proposals worth £3.1m identified against a gap of £5.4m. Further options being developed "
         "with Cabinet members.", "A"),
        (FS, "FS2", "R2 – The Council should strengthen its approach to the use of reserves, setting "
         "out the minimum level it will hold and how any use will be replenished.",
         "Revise the Reserves Policy to set a minimum level of general reserves and the approach "
         "to replenishing earmarked reserves.",
         "Director of Finance and Policy", d(2025, 3, 31), d(2025, 9, 30),
         "Draft policy delayed by year-end closedown work. To be presented to this Committee in "
         "September 2025.", "R"),
        (DG, "DG1", "R1 – The Council should set out how digital will support the delivery of its "
         "priorities and the resources it needs to do so.",
         "Publish a Digital Strategy and delivery plan approved by Cabinet.",
         "Head of ICT and Digital", d(2024, 12, 31), d(2025, 7, 31),
         "Digital Strategy 2025-2030 approved by Cabinet on 16 July 2025.", "B"),
    ]
    rag = {"B": XL_BLUE, "G": XL_GREEN, "A": XL_AMBER, "R": XL_RED}
    r0 = 5
    for i, row in enumerate(rows):
        r = r0 + i
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if j in (6, 7) and v is not None:
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).fill = fill(rag[row[8]])
        ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
    # report column merged down per report; FS R1 recommendation merged over its two actions
    ws.merge_cells("A5:A8")
    ws.merge_cells("A9:A11")
    ws.merge_cells("C9:C10")
    ws.cell(row=14, column=1, value="RAG Key:").font = Font(bold=True)
    key = [("B", "Complete"), ("G", "On track"), ("A", "At risk of slipping"),
           ("R", "Target missed / off track")]
    for k, (letter, meaning) in enumerate(key):
        c = ws.cell(row=15 + k, column=1, value=letter)
        c.fill = fill(rag[letter])
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=15 + k, column=2, value=meaning)
    for col, w in zip("ABCDEFGHI", [26, 7, 45, 45, 24, 12, 12, 45, 6]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(out("n1-merthyr-tydfil-audit-wales-recommendations-tracker.xlsx"))


# ================================== 3. Perth and Kinross joint inspection (xlsx)
def perth_kinross():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = ("Perth and Kinross Child Protection Committee – Joint Inspection of Services for "
                "Children at Risk of Harm: Improvement Plan 2024-26")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress update: January 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["No.", "Improvement action", "Lead(s)", "Partners involved", "Timescale",
           "How we will know (measure of success)", "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.alignment = WRAP
        c.border = BOX
    afi = {
        1: "Area for improvement 1: Partners should ensure that chronologies are consistently of "
           "good quality and are used to inform assessments of risk.",
        2: "Area for improvement 2: Partners should improve the consistency of inter-agency "
           "referral discussions (IRDs), including the involvement of health and education.",
        3: "Area for improvement 3: Partners should ensure that children and young people are "
           "meaningfully involved in decisions about their plans and in shaping services.",
    }
    acts = {
        1: [
            ("1.1", "Refresh the multi-agency chronology guidance and tool, incorporating learning "
             "from the 2024 case file reading.", "CPC Lead Officer",
             "Social Work, NHS Tayside, Education, Police Scotland", "June 2024",
             "Revised guidance published on the CPC website.",
             "Guidance and template launched at the CPC development session in June 2024.", XL_BLUE),
            ("1.2", "Deliver chronology training to social work, health visiting and school nursing "
             "staff, with a follow-up practice session six months later.",
             "Learning and Development Co-ordinator (CPC)", "NHS Tayside",
             "December 2024 – June 2025",
             "At least 80% of practitioners in target teams trained.",
             "Four sessions delivered to 86 staff. Follow-up sessions booked for May and June 2025.",
             XL_GREEN),
            ("1.3", "Audit a sample of 40 chronologies through the multi-agency case file audit and "
             "report the findings to the CPC.",
             "Service Manager, Quality Assurance / Lead Nurse Child Protection", "All partners",
             "Q2 2025/26",
             "80% of chronologies audited rated good or better.",
             "Audit tool agreed. Audit postponed from March because of staff availability and now "
             "planned for August 2025.", XL_AMBER),
        ],
        2: [
            ("2.1", "Review the IRD process and recording template so that health and education "
             "contributions are recorded in every IRD.", "IRD Oversight Group Chair",
             "Police Scotland, NHS Tayside, Education", "September 2024",
             "Revised template in use; health and education recorded in 90% of IRDs.",
             "Revised template in use from 2 September 2024.", XL_BLUE),
            ("2.2", "Introduce a weekly IRD quality assurance meeting to review a sample of IRDs and "
             "feed back to practitioners.", "Team Leader, Child Protection Duty Team",
             "Police Scotland, NHS Tayside", "Ongoing",
             "Weekly meetings held; themes reported to the IRD Oversight Group.",
             "Meetings held weekly since October 2024. Themes so far relate to recording of "
             "decisions on sibling risk.", XL_GREEN),
            ("2.3", "Report IRD performance data (timescales and attendance by agency) to each CPC "
             "meeting.", "CPC Lead Officer", "All partners", "Quarterly",
             "Data considered at every CPC meeting.",
             "IRD data included in the CPC performance report from November 2024.", XL_GREEN),
        ],
        3: [
            ("3.1", "Implement the Mind of My Own app across children's social work teams so that "
             "children can share their views before child protection planning meetings.",
             "Head of Service, Children and Families", "Education, Third sector", "March 2025",
             "Views of children recorded for 75% of child protection planning meetings.",
             "Licences purchased and rollout complete in two of five teams. Remaining teams to go "
             "live by the end of April.", XL_AMBER),
            ("3.2", "Establish a young people's reference group, supported by Who Cares? Scotland, "
             "to review CPC materials and contribute to the next self-evaluation.",
             "Children's Rights Officer", "Who Cares? Scotland", dt.datetime(2025, 8, 31),
             "Reference group meeting regularly with at least six members.",
             "Recruitment of young people has not yet started; discussions continuing with Who "
             "Cares? Scotland.", XL_RED),
            ("3.3", "Add a section on the involvement of children and families to the annual CPC "
             "report.", "CPC Lead Officer", "All partners", "October 2025",
             "Section included in the 2024-25 CPC annual report.", "Not yet due.", None),
        ],
    }
    r = 5
    for n in (1, 2, 3):
        ws.cell(row=r, column=1, value=afi[n]).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("DDEBF7")
        ws.cell(row=r, column=1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 30
        r += 1
        for a in acts[n]:
            for j, v in enumerate(a[:7], 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            rc = ws.cell(row=r, column=8)
            rc.border = BOX
            if a[7]:
                rc.fill = fill(a[7])
            r += 1
    r += 1  # blank row
    ws.cell(row=r, column=2, value="RAG status key").font = Font(bold=True)
    r += 1
    for colour, meaning in [(XL_BLUE, "Complete"), (XL_GREEN, "On track"),
                            (XL_AMBER, "Some slippage – action being taken"),
                            (XL_RED, "Off track – needs CPC attention")]:
        ws.cell(row=r, column=2).fill = fill(colour)
        ws.cell(row=r, column=3, value=meaning)
        r += 1
    for col, w in zip("ABCDEFGH", [6, 48, 26, 24, 14, 32, 45, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(out("n1-perth-kinross-children-at-risk-joint-inspection-improvement-plan.xlsx"))


# ======================================= 4. Argyll and Bute BVAR action plan (txt)
def argyll():
    lines = [
        ["Argyll and Bute Council – Best Value Assurance Report Action Plan"],
        ["Progress update to Audit and Scrutiny Committee – March 2021"],
        [],
        ["No.", "BVAR Recommendation", "Action", "Responsible Officer", "Target Date",
         "Progress", "RAG"],
        ["1.1", "1. The council should improve its public performance reporting so that it gives a "
         "clear and balanced picture of performance against its priorities.",
         "Publish an annual Public Performance Report, including comparisons with other councils "
         "using LGBF data.", "Head of Customer Support Services", "September 2020",
         "Annual report published on the council website on 30 September 2020.", "Complete"],
        ["1.2", "", "Review the performance scorecards reported to Strategic Committees so that "
         "they include trend and benchmarking information.",
         "Executive Director – Customer Support Services", "31/03/2021",
         "Revised scorecards presented to the February Policy and Resources Committee.", "Green"],
        ["2.1", "2. The council should set out a clear programme of transformation and service "
         "redesign, with the resources needed to deliver it.",
         "Agree a transformation programme with clear milestones and report progress to the "
         "Policy and Resources Committee.", "Chief Executive", "December 2020",
         "Programme agreed by Policy and Resources Committee in December 2020.", "Complete"],
        ["2.2", "", "Take forward the modernisation of education services through the Empowering "
         "our Educators programme.", "Executive Director with responsibility for Education",
         "June 2021",
         "Consultation paused during COVID-19 restrictions; revised timetable agreed by Community "
         "Services Committee.", "Amber"],
        ["2.3", "", "Extend digital self-service options for customers, including online payments "
         "and service requests.", "Head of Customer Support Services", "March 2022",
         "Twelve new online forms launched since July 2020.", "Green"],
        ["3.1", "3. The council should engage staff more fully in planning and implementing change.",
         "Deliver an employee engagement programme, including a staff survey and follow-up focus "
         "groups.", "HR Manager / Communications Manager", "Ongoing",
         "Staff survey completed in November 2020 with a 54% response rate; focus groups planned "
         "for spring.", "Green"],
        ["4.1", "4. The council should work with communities to understand and address their "
         "concerns, including levels of satisfaction with council services.",
         "Carry out a residents' survey and publish the findings with the council's response.",
         "Performance Manager", "Q4 2020/21",
         "Survey fieldwork completed in February 2021; analysis under way.", "Amber"],
        ["4.2", "", "Review area committee arrangements to strengthen community involvement in "
         "decision-making.", "Executive Director – Legal and Regulatory Support", "TBC",
         "Review deferred because of COVID-19; timescale to be agreed.", "Red"],
        ["5.1", "5. The council should ensure that elected members have the training they need to "
         "fulfil their roles.",
         "Develop and implement an Elected Members' training programme based on a training needs "
         "analysis.", "Governance Manager", "Sept 2020 – March 2021",
         "Training needs analysis completed; twelve sessions delivered online.", "Green"],
        [],
        ["RAG: Complete = action completed; Green = on track; Amber = some slippage; "
         "Red = significant delay"],
    ]
    with open(out("n1-argyll-bute-best-value-action-plan.txt"), "w", encoding="utf-8",
              newline="") as f:
        for row in lines:
            f.write("\t".join(row) + "\r\n")


# ================================== 5. Belfast Trust RQIA review action plan (docx)
def belfast():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Belfast Health and Social Care Trust")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("RQIA Review of Governance of Outpatient Services – Trust Action Plan",
                      style="Title")
    doc.add_paragraph("Position at 31 March 2021")
    doc.add_paragraph(
        "RQIA's review of the governance of outpatient services in the Belfast Trust, with a focus "
        "on neurology and other high volume specialties, was published in February 2020. The Trust "
        "accepted all of the recommendations. The table below sets out the actions agreed against "
        "each recommendation addressed to the Trust, the responsible lead and the current position. "
        "The plan is monitored by the Trust's Assurance Committee."
    )
    hdr = ["Ref", "RQIA Recommendation", "Action", "Lead", "Timescale", "Update", "Status"]
    widths = [Cm(1.2), Cm(5.5), Cm(6.0), Cm(3.3), Cm(2.2), Cm(5.5), Cm(1.8)]
    recs = [
        ("1. The Belfast Trust should ensure that all outpatient clinic letters are typed, verified "
         "and sent to GPs and patients within agreed timescales.", [
            ("1.1", "Implement digital dictation across all outpatient specialties, with monitoring "
             "of turnaround times.", "Co-Director, Outpatients", "December 2020",
             "Digital dictation live in all specialties from 30 November 2020.", "Complete"),
            ("1.2", "Report monthly typing backlog figures by specialty to the Assurance Committee.",
             "Head of Medical Records", "Monthly",
             "Backlog reports provided monthly; backlog over 10 days reduced from 4,120 to 610 letters.",
             "Green"),
        ]),
        ("2. The Belfast Trust should establish a system to ensure that all results of "
         "investigations requested at outpatient clinics are reviewed and acted upon.", [
            ("2.1", "Roll out electronic sign-off of results on NIECR to all consultant-led "
             "outpatient clinics.", "Medical Director / Director of Surgery and Specialist Services",
             "June 2021",
             "Rolled out in 9 of 14 specialties. Remaining specialties delayed by the COVID-19 surge.",
             "Amber"),
            ("2.2", "Audit compliance with results sign-off in each specialty and share the findings "
             "with Clinical Directors.", "Clinical Audit Manager", "Q2 2021/22",
             "Audit proforma agreed; first audit cycle to begin in July 2021.", "Green"),
        ]),
        ("3. The Belfast Trust should strengthen the arrangements for oversight of the clinical "
         "practice of consultants working in the outpatient setting, including job planning and "
         "appraisal.", [
            ("3.1", "Ensure all consultants have an up-to-date job plan that sets out outpatient "
             "activity and the governance time allocated.", "Deputy Medical Director",
             "31 March 2021",
             "78% of consultants have a signed-off job plan. Job planning round extended because "
             "of service pressures.", "Red"),
            ("3.2", "Introduce a whole-practice appraisal declaration covering private practice and "
             "all outpatient activity.", "Responsible Officer (Medical Revalidation)",
             "April 2020", "Declaration in use for all appraisals since April 2020.", "Complete"),
            ("3.3", "Review the process for triangulating complaints, incidents and litigation "
             "information by consultant and report quarterly to the Medical Director.",
             "Co-Director, Risk and Governance", "September 2021",
             "Data sources mapped; first triangulation report due in September.", "Green"),
        ]),
        ("4. The Belfast Trust should ensure that patients on outpatient review waiting lists are "
         "clinically validated and that those at risk of harm are prioritised.", [
            ("4.1", "Complete clinical validation of all review backlog lists longer than 12 months.",
             "Divisional Clinical Directors", "Ongoing",
             "Validation complete in neurology, rheumatology and dermatology. Other specialties "
             "continuing.", "Amber"),
            ("4.2", "Provide patients on review lists with written information about who to "
             "contact if their condition changes.", "Head of Patient Experience", "Jan-21",
             "Leaflet drafted; awaiting service user feedback before printing.", "Not started"),
        ]),
    ]
    status_fill = {"Complete": WD_BLUE, "Green": WD_GREEN, "Amber": WD_AMBER, "Red": WD_RED}
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h, w in zip(t.rows[0].cells, hdr, widths):
        set_cell(c, h, bold=True)
        shade(c, "C6D9F1")
        c.width = w
    repeat_header(t.rows[0])
    for rec_text, actions in recs:
        first = None
        for k, a in enumerate(actions):
            cells = t.add_row().cells
            vals = [a[0], rec_text if k == 0 else "", a[1], a[2], a[3], a[4], a[5]]
            for c, v, w in zip(cells, vals, widths):
                set_cell(c, v)
                c.width = w
            if a[5] in status_fill:
                shade(cells[6], status_fill[a[5]])
            if k == 0:
                first = cells[1]
            last = cells[1]
        if len(actions) > 1:
            merged = first.merge(last)
            # merge keeps the text of both cells: reset to the recommendation only
            set_cell(merged, rec_text)
    doc.add_paragraph()
    doc.add_paragraph(
        "Status key: Complete – action closed; Green – on track; Amber – at risk of not meeting "
        "timescale; Red – behind schedule."
    )
    doc.save(out("n1-belfast-trust-rqia-outpatients-review-action-plan.docx"))


# ============================== 6. Newry, Mourne and Down NIAO tracker (csv)
def newry():
    rows = [
        ["Newry, Mourne and Down District Council – NIAO Report to Those Charged with Governance "
         "2022-23: Recommendations Tracker"],
        ["Audit Committee – 14 March 2024"],
        [],
        ["Ref", "Priority", "Finding", "Recommendation", "Management Response",
         "Responsible Officer", "Target Date", "Status", "Update"],
        ["1", "2", "Three of 25 purchase orders tested were raised after the invoice date.",
         "Purchase orders should be raised before goods or services are ordered, in line with the "
         "Council's procurement procedures.",
         "Reminder issued to all budget holders; retrospective orders will be reported monthly to "
         "the Senior Management Team.", "Head of Finance", "31/03/2024", "Complete",
         "Monthly reporting in place since January 2024."],
        ["2", "1", "The fixed asset register had not been reconciled to the general ledger during "
         "the year.",
         "The fixed asset register should be reconciled to the general ledger at least quarterly.",
         "Quarterly reconciliation to be introduced from Q1 2024-25 and signed off by the Financial "
         "Accountant.", "Financial Accountant", "30/06/2024", "On track",
         "Reconciliation template prepared."],
        ["3", "2", "Declarations of interest were not held for two officers involved in a tender "
         "evaluation.",
         "All officers involved in procurement should complete a declaration of interest for each "
         "tender evaluation.",
         "Declaration form added to the tender evaluation pack; Procurement will not accept "
         "evaluations without signed declarations.", "Procurement Manager", "31/12/2023",
         "Complete", "Implemented for all tenders from December 2023."],
        ["4", "2", "In two cases leavers had not been removed promptly from the payroll system, "
         "resulting in overpayments.",
         "HR and Payroll should strengthen the leavers process so that leavers are removed before "
         "the next pay run.",
         "A monthly leavers report from HR will be reconciled by Payroll before each pay run.",
         "Head of HR / Payroll Manager", "30/09/2204", "On track",
         "Report designed; first reconciliation to be completed for the April 2024 payroll."],
        ["5", "3", "Business continuity plans had not been tested since 2019.",
         "Business continuity plans should be tested at least annually.",
         "A desktop exercise will be held with the Emergency Planning team and lessons reflected "
         "in updated plans.", "Emergency Planning Manager", "Sept 2024", "Not started", ""],
        ["6", "2", "Monitoring returns had not been received for four of ten community grants tested.",
         "The Council should follow up outstanding grant monitoring returns and withhold further "
         "funding until they are received.",
         "Grants team to issue reminders at 30 and 60 days and flag outstanding returns on the "
         "grants system.", "Community Development Manager", "31/05/2024", "On track",
         "Reminder process started in February 2024."],
    ]
    with open(out("n1-newry-mourne-down-niao-recommendations-tracker.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row + [""] * (9 - len(row)))


# =============================== 7. Hull SCP Child K LCSPR action plan (xlsx)
def hull():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = ("Hull Safeguarding Children Partnership: Child K Local Child Safeguarding Practice "
                "Review – Multi-Agency Action Plan")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress update for the HSCP Executive – September 2023"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Recommendation", "Agency", "Action", "Lead officer", "Target date",
           "Progress update (Sept 2023)", "Previous RAG", "Current RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    d = dt.datetime
    R1 = ("Recommendation 1 – The Partnership should seek assurance that return home interviews are "
          "offered to every child who goes missing and that the information is used in assessments "
          "of risk.")
    R2 = ("Recommendation 2 – Schools should ensure that a child's exclusion or reduced attendance is "
          "shared with the child's social worker and considered as a possible indicator of "
          "exploitation.")
    R3 = ("Recommendation 3 – All partner agencies should ensure that staff understand "
          "adultification bias and how it can affect responses to children at risk of exploitation.")
    R4 = ("Recommendation 4 – The Partnership should seek assurance that the health needs of children "
          "at risk of exploitation are identified and followed up.")
    R5 = ("Recommendation 5 – The Partnership should engage with children, young people and "
          "communities to understand their experience of exploitation and of local services.")
    rows = [
        ("1.1", R1, "Hull City Council – Children's Services", "Recommission the return home "
         "interview service so that interviews are offered within 72 hours and shared with the "
         "allocated social worker.", "Head of Service, Adolescent Services", d(2022, 12, 1),
         "New service contract started on 1 December 2022; 81% of interviews offered within 72 "
         "hours in Q1 2023-24.", "G", "B"),
        ("1.2", None, "Humberside Police", "Provide the Partnership with quarterly data on missing "
         "episodes and take-up of return home interviews.",
         "Detective Inspector, Missing from Home Team", "Quarterly",
         "Q1 2023-24 data received and reviewed by the Executive in July.", "G", "G"),
        ("2.1", R2, "Hull City Council – Education", "Issue guidance to all Hull schools on "
         "notifying the social worker when a child open to children's social care is excluded or "
         "placed on a reduced timetable.", "Head of Education Safeguarding", d(2022, 9, 1),
         "Guidance issued to all schools in September 2022.", "A", "B"),
        ("2.2", None, "Hull City Council – Education", "Include the learning from this review in the "
         "annual designated safeguarding lead (DSL) training and the DSL network programme.",
         "Education Safeguarding Lead", "Ongoing",
         "Included in all DSL training since autumn 2022.", "G", "G"),
        ("3.1", R3, "HSCP", "Commission and deliver multi-agency training on adultification bias and "
         "contextual safeguarding, with priority places for police, school and health staff.",
         "HSCP Business Manager / HSCP Training Co-ordinator", d(2023, 3, 1),
         "Six sessions delivered to 214 staff. Take-up from police has been lower than planned and "
         "additional dates have been offered for autumn 2023.", "G", "A"),
        ("3.2", None, "HSCP", "Audit a sample of cases involving adolescents at risk of exploitation "
         "to test whether adultification bias is considered in decision-making.",
         "HSCP Quality Assurance Lead", d(2024, 6, 1),
         "New action agreed by the Executive in July 2023. Audit scope agreed; fieldwork not yet "
         "started.", None, None),
        ("4.1", R4, "Hull University Teaching Hospitals", "Agree a pathway with the Emergency "
         "Department for referral to the school nursing service or GP after an attendance linked "
         "to exploitation or serious violence.", "Named Nurse for Safeguarding Children",
         d(2023, 1, 1),
         "Pathway drafted but not yet signed off by all partners. Escalated to the HSCP Executive.",
         "A", "R"),
        ("4.2", None, "Humber Teaching NHS Foundation Trust (CAMHS)", "Offer an emotional wellbeing "
         "follow-up to any child referred to the multi-agency child exploitation (MACE) panel.",
         "Service Manager, Hull CAMHS", d(2023, 3, 1),
         "Offer in place; eleven young people seen since April 2023.", "G", "G"),
        ("5.1", R5, "HSCP / Hull City Council", "Hold listening events with young people and parents "
         "in partnership with local voluntary sector organisations.",
         "Head of Community Partnerships", "Sept 2022 – March 2023",
         "Five events held with over 300 participants; report presented to the Executive.",
         "G", "B"),
        ("5.2", None, "HSCP", "Publish a 'You said, we did' summary of the actions taken in "
         "response to the review, written for young people.", "HSCP Business Manager",
         d(2023, 11, 30), "Draft prepared with the Hull Youth Parliament.", None, "G"),
    ]
    rag = {"B": XL_BLUE, "G": XL_GREEN, "A": XL_AMBER, "R": XL_RED}
    r0 = 5
    for i, row in enumerate(rows):
        r = r0 + i
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy" if (v.month, v.day) == (11, 30) else "mmm-yy"
        for col in (8, 9):
            v = row[col - 1]
            if v:
                ws.cell(row=r, column=col).fill = fill(rag[v])
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center",
                                                                 vertical="top")
    for a, b in [(5, 6), (7, 8), (9, 10), (11, 12), (13, 14)]:
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    kr = r0 + len(rows) + 1
    ws.cell(row=kr, column=1, value="RAG key").font = Font(bold=True)
    ws.cell(row=kr + 1, column=1,
            value="B – complete; G – on track; A – some risk to delivery; R – off track / escalated "
                  "to the HSCP Executive")
    for col, w in zip("ABCDEFGHI", [6, 40, 22, 48, 28, 12, 45, 9, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(out("n1-hull-scp-child-k-lcspr-action-plan.xlsx"))


if __name__ == "__main__":
    carmarthenshire()
    merthyr()
    perth_kinross()
    argyll()
    belfast()
    newry()
    hull()
    print("done")
