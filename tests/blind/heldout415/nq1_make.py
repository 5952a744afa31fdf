"""Build the seven nq1- data files of set heldout415.

Run with /work/main/.venv/bin/python nq1_make.py (writes next to this script).
Each action below also carries the reading a person makes of it (EXP), which the
expected.yaml files were written from.
"""
import os
import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
FILLS = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Darlington - Ofsted focused visit action plan (xlsx)
# ---------------------------------------------------------------------------
DARL_NAME = "nq1-darlington-borough-council-focused-visit-action-plan.xlsx"
DARL_TITLE = "Ofsted Focused Visit 14 and 15 May 2024 – Action Plan"
DARL_AREAS = [
    ("1. Pre-birth assessment and planning",
     "The timeliness of pre-birth assessments, so that plans to reduce risk are in place well before babies are born.",
     [
         ("1.1", "Introduce a weekly pre-birth tracker, reviewed by the Service Manager, so that every pregnancy referral is allocated for assessment by 20 weeks' gestation.",
          "Service Manager (Safeguarding)", d(2024, 7, 31), None, "G", "B",
          "Tracker live from 1 July 2024; all referrals in July and August allocated within timescale.",
          dict(lead=["Service Manager (Safeguarding)"], end="2024-07", status="blue")),
         ("1.2", "Refresh the joint pre-birth protocol with CDDFT midwifery and relaunch it through joint briefings for social workers and midwives.",
          "Head of Service (Assessment and Safeguarding) / Named Midwife for Safeguarding", d(2024, 9, 30), d(2024, 11, 30), "G", "A",
          "Draft protocol agreed. Relaunch moved to align with the new hospital safeguarding lead starting in October.",
          dict(lead=["Head of Service (Assessment and Safeguarding)", "Named Midwife for Safeguarding"], end="2024-11", status="amber")),
         ("1.3", "Audit 20 pre-birth assessments completed since June 2024 and report the findings to the Improvement Board.",
          "Quality Assurance Manager", d(2024, 10, 31), None, None, "G",
          "Audit tool agreed; audits booked for w/c 16 September.",
          dict(lead=["Quality Assurance Manager"], end="2024-10", status="green")),
     ]),
    ("2. Management oversight and supervision",
     "The quality and consistency of management oversight and supervision, so that it is reflective and drives the progress of children's plans.",
     [
         ("2.1", "Revise the supervision policy and recording template so that each supervision record links to the child's plan and sets actions with timescales.",
          "Principal Social Worker", d(2024, 7, 31), None, "A", "B",
          "New template live on Liquidlogic from 29 July 2024.",
          dict(lead=["Principal Social Worker"], end="2024-07", status="blue")),
         ("2.2", "Deliver reflective supervision training to all team managers and assistant team managers in two cohorts.",
          "Principal Social Worker / Workforce Development Manager", d(2024, 9, 30), d(2025, 1, 31), "G", "R",
          "Cohort 1 cancelled because the trainer was unavailable; new provider commissioned. Cohorts now booked for November 2024 and January 2025.",
          dict(lead=["Principal Social Worker", "Workforce Development Manager"], end="2025-01", status="red")),
         ("2.3", "Heads of Service to dip sample ten supervision records each month and share themes at the Practice Standards meeting.",
          "Heads of Service", "Monthly", None, "G", "G",
          "June, July and August dip samples completed; themes shared 21 August.",
          dict(lead=["Heads of Service"], end=None, end_text="Monthly", status="green")),
     ]),
    ("3. Child in need planning",
     "The quality of child in need plans, so that they are specific, measurable and understood by parents.",
     [
         ("3.1", "Co-produce a new child in need plan template with parents from the Family Voice group.",
          "Team Manager CIN (North) & Team Manager CIN (South)", d(2024, 10, 31), None, "G", "G",
          "Two workshops held with parents; draft template being tested in the North team.",
          dict(lead=["Team Manager CIN (North)", "Team Manager CIN (South)"], end="2024-10", status="green")),
         ("3.2", "Introduce a review panel for child in need plans open longer than nine months, chaired by the Service Manager.",
          "Service Manager (Children in Need)", d(2024, 8, 31), None, None, "G",
          "First panel held 28 August 2024; to be evaluated after three panels.",
          dict(lead=["Service Manager (Children in Need)"], end="2024-08", status="green")),
     ]),
]


def make_darlington(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Summary of progress – Focused Visit Action Plan (position at 02/09/2024)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A3"], ws["B3"] = "RAG (Aug 2024)", "Number of actions"
    for c in ("A3", "B3"):
        ws[c].font = Font(bold=True)
    rows = [("Blue – complete", 2, BLUE), ("Green – on track", 4, GREEN),
            ("Amber – at risk", 1, AMBER), ("Red – off track", 1, RED)]
    r = 4
    for label, n, col in rows:
        ws.cell(r, 1, label).fill = fill(col)
        ws.cell(r, 2, n)
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    ws.cell(r, 2, 8).font = Font(bold=True)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Action Plan")
    widths = {"A": 6, "B": 38, "C": 55, "D": 30, "E": 14, "F": 14, "G": 10, "H": 10, "I": 50}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:I1")
    ws["A1"] = DARL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Darlington Borough Council – Children's Services: children in need and children subject to a child protection plan"
    ws["A2"].font = Font(italic=True)
    ws["A4"], ws["B4"] = "Plan owner:", "Assistant Director, Children's Services"
    ws["A5"], ws["B5"] = "Monitored by:", "Children's Services Improvement Board (monthly)"
    ws["A6"], ws["B6"] = "Last updated:", "02/09/2024"
    ws["A7"] = "RAG key:"
    for col, (txt, hx) in zip("BCDE", [("B – Complete and evidenced", BLUE), ("G – On track", GREEN),
                                        ("A – At risk of slipping", AMBER), ("R – Off track / overdue", RED)]):
        ws[f"{col}7"] = txt
        ws[f"{col}7"].fill = fill(hx)
    for c in ("A4", "A5", "A6", "A7"):
        ws[c].font = Font(bold=True)
    heads = ["Ref", "Area for improvement (Ofsted letter, 20 June 2024)", "Action", "Lead",
             "Original target date", "Revised target date", "RAG June 2024", "RAG Aug 2024", "Progress update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(9, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = WRAP
        c.border = BOX
    r = 10
    for theme, afi, acts in DARL_AREAS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D9E1F2")
        r += 1
        first = r
        for ref, action, lead, orig, rev, rag_prev, rag_now, upd, _exp in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, action)
            ws.cell(r, 4, lead)
            c = ws.cell(r, 5, orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rev is not None:
                ws.cell(r, 6, rev).number_format = "dd/mm/yyyy"
            for col, rag in ((7, rag_prev), (8, rag_now)):
                if rag:
                    c = ws.cell(r, col, rag)
                    c.fill = fill(FILLS[rag])
                    c.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 9, upd)
            for col in range(1, 10):
                ws.cell(r, col).border = BOX
                if col not in (7, 8):
                    ws.cell(r, col).alignment = WRAP
            r += 1
        ws.cell(first, 2, afi)
        ws.cell(first, 2).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1, "Notes: revised target dates were agreed by the Improvement Board on 22 July 2024. "
                  "Evidence for completed actions is held in the Focused Visit evidence folder.").font = Font(italic=True)
    ws.freeze_panes = "A10"
    wb.move_sheet("Summary", offset=1)  # plan first, summary of RAG counts after it
    wb.active = 0
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Wiltshire - Corporate Parenting Strategy action plan (xlsx, sheet per aim)
# ---------------------------------------------------------------------------
WILTS_NAME = "nq1-wiltshire-council-corporate-parenting-strategy-action-plan.xlsx"
WILTS_TITLE = "Wiltshire Council – Corporate Parenting Strategy 2023–2026: Action Plan"
WILTS_AIMS = [
    ("Aim 1", "Aim 1: Feel safe and happy in a stable home and in their community",
     "What you told us: “I want to stay in one place and not keep moving.”",
     [
         ("1.1", "Grow in-house fostering through the Fostering Wiltshire recruitment campaign, with a net gain of 15 fostering households by March 2025.",
          "Head of Fostering and Adoption", (d(2025, 3, 31), "mmm-yy"), "G",
          "Net gain of 9 households so far; 6 assessments due at panel Feb–Mar.",
          dict(lead=["Head of Fostering and Adoption"], end="2025-03", status="green")),
         ("1.2", "Open two further council-run children's homes in the county so that fewer children live more than 20 miles from Wiltshire.",
          "Director – Families and Children / Head of Commissioning", (d(2025, 12, 1), "mmm-yy"), "A",
          "First home registered with Ofsted. Second property purchase delayed by planning.",
          dict(lead=["Director – Families and Children", "Head of Commissioning"], end="2025-12", status="amber")),
         ("1.3", "Every care leaver to have an accommodation plan agreed at least three months before their 18th birthday.",
          "Head of Service – Children in Care and Care Leavers", ("Ongoing", None), "G",
          "94% in Q3 (target 95%).",
          dict(lead=["Head of Service – Children in Care and Care Leavers"], end=None, end_text="Ongoing", status="green")),
     ]),
    ("Aim 2", "Aim 2: Be the best they can be – achieving personally and educationally, with support into training and employment",
     "What you told us: “Help me with college and getting a job, not just school.”",
     [
         ("2.1", "Extend Virtual School PEP quality assurance to post-16 learners and care leavers in further education.",
          "Virtual School Headteacher", ("Summer term 2025", None), "G",
          "Post-16 ePEP launched with Wiltshire College in January.",
          dict(lead=["Virtual School Headteacher"], end="2025-07", end_text="Summer term 2025", status="green")),
         ("2.2", "Offer a ring-fenced council apprenticeship to every care leaver who wants one.",
          "HR Business Partner; Team Manager – Personal Advisers", (d(2025, 9, 30), "dd/mm/yyyy"), None,
          "Not yet started – linked to the 2025/26 apprenticeship levy plan.",
          dict(lead=["HR Business Partner", "Team Manager – Personal Advisers"], end="2025-09", status="unrated")),
     ]),
    ("Aim 3", "Aim 3: Physical and emotional wellbeing is supported",
     "What you told us: “It takes too long to get help when I’m struggling.”",
     [
         ("3.1", "Agree an emotional wellbeing pathway with the CAMHS children in care team so that children are seen within six weeks of referral.",
          "Designated Nurse for Children in Care (BSW ICB)", (d(2025, 4, 1), "mmm-yy"), "R",
          "Waiting times remain at 14 weeks. Escalated to the ICB Children's Board in December.",
          dict(lead=["Designated Nurse for Children in Care (BSW ICB)"], end="2025-04", status="red")),
         ("3.2", "Provide free leisure passes for all children in care and care leavers up to the age of 25.",
          "Head of Leisure Services", (d(2025, 1, 31), "dd/mm/yyyy"), "B",
          "Passes issued to 212 young people.",
          dict(lead=["Head of Leisure Services"], end="2025-01", status="blue")),
     ]),
    ("Aim 4", "Aim 4: Positive relationships with people who are important to them, and feeling part of their community",
     "What you told us: “I want to see my brothers and sisters more.”",
     [
         ("4.1", "Review family time arrangements for every child whose plan is long-term fostering, so that brothers and sisters keep in touch.",
          "Service Manager – Children in Care", (d(2025, 6, 1), "mmm-yy"), "G",
          "61 of 118 reviews completed.",
          dict(lead=["Service Manager – Children in Care"], end="2025-06", status="green")),
         ("4.2", "Set up a mentoring scheme matching care leavers with council staff volunteers.",
          "Care Leavers Service Manager and Volunteer Co-ordinator", ("Sept 2025", None), "A",
          "Scheme designed; DBS and training for volunteers taking longer than planned.",
          dict(lead=["Care Leavers Service Manager", "Volunteer Co-ordinator"], end="2025-09", status="amber")),
     ]),
    ("Aim 5", "Aim 5: Their voice is heard, matters and influences decision making",
     "What you told us: “Listen to us and tell us what changed.”",
     [
         ("5.1", "Children in Care Council and Care Leavers Forum to attend every Corporate Parenting Panel and set one agenda item for each meeting.",
          "Child and Youth Voice Team Manager", ("Quarterly", None), "G",
          "Attended October and January panels; January item on bus passes.",
          dict(lead=["Child and Youth Voice Team Manager"], end=None, end_text="Quarterly", status="green")),
         ("5.2", "Bring a recommendation to Full Council on treating care experience as a protected characteristic.",
          "Corporate Director – People", (d(2024, 10, 31), "dd/mm/yyyy"), "B",
          "Agreed by Full Council on 15 October 2024.",
          dict(lead=["Corporate Director – People"], end="2024-10", status="blue")),
     ]),
]


def make_wiltshire(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Front sheet"
    ws["A1"] = WILTS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Monitoring report to Corporate Parenting Panel – January 2025"
    ws["A4"], ws["B4"] = "Strategy owner", "Corporate Director – People"
    ws["A5"], ws["B5"] = "Reported to", "Corporate Parenting Panel (quarterly); Children's Select Committee (annually)"
    ws["A6"], ws["B6"] = "How to use", "There is one tab for each of the five aims in the strategy. The RAG column is colour only – see the Key tab."
    ws["A8"] = "Version control"
    ws["A8"].font = Font(bold=True)
    vc = [("Version", "Date", "Change", "Author"),
          ("1.0", "12/10/2023", "Approved by Full Council with the strategy", "Head of Service – Children in Care and Care Leavers"),
          ("1.2", "18/07/2024", "Update for July Panel", "Corporate Parenting Officer"),
          ("1.3", "20/01/2025", "Update for January Panel", "Corporate Parenting Officer")]
    for i, row in enumerate(vc):
        for j, v in enumerate(row):
            c = ws.cell(9 + i, 1 + j, v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    for k, v in {"A": 22, "B": 40, "C": 45, "D": 45}.items():
        ws.column_dimensions[k].width = v

    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    ws["A2"], ws["B2"] = "Colour", "Meaning"
    key = [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage – action being taken"),
           (RED, "Off track – escalated to Panel"), (None, "No colour – not yet started")]
    for i, (hx, meaning) in enumerate(key, 3):
        if hx:
            ws.cell(i, 1).fill = fill(hx)
        ws.cell(i, 1).border = BOX
        ws.cell(i, 2, meaning).border = BOX
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 40

    for sheet, aim, quote, acts in WILTS_AIMS:
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:F1")
        ws["A1"] = aim
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill("7030A0")
        heads = ["No.", "What we will do", "Who", "By when", "RAG", "Update (January 2025)"]
        for i, h in enumerate(heads, 1):
            c = ws.cell(3, i, h)
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            c.border = BOX
        r = 4
        for no, what, who, (when, fmt), rag, upd, _exp in acts:
            ws.cell(r, 1, no)
            ws.cell(r, 2, what)
            ws.cell(r, 3, who)
            c = ws.cell(r, 4, when)
            if fmt:
                c.number_format = fmt
            if rag:
                ws.cell(r, 5).fill = fill(FILLS[rag])
            ws.cell(r, 6, upd)
            for col in range(1, 7):
                ws.cell(r, col).border = BOX
                ws.cell(r, col).alignment = WRAP
            r += 1
        ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=6)
        ws.cell(r + 1, 1, quote).font = Font(italic=True)
        for k, v in {"A": 6, "B": 60, "C": 34, "D": 16, "E": 8, "F": 50}.items():
            ws.column_dimensions[k].width = v
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Shropshire - kinship local offer action plan (xlsx) - REFUSE (Febuary)
# ---------------------------------------------------------------------------
SHROP_NAME = "nq1-shropshire-council-kinship-care-local-offer-action-plan-typo-month-refuse.xlsx"
SHROP_TITLE = "Shropshire Council – Kinship Local Offer and Kinship Care Action Plan 2025–2027"
SHROP_ROWS = [
    # theme, ref, action, lead, start, due, status, comments
    ("1. Information and advice", "1.1",
     "Publish the Shropshire Kinship Local Offer on the council website and the Family Information Service, co-produced with kinship carers.",
     "Kinship Service Manager", "April 2025", "July 2025", "Complete", "Published 14 July 2025."),
    ("", "1.2",
     "Produce a plain-English guide for family and friends carers on the different legal orders (SGO, CAO and kinship foster care).",
     "Kinship Service Manager / Legal Services", "July 2025", "October 2025", "Complete", "Guide printed and online."),
    ("2. Practical and financial support", "2.1",
     "Align special guardianship allowances with the fostering allowance for the first two years of every new order.",
     "Head of Finance (People); Kinship Service Manager", "September 2025", "April 2026", "On track", "Cabinet report January 2026."),
    ("", "2.2",
     "Set up a kinship carers' support group in each of the north, central and south localities.",
     "Family Network Team Manager", "June 2025", "December 2025", "On track", "North and central groups running."),
    ("3. Education", "3.1",
     "Extend Virtual School advice and guidance to children in kinship care, in line with the new statutory duty.",
     "Virtual School Headteacher", "September 2025", "Febuary 2026", "On track", "Kinship education adviser appointed."),
    ("", "3.2",
     "Brief designated teachers on the needs of children in kinship care at the autumn DT conference.",
     "Virtual School Headteacher", "October 2025", "December 2025", "On track", "Conference booked 27 November."),
    ("4. Emotional and therapeutic support", "4.1",
     "Commission therapeutic parenting training for kinship carers through the Adoption and Special Guardianship Support Fund.",
     "Commissioning Officer (Children's)", "November 2025", "March 2026", "Not started", ""),
    ("", "4.2",
     "Recruit a kinship support worker in the Family Network team.",
     "Family Network Team Manager", "October 2025", "January 2026", "On track", "Interviews 2 December."),
]
SHROP_TYPO_ROW = 9  # sheet row of 3.1 (header on row 4, data from row 5)


def make_shropshire(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws.merge_cells("A1:H1")
    ws["A1"] = SHROP_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = ("Owner: Assistant Director – Children's Social Care and Safeguarding | "
                "Reviewed by: Kinship Care Steering Group | Updated: 14/11/2025")
    heads = ["Theme", "Ref", "Action", "Lead(s)", "Start", "Due", "Status", "Comments"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("385723")
        c.border = BOX
    status_fill = {"Complete": BLUE, "On track": GREEN, "Not started": None}
    for r, row in enumerate(SHROP_ROWS, 5):
        for col, v in enumerate(row, 1):
            c = ws.cell(r, col, v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        hx = status_fill.get(row[6])
        if hx:
            ws.cell(r, 7).fill = fill(hx)
    assert ws.cell(SHROP_TYPO_ROW, 6).value == "Febuary 2026"
    for k, v in {"A": 26, "B": 6, "C": 60, "D": 34, "E": 15, "F": 15, "G": 12, "H": 36}.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"
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


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    for ln in lines[1:]:
        p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold


def header_row(table, heads, hex_="1F3864"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, hex_)
        for p in c.paragraphs:
            for r in p.runs:
                r.font.color.rgb = None


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Redcar and Cleveland - Early Help Strategy delivery plan (docx)
# ---------------------------------------------------------------------------
RC_NAME = "nq1-redcar-and-cleveland-council-early-help-strategy-action-plan.docx"
RC_TITLE = "Early Help Strategy 2024–2027: Year One Delivery Plan"
RC_RAG = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Not started": "FFFFFF"}
RC_PRIORITIES = [
    ("Priority 1: Early help is everyone's business",
     "What we want to achieve: partners understand their part in early help and more early help assessments are led by partner agencies.",
     [
         ("1.1", "Launch a refreshed multi-agency early help training offer, including Early Help Assessment (EHA) lead practitioner training for schools, health and voluntary sector staff.",
          "Early Help Partnership Manager", "Sept 2024", "Complete", "Offer launched 9 September; 214 practitioners trained to date.",
          dict(lead=["Early Help Partnership Manager"], end="2024-09", status="blue")),
         ("1.2", "Increase the proportion of early help assessments led by partner agencies from 18% to 30%.",
          "Head of Early Help and Prevention; Education Safeguarding Lead; Named Nurse (0-19)", "March 2025", "Amber",
          "24% at end of Q3. Schools are up; health-led assessments remain low.",
          dict(lead=["Head of Early Help and Prevention", "Education Safeguarding Lead", "Named Nurse (0-19)"], end="2025-03", status="amber")),
         ("1.3", "Publish a single early help 'front door' guide for professionals on the RCSCP website.",
          "RCSCP Business Manager", "Q2 2024/25", "Complete", "Published August 2024.",
          dict(lead=["RCSCP Business Manager"], end="2024-09", end_text="Q2 2024/25", status="blue")),
     ]),
    ("Priority 2: The right help at the right time through our Family Hubs",
     "What we want to achieve: families can get help close to home, without having to tell their story more than once.",
     [
         ("2.1", "Open Family Hub sites in Redcar, Eston and Brotton, each with a named partnership co-ordinator.",
          "Family Hubs Programme Manager", "Sept 2024 – March 2025", "Green", "Redcar and Eston open; Brotton opens February 2025.",
          dict(lead=["Family Hubs Programme Manager"], end="2025-03", end_text="Sept 2024 – March 2025", status="green")),
         ("2.2", "Introduce a daily early help triage alongside the MACH so that families stepped down from children's social care are contacted within five working days.",
          "MACH Service Manager & Early Help Service Manager", "December 2024", "Red",
          "Triage not yet started because of vacancies in the MACH. Revised plan to the February Board.",
          dict(lead=["MACH Service Manager", "Early Help Service Manager"], end="2024-12", status="red")),
         ("2.3", "Extend the Start for Life parenting programme to evenings and weekends.",
          "Start for Life Lead", "Ongoing", "Green", "Saturday sessions running at Redcar hub.",
          dict(lead=["Start for Life Lead"], end=None, end_text="Ongoing", status="green")),
     ]),
    ("Priority 3: Strong and resilient families",
     "What we want to achieve: fewer families need a statutory service because problems are resolved earlier.",
     [
         ("3.1", "Roll out Reducing Parental Conflict training to all family practitioners.",
          "Workforce Development Officer", "31/01/2025", "Green", "Four of five cohorts delivered.",
          dict(lead=["Workforce Development Officer"], end="2025-01", status="green")),
         ("3.2", "Deliver the Supporting Families outcomes plan and achieve 650 successful family outcomes in 2024/25.",
          "Supporting Families Co-ordinator", "End of March 2025", "Amber", "412 outcomes claimed at Q3.",
          dict(lead=["Supporting Families Co-ordinator"], end="2025-03", status="amber")),
     ]),
    ("Priority 4: Knowing we are making a difference",
     "What we want to achieve: the Board can see the impact of early help and what families say about it.",
     [
         ("4.1", "Develop an early help performance dashboard for the Partnership Board, including re-referral rates and families' feedback.",
          "Performance and Intelligence Manager", "Q4 2024/25", "Not started", "Scoping meeting booked for February.",
          dict(lead=["Performance and Intelligence Manager"], end="2025-03", end_text="Q4 2024/25", status="unrated")),
         ("4.2", "Carry out a multi-agency audit of early help assessments every six months and report the learning to the Board.",
          "Early Help Quality Assurance Lead", "Six-monthly", "Green", "First audit reported November 2024.",
          dict(lead=["Early Help Quality Assurance Lead"], end=None, end_text="Six-monthly", status="green")),
     ]),
]


def make_redcar(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(RC_TITLE, style="Title")
    doc.add_paragraph("Redcar and Cleveland Children and Young People's Partnership – progress report to the "
                      "Early Help Partnership Board, January 2025")
    doc.add_paragraph("Document control", style="Heading 2")
    dc = [("Document owner", "Head of Early Help and Prevention"),
          ("Approved by", "Children and Young People's Partnership Board"),
          ("Version", "1.4"),
          ("Date", "January 2025")]
    t = doc.add_table(rows=len(dc), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(dc):
        set_cell(t.rows[i].cells[0], a, bold=True)
        set_cell(t.rows[i].cells[1], b)
    doc.add_paragraph("RAG rating key", style="Heading 2")
    key = [("Complete", "Action completed and impact evidenced"), ("Green", "On track"),
           ("Amber", "Some delay; mitigation in place"), ("Red", "Significant delay; escalated to the Board"),
           ("Not started", "Scheduled to start later in the plan")]
    t = doc.add_table(rows=len(key), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(key):
        set_cell(t.rows[i].cells[0], a, bold=True)
        shade(t.rows[i].cells[0], RC_RAG[a])
        set_cell(t.rows[i].cells[1], b)
    heads = ["No.", "What we will do", "Lead", "By when", "RAG", "Q3 update"]
    for prio, aim, acts in RC_PRIORITIES:
        doc.add_paragraph(prio, style="Heading 1")
        t = doc.add_table(rows=1 + len(acts), cols=len(heads))
        t.style = "Table Grid"
        header_row(t, heads, "D9E2F3")
        for i, (no, what, lead, when, rag, upd, _exp) in enumerate(acts, 1):
            cells = t.rows[i].cells
            for c, v in zip(cells, (no, what, lead, when, rag, upd)):
                set_cell(c, v)
            shade(cells[4], RC_RAG[rag])
        widths = [Cm(1.2), Cm(8.5), Cm(4.5), Cm(3), Cm(2.2), Cm(6.5)]
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
    doc.add_paragraph("")
    doc.add_paragraph("Next review: Early Help Partnership Board, April 2025.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. St Helens - children's home Ofsted inspection action plan (docx)
# ---------------------------------------------------------------------------
SH_NAME = "nq1-st-helens-council-childrens-home-ofsted-action-plan.docx"
SH_TITLE = "Moss Bank Children’s Home – Ofsted Inspection Action Plan"
GUIDE = "‘Guide to the Children’s Homes Regulations, including the quality standards’"
SH_REQS = [
    ("12 (1)(2)(a)(i)",
     "The registered person must ensure that staff understand their roles and responsibilities in relation to protecting children, specifically the completion and use of return home interviews when a child has been missing from the home.",
     [
         ("All staff to complete the missing from home and care refresher training delivered by the Missing and Exploitation Co-ordinator.",
          "Registered Manager", "14/02/2025", "Completed",
          dict(lead=["Registered Manager"], end="2025-02", status="blue")),
         ("Return home interview outcomes added as a standing item at team meetings and reviewed in each child’s monthly key-work session.",
          "Registered Manager / Deputy Manager", "28/02/2025", "Completed",
          dict(lead=["Registered Manager", "Deputy Manager"], end="2025-02", status="blue")),
     ]),
    ("13 (1)(a)(2)(h)",
     "The registered person must ensure that the home has sufficient permanent staff to provide children with consistent care, and that the use of agency staff is reduced.",
     [
         ("Recruit to 2.5 FTE residential child care worker vacancies through the council’s rolling residential recruitment campaign.",
          "Responsible Individual and HR Business Partner", "31/03/2025\nRevised: 30/06/2025", "Amber",
          dict(lead=["Responsible Individual", "HR Business Partner"], end="2025-06", status="amber")),
         ("Agree a core agency arrangement so that only two named agency staff cover shifts at the home.",
          "Registered Manager", "31/01/2025", "Completed",
          dict(lead=["Registered Manager"], end="2025-01", status="blue")),
     ]),
]
SH_RECS = [
    ("The registered person should ensure that children’s placement plans and risk assessments are updated promptly following any significant incident. (" + GUIDE + ", page 42, paragraph 9.5)",
     [
         ("Deputy Manager to review each child’s placement plan and risk assessment within 72 hours of any significant incident and record this in the Regulation 45 evidence file.",
          "Deputy Manager", "Ongoing", "Green",
          dict(lead=["Deputy Manager"], end=None, end_text="Ongoing", status="green")),
     ]),
    ("The registered person should ensure that the home is well maintained, specifically the kitchen and the downstairs bathroom. (" + GUIDE + ", page 15, paragraph 3.9)",
     [
         ("Kitchen replacement ordered through Property Services; children to be consulted on the design.",
          "Head of Residential Services", "April 2025", "Amber",
          dict(lead=["Head of Residential Services"], end="2025-04", status="amber")),
         ("Downstairs bathroom refurbished.",
          "Property Services Manager", "31/01/2025", "Completed",
          dict(lead=["Property Services Manager"], end="2025-01", status="blue")),
     ]),
]
SH_STATUS_FILL = {"Completed": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def make_sthelens(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(SH_TITLE, style="Title")
    doc.add_paragraph("St Helens Borough Council – Children’s Residential Services")
    det = [("Setting", "Moss Bank Children’s Home"),
           ("Unique reference number", "SC489217"),
           ("Inspection dates", "3 and 4 December 2024"),
           ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
           ("Registered Manager", "Claire Hughes (appointed May 2024)"),
           ("Responsible Individual", "Head of Residential Services"),
           ("Plan last reviewed", "17/02/2025")]
    t = doc.add_table(rows=len(det), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(det):
        set_cell(t.rows[i].cells[0], a, bold=True)
        shade(t.rows[i].cells[0], "F2F2F2")
        set_cell(t.rows[i].cells[1], b)

    doc.add_paragraph("Requirements", style="Heading 1")
    doc.add_paragraph("The registered person must comply with the following requirements of the Children’s Homes "
                      "(England) Regulations 2015 by the dates set in the inspection report.")
    heads = ["Regulation", "Requirement", "Action", "Responsible person", "Target date", "Status"]
    n = sum(len(a) for _, _, a in SH_REQS)
    t = doc.add_table(rows=1 + n, cols=len(heads))
    t.style = "Table Grid"
    header_row(t, heads, "D9D9D9")
    r = 1
    for reg, req, acts in SH_REQS:
        first = r
        for action, who, when, status, _exp in acts:
            cells = t.rows[r].cells
            set_cell(cells[2], action)
            set_cell(cells[3], who)
            set_cell(cells[4], when)
            set_cell(cells[5], status)
            shade(cells[5], SH_STATUS_FILL[status])
            r += 1
        a = t.cell(first, 0).merge(t.cell(r - 1, 0)) if r - 1 > first else t.cell(first, 0)
        set_cell(a, reg)
        b = t.cell(first, 1).merge(t.cell(r - 1, 1)) if r - 1 > first else t.cell(first, 1)
        set_cell(b, req)

    doc.add_paragraph("Recommendations", style="Heading 1")
    heads = ["Recommendation", "Action", "Responsible person", "Target date", "Status"]
    n = sum(len(a) for _, a in SH_RECS)
    t = doc.add_table(rows=1 + n, cols=len(heads))
    t.style = "Table Grid"
    header_row(t, heads, "D9D9D9")
    r = 1
    for rec, acts in SH_RECS:
        first = r
        for action, who, when, status, _exp in acts:
            cells = t.rows[r].cells
            set_cell(cells[1], action)
            set_cell(cells[2], who)
            set_cell(cells[3], when)
            set_cell(cells[4], status)
            shade(cells[4], SH_STATUS_FILL[status])
            r += 1
        a = t.cell(first, 0).merge(t.cell(r - 1, 0)) if r - 1 > first else t.cell(first, 0)
        set_cell(a, rec)

    doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, who in enumerate(["Registered Manager", "Responsible Individual"]):
        set_cell(t.rows[i].cells[0], "Signed (" + who + ")", bold=True)
        set_cell(t.rows[i].cells[2], "Date", bold=True)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Sunderland (Together for Children) - ILACS improvement plan (csv export)
# ---------------------------------------------------------------------------
TFC_NAME = "nq1-sunderland-together-for-children-ilacs-improvement-plan.csv"
TFC_TITLE = "Together for Children Sunderland - ILACS 2025 Improvement Plan"
TFC_R1 = "The quality and timeliness of pathway plans for care leavers, so that they are updated when circumstances change and are written to the young person."
TFC_R2 = "Care leavers' access to their health histories."
TFC_R3 = "The consistency of return home interviews for children who go missing from care, so that the information is used to reduce risk."
TFC_ROWS = [
    ("1.1", TFC_R1, "Revise the pathway plan template with the Care Leavers' Forum so that it is written directly to the young person.",
     "Robson, Claire", "31/03/2025", "", "Complete", "New template live on Mosaic from 24/03/2025.",
     dict(lead=["Robson, Claire"], end="2025-03", status="blue")),
    ("1.2", TFC_R1, "Personal advisers to review every pathway plan within 10 working days of a change of accommodation, education or employment.\nCompliance reported monthly to the Head of Service.",
     "Robson, Claire; Henderson, Mark", "30/06/2025", "30/09/2025", "Green", "August compliance 88%.",
     dict(lead=["Robson, Claire", "Henderson, Mark"], end="2025-09", status="green")),
    ("1.3", TFC_R1, "Audit 25 pathway plans each quarter using the care leaver audit tool and feed back to PAs through group supervision.",
     "Quality Assurance Team", "Quarterly", "", "Green", "Q1 and Q2 audits complete; 80% good or better.",
     dict(lead=["Quality Assurance Team"], end=None, end_text="Quarterly", status="green")),
    ("2.1", TFC_R2, "Agree with the ICB and the Designated Doctor a process for every care leaver to receive a written health history before their 18th birthday.",
     "Designated Nurse for Looked After Children", "31/05/2025", "31/12/2025", "Amber",
     "Process agreed in principle at Health Sub-group 12/06/2025.\nSecure way of sharing summaries with young people still outstanding.",
     dict(lead=["Designated Nurse for Looked After Children"], end="2025-12", status="amber")),
    ("2.2", TFC_R2, "Offer care leavers aged 18–25 who did not receive a health history a catch-up health summary appointment.",
     "Designated Nurse for Looked After Children / Leaving Care Service Manager", "31/12/2025", "", "Not Started", "Dependent on 2.1.",
     dict(lead=["Designated Nurse for Looked After Children", "Leaving Care Service Manager"], end="2025-12", status="unrated")),
    ("3.1", TFC_R3, "Introduce a weekly missing-from-care panel, chaired by the Service Manager, to track the quality of return home interviews and the actions that follow.",
     "Ellis, Joanne", "30/04/2025", "", "Complete", "Panel running since 07/04/2025.",
     dict(lead=["Ellis, Joanne"], end="2025-04", status="blue")),
    ("3.2", TFC_R3, "Share return home interview intelligence with Northumbria Police and the exploitation hub within 72 hours.",
     "Ellis, Joanne; Missing and Exploitation Lead", "30/06/2025", "30/11/2025", "Red",
     "Information sharing agreement awaiting sign-off by the police.",
     dict(lead=["Ellis, Joanne", "Missing and Exploitation Lead"], end="2025-11", status="red")),
]


def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_sunderland(path):
    ncol = 8
    lines = [
        [TFC_TITLE] + [""] * (ncol - 1),
        ["Report run: 06/10/2025 09:14"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Ref", "Recommendation", "Action", "Owner", "Original Due Date", "Revised Due Date", "RAG Status", "Latest Update"],
    ]
    for row in TFC_ROWS:
        lines.append(list(row[:8]))
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in lines:
            f.write(",".join(csv_field(v) for v in row) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Cornwall - Virtual School improvement plan (tab-separated text)
# ---------------------------------------------------------------------------
CVS_NAME = "nq1-cornwall-council-virtual-school-improvement-plan.txt"
CVS_TITLE = "Cornwall Virtual School – School Improvement Plan 2024-25"
CVS_PRIORITIES = [
    ("Priority 1: Raise the quality of Personal Education Plans (PEPs)",
     "Every child in care has a high-quality PEP that is reviewed each term",
     [
         ("1a", "Revise the PEP quality assurance rubric and moderate it with designated teachers at the autumn DT network.",
          "JT", "90% of PEPs judged good or better", "Autumn term 2024", "B",
          dict(lead=["JT"], end="2024-12", end_text="Autumn term 2024", status="blue")),
         ("1b", "Move PEP completion onto the ePEP platform for post-16 learners in further education.",
          "JT/SM", "Post-16 PEP completion rises to 85%", "Spring term 2025", "G",
          dict(lead=["JT", "SM"], end="2025-04", end_text="Spring term 2025", status="green")),
         ("1c", "Train newly qualified social workers to write SMART PEP targets as part of the ASYE programme.",
          "SM, PSW", "Whole ASYE cohort trained", "Termly", "G",
          dict(lead=["SM", "PSW"], end=None, end_text="Termly", status="green")),
     ]),
    ("Priority 2: Improve attendance and reduce suspensions",
     "Attendance of children in care is above 93% and no child in care is permanently excluded",
     [
         ("2a", "Monitor attendance daily through Welfare Call, with same-day follow-up of any unexplained absence.",
          "KP", "Overall attendance 93% or higher", "Ongoing", "G",
          dict(lead=["KP"], end=None, end_text="Ongoing", status="green")),
         ("2b", "Attend every suspension review meeting for a child in care and offer schools a consultation on alternatives to suspension.",
          "KP & Education Advisers", "Suspension days down by 20%", "July 2025", "A",
          dict(lead=["KP", "Education Advisers"], end="2025-07", status="amber")),
     ]),
    ("Priority 3: Promote the education of children with a social worker and children in kinship care",
     "Schools and carers know what support is available and how to get it",
     [
         ("3a", "Deliver briefings for designated safeguarding leads on the extended Virtual School Head role.",
          "VSH", "All secondary DSLs have attended", "Spring term 2025", "B",
          dict(lead=["VSH"], end="2025-04", end_text="Spring term 2025", status="blue")),
         ("3b", "Publish advice and guidance for kinship carers on the Virtual School web pages.",
          "VSH; CR", "Pages live and reviewed by kinship carers' group", "March 2025", "R",
          dict(lead=["VSH", "CR"], end="2025-03", status="red")),
     ]),
    ("Priority 4: Post-16 and care leavers",
     "More care leavers are in education, employment or training",
     [
         ("4a", "Work with the Leaving Care Service to place a post-16 adviser in each further education college.",
          "RD", "NEET rate at 17 below 20%", "Summer term 2025", "A",
          dict(lead=["RD"], end="2025-07", end_text="Summer term 2025", status="amber")),
         ("4b", "Hold a celebration of achievement event with the Children in Care Council.",
          "VSH", "Event held with young people", "June 2025", "",
          dict(lead=["VSH"], end="2025-06", status="unrated")),
     ]),
]


def make_cornwall(path):
    out = [
        CVS_TITLE,
        "For children in care and previously looked after children\tReviewed termly by the Virtual School Governing Body",
        "RAG key: B = achieved, G = on track, A = some concern, R = not on track (position at end of spring term 2025)",
        "",
        "\t".join(["Ref", "Objective", "Action", "Lead", "Success criteria", "Timescale", "RAG"]),
    ]
    for prio, obj, acts in CVS_PRIORITIES:
        out.append(prio)
        for i, (ref, action, lead, crit, when, rag, _exp) in enumerate(acts):
            out.append("\t".join([ref, obj if i == 0 else "", action, lead, crit, when, rag]))
    out += [
        "",
        "Leads: JT – Deputy Headteacher; SM – PEP and Training Lead; KP – Attendance and Inclusion Lead; "
        "CR – Kinship Lead; RD – Post-16 Adviser; PSW – Principal Social Worker; VSH – Virtual School Headteacher",
        "Next review: Virtual School Governing Body, 12 June 2025",
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")


BUILDERS = [
    (DARL_NAME, make_darlington),
    (WILTS_NAME, make_wiltshire),
    (SHROP_NAME, make_shropshire),
    (RC_NAME, make_redcar),
    (SH_NAME, make_sthelens),
    (TFC_NAME, make_sunderland),
    (CVS_NAME, make_cornwall),
]


def main():
    for name, fn in BUILDERS:
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
