"""Build the seven jy1- blind test files (set heldout319).

Run with /work/main/.venv/bin/python jy1_make.py  (writes next to this script).
Each action record carries both the cell text written into the file and the
reading a person makes of it (lead list, end month, status); the expected
YAML files were written from those readings.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "00B0F0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
LIGHT = "DDEBF7"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def A(ref, action, lead_cell, lead, end_cell, end, status, end_text=None, **kw):
    d = dict(ref=ref, action=action, lead_cell=lead_cell, lead=lead,
             end_cell=end_cell, end=end, status=status, end_text=end_text)
    d.update(kw)
    return d


# ---------------------------------------------------------------------------
# 1. Rotherham Safeguarding Children Partnership – JTAI action plan (xlsx)
# ---------------------------------------------------------------------------
ROTH_TITLE = "Rotherham Safeguarding Children Partnership – JTAI Post-inspection Action Plan"
ROTH = [
    ("1. The timeliness and quality of information-sharing by health professionals when children are first referred, including attendance at and contribution to strategy discussions.", [
        A("1.1", "Agree and publish a health escalation protocol for strategy discussions so that a health representative with access to GP, 0–19 and acute records contributes to every strategy discussion.",
          "Designated Nurse for Safeguarding Children", ["Designated Nurse for Safeguarding Children"],
          dt.datetime(2025, 7, 31), "2025-07", "blue", agency="SY ICB",
          update="Protocol agreed at Health Safeguarding Forum on 8 July 2025 and published on the RSCP website.", fill=BLUE),
        A("1.2", "Audit a sample of 30 strategy discussions each quarter to measure health attendance and the quality of health information shared, reporting findings to the Performance, Practice and Learning Group.",
          "Named Nurse (TRFT); MASH Health Lead", ["Named Nurse (TRFT)", "MASH Health Lead"],
          "Dec-25", "2025-12", "green", agency="SY ICB / TRFT",
          update="Q1 audit completed: health attendance 71% (baseline 52%). Q2 audit under way.", fill=GREEN),
    ]),
    ("2. The consistency and recording of management oversight and the rationale for threshold decisions in the MASH.", [
        A("2.1", "Introduce a single MASH decision-making template requiring the manager to record the rationale for the threshold decision and the next steps agreed with partners.",
          "Head of Service – MASH and Duty", ["Head of Service – MASH and Duty"],
          dt.datetime(2025, 6, 30), "2025-06", "blue", agency="RMBC",
          update="Template live in Liquidlogic from 16 June 2025.", fill=BLUE),
        A("2.2", "Deliver refresher training on the Rotherham Continuum of Need to all MASH and Duty team managers and senior practitioners.",
          "Principal Social Worker", ["Principal Social Worker"],
          "September 2025", "2025-09", "amber", agency="RMBC",
          update="Four of five sessions delivered; final session moved to October because of staff availability.", fill=AMBER),
        A("2.3", "Monthly dip-sampling of MASH decisions by the Head of Service, with findings reported to the MASH Operational Group.",
          "Head of Service – MASH and Duty", ["Head of Service – MASH and Duty"],
          "Ongoing", None, "green", end_text="Ongoing", agency="RMBC",
          update="Dip-sampling started July 2025; three months reported to the Operational Group.", fill=GREEN),
    ]),
    ("3. Some partner agencies, particularly schools, do not apply thresholds consistently, leading to contacts that do not meet the threshold for statutory intervention.", [
        A("3.1", "Launch a consultation line in the MASH so that schools and other partners can discuss concerns with a qualified social worker before making a referral.",
          "Laura Whitfield & Craig Denton", ["Laura Whitfield", "Craig Denton"],
          "Nov-25", "2025-11", "green", agency="RMBC",
          update="Business case approved; recruitment to two consultation posts under way.", fill=GREEN),
        A("3.2", "Deliver threshold briefings to designated safeguarding leads through the termly DSL network meetings.",
          "Education Safeguarding Manager", ["Education Safeguarding Manager"],
          "Summer term 2026", "2026-07", "unrated", end_text="Summer term 2026", agency="RMBC (Education)",
          update="", fill=None),
    ]),
    ("4. The partnership's oversight of the quality and impact of multi-agency practice at the front door, including the use of multi-agency audit findings.", [
        A("4.1", "Add a front door dataset (contacts, conversion rates, repeat contacts and strategy discussion attendance by agency) to the RSCP performance scorecard.",
          "RSCP Business Manager", ["RSCP Business Manager"],
          dt.datetime(2025, 10, 31), "2025-10", "green", agency="RSCP",
          update="Draft dataset presented to the Executive Group on 9 September 2025.", fill=GREEN),
        A("4.2", "Complete a multi-agency audit of front door decision-making and present the learning to the RSCP Executive.",
          "Chair of the Performance, Practice and Learning Group", ["Chair of the Performance, Practice and Learning Group"],
          "31 January 2026", "2026-01", "red", agency="RSCP",
          update="Audit delayed because of auditor capacity; revised plan to Executive in October.", fill=RED),
    ]),
]


def make_rotherham(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = ROTH_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Joint targeted area inspection of the multi-agency response to identification of initial need and risk – Rotherham, 3 to 7 March 2025"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comments"),
            ("v0.4", "21/05/2025", "RSCP Business Manager", "Draft for Executive Group"),
            ("v1.0", "10/06/2025", "RSCP Business Manager", "Submitted to Ofsted"),
            ("v1.2", "15/09/2025", "RSCP Business Manager", "Q2 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [(BLUE, "Complete – action delivered and evidence of impact"),
           (GREEN, "On track"),
           (AMBER, "Some slippage – mitigation in place"),
           (RED, "Off track – escalated to Executive Group"),
           (None, "Not yet started")]
    for i, (f, t) in enumerate(key):
        c = cov.cell(row=12 + i, column=1)
        c.border = BORDER
        if f:
            c.fill = fill(f)
        cov.cell(row=12 + i, column=2, value=t)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 30

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = ROTH_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Inspection: 3–7 March 2025   |   Letter published: 25 April 2025   |   Position at: 15 September 2025"
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Area for improvement (from JTAI letter)", "Action", "Agency", "Lead officer",
             "Target date", "Progress update – Q2 2025/26", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.border = BORDER
        c.alignment = WRAP
    r = 5
    for afi, acts in ROTH:
        start = r
        for a in acts:
            vals = [a["ref"], afi if r == start else None, a["action"], a["agency"], a["lead_cell"],
                    a["end_cell"], a["update"] or None, None]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BORDER
                c.alignment = WRAP
            if isinstance(a["end_cell"], dt.datetime):
                ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
            if a["fill"]:
                ws.cell(row=r, column=8).fill = fill(a["fill"])
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="This plan is monitored by the RSCP Executive Group each quarter. Evidence for each action is held in the RSCP SharePoint evidence log.")
    for col, w in zip("ABCDEFGH", (7, 38, 52, 14, 26, 14, 40, 7)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – Q2 2025/26"
    sm["A1"].font = Font(bold=True)
    counts = [("Complete", 2, BLUE), ("On track", 4, GREEN), ("Some slippage", 1, AMBER),
              ("Off track", 1, RED), ("Not yet started", 1, None), ("Total", 9, None)]
    for i, (t, n, f) in enumerate(counts):
        c = sm.cell(row=3 + i, column=1, value=t)
        if f:
            c.fill = fill(f)
        sm.cell(row=3 + i, column=2, value=n)
    sm.column_dimensions["A"].width = 20
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Leicester Youth Justice Service – HMIP improvement plan (xlsx)
# ---------------------------------------------------------------------------
LEIC_TITLE = "Leicester Youth Justice Service: HM Inspectorate of Probation Inspection Improvement Plan 2025–26"
LEIC = [
    ("Recommendations to the Youth Justice Service Head of Service", [
        ("Recommendation 1: Improve the quality of assessment and planning so that it consistently analyses risk of harm to others, and contingency arrangements are specific to each child.", [
            A("1.1", "Deliver AssetPlus risk of harm training for all case managers, including a practice workshop on writing contingency plans.",
              "YJS Practice Development Lead", ["YJS Practice Development Lead"], "Jun-25", "2025-06", "blue",
              orig="Apr-25", prev="A", cur="B", update="Training delivered to 22 of 22 case managers by 12 June 2025."),
            A("1.2", "Introduce a monthly risk management panel, chaired by the Operational Manager, for all children assessed as high or very high risk of serious harm.",
              "YJS Operational Manager", ["YJS Operational Manager"], None, "2025-05", "blue",
              orig="May-25", prev="G", cur="B", update="Panel established May 2025; terms of reference agreed."),
            A("1.3", "Quarterly thematic audit of assessment and planning quality, with findings reported to the Management Board.",
              "Head of Service / QA Lead", ["Head of Service", "QA Lead"], None, None, "green", end_text="Quarterly",
              orig="Quarterly", prev="G", cur="G", update="Q1 audit (risk of harm) reported to Board in July 2025."),
        ]),
        ("Recommendation 2: Ensure that work to keep children safe is coordinated with children's social care, with timely information-sharing and joint planning for children open to both services.", [
            A("2.1", "Agree a joint working protocol between the YJS and Children's Social Care, including YJS attendance at strategy meetings and child protection conferences.",
              "Head of Service; Head of Safeguarding (CSC)", ["Head of Service", "Head of Safeguarding (CSC)"], "Jul-25", "2025-07", "green",
              orig="Mar-25", prev="A", cur="G", update="Protocol signed off by both Heads of Service on 2 July 2025; briefings to teams in September."),
            A("2.2", "Co-locate a social worker within the YJS two days a week to support joint planning.",
              "Service Manager (Court & Custody)", ["Service Manager (Court & Custody)"], "Jan-26", "2026-01", "amber",
              orig="Sep-25", prev="G", cur="A", update="Funding agreed; post advertised twice without appointment."),
        ]),
    ]),
    ("Recommendations to the Leicester Youth Justice Management Board", [
        ("Recommendation 3: Make sure that Board members understand the profile of children supervised by the YJS, including disproportionality, and use this to hold partners to account.", [
            A("3.1", "Develop a Board performance dashboard including disproportionality data by ethnicity, gender and care status.",
              "YJS Performance and Information Officer", ["YJS Performance and Information Officer"], None, "2025-06", "green",
              orig="Jun-25", prev="A", cur="G", update="Dashboard presented at June Board; care status data to be added."),
            A("3.2", "Hold a Board development session on the lived experience of children in the YJS, co-delivered with young people.",
              "Chair of the Youth Justice Management Board", ["Chair of the Youth Justice Management Board"], "Oct-25", "2025-10", "amber",
              orig="Jul-25", prev="R", cur="A", update="Session booked for 21 October 2025 with the participation group."),
        ]),
        ("Recommendation 4: Ensure that children have timely access to education, training and employment provision, and to emotional and mental health services.", [
            A("4.1", "Agree an education escalation route with the Virtual School and the Education Inclusion Service for YJS children not in full-time education.",
              "Head of Education Inclusion", ["Head of Education Inclusion"], None, "2025-12", "green",
              orig="Dec-25", prev="", cur="G", update="Draft route shared with head teachers' forum."),
            A("4.2", "Commission a sessional CAMHS practitioner offer within the YJS.",
              "ICB Children's Commissioning Manager", ["ICB Children's Commissioning Manager"], None, "2026-03", "red",
              orig="Mar-26", prev="R", cur="R", update="Funding not yet identified; escalated to Board on 16 September 2025."),
            A("4.3", "Review the YJS reparation and ETE offer with children and parents to increase engagement.",
              "YJS Operational Manager", ["YJS Operational Manager"], None, "2026-03", "unrated",
              orig="Q4 2025/26", prev="", cur="", update="Not started – planned for Q4."),
        ]),
    ]),
]


def make_leicester(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = LEIC_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Inspection fieldwork: 11–15 November 2024. Report published: 4 February 2025. Overall rating: Requires improvement."
    ws.merge_cells("A2:H2")
    ws["A3"] = "Plan owner: Leicester Youth Justice Management Board. Last updated: 30/09/2025."
    ws.merge_cells("A3:H3")
    heads = ["No.", "Recommendation / action", "Owner", "Original deadline", "Revised deadline",
             "Previous RAG", "Current RAG", "Progress and evidence of impact"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BORDER
        c.alignment = WRAP
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 6
    for sec, recs in LEIC:
        c = ws.cell(row=r, column=1, value=sec)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("44546A")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, acts in recs:
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(bold=True)
            c.fill = fill(LIGHT)
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["lead_cell"], a["orig"], a["end_cell"],
                        a["prev"] or None, a["cur"] or None, a["update"]]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.border = BORDER
                    c.alignment = WRAP
                for col, key in ((6, "prev"), (7, "cur")):
                    if a[key]:
                        ws.cell(row=r, column=col).fill = fill(rag_fill[a[key]])
                        ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
    for col, w in zip("ABCDEFGH", (6, 60, 28, 12, 12, 10, 10, 45)):
        ws.column_dimensions[col].width = w

    ks = wb.create_sheet("Key and version control")
    ks["A1"] = "RAG key"
    ks["A1"].font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "At risk – may miss deadline"),
                                ("R", "Off track – Board intervention needed")]):
        ks.cell(row=2 + i, column=1, value=k).fill = fill(rag_fill[k])
        ks.cell(row=2 + i, column=2, value=t)
    ks["A8"] = "Version control"
    ks["A8"].font = Font(bold=True)
    for i, row in enumerate([("Version", "Date", "Change", "By"),
                             ("1.0", "25/02/2025", "Plan submitted to HMI Probation", "Head of Service"),
                             ("1.1", "30/06/2025", "Q1 update; revised deadlines agreed by Board", "Head of Service"),
                             ("1.2", "30/09/2025", "Q2 update", "Head of Service")]):
        for j, v in enumerate(row):
            ks.cell(row=9 + i, column=1 + j, value=v)
    ks.column_dimensions["B"].width = 40
    ks.column_dimensions["C"].width = 44
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Bristol Corporate Parenting Board – EPIC Plan tracker (xlsx, typo month -> refuse)
# ---------------------------------------------------------------------------
BRIS_TITLE = "Bristol Corporate Parenting Board – EPIC Plan Action Tracker 2025–26"
BRIS = [
    ("Priority 1: A safe and stable place to call home", [
        ("1.1", "Increase the number of in-house foster carers through a targeted recruitment campaign with Foster with Bristol.", "Head of Placement Services", "Fostering Recruitment Team", "March 2026", "Number of new mainstream fostering households approved (target 25)", "14 households in assessment; 6 approved since April.", "Amber"),
        ("1.2", "Review the Staying Close and supported lodgings offer for care leavers with young people.", "Leaving Care Service Manager", "Care Leavers United", "Dec 2025", "Review report to CPB; young people's feedback", "Two co-production sessions held in July and August.", "Green"),
    ]),
    ("Priority 2: Healthy minds, healthy bodies", [
        ("2.1", "Ensure every child entering care has an initial health assessment within 20 working days.", "Designated Nurse for Children in Care", "Sirona; BNSSG ICB", "Ongoing", "% of IHAs completed in timescale (target 90%)", "Q1: 68%. Weekly tracking meeting in place with Sirona.", "Red"),
        ("2.2", "Launch the free leisure pass for children in care and care leavers up to age 25.", "Head of Sport and Leisure; Virtual School Head", "Everyone Active", "Sept 2025", "Number of passes issued", "Launched 1 September 2025; 112 passes issued.", "Complete"),
    ]),
    ("Priority 3: Learning and work", [
        ("3.1", "Extend the Virtual School's post-16 offer so that every care leaver not in education, employment or training has a named EET adviser.", "Virtual School Head", "Bristol WORKS", "Jan 2026", "% of care leavers aged 19–21 in EET", "EET adviser recruited; caseload allocation under way.", "Green"),
        ("3.2", "Create 10 ring-fenced apprenticeships for care leavers across council departments.", "Head of HR; Leaving Care Service Manager", "All council directorates", "Febuary 2026", "Number of apprenticeships offered and filled", "Four posts agreed with Parks, Housing and IT.", "Amber"),
    ]),
    ("Priority 4: Your voice matters", [
        ("4.1", "Children in Care Council members to co-chair one Corporate Parenting Board meeting each quarter.", "Participation Manager", "Children in Care Council", "Quarterly", "Meetings co-chaired; issues raised and actions taken", "First co-chaired meeting held June 2025.", "Green"),
        ("4.2", "Refresh the Pledge to children in care and care leavers with young people and relaunch it.", "Participation Manager", "Children in Care Council; Care Leavers United", "July 2026", "Refreshed Pledge published", "", "Not started"),
        ("4.3", "Deliver corporate parenting training to all elected members and senior officers.", "Head of Service, Children in Care", "Democratic Services", "31/10/2025", "% of members trained", "Session delivered to 38 of 70 members.", "Amber"),
    ]),
]
BRIS_TYPO_ROW = None  # set when written


def make_bristol(path):
    global BRIS_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan 2025-26"
    ws["A1"] = BRIS_TITLE
    ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
    ws["A1"].fill = fill("7030A0")
    ws.merge_cells("A1:H1")
    ws["A2"] = "Update for Corporate Parenting Board – 17 September 2025"
    ws.merge_cells("A2:H2")
    heads = ["Ref", "What we will do", "Lead", "Partners", "By when", "How we will know", "Update", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        c.border = BORDER
    rag_fill = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}
    r = 5
    for pri, acts in BRIS:
        c = ws.cell(row=r, column=1, value=pri)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for row in acts:
            for j, v in enumerate(row):
                c = ws.cell(row=r, column=1 + j, value=v if v != "" else None)
                c.border = BORDER
                c.alignment = WRAP
            if row[7] in rag_fill:
                ws.cell(row=r, column=8).fill = fill(rag_fill[row[7]])
            if row[4] == "Febuary 2026":
                BRIS_TYPO_ROW = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete = delivered; Green = on track; Amber = some delay; Red = off track or not meeting target; Not started.")
    ws.cell(row=r + 1, column=1, value="The EPIC Plan is reviewed at every Corporate Parenting Board. Actions are owned by the named lead and reported by exception.")
    for col, w in zip("ABCDEFGH", (6, 55, 30, 26, 13, 34, 40, 11)):
        ws.column_dimensions[col].width = w
    wb.save(path)
    return BRIS_TYPO_ROW


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
    parts = text.split("\n") if text else [""]
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for para in cell.paragraphs:
            for run in para.runs:
                run.bold = True


def add_table(doc, rows, header=True, style="Table Grid"):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v, bold=(header and i == 0))
    return t


# ---------------------------------------------------------------------------
# 4. Cheshire West and Chester – ILACS improvement plan (docx)
# ---------------------------------------------------------------------------
CWAC_TITLE = "Cheshire West and Chester Council – Children's Services Improvement Plan"
CWAC = [
    ("1. The experiences and progress of children who need help and protection", [
        ("Recommendation 1: The timeliness and quality of assessments for children in need, so that they are updated when children's circumstances change.", [
            A("1.1", "Relaunch the assessment practice standard, with a one-page guide for practitioners and managers.",
              "Principal Social Worker", ["Principal Social Worker"], "September 2025", "2025-09", "blue",
              update="Standard relaunched at the practice week on 15 September 2025.", rag="B"),
            A("1.2", "Introduce weekly performance clinics for team managers in the Child in Need teams, focused on assessments that are out of timescale.",
              "Head of Service – Children in Need and Child Protection", ["Head of Service – Children in Need and Child Protection"],
              "31/10/2025", "2025-10", "green", update="Clinics running since August; assessments out of timescale down from 61 to 34.", rag="G"),
            A("1.3", "Complete a practice review of all assessments open for more than 45 working days.\nTeam managers to record a management decision on each case.",
              "Service Managers (CIN)", ["Service Managers (CIN)"], "Autumn term 2025", "2025-12", "amber", end_text="Autumn term 2025",
              update="112 of 190 assessments reviewed.", rag="A"),
        ]),
        ("Recommendation 2: The effectiveness of planning for children subject to child protection plans, so that plans are specific and progress is reviewed effectively in core groups.", [
            A("2.1", "Revise the child protection plan template so that each plan sets out clear, measurable outcomes and contingency arrangements.",
              "Head of Safeguarding and Quality Assurance", ["Head of Safeguarding and Quality Assurance"], "August 2025", "2025-08", "blue",
              update="New template in use from 1 August 2025.", rag="B"),
            A("2.2", "Child protection chairs to complete a midway review of every plan between conferences and escalate drift through the practice escalation protocol.",
              "CP Chairs Team Manager / IRO Service Manager", ["CP Chairs Team Manager", "IRO Service Manager"], "Q3 2025/26", "2025-12", "green",
              update="Midway reviews completed for 78% of plans in September.", rag="G"),
        ]),
    ]),
    ("2. The experiences and progress of children in care", [
        ("Recommendation 3: The sufficiency of local homes for children in care, including foster homes for older children and sibling groups.", [
            A("3.1", "Refresh the sufficiency strategy and market position statement, with a focus on foster homes for teenagers and sibling groups.",
              "Head of Commissioning (Children)", ["Head of Commissioning (Children)"], "December 2025", "2025-12", "green",
              update="Draft strategy to Children's Improvement Board in November.", rag="G"),
            A("3.2", "Launch the enhanced fostering allowance scheme for carers of children aged 11 and over.",
              "Fostering Service Manager", ["Fostering Service Manager"], "January 2026", "2026-01", "amber",
              update="Awaiting Cabinet decision on 10 December 2025.", rag="A"),
        ]),
    ]),
    ("3. The experiences and progress of care leavers", [
        ("Recommendation 4: The quality and timeliness of pathway plans for care leavers, including plans for where they will live.", [
            A("4.1", "Audit all pathway plans for young people aged 17½ to make sure accommodation options are identified at least six months before their 18th birthday.",
              "Leaving Care Team Manager", ["Leaving Care Team Manager"], "30/11/2025", "2025-11", "red",
              update="Audit started late because of two team manager vacancies; 40% complete.", rag="R"),
            A("4.2", "Agree a joint housing protocol for care leavers with the council's Housing Solutions Service.",
              "Head of Service – Children in Care and Care Leavers; Housing Solutions Manager",
              ["Head of Service – Children in Care and Care Leavers", "Housing Solutions Manager"], "March 2026", "2026-03", "green",
              update="First draft shared with Housing Solutions.", rag="G"),
        ]),
    ]),
    ("4. The impact of leaders on social work practice with children and families", [
        ("Recommendation 5: The consistency and impact of management oversight and supervision across the service.", [
            A("5.1", "Implement the revised supervision policy and audit compliance quarterly through the quality assurance framework.",
              "Head of Safeguarding and Quality Assurance", ["Head of Safeguarding and Quality Assurance"], "Ongoing", None, "green",
              end_text="Ongoing", update="Q2 audit: 84% of supervision records meet the standard.", rag="G"),
            A("5.2", "Deliver the Team Manager Development Programme to all first-line managers.",
              "Workforce Development Manager", ["Workforce Development Manager"], "June 2026", "2026-06", "unrated",
              update="Programme commissioned; cohort 1 starts January 2026.", rag=""),
        ]),
    ]),
]


def make_cwac(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(CWAC_TITLE, style="Title")
    doc.add_paragraph("Response to the Ofsted inspection of local authority children's services (ILACS), 2 to 13 June 2025")
    add_table(doc, [["Version", "1.3"], ["Date", "3 November 2025"], ["Owner", "Director of Children's Services"],
                    ["Governance", "Children's Improvement Board (monthly)"], ["Status", "Live – progress as at October 2025"]],
              header=False)
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph("Ofsted judged the overall effectiveness of children's services in Cheshire West and Chester to require improvement to be good. "
                      "This plan sets out the actions we are taking against each of the five recommendations in the inspection report. "
                      "Progress is reported to the Children's Improvement Board each month and to the Children and Young People Scrutiny Committee each quarter.")
    doc.add_paragraph("RAG key")
    add_table(doc, [["RAG", "Meaning"], ["B", "Complete and embedded"], ["G", "On track to deliver by the timescale"],
                    ["A", "At risk of slipping – mitigation in place"], ["R", "Off track – escalation required"]])
    for area, recs in CWAC:
        doc.add_heading(area, level=1)
        for rec, acts in recs:
            doc.add_heading(rec, level=2)
            rows = [["Ref", "Action", "Lead", "Timescale", "Progress update", "RAG"]]
            for a in acts:
                rows.append([a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["update"], a["rag"]])
            t = add_table(doc, rows)
            for i, a in enumerate(acts, start=1):
                col = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}.get(a["rag"])
                if col:
                    shade(t.rows[i].cells[5], col)
            doc.add_paragraph("")
    doc.add_heading("Sign-off", level=1)
    add_table(doc, [["Name", "Role", "Date"],
                    ["Ofelia Grant", "Director of Children's Services", "03/11/2025"],
                    ["Cllr Rob Bisset", "Cabinet Member for Children and Families", "03/11/2025"]])
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Foster Wales Merthyr Tydfil – CIW fostering inspection improvement plan (docx)
# ---------------------------------------------------------------------------
MERT_TITLE = "Foster Wales Merthyr Tydfil: CIW Inspection Improvement Plan"
MERT = [
    ("Area for improvement 1 – Regulation 18 (Review of approval): Annual reviews of foster parents were not always completed within the required timescale, and the views of children placed were not consistently sought.", [
        A("1a", "Create a tracker of all foster parent annual review dates, monitored weekly by the Fostering Team Manager.",
          "Fostering Team Manager", ["Fostering Team Manager"], "28/02/2025", "2025-02", "blue",
          update="Tracker in place from February 2025; no reviews overdue at end of September.", st="Complete"),
        A("1b", "Make sure the views of each child placed, and of the foster parents' own children, are obtained and recorded before every annual review.",
          "Supervising Social Workers", ["Supervising Social Workers"], "April 2025", "2025-04", "blue",
          update="Child-friendly consultation form introduced; used in 100% of reviews since May.", st="Complete"),
        A("1c", "Independent Reviewing Officer to quality-assure a sample of five annual reviews each quarter.",
          "Independent Reviewing Officer", ["Independent Reviewing Officer"], "Quarterly", None, "green", end_text="Quarterly",
          update="Q1 and Q2 samples completed; findings shared at team meeting.", st="On track"),
    ]),
    ("Area for improvement 2 – Regulation 32 (Training and development of foster parents): Not all foster parents had completed the mandatory training identified in their personal development plans.", [
        A("2a", "Refresh the foster parent learning and development framework, including the All Wales TSD Standards, and circulate it to all carers.",
          "Learning and Development Officer (Fostering)", ["Learning and Development Officer (Fostering)"], "June 2025", "2025-06", "blue",
          update="Framework issued to all households in June 2025.", st="Complete"),
        A("2b", "Record training completion for every foster parent on WCCIS and raise non-completion in supervision.",
          "Supervising Social Workers", ["Supervising Social Workers"], "31 July 2025", "2025-07", "green",
          update="Data cleanse complete; 87% of foster parents up to date with mandatory training.", st="On track"),
    ]),
    ("Area for improvement 3 – Regulation 9 (Statement of purpose): The statement of purpose did not accurately reflect the current staffing structure and the services provided.", [
        A("3a", "Review and reissue the statement of purpose, and submit it to CIW.",
          "Responsible Individual / Fostering Service Manager", ["Responsible Individual", "Fostering Service Manager"], "March 2025", "2025-03", "blue",
          update="Revised statement of purpose submitted to CIW on 24 March 2025.", st="Complete"),
        A("3b", "Schedule an annual review of the statement of purpose in the service calendar and report it to the Corporate Parenting Board.",
          "Fostering Service Manager", ["Fostering Service Manager"], "March 2026", "2026-03", "unrated",
          update="", st="Not started"),
    ]),
]


def make_merthyr(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph(MERT_TITLE, style="Title")
    doc.add_paragraph("Maethu Cymru Merthyr Tudful – Cynllun Gwella")
    doc.add_paragraph("Local Authority Fostering Service, Merthyr Tydfil County Borough Council. "
                      "Inspected by Care Inspectorate Wales on 14, 15 and 16 January 2025; report published 12 March 2025.")
    doc.add_heading("Summary of inspection findings", level=1)
    doc.add_paragraph("CIW found that children are well cared for by foster parents who know them well, and that staff are supportive and "
                      "accessible. Three areas for improvement were identified. No priority action notices were issued. "
                      "The plan below sets out how the service will address each area for improvement.")
    doc.add_heading("Improvement plan", level=1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["No.", "Action required", "Responsible officer", "Target date", "Progress / evidence", "Status"]):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "C6E0B4")
    for afi, acts in MERT:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, afi, bold=True)
        shade(m, "E2EFDA")
        for a in acts:
            cells = t.add_row().cells
            for j, v in enumerate([a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["update"], a["st"]]):
                set_cell(cells[j], v)
    doc.add_paragraph("")
    doc.add_paragraph("Status: Complete – action delivered and evidenced; On track – in progress within the target date; Not started.")
    doc.add_heading("Approval", level=1)
    add_table(doc, [["Signed", "Designation", "Date"],
                    ["Rhian Pritchard", "Head of Children's Services (Responsible Individual)", "30/09/2025"]])
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Manchester Early Help Strategy action plan (csv)
# ---------------------------------------------------------------------------
MANC_TITLE = "Manchester Early Help Strategy 2024–2027: Action Plan (Year 2)"
MANC = [
    ("Priority 1: Right help, right time", [
        A("EH1.1", "Publish a single, plain-English description of the Manchester early help offer for families and professionals on the Help and Support Manchester website.",
          "Early Help Strategic Lead", ["Early Help Strategic Lead"], "Jul-25", "2025-07", "blue",
          partners="All partners", start="Apr-25", st="Complete", update="Published 14 July 2025."),
        A("EH1.2", "Refresh the Manchester Continuum of Need guidance with partners, including examples for schools and health visitors.",
          "Early Help Strategic Lead; MSP Business Manager", ["Early Help Strategic Lead", "MSP Business Manager"], "Dec-25", "2025-12", "green",
          partners="Manchester Safeguarding Partnership", start="Apr-25", st="On track", update="Draft consulted on with DSL network in October."),
        A("EH1.3", "Introduce a monthly multi-agency early help allocation meeting in each locality.",
          "Locality Early Help Managers", ["Locality Early Help Managers"], "Q3 2025/26", "2025-12", "amber",
          partners="Schools, GMP, MFT", start="Jun-25", st="Amber", update="Running in North and Central; South to start in January."),
    ]),
    ("Priority 2: Family Hubs and Start for Life", [
        A("EH2.1", "Open the remaining three Family Hubs (Central, Wythenshawe and Gorton) with a consistent core offer.",
          "Family Hubs Programme Manager", ["Family Hubs Programme Manager"], "Mar-26", "2026-03", "green",
          partners="VCSE, health", start="Sep-24", st="On track", update="Gorton hub opened September 2025; Central and Wythenshawe on schedule."),
        A("EH2.2", "Deliver the Start for Life infant feeding and perinatal mental health offer through every Family Hub.",
          "Sarah Ahmed and Tom Reilly", ["Sarah Ahmed", "Tom Reilly"], "31/03/2026", "2026-03", "amber",
          partners="MFT, NHS GM", start="Apr-25", st="Amber", update="Perinatal mental health practitioner vacancy in two hubs."),
        A("EH2.3", "Recruit and train volunteer Family Hub Champions in each hub.",
          "VCSE Partnership Lead", ["VCSE Partnership Lead"], "Ongoing", None, "green", end_text="Ongoing",
          partners="Macc", start="Jan-25", st="On track", update="41 champions trained."),
    ]),
    ("Priority 3: A skilled and confident workforce", [
        A("EH3.1", "Roll out Early Help Assessment training to designated safeguarding leads in all primary and secondary schools.",
          "Early Help Workforce Development Lead", ["Early Help Workforce Development Lead"], "Summer term 2025", "2025-07", "blue",
          end_text="Summer term 2025", partners="Schools", start="Sep-24", st="Complete", update="Training delivered to 96% of schools."),
        A("EH3.2", "Launch a lead professional network with quarterly practice forums.",
          "Early Help Practice Lead", ["Early Help Practice Lead"], "Sep-25", "2025-09", "red",
          partners="All partners", start="Apr-25", st="Red", update="First forum postponed; new date 20 November 2025."),
        A("EH3.3", "Introduce a peer audit programme for early help assessments and plans across partner agencies.",
          "Early Help Quality Assurance Lead; Head of Early Help", ["Early Help Quality Assurance Lead", "Head of Early Help"], "Jun-26", "2026-06", "unrated",
          partners="MSP Quality Assurance Sub-group", start="Oct-25", st="Not started", update=""),
    ]),
    ("Priority 4: Data, outcomes and the voice of families", [
        A("EH4.1", "Develop an early help outcomes dashboard for the Partnership Board.\nInclude Supporting Families outcome measures and step-up/step-down data.",
          "Early Help Performance Manager", ["Early Help Performance Manager"], "Jun-25", "2025-06", "blue",
          partners="Performance, Research and Intelligence", start="Sep-24", st="Complete", update="Dashboard live; reviewed at each Board."),
        A("EH4.2", "Carry out an annual survey of families' experience of early help and publish a 'You said, we did' summary.",
          "Parent Participation Lead", ["Parent Participation Lead"], "Jan-26", "2026-01", "green",
          partners="Parent Carer Forum", start="Sep-25", st="Green", update="Survey open until 30 November 2025."),
        A("EH4.3", "Establish a young people's early help advisory group to co-produce service changes.",
          "Youth Engagement Manager", ["Youth Engagement Manager"], "Apr-26", "2026-04", "unrated",
          partners="Youth Council", start="Jan-26", st="", update=""),
    ]),
]


def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def make_manchester(path):
    ncol = 9
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row([MANC_TITLE])
    row(["Owner: Manchester Early Help Partnership Board. Position at 31 October 2025."])
    row([])
    row(["Priority", "Ref", "Action", "Lead", "Partners", "Start", "End", "Status", "Update"])
    for pri, acts in MANC:
        for i, a in enumerate(acts):
            row([pri if i == 0 else "", a["ref"], a["action"], a["lead_cell"], a["partners"], a["start"],
                 a["end_cell"], a["st"], a["update"]])
    row([])
    row(["Summary"])
    row(["Complete", "3"])
    row(["On track / Green", "4"])
    row(["Amber", "2"])
    row(["Red", "1"])
    row(["Not started", "2"])
    row(["Total actions", "12"])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Leeds Local Area Partnership – SEND priority action plan (tab-separated txt)
# ---------------------------------------------------------------------------
LEED_TITLE = "Leeds Local Area Partnership – SEND and AP Priority Action Plan"
LEED = [
    ("Area for priority action 1: Leaders across the partnership should improve the timeliness of EHC needs assessments and the quality of EHC plans, so that children and young people's needs are accurately described and met.", [
        A("1.1", "Recruit additional educational psychologists and SEN assessment officers to clear the backlog of EHC needs assessments beyond 20 weeks.",
          "Head of SENSAP", ["Head of SENSAP"], "Mar 2026", "2026-03", "amber", rag="A",
          update="6 of 9 posts filled. Backlog down from 412 to 297.", cont="Locum EP contract extended to January to cover remaining vacancies."),
        A("1.2", "Introduce a multi-agency quality assurance panel for draft EHC plans, with health and social care advice checked before issue.",
          "Head of SENSAP; Designated Clinical Officer", ["Head of SENSAP", "Designated Clinical Officer"], "31/12/2025", "2025-12", "green", rag="G",
          update="Panel terms of reference agreed; first panel 6 November."),
        A("1.3", "Report weekly EHC timeliness data to the SEND and AP Partnership Board.",
          "SEND Performance Lead", ["SEND Performance Lead"], "Weekly", None, "green", end_text="Weekly", rag="G",
          update="Weekly report in place since September."),
    ]),
    ("Area for priority action 2: Leaders in the local authority and the ICB should reduce waiting times for neurodevelopmental assessments and make sure support is available to children and families while they wait.", [
        A("2.1", "Commission additional autism and ADHD assessment capacity through independent sector providers.",
          "ICB Associate Director of Children's Commissioning", ["ICB Associate Director of Children's Commissioning"], "Q4 2025/26", "2026-03", "amber", rag="A",
          update="Procurement under way; contract award expected December."),
        A("2.2", "Launch the 'Support While You Wait' offer for families, including parent workshops and a helpline.",
          "MindMate SPA Lead & Leeds Parent Carer Forum", ["MindMate SPA Lead", "Leeds Parent Carer Forum"], "Oct 2025", "2025-10", "blue", rag="B",
          update="Launched 1 October 2025; 230 families registered."),
    ]),
    ("Area for improvement 1: Leaders should strengthen the co-production of strategic plans with children, young people and families, and communicate more clearly how their views have made a difference.", [
        A("3.1", "Publish a co-production charter agreed with the Leeds Parent Carer Forum.",
          "SEND Co-production Lead", ["SEND Co-production Lead"], "Jan 2026", "2026-01", "green", rag="G",
          update="Charter drafted with parents at workshops in September."),
        A("3.2", "Produce a termly 'You said, we did' newsletter for families on the Local Offer.",
          "Local Offer Manager", ["Local Offer Manager"], "Termly", None, "green", end_text="Termly", rag="G",
          update="Autumn edition published."),
    ]),
    ("Area for improvement 2: Leaders should improve the quality and oversight of alternative provision so that pupils make progress in their learning and return to school where appropriate.", [
        A("4.1", "Introduce a quality assurance framework and annual visits for all commissioned and unregistered alternative provision.",
          "Head of Inclusion and Alternative Provision", ["Head of Inclusion and Alternative Provision"], "Summer term 2026", "2026-07", "unrated",
          end_text="Summer term 2026", rag="", update="Not started – scoping in January."),
        A("4.2", "Agree a reintegration protocol with schools for pupils who have been in alternative provision for more than two terms.",
          "Head of Inclusion and Alternative Provision / Virtual School Head", ["Head of Inclusion and Alternative Provision", "Virtual School Head"],
          "April 2026", "2026-04", "red", rag="R", update="Delayed: head teacher consultation has not yet started."),
    ]),
]


def make_leeds(path):
    L = [LEED_TITLE,
         "Response to the Ofsted and CQC area SEND inspection (fieldwork 23–27 June 2025; report published 19 August 2025)",
         "Version 1.4 – progress at 31 October 2025 – owner: Leeds SEND and AP Partnership Board",
         "",
         "RAG key: B = complete; G = on track; A = some delay, recovery in place; R = significant delay; blank = not yet started",
         "",
         "\t".join(["Ref", "Action", "Lead(s)", "Due", "RAG", "Progress update"])]
    for area, acts in LEED:
        L.append(area)
        for a in acts:
            L.append("\t".join([a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["rag"], a["update"]]))
            if a.get("cont"):
                L.append("\t\t\t\t\t" + a["cont"])
    L += ["",
          "Notes",
          "Progress is reported to the SEND and AP Partnership Board every six weeks and to the DfE and NHS England SEND advisers each quarter."]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")


FILES = {
    "jy1-rotherham-safeguarding-children-partnership-jtai-action-plan.xlsx": make_rotherham,
    "jy1-leicester-youth-justice-service-hmip-improvement-plan.xlsx": make_leicester,
    "jy1-bristol-corporate-parenting-board-epic-plan-action-tracker-typo-month-refuse.xlsx": make_bristol,
    "jy1-cheshire-west-and-chester-council-ilacs-improvement-plan.docx": make_cwac,
    "jy1-foster-wales-merthyr-tydfil-ciw-fostering-inspection-improvement-plan.docx": make_merthyr,
    "jy1-manchester-early-help-strategy-action-plan.csv": make_manchester,
    "jy1-leeds-local-area-send-priority-action-plan.txt": make_leeds,
}


def main():
    for name, fn in FILES.items():
        out = fn(os.path.join(HERE, name))
        print("wrote", name, "" if out is None else f"(typo row {out})")


if __name__ == "__main__":
    main()
