#!/usr/bin/env python3
"""Build the seven wz- blind test files (set heldout550).

Run with: /work/main/.venv/bin/python wz_make.py
Writes into the folder this script sits in. Only touches files named wz-*.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

# RAG fills used across the workbooks / documents
FILL_HEX = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "band": "D9E1F2",
    "head": "1F3864",
    "grey": "E7E6E6",
}


def xfill(name):
    return PatternFill("solid", start_color=FILL_HEX[name], end_color=FILL_HEX[name])


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Greater Manchester Combined Authority - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
GMCA_FILE = "wz-greater-manchester-ca-strategic-risk-register-q2-2025-26.xlsx"
GMCA_TITLE = "GMCA Strategic Risk Register – Quarter 2 2025/26"

# Each risk: band, risk cell text, description, owner, inherent (L,I), controls,
# residual (L,I), direction, actions
# Each action: ref, text, owner, target, revised, progress letter
GMCA_RISKS = [
    {
        "band": "Corporate and governance risks",
        "risk": "SR01 – Financial resilience",
        "desc": "Reductions in, or late confirmation of, government funding combined with inflationary "
                "pressure on transport budgets lead to an unbalanced medium-term financial plan and "
                "reduced capacity to deliver the Greater Manchester Strategy.",
        "owner": "Treasurer",
        "inh": (4, 5),
        "controls": "Medium Term Financial Plan refreshed annually; monthly budget monitoring to SLT; "
                    "Integrated Settlement governance agreed with MHCLG.",
        "res": (3, 4),
        "dot": "►",
        "actions": [
            ("SR01.1", "Refresh the Medium Term Financial Plan to reflect the Integrated Settlement for "
                       "2026/27 and the Spending Review outcome",
             "Deputy Treasurer", D(2025, 12, 31), None, "G"),
            ("SR01.2", "Develop a transport revenue reserve strategy covering bus franchising farebox risk",
             "Treasurer / Director of Bus Services", D(2025, 9, 30), D(2026, 1, 31), "A"),
            ("SR01.3", "Report savings delivery against the 2025/26 budget to the Resources Committee",
             "Head of Finance (Corporate)", "Quarterly", None, "G"),
        ],
    },
    {
        "band": "Corporate and governance risks",
        "risk": "SR02 – Information governance and cyber security",
        "desc": "A successful cyber attack or significant data breach affecting GMCA or GMFRS systems "
                "results in loss of service, regulatory action by the ICO and reputational damage.",
        "owner": "Chief Operating Officer",
        "inh": (4, 5),
        "controls": "Cyber Essentials Plus accreditation; 24/7 security monitoring; Information "
                    "Governance Board meets monthly.",
        "res": (3, 5),
        "dot": "▲",
        "actions": [
            ("SR02.1", "Complete the Cyber Assessment Framework self-assessment and agree an improvement "
                       "plan with the Digital Board",
             "Head of Digital Security", D(2025, 10, 31), None, "C"),
            ("SR02.2", "Deliver phishing simulation and mandatory data protection training to all staff, "
                       "with completion reported to SLT\n(target: 95% completion)",
             "Data Protection Officer", D(2026, 3, 31), None, "A"),
        ],
    },
    {
        "band": "Delivery and programme risks",
        "risk": "SR03 – Bee Network bus franchising: operational performance",
        "desc": "Operator performance, fleet availability or depot constraints following the final "
                "franchising tranche cause punctuality and reliability to fall below contracted "
                "standards, reducing patronage and farebox income.",
        "owner": "Director of Bus Services",
        "inh": (4, 4),
        "controls": "Franchise contract performance regime; weekly operator performance meetings; "
                    "Bee Network Committee oversight.",
        "res": (3, 4),
        "dot": "▼",
        "actions": [
            ("SR03.1", "Implement the revised performance regime, including deductions for lost mileage, "
                       "across all franchise contracts",
             "Head of Bus Contracts", D(2025, 11, 30), None, "G"),
            ("SR03.2", "Complete the depot capacity review and bring forward options for the Ashton and "
                       "Queens Road depots",
             "Head of Bus Infrastructure; Head of Fleet", D(2025, 12, 31), D(2026, 3, 31), "R"),
            ("SR03.3", "Publish the first annual Bee Network bus customer satisfaction report",
             "Director of Customer", D(2025, 6, 30), None, "C"),
        ],
    },
    {
        "band": "Delivery and programme risks",
        "risk": "SR04 – Brownfield housing programme delivery",
        "desc": "Viability pressures and slower developer build-out mean grant-funded brownfield schemes "
                "do not deliver contracted housing starts by March 2026, risking clawback of grant.",
        "owner": "Director of Place",
        "inh": (4, 4),
        "controls": "Quarterly scheme monitoring with districts; grant funding agreements include "
                    "milestone-based payments.",
        "res": (4, 3),
        "dot": "►",
        "actions": [
            ("SR04.1", "Carry out a deep-dive review of the 12 highest-value schemes and agree recovery "
                       "plans with the districts",
             "Head of Housing Delivery", D(2025, 10, 31), D(2025, 11, 30), "A"),
            ("SR04.2", "Agree with MHCLG a reprofiled outputs trajectory for schemes that cannot start "
                       "before March 2026",
             "Director of Place", "Q4 2025/26", None, ""),
        ],
    },
]
GMCA_EXPECT = {
    # ref: (lead list, end, end_text, status)
    "SR01.1": (["Deputy Treasurer"], "2025-12", None, "green"),
    "SR01.2": (["Treasurer", "Director of Bus Services"], "2026-01", None, "amber"),
    "SR01.3": (["Head of Finance (Corporate)"], None, "Quarterly", "green"),
    "SR02.1": (["Head of Digital Security"], "2025-10", None, "blue"),
    "SR02.2": (["Data Protection Officer"], "2026-03", None, "amber"),
    "SR03.1": (["Head of Bus Contracts"], "2025-11", None, "green"),
    "SR03.2": (["Head of Bus Infrastructure", "Head of Fleet"], "2026-03", None, "red"),
    "SR03.3": (["Director of Customer"], "2025-06", None, "blue"),
    "SR04.1": (["Head of Housing Delivery"], "2025-11", None, "amber"),
    "SR04.2": (["Director of Place"], "2026-03", None, "unrated"),
}
PROGRESS_FILL = {"G": "green", "A": "amber", "R": "red", "C": "blue"}


def score_fill(score):
    if score >= 15:
        return "red"
    if score >= 6:
        return "amber"
    return "green"


def make_gmca(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = GMCA_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Greater Manchester Combined Authority"
    ws["A2"].font = Font(size=12)
    ws["A3"] = "Report to Audit Committee, 19 November 2025"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Prepared by", "Reviewed by"),
            ("v0.3", D(2025, 10, 20), "Risk and Resilience Officer", "Senior Leadership Team"),
            ("v1.0", D(2025, 11, 4), "Head of Audit and Assurance", "Treasurer")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ws["A11"] = "Risk scoring (Likelihood × Impact)"
    ws["A11"].font = Font(bold=True)
    for i, (lab, rng, f) in enumerate([("High", "15 – 25", "red"), ("Medium", "6 – 12", "amber"),
                                       ("Low", "1 – 5", "green")]):
        ws.cell(row=12 + i, column=1, value=lab).fill = xfill(f)
        ws.cell(row=12 + i, column=2, value=rng)
    ws["A16"] = "Action progress key"
    ws["A16"].font = Font(bold=True)
    for i, (letter, meaning) in enumerate([("G", "On track"),
                                           ("A", "Some slippage – recovery plan in place"),
                                           ("R", "Off track / overdue"),
                                           ("C", "Complete")]):
        c = ws.cell(row=17 + i, column=1, value=letter)
        c.fill = xfill(PROGRESS_FILL[letter])
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=17 + i, column=2, value=meaning)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 26

    rg = wb.create_sheet("Register")
    rg["A1"] = "Strategic risks and further actions – position at 30 September 2025"
    rg["A1"].font = Font(bold=True, size=13)
    rg.merge_cells("A1:Q1")
    heads = {1: "Risk", 2: "Risk description (cause – event – consequence)", 3: "Risk owner",
             4: "Inherent risk", 7: "Key controls in place", 8: "Residual risk", 11: "Direction of travel",
             12: "Action ref", 13: "Further actions", 14: "Action owner", 15: "Target date",
             16: "Revised date", 17: "Progress"}
    for col, txt in heads.items():
        c = rg.cell(row=3, column=col, value=txt)
    for col, txt in {4: "L", 5: "I", 6: "Score", 8: "L", 9: "I", 10: "Score"}.items():
        rg.cell(row=4, column=col, value=txt)
    for col in (1, 2, 3, 7, 11, 12, 13, 14, 15, 16, 17):
        rg.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    rg.merge_cells(start_row=3, start_column=4, end_row=3, end_column=6)
    rg.merge_cells(start_row=3, start_column=8, end_row=3, end_column=10)
    for r in (3, 4):
        for col in range(1, 18):
            c = rg.cell(row=r, column=col)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = xfill("head")
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            c.border = BOX

    row = 5
    band = None
    for risk in GMCA_RISKS:
        if risk["band"] != band:
            band = risk["band"]
            c = rg.cell(row=row, column=1, value=band)
            c.font = Font(bold=True)
            for col in range(1, 18):
                rg.cell(row=row, column=col).fill = xfill("band")
            rg.merge_cells(start_row=row, start_column=1, end_row=row, end_column=17)
            row += 1
        n = len(risk["actions"])
        first = row
        il, ii = risk["inh"]
        rl, ri = risk["res"]
        fixed = {1: risk["risk"], 2: risk["desc"], 3: risk["owner"], 4: il, 5: ii, 6: il * ii,
                 7: risk["controls"], 8: rl, 9: ri, 10: rl * ri, 11: risk["dot"]}
        for col, v in fixed.items():
            c = rg.cell(row=first, column=col, value=v)
            if col in (6, 10):
                c.fill = xfill(score_fill(v))
                c.font = Font(bold=True)
            if col == 1:
                c.font = Font(bold=True)
        for ref, text, owner, target, revised, prog in risk["actions"]:
            rg.cell(row=row, column=12, value=ref)
            rg.cell(row=row, column=13, value=text)
            rg.cell(row=row, column=14, value=owner)
            for col, v in ((15, target), (16, revised)):
                c = rg.cell(row=row, column=col, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            c = rg.cell(row=row, column=17, value=prog if prog else None)
            if prog:
                c.fill = xfill(PROGRESS_FILL[prog])
                c.font = Font(bold=True, color="FFFFFF" if prog in ("R", "C", "G") else "000000")
            row += 1
        if n > 1:
            for col in range(1, 12):
                rg.merge_cells(start_row=first, start_column=col, end_row=row - 1, end_column=col)
        for r in range(first, row):
            for col in range(1, 18):
                c = rg.cell(row=r, column=col)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top",
                                        horizontal="center" if col in (4, 5, 6, 8, 9, 10, 11, 17) else None)
    row += 1
    rg.cell(row=row, column=1, value="Notes: Scores are Likelihood × Impact on a 5 × 5 matrix. Risks with a "
                                      "residual score of 15 or more are reported to the Combined Authority.")
    rg.cell(row=row + 1, column=1, value="Direction of travel: ▲ increasing   ► static   ▼ decreasing")
    widths = {"A": 22, "B": 42, "C": 16, "D": 4, "E": 4, "F": 6, "G": 34, "H": 4, "I": 4, "J": 6,
              "K": 9, "L": 9, "M": 48, "N": 26, "O": 11, "P": 11, "Q": 9}
    for k, v in widths.items():
        rg.column_dimensions[k].width = v
    rg.freeze_panes = "A5"

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Residual risk heat map – Q2 2025/26"
    hm["A1"].font = Font(bold=True)
    hm["A2"] = "Impact →  /  Likelihood ↓"
    for i in range(1, 6):
        hm.cell(row=2, column=1 + i, value=i).font = Font(bold=True)
        hm.cell(row=2 + i, column=1, value=6 - i).font = Font(bold=True)
    placed = {}
    for risk in GMCA_RISKS:
        l, i = risk["res"]
        placed.setdefault((l, i), []).append(risk["risk"].split(" ")[0])
    for li in range(1, 6):
        for im in range(1, 6):
            c = hm.cell(row=2 + (6 - li), column=1 + im, value=", ".join(placed.get((li, im), [])) or None)
            c.fill = xfill(score_fill(li * im))
            c.border = BOX
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. New Forest National Park Authority - Local Plan Review highlight report (xlsx)
# ---------------------------------------------------------------------------
NF_FILE = "wz-new-forest-npa-local-plan-review-programme-highlight-report.xlsx"
NF_TITLE = "New Forest National Park Authority – Local Plan Review Programme Highlight Report"
# workstream rows and actions: (ref, text, lead, baseline, forecast, prev, current, commentary)
NF_ROWS = [
    ("Workstream 1 – Evidence base", [
        ("1.1", "Commission and complete the Strategic Housing and Economic Land Availability Assessment "
                "(SHELAA) update", "SW", "Jun 2025", "Sep 2025", "amber", "blue",
         "Final report published 30 September 2025."),
        ("1.2", "Habitats Regulations Assessment of emerging options, including recreational pressure on "
                "the New Forest SPA", "RM", "Dec 2025", "Mar 2026", "green", "amber",
         "Visitor survey results delayed; consultant now reporting in March."),
        ("1.3", "Update the Level 1 Strategic Flood Risk Assessment with the Environment Agency",
         "RM, HT", "Jan 2026", "Jan 2026", "green", "green",
         "Draft received 12 December; comments due 16 January."),
    ]),
    ("Workstream 2 – Policy development", [
        ("2.1", "Draft housing, design and climate change policies for internal review", "KH",
         "Oct 2025", "Dec 2025", "amber", "blue", "Drafts circulated to Heads of Service 15 December."),
        ("2.2", "Prepare the site allocations options paper for the Member Working Group", "KH/SW",
         "Nov 2025", "Feb 2026", "amber", "amber",
         "Awaiting SHELAA site assessments and HRA screening before options can be finalised."),
    ]),
    ("Workstream 3 – Engagement and consultation", [
        ("3.1", "Regulation 18 consultation on the draft Local Plan (eight weeks)\nIncludes briefing "
                "sessions for parish and town councils", "Communications Manager", "Apr–May 2026",
         "Jun–Jul 2026", "green", "amber", "Start moved to follow the HRA; Members to confirm dates."),
        ("3.2", "Refresh the Statement of Community Involvement", "HT", "Dec 2025", "Dec 2025", "green",
         "blue", "Adopted by the Authority on 11 December 2025."),
    ]),
    ("Workstream 4 – Examination readiness", [
        ("4.1", "Procure a Programme Officer and examination venue", "Executive Director (Strategy and Planning)",
         "Sep 2026", "Sep 2026", None, None, "Not yet started."),
        ("4.2", "Submit the Local Plan to the Secretary of State for examination", "SW", "Q4 2026/27",
         "Q4 2026/27", "green", "green", "On programme per Local Development Scheme (2025)."),
    ]),
]
NF_EXPECT = {
    "1.1": (["SW"], "2025-09", None, "blue"),
    "1.2": (["RM"], "2026-03", None, "amber"),
    "1.3": (["RM", "HT"], "2026-01", None, "green"),
    "2.1": (["KH"], "2025-12", None, "blue"),
    "2.2": (["KH", "SW"], "2026-02", None, "amber"),
    "3.1": (["Communications Manager"], "2026-07", "Jun–Jul 2026", "amber"),
    "3.2": (["HT"], "2025-12", None, "blue"),
    "4.1": (["Executive Director (Strategy and Planning)"], "2026-09", None, "unrated"),
    "4.2": (["SW"], "2027-03", None, "green"),
}


def make_nfnpa(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = NF_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    info = [
        ("Reporting period", "Quarter 3 2025/26 (October – December 2025)"),
        ("Report to", "Local Plan Member Working Group, 22 January 2026"),
        ("Senior Responsible Owner", "Executive Director (Strategy and Planning)"),
        ("Programme Manager", "Policy Manager (SW)"),
        ("Overall status – last period", None),
        ("Overall status – this period", None),
    ]
    for i, (k, v) in enumerate(info):
        a = ws.cell(row=3 + i, column=1, value=k)
        a.font = Font(bold=True)
        a.fill = xfill("grey")
        a.border = BOX
        b = ws.cell(row=3 + i, column=2, value=v)
        b.border = BOX
        ws.merge_cells(start_row=3 + i, start_column=2, end_row=3 + i, end_column=6)
    ws.cell(row=7, column=2).fill = xfill("amber")
    ws.cell(row=8, column=2).fill = xfill("amber")
    ws["A10"] = "Summary"
    ws["A10"].font = Font(bold=True)
    ws["A11"] = ("The programme remains Amber. The evidence base is largely complete, but the Habitats "
                 "Regulations Assessment has slipped by three months and the Regulation 18 consultation is "
                 "now forecast for June–July 2026. Submission in Q4 2026/27 is still achievable.")
    ws.merge_cells("A11:F13")
    ws["A11"].alignment = WRAP
    ws["A15"] = "Key achievements this period"
    ws["A15"].font = Font(bold=True)
    ws["A16"] = "• SHELAA update published"
    ws["A17"] = "• Statement of Community Involvement adopted"
    ws["A18"] = "• First drafts of housing, design and climate change policies completed"
    ws["A20"] = "Issues for Member attention"
    ws["A20"].font = Font(bold=True)
    ws["A21"] = "• Consultation dates to be confirmed once the HRA programme is agreed with Natural England."
    ws["A23"] = "RAG definitions"
    ws["A23"].font = Font(bold=True)
    for i, (f, meaning) in enumerate([
            ("green", "On track against baseline date"),
            ("amber", "Forecast later than baseline but within programme tolerance (3 months)"),
            ("red", "Beyond tolerance – intervention needed"),
            ("blue", "Complete")]):
        ws.cell(row=24 + i, column=1).fill = xfill(f)
        ws.cell(row=24 + i, column=1).border = BOX
        ws.cell(row=24 + i, column=2, value=meaning)
    ws.column_dimensions["A"].width = 30
    for col in "BCDEF":
        ws.column_dimensions[col].width = 20

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Local Plan Review – milestones and actions (Q3 2025/26)"
    ms["A1"].font = Font(bold=True, size=13)
    ms["A2"] = "RAG is shown by cell colour – see RAG definitions on the Highlight report sheet."
    ms["A2"].font = Font(italic=True)
    heads = ["Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date", "RAG last period",
             "RAG this period", "Commentary"]
    for j, h in enumerate(heads):
        c = ms.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="375623", end_color="375623")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    row = 5
    for ws_name, actions in NF_ROWS:
        c = ms.cell(row=row, column=1, value=ws_name)
        c.font = Font(bold=True)
        for col in range(1, 9):
            ms.cell(row=row, column=col).fill = PatternFill("solid", start_color="E2EFDA", end_color="E2EFDA")
        ms.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        row += 1
        for ref, text, lead, base, fc, prev, cur, comm in actions:
            vals = [ref, text, lead, base, fc, None, None, comm]
            for j, v in enumerate(vals):
                c = ms.cell(row=row, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if prev:
                ms.cell(row=row, column=6).fill = xfill(prev)
            if cur:
                ms.cell(row=row, column=7).fill = xfill(cur)
            row += 1
    for k, v in {"A": 7, "B": 52, "C": 22, "D": 13, "E": 13, "F": 10, "G": 10, "H": 48}.items():
        ms.column_dimensions[k].width = v
    ms.freeze_panes = "A5"

    bg = wb.create_sheet("Budget")
    bg["A1"] = "Local Plan Review – budget 2025/26"
    bg["A1"].font = Font(bold=True)
    rows = [("Budget line", "Budget (£)", "Spend to date (£)", "Forecast outturn (£)"),
            ("Evidence base consultants", 85000, 61250, 84000),
            ("Consultation and engagement", 20000, 2300, 18500),
            ("Examination (Planning Inspectorate and Programme Officer)", 0, 0, 0),
            ("Total", 105000, 63550, 102500)]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = bg.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, len(rows) - 1):
                c.font = Font(bold=True)
            if j and i:
                c.number_format = "#,##0"
    bg.column_dimensions["A"].width = 52
    for col in "BCD":
        bg.column_dimensions[col].width = 18
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Easylife Ltd - ICO remediation tracker (xlsx)
# ---------------------------------------------------------------------------
EL_FILE = "wz-easylife-ltd-ico-monetary-penalty-remediation-tracker.xlsx"
EL_TITLE = "Easylife Ltd – ICO Remediation Tracker"
EL_GROUPS = [
    ("A. Special category data (UK GDPR)",
     "Purchase history was used to infer customers' health conditions for targeted marketing without a "
     "lawful basis or an Article 9 condition.",
     [("A1", "Cease all profiling that infers health conditions from purchase data and delete derived health "
             "attributes from the marketing database", "Chief Marketing Officer", D(2022, 11, 30), None, "Blue",
       "Complete – deletion verified by Internal Audit in January 2023."),
      ("A2", "Complete a Data Protection Impact Assessment for all customer segmentation models",
       "Data Protection Officer", D(2023, 1, 31), D(2023, 5, 31), "Blue",
       "DPIAs for all 14 models signed off by the Data Governance Group on 24 May 2023."),
      ("A3", "Rewrite the customer privacy notice in plain English to explain profiling and the right to object",
       "Data Protection Officer; Head of Customer Experience", D(2023, 3, 31), D(2023, 9, 30), "Amber",
       "Draft with external counsel; customer testing in August.")]),
    ("B. Direct marketing calls (PECR)",
     "Live marketing calls were made to numbers registered with the Telephone Preference Service (TPS) "
     "without the subscriber's consent (regulation 21).",
     [("B1", "Screen all outbound call lists against the TPS at least every 28 days and block unscreened "
             "campaigns in the dialler", "Head of Contact Centre", D(2022, 12, 31), None, "Blue",
       "Dialler block live from 12 December 2022."),
      ("B2", "Keep a consent record for every marketing call made to a TPS-registered customer, retained "
             "for two years", "Head of Contact Centre", D(2023, 2, 28), D(2023, 8, 31), "Green",
       "CRM consent field built; data migration in testing."),
      ("B3", "Monthly sample audit of call recordings by Compliance, reported to the Executive Committee",
       "Compliance Manager", "Monthly", None, "Green",
       "Audits for April–June completed; no TPS breaches found.")]),
    ("C. Governance and assurance",
     "Accountability for data protection was not embedded at board level.",
     [("C1", "Appoint a board-level data protection sponsor and add data protection to the Audit & Risk "
             "Committee terms of reference", "Company Secretary", D(2023, 1, 31), None, "Blue",
       "Finance Director appointed sponsor; terms of reference updated January 2023."),
      ("C2", "Deliver annual data protection and PECR training to all marketing and contact centre staff "
             "(target 100%)", "Head of HR / Compliance Manager", D(2023, 3, 31), D(2023, 10, 31), "Amber",
       "82% complete; new starters in the contact centre outstanding.")]),
]
EL_EXPECT = {
    "A1": (["Chief Marketing Officer"], "2022-11", None, "blue"),
    "A2": (["Data Protection Officer"], "2023-05", None, "blue"),
    "A3": (["Data Protection Officer", "Head of Customer Experience"], "2023-09", None, "amber"),
    "B1": (["Head of Contact Centre"], "2022-12", None, "blue"),
    "B2": (["Head of Contact Centre"], "2023-08", None, "green"),
    "B3": (["Compliance Manager"], None, "Monthly", "green"),
    "C1": (["Company Secretary"], "2023-01", None, "blue"),
    "C2": (["Head of HR", "Compliance Manager"], "2023-10", None, "amber"),
}
RAG_WORD_FILL = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}


def make_easylife(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = EL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status summary at 31 July 2023 – prepared for the Audit & Risk Committee"
    ws["A4"] = "Status"
    ws["B4"] = "Actions"
    ws["A4"].font = ws["B4"].font = Font(bold=True)
    counts = {}
    for _, _, acts in EL_GROUPS:
        for a in acts:
            counts[a[5]] = counts.get(a[5], 0) + 1
    r = 5
    for word in ("Blue", "Green", "Amber", "Red"):
        ws.cell(row=r, column=1, value=word).fill = xfill(RAG_WORD_FILL[word])
        ws.cell(row=r, column=2, value=counts.get(word, 0))
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r, column=2, value=f"=SUM(B5:B{r - 1})").font = Font(bold=True)
    ws["A12"] = ("Background: on 5 October 2022 the ICO issued notices of intent covering (a) UK GDPR "
                 "transparency and profiling of special category data and (b) PECR regulation 21. This "
                 "tracker records the actions agreed in response.")
    ws.merge_cells("A12:F15")
    ws["A12"].alignment = WRAP
    ws.column_dimensions["A"].width = 22

    tr = wb.create_sheet("Tracker")
    tr["A1"] = EL_TITLE
    tr["A1"].font = Font(bold=True, size=13)
    tr["A2"] = "Status at 31 July 2023"
    heads = ["Workstream", "ICO finding", "ID", "Remediation action", "Owner", "Original due date",
             "Revised due date", "RAG", "Progress update"]
    for j, h in enumerate(heads):
        c = tr.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="7030A0", end_color="7030A0")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    row = 5
    for wsname, finding, acts in EL_GROUPS:
        for k, (aid, text, owner, orig, rev, rag, upd) in enumerate(acts):
            vals = [wsname if k == 0 else None, finding if k == 0 else None, aid, text, owner, orig, rev, rag, upd]
            for j, v in enumerate(vals):
                c = tr.cell(row=row, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            tr.cell(row=row, column=8).fill = xfill(RAG_WORD_FILL[rag])
            row += 1
    row += 1
    tr.cell(row=row, column=1, value="RAG key: Blue – complete; Green – on track; Amber – at risk against "
                                     "revised date; Red – overdue")
    tr.cell(row=row, column=1).font = Font(italic=True)
    for k, v in {"A": 22, "B": 40, "C": 5, "D": 50, "E": 28, "F": 12, "G": 12, "H": 8, "I": 44}.items():
        tr.column_dimensions[k].width = v
    tr.freeze_panes = "C5"

    cl = wb.create_sheet("Change log")
    rows = [("Date", "Change", "By"),
            (D(2023, 2, 14), "Tracker created from ICO notices and management responses", "DPO"),
            (D(2023, 5, 31), "Revised dates for A2, A3, B2 and C2 agreed by ExCo", "Compliance Manager"),
            (D(2023, 7, 31), "July position added", "Compliance Manager")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cl.cell(row=1 + i, column=1 + j, value=v)
            if i == 0:
                c.font = Font(bold=True)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cl.column_dimensions["A"].width = 12
    cl.column_dimensions["B"].width = 60
    cl.column_dimensions["C"].width = 20
    wb.save(path)


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def header_row(table, heads, fill="1F3864"):
    for j, h in enumerate(heads):
        c = table.rows[0].cells[j]
        set_cell(c, h, bold=True)
        shade(c, fill)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = None


# ---------------------------------------------------------------------------
# 4. Forget Me Not Children's Hospice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
FMN_FILE = "wz-forget-me-not-childrens-hospice-cqc-inspection-action-plan.docx"
FMN_TITLE = "CQC Inspection Action Plan 2025"
FMN_A_HEAD = "Section A – Breaches of regulation (requirement notices)"
FMN_B_HEAD = "Section B – Areas for improvement (should do)"
FMN_A = [
    ("Regulation 12 Safe care and treatment\nControlled drugs were not always recorded and checked in line "
     "with the hospice's medicines policy.",
     [("A1.1", "Introduce twice-daily controlled drug balance checks signed by two registered nurses",
       "Head of Clinical Services", "March 2025", "Complete"),
      ("A1.2", "Quarterly medicines management audit by the pharmacist, with results reported to the Clinical "
               "Governance Committee", "Director of Care / Consultant Pharmacist", "30/06/2025", "Green")]),
    ("Regulation 17 Good governance\nAudits did not identify shortfalls in care records, and actions arising "
     "from incidents were not tracked to completion.",
     [("A2.1", "Replace the paper incident log with the electronic incident reporting system and produce a "
               "monthly outstanding actions report", "Quality Lead", "September 2025", "Amber"),
      ("A2.2", "Rewrite the care records audit tool to include personalised care plans; audit monthly for six "
               "months", "Quality Lead", "31/12/2025", "Green")]),
]
FMN_B = [
    ("B1", "The provider should ensure all nursing and care staff complete paediatric immediate life support "
           "training.",
     "Schedule PILS training for all care and bank staff and track compliance on the training matrix",
     "Clinical Nurse Educator", "31/10/2025", "Green"),
    ("B2", "The provider should review how families are involved in planning end of life care.",
     "Co-produce an end of life care planning leaflet with the Family Forum",
     "Family Support Team Leader", "Ongoing", "Green"),
    ("B3", "The provider should improve the recording of mental capacity assessments for young people aged 16 "
           "and over.",
     "Deliver Mental Capacity Act training to nursing staff and add a capacity prompt to the electronic care "
     "record", "Head of Clinical Services", "January 2026", "Not started"),
]
FMN_EXPECT = {
    "A1.1": (["Head of Clinical Services"], "2025-03", None, "blue"),
    "A1.2": (["Director of Care", "Consultant Pharmacist"], "2025-06", None, "green"),
    "A2.1": (["Quality Lead"], "2025-09", None, "amber"),
    "A2.2": (["Quality Lead"], "2025-12", None, "green"),
    "B1": (["Clinical Nurse Educator"], "2025-10", None, "green"),
    "B2": (["Family Support Team Leader"], None, "Ongoing", "green"),
    "B3": (["Head of Clinical Services"], "2026-01", None, "unrated"),
}
RAG_TEXT_FILL = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_fmn(path):
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Forget Me Not Children's Hospice – Russell House, Huddersfield"
    doc.add_paragraph(FMN_TITLE, style="Title")
    doc.add_paragraph("Assessment: 11–13 February 2025. Report published: 16 April 2025. "
                      "Overall rating: Requires improvement.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, r in enumerate([("Version", "Date", "Author", "Approved by"),
                           ("1.0", "14/05/2025", "Director of Care", "Clinical Governance Committee"),
                           ("1.1", "05/09/2025", "Quality Lead", "Clinical Governance Committee")]):
        for j, v in enumerate(r):
            set_cell(t.rows[i].cells[j], v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("RAG key:")
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for j, (lab, col) in enumerate([("Complete", "0070C0"), ("Green – on track", "00B050"),
                                    ("Amber – at risk", "FFC000"), ("Red – off track", "FF0000")]):
        set_cell(k.rows[0].cells[j], lab, bold=True)
        shade(k.rows[0].cells[j], col)

    heads = ["Ref", "Regulation and finding", "Action", "Lead", "Timescale", "RAG"]
    doc.add_heading(FMN_A_HEAD, level=1)
    nrows = 1 + sum(len(a) for _, a in FMN_A)
    ta = doc.add_table(rows=nrows, cols=6)
    ta.style = "Table Grid"
    header_row(ta, heads, fill="D9E2F3")
    r = 1
    for finding, acts in FMN_A:
        first = r
        for ref, act, lead, when, rag in acts:
            cells = ta.rows[r].cells
            set_cell(cells[0], ref)
            set_cell(cells[2], act)
            set_cell(cells[3], lead)
            set_cell(cells[4], when)
            set_cell(cells[5], rag)
            if rag in RAG_TEXT_FILL:
                shade(cells[5], RAG_TEXT_FILL[rag])
            r += 1
        merged = ta.cell(first, 1).merge(ta.cell(r - 1, 1))
        set_cell(merged, finding)

    doc.add_paragraph("")
    doc.add_heading(FMN_B_HEAD, level=1)
    tb = doc.add_table(rows=1 + len(FMN_B), cols=6)
    tb.style = "Table Grid"
    header_row(tb, ["Ref", "Area for improvement", "Action", "Lead", "Timescale", "RAG"], fill="D9E2F3")
    for i, (ref, finding, act, lead, when, rag) in enumerate(FMN_B, start=1):
        cells = tb.rows[i].cells
        for c, v in zip(cells, (ref, finding, act, lead, when, rag)):
            set_cell(c, v)
        if rag in RAG_TEXT_FILL:
            shade(cells[5], RAG_TEXT_FILL[rag])
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported monthly to the Clinical Governance Committee and "
                      "quarterly to the Board of Trustees.")
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.cell(0, 0), "Signed (Chief Executive)", bold=True)
    set_cell(s.cell(0, 1), "")
    set_cell(s.cell(1, 0), "Date", bold=True)
    set_cell(s.cell(1, 1), "05/09/2025")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Girlguiding - Board of Trustees rolling action log (docx)
# ---------------------------------------------------------------------------
GG_FILE = "wz-girlguiding-board-of-trustees-rolling-action-log-2025.docx"
GG_TITLE = "Girlguiding – Board of Trustees Rolling Action Log"
GG_MEETINGS = [
    ("Board meeting – 27 March 2025", [
        ("BT25-07", "Bring a revised reserves policy to the Board following review by the Finance and Audit "
                    "Committee", "Director of Finance and Resources", "June 2025", "blue",
         "Approved at the June meeting (minute 25/41)."),
        ("BT25-09", "Circulate the safeguarding annual report to all trustees with the Lead Trustee for "
                    "Safeguarding's commentary", "Director of Safeguarding", "April 2025", "blue",
         "Circulated 14 April."),
        ("BT25-11", "Review the volunteer data retention schedule ahead of the membership system migration",
         "Chief Operating Officer; Data Protection Officer", "September 2025", "amber",
         "Migration moved to January 2026; retention schedule will follow."),
    ]),
    ("Board meeting – 26 June 2025", [
        ("BT25-18", "Commission an independent review of Board effectiveness, reporting to the Nominations and "
                    "Governance Committee", "Chair", "December 2025", "green",
         "Three proposals received; interviews 14 October."),
        ("BT25-19", "Provide a breakdown of unit closures and waiting lists by region", "Director of Membership",
         "September 2025", "blue", "Included in the membership report, item 6 of the September meeting."),
        ("BT25-22", "Confirm insurance arrangements for residential activity centres for 2026",
         "Company Secretary", "November 2025", "green", "Broker renewal meeting booked."),
    ]),
    ("Board meeting – 18 September 2025", [
        ("BT25-30", "Present the draft 2026–2030 strategy framework for discussion at the Board away day",
         "Chief Executive", "November 2025", "green", ""),
        ("BT25-31", "Share the updated risk register heat map with trustees before the next Finance and Audit "
                    "Committee", "Head of Risk and Compliance", "October 2025", None, ""),
        ("BT25-33", "Agree arrangements for the 2026 Annual Council meeting, including online voting",
         "Company Secretary / Chief Executive", "January 2026", "green", "Platform options being scoped."),
    ]),
]
GG_EXPECT = {
    "BT25-07": (["Director of Finance and Resources"], "2025-06", None, "blue"),
    "BT25-09": (["Director of Safeguarding"], "2025-04", None, "blue"),
    "BT25-11": (["Chief Operating Officer", "Data Protection Officer"], "2025-09", None, "amber"),
    "BT25-18": (["Chair"], "2025-12", None, "green"),
    "BT25-19": (["Director of Membership"], "2025-09", None, "blue"),
    "BT25-22": (["Company Secretary"], "2025-11", None, "green"),
    "BT25-30": (["Chief Executive"], "2025-11", None, "green"),
    "BT25-31": (["Head of Risk and Compliance"], "2025-10", None, "unrated"),
    "BT25-33": (["Company Secretary", "Chief Executive"], "2026-01", None, "green"),
}


def make_gg(path):
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.add_heading(GG_TITLE, level=1)
    doc.add_paragraph("Updated 2 October 2025 following the Board meeting of 18 September 2025. "
                      "Completed actions are reported once and then removed from the log.")
    p = doc.add_paragraph()
    p.add_run("Status colours:").bold = True
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for j, (lab, col) in enumerate([("Complete", "0070C0"), ("On track", "00B050"),
                                    ("Delayed", "FFC000"), ("Overdue / at risk", "FF0000")]):
        set_cell(k.rows[0].cells[j], lab)
        shade(k.rows[0].cells[j], col)
    doc.add_paragraph("No colour: not yet due for review.")
    colhex = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
    for meeting, acts in GG_MEETINGS:
        doc.add_heading(meeting, level=2)
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Owner", "Due", "Status", "Update"], fill="E2D9F3")
        for i, (ref, act, owner, due, st, upd) in enumerate(acts, start=1):
            cells = t.rows[i].cells
            for c, v in zip(cells, (ref, act, owner, due, "", upd)):
                set_cell(c, v)
            if st:
                shade(cells[4], colhex[st])
    doc.add_paragraph("")
    doc.add_paragraph("Company Secretary, October 2025")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. V&A - ARAC internal audit recommendations tracker, CSV export (refuse case)
# ---------------------------------------------------------------------------
VA_FILE = ("wz-victoria-and-albert-museum-arac-internal-audit-recommendations-tracker-"
           "typo-month-refuse.csv")
VA_TITLE = "V&A Internal Audit Recommendations Tracker"
VA_HEAD = ["Audit", "Year", "Assurance", "Rec", "Priority", "Recommendation", "Management action", "Owner",
           "Original date", "Revised date", "Status"]
VA_ROWS = [
    ["Collections Management System – user access", "2024/25", "Limited", "1", "High",
     "Leavers' accounts should be disabled promptly and access reviewed quarterly.",
     "Automate account disablement from the HR leavers feed", "Head of Digital Infrastructure",
     "Sep-2025", "Dec-2025", "Amber"],
    ["Collections Management System – user access", "2024/25", "Limited", "2", "Medium",
     "Privileged accounts should be reviewed and justified.",
     "Complete a privileged access review and remove unused administrator accounts",
     "Head of Collections Information", "Jul-2025", "", "Complete"],
    ["Loans and exhibitions – indemnity", "2024/25", "Moderate", "1", "Medium",
     "Government Indemnity Scheme applications should be checked before submission.",
     "Introduce a second-person check on GIS application forms", "Head of Exhibitions / Registrar",
     "Oct-2025", "", "Complete"],
    ["Payroll and expenses", "2024/25", "Substantial", "1", "Low",
     "Expense claims should be supported by receipts in all cases.",
     "Remind budget holders of the receipts requirement through the staff intranet",
     "Head of Finance Operations", "Aug-2025", "", "Complete"],
    ["V&A East – capital programme governance", "2025/26", "Limited", "1", "High",
     "The programme risk register should be aligned with the corporate risk register.",
     "Align the V&A East risk register with corporate risk scoring and report monthly to the Executive Board",
     "V&A East Programme Director", "Nov-2025", "Mar-2026", "Amber"],
    ["V&A East – capital programme governance", "2025/26", "Limited", "2", "High",
     "Change control decisions should be recorded with their cost and schedule impact.",
     "Introduce a change control log reviewed at each Programme Board",
     "V&A East Programme Director; Head of Capital Projects", "Dec-2025", "Jun-2O26", "Red"],
    ["Health and safety – contractor management", "2025/26", "Moderate", "1", "Medium",
     "Contractor permits to work should be issued and closed consistently across sites.",
     "Refresh contractor induction and permit-to-work procedures at South Kensington and Young V&A",
     "Head of Health and Safety", "Jan-2026", "", "Green"],
    ["Cyber security – incident response", "2025/26", "Moderate", "1", "Medium",
     "The cyber incident response plan should be tested annually.",
     "Test the cyber incident response plan through a tabletop exercise with the Executive Board",
     "Chief Digital Officer", "Mar-2026", "", "Green"],
]


def make_va(path):
    n = len(VA_HEAD)
    pad = lambda first: [first] + [""] * (n - 1)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(pad(VA_TITLE))
        w.writerow(pad("Position at 16 January 2026 – Audit and Risk Assurance Committee, 3 February 2026"))
        w.writerow(pad(""))
        w.writerow(VA_HEAD)
        for r in VA_ROWS:
            w.writerow(r)
        w.writerow(pad(""))
        w.writerow(pad("Status key: Complete; Green – on track; Amber – at risk of missing target date; "
                       "Red – overdue or off track"))


# ---------------------------------------------------------------------------
# 7. Knaresborough Town Council - lessons learned action plan (tab-separated txt)
# ---------------------------------------------------------------------------
KTC_FILE = "wz-knaresborough-town-council-christmas-market-lessons-learned-action-plan.txt"
KTC_TITLE = ("Knaresborough Town Council – Christmas Market and Lights Switch-On 2024: "
             "Lessons Learned Action Plan")
KTC_SECTIONS = [
    ("1. Crowd management and safety", [
        ("1.1", "The Market Place reached capacity at 17:30 and entry could not be controlled.",
         "Commission a crowd management plan from a qualified event safety consultant for the 2025 event",
         "Town Clerk", "June 2025", "Complete"),
        ("1.2", "",
         "Set up two stewarded one-way routes from the High Street and brief all stewards in person",
         "Events Officer", "Oct 2025", "On track"),
    ]),
    ("2. Traffic and parking", [
        ("2.1", "Road closure signs went up late and Bond End was left out of the traffic order.",
         "Apply to North Yorkshire Council for the temporary road closure order 12 weeks before the event, "
         "including Bond End", "Town Clerk", "Aug 2025", "Complete"),
        ("2.2", "Town centre car parks were full by 16:00 and there was no shuttle service.",
         "Explore a park and ride service with local bus operators and report costs to committee",
         "Cllr J Morton / Events Officer", "Sept 2025", "On track"),
    ]),
    ("3. Traders and stalls", [
        ("3.1", "Late trader cancellations left gaps in the market layout.",
         "Introduce a non-refundable trader deposit and keep a reserve list", "Events Officer",
         "31/07/2025", "Complete"),
        ("3.2", "", "Publish trader terms and conditions on the council website", "Deputy Town Clerk",
         "31/07/2025", "Complete"),
    ]),
    ("4. Communications and debrief", [
        ("4.1", "Residents near the Castle had little notice of the fireworks display.",
         "Letter-drop residents within 500m of the Castle three weeks before the event and post updates on "
         "social media", "Communications Officer", "Nov 2025", "Not started"),
        ("4.2", "Partners' feedback was collected informally and not recorded.",
         "Hold a joint debrief with Knaresborough Lions, North Yorkshire Police and volunteers within four "
         "weeks of the 2025 event", "Town Clerk; Chair of Community and Events Committee", "Dec 2025",
         "Not started"),
    ]),
]
KTC_EXPECT = {
    "1.1": (["Town Clerk"], "2025-06", None, "blue"),
    "1.2": (["Events Officer"], "2025-10", None, "green"),
    "2.1": (["Town Clerk"], "2025-08", None, "blue"),
    "2.2": (["Cllr J Morton", "Events Officer"], "2025-09", None, "green"),
    "3.1": (["Events Officer"], "2025-07", None, "blue"),
    "3.2": (["Deputy Town Clerk"], "2025-07", None, "blue"),
    "4.1": (["Communications Officer"], "2025-11", None, "unrated"),
    "4.2": (["Town Clerk", "Chair of Community and Events Committee"], "2025-12", None, "unrated"),
}


def make_ktc(path):
    lines = [
        KTC_TITLE,
        "Agreed by the Community and Events Committee on 10 February 2025. Progress at 9 September 2025.",
        "",
        "\t".join(["No.", "What we learned", "Action", "Lead", "By when", "Progress"]),
    ]
    for sec, acts in KTC_SECTIONS:
        lines.append(sec + "\t\t\t\t\t")
        for a in acts:
            lines.append("\t".join(a))
    lines += ["", "Progress key: Complete / On track / Not started.",
              "Next report: Community and Events Committee, 13 October 2025."]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


BUILDERS = [
    (GMCA_FILE, make_gmca),
    (NF_FILE, make_nfnpa),
    (EL_FILE, make_easylife),
    (FMN_FILE, make_fmn),
    (GG_FILE, make_gg),
    (VA_FILE, make_va),
    (KTC_FILE, make_ktc),
]


def main():
    for name, fn in BUILDERS:
        assert name.startswith("wz-")
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
