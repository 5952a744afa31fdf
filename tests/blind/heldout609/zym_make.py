#!/usr/bin/env python3
"""Build the seven zym- blind test files (set heldout609).

Run with: /work/main/.venv/bin/python zym_make.py
Writes the data files beside this script. The expected readings
(NAME.expected.yaml) are separate, hand-checked files.

Module-level data (BHAM, TAMESIDE, PLYMOUTH, NCT, NEWCASTLE, BRADFORD, CBSCP)
holds the text of every action together with what a reader takes from it,
so the expected readings can be checked against the files.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Birmingham City Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
BHAM_FILE = "zym-birmingham-city-council-internal-audit-recommendations-tracker.xlsx"
BHAM_TITLE = "Birmingham City Council – Internal Audit Recommendations Tracker"

# each audit: band text, then recommendations; each rec has one or more actions
BHAM = [
    {
        "band": "Payroll – Oracle Fusion post-implementation controls (2324-031) – Limited assurance",
        "recs": [
            {
                "rec": "Reconciliations between Oracle payroll and the general ledger should be completed monthly, evidenced and independently reviewed.",
                "actions": [
                    dict(ref="R1", directorate="Finance and Governance", priority="High",
                         action="Monthly payroll to general ledger reconciliation to be reinstated, signed off by the Payroll Manager and independently reviewed by Financial Control.",
                         officer="Head of Payroll / Assistant Director – Financial Control",
                         orig=dt.datetime(2024, 7, 31), revised=dt.datetime(2025, 3, 31),
                         update="Reconciliations completed for April to October 2024. November reconciliation delayed by Oracle release 24D; backlog to be cleared by end of Q4.",
                         status_text="Amber", fill="amber",
                         lead=["Head of Payroll", "Assistant Director – Financial Control"],
                         end="2025-03", status="amber"),
                ],
            },
            {
                "rec": "Leavers should be processed before the payroll cut-off and any overpayments identified promptly and recovered.",
                "actions": [
                    dict(ref="R2", directorate="Finance and Governance", priority="Medium",
                         action="a) Leaver exception report to be run weekly and issued to directorate HR business partners.\nb) Overpayments arising from late leaver notifications to be recovered in line with the Corporate Debt Policy.",
                         officer="Head of Payroll",
                         orig=dt.datetime(2024, 9, 30), revised=None,
                         update="Weekly exception report in place since August 2024. Birmingham Audit verified a sample of 25 overpayments – recovery action evidenced in all cases.",
                         status_text="Implemented", fill="blue",
                         lead=["Head of Payroll"], end="2024-09", status="blue"),
                ],
            },
        ],
    },
    {
        "band": "Equal Pay – Job Evaluation Programme governance (2425-004) – No assurance",
        "recs": [
            {
                "rec": "Governance of the job evaluation programme should be strengthened so that decisions are recorded, quality assured and reported to CLT and the Commissioners.",
                "actions": [
                    dict(ref="R1(a)", directorate="Council Management", priority="High",
                         action="Terms of reference for the Job Evaluation Programme Board to be approved by CLT and a decision log maintained for every board meeting.",
                         officer="Director of People Services",
                         orig="31/01/2025", revised=None,
                         update="Draft terms of reference considered by CLT on 10 December 2024; final version to CLT in January. Decision log in use from November 2024.",
                         status_text="Green", fill="green",
                         lead=["Director of People Services"], end="2025-01", status="green"),
                    dict(ref="R1(b)", directorate="Council Management", priority="High",
                         action="A 10% sample of completed evaluations to be moderated by the external job evaluation partner before outcomes are issued to staff.",
                         officer="Director of People Services; Programme Director – Equal Pay",
                         orig="28/02/2025", revised=None,
                         update="Moderation approach agreed with the external partner. First sample (Grade 3–5 roles) scheduled for February 2025.",
                         status_text="Amber", fill="amber",
                         lead=["Director of People Services", "Programme Director – Equal Pay"],
                         end="2025-02", status="amber"),
                ],
            },
        ],
    },
    {
        "band": "Home to School Transport – contract management (2324-058) – Limited assurance",
        "recs": [
            {
                "rec": "Every route contract should have a named contract manager and be recorded on the corporate contracts register.",
                "actions": [
                    dict(ref="R1", directorate="Children and Families", priority="High",
                         action="All route contracts over £25,000 to have a named contract manager recorded on the contracts register.",
                         officer="Head of Travel Assist",
                         orig=dt.datetime(2024, 6, 30), revised=None,
                         update="Contracts register updated for 61% of routes. No revised date agreed – escalated to the Director of Children and Families.",
                         status_text="Red", fill="red",
                         lead=["Head of Travel Assist"], end="2024-06", status="red"),
                ],
            },
            {
                "rec": "Operator invoices should be reconciled to route data before payment.",
                "actions": [
                    dict(ref="R2", directorate="Children and Families", priority="Medium",
                         action="Monthly reconciliation of operator invoices to Travel Assist route and attendance data before payment is released.",
                         officer="Head of Travel Assist & Commercial Manager (Children’s)",
                         orig="Sept 2024", revised="End of March 2025",
                         update="Reconciliation template agreed with Accounts Payable. Parallel run November–December 2024; full roll-out from January 2025.",
                         status_text="Amber", fill="amber",
                         lead=["Head of Travel Assist", "Commercial Manager (Children’s)"],
                         end="2025-03", status="amber"),
                ],
            },
        ],
    },
    {
        "band": "Adult Social Care – Direct Payments (2425-012) – Limited assurance",
        "recs": [
            {
                "rec": "Direct payment accounts should be audited annually and surplus balances recovered.",
                "actions": [
                    dict(ref="R1", directorate="Adult Social Care", priority="Medium",
                         action="Clear the backlog of annual direct payment account audits and recover surplus balances above eight weeks of planned spend.",
                         officer="Service Lead – Direct Payments",
                         orig="Q4 2024/25", revised=None,
                         update="412 of 690 overdue account audits completed. £318k surplus balances recovered to date.",
                         status_text=None, fill="green",
                         lead=["Service Lead – Direct Payments"], end="2025-03", status="green"),
                    dict(ref="R2", directorate="Adult Social Care", priority="Medium",
                         action="Direct payment agreements to be re-issued to all recipients using the updated template, including the requirement to return bank statements quarterly.",
                         officer="Service Lead – Direct Payments",
                         orig="30/06/2025", revised=None,
                         update="Not yet started – dependent on completion of the audit backlog (R1).",
                         status_text="Not started", fill=None,
                         lead=["Service Lead – Direct Payments"], end="2025-06", status="unrated"),
                ],
            },
        ],
    },
]


def build_birmingham():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    heads = ["Rec ref", "Directorate", "Priority", "Recommendation", "Agreed management action",
             "Responsible officer", "Original target date", "Revised target date",
             "Progress update (December 2024)", "Status"]
    widths = [9, 18, 10, 42, 48, 26, 14, 14, 48, 13]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ncol = len(heads)
    ws["A1"] = BHAM_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = ("High and Medium priority recommendations outstanding at 31 December 2024 – "
                "Audit Committee, 28 January 2025 (Appendix 2)")
    ws["A2"].font = Font(italic=True)
    r = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BORDER
    ws.freeze_panes = "A5"
    r += 1
    for audit in BHAM:
        ws.cell(r, 1, audit["band"]).font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(r, c).fill = fill("DDEBF7")
            ws.cell(r, c).border = BORDER
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for rec in audit["recs"]:
            first = r
            for a in rec["actions"]:
                vals = [a["ref"], a["directorate"], a["priority"], None, a["action"],
                        a["officer"], a["orig"], a["revised"], a["update"], a["status_text"]]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BORDER
                    if isinstance(v, dt.datetime):
                        cell.number_format = "DD/MM/YYYY"
                if a["fill"]:
                    ws.cell(r, 10).fill = fill(FILL[a["fill"]])
                    if a["fill"] in ("red", "blue", "green"):
                        ws.cell(r, 10).font = Font(color="FFFFFF", bold=True)
                r += 1
            ws.cell(first, 4, rec["rec"]).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=4, end_row=r - 1, end_column=4)
    r += 1
    ws.cell(r, 1, "Notes:").font = Font(bold=True)
    ws.cell(r + 1, 1, "1. Recommendations verified as implemented by Birmingham Audit are shown once and then removed from the next report.")
    ws.cell(r + 2, 1, "2. Status key: Red – past original target date with no revised date agreed; Amber – revised date agreed or at risk; Green – on track for original date; Implemented (blue) – verified by Birmingham Audit. Blank status with green fill = on track, no narrative status recorded.")

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of outstanding recommendations by directorate – 31 December 2024"
    s["A1"].font = Font(bold=True, size=12)
    rows = [("Directorate", "High", "Medium", "Total open", "Overdue (no revised date)", "Implemented since last report"),
            ("Finance and Governance", 1, 0, 1, 0, 1),
            ("Council Management", 2, 0, 2, 0, 0),
            ("Children and Families", 1, 1, 2, 1, 0),
            ("Adult Social Care", 0, 2, 2, 0, 0),
            ("Total", 4, 3, 7, 1, 1)]
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            cell = s.cell(i, j, v)
            cell.border = BORDER
            if i in (3, 8):
                cell.font = Font(bold=True)
    s.column_dimensions["A"].width = 26
    for col in "BCDEF":
        s.column_dimensions[col].width = 16
    wb.save(path(BHAM_FILE))


# ---------------------------------------------------------------------------
# 2. Tameside MBC - strategic risk register (xlsx, fill-only action RAG)
# ---------------------------------------------------------------------------
TAMESIDE_FILE = "zym-tameside-council-strategic-risk-register-2025-26.xlsx"
TAMESIDE_TITLE = "Tameside Metropolitan Borough Council – Strategic Risk Register 2025/26"

TAMESIDE = [
    dict(risk="SR01: Financial sustainability",
         desc="Demand pressures in children’s and adults’ social care and temporary accommodation exceed the budget, so that the Council cannot set a balanced budget for 2026/27 without using reserves below the minimum level.",
         owner="Director of Resources (S151 Officer)", inherent="5 x 5 = 25", q1="4 x 5 = 20", q2="4 x 5 = 20", dot="↔",
         actions=[
             dict(action="Deliver the 2025/26 savings programme of £21.6m, with monthly tracking of every saving through the Star Chamber.",
                  owner="Director of Resources (S151 Officer)", due="31/03/2026",
                  progress="£17.9m (83%) rated deliverable at month 5; £3.7m mitigations being developed.",
                  fill="amber", lead=["Director of Resources (S151 Officer)"], end="2026-03", status="amber"),
             dict(action="Refresh the Medium Term Financial Strategy 2026/27 to 2028/29 and present it to Cabinet with the draft budget.",
                  owner="Assistant Director of Finance (Deputy S151)", due="Dec 2025",
                  progress="Budget assumptions agreed by SLT on 2 September 2025.",
                  fill="green", lead=["Assistant Director of Finance (Deputy S151)"], end="2025-12", status="green"),
         ]),
    dict(risk="SR02: Safeguarding children – quality and consistency of practice",
         desc="Practice does not improve at the pace required, so that children are not protected and the Council does not sustain its improvement journey.",
         owner="Director of Children’s Services", inherent="4 x 5 = 20", q1="3 x 5 = 15", q2="3 x 5 = 15", dot="↔",
         actions=[
             dict(action="Embed the practice quality assurance framework, with monthly audit findings reported to the Children’s Improvement Board.",
                  owner="Director of Children’s Services", due="Ongoing",
                  progress="Audit programme running to schedule; 68% of audits graded good or better in Q2.",
                  fill="green", lead=["Director of Children’s Services"], end=None, end_text="Ongoing", status="green"),
             dict(action="Reduce agency social worker usage to below 20% of the qualified workforce through the recruitment and retention offer.",
                  owner="Assistant Director – Children’s Social Care; Head of HR",
                  due="Q4 2025/26",
                  progress="Agency usage 27% at September (31% at March). Second cohort of international recruits delayed by visa processing.",
                  fill="red", lead=["Assistant Director – Children’s Social Care", "Head of HR"],
                  end="2026-03", status="red"),
         ]),
    dict(risk="SR03: Cyber security and resilience of ICT",
         desc="A successful cyber attack or prolonged ICT outage stops the delivery of critical services and results in loss of data.",
         owner="Assistant Director – Digital Tameside", inherent="5 x 4 = 20", q1="3 x 4 = 12", q2="3 x 4 = 12", dot="↔",
         actions=[
             dict(action="Complete the migration of legacy servers to the Microsoft Azure tenancy and decommission the on-premise data centre.",
                  owner="Assistant Director – Digital Tameside", due="30/11/2025",
                  progress="142 of 175 servers migrated. Social care systems migration window agreed for November.",
                  fill="amber", lead=["Assistant Director – Digital Tameside"], end="2025-11", status="amber"),
             dict(action="Mandatory cyber awareness e-learning to be completed by all staff with network access.",
                  owner="Assistant Director – Digital Tameside", due="Sept 2025",
                  progress="Completed – 96% compliance; non-completers’ accounts suspended.",
                  fill="blue", lead=["Assistant Director – Digital Tameside"], end="2025-09", status="blue"),
         ]),
    dict(risk="SR04: SEND sufficiency and the High Needs Block deficit",
         desc="Growth in EHC plans and reliance on independent specialist placements increases the Dedicated Schools Grant deficit beyond the statutory override period.",
         owner="Director of Education", inherent="5 x 4 = 20", q1="4 x 4 = 16", q2="5 x 4 = 20", dot="↑",
         actions=[
             dict(action="Open 120 additional specialist places through the Special School Expansion Programme.",
                  owner="Assistant Director – Education", due="September 2026",
                  progress="Planning consent granted for the Hyde satellite site; 40 places open from September 2025.",
                  fill="green", lead=["Assistant Director – Education"], end="2026-09", status="green"),
             dict(action="Agree a DSG deficit management plan with the Department for Education.",
                  owner="Director of Education", due="31/01/2026",
                  progress="Awaiting the outcome of the national SEND reform white paper before discussions begin.",
                  fill=None, lead=["Director of Education"], end="2026-01", status="unrated"),
         ]),
]


def build_tameside():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = TAMESIDE_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Quarter 2 update – position at 30 September 2025 – Audit Panel, 18 November 2025"
    heads = ["Risk", "Risk owner", "Inherent", "Residual Q1", "Residual Q2", "Target", "Direction of travel"]
    for j, h in enumerate(heads, 1):
        c = s.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BORDER
    targets = ["3 x 4 = 12", "2 x 5 = 10", "2 x 4 = 8", "3 x 4 = 12"]
    for i, rk in enumerate(TAMESIDE):
        row = [rk["risk"], rk["owner"], rk["inherent"], rk["q1"], rk["q2"], targets[i], rk["dot"]]
        for j, v in enumerate(row, 1):
            s.cell(5 + i, j, v).border = BORDER
    s.column_dimensions["A"].width = 58
    s.column_dimensions["B"].width = 36
    for col in "CDEFG":
        s.column_dimensions[col].width = 14

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = TAMESIDE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Further mitigating actions – Quarter 2 2025/26 (action RAG shown by colour – see Key)"
    heads = ["Risk", "Description (cause – event – effect)", "Risk owner", "Inherent score (L x I)",
             "Residual score Q1", "Residual score Q2", "DoT", "Further mitigating actions",
             "Action owner", "Due", "Progress at Q2", "Action RAG"]
    widths = [30, 46, 22, 12, 12, 12, 6, 50, 28, 13, 46, 10]
    for j, (h, w) in enumerate(zip(heads, widths), 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BORDER
        ws.column_dimensions[get_column_letter(j)].width = w
    r = 5
    for rk in TAMESIDE:
        first = r
        for a in rk["actions"]:
            for j, v in enumerate([a["action"], a["owner"], a["due"], a["progress"], None], 8):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BORDER
            if a["fill"]:
                ws.cell(r, 12).fill = fill(FILL[a["fill"]])
            r += 1
        for j, v in enumerate([rk["risk"], rk["desc"], rk["owner"], rk["inherent"], rk["q1"], rk["q2"], rk["dot"]], 1):
            c = ws.cell(first, j, v)
            c.alignment = WRAP
            c.border = BORDER
            ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
        ws.cell(first, 1).font = Font(bold=True)

    k = wb.create_sheet("Key")
    k["A1"] = "Risk scoring and action RAG key"
    k["A1"].font = Font(bold=True, size=12)
    k["A3"] = "Score = Likelihood (1–5) x Impact (1–5). 15–25 High; 8–14 Medium; 1–7 Low."
    k["A5"] = "Action RAG"
    k["A5"].font = Font(bold=True)
    key = [(RED, "Red – off track, will not be delivered by the due date"),
           (AMBER, "Amber – at risk of slippage, recovery in hand"),
           (GREEN, "Green – on track"),
           (BLUE, "Blue – complete"),
           (None, "No colour – not yet started")]
    for i, (col, txt) in enumerate(key, 6):
        if col:
            k.cell(i, 1).fill = fill(col)
        k.cell(i, 1).border = BORDER
        k.cell(i, 2, txt)
    k.column_dimensions["A"].width = 12
    k.column_dimensions["B"].width = 60
    k["A12"] = "DoT (direction of travel): ↑ risk increasing; ↔ no change; ↓ risk reducing."
    wb.save(path(TAMESIDE_FILE))


# ---------------------------------------------------------------------------
# 3. Plymouth City Council - corporate plan delivery plan (xlsx) - REFUSE
# ---------------------------------------------------------------------------
PLYMOUTH_FILE = "zym-plymouth-city-council-corporate-plan-delivery-plan-2025-26-typo-month-refuse.xlsx"
PLYMOUTH_TITLE = "Plymouth City Council Corporate Plan 2023–26: Delivery Plan 2025/26"

PLYMOUTH = [
    ("Priority: Fewer potholes, cleaner, greener streets and transport", [
        ("1.1", "Deliver the 2025/26 highways resurfacing and patching programme (120 schemes).",
         "Cabinet Member for Strategic Planning and Transport", "Head of Highways and Infrastructure", "Apr-25", "Mar-26", "G", "G",
         "58 schemes complete at end of Q2; on programme."),
        ("1.2", "Introduce weekly food waste collections to all households.",
         "Cabinet Member for Environment and Climate Change", "Head of Street Services", "Apr-25", "March 2026", "A", "A",
         "Vehicle delivery delayed to January 2026; caddies procured."),
        ("1.3", "Complete the Woolwell to The George highway improvement scheme.",
         "Cabinet Member for Strategic Planning and Transport", "Strategic Director for Growth", "Jan-24", "Dec-25", "G", "G",
         "Final surfacing works under way."),
    ]),
    ("Priority: Build more homes – for social rent and affordable ownership", [
        ("2.1", "Enable the delivery of 1,000 new homes, including 250 affordable homes, through the Plan for Homes.",
         "Cabinet Member for Housing, Cooler Streets and Renters", "Head of Housing Delivery", "Apr-25", "31/03/2026", "G", "A",
         "Completions behind profile in Q2 due to developer viability issues on two sites."),
        ("2.2", "Bring 50 long-term empty homes back into use through advice, grants and enforcement.",
         "Cabinet Member for Housing, Cooler Streets and Renters", "Community Connections Manager", "Apr-25", "Febuary 2026", "G", "G",
         "22 homes returned to use by end of Q2."),
    ]),
    ("Priority: Working with the NHS to provide better access to health, care and dentistry", [
        ("3.1", "Open the city centre Health and Wellbeing Hub with NHS partners, including NHS dental access sessions.",
         "Cabinet Member for Health and Adult Social Care", "Strategic Director for Adults, Health and Communities", "Sep-24", "Jan-26", "A", "R",
         "Fit-out contractor entered administration in August; re-procurement under way."),
        ("3.2", "Increase the number of people supported by the reablement service to 1,400 a year.",
         "Cabinet Member for Health and Adult Social Care", "Head of Adult Social Care Commissioning", "Apr-25", "Mar-26", "G", "G",
         "On track – 712 people supported in Q1–Q2."),
    ]),
    ("Priority: Keeping children, adults and communities safe", [
        ("4.1", "Open two further Family Hubs in the north and east of the city.",
         "Cabinet Member for Children’s Social Care, Culture and Communications", "Service Director for Children, Young People and Families", "Apr-25", "Nov-25", "G", "B",
         "Both Family Hubs opened in September 2025."),
    ]),
    ("Priority: Spending money wisely", [
        ("5.1", "Deliver the 2025/26 savings and income plan of £18.4m.",
         "Cabinet Member for Finance", "Service Director for Finance (S151 Officer)", "Apr-25", "Mar-26", "A", "A",
         "£15.2m forecast to be delivered; mitigations for the £3.2m gap to be reported to Cabinet in November."),
        ("5.2", "Complete the review of the council’s office accommodation and release Windsor House.",
         "Cabinet Member for Finance", "Head of Land and Property", "Jun-25", "Sep-26", "", "G",
         "Staff moves scheduled for spring 2026."),
    ]),
]
PLYMOUTH_TYPO = "Febuary 2026"


def build_plymouth():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Document control"
    dc["A1"].font = Font(bold=True, size=12)
    rows = [("Document", "Corporate Plan 2023–26: Delivery Plan 2025/26"),
            ("Owner", "Head of Policy, Performance and Partnerships"),
            ("Version", "1.3"),
            ("Date", "14 October 2025"),
            ("Approved by", "Corporate Management Team"),
            ("Next review", "Quarter 3 (January 2026)")]
    for i, (a, b) in enumerate(rows, 3):
        dc.cell(i, 1, a).font = Font(bold=True)
        dc.cell(i, 2, b)
        dc.cell(i, 1).border = BORDER
        dc.cell(i, 2).border = BORDER
    dc["A11"] = "Version history"
    dc["A11"].font = Font(bold=True)
    hist = [("Version", "Date", "Change"),
            ("1.0", "15/04/2025", "Delivery plan agreed by Cabinet"),
            ("1.1", "09/07/2025", "Q1 update"),
            ("1.2", "12/08/2025", "Action 5.2 added"),
            ("1.3", "14/10/2025", "Q2 update")]
    for i, row in enumerate(hist, 12):
        for j, v in enumerate(row, 1):
            dc.cell(i, j, v).border = BORDER
    dc.column_dimensions["A"].width = 16
    dc.column_dimensions["B"].width = 50
    dc.column_dimensions["C"].width = 34

    ws = wb.create_sheet("Delivery Plan")
    heads = ["Ref", "Action / milestone", "Lead Cabinet Member", "Lead officer", "Start", "End",
             "Q1 RAG", "Q2 RAG", "Q2 update"]
    widths = [7, 52, 32, 34, 9, 14, 8, 8, 50]
    ncol = len(heads)
    ws["A1"] = PLYMOUTH_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("00A3A1")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Quarter 2 (July – September 2025) progress update"
    ws["A3"] = "Our mission: Making Plymouth a fairer, greener city, where everyone does their bit."
    ws["A3"].font = Font(italic=True)
    for j, (h, w) in enumerate(zip(heads, widths), 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BORDER
        c.alignment = WRAP
        ws.column_dimensions[get_column_letter(j)].width = w
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    r = 6
    typo_row = None
    for prio, acts in PLYMOUTH:
        ws.cell(r, 1, prio).font = Font(bold=True, color="FFFFFF")
        for j in range(1, ncol + 1):
            ws.cell(r, j).fill = fill("00A3A1")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for a in acts:
            for j, v in enumerate(a, 1):
                c = ws.cell(r, j, v if v != "" else None)
                c.alignment = WRAP
                c.border = BORDER
                if j in (7, 8) and v:
                    c.fill = fill(rag_fill[v])
            if a[5] == PLYMOUTH_TYPO:
                typo_row = r
            r += 1
    r += 1
    ws.cell(r, 1, "RAG: R = significant issues, action will not be delivered on time; A = some slippage, recovery plan in place; G = on track; B = complete.")
    wb.save(path(PLYMOUTH_FILE))
    return typo_row


# ---------------------------------------------------------------------------
# 4. Northamptonshire Children's Trust - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
NCT_FILE = "zym-northamptonshire-childrens-trust-ofsted-focused-visit-action-plan.docx"
NCT_TITLE = "Ofsted Focused Visit – Care Leavers: Action Plan"

NCT = [
    dict(heading="1. Pathway planning",
         afi_label="Area for improvement 1",
         afi="The quality and timeliness of pathway plans, so that they are written with care leavers, are updated when their circumstances change and set out clearly how their needs will be met.",
         measure="Measure of success: 90% of care leavers have an up-to-date pathway plan; 75% of audited plans graded good or better.",
         actions=[
             dict(ref="1.1", action="Relaunch the pathway plan template, co-designed with the Children in Care Council and Care Leavers’ Forum, with the young person’s own words at the start of each section.",
                  lead="Head of Service – Care Leavers", when="July 2024",
                  progress="New template live on Liquidlogic from 8 July 2024.", rag="B",
                  exp_lead=["Head of Service – Care Leavers"], end="2024-07", status="blue"),
             dict(ref="1.2", action="Weekly performance clinic for personal advisers and team managers to track pathway plans that are out of date or due for review.",
                  lead="AJ / RM", when="Ongoing – reviewed monthly",
                  progress="Plans in date rose from 71% (May) to 86% (September).", rag="G",
                  exp_lead=["AJ", "RM"], end=None, end_text="Ongoing – reviewed monthly", status="green"),
             dict(ref="1.3", action="Thematic audit of 30 pathway plans, including feedback from the young people, reported to the Practice Improvement Board.",
                  lead="Principal Social Worker", when="By 30 September 2024",
                  progress="Audit completed for 22 plans; remaining 8 delayed by staff sickness.", rag="A",
                  exp_lead=["Principal Social Worker"], end="2024-09", status="amber"),
         ]),
    dict(heading="2. Health and emotional wellbeing",
         afi_label="Area for improvement 2",
         afi="Care leavers’ access to their health histories and to emotional wellbeing and mental health support.",
         measure="Measure of success: every care leaver receives their health history by their 18th birthday; waiting time for the care leavers’ wellbeing service under 6 weeks.",
         actions=[
             dict(ref="2.1", action="Agree with the Integrated Care Board a process for every young person to receive a written summary of their health history before their 18th birthday.",
                  lead="Designated Nurse for Children in Care; Head of Service – Care Leavers", when="Oct 24 – Mar 25",
                  progress="Draft protocol agreed at the Corporate Parenting Health Subgroup; pilot with the 17+ team from October.", rag="G",
                  exp_lead=["Designated Nurse for Children in Care", "Head of Service – Care Leavers"], end="2025-03", status="green"),
             dict(ref="2.2", action="Commission a dedicated emotional wellbeing offer for care leavers aged 18–25, including drop-in sessions at the Care Leavers’ Hub.",
                  lead="Commissioning Manager (Children’s Services)", when="31/03/2025",
                  progress="Specification drafted. Funding not yet confirmed.", rag="R",
                  exp_lead=["Commissioning Manager (Children’s Services)"], end="2025-03", status="red"),
         ]),
    dict(heading="3. Education, employment and training",
         afi_label="Area for improvement 3",
         afi="The support for care leavers who are not in education, employment or training (NEET) to take up opportunities that match their aspirations.",
         measure="Measure of success: NEET rate for care leavers aged 19–21 reduced from 44% to 35% by March 2025.",
         actions=[
             dict(ref="3.1", action="Expand the Trust’s apprenticeship and work-experience offer for care leavers with both councils and the ICB.",
                  lead="Virtual School Head / Participation Lead", when="Autumn term 2024",
                  progress="Ring-fenced apprenticeships agreed with West Northamptonshire Council; North Northamptonshire and ICB offers in development.", rag="A",
                  exp_lead=["Virtual School Head", "Participation Lead"], end="2024-12", status="amber"),
             dict(ref="3.2", action="Personal advisers to complete an EET action plan with every care leaver who is NEET, reviewed at each pathway plan review.",
                  lead="Team Managers, 18+ Service", when="Dec-24",
                  progress="EET action plans in place for 61% of NEET care leavers.", rag="G",
                  exp_lead=["Team Managers, 18+ Service"], end="2024-12", status="green"),
         ]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            run.add_break()


def build_nct():
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    p = d.add_paragraph()
    r = p.add_run("Northamptonshire Children’s Trust")
    r.bold = True
    r.font.size = Pt(12)
    d.add_paragraph(NCT_TITLE, style="Title")
    d.add_paragraph("Focused visit: 14 and 15 May 2024. Letter published: 21 June 2024.")

    d.add_paragraph("Document control", style="Heading 2")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Version", "2.1"), ("Author", "Head of Quality Assurance"),
                 ("Date of this version", "30 September 2024"),
                 ("Approved by", "Director of Children’s Services and Practice"),
                 ("Reported to", "Practice Improvement Board; Corporate Parenting Panels (West and North Northamptonshire)")]:
        row = t.add_row().cells
        set_cell(row[0], a, bold=True)
        set_cell(row[1], b)

    d.add_paragraph("Introduction", style="Heading 1")
    d.add_paragraph(
        "Ofsted carried out a focused visit to Northamptonshire Children’s Trust on 14 and 15 May 2024, looking at the "
        "Trust’s arrangements for care leavers. Inspectors found that most care leavers have a trusted relationship with "
        "their personal adviser, and identified three areas for improvement. This plan sets out the actions the Trust and "
        "its partners are taking in response. Progress is reported to the Practice Improvement Board every two months.")

    d.add_paragraph("Action plan", style="Heading 1")
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": "00B0F0"}
    heads = ["No.", "Action", "Lead", "Timescale", "Progress update (September 2024)", "RAG"]
    for sec_ in NCT:
        d.add_paragraph(sec_["heading"], style="Heading 2")
        t = d.add_table(rows=0, cols=6)
        t.style = "Table Grid"
        row = t.add_row().cells
        m = row[0].merge(row[5])
        set_cell(m, sec_["afi_label"], bold=True, color="FFFFFF")
        shade(m, "2E4A7D")
        row = t.add_row().cells
        m = row[0].merge(row[5])
        set_cell(m, sec_["afi"])
        shade(m, "DCE6F2")
        row = t.add_row().cells
        for c, h in zip(row, heads):
            set_cell(c, h, bold=True)
            shade(c, GREY)
        for a in sec_["actions"]:
            row = t.add_row().cells
            for c, v in zip(row, [a["ref"], a["action"], a["lead"], a["when"], a["progress"], a["rag"]]):
                set_cell(c, v)
            shade(row[5], rag_fill[a["rag"]])
        row = t.add_row().cells
        m = row[0].merge(row[5])
        set_cell(m, sec_["measure"])
        d.add_paragraph("")

    d.add_paragraph("RAG key", style="Heading 2")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("B", "Complete – evidence of impact seen"), ("G", "On track"),
                 ("A", "Some slippage – remedial action in place"), ("R", "Off track – escalated to the Director")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], rag_fill[k])
        set_cell(row[1], v)
    d.save(path(NCT_FILE))


# ---------------------------------------------------------------------------
# 5. Newcastle City Council - ASC transformation programme highlight report (docx)
# ---------------------------------------------------------------------------
NEWCASTLE_FILE = "zym-newcastle-city-council-adult-social-care-transformation-highlight-report.docx"
NEWCASTLE_TITLE = "Adult Social Care Transformation Programme – Highlight Report"

NEWCASTLE = [
    ("Workstream 1: Prevention and the Front Door", [
        dict(ref="1.1", action="Launch the online self-assessment for carers and minor equipment on the council website.",
             owner="Head of Access and Prevention", base="Jun-25", fcst="Nov-25", prev="A", cur="A",
             comment="Accessibility testing identified fixes; go-live moved to November.",
             lead=["Head of Access and Prevention"], end="2025-11", status="amber"),
        dict(ref="1.2", action="Community-led support “Talking Points” operating in all four localities.",
             owner="Head of Access and Prevention / Community Development Manager", base="Sep-25", fcst="Sep-25", prev="G", cur="C",
             comment="Fourth Talking Point opened in Walker on 11 September.",
             lead=["Head of Access and Prevention", "Community Development Manager"], end="2025-09", status="blue"),
    ]),
    ("Workstream 2: Reablement and Intermediate Care", [
        dict(ref="2.1", action="Implement the redesigned reablement rota and skill mix across the in-house service.",
             owner="Service Manager – Reablement", base="Jul-25", fcst="Jan-26", prev="A", cur="R",
             comment="Trade union consultation extended; revised forecast January 2026.",
             lead=["Service Manager – Reablement"], end="2026-01", status="red"),
        dict(ref="2.2", action="Increase Discharge to Assess pathway 1 capacity to 75 starts a week.",
             owner="Head of Integrated Care; ICB Place Director", base="Dec-25", fcst="Dec-25", prev="G", cur="G",
             comment="Averaging 68 starts a week in September.",
             lead=["Head of Integrated Care", "ICB Place Director"], end="2025-12", status="green"),
    ]),
    ("Workstream 3: Practice and Workforce", [
        dict(ref="3.1", action="Launch the strengths-based practice framework, with all practitioners completing the two-day training.",
             owner="Principal Social Worker", base="Oct-25", fcst="Q4 2025/26", prev="G", cur="A",
             comment="Framework launched; training 54% complete because of trainer availability.",
             lead=["Principal Social Worker"], end="2026-03", status="amber"),
        dict(ref="3.2", action="Recruit 12 international social workers and provide a 12-month supported induction.",
             owner="Workforce Development Manager", base="Mar-26", fcst="Mar-26", prev="G", cur="G",
             comment="8 offers accepted; first cohort start in November.",
             lead=["Workforce Development Manager"], end="2026-03", status="green"),
    ]),
    ("Workstream 4: Digital and Care Technology", [
        dict(ref="4.1", action="Award the contract for the replacement adult social care case management system.",
             owner="Head of Digital Services & ASC Systems Lead", base="Jan-26", fcst="Mar-26", prev="A", cur="A",
             comment="Tender evaluation extended after clarification questions; award now March.",
             lead=["Head of Digital Services", "ASC Systems Lead"], end="2026-03", status="amber"),
        dict(ref="4.2", action="Expand the care technology offer to 500 new users, prioritising people leaving hospital.",
             owner="Commissioning Manager – Care Technology", base="Mar-26", fcst="Mar-26", prev="", cur="G",
             comment="New workstream milestone this period. 212 new users to date.",
             lead=["Commissioning Manager – Care Technology"], end="2026-03", status="green"),
    ]),
]


def build_newcastle():
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    p = d.add_paragraph()
    r = p.add_run("Newcastle City Council")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor.from_string("005EB8")
    d.add_paragraph(NEWCASTLE_TITLE, style="Title")

    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "C": BLUE}
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    info = [("Reporting period", "September 2025", "Report date", "6 October 2025"),
            ("Senior Responsible Owner", "Director of Adult Social Care", "Programme Manager", "ASC Transformation Programme Manager"),
            ("Reported to", "ASC Transformation Board", "Overall status (previous / current)", "A / A")]
    for row_vals in info:
        row = t.add_row().cells
        for i, v in enumerate(row_vals):
            set_cell(row[i], v, bold=(i % 2 == 0))
            if i % 2 == 0:
                shade(row[i], "DCE6F2")
    shade(t.rows[2].cells[3], AMBER)

    d.add_paragraph("1. Summary", style="Heading 1")
    d.add_paragraph(
        "Overall the programme remains Amber. Prevention and care technology milestones are on track, and the fourth "
        "Talking Point opened this month. The reablement redesign has moved to Red because consultation on the new rota "
        "has been extended. The programme is forecasting delivery of £2.1m of the £2.6m 2025/26 savings target.")

    d.add_paragraph("2. Milestones", style="Heading 1")
    heads = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Prev", "Current", "Commentary"]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        set_cell(c, h, bold=True, color="FFFFFF")
        shade(c, "005EB8")
    for ws_name, items in NEWCASTLE:
        row = t.add_row().cells
        m = row[0].merge(row[-1])
        set_cell(m, ws_name, bold=True)
        shade(m, "DCE6F2")
        for a in items:
            row = t.add_row().cells
            vals = [a["ref"], a["action"], a["owner"], a["base"], a["fcst"], a["prev"], a["cur"], a["comment"]]
            for c, v in zip(row, vals):
                set_cell(c, v)
            if a["prev"]:
                shade(row[5], rag_fill[a["prev"]])
            shade(row[6], rag_fill[a["cur"]])

    d.add_paragraph("3. Key risks and issues", style="Heading 1")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Risk / issue", "Mitigation", "Owner", "RAG"]):
        set_cell(c, h, bold=True)
        shade(c, GREY)
    for rk, mit, own, rag in [
        ("Delay to the reablement redesign reduces the savings delivered in 2025/26.",
         "Interim rota changes agreed for two teams; savings profile re-phased in the budget monitor.",
         "Service Manager – Reablement", "R"),
        ("Case management system procurement slips beyond the current contract end date.",
         "12-month contract extension option confirmed with the incumbent supplier.",
         "Head of Digital Services", "A")]:
        row = t.add_row().cells
        for c, v in zip(row, [rk, mit, own, rag]):
            set_cell(c, v)
        shade(row[3], rag_fill[rag])

    d.add_paragraph("4. Decisions and support needed from the Board", style="Heading 1")
    d.add_paragraph("Approve the re-phased reablement savings profile.", style="List Bullet")
    d.add_paragraph("Note the revised award date for the case management system contract.", style="List Bullet")

    d.add_paragraph("RAG definitions", style="Heading 2")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("R", "Milestone will be missed; Board intervention needed"),
                 ("A", "At risk; being managed within the workstream"),
                 ("G", "On track to the baseline or agreed forecast date"),
                 ("C", "Complete")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], rag_fill[k])
        set_cell(row[1], v)
    d.save(path(NEWCASTLE_FILE))


# ---------------------------------------------------------------------------
# 6. Bradford District and Craven Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
BRADFORD_FILE = "zym-bradford-district-and-craven-health-and-wellbeing-board-action-log.csv"
BRADFORD_TITLE = "Bradford District and Craven Health and Wellbeing Board – Action Log"

BRADFORD = [
    ("Meeting of 18 March 2025", [
        dict(ref="HWB 24/25-31", minute="61", item="Act as One – Healthy Minds",
             action="Provide the Board with a breakdown of Healthy Minds programme spend by locality, including the voluntary and community sector grants.",
             owner="Healthy Minds Programme Director", due="June 2025",
             update="Breakdown circulated to members on 2 June 2025.", rag="Complete",
             lead=["Healthy Minds Programme Director"], end="2025-06", status="blue"),
        dict(ref="HWB 24/25-32", minute="63", item="JSNA – air quality chapter",
             action="Circulate the draft Joint Strategic Needs Assessment (JSNA) chapter on air quality to Board members for comment.",
             owner="Director of Public Health", due="30/04/2025",
             update="Circulated 14 April 2025; comments incorporated.", rag="Complete",
             lead=["Director of Public Health"], end="2025-04", status="blue"),
    ]),
    ("Meeting of 17 June 2025", [
        dict(ref="HWB 25/26-04", minute="8", item="Better Care Fund 2025/26",
             action="Bring the Better Care Fund 2025/26 plan, including the section 75 agreement, to the Board for formal sign-off.",
             owner="Strategic Director – Health and Wellbeing / ICB Place Lead", due="September 2025",
             update="Deferred to the November meeting pending confirmation of the national BCF guidance.\nPlan submitted to NHS England under delegated authority on 30 June.", rag="A",
             lead=["Strategic Director – Health and Wellbeing", "ICB Place Lead"], end="2025-09", status="amber"),
        dict(ref="HWB 25/26-05", minute="9", item="Healthy weight",
             action="Arrange a Board development session on the whole-systems approach to healthy weight.",
             owner="Living Well Programme Manager", due="Ongoing",
             update="Date being sought in the new year.", rag="G",
             lead=["Living Well Programme Manager"], end=None, end_text="Ongoing", status="green"),
        dict(ref="HWB 25/26-06", minute="11", item="Access to NHS dentistry",
             action="Write to NHS England, on behalf of the Board, about access to NHS dentistry in Keighley and Craven.",
             owner="Chair of the Board", due="July 2025",
             update="Letter drafted; awaiting Chair’s sign-off.", rag="R",
             lead=["Chair of the Board"], end="2025-07", status="red"),
    ]),
    ("Meeting of 16 September 2025", [
        dict(ref="HWB 25/26-11", minute="19", item="Pharmaceutical Needs Assessment",
             action="Report the Pharmaceutical Needs Assessment 2025 consultation timetable to the next meeting.",
             owner="Consultant in Public Health (PNA lead)", due="November 2025",
             update="", rag="G",
             lead=["Consultant in Public Health (PNA lead)"], end="2025-11", status="green"),
        dict(ref="HWB 25/26-12", minute="21", item="Winter plan",
             action="Share the winter vaccination uptake dashboard with partners, including uptake among care home staff by provider.",
             owner="DPH / Bradford District and Craven Place Lead", due="w/c 6 October 2025",
             update="Dashboard shared 7 October; care home staff breakdown to follow.", rag="G",
             lead=["DPH", "Bradford District and Craven Place Lead"], end="2025-10", status="green"),
    ]),
]


def bradford_rows():
    rows = [[BRADFORD_TITLE, "", "", "", "", "", ""],
            ["Updated following the meeting of 16 September 2025", "", "", "", "", "", ""],
            ["RAG: Complete = action closed (removed after one meeting); G = on track; A = in progress but delayed; R = overdue", "", "", "", "", "", ""],
            ["", "", "", "", "", "", ""],
            ["Action No.", "Minute", "Action", "Owner", "Due date", "Update", "RAG"]]
    for meeting, items in BRADFORD:
        rows.append([meeting, "", "", "", "", "", ""])
        for a in items:
            rows.append([a["ref"], a["minute"], a["action"], a["owner"], a["due"], a["update"], a["rag"]])
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["Open actions: 5", "", "Complete: 2", "", "", "", ""])
    return rows


def build_bradford():
    with open(path(BRADFORD_FILE), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in bradford_rows():
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Central Bedfordshire SCP - LCSPR Child D action plan (tab-separated txt)
# ---------------------------------------------------------------------------
CBSCP_FILE = "zym-central-bedfordshire-safeguarding-children-partnership-lcspr-child-d-action-plan.txt"
CBSCP_TITLE = "Local Child Safeguarding Practice Review – Child D: Multi-agency Action Plan"

CBSCP = [
    ("Recommendation 1: The Partnership should seek assurance that practitioners in all agencies understand and apply the Bedfordshire and Luton neglect toolkit when working with families where there are long-standing concerns about neglect.", [
        dict(ref="1.1", agency="Central Bedfordshire Council – Children’s Services",
             action="Relaunch the neglect toolkit through a seven-minute briefing and two multi-agency workshops for practitioners.",
             lead="Partnership Business Manager", due="31/12/2025",
             evidence="Briefing published 15 September 2025; workshops booked for 4 November and 2 December.", status="Green",
             exp_lead=["Partnership Business Manager"], end="2025-12", st="green"),
        dict(ref="1.2", agency="Central Bedfordshire Council – Children’s Services",
             action="Include use of the neglect toolkit as a standing question in the multi-agency audit programme, with findings reported to the Quality Assurance Subgroup.",
             lead="Head of Safeguarding and Quality Assurance", due="January 2026",
             evidence="", status="Not started",
             exp_lead=["Head of Safeguarding and Quality Assurance"], end="2026-01", st="unrated"),
        dict(ref="1.3", agency="Schools",
             action="Designated safeguarding leads to receive neglect toolkit training through the termly DSL network meetings.",
             lead="Education Safeguarding Adviser", due="Summer term 2026",
             evidence="Autumn network meeting held 8 October 2025.", status="Green",
             exp_lead=["Education Safeguarding Adviser"], end="2026-07", st="green"),
    ]),
    ("Recommendation 2: Health partners should ensure that missed health appointments for children are followed up and shared with the lead professional.", [
        dict(ref="2.1", agency="BLMK ICB",
             action="Review the ‘Was Not Brought’ policy for children across primary care and community health services, and re-launch it with GP practices.",
             lead="Designated Nurse Safeguarding Children", due="30/11/2025",
             evidence="Policy reviewed and ratified at the ICB Safeguarding Committee on 22 July 2025.\nRe-launch to GP practice safeguarding leads via the October bulletin.", status="Complete",
             exp_lead=["Designated Nurse Safeguarding Children"], end="2025-11", st="blue"),
        dict(ref="2.2", agency="BLMK ICB",
             action="a) Audit a sample of GP records for children subject to a child protection plan to test whether missed appointments were followed up.\nb) Share the findings with the Case Review Group.",
             lead="Named GP / Designated Doctor", due="March 2026",
             evidence="Audit tool agreed. Sample of 40 records identified.", status="Amber",
             exp_lead=["Named GP", "Designated Doctor"], end="2026-03", st="amber"),
    ]),
    ("Recommendation 3: Partners should strengthen the way information about fathers and other adult males in the household is gathered and shared at the Front Door.", [
        dict(ref="3.1", agency="Bedfordshire Police",
             action="Ensure that police checks on all adults in the household, including partners who are not resident, are completed before the MASH decision.",
             lead="Detective Inspector – MASH", due="Ongoing",
             evidence="Dip sample of 50 MASH contacts in August 2025: checks completed on all known adults in 47.", status="Green",
             exp_lead=["Detective Inspector – MASH"], end=None, end_text="Ongoing", st="green"),
        dict(ref="3.2", agency="Central Bedfordshire Council – Children’s Services",
             action="Add a mandatory ‘significant adults’ section to the MASH contact record and the single assessment template.",
             lead="Head of Service – Front Door and Assessment", due="Sept 2025",
             evidence="Template change delayed by the Mosaic upgrade; new date not yet agreed.", status="Red",
             exp_lead=["Head of Service – Front Door and Assessment"], end="2025-09", st="red"),
    ]),
]


def cbscp_rows():
    rows = [["Central Bedfordshire Safeguarding Children Partnership"],
            [CBSCP_TITLE],
            ["Review published: 17 June 2025. Version 4 – updated for the Case Review Group, 9 October 2025"],
            [],
            ["Ref", "Action", "Agency", "Lead", "Target date", "Evidence of completion / impact", "Status"]]
    for rec, acts in CBSCP:
        rows.append(["", rec, "", "", "", "", ""])
        for a in acts:
            rows.append([a["ref"], a["action"], a["agency"], a["lead"], a["due"], a["evidence"], a["status"]])
    rows.append([])
    rows.append(["Status key: Complete – evidence received and agreed by the Case Review Group; Green – on track; Amber – some delay; Red – off track or overdue; Not started."])
    rows.append(["Actions are signed off as complete only when evidence of impact has been seen by the Case Review Group."])
    return rows


def build_cbscp():
    with open(path(CBSCP_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\r\n")
        for row in cbscp_rows():
            w.writerow(row)


def build():
    build_birmingham()
    build_tameside()
    typo_row = build_plymouth()
    build_nct()
    build_newcastle()
    build_bradford()
    build_cbscp()
    print("Plymouth typo month on sheet 'Delivery Plan' row", typo_row)


if __name__ == "__main__":
    build()
