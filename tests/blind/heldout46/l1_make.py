"""Generator for the l1- cases of heldout46.

Run with /work/main/.venv/bin/python l1_make.py (from any directory); writes the
seven document files beside this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "00B0F0"


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# =============================================================================
# 1. Gwynedd - CIW inspection of children's services: action plan (docx)
# =============================================================================
def make_gwynedd():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    r = p.add_run("Cyngor Gwynedd – Children and Families Department")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.add_heading(
        "Inspection of Children’s Services by Care Inspectorate Wales (May 2018): Action Plan", level=1)
    doc.add_paragraph(
        "Care Inspectorate Wales (CIW) inspected children’s services in Gwynedd during May 2018 and "
        "published its report in August 2018. The inspection found that the service has significant "
        "strengths, with a committed and stable workforce, and identified a number of areas for "
        "development. This action plan sets out how the department will respond to each area for "
        "development. Progress is monitored by the Children and Families Department Management Team "
        "and reported to the Care Scrutiny Committee.")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    for row in [
        ["0.3", "14/09/2018", "Business Support Manager", "Draft for Departmental Management Team"],
        ["1.0", "24/09/2018", "Head of Children and Families", "Agreed by DMT and submitted to CIW"],
        ["1.1", "16/10/2018", "Business Support Manager", "Progress update for Care Scrutiny Committee"],
    ]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("Action plan – progress at October 2018").bold = True

    headers = ["Ref", "Area for development", "Action", "Lead officer", "Timescale",
               "Progress (October 2018)", "RAG"]
    themes = [
        ("1. People – Voice and Control", [
            ("Children, young people and families need a clearer understanding of the decisions "
             "made about them, in a format which is easy to follow.", [
                ("1.1", "Review the care and support plan template so that decisions, and the reasons for "
                        "them, are written in plain language and in the family’s language of choice.",
                 "Senior Manager – Safeguarding and Quality", "December 2018",
                 "Revised template drafted with the Young People’s Forum. Consultation with team "
                 "managers closes at the end of October.", "Green"),
                ("1.2", "Give children and families a written copy of their plan after every review, and "
                        "audit compliance each quarter.",
                 "Team Managers / Quality Assurance Officer", "31/03/2019",
                 "Audit tool agreed. The first quarterly audit is scheduled for January 2019.", "Green"),
            ]),
            ("Assessments must be updated following a significant change in circumstances.", [
                ("1.3", "Issue practice guidance on when an assessment must be updated, and add it to the "
                        "supervision checklist.",
                 "Principal Social Worker", "Nov-18",
                 "Guidance issued to all teams on 1 October 2018 and discussed at the practitioner forum.",
                 "Complete"),
                ("1.4", "Team managers to check on WCCIS that assessments have been updated wherever a change "
                        "of circumstances is recorded, with exceptions reported to the Senior Management Team.\n"
                        "Findings to be included in the monthly performance report.",
                 "Team Managers", "Monthly",
                 "Exception report being built with the WCCIS team; the first report is expected in "
                 "November.", "Amber"),
            ]),
        ]),
        ("2. Prevention and Early Intervention", [
            ("Address recognised gaps in prevention and early intervention, developing stronger links "
             "with community services with improved signposting.", [
                ("2.1", "Map the preventative services available in each area of the county with the Team "
                        "Around the Family and third sector partners, and publish the directory on Dewis Cymru.",
                 "Senior Manager – Early Intervention", "January 2019 – June 2019",
                 "Mapping complete for Arfon and Dwyfor; Meirionnydd to follow in the new year.", "Green"),
                ("2.2", "Place a social worker in the Information, Advice and Assistance (IAA) team to give "
                        "advice to professionals and families at first contact.",
                 "Service Manager – IAA", "Q4 2018/19",
                 "Post agreed within the existing budget. Interviews are arranged for 6 November.",
                 "Amber"),
            ]),
        ]),
        ("3. Well-being", [
            ("Strengthen fostering arrangements so that children receive consistent positive "
             "experiences, and increase the number of local foster carers.", [
                ("3.1", "Run a foster carer recruitment campaign with the North Wales regional fostering "
                        "partnership, aimed at carers for teenagers and sibling groups.",
                 "Service Manager – Fostering", "March 2019",
                 "Campaign launched in September with radio and social media adverts; 11 enquiries "
                 "received so far.", "Green"),
                ("3.2", "Review the support and training offered to foster carers, including out-of-hours "
                        "support, with the Foster Carers’ Association.",
                 "Service Manager – Fostering", "31/01/2019",
                 "Questionnaire sent to all carers. Results will be discussed at the December support "
                 "group.", "Amber"),
                ("3.3", "Make sure every child placed out of county is visited within statutory timescales "
                        "and that their placement plan is reviewed.",
                 "Senior Manager – Children Looked After", "Ongoing",
                 "Reported monthly. 94% of visits were on time in September.", "Green"),
            ]),
        ]),
        ("4. Partnerships and Integration", [
            ("Strategy discussions and child protection enquiries should involve all relevant partners "
             "and be recorded consistently.", [
                ("4.1", "Agree a single template for recording strategy discussions with North Wales Police "
                        "and Betsi Cadwaladr University Health Board.",
                 "Safeguarding and Quality Manager / Named Nurse Safeguarding Children (BCUHB)",
                 "December 2018",
                 "Draft template shared with the regional safeguarding sub-group on 20 September.",
                 "Green"),
                ("4.2", "Audit a sample of child protection enquiries each quarter jointly with partners and "
                        "report the findings to the local safeguarding delivery group.",
                 "Quality Assurance Officer", "Quarterly from January 2019",
                 "", "Not started"),
            ]),
        ]),
    ]

    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        set_cell(c, h, bold=True)
        shade(c, "1F4E79")
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(t.rows[0])
    rag_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    for theme, areas in themes:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, theme, bold=True, size=10)
        shade(merged, "D9E2F3")
        for area, acts in areas:
            first = None
            for ref, action, lead, when, prog, rag in acts:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[2], action)
                set_cell(cells[3], lead)
                set_cell(cells[4], when)
                set_cell(cells[5], prog)
                set_cell(cells[6], rag, bold=True)
                if rag in rag_fill:
                    shade(cells[6], rag_fill[rag])
                if first is None:
                    first = cells[1]
                    set_cell(first, area)
                else:
                    first = first.merge(cells[1])
                    # merge leaves the text of the first cell; keep a single copy
                    set_cell(first, area)
    widths = [Cm(1.2), Cm(5.0), Cm(7.0), Cm(3.6), Cm(2.6), Cm(5.6), Cm(1.8)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_paragraph()
    k = doc.add_paragraph()
    k.add_run("RAG key: ").bold = True
    k.add_run("Red – action not progressing or at significant risk; Amber – some delay, remedial action "
              "in hand; Green – on track to be completed within timescale; Complete – action completed "
              "and evidence held.")
    doc.save(out("l1-gwynedd-ciw-childrens-services-inspection-action-plan.docx"))


# =============================================================================
# 2. Neath Port Talbot - Estyn post-inspection action plan (xlsx)
# =============================================================================
def make_npt():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = "Neath Port Talbot County Borough Council – Post Inspection Action Plan (PIAP)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Estyn inspection of local government education services, December 2017 "
                "(report published March 2018)")
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Progress update for Education, Skills and Culture Scrutiny Committee – January 2019"
    headers = ["Ref", "Action", "Success criteria", "Lead officer", "Monitored by",
               "Target date", "Revised date", "Progress to date", "RAG"]
    hr = 5
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2F5496")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box

    D = dt.datetime
    recs = [
        ("R1: Improve outcomes for pupils in primary schools, particularly at key stage 2", [
            ("R1.1", "Deliver targeted support through ERW challenge advisers for the 12 primary schools "
                     "where key stage 2 outcomes are below modelled expectations.",
             "All 12 schools show improved teacher assessment outcomes at KS2 in summer 2019.",
             "Head of Education Development", "Education Improvement Board",
             (D(2019, 7, 31), "mmm-yy"), None,
             "Support plans agreed with all 12 schools. Autumn term monitoring shows 9 of the 12 on track.",
             ("G", GREEN)),
            ("R1.2", "Set up a primary literacy and numeracy network so that good practice is shared "
                     "between schools.",
             "Network meets each half term; attendance from at least 80% of primary schools.",
             "Primary Improvement Lead", "Education Improvement Board",
             "Summer term 2019", None,
             "First two network meetings held, with 52 of 58 schools represented.",
             (None, GREEN)),
            ("R1.3", "Review the use of the Pupil Development Grant in primary schools and challenge "
                     "schools where spending is not improving outcomes for eFSM pupils.",
             "Every school’s PDG plan evaluated; gap between eFSM and other pupils narrows.",
             "AT / CR", "Education Improvement Board",
             (D(2018, 12, 31), "dd/mm/yyyy"), (D(2019, 3, 31), "dd/mm/yyyy"),
             "Review delayed by the late release of consortium data; it will now report to the "
             "Improvement Board in March.",
             ("A", AMBER)),
        ]),
        ("R2: Improve attendance in primary schools and reduce the number of fixed-term exclusions "
         "in secondary schools", [
            ("R2.1", "Implement the revised attendance strategy, including the fixed penalty notice "
                     "protocol, in all primary schools.",
             "Primary attendance rises to at least the Wales average.",
             "Principal Officer – Inclusion", "Education, Skills and Culture Scrutiny Committee",
             (D(2018, 9, 30), "dd/mm/yyyy"), None,
             "Strategy launched in September 2018 and training delivered to all primary headteachers.",
             ("Complete", BLUE)),
            ("R2.2", "Education Welfare Officers to hold an attendance review meeting with every primary "
                     "school each term.",
             "Review meetings held with all schools; action plans in place where attendance is below 94%.",
             "EWS Team Leader", "Inclusion Service Management Team",
             "Termly", None,
             "Autumn term meetings completed in all schools.",
             ("G", GREEN)),
            ("R2.3", "Set up an inclusion panel with secondary headteachers to agree alternatives to "
                     "exclusion for pupils at risk.",
             "Fixed-term exclusions of 5 days or fewer reduced by 20%.",
             "Head of Support Services / Principal Officer – Inclusion", "Education Improvement Board",
             (D(2019, 4, 30), "dd/mm/yyyy"), None,
             "Terms of reference drafted. The first panel has been moved to February because of "
             "headteacher availability.",
             ("A", AMBER)),
        ]),
        ("R3: Strengthen the evaluation of the impact of services and use the findings to inform "
         "improvement planning", [
            ("R3.1", "Introduce a self-evaluation framework common to all education services, with "
                     "quarterly reporting against agreed measures.",
             "All services complete a self-evaluation report using the common framework.",
             "Head of Transformation", "Directorate Management Team",
             "Spring term 2019", None,
             "Framework agreed by DMT in December. Services are completing their first reports.",
             ("G", GREEN)),
            ("R3.2", "Align service improvement plans with the Corporate Plan well-being objectives and "
                     "include measures of impact.",
             "2019-20 service plans show clear links to well-being objectives and impact measures.",
             "Director of Education, Leisure and Lifelong Learning", "Cabinet",
             (D(2019, 3, 31), "dd/mm/yyyy"), None,
             "Service plans for 2019-20 not yet drafted; template agreed with the Corporate "
             "Performance team.",
             ("R", RED)),
        ]),
        ("R4: Ensure that provision for pupils educated other than at school (EOTAS) is of good "
         "quality and that their progress is monitored closely", [
            ("R4.1", "Review the quality of teaching and the curriculum offer at the pupil referral unit "
                     "and at commissioned EOTAS providers.",
             "Review completed and an improvement plan agreed with each provider.",
             "Principal Officer – Inclusion", "PRU Management Committee",
             (D(2019, 2, 28), "mmm-yy"), (D(2019, 6, 30), "mmm-yy"),
             "PRU review complete. Commissioned providers to be reviewed in the summer term.",
             ("A", AMBER)),
            ("R4.2", "Track the attainment and attendance of every pupil educated other than at school "
                     "each term and report to the inclusion panel.",
             "Termly tracking report for all EOTAS pupils.",
             "EOTAS Co-ordinator", "Inclusion Service Management Team",
             "Autumn term 2019", None,
             "To begin once the new EOTAS information system is in place.",
             (None, None)),
        ]),
    ]

    r = hr + 1
    for i, (rec, acts) in enumerate(recs):
        if i:
            r += 1  # blank row between recommendations
        ws.cell(row=r, column=1, value=rec).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        for col in range(1, len(headers) + 1):
            ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor="D9E1F2")
        r += 1
        for ref, act, crit, lead, mon, target, revised, prog, (rag_text, rag_fill) in acts:
            vals = [ref, act, crit, lead, mon]
            for col, v in enumerate(vals, 1):
                ws.cell(row=r, column=col, value=v)
            for col, d in ((6, target), (7, revised)):
                if d is None:
                    continue
                if isinstance(d, tuple):
                    c = ws.cell(row=r, column=col, value=d[0])
                    c.number_format = d[1]
                else:
                    ws.cell(row=r, column=col, value=d)
            ws.cell(row=r, column=8, value=prog)
            c = ws.cell(row=r, column=9, value=rag_text)
            if rag_fill:
                c.fill = PatternFill("solid", fgColor=rag_fill)
            c.alignment = Alignment(horizontal="center", vertical="top")
            for col in range(1, len(headers) + 1):
                ws.cell(row=r, column=col).border = box
                if col != 9:
                    ws.cell(row=r, column=col).alignment = wrap
            r += 1

    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for fill, txt in [(GREEN, "Green – on track"),
                      (AMBER, "Amber – some progress but behind schedule"),
                      (RED, "Red – not on track"),
                      (BLUE, "Blue – complete")]:
        r += 1
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=fill)
        ws.cell(row=r, column=2, value=txt)

    for col, w in zip("ABCDEFGHI", [7, 46, 36, 24, 24, 12, 12, 44, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(out("l1-neath-port-talbot-estyn-piap.xlsx"))


# =============================================================================
# 3. West Lothian - ASP joint inspection improvement plan (xlsx)  [mistyped month]
# =============================================================================
def make_west_lothian():
    wb = Workbook()
    ws = wb.active
    ws.title = "ASP Improvement Plan"
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = "West Lothian Public Protection Committee"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Joint Inspection of Adult Support and Protection – Improvement Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Version 4 – updated 21 March 2023 for the Public Protection Committee"
    ws["A3"].font = Font(italic=True)
    headers = ["No.", "Area for improvement", "Improvement action", "Lead", "Timescale",
               "Measure of success", "Progress update", "RAG"]
    hr = 5
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box

    afis = [
        ("1. Initial inquiries: social work should always record the application of the three-point "
         "test, and managers should check and sign off all initial inquiries.", [
            ("1.1", "Change the initial inquiry form on the social work recording system so that the "
                    "three-point test must be completed before an inquiry can be closed.",
             "Senior Manager, Adult Social Work", "October 2022",
             "100% of initial inquiries record the three-point test.",
             "Form changed and live from 17 October 2022.", "Complete"),
            ("1.2", "Team managers to sign off every initial inquiry; compliance reported monthly to the "
                    "ASP Operational Group.",
             "Team Managers – Adult Social Work", "Monthly",
             "Management sign-off evident in at least 95% of inquiries.",
             "January audit showed 91% sign-off, up from 64% at inspection.", "Green"),
            ("1.3", "Deliver refresher training on initial inquiries and the three-point test to all "
                    "council officers.",
             "Learning and Development Officer (Public Protection)", "December 2022",
             "All council officers trained.", "Six sessions delivered; 58 council officers trained.",
             "Complete"),
        ]),
        ("2. Management of risk: all adults at risk of harm who need a chronology, a risk assessment "
         "and a risk management plan should have them.", [
            ("2.1", "Introduce a single multi-agency chronology template with practice guidance.",
             "Lead Officer, Adult Protection", "January 2023",
             "Chronology present in all cases that require one.",
             "Template agreed by the ASP Operational Group; guidance awaiting sign-off by NHS Lothian.",
             "Amber"),
            ("2.2", "Audit 30 case files to test the quality of risk assessments and protection plans, "
                    "and report the findings to the Public Protection Committee.",
             "Quality Assurance Team", "Febuary 2023",
             "Audit shows good or better risk assessments in at least 80% of files.",
             "Audit tool agreed; file reading under way.", "Amber"),
            ("2.3", "Refresh the risk assessment and protection plan guidance and brief all team "
                    "managers.",
             "Lead Officer, Adult Protection", "March 2023",
             "Briefings delivered to all adult social work teams.",
             "Guidance drafted.", "Green"),
        ]),
        ("3. Investigations: the partnership should revise its processes for adult protection "
         "investigations and council officers should routinely interview adults at risk.", [
            ("3.1", "Revise the ASP investigation procedure in line with the Code of Practice, "
                    "including the expectation that the adult is interviewed.",
             "Senior Manager, Adult Social Work", "30/04/2023",
             "Revised procedure published.", "Draft out for consultation with partners.", "Green"),
            ("3.2", "Introduce a second council officer role for investigations, drawn from health and "
                    "social care staff.",
             "Head of Social Policy", "June 2023",
             "Second council officer present in all investigations.", "", "Not started"),
        ]),
        ("4. Strategic leadership: strengthen operational management oversight and the strategic "
         "governance of social work adult protection practice.", [
            ("4.1", "Establish an ASP Operational Group reporting quarterly to the Public Protection "
                    "Committee and the Chief Officers Group.",
             "Chief Social Work Officer", "November 2022",
             "Quarterly reports received by PPC and COG.",
             "Group established; first report received by PPC in December 2022.", "Complete"),
            ("4.2", "Develop an ASP performance dataset covering inquiries, investigations, case "
                    "conferences and protection orders.",
             "Performance and Information Manager", "Ongoing",
             "Dataset reported to every PPC meeting.",
             "Draft dataset presented to PPC in March 2023.", "Green"),
        ]),
        ("5. Lived experience: the partnership should make sure that the lived experience of adults "
         "at risk of harm is represented in strategic planning.", [
            ("5.1", "Work with advocacy providers to gather feedback from adults who have been through "
                    "ASP processes.",
             "Lead Officer, Adult Protection / Advocacy Services Manager", "September 2023",
             "Feedback from at least 20 adults gathered and reported each year.",
             "Initial meeting held with the independent advocacy provider.", "Amber"),
        ]),
    ]
    fills = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = hr + 1
    for area, acts in afis:
        start = r
        for no, act, lead, when, measure, prog, rag in acts:
            for col, v in enumerate([no, area if r == start else None, act, lead, when, measure, prog, rag], 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = wrap
                c.border = box
            if rag in fills:
                ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=fills[rag])
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Complete – action completed; Green – on track; "
                                   "Amber – some slippage; Red – off track; Not started.")
    for col, w in zip("ABCDEFGH", [6, 40, 46, 26, 14, 32, 40, 11]):
        ws.column_dimensions[col].width = w
    wb.save(out("l1-west-lothian-asp-joint-inspection-improvement-plan.xlsx"))


# =============================================================================
# 4. South Eastern HSC Trust - action plan for an RQIA review (tab-separated txt)
# =============================================================================
def make_setrust():
    lines = [
        "South Eastern Health and Social Care Trust – Action Plan: RQIA Review of Adult Safeguarding "
        "Arrangements in Health and Social Care Trusts",
        "Position at 30 September 2024",
        "",
        "\t".join(["RQIA Recommendation", "Priority", "Ref", "Action", "Responsible Lead", "Timescale",
                   "Progress Update", "Status"]),
    ]
    recs = [
        ("Recommendation 1: The Trust should ensure that every adult safeguarding referral is screened "
         "and a decision recorded within 24 hours of receipt.", "Priority 1", [
            ("1.1", "Introduce a daily screening rota in each Adult Protection Gateway team, with a named "
                    "duty senior practitioner.",
             "Adult Safeguarding Lead", "31/12/2023",
             "Rota in place in all three Gateway teams since November 2023.", "Complete"),
            ("1.2", "Report the percentage of referrals screened within 24 hours to the Safeguarding "
                    "Governance Group each month.",
             "Head of Social Work Governance & Training", "Mar-24",
             "Monthly reporting in place; 87% screened within 24 hours in August 2024.", "Green"),
        ]),
        ("Recommendation 2: The Trust should review the capacity of its adult safeguarding teams to "
         "ensure that investigations are completed within regional timescales.", "Priority 1", [
            ("2.1", "Complete a workforce review of Adult Protection Gateway and investigation teams.",
             "Co-Director, Older People’s Services / Adult Safeguarding Lead", "30/06/2024 (revised 31/12/2024)",
             "Review completed in draft; the business case for additional posts goes to SMT in October.",
             "Amber"),
            ("2.2", "Recruit to vacant Designated Adult Protection Officer posts.",
             "Mrs J. Magee", "Q2 2024/25",
             "Four of six posts filled. Remaining posts re-advertised in September.", "Amber"),
        ]),
        ("Recommendation 3: The Trust should ensure that adults at risk, and their families, are "
         "involved in protection planning and that their views are recorded.", "Priority 2", [
            ("3.1", "Revise the protection plan template to include a section for the adult’s own views "
                    "and desired outcomes.",
             "Adult Safeguarding Lead", "March 2024",
             "Template revised and in use on PARIS from April 2024.", "Complete"),
            ("3.2", "Audit a sample of 40 protection plans for evidence of the adult’s involvement.",
             "Principal Social Worker (Adult Services)", "31/03/2025",
             "Audit tool agreed; sampling due to begin in November.", "Green"),
            ("3.3", "Work with the Patient Client Experience team to gather feedback from adults after "
                    "a safeguarding intervention.",
             "Patient Client Experience Manager", "Ongoing",
             "Feedback questionnaire piloted in the Ards and North Down Gateway team.", "Green"),
        ]),
        ("Recommendation 4: The Trust should ensure that all staff complete adult safeguarding training "
         "appropriate to their role.", "Priority 2", [
            ("4.1", "Update the training needs analysis and set compliance targets for each directorate.",
             "Head of Social Work Governance & Training", "30/09/2024",
             "Not yet started owing to staff absence in the training team.", "Red"),
            ("4.2", "Publish directorate training compliance on the Trust dashboard each quarter.",
             "Dr R. Gilmore", "Mar-25", "", "Not started"),
        ]),
    ]
    for rec, prio, acts in recs:
        for i, (ref, act, lead, when, prog, status) in enumerate(acts):
            lines.append("\t".join([rec if i == 0 else "", prio if i == 0 else "", ref, act, lead, when,
                                    prog, status]))
    lines += [
        "",
        "Status key: Complete – action fully implemented and evidenced; Green – on track; "
        "Amber – at risk of delay; Red – off track; Not started.",
        "Prepared by: Safeguarding Governance Office, Lough House, Ards Hospital",
    ]
    with open(out("l1-south-eastern-trust-rqia-review-action-plan.txt"), "w", encoding="utf-8",
              newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# =============================================================================
# 5. Causeway Coast and Glens - NIAO extraordinary audit action plan (csv)
# =============================================================================
def make_ccg():
    ncol = 7
    pad = lambda s: [s] + [""] * (ncol - 1)
    rows = [
        pad("Causeway Coast and Glens Borough Council – Extraordinary Audit Action Plan"),
        pad("Implementation of the Local Government Auditor's recommendations"),
        pad("Update to Audit Committee – 30 November 2022"),
        [""] * ncol,
        ["Recommendation", "Ref", "Action", "Responsible Officer", "Target Date", "Progress", "Status"],
    ]
    recs = [
        ("1. Council should review its arrangements for approving severance and exit packages, so that "
         "all such payments are approved by full Council with appropriate legal and financial advice.", [
            ("1a", "Draft a policy on the approval of severance and exit packages for approval by full "
                   "Council.", "Head of HR", "30/09/2022",
             "Policy approved by Council on 27 September 2022.", "Complete"),
            ("1b", "Report all exit packages to the Audit Committee each year.", "Director of Corporate "
                   "Services", "Mar-23", "First annual report scheduled for the March 2023 meeting.",
             "On track"),
        ]),
        ("2. Council should ensure that decisions taken under delegated authority are recorded, "
         "and reported to the relevant committee.", [
            ("2a", "Review and re-issue the Scheme of Delegation.", "Head of Legal Services",
             "31/10/2022", "Revised scheme agreed at Corporate Policy and Resources Committee in October.",
             "Complete"),
            ("2b", "Introduce a register of officer delegated decisions, published quarterly.",
             "Democratic Services Manager", "December 2022",
             "Register template agreed; first publication due January 2023.", "Amber"),
        ]),
        ("3. Council should strengthen the role of the Audit Committee, including the appointment of an "
         "independent member.", [
            ("3a", "Revise the Audit Committee terms of reference in line with CIPFA guidance.",
             "Audit, Risk and Governance Manager", "31/12/2022",
             "Draft terms of reference to December Audit Committee.", "On track"),
            ("3b", "Recruit an independent member to the Audit Committee.",
             "Interim Chief Executive / Head of HR", "March 2023",
             "Role profile agreed; advertisement to be placed in January.", "On track"),
        ]),
        ("4. Council should review its procedures for the disposal of land and property, ensuring "
         "that disposals are at best value and properly approved.", [
            ("4a", "Adopt a land and property disposal policy, including independent valuation of all "
                   "disposals.", "Director of Leisure & Development", "30/11/2022",
             "Policy drafted; consideration deferred to the January committee cycle.", "Amber"),
        ]),
        ("5. Members should receive training on their roles and responsibilities, including the "
         "Code of Conduct and the declaration of interests.", [
            ("5a", "Deliver training on the Northern Ireland Local Government Code of Conduct to all "
                   "Members.", "Head of Legal Services", "Ongoing",
             "Two sessions held in October with 31 of 40 Members attending; a further session is "
             "planned for new Members.", "On track"),
            ("5b", "Update and publish the Register of Members' Interests.",
             "Democratic Services Manager", "08/08/2022", "Register updated and published on the "
             "Council website.", "Complete"),
        ]),
    ]
    for rec, acts in recs:
        for i, a in enumerate(acts):
            rows.append([rec if i == 0 else ""] + list(a))
    rows.append([""] * ncol)
    rows.append(pad("Status: Complete = action implemented; On track = progressing to target date; "
                    "Amber = some slippage against target date; Red = not progressing."))
    with open(out("l1-causeway-coast-glens-niao-extraordinary-audit-action-plan.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# =============================================================================
# 6. East Riding of Yorkshire - ILACS children's services improvement plan (xlsx)
# =============================================================================
def make_east_riding():
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    ws = wb.create_sheet("Improvement Plan")
    key = wb.create_sheet("Key")
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    D = dt.datetime
    fills = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

    headers = ["Ref", "Ofsted recommendation", "Action", "Lead", "Start date", "Target date",
               "Revised target date", "Progress / evidence of impact", "Previous RAG", "Current RAG"]
    ws["A1"] = "East Riding of Yorkshire Council – Children's Services Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Response to the Ofsted inspection of local authority children's services (ILACS) 2023"
    ws.merge_cells("A2:J2")
    ws["A3"] = "Last updated: 05/12/2023    Plan owner: Director of Children's Services"
    ws.merge_cells("A3:J3")
    hr = 5
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="203864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box

    DMY = "dd/mm/yyyy"
    MY = "mmm-yy"
    recs = [
        ("1. The timeliness and quality of assessments for children in need, including how "
         "children's identity and diversity are considered.", [
            ("1.1", "Refresh the assessment practice standards and launch them through workshops for all "
                    "social workers and team managers.", "Head of Service – Safeguarding",
             D(2023, 6, 1), (D(2023, 8, 31), DMY), None,
             "Standards launched in July 2023; 142 staff attended the workshops.", "G", "B"),
            ("1.2", "Hold a weekly performance clinic for assessments that are out of timescale, chaired "
                    "by the service manager.", "Service Manager, Assessment Teams",
             D(2023, 6, 1), "Ongoing", None,
             "Clinics running weekly. Assessments completed within 45 working days rose from 71% to 86%.",
             "A", "G"),
            ("1.3", "Audit 40 assessments for the quality of analysis of identity and diversity, and feed "
                    "the findings into the practice improvement programme.", "Principal Social Worker",
             D(2023, 9, 1), (D(2023, 11, 30), DMY), (D(2024, 1, 31), DMY),
             "Audit sample extended to include disabled children; report now due January.", "G", "A"),
        ]),
        ("2. Management oversight and supervision, so that supervision is regular, reflective and "
         "leads to clear actions for children.", [
            ("2.1", "Introduce a new supervision policy and recording template on the case management "
                    "system.", "PSW / HoS Safeguarding",
             D(2023, 6, 1), (D(2023, 9, 30), MY), None,
             "Policy and template live from 4 September 2023.", "G", "B"),
            ("2.2", "Deliver the 'Leading Practice' development programme to all team managers and "
                    "practice supervisors.", "Workforce Development Manager",
             D(2023, 10, 1), (D(2024, 3, 31), DMY), None,
             "Cohort 1 (14 managers) under way; cohort 2 starts in January.", "G", "G"),
            ("2.3", "Audit supervision records monthly and report compliance to the Improvement Board.",
             "Quality Assurance Manager", D(2023, 7, 1), "Monthly", None,
             "Supervision within timescale at 82% in November.", "A", "G"),
        ]),
        ("3. The sufficiency of local homes for children in care, particularly for older children with "
         "complex needs.", [
            ("3.1", "Open two new local children's homes, each registered for up to four children.\n"
                    "Recruit registered managers for both homes.", "Head of Service – Children in Care",
             D(2023, 7, 1), (D(2024, 10, 31), DMY), None,
             "Planning permission granted for the first property. Registered manager post advertised.",
             "A", "A"),
            ("3.2", "Run a targeted foster carer recruitment campaign for teenagers and sibling groups.",
             "Fostering Service Manager", D(2023, 9, 1), (D(2024, 3, 31), DMY), None,
             "Only 3 new fostering households approved against a target of 12; campaign being "
             "redesigned with the communications team.", "A", "R"),
        ]),
        ("4. The quality of pathway plans for care leavers, so that they are written with young people "
         "and address their needs.", [
            ("4.1", "Rewrite the pathway plan template with care leavers from the Voice and Influence "
                    "group.", "Team Manager, Leaving Care",
             D(2023, 6, 1), (D(2023, 9, 30), DMY), (D(2023, 12, 31), DMY),
             "Template co-produced with 9 care leavers; it goes live on 18 December.", "A", "G"),
            ("4.2", "Set up a drop-in hub for care leavers offering housing, benefits and health advice.",
             "Head of Service – Children in Care", D(2024, 1, 1), (D(2024, 5, 31), DMY), None,
             "Not started – a suitable building is still being sought.", None, None),
        ]),
    ]
    r = hr + 1
    for i, (rec, acts) in enumerate(recs):
        if i:
            r += 1  # blank spacer row
        start = r
        for ref, act, lead, sd, td, rd, prog, prev, cur in acts:
            vals = [ref, rec if r == start else None, act, lead]
            for col, v in enumerate(vals, 1):
                ws.cell(row=r, column=col, value=v)
            c = ws.cell(row=r, column=5, value=sd)
            c.number_format = DMY
            for col, d in ((6, td), (7, rd)):
                if d is None:
                    continue
                if isinstance(d, tuple):
                    c = ws.cell(row=r, column=col, value=d[0])
                    c.number_format = d[1]
                else:
                    ws.cell(row=r, column=col, value=d)
            ws.cell(row=r, column=8, value=prog)
            for col, rag in ((9, prev), (10, cur)):
                c = ws.cell(row=r, column=col, value=rag)
                c.alignment = Alignment(horizontal="center", vertical="top")
                if rag:
                    c.fill = PatternFill("solid", fgColor=fills[rag])
            for col in range(1, 11):
                ws.cell(row=r, column=col).border = box
                if col < 9:
                    ws.cell(row=r, column=col).alignment = wrap
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGHIJ", [6, 38, 48, 26, 12, 12, 12, 44, 10, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C6"

    # summary sheet: counts only
    summ["A1"] = "Children's Services Improvement Plan – RAG summary (December 2023)"
    summ["A1"].font = Font(bold=True, size=13)
    summ.append([])
    summ.append(["Recommendation", "Blue", "Green", "Amber", "Red", "Not rated", "Total"])
    for c in summ[3]:
        c.font = Font(bold=True)
    summ.append(["1. Assessments", 1, 1, 1, 0, 0, 3])
    summ.append(["2. Management oversight and supervision", 1, 2, 0, 0, 0, 3])
    summ.append(["3. Sufficiency", 0, 0, 1, 1, 0, 2])
    summ.append(["4. Care leavers", 0, 1, 0, 0, 1, 2])
    summ.append(["Total", 2, 4, 2, 1, 1, 10])
    summ.column_dimensions["A"].width = 42

    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete – action delivered and evidence of impact held"),
                                  ("G", "On track to be delivered by the target date"),
                                  ("A", "Some slippage – recovery action in place"),
                                  ("R", "Off track – escalated to the Improvement Board")], start=2):
        c = key.cell(row=i, column=1, value=k)
        c.fill = PatternFill("solid", fgColor=fills[k])
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 60
    wb.active = 1
    wb.save(out("l1-east-riding-ilacs-improvement-plan.xlsx"))


# =============================================================================
# 7. Redbridge - SEND local area partnership priority action plan (docx)
# =============================================================================
def make_redbridge():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    doc.add_heading("Redbridge Local Area SEND Partnership – Priority Action Plan", level=0)
    doc.add_paragraph("Response to the Ofsted and CQC area SEND inspection of Redbridge local area partnership")
    doc.add_paragraph(
        "This plan sets out how Redbridge Council, North East London Integrated Care Board and our "
        "partners, working with Redbridge Parent Carer Forum, will address the priority actions and the area "
        "for improvement identified by inspectors. Progress is overseen by the SEND and Inclusion "
        "Partnership Board, which meets every six weeks, and is reported to the Department for "
        "Education and NHS England.")

    doc.add_paragraph().add_run("RAG rating key").bold = True
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for fill, label, desc in [(BLUE, "Blue", "Complete"),
                              (GREEN, "Green", "On track"),
                              (AMBER, "Amber", "Some risk to delivery – mitigation in place"),
                              (RED, "Red", "Off track – escalated to the SEND and Inclusion Partnership Board")]:
        cells = kt.add_row().cells
        set_cell(cells[0], label, bold=True)
        shade(cells[0], fill)
        set_cell(cells[1], desc)
    for row in kt.rows:
        row.cells[0].width = Cm(2.5)
        row.cells[1].width = Cm(12)

    headers = ["No.", "Action", "Lead", "By when", "Impact measure", "Progress (January 2025)", "RAG"]
    sections = [
        ("Priority action 1",
         "Leaders across education, health and care should improve the timeliness and quality of "
         "education, health and care (EHC) needs assessments and plans.", [
            ("1.1", "Recruit four additional EHC coordinators and two educational psychologists to clear "
                    "the backlog of needs assessments.", "Head of SEN Service", "March 2025",
             "At least 60% of EHC plans issued within 20 weeks.",
             "All four coordinators in post; one educational psychologist appointed.", "", GREEN),
            ("1.2", "Set up a multi-agency quality assurance panel to audit ten EHC plans each month and "
                    "feed back to plan writers.", "Head of SEN Service / Designated Clinical Officer",
             "From October 2024, monthly", "80% of audited plans judged good or better.",
             "Panel has met three times; 30 plans audited, 57% good or better.", "", GREEN),
            ("1.3", "Health advice for EHC needs assessments to be returned within six weeks in at least "
                    "90% of cases.", "Designated Clinical Officer (NEL ICB)", "31/12/2024",
             "90% of health advice returned within six weeks.",
             "78% returned on time in December; delays are mainly in community paediatrics.", "Amber",
             AMBER),
        ]),
        ("Priority action 2",
         "Leaders should improve the identification of, and support for, children and young people "
         "who are waiting for a neurodevelopmental assessment.", [
            ("2.1", "Commission additional autism assessment capacity to reduce waiting times for "
                    "children under 11.", "Head of Children's Commissioning, NEL ICB", "Q4 2024/25",
             "Average wait for an autism assessment reduced to under 52 weeks.",
             "Procurement delayed; the waiting list has risen to 1,140 children.", "", RED),
            ("2.2", "Publish a 'support while you wait' offer on the Local Offer website, written with "
                    "parents and carers.", "Local Offer Manager and Parent Carer Forum Co-Chair",
             "November 2024", "Offer published and viewed by at least 500 families in three months.",
             "Published on 18 November 2024; 640 views so far.", "Complete", BLUE),
            ("2.3", "Train SENCOs in the early identification of needs and in using the Ordinarily "
                    "Available Provision guidance.", "SENCO Network Lead", "Spring term 2025",
             "SENCOs from 90% of schools trained.", "Sessions booked for February and March.", "",
             GREEN),
        ]),
        ("Area for improvement 1",
         "Leaders should improve transition arrangements so that young people with SEND are well "
         "prepared for adulthood and the move to adult services.", [
            ("AFI 1.1", "Introduce a transitions tracker from age 14 for every young person likely to need "
                        "adult social care or health services.", "Head of Preparing for Adulthood",
             "July 2025", "All eligible young people on the tracker by age 15.",
             "Tracker designed; data being loaded from the SEN and social care systems.", "", GREEN),
            ("AFI 1.2", "Agree a joint protocol for the transfer from children's to adult community health "
                        "services.", "Adult Social Care Transitions Manager", "TBC",
             "Protocol agreed by all health providers.",
             "Awaiting the outcome of the NEL community health services review.", "", None),
        ]),
    ]
    for head, text, acts in sections:
        doc.add_heading(head, level=1)
        p = doc.add_paragraph()
        p.add_run(text).bold = True
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            set_cell(c, h, bold=True, size=10)
            shade(c, "BDD7EE")
        for no, act, lead, when, impact, prog, rag_text, rag_fill in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [no, act, lead, when, impact, prog, rag_text]):
                set_cell(c, v, size=10)
            if rag_fill:
                shade(cells[6], rag_fill)
        widths = [Cm(1.4), Cm(7.0), Cm(4.0), Cm(2.8), Cm(4.6), Cm(5.4), Cm(1.8)]
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph()

    doc.add_heading("Governance and reporting", level=1)
    doc.add_paragraph(
        "Each action lead updates progress before every meeting of the SEND and Inclusion Partnership "
        "Board. Actions rated red are escalated to the Executive Director of Children and Young People "
        "and the ICB Director of Nursing.")
    doc.save(out("l1-redbridge-send-priority-action-plan.docx"))


if __name__ == "__main__":
    make_gwynedd()
    make_npt()
    make_west_lothian()
    make_setrust()
    make_ccg()
    make_east_riding()
    make_redbridge()
    print("done")
