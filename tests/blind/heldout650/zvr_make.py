"""Build the seven zvr- blind test files (set heldout650).

Run with /work/main/.venv/bin/python zvr_make.py from any directory; files are
written beside this script.  Only files whose names start with 'zvr-' are written.
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


def out(name):
    assert name.startswith("zvr-")
    return os.path.join(HERE, name)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ----------------------------------------------------------------- xlsx helpers
RED, AMBER, GREEN, BLUE = "FFFF0000", "FFFFC000", "FF00B050", "FF5B9BD5"
GREY, LIGHT = "FFD9D9D9", "FFDDEBF7"
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", fgColor=hexcol, bgColor=hexcol)


def put_row(ws, r, values, bold=False, border=True, fmt=None):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if border:
            cell.border = BOX
        if bold:
            cell.font = Font(bold=True)
        if isinstance(v, dt.datetime):
            cell.number_format = fmt or "dd/mm/yyyy"


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# =================================================================== 1. Catch22
def make_catch22():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Catch22 – Internal Audit Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary for the Audit & Risk Committee, 11 March 2025 (agenda item 7b)"
    put_row(s, 4, ["Audit", "Year", "Assurance opinion", "Recommendations",
                   "Implemented", "On track", "Slipped", "Overdue", "Not started"], bold=True)
    put_row(s, 5, ["Safeguarding – Secure and Residential Services", "2023/24", "Reasonable", 3, 2, 0, 1, 0, 0])
    put_row(s, 6, ["Procurement and Contract Management", "2024/25", "Limited", 4, 1, 1, 2, 0, 0])
    put_row(s, 7, ["Cyber Security – Incident Response", "2024/25", "Reasonable", 2, 0, 0, 0, 1, 1])
    put_row(s, 8, ["Total", "", "", "=SUM(D5:D7)", "=SUM(E5:E7)", "=SUM(F5:F7)",
                   "=SUM(G5:G7)", "=SUM(H5:H7)", "=SUM(I5:I7)"], bold=True)
    s["A10"] = "Source: RSM UK follow-up review, February 2025, and management updates."
    widths(s, {"A": 46, "B": 10, "C": 18, "D": 16, "E": 13, "F": 11, "G": 10, "H": 10, "I": 12})

    t = wb.create_sheet("Tracker")
    t.merge_cells("A1:I1")
    t["A1"] = "Catch22 – Internal Audit Recommendations Tracker"
    t["A1"].font = Font(bold=True, size=14)
    t.merge_cells("A2:I2")
    t["A2"] = "Position as at 28 February 2025. Internal auditor: RSM UK. Owner: Chief Financial Officer."
    t["A3"] = "Status key:"
    t["A3"].font = Font(bold=True)
    for col, (txt, colr) in zip("BCDE", [("Implemented", BLUE), ("On track", GREEN),
                                         ("Slipped – revised date agreed", AMBER), ("Overdue", RED)]):
        t[f"{col}3"] = txt
        t[f"{col}3"].fill = fill(colr)
        t[f"{col}3"].border = BOX
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original target date", "Revised target date", "Progress update – February 2025", "Status"]
    put_row(t, 5, hdr, bold=True)
    for c in range(1, 10):
        t.cell(row=5, column=c).fill = fill(LIGHT)

    def section(r, text):
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        cell = t.cell(row=r, column=1, value=text)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)

    status_fill = {"Implemented": BLUE, "On track": GREEN, "Slipped": AMBER, "Overdue": RED}

    def action(r, vals):
        put_row(t, r, vals)
        st = vals[8]
        if st in status_fill:
            t.cell(row=r, column=9).fill = fill(status_fill[st])

    section(6, "1. Safeguarding – Secure and Residential Services (Report 3, 2023/24) – Reasonable assurance")
    action(7, ["1.1", "High",
               "Ensure that safer recruitment checks for agency staff placed in residential homes are evidenced on the central record before the first shift.",
               "Introduce a pre-start checklist for agency workers, signed off by the Registered Manager, and require agencies to upload DBS and reference evidence to the HR portal before a shift is confirmed.",
               "Director of Residential Services / Head of Safeguarding", D(2024, 6, 30), None,
               "Checklist live since May 2024. June and September spot checks found full compliance.",
               "Implemented"])
    action(8, ["1.2a", "Medium",
               "Strengthen oversight of restraint and physical intervention records so that trends are reviewed by the Safeguarding Committee.",
               "Add a quarterly physical intervention dashboard (by home, young person and staff member) to the Safeguarding Committee pack.",
               "Head of Safeguarding", D(2024, 9, 30), D(2024, 12, 31),
               "First dashboard presented in December 2024; data quality issues at two homes being resolved.",
               "Slipped"])
    action(9, ["1.2b", "Medium", None,
               "Registered Managers to review every physical intervention record each month and sign the debrief section within 72 hours.",
               "Registered Managers (all homes)", D(2024, 10, 31), None,
               "Monthly reviews embedded; sample of Q3 records confirmed sign-off.",
               "Implemented"])
    t.merge_cells("C8:C9")
    section(10, "2. Procurement and Contract Management (Report 2, 2024/25) – Limited assurance")
    action(11, ["2.1", "High",
                "Maintain a complete contracts register covering all supplier agreements above £25,000.",
                "Compile a single contracts register from the finance system and divisional records, with a named contract manager for each contract, and publish it on the intranet.",
                "Chief Financial Officer; Head of Procurement", D(2024, 12, 31), D(2025, 3, 31),
                "Register about 85% complete; remaining Justice division contracts being collated.",
                "Slipped"])
    action(12, ["2.2", "High",
                "Ensure that waivers of the Procurement Policy are approved in advance and reported to the Audit & Risk Committee.",
                "Introduce a waiver form requiring CFO approval before any commitment is made, and a six-monthly waiver report to the Committee.",
                "Chief Financial Officer", D(2024, 11, 30), None,
                "Waiver form in use from October 2024. First waiver report is item 7c on this agenda.",
                "Implemented"])
    action(13, ["2.3", "Medium",
                "Review the Procurement Policy to reflect the Procurement Act 2023.",
                "Revise the Procurement Policy and thresholds for the Procurement Act 2023 and deliver briefing sessions for budget holders.",
                "Head of Procurement", D(2025, 2, 28), D(2025, 6, 30),
                "Act commenced 24 February 2025. Draft policy goes to the Executive Team in April.",
                "Slipped"])
    action(14, ["2.4", "Low",
                "Retain evidence of contract performance reviews.",
                "Contract managers to record quarterly performance meetings on the standard template and save them to the contract folder.",
                "Contract managers", D(2025, 3, 31), None,
                "Template issued January 2025.",
                "On track"])
    section(15, "3. Cyber Security – Incident Response (Report 4, 2024/25) – Reasonable assurance")
    action(16, ["3.1", "Medium",
                "Test the cyber incident response plan at least annually.",
                "Run a tabletop ransomware exercise with the Executive Team and the managed IT provider, and update the plan with the lessons learned.\nRepeat the exercise every year.",
                "Director of Technology & Data", D(2025, 1, 31), None,
                "Exercise postponed twice because of diary clashes; not yet rescheduled.",
                "Overdue"])
    action(17, ["3.2", "Low",
                "Keep the contact details in the incident response plan up to date.",
                "Refresh the out-of-hours contact list and third-party supplier contacts in the plan.",
                "IT Service Manager", D(2025, 4, 30), None, None,
                "Not started"])
    t.merge_cells("A19:I19")
    t["A19"] = ("Note: recommendations shown as Implemented are removed from the tracker once internal "
                "audit has verified them at the next follow-up review.")
    t["A19"].font = Font(italic=True)
    widths(t, {"A": 7, "B": 9, "C": 42, "D": 48, "E": 26, "F": 13, "G": 13, "H": 40, "I": 14})
    t.freeze_panes = "A6"

    p = wb.create_sheet("Priority definitions")
    put_row(p, 1, ["Priority", "Definition"], bold=True)
    put_row(p, 2, ["High", "Significant weakness in the control framework; action needed within three months."])
    put_row(p, 3, ["Medium", "Weakness that should be addressed within six months."])
    put_row(p, 4, ["Low", "Minor improvement to good practice; action within twelve months."])
    widths(p, {"A": 12, "B": 80})
    wb.save(out("zvr-catch22-audit-risk-committee-internal-audit-recommendations-tracker.xlsx"))


# ======================================================== 2. Sussex & Brighton CCA
def make_sussex():
    wb = Workbook()
    r = wb.active
    r.title = "Risk Register"
    r.merge_cells("A1:K1")
    r["A1"] = "Sussex and Brighton Combined County Authority – Strategic Risk Register 2026/27"
    r["A1"].font = Font(bold=True, size=14)
    r.merge_cells("A2:K2")
    r["A2"] = "Position at 30 June 2026 (Quarter 1) – presented to the Audit and Governance Committee, 22 July 2026"
    r.merge_cells("A3:K3")
    r["A3"] = "Scores are Likelihood × Impact (1–5 each). Low 1–6 (green); Medium 8–12 (amber); High 15–25 (red)."
    r["A3"].font = Font(italic=True)
    hdr = ["Risk ref", "Risk description (cause, event, consequence)", "Risk owner", "Inherent score",
           "Current controls", "Current score", "Trend", "Further actions required", "Action owner",
           "Target date", "Target score"]
    put_row(r, 5, hdr, bold=True)
    for c in range(1, 12):
        r.cell(row=5, column=c).fill = fill(LIGHT)

    def score_fill(cell):
        v = cell.value
        if isinstance(v, int):
            cell.fill = fill(RED if v >= 15 else AMBER if v >= 8 else GREEN)

    rows = [
        (6, ["SR01",
             "Organisational capacity: the CCA cannot recruit and retain enough skilled staff during establishment, leading to delays in delivering devolved functions and continued reliance on secondees from the constituent councils.",
             "Chief Executive", 20,
             "Interim staffing agreement with the constituent councils; establishment plan approved by the Board in March 2026.",
             16, "↔",
             "Complete recruitment to the permanent senior leadership team (Directors of Strategy, Finance and Transport).",
             "Chief Executive", D(2026, 9, 30), 9]),
        (7, [None, None, None, None, None, None, None,
             "Agree a secondment exit plan with East Sussex County Council, West Sussex County Council and Brighton & Hove City Council.",
             "Head of HR & OD", D(2026, 12, 31), None]),
        (8, ["SR02",
             "Adult Skills Fund: the CCA is not ready to commission the devolved Adult Skills Fund from August 2027, so that provision is disrupted and funding is clawed back.",
             "Director of Economy and Skills", 16,
             "DfE readiness conditions tracked monthly; skills officers seconded from West Sussex.",
             12, "↑",
             "Finalise the Adult Skills Fund commissioning strategy and provider allocations for the 2027/28 academic year.",
             "Director of Economy and Skills", D(2027, 1, 31), 6]),
        (9, [None, None, None, None, None, None, None,
             "Put in place a provider performance monitoring framework with quarterly reviews.",
             "Head of Skills", "0ct-26", None]),
        (10, ["SR03",
              "Local transport: the three transport authorities and the CCA do not align their plans, weakening the case for the Consolidated Transport Budget and delaying schemes.",
              "Director of Transport", 15,
              "Transport Officers Group meets fortnightly; joint bus service improvement plan in place.",
              12, "↔",
              "Agree a joint timetable for the new Local Transport Plan with the three transport authorities.",
              "Director of Transport", D(2026, 12, 31), 8]),
        (11, [None, None, None, None, None, None, None,
              "Submit the transport assurance framework to the Department for Transport.",
              "Head of Transport Policy", D(2026, 11, 30), None]),
        (12, ["SR04",
              "Financial sustainability: capacity funding ends in March 2028 and the CCA has no settled long-term funding model, so that it cannot sustain its core structure.",
              "Interim Chief Finance Officer", 16,
              "Budget 2026/27 approved; constituent council contributions agreed for two years.",
              12, "↓",
              "Prepare a medium-term financial plan for 2027/28 to 2029/30 for Board approval.",
              "Interim Chief Finance Officer", D(2027, 2, 28), 8]),
        (13, ["SR05",
              "Information governance: personal data transferred from the constituent councils is not managed lawfully in the CCA’s new systems, leading to a data breach and regulatory action.",
              "Monitoring Officer", 12,
              "Data sharing agreements signed with the constituent councils; interim DPO service from Brighton & Hove.",
              8, "↔",
              "Complete data protection impact assessments for the shared ICT and records systems.",
              "Monitoring Officer", D(2026, 9, 30), 4]),
        (14, [None, None, None, None, None, None, None,
              "Adopt an information governance framework and appoint a permanent Data Protection Officer.",
              "Monitoring Officer", D(2026, 8, 31), None]),
    ]
    for rr, vals in rows:
        put_row(r, rr, vals, fmt="mmm-yy")
        for c in (4, 6, 11):
            score_fill(r.cell(row=rr, column=c))
    r.merge_cells("A16:K16")
    r["A16"] = "Trend: ↑ increasing, ↔ no change, ↓ decreasing since the last report."
    widths(r, {"A": 8, "B": 48, "C": 20, "D": 10, "E": 38, "F": 10, "G": 7, "H": 46,
               "I": 24, "J": 11, "K": 10})

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Likelihood × Impact scoring"
    m["A1"].font = Font(bold=True)
    put_row(m, 3, ["Likelihood \\ Impact", 1, 2, 3, 4, 5], bold=True)
    for lk in range(5, 0, -1):
        rr = 4 + (5 - lk)
        put_row(m, rr, [lk] + [lk * i for i in range(1, 6)])
        for c in range(2, 7):
            score_fill(m.cell(row=rr, column=c))

    v = wb.create_sheet("Version control")
    put_row(v, 1, ["Version", "Date", "Author", "Changes"], bold=True)
    put_row(v, 2, ["0.1", D(2026, 3, 2), "Governance Manager", "First register adopted at establishment."])
    put_row(v, 3, ["1.0", D(2026, 7, 8), "Governance Manager", "Quarter 1 review; SR05 added."])
    widths(v, {"A": 9, "B": 12, "C": 22, "D": 50})
    wb.save(out("zvr-sussex-and-brighton-cca-strategic-risk-register-2026-27-typo-month-refuse.xlsx"))


# ================================================================= 3. Menzies HSE
def make_menzies():
    wb = Workbook()
    c = wb.active
    c.title = "Cover"
    c["A1"] = "Menzies Aviation (UK) Limited – London Gatwick: HSE Improvement Notices Compliance Action Tracker"
    c["A1"].font = Font(bold=True, size=14)
    c["A2"] = "Ramp and baggage operations, North and South Terminals"
    put_row(c, 4, ["Document owner", "Head of Health, Safety & Environment – UK"])
    put_row(c, 5, ["Version", "v1.4"])
    put_row(c, 6, ["Last updated", D(2024, 11, 14)])
    put_row(c, 7, ["Distribution", "Station Management Team; UK Safety Board; HSE inspector (copy on request)"])
    for rr in range(4, 8):
        c.cell(row=rr, column=1).font = Font(bold=True)
    c["A9"] = "RAG key – the Current RAG column on the Tracker sheet is shown by colour only"
    c["A9"].font = Font(bold=True)
    for i, (txt, colr) in enumerate([("Complete – evidence held", BLUE), ("On track", GREEN),
                                     ("At risk – extension requested or agreed", AMBER),
                                     ("Overdue / compliance date at risk", RED)]):
        c.cell(row=10 + i, column=1).fill = fill(colr)
        c.cell(row=10 + i, column=1).border = BOX
        c.cell(row=10 + i, column=2, value=txt)
    c["A15"] = "Previous RAG is the position reported to the UK Safety Board on 10 October 2024."
    widths(c, {"A": 22, "B": 70})

    t = wb.create_sheet("Tracker")
    t.merge_cells("A1:H1")
    t["A1"] = "Improvement Notices served 19 June 2024 – action tracker"
    t["A1"].font = Font(bold=True, size=13)
    put_row(t, 3, ["No.", "Action", "Owner", "Target date", "Revised date", "Evidence / progress",
                   "Previous RAG", "Current RAG"], bold=True)
    for col in range(1, 9):
        t.cell(row=3, column=col).fill = fill(LIGHT)

    def head(r, text, bold=True, colr=GREY):
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        cell = t.cell(row=r, column=1, value=text)
        cell.font = Font(bold=bold, italic=not bold)
        cell.fill = fill(colr)
        cell.alignment = WRAP

    def act(r, vals, cur):
        put_row(t, r, vals + [None])
        t.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        if cur:
            t.cell(row=r, column=8).fill = fill(cur)

    head(4, "Improvement Notice 1 (IN/0493) – Manual handling of loose-loaded baggage")
    head(5, "Requirement: Provide belt loaders or other equally effective mechanical aids for loading and unloading narrow-body aircraft holds, and review the manual handling risk assessments for this work.", bold=False, colr="FFF2F2F2")
    act(6, ["1.1", "Complete task-specific manual handling risk assessments for hold loading on A320-family and B737 aircraft, involving ramp agents and Unite safety representatives.",
            "Head of Health, Safety & Environment – UK", D(2024, 7, 31), None,
            "Assessments signed off 26/07/2024 and shared with the HSE inspector.", "G"], BLUE)
    act(7, ["1.2", "Deploy two additional belt loaders and one extendable belt unit to the North Terminal stands and make their use mandatory for all loose-loaded departures.",
            "Station Manager LGW / Ground Equipment Manager", D(2024, 9, 30), D(2024, 12, 31),
            "Belt loaders delivered; extendable unit delayed by the supplier. Extension to 31/12/2024 agreed with HSE on 12/09/2024.", "A"], AMBER)
    act(8, ["1.3", "Brief all ramp agents on the revised safe system of work and record attendance on the training system.",
            "Training Manager", D(2024, 8, 31), None,
            "412 of 430 agents briefed (96%); the rest are on long-term absence and will be briefed on return.", "A"], GREEN)
    head(9, "Improvement Notice 2 (IN/0494) – Workplace transport on airside stands")
    head(10, "Requirement: Assess and control the risks from vehicle movements around aircraft during turnround, including reversing of baggage tugs and dollies.", bold=False, colr="FFF2F2F2")
    act(11, ["2.1", "Require a banksman for every reversing movement of a tug on stand, with the designated banksman identified by an orange tabard.",
             "J. Okafor & P. Lindqvist", D(2024, 8, 31), None,
             "In place from 05/08/2024; weekly compliance checks by duty managers.", "G"], BLUE)
    act(12, ["2.2", "Fit reversing cameras and proximity sensors to the 38 baggage tugs in the Gatwick fleet.",
             "Ground Equipment Manager", D(2024, 10, 31), D(2025, 2, 28),
             "22 of 38 tugs fitted. Parts shortage from the manufacturer; HSE informed.", "A"], RED)
    act(13, ["2.3", "Mark pedestrian routes and equipment restraint areas on stands 101–112 in agreement with Gatwick Airport Limited.",
             "Station Manager LGW", D(2024, 11, 30), None,
             "Layout approved by Gatwick airside operations; painting booked for November night closures.", "G"], GREEN)
    head(14, "HSE letter of 19 June 2024 – material breaches (no notice served)")
    head(15, "Matter: Welfare facilities and rest breaks for ramp staff", bold=False, colr="FFF2F2F2")
    act(16, ["3.1", "Refurbish the crew room in the South Terminal baggage hall, including seating, drinking water and heating.",
             "Facilities Manager", D(2025, 1, 31), None, None, None], None)
    act(17, ["3.2", "Review rostering so that ramp agents receive a 20-minute break on every shift of more than six hours.",
             "Resource Planning Manager; Station Manager LGW", D(2024, 12, 31), None,
             "Roster rules updated in the planning system; monitored through the monthly break compliance report.", "A"], GREEN)
    t.merge_cells("A19:H19")
    t["A19"] = ("Notes: target dates are the compliance dates on the notices; revised dates have been "
                "agreed in writing with HSE. Evidence is held on the Gatwick H&S SharePoint site.")
    t["A19"].font = Font(italic=True)
    t["A19"].alignment = WRAP
    widths(t, {"A": 6, "B": 58, "C": 28, "D": 12, "E": 12, "F": 48, "G": 10, "H": 10})
    wb.save(out("zvr-menzies-aviation-uk-hse-improvement-notices-action-tracker.xlsx"))


# ----------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


DOCX_COL = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


# ================================================================ 4. Felsted ISI
def make_felsted():
    doc = Document()
    doc.add_heading("Felsted School: Action Plan following the ISI Inspection of 4–6 March 2025", level=0)
    doc.add_paragraph("Updated for the Education Committee of the Governing Body, September 2025")

    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Document owner", "Head"),
                                ("Approved", "Education Committee, 12 May 2025"),
                                ("Version", "2 (progress added September 2025)"),
                                ("Review", "Termly, by the Senior Leadership Team")]):
        set_text(dc.cell(i, 0), a, bold=True)
        set_text(dc.cell(i, 1), b)

    doc.add_paragraph()
    doc.add_paragraph(
        "The inspection found that the school meets the Independent School Standards and the National "
        "Minimum Standards for Boarding Schools. Inspectors identified the recommended next steps below. "
        "Each is set out under the section of the ISI framework in which it appears, followed by the "
        "actions the school will take.")
    doc.add_paragraph("Progress key:")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (txt, col) in enumerate([("Complete", "blue"), ("On track", "green"),
                                    ("Behind schedule", "amber"), ("Off track", "red")]):
        set_text(key.cell(0, i), txt, bold=True)
        shade(key.cell(0, i), DOCX_COL[col])

    hdr = ["Ref", "Action", "Lead", "Timescale", "Success criteria / evidence", "Progress"]
    prog_col = {"Complete": "blue", "On track": "green", "Behind schedule": "amber", "Off track": "red"}

    def section(title, blocks):
        doc.add_heading(title, level=2)
        nrows = 1 + sum(1 + len(acts) for _, acts in blocks)
        tb = doc.add_table(rows=nrows, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_text(tb.cell(0, i), h, bold=True)
            shade(tb.cell(0, i), "D9E2F3")
        r = 1
        for step, acts in blocks:
            set_text(tb.cell(r, 0), "Next step", bold=True)
            shade(tb.cell(r, 0), "F2F2F2")
            merged = tb.cell(r, 1).merge(tb.cell(r, 5))
            set_text(merged, step, bold=True)
            shade(merged, "F2F2F2")
            r += 1
            for a in acts:
                for i, v in enumerate(a):
                    set_text(tb.cell(r, i), v)
                if a[5] in prog_col:
                    shade(tb.cell(r, 5), DOCX_COL[prog_col[a[5]]])
                r += 1

    section("Section 1: Leadership and management, and governance", [
        ("Leaders should ensure that the school’s self-evaluation draws more systematically on pupils’ views, so that improvement planning reflects their experience.", [
            ("1.1", "Introduce a termly pupil voice survey for all year groups, with results analysed by the Senior Leadership Team.",
             "Deputy Head (Academic) and Head of Sixth Form", "Autumn term 2025",
             "Survey run in each term; SLT minutes show results discussed.", "On track"),
            ("1.2", "Add a pupil voice section to each department’s annual review and to the School Development Plan.",
             "Director of Teaching & Learning", "September 2025",
             "Revised review template in use; SDP 2025–26 includes pupil voice targets.", "Complete"),
        ]),
    ])
    section("Section 2: Quality of education, training and recreation", [
        ("Ensure that teaching in the Prep and Lower School consistently adapts tasks for pupils who have special educational needs and/or disabilities (SEND), so that they make the progress of which they are capable.", [
            ("2.1", "Deliver INSET on adaptive teaching strategies for all Prep and Lower School staff.",
             "SENDCo", "Summer term 2025",
             "INSET delivered 23 April 2025; follow-up clinics held.", "Complete"),
            ("2.2", "Share pupil passports with all teaching staff through the MIS, and check how they are used through learning walks.",
             "SENDCo; Heads of Department", "Summer term 2026",
             "Learning walks show passports used in planning in at least 90% of lessons seen.", "On track"),
        ]),
    ])
    doc.add_heading("Section 3: Pupils’ physical and mental health and emotional wellbeing", level=2)
    doc.add_paragraph("No next steps were identified in this section. The school will continue its "
                      "existing wellbeing programme and report on it through the termly pastoral review.")
    section("Section 4: Pupils’ social and economic education and contribution to society", [
        ("Broaden the careers programme so that pupils in Years 9 to 11 learn more about apprenticeships and technical routes.", [
            ("4.1", "Invite apprenticeship providers and local employers to the Careers Fair and the Year 11 options evening.",
             "Head of Careers", "February 2026",
             "At least four apprenticeship providers attend; pupil feedback collected.", "Not started"),
        ]),
    ])
    section("Section 5: Safeguarding", [
        ("Ensure that low-level concerns about adults are recorded consistently in all boarding houses.", [
            ("5.1", "Move low-level concern recording for all boarding houses onto MyConcern and withdraw the paper logs.",
             "DSL", "Autumn term 2025",
             "All houses using MyConcern; paper logs archived.", "Behind schedule"),
            ("5.2", "Train housemasters, housemistresses and matrons to identify and record low-level concerns.",
             "DSL and Deputy Head (Pastoral)", "June 2025",
             "Training records show 100% attendance.", "Complete"),
        ]),
        ("Ensure that the single central record shows the date of the prohibition check for every member of staff appointed since September 2024.", [
            ("5.3", "Audit the single central record against personnel files and add any missing prohibition-check dates.",
             "HR Manager", "30 April 2025",
             "Audit completed 28 April 2025; no gaps remain.", "Complete"),
            ("5.4", "The safeguarding governor to check the single central record each term and report to the full Governing Body.",
             "Safeguarding Governor", "Termly",
             "Governor’s termly report received by the Governing Body.", "On track"),
        ]),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to the Education Committee each term.")
    doc.save(out("zvr-felsted-school-isi-inspection-action-plan.docx"))


# ================================================================== 5. SGSA Casey
def make_sgsa():
    doc = Document()
    doc.add_heading("Sports Grounds Safety Authority – UEFA Euro 2020 Final: Lessons Learned Action Plan", level=0)
    doc.add_paragraph("Progress update for the SGSA Board, 20 June 2023 (paper B/23/14)")
    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "Baroness Casey’s independent review of the events surrounding the UEFA Euro 2020 Final at Wembley "
        "Stadium on 11 July 2021 was published on 3 December 2021. This plan brings together the actions "
        "the SGSA agreed in response to the recommendations that involve the Authority and the lessons from "
        "our own internal debrief. It is reviewed by the Executive Team monthly and by the Board each quarter.")
    doc.add_heading("RAG status key", level=1)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (col, txt) in enumerate([("Blue", "Complete"), ("Green", "On track"),
                                    ("Amber", "Some risk to delivery; revised date agreed"),
                                    ("Red", "Significant risk; Board attention needed")]):
        set_text(key.cell(i, 0), col, bold=True)
        shade(key.cell(i, 0), DOCX_COL[col.lower()])
        set_text(key.cell(i, 1), txt)

    doc.add_heading("Action plan", level=1)
    hdr = ["No.", "Lesson identified", "Action", "Lead", "Original date", "Revised date", "RAG"]
    themes = [
        ("Theme 1: Planning for events of national significance", [
            ("Casey Recommendation 1: A new category of ‘events of national significance’ should be created, with enhanced planning and multi-agency oversight.", [
                ("1.1", "Work with DCMS, the FA and the National Police Chiefs’ Council to agree criteria for designating matches as events of national significance.",
                 "Chief Executive", "March 2023", "", "Blue"),
                ("1.2", "Publish supplementary guidance for local authority safety advisory groups on planning for events of national significance.",
                 "Head of Policy / Head of Inspectorate", "Dec 2023", "March 2024", "Amber"),
            ]),
        ]),
        ("Theme 2: Stewarding and the safety workforce", [
            ("Casey Recommendation 3: The SGSA, with the FA and the football authorities, should review stewarding, including training, deployment and the use of agency staff.", [
                ("2.1", "Commission an independent review of steward recruitment, retention and qualifications across professional football.",
                 "Director of Operations", "June 2022", "", "Blue"),
                ("2.2", "Consult on changes to the stewarding chapter of the Guide to Safety at Sports Grounds arising from the review.",
                 "Head of Policy", "Sept 2023 – March 2024", "", "Green"),
            ]),
            ("SGSA debrief: inspectors on duty at Wembley had no clear route to escalate concerns to a director during the event.", [
                ("2.3", "Introduce an on-the-day escalation protocol for SGSA inspectors at designated matches, with a direct line to the duty director.",
                 "Head of Inspectorate", "October 2022", "", "Blue"),
            ]),
        ]),
        ("Theme 3: Certification and local authority oversight", [
            ("SGSA debrief: local authority oversight of safety certificates for one-off events at designated grounds is inconsistent.", [
                ("3.1", "Carry out a thematic review of special safety certificates issued for non-football events at designated grounds.",
                 "Inspectors (London & South East)", "Q3 2023/24", "", "Red"),
                ("3.2", "Revise the annual inspection plan so that every designated ground receives at least one unannounced inspection each season.",
                 "Head of Inspectorate", "Ongoing", "", "Green"),
                ("3.3", "Share the lessons from Euro 2020 with the organisers of the UEFA Euro 2028 host venues in England.",
                 "MB & KT", "March 2025", "", ""),
            ]),
        ]),
    ]
    nrows = 1
    for _, lessons in themes:
        nrows += 1 + sum(len(a) for _, a in lessons)
    tb = doc.add_table(rows=nrows, cols=7)
    tb.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_text(tb.cell(0, i), h, bold=True)
        shade(tb.cell(0, i), "1F3864")
        tb.cell(0, i).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    r = 1
    for theme, lessons in themes:
        m = tb.cell(r, 0).merge(tb.cell(r, 6))
        set_text(m, theme, bold=True, size=10)
        shade(m, "D9E2F3")
        r += 1
        for lesson, acts in lessons:
            top = r
            for a in acts:
                set_text(tb.cell(r, 0), a[0])
                for i, v in enumerate(a[1:], start=2):
                    if v:
                        set_text(tb.cell(r, i), v)
                if a[5]:
                    shade(tb.cell(r, 6), DOCX_COL[a[5].lower()])
                r += 1
            lc = tb.cell(top, 1)
            if r - 1 > top:
                lc = tb.cell(top, 1).merge(tb.cell(r - 1, 1))
            set_text(lc, lesson)
    doc.add_paragraph()
    doc.add_paragraph("Actions closed at this meeting will be removed from the next update. "
                      "Recommendations addressed to the FA, Wembley Stadium and the Metropolitan Police "
                      "are monitored by those organisations and are not included here.")
    doc.save(out("zvr-sports-grounds-safety-authority-euro-2020-final-lessons-learned-action-plan.docx"))


# ============================================================ 6. Lymington TC csv
def make_lymington():
    rows = [
        ["Lymington & Pennington Town Council – Action Log", "", "", "", "", ""],
        ["Updated following Full Council, 2 February 2026", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Minute Ref", "Action", "Responsible", "Due by", "RAG", "Progress / comments"],
        ["FULL COUNCIL", "", "", "", "", ""],
        ["FC/25/112", "Write to Hampshire County Council asking for a review of the speed limit through Pennington village centre.",
         "Town Clerk", "30/11/2025", "Complete", "Letter sent 14/11/2025; HCC has acknowledged."],
        ["FC/25/118", "Obtain three quotes for replacing the Town Hall boiler and report them to the Policy & Resources Committee.",
         "Deputy Town Clerk", "Jan 2026", "Amber", "Two quotes received; third contractor has not yet visited."],
        ["FC/25/131", "Arrange a public consultation, with New Forest District Council, on the future of the Quay public toilets.",
         "Town Clerk / Cllr Mrs A. Goodfellow", "March 2026", "Green", "Joint drop-in session booked for 7 March."],
        ["FC/26/004", "Review the Council's Standing Orders against the latest NALC model and bring any changes to the Annual Meeting.",
         "Town Clerk", "May 2026", "Not started", ""],
        ["AMENITIES & ESTATES COMMITTEE", "", "", "", "", ""],
        ["AE/25/044", "Replace the damaged play equipment at Woodside Park and reopen the toddler area.",
         "Estates Manager", "31/10/2025", "Red", "Replacement climbing frame on a 14-week lead time; area remains fenced off."],
        ["AE/25/051", "Install two additional dog-waste bins on the Pennington Common footpath.",
         "Estates Manager", "Dec-25", "Complete", "Installed 9 December."],
        ["AE/25/057", "Prepare a tree management plan for council-owned open spaces, including a survey of ash dieback.",
         "Cllr Harris / Cllr Penman", "Ongoing", "Green", "Tree surgeon appointed; survey of 4 of 9 sites complete."],
        ["PLANNING COMMITTEE", "", "", "", "", ""],
        ["PL/26/009", "Respond to the New Forest District Council Local Plan Review consultation.",
         "Planning Committee Chair & Town Clerk", "13/02/2026", "Amber", "Draft response to be agreed at the 9 February meeting."],
        ["", "", "", "", "", ""],
        ["RAG: Green - on target; Amber - some delay; Red - stalled or needs a Council decision; Complete - to be removed at next review.", "", "", "", "", ""],
    ]
    with open(out("zvr-lymington-and-pennington-town-council-action-log.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ======================================================== 7. Yorkshire Dales txt
def make_ydnpa():
    L = []
    L += ["Yorkshire Dales National Park Authority – ICO Data Protection Audit: Management Action Plan",
          "Audit fieldwork: 10–12 October 2023. Final report issued: 15 December 2023.",
          "Progress update for the Audit and Review Committee, 9 December 2024",
          "",
          "ICO recommendation priorities: Urgent / High / Medium / Low",
          "Status key: Complete (blue) | On track (green) | Delayed (amber) | Overdue (red) | Not started",
          ""]

    def area(title):
        L.extend(["=" * 64, title, "=" * 64, ""])

    def rec(ref, prio, recommendation, action, owner, target, status, revised=None, progress=None):
        L.append(f"Ref {ref} | Priority: {prio}")
        L.append(f"Recommendation: {recommendation}")
        L.append(f"Agreed action: {action}")
        L.append(f"Owner: {owner}")
        if revised:
            L.append(f"Original target date: {target}")
            L.append(f"Revised target date: {revised}")
        else:
            L.append(f"Target date: {target}")
        if progress:
            L.append(f"Progress: {progress}")
        L.append(f"Status: {status}")
        L.append("")

    area("SCOPE AREA 1: GOVERNANCE AND ACCOUNTABILITY")
    rec("A4", "High",
        "Formally appoint a Data Protection Officer with documented responsibilities and a direct reporting line to the Senior Leadership Team.",
        "Designate the Information Governance Officer as DPO, update the job description and report DPO activity to SLT quarterly.",
        "Director of Corporate Services", "31/03/2024", "Complete")
    rec("A9", "Medium",
        "Maintain a complete Record of Processing Activities (ROPA).",
        "Complete the information asset registers for Planning, the Ranger Service and Estates, and add them to the ROPA.",
        "Information Governance Officer / Heads of Service", "30/06/2024", "Delayed",
        revised="31/01/2025", progress="Planning and Estates registers done; Ranger Service register in draft.")
    rec("A10", "Low",
        "Review the ROPA at least annually.",
        "Add an annual ROPA review to the Information Governance Group work plan and publish a summary in the privacy notice.",
        "Information Governance Officer", "Annually", "On track")
    area("SCOPE AREA 2: RECORDS MANAGEMENT")
    rec("B3", "High",
        "Put in place a retention schedule covering all records held by the Authority, including those in Microsoft 365.",
        "Adopt a corporate retention schedule based on the National Parks England template and configure retention labels in SharePoint.",
        "Head of ICT; Information Governance Officer", "Q4 2024/25", "On track")
    rec("B7", "Medium",
        "Check regularly that paper records in the Bainbridge and Grassington offices are stored securely.",
        "Introduce a six-monthly clear desk and secure storage check at each office, with results reported to the Information Governance Group.",
        "Office Managers (Bainbridge & Grassington)", "September 2024", "Complete")
    area("SCOPE AREA 3: INFORMATION SECURITY")
    rec("C2", "Urgent",
        "Ensure that all laptops and mobile devices are encrypted and that unencrypted removable media is blocked.",
        "Apply BitLocker to the remaining 14 field laptops and block USB storage through Intune policy.",
        "Head of ICT", "29/02/2024", "Complete")
    rec("C6", "Medium",
        "Test the ICT disaster recovery plan, including the restoration of personal data from backup.",
        "Run a restore test of the planning and HR systems and record the outcome.",
        "Head of ICT", "31/10/2024", "Delayed",
        revised="30/04/2025", progress="Test postponed until the new backup contract starts in February 2025.")
    area("SCOPE AREA 4: TRAINING AND AWARENESS")
    rec("D1", "High",
        "Make data protection training mandatory for all staff and volunteers who handle personal data, with refresher training every two years.",
        "Roll out the e-learning module to all staff and Dales Volunteers and track completion through the HR system.",
        "HR Manager & Volunteer Development Officer", "31/10/2024", "Overdue",
        progress="88% of staff complete; the volunteer module has not yet been launched.")
    L.append("End of action plan. Completed actions will be reported to the ICO at the follow-up audit.")
    with open(out("zvr-yorkshire-dales-npa-ico-data-protection-audit-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_catch22()
    make_sussex()
    make_menzies()
    make_felsted()
    make_sgsa()
    make_lymington()
    make_ydnpa()
    print("built 7 files in", HERE)
