#!/usr/bin/env python
"""Build the seven qf- cases of blind set heldout462.

Run:  python qf_make.py             -> writes the seven data files
      python qf_make.py --expected  -> also (re)writes the qf-*.expected.yaml readings

Every action below carries both what is written into the file and what a person
reads from it (lead list, end month, status); the expected readings are set by
hand per action, not derived from the cells.
"""
import csv
import datetime as dt
import os
import sys

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, GREY = "FF0070C0", "FF00B050", "FFFFC000", "FFFF0000", "FFD9D9D9"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(c):
    return PatternFill(fill_type="solid", start_color=c, end_color=c)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Greater Manchester Combined Authority - internal audit actions tracker (xlsx)
# ---------------------------------------------------------------------------
GMCA_FILE = "qf-greater-manchester-ca-internal-audit-recommendations-tracker.xlsx"
GMCA_TITLE = "Internal Audit Follow-Up: Agreed Management Actions Tracker"
GMCA_STATUS = {"Implemented": "blue", "On track": "green", "Revised date": "amber", "Overdue": "red"}
GMCA = [
    {
        "band": "2024/25 – Payroll: Starters, Leavers and Contractual Changes (Limited Assurance)",
        "recs": [
            {
                "rec": "Leaver notifications from managers should be received before the final pay date and "
                       "reconciled to the payroll each month so that overpayments are prevented.",
                "priority": "High",
                "actions": [
                    dict(ref="PAY-01",
                         action="Introduce a monthly reconciliation of leavers recorded in the HR system to the "
                                "payroll, signed off by the Payroll Manager.",
                         owner="Head of HR Operations", lead=["Head of HR Operations"],
                         orig=d(2025, 3, 31), rev=d(2025, 9, 30), st="Implemented",
                         upd="Monthly reconciliation in place since July 2025; sample of three months tested by "
                             "Internal Audit in October 2025.",
                         end="2025-09"),
                    dict(ref="PAY-02",
                         action="Issue revised guidance to line managers requiring leaver forms to be submitted at "
                                "least 10 working days before the leaving date, and report late notifications to "
                                "Directors quarterly.",
                         owner="Head of Payroll / Head of HR Operations",
                         lead=["Head of Payroll", "Head of HR Operations"],
                         orig=d(2025, 3, 31), rev=d(2026, 1, 31), st="Revised date",
                         upd="Guidance drafted; awaiting sign-off at the People Board on 14 January 2026. First "
                             "quarterly report due April 2026.",
                         end="2026-01"),
                ],
            },
            {
                "rec": "Contractual changes (hours, grade and allowances) should be evidenced by an approved change "
                       "form before they are processed.",
                "priority": "Medium",
                "actions": [
                    dict(ref="PAY-03",
                         action="Configure the self-service change form so that payroll cannot process a change "
                                "without Budget Holder approval being recorded.",
                         owner="Payroll Manager", lead=["Payroll Manager"],
                         orig=d(2025, 6, 30), rev=None, st="Overdue",
                         upd="System supplier change request raised in May 2025 and not yet delivered. Escalated "
                             "to the Director of Finance.",
                         end="2025-06"),
                ],
            },
        ],
    },
    {
        "band": "2024/25 – Adult Skills Fund: Grant Monitoring of Providers (Moderate Assurance)",
        "recs": [
            {
                "rec": "Provider monitoring visits should follow a risk-based annual schedule approved by "
                       "management.",
                "priority": "Medium",
                "actions": [
                    dict(ref="ASF-01",
                         action="Produce and approve a risk-rated 2025/26 monitoring visit schedule covering all "
                                "grant-funded providers.",
                         owner="Head of Skills Funding and Performance",
                         lead=["Head of Skills Funding and Performance"],
                         orig=d(2025, 7, 31), rev=None, st="Implemented",
                         upd="Schedule approved 24 July 2025; 38 of 41 visits completed to date.",
                         end="2025-07"),
                ],
            },
            {
                "rec": "Funding claw-back arising from provider audits should be raised promptly and tracked to "
                       "recovery.",
                "priority": "High",
                "actions": [
                    dict(ref="ASF-02",
                         action="Implement a claw-back register recording the amount, date raised and date "
                                "recovered for each provider adjustment.",
                         owner="Head of Skills Funding and Performance",
                         lead=["Head of Skills Funding and Performance"],
                         orig=d(2025, 9, 30), rev=d(2026, 3, 31), st="Revised date",
                         upd="Register built in the grants system; historic adjustments from 2023/24 still being "
                             "loaded.",
                         end="2026-03"),
                    dict(ref="ASF-03",
                         action="Report outstanding claw-back balances over 90 days to the Skills Funding Board "
                                "each quarter.",
                         owner="Assistant Director, Work and Skills",
                         lead=["Assistant Director, Work and Skills"],
                         orig=d(2026, 3, 31), rev=None, st="On track",
                         upd="First report scheduled for the March 2026 Board.",
                         end="2026-03"),
                ],
            },
        ],
    },
    {
        "band": "2025/26 – Cyber Security: Third-Party Access Management (Limited Assurance)",
        "recs": [
            {
                "rec": "All third-party accounts with access to GMCA systems should be recorded, owned and reviewed "
                       "at least every six months.",
                "priority": "High",
                "actions": [
                    dict(ref="CYB-01",
                         action="Complete an inventory of all third-party accounts and assign an internal owner to "
                                "each.\nRemove dormant accounts with no log-in for 90 days.",
                         owner="Chief Information Officer", lead=["Chief Information Officer"],
                         orig=d(2025, 10, 31), rev=None, st="Implemented",
                         upd="Inventory of 214 accounts complete; 57 dormant accounts disabled on 28 October 2025.",
                         end="2025-10"),
                ],
            },
            {
                "rec": "Contracts with suppliers who access GMCA systems should contain current cyber security and "
                       "data protection clauses.",
                "priority": "High",
                "actions": [
                    dict(ref="CYB-02",
                         action="Review the 12 highest-risk supplier contracts and agree contract variations where "
                                "security clauses are missing.",
                         owner="Head of Cyber Security; Head of Procurement",
                         lead=["Head of Cyber Security", "Head of Procurement"],
                         orig=d(2025, 11, 30), rev=None, st="Overdue",
                         upd="7 of 12 contracts reviewed; variations agreed for 3. Revised date to be proposed to "
                             "the Committee.",
                         end="2025-11"),
                ],
            },
            {
                "rec": "Privileged remote access by suppliers should use multi-factor authentication and be logged.",
                "priority": "Medium",
                "actions": [
                    dict(ref="CYB-03",
                         action="Move all supplier remote access to the managed privileged access gateway with MFA "
                                "and session logging.",
                         owner="Head of Digital Services", lead=["Head of Digital Services"],
                         orig=d(2026, 3, 31), rev=None, st="On track",
                         upd="Gateway live; 9 of 15 suppliers migrated.",
                         end="2026-03"),
                ],
            },
        ],
    },
]


def build_gmca(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Greater Manchester Combined Authority"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Audit Committee – 21 January 2026"
    cov["A3"] = GMCA_TITLE
    cov["A3"].font = Font(bold=True, size=13)
    cov["A4"] = "Appendix 2 – Open and recently implemented actions (position at 31 December 2025)"
    cov["A6"], cov["B6"] = "Report of:", "Head of Audit and Assurance"
    cov["A7"], cov["B7"] = "Purpose:", ("To update the Committee on progress in implementing actions agreed in "
                                        "response to internal audit reports issued in 2024/25 and 2025/26.")
    cov["A9"] = "Status key"
    cov["A9"].font = Font(bold=True)
    key = [("Implemented", "Action complete; evidence reviewed by Internal Audit"),
           ("On track", "In progress and expected by the target date"),
           ("Revised date", "Management has agreed a revised target date"),
           ("Overdue", "Target date passed with no agreed revision")]
    for i, (k, v) in enumerate(key, start=10):
        cov.cell(i, 1, k).fill = solid(FILL[GMCA_STATUS[k]])
        cov.cell(i, 2, v)
    cov["A15"] = "Priority: High / Medium / Low as rated in the original audit report."
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 90

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of actions by audit"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Audit", "Actions", "Implemented", "On track", "Revised date", "Overdue"]
    for j, h in enumerate(hdr, 1):
        c = summ.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = solid(GREY)
    r = 4
    tot = [0] * 5
    for grp in GMCA:
        acts = [a for rec in grp["recs"] for a in rec["actions"]]
        counts = [len(acts)] + [sum(1 for a in acts if a["st"] == k) for k in hdr[2:]]
        summ.cell(r, 1, grp["band"])
        for j, n in enumerate(counts, 2):
            summ.cell(r, j, n)
        tot = [x + y for x, y in zip(tot, counts)]
        r += 1
    summ.cell(r, 1, "Total").font = Font(bold=True)
    for j, n in enumerate(tot, 2):
        summ.cell(r, j, n).font = Font(bold=True)
    summ.column_dimensions["A"].width = 80

    ws = wb.create_sheet("Tracker")
    ws["A1"] = GMCA_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position at 31 December 2025"
    heads = ["Ref", "Finding and recommendation", "Priority", "Agreed management action", "Action owner",
             "Original target date", "Revised target date", "Status", "Progress update (December 2025)"]
    widths = [9, 48, 10, 52, 30, 13, 13, 13, 50]
    for j, (h, w) in enumerate(zip(heads, widths), 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = solid("FF1F3864")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[chr(64 + j)].width = w
    r = 5
    for grp in GMCA:
        ws.cell(r, 1, grp["band"]).font = Font(bold=True)
        ws.cell(r, 1).fill = solid(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec in grp["recs"]:
            first = r
            ws.cell(r, 2, rec["rec"])
            ws.cell(r, 3, rec["priority"])
            for a in rec["actions"]:
                ws.cell(r, 1, a["ref"])
                ws.cell(r, 4, a["action"])
                ws.cell(r, 5, a["owner"])
                c = ws.cell(r, 6, a["orig"])
                c.number_format = "dd/mm/yyyy"
                if a["rev"]:
                    c = ws.cell(r, 7, a["rev"])
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(r, 8, a["st"])
                c.fill = solid(FILL[GMCA_STATUS[a["st"]]])
                ws.cell(r, 9, a["upd"])
                for j in range(1, 10):
                    ws.cell(r, j).alignment = WRAP
                    ws.cell(r, j).border = BOX
                a["status"] = GMCA_STATUS[a["st"]]
                a["under"] = [grp["band"], rec["rec"]]
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(r, 1, "Actions implemented and verified are removed from the tracker after being reported to one "
                  "meeting of the Committee.").font = Font(italic=True)
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(path)
    return [a for g in GMCA for rec in g["recs"] for a in rec["actions"]]


# ---------------------------------------------------------------------------
# 2. United Utilities Water - Ofwat performance commitment recovery plan (xlsx)
# ---------------------------------------------------------------------------
UU_FILE = "qf-united-utilities-ofwat-performance-commitment-recovery-plan.xlsx"
UU_TITLE = "Performance Commitment Recovery Plan 2025-26"
UU_RAG = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
UU = [
    {
        "sheet": "1 Leakage", "head": "Workstream 1: Leakage",
        "pc": "Performance commitment: Leakage (three-year average, % reduction from 2019-20 baseline)",
        "sponsor": "Executive sponsor: Director of Water Services",
        "figs": ("Leakage", "14.1%", "17.8%"),
        "actions": [
            dict(ref="L1", action="Deploy a further 12,000 acoustic loggers across the Manchester and Pennine "
                                  "DMAs to shorten awareness time on new bursts.",
                 owner="Head of Leakage", lead=["Head of Leakage"], orig=d(2026, 3, 31), rev=None,
                 prev="Green", cur="Green", com="8,450 loggers installed by 31 December; on plan.", end="2026-03"),
            dict(ref="L2", action="Complete the pressure management scheme upgrade at 45 priority district "
                                  "metered areas.",
                 owner="Head of Network Optimisation / Programme Manager, Capital Delivery",
                 lead=["Head of Network Optimisation", "Programme Manager, Capital Delivery"],
                 orig=d(2025, 12, 31), rev=d(2026, 6, 30), prev="Amber", cur="Amber",
                 com="31 of 45 complete. Valve supply delays; revised date agreed at the Recovery Board in "
                     "November.", end="2026-06"),
            dict(ref="L3", action="Recruit and train 40 additional leakage technicians through the UU "
                                  "apprenticeship route.",
                 owner="Leakage Resourcing Lead", lead=["Leakage Resourcing Lead"], orig=d(2025, 9, 30),
                 rev=None, prev="Green", cur="Blue", com="All 40 in post and signed off as competent.",
                 end="2025-09"),
        ],
    },
    {
        "sheet": "2 Supply interruptions", "head": "Workstream 2: Supply interruptions",
        "pc": "Performance commitment: Water supply interruptions (average minutes lost per property over "
              "three hours)",
        "sponsor": "Executive sponsor: Director of Water Services",
        "figs": ("Supply interruptions", "11:52", "05:00"),
        "actions": [
            dict(ref="S1", action="Install 60 additional line-stops and under-pressure valves on trunk mains "
                                  "feeding single-supply zones.",
                 owner="Head of Water Networks", lead=["Head of Water Networks"], orig=d(2026, 3, 31), rev=None,
                 prev="Amber", cur="Red",
                 com="Only 22 installed. Road space permits refused on two corridors; escalated to Executive.",
                 end="2026-03"),
            dict(ref="S2", action="Roll out the rezoning playbook to all control-room shifts, with quarterly "
                                  "exercises.",
                 owner="Integrated Control Centre Manager", lead=["Integrated Control Centre Manager"],
                 orig=d(2025, 10, 31), rev=None, prev="Green", cur="Blue",
                 com="Playbook live on all five shifts; first exercise held 9 October.", end="2025-10"),
        ],
    },
    {
        "sheet": "3 Internal sewer flooding", "head": "Workstream 3: Internal sewer flooding",
        "pc": "Performance commitment: Internal sewer flooding (incidents per 10,000 sewer connections)",
        "sponsor": "Executive sponsor: Director of Wastewater Services",
        "figs": ("Internal sewer flooding", "2.31", "1.64"),
        "actions": [
            dict(ref="F1", action="Survey and clean 1,800 km of sewers in the top 200 repeat-flooding "
                                  "catchments.",
                 owner="Head of Wastewater Network", lead=["Head of Wastewater Network"], orig=d(2026, 3, 31),
                 rev=None, prev="Green", cur="Green", com="1,260 km complete.", end="2026-03"),
            dict(ref="F2", action="Fit 950 non-return valves and flood-protection products at properties on the "
                                  "repeat-flooding register.",
                 owner="Customer Flooding Team Leader", lead=["Customer Flooding Team Leader"],
                 orig=d(2025, 12, 31), rev=d(2026, 3, 31), prev="Amber", cur="Green",
                 com="Second installer appointed in October; 780 fitted and now on track for the revised date.",
                 end="2026-03"),
            dict(ref="F3", action="Run the ‘Love your drain’ fats, oils and grease campaign in 30 hotspot areas, "
                                  "with follow-up visits to food outlets.",
                 owner="Sewer Blockage Prevention Manager", lead=["Sewer Blockage Prevention Manager"],
                 orig=d(2026, 1, 31), rev=None, prev="Green", cur="Green",
                 com="24 areas complete; 1,150 food outlets visited.", end="2026-01"),
        ],
    },
    {
        "sheet": "4 Pollution incidents", "head": "Workstream 4: Pollution incidents",
        "pc": "Performance commitment: Total pollution incidents (category 1-3, per 10,000 km of sewer)",
        "sponsor": "Executive sponsor: Director of Wastewater Services",
        "figs": ("Pollution incidents", "24.9", "19.0"),
        "actions": [
            dict(ref="P1", action="Install telemetry on the remaining 310 wastewater pumping stations without "
                                  "high-level alarms.",
                 owner="Head of Wastewater Treatment; Head of Telemetry & Automation",
                 lead=["Head of Wastewater Treatment", "Head of Telemetry & Automation"],
                 orig=d(2026, 3, 31), rev=d(2026, 9, 30), prev="Amber", cur="Red",
                 com="Outstation hardware shortage; 118 of 310 fitted. Will miss the revised date without a "
                     "second supplier.", end="2026-09"),
            dict(ref="P2", action="Introduce a 30-minute attendance standard for high-priority pumping station "
                                  "alarms and report compliance weekly.",
                 owner="Wastewater Operations Manager", lead=["Wastewater Operations Manager"],
                 orig=d(2025, 11, 30), rev=None, prev="Green", cur="Blue",
                 com="Standard in force from 3 November; weekly compliance 93%.", end="2025-11"),
        ],
    },
]


def build_uu(path):
    wb = Workbook()
    ds = wb.active
    ds.title = "Dashboard"
    ds["A1"] = "United Utilities Water Limited"
    ds["A1"].font = Font(bold=True, size=14, color="FF003C71")
    ds["A2"] = UU_TITLE
    ds["A2"].font = Font(bold=True, size=13)
    ds["A3"] = "Update to Ofwat – Quarter 3 (position at 31 December 2025)"
    hdr = ["Workstream", "Performance commitment", "2024-25 actual", "2025-26 PCL", "Actions", "Blue",
           "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, 1):
        c = ds.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = solid(GREY)
        c.border = BOX
    r = 6
    tot = [0] * 5
    for ws_ in UU:
        acts = ws_["actions"]
        counts = [len(acts)] + [sum(1 for a in acts if a["cur"] == k) for k in ("Blue", "Green", "Amber", "Red")]
        vals = [ws_["head"], *ws_["figs"]] + counts
        for j, v in enumerate(vals, 1):
            ds.cell(r, j, v).border = BOX
        tot = [x + y for x, y in zip(tot, counts)]
        r += 1
    ds.cell(r, 1, "Total").font = Font(bold=True)
    for j, n in enumerate(tot, 5):
        ds.cell(r, j, n).font = Font(bold=True)
    ds.cell(r + 2, 1, "RAG key").font = Font(bold=True)
    key = [("Blue", "Action complete"), ("Green", "On track to original or revised date"),
           ("Amber", "At risk; mitigation in place"), ("Red", "Will miss revised date; escalated to Executive")]
    for i, (k, v) in enumerate(key, r + 3):
        ds.cell(i, 1, k).fill = solid(FILL[UU_RAG[k]])
        ds.cell(i, 2, v)
    ds.column_dimensions["A"].width = 36
    ds.column_dimensions["B"].width = 26

    heads = ["Ref", "Action", "Owner", "Original date", "Revised date", "Previous RAG (Q2)", "Current RAG (Q3)",
             "Q3 commentary"]
    widths = [7, 60, 34, 12, 12, 11, 11, 60]
    for wsd in UU:
        ws = wb.create_sheet(wsd["sheet"])
        ws["A1"] = wsd["head"]
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = wsd["pc"]
        ws["A3"] = wsd["sponsor"]
        ws["A3"].font = Font(italic=True)
        for j, (h, w) in enumerate(zip(heads, widths), 1):
            c = ws.cell(5, j, h)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = solid("FF003C71")
            c.alignment = WRAP
            c.border = BOX
            ws.column_dimensions[chr(64 + j)].width = w
        for i, a in enumerate(wsd["actions"], 6):
            ws.cell(i, 1, a["ref"])
            ws.cell(i, 2, a["action"])
            ws.cell(i, 3, a["owner"])
            ws.cell(i, 4, a["orig"]).number_format = "mmm-yy"
            if a["rev"]:
                ws.cell(i, 5, a["rev"]).number_format = "mmm-yy"
            ws.cell(i, 6, a["prev"]).fill = solid(FILL[UU_RAG[a["prev"]]])
            ws.cell(i, 7, a["cur"]).fill = solid(FILL[UU_RAG[a["cur"]]])
            ws.cell(i, 8, a["com"])
            for j in range(1, 9):
                ws.cell(i, j).alignment = WRAP
                ws.cell(i, j).border = BOX
            a["status"] = UU_RAG[a["cur"]]
            a["under"] = [wsd["head"]]
    cl = wb.create_sheet("Change log")
    for j, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        cl.cell(1, j, h).font = Font(bold=True)
    rows = [("v1.0", d(2025, 7, 18), "Regulatory Reporting", "Plan submitted to Ofwat"),
            ("v1.1", d(2025, 10, 17), "Regulatory Reporting", "Q2 update; L2 and F2 revised dates added"),
            ("v1.2", d(2026, 1, 16), "Regulatory Reporting", "Q3 update; P1 revised date added")]
    for i, row in enumerate(rows, 2):
        for j, v in enumerate(row, 1):
            c = cl.cell(i, j, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    wb.save(path)
    return [a for w in UU for a in w["actions"]]


# ---------------------------------------------------------------------------
# 3. Lake District NPA - strategic risk register (xlsx) - REFUSE (typo month)
# ---------------------------------------------------------------------------
LD_FILE = "qf-lake-district-npa-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
LD_TITLE = "Strategic Risk Register 2025/26 – Quarter 2 review"
LD = [
    dict(ref="SR1", owner="Chief Executive",
         risk="Funding: a further real-terms reduction in National Park Grant means the Authority cannot "
              "deliver the Partnership Plan and its statutory duties.",
         inh=(4, 5), controls="Medium-term financial plan; income generation strategy; reserves policy.",
         res=(4, 4), trend="↑",
         actions=[("Agree a balanced 2026/27 budget with a savings programme of at least £450k.",
                   "Head of Finance", "March 2026"),
                  ("Increase commercial income from car parks and visitor centres by 8%.",
                   "Head of Visitor Services / Commercial Manager", "Ongoing")]),
    dict(ref="SR2", owner="Director of Land and Nature",
         risk="Climate and nature: the Authority fails to meet its Protected Landscapes Targets and Outcomes "
              "Framework commitments for nature recovery.",
         inh=(4, 4), controls="Nature recovery plan; FiPL programme; partnership with the Cumbria LNRS.",
         res=(3, 4), trend="→",
         actions=[("Publish the Lake District nature recovery delivery plan with measurable 2030 targets.",
                   "Nature Recovery Manager", "December 2025"),
                  ("Complete the baseline habitat condition survey for the Authority's own estate.",
                   "Estates Manager", "Febuary 2026"),
                  ("Report progress against the targets framework to the Park Authority twice a year.",
                   "Director of Land and Nature", "Ongoing")]),
    dict(ref="SR3", owner="Director of Sustainable Development",
         risk="Visitor pressure: peak-season visitor numbers cause congestion, erosion and harm to communities "
              "and the Authority's reputation.",
         inh=(5, 3), controls="Visitor management plan; ranger deployment; joint traffic plans with Westmorland "
                              "and Furness Council.",
         res=(4, 3), trend="→",
         actions=[("Introduce the summer 2026 park-and-ride trial for the Langdale and Coniston valleys.",
                   "Sustainable Transport Officer", "June 2026"),
                  ("Agree a multi-agency protocol for illegal camping and fires with Cumbria Police.",
                   "Head of Rangers", "April 2026")]),
    dict(ref="SR4", owner="Head of Corporate Services",
         risk="Cyber security: a cyber attack causes loss of systems or data and disrupts planning and "
              "statutory services.",
         inh=(3, 5), controls="Cyber Essentials Plus; MFA for all staff; offsite backups.",
         res=(2, 5), trend="↓",
         actions=[("Test the ICT disaster recovery plan with a full restore exercise.",
                   "ICT Manager", "January 2026")]),
]


def score_fill(s):
    return GREEN if s <= 6 else (AMBER if s <= 12 else RED)


def build_ld(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "Lake District National Park Authority"
    ws["A1"].font = Font(bold=True, size=14, color="FF2E5E2E")
    ws["A2"] = LD_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Audit and Risk Committee, 11 November 2025 – Agenda item 7, Appendix 1"
    top = ["Ref", "Risk", "Risk owner", "Inherent risk", None, None, "Key controls in place", "Residual risk",
           None, None, "Further action", "Action owner", "Target date", "Trend"]
    sub = [None, None, None, "L", "I", "Score", None, "L", "I", "Score", None, None, None, None]
    widths = [6, 48, 22, 5, 5, 7, 40, 5, 5, 7, 50, 28, 14, 7]
    for j, (h, s, w) in enumerate(zip(top, sub, widths), 1):
        for rr, v in ((5, h), (6, s)):
            c = ws.cell(rr, j, v)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = solid("FF2E5E2E")
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            c.border = BOX
        ws.column_dimensions[chr(64 + j)].width = w
    ws.merge_cells("D5:F5")
    ws.merge_cells("H5:J5")
    for col in (1, 2, 3, 7, 11, 12, 13, 14):
        ws.merge_cells(start_row=5, start_column=col, end_row=6, end_column=col)
    r = 7
    typo_row = None
    for risk in LD:
        first = r
        (il, ii), (rl, ri) = risk["inh"], risk["res"]
        vals = {1: risk["ref"], 2: risk["risk"], 3: risk["owner"], 4: il, 5: ii, 6: il * ii,
                7: risk["controls"], 8: rl, 9: ri, 10: rl * ri, 14: risk["trend"]}
        for col, v in vals.items():
            ws.cell(r, col, v)
        ws.cell(r, 6).fill = solid(score_fill(il * ii))
        ws.cell(r, 10).fill = solid(score_fill(rl * ri))
        for act, own, tgt in risk["actions"]:
            ws.cell(r, 11, act)
            ws.cell(r, 12, own)
            ws.cell(r, 13, tgt)
            if "Febuary" in tgt:
                typo_row = r
            for j in range(1, 15):
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            r += 1
        if r - first > 1:
            for col in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(r, 1, "Scoring: Likelihood × Impact, each 1–5. 1–6 Low (green); 8–12 Medium (amber); "
                  "15–25 High (red). Trend: ↑ increasing, → stable, ↓ reducing since Quarter 1.").font = \
        Font(italic=True)
    ws.freeze_panes = "A7"
    wb.save(path)
    return typo_row


# ---------------------------------------------------------------------------
# 4. Hartwell Community Trust - Charity Commission official warning action plan (docx)
# ---------------------------------------------------------------------------
HCT_FILE = "qf-hartwell-community-trust-charity-commission-official-warning-action-plan.docx"
HCT_TITLE = ("Action Plan: Response to the Official Warning issued by the Charity Commission under "
             "section 75A of the Charities Act 2011")
HCT_RAG = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
HCT = [
    {
        "head": "1. Financial controls and the use of restricted funds",
        "req": "The trustees must ensure that restricted funds are used only for the purposes for which they "
               "were given, and that the charity’s financial controls are sufficient to identify and prevent "
               "their use for general running costs.",
        "actions": [
            dict(ref="1.1", action="Reconcile all restricted fund balances from 1 April 2022 to date and restore "
                                   "£18,400 to the Youth Activities Fund from unrestricted reserves.",
                 who="Treasurer", lead=["Treasurer"], when=["30 June 2025"], rag="B",
                 prog="Completed. Reconciliation reviewed by the independent examiner; transfer made 19 June "
                      "2025.", end="2025-06"),
            dict(ref="1.2", action="Adopt a written financial controls policy including dual authorisation of "
                                   "all payments over £500.",
                 who="Treasurer / Finance Officer", lead=["Treasurer", "Finance Officer"], when=["July 2025"],
                 rag="B", prog="Policy adopted at the trustee meeting of 10 July 2025; dual authorisation set "
                               "up on the bank mandate.", end="2025-07"),
            dict(ref="1.3", action="Appoint an independent examiner with charity accounting experience to review "
                                   "the 2024-25 accounts before they are filed.",
                 who="Chair of Trustees", lead=["Chair of Trustees"], when=["31/01/2026"], rag="G",
                 prog="Examiner appointed in September; draft accounts with the examiner.", end="2026-01"),
        ],
    },
    {
        "head": "2. Conflicts of interest and payments to connected parties",
        "req": "The trustees must identify and manage conflicts of interest, and must not make payments to a "
               "trustee or a person connected to a trustee unless these are properly authorised and in the "
               "charity’s interests.",
        "actions": [
            dict(ref="2.1", action="Put in place a register of interests, updated every year and reviewed at the "
                                   "start of each trustee meeting.",
                 who="Company Secretary", lead=["Company Secretary"], when=["June 2025"], rag="B",
                 prog="Register in place; declarations now a standing agenda item.", end="2025-06"),
            dict(ref="2.2", action="Obtain legal advice on the 2023 and 2024 payments to Hartwell Building "
                                   "Services Ltd and report the conclusions to the Commission.",
                 who="Chair of Trustees", lead=["Chair of Trustees"],
                 when=["30 September 2025", "Revised: 31 January 2026"], rag="A",
                 prog="Advice received in November. Trustees to consider recovery of part of the payments "
                      "before reporting to the Commission.", end="2026-01"),
        ],
    },
    {
        "head": "3. Governance: trustee recruitment, training and minutes",
        "req": "The trustees must ensure there are enough trustees to govern the charity effectively, that they "
               "understand their legal duties, and that decisions are properly recorded.",
        "actions": [
            dict(ref="3.1", action="Recruit at least three new trustees with finance, legal and safeguarding "
                                   "skills through an open recruitment process.",
                 who="Chair of Trustees", lead=["Chair of Trustees"], when=["March 2026"], rag="G",
                 prog="Two trustees appointed (finance and safeguarding); legal vacancy re-advertised.",
                 end="2026-03"),
            dict(ref="3.2", action="All trustees to read the Commission’s guidance ‘The essential trustee’ (CC3) "
                                   "and attend an external governance training session.",
                 who="All trustees", lead=["All trustees"], when=["31 October 2025"], rag="R",
                 prog="Four of seven trustees trained. Remaining trustees booked for February.", end="2025-10"),
            dict(ref="3.3", action="Minutes to record each decision, the reasons for it and any conflicts "
                                   "declared, and to be approved at the next meeting.",
                 who="Company Secretary", lead=["Company Secretary"], when=["Ongoing"], rag="G",
                 prog="New minutes template in use since June 2025.", end=None, end_text="Ongoing"),
        ],
    },
    {
        "head": "4. Annual reporting and serious incident reporting",
        "req": "The trustees must file the charity’s annual return and accounts on time and report serious "
               "incidents to the Commission promptly.",
        "actions": [
            dict(ref="4.1", action="File the overdue 2023-24 annual return and accounts.",
                 who="Treasurer", lead=["Treasurer"], when=["May 2025"], rag="B",
                 prog="Filed 28 May 2025.", end="2025-05"),
            dict(ref="4.2", action="Adopt a serious incident reporting procedure and report the 2024 "
                                   "safeguarding incident to the Commission.",
                 who="Safeguarding Lead Trustee", lead=["Safeguarding Lead Trustee"], when=["30/06/2025"],
                 rag="B", prog="Procedure adopted; report made on 12 June 2025.", end="2025-06"),
        ],
    },
]


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, lines, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


def build_hct(path):
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Hartwell Community Trust")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Registered charity number 1098214")
    doc.add_paragraph(HCT_TITLE, style="Title")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], ["Version"], bold=True)
    set_cell(t.rows[0].cells[1], ["Date"], bold=True)
    set_cell(t.rows[0].cells[2], ["Approved by"], bold=True)
    set_cell(t.rows[0].cells[3], ["Notes"], bold=True)
    for row in [("1.0", "23 May 2025", "Board of Trustees", "Submitted to the Charity Commission"),
                ("1.2", "11 September 2025", "Board of Trustees", "Progress update"),
                ("1.3", "4 December 2025", "Board of Trustees", "Progress update for the Commission’s "
                                                                 "compliance case")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, [v])
    doc.add_paragraph()
    doc.add_paragraph(
        "On 7 April 2025 the Charity Commission issued an Official Warning to the trustees of Hartwell "
        "Community Trust. The warning sets out four matters the trustees must put right. This plan sets out "
        "what we will do about each of them, who is responsible and by when. Under each heading the "
        "Commission’s requirement is quoted in italics, followed by our actions. Progress is reviewed at every "
        "trustee meeting.")
    doc.add_paragraph("RAG status: B – complete; G – on track; A – some slippage, date at risk; R – off track.")
    heads = ["No.", "What we will do", "Lead", "Target date", "RAG", "Progress at December 2025"]
    widths = [Cm(1.3), Cm(9.0), Cm(3.6), Cm(3.2), Cm(1.3), Cm(7.6)]
    colours = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for sec in HCT:
        doc.add_heading(sec["head"], level=2)
        p = doc.add_paragraph()
        run = p.add_run(sec["req"])
        run.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, [h], bold=True)
            shade(c, "D9E2F3")
        for a in sec["actions"]:
            cells = t.add_row().cells
            set_cell(cells[0], [a["ref"]])
            set_cell(cells[1], [a["action"]])
            set_cell(cells[2], [a["who"]])
            set_cell(cells[3], a["when"])
            set_cell(cells[4], [a["rag"]], bold=True)
            shade(cells[4], colours[a["rag"]])
            set_cell(cells[5], [a["prog"]])
            a["status"] = HCT_RAG[a["rag"]]
            a["under"] = [sec["head"], sec["req"]]
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the trustees: Chair of Trustees, 4 December 2025")
    doc.save(path)
    return [a for s in HCT for a in s["actions"]]


# ---------------------------------------------------------------------------
# 5. DWP - Carer's Allowance overpayments review implementation action plan (docx)
# ---------------------------------------------------------------------------
DWP_FILE = "qf-dwp-carers-allowance-overpayments-review-implementation-action-plan.docx"
DWP_TITLE = "Independent Review of Carer’s Allowance Overpayments: Implementation Action Plan"
DWP_STATUS = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
DD_POLICY = "Deputy Director, Carers and Disability Benefits Policy"
DWP = [
    {
        "head": "Chapter 4: Making the earnings rules clear",
        "recs": [
            dict(no="1", rec="Publish clear, plain-English guidance for claimants on how earnings are assessed, "
                             "including averaging and the deductions that are allowed.",
                 resp="Accepted",
                 actions=[
                     dict(ref="1a", action="Rewrite the GOV.UK Carer’s Allowance earnings pages and test them "
                                           "with carers and carers’ organisations.",
                          who=DD_POLICY, lead=[DD_POLICY], due="December 2025", st="Complete", end="2025-12"),
                     dict(ref="1b", action="Publish worked examples of averaging earnings for people with "
                                           "variable hours and for the self-employed.",
                          who=DD_POLICY, lead=[DD_POLICY], due="Q4 2025/26", st="On track", end="2026-03"),
                 ]),
            dict(no="2", rec="Correct the operational guidance on averaging so that it matches the law, and apply "
                             "it consistently.",
                 resp="Accepted",
                 actions=[
                     dict(ref="2a", action="Reissue the Decision Makers’ Guide chapter on earnings averaging and "
                                           "withdraw conflicting staff guidance.",
                          who="Director, Disability and Carers Operations",
                          lead=["Director, Disability and Carers Operations"], due="30 November 2025",
                          st="Complete", end="2025-11"),
                     dict(ref="2b", action="Review overpayment decisions made under the previous guidance and "
                                           "recalculate them where averaging should have applied.",
                          who="Director, Disability and Carers Operations / Director, Debt Management",
                          lead=["Director, Disability and Carers Operations", "Director, Debt Management"],
                          due="Q2 2026/27", st="At risk", end="2026-09"),
                 ]),
        ],
    },
    {
        "head": "Chapter 5: Stopping overpayments building up",
        "recs": [
            dict(no="5", rec="Act on Real Time Information earnings alerts so that carers are contacted within "
                             "four weeks of a likely breach of the earnings limit.",
                 resp="Accepted",
                 actions=[
                     dict(ref="5a", action="Reduce the Verify Earnings and Pensions alert backlog to less than "
                                           "four weeks’ work in progress.",
                          who="Head of Carer’s Allowance Unit", lead=["Head of Carer’s Allowance Unit"],
                          due="March 2026", st="Off track", end="2026-03"),
                     dict(ref="5b", action="Send an automated text message and letter to the carer when an "
                                           "earnings alert is received.",
                          who="Head of Carer’s Allowance Unit; Digital Product Lead",
                          lead=["Head of Carer’s Allowance Unit", "Digital Product Lead"], due="June 2026",
                          st="On track", end="2026-06"),
                 ]),
            dict(no="7", rec="Introduce a tolerance so that carers who go over the earnings limit by a small "
                             "amount for a short period are not treated as overpaid.",
                 resp="Partially accepted",
                 actions=[
                     dict(ref="7a", action="Develop policy options for an earnings tolerance and test them with "
                                           "stakeholders, for a decision by Ministers.",
                          who=DD_POLICY, lead=[DD_POLICY], due="Q3 2026/27", st="On track", end="2026-12"),
                 ]),
        ],
    },
    {
        "head": "Chapter 6: Supporting carers with existing overpayments",
        "recs": [
            dict(no="9", rec="Write off or reduce overpayments where the Department’s own guidance or delays "
                             "contributed to the debt.",
                 resp="Accepted",
                 actions=[
                     dict(ref="9a", action="Set up a dedicated team to reassess existing overpayments against the "
                                           "corrected guidance and tell each carer the outcome.",
                          who="Director, Debt Management", lead=["Director, Debt Management"], due="Ongoing",
                          st="On track", end=None, end_text="Ongoing"),
                 ]),
            dict(no="10", rec="Make sure repayment plans are affordable and point carers to free, independent "
                              "debt advice.",
                 resp="Accepted",
                 actions=[
                     dict(ref="10a", action="Update debt recovery letters to include an affordability check and "
                                            "signposting to MoneyHelper and free debt advice.",
                          who="Head of Debt Customer Experience", lead=["Head of Debt Customer Experience"],
                          due="31/01/2026", st="Complete", end="2026-01"),
                 ]),
        ],
    },
]


def build_dwp(path):
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("OFFICIAL")
    r.bold = True
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    doc.add_paragraph("Department for Work and Pensions")
    doc.add_paragraph(DWP_TITLE, style="Title")
    doc.add_paragraph("Progress report to the Carer’s Allowance Programme Board – March 2026")
    doc.add_heading("Version history", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        set_cell(c, [h], bold=True)
    for row in [("0.3", "25 November 2025", "CA Programme Office", "Published alongside the Government "
                                                                 "response"),
                ("0.4", "20 January 2026", "CA Programme Office", "January progress update"),
                ("0.5", "17 March 2026", "CA Programme Office", "March progress update")]:
        for c, v in zip(t.add_row().cells, row):
            set_cell(c, [v])
    doc.add_heading("Status key", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Status", "Meaning"]):
        set_cell(c, [h], bold=True)
    for k, v in [("Complete", "Action delivered and closed by the Programme Board"),
                 ("On track", "Expected to be delivered by the due date"),
                 ("At risk", "Delivery date at risk; mitigation agreed"),
                 ("Off track", "Will not be delivered by the due date; escalated to the SRO")]:
        cells = t.add_row().cells
        set_cell(cells[0], [k])
        set_cell(cells[1], [v])
    doc.add_paragraph(
        "This plan covers the recommendations the Government accepted or partially accepted in its response "
        "of 25 November 2025. Only recommendations with open or recently completed actions are shown; "
        "recommendations not listed are complete or are covered by business-as-usual reporting.")
    heads = ["Rec", "Recommendation", "Response", "Ref", "Action", "Lead", "Due", "Status"]
    widths = [Cm(1.0), Cm(6.0), Cm(2.2), Cm(1.1), Cm(6.4), Cm(4.4), Cm(2.4), Cm(2.0)]
    colours = {"blue": "9DC3E6", "green": "A9D08E", "amber": "FFD966", "red": "FF7C80"}
    for ch in DWP:
        doc.add_heading(ch["head"], level=1)
        t = doc.add_table(rows=1, cols=8)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, [h], bold=True)
            shade(c, "D9D9D9")
        for rec in ch["recs"]:
            rows = []
            for a in rec["actions"]:
                cells = t.add_row().cells
                rows.append(cells)
                set_cell(cells[3], [a["ref"]])
                set_cell(cells[4], [a["action"]])
                set_cell(cells[5], [a["who"]])
                set_cell(cells[6], [a["due"]])
                set_cell(cells[7], [a["st"]])
                a["status"] = DWP_STATUS[a["st"]]
                shade(cells[7], colours[a["status"]])
                a["under"] = [ch["head"], rec["rec"]]
            if len(rows) > 1:
                for col in (0, 1, 2):
                    rows[0][col].merge(rows[-1][col])
            set_cell(rows[0][0], [rec["no"]])
            set_cell(rows[0][1], [rec["rec"]])
            set_cell(rows[0][2], [rec["resp"]])
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
    doc.add_paragraph()
    doc.add_paragraph("SRO: Director General, Work and Health Services. Next update: May 2026.")
    doc.save(path)
    return [a for ch in DWP for rec in ch["recs"] for a in rec["actions"]]


# ---------------------------------------------------------------------------
# 6. St Elizabeth Hospice - Board of Trustees action log (csv)
# ---------------------------------------------------------------------------
SEH_FILE = "qf-st-elizabeth-hospice-board-of-trustees-action-log.csv"
SEH_TITLE = "Board of Trustees – Action Log"
SEH_RAG = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
SEH = [
    ("Board meeting 25 September 2025", [
        dict(ref="BT-25-41", minute="25/09/4.2",
             action="Circulate the revised reserves policy to trustees for approval by email, with the updated "
                    "free-reserves target.",
             who="DoF", lead=["DoF"], due="17/10/2025", rag="B", upd="Approved by email 14/10/2025.",
             end="2025-10"),
        dict(ref="BT-25-42", minute="25/09/5.1",
             action="Arrange a trustee visit to the Hospice at Home night service.",
             who="DCS / CoS", lead=["DCS", "CoS"], due="Nov-25", rag="B",
             upd="Visit held 12/11/2025 with two trustees.", end="2025-11"),
        dict(ref="BT-25-43", minute="25/09/6.3",
             action="Bring the business case for the In-Patient Unit refurbishment to the Finance & Resources "
                    "Committee, including the fundraising phasing.",
             who="CEO, DoF", lead=["CEO", "DoF"], due="31/01/2026", rag="G",
             upd="Architect's costed options received; on the January F&R agenda.", end="2026-01"),
        dict(ref="BT-25-44", minute="25/09/7.2",
             action="Report the results of the mock inspection of the In-Patient Unit and the action plan "
                    "arising.\nInclude the medicines management findings.",
             who="DCS", lead=["DCS"], due="29/01/2026 (was 27/11/2025)", rag="A",
             upd="Deferred from November because of staff absence.", end="2026-01"),
    ]),
    ("Board meeting 27 November 2025", [
        dict(ref="BT-25-51", minute="27/11/4.1",
             action="Provide a quarterly breakdown of the 2025/26 legacy income forecast.",
             who="DoI", lead=["DoI"], due="Jan-26", rag="G", upd="", end="2026-01"),
        dict(ref="BT-25-52", minute="27/11/5.2",
             action="Review the Board skills matrix and propose the recruitment of a trustee with digital "
                    "expertise.",
             who="Chair & CoS", lead=["Chair", "CoS"], due="Mar-26", rag="G",
             upd="Skills survey issued to trustees 1/12/2025.", end="2026-03"),
        dict(ref="BT-25-53", minute="27/11/6.1",
             action="Confirm the 2026/27 contract uplift with the ICB and report any risk to the Board.",
             who="CEO", lead=["CEO"], due="TBC", rag="A",
             upd="ICB has not yet published its commissioning intentions.", end=None, end_text="TBC"),
        dict(ref="BT-25-54", minute="27/11/8.1",
             action="Update the Speak Up (whistleblowing) policy to reflect the new Freedom to Speak Up "
                    "Guardian arrangements.",
             who="CoS", lead=["CoS"], due="29/01/2026", rag="", upd="", end="2026-01"),
    ]),
]


def build_seh(path):
    n = 7
    rows = [
        ["St Elizabeth Hospice"] + [""] * (n - 1),
        [SEH_TITLE] + [""] * (n - 1),
        ["Position after the meeting of 27 November 2025. Owners: CEO = Chief Executive; DoF = Director of "
         "Finance & Resources; DCS = Director of Clinical Services; DoI = Director of Income Generation; "
         "CoS = Company Secretary."] + [""] * (n - 1),
        ["RAG: B = complete (removed after the next meeting), G = on track, A = at risk / date moved, "
         "R = overdue"] + [""] * (n - 1),
        [""] * n,
        ["Action no.", "Minute ref", "Action", "Owner", "Due date", "RAG", "Update"],
    ]
    for meeting, acts in SEH:
        rows.append([meeting] + [""] * (n - 1))
        for a in acts:
            rows.append([a["ref"], a["minute"], a["action"], a["who"], a["due"], a["rag"], a["upd"]])
            a["status"] = SEH_RAG[a["rag"]]
            a["under"] = [meeting]
    rows.append([""] * n)
    rows.append(["Completed actions (B) are removed from the log once they have been reported to one meeting."]
                + [""] * (n - 1))
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)
    return [a for _, acts in SEH for a in acts]


# ---------------------------------------------------------------------------
# 7. Bridport Town Council - internal audit action plan (tab-separated text)
# ---------------------------------------------------------------------------
BTC_FILE = "qf-bridport-town-council-internal-audit-action-plan-2025-26.txt"
BTC_TITLE = "Internal Audit 2025-26 – Interim Report Action Plan"
BTC_STATUS = {"Completed 09/12/25": "blue", "On track": "green", "Not started": "unrated"}
BTC = [
    ("A. Accounting records and bank reconciliation", [
        dict(ref="A1",
             rec="The bank reconciliation for the Unity Trust deposit account should be signed and dated by a "
                 "member each month.",
             pri="Medium",
             action="Chair of Finance & Governance to sign the reconciliations at each committee meeting; Clerk "
                    "to file the signed copies with the bank statements.",
             who="RFO / Chair of Finance & Governance", lead=["RFO", "Chair of Finance & Governance"],
             tgt="Dec-25", st="Completed 09/12/25", end="2025-12"),
    ]),
    ("B. Procurement and payments", [
        dict(ref="B1",
             rec="Financial Regulations should be updated to the latest NALC model, including the revised "
                 "procurement thresholds.",
             pri="High",
             action="Adopt the NALC model Financial Regulations (2025) with local thresholds at Full Council.",
             who="Town Clerk", lead=["Town Clerk"], tgt="31/01/2026", st="On track", end="2026-01"),
        dict(ref="B2",
             rec="Quotations obtained for works between £3,000 and £30,000 should be kept with the payment "
                 "record.",
             pri="Medium",
             action="Open a procurement file for each contract over £3,000 holding the quotations and the "
                    "committee decision.",
             who="Deputy Town Clerk", lead=["Deputy Town Clerk"], tgt="Mar-26", st="Not started",
             end="2026-03"),
    ]),
    ("C. Payroll", [
        dict(ref="C1",
             rec="Pension contributions should be reconciled to the LGPS monthly return.",
             pri="Low",
             action="Reconcile employer and employee pension deductions to the Dorset County Pension Fund "
                    "return each month.",
             who="RFO", lead=["RFO"], tgt="Ongoing", st="On track", end=None, end_text="Ongoing"),
    ]),
    ("D. Asset register and insurance", [
        dict(ref="D1",
             rec="The asset register should be reconciled to the insurance schedule, and the insured value of "
                 "the Mountfield offices brought up to date.",
             pri="Medium",
             action="Reconcile the asset register to the insurance schedule and report any differences to Full "
                    "Council.",
             who="Town Clerk", lead=["Town Clerk"], tgt="By 31 March 2026", st="On track", end="2026-03"),
        dict(ref="D2", rec="", pri="",
             action="Obtain a reinstatement valuation for the Mountfield offices and update the insurance cover.",
             who="Town Clerk / Property Services Officer", lead=["Town Clerk", "Property Services Officer"],
             tgt="April 2026", st="Not started", end="2026-04"),
    ]),
    ("E. Transparency and the AGAR", [
        dict(ref="E1",
             rec="The notice of the period for the exercise of public rights must give the full 30 working days "
                 "and be published on the website.",
             pri="High",
             action="Use the Practitioners’ Guide template notice and diary the dates in the year-end "
                    "timetable.",
             who="Town Clerk", lead=["Town Clerk"], tgt="June 2026", st="Not started", end="2026-06"),
    ]),
]


def build_btc(path):
    lines = [
        "Bridport Town Council",
        BTC_TITLE,
        "Internal auditor's visit: 6 November 2025. Action plan agreed by the Finance & Governance Committee "
        "on 2 December 2025.",
        "",
        "\t".join(["No.", "Recommendation", "Priority", "Agreed action", "Responsible", "Target date",
                   "Status"]),
    ]
    for sec, acts in BTC:
        lines.append(sec)
        last_rec = None
        for a in acts:
            lines.append("\t".join([a["ref"], a["rec"], a["pri"], a["action"], a["who"], a["tgt"], a["st"]]))
            if a["rec"]:
                last_rec = a["rec"]
            a["status"] = BTC_STATUS[a["st"]]
            a["under"] = [sec, last_rec]
    lines += [
        "",
        "Priority: High – fundamental control weakness; Medium – to be addressed in the current year; "
        "Low – good practice.",
        "Status updated by the Town Clerk for the Finance & Governance Committee, 9 December 2025.",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return [a for _, acts in BTC for a in acts]


# ---------------------------------------------------------------------------
# expected readings
# ---------------------------------------------------------------------------
META = {
    GMCA_FILE: dict(
        title=GMCA_TITLE,
        source="Greater Manchester Combined Authority, Audit Committee January 2026, appendix tracking "
               "agreed internal audit management actions (modelled on GMCA / metropolitan audit committee "
               "follow-up reports). Copied features: cover sheet with report block and status key, a summary "
               "sheet with counts and a total row, tracker sheet with merged grey band rows per audit "
               "(year, audit name, assurance opinion), finding/recommendation and priority cells merged "
               "vertically over two actions, job titles as owners (one with a comma, two joined by / or ;), "
               "original and revised target dates as real dates, status words with fill colours, a notes line.",
        reads="A GMCA internal audit follow-up tracker on the 'Tracker' sheet: nine agreed actions grouped "
              "under three audits, each answering a recommendation; the cover key maps Implemented/On track/"
              "Revised date/Overdue to blue/green/amber/red. Where a revised target date is given it is the "
              "due month."),
    UU_FILE: dict(
        title=UU_TITLE,
        source="United Utilities Water, Performance Commitment Recovery Plan 2025-26, Q3 update to Ofwat "
               "(imitates water company recovery/enforcement action trackers sent to Ofwat). Copied features: "
               "dashboard sheet with title block, per-workstream counts, total row and RAG key (Blue = "
               "complete); one sheet per workstream with heading, performance commitment line and executive "
               "sponsor line above the table; original and revised dates (mmm-yy); previous and current RAG "
               "as words with fills; change-log sheet.",
        reads="Ten recovery actions across four workstream sheets (leakage, supply interruptions, sewer "
              "flooding, pollution). Each has an owner (job titles, two where joined by / or ;), original "
              "and sometimes revised date, and the current (Q3) RAG is the status."),
    LD_FILE: dict(
        title=LD_TITLE,
        source="Lake District National Park Authority strategic risk register, Q2 2025/26 report to the Audit "
               "and Risk Committee (imitates national park authority risk registers, e.g. Cairngorms/Peak "
               "District). Copied features: title block with committee reference, two-tier header with "
               "inherent and residual L/I/score, risk cells merged over several further-action rows, score "
               "fill colours, trend arrows, scoring key footnote; target dates as month-name text.",
        reads="Four strategic risks with nine further actions, each with an action owner and a target "
              "month. The target date of the second further action under SR2 reads 'Febuary 2026', a "
              "mistyped month; a careful reader would stop and ask before reading the register."),
    HCT_FILE: dict(
        title=HCT_TITLE,
        source="Hartwell Community Trust (a small registered charity), trustees' action plan responding to a "
               "Charity Commission Official Warning under s75A Charities Act 2011, December 2025 update "
               "(imitates charities' published responses to Commission warnings/inquiry action plans). "
               "Copied features: charity name and number above a Title, version/approval table, introductory "
               "text and RAG key line, one numbered heading per matter in the warning with the Commission's "
               "requirement quoted in italics, a separate table per matter with shaded RAG letter cells, one "
               "target cell holding an original and a revised date.",
        reads="Four matters from the Official Warning, each with the Commission's requirement and a table of "
              "numbered actions (ten in all) with lead, target date, RAG letter and progress. The key says "
              "B = complete; action 2.2's date was revised to 31 January 2026."),
    DWP_FILE: dict(
        title=DWP_TITLE,
        source="Department for Work and Pensions, implementation action plan for the Independent Review of "
               "Carer's Allowance Overpayments (review by Liz Sayce, Government response 25 November 2025), "
               "progress report March 2026 (a would-be publication modelled on departmental recommendation "
               "trackers). Copied features: OFFICIAL marking, title, version history table, status key "
               "table, one heading and table per review chapter, recommendation number/text/response cells "
               "merged vertically over their actions, civil-service job titles with commas as leads, "
               "financial-quarter due dates, shaded status cells.",
        reads="Nine actions answering six review recommendations across three chapters; each action has its "
              "own ref (1a, 1b ...), a lead post, a due date and a status whose meaning the key gives "
              "(Complete = blue, At risk = amber, Off track = red)."),
    SEH_FILE: dict(
        title=SEH_TITLE,
        source="St Elizabeth Hospice (Ipswich), Board of Trustees action log exported to CSV after the "
               "November 2025 meeting (imitates charity/hospice board matters-arising logs). Copied features: "
               "title lines, an owners' abbreviation note and RAG key as text rows, meeting section rows, "
               "action number and minute reference columns, initials as owners, a due date carrying its "
               "previous date in brackets, TBC, a blank RAG, a quoted multi-line action cell and a footer note.",
        reads="Eight board actions under two meetings (25 September and 27 November 2025), each owned by "
              "initials, with a due date and a RAG letter (B = complete). One action has no RAG yet."),
    BTC_FILE: dict(
        title=BTC_TITLE,
        source="Bridport Town Council, internal audit 2025-26 interim report action plan as agreed by the "
               "Finance & Governance Committee (imitates parish/town council internal auditor reports with "
               "council responses). Copied features: plain-text tab-separated export with title lines, a "
               "header line, lettered section lines, recommendation and priority beside the agreed action, a "
               "second action under the same recommendation with the recommendation left blank, posts as "
               "responsible officers, a priority key and a status note at the foot.",
        reads="Seven agreed actions under five lettered audit areas, each answering the internal auditor's "
              "recommendation (D2 continues D1's recommendation). Targets are dates, months, 'By 31 March "
              "2026' or Ongoing; status is Completed, On track or Not started."),
}


class Folded(str):
    pass


class Quoted(str):
    pass


yaml.SafeDumper.add_representer(
    Folded, lambda dm, v: dm.represent_scalar("tag:yaml.org,2002:str", str(v), style=">"))
yaml.SafeDumper.add_representer(
    Quoted, lambda dm, v: dm.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def reading(fname, acts, refuse_at=None):
    m = META[fname]
    out = {"source": Folded(m["source"]), "reads": Folded(m["reads"])}
    if refuse_at:
        out.update(outcome="refuse", accept_refusal=False, refuse_at=refuse_at, title=Quoted(m["title"]))
        return out
    out.update(outcome="read", accept_refusal=False, title=Quoted(m["title"]), actions=[])
    for a in acts:
        e = {"ref": Quoted(a["ref"]), "under": [Quoted(u) for u in a["under"]], "action": Quoted(a["action"]),
             "lead": [Quoted(x) for x in a["lead"]], "end": Quoted(a["end"]) if a["end"] else None}
        if a.get("end_text"):
            e["end_text"] = Quoted(a["end_text"])
        e["status"] = a["status"]
        out["actions"].append(e)
    return out


def main():
    built = {
        GMCA_FILE: build_gmca(os.path.join(HERE, GMCA_FILE)),
        UU_FILE: build_uu(os.path.join(HERE, UU_FILE)),
        HCT_FILE: build_hct(os.path.join(HERE, HCT_FILE)),
        DWP_FILE: build_dwp(os.path.join(HERE, DWP_FILE)),
        SEH_FILE: build_seh(os.path.join(HERE, SEH_FILE)),
        BTC_FILE: build_btc(os.path.join(HERE, BTC_FILE)),
    }
    typo_row = build_ld(os.path.join(HERE, LD_FILE))
    print("built 7 files; refuse row in", LD_FILE, "=", typo_row)
    if "--expected" in sys.argv:
        for fname, acts in built.items():
            doc = reading(fname, acts)
            with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
                yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=10000)
        with open(os.path.join(HERE, LD_FILE + ".expected.yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(reading(LD_FILE, [], refuse_at=typo_row), f, sort_keys=False, allow_unicode=True,
                           width=10000)
        print("wrote 7 expected readings")


if __name__ == "__main__":
    main()
