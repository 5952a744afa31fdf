"""Build the seven zst- blind test files (set heldout690).

Run with /work/main/.venv/bin/python zst_make.py ; writes into this script's folder.
Each case's content is held in the data structures below so that the file and
its expected reading come from the same text.
"""
import csv
import io
import os
from datetime import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "head": "1F3864", "sub": "D9E1F2", "grey": "E7E6E6", "teal": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(day, month, year):
    return dt(year, month, day)


# ---------------------------------------------------------------------------
# 1. Radius Housing - ARC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
RADIUS_FILE = "zst-radius-housing-arc-internal-audit-recommendations-tracker.xlsx"
RADIUS_TITLE = "Radius Housing – Internal Audit Recommendations Tracker (position at 31 August 2025)"
RADIUS_AUDITS = [
    {
        "heading": "IA 03 2024/25 – Rent Arrears and Income Recovery (Limited assurance, final report issued 14 March 2025)",
        "recs": [
            {
                "priority": 1,
                "rec": "Arrears cases should be progressed through each stage of the Income Recovery Procedure within the stated timescales, with any decision to hold a case approved by a manager and recorded on the housing management system.",
                "actions": [
                    dict(ref="03.1", action="Automated stage escalation will be configured in the housing management system so that cases with no payment arrangement recorded within 14 days move to the next recovery stage.",
                         owner="Head of Income & Tenancy Sustainment", lead=["Head of Income & Tenancy Sustainment"],
                         orig=d(30, 6, 2025), rev=d(31, 10, 2025), rag="A", end="2025-10", status="amber",
                         note="Configuration built and tested in UAT. Go-live moved to October 2025 to align with the system upgrade (revised date agreed by the Committee in June 2025)."),
                ],
            },
            {
                "priority": 2,
                "rec": "Management information on arrears should be reported monthly to the Executive Team, broken down by area office and tenancy type, with commentary on trends.",
                "actions": [
                    dict(ref="03.2(a)", action="Develop a monthly arrears dashboard in Power BI covering area office, tenancy type and Universal Credit cases.",
                         owner="Business Intelligence Manager", lead=["Business Intelligence Manager"],
                         orig=d(31, 5, 2025), rev=None, rag="B", end="2025-05", status="blue",
                         note="Dashboard live since May 2025 and reviewed by the Executive Team on 3 June 2025. Proposed for closure."),
                    dict(ref="03.2(b)", action="Include an arrears trend commentary in the quarterly performance report to the Housing Services Committee.",
                         owner="Director of Housing Services", lead=["Director of Housing Services"],
                         orig=d(30, 9, 2025), rev=None, rag="G", end="2025-09", status="green",
                         note="First commentary drafted for the Q1 report to the September Housing Services Committee."),
                ],
            },
            {
                "priority": 3,
                "rec": "Write-off of former tenant arrears should be approved in line with the Scheme of Delegation, with evidence of approval retained.",
                "actions": [
                    dict(ref="03.3", action="Former tenant arrears write-offs over £500 will be approved by the Director of Finance and the approval attached to the account record.",
                         owner="Director of Finance", lead=["Director of Finance"],
                         orig=d(31, 3, 2025), rev=None, rag="B", end="2025-03", status="blue",
                         note="Scheme of Delegation updated. Sample check by the Governance team in July 2025 found all approvals retained."),
                ],
            },
        ],
    },
    {
        "heading": "IA 05 2024/25 – Fire Safety Compliance (Satisfactory assurance, final report issued 22 May 2025)",
        "recs": [
            {
                "priority": 1,
                "rec": "All high-risk actions from Fire Risk Assessments should be completed within 28 days, or a documented interim control agreed by the Fire Safety Manager.",
                "actions": [
                    dict(ref="05.1", action="Introduce a weekly overdue FRA action report to the Compliance Manager and escalate any high-risk action open for more than 28 days to the Head of Asset Management.",
                         owner="Head of Asset Management / Compliance Manager", lead=["Head of Asset Management", "Compliance Manager"],
                         orig=d(31, 7, 2025), rev=None, rag="B", end="2025-07", status="blue",
                         note="Weekly report in place from 7 July 2025. Two overdue high-risk actions escalated and closed."),
                ],
            },
            {
                "priority": 2,
                "rec": "Fire door inspection records for the 38 blocks with communal fire doors should be held centrally and checked quarterly for completeness.",
                "actions": [
                    dict(ref="05.2", action="Upload all fire door inspection records to the compliance module of the asset management system and complete a quarterly completeness check.",
                         owner="Compliance Manager", lead=["Compliance Manager"],
                         orig=d(30, 9, 2025), rev=None, rag="G", end="2025-09", status="green",
                         note="Records for 27 of 38 blocks uploaded; remaining records being obtained from the contractor."),
                ],
            },
        ],
    },
    {
        "heading": "IA 08 2023/24 – Procurement and Contract Management (Limited assurance, final report issued 19 January 2024)",
        "recs": [
            {
                "priority": 1,
                "rec": "A complete contracts register should be maintained, recording contract value, term, owner and renewal date for all contracts above £30,000.",
                "actions": [
                    dict(ref="08.2", action="Procure and implement a contract management system holding the full contracts register, with automated renewal alerts to contract owners.",
                         owner="Head of Procurement", lead=["Head of Procurement"],
                         orig=d(30, 6, 2024), rev=d(31, 3, 2025), rag="R", end="2025-03", status="red",
                         note="Revised date missed. The first tender produced no compliant bids and has been re-run; a new target date will be proposed to the December Committee."),
                ],
            },
            {
                "priority": 2,
                "rec": "Contract owners should complete procurement training and sign a declaration of interests annually.",
                "actions": [
                    dict(ref="08.4", action="Roll out the procurement e-learning module to all contract owners and collect annual declarations of interest through the HR system.",
                         owner="Head of Procurement and Head of People", lead=["Head of Procurement", "Head of People"],
                         orig=d(31, 3, 2024), rev=d(30, 9, 2025), rag="A", end="2025-09", status="amber",
                         note="91% of contract owners trained. The declarations module goes live in the HR system in September 2025."),
                ],
            },
        ],
    },
]


def build_radius():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Radius Housing"
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    ws["A2"] = "Audit & Risk Committee – 17 September 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Agenda item 6.2 – Internal Audit Recommendations Tracker"
    ws["A3"].font = Font(bold=True, size=12)
    rows = [
        ("Purpose", "To update the Committee on progress in implementing agreed internal audit recommendations and to seek approval to close implemented actions."),
        ("Prepared by", "Head of Governance & Risk"),
        ("Internal audit provider", "Outsourced internal audit service (co-sourced with the Governance team)"),
        ("Position at", "31 August 2025"),
    ]
    r = 5
    for k, v in rows:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v).alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 1, "Priority").font = Font(bold=True)
    ws.cell(r, 2, "Definition").font = Font(bold=True)
    for k, v in [("1", "Significant weakness – action required within 3 months"),
                 ("2", "Important control weakness – action required within 6 months"),
                 ("3", "Housekeeping / good practice – action required within 12 months")]:
        r += 1
        ws.cell(r, 1, k)
        ws.cell(r, 2, v)
    r += 2
    ws.cell(r, 1, "Status").font = Font(bold=True)
    ws.cell(r, 2, "Meaning").font = Font(bold=True)
    for k, v in [("B", "Implemented – recommended for closure"),
                 ("G", "On track to meet the agreed date"),
                 ("A", "Revised date agreed by the Committee"),
                 ("R", "Overdue – no revised date agreed")]:
        r += 1
        c = ws.cell(r, 1, k)
        c.fill = fill(FILL[k])
        c.font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 2, v)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 95

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of recommendations by audit"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Audit", "Assurance", "Open at last report", "B", "G", "A", "R"]
    for i, h in enumerate(hdr, 1):
        c = sm.cell(3, i, h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["sub"])
        c.border = BOX
    data = [("IA 03 2024/25 Rent Arrears and Income Recovery", "Limited", 4, 2, 1, 1, 0),
            ("IA 05 2024/25 Fire Safety Compliance", "Satisfactory", 2, 1, 1, 0, 0),
            ("IA 08 2023/24 Procurement and Contract Management", "Limited", 2, 0, 0, 1, 1)]
    rr = 4
    for row in data:
        for i, v in enumerate(row, 1):
            sm.cell(rr, i, v).border = BOX
        rr += 1
    sm.cell(rr, 1, "Total").font = Font(bold=True)
    for i in range(3, 8):
        col = get_column_letter(i)
        c = sm.cell(rr, i, f"=SUM({col}4:{col}{rr - 1})")
        c.font = Font(bold=True)
        c.border = BOX
    sm.column_dimensions["A"].width = 52
    sm.column_dimensions["B"].width = 14
    sm.column_dimensions["C"].width = 20

    # Tracker sheet
    tr = wb.create_sheet("Tracker")
    ncol = 9
    tr.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    tr["A1"] = RADIUS_TITLE
    tr["A1"].font = Font(bold=True, size=14, color="1F3864")
    tr["A2"] = "Open recommendations and recommendations proposed for closure"
    tr["A2"].font = Font(italic=True)
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
               "Original target date", "Revised target date", "Status", "Progress update (August 2025)"]
    for i, h in enumerate(headers, 1):
        c = tr.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for audit in RADIUS_AUDITS:
        tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = tr.cell(r, 1, audit["heading"])
        c.font = Font(bold=True)
        c.fill = fill(FILL["sub"])
        r += 1
        for rec in audit["recs"]:
            first = r
            for k, a in enumerate(rec["actions"]):
                tr.cell(r, 1, a["ref"])
                if k == 0:
                    tr.cell(r, 2, rec["priority"])
                    tr.cell(r, 3, rec["rec"])
                tr.cell(r, 4, a["action"])
                tr.cell(r, 5, a["owner"])
                c = tr.cell(r, 6, a["orig"])
                c.number_format = "dd/mm/yyyy"
                if a["rev"] is not None:
                    c = tr.cell(r, 7, a["rev"])
                    c.number_format = "dd/mm/yyyy"
                c = tr.cell(r, 8, a["rag"])
                c.fill = fill(FILL[a["rag"]])
                c.font = Font(bold=True, color="FFFFFF")
                c.alignment = Alignment(horizontal="center", vertical="top")
                tr.cell(r, 9, a["note"])
                for col in range(1, ncol + 1):
                    cell = tr.cell(r, col)
                    cell.border = BOX
                    if col != 8:
                        cell.alignment = WRAP
                r += 1
            if len(rec["actions"]) > 1:
                tr.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                tr.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    tr.cell(r, 1, "Note: recommendations 08.1 and 08.3 were closed by the Committee in March 2025 and are no longer reported.").font = Font(italic=True)
    widths = [9, 9, 48, 48, 26, 13, 13, 8, 48]
    for i, w in enumerate(widths, 1):
        tr.column_dimensions[get_column_letter(i)].width = w
    tr.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, RADIUS_FILE))


# ---------------------------------------------------------------------------
# 2. National Autistic Society - strategic risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
NAS_FILE = "zst-national-autistic-society-strategic-risk-register-2025-26.xlsx"
NAS_TITLE = "National Autistic Society – Strategic Risk Register 2025/26"
NAS_GOALS = [
    {
        "goal": "Strategic goal 1: Safe, high-quality support for autistic people",
        "risks": [
            {
                "risk": "SR01 – Safeguarding and quality of care",
                "cause": "Cause: inconsistent practice across more than 60 registered services and high use of agency staff.\nConsequence: harm to people we support, regulatory action by CQC, the Care Inspectorate or CIW, and loss of confidence from commissioners.",
                "owner": "Director of Adult Services", "inh": "4 x 5 = 20", "res": "3 x 5 = 15", "tgt": 10,
                "actions": [
                    dict(ref="SR01.1", action="Roll out the revised Safeguarding Practice Framework and mandatory Level 3 safeguarding training to all registered managers.",
                         owner="Head of Safeguarding", lead=["Head of Safeguarding"], due=d(31, 12, 2025),
                         prev="G", cur="G", end="2025-12", status="green",
                         note="74% of registered managers trained at the end of August 2025."),
                    dict(ref="SR01.2", action="Introduce quarterly internal quality audits for every residential and supported living service, with results reported to the Quality & Safeguarding Committee.",
                         owner="Head of Quality and Compliance", lead=["Head of Quality and Compliance"], due="Q3 2025/26",
                         prev="A", cur="G", end="2025-12", status="green",
                         note="Audit tool agreed; first cycle of audits started in July 2025."),
                ],
            },
            {
                "risk": "SR02 – Workforce recruitment and retention",
                "cause": "Cause: pay competition from retail and the NHS; support worker turnover of 31% in 2024/25.\nConsequence: reliance on agency staff, higher costs and less continuity of support.",
                "owner": "Director of People", "inh": "5 x 4 = 20", "res": "4 x 4 = 16", "tgt": 9,
                "actions": [
                    dict(ref="SR02.1", action="Implement the new support worker pay structure agreed by the Board of Trustees in May 2025.",
                         owner="Director of People", lead=["Director of People"], due=d(1, 7, 2025),
                         prev="G", cur="B", end="2025-07", status="blue",
                         note="Implemented in the July 2025 payroll."),
                    dict(ref="SR02.2", action="Reduce agency spend by 20% by setting up a central relief pool in the South East and London regions.",
                         owner="Regional Director (South East) and Regional Director (London)",
                         lead=["Regional Director (South East)", "Regional Director (London)"], due=d(31, 3, 2026),
                         prev="A", cur="A", end="2026-03", status="amber",
                         note="46 of 70 relief pool posts recruited; agency spend down 9% year to date against a 20% target."),
                    dict(ref="SR02.3", action="Run a retention survey for staff in their first six months and act on the findings.",
                         owner="Head of Organisational Development", lead=["Head of Organisational Development"], due="Ongoing",
                         prev=None, cur="G", end=None, end_text="Ongoing", status="green",
                         note="Survey live since April 2025; findings reported to the Executive Leadership Team each quarter."),
                ],
            },
        ],
    },
    {
        "goal": "Strategic goal 2: A sustainable and well-run charity",
        "risks": [
            {
                "risk": "SR03 – Financial sustainability",
                "cause": "Cause: local authority fee uplifts below the increases in the National Living Wage and employer National Insurance.\nConsequence: an operating deficit in adult services and reserves falling below the policy minimum.",
                "owner": "Chief Financial Officer", "inh": "5 x 5 = 25", "res": "4 x 4 = 16", "tgt": 12,
                "actions": [
                    dict(ref="SR03.1", action="Complete 2025/26 fee negotiations with the 15 largest commissioning authorities and escalate any uplift below 6% to the Executive Leadership Team.",
                         owner="Head of Commercial Contracts", lead=["Head of Commercial Contracts"], due=d(30, 9, 2025),
                         prev="A", cur="R", end="2025-09", status="red",
                         note="11 of 15 negotiations concluded; four authorities offering uplifts below 4%. Escalated to the Executive Leadership Team on 9 September 2025."),
                    dict(ref="SR03.2", action="Deliver the £3.2m cost improvement programme approved in the 2025/26 budget.",
                         owner="Chief Financial Officer", lead=["Chief Financial Officer"], due="March 2026",
                         prev="G", cur="A", end="2026-03", status="amber",
                         note="£1.4m delivered at month 5; property savings delayed to 2026/27."),
                ],
            },
            {
                "risk": "SR04 – Cyber security and data protection",
                "cause": "Cause: more frequent ransomware attacks on the charity sector and legacy systems still in use in some services.\nConsequence: loss of access to care records, a personal data breach and ICO enforcement.",
                "owner": "Chief Operating Officer", "inh": "4 x 5 = 20", "res": "3 x 4 = 12", "tgt": 8,
                "actions": [
                    dict(ref="SR04.1", action="Achieve Cyber Essentials Plus certification covering all corporate and service devices.",
                         owner="Head of IT", lead=["Head of IT"], due=d(30, 11, 2025),
                         prev="G", cur="G", end="2025-11", status="green",
                         note="Gap analysis complete; external assessment booked for November 2025."),
                    dict(ref="SR04.2", action="Replace the legacy care recording system in the remaining 14 services in Scotland and Wales.",
                         owner="Digital Programme Manager", lead=["Digital Programme Manager"], due="Jun-26",
                         prev="A", cur="A", end="2026-06", status="amber",
                         note="Supplier contract signed in August 2025; data migration plan in development."),
                ],
            },
        ],
    },
]


def build_nas():
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = "National Autistic Society"
    fs["A1"].font = Font(bold=True, size=16, color="5B2C6F")
    fs["A2"] = "Strategic Risk Register 2025/26"
    fs["A2"].font = Font(bold=True, size=14)
    fs["A3"] = "Version 3.1 – as reviewed by the Audit & Risk Committee, 24 September 2025"
    fs["A5"] = "Document control"
    fs["A5"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Change", "Reviewed by"], 1):
        c = fs.cell(6, i, h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BOX
    dc = [("3.0", d(12, 6, 2025), "Annual refresh aligned to the 2025/26 business plan", "Executive Leadership Team"),
          ("3.1", d(24, 9, 2025), "Quarter 2 update; SR04 residual score reduced from 16 to 12", "Audit & Risk Committee")]
    for j, row in enumerate(dc):
        for i, v in enumerate(row, 1):
            c = fs.cell(7 + j, i, v)
            c.border = BOX
            if isinstance(v, dt):
                c.number_format = "dd/mm/yyyy"
    fs["A10"] = "Risk scoring"
    fs["A10"].font = Font(bold=True)
    fs["A11"] = "Likelihood (1–5) x Impact (1–5). Residual score: 15–25 high, 8–12 medium, 1–6 low."
    fs["A13"] = "Further action status key (Previous = June 2025 review; Current = September 2025 review)"
    fs["A13"].font = Font(bold=True)
    key = [("B", "Action complete"), ("G", "On track"), ("A", "Slippage – revised date agreed"), ("R", "Off track or overdue")]
    for j, (k, v) in enumerate(key):
        fs.cell(14 + j, 1).fill = fill(FILL[k])
        fs.cell(14 + j, 2, v)
    fs.column_dimensions["A"].width = 14
    fs.column_dimensions["B"].width = 14
    fs.column_dimensions["C"].width = 60
    fs.column_dimensions["D"].width = 28

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Residual risk heat map – September 2025"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Impact →  /  Likelihood ↓"
    for i in range(1, 6):
        hm.cell(3, 1 + i, i).font = Font(bold=True)
        hm.cell(3 + i, 1, 6 - i).font = Font(bold=True)
    placed = {(3, 5): "SR01", (4, 4): "SR02, SR03", (3, 4): "SR04"}
    for li in range(1, 6):
        for im in range(1, 6):
            score = li * im
            c = hm.cell(3 + (6 - li), 1 + im, placed.get((li, im), ""))
            c.fill = fill("F8CBAD" if score >= 15 else ("FFE699" if score >= 8 else "C6E0B4"))
            c.border = BOX
            c.alignment = Alignment(horizontal="center")
    hm.column_dimensions["A"].width = 26

    rg = wb.create_sheet("Register")
    ncol = 13
    rg.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    rg["A1"] = NAS_TITLE
    rg["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    rg["A2"] = "Further actions to reduce risk to the target score"
    rg["A2"].font = Font(italic=True)
    hdr = ["Risk", "Cause and consequence", "Risk owner", "Inherent score (L x I)", "Residual score (L x I)",
           "Target score", "Ref", "Further action", "Action owner", "Target date", "Previous", "Current", "Commentary"]
    for i, h in enumerate(hdr, 1):
        c = rg.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for goal in NAS_GOALS:
        rg.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = rg.cell(r, 1, goal["goal"])
        c.font = Font(bold=True, size=12)
        c.fill = fill("E4DFEC")
        r += 1
        for risk in goal["risks"]:
            first = r
            rg.cell(r, 1, risk["risk"]).font = Font(bold=True)
            rg.cell(r, 2, risk["cause"])
            rg.cell(r, 3, risk["owner"])
            rg.cell(r, 4, risk["inh"])
            rg.cell(r, 5, risk["res"])
            rg.cell(r, 6, risk["tgt"])
            for a in risk["actions"]:
                rg.cell(r, 7, a["ref"])
                rg.cell(r, 8, a["action"])
                rg.cell(r, 9, a["owner"])
                c = rg.cell(r, 10, a["due"])
                if isinstance(a["due"], dt):
                    c.number_format = "dd/mm/yyyy"
                if a["prev"]:
                    rg.cell(r, 11).fill = fill(FILL[a["prev"]])
                rg.cell(r, 12).fill = fill(FILL[a["cur"]])
                rg.cell(r, 13, a["note"])
                for col in range(1, ncol + 1):
                    rg.cell(r, col).border = BOX
                    rg.cell(r, col).alignment = WRAP
                r += 1
            if len(risk["actions"]) > 1:
                for col in range(1, 7):
                    rg.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    rg.cell(r, 1, "Risks SR05 (Voluntary income) and SR06 (School places and education funding) are held on the Operational Risk Register from 2025/26.").font = Font(italic=True)
    widths = [24, 44, 20, 12, 12, 9, 9, 46, 26, 12, 9, 9, 42]
    for i, w in enumerate(widths, 1):
        rg.column_dimensions[get_column_letter(i)].width = w
    rg.freeze_panes = "A5"
    wb.save(os.path.join(HERE, NAS_FILE))


# ---------------------------------------------------------------------------
# 3. Digital Health and Care NI - encompass programme highlight report (xlsx)
# ---------------------------------------------------------------------------
ENC_FILE = "zst-digital-health-and-care-ni-encompass-programme-highlight-report.xlsx"
ENC_TITLE = "encompass Programme – Programme Board Highlight Report"
ENC_WS = [
    {
        "ws": "Workstream 1 – Wave 4 readiness (Southern and Western Trusts)",
        "actions": [
            dict(ref="1.1", action="Complete the third technical dress rehearsal for Wave 4, including all interfaces to regional systems.",
                 owner="Technical Readiness Lead", lead=["Technical Readiness Lead"], base="Mar-25", fc="Mar-25", rag="G",
                 end="2025-03", status="green", note="TDR3 scheduled for 18 March 2025; TDR2 closed with no critical defects."),
            dict(ref="1.2", action="Sign off the Trust go-live readiness assessments at the 60-day checkpoint.",
                 owner="SHSCT Director of Planning, Performance & Informatics / WHSCT Director of Performance & Service Improvement",
                 lead=["SHSCT Director of Planning, Performance & Informatics", "WHSCT Director of Performance & Service Improvement"],
                 base="Mar-25", fc="Mar-25", rag="Complete", end="2025-03", status="blue",
                 note="Both Trusts signed off their readiness assessments on 7 March 2025."),
            dict(ref="1.3", action="Agree the reduced activity plan for outpatients and elective theatres during the go-live window.",
                 owner="Wave 4 Operational Readiness Lead", lead=["Wave 4 Operational Readiness Lead"],
                 base="Jan-25", fc="Apr-25", rag="A", end="2025-04", status="amber",
                 note="Western Trust plan agreed. Southern Trust theatres plan goes to the Trust SMT on 1 April 2025."),
        ],
    },
    {
        "ws": "Workstream 2 – Training and super users",
        "actions": [
            dict(ref="2.1", action="Deliver end-user training to 20,500 Southern and Western Trust staff before go-live.",
                 owner="Training Lead", lead=["Training Lead"], base=d(2, 5, 2025), fc=d(2, 5, 2025), rag="A",
                 end="2025-05", status="amber",
                 note="61% of staff trained. Did-not-attend rate of 14% in the Western Trust being addressed with additional sessions."),
            dict(ref="2.2", action="Recruit and train 3,800 super users to provide at-the-elbow support for Wave 4.",
                 owner="Super User Coordinator; Trust Training Managers", lead=["Super User Coordinator", "Trust Training Managers"],
                 base="Feb-25", fc="Feb-25", rag="Complete", end="2025-02", status="blue",
                 note="3,912 super users trained by 28 February 2025."),
        ],
    },
    {
        "ws": "Workstream 3 – Data migration and interfaces",
        "actions": [
            dict(ref="3.1", action="Complete the final mock data load of PAS and waiting list records for Wave 4.",
                 owner="Data Migration Lead", lead=["Data Migration Lead"], base="w/c 24/02/25", fc="w/c 10/03/25", rag="A",
                 end="2025-03", status="amber",
                 note="Mock load 3 delayed by two weeks because of errors in the Western Trust PAS extract."),
            dict(ref="3.2", action="Switch off the legacy maternity systems in the Belfast and Northern Trusts and archive their records to the regional viewer.",
                 owner="Clinical Systems Decommissioning Manager", lead=["Clinical Systems Decommissioning Manager"],
                 base="Dec-24", fc="Jun-25", rag="R", end="2025-06", status="red",
                 note="Archive viewer defect still open with the supplier; escalated to the Programme Director."),
        ],
    },
    {
        "ws": "Workstream 4 – My Care patient portal",
        "actions": [
            dict(ref="4.1", action="Launch My Care proxy access for parents and carers of children under 12.",
                 owner="My Care Product Owner", lead=["My Care Product Owner"], base="Q4 2024/25", fc="Q1 2025/26", rag="G",
                 end="2025-06", status="green",
                 note="Safeguarding review complete; launch planned for May 2025."),
            dict(ref="4.2", action="Publish the regional My Care accessibility statement.",
                 owner="DHCNI Communications Manager", lead=["DHCNI Communications Manager"], base="Jan-25", fc="Jan-25",
                 rag="Complete", end="2025-01", status="blue", note="Published on 27 January 2025."),
        ],
    },
    {
        "ws": "Workstream 5 – Benefits realisation",
        "actions": [
            dict(ref="5.1", action="Baseline the Wave 4 benefits measures (paper record requests, duplicate tests, discharge letter turnaround).",
                 owner="Benefits Realisation Manager", lead=["Benefits Realisation Manager"], base="Apr-25", fc="Apr-25", rag="G",
                 end="2025-04", status="green", note="Baseline data collected for 9 of 12 measures."),
        ],
    },
]
ENC_RAGFILL = {"G": FILL["G"], "A": FILL["A"], "R": FILL["R"], "Complete": FILL["B"]}


def build_encompass():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight"
    ws["A1"] = "encompass Programme"
    ws["A1"].font = Font(bold=True, size=18, color="00597C")
    ws["A2"] = "Programme Board Highlight Report – Period 11 (1–28 February 2025)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Prepared by: encompass Programme Management Office, Digital Health and Care Northern Ireland"
    ws["A4"] = "For: encompass Programme Board, 13 March 2025"
    ws["A6"] = "Status summary"
    ws["A6"].font = Font(bold=True, size=12)
    for i, h in enumerate(["Dimension", "Last period", "This period", "Commentary"], 1):
        c = ws.cell(7, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00597C")
        c.border = BOX
    dims = [("Overall", "A", "A", "Wave 4 go-live on 8 May 2025 remains achievable; training attendance and data migration are the main pressures."),
            ("Schedule", "A", "A", "Mock load 3 slipped two weeks; contingency remains before the go/no-go decision."),
            ("Budget", "G", "G", "Forecast outturn within the 2024/25 capital and revenue allocations."),
            ("Resources", "A", "G", "Super user recruitment target exceeded."),
            ("Benefits", "G", "G", "Wave 3 benefits report to the March Board.")]
    for j, (dim, last, this, com) in enumerate(dims):
        r = 8 + j
        ws.cell(r, 1, dim).border = BOX
        for col, v in ((2, last), (3, this)):
            c = ws.cell(r, col, v)
            c.fill = fill(FILL[v])
            c.alignment = Alignment(horizontal="center")
            c.border = BOX
        c = ws.cell(r, 4, com)
        c.alignment = WRAP
        c.border = BOX
    ws["A14"] = "Key messages"
    ws["A14"].font = Font(bold=True, size=12)
    msgs = ["Northern Trust stabilisation is complete and activity has returned to pre go-live levels.",
            "The Board is asked to approve the Wave 4 go/no-go criteria set out in paper 4.2.",
            "Workstream actions and their status are shown on the 'Workstream actions' sheet."]
    for j, m in enumerate(msgs):
        ws.cell(15 + j, 1, m)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 12
    ws.column_dimensions["D"].width = 90

    wa = wb.create_sheet("Workstream actions")
    ncol = 7
    wa.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    wa["A1"] = "encompass Programme – workstream actions, Period 11 (February 2025)"
    wa["A1"].font = Font(bold=True, size=13, color="00597C")
    wa["A2"] = "Forecast dates are shown where they differ from the baseline agreed at Programme Board in September 2024."
    wa["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Owner", "Baseline", "Forecast", "RAG", "Update this period"]
    for i, h in enumerate(hdr, 1):
        c = wa.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00597C")
        c.border = BOX
    r = 5
    for w in ENC_WS:
        wa.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = wa.cell(r, 1, w["ws"])
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        r += 1
        for a in w["actions"]:
            wa.cell(r, 1, a["ref"])
            wa.cell(r, 2, a["action"])
            wa.cell(r, 3, a["owner"])
            for col, v in ((4, a["base"]), (5, a["fc"])):
                c = wa.cell(r, col, v)
                if isinstance(v, dt):
                    c.number_format = "dd/mm/yyyy"
            c = wa.cell(r, 6, a["rag"])
            c.fill = fill(ENC_RAGFILL[a["rag"]])
            wa.cell(r, 7, a["note"])
            for col in range(1, ncol + 1):
                wa.cell(r, col).border = BOX
                wa.cell(r, col).alignment = WRAP
            r += 1
    widths = [7, 52, 34, 13, 13, 11, 52]
    for i, w in enumerate(widths, 1):
        wa.column_dimensions[get_column_letter(i)].width = w

    rk = wb.create_sheet("Top risks")
    rk["A1"] = "Top programme risks (from the programme risk register)"
    rk["A1"].font = Font(bold=True)
    for i, h in enumerate(["ID", "Risk", "Score", "Trend"], 1):
        c = rk.cell(3, i, h)
        c.font = Font(bold=True)
        c.border = BOX
    risks = [("ENC-R07", "Insufficient staff trained before go-live leads to unsafe use of the system.", 16, "↔"),
             ("ENC-R12", "Legacy PAS data quality issues delay the final data load.", 15, "↑"),
             ("ENC-R19", "Supplier capacity is stretched across concurrent Wave 4 and stabilisation work.", 12, "↔")]
    for j, row in enumerate(risks):
        for i, v in enumerate(row, 1):
            c = rk.cell(4 + j, i, v)
            c.border = BOX
    rk.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, ENC_FILE))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, color=None):
    """Write text into a cell; inner '\n' become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k > 0:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 4. Bodmin Town Council - internal audit 2024/25 action plan (docx)
# ---------------------------------------------------------------------------
BODMIN_FILE = "zst-bodmin-town-council-internal-audit-2024-25-action-plan.docx"
BODMIN_TITLE = "Annual Internal Audit Report 2024/25 – Action Plan"
BODMIN_SECTIONS = [
    {
        "heading": "B. This authority complied with its financial regulations, payments were supported by invoices, all expenditure was approved and VAT was appropriately accounted for.",
        "rows": [
            dict(ref="1", rec="Financial Regulations were last reviewed in 2019 and should be updated to the 2024 NALC model, including the revised procurement thresholds.",
                 action="Adopt the NALC 2024 model Financial Regulations, adapted for the Council's thresholds, at the September meeting of Full Council.",
                 lead_text="RFO", lead=["RFO"], target="September 2025", status_text="Completed", end="2025-09", status="blue"),
            dict(ref="2", rec="Two payments to the same supplier totalling £4,860 were authorised by a single signatory. All online payments should be authorised by two members.",
                 action="Set up dual authorisation on the online banking platform; the payment schedule to be signed by two councillors at each meeting.",
                 lead_text="Town Clerk / RFO", lead=["Town Clerk", "RFO"], target="July 2025", status_text="Completed", end="2025-07", status="blue"),
        ],
    },
    {
        "heading": "C. This authority assessed the significant risks to achieving its objectives and reviewed the adequacy of arrangements to manage these.",
        "rows": [
            dict(ref="3", rec="The risk register does not cover the assets transferred from Cornwall Council during the year (Priory Park and the public toilets). The register should be reviewed and extended.",
                 action="Review the corporate risk register, adding the devolved assets, and present it to the Finance & General Purposes Committee.",
                 lead_text="Deputy Chief Executive", lead=["Deputy Chief Executive"], target="31/10/2025", status_text="On track", end="2025-10", status="green"),
        ],
    },
    {
        "heading": "D. The precept or rates requirement resulted from an adequate budgetary process; progress against the budget was regularly monitored; and reserves were appropriate.",
        "rows": [],
    },
    {
        "heading": "G. Salaries to employees and allowances to members were paid in accordance with this authority's approvals, and PAYE and NI requirements were properly applied.",
        "rows": [
            dict(ref="4", rec="Pension contributions for one new starter were deducted at the wrong rate from April to June 2024. Starter details should be checked by a second officer before the first payroll.",
                 action="Use a new-starter payroll checklist countersigned by the Town Clerk for every appointment.",
                 lead_text="RFO", lead=["RFO"], target="Ongoing", status_text="On track", end=None, end_text="Ongoing", status="green"),
            dict(ref="5", rec="The pay policy and staff handbook should be reviewed to reflect the 2024/25 NJC pay award.",
                 action="Update the pay policy and staff handbook and take them to the Personnel Committee.",
                 lead_text="Town Clerk", lead=["Town Clerk"], target="By 31 December 2025", status_text="Not started", end="2025-12", status="unrated"),
        ],
    },
    {
        "heading": "H. Asset and investments registers were complete and accurate and properly maintained.",
        "rows": [
            dict(ref="6", rec="The asset register does not agree to the insurance schedule and omits the CCTV system and the Christmas lights bought in 2023. A full reconciliation should be carried out.",
                 action="Carry out a full physical verification of assets and reconcile the register to the insurance schedule.\nReport the revised register to Full Council with the 2026/27 budget.",
                 lead_text="Deputy Chief Executive and Facilities Officer", lead=["Deputy Chief Executive", "Facilities Officer"],
                 target="30/11/2025", status_text="Amber", end="2025-11", status="amber"),
            dict(ref="7", rec="Items below a de minimis value should be removed from the register to keep it manageable.",
                 action="Agree a capitalisation threshold of £500, remove items below it and record the decision in the minutes.",
                 lead_text="RFO", lead=["RFO"], target="January 2026", status_text="On track", end="2026-01", status="green"),
        ],
    },
    {
        "heading": "L. The authority published the required information on a website/webpage up to date at the time of the internal audit in accordance with the relevant legislation.",
        "rows": [
            dict(ref="8", rec="Spending over £500 was not published for Q3 and Q4 2024/25 as the Transparency Code requires.",
                 action="Publish the outstanding quarterly spending data and diarise publication within one month of each quarter end.",
                 lead_text="Town Clerk", lead=["Town Clerk"], target="Aug-25", status_text="Completed", end="2025-08", status="blue"),
        ],
    },
]


def build_bodmin():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("BODMIN TOWN COUNCIL")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Shire House, Mount Folly, Bodmin")
    doc.add_heading(BODMIN_TITLE, level=1)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document", "Internal Audit Action Plan 2024/25"), ("Version", "1.2"),
                 ("Prepared by", "Responsible Financial Officer"),
                 ("Presented to", "Finance & General Purposes Committee, 10 July 2025"),
                 ("Approved", "Full Council, 24 July 2025"),
                 ("Next review", "January 2026")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], "E7E6E6")
        set_cell(row.cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "The internal auditor's report for the year ended 31 March 2025 was received on 9 June 2025. "
        "The auditor concluded that the control objectives were met in all significant respects, apart from "
        "objective H, and made the recommendations below. The Council's response and the officer responsible "
        "are shown against each recommendation, under the AGAR control objective it relates to. Objectives "
        "with no recommendations are not shown, except where the auditor commented.")
    doc.add_paragraph("Status: Completed / On track / Amber – at risk of missing the target date / Not started")

    hdr = ["No.", "Internal auditor's recommendation", "Council response / action", "Lead", "Target date", "Status"]
    for sec in BODMIN_SECTIONS:
        doc.add_heading(sec["heading"], level=2)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True, color="FFFFFF")
            shade(t.rows[0].cells[i], "2E5E4E")
        if not sec["rows"]:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[len(hdr) - 1])
            set_cell(m, "No recommendations arising. The auditor noted that the 2025/26 budget and precept were approved on 23 January 2025 and general reserves equal six months' expenditure.")
        for a in sec["rows"]:
            row = t.add_row()
            vals = [a["ref"], a["rec"], a["action"], a["lead_text"], a["target"], a["status_text"]]
            for i, v in enumerate(vals):
                set_cell(row.cells[i], v)
        doc.add_paragraph()

    doc.add_paragraph("Progress will be reported to each meeting of the Finance & General Purposes Committee until all actions are complete.")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Signed (Town Clerk)", "Signed (Chair of Finance & General Purposes)", "Date"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    doc.save(os.path.join(HERE, BODMIN_FILE))


# ---------------------------------------------------------------------------
# 5. YMCA England & Wales - Charity Commission governance action plan (docx)
# ---------------------------------------------------------------------------
YMCA_FILE = "zst-ymca-england-and-wales-charity-commission-governance-action-plan.docx"
YMCA_TITLE = "Governance Action Plan"
YMCA_AREAS = [
    {
        "area": "Area 1: Board composition and trustee recruitment",
        "advice": "Regulatory advice 1: The trustees should carry out a skills audit and ensure that trustee terms of office are applied as set out in the articles of association.",
        "actions": [
            dict(ref="1.1", action="Complete a board skills audit and approve a skills matrix identifying gaps in safeguarding, finance and digital expertise.",
                 lead_text="Chair of Trustees", lead=["Chair of Trustees"], orig="31/01/2025", rev="", rag="Complete",
                 end="2025-01", status="blue", note="Skills audit completed in December 2024; matrix approved by the Board on 12 February 2025."),
            dict(ref="1.2", action="Recruit three trustees by open advertisement against the skills matrix, with an independent member on the selection panel.",
                 lead_text="Chair of the Nominations & Governance Committee", lead=["Chair of the Nominations & Governance Committee"],
                 orig="30/04/2025", rev="30/09/2025", rag="Amber", end="2025-09", status="amber",
                 note="Two trustees appointed in May 2025; the safeguarding specialist role has been re-advertised."),
            dict(ref="1.3", action="Apply the nine-year maximum term to the two trustees who have exceeded it and plan the handover of their committee roles.",
                 lead_text="Chair of Trustees and Company Secretary", lead=["Chair of Trustees", "Company Secretary"],
                 orig="31/03/2025", rev="", rag="Complete", end="2025-03", status="blue",
                 note="Both trustees stood down at the March 2025 Board; committee chairs reallocated."),
        ],
    },
    {
        "area": "Area 2: Conflicts of interest and related-party transactions",
        "advice": "Regulatory advice 2: The trustees must identify, declare and manage conflicts of interest, including in contracts with member YMCAs and connected companies.",
        "actions": [
            dict(ref="2.1", action="Adopt a revised Conflicts of Interest Policy and require all trustees and senior staff to complete a new declaration.",
                 lead_text="Company Secretary", lead=["Company Secretary"], orig="31/12/2024", rev="", rag="Complete",
                 end="2024-12", status="blue", note="Policy adopted November 2024; all 11 trustees and 8 senior staff declarations received."),
            dict(ref="2.2", action="Set up a related-party transactions register and review it at each meeting of the Audit & Risk Committee.",
                 lead_text="Director of Finance", lead=["Director of Finance"], orig="31/03/2025", rev="31/07/2025", rag="Green",
                 end="2025-07", status="green", note="Register built; first review at the July 2025 Audit & Risk Committee."),
        ],
    },
    {
        "area": "Area 3: Financial oversight and reserves",
        "advice": "Regulatory advice 3: The trustees should make sure the Board receives timely financial information and has a reserves policy that reflects the charity's risks.",
        "actions": [
            dict(ref="3.1", action="Provide the Board with monthly management accounts, including a 13-week cash-flow forecast.",
                 lead_text="Director of Finance", lead=["Director of Finance"], orig="31/01/2025", rev="", rag="Complete",
                 end="2025-01", status="blue", note="Monthly pack issued to trustees since January 2025."),
            dict(ref="3.2", action="Review the reserves policy, setting a target range based on a risk assessment, and report the position in the 2024/25 Trustees' Annual Report.",
                 lead_text="Treasurer / Director of Finance", lead=["Treasurer", "Director of Finance"],
                 orig="30/06/2025", rev="31/10/2025", rag="Red", end="2025-10", status="red",
                 note="Risk-based reserves review delayed by the finance system migration. The Board will be asked to agree the revised date."),
        ],
    },
    {
        "area": "Area 4: Safeguarding oversight",
        "advice": "Regulatory advice 4: The trustees should satisfy themselves that safeguarding incidents across the federation are reported to the Board and, where required, to the Commission as serious incidents.",
        "actions": [
            dict(ref="4.1", action="Appoint a lead trustee for safeguarding and agree their role description.",
                 lead_text="Chair of Trustees", lead=["Chair of Trustees"], orig="28/02/2025", rev="", rag="Complete",
                 end="2025-02", status="blue", note="Lead trustee appointed at the February 2025 Board."),
            dict(ref="4.2", action="Introduce a quarterly safeguarding report to the Board covering:\n- incidents reported by member YMCAs;\n- serious incident reports made to the Commission;\n- learning and actions arising.",
                 lead_text="Head of Safeguarding", lead=["Head of Safeguarding"], orig="30/09/2025", rev="", rag="Green",
                 end="2025-09", status="green", note="Report template agreed; first report due at the September 2025 Board."),
        ],
    },
]
YMCA_RAGSHADE = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "F4B084"}


def build_ymca():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("YMCA England & Wales")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0xC8, 0x10, 0x2E)
    doc.add_heading(YMCA_TITLE, level=0)
    doc.add_paragraph("Agreed with the Charity Commission following its regulatory compliance case – progress report to the Board of Trustees, 18 June 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Owner", "Company Secretary"), ("Version", "4.0"), ("Status", "For Board approval and submission to the Commission"),
                 ("Previous version", "3.0 – reported to the Board on 19 March 2025")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)

    doc.add_heading("1. Background", level=1)
    doc.add_paragraph(
        "In September 2024 the Charity Commission concluded its regulatory compliance case and issued regulatory "
        "advice and guidance to the trustees in four areas. The trustees agreed this action plan with the Commission "
        "in October 2024 and committed to report progress to it every six months.")
    doc.add_heading("2. Action plan", level=1)
    doc.add_paragraph("RAG: Complete | Green – on track | Amber – at risk | Red – off track. Where a revised date has been agreed it replaces the original date.")

    hdr = ["Ref", "Action", "Lead", "Original date", "Revised date", "RAG", "Progress at June 2025"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[i], "C8102E")
    for area in YMCA_AREAS:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_cell(m, area["area"], bold=True)
        shade(m, "D9D9D9")
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_cell(m, area["advice"])
        shade(m, "F2F2F2")
        for a in area["actions"]:
            row = t.add_row()
            vals = [a["ref"], a["action"], a["lead_text"], a["orig"], a["rev"], a["rag"], a["note"]]
            for i, v in enumerate(vals):
                set_cell(row.cells[i], v)
            shade(row.cells[5], YMCA_RAGSHADE[a["rag"]])

    doc.add_heading("3. Approval", level=1)
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Approved by the Board of Trustees", bold=True)
    set_cell(t.rows[0].cells[1], "Date", bold=True)
    doc.save(os.path.join(HERE, YMCA_FILE))


# ---------------------------------------------------------------------------
# 6. Department for Education - ICO reprimand LRS remediation (SharePoint CSV)
# ---------------------------------------------------------------------------
DFE_FILE = "zst-department-for-education-ico-reprimand-lrs-remediation-tracker-sharepoint-export.csv"
M1 = "Measure 1: Improve transparency about how LRS data is processed so that learners can exercise their rights"
M2 = "Measure 2: Review internal security procedures regularly to prevent further breaches"
M3 = "Measure 3: Make sure relevant staff understand changes to processes through clear communication and guidance"
M4 = "Measure 4: Review the due diligence applied to organisations granted access to LRS"
M5 = "Measure 5: Complete and keep under review a data protection impact assessment for LRS"
DFE_PATH = "sites/DataProtectionOffice/Lists/LRS Remediation Tracker"
DFE_ROWS = [
    dict(ref="LRS-01", measure=M1, ws="Transparency",
         action="Publish a revised LRS privacy notice written for learners aged 14 and over, and link to it from every Personal Learning Record request.",
         owner="Hughes, Sarah", lead=["Hughes, Sarah"], target="31/01/2023", rev="", rag="Complete",
         update="Published 24 January 2023.", mod="02/02/2023 16:05", modby="Hughes, Sarah", end="2023-01", status="blue"),
    dict(ref="LRS-02", measure=M1, ws="Transparency",
         action="Write to the awarding organisations and learning providers that submit data to LRS explaining the changes and their own transparency duties.",
         owner="Okafor, Daniel", lead=["Okafor, Daniel"], target="28/02/2023", rev="31/05/2023", rag="Complete",
         update="Letters issued to 1,180 organisations in May 2023 after clearance with the Private Office.", mod="06/06/2023 09:12", modby="Okafor, Daniel", end="2023-05", status="blue"),
    dict(ref="LRS-03", measure=M2, ws="Access control",
         action="Suspend LRS access for all organisations that have not used the service in the last 12 months and require them to re-register.",
         owner="Patel, Anjali; Okafor, Daniel", lead=["Patel, Anjali", "Okafor, Daniel"], target="31/03/2023", rev="", rag="Complete",
         update="2,415 dormant accounts suspended on 17 March 2023.", mod="20/03/2023 11:47", modby="Patel, Anjali", end="2023-03", status="blue"),
    dict(ref="LRS-04", measure=M2, ws="Access control",
         action="Introduce annual re-verification of every organisation's legitimate educational purpose before access is renewed.",
         owner="Patel, Anjali", lead=["Patel, Anjali"], target="30/06/2023", rev="30/09/2023", rag="Amber",
         update="Re-verification process designed and live.\n2,140 of 12,600 organisations verified so far; pace limited by helpdesk capacity.",
         mod="11/09/2023 14:30", modby="Patel, Anjali", end="2023-09", status="amber"),
    dict(ref="LRS-05", measure=M2, ws="Access control",
         action="Deploy automated monitoring to flag unusual search volumes or search patterns by any single user organisation.",
         owner="Brennan, Mark", lead=["Brennan, Mark"], target="30/09/2023", rev="", rag="Green",
         update="Alert rules in testing with the security operations centre.", mod="08/09/2023 10:02", modby="Brennan, Mark", end="2023-09", status="green"),
    dict(ref="LRS-06", measure=M3, ws="Staff awareness",
         action="Issue updated desk instructions for the LRS registration team covering due diligence checks on new and renamed organisations.",
         owner="Okafor, Daniel", lead=["Okafor, Daniel"], target="31/12/2022", rev="", rag="Complete",
         update="Desk instructions issued 15 December 2022.", mod="16/12/2022 15:20", modby="Okafor, Daniel", end="2022-12", status="blue"),
    dict(ref="LRS-07", measure=M3, ws="Staff awareness",
         action="Deliver mandatory data protection refresher training to all staff in the LRS and data sharing teams.\nReport completion rates monthly to the Data Directorate.",
         owner="Hughes, Sarah", lead=["Hughes, Sarah"], target="31/03/2023", rev="31/07/2023", rag="Green",
         update="94% completion; remaining staff on long-term leave will complete on return.", mod="01/08/2023 08:55", modby="Hughes, Sarah", end="2023-07", status="green"),
    dict(ref="LRS-08", measure=M4, ws="Due diligence",
         action="Carry out a full review of all organisations with LRS access, confirming their identity and purpose against Companies House and provider registers.",
         owner="Patel, Anjali", lead=["Patel, Anjali"], target="31/10/2023", rev="31/03/2024", rag="Red",
         update="Review 38% complete. Additional resource requested from the Data Directorate – decision due at the September Data Protection Board.",
         mod="14/09/2023 17:41", modby="Wilson, Claire", end="2024-03", status="red"),
    dict(ref="LRS-09", measure=M5, ws="Governance",
         action="Complete a data protection impact assessment for the LRS service and submit it to the Data Protection Officer for review.",
         owner="Brennan, Mark", lead=["Brennan, Mark"], target="31/03/2023", rev="", rag="Complete",
         update="DPIA signed off by the DPO on 29 March 2023.", mod="30/03/2023 12:10", modby="Brennan, Mark", end="2023-03", status="blue"),
    dict(ref="LRS-10", measure=M5, ws="Governance",
         action="Report progress against the ICO measures to the Data Protection Board every quarter until all actions are closed.",
         owner="Wilson, Claire", lead=["Wilson, Claire"], target="Quarterly", rev="", rag="Green",
         update="Q2 report presented 5 September 2023.", mod="05/09/2023 16:33", modby="Wilson, Claire", end=None, end_text="Quarterly", status="green"),
]


def build_dfe():
    hdr = ["Title", "ICO measure", "Workstream", "Action", "Action owner", "Target date", "Revised target date",
           "RAG", "Latest update", "Modified", "Modified By", "Item Type", "Path"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(hdr)
    for a in DFE_ROWS:
        w.writerow([a["ref"], a["measure"], a["ws"], a["action"], a["owner"], a["target"], a["rev"], a["rag"],
                    a["update"], a["mod"], a["modby"], "Item", DFE_PATH])
    with open(os.path.join(HERE, DFE_FILE), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Age Scotland - Board of Trustees rolling action log (tab-separated, refuse)
# ---------------------------------------------------------------------------
AGE_FILE = "zst-age-scotland-board-of-trustees-action-log-typo-month-refuse.txt"
AGE_LINES = [
    "Age Scotland",
    "Board of Trustees – Rolling Action Log",
    "Exported from the board portal on 22/09/2025. Completed actions are removed once they have been reported to one meeting.",
    "",
    "No.\tMeeting\tItem\tAction\tOwner\tDue\tStatus\tComment",
    "BT25/07\t12/03/2025\t6.1\tCirculate the revised Reserves Policy to trustees for approval by correspondence.\tDirector of Finance & Resources\tApril 2025\tComplete\tApproved by correspondence on 28 April 2025.",
    "BT25/09\t12/03/2025\t8\tArrange induction sessions for the three trustees appointed at the AGM.\tHead of Governance\tJune 2025\tComplete\tSessions held on 4 and 11 June 2025.",
    "BT25/12\t11/06/2025\t5.2\tBring the refreshed fundraising strategy to the September meeting.\tDirector of Fundraising\tSeptember 2025\tComplete\tOn the September agenda as item 7.",
    "BT25/14\t11/06/2025\t7\tReview the helpline staffing model in light of the 18% rise in call volumes and report options to the Board.\tChief Executive; Director of Services\tOcotber 2025\tOn track\tOptions paper in preparation with the Helpline Manager.",
    "BT25/15\t11/06/2025\t9.1\tAgree the timetable for the 2024/25 accounts and OSCR annual return with the auditors.\tDirector of Finance & Resources\t31/12/2025\tOn track\tAudit fieldwork booked for 13 October 2025.",
    "BT25/17\t10/09/2025\t4\tCommission an external board effectiveness review in line with the Scottish Governance Code for the Third Sector.\tChair\tMarch 2026\tNot started\t",
    "BT25/18\t10/09/2025\t6.3\tCirculate the draft Strategic Plan 2026–2029 to trustees for comment.\tChief Executive\tNov-25\tNot started\t",
    "BT25/19\t10/09/2025\t8\tUpdate the organisational risk register to reflect the Scottish Government funding settlement.\tHead of Governance/Director of Finance & Resources\tNovember 2025\tOn track\t",
    "",
    "Status key: Complete – action done; On track – expected to be met by the due date; Overdue – past the due date.",
]
AGE_REFUSE_LINE = 9  # 1-based line with 'Ocotber 2025'


def build_age():
    with open(os.path.join(HERE, AGE_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(AGE_LINES) + "\r\n")


def main():
    build_radius()
    build_nas()
    build_encompass()
    build_bodmin()
    build_ymca()
    build_dfe()
    build_age()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
