#!/usr/bin/env python3
"""Build the seven zul- blind test files (set heldout660) and their expected readings.

Run with /work/main/.venv/bin/python zul_make.py  (from any directory).
Only writes files whose names start with 'zul-'.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FFFF0000", "FFFFC000", "FF00B050", "FF0070C0"
FILLS = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("zul-")
    return os.path.join(HERE, name)


def write_yaml(name, doc):
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def fill(hexcolour):
    return PatternFill("solid", start_color=hexcolour, end_color=hexcolour)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Revenue Scotland - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def revenue_scotland():
    name = "zul-revenue-scotland-internal-audit-recommendations-tracker.xlsx"
    title = "Revenue Scotland – Internal Audit Recommendations Tracker"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Audit and Risk Committee – 18 November 2025 (Agenda item 6)"
    cov["A3"] = "Position at 31 October 2025"
    cov["A5"] = "Internal audit provider: Scottish Government Internal Audit and Assurance Directorate (IAAD)"
    cov["A6"] = "Prepared by: Governance and Risk Team"
    cov["A8"] = "Document control"
    cov["A8"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("v0.1", "20/10/2025", "Governance Manager", "First draft following action owner updates"),
            ("v0.2", "28/10/2025", "Governance Manager", "IAAD validation of completed actions added"),
            ("v1.0", "04/11/2025", "Head of Governance", "Approved by Executive Management Team")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=9 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cov["A14"] = "Priority of recommendation"
    cov["A14"].font = Font(bold=True)
    cov["A15"] = "High"
    cov["B15"] = "Significant weakness in control; action required within 3 months"
    cov["A16"] = "Medium"
    cov["B16"] = "Weakness that should be addressed within 6 months"
    cov["A17"] = "Low"
    cov["B17"] = "Good practice improvement; address within 12 months"
    cov["A19"] = "RAG status key"
    cov["A19"].font = Font(bold=True)
    key = [("B", BLUE, "Complete – evidence provided and validated by IAAD"),
           ("G", GREEN, "On track to meet the (revised) target date"),
           ("A", AMBER, "At risk, or revised date agreed by the Committee"),
           ("R", RED, "Overdue – target date passed")]
    for i, (k, col, txt) in enumerate(key):
        c = cov.cell(row=20 + i, column=1, value=k)
        c.fill = fill(col)
        cov.cell(row=20 + i, column=2, value=txt)
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 22
    cov.column_dimensions["D"].width = 50

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of recommendations by audit report"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["Audit report", "Assurance", "Actions", "Complete", "On track", "At risk", "Overdue"]
    data = [
        ["Tax Collection and Debt Management (2024/25)", "Limited", 3, 2, 1, 0, 0],
        ["Cyber Security – Supplier Assurance (2024/25)", "Reasonable", 2, 0, 1, 1, 0],
        ["Workforce Planning (2025/26)", "Reasonable", 3, 0, 1, 1, 1],
        ["Total", "", 8, 2, 3, 2, 1],
    ]
    for j, h in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, r in enumerate(data):
        for j, v in enumerate(r):
            c = sm.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 48
    sm.column_dimensions["B"].width = 14

    # Tracker sheet
    tr = wb.create_sheet("Tracker")
    tr["A1"] = "Internal audit recommendations – open and recently closed actions (position at 31 October 2025)"
    tr["A1"].font = Font(bold=True, size=13)
    tr.merge_cells("A1:I1")
    heads = ["Ref", "Priority", "Finding / Recommendation", "Agreed management action", "Action owner",
             "Original target date", "Revised target date", "RAG", "Progress update (October 2025)"]
    for j, h in enumerate(heads):
        c = tr.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF1F3864")
        c.alignment = WRAP
        c.border = BOX
    widths = [9, 10, 46, 50, 26, 14, 14, 6, 48]
    for j, w in enumerate(widths):
        tr.column_dimensions[get_column_letter(1 + j)].width = w

    R1 = "Tax Collection and Debt Management (2024/25) – Limited assurance"
    R2 = "Cyber Security – Supplier Assurance (2024/25) – Reasonable assurance"
    R3 = "Workforce Planning (2025/26) – Reasonable assurance"
    recs = {
        "tcd1": "Management should formalise the escalation route for Land and Buildings Transaction Tax debts over £50,000, including the point at which cases are referred for civil recovery.",
        "tcd2": "Reconciliations between the tax management system (SETS) and the finance ledger should be evidenced as reviewed by a second officer each month.",
        "cs1": "Revenue Scotland should maintain a complete register of third-party suppliers that process or host its data, with a cyber assurance rating for each.",
        "cs2": "Contract terms for new suppliers should require notification of cyber incidents within 24 hours.",
        "wp1": "A strategic workforce plan aligned to the Corporate Plan 2024-27 should be approved by the Board, including succession arrangements for critical and single-point-of-failure roles.",
        "wp2": "Exit interview data should be analysed and reported to the Executive Management Team twice yearly.",
    }
    # (report, reckey, priority, ref, action, owner_cell, orig, revised, rag, progress, exp_lead, exp_end)
    rows = [
        (R1, "tcd1", "High", "TCD 1.1",
         "Document a debt escalation procedure with defined thresholds and referral points to the Scottish Government Legal Directorate.",
         "Head of Tax Operations", d(2025, 3, 31), d(2025, 9, 30), "blue",
         "Procedure approved by EMT on 9 September 2025 and published on the intranet. IAAD validated 21/10/2025.",
         ["Head of Tax Operations"], "2025-09"),
        (R1, "tcd1", "High", "TCD 1.2",
         "Provide refresher training on the escalation procedure to all Debt Management Team staff.",
         "Debt Management Team Leader", d(2025, 6, 30), d(2025, 11, 30), "green",
         "Training sessions booked for 12 and 19 November 2025.",
         ["Debt Management Team Leader"], "2025-11"),
        (R1, "tcd2", "Medium", "TCD 2.1",
         "Introduce a monthly reconciliation sign-off template with preparer and reviewer fields, retained on the finance shared drive.",
         "Head of Finance / Financial Controller", d(2025, 5, 31), None, "blue",
         "Template in use since May 2025; evidence for June–September provided to IAAD.",
         ["Head of Finance", "Financial Controller"], "2025-05"),
        (R2, "cs1", "Medium", "CS 1.1",
         "Create a supplier cyber assurance register and populate it for all Tier 1 and Tier 2 suppliers.",
         "Chief Digital Officer", d(2025, 8, 31), d(2026, 1, 31), "amber",
         "Register created; 14 of 22 suppliers assessed. Revised date agreed by ARC in August 2025 because of the SETS support contract re-procurement.",
         ["Chief Digital Officer"], "2026-01"),
        (R2, "cs2", "Low", "CS 2.1",
         "Agree with Scottish Procurement an update to the standard contract schedule adding a 24-hour cyber incident notification clause.",
         "Procurement Manager", d(2025, 12, 31), None, "green",
         "Draft clause shared with Scottish Procurement on 14 October 2025.",
         ["Procurement Manager"], "2025-12"),
        (R3, "wp1", "Medium", "WP 1.1",
         "Draft the Strategic Workforce Plan 2025-28 for consultation with the Trade Union Side.",
         "Head of People", d(2025, 10, 31), None, "red",
         "Draft delayed by vacancy in the HR Business Partner post; now expected December 2025.",
         ["Head of People"], "2025-10"),
        (R3, "wp1", "Medium", "WP 1.2",
         "Identify single-point-of-failure roles and record succession arrangements in the People Risk Register.",
         "Head of People\nDirector of Corporate Functions", d(2026, 3, 31), None, "green",
         "Directorate returns requested for 30 November 2025.",
         ["Head of People", "Director of Corporate Functions"], "2026-03"),
        (R3, "wp2", "Low", "WP 2.1",
         "Produce a six-monthly analysis of exit interview themes for EMT.",
         "HR Manager", d(2025, 9, 30), d(2025, 12, 31), "amber",
         "First report rescheduled to the December EMT meeting.",
         ["HR Manager"], "2025-12"),
    ]
    letter = {"red": "R", "amber": "A", "green": "G", "blue": "B"}
    r = 4
    current_report = None
    rec_start = {}
    expected = []
    for (rep, rk, prio, ref, action, owner, orig, rev, rag, prog, elead, eend) in rows:
        if rep != current_report:
            tr.cell(row=r, column=1, value=rep)
            tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            tr.cell(row=r, column=1).font = Font(bold=True)
            tr.cell(row=r, column=1).fill = fill("FFD9E1F2")
            current_report = rep
            r += 1
        if rk not in rec_start:
            rec_start[rk] = r
            tr.cell(row=r, column=2, value=prio)
            tr.cell(row=r, column=3, value=recs[rk])
        else:
            rec_start[rk + "_end"] = r
        tr.cell(row=r, column=1, value=ref)
        tr.cell(row=r, column=4, value=action)
        tr.cell(row=r, column=5, value=owner)
        c = tr.cell(row=r, column=6, value=orig)
        c.number_format = "dd/mm/yyyy"
        if rev is not None:
            c = tr.cell(row=r, column=7, value=rev)
            c.number_format = "dd/mm/yyyy"
        c = tr.cell(row=r, column=8, value=letter[rag])
        c.fill = fill(FILLS[rag])
        c.alignment = Alignment(horizontal="center", vertical="top")
        tr.cell(row=r, column=9, value=prog)
        for col in range(1, 10):
            cc = tr.cell(row=r, column=col)
            cc.border = BOX
            if col != 8:
                cc.alignment = WRAP
        expected.append(act(ref, [rep, recs[rk]], action, elead, eend, rag))
        r += 1
    # merge recommendation/priority cells that span two action rows
    for rk in list(recs):
        if rk + "_end" in rec_start:
            for col in (2, 3):
                tr.merge_cells(start_row=rec_start[rk], start_column=col,
                               end_row=rec_start[rk + "_end"], end_column=col)
    r += 1
    tr.cell(row=r, column=1, value="Note: completed actions are removed from the tracker once noted by the Committee.")
    tr.freeze_panes = "A4"
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates a Scottish public body's internal audit recommendations tracker as taken to its Audit and Risk Committee (Revenue Scotland, 2025, position at 31 October 2025; cf. the ARC papers of Revenue Scotland, NatureScot and other SG bodies audited by the SG Internal Audit and Assurance Directorate). Copied features: cover sheet with document control table, priority and RAG keys, a summary sheet of counts by report, tracker sheet with a shaded merged row per audit report, recommendation and priority cells merged down over their two actions, original and revised target dates as real dates, RAG letter with fill colour, progress column, a note line.",
        "reads": "Three sheets: a cover with keys, a summary of counts and the tracker. In the tracker each audit report is a shaded heading row; under it each recommendation (with its priority) is answered by one or two agreed management actions with a ref, owner, original and revised dates and a RAG letter. Eight actions in all; where a revised date is given it is the end.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Consumer Council for Northern Ireland - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def consumer_council_ni():
    name = "zul-consumer-council-ni-corporate-risk-register-2025-26.xlsx"
    title = "Consumer Council for Northern Ireland – Corporate Risk Register 2025-26"
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Consumer Council for Northern Ireland"
    dc["A1"].font = Font(bold=True, size=14)
    dc["A2"] = "Corporate Risk Register – document control"
    rows = [("Version", "Date", "Reviewed by", "Summary of changes"),
            ("1.0", "01/04/2025", "SMT", "2025-26 register agreed; CR4 added"),
            ("1.1", "15/07/2025", "ARAC", "Q1 update; CR3 residual score reduced"),
            ("1.2", "07/10/2025", "SMT", "Q2 update for ARAC 21 October 2025")]
    for i, rr in enumerate(rows):
        for j, v in enumerate(rr):
            c = dc.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    dc["A9"] = "Risk owner: Chief Executive (Accounting Officer). Sponsor Department: Department for the Economy (DfE)."
    dc.column_dimensions["A"].width = 12
    dc.column_dimensions["B"].width = 14
    dc.column_dimensions["C"].width = 14
    dc.column_dimensions["D"].width = 50

    mx = wb.create_sheet("Risk matrix & key")
    mx["A1"] = "Risk scoring matrix (Impact x Likelihood)"
    mx["A1"].font = Font(bold=True)
    for i in range(5):
        mx.cell(row=3 + i, column=1, value=f"Impact {5 - i}")
        for j in range(5):
            score = (5 - i) * (j + 1)
            c = mx.cell(row=3 + i, column=2 + j, value=score)
            c.fill = fill(RED if score >= 15 else AMBER if score >= 8 else GREEN)
            c.border = BOX
    for j in range(5):
        mx.cell(row=8, column=2 + j, value=f"L{j + 1}")
    mx["A10"] = "Action RAG (previous and current quarter)"
    mx["A10"].font = Font(bold=True)
    keys = [(RED, "Red – behind schedule; target date will be missed"),
            (AMBER, "Amber – some slippage; target date at risk"),
            (GREEN, "Green – on track"),
            (BLUE, "Blue – action complete")]
    for i, (col, txt) in enumerate(keys):
        mx.cell(row=11 + i, column=1).fill = fill(col)
        mx.cell(row=11 + i, column=2, value=txt)
    mx["A16"] = "Risk appetite: the Council has a cautious appetite for financial and compliance risk and an open appetite for consumer advocacy and innovation."

    rg = wb.create_sheet("CRR 2025-26")
    rg["A1"] = title
    rg["A1"].font = Font(bold=True, size=14)
    rg["A2"] = "Quarter 2 update (July – September 2025) for the Audit and Risk Assurance Committee, 21 October 2025"
    heads = ["Risk", "Risk description (cause and effect)", "Risk owner", "Inherent risk (I x L)",
             "Current controls", "Residual risk (I x L)", "Ref", "Further action required", "Action owner",
             "Target date", "Previous RAG (Q1)", "Current RAG (Q2)", "Q2 progress"]
    for j, h in enumerate(heads):
        c = rg.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF00594F")
        c.alignment = WRAP
        c.border = BOX
    widths = [24, 40, 16, 11, 38, 11, 6, 48, 24, 11, 10, 10, 42]
    for j, w in enumerate(widths):
        rg.column_dimensions[get_column_letter(1 + j)].width = w

    risks = [
        ("CR1 – Funding and financial sustainability",
         "If the Department for the Economy budget allocation for 2025-26 is insufficient, the Council may be unable to deliver its statutory functions and Forward Work Programme.",
         "Chief Executive", "5 x 4 = 20",
         "Monthly budget monitoring to SMT; quarterly liaison meetings with DfE sponsor branch; vacancy control panel.",
         "4 x 3 = 12",
         [("1.1", "Submit a prioritised Forward Work Programme costing to DfE setting out the impact of a 5% budget reduction.",
           "Director of Corporate Services", d(2025, 9, 30), "amber", "blue",
           "Submitted to DfE on 26 September 2025.", ["Director of Corporate Services"], "2025-09", None),
          ("1.2", "Agree in-year easement proposals with DfE at the October monitoring round.",
           "Head of Finance", d(2025, 10, 31), "amber", "green",
           "Easements of £62k identified; bid prepared.", ["Head of Finance"], "2025-10", None),
          ("1.3", "Review the levy-funded cost allocation model with the Utility Regulator and Ofcom to ensure full cost recovery for energy and postal work.",
           "Head of Finance", "Q4 2025/26", "green", "green",
           "Initial meeting with the Utility Regulator held 18 September 2025.", ["Head of Finance"], "2026-03", "Q4 2025/26")]),
        ("CR2 – Information and cyber security",
         "A successful cyber attack or data breach could result in the loss of consumer complaint data, ICO enforcement action and reputational damage.",
         "Director of Corporate Services", "5 x 4 = 20",
         "NICS IT Assist managed network; annual penetration test; mandatory information assurance training; Cyber Essentials Plus.",
         "5 x 2 = 10",
         [("2.1", "Complete the migration of the complaints handling system to the NICS-hosted platform.",
           "IT Manager", d(2025, 12, 31), "amber", "amber",
           "User acceptance testing under way; go-live moved to early December.", ["IT Manager"], "2025-12", None),
          ("2.2", "Run a phishing simulation exercise for all staff and report the results to ARAC.",
           "Information Governance Manager", d(2025, 11, 30), "green", "green",
           "Exercise scheduled for w/c 3 November 2025.", ["Information Governance Manager"], "2025-11", None),
          ("2.3", "Renew Cyber Essentials Plus certification.",
           "IT Manager", d(2026, 3, 31), "green", "green",
           "Assessor booked for February 2026.", ["IT Manager"], "2026-03", None)]),
        ("CR3 – Capacity to deliver the Corporate Plan",
         "Loss of key staff and delays to recruitment through NICS and public appointment processes could prevent delivery of Corporate Plan 2025-28 commitments.",
         "Chief Executive", "4 x 4 = 16",
         "Workforce plan; use of agency staff for short-term cover; regular 1:1s and wellbeing support.",
         "4 x 3 = 12",
         [("3.1", "Complete the organisational design review and present a revised staffing structure to the Board.",
           "Chief Executive", d(2026, 1, 31), "red", "amber",
           "Consultant report received; Board workshop planned for December.", ["Chief Executive"], "2026-01", None),
          ("3.2", "Maintain a skills and succession matrix for all Grade 7 and above posts.",
           "HR Business Partner", "Ongoing", "green", "green",
           "Matrix reviewed at SMT in September.", ["HR Business Partner"], None, "Ongoing")]),
        ("CR4 – Board governance",
         "Board membership falls below quorum following the end of current public appointment terms, restricting the Board's ability to take decisions.",
         "Chief Executive", "4 x 3 = 12",
         "Board succession schedule maintained; quorum arrangements in Standing Orders.",
         "4 x 3 = 12",
         [("4.1", "Liaise with the DfE Public Appointments Unit on the timetable for the 2025 Board recruitment campaign.",
           "Board Secretary", d(2025, 12, 31), "amber", "red",
           "Campaign not yet launched by DfE; escalated to the Permanent Secretary's office.", ["Board Secretary"], "2025-12", None)]),
    ]
    r = 5
    expected = []
    for (rname, desc, owner, inh, ctrls, resid, acts) in risks:
        start = r
        rg.cell(row=r, column=1, value=rname).font = Font(bold=True)
        rg.cell(row=r, column=2, value=desc)
        rg.cell(row=r, column=3, value=owner)
        rg.cell(row=r, column=4, value=inh)
        rg.cell(row=r, column=5, value=ctrls)
        rg.cell(row=r, column=6, value=resid)
        for (ref, text, aowner, target, prev, cur, prog, elead, eend, etext) in acts:
            rg.cell(row=r, column=7, value=ref)
            rg.cell(row=r, column=8, value=text)
            rg.cell(row=r, column=9, value=aowner)
            c = rg.cell(row=r, column=10, value=target)
            if isinstance(target, dt.datetime):
                c.number_format = "mmm-yy"
            rg.cell(row=r, column=11).fill = fill(FILLS[prev])
            rg.cell(row=r, column=12).fill = fill(FILLS[cur])
            rg.cell(row=r, column=13, value=prog)
            for col in range(1, 14):
                rg.cell(row=r, column=col).border = BOX
                rg.cell(row=r, column=col).alignment = WRAP
            expected.append(act(ref, [rname], text, elead, eend, cur, end_text=etext))
            r += 1
        if r - 1 > start:
            for col in range(1, 7):
                rg.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    rg.cell(row=r, column=1, value="Next review: SMT 6 January 2026; ARAC 20 January 2026.")
    rg.freeze_panes = "B5"
    wb.active = 2
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates a Northern Ireland non-departmental public body's corporate risk register as reported quarterly to its Audit and Risk Assurance Committee (Consumer Council for Northern Ireland, 2025-26, Q2; layout after NI ALB registers and NIAO good-practice guidance on risk management). Copied features: document control sheet, scoring matrix and action-RAG key sheet, register sheet with title and quarter line, risk columns (risk, description, owner, inherent, controls, residual) merged down over the further actions, numbered further actions with job-title owners, target dates as mmm-yy dates plus 'Q4 2025/26' and 'Ongoing', previous and current RAG shown by fill colour only.",
        "reads": "A risk register with four risks, each with one to three further actions to reduce the risk. Each action has a ref, an owner post, a target date and a previous (Q1) and current (Q2) RAG given only as a cell colour; the status is the current colour, read with the key on the matrix sheet (blue = complete). Nine actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Groundwork UK - Charity Commission action plan, Monday.com board export (xlsx)
# ---------------------------------------------------------------------------
def groundwork_uk():
    name = "zul-groundwork-uk-charity-commission-action-plan-monday-export.xlsx"
    title = "Charity Commission Action Plan – Groundwork UK"
    wb = Workbook()
    ws = wb.active
    ws.title = "Charity Commission Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Board to track delivery of the actions the Charity Commission asked the trustees to take at the close of its "
                "regulatory compliance case (letter of 3 March 2025). Owner: Company Secretary.")
    cols = ["Name", "Person", "Status", "CC ref", "Due date", "Last update"]
    widths = [70, 26, 12, 8, 12, 60]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    status_fill = {"Done": "FF00C875", "Green": "FF9CD326", "Amber": "FFFDAB3D", "Red": "FFE2445C"}
    groups = [
        ("Governance", "FF579BFC", [
            ("Review the governing document and adopt amended articles setting maximum terms of office for trustees",
             "Helen Ward", "Done", 1, "2025-06-30",
             "Special resolution passed at the AGM on 24 June 2025 and filed at Companies House.",
             ["Helen Ward"], "2025-06", "blue"),
            ("Carry out a skills audit of the board and recruit two trustees with finance and safeguarding experience",
             "Helen Ward, Graham Hill", "Amber", 2, "2025-10-31",
             "Finance trustee appointed in September. Safeguarding role re-advertised.",
             ["Helen Ward", "Graham Hill"], "2025-10", "amber"),
            ("Adopt a conflicts of interest policy and keep a register of interests that is reviewed at every board meeting",
             "Graham Hill", "Done", 3, "2025-04-30",
             "Policy adopted 17 April 2025. Register is a standing item.",
             ["Graham Hill"], "2025-04", "blue"),
        ]),
        ("Financial oversight", "FFA25DDC", [
            ("Introduce dual authorisation for all payments over £10,000 and update the bank mandate",
             "Sunita Rao", "Done", "4a", "2025-04-15",
             "New mandate live with the bank from 11 April.",
             ["Sunita Rao"], "2025-04", "blue"),
            ("Take a quarterly management accounts pack, including restricted funds, to the Finance & Audit Committee",
             "Sunita Rao", "Green", "4b", "2025-12-31",
             "Q1 and Q2 packs presented.",
             ["Sunita Rao"], "2025-12", "green"),
            ("Commission an independent review of grant monitoring controls for funds passed to federation trusts",
             "Sunita Rao, Mark Dobbs", "Red", 5, "2025-09-30",
             "Scope agreed but reviewer not yet appointed – now overdue. Procurement restarted.",
             ["Sunita Rao", "Mark Dobbs"], "2025-09", "red"),
        ]),
        ("Safeguarding & serious incident reporting", "FFFF642E", [
            ("Appoint a lead trustee for safeguarding and publish the role on the website",
             "Helen Ward", "Green", 6, "2025-11-30",
             "Depends on the safeguarding trustee recruitment (action 2).",
             ["Helen Ward"], "2025-11", "green"),
            ("Refresh the serious incident reporting procedure in line with the Commission's guidance and train senior managers",
             "Jo Akande", "Green", 7, "2026-01-31",
             "Draft procedure with the Safeguarding Committee.",
             ["Jo Akande"], "2026-01", "green"),
        ]),
        ("Reporting back to the Commission", "FF808080", [
            ("Send the Commission written confirmation, with evidence, that actions 1 to 7 are complete",
             "Graham Hill", "", 8, "2026-02-27", "",
             ["Graham Hill"], "2026-02", "unrated"),
        ]),
    ]
    r = 4
    expected = []
    for gname, gcol, items in groups:
        c = ws.cell(row=r, column=1, value=gname)
        c.font = Font(bold=True, size=12, color=gcol)
        r += 1
        for j, h in enumerate(cols):
            c = ws.cell(row=r, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.border = BOX
        r += 1
        for (text, person, status, ccref, due, upd, elead, eend, est) in items:
            ws.cell(row=r, column=1, value=text)
            ws.cell(row=r, column=2, value=person)
            sc = ws.cell(row=r, column=3, value=status if status else None)
            if status:
                sc.fill = fill(status_fill[status])
                sc.font = Font(color="FFFFFFFF")
            ws.cell(row=r, column=4, value=ccref)
            ws.cell(row=r, column=5, value=due)
            ws.cell(row=r, column=6, value=upd if upd else None)
            for col in range(1, 7):
                ws.cell(row=r, column=col).border = BOX
            expected.append(act(str(ccref), [gname], text, elead, eend, est))
            r += 1
        r += 1  # blank row between groups
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates a charity's tracker of the actions set by the Charity Commission at the end of a regulatory compliance case, kept on a Monday.com board and exported to Excel (Groundwork UK, 2025; the Commission's case-closure action plans as described in its published case reports and solicitors' briefings). Copied features of a Monday.com export: board name and description rows, one block per group with the group name coloured and the column header row repeated, full-name people with two people comma-separated in one cell, custom status labels (Done shown in Monday's green, Green/Amber/Red), the charity's own CC ref column, ISO due dates, a blank status for a not-started item, blank rows between groups.",
        "reads": "An exported board with four groups (Governance, Financial oversight, Safeguarding & serious incident reporting, Reporting back to the Commission), each a heading followed by its own header row and items. Each item is an action with a person, status label, the Commission's action number and a due date; Done means complete (blue) even though the label is green. Nine actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def add_table(doc, header, rows, style="Table Grid", header_fill="1F3864"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for j, h in enumerate(header):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], header_fill)
        for p in t.rows[0].cells[j].paragraphs:
            for run in p.runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for rr in rows:
        cells = t.add_row().cells
        for j, v in enumerate(rr):
            set_cell(cells[j], v)
    return t


RAG_HEX = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


# ---------------------------------------------------------------------------
# 4. Scottish Public Pensions Agency - 2015 remedy programme highlight report (docx)
# ---------------------------------------------------------------------------
def sppa():
    name = "zul-scottish-public-pensions-agency-2015-remedy-programme-highlight-report.docx"
    title = "2015 Pensions Remedy Programme: Highlight Report"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Scottish Public Pensions Agency – OFFICIAL-SENSITIVE"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Reporting period: 1–31 January 2026. For the Remedy Programme Board, 11 February 2026.")

    doc.add_heading("Document control", level=2)
    add_table(doc, ["Version", "Date", "Author", "Comments"], [
        ["0.1", "03/02/2026", "Programme Office", "First draft from workstream returns"],
        ["0.2", "05/02/2026", "Programme Manager", "Comments from SROs incorporated"],
        ["1.0", "06/02/2026", "Programme Director", "Issued to Programme Board"],
    ])

    doc.add_heading("Overall programme status", level=2)
    t = add_table(doc, ["Dimension", "Previous", "Current", "Commentary"], [
        ["Time", "R", "R", "Statutory deadline of 1 April 2025 missed; revised member-group timelines being re-baselined."],
        ["Cost", "A", "A", "Additional temporary staff funded to March 2026; 2026-27 bid submitted."],
        ["Scope", "G", "G", "No change to scope."],
        ["Resources", "R", "A", "42 of 55 temporary administrators in post and trained."],
        ["Quality", "A", "G", "QA error rate on remedy statements down to 1.8% (target 2%)."],
    ])
    for row in t.rows[1:]:
        for j in (1, 2):
            shade(row.cells[j], RAG_HEX[row.cells[j].text])
    doc.add_paragraph("")
    add_table(doc, ["RAG", "Meaning"], [
        ["R", "Off track – milestone will be missed or has been missed; Board intervention needed"],
        ["A", "At risk – issues being managed within the programme"],
        ["G", "On track"],
        ["B", "Complete"],
    ])

    doc.add_heading("Key achievements this period", level=2)
    for txt in ["11,240 Remediable Service Statements (RSS) issued across all four schemes.",
                "Firefighters' calculator release 2.2 passed user acceptance testing.",
                "New remedy pages published on the SPPA website."]:
        doc.add_paragraph(txt, style="List Bullet")

    doc.add_heading("Workstream updates", level=1)
    ws = [
        ("1. Police Pension Scheme", "Retired member statements are 85% complete. The remaining cases involve pension debits or pension sharing orders and need manual calculation.", [
            ("P1", "Issue the remaining Remediable Service Statements to retired police members with pension debits.", "Head of Police & Fire Pensions", "31/03/2026", "A",
             ["Head of Police & Fire Pensions"], "2026-03", None, "amber"),
            ("P2", "Complete quality assurance sampling (10%) of statements issued in December and January.", "Quality Assurance Manager", "w/c 16/02/2026", "G",
             ["Quality Assurance Manager"], "2026-02", None, "green"),
            ("P3", "Process elections received from immediate choice members and pay arrears with interest.", "Payroll Manager / Head of Police & Fire Pensions", "End of April 2026", "G",
             ["Payroll Manager", "Head of Police & Fire Pensions"], "2026-04", None, "green"),
        ]),
        ("2. Firefighters' Pension Scheme", "Calculations for 2006 special members remain blocked pending agreement of the specification.", [
            ("F1", "Agree the calculation specification for 2006 special members with the Scheme Advisory Board.", "Scheme Policy Lead (Fire)", "28/02/2026", "R",
             ["Scheme Policy Lead (Fire)"], "2026-02", None, "red"),
            ("F2", "Test release 2.3 of the firefighters' remedy calculator with the software supplier.", "KM / DR", "March 2026", "A",
             ["KM", "DR"], "2026-03", None, "amber"),
        ]),
        ("3. NHS Pension Scheme (Scotland)", "Active and retired member statements are complete; deferred members are being processed in date-of-birth order.", [
            ("N1", "Issue statements to the remaining 4,200 deferred members.", "Head of NHS Pensions", "30/06/2026", "G",
             ["Head of NHS Pensions"], "2026-06", None, "green"),
            ("N2", "Publish member-facing FAQs and a revised remedy timeline on the SPPA website.", "Communications Manager", "30/01/2026", "B",
             ["Communications Manager"], "2026-01", None, "blue"),
        ]),
        ("4. Teachers' Pension Scheme (Scotland)", "Service record reconciliation with employers is the main constraint.", [
            ("T1", "Reconcile service records for members with breaks in service with the 32 local authority employers.", "Head of Teachers' Pensions", "Jan 2026 – Jun 2026", "A",
             ["Head of Teachers' Pensions"], "2026-06", "Jan 2026 – Jun 2026", "amber"),
            ("T2", "Issue statements to active members as their records are reconciled.", "Head of Teachers' Pensions", "Ongoing", "G",
             ["Head of Teachers' Pensions"], None, "Ongoing", "green"),
        ]),
        ("5. Governance and assurance", "The Auditor General's section 22 report on the 2024-25 audit is due to be considered by the Public Audit Committee on 18 February 2026.", [
            ("G1", "Provide a progress update to the Finance and Public Administration Committee.", "Chief Executive", "Monthly", "G",
             ["Chief Executive"], None, "Monthly", "green"),
            ("G2", "Prepare the management response to the section 22 report, including a costed recovery plan.", "Director of Finance and Corporate Governance", "31 March 2026", "A",
             ["Director of Finance and Corporate Governance"], "2026-03", None, "amber"),
        ]),
    ]
    expected = []
    for heading, narrative, acts in ws:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(narrative)
        p = doc.add_paragraph()
        p.add_run("Actions for next reporting period").bold = True
        t = add_table(doc, ["Ref", "Action / milestone", "Owner", "Due", "RAG"],
                      [[a[0], a[1], a[2], a[3], a[4]] for a in acts])
        for row in t.rows[1:]:
            shade(row.cells[4], RAG_HEX[row.cells[4].text])
        for (ref, text, owner, due, rag, elead, eend, etext, est) in acts:
            expected.append(act(ref, [heading], text, elead, eend, est, end_text=etext))

    doc.add_heading("Top risks and issues", level=1)
    add_table(doc, ["ID", "Risk / issue", "Rating", "Trend"], [
        ["RI-03", "Retention of temporary administrators beyond March 2026", "High", "Stable"],
        ["RI-07", "Dependency on employer data returns for the Teachers' scheme", "High", "Worsening"],
        ["RI-11", "Calculator defects identified late in testing", "Medium", "Improving"],
    ])
    doc.add_heading("Decisions required from the Board", level=1)
    doc.add_paragraph("1. Note the re-baselined timeline for the Firefighters' scheme.")
    doc.add_paragraph("2. Approve the extension of temporary staff contracts to 30 September 2026.")
    doc.save(out(name))

    write_yaml(name, {
        "source": "Imitates a programme highlight report to a programme board for the public service pensions 'McCloud' remedy (Scottish Public Pensions Agency, January 2026; context from the Auditor General's section 22 report on the SPPA 2024-25 audit and the Scottish Parliament committee evidence). Copied features: OFFICIAL-SENSITIVE running header, Title paragraph and reporting period line, document control table, overall status table with previous/current RAG letters and shading, RAG key table, achievements bullets, one section per workstream (scheme) with narrative and a bold label over an actions table (Ref, Action / milestone, Owner, Due, RAG), risks and issues table, decisions list.",
        "reads": "A highlight report whose actions sit in five workstream tables, one under each numbered workstream heading. Each row has a ref, the action, an owner (a post, two posts, or two sets of initials), a due date in varied forms (date, w/c, 'End of April 2026', a month, a period, Ongoing, Monthly) and a RAG letter; B is complete. The document control, status, key and risk tables are not actions. Eleven actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. PA Housing - board action log (docx)
# ---------------------------------------------------------------------------
def pa_housing():
    name = "zul-pa-housing-board-action-log.docx"
    title = "PA Housing Board – Action Log"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    add_table(doc, ["Report to", "Meeting date", "Author", "Purpose"], [
        ["Board (Part A)", "25 September 2025", "Company Secretary", "For assurance"],
    ], header_fill="3B3B6D")
    doc.add_paragraph("")
    doc.add_paragraph(
        "The table below lists actions arising from Board meetings that are open, or that have been completed since the "
        "last meeting. Completed actions will be removed from the log once noted by the Board.")

    meetings = [
        ("Board meeting – 27 March 2025", [
            ("B25/018", "Provide the Board with a deep-dive on damp and mould case closure times, including all cases open longer than 12 weeks.",
             "Executive Director of Property Services", "June 2025\nRevised: September 2025", "Complete",
             "Deep-dive presented at item 7 of this agenda.",
             ["Executive Director of Property Services"], "2025-09", "blue"),
            ("B25/022", "Circulate the revised Treasury Management Policy to members ahead of approval by written resolution.",
             "Chief Financial Officer", "30/04/2025", "Complete",
             "Approved by written resolution 9 May 2025.",
             ["Chief Financial Officer"], "2025-04", "blue"),
        ]),
        ("Board meeting – 26 June 2025", [
            ("B25/041", "Commission an external governance effectiveness review against the NHF Code of Governance 2020.",
             "Company Secretary", "31/12/2025", "Green",
             "Three firms invited to quote; appointment at the October Governance Committee.",
             ["Company Secretary"], "2025-12", "green"),
            ("B25/043", "Report back on the outcome of the tenant satisfaction measures (TSM) validation exercise.",
             "Director of Customer Experience", "September 2025\nRevised: November 2025", "Amber",
             "External validation delayed by the survey contractor; results due mid-October.",
             ["Director of Customer Experience"], "2025-11", "amber"),
            ("B25/047", "Arrange Board training on the Regulator of Social Housing's Consumer Standards and the inspection process.",
             "Company Secretary/Director of Customer Experience", "October 2025", "Green",
             "Session with external trainer booked for 16 October 2025.",
             ["Company Secretary", "Director of Customer Experience"], "2025-10", "green"),
        ]),
        ("Board strategy day – 31 July 2025", [
            ("B25/055", "Update the long-term financial plan stress tests to include a combined high inflation and high interest rate scenario.",
             "CFO", "25/09/2025", "Complete",
             "Included in the LTFP paper at item 9.",
             ["CFO"], "2025-09", "blue"),
            ("B25/058", "Bring a proposal for the 2026-29 development programme, including the balance between social rent and shared ownership.",
             "Executive Director of Development", "27/11/2025", "Green",
             "",
             ["Executive Director of Development"], "2025-11", "green"),
            ("B25/060", "Agree with the Chair of the Audit & Risk Committee a timetable for the deep-dive reviews of strategic risks.",
             "Head of Risk & Assurance", "Ongoing", "Green",
             "Deep-dive schedule to be tabled at ARC in November.",
             ["Head of Risk & Assurance"], None, "green"),
        ]),
    ]
    hdr = ["Minute ref", "Action", "Lead", "Due date", "Status", "Update"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "D9D9D9")
    status_hex = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    expected = []
    for mname, acts in meetings:
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        set_cell(m, mname, bold=True)
        shade(m, "DDEBF7")
        for (ref, text, lead, due, status, upd, elead, eend, est) in acts:
            cells = t.add_row().cells
            for j, v in enumerate([ref, text, lead, due, status, upd]):
                set_cell(cells[j], v)
            shade(cells[4], status_hex[status])
            end_text = "Ongoing" if eend is None else None
            expected.append(act(ref, [mname], text, elead, eend, est, end_text=end_text))
    doc.add_paragraph("")
    doc.add_paragraph(
        "Status key: Complete – action closed and will be removed from the log; Green – on track; "
        "Amber – revised date proposed; Red – overdue with no agreed revised date.")
    doc.add_paragraph("Recommendation: the Board is asked to note progress and agree the revised dates shown.")
    doc.save(out(name))

    write_yaml(name, {
        "source": "Imitates a housing association's Board action log presented as a standing item at each Board meeting (PA Housing, Leicester, September 2025; layout after published housing association and NHS board action logs). Copied features: Title paragraph, cover table (report to / date / author / purpose), introductory paragraph, one action table with shaded merged rows naming each meeting, minute references as refs, job-title and abbreviated leads including two posts joined by '/', original and revised due dates in one cell, status word with matching cell shading, status key and recommendation lines after the table.",
        "reads": "A single table of Board actions grouped under three meeting rows. Each action has a minute ref, a lead post, a due date (where a revised date is shown in the same cell, that is the end) and a status of Complete, Green or Amber, read with the key below the table (Complete = blue). Eight actions; the cover table is not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Central YMCA - ICO monetary penalty action plan (csv, refuse)
# ---------------------------------------------------------------------------
def central_ymca():
    name = "zul-central-ymca-ico-monetary-penalty-data-protection-action-plan-typo-month-refuse.csv"
    title = "Central YMCA – Data Protection Improvement Action Plan (ICO Monetary Penalty Notice and Reprimand, April 2024)"
    ncol = 9
    rows = [
        [title] + [""] * (ncol - 1),
        ["Owner: Data Protection Officer. Reported to: Audit & Risk Committee. Last updated 09/12/2024"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Ref", "Area", "ICO finding", "Action", "Lead", "Target date", "Revised date", "RAG", "Progress update"],
        ["1.1", "1. Bulk email communications", "Staff used the CC field to send emails containing special category data",
         "Block the use of CC for external distribution lists in Outlook and route all group emails through the CRM mailing tool",
         "Head of IT", "31/05/2024", "", "Complete", "Transport rule applied 22/05/2024"],
        ["1.2", "", "",
         "Move Positive Health programme communications to the secure bulk email platform",
         "Head of IT; Positive Health Programme Manager", "Sept 2024", "30/11/2024", "Green", "Platform configured; first mailing sent 14/11/2024"],
        ["2.1", "2. Training and awareness", "Data protection training was not role-specific and completion was not monitored",
         "Roll out mandatory role-based data protection e-learning for all staff and volunteers who handle health data",
         "People Director", "31/07/2024", "", "Complete", "Completion rate 96%"],
        ["2.2", "", "",
         "Report training completion rates to the Audit & Risk Committee",
         "Data Protection Officer", "Quarterly", "", "Green", ""],
        ["3.1", "3. Breach management", "The breach was identified through complaints and the recall attempt caused a second disclosure",
         "Revise the personal data breach procedure with a step-by-step guide for misdirected emails, including what not to do",
         "Data Protection Officer", "Febuary 2025", "", "Amber", "Draft with Legal for review"],
        ["3.2", "", "",
         "Run a breach response tabletop exercise with the Senior Leadership Team",
         "Data Protection Officer", "Mar-25", "", "Green", ""],
        ["4.1", "4. Policies and governance", "Policies did not address the heightened risk of processing special category data",
         "Complete a DPIA for the Positive Health programme and all other services that process health data",
         "Data Protection Officer; Head of Health & Wellbeing", "30/09/2024", "31/01/2025", "Amber", "DPIA for Positive Health signed off; two services outstanding"],
        ["4.2", "", "",
         "Appoint a trustee lead for information governance and add data protection to the corporate risk register",
         "Chief Executive", "31/10/2024", "", "Complete", "Trustee lead appointed 17/10/2024"],
        [""] * ncol,
        ["RAG key: Complete = action closed and evidenced; Green = on track; Amber = at risk; Red = overdue"] + [""] * (ncol - 1),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for rr in rows:
        w.writerow(rr)
    text = buf.getvalue()
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    lines = text.split("\r\n")
    refuse_line = next(i + 1 for i, ln in enumerate(lines) if "Febuary 2025" in ln)
    assert refuse_line == 9, refuse_line

    write_yaml(name, {
        "source": "Imitates a charity's improvement action plan following an ICO monetary penalty notice and reprimand (Central YMCA, 2024: ICO penalty of £7,500 issued April 2024 after Positive Health programme emails were sent with recipients in CC), kept in Excel and saved as CSV for the Audit & Risk Committee pack. Copied features: title and owner/update lines above the header, ref / area / ICO finding / action columns with the area and finding given only on the first row of each group, two leads separated by ';', original and revised dates in mixed forms (dd/mm/yyyy, 'Sept 2024', 'Mar-25', 'Quarterly'), RAG words, a key line at the foot.",
        "reads": "An eight-action plan in four numbered areas, each answering an ICO finding. The target date of action 3.1 on line 9 reads 'Febuary 2025', a mistyped month, so a careful reader stops and asks what date was meant before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": title,
    })
    return name, 0


# ---------------------------------------------------------------------------
# 7. Holt Town Council - action log (tab-separated txt)
# ---------------------------------------------------------------------------
def holt_tc():
    name = "zul-holt-town-council-action-log-2025-26.txt"
    title = "Holt Town Council – Action Log 2025-26"
    lines = [
        title,
        "Updated by the Town Clerk for the Full Council meeting on 13 October 2025",
        "Status key: G = on track   A = delayed   R = overdue/stalled   C = complete (to be removed once noted)",
        "",
        "\t".join(["Min Ref", "Meeting", "Action", "Responsible", "Deadline", "Status", "Notes"]),
    ]
    sections = [
        ("FULL COUNCIL", [
            ("FC25/034", "12.05.25", "Publish the 2024-25 AGAR, the notice of the period for the exercise of public rights and the internal auditor's report on the website.",
             "Town Clerk", "30.06.25", "C", "Published 16.06.25", ["Town Clerk"], "2025-06", "blue"),
            ("FC25/051", "09.06.25", "Obtain three quotes for replacement of the Millennium Clock mechanism.",
             "Deputy Clerk", "Sept 2025", "A", "Two quotes received; third contractor not responding", ["Deputy Clerk"], "2025-09", "amber"),
            ("FC25/063", "14.07.25", "Write to Norfolk County Council Highways requesting a speed survey on Norwich Road.",
             "Cllr Hudson & Cllr Perry", "31.08.25", "C", "Letter sent 04.08.25; survey booked for November", ["Cllr Hudson", "Cllr Perry"], "2025-08", "blue"),
            ("FC25/078", "08.09.25", "Review Standing Orders and Financial Regulations against the 2025 NALC model documents and bring revisions to Council.",
             "Town Clerk/RFO", "Dec 2025", "G", "", ["Town Clerk", "RFO"], "2025-12", "green"),
        ]),
        ("FINANCE & GENERAL PURPOSES COMMITTEE", [
            ("FGP25/012", "23.06.25", "Prepare the draft 2026-27 budget and precept proposal for the committee.",
             "RFO", "Jan 2026", "G", "Budget working group meets 04.11.25", ["RFO"], "2026-01", "green"),
            ("FGP25/019", "22.09.25", "Renew the council's insurance and confirm cover for the new skate park.",
             "Town Clerk", "30.09.25", "R", "Broker awaiting the post-installation inspection report", ["Town Clerk"], "2025-09", "red"),
            ("FGP25/020", "22.09.25", "Record the quarterly bank reconciliation in the committee minutes, as recommended by the internal auditor.",
             "RFO", "Ongoing", "G", "", ["RFO"], None, "green"),
        ]),
        ("AMENITIES & OPEN SPACES COMMITTEE", [
            ("AOS25/007", "02.06.25", "Arrange the annual independent play area inspection for Spout Hills and Kerridge Way.",
             "Deputy Clerk", "July 2025", "C", "Report received; two low-risk items repaired", ["Deputy Clerk"], "2025-07", "blue"),
            ("AOS25/015", "01.09.25", "Agree a planting scheme for the High Street planters with Holt in Bloom.",
             "Cllr Mitchell, Cllr Taylor", "Mar 2026", "G", "", ["Cllr Mitchell", "Cllr Taylor"], "2026-03", "green"),
        ]),
    ]
    expected = []
    for sname, acts in sections:
        lines.append(sname)
        for (ref, mtg, text, resp, deadline, st, notes, elead, eend, est) in acts:
            lines.append("\t".join([ref, mtg, text, resp, deadline, st, notes]))
            end_text = "Ongoing" if eend is None else None
            expected.append(act(ref, [sname], text, elead, eend, est, end_text=end_text))
        lines.append("")
    lines.append("Items marked C will be removed from the log once noted by Council.")
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_yaml(name, {
        "source": "Imitates a town council's action log kept by the Town Clerk and taken to each Full Council meeting (Holt Town Council, Norfolk, 2025-26; layout after published parish and town council action logs), exported from Excel as tab-separated text. Copied features: title line, 'updated by' line, status key line (C = complete), header row, a capitalised line per committee, minute references, meeting dates in dd.mm.yy, responsible officers and councillors (two joined by '&', '/' or ','), deadlines as dates, months and 'Ongoing', letter statuses, notes column, closing note.",
        "reads": "A tab-separated action log in three committee sections (Full Council, Finance & General Purposes, Amenities & Open Spaces). Each row is an action with a minute ref, the meeting date, who is responsible, a deadline and a status letter read with the key (G/A/R, C = complete). Nine actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    made = [revenue_scotland(), consumer_council_ni(), groundwork_uk(), sppa(), pa_housing(), central_ymca(), holt_tc()]
    for n, k in made:
        print(f"{n}\t{k} actions")
