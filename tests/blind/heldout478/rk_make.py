"""Build the seven rk- test files of set heldout478.

Run with: /work/main/.venv/bin/python rk_make.py
Writes the data files beside this script (docx with python-docx, xlsx with openpyxl,
csv/txt written directly). The .expected.yaml files are written separately by hand.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"


def D(y, m, d):
    return dt.date(y, m, d)


# ---------------------------------------------------------------------------
# 1. Dominican College, Portstewart - ETI post-inspection action plan (docx)
# ---------------------------------------------------------------------------
DOMINICAN_TITLE = "Dominican College, Portstewart – Post-Inspection Action Plan"
DOMINICAN_AFIS = [
    ("Area for Improvement 1",
     "To improve the consistency of the quality of learning and teaching in Key Stage 3 "
     "mathematics, so that all pupils are challenged appropriately.",
     [
         ("1.1", "Carry out a programme of paired lesson observations in Key Stage 3 mathematics, "
                 "with a focus on pace, challenge and questioning.",
          "Vice-Principal (Curriculum); Head of Mathematics", "March 2025",
          "All KS3 mathematics teachers observed twice; observation records show improved challenge.",
          GREEN),
         ("1.2", "Revise the Key Stage 3 mathematics scheme of work to build in planned extension "
                 "tasks for more able pupils.",
          "Head of Mathematics", "June 2025",
          "Revised scheme of work in place for September 2025.", GREEN),
         ("1.3", "Provide in-house professional learning on assessment for learning strategies, "
                 "led by the Numeracy Co-ordinator.",
          "Numeracy Co-ordinator", "Autumn term 2025",
          "Two twilight sessions delivered; staff questionnaire shows increased confidence.", AMBER),
     ]),
    ("Area for Improvement 2",
     "To develop further the use of data by middle leaders to track and monitor pupils’ progress "
     "and to inform planning for improvement.",
     [
         ("2.1", "Introduce a common tracking template for all departments, linked to the College’s "
                 "SIMS assessment manager.",
          "Mr P Doherty (Data Manager)", "31/03/2025",
          "Template in use in all 14 departments.", GREEN),
         ("2.2", "Train all Heads of Department in the analysis of baseline and GCSE data; each "
                 "department to set targets in its action plan.",
          "Mr P Doherty and Mrs C McAleese", "Sept 2025",
          "Training delivered in June; departmental targets to be set in September.", AMBER),
         ("2.3", "Middle leaders to present a termly progress review to SLT, with agreed actions for "
                 "underachieving groups.",
          "SLT / Heads of Department", "Termly",
          "First reviews held in May 2025; schedule agreed for 2025/26.", AMBER),
     ]),
    ("Area for Improvement 3",
     "To ensure that the school’s child protection policy is updated fully in line with current "
     "Department of Education guidance and that all staff receive the required training.",
     [
         ("3.1", "Update the Safeguarding and Child Protection Policy in line with DE Circular 2020/07 "
                 "and present it to the Board of Governors for ratification.",
          "Designated Teacher for Child Protection", "February 2025",
          "Policy ratified by the Board of Governors on 24 February 2025.", GREEN),
         ("3.2", "Deliver whole-staff child protection refresher training, including ancillary and "
                 "support staff, and keep a signed training register.",
          "Designated Teacher for Child Protection; Deputy Designated Teacher", "April 2025",
          "Teaching staff trained; 11 support staff still to complete training.", RED),
     ]),
]


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


def set_cell(cell, text, bold=False, size=None):
    lines = text.split("\n")
    cell.text = lines[0]
    for extra in lines[1:]:
        cell.add_paragraph(extra)
    for p in cell.paragraphs:
        for r in p.runs:
            r.bold = bold
            if size:
                r.font.size = Pt(size)


def build_dominican(path):
    doc = Document()
    doc.add_heading(DOMINICAN_TITLE, level=0)
    doc.add_paragraph("Education and Training Inspectorate – Inspection of November 2024")
    doc.add_paragraph(
        "This action plan has been prepared by the Senior Leadership Team and approved by the Board "
        "of Governors on 27 January 2025. It sets out how the College will address the areas for "
        "improvement identified in the ETI report published in January 2025. Progress is reported to "
        "the Board of Governors each term and will be reviewed by the District Inspector at the "
        "follow-up inspection.")
    ctl = doc.add_table(rows=0, cols=2)
    ctl.style = "Table Grid"
    for k, v in [("Document owner", "Principal"), ("Version", "2.1"),
                 ("Last reviewed", "9 June 2025"), ("Next review", "September 2025")]:
        r = ctl.add_row()
        set_cell(r.cells[0], k, bold=True)
        set_cell(r.cells[1], v)
    for heading, afi, actions in DOMINICAN_AFIS:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        run = p.add_run(afi)
        run.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Actions", "Lead person(s)", "Timescale",
                                          "Success criteria / evidence", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, GREY)
        for ref, text, lead, when, success, rag in actions:
            r = t.add_row()
            for c, v in zip(r.cells[:5], [ref, text, lead, when, success]):
                set_cell(c, v)
            shade(r.cells[5], rag)
        doc.add_paragraph()
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for fill, meaning in [(GREEN, "Green – completed"), (AMBER, "Amber – in progress"),
                          (RED, "Red – behind schedule")]:
        r = key.add_row()
        shade(r.cells[0], fill)
        set_cell(r.cells[1], meaning)
    doc.add_paragraph()
    doc.add_paragraph("Signed: ______________________  Principal          Date: ____________")
    doc.add_paragraph("Signed: ______________________  Chair, Board of Governors          Date: ____________")
    doc.save(path)


# ---------------------------------------------------------------------------
# 2. Carr Gomm Edinburgh Housing Support Service - Care Inspectorate improvement plan (docx)
# ---------------------------------------------------------------------------
CARR_TITLE = "Carr Gomm Edinburgh Housing Support Service – Care Inspectorate Improvement Plan"
SSI = ("The Social Care and Social Work Improvement Scotland (Requirements for Care Services) "
       "Regulations 2011 (SSI 2011/210).")
CARR_ITEMS = [
    ("By 31 July 2025, the provider must ensure that each person’s personal plan reflects their "
     "current health and care needs and is reviewed at least once in every six-month period.\n"
     "This is to comply with Regulation 5(2)(b) (Personal plans) of " + SSI,
     [
         ("R1.1", "Audit all personal plans against current assessed needs and prioritise those not "
                  "reviewed in the last six months.",
          "Registered Manager", "30/04/2025", "All 46 plans audited; 19 identified as overdue for review.",
          "Complete"),
         ("R1.2", "Hold six-monthly reviews with each person and their representatives, recording "
                  "outcomes in the personal plan.",
          "Team Leaders", "31/07/2025", "31 of 46 reviews held by 30 June.", "Amber"),
         ("R1.3", "Introduce a monthly review tracker, checked by the Service Manager at supervision "
                  "with each Team Leader.",
          "Service Manager", "May 2025", "Tracker in place from 12 May 2025.", "Complete"),
     ]),
    ("By 31 May 2025, the provider must ensure that people are supported to take their medication "
     "safely, in line with best practice guidance. In order to do this, the provider must:\n"
     "a) ensure medication administration records are accurate and completed at the time of "
     "administration; and\n"
     "b) carry out and record regular competency assessments of staff who support people with "
     "medication.\n"
     "This is to comply with Regulation 4(1)(a) (Welfare of users) of " + SSI,
     [
         ("R2.1", "Replace paper MAR charts with the electronic medication recording module on the "
                  "care planning system.",
          "Service Manager & Digital Lead", "31/05/2025\nRevised: 31/08/2025",
          "Module live in two of four teams; supplier training for remaining teams booked for July.",
          "Amber"),
         ("R2.2", "Complete medication competency assessments for all staff who administer or prompt "
                  "medication, and repeat annually.",
          "Team Leaders; Learning & Development Lead", "31/05/2025",
          "94% of staff assessed; remaining staff booked.", "Green"),
     ]),
    ("To support good outcomes for people, the provider should ensure that staff receive regular "
     "supervision and that discussions about practice and development are recorded.\n"
     "This ensures care and support is consistent with the Health and Social Care Standards (HSCS) "
     "which state that: ‘I have confidence in people because they are trained, competent and "
     "skilled, are able to reflect on their practice and follow their professional and "
     "organisational codes.’ (HSCS 3.14)",
     [
         ("AFI1.1", "Publish a supervision schedule for the year so that every worker has supervision "
                    "at least every eight weeks.",
          "Registered Manager", "June 2025", "Schedule issued to all staff on 2 June 2025.", "Complete"),
         ("AFI1.2", "Use the new reflective supervision template, including a practice discussion, and "
                    "audit a sample of ten records each quarter.",
          "Service Manager", "Ongoing", "First quarterly audit completed; good use of template.", "Green"),
     ]),
    ("The provider should ensure that people and their families are involved in evaluating the "
     "service and that their views are used to inform improvements.\n"
     "This ensures care and support is consistent with the HSCS which state that: ‘I am supported "
     "to give regular feedback on how I experience my care and support and the organisation uses "
     "learning from this to improve.’ (HSCS 4.8)",
     [
         ("AFI2.1", "Run a ‘You said, we did’ survey of people supported and families, and share the "
                    "results at the tenants’ meeting.",
          "Engagement Officer", "September 2025", "", "Not started"),
     ]),
]


def vmerge(table, col, r0, r1):
    if r1 > r0:
        a = table.cell(r0, col)
        b = table.cell(r1, col)
        a.merge(b)


def build_carr(path):
    doc = Document()
    doc.add_heading(CARR_TITLE, level=0)
    doc.add_paragraph("Service type: Housing Support Service and Care at Home (combined)")
    doc.add_paragraph("Inspection: unannounced, 11–13 March 2025. Report published 17 April 2025.")
    doc.add_paragraph("Evaluations awarded by the Care Inspectorate:")
    g = doc.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    set_cell(g.rows[0].cells[0], "Key question", bold=True)
    set_cell(g.rows[0].cells[1], "Grade", bold=True)
    for q, gr in [("How well do we support people's wellbeing?", "3 – Adequate"),
                  ("How good is our leadership?", "3 – Adequate"),
                  ("How good is our staff team?", "4 – Good"),
                  ("How well is our care and support planned?", "2 – Weak")]:
        r = g.add_row()
        set_cell(r.cells[0], q)
        set_cell(r.cells[1], gr)
    doc.add_paragraph()
    doc.add_paragraph(
        "The table below sets out each requirement and area for improvement from the report, the "
        "actions we are taking and progress at 30 June 2025.")
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    heads = ["Ref", "Requirement / area for improvement", "Our actions", "Who",
             "By when", "Progress at 30 June 2025", "RAG"]
    for c, h in zip(t.rows[0].cells, heads):
        set_cell(c, h, bold=True)
        shade(c, GREY)
    fills = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for item_text, actions in CARR_ITEMS:
        first = len(t.rows)
        for ref, text, who, when, prog, rag in actions:
            r = t.add_row()
            set_cell(r.cells[0], ref)
            set_cell(r.cells[2], text)
            set_cell(r.cells[3], who)
            set_cell(r.cells[4], when)
            set_cell(r.cells[5], prog)
            set_cell(r.cells[6], rag)
            if rag in fills:
                shade(r.cells[6], fills[rag])
        last = len(t.rows) - 1
        set_cell(t.cell(first, 1), item_text)
        vmerge(t, 1, first, last)
    doc.add_paragraph()
    doc.add_paragraph(
        "Notes: RAG ratings are reviewed at the monthly service improvement meeting. Actions marked "
        "Complete will be removed from the next version of this plan once evidence has been shared "
        "with the inspector.")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Prepared by", "Role", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(s.rows[1].cells, ["", "Registered Manager", "30/06/2025"]):
        set_cell(c, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. Torfaen CBC - strategic risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
TORFAEN_TITLE = "Torfaen County Borough Council – Strategic Risk Register 2025/26"
TORFAEN_RISKS = [
    ("SR1 – Financial Sustainability: the Council cannot set a balanced budget or deliver its Medium "
     "Term Financial Strategy",
     "Chief Officer – Resources", 20, 16, 16, "↔",
     [
         ("SR1.1", "Deliver the 2025/26 savings programme of £6.2m, with monthly tracking of each "
                   "proposal by the Budget Monitoring Group.",
          "Chief Officer – Resources", D(2026, 3, 31), None, "G", "A",
          "£4.9m delivered or on track; £1.3m at risk in social care placements."),
         ("SR1.2", "Refresh the Medium Term Financial Strategy to 2029/30 and present it to Cabinet "
                   "alongside the draft budget.",
          "Head of Finance", D(2025, 12, 31), None, "G", "G",
          "Draft MTFS prepared; Cabinet briefing 18 November."),
     ]),
    ("SR2 – Safeguarding: failure to safeguard children and adults at risk leads to serious harm "
     "and loss of public confidence",
     "Director of Social Services", 20, 12, 12, "↔",
     [
         ("SR2.1", "Complete the corporate safeguarding self-assessment across all directorates and "
                   "report the findings to the Corporate Safeguarding Board.",
          "Director of Social Services", D(2025, 6, 30), D(2025, 9, 30), "A", "B",
          "Self-assessment reported to the Board on 23 September 2025."),
         ("SR2.2", "Raise completion of Level 1 safeguarding e-learning across the workforce to 95%.",
          "Head of People Services", D(2026, 3, 31), None, "A", "A",
          "Completion at 87% (Q1 84%)."),
         ("SR2.3", "Deliver the Social Care Workforce Plan, including a recruitment campaign for "
                   "experienced children's social workers, to reduce reliance on agency staff.",
          "Head of Children's Services; Head of People Services", D(2026, 3, 31), None, "A", "R",
          "Campaign attracted 3 appointable candidates against 11 vacancies; agency use rising."),
     ]),
    ("SR3 – Cyber Security: a successful cyber attack disrupts Council services and results in a "
     "loss of data",
     "Chief Officer – Resources", 25, 15, 15, "↔",
     [
         ("SR3.1", "Achieve Cyber Essentials Plus re-accreditation for the corporate network.",
          "Digital Services Manager", D(2025, 11, 30), None, "G", "G",
          "Assessment booked for 10 November 2025."),
         ("SR3.2", "Run phishing simulation exercises and targeted refresher training for staff who "
                   "fail a simulation.",
          "Information Governance Manager", "Quarterly", None, "G", "G",
          "Q2 simulation click rate 6% (Q1 9%)."),
     ]),
    ("SR4 – Decarbonisation: the Council does not meet its commitment to become a net zero "
     "organisation by 2030",
     "Chief Officer – Neighbourhoods, Planning and Public Protection", 16, 12, 12, "↑",
     [
         ("SR4.1", "Approve and begin delivery of the refreshed Decarbonisation Plan 2025–2030 "
                   "through the Climate and Nature Emergency Board.",
          "Climate Change Manager", D(2025, 10, 31), D(2026, 1, 31), "A", "A",
          "Plan delayed to align with the Welsh Government net zero reporting guidance."),
         ("SR4.2", "Complete the transition of the Council's small van fleet to electric vehicles, "
                   "subject to Welsh Government grant funding.",
          "Fleet Manager", D(2026, 3, 31), None, "R", "R",
          "Grant bid unsuccessful; 14 of 52 vans replaced to date."),
     ]),
]

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_color):
    return PatternFill("solid", start_color=hex_color, end_color=hex_color)


def build_torfaen(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = TORFAEN_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 update – position at 30 September 2025"
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    rows = [("Owner", "Chief Executive's Office – Performance and Risk"),
            ("Reviewed by", "Corporate Management Team, 21 October 2025"),
            ("Reported to", "Governance and Audit Committee, 12 November 2025"),
            ("Version", "Q2 v1.0")]
    for i, (k, v) in enumerate(rows, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws["A10"] = "Action status key"
    ws["A10"].font = Font(bold=True)
    for i, (code, colour, meaning) in enumerate(
            [("B", BLUE, "Action complete"), ("G", GREEN, "On track"),
             ("A", AMBER, "Minor slippage – revised date may be needed"),
             ("R", RED, "Significant slippage or overdue")], start=11):
        c = ws.cell(i, 1, code)
        c.fill = fill(colour)
        ws.cell(i, 2, meaning)
    ws["A16"] = "Risk scoring: Likelihood (1–5) x Impact (1–5). 15–25 High; 8–14 Medium; 1–7 Low."
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 60

    ss = wb.create_sheet("Risk Summary")
    ss["A1"] = "Strategic risks – summary of scores"
    ss["A1"].font = Font(bold=True, size=12)
    hdr = ["Risk", "Risk owner", "Inherent score", "Residual score Q1", "Residual score Q2",
           "Direction of travel"]
    for j, h in enumerate(hdr, start=1):
        c = ss.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    r = 4
    for head, owner, inh, q1, q2, dirn, _ in TORFAEN_RISKS:
        for j, v in enumerate([head.split(":")[0], owner, inh, q1, q2, dirn], start=1):
            c = ss.cell(r, j, v)
            c.border = BOX
            c.alignment = WRAP
        r += 1
    ss.cell(r + 1, 1, "High (15–25)").font = Font(bold=True)
    ss.cell(r + 1, 2, 2)
    ss.cell(r + 2, 1, "Medium (8–14)").font = Font(bold=True)
    ss.cell(r + 2, 2, 2)
    ss.cell(r + 3, 1, "Total strategic risks").font = Font(bold=True)
    ss.cell(r + 3, 2, 4)
    ss.column_dimensions["A"].width = 40
    ss.column_dimensions["B"].width = 45

    ws = wb.create_sheet("Mitigating Actions")
    ws["A1"] = "Strategic Risk Register 2025/26 – Q2 mitigating actions"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:H1")
    hdr = ["Ref", "Mitigating action", "Action owner", "Target date", "Revised target date",
           "Q1 status", "Q2 status", "Q2 progress commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    colours = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 4
    for head, _owner, _i, _q1, _q2, _d, actions in TORFAEN_RISKS:
        ws.cell(r, 1, head).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("DDEBF7")
        ws.cell(r, 1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 30
        r += 1
        for ref, text, owner, target, revised, s1, s2, comment in actions:
            vals = [ref, text, owner, target, revised, s1, s2, comment]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.date):
                    c.number_format = "DD/MM/YYYY"
            ws.cell(r, 6).fill = fill(colours[s1])
            ws.cell(r, 7).fill = fill(colours[s2])
            r += 1
    for col, w in zip("ABCDEFGH", [8, 60, 30, 13, 13, 9, 9, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Southern HSC Trust - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
SOUTHERN_TITLE = "Southern Health and Social Care Trust – Internal Audit Recommendations Tracker"
SOUTHERN_AUDITS = [
    ("Recruitment and Selection 2024/25 – Limited assurance",
     [
         ("1", "Pre-employment checks, including AccessNI and professional registration, should be "
               "fully completed and evidenced before any new starter takes up post.",
          [
              ("1(a)", "HR Recruitment Shared Service to introduce a mandatory pre-start checklist in "
                       "HRPTS, so that a start date cannot be confirmed until all checks are recorded.",
               "Head of Recruitment and Selection", D(2025, 3, 31), D(2025, 9, 30),
               "System change went live on 1 September 2025; verified by Internal Audit.", BLUE),
              ("1(b)", "Directorates to carry out a retrospective check of all starters since April "
                       "2024 and report any gaps to the Director of Human Resources and "
                       "Organisational Development.",
               "Assistant Directors (all directorates)", D(2025, 6, 30), D(2025, 12, 31),
               "Returns received from 4 of 7 directorates.", AMBER),
          ], 1),
         ("4", "Interview panel members should have completed recruitment and selection training "
               "within the last three years.",
          [
              ("4", "Cross-check training records against panel membership each month and remove "
                    "untrained members from interview panels.",
               "Director of Human Resources and Organisational Development", D(2025, 3, 31), None,
               "Monthly cross-check not yet in place; reliant on manual records.", RED),
          ], 2),
     ]),
    ("Management of Medical Devices 2023/24 – Limited assurance",
     [
         ("2", "An accurate, Trust-wide inventory of medical devices should be established, with a "
               "planned maintenance schedule for each device.",
          [
              ("2", "Complete the migration of all ward and department device records to the central "
                    "medical physics asset database.",
               "Head of Medical Physics; Assistant Director – Estates", D(2024, 12, 31),
               D(2026, 3, 31),
               "82% of sites complete; theatres at Craigavon Area Hospital outstanding.", AMBER),
          ], 1),
         ("5", "Devices that have missed planned preventative maintenance should be identified and "
               "withdrawn from use until serviced.",
          [
              ("5", "Issue a monthly exception report of overdue maintenance to each Divisional "
                    "Director.",
               "Medical Devices Safety Officer", D(2024, 9, 30), None,
               "Report issued monthly since October 2024.", BLUE),
          ], 2),
     ]),
    ("Payroll – Overpayments 2025/26 – Satisfactory assurance",
     [
         ("1", "Overpayments should be recovered promptly and in line with the Trust's Overpayments "
               "Policy, with repayment plans agreed in writing.",
          [
              ("1", "Issue recovery letters within 10 working days of an overpayment being identified "
                    "and track responses on the overpayments log.",
               "Head of Payroll Services", D(2026, 1, 31), None,
               "Revised letter templates agreed; log under development.", GREEN),
          ], 2),
         ("2", "The Overpayments Policy should be reviewed and updated to reflect current HSC "
               "guidance.",
          [
              ("2", "Review and update the Overpayments Policy and submit it to the Policy Scrutiny "
                    "Committee for approval.",
               "Payroll Manager / Finance Policy Lead", D(2026, 3, 31), None,
               "Review started.", GREEN),
          ], 3),
     ]),
]


def build_southern(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = SOUTHERN_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Implementation status report to the Audit Committee – 4 December 2025"
    ws["A4"] = "Outstanding recommendations by priority (position at 31 October 2025)"
    ws["A4"].font = Font(bold=True)
    hdr = ["Priority", "Implemented", "On track", "Revised date", "Overdue", "Total"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    counts = {1: [1, 0, 2, 0], 2: [1, 1, 0, 1], 3: [0, 1, 0, 0]}
    r = 6
    for p in (1, 2, 3):
        vals = ["Priority %d" % p] + counts[p] + [sum(counts[p])]
        for j, v in enumerate(vals, start=1):
            ws.cell(r, j, v).border = BOX
        r += 1
    tot = ["Total"] + [sum(counts[p][i] for p in counts) for i in range(4)]
    tot.append(sum(tot[1:]))
    for j, v in enumerate(tot, start=1):
        c = ws.cell(r, j, v)
        c.font = Font(bold=True)
        c.border = BOX
    ws.column_dimensions["A"].width = 22

    ws = wb.create_sheet("Outstanding Recommendations")
    ws["A1"] = "Internal Audit Recommendations – position at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Source: BSO Internal Audit reports 2023/24 to 2025/26. Priority 1 = significant "
                "weakness; Priority 2 = important; Priority 3 = minor (housekeeping).")
    hdr = ["Audit (year / assurance)", "Rec No.", "Priority", "Recommendation",
           "Management response / agreed action", "Responsible officer",
           "Original target date", "Revised target date", "Progress update", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for audit, recs in SOUTHERN_AUDITS:
        a0 = r
        for _rno, rec_text, actions, prio in recs:
            r0 = r
            for ref, text, who, orig, rev, prog, rag in actions:
                vals = {2: ref, 5: text, 6: who, 7: orig, 8: rev, 9: prog}
                for j in range(1, 11):
                    c = ws.cell(r, j)
                    c.border = BOX
                    c.alignment = WRAP
                for j, v in vals.items():
                    c = ws.cell(r, j, v)
                    if isinstance(v, dt.date):
                        c.number_format = "DD/MM/YYYY"
                ws.cell(r, 10).fill = fill(rag)
                r += 1
            ws.cell(r0, 3, prio)
            ws.cell(r0, 4, rec_text)
            if r - 1 > r0:
                ws.merge_cells(start_row=r0, start_column=3, end_row=r - 1, end_column=3)
                ws.merge_cells(start_row=r0, start_column=4, end_row=r - 1, end_column=4)
        ws.cell(a0, 1, audit).font = Font(bold=True)
        ws.merge_cells(start_row=a0, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGHIJ", [24, 8, 8, 45, 50, 28, 12, 12, 40, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ks = wb.create_sheet("Key")
    ks["A1"] = "RAG key"
    ks["A1"].font = Font(bold=True)
    for i, (colour, meaning) in enumerate(
            [(BLUE, "Implemented – verified by Internal Audit"),
             (GREEN, "On track to meet the agreed target date"),
             (AMBER, "Not implemented by the original date – revised date agreed"),
             (RED, "Overdue – no revised date agreed")], start=2):
        ks.cell(i, 1).fill = fill(colour)
        ks.cell(i, 2, meaning)
    ks.column_dimensions["B"].width = 60
    wb.save(path)


# ---------------------------------------------------------------------------
# 5. South Wales Fire and Rescue Service - Annual Improvement Plan 2025/26 Q2 (xlsx)
# ---------------------------------------------------------------------------
SWFRS_TITLE = "South Wales Fire and Rescue Service – Annual Improvement Plan 2025/26"
SWFRS_THEMES = [
    ("Theme 1", "Strategic Theme 1: Keeping You Safe",
     [
         ("Objective 1.1 – Reduce accidental dwelling fires and fire casualties in the home",
          [
              ("1.1.1", "Deliver 12,000 Safe and Well visits, prioritising households identified as "
                        "high risk through partner referrals.",
               "Community Safety", "Head of Risk Reduction", "Apr 2025 – Mar 2026", "Green", "Amber",
               "5,180 visits completed by end of Q2 (target 6,000)."),
              ("1.1.2", "Launch the ‘Cook Safe’ kitchen fire campaign across the ten unitary "
                        "authority areas.",
               "Corporate Communications", "Corporate Communications Manager", "Oct 2025", "Green",
               "Green", "Campaign materials approved; launch week 13 October."),
          ]),
         ("Objective 1.2 – Reduce deliberate fires, including grass fires",
          [
              ("1.2.1", "Work with Natural Resources Wales and landowners to deliver the Operation "
                        "Dawns Glaw land management programme.",
               "Risk Reduction", "Arson Reduction Team Manager", "Q4 2025/26", "Green", "Green",
               "Controlled burns scheduled for February."),
              ("1.2.2", "Deliver Phoenix Project and FireSetter intervention sessions for young people "
                        "referred by schools and Youth Justice Services.",
               "Youth Engagement", "T. Evans & R. Pritchard", "Mar-26", "Amber", "Green",
               "Referral backlog cleared in August."),
          ]),
     ]),
    ("Theme 2", "Strategic Theme 2: Responding to Your Emergency",
     [
         ("Objective 2.1 – Improve the availability of on-call fire appliances",
          [
              ("2.1.1", "Implement the On-Call Availability Improvement Project, including revised "
                        "contracts and banded hours.",
               "Operations", "Area Manager – Operations", "December 2025", "Amber", "Red",
               "Consultation with representative bodies extended; implementation now expected Q1 2026/27."),
              ("2.1.2", "Run two on-call recruitment campaigns targeting Rhondda Cynon Taf and "
                        "Monmouthshire stations.",
               "People Services", "Head of People Services / Area Manager – Operations", "Sept 2025",
               "Green", "Complete", "Both campaigns closed; 23 trainees started in September."),
          ]),
     ]),
    ("Theme 6", "Strategic Theme 6: Valuing Our People",
     [
         ("Objective 6.1 – Embed a positive, inclusive workplace culture",
          [
              ("6.1.1", "Deliver the Independent Culture Review Action Plan and report progress "
                        "quarterly to the Fire and Rescue Authority.",
               "Corporate", "Deputy Chief Fire Officer", "Ongoing", "Green", "Green",
               "Q2 report to Fire and Rescue Authority, 22 September 2025."),
              ("6.1.2", "Introduce an independent, confidential reporting line for staff and publish "
                        "anonymised annual data on its use.",
               "People Services", "Head of People Services", "31/07/2025", "Green", "Complete",
               "Reporting line launched 1 July 2025."),
              ("6.1.3", "Roll out the ‘Leading Together’ leadership development programme to all "
                        "supervisory managers.",
               "Learning and Development", "Head of Training and Development", "Q3 2025/26", "Amber",
               "Amber", "Cohorts 1 and 2 complete; cohort 3 delayed by trainer availability."),
          ]),
     ]),
]


def build_swfrs(path):
    colours = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    wb = Workbook()
    ds = wb.active
    ds.title = "Dashboard"
    ds["A1"] = SWFRS_TITLE
    ds["A1"].font = Font(bold=True, size=14)
    ds["A2"] = "Quarter 2 progress report (April – September 2025) – Fire and Rescue Authority, 10 November 2025"
    hdr = ["Strategic theme", "Complete", "Green", "Amber", "Red", "Total actions"]
    for j, h in enumerate(hdr, start=1):
        c = ds.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    r = 5
    totals = [0, 0, 0, 0]
    for _sheet, theme, objectives in SWFRS_THEMES:
        cnt = [0, 0, 0, 0]
        for _o, acts in objectives:
            for a in acts:
                cnt[["Complete", "Green", "Amber", "Red"].index(a[6])] += 1
        totals = [x + y for x, y in zip(totals, cnt)]
        for j, v in enumerate([theme] + cnt + [sum(cnt)], start=1):
            ds.cell(r, j, v).border = BOX
        r += 1
    for j, v in enumerate(["Total"] + totals + [sum(totals)], start=1):
        c = ds.cell(r, j, v)
        c.font = Font(bold=True)
        c.border = BOX
    ds.cell(r + 2, 1, "RAG: Complete = action delivered; Green = on track; Amber = at risk of "
                      "slipping; Red = will not be delivered in the timescale without intervention.")
    ds.column_dimensions["A"].width = 48

    for sheet, theme, objectives in SWFRS_THEMES:
        ws = wb.create_sheet(sheet)
        ws["A1"] = SWFRS_TITLE
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = theme
        ws["A2"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A2"].fill = fill("C00000")
        ws.merge_cells("A2:H2")
        ws["A3"] = "Quarter 2 progress (April – September 2025)"
        hdr = ["Ref", "Priority action", "Department", "Responsible officer", "Timescale",
               "Q1 RAG", "Q2 RAG", "Q2 update"]
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(5, j, h)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.border = BOX
            c.alignment = WRAP
        r = 6
        for objective, acts in objectives:
            ws.cell(r, 1, objective).font = Font(bold=True, italic=True)
            ws.cell(r, 1).fill = fill("FCE4D6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for a in acts:
                for j, v in enumerate(a, start=1):
                    c = ws.cell(r, j, v)
                    c.border = BOX
                    c.alignment = WRAP
                ws.cell(r, 6).fill = fill(colours[a[5]])
                ws.cell(r, 7).fill = fill(colours[a[6]])
                r += 1
        for col, w in zip("ABCDEFGH", [8, 55, 22, 32, 18, 10, 10, 45]):
            ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 6. Mirus - CIW domiciliary support (supported living) improvement plan (csv) - REFUSE
# ---------------------------------------------------------------------------
MIRUS_LINES = [
    "CIW Inspection Improvement Plan – Mirus Cardiff and Vale Domiciliary Support Service,,,,,,",
    "Inspection 14–15 January 2025. Plan owner: Responsible Individual. Last updated 28/03/2025,,,,,,",
    ",,,,,,",
    "Ref,Area for improvement / Priority Action Notice,Regulation,Action,Responsible person,Target date,Status",
    '1.1,"Priority Action Notice: staff are not always safely recruited. The service provider must '
    'ensure that all pre-employment checks, including a full employment history and references, are '
    'obtained before staff start work.",Regulation 35,"Audit all personnel files against Schedule 1 '
    'and obtain any missing references or explanations of gaps in employment history.",HR Business '
    'Partner,28/02/2025,Complete',
    '1.2,,,"Introduce a recruitment compliance checklist, signed off by the Registered Manager before '
    'any start date is confirmed.",Registered Manager,31/01/2025,Complete',
    '2.1,"Area for improvement: care staff do not receive formal supervision at least every three '
    'months.",Regulation 36,Publish a quarterly supervision schedule for all support workers and '
    'monitor completion at the monthly management meeting.,Registered Manager / Deputy Manager,'
    '31/03/2025,On track',
    '2.2,,,Train all Senior Support Workers to carry out supervision using the Mirus supervision '
    'framework.,Learning and Development Co-ordinator,Febuary 2025,Amber',
    '3.1,"Area for improvement: the six-monthly quality of care review has not been completed.",'
    'Regulation 80,"Complete the quality of care review, including feedback from people supported, '
    'families and staff.",Responsible Individual,30/04/2025,Not started',
    '3.2,,,Share the quality of care report with staff and with people supported in an accessible '
    'format.,Responsible Individual,May 2025,Not started',
    ",,,,,,",
    "Key: Complete = action finished and evidenced; On track; Amber = some delay; Not started,,,,,,",
]


def build_mirus(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(MIRUS_LINES) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Oban High School - Education Scotland post-inspection action plan (txt)
# ---------------------------------------------------------------------------
OBAN_TITLE = "Oban High School – Post-Inspection Action Plan"
OBAN_AFIS = [
    ("AREA FOR IMPROVEMENT 1",
     "Senior leaders should continue to develop approaches to tracking and monitoring in the senior "
     "phase to ensure that all young people are supported to attain as highly as possible.",
     [
         ("1.1", "Introduce a whole-school tracking calendar with three monitoring points for S4 to "
                 "S6, aligned to SQA coursework deadlines.",
          "DHT (Senior Phase)", "August 2025", "Blue"),
         ("1.2", "Train Principal Teachers (Curriculum) in the use of the Argyll and Bute tracking "
                 "dashboard and Insight to identify young people at risk of underachieving.",
          "DHT (Senior Phase) / Principal Teacher (Pupil Support)", "October 2025", "Green"),
         ("1.3", "Hold mentoring conversations each term with every S5 and S6 young person identified "
                 "as at risk of not achieving their targets.",
          "Pupil Support Team", "Ongoing", "Green"),
     ]),
    ("AREA FOR IMPROVEMENT 2",
     "Teachers should ensure that learning is consistently well matched to the needs of all "
     "learners, including those who require additional support, across the broad general education.",
     [
         ("2.1", "Establish a Learning and Teaching working group to agree and model the Oban High "
                 "School Learning and Teaching Standard.",
          "Mrs Campbell (DHT)", "June 2025", "Blue"),
         ("2.2", "Carry out learning visits in S1–S3 classes using the agreed standard, with feedback "
                 "to each teacher within one week.",
          "SLT", "December 2025", "Amber"),
         ("2.3", "Update additional support needs profiles and share them with all class teachers "
                 "through the online learning platform.",
          "Principal Teacher (ASN) and Principal Teacher (Pupil Support)", "By end of October 2025",
          "Green"),
     ]),
    ("AREA FOR IMPROVEMENT 3",
     "Senior leaders should work with partners to increase the range of vocational and work-based "
     "learning opportunities for young people in the senior phase.",
     [
         ("3.1", "Extend the partnership with Argyll College UHI to offer two additional Foundation "
                 "Apprenticeship frameworks from August 2026.",
          "Head Teacher; DYW Co-ordinator", "June 2026", "Green"),
         ("3.2", "Publish a senior phase options guide that sets out college, employer and school "
                 "pathways together.",
          "DYW Co-ordinator", "February 2026", "Not started"),
     ]),
]


def oban_lines():
    out = [
        OBAN_TITLE,
        "Education Scotland full model inspection: February 2025 (report published April 2025)",
        "Argyll and Bute Council – Education Service",
        "Plan agreed with the Quality Improvement Officer: May 2025",
        "Last updated: 30 September 2025",
        "",
        "Status key: Blue – complete; Green – on track; Amber – some slippage; Red – significant "
        "concern; Not started",
        "",
    ]
    rule = "-" * 72
    for heading, afi, actions in OBAN_AFIS:
        out += [rule, heading, afi, rule, ""]
        for ref, text, lead, when, status in actions:
            out += [
                "%s  Action: %s" % (ref, text),
                "     Lead: %s" % lead,
                "     Timescale: %s" % when,
                "     Status: %s" % status,
                "",
            ]
    out += [
        rule,
        "Progress on this plan is reported to the Parent Council each term. Next report: "
        "November 2025.",
    ]
    return out


def build_oban(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(oban_lines()) + "\n")


FILES = {
    "rk-dominican-college-portstewart-eti-inspection-action-plan.docx": build_dominican,
    "rk-carr-gomm-edinburgh-housing-support-care-inspectorate-improvement-plan.docx": build_carr,
    "rk-torfaen-cbc-strategic-risk-register-2025-26.xlsx": build_torfaen,
    "rk-southern-hsc-trust-internal-audit-recommendations-tracker.xlsx": build_southern,
    "rk-south-wales-fire-and-rescue-service-annual-improvement-plan-2025-26-q2-progress.xlsx": build_swfrs,
    "rk-mirus-cardiff-vale-ciw-domiciliary-support-improvement-plan-typo-month-refuse.csv": build_mirus,
    "rk-oban-high-school-education-scotland-post-inspection-action-plan.txt": build_oban,
}


if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
