"""Build the seven es2- blind test files (set heldout183).

Run with: /work/main/.venv/bin/python es2_make.py
Writes into the folder this script lives in.
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
BAND = "DDEBF7"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def d(y, m, day):
    return datetime(y, m, day)


def put(ws, row, values, bold=False, border=True, date_fmt="dd/mm/yyyy"):
    for i, v in enumerate(values, start=1):
        if v is None:
            c = ws.cell(row=row, column=i)
        else:
            c = ws.cell(row=row, column=i, value=v)
            if isinstance(v, datetime):
                c.number_format = date_fmt
        c.alignment = WRAP
        if border:
            c.border = BOX
        if bold:
            c.font = Font(bold=True)


# ---------------------------------------------------------------------------
# 1. East Riding of Yorkshire Council - ASC CQC assessment improvement plan
# ---------------------------------------------------------------------------
def make_east_riding():
    title = "East Riding of Yorkshire Council – Adult Social Care Improvement Plan 2025/26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov.merge_cells("A1:D1")
    cov["A3"] = "Response to the CQC Local Authority Assessment report published 14 March 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    put(cov, 6, ["Version", "Date", "Author", "Change"], bold=True)
    put(cov, 7, ["0.3", d(2025, 5, 2), "ASC Improvement Lead", "Draft for Adults DMT"])
    put(cov, 8, ["1.0", d(2025, 5, 20), "ASC Improvement Lead", "Approved by Adults Improvement Board"])
    put(cov, 9, ["1.2", d(2025, 10, 7), "ASC Improvement Lead", "Quarter 2 progress update"])
    cov["A11"] = "Plan owner: Director of Adults, Health and Care"
    for col, w in zip("ABCD", (12, 14, 24, 40)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Progress position at 30 September 2025 – reported to Adults Improvement Board "
                "14 October 2025")
    put(ws, 4, ["Ref", "Area for improvement (what CQC told us)", "Action", "Lead officer(s)",
                "Target date", "Revised target date", "Previous RAG (Q1)", "Current RAG (Q2)",
                "Progress update"], bold=True)
    for c in range(1, 10):
        ws.cell(row=4, column=c).fill = fill(GREY)

    def band(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=row, column=c).fill = fill(BAND)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)

    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}

    def action(row, ref, afi, text, lead, target, revised, prev, cur, update):
        put(ws, row, [ref, afi, text, lead, target, revised, prev, cur, update],
            date_fmt="dd/mm/yyyy")
        if prev in rag_fill:
            ws.cell(row=row, column=7).fill = fill(rag_fill[prev])
        if cur in rag_fill:
            ws.cell(row=row, column=8).fill = fill(rag_fill[cur])

    band(5, "Theme 1: Working with people")
    afi11 = ("People told us they waited too long for a Care Act assessment, and waiting lists "
             "for occupational therapy assessments were high.")
    action(6, "1.1", afi11,
           "Introduce a single front door triage model with daily waiting list reviews by a "
           "senior practitioner.",
           "Head of Adult Social Care Operations", d(2025, 9, 30), None, "A", "G",
           "Triage model live from 1 September 2025; waiting list reduced from 612 to 418.")
    action(7, "1.2", None,
           "Commission additional occupational therapy assessment capacity through a 12-month "
           "framework contract.",
           "Head of Commissioning / Principal Occupational Therapist", d(2025, 6, 30),
           d(2025, 12, 31), "A", "A",
           "Procurement delayed by a challenge to the tender; contract award now expected "
           "November 2025.")
    ws.merge_cells("B6:B7")
    action(8, "1.3",
           "Unpaid carers did not consistently receive a carer’s assessment or know what "
           "support was available.",
           "Refresh the Carers’ Strategy with carers and the Carers’ Support Service, including "
           "an offer of a carer’s assessment at every adult assessment.",
           "M. Holtby & R. Carr", "Mar-26", None, "G", "G",
           "Co-production workshops held in July and August; draft strategy out for "
           "consultation.")

    band(9, "Theme 2: Providing support")
    afi21 = ("The council’s understanding of the local care market was limited and there was "
             "not enough nursing care or specialist dementia provision.")
    action(10, "2.1", afi21,
           "Publish a refreshed Market Position Statement with a ten-year forecast of nursing "
           "and dementia demand.",
           "Head of Commissioning", d(2025, 7, 31), None, "G", "Complete",
           "Market Position Statement published 28 July 2025.")
    action(11, "2.2", None,
           "Agree a dementia nursing capacity plan with providers in the Bridlington and Goole "
           "localities.",
           "Head of Commissioning", d(2026, 3, 31), None, "A", "R",
           "Two providers withdrew from discussions; escalated to Adults Improvement Board.")
    ws.merge_cells("B10:B11")
    action(12, "2.3",
           "Transitions for young people moving into adult services were not always timely or "
           "well planned.",
           "Establish a Preparing for Adulthood panel reviewing every young person with care "
           "needs from age 14.\nJoint protocol to be signed off by Children’s and Adults’ DMTs.",
           "Service Manager (Transitions)", "Q3 2025/26", None, None, "G",
           "Panel terms of reference agreed; first panel 6 November 2025.")

    band(13, "Theme 3: Ensuring safety")
    action(14, "3.1",
           "Safeguarding enquiries were not always completed within timescales and there was a "
           "backlog of Deprivation of Liberty Safeguards (DoLS) applications.",
           "Clear the DoLS backlog using a dedicated Best Interests Assessor team and weekly "
           "performance reporting.",
           "DoLS Team Manager", d(2025, 12, 31), d(2026, 3, 31), "R", "A",
           "Backlog down from 1,240 to 730; two agency BIAs start in October.")

    band(15, "Theme 4: Leadership")
    action(16, "4.1",
           "Quality assurance and performance information was not used consistently to drive "
           "improvement.",
           "Launch a monthly practice assurance audit programme and a quarterly performance "
           "report to Health, Care and Wellbeing Overview and Scrutiny Sub-Committee.",
           "Principal Social Worker", "Ongoing", None, "G", "G",
           "Audit programme running since June 2025; 64 case audits completed.")

    ws["A18"] = ("Notes: Revised target dates were agreed by the Adults Improvement Board on "
                 "14 October 2025. RAG ratings are self-assessed by leads and moderated by the "
                 "ASC Improvement Lead.")
    for col, w in zip("ABCDEFGHI", (7, 38, 48, 26, 13, 13, 11, 11, 42)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    rows = [("Complete", BLUE, "Action delivered and evidence accepted by the Board"),
            ("G", GREEN, "On track to deliver by the target date"),
            ("A", AMBER, "Some slippage – recoverable within the plan year"),
            ("R", RED, "Off track – escalation to the Adults Improvement Board needed")]
    for i, (k, col, desc) in enumerate(rows, start=2):
        key.cell(row=i, column=1, value=k).fill = fill(col)
        key.cell(row=i, column=2, value=desc)
    key.column_dimensions["B"].width = 60

    wb.save(os.path.join(HERE, "es2-east-riding-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. East Sussex Fire & Rescue Service - HMICFRS AFI improvement plan
# ---------------------------------------------------------------------------
def make_esfrs():
    title = ("HMICFRS Effectiveness, Efficiency and People 2023–25 – Areas for Improvement "
             "Action Plan")
    status_fill = {"Complete": BLUE, "On Track": GREEN, "At Risk": AMBER, "Off Track": RED,
                   "Not Started": GREY}
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "East Sussex Fire & Rescue Service"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = title
    sm["A2"].font = Font(bold=True)
    sm["A4"] = "Position as at: 31 October 2025"
    put(sm, 6, ["Status", "No. of actions"], bold=True)
    counts = [("Complete", 2), ("On Track", 3), ("At Risk", 1), ("Off Track", 0),
              ("Not Started", 1)]
    r = 7
    for s, n in counts:
        put(sm, r, [s, n])
        sm.cell(row=r, column=1).fill = fill(status_fill[s])
        r += 1
    put(sm, r, ["Total", 7], bold=True)
    sm["A15"] = "Status key"
    sm["A15"].font = Font(bold=True)
    key = [("Complete", "Action delivered and evidence accepted by the HMICFRS Assurance Board"),
           ("On Track", "Progressing to plan"),
           ("At Risk", "Slippage against the due date – mitigation in place"),
           ("Off Track", "Will not be delivered without intervention"),
           ("Not Started", "Action not yet due to start")]
    for i, (k, desc) in enumerate(key, start=16):
        sm.cell(row=i, column=1, value=k).fill = fill(status_fill[k])
        sm.cell(row=i, column=2, value=desc)
    sm.column_dimensions["A"].width = 16
    sm.column_dimensions["B"].width = 70

    ws = wb.create_sheet("AFI Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    put(ws, 3, ["Inspection area", "AFI ref", "Area for improvement / Action", "Action owner",
                "Original due date", "Revised due date", "Status", "Update (October 2025)"],
        bold=True)
    for c in range(1, 9):
        ws.cell(row=3, column=c).fill = fill("F4B084")

    def afi(row, ref, text):
        put(ws, row, [None, ref, text, None, None, None, None, None])
        for c in range(2, 9):
            ws.cell(row=row, column=c).fill = fill(GREY)
            ws.cell(row=row, column=c).font = Font(bold=True)

    def act(row, ref, text, owner, due, revised, status, update):
        put(ws, row, [None, ref, text, owner, due, revised, status, update])
        ws.cell(row=row, column=7).fill = fill(status_fill[status])

    def area(first, last, text):
        ws.cell(row=first, column=1, value=text).font = Font(bold=True)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)

    afi(4, "AFI 1", "The service should make sure it targets its prevention work at the people "
                    "most at risk, and that home safety visits are completed within its own "
                    "timescales.")
    act(5, "1a", "Implement the new CFRMIS home safety visit prioritisation tool so that very "
                 "high and high-risk referrals are allocated within 24 hours.",
        "Head of Prevention", d(2025, 3, 31), None, "Complete",
        "Tool live since March 2025; 97% of very high-risk referrals allocated within 24 hours.")
    act(6, "1b", "Reduce the number of home safety visits waiting more than 28 days to below 100.",
        "Head of Prevention / Station Manager Community Safety", d(2025, 6, 30),
        d(2025, 12, 31), "At Risk",
        "Backlog 164 at end of October; additional on-call crew visits agreed.")
    afi(7, "AFI 2", "The service should evaluate its prevention activity so it understands what "
                    "works.")
    act(8, "2a", "Develop an evaluation framework for prevention campaigns with the University "
                 "of Brighton.",
        "Prevention Evaluation Officer", "Sept 2025", None, "On Track",
        "Framework drafted; first evaluation (cooking fires campaign) under way.")
    area(4, 8, "Preventing fire and other risks")

    afi(9, "AFI 3", "The service should make sure staff are confident to use its feedback and "
                    "grievance processes.")
    act(10, "3a", "Relaunch the Speak Up Guardian scheme and publish a ‘you said, we did’ "
                  "summary each quarter.",
        "Assistant Director People Services", "Ongoing", None, "On Track",
        "Two quarterly summaries published on the intranet.")
    act(11, "3b", "Survey all staff on confidence in raising concerns and report the results to "
                  "the Fire Authority Scrutiny & Audit Panel.",
        "Head of HR; Organisational Development Manager", d(2025, 9, 30), None, "Complete",
        "Survey closed 12 September (61% response); reported to Panel 30 September 2025.")
    area(9, 11, "Promoting the right values and culture")

    afi(12, "AFI 4", "The service should make sure its workforce plan takes full account of the "
                     "skills and capabilities it needs to carry out its community risk "
                     "management plan.")
    act(13, "4a", "Complete a skills gap analysis for on-call crews and build the results into "
                  "the 2026–29 workforce plan.",
        "Area Manager Training & Assurance", d(2026, 3, 31), None, "Not Started",
        "Due to start January 2026 after on-call availability review.")
    act(14, "4b", "Introduce a central record of specialist skills (water rescue, high volume "
                  "pumps, hazardous materials) linked to the crewing system.",
        "Head of Operational Training", "Q4 2025/26", None, "On Track",
        "Specification agreed with ICT; data migration planned for February.")
    area(12, 14, "Getting the right people with the right skills")

    for col, w in zip("ABCDEFGH", (22, 8, 60, 30, 13, 13, 12, 46)):
        ws.column_dimensions[col].width = w

    wb.save(os.path.join(HERE, "es2-east-sussex-frs-hmicfrs-afi-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Sevenoaks District Council - internal audit recommendations tracker
# ---------------------------------------------------------------------------
def make_sevenoaks():
    title = "Sevenoaks District Council – Internal Audit Recommendations Tracker"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Governance Committee – 20 January 2026"
    put(sm, 4, ["Audit", "Assurance", "Recommendations", "Implemented", "Outstanding"], bold=True)
    put(sm, 5, ["Payroll 2024/25", "Reasonable", 2, 1, 1])
    put(sm, 6, ["Procurement and Contract Management 2024/25", "Limited", 3, 1, 2])
    put(sm, 7, ["Cyber Security 2025/26", "Reasonable", 3, 0, 3])
    put(sm, 8, ["Total", None, 8, 2, 6], bold=True)
    sm.column_dimensions["A"].width = 44
    for col in "BCDE":
        sm.column_dimensions[col].width = 16

    ws = wb.create_sheet("Recommendations")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "RAG key:"
    for col, (txt, colr) in zip("BCDE", [("Implemented", BLUE), ("On track", GREEN),
                                         ("Target date revised", AMBER), ("Overdue", RED)]):
        ws[f"{col}2"] = txt
        ws[f"{col}2"].fill = fill(colr)
    put(ws, 4, ["Rec No.", "Priority", "Recommendation", "Agreed management action",
                "Responsible officer", "Original target date", "Revised target date", "RAG",
                "Latest update"], bold=True)
    for c in range(1, 10):
        ws.cell(row=4, column=c).fill = fill(GREY)

    def audit(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=row, column=c).fill = fill(BAND)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)

    def rec(row, no, prio, text, action, officer, orig, revised, rag, update):
        put(ws, row, [no, prio, text, action, officer, orig, revised, None, update])
        ws.cell(row=row, column=8).fill = fill(rag)

    audit(5, "Payroll 2024/25 – Reasonable assurance")
    rec(6, 1, "High",
        "Monthly payroll exception reports should be independently reviewed and signed off "
        "before the BACS submission.",
        "Exception reports will be reviewed and signed by the Finance Manager before each "
        "monthly payroll run.",
        "Hughes, Adrian", d(2024, 9, 30), None, BLUE,
        "Signed exception reports seen for October to December 2025 runs.")
    rec(7, 2, "Medium",
        "Starters and leavers should be processed through the HR workflow only, with paper "
        "forms withdrawn.",
        "Withdraw paper forms and move all starters and leavers to the iTrent workflow.",
        "HR Manager / Payroll Manager", d(2024, 12, 31), d(2025, 6, 30), AMBER,
        "iTrent upgrade delayed by supplier; workflow testing in progress.")

    audit(8, "Procurement and Contract Management 2024/25 – Limited assurance")
    rec(9, 1, "High",
        "The contracts register should be complete and published in line with the "
        "Procurement Act 2023 transparency requirements.",
        "Complete a full data cleanse of the contracts register and publish it quarterly on the "
        "Council’s website.",
        "Head of Legal and Democratic Services", d(2025, 3, 31), d(2025, 9, 30), RED,
        "Register 80% cleansed; September publication missed.")
    rec(10, 2, "High",
        "Waivers of Contract Procedure Rules should be recorded centrally and reported to the "
        "Audit and Governance Committee.",
        "Introduce a central waiver log and a six-monthly waiver report to Committee.",
        "Strategic Procurement Lead", d(2025, 1, 31), None, BLUE,
        "Log in place; first report to Committee 23 September 2025.")
    rec(11, 3, "Medium",
        "Contract managers should receive training on the new procurement regime.",
        "Deliver contract management training to all named contract managers.\nRecord "
        "attendance on the learning management system.",
        "Ward, Helen", d(2025, 12, 31), None, GREEN,
        "Two of three sessions delivered; final session booked for December.")

    audit(12, "Cyber Security 2025/26 – Reasonable assurance")
    rec(13, 1, "Medium",
        "Multi-factor authentication should be enforced for all remote access accounts, "
        "including those used by third-party suppliers.",
        "Enforce MFA on the remaining 14 supplier remote access accounts.",
        "ICT Infrastructure Manager", d(2025, 10, 31), None, RED,
        "9 of 14 accounts now on MFA; two suppliers have not responded.")
    rec(14, 2, "Low",
        "The ICT disaster recovery plan should be tested at least annually.",
        "Carry out a full disaster recovery test and report the outcome to the Information "
        "Governance Group.",
        "Head of IT & Digital", d(2026, 2, 28), None, GREEN,
        "Test scheduled for February 2026.")
    rec(15, 3, "Low",
        "User access reviews should be carried out for all key systems every six months.",
        "Introduce six-monthly user access reviews for Civica, iTrent and Idox.",
        "Business Systems Team Leader", d(2026, 3, 31), None, GREEN,
        "Review template agreed with system owners.")

    ws["A17"] = ("Notes: Recommendations shown as implemented have been verified by Internal "
                 "Audit and will be removed from the tracker after this report.")
    for col, w in zip("ABCDEFGHI", (8, 9, 46, 46, 24, 12, 12, 7, 40)):
        ws.column_dimensions[col].width = w

    wb.save(os.path.join(HERE,
                         "es2-sevenoaks-dc-internal-audit-recommendations-tracker.xlsx"))


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
    """Text with \n becomes separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        r = cell.add_paragraph().add_run(part)
        r.bold = bold


def add_row(table, values, bold=False):
    row = table.add_row()
    for c, v in zip(row.cells, values):
        set_cell(c, v, bold=bold)
    return row


# ---------------------------------------------------------------------------
# 4. West Dunbartonshire Council - Best Value improvement action plan
# ---------------------------------------------------------------------------
def make_west_dunbartonshire():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "West Dunbartonshire Council"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph("Best Value Improvement Action Plan 2024–25", style="Title")
    doc.add_paragraph(
        "Response to the Controller of Audit’s Best Value report and the Accounts Commission’s "
        "findings on West Dunbartonshire Council (published May 2024). This plan sets out the "
        "actions the council will take to address each of the Commission’s recommendations and "
        "is reported to Corporate Services Committee every six months.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Author", "Status"]):
        set_cell(c, v, bold=True)
    add_row(t, ["1.0", "12/06/2024", "Performance & Strategy Manager",
                "Approved by Council 26 June 2024"])
    add_row(t, ["1.1", "04/11/2024", "Performance & Strategy Manager",
                "Six-month progress update"])

    doc.add_heading("RAG status key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, col, desc in [("Complete", BLUE, "Action delivered"),
                         ("Green", GREEN, "On track"),
                         ("Amber", AMBER, "Some slippage – action in hand"),
                         ("Red", RED, "Significant risk to delivery")]:
        r = add_row(t, [k, desc])
        shade(r.cells[0], col)

    hdrs = ["Ref", "Improvement action", "Responsible officer", "Timescale", "RAG",
            "Progress commentary"]
    rag_col = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def section(heading, rec, rows):
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, hdrs):
            set_cell(c, v, bold=True)
            shade(c, GREY)
        rr = t.add_row()
        merged = rr.cells[0].merge(rr.cells[5])
        set_cell(merged, rec, bold=True)
        shade(merged, BAND)
        for vals in rows:
            r = add_row(t, vals)
            shade(r.cells[4], rag_col[vals[4]])
        doc.add_paragraph()

    section("1. Vision, priorities and performance reporting",
            "Recommendation 1: The council should set clear, measurable targets for its new "
            "strategic priorities and report progress against them to elected members and the "
            "public.",
            [["1.1", "Develop a performance framework with SMART targets for each of the "
                     "Strategic Plan 2023–27 priorities.",
              "Chief Officer – People and Technology", "September 2024", "Complete",
              "Framework approved by Corporate Services Committee on 18 September 2024."],
             ["1.2", "Publish an annual public performance report in an accessible format, with "
                     "a summary for the Citizens’ Panel.",
              "Performance & Strategy Manager", "By 31 March 2025", "Green",
              "Draft report structure agreed with the Citizens’ Panel steering group."]])

    section("2. Financial sustainability",
            "Recommendation 2: The council needs a longer-term financial strategy that sets out "
            "how it will close its projected budget gap over the next three years.",
            [["2.1", "Produce a ten-year Long Term Financial Strategy linked to the capital plan "
                     "and reserves policy.",
              "Chief Officer – Resources", "February 2025", "Amber",
              "Capital plan review has taken longer than planned; strategy will now go to "
              "Council with the 2025/26 budget."],
             ["2.2", "Agree a savings and transformation programme covering 2025/26 to "
                     "2027/28.\nOptions to be presented to members at budget briefing sessions.",
              "Chief Executive / Chief Officer – Resources", "March 2025", "Green",
              "Three member briefing sessions held in October 2024."]])

    section("3. Workforce and leadership",
            "Recommendation 3: The council should develop a workforce plan that addresses the "
            "challenges of an ageing workforce and recruitment difficulties in key services.",
            [["3.1", "Refresh the Strategic Workforce Plan 2025–28 with service-level workforce "
                     "plans for each Chief Officer area.",
              "Chief Officer – People and Technology", "June 2025", "Green",
              "Service workforce planning workshops under way."],
             ["3.2", "Introduce a leadership development programme for senior and middle "
                     "managers.",
              "HR Business Partner (Organisational Development)", "Ongoing", "Green",
              "First cohort of 24 managers started in October 2024."],
             ["3.3", "Provide elected members with a programme of training on scrutiny and "
                     "Best Value duties.",
              "Democratic Services Manager", "Dec 2024 – Mar 2025", "Red",
              "Only 9 of 22 members attended the first session; programme to be re-run with "
              "evening options."]])

    doc.add_heading("Summary of progress", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["RAG status", "Number of actions"]):
        set_cell(c, v, bold=True)
    for k, n in [("Complete", "1"), ("Green", "4"), ("Amber", "1"), ("Red", "1"),
                 ("Total", "7")]:
        add_row(t, [k, n])
    doc.add_paragraph("Next update: Corporate Services Committee, May 2025.")

    doc.save(os.path.join(HERE,
                          "es2-west-dunbartonshire-council-best-value-improvement-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Blaenau Gwent CBC - Estyn LGES post-inspection action plan
# ---------------------------------------------------------------------------
def make_blaenau_gwent():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Blaenau Gwent County Borough Council – Post-Inspection Action Plan",
                      style="Title")
    doc.add_paragraph("Estyn inspection of local government education services (LGES), "
                      "June 2024. Report published 27 August 2024.")
    doc.add_paragraph("Version 2.1 – progress at the end of the summer term 2025. Reported to "
                      "People Scrutiny Committee, 18 September 2025.")
    doc.add_paragraph("Progress key: Complete = action completed and impact evaluated; "
                      "G = on track; A = some concerns; R = off track.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["No.", "Actions", "Success criteria", "Lead officer(s)",
                                      "Timescale", "Progress"]):
        set_cell(c, v, bold=True)
        shade(c, GREY)
    prog_col = {"Complete": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def rec(text):
        rr = t.add_row()
        merged = rr.cells[0].merge(rr.cells[5])
        set_cell(merged, text, bold=True)
        shade(merged, "E2EFDA")

    def act(vals):
        r = add_row(t, vals)
        shade(r.cells[5], prog_col[vals[5]])

    rec("R1: Strengthen the rigour of self-evaluation across the education directorate so "
        "that it identifies clearly the impact of services on outcomes for learners")
    act(["1.1", "Revise the directorate self-evaluation framework, aligning it to Estyn’s LGES "
                "framework.\nTrain all service managers in evaluating impact rather than "
                "activity.",
         "All service self-evaluations judged robust at SLT moderation", 
         "Rhian Pritchard (Head of School Improvement)", "Autumn term 2024", "Complete"])
    act(["1.2", "Introduce termly quality assurance of officers’ visit notes to schools.",
         "Sample of notes shows clear evaluation of impact and agreed next steps",
         "RP / GL", "Termly", "G"])
    act(["1.3", "Report an annual evaluation of education services to People Scrutiny "
                "Committee.",
         "Scrutiny members report greater understanding of service impact",
         "Corporate Director of Education", "July 2025", "G"])

    rec("R2: Improve attendance in secondary schools and reduce persistent absence")
    act(["2.1", "Establish an Attendance Task Group with headteachers and the Education "
                "Welfare Service.",
         "Task group meets half-termly; shared attendance strategy agreed",
         "Gethin Lloyd and Sian Bevan", "Autumn term 2024", "Complete"])
    act(["2.2", "Roll out the ‘Every Day Counts’ family engagement programme to all secondary "
                "schools and the all-through school.",
         "Persistent absence reduced by 3 percentage points",
         "Education Welfare Manager", "Summer term 2025", "A"])
    act(["2.3", "Use attendance data weekly to target support at pupils eligible for free "
                "school meals.",
         "Gap in attendance between eFSM and non-eFSM pupils narrows",
         "Data & Information Manager", "September 2025", "G"])

    rec("R3: Ensure that additional learning needs (ALN) reform is implemented consistently "
        "across all schools")
    act(["3.1", "Complete the ALN reform implementation plan with cluster ALNCo networks.",
         "Plan agreed by all clusters; milestones monitored by ALN Board",
         "Principal Educational Psychologist / ALN Transformation Lead", "31/03/2025", "A"])
    act(["3.2", "Audit the quality of Individual Development Plans (IDPs) in a sample of 10% of "
                "schools each term.",
         "At least 80% of sampled IDPs judged good or better",
         "ALN Transformation Lead", "Summer term 2025", "R"])

    doc.add_paragraph()
    doc.add_heading("Glossary", level=2)
    g = doc.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for a, b in [("ALN", "Additional learning needs"),
                 ("ALNCo", "Additional learning needs co-ordinator"),
                 ("eFSM", "Eligible for free school meals"),
                 ("IDP", "Individual Development Plan"),
                 ("LGES", "Local government education services"),
                 ("SLT", "Senior leadership team")]:
        add_row(g, [a, b])
    doc.add_paragraph("Lead officer initials: RP – Rhian Pritchard; GL – Gethin Lloyd.")

    doc.save(os.path.join(HERE,
                          "es2-blaenau-gwent-cbc-estyn-lges-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Tunbridge Wells BC - strategic risk register export (typo month -> refuse)
# ---------------------------------------------------------------------------
def make_tunbridge_wells():
    lines = [
        "Tunbridge Wells Borough Council Strategic Risk Register – Quarter 3 2025/26,,,,,,,,,,",
        "Position as at 31 December 2025 – reported to Audit and Governance Committee "
        "27 January 2026,,,,,,,,,,",
        ",,,,,,,,,,",
        "Risk ref,Risk scenario,Officer risk owner,Current controls / mitigations in place,"
        "Current score,Further actions planned,Action owner,Target date,Target score,RAG,"
        "Direction of travel",
        "SR1,Financial sustainability – failure to deliver a balanced budget over the medium "
        "term,\"Director of Finance, Policy and Development\",Medium Term Financial Strategy "
        "refreshed annually; quarterly budget monitoring to Cabinet,16,Deliver the 2026/27 "
        "savings and income plan of £1.4m,Head of Finance,Mar-26,12,Red,Stable",
        ",,,,,Review the use of earmarked reserves as part of the 2026/27 budget,"
        "Head of Finance,Feb-26,,,",
        "SR2,Local Plan – examination not concluded leading to speculative development,"
        "Head of Planning,Inspector’s interim findings addressed; main modifications "
        "consulted on,12,Respond to the Inspector’s report on the main modifications,"
        "Head of Planning,Jun-26,8,Amber,Improving",
        "SR3,Cyber attack causing loss of systems and data,Head of Digital Services,"
        "Multi-factor authentication; immutable backups; PSN compliance,15,"
        "Complete a cyber incident exercise with the Kent Resilience Forum,"
        "Head of Digital Services,31/03/2026,10,Amber,Stable",
        ",,,,,Replace end-of-life firewalls at the Town Hall and depot,"
        "ICT Infrastructure Lead,Dec-25,,,",
        "SR4,Local government reorganisation in Kent – loss of focus on service delivery,"
        "Chief Executive,LGR programme board; weekly CMT oversight,16,"
        "Submit the council’s response to the Government’s final proposal consultation,"
        "Chief Executive,Febuary 2026,12,Red,Increasing",
        ",,,,,Agree a staff engagement and retention plan for the transition period,"
        "Head of HR,Apr-26,,,",
        "SR5,Temporary accommodation costs exceed budget,Head of Housing,"
        "Homelessness prevention fund; acquisition programme for council-owned TA,12,"
        "Acquire a further 10 units for use as temporary accommodation,Head of Housing,"
        "Q1 2026/27,9,Amber,Stable",
        "SR6,Failure to recruit and retain staff in hard-to-fill roles,Head of HR,"
        "Market supplements; apprenticeship programme,9,Review the pay and grading structure,"
        "Head of HR,Ongoing,6,Green,Improving",
        ",,,,,,,,,,",
        "Scores are likelihood x impact (1–5 each). Red 15–25; Amber 8–14; Green 1–7.,,,,,,,,,,",
    ]
    with open(os.path.join(HERE, "es2-tunbridge-wells-bc-strategic-risk-register-q3-2025-26-"
                                 "typo-month-refuse.csv"), "w", encoding="utf-8",
              newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Sheffield City Council - RSH consumer standards housing improvement plan (TSV text)
# ---------------------------------------------------------------------------
def make_sheffield():
    T = "\t"
    rows = [
        "Sheffield City Council – Housing Improvement Plan",
        "Consumer Standards: response to the Regulator of Social Housing regulatory judgement",
        "Progress report to Housing Policy Committee – position at 31 December 2025",
        "",
        T.join(["Ref", "Issue identified", "Action", "Lead", "Target date", "RAG",
                "Progress update"]),
        "1. Safety and Quality Standard",
        T.join(["SQ1", "The council does not have up-to-date stock condition data for around "
                       "40% of its homes.",
                "Complete stock condition surveys for all homes not surveyed since 2020.",
                "Head of Asset Management", "31/03/2026", "A",
                "Surveys completed for 9,850 of 15,200 homes; additional surveyor contract "
                "started in November."]),
        T.join(["SQ2", "",
                "Load the survey data into the asset management system and validate it against "
                "repairs records.",
                "Asset Data Manager", "Jun-26", "G",
                "Data validation rules agreed; first upload tested in December."]),
        T.join(["SQ3", "Around 1,100 fire risk assessment actions were overdue, including 140 "
                       "high-risk actions.",
                "Clear all overdue high-risk fire safety actions.",
                "Head of Building Safety / Fire Safety Manager", "Dec-25", "Complete",
                "All 140 high-risk actions closed and verified by the fire safety team."]),
        T.join(["SQ4", "",
                "Clear the remaining overdue medium and low-risk fire safety actions.",
                "Fire Safety Manager", "Q1 2026/27", "G",
                "612 actions remain overdue, down from 960 in September."]),
        T.join(["SQ5", "Damp and mould cases were not tracked through to resolution.",
                "Introduce a damp and mould case management tracker with a 10-working-day "
                "inspection standard.",
                "Repairs Operations Manager", "30/09/2025", "Complete",
                "Tracker live since August; 94% of inspections within 10 working days."]),
        "",
        "2. Transparency, Influence and Accountability Standard",
        T.join(["TIA1", "Complaints were not always handled in line with the Housing Ombudsman’s "
                        "Complaint Handling Code.",
                "Retrain complaint handlers and hold monthly complaint learning reviews.",
                "Customer Experience Manager", "Monthly", "G",
                "Training delivered to 46 staff; learning reviews held October to December."]),
        T.join(["TIA2", "Tenants had limited opportunities to scrutinise the council’s "
                        "performance as a landlord.",
                "Set up a Tenant Scrutiny Panel and publish Tenant Satisfaction Measures every "
                "quarter.",
                "Karen Fowler and Imran Shah", "Mar-26", "A",
                "Eight tenants recruited; panel training delayed to February."]),
        "",
        "3. Neighbourhood and Community Standard",
        T.join(["NC1", "Anti-social behaviour cases were closed without checking that the "
                       "tenant was satisfied.",
                "Introduce case closure calls for all ASB cases and report satisfaction each "
                "quarter.",
                "ASB Team Manager", "31/01/2026", "R",
                "Closure calls made in 38% of cases; recording change needed in the case "
                "system."]),
        "",
        "Notes:",
        "RAG: R = off track; A = at risk; G = on track; Complete = action delivered and "
        "verified.",
        "Total actions: 8. Complete 2, Green 3, Amber 2, Red 1.",
    ]
    with open(os.path.join(HERE, "es2-sheffield-city-council-rsh-consumer-standards-housing-"
                                 "improvement-plan.txt"), "w", encoding="utf-8",
              newline="") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    make_east_riding()
    make_esfrs()
    make_sevenoaks()
    make_west_dunbartonshire()
    make_blaenau_gwent()
    make_tunbridge_wells()
    make_sheffield()
    print("done")
