"""Build the seven et2- test files of set heldout184.

Run with:  /work/main/.venv/bin/python et2_make.py
Writes the data files beside this script (docx with python-docx, xlsx with openpyxl,
csv/txt written directly). The NAME.expected.yaml readings beside each file were written
from this content (they are not produced by this script).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, GREY = "0070C0", "00B050", "FFC000", "FF0000", "D9D9D9"


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9):
    """Write text into a cell; each '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    first = cell.paragraphs[0]
    for i, part in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


def set_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


# ---------------------------------------------------------------------------
# 1. Cambridgeshire and Peterborough SAB - SAR 'Adult T' action plan (docx)
# ---------------------------------------------------------------------------
SAR_FILE = "et2-cambridgeshire-peterborough-sab-sar-adult-t-action-plan.docx"
SAR_RECS = [
    ("Recommendation 1: The SAB should seek assurance that practitioners across partner agencies "
     "understand and apply the Self-Neglect and Hoarding Policy, including the use of multi-agency "
     "risk management meetings where a person declines support.", [
        ("1.1", "Relaunch the Self-Neglect and Hoarding Policy through a 7-minute briefing and a practitioner "
                "webinar, recorded and made available on the SAB website.",
         "SAB Business Manager", "April 2025",
         "Webinar held 4 March 2025 (212 attendees); 7-minute briefing published on the website.", BLUE),
        ("1.2", "Undertake a multi-agency audit of 20 self-neglect cases to test whether risk management "
                "meetings were convened when the adult declined care and support.",
         "Quality and Performance Sub-group Chair", "Q1 2025/26",
         "Audit tool agreed; case selection delayed by data request to Adult Social Care.", AMBER),
    ]),
    ("Recommendation 2: Cambridgeshire County Council and Peterborough City Council should ensure that "
     "mental capacity assessments are completed and recorded where there is reason to doubt a person’s "
     "capacity to make decisions about their care and living conditions.", [
        ("2.1", "Review the Adult Social Care mental capacity assessment template so that executive "
                "functioning is considered and recorded.",
         "Principal Social Worker (Adults)", "30/04/2025",
         "Revised template drafted and out for consultation with practitioners.", GREEN),
        ("2.2", "Deliver mandatory MCA refresher training to all adult social care practitioners, with "
                "attendance reported to the SAB quarterly.",
         "Head of Adult Safeguarding / Workforce Development Manager", "September 2025",
         "Sessions scheduled from April 2025; 38% of staff booked.", GREEN),
    ]),
    ("Recommendation 3: Partner agencies should strengthen information sharing between primary care, the "
     "ambulance service and the fire service when a person is known to be at risk of fire due to hoarding "
     "and smoking.", [
        ("3.1", "Agree a referral pathway from East of England Ambulance Service and GP practices to "
                "Cambridgeshire Fire and Rescue Service for Safe and Well visits.",
         "CFRS Head of Prevention", "Jan 2025",
         "Pathway agreed at the December 2024 Board and launched 13 January 2025.", BLUE),
        ("3.2", "Issue guidance to GP practices on recording hoarding and fire risk as a coded alert on the "
                "patient record.\nGuidance to be shared through the ICB safeguarding newsletter.",
         "Designated Nurse for Safeguarding Adults (C&P ICB)", "31 July 2025",
         "Coding agreed with the primary care team; guidance awaiting sign-off by the LMC.", AMBER),
    ]),
    ("Recommendation 4: The SAB should seek assurance that the learning from this review is embedded and "
     "that its impact is evaluated.", [
        ("4.1", "Hold a learning event for practitioners and managers involved in Adult T’s care, facilitated "
                "by the independent reviewer.",
         "SAB Independent Chair", "21/01/2025",
         "Held 21 January 2025; 46 practitioners from 11 agencies attended.", BLUE),
        ("4.2", "Re-audit practice against this action plan twelve months after publication and report "
                "findings to the Board.",
         "SAR Sub-group", "November 2025", "", None),
    ]),
]


def build_sar():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Cambridgeshire and Peterborough Safeguarding Adults Board")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("Safeguarding Adults Review ‘Adult T’ – Multi-Agency Action Plan", level=1)

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "v1.3"), ("Date of this version", "17 March 2025"),
                 ("SAR published", "12 November 2024"),
                 ("Plan owner", "SAR Sub-group"),
                 ("Next review", "SAR Sub-group, June 2025")]:
        row = dc.add_row()
        cell_text(row.cells[0], k, bold=True)
        cell_text(row.cells[1], v)
        shade(row.cells[0], GREY)
    set_widths(dc, [5, 9])

    doc.add_paragraph()
    doc.add_paragraph("Progress RAG key")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for c, (t, f) in zip(key.rows[0].cells, [
            ("Blue – completed and evidenced", BLUE),
            ("Green – on track", GREEN),
            ("Amber – some slippage, remedial action agreed", AMBER),
            ("Red – not started or significantly off track", RED)]):
        cell_text(c, t)
        shade(c, f)

    doc.add_paragraph()
    doc.add_paragraph(
        "Adult T was a 67-year-old man who lived alone in a privately rented flat in Peterborough. He died "
        "in a house fire in February 2023. The review found that agencies knew of his hoarding, smoking and "
        "declining health, but did not bring that information together. The Board accepted the four "
        "recommendations below; progress is reported to each meeting of the SAR Sub-group.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    heads = ["No.", "Action", "Lead agency / officer", "Target date",
             "Progress update (March 2025)", "RAG"]
    for c, h in zip(t.rows[0].cells, heads):
        cell_text(c, h, bold=True)
        shade(c, GREY)
    for rec, actions in SAR_RECS:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        cell_text(m, rec, bold=True)
        shade(m, "DEEAF6")
        for ref, action, lead, target, progress, fill in actions:
            row = t.add_row()
            for c, v in zip(row.cells, [ref, action, lead, target, progress, ""]):
                cell_text(c, v)
            if fill:
                shade(row.cells[5], fill)
    set_widths(t, [1.2, 8.5, 4.2, 2.6, 7.5, 1.5])

    doc.add_paragraph()
    doc.add_paragraph("Actions rated Blue will be removed from the plan once the evidence has been accepted "
                      "by the SAR Sub-group.")
    doc.save(os.path.join(HERE, SAR_FILE))


# ---------------------------------------------------------------------------
# 2. East and North Hertfordshire NHS Trust - maternity improvement plan (docx)
# ---------------------------------------------------------------------------
MAT_FILE = "et2-east-and-north-hertfordshire-nhs-trust-maternity-improvement-plan.docx"
MAT_THEMES = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("1.1", "Co-produce a revised birth reflections service with the Maternity and Neonatal Voices "
                "Partnership (MNVP).",
         "Consultant Midwife / MNVP Chair", "31/12/2024", "31/03/2025",
         "Service specification agreed; pilot clinics start February 2025.", "A"),
        ("1.2", "Translate key antenatal information leaflets into the five most spoken community languages "
                "and make them available through the Badger Notes app.",
         "Patient Experience Midwife", "Mar-25", "",
         "Three of five languages complete.", "G"),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("2.1", "Complete a Birthrate Plus® midwifery workforce review and present the findings to Trust "
                "Board.",
         "Director of Midwifery", "30/09/2024", "",
         "Presented to Trust Board October 2024; funded establishment uplift agreed.", "B"),
        ("2.2", "Implement a preceptorship and retention programme for newly qualified midwives, including a "
                "12-month rotation.",
         "Lead Midwife for Education and Retention", "31/03/2025", "",
         "September 2024 cohort of 22 midwives on programme.", "G"),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("3.1", "Embed the Perinatal Culture and Leadership Programme (PCLP) quad and publish the culture "
                "improvement plan to all maternity and neonatal staff.",
         "Director of Midwifery; Clinical Director for Obstetrics; Neonatal Clinical Lead",
         "30/11/2024", "28/02/2025",
         "SCORE survey results received late; plan not yet published.", "R"),
        ("3.2", "Ensure all PSII reports in maternity are shared with families within the PSIRF timescale and "
                "that family feedback is recorded on Datix.",
         "Maternity Governance Lead", "Jan-25", "",
         "100% compliance for Q3; audit evidence accepted by Safety Champions.", "B"),
    ]),
    ("Theme 4: Standards and structures that underpin safer, more personalised, and more equitable care", [
        ("4.1", "Achieve full compliance with Saving Babies’ Lives Care Bundle version 3, elements 1 to 6, as "
                "assessed by the LMNS.",
         "Obstetric Lead for SBLCBv3", "31/03/2025", "",
         "LMNS assessment December 2024: 84% overall; element 2 outstanding.", "G"),
        ("4.2", "Replace the CTG central monitoring system on the labour ward.",
         "Head of Midwifery / Chief Information Officer", "Q4 2024/25", "Q2 2025/26",
         "Supplier delay; revised date agreed by Quality and Safety Committee.", "A"),
        ("4.3", "Introduce a daily obstetric-led ward round on the antenatal ward, seven days a week.",
         "Clinical Director for Obstetrics", "31/10/2024", "",
         "In place since October 2024; rota compliance audited monthly.", "B"),
    ]),
]
BRAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def build_mat():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("East and North Hertfordshire NHS Trust")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("Maternity and Neonatal Improvement Plan 2024/25", level=1)

    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [("Meeting", "Trust Board – Public"), ("Date", "5 February 2025"),
                 ("Agenda item", "11"), ("Executive lead", "Chief Nurse"),
                 ("Report author", "Director of Midwifery"), ("Purpose", "Assurance")]:
        row = cover.add_row()
        cell_text(row.cells[0], k, bold=True)
        cell_text(row.cells[1], v)
        shade(row.cells[0], GREY)
    set_widths(cover, [4, 10])

    doc.add_heading("Executive summary", level=2)
    doc.add_paragraph(
        "The plan brings together actions arising from the CQC maternity inspection (report published June "
        "2024), the Three Year Delivery Plan for Maternity and Neonatal Services and Year 6 of the Maternity "
        "Incentive Scheme. Of the 9 actions, 3 are complete, 3 are on track, 2 are at risk and 1 is off track. "
        "Actions are grouped under the four themes of the Three Year Delivery Plan.")

    doc.add_heading("BRAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for letter, meaning in [("B", "Complete – evidence accepted by the Maternity and Neonatal Safety Champions"),
                            ("G", "On track to deliver by the target date"),
                            ("A", "At risk – mitigation in place"),
                            ("R", "Off track – escalated to Quality and Safety Committee")]:
        row = key.add_row()
        cell_text(row.cells[0], letter, bold=True)
        shade(row.cells[0], BRAG_FILL[letter])
        cell_text(row.cells[1], meaning)
    set_widths(key, [1.5, 12])

    heads = ["Ref", "Action", "Lead", "Original date", "Revised date",
             "Progress update – January 2025", "BRAG"]
    for theme, actions in MAT_THEMES:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            cell_text(c, h, bold=True)
            shade(c, "FCE4D6")
        for ref, action, lead, orig, rev, prog, brag in actions:
            row = t.add_row()
            for c, v in zip(row.cells, [ref, action, lead, orig, rev, prog, brag]):
                cell_text(c, v)
            shade(row.cells[6], BRAG_FILL[brag])
        set_widths(t, [1.1, 7.8, 4.3, 2.2, 2.2, 6.5, 1.3])
    doc.add_paragraph()
    doc.add_paragraph("The plan is reviewed monthly at the Maternity and Neonatal Safety Champions meeting and "
                      "quarterly by the Quality and Safety Committee.")
    doc.save(os.path.join(HERE, MAT_FILE))


# ---------------------------------------------------------------------------
# xlsx helpers
# ---------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexrgb):
    return PatternFill("solid", start_color=hexrgb, end_color=hexrgb)


def put(ws, row, col, value, bold=False, bg=None, fmt=None, border=True, wrap=True, size=None):
    c = ws.cell(row=row, column=col, value=value)
    if bold or size:
        c.font = Font(bold=bold, size=size or 11)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    if wrap:
        c.alignment = WRAP
    return c


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


# ---------------------------------------------------------------------------
# 3. NHS Staffordshire and Stoke-on-Trent ICB - Board action log (xlsx)
# ---------------------------------------------------------------------------
ICB_FILE = "et2-staffordshire-stoke-on-trent-icb-board-action-log.xlsx"
ICB_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Overdue": RED,
                   "Deferred with agreement": AMBER}
ICB_OPEN = [
    ("Board meeting – 28 November 2024", [
        ("BA/24/41", "ICB/24/112",
         "Provide the Board with a breakdown of the month 7 deficit by place, showing the contribution of "
         "each provider to the system position.",
         "Chief Finance Officer", D(2025, 1, 23),
         "Included in the month 9 finance report (agenda item 9); propose closure.", "Complete"),
        ("BA/24/42", "ICB/24/115",
         "Bring a paper on the winter urgent and emergency care plan, including the trajectory for 45-minute "
         "ambulance handovers at Royal Stoke.",
         "Chief Delivery Officer", "27/03/2025 (revised from 23/01/2025)",
         "Deferred to the March meeting so that January performance data can be included.",
         "Deferred with agreement"),
        ("BA/24/43", "ICB/24/117",
         "Set out how the dental access recovery plan will be funded from the ring-fenced dental budget in "
         "2025/26.",
         "Director of Primary Care", D(2025, 1, 23),
         "Awaiting confirmation of the 2025/26 dental allocation from NHS England.", "Overdue"),
        ("BA/24/44", "ICB/24/118",
         "Circulate the system maternity and neonatal safety dashboard to Board members ahead of each "
         "meeting.",
         "Chief Nursing and Therapies Officer", "Ongoing",
         "Dashboard circulated with the January papers.", "On track"),
    ]),
    ("Board meeting – 23 January 2025", [
        ("BA/25/01", "ICB/25/006",
         "Review the ICB’s corporate risk register against the Board Assurance Framework and report any gaps "
         "to the Audit Committee.",
         "Chief Finance Officer / Director of Corporate Governance", D(2025, 3, 13),
         "Review under way; Audit Committee on 13 March 2025.", "On track"),
        ("BA/25/02", "ICB/25/009",
         "Provide an update on the refresh of the Joint Forward Plan, including engagement with the two "
         "Health and Wellbeing Boards.",
         "Chief Transformation Officer", D(2025, 5, 22), "", "On track"),
        ("BA/25/03", "ICB/25/014",
         "Arrange a Board development session on population health management and the use of the linked "
         "dataset.",
         "Chief Medical Officer; Director of Public Health (Stoke-on-Trent)", "April 2025", "", None),
    ]),
]
ICB_CLOSED = [
    ("Board meeting – 26 September 2024", [
        ("BA/24/33", "ICB/24/089",
         "Share the outcome of the NHS England review of the ICB’s running cost reduction plan with Board "
         "members.",
         "Chief Executive", D(2024, 11, 28), "Shared by email on 14 November 2024.", "Complete"),
        ("BA/24/35", "ICB/24/094",
         "Add a measure of children and young people’s mental health access to the integrated performance "
         "report.",
         "Chief Delivery Officer", D(2024, 11, 28), "Included from the November 2024 report.", "Complete"),
    ]),
]


def icb_sheet(ws, title, subtitle, sections, with_key):
    ws.merge_cells("A1:G1")
    put(ws, 1, 1, title, bold=True, border=False, wrap=False, size=14)
    ws.merge_cells("A2:G2")
    put(ws, 2, 1, subtitle, border=False, wrap=False)
    r = 4
    if with_key:
        put(ws, r, 1, "Key:", bold=True, border=False)
        for i, (label, f) in enumerate(ICB_STATUS_FILL.items()):
            put(ws, r, 2 + i, label, bg=f)
        r += 2
    heads = ["Action No.", "Minute ref", "Action", "Lead", "Due date", "Update", "Status"]
    for i, h in enumerate(heads, 1):
        put(ws, r, i, h, bold=True, bg="1F4E79").font = Font(bold=True, color="FFFFFF")
    ws.freeze_panes = ws.cell(row=r + 1, column=1)
    r += 1
    for heading, actions in sections:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        put(ws, r, 1, heading, bold=True, bg="DDEBF7")
        r += 1
        for ref, minute, action, lead, due, update, status in actions:
            put(ws, r, 1, ref)
            put(ws, r, 2, minute)
            put(ws, r, 3, action)
            put(ws, r, 4, lead)
            put(ws, r, 5, due, fmt="dd/mm/yyyy" if isinstance(due, dt.datetime) else None)
            put(ws, r, 6, update or None)
            put(ws, r, 7, status, bg=ICB_STATUS_FILL.get(status))
            r += 1
    widths(ws, {"A": 11, "B": 12, "C": 60, "D": 30, "E": 16, "F": 45, "G": 16})


def build_icb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    icb_sheet(ws, "NHS Staffordshire and Stoke-on-Trent ICB – Board Meeting in Public: Action Log",
              "Updated following the meeting held on 23 January 2025", ICB_OPEN, True)
    ws2 = wb.create_sheet("Closed actions")
    icb_sheet(ws2, "Actions closed at the Board meeting held on 23 January 2025",
              "Retained for one cycle, then archived", ICB_CLOSED, False)
    wb.save(os.path.join(HERE, ICB_FILE))


# ---------------------------------------------------------------------------
# 4. East Suffolk Council - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
CRR_FILE = "et2-east-suffolk-council-corporate-risk-register-q3-2024-25.xlsx"
CRR_RISKS = [
    ("CR01 – Financial Sustainability",
     "If the Council cannot close the funding gap identified in the Medium Term Financial Strategy, then it "
     "may be unable to set a balanced budget for 2026/27 and later years, leading to unplanned reductions "
     "in services.",
     "Chief Finance Officer and Section 151 Officer", "16\n(L4 x I4)", "9\n(L3 x I3)", [
         ("Deliver the 2025/26 savings programme of £3.2m, with monthly monitoring by the Strategic "
          "Management Team.", "Head of Financial Services", D(2026, 3, 31),
          "Savings proposals included in the draft 2025/26 budget.", GREEN),
         ("Refresh the Medium Term Financial Strategy to reflect the provisional Local Government Finance "
          "Settlement.", "Chief Finance Officer and Section 151 Officer", D(2025, 2, 28),
          "Refreshed MTFS approved by Full Council on 26 February 2025.", BLUE),
     ]),
    ("CR02 – Local Government Reorganisation",
     "If the Council does not engage effectively with devolution and local government reorganisation in "
     "Suffolk, then the interests of East Suffolk residents may not be reflected in the new arrangements "
     "and service delivery may be disrupted during transition.",
     "Chief Executive", "20\n(L5 x I4)", "12\n(L4 x I3)", [
         ("Submit an interim proposal for local government reorganisation in Suffolk to government by 21 "
          "March 2025.", "Chief Executive", D(2025, 3, 21),
          "Joint work with the other Suffolk districts under way.", GREEN),
         ("Establish an LGR programme board and programme management office, with dedicated legal and HR "
          "support.", "Strategic Director / Head of Legal and Democratic Services", "April 2025",
          "Programme board terms of reference drafted; PMO posts not yet recruited.", AMBER),
     ]),
    ("CR03 – Housing Regulation and Compliance",
     "If the Council does not meet the Regulator of Social Housing consumer standards, then tenants may be "
     "at risk and the Council may be subject to regulatory intervention.",
     "Head of Housing", "12\n(L3 x I4)", "8\n(L2 x I4)", [
         ("Complete stock condition surveys on the remaining 1,150 council homes.", "Head of Housing",
          D(2025, 3, 31), "2,870 of 4,020 homes surveyed.", AMBER),
         ("Clear the backlog of overdue fire risk assessment actions in sheltered and flatted blocks.",
          "Housing Compliance Manager", "Q1 2025/26",
          "118 high-priority actions outstanding; contractor capacity limited.", RED),
     ]),
    ("CR04 – Cyber Security",
     "If the Council suffers a successful cyber attack, then systems and data may be unavailable for a "
     "prolonged period, disrupting services and exposing personal data.",
     "Head of Digital, Programme Management and Customer Services", "16\n(L4 x I4)", "12\n(L3 x I4)", [
         ("Complete the annual PSN compliance health check and remediate all critical vulnerabilities.",
          "Head of ICT", D(2025, 1, 31), "PSN certificate renewed January 2025.", BLUE),
         ("Run a cyber incident exercise with the Strategic Management Team.",
          "Head of ICT", "Six-monthly", "Last exercise held November 2024.", GREEN),
     ]),
    ("CR05 – Coastal Erosion and Flooding",
     "If coastal erosion and tidal flooding accelerate, then homes, businesses and infrastructure on the "
     "East Suffolk coast may be lost or damaged.",
     "Head of Coastal Partnership East", "20\n(L4 x I5)", "15\n(L3 x I5)", [
         ("Progress the Lowestoft tidal flood walls in line with the Environment Agency funding agreement.",
          "Head of Coastal Partnership East", D(2025, 9, 30),
          "Construction on programme; phase 2 works started January 2025.", GREEN),
         ("Update the coastal adaptation plans for Thorpeness and Pakefield.",
          "Coastal Manager", D(2025, 7, 31), "Not yet started.", None),
     ]),
]


def build_crr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws.merge_cells("A1:J1")
    put(ws, 1, 1, "East Suffolk Council – Corporate Risk Register", bold=True, border=False, wrap=False,
        size=14)
    ws.merge_cells("A2:J2")
    put(ws, 2, 1, "Quarter 3 2024/25 (position at 31 December 2024) – reported to Audit and Governance "
                  "Committee, 24 March 2025", border=False, wrap=False)
    ws.merge_cells("A3:J3")
    put(ws, 3, 1, "Scores are Likelihood x Impact (1–5). Action status is shown by colour in column J – "
                  "see the ‘Key’ sheet.", border=False, wrap=False)
    heads = ["Risk", "Risk description", "Risk owner", "Current score", "Target score",
             "Further mitigating actions", "Action owner", "Due date", "Progress", "Status"]
    for i, h in enumerate(heads, 1):
        put(ws, 5, i, h, bold=True, bg="BDD7EE")
    r = 6
    for risk, desc, owner, cur, tgt, actions in CRR_RISKS:
        start = r
        for action, aowner, due, progress, f in actions:
            put(ws, r, 6, action)
            put(ws, r, 7, aowner)
            put(ws, r, 8, due, fmt="dd/mm/yyyy" if isinstance(due, dt.datetime) else None)
            put(ws, r, 9, progress)
            put(ws, r, 10, None, bg=f)
            r += 1
        for col, v in zip(range(1, 6), [risk, desc, owner, cur, tgt]):
            put(ws, start, col, v, bold=(col == 1))
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    widths(ws, {"A": 22, "B": 45, "C": 24, "D": 10, "E": 10, "F": 50, "G": 26, "H": 13, "I": 40,
                "J": 9})
    ws.freeze_panes = "A6"

    k = wb.create_sheet("Key")
    put(k, 1, 1, "Risk scoring", bold=True, border=False)
    put(k, 2, 1, "Score", bold=True)
    put(k, 2, 2, "Rating", bold=True)
    for i, (s, rating, f) in enumerate([("15–25", "High", RED), ("8–12", "Medium", AMBER),
                                        ("1–6", "Low", GREEN)], 3):
        put(k, i, 1, s)
        put(k, i, 2, rating, bg=f)
    put(k, 7, 1, "Action status (column J)", bold=True, border=False)
    for i, (label, f) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                    ("Minor slippage", AMBER),
                                    ("Significant slippage or overdue", RED),
                                    ("No colour – not yet started", None)], 8):
        put(k, i, 1, None, bg=f)
        put(k, i, 2, label)
    put(k, 14, 1, "Summary: 5 corporate risks – 4 high, 1 medium (current score).", border=False,
        wrap=False)
    widths(k, {"A": 12, "B": 36})
    wb.save(os.path.join(HERE, CRR_FILE))


# ---------------------------------------------------------------------------
# 5. North Yorkshire Council - transformation programme highlight report (xlsx)
# ---------------------------------------------------------------------------
NY_FILE = "et2-north-yorkshire-council-transformation-programme-highlight-report.xlsx"
NY_RAG_FILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
NY_WORKSTREAMS = [
    ("Workstream 1: Customer and Digital", "Head of Digital", "Amber", "Green", [
        ("1.1", "Launch the single North Yorkshire Council website, replacing the former district and borough "
                "council websites.", "Head of Digital", D(2024, 9, 30), D(2024, 12, 16), "Amber", "Complete",
         "Went live 16 December 2024; legacy sites redirecting."),
        ("1.2", "Migrate council tax and business rates accounts for all seven legacy areas onto a single "
                "revenues and benefits system.", "Head of Revenues and Benefits", D(2025, 4, 30),
         D(2025, 10, 31), "Amber", "Red",
         "Data cleansing issues in two legacy areas; go-live moved to after annual billing."),
    ]),
    ("Workstream 2: Property and Accommodation", "Corporate Director – Resources", "Green", "Amber", [
        ("2.1", "Agree the office accommodation strategy, including disposal of surplus former district "
                "council offices.", "Corporate Director – Resources", D(2025, 1, 31), None, "Green", "Green",
         "Strategy to Executive on 28 January 2025."),
        ("2.2", "Vacate and market the Knapping Mount offices in Scarborough.", "Head of Property Services",
         D(2025, 3, 31), D(2025, 6, 30), "Green", "Amber", "Staff moves delayed by ICT works at Town Hall."),
    ]),
    ("Workstream 3: Organisational Design", "Assistant Chief Executive (HR and Business Support)",
     "Amber", "Amber", [
        ("3.1", "Complete pay and grading harmonisation for all staff transferred from the former district "
                "and borough councils.", "Assistant Chief Executive (HR and Business Support)",
         D(2025, 4, 1), None, "Amber", "Amber",
         "Job evaluation 86% complete; trade union consultation continuing."),
        ("3.2", "Implement the new management structure below Head of Service level (tiers 4 and 5).",
         "Head of Organisational Development / Corporate Directors", D(2024, 11, 30), None, "Green",
         "Complete", "All appointments confirmed."),
    ]),
    ("Workstream 4: Adult Social Care Practice", "Assistant Director – Care and Support", "Green", "Green", [
        ("4.1", "Roll out strengths-based practice training to all adult social care teams.",
         "Assistant Director – Care and Support", D(2025, 3, 31), None, "Green", "Green",
         "11 of 14 teams trained."),
        ("4.2", "Introduce a digital financial assessment form for residents entering care.",
         "Head of Financial Assessment", "Q4 2024/25", "Q1 2025/26", "—", "Amber",
         "Form built; integration testing with the case management system outstanding."),
    ]),
]


def build_ny():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight"
    ws.merge_cells("A1:F1")
    put(ws, 1, 1, "North Yorkshire Council – Transformation Programme Highlight Report", bold=True,
        border=False, wrap=False, size=14)
    put(ws, 2, 1, "Reporting period:", bold=True, border=False)
    put(ws, 2, 2, "1 November – 31 December 2024", border=False, wrap=False)
    put(ws, 3, 1, "Senior Responsible Owner:", bold=True, border=False)
    put(ws, 3, 2, "Assistant Chief Executive – Transformation", border=False, wrap=False)
    put(ws, 4, 1, "Report to:", bold=True, border=False)
    put(ws, 4, 2, "Transformation Programme Board, 22 January 2025", border=False, wrap=False)
    put(ws, 6, 1, "Overall programme RAG", bold=True)
    put(ws, 6, 2, "Amber", bg=AMBER)

    put(ws, 8, 1, "Workstream summary", bold=True, border=False)
    for i, h in enumerate(["Workstream", "Workstream lead", "Previous RAG", "Current RAG"], 1):
        put(ws, 9, i, h, bold=True, bg="D9E1F2")
    r = 10
    for ws_name, lead, prev, cur, _ in NY_WORKSTREAMS:
        put(ws, r, 1, ws_name)
        put(ws, r, 2, lead)
        put(ws, r, 3, prev, bg=NY_RAG_FILL[prev])
        put(ws, r, 4, cur, bg=NY_RAG_FILL[cur])
        r += 1
    r += 1
    put(ws, r, 1, "Key messages", bold=True, border=False)
    msgs = ["The new website went live on 16 December 2024, two months later than baselined.",
            "The revenues and benefits migration is now Red; a recovery plan will come to the February Board.",
            "Two of eight milestones are complete; see the Milestones sheet for detail."]
    for m in msgs:
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        put(ws, r, 1, m, border=False, wrap=False)
    r += 2
    put(ws, r, 1, "Decisions required from Programme Board", bold=True, border=False)
    r += 1
    put(ws, r, 1, "None this period.", border=False, wrap=False)
    r += 2
    put(ws, r, 1, "RAG key", bold=True, border=False)
    for label, meaning in [("Green", "On track"), ("Amber", "At risk, recoverable within the workstream"),
                           ("Red", "Off track – Programme Board support needed"),
                           ("Complete", "Milestone delivered")]:
        r += 1
        put(ws, r, 1, label, bg=NY_RAG_FILL[label])
        put(ws, r, 2, meaning, wrap=False)
    widths(ws, {"A": 38, "B": 48, "C": 14, "D": 14, "E": 10, "F": 10})

    m = wb.create_sheet("Milestones")
    m.merge_cells("A1:H1")
    put(m, 1, 1, "Transformation Programme – key milestones", bold=True, border=False, wrap=False, size=13)
    heads = ["Ref", "Milestone", "Lead", "Baseline date", "Forecast date", "Previous RAG", "Current RAG",
             "Commentary"]
    for i, h in enumerate(heads, 1):
        put(m, 2, i, h, bold=True, bg="D9E1F2")
    r = 3
    for ws_name, _, _, _, items in NY_WORKSTREAMS:
        m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        put(m, r, 1, ws_name, bold=True, bg="F2F2F2")
        r += 1
        for ref, text, lead, base, fc, prev, cur, comm in items:
            put(m, r, 1, ref)
            put(m, r, 2, text)
            put(m, r, 3, lead)
            put(m, r, 4, base, fmt="dd-mmm-yy" if isinstance(base, dt.datetime) else None)
            put(m, r, 5, fc, fmt="dd-mmm-yy" if isinstance(fc, dt.datetime) else None)
            put(m, r, 6, prev, bg=NY_RAG_FILL.get(prev))
            put(m, r, 7, cur, bg=NY_RAG_FILL.get(cur))
            put(m, r, 8, comm)
            r += 1
    widths(m, {"A": 6, "B": 60, "C": 34, "D": 13, "E": 13, "F": 11, "G": 11, "H": 50})
    m.freeze_panes = "A3"
    wb.save(os.path.join(HERE, NY_FILE))


# ---------------------------------------------------------------------------
# 6. Safer Ealing Partnership - CSP plan 2024-25 delivery plan (csv)
# ---------------------------------------------------------------------------
CSP_FILE = "et2-safer-ealing-partnership-community-safety-plan-2024-25-delivery-plan.csv"
CSP_ROWS = [
    # priority, objective, ref, action, lead, partners, target, update, rag
    ("Priority 1: Tackling violence against women and girls",
     "1.1 Increase confidence to report domestic abuse and sexual violence", "1.1.1",
     "Deliver the ‘Ask for Angela’ and Safe Spaces schemes across licensed premises in Ealing Broadway and "
     "Southall town centres.",
     "Licensing Team Manager", "Met Police; Ealing BID", "Mar-25",
     "64 premises signed up; refresher training for door staff in November.", "G"),
    ("", "", "1.1.2",
     "Commission an independent domestic violence advocate (IDVA) service for the Ealing Hospital A&E "
     "department.",
     "VAWG Strategic Lead", "LNWH NHS Trust; NW London ICB", "31/10/2024",
     "Procurement delayed; contract award expected November 2024.", "A"),
    ("", "1.2 Hold perpetrators to account", "1.2.1",
     "Launch a perpetrator behaviour change programme with referral routes from MARAC and Children’s "
     "Services.\nTarget: 40 referrals in year one.",
     "VAWG Strategic Lead & Head of Children’s Social Care", "Probation Service; Met Police", "Q3 2024/25",
     "Provider appointed; first group starts in December.", "G"),
    ("Priority 2: Reducing serious violence and knife crime",
     "2.1 Deliver the Serious Violence Duty strategy", "2.1.1",
     "Refresh the Serious Violence Strategic Needs Assessment using 2023/24 police, health and education "
     "data.",
     "Community Safety Partnership Manager", "Public Health; Met Police", "30/06/2024",
     "Published July 2024 and presented to the Partnership Board.", "B"),
    ("", "", "2.1.2",
     "Extend the Youth Hub detached youth work offer to Acton and Northolt on Friday and Saturday evenings.",
     "Youth Services Manager", "Voluntary sector youth providers", "Ongoing",
     "Northolt sessions running since August; Acton from October.", "G"),
    ("", "2.2 Reduce weapon carrying among young people", "2.2.1",
     "Deliver knife crime awareness sessions in all Ealing secondary schools and alternative provision.",
     "Met Police Safer Schools Sergeant / Youth Justice Service Manager", "Ealing schools", "July 2025",
     "9 of 17 secondary schools visited; alternative provision not yet scheduled.", "A"),
    ("Priority 3: Tackling anti-social behaviour and neighbourhood crime",
     "3.1 Respond to residents’ concerns about ASB in town centres", "3.1.1",
     "Renew the Public Spaces Protection Order for Southall and Ealing Broadway town centres following "
     "public consultation.",
     "ASB and Enforcement Manager", "Met Police; Legal Services", "20/10/2024",
     "Consultation closed late; renewal now going to Cabinet in December 2024.", "R"),
    ("", "", "3.1.2",
     "Install 12 additional re-deployable CCTV cameras at ASB hotspots identified by the Tasking Group.",
     "CCTV Manager", "Met Police", "Mar-25", "Five cameras installed; sites for the rest agreed.", "G"),
]


def build_csp():
    ncol = 9
    rows = [["Safer Ealing Partnership – Community Safety Partnership Plan 2024-25: Delivery Plan"]
            + [""] * (ncol - 1),
            ["Quarter 2 update (to 30 September 2024)"] + [""] * (ncol - 1),
            [""] * ncol,
            ["Priority", "Objective", "Ref", "Action", "Lead", "Partners", "Target date", "Q2 update",
             "RAG"]]
    rows += [list(r) for r in CSP_ROWS]
    rows += [[""] * ncol,
             ["RAG key: G = on track; A = some slippage; R = off track; B = complete"] + [""] * (ncol - 1),
             ["Source: report to the Safer Ealing Partnership Board, 17 October 2024"] + [""] * (ncol - 1)]
    with open(os.path.join(HERE, CSP_FILE), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Safer Lambeth Partnership - DHR 'Grace' action plan, mistyped month (txt, tab-separated)
# ---------------------------------------------------------------------------
DHR_FILE = "et2-safer-lambeth-partnership-dhr-grace-action-plan-typo-month-refuse.txt"
DHR_LINES = [
    "Safer Lambeth Partnership",
    "Domestic Homicide Review ‘Grace’ – Multi-Agency Action Plan",
    "Progress as at 31 January 2025. Plan owner: DHR Oversight Group",
    "",
    "\t".join(["Rec", "Recommendation", "Action ref", "Action", "Lead agency", "Lead officer",
               "Target date", "Progress update", "Status"]),
    "\t".join(["1", "All agencies to ensure that practitioners routinely ask about domestic abuse when an older "
               "person discloses a change in their caring relationship.", "1a",
               "Include routine enquiry about domestic abuse in the adult social care Care Act assessment and "
               "carers’ assessment templates.", "Lambeth Council – Adult Social Care",
               "Principal Social Worker", "March 2025",
               "Templates updated; go-live with the March system release.", "On track"]),
    "\t".join(["", "", "1b", "Deliver training on domestic abuse in later life to district nursing and GP "
               "practice staff.", "NHS South East London ICB", "Designated Nurse for Safeguarding Adults",
               "June 2025", "First two sessions held in January 2025.", "On track"]),
    "\t".join(["2", "Guy’s and St Thomas’ NHS Foundation Trust to strengthen its response when a patient "
               "attends the Emergency Department with injuries that are inconsistent with the explanation "
               "given.", "2a", "Audit ED attendances by adults aged 60 and over with unexplained injuries to "
               "test whether routine enquiry took place.", "Guy’s and St Thomas’ NHS Foundation Trust",
               "Head of Safeguarding", "December 2024",
               "Audit complete; findings presented to the Trust Safeguarding Committee on 14 January 2025.",
               "Complete"]),
    "\t".join(["", "", "2b", "Place the hospital IDVA in the Emergency Department on weekday evenings.",
               "Guy’s and St Thomas’ NHS Foundation Trust", "Head of Safeguarding", "April 2025",
               "Funding agreed until March 2026.", "On track"]),
    "\t".join(["3", "The Safer Lambeth Partnership to assure itself that MARAC referrals capture the needs of "
               "older victims and any dependency on the person causing harm.", "3a",
               "Review the MARAC referral form so that the needs of older victims and any carer dependency "
               "are recorded.", "Lambeth Council – Community Safety", "VAWG Strategic Lead",
               "Setpember 2025", "MARAC steering group to consider a draft in April.", "On track"]),
    "\t".join(["", "", "3b", "Circulate a 7-minute briefing on this review to all Safer Lambeth Partnership "
               "agencies.", "Safer Lambeth Partnership", "DHR Coordinator", "May 2025",
               "Draft with the family for comment.", "Not started"]),
    "\t".join(["4", "The Home Office to consider including domestic abuse in later life in the refreshed "
               "statutory guidance for DHRs.", "4a",
               "Write to the Home Office setting out the learning from this review on abuse by an adult "
               "child who is also a carer.", "Safer Lambeth Partnership",
               "Chair of the Safer Lambeth Partnership", "February 2025", "Letter sent 20 January 2025.",
               "Complete"]),
    "",
    "Status key: Complete / On track / Delayed / Not started",
]
DHR_TYPO_LINE = 1 + next(i for i, ln in enumerate(DHR_LINES) if "Setpember" in ln)


def build_dhr():
    with open(os.path.join(HERE, DHR_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(DHR_LINES) + "\r\n")


if __name__ == "__main__":
    build_sar()
    build_mat()
    build_icb()
    build_crr()
    build_ny()
    build_csp()
    build_dhr()
    print("built 7 files; DHR typo on line", DHR_TYPO_LINE)
