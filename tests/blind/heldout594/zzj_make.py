"""Build the seven zzj- test files of set heldout594.

Run with: /work/main/.venv/bin/python zzj_make.py
Writes only files whose names start with "zzj-" into the folder of this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zzj-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color=hex6, end_color=hex6)


def put(ws, row, col, value, bold=False, fmt=None, f=None, border=True, color=None, size=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or color or size:
        c.font = Font(bold=bold, color=color, size=size)
    if fmt:
        c.number_format = fmt
    if f:
        c.fill = fill(f)
    if border:
        c.border = BOX
    return c


# ---------------------------------------------------------------------------
# 1. Yorkshire Building Society - FCA Consumer Duty board report action tracker
# ---------------------------------------------------------------------------
def make_ybs():
    title = "Yorkshire Building Society – Consumer Duty Annual Board Report 2024: Action Tracker"
    rag_fill = {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000",
                "Red": "FF0000", "Not started": "D9D9D9", "": None}
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    put(cov, 1, 1, title, bold=True, size=14, border=False)
    put(cov, 3, 1, "Document control", bold=True, border=False)
    dc = [("Document owner", "Head of Consumer Duty"),
          ("Version", "v1.4"),
          ("Status", "Quarterly update for Board Risk Committee"),
          ("Date", D(2025, 10, 14)),
          ("Classification", "Internal – Board and Committee use only")]
    for i, (k, v) in enumerate(dc):
        put(cov, 4 + i, 1, k, bold=True, f="DDEBF7")
        put(cov, 4 + i, 2, v, fmt="dd/mm/yyyy" if isinstance(v, D) else None)
    put(cov, 10, 1, "Version history", bold=True, border=False)
    vh = [("Version", "Date", "Change", "Author"),
          ("v1.0", D(2024, 7, 30), "Actions agreed by the Board with the 2024 Board report", "Consumer Duty Office"),
          ("v1.3", D(2025, 7, 8), "Q2 2025 update; revised dates for actions 2.1 and 3.1", "Consumer Duty Office"),
          ("v1.4", D(2025, 10, 14), "Q3 2025 update", "Consumer Duty Office")]
    for i, r in enumerate(vh):
        for j, v in enumerate(r):
            put(cov, 11 + i, 1 + j, v, bold=(i == 0), fmt="dd/mm/yyyy" if isinstance(v, D) else None,
                f="DDEBF7" if i == 0 else None)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 40
    cov.column_dimensions["C"].width = 55
    cov.column_dimensions["D"].width = 24

    ws = wb.create_sheet("Action Tracker")
    ws.merge_cells("A1:I1")
    put(ws, 1, 1, title, bold=True, size=14, border=False)
    ws.merge_cells("A2:I2")
    put(ws, 2, 1, "Position as at 30 September 2025 – for Board Risk Committee, 21 October 2025", border=False)
    heads = ["Ref", "Action", "Accountable Owner", "Original Target Date", "Revised Target Date",
             "Previous RAG (Jun-25)", "Current RAG (Sep-25)", "Progress Update", "Evidence of Closure"]
    for j, h in enumerate(heads):
        put(ws, 4, 1 + j, h, bold=True, f="1F4E79", color="FFFFFF")
    rows = [
        ("Outcome 1: Products and Services",),
        ("1.1", "Complete the fair value assessment of closed-book mortgages on the Society's Standard Variable Rate and present the findings to the Product Governance Committee.",
         "Director of Mortgages", D(2025, 3, 31), D(2025, 6, 30), "Amber", "Complete",
         "Assessment presented 17 June 2025; SVR margin review agreed.", "PGC minutes 17/06/2025"),
        ("1.2", "Embed target market reviews for savings products into the annual product review cycle, including testing of sales through the branch network.",
         "Director of Savings / Head of Product Governance", D(2025, 9, 30), None, "Green", "Green",
         "Branch mystery shopping completed in August; report being drafted.", ""),
        ("Outcome 2: Price and Value",),
        ("2.1", "Extend the savings rate-setting framework so that the margin between easy-access rates and Bank Rate is evidenced as fair value for each balance tier.",
         "Chief Financial Officer", D(2025, 7, 31), D(2026, 1, 31), "Amber", "Amber",
         "Revised date agreed by Steering Group in July; modelling of tiered rates under way.", ""),
        ("2.2", "Review early repayment charges on fixed-rate mortgages against the costs the Society incurs and report the outcome to the Board.",
         "Director of Mortgages", D(2025, 12, 31), None, "Green", "Green",
         "Cost analysis complete; peer benchmarking in progress.", ""),
        ("Outcome 3: Consumer Understanding",),
        ("3.1", "Carry out comprehension testing of the ten highest-volume member letters, including maturity and rate-change notices, with at least 200 members.\nRewrite any letter that scores below the agreed comprehension threshold.",
         "Head of Customer Communications", D(2025, 6, 30), D(2025, 10, 31), "Red", "Amber",
         "Testing of 8 of 10 letters complete; two rate-change letters being rewritten.", ""),
        ("Outcome 4: Consumer Support",),
        ("4.1", "Reduce the average wait on the Mortgage Servicing telephone line to under five minutes and report the results of sludge-practice testing quarterly.",
         "Chief Operating Officer", D(2025, 9, 30), "Q1 2026", "Amber", "Red",
         "Average wait 9m 40s in September because of rate-change volumes; recovery plan to Executive Committee in October.", ""),
        ("Cross-cutting: Customers in Vulnerable Circumstances",),
        ("5.1", "Introduce a review of vulnerability flags so that the support needs of every member recorded as vulnerable are confirmed at least every 12 months.",
         "Head of Vulnerable Customers; Chief Customer Officer", D(2025, 8, 31), None, "Green", "Complete",
         "Review process live from 1 August 2025.", "Process note and first month QA results"),
        ("Governance and Management Information",),
        ("6.1", "Add outcome-testing MI for each of the four outcomes to the monthly Conduct Risk dashboard reviewed by the Executive Risk Committee.",
         "Chief Risk Officer", D(2025, 12, 31), None, "", "Not started",
         "Scheduled to start in November once the MI data model is signed off.", ""),
    ]
    r = 5
    for row in rows:
        if len(row) == 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            put(ws, r, 1, row[0], bold=True, f="BDD7EE")
        else:
            for j, v in enumerate(row):
                c = put(ws, r, 1 + j, v if v not in (None,) else None,
                        fmt="dd/mm/yyyy" if isinstance(v, D) else None)
                if j in (5, 6) and rag_fill.get(v):
                    c.fill = fill(rag_fill[v])
        r += 1
    r += 1
    put(ws, r, 1, "Summary of current RAG", bold=True, border=False)
    summary = [("Complete", 2), ("Green", 2), ("Amber", 2), ("Red", 1), ("Not started", 1), ("Total", 8)]
    for k, v in summary:
        r += 1
        c = put(ws, r, 1, k, bold=(k == "Total"))
        if rag_fill.get(k):
            c.fill = fill(rag_fill[k])
        put(ws, r, 2, v, bold=(k == "Total"))
    r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    put(ws, r, 1, "Note: Revised target dates have been approved by the Consumer Duty Steering Group. "
                  "Actions rated Complete are closed once evidence has been reviewed by Compliance Monitoring.",
        border=False)
    for col, w in zip("ABCDEFGHI", (7, 60, 30, 14, 14, 13, 13, 45, 28)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    put(key, 1, 1, "RAG status key", bold=True, border=False)
    for i, (k, v) in enumerate([
            ("Complete", "Action delivered and closure evidence accepted"),
            ("Green", "On track to meet the target date"),
            ("Amber", "At risk – target date may be missed; mitigation in place"),
            ("Red", "Off track – target date missed or will be missed; escalation required"),
            ("Not started", "Action not yet due to start")]):
        put(key, 3 + i, 1, k, f=rag_fill[k])
        put(key, 3 + i, 2, v)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 70
    wb.save(out("zzj-yorkshire-building-society-fca-consumer-duty-board-action-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Practice Plus Group Hospital Barlborough - CQC must / should do action plan
# ---------------------------------------------------------------------------
def make_ppg():
    BLUE, GREEN, AMBER, RED = "4472C4", "00B050", "FFC000", "FF0000"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws.merge_cells("A1:J1")
    put(ws, 1, 1, "Practice Plus Group Hospital Barlborough – CQC Inspection Action Plan (Must and Should Do Actions)",
        bold=True, size=14, border=False)
    ws.merge_cells("A2:J2")
    put(ws, 2, 1, "Inspection 21–23 January 2025 | Report published 14 March 2025 | Progress at 30 September 2025",
        border=False)
    put(ws, 3, 1, "Status key (cell colour):", bold=True, border=False)
    for j, (k, f) in enumerate([("Completed", BLUE), ("On track", GREEN), ("At risk", AMBER), ("Overdue", RED)]):
        put(ws, 3, 2 + j, k, f=f, color="FFFFFF" if f in (BLUE, RED) else None)
    heads = ["Ref", "Must / Should", "Regulation", "What the service must / should do", "Action No.",
             "Action", "Lead", "Target Date", "Evidence / Progress", "Status"]
    for j, h in enumerate(heads):
        put(ws, 5, 1 + j, h, bold=True, f="44546A", color="FFFFFF")

    plan = [
        ("Core service: Surgery", [
            ("M1", "Must", "Regulation 12: Safe care and treatment",
             "The service must ensure that staff complete all stages of the WHO surgical safety checklist for every patient.", [
                 ("M1.1", "Re-audit WHO checklist compliance weekly in each theatre for 12 weeks and share the results at the daily theatre huddle.",
                  "Theatre Manager", D(2025, 6, 30), "12-week audit complete; compliance 98–100% from week 5.", BLUE),
                 ("M1.2", "Make the sign-out stage a mandatory field in the electronic theatre record so that a case cannot be closed without it.",
                  "Theatre Manager / Head of Clinical Services", "End of December 2025",
                  "Change request raised with the system supplier; testing booked for November.", GREEN)]),
            ("M2", "Must", "Regulation 17: Good governance",
             "The service must ensure that the surgical risk register reflects current risks and that each risk has an owner and a review date.", [
                 ("M2.1", "Hold a facilitated risk review with the surgical leadership team and update the local risk register with named owners and review dates for every risk.",
                  "Hospital Director", D(2025, 5, 31), "Risk register reviewed 20/05/2025; now reviewed monthly at Clinical Governance.", BLUE)]),
            ("S1", "Should", "Regulation 18: Staffing",
             "The service should ensure that all theatre staff complete immediate life support training.", [
                 ("S1.1", "Book all outstanding ILS places with the regional training team and monitor completion through the monthly training report.",
                  "Clinical Educator", D(2025, 9, 30), "81% compliant; two course dates cancelled by the provider.", AMBER)]),
        ]),
        ("Core service: Outpatients", [
            ("M3", "Must", "Regulation 12: Safe care and treatment",
             "The service must ensure that emergency equipment in the outpatient department is checked daily and that the checks are recorded.", [
                 ("M3.1", "Introduce a daily resuscitation trolley checklist signed by the nurse in charge, with a weekly spot check by the Outpatients Manager.",
                  "Outpatients Manager", D(2025, 4, 30), "Checklist in use since 3 March 2025; spot checks show full compliance.", BLUE)]),
            ("S2", "Should", "Regulation 9: Person-centred care",
             "The service should ensure that patient information is available in formats that meet the Accessible Information Standard.", [
                 ("S2.1", "Obtain easy-read and large-print versions of the ten most used outpatient leaflets, with translated versions available on request.",
                  "Patient Experience Lead", D(2025, 10, 31), "Six of ten leaflets completed.", GREEN),
                 ("S2.2", "Record each patient's communication needs on the booking system at the point of referral.",
                  "Outpatients Manager; Medical Records Supervisor", D(2025, 7, 31),
                  "Booking system field not yet configured; awaiting IT.", RED)]),
        ]),
    ]
    r = 6
    for service, findings in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        put(ws, r, 1, service, bold=True, f="D6DCE4")
        r += 1
        for ref, kind, reg, text, actions in findings:
            first = r
            for aref, atext, lead, date, ev, colour in actions:
                put(ws, r, 5, aref)
                put(ws, r, 6, atext)
                put(ws, r, 7, lead)
                put(ws, r, 8, date, fmt="dd/mm/yyyy" if isinstance(date, D) else None)
                put(ws, r, 9, ev)
                put(ws, r, 10, None, f=colour)
                r += 1
            for col, v in ((1, ref), (2, kind), (3, reg), (4, text)):
                put(ws, first, col, v)
                for rr in range(first + 1, r):
                    put(ws, rr, col, None)
                if r - first > 1:
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    for col, w in zip("ABCDEFGHIJ", (6, 9, 22, 45, 9, 55, 26, 14, 40, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    put(sm, 1, 1, "Summary of actions by status (30 September 2025)", bold=True, border=False)
    for i, (k, n, f) in enumerate([("Completed", 3, BLUE), ("On track", 2, GREEN), ("At risk", 1, AMBER),
                                   ("Overdue", 1, RED), ("Total", 7, None)]):
        put(sm, 3 + i, 1, k, f=f, bold=(k == "Total"))
        put(sm, 3 + i, 2, n, bold=(k == "Total"))
    put(sm, 9, 1, "Must do actions: 4 | Should do actions: 3", border=False)
    sm.column_dimensions["A"].width = 20

    vc = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Author", "Comments"),
                             ("1.0", D(2025, 4, 10), "Head of Clinical Services", "Submitted to CQC"),
                             ("1.1", D(2025, 7, 2), "Head of Clinical Services", "Q1 progress for Medical Advisory Committee"),
                             ("1.2", D(2025, 10, 6), "Head of Clinical Services", "Q2 progress for Clinical Governance Committee")]):
        for j, v in enumerate(row):
            put(vc, 1 + i, 1 + j, v, bold=(i == 0), fmt="dd/mm/yyyy" if isinstance(v, D) else None)
    vc.column_dimensions["C"].width = 28
    vc.column_dimensions["D"].width = 50
    wb.save(out("zzj-practice-plus-group-hospital-barlborough-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Veterinary Medicines Directorate - strategic risk register 2025-26
# ---------------------------------------------------------------------------
def make_vmd():
    title = "Veterinary Medicines Directorate – Strategic Risk Register 2025-26"
    ragf = {"C": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    put(cov, 1, 1, title, bold=True, size=14, border=False)
    put(cov, 2, 1, "An Executive Agency of the Department for Environment, Food & Rural Affairs", border=False)
    for i, (k, v) in enumerate([("Register owner", "Chief Executive Officer"),
                                ("Review", "Q2 2025-26"),
                                ("Reviewed by", "Executive Management Board, 14 October 2025"),
                                ("Presented to", "Audit and Risk Assurance Committee, 4 November 2025"),
                                ("Scoring", "Likelihood (1–5) x Impact (1–5); risk appetite for operational delivery: Cautious")]):
        put(cov, 4 + i, 1, k, bold=True, f="E2EFDA")
        put(cov, 4 + i, 2, v)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 80

    rs = wb.create_sheet("Risk Summary")
    heads = ["Risk ref", "Risk title", "Risk description", "Risk owner", "Inherent score",
             "Residual score", "Target score", "Trend"]
    for j, h in enumerate(heads):
        put(rs, 1, 1 + j, h, bold=True, f="375623", color="FFFFFF")
    risks = [
        ("SR1", "Cyber and IT resilience",
         "A successful cyber attack or failure of legacy systems prevents the VMD from processing applications and publishing product information.",
         "Director of Operations", 20, 12, 8, "↔"),
        ("SR2", "Funding and cost recovery",
         "Income from statutory fees and Defra grant-in-aid is insufficient to fund planned regulatory activity.",
         "Chief Executive Officer", 16, 12, 6, "↑"),
        ("SR3", "Antimicrobial resistance",
         "Insufficient data on antibiotic use in animals limits the UK's ability to meet its national action plan targets.",
         "Director of Regulatory Science", 15, 10, 6, "↔"),
        ("SR4", "Workforce capability",
         "The VMD cannot recruit and retain enough qualified scientific assessors, causing backlogs in authorisations.",
         "Director of Authorisations", 16, 16, 9, "↑"),
        ("SR5", "Northern Ireland supply",
         "Changes to the arrangements for Northern Ireland disrupt the supply of veterinary medicines.",
         "Director of Policy", 15, 9, 6, "↓"),
    ]
    for i, row in enumerate(risks):
        for j, v in enumerate(row):
            put(rs, 2 + i, 1 + j, v)
    for col, w in zip("ABCDEFGH", (9, 28, 70, 28, 10, 10, 10, 8)):
        rs.column_dimensions[col].width = w

    ap = wb.create_sheet("Action Plan")
    ap.merge_cells("A1:H1")
    put(ap, 1, 1, "Strategic Risk Register 2025-26 – Mitigating Action Plan", bold=True, size=13, border=False)
    ap.merge_cells("A2:H2")
    put(ap, 2, 1, "Position at 30 September 2025", border=False)
    heads = ["Risk", "Action ref", "Further mitigating action", "Action owner", "Target date",
             "Revised target date", "RAG", "Comment"]
    for j, h in enumerate(heads):
        put(ap, 4, 1 + j, h, bold=True, f="375623", color="FFFFFF")
    acts = [
        ("SR1 Cyber and IT resilience", [
            ("SR1.1", "Complete migration of the Product Information Database from the legacy server to the Defra cloud platform.",
             "Head of Digital Services", D(2025, 12, 31), D(2026, 3, 31), "A", "Supplier resourcing delayed cut-over; new plan agreed."),
            ("SR1.2", "Run a cyber incident exercise with the Defra group Security Operations Centre and record lessons learned.",
             "Head of Digital Services / Departmental Security Officer", D(2025, 9, 30), None, "C", "Exercise held 11 September 2025."),
        ]),
        ("SR2 Funding and cost recovery", [
            ("SR2.1", "Consult on revised statutory fees for marketing authorisations to restore full cost recovery from April 2026.",
             "Director of Operations", D(2025, 11, 30), None, "G", "Consultation document cleared by Defra ministers."),
            ("SR2.2", "Agree a multi-year funding settlement with Defra for the non-statutory surveillance programme.",
             "Chief Executive Officer", "TBC – following Spending Review allocations", None, "A", "Awaiting Defra allocation letter."),
        ]),
        ("SR3 Antimicrobial resistance", [
            ("SR3.1", "Publish the UK-VARSS 2024 report, including antibiotic sales data by species.",
             "Head of AMR Team", "Nov-25", None, "G", "Draft with editorial team."),
            ("SR3.2", "Extend Medicine Hub data collection to the cattle sector, with at least 40% of dairy herds reporting.",
             "Head of AMR Team", D(2026, 3, 31), None, "A", "Uptake at 27%; engagement with milk buyers planned."),
        ]),
        ("SR4 Workforce capability", [
            ("SR4.1", "Run a recruitment campaign to fill 12 scientific assessor vacancies.",
             "Head of HR", "Q3 2025/26", None, "R", "First campaign filled 4 posts; pay flexibility case submitted."),
            ("SR4.2", "Introduce a structured training programme for new assessors with a competency sign-off framework.",
             "Director of Authorisations", D(2026, 1, 31), None, "G", "Framework drafted."),
        ]),
        ("SR5 Northern Ireland supply", [
            ("SR5.1", "Implement the Windsor Framework arrangements for veterinary medicines supplied to Northern Ireland, including UK-wide labelling.",
             "Director of Policy, Director of Authorisations", D(2025, 12, 31), None, "A", "Guidance published; industry readiness uneven."),
        ]),
    ]
    r = 5
    for risk, items in acts:
        first = r
        for ref, text, owner, due, rev, rag, com in items:
            put(ap, r, 2, ref)
            put(ap, r, 3, text)
            put(ap, r, 4, owner)
            put(ap, r, 5, due, fmt="dd/mm/yyyy" if isinstance(due, D) else None)
            put(ap, r, 6, rev, fmt="dd/mm/yyyy" if isinstance(rev, D) else None)
            put(ap, r, 7, rag, f=ragf[rag], bold=True)
            put(ap, r, 8, com)
            r += 1
        put(ap, first, 1, risk, bold=True, f="E2EFDA")
        for rr in range(first + 1, r):
            put(ap, rr, 1, None, f="E2EFDA")
        if r - first > 1:
            ap.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    put(ap, r, 1, "RAG key: C = Complete; G = On track; A = Some slippage, recovery in hand; R = Off track, escalation needed",
        border=False)
    for col, w in zip("ABCDEFGH", (24, 9, 60, 30, 14, 14, 6, 40)):
        ap.column_dimensions[col].width = w
    wb.save(out("zzj-veterinary-medicines-directorate-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def grid_table(doc, rows, header_fill=None, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0 and header_fill is not None))
            if i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


# ---------------------------------------------------------------------------
# 4. Penkridge Parish Council - internal audit 2024/25 action plan
# ---------------------------------------------------------------------------
def make_penkridge():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Penkridge Parish Council: Internal Audit Report 2024/25 – Action Plan", style="Title")
    doc.add_paragraph(
        "This action plan sets out the Council's response to the recommendations in the Internal Auditor's "
        "report for the year ended 31 March 2025. Recommendations are grouped under the internal control "
        "objectives of the Annual Governance and Accountability Return (AGAR).")
    grid_table(doc, [
        ["Internal Auditor", "M. Rowley, Independent Internal Audit Services"],
        ["Year audited", "1 April 2024 – 31 March 2025"],
        ["Date of audit visit", "29 April 2025"],
        ["Report considered", "Finance and General Purposes Committee, 9 June 2025"],
        ["Progress reported", "Full Council, 8 September 2025"],
    ], widths=[6, 14])
    head = ["No.", "Auditor's recommendation", "Action agreed by the Council", "Lead", "Target date",
            "Progress at 8 September 2025", "Status"]
    widths = [1.2, 6.5, 6.5, 2.8, 2.6, 5.0, 2.0]
    sections = [
        ("A. Appropriate accounting records", [
            ["1", "Bank reconciliations for the Community Centre account were not evidenced as reviewed by a councillor for five months of the year. Reconciliations for all accounts should be reviewed and signed by a member each month.",
             "Bank reconciliations for all three accounts to be presented to each Finance and General Purposes Committee meeting and signed by the Committee Chairman.",
             "RFO", "June 2025", "In place from the June meeting.", "Completed"]]),
        ("B. Financial regulations and standing orders", [
            ["2", "The Council's Financial Regulations have not been updated to the 2024 NALC model.",
             "Adopt the 2024 NALC model Financial Regulations, amended for the Council's delegated spending limits.",
             "Clerk", "21/07/2025", "Adopted by Full Council 21 July 2025 (minute 61/25).", "Completed"],
            ["3", "Two contracts over £5,000 were awarded without evidence that three quotations had been sought.",
             "Introduce a procurement checklist for every order over £5,000 and report the quotations received to the Committee before the order is placed.",
             "Clerk & Deputy Clerk", "30 September 2025", "Checklist drafted; to be adopted at the September Committee.", "G"]]),
        ("C. Risk management and insurance", [
            ["4", "The risk assessment was last reviewed in 2022 and does not cover the Community Centre or the allotment sites.",
             "Review the full risk register, adding the Community Centre and allotment sites, and present it to Full Council for adoption.",
             "Clerk", "Nov 2025", "Allotment site inspections completed; Community Centre review outstanding.", "A"],
            ["5", "Fidelity guarantee insurance is lower than the reserves the Council holds.",
             "Increase fidelity guarantee cover to £250,000 at the insurance renewal.",
             "RFO", "1 October 2025", "Quotation obtained from the insurer.", "G"]]),
        ("G. Salaries", [
            ["6", "The Clerk's salary had not been updated for the 2024/25 NJC pay award.",
             "Apply the 2024/25 NJC pay award, backdated to 1 April 2024, and notify the payroll bureau.",
             "Staffing Committee", "May 2025", "Paid in the May 2025 salary with back pay.", "Completed"]]),
        ("L. Publication of information", [
            ["7", "The 2023/24 AGAR and the Notice of Conclusion of Audit are not published on the Council's website.",
             "Publish the 2023/24 and 2024/25 AGAR documents and Notice of Conclusion of Audit on the website, and add a publication check to the Clerk's annual timetable.",
             "Deputy Clerk", "Ongoing", "2023/24 documents published June 2025; 2024/25 to follow after external audit.", "G"]]),
    ]
    fills = {"Completed": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "FF7C80"}
    for heading, rows in sections:
        doc.add_heading(heading, level=2)
        t = grid_table(doc, [head] + rows, header_fill="D9D9D9", widths=widths)
        for i, row in enumerate(rows, start=1):
            shade(t.cell(i, 6), fills[row[6]])
        doc.add_paragraph()
    doc.add_paragraph("Status key: Completed – action finished; G – on track; A – behind target but in hand; "
                      "R – significant delay.")
    grid_table(doc, [
        ["Adopted by Full Council", "21 July 2025, minute 58/25"],
        ["Signed (Chairman)", ""],
        ["Signed (Clerk)", ""],
    ], widths=[6, 10])
    doc.save(out("zzj-penkridge-parish-council-internal-audit-action-plan-2024-25.docx"))


# ---------------------------------------------------------------------------
# 5. Cokethorpe School - action plan following ISI inspection
# ---------------------------------------------------------------------------
def make_cokethorpe():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Cokethorpe School – Action Plan following the ISI Inspection of October 2024", style="Title")
    doc.add_paragraph("Prepared by the Senior Leadership Team for the Education and Pastoral Committee of the "
                      "Governing Body. Progress updated 20 May 2025.")
    p = doc.add_paragraph()
    p.add_run("Document control").bold = True
    grid_table(doc, [
        ["Version", "Date", "Author", "Change"],
        ["1.0", "18/11/2024", "Deputy Head (Academic)", "First draft for SLT"],
        ["1.1", "26/11/2024", "Head", "Approved by Governors"],
        ["1.2", "20/05/2025", "Deputy Head (Academic)", "Summer term progress update"],
    ], header_fill="D9E2F3", widths=[2, 3, 5, 10])
    head = ["Ref", "Action", "Led by", "By when", "Success criteria", "RAG (May 2025)"]
    widths = [1.2, 8.5, 4.0, 3.0, 6.5, 2.6]
    ragfill = {"Complete": "9DC3E6", "On track": "A9D08E", "Amber": "FFD966", "Red": "FF7C80",
               "Not started": "FFFFFF"}
    sections = [
        ("1. Leadership and management, and governance",
         "Recommended next step 1: Leaders should ensure that self-evaluation in all academic departments makes consistent use of pupil progress data, so that development plans focus precisely on the areas that most need improvement.",
         [["1.1", "Introduce a common department self-evaluation template linked to the whole-school development plan.",
           "Deputy Head (Academic)", "December 2024", "All departments submit a self-evaluation using the template.", "Complete"],
          ["1.2", "Train heads of department in using the progress tracking system to identify under-performing groups.\nRepeat the training for new heads of department each September.",
           "Data Manager, Deputy Head (Academic)", "Summer term 2025", "Department plans name the groups targeted and the measures used.", "On track"],
          ["1.3", "The Education Committee of governors to review department self-evaluations annually and report to the full Board.",
           "Chair of Education Committee", "Autumn term 2025", "Annual report minuted by the Board.", "Not started"]]),
        ("2. Quality of education, training and recreation",
         "Recommended next step 2: Leaders should ensure that teaching in the Lower School consistently provides suitable challenge for the most able pupils.",
         [["2.1", "Appoint a lead for able, gifted and talented pupils in the Lower School.",
           "Head of Lower School", "January 2025", "Lead in post; register of able pupils maintained.", "Complete"],
          ["2.2", "Carry out learning walks each half term with a focus on stretch and challenge, and share findings at department meetings.",
           "SLT", "Termly", "Learning walk records show challenge evident in most lessons.", "On track"],
          ["2.3", "Launch a Lower School Scholars enrichment programme, including a research project presented to parents.",
           "Head of Lower School / Head of Library", "June 2025", "At least 30 pupils complete a research project.", "Amber"]]),
        ("3. Pupils’ physical and mental health and emotional wellbeing",
         "Recommended next step 3: Leaders should ensure that all staff record pastoral concerns consistently, so that patterns in pupils’ wellbeing are identified promptly.",
         [["3.1", "Move all pastoral recording onto CPOMS and withdraw paper logs.",
           "Deputy Head (Pastoral)", "28/02/2025", "No paper logs in use; all tutors active on CPOMS.", "Complete"],
          ["3.2", "Provide whole-staff INSET on recording low-level concerns and pastoral notes, followed by an audit of entries.",
           "DSL; Deputy Head (Pastoral)", "April 2025", "Audit shows entries complete and categorised correctly.", "Red"]]),
    ]
    for heading, step, rows in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=2 + len(rows), cols=len(head))
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, len(head) - 1))
        set_cell(top, step, bold=True, size=10)
        shade(top, "D9E2F3")
        for j, h in enumerate(head):
            set_cell(t.cell(1, j), h, bold=True)
            shade(t.cell(1, j), "F2F2F2")
        for i, row in enumerate(rows, start=2):
            for j, v in enumerate(row):
                set_cell(t.cell(i, j), v)
            shade(t.cell(i, 5), ragfill[row[5]])
        for row in t.rows[1:]:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key").bold = True
    t = grid_table(doc, [
        ["Complete", "Action completed and impact checked"],
        ["On track", "In progress and on course for the date"],
        ["Amber", "Some slippage; revised approach agreed"],
        ["Red", "Overdue; SLT to agree recovery"],
        ["Not started", "Not yet due"],
    ], widths=[3, 12])
    for i, k in enumerate(["Complete", "On track", "Amber", "Red", "Not started"]):
        shade(t.cell(i, 0), ragfill[k])
    doc.save(out("zzj-cokethorpe-school-isi-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Tees Valley Combined Authority - ICO audit action plan (csv, typo month)
# ---------------------------------------------------------------------------
def make_tvca():
    head = ["Rec Ref", "Scope Area", "Priority", "ICO Recommendation", "Agreed Action", "Action Owner",
            "Target Date", "Status", "Progress Update"]
    n = len(head)

    def pad(*cells):
        return list(cells) + [""] * (n - len(cells))

    rows = [
        pad("Tees Valley Combined Authority – ICO Data Protection Audit: Management Action Plan"),
        pad("Audit conducted 3–5 June 2025 | Final report issued 29 July 2025 | Progress at 31 October 2025"),
        pad(),
        head,
        ["A1", "Governance and Accountability", "High",
         "The DPO should report on data protection performance to the Audit and Governance Committee at least twice a year.",
         "Add a data protection report to the Audit and Governance Committee forward plan for March and September each year.",
         "Data Protection Officer", "Sep-25", "Complete", "First report taken to Committee on 25 September 2025."],
        ["A2", "Governance and Accountability", "Medium",
         "TVCA should complete its Record of Processing Activities (ROPA) for all directorates.",
         "Information asset owners to complete ROPA entries for all processing in their directorates, quality checked by the DPO.",
         "Information Asset Owners; Data Protection Officer", "Dec-25", "On track", "Four of six directorates complete."],
        ["B1", "Records Management", "Urgent",
         "TVCA should apply its retention schedule to the shared network drives and delete records held beyond their retention period.",
         "Carry out a records clean-up of the shared drives, starting with the Finance and HR folders, and log all destruction.",
         "Head of ICT / Information Governance Manager", "Sep-25", "Complete", "Clean-up complete; destruction log held by IG team."],
        ["B2", "Records Management", "Medium",
         "Retention periods should be added to the records held in the grants management system.",
         "Configure retention fields in the grants management system and apply them to all closed grant files.",
         "Information Governance Manager", "Mar-26", "On track", "Supplier change request approved."],
        ["C1", "Information Risk", "High",
         "Information risks should be recorded on the corporate risk register with named owners.",
         "Add an information governance risk to the corporate risk register, owned by the SIRO, with quarterly review.",
         "Head of Governance", "Jan-26", "On track", ""],
        ["D1", "Training and Awareness", "High",
         "All staff should complete data protection training annually and completion should be monitored.",
         "Launch annual mandatory data protection e-learning and report completion rates to the Corporate Leadership Team monthly.",
         "HR Manager", "0ct-25", "At risk", "Completion at 71%; reminders issued to line managers."],
        ["E1", "Data Sharing", "Medium",
         "TVCA should keep a log of all data sharing agreements with partners, including the five constituent councils.",
         "Create a central data sharing agreements log and review each agreement before its renewal date.",
         "Information Governance Manager", "Feb-26", "On track", "Log created; 14 agreements recorded so far."],
        ["E2", "Data Sharing", "Low",
         "Privacy information for skills programme participants should explain how data is shared with training providers.",
         "Update the adult skills privacy notice and publish it on the TVCA website.",
         "Legal Services", "Jun-26", "Not started", ""],
        pad(),
        pad("Priority ratings (Urgent, High, Medium, Low) are those given in the ICO audit report."),
        pad("Status: Complete / On track / At risk / Overdue / Not started"),
    ]
    with open(out("zzj-tees-valley-ca-ico-data-protection-audit-action-plan-typo-month-refuse.csv"),
              "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Royal British Legion - Board of Trustees rolling action log (tab-separated text)
# ---------------------------------------------------------------------------
def make_rbl():
    lines = [
        "The Royal British Legion – Board of Trustees Rolling Action Log",
        "Open actions and actions closed since the last meeting, as at 4 December 2025",
        "",
        "\t".join(["Ref", "Minute", "Action", "Owner", "Due", "Status", "Update"]),
        "Meeting of 22 May 2025",
        "\t".join(["BT25/014", "Min 7.2", "Bring a revised reserves policy to the Board, setting out the target range for free reserves.",
                   "CFO", "Sep-25", "Complete", "Approved at the September Board (min 9.1)."]),
        "\t".join(["BT25/017", "Min 11", "Circulate the trustee skills audit results and a plan to recruit two new trustees with finance and digital experience.",
                   "Chair / Company Secretary", "Jul-25", "Complete", "Circulated 3 July; recruitment under way."]),
        "Meeting of 17 July 2025",
        "\t".join(["BT25/026", "Min 5.3", "Provide an update on the Poppy Appeal 2025 income forecast, including the effect of the new contactless collection tins.",
                   "Director of Fundraising", "Next meeting", "Complete", "Update given at the September Board."]),
        "\t".join(["BT25/029", "Min 8.1", "Commission an independent review of safeguarding arrangements in the Legion's care homes and report the findings to the Board.",
                   "DG; Director of Care", "31/01/2026", "Green", "Reviewer appointed; fieldwork in November."]),
        "\t".join(["BT25/031", "Min 10", "Agree the timetable for the review of the Royal Charter and Bye-laws ahead of Annual Conference 2026.",
                   "Company Secretary", "Dec 2025", "Amber", "Draft timetable with the Governance Committee."]),
        "Meeting of 25 September 2025",
        "\t".join(["BT25/038", "Min 4.2", "Report on the membership data cleanse and the number of lapsed members contacted.",
                   "Director of Membership", "Dec-25", "Green", ""]),
        "\t".join(["BT25/040", "Min 6.1", "Arrange a trustee deep-dive session on cyber security with the Chief Information Officer.",
                   "CIO, Company Secretary", "Nov-25", "Red", "Session postponed; new date being sought."]),
        "\t".join(["BT25/043", "Min 9.4", "Present the three-year digital fundraising strategy for approval.",
                   "Director of Fundraising", "Mar-26", "Not started", ""]),
        "",
        "Status key: Complete – action closed; Green – on track; Amber – at risk of missing due date; Red – overdue",
        "Actions marked Complete will be removed from the log after the next meeting.",
    ]
    with open(out("zzj-royal-british-legion-board-of-trustees-action-log.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_ybs()
    make_ppg()
    make_vmd()
    make_penkridge()
    make_cokethorpe()
    make_tvca()
    make_rbl()
    print("done")
