#!/usr/bin/env python3
"""Build the seven zgv- blind test files (set heldout834).

Run with /work/main/.venv/bin/python zgv_make.py ; files are written beside this script.
Needs openpyxl and python-docx. csv/txt are written directly.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

# --------------------------------------------------------------------------------------
# shared helpers
# --------------------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="top", wrap_text=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RAG_FILL = {
    "Green": "00B050", "G": "00B050",
    "Amber": "FFC000", "A": "FFC000",
    "Red": "FF0000", "R": "FF0000",
    "Complete": "5B9BD5", "Blue": "5B9BD5", "C": "5B9BD5", "B": "5B9BD5",
}


def put(ws, row, col, value, bold=False, align=WRAP, fill_hex=None, fmt=None, border=True, size=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = align
    if bold or size:
        c.font = Font(bold=bold, size=size or 11)
    if fill_hex:
        c.fill = fill(fill_hex)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


# ======================================================================================
# 1. Seaham Town Council - corporate risk register 2025/26 (xlsx)
# ======================================================================================
SEAHAM_TITLE = "Seaham Town Council – Corporate Risk Register 2025/26"

# each risk: (ref, risk, consequence, controls, L, I, [actions])
# each action: (further action, lead, target (value written), action RAG, progress note)
SEAHAM = [
    ("1. Finance and financial control", [
        ("F1", "Loss of income from Town Hall room hire and events",
         "Budget shortfall; pressure on the precept",
         "Monthly budget monitoring reported to F&GP; hire charges reviewed annually", 3, 3, [
             ("Review room hire charges and introduce online booking and card payments for Town Hall hire",
              "Deputy Town Clerk (Leisure and Amenities)", D(2026, 1, 31), "Green",
              "Booking system demonstrations held August 2025"),
         ]),
        ("F2", "Fraud or error in payments",
         "Financial loss; reputational damage",
         "Dual authorisation of BACS payments by two members; monthly bank reconciliation signed by Chair of F&GP",
         2, 4, [
             ("Adopt the NALC 2024 model Financial Regulations and update delegated payment limits",
              "Town Clerk / RFO", "Sept 2025", "Complete", "Adopted at Full Council 9 September 2025"),
             ("Provide refresher training for councillors who authorise online payments",
              "RFO", "March 2026", "Amber", "Date to be agreed with CDALC"),
         ]),
        ("F3", "Insufficient general reserves",
         "Council unable to meet unforeseen costs",
         "Reserves policy; earmarked reserves reviewed at budget setting", 2, 3, [
             ("Review the reserves policy as part of 2026/27 budget and precept setting",
              "RFO", "January 2026", "Green", ""),
         ]),
    ]),
    ("2. Governance and compliance", [
        ("G1", "Failure to comply with legislation and proper practices (AGAR)",
         "Qualified external audit opinion; loss of General Power of Competence",
         "Standing Orders; independent internal auditor appointed; Clerk holds CiLCA", 2, 4, [
             ("Review Standing Orders against the NALC 2025 model and present to Full Council",
              "Town Clerk", D(2025, 11, 30), "Amber", "Draft with Policy Working Group"),
             ("Publish the 2024/25 AGAR, notice of conclusion of audit and internal audit report on the website",
              "RFO", D(2025, 9, 30), "Complete", "Published 24 September 2025"),
         ]),
        ("G2", "Data protection breach",
         "ICO enforcement action; loss of public trust",
         "GDPR policy; Data Protection Officer service through the county association", 3, 3, [
             ("Move all councillors to gov.uk email accounts and stop the use of personal email for council business",
              "Town Clerk; IT contractor", "Mar-26", "Red", "Delayed – awaiting quote from new IT provider"),
         ]),
    ]),
    ("3. Assets, facilities and open spaces", [
        ("AF1", "Injury to members of the public from play equipment or open spaces",
         "Claims against the Council; closure of facilities",
         "Weekly visual inspections; annual RoSPA inspection; public liability insurance £10m", 3, 4, [
             ("Replace the condemned multi-play unit at Dawdon play area following the RoSPA annual inspection",
              "Deputy Town Clerk (Leisure and Amenities)", "End of March 2026", "Amber",
              "Three quotes received; report to Leisure Committee in December"),
             ("Introduce digital inspection records for the weekly play area checks",
              "Grounds Maintenance Supervisor", "Ongoing", "Green", ""),
         ]),
        ("AF2", "Damage to or loss of the Town Hall building",
         "Loss of service and hire income",
         "Buildings insurance; fire risk assessment reviewed 2024; monitored intruder alarm", 2, 4, [
             ("Commission a condition survey of the Town Hall roof and windows and add the findings to the five-year maintenance plan",
              "Town Clerk", "Feb-26", "Not started", ""),
         ]),
    ]),
    ("4. Staffing", [
        ("S1", "Loss of key staff (Town Clerk or RFO)",
         "Council unable to function lawfully",
         "Deputy Clerk cover; key procedures documented", 3, 4, [
             ("Complete a written procedures manual for RFO duties and cross-train the Finance Assistant",
              "RFO & Finance Assistant", D(2025, 12, 31), "Green", "Manual 60% drafted"),
         ]),
    ]),
]


def build_seaham(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Risk Register"
    ncol = 12
    widths(ws, [6, 28, 24, 32, 5, 5, 7, 42, 24, 14, 11, 30])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    put(ws, 1, 1, SEAHAM_TITLE, bold=True, size=14, border=False, align=Alignment(vertical="center"))
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    put(ws, 2, 1, "Reviewed by Finance and General Purposes Committee: 16 September 2025     "
                  "Next review: March 2026     Risk owner: Town Clerk", border=False,
        align=Alignment(vertical="center"))
    # two-level header
    heads = ["Ref", "Risk", "Possible consequence", "Existing controls", None, None, None,
             "Further action required", "Lead officer", "Target date", "Action RAG", "Progress note"]
    for col, h in enumerate(heads, start=1):
        if h is not None:
            ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
            put(ws, 4, col, h, bold=True, fill_hex="D9D9D9", align=CENTRE)
            put(ws, 5, col, None, fill_hex="D9D9D9")
    ws.merge_cells(start_row=4, start_column=5, end_row=4, end_column=7)
    put(ws, 4, 5, "Current risk", bold=True, fill_hex="D9D9D9", align=CENTRE)
    for col in (6, 7):
        put(ws, 4, col, None, fill_hex="D9D9D9")
    for col, h in zip((5, 6, 7), ("L", "I", "Score")):
        put(ws, 5, col, h, bold=True, fill_hex="D9D9D9", align=CENTRE)
    ws.freeze_panes = "A6"

    r = 6
    for cat, risks in SEAHAM:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        put(ws, r, 1, cat, bold=True, fill_hex="BDD7EE")
        for col in range(2, ncol + 1):
            put(ws, r, col, None, fill_hex="BDD7EE")
        r += 1
        for ref, risk, cons, controls, L, I, actions in risks:
            n = len(actions)
            first = r
            put(ws, r, 1, ref, bold=True)
            put(ws, r, 2, risk)
            put(ws, r, 3, cons)
            put(ws, r, 4, controls)
            put(ws, r, 5, L, align=CENTRE)
            put(ws, r, 6, I, align=CENTRE)
            put(ws, r, 7, L * I, align=CENTRE)
            for a in actions:
                text, lead, target, rag, note = a
                put(ws, r, 8, text)
                put(ws, r, 9, lead)
                if isinstance(target, dt.datetime):
                    put(ws, r, 10, target, fmt="dd/mm/yyyy", align=CENTRE)
                else:
                    put(ws, r, 10, target, align=CENTRE)
                put(ws, r, 11, rag, align=CENTRE, fill_hex={"Green": "C6EFCE", "Amber": "FFEB9C",
                                                          "Red": "FFC7CE", "Complete": "BDD7EE"}.get(rag))
                put(ws, r, 12, note or None)
                if r != first:
                    for col in range(1, 8):
                        put(ws, r, col, None)
                r += 1
            if n > 1:
                for col in range(1, 8):
                    ws.merge_cells(start_row=first, start_column=col, end_row=first + n - 1, end_column=col)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    put(ws, r, 1, "Key – Action RAG: Green = on track; Amber = at risk of slipping; Red = overdue or not "
                  "progressing; Complete = action finished; Not started = not yet begun.", border=False)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    put(ws, r, 1, "Risk score = Likelihood (L) x Impact (I). 1–6 Low; 8–12 Medium; 15–25 High. "
                  "See the Scoring matrix sheet.", border=False)

    m = wb.create_sheet("Scoring matrix")
    widths(m, [22, 12, 12, 12, 12, 12])
    put(m, 1, 1, "Risk scoring matrix (Likelihood x Impact)", bold=True, border=False)
    put(m, 3, 1, "Likelihood \\ Impact", bold=True, fill_hex="D9D9D9")
    imp = ["1 Negligible", "2 Minor", "3 Moderate", "4 Major", "5 Severe"]
    lik = ["5 Almost certain", "4 Likely", "3 Possible", "2 Unlikely", "1 Rare"]
    for j, h in enumerate(imp, start=2):
        put(m, 3, j, h, bold=True, fill_hex="D9D9D9", align=CENTRE)
    for i, h in enumerate(lik, start=4):
        put(m, i, 1, h, bold=True, fill_hex="D9D9D9")
        lv = int(h[0])
        for j in range(1, 6):
            s = lv * j
            col = "C6EFCE" if s <= 6 else ("FFEB9C" if s <= 12 else "FFC7CE")
            put(m, i, j + 1, s, align=CENTRE, fill_hex=col)
    put(m, 10, 1, "Low (1–6): manage by routine procedures", border=False)
    put(m, 11, 1, "Medium (8–12): further action and named lead required", border=False)
    put(m, 12, 1, "High (15–25): report to Full Council; immediate action", border=False)
    wb.save(path)


# ======================================================================================
# 2. StepChange Debt Charity - ARC internal audit tracker (xlsx) - REFUSE (typo month)
# ======================================================================================
STEP_TITLE = "StepChange Debt Charity – Internal audit recommendations tracker – October 2025"

# (ref, priority, finding/recommendation, agreed action, owner, original due, revised due, prev, current, update)
STEPCHANGE = [
    ("Creditor payments and client money reconciliations (IA 2024/25) – Partial assurance", [
        ("CP-01", "High",
         "Daily client money reconciliations were not always reviewed within two working days. "
         "Reconciliations should be reviewed and signed off promptly, with escalation where they are not.",
         "Introduce a daily reconciliation sign-off in the finance system with escalation to the Financial "
         "Controller when a reconciliation is not reviewed within two working days",
         "Financial Controller", D(2025, 5, 31), "Sept 2025", "Amber", "Complete",
         "Embedded from August 2025; follow-up testing by internal audit confirmed operation"),
        ("CP-02", "Medium",
         "Unallocated creditor receipts older than 90 days were not investigated. A monthly review of "
         "unallocated receipts should be introduced.",
         "Produce a monthly aged report of unallocated creditor receipts and clear items over 90 days",
         "Head of Client Operations / Financial Controller", D(2025, 6, 30), "December 2025", "Amber", "Amber",
         "Backlog reduced from 412 to 96 items; report in place from September"),
    ]),
    ("Vulnerable client identification and support (IA 2024/25) – Reasonable assurance", [
        ("VC-01", "Medium",
         "Refresher training on identifying vulnerability had not been completed by 18% of debt advisers.",
         "Refresh vulnerability training for all debt advisers and track completion in the learning system",
         "Head of Learning & Quality", D(2025, 7, 31), None, "Green", "Complete",
         "98% completion at 30 September; remaining staff on long-term leave"),
        ("VC-02", "Low",
         "Quality assurance sampling does not separately report outcomes for clients flagged as vulnerable.",
         "Add a quarterly vulnerability QA sample to the Consumer Duty outcomes dashboard",
         "Consumer Duty Lead", D(2025, 12, 31), None, "Green", "Green",
         "First sample taken in October"),
    ]),
    ("Cyber security – third-party and privileged access (IA 2025/26) – Partial assurance", [
        ("CY-01", "High",
         "Eleven dormant administrator accounts were identified. Privileged access should be reviewed "
         "at least quarterly.",
         "Complete a review of all privileged accounts and remove dormant administrator access",
         "Head of IT Security", D(2025, 8, 31), "Nov 2025", "Amber", "Red",
         "Review 70% complete; delayed by the telephony migration"),
        ("CY-02", "High",
         "There is no complete record of suppliers with remote access to StepChange systems.",
         "Implement a third-party access register with annual recertification by contract owners",
         "Head of IT Security; Procurement Manager", D(2025, 9, 30), "Febuary 2026", "Green", "Amber",
         "Register template agreed; population from contract database under way"),
        ("CY-03", "Medium",
         "The cyber incident response plan has not been tested since 2022.",
         "Test the cyber incident response plan through a tabletop exercise with the Executive Leadership Team",
         "Chief Information Officer", D(2025, 10, 31), None, "Green", "Complete",
         "Exercise held 14 October 2025; lessons log opened"),
    ]),
    ("Fair Share and grant income recognition (IA 2024/25) – Reasonable assurance", [
        ("FS-01", "Medium",
         "The month-end cut-off procedure for Fair Share income is not documented.",
         "Document the month-end cut-off procedure for Fair Share income and have it reviewed by the "
         "Director of Finance",
         "Financial Controller", D(2025, 11, 30), None, "Green", "Green",
         "Draft procedure in review"),
    ]),
]


def build_stepchange(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    widths(s, [16, 12, 22, 22])
    put(s, 1, 1, STEP_TITLE, bold=True, size=14, border=False, align=Alignment())
    put(s, 2, 1, "Audit & Risk Committee – summary of recommendations at 31 October 2025",
        bold=True, border=False, align=Alignment())
    hdr = ["Priority", "Open", "Closed since last ARC", "Overdue against original date"]
    for j, h in enumerate(hdr, start=1):
        put(s, 4, j, h, bold=True, fill_hex="D9D9D9", align=CENTRE)
    rows = [("High", 2, 1, 2), ("Medium", 2, 2, 1), ("Low", 1, 0, 0)]
    for i, row in enumerate(rows, start=5):
        for j, v in enumerate(row, start=1):
            put(s, i, j, v, align=CENTRE if j > 1 else WRAP)
    put(s, 8, 1, "Total", bold=True)
    for j in range(2, 5):
        put(s, 8, j, f"=SUM({get_column_letter(j)}5:{get_column_letter(j)}7)", bold=True, align=CENTRE)
    put(s, 10, 1, "Detail of each recommendation is on the Tracker sheet. RAG definitions are on the Key sheet.",
        border=False, align=Alignment())

    ws = wb.create_sheet("Tracker")
    ncol = 10
    widths(ws, [9, 9, 44, 44, 24, 13, 14, 10, 10, 36])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    put(ws, 1, 1, STEP_TITLE, bold=True, size=13, border=False, align=Alignment())
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    put(ws, 2, 1, "Prepared by: Head of Risk and Assurance     For: Audit & Risk Committee, 18 November 2025",
        border=False, align=Alignment())
    heads = ["Ref", "Priority", "Finding / recommendation", "Agreed management action", "Owner",
             "Original due date", "Revised due date", "Previous RAG", "Current RAG", "Update – October 2025"]
    for j, h in enumerate(heads, start=1):
        put(ws, 4, j, h, bold=True, fill_hex="1F4E78", align=CENTRE).font = Font(bold=True, color="FFFFFF")
    ws.freeze_panes = "A5"
    r = 5
    light = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "Complete": "BDD7EE"}
    for audit, recs in STEPCHANGE:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        put(ws, r, 1, audit, bold=True, fill_hex="DDEBF7")
        r += 1
        for ref, pri, rec, act, owner, orig, rev, prev, cur, upd in recs:
            put(ws, r, 1, ref)
            put(ws, r, 2, pri, align=CENTRE)
            put(ws, r, 3, rec)
            put(ws, r, 4, act)
            put(ws, r, 5, owner)
            put(ws, r, 6, orig, fmt="dd/mm/yyyy", align=CENTRE)
            put(ws, r, 7, rev, align=CENTRE)
            put(ws, r, 8, prev, align=CENTRE, fill_hex=light[prev])
            put(ws, r, 9, cur, align=CENTRE, fill_hex=light[cur])
            put(ws, r, 10, upd)
            r += 1

    k = wb.create_sheet("Key")
    widths(k, [14, 70])
    put(k, 1, 1, "RAG definitions", bold=True, border=False, align=Alignment())
    key = [("Complete", "Action implemented and evidence provided to internal audit"),
           ("Green", "On track to meet the due date"),
           ("Amber", "Risk to the due date; revised date proposed to ARC"),
           ("Red", "Overdue, or revised date missed")]
    for i, (a, b) in enumerate(key, start=3):
        put(k, i, 1, a, fill_hex=light[a])
        put(k, i, 2, b)
    wb.save(path)


# ======================================================================================
# 3. USEL - NIAO Report to those Charged with Governance 2024-25 tracker (xlsx)
# ======================================================================================
USEL_TITLE = "USEL – NIAO Report to those Charged with Governance 2024-25: Management Action Tracker"

# RAG by fill only (no text)
USEL = [
    ("Priority 1 – Significant issues for the attention of senior management which may have the potential "
     "to result in material weakness in internal control", [
        ("1", "Slow-moving stock: Management should undertake and document a formal review of slow-moving and "
              "obsolete stock at each year end, and the basis of the stock provision should be approved by the "
              "Finance Committee.", [
            ("1.1", "Carry out a full count and ageing analysis of finished goods and raw materials at the Belfast factory",
             "Head of Finance / Operations Manager", D(2025, 6, 30), None,
             "Count completed 27 June 2025; ageing analysis reported to Finance Committee", "Blue"),
            ("1.2", "Prepare a stock provisioning policy for approval by the Finance Committee",
             "Head of Finance", D(2025, 6, 30), D(2025, 12, 31),
             "Draft policy prepared; deferred to December Finance Committee", "Amber"),
        ]),
        ("2", "Direct award contracts: Management should ensure that all direct award contracts are approved in "
              "advance in line with Department for Communities delegated limits and reported to the Board.", [
            ("2.1", "Introduce a direct award contract register and report all DACs quarterly to ARAC",
             "Procurement Manager", D(2025, 9, 30), None,
             "Register in place; first report to ARAC October 2025", "Green"),
            ("2.2", "Deliver procurement training for all budget holders",
             "Procurement Manager", D(2025, 8, 31), None,
             "Not yet scheduled – trainer unavailable", "Red"),
        ]),
    ]),
    ("Priority 2 – Important issues to be addressed by management in their areas of responsibility", [
        ("3", "Overtime: Overtime claims should be authorised by a line manager before payment is processed.", [
            ("3.1", "Implement electronic overtime approval in the HR and payroll system",
             "HR Manager", D(2025, 11, 30), None,
             "System configuration tested in October", "Green"),
        ]),
        ("4", "Fixed asset register: The fixed asset register should be reconciled to the general ledger each "
              "quarter, and fully depreciated assets no longer in use should be identified for disposal.", [
            ("4.1", "Reconcile the fixed asset register to the general ledger quarterly, with review by the Head of Finance",
             "Finance Officer", D(2025, 7, 31), None,
             "Q1 and Q2 reconciliations completed and reviewed", "Blue"),
            ("4.2", "Complete a disposal review of fully depreciated plant and IT equipment",
             "Operations Manager; IT Officer", D(2025, 10, 31), D(2026, 3, 31),
             "Plant review complete; IT equipment review outstanding", "Amber"),
        ]),
    ]),
    ("Priority 3 – Issues of a more minor nature which represent best practice", [
        ("5", "Register of interests: The Board register of interests should be updated annually and published on "
              "the USEL website.", [
            ("5.1", "Obtain annual declarations from all Board members and publish the register online",
             "Board Secretary", D(2025, 5, 31), None,
             "Published May 2025", "Blue"),
        ]),
    ]),
]

USEL_FILL = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def build_usel(path):
    wb = Workbook()
    c = wb.active
    c.title = "Cover"
    widths(c, [16, 16, 22, 48])
    put(c, 1, 1, USEL_TITLE, bold=True, size=14, border=False, align=Alignment())
    put(c, 2, 1, "Ulster Supported Employment Limited – sponsored by the Department for Communities",
        border=False, align=Alignment())
    put(c, 4, 1, "Document control", bold=True, border=False, align=Alignment())
    for j, h in enumerate(["Version", "Date", "Author", "Change"], start=1):
        put(c, 5, j, h, bold=True, fill_hex="D9D9D9")
    dc = [("0.1", D(2025, 8, 4), "Head of Finance", "Management responses from NIAO RTTCWG entered"),
          ("0.2", D(2025, 9, 12), "Head of Finance", "Progress updated for Senior Management Team"),
          ("0.3", D(2025, 10, 8), "Head of Finance", "Status at 30 September 2025 for ARAC 21 October 2025")]
    for i, row in enumerate(dc, start=6):
        for j, v in enumerate(row, start=1):
            put(c, i, j, v, fmt="dd/mm/yyyy" if j == 2 else None)

    ws = wb.create_sheet("Action tracker")
    ncol = 7
    widths(ws, [7, 60, 26, 13, 13, 42, 8])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    put(ws, 1, 1, USEL_TITLE, bold=True, size=13, border=False, align=Alignment())
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    put(ws, 2, 1, "Status at 30 September 2025", border=False, align=Alignment())
    heads = ["No.", "NIAO recommendation / management action", "Responsible officer", "Target date",
             "Revised target date", "Progress at 30 September 2025", "RAG"]
    for j, h in enumerate(heads, start=1):
        put(ws, 4, j, h, bold=True, fill_hex="D9D9D9", align=CENTRE)
    ws.freeze_panes = "A5"
    r = 5
    for pri, recs in USEL:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        put(ws, r, 1, pri, bold=True, fill_hex="808080").font = Font(bold=True, color="FFFFFF")
        r += 1
        for no, rec, acts in recs:
            put(ws, r, 1, no, bold=True, fill_hex="F2F2F2")
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
            put(ws, r, 2, rec, bold=True, fill_hex="F2F2F2")
            ws.row_dimensions[r].height = 45
            r += 1
            for ano, text, officer, target, revised, progress, rag in acts:
                put(ws, r, 1, ano)
                put(ws, r, 2, text)
                put(ws, r, 3, officer)
                put(ws, r, 4, target, fmt="dd/mm/yyyy", align=CENTRE)
                put(ws, r, 5, revised, fmt="dd/mm/yyyy", align=CENTRE)
                put(ws, r, 6, progress)
                put(ws, r, 7, None, fill_hex=USEL_FILL[rag])
                r += 1

    k = wb.create_sheet("RAG key")
    widths(k, [8, 60])
    put(k, 1, 1, "RAG key", bold=True, border=False, align=Alignment())
    keyrows = [("Blue", "Implemented – evidence held"),
               ("Green", "On track to be implemented by the target date"),
               ("Amber", "Behind schedule – revised target date agreed"),
               ("Red", "Overdue or not progressing")]
    for i, (col, txt) in enumerate(keyrows, start=3):
        put(k, i, 1, None, fill_hex=USEL_FILL[col])
        put(k, i, 2, txt)
    wb.save(path)


# ======================================================================================
# 4. Independent Age - Board of Trustees rolling action log (docx)
# ======================================================================================
IA_TITLE = "Independent Age Board of Trustees: Rolling Action Log"

IA_COLS = ["No.", "Meeting", "Minute", "Action", "Owner", "Due", "Status", "Update"]
IA_SECTIONS = [
    ("1. Open actions", [
        ("25/14", "20 Mar 2025", "6.3",
         "Bring a revised reserves policy, including a minimum free reserves range, to the Board for approval",
         "Director of Finance and Resources", "December 2025", "G", "On the December agenda (item 9)"),
        ("25/22", "19 Jun 2025", "4.2",
         "Commission an external board effectiveness review against the Charity Governance Code and report the findings",
         "Chair; Governance Manager", "Mar-26", "G", "Reviewer appointed; interviews in January"),
        ("25/27", "19 Jun 2025", "7.1",
         "Report on the impact of the helpline call-back pilot, including waiting times and outcomes for callers",
         "Director of Services", "February 2026", "A",
         "Deferred from September so that a full six months of data can be included"),
        ("25/31", "18 Sep 2025", "5.4",
         "Circulate the safeguarding annual report to all trustees and confirm the lead trustee for safeguarding",
         "Director of Services / Company Secretary", "Oct-25", "R",
         "Report awaiting sign-off by the Safeguarding Committee chair"),
        ("25/33", "18 Sep 2025", "8.1",
         "Set out options for the 2026/27 pay award, including the cost of keeping Real Living Wage accreditation",
         "Director of People", "Jan 2026", "G", ""),
        ("25/35", "18 Sep 2025", "10.2",
         "Arrange trustee visits to the helpline and advice teams",
         "Governance Manager", "Ongoing", "G", "Two visits held; further dates offered for 2026"),
    ]),
    ("2. Actions completed since the last meeting", [
        ("25/19", "20 Mar 2025", "9.1",
         "Add cyber security and data protection to the strategic risk register as a separate risk",
         "Director of Finance and Resources", "Jun-25", "C", "Added as SR9 and reviewed by the Audit and Risk Committee"),
        ("25/29", "19 Jun 2025", "11.1",
         "Circulate the timetable for the Trustees' Annual Report and accounts",
         "Company Secretary", "Jul-25", "C", "Circulated 3 July"),
        ("25/32", "18 Sep 2025", "6.2",
         "Update the scheme of delegation to reflect the new grant approval limits",
         "Chief Executive", "November 2025", "C", "Approved by the Finance and Investment Committee"),
    ]),
]


def build_independent_age(path):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.add_heading(IA_TITLE, level=0)
    doc.add_paragraph("For the Board meeting on 4 December 2025")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [("Paper reference", "BT 25/61"), ("Author", "Governance Manager"),
                 ("Executive lead", "Chief Executive"),
                 ("Purpose", "For noting. The Board is asked to agree that completed actions are closed.")]:
        cells = info.add_row().cells
        cell_text(cells[0], a, bold=True, size=10)
        cell_text(cells[1], b, size=10)
        shade(cells[0], "E7E6E6")
    doc.add_paragraph()
    doc.add_paragraph("Status key: C = complete (propose to close); G = on track; A = at risk of slipping; "
                      "R = overdue")
    for heading, rows in IA_SECTIONS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(IA_COLS))
        t.style = "Table Grid"
        for j, h in enumerate(IA_COLS):
            cell_text(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "5B2C6F")
        for row in rows:
            cells = t.add_row().cells
            for j, v in enumerate(row):
                cell_text(cells[j], v)
            st = row[6]
            shade(cells[6], {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE", "C": "BDD7EE"}[st])
        doc.add_paragraph()
    doc.add_paragraph("Completed actions will be removed from the log once the Board has agreed to close them.")
    doc.save(path)


# ======================================================================================
# 5. SSSC - Digital Transformation Programme highlight report (docx)
# ======================================================================================
SSSC_TITLE = "SSSC Digital Transformation Programme – Highlight Report"
SSSC_COLS = ["Ref", "Milestone / deliverable", "Lead", "Baseline date", "Forecast date",
             "Previous RAG", "Current RAG", "Comment"]
SSSC_STREAMS = [
    ("Workstream A – MySSSC registration portal", [
        ("A1", "Go live with the annual declaration journey in MySSSC for all registrants",
         "Head of Registration", "Jun 2025", "Jun 2025", "Green", "Blue", "Live from 2 June 2025"),
        ("A2", "Migrate fitness to practise case records from the legacy CRM to Dynamics 365",
         "Head of Fitness to Practise / Digital Programme Manager", "Sep 2025", "Jan 2026", "Amber", "Red",
         "Data quality issues in closed cases; re-plan to Programme Board"),
        ("A3", "Complete an accessibility audit (WCAG 2.2 AA) of the public register search",
         "Digital Service Manager", "Dec 2025", "Dec 2025", "Green", "Green", "Auditor booked"),
    ]),
    ("Workstream B – Data and workforce intelligence", [
        ("B1", "Publish the 2025 workforce data dashboard from the new data warehouse",
         "Workforce Intelligence Manager", "Oct 2025", "Nov 2025", "Green", "Amber",
         "Validation of local authority returns taking longer than planned"),
        ("B2", "Decommission the legacy SQL reporting server",
         "Infrastructure Manager", "Mar 2026", "Mar 2026", "Green", "Green", ""),
    ]),
    ("Workstream C – Digital workplace", [
        ("C1", "Run a Microsoft 365 Copilot pilot with 40 staff and evaluate the benefits",
         "Head of Digital Services", "Nov 2025", "Nov 2025", "New", "Green", "Pilot group confirmed"),
        ("C2", "Replace meeting room audio-visual equipment at Compass House",
         "Facilities Manager", "Jan 2026", "Mar 2026", "Amber", "Amber",
         "Awaiting call-off from the national framework"),
    ]),
]
SSSC_RAG_FILL = {"Blue": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "New": "FFFFFF"}


def build_sssc(path):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.add_heading(SSSC_TITLE, level=0)
    doc.add_paragraph("Scottish Social Services Council  |  Digital Transformation Programme Board, "
                      "12 November 2025  |  Report no: DTP/HR/14")

    doc.add_paragraph("Version control").runs[0].bold = True
    vc = doc.add_table(rows=1, cols=4)
    vc.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Comment"]):
        cell_text(vc.rows[0].cells[j], h, bold=True)
        shade(vc.rows[0].cells[j], "D9D9D9")
    for row in [("1.0", "05/11/2025", "Digital Programme Manager", "Draft for SRO"),
                ("1.1", "07/11/2025", "Digital Programme Manager", "SRO comments added")]:
        cells = vc.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v)
    doc.add_paragraph()

    st = doc.add_table(rows=0, cols=2)
    st.style = "Table Grid"
    for a, b in [("Reporting period", "1 October – 31 October 2025"),
                 ("Senior Responsible Owner", "Director of Corporate Services"),
                 ("Programme manager", "Digital Programme Manager"),
                 ("Overall status (previous / current)", "Amber / Amber"),
                 ("Budget 2025/26", "Green – forecast £1.42m against budget of £1.45m")]:
        cells = st.add_row().cells
        cell_text(cells[0], a, bold=True)
        cell_text(cells[1], b)
        shade(cells[0], "E7E6E6")

    doc.add_heading("1. Summary", level=1)
    doc.add_paragraph("The annual declaration journey is live and performing well. Migration of fitness to "
                      "practise case records has slipped because of data quality issues in closed cases, and "
                      "the Programme Board is asked to note a revised forecast of January 2026. Overall status "
                      "remains Amber.")

    doc.add_heading("2. Milestones", level=1)
    t = doc.add_table(rows=1, cols=len(SSSC_COLS))
    t.style = "Table Grid"
    for j, h in enumerate(SSSC_COLS):
        cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "D9D9D9")
    for stream, rows in SSSC_STREAMS:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[-1])
        cell_text(merged, stream, bold=True)
        shade(merged, "DEEAF6")
        for row in rows:
            cells = t.add_row().cells
            for j, v in enumerate(row):
                cell_text(cells[j], v)
            shade(cells[5], SSSC_RAG_FILL[row[5]])
            shade(cells[6], SSSC_RAG_FILL[row[6]])

    doc.add_heading("3. Risks and issues", level=1)
    ri = doc.add_table(rows=1, cols=4)
    ri.style = "Table Grid"
    for j, h in enumerate(["ID", "Risk / issue", "Score", "Trend"]):
        cell_text(ri.rows[0].cells[j], h, bold=True)
        shade(ri.rows[0].cells[j], "D9D9D9")
    for row in [("DTP-R03", "Data quality in legacy case records delays migration", "16", "Increasing"),
                ("DTP-R07", "Availability of Dynamics 365 developers from the supplier", "12", "Stable"),
                ("DTP-I02", "Public register search outage on 14 October 2025 (4 hours)", "Issue", "Closed")]:
        cells = ri.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v)

    doc.add_heading("4. Decisions required", level=1)
    doc.add_paragraph("The Programme Board is asked to note the revised forecast for milestone A2. "
                      "No other decisions are required this period.")

    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for col, txt in [("Blue", "Complete"), ("Green", "On track"),
                     ("Amber", "At risk – recovery actions in hand"),
                     ("Red", "Off track – Programme Board decision needed")]:
        cells = key.add_row().cells
        cell_text(cells[0], col, bold=True)
        shade(cells[0], SSSC_RAG_FILL[col])
        cell_text(cells[1], txt)
    doc.save(path)


# ======================================================================================
# 6. Spennymoor Town Council - internal audit action plan 2024/25, Microsoft Planner export (csv)
# ======================================================================================
SPENNY_PLAN = "Spennymoor TC – Internal Audit Action Plan 2024/25"
SPENNY_COLS = ["Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Start Date", "Due Date",
               "Late", "Completed Date", "Labels", "Description"]
SPENNY = [
    ("Re-adopt Financial Regulations based on the 2024 NALC model", "Governance", "Completed", "Important",
     "Claire Dobson", "02/06/2025", "15/07/2025", "false", "08/07/2025", "",
     "Adopted at Full Council 8 July 2025."),
    ("Carry out and minute an annual review of the effectiveness of the system of internal audit", "Governance",
     "Not started", "Medium", "Claire Dobson", "", "31/03/2026", "false", "", "", ""),
    ("Review the risk management scheme and present the updated risk register to Full Council", "Governance",
     "In progress", "Urgent", "Claire Dobson;Lisa Pattinson", "01/07/2025", "30/09/2025", "true", "",
     "Audit Committee;Red",
     "Draft register discussed at Audit Committee 16/09/25.\nCouncil meeting in September cancelled – now going to November."),
    ("Present bank reconciliations to the Audit Committee each quarter, signed by a member who is not a bank signatory",
     "Financial controls", "In progress", "Important", "Mark Healey", "01/04/2025", "31/03/2026", "false", "",
     "Green", "Q1 and Q2 reconciliations signed off."),
    ("Submit the outstanding VAT reclaims for Q3 and Q4 2024/25", "Financial controls", "Completed", "Urgent",
     "Mark Healey", "", "30/06/2025", "false", "19/06/2025", "", "£18,412.60 received 3 July."),
    ("Reconcile payroll RTI submissions and pension contributions to the nominal ledger each month",
     "Financial controls", "In progress", "Medium", "Mark Healey;Claire Dobson", "01/08/2025", "31/12/2025",
     "false", "", "Amber",
     "August and September done.\nOctober delayed by payroll provider change."),
    ("Update the fixed asset register for the new Festival Walk planters and CCTV cameras and agree it to the AGAR Box 9 figure",
     "Assets", "In progress", "Medium", "Lisa Pattinson", "", "28/11/2025", "false", "", "Audit Committee;Amber",
     "Insurance schedule being checked against the register."),
    ("Publish the notice of conclusion of audit and the 2024/25 AGAR on the Town Council website",
     "Website & transparency", "Completed", "Important", "Lisa Pattinson", "", "30/09/2025", "false",
     "26/09/2025", "", ""),
]


def build_spennymoor(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Plan name", SPENNY_PLAN])
    w.writerow(["Date of export", "14/10/2025"])
    w.writerow([])
    w.writerow(SPENNY_COLS)
    for row in SPENNY:
        w.writerow(row)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ======================================================================================
# 7. Estuary Housing Association - Complaint Handling Code self-assessment actions, monday.com export (txt)
# ======================================================================================
ESTUARY_BOARD = "Estuary HA – Complaint Handling Code self-assessment actions 2025/26"
ESTUARY_COLS = ["Name", "Ref", "Code provision", "Owner", "RAG", "Target date", "Date completed", "Latest update"]
ESTUARY = [
    ("Section 3: Accessibility and awareness", [
        ("Add live chat and WhatsApp as routes for raising a complaint and record them on the CRM", "CHC-01", "3.1",
         "Daniel Okafor", "Amber", "2026-01-30", "", "Supplier demo done; DPIA in progress"),
        ("Publish the complaints policy in Easy Read and translate the summary into the five most requested languages",
         "CHC-02", "3.4", "Kate Roberts", "Complete", "2025-08-29", "2025-08-21", "On website and in reception"),
        ("Add information on the Housing Ombudsman Service to every complaint acknowledgement and response letter template",
         "CHC-03", "3.7", "Kate Roberts", "Green", "2025-12-19", "", "Templates drafted"),
    ]),
    ("Section 5: The complaint handling process", [
        ("Introduce a vulnerability and reasonable adjustments flag on complaint cases, reviewed at each stage",
         "CHC-04", "5.6", "Kate Roberts, Daniel Okafor", "Green", "2026-03-31", "", ""),
        ("Write a procedure for agreeing extensions with residents, with template letters", "CHC-05", "5.13",
         "Daniel Okafor", "Amber", "2025-11-28", "", "Draft with Legal"),
    ]),
    ("Section 6: Complaints stages", [
        ("Send automated acknowledgements from the CRM so stage 1 complaints are acknowledged within five working days",
         "CHC-06", "6.2", "Daniel Okafor", "Red", "2025-10-31", "",
         "Missed – CRM workflow release moved to December"),
        ("Recruit a second Stage 2 complaints reviewer to remove reliance on one manager", "CHC-07", "6.15",
         "Sarah Bennett", "", "2026-02-27", "", ""),
    ]),
    ("Section 9: Scrutiny & oversight: continuous learning and improvement", [
        ("Report complaint learning themes to the Customer Experience Committee every quarter", "CHC-08", "9.3",
         "Sarah Bennett", "Green", "2026-03-31", "", "Q2 report went to October committee"),
        ("Appoint a Member Responsible for Complaints from the Board and agree the role description", "CHC-09",
         "9.6", "Sarah Bennett, Paul Adeyemi", "Complete", "2025-07-31", "2025-07-24",
         "Board appointed Jo Marsh on 24 July"),
    ]),
]


def build_estuary(path):
    lines = [ESTUARY_BOARD, ""]
    for group, items in ESTUARY:
        lines.append(group)
        lines.append("\t".join(ESTUARY_COLS))
        for it in items:
            lines.append("\t".join(it))
        lines.append("")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


FILES = {
    "zgv-seaham-town-council-corporate-risk-register-2025-26.xlsx": build_seaham,
    "zgv-stepchange-debt-charity-arc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx": build_stepchange,
    "zgv-usel-niao-report-to-those-charged-with-governance-2024-25-action-tracker.xlsx": build_usel,
    "zgv-independent-age-board-of-trustees-rolling-action-log.docx": build_independent_age,
    "zgv-scottish-social-services-council-digital-transformation-programme-highlight-report.docx": build_sssc,
    "zgv-spennymoor-town-council-internal-audit-action-plan-2024-25-planner-export.csv": build_spennymoor,
    "zgv-estuary-housing-association-complaint-handling-code-self-assessment-actions-monday-export.txt": build_estuary,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
