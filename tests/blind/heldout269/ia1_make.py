"""Build the seven ia1- blind test files (set heldout269).

Run with: /work/main/.venv/bin/python ia1_make.py
Writes the data files next to this script. The .expected.yaml files are written separately.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Royal Borough of Greenwich - ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
GREENWICH_TITLE = "Royal Borough of Greenwich – Children's Services Improvement Plan (ILACS 2024)"

# (ref, action, lead, original, revised, progress, previous RAG, current RAG fill)
GREENWICH = [
    ("theme", "Theme 1: Help and protection"),
    ("rec", "Recommendation 1: The consistency of management oversight and supervision in the assessment and children in need teams, so that drift in children's plans is identified and addressed."),
    ("1.1", "Refresh the supervision policy and recording template so that every supervision records the child's plan, progress against it and clear next steps with timescales.",
     "Head of Service, Assessment and Intervention", d(2024, 12, 31), None,
     "New policy and template launched 2 December 2024. Audit in March 2025 found 81% of supervisions met the standard.", "G", "B"),
    ("1.2", "Deliver a rolling programme of reflective supervision training to all team managers and assistant team managers, with attendance monitored through the Practice Development Hub.",
     "Principal Social Worker", d(2025, 3, 31), d(2025, 12, 31),
     "Cohorts 1–3 complete (34 managers). Cohort 4 delayed by trainer availability; rescheduled for November.", "A", "G"),
    ("1.3", "Introduce monthly practice-week audits of children in need plans open for longer than nine months, with findings reported to the Children's Services Performance Board.",
     "Head of Quality Assurance; Service Manager (CIN)", d(2025, 6, 30), d(2026, 3, 31),
     "Audits started in July. Reporting to Performance Board not yet regular; first themed report due January.", "R", "A"),
    ("rec", "Recommendation 2: The quality and timeliness of strategy discussions, including the attendance of health partners."),
    ("2.1", "Agree with Oxleas NHS Foundation Trust and Lewisham and Greenwich NHS Trust a named health representative rota for all strategy discussions held by the MASH and Assessment teams.",
     "Head of Service, MASH / Designated Nurse for Safeguarding Children (SEL ICB)", d(2025, 1, 31), None,
     "Rota in place since January 2025. Health attendance at strategy discussions 92% in Q1 2025/26.", "G", "B"),
    ("2.2", "Audit a dip sample of 40 strategy discussions each quarter against the London Safeguarding Children Procedures standard and share learning at the partnership Practice Forum.",
     "Safeguarding Partnership Business Manager", d(2025, 3, 31), d(2026, 6, 30),
     "Two quarterly audits completed. Partnership Practice Forum paused over the summer; restarts in October.", "A", "A"),
    ("theme", "Theme 2: Children in care and care leavers"),
    ("rec", "Recommendation 3: The sufficiency of local homes for children in care, particularly for older children and brothers and sisters who need to live together."),
    ("3.1", "Launch a targeted foster carer recruitment campaign for carers able to offer homes to teenagers and sibling groups, aiming for 20 new fostering households by March 2026.",
     "Head of Fostering and Adoption", d(2026, 3, 31), None,
     "11 households approved to date; a further 6 assessments under way.", "A", "G"),
    ("3.2", "Open two new council-run children's homes in the borough (one four-bed home and one two-bed solo/step-down home) and register them with Ofsted.",
     "Head of Commissioning (Children)", d(2025, 12, 31), d(2026, 12, 31),
     "Planning permission for the second property refused in August. Alternative site being sought; capital budget at risk.", "A", "R"),
    ("rec", "Recommendation 4: The quality of pathway plans, so that they are written with care leavers and address their accommodation and health needs."),
    ("4.1", "Co-produce a new pathway plan template with the Children in Care Council and the Care Leavers' Forum, written in plain language and addressed to the young person.",
     "Service Manager, Leaving Care (Royal Greenwich Through Care)", d(2024, 9, 30), None,
     "Template co-produced and in use since October 2024.", "B", "B"),
    ("4.2", "Make sure every care leaver aged 18 to 21 receives a copy of their health history by their next pathway plan review, monitored through the Through Care dashboard.",
     "Head of Service, Children in Care and Care Leavers; Designated Nurse for Children in Care", d(2025, 3, 31), d(2025, 12, 31),
     "68% of eligible care leavers have received their health history (target 90%).", "A", "G"),
]


def make_greenwich(path):
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = GREENWICH_TITLE
    cover["A1"].font = Font(bold=True, size=16, color="1F3864")
    cover["A3"] = ("Response to the Ofsted inspection of local authority children's services (ILACS), "
                   "15–26 January 2024 (report published 6 March 2024)")
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("2.0", "26/06/2024", "Improvement Programme Manager", "Plan submitted to Ofsted"),
            ("3.0", "31/03/2025", "Improvement Programme Manager", "Year 1 refresh – completed actions retained and shown blue"),
            ("3.1", "30/09/2025", "Improvement Programme Manager", "Q2 2025/26 update for Children's Services Improvement Board")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cover.cell(row=6 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
    cover["A11"] = "Plan owner: Director of Children's Services"
    cover["A12"] = "Governance: Children's Services Improvement Board (chaired by the Chief Executive), meets quarterly"
    for col, w in zip("ABCD", (12, 14, 32, 60)):
        cover.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (col, txt) in enumerate([(BLUE, "Blue – action complete and impact evidenced"),
                                     (GREEN, "Green – on track to be delivered by the target date"),
                                     (AMBER, "Amber – some slippage; recoverable with current resources"),
                                     (RED, "Red – off track; escalated to the Improvement Board")]):
        key.cell(row=3 + i, column=1).fill = fill(col)
        key.cell(row=3 + i, column=2, value=txt)
    key.column_dimensions["A"].width = 6
    key.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Improvement plan")
    ncol = 8
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = GREENWICH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Position as at 30 September 2025 – Children's Services Improvement Board"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
             "Progress update (September 2025)", "Previous RAG (June 2025)", "Current RAG (Sept 2025)"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    r = 5
    for item in GREENWICH:
        if item[0] in ("theme", "rec"):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=item[1])
            c.alignment = WRAP
            if item[0] == "theme":
                c.font = Font(bold=True, color="FFFFFF", size=12)
                c.fill = fill("2F5597")
            else:
                c.font = Font(bold=True, italic=True)
                c.fill = fill("DDEBF7")
                ws.row_dimensions[r].height = 32
            r += 1
            continue
        ref, action, lead, orig, rev, prog, prev, cur = item
        vals = [ref, action, lead, orig, rev, prog, prev, None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BORDER
            if j in (4, 5) and v is not None:
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7).fill = fill(FILL[prev])
        ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=8).fill = fill(FILL[cur])
        ws.row_dimensions[r].height = 62
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: Current RAG is shown by cell colour only – see the 'RAG key' sheet. "
                                   "Revised target dates were agreed by the Improvement Board on 24 June 2025.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", (7, 55, 30, 13, 13, 45, 11, 11)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG – September 2025"
    summ["A1"].font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for item in GREENWICH:
        if item[0] not in ("theme", "rec"):
            counts[item[7]] += 1
    for i, (k, name) in enumerate([("B", "Blue (complete)"), ("G", "Green"), ("A", "Amber"), ("R", "Red")]):
        summ.cell(row=3 + i, column=1, value=name).fill = fill(FILL[k])
        summ.cell(row=3 + i, column=2, value=counts[k])
    summ.cell(row=7, column=1, value="Total actions").font = Font(bold=True)
    summ.cell(row=7, column=2, value=sum(counts.values())).font = Font(bold=True)
    summ.column_dimensions["A"].width = 22
    wb.active = 2
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Sunderland local area SEND priority action plan (docx)
# ---------------------------------------------------------------------------
SUNDERLAND_TITLE = "Sunderland Local Area SEND Partnership – Priority Action Plan"

SUNDERLAND_SECTIONS = [
    {
        "heading": "Priority 1: Timeliness and quality of EHC plans",
        "label": "Area for priority action 1",
        "apa": "Leaders across education, health and care should urgently improve the timeliness of EHC needs assessments and make sure that advice from health and social care professionals is of good quality, so that EHC plans accurately describe children and young people’s needs and the provision to meet them.",
        "rows": [
            ("1.1", "Recruit four additional EHC coordinators and introduce weekly caseload tracking so that no assessment passes week 14 without a decision on the draft plan.",
             "Head of SEND Services (Together for Children)", "June 2025",
             "Percentage of EHC plans issued within 20 weeks (excluding exceptions) rises from 38% to 60%.", "Complete"),
            ("1.2", "Introduce a quality standard and template for health and social care advice, with returns checked by the Designated Clinical Officer before they are included in the plan.",
             "Designated Clinical Officer (NENC ICB) / Head of Children’s Social Care Practice", "Autumn term 2025",
             "90% of health advice returned within 6 weeks and rated good or better at audit.", "Green"),
            ("1.3", "Run a multi-agency EHC plan quality audit each half-term, including a parent carer representative on every audit panel, and publish a summary to the SEND Partnership Board.",
             "SEND Quality Assurance Lead", "31/03/2026",
             "Audit grades improve: at least 70% of sampled plans rated good by March 2026.", "Amber"),
        ],
    },
    {
        "heading": "Priority 2: Support while waiting for neurodevelopmental assessment",
        "label": "Area for priority action 2",
        "apa": "Leaders should reduce the waiting times for neurodevelopmental assessment and make sure children, young people and their families receive effective support while they wait.",
        "rows": [
            ("2.1", "Commission additional autism and ADHD assessment capacity from an independent provider to clear the longest waits, starting with children waiting more than 18 months.",
             "Head of Commissioning – Children and Young People (NENC ICB Sunderland)", "September 2025",
             "No child waiting longer than 18 months for a first assessment appointment.", "Green"),
            ("2.2", "Launch a ‘waiting well’ offer for families: a named contact, parent workshops with the Parent Carer Forum and school-based advice from the Educational Psychology Service.",
             "CYPS Service Manager (CNTW); Principal Educational Psychologist", "Sept 2025 – March 2026",
             "Families on the waiting list report through the termly survey that they know where to get help (target 75%).", "Amber"),
            ("2.3", "Train Mental Health Support Team practitioners and school SENCOs in the neurodevelopmental ‘needs-led’ profiling tool so that support in school does not wait for a diagnosis.",
             "Mental Health Support Teams Manager", "Ongoing – reviewed termly",
             "Number of schools using the profiling tool; SENCO confidence survey.", "Green"),
        ],
    },
]

SUNDERLAND_AFI = {
    "heading": "Priority 3: Preparing for adulthood and the local offer",
    "intro": "The inspection also identified areas for improvement. These are tracked in the same way as the areas for priority action.",
    "groups": [
        ("Leaders should strengthen the preparation for adulthood of young people with SEND aged 14 to 25, including access to supported internships and post-19 provision.", [
            ("3.1", "Map every young person with an EHC plan in Year 9 and above against the four preparing for adulthood outcomes, and make sure annual reviews from Year 9 include a PfA section.",
             "Preparing for Adulthood Lead", "Summer term 2026", "Green"),
            ("3.2", "Double the number of supported internship places (from 24 to 48) through new partnerships with Sunderland College and the city’s large employers.",
             "Head of Post-16 and Skills", "July 2025", "Complete"),
        ]),
        ("Leaders should make sure that the local offer website is up to date and easy for families to use.", [
            ("3.3", "Rebuild the SEND local offer pages with the Parent Carer Forum, including an accessible ‘what to do while you wait’ section and a quarterly content review.",
             "J. Robson & K. Ali", "December 2025", "Red"),
        ]),
    ],
}

RAG_WORD_FILL = {"Complete": "00B0F0", "Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


def make_sunderland(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(SUNDERLAND_TITLE, level=0)
    doc.add_paragraph("Sunderland City Council, Together for Children and NHS North East and North Cumbria Integrated Care Board")
    doc.add_paragraph("Area SEND inspection: 10–14 March 2025. Outcome: the local area partnership’s arrangements lead to "
                      "inconsistent experiences and outcomes for children and young people with SEND. Report published 2 May 2025.")
    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "21 July 2025"), ("Author", "SEND Improvement Programme Lead"),
                 ("Approved by", "Sunderland SEND Partnership Board, 8 July 2025"),
                 ("Next review", "SEND Partnership Board, October 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_heading("RAG rating", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Complete", "Action completed and evidence of impact presented to the Board"),
                 ("Green", "On track"),
                 ("Amber", "Some delay – mitigations in place"),
                 ("Red", "Off track – Board support needed")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], RAG_WORD_FILL[k])
        set_cell(row[1], v)

    heads = ["Ref", "Action", "Lead(s)", "By when", "Measure of success", "RAG (July 2025)"]
    widths = [Cm(1.3), Cm(8.5), Cm(4.5), Cm(3), Cm(6), Cm(2.4)]
    for sec in SUNDERLAND_SECTIONS:
        doc.add_heading(sec["heading"], level=1)
        p = doc.add_paragraph()
        p.add_run(sec["label"]).bold = True
        p = doc.add_paragraph()
        p.add_run(sec["apa"]).italic = True
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9D9D9")
        for row in sec["rows"]:
            cells = t.add_row().cells
            for j, v in enumerate(row):
                set_cell(cells[j], v)
            shade(cells[5], RAG_WORD_FILL[row[5]])
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w

    doc.add_heading(SUNDERLAND_AFI["heading"], level=1)
    doc.add_paragraph(SUNDERLAND_AFI["intro"])
    heads2 = ["Area for improvement", "Ref", "Action", "Lead(s)", "By when", "RAG (July 2025)"]
    t = doc.add_table(rows=1, cols=len(heads2))
    t.style = "Table Grid"
    for j, h in enumerate(heads2):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "D9D9D9")
    for afi, rows in SUNDERLAND_AFI["groups"]:
        first = None
        for row in rows:
            cells = t.add_row().cells
            if first is None:
                first = cells[0]
                set_cell(cells[0], afi)
            else:
                first = first.merge(cells[0])
            for j, v in enumerate(row):
                set_cell(cells[1 + j], v)
            shade(cells[5], RAG_WORD_FILL[row[4]])
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to the Sunderland SEND Partnership Board every half-term "
                      "and to the Department for Education and NHS England at six-monthly review meetings.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. Harrow Safeguarding Children Board - JTAI action plan (xlsx)
# ---------------------------------------------------------------------------
HARROW_TITLE = "Harrow Safeguarding Children Board – JTAI Partnership Action Plan"
HARROW_AFI = {
    1: "The consistency with which police officers attending domestic abuse incidents capture the voice and lived experience of children in MERLIN notifications.",
    2: "The timeliness of information sharing from health partners, including GPs and school nursing, to the MASH when domestic abuse is identified.",
    3: "The availability of specialist support for children who have experienced domestic abuse, including therapeutic support, and the length of time children wait for it.",
    4: "The oversight of the partnership’s response to domestic abuse by the Harrow Safeguarding Children Board, including its use of multi-agency data.",
}
# (no, afi, action, leads, due, q1, q2, rag)
HARROW_OPEN = [
    ("1", 1, "Deliver mandatory ‘Voice of the Child’ training to all North West BCU response officers, with completion tracked through the BCU training dashboard.",
     "Detective Chief Inspector, Public Protection (NW BCU)", "Q4 2024/25",
     "82% of response officers trained.", "94% trained; remaining officers booked on October sessions.", "G"),
    ("2", 1, "Quarterly multi-agency audit of 25 MERLINs to test whether children’s views and experiences are recorded, with findings reported to the Quality Assurance Subgroup.",
     "Detective Chief Inspector, Public Protection (NW BCU)\nChair, Quality Assurance Subgroup", "Q2 2025/26",
     "First audit completed: 11 of 25 MERLINs recorded the child’s view.", "Second audit postponed to November because of police abstractions.", "A"),
    ("4", 2, "Place a health practitioner in the MASH five days a week, with access to GP, acute and community health records.",
     "Designated Nurse Safeguarding Children (NWL ICB)\nHead of MASH and Early Support", "Q3 2025/26",
     "Business case approved by ICB in May.", "Recruitment failed twice; ICB considering a secondment from CLCH. Escalated to HSCB Executive.", "R"),
    ("5", 3, "Commission a children and young people’s domestic abuse service (young people’s IDVA and group work for children) from the VAWG budget.",
     "VAWG Strategic Lead, Community Safety", "Apr-25",
     "Contract awarded to Hestia; service started 1 April 2025.", "47 referrals in Q2; average wait 3 weeks.", "G"),
    ("7", 4, "Develop a domestic abuse section of the HSCB performance dataset, including repeat incidents, MARAC cases involving children and waiting times for support.",
     "HSCB Business Manager\nHead of Performance and Intelligence (Harrow Council)", "Q4 2025/26",
     "Draft indicators agreed at Performance Subgroup.", "Police and health data not yet received for two indicators.", "A"),
    ("8", 4, "Hold a joint HSCB and Safer Harrow development session on domestic abuse and children, with actions fed back into both partnership plans.",
     "Independent Scrutineer", "Ongoing – annual",
     "First session held 12 June 2025.", "Next session planned for June 2026.", "G"),
]
HARROW_CLOSED = [
    ("3", 2, "Issue a seven-minute briefing to all Harrow GP practices on the MASH referral pathway for domestic abuse and the HSCB threshold document.",
     "Named GP for Safeguarding Children (NWL ICB)", "Dec-24",
     "Briefing circulated 29 November 2024 and discussed at GP safeguarding leads forum. Closed by HSCB Executive 21 January 2025.", "B"),
    ("6", 3, "Publish a directory of domestic abuse support for children and families on the HSCB website and the Harrow Local Offer.",
     "HSCB Business Manager", "Jan-25",
     "Directory published 20 January 2025; review date set for January 2026. Closed by HSCB Executive 15 April 2025.", "B"),
]


def make_harrow(path):
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = HARROW_TITLE
    fs["A1"].font = Font(bold=True, size=15)
    fs["A2"] = "Joint Targeted Area Inspection: the multi-agency response to children who are victims of domestic abuse"
    fs["A3"] = "Inspection: 3–7 June 2024 (Ofsted, CQC, HMICFRS)   |   Letter published: 23 July 2024"
    fs["A5"] = "Statutory safeguarding partners"
    fs["A5"].font = Font(bold=True)
    fs["A6"] = "Harrow Council – Corporate Director, People Services"
    fs["A7"] = "Metropolitan Police Service – North West BCU Commander"
    fs["A8"] = "NHS North West London ICB – Chief Nursing Officer"
    fs["A10"] = "RAG key"
    fs["A10"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("R", "Off track – escalate to HSCB Executive"),
                                   ("A", "Some risk to delivery by the due date"),
                                   ("G", "On track"),
                                   ("B", "Complete – evidence accepted by HSCB Executive")]):
        c = fs.cell(row=11 + i, column=1, value=k)
        c.fill = fill(FILL[k])
        c.alignment = Alignment(horizontal="center")
        fs.cell(row=11 + i, column=2, value=txt)
    fs["A16"] = "The plan is monitored quarterly by the HSCB Executive. Next review: 20 January 2026."
    fs.column_dimensions["A"].width = 8
    fs.column_dimensions["B"].width = 50

    heads = ["No.", "Area for improvement (JTAI letter)", "Action", "Lead(s)", "Due",
             "Q1 2025/26 update", "Q2 2025/26 update", "RAG"]
    ws = wb.create_sheet("Action plan")
    ws["A1"] = HARROW_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 14 October 2025 (Q2 2025/26) – for HSCB Executive, 21 October 2025"
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("C6E0B4")
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    start = {}
    for no, afi, action, leads, due, q1, q2, rag in HARROW_OPEN:
        vals = [no, HARROW_AFI[afi] if afi not in start else None, action, leads, due, q1, q2, rag]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BORDER
        ws.cell(row=r, column=8).fill = fill(FILL[rag])
        ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
        start.setdefault(afi, [r, r])[1] = r
        ws.row_dimensions[r].height = 75
        r += 1
    for afi, (a, b) in start.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    ws.cell(row=r + 1, column=1, value="Completed actions (3 and 6) have moved to the ‘Closed actions’ sheet.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (5, 40, 50, 34, 12, 34, 34, 6)):
        ws.column_dimensions[col].width = w

    cs = wb.create_sheet("Closed actions")
    cs["A1"] = "Closed actions – signed off by the HSCB Executive"
    cs["A1"].font = Font(bold=True, size=13)
    heads2 = ["No.", "Area for improvement (JTAI letter)", "Action", "Lead(s)", "Due", "Closure evidence", "RAG"]
    for j, h in enumerate(heads2, 1):
        c = cs.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("C6E0B4")
        c.border = BORDER
    r = 4
    for no, afi, action, leads, due, ev, rag in HARROW_CLOSED:
        for j, v in enumerate([no, HARROW_AFI[afi], action, leads, due, ev, rag], 1):
            c = cs.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BORDER
        cs.cell(row=r, column=7).fill = fill(FILL[rag])
        r += 1
    for col, w in zip("ABCDEFG", (5, 40, 50, 34, 12, 45, 6)):
        cs.column_dimensions[col].width = w

    gl = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([("BCU", "Basic Command Unit (Metropolitan Police)"),
                                 ("IDVA", "Independent Domestic Violence Advocate"),
                                 ("MARAC", "Multi-Agency Risk Assessment Conference"),
                                 ("MASH", "Multi-Agency Safeguarding Hub"),
                                 ("MERLIN", "Police notification of a child coming to notice (Merlin Pre-Assessment Checklist)"),
                                 ("VAWG", "Violence Against Women and Girls")], 1):
        gl.cell(row=i, column=1, value=a).font = Font(bold=True)
        gl.cell(row=i, column=2, value=b)
    gl.column_dimensions["B"].width = 70
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Sheffield Youth Justice Service - HMIP improvement plan (csv)
# ---------------------------------------------------------------------------
SHEFFIELD_REC = {
    1: "R1. The Head of Service should improve the quality of assessment and planning for safety and wellbeing, so that it draws on all relevant information held by children's social care, health and education.",
    2: "R2. The Head of Service should make sure that children's diversity needs, including those of Black and mixed-heritage children, are understood and reflected in their plans.",
    3: "R3. The Management Board should make sure that education partners provide timely access to suitable full-time education for children known to the YJS, including those excluded from school.",
}
# (rec, ref, action, owner, target, rag, update)
SHEFFIELD = [
    (1, "1.1", "Introduce a YJS practice standard for assessing safety and wellbeing, covering:\n- contact with the child's social worker before the assessment is signed off\n- checks with police, health and education records\n- a clear contingency plan",
     "Head of Service, Youth Justice", "30/06/2025", "Blue - complete",
     "Standard launched at all-staff day 4 June 2025.\nCompliance checked in July audit: 88%."),
    (1, "1.2", "Monthly management audit of five AssetPlus assessments per team, with findings reported to the Quality and Performance Subgroup.",
     "YJS Operational Manager (Court & Custody)", "Sep-25", "Green",
     "Audits completed April–August. Themes report to Subgroup 17 September."),
    (2, "2.1", "Deliver anti-racist practice training to all YJS case managers, seconded police officers and volunteers.",
     "AH/JP", "March 2026", "Amber",
     "Two of four sessions delivered; volunteer sessions not yet booked."),
    (2, "2.2", "Add a mandatory identity and diversity section to intervention plans, checked at case supervision.",
     "Practice Development Lead", "31/12/2025", "Green",
     "ChildView form change requested; go-live November."),
    (3, "3.1", "Appoint a Sheffield Inclusion Centre representative and the Director of Education to the Youth Justice Management Board.",
     "Chair of YJ Management Board; Director of Education", "Jun-25", "Blue - complete",
     "Both attended Board from June 2025."),
    (3, "3.2", "Agree an education escalation protocol so that any child known to the YJS without a full-time offer is discussed at the Fair Access Panel within 10 school days.",
     "Head of Inclusion and Attendance", "Jan-26", "Not started",
     "Awaiting revised Fair Access Protocol (due December)."),
    (3, "3.3", "Report the number of YJS children without a full-time education offer to every Management Board meeting.",
     "YJS Performance Officer", "Ongoing", "Red",
     "Not reported at September Board – education data not received."),
]


def make_sheffield(path):
    ncol = 7
    rows = [
        ["Sheffield Youth Justice Service – HMIP Inspection Improvement Plan"] + [""] * (ncol - 1),
        ["Inspection of youth justice services, fieldwork 13–24 January 2025; report published 15 April 2025; overall rating: Requires improvement"] + [""] * (ncol - 1),
        ["Plan owner: Head of Service, Youth Justice. Reported to: Sheffield Youth Justice Management Board. Last updated 30/09/2025"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Recommendation", "Ref", "Action", "Owner", "Target date", "RAG", "Progress update"],
    ]
    seen = set()
    for rec, ref, action, owner, target, rag, upd in SHEFFIELD:
        rows.append([SHEFFIELD_REC[rec] if rec not in seen else "", ref, action, owner, target, rag, upd])
        seen.add(rec)
    rows.append([""] * ncol)
    counts = {}
    for item in SHEFFIELD:
        counts[item[5]] = counts.get(item[5], 0) + 1
    rows.append(["Summary at 30 September 2025", "", "", "", "", "", ""])
    for k in ["Blue - complete", "Green", "Amber", "Red", "Not started"]:
        rows.append(["", "", "", "", k, str(counts.get(k, 0)), ""])
    rows.append(["", "", "", "", "Total", str(len(SHEFFIELD)), ""])
    rows.append([""] * ncol)
    rows.append(["RAG key: Blue - complete; Green - on track; Amber - some slippage; Red - off track; Not started - due to start later in the plan"] + [""] * (ncol - 1))
    rows.append(["Owner initials: AH = Team Manager (Prevention and Diversion); JP = Practice Development Lead"] + [""] * (ncol - 1))
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 5. Foster Wales Cardiff - CIW fostering inspection improvement plan (txt)
# ---------------------------------------------------------------------------
CARDIFF_TITLE = "Foster Wales Cardiff – CIW Fostering Inspection Improvement Plan"
CARDIFF = [
    ("1. Well-being", [
        ("Children’s views are not consistently recorded in foster carers’ annual reviews, and children do not always receive information about their foster carers before they move in.", [
            {"ref": "1.1", "do": "Add a child’s voice section to the foster carer annual review report and make its completion mandatory before the review is presented to the fostering panel.",
             "lead": "Fostering Reviewing Officer", "dates": [("Target date", "31 March 2025")], "rag": "B",
             "progress": "New review template in use for all reviews from 1 April 2025."},
            {"ref": "1.2", "do": "Produce a ‘Welcome to my home’ profile for every general foster carer household, shared with the child before any planned move.",
             "lead": "Team Manager, Fostering Support", "dates": [("Target date", "End of September 2025")], "rag": "G",
             "progress": "112 of 140 general households have a completed profile."},
        ]),
    ]),
    ("2. Care and development", [
        ("Not all foster carers have completed the training the service requires, including safer caring and trauma-informed practice.", [
            {"ref": "2.1", "do": "Review the training records of all approved households and agree an individual catch-up plan with every carer whose mandatory training is out of date.",
             "lead": "Learning and Development Officer; Supervising Social Workers", "dates": [("Target date", "By 30 June 2025")], "rag": "B",
             "progress": "All 187 households reviewed; 41 catch-up plans agreed and monitored in supervision."},
            {"ref": "2.2", "do": "Make trauma recovery model (TRM) training part of the core offer for new foster carers, delivered within their first year of approval.",
             "lead": "Fostering Training Coordinator", "dates": [("Original target date", "31/07/2025"), ("Revised target date", "31/01/2026")], "rag": "A",
             "progress": "Trainer contract delayed by procurement; first cohort now booked for November 2025."},
        ]),
    ]),
    ("3. Leadership and management", [
        ("Supervisory visits to foster carers do not always take place at the frequency set out in the statement of purpose, and records of visits are not consistently shared with carers (Regulation 26).", [
            {"ref": "3.1", "do": "Set a service standard of six-weekly supervisory visits for general foster carers and monthly visits for kinship carers in their first year, reported monthly on the fostering dashboard.",
             "lead": "Operational Manager, Placements and Fostering", "dates": [("Target date", "December 2025")], "rag": "G",
             "progress": "Standard agreed. Visits within timescale: 79% in August (target 95%)."},
            {"ref": "3.2", "do": "Audit 10% of supervisory visit records each quarter and feed back themes to supervising social workers in team meetings.",
             "lead": "Quality Assurance Officer (Fostering)", "dates": [("Target date", "Quarterly – ongoing")], "rag": "G",
             "progress": "Q1 audit complete; Q2 audit in progress."},
        ]),
        ("Annual reviews of foster carers are not always completed within the required timescale.", [
            {"ref": "3.3", "do": "Clear the backlog of overdue annual reviews (27 at the time of inspection) and recruit an additional fostering reviewing officer.",
             "lead": "Operational Manager, Placements and Fostering / Head of Service, Children Looked After", "dates": [("Target date", "31/03/2026")], "rag": "R",
             "progress": "Backlog reduced to 19, but the reviewing officer post has not been filled after two adverts. Agency cover requested."},
        ]),
    ]),
]


def make_cardiff(path):
    L = []
    L.append(CARDIFF_TITLE)
    L.append("Cardiff Council – Local Authority Fostering Service")
    L.append("")
    L.append("Inspection:          4–8 November 2024 (Care Inspectorate Wales)")
    L.append("Report published:    22 January 2025")
    L.append("Plan owner:          Operational Manager, Placements and Fostering")
    L.append("Version:             4 – updated for Corporate Parenting Advisory Committee, 9 October 2025")
    L.append("")
    L.append("RAG key: B = complete | G = on track | A = some slippage | R = off track")
    L.append("")
    L.append("=" * 78)
    for sec, afis in CARDIFF:
        L.append("")
        L.append(sec)
        L.append("-" * len(sec))
        for afi, acts in afis:
            L.append("")
            L.append("Area for improvement")
            L.append(afi)
            for a in acts:
                L.append("")
                L.append(f"  Action {a['ref']}")
                L.append(f"  What we will do:  {a['do']}")
                L.append(f"  Lead:             {a['lead']}")
                for k, v in a["dates"]:
                    L.append("  " + (k + ":").ljust(17) + " " + v)
                L.append(f"  RAG:              {a['rag']}")
                L.append(f"  Progress:         {a['progress']}")
    L.append("")
    L.append("=" * 78)
    L.append("Summary (9 October 2025): 7 actions – 2 complete, 3 on track, 1 some slippage, 1 off track")
    L.append("Exported from the Children's Services improvement tracker, 09/10/2025 11:42")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------------------
# 6. Lewisham Corporate Parenting Board action plan (docx)
# ---------------------------------------------------------------------------
LEWISHAM_TITLE = "Lewisham Corporate Parenting Board – Action Plan 2024–2026"
LEWISHAM = [
    ("Section A – Children in care", [
        ("Promise 1: We will make sure you live somewhere safe and stable, close to the people who matter to you", [
            ("A1", "Increase the number of Lewisham foster carers by 15 households through the Fostering Lewisham recruitment campaign, targeting carers for teenagers.",
             "Head of Placements and Fostering", "March 2025", "Green", "17 new households approved by March 2025."),
            ("A2", "Review the plan of every child living more than 20 miles from Lewisham at their next looked-after review, with the IRO confirming the plan for moving closer where this is in the child’s interests.",
             "IRO Service Manager / Head of Children in Care", "Dec 24 – Mar 25", "Green", "All 58 reviews completed; 9 children have moved closer."),
        ]),
        ("Promise 2: We will help you do well at school and in learning", [
            ("A3", "Make sure every child in care of school age has a Personal Education Plan each term, with 95% rated good or better by the Virtual School.",
             "Virtual School Headteacher", "Termly", "Amber", "Summer term: 97% of PEPs completed, 88% rated good or better."),
            ("A4", "Offer every child in care in Year 11 a careers mentor through the council’s apprenticeship and business partners.",
             "Virtual School Headteacher\nHead of Economic Development", "Summer term 2025", "Red", "Only 14 of 46 Year 11 young people were matched with a mentor. To be relaunched with Lewisham College."),
        ]),
    ]),
    ("Section B – Care leavers", [
        ("Promise 3: We will help you find a good home when you leave care", [
            ("B1", "Agree a joint protocol with Housing Needs so that no care leaver is placed in bed and breakfast accommodation.",
             "Housing Needs Manager; Leaving Care Service Manager", "October 2024", "Green", "Protocol signed October 2024. No care leavers in B&B since November."),
            ("B2", "Extend the council tax exemption to Lewisham care leavers living outside the borough, up to age 25.",
             "Director of Revenues and Benefits", "April 2025", "Amber", "Agreed in principle; awaiting decision at Mayor and Cabinet in October."),
        ]),
        ("Promise 4: We will support your health and emotional wellbeing", [
            ("B3", "Give every care leaver a summary of their health history (‘health passport’) before their 18th birthday.",
             "Designated Nurse for Looked After Children (SEL ICB)", "March 2026", "Amber", "61% of young people turning 18 this year have received their passport."),
            ("B4", "Set up a drop-in emotional wellbeing clinic at the Leaving Care hub, run with Lewisham CAMHS and the young adults’ mental health service.",
             "Head of Care Leavers Service", "Sept 2025", "Red", "Funding not yet identified. Raised at Board on 18 September."),
            ("B5", "Hold an annual Corporate Parenting Board meeting led by care-experienced young people during National Care Leavers’ Week.",
             "All Corporate Parenting Board members", "Annually (October)", "Amber", "2024 session held; planning for October 2025 under way with the Children in Care Council."),
        ]),
    ]),
]
LEW_FILL = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_lewisham(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(LEWISHAM_TITLE, level=0)
    doc.add_paragraph("Delivering ‘Our Promise’ to Lewisham’s children in care and care leavers")
    doc.add_paragraph("This plan sets out what the Board and council services will do to keep the promises made by the "
                      "Corporate Parenting Board to children in care and care leavers. It is reviewed at every Board meeting.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Comment"]):
        set_cell(t.rows[0].cells[j], h, bold=True)
    for row in [("1.0", "12 June 2024", "Agreed by Corporate Parenting Board"),
                ("1.4", "18 September 2025", "Updated for Board – RAG and updates refreshed")]:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("How we rate progress").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Green", "Completed"), ("Amber", "In progress"), ("Red", "Not started or at risk")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], LEW_FILL[k])
        set_cell(cells[1], v)

    heads = ["No.", "What we will do", "Who is responsible", "When", "RAG", "Update (Board, 18 September 2025)"]
    widths = [Cm(1.2), Cm(8.5), Cm(4.5), Cm(3), Cm(1.8), Cm(6.5)]
    for sec, promises in LEWISHAM:
        doc.add_heading(sec, level=1)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "7030A0")
        for promise, rows in promises:
            cells = t.add_row().cells
            m = cells[0].merge(cells[len(heads) - 1])
            set_cell(m, promise, bold=True)
            shade(m, "E4DFEC")
            for row in rows:
                cells = t.add_row().cells
                for j, v in enumerate(row):
                    set_cell(cells[j], v)
                shade(cells[4], LEW_FILL[row[4]])
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = w
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Sign-off").bold = True
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Role", "Name", "Date"]):
        set_cell(t.rows[0].cells[j], h, bold=True)
    for j, v in enumerate(["Chair, Corporate Parenting Board", "Cllr Chris Barnham", "18 September 2025"]):
        set_cell(t.rows[1].cells[j], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 7. Camden focused visit action plan - mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
CAMDEN_TITLE = "Camden Children's Services – Ofsted Focused Visit Action Plan"
# (ref, afi or None, action, owner, completion, status, comments)
CAMDEN = [
    ("1a", "1. The consistency of written plans for children in need and children subject to a child protection plan, so that they are specific about what needs to change and by when.",
     "Relaunch the Camden plan template with SMART outcomes and a ‘what needs to change’ section written to the family.",
     "Head of Safeguarding and Family Support", "Jan-2025", "Complete", "Template live on Mosaic from 13 January."),
    ("1b", None, "Run practice workshops for all social workers in the Family Support and Safeguarding teams on writing plans with families.",
     "Principal Social Worker", "Mar-2025", "Complete", "8 workshops, 96 staff attended."),
    ("1c", None, "Include plan quality in the monthly practice audit and report the proportion of plans rated good to the Practice Standards Group.",
     "Head of Quality Assurance & Safeguarding", "0ct-2025", "On track", "Plans rated good: 64% (Q1), 71% (Q2)."),
    ("2a", "2. The timeliness of core group meetings and the attendance of partner agencies, particularly schools during holiday periods.",
     "Set up a core group tracker in Mosaic so that team managers see core groups due in the next 10 working days.",
     "Business Intelligence Manager", "Jun-2025", "Complete", "Tracker live May 2025."),
    ("2b", None, "Agree with Camden Learning a holiday-period contact for each school so that education is represented at core groups in school holidays.",
     "Head of Inclusion (Camden Learning)", "Sep-2025", "Some slippage", "Agreed for secondary schools; primary list incomplete."),
    ("3a", "3. The quality of management oversight of children in need cases that are stepped down from child protection plans.",
     "Introduce a step-down checklist signed off by the team manager before a child protection plan ends.",
     "Service Manager, Family Support and Safeguarding", "Dec-2025", "On track", "Draft checklist tested in two teams."),
    ("3b", None, "Dip sample 20 step-down cases each quarter and report findings to the Children’s Safeguarding and Social Work Leadership Team.",
     "Head of Quality Assurance & Safeguarding", "Mar-2026", "Not started", "First sample planned for January 2026."),
]


def make_camden(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "FV action plan"
    ws["A1"] = CAMDEN_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Focused visit 5–6 November 2024: children in need and children subject to a child protection plan. "
                "Letter published 10 December 2024.")
    ws["A3"] = "Updated 15 July 2025 for Children's Safeguarding and Social Work Leadership Team"
    heads = ["Ref", "Area for improvement", "Action", "Action owner", "Completion date", "Status", "Comments"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("000000")
        c.border = BORDER
    status_fill = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Not started": "FFFFFF"}
    r = 6
    for ref, afi, action, owner, when, status, comm in CAMDEN:
        for j, v in enumerate([ref, afi, action, owner, when, status, comm], 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BORDER
        ws.cell(row=r, column=6).fill = fill(status_fill[status])
        r += 1
    for col, w in zip("ABCDEFG", (6, 45, 55, 32, 14, 14, 40)):
        ws.column_dimensions[col].width = w
    nt = wb.create_sheet("Notes")
    nt["A1"] = "Status key: Complete (blue); On track (green); Some slippage (amber); Off track (red); Not started (no colour)"
    nt["A3"] = "Ofsted will consider progress against these areas at the next ILACS inspection."
    wb.save(path)


FILES = {
    "ia1-royal-greenwich-council-ilacs-improvement-plan.xlsx": make_greenwich,
    "ia1-sunderland-local-area-send-priority-action-plan.docx": make_sunderland,
    "ia1-harrow-safeguarding-children-board-jtai-action-plan.xlsx": make_harrow,
    "ia1-sheffield-youth-justice-service-hmip-improvement-plan.csv": make_sheffield,
    "ia1-foster-wales-cardiff-ciw-fostering-inspection-improvement-plan.txt": make_cardiff,
    "ia1-lewisham-corporate-parenting-board-action-plan.docx": make_lewisham,
    "ia1-camden-council-focused-visit-action-plan-typo-month-refuse.xlsx": make_camden,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
