"""Build the seven hg1- blind test files (set heldout249).

Run with:  /work/main/.venv/bin/python hg1_make.py
Writes into the folder this script lives in.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. BCP Council ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
BCP_FILE = "hg1-bcp-council-ilacs-improvement-plan.xlsx"
BCP_TITLE = "Children's Services Improvement Plan 2025–2027"
BCP_THEMES = [
    ("Theme 1: Help and protection", [
        ("Management oversight and supervision of social work practice, so that plans for children progress without drift.", [
            dict(ref="1.1",
                 action="Introduce a monthly supervision audit across the Assessment and Child Protection teams, with findings reported to the Practice Quality Board.",
                 lead="Head of Service – Children in Need and Protection",
                 orig=d(2025, 9, 30), rev=d(2025, 12, 31), prev="G", cur="amber",
                 upd="First two audit cycles completed; recording of reflective discussion remains inconsistent. Revised date agreed to allow a third cycle."),
            dict(ref="1.2",
                 action="Refresh the Supervision Policy and deliver briefings to all team managers and advanced practitioners.",
                 lead="Principal Social Worker / Workforce Development Manager",
                 orig=d(2025, 7, 31), rev=None, prev="A", cur="blue",
                 upd="Policy launched 14 July 2025; 46 of 48 managers briefed."),
        ]),
        ("The quality of child protection plans, including clear contingency planning and measurable outcomes.", [
            dict(ref="2.1",
                 action="Roll out the revised child protection plan template with SMART outcomes and a contingency section, co-produced with parents.",
                 lead="Head of Child Protection and Reviewing",
                 orig=d(2025, 10, 31), rev=None, prev="G", cur="green",
                 upd="Template live in Mosaic from 1 September 2025; practice workshops running in October."),
            dict(ref="2.2",
                 action="Independent Child Protection Chairs to escalate plans without measurable progress at the second review conference, using the Practice Alert process.",
                 lead="Group Manager – Independent Reviewing Service",
                 orig="Ongoing", rev=None, prev="G", cur="green",
                 upd="14 Practice Alerts raised in Q2; all responded to within 10 working days."),
        ]),
    ]),
    ("Theme 2: Children in care and care leavers", [
        ("Sufficiency of homes for children in care close to BCP, particularly foster homes.", [
            dict(ref="3.1",
                 action="Deliver the Fostering Recruitment and Retention Plan to achieve a net gain of 20 mainstream fostering households by March 2026.",
                 lead="Head of Fostering\nSufficiency and Commissioning Manager",
                 orig=d(2026, 3, 31), rev=None, prev="A", cur="red",
                 upd="Net gain of 3 households at end of Q2 (9 approvals, 6 resignations). Recovery plan to Improvement Board in November."),
            dict(ref="3.2",
                 action="Open two further BCP-run children's homes (Poole and Christchurch) registered with Ofsted.",
                 lead="Head of Residential Services",
                 orig=d(2025, 12, 31), rev=d(2026, 6, 30), prev="A", cur="amber",
                 upd="Poole home registered; Christchurch property works delayed by planning conditions."),
        ]),
        ("The quality and timeliness of pathway plans for care leavers.", [
            dict(ref="4.1",
                 action="Ensure every young person aged 17½ has an up-to-date pathway plan written with them, with quarterly audits of quality.",
                 lead="Service Manager – Care Leavers (Transitions)",
                 orig="Q3 2025/26", rev=None, prev="A", cur="green",
                 upd="91% of pathway plans in date at 30 September 2025 (68% at inspection)."),
            dict(ref="4.2",
                 action="Publish the refreshed Local Offer for Care Leavers, including council tax exemption to age 25.",
                 lead="Corporate Parenting Officer",
                 orig=d(2025, 8, 31), rev=None, prev="G", cur="blue",
                 upd="Published 28 August 2025 and launched at Care Leavers' Forum."),
        ]),
    ]),
    ("Theme 3: Leadership, management and practice quality", [
        ("The use of performance information and audit to understand and improve the quality of practice.", [
            dict(ref="5.1",
                 action="Embed the Quality Assurance Framework so that audit findings and performance data are reviewed together at monthly Performance Clinics chaired by the Director.",
                 lead="Director of Quality, Performance Improvement and Governance",
                 orig=d(2025, 11, 30), rev=None, prev="G", cur="green",
                 upd="Performance Clinics held monthly since July 2025."),
            dict(ref="5.2",
                 action="Commission an external peer review of practice in the Children with Disabilities Service.",
                 lead="Corporate Director for Children's Services",
                 orig="Jan 2026", rev=None, prev=None, cur=None,
                 upd="Not started – scoping with sector-led improvement partner in November."),
        ]),
    ]),
]


def build_bcp(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = BCP_TITLE
    cov["A1"].font = Font(bold=True, size=16, color="1F3864")
    cov["A2"] = "Bournemouth, Christchurch and Poole Council"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Response to the Ofsted inspection of local authority children's services (ILACS), published May 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Change"),
        ("1.0", "12/06/2025", "Improvement Programme Manager", "Plan submitted to Ofsted"),
        ("1.1", "08/07/2025", "Improvement Programme Manager", "Q1 position added"),
        ("1.3", "07/10/2025", "Improvement Programme Manager", "Q2 update for Children's Services Overview and Scrutiny Committee"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
    cov["A11"] = "Approved by: Corporate Director for Children's Services"
    cov["A12"] = "Governance: Children's Services Improvement Board (independently chaired), monthly"
    for col, w in zip("ABCD", (14, 14, 34, 60)):
        cov.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (col, txt) in enumerate([
        ("blue", "Complete – impact evidenced and agreed by the Improvement Board"),
        ("green", "On track"),
        ("amber", "Some slippage – recovery in hand"),
        ("red", "Off track – escalated to the Improvement Board"),
        (None, "No colour – not yet started"),
    ]):
        c = key.cell(row=3 + i, column=1, value=None)
        c.border = BOX
        if col:
            c.fill = fill(FILL[col])
        key.cell(row=3 + i, column=2, value=txt)
    key.column_dimensions["A"].width = 8
    key.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = BCP_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position at 30 September 2025 – reported to the Improvement Board on 7 October 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Ofsted recommendation", "Action", "Lead officer", "Original target date",
           "Revised target date", "Previous RAG (Jun-25)", "Current RAG (Sep-25)", "Progress update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, recs in BCP_THEMES:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, acts in recs:
            first = r
            ws.cell(row=r, column=2, value=rec).alignment = WRAP
            for a in acts:
                vals = [a["ref"], None, a["action"], a["lead"], a["orig"], a["rev"], a["prev"], None, a["upd"]]
                for j, v in enumerate(vals):
                    if j == 1 and r != first:
                        continue
                    c = ws.cell(row=r, column=1 + j)
                    if v is not None:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                if a["cur"]:
                    ws.cell(row=r, column=8).fill = fill(FILL[a["cur"]])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the Improvement Board on 7 October 2025; original dates are kept for the audit trail.").font = Font(italic=True)
    widths = dict(A=7, B=38, C=52, D=30, E=13, F=13, G=12, H=12, I=50)
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG (Sep-25)"
    sm["A1"].font = Font(bold=True)
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0, None: 0}
    for _, recs in BCP_THEMES:
        for _, acts in recs:
            for a in acts:
                counts[a["cur"]] += 1
    lines = [("Complete (blue)", counts["blue"]), ("On track (green)", counts["green"]),
             ("Some slippage (amber)", counts["amber"]), ("Off track (red)", counts["red"]),
             ("Not yet started", counts[None])]
    for i, (k, v) in enumerate(lines):
        sm.cell(row=3 + i, column=1, value=k)
        sm.cell(row=3 + i, column=2, value=v)
    sm.cell(row=3 + len(lines), column=1, value="Total actions").font = Font(bold=True)
    sm.cell(row=3 + len(lines), column=2, value=sum(counts.values())).font = Font(bold=True)
    sm.column_dimensions["A"].width = 26
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Sheffield Children Safeguarding Partnership JTAI action plan (xlsx)
# ---------------------------------------------------------------------------
SHEF_FILE = "hg1-sheffield-children-safeguarding-partnership-jtai-action-plan.xlsx"
SHEF_TITLE = "Sheffield Children Safeguarding Partnership – Joint Targeted Area Inspection (JTAI) Multi-agency Action Plan"
SHEF_AFIS = [
    ("Area for improvement 1: The quality and consistency of information shared by health partners when making referrals to the Sheffield Safeguarding Hub.", [
        dict(ref="1a", action="Agree and launch a single multi-agency referral form for health practitioners, with mandatory fields for the child's voice and parental consent.",
             agency="ICB / SCC", lead="Designated Nurse for Safeguarding Children", when="End of June 2024", status="Complete",
             upd="Form live on the SCSP website from 24 June 2024."),
        dict(ref="1b", action="Deliver referral-quality workshops for GP practice safeguarding leads and midwifery teams.",
             agency="ICB", lead="Named GP for Safeguarding Children / Named Midwife (STH)", when="Sept 2024 – March 2025", status="On track",
             upd="6 of 9 workshops delivered; 112 attendees."),
        dict(ref="1c", action="Dip-sample 40 health referrals each quarter and report findings to the Quality and Performance Subgroup.",
             agency="ICB", lead="Dr Priya Natarajan and Lucy Marsh", when="Quarterly", status="On track",
             upd="Q2 sample: 78% of referrals rated good (52% in the inspection audit)."),
    ]),
    ("Area for improvement 2: Timely strategy discussions that include all relevant agencies, particularly health and education.", [
        dict(ref="2a", action="Revise the strategy discussion protocol so that health and education are invited to every strategy discussion, with a 24-hour escalation route when they cannot attend.",
             agency="SCC / SYP / ICB", lead="Service Manager – Safeguarding Hub", when=d(2024, 7, 31), status="Complete",
             upd="Protocol signed off by the Executive Group on 18 July 2024."),
        dict(ref="2b", action="Introduce a weekly audit of strategy discussions held out of hours by the Emergency Duty Team.\nFindings to be shared with the SYP Public Protection Unit.",
             agency="SCC / SYP", lead="DI Karen Holt (SYP) & Gemma Ward (SCC)", when="By 31 March 2025", status="At risk",
             upd="Audit started in November; EDT capacity is limiting the weekly sample."),
    ]),
    ("Area for improvement 3: Partnership oversight of the impact of early help for children stepped down from children's social care.", [
        dict(ref="3a", action="Map the step-down pathway from children's social care to early help and publish a practice standard with timescales for the first family meeting.",
             agency="SCC", lead="Head of Early Help", when="Oct-24", status="Complete",
             upd="Practice standard published 30 October 2024."),
        dict(ref="3b", action="Add step-down outcomes to the SCSP performance dashboard, reported to each Executive Group meeting.",
             agency="SCC", lead="SCSP Business Manager", when="December 2024", status="Off track",
             upd="Dashboard build delayed by the case management system upgrade; new date to be agreed at the February Executive Group."),
        dict(ref="3c", action="Multi-agency audit of 30 stepped-down families, with parents' views gathered by the Family Voice project.",
             agency="SCSP", lead="Quality and Performance Subgroup Chair", when="April 2025", status="Not started",
             upd="Audit tool being finalised."),
    ]),
]


def build_sheffield(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "JTAI Action Plan"
    ws["A1"] = SHEF_TITLE
    ws["A1"].font = Font(bold=True, size=13, color="5B2C6F")
    ws["A2"] = "The multi-agency response to children and families who need help (front door) – inspection 12 to 16 February 2024; letter published 9 April 2024"
    ws["A3"] = "Owner: SCSP Executive Group   |   Last reviewed: 16 January 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["No.", "Action", "Agency", "Lead", "By when", "Status", "Evidence of impact / update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        c.border = BOX
    r = 6
    status_fill = {"Complete": "BDD7EE", "On track": "C6EFCE", "At risk": "FFEB9C", "Off track": "FFC7CE"}
    for afi, acts in SHEF_AFIS:
        c = ws.cell(row=r, column=1, value=afi)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 30
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["agency"], a["lead"], a["when"], a["status"], a["upd"]]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a["status"] in status_fill:
                ws.cell(row=r, column=6).fill = fill(status_fill[a["status"]])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete = delivered and evidenced; On track = green; At risk = amber; Off track = red; Not started = not yet due to start.").font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="Action 2b was added by the SCSP Executive Group on 17 October 2024.").font = Font(italic=True)
    for k, v in dict(A=6, B=60, C=16, D=34, E=22, F=12, G=50).items():
        ws.column_dimensions[k].width = v

    gv = wb.create_sheet("Governance")
    gv["A1"] = "Reporting schedule"
    gv["A1"].font = Font(bold=True)
    for i, row in enumerate([
        ("Meeting", "Date", "Paper"),
        ("SCSP Executive Group", "18/07/2024", "Action plan sign-off"),
        ("SCSP Executive Group", "17/10/2024", "Progress update"),
        ("SCSP Executive Group", "16/01/2025", "Progress update"),
        ("Independent Scrutineer", "March 2025", "Review of impact"),
    ]):
        for j, v in enumerate(row):
            gv.cell(row=3 + i, column=1 + j, value=v)
    gv.column_dimensions["A"].width = 26
    gv.column_dimensions["C"].width = 26
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Milton Keynes focused visit action plan – typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
MK_FILE = "hg1-milton-keynes-city-council-focused-visit-action-plan-typo-month-refuse.xlsx"
MK_TITLE = "Milton Keynes City Council – Ofsted Focused Visit Action Plan"
MK_ROWS = [
    ("The consistency of auditing practice, so that audits accurately identify the quality of practice and lead to improvement.",
     "1.1", "Re-launch the practice audit tool with a moderation step for every audit graded good or outstanding.",
     "Head of Quality Assurance", "Feb 2024", "May 2024", "G", "Moderation panel meets fortnightly."),
    (None, "1.2", "Train all auditors (team managers and above) in the revised tool and grading descriptors.",
     "Principal Social Worker", "Mar 2024", "Jun 2024", "G", "4 of 6 sessions delivered."),
    (None, "1.3", "Report audit themes and moderation outcomes to the monthly Practice Improvement Board.",
     "Head of Quality Assurance / Performance Manager", "Apr 2024", "Ongoing", "G", ""),
    ("Meeting the needs of disabled children in need and subject to child protection plans, including timely assessments by the Children with Disabilities team.",
     "2.1", "Review the Children with Disabilities team's front door arrangements and thresholds with the parent carer forum.",
     "Head of Service – Disabled Children", "Feb 2024", "Jul 2024", "A", "Workshop with parents held 19 March."),
    (None, "2.2", "Complete re-assessments for all disabled children open to the team for more than 12 months without a review.",
     "Team Manager – CWD", "Apr 2024", "0ct 2024", "A", "38 of 61 re-assessments completed."),
    (None, "2.3", "Agree a joint working protocol with community paediatrics for disabled children subject to child protection plans.",
     "Head of Service – Disabled Children; Designated Doctor", "May 2024", "Dec 2024", "", ""),
]
MK_HEADER_ROW = 5


def build_mk(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    ws["A1"] = MK_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Focused visit 14–15 November 2023: children in need and children subject to a child protection plan (letter published 12 January 2024)"
    ws["A3"] = "Version 1.2 | Updated 22 April 2024 | Owner: Director of Children's Social Care"
    hdr = ["Area for improvement", "Ref", "Action", "Responsible officer", "Start", "End", "RAG", "Comments"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=MK_HEADER_ROW, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        c.border = BOX
    rag_fill = {"G": FILL["green"], "A": FILL["amber"], "R": FILL["red"], "B": FILL["blue"]}
    for i, row in enumerate(MK_ROWS):
        r = MK_HEADER_ROW + 1 + i
        for j, v in enumerate(row):
            c = ws.cell(row=r, column=1 + j, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        if row[6] in rag_fill:
            ws.cell(row=r, column=7).fill = fill(rag_fill[row[6]])
    r = MK_HEADER_ROW + len(MK_ROWS) + 2
    ws.cell(row=r, column=1, value="RAG: R – off track; A – at risk; G – on track; B – complete").font = Font(italic=True)
    for k, v in dict(A=42, B=6, C=58, D=32, E=10, F=10, G=6, H=36).items():
        ws.column_dimensions[k].width = v
    wb.save(path)


def mk_refuse_row():
    for i, row in enumerate(MK_ROWS):
        if row[5].startswith("0"):
            return MK_HEADER_ROW + 1 + i
    raise AssertionError


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Lewisham local area SEND priority action plan (docx)
# ---------------------------------------------------------------------------
LEW_FILE = "hg1-lewisham-local-area-send-priority-action-plan.docx"
LEW_TITLE = "Lewisham Local Area Partnership – SEND Priority Action Plan"
LEW_SECTIONS = [
    ("1. Identification and assessment of need", "Area for priority action 1",
     "Leaders across education, health and care should urgently improve the timeliness of education, health and care (EHC) needs assessments and the quality of the professional advice that contributes to them.", [
         dict(ref="1.1", action="Recruit four additional EHC co-ordinators and an EHC quality lead to clear the backlog of assessments over 20 weeks.",
              lead="Head of SEND Service", when="December 2025",
              measure="85% of new EHC plans issued within 20 weeks by December 2025", rag="Amber"),
         dict(ref="1.2", action="Introduce a shared quality standard for health advice, with the Designated Clinical Officer reviewing a 10% sample each month.",
              lead="Designated Clinical Officer (SEL ICB)", when="Autumn term 2025",
              measure="90% of sampled health advice rated good or better", rag="Green"),
         dict(ref="1.3", action="Set up a fortnightly multi-agency panel to track every assessment at risk of going beyond 20 weeks.",
              lead="Kate Bowen and Amir Haddad", when="July 2025",
              measure="Panel in place; no assessment exceeds 20 weeks without a recorded reason", rag="Blue"),
     ]),
    ("2. Support while waiting for neurodevelopmental assessment", "Area for priority action 2",
     "Leaders should ensure that children and young people waiting for a neurodevelopmental assessment, and their families, receive timely support while they wait.", [
         dict(ref="2.1", action="Commission a ‘waiting well’ offer with Lewisham Parent and Carer Forum, including drop-in advice clinics in the family hubs.",
              lead="Associate Director of Children’s Commissioning (SEL ICB)", when="September 2025 – March 2026",
              measure="Clinics running in all four family hubs; 70% of families report feeling supported while waiting", rag="Green"),
         dict(ref="2.2", action="Publish waiting-time information for the autism and ADHD pathways on the Local Offer, updated monthly.",
              lead="Head of SEND Service; Local Offer Manager", when="Monthly",
              measure="Waiting times published each month from August 2025", rag="Green"),
     ]),
    ("3. Preparation for adulthood", "Area for improvement",
     "Leaders should strengthen preparation for adulthood planning from Year 9, so that young people’s EHC plans reflect their aspirations for employment, independent living, community participation and health.", [
         dict(ref="3.1", action="Embed preparing-for-adulthood outcomes in all Year 9 annual reviews using the PfA outcomes tool.",
              lead="Head of Post-16 SEND and Transitions", when="Summer term 2026",
              measure="PfA outcomes present in 95% of sampled Year 9 reviews", rag="Not started"),
         dict(ref="3.2", action="Establish a supported internship forum with Lewisham College and local employers, aiming for 40 supported internships in 2026/27.",
              lead="Employment and Skills Manager", when="July 2026",
              measure="40 supported internships confirmed for September 2026", rag="Green"),
     ]),
]
LEW_RAG_FILL = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def build_lewisham(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(LEW_TITLE, style="Title")
    doc.add_paragraph("Area SEND inspection of Lewisham Local Area Partnership (Ofsted and CQC): inspection 10 to 21 February 2025; report published 1 April 2025. "
                      "Inspection outcome: widespread and/or systemic failings leading to significant concerns about the experiences and outcomes of children and young people with SEND.")
    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Author", "Approved by")):
        c.text = h
    bold_row(t.rows[0])
    for row in [("1.0", "20 May 2025", "SEND Improvement Programme Lead", "SEND Partnership Board"),
                ("1.2", "18 November 2025", "SEND Improvement Programme Lead", "SEND Partnership Board (Q2 update)")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph("This plan sets out how Lewisham Council, NHS South East London Integrated Care Board (Lewisham place) and our partners will address the two areas for priority action and the area for improvement identified in the inspection report. "
                      "It was written with Lewisham Parent and Carer Forum and is monitored monthly by the SEND Partnership Board.")
    doc.add_heading("RAG rating key", level=1)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, txt in [("Blue", "Complete – impact evidenced"), ("Green", "On track"),
                     ("Amber", "Some delay – mitigations in place"), ("Red", "Off track – escalated to the SEND Partnership Board")]:
        cells = k.add_row().cells
        cells[0].text = col
        shade(cells[0], LEW_RAG_FILL[col])
        cells[1].text = txt
    for heading, label, rec, acts in LEW_SECTIONS:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        doc.add_paragraph(rec)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ("Ref", "Action", "Lead(s)", "Timescale", "Measure of success", "RAG")):
            c.text = h
            shade(c, "D9E2F3")
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (a["ref"], a["action"], a["lead"], a["when"], a["measure"], a["rag"])):
                c.text = v
            if a["rag"] in LEW_RAG_FILL:
                shade(cells[5], LEW_RAG_FILL[a["rag"]])
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=1)
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ("Role", "Organisation", "Date")):
        c.text = h
    bold_row(s.rows[0])
    for row in [("Executive Director for Children and Young People", "Lewisham Council", "20 May 2025"),
                ("Place Executive Director", "NHS South East London ICB (Lewisham)", "20 May 2025")]:
        cells = s.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Westminster Corporate Parenting Board action plan (docx)
# ---------------------------------------------------------------------------
WES_FILE = "hg1-westminster-corporate-parenting-board-action-plan.docx"
WES_TITLE = "Westminster Corporate Parenting Board – Action Plan 2025–26"
WES_PROMISES = [
    ("Promise 1 – You will have a safe, stable and loving home", [
        dict(ref="1", action="Increase the number of Westminster foster carers living within 20 miles, through a targeted campaign with the Bi-borough Fostering Service.",
             lead="Head of Fostering and Adoption", when="March 2026",
             prog="7 new fostering households approved since April 2025 against a target of 10.", rag="green"),
        dict(ref="2", action="Hold a stability meeting within five working days whenever a child’s home is at risk of breaking down.",
             lead="Head of Service – Children Looked After\nIndependent Reviewing Service Manager", when="Ongoing",
             prog="31 stability meetings held; 24 homes maintained.", rag="green"),
    ]),
    ("Promise 2 – You will be healthy and happy", [
        dict(ref="3", action="Make sure every child has their initial health assessment within 20 working days of coming into care.",
             lead="Designated Nurse for Children Looked After (NW London ICB)", when="Sept 2025",
             prog="96% within 20 working days in Q2; target met for two consecutive quarters.", rag="blue"),
        dict(ref="4", action="Offer every child in care and care leaver a free leisure pass for Westminster sports centres.",
             lead="Cllr Sara Hussain / Head of Leisure", when="Dec 2025",
             prog="Agreed with leisure provider; passes for care leavers over 18 still being set up.", rag="amber"),
    ]),
    ("Promise 3 – You will do well in education, training and work", [
        dict(ref="5", action="Ring-fence ten council apprenticeships a year for Westminster care leavers.",
             lead="Director of People Services", when="By 31 March 2026",
             prog="4 apprenticeships filled; two services yet to release posts.", rag="amber"),
        dict(ref="6", action="Virtual School to track attendance daily and follow up any absence the same day.",
             lead="Virtual School Head", when="Ongoing",
             prog="Attendance 93.1% (autumn term), up from 90.4%.", rag="green"),
    ]),
    ("Promise 4 – You will be ready for adult life", [
        dict(ref="7", action="Extend the council tax exemption to care leavers living outside Westminster, up to age 25.",
             lead="Executive Director of Finance and Resources", when="April 2026",
             prog="Legal advice received; budget pressure means a decision has been deferred to the February budget meeting.", rag="red"),
        dict(ref="8", action="Launch a ‘Staying Close’ offer for young people leaving our children’s homes.",
             lead="Head of Care Leavers’ Service", when="Q2 2026/27",
             prog="Bid submitted to DfE; awaiting outcome.", rag=None),
    ]),
]


def build_westminster(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(WES_TITLE, style="Title")
    h = doc.add_table(rows=0, cols=2)
    h.style = "Table Grid"
    for a, b in [("Meeting", "Corporate Parenting Board"), ("Date", "27 January 2026"),
                 ("Agenda item", "6 – Appendix A"), ("Report of", "Executive Director of Children’s Services")]:
        cells = h.add_row().cells
        cells[0].text = a
        cells[1].text = b
        shade(cells[0], "E7E6E6")
    doc.add_paragraph("")
    doc.add_paragraph("This action plan delivers the promises in our Corporate Parenting Strategy 2025–2028, written with our Children in Care Council and Care Leavers’ Forum. "
                      "Progress is reported to every meeting of the Board.")
    doc.add_paragraph("RAG: Green – on track; Amber – at risk of delay; Red – off track; Blue – complete. The RAG column is shaded; unshaded means not yet started.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, hd in zip(t.rows[0].cells, ("No.", "We will…", "Lead", "When", "Progress at January 2026", "RAG")):
        c.text = hd
        shade(c, "203864")
        for run in c.paragraphs[0].runs:
            run.bold = True
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for promise, acts in WES_PROMISES:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = promise
        for run in m.paragraphs[0].runs:
            run.bold = True
        shade(m, "DEEAF6")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (a["ref"], a["action"], a["lead"], a["when"], a["prog"], "")):
                c.text = v
            if a["rag"]:
                shade(cells[5], FILL[a["rag"]])
    doc.add_paragraph("")
    doc.add_paragraph("Note: Promise 5 (You will be heard) is delivered through the Participation Plan and is reported to the Board separately.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Brent Youth Justice Service HMIP improvement plan (csv)
# ---------------------------------------------------------------------------
BRENT_FILE = "hg1-brent-youth-justice-service-hmip-improvement-plan.csv"
BRENT_TITLE = "Brent Youth Justice Service – HMIP Inspection Improvement Plan"
BRENT_GROUPS = [
    ("Recommendations to the Brent Youth Justice Management Board", [
        ("R1", "Ensure that all statutory partners attend the Management Board at the right level of seniority and contribute fully to its work.", [
            dict(ref="1.1", action="Review Board membership and terms of reference, with named deputies for police, health, education and probation.",
                 owner="Chair of YJ Management Board", target="31/07/2025", revised="", rag="Complete",
                 upd="Revised terms of reference agreed at the July Board."),
            dict(ref="1.2", action="Introduce a partner attendance and contribution report to every Board meeting.",
                 owner="Head of Service – Youth Justice", target="30/09/2025", revised="", rag="G",
                 upd="First report presented September 2025."),
        ]),
        ("R2", "Improve the Board's understanding of disproportionality, so that action is taken to reduce the over-representation of Black boys in the youth justice system.", [
            dict(ref="2.1", action="Refresh the disproportionality dashboard so that data is broken down by ethnicity, gender, age and disposal type.",
                 owner="YJS Performance and Information Manager", target="30/09/2025", revised="31/01/2026", rag="A",
                 upd="Police outcome data still awaited; revised date agreed by the Board."),
            dict(ref="2.2", action="Commission a lived-experience review with young people and families, and report its findings and an action plan to the Board.",
                 owner="Head of Service – Youth Justice; Head of Inclusion", target="Q4 2025/26", revised="", rag="G",
                 upd="Review commissioned from local voluntary sector partner."),
        ]),
    ]),
    ("Recommendations to the Head of Service, Brent Youth Justice Service", [
        ("R3", "Improve the quality of assessment and planning to keep other people safe, including the use of contingency plans.", [
            dict(ref="3.1", action="Deliver risk of serious harm training to all case managers, with follow-up practice observations.",
                 owner="YJS Operational Manager", target="31/08/2025", revised="", rag="Complete",
                 upd="All 14 case managers trained; observations completed."),
            dict(ref="3.2", action="Manager countersignature of all AssetPlus assessments rated medium or above for risk of serious harm, with a monthly audit.",
                 owner="J. Adeyemi & T. Morgan", target="Ongoing", revised="", rag="G",
                 upd="Countersignature in place; October audit: 88% of plans include contingency plans."),
        ]),
        ("R4", "Ensure that victims are offered a restorative justice service and that their safety is considered in all planning.", [
            dict(ref="4.1", action="Appoint a second victim liaison officer and refresh the victim contact procedure.",
                 owner="YJS Operational Manager", target="31/10/2025", revised="28/02/2026", rag="R",
                 upd="Recruitment unsuccessful in October; post re-advertised."),
            dict(ref="4.2", action="Add a victim safety section to the intervention plan template and audit its use quarterly.",
                 owner="Restorative Justice Lead; Police Sergeant (YJS)", target="31/12/2025", revised="", rag="A",
                 upd="Template drafted; awaiting system change request."),
        ]),
        ("R5", "Improve the quality and consistency of out-of-court disposal decision-making, so that children receive the right disposal at the right time.", [
            dict(ref="5.1", action="Revise the joint decision-making panel procedure with the Metropolitan Police, including a quarterly scrutiny panel with magistrates.",
                 owner="Head of Service – Youth Justice / Met Police Youth Engagement Inspector", target="30/11/2025", revised="", rag="G",
                 upd="Draft procedure agreed; first scrutiny panel booked for December."),
        ]),
    ]),
]


def build_brent(path):
    rows = [
        [BRENT_TITLE, "", "", "", "", "", "", ""],
        ["Inspection fieldwork: 10–14 March 2025 | Report published: 17 June 2025 | Overall rating: Requires improvement", "", "", "", "", "", "", ""],
        ["Owner: Brent Youth Justice Management Board | Last updated: 14/11/2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["HMIP recommendation", "Action No", "Action", "Owner", "Target date", "Revised date", "RAG", "Update"],
    ]
    counts = {}
    for group, recs in BRENT_GROUPS:
        rows.append([group, "", "", "", "", "", "", ""])
        for rno, rtext, acts in recs:
            for i, a in enumerate(acts):
                rows.append([rtext if i == 0 else "", a["ref"], a["action"], a["owner"],
                             a["target"], a["revised"], a["rag"], a["upd"]])
                counts[a["rag"]] = counts.get(a["rag"], 0) + 1
    rows.append(["", "", "", "", "", "", "", ""])
    rows.append(["Summary at 14/11/2025", "", "", "", "", "", "", ""])
    for k in ("Complete", "G", "A", "R"):
        rows.append([k, str(counts.get(k, 0)), "", "", "", "", "", ""])
    rows.append(["Total", str(sum(counts.values())), "", "", "", "", "", ""])
    rows.append(["RAG key: G = on track; A = some slippage; R = off track; Complete = action completed and signed off by the Board", "", "", "", "", "", "", ""])
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Foster Wales Conwy – CIW fostering inspection improvement plan (txt)
# ---------------------------------------------------------------------------
CONWY_FILE = "hg1-foster-wales-conwy-ciw-fostering-inspection-improvement-plan.txt"
CONWY_TITLE = "Foster Wales Conwy – Improvement Plan following CIW Inspection, June 2024"
CONWY_THEMES = [
    ("WELL-BEING", [
        ("Area for improvement 1: Children's views are not consistently recorded in foster carers' annual reviews.", [
            dict(ref="1.1", action="Revise the foster carer annual review template so that the views of the child, and of the carers' own children, are recorded in every review.",
                 lead="Independent Reviewing Officer – Fostering", target="31/10/2024", status="C",
                 upd="New template in use from 1 October 2024."),
            dict(ref="1.2", action="Offer every child living in a fostering household an age-appropriate way to share their views before the review, including the Mind Of My Own app.",
                 lead="Team Manager – Fostering Support", target="Ongoing – reviewed quarterly", status="G",
                 upd="MOMO licences extended to fostering team in November 2024."),
        ]),
    ]),
    ("CARE AND DEVELOPMENT", [
        ("Area for improvement 2: Supervising social workers do not always complete unannounced visits to foster carers at least once a year.", [
            dict(ref="2.1", action="Set up a visit tracker on WCCIS so that team managers can see unannounced visits that are due and overdue.",
                 lead="Fostering Business Support Officer / Team Manager – Fostering Support", target="December 2024", status="G",
                 upd="Tracker built; testing with team managers in January."),
            dict(ref="2.2", action="Complete all overdue unannounced visits identified at inspection.",
                 lead="Team Manager – Fostering Support", target="Original: 30/11/2024   Revised: 28/02/2025", status="A",
                 upd="17 of 23 overdue visits completed; sickness absence in the team."),
        ]),
    ]),
    ("LEADERSHIP AND MANAGEMENT", [
        ("Area for improvement 3: The Responsible Individual's quality of care review does not include enough analysis of feedback from foster carers and children.", [
            dict(ref="3.1", action="Carry out a foster carer survey and a children's consultation before each quality of care review, and include an analysis of the findings.",
                 lead="Responsible Individual", target="March 2025", status="G",
                 upd="Survey issued 6 January 2025."),
            dict(ref="3.2", action="Present the quality of care review to the Corporate Parenting Panel twice a year.",
                 lead="Head of Children, Family and Safeguarding Services", target="Six-monthly", status="G",
                 upd="Next presentation: April 2025 panel."),
            dict(ref="3.3", action="Review fostering panel membership to include a care-experienced member.",
                 lead="Fostering Panel Adviser", target="31/01/2025", status="R",
                 upd="No applications received; approaching Voices From Care Cymru for support."),
        ]),
    ]),
]


def build_conwy(path):
    bar = "=" * 72
    out = [
        CONWY_TITLE,
        "Conwy County Borough Council – Social Care and Wellbeing Services",
        "Inspection of the local authority fostering service by Care Inspectorate Wales (CIW), 3–6 June 2024; report published 9 August 2024",
        "Plan owner: Head of Children, Family and Safeguarding Services",
        "Last updated: 13 January 2025",
        "",
        "Status key: G = on track; A = some risk to delivery; R = not on track; C = complete",
        "",
    ]
    for theme, afis in CONWY_THEMES:
        out += [bar, theme, bar, ""]
        for afi, acts in afis:
            out += [afi, ""]
            for a in acts:
                out += [
                    f"  {a['ref']}  {a['action']}",
                    f"       Lead: {a['lead']}",
                    f"       Target date: {a['target']}",
                    f"       Status: {a['status']}",
                    f"       Update: {a['upd']}",
                    "",
                ]
    out += [bar, "Next review: Fostering Service Management Meeting, April 2025.", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


def main():
    build_bcp(os.path.join(HERE, BCP_FILE))
    build_sheffield(os.path.join(HERE, SHEF_FILE))
    build_mk(os.path.join(HERE, MK_FILE))
    build_lewisham(os.path.join(HERE, LEW_FILE))
    build_westminster(os.path.join(HERE, WES_FILE))
    build_brent(os.path.join(HERE, BRENT_FILE))
    build_conwy(os.path.join(HERE, CONWY_FILE))
    print("built 7 files; MK typo row", mk_refuse_row())


if __name__ == "__main__":
    main()
