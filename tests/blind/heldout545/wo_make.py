#!/usr/bin/env python
"""Build the seven `wo-` cases of set heldout545 (data files and their expected readings).

Run with /work/main/.venv/bin/python wo_make.py  (writes only files whose names start with `wo-`).
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def out(name):
    assert name.startswith("wo-") or name.startswith("wo_"), name
    return os.path.join(HERE, name)


def write_expected(name, exp):
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(exp, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------------------------
# 1. City of Doncaster Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------------------------
def doncaster():
    name = "wo-city-of-doncaster-council-internal-audit-recommendations-tracker.xlsx"
    title = "City of Doncaster Council – Internal Audit Outstanding Recommendations Tracker"
    CR, PL, AH = "Corporate Resources", "Place", "Adults, Health and Wellbeing"
    # (audit heading, [(ref, directorate, priority, action, lead cell, orig, revised, status word, update)])
    audits = [
        ("Payroll and Starters / Leavers 2024/25 – Limited Assurance", [
            ("PAY-01", CR, "High",
             "Introduce a monthly reconciliation of leavers notified by managers against payroll "
             "terminations, with exceptions reported to the Head of HR and OD.",
             "Payroll Manager / HR Business Partner", d(2025, 3, 31), d(2025, 11, 30), "Amber",
             "Reconciliation designed and run manually for July and August. Automated report "
             "from the HR system to follow once the upgrade is live."),
            ("PAY-02", CR, "Medium",
             "Remind all budget managers that overtime claims must be authorised in the system "
             "before the payroll cut-off date, and issue guidance through the managers' bulletin.",
             "Head of HR and OD", d(2025, 4, 30), None, "Blue",
             "Guidance issued in the May bulletin. Internal Audit verified in August 2025 – "
             "to be removed from the next report."),
        ]),
        ("Debt Recovery (Sundry Debtors) 2024/25 – Reasonable Assurance", [
            ("DR-01", CR, "Medium",
             "Review all sundry debts over 12 months old and submit those considered "
             "irrecoverable for write-off in line with the Financial Procedure Rules.",
             "Head of Revenues and Benefits", d(2025, 6, 30), d(2026, 1, 31), "Amber",
             "Review of 1,142 debts under way. Write-off report planned for Cabinet in "
             "January 2026."),
            ("DR-02", CR, "Medium",
             "Update the Corporate Debt Policy to reflect the new vulnerability assessment "
             "process and publish it on the intranet.",
             "L. Whitworth", d(2025, 9, 30), None, "Green",
             "Draft policy with Legal Services for comment. On track."),
        ]),
        ("Cyber Security – Patch Management 2024/25 – Limited Assurance", [
            ("ICT-01", CR, "High",
             "Apply critical security patches to all servers within 14 days of release and "
             "report compliance monthly to the Information Governance Board.",
             "Asst. Director – Digital and ICT", d(2025, 5, 31), d(2025, 10, 31), "Green",
             "Compliance 94% in September. Monthly reporting in place since July."),
            ("ICT-02", CR, "Medium",
             "Decommission or isolate the 11 unsupported Windows Server 2012 devices identified "
             "during the audit.",
             "ICT Infrastructure Manager", d(2025, 7, 31), "Q4 2025/26", "Red",
             "Seven devices decommissioned. The remaining four support the legacy housing "
             "system and cannot be removed until the migration completes."),
        ]),
        ("Highways Term Maintenance Contract 2024/25 – Limited Assurance", [
            ("HW-01", PL, "High",
             "Carry out a monthly sample check of completed jobs before payment is authorised, "
             "including photographic evidence of the repair.",
             "Head of Highways Operations; Contract Manager", d(2025, 3, 31), d(2025, 12, 31),
             "Red",
             "Sample checks started in June but were not completed in August or September "
             "because of staff vacancies. Revised date agreed with the Director."),
            ("HW-02", PL, "Medium",
             "Agree a revised schedule of rates with the contractor and report the variation to "
             "the Contracts Board.",
             "Head of Highways Operations", d(2025, 9, 30), None, "Amber",
             "Negotiations ongoing; report drafted for the October Contracts Board."),
        ]),
        ("Direct Payments 2024/25 – Reasonable Assurance", [
            ("DP-01", AH, "Medium",
             "Complete annual reviews of direct payment accounts for all recipients, "
             "prioritising the 63 accounts holding surplus balances over £5,000.",
             "Direct Payments Team Manager", d(2026, 3, 31), None, "Green",
             "31 of the 63 priority accounts reviewed; £212k recovered to date."),
        ]),
    ]
    expect = [
        ("PAY-01", ["Payroll Manager", "HR Business Partner"], "2025-11", "amber"),
        ("PAY-02", ["Head of HR and OD"], "2025-04", "blue"),
        ("DR-01", ["Head of Revenues and Benefits"], "2026-01", "amber"),
        ("DR-02", ["L. Whitworth"], "2025-09", "green"),
        ("ICT-01", ["Asst. Director – Digital and ICT"], "2025-10", "green"),
        ("ICT-02", ["ICT Infrastructure Manager"], "2026-03", "red"),
        ("HW-01", ["Head of Highways Operations", "Contract Manager"], "2025-12", "red"),
        ("HW-02", ["Head of Highways Operations"], "2025-09", "amber"),
        ("DP-01", ["Direct Payments Team Manager"], "2026-03", "green"),
    ]

    wb = Workbook()
    # --- Summary sheet (not the plan)
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary of outstanding high and medium priority recommendations at 30 September 2025"
    hdr = ["Directorate", "Red", "Amber", "Green", "Blue", "Total"]
    for c, h in enumerate(hdr, 1):
        cell = sm.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
    rows = [(CR, 1, 2, 2, 1), (PL, 1, 1, 0, 0), (AH, 0, 0, 1, 0)]
    r = 5
    for name_, rr, aa, gg, bb in rows:
        vals = [name_, rr, aa, gg, bb, rr + aa + gg + bb]
        for c, v in enumerate(vals, 1):
            sm.cell(row=r, column=c, value=v).border = BOX
        r += 1
    tot = ["Total", 2, 3, 3, 1, 9]
    for c, v in enumerate(tot, 1):
        cell = sm.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    sm.cell(row=r + 2, column=1,
            value="Recommendations marked Blue have been verified as implemented and will be "
                  "removed from the next report.")
    sm.column_dimensions["A"].width = 34

    # --- Tracker sheet (the plan)
    ws = wb.create_sheet("Outstanding Recs")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to Audit Committee, 23 October 2025 – position at 30 September 2025"
    ws["A3"] = ("Only high and medium priority recommendations are shown. Low priority actions are "
                "followed up by Internal Audit and reported by exception.")
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Directorate", "Priority", "Agreed Management Action", "Responsible Officer",
             "Original Target Date", "Revised Target Date", "Status",
             "Progress Update (September 2025)"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 6
    status_fill = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE}
    actions = []
    ei = 0
    for heading, recs in audits:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=heading)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        r += 1
        for ref, dirn, prio, act, lead, orig, rev, st, upd in recs:
            vals = [ref, dirn, prio, act, lead, orig, rev, st, upd]
            for col, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(status_fill[st])
            eref, elead, eend, est = expect[ei]
            assert eref == ref
            actions.append(A(ref, [heading], act, elead, eend, est))
            ei += 1
            r += 1
    widths = [9, 18, 9, 60, 28, 13, 13, 9, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"

    # --- Key sheet (not the plan)
    ky = wb.create_sheet("Key")
    ky["A1"] = "Status key"
    ky["A1"].font = Font(bold=True)
    key = [("Blue", "Implemented – verified by Internal Audit", BLUE),
           ("Green", "On track to meet the (revised) target date", GREEN),
           ("Amber", "Minor slippage – revised target date agreed", AMBER),
           ("Red", "Target date missed, or no update received", RED)]
    for i, (k, v, col) in enumerate(key, 2):
        ky.cell(row=i, column=1, value=k).fill = fill(col)
        ky.cell(row=i, column=2, value=v)
    ky["A8"] = "Priority definitions"
    ky["A8"].font = Font(bold=True)
    ky["A9"] = "High"
    ky["B9"] = "Fundamental control weakness – action required within three months"
    ky["A10"] = "Medium"
    ky["B10"] = "Important control weakness – action required within six months"
    ky["A11"] = "Low"
    ky["B11"] = "Desirable improvement – followed up by Internal Audit only"
    ky.column_dimensions["B"].width = 70
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates a district/metropolitan council internal audit follow-up report to Audit "
                   "Committee of the kind City of Doncaster Council publishes (outstanding "
                   "high/medium recommendations, 2024/25 audits, reported autumn 2025). Copied "
                   "features: summary sheet with RAG totals by directorate before the tracker, title "
                   "and position-date rows, audit-title band rows (with assurance opinion) over the "
                   "agreed actions, directorate and priority columns, original and revised target "
                   "dates, status word with fill, progress update column, separate key sheet."),
        "reads": ("A workbook whose second sheet lists nine agreed management actions from five "
                  "2024/25 audits, each band row naming the audit and its assurance opinion. Where a "
                  "revised target date is given it replaces the original; status is the RAG word. "
                  "The Summary and Key sheets hold totals and definitions, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------------------------
# 2. Stockport Council - corporate risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------------------------
def stockport():
    name = "wo-stockport-council-corporate-risk-register-2025-26.xlsx"
    title = "Stockport Metropolitan Borough Council – Corporate Risk Register 2025/26"
    risks = [
        ("CR01: Financial sustainability – the Council is unable to set a balanced budget over the "
         "Medium Term Financial Plan period",
         "Deputy Chief Executive", "20 (4x5)", "12", "↔", [
             ("CR01.1", "Deliver the 2025/26 savings programme of £14.2m and report progress monthly "
                        "to the Corporate Leadership Team.",
              "Assistant Director – Finance", d(2026, 3, 31), "A", "A",
              "£9.8m forecast to be delivered; £4.4m rated amber with mitigations being developed.",
              ["Assistant Director – Finance"], "2026-03", "amber", None),
             ("CR01.2", "Refresh the Medium Term Financial Plan for 2026/27 to 2028/29 and present "
                        "it to Cabinet.",
              "Assistant Director – Finance", "Feb-26", "G", "G",
              "Budget assumptions agreed by CLT in September.",
              ["Assistant Director – Finance"], "2026-02", "green", None),
             ("CR01.3", "Review the level of reserves against the risk-based reserves strategy.",
              "Deputy Chief Executive / Director of Finance (S151)", "Quarterly", "G", "G",
              "Q2 review complete; no change to the minimum level of general balances.",
              ["Deputy Chief Executive", "Director of Finance (S151)"], None, "green", "Quarterly"),
         ]),
        ("CR02: High Needs Block – the Dedicated Schools Grant deficit continues to grow because "
         "demand for specialist SEND provision exceeds funding",
         "Director of Education", "16 (4x4)", "9", "↑", [
             ("CR02.1", "Deliver the Delivering Better Value in SEND programme actions agreed with "
                        "the Department for Education.",
              "Head of SEND and Inclusion", d(2026, 8, 31), "A", "A",
              "Two of five workstreams on track; EHCP demand 11% above plan.",
              ["Head of SEND and Inclusion"], "2026-08", "amber", None),
             ("CR02.2", "Open 60 additional resourced provision places at three mainstream "
                        "secondary schools.",
              "Head of School Organisation", "September 2025", "A", "Complete",
              "All 60 places open from the start of the autumn term.",
              ["Head of School Organisation"], "2025-09", "blue", None),
         ]),
        ("CR03: Cyber security – loss of systems or data following a successful cyber attack",
         "Chief Digital Officer", "15 (3x5)", "10", "↓", [
             ("CR03.1", "Achieve Cyber Essentials Plus re-certification.",
              "Head of ICT Security", d(2025, 11, 30), "G", None,
              "Assessment booked for 10 November.",
              ["Head of ICT Security"], "2025-11", "green", None),
             ("CR03.2", "Run a cyber incident exercise with the Corporate Leadership Team and test "
                        "the business continuity plans of critical services.",
              "Head of ICT Security & Emergency Planning Manager", "Dec-25", "A", "G",
              "Exercise date fixed for 3 December with the GM Resilience Unit.",
              ["Head of ICT Security", "Emergency Planning Manager"], "2025-12", "green", None),
         ]),
        ("CR04: Temporary accommodation – demand for temporary accommodation exceeds supply, "
         "increasing cost and the use of bed and breakfast",
         "Director of Place", "20 (5x4)", "12", "↔", [
             ("CR04.1", "Acquire 40 additional units of council-owned temporary accommodation "
                        "through the TA acquisition programme.",
              "Head of Housing Options", d(2026, 3, 31), "R", "R",
              "14 units completed; purchases delayed by survey results on two blocks.",
              ["Head of Housing Options"], "2026-03", "red", None),
             ("CR04.2", "End the use of bed and breakfast for families for longer than six weeks.",
              "Head of Housing Options", "Ongoing", "R", "A",
              "Three families over six weeks at 30 September (nine at 30 June).",
              ["Head of Housing Options"], None, "amber", "Ongoing"),
         ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q2 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Quarter 2 update (July – September 2025) – reported to Audit Committee, "
                "20 November 2025")
    heads = ["Risk", "Risk Owner", "Current Score (L x I)", "Target Score", "Direction of Travel",
             "Ref", "Mitigating Action", "Action Owner", "Due Date", "Q1 RAG", "Q2 RAG",
             "Commentary"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("5B2C6F")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 5
    actions = []
    for risk, owner, cur, tgt, dot, acts in risks:
        top = r
        for ref, act, lead_cell, due, q1, q2, comm, elead, eend, est, etext in acts:
            vals = [None, None, None, None, None, ref, act, lead_cell, due, q1, q2, comm]
            for col, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=10).fill = fill(FILL[q1])
            ws.cell(row=r, column=11).fill = fill(BLUE if q2 == "Complete" else FILL[q2 or "G"])
            actions.append(A(ref, [risk], act, elead, eend, est, end_text=etext))
            r += 1
        for col, v in zip(range(1, 6), [risk, owner, cur, tgt, dot]):
            ws.cell(row=top, column=col, value=v)
            ws.cell(row=top, column=col).alignment = Alignment(wrap_text=True, vertical="top")
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
        ws.cell(row=top, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1,
            value="Scores are likelihood x impact on a 5 x 5 matrix – see the Scoring Matrix tab. "
                  "Action RAG: G on track, A at risk, R off track, Complete = delivered.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths = [42, 20, 12, 9, 10, 8, 55, 30, 12, 8, 10, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    mx = wb.create_sheet("Scoring Matrix")
    mx["A1"] = "Risk scoring matrix (likelihood x impact)"
    mx["A1"].font = Font(bold=True)
    for i in range(1, 6):
        mx.cell(row=2, column=i + 1, value=i)
        mx.cell(row=2 + i, column=1, value=6 - i)
        for j in range(1, 6):
            s = (6 - i) * j
            cell = mx.cell(row=2 + i, column=1 + j, value=s)
            cell.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
    mx["A9"] = "15–25 Red: corporate risk, reviewed monthly by CLT"
    mx["A10"] = "8–12 Amber: directorate risk, reviewed quarterly"
    mx["A11"] = "1–6 Green: service risk, managed locally"
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates a metropolitan council corporate risk register appendix to Audit "
                   "Committee as published by Stockport MBC and its Greater Manchester neighbours "
                   "(2025/26, quarterly update). Copied features: title and reporting-period rows, "
                   "risk cell (ref and title) merged down over its mitigating actions with owner, "
                   "current and target scores and direction-of-travel arrow also merged, action refs, "
                   "action owners as job titles, mixed due-date forms (dates, Feb-26, Quarterly, "
                   "Ongoing), Q1 and Q2 RAG columns with fill (one Q2 cell fill only), a scoring "
                   "matrix sheet."),
        "reads": ("Four corporate risks, each with two or three mitigating actions listed beside "
                  "the merged risk cell, nine actions in all. The action's RAG is the Q2 (current) "
                  "column; 'Complete' means delivered. The notes line and the Scoring Matrix sheet "
                  "are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------------------------
# 3. Thurrock Council - corporate plan delivery plan 2025/26 (xlsx, typo month -> refuse)
# ---------------------------------------------------------------------------------------------
def thurrock():
    name = "wo-thurrock-council-corporate-delivery-plan-2025-26-typo-month-refuse.xlsx"
    title = "Thurrock Council – Corporate Plan Delivery Plan 2025/26"
    plan = [
        ("Priority 1: People – high quality, consistent and accessible services that are right "
         "first time", [
             ("1.1", "Reduce the number of children placed in external residential care by opening "
                     "two new in-house children's homes.",
              "Director of Children's Services", "Mar-26", "Children and Families", "Amber",
              "First home registered with Ofsted in September; second home in refurbishment."),
             ("1.2", "Implement the adult social care locality model in Grays, Tilbury and Purfleet, "
                     "bringing together social work, health and voluntary sector teams.",
              "Strategic Lead – Integrated Localities", d(2025, 12, 31), "Adults and Health",
              "Green", "Grays and Tilbury teams co-located; Purfleet from November."),
             ("1.3", "Launch the Family Hubs offer in all four localities.",
              "Assistant Director – Early Help", "Sep-25", "Children and Families", "Complete",
              "All four hubs open; launch events held in September."),
         ]),
        ("Priority 2: Place – a heritage-rich, clean and safe borough", [
            ("2.1", "Roll out weekly food waste collections to all households.",
             "Head of Waste and Street Scene", "Apr-26", "Environment", "Green",
             "Vehicles ordered; caddies delivered to 40% of households."),
            ("2.2", "Complete the examination of the new Local Plan and take it to Full Council for "
                    "adoption.",
             "Assistant Director – Planning", "Febuary 2026", "Planning and Regeneration", "Amber",
             "Inspector's main modifications consultation closes in November."),
            ("2.3", "Deliver the 2025/26 highways resurfacing programme (42 schemes).",
             "Highways Manager", d(2026, 3, 31), "Highways and Transport", "Green",
             "24 of 42 schemes complete."),
        ]),
        ("Priority 3: Prosperity – a thriving economy with skills and jobs for local people", [
            ("3.1", "Agree the Thames Freeport skills and employment plan with partners.",
             "Head of Economic Development and Skills", "Q3 2025/26", "Regeneration", "Green",
             "Draft plan shared with the Freeport board."),
            ("3.2", "Increase by 10% the number of residents supported into work through the "
                    "Inspire service.",
             "Head of Inspire", "Ongoing", "Regeneration", "Amber",
             "Q2 job outcomes 4% above last year."),
        ]),
        ("Priority 4: A well-run organisation – Improvement and Recovery Plan", [
            ("4.1", "Deliver the 2025/26 savings plan within the Exceptional Financial Support "
                    "envelope agreed with government.",
             "Section 151 Officer", d(2026, 3, 31), "Finance", "Red",
             "£3.1m of savings at risk; recovery actions agreed by the Executive Team."),
            ("4.2", "Publish the quarterly Improvement and Recovery Plan progress report to the "
                    "Commissioners and Cabinet.",
             "Director of Strategy and Performance", "Quarterly", "Leader", "Green",
             "Q1 report published in September."),
        ]),
    ]
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    ctl = [("Document", "Corporate Plan Delivery Plan 2025/26 – Q2 monitoring"),
           ("Version", "2.1"),
           ("Owner", "Strategy and Performance Team"),
           ("Approved", "Cabinet, 9 July 2025"),
           ("Last updated", "17 October 2025"),
           ("Next review", "Q3 report to Cabinet, February 2026")]
    for i, (k, v) in enumerate(ctl, 3):
        cv.cell(row=i, column=1, value=k).font = Font(bold=True)
        cv.cell(row=i, column=2, value=v)
        cv.cell(row=i, column=1).border = BOX
        cv.cell(row=i, column=2).border = BOX
    cv["A11"] = "Status key"
    cv["A11"].font = Font(bold=True)
    for i, (k, v, col) in enumerate([("Complete", "Action delivered", BLUE),
                                      ("Green", "On track", GREEN),
                                      ("Amber", "At risk – mitigation in place", AMBER),
                                      ("Red", "Off track – escalated to Executive Team", RED)], 12):
        cv.cell(row=i, column=1, value=k).fill = fill(col)
        cv.cell(row=i, column=2, value=v)
    cv.column_dimensions["A"].width = 16
    cv.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 progress report (to 30 September 2025)"
    heads = ["Ref", "Key Action", "Lead Officer", "Portfolio", "Target Date", "Q2 Status",
             "Q2 Update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00594F")
        cell.border = BOX
    sfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 5
    typo_row = None
    for band, acts in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2E8B57")
        r += 1
        for ref, act, lead, due, port, st, upd in acts:
            for col, v in enumerate([ref, act, lead, port, due, st, upd], 1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = fill(sfill[st])
            if due == "Febuary 2026":
                typo_row = r
            r += 1
    assert typo_row == 11, typo_row
    for i, w in enumerate([6, 60, 34, 24, 14, 11, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates a unitary council corporate plan delivery plan with quarterly "
                   "monitoring, as Thurrock Council reports to Cabinet under its Improvement and "
                   "Recovery Plan (2025/26). Copied features: cover sheet with document-control "
                   "table and status key, priority band rows (merged, filled) over numbered key "
                   "actions, lead officer and portfolio columns, mixed target dates (Mar-26, "
                   "dates, Q3 2025/26, Ongoing, Quarterly), Q2 status word with fill and update."),
        "reads": ("A delivery plan of ten key actions under four corporate priorities. Action 2.2 "
                  "on sheet 'Delivery Plan' row 11 has the target date 'Febuary 2026', a mistyped "
                  "month; a careful reader would stop and ask before taking the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 11,
        "title": title,
    })


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold


# ---------------------------------------------------------------------------------------------
# 4. Tameside Safeguarding Children Partnership - LCSPR Child B action plan (docx)
# ---------------------------------------------------------------------------------------------
def tameside():
    name = "wo-tameside-safeguarding-children-partnership-cspr-child-b-action-plan.docx"
    title = "Tameside Safeguarding Children Partnership – LCSPR Child B: Multi-agency Action Plan"
    R1 = ("Recommendation 1: TSCP partners should ensure that practitioners routinely consider and "
          "record the role of fathers and male carers in assessments and plans, including men who "
          "are not the child’s biological father.")
    R2 = ("Recommendation 2: The Partnership should seek assurance that safe sleep advice is given "
          "and recorded consistently by all agencies in contact with families of babies under 12 "
          "months, particularly where parents use alcohol or drugs.")
    R3 = ("Recommendation 3: Tameside Council and partners should review how information about "
          "housing moves and temporary accommodation placements is shared with health and "
          "education when a child is subject to a child in need or child protection plan.")
    rows = [
        (R1, "1.1", "Refresh the TSCP ‘Think Family’ practice guidance to include a section on "
                    "engaging fathers and male carers, and relaunch it at the practitioner forum.",
         "TSCP Business Manager", "July 2025",
         "Guidance refreshed and relaunched on 9 July 2025. Practitioner feedback positive.",
         "Blue", ["TSCP Business Manager"], "2025-07", "blue", None),
        (R1, "1.2", "Add a mandatory ‘significant males in the household’ section to the Children’s "
                    "Social Care single assessment template.",
         "Head of Safeguarding and Quality Assurance", "30/09/2025",
         "Template change built; go-live delayed by the case management system release.",
         "Amber",
         ["Head of Safeguarding and Quality Assurance"], "2025-09", "amber", None),
        (R1, "1.3", "Health visiting and school nursing to audit 30 records for evidence that "
                    "fathers were invited to and seen at contacts.",
         "Designated Nurse Safeguarding Children; Named Nurse (Tameside and Glossop ICFT)",
         "Q3 2025/26", "Audit tool agreed; sample drawn.", "Green",
         ["Designated Nurse Safeguarding Children", "Named Nurse (Tameside and Glossop ICFT)"],
         "2025-12", "green", None),
        (R2, "2.1", "Deliver multi-agency safe sleep briefings, using the learning from Child B, to "
                    "early help, housing, substance misuse and children’s social care staff.",
         "TSCP Learning and Development Officer", "By 31 December 2025",
         "Four of six briefings delivered (212 staff).", "Green",
         ["TSCP Learning and Development Officer"], "2025-12", "green", None),
        (R2, "2.2", "Include a safe sleep risk assessment in the adult substance misuse service’s "
                    "initial assessment for parents of children under one.",
         "Public Health Commissioning Manager / Achieve Service Manager", "March 2026",
         "Contract variation agreed in principle; training for recovery workers to be scheduled.",
         "Amber", ["Public Health Commissioning Manager", "Achieve Service Manager"], "2026-03",
         "amber", None),
        (R3, "3.1", "Agree an information-sharing protocol between Housing Options, 0–19 services "
                    "and the Education Welfare Service for families placed in temporary "
                    "accommodation.",
         "Head of Housing Options", "Sept 2025 – Jan 2026",
         "First draft discussed at the Learning and Improvement Subgroup in September.", "Amber",
         ["Head of Housing Options"], "2026-01", "amber", None),
        (R3, "3.2", "Test the protocol through a multi-agency audit of 15 cases and report the "
                    "findings to the Learning and Improvement Subgroup.",
         "TSCP Business Manager & QA Lead", "Ongoing", "", "Not started",
         ["TSCP Business Manager", "QA Lead"], None, "unrated", "Ongoing"),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Review published March 2025. This plan is monitored by the TSCP Learning and "
                      "Improvement Subgroup and reported to the Safeguarding Partnership Executive.")
    doc.add_heading("Document control", level=2)
    t1 = doc.add_table(rows=1, cols=4)
    t1.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_text(t1.rows[0].cells[c], h, bold=True)
    for v in [("0.3", "14/04/2025", "TSCP Business Manager", "Draft for L&I Subgroup"),
              ("1.0", "20/05/2025", "TSCP Business Manager", "Approved by Partnership Executive"),
              ("1.2", "02/10/2025", "TSCP Business Manager", "Q2 progress update")]:
        cells = t1.add_row().cells
        for c, x in enumerate(v):
            cells[c].text = x
    doc.add_paragraph()
    doc.add_heading("RAG rating", level=2)
    t2 = doc.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for k, v, col in [("Blue", "Action complete and impact evidenced", BLUE),
                      ("Green", "On track", GREEN),
                      ("Amber", "Some slippage – revised date agreed", AMBER),
                      ("Red", "Off track", RED)]:
        cells = t2.add_row().cells
        set_text(cells[0], k, bold=True)
        shade(cells[0], col)
        cells[1].text = v
    doc.add_paragraph()
    doc.add_heading("Action plan", level=2)
    heads = ["Recommendation", "Ref", "Action", "Lead", "Target Date",
             "Progress Update (October 2025)", "RAG"]
    t3 = doc.add_table(rows=1, cols=len(heads))
    t3.style = "Table Grid"
    for c, h in enumerate(heads):
        set_text(t3.rows[0].cells[c], h, bold=True)
        shade(t3.rows[0].cells[c], "D9D9D9")
    rag_fill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    actions = []
    groups = []
    for row in rows:
        rec, ref, act, lead, due, upd, rag, elead, eend, est, etext = row
        cells = t3.add_row().cells
        idx = len(t3.rows) - 1
        if not groups or groups[-1][0] != rec:
            groups.append([rec, idx, idx])
        else:
            groups[-1][2] = idx
        for c, v in enumerate([None, ref, act, lead, due, upd, rag], 0):
            if v is not None:
                cells[c].text = v
        if rag in rag_fill:
            shade(cells[6], rag_fill[rag])
        actions.append(A(ref, [rec], act, elead, eend, est, end_text=etext))
    for rec, a, b in groups:
        top = t3.rows[a].cells[0]
        if b > a:
            top = top.merge(t3.rows[b].cells[0])
        set_text(top, rec, bold=True)
    doc.add_paragraph()
    doc.add_paragraph("Completed actions stay on the plan until the Learning and Improvement "
                      "Subgroup has seen evidence of impact.")
    doc.save(out(name))

    write_expected(name, {
        "source": ("Imitates a local child safeguarding practice review multi-agency action plan "
                   "as published by safeguarding children partnerships such as Tameside SCP "
                   "(review published 2025). Copied features: title and review note, document "
                   "control (version history) table, RAG key table with Blue = complete, one plan "
                   "table whose first column holds each recommendation merged down over its "
                   "numbered actions, lead posts (some two per cell), target dates in several "
                   "forms (month, date, quarter, period, Ongoing), progress column, RAG word with "
                   "cell shading, a closing note."),
        "reads": ("Three review recommendations, each answered by two or three numbered actions: "
                  "seven actions in all. The version-history and RAG-key tables are not the plan. "
                  "Action 3.2 has not started and is ongoing, so it has no end month and no rating."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------------------------
# 5. Brighton & Hove City Council - Modernisation Programme highlight report (docx)
# ---------------------------------------------------------------------------------------------
def brighton():
    name = "wo-brighton-and-hove-city-council-modernisation-programme-highlight-report.docx"
    title = "Brighton & Hove City Council – Modernisation Programme Highlight Report"
    W1 = "Workstream 1: Customer Experience"
    W2 = "Workstream 2: Digital Workplace"
    W3 = "Workstream 3: Property and Accommodation"
    streams = [
        (W1, "Head of Customer Services", "Green", [
            ("Launch the new online council tax account, including direct debit sign-up and "
             "e-billing.", "Head of Revenues", "30/09/2025", "10/11/2025", "A",
             "Go-live moved to allow further accessibility testing.",
             ["Head of Revenues"], "2025-11", "amber"),
            ("Move housing repairs reporting to the new customer portal.",
             "Head of Customer Services / Repairs Manager", "31/12/2025", "31/12/2025", "G",
             "User testing with tenants’ panel in November.",
             ["Head of Customer Services", "Repairs Manager"], "2025-12", "green"),
            ("Publish the Customer Promise and service standards for telephone and email "
             "response times.", "Head of Customer Services", "31/08/2025", "29/08/2025",
             "Complete", "Published on the website and intranet.",
             ["Head of Customer Services"], "2025-08", "blue"),
        ]),
        (W2, "Digital Workplace Lead", "Amber", [
            ("Migrate the remaining 1,200 users from legacy file shares to SharePoint Online.",
             "Digital Workplace Lead", "31/10/2025", "w/c 19/01/2026", "R",
             "Paused while permissions in Families, Children and Learning are cleansed.",
             ["Digital Workplace Lead"], "2026-01", "red"),
            ("Replace end-of-life laptops for frontline social care staff (phase 2, 350 devices).",
             "Sam Ahmed and Priya Kaur", "30/11/2025", "30/11/2025", "",
             "212 devices issued.",
             ["Sam Ahmed", "Priya Kaur"], "2025-11", "green"),
        ]),
        (W3, "Head of Property and Design", "Amber", [
            ("Complete the move of Adult Social Care teams from Bartholomew House to Hove Town "
             "Hall.", "Head of Property and Design", "31/01/2026", "March 2026", "A",
             "Fit-out contractor appointed late; move now phased over February and March.",
             ["Head of Property and Design"], "2026-03", "amber"),
            ("Agree the future use of the Moulsecoomb hub building and report the options to "
             "Cabinet.", "Estates Manager", "Q3 2025/26", "Q4 2025/26", "A",
             "Options appraisal to come back to Board in January.",
             ["Estates Manager"], "2026-03", "amber"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.add_paragraph(title, style="Title")
    t0 = doc.add_table(rows=0, cols=2)
    t0.style = "Table Grid"
    for k, v in [("Programme", "Modernisation Programme"),
                 ("Senior Responsible Owner", "Corporate Director – Resources"),
                 ("Programme Manager", "Programme Management Office"),
                 ("Reporting period", "October 2025"),
                 ("Report to", "Modernisation Programme Board, 12 November 2025"),
                 ("Overall RAG", "Amber")]:
        cells = t0.add_row().cells
        set_text(cells[0], k, bold=True)
        cells[1].text = v
        if k == "Overall RAG":
            shade(cells[1], AMBER)
    doc.add_heading("Programme summary", level=1)
    doc.add_paragraph("The programme remains Amber overall. Customer Experience is on track; the "
                      "SharePoint migration has slipped and the Board is asked to agree the revised "
                      "plan. Forecast dates below replace baseline dates where they differ.")
    doc.add_paragraph("RAG: G – on track; A – at risk, recovery plan in place; R – off track, Board "
                      "decision needed; Complete – milestone delivered.")
    heads = ["Milestone", "Owner", "Baseline Date", "Forecast Date", "RAG", "Comment"]
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE, "": GREEN}
    actions = []
    for ws_title, lead, ws_rag, ms in streams:
        doc.add_heading(ws_title, level=2)
        doc.add_paragraph(f"Workstream lead: {lead}    Workstream RAG: {ws_rag}")
        doc.add_paragraph("Key milestones")
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in enumerate(heads):
            set_text(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "DEEAF6")
        for act, owner, base, fc, rag, comm, elead, eend, est in ms:
            cells = t.add_row().cells
            for c, v in enumerate([act, owner, base, fc, rag, comm]):
                cells[c].text = v
            shade(cells[4], rag_fill[rag])
            actions.append(A(None, [ws_title], act, elead, eend, est))
    doc.add_heading("Risks and issues", level=1)
    doc.add_paragraph("Permissions cleansing in Families, Children and Learning is taking longer "
                      "than planned, delaying the SharePoint migration (issue, escalated to Board).",
                      style="List Bullet")
    doc.add_paragraph("Building works at Hove Town Hall depend on listed building consent for the "
                      "new entrance (risk, owned by the Head of Property and Design).",
                      style="List Bullet")
    doc.add_heading("Decisions required from the Board", level=1)
    doc.add_paragraph("Agree the revised SharePoint migration plan and the January 2026 "
                      "completion date.", style="List Number")
    doc.save(out(name))

    write_expected(name, {
        "source": ("Imitates a council transformation programme highlight report to a programme "
                   "board (Brighton & Hove City Council modernisation programme, October 2025 "
                   "period). Copied features: programme header table (SRO, period, overall RAG), "
                   "programme summary, RAG legend line, one section per workstream with a heading, "
                   "lead/RAG line and its own milestone table (baseline and forecast dates, RAG "
                   "letter with shading, one RAG cell shaded only), risks and decisions as bullet "
                   "lists after the tables."),
        "reads": ("Seven milestones in three workstream tables, none numbered. The forecast date "
                  "is the end where it differs from the baseline. The header table, summary, risks "
                  "and decisions are not actions; the phase-2 laptop milestone is rated only by its "
                  "green shading."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------------------------
# 6. Kirklees Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------------------------
def kirklees():
    name = "wo-kirklees-health-and-wellbeing-board-action-log.csv"
    title = "Kirklees Health and Wellbeing Board – Action Log"
    OPEN, CLOSED = "Open actions", "Closed since last meeting"
    rows = [
        (OPEN, "HWB/24/19", "28/11/2024", "Item 8 – Kirklees Joint Strategic Assessment refresh",
         "Circulate the refreshed Kirklees Joint Strategic Assessment summary to all Board members "
         "and to the partnership boards.",
         "Head of Public Health Intelligence", "31/10/2025", "A",
         "Slipped from July; final sign-off at Public Health SMT on 21 October.",
         ["Head of Public Health Intelligence"], "2025-10", "amber", None),
        (OPEN, "HWB/25/04", "27/03/2025", "Item 6 – Better Care Fund plan 2025/26",
         "Bring the BCF quarter 2 performance return to the Board for retrospective sign-off.",
         "Integration Programme Manager", "27/11/2025", "G", "On the November agenda.",
         ["Integration Programme Manager"], "2025-11", "green", None),
        (OPEN, "HWB/25/09", "26/06/2025", "Item 7 – Healthy Weight Declaration",
         "Each Board member organisation to nominate a senior champion for the Healthy Weight "
         "Declaration and confirm the name to the Board secretary.",
         "All Board members", "TBC", "A", "Five of nine organisations have nominated.",
         ["All Board members"], None, "amber", "TBC"),
        (OPEN, "HWB/25/12", "25/09/2025", "Item 4 – Winter planning",
         "Share the Kirklees winter resilience plan with Board members.\nInclude the "
         "vaccination uptake trajectory for over-65s and care home staff.",
         "ICB Kirklees Place Director", "Nov-25", "G", "",
         ["ICB Kirklees Place Director"], "2025-11", "green", None),
        (OPEN, "HWB/25/13", "25/09/2025", "Item 9 – Joint Health and Wellbeing Strategy refresh",
         "Arrange a Board development session on the refreshed strategy outcomes framework.",
         "Emily Parkin; Tom Hirst", "15/01/2026", "G", "Date being agreed with the Chair.",
         ["Emily Parkin", "Tom Hirst"], "2026-01", "green", None),
        (OPEN, "HWB/25/14", "25/09/2025", "Item 10 – Community mental health transformation",
         "Provide a six-monthly update on the community mental health transformation programme, "
         "including waiting times for adult talking therapies.",
         "SWYPFT Director of Operations", "Ongoing", "G", "Next update due March 2026.",
         ["SWYPFT Director of Operations"], None, "green", "Ongoing"),
        (OPEN, "HWB/25/15", "25/09/2025", "Item 11 – Pharmacy closures",
         "Write to NHS England on behalf of the Board about the impact of the two pharmacy closures "
         "in Dewsbury on access for residents.",
         "Chair of the Board", "31/10/2025", "R", "Draft letter awaiting data from the ICB.",
         ["Chair of the Board"], "2025-10", "red", None),
        (CLOSED, "HWB/25/02", "27/03/2025", "Item 5 – Director of Public Health annual report",
         "Present the Director of Public Health annual report 2024/25 to the Board.",
         "Director of Public Health", "26/06/2025", "Complete",
         "Presented in June – to be removed.",
         ["Director of Public Health"], "2025-06", "blue", None),
        (CLOSED, "HWB/25/08", "26/06/2025", "Item 6 – Pharmaceutical Needs Assessment 2025",
         "Publish the final Pharmaceutical Needs Assessment 2025 by the statutory deadline.",
         "Consultant in Public Health (PNA lead)", "01/10/2025", "Complete",
         "Published on 1 October 2025 – to be removed.",
         ["Consultant in Public Health (PNA lead)"], "2025-10", "blue", None),
    ]
    ncol = 8
    lines = [[title] + [""] * (ncol - 1),
             ["Updated following the Board meeting on 25 September 2025"] + [""] * (ncol - 1),
             [""] * ncol,
             ["No.", "Meeting date", "Agenda item", "Action", "Responsible", "Due date", "RAG",
              "Update"]]
    actions = []
    section = None
    for sec, no, md, item, act, resp, due, rag, upd, elead, eend, est, etext in rows:
        if sec != section:
            lines.append([sec] + [""] * (ncol - 1))
            section = sec
        lines.append([no, md, item, act, resp, due, rag, upd])
        actions.append(A(no, [sec], act, elead, eend, est, end_text=etext))
    lines.append([""] * ncol)
    lines.append(["RAG key: G = on track; A = at risk of slipping; R = overdue; Complete = action "
                  "closed and will be removed from the next log."] + [""] * (ncol - 1))
    for ln in lines:
        for v in ln:
            assert '"' not in v
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(lines)

    write_expected(name, {
        "source": ("Imitates a health and wellbeing board action log as kept by the board "
                   "secretariat of metropolitan councils such as Kirklees (2024–2025 meetings), "
                   "exported to CSV. Copied features: title and 'updated following' lines, action "
                   "numbers by year, meeting date and agenda item columns, open and closed "
                   "sections, a multi-line action cell, responsible posts and names (two in one "
                   "cell), due dates as dates, Nov-25, TBC and Ongoing, RAG letters with "
                   "'Complete', a RAG key line at the foot."),
        "reads": ("Nine board actions: seven open and two closed since the last meeting. The RAG "
                  "column gives the status (Complete = closed). The HWB/25/12 action cell runs "
                  "over two lines inside its quotes."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------------------------
# 7. Wigan Council - Ofsted focused visit action plan (tab-separated plain-text export)
# ---------------------------------------------------------------------------------------------
def wigan():
    name = "wo-wigan-council-ofsted-focused-visit-action-plan.txt"
    title = "Wigan Council – Ofsted Focused Visit Action Plan"
    AFI1 = ("The quality of child protection plans, so that they are specific, measurable and "
            "understood by families.")
    AFI2 = ("Management oversight and supervision, so that it is regular, reflective and leads to "
            "timely progress for children in need.")
    AFI3 = "The timeliness of strategy meetings and the consistency of police and health attendance."
    areas = [
        ("Area for improvement 1", AFI1, [
            ("1.1", ["Relaunch the child protection plan template with SMART outcomes and a "
                     "family-friendly summary written to the child."],
             "Head of Safeguarding and Quality Assurance", "30/11/2025", "Green",
             ["Head of Safeguarding and Quality Assurance"], "2025-11", "green", None),
            ("1.2", ["Deliver plan-writing workshops for all child protection chairs and social "
                     "workers in the assessment and safeguarding teams.",
                     "Workshops to be co-delivered with parents from the Family Voices group."],
             "Principal Social Worker / Practice Improvement Lead", "End of January 2026", "Amber",
             ["Principal Social Worker", "Practice Improvement Lead"], "2026-01", "amber", None),
            ("1.3", ["Audit 40 child protection plans each quarter against the new standard and "
                     "report findings to the Children’s Improvement Board."],
             "QA Manager", "Ongoing – quarterly", "Green",
             ["QA Manager"], None, "green", "Ongoing – quarterly"),
        ]),
        ("Area for improvement 2", AFI2, [
            ("2.1", ["Introduce a monthly supervision compliance report for each team manager, "
                     "reviewed at the Performance Clinic."],
             "Assistant Director – Children’s Social Care", "Oct-25", "Blue",
             ["Assistant Director – Children’s Social Care"], "2025-10", "blue", None),
            ("2.2", ["Implement the revised supervision policy, including group supervision for "
                     "complex neglect cases."],
             "AD Children’s Social Care; Head of Workforce Development", "March 2026", "Green",
             ["AD Children’s Social Care", "Head of Workforce Development"], "2026-03", "green",
             None),
            ("2.3", ["Review caseloads in the children in need teams and recruit four additional "
                     "permanent social workers."],
             "Head of Service – Children in Need", "Q4 2025/26", "Amber",
             ["Head of Service – Children in Need"], "2026-03", "amber", None),
        ]),
        ("Area for improvement 3", AFI3, [
            ("3.1", ["Agree a standard with Greater Manchester Police and health partners for "
                     "attendance at strategy meetings, and monitor it through the safeguarding "
                     "partnership’s performance subgroup."],
             "MASH Service Manager & GMP Detective Inspector (PPIU)", "31/12/2025", "Red",
             ["MASH Service Manager", "GMP Detective Inspector (PPIU)"], "2025-12", "red", None),
            ("3.2", ["Introduce a virtual strategy meeting slot system so that meetings can be "
                     "held within one working day of the decision to convene."],
             "MASH Service Manager", "September 2025", "Blue",
             ["MASH Service Manager"], "2025-09", "blue", None),
        ]),
    ]
    L = [title,
         "Focused visit: children in need and children subject to child protection plans "
         "(8–9 July 2025)",
         "Owner: Director of Children’s Services | Monitored by: Children’s Improvement Board | "
         "Version 1.3, 16 October 2025",
         "",
         "The focused visit letter, published on 12 August 2025, identified three areas for "
         "improvement. This plan sets out our response.",
         "RAG key: Blue = complete; Green = on track; Amber = at risk of delay; Red = off track.",
         ""]
    actions = []
    for label, text, acts in areas:
        L.append(label)
        L.append(text)
        L.append("")
        L.append("\t".join(["Ref", "Action", "Lead", "Timescale", "RAG"]))
        for ref, paras, lead, due, rag, elead, eend, est, etext in acts:
            L.append("\t".join([ref, paras[0], lead, due, rag]))
            for extra in paras[1:]:
                L.append("\t".join(["", extra, "", "", ""]))
            actions.append(A(ref, [text], "\n".join(paras), elead, eend, est, end_text=etext))
        L.append("")
    L.append("Next review: Children’s Improvement Board, 20 November 2025")
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(L) + "\r\n")

    write_expected(name, {
        "source": ("Imitates a metropolitan council's action plan after an Ofsted focused visit "
                   "(ILACS framework) to children in need and child protection services, as "
                   "published by councils such as Wigan (2025), saved from Word as plain text. "
                   "Copied features: title and visit lines, owner/monitoring/version line, RAG key "
                   "sentence, each area for improvement as a label line and its text, a repeated "
                   "tab-separated header row per table, numbered actions with lead posts (two in "
                   "some cells), timescales as dates, months, quarter and 'Ongoing', a cell's "
                   "second paragraph exported as a continuation line, next-review footer."),
        "reads": ("Three areas for improvement from the focused visit letter, each followed by a "
                  "small table of numbered actions: eight actions in all. The line after action "
                  "1.2 that has no ref is the second paragraph of that action's text."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


if __name__ == "__main__":
    doncaster()
    stockport()
    thurrock()
    tameside()
    brighton()
    kirklees()
    wigan()
    print("done")
