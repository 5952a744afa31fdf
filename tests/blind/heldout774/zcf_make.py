#!/usr/bin/env python3
"""Build the seven zcf- blind test files (set heldout774).

Run:  python zcf_make.py   -> writes the seven data files beside this script.

Each plan's content lives in the data structures below; the expected reading
(leads split, end month, status) is recorded beside each action so the data
file and its .expected.yaml come from one place.
"""
import csv
import datetime as dt
import os
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


RAG_FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Royal Zoological Society of Scotland - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
RZSS_FILE = "zcf-royal-zoological-society-of-scotland-internal-audit-recommendations-tracker.xlsx"
RZSS_TITLE = "Royal Zoological Society of Scotland: Internal Audit Recommendations Tracker"

# band, then rows: ref, priority, recommendation, action, officer, original, revised,
#                  status text, RAG letter, update, [expected lead list, end, end_text, status]
RZSS_BANDS = [
    ("2023/24 – Payroll and HR Processes (Reasonable assurance)", [
        ("23/04.1", "Medium",
         "Starter and leaver forms should be authorised by the budget holder before payroll changes are processed, and evidence of the authorisation retained.",
         "HR will introduce an electronic starter/leaver form in the HR system with mandatory budget holder approval before the change is released to payroll.",
         "Head of People", D(2024, 3, 31), D(2025, 6, 30), "Complete", "B",
         "Electronic form live from 2 June 2025. Evidence reviewed by internal audit in September 2025 – recommend closure.",
         ["Head of People"], "2025-06", None, "blue"),
        ("23/04.2", "Low",
         "Overtime claims should be checked against staff rotas before they are approved for payment.",
         "Payroll to produce a monthly overtime exception report comparing claims to rotas, reviewed by the relevant Head of Operations before payroll cut-off.",
         "Payroll Manager", D(2024, 9, 30), D(2025, 12, 31), "In progress", "A",
         "Report designed. First run delayed by the payroll system upgrade; now expected with the December payroll.",
         ["Payroll Manager"], "2025-12", None, "amber"),
    ]),
    ("2024/25 – Procurement and Contract Management (Limited assurance)", [
        ("24/02.1", "High",
         "A contracts register should be established covering all contracts over £10,000, recording the contract owner, value, start and end dates and the procurement route used.",
         "Finance to compile a contracts register from the purchase ledger and budget holder returns and publish it on the intranet.",
         "Head of Finance", D(2025, 3, 31), D(2025, 10, 31), "Complete", "B",
         "Register of 63 contracts published on the intranet on 20 October 2025.",
         ["Head of Finance"], "2025-10", None, "blue"),
        ("24/02.2", "High",
         None,  # same recommendation as 24/02.1 (merged cell)
         "Contract owners to review the register quarterly and confirm renewal or re-tender plans to the Finance Committee.",
         "Head of Finance / Procurement Manager", D(2025, 6, 30), D(2026, 1, 31), "In progress", "A",
         "First quarterly review to be taken to the January 2026 Finance Committee.",
         ["Head of Finance", "Procurement Manager"], "2026-01", None, "amber"),
        ("24/02.3", "Medium",
         "The Procurement Policy should be refreshed and training delivered to all budget holders on quotation thresholds and single-source justifications.",
         "Refresh the Procurement Policy and deliver training to all budget holders, with attendance recorded.",
         "Procurement Manager", D(2025, 6, 30), None, "Overdue", "R",
         "Policy redrafted. Training not yet scheduled pending recruitment to the Procurement Officer post.",
         ["Procurement Manager"], "2025-06", None, "red"),
    ]),
    ("2024/25 – Cyber Security and IT Resilience (Limited assurance)", [
        ("24/05.1", "High",
         "Multi-factor authentication should be enforced for all remote access and for all privileged accounts.",
         "Enforce MFA on all Microsoft 365 accounts and the VPN, with any exceptions approved by the Chief Operating Officer.",
         "Head of IT", D(2025, 5, 31), None, "Complete", "B",
         "MFA enforced 19 May 2025. Two exceptions approved (shared kiosk accounts at the Highland Wildlife Park).",
         ["Head of IT"], "2025-05", None, "blue"),
        ("24/05.2", "High",
         "An IT disaster recovery plan should be documented and tested at least annually, including restoration of the animal records and ticketing systems.",
         "Document the IT disaster recovery plan and carry out a restoration test of ZIMS and the ticketing system for Edinburgh Zoo and the Highland Wildlife Park.",
         "Head of IT", D(2025, 9, 30), D(2026, 3, 31), "In progress", "A",
         "DR plan drafted. Restoration test moved to February 2026, outside the peak visitor season.",
         ["Head of IT"], "2026-03", None, "amber"),
        ("24/05.3", "Medium",
         "Staff should complete mandatory cyber security awareness training on induction and annually thereafter.",
         "Roll out annual cyber awareness e-learning and report completion rates to the Executive Team quarterly.",
         "Head of IT; Head of People", D(2025, 12, 31), None, "In progress", "G",
         "Completion at 71% at 31 October (target 90% by December).",
         ["Head of IT", "Head of People"], "2025-12", None, "green"),
    ]),
    ("2024/25 – Animal Collection Records (Reasonable assurance)", [
        ("24/07.1", "Medium",
         "Animal transfers and disposals recorded in ZIMS should be reconciled to the finance records at each month end.",
         "Introduce a monthly reconciliation of ZIMS transfers and disposals to the income and asset records, signed off by both officers.",
         "Registrar / Financial Controller", D(2025, 10, 31), None, "In progress", "G",
         "September and October reconciliations completed; sign-off template agreed.",
         ["Registrar", "Financial Controller"], "2025-10", None, "green"),
        ("24/07.2", "Low",
         "User access to ZIMS should be reviewed every six months and leavers removed promptly.",
         "Carry out and evidence a six-monthly review of ZIMS user access against the HR leavers list.",
         "Registrar", "Six-monthly", None, "Not started", None,
         "First review planned for January 2026.",
         ["Registrar"], None, "Six-monthly", "unrated"),
    ]),
]


def build_rzss(path):
    wb = Workbook()
    # --- Cover & key
    ws = wb.active
    ws.title = "Cover & key"
    ws["A1"] = RZSS_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="1F4E78")
    ws["A2"] = "Audit and Risk Committee – 18 November 2025. Position at 31 October 2025."
    ws["A4"] = "Purpose"
    ws["A4"].font = Font(bold=True)
    ws["A5"] = ("This tracker records all internal audit recommendations not yet closed by the Committee, "
                "with the agreed management action, the responsible officer and progress reported by management. "
                "Recommendations marked Complete will be removed once the Committee agrees closure.")
    ws["A5"].alignment = WRAP
    ws.merge_cells("A5:D5")
    ws.row_dimensions[5].height = 48
    ws["A7"] = "Priority"
    ws["B7"] = "Definition"
    for c in ("A7", "B7"):
        ws[c].font = Font(bold=True)
        ws[c].fill = fill("D9E1F2")
    pri = [("High", "Significant weakness in control; action required within 3 months."),
           ("Medium", "Weakness that should be addressed within 6 months."),
           ("Low", "Improvement to good practice; action within 12 months.")]
    r = 8
    for p, d in pri:
        ws.cell(r, 1, p)
        ws.cell(r, 2, d)
        r += 1
    r += 1
    ws.cell(r, 1, "RAG").font = Font(bold=True)
    ws.cell(r, 2, "Meaning").font = Font(bold=True)
    ws.cell(r, 1).fill = fill("D9E1F2")
    ws.cell(r, 2).fill = fill("D9E1F2")
    r += 1
    for letter, meaning, colour in [("B", "Complete – action implemented, evidence provided", "blue"),
                                    ("G", "In progress – on track to meet the due date", "green"),
                                    ("A", "In progress – revised due date agreed", "amber"),
                                    ("R", "Overdue – past the due date with no revised date agreed", "red")]:
        ws.cell(r, 1, letter).fill = fill(RAG_FILL[colour])
        ws.cell(r, 1).alignment = CENTRE
        ws.cell(r, 2, meaning)
        r += 1
    ws.cell(r + 1, 1, "Prepared by: Head of Finance. Internal auditors: Azets.")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 12
    ws.column_dimensions["D"].width = 12

    # --- Summary
    ss = wb.create_sheet("Summary")
    ss["A1"] = RZSS_TITLE
    ss["A1"].font = Font(bold=True, size=14, color="1F4E78")
    ss["A2"] = "Summary of open recommendations by priority and RAG status"
    hdr = ["Priority", "B", "G", "A", "R", "Not rated", "Total"]
    for i, h in enumerate(hdr, 1):
        c = ss.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
        c.alignment = CENTRE
    counts = {}
    for _, rows in RZSS_BANDS:
        for row in rows:
            key = (row[1], row[8] or "-")
            counts[key] = counts.get(key, 0) + 1
    r = 5
    tot = [0] * 6
    for p in ("High", "Medium", "Low"):
        vals = [counts.get((p, k), 0) for k in ("B", "G", "A", "R", "-")]
        vals.append(sum(vals))
        ss.cell(r, 1, p).border = BOX
        for j, v in enumerate(vals):
            c = ss.cell(r, 2 + j, v)
            c.border = BOX
            c.alignment = CENTRE
            tot[j] += v
        r += 1
    ss.cell(r, 1, "Total").font = Font(bold=True)
    ss.cell(r, 1).border = BOX
    for j, v in enumerate(tot):
        c = ss.cell(r, 2 + j, v)
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = CENTRE
    ss.column_dimensions["A"].width = 14

    # --- Tracker
    ts = wb.create_sheet("Tracker")
    ts["A1"] = RZSS_TITLE
    ts["A1"].font = Font(bold=True, size=14, color="1F4E78")
    ts["A2"] = "Open and recently completed recommendations – position at 31 October 2025"
    ts["A2"].font = Font(italic=True)
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
               "Original due date", "Revised due date", "Status", "RAG", "Management update (October 2025)"]
    widths = [10, 10, 45, 48, 24, 13, 13, 13, 6, 48]
    for i, (h, w) in enumerate(zip(headers, widths), 1):
        c = ts.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = CENTRE
        c.border = BOX
        ts.column_dimensions[get_column_letter(i)].width = w
    ts.freeze_panes = "A5"
    r = 5
    for band, rows in RZSS_BANDS:
        ts.cell(r, 1, band).font = Font(bold=True)
        for col in range(1, 11):
            ts.cell(r, col).fill = fill("D9D9D9")
            ts.cell(r, col).border = BOX
        ts.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        rec_start = None
        for row in rows:
            (ref, prio, rec, action, officer, orig, rev, status, rag, update) = row[:10]
            vals = [ref, prio, rec, action, officer, orig, rev, status, rag, update]
            for col, v in enumerate(vals, 1):
                c = ts.cell(r, col)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ts.cell(r, 9).fill = fill(RAG_FILL[{"B": "blue", "G": "green", "A": "amber", "R": "red"}[rag]])
                ts.cell(r, 9).alignment = CENTRE
            if rec is None and rec_start is not None:
                ts.merge_cells(start_row=rec_start, start_column=3, end_row=r, end_column=3)
            rec_start = r if rec is not None else rec_start
            r += 1
    r += 1
    ts.cell(r, 1, "Notes: Where no revised due date is shown the original due date still applies. "
                  "Completed items are shown until the Committee agrees closure.").font = Font(italic=True)
    ts.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    ts.page_setup.orientation = "landscape"
    wb.active = 2
    wb.save(path)


def rzss_expected():
    acts = []
    for band, rows in RZSS_BANDS:
        last_rec = None
        for row in rows:
            (ref, prio, rec, action, officer, orig, rev, status, rag, update,
             lead, end, end_text, st) = row
            rec = rec if rec is not None else last_rec
            last_rec = rec
            acts.append(dict(ref=ref, under=[band, rec], action=action, lead=lead,
                             end=end, end_text=end_text, status=st))
    return acts


# ---------------------------------------------------------------------------
# 2. SEPA corporate risk register (xlsx) - REFUSE (mistyped month)
# ---------------------------------------------------------------------------
SEPA_FILE = "zcf-scottish-environment-protection-agency-corporate-risk-register-2025-26-typo-month-refuse.xlsx"
SEPA_TITLE = "Scottish Environment Protection Agency – Corporate Risk Register 2025-26"

SEPA_RISKS = [
    ("CR01", "Cyber security and digital resilience",
     "A successful cyber attack or major system failure disrupts SEPA's ability to regulate, warn and inform, including the flood warning service.",
     "Chief Officer, Digital and Data", "4 x 5 = 20", "3 x 5 = 15", "2 x 5 = 10", "Averse", "↔",
     [("CR01.1", "Complete migration of remaining regulatory and permitting data to the new cloud platform and decommission the on-premise servers.",
       "Head of Digital Services", "March 2026", "Migration 80% complete; permitting data scheduled for January.", "G"),
      ("CR01.2", "Run a live cyber incident exercise with CLT, including continuity of the flood warning service.",
       "Head of Information Security", "December 2025", "Exercise scenario agreed with Scottish Government Cyber Resilience Unit.", "A")]),
    ("CR02", "Financial sustainability",
     "Budget pressures and lower charging income mean SEPA cannot fund its statutory duties and Corporate Plan commitments.",
     "Chief Finance Officer", "5 x 4 = 20", "4 x 4 = 16", "3 x 3 = 9", "Cautious", "↑",
     [("CR02.1", "Deliver the 2025-26 savings and efficiency plan and report progress monthly to CLT.",
       "Chief Finance Officer", "March 2026", "£2.9m of £4.2m target secured at Q2.", "A"),
      ("CR02.2", "Develop proposals for a revised charging scheme for consultation with Scottish Government and stakeholders.",
       "Chief Finance Officer / Head of Regulatory Policy", "January 2026", "Options paper to Agency Board in December.", "G")]),
    ("CR03", "Workforce capacity and capability",
     "SEPA cannot recruit and retain staff with the specialist skills needed to deliver regulation, flood forecasting and science.",
     "Chief Officer, People and Property", "4 x 4 = 16", "4 x 3 = 12", "3 x 3 = 9", "Cautious", "↔",
     [("CR03.1", "Implement the Strategic Workforce Plan actions for hard-to-fill specialist roles (hydrology, chemistry, data science).",
       "Head of People", "March 2026", "Market supplement approved for hydrometry posts.", "A"),
      ("CR03.2", "Launch the 2026 graduate and modern apprenticeship intake.",
       "Head of People", "Febuary 2026", "Campaign materials in development.", "G")]),
    ("CR04", "Flood forecasting and warning",
     "Failure of forecasting models, telemetry or data feeds during a major flood event leads to late or missed warnings.",
     "Chief Officer, Water and Planning", "3 x 5 = 15", "2 x 5 = 10", "2 x 5 = 10", "Averse", "↓",
     [("CR04.1", "Complete replacement of telemetry outstations at 40 priority river gauging stations.",
       "Head of Hydrology", "June 2026", "26 of 40 stations replaced.", "G"),
      ("CR04.2", "Test the fall-back forecasting arrangements with the Met Office ahead of winter.",
       "Flood Forecasting Manager", "November 2025", "Test completed 30 September; lessons log issued.", "B")]),
]


def build_sepa(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = SEPA_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="00594F")
    ws["A2"] = "Quarter 2 review: Corporate Leadership Team 14 October 2025; Audit and Risk Committee 4 November 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["Risk ref", "Risk", "Description (cause and effect)", "Risk owner", "Inherent score (L x I)",
               "Current score (L x I)", "Target score", "Appetite", "Trend", "Action ref", "Further action",
               "Action owner", "Target date", "Progress (Q2)", "RAG"]
    widths = [8, 20, 40, 22, 11, 11, 10, 10, 6, 9, 45, 24, 13, 36, 6]
    for i, (h, w) in enumerate(zip(headers, widths), 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.alignment = CENTRE
        c.border = BOX
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    r = 5
    typo_row = None
    for (ref, name, desc, owner, inh, cur, tgt, app, trend, actions) in SEPA_RISKS:
        start = r
        for (aref, act, aowner, date, prog, rag) in actions:
            vals = [ref, name, desc, owner, inh, cur, tgt, app, trend, aref, act, aowner, date, prog, rag]
            for col, v in enumerate(vals, 1):
                c = ws.cell(r, col)
                if r == start or col >= 10:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 15).fill = fill(RAG_FILL[{"B": "blue", "G": "green", "A": "amber", "R": "red"}[rag]])
            ws.cell(r, 15).alignment = CENTRE
            if "Febuary" in date:
                typo_row = r
            r += 1
        for col in range(1, 10):
            ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
        sc = int(cur.split("=")[1])
        ws.cell(start, 6).fill = fill("FF0000" if sc >= 15 else "FFC000" if sc >= 8 else "00B050")
    r += 1
    ws.cell(r, 1, "Scoring: Likelihood (1-5) x Impact (1-5). 15-25 High (red); 8-12 Medium (amber); 1-6 Low (green). "
                  "RAG shows progress of the further action: G on track, A at risk, R off track, B complete.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Current risk scores – heat map (Q2 2025-26)"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        hm.cell(3, 1 + i, i).font = Font(bold=True)
        hm.cell(3 + i, 1, 6 - i).font = Font(bold=True)
    placed = {}
    for (ref, _, _, _, _, cur, _, _, _, _) in SEPA_RISKS:
        l, i = [int(x) for x in cur.split("=")[0].split("x")]
        placed.setdefault((l, i), []).append(ref)
    for l in range(1, 6):
        for i in range(1, 6):
            c = hm.cell(3 + (6 - l), 1 + i)
            sc = l * i
            c.fill = fill("FF0000" if sc >= 15 else "FFC000" if sc >= 8 else "00B050")
            c.value = ", ".join(placed.get((l, i), [])) or None
            c.alignment = CENTRE
    hm.column_dimensions["A"].width = 18
    wb.save(path)
    return typo_row


# ---------------------------------------------------------------------------
# 3. Plymouth City Council - ICO reprimand (SARs) remediation tracker (xlsx)
# ---------------------------------------------------------------------------
PCC_FILE = "zcf-plymouth-city-council-ico-reprimand-subject-access-requests-remediation-tracker.xlsx"
PCC_TITLE = "ICO Reprimand – Subject Access Requests: Remediation Action Tracker"

PCC_RECS = [
    ("1. Ensure that there are adequate staff resources in place to process and respond to SARs within the statutory timescales.", [
        ("1.1", "Recruit two additional Information Governance Officers (12-month fixed term) dedicated to subject access requests.",
         "Information Governance Manager", D(2023, 7, 31), "amber", "blue",
         "Both officers in post from 17 July 2023.",
         ["Information Governance Manager"], "2023-07", None, "blue"),
        ("1.2", "Agree a permanent establishment for the Information Governance team as part of the 2024/25 budget.",
         "Head of Information Governance / Service Director for Finance", D(2024, 2, 29), "amber", "amber",
         "Growth bid submitted; decision expected at Budget Council in February 2024.",
         ["Head of Information Governance", "Service Director for Finance"], "2024-02", None, "amber"),
    ]),
    ("2. Continue to implement effective measures to address the backlog of outstanding SARs, prioritising the oldest requests.", [
        ("2.1", "Clear all SARs that have been outstanding for more than 12 months.",
         "Information Governance Manager", D(2023, 12, 31), "red", "amber",
         "8 requests over 12 months old at 31 October (down from 28 in May).",
         ["Information Governance Manager"], "2023-12", None, "amber"),
        ("2.2", "Write to every requester with an overdue SAR to apologise, explain the delay and give a date for disclosure.",
         "SAR Team Leader", D(2023, 8, 31), "green", "blue",
         "Letters sent to all 46 requesters by 25 August 2023.",
         ["SAR Team Leader"], "2023-08", None, "blue"),
        ("2.3", "Send a weekly backlog report to the Senior Information Risk Owner until the backlog is cleared.",
         "Information Governance Manager", "Weekly until backlog cleared", "green", "green",
         "Weekly reports issued since 5 June 2023.",
         ["Information Governance Manager"], None, "Weekly until backlog cleared", "green"),
    ]),
    ("3. Review SAR procedures so that every request is logged, acknowledged and tracked from the date of receipt.", [
        ("3.1", "Introduce a single SAR logging and case management module in the corporate case management system, replacing local spreadsheets.",
         "ICT Business Partner", "March 2024", "amber", "red",
         "Supplier unable to deliver the module in the current release; alternative options being costed.",
         ["ICT Business Partner"], "2024-03", None, "red"),
        ("3.2", "Publish a revised SAR procedure and train all Information Asset Owners and service SAR contacts.",
         "Information Governance Manager; Learning & Development Lead", D(2024, 1, 31), "green", "green",
         "Procedure approved by the Information Lead Officers Group; training sessions booked for December and January.",
         ["Information Governance Manager", "Learning & Development Lead"], "2024-01", None, "green"),
    ]),
    ("4. Provide the ICO with details of the actions taken to address these recommendations within six months of the reprimand.", [
        ("4.1", "Submit the six-month progress report to the ICO, signed off by the SIRO.",
         "Service Director for Finance (SIRO)", D(2023, 11, 15), "green", "blue",
         "Report sent to the ICO on 14 November 2023.",
         ["Service Director for Finance (SIRO)"], "2023-11", None, "blue"),
        ("4.2", "Report SAR compliance monthly to the Corporate Management Team and quarterly to the Audit and Governance Committee.",
         "Head of Information Governance", "Ongoing", "green", "green",
         "Compliance in October 2023: 81% on time.",
         ["Head of Information Governance"], None, "Ongoing", "green"),
    ]),
]


def build_pcc(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action tracker"
    ws["A1"] = "Plymouth City Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = PCC_TITLE
    ws["A2"].font = Font(bold=True, size=14, color="003B71")
    ws["A3"] = ("Reprimand issued by the Information Commissioner's Office on 15 May 2023 under Article 58(2)(b) UK GDPR. "
                "Progress reported to the Corporate Management Team and the Audit and Governance Committee.")
    ws["A3"].alignment = WRAP
    ws.merge_cells("A3:H3")
    ws.row_dimensions[3].height = 30
    ws["A4"] = "Last updated: 20 November 2023"
    ws["A4"].font = Font(italic=True)
    ws["A6"] = "RAG key:"
    ws["A6"].font = Font(bold=True)
    for col, (colour, text) in enumerate([("red", "Off track – action needed"), ("amber", "Some slippage"),
                                          ("green", "On track"), ("blue", "Complete")], 2):
        c = ws.cell(6, col, text)
        c.fill = fill(RAG_FILL[colour])
        c.font = Font(color="FFFFFF" if colour in ("red", "blue") else "000000", bold=True)
        c.alignment = CENTRE
    headers = ["ICO recommendation", "Action no.", "Action", "Owner", "Target date",
               "Previous RAG (Aug 2023)", "Current RAG (Nov 2023)", "Progress update / evidence"]
    widths = [40, 8, 48, 28, 14, 11, 11, 46]
    for i, (h, w) in enumerate(zip(headers, widths), 1):
        c = ws.cell(8, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("003B71")
        c.alignment = CENTRE
        c.border = BOX
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A9"
    r = 9
    for rec, acts in PCC_RECS:
        start = r
        for (no, act, owner, date, prev, cur, prog) in (a[:7] for a in acts):
            vals = [rec if r == start else None, no, act, owner, date, None, None, prog]
            for col, v in enumerate(vals, 1):
                c = ws.cell(r, col)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 6).fill = fill(RAG_FILL[prev])
            ws.cell(r, 7).fill = fill(RAG_FILL[cur])
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.page_setup.orientation = "landscape"

    ps = wb.create_sheet("SAR performance")
    ps["A1"] = "Subject access requests – monthly performance 2023/24"
    ps["A1"].font = Font(bold=True)
    hdr = ["Month", "SARs received", "SARs completed", "Completed within timescale", "% on time", "Open over 3 months"]
    for i, h in enumerate(hdr, 1):
        c = ps.cell(3, i, h)
        c.font = Font(bold=True)
        c.border = BOX
    data = [("Apr-23", 41, 30, 19), ("May-23", 38, 35, 24), ("Jun-23", 44, 49, 36), ("Jul-23", 36, 52, 40),
            ("Aug-23", 40, 47, 38), ("Sep-23", 43, 45, 37), ("Oct-23", 39, 42, 34)]
    open_over = [52, 49, 41, 33, 27, 22, 17]
    for k, (m, rec_, comp, ontime) in enumerate(data):
        row = 4 + k
        ps.cell(row, 1, m)
        ps.cell(row, 2, rec_)
        ps.cell(row, 3, comp)
        ps.cell(row, 4, ontime)
        ps.cell(row, 5, round(ontime / comp, 2)).number_format = "0%"
        ps.cell(row, 6, open_over[k])
    for i, w in enumerate([10, 14, 16, 24, 10, 18], 1):
        ps.column_dimensions[get_column_letter(i)].width = w
    wb.save(path)


def pcc_expected():
    acts = []
    for rec, rows in PCC_RECS:
        for row in rows:
            (no, act, owner, date, prev, cur, prog, lead, end, end_text, st) = row
            acts.append(dict(ref=no, under=[rec], action=act, lead=lead, end=end, end_text=end_text, status=st))
    return acts


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, colour=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    return cell


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)


# ---------------------------------------------------------------------------
# 4. NIHE - Housing Management System programme highlight report (docx)
# ---------------------------------------------------------------------------
NIHE_FILE = "zcf-northern-ireland-housing-executive-housing-management-system-programme-highlight-report.docx"
NIHE_TITLE = "Housing Management System (HMS) Programme – Highlight Report No. 14"

NIHE_WS = [
    ("Workstream 1 – Data Migration", [
        ("1.1", "Complete trial data load 3 (tenancy, rent account and repairs history) and reconcile to the legacy systems.",
         "Data Migration Lead", "31/07/2025", "30/09/2025", "Complete",
         "Reconciliation signed off 26 September; 99.7% match on rent balances.",
         ["Data Migration Lead"], "2025-09", None, "blue"),
        ("1.2", "Cleanse duplicate and incomplete applicant records on the Housing Selection Scheme waiting list before the final load.",
         "Data Migration Lead / Head of Housing Selection", "31/08/2025", "30/11/2025", "A",
         "14,200 of 19,600 flagged records resolved. Additional staff from regional offices from October.",
         ["Data Migration Lead", "Head of Housing Selection"], "2025-11", None, "amber"),
    ]),
    ("Workstream 2 – Build, Configuration and Testing", [
        ("2.1", "Complete system integration testing of the rent accounting and Universal Credit interfaces.",
         "Test Manager", "31/08/2025", "31/10/2025", "A",
         "Two severity 2 defects open with the supplier on the housing benefit interface.",
         ["Test Manager"], "2025-10", None, "amber"),
        ("2.2", "User acceptance testing of landlord services (tenancy, anti-social behaviour and estate management) with regional staff.",
         "Business Lead – Landlord Services", "31/10/2025", "15/01/2026", "R",
         "Start delayed by SIT overrun; change request CR-022 submitted (see section 5).",
         ["Business Lead – Landlord Services"], "2026-01", None, "red"),
        ("2.3", "Penetration test and security accreditation of the hosted environment.",
         "Head of ICT Security", "30/11/2025", "30/11/2025", "G",
         "Test booked for w/c 10 November.",
         ["Head of ICT Security"], "2025-11", None, "green"),
    ]),
    ("Workstream 3 – Business Change and Training", [
        ("3.1", "Train 240 super-users across the five regions.",
         "Business Change Manager", "Nov 2025 – Jan 2026", "Jan – Mar 2026", "A",
         "Training schedule re-planned to follow UAT.",
         ["Business Change Manager"], "2026-03", None, "amber"),
        ("3.2", "Agree revised patch working and repairs reporting procedures with the trade unions.",
         "Head of Landlord Services", "31/12/2025", "31/12/2025", "G",
         "Two consultation meetings held; draft procedures circulated.",
         ["Head of Landlord Services"], "2025-12", None, "green"),
    ]),
    ("Workstream 4 – Go-Live and Transition", [
        ("4.1", "Go-live readiness assessment and Programme Board go/no-go decision.",
         "Programme Manager", "March 2026", "May 2026", "A",
         "Forecast reflects the revised UAT dates; subject to approval of CR-022.",
         ["Programme Manager"], "2026-05", None, "amber"),
        ("4.2", "Decommission the legacy housing management applications and archive read-only data.",
         "Head of ICT Infrastructure", "Q2 2026/27", "Q2 2026/27", "G",
         "Archive solution procured.",
         ["Head of ICT Infrastructure"], "2026-09", None, "green"),
    ]),
]

NIHE_RAG_SHADE = {"Complete": "9DC3E6", "A": "FFC000", "R": "FF0000", "G": "00B050"}


def build_nihe(path):
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Northern Ireland Housing Executive")
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0xA5)
    doc.add_heading(NIHE_TITLE, level=0)

    info = [("Programme", "Housing Management System (HMS) Programme"),
            ("Senior Responsible Owner", "Director of Housing Services"),
            ("Programme Manager", "C. Quinn"),
            ("Reporting period", "1 – 30 September 2025"),
            ("Prepared for", "HMS Programme Board, 7 October 2025"),
            ("Report status", "Final")]
    t = doc.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "DEEAF6")
        set_cell(t.cell(i, 1), v)

    doc.add_heading("1. Status summary", level=1)
    dims = [("Dimension", "Last period", "This period", "Commentary"),
            ("Overall", "A", "A", "Go-live forecast moved from March to May 2026 pending change request CR-022."),
            ("Schedule", "A", "R", "System integration testing overran by two months."),
            ("Budget", "G", "G", "Spend to date £6.1m against £6.4m profile."),
            ("Resources", "A", "A", "Two business analyst vacancies; agency cover in place."),
            ("Benefits", "G", "G", "Benefits realisation plan approved in July.")]
    t = doc.add_table(rows=len(dims), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(dims):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
            if i == 0:
                shade(t.cell(i, j), "005EA5")
                t.cell(i, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            elif j in (1, 2):
                shade(t.cell(i, j), NIHE_RAG_SHADE[v])

    doc.add_heading("2. Summary of progress this period", level=1)
    doc.add_paragraph("Trial data load 3 was completed and reconciled, and waiting list cleansing continues with extra "
                      "staff from the regions. System integration testing has not yet exited because of two open "
                      "defects on the housing benefit interface, which has pushed user acceptance testing into the new year. "
                      "The Programme Board is asked to approve change request CR-022 re-baselining go-live to May 2026.")

    doc.add_heading("3. Milestones and key actions", level=1)
    hdr = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "RAG", "Comment"]
    nrows = 1 + sum(1 + len(a) for _, a in NIHE_WS)
    t = doc.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(t.cell(0, j), h, bold=True, colour="FFFFFF")
        shade(t.cell(0, j), "005EA5")
    i = 1
    for ws_name, acts in NIHE_WS:
        m = t.cell(i, 0).merge(t.cell(i, len(hdr) - 1))
        set_cell(m, ws_name, bold=True)
        shade(m, "DEEAF6")
        i += 1
        for a in acts:
            ref, act, owner, base, fc, rag, comment = a[:7]
            for j, v in enumerate([ref, act, owner, base, fc, rag, comment]):
                set_cell(t.cell(i, j), v)
            shade(t.cell(i, 5), NIHE_RAG_SHADE[rag])
            i += 1
    widths = [Cm(1.2), Cm(7.5), Cm(4.2), Cm(2.6), Cm(2.6), Cm(1.8), Cm(6.5)]
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    doc.add_paragraph("RAG: G on track to forecast; A forecast later than baseline but within tolerance; "
                      "R outside tolerance – escalated to Programme Board; Complete – milestone achieved.").runs[0].italic = True

    doc.add_heading("4. Key risks and issues", level=1)
    risks = [("Ref", "Risk / issue", "Rating", "Trend"),
             ("R07", "Supplier capacity to fix interface defects before UAT start.", "High", "↑"),
             ("R11", "Data quality in legacy waiting list records delays final load.", "Medium", "↔"),
             ("I03", "Business analyst vacancies reduce capacity to support testing.", "Medium", "↔")]
    t = doc.add_table(rows=len(risks), cols=4)
    t.style = "Table Grid"
    for i2, row in enumerate(risks):
        for j, v in enumerate(row):
            set_cell(t.cell(i2, j), v, bold=(i2 == 0))
            if i2 == 0:
                shade(t.cell(i2, j), "DEEAF6")

    doc.add_heading("5. Decisions required from the Programme Board", level=1)
    doc.add_paragraph("Approve change request CR-022: re-baseline UAT and go-live dates (go-live May 2026), "
                      "with no change to the approved budget.", style="List Bullet")
    doc.add_paragraph("Note the open severity 2 defects and the escalation to the supplier's account director.",
                      style="List Bullet")
    doc.add_paragraph("Next highlight report: November 2025 Programme Board.")
    doc.save(path)


def nihe_expected():
    acts = []
    for ws_name, rows in NIHE_WS:
        for row in rows:
            (ref, act, owner, base, fc, rag, comment, lead, end, end_text, st) = row
            acts.append(dict(ref=ref, under=[ws_name], action=act, lead=lead, end=end, end_text=end_text, status=st))
    return acts


# ---------------------------------------------------------------------------
# 5. Edinburgh Dog and Cat Home - OSCR inquiry governance action plan (docx)
# ---------------------------------------------------------------------------
EDCH_FILE = "zcf-edinburgh-dog-and-cat-home-oscr-inquiry-governance-action-plan.docx"
EDCH_TITLE = "Governance Improvement Action Plan"

EDCH_STATUS_SHADE = {"Complete": "5B9BD5", "On track": "70AD47", "At risk": "FFC000", "Overdue": "FF0000"}

EDCH_RECS = [
    ("Recommendation 1: Financial controls and delegated authority",
     "The trustees should ensure that the charity’s scheme of delegation and financial procedures are reviewed, approved by the board and followed, so that significant expenditure is authorised collectively.",
     [("1.1", "Review and update the Scheme of Delegation, setting out matters reserved to the Board and spending limits for the Chief Executive and senior managers.",
       "Chair of Finance and Audit Committee", "June 2025", "Approved by the Board on 24 June 2025.", "Complete",
       ["Chair of Finance and Audit Committee"], "2025-06", None, "blue"),
      ("1.2", "Introduce dual authorisation for all payments over £5,000 on the online banking platform.",
       "Head of Finance", "31 May 2025", "Live from 12 May 2025.", "Complete",
       ["Head of Finance"], "2025-05", None, "blue"),
      ("1.3", "Commission an independent review of financial procedures by the charity’s auditor and report the findings to the Finance and Audit Committee.",
       "Treasurer / Head of Finance", "November 2025", "Fieldwork started 22 September.", "On track",
       ["Treasurer", "Head of Finance"], "2025-11", None, "green"),
      ]),
    ("Recommendation 2: Collective decision-making",
     "The trustees should ensure that decisions are taken collectively at quorate meetings and properly minuted, and that no individual trustee acts outwith the authority delegated by the board.",
     [("2.1", "Adopt a Code of Conduct for trustees covering collective responsibility, confidentiality and the role of the Chair.",
       "Chair", "June 2025", "Adopted 24 June 2025; signed by all trustees.", "Complete",
       ["Chair"], "2025-06", None, "blue"),
      ("2.2", "Hold a facilitated board development session on trustee duties under the Charities and Trustee Investment (Scotland) Act 2005.",
       "Chair; Company Secretary", "September 2025", "Facilitator appointed; a date that all trustees can attend has not yet been agreed.", "At risk",
       ["Chair", "Company Secretary"], "2025-09", None, "amber"),
      ("2.3", "Record all decisions taken between meetings, including by email, in the minutes of the next Board meeting.",
       "Company Secretary", "Ongoing", "Applied since May 2025.", "On track",
       ["Company Secretary"], None, "Ongoing", "green"),
      ]),
    ("Recommendation 3: Conflicts of interest",
     "The charity should maintain a register of trustees’ interests, review it annually, and record declarations of interest and how any conflict was managed at each meeting.",
     [("3.1", "Refresh the Register of Interests with annual declarations from all trustees and senior staff.",
       "Company Secretary", "31 July 2025", "Nine of eleven declarations received; two outstanding.", "Overdue",
       ["Company Secretary"], "2025-07", None, "red"),
      ("3.2", "Add a standing “declarations of interest” item to all Board and committee agendas.",
       "Company Secretary", "May 2025", "In place from the May Board meeting.", "Complete",
       ["Company Secretary"], "2025-05", None, "blue"),
      ]),
    ("Recommendation 4: Trustee recruitment and skills",
     "The trustees should carry out a skills audit and use it to plan the recruitment of new trustees, including trustees with financial and governance experience.",
     [("4.1", "Carry out a trustee skills audit and agree a recruitment plan.",
       "Vice Chair", "August 2025", "Skills audit completed; plan agreed 26 August 2025.", "Complete",
       ["Vice Chair"], "2025-08", None, "blue"),
      ("4.2", "Recruit at least two new trustees with finance and governance experience through open advertisement.",
       "Chair / Vice Chair", "December 2025", "Advert placed with Goodmoves; interviews in November.", "On track",
       ["Chair", "Vice Chair"], "2025-12", None, "green"),
      ]),
]


def build_edch(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    doc.add_heading(EDCH_TITLE, level=0)
    p = doc.add_paragraph()
    r = p.add_run("Edinburgh Dog and Cat Home – response to the recommendations of the Scottish Charity Regulator (OSCR)")
    r.bold = True
    doc.add_paragraph("This action plan was approved by the Board of Trustees on 29 April 2025 following OSCR’s letter "
                      "of 12 March 2025 setting out the outcome of its inquiry and its recommendations for improvement. "
                      "OSCR has asked for an update by 31 October 2025. Progress is shown at 30 September 2025.")

    doc.add_heading("Document control", level=2)
    dc = [("Version", "Date", "Author", "Changes"),
          ("1.0", "29/04/2025", "Chief Executive", "Approved by the Board of Trustees"),
          ("1.1", "30/09/2025", "Company Secretary", "Progress update for Board meeting of 7 October 2025")]
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0), size=9)
            if i == 0:
                shade(t.cell(i, j), "D9D9D9")

    doc.add_heading("Status key", level=2)
    key = [("Complete", "Action delivered and evidence held"),
           ("On track", "In progress and expected to meet the timescale"),
           ("At risk", "In progress but the timescale may be missed"),
           ("Overdue", "Timescale has passed and the action is not complete")]
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(key):
        set_cell(t.cell(i, 0), k, bold=True, size=9)
        shade(t.cell(i, 0), EDCH_STATUS_SHADE[k])
        set_cell(t.cell(i, 1), v, size=9)

    for heading, rec_text, acts in EDCH_RECS:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        rr = p.add_run(rec_text)
        rr.italic = True
        hdr = ["No.", "Action", "Lead", "Timescale", "Progress at 30 September 2025", "Status"]
        t = doc.add_table(rows=1 + len(acts), cols=len(hdr))
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.cell(0, j), h, bold=True, size=9, colour="FFFFFF")
            shade(t.cell(0, j), "4B2C5E")
        for i, a in enumerate(acts, 1):
            no, act, lead, when, prog, status = a[:6]
            for j, v in enumerate([no, act, lead, when, prog, status]):
                set_cell(t.cell(i, j), v, size=9)
            shade(t.cell(i, 5), EDCH_STATUS_SHADE[status])
        widths = [Cm(1.0), Cm(6.0), Cm(3.2), Cm(2.4), Cm(4.0), Cm(1.8)]
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w

    doc.add_paragraph("Next review: Board of Trustees, 9 December 2025.")
    doc.add_heading("Approval", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, v in enumerate(["Approved by", "Signature", "Date"]):
        set_cell(t.cell(0, j), v, bold=True, size=9)
    for j, v in enumerate(["Chair of the Board of Trustees", "", "29/04/2025"]):
        set_cell(t.cell(1, j), v, size=9)
    doc.save(path)


def edch_expected():
    acts = []
    for heading, rec_text, rows in EDCH_RECS:
        for row in rows:
            (no, act, lead_cell, when, prog, status, lead, end, end_text, st) = row
            acts.append(dict(ref=no, under=[heading, rec_text], action=act, lead=lead, end=end,
                             end_text=end_text, status=st))
    return acts


# ---------------------------------------------------------------------------
# 6. Bicester Town Council - action log (csv)
# ---------------------------------------------------------------------------
BTC_FILE = "zcf-bicester-town-council-full-council-and-committees-action-log-2025-26.csv"
BTC_TITLE = "Bicester Town Council - Action Log 2025/26"

BTC_MEETINGS = [
    ("FULL COUNCIL - 14 July 2025", [
        ("FC25/041", "Write to Oxfordshire County Council requesting a review of the 20mph signage in Sheep Street and the Market Square.",
         "Town Clerk", "31/08/2025", "Complete", "Letter sent 4 August; OCC acknowledged 18 August.",
         ["Town Clerk"], "2025-08", None, "blue"),
        ("FC25/044", "Obtain three quotations for replacement safety surfacing at the Garth Park play area and report to Community & Leisure Committee.",
         "Deputy Town Clerk", "Sept 2025", "Amber", "Two quotes received; third contractor chased.",
         ["Deputy Town Clerk"], "2025-09", None, "amber"),
        ("FC25/047", "Circulate the adopted Financial Regulations (2025 model) to all councillors and publish on the website.",
         "RFO", "31/07/2025", "Complete", "Circulated 21 July.",
         ["RFO"], "2025-07", None, "blue"),
    ]),
    ("FINANCE & GOVERNANCE COMMITTEE - 8 September 2025", [
        ("FG25/019", "Reconcile the fixed asset register to the insurance schedule, as recommended by the internal auditor.",
         "Town Clerk/RFO", "31/10/2025", "Green", "Asset register updated; insurer asked for current schedule.",
         ["Town Clerk", "RFO"], "2025-10", None, "green"),
        ("FG25/021", "Update the bank mandate and remove former councillors as signatories.",
         "RFO", "30/09/2025", "Red", "Bank paperwork returned for missing signature; resubmitted 10 October.",
         ["RFO"], "2025-09", None, "red"),
        ("FG25/023", "Prepare draft 2026/27 budget and precept proposals for the December committee.",
         "Town Clerk & RFO", "December 2025", "Green", "Budget working group met 29 September.",
         ["Town Clerk", "RFO"], "2025-12", None, "green"),
    ]),
    ("COMMUNITY & LEISURE COMMITTEE - 22 September 2025", [
        ("CL25/030", "Set up a working group to plan the 2026 Bicester Festival and report back with a draft budget.",
         "Cllr Hughes & Cllr Lowe", "Ongoing", "Green", "First meeting held 6 October.",
         ["Cllr Hughes", "Cllr Lowe"], None, "Ongoing", "green"),
        ("CL25/032", "Arrange a site meeting with Cherwell District Council about litter bins on the Garth Park frontage.",
         "Deputy Town Clerk", "Oct-25", "Amber", "CDC officer to confirm a date.",
         ["Deputy Town Clerk"], "2025-10", None, "amber"),
        ("CL25/034", "Issue the updated allotment tenancy agreement to all plot holders.",
         "Facilities Manager", "15/11/2025", "", "Not started - awaiting solicitor's comments.",
         ["Facilities Manager"], "2025-11", None, "unrated"),
    ]),
]


def build_btc(path):
    ncol = 6
    rows = []
    rows.append([BTC_TITLE] + [""] * (ncol - 1))
    rows.append(["Updated for Full Council, 20 October 2025"] + [""] * (ncol - 1))
    rows.append([""] * ncol)
    rows.append(["Minute", "Action", "Lead", "Deadline", "RAG", "Progress / notes"])
    for meeting, acts in BTC_MEETINGS:
        rows.append([meeting] + [""] * (ncol - 1))
        for a in acts:
            rows.append(list(a[:6]))
    rows.append([""] * ncol)
    allacts = [a for _, acts in BTC_MEETINGS for a in acts]
    n = len(allacts)
    cnt = lambda s: sum(1 for a in allacts if a[9] == s)
    rows.append([f"Summary: {n} actions – {cnt('blue')} complete; {cnt('green')} green; {cnt('amber')} amber; "
                 f"{cnt('red')} red; {cnt('unrated')} not started"] + [""] * (ncol - 1))
    rows.append(["Completed actions are removed from the log once reported to Full Council."] + [""] * (ncol - 1))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


def btc_expected():
    acts = []
    for meeting, rows in BTC_MEETINGS:
        for row in rows:
            (ref, act, lead_cell, due, rag, notes, lead, end, end_text, st) = row
            acts.append(dict(ref=ref, under=[meeting], action=act, lead=lead, end=end, end_text=end_text, status=st))
    return acts


# ---------------------------------------------------------------------------
# 7. Newlon Housing Trust - RSH regulatory judgement improvement plan (txt)
# ---------------------------------------------------------------------------
NHT_FILE = "zcf-newlon-housing-trust-rsh-regulatory-judgement-improvement-plan.txt"
NHT_TITLE = "Newlon Housing Trust - Regulatory Judgement Improvement Plan (Consumer Standards)"

NHT_SECTIONS = [
    ("1. SAFETY AND QUALITY STANDARD", [
        ("Finding 1 - Stock condition data is incomplete and out of date", [
            ("1.1", "Complete a stock condition survey of 100% of rented homes and load the results into the asset management system.",
             "Director of Assets and Sustainability", "Target date: 31 March 2026", "RAG: Amber",
             "Update: 5,940 of 8,100 homes surveyed (73%). Additional surveyor capacity procured from October.",
             ["Director of Assets and Sustainability"], "2026-03", None, "amber"),
            ("1.2", "Publish a 30-year asset investment plan based on the new stock condition data.\nPresent the plan to the Board for approval alongside the 2026/27 budget.",
             "Director of Assets and Sustainability / Director of Finance", "Target date: June 2026", "RAG: Green",
             "Update: Modelling brief agreed with consultants.",
             ["Director of Assets and Sustainability", "Director of Finance"], "2026-06", None, "green"),
        ]),
        ("Finding 2 - Remedial actions from fire risk assessments are overdue", [
            ("1.3", "Clear all overdue high-risk remedial actions arising from fire risk assessments.",
             "Head of Building Safety", "Target date: 30 June 2025 (revised: 31 October 2025)", "RAG: Red",
             "Update: 37 high-risk actions remain open, 22 of them awaiting leaseholder access.",
             ["Head of Building Safety"], "2025-10", None, "red"),
            ("1.4", "Report overdue fire risk assessment actions monthly to the Executive Team and quarterly to the Board.",
             "Head of Building Safety", "Target date: July 2025", "RAG: Complete",
             "Update: Monthly report in place since July 2025.",
             ["Head of Building Safety"], "2025-07", None, "blue"),
        ]),
    ]),
    ("2. TRANSPARENCY, INFLUENCE AND ACCOUNTABILITY STANDARD", [
        ("Finding 3 - Complaints are not consistently handled within the Housing Ombudsman's Complaint Handling Code timescales", [
            ("2.1", "Create a dedicated Stage 1 complaints team and move complaint handling out of the repairs contact centre.",
             "Head of Customer Experience", "Target date: September 2025", "RAG: Complete",
             "Update: Team of four in post from 1 September 2025.",
             ["Head of Customer Experience"], "2025-09", None, "blue"),
            ("2.2", "Report learning from complaints and Ombudsman determinations to the Customer Committee.",
             "Head of Customer Experience", "Target date: Quarterly", "RAG: Green",
             "Update: First learning report taken to the Customer Committee on 11 September 2025.",
             ["Head of Customer Experience"], None, "Quarterly", "green"),
        ]),
        ("Finding 4 - Tenants have limited opportunities to influence and scrutinise services", [
            ("2.3", "Establish a Resident Scrutiny Panel with published terms of reference and an annual scrutiny programme.",
             "Director of Housing", "Target date: December 2025", "RAG: Green",
             "Update: Nine residents recruited; induction in November.",
             ["Director of Housing"], "2025-12", None, "green"),
        ]),
    ]),
    ("3. NEIGHBOURHOOD AND COMMUNITY STANDARD", [
        ("Finding 5 - Anti-social behaviour cases are not risk-assessed consistently", [
            ("3.1", "Adopt a risk assessment matrix for all new anti-social behaviour cases and audit a sample of cases each quarter.",
             "Head of Neighbourhoods", "Target date: November 2025", "RAG: Amber",
             "Update: Matrix agreed; case management system changes awaited.",
             ["Head of Neighbourhoods"], "2025-11", None, "amber"),
        ]),
    ]),
]


def build_nht(path):
    L = []
    L.append(NHT_TITLE)
    L.append("Progress report to the Board, 25 September 2025")
    L.append("")
    L.append("Background")
    L.append("In March 2025 the Regulator of Social Housing (RSH) published a regulatory judgement for Newlon Housing Trust "
             "following an inspection. The judgement found that the Trust needed to improve in some areas to deliver the "
             "outcomes of the consumer standards. This plan sets out the actions agreed by the Board in response and is "
             "shared with the regulator as part of our ongoing engagement.")
    L.append("")
    L.append("RAG key: Green = on track; Amber = at risk of missing target date; Red = target date missed; Complete = action completed.")
    L.append("")
    for si, (section, findings) in enumerate(NHT_SECTIONS):
        L.append("=" * 72)
        L.append(section)
        L.append("=" * 72)
        L.append("")
        for finding, acts in findings:
            L.append(finding)
            L.append("")
            for a in acts:
                ref, act, lead, target, rag, update = a[:6]
                L.append(f"Action {ref}")
                L.extend(act.split("\n"))
                L.append(f"Lead: {lead}")
                L.append(target)
                L.append(rag)
                L.append(update)
                L.append("")
        if si == 0:
            L.append("Newlon Housing Trust | Board 25 September 2025 | Page 1 of 2")
            L.append("")
    L.append("-" * 72)
    allacts = [a for _, fs in NHT_SECTIONS for _, acts in fs for a in acts]
    cnt = lambda x: sum(1 for a in allacts if a[9] == x)
    L.append(f"Summary at 25 September 2025: {len(allacts)} actions - {cnt('blue')} complete, {cnt('green')} green, "
             f"{cnt('amber')} amber, {cnt('red')} red.")
    L.append("Next report: Board, 27 November 2025.")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def nht_expected():
    acts = []
    for section, findings in NHT_SECTIONS:
        for finding, rows in findings:
            for row in rows:
                (ref, act, lead_cell, target, rag, update, lead, end, end_text, st) = row
                acts.append(dict(ref=ref, under=[section, finding], action=act, lead=lead, end=end,
                                 end_text=end_text, status=st))
    return acts


# ---------------------------------------------------------------------------
def main():
    build_rzss(os.path.join(HERE, RZSS_FILE))
    typo_row = build_sepa(os.path.join(HERE, SEPA_FILE))
    build_pcc(os.path.join(HERE, PCC_FILE))
    build_nihe(os.path.join(HERE, NIHE_FILE))
    build_edch(os.path.join(HERE, EDCH_FILE))
    build_btc(os.path.join(HERE, BTC_FILE))
    build_nht(os.path.join(HERE, NHT_FILE))
    print("SEPA typo row:", typo_row)
    return typo_row


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
