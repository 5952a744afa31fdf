"""Build the seven mu1- blind test files (set heldout393).

Run with /work/main/.venv/bin/python mu1_make.py from any directory; the files are
written beside this script.  Each action tuple carries both what is written in the
file and (in the trailing fields) the reading a person makes of it, which
mu1_expect.py turns into NAME.expected.yaml.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Derby City Council – ILACS improvement plan (xlsx, cover + plan + summary)
# ---------------------------------------------------------------------------
DERBY_TITLE = "Derby City Council – ILACS Improvement Plan 2022–23"
DERBY_AFI = [
    "1. The consistency of pathway plans for care leavers, so that all plans are updated when "
    "young people's circumstances change and are written to the young person.",
    "2. The sufficiency of local homes for children in care, particularly foster carers for "
    "teenagers and for brothers and sisters who need to live together.",
    "3. The recording of management oversight and supervision in the children in care teams, "
    "so that the rationale for decisions is clear on children's records.",
]
# (afi index, ref, action, lead cell, original date, revised date, update, prev RAG, current RAG,
#  expected lead list, expected end, expected end_text)
DERBY_ACTIONS = [
    (0, "1.1",
     "Relaunch the pathway plan template, co-produced with the Children in Care Council and the "
     "care leavers' forum, with a clear section on accommodation and contingency planning.",
     "Head of Service (Children in Care and Care Leavers)", D(2022, 9, 30), None,
     "New template live on Liquid Logic from 12/09/2022. Young people's feedback positive.",
     "G", "B", ["Head of Service (Children in Care and Care Leavers)"], "2022-09", None),
    (0, "1.2",
     "Personal advisers to review every pathway plan within 28 days of a change of accommodation, "
     "education or employment, with team manager sign-off recorded on the young person's file.",
     "18+ Service Team Manager", D(2022, 10, 31), D(2023, 1, 31),
     "Compliance 71% in December audit (target 90%). Two PA vacancies filled from January.",
     "A", "A", ["18+ Service Team Manager"], "2023-01", None),
    (0, "1.3",
     "Quarterly audit of a sample of 20 pathway plans by the Quality Assurance Service, with "
     "findings reported to the Corporate Parenting Board.",
     "Head of Quality Assurance / Principal Social Worker", D(2022, 12, 31), D(2023, 3, 31),
     "First audit completed November; second audit moved to February due to ILACS annual "
     "engagement meeting preparation.",
     "G", "A", ["Head of Quality Assurance", "Principal Social Worker"], "2023-03", None),
    (1, "2.1",
     "Launch a targeted foster carer recruitment campaign for teenagers and sibling groups, "
     "including an enhanced fee band for carers of three or more siblings.",
     "Head of Fostering and Adoption", D(2022, 12, 31), None,
     "Campaign launched 3 October; 19 enquiries, 4 assessments under way.",
     "A", "G", ["Head of Fostering and Adoption"], "2022-12", None),
    (1, "2.2",
     "Open two new council-run children's homes in the city (four beds each) through the capital "
     "programme.",
     "Head of Residential Services; Strategic Director of Communities and Place", D(2023, 3, 31),
     D(2023, 9, 30),
     "Planning permission for second property refused; alternative site being sought. "
     "Escalated to Improvement Board.",
     "A", "R", ["Head of Residential Services", "Strategic Director of Communities and Place"],
     "2023-09", None),
    (1, "2.3",
     "Refresh the Sufficiency Strategy 2023–26 with updated demand modelling and publish it.",
     "Head of Commissioning (Children)", D(2023, 3, 31), None,
     "Draft to Cabinet Member briefing on 14 February.",
     "G", "G", ["Head of Commissioning (Children)"], "2023-03", None),
    (2, "3.1",
     "Issue a revised supervision policy and recording template for children in care teams, with "
     "reflective discussion and agreed actions recorded separately.",
     "Principal Social Worker", D(2022, 8, 31), None,
     "Policy issued 25/08/2022.",
     "B", "B", ["Principal Social Worker"], "2022-08", None),
    (2, "3.2",
     "Monthly dip-sample of management oversight on 10 records per team, reported to the "
     "Children's Services Performance Board.",
     "Service Manager – Children in Care", "Monthly", None,
     "Dip-samples completed September to December; oversight evident in 83% of records.",
     "G", "G", ["Service Manager – Children in Care"], None, "Monthly"),
    (2, "3.3",
     "Deliver management oversight training to all team managers and assistant team managers in "
     "the children in care teams.",
     "Workforce Development Manager and Principal Social Worker", D(2022, 11, 30), D(2023, 2, 28),
     "Two of three sessions delivered; final session booked 9 February.",
     "A", "G", ["Workforce Development Manager", "Principal Social Worker"], "2023-02", None),
]


def build_derby(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = DERBY_TITLE
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    ws["A2"] = ("Children and Young People's Services – response to the Ofsted Inspection of Local "
                "Authority Children's Services, 7 to 18 March 2022")
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Status"),
            ("v0.3", D(2022, 6, 16), "Head of Quality Assurance", "Draft for DMT"),
            ("v1.0", D(2022, 7, 5), "Head of Quality Assurance",
             "Approved – Children's Improvement Board"),
            ("v1.4", D(2023, 1, 23), "Performance and Improvement Officer", "Quarterly update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
                c.fill = solid("D9E1F2")
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    key = [("B", BLUE, "Complete – evidence of impact agreed"),
           ("G", GREEN, "On track"),
           ("A", AMBER, "Some slippage – revised date agreed"),
           ("R", RED, "Off track – escalate to Improvement Board")]
    for i, (k, col, txt) in enumerate(key):
        c = ws.cell(row=12 + i, column=1, value=k)
        c.fill = solid(col)
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=12 + i, column=2, value=txt)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 36
    ws.column_dimensions["D"].width = 40

    ps = wb.create_sheet("Action Plan")
    ps["A1"] = "ILACS Improvement Plan – What needs to improve"
    ps["A1"].font = Font(bold=True, size=14)
    ps.merge_cells("A1:I1")
    ps["A2"] = "Position at 23 January 2023. Plan owner: Director of Children's Social Care."
    ps.merge_cells("A2:I2")
    heads = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
             "Progress update (January 2023)", "Evidence of impact", "Previous RAG (Oct 22)",
             "Current RAG (Jan 23)"]
    for j, h in enumerate(heads):
        c = ps.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    cur = None
    evidence = {
        "1.1": "Care leavers' forum review of new plans, November 2022.",
        "3.1": "Supervision audit December 2022: 88% compliant.",
    }
    for a in DERBY_ACTIONS:
        afi = a[0]
        if afi != cur:
            cur = afi
            c = ps.cell(row=r, column=1, value=DERBY_AFI[afi])
            c.font = Font(bold=True)
            c.fill = solid("DDEBF7")
            c.alignment = WRAP
            ps.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ps.row_dimensions[r].height = 32
            r += 1
        vals = [a[1], a[2], a[3], a[4], a[5], a[6], evidence.get(a[1]), a[7], a[8]]
        for j, v in enumerate(vals):
            c = ps.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if j in (7, 8):
                c.fill = solid(FILL[v])
                c.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ps.cell(row=r, column=1,
            value="Notes: Revised dates agreed at the Children's Improvement Board on 12/12/2022. "
                  "Completed actions stay on the plan until the next Ofsted annual engagement "
                  "meeting.").font = Font(italic=True)
    ps.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for col, w in zip("ABCDEFGHI", (7, 52, 30, 13, 13, 40, 30, 11, 11)):
        ps.column_dimensions[col].width = w
    ps.freeze_panes = "A5"

    ss = wb.create_sheet("RAG summary")
    ss["A1"] = "Summary of current RAG – January 2023"
    ss["A1"].font = Font(bold=True)
    counts = {}
    for a in DERBY_ACTIONS:
        counts[a[8]] = counts.get(a[8], 0) + 1
    labels = [("B", "Complete"), ("G", "On track"), ("A", "Some slippage"), ("R", "Off track")]
    ss["A3"], ss["B3"], ss["C3"] = "RAG", "Status", "Number of actions"
    for i, (k, lab) in enumerate(labels):
        ss.cell(row=4 + i, column=1, value=k).fill = solid(FILL[k])
        ss.cell(row=4 + i, column=2, value=lab)
        ss.cell(row=4 + i, column=3, value=counts.get(k, 0))
    ss.cell(row=8, column=2, value="Total").font = Font(bold=True)
    ss.cell(row=8, column=3, value=len(DERBY_ACTIONS)).font = Font(bold=True)
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Cheshire East – corporate parenting action plan (xlsx, sheet per workstream,
#    fill-only RAG with a key where green = completed)
# ---------------------------------------------------------------------------
CE_TITLE = "Cheshire East Council – Corporate Parenting Action Plan 2024–25"
# sheet name, workstream heading, workstream lead line, rows
# row: ("pledge", text) or (ref, action, who, by when, fill, comment, exp lead, exp end, exp end_text, exp status)
CE_SHEETS = [
    ("Good Homes for All", "Workstream 1: Good Homes for All",
     "Workstream lead: Head of Service – Cared for Children and Care Leavers",
     [("pledge", "Pledge 3: You will have a safe, stable and suitable place to live"),
      ("GH1",
       "Co-produce a Charter for Care Experienced Young People with housing providers, following "
       "the housing workshop with our Youth Ambassadors.",
       "Housing Options Manager / Participation Lead", "July 2025", AMBER,
       "Workshop held with 10 housing providers and 4 Youth Ambassadors. Draft charter with "
       "registered providers for comment.",
       ["Housing Options Manager", "Participation Lead"], "2025-07", None, "amber"),
      ("GH2", "Increase the number of supported lodgings hosts from 9 to 15.",
       "Supported Lodgings Coordinator", "March 2025", GREEN,
       "15 hosts approved at February panel.",
       ["Supported Lodgings Coordinator"], "2025-03", None, "blue"),
      ("GH3",
       "Agree a council tax exemption for care leavers living outside Cheshire East, up to the "
       "age of 25.",
       "Head of Revenues and Benefits", "Apr-25", RED,
       "Awaiting decision by Finance Sub-Committee; report deferred from January.",
       ["Head of Revenues and Benefits"], "2025-04", None, "red"),
      ("pledge", "Pledge 4: We will help you move on when you are ready"),
      ("GH4",
       "Every care leaver aged 17½ to have a tenancy-ready assessment and a named housing link "
       "worker recorded in their pathway plan.",
       "Care Leavers Team Manager", "Ongoing", AMBER,
       "62% of 17½-year-olds have a completed assessment.",
       ["Care Leavers Team Manager"], None, "Ongoing", "amber")]),
    ("Health & Wellbeing", "Workstream 2: Good Health and Wellbeing",
     "Workstream lead: Designated Nurse for Cared for Children",
     [("HW1",
       "Review Initial Health Assessment timeliness with the ICB and agree a recovery trajectory, "
       "reported to each Committee meeting.",
       "Designated Nurse for Cared for Children; Service Manager – Provider Services",
       "Sept 2024", GREEN,
       "Trajectory agreed September; IHAs within 20 working days up from 38% to 67%.",
       ["Designated Nurse for Cared for Children", "Service Manager – Provider Services"],
       "2024-09", None, "blue"),
      ("HW2",
       "Offer free leisure passes to all cared for children, care leavers up to 25 and their "
       "carers.",
       "Lisa Bryant and Tom Ashworth", "31/03/2025", None,
       "Awaiting contract variation with the leisure provider – start date to be agreed.",
       ["Lisa Bryant", "Tom Ashworth"], "2025-03", None, "unrated"),
      ("HW3",
       "Extend the emotional health offer to care leavers aged 18 to 21 who do not meet the "
       "threshold for adult mental health services.",
       "Commissioning Manager – Children's Emotional Health", "Q1 2025/26", AMBER,
       "Funding bid submitted to Place Partnership Board.",
       ["Commissioning Manager – Children's Emotional Health"], "2025-06", None, "amber")]),
    ("Education & Employment", "Workstream 3: Education, Employment and Training",
     "Workstream lead: Virtual School Headteacher",
     [("EET1",
       "Create 10 ring-fenced apprenticeships for care leavers across council services, with a "
       "guaranteed interview scheme.",
       "HR Business Partner (Children's) & Virtual School Headteacher", "September 2025", AMBER,
       "4 apprenticeships agreed with Place and Adults directorates.",
       ["HR Business Partner (Children's)", "Virtual School Headteacher"], "2025-09", None,
       "amber"),
      ("EET2",
       "Every cared for child in Year 11 to have a post-16 transition plan agreed at their spring "
       "term PEP.",
       "Virtual School Headteacher", "Spring term 2025", GREEN,
       "All 41 Year 11 PEPs include a post-16 plan.",
       ["Virtual School Headteacher"], "2025-04", None, "blue")]),
]


def build_cheshire_east(path):
    wb = Workbook()
    ks = wb.active
    ks.title = "Key & Contents"
    ks["A1"] = CE_TITLE
    ks["A1"].font = Font(bold=True, size=15, color="00594F")
    ks["A2"] = ("Cared for children and care leavers – delivering our Corporate Parenting "
                "Strategy. Update for the Corporate Parenting Committee, 4 March 2025.")
    ks["A4"] = "RAG key"
    ks["A4"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(GREEN, "Completed"), (AMBER, "In progress"),
                                    (RED, "Delayed / at risk"), (None, "Not yet started")]):
        c = ks.cell(row=5 + i, column=1)
        c.border = BOX
        if col:
            c.fill = solid(col)
        ks.cell(row=5 + i, column=2, value=txt)
    ks["A10"] = "Workstreams"
    ks["A10"].font = Font(bold=True)
    for i, (name, head, lead, _) in enumerate(CE_SHEETS):
        ks.cell(row=11 + i, column=1, value=head)
        ks.cell(row=11 + i, column=2, value=lead.replace("Workstream lead: ", ""))
    ks.column_dimensions["A"].width = 44
    ks.column_dimensions["B"].width = 60

    for name, head, lead, rows in CE_SHEETS:
        ws = wb.create_sheet(name)
        ws["A1"] = head
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = solid("00594F")
        ws.merge_cells("A1:F1")
        ws["A2"] = lead
        ws["A2"].font = Font(italic=True)
        ws.merge_cells("A2:F2")
        for j, h in enumerate(["Ref", "What we will do", "Who", "By when", "RAG",
                               "Progress / comments"]):
            c = ws.cell(row=3, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = solid("D9D9D9")
            c.border = BOX
        r = 4
        for row in rows:
            if row[0] == "pledge":
                c = ws.cell(row=r, column=1, value=row[1])
                c.font = Font(bold=True, italic=True)
                c.fill = solid("E2EFDA")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            else:
                ref, act, who, when, fill, com = row[:6]
                for j, v in enumerate([ref, act, who, when, None, com]):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if fill:
                    ws.cell(row=r, column=5).fill = solid(fill)
            r += 1
        for col, w in zip("ABCDEF", (7, 55, 34, 16, 7, 50)):
            ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Midlothian – fostering service Care Inspectorate improvement plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
MID_TITLE = "Midlothian Council Fostering Service – Care Inspectorate Improvement Plan"
MID_GROUPS = [
    ("Requirement 1: By 28 February 2025, the provider must ensure that all foster carers have an "
     "annual review of their approval, and that reviews are presented to the fostering panel "
     "where required. This is to comply with regulation 25 of the Looked After Children "
     "(Scotland) Regulations 2009.",
     [("R1.1", "Schedule all overdue foster carer reviews and allocate an independent reviewing "
       "officer to each.", "Team Leader – Family Placement", "31/12/2024",
       "All 14 overdue reviews scheduled; 11 completed.", "Green"),
      ("R1.2", "Present first-year reviews and any review with a change of approval to the "
       "fostering panel.", "Fostering Panel Adviser", "28 February 2025",
       "Panel dates booked for January and February.", "Green"),
      ("R1.3", "Add review due dates to the monthly performance report to the Head of Children's "
       "Services.", "Practice Lead – Family Placement", "Monthly", "", "Green")]),
    ("Requirement 2: By 31 March 2025, the provider must ensure that foster carers receive the "
     "training they need to meet the needs of the children in their care, including "
     "trauma-informed practice and keeping The Promise.",
     [("R2.1", "Agree a core training programme for all foster carers, including trauma-informed "
       "practice (level 2) and Keeping The Promise.", "Learning and Development Officer",
       "January 2025", "Programme agreed; first cohort starts 4 February.", "Amber"),
      ("R2.2", "Introduce an individual learning plan for each fostering household, reviewed at "
       "supervision and at the annual review.", "Supervising Social Workers", "Febuary 2025",
       "Template drafted with Foster Carers' Forum.", "Amber")]),
    ("Area for improvement 1: To keep children safe, the provider should make sure that safer "
     "caring plans are reviewed after any significant event and at least annually.",
     [("AFI1.1", "Update the safer caring policy and template, with a prompt to review after any "
       "incident, move or change in household membership.", "Team Leader – Family Placement",
       "March 2025", "", "Green"),
      ("AFI1.2", "Audit a 25% sample of safer caring plans each quarter.",
       "Practice Lead – Family Placement", "Ongoing", "", "Green")]),
    ("Area for improvement 2: To uphold children's rights, the provider should ensure that "
     "children are helped to give their views for foster carer reviews, in ways that suit them.",
     [("AFI2.1", "Co-produce a children's views form and an app-based option with Champions "
       "Board young people.", "Participation Officer and Team Leader – Family Placement",
       "June 2025", "", "Not started")]),
]
MID_TYPO_ROW = None  # filled in by build


def build_midlothian(path):
    global MID_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = MID_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Service: Midlothian Council Family Placement Team (fostering). Inspection: 9–20 "
                "September 2024. Report published: 22 November 2024.")
    ws["A3"] = ("Key question grades: How well do we support children and young people's rights "
                "and wellbeing? 3 – Adequate. How good is our leadership? 3 – Adequate. How well "
                "is our care and support planned? 4 – Good.")
    heads = ["Ref", "Requirement / area for improvement", "Action", "Lead", "Timescale",
             "Progress at 31 January 2025", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("5B2C6F")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    ragfill = {"Green": GREEN, "Amber": AMBER, "Red": RED}
    for text, acts in MID_GROUPS:
        first = r
        for ref, act, lead, when, prog, rag in acts:
            vals = [ref, text if r == first else None, act, lead, when, prog or None, rag]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if rag in ragfill:
                ws.cell(row=r, column=7).fill = solid(ragfill[rag])
            if when == "Febuary 2025":
                MID_TYPO_ROW = r
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1,
            value="Completed by: Team Leader – Family Placement. Approved: Head of Children's "
                  "Services, 7 February 2025.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", (8, 48, 48, 28, 16, 36, 11)):
        ws.column_dimensions[col].width = w
    wb.save(path)


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


def set_cell(cell, text, bold=False, size=9, italic=False, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Warwickshire Safeguarding – JTAI multi-agency action plan (docx, table per AFI)
# ---------------------------------------------------------------------------
WARKS_TITLE = ("Warwickshire Safeguarding: Joint Targeted Area Inspection (JTAI) Multi-Agency "
               "Action Plan")
WARKS_AFIS = [
    ("Area for improvement 1",
     "The quality and consistency of multi-agency early help assessments and plans, so that they "
     "are specific, time-bound and reviewed with families.",
     [("1.1",
       "Introduce a single multi-agency early help assessment and plan template across "
       "Warwickshire County Council, schools and health, replacing the three templates currently "
       "in use.",
       "WCC Head of Early Help; CWICB Designated Nurse Safeguarding Children", "30 September 2025",
       "Template agreed at Early Help Board in June; IT build in progress.", "Amber",
       ["WCC Head of Early Help", "CWICB Designated Nurse Safeguarding Children"], "2025-09", None,
       "amber"),
      ("1.2",
       "Deliver ‘Good Early Help Plans’ briefings to school designated safeguarding leads and "
       "family hub staff, and evaluate attendance and impact.",
       "Warwickshire Safeguarding Business Manager", "July 2025",
       "Six briefings delivered to 214 staff; evaluation report to July Executive.", "Complete",
       ["Warwickshire Safeguarding Business Manager"], "2025-07", None, "blue"),
      ("1.3",
       "Add a six-monthly multi-agency audit of early help plans to the partnership audit "
       "programme.",
       "Quality Assurance and Performance Subgroup Chair", "Q3 2025/26",
       "Audit tool drafted; first audit scheduled for October.", "Green",
       ["Quality Assurance and Performance Subgroup Chair"], "2025-12", None, "green")]),
    ("Area for improvement 2",
     "The timeliness of information sharing by the police when domestic abuse incidents involve "
     "children, so that schools and health visitors can offer help quickly.",
     [("2.1",
       "Review the Operation Encompass notification process so that schools receive notifications "
       "before the start of the next school day, including after weekends.",
       "Warwickshire Police DCI Public Protection", "31/08/2025",
       "Process mapped; daily 07:30 notification run in place since May.", "Green",
       ["Warwickshire Police DCI Public Protection"], "2025-08", None, "green"),
      ("2.2",
       "Extend domestic abuse notifications to health visiting and school nursing teams for "
       "children under five and children not in school.",
       "Warwickshire Police DCI Public Protection / SWFT Head of 0-19 Service", "December 2025",
       "Information sharing agreement with SWFT awaiting sign-off.", "Amber",
       ["Warwickshire Police DCI Public Protection", "SWFT Head of 0-19 Service"], "2025-12", None,
       "amber")]),
    ("Area for improvement 3",
     "Partnership oversight of the impact of early help, including the use of data on re-referrals "
     "and step-downs from children's social care.",
     [("3.1",
       "Develop an early help dataset for the Safeguarding Executive, including step-downs, "
       "re-referrals within 12 months and outcomes at closure.",
       "WCC Business Intelligence Manager", "Ongoing – quarterly reporting",
       "First dataset presented in June; health and police fields to be added.", "Green",
       ["WCC Business Intelligence Manager"], None, "Ongoing – quarterly reporting", "green"),
      ("3.2",
       "Hold a partnership learning event with families who have received early help, and use "
       "their feedback to update the Early Help Strategy.",
       "Independent Scrutineer and Warwickshire Safeguarding Business Manager", "November 2025",
       "", "Not started",
       ["Independent Scrutineer", "Warwickshire Safeguarding Business Manager"], "2025-11", None,
       "unrated")]),
]
RAG_HEX = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Complete": "5B9BD5",
           "Not started": "FFFFFF"}


def build_warwickshire(path):
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(WARKS_TITLE, level=0)
    doc.add_paragraph(
        "JTAI theme: the multi-agency response to children and families who need help. "
        "Fieldwork: 3–7 February 2025. Joint inspectorate letter published: 26 March 2025.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in [("0.2", "10/04/2025", "Business Manager", "Draft – Safeguarding Executive"),
                ("1.0", "24/04/2025", "Business Manager", "Lead Safeguarding Partners"),
                ("1.2", "15/07/2025", "Business Manager", "Progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan responds to the areas for improvement identified in the joint letter from "
        "Ofsted, the Care Quality Commission, HMICFRS and HM Inspectorate of Probation. Progress "
        "is reported to the Warwickshire Safeguarding Executive every eight weeks. RAG: Green – "
        "on track; Amber – at risk of delay; Red – off track; Complete – action completed and "
        "impact evidenced.")
    for head, text, acts in WARKS_AFIS:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead (agency and officer)",
                                          "Target date", "Progress – July 2025", "RAG"]):
            set_cell(c, h, bold=True, color="FFFFFF")
            shade(c, "2E4053")
        for ref, act, lead, when, prog, rag, *_ in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, when, prog, rag]):
                set_cell(c, v)
            shade(cells[5], RAG_HEX[rag])
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Safeguarding partner", "Lead representative", "Date"]):
        set_cell(c, h, bold=True)
    for row in [("Warwickshire County Council", "Executive Director for Children and Young People",
                 "24/04/2025"),
                ("Coventry and Warwickshire ICB", "Chief Nursing Officer", "24/04/2025"),
                ("Warwickshire Police", "Assistant Chief Constable", "24/04/2025")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Sheffield City Council – children's home Ofsted action plan (docx)
# ---------------------------------------------------------------------------
SHEF_TITLE = "Ferncroft House – Ofsted Inspection Action Plan"
SHEF_SECTIONS = [
    ("Requirements",
     [("1. The registered person must ensure that staff help each child to understand what keeps "
       "them safe, and that each child's risk assessment is updated after every missing episode. "
       "(Regulation 12 (1)(2)(a)(i))", "Due date: 30/04/2025",
       [("1.1",
         "Update each child's individual risk assessment within 72 hours of their return from a "
         "missing episode, with manager sign-off recorded in the daily log.",
         "Registered Manager", "30/04/2025", "Complete",
         ["Registered Manager"], "2025-04", None, "blue"),
        ("1.2",
         "Discuss the learning from return home interviews at each monthly team meeting and add "
         "key themes to the child's safety plan.",
         "Deputy Manager / Senior Residential Worker", "Monthly", "On track",
         ["Deputy Manager", "Senior Residential Worker"], None, "Monthly", "green")]),
      ("2. The registered person must ensure that each child's placement plan is reviewed and "
       "updated when their needs change, including their education arrangements. "
       "(Regulation 14 (1)(a)(b))", "Due date: 31/05/2025",
       [("2.1",
         "Review all three children's placement plans with their social workers and the Virtual "
         "School, and record the agreed education arrangements.",
         "Registered Manager", "31/05/2025", "On track",
         ["Registered Manager"], "2025-05", None, "green")])]),
    ("Recommendations",
     [("1. The registered person should ensure that staff supervision is regular and recorded, "
       "and includes reflection on children's progress. (‘Guide to the Children's Homes "
       "Regulations, including the quality standards’, page 61, paragraph 13.2)", "",
       [("R1.1",
         "Agree a supervision schedule for all residential staff at four- to six-weekly "
         "intervals and monitor completion each month through the home's supervision tracker.",
         "Registered Manager", "June 2025", "Not started",
         ["Registered Manager"], "2025-06", None, "unrated")]),
      ("2. The registered person should ensure that the home is well maintained and that repairs "
       "are completed promptly. (‘Guide to the Children's Homes Regulations, including the "
       "quality standards’, page 15, paragraph 3.9)", "",
       [("R2.1",
         "Replace the damaged kitchen flooring and redecorate the lounge, with children choosing "
         "the colours and furnishings.",
         "Property Services Surveyor and Registered Manager", "31 July 2025", "On track",
         ["Property Services Surveyor", "Registered Manager"], "2025-07", None, "green"),
        ("R2.2",
         "Introduce a weekly health and safety walk-round, with a young person where they want to "
         "take part, and log repairs with Property Services the same day.",
         "Residential Support Worker (Health & Safety lead)", "Ongoing", "On track",
         ["Residential Support Worker (Health & Safety lead)"], None, "Ongoing", "green")])]),
]
STATUS_HEX = {"Complete": "9DC3E6", "On track": "C6E0B4", "Not started": "EDEDED"}


def build_sheffield(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Sheffield City Council – Children's Residential Services"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(SHEF_TITLE, level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Inspection type", "Full inspection"),
                 ("Inspection dates", "11 and 12 March 2025"),
                 ("Overall experiences and progress of children and young people",
                  "Requires improvement to be good"),
                 ("How well children and young people are helped and protected",
                  "Requires improvement to be good"),
                 ("The effectiveness of leaders and managers", "Requires improvement to be good"),
                 ("Action plan completed by", "Registered Manager, 2 April 2025"),
                 ("Reviewed by", "Responsible Individual, 4 April 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "DEEAF6")
        set_cell(cells[1], v)
    for section, items in SHEF_SECTIONS:
        doc.add_paragraph()
        doc.add_heading(section, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action to be taken", "By whom", "By when",
                                          "Status"]):
            set_cell(c, h, bold=True, color="FFFFFF")
            shade(c, "1F4E79")
        for text, due, acts in items:
            row = t.add_row().cells
            m = row[0].merge(row[2])
            set_cell(m, text, bold=True)
            shade(m, "F2F2F2")
            m2 = row[3].merge(row[4])
            set_cell(m2, due, bold=True)
            shade(m2, "F2F2F2")
            for ref, act, who, when, status, *_ in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, who, when, status]):
                    set_cell(c, v)
                shade(cells[4], STATUS_HEX[status])
    doc.add_paragraph()
    doc.add_paragraph("Signed: ______________________  Registered Manager        "
                      "Signed: ______________________  Responsible Individual")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. North East Lincolnshire YJS – HMIP improvement plan (csv export)
# ---------------------------------------------------------------------------
NEL_TITLE = "North East Lincolnshire Youth Justice Service – HMIP Inspection Improvement Plan"
NEL_RECS = [
    ("Recommendation 1: The Youth Justice Partnership Board should strengthen its understanding "
     "of disproportionality, so that the over-representation of children with special educational "
     "needs is understood and addressed by all partners.",
     [("1a", "Add a disproportionality dashboard (SEND, care experience, ethnicity and gender) to "
       "every Partnership Board meeting.", "YJS Performance & Information Officer", "Sep-23", "B",
       "Dashboard presented at every Board since September 2023.",
       ["YJS Performance & Information Officer"], "2023-09", None, "blue"),
      ("1b", "Hold a Board development session on the needs of children with SEND in the youth "
       "justice system, led by the SEND Local Area Partnership.",
       "Board Chair / Head of Inclusion and SEND", "Dec-23", "B",
       "Session held 6 December 2023.",
       ["Board Chair", "Head of Inclusion and SEND"], "2023-12", None, "blue"),
      ("1c", "Each partner agency to set out in its annual Board return how it is reducing the "
       "over-representation of children with SEND.", "All Board members", "31/03/2024", "G",
       "Return template issued January 2024.",
       ["All Board members"], "2024-03", None, "green")]),
    ("Recommendation 2: The Youth Justice Service manager should ensure that out-of-court "
     "disposal assessments consistently consider the safety of victims and other people.",
     [("2a", "Revise the out-of-court disposal assessment template to include a mandatory section "
       "on risk to victims and safety planning.", "YJS Operational Manager", "Oct-23", "B",
       "Revised template in use from 16 October 2023.",
       ["YJS Operational Manager"], "2023-10", None, "blue"),
      ("2b", "Audit 10 out-of-court disposal cases each quarter against the HMIP standards, with "
       "findings reported to the Partnership Board.", "Practice Lead (Quality Assurance)",
       "Quarterly", "G", "Q3 audit: 8 of 10 cases met the standard for keeping other people safe.",
       ["Practice Lead (Quality Assurance)"], None, "Quarterly", "green")]),
    ("Recommendation 3: Humberside Police should ensure that decisions on out-of-court disposals "
     "are made jointly with the YJS through the joint decision-making panel, and that the "
     "rationale for each decision is recorded.",
     [("3a", "Review the joint decision-making panel terms of reference with Humberside Police and "
       "confirm attendance by a sergeant or above.",
       "Humberside Police Inspector (Prevention) / YJS Operational Manager", "Nov-23", "A",
       "Revised terms of reference drafted; police attendance still inconsistent – escalated to "
       "Board.",
       ["Humberside Police Inspector (Prevention)", "YJS Operational Manager"], "2023-11", None,
       "amber"),
      ("3b", "Record the panel's rationale for every decision on ChildView within two working "
       "days.", "JH/KA", "Jan-24", "R",
       "Recording within two days in 4 of 11 decisions in January.",
       ["JH", "KA"], "2024-01", None, "red")]),
]


def csv_cell(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def build_nel(path):
    ncol = 7
    lines = []

    def line(*vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_cell(v) for v in vals))

    line(NEL_TITLE)
    line("HM Inspectorate of Probation inspection of youth justice services – fieldwork May 2023. "
         "Overall rating: Good.")
    line("Plan monitored by the Youth Justice Partnership Board. Last updated: 12/02/2024")
    line()
    line("Recommendation", "Action ref", "Action", "Lead", "By when", "RAG", "Update")
    for rec, acts in NEL_RECS:
        for i, (ref, act, lead, when, rag, upd, *_) in enumerate(acts):
            line(rec if i == 0 else "", ref, act, lead, when, rag, upd)
    line()
    line("Key: B = complete; G = on track; A = some slippage; R = off track")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Surrey – early help strategy delivery plan (tab-separated text export)
# ---------------------------------------------------------------------------
SUR_TITLE = "Surrey Early Help Strategy 2023–2026: Delivery Plan Year 2 (2024/25)"
SUR_PRIORITIES = [
    ("Priority 1: Families can find help easily and early",
     [("1.1", ["Publish a single early help offer for each of the 11 district and borough areas on "
               "the Surrey Family Information Service website."],
       "Head of Early Help", "Mar 2025", "G", "Nine of 11 area pages live.",
       ["Head of Early Help"], "2025-03", None, "green"),
      ("1.2", ["Extend Family Centre outreach sessions to GP surgeries and libraries in the four "
               "areas with the lowest take-up."],
       "Family Centres Commissioning Manager; Public Health Lead (CYP)", "Sep 2025", "A",
       "Venues agreed in two areas; staffing gap in one area.",
       ["Family Centres Commissioning Manager", "Public Health Lead (CYP)"], "2025-09", None,
       "amber"),
      ("1.3", ["Launch an online early help request form through the C-SPA portal, replacing the "
               "emailed form,",
               "with an automatic acknowledgement to the referrer within one working day."],
       "C-SPA Service Manager", "Q1 2025/26", "G", "Testing with schools in February.",
       ["C-SPA Service Manager"], "2025-06", None, "green")]),
    ("Priority 2: Help is effective and families tell us it made a difference",
     [("2.1", ["Train 300 practitioners across the partnership in the Surrey Family Help "
               "assessment and plan, including schools and health visitors."],
       "Early Help Workforce Development Lead", "Ongoing", "G",
       "212 practitioners trained to date.",
       ["Early Help Workforce Development Lead"], None, "Ongoing", "green"),
      ("2.2", ["Introduce a family feedback survey at the close of every Targeted Youth Support "
               "and Family Centre intervention."],
       "Head of Early Help / Participation Manager", "Dec 2024", "C",
       "Live since 2 December; 64 responses.",
       ["Head of Early Help", "Participation Manager"], "2024-12", None, "blue"),
      ("2.3", ["Audit 40 early help plans each quarter with the Surrey Safeguarding Children "
               "Partnership and report themes to the subgroup."],
       "Quality Assurance Manager (Early Help)", "Quarterly", "G", "",
       ["Quality Assurance Manager (Early Help)"], None, "Quarterly", "green")]),
    ("Priority 3: Partners work together around the family",
     [("3.1", ["Agree a lead practitioner protocol so that schools, health and district family "
               "support teams can hold the lead role for a family."],
       "SSCP Business Manager", "31/03/2025", "R",
       "Protocol delayed pending legal advice on information sharing.",
       ["SSCP Business Manager"], "2025-03", None, "red"),
      ("3.2", ["Map the Supporting Families outcomes framework to the new early help dataset and "
               "report quarterly to the Health and Wellbeing Board."],
       "Business Intelligence Manager – Children's", "June 2025", "NS", "",
       ["Business Intelligence Manager – Children's"], "2025-06", None, "unrated")]),
]


def build_surrey(path):
    L = [SUR_TITLE,
         "Surrey Early Help Partnership – update for the SSCP Early Help Subgroup, January 2025",
         "",
         "Status key: C = Complete; G = On track; A = At risk; R = Off track; NS = Not started",
         "",
         "\t".join(["Ref", "Action", "Lead", "Due", "Status", "Update"])]
    for pri, acts in SUR_PRIORITIES:
        L.append(pri)
        for ref, parts, lead, due, status, upd, *_ in acts:
            L.append("\t".join([ref, parts[0], lead, due, status, upd]))
            for cont in parts[1:]:
                L.append("\t".join(["", cont, "", "", "", ""]))
    L += ["", "Notes",
          "1. Due dates shown are the latest agreed by the Early Help Subgroup.",
          "2. Actions marked C will be removed at the next refresh of the plan."]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")


FILES = {
    "mu1-derby-city-council-ilacs-improvement-plan.xlsx": build_derby,
    "mu1-cheshire-east-council-corporate-parenting-action-plan.xlsx": build_cheshire_east,
    "mu1-midlothian-council-fostering-service-care-inspectorate-improvement-plan-typo-month-refuse.xlsx":
        build_midlothian,
    "mu1-warwickshire-safeguarding-jtai-action-plan.docx": build_warwickshire,
    "mu1-sheffield-city-council-childrens-home-ofsted-action-plan.docx": build_sheffield,
    "mu1-north-east-lincolnshire-youth-justice-service-hmip-improvement-plan.csv": build_nel,
    "mu1-surrey-early-help-strategy-delivery-plan.txt": build_surrey,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
    print("Midlothian typo row:", MID_TYPO_ROW)


if __name__ == "__main__":
    main()
