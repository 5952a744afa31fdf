#!/usr/bin/env python
"""Build the seven zot- blind test files (set heldout742).

Run with /work/main/.venv/bin/python zot_make.py ; files are written beside this script.
The module-level data (KINGDOM, RCH, SAAS, C1ST, UU, THATCHAM, CATS) is also what the
expected readings were written from.
"""
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
D = dt.datetime

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "light": "DEEAF6", "pale": "F2F2F2",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcode):
    return PatternFill("solid", start_color=hexcode, end_color=hexcode)


def put(ws, row, col, value, bold=False, fillhex=None, fmt=None, white=False, center=False, size=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if center else None)
    c.border = BOX
    if bold or white or size:
        c.font = Font(bold=bold, color="FFFFFF" if white else None, size=size)
    if fillhex:
        c.fill = fill(fillhex)
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------------------
# 1. Kingdom Housing Association - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
KINGDOM_FILE = "zot-kingdom-housing-association-internal-audit-recommendations-tracker.xlsx"
KINGDOM_TITLE = "Kingdom Housing Association – Internal Audit Recommendations Tracker"
KINGDOM = [
    ("Rent Arrears & Income Management – report issued March 2025 – Reasonable assurance", [
        dict(ref="24.01", grade=2,
             rec="All arrears cases over £500 should have a documented arrangement or escalation step recorded on the housing management system within 10 working days.",
             action="Housing Officers to record the arrangement or next escalation step on QL for every case over £500.\nWeekly exception report to be issued to Housing Services Managers.",
             lead="Housing Services Manager (North) / Housing Services Manager (South)",
             orig=D(2025, 6, 30), rev=D(2025, 9, 30),
             progress="Exception report live from August 2025. Internal Audit sample check in October 2025 found 19 of 20 cases compliant. Recommend closure.",
             rag="B"),
        dict(ref="24.02", grade=3,
             rec="Procedure notes for the Tenancy Sustainment Fund should be updated to reflect current approval limits.",
             action="Revise Tenancy Sustainment Fund procedure and present to Leadership Team for approval.",
             lead="Financial Inclusion Team Leader",
             orig=D(2025, 12, 31), rev=None,
             progress="Draft procedure prepared; on Leadership Team agenda for 9 December 2025.",
             rag="G"),
    ]),
    ("Procurement & Contract Management – report issued June 2025 – Limited assurance", [
        dict(ref="24.03(a)", grade=1,
             rec="A complete contracts register should be maintained for all contracts above £10,000, recording contract value, start and end dates and the contract owner.",
             action="Consolidate departmental contract lists into a single contracts register held on SharePoint.",
             lead="Head of Finance",
             orig=D(2025, 8, 31), rev=D(2025, 12, 31),
             progress="Register built; 212 of 240 contracts entered. Revised date agreed by Committee in August 2025 due to vacancy in Finance team.",
             rag="A", rec_rows=2),
        dict(ref="24.03(b)", grade=None, rec=None,
             action="Contract owners to confirm the accuracy of their entries and upload signed contracts; register to be reviewed quarterly by Leadership Team.",
             lead="Director of Finance & Corporate Services",
             orig=D(2026, 3, 31), rev=None,
             progress="Will follow completion of 24.03(a). First quarterly review scheduled for March 2026.",
             rag="G"),
        dict(ref="24.04", grade=2,
             rec="Waivers of Standing Orders should be recorded centrally and reported to the Audit & Risk Committee.",
             action="Introduce a waiver log and report it to each Audit & Risk Committee meeting.",
             lead="Procurement Officer",
             orig=D(2025, 9, 30), rev=None,
             progress="Waiver log in place and reported to Committee in August and November 2025.",
             rag="B"),
        dict(ref="24.05", grade=2,
             rec="Conflict of interest declarations should be obtained and retained for all members of tender evaluation panels.",
             action="Build the declaration form into the tender evaluation template and retain completed forms on the tender file.",
             lead="Procurement Officer; Head of Asset Management",
             orig=D(2025, 7, 31), rev=D(2025, 10, 31),
             progress="Template updated but declarations missing for two of the three tenders evaluated since July. Overdue – to be escalated to Director.",
             rag="R"),
    ]),
    ("Cyber Security – report issued September 2025 – Reasonable assurance", [
        dict(ref="25.01", grade=2,
             rec="Multi-factor authentication should be enforced for all remote access accounts, including third-party support accounts.",
             action="Enforce MFA on the remaining third-party support accounts following contract variation with the IT support provider.",
             lead="ICT Manager",
             orig=D(2026, 1, 31), rev=None,
             progress="Contract variation signed 14 October 2025. Configuration change booked for December 2025.",
             rag="G"),
        dict(ref="25.02", grade=3,
             rec="Completion of staff cyber awareness training should be monitored and reported.",
             action="Report mandatory e-learning completion rates monthly to Leadership Team.\nLine managers to follow up where team completion is below 90%.",
             lead="People & OD Manager",
             orig=D(2026, 3, 31), rev=None,
             progress="First monthly report issued October 2025 (overall completion 84%).",
             rag="G"),
    ]),
]
# expected lead readings (a person's reading of the Responsible officer cell)
KINGDOM_LEADS = {
    "24.01": ["Housing Services Manager (North)", "Housing Services Manager (South)"],
    "24.05": ["Procurement Officer", "Head of Asset Management"],
}


def build_kingdom(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = KINGDOM_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to Audit & Risk Committee – 25 November 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Audit", "Year", "Assurance", "Actions", "Complete", "On target", "Revised date", "Overdue"]
    for i, h in enumerate(heads, 1):
        put(ws, 4, i, h, bold=True, white=True, fillhex=FILL["head"])
    rows = [
        ("Rent Arrears & Income Management", "2024/25", "Reasonable", 2, 1, 1, 0, 0),
        ("Procurement & Contract Management", "2025/26", "Limited", 4, 1, 1, 1, 1),
        ("Cyber Security", "2025/26", "Reasonable", 2, 0, 2, 0, 0),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            put(ws, r, i, v)
        r += 1
    put(ws, r, 1, "Total", bold=True, fillhex=FILL["grey"])
    put(ws, r, 2, None, fillhex=FILL["grey"])
    put(ws, r, 3, None, fillhex=FILL["grey"])
    for col, total in zip(range(4, 9), (8, 2, 4, 1, 1)):
        put(ws, r, col, total, bold=True, fillhex=FILL["grey"])
    ws.cell(row=r + 2, column=1, value="Note: actions rated Blue are recommended for closure and will be removed from the tracker once the Committee agrees.")
    for col, w in zip("ABCDEFGH", [38, 10, 14, 10, 11, 11, 13, 10]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Tracker")
    ws["A1"] = KINGDOM_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 October 2025"
    ws["A3"] = "Grading: 1 – Fundamental (urgent action required); 2 – Significant (action required to avoid exposure to significant risk); 3 – Merits attention"
    ws["A4"] = "RAG key:"
    key = [("B", "Complete – evidence verified"), ("G", "On target"), ("A", "Revised date agreed"), ("R", "Overdue")]
    col = 2
    for k, txt in key:
        ws.cell(row=4, column=col).fill = fill(FILL[k])
        ws.cell(row=4, column=col).border = BOX
        ws.cell(row=4, column=col + 1, value=txt)
        col += 2
    heads = ["Ref", "Grade", "Recommendation", "Agreed management action", "Responsible officer",
             "Original date", "Revised date", "Progress update (October 2025)", "RAG"]
    for i, h in enumerate(heads, 1):
        put(ws, 6, i, h, bold=True, white=True, fillhex=FILL["head"])
    r = 7
    for heading, items in KINGDOM:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        put(ws, r, 1, heading, bold=True, fillhex=FILL["grey"])
        r += 1
        for it in items:
            put(ws, r, 1, it["ref"])
            if it["rec"] is not None:
                put(ws, r, 2, it["grade"], center=True)
                put(ws, r, 3, it["rec"])
                span = it.get("rec_rows", 1)
                if span > 1:
                    ws.merge_cells(start_row=r, start_column=2, end_row=r + span - 1, end_column=2)
                    ws.merge_cells(start_row=r, start_column=3, end_row=r + span - 1, end_column=3)
            put(ws, r, 4, it["action"])
            put(ws, r, 5, it["lead"])
            put(ws, r, 6, it["orig"], fmt="dd/mm/yyyy")
            put(ws, r, 7, it["rev"], fmt="dd/mm/yyyy")
            put(ws, r, 8, it["progress"])
            put(ws, r, 9, None, fillhex=FILL[it["rag"]])
            r += 1
    for col, w in zip("ABCDEFGHI", [10, 7, 45, 48, 28, 12, 12, 48, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. River Clyde Homes - strategic risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
RCH_FILE = "zot-river-clyde-homes-strategic-risk-register-2025-26.xlsx"
RCH_TITLE = "River Clyde Homes – Strategic Risk Register 2025/26"
# each risk: ref, description, owner, inherent (L,I), controls, residual (L,I), actions
# action: ref, text, owner, target (datetime or text), prev, cur, comment
RCH = [
    ("Strategic Objective 1 – Homes and neighbourhoods", [
        dict(ref="SR1",
             risk="Failure to meet tenant and resident safety obligations (gas, electrical, fire, water, asbestos and lifts), resulting in harm to tenants, regulatory intervention and reputational damage",
             owner="Director of Assets", inh=(4, 5), res=(2, 5),
             controls="Annual gas servicing programme with 3-stage access procedure\nFire risk assessments for all multi-storey blocks\nMonthly compliance report to Executive Team and quarterly to Board",
             actions=[
                 dict(ref="SR1.1", text="Complete the electrical installation condition report (EICR) catch-up programme for the 214 homes outwith the five-year cycle",
                      owner="Head of Asset Management", target=D(2025, 12, 31), prev="A", cur="G",
                      comment="171 of 214 complete. Remaining homes booked, including 12 forced-access cases."),
                 dict(ref="SR1.2", text="Implement new compliance management software with live reporting to the Board",
                      owner="Compliance Manager / ICT Business Partner", target="Q4 2025/26", prev="G", cur="A",
                      comment="Data load delayed by asset data cleansing; go-live moved from January to March 2026."),
             ]),
        dict(ref="SR2",
             risk="Damp, mould and condensation cases are not identified or resolved within target timescales, leading to harm to tenants' health and scrutiny by the Scottish Housing Regulator",
             owner="Director of Housing & Communities", inh=(4, 4), res=(3, 4),
             controls="Damp and mould policy (approved May 2024)\nDedicated damp and mould surveyor\nCase tracker reviewed weekly",
             actions=[
                 dict(ref="SR2.1", text="Install environmental monitoring sensors in 500 homes identified as high risk",
                      owner="Head of Repairs", target=D(2026, 3, 31), prev="A", cur="A",
                      comment="Contract awarded; 140 sensors installed. Tenant access is slower than planned."),
                 dict(ref="SR2.2", text="Quarterly audit of closed damp and mould cases reported to the Operations Committee",
                      owner="Head of Repairs", target="Ongoing", prev="G", cur="G",
                      comment="Q2 audit reported 6 November 2025; 94% of cases closed within target."),
             ]),
    ]),
    ("Strategic Objective 2 – Financial strength and value for money", [
        dict(ref="SR3",
             risk="Breach of loan covenants as a result of cost inflation, rent affordability constraints and higher than planned investment spend",
             owner="Director of Finance", inh=(3, 5), res=(3, 4),
             controls="30-year business plan with sensitivity analysis\nMonthly management accounts and covenant compliance forecast\nTreasury management policy",
             actions=[
                 dict(ref="SR3.1", text="Update the 30-year business plan with revised stress testing and a mitigation plan, and present to the Board",
                      owner="Director of Finance", target=D(2025, 9, 30), prev="G", cur="B",
                      comment="Approved by the Board on 25 September 2025."),
                 dict(ref="SR3.2", text="Agree a covenant amendment with funders on the interest cover definition",
                      owner="Director of Finance; Chief Executive", target=D(2026, 1, 31), prev="A", cur="R",
                      comment="Second funder has not yet responded to the proposal; waiver request may be needed for the March 2026 test."),
             ]),
    ]),
    ("Strategic Objective 3 – Governance, people and systems", [
        dict(ref="SR4",
             risk="A cyber attack or data breach causes loss of systems or data and disruption to services",
             owner="Director of Corporate Services", inh=(4, 4), res=(3, 4),
             controls="Managed firewall and endpoint detection\nImmutable offsite backups tested quarterly\nMandatory cyber awareness training",
             actions=[
                 dict(ref="SR4.1", text="Achieve Cyber Essentials Plus re-certification",
                      owner="Head of ICT", target=D(2025, 11, 30), prev="G", cur="G",
                      comment="Assessment booked for 18 November 2025."),
                 dict(ref="SR4.2", text="Run a cyber incident desktop exercise with the Board and Executive Team",
                      owner="Head of ICT; Governance Manager", target=D(2026, 2, 28), prev="G", cur="G",
                      comment="External facilitator appointed; date to be confirmed with the Chair."),
             ]),
    ]),
]
RCH_LEADS = {
    "SR1.2": ["Compliance Manager", "ICT Business Partner"],
    "SR3.2": ["Director of Finance", "Chief Executive"],
    "SR4.2": ["Head of ICT", "Governance Manager"],
}


def score_fill(s):
    if s >= 15:
        return FILL["R"]
    if s >= 8:
        return FILL["A"]
    return FILL["G"]


def build_rch(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = RCH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 October 2025 – reviewed by the Audit & Risk Committee on 20 November 2025"
    groups = [(1, 3, "Risk"), (4, 6, "Inherent risk"), (7, 7, "Controls in place"), (8, 10, "Residual risk"), (11, 17, "Further actions")]
    for a, b, t in groups:
        if b > a:
            ws.merge_cells(start_row=4, start_column=a, end_row=4, end_column=b)
        put(ws, 4, a, t, bold=True, white=True, fillhex=FILL["head"], center=True)
    heads = ["Risk ref", "Risk description", "Risk owner", "L", "I", "Score", "Key controls",
             "L", "I", "Score", "Action ref", "Further action required", "Action owner", "Target date",
             "Previous RAG", "Current RAG", "Progress commentary"]
    for i, h in enumerate(heads, 1):
        put(ws, 5, i, h, bold=True, fillhex=FILL["light"], center=i in (4, 5, 6, 8, 9, 10, 14, 15, 16))
    r = 6
    for band, risks in RCH:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=17)
        put(ws, r, 1, band, bold=True, fillhex=FILL["grey"])
        r += 1
        for rk in risks:
            n = len(rk["actions"])
            il, ii = rk["inh"]
            rl, ri = rk["res"]
            vals = {1: rk["ref"], 2: rk["risk"], 3: rk["owner"], 4: il, 5: ii, 6: il * ii,
                    7: rk["controls"], 8: rl, 9: ri, 10: rl * ri}
            for c, v in vals.items():
                cell = put(ws, r, c, v, center=c in (4, 5, 6, 8, 9, 10))
                if c in (6, 10):
                    cell.fill = fill(score_fill(v))
                    cell.font = Font(bold=True)
                if n > 1:
                    ws.merge_cells(start_row=r, start_column=c, end_row=r + n - 1, end_column=c)
            for a in rk["actions"]:
                put(ws, r, 11, a["ref"])
                put(ws, r, 12, a["text"])
                put(ws, r, 13, a["owner"])
                put(ws, r, 14, a["target"], fmt="mmm-yy", center=True)
                put(ws, r, 15, a["prev"], fillhex=FILL[a["prev"]], center=True)
                put(ws, r, 16, a["cur"], fillhex=FILL[a["cur"]], center=True)
                put(ws, r, 17, a["comment"])
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Action RAG key: B = complete; G = on track; A = at risk of slippage; R = off track / target date will be missed").font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="Scores: L = likelihood (1–5), I = impact (1–5). Residual scores of 15 and above are outwith the Board's risk appetite.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJKLMNOPQ", [8, 40, 18, 4, 4, 6, 38, 4, 4, 6, 8, 42, 22, 10, 9, 9, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C6"

    ws = wb.create_sheet("Risk matrix")
    ws["A1"] = "Risk scoring matrix (likelihood x impact)"
    ws["A1"].font = Font(bold=True)
    put(ws, 3, 1, "Likelihood \\ Impact", bold=True)
    for i in range(1, 6):
        put(ws, 3, i + 1, i, bold=True, center=True)
    for li in range(5, 0, -1):
        rr = 3 + (6 - li)
        put(ws, rr, 1, li, bold=True, center=True)
        for im in range(1, 6):
            put(ws, rr, im + 1, li * im, fillhex=score_fill(li * im), center=True)

    ws = wb.create_sheet("Version control")
    for i, h in enumerate(["Version", "Date", "Change", "Reviewed by"], 1):
        put(ws, 1, i, h, bold=True, fillhex=FILL["light"])
    vc = [("1.0", D(2025, 4, 24), "Register refreshed for 2025/26 following Board risk workshop", "Board"),
          ("1.1", D(2025, 8, 21), "Q1 update; SR2 residual score increased from 9 to 12", "Audit & Risk Committee"),
          ("1.2", D(2025, 11, 20), "Q2 update", "Audit & Risk Committee")]
    for j, row in enumerate(vc, 2):
        for i, v in enumerate(row, 1):
            put(ws, j, i, v, fmt="dd/mm/yyyy" if i == 2 else None)
    for col, w in zip("ABCD", [9, 12, 60, 26]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. SAAS - customer portal replacement programme highlight report (xlsx)
# ---------------------------------------------------------------------------
SAAS_FILE = "zot-student-awards-agency-scotland-customer-portal-programme-highlight-report.xlsx"
SAAS_TITLE = "SAAS Customer Portal Replacement Programme – Highlight Report"
SAAS = [
    ("WS1 – Customer portal", [
        dict(ref="1.1", text="Contract award for portal build and support", lead="Programme Manager",
             base=D(2025, 6, 30), fcst=D(2025, 6, 30), last="B", cur="B",
             note="Contract signed 26 June 2025."),
        dict(ref="1.2", text="Discovery and alpha complete; alpha service assessment passed", lead="Service Owner",
             base=D(2025, 8, 31), fcst=D(2025, 9, 30), last="A", cur="B",
             note="Assessment passed 23 September 2025 with two conditions, both now met."),
        dict(ref="1.3", text="Private beta portal live for 2026-27 applications", lead="Service Owner; Head of Digital",
             base=D(2026, 3, 31), fcst=D(2026, 4, 30), last="G", cur="A",
             note="Forecast moved to 30 April 2026 following slippage in WS2 – see CR-014."),
    ]),
    ("WS2 – Data migration", [
        dict(ref="2.1", text="Cleanse legacy applicant records (2019-20 to 2024-25)", lead="Data Migration Lead",
             base=D(2025, 10, 31), fcst=D(2025, 12, 31), last="A", cur="A",
             note="68% of records cleansed. Additional data analyst starts 17 November 2025."),
        dict(ref="2.2", text="Trial migration load 1 and reconciliation report", lead="Data Migration Lead",
             base=D(2025, 11, 30), fcst=D(2026, 2, 28), last="A", cur="R",
             note="Cannot start until 2.1 is complete. Baseline will be missed; Board intervention requested on supplier resourcing."),
        dict(ref="2.3", text="Data protection impact assessment for migrated data approved by the DPO", lead="Data Protection Officer",
             base=D(2025, 12, 31), fcst=D(2025, 12, 31), last="G", cur="G",
             note="Draft DPIA with the DPO for review."),
    ]),
    ("WS3 – People and change", [
        dict(ref="3.1", text="Training needs analysis for casework staff", lead="Business Change Manager",
             base=D(2025, 11, 30), fcst=D(2025, 11, 30), last="G", cur="G",
             note="Survey closed 31 October 2025; analysis under way."),
        dict(ref="3.2", text="Operational readiness plan agreed with the Operations Directorate", lead="Business Change Manager / Head of Operations",
             base=D(2026, 1, 31), fcst=D(2026, 1, 31), last="G", cur="G",
             note="First readiness workshop held 29 October 2025."),
        dict(ref="3.3", text="Customer communications plan for portal launch", lead="Head of Communications",
             base=D(2026, 2, 28), fcst=D(2026, 3, 31), last=None, cur=None,
             note="Not yet started – scheduled to begin in January 2026 once the go-live date is confirmed."),
    ]),
]
SAAS_LEADS = {
    "1.3": ["Service Owner", "Head of Digital"],
    "3.2": ["Business Change Manager", "Head of Operations"],
}


def build_saas(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight"
    ws["A1"] = SAAS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    info = [("Reporting period", "1–31 October 2025"), ("Senior Responsible Owner", "Chief Executive"),
            ("Programme Manager", "J. Menzies"), ("Programme Board", "12 November 2025")]
    r = 3
    for k, v in info:
        put(ws, r, 1, k, bold=True, fillhex=FILL["light"])
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        put(ws, r, 2, v)
        r += 1
    r += 1
    put(ws, r, 1, "Overall status", bold=True, white=True, fillhex=FILL["head"])
    put(ws, r, 2, "Last period", bold=True, white=True, fillhex=FILL["head"])
    put(ws, r, 3, "This period", bold=True, white=True, fillhex=FILL["head"])
    put(ws, r, 4, "Comment", bold=True, white=True, fillhex=FILL["head"])
    r += 1
    dims = [("Overall", "A", "A", "Beta go-live at risk; change request CR-014 submitted."),
            ("Schedule", "A", "R", "Data migration critical path slipped by three months."),
            ("Budget", "G", "G", "Forecast £40k under approved budget of £3.2m."),
            ("Resources", "A", "A", "Data analyst vacancy filled from 17 November 2025."),
            ("Benefits", "G", "G", "No change to benefits profile.")]
    for name, last, cur, com in dims:
        put(ws, r, 1, name, bold=True)
        put(ws, r, 2, last, fillhex=FILL[last], center=True)
        put(ws, r, 3, cur, fillhex=FILL[cur], center=True)
        put(ws, r, 4, com)
        r += 1
    r += 1
    put(ws, r, 1, "Summary of progress this period", bold=True, fillhex=FILL["light"])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    put(ws, r, 1, "The alpha service assessment was passed and the build supplier has mobilised. Legacy data cleansing is behind plan, "
                  "which delays trial migration load 1 and puts the March 2026 beta date at risk. Budget remains on track.")
    ws.row_dimensions[r].height = 48
    r += 2
    put(ws, r, 1, "Decision required from Programme Board", bold=True, fillhex=FILL["light"])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    put(ws, r, 1, "Approve CR-014: move the private beta go-live from 31 March 2026 to 30 April 2026.")
    for col, w in zip("ABCD", [30, 14, 14, 60]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Milestones")
    ws["A1"] = "Key milestones and deliverables"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "RAG: B = complete; G = on track; A = at risk – forecast beyond baseline; R = off track – Programme Board intervention needed; blank = not started"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Milestone / deliverable", "Lead", "Baseline date", "Forecast date", "Last RAG", "RAG", "Commentary"]
    for i, h in enumerate(heads, 1):
        put(ws, 4, i, h, bold=True, white=True, fillhex=FILL["head"])
    r = 5
    for ws_name, items in SAAS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        put(ws, r, 1, ws_name, bold=True, fillhex=FILL["grey"])
        r += 1
        for it in items:
            put(ws, r, 1, it["ref"])
            put(ws, r, 2, it["text"])
            put(ws, r, 3, it["lead"])
            put(ws, r, 4, it["base"], fmt="dd/mm/yyyy")
            put(ws, r, 5, it["fcst"], fmt="dd/mm/yyyy")
            put(ws, r, 6, it["last"], fillhex=FILL[it["last"]] if it["last"] else None, center=True)
            put(ws, r, 7, it["cur"], fillhex=FILL[it["cur"]] if it["cur"] else None, center=True)
            put(ws, r, 8, it["note"])
            r += 1
    for col, w in zip("ABCDEFGH", [6, 46, 30, 13, 13, 9, 7, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Change log")
    for i, h in enumerate(["CR ref", "Change", "Raised", "Decision", "Decision date"], 1):
        put(ws, 1, i, h, bold=True, fillhex=FILL["light"])
    crs = [("CR-012", "Add Welsh-language accessibility statement to portal scope", D(2025, 7, 14), "Approved", D(2025, 8, 13)),
           ("CR-013", "Defer single sign-on integration to release 2", D(2025, 9, 2), "Approved", D(2025, 9, 10)),
           ("CR-014", "Move private beta go-live from 31 March 2026 to 30 April 2026", D(2025, 11, 3), "For decision 12 November 2025", None)]
    for j, row in enumerate(crs, 2):
        for i, v in enumerate(row, 1):
            put(ws, j, i, v, fmt="dd/mm/yyyy" if i in (3, 5) else None)
    for col, w in zip("ABCDE", [8, 60, 12, 30, 13]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcode):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcode)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


def header_row(table, heads, hexcode="1F3864"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, hexcode)
        for p in c.paragraphs:
            for run in p.runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Children 1st - board of trustees rolling action log (docx)
# ---------------------------------------------------------------------------
C1ST_FILE = "zot-children-1st-board-of-trustees-rolling-action-log.docx"
C1ST_TITLE = "Children 1st – Board of Trustees Rolling Action Log"
C1ST_STATUS_FILL = {"Complete": "0070C0", "On track": "00B050", "Delayed": "FFC000", "Overdue": "FF0000", "Not started": None}
C1ST = [
    ("Board meeting – 12 June 2025", [
        dict(ref="25/038", action="Circulate the revised Scheme of Delegation to trustees for approval by correspondence",
             owner="Head of Governance", due="Jul 2025", status="Complete",
             update="Approved by correspondence on 18 July 2025."),
        dict(ref="25/041", action="Bring proposals for trustee recruitment, addressing the skills gaps in digital and lived experience, to the Nominations Committee",
             owner="Chair / Chief Executive", due="Sep 2025", status="Complete",
             update="Considered by Nominations Committee 2 September 2025; recruitment launched."),
        dict(ref="25/044", action="Provide an analysis of the fundraising income variance against budget by income stream",
             owner="Director of Fundraising", due="Dec 2025", status="Delayed",
             update="Originally due October 2025. Deferred to December so that it reflects the Q2 reforecast."),
    ]),
    ("Board meeting – 11 September 2025", [
        dict(ref="25/052", action="Commission an independent review of the safeguarding case file audit process and report the findings to the Board",
             owner="Director of Children and Family Services", due="Mar 2026", status="On track",
             update="Reviewer appointed; fieldwork January 2026."),
        dict(ref="25/055", action="Update the risk register to reflect uncertainty over Scottish Government funding for whole family wellbeing services",
             owner="Director of Finance and Resources", due="Oct 2025", status="Complete",
             update="Risk 7 rescored and reported to Audit and Risk Committee 14 October 2025."),
        dict(ref="25/057", action="Arrange a trustee visit to the family wellbeing service in Dundee",
             owner="KM, AR", due="Nov 2025", status="Overdue",
             update="Visit postponed by the service; new date being sought."),
        dict(ref="25/060", action="Review Board committee terms of reference as part of the annual governance review",
             owner="Head of Governance", due="Ongoing", status="On track",
             update="Audit and Risk Committee terms of reference reviewed; others to follow."),
        dict(ref="25/061", action="Confirm submission of the annual return and accounts to OSCR",
             owner="Director of Finance and Resources", due="Dec 2025", status="Not started",
             update="Accounts to be approved at the December Board."),
    ]),
]
C1ST_LEADS = {
    "25/041": ["Chair", "Chief Executive"],
    "25/057": ["KM", "AR"],
}


def build_c1st(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(C1ST_TITLE, style="Title")
    doc.add_paragraph("Updated following the Board meeting of 11 September 2025, for the Board meeting of 4 December 2025.")

    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Document owner", "Version", "Date", "Classification"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "DEEAF6")
    for i, v in enumerate(["Head of Governance", "7", "22 September 2025", "Board – internal"]):
        set_cell(t.rows[1].cells[i], v)
    doc.add_paragraph()

    doc.add_paragraph("Status key", style="Heading 3")
    k = doc.add_table(rows=1, cols=5)
    k.style = "Table Grid"
    for i, (name, hx) in enumerate(C1ST_STATUS_FILL.items()):
        set_cell(k.rows[0].cells[i], name, bold=True)
        if hx:
            shade(k.rows[0].cells[i], hx)

    for heading, items in C1ST:
        doc.add_paragraph(heading, style="Heading 2")
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        header_row(tb, ["Minute ref", "Action", "Owner", "Due", "Status", "Update"])
        for it in items:
            cells = tb.add_row().cells
            set_cell(cells[0], it["ref"])
            set_cell(cells[1], it["action"])
            set_cell(cells[2], it["owner"])
            set_cell(cells[3], it["due"])
            set_cell(cells[4], it["status"])
            hx = C1ST_STATUS_FILL[it["status"]]
            if hx:
                shade(cells[4], hx)
            set_cell(cells[5], it["update"])
    doc.add_paragraph()
    doc.add_paragraph("Actions marked Complete will be removed from the log after the December 2025 meeting. "
                      "KM and AR are the trustees who volunteered for the service visit.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. United Utilities - Ofwat wastewater enforcement undertakings action plan (docx)
# ---------------------------------------------------------------------------
UU_FILE = "zot-united-utilities-ofwat-wastewater-enforcement-undertakings-action-plan.docx"
UU_TITLE = "United Utilities – Wastewater Undertakings Action Plan"
UU_RAG = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000"}
UU = [
    ("Undertaking 1 – Flow to full treatment compliance",
     "The company will ensure that every wastewater treatment works with a flow to full treatment (FFT) permit condition treats at least its permitted flow before any discharge to storm.",
     [
         dict(ref="1.1", action="Verify FFT flow meters to MCERTS standard at all 62 works identified in the 2023 compliance review",
              lead="Director of Wastewater Operations", due="31 March 2025", fcst="28 March 2025", rag="Complete",
              progress="All 62 meters verified; certificates provided to the Environment Agency."),
         dict(ref="1.2", action="Deliver capacity and process upgrades at the 14 works with confirmed FFT non-compliance (Schedule 2)",
              lead="Director of Capital Delivery", due="31 March 2027", fcst="31 March 2027", rag="On track",
              progress="6 schemes in construction, 8 in detailed design."),
         dict(ref="1.3", action="Install real-time FFT alarms linked to the Integrated Control Centre",
              lead="Director of Wastewater Operations; Chief Digital Officer", due="30 September 2025", fcst="31 December 2025", rag="At risk",
              progress="Alarms live at 41 of 62 works. Telemetry outstation upgrades required at the remaining 21."),
     ]),
    ("Undertaking 2 – Board oversight and governance",
     "The company will strengthen Board oversight of wastewater compliance and make executive accountability for environmental performance clear.",
     [
         dict(ref="2.1", action="Establish a Board Wastewater Compliance Committee chaired by an independent non-executive director",
              lead="Company Secretary", due="30 June 2025", fcst="19 June 2025", rag="Complete",
              progress="First meeting held 19 June 2025; terms of reference published."),
         dict(ref="2.2", action="Link executive annual bonus to environmental compliance measures from 2025-26",
              lead="Chair of the Remuneration Committee", due="31 July 2025", fcst="22 July 2025", rag="Complete",
              progress="Approved by the Remuneration Committee on 22 July 2025."),
         dict(ref="2.3", action="Commission independent assurance of wastewater compliance reporting and publish a summary of the findings",
              lead="Chief Financial Officer", due="31 March 2026", fcst="31 March 2026", rag="On track",
              progress="Assurance provider appointed in September 2025; fieldwork under way."),
     ]),
    ("Undertaking 3 – Monitoring and data",
     "The company will improve the monitoring of flows and storm discharges at its works and make the data available to customers.",
     [
         dict(ref="3.1", action="Install event duration monitors on the remaining storm overflows at works inlets",
              lead="Director of Wastewater Operations", due="31 December 2025", fcst="31 March 2026", rag="Off track",
              progress="Supplier delivery delays; 23 of 58 monitors installed. Recovery plan agreed with supplier in October 2025."),
         dict(ref="3.2", action="Publish near real-time storm overflow discharge data on the company website",
              lead="Chief Digital Officer", due="31 January 2026", fcst="31 January 2026", rag="On track",
              progress="Public map in user testing."),
     ]),
    ("Undertaking 4 – Redress",
     "The company will fund environmental and customer redress from shareholder funds, not from customer bills.",
     [
         dict(ref="4.1", action="Launch the £15m Rivers and Communities Fund and open the first grant round",
              lead="Director of Corporate Affairs", due="30 September 2025", fcst="16 September 2025", rag="Complete",
              progress="Fund launched 16 September 2025; 87 applications received in the first round."),
         dict(ref="4.2", action="Report to Ofwat on the use of the redress fund, with independent verification of spend",
              lead="Director of Corporate Affairs", due="31 July 2026", fcst="31 July 2026", rag="On track",
              progress="Verification arrangements agreed with internal audit."),
     ]),
]
UU_LEADS = {
    "1.3": ["Director of Wastewater Operations", "Chief Digital Officer"],
}


def build_uu(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph(UU_TITLE, style="Title")
    doc.add_paragraph("United Utilities Water Limited – progress report to Ofwat for Quarter 2 2025-26 (position at 30 September 2025)")

    doc.add_paragraph("Document control", style="Heading 3")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Prepared by", "Approved by"], hexcode="44546A")
    for row in [("1.0", "30 April 2025", "Wastewater Compliance PMO", "Board"),
                ("2.0", "31 July 2025", "Wastewater Compliance PMO", "Board Wastewater Compliance Committee"),
                ("3.0", "24 October 2025", "Wastewater Compliance PMO", "Board Wastewater Compliance Committee")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_paragraph("Introduction", style="Heading 3")
    doc.add_paragraph("This action plan sets out how the company is delivering the undertakings accepted by Ofwat at the close of its "
                      "investigation into the management of wastewater treatment works. Each undertaking is followed by the actions "
                      "that deliver it. Dates in the 'Undertaking date' column are those agreed with Ofwat; the forecast column shows "
                      "the current forecast, or the actual date for completed actions.")
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for i, (name, hx) in enumerate(UU_RAG.items()):
        set_cell(k.rows[0].cells[i], name, bold=True)
        shade(k.rows[0].cells[i], hx)
    doc.add_paragraph("Complete – delivered and evidenced; On track – forecast within the undertaking date; "
                      "At risk – forecast beyond the undertaking date with recovery in hand; Off track – undertaking date will be missed.").runs[0].italic = True

    for heading, commitment, items in UU:
        doc.add_paragraph(heading, style="Heading 1")
        p = doc.add_paragraph()
        r = p.add_run(commitment)
        r.italic = True
        tb = doc.add_table(rows=1, cols=7)
        tb.style = "Table Grid"
        header_row(tb, ["No.", "Action", "Accountable executive", "Undertaking date", "Forecast / actual date", "RAG", "Progress at Q2 2025-26"])
        for it in items:
            cells = tb.add_row().cells
            set_cell(cells[0], it["ref"])
            set_cell(cells[1], it["action"])
            set_cell(cells[2], it["lead"])
            set_cell(cells[3], it["due"])
            set_cell(cells[4], it["fcst"])
            set_cell(cells[5], it["rag"])
            shade(cells[5], UU_RAG[it["rag"]])
            set_cell(cells[6], it["progress"])
    doc.add_paragraph()
    p = doc.add_paragraph("Summary: 10 actions – 4 complete, 4 on track, 1 at risk, 1 off track.")
    p.runs[0].bold = True
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Thatcham Town Council - governance action plan, SharePoint list export (csv) - REFUSE
# ---------------------------------------------------------------------------
THATCHAM_FILE = "zot-thatcham-town-council-governance-action-plan-sharepoint-export-typo-month-refuse.csv"
THATCHAM_PATH = "sites/TTC-Governance/Lists/Governance Action Plan"
THATCHAM = [
    ("GAP-01", "Standing Orders & Financial Regulations", "Review and readopt Standing Orders based on the latest NALC model",
     "Town Clerk", "May 2025", "Completed", "Readopted at the Annual Town Council meeting on 12 May 2025"),
    ("GAP-02", "Standing Orders & Financial Regulations", "Update Financial Regulations to reflect the 2024 NALC model and new payment limits",
     "Responsible Financial Officer", "Sep 2025", "Completed", "Adopted by Full Council 22 September 2025"),
    ("GAP-03", "Internal control", "Introduce monthly bank reconciliation signed by two councillors",
     "Responsible Financial Officer; Chair of Finance Committee", "Jun 2025", "Completed", "In place from June 2025 reconciliation"),
    ("GAP-04", "Internal control", "Complete asset register revaluation and reconcile to insurance schedule",
     "Deputy Town Clerk", "Dec 2025", "In progress", "Play equipment and CCTV still to be valued"),
    ("GAP-05", "Risk management", "Present updated risk register and risk management policy to Finance Committee",
     "Deputy Town Clerk", "Febuary 2026", "Not started", "To follow asset register work"),
    ("GAP-06", "Transparency", "Publish all payments over £500 and councillor allowances on the website in line with the Transparency Code",
     "Administration Officer", "Jan 2026", "In progress", "Payments published to September; allowances outstanding"),
    ("GAP-07", "Transparency", "Add accessibility statement and review website against WCAG 2.2 AA",
     "Administration Officer", "Mar 2026", "Not started", ""),
    ("GAP-08", "Councillor training & conduct", "All councillors to complete Code of Conduct and planning training",
     "Town Clerk", "Ongoing", "In progress", "11 of 17 councillors trained"),
]
THATCHAM_REFUSE_LINE = 6  # header is line 1; GAP-05 is line 6


def build_thatcham(path):
    import csv
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Title", "Section", "Action", "Assigned To", "Target", "Status", "Progress Notes", "Item Type", "Path"])
        for row in THATCHAM:
            w.writerow(list(row) + ["Item", THATCHAM_PATH])


# ---------------------------------------------------------------------------
# 7. Cats Protection - Charity Commission regulatory compliance case action plan (tab-separated txt)
# ---------------------------------------------------------------------------
CATS_FILE = "zot-cats-protection-charity-commission-regulatory-compliance-action-plan.txt"
CATS_TITLE = "Cats Protection – Charity Commission Regulatory Compliance Case: Action Plan"
CATS = [
    ("Issue 1: Financial controls over branch bank accounts", [
        ("1.1", "Complete a census of all branch and centre bank accounts and reconcile balances to central finance records",
         "Director of Finance", "31/03/2025", "", "Complete", "427 accounts confirmed; 3 dormant accounts closed"),
        ("1.2", "Introduce dual authorisation on all branch online banking and withdraw single-signatory cheque books",
         "Head of Finance Operations", "30/06/2025", "30/09/2025", "Complete", "Completed 26/09/2025 after bank mandate changes"),
        ("1.3", "Embed quarterly branch bank reconciliations reviewed by Regional Finance Officers; complete the first full cycle",
         "Regional Finance Officers", "31/12/2025", "", "On track", "Q2 reconciliations received from 94% of branches"),
    ]),
    ("Issue 2: Volunteer governance and conflicts of interest in branches", [
        ("2.1", "Refresh the Branch Handbook sections on financial responsibilities and conflicts of interest",
         "Head of Volunteering; Head of Governance", "31/10/2025", "", "Complete", "Published to all branches 20/10/2025"),
        ("2.2", "All branch coordinators and treasurers to complete financial controls e-learning",
         "Head of Volunteering", "31/01/2026", "", "At risk", "72% completion; reminders issued via regional teams"),
    ]),
    ("Issue 3: Serious incident reporting", [
        ("3.1", "Update the serious incident reporting policy and reporting route to the Audit & Risk Committee",
         "Company Secretary", "30/06/2025", "", "Complete", "Policy approved by Board of Trustees 24/06/2025"),
        ("3.2", "Report the outcome of recovery action on the misappropriated branch funds to the Commission",
         "Director of Finance", "31/07/2025", "31/01/2026", "Off track", "Civil recovery still in progress; Commission case officer updated 05/11/2025"),
    ]),
    ("Issue 4: Trustee oversight", [
        ("4.1", "Board of Trustees to receive a six-monthly assurance report on branch finances",
         "Chair of Audit & Risk Committee", "Ongoing", "", "On track", "First report received September 2025"),
        ("4.2", "Commission an internal audit of branch financial controls covering a sample of 20 branches",
         "Head of Internal Audit", "31/03/2026", "", "Not started", "Included in 2025/26 internal audit plan for Q4"),
    ]),
]
CATS_LEADS = {
    "2.1": ["Head of Volunteering", "Head of Governance"],
}


def build_cats(path):
    ncol = 8
    lines = []

    def row(cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        lines.append("\t".join(cells))

    row([CATS_TITLE])
    row(["Case reference C-01927364 – progress report to the Audit & Risk Committee, 3 December 2025"])
    row([])
    row(["Status key: Complete (Blue) | On track (Green) | At risk (Amber) | Off track (Red) | Not started"])
    row([])
    row(["Ref", "Action", "Action owner", "Original deadline", "Revised deadline", "Status", "Progress update", "Evidence held"])
    for issue, items in CATS:
        row([issue])
        for it in items:
            row(list(it) + ["Yes" if it[5] == "Complete" else ""])
    row([])
    row(["Summary", "Complete: 4", "On track: 2", "At risk: 1", "Off track: 1", "Not started: 1", "Total: 9"])
    row(["Prepared by the Governance Team. Next update to the Charity Commission due 31 January 2026."])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    build_kingdom(os.path.join(HERE, KINGDOM_FILE))
    build_rch(os.path.join(HERE, RCH_FILE))
    build_saas(os.path.join(HERE, SAAS_FILE))
    build_c1st(os.path.join(HERE, C1ST_FILE))
    build_uu(os.path.join(HERE, UU_FILE))
    build_thatcham(os.path.join(HERE, THATCHAM_FILE))
    build_cats(os.path.join(HERE, CATS_FILE))


if __name__ == "__main__":
    main()
