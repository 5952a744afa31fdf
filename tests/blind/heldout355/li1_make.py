#!/usr/bin/env python3
"""Build the seven li1- blind cases (set heldout355).

    python li1_make.py              # writes the seven data files beside this script
    python li1_make.py --expected   # also (re)writes the NAME.expected.yaml files

Children's services plans: ILACS, JTAI, corporate parenting, youth justice (HMIP),
area SEND priority action plan, Care Inspectorate adoption service, early help strategy.
"""
import csv
import datetime as dt
import io
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def A(ref, action, lead, end, status, under, end_text=None, **cells):
    d = dict(ref=ref, action=action, lead=lead, end=end, status=status, under=under)
    if end_text is not None:
        d["end_text"] = end_text
    d["cells"] = cells
    return d


# ---------------------------------------------------------------------------
# 1. Stockton-on-Tees ILACS improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
STK_NAME = "li1-stockton-on-tees-borough-council-ilacs-improvement-plan.xlsx"
STK_TITLE = "Good and Beyond: Children's Services Improvement Plan 2023–25"
STK_AREAS = [
    "The quality and effectiveness of plans for children and care leavers, including safety plans agreed with parents.",
    "Sufficiency of suitable foster homes for children.",
    "Frontline management oversight across the service, in relation to the quality of assessment and plans and the impact of interventions.",
    "Opportunities for more children and care leavers to have a voice and to influence the development of services.",
]
D = dt.datetime
STK = [
    A("1.1", "Relaunch the plan template in Liquidlogic so that every child's plan sets out SMART actions: who will do what, by when, and what will happen if things do not improve.",
      ["Head of Children in Need and Child Protection"], "2023-09", "blue", [STK_AREAS[0]],
      area=0, lead_cell="Head of Children in Need and Child Protection", orig=D(2023, 9, 30), rev=None, prev="A",
      upd="New template live from 4 September 2023.\nJanuary 2024 audit: 78% of plans judged SMART (baseline 41%)."),
    A("1.2", "Deliver practice workshops on safety planning with parents, including how safety plans are written with families and shared with the wider network.",
      ["Principal Social Worker"], "2024-06", "green", [STK_AREAS[0]],
      area=0, lead_cell="Principal Social Worker", orig=D(2023, 10, 31), rev=D(2024, 6, 30), prev="A",
      upd="Six of nine workshops delivered (112 staff). Remaining sessions booked for May and June 2024."),
    A("1.3", "Introduce a monthly multi-agency audit of care leavers' pathway plans, with findings reported to the Good and Beyond Board.",
      ["Service Manager (Care Leavers)", "Performance and Quality Manager"], "2024-05", "amber", [STK_AREAS[0]],
      area=0, lead_cell="Service Manager (Care Leavers) / Performance and Quality Manager", orig=D(2023, 12, 31), rev=D(2024, 5, 31), prev="G",
      upd="Audit tool agreed. Health and housing auditors still to be confirmed, so the first two audits were single-agency."),
    A("2.1", "Launch a targeted foster carer recruitment campaign with Foster4 partners, focusing on homes for teenagers and sibling groups.",
      ["Fostering Service Manager"], "2025-03", "green", [STK_AREAS[1]],
      area=1, lead_cell="Fostering Service Manager", orig=D(2025, 3, 31), rev=None, prev="G",
      upd="Campaign launched October 2023. 31 enquiries and 6 assessments under way (target 10 approvals by March 2025)."),
    A("2.2", "Review fostering allowances and the support offer to carers, including out-of-hours support, to improve the retention of existing carers.",
      ["Fostering Service Manager", "Finance Business Partner"], "2024-09", "amber", [STK_AREAS[1]],
      area=1, lead_cell="Fostering Service Manager / Finance Business Partner", orig=D(2023, 12, 31), rev=D(2024, 9, 30), prev="R",
      upd="Options paper to go to Cabinet in July 2024 following the budget setting process."),
    A("2.3", "Update the Placement Sufficiency Strategy 2023–2026 with an action plan for in-house fostering and residential capacity.",
      ["Head of Children in our Care"], "2024-03", "blue", [STK_AREAS[1]],
      area=1, lead_cell="Head of Children in our Care", orig=D(2024, 3, 31), rev=None, prev="G",
      upd="Strategy approved by Cabinet on 14 March 2024."),
    A("3.1", "Refresh the supervision policy and audit supervision records monthly, so that management oversight records the rationale for decisions and the impact of interventions.",
      ["Principal Social Worker"], "2023-11", "blue", [STK_AREAS[2]],
      area=2, lead_cell="Principal Social Worker", orig=D(2023, 11, 30), rev=None, prev="A",
      upd="Policy relaunched November 2023; monthly audits embedded in the QA framework."),
    A("3.2", "Deliver the Stockton Practice Leadership programme to all team managers and assistant team managers.",
      ["Workforce Development Manager"], "2024-09", "amber", [STK_AREAS[2]],
      area=2, lead_cell="Workforce Development Manager", orig=D(2024, 3, 31), rev=D(2024, 9, 30), prev="A",
      upd="Cohort 1 (14 managers) completed. Cohort 2 delayed by provider availability; now starts June 2024."),
    A("3.3", "Introduce a weekly performance clinic for team managers using the new Power BI dashboard.",
      ["Performance and Quality Manager"], "2024-07", "red", [STK_AREAS[2]],
      area=2, lead_cell="Performance and Quality Manager", orig=D(2024, 1, 31), rev=D(2024, 7, 31), prev="A",
      upd="Dashboard build delayed by the Liquidlogic upgrade.\nInterim clinics are running from spreadsheet data."),
    A("4.1", "Co-produce a refreshed participation strategy with the Children in Care Council and the care leavers' forum.",
      ["Participation Lead", "Independent Reviewing Service Manager"], "2023-12", "blue", [STK_AREAS[3]],
      area=3, lead_cell="Participation Lead / Independent Reviewing Service Manager", orig=D(2023, 12, 31), rev=None, prev="G",
      upd="Strategy launched by young people at the December 2023 Corporate Parenting Board."),
    A("4.2", "Make sure children's views are recorded in their own words in every assessment, plan and review, and test this through the monthly audit programme.",
      ["Heads of Service (all)"], None, "green", [STK_AREAS[3]], end_text="Ongoing",
      area=3, lead_cell="Heads of Service (all)", orig="Ongoing", rev=None, prev="G",
      upd="March 2024 audit: child's voice evident in 84% of records (December 2023: 71%)."),
]


def make_stockton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Stockton-on-Tees Borough Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Children's Services"
    ws["A4"] = STK_TITLE
    ws["A4"].font = Font(bold=True, size=16)
    ws["A5"] = "Our response to the Ofsted inspection of local authority children's services (ILACS), 27 February – 14 March 2023"
    ws["A6"] = "Oversight: Good and Beyond Board (independent chair)"
    ws["A8"] = "Document control"
    ws["A8"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("1.0", "14/08/2023", "Director of Children's Services", "Action plan submitted to Ofsted"),
            ("1.1", "20/10/2023", "Improvement Programme Manager", "Revised leads following restructure"),
            ("1.2", "25/01/2024", "Improvement Programme Manager", "January 2024 progress update"),
            ("1.3", "22/04/2024", "Improvement Programme Manager", "April 2024 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=9 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    for col, w in zip("ABCD", (12, 14, 32, 40)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (hex_, word, meaning) in enumerate([
            (BLUE, "Blue", "Action complete and impact evidenced"),
            (GREEN, "Green", "On track to deliver by the target date"),
            (AMBER, "Amber", "Some slippage; remedial action in place"),
            (RED, "Red", "Off track; Board support needed")]):
        key.cell(row=3 + i, column=1).fill = fill(hex_)
        key.cell(row=3 + i, column=2, value=word)
        key.cell(row=3 + i, column=3, value=meaning)
    key.column_dimensions["C"].width = 45

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = STK_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Progress update for the Good and Beyond Board – April 2024"
    ws.merge_cells("A3:I3")
    ws["A3"] = "Current RAG is shown by cell colour – see the RAG key tab."
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Ofsted area for improvement", "Action", "Lead officer", "Original target date",
           "Revised target date", "Previous RAG (Jan 2024)", "Current RAG (Apr 2024)", "Progress update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    first_row = {}
    last_row = {}
    for a in STK:
        c = a["cells"]
        first_row.setdefault(c["area"], r)
        last_row[c["area"]] = r
        vals = [a["ref"], None, a["action"], c["lead_cell"], c["orig"], c["rev"], c["prev"], None, c["upd"]]
        for j, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=j, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=8).fill = fill(FILL[a["status"]])
        r += 1
    for k, text in enumerate(STK_AREAS):
        ws.cell(row=first_row[k], column=2, value=text).alignment = WRAP
        ws.cell(row=first_row[k], column=2).font = Font(bold=True)
        if last_row[k] > first_row[k]:
            ws.merge_cells(start_row=first_row[k], start_column=2, end_row=last_row[k], end_column=2)
    for col, w in zip("ABCDEFGHI", (6, 34, 52, 28, 13, 13, 11, 11, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG – April 2024"
    sm["A1"].font = Font(bold=True)
    counts = {}
    for a in STK:
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    for i, (word, k) in enumerate([("Blue (complete)", "blue"), ("Green", "green"), ("Amber", "amber"), ("Red", "red")]):
        sm.cell(row=3 + i, column=1, value=word)
        sm.cell(row=3 + i, column=2, value=counts.get(k, 0))
    sm.cell(row=7, column=1, value="Total actions").font = Font(bold=True)
    sm.cell(row=7, column=2, value=len(STK)).font = Font(bold=True)
    wb.active = 2
    wb.save(os.path.join(HERE, STK_NAME))


# ---------------------------------------------------------------------------
# 2. St Helens SCP JTAI action plan (xlsx, read)
# ---------------------------------------------------------------------------
STH_NAME = "li1-st-helens-safeguarding-children-partnership-jtai-action-plan.xlsx"
STH_TITLE = "St Helens Safeguarding Children Partnership – JTAI Multi-agency Action Plan"
STH_H = [
    "1. Strategy discussions: the quality and timeliness of strategy discussions, and the consistent involvement of health and education partners.",
    "2. Recognition of and response to neglect in referrals from schools and early years settings.",
    "3. The consistency of police risk assessment and information sharing at the point of contact when children are present at domestic abuse incidents.",
    "4. Leaders' understanding of the impact of multi-agency practice at the front door, through shared performance information.",
]
STH_WORD = {"blue": "Complete", "green": "On track", "amber": "At risk", "red": "Off track", "unrated": "Not started"}
STH = [
    A("1a", "Revise the multi-agency strategy discussion protocol so that health and education are invited to every strategy discussion, with a clear escalation route where they cannot attend.",
      ["Front Door Head of Service", "Designated Nurse Safeguarding Children"], "2023-12", "blue", [STH_H[0]],
      h=0, lead_cell="Front Door Head of Service / Designated Nurse Safeguarding Children", agency="LA / ICB", target="Dec 2023",
      upd="Protocol signed off by the Executive Safeguarding Partners on 12 December 2023."),
    A("1b", "Pilot a dedicated health practitioner slot in the MASH for strategy discussions held before 2pm.",
      ["Designated Nurse Safeguarding Children (ICB St Helens Place)"], "2024-03", "green", [STH_H[0]],
      h=0, lead_cell="Designated Nurse Safeguarding Children (ICB St Helens Place)", agency="ICB", target="Q4 2023/24",
      upd="Pilot running since 15 January 2024; health attendance up from 38% to 81%."),
    A("1c", "Audit 20 strategy discussions each quarter and report attendance and quality findings to the Quality Assurance and Performance Sub-group.",
      ["SCP Business Manager"], None, "green", [STH_H[0]], end_text="Quarterly",
      h=0, lead_cell="SCP Business Manager", agency="SCP", target="Quarterly",
      upd="First audit completed February 2024."),
    A("2a", "Relaunch the Graded Care Profile 2 across schools and early years settings, with refresher training for designated safeguarding leads.",
      ["Education Safeguarding Lead", "Early Years Quality Lead"], "2024-03", "amber", [STH_H[1]],
      h=1, lead_cell="Education Safeguarding Lead / Early Years Quality Lead", agency="LA", target="31/03/2024",
      upd="Training places for DSLs undersubscribed (46 of 120). Further dates added for the summer term."),
    A("2b", "Publish a multi-agency neglect practice guide and a one-minute guide on the SCP website.",
      ["SCP Business Manager"], "2024-01", "blue", [STH_H[1]],
      h=1, lead_cell="SCP Business Manager", agency="SCP", target="Jan 2024",
      upd="Published 22 January 2024."),
    A("3a", "Introduce a daily domestic abuse triage in the MASH with police, children's social care, health and IDVA representation.",
      ["DI Public Protection Unit", "MASH Team Manager"], "2023-11", "blue", [STH_H[2]],
      h=2, lead_cell="DI Public Protection Unit; MASH Team Manager", agency="Police / LA", target="Nov 2023",
      upd="Daily triage in place from 6 November 2023."),
    A("3b", "Deliver Operation Encompass briefings to all schools and monitor notifications received before 9am.",
      ["Education Safeguarding Lead"], "2024-04", "red", [STH_H[2]],
      h=2, lead_cell="Education Safeguarding Lead", agency="LA / Police", target="April 2024",
      upd="Only 31 of 64 schools briefed; notifications before 9am at 58%. Escalated to the Executive Safeguarding Partners."),
    A("3c", "Review the quality of police Public Protection Notices (PPNs) through a joint dip-sample with children's social care.",
      ["DCI Public Protection (Merseyside Police)"], None, "unrated", [STH_H[2]], end_text="TBC",
      h=2, lead_cell="DCI Public Protection (Merseyside Police)", agency="Police", target="TBC",
      upd=""),
    A("4a", "Develop a partnership front door dataset, including contact-to-referral conversion and strategy discussion attendance by agency.",
      ["Performance and Intelligence Manager"], "2024-06", "green", [STH_H[3]],
      h=3, lead_cell="Performance and Intelligence Manager", agency="LA / SCP", target="June 2024",
      upd="Draft dataset shared with the QA and Performance Sub-group in March 2024."),
    A("4b", "Hold a multi-agency front door practice week, with findings reported to the Executive Safeguarding Partners.",
      ["Independent Scrutineer", "SCP Business Manager"], "2024-09", "unrated", [STH_H[3]],
      h=3, lead_cell="Independent Scrutineer / SCP Business Manager", agency="SCP", target="September 2024",
      upd=""),
]


def make_sthelens():
    wb = Workbook()
    ws = wb.active
    ws.title = "JTAI Action Plan"
    ws.merge_cells("A1:G1")
    ws["A1"] = STH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Joint targeted area inspection of the multi-agency response to identification of initial need and risk"
    ws.merge_cells("A3:G3")
    ws["A3"] = "Inspection: 9–13 October 2023  |  Findings letter published: 5 December 2023  |  Update: March 2024"
    ws["A4"] = "Status key:"
    ws["A4"].font = Font(bold=True)
    for j, k in enumerate(["blue", "green", "amber", "red", "unrated"], 2):
        c = ws.cell(row=4, column=j, value=STH_WORD[k])
        if k in FILL:
            c.fill = fill(FILL[k])
        c.border = BOX
    hdr = ["Ref", "Action", "Lead(s)", "Agency", "Target date", "Status", "Progress / evidence of impact (March 2024)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
        c.alignment = WRAP
    r = 7
    cur = None
    for a in STH:
        c = a["cells"]
        if c["h"] != cur:
            cur = c["h"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            hc = ws.cell(row=r, column=1, value=STH_H[cur])
            hc.font = Font(bold=True)
            hc.fill = fill("FCE4D6")
            hc.alignment = WRAP
            ws.row_dimensions[r].height = 30
            r += 1
        vals = [a["ref"], a["action"], c["lead_cell"], c["agency"], c["target"], STH_WORD[a["status"]], c["upd"] or None]
        for j, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=j, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if a["status"] in FILL:
            ws.cell(row=r, column=6).fill = fill(FILL[a["status"]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Actions 1b and 3a are also tracked through the MASH Development Plan.")
    ws.cell(row=r + 2, column=1, value="Next review: Executive Safeguarding Partners, June 2024.")
    for col, w in zip("ABCDEFG", (6, 60, 34, 12, 14, 12, 50)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Status summary – March 2024"
    sm["A1"].font = Font(bold=True)
    for i, k in enumerate(["blue", "green", "amber", "red", "unrated"]):
        sm.cell(row=3 + i, column=1, value=STH_WORD[k])
        sm.cell(row=3 + i, column=2, value=sum(1 for a in STH if a["status"] == k))
    sm.cell(row=8, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=8, column=2, value=len(STH)).font = Font(bold=True)

    gl = wb.create_sheet("Glossary")
    for i, (t, d) in enumerate([("Term", "Meaning"), ("MASH", "Multi-Agency Safeguarding Hub"),
                                 ("GCP2", "Graded Care Profile 2"), ("IDVA", "Independent Domestic Violence Adviser"),
                                 ("PPN", "Public Protection Notice"), ("DSL", "Designated Safeguarding Lead")], 1):
        gl.cell(row=i, column=1, value=t)
        gl.cell(row=i, column=2, value=d)
    wb.save(os.path.join(HERE, STH_NAME))


# ---------------------------------------------------------------------------
# 3. Hartlepool corporate parenting board action plan (docx, read)
# ---------------------------------------------------------------------------
HPL_NAME = "li1-hartlepool-borough-council-corporate-parenting-board-action-plan.docx"
HPL_TITLE = "Corporate Parenting Board Action Plan 2024–2026"
HPL_P = [
    ("Priority 1: A safe and stable home",
     "Pledge 1 – We will help you to live in a home where you feel safe and settled, close to the people who matter to you."),
    ("Priority 2: Healthy in body and mind",
     "Pledge 2 – We will make sure you get the right help with your health and emotional wellbeing, when you need it."),
    ("Priority 3: Learning, work and ambition",
     "Pledge 3 – We will champion your education and help you into training, an apprenticeship or a job."),
    ("Priority 4: Our voice is heard",
     "Pledge 4 – We will listen to you, take your views seriously and tell you what has changed because of what you said."),
]
HPL_LETTER = {"blue": "B", "green": "G", "amber": "A", "red": "R"}


def hp(i):
    return [HPL_P[i][0], HPL_P[i][1]]


HPL = [
    A("1.1", "Open two new in-house children's homes in Hartlepool so that more children can live close to their families and schools.",
      ["Head of Children's Residential Services"], "2026-03", "green", hp(0),
      p=0, lead_cell="Head of Children's Residential Services", when="March 2026",
      prog="First home registered with Ofsted in January 2025; second property purchased."),
    A("1.2", "Increase the number of Hartlepool foster carers through the Foster Care North East campaign, with a target of 12 new fostering households.",
      ["Fostering Team Manager"], "2025-03", "amber", hp(0),
      p=0, lead_cell="Fostering Team Manager", when="31/03/2025",
      prog="7 households approved so far; 3 assessments due at panel in March."),
    A("1.3", "Make sure every child's permanence plan is agreed by their second review.\nPermanence tracking to be reported to each Board meeting.",
      ["Independent Reviewing Officer Manager", "Permanence Team Manager"], None, "green", hp(0), end_text="Quarterly",
      p=0, lead_cell="Independent Reviewing Officer Manager\nPermanence Team Manager", when="Quarterly",
      prog="91% of children had a permanence plan agreed by their second review (Q3)."),
    A("2.1", "Complete all initial health assessments within 20 working days of a child coming into care.",
      ["Designated Nurse for Children in Care (NENC ICB)"], "2024-12", "red", hp(1),
      p=1, lead_cell="Designated Nurse for Children in Care (NENC ICB)", when="December 2024",
      prog="Timeliness 54% in Q3 because of paediatrician vacancies. Escalated to the ICB."),
    A("2.2", "Offer every child in care a Strengths and Difficulties Questionnaire each year and follow up high scores with a referral to the Emotional Wellbeing Team.",
      ["Children in Care Team Manager"], "2025-04", "blue", hp(1),
      p=1, lead_cell="Children in Care Team Manager", when="April 2025",
      prog="Completed – SDQ pathway agreed and in use."),
    A("3.1", "Ring-fence five council apprenticeships each year for care experienced young people.",
      ["Head of HR and Workforce Development"], "2025-09", "green", hp(2),
      p=2, lead_cell="Head of HR and Workforce Development", when="September 2025",
      prog="Three apprentices started in September 2024."),
    A("3.2", "Make sure every child in care has a high-quality Personal Education Plan reviewed every term.",
      ["Virtual School Headteacher"], "2025-12", "amber", hp(2),
      p=2, lead_cell="Virtual School Headteacher", when="Autumn term 2025",
      prog="PEP completion 88%; quality rated good or better in 64% of audited PEPs."),
    A("3.3", "Provide a named post-16 adviser for every care leaver who is not in education, employment or training.",
      ["Virtual School Headteacher", "Post-16 Participation Adviser"], "2025-07", "green", hp(2),
      p=2, lead_cell="Virtual School Headteacher\nPost-16 Participation Adviser", when="July 2025",
      prog="Adviser in post since November 2024."),
    A("4.1", "Hold two ‘Takeover’ meetings a year where members of the Children in Care Council set the Corporate Parenting Board agenda.",
      ["Participation Officer", "Chair of Corporate Parenting Board"], "2024-10", "blue", hp(3),
      p=3, lead_cell="Participation Officer / Chair of Corporate Parenting Board", when="October 2024",
      prog="Takeover meetings held in June and October 2024."),
    A("4.2", "Publish a ‘You said, we did’ report after every Board meeting on the Hartlepool Now website.",
      ["Participation Officer"], None, "green", hp(3), end_text="Ongoing",
      p=3, lead_cell="Participation Officer", when="Ongoing",
      prog="Reports published for every meeting since April 2024."),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; inner '\n' becomes separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def make_hartlepool():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph("Hartlepool Borough Council – Children's and Joint Commissioning Services")
    p.runs[0].bold = True
    doc.add_heading(HPL_TITLE, level=0)
    doc.add_paragraph("Progress update to the Corporate Parenting Board – 10 February 2025")
    doc.add_paragraph(
        "This plan sets out what we, as corporate parents, will do to keep the promises we have made to "
        "children in our care and care leavers. It was written with the Children in Care Council and the "
        "Care Leavers' Forum, and progress is reported to every meeting of the Board.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Owner", "Director of Children's and Joint Commissioning Services"),
                                ("Author", "Corporate Parenting Officer"),
                                ("Version", "3.0"),
                                ("Approved", "Corporate Parenting Board, 8 April 2024"),
                                ("Next review", "April 2025")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("B", "Complete"), ("G", "On track"),
                                ("A", "Some slippage – action in hand"), ("R", "Off track or at risk")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}[k])
        set_cell(t.rows[i].cells[1], v)
    hdr = ["No.", "What we will do", "Lead", "By when", "RAG", "Progress (February 2025)"]
    for pi, (head, pledge) in enumerate(HPL_P):
        doc.add_heading(head, level=1)
        acts = [a for a in HPL if a["cells"]["p"] == pi]
        t = doc.add_table(rows=2 + len(acts), cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9D9D9")
        m = t.rows[1].cells[0].merge(t.rows[1].cells[5])
        set_cell(m, pledge)
        for run in m.paragraphs[0].runs:
            run.italic = True
        shade(m, "EDEDED")
        for i, a in enumerate(acts):
            c = a["cells"]
            row = t.rows[2 + i].cells
            set_cell(row[0], a["ref"])
            set_cell(row[1], a["action"])
            set_cell(row[2], c["lead_cell"])
            set_cell(row[3], c["when"])
            set_cell(row[4], HPL_LETTER[a["status"]], bold=True)
            shade(row[4], FILL[a["status"]])
            set_cell(row[5], c["prog"])
    doc.add_heading("Notes", level=2)
    doc.add_paragraph(
        "RAG ratings are agreed by the lead officer and checked by the Assistant Director before each Board "
        "meeting. Actions rated Red are discussed as a standing item.")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, r in enumerate([("Name / role", "Signature", "Date"),
                           ("Chair, Corporate Parenting Board", "", "10/02/2025"),
                           ("Director of Children's and Joint Commissioning Services", "", "10/02/2025")]):
        for j, v in enumerate(r):
            set_cell(t.rows[i].cells[j], v, bold=(i == 0))
    doc.save(os.path.join(HERE, HPL_NAME))


# ---------------------------------------------------------------------------
# 4. North Tyneside YJS HMIP improvement plan (tab-separated .txt, read)
# ---------------------------------------------------------------------------
NTY_NAME = "li1-north-tyneside-youth-justice-service-hmip-improvement-plan.txt"
NTY_TITLE = "North Tyneside Youth Justice Service – HMI Probation Inspection Improvement Plan"
NTY_S = ["North Tyneside YJS should:",
         "The North Tyneside YJS Management Board should:",
         "Northumbria Police should:"]
NTY_R = [
    "1. improve the quality of assessment and planning for keeping other people safe, so that the risks to actual and potential victims are fully considered",
    "2. make sure that the diverse needs of children, including those relating to neurodiversity and ethnicity, are understood and addressed in the delivery of services",
    "3. ensure that children open to the YJS have timely access to specialist emotional and mental health support",
    "4. strengthen its oversight of resettlement arrangements for children released from custody",
    "5. review out-of-court disposal decision-making so that joint decisions with the YJS are made promptly",
]


def nt(s, r):
    return [NTY_S[s], NTY_R[r]]


NTY = [
    A("1.1", "Deliver risk and safety planning workshops for all case managers, using the HMIP case audit findings.",
      ["YJS Operational Manager"], "2024-10", "blue", nt(0, 0),
      s=0, r=0, lead_cell="YJS Operational Manager", target="31/10/2024", rag="Complete",
      upd="Three workshops delivered September–October 2024; 100% of case managers attended."),
    A("1.2", "Introduce a monthly management audit of AssetPlus risk of harm sections, with learning shared at team meetings.",
      ["Practice Lead (Quality Assurance)"], "2024-12", "green", nt(0, 0),
      s=0, r=0, lead_cell="Practice Lead (Quality Assurance)", target="Dec-24", rag="G",
      upd="Audit tool in place; 24 cases audited to date, 79% rated sufficient."),
    A("2.1", "Screen every child for speech, language and communication needs and neurodiversity at the start of their order.",
      ["CW", "AH"], "2025-03", "amber", nt(0, 1),
      s=0, r=1, lead_cell="CW / AH", target="31/03/2025", rag="A",
      upd="Screening tool agreed with the SaLT service; rollout delayed by a vacancy."),
    A("2.2", "Analyse disproportionality data each quarter and report findings to the Management Board.",
      ["YJS Information Officer"], None, "green", nt(0, 1), end_text="Ongoing",
      s=0, r=1, lead_cell="YJS Information Officer", target="Ongoing", rag="G",
      upd="Q2 report presented to the Board in November 2024."),
    A("3.1", "Agree a fast-track pathway into CAMHS for children open to the YJS, with a named clinician.",
      ["CAMHS Service Manager (CNTW)", "YJS Health Worker"], "2025-06", "red", nt(1, 2),
      s=1, r=2, lead_cell="CAMHS Service Manager (CNTW) / YJS Health Worker", target="Q1 2025/26", rag="R",
      upd="Funding for the named clinician not yet agreed by the ICB."),
    A("3.2", "Add an emotional and mental health measure to the Board's quarterly performance report.",
      ["Head of Early Help and Youth Justice"], "2025-01", "blue", nt(1, 2),
      s=1, r=2, lead_cell="Head of Early Help and Youth Justice", target="Jan-25", rag="Complete",
      upd="Measure included from the January 2025 report."),
    A("4.1", "Review every custody and resettlement case at the Board, with a partner lead identified for accommodation, education and health on release.",
      ["Chair of YJS Management Board"], "2025-03", "green", nt(1, 3),
      s=1, r=3, lead_cell="Chair of YJS Management Board", target="March 2025", rag="G",
      upd="Standing agenda item since December 2024."),
    A("5.1", "Hold joint decision-making panel meetings weekly rather than fortnightly, with police decisions recorded within five working days.",
      ["Northumbria Police Youth Diversion Inspector"], "2025-04", "unrated", nt(2, 4),
      s=2, r=4, lead_cell="Northumbria Police Youth Diversion Inspector", target="April 2025", rag="Not started",
      upd="To be agreed at the Northumbria Police area command meeting in February 2025."),
]


def make_north_tyneside():
    lines = [
        NTY_TITLE,
        "Inspection of youth justice services – fieldwork June 2024\tReport published September 2024\tPlan owner: YJS Management Board",
        "Exported from the YJS Board tracker 17/01/2025",
        "",
        "Recommendation\tRef\tAction\tLead\tTarget date\tRAG\tProgress update (January 2025)",
    ]
    cur_s = cur_r = None
    for a in NTY:
        c = a["cells"]
        if c["s"] != cur_s:
            cur_s = c["s"]
            lines.append(NTY_S[cur_s])
        rec = ""
        if c["r"] != cur_r:
            cur_r = c["r"]
            rec = NTY_R[cur_r]
        lines.append("\t".join([rec, a["ref"], a["action"], c["lead_cell"], c["target"], c["rag"], c["upd"]]))
    lines += [
        "",
        "RAG: G = on track, A = some slippage, R = off track, Complete = action completed",
        "Total actions: 8 (Complete 2, G 3, A 1, R 1, Not started 1)",
    ]
    with open(os.path.join(HERE, NTY_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 5. Northumberland area SEND priority action plan (docx, read)
# ---------------------------------------------------------------------------
NLD_NAME = "li1-northumberland-local-area-send-priority-action-plan.docx"
NLD_TITLE = "Northumberland Local Area SEND Partnership – Priority Action Plan"
NLD_PARTS = [
    ("Area for priority action 1",
     "Leaders across the partnership should urgently improve the timeliness and quality of education, health and care (EHC) plans, so that children and young people's needs are accurately identified and met without delay."),
    ("Area for priority action 2",
     "Leaders across education, health and care should work together to reduce waiting times for neurodevelopmental assessments and provide effective support to children and families while they wait."),
    ("Area for improvement 1",
     "Leaders should ensure that the Local Offer is accessible and up to date, so that families know what support is available and how to get it."),
]
NLD_WORD = {"blue": "Blue", "green": "Green", "amber": "Amber", "red": "Red", "unrated": "Not started"}
NLD = [
    A("1.1", "Recruit additional EHC coordinators and educational psychologists to clear the backlog of EHC needs assessments.",
      ["Head of SEND Services"], "2025-03", "blue", [NLD_PARTS[0][1]],
      part=0, lead_cell="Head of SEND Services", start="Nov 2024", done="March 2025",
      measure="Backlog of assessments over 20 weeks cleared; 20-week timeliness above 60%."),
    A("1.2", "Introduce a multi-agency quality assurance panel to audit a sample of new EHC plans each month.",
      ["Head of SEND Services", "Designated Clinical Officer (NENC ICB)"], "2025-06", "green", [NLD_PARTS[0][1]],
      part=0, lead_cell="Head of SEND Services; Designated Clinical Officer (NENC ICB)", start="Dec 2024", done="June 2025",
      measure="At least 70% of audited plans rated good or better."),
    A("1.3", "Provide training for health and social care professionals on writing high-quality advice for EHC needs assessments.",
      ["Designated Clinical Officer"], "2025-07", "amber", [NLD_PARTS[0][1]],
      part=0, lead_cell="Designated Clinical Officer", start="Jan 2025", done="By end of July 2025",
      measure="Health advice returned within 6 weeks in 90% of cases."),
    A("1.4", "Agree and publish a revised annual review process with schools and settings, including a tracker of overdue reviews.",
      ["SEND Team Manager", "Principal Educational Psychologist"], "2025-12", "red", [NLD_PARTS[0][1]],
      part=0, lead_cell="SEND Team Manager\nPrincipal Educational Psychologist", start="April 2025", done="Autumn term 2025",
      measure="Overdue annual reviews reduced to below 10%."),
    A("2.1", "Commission additional autism and ADHD assessment capacity from an independent provider to reduce the waiting list.",
      ["ICB Director of Place – Northumberland"], "2026-03", "green", [NLD_PARTS[1][1]],
      part=1, lead_cell="ICB Director of Place – Northumberland", start="Jan 2025", done="31 March 2026",
      measure="No child waits more than 52 weeks for a first assessment appointment."),
    A("2.2", "Launch a ‘waiting well’ offer, including parent workshops and a single point of contact, for families waiting for assessment.",
      ["Northumberland Parent Carer Forum", "CNTW Service Manager"], "2025-01", "blue", [NLD_PARTS[1][1]],
      part=1, lead_cell="Northumberland Parent Carer Forum / CNTW Service Manager", start="Nov 2024", done="January 2025",
      measure="Families report feeling supported while waiting (survey)."),
    A("2.3", "Publish monthly waiting times data on the Local Offer website.",
      ["ICB Head of Performance"], None, "green", [NLD_PARTS[1][1]], end_text="Monthly",
      part=1, lead_cell="ICB Head of Performance", start="Feb 2025", done="Monthly",
      measure="Data published by the 15th of each month."),
    A("3.1", "Redesign the Local Offer website with the Parent Carer Forum, testing it with families before launch.",
      ["Local Offer Officer"], "2025-07", "amber", [NLD_PARTS[2][1]],
      part=2, lead_cell="Local Offer Officer", start="Feb 2025", done="Summer term 2025",
      measure="Website usage up 25%; positive feedback from testing sessions."),
    A("3.2", "Set up a quarterly content review so that every service listing is checked and updated.",
      ["Local Offer Officer"], None, "unrated", [NLD_PARTS[2][1]], end_text="TBC",
      part=2, lead_cell="Local Offer Officer", start="TBC", done="TBC",
      measure="All listings reviewed within the last 3 months."),
]


def make_northumberland():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(NLD_TITLE, level=0)
    doc.add_paragraph("Northumberland County Council and NHS North East and North Cumbria Integrated Care Board")
    doc.add_paragraph("Response to the Ofsted and CQC area SEND inspection (16–27 September 2024); report published 8 November 2024")
    doc.add_paragraph("Version 2.1 – progress update for the SEND Partnership Board, June 2025")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, r in enumerate([("Version", "Date", "Author", "Comment"),
                           ("1.0", "17/01/2025", "SEND Strategic Lead", "Submitted to Ofsted"),
                           ("2.0", "25/03/2025", "SEND Strategic Lead", "Quarter 1 update"),
                           ("2.1", "20/06/2025", "SEND Strategic Lead", "Quarter 2 update")]):
        for j, v in enumerate(r):
            set_cell(t.rows[i].cells[j], v, bold=(i == 0))
    doc.add_heading("Status key", level=2)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Blue", "Complete"), ("Green", "On track"),
                                ("Amber", "Delayed but recoverable"), ("Red", "Off track – escalated to the SEND Partnership Board"),
                                ("Not started", "Action not yet due to start")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        if k.lower() in FILL:
            shade(t.rows[i].cells[0], FILL[k.lower()])
        set_cell(t.rows[i].cells[1], v)
    hdr = ["Ref", "Action", "Lead(s)", "Start", "Completion", "Success measure", "Status"]
    for pi, (kind, text) in enumerate(NLD_PARTS):
        doc.add_heading(kind, level=1)
        p = doc.add_paragraph(text)
        p.runs[0].bold = True
        acts = [a for a in NLD if a["cells"]["part"] == pi]
        t = doc.add_table(rows=1 + len(acts), cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "DEEAF6")
        for i, a in enumerate(acts):
            c = a["cells"]
            row = t.rows[1 + i].cells
            for j, v in enumerate([a["ref"], a["action"], c["lead_cell"], c["start"], c["done"], c["measure"],
                                   NLD_WORD[a["status"]]]):
                set_cell(row[j], v)
            if a["status"] in FILL:
                shade(row[6], FILL[a["status"]])
        doc.add_paragraph("")
    doc.add_heading("Governance", level=2)
    doc.add_paragraph(
        "The SEND Partnership Board receives this plan at every meeting. The DfE and NHS England review "
        "progress every six months ahead of the monitoring inspection.")
    doc.save(os.path.join(HERE, NLD_NAME))


# ---------------------------------------------------------------------------
# 6. Aberdeenshire adoption service Care Inspectorate improvement plan (csv, read)
# ---------------------------------------------------------------------------
ABD_NAME = "li1-aberdeenshire-council-adoption-service-care-inspectorate-improvement-plan.csv"
ABD_TITLE = "Aberdeenshire Council – Adoption Service: Care Inspectorate Improvement Plan"
ABD_KQ = ["Key question 1: How well do we support people's wellbeing?",
          "Key question 2: How good is our leadership?",
          "Key question 5: How well is our care and support planned?"]
ABD_REQ = [
    "Requirement 1: By 31 March 2025, the provider must ensure that prospective adopters receive their assessment report within the timescales set out in the Adoption Agencies (Scotland) Regulations 2009.",
    "Area for improvement 1: To support children's wellbeing, the service should ensure that life story work is started promptly for every child with a plan for adoption.",
    "Area for improvement 2: The provider should ensure that adoption panel members receive regular training and that their annual appraisals are completed.",
    "Area for improvement 3: The provider should improve the support offered to adoptive families after an adoption order is granted, including access to therapeutic services.",
]
ABD = [
    A("R1.1", "Introduce a tracker for all adopter assessments, reviewed fortnightly by the team manager.",
      ["Adoption Team Manager"], "2024-11", "blue", [ABD_KQ[0], ABD_REQ[0]],
      kq=0, req=0, lead_cell="Adoption Team Manager", ts="30/11/2024", rag="Complete",
      upd="Tracker in use since 1 November 2024."),
    A("R1.2", "Allocate a second assessing social worker where an assessment is at risk of exceeding timescales.",
      ["Adoption Team Manager"], "2025-03", "green", [ABD_KQ[0], ABD_REQ[0]],
      kq=0, req=0, lead_cell="Adoption Team Manager", ts="31/03/2025", rag="Green",
      upd="Two assessments co-worked; both on course to complete within timescale."),
    A("AFI1.1", "Deliver life story work training to all social workers in the Permanence Team and the children's teams.",
      ["Learning and Development Officer", "Senior Practitioner (Permanence)"], "2025-04", "amber", [ABD_KQ[0], ABD_REQ[1]],
      kq=0, req=1, lead_cell="Learning and Development Officer / Senior Practitioner (Permanence)", ts="April 2025", rag="Amber",
      upd="Two of four sessions delivered; trainer unavailable in December."),
    A("AFI1.2", "Add a life story work prompt to the child's permanence plan review template.",
      ["Service Manager (Permanence)"], "2025-01", "blue", [ABD_KQ[0], ABD_REQ[1]],
      kq=0, req=1, lead_cell="Service Manager (Permanence)", ts="Jan-25", rag="Complete",
      upd="Template updated on CareFirst, 13 January 2025."),
    A("AFI2.1", "Agree an annual training programme for panel members, including a joint session with the Permanence Panel.",
      ["Agency Adviser"], "2025-06", "green", [ABD_KQ[1], ABD_REQ[2]],
      kq=1, req=2, lead_cell="Agency Adviser", ts="June 2025", rag="Green",
      upd="Programme drafted; first session booked for 6 March 2025."),
    A("AFI2.2", "Complete outstanding annual appraisals for all panel members and the panel chair.",
      ["Agency Adviser", "Panel Chair"], "2025-05", "red", [ABD_KQ[1], ABD_REQ[2]],
      kq=1, req=2, lead_cell="Agency Adviser & Panel Chair", ts="31/05/2025", rag="Red",
      upd="4 of 11 appraisals complete. Agency Adviser post vacant October–December 2024."),
    A("AFI3.1", "Review the post-adoption support offer with adoptive families and Adoption UK Scotland.",
      ["Service Manager (Permanence)"], "2025-09", "unrated", [ABD_KQ[2], ABD_REQ[3]],
      kq=2, req=3, lead_cell="Service Manager (Permanence)", ts="September 2025", rag="Not started",
      upd=""),
]


def make_aberdeenshire():
    ncol = 8
    rows = [
        [ABD_TITLE] + [""] * (ncol - 1),
        ["Inspection dates: 2–12 September 2024; report published 30 October 2024"] + [""] * (ncol - 1),
        ["Progress at: 31 January 2025"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Ref", "Key question", "Requirement / area for improvement", "Action", "Responsible officer",
         "Timescale", "RAG", "Progress update"],
    ]
    for a in ABD:
        c = a["cells"]
        rows.append([a["ref"], ABD_KQ[c["kq"]], ABD_REQ[c["req"]], a["action"], c["lead_cell"],
                     c["ts"], c["rag"], c["upd"]])
    rows.append([""] * ncol)
    rows.append(["RAG: Green = on track; Amber = some slippage; Red = off track; Complete = action completed and evidenced"]
                + [""] * (ncol - 1))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(os.path.join(HERE, ABD_NAME), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Rotherham early help strategy delivery plan (xlsx, REFUSE: mistyped month)
# ---------------------------------------------------------------------------
ROT_NAME = "li1-rotherham-mbc-early-help-strategy-delivery-plan-typo-month-refuse.xlsx"
ROT_TITLE = "Early Help Strategy: Family Help in Rotherham 2024–2029"
ROT_AREAS = ["Universal and Community Family Help", "Focused Family Help", "Specialist Family Help"]
ROT_OBJ = [
    "Families can find help in their community through Family Hubs and the Start for Life offer",
    "Children and families get the right help at the right time from a skilled multi-agency workforce",
    "Family Help and children's social care work as one system for families with the most complex needs",
]
# (area, ref, action, lead, partners, start, end, rag, update)
ROT = [
    (0, "1.1", "Open the remaining two Family Hubs in Maltby and Dinnington, with a published timetable of services.",
     "Head of Family Hubs", "Public Health; Rotherham Parent Carers Forum", "Apr-24", "Sep-24", "C",
     "Both hubs opened in September 2024."),
    (0, "1.2", "Publish the Start for Life offer online and in print, co-produced with parents.",
     "Start for Life Manager", "RDaSH; Maternity Voices Partnership", "Apr-24", "Dec-24", "G",
     "Digital offer live; print version at the designers."),
    (0, "1.3", "Train Family Hub volunteers as community family help champions.",
     "Community Engagement Lead", "Voluntary Action Rotherham", "Jun-24", "Mar-25", "A",
     "18 volunteers trained against a target of 40."),
    (1, "2.1", "Launch a single Family Help request for support form for all partners, replacing the early help assessment request.",
     "Head of Early Help Locality Services", "Schools; Health; South Yorkshire Police", "May-24", "Novemebr 2024", "A",
     "Form tested with 12 schools; IT build slipped to December."),
    (1, "2.2", "Roll out the multi-agency Family Help practice model training to lead practitioners in schools and health.",
     "Early Help Workforce Development Lead", "Rotherham Education Partnership; RDaSH", "Sep-24", "Mar-25", "G",
     "312 practitioners trained (target 450)."),
    (1, "2.3", "Introduce quarterly multi-agency audits of Family Help plans led by the Early Help Partnership Group.",
     "Early Help Quality Assurance Manager", "All partners", "Oct-24", "Quarterly", "G",
     "First audit completed in October 2024."),
    (2, "3.1", "Align Family Help and children's social care teams in each locality under a single locality manager.",
     "Assistant Director Early Help and Family Engagement", "Children's Social Care", "Jul-24", "Jan-25", "R",
     "Consultation with staff extended; new structure now expected April 2025."),
    (2, "3.2", "Test a family network meeting offer before the Public Law Outline, as part of the Families First Partnership Programme.",
     "Head of Locality Social Work", "Family Group Conferencing Service", "Jan-25", "Mar-25", "N",
     ""),
]
ROT_FILL = {"C": BLUE, "G": GREEN, "A": AMBER, "R": RED}
ROT_TYPO_ROW = None


def make_rotherham():
    global ROT_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan 2024-25"
    ws.merge_cells("A1:J1")
    ws["A1"] = ROT_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    ws.merge_cells("A2:J2")
    ws["A2"] = "Delivery Plan – Phase 1 (2024/25): Design"
    ws["A2"].font = Font(bold=True)
    ws.merge_cells("A3:J3")
    ws["A3"] = "Reporting to: Early Help Partnership Group  |  Update: Quarter 3 (December 2024)"
    ws["A4"] = "RAG:  C = complete   G = on track   A = some slippage   R = off track   N = not yet started"
    ws["A4"].font = Font(italic=True)
    hdr = ["Area of Family Help", "Objective", "Ref", "Action", "Lead", "Partners", "Start", "End", "RAG", "Q3 update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = WRAP
        c.border = BOX
    r = 7
    span = {}
    for area, ref, act, lead, partners, start, end, rag, upd in ROT:
        span.setdefault(area, [r, r])[1] = r
        vals = [None, None, ref, act, lead, partners, start, end, rag, upd or None]
        for j, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=j, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if rag in ROT_FILL:
            ws.cell(row=r, column=9).fill = fill(ROT_FILL[rag])
        if end == "Novemebr 2024":
            ROT_TYPO_ROW = r
        r += 1
    for area, (a, b) in span.items():
        ws.cell(row=a, column=1, value=ROT_AREAS[area]).font = Font(bold=True)
        ws.cell(row=a, column=1).alignment = WRAP
        ws.cell(row=a, column=2, value=ROT_OBJ[area]).alignment = WRAP
        if b > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    for col, w in zip("ABCDEFGHIJ", (18, 30, 6, 50, 26, 26, 9, 13, 6, 40)):
        ws.column_dimensions[col].width = w

    ms = wb.create_sheet("Measures")
    ms["A1"] = "How we will know we are making a difference"
    ms["A1"].font = Font(bold=True)
    for i, rr in enumerate([("Measure", "Baseline (Mar 2024)", "Q3 2024/25", "Target (Mar 2025)"),
                            ("Families receiving Family Help", "2,145", "2,390", "2,500"),
                            ("Re-referrals to children's social care within 12 months", "22%", "20%", "18%"),
                            ("Family Help plans closed with needs met", "71%", "74%", "80%")], 3):
        for j, v in enumerate(rr, 1):
            ms.cell(row=i, column=j, value=v)
    wb.save(os.path.join(HERE, ROT_NAME))


# ---------------------------------------------------------------------------
# Expected readings
# ---------------------------------------------------------------------------
def expected_actions(acts):
    out = []
    for a in acts:
        d = {"ref": a["ref"], "under": a["under"], "action": a["action"], "lead": a["lead"], "end": a["end"]}
        if "end_text" in a:
            d["end_text"] = a["end_text"]
        d["status"] = a["status"]
        out.append(d)
    return out


def write_expected():
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def str_rep(dumper, data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data)
    Dumper.add_representer(str, str_rep)

    cases = [
        (STK_NAME, dict(
            source=("Imitates Stockton-on-Tees Borough Council's ILACS action plan (inspection 27 February – 14 March 2023, "
                    "judged requires improvement; action plan to Cabinet 15 June 2023, "
                    "https://moderngov.stockton.gov.uk/ieIssueDetails.aspx?IId=1757&Opt=3), overseen by the Good and Beyond Board. "
                    "Copies a cover sheet with document-control table, a RAG key sheet, the plan sheet with the four Ofsted "
                    "areas for improvement in a vertically merged column, original and revised target dates (real dates), "
                    "previous RAG as a letter and current RAG as fill colour only, multi-line progress updates, and a summary sheet."),
            reads=("A four-sheet workbook: cover, RAG key, the improvement plan and a RAG summary. The plan sheet lists 11 "
                   "numbered actions under the four Ofsted areas for improvement (merged column B); the current RAG is the "
                   "colour of column H (blue = complete), and where a revised target date is given it replaces the original."),
            outcome="read", accept_refusal=False, title=STK_TITLE, actions=expected_actions(STK))),
        (STH_NAME, dict(
            source=("Imitates a safeguarding children partnership's JTAI multi-agency action plan of the kind published after "
                    "a 'front door' JTAI (cf. Halton's JTAI action list reported to its Policy and Performance Board, "
                    "https://councillors.halton.gov.uk/ieIssueDetails.aspx?IId=47952&Opt=3). Copies title block with inspection "
                    "dates, a status key row, full-width merged heading rows carrying the inspectors' numbered areas for "
                    "improvement, refs 1a/1b, an agency column, mixed target-date forms (Dec 2023, Q4 2023/24, 31/03/2024, "
                    "Quarterly, TBC), status words with fill, notes lines, and summary and glossary sheets."),
            reads=("One plan sheet with four numbered areas for improvement as merged heading rows, each followed by its "
                   "actions (10 in all). Status is a word defined by the key on row 4 (Complete = blue, On track = green, "
                   "At risk = amber, Off track = red, Not started); notes under the table and the other sheets are not actions."),
            outcome="read", accept_refusal=False, title=STH_TITLE, actions=expected_actions(STH))),
        (HPL_NAME, dict(
            source=("Imitates a council corporate parenting board action plan built on pledges to children in care and care "
                    "leavers (cf. Bracknell Forest's pledge-based Corporate Parenting Strategy action plan, "
                    "https://www.bracknell-forest.gov.uk/children-and-family-services/fostering-adoption-and-looked-after-children/corporate-parenting-strategy-2025-2028/corporate-parenting-strategy-action-plan-2025-2028, "
                    "and older section-per-table corporate parenting plans). Copies a Word layout with document-control and "
                    "RAG key tables, one heading and one table per priority, a merged italic pledge row at the top of each "
                    "table, leads stacked on separate lines in one cell, shaded RAG letters, a notes section and a sign-off table."),
            reads=("A Word plan with four priorities, each a heading followed by a table whose first row under the header is "
                   "the pledge; 10 numbered actions in all, RAG as letters B/G/A/R (B = complete). The document control, "
                   "RAG key and sign-off tables are not the plan."),
            outcome="read", accept_refusal=False, title=HPL_TITLE, actions=expected_actions(HPL))),
        (NTY_NAME, dict(
            source=("Imitates a youth justice service's post-inspection improvement plan in response to HM Inspectorate of "
                    "Probation recommendations addressed to the YJS, its management board and the police (cf. Reading YJS "
                    "improvement plan 2024, https://democracy.reading.gov.uk/mgAi.aspx?ID=15127; North Tyneside YJS news, "
                    "https://my.northtyneside.gov.uk/news/28774/youth-justice-service-goes-strength-strength-outstanding-judgement). "
                    "Copies a tab-separated tracker export with title lines, 'X should:' audience lines, the numbered "
                    "recommendation given only on its first action row, initials and job titles as leads, mixed target "
                    "dates, and a RAG legend and totals line at the end."),
            reads=("A tab-separated export: three audience lines (YJS, Management Board, Northumbria Police) each followed by "
                   "numbered recommendations and their actions 1.1–5.1 (8 actions). The recommendation cell is filled only "
                   "on the first action of each recommendation and carries down; the legend and totals lines are not actions."),
            outcome="read", accept_refusal=False, title=NTY_TITLE, actions=expected_actions(NTY))),
        (NLD_NAME, dict(
            source=("Imitates a local area SEND partnership priority action plan written after an area SEND inspection with "
                    "outcome 3 (areas for priority action), per the Ofsted/CQC framework and DfE guidance "
                    "(https://www.gov.uk/government/publications/area-send-inspections-support-and-challenge-following-inspection/area-send-inspections-support-and-challenge-following-inspection). "
                    "Copies the council-plus-ICB title block, document-control and status key tables, a heading naming each "
                    "area for priority action followed by the inspectors' text in bold, one table per area with start, "
                    "completion and success measure columns, several leads in one cell, term and period completion dates."),
            reads=("A Word plan with two areas for priority action and one area for improvement; each heading only names the "
                   "kind of part and the inspectors' text under it is what the actions answer. Nine actions; status is a "
                   "colour word with shading (Blue = complete) or 'Not started'."),
            outcome="read", accept_refusal=False, title=NLD_TITLE, actions=expected_actions(NLD))),
        (ABD_NAME, dict(
            source=("Imitates a Scottish council adoption service improvement plan answering a Care Inspectorate inspection "
                    "report's requirements and areas for improvement, grouped by key question (cf. Care Inspectorate "
                    "inspection methodology, https://www.careinspectorate.com/index.php/publications-statistics/29-professionals-registration/6632-inspections-overview-ssaa). "
                    "Copies a CSV export with title lines padded with empty fields, one row per action repeating the key "
                    "question and the requirement/area-for-improvement text, word RAG (Complete/Green/Amber/Red/Not started) "
                    "and a RAG legend line at the end."),
            reads=("A CSV with three title lines, a header row and seven action rows (R1.1 to AFI3.1), each repeating its key "
                   "question and the requirement or area for improvement it answers; a legend line closes the file."),
            outcome="read", accept_refusal=False, title=ABD_TITLE, actions=expected_actions(ABD))),
        (ROT_NAME, dict(
            source=("Imitates Rotherham's Early Help Strategy: Family Help in Rotherham 2024-2029 delivery plan, Phase 1 "
                    "(2024/25) 'Design', overseen by the Early Help Partnership Group "
                    "(https://moderngov.rotherham.gov.uk/mgAi.aspx?ID=101038). Copies the three areas of Family Help as a "
                    "merged column with a merged objective column, partners column, start/end as Mmm-yy text, a one-line "
                    "RAG legend (C/G/A/R/N) and a measures sheet."),
            reads=("An eight-action delivery plan under three areas of Family Help. Action 2.1's end cell reads "
                   "'Novemebr 2024', a mistyped month; a careful reader stops there and asks rather than guess."),
            outcome="refuse", accept_refusal=False, refuse_at=ROT_TYPO_ROW, title=ROT_TITLE)),
    ]
    for name, d in cases:
        with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
            yaml.dump(d, f, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=110,
                      default_flow_style=False)


def main():
    make_stockton()
    make_sthelens()
    make_hartlepool()
    make_north_tyneside()
    make_northumberland()
    make_aberdeenshire()
    make_rotherham()
    if "--expected" in sys.argv:
        write_expected()


if __name__ == "__main__":
    main()
