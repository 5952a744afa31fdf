"""Build the seven ob1- cases of set heldout422.

Run:  /work/main/.venv/bin/python ob1_make.py
Writes the data files (xlsx/docx/csv/txt) into the folder of this script.
The .expected.yaml readings beside them were written separately.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
GREY, NAVY, PALE = "D9D9D9", "1F3864", "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Mid and West Wales Fire and Rescue Service - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
MWW_TITLE = "Mid and West Wales Fire and Rescue Service – Corporate Risk Register 2025/26"
MWW_RISKS = [
    {
        "risk": "CR01 – Insufficient on-call (RDS) crew availability leads to appliances being off the run and longer attendance times in rural areas",
        "owner": "ACFO Service Delivery",
        "inh": (5, 4), "res": (4, 4), "dot": "↔",
        "controls": "• On-call availability monitored daily by Joint Fire Control\n• Crewing flexibility policy\n• Standby moves between stations",
        "actions": [
            ("CR01.1", "Pilot the new on-call availability and pay model at 12 stations in Powys and Ceredigion and evaluate the results.",
             "Area Manager – Response", d(2025, 9, 30), d(2026, 1, 31), "A"),
            ("CR01.2", "Run a targeted on-call recruitment campaign with local employers, including the Primary Employer Recognition Scheme.",
             "Head of People Services", d(2026, 3, 31), None, "G"),
            ("CR01.3", "Review the crewing of day-crewed stations as part of the Emergency Cover Review.",
             "ACFO Service Delivery / Head of Corporate Planning", "Q4 2025/26", None, "G"),
        ],
    },
    {
        "risk": "CR02 – Failure to identify and address inappropriate behaviours in the workplace damages staff wellbeing and public confidence in the Service",
        "owner": "Chief Fire Officer",
        "inh": (4, 5), "res": (3, 5), "dot": "↓",
        "controls": "• Dignity at Work policy\n• Independent Culture Review recommendations accepted by the Fire Authority\n• Professional Standards Unit",
        "actions": [
            ("CR02.1", "Deliver the Culture Review action plan and report progress to each meeting of the Fire Authority.",
             "Deputy Chief Fire Officer", "Ongoing", None, "G"),
            ("CR02.2", "Commission an independent confidential reporting line for staff and publish its annual outcomes.",
             "Head of People Services", d(2025, 5, 31), None, "B"),
            ("CR02.3", "Roll out the Leading with Respect programme to all supervisory and middle managers.",
             "Head of Training and Development", d(2025, 10, 31), d(2026, 3, 31), "A"),
        ],
    },
    {
        "risk": "CR03 – A cyber attack or major ICT failure disrupts mobilising and business-critical systems",
        "owner": "Director of Corporate Services",
        "inh": (4, 5), "res": (3, 5), "dot": "↑",
        "controls": "• Firewalls and endpoint protection\n• Annual penetration testing\n• Joint Fire Control fall-back arrangements",
        "actions": [
            ("CR03.1", "Achieve Cyber Essentials Plus re-certification.",
             "ICT Manager", d(2026, 2, 28), None, "G"),
            ("CR03.2", "Test the Joint Fire Control business continuity plan through a loss-of-ICT exercise and act on the debrief.",
             "GM Joint Fire Control; ICT Manager", d(2025, 11, 30), None, "R"),
        ],
    },
    {
        "risk": "CR04 – Reduced funding settlements and inflationary pressures result in a medium-term budget gap",
        "owner": "Treasurer",
        "inh": (4, 4), "res": (4, 3), "dot": "↔",
        "controls": "• Medium Term Financial Plan\n• Monthly budget monitoring to the Executive Leadership Team\n• Earmarked reserves",
        "actions": [
            ("CR04.1", "Refresh the Medium Term Financial Plan 2026/27 – 2029/30 and present it to the Fire Authority.",
             "Head of Finance", "February 2026", None, "G"),
            ("CR04.2", "Identify efficiency savings through the Service Delivery Review and report options to the Resources Committee.",
             "Head of Finance", d(2026, 3, 31), None, ""),
        ],
    },
]


def score_fill(score):
    if score >= 15:
        return RED
    if score >= 8:
        return AMBER
    return GREEN


def make_mww(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = MWW_TITLE
    cov["A1"].font = Font(bold=True, size=16, color=NAVY)
    cov["A2"] = "Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru – Cofrestr Risg Gorfforaethol 2025/26"
    cov["A2"].font = Font(italic=True, size=11)
    cov["A3"] = "Quarter 2 review – position at 30 September 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Reviewed by"),
            ("2.1", "15/07/2025", "Corporate Planning Team", "Executive Leadership Team"),
            ("2.2", "14/10/2025", "Corporate Planning Team", "Performance, Audit and Scrutiny Committee")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A10"] = "Risk scoring (Likelihood × Impact)"
    cov["A10"].font = Font(bold=True)
    for i, (lab, col) in enumerate([("15 – 25  High", RED), ("8 – 12  Medium", AMBER), ("1 – 6  Low", GREEN)]):
        c = cov.cell(row=11 + i, column=1, value=lab)
        c.fill = fill(col)
        c.border = BOX
    cov["A15"] = "Action status key"
    cov["A15"].font = Font(bold=True)
    for i, (lab, txt, col) in enumerate([("B", "Complete", BLUE), ("G", "On track", GREEN),
                                         ("A", "Minor slippage – revised date agreed", AMBER),
                                         ("R", "Off track – escalated to ELT", RED)]):
        a = cov.cell(row=16 + i, column=1, value=lab)
        a.fill = fill(col)
        a.border = BOX
        a.alignment = Alignment(horizontal="center")
        b = cov.cell(row=16 + i, column=2, value=txt)
        b.border = BOX
    cov["A21"] = "Direction of travel: ↑ risk increasing   ↓ risk decreasing   ↔ no change since last review"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 36
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = MWW_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "Quarter 2 2025/26 – reported to the Performance, Audit and Scrutiny Committee, 14 October 2025"
    groups = [("Risk", 1, 2), ("Inherent risk", 3, 5), ("Key existing controls", 6, 6),
              ("Residual risk (Q2)", 7, 9), ("DoT", 10, 10), ("Further mitigating actions", 11, 16)]
    for lab, c1, c2 in groups:
        c = ws.cell(row=4, column=c1, value=lab)
        if c2 > c1:
            ws.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
    heads = ["Risk", "Risk owner", "L", "I", "Score", "Key existing controls", "L", "I", "Score",
             "Direction of travel", "Action ref", "Action", "Action owner", "Target date",
             "Revised target date", "Action status"]
    for j, h in enumerate(heads):
        ws.cell(row=5, column=1 + j, value=h)
    for r in (4, 5):
        for j in range(1, 17):
            c = ws.cell(row=r, column=j)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(NAVY)
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            c.border = BOX
    row = 6
    for rk in MWW_RISKS:
        n = len(rk["actions"])
        first = row
        il, ii = rk["inh"]
        rl, ri = rk["res"]
        block = [rk["risk"], rk["owner"], il, ii, il * ii, rk["controls"], rl, ri, rl * ri, rk["dot"]]
        for j, v in enumerate(block):
            c = ws.cell(row=first, column=1 + j, value=v)
            c.alignment = WRAP
        ws.cell(row=first, column=5).fill = fill(score_fill(il * ii))
        ws.cell(row=first, column=9).fill = fill(score_fill(rl * ri))
        for ref, text, owner, target, revised, st in rk["actions"]:
            vals = [ref, text, owner, target, revised, st]
            for j, v in enumerate(vals):
                c = ws.cell(row=row, column=11 + j, value=v)
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            sc = ws.cell(row=row, column=16)
            sc.alignment = Alignment(horizontal="center", vertical="top")
            if st:
                sc.fill = fill({"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}[st])
            row += 1
        if n > 1:
            for j in range(1, 11):
                ws.merge_cells(start_row=first, start_column=j, end_row=row - 1, end_column=j)
        for r in range(first, row):
            for j in range(1, 17):
                ws.cell(row=r, column=j).border = BOX
    ws.cell(row=row + 1, column=1, value="Actions shown in full on the departmental risk registers. Closed risks are listed in the Q1 report.")
    ws.cell(row=row + 1, column=1).font = Font(italic=True, size=9)
    widths = [42, 18, 4, 4, 7, 36, 4, 4, 7, 10, 9, 52, 26, 12, 12, 9]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A6"

    hm = wb.create_sheet("Heat Map")
    hm["A1"] = "Residual risk heat map – Q2 2025/26"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Impact →  /  Likelihood ↓"
    for i in range(5):
        hm.cell(row=3, column=2 + i, value=i + 1)
        hm.cell(row=4 + i, column=1, value=5 - i)
    placed = {}
    for rk in MWW_RISKS:
        rl, ri = rk["res"]
        placed.setdefault((rl, ri), []).append(rk["risk"][:4])
    for li in range(5, 0, -1):
        for im in range(1, 6):
            c = hm.cell(row=4 + (5 - li), column=1 + im, value=", ".join(placed.get((li, im), [])) or None)
            c.fill = fill(score_fill(li * im))
            c.border = BOX
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. NIAS Trust Board action log (xlsx) - refuse: mistyped month
# ---------------------------------------------------------------------------
NIAS_TITLE = "Northern Ireland Ambulance Service HSC Trust – Trust Board Action Log (Public Session)"
NIAS_ROWS = [
    ("TB/2025/031", d(2025, 6, 5), "TB/05/06/2025/04", "Performance Report",
     "Provide a breakdown of Category 2 response times by Local Commissioning Group area in the next Performance Report.",
     "Director of Operations", d(2025, 10, 2), "Included in the October Performance Report. Propose close.", "Closed"),
    ("TB/2025/038", d(2025, 8, 7), "TB/07/08/2025/06", "Hospital Handover Delays",
     "Share the regional hospital handover escalation protocol with Board members once agreed with the Department.",
     "Chief Executive", "Dec-2025", "Protocol agreed at regional meeting; circulated to members 20/11/2025.", "Closed"),
    ("TB/2025/044", d(2025, 10, 2), "TB/02/10/2025/05", "Corporate Risk Register",
     "Review the score of the cyber security risk following the regional HSC incident and report back to the Board.",
     "Director of Finance and ICT", "Feb-2026", "Review under way with BSO ITS; update to February meeting.", "On track"),
    ("TB/2025/045", d(2025, 10, 2), "TB/02/10/2025/07", "Workforce Report",
     "Bring a paper on paramedic recruitment and retention, including the impact of the degree pathway, to a future Board workshop.",
     "Director of HR and Corporate Services", "Mar-2026", "Workshop provisionally scheduled for March.", "On track"),
    ("TB/2025/049", d(2025, 12, 4), "TB/04/12/2025/03", "Chief Executive's Report",
     "Circulate the Clinical Response Model evaluation summary to Non-Executive Directors.",
     "MB/NR", "Febuary 2026", "", "On track"),
    ("TB/2025/050", d(2025, 12, 4), "TB/04/12/2025/06", "Complaints and Compliments Report",
     "Include themes from Northern Ireland Public Services Ombudsman cases in the next quarterly report.",
     "Director of Quality, Safety and Improvement", "Apr-2026", "", "On track"),
    ("TB/2025/051", d(2025, 12, 4), "TB/04/12/2025/08", "Financial Performance Report",
     "Confirm the savings plan shortfall for 2025/26 and the actions agreed with the Department of Health.",
     "Director of Finance and ICT", "Jan-2026", "Verbal update given in December; written paper to follow.", "Amber"),
    ("TB/2025/052", d(2025, 12, 4), "TB/04/12/2025/09", "Emergency Planning Annual Report",
     "Arrange a Board visit to the Regional Emergency Operations Centre at Knockbracken.",
     "Board Secretary", "May-2026", "", "On track"),
]


def make_nias(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = NIAS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated following the Trust Board meeting held on 4 December 2025"
    heads = ["Action No.", "Meeting date", "Minute ref", "Agenda item", "Action", "Lead(s)",
             "Due date", "Update", "Status"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    cols = {"Closed": BLUE, "On track": GREEN, "Amber": AMBER, "Red": RED}
    for i, r in enumerate(NIAS_ROWS):
        for j, v in enumerate(r):
            c = ws.cell(row=5 + i, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=5 + i, column=9).fill = fill(cols[r[8]])
    widths = [13, 12, 18, 24, 56, 26, 13, 40, 10]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    k = wb.create_sheet("Key")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True)
    for i, (lab, txt, col) in enumerate([
            ("Closed", "Action complete – Board agreed to close", BLUE),
            ("On track", "Action in progress and expected by the due date", GREEN),
            ("Amber", "At risk of missing the due date", AMBER),
            ("Red", "Overdue", RED)]):
        a = k.cell(row=2 + i, column=1, value=lab)
        a.fill = fill(col)
        k.cell(row=2 + i, column=2, value=txt)
    k["A7"] = "Closed actions are removed from the log after the meeting at which closure is agreed."
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. West Dunbartonshire Council - Annual Audit Report 2024/25 action plan tracker (xlsx)
# ---------------------------------------------------------------------------
WD_TITLE = "West Dunbartonshire Council – Annual Audit Report 2024/25: Action Plan Tracker"
WD_REC3 = ("The council should update its workforce plan so that it sets out the skills and capacity needed to "
           "deliver its transformation programme, and should monitor workforce risks.")
WD_CURRENT = [
    ("1", "Financial sustainability",
     "The council used £6.1 million of unearmarked reserves to balance the 2024/25 budget and has a cumulative funding gap of £32 million over the next three years.",
     "The council should develop recurring savings proposals to close the medium-term funding gap and reduce its reliance on reserves.",
     "A three-year savings and transformation programme will be presented to Council alongside the 2026/27 budget, with savings options for each year.",
     "Chief Officer – Resources", d(2026, 3, 31), None, "Savings options workshops held with elected members in November and January.", "Green"),
    ("2", "Financial sustainability",
     "The Long Term Finance Strategy has not been updated since 2022 and does not reflect current pressures.",
     "The council should refresh its Long Term Finance Strategy and link it to its asset management and workforce plans.",
     "Refresh the Long Term Finance Strategy 2026–2036 and present it to the Corporate Services Committee.",
     "Chief Officer – Resources", "June 2026", None, "Drafting started; scenario modelling under way.", "Green"),
    ("3a", "Vision, leadership and governance",
     "The workforce plan 2022–2027 pre-dates the council's transformation programme and does not identify future skills gaps.",
     WD_REC3,
     "Refresh the workforce plan, including a skills gap analysis for each chief officer area.",
     "Chief Officer – People and Technology", d(2025, 12, 31), d(2026, 3, 31), "Skills gap analysis delayed by job evaluation work; revised date agreed by the Audit Committee.", "Amber"),
    ("3b", "Vision, leadership and governance",
     "The workforce plan 2022–2027 pre-dates the council's transformation programme and does not identify future skills gaps.",
     WD_REC3,
     "Report workforce metrics, including vacancies, absence and agency spend, to the Corporate Services Committee.",
     "Chief Officer – People and Technology; HR Business Partner", "Quarterly", None, "First quarterly report considered on 19 November 2025.", "Green"),
    ("4", "Use of resources to improve outcomes",
     "Statutory performance information for 2023/24 was published later than required.",
     "The council should publish its statutory performance information in line with the Accounts Commission's Direction.",
     "Agree a publication timetable for statutory performance information with services and publish the 2024/25 information on the council website.",
     "Chief Officer – Citizen, Culture and Facilities", "30 September 2025", None, "Published 26 September 2025.", "Complete"),
    ("5", "Financial management",
     "Our testing found that changes to supplier bank details were not always verified independently before being processed.",
     "Controls over changes to supplier bank details should be strengthened to reduce the risk of fraud.",
     "Introduce an independent call-back check for all requests to change supplier bank details.\nUpdate the creditors procedure and train Exchequer staff.",
     "Finance Manager – Exchequer", "October 2025", None, "Call-back check in place from 1 September 2025; procedure updated.", "Complete"),
]
WD_PRIOR = [
    ("PY1", "Financial sustainability",
     "The council should develop an asset rationalisation plan to reduce its property running costs.",
     "Develop an asset rationalisation plan as part of the Asset Management Strategy.",
     "Chief Officer – Resources", "March 2025", "December 2025", "Plan approved by Council on 26 November 2025. Auditor agrees action complete.", "Complete"),
    ("PY2", "Vision, leadership and governance",
     "The council should complete its review of the Scheme of Delegation and Standing Orders.",
     "Complete the review of the Scheme of Delegation and Standing Orders and report to Council.",
     "Chief Officer – Regulatory and Regeneration", "31 December 2024", "31 March 2026", "Consultation with members ongoing.", "Amber"),
    ("PY3", "Use of resources to improve outcomes",
     "The council should carry out a self-assessment against the Best Value statutory guidance.",
     "Carry out a Best Value self-assessment and report the outcomes to the Audit Committee.",
     "Chief Executive", "June 2025", None, "Not yet started.", "Red"),
]
RAG_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_wd(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = WD_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position at 31 January 2026 – report to Audit Committee, 25 February 2026"
    s["A4"] = "Status"
    s["B4"] = "2024/25 actions"
    s["C4"] = "Prior year actions"
    s["D4"] = "Total"
    for c in "ABCD":
        s[c + "4"].font = Font(bold=True)
        s[c + "4"].fill = fill(GREY)
    counts = [("Complete", 2, 1), ("Green", 3, 0), ("Amber", 1, 1), ("Red", 0, 1)]
    for i, (lab, a, b) in enumerate(counts):
        s.cell(row=5 + i, column=1, value=lab).fill = fill(RAG_FILL[lab])
        s.cell(row=5 + i, column=2, value=a)
        s.cell(row=5 + i, column=3, value=b)
        s.cell(row=5 + i, column=4, value=a + b)
    s.cell(row=9, column=1, value="Total").font = Font(bold=True)
    s.cell(row=9, column=2, value=6)
    s.cell(row=9, column=3, value=3)
    s.cell(row=9, column=4, value=9)
    s["A11"] = "RAG key"
    s["A11"].font = Font(bold=True)
    key = [("Complete", "Action implemented and evidence provided to the external auditor"),
           ("Green", "On track to be delivered by the agreed date"),
           ("Amber", "Delivery at risk or revised date agreed"),
           ("Red", "Agreed date missed and no revised date agreed")]
    for i, (lab, txt) in enumerate(key):
        s.cell(row=12 + i, column=1, value=lab).fill = fill(RAG_FILL[lab])
        s.cell(row=12 + i, column=2, value=txt)
    s["A17"] = "External auditor: Audit Scotland. Recommendations are followed up in the 2025/26 annual audit."
    s.column_dimensions["A"].width = 14
    s.column_dimensions["B"].width = 60
    s.column_dimensions["C"].width = 18

    ws = wb.create_sheet("2024-25 Action Plan")
    ws["A1"] = "Annual Audit Report 2024/25 – Appendix 1: Action plan"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["No.", "Audit dimension", "Issue / risk", "Recommendation", "Agreed management action",
             "Responsible officer", "Agreed date", "Revised date", "Progress update (January 2026)", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("6A1B9A")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for i, r in enumerate(WD_CURRENT):
        for j, v in enumerate(r):
            c = ws.cell(row=4 + i, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=4 + i, column=10).fill = fill(RAG_FILL[r[9]])
    # recommendation 3 answered by two actions: merge dimension, issue and recommendation
    for col in (2, 3, 4):
        ws.cell(row=7, column=col).value = None
        ws.merge_cells(start_row=6, start_column=col, end_row=7, end_column=col)
    widths = [6, 18, 40, 44, 50, 26, 12, 12, 40, 10]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w

    py = wb.create_sheet("Prior Year Follow-up")
    py["A1"] = "Follow-up of 2023/24 Annual Audit Report recommendations"
    py["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Audit dimension", "Recommendation (2023/24)", "Agreed management action",
             "Responsible officer", "Original date", "Revised date", "Auditor assessment / update", "Status"]
    for j, h in enumerate(heads):
        c = py.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("6A1B9A")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for i, r in enumerate(WD_PRIOR):
        for j, v in enumerate(r):
            c = py.cell(row=4 + i, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
        py.cell(row=4 + i, column=9).fill = fill(RAG_FILL[r[8]])
    widths = [6, 18, 44, 46, 28, 14, 14, 40, 10]
    for j, w in enumerate(widths):
        py.column_dimensions[chr(65 + j)].width = w
    wb.save(path)


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


def set_cell(cell, text, bold=False, size=9):
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Mid and East Antrim BC - NIAO proposals for improvement action plan (docx)
# ---------------------------------------------------------------------------
MEA_TITLE = "Performance Improvement Audit and Assessment 2024-25: Proposals for Improvement Action Plan"
MEA_SECTIONS = [
    ("1. Improvement Objectives", "Proposal 1",
     "The Council should ensure that each improvement objective is supported by measurable outcomes and targets, so that citizens can judge whether the objective has been achieved.",
     [("1.1", "Review the 2025-26 improvement objectives with objective leads and define at least one outcome measure and target for each objective.",
       "Performance and Improvement Manager", "June 2025",
       "Outcome measures agreed with all three objective leads.", "Complete"),
      ("1.2", "Publish the outcome measures and targets in the Performance Improvement Plan 2025-26 and in the quarterly update reports.",
       "Head of Policy, Performance and Improvement", "30 September 2025",
       "Plan published 27 June 2025; Q1 update report includes targets.", "Complete"),
      ("1.3", "Provide training for objective leads on setting SMART targets and using baseline data.",
       "Performance and Improvement Manager / Organisational Development Manager", "October 2025\nRevised: December 2025",
       "Training delayed to align with the new corporate performance system.", "Delayed")]),
    ("2. Self-Assessment Report", "Proposal 2",
     "The Council should include in its self-assessment report comparisons of its performance with other councils, where data is available, and explain the reasons for any variation.",
     [("2.1", "Work with the Performance Improvement Working Group and the Department for Communities to agree a set of comparable indicators.",
       "Head of Policy, Performance and Improvement", "Ongoing",
       "Council represented at each working group meeting.", "On track"),
      ("2.2", "Include available APSE and statutory indicator comparisons in the 2024-25 Self-Assessment Report, with commentary on variation.",
       "Performance and Improvement Manager", "30 September 2025",
       "Comparisons included for waste, planning and economic development indicators.", "Complete")]),
    ("3. Consultation and Engagement", "Proposal 3",
     "The Council should strengthen how it consults on its improvement objectives, ensuring that the consultation reaches a representative range of citizens and that the results are reported.",
     [("3.1", "Extend the consultation on the draft 2026-27 improvement objectives to include on-street surveys in Ballymena, Carrickfergus and Larne and engagement through the Youth Council.",
       "Community Planning Officer; Performance and Improvement Manager", "March 2026",
       "Consultation plan agreed; fieldwork booked for February.", "On track"),
      ("3.2", "Publish a ‘You said, we did’ summary of the consultation results alongside the Performance Improvement Plan 2026-27.",
       "Communications and Marketing Manager", "June 2026", "", "Not started"),
      ("3.3", "Review the equality screening of the consultation approach with the Equality Officer.",
       "Equality Officer", "31/01/2026", "Screening template updated.", "On track")]),
]
MEA_STATUS_FILL = {"Complete": "8DB4E2", "On track": "92D050", "Delayed": "FFC000", "Not started": None}


def make_mea(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(MEA_TITLE, style="Title")
    doc.add_paragraph("Mid and East Antrim Borough Council")
    doc.add_paragraph("Northern Ireland Audit Office – Annual Improvement Audit and Assessment Report 2024-25")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, r in enumerate([("Version", "Date", "Owner", "Considered by"),
                           ("1.0", "12 May 2025", "Performance and Improvement Team", "Corporate Leadership Team"),
                           ("1.3", "14 October 2025", "Performance and Improvement Team",
                            "Corporate Resources, Policy and Governance Committee")]):
        for j, v in enumerate(r):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph()
    doc.add_paragraph(
        "The Local Government Auditor made three proposals for improvement in the Annual Improvement Audit and "
        "Assessment Report 2024-25. No statutory recommendations were made. This action plan sets out how the "
        "Council is responding to each proposal and is monitored by the Corporate Resources, Policy and "
        "Governance Committee.")
    doc.add_paragraph(
        "Status key: Complete – action fully implemented (blue); On track (green); "
        "Delayed – revised date agreed (amber); Not started.")
    for heading, label, text, actions in MEA_SECTIONS:
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=2 + len(actions), cols=6)
        tb.style = "Table Grid"
        set_cell(tb.cell(0, 0), label, bold=True)
        shade(tb.cell(0, 0), "D9E2F3")
        m = tb.cell(0, 1).merge(tb.cell(0, 5))
        set_cell(m, text, bold=True)
        shade(m, "D9E2F3")
        for j, h in enumerate(["Ref", "Action", "Responsible officer", "Target date",
                               "Progress update (October 2025)", "Status"]):
            set_cell(tb.cell(1, j), h, bold=True)
            shade(tb.cell(1, j), "BFBFBF")
        for i, (ref, act, lead, date, prog, st) in enumerate(actions):
            for j, v in enumerate([ref, act, lead, date, prog, st]):
                set_cell(tb.cell(2 + i, j), v)
            if MEA_STATUS_FILL[st]:
                shade(tb.cell(2 + i, 5), MEA_STATUS_FILL[st])
        doc.add_paragraph()
    doc.add_paragraph("Next update: Corporate Resources, Policy and Governance Committee, February 2026.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Llanfair Caereinion Medical Practice - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
HIW_TITLE = "HIW General Practice Inspection (Announced) – Improvement Plan"
HIW_SECTIONS = [
    ("Quality of the patient experience", [
        ("The practice must ensure that patients can access information bilingually in line with the Active Offer, including Welsh language signage and leaflets.",
         "Health and Care Quality Standards – Person Centred; Welsh Language (Wales) Measure 2011",
         [("Bilingual signage ordered for reception and all consultation rooms.\nPatient information leaflet translated and made available in Welsh and English.",
           "Practice Manager", "30 September 2025")]),
        ("The practice should review its telephone system to reduce call waiting times at 8am.",
         "Health and Care Quality Standards – Timely",
         [("Install cloud-based telephony with a call-back function and queue position messages.",
           "Practice Manager / IT Lead (Powys THB)", "December 2025")]),
    ]),
    ("Delivery of safe and effective care", [
        ("The practice must ensure that emergency drugs and equipment are checked weekly and that the checks are recorded.",
         "Health and Care Quality Standards – Safe",
         [("Weekly emergency drugs and equipment checklist introduced, to be signed by the duty nurse.",
           "Lead Nurse", "Immediate"),
          ("Monthly audit of checklist completion reported to the practice clinical governance meeting.",
           "Dr Rhian Hughes (Clinical Governance Lead)", "Ongoing")]),
        ("The practice must ensure that all clinical staff complete safeguarding training at the level appropriate to their role.",
         "Health and Care Quality Standards – Safe; Safeguarding Children and Adults",
         [("Training matrix updated and outstanding Level 3 safeguarding training booked for two GPs and one practice nurse.",
           "Practice Manager", "31 October 2025")]),
    ]),
    ("Quality of management and leadership", [
        ("The practice should ensure that annual appraisals are completed and recorded for all staff.",
         "Health and Care Quality Standards – Workforce",
         [("Appraisal schedule agreed for all non-clinical staff and the first round of appraisals completed.",
           "Practice Manager", "31/03/2026")]),
    ]),
]


def make_hiw(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(HIW_TITLE, style="Title")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Service:", bold=True, size=10)
    set_cell(t.cell(0, 1), "Llanfair Caereinion Medical Practice, Powys Teaching Health Board", size=10)
    set_cell(t.cell(1, 0), "Date of inspection:", bold=True, size=10)
    set_cell(t.cell(1, 1), "10 June 2025", size=10)
    doc.add_paragraph()
    doc.add_paragraph(
        "The table below includes any other improvements identified during the inspection where we require the "
        "service to complete an improvement plan telling us about the actions they are taking to address these areas.")
    nrows = 1 + sum(1 + sum(len(x[2]) for x in items) for _, items in HIW_SECTIONS)
    tb = doc.add_table(rows=nrows, cols=5)
    tb.style = "Table Grid"
    for j, h in enumerate(["Improvement needed", "Standard / Regulation", "Service action",
                           "Responsible officer", "Timescale"]):
        set_cell(tb.cell(0, j), h, bold=True)
        shade(tb.cell(0, j), "C6D9F1")
    r = 1
    for sec, items in HIW_SECTIONS:
        m = tb.cell(r, 0).merge(tb.cell(r, 4))
        set_cell(m, sec, bold=True, size=10)
        shade(m, "E7E6E6")
        r += 1
        for need, std, acts in items:
            first = r
            for act, officer, when in acts:
                set_cell(tb.cell(r, 2), act)
                set_cell(tb.cell(r, 3), officer)
                set_cell(tb.cell(r, 4), when)
                r += 1
            if len(acts) > 1:
                a = tb.cell(first, 0).merge(tb.cell(r - 1, 0))
                b = tb.cell(first, 1).merge(tb.cell(r - 1, 1))
            else:
                a, b = tb.cell(first, 0), tb.cell(first, 1)
            set_cell(a, need)
            set_cell(b, std)
    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    doc.add_paragraph("Service representative", style="Heading 3")
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for i, (a, b) in enumerate([("Name (print):", "Siân Evans"), ("Job role:", "Practice Manager"),
                                ("Date:", "8 August 2025")]):
        set_cell(s.cell(i, 0), a, bold=True, size=10)
        set_cell(s.cell(i, 1), b, size=10)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Janet Brougham House (Dundee City Council) - Care Inspectorate improvement plan (csv)
# ---------------------------------------------------------------------------
JB_TITLE = "Janet Brougham House – Care Inspectorate Improvement Plan 2025"
JB_KQ1 = "1. How well do we support people's wellbeing?"
JB_KQ5 = "5. How well is our care and support planned?"
JB_R1 = ("By 30 June 2025, the provider must ensure that people receive their medication as prescribed. "
         "To do this, the provider must, at a minimum:\n"
         "a) ensure 'as required' medication protocols are in place and reviewed monthly; and\n"
         "b) ensure that medication administration records are accurately completed and audited.")
JB_AFI1 = ("To support people's wellbeing, the provider should ensure that people have regular opportunities "
           "to take part in meaningful activity, including outdoors, that reflects their interests.")
JB_R2 = ("By 31 July 2025, the provider must ensure that personal plans reflect people's current needs, wishes "
         "and outcomes, and are reviewed at least every six months with the person and their representatives.")
JB_ROWS = [
    ("R1.1", JB_KQ1, "Requirement", JB_R1,
     "Put in place 'as required' protocols for all residents prescribed PRN medication and add a monthly review to the keyworker checklist.",
     "Registered Manager", "30/06/2025", "Protocols in place for all 14 residents on PRN medication.", "Blue"),
    ("R1.2", "", "", "",
     "Introduce weekly MAR chart audits by senior social care officers, with a monthly audit by the Depute Manager.",
     "Senior Social Care Officers; Depute Manager", "30/06/2025", "Audits started 9 June 2025; no omissions found since July.", "Blue"),
    ("AFI1.1", "", "Area for improvement", JB_AFI1,
     "Recruit a second activities co-ordinator and develop a weekly programme using residents' 'This is me' life histories.",
     "Service Manager", "December 2025", "Post re-advertised after no suitable applicants.", "Amber"),
    ("AFI1.2", "", "", "",
     "Set up a garden group and make the outdoor space accessible, with support from the Friends of Janet Brougham House.",
     "Activities Co-ordinator", "Ongoing", "Raised beds installed; garden group meets weekly.", "Green"),
    ("R2.1", JB_KQ5, "Requirement", JB_R2,
     "Audit all personal plans against the Health and Social Care Standards and update any that are out of date.",
     "Registered Manager/Keyworkers", "31/07/2025", "All 30 personal plans audited and updated.", "Blue"),
    ("R2.2", "", "", "",
     "Set up a six-monthly review schedule and record the date of each review and who attended in the personal plan.",
     "Depute Manager", "31/07/2025", "Schedule in place; 12 reviews held to date.", "Green"),
    ("R2.3", "", "", "",
     "Train keyworkers in outcome-focused care planning.",
     "Learning and Organisational Development Team", "30/11/2025", "Two of four sessions delivered.", "Amber"),
]


def csv_field(v):
    v = str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_jb(path):
    ncol = 9
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row([JB_TITLE])
    row(["Provider: Dundee City Council (Dundee Health and Social Care Partnership) – Care Home Service for older people"])
    row(["Unannounced inspection 18 to 20 March 2025; report published 2 May 2025"])
    row([])
    row(["Ref", "Key question", "Type", "Requirement / area for improvement", "Action", "Responsible",
         "Target date", "Progress at 30 September 2025", "RAG"])
    for r in JB_ROWS:
        row(r)
    row([])
    row(["RAG key: Blue = complete and evidenced; Green = on track; Amber = some slippage; Red = not on track"])
    row(["Next review at the Care Home Quality Assurance Group, December 2025"])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Dalneigh Primary School - Education Scotland post-inspection action plan (txt)
# ---------------------------------------------------------------------------
DAL_TITLE = "Dalneigh Primary School and Nursery: Post-Inspection Action Plan 2025/26"
DAL_AREAS = [
    ("Senior leaders and staff should continue to raise attainment in numeracy and mathematics, ensuring that all children experience appropriate pace and challenge in their learning.",
     [("1.1", "Introduce the Highland Numeracy Progression Framework across P1 to P7 and use it to plan learning.",
       "Principal Teacher (Numeracy)", "October 2025", "Complete"),
      ("1.2", "Hold termly attainment tracking meetings with each class teacher to identify children not on track and plan support.",
       "Head Teacher / Depute Head Teacher", "Ongoing - termly", "On track"),
      ("1.3", "Use standardised assessment data in June 2026 to measure the impact of targeted numeracy support.",
       "Depute Head Teacher", "June 2026", "Not yet started")]),
    ("Staff should develop further their approaches to learning, teaching and assessment so that learning is consistently well matched to children's needs.",
     [("2.1", "Develop a shared Dalneigh Learning and Teaching Standard with staff, children and parents.",
       "Depute Head Teacher", "December 2025", "On track"),
      ("2.2", "Plan peer observation trios for all teaching staff, focusing on differentiation and feedback.",
       "Mrs A Munro and Mr D Fraser", "March 2026", "Some slippage"),
      ("2.3", "Moderate writing across levels with schools in the Inverness Royal Academy Associated School Group.",
       "Principal Teacher", "June 2026", "Not yet started")]),
    ("Practitioners in the nursery should improve their use of observations and floorbooks to plan next steps in children's learning.",
     [("3.1", "Review the observation and tracking system with the Early Years Lead Practitioner and introduce individual learning journals.",
       "Early Years Lead Practitioner", "January 2026", "On track"),
      ("3.2", "Visit two local settings with very good practice in planning through play and share the learning with the nursery team.",
       "Senior Early Years Practitioner", "November 2025", "Complete")]),
]


def make_dal(path):
    L = []
    L.append(DAL_TITLE)
    L.append("=" * len(DAL_TITLE))
    L.append("")
    L.append("Inspection by HM Inspectors of Education (Education Scotland): 24-26 February 2025")
    L.append("Letter to parents and carers published: 6 May 2025")
    L.append("Plan agreed with the Highland Council Quality Improvement Team: 30 May 2025")
    L.append("Last updated: 3 November 2025")
    L.append("")
    L.append("Status key: Complete (blue) / On track (green) / Some slippage (amber) / Not yet started")
    L.append("")
    for n, (area, acts) in enumerate(DAL_AREAS, 1):
        L.append("-" * 72)
        L.append("AREA FOR IMPROVEMENT %d" % n)
        L.append(area)
        L.append("-" * 72)
        L.append("")
        for ref, act, lead, by, status in acts:
            L.append("%s  %s" % (ref, act))
            L.append("     Lead: %s" % lead)
            L.append("     By: %s" % by)
            L.append("     Status: %s" % status)
            L.append("")
    L.append("-" * 72)
    L.append("Progress is reported to the Parent Council each term and to the Quality Improvement Officer in June 2026.")
    L.append("Head Teacher: Mrs K MacLeod")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


FILES = {
    "ob1-mid-and-west-wales-fire-rescue-service-corporate-risk-register-2025-26.xlsx": make_mww,
    "ob1-northern-ireland-ambulance-service-trust-board-action-log-typo-month-refuse.xlsx": make_nias,
    "ob1-west-dunbartonshire-council-annual-audit-report-2024-25-action-plan-tracker.xlsx": make_wd,
    "ob1-mid-and-east-antrim-bc-niao-proposals-for-improvement-action-plan.docx": make_mea,
    "ob1-llanfair-caereinion-medical-practice-hiw-gp-inspection-improvement-plan.docx": make_hiw,
    "ob1-dundee-janet-brougham-house-care-inspectorate-improvement-plan.csv": make_jb,
    "ob1-dalneigh-primary-school-education-scotland-post-inspection-action-plan.txt": make_dal,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
