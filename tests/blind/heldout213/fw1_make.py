"""Build the seven fw1- data files of set heldout213 (children's services plans).

Run with /work/main/.venv/bin/python fw1_make.py from any directory; files are written
next to this script.
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


BLUE, GREEN, AMBER, RED = "00B0F0", "00B050", "FFC000", "FF0000"
NAVY, GREY, LIGHT = "1F3864", "D9D9D9", "DEEAF6"
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Wakefield Council – ILACS improvement plan (xlsx, three sheets)
# ---------------------------------------------------------------------------
def wakefield():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Wakefield Council – Children and Young People's Services"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "ILACS Improvement Plan 2025–2027"
    cov["A2"].font = Font(bold=True, size=16, color="FF" + NAVY)
    cov["A4"] = ("Inspection of local authority children's services (ILACS): 3–14 February 2025. "
                 "Overall effectiveness: Requires improvement to be good. Report published 1 April 2025.")
    cov.merge_cells("A4:D4")
    cov["A4"].alignment = WRAP
    cov.row_dimensions[4].height = 45
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Comments"),
        ("1.0", d(2025, 5, 12), "Improvement Programme Manager", "Submitted to Ofsted"),
        ("1.1", d(2025, 6, 30), "Improvement Programme Manager", "Q1 progress update"),
        ("1.2", d(2025, 9, 30), "Improvement Programme Manager",
         "Q2 progress update; revised dates agreed at Improvement Board 22/09/2025"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [("B", "Blue", "Action complete and impact evidenced", BLUE),
           ("G", "Green", "On track to deliver by target date", GREEN),
           ("A", "Amber", "Some slippage – mitigation in place", AMBER),
           ("R", "Red", "Off track – escalated to Improvement Board", RED)]
    for i, (letter, word, meaning, col) in enumerate(key):
        cov.cell(row=13 + i, column=1, value=letter).fill = fill(col)
        cov.cell(row=13 + i, column=2, value=word)
        cov.cell(row=13 + i, column=3, value=meaning)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 34
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "ILACS Improvement Plan 2025–2027 – progress as at 30 September 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Plan owner: Director of Children's Social Care    Governance: Children's Improvement "
                "Board (monthly)")
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Action", "Lead officer", "Start date", "Target date", "Revised target date",
             "Previous RAG (June 2025)", "Current RAG (Sept 2025)", "Progress update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    plan = [
        ("theme", "Theme 1: Management oversight and supervision"),
        ("rec", "Ofsted recommendation 1: The quality and impact of management oversight and "
                "supervision, so that plans for children progress without delay."),
        ("act", "1.1", "Refresh the supervision policy and recording template so that every supervision "
                       "record sets out clear actions and timescales for the child's plan.",
         "Principal Social Worker", d(2025, 5, 1), d(2025, 7, 31), None, "G", "B",
         "Policy refreshed and launched 14/07/2025. Audit of 40 supervision records in September "
         "found 82% met the new standard."),
        ("act", "1.2", "Deliver the 'Leading Practice' development programme for all team managers and "
                       "assistant team managers.",
         "Principal Social Worker / Workforce Development Manager", d(2025, 6, 1), d(2025, 12, 31), None,
         "G", "G", "Cohort 1 (14 managers) completed; cohort 2 starts October 2025."),
        ("act", "1.3", "Introduce a monthly practice-week audit cycle, with findings reported to the "
                       "Quality Assurance and Performance Board.",
         "Head of Safeguarding and Quality Assurance", d(2025, 6, 1), d(2025, 9, 30), d(2025, 11, 30),
         "A", "A", "First cycle completed in August; moderation delayed by IRO vacancies. Revised date "
                   "agreed at Improvement Board."),
        ("theme", "Theme 2: Children in care and care leavers"),
        ("rec", "Ofsted recommendation 2: The sufficiency of suitable homes for children in care, "
                "including for children aged 16 and 17."),
        ("act", "2.1", "Complete the refresh of the Placement Sufficiency Strategy 2025–2028 and present "
                       "it to Cabinet.",
         "Head of Commissioning (Children)", d(2025, 4, 1), d(2025, 10, 31), None, "G", "G",
         "Draft strategy consulted on with the Children in Care Council; Cabinet 21 October 2025."),
        ("act", "2.2", "Recruit an additional 25 mainstream foster carer households through the Foster "
                       "Wakefield campaign.",
         "Fostering Service Manager", d(2025, 4, 1), "Q4 2025/26", None, "A", "R",
         "11 households approved to date against a target of 25. Campaign relaunched in September "
         "with a new marketing partner."),
        ("rec", "Ofsted recommendation 3: The quality of pathway plans and the range of suitable "
                "accommodation for care leavers."),
        ("act", "3.1", "Implement a new pathway plan template co-produced with the Children in Care "
                       "Council and care-experienced young people.",
         "Head of Service – Care Leavers", d(2025, 4, 1), d(2025, 8, 31), None, "A", "B",
         "Template live on Mosaic from 1 August 2025."),
        ("act", "3.2", "Agree a joint protocol with Housing Services for care leavers aged 18 to 25, "
                       "including priority banding and a staying-close offer.",
         "Head of Service – Care Leavers\nHousing Options Manager", d(2025, 5, 1), d(2025, 9, 30),
         d(2026, 1, 31), "A", "A",
         "Protocol drafted; awaiting agreement of allocations policy change by Housing."),
        ("theme", "Theme 3: Help and protection"),
        ("rec", "Ofsted recommendation 4: The response to 16- and 17-year-olds who present as homeless, "
                "so that they are offered an assessment and understand their entitlements."),
        ("act", "4.1", "Introduce a joint housing and children's social care assessment for every 16- or "
                       "17-year-old presenting as homeless.",
         "Head of Service – Front Door and Assessment", d(2025, 4, 1), d(2025, 6, 30), None, "G", "B",
         "Joint assessment in place since 2 June 2025."),
        ("act", "4.2", "Provide young people with written information on their rights and entitlements, "
                       "including their right to become looked after under section 20.",
         "Head of Service – Front Door and Assessment", d(2025, 4, 1), d(2025, 7, 31), None, "G", "B",
         "Leaflet co-produced with young people and issued July 2025."),
        ("act", "4.3", "Audit all 16- and 17-year-olds presenting as homeless since April 2025 to check "
                       "that the joint assessment was completed and the child's views recorded.",
         "Head of Safeguarding and Quality Assurance", d(2025, 10, 1), d(2025, 12, 31), None, None, "G",
         "Audit scheduled for November 2025."),
    ]
    r = 5
    for item in plan:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFFFF")
            ws.cell(row=r, column=1).fill = fill("2F5597")
        elif item[0] == "rec":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).font = Font(bold=True, italic=True)
            ws.cell(row=r, column=1).fill = fill(LIGHT)
            ws.cell(row=r, column=1).alignment = WRAP
            ws.row_dimensions[r].height = 30
        else:
            _, ref, text, lead, start, target, revised, prev, cur, upd = item
            vals = [ref, text, lead, start, target, revised, prev, cur, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, v in ((7, prev), (8, cur)):
                if v:
                    ws.cell(row=r, column=col).fill = fill(ragfill[v])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    summary = [("Blue (complete)", 4), ("Green", 3), ("Amber", 2), ("Red", 1), ("Total actions", 10)]
    for i, (k, v) in enumerate(summary):
        ws.cell(row=r + 1 + i, column=1, value=k)
        ws.cell(row=r + 1 + i, column=2, value=v)
    for col, w in zip("ABCDEFGHI", (8, 55, 32, 12, 12, 12, 11, 11, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    log = wb.create_sheet("Change log")
    for i, row in enumerate([
        ("Date", "Change", "Agreed by"),
        (d(2025, 6, 30), "Q1 RAG ratings added", "Children's Improvement Board"),
        (d(2025, 9, 22), "Revised target dates for actions 1.3 and 3.2", "Children's Improvement Board"),
        (d(2025, 9, 30), "Q2 RAG ratings and progress updates added", "Improvement Programme Manager"),
    ]):
        for j, v in enumerate(row):
            c = log.cell(row=1 + i, column=1 + j, value=v)
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
    log.column_dimensions["A"].width = 12
    log.column_dimensions["B"].width = 50
    log.column_dimensions["C"].width = 32
    wb.active = 1
    wb.save(out("fw1-wakefield-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Calderdale local area partnership – SEND priority action plan (xlsx, fill-colour RAG)
# ---------------------------------------------------------------------------
def calderdale():
    wb = Workbook()
    ws = wb.active
    ws.title = "Priority Action Plan"
    ws["A1"] = "Calderdale Local Area SEND Partnership"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Priority Action Plan – Area SEND inspection (Ofsted and CQC), March 2025"
    ws["A2"].font = Font(bold=True, size=15, color="FF7030A0")
    ws["A3"] = ("Partners: Calderdale Council, NHS West Yorkshire ICB (Calderdale place), Calderdale "
                "Parent Carer Forum. RAG rating is shown by cell colour – see Key tab.")
    ws.merge_cells("A3:H3")
    heads = ["Area for priority action / area for improvement", "Ref", "What we will do",
             "Who is responsible", "By when", "Revised date",
             "How we will know it has made a difference", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    M = "mmm-yy"
    blocks = [
        ("band", "Section A: Areas for priority action"),
        ("area", "1. Leaders across education, health and care should urgently improve the timeliness "
                 "of EHC needs assessments and the quality of EHC plans, so that children and young "
                 "people's needs are accurately identified and met.", [
            ("PA1.1", "Recruit four additional SEND case officers and an EHC plan quality lead to clear "
                      "the backlog of assessments over 20 weeks.",
             "Head of SEND and Inclusion", d(2025, 9, 30), None,
             "Over 20-week backlog cleared; 60% of new EHC plans issued within 20 weeks.", BLUE),
            ("PA1.2", "Introduce a multi-agency EHC plan quality assurance framework, with monthly "
                      "moderation involving health, social care and the Parent Carer Forum.",
             "Head of SEND and Inclusion & Designated Clinical Officer", d(2025, 12, 31), d(2026, 3, 31),
             "80% of plans audited are judged good or better.", AMBER),
            ("PA1.3", "Ensure health and social care advice for EHC needs assessments is returned within "
                      "six weeks in at least 90% of cases.",
             "Designated Clinical Officer (NHS WY ICB)", "Autumn term 2025", None,
             "Monthly compliance reported to SEND Partnership Board.", GREEN),
        ]),
        ("area", "2. Leaders should reduce waiting times for neurodevelopmental assessment and speech "
                 "and language therapy, and improve the support offered to families while they wait.", [
            ("PA2.1", "Commission additional autism and ADHD assessment capacity to reduce the longest "
                      "waits for children aged 5 to 18.",
             "Head of Children's Commissioning (ICB)", d(2026, 3, 31), None,
             "No child waits longer than 52 weeks for a first appointment.", RED),
            ("PA2.2", "Launch a 'waiting well' offer, including a single point of contact and parent "
                      "workshops, for families waiting for assessment.",
             "ICB Children's Commissioning Manager; Parent Carer Forum Coordinator", d(2025, 6, 30), None,
             "Parent survey shows families feel informed while waiting.", BLUE),
            ("PA2.3", "Roll out the Early Language Support for Every Child (ELSEC) model to all primary "
                      "schools in Calderdale.",
             "Principal Educational Psychologist / Speech and Language Therapy Service Lead",
             "Summer term 2026", None, "All primary schools trained; fewer referrals to specialist SaLT.",
             None),
        ]),
        ("band", "Section B: Areas for improvement"),
        ("area", "1. Leaders should strengthen co-production of the Local Offer with children, young "
                 "people and families, so that it is accurate, up to date and well used.", [
            ("AFI1.1", "Redesign the Local Offer website with the Parent Carer Forum and the Young "
                       "Commissioners group.",
             "SEND Partnership Manager", d(2025, 12, 31), None,
             "Website usage and satisfaction measures improve.", GREEN),
            ("AFI1.2", "Publish a 'You said, we did' update each term showing how feedback has changed "
                       "services.",
             "SEND Partnership Manager", "Termly", None, "Updates published each term.", GREEN),
        ]),
        ("area", "2. Leaders should improve the quality and timeliness of preparation for adulthood "
                 "planning from Year 9 onwards.", [
            ("AFI2.1", "Add a preparing for adulthood section to all Year 9 annual review templates and "
                       "train SENCOs in its use.",
             "Post-16 SEND Lead", d(2025, 10, 31), d(2026, 1, 31),
             "Audit shows PfA outcomes in 90% of Year 9 reviews.", AMBER),
            ("AFI2.2", "Establish a 14–25 transitions panel with adult social care and health to plan "
                       "for young people with complex needs.",
             "Head of SEND and Inclusion & Head of Adult Social Care (Transitions)", d(2026, 4, 30), None,
             "Panel meeting monthly; transition plans in place by age 17.", None),
        ]),
    ]
    r = 6
    for b in blocks:
        if b[0] == "band":
            ws.cell(row=r, column=1, value=b[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("E4DFEC")
            r += 1
            continue
        _, area, acts = b
        first = r
        ws.cell(row=r, column=1, value=area)
        for ref, text, who, when, revised, impact, rag in acts:
            vals = [ref, text, who, when, revised, impact]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=2 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = M
            rc = ws.cell(row=r, column=8)
            rc.border = BOX
            if rag:
                rc.fill = fill(rag)
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.cell(row=first, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value=("Progress is reported to the SEND Partnership Board every six weeks "
                                    "and to DfE and NHS England at quarterly monitoring meetings."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for col, w in zip("ABCDEFGH", (40, 9, 50, 30, 14, 12, 38, 8)):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (col, meaning) in enumerate([
        (BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some risk to delivery"),
        (RED, "Off track / significant risk"), (None, "No colour – not yet started")]):
        c = k.cell(row=2 + i, column=1)
        c.border = BOX
        if col:
            c.fill = fill(col)
        k.cell(row=2 + i, column=2, value=meaning)
    k.column_dimensions["B"].width = 32
    wb.save(out("fw1-calderdale-lap-send-priority-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Bradford Youth Justice Service – HMIP improvement plan (xlsx, merged recommendation column)
# ---------------------------------------------------------------------------
def bradford():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Bradford Youth Justice Service"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("HM Inspectorate of Probation – Inspection of youth justice services in Bradford "
                "(fieldwork November 2024, published February 2025)")
    ws["A3"] = "Post-inspection Improvement Plan – updated for YJMB 15 October 2025"
    ws["A3"].font = Font(bold=True, size=13)
    ws["A5"] = "Status key:"
    ws["A5"].font = Font(bold=True)
    skey = [("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER), ("Off track", RED),
            ("Not started", None)]
    for j, (w, col) in enumerate(skey):
        c = ws.cell(row=5, column=2 + j, value=w)
        c.border = BOX
        if col:
            c.fill = fill(col)
    heads = ["No.", "HMIP recommendation", "Action", "Owner", "Timescale", "Status", "Update / evidence"]
    for j, h in enumerate(heads):
        c = ws.cell(row=7, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
        c.alignment = WRAP
    scol = dict(skey)
    plan = [
        ("band", "Recommendations for the Bradford Youth Justice Management Board"),
        ("rec", "Ensure that board members understand the over-representation of Black and mixed "
                "heritage children in the youth justice cohort and take action to address it.", [
            ("1a", "Present a quarterly disproportionality dashboard to the YJMB, broken down by "
                   "ethnicity, gender and looked-after status.",
             "YJS Performance and Information Manager", "Mar 2025", "Complete",
             "Dashboard presented March, June and September 2025."),
            ("1b", "Agree a partnership disproportionality action plan with named leads from police, "
                   "education and health.",
             "Chair of YJMB / Head of Service", "30/06/2025 (revised 30/11/2025)", "At risk",
             "Draft plan considered at July board; health lead not yet confirmed."),
        ]),
        ("rec", "Ensure that the education, training and employment needs of children are met, "
                "including access to suitable full-time provision.", [
            ("2a", "Second a specialist education officer into the YJS two days a week from the "
                   "Inclusion Service.",
             "Head of Inclusion", "April – September 2025", "On track",
             "Officer in post from 7 April 2025; secondment review due September."),
            ("2b", "Track education, training and employment hours for every child open to the YJS at "
                   "the monthly performance meeting.",
             "YJS Operational Manager (Post-Court)", "Monthly", "On track",
             "ETE hours now a standing item; 64% of school-age children in full-time provision."),
        ]),
        ("band", "Recommendations for the Head of Youth Justice Service"),
        ("rec", "Improve the quality of assessment and planning to keep children and other people "
                "safe, including contingency planning.", [
            ("3a", "Deliver risk and safety assessment training (AssetPlus) to all case managers, with "
                   "refresher sessions every six months.",
             "Practice Development Manager", "Q2 2025/26", "Complete",
             "All 28 case managers trained by 19 September 2025."),
            ("3b", "Introduce a management oversight checklist for all cases assessed as high or very "
                   "high risk of serious harm.",
             "YJS Operational Managers", "May 2025", "Complete", "Checklist in use since 12 May 2025."),
            ("3c", "Audit 20 cases each quarter against HMIP standards and report themes to the YJMB.",
             "Head of Service; Practice Development Manager", "Quarterly", "On track",
             "Q1 and Q2 audits complete; planning quality improved from 48% to 67% sufficient."),
        ]),
        ("rec", "Make sure that victims are offered a service and that their safety is considered in "
                "all relevant cases.", [
            ("4a", "Recruit a second restorative justice and victim worker.",
             "Head of Service", "Jan 2026", "Off track",
             "Post advertised twice without an appointable candidate; funding confirmed to March 2027."),
            ("4b", "Add a victim safety section to the case planning template and quality assure its use.",
             "Victim Liaison Officer / Practice Development Manager", d(2025, 12, 31), "Not started",
             "To begin once the new case management system goes live in November."),
        ]),
    ]
    r = 8
    for item in plan:
        if item[0] == "band":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFFFF")
            ws.cell(row=r, column=1).fill = fill("375623")
            r += 1
            continue
        _, rec, acts = item
        first = r
        ws.cell(row=r, column=2, value=rec)
        for ref, text, owner, when, status, upd in acts:
            for j, v in [(0, ref), (2, text), (3, owner), (4, when), (5, status), (6, upd)]:
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            if scol[status]:
                ws.cell(row=r, column=6).fill = fill(scol[status])
            ws.cell(row=r, column=2).border = BOX
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Total actions: 9")
    ws.cell(row=r, column=1).font = Font(bold=True)
    ws.cell(row=r, column=3, value="Complete 3 | On track 3 | At risk 1 | Off track 1 | Not started 1")
    for col, w in zip("ABCDEFG", (6, 40, 50, 30, 18, 12, 45)):
        ws.column_dimensions[col].width = w
    wb.save(out("fw1-bradford-yjs-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_cell(cell, text, colour=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


def set_cell(cell, text):
    """Cell text with inner line breaks as separate paragraphs."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)


# ---------------------------------------------------------------------------
# 4. Swindon Safeguarding Partnership – JTAI action plan (docx, a table per priority)
# ---------------------------------------------------------------------------
def swindon():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Swindon Safeguarding Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Joint Targeted Area Inspection: Multi-agency Response to Identification of "
                    "Initial Need and Risk – Action Plan", level=1)
    doc.add_paragraph(
        "The joint targeted area inspection (JTAI) of the multi-agency response to identification of "
        "initial need and risk in Swindon took place in June 2024. The inspectorates' letter, published "
        "on 5 August 2024, identified three areas for improvement. This plan sets out how the "
        "partnership will respond. Progress is monitored by the Safeguarding Partnership Executive.")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Approved by"),
                             ("0.3", "02/09/2024", "SSP Business Manager", "Draft"),
                             ("1.0", "16/09/2024", "SSP Business Manager", "Safeguarding Partnership Executive"),
                             ("1.2", "13/01/2025", "SSP Business Manager", "Progress update – Executive")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (w, meaning, col) in enumerate([("Blue", "Complete", BLUE), ("Green", "On track", GREEN),
                                           ("Amber", "Some delay – mitigation in place", AMBER),
                                           ("Red", "Off track", RED)]):
        t.cell(i, 0).text = w
        shade(t.cell(i, 0), col)
        t.cell(i, 1).text = meaning

    heads = ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update"]
    ragcol = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    sections = [
        ("Priority 1: Strategy discussions",
         "The consistency with which police and health practitioners are involved in strategy "
         "discussions, so that decisions about children's safety are informed by all relevant information.",
         [("1.1", "Revise the strategy discussion protocol so that police, health and children's social "
                  "care attend every strategy discussion, with a named health practitioner available in "
                  "the MASH each weekday.",
           "Head of MASH and Early Help / Designated Nurse Safeguarding Children", "End of October 2024",
           "Blue", "Revised protocol agreed by the Executive on 16 September and launched 1 October 2024."),
          ("1.2", "Audit 30 strategy discussions each quarter for attendance and the quality of "
                  "decision-making, and report findings to the Quality Assurance Subgroup.",
           "QA Subgroup Chair", "Quarterly", "Green",
           "First audit (October–December 2024): health attended 87% of strategy discussions.")]),
        ("Priority 2: Information sharing by health partners",
         "The quality of referrals and information shared by health practitioners, including GPs, at "
         "the point of contact with the front door.",
         [("2.1", "Deliver front door referral training to GP practice safeguarding leads across all "
                  "Swindon primary care networks.",
           "Named GP for Safeguarding Children", "Sept 2024 – January 2025", "Blue",
           "Sessions delivered to all six primary care networks."),
          ("2.2", "Introduce a health information-sharing template for the MASH, agreed with GWH, AWP and "
                  "Oxford Health.",
           "Designated Nurse Safeguarding Children", "By 31 March 2025", "Amber",
           "Template agreed with GWH and Oxford Health; AWP sign-off expected February 2025.")]),
        ("Priority 3: The child's voice and lived experience",
         "The recording of children's lived experiences and their views in multi-agency decisions at "
         "the front door.",
         [("3.1", "Add a mandatory 'child's voice' field to the MASH decision record and to the police "
                  "child protection notification.",
           "Head of MASH and Early Help & DI Public Protection", "December 2024", "Green",
           "Field added to MASH record; police form change with the force systems team."),
          ("3.2", "Run a multi-agency practice week focused on the child's lived experience, led by the "
                  "Principal Social Worker.",
           "Principal Social Worker", "TBC", "Red",
           "Postponed; a new date will be agreed at the March Executive.")]),
        ("Governance and assurance", None,
         [("G.1", "Report progress against this action plan to each Safeguarding Partnership Executive "
                  "meeting and publish a summary in the SSP annual report.",
           "SSP Business Manager", "Ongoing", "Green", "Standing item on the Executive agenda.")]),
    ]
    for heading, afi, acts in sections:
        doc.add_heading(heading, level=2)
        nrows = (1 if afi else 0) + 1 + len(acts)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        i = 0
        if afi:
            m = t.cell(0, 0).merge(t.cell(0, 5))
            bold_cell(m, afi)
            shade(m, "FCE4D6")
            i = 1
        for j, h in enumerate(heads):
            bold_cell(t.cell(i, j), h, "FFFFFF")
            shade(t.cell(i, j), "1F4E79")
        i += 1
        for ref, text, lead, when, rag, upd in acts:
            for j, v in enumerate([ref, text, lead, when, rag, upd]):
                t.cell(i, j).text = v
            shade(t.cell(i, 4), ragcol[rag])
            i += 1
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Statutory safeguarding partner", "Name", "Date"),
                             ("Swindon Borough Council", "Director of Children's Services", "16/09/2024"),
                             ("Wiltshire Police", "Assistant Chief Constable", "16/09/2024"),
                             ("BSW Integrated Care Board", "Chief Nursing Officer", "16/09/2024")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.save(out("fw1-swindon-safeguarding-partnership-jtai-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Stirling Council Fostering Service – Care Inspectorate improvement plan (docx, one table,
#    vertically merged requirement cells, key-question rows)
# ---------------------------------------------------------------------------
def stirling():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_heading("Stirling Council Fostering Service: Care Inspectorate Inspection Improvement Plan",
                        level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "The Care Inspectorate carried out an unannounced inspection of the fostering service between 19 "
        "and 30 August 2024. The report, published on 8 October 2024, made two requirements and three "
        "areas for improvement. This plan was agreed by the Children's Services Senior Management Team "
        "on 29 October 2024 and is updated monthly.")
    doc.add_paragraph(
        "Evaluations: How well do we support children and young people's rights and wellbeing? – 3 "
        "Adequate. How good is our leadership? – 3 Adequate. How good is our staff team? – 4 Good. How "
        "well is our care and support planned? – 3 Adequate.")
    kp = doc.add_paragraph()
    kp.add_run("Status key: ").bold = True
    kp.add_run("Complete – action completed (blue); On track – in progress within timescale (green); "
               "Slipped – timescale revised (amber); Not started.")

    heads = ["Requirement / Area for improvement", "Action to be taken", "Responsible person",
             "Timescale", "Status"]
    blocks = [
        ("kq", "How well do we support children and young people's rights and wellbeing?"),
        ("req", "Requirement 1: By 31 January 2025, the provider must ensure that each child's care plan "
                "is reviewed within statutory timescales and reflects the child's current needs, wishes "
                "and any risks.", [
            ("Introduce a tracker of all looked after child reviews for children in foster care, "
             "monitored weekly by the team manager.",
             "Team Manager – Fostering and Adoption", "October 2024", "Complete"),
            ("Reviewing officers to record the child's views and any updated risk assessment in every "
             "review minute.",
             "Senior Reviewing Officer", "November 2024", "Complete"),
            ("Audit a sample of 20% of care plans each quarter and report findings to the Children's "
             "Services Senior Management Team.",
             "Service Manager (Children's Resources)", "31/01/2025", "On track"),
        ]),
        ("kq", "How good is our leadership?"),
        ("req", "Requirement 2: By 28 February 2025, the provider must ensure that foster carer reviews "
                "are completed annually and presented to the fostering panel, in accordance with the "
                "Looked After Children (Scotland) Regulations 2009.", [
            ("Complete all overdue foster carer annual reviews, prioritising carers whose last review was "
             "more than 18 months ago.",
             "Team Manager – Fostering and Adoption", "December 2024", "Complete"),
            ("Schedule each household's review for the fostering panel at the point of approval and keep "
             "a review calendar for the service.",
             "Panel Adviser / Team Manager – Fostering and Adoption", "28/02/2025\nRevised: 30/04/2025",
             "Slipped"),
        ]),
        ("req", "Area for improvement 1: To support continuous improvement, the provider should develop "
                "its quality assurance processes so that audit findings lead to clear actions that are "
                "tracked to completion.", [
            ("Develop a single fostering service improvement log linking audit findings, complaints and "
             "panel feedback to actions.",
             "Service Manager (Children's Resources)", "March 2025", "On track"),
        ]),
        ("kq", "How good is our staff team?"),
        ("req", "Area for improvement 2: To ensure carers are well supported, the provider should ensure "
                "that all foster carers have a personal learning and development plan that is reviewed "
                "at least annually.", [
            ("Agree a personal learning and development plan with every approved foster carer at their "
             "next supervisory visit.",
             "Supervising Social Workers", "By 31 March 2025", "On track"),
            ("Offer trauma-informed practice training to all carers through the Stirling Foster Carer "
             "Learning Programme.",
             "Learning and Development Officer", "Ongoing", "On track"),
        ]),
        ("kq", "How well is our care and support planned?"),
        ("req", "Area for improvement 3: To ensure that children experience stability, the provider should "
                "ensure that matching decisions are recorded, including how carers' skills meet the "
                "child's assessed needs.", [
            ("Introduce a matching record template to be completed for every planned placement and shared "
             "with carers before the child moves in.",
             "Senior Practitioner (Fostering)", "June 2025", "Not started"),
        ]),
    ]
    nrows = 1 + sum(1 if b[0] == "kq" else len(b[2]) for b in blocks)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    for j, hd in enumerate(heads):
        bold_cell(t.cell(0, j), hd)
        shade(t.cell(0, j), "BDD7EE")
    stcol = {"Complete": BLUE, "On track": GREEN, "Slipped": AMBER, "Not started": None}
    i = 1
    for b in blocks:
        if b[0] == "kq":
            m = t.cell(i, 0).merge(t.cell(i, 4))
            bold_cell(m, b[1])
            shade(m, "D9D9D9")
            i += 1
            continue
        _, req, acts = b
        first = i
        t.cell(i, 0).text = req
        for text, who, when, status in acts:
            t.cell(i, 1).text = text
            t.cell(i, 2).text = who
            set_cell(t.cell(i, 3), when)
            t.cell(i, 4).text = status
            if stcol[status]:
                shade(t.cell(i, 4), stcol[status])
            i += 1
        if i - 1 > first:
            t.cell(first, 0).merge(t.cell(i - 1, 0))
    doc.add_paragraph()
    doc.add_paragraph("Plan owner: Service Manager (Children's Resources). Next update due to the Care "
                      "Inspectorate link inspector: March 2025.")
    doc.save(out("fw1-stirling-council-fostering-service-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Tower Hamlets – Corporate Parenting Board action plan (csv export)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def tower_hamlets():
    rows = [
        ["London Borough of Tower Hamlets – Corporate Parenting Board Action Plan 2024–2026", "", "", "",
         "", "", ""],
        ["Exported from the Children and Culture performance tracker on 14/10/2025", "", "", "", "", "", ""],
        [],
        ["Priority", "Ref", "Action", "Lead", "Due", "RAG", "Progress update"],
        ["Priority 1: Our children are listened to and shape the services they receive", "", "", "", "",
         "", ""],
        ["", "1.1", "Hold a Children in Care Council takeover of the Corporate Parenting Board twice a year, "
                    "with young people setting the agenda.",
         "Participation Manager/CiCC Coordinator", "31/03/2025", "Complete",
         "Takeovers held in November 2024 and March 2025."],
        ["", "1.2", "Offer the Mind of My Own app to all children in care aged 8 and over, and report usage "
                    "to the Board quarterly.",
         "Head of Service – Children Looked After", "Sep-25", "Green",
         "Licence renewed; 142 statements received in Q1, up from 95."],
        ["", "1.3", "Review how complaints from children in care are handled\nand publish a child-friendly "
                    "complaints leaflet.",
         "Complaints Manager", "Jun-25", "Amber",
         "Review complete; leaflet with the CiCC for final design, launch delayed to November."],
        ["Priority 2: Our children live in stable, loving homes close to Tower Hamlets", "", "", "", "", "",
         ""],
        ["", "2.1", "Increase the number of in-house fostering households by 15 through the Foster for "
                    "Tower Hamlets campaign.",
         "Fostering Service Manager", "Q4 2025/26", "Red",
         "Net gain of 4 households; 3 carers retired in 2025. Recovery plan to December Board."],
        ["", "2.2", "Open a second four-bed children's home in the borough through the residential "
                    "development programme.",
         "Head of Commissioning & Head of Residential Services", "Dec-25", "Amber",
         "Property purchased; Ofsted registration application submitted in August."],
        ["Priority 3: Our care leavers are ready for adulthood", "", "", "", "", "", ""],
        ["", "3.1", "Extend the council tax exemption for care leavers living in Tower Hamlets up to age 25.",
         "Lead Member for Children's Services", "01/04/2025", "Complete",
         "Agreed at Budget Council, February 2025."],
        ["", "3.2", "Offer every care leaver a paid work experience placement or apprenticeship within the "
                    "Council.",
         "Head of Leaving Care Service; HR Business Partner", "Mar-26", "Green",
         "23 care leavers placed since April 2025."],
        ["", "3.3", "Hold termly health drop-ins for care leavers with the Looked After Children nurse team.",
         "Designated Nurse for Looked After Children", "Termly", "Green",
         "Drop-ins held in April and July; next on 4 November 2025."],
        [],
        ["Key: Complete = action delivered; Green = on track; Amber = some slippage; Red = off track", "",
         "", "", "", "", ""],
    ]
    with open(out("fw1-tower-hamlets-corporate-parenting-board-action-plan.csv"), "w", encoding="utf-8",
              newline="") as f:
        for r in rows:
            f.write(",".join(csv_field(v) for v in r) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Brighton & Hove Early Help Partnership – delivery plan, tab-separated (typo month: refuse)
# ---------------------------------------------------------------------------
def brighton():
    lines = [
        ["Brighton & Hove Early Help Partnership – Early Help Strategy Delivery Plan 2024–2026"],
        ["Quarter 2 2025/26 update – for the Early Help Partnership Board, 6 November 2025"],
        [],
        ["Ref", "Action", "Lead", "Deadline", "RAG", "Comments"],
        ["Theme 1: Families get the right help at the right time"],
        ["EH1.1", "Publish a refreshed Continuum of Need and Support guidance with partners, including "
                  "worked examples for schools.",
         "Head of Early Help", "Mar-25", "Complete", "Published April 2025 after BHSCP sign-off."],
        ["EH1.2", "Open two further Family Hubs in East Brighton and Hollingbury.",
         "Family Hubs Programme Manager", "Jun-25", "Complete", "Both hubs open."],
        ["EH1.3", "Introduce a single Early Help request for support form for all partner agencies, "
                  "replacing the current three forms.",
         "Front Door for Families Manager", "Febuary 2026", "Green",
         "Form built on the case management system; testing with schools in January."],
        ["Theme 2: The workforce is confident to offer early help"],
        ["EH2.1", "Train 200 practitioners from schools, health and the voluntary sector as Early Help "
                  "lead professionals.",
         "Early Help Workforce Development Lead", "Dec-25", "Green", "146 trained to date."],
        ["EH2.2", "Set up a multi-agency Early Help practice forum meeting every two months.",
         "Head of Early Help & BHSCP Business Manager", "Ongoing", "Green", "Forum met in June and August."],
        ["Theme 3: We know the difference early help makes"],
        ["EH3.1", "Develop an Early Help outcomes framework and dashboard reported to the Partnership Board.",
         "Performance and Insight Manager", "Sep-25", "Amber",
         "Dashboard draft shared; outcome measures for health partners still to be agreed."],
        ["EH3.2", "Carry out a thematic audit of step-down from children's social care to Early Help.",
         "Head of Safeguarding and Quality Assurance", "Jan-26", "Not started", ""],
        ["EH3.3", "Gather feedback from families at case closure and report themes quarterly.",
         "Family Hubs Programme Manager", "Quarterly", "Green", "Q2 response rate 38%."],
    ]
    with open(out("fw1-brighton-hove-early-help-partnership-action-plan-typo-month-refuse.txt"), "w",
              encoding="utf-8", newline="") as f:
        for l in lines:
            f.write("\t".join(l) + "\n")


if __name__ == "__main__":
    wakefield()
    calderdale()
    bradford()
    swindon()
    stirling()
    tower_hamlets()
    brighton()
    print("built 7 files in", HERE)
