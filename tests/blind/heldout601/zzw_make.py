#!/usr/bin/env python3
"""Build the seven zzw- blind test files for set heldout601.

Run with /work/main/.venv/bin/python (openpyxl + python-docx).
Writes only files whose names start with "zzw-" into this folder.
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

FILL = {
    "blue": "00B0F0",
    "green": "92D050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "band": "1F3864",
    "head": "BDD7EE",
    "section": "E7E6E6",
}


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def put(ws, row, col, value, bold=False, bg=None, color=None, datefmt=None, border=True):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or color:
        c.font = Font(bold=bold, color=color)
    if bg:
        c.fill = fill(bg)
    if datefmt and isinstance(value, dt.datetime):
        c.number_format = datefmt
    if border:
        c.border = BOX
    return c


# ---------------------------------------------------------------------------
# 1. Bath & North East Somerset Council - internal audit recommendations tracker
# ---------------------------------------------------------------------------
BANES_FILE = "zzw-bath-north-east-somerset-council-internal-audit-recommendations-tracker.xlsx"
BANES_TITLE = "Bath & North East Somerset Council – Internal Audit Follow-up: Agreed Actions Tracker"
STATUS_FILL = {"Complete": "blue", "On track": "green", "Revised date agreed": "amber", "Overdue": "red"}

BANES = [
    ("Payroll 2024/25 – Limited Assurance", [
        dict(ref="PAY/01", pri=1,
             rec="Changes to starters, leavers and employee bank details should be independently checked before each payroll run.",
             action="Introduce a pre-payroll exception report and a second-officer check of all starter, leaver and bank detail changes, with evidence retained for each pay period.",
             officer="Payroll & Pensions Manager", orig=D(2025, 3, 31), rev=D(2025, 6, 30), status="Complete",
             update="Exception report live from the May 2025 payroll. Three pay periods tested by Internal Audit in July – control operating.",
             exp=dict(lead=["Payroll & Pensions Manager"], end="2025-06", status="blue")),
        dict(ref="PAY/02", pri=2,
             rec="Overtime and additional hours claims should be authorised by the budget holder before they are paid.",
             action="a) Reconfigure the self-service workflow so that claims route to the budget holder for approval.\nb) Issue revised guidance to all managers via the Managers' Bulletin.",
             officer="Payroll & Pensions Manager / Head of HR Operations", orig=D(2025, 6, 30), rev=D(2025, 12, 31),
             status="Revised date agreed",
             update="Part b) complete. Workflow change depends on the HR/payroll system upgrade, now scheduled for November 2025.",
             exp=dict(lead=["Payroll & Pensions Manager", "Head of HR Operations"], end="2025-12", status="amber")),
    ]),
    ("Direct Payments 2024/25 – Limited Assurance", [
        dict(ref="DP/01", pri=1,
             rec="Annual reviews of direct payment accounts should be completed so that surplus balances are identified promptly.",
             action="Clear the backlog of annual account reviews, prioritising accounts holding more than 12 weeks' funding.",
             officer="Head of Commissioning – Adult Social Care", orig=D(2025, 9, 30), rev=None, status="On track",
             update="Backlog reduced from 214 to 37 reviews; remaining reviews booked for September.",
             exp=dict(lead=["Head of Commissioning – Adult Social Care"], end="2025-09", status="green")),
        dict(ref="DP/02", pri=2,
             rec="Surplus balances identified at review should be recovered in line with the Direct Payments Policy.",
             action="Recover surplus balances identified at review within 28 days and report recoveries monthly to the Adult Social Care Leadership Team.",
             officer="Direct Payments Team Manager", orig=D(2025, 7, 31), rev=None, status="Overdue",
             update="£146k recovered to date. Monthly reporting to ASC Leadership Team not yet in place.",
             exp=dict(lead=["Direct Payments Team Manager"], end="2025-07", status="red")),
        dict(ref="DP/03", pri=3,
             rec="The Direct Payments Agreement should be updated to reflect current policy.",
             action="Update the Direct Payments Agreement and re-issue it to all recipients at their next review.",
             officer="Policy & Practice Lead (ASC)", orig=D(2025, 5, 31), rev=None, status="Complete",
             update="Revised agreement approved 12 May 2025 and in use.",
             exp=dict(lead=["Policy & Practice Lead (ASC)"], end="2025-05", status="blue")),
    ]),
    ("Cyber Security – Patch Management 2024/25 – Reasonable Assurance", [
        dict(ref="CYB/01", pri=2,
             rec="Critical security patches should be applied within the timescales set in the Patch Management Standard.",
             action="Report patch compliance monthly to the Information Governance Board and escalate any device outside the 14-day window.",
             officer="Head of IT Operations; Information Security Lead", orig="Q3 2025/26", rev=None, status="On track",
             update="Dashboard built; first report to the October Board.",
             exp=dict(lead=["Head of IT Operations", "Information Security Lead"], end="2025-12", status="green")),
        dict(ref="CYB/02", pri=3,
             rec="Unsupported operating systems should be removed from the network or isolated.",
             action="Decommission the remaining 23 Windows Server 2012 instances or move them to the isolated legacy segment.",
             officer="Infrastructure Manager", orig=D(2025, 3, 31), rev=D(2025, 10, 31), status="Revised date agreed",
             update="9 instances remain; two depend on the housing benefits system replacement.",
             exp=dict(lead=["Infrastructure Manager"], end="2025-10", status="amber")),
    ]),
    ("Council Tax Reduction Scheme 2025/26 – Reasonable Assurance", [
        dict(ref="CTR/01", pri=2,
             rec="Changes in circumstances received through the DWP data feed should be processed within the target timescale.",
             action="Introduce a daily work queue for DWP data feed changes and report processing times weekly.",
             officer="Revenues & Benefits Manager", orig=D(2025, 11, 30), rev=None, status="On track",
             update="Work queue configured in test; go-live planned for October.",
             exp=dict(lead=["Revenues & Benefits Manager"], end="2025-11", status="green")),
        dict(ref="CTR/02", pri=3,
             rec="Quality checks should be carried out on a sample of reduction awards.",
             action="Carry out monthly quality checks on a 2% sample of new awards and record the outcome in the QA log.",
             officer="Benefits Team Leader (Quality)", orig="Ongoing", rev=None, status="On track",
             update="Checks completed for June, July and August; error rate 1.4%.",
             exp=dict(lead=["Benefits Team Leader (Quality)"], end=None, end_text="Ongoing", status="green")),
    ]),
    ("Fleet Management 2023/24 (follow-up) – Limited Assurance", [
        dict(ref="FLT/04", pri=1,
             rec="Vehicle defect reports should be recorded and closed on the fleet management system before vehicles return to service.",
             action="Roll out the in-cab digital defect reporting app to all refuse and recycling vehicles.",
             officer="Fleet & Transport Manager", orig=D(2024, 12, 31), rev=D(2025, 3, 31), status="Overdue",
             update="App installed on 41 of 58 vehicles. Remaining vehicles awaiting tablets; no new date yet agreed.",
             exp=dict(lead=["Fleet & Transport Manager"], end="2025-03", status="red")),
    ]),
]


def build_banes():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws.merge_cells("A1:F1")
    put(ws, 1, 1, BANES_TITLE, bold=True, border=False).font = Font(bold=True, size=14)
    put(ws, 2, 1, "Corporate Audit Committee – 25 September 2025 – Appendix 2", border=False)
    put(ws, 3, 1, "Prepared by One West Internal Audit. Position as at 31 August 2025.", border=False)
    hdr = ["Status", "Priority 1", "Priority 2", "Priority 3", "Total"]
    for i, h in enumerate(hdr, 1):
        put(ws, 5, i, h, bold=True, bg="head")
    counts = {}
    for _, acts in BANES:
        for a in acts:
            counts[(a["status"], a["pri"])] = counts.get((a["status"], a["pri"]), 0) + 1
    r = 6
    for st in ["Complete", "On track", "Revised date agreed", "Overdue"]:
        put(ws, r, 1, st, bg=STATUS_FILL[st])
        row = [counts.get((st, p), 0) for p in (1, 2, 3)]
        for j, v in enumerate(row, 2):
            put(ws, r, j, v)
        put(ws, r, 5, sum(row), bold=True)
        r += 1
    put(ws, r, 1, "Total", bold=True)
    for p in (1, 2, 3):
        put(ws, r, p + 1, sum(v for (s, pp), v in counts.items() if pp == p), bold=True)
    put(ws, r, 5, sum(counts.values()), bold=True)
    put(ws, r + 2, 1, "Priority 1 actions that are overdue are reported to the Committee by exception (see main report, section 5).", border=False)
    ws.column_dimensions["A"].width = 24
    for col in "BCDE":
        ws.column_dimensions[col].width = 12

    ws = wb.create_sheet("Agreed actions")
    ws.merge_cells("A1:I1")
    put(ws, 1, 1, "Internal Audit – Agreed Actions Outstanding or Closed Since the Last Report", border=False).font = Font(bold=True, size=13)
    put(ws, 2, 1, "Priority: 1 = High, 2 = Medium, 3 = Low", border=False)
    put(ws, 2, 4, "Status key:", bold=True, border=False)
    for j, st in enumerate(["Complete", "On track", "Revised date agreed", "Overdue"]):
        put(ws, 2, 5 + j, st, bg=STATUS_FILL[st])
    hdr = ["Ref", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
           "Original Target Date", "Revised Target Date", "Status", "Management Update (August 2025)"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, bold=True, bg="head")
    r = 5
    for audit, acts in BANES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        put(ws, r, 1, audit, bold=True, bg="section")
        r += 1
        for a in acts:
            put(ws, r, 1, a["ref"])
            put(ws, r, 2, a["pri"])
            put(ws, r, 3, a["rec"])
            put(ws, r, 4, a["action"])
            put(ws, r, 5, a["officer"])
            put(ws, r, 6, a["orig"], datefmt="dd/mm/yyyy")
            put(ws, r, 7, a["rev"], datefmt="dd/mm/yyyy")
            put(ws, r, 8, a["status"], bg=STATUS_FILL[a["status"]])
            put(ws, r, 9, a["update"])
            r += 1
    r += 1
    put(ws, r, 1, "Note: actions shown as Complete will be removed from the next report once verified by Internal Audit.", border=False)
    widths = [9, 8, 42, 46, 26, 12, 12, 14, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, BANES_FILE))


# ---------------------------------------------------------------------------
# 2. Hampshire County Council - corporate risk register
# ---------------------------------------------------------------------------
HANTS_FILE = "zzw-hampshire-county-council-corporate-risk-register-2025-26.xlsx"
HANTS_TITLE = "Hampshire County Council – Corporate Risk Register 2025/26 (Quarter 2)"
RAGF = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

HANTS = [
    dict(band="CR01 – Medium-term financial sustainability",
         desc="Demand and inflation in social care, SEND home to school transport and temporary accommodation exceed available funding, so that the County Council cannot set a balanced budget from 2026/27 without exceptional financial support.\nExisting controls: MTFS refreshed quarterly; SP2025 savings tracking; reserves strategy.",
         owner="Director of Corporate Operations", scores=(16, 16, 12), trend="↔",
         actions=[
             dict(ref="CR01.1", action="Deliver the remaining SP2025 savings of £31.6m and report progress monthly to CMT and Cabinet.",
                  owner="Deputy Chief Finance Officer", date=D(2026, 3, 31), prev="A", cur="A",
                  progress="£19.2m delivered or on track; £12.4m at risk, mainly in Adults' Health and Care.",
                  exp=dict(lead=["Deputy Chief Finance Officer"], end="2026-03", status="amber")),
             dict(ref="CR01.2", action="Make the case to Government, through the County Councils Network, for multi-year funding that reflects demand pressures.",
                  owner="Chief Executive / Director of Corporate Operations", date="Ongoing", prev="G", cur="G",
                  progress="Joint CCN submission to the Spending Review made in June 2025.",
                  exp=dict(lead=["Chief Executive", "Director of Corporate Operations"], end=None, end_text="Ongoing", status="green")),
         ]),
    dict(band="CR02 – Fragility of the adult social care provider market",
         desc="Provider failure or withdrawal, driven by workforce shortages and cost pressures, leaves the Council unable to meet eligible needs or support timely hospital discharge.\nExisting controls: market position statement; provider quality monitoring; contingency placements.",
         owner="Director of Adults' Health and Care", scores=(12, 12, 8), trend="↓",
         actions=[
             dict(ref="CR02.1", action="Complete the cost of care refresh for residential and nursing care and agree the 2026/27 fee uplift with providers.",
                  owner="Deputy Director – Commissioning (AHC)", date="Jan 2026", prev="G", cur="G",
                  progress="Provider survey closed; 61% response rate. Modelling under way.",
                  exp=dict(lead=["Deputy Director – Commissioning (AHC)"], end="2026-01", status="green")),
             dict(ref="CR02.2", action="Commission 60 additional discharge-to-assess beds for winter 2025/26 jointly with NHS Hampshire and Isle of Wight ICB.",
                  owner="Deputy Director – Commissioning (AHC)", date=D(2025, 10, 31), prev="A", cur="B",
                  progress="All 60 beds contracted from 20 October 2025.",
                  exp=dict(lead=["Deputy Director – Commissioning (AHC)"], end="2025-10", status="blue")),
         ]),
    dict(band="CR03 – SEND demand and the High Needs Block deficit",
         desc="Continued growth in EHCPs and independent specialist placements increases the High Needs Block deficit beyond the statutory override period.\nExisting controls: DBV programme board; placement panel; monthly deficit forecasting.",
         owner="Director of Children's Services", scores=(16, 16, 12), trend="↑",
         actions=[
             dict(ref="CR03.1", action="Deliver the Delivering Better Value in SEND workstreams on mainstream inclusion and early language support.",
                  owner="Assistant Director – Education and Inclusion", date="31/03/2026 (was 31/12/2025)", prev="A", cur="R",
                  progress="Inclusion toolkit delayed by recruitment to the Specialist Teacher posts; revised date agreed by CMT.",
                  exp=dict(lead=["Assistant Director – Education and Inclusion"], end="2026-03", status="red")),
             dict(ref="CR03.2", action="Create 240 additional resourced provision places in mainstream schools by September 2026.",
                  owner="Head of SEN Services", date="Sep-26", prev="G", cur="A",
                  progress="148 places approved; capital works at four schools subject to planning.",
                  exp=dict(lead=["Head of SEN Services"], end="2026-09", status="amber")),
         ]),
    dict(band="CR04 – Cyber attack or major ICT failure",
         desc="A successful cyber attack or failure of core infrastructure disrupts critical services and leads to loss of data.\nExisting controls: 24/7 security monitoring; PSN compliance; staff training; back-up regime.",
         owner="Chief Information Officer", scores=(16, 12, 8), trend="↔",
         actions=[
             dict(ref="CR04.1", action="Complete migration of the remaining on-premise servers to cloud hosting with immutable back-ups.",
                  owner="Chief Information Officer", date="Q4 2025/26", prev="A", cur="A",
                  progress="72% of workloads migrated; finance system cut-over planned for February.",
                  exp=dict(lead=["Chief Information Officer"], end="2026-03", status="amber")),
             dict(ref="CR04.2", action="Run a cyber incident exercise with CMT and Gold commanders and update the ICT Disaster Recovery Plan.",
                  owner="Head of Emergency Planning / Chief Information Officer", date=D(2025, 9, 30), prev="G", cur="B",
                  progress="Exercise held 16 September 2025; DR Plan v4 approved.",
                  exp=dict(lead=["Head of Emergency Planning", "Chief Information Officer"], end="2025-09", status="blue")),
         ]),
    dict(band="CR05 – Deterioration of the highway network",
         desc="Insufficient investment and severe weather cause the condition of the road network to decline, increasing claims and reducing public confidence.\nExisting controls: Highways Asset Management Plan; risk-based inspection regime.",
         owner="Director of Universal Services", scores=(12, 12, 9), trend="↔",
         actions=[
             dict(ref="CR05.1", action="Deliver the 2025/26 resurfacing and pothole repair programme funded by the additional Department for Transport allocation.",
                  owner="Assistant Director – Highways Operations", date=D(2026, 3, 31), prev="G", cur="G",
                  progress="54% of the programme complete at the end of September.",
                  exp=dict(lead=["Assistant Director – Highways Operations"], end="2026-03", status="green")),
             dict(ref="CR05.2", action="Refresh the Highways Asset Management Strategy and present it to Cabinet.",
                  owner="Head of Highways Asset Management", date="December 2025", prev="G", cur="",
                  cur_fill="amber",
                  progress="Draft prepared; Cabinet slot moved to the January meeting.",
                  exp=dict(lead=["Head of Highways Asset Management"], end="2025-12", status="amber")),
         ]),
]


def build_hants():
    wb = Workbook()
    ws = wb.active
    ws.title = "Front sheet"
    ws.merge_cells("A1:D1")
    put(ws, 1, 1, HANTS_TITLE, border=False).font = Font(bold=True, size=14)
    put(ws, 3, 1, "Document control", bold=True, border=False)
    rows = [("Version", "2.1"), ("Date", "14/10/2025"), ("Register owner", "Head of Risk and Insurance"),
            ("Reviewed by", "Corporate Management Team, 7 October 2025"),
            ("Reported to", "Audit Committee, 27 November 2025"), ("Next review", "January 2026 (Quarter 3)")]
    for i, (k, v) in enumerate(rows, 4):
        put(ws, i, 1, k, bold=True, bg="head")
        put(ws, i, 2, v)
    put(ws, 11, 1, "Version history", bold=True, border=False)
    for j, h in enumerate(["Version", "Date", "Change"], 1):
        put(ws, 12, j, h, bold=True, bg="head")
    hist = [("1.0", "15/04/2025", "Register agreed for 2025/26"),
            ("2.0", "10/07/2025", "Quarter 1 review; CR03 score increased"),
            ("2.1", "14/10/2025", "Quarter 2 review; CR02.2 and CR04.2 completed")]
    for i, rr in enumerate(hist, 13):
        for j, v in enumerate(rr, 1):
            put(ws, i, j, v)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 40

    ws = wb.create_sheet("Scoring and RAG key")
    put(ws, 1, 1, "Risk scoring (Likelihood x Impact, each 1–4)", bold=True, border=False)
    bands = [("12–16", "Very high – CMT oversight", "red"), ("8–9", "High – Director oversight", "amber"),
             ("4–6", "Medium – managed in directorate", "FFFF00"), ("1–3", "Low – tolerate", "green")]
    for i, (s, t, c) in enumerate(bands, 2):
        put(ws, i, 1, s, bg=c)
        put(ws, i, 2, t)
    put(ws, 7, 1, "Further action RAG", bold=True, border=False)
    keys = [("B", "Complete"), ("G", "On track"), ("A", "Some slippage – recoverable"),
            ("R", "Significant slippage – at risk")]
    for i, (k, t) in enumerate(keys, 8):
        put(ws, i, 1, k, bg=RAGF[k])
        put(ws, i, 2, t)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Register")
    ws.merge_cells("A1:M1")
    put(ws, 1, 1, "Corporate Risk Register – Quarter 2 2025/26 (position at 30 September 2025)", border=False).font = Font(bold=True, size=13)
    ws.merge_cells("A2:M2")
    put(ws, 2, 1, "Scores are Likelihood x Impact. Inherent = before controls; Current = with existing controls; Target = after further actions are complete.", border=False)
    hdr = ["Action ref", "Risk description and existing controls", "Risk owner", "Inherent score", "Current score",
           "Target score", "Trend", "Further actions", "Action owner", "Target date", "Previous RAG", "Current RAG",
           "Progress (Q2)"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, bold=True, bg="head")
    r = 5
    cur_counts = {}
    for risk in HANTS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
        put(ws, r, 1, risk["band"], bold=True, bg="band", color="FFFFFF")
        r += 1
        first = r
        n = len(risk["actions"])
        put(ws, r, 2, risk["desc"])
        put(ws, r, 3, risk["owner"])
        for j, s in enumerate(risk["scores"], 4):
            put(ws, r, j, s, bg="red" if s >= 12 else "amber")
        put(ws, r, 7, risk["trend"])
        for a in risk["actions"]:
            put(ws, r, 1, a["ref"])
            put(ws, r, 8, a["action"])
            put(ws, r, 9, a["owner"])
            put(ws, r, 10, a["date"], datefmt="dd/mm/yyyy")
            put(ws, r, 11, a["prev"], bg=RAGF[a["prev"]])
            if a["cur"]:
                put(ws, r, 12, a["cur"], bg=RAGF[a["cur"]])
            else:
                put(ws, r, 12, None, bg=a["cur_fill"])
            put(ws, r, 13, a["progress"])
            key = a["cur"] or {"amber": "A"}[a["cur_fill"]]
            cur_counts[key] = cur_counts.get(key, 0) + 1
            r += 1
        if n > 1:
            for col in range(2, 8):
                ws.merge_cells(start_row=first, start_column=col, end_row=first + n - 1, end_column=col)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
    put(ws, r, 1, "Note: risks CR06–CR09 contain commercially sensitive information and are reported in the confidential (Part II) appendix.", border=False)
    r += 2
    put(ws, r, 1, "Summary of further actions – current RAG", bold=True, border=False)
    r += 1
    for k, label in [("B", "Complete"), ("G", "On track"), ("A", "Some slippage"), ("R", "Significant slippage")]:
        put(ws, r, 1, k, bg=RAGF[k])
        put(ws, r, 2, label)
        put(ws, r, 3, cur_counts.get(k, 0))
        r += 1
    put(ws, r, 2, "Total", bold=True)
    put(ws, r, 3, sum(cur_counts.values()), bold=True)
    widths = [10, 50, 22, 9, 9, 9, 7, 46, 26, 16, 9, 9, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJKLM"[i]].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, HANTS_FILE))


# ---------------------------------------------------------------------------
# 3. Rochford District Council - annual delivery plan tracker (REFUSE: typo month)
# ---------------------------------------------------------------------------
ROCH_FILE = "zzw-rochford-dc-business-plan-annual-delivery-plan-q2-2025-26-typo-month-refuse.xlsx"
ROCH_TITLE = "Rochford District Council – Business Plan 2023–2027: Annual Delivery Plan 2025/26"
ROCH_STF = {"Complete": "blue", "G": "green", "A": "amber", "R": "red"}
ROCH = [
    ("Priority 1 – Maximising Our Assets", [
        ("1.1", "Publish the Regulation 18 draft Local Plan for public consultation", "Strategic Planning Manager", "Mar-26", "G", "A",
         "Evidence base on transport modelling delayed; consultation now expected in March."),
        ("1.2", "Mobilise the new leisure operator contract for Clements Hall and Rayleigh leisure centres", "Assistant Director – Place and Environment", "Sept 2025", "G", "Complete",
         "New operator in place from 1 September 2025."),
    ]),
    ("Priority 2 – Early Intervention", [
        ("2.1", "Open a Cost of Living Support Hub at Rayleigh library with Citizens Advice Rochford", "Community Services Manager", "Dec-25", "G", "G",
         "Partnership agreement signed; hub opens weekly from November."),
        ("2.2", "Adopt a refreshed Homelessness and Rough Sleeping Strategy", "Housing Options Manager / Strategic Housing Lead", "Febuary 2026", "G", "A",
         "Consultation closed 30 September; 46 responses being analysed."),
    ]),
    ("Priority 3 – Enabling Communities", [
        ("3.1", "Deliver the UK Shared Prosperity Fund community grants round for 2025/26", "Economic Development Officer", "Mar-26", "G", "G",
         "19 grants awarded totalling £84,000."),
        ("3.2", "Complete the play area refurbishment programme at Hockley Woods and Great Wakering", "Open Spaces Manager", "Oct-25", "A", "R",
         "Contractor entered administration in August; re-procurement under way."),
    ]),
    ("Priority 4 – Becoming Financially Sustainable", [
        ("4.1", "Agree the 2026/27 budget and Medium Term Financial Strategy", "Strategic Director (S151 Officer)", "Feb-26", "G", "G",
         "Budget timetable agreed with Leader; first draft to Policy and Resources Committee in December."),
        ("4.2", "Complete the joint ICT platform migration under the Brentwood and Rochford partnership", "Head of ICT (Brentwood and Rochford)", "Jun-26", "A", "A",
         "Telephony migrated; Microsoft 365 tenant merge scheduled for spring."),
    ]),
]
ROCH_TYPO_ROW = None  # filled in by build_rochford


def build_rochford():
    global ROCH_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    put(ws, 1, 1, ROCH_TITLE, border=False).font = Font(bold=True, size=14)
    put(ws, 2, 1, "Quarter 2 progress report (July – September 2025)", border=False)
    put(ws, 3, 1, "Report to: Overview and Scrutiny Committee, 18 November 2025", border=False)
    put(ws, 5, 1, "Status key", bold=True, border=False)
    for i, (k, t) in enumerate([("Complete", "Action delivered"), ("G", "On track"), ("A", "Minor slippage"),
                                ("R", "Significant slippage or at risk")], 6):
        put(ws, i, 1, k, bg=ROCH_STF[k])
        put(ws, i, 2, t)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 36

    ws = wb.create_sheet("Delivery Plan")
    ws.merge_cells("A1:G1")
    put(ws, 1, 1, "Annual Delivery Plan 2025/26 – Quarter 2 Update", border=False).font = Font(bold=True, size=13)
    hdr = ["Ref", "Action", "Lead Officer", "Deadline", "Q1 Status", "Q2 Status", "Q2 Commentary"]
    for i, h in enumerate(hdr, 1):
        put(ws, 3, i, h, bold=True, bg="head")
    r = 4
    for pri, acts in ROCH:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        put(ws, r, 1, pri, bold=True, bg="band", color="FFFFFF")
        r += 1
        for ref, action, lead, deadline, q1, q2, comm in acts:
            put(ws, r, 1, ref)
            put(ws, r, 2, action)
            put(ws, r, 3, lead)
            put(ws, r, 4, deadline)
            put(ws, r, 5, q1, bg=ROCH_STF[q1])
            put(ws, r, 6, q2, bg=ROCH_STF[q2])
            put(ws, r, 7, comm)
            if "Febuary" in deadline:
                ROCH_TYPO_ROW = r
            r += 1
    r += 1
    put(ws, r, 1, "Q2 summary: 1 complete, 3 on track, 3 minor slippage, 1 significant slippage (8 actions).", border=False)
    widths = [6, 50, 30, 13, 10, 10, 48]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    wb.save(os.path.join(HERE, ROCH_FILE))


# ---------------------------------------------------------------------------
# 4. Northumberland Health and Well-being Board - action log (CSV)
# ---------------------------------------------------------------------------
NHWB_FILE = "zzw-northumberland-health-and-wellbeing-board-action-log.csv"
NHWB_TITLE = "Northumberland Health and Well-being Board – Action Log"
NHWB = [
    ("Meeting held on 10 April 2025", [
        dict(no="HWB/25/01", minute="96",
             action="Circulate the Building Blocks of a Good Life annual update to town and parish councils for information.",
             owner="Policy Officer – Public Health", due="30/04/2025", rag="B", update="Circulated 24 April 2025.",
             exp=dict(lead=["Policy Officer – Public Health"], end="2025-04", status="blue")),
        dict(no="HWB/25/02", minute="97",
             action="Bring the 0-19 Growing Healthy Northumberland performance dashboard to the Board, including breastfeeding continuation by locality.",
             owner="Director of Public Health", due="Sep-25", rag="B", update="Presented at the September meeting (minute 31).",
             exp=dict(lead=["Director of Public Health"], end="2025-09", status="blue")),
        dict(no="HWB/25/03", minute="98",
             action="Explore with Advance Northumberland a healthy homes standard for new council-led housing developments.",
             owner="Service Director – Housing / Consultant in Public Health", due="Dec-25", rag="A",
             update="Initial meeting held 3 July; scope still to be agreed.",
             exp=dict(lead=["Service Director – Housing", "Consultant in Public Health"], end="2025-12", status="amber")),
    ]),
    ("Meeting held on 12 June 2025", [
        dict(no="HWB/25/04", minute="12",
             action="Provide a briefing on uptake of NHS Health Checks in the most deprived 20% of communities.",
             owner="Senior Public Health Manager", due="January 2026", rag="G", update="Data request made to GP practices via the ICB.",
             exp=dict(lead=["Senior Public Health Manager"], end="2026-01", status="green")),
        dict(no="HWB/25/05", minute="13",
             action="Arrange a development session for Board members on the Joint Strategic Needs Assessment refresh.",
             owner="Kirsty Lowther", due="Nov 2025", rag="G", update="Session booked for 20 November, County Hall.",
             exp=dict(lead=["Kirsty Lowther"], end="2025-11", status="green")),
        dict(no="HWB/25/06", minute="14",
             action="Confirm the ICB place-based lead for the Inequalities Plan and update the Board membership list.",
             owner="Democratic Services Officer", due="31/07/2025", rag="R", update="Awaiting confirmation from NENC ICB.",
             exp=dict(lead=["Democratic Services Officer"], end="2025-07", status="red")),
    ]),
    ("Meeting held on 11 September 2025", [
        dict(no="HWB/25/07", minute="29",
             action="Circulate the draft Northumberland Alcohol Strategy 2025–2030 to members for comment before final approval.",
             owner="Public Health Lead – Substance Misuse", due="03/10/2025", rag="B",
             update="Circulated 26 September 2025, comments requested by 10 October.",
             exp=dict(lead=["Public Health Lead – Substance Misuse"], end="2025-10", status="blue")),
        dict(no="HWB/25/08", minute="30",
             action="Report back on the responses to the Pharmaceutical Needs Assessment consultation.",
             owner="Consultant in Public Health (Health Protection)", due="March 2026", rag="G",
             update="Consultation opens 1 December 2025.",
             exp=dict(lead=["Consultant in Public Health (Health Protection)"], end="2026-03", status="green")),
        dict(no="HWB/25/09", minute="31",
             action="Add a standing item on winter vaccination uptake to the forward plan for the October to February meetings.",
             owner="Democratic Services Officer", due="Ongoing", rag="G", update="Added to forward plan.",
             exp=dict(lead=["Democratic Services Officer"], end=None, end_text="Ongoing", status="green")),
    ]),
]


def build_nhwb():
    ncol = 7
    rows = [[NHWB_TITLE] + [""] * (ncol - 1),
            ["Updated following the meeting on 11 September 2025"] + [""] * (ncol - 1),
            [""] * ncol,
            ["No.", "Minute", "Action", "Owner", "Due", "RAG", "Update"]]
    for meeting, acts in NHWB:
        rows.append([meeting] + [""] * (ncol - 1))
        for a in acts:
            rows.append([a["no"], a["minute"], a["action"], a["owner"], a["due"], a["rag"], a["update"]])
    rows.append([""] * ncol)
    rows.append(["RAG: B = complete, G = on track, A = at risk of missing due date, R = overdue"] + [""] * (ncol - 1))
    rows.append(["Closed actions are removed from the log after they have been reported to one meeting."] + [""] * (ncol - 1))
    with open(os.path.join(HERE, NHWB_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
DOCX_FILL = {"blue": "00B0F0", "green": "92D050", "amber": "FFC000", "red": "FF0000", "head": "D9E2F3", "rec": "F2F2F2"}


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), DOCX_FILL.get(color, color))
    tcPr.append(shd)


def set_cell(cell, text, bold=False, bg=None, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if bg:
        shade(cell, bg)


# ---------------------------------------------------------------------------
# 5. Isle of Wight Safeguarding Children Partnership - LCSPR Child E action plan
# ---------------------------------------------------------------------------
IOW_FILE = "zzw-isle-of-wight-safeguarding-children-partnership-lcspr-child-e-action-plan.docx"
IOW_TITLE = "LCSPR Child E – Multi-agency Action Plan"
IOW = [
    ("Learning theme 1: Seeing the baby – recognising neglect in the first year of life", [
        ("Recommendation 1: Safeguarding partners should seek assurance that practitioners in universal health services routinely consider the lived experience of babies where a parent has mental ill-health.", [
            dict(no="1.1", action="Add a prompt on infant feeding, sleep and home conditions to the health visiting new birth and 6–8 week contact templates.",
                 lead="Named Nurse Safeguarding (IOW NHS Trust)", target="July 2025",
                 progress="Templates updated on SystmOne 30 June 2025. Audit of 20 records in September: prompt completed in 18.",
                 rag="Blue", exp=dict(lead=["Named Nurse Safeguarding (IOW NHS Trust)"], end="2025-07", status="blue")),
            dict(no="1.2", action="Deliver multi-agency briefings on the IOWSCP Neglect Toolkit to GP practices and health visiting teams.",
                 lead="Designated Nurse Safeguarding Children (HIOW ICB) / Named GP", target="Autumn term 2025",
                 progress="Four of seven briefings delivered.",
                 rag="Green", exp=dict(lead=["Designated Nurse Safeguarding Children (HIOW ICB)", "Named GP"], end="2025-12", status="green")),
        ]),
        ("Recommendation 2: Children's Services and the Perinatal Mental Health Team should agree how concerns about parenting capacity are shared and acted on.", [
            dict(no="2.1", action="Agree a joint protocol between the Perinatal Mental Health Team and Children's Services for sharing concerns about parenting capacity.",
                 lead="Head of Service – MASH and Assessment", target="31/12/2025",
                 progress="Draft protocol with IOW NHS Trust information governance for comment; sign-off slipped from October.",
                 rag="Amber", exp=dict(lead=["Head of Service – MASH and Assessment"], end="2025-12", status="amber")),
        ]),
    ]),
    ("Learning theme 2: Fathers and male carers", [
        ("Recommendation 3: Agencies should ensure that fathers and male carers are identified, assessed and included in plans for the baby.", [
            dict(no="3.1", action="Amend the MASH and single assessment templates so that every adult in the household is named and their role recorded.",
                 lead="Service Manager – Quality Assurance (Children's Services)", target="End of November 2025",
                 progress="Mosaic change request approved; testing in October.",
                 rag="Green", exp=dict(lead=["Service Manager – Quality Assurance (Children's Services)"], end="2025-11", status="green")),
            dict(no="3.2", action="Issue a 7-minute briefing on ‘Invisible men’ to all partner agencies.",
                 lead="IOWSCP Business Manager", target="May 2025",
                 progress="Published 28 May 2025 and shared through agency safeguarding leads.",
                 rag="Blue", exp=dict(lead=["IOWSCP Business Manager"], end="2025-05", status="blue")),
            dict(no="3.3", action="Include a question on the involvement of fathers in the Q3 multi-agency audit of child protection plans.",
                 lead="Quality Assurance Subgroup Chair", target="Q3 2025/26",
                 progress="Audit tool updated; audit scheduled for December.",
                 rag="Green", exp=dict(lead=["Quality Assurance Subgroup Chair"], end="2025-12", status="green")),
        ]),
    ]),
    ("Learning theme 3: Escalation and professional challenge", [
        ("Recommendation 4: The IOWSCP should evaluate whether the revised Escalation Policy is understood and used by front-line practitioners.", [
            dict(no="4.1", action="Run a practitioner survey on use of the Escalation Policy and report the findings to the Learning and Improvement Subgroup.",
                 lead="IOWSCP Learning and Development Officer", target="Jan-26",
                 progress="Survey launched 6 October 2025; closes 7 November.",
                 rag="Green", exp=dict(lead=["IOWSCP Learning and Development Officer"], end="2026-01", status="green")),
            dict(no="4.2", action="Record all formal escalations on a central log and report numbers and themes to the Safeguarding Partners quarterly.",
                 lead="IOWSCP Business Manager", target="Ongoing – quarterly",
                 progress="Log in place; first report presented 15 September 2025.",
                 rag="Green", exp=dict(lead=["IOWSCP Business Manager"], end=None, end_text="Ongoing – quarterly", status="green")),
            dict(no="4.3", action="Deliver a multi-agency workshop on professional curiosity and challenge, using the Child E review as a practice example.",
                 lead="Detective Inspector – Public Protection (HIOW Constabulary)", target="March 2026",
                 progress="Venue booked; facilitator to be confirmed.",
                 rag="", rag_fill="amber", exp=dict(lead=["Detective Inspector – Public Protection (HIOW Constabulary)"], end="2026-03", status="amber")),
        ]),
    ]),
]


def build_iow():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(IOW_TITLE, style="Title")
    doc.add_paragraph("Isle of Wight Safeguarding Children Partnership (IOWSCP)")
    doc.add_paragraph("Review published: 19 March 2025. Action plan owner: IOWSCP Learning and Improvement Subgroup. "
                      "Progress is reported to the Safeguarding Partners Executive each quarter.")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Summary of changes"]):
        set_cell(c, h, bold=True, bg="head")
    for row in [("1.0", "02/04/2025", "IOWSCP Business Manager", "First version agreed by Safeguarding Partners"),
                ("2.0", "10/07/2025", "IOWSCP Business Manager", "Q1 progress added"),
                ("3.0", "14/10/2025", "IOWSCP Business Manager", "Q2 progress added; actions 1.1 and 3.2 closed")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph("RAG key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v, c in [("Blue", "Action complete and impact evidenced", "blue"), ("Green", "On track", "green"),
                    ("Amber", "Delayed – recovery in place", "amber"),
                    ("Red", "Not progressing – escalated to Safeguarding Partners", "red")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True, bg=c)
        set_cell(cells[1], v)

    hdr = ["No.", "Action", "Lead", "Target date", "Progress update (October 2025)", "RAG"]
    for theme, recs in IOW:
        doc.add_paragraph(theme, style="Heading 1")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_cell(c, h, bold=True, bg="head")
        for rec, acts in recs:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            set_cell(merged, rec, bold=True, bg="rec")
            for a in acts:
                cells = t.add_row().cells
                set_cell(cells[0], a["no"])
                set_cell(cells[1], a["action"])
                set_cell(cells[2], a["lead"])
                set_cell(cells[3], a["target"])
                set_cell(cells[4], a["progress"])
                if a["rag"]:
                    set_cell(cells[5], a["rag"], bold=True, bg=a["rag"].lower())
                else:
                    set_cell(cells[5], "", bg=a["rag_fill"])
        doc.add_paragraph("")

    doc.add_paragraph("Notes", style="Heading 2")
    doc.add_paragraph("Actions rated Blue will be removed at the next version once the Learning and Improvement Subgroup "
                      "has reviewed the impact evidence.")
    doc.add_paragraph("Sign-off", style="Heading 2")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Safeguarding partner", "Signed", "Date"]):
        set_cell(c, h, bold=True, bg="head")
    for row in [("Isle of Wight Council", "Director of Children's Services", "21/10/2025"),
                ("NHS Hampshire and Isle of Wight ICB", "Chief Nursing Officer", "21/10/2025"),
                ("Hampshire and Isle of Wight Constabulary", "Assistant Chief Constable", "22/10/2025")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(os.path.join(HERE, IOW_FILE))


# ---------------------------------------------------------------------------
# 6. Herefordshire Council - Children's Services Improvement Programme highlight report
# ---------------------------------------------------------------------------
HEREF_FILE = "zzw-herefordshire-council-childrens-improvement-programme-highlight-report.docx"
HEREF_TITLE = "Children's Services Improvement Programme – Highlight Report"
HR_FILL = {"G": "green", "A": "amber", "R": "red", "Complete": "blue", "New": None}
HEREF = [
    ("Workstream 1 – Front Door, MASH and Early Help", [
        dict(ref="W1.1", m="Recruit permanent team managers to both MASH pods and end reliance on agency managers",
             owner="Head of Service – MASH and Early Help", due="30/06/2025", rev="31/10/2025", prev="A", cur="A",
             comm="One permanent manager started 1 September; second offer accepted, start date 27 October.",
             exp=dict(lead=["Head of Service – MASH and Early Help"], end="2025-10", status="amber")),
        dict(ref="W1.2", m="Implement the revised Early Help Assessment on Mosaic with partner access through the portal",
             owner="Early Help Service Manager / Mosaic Systems Lead", due="Sep-25", rev="", prev="G", cur="Complete",
             comm="Live from 15 September 2025; 64 partner users trained.",
             exp=dict(lead=["Early Help Service Manager", "Mosaic Systems Lead"], end="2025-09", status="blue")),
        dict(ref="W1.3", m="Launch the refreshed multi-agency threshold guidance with the Herefordshire Safeguarding Children Partnership",
             owner="Principal Social Worker", due="31/12/2025", rev="", prev="G", cur="G",
             comm="Draft agreed by HSCP Executive; launch events planned for December.",
             exp=dict(lead=["Principal Social Worker"], end="2025-12", status="green")),
    ]),
    ("Workstream 2 – Quality of Practice and Management Oversight", [
        dict(ref="W2.1", m="Embed monthly practice weeks with dip sampling by all senior leaders",
             owner="Head of Quality Assurance", due="31/07/2025", rev="", prev="G", cur="Complete",
             comm="Practice weeks held in June, July, August and September; findings reported to DLT.",
             exp=dict(lead=["Head of Quality Assurance"], end="2025-07", status="blue")),
        dict(ref="W2.2", m="Reduce average social worker caseloads in the Safeguarding and Family Support teams to 18 or fewer",
             owner="Service Director – Safeguarding and Family Support", due="30/09/2025", rev="31/01/2026", prev="A", cur="R",
             comm="Average caseload 21.4 at 30 September, driven by vacancies in the Hereford City team. Board support requested for an additional agency project team.",
             exp=dict(lead=["Service Director – Safeguarding and Family Support"], end="2026-01", status="red")),
        dict(ref="W2.3", m="Roll out the supervision quality framework and audit compliance quarterly",
             owner="Principal Social Worker / Head of Quality Assurance", due="Nov-25", rev="", prev="G", cur="G",
             comm="Framework launched at the all-staff event on 18 September.",
             exp=dict(lead=["Principal Social Worker", "Head of Quality Assurance"], end="2025-11", status="green")),
    ]),
    ("Workstream 3 – Children in Care and Care Leavers", [
        dict(ref="W3.1", m="Open a second council-run children's home for up to four young people",
             owner="Head of Service – Corporate Parenting", due="31/03/2026", rev="30/06/2026", prev="A", cur="A",
             comm="Property purchased; Ofsted registration application cannot be submitted until the Registered Manager is appointed.",
             exp=dict(lead=["Head of Service – Corporate Parenting"], end="2026-06", status="amber")),
        dict(ref="W3.2", m="Complete a sufficiency review of local foster carers and launch the recruitment campaign",
             owner="Fostering Service Manager", due="Oct-25", rev="", prev="G", cur="G",
             comm="Sufficiency review complete; recruitment campaign launches 13 October.",
             exp=dict(lead=["Fostering Service Manager"], end="2025-10", status="green")),
        dict(ref="W3.3", m="Co-produce the refreshed Care Leaver Local Offer with the Children in Care Council",
             owner="Care Leavers Team Manager", due="December 2025", rev="", prev="G", cur="G",
             comm="Two co-production sessions held; draft offer to Corporate Parenting Panel in November.",
             exp=dict(lead=["Care Leavers Team Manager"], end="2025-12", status="green")),
    ]),
    ("Workstream 4 – Workforce", [
        dict(ref="W4.1", m="Recruit 12 international social workers in cohort 2",
             owner="Head of Workforce Development (Children's)", due="31/12/2025", rev="", prev="New", cur="A",
             comm="8 offers made; visa processing times are longer than planned.",
             exp=dict(lead=["Head of Workforce Development (Children's)"], end="2025-12", status="amber")),
    ]),
]


def build_heref():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph(HEREF_TITLE, style="Title")
    doc.add_paragraph("Herefordshire Council – Children and Young People Directorate")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v, c in [("Reporting period", "1 August – 30 September 2025", None),
                    ("Report to", "Children's Improvement Board, 8 October 2025", None),
                    ("Senior Responsible Owner", "Corporate Director – Children and Young People", None),
                    ("Programme Manager", "Hannah Bevan", None),
                    ("Overall RAG – previous period", "Amber", "amber"),
                    ("Overall RAG – this period", "Amber", "amber")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True, bg="head")
        set_cell(cells[1], v, bg=c)
    p = doc.add_paragraph("RAG key: G – on track; A – at risk, recovery plan in place; R – off track, Board support needed; "
                          "Complete – milestone delivered.")
    p.runs[0].italic = True

    doc.add_paragraph("Key achievements this period", style="Heading 1")
    for b in ["Revised Early Help Assessment live on Mosaic with partner access.",
              "Fourth consecutive month of practice weeks completed, with 112 case files dip sampled.",
              "Ofsted's seventh monitoring visit letter (June 2025) published; improvement in children in care practice recognised."]:
        doc.add_paragraph(b, style="List Bullet")

    hdr = ["Ref", "Milestone", "Owner", "Due date", "Revised date", "Prev RAG", "Current RAG", "Commentary"]
    for ws_name, ms in HEREF:
        doc.add_paragraph(ws_name, style="Heading 2")
        t = doc.add_table(rows=1, cols=8)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_cell(c, h, bold=True, bg="head", size=8)
        for m in ms:
            cells = t.add_row().cells
            set_cell(cells[0], m["ref"], size=8)
            set_cell(cells[1], m["m"], size=8)
            set_cell(cells[2], m["owner"], size=8)
            set_cell(cells[3], m["due"], size=8)
            set_cell(cells[4], m["rev"], size=8)
            set_cell(cells[5], m["prev"], size=8, bg=HR_FILL[m["prev"]])
            set_cell(cells[6], m["cur"], size=8, bold=True, bg=HR_FILL[m["cur"]])
            set_cell(cells[7], m["comm"], size=8)

    doc.add_paragraph("Top risks and issues", style="Heading 1")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Risk / issue", "Rating", "Mitigation"]):
        set_cell(c, h, bold=True, bg="head")
    for row in [("Reliance on agency social workers in the Hereford City team", "High",
                 "International recruitment cohort 2; market supplement agreed for experienced social workers."),
                ("Delay to Ofsted registration of the second children's home", "Medium",
                 "Interim Registered Manager arrangement explored with the Commissioning team.")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("Decisions required from the Board", style="Heading 1")
    doc.add_paragraph("Agree the request for an additional agency project team for three months to reduce caseloads (milestone W2.2).")
    doc.save(os.path.join(HERE, HEREF_FILE))


# ---------------------------------------------------------------------------
# 7. West Oxfordshire CSP - DHR action plan (tab-separated text export)
# ---------------------------------------------------------------------------
WOX_FILE = "zzw-west-oxfordshire-csp-dhr-rosemary-action-plan.txt"
WOX_TITLE = "West Oxfordshire Community Safety Partnership – Domestic Homicide Review ‘Rosemary’: Action Plan"
WOX = [
    ("Overview report recommendations", [
        ("1. Agencies across Oxfordshire should raise awareness of economic abuse and its impact on older victims.", "Local", [
            dict(action="Develop and circulate a practitioner briefing on economic abuse of older people, co-produced with Age UK Oxfordshire.",
                 lead="Oxfordshire County Council (Community Safety) / Age UK Oxfordshire",
                 milestones="Draft briefing agreed at the Domestic Abuse Strategic Board, June 2025.",
                 target="Sep-25", done="Published 22/09/2025 on the OSCB and OSAB websites.", rag="Complete",
                 exp=dict(lead=["Oxfordshire County Council (Community Safety)", "Age UK Oxfordshire"], end="2025-09", status="blue")),
            dict(action="Include economic abuse in the next refresh of the Oxfordshire domestic abuse training offer.",
                 lead="Oxfordshire Domestic Abuse Partnership Training Lead",
                 milestones="Training needs analysis completed.", target="31/03/2026", done="", rag="G",
                 exp=dict(lead=["Oxfordshire Domestic Abuse Partnership Training Lead"], end="2026-03", status="green")),
        ]),
        ("2. GP practices should routinely ask about domestic abuse when an older patient presents with carer stress or unexplained injuries.", "Local", [
            dict(action="Roll out IRIS+ domestic abuse training to GP practices in West Oxfordshire.",
                 lead="BOB ICB Safeguarding Team",
                 milestones="11 of 17 practices trained.\nRemaining practices booked for January and February 2026.",
                 target="Q4 2025/26", done="", rag="A",
                 exp=dict(lead=["BOB ICB Safeguarding Team"], end="2026-03", status="amber")),
        ]),
        ("3. The CSP should seek assurance that carers' assessments consider the risk of domestic abuse within the caring relationship.", "Local", [
            dict(action="Amend the carers' assessment template to include:\n- a direct question about feeling safe at home\n- a prompt to complete a DASH risk assessment where abuse is disclosed",
                 lead="Oxfordshire County Council (Adult Social Care)",
                 milestones="Template change approved by the Adult Social Care Practice Board.", target="December 2025", done="", rag="G",
                 exp=dict(lead=["Oxfordshire County Council (Adult Social Care)"], end="2025-12", status="green")),
            dict(action="Audit 30 carers' assessments six months after the change and report the findings to the CSP.",
                 lead="Adult Social Care Quality Assurance Lead",
                 milestones="Not yet due.", target="Jun-26", done="", rag="",
                 exp=dict(lead=["Adult Social Care Quality Assurance Lead"], end="2026-06", status="unrated")),
        ]),
        ("4. The Home Office should consider including older victims and economic abuse in the next DHR thematic analysis.", "National", [
            dict(action="Write to the Home Office DHR Oversight team highlighting the learning on older victims and economic abuse.",
                 lead="West Oxfordshire CSP Chair", milestones="", target="31/07/2025",
                 done="Letter sent 15/07/2025; acknowledgement received.", rag="Complete",
                 exp=dict(lead=["West Oxfordshire CSP Chair"], end="2025-07", status="blue")),
        ]),
    ]),
    ("Single agency recommendations", [
        ("TVP 1. Thames Valley Police should ensure that call handlers record the relationship between the parties in all domestic incidents involving people aged over 65.", "Single agency", [
            dict(action="Update the call handling aide-memoire and deliver a briefing to all Force Control Room staff.",
                 lead="Thames Valley Police", milestones="Aide-memoire revised May 2025.", target="30/06/2025",
                 done="Completed 30/06/2025 – compliance audit planned for Q3.", rag="Complete",
                 exp=dict(lead=["Thames Valley Police"], end="2025-06", status="blue")),
        ]),
        ("OH 1. Oxford Health NHS FT should strengthen routine enquiry about domestic abuse in older adult community mental health teams.", "Single agency", [
            dict(action="Add routine enquiry to the older adults' mental health assessment on RiO and monitor completion monthly.",
                 lead="Oxford Health NHS FT", milestones="RiO form updated August 2025; completion 68% in September.",
                 target="Ongoing", done="", rag="G",
                 exp=dict(lead=["Oxford Health NHS FT"], end=None, end_text="Ongoing", status="green")),
        ]),
    ]),
]


def tsv_field(s):
    if "\n" in s or "\t" in s or '"' in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def build_wox():
    ncol = 8
    lines = [WOX_TITLE + "\t" * (ncol - 1),
             "Progress position at 30 September 2025 – for the Oxfordshire DHR Oversight Group" + "\t" * (ncol - 1),
             "\t" * (ncol - 1),
             "\t".join(["Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
                        "Key milestones achieved in enacting recommendation", "Target date",
                        "Date of completion and outcome", "RAG"])]
    for section, recs in WOX:
        lines.append(section + "\t" * (ncol - 1))
        for rec, scope, acts in recs:
            for i, a in enumerate(acts):
                cells = [rec if i == 0 else "", scope if i == 0 else "", a["action"], a["lead"], a["milestones"],
                         a["target"], a["done"], a["rag"]]
                lines.append("\t".join(tsv_field(c) for c in cells))
    lines.append("\t" * (ncol - 1))
    lines.append("Key: Complete = action completed; G = on track; A = delayed; R = not progressing; blank = not yet started" + "\t" * (ncol - 1))
    with open(os.path.join(HERE, WOX_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    build_banes()
    build_hants()
    build_rochford()
    build_nhwb()
    build_iow()
    build_heref()
    build_wox()
    print("built 7 files in", HERE, "; Rochford typo row:", ROCH_TYPO_ROW)


if __name__ == "__main__":
    main()
