"""Build the seven zsp- blind test files (set heldout688).

Run with /work/main/.venv/bin/python zsp_make.py  (writes next to this script).
Data for each file is kept in module-level structures so that the expected
readings can be checked against exactly the same strings.
"""
import csv
import io
import os
from datetime import datetime as dt

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


# ---------------------------------------------------------------------------
# 1. Northern Ireland Screen - ARAC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
NIS_FILE = "zsp-northern-ireland-screen-arac-internal-audit-recommendations-tracker.xlsx"
NIS_TITLE = "Northern Ireland Screen – Internal Audit Recommendations: Implementation Status Report"

# Each audit: heading row text, then recommendations; each recommendation has
# one or more agreed actions (merged recommendation cell when more than one).
NIS_AUDITS = [
    {
        "heading": "Audit: Screen Fund – Production Funding Grant Payments (2024-25) – Satisfactory assurance",
        "recs": [
            {
                "text": "Evidence of the independent review of cost reports submitted by production companies should be retained on the grant file before each stage payment is released.",
                "priority": "Priority 2",
                "actions": [
                    dict(ref="SF24-01",
                         action="A cost report review checklist will be introduced and signed off by a second member of the Funding team before each stage payment is authorised.",
                         lead="Head of Production Finance", lead_list=["Head of Production Finance"],
                         orig=dt(2025, 3, 31), rev=None, end="2025-03",
                         update="Checklist introduced April 2025 and applied to all stage payments since. Sample of 12 files provided to Internal Audit in September 2025.",
                         status="blue"),
                ],
            },
            {
                "text": "Recoupment schedules for recoupable awards should be reconciled to the finance system on a quarterly basis and long-outstanding balances reported to management.",
                "priority": "Priority 2",
                "actions": [
                    dict(ref="SF24-02a",
                         action="Finance to produce a quarterly reconciliation of the recoupment schedule to the general ledger, reviewed and signed by the Head of Finance & Corporate Services.",
                         lead="Management Accountant", lead_list=["Management Accountant"],
                         orig=dt(2025, 6, 30), rev=dt(2025, 12, 31), end="2025-12",
                         update="Q1 reconciliation completed. Q2 reconciliation delayed by the finance system upgrade (go-live September 2025); revised date agreed with Internal Audit.",
                         status="amber"),
                    dict(ref="SF24-02b",
                         action="Recoupment balances outstanding for more than 12 months to be reported to the Executive Team twice yearly, with a recommendation on write-off or pursuit.",
                         lead="Head of Finance & Corporate Services", lead_list=["Head of Finance & Corporate Services"],
                         orig=dt(2026, 3, 31), rev=None, end="2026-03",
                         update="First report scheduled for Executive Team in January 2026.",
                         status="green"),
                ],
            },
        ],
    },
    {
        "heading": "Audit: Cyber Security and IT Resilience (2024-25) – Limited assurance",
        "recs": [
            {
                "text": "Multi-factor authentication should be enforced for all remote access and for all privileged (administrator) accounts.",
                "priority": "Priority 1",
                "actions": [
                    dict(ref="CY24-01",
                         action="MFA to be enabled for all staff Microsoft 365 accounts and for the two remaining legacy administrator accounts, which will then be decommissioned.",
                         lead="IT Manager", lead_list=["IT Manager"],
                         orig=dt(2025, 5, 31), rev=dt(2025, 9, 30), end="2025-09",
                         update="MFA enforced for all accounts on 15/09/2025. Legacy administrator accounts removed. Evidence passed to Internal Audit for verification.",
                         status="blue"),
                ],
            },
            {
                "text": "A tested IT disaster recovery plan should be in place, with a full restore test carried out at least annually.",
                "priority": "Priority 1",
                "actions": [
                    dict(ref="CY24-02",
                         action="Update the IT Disaster Recovery Plan to reflect the move to cloud hosting and carry out a full restore test with the managed service provider.",
                         lead="IT Manager; Head of Finance & Corporate Services",
                         lead_list=["IT Manager", "Head of Finance & Corporate Services"],
                         orig=dt(2025, 9, 30), rev=None, end="2025-09",
                         update="Draft plan prepared. Restore test with the provider not yet scheduled – escalated to the Chief Operating Officer.",
                         status="red"),
                ],
            },
            {
                "text": "All staff should complete the mandatory cyber awareness e-learning module annually, with completion monitored by management.",
                "priority": "Priority 2",
                "actions": [
                    dict(ref="CY24-03",
                         action="Cyber awareness training to be added to the mandatory training schedule and completion rates reported quarterly to the Senior Management Team.",
                         lead="Head of HR", lead_list=["Head of HR"],
                         orig=dt(2025, 3, 31), rev=None, end="2025-03",
                         update="Complete – 96% completion at 30/09/2025, reported to SMT each quarter.",
                         status="blue"),
                ],
            },
        ],
    },
    {
        "heading": "Audit: Procurement and Contract Management (2025-26) – Satisfactory assurance",
        "recs": [
            {
                "text": "The contracts register should be complete, include all contracts over £5,000 and record contract end dates and named contract managers.",
                "priority": "Priority 2",
                "actions": [
                    dict(ref="PR25-01",
                         action="Complete a full refresh of the contracts register, cross-checked against supplier payments for the last 24 months.",
                         lead="Procurement Officer", lead_list=["Procurement Officer"],
                         orig=dt(2025, 12, 31), rev=None, end="2025-12",
                         update="Supplier payment analysis complete; register being updated.",
                         status="green"),
                ],
            },
            {
                "text": "Direct award contracts (single tender actions) should be reported to the Audit and Risk Assurance Committee at each meeting.",
                "priority": "Priority 3",
                "actions": [
                    dict(ref="PR25-02",
                         action="A schedule of direct award contracts will be included as a standing item in the finance report to ARAC.",
                         lead="Head of Finance & Corporate Services", lead_list=["Head of Finance & Corporate Services"],
                         orig=dt(2025, 11, 30), rev=None, end="2025-11",
                         update="First schedule included in the papers for this meeting.",
                         status="green"),
                ],
            },
            {
                "text": "Procurement awareness training should be provided to all budget holders.",
                "priority": "Priority 2",
                "actions": [
                    dict(ref="PR25-03",
                         action="Arrange procurement awareness training for all budget holders through Construction and Procurement Delivery (CPD).",
                         lead="Procurement Officer", lead_list=["Procurement Officer"],
                         orig=dt(2026, 3, 31), rev=None, end="2026-03",
                         update="Not yet started – CPD course dates for 2026 awaited.",
                         status=None),
                ],
            },
        ],
    },
    {
        "heading": "Audit: Board Effectiveness and Governance (2025-26) – Substantial assurance",
        "recs": [
            {
                "text": "The Register of Interests for Board members should be reviewed and re-signed annually and published on the Northern Ireland Screen website.",
                "priority": "Priority 3",
                "actions": [
                    dict(ref="GV25-01",
                         action="Board Secretary to circulate annual declarations each April and publish the updated register on the website within one month.",
                         lead="Board Secretary", lead_list=["Board Secretary"],
                         orig=dt(2026, 4, 30), rev=None, end="2026-04",
                         update="Process agreed with the Chair. First annual cycle April 2026.",
                         status="green"),
                ],
            },
        ],
    },
]


def build_nis(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = NIS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Assurance Committee – 25 November 2025 (Paper ARAC 25/34)"
    ws["A3"] = "Position as at 31 October 2025. Prepared by the Head of Finance & Corporate Services; validated by Internal Audit."
    hdr = ["Priority", "Implemented", "Not yet due", "Revised date agreed", "Overdue", "Total"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BOX
    counts = {}
    for a in NIS_AUDITS:
        for r in a["recs"]:
            for x in r["actions"]:
                p = r["priority"]
                k = {"blue": "Implemented", "green": "Not yet due", None: "Not yet due",
                     "amber": "Revised date agreed", "red": "Overdue"}[x["status"]]
                counts.setdefault(p, {}).setdefault(k, 0)
                counts[p][k] += 1
    row = 6
    tot = [0, 0, 0, 0]
    for p in ["Priority 1", "Priority 2", "Priority 3"]:
        vals = [counts.get(p, {}).get(k, 0) for k in hdr[1:5]]
        ws.cell(row=row, column=1, value=p).border = BOX
        for j, v in enumerate(vals):
            ws.cell(row=row, column=2 + j, value=v).border = BOX
            tot[j] += v
        ws.cell(row=row, column=6, value=sum(vals)).border = BOX
        row += 1
    ws.cell(row=row, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        ws.cell(row=row, column=2 + j, value=v).font = Font(bold=True)
    ws.cell(row=row, column=6, value=sum(tot)).font = Font(bold=True)
    row += 2
    ws.cell(row=row, column=1, value="Priority definitions (as used in Internal Audit reports)").font = Font(bold=True)
    defs = [
        ("Priority 1", "Failure to implement the recommendation is likely to result in a major failure of a key organisational objective, significant damage to reputation or the misuse of public funds."),
        ("Priority 2", "Failure to implement the recommendation could result in the failure of an important organisational objective or could have some impact on a key organisational objective."),
        ("Priority 3", "Failure to implement the recommendation could lead to an increased risk exposure."),
    ]
    for p, d in defs:
        row += 1
        ws.cell(row=row, column=1, value=p)
        ws.cell(row=row, column=2, value=d)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
    ws.column_dimensions["A"].width = 16
    for col in "BCDEF":
        ws.column_dimensions[col].width = 18

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal Audit Recommendations Tracker – open and recently implemented recommendations"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A3"] = "Status key:"
    ws["A3"].font = Font(bold=True)
    keys = [("blue", "Implemented – evidence provided"), ("green", "Not yet due – on track"),
            ("amber", "Revised target date agreed"), ("red", "Overdue – no revised date")]
    for i, (c, t) in enumerate(keys):
        cell = ws.cell(row=3, column=2 + i * 2, value=t)
        cell.fill = fill(c)
        cell.border = BOX
        ws.merge_cells(start_row=3, start_column=2 + i * 2, end_row=3, end_column=3 + i * 2)
    headers = ["Ref", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
               "Original target date", "Revised target date", "Progress update (October 2025)", "Status"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BOX
    row = 6
    for a in NIS_AUDITS:
        c = ws.cell(row=row, column=1, value=a["heading"])
        c.font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(row=row, column=col).fill = fill("grey")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for r in a["recs"]:
            first = row
            for x in r["actions"]:
                ws.cell(row=row, column=1, value=x["ref"])
                ws.cell(row=row, column=4, value=x["action"])
                ws.cell(row=row, column=5, value=x["lead"])
                c = ws.cell(row=row, column=6, value=x["orig"])
                c.number_format = "dd/mm/yyyy"
                if x["rev"]:
                    c = ws.cell(row=row, column=7, value=x["rev"])
                    c.number_format = "dd/mm/yyyy"
                ws.cell(row=row, column=8, value=x["update"])
                if x["status"]:
                    ws.cell(row=row, column=9).fill = fill(x["status"])
                for col in range(1, 10):
                    ws.cell(row=row, column=col).alignment = WRAP
                    ws.cell(row=row, column=col).border = BOX
                row += 1
            ws.cell(row=first, column=2, value=r["text"])
            ws.cell(row=first, column=3, value=r["priority"])
            if row - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=row - 1, end_column=3)
    row += 1
    ws.cell(row=row, column=1, value="Note: implemented recommendations are shown once with a blue status and are then removed from the tracker after Internal Audit verification.").font = Font(italic=True)
    widths = [11, 45, 11, 50, 24, 13, 13, 45, 9]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Hyde Group - strategic risk register 2025/26 (xlsx) - REFUSE (typo month)
# ---------------------------------------------------------------------------
HYDE_FILE = "zsp-hyde-group-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
HYDE_TITLE = "The Hyde Group – Strategic Risk Register 2025/26"

HYDE_RISKS = [
    {
        "id": "SR1 – Resident and building safety",
        "desc": "Failure to meet our statutory landlord health and safety obligations (fire, gas, electrical, water, asbestos and lifts) and Building Safety Act 2022 duties for higher-risk buildings, leading to harm to residents.",
        "owner": "Chief Operating Officer",
        "inh": (4, 5), "res": (2, 5), "trend": "↔", "target": 8,
        "controls": "Compliance dashboard reported monthly to Executive and quarterly to Board.\nFire risk assessment programme for all blocks; Building Safety Manager for each higher-risk building.\nThird-line assurance from internal audit.",
        "actions": [
            ("SR1a", "Complete Building Safety Case reports for all remaining higher-risk buildings and submit to the Building Safety Regulator when called in.", "Director of Building Safety", "March 2026", "Amber"),
            ("SR1b", "Move all ‘big six’ compliance data onto the single asset compliance system and retire local spreadsheets.", "Head of Compliance", "Dec 2025", "Green"),
            ("SR1c", "Commission an independent assurance review of fire risk assessment actions overdue by more than 90 days.", "Head of Risk and Assurance", "31/01/2026", "Green"),
        ],
    },
    {
        "id": "SR2 – Damp, mould and stock condition",
        "desc": "Insufficient knowledge of the condition of our homes, or failure to respond to damp and mould within Awaab’s Law timescales, leads to unsafe homes, regulatory breach and loss of resident trust.",
        "owner": "Chief Operating Officer",
        "inh": (4, 4), "res": (3, 4), "trend": "↑", "target": 8,
        "controls": "Damp and mould policy and triage team.\nStock condition survey programme (78% of homes surveyed in the last five years).",
        "actions": [
            ("SR2a", "Configure Awaab’s Law timescales in the repairs system and report compliance weekly to the Executive Team.", "Director of Property Services", "Nov 2025", "Amber"),
            ("SR2b", "Complete stock condition surveys to reach 100% coverage of homes.", "Head of Asset Management", "Q4 2025/26", "Amber"),
        ],
    },
    {
        "id": "SR3 – Financial capacity and funder covenants",
        "desc": "Cost pressures, sales market weakness and investment need in existing homes reduce financial headroom, risking funder covenant compliance and the viability of the business plan.",
        "owner": "Chief Financial Officer",
        "inh": (4, 5), "res": (3, 4), "trend": "↔", "target": 9,
        "controls": "Treasury management policy and liquidity golden rules.\n30-year business plan with stress testing; monthly covenant monitoring.",
        "actions": [
            ("SR3a", "Refresh multi-variate stress testing of the business plan and present mitigation plans to Board.", "Chief Financial Officer", "Decmber 2025", "Green"),
            ("SR3b", "Deliver the £12m operating cost efficiency programme for 2025/26.", "Executive Team", "March 2026", "Amber"),
        ],
    },
    {
        "id": "SR4 – Consumer regulation and resident voice",
        "desc": "Failure to demonstrate compliance with the Regulator of Social Housing’s Consumer Standards, or low tenant satisfaction, results in a regulatory downgrade.",
        "owner": "Director of Customer Experience",
        "inh": (3, 5), "res": (3, 4), "trend": "↓", "target": 8,
        "controls": "Consumer Standards self-assessment; TSM reporting; complaints handling aligned to the Housing Ombudsman Code.",
        "actions": [
            ("SR4a", "Close the gaps identified in the Consumer Standards self-assessment and evidence this to the Customer Services Committee.", "Director of Customer Experience", "Feb 2026", "Green"),
        ],
    },
    {
        "id": "SR5 – Cyber security and data",
        "desc": "A cyber attack or data loss disrupts services to residents and leads to a reportable personal data breach.",
        "owner": "Chief Financial Officer",
        "inh": (4, 4), "res": (3, 4), "trend": "↔", "target": 6,
        "controls": "Managed detection and response service; annual penetration test; mandatory staff training.",
        "actions": [
            ("SR5a", "Achieve Cyber Essentials Plus certification.", "Director of IT", "January 2026", "Green"),
            ("SR5b", "Run a cyber incident exercise with the Executive Team and test the business continuity plan.", "Head of Risk and Assurance", "Ongoing – annual", "Green"),
        ],
    },
]
HYDE_TYPO = "Decmber 2025"


def build_hyde(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = HYDE_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Quarter 2 update – Group Audit and Risk Committee, 20 November 2025"
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Summary of change"),
          ("v2.0", "02/07/2025", "Head of Risk and Assurance", "Q1 refresh following Board risk workshop"),
          ("v2.1", "03/11/2025", "Head of Risk and Assurance", "Q2 update; SR2 residual score increased")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = ws.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    ws["A9"] = "Risk scores are Likelihood × Impact (1–5 each). Residual scores take account of the key controls in place."
    for col, w in zip("ABCD", [14, 14, 28, 50]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = "Strategic Risk Register 2025/26 – Q2 (position at 31 October 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:Q1")
    # two-row header
    top = ["Strategic risk", "Risk description", "Risk owner", "Inherent risk", None, None,
           "Key controls in place", "Residual risk", None, None, "Trend", "Target score",
           "Action ref", "Further actions required", "Action owner", "Target date", "Action RAG"]
    sub = [None, None, None, "L", "I", "Score", None, "L", "I", "Score", None, None, None, None, None, None, None]
    for i, (t, s) in enumerate(zip(top, sub), 1):
        c = ws.cell(row=3, column=i, value=t)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c2 = ws.cell(row=4, column=i, value=s)
        c2.font = Font(bold=True, color="FFFFFF")
        c2.fill = fill("navy")
    for a, b in [(4, 6), (8, 10)]:
        ws.merge_cells(start_row=3, start_column=a, end_row=3, end_column=b)
    for col in [1, 2, 3, 7, 11, 12, 13, 14, 15, 16, 17]:
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    row = 5
    typo_row = None

    def score_fill(s):
        return "red" if s >= 15 else ("amber" if s >= 5 else "green")

    for r in HYDE_RISKS:
        first = row
        for (ref, text, owner, date, rag) in r["actions"]:
            ws.cell(row=row, column=13, value=ref)
            ws.cell(row=row, column=14, value=text)
            ws.cell(row=row, column=15, value=owner)
            ws.cell(row=row, column=16, value=date)
            if date == HYDE_TYPO:
                typo_row = row
            c = ws.cell(row=row, column=17, value=rag)
            c.fill = fill(rag.lower())
            for col in range(1, 18):
                ws.cell(row=row, column=col).alignment = WRAP
                ws.cell(row=row, column=col).border = BOX
            row += 1
        last = row - 1
        li, ii = r["inh"]
        lr, ir = r["res"]
        vals = {1: r["id"], 2: r["desc"], 3: r["owner"], 4: li, 5: ii, 6: li * ii, 7: r["controls"],
                8: lr, 9: ir, 10: lr * ir, 11: r["trend"], 12: r["target"]}
        for col, v in vals.items():
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            if col in (6, 10):
                c.fill = fill(score_fill(v))
            if col == 1:
                c.font = Font(bold=True)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    row += 1
    ws.cell(row=row, column=1, value="Scoring: 1–4 Low (green); 5–12 Medium (amber); 15–25 High (red). Trend: ↑ increasing, ↔ stable, ↓ reducing.").font = Font(italic=True)
    widths = [22, 40, 18, 4, 4, 6, 40, 4, 4, 6, 6, 7, 8, 45, 22, 14, 9]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Scoring matrix")
    ws["A1"] = "Risk scoring matrix (Likelihood × Impact)"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Impact →"
    for i in range(1, 6):
        ws.cell(row=2, column=1 + i, value=i).font = Font(bold=True)
    for l in range(5, 0, -1):
        r = 3 + (5 - l)
        ws.cell(row=r, column=1, value=f"Likelihood {l}").font = Font(bold=True)
        for i in range(1, 6):
            s = l * i
            c = ws.cell(row=r, column=1 + i, value=s)
            c.fill = fill("red" if s >= 15 else ("amber" if s >= 5 else "green"))
            c.border = BOX
    wb.save(path)
    return typo_row


# ---------------------------------------------------------------------------
# 3. Canal & River Trust - governance review action plan, monday.com export (xlsx)
# ---------------------------------------------------------------------------
CRT_FILE = "zsp-canal-and-river-trust-governance-review-action-plan-monday-export.xlsx"
CRT_TITLE = "Canal & River Trust – Governance Review 2025: Action Plan"

CRT_GROUPS = [
    ("Recommendation 1: Refresh the Board skills matrix and agree a forward succession plan", [
        dict(ref="1.1", name="Carry out an updated skills, experience and diversity audit of all Trustees",
             people="Helen Marsh, Daniel Okafor", lead=["Helen Marsh", "Daniel Okafor"],
             status="Complete", timeline="2025-04-01 - 2025-06-30", end="2025-06",
             update="Audit completed; results reported to Nominations Committee 12 June."),
        dict(ref="1.2", name="Agree a three-year Trustee succession plan linked to the end of current terms of office",
             people="Helen Marsh", lead=["Helen Marsh"],
             status="On track", timeline="2025-07-01 - 2025-12-31", end="2025-12",
             update="Draft plan to Nominations Committee in November."),
        dict(ref="1.3", name="Recruit two new Trustees with digital and finance skills",
             people="Daniel Okafor", lead=["Daniel Okafor"],
             status="At risk", timeline="2025-09-01 - 2026-03-31", end="2026-03",
             update="Search agency appointed; first round produced a limited field – re-advertising."),
    ]),
    ("Recommendation 2: Clarify the role of Council and its relationship with the Board", [
        dict(ref="2.1", name="Revise the Council terms of reference and publish a short guide to how Council advice is taken into account by Trustees",
             people="Priya Raman", lead=["Priya Raman"],
             status="On track", timeline="2025-06-01 - 2025-11-30", end="2025-11",
             update="Draft considered at Council meeting on 16 October; final version to November Board."),
        dict(ref="2.2", name="Hold a joint Board and Council development session each year",
             people="Priya Raman, Helen Marsh", lead=["Priya Raman", "Helen Marsh"],
             status="Not started", timeline="", end=None,
             update="Date for 2026 session to be agreed."),
    ]),
    ("Recommendation 3: Strengthen committee assurance reporting to the Board", [
        dict(ref="3.1", name="Introduce a standard committee chair’s assurance report for every Board meeting",
             people="Daniel Okafor", lead=["Daniel Okafor"],
             status="Complete", timeline="2025-04-01 - 2025-05-31", end="2025-05",
             update="Template in use from May Board."),
        dict(ref="3.2", name="Review the Audit & Risk Committee terms of reference against the Charity Governance Code and Charity Commission guidance (CC8 and CC26)",
             people="Sam Whitlock", lead=["Sam Whitlock"],
             status="Off track", timeline="2025-05-01 - 2025-09-30", end="2025-09",
             update="Delayed by the external audit timetable; to be taken at the January 2026 ARC."),
    ]),
    ("Recommendation 4: Improve the quality and timeliness of Board papers", [
        dict(ref="4.1", name="Adopt a new Board paper template with a one-page executive summary and a clear statement of the decision required",
             people="Gemma Li", lead=["Gemma Li"],
             status="Complete", timeline="2025-04-14 - 2025-07-31", end="2025-07",
             update="New template live; guidance issued to all report authors."),
        dict(ref="4.2", name="Move Board papers to the board portal and issue papers seven days before each meeting",
             people="Gemma Li, Sam Whitlock", lead=["Gemma Li", "Sam Whitlock"],
             status="On track", timeline="2025-10-01 - 2026-01-31", end="2026-01",
             update="Portal procured; pilot with Audit & Risk Committee in December."),
    ]),
]
CRT_STATUS = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red", "Not started": "unrated"}
CRT_STATUS_FILL = {"Complete": "579BFC", "On track": "00C875", "At risk": "FDAB3D", "Off track": "E2445C", "Not started": "C4C4C4"}
CRT_GROUP_COLOURS = ["579BFC", "A25DDC", "00C875", "FDAB3D"]


def build_crt(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Governance Review 2025"
    ws["A1"] = CRT_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Board of Trustees tracker – exported from monday.com for the Board meeting of 20 November 2025"
    ws["A2"].font = Font(italic=True, color="676879")
    row = 4
    cols = ["Name", "Ref", "People", "Status", "Timeline", "Latest update"]
    for gi, (gname, items) in enumerate(CRT_GROUPS):
        c = ws.cell(row=row, column=1, value=gname)
        c.font = Font(bold=True, size=12, color=CRT_GROUP_COLOURS[gi % 4])
        row += 1
        for i, h in enumerate(cols, 1):
            c = ws.cell(row=row, column=i, value=h)
            c.font = Font(bold=True)
            c.border = BOX
        row += 1
        for it in items:
            vals = [it["name"], it["ref"], it["people"], it["status"], it["timeline"] or None, it["update"]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
            st = ws.cell(row=row, column=4)
            st.fill = fill(CRT_STATUS_FILL[it["status"]])
            st.font = Font(color="FFFFFF")
            row += 1
        row += 1  # blank row between groups
    for i, w in enumerate([60, 6, 26, 13, 25, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. SCRA - Board action log (docx)
# ---------------------------------------------------------------------------
SCRA_FILE = "zsp-scottish-childrens-reporter-administration-board-action-log.docx"
SCRA_TITLE = "Scottish Children’s Reporter Administration – Board Action Log"

SCRA_SECTIONS = [
    ("Actions from Board meeting – 25 June 2025", [
        dict(ref="BA25/14", minute="6.2", action="Provide the Board with a revised budget monitoring report showing the full-year forecast for hearing centre property costs.",
             resp="Head of Finance & Resources", lead=["Head of Finance & Resources"], when="September 2025", end="2025-09",
             update="Included in the Q1 budget monitoring report at item 7 on today’s agenda.", rag="B"),
        dict(ref="BA25/15", minute="7.1", action="Prepare an options paper on the future hearing centre estate.\nPaper to include costed options for Glasgow and Dundee.",
             resp="Head of Finance & Resources / Head of Strategy & Organisational Performance",
             lead=["Head of Finance & Resources", "Head of Strategy & Organisational Performance"],
             when="November 2025", end="2025-11",
             update="Property survey of Dundee premises completed. Options paper in preparation for the November Board.", rag="G"),
        dict(ref="BA25/16", minute="8.3", action="Share the findings of the Children’s Hearings Redesign readiness assessment with Board members ahead of the Development Session.",
             resp="Chief Executive", lead=["Chief Executive"], when="31 October 2025", end="2025-10",
             update="Assessment with Scottish Government for comment; circulation expected mid-October.", rag="A"),
        dict(ref="BA25/17", minute="9.1", action="Arrange Board member training on trauma-informed practice.",
             resp="Head of Organisational Development", lead=["Head of Organisational Development"], when="Q3 2025/26", end="2025-12",
             update="Session booked with NHS Education for Scotland for 3 December 2025.", rag="G"),
    ]),
    ("Actions from Board meeting – 26 March 2025", [
        dict(ref="BA25/06", minute="5.4", action="Report on the implementation of the Data Protection Impact Assessment process for new digital systems, including the case management system upgrade.",
             resp="Information Governance Manager", lead=["Information Governance Manager"], when="June 2025", end="2025-06",
             update="Report deferred twice due to staff absence. Now scheduled for the November Board.", rag="R"),
        dict(ref="BA25/08", minute="6.1", action="Agree the annual Board workplan for 2025/26 and circulate to members.",
             resp="Board Secretary", lead=["Board Secretary"], when="April 2025", end="2025-04",
             update="Workplan agreed and circulated 14 April 2025.", rag="B"),
        dict(ref="BA25/09", minute="8.2", action="Include analysis of the time taken from referral to decision, by local authority area, in the quarterly performance report.",
             resp="Head of Practice & Policy", lead=["Head of Practice & Policy"], when="Ongoing", end=None, end_text="Ongoing",
             update="Included from the Q1 2025/26 report onwards; to remain a standing feature.", rag="G"),
    ]),
    ("Actions from Board Development Session – 2 May 2025", [
        dict(ref="BD25/01", action="Develop a Board-level risk appetite statement for review alongside the Corporate Risk Register.", minute="–",
             resp="Chief Executive and Head of Finance & Resources", lead=["Chief Executive", "Head of Finance & Resources"],
             when="Sept 2025 – Jan 2026", end="2026-01",
             update="First draft discussed at the Audit & Risk Committee in August; revised draft to January Board.", rag="G"),
        dict(ref="BD25/02", action="Refresh the Board member induction pack, including a visit to a hearing centre and observation of a Children’s Hearing.", minute="–",
             resp="Board Secretary", lead=["Board Secretary"], when="December 2025", end="2025-12",
             update="Not yet started.", rag=""),
    ]),
    ("Actions completed since the last meeting (to be removed from the log)", [
        dict(ref="BA24/31", minute="10.2", action="Publish the SCRA Annual Report and Accounts 2024/25 following laying in the Scottish Parliament.",
             resp="Head of Finance & Resources", lead=["Head of Finance & Resources"], when="By 30 September 2025", end="2025-09",
             update="Laid and published 18 September 2025.", rag="B"),
        dict(ref="BA25/12", minute="4.1", action="Write to the Minister for Children, Young People and The Promise on the outcome of the 2025/26 budget discussions.",
             resp="Chair", lead=["Chair"], when="July 2025", end="2025-07",
             update="Letter issued 9 July 2025.", rag="B"),
    ]),
]
SCRA_RAG = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
SCRA_SHADE = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000", "": None}


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def build_scra(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph(SCRA_TITLE, style="Title")
    p = d.add_paragraph()
    p.add_run("SCRA Board Meeting – Wednesday 24 September 2025").bold = True
    d.add_paragraph("Agenda item 3.1 – Board Action Log and Matters Arising")
    d.add_paragraph("This log records the actions agreed at meetings of the SCRA Board and their current status. "
                    "Completed actions are reported once and are then removed from the log.")
    key = d.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (k, t) in enumerate([("B", "B – Complete"), ("G", "G – On track"), ("A", "A – At risk of slippage"), ("R", "R – Overdue")]):
        set_cell(key.rows[0].cells[i], t, bold=True, size=9)
        shade(key.rows[0].cells[i], SCRA_SHADE[k])
    hdr = ["No.", "Minute ref", "Action", "Responsible", "Timescale", "Update", "RAG"]
    for heading, items in SCRA_SECTIONS:
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for it in items:
            cells = t.add_row().cells
            vals = [it["ref"], it["minute"], it["action"], it["resp"], it["when"], it["update"], it["rag"]]
            for i, v in enumerate(vals):
                set_cell(cells[i], v)
            if SCRA_SHADE[it["rag"]]:
                shade(cells[6], SCRA_SHADE[it["rag"]])
    d.add_paragraph()
    d.add_paragraph("Date of next meeting: Wednesday 26 November 2025, Ochil House, Stirling.")
    d.add_paragraph("Board Secretary, September 2025")
    d.save(path)


# ---------------------------------------------------------------------------
# 5. Sport NI - Digital Investment Platform programme highlight report (docx)
# ---------------------------------------------------------------------------
SNI_FILE = "zsp-sport-ni-digital-investment-platform-programme-highlight-report.docx"
SNI_TITLE = "Digital Investment Platform (DIP) Programme – Highlight Report No. 14"

SNI_WORKSTREAMS = [
    ("Workstream A – System build and configuration", [
        dict(ref="A1", text="Complete configuration of the online application forms for the Lottery-funded Sports System Investment programme",
             owner="Product Owner", lead=["Product Owner"], base="30/09/2025", fore="30/09/2025", end="2025-09",
             prev="G", cur="B", comment="Forms signed off by the Investment team on 26 September."),
        dict(ref="A2", text="User acceptance testing (UAT) of the assessment and award modules",
             owner="Test Lead", lead=["Test Lead"], base="31/10/2025", fore="28/11/2025", end="2025-11",
             prev="G", cur="A", comment="UAT start delayed two weeks by a supplier defect fix; 41 of 63 scripts passed to date."),
        dict(ref="A3", text="Integration of grant payments with the finance system (Dynamics 365)",
             owner="Head of Digital & IT; Finance Manager", lead=["Head of Digital & IT", "Finance Manager"],
             base="31/10/2025", fore="30/01/2026", end="2026-01",
             prev="A", cur="R", comment="Interface specification not yet agreed with the finance system supplier. Change request CR07 raised – see section 5."),
    ]),
    ("Workstream B – Data migration", [
        dict(ref="B1", text="Cleanse and de-duplicate organisation records held in the legacy grants database",
             owner="Data Migration Lead", lead=["Data Migration Lead"], base="31/08/2025", fore="31/10/2025", end="2025-10",
             prev="A", cur="B", comment="Complete. 2,214 duplicate club records merged."),
        dict(ref="B2", text="Trial migration and reconciliation of open awards",
             owner="Data Migration Lead", lead=["Data Migration Lead"], base="14/11/2025", fore="14/11/2025", end="2025-11",
             prev="G", cur="G", comment="Trial load scheduled for w/c 3 November."),
        dict(ref="B3", text="Agree the retention and archiving approach for closed awards older than seven years with the Information Governance Group",
             owner="Information Governance Officer", lead=["Information Governance Officer"], base="31/12/2025", fore="", end="2025-12",
             prev="", cur="G", comment="New action this period."),
    ]),
    ("Workstream C – Business change and training", [
        dict(ref="C1", text="Deliver training for Sport NI investment staff on the new platform",
             owner="Business Change Manager", lead=["Business Change Manager"], base="30/01/2026", fore="27/02/2026", end="2026-02",
             prev="G", cur="A", comment="Re-planned to follow UAT; training materials 60% drafted."),
        dict(ref="C2", text="Prepare guidance and webinars for governing bodies, clubs and councils applying through the new portal",
             owner="Business Change Manager; Communications Manager", lead=["Business Change Manager", "Communications Manager"],
             base="27/02/2026", fore="27/02/2026", end="2026-02",
             prev="G", cur="G", comment="Stakeholder communications plan approved by Programme Board in October."),
        dict(ref="C3", text="Go-live readiness review and decision",
             owner="Senior Responsible Owner", lead=["Senior Responsible Owner"], base="March 2026", fore="April 2026", end="2026-04",
             prev="G", cur="A", comment="Go-live forecast moved to April 2026 subject to the CR07 decision."),
    ]),
]
SNI_SHADE = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}
SNI_RAG = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}


def build_sni(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph(SNI_TITLE, style="Title")
    d.add_paragraph("Sport Northern Ireland – Corporate Services Directorate")
    info = [("Reporting period", "1 – 31 October 2025"), ("Report to", "DIP Programme Board – 13 November 2025"),
            ("Prepared by", "Programme Manager"), ("Senior Responsible Owner", "Director of Corporate Services"),
            ("Version", "1.0 – Final")]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], v)

    d.add_heading("1. Overall status", level=1)
    st = [("Dimension", "Last period", "This period", "Commentary"),
          ("Overall", "A", "A", "Build is progressing but the finance integration is now critical path."),
          ("Schedule", "A", "R", "Go-live forecast moved from March to April 2026."),
          ("Budget", "G", "G", "£1.42m spent against £3.1m approved whole-life budget."),
          ("Scope", "G", "A", "CR07 (finance interface) awaiting decision."),
          ("Resources", "A", "A", "Test Lead vacancy covered by the supplier until December.")]
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(st):
        cells = t.add_row().cells
        for j, v in enumerate(r):
            set_cell(cells[j], v, bold=(i == 0))
            if i and j in (1, 2):
                shade(cells[j], SNI_SHADE[v])

    d.add_heading("2. Summary of progress this period", level=1)
    d.add_paragraph("Application form configuration was completed and the legacy data cleanse finished ahead of the trial migration. "
                    "User acceptance testing started on 13 October, two weeks later than planned. The finance system interface "
                    "remains the main risk to the go-live date.")

    d.add_heading("3. Milestones and actions by workstream", level=1)
    hdr = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "Previous RAG", "Current RAG", "Comment"]
    for ws_name, items in SNI_WORKSTREAMS:
        d.add_heading(ws_name, level=2)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True, size=9)
            shade(t.rows[0].cells[i], "DEEAF6")
        for it in items:
            cells = t.add_row().cells
            vals = [it["ref"], it["text"], it["owner"], it["base"], it["fore"], it["prev"], it["cur"], it["comment"]]
            for i, v in enumerate(vals):
                set_cell(cells[i], v, size=9)
            if it["prev"]:
                shade(cells[5], SNI_SHADE[it["prev"]])
            shade(cells[6], SNI_SHADE[it["cur"]])

    d.add_heading("4. Key risks and issues", level=1)
    for b in ["Finance interface (Issue I-09): without an agreed specification by 30 November the go-live date of April 2026 cannot be held.",
              "Resourcing (Risk R-04): the Test Lead post remains vacant; supplier cover ends in December.",
              "Applicant readiness (Risk R-11): smaller clubs may struggle with online-only applications; assisted digital support is being planned."]:
        d.add_paragraph(b, style="List Bullet")

    d.add_heading("5. Decisions required from Programme Board", level=1)
    d.add_paragraph("Programme Board is asked to approve change request CR07 (additional supplier days for the finance interface, £38,500 from programme contingency) "
                    "and to note the revised go-live forecast of April 2026.")

    d.add_heading("RAG definitions", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("B", "Complete"), ("G", "On track to baseline date"), ("A", "Forecast later than baseline but recoverable / within tolerance"),
                 ("R", "Forecast outside tolerance – Programme Board intervention needed")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], SNI_SHADE[k])
        set_cell(cells[1], v)
    d.save(path)


# ---------------------------------------------------------------------------
# 6. Chesham Town Council - governance & audit action plan, Planner export (csv)
# ---------------------------------------------------------------------------
CTC_FILE = "zsp-chesham-town-council-governance-action-plan-planner-export.csv"
CTC_TITLE = "Chesham Town Council – Governance & Audit Action Plan 2025-26"

# (task id, name, bucket, progress, priority, assigned, created, start, due, late, completed date, completed by,
#  checklist done, checklist total, labels, description, expected status, end)
CTC_TASKS = [
    ("kP3x9WQvUE6mZ0t1", "Adopt updated Financial Regulations based on the 2024 NALC model", "Internal audit 2024-25",
     "Completed", "Important", "Karen Whitfield", "14/05/2025", "19/05/2025", "30/06/2025", "false", "24/06/2025", "Karen Whitfield",
     "2", "2", "", "Internal auditor: Financial Regulations last reviewed 2019 and do not reflect the 2024 model. Adopted at Full Council 23 June 2025 (min. 25/061).",
     "blue", "2025-06"),
    ("bR7yT2LmQ0aV4nXe", "Record all bank reconciliations as approved by a councillor (not the RFO) and minute them at each Finance Committee",
     "Internal audit 2024-25", "In progress", "Urgent", "Karen Whitfield;Cllr Peter Dawes", "14/05/2025", "01/06/2025", "31/10/2025", "false", "", "",
     "3", "4", "On track", "Internal auditor recommendation 2. Reconciliations now signed monthly; minuting at committee to start October.",
     "green", "2025-10"),
    ("cF5uB8JdW1sN6gHo", "Review the asset register and reconcile to the insurance schedule", "Internal audit 2024-25",
     "In progress", "Medium", "Tom Ashby", "14/05/2025", "01/07/2025", "30/09/2025", "true", "", "",
     "1", "3", "Overdue", "Asset register missing play equipment added at Lowndes Park in 2024. Insurance schedule requested from broker.",
     "red", "2025-09"),
    ("dQ2pZ6KrV9cE3jLw", "Publish the 2024-25 AGAR, notice of conclusion of audit and external auditor report on the website",
     "External audit (AGAR) 2024-25", "Completed", "Urgent", "Tom Ashby", "02/06/2025", "02/06/2025", "30/09/2025", "false", "26/09/2025", "Tom Ashby",
     "0", "0", "", "Required under the Accounts and Audit Regulations 2015.", "blue", "2025-09"),
    ("eW8sM3NtY5hA1kPz", "Respond to the external auditor’s ‘other matters’ comment on the late publication of the period for the exercise of public rights",
     "External audit (AGAR) 2024-25", "In progress", "Important", "Karen Whitfield", "02/10/2025", "06/10/2025", "20/11/2025", "false", "", "",
     "0", "2", "At risk", "Report to Finance Committee in November with a revised year-end timetable for 2025-26.",
     "amber", "2025-11"),
    ("fH4vC7XqU2bK8mRi", "Review and re-adopt the risk management policy and strategic risk register", "Risk management",
     "In progress", "Important", "Karen Whitfield", "14/05/2025", "01/09/2025", "18/12/2025", "false", "", "",
     "1", "3", "On track", "Annual review required. Draft register circulated to Policy & Resources Committee members for comment.",
     "green", "2025-12"),
    ("gJ1nD5LwS8eT2qVa", "Carry out a fire risk assessment and legionella check for the Council’s offices and public toilets",
     "Risk management", "Not started", "Medium", "Tom Ashby", "14/05/2025", "", "31/01/2026", "false", "", "",
     "0", "0", "", "Quotes to be obtained from three contractors.", "unrated", "2026-01"),
    ("hL9kF2PzR4dW7sYb", "Arrange cyber security and data protection training for staff and councillors", "Risk management",
     "Not started", "Low", "Sophie Grant", "14/05/2025", "", "", "false", "", "",
     "0", "0", "", "Date to be agreed once the new councillor induction programme is in place.", "unrated", None),
    ("iN6hG9QxT1fZ3uCd", "Review Standing Orders against the 2025 NALC model and recommend changes to Full Council",
     "Policies and standing orders", "In progress", "Important", "Karen Whitfield;Sophie Grant", "03/06/2025", "01/09/2025", "15/12/2025", "false", "", "",
     "2", "5", "On track", "Working group of three councillors meeting fortnightly.", "green", "2025-12"),
    ("jP3gH7RyV5aB9wEf", "Adopt a Members’ Code of Conduct complaints protocol agreed with Buckinghamshire Council’s Monitoring Officer",
     "Policies and standing orders", "In progress", "Medium", "Karen Whitfield", "03/06/2025", "01/08/2025", "30/09/2025", "true", "", "",
     "1", "2", "Overdue", "Awaiting response from Buckinghamshire Council.", "red", "2025-09"),
    ("kR5fJ1TzW7cD2xGh", "Publish quarterly spending over £500 and councillor allowances under the Transparency Code",
     "Transparency and website", "Completed", "Medium", "Sophie Grant", "14/05/2025", "01/07/2025", "31/07/2025", "false", "30/07/2025", "Sophie Grant",
     "0", "0", "", "Q1 published. Recurring quarterly task.", "blue", "2025-07"),
    ("lT8dK4UaX0eF6yJi", "Check the website meets accessibility regulations and publish an accessibility statement",
     "Transparency and website", "In progress", "Low", "Sophie Grant", "14/05/2025", "01/10/2025", "31/03/2026", "false", "", "",
     "0", "3", "On track", "Free audit offered by BMKALC.", "green", "2026-03"),
]
CTC_HEADER = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By", "Created Date",
              "Start date", "Due date", "Is Recurring", "Late", "Completed Date", "Completed By", "Completed Checklist Items",
              "Checklist Items", "Labels", "Description"]


def build_ctc(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Plan name", CTC_TITLE])
    w.writerow(["Plan ID", "Zq4mW8vHfUeYt3Rk9LnB2GcAx7Ps"])
    w.writerow(["Export date", "14/10/2025"])
    w.writerow([])
    w.writerow(CTC_HEADER)
    for t in CTC_TASKS:
        (tid, name, bucket, prog, prio, assigned, created, start, due, late, cdate, cby, cdone, ctot, labels, desc, _s, _e) = t
        w.writerow([tid, name, bucket, prog, prio, assigned, "Karen Whitfield", created, start, due, "false", late, cdate, cby,
                    cdone, ctot, labels, desc])
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Clyde Valley Housing Association - ICO reprimand action plan (tab-separated txt)
# ---------------------------------------------------------------------------
CVH_FILE = "zsp-clyde-valley-housing-association-ico-reprimand-action-plan.txt"
CVH_TITLE = "Clyde Valley Housing Association – ICO Reprimand Improvement Action Plan"

CVH_SECTIONS = [
    ("ICO recommendation 1 – Ensure rigorous testing that focuses on data protection is undertaken before any future portal or digital service is rolled out", [
        ("1.1", "Introduce a digital change gateway: no new or changed customer-facing system goes live without a signed-off data protection test plan", "Head of IT and Digital", ["Head of IT and Digital"], "31/10/2024", "2024-10", "Complete", "blue",
         "Gateway procedure approved by the Leadership Team 15 October 2024."),
        ("1.2", "Complete a Data Protection Impact Assessment for the relaunched customer portal, including role-based access testing with test accounts for each tenancy type", "Data Protection Officer", ["Data Protection Officer"], "Dec-24", "2024-12", "Complete", "blue",
         "DPIA signed off; penetration test by external provider found no high-risk issues."),
        ("1.3", "Pilot the relaunched portal with a tenant panel of 30 customers before full launch", "Customer Services Manager / Head of IT and Digital", ["Customer Services Manager", "Head of IT and Digital"], "End of January 2025", "2025-01", "Green", "green",
         "Tenant panel recruited through the Tenants’ Forum; pilot to start 13 January."),
    ]),
    ("ICO recommendation 2 – Review data protection training to ensure it is relevant to, and adequate for, the staff receiving it", [
        ("2.1", "Review the data protection e-learning and add role-specific modules for customer service, housing officers and IT staff", "People and Organisational Development Manager", ["People and Organisational Development Manager"], "Q4 2024/25", "2025-03", "Amber", "amber",
         "Supplier content reviewed; role-specific modules behind schedule due to procurement of new learning platform."),
        ("2.2", "All customer-facing staff to complete refreshed training, with completion reported to the Audit and Risk Committee", "Director of Customer Services", ["Director of Customer Services"], "31/03/2025", "2025-03", "Not started", "unrated",
         "Depends on 2.1."),
    ]),
    ("Our own review – breach reporting and escalation", [
        ("3.1", "Rewrite the personal data breach procedure with a one-page escalation flowchart and a 24-hour internal reporting rule", "Data Protection Officer", ["Data Protection Officer"], "30 November 2024", "2024-11", "Complete", "blue",
         "Approved and issued to all staff; flowchart on every desk and the intranet front page."),
        ("3.2", "Add a ‘possible data breach’ option to the contact centre call categories so that reports are routed straight to the DPO", "Customer Services Manager", ["Customer Services Manager"], "Nov-24", "2024-11", "Red", "red",
         "Change to telephony system still awaited from supplier – escalated."),
        ("3.3", "Run a data breach table-top exercise with the Leadership Team and report lessons to the Board", "Director of Corporate Services", ["Director of Corporate Services"], "Ongoing – annual", None, "Green", "green",
         "First exercise held 4 September 2024; next planned for September 2025."),
    ]),
]


def cvh_lines():
    ncol = 6
    L = []

    def row(*cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        L.append("\t".join(cells))

    row(CVH_TITLE)
    row("Information Commissioner’s Office reprimand issued April 2024 – customer portal personal data breach (July 2022)")
    row("Report to:", "Audit and Risk Committee – 12 December 2024")
    row("Lead Director:", "Director of Corporate Services")
    row("Status key:", "Complete", "Green = on track", "Amber = at risk of missing target date", "Red = target date missed", "Not started")
    row()
    row("Ref", "Action", "Lead officer", "Target date", "Status", "Progress update")
    for heading, items in CVH_SECTIONS:
        row(heading)
        for (ref, text, lead, _ll, date, _e, status, _s, upd) in items:
            row(ref, text, lead, date, status, upd)
        row()
    row("Notes:")
    row("1. The portal was suspended on 27 July 2022 and relaunched in a restricted form (rent account and repairs only) in March 2023.")
    row("2. This plan will be reported to each Audit and Risk Committee until all actions are complete.")
    return L


def build_cvh(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(cvh_lines()) + "\r\n")


def main():
    build_nis(os.path.join(HERE, NIS_FILE))
    typo_row = build_hyde(os.path.join(HERE, HYDE_FILE))
    build_crt(os.path.join(HERE, CRT_FILE))
    build_scra(os.path.join(HERE, SCRA_FILE))
    build_sni(os.path.join(HERE, SNI_FILE))
    build_ctc(os.path.join(HERE, CTC_FILE))
    build_cvh(os.path.join(HERE, CVH_FILE))
    print("Hyde typo month on sheet row", typo_row)


if __name__ == "__main__":
    main()
