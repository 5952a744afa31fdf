"""Build the seven zuy- blind test files (set heldout667).

Run with: /work/main/.venv/bin/python zuy_make.py
Writes the data files next to this script. The expected readings are the
separate NAME.expected.yaml files.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
}
GREY = PatternFill("solid", fgColor="D9D9D9")
HEAD = PatternFill("solid", fgColor="1F3864")
LILAC = PatternFill("solid", fgColor="E4DFEC")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Adoption Tees Valley – Service Improvement Plan 2025-26 (xlsx)
# ---------------------------------------------------------------------------
ATV_TITLE = "Adoption Tees Valley – Service Improvement Plan 2025-26"
ATV_PRIORITIES = [
    ("Priority 1: Sufficiency – recruit and approve adopters who can meet the needs of the children waiting in the Tees Valley", [
        ("1.1", "Refresh the ATV recruitment strategy and run a targeted campaign for adopters of sibling groups and children aged 4 and over",
         "Marketing Officer / Team Manager (Recruitment & Assessment)", d(2025, 4, 1), d(2025, 6, 30), d(2025, 9, 30),
         "Campaign launched 1 September with regional radio and social media; 23 enquiries in September compared with 9 in August.", "A", "G"),
        ("1.2", "Reduce the time from registration of interest to approval to under six months by introducing a single Stage 1 tracker reviewed fortnightly by the Team Manager",
         "Team Manager (Recruitment & Assessment)", d(2025, 4, 1), d(2025, 12, 31), None,
         "Tracker in place since May. Average Stage 1 now 9 weeks; Stage 2 average 17 weeks.", "G", "G"),
        ("1.3", "Develop an early permanence (Foster for Adoption) offer with the five local authority fostering services, including joint preparation training",
         "ATV Service Manager", d(2025, 7, 1), d(2026, 3, 31), None,
         "Draft offer shared with fostering leads; two councils yet to confirm payment arrangements for early permanence carers.", "G", "A"),
    ]),
    ("Priority 2: Timeliness – reduce delay for children from entering care to moving in with their adoptive family", [
        ("2.1", "Embed the Early Notification procedure so that every child with a possible plan of adoption is notified to ATV before the second looked after review",
         "Team Manager (Family Finding)", d(2025, 4, 1), d(2025, 9, 30), None,
         "Procedure relaunched at all five Children's Services management teams; 94% of children notified before second review in Q2.", "A", "B"),
        ("2.2", "Hold monthly tracking meetings with each local authority to review every child with a Placement Order who is not yet matched",
         "Team Manager (Family Finding) & LA Heads of Service", d(2025, 4, 1), "Monthly", None,
         "Meetings taking place in all five authorities; Redcar & Cleveland meeting moved to six-weekly in August due to capacity.", "G", "G"),
        ("2.3", "Commission an independent review of matching decisions for the 15 children who have waited longest, and report the learning to the Partnership Board",
         "ATV Service Manager", d(2025, 6, 1), d(2025, 10, 31), d(2026, 1, 31),
         "Reviewer appointed in September after the first procurement attempt failed; fieldwork starts in November.", "G", "R"),
    ]),
    ("Priority 3: Adoption support – families get the right help at the right time, for as long as they need it", [
        ("3.1", "Reduce the waiting list for adoption support needs assessments to under six weeks",
         "Team Manager (Adoption Support)", d(2025, 4, 1), d(2025, 12, 31), None,
         "Waiting list reduced from 41 to 26 families; two agency social workers in post until March.", "R", "A"),
        ("3.2", "Deliver two cohorts of the therapeutic parenting programme, co-delivered with the Adopter Partnership Forum",
         "Senior Practitioner (Adoption Support)", d(2025, 9, 1), "Q4 2025/26", None,
         "Cohort 1 started 16 September with 11 families; cohort 2 planned for February.", "G", "G"),
        ("3.3", "Agree a joint protocol with Tees, Esk and Wear Valleys NHS FT for adopted children and young people in emotional crisis",
         "ATV Service Manager / TEWV Clinical Lead", d(2026, 1, 1), d(2026, 3, 31), None,
         "Not due to start until Q4.", None, None),
    ]),
    ("Priority 4: Identity and life story – children understand their history", [
        ("4.1", "Make sure every child placed for adoption has a life story book and later life letter within 10 working days of their adoption order",
         "Team Manager (Family Finding)", d(2025, 9, 1), "Sept 2025 – March 2026", None,
         "Life story work practitioner started in July; 7 of the 12 children adopted in Q2 had both within timescale.", "A", "G"),
    ]),
]


def build_atv():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = ATV_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Regional Adoption Agency for Darlington, Hartlepool, Middlesbrough, Redcar & Cleveland and Stockton-on-Tees"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "2.1 (Q2 update)"),
        ("Plan owner", "ATV Service Manager"),
        ("Host authority", "Stockton-on-Tees Borough Council"),
        ("Approved by", "ATV Partnership Board – 14 May 2025"),
        ("Last updated", "07/10/2025"),
        ("Next review", "ATV Partnership Board – January 2026"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [("B", "Action complete"), ("G", "On track to deliver by the target date"),
           ("A", "Some slippage – remedial action in place"), ("R", "Off track – escalated to ATV Partnership Board"),
           (None, "Not yet started / not yet due")]
    for i, (c, txt) in enumerate(key, start=13):
        cell = cov.cell(i, 1, "")
        if c:
            cell.fill = FILL[c]
        cell.border = BOX
        cov.cell(i, 2, txt).border = BOX
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("SIP 2025-26")
    ws["A1"] = ATV_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Q2 position reported to the ATV Partnership Board, October 2025"
    ws.merge_cells("A2:I2")
    ws["A3"] = "Q2 RAG is shown by cell colour – see the key on the Cover sheet."
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    hdr = ["Ref", "Action", "Lead", "Start", "Target date", "Revised target date", "Q2 progress update", "Q1 RAG", "Q2 RAG"]
    r = 5
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    for head, acts in ATV_PRIORITIES:
        ws.cell(r, 1, head).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = GREY
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for ref, act, lead, start, target, revised, prog, q1, q2 in acts:
            vals = [ref, act, lead, start, target, revised, prog]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            c8 = ws.cell(r, 8, q1 if q1 else None)
            c8.border = BOX
            c8.alignment = Alignment(horizontal="center", vertical="top")
            if q1:
                c8.fill = FILL[q1]
            c9 = ws.cell(r, 9)
            c9.border = BOX
            if q2:
                c9.fill = FILL[q2]
            r += 1
    r += 1
    ws.cell(r, 1, "Note: RAG ratings are agreed at the ATV Management Team meeting before each Partnership Board. Revised target dates are agreed by the Partnership Board.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for col, w in zip("ABCDEFGHI", [6, 55, 28, 12, 14, 14, 50, 8, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    sc = wb.create_sheet("Scorecard")
    sc["A1"] = "ATV performance scorecard – Q2 2025/26"
    sc["A1"].font = Font(bold=True)
    srows = [
        ("Measure", "Target 2025/26", "Q1", "Q2", "England average"),
        ("A1: Average days from entering care to moving in with adoptive family", 367, 402, 388, 439),
        ("A2: Average days from placement order to match", 150, 198, 181, 201),
        ("Adopter households approved (cumulative)", 40, 8, 17, None),
        ("Children waiting with a placement order, not matched", "<= 25", 31, 28, None),
        ("Adoption support assessments completed within 6 weeks", "80%", "52%", "61%", None),
    ]
    for i, row in enumerate(srows, start=3):
        for c, v in enumerate(row, start=1):
            cell = sc.cell(i, c, v)
            cell.border = BOX
            if i == 3:
                cell.font = Font(bold=True)
    sc.column_dimensions["A"].width = 62
    wb.save(path("zuy-adoption-tees-valley-raa-service-improvement-plan-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Isle of Anglesey County Council – Annual Delivery Document tracker (xlsx)
# ---------------------------------------------------------------------------
IOACC_TITLE = "Isle of Anglesey County Council – Annual Delivery Document 2025/26: Quarter 2 Progress Tracker"
IOACC_WELSH = "Cyngor Sir Ynys Môn – Dogfen Gyflawni Flynyddol 2025/26: Traciwr Cynnydd Chwarter 2"
IOACC_OBJ = [
    ("1 Welsh Language", "Strategic Objective 1 – The Welsh Language: increasing opportunities to learn and use the language", [
        ("WL1", "Implement the 2025/26 targets of the Welsh in Education Strategic Plan (WESP), including latecomer provision at the Llangefni language centre",
         "Director of Education, Skills and Young People", "Cllr Dafydd Roberts", "Q4 2025/26",
         "Latecomer unit at full capacity for the autumn term (14 pupils). WESP annual review submitted to Welsh Government in July.", "G"),
        ("WL2", "Launch a Welsh language confidence programme for front-line staff and elected members",
         "Head of Profession (HR) and Transformation", "Cllr Carwyn Jones", "Q2 2025/26",
         "Programme launched in June; 58 staff and 9 members completed the first cohort.", "B"),
    ]),
    ("2 Social Care", "Strategic Objective 2 – Social Care and Wellbeing: providing the right support at the right time", [
        ("SC1", "Recruit 10 additional in-house foster carers through the Maethu Cymru Môn campaign",
         "Head of Children and Families Services", "Cllr Alun Roberts", "March 2026",
         "4 households approved to date and 3 in assessment. Recruitment slower than planned over the summer.", "A"),
        ("SC2", "Reduce waiting times for domiciliary care by expanding the in-house homecare team in the south of the Island",
         "Head of Adults' Services", "Cllr Alun Roberts", "Q3 2025/26",
         "Six carers recruited; unmet hours reduced from 212 to 140 per week.", "G"),
    ]),
    ("3 Education", "Strategic Objective 3 – Education: ensuring an effective provision for today and for future generations", [
        ("ED1", "Complete the business case for the modernisation of primary school provision in the Llangefni area",
         "Director of Education, Skills and Young People", "Cllr Dafydd Roberts", "Q3 2025/26",
         "Statutory consultation delayed to January 2026 following legal advice on the consultation document.", "R"),
        ("ED2", "Deliver Additional Learning Needs (ALN) Code refresher training to all school ALNCos and governing bodies",
         "Head of Learning / ALN Lead Officer", "Cllr Dafydd Roberts", "Summer term 2026",
         "ALNCo sessions complete; governor sessions timetabled for the spring and summer terms.", "G"),
    ]),
    ("4 Housing", "Strategic Objective 4 – Housing: ensuring that everyone has the right to call somewhere home", [
        ("HO1", "Deliver 45 new council homes through the Housing Revenue Account development programme",
         "Head of Housing Services", "Cllr Gary Pritchard", "31/03/2026",
         "28 homes completed; 17 on site. Two schemes affected by contractor delays.", "A"),
        ("HO2", "Bring 50 empty homes back into use through the Empty Homes grant and loan scheme",
         "Head of Housing Services", "Cllr Gary Pritchard", "Q4 2025/26",
         "31 properties brought back into use by the end of Q2.", "G"),
    ]),
    ("5 Economy", "Strategic Objective 5 – Economy: promoting opportunities to develop the Island's economy", [
        ("EC1", "Agree the tax site delivery plan with the Anglesey Freeport partners",
         "Head of Regulation and Economic Development", "Cllr Llinos Medi", "Q2 2025/26",
         "Delivery plan agreed by the Freeport Board on 9 September.", "B"),
        ("EC2", "Deliver the Holyhead regeneration partnership programme for 2025/26",
         "Chief Executive; Head of Regulation and Economic Development", "Cllr Llinos Medi", "Ongoing",
         "Market Hall business units fully let; heritage grant round 3 open.", "G"),
    ]),
    ("6 Climate Change", "Strategic Objective 6 – Climate Change: responding to the crisis, tackling change and working towards becoming a net zero organisation by 2030", [
        ("CC1", "Install solar PV and battery storage at four further council buildings",
         "Head of Highways, Waste and Property", "Cllr Nicola Roberts", "Q4 2025/26",
         "Two installations complete; grid connection offer awaited for the remaining two sites.", "A"),
        ("CC2", "Replace 20 fleet vehicles with electric alternatives",
         "Head of Highways, Waste and Property", "Cllr Nicola Roberts", "December 2025",
         "Not started – awaiting the capital programme decision in November.", None),
    ]),
]
IOACC_KEY = "Status key (cell colour): Blue – complete; Green – on target; Amber – slight slippage; Red – off target / significant risk; no colour – not started."


def build_ioacc():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = IOACC_TITLE
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = IOACC_WELSH
    sm["A2"].font = Font(italic=True)
    sm["A3"] = "Council Plan 2023-28 – reported to the Corporate Scrutiny Committee, November 2025"
    hdr = ["Strategic Objective", "Actions", "Blue", "Green", "Amber", "Red", "Not started"]
    for c, h in enumerate(hdr, start=1):
        cell = sm.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
    tot = [0] * 6
    r = 6
    for sheet, head, acts in IOACC_OBJ:
        counts = [len(acts),
                  sum(1 for a in acts if a[6] == "B"), sum(1 for a in acts if a[6] == "G"),
                  sum(1 for a in acts if a[6] == "A"), sum(1 for a in acts if a[6] == "R"),
                  sum(1 for a in acts if a[6] is None)]
        sm.cell(r, 1, head.split(":")[0]).border = BOX
        for c, v in enumerate(counts, start=2):
            sm.cell(r, c, v).border = BOX
            tot[c - 2] += v
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    sm.cell(r, 1).border = BOX
    for c, v in enumerate(tot, start=2):
        cell = sm.cell(r, c, v)
        cell.font = Font(bold=True)
        cell.border = BOX
    sm.cell(r + 2, 1, IOACC_KEY).font = Font(italic=True)
    sm.column_dimensions["A"].width = 48

    for sheet, head, acts in IOACC_OBJ:
        ws = wb.create_sheet(sheet)
        ws["A1"] = IOACC_TITLE
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Council Plan 2023-28"
        ws["A4"] = head
        ws["A4"].font = Font(bold=True, color="FFFFFF")
        for c in range(1, 8):
            ws.cell(4, c).fill = PatternFill("solid", fgColor="00665E")
        ws.merge_cells("A4:G4")
        hdr = ["Ref", "What we will do in 2025/26", "Lead Officer", "Portfolio Holder", "Target", "Q2 update", "Status"]
        for c, h in enumerate(hdr, start=1):
            cell = ws.cell(5, c, h)
            cell.font = Font(bold=True)
            cell.fill = GREY
            cell.border = BOX
        r = 6
        for ref, act, lead, ph, target, upd, st in acts:
            for c, v in enumerate([ref, act, lead, ph, target, upd], start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            sc = ws.cell(r, 7)
            sc.border = BOX
            if st:
                sc.fill = FILL[st]
            r += 1
        ws.cell(r + 1, 1, IOACC_KEY).font = Font(italic=True, size=9)
        for col, w in zip("ABCDEFG", [7, 55, 30, 20, 16, 50, 9]):
            ws.column_dimensions[col].width = w
    wb.save(path("zuy-isle-of-anglesey-county-council-plan-annual-delivery-tracker-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Shropshire Council – Ofsted monitoring visit action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
SHROP_TITLE = "Shropshire Council Children's Services – Monitoring Visit Action Plan"
SHROP_AREAS = [
    ("The quality and timeliness of permanence planning for children in care", [
        ("1.1", "Introduce a permanence tracking panel, chaired by the Head of Service, to review every child in care without a permanence plan by their second review",
         "Head of Service – Children in Care", "Apr-25", "", "Panel started 14 April; 86 children reviewed to date.", "G"),
        ("1.2", "Deliver permanence planning practice workshops for all children in care social workers and team managers",
         "Principal Social Worker", "May-25", "Jul-25", "Four of the six workshops delivered; remaining two booked for July.", "A"),
        ("1.3", "Audit 30 permanence plans against the new practice standards and report the findings to the Children's Improvement Board",
         "Service Manager – Quality Assurance", "Jun-25", "Setpember 2025", "Audit tool agreed; auditors moderated in June. Audit moved to align with the Board cycle.", "A"),
    ]),
    ("Care leavers' access to suitable accommodation, and pathway plans that reflect their needs", [
        ("2.1", "Review and update every pathway plan for care leavers aged 18 to 21 with the young person and their personal adviser",
         "Team Manager – Leaving Care", "Jul-25", "", "62% of pathway plans updated in the last six months (baseline 38%).", "G"),
        ("2.2", "Commission 12 additional supported accommodation units for care leavers jointly with the Housing Service",
         "Head of Commissioning / Head of Housing", "Sep-25", "Dec-25", "Procurement paused while the joint funding agreement is finalised.", "R"),
    ]),
    ("Management oversight and supervision of social work practice", [
        ("3.1", "Launch the revised supervision policy and recording template, with monthly dip sampling by service managers",
         "Assistant Director – Children's Social Care", "May-25", "", "Policy launched 6 May; dip sampling reported monthly to the Quality Assurance Group.", "B"),
        ("3.2", "Report supervision compliance for every team to the Children's Improvement Board",
         "Assistant Director – Children's Social Care", "Monthly", "", "Compliance 88% in May (target 90%).", "G"),
    ]),
]
SHROP_REFUSE_ROW = None  # set by build_shrop()


def build_shrop():
    global SHROP_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "MV Action Plan"
    ws["A1"] = SHROP_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Response to the Ofsted monitoring visit of 4 and 5 March 2025 (children in care and care leavers)"
    ws.merge_cells("A2:H2")
    ws["A3"] = "Version 1.2 – updated 30 June 2025 for the Children's Improvement Board"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:H3")
    hdr = ["No.", "Area for improvement identified by Ofsted", "Action", "Lead", "Original target date",
           "Revised target date", "Progress update", "RAG"]
    r = 5
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="4F2170")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    rag_word = {"G": "Green", "A": "Amber", "R": "Red", "B": "Blue"}
    for area, acts in SHROP_AREAS:
        first = r
        for ref, act, lead, orig, rev, prog, rag in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, act)
            ws.cell(r, 4, lead)
            ws.cell(r, 5, orig)
            ws.cell(r, 6, rev or None)
            ws.cell(r, 7, prog)
            rc = ws.cell(r, 8, rag_word[rag])
            rc.fill = FILL[rag]
            if rev == "Setpember 2025":
                SHROP_REFUSE_ROW = r
            for c in range(1, 9):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BOX
            r += 1
        ws.cell(first, 2, area)
        ws.cell(first, 2).fill = LILAC
        ws.cell(first, 2).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG: Blue – complete and evidenced; Green – on track; Amber – at risk of slipping; Red – off track.").font = Font(italic=True)
    ws.cell(r + 1, 1, "Revised target dates require agreement by the Director of Children's Services.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [6, 34, 55, 30, 14, 16, 48, 9]):
        ws.column_dimensions[col].width = w

    g = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([("Term", "Meaning"), ("CIB", "Children's Improvement Board"),
                                ("PA", "Personal adviser (leaving care)"), ("IRO", "Independent reviewing officer"),
                                ("QAG", "Quality Assurance Group")], start=1):
        g.cell(i, 1, a)
        g.cell(i, 2, b)
    wb.save(path("zuy-shropshire-council-ofsted-monitoring-visit-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; a list gives one paragraph per item."""
    parts = text if isinstance(text, list) else [text]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Stockport Council – Fostering Service Development Plan 2025-26 (docx)
# ---------------------------------------------------------------------------
STOCK_TITLE = "Stockport Council Fostering Service – Service Development Plan 2025-26"
STOCK_PRIORITIES = [
    ("Priority 1: Grow the number of Stockport foster carers", [
        ("1a", "Move first-enquiry handling to the Fostering Greater Manchester hub and agree a 48-hour hand-off to the Stockport assessment team",
         "Fostering Recruitment Lead", "July 2025", "90% of enquiries contacted by Stockport within 48 hours of hand-off",
         "Hand-off live since 1 July; 93% within 48 hours in Q2.", "Complete"),
        ("1b", ["Run two targeted recruitment campaigns for carers for teenagers and for parent and child arrangements",
                "Campaign materials to be co-produced with the Children in Care Council."],
         "Fostering Recruitment Lead and Communications Officer", "End of November 2025",
         "12 approved households for teenagers by March 2026",
         "Teenager campaign launched in September; parent and child campaign due in November.", "Green"),
        ("1c", "Review Stockport fostering allowances and fees against Greater Manchester rates and present options to Cabinet",
         "Head of Service – Children in Care & Care Leavers", "By 31 October 2025", "Cabinet decision on the 2026/27 fees and allowances",
         "Benchmarking complete; Cabinet report moved to the November meeting.", "Amber"),
    ]),
    ("Priority 2: Support and keep the foster carers we have", [
        ("2a", "Extend the Mockingbird programme with a third constellation in the Brinnington and Reddish area",
         "Team Manager – Fostering Support", "March 2026", "Third hub home carer recruited and constellation launched",
         "Hub home carer identified and in training.", "Green"),
        ("2b", "Introduce an annual foster carer wellbeing conversation alongside the annual household review",
         "Independent Reviewing Officer (Fostering)", "January 2026", "All annual reviews from January include the wellbeing conversation",
         "Template to be agreed with the Foster Carer Association.", "Not started"),
        ("2c", "Deliver the revised core training offer, including trauma-informed practice and the Team Around the Carer model",
         "Fostering Training Coordinator", "Sept 2025 – Feb 2026", "85% of carers complete the core offer",
         "Trauma-informed practice modules running; 41 carers booked.", "Green"),
    ]),
    ("Priority 3: Kinship and connected carers", [
        ("3a", "Complete 80% of connected person assessments within 16 weeks",
         "Team Manager – Kinship Assessment", "31/03/2026", "Assessment timeliness reported monthly to the Corporate Parenting Board",
         "52% within 16 weeks in Q2; two assessing social worker posts vacant.", "Red"),
        ("3b", "Publish a refreshed kinship support offer for Stockport families, including support for special guardians",
         "Kinship Lead", "Q3 2025/26", "Offer published and shared with kinship carers",
         "Draft offer tested with the kinship carers' group in September.", "Amber"),
    ]),
]
RAG_HEX = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def build_stockport():
    doc = docx.Document()
    doc.add_heading(STOCK_TITLE, level=0)
    doc.add_paragraph("Stockport Family – Children's Services")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Service Manager – Fostering"), ("Version", "1.3"),
                 ("Approved by", "Corporate Parenting Board, 10 June 2025"),
                 ("Review", "Quarterly – next review October 2025"), ("Last updated", "25 September 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        set_cell(row[1], v, size=10)
    doc.add_paragraph()
    doc.add_paragraph("This plan sets out the fostering service's development priorities for 2025-26, as required by "
                      "Fostering Services National Minimum Standard 25. Progress is reported quarterly to the "
                      "Corporate Parenting Board.")
    doc.add_paragraph("RAG key: Complete – action finished and embedded; Green – on track; Amber – some delay, within "
                      "tolerance; Red – at risk, escalated to the Head of Service; Not started – not yet due to start.")
    hdr = ["No.", "Action", "Lead", "Timescale", "Measure of success", "Progress (September 2025)", "RAG"]
    for head, acts in STOCK_PRIORITIES:
        doc.add_heading(head, level=2)
        tbl = doc.add_table(rows=1, cols=len(hdr))
        tbl.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_cell(tbl.rows[0].cells[c], h, bold=True)
            shade(tbl.rows[0].cells[c], "D9E2F3")
        for ref, act, lead, when, measure, prog, rag in acts:
            cells = tbl.add_row().cells
            for c, v in enumerate([ref, act, lead, when, measure, prog, rag]):
                set_cell(cells[c], v)
            if rag in RAG_HEX:
                shade(cells[6], RAG_HEX[rag])
        doc.add_paragraph()
    doc.add_paragraph("Signed off: Head of Service – Children in Care & Care Leavers, 26 September 2025")
    doc.save(path("zuy-stockport-council-fostering-service-development-plan-2025-26.docx"))


# ---------------------------------------------------------------------------
# 5. Birmingham Local Area SEND Accelerated Progress Plan (docx)
# ---------------------------------------------------------------------------
BHAM_TITLE = "Birmingham Local Area SEND Accelerated Progress Plan"
BHAM_AREAS = [
    ("Area of Weakness 1: The timeliness and quality of EHC needs assessments and plans", [
        ("Outcome 1.1: Families receive a final EHC plan within 20 weeks of the request for assessment", [
            ("1.1.1", "Recruit to the permanent SENAR structure, including 12 additional EHC coordinators",
             "Head of SENAR", "Jul-23", "All posts appointed; inductions complete by the end of June.", "B"),
            ("1.1.2", "Clear the backlog of overdue EHC needs assessments through the dedicated recovery team",
             "Head of SENAR; Assistant Director SEND & Inclusion", "Dec-23",
             "Backlog reduced from 1,106 to 412; 20-week timeliness 31% in May (baseline 8%).", "A"),
        ]),
        ("Outcome 1.2: EHC plans are of good quality and reflect the views of children, young people and their families", [
            ("1.2.1", "Introduce multi-agency quality assurance of new EHC plans, auditing 10% of new plans each month",
             "Principal Educational Psychologist / Designated Clinical Officer", "Spring term 2024",
             "Audit framework agreed; first two monthly audits completed with health and social care.", "G"),
            ("1.2.2", "Co-produce an EHC plan quality standard with Birmingham Parent Carer Forum",
             "Birmingham Parent Carer Forum and Head of SEND Commissioning", "31/10/2023",
             "Standard co-produced and launched at the SENCo conference in June.", "B"),
        ]),
    ]),
    ("Area of Weakness 2: Joint commissioning and access to therapies", [
        ("Outcome 2.1: Children and young people get timely access to speech and language therapy and occupational therapy", [
            ("2.1.1", "Agree a joint commissioning plan for therapies across Birmingham City Council and BSol ICB",
             "Head of SEND Commissioning", "Sept 2023 (revised to Jan 2024)",
             "Revised date agreed with the DfE adviser because the ICB financial plan will not be confirmed until December.", "A"),
            ("2.1.2", "Reduce the waiting time for a first speech and language therapy appointment to 18 weeks",
             "Head of Children's Therapies (BCHC)", "Summer term 2024",
             "Longest wait 39 weeks in May; recruitment of 6 therapists under way.", "R"),
        ]),
        ("Outcome 2.2: Parents and carers understand the Local Offer and can find the support they need", [
            ("2.2.1", "Relaunch the SEND Local Offer website with the Parent Carer Forum and publish a 'You said, we did' update each term",
             "SEND Local Offer Manager", "Termly",
             "Website relaunched in April; spring term update published.", "G"),
        ]),
    ]),
]
BRAG_HEX = {"B": "0070C0", "R": "FF0000", "A": "FFC000", "G": "00B050"}


def build_bham():
    doc = docx.Document()
    doc.add_heading(BHAM_TITLE, level=0)
    doc.add_paragraph("Revised following the June 2023 stocktake with the Department for Education and NHS England")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Name of the local area", "Birmingham"),
                 ("Date of the revisit inspection", "June 2021"),
                 ("Accountable officers", "Director of Children and Families, Birmingham City Council; Chief Medical Officer, NHS Birmingham and Solihull ICB"),
                 ("DfE and NHS England SEND Advisers", "Jane Holloway (DfE); Mark Ellison (NHS England)"),
                 ("Next stocktake", "December 2023")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        set_cell(row[1], v, size=10)
    doc.add_paragraph()
    doc.add_heading("Governance and accountability", level=1)
    doc.add_paragraph("The Accelerated Progress Plan (APP) is overseen by the SEND Improvement Board, chaired by the "
                      "Independent Chair, which reports to the Birmingham Children's Partnership and the BSol ICB Board. "
                      "Progress is reviewed every six months at a stocktake with the DfE and NHS England advisers.")
    doc.add_paragraph("BRAG key: B – complete, with evidence of impact; G – on track; A – some progress, at risk of "
                      "slippage; R – not on track.")
    hdr = ["Ref", "Action", "Lead(s)", "Completion date", "Progress at June 2023 stocktake", "BRAG"]
    for area, outcomes in BHAM_AREAS:
        doc.add_heading(area, level=1)
        tbl = doc.add_table(rows=1, cols=len(hdr))
        tbl.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_cell(tbl.rows[0].cells[c], h, bold=True)
            shade(tbl.rows[0].cells[c], "BDD7EE")
        for outcome, acts in outcomes:
            cells = tbl.add_row().cells
            merged = cells[0].merge(cells[-1])
            set_cell(merged, outcome, bold=True)
            shade(merged, "F2F2F2")
            for ref, act, lead, when, prog, brag in acts:
                cells = tbl.add_row().cells
                for c, v in enumerate([ref, act, lead, when, prog, brag]):
                    set_cell(cells[c], v)
                shade(cells[5], BRAG_HEX[brag])
        doc.add_paragraph()
    doc.add_paragraph("Areas where the revisit found sufficient progress (co-production and the SEND strategy) are "
                      "monitored through the SEND Improvement Board and are not repeated in this plan.")
    doc.save(path("zuy-birmingham-local-area-send-accelerated-progress-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Hounslow – scrutiny recommendations tracker (csv)
# ---------------------------------------------------------------------------
HOUN_TITLE = "Hounslow Council Overview and Scrutiny Committee – Scrutiny Recommendations Tracker 2024/25"
HOUN_HDR = ["Ref", "Recommendation", "Cabinet response", "Lead officer", "Cabinet Member", "Target date",
            "Revised date", "Progress update", "RAG"]
HOUN_SECTIONS = [
    ("Children and Young People Scrutiny Panel – School attendance and persistent absence review (reported March 2025)", [
        ("CYP1", "That the Council publishes a borough-wide school attendance protocol, agreed with all schools, setting out when the Attendance Support Team will become involved",
         "Accepted", "Head of Inclusion and Attendance", "Cllr Amrit Sahota", "31/07/2025", "",
         "Protocol agreed by Schools Forum on 2 July and published on the Hounslow Grid for Learning.", "Complete"),
        ("CYP2", "That the Council works with NHS North West London ICB to agree a pathway for children whose absence is linked to emotionally based school avoidance",
         "Partially accepted", "Head of Inclusion and Attendance / Designated Clinical Officer (SEND)", "Cllr Amrit Sahota",
         "31/12/2025", "31/03/2026", "Pathway drafted; ICB funding for the mental health support element not yet confirmed.", "Amber"),
        ("CYP3", "That the Panel receives a six-monthly report on persistent absence for children in care and children with an EHC plan",
         "Accepted", "Virtual School Headteacher", "Cllr Amrit Sahota", "Six-monthly", "",
         "First report scheduled for the Panel in November 2025.", "Green"),
    ]),
    ("Health and Adult Care Scrutiny Panel – Support for unpaid carers review (reported April 2025)", [
        ("HAC1", "That the Council completes a refreshed carers' needs analysis with carers, the Hounslow Carers Service and health partners before the new Carers Strategy is drafted",
         "Accepted", "Sarah Whitfield and Imran Qureshi", "Cllr Lily Bath", "Oct-25", "",
         "Survey closed in August with 612 responses; analysis under way.", "Green"),
        ("HAC2", "That every carer identified at hospital discharge is offered a carer's assessment within 28 days",
         "Accepted", "Assistant Director – Adult Social Care Operations", "Cllr Lily Bath", "Mar-26", "",
         "Pilot at West Middlesex University Hospital from October 2025.", "Amber"),
        ("HAC3", "That the carers' respite offer is published on the Council website in plain English and the five most common community languages",
         "Accepted", "Head of Commissioning (Adults)", "Cllr Lily Bath", "30/06/2025", "30/11/2025",
         "Plain English version published; translation budget not yet identified.", "Red"),
    ]),
    ("Overview and Scrutiny Committee – Scrutiny in a Day: Neighbourhood enforcement (May 2025)", [
        ("OSC1", "That the Council reviews the deployment of Neighbourhood Enforcement Officers so that patrols reflect fly-tipping and anti-social behaviour hotspot data",
         "Accepted", "Head of Neighbourhood Enforcement", "Cllr Katherine Dunne", "Q3 2025/26", "",
         "Hotspot mapping complete; new patrol rota from November.", "Green"),
        ("OSC2", "That fixed penalty notice income and outcomes are reported to the Committee annually",
         "Accepted", "Head of Neighbourhood Enforcement", "Cllr Katherine Dunne", "Annually", "",
         "First annual report due June 2026.", "Not started"),
    ]),
]


def build_hounslow():
    n = len(HOUN_HDR)
    with open(path("zuy-hounslow-council-overview-and-scrutiny-recommendations-tracker.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow([HOUN_TITLE] + [""] * (n - 1))
        w.writerow(["Update for the Overview and Scrutiny Committee, 18 September 2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(HOUN_HDR)
        for head, recs in HOUN_SECTIONS:
            w.writerow([head] + [""] * (n - 1))
            for rec in recs:
                w.writerow(list(rec))
        w.writerow([""] * n)
        w.writerow(["RAG key: Complete – implemented and signed off by the Committee; Green – on track; Amber – some slippage; Red – off track; Not started – not yet due."] + [""] * (n - 1))
        w.writerow(["Source: Cabinet responses to scrutiny reports, 10 June 2025 and 8 July 2025."] + [""] * (n - 1))


# ---------------------------------------------------------------------------
# 7. Coventry – One Coventry Plan delivery tracker (tab-separated txt)
# ---------------------------------------------------------------------------
COV_TITLE = "Coventry City Council – One Coventry Plan 2022-2030: Delivery Tracker 2025/26"
COV_SECTIONS = [
    ("Priority 1 – Increasing the economic prosperity of the city and region", [
        ("P1.1", "Deliver the first phase of enabling works for the City Centre South regeneration scheme",
         "Director of Property Services and Development", "Mar 2026", "On track",
         "Demolition of Shopping Precinct blocks A and B complete; utilities diversions started in September."),
        ("P1.2", "Support 1,200 residents into employment or training through Job Shop and the Adult Education Service",
         "Head of Employment and Skills", "Q4 2025/26", "On track", "640 residents supported in Q1 and Q2."),
        ("P1.3", "Launch the Coventry Business Support Programme for small and medium-sized enterprises",
         "Head of Economic Development", "Sep-25", "Complete", "Programme launched 3 September; 48 businesses registered."),
    ]),
    ("Priority 2 – Improving outcomes and tackling inequalities within our communities", [
        ("P2.1", "Open two further Family Hubs, in Foleshill and Willenhall",
         "Director of Children's Services", "Dec-25", "Amber",
         "Foleshill open; Willenhall building works delayed by asbestos removal."),
        ("P2.2", "Reduce the number of households in bed and breakfast accommodation to below 50",
         "Head of Housing and Homelessness", "31/03/2026", "Red",
         "112 households in B&B at the end of September (125 in March); demand remains high."),
        ("P2.3", "Deliver the Marmot City health inequalities action plan for 2025/26 with partners",
         "Director of Public Health and Wellbeing", "Ongoing", "On track",
         "Marmot Partnership Group met in July; annual report to Health and Wellbeing Board in December."),
    ]),
    ("Priority 3 – Tackling the causes and consequences of climate change", [
        ("P3.1", "Install 300 additional on-street electric vehicle charge points",
         "Head of Transport and Innovation", "Mar 2026", "Amber", "142 installed; supplier capacity issues in Q2."),
        ("P3.2", "Roll out weekly food waste collections to all households",
         "Head of Environmental Services", "April 2026", "Not started",
         "Vehicles ordered; roll-out planned from April 2026 in line with Simpler Recycling."),
    ]),
    ("Enabling priority – Continued financial sustainability of the council", [
        ("E1", "Deliver the £4.5m savings programme agreed in the 2025/26 budget",
         "Director of Finance and Resources (s151 Officer)", "Mar 2026", "Amber",
         "£3.1m delivered or on track; £1.4m at risk, mainly in transport and parking income."),
    ]),
]


def build_coventry():
    lines = [
        COV_TITLE,
        "Quarter 2 (July – September 2025) position – reported to the Strategic Management Board",
        "",
        "\t".join(["Ref", "What we will deliver", "Responsible officer", "Due", "Status", "Q2 commentary"]),
    ]
    for head, acts in COV_SECTIONS:
        lines.append(head)
        for a in acts:
            lines.append("\t".join(a))
    lines += [
        "",
        "Status: Complete; On track; Amber – some risk to delivery by the due date; Red – will not be delivered by the due date; Not started – not yet due.",
        "Prepared by the Insight Team, 14 October 2025.",
    ]
    with open(path("zuy-coventry-city-council-one-coventry-plan-delivery-tracker-2025-26.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build_atv()
    build_ioacc()
    build_shrop()
    build_stockport()
    build_bham()
    build_hounslow()
    build_coventry()
    print("built; Shropshire typo row:", SHROP_REFUSE_ROW)


if __name__ == "__main__":
    main()
