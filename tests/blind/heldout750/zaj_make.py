"""Build the seven zaj- blind test files (set heldout750).

Run with /work/main/.venv/bin/python from any directory; files are written beside this script.
Only files whose names start with "zaj-" are written.
"""
import csv
import datetime as dt
import os

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "head": "1F3864",
    "band": "D9E1F2",
    "grey": "E7E6E6",
}


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Southern Internal Audit Partnership - EQA improvement plan (xlsx)
# ---------------------------------------------------------------------------
SIAP_TITLE = "Southern Internal Audit Partnership – External Quality Assessment Improvement Plan"
SIAP = [
    ("domain", "Domain II: Ethics and Professionalism"),
    ("rec", "Recommendation 1: Refresh the annual ethics declaration so that every auditor confirms conformance with "
            "the Ethics and Professionalism principles, and record a conflict of interest check before each engagement."),
    ("act", "1.1", "1.1, 2.2", "Update the annual declaration form to reflect GIAS Principles 1 to 5 and re-issue it to all staff.",
     "Deputy Head of Partnership", d(2026, 3, 31), None,
     "Revised form issued 2 March 2026; 41 of 43 returns received.", "blue"),
    ("act", "1.2", "2.2", "Add an engagement-level conflict of interest confirmation to the planning record in the audit management system.",
     "Audit Manager (Quality & Methodology)", d(2026, 4, 30), None,
     "Field built in test environment; go-live planned for April release.", "green"),
    ("domain", "Domain III: Governing the Internal Audit Function"),
    ("rec", "Recommendation 2: Agree with each partner organisation how the Essential Conditions will be met and "
            "record this in a refreshed Internal Audit Charter."),
    ("act", "2.1", "6.1, 6.2", "Revise the Internal Audit Charter template to include the Essential Conditions and the board’s role in approving the internal audit mandate.",
     "Head of Partnership", d(2026, 3, 31), d(2026, 6, 30),
     "Template drafted; awaiting comments from the Chief Financial Officers’ group.", "amber"),
    ("act", "2.2", "6.1", "Present the revised Charter to each partner audit committee for approval.",
     "Head of Partnership / Deputy Head of Partnership", d(2026, 6, 30), d(2026, 9, 30),
     "Committee dates being scheduled for June to September cycle.", "green"),
    ("rec", "Recommendation 3: Report to audit committees at least annually on the resources available to the "
            "partnership and the impact of any shortfall on the annual opinion."),
    ("act", "3.1", "8.2", "Include a resourcing statement and skills analysis in the annual internal audit strategy and plan.",
     "Deputy Head of Partnership", d(2026, 3, 31), None,
     "Included in 2026/27 plans presented to all partner committees in March.", "blue"),
    ("domain", "Domain IV: Managing the Internal Audit Function"),
    ("rec", "Recommendation 4: Develop an internal audit strategy that sets out the partnership’s vision, "
            "strategic objectives and supporting initiatives."),
    ("act", "4.1", "9.2", "Draft the Internal Audit Strategy 2026–2029 and consult partner Chief Financial Officers.",
     "Head of Partnership", d(2026, 6, 30), None,
     "First draft discussed at the Partnership Board in February 2026.", "green"),
    ("act", "4.2", "9.2, 12.1", "Develop performance measures to track delivery of the strategy and report them quarterly.",
     "Audit Manager (Quality & Methodology)", d(2026, 9, 30), None,
     "Not yet started – follows approval of the strategy.", None),
    ("rec", "Recommendation 5: Strengthen the quality assurance and improvement programme so that the results of "
            "internal assessments are reported to audit committees."),
    ("act", "5.1", "8.3", "Complete the annual internal self-assessment against the GIAS and the UK Public Sector Application Note.",
     "Audit Manager (Quality & Methodology)", d(2026, 5, 31), None,
     "Self-assessment workbook 60% complete.", "green"),
    ("act", "5.2", "8.3, 11.3", "Report QAIP results, including progress against this plan, in the Annual Internal Audit Report and Opinion.",
     "Head of Partnership", d(2026, 7, 31), None,
     "Section drafted for 2025/26 annual reports.", "green"),
    ("domain", "Domain V: Performing Internal Audit Services"),
    ("rec", "Recommendation 6: Evidence the consideration of root cause in engagement findings and document how "
            "the priority of each finding is determined."),
    ("act", "6.1", "14.3", "Amend the audit report template to include a root cause field for each management action.",
     "Audit Manager (Quality & Methodology)", d(2026, 1, 31), None,
     "New template in use for all reports issued from February 2026.", "blue"),
    ("act", "6.2", "14.3, 3.2", "Deliver root cause analysis training to all audit staff.",
     "Deputy Head of Partnership; Learning and Development Lead", d(2026, 2, 28), d(2026, 4, 30),
     "Training provider withdrew; sessions rebooked for April 2026.", "red"),
]


def make_siap(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = SIAP_TITLE
    cov["A1"].font = Font(bold=True, size=14, color=FILL["head"])
    cov["A3"] = "Assessment against the Global Internal Audit Standards in the UK Public Sector"
    cov["A4"] = "Overall assessment: Generally Conforms"
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Presented to"),
        ("1.0", "15/01/2026", "Deputy Head of Partnership", "Partner audit committees – January 2026 cycle"),
        ("1.1", "31/03/2026", "Audit Manager (Quality & Methodology)", "Partner audit committees – progress update"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(FILL["grey"])
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("blue", "Complete"), ("green", "On track to meet target date"),
           ("amber", "At risk – revised date agreed"), ("red", "Off track or overdue"),
           (None, "Not yet started")]
    for i, (col, meaning) in enumerate(key):
        c = cov.cell(row=12 + i, column=1, value=None)
        c.border = BOX
        if col:
            c.fill = fill(FILL[col])
        cov.cell(row=12 + i, column=2, value=meaning).border = BOX
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 34
    cov.column_dimensions["C"].width = 38
    cov.column_dimensions["D"].width = 48

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = SIAP_TITLE
    ws["A1"].font = Font(bold=True, size=13, color=FILL["head"])
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress as at 31 March 2026"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "GIAS Standard", "Agreed action", "Owner", "Original target date",
             "Revised target date", "Progress update", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for item in SIAP:
        if item[0] == "domain":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = fill(FILL["band"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif item[0] == "rec":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, std, text, owner, orig, rev, prog, rag = item
            vals = [ref, std, text, owner, orig, rev, prog, None]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=8).fill = fill(FILL[rag])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: dates in the revised column have been agreed with the Head of Partnership; "
                                   "the original target is retained for audit trail.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", (7, 11, 50, 28, 13, 13, 44, 7)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by RAG status"
    sm["A1"].font = Font(bold=True)
    acts = [i for i in SIAP if i[0] == "act"]
    counts = [("Complete", "blue"), ("On track", "green"), ("At risk", "amber"),
              ("Off track", "red"), ("Not yet started", None)]
    sm["A3"], sm["B3"] = "Status", "Number of actions"
    sm["A3"].font = sm["B3"].font = Font(bold=True)
    for i, (label, col) in enumerate(counts):
        sm.cell(row=4 + i, column=1, value=label)
        sm.cell(row=4 + i, column=2, value=sum(1 for a in acts if a[8] == col))
    sm.cell(row=9, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=9, column=2, value=len(acts)).font = Font(bold=True)
    sm.column_dimensions["A"].width = 20
    sm.column_dimensions["B"].width = 18
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Children's Hearings Scotland - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
CHS_TITLE = "Children’s Hearings Scotland – Corporate Risk Register 2025/26"
CHS = [
    ("Strategic risks", [
        {
            "risk": "SR01: Panel member recruitment and retention",
            "desc": "Cause: fewer volunteers applying and higher turnover after the first year.\n"
                    "Event: insufficient panel members in some local areas.\n"
                    "Consequence: hearings deferred and children’s decisions delayed.",
            "owner": "Depute Chief Executive",
            "inh": (4, 4), "controls": "Annual national recruitment campaign; Area Support Team recruitment plans; "
                                       "volunteer wellbeing offer.",
            "res": (3, 4), "target": 8,
            "actions": [
                ("SR01.1", "Deliver the autumn 2025 national recruitment campaign, targeting areas with the lowest panel numbers.\n"
                           "Target: 400 new panel members appointed.",
                 "Head of Volunteer Experience", d(2026, 6, 30), "A"),
                ("SR01.2", "Introduce a volunteer exit survey and report the themes to the Board quarterly.",
                 "Volunteer Experience Manager", d(2025, 12, 31), "B"),
            ],
        },
        {
            "risk": "SR02: Delivery of hearings system redesign",
            "desc": "Cause: legislative and policy change to the hearings system.\n"
                    "Event: CHS is unable to implement redesign within available resources.\n"
                    "Consequence: reputational damage and failure to keep The Promise.",
            "owner": "National Convener",
            "inh": (4, 5), "controls": "Joint redesign board with SCRA; Scottish Government sponsor meetings; "
                                       "programme risk log.",
            "res": (3, 5), "target": 10,
            "actions": [
                ("SR02.1", "Agree a joint programme plan and governance with SCRA and the Scottish Government for the redesign workstreams.",
                 "National Convener", d(2025, 9, 30), "B"),
                ("SR02.2", "Complete the pilot of salaried chairing in two local authority areas and evaluate the findings.",
                 "Head of Practice and Learning", "March 2026", "G"),
                ("SR02.3", "Model the financial and workforce impact of redesign options for the 2026/27 budget submission.",
                 "Head of Finance / Head of Practice and Learning", "Q3 2025/26", "G"),
            ],
        },
    ]),
    ("Operational risks", [
        {
            "risk": "OR03: Cyber security and information governance",
            "desc": "Cause: phishing and ransomware attacks on public bodies.\n"
                    "Event: loss or disclosure of children’s personal data held on CHS systems.\n"
                    "Consequence: harm to children and families, ICO enforcement action.",
            "owner": "Head of Corporate Services",
            "inh": (4, 5), "controls": "Cyber Essentials Plus; mandatory data protection learning; managed devices "
                                       "for panel members.",
            "res": (2, 5), "target": 10,
            "actions": [
                ("OR03.1", "Achieve Cyber Essentials Plus re-certification.",
                 "Digital Services Manager", d(2026, 3, 31), "G"),
                ("OR03.2", "Run a phishing simulation and targeted training for panel members using CHS devices.",
                 "Digital Services Manager / Information Governance Lead", d(2026, 1, 31), "R"),
            ],
        },
        {
            "risk": "OR04: Financial sustainability",
            "desc": "Cause: flat cash grant-in-aid and pay pressures.\n"
                    "Event: CHS cannot balance its budget.\n"
                    "Consequence: reduction in learning and support for panel members.",
            "owner": "Head of Finance",
            "inh": (4, 4), "controls": "Monthly budget monitoring; savings plan; sponsor engagement.",
            "res": (3, 3), "target": 6,
            "actions": [
                ("OR04.1", "Deliver the 2025/26 savings plan of £180k without reducing panel member learning provision.",
                 "Head of Finance", d(2026, 3, 31), "A"),
                ("OR04.2", "Refresh the medium-term financial plan after each Scottish Budget announcement.",
                 "Head of Finance", "Ongoing", "G"),
            ],
        },
    ]),
]


def make_chs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = CHS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reviewed by the Audit and Risk Management Committee – 25 November 2025"
    ws["A2"].font = Font(italic=True)
    h1 = ["Ref", "Risk", "Description", "Risk owner", "Inherent risk", None, None, "Current controls",
          "Residual risk", None, None, "Target score", "Further action required", "Action owner",
          "Due date", "Action RAG"]
    h2 = [None, None, None, None, "L", "I", "Score", None, "L", "I", "Score", None, None, None, None, None]
    for j, (a, b) in enumerate(zip(h1, h2)):
        for rr, v in ((4, a), (5, b)):
            c = ws.cell(row=rr, column=1 + j, value=v)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("2F5597")
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            c.border = BOX
    ws.merge_cells("E4:G4")
    ws.merge_cells("I4:K4")
    for col in "ABCDHLMNOP":
        ws.merge_cells(f"{col}4:{col}5")
    r = 6
    for group, risks in CHS:
        ws.cell(row=r, column=1, value=group).font = Font(bold=True, size=12)
        for j in range(1, 17):
            ws.cell(row=r, column=j).fill = fill(FILL["band"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=16)
        r += 1
        for rk in risks:
            n = len(rk["actions"])
            first = r
            for k, (ref, text, owner, due, rag) in enumerate(rk["actions"]):
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=13, value=text)
                ws.cell(row=r, column=14, value=owner)
                c = ws.cell(row=r, column=15, value=due)
                if isinstance(due, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=16, value=rag)
                c.alignment = Alignment(horizontal="center", vertical="top")
                c.fill = fill({"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}[rag])
                r += 1
            li, ii = rk["inh"]
            lr, ir = rk["res"]
            vals = {2: rk["risk"], 3: rk["desc"], 4: rk["owner"], 5: li, 6: ii, 7: li * ii, 8: rk["controls"],
                    9: lr, 10: ir, 11: lr * ir, 12: rk["target"]}
            for col, v in vals.items():
                ws.cell(row=first, column=col, value=v)
                if n > 1:
                    ws.merge_cells(start_row=first, start_column=col, end_row=first + n - 1, end_column=col)
            ws.cell(row=first, column=2).font = Font(bold=True)
            for rr in range(first, first + n):
                for j in range(1, 17):
                    c = ws.cell(row=rr, column=j)
                    c.border = BOX
                    if j != 16:
                        c.alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="L = likelihood, I = impact (1–5). Scores of 15 and above are reported to the Board. "
                                   "Action RAG: B = complete, G = on track, A = some slippage, R = overdue.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHIJKLMNOP", (9, 24, 42, 20, 4, 4, 6, 32, 4, 4, 6, 8, 48, 26, 12, 8)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C6"

    km = wb.create_sheet("Scoring matrix")
    km["A1"] = "Risk scoring matrix (likelihood x impact)"
    km["A1"].font = Font(bold=True)
    for i in range(5):
        km.cell(row=3, column=2 + i, value=i + 1).font = Font(bold=True)
        km.cell(row=4 + i, column=1, value=5 - i).font = Font(bold=True)
        for j in range(5):
            s = (5 - i) * (j + 1)
            c = km.cell(row=4 + i, column=2 + j, value=s)
            c.fill = fill(FILL["red"] if s >= 15 else FILL["amber"] if s >= 8 else FILL["green"])
            c.border = BOX
    km["A10"] = "Rows: likelihood; columns: impact."
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Tower Hamlets Community Housing - fire safety remediation plan (xlsx, refuse)
# ---------------------------------------------------------------------------
THCH_TITLE = "Fire Safety Remediation Action Plan"
THCH = [
    ("ws", "1. Fire risk assessment programme"),
    ("act", "1.1", "Complete Type 1 fire risk assessments for all 312 blocks with communal areas.",
     "Fire Safety Manager", "March 2025", "June 2025", "B",
     "All 312 FRAs completed; certificates uploaded to the compliance system."),
    ("act", "1.2", "Move all blocks over 18 metres to an annual FRA review cycle.",
     "Fire Safety Manager", "April 2025", None, "B", "Schedule updated; 9 blocks now on annual cycle."),
    ("ws", "2. Remedial actions"),
    ("act", "2.1", "Clear all overdue high-priority FRA actions.",
     "Building Safety Manager", "June 2025", "December 2025", "A",
     "37 high-priority actions still open; 22 awaiting leaseholder access."),
    ("act", "2.2", "Replace non-compliant flat entrance doors in 14 high-rise blocks (Phase 1).",
     "Head of Asset Management", "December 2025", None, "G", "Contractor on site at 9 of 14 blocks."),
    ("act", "2.3", "Install premises information boxes at all blocks over 11 metres.",
     "Fire Safety Manager", "July 2025", "Janaury 2026", "A",
     "Supply delay; installation programme agreed with London Fire Brigade."),
    ("ws", "3. Data and assurance"),
    ("act", "3.1", "Migrate FRA actions from spreadsheets into the compliance module of the housing management system.",
     "Head of Compliance Data", "March 2026", None, "G", "Data cleansing 70% complete."),
    ("act", "3.2", "Commission independent assurance of the evidence used to close FRA actions.",
     "Director of Property Services / Head of Internal Audit", "January 2026", None, "G",
     "Scope agreed with internal auditors; fieldwork in December."),
    ("ws", "4. Residents"),
    ("act", "4.1", "Carry out person-centred fire risk assessments for residents identified as at higher risk.",
     "Tenancy Sustainment Manager", "Ongoing", None, "G", "48 PCFRAs completed this quarter."),
    ("act", "4.2", "Publish fire safety information in the five most-used community languages.",
     "Resident Engagement Lead", "November 2025", None, "A", "Translations received for three languages."),
]
THCH_REFUSE_ROW = None


def make_thch(path):
    global THCH_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Tower Hamlets Community Housing"
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws["A2"] = THCH_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Board assurance report – Audit & Risk Committee, November 2025. Prepared by: Head of Building Safety"
    ws["A5"] = "Overdue FRA remedial actions (as at 31 October 2025)"
    ws["A5"].font = Font(bold=True)
    summary = [("Priority", "Overdue actions", "Change since last report"),
               ("High", 37, -19), ("Medium", 412, -88), ("Low", 1206, -140), ("Total", 1655, -247)]
    for i, row in enumerate(summary):
        for j, v in enumerate(row):
            c = ws.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, 4):
                c.font = Font(bold=True)
    heads = ["Ref", "Action", "Lead", "Original target", "Revised target", "RAG", "Update"]
    hr = 12
    for j, h in enumerate(heads):
        c = ws.cell(row=hr, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
    r = hr + 1
    for item in THCH:
        if item[0] == "ws":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            for j in range(1, 8):
                ws.cell(row=r, column=j).fill = fill(FILL["grey"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            _, ref, text, lead, orig, rev, rag, upd = item
            for j, v in enumerate([ref, text, lead, orig, rev, rag, upd]):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=6).fill = fill({"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"],
                                                  "R": FILL["red"]}[rag])
            if rev == "Janaury 2026":
                THCH_REFUSE_ROW = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete, G = on track, A = at risk, R = off track. "
                                   "Revised targets agreed by the Executive Director of Property.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", (8, 55, 30, 15, 15, 6, 48)):
        ws.column_dimensions[col].width = w
    wb.save(path)
    return THCH_REFUSE_ROW


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


def bold_row(row, hex_=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        if hex_:
            shade(c, hex_)


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


# ---------------------------------------------------------------------------
# 4. Nottinghamshire and City of Nottingham FRA - AGS action plan (docx)
# ---------------------------------------------------------------------------
NOTTS_TITLE = "Annual Governance Statement 2024/25 – Governance Improvement Action Plan"
NOTTS = [
    ("Issue 1: Financial sustainability and the Medium-Term Financial Strategy",
     "The 2025/26 budget was balanced using £1.1m of general reserves and the Medium-Term Financial Strategy "
     "shows a funding gap from 2026/27 onwards.",
     [("1.1", "Develop a savings and efficiency programme to close the 2026/27 budget gap, for approval by the Fire Authority.",
       "Treasurer to the Fire Authority", "February 2026",
       "Options considered by the Policy and Strategy Committee in December 2025; final proposals in the 2026/27 budget report.",
       "Green"),
      ("1.2", "Review the Reserves Strategy and the minimum level of general reserves.",
       "Treasurer to the Fire Authority", "31 December 2025",
       "Reserves Strategy approved by the Fire Authority on 12 December 2025.", "Complete")]),
    ("Issue 2: Implementation of the Procurement Act 2023",
     "The Procurement Act 2023 came into force on 24 February 2025 and requires changes to the Authority’s "
     "Contract Procedure Rules, notices and contract management.",
     [("2.1", "Update the Contract Procedure Rules and procurement templates to reflect the Procurement Act 2023 and the Procurement Regulations 2024.",
       "Head of Procurement and Resources / Monitoring Officer", "September 2025",
       "Revised Contract Procedure Rules adopted by the Fire Authority on 26 September 2025.", "Complete"),
      ("2.2", "Deliver Procurement Act training to all budget holders and contract managers.",
       "Head of Procurement and Resources", "December 2025\nRevised: March 2026",
       "Two of four sessions delivered; remaining sessions rescheduled due to trainer availability.", "Amber")]),
    ("Issue 3: Audit committee arrangements",
     "A review against the CIPFA Position Statement on audit committees (2022) found that the Finance and "
     "Resources Committee has no independent member.",
     [("3.1", "Recruit an independent member to the Finance and Resources Committee.",
       "Monitoring Officer", "Q3 2025/26",
       "Post advertised in November 2025; interviews now scheduled for February 2026.", "Red"),
      ("3.2", "Complete a self-assessment of the committee against the CIPFA good practice checklist and report the results to the Fire Authority.",
       "Treasurer to the Fire Authority", "March 2026",
       "Questionnaire issued to members in January 2026.", "Green")]),
    ("Issue 4: Cyber security and ICT resilience",
     "The 2024 cyber security health check identified vulnerabilities that require remediation, and the ICT "
     "disaster recovery plan has not been tested since the move to the Joint Headquarters.",
     [("4.1", "Complete the remediation plan arising from the cyber security health check, prioritising critical and high vulnerabilities.",
       "Head of ICT", "31/03/2026",
       "All critical items closed; 6 of 11 high items closed.", "Green"),
      ("4.2", "Test the ICT disaster recovery plan with Nottinghamshire Police at the Joint Headquarters.",
       "Head of ICT; Assistant Chief Fire Officer", "June 2026",
       "Not yet started – scheduled after the mobilising system upgrade.", "")]),
    ("Issue 5: Organisational culture",
     "The Authority continues to respond to the HMICFRS spotlight report on values and culture in fire and "
     "rescue services.",
     [("5.1", "Embed the Core Code of Ethics through leadership development and a revised Dignity at Work policy.",
       "Head of People and Organisational Development", "Ongoing",
       "Dignity at Work policy revised; leadership programme cohort 3 started in November 2025.", "Green")]),
]
NOTTS_FILL = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}


def make_notts(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Nottinghamshire and City of Nottingham Fire and Rescue Authority")
    run.bold = True
    run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    doc.add_paragraph(NOTTS_TITLE, style="Title")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Report to", "Finance and Resources Committee – 23 January 2026"),
                 ("Report of", "Chief Fire Officer"),
                 ("Author", "Head of Governance and Assurance"),
                 ("Version", "1.2 – progress update"),
                 ("Date", "9 January 2026")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "The Annual Governance Statement 2024/25 identified five significant governance issues. This plan sets "
        "out the actions agreed to address them and progress made to January 2026. The Finance and Resources "
        "Committee monitors the plan on behalf of the Fire Authority.")
    doc.add_heading("Status key", level=2)
    kt = doc.add_table(rows=1, cols=2)
    kt.style = "Table Grid"
    set_cell(kt.rows[0].cells[0], "Status", bold=True)
    set_cell(kt.rows[0].cells[1], "Meaning", bold=True)
    for s, m in [("Complete", "Action delivered and evidence reviewed"),
                 ("Green", "On track to meet the target date"),
                 ("Amber", "Risk of slippage; mitigation in place"),
                 ("Red", "Target date missed or will be missed")]:
        cells = kt.add_row().cells
        set_cell(cells[0], s)
        shade(cells[0], NOTTS_FILL[s])
        set_cell(cells[1], m)

    doc.add_heading("Action plan", level=1)
    for heading, para, acts in NOTTS:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(para)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead officer", "Target date",
                                          "Progress update (January 2026)", "Status"]):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for ref, text, lead, target, prog, status in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, target, prog, status]):
                set_cell(c, v)
            if status:
                shade(cells[5], NOTTS_FILL[status])
        doc.add_paragraph()

    doc.add_heading("Approval", level=1)
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in [("Signed", "Chair of the Fire Authority", "Date"),
                ("Signed", "Chief Fire Officer", "Date")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Diocese of Carlisle and Carlisle Cathedral - INEQE safeguarding audit (docx)
# ---------------------------------------------------------------------------
CARL_TITLE = "Independent Safeguarding Audit 2025 – Diocese of Carlisle and Carlisle Cathedral: Action Plan"
CARL = [
    ("Theme 1: Leadership and Governance", [
        ("D1: The Diocese should review the terms of reference and membership of the Diocesan Safeguarding Advisory "
         "Panel (DSAP) so that it provides independent scrutiny and includes a victim and survivor perspective.",
         [("D1.1", "Revise the DSAP terms of reference, including an annual review of the panel’s effectiveness.",
           "Diocesan Secretary", "July 2025", "blue"),
          ("D1.2", "Recruit two independent members to the DSAP, at least one with lived experience.",
           "DSAP Independent Chair", "December 2025", "amber")]),
        ("C1: Chapter should receive a written safeguarding report at every meeting and record its discussion "
         "and decisions in the minutes.",
         [("C1.1", "Add safeguarding as a standing item on the Chapter agenda, with a written report from the Cathedral Safeguarding Officer.",
           "Dean of Carlisle", "May 2025", "blue")]),
    ]),
    ("Theme 2: Safeguarding Practice and Casework", [
        ("D2: Casework records should consistently include a risk assessment, a safeguarding agreement where "
         "appropriate, and evidence of management oversight.",
         [("D2.1", "Introduce a casework audit tool and complete a quarterly audit of 10% of open cases.",
           "Diocesan Safeguarding Officer (DSO)", "30/09/2025", "green"),
          ("D2.2", "Review all open safeguarding agreements to confirm they are current, signed and monitored.",
           "DSO & Cathedral Safeguarding Officer", "31/12/2025", "green")]),
        ("D3: Parish Safeguarding Officers (PSOs) should receive regular support and supervision from the "
         "diocesan safeguarding team.",
         [("D3.1", "Establish deanery-based PSO network meetings three times a year.",
           "Assistant DSO", "Ongoing", "green")]),
    ]),
    ("Theme 3: Learning and Development", [
        ("D4: The Diocese should improve its monitoring of safeguarding learning compliance for clergy, licensed "
         "lay ministers and PSOs.",
         [("D4.1", "Move training records to the national safeguarding learning portal and produce a quarterly compliance report for the DSAP.",
           "Safeguarding Training Coordinator", "March 2026", "red")]),
    ]),
    ("Theme 4: Culture, and Victims and Survivors", [
        ("D5: The Diocese and Cathedral should co-produce with victims and survivors a statement of how they will "
         "respond to people who come forward.",
         [("D5.1", "Hold two listening events facilitated by an independent organisation.",
           "Bishop’s Senior Staff / Dean of Carlisle", "June 2026", None),
          ("D5.2", "Publish the co-produced statement on the Diocese and Cathedral websites.",
           "Communications Manager", "September 2026", None)]),
    ]),
]


def make_carlisle(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.add_heading(CARL_TITLE, level=0)
    doc.add_paragraph(
        "INEQE Safeguarding Group carried out an independent safeguarding audit of the Diocese of Carlisle and "
        "Carlisle Cathedral in January 2025. Recommendations for the Diocese are numbered D and those for the "
        "Cathedral are numbered C. This plan is monitored by the Diocesan Safeguarding Advisory Panel and "
        "reported to Bishop’s Council and Chapter.")
    doc.add_paragraph("Version control").runs[0].bold = True
    vt = doc.add_table(rows=1, cols=4)
    vt.style = "Table Grid"
    for c, h in zip(vt.rows[0].cells, ["Version", "Date", "Changes", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "April 2025", "First version following publication of the audit report", "DSAP"),
                ("1.1", "October 2025", "Progress update", "DSAP")]:
        cells = vt.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for col, meaning in [("blue", "Complete"), ("green", "On track"), ("amber", "Some delay – revised timescale"),
                         ("red", "Not on track"), (None, "Not started")]:
        cells = kt.add_row().cells
        if col:
            shade(cells[0], FILL[col])
        set_cell(cells[1], meaning)

    for theme, recs in CARL:
        doc.add_heading(theme, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Recommendation", "Action", "Lead", "Timescale", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "DCC9E8")
        for rec, acts in recs:
            first = len(t.rows)
            for ref, text, lead, when, rag in acts:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[2], text)
                set_cell(cells[3], lead)
                set_cell(cells[4], when)
                if rag:
                    shade(cells[5], FILL[rag])
            last = len(t.rows) - 1
            top = t.cell(first, 1)
            if last > first:
                top = top.merge(t.cell(last, 1))
            set_cell(top, rec)
        doc.add_paragraph()
    doc.add_paragraph("Next review: DSAP meeting, January 2026.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. NHS Highland - whistleblowing standards improvement plan (csv export)
# ---------------------------------------------------------------------------
NHSH_TITLE = "NHS Highland – Whistleblowing Standards Improvement Plan 2025/26"
NHSH_HEAD = ["Code", "Theme", "Action", "Assigned To", "Original Due Date", "Due Date", "Status", "RAG", "Latest Note"]
NHSH = [
    ["WB-01.1", "1. Governance and assurance",
     "Agree a quarterly whistleblowing report format for the Staff Governance Committee, including the INWO key performance indicators",
     "Grant, Iain", "30-Jun-2025", "30-Jun-2025", "Completed", "Blue",
     "Report format approved by Staff Governance Committee, 4 June 2025."],
    ["WB-01.2", "1. Governance and assurance",
     "Confirm the Whistleblowing Champion's role description and induction with the Board Secretary",
     "Grant, Iain; Ross, Catriona", "30-Sep-2025", "31-Jan-2026", "In Progress", "Amber",
     "Role description drafted; awaiting Board Secretary review."],
    ["WB-02.1", "2. Speak Up culture",
     'Refresh the "Speak Up" intranet page, including confidential contact details for each district',
     "Fraser, Morag", "31-Aug-2025", "31-Aug-2025", "Completed", "Blue",
     "Page live; contacts for North, Mid, South and Argyll and Bute listed."],
    ["WB-02.2", "2. Speak Up culture",
     "Recruit and train additional confidential contacts in Argyll and Bute and Caithness\nso that every hospital site has a named contact",
     "Fraser, Morag", "31-Mar-2026", "31-Mar-2026", "In Progress", "Green",
     "6 volunteers recruited.\nTraining booked for 18 February 2026."],
    ["WB-02.3", "2. Speak Up culture",
     "Run a Speak Up Week campaign in October 2025 with senior leader visits to each district",
     "Ross, Catriona", "31-Oct-2025", "31-Oct-2025", "Completed", "Blue",
     "Campaign delivered 6-10 October 2025."],
    ["WB-03.1", "3. Handling concerns",
     "Introduce a case log so that every concern is acknowledged within 3 working days and stage 1 concerns are closed within 5 working days",
     "MacLeod, Hazel", "30-Sep-2025", "28-Feb-2026", "In Progress", "Red",
     "Datix module build delayed; interim spreadsheet in use."],
    ["WB-03.2", "3. Handling concerns",
     "Train investigating managers in the Standards, including how to support the person raising the concern",
     "MacLeod, Hazel", "31-Dec-2025", "31-Mar-2026", "In Progress", "Amber",
     "Two of four cohorts trained."],
    ["WB-04.1", "4. Learning and reporting",
     "Share anonymised learning from closed cases with the Area Clinical Forum and the Area Partnership Forum",
     "Ross, Catriona", "31-Mar-2026", "31-Mar-2026", "In Progress", "Green",
     "First learning summary shared in December 2025."],
    ["WB-04.2", "4. Learning and reporting",
     "Publish the 2025/26 annual whistleblowing report, with themes and learning",
     "Grant, Iain", "31-Jul-2026", "31-Jul-2026", "Not Started", "", ""],
]


def make_nhsh(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([NHSH_TITLE])
        w.writerow(["Exported from Pentana Risk by Hazel MacLeod on 12/01/2026 16:40"])
        w.writerow([])
        w.writerow(NHSH_HEAD)
        for row in NHSH:
            w.writerow(row)
        w.writerow([])
        done = sum(1 for r in NHSH if r[6] == "Completed")
        prog = sum(1 for r in NHSH if r[6] == "In Progress")
        ns = sum(1 for r in NHSH if r[6] == "Not Started")
        w.writerow([f"Total actions: {len(NHSH)} (Completed {done}, In Progress {prog}, Not Started {ns})"])


# ---------------------------------------------------------------------------
# 7. Henfield Parish Council - internal audit action plan (tab-separated txt)
# ---------------------------------------------------------------------------
HENF_LINES_TOP = [
    "Henfield Parish Council",
    "Internal Audit Report 2024/25 – Action Plan",
    "Internal audit visit 14 April 2025; report received 22 April 2025. Status as at 11 November 2025.",
    "",
]
HENF_HEAD = ["No.", "Control objective", "Auditor's recommendation", "Agreed action", "Responsible", "Target", "Status"]
HENF = [
    ["1", "A – Accounting records",
     "The bank reconciliation should be prepared monthly and signed by a councillor who is not a bank signatory.",
     "Present the monthly bank reconciliation to each Finance & General Purposes meeting for signature by the Chair.",
     "Clerk (RFO)", "June 2025", "Complete"],
    ["2", "", "", "Keep the signed reconciliations with the bank statements in the year-end audit file.",
     "Clerk (RFO)", "June 2025", "Complete"],
    ["3", "B – Financial regulations and payments",
     "Financial Regulations should be updated to the 2024 NALC model and readopted.",
     "Adopt the NALC 2024 model Financial Regulations, tailored to the council's payment limits.",
     "Clerk (RFO) & Chair of F&GP", "30/09/2025", "Complete"],
    ["4", "", "Two councillors should authorise each online payment and the authorisation should be evidenced.",
     "Set up dual authorisation on the Unity Trust account and record approvals on the payment schedule.",
     "Clerk (RFO)", "31/05/2025", "Complete"],
    ["5", "C – Risk management",
     "The risk assessment should be reviewed and minuted each year, including cyber and insurance risks.",
     "Review the financial and corporate risk register and present it to Full Council.",
     "Clerk (RFO)", "Annually", "On track"],
    ["6", "D – Budget and reserves",
     "Earmarked reserves should be supported by a documented purpose and reviewed as part of the budget.",
     "Prepare an earmarked reserves schedule with the 2026/27 budget.",
     "Clerk (RFO)", "January 2026", "On track"],
    ["7", "H – Asset register",
     "The asset register should record the insurance value of each asset and agree to the figure in Box 9 of the AGAR.",
     "Update the asset register with insurance values and reconcile it to Box 9.",
     "Assistant Clerk", "March 2026", "Not started"],
    ["8", "L – Transparency and website",
     "The website should publish all payments over £100 and meet the accessibility regulations.",
     "Publish the monthly list of payments over £100 on the website.",
     "Assistant Clerk", "July 2025", "Complete"],
    ["9", "", "", "Commission an accessibility check of the website and fix any failures.",
     "Assistant Clerk / Clerk (RFO)", "31 December 2025", "On track"],
    ["10", "M – Exercise of public rights",
     "The notice of the period for the exercise of public rights should be published before the period starts.",
     "Add the public rights notice to the year-end timetable so that it is published by 31 May.",
     "Clerk (RFO)", "May 2026", "Not started"],
]
HENF_LINES_END = [
    "",
    "Objectives E, F, G, I, J, K, N and O – no recommendations.",
    "Status key: Complete / On track / Not started.",
]


def make_henfield(path):
    lines = list(HENF_LINES_TOP)
    lines.append("\t".join(HENF_HEAD))
    for row in HENF:
        lines.append("\t".join(row))
    lines.extend(HENF_LINES_END)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "zaj-southern-internal-audit-partnership-eqa-gias-improvement-plan.xlsx": make_siap,
    "zaj-childrens-hearings-scotland-corporate-risk-register-2025-26.xlsx": make_chs,
    "zaj-tower-hamlets-community-housing-fire-safety-remediation-action-plan-typo-month-refuse.xlsx": make_thch,
    "zaj-nottinghamshire-fire-rescue-authority-annual-governance-statement-2024-25-action-plan.docx": make_notts,
    "zaj-diocese-of-carlisle-ineqe-safeguarding-audit-action-plan.docx": make_carlisle,
    "zaj-nhs-highland-whistleblowing-standards-improvement-plan-pentana-export.csv": make_nhsh,
    "zaj-henfield-parish-council-internal-audit-action-plan-2024-25.txt": make_henfield,
}


def main():
    for name, fn in FILES.items():
        assert name.startswith("zaj-")
        out = fn(os.path.join(HERE, name))
        print("wrote", name, "" if out is None else f"(refuse row {out})")


if __name__ == "__main__":
    main()
