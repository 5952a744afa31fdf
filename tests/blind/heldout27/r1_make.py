"""Generator for the r1- cases of heldout27 (run with /work/main/.venv/bin/python).

Makes seven plan files; the .expected.yaml files beside them are written by hand.
"""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(OUT, n)

HEX = dict(R="FF0000", A="FFC000", G="00B050", B="0070C0", H="D9D9D9", T="1F4E79",
           L="DDEBF7", Y="F2F2F2", P="E2EFDA", N="203764")
FILL = {k: PatternFill("solid", fgColor=v) for k, v in HEX.items()}
BOLD = Font(bold=True)
WHITE = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
D = dt.datetime


def widths(ws, w):
    for col, v in w.items():
        ws.column_dimensions[col].width = v


def header(ws, row, names, fill="T", font=WHITE):
    for i, h in enumerate(names, 1):
        c = ws.cell(row, i, h); c.font = font; c.fill = FILL[fill]; c.alignment = WRAP; c.border = BOX


def put(ws, row, col, value, fmt=None, fill=None, bold=False):
    c = ws.cell(row, col, value); c.alignment = WRAP; c.border = BOX
    if fmt: c.number_format = fmt
    if fill: c.fill = FILL[fill]
    if bold: c.font = BOLD
    return c


# docx helpers -------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line); run.bold = bold; run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 1. Suffolk ILACS improvement action plan (xlsx): cover sheet with document control,
#    theme rows merged across, area for improvement merged down column B, original and
#    revised target dates, RAG words with fill, key under the table.
wb = Workbook(); ws = wb.active; ws.title = "Cover"
ws["A1"] = "Suffolk County Council – ILACS Improvement Action Plan 2024–2026"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Children and Young People's Services"; ws["A2"].font = Font(bold=True, size=12)
ws["A3"] = "Response to the Ofsted Inspection of Local Authority Children's Services (ILACS), 3–7 June 2024"
ws["A5"] = "Plan owner"; ws["B5"] = "Director of Children's Services"
ws["A6"] = "Governance"; ws["B6"] = "Children's Improvement Board (monthly); Education and Children's Services Scrutiny Committee (six-monthly)"
ws["A8"] = "Document control"; ws["A8"].font = BOLD
header(ws, 9, ["Version", "Date", "Author", "Summary of changes"], fill="H", font=BOLD)
for i, row in enumerate([
        ("0.1", D(2024, 8, 2), "Improvement Programme Manager", "First draft for Children's Improvement Board"),
        ("1.0", D(2024, 8, 23), "Improvement Programme Manager", "Final version submitted to Ofsted"),
        ("1.3", D(2025, 2, 7), "Improvement Programme Manager", "Progress updates as at 31 January 2025; revised dates agreed at Board")], 10):
    for j, v in enumerate(row, 1):
        put(ws, i, j, v, fmt="dd/mm/yyyy" if j == 2 else None)
widths(ws, {"A": 14, "B": 16, "C": 32, "D": 60})

ws = wb.create_sheet("Action Plan")
ws["A1"] = "ILACS Improvement Action Plan 2024–2026"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Inspection 3–7 June 2024. Overall effectiveness: Requires improvement to be good."
ws["A3"] = "Progress as at 31 January 2025"; ws["A3"].font = Font(italic=True)
hdr = ["Ref", "Ofsted area for improvement", "Action", "Lead officer", "Target date",
       "Revised target date", "RAG", "Progress update"]
header(ws, 5, hdr)
ws.freeze_panes = "A6"
RAGFILL = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}
themes = [
 ("Theme 1: Help and protection", [
   ("The quality and timeliness of strategy discussions, and the consistency of attendance by partner agencies.", [
     ("1.1", "Audit all strategy discussions held by the Multi-Agency Safeguarding Hub over a four-week period and report the findings to the Children's Improvement Board",
      "Head of Service, MASH", (D(2024, 11, 30), "dd/mm/yyyy"), None, "Complete",
      "Audit of 64 strategy discussions completed in October. Findings and a seven-point action list presented to the Board on 19 November."),
     ("1.2", "Agree with Suffolk Constabulary and health partners a minimum attendance standard for strategy meetings",
      "Assistant Director Safeguarding / DCI Public Protection", (D(2024, 12, 31), "mmm-yy"), (D(2025, 3, 31), "mmm-yy"), "Amber",
      "Draft standard shared with partners. Sign-off moved to the March meeting of the Suffolk Safeguarding Partnership executive."),
   ]),
   ("Management oversight and supervision in the assessment and intervention teams, so that plans for children progress without drift.", [
     ("2.1", "Relaunch the supervision policy with a reflective supervision template recorded in LiquidLogic",
      "Principal Social Worker", (D(2024, 10, 31), "dd/mm/yyyy"), None, "Complete",
      "Policy relaunched at the October practice week. 81% of supervision records in December used the new template."),
     ("2.2", "Team managers to complete monthly case tracking of all children subject to a child in need plan for more than nine months",
      "Service Managers (Assessment & Intervention)", ("Monthly", None), None, "Green",
      "Tracking in place in all four areas; the number of children on a plan for more than nine months has fallen from 212 to 168."),
   ]),
 ]),
 ("Theme 2: Care leavers", [
   ("The quality of pathway plans, so that they are written with care leavers and reflect their current circumstances.", [
     ("3.1", "Co-produce a new pathway plan template with the Children in Care Council and care leavers",
      "Head of Service – Leaving Care", (D(2025, 1, 31), "dd/mm/yyyy"), (D(2025, 2, 28), "dd/mm/yyyy"), "Amber",
      "Two co-production sessions held. Final design workshop moved to February to fit around college timetables."),
     ("3.2", "Deliver pathway planning workshops for all Personal Advisers",
      "Team Manager – Leaving Care", ("Q4 2024/25", None), None, "Green",
      "First three workshops delivered (27 Personal Advisers). Remaining sessions booked for March."),
   ]),
   ("Access to suitable accommodation and to emotional wellbeing support for care leavers aged 21 to 25.", [
     ("4.1", "Commission an additional 12 supported accommodation places for care leavers with district and borough housing partners",
      "Head of Commissioning", ("September 2025", None), None, "Amber",
      "Agreement reached with two districts for 7 places. Negotiations continuing with the remaining partners."),
     ("4.2", "Extend the care leavers' emotional wellbeing offer to age 25 through the Suffolk Mind partnership",
      "Head of Service – Leaving Care", (D(2025, 3, 31), "dd/mm/yyyy"), None, "Red",
      "Funding for 2025/26 not yet confirmed. Escalated to the Director of Children's Services."),
   ]),
 ]),
 ("Theme 3: Leadership and management", [
   ("The use of performance information and audit findings to understand the impact of services for disabled children.", [
     ("5.1", "Develop a disabled children's performance dashboard in Power BI",
      "Head of Performance and Business Intelligence", (D(2024, 12, 31), "dd/mm/yyyy"), None, "Complete",
      "Dashboard live from 9 December and reviewed at the Disabled Children's Service monthly performance meeting."),
     ("5.2", "Include the Disabled Children's Service in the monthly thematic audit programme",
      "Head of Quality Assurance", ("Ongoing", None), None, "Green",
      "First thematic audit (short breaks) completed in January; findings to be shared at the March practice forum."),
   ]),
 ]),
]
r = 6
for theme, afis in themes:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    c = ws.cell(r, 1, theme); c.font = WHITE; c.fill = FILL["N"]; r += 1
    for afi, acts in afis:
        first = r
        for ref, action, lead, tgt, rev, rag, upd in acts:
            put(ws, r, 1, ref); put(ws, r, 2, afi if r == first else None); put(ws, r, 3, action)
            put(ws, r, 4, lead); put(ws, r, 5, tgt[0], fmt=tgt[1])
            put(ws, r, 6, rev[0] if rev else None, fmt=rev[1] if rev else None)
            put(ws, r, 7, rag, fill=RAGFILL[rag]); put(ws, r, 8, upd)
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
r += 1
ws.cell(r, 1, "RAG key").font = BOLD; r += 1
for word, meaning in [("Complete", "action completed and evidence of impact seen"), ("Green", "on track to be delivered by the target date"),
                      ("Amber", "some slippage; revised date agreed by the Children's Improvement Board"), ("Red", "off track or not delivered by the target date")]:
    c = ws.cell(r, 1, word); c.fill = FILL[RAGFILL[word]]; ws.cell(r, 2, meaning); r += 1
widths(ws, {"A": 6, "B": 38, "C": 50, "D": 26, "E": 13, "F": 13, "G": 11, "H": 55})
wb.save(P("r1-suffolk-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Telford & Wrekin ILACS action plan (docx): intro, judgement table, a heading per
#    area for improvement with an Ofsted finding paragraph and its own action table,
#    RAG words with shading, key at the end.
doc = Document(); landscape(doc)
doc.add_heading("Telford & Wrekin Council – Children's Services Ofsted Action Plan 2024", level=1)
doc.add_paragraph(
    "Ofsted carried out an Inspection of Local Authority Children's Services (ILACS) in Telford and Wrekin "
    "between 29 April and 3 May 2024. The report was published on 12 July 2024 and children's services "
    "retained their overall judgement of outstanding. Inspectors identified two areas for improvement. "
    "This plan sets out how we will address them; progress is reported to the Children's Safeguarding "
    "Leadership Team each month and to the Children & Young People Scrutiny Committee.")
t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
set_text(t.cell(0, 0), "Judgement", bold=True); set_text(t.cell(0, 1), "Grade", bold=True)
for j, g in [("The impact of leaders on social work practice with children and families", "Outstanding"),
             ("The experiences and progress of children who need help and protection", "Good"),
             ("The experiences and progress of children in care", "Outstanding"),
             ("The experiences and progress of care leavers", "Outstanding"),
             ("Overall effectiveness", "Outstanding")]:
    row = t.add_row().cells; set_text(row[0], j); set_text(row[1], g)
doc.add_paragraph("")
doc.add_paragraph("Progress updated: December 2024").runs[0].italic = True

TSH = {"Complete": "9BC2E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80", "Not started": None}
afis = [
 ("Area for improvement 1: The management of contacts within Family Connect, the multi-agency safeguarding hub",
  "What Ofsted said: a small number of contacts wait too long for a decision, and managers' rationale for "
  "the decision is not always recorded.",
  [("1.1", "Review the Family Connect contact threshold guidance with partners and re-issue it to all referring agencies",
    "Service Delivery Manager – Family Connect", "September 2024",
    "Guidance re-issued; partner briefings held", "Guidance agreed by the Safeguarding Partnership and re-issued on 16 September.", "Complete"),
   ("1.2", "Introduce a daily contact huddle in Family Connect, chaired by a team manager, to agree next steps on all contacts within 24 hours",
    "Team Manager – Family Connect", "July 2024",
    "95% of contacts decided within 24 hours", "Huddle running since 8 July. 97% of contacts in November were decided within 24 hours.", "Complete"),
   ("1.3", "Monthly dip sample of 20 contacts by the Quality Assurance team, reported to the Children's Safeguarding Leadership Team",
    "Head of Quality Assurance and Safeguarding", "Monthly from August 2024",
    "Manager rationale recorded in all sampled contacts", "Four dip samples completed. Rationale recorded in 74 of 80 contacts sampled.", "Green"),
   ("1.4", "Develop a feedback loop so that referrers are told the outcome of their contact",
    "Service Delivery Manager – Family Connect / Business Intelligence Manager", "March 2025",
    "Referrer feedback sent for all professional contacts", "Automated outcome letter being built in the case recording system; testing delayed by system upgrade.", "Amber"),
  ]),
 ("Area for improvement 2: The consistency of making 16- and 17-year-olds who present as homeless aware of their rights and entitlements",
  "What Ofsted said: not all young people are consistently made aware of their right to become looked after, "
  "and the information they are given is not always in a form they understand.",
  [("2.1", "Refresh the joint housing and children's services protocol for 16- and 17-year-olds who present as homeless",
    "Group Manager – Assessment", "October 2024 (revised January 2025)",
    "Protocol signed off by both services", "Protocol agreed by Housing and Children's Services and signed off on 14 January.", "Complete"),
   ("2.2", "Co-produce a young person's leaflet and short video on rights and entitlements with the Children in Care Council",
    "Participation Lead", "December 2024",
    "Leaflet and video in use", "Leaflet designed with the Children in Care Council; video filming took place in November.", "Green"),
   ("2.3", "All 16- and 17-year-olds presenting as homeless to receive a joint assessment, with the offer of accommodation under section 20 recorded on their file",
    "Group Manager – Assessment; Housing Options Manager", "Ongoing",
    "Section 20 offer recorded for 100% of young people", "Joint assessments completed for all 11 young people presenting since July.", "Green"),
   ("2.4", "Audit all 16/17-year-old homeless presentations each quarter and report findings to the Corporate Parenting Board",
    "Head of Quality Assurance and Safeguarding", "Quarterly",
    "Quarterly audit report to Corporate Parenting Board", "First audit scheduled for April 2025.", "Not started"),
  ]),
]
for heading, said, rows in afis:
    doc.add_heading(heading, level=2)
    doc.add_paragraph(said).runs[0].italic = True
    t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
    for i, h in enumerate(["Ref", "Action", "Lead officer", "Timescale", "Measure of success", "Progress (December 2024)", "RAG"]):
        set_text(t.cell(0, i), h, bold=True); shade(t.cell(0, i), "D9D9D9")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_text(cells[i], v)
        if TSH[row[6]]:
            shade(cells[6], TSH[row[6]])
    doc.add_paragraph("")
doc.add_paragraph("RAG key: Complete (blue) – action completed; Green – on track; Amber – at risk of "
                  "missing the timescale; Red – timescale missed; Not started – not yet due to start.")
doc.save(P("r1-telford-wrekin-ilacs-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. City of London focused visit (care leavers) action plan (xlsx): merged area rows
#    across the table, actions numbered 1-9 straight through, start and completion
#    dates as mmm-yy Excel dates, RAG shown only by the fill of the RAG cell, key below.
wb = Workbook(); ws = wb.active; ws.title = "FV Action Plan"
ws["A1"] = "City of London Corporation – Ofsted Focused Visit (Care Leavers) Action Plan"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Children's Social Care, Department of Community and Children's Services"
ws["A3"] = "Visit: 4–5 December 2018. Plan updated April 2019 for the Safeguarding Sub-Committee."
header(ws, 5, ["No.", "Action", "Responsible", "Start", "Completion date", "Outcome / evidence", "RAG"], fill="H", font=BOLD)
areas = [
 ("Area for improvement 1: Risk assessments should more clearly articulate the measures in place to address and minimise risk", [
   (1, "Revise the care leavers' risk assessment template so that each identified risk has a linked safety measure and review date",
    "SM CSC", D(2019, 1, 7), D(2019, 2, 28), "New template in use from 1 March 2019", "B"),
   (2, "Team Manager to review all current care leaver risk assessments and sign off updated versions",
    "TM / SM", D(2019, 1, 14), D(2019, 3, 31), "All 23 risk assessments reviewed and re-signed", "B"),
   (3, "Include the quality of risk assessments in the quarterly case file audit programme",
    "QA Lead", D(2019, 4, 1), "Quarterly", "First audit due June 2019", "G"),
 ]),
 ("Area for improvement 2: Young people's involvement in preparing their pathway plans should be more explicit and consistent", [
   (4, "Pathway plans to be written with the young person, in their own words, using the new 'My Pathway Plan' format",
    "PA Team", D(2019, 2, 1), D(2019, 6, 30), "14 of 23 plans now in the new format", "G"),
   (5, "Young people to sign their pathway plan and be given a copy within 10 working days of the review",
    "TM Care Leavers", D(2019, 2, 1), "Ongoing", "Copies given within 10 days in 9 of 14 reviews since February", "A"),
   (6, "Children in Care Council to review the pathway plan format and report its views to the Corporate Parenting Board",
    "Participation Officer", D(2019, 3, 1), D(2019, 7, 31), "Session postponed twice; new date not yet agreed", "R"),
 ]),
 ("Area for improvement 3: Social workers should receive consistently reflective, analytical supervision and clear management oversight", [
   (7, "All social workers and personal advisers to receive monthly reflective supervision recorded on the revised template",
    "SM CSC", D(2019, 1, 7), D(2019, 3, 31), "Supervision audit March 2019: 100% monthly, 85% reflective", "B"),
   (8, "Introduce a management oversight record on the case file at each pathway plan review",
    "TM Care Leavers", D(2019, 2, 1), D(2019, 4, 30), "Record designed; not yet on all files", "A"),
   (9, "Principal Social Worker to run group supervision on reflective practice every two months",
    "PSW", D(2019, 5, 1), "Bi-monthly", "", None),
 ]),
]
r = 6
for area, acts in areas:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    c = ws.cell(r, 1, area); c.font = BOLD; c.fill = FILL["L"]; c.alignment = WRAP
    ws.row_dimensions[r].height = 30; r += 1
    for no, action, resp, start, comp, outcome, rag in acts:
        put(ws, r, 1, no); put(ws, r, 2, action); put(ws, r, 3, resp)
        put(ws, r, 4, start, fmt="mmm-yy"); put(ws, r, 5, comp, fmt="mmm-yy" if isinstance(comp, dt.datetime) else None)
        put(ws, r, 6, outcome or None); put(ws, r, 7, None, fill=rag)
        r += 1
r += 1
ws.cell(r, 1, "Key").font = BOLD; r += 1
for code, meaning in [("B", "Completed"), ("G", "On track"), ("A", "Some slippage"), ("R", "Off track")]:
    ws.cell(r, 1).fill = FILL[code]; ws.cell(r, 2, meaning); r += 1
ws.cell(r, 1); ws.cell(r, 2, "No colour – not yet started"); r += 1
r += 1
ws.cell(r, 1, "SM CSC – Service Manager, Children's Social Care; TM – Team Manager; PA – Personal Adviser; "
              "PSW – Principal Social Worker; QA – Quality Assurance").font = Font(italic=True, size=9)
widths(ws, {"A": 6, "B": 60, "C": 18, "D": 10, "E": 14, "F": 45, "G": 8})
wb.save(P("r1-cityoflondon-fv-care-leavers-plan.xlsx"))


# ---------------------------------------------------------------------------
# 4. North Devon Council audit recommendation tracker (xlsx): Table A (live audit
#    reports summary, not actions), Table B (completed since last meeting) and Table C
#    (time extensions requested) on separate sheets; refs like "22 P 02".
wb = Workbook(); ws = wb.active; ws.title = "Table A"
ws["A1"] = "North Devon Council – Audit Recommendation Tracker"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Governance Committee – 7 March 2023"
ws["A4"] = "Table A – Live audit reports"; ws["A4"].font = Font(bold=True, size=12)
header(ws, 5, ["Audit ref", "Audit", "Year", "Assurance opinion", "No. of recommendations", "Average % complete"], fill="H", font=BOLD)
for i, row in enumerate([
        ("21 CSM&R", "Car Parks – Cash Security, Maintenance and Repairs", "2021/22", "Reasonable", 4, 0.75),
        ("22 S", "Safeguarding", "2022/23", "Reasonable", 3, 0.6),
        ("22 EPCC", "Ethics, Probity and Code of Conduct", "2022/23", "Reasonable", 4, 0.5),
        ("22 P", "Planning – Development Management", "2022/23", "Limited", 5, 0.4),
        ("22 CTAX & NNDR", "Council Tax and NNDR", "2022/23", "Substantial", 2, 0.5),
        ("22 PAY", "Payroll", "2022/23", "Substantial", 2, 1.0)], 6):
    for j, v in enumerate(row, 1):
        put(ws, i, j, v, fmt="0%" if j == 6 else None)
widths(ws, {"A": 16, "B": 48, "C": 9, "D": 18, "E": 14, "F": 12})

HDR_BC = ["Ref", "Audit", "Recommendation", "Priority", "Agreed action", "Responsible officer"]
ws = wb.create_sheet("Table B")
ws["A1"] = "Table B – Recommendations completed since the last meeting of the Governance Committee"; ws["A1"].font = Font(bold=True, size=12)
header(ws, 3, HDR_BC + ["Due date", "Date completed", "Status"], fill="H", font=BOLD)
tb = [
 ("22 PAY 01", "Payroll 2022/23", "Starters should not be set up on the payroll system until a signed contract and right to work check have been received.",
  "Medium", "HR Advisers to confirm contract and right to work evidence on the starter checklist before passing to Payroll.",
  "HR Manager", (D(2022, 12, 31), "dd/mm/yyyy"), (D(2022, 12, 5), "dd/mm/yyyy"), "Completed"),
 ("22 PAY 02", "Payroll 2022/23", "Exception reports of changes to standing data should be reviewed and signed off each pay period.",
  "Low", "Payroll Officer to print and sign the standing data exception report each month; the HR Manager to review it quarterly.",
  "HR Manager", (D(2023, 1, 31), "dd/mm/yyyy"), (D(2023, 1, 27), "dd/mm/yyyy"), "Completed"),
 ("22 S 01", "Safeguarding 2022/23", "The Safeguarding Policy should be reviewed and re-approved, as the current version is overdue for review.",
  "Medium", "Refresh the Safeguarding Policy and take it to Strategy and Resources Committee for approval.",
  "Head of Governance", (D(2023, 2, 28), "dd/mm/yyyy"), (D(2023, 2, 6), "dd/mm/yyyy"), "Completed"),
]
r = 4
for row in tb:
    for j, v in enumerate(row, 1):
        if isinstance(v, tuple):
            put(ws, r, j, v[0], fmt=v[1])
        else:
            put(ws, r, j, v)
    r += 1
widths(ws, {"A": 12, "B": 18, "C": 45, "D": 9, "E": 45, "F": 20, "G": 12, "H": 12, "I": 11})

ws = wb.create_sheet("Table C")
ws["A1"] = "Table C – Recommendations where a time extension is requested"; ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "The Committee is asked to approve the revised due dates below."
header(ws, 4, HDR_BC + ["Original due date", "Revised due date (extension requested)", "% complete", "Reason for extension / progress", "RAG"], fill="H", font=BOLD)
tc = [
 ("21 CSM&R 03", "Car Parks – Cash Security, Maintenance and Repairs 2021/22",
  "Pay and display machines that are no longer repairable should be replaced with machines that accept card payments.",
  "Medium", "Replace the remaining 14 coin-only machines with card-enabled machines.",
  "Head of Place, Property and Regeneration", (D(2022, 9, 30), "dd/mm/yyyy"), ("End of Feb 2023", None), 0.75,
  "Nine machines installed. Delay caused by supply issues with the remaining units.", "A"),
 ("22 S 03", "Safeguarding 2022/23", "All staff and councillors in roles with contact with children or adults at risk should complete safeguarding training.",
  "High", "Set up mandatory safeguarding e-learning for staff and a face-to-face session for councillors.",
  "Head of Governance", (D(2022, 12, 31), "dd/mm/yyyy"), (D(2023, 2, 28), "dd/mm/yyyy"), 0.8,
  "Training set up; the last two sessions will be held in February.", "A"),
 ("22 EPCC 03", "Ethics, Probity and Code of Conduct 2022/23", "Councillors should receive training on the revised Code of Conduct.",
  "Medium", "Deliver Code of Conduct training to all councillors.",
  "Monitoring Officer", (D(2022, 9, 30), "dd/mm/yyyy"), (D(2023, 5, 31), "mmm-yy"), 0.25,
  "Session postponed following the death of Her Majesty Queen Elizabeth II. Rescheduled for May 2023 with the new councillor induction.", "A"),
 ("22 P 02", "Planning – Development Management 2022/23", "The service should agree response times with statutory consultees and monitor them.",
  "Medium", "Agree a service level agreement with Devon County Council Highways on consultation response times.",
  "Head of Planning, Housing and Health", (D(2022, 12, 31), "dd/mm/yyyy"), ("Ongoing", None), 0.3,
  "Meetings held with Highways; building the relationship with consultees is an ongoing process.", "R"),
 ("22 CTAX & NNDR 01", "Council Tax and NNDR 2022/23", "Procedure notes for recovery and enforcement should be updated to reflect current practice.",
  "Low", "Review and update all recovery procedure notes.",
  "Revenues and Benefits Manager", (D(2022, 11, 30), "dd/mm/yyyy"), (D(2023, 8, 31), "dd/mm/yyyy"), 0.0,
  "No progress to date; now included in the service plan. Team diverted to new Government grant schemes.", "R"),
]
r = 5
for row in tc:
    for j, v in enumerate(row, 1):
        if isinstance(v, tuple):
            put(ws, r, j, v[0], fmt=v[1])
        elif j == 9:
            put(ws, r, j, v, fmt="0%")
        elif j == 11:
            put(ws, r, j, v, fill=v)
        else:
            put(ws, r, j, v)
    r += 1
r += 1
ws.cell(r, 1, "RAG: G – on target; A – extension requested, action progressing; R – extension requested, little or no progress").font = Font(italic=True)
widths(ws, {"A": 16, "B": 24, "C": 42, "D": 9, "E": 40, "F": 24, "G": 12, "H": 16, "I": 10, "J": 45, "K": 6})
wb.save(P("r1-north-devon-audit-rec-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 5. Staffordshire SEND Accelerated Progress Plan tracker (csv, Excel save-as): title
#    lines, area of weakness on every row, milestone dates as text; one milestone month
#    is mistyped ("Ocotber 2022").
rows = [
 ["Staffordshire Local Area SEND Accelerated Progress Plan (APP) – Progress Tracker", "", "", "", "", "", "", ""],
 ["Prepared for the 6 month progress review with DfE and NHS England – September 2022", "", "", "", "", "", "", ""],
 ["", "", "", "", "", "", "", ""],
 ["Area of weakness", "Ref", "Action", "Lead", "Partner(s)", "Milestone date", "RAG", "Progress update"],
 ["Area 1: Co-production, particularly with parents", "1.1",
  "Agree a co-production charter with the Staffordshire Parent Carer Forum and SENDIASS",
  "Assistant Director for Education Access", "Parent Carer Forum; SENDIASS", "Jun-22", "Complete",
  "Charter signed at the SEND Partnership Board on 23 June 2022."],
 ["Area 1: Co-production, particularly with parents", "1.2",
  "Hold monthly meetings between the Parent Carer Forum and senior SEND leaders",
  "Head of SEND and Inclusion", "Parent Carer Forum", "Monthly", "Green",
  "Meetings held every month since April; minutes published on the Local Offer."],
 ["Area 1: Co-production, particularly with parents", "1.3",
  "Co-produce a 'tell it once' family information form used by education, health and care",
  "SEND Operations Manager / Designated Clinical Officer", "Parent Carer Forum; ICB", "Ocotber 2022", "Amber",
  "Draft form tested with 12 families. Health sign-off needed before launch."],
 ["Area 1: Co-production, particularly with parents", "1.4",
  "Publish a 'you said, we did' update on the Local Offer every quarter",
  "Local Offer Manager", "", "Quarterly", "Green",
  "First update published in July 2022."],
 ["Area 2: Quality of EHC plans", "2.1",
  "Introduce a multi-agency quality assurance panel that audits 20 EHC plans each month",
  "Principal Educational Psychologist", "ICB; Children's Social Care", "31/07/2022", "Complete",
  "Panel meeting monthly since July; 60 plans audited."],
 ["Area 2: Quality of EHC plans", "2.2",
  "Deliver outcomes-writing training to all EHC plan coordinators",
  "SEND Workforce Development Lead", "", "Sep-22", "Green",
  "Training delivered to 38 of 45 coordinators; two further sessions booked."],
 ["Area 2: Quality of EHC plans", "2.3",
  "Revise the health and social care advice templates so that advice is specific and time-bound",
  "Designated Clinical Officer", "Children's Social Care", "December 2022", "Amber",
  "Health template agreed; social care template still in draft."],
 ["Area 2: Quality of EHC plans", "2.4",
  "Report EHC plan audit findings to the SEND Partnership Board each quarter",
  "Head of SEND and Inclusion", "", "Quarterly", "Green",
  "First report taken to the Board in September 2022."],
]
with open(P("r1-staffordshire-send-app-tracker.csv"), "w", newline="", encoding="utf-8") as f:
    csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 6. Haringey YJS HMIP inspection improvement plan (tab-separated text, as saved from
#    Excel): title lines, addressee lines, recommendation text only on the first row of
#    its actions (merged cell in the workbook), RAG words.
lines = [
 ["Haringey Youth Justice Service – HMIP Inspection Improvement Plan 2025"],
 ["Inspection fieldwork 2–6 December 2024; report published 4 March 2025; overall rating: Good."],
 ["Monitored by the Haringey Youth Justice Strategic Partnership Board. Update for the Board meeting of 24 June 2025."],
 [],
 ["HMIP recommendation", "Ref", "Action", "Lead", "Target date", "RAG", "Update (June 2025)"],
 ["The Haringey Youth Justice Service should:"],
 ["Strengthen assessment practice so that it considers all harm-related behaviours and the information held by partner agencies when assessing how to keep other people safe",
  "1.1", "Deliver refresher training on assessing risk of serious harm to all case managers, co-delivered with the seconded police officer and probation officer",
  "Practice Development Manager", "30/06/2025", "Complete", "Three sessions delivered in April and May; 22 of 23 case managers attended."],
 ["", "1.2", "Amend the AssetPlus countersigning checklist so that managers confirm police, children's social care and health information has been obtained",
  "YJS Operations Manager", "31/05/2025", "Complete", "Revised checklist in use from 12 May 2025."],
 ["", "1.3", "Carry out a thematic audit of keeping-others-safe assessments each quarter and report the findings to the Partnership Board",
  "Quality Assurance Lead", "Quarterly", "Green", "First audit of 15 cases completed in May; findings to the June Board."],
 ["Improve work to protect actual and potential victims, making sure that planned victim awareness sessions are delivered",
  "2.1", "Review the victim contact and safety planning process so that every case with an identified victim has a victim safety plan",
  "Restorative Justice Lead / Victims Worker", "31/07/2025", "Amber", "Process mapped; new safety planning template drafted. Sign-off delayed by staff absence."],
 ["", "2.2", "Record victim awareness sessions on ChildView and produce a monthly exception report of sessions planned but not delivered",
  "Information Manager; YJS Operations Manager", "Sept 2025", "Green", "Case management system change requested; exception report specified."],
 ["The Haringey Youth Justice Strategic Partnership Board should:"],
 ["Assure itself of the quality of work to keep other people and victims safe",
  "3.1", "Add a standing item on risk of harm and victim safety to every Partnership Board agenda",
  "Board Chair", "Jul-25", "Complete", "Standing item added from the April 2025 meeting."],
 ["", "3.2", "Board members to take part in an annual practice observation day with the YJS",
  "Head of Youth Justice and Early Help", "March 2026", "Green", "Date set for 14 November 2025; seven Board members have signed up."],
 [],
 ["RAG: Complete – action completed; Green – on track; Amber – at risk of slipping; Red – off track"],
]
with open(P("r1-haringey-yjs-hmip-improvement-plan.txt"), "w", encoding="utf-8", newline="") as f:
    for ln in lines:
        f.write("\t".join(ln) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Shaw CofE Primary School post-Ofsted action plan (docx): key issue headings, one
#    table per key issue with each Ofsted sub-point as a merged shaded row over its
#    unnumbered actions, school-term timescales, RAG column (Achieved / G / A / Not
#    started), overarching success criteria bullets between the tables.
doc = Document(); landscape(doc)
p = doc.add_paragraph(); run = p.add_run("Shaw CofE Primary School – Post Ofsted Action Plan 2017–18"); run.bold = True; run.font.size = Pt(16)
doc.add_paragraph("Website version – 1 July 2017 (RAG column updated December 2017)")
doc.add_paragraph(
    "This action plan has been produced in response to the findings of the Ofsted inspection of Shaw School on "
    "24 and 25 April 2017, which gave an overall rating of Requires Improvement. It is monitored by the Full "
    "Governing Body each half term and reviewed with the local authority school improvement adviser.")
SSH = {"Achieved": "9BC2E6", "G": "A9D08E", "A": "FFD966", "R": "FF7C80", "Not started": None}
issues = [
 ("Key Issue 1: Improve pupils’ progress in writing and mathematics", [
   ("1.1 Raise teachers’ expectations of pupils and challenge them to do their best", [
     ("Staff meeting on high expectations, agreeing non-negotiables for presentation and challenge in every class",
      "HT", "September 2017", "HT and SIA learning walk, October 2017", "Non-negotiables seen in all classes", "Achieved"),
     ("Introduce daily ‘chilli challenge’ tasks in every maths and writing lesson",
      "Maths lead / English lead", "Autumn term 2017", "Subject leaders – book looks each half term", "Most able pupils choose and complete the hardest challenge", "G"),
   ]),
   ("1.2 Check pupils’ learning in lessons and respond by providing work that meets the needs of all abilities, including the most able", [
     ("Teachers to use end-of-lesson assessment to regroup pupils for the next lesson, including a greater-depth group",
      "DHT", "Spring term 2018", "DHT lesson drop-ins; pupil progress meetings", "Lesson observations show work matched to need", "G"),
   ]),
   ("1.3 Improve the presentation and accuracy of pupils’ work across all subjects, including spelling, punctuation and grammar", [
     ("Relaunch the handwriting and presentation policy, with a weekly spelling, punctuation and grammar focus in every class",
      "English lead", "October 2017", "English lead – book scrutiny", "Presentation good or better in 90% of books", "Achieved"),
     ("Book scrutiny of presentation and SPaG across all subjects",
      "SLT", "Half-termly", "Governors’ standards committee", "Improvement seen in foundation subject books", "A"),
   ]),
   ("1.4 Provide high quality opportunities to deepen pupils’ mathematical understanding and reasoning", [
     ("Maths lead to attend the Maths Hub mastery programme and share reasoning and problem-solving approaches with all staff",
      "Maths lead", "Summer term 2018", "HT – staff meeting minutes", "Reasoning evident in every maths book each week", "G"),
   ]),
 ]),
 ("Key Issue 2: Increase the impact of leadership and management", [
   ("2.1 Establish more rigorous evaluation of teaching, learning and assessment to drive school improvement", [
     ("Termly monitoring cycle of lesson observations, book looks and pupil voice, with written feedback to each teacher",
      "HT/DHT", "Termly", "Governors – HT report", "All teaching good or better by July 2018", "G"),
   ]),
   ("2.2 Hold teachers fully to account through checks on pupils’ progress from their starting points", [
     ("Pupil progress meetings every half term, with actions for pupils not making expected progress recorded and followed up",
      "DHT", "Nov 2017 – July 2018", "HT; link governor for data", "Every class shows at least expected progress from starting points", "G"),
   ]),
   ("2.3 Ensure governors have precise information on the progress of different groups of pupils", [
     ("Headteacher’s report to governors to include progress data for disadvantaged, SEND and most able pupils",
      "HT", "December 2017", "Chair of Governors", "Governors’ minutes show challenge on the progress of groups", "Achieved"),
   ]),
   ("2.4 Undertake an external review of governance", [
     ("Commission an external review of governance through the local authority and act on its recommendations",
      "Chair of Governors", "31st October 2017", "Local authority governor services", "Review completed and action plan agreed by the FGB", "A"),
   ]),
   ("2.5 Undertake an external review of the school’s use of the pupil premium", [
     ("Commission an external review of pupil premium spending and publish the revised pupil premium strategy",
      "HT / Chair of Governors", "December 2017", "FGB", "Revised strategy published on the website", "Not started"),
   ]),
 ]),
]
criteria = {
 0: ["Progress in writing improves so that, by July 2018, at least 90% of pupils (without SEND) in all classes make at least good progress from their starting points.",
     "Progress in mathematics improves so that, by July 2018, at least 25% of pupils in all classes work at greater depth."],
 1: ["Leaders’ evaluation of teaching is accurate and agreed by external reviewers.",
     "Governors hold leaders to account for the progress of all groups of pupils."],
}
for k, (issue, subs) in enumerate(issues):
    doc.add_heading(issue, level=2)
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["Action", "Lead", "Timescale", "Monitoring (who/when)", "Success criteria", "RAG (Dec 17)"]):
        set_text(t.cell(0, i), h, bold=True); shade(t.cell(0, i), "BFBFBF")
    for sub, acts in subs:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5]); set_text(m, sub, bold=True); shade(m, "E2EFDA")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                set_text(cells[i], v)
            if SSH[a[5]]:
                shade(cells[5], SSH[a[5]])
    doc.add_paragraph("")
    doc.add_paragraph("Overarching success criteria:").runs[0].bold = True
    for c in criteria[k]:
        doc.add_paragraph(c, style="List Bullet")
doc.add_paragraph("")
doc.add_paragraph("RAG key: Achieved – action completed; G – on track; A – some slippage, being monitored; "
                  "R – not on track; Not started – not yet begun.")
doc.add_paragraph("HT – Headteacher; DHT – Deputy Headteacher; SLT – Senior Leadership Team; SIA – School Improvement Adviser; "
                  "FGB – Full Governing Body")
doc.save(P("r1-shaw-cofe-primary-post-ofsted-plan.docx"))

print("done")
