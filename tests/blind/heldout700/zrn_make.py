#!/usr/bin/env python3
"""Build the seven zrn- blind cases (data files and their .expected.yaml).

Run with /work/main/.venv/bin/python zrn_make.py  (openpyxl, python-docx, pyyaml).
Every file written starts with zrn- ; nothing else in the folder is touched.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
    "sand": "FBE4D5",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def write_yaml(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def exp_action(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Scottish National Investment Bank - ARC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_snib():
    name = "zrn-scottish-national-investment-bank-arc-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 90
    lines = [
        ("Scottish National Investment Bank plc", True),
        (None, False),
        ("Audit and Risk Committee", True),
        ("Meeting date: 25 November 2025", False),
        ("Paper reference: ARC/2025/41", False),
        ("Internal Audit Recommendations Tracker", True),
        ("Position at 31 October 2025", False),
        (None, False),
        ("Purpose: to update the Committee on management’s progress in implementing agreed internal "
         "audit actions, and to seek approval for revised target dates where requested.", False),
        ("Presented by: Chief Risk Officer", False),
    ]
    r = 1
    for text, bold in lines:
        if text:
            cov.cell(row=r, column=1, value=text).font = Font(bold=bold, size=14 if r == 1 else 11)
            cov.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="RAG key (column H of the Tracker sheet)").font = Font(bold=True)
    r += 1
    key = [
        ("blue", "Complete – action implemented and evidence provided to Internal Audit"),
        ("green", "On track to be delivered by the agreed (or revised) target date"),
        ("amber", "Some slippage – revised target date agreed or likely to be requested"),
        ("red", "Agreed target date missed or at significant risk"),
        (None, "No fill – action not yet started"),
    ]
    for col, text in key:
        c = cov.cell(row=r, column=1, value=None)
        if col:
            c.fill = fill(FILL[col])
        c.border = BOX
        cov.cell(row=r, column=2, value=text).border = BOX
        r += 1

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm.append(["Summary of open and recently closed actions by audit"])
    sm["A1"].font = Font(bold=True, size=12)
    sm.append([])
    hdr = ["Audit", "Assurance", "Actions", "Complete", "Green", "Amber", "Red", "Not started"]
    sm.append(hdr)
    for c in sm[3]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
    rows = [
        ["IA 24-02 Investment Origination and Due Diligence", "Reasonable", 2, 1, 0, 1, 0, 0],
        ["IA 24-05 Cyber Security and IT Resilience", "Limited", 4, 1, 2, 0, 1, 0],
        ["IA 25-01 Portfolio Monitoring and Valuation", "Reasonable", 2, 0, 1, 0, 0, 1],
        ["IA 25-03 Procurement and Contract Management", "Reasonable", 2, 0, 2, 0, 0, 0],
        ["Total", "", 10, 2, 5, 1, 1, 1],
    ]
    for row in rows:
        sm.append(row)
    for c in sm[8]:
        c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 52
    sm.column_dimensions["B"].width = 14

    ws = wb.create_sheet("Tracker")
    widths = [13, 46, 9, 52, 30, 15, 15, 7, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Scottish National Investment Bank"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internal Audit Recommendations Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 31 October 2025 – Audit and Risk Committee, 25 November 2025"
    ws.merge_cells("A1:I1")
    ws.merge_cells("A2:I2")
    ws.merge_cells("A3:I3")
    headers = ["Ref", "Recommendation", "Grade", "Agreed management action", "Action owner",
               "Original target date", "Revised target date", "RAG", "Progress update (October 2025)"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = WRAP
        c.border = BOX

    S1 = "IA 24-02 Investment Origination and Due Diligence (reported February 2025) – Reasonable assurance"
    S2 = "IA 24-05 Cyber Security and IT Resilience (reported May 2025) – Limited assurance"
    S3 = "IA 25-01 Portfolio Monitoring and Valuation (reported August 2025) – Reasonable assurance"
    S4 = "IA 25-03 Procurement and Contract Management (reported August 2025) – Reasonable assurance"

    R1 = ("The Bank should ensure that the investment pipeline system records the date and outcome of "
          "each conflicts of interest check performed at screening stage.")
    R2 = ("Due diligence checklists should be retained on the deal file for all transactions, including "
          "follow-on investments.")
    R3 = ("Management should complete and test the IT disaster recovery plan, including recovery of the "
          "core investment management platform.")
    R4 = ("Privileged access to production systems should be reviewed at least quarterly and leavers’ "
          "accounts removed within one working day.")
    R5 = ("All staff should complete annual cyber security awareness training, with completion monitored "
          "by the Executive Committee.")
    R6 = ("Valuation papers should evidence the review of key assumptions by a second member of the "
          "Valuation Committee before submission.")
    R7 = ("Portfolio company monitoring reports should be filed within the timescales set in the Portfolio "
          "Monitoring Policy.")
    R8 = "A complete contracts register should be maintained and reviewed by Finance at least six-monthly."
    R9 = "Single tender actions should be reported to the Audit and Risk Committee annually."

    # (section, ref, rec, grade, action, owner, orig, revised, rag, update, expected lead, end, status)
    items = [
        ("S", S1),
        ("A", "24-02.1", R1, "Medium",
         "Conflicts check fields to be added to the pipeline CRM as mandatory at Stage 1 screening, with a "
         "quarterly exception report to the Investment Committee secretariat.",
         "Head of Investment Operations", d(2025, 6, 30), d(2025, 12, 31), "amber",
         "CRM change built and in user testing. Revised date agreed by ARC in August 2025 owing to the "
         "supplier’s release schedule.", ["Head of Investment Operations"], "2025-12", "amber"),
        ("A", "24-02.2", R2, "Low",
         "Deal file checklist template updated and communicated to all investment teams; compliance "
         "spot-check of ten follow-on files.",
         "Head of Compliance", d(2025, 3, 31), None, "blue",
         "Complete. Spot-check of 10 files found full compliance; evidence provided to Internal Audit "
         "14/04/2025.", ["Head of Compliance"], "2025-03", "blue"),
        ("S", S2),
        ("A", "24-05.1(a)", R3, "High",
         "Update the IT disaster recovery plan to reflect the current cloud hosting arrangements and the "
         "agreed recovery time objectives.",
         "Head of IT & Information Security", d(2025, 7, 31), None, "blue",
         "Complete. Plan approved by the Executive Committee on 22/07/2025.",
         ["Head of IT & Information Security"], "2025-07", "blue"),
        ("A", "24-05.1(b)", R3, "High",
         "Carry out a full failover test of the investment management platform and report the results to "
         "the Audit and Risk Committee.",
         "Chief Operating Officer / Head of IT & Information Security", d(2025, 9, 30), d(2026, 2, 28), "red",
         "Test postponed twice owing to supplier availability. Test window now booked for w/c 9 February "
         "2026; revised date for approval.",
         ["Chief Operating Officer", "Head of IT & Information Security"], "2026-02", "red"),
        ("A", "24-05.2", R4, "High",
         "Introduce a quarterly privileged access review signed off by system owners, and automate leaver "
         "account removal through the HR system feed.",
         "Head of IT & Information Security", d(2025, 12, 31), None, "green",
         "First quarterly review completed September 2025. Automated leaver feed live in test; go-live "
         "planned for November 2025.", ["Head of IT & Information Security"], "2025-12", "green"),
        ("A", "24-05.3", R5, "Medium",
         "Launch an annual mandatory cyber awareness module and report completion rates to the Executive "
         "Committee quarterly.",
         "Head of People", d(2025, 11, 30), None, "green",
         "Module launched 1 September 2025; 86% completion at 31 October.", ["Head of People"], "2025-11",
         "green"),
        ("S", S3),
        ("A", "25-01.1", R6, "Medium",
         "Valuation paper template to include a reviewer sign-off section; Valuation Committee terms of "
         "reference updated accordingly.",
         "Chief Financial Officer", d(2026, 3, 31), None, "green",
         "Template drafted; terms of reference changes go to the Board in December 2025.",
         ["Chief Financial Officer"], "2026-03", "green"),
        ("A", "25-01.2", R7, "Low",
         "Monthly report to the Head of Portfolio Management on late monitoring returns, with escalation to "
         "the Chief Investment Officer after 30 days.",
         "Head of Portfolio Management", d(2026, 1, 31), None, None,
         "Not yet started – reporting will begin from the November 2025 month end.",
         ["Head of Portfolio Management"], "2026-01", "unrated"),
        ("S", S4),
        ("A", "25-03.1", R8, "Medium",
         "Establish a single contracts register in SharePoint, owned by Finance, with a six-monthly review "
         "reported to the Executive Committee.",
         "Financial Controller; Procurement Manager", d(2026, 1, 31), None, "green",
         "Register structure agreed; contract owners populating entries by 30 November.",
         ["Financial Controller", "Procurement Manager"], "2026-01", "green"),
        ("A", "25-03.2", R9, "Low",
         "Present an annual report of single tender actions to the Committee, the first covering 2025/26.",
         "Company Secretary", d(2026, 5, 31), None, "green",
         "First report scheduled for the May 2026 Committee.", ["Company Secretary"], "2026-05", "green"),
    ]
    r = 6
    expected = []
    section = None
    merge_runs = {}
    for it in items:
        if it[0] == "S":
            section = it[1]
            c = ws.cell(row=r, column=1, value=section)
            c.font = Font(bold=True)
            for col in range(1, 10):
                ws.cell(row=r, column=col).fill = fill(FILL["pale"])
                ws.cell(row=r, column=col).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        (_, ref, rec, grade, action, owner, orig, rev, rag, upd, elead, eend, estat) = it
        vals = [ref, rec, grade, action, owner, orig, rev, None, upd]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(row=r, column=8).fill = fill(FILL[rag])
        merge_runs.setdefault(rec, []).append(r)
        expected.append(exp_action(ref, [section, rec], action, elead, eend, estat))
        r += 1
    # merge the recommendation (and grade) where one recommendation has two actions
    for rec, rows_ in merge_runs.items():
        if len(rows_) > 1:
            first, last = rows_[0], rows_[-1]
            for rr in rows_[1:]:
                ws.cell(row=rr, column=2).value = None
                ws.cell(row=rr, column=3).value = None
            ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=last, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Notes").font = Font(bold=True)
    ws.cell(row=r + 1, column=1,
            value="1. Revised target dates require the approval of the Audit and Risk Committee.")
    ws.cell(row=r + 2, column=1,
            value="2. Completed actions are removed from the tracker once they have been reported to the "
                  "Committee as complete.")
    ws.freeze_panes = "A6"
    wb.active = 2
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates the internal audit recommendations follow-up trackers that Scottish public bodies "
            "(NDPBs and public companies audited under the Scottish Public Finance Manual, e.g. NatureScot ARC "
            "papers https://www.nature.scot/doc/audit-and-risk-committee-annual-report-20232024) take to their "
            "Audit and Risk Committee; the Scottish National Investment Bank plc (a public company of the "
            "Scottish Ministers) would present one in this form. Copies: an ARC cover sheet with paper "
            "reference and a fill-colour RAG key, a Summary sheet of totals by audit, and a Tracker sheet with "
            "a merged audit-report row per audit (with assurance level), the recommendation in its own column "
            "(merged down where one recommendation has two management actions), grade, job-title owners, "
            "original and revised target dates, a RAG column shown only by cell fill and a progress update, "
            "then a Notes block."),
        "reads": (
            "A three-sheet workbook; the Tracker sheet lists ten agreed management actions from four internal "
            "audits, grouped under a banded row per audit report. Each action sits beside the recommendation "
            "it answers, with an owner (one row has two posts), original and sometimes revised dates (the "
            "revised one is the due date) and a RAG given only by fill colour, read with the key on the "
            "Cover sheet (blue = complete, no fill = not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Internal Audit Recommendations Tracker",
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Foyle Port - corporate risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def make_foyle():
    name = "zrn-foyle-port-corporate-risk-register-2025-26.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR 2025-26"
    widths = [30, 44, 16, 12, 44, 14, 8, 50, 28, 14, 10, 46]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Londonderry Port and Harbour Commissioners (Foyle Port)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Corporate Risk Register 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Q2 update – reviewed by the Audit & Risk Committee on 18 November 2025"
    ws["A4"] = ("Action RAG key:  G = on target  |  A = minor slippage, recoverable  |  R = significant "
                "slippage, target will be missed  |  Complete = action closed")
    for rr in range(1, 5):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=12)
    headers = ["Risk", "Risk Description", "Risk Owner", "Inherent Score (L x I)", "Key Controls in Place",
               "Residual Score (L x I)", "Action No.", "Further Action Required", "Action Owner",
               "Target Date", "Action RAG", "Progress Update (Q2 2025/26)"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("003865")
        c.alignment = WRAP
        c.border = BOX

    risks = [
        {
            "risk": "CRR 1: Trade concentration and income resilience",
            "desc": ("Loss of a major bulk customer or decline in a key trade sector (e.g. coal, animal feed, "
                     "fuel) reduces income below the level needed to fund the capital programme."),
            "owner": "Chief Executive",
            "inh": "4 x 5 = 20",
            "ctl": ("Customer account management; monthly throughput reporting to the Board; diversification "
                    "strategy in the Strategic Plan 2024-2029."),
            "res": ("3 x 4 = 12", "amber"),
            "actions": [
                ("1.1", "Complete the diversification plan for renewable energy and offshore wind logistics at "
                        "Lisahally and present it to the Board.",
                 "Commercial Director", d(2025, 12, 31), "G",
                 "Market study received September 2025; draft plan to ExCo in November.",
                 ["Commercial Director"], "2025-12", None, "green"),
                ("1.2", "Negotiate multi-year throughput agreements with the two largest bulk customers.",
                 "Commercial Director / Finance Director", "Q4 2025/26", "A",
                 "Heads of terms agreed with one customer; second customer’s negotiations paused pending "
                 "its own supply review.",
                 ["Commercial Director", "Finance Director"], "2026-03", None, "amber"),
            ],
        },
        {
            "risk": "CRR 2: Marine safety and Port Marine Safety Code compliance",
            "desc": ("A serious marine incident in the harbour or channel, or failure to comply with the Port "
                     "Marine Safety Code, leading to loss of life, pollution or loss of Competent Harbour "
                     "Authority status."),
            "owner": "Harbour Master",
            "inh": "3 x 5 = 15",
            "ctl": ("Marine Safety Management System; Designated Person audits; pilotage directions; VTS "
                    "monitoring; annual Marine Safety Plan."),
            "res": ("2 x 5 = 10", "amber"),
            "actions": [
                ("2.1", "Implement the recommendations of the 2025 external PMSC Designated Person audit.",
                 "Harbour Master", d(2025, 11, 30), "Complete",
                 "All four recommendations closed; Designated Person confirmed closure to the Board on "
                 "28/10/2025.", ["Harbour Master"], "2025-11", None, "blue"),
                ("2.2", "Replace the navigation aids on the Lough Foyle channel approach identified as "
                        "end-of-life in the aids to navigation survey.",
                 "Harbour Master; Engineering Manager", "March 2026", "G",
                 "Order placed with supplier; installation planned for February 2026 weather window.",
                 ["Harbour Master", "Engineering Manager"], "2026-03", None, "green"),
            ],
        },
        {
            "risk": "CRR 3: Cyber security and operational technology",
            "desc": ("A cyber attack on corporate IT or on operational technology (cranes, weighbridge, gate "
                     "access) disrupts port operations or causes a data breach."),
            "owner": "Finance Director",
            "inh": "4 x 4 = 16",
            "ctl": ("Managed firewall and endpoint protection; offline backups; NCSC Early Warning service; "
                    "IT security policy."),
            "res": ("3 x 4 = 12", "amber"),
            "actions": [
                ("3.1", "Achieve Cyber Essentials Plus certification for corporate IT.",
                 "ICT Manager", d(2026, 1, 31), "A",
                 "Pre-assessment identified six remediation items; four closed.",
                 ["ICT Manager"], "2026-01", None, "amber"),
                ("3.2", "Segregate the operational technology network from the corporate network.",
                 "ICT Manager", d(2026, 6, 30), "Not started",
                 "Scoping to begin once Cyber Essentials Plus is achieved.",
                 ["ICT Manager"], "2026-06", None, "unrated"),
                ("3.3", "Deliver phishing simulation and refresher training for all staff.",
                 "HR Manager", "Annually", "G",
                 "2025 simulation completed in September; click rate 7%.",
                 ["HR Manager"], None, "Annually", "green"),
            ],
        },
        {
            "risk": "CRR 4: Capital programme delivery – Lisahally quay extension",
            "desc": ("Delay to approvals or cost escalation on the quay extension prevents the Port from "
                     "accommodating larger vessels and new trades."),
            "owner": "Chief Executive",
            "inh": "4 x 4 = 16",
            "ctl": ("Project board with DfI observer; Gateway reviews; quantity surveyor cost reports; "
                    "capital contingency."),
            "res": ("4 x 4 = 16", "red"),
            "actions": [
                ("4.1", "Obtain Department for Infrastructure approval of the Outline Business Case for the "
                        "quay extension.",
                 "Chief Executive", "Q3 2025/26", "R",
                 "OBC submitted June 2025; further information requested by DfI in October. Approval not "
                 "now expected before Q4.", ["Chief Executive"], "2025-12", None, "red"),
                ("4.2", "Appoint an integrated design and build contractor following the procurement "
                        "exercise.",
                 "Engineering Manager", "Sept 2026", "G",
                 "Procurement strategy agreed with CPD; tender documents in preparation.",
                 ["Engineering Manager"], "2026-09", None, "green"),
            ],
        },
        {
            "risk": "CRR 5: Governance and regulatory compliance",
            "desc": ("Failure to meet the requirements of the Port’s governing legislation, DfI Trust Ports "
                     "guidance or public procurement rules, leading to loss of stakeholder confidence."),
            "owner": "Finance Director",
            "inh": "3 x 4 = 12",
            "ctl": ("Board and committee structure; Internal Audit programme; NIAO external audit; register "
                    "of interests; procurement procedures."),
            "res": ("2 x 3 = 6", "green"),
            "actions": [
                ("5.1", "Update the Commissioners’ Code of Conduct and register of interests to reflect the "
                        "revised DfI guidance.",
                 "Board Secretary", d(2025, 10, 31), "Complete",
                 "Approved by the Board 21/10/2025; declarations refreshed.",
                 ["Board Secretary"], "2025-10", None, "blue"),
                ("5.2", "Address the priority 2 findings of the Internal Audit review of procurement.",
                 "Finance Director", "Ongoing", "A",
                 "Three of five findings closed; contract register and waiver reporting outstanding.",
                 ["Finance Director"], None, "Ongoing", "amber"),
            ],
        },
    ]
    r = 7
    expected = []
    for rk in risks:
        first = r
        for (no, act, owner, tgt, rag, upd, elead, eend, etext, estat) in rk["actions"]:
            vals = [None] * 6 + [no, act, owner, tgt, rag, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            expected.append(exp_action(no, [rk["risk"]], act, elead, eend, estat, etext))
            r += 1
        last = r - 1
        for col, v in zip(range(1, 7), [rk["risk"], rk["desc"], rk["owner"], rk["inh"], rk["ctl"],
                                          rk["res"][0]]):
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            if col == 1:
                c.font = Font(bold=True)
            if col == 6:
                c.fill = fill(FILL[rk["res"][1]])
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    ws.freeze_panes = "A7"

    mx = wb.create_sheet("Scoring Matrix")
    mx.append(["Risk scoring: Likelihood (1-5) x Impact (1-5)"])
    mx.append([])
    mx.append(["Score", "Rating", "Response"])
    mx.append(["15 – 25", "High (red)", "Board attention; further action required"])
    mx.append(["8 – 14", "Medium (amber)", "Executive oversight; action where cost-effective"])
    mx.append(["1 – 7", "Low (green)", "Manage through routine controls"])
    mx.column_dimensions["A"].width = 12
    mx.column_dimensions["B"].width = 18
    mx.column_dimensions["C"].width = 50
    vc = wb.create_sheet("Version Control")
    vc.append(["Version", "Date", "Change", "Reviewed by"])
    vc.append(["2.1", "20/05/2025", "Register refreshed for 2025/26", "Executive Team"])
    vc.append(["2.2", "19/08/2025", "Q1 update; CRR 4 residual score increased", "Audit & Risk Committee"])
    vc.append(["2.3", "18/11/2025", "Q2 update", "Audit & Risk Committee"])
    vc.column_dimensions["C"].width = 44
    vc.column_dimensions["D"].width = 26
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates a Northern Ireland public body / trust port corporate risk register as taken quarterly "
            "to an Audit & Risk Committee (format in the NIAO 'Good practice in risk management' report and "
            "NI arm's-length body registers); Foyle Port (Londonderry Port and Harbour Commissioners, a DfI "
            "trust port, https://www.londonderryport.com/port-operations/port-marine-safety-code). Copies: "
            "title block with quarter and committee date, an action-RAG key line, risk title (numbered), "
            "description, owner, inherent score, controls and a fill-coloured residual score merged down "
            "over one row per further action, action number, action owner (job titles, two posts in some "
            "cells), target dates written as dates, financial-year quarters, month words, Annually and "
            "Ongoing, an Action RAG column in letters/words, and Scoring Matrix and Version Control sheets."),
        "reads": (
            "One register sheet with five corporate risks; each risk's merged cells cover its further "
            "actions (eleven in all, numbered 1.1 to 5.2). A person reads each action under its risk title, "
            "takes the Action RAG column as its status (not the residual-score fill), and reads Q3/Q4 "
            "2025/26 as December 2025 and March 2026; Annually and Ongoing have no end month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Corporate Risk Register 2025/26",
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. Ministry of Justice / HMP Rochester - ICO reprimand remediation tracker (xlsx)
# ---------------------------------------------------------------------------
def make_moj():
    name = "zrn-ministry-of-justice-hmp-rochester-ico-reprimand-remediation-tracker.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70
    cov["A1"] = "OFFICIAL"
    cov["A2"] = "Ministry of Justice – HM Prison and Probation Service"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "ICO Reprimand Remediation Action Tracker – HMP Rochester"
    cov["A3"].font = Font(bold=True, size=14)
    cov.merge_cells("A2:B2")
    cov.merge_cells("A3:B3")
    dc = [
        ("Document control", None),
        ("Owner", "MoJ Data Protection Officer"),
        ("Prepared by", "HMP Rochester Business Assurance"),
        ("Reprimand issued", "May 2023"),
        ("Position at", "15 December 2023"),
        ("Version", "1.4"),
    ]
    r = 5
    for k, v in dc:
        a = cov.cell(row=r, column=1, value=k)
        a.border = BOX
        if v is None:
            a.font = Font(bold=True)
            cov.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        else:
            a.font = Font(bold=True)
            b = cov.cell(row=r, column=2, value=v)
            b.border = BOX
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="Version history").font = Font(bold=True)
    r += 1
    for row in [("Version", "Date / change"),
                ("1.0", "16/06/2023 – tracker created from the ICO’s recommended actions"),
                ("1.2", "29/09/2023 – September update to SIRO"),
                ("1.3", "28/11/2023 – progress report to the ICO"),
                ("1.4", "15/12/2023 – December update")]:
        cov.cell(row=r, column=1, value=row[0]).border = BOX
        cov.cell(row=r, column=2, value=row[1]).border = BOX
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for col, word, text in [("blue", "Blue", "Complete – evidence held"),
                            ("green", "Green", "On track"),
                            ("amber", "Amber", "At risk – may miss deadline"),
                            ("red", "Red", "Off track – deadline missed or will be missed")]:
        a = cov.cell(row=r, column=1, value=word)
        a.fill = fill(FILL[col])
        a.border = BOX
        cov.cell(row=r, column=2, value=text).border = BOX
        r += 1

    ws = wb.create_sheet("Action Tracker")
    widths = [7, 56, 32, 13, 13, 11, 11, 54]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "ICO Reprimand Remediation Action Tracker – HMP Rochester"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 15 December 2023"
    ws.merge_cells("A1:H1")
    ws.merge_cells("A2:H2")
    headers = ["Ref", "Action", "Owner", "Original deadline", "Revised deadline",
               "Previous RAG (Sept 2023)", "Current RAG (Dec 2023)", "Update / evidence"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.alignment = WRAP
        c.border = BOX

    REC = [
        "ICO recommendation 1: Review and update data protection and records management policies at the "
        "prison, including the handling and disposal of confidential waste.",
        "ICO recommendation 2: Provide a secure, access-controlled area for confidential waste awaiting "
        "collection.",
        "ICO recommendation 3: Ensure all staff complete mandatory data protection training and that "
        "training records are accurate.",
        "ICO recommendation 4: Improve staff awareness of how to recognise and report a personal data "
        "breach.",
    ]
    rows = [
        (REC[0], "1.1",
         "Issue a local confidential waste procedure setting out bagging, sealing, storage and collection "
         "requirements.",
         "Head of Business Assurance, HMP Rochester", d(2023, 6, 30), None, "Green", "Blue",
         "Local Operating Procedure issued 19/06/2023 and briefed at staff meetings.",
         ["Head of Business Assurance, HMP Rochester"], "2023-06", None, "blue"),
        (REC[0], "1.2",
         "Review the HMPPS records and information management policy framework to include a mandatory "
         "confidential waste standard for all prisons.",
         "HMPPS Information Management Lead", d(2023, 9, 30), d(2024, 3, 31), "Amber", "Amber",
         "Draft standard consulted on with Governors; publication moved to align with the policy framework "
         "refresh.", ["HMPPS Information Management Lead"], "2024-03", None, "amber"),
        (REC[1], "2.1",
         "Identify and fit out a lockable confidential waste store outside the prisoner movement area.",
         "Head of Operations, HMP Rochester", d(2023, 7, 31), None, "Green", "Blue",
         "Store in use from 24/07/2023; key control log in place.",
         ["Head of Operations, HMP Rochester"], "2023-07", None, "blue"),
        (REC[1], "2.2",
         "Agree a revised collection schedule with the shredding contractor, including same-day escalation "
         "of missed collections.",
         "MoJ Commercial Contract Manager", d(2023, 8, 31), d(2024, 1, 31), "Red", "Green",
         "Contract variation agreed in principle; signature expected January 2024.",
         ["MoJ Commercial Contract Manager"], "2024-01", None, "green"),
        (REC[2], "3.1",
         "Reconcile training records against the staff list and require all outstanding staff to complete "
         "the Responsible for Information e-learning.",
         "Head of Learning & Development / Business Hub Manager", d(2023, 10, 31), d(2024, 2, 29), "Amber",
         "Red",
         "Completion 71% at 30 November; shortfall mainly among night staff and OSGs.",
         ["Head of Learning & Development", "Business Hub Manager"], "2024-02", None, "red"),
        (REC[2], "3.2",
         "Add data protection and breach awareness to the local induction programme for new staff and "
         "contractors.",
         "Head of Learning & Development", d(2023, 9, 30), None, "Green", "Blue",
         "Induction session added from September intake.", ["Head of Learning & Development"], "2023-09",
         None, "blue"),
        (REC[3], "4.1",
         "Publish a one-page breach reporting guide on every wing, in staff areas and on the intranet.",
         "MoJ Data Protection Officer", d(2023, 7, 31), None, "Green", "Blue",
         "Posters and intranet page live July 2023.", ["MoJ Data Protection Officer"], "2023-07", None,
         "blue"),
        (REC[3], "4.2",
         "Run breach-reporting spot checks and report the findings to the Senior Leadership Team.",
         "Head of Business Assurance, HMP Rochester", "Quarterly", None, "Green", "Green",
         "First check October 2023: 2 unreported near-misses identified and logged.",
         ["Head of Business Assurance, HMP Rochester"], None, "Quarterly", "green"),
        (REC[3], "4.3",
         "Provide the ICO with a progress report on the remediation actions.",
         "MoJ Data Protection Officer", d(2023, 11, 30), None, "Green", "Blue",
         "Progress report sent to the ICO on 28/11/2023.", ["MoJ Data Protection Officer"], "2023-11", None,
         "blue"),
    ]
    colour = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    r = 5
    cur = None
    expected = []
    for (rec, ref, act, owner, orig, rev, prev, curr, upd, elead, eend, etext, estat) in rows:
        if rec != cur:
            cur = rec
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(bold=True)
            c.alignment = WRAP
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = fill(FILL["sand"])
                ws.cell(row=r, column=col).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 30
            r += 1
        vals = [ref, act, owner, orig, rev, prev, curr, upd]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=6).fill = fill(FILL[colour[prev]])
        ws.cell(row=r, column=7).fill = fill(FILL[colour[curr]])
        expected.append(exp_action(ref, [rec], act, elead, eend, estat, etext))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary at 15/12/2023: 9 actions – 5 Blue, 2 Green, 1 Amber, 1 Red")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates the remediation tracker a government department keeps after an ICO reprimand: the "
            "ICO's May 2023 reprimand to the Ministry of Justice over 14 bags of confidential waste left in "
            "an unsecured prison holding area (HMP Rochester) with recommended actions on policy, a secure "
            "waste area, training records and breach awareness and a follow-up progress report "
            "(https://www.wired-gov.net/wg/news.nsf/articles/ico+issues+ministry+of+justice+with+reprimand+"
            "after+confidential+personal+information+left+in+prison+holding+area+26052023121000?open, "
            "https://www.civilserviceworld.com/professions/article/moj-ico-hmp-rochester-reprimand-bags-"
            "confidential-documents-exposed-prison). Copies: an OFFICIAL cover sheet with document-control "
            "and version-history tables and a RAG key, each ICO recommendation as a shaded merged row above "
            "its actions, posts as owners (some with a comma naming the prison, one cell with two posts), "
            "original and revised deadlines, previous and current RAG columns (word plus fill) and a summary "
            "line."),
        "reads": (
            "The Action Tracker sheet gives nine remediation actions under four ICO recommendations. The "
            "current (December 2023) RAG is the status, the revised deadline where given is the due month, "
            "'Head of Business Assurance, HMP Rochester' is one post, and the quarterly spot checks have no "
            "end month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "ICO Reprimand Remediation Action Tracker – HMP Rochester",
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Royal Albert Hall - Charity Commission governance reform action plan (docx)
# ---------------------------------------------------------------------------
def make_rah():
    name = "zrn-royal-albert-hall-charity-commission-governance-reform-action-plan.docx"
    doc = Document()
    doc.add_paragraph("Royal Albert Hall – Governance Reform Action Plan", style="Title")
    p = doc.add_paragraph()
    p.add_run("The Corporation of the Hall of Arts and Sciences – a registered charity").bold = True
    doc.add_paragraph("Response to the Charity Commission’s regulatory compliance case – progress update to "
                      "Council, 24 September 2025")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "3.0"),
                                ("Owner", "Secretary to the Council"),
                                ("Approved by", "Council (trustees), 24 September 2025"),
                                ("Shared with", "Charity Commission case officer"),
                                ("Next review", "Council meeting, December 2025")]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)

    doc.add_paragraph("Introduction", style="Heading 2")
    doc.add_paragraph(
        "This plan sets out the actions the Council has agreed in response to the concerns raised by the "
        "Charity Commission about the management of conflicts of interest, the composition of the Council "
        "and the resale of Seat-holders’ tickets. Each section begins with the Commission’s concern, "
        "followed by the Hall’s actions. Progress is reported to every quarterly Council meeting.")

    doc.add_paragraph("Status key", style="Heading 2")
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for i, (word, col, text) in enumerate([
            ("Complete", "00B0F0", "Action delivered and evidenced"),
            ("Green", "00B050", "On track for the target date"),
            ("Amber", "FFC000", "Some delay; target date at risk"),
            ("Red", "FF0000", "Target date missed or will be missed"),
            ("Not started", "FFFFFF", "Work not yet begun")]):
        set_cell(k.cell(i, 0), word, bold=True)
        shade(k.cell(i, 0), col)
        set_cell(k.cell(i, 1), text)

    sections = [
        ("1. Conflicts of interest and private benefit",
         "The Commission considered that the Council’s arrangements for managing Seat-holder members’ "
         "conflicts of interest did not show that decisions are taken solely in the interests of the charity.",
         [("1.1", "Adopt a revised Conflicts of Interest Policy requiring Seat-holder Council members to "
                  "withdraw from any decision affecting Seat-holders’ ticketing rights.",
           "Secretary to the Council", "31/03/2025", "Complete",
           "Policy approved by Council on 18 March 2025 and published on the Hall’s website.",
           ["Secretary to the Council"], "2025-03", None, "blue"),
          ("1.2", "Publish an annual register of Council members’ interests, including seats held and any "
                  "income from ticket sales.",
           "Secretary to the Council", "By 31 July 2025", "Complete",
           "Register published with the Trustees’ Annual Report.",
           ["Secretary to the Council"], "2025-07", None, "blue"),
          ("1.3", "Commission an independent review of how the revised policy has operated in its first "
                  "year and report the findings to Council.",
           "Chair of the Audit Committee", "March 2026", "Green",
           "Reviewer appointed; fieldwork January–February 2026.",
           ["Chair of the Audit Committee"], "2026-03", None, "green")]),
        ("2. Composition of the Council",
         "The Commission asked the Hall to bring forward proposals so that Seat-holders no longer form a "
         "majority of the Council.",
         [("2.1", "Consult members on constitutional amendments to introduce additional independent Council "
                  "members appointed on merit.",
           "President / Secretary to the Council", "October 2025", "Amber",
           "Consultation paper drafted; launch moved to follow legal advice on the Supplemental Charter.",
           ["President", "Secretary to the Council"], "2025-10", None, "amber"),
          ("2.2", "Apply to the Privy Council for a Supplemental Charter giving effect to the agreed changes.",
           "Secretary to the Council", "TBC", "Not started",
           "Dependent on the outcome of the members’ consultation and a General Meeting vote.",
           ["Secretary to the Council"], None, "TBC", "unrated")]),
        ("3. Resale of Seat-holders’ tickets",
         "The Commission noted public concern about Seat-holders reselling tickets at prices well above face "
         "value.",
         [("3.1", "Introduce terms in the Hall’s ticket return scheme prohibiting the listing of Seat-holder "
                  "tickets on secondary platforms above face value.",
           "Chief Executive", "December 2025", "Amber",
           "Draft terms shared with the Seat-holders’ Association; legal review under way.",
           ["Chief Executive"], "2025-12", None, "amber"),
          ("3.2", "Report to the Commission twice a year on secondary ticketing monitoring and any "
                  "enforcement action taken.",
           "Chief Executive; Head of Ticketing", "Six-monthly", "Green",
           "First report sent in July 2025.",
           ["Chief Executive", "Head of Ticketing"], None, "Six-monthly", "green")]),
        ("4. Transparency and reporting",
         "The Commission expects the trustees to report openly on the governance changes in the Trustees’ "
         "Annual Report.",
         [("4.1", "Include a governance reform statement in the 2024 Trustees’ Annual Report.",
           "Director of Finance", "June 2025", "Complete",
           "Statement included; accounts filed with the Commission on 27 June 2025.",
           ["Director of Finance"], "2025-06", None, "blue"),
          ("4.2", "Send the Commission’s case officer an update on this plan after each quarterly Council "
                  "meeting.",
           "Secretary to the Council", "Quarterly", "Green",
           "Updates sent after the March and June meetings.",
           ["Secretary to the Council"], None, "Quarterly", "green")]),
    ]
    status_fill = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    expected = []
    for heading, concern, acts in sections:
        doc.add_paragraph(heading, style="Heading 1")
        tb = doc.add_table(rows=2 + len(acts), cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(["No.", "Action", "Lead", "Target date", "Status", "Progress to date"]):
            set_cell(tb.cell(0, i), h, bold=True)
            shade(tb.cell(0, i), "D9D9D9")
        merged = tb.cell(1, 0).merge(tb.cell(1, 5))
        merged.text = ""
        merged.paragraphs[0].add_run("Commission concern").bold = True
        merged.add_paragraph().add_run(concern).italic = True
        shade(merged, "FBE4D5")
        for j, (no, act, lead, tgt, st, prog, elead, eend, etext, estat) in enumerate(acts, start=2):
            for i, v in enumerate([no, act, lead, tgt, st, prog]):
                set_cell(tb.cell(j, i), v)
            if st in status_fill:
                shade(tb.cell(j, 4), status_fill[st])
            expected.append(exp_action(no, [heading, concern], act, elead, eend, estat, etext))
        doc.add_paragraph()
    doc.add_paragraph("Sign-off", style="Heading 2")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        set_cell(s.cell(0, i), h, bold=True)
    set_cell(s.cell(1, 0), "President of the Council")
    set_cell(s.cell(1, 1), "Signed on behalf of the Council")
    set_cell(s.cell(1, 2), "24/09/2025")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates a charity's governance action plan agreed by its trustees and shared with the Charity "
            "Commission during a regulatory compliance case; the Royal Albert Hall (Corporation of the Hall "
            "of Arts and Sciences) and the Commission's long-running concerns about Seat-holder conflicts of "
            "interest, Council composition and ticket resales "
            "(https://www.thirdsector.co.uk/charity-commission-yet-act-royal-albert-halls-missed-deadlines/"
            "governance/article/1381792, https://completemusicupdate.com/article/royal-albert-hall-admits-to-"
            "an-inherent-but-authorised-conflict-of-interest-in-charity-commission-dispute/). Copies: title "
            "block, document-control table, status key table with shaded cells, one numbered Heading-1 "
            "section per theme each with its own table whose first row is a merged, shaded 'Commission "
            "concern' label above the concern text, then action rows (No., Action, Lead, Target date, Status, "
            "Progress) and a sign-off table."),
        "reads": (
            "Four themed sections, each a table of two or three actions (nine in all) answering the "
            "Commission's concern written in the table's first row under the label 'Commission concern'. "
            "Leads are posts (two cells name two posts); target dates are dates, months, TBC, Six-monthly "
            "and Quarterly; status is a word from the key."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Royal Albert Hall – Governance Reform Action Plan",
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Belfast Region City Deal - programme highlight report (docx)
# ---------------------------------------------------------------------------
def make_brcd():
    name = "zrn-belfast-region-city-deal-programme-highlight-report.docx"
    doc = Document()
    doc.add_paragraph("Belfast Region City Deal – Programme Highlight Report", style="Title")
    info = doc.add_table(rows=6, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Report to", "BRCD Executive Board"),
                                ("Reporting period", "July – September 2025 (Q2 2025/26)"),
                                ("Prepared by", "BRCD Programme Management Office"),
                                ("Date", "9 October 2025"),
                                ("Senior Responsible Owner", "Programme Director"),
                                ("Overall programme status", "AMBER")]):
        set_cell(info.cell(i, 0), k, bold=True)
        set_cell(info.cell(i, 1), v)
    shade(info.cell(5, 1), "FFC000")

    doc.add_paragraph("1. Status summary", style="Heading 1")
    st = doc.add_table(rows=6, cols=4)
    st.style = "Table Grid"
    rows = [("Dimension", "Last period", "This period", "Commentary"),
            ("Time", "A", "A", "Two infrastructure business cases behind baseline."),
            ("Cost", "A", "A", "Construction inflation pressure on Tourism-led Regeneration projects."),
            ("Scope", "G", "G", "No change to the 22-project programme."),
            ("Benefits", "G", "G", "Jobs and skills targets on track."),
            ("Risk", "A", "R", "Newry Southern Relief Road funding gap escalated.")]
    col = {"A": "FFC000", "G": "00B050", "R": "FF0000"}
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_cell(st.cell(i, j), v, bold=(i == 0))
            if i and j in (1, 2):
                shade(st.cell(i, j), col[v])

    doc.add_paragraph("2. Key achievements this period", style="Heading 1")
    for b in ["Studio Ulster virtual production equipment installed; first productions filming.",
              "Full Business Case for iREACH Health approved and construction contract signed.",
              "13th Contract for Funding signed (Augment the City)."]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_paragraph("3. Milestone and action tracker", style="Heading 1")
    doc.add_paragraph("Milestones due this period and next period, by pillar of investment. RAG: G = on "
                      "track; A = at risk; R = will be missed without Board intervention; Complete = "
                      "delivered.")
    pillars = [
        ("Innovation & Digital", [
            ("ID1", "Hold the official launch of Studio Ulster at Giant’s Park and confirm the first-year "
                    "tenancy pipeline.", "Ulster University", "Oct-25", "G",
             ["Ulster University"], "2025-10", None, "green"),
            ("ID2", "Complete demolition and enabling works for iREACH Health on the Lisburn Road site.",
             "Queen’s University Belfast", "Nov-25", "G",
             ["Queen’s University Belfast"], "2025-11", None, "green"),
            ("ID3", "Submit the planning application for the Momentum One Zero building.",
             "Belfast City Council", "Dec-25", "A",
             ["Belfast City Council"], "2025-12", None, "amber")]),
        ("Infrastructure", [
            ("INF1", "Agree a revised cost plan for the Belfast Rapid Transit Phase 2 Outline Business Case "
                     "with DfI.", "Department for Infrastructure", "Q4 2025/26", "A",
             ["Department for Infrastructure"], "2026-03", None, "amber"),
            ("INF2", "Complete the funding options appraisal for the Newry Southern Relief Road.",
             "DfI Roads / Newry, Mourne and Down District Council", "31/12/2025", "R",
             ["DfI Roads", "Newry, Mourne and Down District Council"], "2025-12", None, "red")]),
        ("Tourism-led Regeneration", [
            ("TR1", "Award the design team contract for Bangor Waterfront Phase 1.",
             "Ards and North Down Borough Council", "Oct-25", "G",
             ["Ards and North Down Borough Council"], "2025-10", None, "green"),
            ("TR2", "Start on site for the Carrickfergus Regeneration public realm works.",
             "Mid and East Antrim Borough Council", "January 2026", "A",
             ["Mid and East Antrim Borough Council"], "2026-01", None, "amber")]),
        ("Employability & Skills", [
            ("ES1", "Launch the Digital Skills Academy pilot with a first cohort of 40 learners.",
             "E&S Programme Manager; Belfast Met", "Sept 2025", "Complete",
             ["E&S Programme Manager", "Belfast Met"], "2025-09", None, "blue"),
            ("ES2", "Publish the skills assessment for the tourism and hospitality sector.",
             "Employability & Skills Board", "w/c 17/11/2025", "G",
             ["Employability & Skills Board"], "2025-11", None, "green")]),
        ("Programme Management", [
            ("PM1", "Refresh the Implementation and Financial Plan and submit it to the Northern Ireland "
                    "Delivery Board.", "Programme Director", "By 31 January 2026", "G",
             ["Programme Director"], "2026-01", None, "green")]),
    ]
    n = sum(1 + len(a) for _, a in pillars)
    tb = doc.add_table(rows=1 + n, cols=5)
    tb.style = "Table Grid"
    for i, h in enumerate(["Ref", "Milestone / action", "Owner", "Due", "RAG"]):
        set_cell(tb.cell(0, i), h, bold=True)
        shade(tb.cell(0, i), "1F3864")
        for run in tb.cell(0, i).paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    r = 1
    expected = []
    rag_fill = {"G": "00B050", "A": "FFC000", "R": "FF0000", "Complete": "00B0F0"}
    for pillar, acts in pillars:
        m = tb.cell(r, 0).merge(tb.cell(r, 4))
        set_cell(m, pillar, bold=True)
        shade(m, "DEEAF6")
        r += 1
        for (ref, act, owner, due, rag, elead, eend, etext, estat) in acts:
            for i, v in enumerate([ref, act, owner, due, rag]):
                set_cell(tb.cell(r, i), v)
            shade(tb.cell(r, 4), rag_fill[rag])
            expected.append(exp_action(ref, [pillar], act, elead, eend, estat, etext))
            r += 1

    doc.add_paragraph("4. Key risks and issues", style="Heading 1")
    rk = doc.add_table(rows=3, cols=3)
    rk.style = "Table Grid"
    for i, row in enumerate([("Risk / issue", "Rating", "Mitigation"),
                             ("Construction inflation exceeds project contingencies", "16 (High)",
                              "Value engineering reviews; early contractor involvement"),
                             ("Delay to NI Executive budget settlement for 2026/27", "12 (Medium)",
                              "Profile of claims agreed with DoF; escalation through the NI Delivery "
                              "Board")]):
        for j, v in enumerate(row):
            set_cell(rk.cell(i, j), v, bold=(i == 0))

    doc.add_paragraph("5. Decisions required from the Executive Board", style="Heading 1")
    doc.add_paragraph("The Board is asked to note the report and to agree that the Newry Southern Relief "
                      "Road funding gap is escalated to the Council Panel.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates a PRINCE2-style programme highlight report for a city and growth deal programme board; "
            "the Belfast Region City Deal (six councils, two universities, FE colleges and NI departments), "
            "whose progress reports to Belfast City Council's SP&R Committee describe the pillars, projects "
            "and Contracts for Funding (https://minutes.belfastcity.gov.uk/mgAi.aspx?ID=83912); highlight "
            "report structure as in the PRINCE2 template (https://docest.com/doc/630539/highlight-report-"
            "template). Copies: header table with overall status, status summary with last/this period RAG "
            "per dimension, achievements bullets, one milestone/action table with merged pillar rows, "
            "organisations as owners (two in some cells), due dates as Mmm-yy, months, a financial-year "
            "quarter, w/c and 'By' dates, RAG letters with fill, and a risks table and a decisions paragraph "
            "that are not actions."),
        "reads": (
            "A highlight report whose actions are the ten milestones in section 3, grouped by pillar of "
            "investment in merged rows; owners are partner organisations and the RAG column gives status "
            "(Complete = blue). The status summary and risks tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Belfast Region City Deal – Programme Highlight Report",
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Warminster Town Council - internal audit action plan, Planner export (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_warminster():
    name = "zrn-warminster-town-council-internal-audit-action-plan-2024-25-planner-export.csv"
    header = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By",
              "Created Date", "Start date", "Due date", "Is Recurring", "Late", "Completed Date",
              "Completed By", "Completed Checklist Items", "Checklist Items", "Labels", "Description"]
    # (id, task, bucket, progress, priority, assigned, created, start, due, late, compdate, compby,
    #  checklist done, checklist, labels, description, expected lead, end, status)
    tasks = [
        ("Kq3vJm8TzEuN0a1bXc5YdWUAGh2f",
         "Review and readopt Standing Orders based on the current NALC model, including the new "
         "procurement thresholds",
         "Governance", "Completed", "Important", "Helen Barker", "Helen Barker", "12/03/2025", "",
         "31/05/2025", "false", "false", "20/05/2025", "Helen Barker", "2", "Draft to P&R;Adopt at Annual "
         "Meeting", "Green", "Adopted at Annual Town Council meeting 20/05/25 (min 14/25).",
         ["Helen Barker"], "2025-05", "blue"),
        ("Wd7pLs2XcVbN9mQ4rT6yZ1UAJk8s",
         "Record the annual review of the risk assessment and of the effectiveness of internal control in "
         "the minutes before the AGAR is approved",
         "Governance", "Not started", "Medium", "Helen Barker;Daniel Okafor", "Helen Barker", "12/03/2025",
         "", "31/05/2026", "false", "false", "", "", "", "", "",
         "For the 2025/26 AGAR cycle.",
         ["Helen Barker", "Daniel Okafor"], "2026-05", "unrated"),
        ("Pm5sQw1RtYu8IoP3aS7dF2UAHk4g",
         "Reconcile the earmarked reserves schedule to the ledger each quarter and report it to the "
         "Finance & General Purposes Committee",
         "Finance", "In progress", "Important", "Daniel Okafor", "Helen Barker", "12/03/2025", "01/04/2025",
         "31/03/2026", "false", "false", "", "", "2", "Q1;Q2;Q3;Q4", "Green",
         "Q1 and Q2 reconciliations reported to F&GP (July and October).",
         ["Daniel Okafor"], "2026-03", "green"),
        ("Zx9cVb3NmAs5Df7Gh1Jk2UALq6w",
         "Publish all items of expenditure over £500 on the website each month in line with the "
         "Transparency Code",
         "Finance", "In progress", "Urgent", "Daniel Okafor;Priya Shah", "Helen Barker", "12/03/2025", "",
         "30/09/2025", "false", "true", "", "", "", "", "Amber",
         "April–July published; August and September outstanding due to website migration.",
         ["Daniel Okafor", "Priya Shah"], "2025-09", "amber"),
        ("Ty4uIo6PaSd8Fg0Hj2Kl3UAMn7e",
         "Require two signatories to authorise every internet banking payment and keep the approval "
         "evidence with the payment schedule",
         "Finance", "Completed", "Urgent", "Daniel Okafor", "Helen Barker", "12/03/2025", "",
         "30/04/2025", "false", "false", "28/04/2025", "Daniel Okafor", "", "", "",
         "Dual authorisation switched on with the bank 28/04/25.",
         ["Daniel Okafor"], "2025-04", "blue"),
        ("Gh2jKl4ZxCv6Bn8Mq0We1UAPr5t",
         "Update the asset register for the Civic Centre refurbishment and the play equipment installed in "
         "2024/25, and reconcile it to the AGAR Box 9 figure",
         "Assets & Insurance", "In progress", "Important", "Priya Shah", "Helen Barker", "12/03/2025", "",
         "31/07/2025", "false", "true", "", "", "1", "Obtain invoices;Update register;Reconcile to AGAR",
         "Red",
         "Valuation of play equipment still awaited from the installer.",
         ["Priya Shah"], "2025-07", "red"),
        ("Bn6mQw8ErTy0Ui2Op4As3UASd9f",
         "Review the insurance schedule with the broker to confirm cover levels match the updated asset "
         "values",
         "Assets & Insurance", "Not started", "Medium", "Priya Shah", "Helen Barker", "12/03/2025", "",
         "31/01/2026", "false", "false", "", "", "", "", "",
         "Follows completion of the asset register update.",
         ["Priya Shah"], "2026-01", "unrated"),
        ("Cv1bNm3QwEr5Ty7Ui9Op0UADf2g",
         "Publish the 2024/25 AGAR, the notice of public rights and the internal audit report on the "
         "council website",
         "Transparency & Website", "Completed", "Urgent", "Helen Barker", "Helen Barker", "12/03/2025", "",
         "30/06/2025", "false", "false", "27/06/2025", "Helen Barker", "", "", "",
         "Published 27/06/25; period for exercise of public rights 30/06/25 – 08/08/25.",
         ["Helen Barker"], "2025-06", "blue"),
        ("Df3gHj5KlZx7Cv9Bn1Mq2UAFw4e",
         "Review the website accessibility statement and test key pages against WCAG 2.2 AA",
         "Transparency & Website", "In progress", "Low", "", "Helen Barker", "12/03/2025", "",
         "28/02/2026", "false", "false", "", "", "", "", "Green",
         "To be picked up with the new website supplier.",
         [], "2026-02", "green"),
    ]
    lines = [
        "Plan name,WTC Internal Audit Action Plan 2024-25",
        "Plan ID,4bQx7Lm2TkOZ8wYp1sHcR2UAE9vN",
        "Export date,14/10/2025",
        "",
        ",".join(header),
    ]
    expected = []
    for t in tasks:
        row = [t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11], t[12], t[13],
               t[14], t[15], t[16], t[17]]
        lines.append(",".join(csv_field(v) for v in row))
        expected.append(exp_action(t[0], [t[2]], t[1], t[18], t[19], t[20]))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    write_yaml(name, {
        "source": (
            "Imitates a town council clerk's Microsoft Planner plan for the actions from the internal "
            "auditor's 2024/25 report (AGAR year), exported with 'Export plan to Excel' and saved as CSV "
            "(the export Planner-import tools describe, e.g. https://www.beesbusy.com/en/ressources/features/"
            "connectors-synchronizations/planner-import/); Warminster Town Council (Wiltshire). Copies: the "
            "Plan name / Plan ID / Export date lines above a blank line, then Planner's own columns (Task ID, "
            "Task Name, Bucket Name, Progress, Priority, Assigned To with ';'-separated names, dates "
            "dd/mm/yyyy, Late flag, Completed Date/By, checklist columns, Labels used by the clerk as RAG "
            "colours, Description with the internal audit point)."),
        "reads": (
            "Nine Planner tasks in four buckets (the buckets are the headings). Each task name is the action, "
            "the Task ID is its reference, Assigned To gives the people (one task is unassigned), the Due "
            "date gives the month, and status is Completed -> complete, Not started -> unrated, otherwise the "
            "RAG label (a completed task that still carries a Green label is complete)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "WTC Internal Audit Action Plan 2024-25",
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. Caredig - board rolling action log, tab-separated text (refuse: mistyped month)
# ---------------------------------------------------------------------------
def make_caredig():
    name = "zrn-caredig-board-action-log-typo-month-refuse.txt"
    T = "\t"
    lines = [
        "Caredig",
        "Board of Management – Rolling Action Log",
        "Updated after the Board meeting held on 25 September 2025",
        "",
        T.join(["Ref", "Minute", "Action", "Owner", "Due", "Status", "Update"]),
        "Meeting: 26 June 2025",
        T.join(["BA-25-14", "7.2", "Bring a revised Treasury Management Strategy to the Board reflecting the "
                "new loan covenant headroom.", "Director of Finance", "Sept 2025", "Complete",
                "Approved at the 25/09/25 meeting."]),
        T.join(["BA-25-15", "8.1", "Arrange a Board development session on WHQS 2023 compliance and "
                "decarbonisation costs.", "Chief Executive", "Nov 2025", "Green",
                "Session booked for 13 November."]),
        T.join(["BA-25-16", "9.4", "Circulate the STAR tenant satisfaction results by neighbourhood to Board "
                "members.", "Director of Housing", "Jul-25", "Complete", "Circulated 14/07/25."]),
        "Meeting: 25 September 2025",
        T.join(["BA-25-19", "5.3", "Report the outcome of the damp and mould case review to the Audit & "
                "Risk Committee.", "Director of Assets; Head of Compliance", "Febuary 2026", "Green",
                "Case file sampling under way."]),
        T.join(["BA-25-20", "6.1", "Review the Board skills matrix and propose recruitment priorities for the "
                "two vacancies.", "Chair / Company Secretary", "Dec-25", "Amber",
                "Skills questionnaire issued; two returns outstanding."]),
        T.join(["BA-25-21", "7.4", "Update the self-evaluation against the Regulatory Framework ahead of the "
                "Welsh Government regulatory judgement.", "Company Secretary", "31/01/2026", "Green", ""]),
        T.join(["BA-25-22", "8.2", "Provide a breakdown of void loss by property type and local authority "
                "area.", "Director of Housing", "Next meeting", "Green", ""]),
        T.join(["BA-25-23", "10.1", "Confirm the insurance arrangements for the Swansea city centre "
                "mixed-use scheme.", "Director of Finance", "Dec 2025", "Amber",
                "Broker quotes awaited."]),
        "",
        "Actions marked Complete are removed after they have been reported to one meeting.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")
    refuse_line = next(i for i, l in enumerate(lines, 1) if "Febuary" in l)

    write_yaml(name, {
        "source": (
            "Imitates the rolling action log a Welsh housing association's Board of Management keeps between "
            "meetings (actions grouped by the meeting they came from, with minute numbers, owners, due dates "
            "and RAG), exported from the company secretary's spreadsheet as tab-separated text; Caredig "
            "(Swansea-based registered social landlord regulated by the Welsh Government). Copies: a three-"
            "line title block, a header row, 'Meeting:' lines grouping the actions, posts as owners (two in "
            "some cells), due dates as Mmm yyyy, Mmm-yy, a full date and 'Next meeting', and a closing "
            "note line."),
        "reads": (
            "A board action log of eight actions in two meeting groups. The due date of BA-25-19 is written "
            "'Febuary 2026', a mistyped month, so a careful reader would stop and ask before importing it."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": "Board of Management – Rolling Action Log",
    })


if __name__ == "__main__":
    make_snib()
    make_foyle()
    make_moj()
    make_rah()
    make_brcd()
    make_warminster()
    make_caredig()
    print("built 7 zrn cases in", HERE)
