"""Build the seven zsh- blind test files (heldout684).

Run with: /work/main/.venv/bin/python zsh_make.py
Writes only files whose names start with "zsh-" into the folder this script sits in.
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zsh-")
    return os.path.join(HERE, name)


def d(day, month, year):
    return datetime(year, month, day)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "teal": PatternFill("solid", fgColor="005F73"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "light": PatternFill("solid", fgColor="DEEAF6"),
    "pale": PatternFill("solid", fgColor="F2F2F2"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def put(ws, ref, value, bold=False, fill=None, font=None, align=WRAP, border=True, fmt=None):
    c = ws[ref]
    c.value = value
    if font is not None:
        c.font = font
    elif bold:
        c.font = Font(bold=True)
    if fill:
        c.fill = FILL[fill] if isinstance(fill, str) else fill
    c.alignment = align
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ============================================================ 1. Curo (xlsx)
CURO_RISKS = [
    {
        "risk": "SR1 – Financial viability and funder covenant headroom",
        "cause": "Higher interest rates, inflation in repairs costs and increased investment in existing "
                 "homes reduce interest cover headroom, risking a covenant breach and loss of the V2 grading.",
        "owner": "Chief Financial Officer",
        "residual": ("4 × 4 = 16", "red"),
        "target": "3 × 3 = 9",
        "actions": [
            ("SR1.1",
             "Complete refinancing of the £75m revolving credit facility, including a revised interest cover "
             "definition that excludes capitalised major repairs.",
             "Head of Treasury", d(30, 9, 2025), d(31, 1, 2026), "At risk",
             "Credit approved by lender; legal documentation to Board for approval in December. Slipped due to "
             "lender's internal timetable."),
            ("SR1.2",
             "Stress test the 30-year business plan quarterly against the Board-approved multi-variate scenarios "
             "and report results to Finance & Investment Committee.",
             "Head of Financial Planning", "Quarterly", None, "On track",
             "Q2 results reported to FIC on 21 October 2025; all scenarios within golden rules after mitigations."),
            ("SR1.3",
             "Agree revised golden rules and a minimum covenant headroom floor as part of the 2026/27 budget and "
             "business plan.",
             "Chief Financial Officer", d(31, 3, 2026), None, "On track",
             "Board away day on 10 December to consider options paper."),
        ],
    },
    {
        "risk": "SR2 – Building safety and landlord compliance",
        "cause": "Failure to meet statutory compliance (fire, gas, electrical, water, asbestos, lifts) or to act on "
                 "damp and mould within Awaab's Law timescales, leading to harm to residents and regulatory action.",
        "owner": "Chief Operating Officer",
        "residual": ("2 × 5 = 10", "amber"),
        "target": "1 × 5 = 5",
        "actions": [
            ("SR2.1",
             "Close the 14 outstanding high-priority fire risk assessment actions at the Bath high-rise blocks.",
             "Head of Building Safety", d(31, 7, 2025), d(31, 10, 2025), "Complete",
             "All 14 actions closed and verified by the Building Safety Manager on 29 October 2025."),
            ("SR2.2",
             "Implement the Awaab's Law procedure for emergency and significant hazards, including 24-hour "
             "emergency response and written summaries to residents.",
             "Director of Property Services / Head of Repairs", d(27, 10, 2025), None, "Complete",
             "Procedure live from 27 October 2025; first monthly compliance report due to Executive Team in "
             "December."),
            ("SR2.3",
             "Complete the 100% stock condition survey programme and load the data into the asset management "
             "system.",
             "Head of Asset Management", "Q4 2025/26", None, "On track",
             "8,912 of 13,140 homes surveyed (68%)."),
        ],
    },
    {
        "risk": "SR3 – Consumer standards and customer experience",
        "cause": "Services fall short of the consumer standards or residents' expectations, leading to poor tenant "
                 "satisfaction measures, complaints to the Housing Ombudsman and loss of the C1 grade.",
        "owner": "Chief Customer Officer",
        "residual": ("3 × 4 = 12", "red"),
        "target": "2 × 4 = 8",
        "actions": [
            ("SR3.1",
             "Publish quarterly performance against the tenant satisfaction measures to residents and the "
             "Customer Committee, with a 'you said, we did' summary.",
             "Head of Customer Insight", d(31, 12, 2025), None, "On track",
             "Q1 and Q2 published; TSM dashboard live on the website."),
            ("SR3.2",
             "Reduce the proportion of stage 1 complaints answered outside the Complaint Handling Code timescale "
             "to below 5%.",
             "Complaints and Learning Manager", d(30, 9, 2025), None, "Overdue",
             "Out-of-time responses 9.4% in September; recovery plan agreed with repairs contractor."),
        ],
    },
    {
        "risk": "SR4 – Data protection and cyber security",
        "cause": "A cyber attack or data breach disrupts services and exposes residents' personal data, leading to "
                 "ICO enforcement action and reputational damage.",
        "owner": "Director of Digital & Technology",
        "residual": ("3 × 5 = 15", "red"),
        "target": "2 × 5 = 10",
        "actions": [
            ("SR4.1", "Achieve Cyber Essentials Plus recertification.",
             "Head of IT Infrastructure", d(31, 8, 2025), d(30, 11, 2025), "At risk",
             "Assessment booked for 19 November; two legacy servers still to be decommissioned."),
            ("SR4.2",
             "Run quarterly phishing simulations and achieve 95% completion of mandatory data protection and "
             "cyber training.",
             "Head of People; Information Governance Manager", d(31, 12, 2025), None, "On track",
             "Training completion 91%; October simulation click rate 4.2%."),
            ("SR4.3",
             "Carry out a full test of the ICT disaster recovery plan, including restore of the housing "
             "management system from backup.",
             "Head of IT Infrastructure", d(28, 2, 2026), None, "Not started",
             "Test scheduled for the February half-term change window."),
        ],
    },
]
CURO_STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red",
                    "Not started": None}


def make_curo():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [30, 70])
    put(cov, "A1", "Curo Group – Strategic Risk Register 2025/26", font=Font(bold=True, size=16), border=False,
        align=Alignment(vertical="center"))
    put(cov, "A2", "Appendix 2 – Audit & Risk Committee, 18 November 2025", border=False,
        align=Alignment(vertical="center"))
    put(cov, "A4", "Document control", font=WHITE_BOLD, fill="teal")
    put(cov, "B4", None, fill="teal")
    rows = [("Register owner", "Director of Governance & Assurance"), ("Version", "3.1"),
            ("Position as at", "31 October 2025"), ("Reviewed by Executive Team", "4 November 2025"),
            ("Next Board review", "10 December 2025")]
    for i, (k, v) in enumerate(rows, start=5):
        put(cov, f"A{i}", k, bold=True)
        put(cov, f"B{i}", v)
    put(cov, "A11", "Risk scoring", font=WHITE_BOLD, fill="teal")
    put(cov, "B11", "Score = Likelihood (1–5) × Impact (1–5). 1–4 Low, 5–10 Medium, 12–25 High.")
    put(cov, "A13", "Action status key", font=WHITE_BOLD, fill="teal")
    put(cov, "B13", None, fill="teal")
    key = [("Complete", "blue", "Action delivered and evidence held"),
           ("On track", "green", "Progressing to the agreed due date"),
           ("At risk", "amber", "Some slippage – revised due date agreed by the risk owner"),
           ("Overdue", "red", "Past the due date with no revised date agreed"),
           ("Not started", None, "Not yet due to start")]
    for i, (k, f, v) in enumerate(key, start=14):
        put(cov, f"A{i}", k, bold=True, fill=f)
        put(cov, f"B{i}", v)
    put(cov, "A20", "Direction of travel: ▲ increasing  ► stable  ▼ reducing (shown on the heat map sheet).",
        border=False)

    ws = wb.create_sheet("Strategic Risks")
    widths(ws, [26, 38, 18, 12, 11, 9, 48, 24, 13, 13, 12, 44])
    ws.merge_cells("A1:L1")
    put(ws, "A1", "Curo Group – Strategic Risk Register 2025/26", font=Font(bold=True, size=14), border=False,
        align=Alignment(vertical="center"))
    ws.merge_cells("A2:L2")
    put(ws, "A2", "Further mitigating actions – position at 31 October 2025", font=Font(italic=True),
        border=False, align=Alignment(vertical="center"))
    heads = ["Risk", "Cause and effect", "Risk owner", "Residual score (L × I)", "Target score", "Action ref",
             "Further mitigating action", "Action owner", "Original due date", "Revised due date", "Status",
             "Progress update – October 2025"]
    for i, h in enumerate(heads, start=1):
        put(ws, f"{get_column_letter(i)}4", h, font=WHITE_BOLD, fill="navy", align=CENTRE)
    ws.row_dimensions[4].height = 32
    r = 5
    for risk in CURO_RISKS:
        n = len(risk["actions"])
        top, bot = r, r + n - 1
        for col in "ABCDE":
            if n > 1:
                ws.merge_cells(f"{col}{top}:{col}{bot}")
        put(ws, f"A{top}", risk["risk"], bold=True, fill="light")
        put(ws, f"B{top}", risk["cause"])
        put(ws, f"C{top}", risk["owner"])
        put(ws, f"D{top}", risk["residual"][0], fill=risk["residual"][1], align=CENTRE, bold=True)
        put(ws, f"E{top}", risk["target"], align=CENTRE)
        for (ref, text, owner, due, rev, status, upd) in risk["actions"]:
            put(ws, f"F{r}", ref, align=CENTRE)
            put(ws, f"G{r}", text)
            put(ws, f"H{r}", owner)
            put(ws, f"I{r}", due, fmt="dd/mm/yyyy", align=CENTRE)
            put(ws, f"J{r}", rev, fmt="dd/mm/yyyy", align=CENTRE)
            put(ws, f"K{r}", status, fill=CURO_STATUS_FILL[status], align=CENTRE)
            put(ws, f"L{r}", upd)
            r += 1
    r += 1
    put(ws, f"A{r}", "Notes:", bold=True, border=False)
    put(ws, f"B{r}", "Residual scores reflect existing key controls – see Appendix 3 (controls and assurance map). "
                     "Actions shown as Complete will be removed after the December Board.", border=False)
    ws.freeze_panes = "A5"

    hm = wb.create_sheet("Heat map")
    widths(hm, [14, 14, 14, 14, 14, 14])
    put(hm, "A1", "Residual risk heat map – October 2025", bold=True, border=False)
    put(hm, "A2", "Likelihood ↓ / Impact →", bold=True)
    for i in range(1, 6):
        put(hm, f"{get_column_letter(i + 1)}2", i, bold=True, align=CENTRE)
    cells = {(4, 4): "SR1 ►", (2, 5): "SR2 ▼", (3, 4): "SR3 ▲", (3, 5): "SR4 ►"}
    for lk in range(5, 0, -1):
        row = 3 + (5 - lk)
        put(hm, f"A{row}", lk, bold=True, align=CENTRE)
        for im in range(1, 6):
            score = lk * im
            f = "green" if score <= 4 else ("amber" if score <= 10 else "red")
            put(hm, f"{get_column_letter(im + 1)}{row}", cells.get((lk, im)), fill=f, align=CENTRE)
    wb.save(out("zsh-curo-group-strategic-risk-register-2025-26.xlsx"))


# ============================================================ 2. NMNI (xlsx)
NMNI_AUDITS = [
    ("2024-25 Internal Audit 03: Procurement and Contract Management (Limited assurance)", [
        ("Priority 1",
         "The contracts register should be completed and maintained so that all contracts above £5,000 are "
         "recorded with a named contract manager, value and expiry date.",
         [("3.1",
           "Populate the central contracts register from the purchase ledger and CPD tender records and assign a "
           "named contract manager to each contract.",
           "Head of Procurement", d(31, 3, 2025), d(31, 12, 2025), "amber",
           "Register 85% complete; remaining Ulster Folk Museum maintenance contracts being validated.")]),
        ("Priority 2",
         "Direct award contracts should be approved in advance and reported to the Audit and Risk Assurance "
         "Committee.",
         [("3.2(a)",
           "Amend the Procurement Policy so that all direct award contracts over £30,000 require prior approval by "
           "the Accounting Officer.",
           "Head of Procurement", d(30, 6, 2025), None, "blue",
           "Policy revised and approved by the Executive Management Team on 12 June 2025."),
          ("3.2(b)", "Report all direct award contracts to ARAC each quarter.",
           "Head of Finance", "Quarterly", None, "green",
           "First quarterly report presented to ARAC in September 2025.")]),
    ]),
    ("2024-25 Internal Audit 05: Collections Management – Loans (Satisfactory assurance)", [
        ("Priority 2",
         "Loans-in records should be reconciled to the collections management system at least annually.",
         [("5.1",
           "Complete the outstanding loans-in reconciliation for the Ulster Folk Museum and Ulster Transport "
           "Museum and update the collections management system.",
           "Head of Collections", d(31, 1, 2026), None, "green",
           "Ulster Transport Museum reconciled; Ulster Folk Museum 60% complete.")]),
        ("Priority 3",
         "Loan agreements that have expired should be renewed or the objects returned.",
         [("5.2", "Write to all lenders with expired agreements to renew the loan or arrange return of the objects.",
           "Registrar", d(31, 10, 2025), None, "blue",
           "All 11 lenders contacted; 9 agreements renewed and 2 objects returned.")]),
    ]),
    ("2025-26 Internal Audit 01: Cyber Security (Limited assurance)", [
        ("Priority 1",
         "Privileged user accounts should be reviewed regularly and removed promptly when no longer required.",
         [("1.1",
           "Introduce a quarterly review of all privileged and administrator accounts, signed off by the Head of "
           "ICT.",
           "Head of ICT", d(30, 11, 2025), None, "green",
           "First review completed October 2025; 6 dormant accounts removed.")]),
        ("Priority 1",
         "Multi-factor authentication should be enforced for all remote and cloud administration access.",
         [("1.2",
           "Extend multi-factor authentication to all remote access, Microsoft 365 administrator and third-party "
           "support accounts.",
           "Head of ICT / Digital Services Manager", d(31, 10, 2025), d(31, 3, 2026), "amber",
           "MFA live for staff remote access; supplier accounts need a contract variation. Revised date agreed "
           "by ARAC in September.")]),
        ("Priority 2",
         "All staff and volunteers with network access should complete annual cyber security awareness training.",
         [("1.3",
           "Roll out mandatory cyber awareness e-learning to all staff and volunteers with network accounts and "
           "report completion rates to EMT.",
           "Head of HR & OD", d(30, 9, 2025), None, "red",
           "E-learning module procured; launch delayed by the HR system upgrade. Revised date to be proposed to "
           "ARAC.")]),
    ]),
    ("2025-26 Internal Audit 02: Health and Safety (Satisfactory assurance)", [
        ("Priority 3",
         "Contractor induction records should be retained centrally for each site.",
         [("2.1",
           "Hold all contractor induction records on the Health and Safety SharePoint site and check compliance at "
           "the quarterly site safety meetings.",
           "Health & Safety Manager", "Ongoing", None, "green",
           "SharePoint site in use at all four museums; first compliance check November 2025.")]),
    ]),
]


def make_nmni():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    widths(sm, [16, 14, 14, 16, 14, 10, 40])
    put(sm, "A1", "National Museums NI", font=Font(bold=True, size=14), border=False,
        align=Alignment(vertical="center"))
    put(sm, "A2", "Internal Audit Recommendations Tracker – Position at 14 November 2025", bold=True, border=False,
        align=Alignment(vertical="center"))
    put(sm, "A3", "Audit and Risk Assurance Committee – 3 December 2025 (Paper ARAC 25/41)", border=False,
        align=Alignment(vertical="center"))
    hdr = ["Priority", "Implemented", "Not yet due", "Revised date", "Overdue", "Total"]
    for i, h in enumerate(hdr, start=1):
        put(sm, f"{get_column_letter(i)}5", h, font=WHITE_BOLD, fill="navy", align=CENTRE)
    counts = [("Priority 1", 0, 1, 2, 0), ("Priority 2", 1, 2, 0, 1), ("Priority 3", 1, 1, 0, 0)]
    for i, (p, a, b, c, e) in enumerate(counts, start=6):
        put(sm, f"A{i}", p, bold=True)
        for j, v in enumerate((a, b, c, e), start=2):
            put(sm, f"{get_column_letter(j)}{i}", v, align=CENTRE)
        put(sm, f"F{i}", f"=SUM(B{i}:E{i})", align=CENTRE)
    put(sm, "A9", "Total", bold=True, fill="grey")
    for j in range(2, 7):
        col = get_column_letter(j)
        put(sm, f"{col}9", f"=SUM({col}6:{col}8)", bold=True, fill="grey", align=CENTRE)
    put(sm, "A11", "RAG key", bold=True, border=False)
    key = [("blue", "Implemented – evidence provided to Internal Audit"),
           ("green", "Not yet due – on track for the agreed target date"),
           ("amber", "Revised target date agreed by ARAC"),
           ("red", "Overdue – no revised date agreed")]
    for i, (f, txt) in enumerate(key, start=12):
        put(sm, f"A{i}", None, fill=f)
        sm.merge_cells(f"B{i}:E{i}")
        put(sm, f"B{i}", txt)
    put(sm, "A17", "Priority definitions", bold=True, border=False)
    pdefs = ["Priority 1 – Failure to implement the recommendation is likely to result in a major failure of a key "
             "organisational objective, significant damage to reputation or the misuse of public funds.",
             "Priority 2 – Failure to implement the recommendation could result in the failure of an important "
             "organisational objective or could have some impact on a key organisational objective.",
             "Priority 3 – Failure to implement the recommendation could lead to an increased risk exposure."]
    for i, t in enumerate(pdefs, start=18):
        sm.merge_cells(f"A{i}:G{i}")
        put(sm, f"A{i}", t, border=False)
        sm.row_dimensions[i].height = 30

    ws = wb.create_sheet("Tracker")
    widths(ws, [9, 11, 40, 44, 22, 12, 12, 7, 40])
    ws.merge_cells("A1:I1")
    put(ws, "A1", "National Museums NI – Internal Audit Recommendations Tracker", font=Font(bold=True, size=14),
        border=False, align=Alignment(vertical="center"))
    ws.merge_cells("A2:I2")
    put(ws, "A2", "Outstanding and recently implemented recommendations (all priorities) – updated 14 November 2025",
        font=Font(italic=True), border=False, align=Alignment(vertical="center"))
    heads = ["Ref", "Priority", "Recommendation", "Management response / agreed action", "Responsible officer",
             "Target date", "Revised target date", "RAG", "Update at November 2025"]
    for i, h in enumerate(heads, start=1):
        put(ws, f"{get_column_letter(i)}4", h, font=WHITE_BOLD, fill="navy", align=CENTRE)
    r = 5
    for audit, recs in NMNI_AUDITS:
        ws.merge_cells(f"A{r}:I{r}")
        put(ws, f"A{r}", audit, bold=True, fill="grey", align=Alignment(vertical="center"))
        r += 1
        for prio, rec, actions in recs:
            n = len(actions)
            if n > 1:
                ws.merge_cells(f"B{r}:B{r + n - 1}")
                ws.merge_cells(f"C{r}:C{r + n - 1}")
            put(ws, f"B{r}", prio, align=CENTRE)
            put(ws, f"C{r}", rec)
            for (ref, act, lead, tgt, rev, rag, upd) in actions:
                put(ws, f"A{r}", ref, align=CENTRE)
                put(ws, f"D{r}", act)
                put(ws, f"E{r}", lead)
                put(ws, f"F{r}", tgt, fmt="dd/mm/yyyy", align=CENTRE)
                put(ws, f"G{r}", rev, fmt="dd/mm/yyyy", align=CENTRE)
                put(ws, f"H{r}", None, fill=rag)
                put(ws, f"I{r}", upd)
                r += 1
    r += 1
    ws.merge_cells(f"A{r}:I{r}")
    put(ws, f"A{r}", "Source: Internal Audit follow-up, November 2025. Recommendations shaded blue will be removed "
                     "from the tracker once noted by the Committee.", font=Font(italic=True), border=False)
    ws.freeze_panes = "A5"
    wb.save(out("zsh-national-museums-ni-arac-internal-audit-recommendations-tracker.xlsx"))


# ============================================================ 3. FSS highlight report (xlsx, refuse)
FSS_WORKSTREAMS = [
    ("Workstream 1: Cloud migration", [
        ("1.1", "Migrate the remaining on-premises file shares to SharePoint Online", "Head of Digital",
         "Sept 2025", "Nov 2025", "G", "A", "Permissions clean-up took longer than planned; 80% migrated."),
        ("1.2", "Decommission the Aberdeen data centre rack and terminate the hosting contract",
         "Head of Digital; Estates Manager", "Dec 2025", "Mar 2026", "A", "A",
         "Dependent on 1.1 and on the notice period in the hosting contract."),
        ("1.3", "Complete the Cyber Essentials Plus assessment for the new cloud estate", "Cyber Security Lead",
         "Oct 2025", "Oct 2025", "G", "Complete", "Certificate issued 24 October 2025."),
    ]),
    ("Workstream 2: Official controls data platform", [
        ("2.1", "Complete discovery and user research with local authority food officers",
         "Service Owner – Official Controls", "Aug 2025", "Sep 2025", "G", "Complete",
         "Discovery report accepted by Programme Board in September."),
        ("2.2", "Award the contract for the data platform build following the G-Cloud further competition",
         "Commercial Manager", "Jan 2026", "Febuary 2026", "A", "A",
         "Clarification questions extended the evaluation by two weeks."),
        ("2.3", "Pass the Digital Assurance Office alpha assessment", "Service Owner – Official Controls",
         "Mar 2026", "Jun 2026", "A", "R", "Follows contract award; assessment slot to be rebooked."),
    ]),
    ("Workstream 3: Digital workplace", [
        ("3.1", "Roll out Microsoft Teams Phone and retire the legacy telephony system", "Head of Digital",
         "Dec 2025", "Dec 2025", "G", "G", "Pilot with the Aberdeen office completed."),
        ("3.2", "Deliver digital skills training to all staff (target 90% completion)", "Head of HR",
         "Mar 2026", "Mar 2026", "G", "G", "62% completed to date."),
    ]),
]
RAGFILL = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}


def make_fss():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    widths(ws, [8, 46, 26, 12, 13, 10, 10, 40])
    put(ws, "A1", "Food Standards Scotland", font=Font(bold=True, size=12, color="005F73"), border=False,
        align=Alignment(vertical="center"))
    ws.merge_cells("A2:H2")
    put(ws, "A2", "Digital Transformation Programme – Highlight Report", font=Font(bold=True, size=16),
        border=False, align=Alignment(vertical="center"))
    info = [("Reporting period", "October 2025 (Period 7)"),
            ("Senior Responsible Owner", "Director of Corporate Services"),
            ("Programme Manager", "K. Duncan"),
            ("Report to", "Digital Programme Board, 12 November 2025")]
    for i, (k, v) in enumerate(info, start=3):
        put(ws, f"A{i}", k, bold=True, fill="pale")
        ws.merge_cells(f"A{i}:B{i}")
        put(ws, f"C{i}", v)
        ws.merge_cells(f"C{i}:E{i}")
    # status summary rows 8-13
    put(ws, "A8", "Status summary", font=WHITE_BOLD, fill="teal")
    ws.merge_cells("A8:B8")
    put(ws, "C8", "Previous", font=WHITE_BOLD, fill="teal", align=CENTRE)
    put(ws, "D8", "Current", font=WHITE_BOLD, fill="teal", align=CENTRE)
    put(ws, "E8", "Comment", font=WHITE_BOLD, fill="teal")
    ws.merge_cells("E8:H8")
    dims = [("Overall", "A", "A", "Procurement timetable for the data platform has slipped; no impact yet on the "
                                  "2026/27 go-live."),
            ("Time", "G", "A", "Two milestones re-forecast (1.1, 2.2)."),
            ("Cost", "G", "G", "Spend to date £412k against profile of £430k."),
            ("Scope", "G", "G", "No change requests this period."),
            ("Resources", "A", "R", "Cloud engineer vacancy unfilled after second advert.")]
    for i, (dim, prev, cur, com) in enumerate(dims, start=9):
        put(ws, f"A{i}", dim, bold=True)
        ws.merge_cells(f"A{i}:B{i}")
        put(ws, f"C{i}", prev, fill=RAGFILL[prev], align=CENTRE)
        put(ws, f"D{i}", cur, fill=RAGFILL[cur], align=CENTRE)
        put(ws, f"E{i}", com)
        ws.merge_cells(f"E{i}:H{i}")
    put(ws, "A15", "Achievements this period", font=WHITE_BOLD, fill="teal")
    ws.merge_cells("A15:H15")
    ach = ["• Cyber Essentials Plus certificate achieved for the new cloud estate.",
           "• 80% of file shares migrated to SharePoint Online.",
           "• Teams Phone pilot completed in the Aberdeen office."]
    for i, t in enumerate(ach, start=16):
        put(ws, f"A{i}", t, border=False)
        ws.merge_cells(f"A{i}:H{i}")
    put(ws, "A20", "Milestones and key actions", font=WHITE_BOLD, fill="teal")
    ws.merge_cells("A20:H20")
    heads = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "Previous RAG",
             "Current RAG", "Commentary"]
    for i, h in enumerate(heads, start=1):
        put(ws, f"{get_column_letter(i)}21", h, bold=True, fill="grey", align=CENTRE)
    r = 22
    typo_row = None
    for ws_name, items in FSS_WORKSTREAMS:
        put(ws, f"A{r}", ws_name, bold=True, fill="light")
        ws.merge_cells(f"A{r}:H{r}")
        r += 1
        for (ref, text, owner, base, fc, prev, cur, com) in items:
            put(ws, f"A{r}", ref, align=CENTRE)
            put(ws, f"B{r}", text)
            put(ws, f"C{r}", owner)
            put(ws, f"D{r}", base, align=CENTRE)
            put(ws, f"E{r}", fc, align=CENTRE)
            put(ws, f"F{r}", prev, fill=RAGFILL[prev], align=CENTRE)
            put(ws, f"G{r}", cur, fill=RAGFILL[cur], align=CENTRE)
            put(ws, f"H{r}", com)
            if fc.startswith("Febuary"):
                typo_row = r
            r += 1
    r += 1
    put(ws, f"A{r}", "Key risks and issues", font=WHITE_BOLD, fill="teal")
    ws.merge_cells(f"A{r}:H{r}")
    r += 1
    for i, h in enumerate(["ID", "Risk / issue", "Owner", "Score", "", "", "", "Mitigation"], start=1):
        if h:
            put(ws, f"{get_column_letter(i)}{r}", h, bold=True, fill="grey")
    r += 1
    risks = [("R07", "Cloud engineering skills gap delays migration and decommissioning", "Head of Digital", 16,
              "Interim contractor approved for three months; vacancy re-advertised."),
             ("I03", "Legacy telephony contract auto-renews if notice not served by 31 January 2026",
              "Commercial Manager", 12, "Notice drafted; legal review requested.")]
    for (rid, txt, own, sc, mit) in risks:
        put(ws, f"A{r}", rid)
        put(ws, f"B{r}", txt)
        put(ws, f"C{r}", own)
        put(ws, f"D{r}", sc, align=CENTRE)
        put(ws, f"H{r}", mit)
        r += 1
    r += 1
    put(ws, f"A{r}", "Decisions required from Programme Board: approve the re-forecast of milestones 1.1 and 2.2.",
        bold=True, border=False)
    ws.merge_cells(f"A{r}:H{r}")

    fin = wb.create_sheet("Finance")
    widths(fin, [34, 14, 14, 14, 14])
    put(fin, "A1", "Programme finance – 2025/26 (£000)", bold=True, border=False)
    for i, h in enumerate(["Cost line", "Budget", "Profile to P7", "Actual to P7", "Forecast outturn"], start=1):
        put(fin, f"{get_column_letter(i)}3", h, bold=True, fill="grey")
    lines = [("Cloud migration", 260, 190, 184, 255), ("Official controls data platform", 480, 140, 131, 470),
             ("Digital workplace", 150, 100, 97, 150)]
    for i, row in enumerate(lines, start=4):
        for j, v in enumerate(row, start=1):
            put(fin, f"{get_column_letter(j)}{i}", v)
    put(fin, "A7", "Total", bold=True)
    for j in range(2, 6):
        col = get_column_letter(j)
        put(fin, f"{col}7", f"=SUM({col}4:{col}6)", bold=True)
    wb.save(out("zsh-food-standards-scotland-digital-transformation-programme-highlight-report-typo-month-refuse.xlsx"))
    return typo_row


# ============================================================ docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, fill=None, white=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if fill:
        shade(cell, fill)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))
    return s


def col_widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


DOCX_RAG = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
            "G": "00B050", "A": "FFC000", "R": "FF0000", "C": "00B0F0"}


# ============================================================ 4. Loughs Agency board action log (docx)
LA_MEETINGS = [
    ("151st Board Meeting – 27 June 2025", [
        ("151/03", "6.2",
         "Provide the Board with a paper on options for replacing the patrol vessel fleet on Lough Foyle, "
         "including whole-life costs.",
         "Director of Conservation & Protection", "Dec 2025", "A",
         "Deferred from September to allow the marine survey to complete. Paper to December meeting."),
        ("151/05", "9",
         "Circulate the certified 2024 Annual Report and Accounts to all Board members once laid.",
         "Board Secretary", "Jul 2025", "C", "Circulated 18 July 2025."),
    ]),
    ("152nd Board Meeting – 26 September 2025", [
        ("152/01", "5",
         "Arrange a Board workshop on the draft Corporate Plan 2026–2028 ahead of submission to the sponsor "
         "departments.",
         "CEO; Head of Corporate Services", "Nov 2025", "C", "Workshop held 13 November 2025."),
        ("152/02", "7.1",
         "Bring the revised Corporate Risk Register to the December meeting, including a new risk on the delay "
         "to aquaculture licensing legislation for Carlingford Lough.",
         "Head of Corporate Services", "Dec 2025", "G", "On the December agenda (item 8)."),
        ("152/03", "8",
         "Write to the NSMC Joint Secretariat on the 2026 budget settlement and the impact of the pay awards.",
         "Chair / CEO", "Oct 2025", "R", "Draft letter with the Chair; to issue week commencing 8 December."),
    ]),
    ("153rd Board Meeting – 31 October 2025", [
        ("153/01", "4",
         "Present the internal audit annual assurance report and the 2026 internal audit plan to the Audit and "
         "Risk Assurance Committee before Board approval.",
         "Head of Corporate Services", "Feb 2026", "G", "ARAC meeting 29 January 2026."),
        ("153/02", "6",
         "Provide an update on Foyle system salmon counter data and progress against the 2025 conservation "
         "limits.",
         "Director of Conservation & Protection; Head of Science", "12/12/2025", "G",
         "Presentation prepared for December meeting."),
        ("153/03", "10",
         "Review the register of Board members' interests and re-circulate it for annual sign-off.",
         "Board Secretary", "TBC", "", ""),
    ]),
]


def make_loughs():
    doc = Document()
    s = landscape(doc)
    hp = s.header.paragraphs[0]
    hr = hp.add_run("Loughs Agency  |  Board paper FCILC 154/05")
    hr.font.size = Pt(8)
    doc.add_paragraph("Foyle, Carlingford and Irish Lights Commission – Board Action Log", style="Title")
    doc.add_paragraph("Position at 1 December 2025 – for the 154th Board Meeting, 12 December 2025 "
                      "(Agenda item 5: Matters Arising)")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Prepared by", "Board Secretary"), ("Version", "Final v1.0"),
                                ("Classification", "OFFICIAL")]):
        set_cell(t.cell(i, 0), k, bold=True, fill="D9D9D9")
        set_cell(t.cell(i, 1), v)
    col_widths(t, [4, 8])
    doc.add_paragraph()
    doc.add_paragraph("RAG: G – on track for due date; A – due date revised; R – overdue; "
                      "C – complete (to be removed once noted by the Board).")
    heads = ["No.", "Minute", "Action", "Lead", "Due", "RAG", "Update"]
    for meeting, acts in LA_MEETINGS:
        doc.add_heading(meeting, level=2)
        tb = doc.add_table(rows=1 + len(acts), cols=len(heads))
        tb.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(tb.cell(0, i), h, bold=True, fill="1F3864", white=True)
        for ri, (no, minute, act, lead, due, rag, upd) in enumerate(acts, start=1):
            vals = [no, minute, act, lead, due, rag, upd]
            for ci, v in enumerate(vals):
                set_cell(tb.cell(ri, ci), v, fill=DOCX_RAG.get(rag) if ci == 5 and rag else None)
        col_widths(tb, [1.6, 1.5, 8.5, 4.5, 2.2, 1.2, 6.5])
        doc.add_paragraph()
    doc.add_paragraph("Actions marked C will be removed from the log once the Board has noted them.")
    doc.save(out("zsh-loughs-agency-board-action-log.docx"))


# ============================================================ 5. Norfolk ICO SAR plan (docx)
NCC_RECS = [
    ("Recommendation 1: Ensure adequate staff resources are in place to respond to SARs within the statutory "
     "timescale.", [
        ("1.1", "Recruit four additional Information Rights Officers on fixed-term contracts to clear the backlog.",
         "Head of Information Management and Governance", "July 2023", "Blue",
         "All four posts filled by 17 July 2023."),
        ("1.2", "Review the permanent establishment of the Information Rights Team against forecast SAR demand and "
                "submit a business case for the 2024/25 budget.",
         "Head of Information Management and Governance", "31/12/2023", "Green",
         "Demand modelling complete; business case drafted for Corporate Board."),
    ]),
    ("Recommendation 2: Continue to implement effective measures to clear the backlog of overdue SARs.", [
        ("2.1", "Prioritise the 59 overdue requests older than three months and give each requester a revised "
                "response date.",
         "Information Rights Manager", "Aug-23", "Blue", "All 59 requesters contacted; 51 now closed."),
        ("2.2", "Agree a joint triage process with Children's Services for social care record requests, including "
                "a named redaction lead in each locality.",
         "Information Rights Manager / Assistant Director, Social Work", "Q3 2023/24", "Amber",
         "Triage process agreed; redaction leads named in 4 of 7 localities."),
        ("2.3", "Report the number of open and overdue SARs to Corporate Board every month.",
         "Head of Information Management and Governance", "Monthly", "Green",
         "Monthly dashboard in place since June 2023."),
    ]),
    ("Recommendation 3: Review SAR procedures and guidance so that requests are logged, acknowledged and tracked "
     "consistently.", [
        ("3.1", "Move all SAR logging onto the single case management system and close the legacy spreadsheets.",
         "Information Compliance Manager", "30 September 2023", "Blue",
         "Legacy spreadsheets closed 29 September 2023."),
        ("3.2", "Procure redaction software to reduce the time taken to prepare large social care files.",
         "Head of Information Management and Governance; ICT Commercial Lead", "End of March 2024", "Amber",
         "Supplier demonstrations held; procurement route agreed but funding not yet confirmed."),
    ]),
    ("Recommendation 4: Ensure staff across the Council understand how to recognise and pass on a SAR.", [
        ("4.1", "Launch refreshed mandatory data protection e-learning with a SAR recognition module for all staff.",
         "Head of Information Management and Governance", "By 31 January 2024", "Green",
         "Module built and tested; launch planned for 8 January 2024."),
    ]),
]


def make_norfolk():
    doc = Document()
    s = landscape(doc)
    hp = s.header.paragraphs[0]
    hr = hp.add_run("Norfolk County Council")
    hr.bold = True
    hr.font.size = Pt(9)
    doc.add_paragraph("Subject Access Request (SAR) Improvement Plan – response to the ICO reprimand of May 2023",
                      style="Title")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Owner", "Head of Information Management and Governance"),
                                ("Position as at", "30 November 2023"),
                                ("Reporting to", "Audit and Governance Committee, 25 January 2024")]):
        set_cell(t.cell(i, 0), k, bold=True, size=10, fill="D9D9D9")
        set_cell(t.cell(i, 1), v, size=10)
    col_widths(t, [4, 11])
    doc.add_heading("1. Background", level=2)
    doc.add_paragraph(
        "On 5 May 2023 the Information Commissioner's Office (ICO) issued the Council with a reprimand under "
        "Article 58(2)(b) of the UK GDPR for failing to respond to subject access requests within the statutory "
        "period. Between April 2021 and April 2022 the Council responded to 51% of SARs on time. The ICO asked the "
        "Council to provide details of the actions taken within six months. This plan sets out the actions agreed "
        "against each of the ICO's recommendations and progress to date.")
    doc.add_heading("2. RAG key", level=2)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (c, txt) in enumerate([("Blue", "Complete"), ("Green", "On track"),
                                  ("Amber", "At risk – revised date may be needed"), ("Red", "Off track")]):
        set_cell(k.cell(i, 0), c, bold=True, size=10, fill=DOCX_RAG[c])
        set_cell(k.cell(i, 1), txt, size=10)
    col_widths(k, [3, 9])
    doc.add_heading("3. Action plan", level=2)
    heads = ["Ref", "Action", "Lead", "Target date", "RAG", "Progress (November 2023)"]
    for rec, acts in NCC_RECS:
        p = doc.add_paragraph()
        run = p.add_run(rec)
        run.bold = True
        tb = doc.add_table(rows=1 + len(acts), cols=len(heads))
        tb.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(tb.cell(0, i), h, bold=True, fill="D9E2F3")
        for ri, (ref, act, lead, tgt, rag, prog) in enumerate(acts, start=1):
            for ci, v in enumerate([ref, act, lead, tgt, rag, prog]):
                set_cell(tb.cell(ri, ci), v, fill=DOCX_RAG[rag] if ci == 4 else None)
        col_widths(tb, [1.2, 8.5, 5.0, 2.8, 1.6, 6.5])
        doc.add_paragraph()
    doc.add_heading("4. Sign-off", level=2)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for ci, h in enumerate(["Role", "Name", "Date"]):
        set_cell(so.cell(0, ci), h, bold=True, size=10, fill="D9D9D9")
    for ri, row in enumerate([("Senior Information Risk Owner", "Director of Governance", "01/12/2023"),
                              ("Data Protection Officer", "Data Protection Officer", "01/12/2023")], start=1):
        for ci, v in enumerate(row):
            set_cell(so.cell(ri, ci), v, size=10)
    doc.save(out("zsh-norfolk-county-council-ico-reprimand-subject-access-requests-improvement-plan.docx"))


# ============================================================ 6. Louth TC Planner export (csv)
LOUTH_HEADER = ["Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Start Date", "Due Date",
                "Late", "Completed Date", "Labels", "Description"]
LOUTH_TASKS = [
    ("Adopt revised Financial Regulations based on the 2024 NALC model", "Internal audit 2024/25 recommendations",
     "Completed", "Important", "Lynne Marsh", "01/04/2025", "30/06/2025", "false", "10/06/2025", "",
     "Adopted at Full Council 10 June 2025 (minute 25/061)."),
    ("Record evidence of the monthly bank reconciliation review signed by a non-signatory councillor",
     "Internal audit 2024/25 recommendations", "Completed", "Important", "Lynne Marsh;Tom Rigby", "01/04/2025",
     "31/05/2025", "false", "28/05/2025", "",
     "Reconciliation sign-off sheet now scanned to the finance folder each month."),
    ("Update the fixed asset register to include the Christmas lights, CCTV cameras and the new bus shelters",
     "Internal audit 2024/25 recommendations", "In progress", "Medium", "Sarah Okafor", "01/09/2025",
     "30/11/2025", "true", "", "Red",
     "Insurance valuation received.\nAwaiting CCTV asset values from the contractor."),
    ("Publish the notice of conclusion of audit and the completed AGAR on the website",
     "External audit (AGAR 2024/25)", "Completed", "Urgent", "Sarah Okafor", "01/09/2025", "30/09/2025",
     "false", "26/09/2025", "", "Published 26/09/2025."),
    ("Respond to the external auditor's 'other matters' on the timing of the period for the exercise of public "
     "rights", "External audit (AGAR 2024/25)", "In progress", "Important", "Lynne Marsh", "01/10/2025",
     "31/01/2026", "false", "", "Amber",
     "Council to confirm 2026 dates at the January meeting. Process note drafted."),
    ("Review Standing Orders against the NALC model and recommend changes to Full Council",
     "Policies & governance", "In progress", "Medium", "Lynne Marsh;Sarah Okafor", "01/11/2025", "31/03/2026",
     "false", "", "Green", "First draft to Governance and Finance Committee in February."),
    ("Adopt a Publication Scheme and check the website meets the Transparency Code and accessibility regulations",
     "Policies & governance", "Not started", "Medium", "Sarah Okafor", "", "28/02/2026", "false", "", "", ""),
    ("Arrange Code of Conduct and civility and respect training for all councillors", "Policies & governance",
     "In progress", "Low", "Lynne Marsh", "01/10/2025", "", "false", "", "Green",
     "Training session requested from LALC – date TBC."),
    ("Review the council's risk register and present it to Governance and Finance Committee", "Risk & assets",
     "Completed", "Important", "Lynne Marsh", "01/08/2025", "30/09/2025", "false", "23/09/2025", "",
     "Reviewed at G&F Committee 23 September 2025."),
    ("Commission a condition survey of council-owned buildings and add a 10-year maintenance plan to the budget",
     "Risk & assets", "Not started", "Medium", "Sarah Okafor", "", "31/03/2026", "false", "", "",
     "Quotes to be sought in January."),
]


def make_louth():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Plan name", "Louth Town Council – Governance & Audit Action Plan 2025/26"])
    w.writerow(["Date of export", "01/12/2025"])
    w.writerow([])
    w.writerow(LOUTH_HEADER)
    for row in LOUTH_TASKS:
        w.writerow(row)
    with open(out("zsh-louth-town-council-governance-action-plan-planner-export.csv"), "w", encoding="utf-8-sig",
              newline="") as f:
        f.write(buf.getvalue())


# ============================================================ 7. Chelsea FC Foundation (txt, tab-separated)
CFCF_AREAS = [
    ("Area 1: Independence of the Foundation from the Club", [
        ("1.1", "Appoint at least two additional independent trustees with no current or past employment with "
                "Chelsea FC, so that independent trustees form a majority of the Board.",
         "Chair of Trustees; Nominations Committee", "30/11/2022", "Complete",
         "Two trustees appointed 24 October 2022; 5 of 8 trustees now independent."),
        ("1.2", "Agree a written relationship agreement with Chelsea FC Limited covering use of the name and "
                "brand, staff secondments and services provided at cost.",
         "Chief Executive", "Mar-23", "On track", "Draft agreed in principle; with both legal teams."),
        ("1.3", "Review the articles of association to remove the Club's right to appoint the Chair and to set "
                "maximum terms of office for trustees.",
         "Company Secretary", "June 2023", "On track", "Draft special resolution to the April Board."),
    ]),
    ("Area 2: Conflicts of interest", [
        ("2.1", "Adopt a revised conflicts of interest policy in line with Charity Commission guidance and record "
                "declared conflicts at the start of every Board meeting.",
         "Company Secretary", "31/07/2022", "Complete", "Policy adopted 20 July 2022; register kept with minutes."),
        ("2.2", "Agree a protocol that trustees who hold roles at the Club withdraw from any decision on the Club's "
                "ownership, stewardship or funding of the Foundation.",
         "Chair of Trustees", "Sep-22", "Complete", "Protocol approved September 2022 and applied since."),
    ]),
    ("Area 3: Serious incident reporting and risk management", [
        ("3.1", "Add a specific risk on dependence on Club funding to the risk register, with a scenario for a "
                "further change of ownership.",
         "Head of Finance / Chief Executive", "28/02/2023", "At risk",
         "Scenario modelling delayed pending 2023/24 grant confirmation (see 4.2)."),
        ("3.2", "Provide serious incident reporting training for all trustees and the senior leadership team and "
                "review the serious incident reporting procedure.",
         "Company Secretary", "April 2023", "Not started", ""),
    ]),
    ("Area 4: Funding and financial resilience", [
        ("4.1", "Produce a three-year funding strategy that reduces reliance on the Club's annual grant, with a "
                "diversified income target for 2024/25.",
         "Head of Finance", "September 2023", "On track", "Fundraising consultant appointed January 2023."),
        ("4.2", "Confirm the level of Club grant funding for 2023/24 in a written agreement with the Club's new "
                "owners.",
         "Chief Executive", "31/12/2022", "Delayed",
         "Letter of intent received; written agreement still awaited from the Club."),
    ]),
]


def make_cfcf():
    lines = [
        "Chelsea FC Foundation – Action Plan agreed with the Charity Commission",
        "Regulatory compliance case following the serious incident report of 1 March 2022",
        "Position at 31 January 2023 – Board of Trustees, 15 February 2023",
        "",
        "Status key: Complete = delivered and evidence sent to the Commission; On track; "
        "At risk = some slippage (amber); Delayed = past target date (red); Not started",
        "",
        "\t".join(["Ref", "Action", "Responsible", "Target date", "Status", "Progress / evidence"]),
    ]
    for area, acts in CFCF_AREAS:
        lines.append(area)
        for row in acts:
            lines.append("\t".join(row))
    lines += ["",
              "Note: the Commission's case remains open until all actions are complete. Evidence for completed "
              "actions is held by the Company Secretary."]
    with open(out("zsh-chelsea-fc-foundation-charity-commission-regulatory-compliance-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_curo()
    make_nmni()
    row = make_fss()
    make_loughs()
    make_norfolk()
    make_louth()
    make_cfcf()
    print("FSS typo row:", row)
