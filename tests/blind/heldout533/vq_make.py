"""Build the seven vq- blind test files (set heldout533).

Run with:  /work/main/.venv/bin/python vq_make.py
Writes the data files beside this script. The action data are kept in module-level
structures (ACTIONS) so that the expected readings can be checked against them.
"""
import csv
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

RED, AMBER, GREEN, BLUE, GREY, HEAD = "FF0000", "FFC000", "00B050", "00B0F0", "D9D9D9", "1F3864"
FILLS = {k: PatternFill("solid", start_color=v, end_color=v)
         for k, v in {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, "grey": GREY, "head": HEAD,
                      "pale": "DEEAF6"}.items()}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

# Rows per file as written, used by the checker. Filled in by the builders.
ACTIONS = {}
REFUSE_AT = {}


def d(y, m, day):
    return dt.datetime(y, m, day)


def style_header(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILLS["head"]
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = BOX


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        if cell.alignment is None or not cell.alignment.wrap_text:
            cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. North Tyneside Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
NT_NAME = "vq-north-tyneside-council-internal-audit-recommendations-tracker.xlsx"
NT_TITLE = "North Tyneside Council – Internal Audit Recommendations Tracker"
NT_AUDITS = [
    ("Payroll 2024/25 – Limited Assurance", [
        ("PAY-01", "High",
         "Starters and leavers should be processed only on receipt of a fully authorised form, and the "
         "monthly exception report of leavers still being paid should be reviewed and signed by the "
         "Payroll Manager.",
         [("Introduce a mandatory authorisation check in the iTrent workflow so that no starter or leaver "
           "can be processed without line manager approval, and evidence the monthly review of the leavers "
           "exception report.", "Payroll Manager", ["Payroll Manager"], d(2025, 3, 31), d(2025, 9, 30),
           "Workflow change went live in August 2025. Internal Audit tested a sample of 25 October leavers "
           "with no exceptions.", "B")]),
        ("PAY-02", "High",
         "Overpayments should be recorded centrally and recovery pursued in line with the Corporate Debt "
         "Recovery Policy.",
         [("Set up a central overpayments log held by Payroll showing the amount, cause, recovery plan and "
           "balance outstanding for each case.", "Payroll Manager", ["Payroll Manager"], d(2025, 3, 31),
           None, "Log in place from April 2025.", "B"),
          ("Report overpayments over £1,000 to the Head of Finance quarterly and refer unrecovered debts to "
           "the Corporate Debt team after 90 days.", "Head of Finance / Payroll Manager",
           ["Head of Finance", "Payroll Manager"], d(2025, 3, 31), d(2025, 12, 31),
           "First quarterly report produced for Q1. Referral route still to be agreed with Corporate Debt.",
           "A")]),
    ]),
    ("Procurement Cards 2024/25 – Reasonable Assurance", [
        ("PCARD-01", "Medium",
         "Cardholders should upload a receipt for every transaction within the monthly reconciliation "
         "period.",
         [("Issue a reminder to all cardholders and configure the card system to suspend any card with "
           "more than five unreconciled transactions over 30 days old.", "Senior Manager – Procurement",
           ["Senior Manager – Procurement"], d(2025, 6, 30), None,
           "Reminder issued June 2025. Suspension rule not yet set up by the card provider.", "R")]),
        ("PCARD-02", "Low",
         "The list of cardholders should be reviewed annually against the establishment.",
         [("Complete an annual review of active cards against the HR establishment list and cancel cards "
           "held by leavers or by staff who no longer need one.", "Procurement Card Administrator",
           ["Procurement Card Administrator"], d(2025, 12, 31), None,
           "Establishment list requested from HR; review scheduled for November.", "G")]),
    ]),
    ("Housing Rents and Arrears 2025/26 – Limited Assurance", [
        ("HRA-01", "High",
         "Arrears cases should be progressed through each stage of the escalation procedure within the "
         "timescales set out in the Rent Arrears Policy.",
         [("Introduce a weekly case-progression report from the housing management system for Team Leaders, "
           "with cases outside policy timescales flagged for action.", "Income Recovery Manager",
           ["Income Recovery Manager"], d(2025, 10, 31), d(2026, 1, 31),
           "Report specification agreed with ICT; build delayed by the system upgrade.", "A")]),
        ("HRA-02", "Medium",
         "Write-offs of former tenant arrears should be approved in line with the Financial Regulations.",
         [("Amend the write-off procedure so that write-offs above £5,000 are approved by the Director of "
           "Resources, and keep an auditable record of each approval.",
           "Income Recovery Manager; Head of Finance", ["Income Recovery Manager", "Head of Finance"],
           d(2025, 12, 31), None, "Revised procedure drafted.", "G")]),
    ]),
    ("ICT Access Management 2024/25 – Limited Assurance", [
        ("ICT-01", "High",
         "User accounts of leavers should be disabled on their last working day.",
         [("Automate the disabling of network accounts from the HR leaver feed, with a weekly reconciliation "
           "of active accounts against the leavers list.", "Head of ICT / HR Systems Manager",
           ["Head of ICT", "HR Systems Manager"], d(2025, 3, 31), d(2025, 11, 30),
           "Automated feed live for Council staff; schools and agency workers still processed manually.",
           "A")]),
        ("ICT-02", "Medium",
         "Privileged (administrator) access should be reviewed quarterly.",
         [("Carry out and document a quarterly review of all administrator-level accounts, removing any that "
           "are no longer needed.", "Cyber Security Manager", ["Cyber Security Manager"], d(2025, 6, 30),
           None, "Q1 and Q2 reviews completed and documented; verified by Internal Audit.", "B")]),
    ]),
]


def build_north_tyneside():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = NT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary of agreed actions by audit – position at 31 October 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Audit", "Blue", "Green", "Amber", "Red", "Total"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h)
    style_header(ws, 4, len(hdr))
    r = 5
    totals = {"B": 0, "G": 0, "A": 0, "R": 0}
    for audit, recs in NT_AUDITS:
        counts = {"B": 0, "G": 0, "A": 0, "R": 0}
        for _ref, _p, _rec, acts in recs:
            for a in acts:
                counts[a[6]] += 1
        ws.cell(row=r, column=1, value=audit)
        for j, k in enumerate("BGAR", 2):
            ws.cell(row=r, column=j, value=counts[k])
            totals[k] += counts[k]
        ws.cell(row=r, column=6, value=sum(counts.values()))
        box_row(ws, r, 6)
        r += 1
    ws.cell(row=r, column=1, value="Total")
    for j, k in enumerate("BGAR", 2):
        ws.cell(row=r, column=j, value=totals[k])
    ws.cell(row=r, column=6, value=sum(totals.values()))
    for c in range(1, 7):
        ws.cell(row=r, column=c).font = Font(bold=True)
    box_row(ws, r, 6)
    r += 2
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("B", "Blue – implemented and verified by Internal Audit"),
           ("G", "Green – not yet due / on track"),
           ("A", "Amber – revised target date agreed by Audit Committee"),
           ("R", "Red – overdue, no revised date agreed")]
    for k, text in key:
        r += 1
        ws.cell(row=r, column=1, value=text)
        ws.cell(row=r, column=2).fill = FILLS[k]
    ws.column_dimensions["A"].width = 58
    for col in "BCDEF":
        ws.column_dimensions[col].width = 9

    ws = wb.create_sheet("Tracker")
    ws["A1"] = NT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Outstanding and recently implemented agreed actions"
    ws["A3"] = "Report to Audit Committee – 26 November 2025"
    ws["A3"].font = Font(italic=True)
    cols = ["Ref", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
            "Original Target Date", "Revised Target Date", "Management Update (October 2025)", "RAG"]
    for i, h in enumerate(cols, 1):
        ws.cell(row=5, column=i, value=h)
    style_header(ws, 5, len(cols))
    r = 6
    rows = []
    for audit, recs in NT_AUDITS:
        ws.cell(row=r, column=1, value=audit)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = FILLS["grey"]
        r += 1
        for ref, prio, rec, acts in recs:
            first = r
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=prio)
            ws.cell(row=r, column=3, value=rec)
            for (act, lead_txt, leads, orig, rev, upd, rag) in acts:
                ws.cell(row=r, column=4, value=act)
                ws.cell(row=r, column=5, value=lead_txt)
                c = ws.cell(row=r, column=6, value=orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(row=r, column=7, value=rev)
                    c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8, value=upd)
                c = ws.cell(row=r, column=9, value=rag)
                c.fill = FILLS[rag]
                c.alignment = Alignment(horizontal="center", vertical="top")
                box_row(ws, r, 9)
                end = rev or orig
                rows.append(dict(ref=ref, under=[audit, rec], action=act, lead=leads,
                                 end=end.strftime("%Y-%m"), status={"B": "blue", "G": "green", "A": "amber",
                                                                     "R": "red"}[rag], row=r))
                r += 1
            if r - first > 1:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Note: actions rated Blue are reported to Committee once and then removed "
                                    "from the tracker.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths = [11, 9, 40, 48, 24, 12, 12, 40, 6]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, NT_NAME))
    ACTIONS[NT_NAME] = rows


# ---------------------------------------------------------------------------
# 2. Wakefield Council - corporate risk register (xlsx), fill-only action status
# ---------------------------------------------------------------------------
WK_NAME = "vq-wakefield-council-corporate-risk-register-q2-2025-26.xlsx"
WK_TITLE = "Wakefield Council – Corporate Risk Register"
WK_RISKS = [
    ("CR1 – Financial sustainability",
     "Cause: rising demand in adult and children's social care and home to school transport, and "
     "uncertainty over the multi-year funding settlement.\nEvent: the Council cannot set a balanced budget "
     "across the Medium Term Financial Strategy period.\nEffect: unplanned use of reserves, service "
     "reductions and, in the worst case, a section 114 notice.",
     "Corporate Director – Resources (S151 Officer)", (5, 5), (4, 4), "↔", 12,
     [("CR1.1", "Deliver the 2025/26 savings programme, reporting delivery monthly to CMT and identifying "
                "alternative savings for any proposal rated at risk.", "Service Director – Finance",
       ["Service Director – Finance"], d(2026, 3, 31), "G"),
      ("CR1.2", "Refresh the Medium Term Financial Strategy for 2026/27 to 2028/29 following the provisional "
                "local government finance settlement.", "Service Director – Finance",
       ["Service Director – Finance"], d(2026, 2, 28), "G"),
      ("CR1.3", "Complete the review of earmarked reserves and report the outcome to Cabinet.",
       "Chief Accountant", ["Chief Accountant"], d(2025, 9, 30), "B")]),
    ("CR2 – Safeguarding children",
     "Cause: high caseloads, reliance on agency staff and rising numbers of children with complex needs.\n"
     "Event: a child known to services suffers serious harm that could have been prevented.\n"
     "Effect: harm to the child, regulatory intervention and loss of public confidence.",
     "Corporate Director – Children and Young People", (4, 5), (3, 5), "↓", 10,
     [("CR2.1", "Deliver the management oversight and supervision actions in the children's services "
                "improvement plan, with monthly audit of supervision quality.",
       "Service Director – Children's Social Care", ["Service Director – Children's Social Care"],
       d(2026, 3, 31), "A"),
      ("CR2.2", "Reduce reliance on agency social workers through the recruitment and retention package "
                "agreed in July 2025.", "Service Director – Children's Social Care; Head of HR",
       ["Service Director – Children's Social Care", "Head of HR"], "Ongoing", "G")]),
    ("CR3 – Cyber security",
     "Cause: unsupported legacy systems and increasingly sophisticated attacks on local government.\n"
     "Event: a successful cyber attack encrypts or exposes Council data.\n"
     "Effect: loss of critical services, data breach and recovery costs.",
     "Chief Digital and Information Officer", (5, 5), (4, 5), "↑", 10,
     [("CR3.1", "Complete the migration of the remaining servers to the supported platform and decommission "
                "the legacy systems.", "Head of ICT Infrastructure", ["Head of ICT Infrastructure"],
       d(2025, 12, 31), "R"),
      ("CR3.2", "Run a cyber incident exercise with CMT and test the business continuity plans of critical "
                "services.", "Cyber Security Lead", ["Cyber Security Lead"], "Q4 2025/26", None)]),
    ("CR4 – Adult social care market sustainability",
     "Cause: workforce shortages and cost pressures on residential and home care providers.\n"
     "Event: provider failure or withdrawal from the Wakefield market.\n"
     "Effect: people cannot get the care they need and hospital discharges are delayed.",
     "Corporate Director – Adults, Health and Communities", (4, 4), (4, 3), "↔", 8,
     [("CR4.1", "Agree the 2026/27 fee uplift for residential and home care providers following the cost of "
                "care engagement.", "Service Director – Adult Social Care Commissioning",
       ["Service Director – Adult Social Care Commissioning"], d(2026, 3, 31), "G"),
      ("CR4.2", "Launch the provider market sustainability dashboard and review it with the Provider Forum "
                "each quarter.", "Head of Commissioning", ["Head of Commissioning"], d(2026, 1, 31), "A")]),
]


def score_fill(score):
    return FILLS["R"] if score >= 15 else FILLS["A"] if score >= 8 else FILLS["G"]


def build_wakefield():
    wb = Workbook()
    ws = wb.active
    ws.title = "Scoring & Key"
    ws["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        ws.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
    for li in range(5, 0, -1):
        row = 4 + (5 - li)
        ws.cell(row=row, column=1, value=li).font = Font(bold=True)
        for im in range(1, 6):
            c = ws.cell(row=row, column=1 + im, value=li * im)
            c.fill = score_fill(li * im)
            c.border = BOX
    ws["A10"] = "Score 15–25 High (red); 8–12 Medium (amber); 1–6 Low (green)"
    ws["A12"] = "Action status key (colour of the Status cell)"
    ws["A12"].font = Font(bold=True)
    keys = [("G", "On track"), ("A", "Some slippage – recovery in hand"), ("R", "Off track"),
            ("B", "Complete"), (None, "Not started (no colour)")]
    for i, (k, text) in enumerate(keys):
        if k:
            ws.cell(row=13 + i, column=1).fill = FILLS[k]
        ws.cell(row=13 + i, column=1).border = BOX
        ws.cell(row=13 + i, column=2, value=text)
    ws["A19"] = "Direction of travel: ↑ increasing, ↔ no change, ↓ reducing"
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 34

    ws = wb.create_sheet("Corporate Risks")
    ws["A1"] = WK_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2025/26 – position at 30 September 2025 (reviewed by CMT 14 October 2025)"
    groups = [(1, 3, "Risk detail"), (4, 6, "Inherent risk"), (7, 10, "Current (residual) risk"),
              (11, 11, "Target"), (12, 16, "Further actions to reduce the risk")]
    for a, b, t in groups:
        ws.cell(row=4, column=a, value=t)
        if b > a:
            ws.merge_cells(start_row=4, start_column=a, end_row=4, end_column=b)
    style_header(ws, 4, 16)
    sub = ["Risk", "Description (cause / event / effect)", "Risk Owner", "L", "I", "Score", "L", "I", "Score",
           "Direction of travel", "Target Score", "Ref", "Action", "Action Owner", "Due", "Status"]
    for i, h in enumerate(sub, 1):
        ws.cell(row=5, column=i, value=h)
    style_header(ws, 5, 16)
    r = 6
    rows = []
    for risk, desc, owner, inh, cur, dot, target, acts in WK_RISKS:
        first = r
        vals = [risk, desc, owner, inh[0], inh[1], inh[0] * inh[1], cur[0], cur[1], cur[0] * cur[1], dot, target]
        for i, v in enumerate(vals, 1):
            ws.cell(row=r, column=i, value=v)
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=6).fill = score_fill(inh[0] * inh[1])
        ws.cell(row=r, column=9).fill = score_fill(cur[0] * cur[1])
        ws.cell(row=r, column=11).fill = score_fill(target)
        for ref, act, lead_txt, leads, due, st in acts:
            ws.cell(row=r, column=12, value=ref)
            ws.cell(row=r, column=13, value=act)
            ws.cell(row=r, column=14, value=lead_txt)
            c = ws.cell(row=r, column=15, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "mmm-yy"
                end, end_text = due.strftime("%Y-%m"), None
            elif due == "Ongoing":
                end, end_text = None, "Ongoing"
            else:  # Q4 2025/26
                end, end_text = "2026-03", None
            if st:
                ws.cell(row=r, column=16).fill = FILLS[st]
            box_row(ws, r, 16)
            row = dict(ref=ref, under=[risk], action=act, lead=leads, end=end,
                       status={"G": "green", "A": "amber", "R": "red", "B": "blue", None: "unrated"}[st], row=r)
            if end_text:
                row["end_text"] = end_text
            rows.append(row)
            r += 1
        for col in range(1, 12):
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
            ws.cell(row=first, column=col).alignment = WRAP
    widths = [22, 50, 24, 4, 4, 7, 4, 4, 7, 10, 8, 7, 50, 28, 9, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, WK_NAME))
    ACTIONS[WK_NAME] = rows


# ---------------------------------------------------------------------------
# 3. Calderdale Council - Council Plan delivery plan (xlsx), mistyped month -> refuse
# ---------------------------------------------------------------------------
CD_NAME = "vq-calderdale-council-council-plan-delivery-plan-2025-26-typo-month-refuse.xlsx"
CD_TITLE = "Calderdale Council – Council Plan Delivery Plan 2025/26"
CD_PRIORITIES = [
    ("Priority 1: Reduce inequalities", [
        ("1.1", "Extend the Calderdale Cost of Living support offer to all family hubs, including "
                "benefit checks and energy advice.", "Assistant Director – Neighbourhoods", "Resources and Transformation",
         "March 2026", "G", "G", "Offer now live in six of the nine family hubs."),
        ("1.2", "Deliver the Anti-Poverty Action Plan year 2 actions and publish an annual progress "
                "statement.", "Head of Partnerships and Policy", "Resources and Transformation", "December 2025", "A", "G",
         "Year 2 actions reprofiled with partners; statement drafted."),
        ("1.3", "Increase take-up of the Healthy Start scheme to 70% of eligible families.",
         "Director of Public Health", "Public Health and Adult Social Care", "March 2026", "A", "A",
         "Take-up at 64% (August 2025)."),
    ]),
    ("Priority 2: Strong, thriving towns and places", [
        ("2.1", "Complete the Halifax Station Gateway public realm works.", "Assistant Director – Strategic "
                                                                          "Infrastructure", "Regeneration and Strategy",
         "November 2025", "G", "A", "Utility diversions have delayed the final phase by four weeks."),
        ("2.2", "Adopt the Brighouse town centre masterplan following public consultation.",
         "Head of Regeneration", "Regeneration and Strategy", "Janaury 2026", "G", "G",
         "Consultation closed 12 September; 412 responses being analysed."),
        ("2.3", "Open the refurbished Todmorden Market Hall.", "Head of Markets and Town Centres",
         "Regeneration and Strategy", "September 2025", "G", "B", "Reopened 6 September 2025."),
    ]),
    ("Priority 3: Climate emergency", [
        ("3.1", "Install solar PV on five further council buildings under the Public Sector Decarbonisation "
                "Scheme.", "Energy and Climate Manager", "Climate Action and Housing", "March 2026", "A", "A",
         "Three sites surveyed; procurement under way."),
        ("3.2", "Launch the Calderdale Climate Action Grant round 3 for community groups.",
         "Climate Emergency Programme Manager", "Climate Action and Housing", "October 2025", "G", "G",
         "Guidance published; round opens 1 October."),
    ]),
]


def build_calderdale():
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan"
    ws["A1"] = CD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 progress report (July – September 2025)"
    ws["A2"].font = Font(italic=True)
    cols = ["Ref", "Action", "Lead Officer", "Cabinet portfolio", "Target date", "Q1 RAG", "Q2 RAG",
            "Q2 progress update"]
    for i, h in enumerate(cols, 1):
        ws.cell(row=4, column=i, value=h)
    style_header(ws, 4, len(cols))
    r = 5
    for prio, acts in CD_PRIORITIES:
        ws.cell(row=r, column=1, value=prio)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = PatternFill("solid", start_color="7030A0", end_color="7030A0")
        r += 1
        for ref, act, lead, member, date, q1, q2, upd in acts:
            for i, v in enumerate([ref, act, lead, member, date, q1, q2, upd], 1):
                ws.cell(row=r, column=i, value=v)
            ws.cell(row=r, column=6).fill = FILLS[q1]
            ws.cell(row=r, column=7).fill = FILLS[q2]
            box_row(ws, r, 8)
            if date.startswith("Janaury"):
                REFUSE_AT[CD_NAME] = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete, G = on track, A = some slippage, R = off track. "
                                    "See the RAG Key sheet.")
    widths = [6, 52, 30, 16, 14, 8, 8, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Complete"), ("G", "On track to meet target date"),
                                ("A", "Some slippage – expected to recover"), ("R", "Off track / at risk")]):
        key.cell(row=2 + i, column=1, value=k).fill = FILLS[k]
        key.cell(row=2 + i, column=2, value=t)
    wb.save(os.path.join(HERE, CD_NAME))
    ACTIONS[CD_NAME] = []


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tc_pr.append(shd)


def bold_cell(cell, text, colour=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if colour:
        shade(cell, colour)


# ---------------------------------------------------------------------------
# 4. Lewisham Health and Wellbeing Board - action log (docx)
# ---------------------------------------------------------------------------
LW_NAME = "vq-london-borough-of-lewisham-health-and-wellbeing-board-action-log.docx"
LW_TITLE = "Lewisham Health and Wellbeing Board – Action Log"
LW_MEETINGS = [
    ("Meeting held on 13 March 2025", [
        ("HWB/25/03", "Circulate the final Pharmaceutical Needs Assessment 2025 to Board members and publish "
                      "it on the Council website.", "Director of Public Health", ["Director of Public Health"],
         "October 2025", "2025-10", None, "Complete", "Published 29 September 2025; link circulated to members."),
        ("HWB/25/05", "Bring a report on the uptake of childhood immunisations by ward, with the actions agreed "
                      "with the ICB, to a future meeting.",
         "Consultant in Public Health / Place Executive Director (SEL ICB)",
         ["Consultant in Public Health", "Place Executive Director (SEL ICB)"], "November 2025", "2025-11",
         None, "Green", "Scheduled for the November agenda."),
    ]),
    ("Meeting held on 10 July 2025", [
        ("HWB/25/09", "Set up a task and finish group with Healthwatch Lewisham to review how residents’ "
                      "feedback is used in the Lewisham Health and Care Partners plan.",
         "Alex Okafor and Priya Shah", ["Alex Okafor", "Priya Shah"], "December 2025", "2025-12", None,
         "Amber", "Terms of reference drafted; first meeting not yet arranged."),
        ("HWB/25/11", "Provide members with a breakdown of Better Care Fund spend by scheme for 2024/25.",
         "Director of Integrated Commissioning", ["Director of Integrated Commissioning"], "September 2025",
         "2025-09", None, "Red", "Delayed by year-end reconciliation; to be circulated with the next agenda."),
        ("HWB/25/12", "Add the refresh of the Joint Health and Wellbeing Strategy to the Board’s forward plan.",
         "Clerk to the Board", ["Clerk to the Board"], "July 2025", "2025-07", None, "Complete",
         "Added to the forward plan for 2025/26."),
    ]),
    ("Meeting held on 18 September 2025", [
        ("HWB/25/14", "Agree the membership and terms of reference of the Healthy Weight steering group and "
                      "report back to the Board.", "Director of Public Health", ["Director of Public Health"],
         "27 November 2025", "2025-11", None, "Green", "Membership agreed with partners."),
        ("HWB/25/15", "Circulate the Lewisham place winter plan 2025/26 to members for comment.",
         "Director of Operations, Lewisham Place", ["Director of Operations, Lewisham Place"], "October 2025",
         "2025-10", None, "Green", ""),
        ("HWB/25/16", "Report progress against the Joint Health and Wellbeing Strategy priorities at each "
                      "meeting.", "Director of Public Health", ["Director of Public Health"], "Standing item",
         None, "Standing item", "Green", "Included on every agenda."),
    ]),
]


def build_lewisham():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(LW_TITLE, level=1)
    doc.add_paragraph("Updated following the Board meeting held on 18 September 2025. Completed actions are "
                      "shown once and then removed from the log.")
    doc.add_paragraph("RAG key", style="Heading 3")
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    bold_cell(key.cell(0, 0), "RAG")
    bold_cell(key.cell(0, 1), "Meaning")
    for i, (k, text, col) in enumerate([("Complete", "Action completed – removed after this meeting", "00B0F0"),
                                        ("Green", "On track for the due date", "00B050"),
                                        ("Amber", "At risk of missing the due date", "FFC000"),
                                        ("Red", "Overdue", "FF0000")], 1):
        key.cell(i, 0).text = k
        shade(key.cell(i, 0), col)
        key.cell(i, 1).text = text
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Ref", "Action", "Owner", "Due date", "RAG", "Update"]):
        bold_cell(t.cell(0, i), h, "D9E2F3")
    rows = []
    colours = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for meeting, acts in LW_MEETINGS:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        bold_cell(merged, meeting, "F2F2F2")
        for ref, act, lead_txt, leads, due, end, end_text, rag, upd in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, act, lead_txt, due, rag, upd]):
                cells[i].text = v
            shade(cells[4], colours[rag])
            item = dict(ref=ref, under=[meeting], action=act, lead=leads, end=end,
                        status={"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[rag])
            if end_text:
                item["end_text"] = end_text
            rows.append(item)
    doc.add_paragraph("")
    doc.add_paragraph("Contact: Clerk to the Health and Wellbeing Board, Governance and Committee Services.")
    doc.save(os.path.join(HERE, LW_NAME))
    ACTIONS[LW_NAME] = rows


# ---------------------------------------------------------------------------
# 5. Sefton Council - Ofsted focused visit action plan (docx), one table per area for improvement
# ---------------------------------------------------------------------------
SF_NAME = "vq-sefton-council-ofsted-focused-visit-children-in-care-action-plan.docx"
SF_TITLE = "Sefton Council: Ofsted Focused Visit – Children in Care Action Plan"
SF_AREAS = [
    ("Area for improvement 1",
     "The quality and consistency of management oversight and supervision for children in care, so that "
     "plans progress without delay.",
     [("1.1", "Introduce a monthly audit of supervision on 10% of children in care cases, with findings reported "
              "to the Children’s Services Improvement Board.", "Head of Service – Children in Care",
       ["Head of Service – Children in Care"], "September 2025", "2025-09", None,
       "First audit completed September 2025; 42 cases reviewed.", "B"),
      ("1.2", "Revise the supervision policy and recording template so that every supervision records the "
              "child’s plan, the actions agreed and their timescales.",
       "Principal Social Worker / Head of Quality Assurance",
       ["Principal Social Worker", "Head of Quality Assurance"], "October 2025", "2025-10", None,
       "Draft at consultation with practitioners; sign-off expected at the next Practice Board.", "A"),
      ("1.3", "Deliver refresher training for all team managers on management oversight, with attendance "
              "tracked.", "Workforce Development Manager", ["Workforce Development Manager"],
       "December 2025", "2025-12", None, "Two of four sessions delivered.", "G")]),
    ("Area for improvement 2",
     "The timeliness of initial and review health assessments for children in care who live outside Sefton.",
     [("2.1", "Agree a protocol with the Designated Nurse for Children in Care and receiving health teams for "
              "requesting health assessments for children placed out of area.",
       "Service Manager, Children in Care", ["Service Manager, Children in Care"], "30 November 2025",
       "2025-11", None, "Draft shared with the Designated Nurse.", "A"),
      ("2.2", "Produce a weekly tracker of health assessments due and overdue for team managers, escalated to "
              "the Head of Service when more than 10 working days overdue.",
       "Performance and Intelligence Manager", ["Performance and Intelligence Manager"], "August 2025",
       "2025-08", None, "Tracker in use since 4 August 2025.", "B")]),
    ("Area for improvement 3",
     "How well children’s views and wishes are recorded and influence their care plans and reviews.",
     [("3.1", "Relaunch the ‘Mind of My Own’ app for all children in care aged 8 and over, and support social "
              "workers to use it before each review.", "Participation Lead", ["Participation Lead"],
       "January 2026", "2026-01", None, "Relaunch events booked for November.", "G"),
      ("3.2", "IROs to record the child’s views, in the child’s own words where possible, in every review "
              "record and to challenge where views are not reflected in the plan.",
       "Service Manager, IRO Service", ["Service Manager, IRO Service"], "Ongoing", None, "Ongoing",
       "Practice standard issued to IROs in August.", "G"),
      ("3.3", "Audit 20 review records to test whether children’s views are recorded and have influenced "
              "their plans.", "Head of Safeguarding and Quality Assurance",
       ["Head of Safeguarding and Quality Assurance"], "March 2026", "2026-03", None, "", "")]),
]


def build_sefton():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    h = doc.add_heading(SF_TITLE, level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Visit date: 10–11 June 2025  |  Letter published: 15 July 2025")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, v in enumerate(["Version", "Date", "Author", "Approved by"]):
        bold_cell(dc.cell(0, i), v, "D9D9D9")
    for r, vals in enumerate([["0.3", "05/08/2025", "Head of Service – Children in Care", "Draft"],
                              ["1.0", "20/08/2025", "Assistant Director – Children’s Social Care",
                               "Children’s Services Improvement Board"],
                              ["1.1", "16/10/2025", "Improvement Programme Manager", "Progress update"]], 1):
        for c, v in enumerate(vals):
            dc.cell(r, c).text = v
    doc.add_paragraph("Purpose", style="Heading 2")
    doc.add_paragraph("Ofsted carried out a focused visit to Sefton children’s services on 10 and 11 June 2025, "
                      "looking at the experiences and progress of children in care. The letter identified three "
                      "areas for improvement. This plan sets out our response and is monitored monthly by the "
                      "Children’s Services Improvement Board.")
    doc.add_paragraph("RAG key: B – complete; G – on track; A – some delay, action in hand; R – off track. "
                      "Blank – not yet started.")
    colours = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    rows = []
    for label, text, acts in SF_AREAS:
        doc.add_paragraph(label, style="Heading 2")
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        merged = t.cell(0, 0).merge(t.cell(0, 5))
        merged.text = text
        shade(merged, "DEEAF6")
        for i, hd in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress (October 2025)", "RAG"]):
            bold_cell(t.cell(1, i), hd, "1F3864")
        for ref, act, lead_txt, leads, due, end, end_text, upd, rag in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, act, lead_txt, due, upd, rag]):
                cells[i].text = v
            if rag:
                shade(cells[5], colours[rag])
            item = dict(ref=ref, under=[text], action=act, lead=leads, end=end,
                        status={"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}[rag])
            if end_text:
                item["end_text"] = end_text
            rows.append(item)
        doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, v in enumerate(["Role", "Name", "Date"]):
        bold_cell(so.cell(0, i), v, "D9D9D9")
    for i, v in enumerate(["Executive Director of Children’s Services", "", "20/08/2025"]):
        so.cell(1, i).text = v
    doc.save(os.path.join(HERE, SF_NAME))
    ACTIONS[SF_NAME] = rows


# ---------------------------------------------------------------------------
# 6. North Lincolnshire CSP - DHR action plan (csv)
# ---------------------------------------------------------------------------
NL_NAME = "vq-north-lincolnshire-csp-dhr-maria-action-plan.csv"
NL_TITLE = "North Lincolnshire Community Safety Partnership – Domestic Homicide Review (Maria) Action Plan"
NL_RECS = [
    ("Recommendation 1: All agencies should ensure that routine enquiry about domestic abuse is made when an "
     "adult presents with injuries, low mood or alcohol misuse, and that the enquiry and response are recorded.", [
        ("1.1", "Refresh the routine enquiry guidance for the emergency department and minor injury units, and "
                "audit compliance quarterly.", "Northern Lincolnshire and Goole NHS FT",
         ["Northern Lincolnshire and Goole NHS FT"], "Guidance approved; first audit in Q3", "31/12/2025",
         "2025-12", "", "", "Green"),
        ("1.2", "Include routine enquiry in the 2025/26 safeguarding training for GP practice safeguarding leads.",
         "NHS Humber and North Yorkshire ICB", ["NHS Humber and North Yorkshire ICB"],
         "Training programme updated", "31/03/2026", "2026-03", "", "", "Green"),
    ]),
    ("Recommendation 2: The Community Safety Partnership should be assured that MARAC referrals from all "
     "agencies include a completed DASH risk assessment and that repeat victims are identified.", [
        ("2.1", "Amend the MARAC referral form so that it cannot be submitted without a DASH score, and add a "
                "repeat-victim check by the MARAC coordinator.", "Humberside Police / MARAC Coordinator",
         ["Humberside Police", "MARAC Coordinator"], "New form live", "30/06/2025", "2025-06", "23/06/2025",
         "New form in use; July MARAC audit found 100% of referrals with a DASH score.", "Complete"),
        ("2.2", "Deliver DASH refresher training to frontline staff in housing, adult social care and substance "
                "misuse services, with:\n- a minimum of 150 staff trained\n- a post-training evaluation",
         "North Lincolnshire Council – Domestic Abuse Team",
         ["North Lincolnshire Council – Domestic Abuse Team"], "Training dates set; 96 staff trained to date",
         "30/09/2025", "2025-09", "", "", "Amber"),
    ]),
    ("Recommendation 3: Adult social care and substance misuse services should jointly review how they respond to "
     "adults who repeatedly disengage, so that disengagement is treated as a possible indicator of risk.", [
        ("3.1", "Develop a joint practice guide on responding to disengagement, including when to escalate to a "
                "multi-agency meeting.", "North Lincolnshire Council Adult Social Care; We Are With You",
         ["North Lincolnshire Council Adult Social Care", "We Are With You"], "Working group formed",
         "31/01/2026", "2026-01", "", "", "Green"),
        ("3.2", "Hold a learning event for practitioners on the findings of this review.",
         "Community Safety Partnership Manager", ["Community Safety Partnership Manager"],
         "Date to be set after publication", "28/02/2026", "2026-02", "", "", "Not started"),
    ]),
    ("Recommendation 4: The Home Office should be asked to consider how information about firearms and shotgun "
     "certificate holders with a history of domestic abuse is shared with partner agencies.", [
        ("4.1", "Write to the Home Office setting out the review’s finding on information sharing about "
                "firearms certificate holders.", "Chair, North Lincolnshire Community Safety Partnership",
         ["Chair, North Lincolnshire Community Safety Partnership"], "Letter sent", "31/07/2025", "2025-07",
         "15/07/2025", "Letter sent 15 July 2025; acknowledgement received.", "Complete"),
    ]),
]


def build_north_lincs():
    path = os.path.join(HERE, NL_NAME)
    ncol = 8
    lines = [[NL_TITLE] + [""] * (ncol - 1),
             ["Version 4 – updated for the DHR Oversight Group, 14 October 2025"] + [""] * (ncol - 1),
             ["RAG: Complete = action evidenced and closed; Green = on track; Amber = some delay; Red = not "
              "progressing; Not started = work not yet begun"] + [""] * (ncol - 1),
             [""] * ncol,
             ["Ref", "Action", "Lead agency", "Key milestones", "Target date", "Completion date",
              "Evidence / outcome", "RAG"]]
    rows = []
    status = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue", "Not started": "unrated"}
    for rec, acts in NL_RECS:
        lines.append([rec] + [""] * (ncol - 1))
        for ref, act, lead_txt, leads, miles, target, end, done, evid, rag in acts:
            lines.append([ref, act, lead_txt, miles, target, done, evid, rag])
            rows.append(dict(ref=ref, under=[rec], action=act, lead=leads, end=end, status=status[rag]))
    lines.append([""] * ncol)
    lines.append(["Actions are reviewed by the DHR Oversight Group each quarter until all are complete."]
                 + [""] * (ncol - 1))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(lines)
    ACTIONS[NL_NAME] = rows


# ---------------------------------------------------------------------------
# 7. Royal Borough of Greenwich - SEND transformation programme highlight report (tab-separated txt)
# ---------------------------------------------------------------------------
GR_NAME = "vq-royal-borough-of-greenwich-send-transformation-programme-highlight-report.txt"
GR_TITLE = "Royal Borough of Greenwich – SEND Transformation Programme Highlight Report"
GR_ROWS = [
    ("WS1 Early help and inclusion in mainstream", "1.1",
     "Launch the Ordinarily Available Provision guidance for schools and settings", "Head of Inclusion",
     ["Head of Inclusion"], "30/09/2025", "30/09/2025", "C", "Launched at the headteachers’ conference on 25 "
                                                             "September."),
    ("WS1 Early help and inclusion in mainstream", "1.2",
     "Recruit two additional Early Years SEND Inclusion Advisers", "Early Years Lead / HR Business Partner",
     ["Early Years Lead", "HR Business Partner"], "31/10/2025", "31/01/2026", "A",
     "First round unsuccessful; post re-advertised with a market supplement."),
    ("WS1 Early help and inclusion in mainstream", "1.3",
     "Pilot the school inclusion fund in 12 primary schools", "Head of Inclusion", ["Head of Inclusion"],
     "31/12/2025", "31/12/2025", "G", "10 schools signed up."),
    ("WS2 Timely, high-quality EHC plans", "2.1",
     "Reduce the number of EHC needs assessments over 20 weeks to below 50", "Head of SEN Service",
     ["Head of SEN Service"], "31/12/2025", "31/03/2026", "R",
     "112 assessments over 20 weeks at end of October; educational psychology capacity is the main constraint."),
    ("WS2 Timely, high-quality EHC plans", "2.2",
     "Introduce the EHCP quality assurance framework with a monthly multi-agency audit", "KO / DM",
     ["KO", "DM"], "30/11/2025", "30/11/2025", "G", "Framework agreed; first audit booked for 19 November."),
    ("WS3 Sufficiency of specialist places", "3.1",
     "Open the new 40-place SEMH secondary resource base", "Head of School Place Planning",
     ["Head of School Place Planning"], "01/09/2026", "01/09/2026", "G", "Planning consent granted."),
    ("WS3 Sufficiency of specialist places", "3.2",
     "Complete the review of independent non-maintained special school placements and agree step-down plans for "
     "20 pupils", "Head of SEN Commissioning", ["Head of SEN Commissioning"], "31/03/2026", "31/03/2026", "G",
     "36 placements reviewed to date."),
    ("WS4 Preparing for adulthood", "4.1",
     "Agree the 14–25 transitions protocol with Adult Social Care",
     "Head of SEN Service; Head of Adult Social Care (Transitions)",
     ["Head of SEN Service", "Head of Adult Social Care (Transitions)"], "31/08/2025", "30/11/2025", "A",
     "Protocol drafted; awaiting sign-off by the Adult Social Care leadership team."),
    ("WS4 Preparing for adulthood", "4.2",
     "Publish the preparing for adulthood pages of the Local Offer", "Local Offer Officer",
     ["Local Offer Officer"], "31/07/2025", "31/07/2025", "C", "Published 28 July 2025."),
]


def build_greenwich():
    out = [GR_TITLE,
           "Reporting period:\tOctober 2025",
           "Report date:\t05/11/2025",
           "Programme SRO:\tDirector of Children’s Services",
           "Overall programme status:\tAmber",
           "",
           "Key messages for the SEND Improvement Board",
           "Good progress on inclusion in mainstream. EHC needs assessment timeliness remains the main concern and "
           "is rated red; a recovery plan is being agreed with the Educational Psychology Service.",
           "",
           "Status key: C = Complete; G = On track; A = At risk – recovery plan in place; R = Off track",
           "",
           "Workstream\tRef\tMilestone / action\tOwner\tBaseline date\tForecast date\tStatus\tCommentary"]
    rows = []
    status = {"C": "blue", "G": "green", "A": "amber", "R": "red"}
    for ws, ref, act, lead_txt, leads, base, fc, st, comm in GR_ROWS:
        out.append("\t".join([ws, ref, act, lead_txt, base, fc, st, comm]))
        day, mon, yr = fc.split("/")
        rows.append(dict(ref=ref, under=[ws], action=act, lead=leads, end=f"{yr}-{mon}", status=status[st]))
    out += ["",
            "Decisions required from the Board:\tNone this period",
            "Next report:\tDecember 2025 Board"]
    with open(os.path.join(HERE, GR_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")
    ACTIONS[GR_NAME] = rows


def main():
    build_north_tyneside()
    build_wakefield()
    build_calderdale()
    build_lewisham()
    build_sefton()
    build_north_lincs()
    build_greenwich()
    for name, rows in ACTIONS.items():
        print(f"{name}: {len(rows)} actions" + (f", refuse_at row {REFUSE_AT[name]}" if name in REFUSE_AT else ""))


if __name__ == "__main__":
    main()
