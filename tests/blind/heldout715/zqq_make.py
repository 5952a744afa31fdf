"""Build the seven zqq- blind test files (set heldout715).

Run with: /work/main/.venv/bin/python zqq_make.py
Writes the data files next to this script. The .expected.yaml files are written separately.
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

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
GREY = "D9D9D9"

# ---------------------------------------------------------------------------
# 1. Denbighshire County Council - scrutiny recommendations tracker (CSV)
# ---------------------------------------------------------------------------
DCC_NAME = "zqq-denbighshire-county-council-scrutiny-recommendations-tracker-2024-25.csv"
DCC_HEADER = ["Ref", "Date of meeting", "Report / item", "Recommendation",
              "Responsible officer(s)", "Target date", "Revised target date", "RAG",
              "Progress update (March 2025)"]
DCC_SECTIONS = [
    ("Communities Scrutiny Committee", [
        ["CSC/24/02", "13/06/2024", "Highways maintenance and winter service",
         "That the Head of Highways and Environmental Services presents a revised carriageway resurfacing programme that prioritises the rural routes identified by Member Area Groups.",
         "Head of Highways and Environmental Services", "30/11/2024", "", "C",
         "Revised programme presented to committee on 21 November 2024. Recommendation closed."],
        ["CSC/24/05", "25/07/2024", "Flood risk management – lessons from Storm Babet",
         "That officers write to Natural Resources Wales asking for the timetable for the review of the Rhuddlan flood defences and report the response to Members by email.",
         "Flood Risk Manager", "Sept 2024", "Dec 2024", "C",
         "NRW response received 4 December 2024 and circulated to Members on 9 December 2024."],
        ["CSC/24/09", "10/10/2024", "New waste and recycling service – six-month update",
         "That a post-implementation review of the weekly Trolibocs recycling service, including missed collection data by ward, is reported to committee within twelve months of roll-out.",
         "Head of Highways and Environmental Services / Waste Operations Manager", "Q2 2025/26", "", "G",
         "Ward-level data now extracted monthly from the in-cab system. Review scheduled for the September 2025 meeting."],
    ]),
    ("Partnerships Scrutiny Committee", [
        ["PSC/24/03", "18/07/2024", "North Wales Regional Partnership Board – annual report 2023/24",
         "That the Corporate Director: Social Services and Education seeks assurance from Betsi Cadwaladr University Health Board on delayed hospital discharges from Ysbyty Glan Clwyd and reports the response to committee.",
         "Corporate Director: Social Services and Education", "31/01/2025", "26/06/2025", "A",
         "BCUHB response received February 2025. Report deferred to the June 2025 meeting at the Health Board's request."],
        ["PSC/24/06", "26/09/2024", "School transport for learners with additional learning needs",
         "That the Head of Education and the Passenger Transport Manager produce bilingual guidance for parents and carers on ALN transport eligibility and publish it on the Council website.",
         "Head of Education; Passenger Transport Manager", "31/12/2024", "30/04/2025", "A",
         "Guidance drafted and translated. Publication held until the revised Learner Travel Policy is approved by Cabinet in April 2025."],
        ["PSC/25/01", "23/01/2025", "Community Safety Partnership annual report",
         "That the Partnership's performance data on anti-social behaviour in Rhyl town centre is reported to committee at six-monthly intervals.",
         "Community Safety Manager", "Six-monthly", "", "G",
         "First six-monthly report programmed for July 2025."],
    ]),
    ("Performance Scrutiny Committee", [
        ["PER/24/04", "11/07/2024", "Staff recruitment, retention and workforce planning",
         "That the Workforce Plan 2024-28 is amended to include targets for Welsh language skills at recruitment and the amended plan is reported to Governance and Audit Committee.",
         "Head of Legal, HR and Democratic Services", "31/10/2024", "", "R",
         "Not achieved by target date. Amendment on hold pending the review of the Council's compliance with the Welsh Language Standards; a revised date will be proposed to the next meeting."],
        ["PER/24/07", "28/11/2024", "Corporate Plan performance update – Quarter 2 2024/25",
         "That the measures on empty homes brought back into use are broken down by town and included in future quarterly performance reports.",
         "Strategic Planning and Performance Team Leader", "End of June 2025", "", "",
         "Not yet started. Data by town will be available from the Quarter 4 report."],
        ["PER/25/02", "30/01/2025", "Planning enforcement caseload",
         "That the Head of Planning, Public Protection and Countryside Services provides Members with a monthly briefing on the enforcement caseload until open cases fall below 150.",
         "Head of Planning, Public Protection and Countryside Services", "Monthly", "", "A",
         "Briefings issued for February and March 2025. Open cases at 31 March 2025: 212."],
    ]),
]


def make_denbighshire():
    ncol = len(DCC_HEADER)
    pad = lambda first: [first] + [""] * (ncol - 1)
    rows = [
        pad("Cyngor Sir Ddinbych / Denbighshire County Council"),
        pad("Scrutiny Recommendations Tracker 2024/25"),
        pad("Position as at 31 March 2025 – reported to the Scrutiny Chairs and Vice-Chairs Group, 24 April 2025"),
        [""] * ncol,
        list(DCC_HEADER),
    ]
    for committee, recs in DCC_SECTIONS:
        rows.append(pad(committee))
        rows.extend(recs)
    rows.append([""] * ncol)
    rows.append(pad("RAG key: G = on track; A = some slippage, revised date agreed or proposed; R = not achieved by target date / at risk; C = completed (recommendation closed)"))
    rows.append(pad("Closed (C) recommendations are reported once and then removed from the tracker."))
    path = os.path.join(HERE, DCC_NAME)
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)


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


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; a list gives one paragraph per item."""
    parts = text if isinstance(text, list) else [text]
    cell.text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for cell, label in zip(table.rows[0].cells, labels):
        set_cell(cell, label, bold=True)
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, fill)


# ---------------------------------------------------------------------------
# 2. Cwm Taf Morgannwg Safeguarding Board - CPRR regional improvement plan (docx)
# ---------------------------------------------------------------------------
CTM_NAME = "zqq-cwm-taf-morgannwg-safeguarding-board-child-protection-rapid-review-improvement-plan.docx"
CTM_TITLE = "Child Protection Rapid Review – Regional Improvement Plan"
CTM_THEMES = [
    ("Theme 1: Information sharing",
     "CIW recommendation 1: Safeguarding partners should ensure that relevant information about children is shared promptly and consistently between agencies, including when a decision is made to remove a child’s name from the child protection register.",
     [
         ["1.1", "Agree a regional information-sharing protocol for strategy discussions, signed by the three local authorities, South Wales Police, Cwm Taf Morgannwg University Health Board and education services.",
          "Regional Safeguarding Board Business Manager", "31/07/2024",
          "Protocol approved by the Board on 18 July 2024 and published on the Board website.", BLUE],
         ["1.2", ["Introduce a de-registration checklist so that every agency attending the review conference confirms the information it holds before a child’s name is removed from the register.",
                  "Audit use of the checklist in a sample of 30 de-registrations across the region."],
          ["Child Protection Coordinator (RCT)", "Child Protection Coordinator (Merthyr Tydfil)", "Child Protection Coordinator (Bridgend)"],
          "December 2024 (revised from September 2024)",
          "Checklist in use in all three areas since October 2024. Audit of 30 cases completed February 2025; findings to the Quality Assurance Sub-Group in May 2025.", AMBER],
     ]),
    ("Theme 2: The voice of the child",
     "CIW recommendation 2: Local authorities and partners should ensure that children’s wishes and feelings are sought, recorded in their own words and taken into account in child protection decision making.",
     [
         ["2.1", "Embed the “What matters to me” one-page profile in child protection conference reports so that the child’s views are recorded in their own words.",
          "Principal Social Worker (Bridgend)", "Sept 2024",
          "Profile template live in WCCIS in all three authorities from September 2024.", BLUE],
         ["2.2", "Commission an active offer of independent professional advocacy for every child aged 7 and over before their initial child protection conference, and monitor uptake quarterly.",
          "Regional Commissioning Manager", "31/03/2025",
          "Active offer in place across the region. Uptake 61% in Quarter 3 against a target of 75%.", GREEN],
         ["2.3", "Record each child’s language preference at referral so that children can take part in conferences in Welsh or English as they choose.",
          "Welsh Language Lead Officer / Conference Business Support Manager", "Ongoing – reported quarterly",
          "Language preference field added to the referral form; 94% completion in Quarter 3.", GREEN],
     ]),
    ("Theme 3: Workforce stability",
     "CIW recommendation 3: Safeguarding partners should take action to reduce workforce instability so that children and families experience fewer changes of practitioner.",
     [
         ["3.1", "Apply the All-Wales agency social worker pay rates across the region and report the effect on vacancy and turnover rates to the Board every six months.",
          "Directors of Social Services", "30/06/2025",
          "Rates applied from 1 April 2024. First six-monthly report showed vacancy rate down from 24% to 19%.", GREEN],
         ["3.2", "Extend the consolidation programme for newly qualified practitioners to health visitors and school nurses who attend child protection conferences.",
          "Head of Safeguarding (CTMUHB)", "March 2025",
          "Not started because of health visiting vacancies. Escalated to the Management Group; revised date to be agreed by the Health Board.", RED],
     ]),
    ("Theme 4: Multi-agency training and a shared understanding of thresholds",
     "CIW recommendation 4: Regional Safeguarding Boards should ensure regular multi-agency training so that practitioners share an understanding of the Wales Safeguarding Procedures and the threshold for significant harm.",
     [
         ["4.1", "Deliver multi-agency training on the Wales Safeguarding Procedures and the threshold for significant harm to at least 400 practitioners across the region.",
          "Regional Training Coordinator", "31/03/2025",
          "452 practitioners trained (police 96, health 131, education 118, social care 107).", BLUE],
         ["4.2", "Hold two regional practice forums a year at which a multi-agency panel reviews a de-registration decision and the learning is shared with practitioners.",
          "Regional Safeguarding Board Business Manager & Chair of the Practice Review Sub-Group", "Twice yearly",
          "First forum held on 14 November 2024; second planned for May 2025.", GREEN],
     ]),
]


def make_ctm():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Cwm Taf Morgannwg Safeguarding Board")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("Bwrdd Diogelu Cwm Taf Morgannwg")
    r.italic = True
    doc.add_heading(CTM_TITLE, level=1)
    doc.add_paragraph("Response to the Care Inspectorate Wales rapid review of child protection arrangements (September 2023) – progress position at 31 March 2025")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for row, (k, v) in zip(dc.rows, [
        ("Version", "4.0"), ("Date", "14 April 2025"),
        ("Owner", "Regional Safeguarding Board Business Unit"),
        ("Approved by", "CTM Safeguarding Board Management Group"),
        ("Next review", "July 2025")]):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "In September 2023 Care Inspectorate Wales, working with Healthcare Inspectorate Wales and Estyn, "
        "published its rapid review of child protection arrangements in Wales. The Board agreed this regional "
        "plan in January 2024 to respond to the review’s recommendations across Rhondda Cynon Taf, Merthyr Tydfil "
        "and Bridgend. Progress is reported to the Management Group each quarter and to the Board twice a year.")

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for row, (fill, word, desc) in zip(key.rows, [
        (BLUE, "Blue", "Complete"),
        (GREEN, "Green", "On track to deliver by the target date"),
        (AMBER, "Amber", "Some slippage – revised date agreed"),
        (RED, "Red", "Off track – escalated to the Management Group")]):
        set_cell(row.cells[0], word, bold=True)
        shade(row.cells[0], fill)
        set_cell(row.cells[1], desc)

    doc.add_heading("Improvement actions", level=2)
    for theme, rec, actions in CTM_THEMES:
        doc.add_heading(theme, level=3)
        rp = doc.add_paragraph()
        rr = rp.add_run(rec)
        rr.bold = True
        t = doc.add_table(rows=1 + len(actions), cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"])
        for row, (ref, action, lead, date, update, fill) in zip(t.rows[1:], actions):
            set_cell(row.cells[0], ref)
            set_cell(row.cells[1], action)
            set_cell(row.cells[2], lead)
            set_cell(row.cells[3], date)
            set_cell(row.cells[4], update)
            set_cell(row.cells[5], "")
            shade(row.cells[5], fill)
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, txt in zip(so.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, txt, bold=True)
    for c, txt in zip(so.rows[1].cells, ["Independent Chair, CTM Safeguarding Board", "Signed copy held by the Business Unit", "14 April 2025"]):
        set_cell(c, txt)
    doc.save(os.path.join(HERE, CTM_NAME))


# ---------------------------------------------------------------------------
# 3. Lancashire County Council - fostering service development plan (docx)
# ---------------------------------------------------------------------------
LCC_NAME = "zqq-lancashire-county-council-fostering-service-development-plan-2025-26.docx"
LCC_TITLE = "Fostering Service Development Plan 2025/26"
LCC_PRIORITIES = [
    ("Priority 1 – Increase the number of mainstream foster carers", [
        ["1.1", "Launch the refreshed Foster for Lancashire recruitment campaign with targeted activity in Burnley, Pendle and Preston, aiming for 45 new fostering households approved by March 2026.",
         "Fostering Recruitment Team Manager", "March 2026",
         "19 households approved to the end of September; enquiries up 22% on the same period last year.", "G", "G"],
        ["1.2", "Join the North West fostering recruitment support hub and route all first enquiries through the hub’s contact centre.",
         "Head of Fostering and Adoption / North West Hub Programme Lead", "31/10/2025",
         "Go-live moved to 3 November 2025 to line up with the hub’s telephony change.", "G", "A"],
        ["1.3", "Work with schools to become ‘Fostering Friendly’ employers, starting with 10 secondary schools.",
         "Ashworth, Karen", "Autumn term 2025",
         "6 schools signed up; 4 more planned for the spring term.", "A", "A"],
    ]),
    ("Priority 2 – Support and retain our foster carers", [
        ["2.1", "Implement the new foster carer fees and allowances structure agreed by Cabinet in March 2025, including the skills-level uplift for carers of teenagers.",
         "Head of Fostering and Adoption", "30/06/2025",
         "New payments made from 1 June 2025.", "G", "Complete"],
        ["2.2", "Extend the Mockingbird programme from three to five constellations.",
         "KH & PB", "Q4 2025/26",
         "Fourth hub carer recruited; fifth constellation waiting for satellite households.", "A", "A"],
        ["2.3", "Hold an exit interview with every foster carer who resigns and report the themes to the Fostering Service Leadership Team each quarter.",
         "Fostering Quality Assurance Manager", "Quarterly",
         "Exit interview form agreed but not yet in use.", "R", "R"],
    ]),
    ("Priority 3 – Kinship and connected carers", [
        ["3.1", "Reduce the average time taken to complete connected person (Regulation 24) assessments to 16 weeks.",
         "Kinship Assessment Team Manager", "31/12/2025",
         "Average 19.5 weeks at Quarter 2, down from 23 weeks.", "A", "G"],
        ["3.2", "Publish an updated kinship local offer, co-produced with kinship carers.",
         "Kinship Support Lead / Principal Social Worker", "Dec-25",
         "Draft shared with the Lancashire kinship carers’ group in September.", "G", "G"],
    ]),
    ("Priority 4 – Practice quality and the fostering panel", [
        ["4.1", "Review fostering panel membership so that at least two panel members have lived experience of care.",
         "Fostering Panel Adviser", "January 2026",
         "One care-experienced member appointed; second recruitment round opens in November.", "", "G"],
        ["4.2", "Carry out a themed audit of foster carer annual reviews, checking that children’s views are recorded, and act on the findings.",
         "Practice Improvement Lead", "TBC",
         "Audit postponed; scope to be agreed with the Independent Reviewing Service.", "A", "A"],
    ]),
]


def make_lancashire():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Lancashire County Council – Fostering Service")
    r.bold = True
    r.font.size = Pt(12)
    h = doc.add_paragraph()
    hr = h.add_run(LCC_TITLE)
    hr.bold = True
    hr.font.size = Pt(18)
    doc.add_paragraph("Annex B to the Fostering Service Annual Review 2024/25 – Corporate Parenting Board, 19 November 2025")
    doc.add_paragraph("Quarter 2 update: position at 30 September 2025")
    doc.add_paragraph(
        "This plan sets out what the fostering service will do in 2025/26 in response to the findings of the annual "
        "review, the sufficiency strategy and feedback from foster carers and children. It is monitored by the "
        "Fostering Service Leadership Team and reported to the Corporate Parenting Board each quarter.")
    kp = doc.add_paragraph()
    kr = kp.add_run("RAG: G – on track; A – at risk of slipping; R – off track; Complete – action delivered. "
                    "Q1 RAG is the position reported to the Board in August 2025.")
    kr.italic = True

    nrows = 1 + sum(1 + len(a) for _, a in LCC_PRIORITIES)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    header_row(t, ["No.", "What we will do", "Lead", "By when", "Q2 progress", "Q1 RAG", "Q2 RAG"], fill="4F2683")
    i = 1
    for prio, actions in LCC_PRIORITIES:
        row = t.rows[i]
        merged = row.cells[0].merge(row.cells[6])
        set_cell(merged, prio, bold=True, size=10)
        shade(merged, GREY)
        i += 1
        for ref, action, lead, when, progress, q1, q2 in actions:
            cells = t.rows[i].cells
            for c, v in zip(cells, [ref, action, lead, when, progress, q1, q2]):
                set_cell(c, v)
            i += 1
    doc.add_paragraph()
    doc.add_paragraph("Actions marked Complete at Quarter 2 will be removed from the Quarter 3 update.")
    doc.save(os.path.join(HERE, LCC_NAME))


# ---------------------------------------------------------------------------
# xlsx helpers
# ---------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcolour):
    return PatternFill(start_color=hexcolour, end_color=hexcolour, fill_type="solid")


def put(ws, row, col, value, bold=False, bg=None, fmt=None, colour=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if bold or colour:
        c.font = Font(bold=bold, color=colour)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------------------
# 4. Isle of Wight Council - Corporate Plan delivery tracker (xlsx)
# ---------------------------------------------------------------------------
IOW_NAME = "zqq-isle-of-wight-council-corporate-plan-delivery-tracker-2024-25.xlsx"
IOW_TITLE = "Isle of Wight Council – Corporate Plan 2021-2025 Delivery Tracker 2024/25"
RAGFILL = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
# each activity: ref, key activity, portfolio, lead officer, original, revised, q2, q3 (text or ("", fill))
IOW_PRIORITIES = [
    ("Key priority 1: Provision of affordable housing for island residents", [
        ("Deliver more affordable homes for Island residents through the council and its partners", [
            ("HA1", "Start on site with the first council-led affordable housing scheme, delivering 30 homes for social rent.",
             "Cabinet Member for Housing and Finance", "Director of Regeneration",
             dt.datetime(2025, 3, 31), dt.datetime(2025, 9, 30), "A", "A"),
            ("HA2", "Agree a nominations agreement with registered providers so that new affordable homes are let to Island residents with a local connection.",
             "Cabinet Member for Housing and Finance", "Housing Needs Manager / Head of Housing",
             dt.datetime(2024, 12, 31), None, "G", "B"),
        ]),
        ("Bring empty properties back into use", [
            ("HA3", "Use the empty homes loan scheme and enforcement powers to bring 60 long-term empty homes back into use.",
             "Cabinet Member for Housing and Finance", "Private Sector Housing Team Manager",
             dt.datetime(2025, 3, 31), None, "G", "G"),
        ]),
    ]),
    ("Key priority 2: Responding to climate change and enhancing the biosphere", [
        ("Achieve net zero carbon emissions from the council’s own estate by 2030", [
            ("CB1", "Install solar PV and battery storage at County Hall and three leisure centres.",
             "Cabinet Member for Climate Change, Biosphere and Waste", "Climate and Environment Programme Manager",
             dt.datetime(2025, 3, 31), dt.datetime(2025, 6, 30), "G", "R"),
        ]),
        ("Protect and enhance the Island’s UNESCO Biosphere status", [
            ("CB2", "Publish the draft Local Nature Recovery Strategy for consultation with Natural England and Island partners.",
             "Cabinet Member for Climate Change, Biosphere and Waste", "Ecology Officer; Planning Policy Team Leader",
             dt.datetime(2025, 1, 31), None, "A", ("", AMBER)),
        ]),
    ]),
    ("Key priority 3: Economic recovery and reducing poverty", [
        ("Support residents facing financial hardship", [
            ("EP1", "Deliver the Household Support Fund scheme and report spend to the Department for Work and Pensions each quarter.",
             "Cabinet Member for Adult Social Care, Public Health and Housing Needs", "Head of Revenues and Benefits",
             "Quarterly", None, "G", "G"),
            ("EP2", "Launch a single cost of living advice line with Citizens Advice Isle of Wight.",
             "Cabinet Member for Adult Social Care, Public Health and Housing Needs", "Community Support Manager",
             dt.datetime(2024, 10, 31), dt.datetime(2025, 2, 28), "A", "B"),
        ]),
        ("Grow and retain the workforce in key sectors, including hospitality and social care", [
            ("EP3", "Run the Island Jobs and Skills Fair and two sector-based work academies for social care.",
             "Cabinet Member for Regeneration, Business Development and Tourism", "Economic Development Manager",
             dt.datetime(2025, 3, 31), None, "", "G"),
        ]),
    ]),
]


def make_iow():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = IOW_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary of Quarter 3 RAG ratings by key priority"
    heads = ["Key priority", "Blue", "Green", "Amber", "Red", "Total"]
    for j, hname in enumerate(heads, 1):
        put(s, 4, j, hname, bold=True, bg=GREY)
    counts = []
    for prio, aims in IOW_PRIORITIES:
        c = {"B": 0, "G": 0, "A": 0, "R": 0}
        for _, acts in aims:
            for a in acts:
                q3 = a[7]
                key = q3 if isinstance(q3, str) else {v: k for k, v in RAGFILL.items()}[q3[1]]
                c[key] += 1
        counts.append((prio, c))
    r = 5
    for prio, c in counts:
        put(s, r, 1, prio)
        for j, k in enumerate(["B", "G", "A", "R"], 2):
            put(s, r, j, c[k])
        put(s, r, 6, sum(c.values()))
        r += 1
    put(s, r, 1, "Total", bold=True)
    for j, k in enumerate(["B", "G", "A", "R"], 2):
        put(s, r, j, sum(c[k] for _, c in counts), bold=True)
    put(s, r, 6, sum(sum(c.values()) for _, c in counts), bold=True)
    r += 2
    s.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for k, desc in [("B", "Complete"), ("G", "On track"), ("A", "Some risk to delivery – being managed"),
                    ("R", "Significant risk to delivery / off track")]:
        r += 1
        put(s, r, 1, k, bold=True, bg=RAGFILL[k], colour="FFFFFF" if k in "BR" else None)
        s.cell(row=r, column=2, value=desc)
    s.column_dimensions["A"].width = 70

    ws = wb.create_sheet("Delivery tracker")
    ncol = 10
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = IOW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Quarter 3 (October to December 2024) – for Corporate Scrutiny Committee, 11 February 2025"
    heads = ["Ref", "Corporate Plan aim", "Key activity 2024/25", "Cabinet portfolio", "Lead officer",
             "Original target", "Revised target", "Q2 RAG", "Q3 RAG", "Q3 commentary"]
    for j, hname in enumerate(heads, 1):
        put(ws, 4, j, hname, bold=True, bg="203864", colour="FFFFFF")
    comments = {
        "HA1": "Planning consent granted November 2024. Contractor procurement re-run after the first tender returned over budget; start on site now September 2025.",
        "HA2": "Agreement signed with the four main registered providers in December 2024.",
        "HA3": "41 homes brought back into use to the end of December; on course for 60 by year end.",
        "CB1": "County Hall installation complete. Leisure centre roofs need structural surveys before panels can be fitted; revised date at risk.",
        "CB2": "Mapping of priority habitats finished. Consultation draft with partners for comment; publication likely February 2025.",
        "EP1": "Q3 return submitted to DWP on 14 January 2025. 3,912 households supported so far this year.",
        "EP2": "Advice line launched 3 February 2025 after the telephony contract was extended.",
        "EP3": "Jobs and Skills Fair held 17 October 2024 with 64 employers. First social care academy starts in March.",
    }
    r = 5
    for prio, aims in IOW_PRIORITIES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        put(ws, r, 1, prio, bold=True, bg="BDD7EE")
        r += 1
        for aim, acts in aims:
            first = r
            for ref, act, portfolio, lead, orig, rev, q2, q3 in acts:
                put(ws, r, 1, ref)
                put(ws, r, 3, act)
                put(ws, r, 4, portfolio)
                put(ws, r, 5, lead)
                put(ws, r, 6, orig, fmt="mmm-yy" if isinstance(orig, dt.datetime) else None)
                put(ws, r, 7, rev, fmt="mmm-yy" if isinstance(rev, dt.datetime) else None)
                put(ws, r, 8, q2 if q2 else None, bg=RAGFILL.get(q2))
                if isinstance(q3, tuple):
                    put(ws, r, 9, None, bg=q3[1])
                else:
                    put(ws, r, 9, q3, bg=RAGFILL[q3])
                put(ws, r, 10, comments[ref])
                r += 1
            put(ws, first, 2, aim)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Q2 RAG is the rating reported at Quarter 2. EP3 was added to the tracker at Quarter 3. See the Summary sheet for the RAG key.")
    widths = [7, 34, 48, 30, 30, 11, 11, 8, 8, 50]
    for j, wdt in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = wdt
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, IOW_NAME))


# ---------------------------------------------------------------------------
# 5. Norfolk Local Area Partnership - SEND priority action plan (xlsx)
# ---------------------------------------------------------------------------
NFK_NAME = "zqq-norfolk-local-area-send-priority-action-plan.xlsx"
NFK_TITLE = "Special Educational Needs and Disabilities (SEND) – Priority Action Plan"
NFK_SHEETS = [
    ("Priority actions", "Areas for priority action", [
        ("Area for priority action 1: Leaders across the partnership should ensure that EHC needs assessments are completed within 20 weeks and that EHC plans accurately describe children and young people’s needs and the provision to meet them.", [
            ("1.1", "Recruit 12 additional EHC coordinators and 4 educational psychologists to clear the backlog of overdue needs assessments.",
             "Head of SEND Services", dt.datetime(2025, 12, 31), dt.datetime(2026, 3, 31),
             "85% of EHC plans issued within 20 weeks (baseline 41%)", AMBER,
             "10 of 12 coordinators in post; 3 educational psychologists appointed. 20-week timeliness 63% in the autumn term."),
            ("1.2", "Set up a multi-agency quality assurance panel that audits 20 new EHC plans each month against the Norfolk quality standard.",
             "Head of SEND Quality Assurance & Designated Clinical Officer (ICB)", dt.datetime(2025, 9, 30), None,
             "90% of audited plans judged good or better", BLUE,
             "Panel running since September 2025; 80 plans audited to date."),
            ("1.3", "Co-produce with Family Voice Norfolk a training module on writing outcomes, to be completed by all EHC coordinators and special school SENCOs.",
             "SEND Workforce Development Lead", "Summer term 2026", None,
             "All EHC coordinators trained; outcomes rated ‘specific’ in 80% of audited plans", GREEN,
             "Module drafted; pilot with two special schools in February 2026."),
        ]),
        ("Area for priority action 2: Leaders in Norfolk County Council and NHS Norfolk and Waveney Integrated Care Board should reduce waiting times for neurodevelopmental assessments and make sure that families receive support while they wait.", [
            ("2.1", "Commission additional neurodevelopmental assessment capacity from an independent provider to reduce the longest waits.",
             "Director of Children, Young People and Maternity (N&W ICB)", dt.datetime(2026, 3, 31), None,
             "No child waiting more than 52 weeks for assessment", RED,
             "Procurement delayed by changes to the ICB commissioning structure; contract award now expected April 2026."),
            ("2.2", "Launch a ‘waiting well’ offer giving every family on the neurodevelopmental waiting list a named contact and access to parent workshops.",
             "Neurodevelopmental Pathway Manager", dt.datetime(2025, 11, 30), None,
             "All families on the waiting list contacted; 70% satisfied with the offer", GREEN,
             "Named contacts allocated to 2,140 families; six workshops held."),
            ("2.3", "Publish waiting-time data for neurodevelopmental assessments on the Local Offer website.",
             "SEND Performance and Data Lead", "Monthly", None,
             "Data published by the 10th working day of each month", GREEN,
             "Published monthly since October 2025."),
        ]),
    ]),
    ("Areas for improvement", "Areas for improvement", [
        ("Area for improvement 1: Leaders should improve the quality and timeliness of annual reviews of EHC plans, particularly at points of transition.", [
            ("A1.1", "Set up a transition review tracker so that Year 5, Year 9 and Year 11 annual reviews are completed by the end of the autumn term.",
             "Head of SEND Services", dt.datetime(2026, 1, 31), None,
             "95% of phase transfer reviews completed by 31 January", AMBER,
             "Tracker live; 81% of Year 5 and Year 9 reviews completed by the end of the autumn term."),
            ("A1.2", "Deliver briefings for mainstream SENCOs on person-centred annual reviews.",
             "Inclusion and SEND Advisory Team Manager", dt.datetime(2026, 3, 31), None,
             "SENCOs from 300 schools attend", None,
             "Not started. Briefings booked for the SENCO network meetings in March."),
        ]),
        ("Area for improvement 2: Leaders should strengthen the Local Offer so that families can easily find information about support for preparing for adulthood.", [
            ("A2.1", "Rebuild the Preparing for Adulthood pages of the Local Offer with young people from the Norfolk Youth Parliament.",
             "Local Offer Manager", dt.datetime(2026, 6, 30), None,
             "Page views up 25%; young people rate the pages useful", GREEN,
             "Two co-design sessions held with young people; content plan agreed."),
        ]),
    ]),
]


def make_norfolk():
    wb = Workbook()
    c = wb.active
    c.title = "Cover"
    lines = [
        ("Norfolk Local Area Partnership", True, 12),
        (NFK_TITLE, True, 16),
        ("Following the Ofsted and CQC area SEND inspection, March 2025", False, 11),
        ("Submitted to Ofsted, CQC and the Department for Education: 18 July 2025", False, 11),
        ("Progress update for the SEND Improvement Board: January 2026", False, 11),
    ]
    for i, (txt, b, sz) in enumerate(lines, 1):
        c.cell(row=i, column=1, value=txt).font = Font(bold=b, size=sz)
    c.cell(row=7, column=1, value="Document control").font = Font(bold=True)
    for j, hname in enumerate(["Version", "Date", "Change", "Author"], 1):
        put(c, 8, j, hname, bold=True, bg=GREY)
    for i, rowv in enumerate([
        ("1.0", "18/07/2025", "Plan submitted", "SEND Improvement Programme Manager"),
        ("1.1", "21/10/2025", "Quarter 1 progress added", "SEND Improvement Programme Manager"),
        ("1.2", "19/01/2026", "Quarter 2 progress added; revised dates for 1.1", "SEND Improvement Programme Manager"),
    ], 9):
        for j, v in enumerate(rowv, 1):
            put(c, i, j, v)
    c.cell(row=13, column=1, value="RAG key (colour of the RAG cell)").font = Font(bold=True)
    for i, (hexc, desc) in enumerate([
        (BLUE, "Complete – impact being monitored"),
        (GREEN, "On track"),
        (AMBER, "Some delay – mitigation in place"),
        (RED, "Off track – escalated to the SEND Improvement Board"),
        (None, "No colour – not yet started")], 14):
        put(c, i, 1, None, bg=hexc)
        c.cell(row=i, column=2, value=desc)
    c.column_dimensions["A"].width = 18
    c.column_dimensions["B"].width = 14
    c.column_dimensions["C"].width = 44
    c.column_dimensions["D"].width = 36

    heads = ["Ref", "Action", "Lead officer", "Original completion date", "Revised completion date",
             "Impact measure", "RAG", "Progress (January 2026)"]
    for sheet_name, sheet_title, areas in NFK_SHEETS:
        ws = wb.create_sheet(sheet_name)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(heads))
        ws["A1"] = "Norfolk SEND Priority Action Plan – " + sheet_title
        ws["A1"].font = Font(bold=True, size=13)
        for j, hname in enumerate(heads, 1):
            put(ws, 3, j, hname, bold=True, bg="1F4E78", colour="FFFFFF")
        r = 4
        for area, acts in areas:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
            put(ws, r, 1, area, bold=True, bg="DDEBF7")
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, act, lead, orig, rev, impact, rag, prog in acts:
                put(ws, r, 1, ref)
                put(ws, r, 2, act)
                put(ws, r, 3, lead)
                put(ws, r, 4, orig, fmt="dd/mm/yyyy" if isinstance(orig, dt.datetime) else None)
                put(ws, r, 5, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
                put(ws, r, 6, impact)
                put(ws, r, 7, None, bg=rag)
                put(ws, r, 8, prog)
                r += 1
        for j, wdt in enumerate([7, 48, 30, 13, 13, 34, 7, 48], 1):
            ws.column_dimensions[chr(64 + j)].width = wdt
    wb.save(os.path.join(HERE, NFK_NAME))


# ---------------------------------------------------------------------------
# 6. Warrington Youth Justice Service - National Standards improvement plan (txt, tab-separated)
# ---------------------------------------------------------------------------
WYJ_NAME = "zqq-warrington-youth-justice-service-national-standards-improvement-plan.txt"
WYJ_TITLE = "National Standards Self-Assessment 2023 (Standard 2: At Court) – Improvement Plan"
WYJ_SECTIONS = [
    ("STRATEGIC SELF-ASSESSMENT", [
        ("Finding S1: The Management Board does not routinely receive data on remands, bail support and outcomes for children appearing in court.", [
            ("S1.1", "Add a court and remand section to the quarterly performance report to the Management Board, covering remands to youth detention accommodation, bail support and sentencing outcomes.",
             "YJS Information Officer / Head of Service", "Jan 2024", "Green",
             "Included in the Q3 performance report presented to the Board on 18 January 2024."),
            ("S1.2", "Agree a protocol with Cheshire Constabulary and Children's Social Care on PACE transfers so that children charged and refused bail are not held overnight in police custody.",
             "Head of Service", "31/03/2024", "Amber",
             "Draft protocol with the Constabulary's legal team for comment; sign-off expected at the April Board."),
        ]),
        ("Finding S2: Board members have a limited understanding of children's experience of the youth court.", [
            ("S2.1", "Arrange for each Management Board member to observe a youth court sitting at Warrington Magistrates' Court and feed back at the Board development session.",
             "Board Chair", "June 2024", "Red",
             "No observations arranged yet; the court listing officer has been contacted."),
        ]),
    ]),
    ("OPERATIONAL SELF-ASSESSMENT", [
        ("Finding O1: Pre-sentence reports do not consistently reflect the child's own views or the impact of trauma on their behaviour.", [
            ("O1.1", "Revise the pre-sentence report template so that the child's views are recorded in their own words and a trauma-informed formulation is included.",
             "Court Team Manager", "Dec-23", "Green",
             "New template in use from 4 December 2023."),
            ("O1.2", "Quality assure every pre-sentence report before it goes to court using the revised QA tool, and report the findings to the monthly practice development meeting.",
             "Operational Manager & Court Team Manager", "Monthly", "Green",
             "27 reports quality assured since December; 24 rated good."),
        ]),
        ("Finding O2: Children and their parents or carers are not always given clear information about what will happen at court.", [
            ("O2.1", "Co-produce a 'Going to court' leaflet and short video with children from the participation group.",
             "Participation Worker", "end of April 2024", "Amber",
             "Leaflet finished and printed; filming of the video moved to April because of court availability."),
            ("O2.2", "Make sure the court officer meets every child and parent or carer before the hearing and records this on ChildView.",
             "Court Officer", "Ongoing", "Green",
             "February audit: 18 of 20 children seen before their hearing."),
        ]),
    ]),
]


def make_warrington():
    lines = [
        "Warrington Youth Justice Service",
        WYJ_TITLE,
        "Submitted to the Youth Justice Board with the self-assessment return, 30 October 2023. Progress update for the Youth Justice Management Board, 14 March 2024.",
        "",
        "\t".join(["Ref", "Improvement action", "Lead", "Target date", "RAG", "Progress update"]),
    ]
    for section, findings in WYJ_SECTIONS:
        lines.append(section)
        for finding, acts in findings:
            lines.append(finding)
            for a in acts:
                lines.append("\t".join(a))
    lines += [
        "",
        "RAG: Green = completed or on track; Amber = started but behind schedule; Red = not started or significant delay.",
        "Next update: Youth Justice Management Board, June 2024.",
    ]
    with open(os.path.join(HERE, WYJ_NAME), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Rutland County Council - ILACS improvement plan, mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
RUT_NAME = "zqq-rutland-county-council-ilacs-improvement-plan-typo-month-refuse.xlsx"
RUT_TITLE = "Inspection of Local Authority Children's Services (ILACS) – Improvement Plan"
RUT_RECS = [
    ("The quality and consistency of assessments and plans for children in need of help and protection.", [
        ("1a", "Introduce a monthly audit of assessments and child in need and child protection plans, with findings discussed in team meetings and tracked to completion.",
         "Head of Service – Children's Social Care", dt.datetime(2024, 10, 31), "Complete",
         "Monthly audits in place since July 2024; 72% of assessments graded good in October."),
        ("1b", "Roll out the new SMART planning template and training for all social workers and early help practitioners.",
         "Service Manager (Early Help and Family Support)", dt.datetime(2024, 12, 31), "On track",
         "Training delivered to 31 of 36 practitioners; template live in Mosaic."),
    ]),
    ("The frequency and impact of management oversight and supervision.", [
        ("2a", "Set a supervision standard of at least every four weeks, recorded on the child's file, and report compliance to the Children's Services Improvement Board.",
         "Team Manager, Children with Disabilities", dt.datetime(2025, 1, 31), "On track",
         "Compliance 88% in October; reported to the Improvement Board monthly."),
        ("2b", "Provide reflective supervision training for all team managers and senior practitioners.",
         "Principal Social Worker", "Febuary 2025", "Delayed",
         "Trainer unavailable in November; sessions rebooked for the new year."),
    ]),
    ("The sufficiency of local homes for children in care, including foster carers in Rutland.", [
        ("3a", "Update the sufficiency strategy with a fostering recruitment target and a local market position statement.",
         "Head of Commissioning", dt.datetime(2025, 3, 31), "On track",
         "Draft strategy out for consultation with the Children in Care Council."),
        ("3b", "Recruit 6 new Rutland foster carer households through the joint campaign with Leicestershire.",
         "Fostering Team Manager", "Ongoing", "On track",
         "Two households approved; three assessments under way."),
    ]),
]
RUT_TYPO_ROW = 9  # sheet row of action 2b (checked by the expected-reading script)


def make_rutland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Rutland County Council – Children's Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = RUT_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Inspection: 4 to 15 March 2024. Report published: 26 April 2024. Version 3 – updated for the "
                "Children and Young People Scrutiny Panel, 21 November 2024.")
    heads = ["What Ofsted said needs to improve", "No.", "Action", "Responsible officer", "Completion date",
             "Status", "Evidence / progress"]
    for j, hname in enumerate(heads, 1):
        put(ws, 5, j, hname, bold=True, bg="385723", colour="FFFFFF")
    r = 6
    typo_row = None
    for rec, acts in RUT_RECS:
        first = r
        for num, act, lead, when, status, prog in acts:
            put(ws, r, 2, num)
            put(ws, r, 3, act)
            put(ws, r, 4, lead)
            put(ws, r, 5, when, fmt="dd/mm/yyyy" if isinstance(when, dt.datetime) else None)
            put(ws, r, 6, status)
            put(ws, r, 7, prog)
            if when == "Febuary 2025":
                typo_row = r
            r += 1
        put(ws, first, 1, rec)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    assert typo_row == RUT_TYPO_ROW, typo_row
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete / On track / Delayed / Not started")
    for j, wdt in enumerate([40, 6, 52, 32, 14, 11, 46], 1):
        ws.column_dimensions[chr(64 + j)].width = wdt
    wb.save(os.path.join(HERE, RUT_NAME))


if __name__ == "__main__":
    make_denbighshire()
    make_ctm()
    make_lancashire()
    make_iow()
    make_norfolk()
    make_warrington()
    make_rutland()
    for n in sorted(os.listdir(HERE)):
        if n.startswith("zqq-") and not n.endswith(".yaml"):
            print(n)
