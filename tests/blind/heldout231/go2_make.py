"""Build the seven go2- blind test files (set heldout231).

Run with: /work/main/.venv/bin/python go2_make.py
Writes next to this script. The .expected.yaml files are written by hand, not here.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None):
    """Put text in a cell; inner \n become separate paragraphs."""
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
BAND_FILL = PatternFill("solid", fgColor="D9E1F2")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def xl_fill(hex_rgb):
    return PatternFill("solid", fgColor=hex_rgb)


def header_row(ws, row, headers):
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=row, column=c, value=h)
        cell.font = WHITE_BOLD
        cell.fill = HEAD_FILL
        cell.alignment = WRAP
        cell.border = BOX


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        ws.cell(row=row, column=c).border = BOX
        ws.cell(row=row, column=c).alignment = WRAP


# ============================================================ 1. Reading ASC (docx)
def reading_asc():
    RAGF = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    doc = Document()
    landscape(doc)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Reading Borough Council – Directorate of Adult Social Care and Health Services"

    doc.add_heading("CQC Local Authority Assessment: Adult Social Care Improvement Plan 2025/26", 0)
    doc.add_paragraph(
        "This plan responds to the Care Quality Commission's assessment of how Reading Borough "
        "Council meets its duties under Part 1 of the Care Act 2014 (report published 10 October "
        "2025, overall rating: Requires Improvement). It is monitored monthly by the ASC "
        "Improvement Board and reported quarterly to the Adult Social Care, Children's and "
        "Education Committee."
    )

    doc.add_heading("Document control", 1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Version", "1.3"),
        ("Date", "14 November 2025"),
        ("Plan owner", "Director of Adult Social Care and Health Services"),
        ("Approved by", "ASC Improvement Board, 5 November 2025"),
        ("Next review", "December 2025"),
    ]:
        r = t.add_row().cells
        set_text(r[0], k, bold=True)
        set_text(r[1], v)

    doc.add_heading("RAG key", 1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, (lab, col) in zip(
        t.rows[0].cells,
        [("Blue – Complete", "B"), ("Green – On track", "G"),
         ("Amber – At risk of slipping", "A"), ("Red – Off track", "R")],
    ):
        set_text(cell, lab, bold=True)
        shade(cell, RAGF[col])

    themes = [
        ("Theme 1: Working with people", [
            ("Assessing needs: people waited too long for Care Act assessments, and waiting lists "
             "were not consistently reviewed for risk.", [
                ("1.1", "Introduce a risk-rating tool for everyone waiting for an assessment, with "
                        "welfare contact by a named worker at least every four weeks.",
                 "Head of Service – Living Well", "31/12/2025",
                 "Tool built in Mosaic and live in two teams; roll-out to the remaining teams "
                 "planned for December.", "G"),
                ("1.2", "Reduce the median wait for a Care Act assessment from 31 days to 28 days.",
                 "Head of Service – Strength and Stabilise / Head of Service – Living Well",
                 "March 2026",
                 "Median wait 31 days at end of October. Duty and allocation review under way.", "A"),
            ]),
            ("Supporting people to live healthier lives: some unpaid carers experienced delays in "
             "setting up and administering direct payments.", [
                ("1.3", "Redesign the carers' direct payment process so that payments start within "
                        "10 working days of the support plan being agreed.\n"
                        "Publish a refreshed carers' offer on the council website.",
                 "Carers Lead; Direct Payments Team Manager", "30/09/2025",
                 "New process live from 1 September. 92% of carers' payments set up within 10 "
                 "working days in October. Carers' offer published.", "B"),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("Care provision, integration and continuity: there was limited choice of dementia "
             "nursing placements in Reading, and some people were placed out of area.", [
                ("2.1", "Refresh the Market Position Statement with a specific section on dementia "
                        "nursing capacity and share it with providers.",
                 "Head of Commissioning", "Q4 2025/26",
                 "Provider engagement event held 22 October; draft MPS in preparation.", "G"),
                ("2.2", "Jointly commission additional discharge-to-assess nursing beds with "
                        "Buckinghamshire, Oxfordshire and Berkshire West ICB for winter 2025/26.",
                 "Head of Commissioning; ICB Place Director (Berkshire West)", "December 2025",
                 "Procurement returned no compliant bids. Options paper to Improvement Board in "
                 "December.", "R"),
            ]),
        ]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("Safeguarding: safeguarding enquiries were taking longer than the council's target "
             "to conclude.", [
                ("3.1", "Close all Section 42 enquiries open for more than 12 weeks, with team "
                        "manager sign-off of each closure.",
                 "Principal Social Worker", "31/01/2026",
                 "Enquiries over 12 weeks down from 64 to 21.", "G"),
                ("3.2", "Report a monthly safeguarding timeliness and audit dashboard to the West "
                        "of Berkshire Safeguarding Adults Board.",
                 "Safeguarding Adults Manager", "Ongoing",
                 "Dashboard presented to SAB Performance Sub-group in September and October.", "G"),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Governance, management and sustainability: recruitment and retention remained a "
             "challenge, with a mix of permanent and temporary staff.", [
                ("4.1", "Launch the ASC Workforce Strategy 2025–28, including a social work degree "
                        "apprenticeship cohort of six staff.",
                 "Director of Adult Social Care and Health Services", "April 2026",
                 "Strategy drafted. University partner for the apprenticeship not yet confirmed.",
                 "A"),
            ]),
        ]),
    ]
    heads = ["Ref", "CQC area for improvement", "Action", "Lead", "Target date",
             "Progress update (November 2025)", "RAG"]
    widths = [Cm(1.2), Cm(5.0), Cm(6.5), Cm(3.5), Cm(2.4), Cm(5.5), Cm(1.2)]
    for theme, afis in themes:
        doc.add_heading(theme, 1)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_text(c, h, bold=True)
            shade(c, "D9E2F3")
        for afi, acts in afis:
            first = len(t.rows)
            for ref, act, lead, date, prog, rag in acts:
                r = t.add_row().cells
                set_text(r[0], ref)
                set_text(r[2], act)
                set_text(r[3], lead)
                set_text(r[4], date)
                set_text(r[5], prog)
                shade(r[6], RAGF[rag])
            last = len(t.rows) - 1
            m = t.cell(first, 1)
            if last > first:
                m = m.merge(t.cell(last, 1))
            set_text(m, afi)
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w

    doc.add_heading("Summary of progress", 1)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_text(t.rows[0].cells[0], "RAG status", bold=True)
    set_text(t.rows[0].cells[1], "Number of actions", bold=True)
    for lab, col, n in [("Blue", "B", "1"), ("Green", "G", "4"), ("Amber", "A", "2"),
                        ("Red", "R", "1")]:
        r = t.add_row().cells
        set_text(r[0], lab)
        shade(r[0], RAGF[col])
        set_text(r[1], n)
    r = t.add_row().cells
    set_text(r[0], "Total", bold=True)
    set_text(r[1], "8", bold=True)
    doc.add_paragraph(
        "Note: progress updates are provided by leads and checked at the ASC Improvement Board. "
        "Actions rated Blue are removed from the next version once the evidence has been verified."
    )
    doc.save(out("go2-reading-borough-council-asc-cqc-assessment-improvement-plan.docx"))


# ============================================ 2. Braintree internal audit (xlsx, refuse)
def braintree_ia():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Internal Audit – Summary of Outstanding Recommendations at 31 December 2025"
    ws["A1"].font = Font(bold=True, size=13)
    header_row(ws, 3, ["Audit", "Assurance opinion", "High", "Medium", "Low", "Total open"])
    rows = [
        ("Procurement and Contract Management 2024/25", "Limited", 1, 1, 0),
        ("Payroll 2024/25", "Reasonable", 0, 1, 0),
        ("Cyber Security and IT Asset Management 2024/25", "Limited", 1, 1, 1),
        ("Housing Benefit Overpayment Recovery 2025/26", "Reasonable", 0, 1, 1),
    ]
    r = 4
    for a, o, h, m, lo in rows:
        ws.cell(row=r, column=1, value=a)
        ws.cell(row=r, column=2, value=o)
        ws.cell(row=r, column=3, value=h)
        ws.cell(row=r, column=4, value=m)
        ws.cell(row=r, column=5, value=lo)
        ws.cell(row=r, column=6, value=f"=SUM(C{r}:E{r})")
        box_row(ws, r, 6)
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c, col in zip(range(3, 7), "CDEF"):
        ws.cell(row=r, column=c, value=f"=SUM({col}4:{col}{r - 1})").font = Font(bold=True)
    box_row(ws, r, 6)
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 18

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Braintree District Council – Internal Audit Recommendations Tracker: Outstanding Actions"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Governance and Audit Scrutiny Committee – 28 January 2026 (position at 31 December 2025)"
    ws["A2"].font = Font(italic=True)
    heads = ["Audit", "Assurance", "Rec ref", "Priority", "Finding / recommendation",
             "Agreed management action", "Responsible officer", "Original target date",
             "Revised target date", "Progress update", "Status"]
    header_row(ws, 4, heads)
    D = dt.datetime
    audits = [
        ("Procurement and Contract Management 2024/25", "Limited", [
            ("PCM1", "High",
             "The contract register was incomplete: 23 of 60 sampled contracts over £5,000 were not "
             "on it.",
             "Update the contract register to include all contracts over £5,000 and publish it "
             "quarterly in line with the Local Government Transparency Code.",
             "Procurement Manager", D(2025, 6, 30), D(2025, 12, 31),
             "Register now covers 84% of contracts; remaining service areas chased.", "Amber"),
            ("PCM2", "Medium",
             "Waivers of Contract Procedure Rules were not always approved before the contract "
             "was let.",
             "Introduce an electronic waiver form with approval by the Monitoring Officer before "
             "any order is raised.",
             "Procurement Manager; Monitoring Officer", D(2025, 9, 30), None,
             "E-form live in September 2025.", "Complete"),
        ]),
        ("Payroll 2024/25", "Reasonable", [
            ("PY1", "Medium",
             "Leavers were not always notified to Payroll before their last working day, leading "
             "to two overpayments.",
             "Send a monthly reminder to managers and add a leaver step to the HR self-service "
             "workflow.",
             "HR and Payroll Manager", D(2025, 7, 31), D(2025, 11, 30),
             "Workflow change tested; go-live delayed by system upgrade.", "Green"),
        ]),
        ("Cyber Security and IT Asset Management 2024/25", "Limited", [
            ("CY1", "High",
             "Critical security patches were not applied within 14 days on 11% of servers.",
             "Introduce automated patch compliance reporting to the ICT Management Team each month.",
             "ICT and Digital Manager", D(2025, 8, 31), D(2025, 12, 31),
             "Reporting tool procured; first report due January.", "Red"),
            ("CY2", "Medium",
             "The IT asset register did not record 38 laptops issued to staff.",
             "Complete a full reconciliation of the IT asset register against the device "
             "management console.",
             "ICT Service Desk Manager", D(2025, 10, 31), "Febuary 2026",
             "Reconciliation 70% complete.", "Amber"),
            ("CY3", "Low",
             "The ICT Acceptable Use Policy had not been reviewed since 2021.",
             "Review and reissue the Acceptable Use Policy, with annual staff acknowledgement.",
             "ICT and Digital Manager", D(2025, 12, 31), None,
             "Draft with Unison for consultation.", "Green"),
        ]),
        ("Housing Benefit Overpayment Recovery 2025/26", "Reasonable", [
            ("HB1", "Medium",
             "Recovery action was not started within 30 days on 9 of 25 overpayments sampled.",
             "Set up a weekly work-tray report of new overpayments without a recovery method.",
             "Revenues and Benefits Manager", D(2026, 1, 31), None,
             "Report designed.", "Green"),
            ("HB2", "Low",
             "Write-offs below £100 were approved by the same officer who raised them.",
             "Update the write-off procedure so that all write-offs are approved by a Team Leader.",
             "Benefits Team Leader", D(2026, 3, 31), None,
             "", "Not started"),
        ]),
    ]
    row = 5
    for audit, op, recs in audits:
        first = row
        for rec in recs:
            ref, pri, find, act, off, orig, rev, prog, status = rec
            vals = [None, None, ref, pri, find, act, off, orig, rev, prog, status]
            for c, v in enumerate(vals, 1):
                if v is None:
                    continue
                cell = ws.cell(row=row, column=c, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            box_row(ws, row, 11)
            row += 1
        ws.cell(row=first, column=1, value=audit)
        ws.cell(row=first, column=2, value=op)
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1, value=(
        "Priority: High – fundamental weakness requiring immediate action; Medium – significant "
        "weakness; Low – minor improvement."))
    ws.cell(row=row + 1, column=1, value=(
        "Completed actions are removed after they have been reported to Committee once."))
    for col, w in zip("ABCDEFGHIJK", [26, 12, 8, 9, 40, 42, 22, 13, 13, 32, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 1
    wb.save(out("go2-braintree-dc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ================================= 3. Merseyside FRS values & culture tracker (xlsx)
def merseyside_culture():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = ("HMICFRS Spotlight Report – Values and Culture in Fire and Rescue Services: "
                "MFRS Recommendations Tracker")
    ws["A1"].font = Font(bold=True, size=14)
    info = [
        ("Organisation", "Merseyside Fire and Rescue Service"),
        ("Reporting to", "Scrutiny Committee, 27 June 2024"),
        ("Position as at", "31 May 2024"),
        ("Tracker owner", "Director of People and Organisational Development"),
    ]
    for i, (k, v) in enumerate(info, 3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws["A8"] = "Version control"
    ws["A8"].font = Font(bold=True)
    header_row(ws, 9, ["Version", "Date", "Author", "Changes"])
    for i, vals in enumerate([
        ("0.1", "14/04/2023", "Strategy and Performance", "First draft following publication"),
        ("1.0", "27/02/2024", "Strategy and Performance", "Update for Scrutiny Committee"),
        ("1.1", "31/05/2024", "Strategy and Performance", "Quarterly update; RAG reviewed"),
    ], 10):
        for c, v in enumerate(vals, 1):
            ws.cell(row=i, column=c, value=v)
        box_row(ws, i, 4)
    ws["A15"] = "RAG key"
    ws["A15"].font = Font(bold=True)
    for i, (l, txt, col) in enumerate([
        ("B", "Complete and evidenced", "00B0F0"),
        ("G", "On track to meet target date", "00B050"),
        ("A", "Some risk to delivery by target date", "FFC000"),
        ("R", "Target date missed or significant risk", "FF0000"),
    ], 16):
        c = ws.cell(row=i, column=1, value=l)
        c.fill = xl_fill(col)
        c.font = Font(bold=True)
        ws.cell(row=i, column=2, value=txt)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 26
    ws.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Values and culture recommendations for chief fire officers – MFRS actions"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "HMICFRS recommendation", "HMICFRS deadline", "MFRS action", "Action owner",
             "Target date", "Previous RAG (Feb 2024)", "Current RAG (May 2024)",
             "Progress / evidence"]
    header_row(ws, 2, heads)
    RAGF = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    D = dt.datetime
    themes = [
        ("Raising concerns", [
            ("Recommendation 1: By 1 October 2023, chief fire officers should make sure their "
             "services provide a confidential way for staff to raise concerns and that staff are "
             "aware of whistleblowing processes.", D(2023, 10, 1), [
                ("1.1", "Procure an independent, confidential reporting line (telephone and online) "
                        "available to all staff 24 hours a day.",
                 "Head of Legal and Procurement", D(2023, 9, 30), "B", "B",
                 "Independent line live since 18 September 2023; 14 contacts to date."),
                ("1.2", "Relaunch the Whistleblowing Policy with a briefing on every station and an "
                        "e-learning module for managers.",
                 "Area Manager – People and Organisational Development", D(2024, 3, 31), "A", "B",
                 "Station briefings complete; e-learning completed by 91% of managers."),
            ]),
            ("Recommendation 3: By 1 June 2023, chief fire officers should review the support "
             "available for those who have raised concerns and take any action needed to make "
             "sure these provisions are suitable.", D(2023, 6, 1), [
                ("3.1", "Review support for staff who raise concerns, including access to the "
                        "Employee Assistance Programme and a named welfare officer for each case.",
                 "Head of People Services", D(2024, 6, 30), "G", "G",
                 "Welfare officer role defined; 12 officers trained."),
            ]),
        ]),
        ("Standards of behaviour", [
            ("Recommendation 11: By 1 March 2024, chief fire officers should make sure all staff "
             "understand the Core Code of Ethics and the standards of behaviour expected of them.",
             D(2024, 3, 1), [
                ("11.1", "Deliver Core Code of Ethics workshops to all operational watches and "
                         "support staff teams.",
                 "Station Manager – Training and Development; Head of Organisational Development",
                 D(2024, 3, 31), "G", "A",
                 "78% of watches and teams attended; catch-up sessions booked for June and July."),
                ("11.2", "Include a values and behaviours objective in every appraisal from the "
                         "2024/25 cycle.",
                 "Head of People Services", D(2024, 6, 30), "G", "G",
                 "Appraisal template updated April 2024."),
            ]),
        ]),
        ("Background checks", [
            ("Recommendation 13: By 1 January 2024, chief fire officers should make sure all staff "
             "have an appropriate background check in line with national guidance.",
             D(2024, 1, 1), [
                ("13.1", "Complete standard DBS checks for all operational staff and basic checks "
                         "for all other staff.",
                 "Head of People Services", D(2024, 12, 31), "A", "A",
                 "1,012 of 1,340 checks returned. Rechecks of contractors still to be scoped."),
                ("13.2", "Agree a policy for periodic re-checks with the representative bodies.",
                 "Director of People and Organisational Development", "Awaiting national guidance",
                 "A", "A", "NFCC guidance on re-check frequency expected later in 2024."),
            ]),
        ]),
        ("Diversity and equality data", [
            ("Recommendation 28: By 1 October 2023, chief fire officers should make sure they "
             "collect equality data for all staff and use it to plan improvements to the "
             "diversity of their workforce.", D(2023, 10, 1), [
                ("28.1", "Run a staff data refresh campaign to raise the equality data declaration "
                         "rate above 90%.",
                 "Equality, Diversity and Inclusion Manager", D(2024, 9, 30), "R", "A",
                 "Declaration rate up from 61% to 79%."),
            ]),
        ]),
    ]
    row = 3
    for theme, recs in themes:
        ws.cell(row=row, column=1, value=theme).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=row, column=c).fill = BAND_FILL
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for rec, deadline, acts in recs:
            first = row
            for ref, act, owner, target, prev, cur, prog in acts:
                ws.cell(row=row, column=1, value=ref).number_format = "@"
                ws.cell(row=row, column=4, value=act)
                ws.cell(row=row, column=5, value=owner)
                c = ws.cell(row=row, column=6, value=target)
                if isinstance(target, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=row, column=7, value=prev)
                c.fill = xl_fill(RAGF[prev])
                c = ws.cell(row=row, column=8, value=cur)
                c.fill = xl_fill(RAGF[cur])
                ws.cell(row=row, column=9, value=prog)
                box_row(ws, row, 9)
                row += 1
            ws.cell(row=first, column=2, value=rec)
            c = ws.cell(row=first, column=3, value=deadline)
            c.number_format = "d mmmm yyyy"
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=row - 1, end_column=3)
    for col, w in zip("ABCDEFGHI", [7, 48, 14, 44, 30, 12, 11, 11, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A3"
    wb.save(out("go2-merseyside-frs-hmicfrs-values-culture-spotlight-recommendations-tracker.xlsx"))


# ================================== 4. Blaenau Gwent Audit Wales action plan (docx)
def blaenau_gwent_aw():
    KEY = {"Complete": "00B0F0", "On track": "00B050", "Off track": "FF0000",
           "Not started": "FFFFFF"}
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = (
        "Cyngor Bwrdeistref Sirol Blaenau Gwent / Blaenau Gwent County Borough Council")
    doc.add_heading("Audit Wales Recommendations – Action Plan Progress Report", 0)
    doc.add_paragraph("Governance and Audit Committee – 20 January 2026. Position at 31 December 2025.")
    doc.add_paragraph(
        "This report sets out the Council's progress against the recommendations made by the "
        "Auditor General for Wales in local performance audit reports. Actions reported as "
        "complete at two consecutive meetings are closed."
    )
    doc.add_heading("Summary", 1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Audit Wales report", "Issued", "Recommendations",
                                      "Actions open"]):
        set_text(c, h, bold=True)
    for vals in [("Financial Sustainability Review", "September 2024", "2", "1"),
                 ("Use of Performance Information", "May 2023", "2", "2"),
                 ("Digital Strategy Review", "February 2025", "1", "2")]:
        r = t.add_row().cells
        for c, v in zip(r, vals):
            set_text(c, v)
    doc.add_paragraph("Status key:")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, (lab, desc) in zip(t.rows[0].cells, [
            ("Complete", "Action completed"), ("On track", "Progressing to timescale"),
            ("Off track", "Timescale will be missed"), ("Not started", "Work not yet begun")]):
        set_text(c, f"{lab} – {desc}")
        shade(c, KEY[lab])

    reports = [
        ("1. Financial Sustainability Review (issued September 2024)", [
            ("Recommendation 1: The Council should strengthen its Medium Term Financial Strategy "
             "by setting out how it will close the projected funding gap for 2026/27 and 2027/28.", [
                ("1.1", "Identify and cost savings and income proposals to close the 2026/27 budget "
                        "gap, for Council approval in March 2026.",
                 "Chief Officer Resources", "March 2026",
                 "Proposals considered by Cabinet on 3 December 2025; consultation open until "
                 "23 January.", "On track"),
                ("1.2", "Add scenario and sensitivity analysis to the MTFS, reported to Cabinet "
                        "twice a year.",
                 "Head of Finance", "September 2025",
                 "Included in MTFS update to Cabinet, 24 September 2025.", "Complete"),
            ]),
            ("Recommendation 2: The Council should improve how it monitors delivery of approved "
             "savings and report slippage to Members promptly.", [
                ("2.1", "Introduce a savings delivery tracker, with a RAG status for each proposal, "
                        "in the quarterly finance report to Cabinet.",
                 "Head of Finance; Corporate Performance Manager", "Q3 2025/26",
                 "Tracker included in the Quarter 2 report (November 2025).", "Complete"),
            ]),
        ]),
        ("2. Use of Performance Information: Service User Perspective and Outcomes (issued May 2023)", [
            ("Recommendation 1: The Council should strengthen the information it provides to senior "
             "leaders on the perspective of service users.", [
                ("1.1", "Include customer feedback and complaints data in each directorate's "
                        "quarterly performance report.",
                 "Corporate Performance Manager", "June 2025",
                 "Complaints data included from Quarter 4 2024/25. Customer survey data not yet "
                 "available for Social Services and Education.", "Off track"),
            ]),
            ("Recommendation 2: The Council should develop outcome measures so that it can assess "
             "the impact of its services on residents.", [
                ("2.1", "Agree a set of outcome measures for each Corporate Plan priority with "
                        "Cabinet Members.",
                 "Head of Policy, Partnerships and Performance", "March 2026",
                 "Workshops held with three of five Cabinet Members.", "On track"),
            ]),
        ]),
        ("3. Digital Strategy Review (issued February 2025)", [
            ("Recommendation 1: The Council should set out the resources and skills it needs to "
             "deliver its Digital Strategy and how these will be funded.", [
                ("1.1", "Complete a digital skills assessment of all services and produce a costed "
                        "resourcing plan.",
                 "Head of Digital Services", "April 2026",
                 "Awaiting appointment of Digital Transformation Lead.", "Not started"),
                ("1.2", "Report progress on the Digital Strategy to the Governance and Audit "
                        "Committee every six months.",
                 "Head of Digital Services", "Six-monthly",
                 "First report presented July 2025; next due January 2026.", "On track"),
            ]),
        ]),
    ]
    heads = ["No.", "Action", "Responsible officer", "Timescale", "Progress at December 2025",
             "Status"]
    for title, recs in reports:
        doc.add_heading(title, 2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_text(c, h, bold=True)
            shade(c, "BDD7EE")
        for rec, acts in recs:
            r = t.add_row().cells
            m = r[0].merge(r[5])
            set_text(m, rec, bold=True)
            shade(m, "F2F2F2")
            for ref, act, off, when, prog, st in acts:
                r = t.add_row().cells
                set_text(r[0], ref)
                set_text(r[1], act)
                set_text(r[2], off)
                set_text(r[3], when)
                set_text(r[4], prog)
                set_text(r[5], st)
                if st != "Not started":
                    shade(r[5], KEY[st])
        for row in t.rows:
            for c, w in zip(row.cells, [Cm(1.2), Cm(7.5), Cm(4.0), Cm(2.8), Cm(7.0), Cm(2.3)]):
                c.width = w
    doc.save(out("go2-blaenau-gwent-cbc-audit-wales-recommendations-action-plan.docx"))


# ============================ 5. East Lothian SHR assurance improvement plan (txt, TSV)
def east_lothian_shr():
    rows = [
        ["East Lothian Council – Housing Services: Annual Assurance Statement 2025 Improvement Plan"],
        ["Scottish Housing Regulator – Annual Assurance Statement submitted October 2025"],
        ["Progress at 31 January 2026"],
        [],
        ["Ref", "Area for improvement", "Action", "Lead officer", "Target date", "Status",
         "Progress comment"],
        ["1. Tenant and resident safety"],
        ["1.1", "Electrical safety: 212 homes did not have a valid EICR within the five-year cycle "
                "at 31 March 2025 (material non-compliance).",
         "Complete the outstanding Electrical Installation Condition Reports, using forced access "
         "procedures where tenants do not respond.",
         "Service Manager – Property Maintenance", "31/03/2026", "On track",
         "48 homes outstanding at 31 January."],
        ["1.2", "",
         "Introduce a monthly compliance dashboard covering gas, electrical, fire, water, asbestos "
         "and lift safety, reported to the Housing Management Team.",
         "Housing Compliance Officer", "Nov-25", "Complete", "First dashboard reported 18 November."],
        ["1.3", "Damp and mould: reports were not consistently triaged or followed up.",
         "Adopt a damp and mould policy with a 10 working day inspection standard.\n"
         "Train all housing officers and trades staff to recognise and report damp and mould.",
         "Team Manager – Estates; Team Manager – Repairs", "June 2026", "Amber",
         "Policy approved by Cabinet in December. Training provider not yet appointed."],
        ["2. Homelessness"],
        ["2.1", "Temporary accommodation: breaches of the Unsuitable Accommodation Order increased "
                "during 2024/25.",
         "Convert 30 council lets a year into furnished temporary accommodation to reduce the use "
         "of bed and breakfast.",
         "Team Manager – Homelessness", "2025/26", "Red",
         "14 conversions completed; delays in void turnaround."],
        ["2.2", "",
         "Report Unsuitable Accommodation Order breaches to the Housing Management Team every month.",
         "Head of Housing", "Monthly", "On track", ""],
        ["3. Tenant engagement and scrutiny"],
        ["3.1", "Tenants were not yet involved in scrutinising housing performance.",
         "Set up a tenant scrutiny panel with support from TPAS Scotland and agree its first "
         "review topic.",
         "Tenant Participation Officer", "30/04/2026", "On track",
         "Nine tenants recruited; induction in February."],
        ["3.2", "",
         "Publish an annual Charter performance report produced with tenants.",
         "Housing Performance Officer / Tenant Participation Officer", "October 2026",
         "Not started", ""],
        [],
        ["Status key: Complete; On track; Amber – some delay; Red – significant delay; "
         "Not started."],
    ]
    width = 7
    with open(out("go2-east-lothian-council-shr-annual-assurance-statement-improvement-plan.txt"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        for r in rows:
            w.writerow(r + [""] * (width - len(r)))


# =============================== 6. King's Lynn corporate risk register (csv)
def kings_lynn_risk():
    risks = [
        ("CR1 Financial sustainability - failure to deliver a balanced budget over the Medium "
         "Term Financial Plan", "Assistant Director - Resources (S151 Officer)", 20, 16, 12,
         "No change", [
            ("CR1.1", "Develop savings and income proposals to close the 2026/27 budget gap for "
                      "Cabinet in February 2026",
             "Assistant Director - Resources (S151 Officer)", "28/02/2026", "Green",
             "Proposals presented to Corporate Performance Panel on 7 January"),
            ("CR1.2", "Update Financial Plan assumptions for the Fair Funding Review and business "
                      "rates reset once the final settlement is published",
             "Financial Services Manager", "31/03/2026", "Amber",
             "Provisional settlement later than expected"),
        ]),
        ("CR2 Local government reorganisation - disruption to services and loss of capacity "
         "during transition to new unitary councils for Norfolk", "Chief Executive", 16, 16, 9,
         "Increasing", [
            ("CR2.1", "Set up an LGR programme board and dedicated programme team",
             "Chief Executive", "30/09/2025", "Completed", "Board meets fortnightly"),
            ("CR2.2", "Complete a data and contracts audit to inform transition planning",
             "Assistant Director - Legal, Governance and Licensing", "31/03/2026", "Amber",
             "Contracts audit complete; data audit 40% complete"),
        ]),
        ("CR3 Cyber security - loss of systems or data following a cyber attack",
         "Assistant Director - Central Services", 20, 12, 8, "No change", [
            ("CR3.1", "Achieve Cyber Essentials Plus accreditation", "ICT Manager", "31/05/2026",
             "Green", "Pre-assessment scan booked for March"),
            ("CR3.2", "Run a cyber incident exercise with the Corporate Management Team",
             "ICT Manager; Emergency Planning Officer", "Q4 2025/26", "Amber",
             "Date to be agreed with CMT"),
        ]),
        ("CR4 Housing demand - rising homelessness and temporary accommodation costs",
         "Assistant Director - Housing and Community", 16, 16, 12, "Increasing", [
            ("CR4.1", "Acquire six additional temporary accommodation units through the council's "
                      "housing company",
             "Assistant Director - Housing and Community", "31/12/2025", "Red",
             "Two of six units acquired; completion of remaining purchases slipped to Q1 2026/27"),
            ("CR4.2", "Refresh the Homelessness and Rough Sleeping Strategy",
             "Housing Strategy Officer", "31/07/2026", "Green", "Review of evidence base started"),
        ]),
    ]
    heads = ["Risk", "Risk Owner", "Inherent Score", "Current Score", "Target Score",
             "Direction of Travel", "Action Ref", "Mitigating Action", "Action Owner",
             "Due Date", "Action Status", "Latest Update"]
    n = len(heads)
    with open(out("go2-kings-lynn-west-norfolk-bc-corporate-risk-register-q3-2025-26.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        pad = lambda r: r + [""] * (n - len(r))
        w.writerow(pad(["Borough Council of King's Lynn & West Norfolk - Corporate Risk Register - "
                        "Quarter 3 2025/26"]))
        w.writerow(pad(["Report run: 08/01/2026"]))
        w.writerow(pad([]))
        w.writerow(heads)
        for risk, owner, inh, cur, tgt, dot, acts in risks:
            for ref, act, aown, due, st, upd in acts:
                w.writerow([risk, owner, inh, cur, tgt, dot, ref, act, aown, due, st, upd])
        w.writerow(pad([]))
        w.writerow(pad(["Scores are Likelihood (1-5) x Impact (1-5). Target score is the score "
                        "expected once all mitigating actions are complete."]))


# =========================== 7. East Ayrshire HSCP care at home improvement plan (xlsx)
def east_ayrshire_cah():
    RAGF = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    ws["A1"] = "East Ayrshire HSCP Care at Home Service – Care Inspectorate Improvement Plan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Inspection: unannounced, 10–14 February 2025. Plan agreed with the Care "
                "Inspectorate 21 March 2025. Updated 30 June 2025.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    heads = ["No.", "Requirement / area for improvement", "Action", "Lead", "Timescale",
             "Progress", "RAG"]
    header_row(ws, 4, heads)
    D = dt.datetime
    kqs = [
        ("Key question 1: How well do we support people's wellbeing?", [
            ("Requirement 1: By 30 May 2025, the provider must ensure that people receive their "
             "medication as prescribed, supported by accurate medication administration records.", [
                ("R1.1", "Audit every medication administration record monthly and follow up each "
                         "recording error with the carer involved.",
                 "Home Care Organisers", D(2025, 5, 30),
                 "Monthly audits in place since April; errors down from 41 to 12.", "G"),
                ("R1.2", "Deliver refresher medication training to all care at home staff, with "
                         "competency checks by senior carers.",
                 "Learning and Development Officer", D(2025, 5, 30),
                 "Training completed by 96% of staff; remainder on long-term absence.", "B"),
            ]),
            ("Area for improvement 1: To support people's wellbeing, the provider should make sure "
             "visit times are consistent and that people are told when their carer will be late.", [
                ("A1.1", "Review the scheduling system rules so that visit times do not vary by "
                         "more than 30 minutes from the agreed time.",
                 "Scheduling Team Leader", D(2025, 9, 30),
                 "Rules changed for the Kilmarnock patch; other patches to follow.", "A"),
                ("A1.2", "Phone the person whenever their carer is running more than 30 minutes "
                         "late.",
                 "Scheduling Team Leader", "Immediate and ongoing",
                 "In place; spot-checked weekly.", "G"),
            ]),
        ]),
        ("Key question 2: How good is our leadership?", [
            ("Area for improvement 2: The provider should ensure that staff receive regular "
             "supervision in line with the service's supervision policy.", [
                ("A2.1", "Schedule six-weekly supervision for all carers and record it on the "
                         "supervision tracker.",
                 "Home Care Organisers", D(2025, 8, 31),
                 "62% of carers supervised within six weeks in June.", "A"),
                ("A2.2", "Introduce an annual development meeting for every member of staff.",
                 "Care at Home Manager", "December 2025", "", None),
            ]),
        ]),
        ("Key question 5: How well is our care and support planned?", [
            ("Requirement 2: By 31 July 2025, the provider must ensure that each person has a "
             "personal plan that reflects their current needs, wishes and outcomes, reviewed at "
             "least every six months.", [
                ("R2.1", "Review every personal plan with the person and their family, starting "
                         "with people who have complex needs.",
                 "Care at Home Manager; Social Work Team Leader (Reviewing)", D(2025, 7, 31),
                 "148 of 402 plans reviewed. Will not be completed by 31 July.", "R"),
                ("R2.2", "Introduce a personal plan audit tool, with findings reported to the Care "
                         "at Home Management Team each month.",
                 "Quality Assurance Officer", D(2025, 6, 30),
                 "Tool agreed; first audit results due July.", "G"),
            ]),
        ]),
    ]
    row = 5
    for kq, reqs in kqs:
        c = ws.cell(row=row, column=1, value=kq)
        c.font = Font(bold=True)
        for cc in range(1, 8):
            ws.cell(row=row, column=cc).fill = BAND_FILL
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        row += 1
        for req, acts in reqs:
            first = row
            for ref, act, lead, when, prog, rag in acts:
                ws.cell(row=row, column=1, value=ref)
                ws.cell(row=row, column=3, value=act)
                ws.cell(row=row, column=4, value=lead)
                c = ws.cell(row=row, column=5, value=when)
                if isinstance(when, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if prog:
                    ws.cell(row=row, column=6, value=prog)
                if rag:
                    ws.cell(row=row, column=7).fill = xl_fill(RAGF[rag])
                box_row(ws, row, 7)
                row += 1
            ws.cell(row=first, column=2, value=req)
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    for col, w in zip("ABCDEFG", [7, 46, 46, 28, 14, 40, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Inspection summary")
    ws["A1"] = "Care Inspectorate grades – February 2025"
    ws["A1"].font = Font(bold=True, size=12)
    header_row(ws, 3, ["Key question", "Grade"])
    for i, (k, g) in enumerate([
        ("How well do we support people's wellbeing?", "3 - Adequate"),
        ("How good is our leadership?", "3 - Adequate"),
        ("How good is our staff team?", "4 - Good"),
        ("How well is our care and support planned?", "2 - Weak"),
    ], 4):
        ws.cell(row=i, column=1, value=k)
        ws.cell(row=i, column=2, value=g)
        box_row(ws, i, 2)
    ws["A9"] = "Requirements made: 2. Areas for improvement made: 2."
    ws.column_dimensions["A"].width = 50
    ws.column_dimensions["B"].width = 16

    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    for i, (txt, col) in enumerate([
        ("Complete", "00B0F0"), ("On track", "00B050"), ("Some delay", "FFC000"),
        ("Significant delay or deadline missed", "FF0000"), ("Not yet started (no colour)", None),
    ], 2):
        c = ws.cell(row=i, column=1)
        if col:
            c.fill = xl_fill(col)
        c.border = BOX
        ws.cell(row=i, column=2, value=txt)
    ws.column_dimensions["B"].width = 40
    wb.save(out("go2-east-ayrshire-hscp-care-at-home-care-inspectorate-improvement-plan.xlsx"))


if __name__ == "__main__":
    reading_asc()
    braintree_ia()
    merseyside_culture()
    blaenau_gwent_aw()
    east_lothian_shr()
    kings_lynn_risk()
    east_ayrshire_cah()
    print("built", sorted(f for f in os.listdir(HERE) if f.startswith("go2-")))
