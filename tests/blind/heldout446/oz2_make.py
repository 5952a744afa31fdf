"""Build the seven oz2- blind test files (set heldout446).

Run with /work/main/.venv/bin/python oz2_make.py from any directory; files are
written beside this script.  Each data structure below holds the text that goes
into the file; the expected readings are written separately by hand into the
NAME.expected.yaml files.
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

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
HEAD = "1F3864"


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Southern Water - Ofwat undertakings tracker (REFUSE: "Febuary 2026")
# ---------------------------------------------------------------------------
SW_FILE = "oz2-southern-water-ofwat-enforcement-undertakings-tracker-typo-month-refuse.xlsx"
SW_ROWS = [
    ("group", "Undertaking 1 – Wastewater treatment works compliance"),
    ("act", "1.1",
     "Return all wastewater treatment works identified in the 2019 investigation to compliance with their environmental permits",
     "Complete storm tank capacity upgrades at the six remaining sites in the programme",
     "Chief Operating Officer", "Head of Wastewater Capital Delivery",
     d(2025, 9, 30), "Mar-2026", "At risk", "EA sign-off certificate for each site",
     "Four of six sites commissioned. Two sites delayed by planning consent for tank extensions."),
    ("act", "1.2", None,
     "Embed routine compliance inspections of all relevant WwTWs into business-as-usual operations",
     "Chief Operating Officer", "Head of Wastewater Operations",
     d(2025, 6, 30), None, "Complete", "Internal audit report IA-25-07",
     "Inspection schedule live in the work management system since April 2025."),
    ("act", "1.3", None,
     "Close out the remaining actions on the permit compliance technical review register",
     "Chief Operating Officer", "Head of Environmental Compliance",
     d(2025, 12, 31), None, "On track", "Register extract and closure evidence pack",
     "1,038 of 1,052 actions closed."),
    ("group", "Undertaking 2 – Spills reporting and event duration monitoring"),
    ("act", "2.1",
     "Improve the accuracy and completeness of storm overflow spills reporting",
     "Install EDM monitors on the remaining 14 storm overflows without monitoring",
     "Chief Operating Officer", "Head of Environmental Monitoring",
     d(2025, 3, 31), "Dec-2025", "Complete", "EDM asset register",
     "All 14 monitors installed and reporting."),
    ("act", "2.2", None,
     "Commission independent assurance of the 2025 EDM annual return",
     "Chief Financial Officer", "Head of Regulatory Reporting",
     d(2025, 11, 30), "Febuary 2026", "At risk", "Assurance provider report",
     "Procurement of assurance provider extended; award expected January."),
    ("group", "Undertaking 3 – Governance, culture and incentives"),
    ("act", "3.1",
     "Ensure executive and senior management incentive schemes do not drive inappropriate behaviours with respect to compliance",
     "Annual review of executive incentive schemes by the Remuneration Committee",
     "Company Secretary", "Head of Reward",
     d(2025, 7, 31), None, "Complete", "Remuneration Committee minutes, July 2025",
     "Review completed; compliance underpin added to 2025/26 scheme."),
    ("act", "3.2", None,
     "Deliver the ‘Speak Up’ compliance culture programme to all operational managers",
     "Chief People Officer", "Head of Culture and Engagement",
     d(2025, 12, 31), "Jan-2026", "On track", "Attendance records",
     "412 of 470 managers trained."),
    ("act", "3.3", None,
     "Publish the annual Compliance Statement with Board assurance",
     "Company Secretary", "Director of Compliance & Assurance",
     d(2026, 7, 31), None, "On track", "Board minutes",
     "Drafting to begin in April 2026."),
]
SW_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}


def make_southern_water():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Southern Water Services Limited"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofwat enforcement case – section 19 undertakings: Compliance Plan delivery tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    rows = [("Version", "3.2"), ("Owner", "Director of Compliance & Assurance"),
            ("Reviewed by", "Board Compliance Committee"), ("Date", "14 January 2026"),
            ("Classification", "Official – shared with Ofwat")]
    for i, (k, v) in enumerate(rows, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
        ws.cell(i, 1).border = BOX
        ws.cell(i, 2).border = BOX
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Tracker")
    ws.merge_cells("A1:J1")
    ws["A1"] = "Compliance Plan – Undertakings delivery tracker (position at 31 December 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status key:"
    ws["A2"].font = Font(bold=True)
    for col, (word, colr) in enumerate(SW_STATUS_FILL.items(), start=2):
        c = ws.cell(2, col, word)
        c.fill = fill(colr)
    headers = ["Ref", "Undertaking / commitment", "Action", "Executive owner", "Delivery lead",
               "Original due", "Revised due", "Status", "Assurance / evidence", "Commentary"]
    for col, h in enumerate(headers, start=1):
        c = ws.cell(4, col, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    r = 5
    merge_start = None
    for row in SW_ROWS:
        if row[0] == "group":
            if merge_start and r - 1 > merge_start:
                ws.merge_cells(start_row=merge_start, start_column=2, end_row=r - 1, end_column=2)
            merge_start = None
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            r += 1
            continue
        _, ref, commit, action, exe, lead, orig, rev, status, evid, comm = row
        if commit is not None:
            if merge_start and r - 1 > merge_start:
                ws.merge_cells(start_row=merge_start, start_column=2, end_row=r - 1, end_column=2)
            merge_start = r
            ws.cell(r, 2, commit)
        vals = [ref, None, action, exe, lead, orig, rev, status, evid, comm]
        for col, v in enumerate(vals, start=1):
            if v is not None:
                ws.cell(r, col, v)
            ws.cell(r, col).alignment = WRAP
            ws.cell(r, col).border = BOX
        ws.cell(r, 6).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).fill = fill(SW_STATUS_FILL[status])
        r += 1
    if merge_start and r - 1 > merge_start:
        ws.merge_cells(start_row=merge_start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: 1. Revised due dates were notified to the Ofwat case team on 9 December 2025. "
                  "2. Status reflects the position at 31 December 2025.")
    for col, w in zip("ABCDEFGHIJ", [6, 40, 48, 22, 28, 12, 14, 11, 30, 45]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Summary")
    ws["A1"] = "Summary by undertaking"
    ws["A1"].font = Font(bold=True)
    summ = [("Undertaking", "Actions", "Complete", "On track", "At risk", "Off track"),
            ("1 – WwTW compliance", 3, 1, 1, 1, 0),
            ("2 – Spills reporting", 2, 1, 0, 1, 0),
            ("3 – Governance and culture", 3, 1, 2, 0, 0),
            ("Total", 8, 3, 3, 2, 0)]
    for i, rr in enumerate(summ, start=3):
        for j, v in enumerate(rr, start=1):
            ws.cell(i, j, v).border = BOX
    ws.column_dimensions["A"].width = 30
    wb.save(os.path.join(HERE, SW_FILE))


# ---------------------------------------------------------------------------
# 2. York and North Yorkshire CA - strategic risk register (fill RAG, merged risks)
# ---------------------------------------------------------------------------
YNY_FILE = "oz2-york-and-north-yorkshire-ca-strategic-risk-register-2025-26.xlsx"
YNY_RISKS = [
    ("SR01 – Delivery of the Mayoral Investment Fund",
     "If the investment programme is not managed and assured effectively, projects may slip or fail to "
     "deliver outcomes, resulting in loss of Government confidence and future funding.",
     "Director of Resources (S73 Officer)", 16, 12, 8, "↔",
     [("SR01.1", "Complete the refresh of the Assurance Framework and submit it to MHCLG for sign-off",
       "Director of Resources (S73 Officer)", d(2025, 10, 31), BLUE, None,
       "Submitted 24 October; approved by MHCLG on 12 November 2025."),
      ("SR01.2", "Introduce quarterly programme-level benefits reporting to the Combined Authority",
       "Head of Programme Management Office", "Q4 2025/26", GREEN, None,
       "Reporting template agreed; first report to the March meeting."),
      ("SR01.3", "Agree a pipeline reprioritisation process with the Business Board.\n"
                 "Report the outcome to the Combined Authority in February.",
       "Director of Economy / Head of Business Growth", d(2026, 1, 31), AMBER, None,
       "Business Board workshop moved from November to January.")]),
    ("SR02 – Bus reform and franchising assessment",
     "If the statutory franchising assessment is not robust, the Mayor may be unable to make a lawful "
     "decision on bus reform, leading to challenge and delay.",
     "Director of Transport", 15, 12, 6, "↑",
     [("SR02.1", "Procure specialist legal and financial advisers for the franchising assessment",
       "Director of Transport", d(2025, 9, 30), None, "Complete",
       "Contract awarded 3 November 2025."),
      ("SR02.2", "Publish the bus franchising assessment for consultation",
       "Director of Transport", "June 2026", GREEN, None,
       "Data requests issued to operators.")]),
    ("SR03 – Cyber security and information governance",
     "If systems and data are not adequately protected, a cyber incident or data breach could disrupt "
     "services and cause financial and reputational harm.",
     "Head of Digital, Data and Technology", 20, 12, 9, "↔",
     [("SR03.1", "Achieve Cyber Essentials Plus accreditation",
       "Head of Digital, Data and Technology", d(2026, 3, 31), AMBER, None,
       "Pre-assessment identified 11 remediation items."),
      ("SR03.2", "Deliver mandatory data protection training to all staff and Members",
       "Data Protection Officer; Head of Legal and Governance", "Ongoing", GREEN, None,
       "94% staff completion; Member sessions booked.")]),
    ("SR04 – Organisational capacity and workforce",
     "If the Combined Authority cannot recruit and retain staff with the right skills, it will be unable "
     "to deliver the Mayor’s priorities and statutory functions.",
     "Chief Executive", 16, 16, 9, "↑",
     [("SR04.1", "Implement the 2025–27 Workforce Plan, including recruitment to 14 permanent posts",
       "Head of HR", d(2026, 4, 30), RED, None,
       "Only 5 of 14 posts filled; second recruitment campaign launched."),
      ("SR04.2", "Reduce reliance on interim staff to below 10% of the establishment",
       "Chief Executive", "Sept 2026", GREEN, None,
       "Interim staff currently 17% of establishment.")]),
]


def score_fill(v):
    return fill(RED if v >= 15 else AMBER if v >= 8 else GREEN)


def make_yny():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover & key"
    ws["A1"] = "York and North Yorkshire Combined Authority – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 review, reported to the Audit and Governance Committee on 2 December 2025"
    ws["A4"] = "Risk scores are Likelihood (1–5) x Impact (1–5). Red 15–25, Amber 8–14, Green 1–7."
    ws["A6"] = "Action status key"
    ws["A6"].font = Font(bold=True)
    key = [(GREEN, "On track"), (AMBER, "Some slippage – within tolerance"),
           (RED, "Off track / overdue"), (BLUE, "Complete")]
    for i, (colr, txt) in enumerate(key, start=7):
        ws.cell(i, 1).fill = fill(colr)
        ws.cell(i, 1).border = BOX
        ws.cell(i, 2, txt)
    ws["A12"] = "Version control"
    ws["A12"].font = Font(bold=True)
    vc = [("Version", "Date", "Change"), ("1.0", "03/06/2025", "Annual refresh approved by Chief Officers"),
          ("1.1", "18/11/2025", "Q2 review – SR02 score increased")]
    for i, rr in enumerate(vc, start=13):
        for j, v in enumerate(rr, start=1):
            ws.cell(i, j, v).border = BOX
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 36
    ws.column_dimensions["C"].width = 45

    ws = wb.create_sheet("Heat map summary")
    ws["A1"] = "Strategic risks – current position"
    ws["A1"].font = Font(bold=True)
    hdr = ("Risk", "Risk owner", "Inherent", "Current", "Target", "Direction")
    for j, h in enumerate(hdr, start=1):
        ws.cell(3, j, h).font = Font(bold=True)
    for i, rk in enumerate(YNY_RISKS, start=4):
        vals = (rk[0], rk[2], rk[3], rk[4], rk[5], rk[6])
        for j, v in enumerate(vals, start=1):
            c = ws.cell(i, j, v)
            c.border = BOX
            if j in (3, 4, 5):
                c.fill = score_fill(v)
    ws.column_dimensions["A"].width = 50
    ws.column_dimensions["B"].width = 36

    ws = wb.create_sheet("Register")
    ws.merge_cells("A1:M1")
    ws["A1"] = "Strategic Risk Register – Q2 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["Risk", "Description (cause / event / consequence)", "Risk owner", "Inherent score",
               "Current score", "Target score", "Direction of travel", "Ref", "Further action required",
               "Action owner", "Target date", "Status", "Progress update Q2"]
    for col, h in enumerate(headers, start=1):
        c = ws.cell(2, col, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    r = 3
    for title, desc, owner, inh, cur, tgt, dot, acts in YNY_RISKS:
        first = r
        for ref, act, lead, date, colr, stext, upd in acts:
            vals = {8: ref, 9: act, 10: lead, 11: date, 13: upd}
            if stext:
                vals[12] = stext
            for col, v in vals.items():
                ws.cell(r, col, v)
            for col in range(1, 14):
                ws.cell(r, col).alignment = WRAP
                ws.cell(r, col).border = BOX
            if isinstance(date, dt.datetime):
                ws.cell(r, 11).number_format = "dd/mm/yyyy"
            if colr:
                ws.cell(r, 12).fill = fill(colr)
            r += 1
        for col, v in zip(range(1, 8), (title, desc, owner, inh, cur, tgt, dot)):
            ws.cell(first, col, v)
            if col in (4, 5, 6):
                ws.cell(first, col).fill = score_fill(v)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    for col, w in zip("ABCDEFGHIJKLM", [30, 45, 24, 9, 9, 9, 9, 8, 48, 30, 12, 9, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, YNY_FILE))


# ---------------------------------------------------------------------------
# 3. HMCTS - Common Platform programme highlight report (previous/current RAG)
# ---------------------------------------------------------------------------
HM_FILE = "oz2-hmcts-common-platform-programme-highlight-report.xlsx"
HM_MILESTONES = [
    ("group", "Workstream A: Crown Court functionality"),
    ("A1", "Deploy bail and custody time limit enhancements to all Crown Court sites",
     "Delivery Lead – Crown", d(2025, 9, 30), "Nov-25", "A", "A",
     "Regression defects found in pilot; fix in release 9.4."),
    ("A2", "Complete user acceptance testing of the revised case file upload journey",
     "Test Manager", d(2025, 10, 17), d(2025, 10, 17), "G", "B",
     "UAT signed off 17 October."),
    ("A3", "Go-live of probation pre-sentence report integration",
     "Product Owner (Crown) / Head of Integrations", d(2025, 12, 12), "Feb-26", "A", "R",
     "Dependency on probation case management system release; replan to Board in November."),
    ("group", "Workstream B: Magistrates’ courts and Single Justice Procedure"),
    ("B1", "Switch off legacy Libra functionality for traffic prosecutions",
     "Service Owner – Magistrates", d(2026, 1, 30), "TBC – dependent on CPS release", "A", "A",
     "CPS system change not yet scheduled."),
    ("B2", "Publish revised SJP guidance to prosecutors and court staff",
     "Head of Business Change", d(2025, 11, 28), d(2025, 11, 28), "G", "G",
     "Draft with legal team."),
    ("group", "Workstream C: Users, training and adoption"),
    ("C1", "Deliver refresher training to 1,200 legal advisers and court associates",
     "Training Lead; Regional Support Managers", d(2025, 12, 19), "Jan-26", "G", "A",
     "Trainer availability reduced over December."),
    ("C2", "Launch the user feedback survey and publish a ‘You said, we did’ summary",
     "Head of User Research", d(2025, 10, 31), d(2025, 10, 31), "G", "B",
     "Summary published on the intranet 30 October."),
    ("group", "Workstream D: Service stability"),
    ("D1", "Reduce P1/P2 incidents to fewer than 4 per month for three consecutive months",
     "Head of Live Service", d(2025, 12, 31), "Mar-26", "R", "A",
     "October: 3 incidents; September: 7."),
]
RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def make_hmcts():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws.merge_cells("A1:H1")
    ws["A1"] = "HM Courts & Tribunals Service – Common Platform Programme Highlight Report"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Period 7: 1–31 October 2025 | For Programme Board, 12 November 2025"
    info = [("Senior Responsible Owner", "Director, Crime Operations"),
            ("Programme Director", "Common Platform Programme Director"),
            ("Report date", d(2025, 11, 7)),
            ("Overall delivery confidence", "Amber")]
    for i, (k, v) in enumerate(info, start=4):
        ws.cell(i, 1, k).font = Font(bold=True)
        c = ws.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        ws.cell(i, 1).border = BOX
        c.border = BOX
    ws.cell(7, 2).fill = fill(AMBER)

    ws.cell(9, 1, "Status summary").font = Font(bold=True, size=12)
    sh = ["Dimension", "Last period", "This period", "Commentary"]
    for j, h in enumerate(sh, start=1):
        c = ws.cell(10, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    summary = [("Schedule", "A", "A", "Two milestones replanned (A3, D1)."),
               ("Cost", "G", "G", "Forecast within approved budget."),
               ("Scope", "G", "G", "No change requests this period."),
               ("Resources", "A", "R", "Three vacancies in the test team.")]
    for i, (dim, last, this, com) in enumerate(summary, start=11):
        ws.cell(i, 1, dim).border = BOX
        for j, v in ((2, last), (3, this)):
            c = ws.cell(i, j, v)
            c.fill = fill(RAG_FILL[v])
            c.alignment = Alignment(horizontal="center")
            c.border = BOX
        ws.cell(i, 4, com).border = BOX

    ws.cell(16, 1, "Milestones").font = Font(bold=True, size=12)
    mh = ["Ref", "Milestone / deliverable", "Owner", "Baseline date", "Forecast date",
          "Last period", "This period", "Commentary"]
    for j, h in enumerate(mh, start=1):
        c = ws.cell(17, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    r = 18
    for m in HM_MILESTONES:
        if m[0] == "group":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(r, 1, m[1])
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            r += 1
            continue
        ref, text, owner, base, fc, last, this, com = m
        for j, v in enumerate((ref, text, owner, base, fc, last, this, com), start=1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        for j, v in ((6, last), (7, this)):
            ws.cell(r, j).fill = fill(RAG_FILL[v])
            ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key: R = milestone will be missed without Board intervention; A = at risk, "
                  "recoverable by the programme; G = on track; B = complete.")
    ws.cell(r + 1, 1, "Decisions required from Programme Board: approve the replan of milestone A3 "
                      "(paper CP-PB-25-41).")
    for col, w in zip("ABCDEFGH", [26, 52, 30, 13, 18, 10, 10, 45]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("RAID summary")
    ws["A1"] = "Top risks and issues"
    ws["A1"].font = Font(bold=True)
    raid = [("ID", "Type", "Description", "Rating", "Trend"),
            ("R-112", "Risk", "Probation system release slips beyond February, delaying PSR integration", "High", "↑"),
            ("R-087", "Risk", "Loss of specialist test resource on contract expiry", "High", "↑"),
            ("I-031", "Issue", "Intermittent document upload failures at two Crown Court sites", "Medium", "↓")]
    for i, rr in enumerate(raid, start=3):
        for j, v in enumerate(rr, start=1):
            ws.cell(i, j, v).border = BOX
    ws.column_dimensions["C"].width = 70

    ws = wb.create_sheet("Finance")
    ws["A1"] = "Financial position (£m)"
    ws["A1"].font = Font(bold=True)
    fin = [("", "Budget 2025/26", "Forecast", "Variance"),
           ("Resource", 48.2, 47.9, -0.3), ("Capital", 21.5, 21.5, 0.0), ("Total", 69.7, 69.4, -0.3)]
    for i, rr in enumerate(fin, start=3):
        for j, v in enumerate(rr, start=1):
            ws.cell(i, j, v).border = BOX
    wb.save(os.path.join(HERE, HM_FILE))


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


def set_text(cell, text, bold=False, size=None):
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


# ---------------------------------------------------------------------------
# 4. Gresham's School - ISI post-inspection action plan (table per section)
# ---------------------------------------------------------------------------
GR_FILE = "oz2-greshams-school-isi-inspection-action-plan.docx"
GR_SECTIONS = [
    ("1. Leadership and management, and governance",
     "Ensure that self-evaluation at department level is consistently used to identify and share the "
     "most effective teaching practice across the school.",
     [("1.1", "Introduce a common department self-evaluation template linked to the school’s teaching "
              "and learning priorities", "Deputy Head (Academic)", "Summer term 2025",
       "All departments complete the template by the end of the Summer term",
       "Template issued in May; 14 of 14 departments returned.", "B"),
      ("1.2", "Hold termly cross-department ‘open classroom’ weeks and record the practice shared",
       "Deputy Head (Academic) / Heads of Department", "Termly",
       "Every teacher observes at least one colleague in another department each year",
       "First open classroom week held 9–13 June.", "G")]),
    ("2. Quality of education, training and outcomes",
     "Ensure that pupils with special educational needs and/or disabilities (SEND) in the sixth form "
     "receive consistently well-matched support in lessons.",
     [("2.1", "Share individual learning profiles for all sixth-form pupils with SEND with every "
              "teacher of those pupils", "SENCo", "September 2025",
       "Profiles available on the MIS for 100% of identified pupils",
       "Profiles uploaded for Lower and Upper Sixth.", "B"),
      ("2.2", "Deliver INSET on adaptive teaching strategies for sixth-form subject teachers",
       "SENCo; Head of Sixth Form", "Autumn term 2025",
       "Lesson drop-ins show adaptive strategies in use in most lessons",
       "INSET moved from September to November because of timetable changes.", "A"),
      ("2.3", "Add a SEND support check to the sixth-form academic review cycle",
       "Director of Studies", "July 2025",
       "Academic reviews record the support in place for each pupil with SEND",
       "Review form amended; first use in July reviews.", "G")]),
    ("3. Pupils’ physical and mental health and emotional wellbeing",
     "Strengthen the consistency of weekend activities for boarders across the boarding houses.",
     [("3.1", "Publish a single weekend activities programme open to boarders from all houses",
       "Deputy Head (Pastoral) / Head of Boarding", "Summer term 2025",
       "Boarder survey shows at least 80% satisfaction with weekend activities",
       "Programme published for the Summer term; survey planned for July.", "G"),
      ("3.2", "Monitor attendance at weekend activities by house and report to the Pastoral Committee",
       "Head of Boarding", "Ongoing",
       "Attendance data reviewed at each Pastoral Committee meeting",
       "Data collected since April.", "G")]),
]


def make_greshams():
    doc = Document()
    doc.add_heading("Gresham’s School: Action Plan following ISI Inspection, February 2025", level=0)
    doc.add_paragraph("Approved by the Education Committee of the Governing Body, 20 March 2025. "
                      "Progress updated for the Education Committee, June 2025.")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.2"), ("Owner", "Deputy Head (Academic)"),
                                ("Approved by", "Education Committee, 20 March 2025"),
                                ("Next review", "Education Committee, October 2025")]):
        set_text(t.rows[i].cells[0], k, bold=True)
        set_text(t.rows[i].cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v, colr) in enumerate([("B", "Completed", BLUE), ("G", "On track", GREEN),
                                      ("A", "Some delay – action being taken", AMBER),
                                      ("R", "Significant concern – escalate to Head", RED)]):
        set_text(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], colr)
        set_text(t.rows[i].cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph("The inspection found that the school meets the Independent School Standards and the "
                      "National Minimum Standards for Boarding Schools. The plan below responds to the "
                      "recommended next steps in the report.")
    headers = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Progress (June 2025)", "RAG"]
    for sec, rec, acts in GR_SECTIONS:
        doc.add_heading(sec, level=1)
        t = doc.add_table(rows=2 + len(acts), cols=len(headers))
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
        set_text(top, rec, bold=True)
        shade(top, "DEEAF6")
        for j, h in enumerate(headers):
            set_text(t.rows[1].cells[j], h, bold=True)
            shade(t.rows[1].cells[j], GREY)
        for i, a in enumerate(acts, start=2):
            for j, v in enumerate(a):
                set_text(t.rows[i].cells[j], v)
            shade(t.rows[i].cells[6], RAG_FILL[a[6]])
        doc.add_paragraph()
    doc.add_paragraph("Next review: Education Committee, October 2025.")
    doc.save(os.path.join(HERE, GR_FILE))


# ---------------------------------------------------------------------------
# 5. Glastonbury Town Council - internal audit action plan (AGAR objective rows,
#    recommendation merged over two actions)
# ---------------------------------------------------------------------------
GL_FILE = "oz2-glastonbury-town-council-internal-audit-action-plan-2024-25.docx"
GL_ROWS = [
    ("section", "B. Financial Regulations, payments and VAT"),
    ("rec", "Financial Regulations were last reviewed in 2019 and do not reflect the current NALC model. "
            "The Council should adopt updated Financial Regulations.",
     [("1a", "Town Clerk to prepare draft Financial Regulations based on the NALC 2024 model for the "
             "Finance and Policy Committee", "Town Clerk", "September 2025", "Completed"),
      ("1b", "Full Council to adopt the revised Financial Regulations", "Full Council", "21/10/2025",
       "On track")]),
    ("section", "C. Risk management and insurance"),
    ("rec", "The risk register has not been reviewed by Council since March 2023. It should be reviewed "
            "and approved at least annually.",
     [("2", "Review the risk register at the Finance and Policy Committee and recommend it to Full Council",
       "Town Clerk / Deputy Clerk", "Nov-25", "On track")]),
    ("rec", "Insurance cover for the Town Hall should be checked against a current reinstatement valuation.",
     [("3", "Obtain a reinstatement valuation for the Town Hall and update the insurance schedule",
       "Deputy Clerk", "31/03/2026", "Not started")]),
    ("section", "G. Salaries and payroll"),
    ("rec", "Payroll changes are processed without a second authorisation. Pay variations should be "
            "approved by a member of the Staffing Committee before processing.",
     [("4a", "Introduce a pay variation form signed by the Chair of the Staffing Committee", "RFO",
       "July 2025", "Completed"),
      ("4b", "Internal auditor to re-test payroll controls at the 2025/26 interim audit", "RFO",
       "December 2025", "On track")]),
    ("section", "H. Asset register"),
    ("rec", "The asset register does not include the Christmas lights and street furniture acquired "
            "in 2024/25.",
     [("5", "Update the asset register and present it to Council with the year-end accounts", "RFO",
       "By 31 March 2026", "Not started")]),
    ("section", "L. Transparency and publication"),
    ("rec", "The Council’s website does not publish all items required by the Transparency Code for "
            "smaller authorities.",
     [("6", "Publish all items of expenditure over £500 and the annual internal audit report on the "
            "website", "Deputy Clerk", "Monthly", "On track")]),
]


def make_glastonbury():
    doc = Document()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Glastonbury Town Council – Internal Audit 2024/25: Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("The internal auditor’s report for 2024/25 was received by Full Council on 24 June 2025. "
                      "This action plan records the Council’s response and is reported to each meeting of "
                      "the Finance and Policy Committee. Status as at 5 September 2025.")
    headers = ["Item", "Internal auditor’s recommendation", "Action agreed by Council", "Responsible",
               "Target date", "Status"]
    nrows = 1
    for row in GL_ROWS:
        nrows += 1 if row[0] == "section" else len(row[2])
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(headers):
        set_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "C6E0B4")
    i = 1
    for row in GL_ROWS:
        if row[0] == "section":
            c = t.rows[i].cells[0].merge(t.rows[i].cells[5])
            set_text(c, row[1], bold=True)
            shade(c, GREY)
            i += 1
            continue
        _, rec, acts = row
        first = i
        for item, act, resp, date, status in acts:
            cells = t.rows[i].cells
            set_text(cells[0], item)
            set_text(cells[2], act)
            set_text(cells[3], resp)
            set_text(cells[4], date)
            set_text(cells[5], status)
            i += 1
        rc = t.rows[first].cells[1]
        if i - 1 > first:
            rc = rc.merge(t.rows[i - 1].cells[1])
        set_text(rc, rec)
    doc.add_paragraph()
    doc.add_paragraph("Summary: 8 actions – 2 completed, 4 on track, 2 not started.")
    doc.add_paragraph("Completed items will be removed from the plan once the Committee has noted them.")
    doc.save(os.path.join(HERE, GL_FILE))


# ---------------------------------------------------------------------------
# 6. Peak District NPA - internal audit tracker (CSV export, fill-down audit name,
#    continuation row with blank recommendation, totals block)
# ---------------------------------------------------------------------------
PD_FILE = "oz2-peak-district-npa-internal-audit-recommendations-tracker.csv"
PD_HEADER = ["Audit", "Ref", "Priority", "Recommendation", "Agreed action", "Responsible officer",
             "Original due date", "Revised due date", "RAG", "Latest update"]
PD_ROWS = [
    ["Procurement and Contract Management (2024/25)", "PCM/1", "High",
     "Contracts above £25,000 were awarded without evidence of three written quotations or a formal tender.",
     "Revise Contract Standing Orders and issue guidance to budget holders on quotation and tender thresholds.",
     "Head of Finance", "31/03/2025", "30/09/2025", "Complete",
     "Revised Contract Standing Orders adopted by the Authority on 12 September 2025."],
    ["", "PCM/2", "Medium",
     "The contracts register is incomplete and is not published in line with the Local Government Transparency Code.",
     "Complete the contracts register and publish it quarterly on the Authority's website.",
     "Head of Finance / Procurement Officer", "30/06/2025", "31/12/2025", "Amber",
     "Register 80% complete; first publication planned for December."],
    ["Cyber Security (2024/25)", "CS/1", "High",
     "Multi-factor authentication is not enforced for all remote access accounts.",
     "Enforce MFA for all staff and Member accounts, including legacy service accounts.",
     "ICT Manager", "31/05/2025", "", "Complete", "MFA enforced from 19 May 2025."],
    ["", "CS/2a", "Medium",
     "There is no tested ICT disaster recovery plan.",
     "Document an ICT disaster recovery plan aligned to the Business Continuity Plan.",
     "ICT Manager", "30/09/2025", "31/01/2026", "Amber", "Draft plan with SLT for comment."],
    ["", "CS/2b", "",
     "",
     "Carry out a test restore of core systems and report the results to the Senior Leadership Team.",
     "ICT Manager; Head of Information Management", "31/03/2026", "", "Green", "Test scheduled for February 2026."],
    ["Visitor Centres – Income and Stock (2023/24)", "VC/1", "Medium",
     "Stock counts at the Castleton and Bakewell visitor centres are not reconciled to the EPOS system.",
     "Introduce quarterly stock reconciliations signed off by the Visitor Centres Manager.\n"
     "Report variances over £250 to the Head of Finance.",
     "Visitor Experience Development Manager", "31/12/2024", "30/11/2025", "Red",
     "Q2 reconciliation not completed because of a staff vacancy."],
    ["", "VC/2", "Low",
     "Till refund authorisation limits are not documented.",
     "Document refund limits in the visitor centre cash handling procedures.",
     "Visitor Experience Development Manager", "31/03/2025", "", "Complete", "Procedures updated March 2025."],
    ["Planning Enforcement (2024/25)", "PE/1", "Medium",
     "Enforcement cases are not prioritised in line with the adopted Local Enforcement Plan.",
     "Review the Local Enforcement Plan and introduce a priority rating for all open cases.",
     "Head of Planning", "Mar 2026", "", "Green", "Review under way; report to Planning Committee in March."],
]


def csv_line(fields, width):
    fields = list(fields) + [""] * (width - len(fields))
    out = []
    for f in fields:
        f = str(f)
        if any(ch in f for ch in ',"\n'):
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return ",".join(out)


def make_peak_district():
    w = len(PD_HEADER)
    lines = [csv_line(["Peak District National Park Authority – Internal Audit Recommendations Tracker"], w),
             csv_line(["Audit, Resources and Performance Committee – position at 31 October 2025"], w),
             csv_line([], w),
             csv_line(PD_HEADER, w)]
    for row in PD_ROWS:
        lines.append(csv_line(row, w))
    lines.append(csv_line([], w))
    lines.append(csv_line(["Summary"], w))
    for k, v in [("Total actions", 8), ("Complete", 3), ("Green", 2), ("Amber", 2), ("Red", 1)]:
        lines.append(csv_line([k, v], w))
    lines.append(csv_line(["Key: Complete = implemented and verified by internal audit; Green = on track; "
                           "Amber = revised date agreed; Red = overdue against revised date."], w))
    with open(os.path.join(HERE, PD_FILE), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Royal Voluntary Service - board of trustees action log (tab-separated text,
#    meeting section lines)
# ---------------------------------------------------------------------------
RV_FILE = "oz2-royal-voluntary-service-board-of-trustees-action-log.txt"
RV_ROWS = [
    ("section", "BOARD MEETING – 18 JUNE 2025"),
    ("25/14", "6.2", "Bring the revised volunteer expenses policy to the Board for approval",
     "Director of Volunteering", "Sep-25", "B", "Approved 24 September 2025 (minute 4.1)."),
    ("25/15", "7.1", "Circulate the NHS volunteering contract extension risk assessment to all trustees",
     "CEO", "Jul-25", "B", "Circulated 2 July 2025."),
    ("25/16", "8.3", "Commission an independent review of the retail estate and report back with options",
     "CFO/Director of Retail", "Dec-25", "A", "Review team appointed; report now expected in February 2026."),
    ("section", "BOARD MEETING – 24 SEPTEMBER 2025"),
    ("25/21", "3.2", "Add safeguarding case data by region to the quarterly Safeguarding Report",
     "Head of Safeguarding", "Dec-25", "G", "Regional data included in the draft Q3 report."),
    ("25/22", "5.1", "Arrange a trustee visit to a hospital café and shop in the Midlands",
     "Company Secretary", "TBC", "G", "Dates being agreed with the NHS trust."),
    ("25/23", "5.4", "Refresh the Board skills audit and propose a plan to recruit two trustees with digital expertise",
     "Chair, Company Secretary", "Mar-26", "G", "Skills questionnaire issued 6 October."),
    ("25/24", "6.1", "Present the 2026/27 budget assumptions, including the impact of employer National Insurance and National Living Wage increases",
     "CFO", "Next meeting", "G", "On the agenda for 10 December."),
    ("25/25", "7.2", "Review the trend in data protection breaches and report to the Audit & Risk Committee",
     "Head of Information Governance", "Nov-25", "R", "Not yet done – deferred to the January ARC."),
]


def make_rvs():
    lines = ["Royal Voluntary Service – Board of Trustees Action Log",
             "Updated for the Board meeting on 10 December 2025",
             "Status key: B = complete (to be closed), G = on track, A = at risk of slipping, R = overdue",
             "",
             "\t".join(["No.", "Minute", "Action", "Owner", "Due", "Status", "Update"])]
    for row in RV_ROWS:
        if row[0] == "section":
            lines.append(row[1])
        else:
            lines.append("\t".join(row))
    lines += ["",
              "Actions closed at the September meeting: 25/09, 25/11, 25/12.",
              "Prepared by the Company Secretary."]
    with open(os.path.join(HERE, RV_FILE), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_southern_water()
    make_yny()
    make_hmcts()
    make_greshams()
    make_glastonbury()
    make_peak_district()
    make_rvs()
    print("built 7 files in", HERE)
