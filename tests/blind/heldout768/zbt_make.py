#!/usr/bin/env python3
"""Build the seven zbt- blind test files (set heldout768).

Run with any Python that has openpyxl and python-docx:
    python zbt_make.py
Files are written next to this script.  The data below also carries, per action,
the reading a person makes of it (lead list, end month, status); EXPECTED() turns
that into the NAME.expected.yaml dictionaries.
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

F_WH = "zbt-william-hill-gambling-commission-regulatory-settlement-remediation-tracker.xlsx"
F_HC = "zbt-howard-cottage-housing-association-strategic-risk-register-2025-26.xlsx"
F_SP = "zbt-scottish-parliamentary-corporate-body-advisory-audit-board-internal-audit-tracker.xlsx"
F_NC = "zbt-national-churches-trust-board-of-trustees-action-log.docx"
F_DA = "zbt-daera-soil-nutrient-health-scheme-programme-highlight-report.docx"
F_NB = "zbt-newbury-town-council-health-and-safety-audit-action-plan-airtable-export.csv"
F_MS = "zbt-ms-society-ico-data-protection-audit-action-plan-typo-month-refuse.txt"

FILL = {
    "blue": "FF5B9BD5",
    "green": "FF70AD47",
    "amber": "FFFFC000",
    "red": "FFFF0000",
    "head": "FF1F3864",
    "sub": "FFD9E1F2",
    "grey": "FFF2F2F2",
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill(fill_type="solid", fgColor=FILL[name])


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. William Hill Group - Gambling Commission regulatory settlement tracker
# ---------------------------------------------------------------------------
WH_TITLE = "William Hill Group – Regulatory Settlement Remediation Tracker"
WS1 = "Workstream 1 – Social responsibility (SR Code Provision 3.4.3 Customer interaction)"
WS2 = "Workstream 2 – Anti-money laundering (Licence Condition 12.1.1)"
WS3 = "Workstream 3 – Assurance and oversight"
WH_F = {
    1: "Finding 1 – New and returning customers could spend large sums at high velocity before any checks were triggered (e.g. £23,000 staked within 20 minutes of opening an account).",
    2: "Finding 2 – The 24-hour delay was not applied before credit limit increases were granted (one customer placed a £100,000 bet against a £70,000 limit).",
    3: "Finding 3 – Customers at risk of harm were identified too late (one customer lost £54,252 in four weeks without income evidence being sought).",
    4: "Finding 4 – Customers were permitted to deposit significant sums without source of funds checks, and there were no hard stops to prevent further spend.",
    5: "Finding 5 – Retail AML procedures were not tailored to the shop estate and staff did not escalate unusual anonymous staking.",
    6: "Finding 6 – Settlement term: independent assurance that the remediation is effective.",
}
# (ref, action, licensees, owner, original, revised, prev, curr, update, lead, end, end_text, status)
WH_ROWS = [
    ("WS", WS1),
    ("F", 1),
    ("1.1", "Introduce automated velocity and spend triggers for customers in their first 30 days that pause play until a safer gambling review is completed.",
     "WHG (International) Ltd; Mr Green Ltd", "Director of Safer Gambling", d(2023, 6, 30), None, "G", "B",
     "Triggers live on williamhill.com 12/06/2023 and mrgreen.com 26/06/2023. Evidence pack E1.1 accepted by Compliance.",
     ["Director of Safer Gambling"], "2023-06", None, "blue"),
    ("1.2", "Apply a risk-based affordability check (credit reference data and, where needed, income evidence) before a new customer's net deposits exceed the Group affordability threshold.",
     "WHG (International) Ltd; Mr Green Ltd", "Head of Customer Risk; Director of Safer Gambling", d(2023, 7, 31), d(2023, 11, 30), "A", "B",
     "Delayed by supplier integration; live 20/11/2023. Evidence pack E1.2 accepted.",
     ["Head of Customer Risk", "Director of Safer Gambling"], "2023-11", None, "blue"),
    ("F", 2),
    ("2.1", "Build a system-enforced 24-hour cooling-off period into the credit limit increase workflow, with no manual override.",
     "WHG (International) Ltd", "Chief Technology Officer – UK&I", d(2023, 5, 31), None, "B", "B",
     "Released 22/05/2023; override permission removed from all trading roles.",
     ["Chief Technology Officer – UK&I"], "2023-05", None, "blue"),
    ("2.2", "Complete a look-back review of all credit limit increases granted between 1 January 2020 and 31 March 2023 and report the outcome to the Commission.",
     "WHG (International) Ltd", "Head of Regulatory Affairs", d(2023, 9, 30), d(2024, 2, 29), "A", "A",
     "1,912 cases identified; review 80% complete. Extension notified to the Commission 18/09/2023.",
     ["Head of Regulatory Affairs"], "2024-02", None, "amber"),
    ("F", 3),
    ("3.1", "Recalibrate the harm detection model to include loss velocity and time-of-day markers, and validate it against the 2021–22 case sample.",
     "WHG (International) Ltd; Mr Green Ltd", "Head of Data Science", d(2023, 8, 31), d(2024, 3, 31), "G", "A",
     "Model v3 in shadow running since December; validation report due to Model Governance Forum in March.",
     ["Head of Data Science"], "2024-03", None, "amber"),
    ("3.2", "Deliver refreshed customer interaction training to all customer-facing and safer gambling staff, with a competency assessment.",
     "All three licensees", "Head of Learning & Development", d(2023, 12, 31), d(2024, 3, 31), "G", "A",
     "Online teams 100% complete; retail roll-out 74% complete.",
     ["Head of Learning & Development"], "2024-03", None, "amber"),
    ("WS", WS2),
    ("F", 4),
    ("4.1", "Introduce hard stops that suspend deposits at defined thresholds until source of funds evidence has been received and reviewed.",
     "WHG (International) Ltd; Mr Green Ltd", "Group MLRO", d(2023, 6, 30), None, "G", "B",
     "Hard stops live 29/06/2023; threshold review scheduled for Q2 2024.",
     ["Group MLRO"], "2023-06", None, "blue"),
    ("4.2", "Refresh the business-wide money laundering and terrorist financing risk assessment and re-approve it at the Risk & Compliance Committee.",
     "All three licensees", "Group MLRO", d(2023, 9, 30), d(2024, 3, 31), "A", "R",
     "Draft delayed by MLRO vacancy (Nov–Dec 2023). Interim MLRO in post; revised date at risk.",
     ["Group MLRO"], "2024-03", None, "red"),
    ("F", 5),
    ("5.1", "Rewrite the retail AML procedures for the 1,344 shops, including clear escalation routes for anonymous high-value staking.",
     "William Hill Organization Ltd", "Director of Retail Operations; Head of Retail Compliance", d(2023, 8, 31), None, "G", "B",
     "Procedures issued 14/08/2023 and briefed at area manager conference.",
     ["Director of Retail Operations", "Head of Retail Compliance"], "2023-08", None, "blue"),
    ("5.2", "Roll out AML e-learning with an 80% pass mark to all shop staff and area managers.",
     "William Hill Organization Ltd", "Head of Retail Compliance", d(2023, 11, 30), d(2024, 4, 30), "G", "A",
     "68% of shop staff passed; new starters now enrolled automatically.",
     ["Head of Retail Compliance"], "2024-04", None, "amber"),
    ("WS", WS3),
    ("F", 6),
    ("6.1", "Commission an independent third-party audit of SR and AML controls across the three licensees and share the final report with the Commission.",
     "All three licensees", "Chief Compliance Officer", d(2023, 12, 31), d(2024, 6, 30), "G", "G",
     "Auditor appointed October 2023; fieldwork February–April 2024. Revised date agreed with the Commission 12/12/2023.",
     ["Chief Compliance Officer"], "2024-06", None, "green"),
    ("6.2", "Report progress against this tracker to every Risk & Compliance Committee until all actions are closed.",
     "All three licensees", "Company Secretary", "Ongoing", None, "G", "G",
     "Standing agenda item.",
     ["Company Secretary"], None, "Ongoing", "green"),
]


def make_wh(path):
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = WH_TITLE
    cv["A1"].font = Font(bold=True, size=16, color="FF1F3864")
    cv["A2"] = ("Gambling Commission public statement of 28 March 2023: WHG (International) Ltd, "
                "Mr Green Ltd and William Hill Organization Ltd")
    cv["A3"] = "Prepared by UK&I Compliance, 888 Holdings plc, for the Risk & Compliance Committee"
    cv["A4"] = "Classification: Confidential – shared with the Gambling Commission"
    cv["A4"].font = Font(italic=True)
    cv["A6"] = "Document control"
    cv["A6"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    rows = [
        ("0.1", d(2023, 4, 14), "Regulatory Affairs Manager", "First draft following settlement"),
        ("1.0", d(2023, 4, 25), "Chief Compliance Officer", "Approved by Risk & Compliance Committee"),
        ("1.4", d(2023, 10, 31), "Regulatory Affairs Manager", "Q3 update; revised dates for 1.2 and 2.2"),
        ("1.6", d(2024, 1, 31), "Regulatory Affairs Manager", "Q4 update; revised dates for 3.1, 3.2, 4.2, 5.2 and 6.1"),
    ]
    for c, h in enumerate(hdr, 1):
        cell = cv.cell(row=7, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("head")
        cell.border = BOX
    for r, row in enumerate(rows, 8):
        for c, v in enumerate(row, 1):
            cell = cv.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cv["A13"] = "Tracker owner: Chief Compliance Officer, UK&I"
    cv["A14"] = "Next update: Risk & Compliance Committee, April 2024"
    for col, w in zip("ABCD", (10, 14, 30, 60)):
        cv.column_dimensions[col].width = w

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Remediation Action Tracker – position at 31 January 2024"
    ws["A1"].font = Font(bold=True, size=14)
    heads = ["Ref", "Action", "Licensee(s)", "Accountable owner", "Original target date",
             "Revised target date", "Previous RAG (Oct-23)", "Current RAG (Jan-24)",
             "Progress update / evidence"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("head")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    ws.freeze_panes = "A4"
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 4
    for row in WH_ROWS:
        if row[0] == "WS":
            ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFFFF")
            ws.cell(row=r, column=1).fill = fill("head")
        elif row[0] == "F":
            ws.cell(row=r, column=1, value=WH_F[row[1]])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).font = Font(italic=True, bold=True)
            ws.cell(row=r, column=1).fill = fill("sub")
            ws.cell(row=r, column=1).alignment = WRAP
            ws.row_dimensions[r].height = 30
        else:
            ref, act, lic, own, orig, rev, prev, curr, upd = row[:9]
            vals = [ref, act, lic, own, orig, rev if rev else "", prev, curr, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            for c, v in ((7, prev), (8, curr)):
                ws.cell(row=r, column=c).fill = fill(rag_fill[v])
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    # summary block
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG at 31/01/2024").font = Font(bold=True)
    counts = {}
    for row in WH_ROWS:
        if row[0] not in ("WS", "F"):
            counts[row[7]] = counts.get(row[7], 0) + 1
    for label, key in (("Complete (B)", "B"), ("On track (G)", "G"), ("At risk (A)", "A"), ("Off track (R)", "R")):
        r += 1
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value=counts.get(key, 0))
        ws.cell(row=r, column=1).fill = fill(rag_fill[key])
    r += 1
    ws.cell(row=r, column=1, value="Total")
    ws.cell(row=r, column=2, value=sum(counts.values()))
    ws.cell(row=r, column=1).font = Font(bold=True)
    for col, w in zip("ABCDEFGHI", (8, 60, 26, 30, 13, 13, 11, 11, 50)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=13)
    keyrows = [
        ("B", "Complete – evidence accepted by Compliance", "blue"),
        ("G", "On track to meet the target date", "green"),
        ("A", "At risk – revised date agreed or slippage expected", "amber"),
        ("R", "Off track – target date missed or unlikely to be met", "red"),
    ]
    for i, (k, text, f) in enumerate(keyrows, 3):
        key.cell(row=i, column=1, value=k).fill = fill(f)
        key.cell(row=i, column=2, value=text)
    key.column_dimensions["B"].width = 60
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Howard Cottage Housing Association - strategic risk register
# ---------------------------------------------------------------------------
HC_TITLE = "Howard Cottage Housing Association – Strategic Risk Register 2025/26"
HC_CAT1 = "1. Regulatory and compliance"
HC_CAT2 = "2. Financial"
HC_CAT3 = "3. Operational, people and data"
# risk: (title, cause, owner, inherent (L, I), controls, residual (L, I), actions)
# action: (text, owner, target, status_fill_or_None, lead, end, end_text, status)
HC_RISKS = [
    ("CAT", HC_CAT1),
    ("SR1: Tenant and building safety",
     "Failure to comply with landlord health and safety obligations (fire, gas, electrical, water, asbestos, lifts, damp and mould) leading to harm to residents, regulatory downgrade and reputational damage.",
     "Director of Property Services", (4, 5),
     "Compliance dashboard reported monthly to Executive and quarterly to Board; external fire risk assessor; gas and electrical contracts with 100% certificate checks; damp and mould case management system.",
     (2, 5),
     [("Complete the programme of Type 4 intrusive fire risk assessments at the three general needs blocks over four storeys.",
       "Compliance Manager", "Dec-25", "green", ["Compliance Manager"], "2025-12", None, "green"),
      ("Implement the Awaab's Law response process (investigation within 10 working days, emergency repairs within 24 hours) and train all repairs staff.",
       "Head of Repairs; Compliance Manager", "Oct-25", "blue", ["Head of Repairs", "Compliance Manager"], "2025-10", None, "blue"),
      ("Commission an independent audit of the compliance data held in the asset management system against source certificates.",
       "Director of Property Services", "Q4 2025/26", None, ["Director of Property Services"], "2026-03", None, "unrated")]),
    ("SR2: Consumer Standards and RSH inspection",
     "The Regulator of Social Housing's inspection finds we cannot evidence delivery of the Consumer Standards (TSM data quality, complaint handling, knowledge of stock condition), leading to a C3 or C4 grading.",
     "Chief Executive", (3, 4),
     "Consumer Standards self-assessment refreshed annually; TSM data validated by internal audit 2024/25; Housing Ombudsman Complaint Handling Code self-assessment published.",
     (2, 4),
     [("Complete stock condition surveys of the remaining 312 homes so that every home has a survey less than five years old.",
       "Asset Manager", "Mar-26", "amber", ["Asset Manager"], "2026-03", None, "amber"),
      ("Run a mock inspection with an external consultant and agree an evidence library for each Consumer Standard.",
       "Head of Governance", "Jan-26", "green", ["Head of Governance"], "2026-01", None, "green")]),
    ("CAT", HC_CAT2),
    ("SR3: Financial viability and covenant headroom",
     "Higher than planned repairs and compliance spend, rent arrears from Universal Credit migration and interest rate rises reduce interest cover below the 110% loan covenant.",
     "Director of Finance & Corporate Services", (3, 5),
     "30-year business plan stress tested annually; treasury management policy; monthly management accounts to Executive; golden rules approved by Board.",
     (2, 4),
     [("Re-run the business plan stress tests with the 2025/26 repairs budget and a combined 'perfect storm' scenario, and present mitigation plans to Board.",
       "Director of Finance & Corporate Services", "30/11/2025", "green", ["Director of Finance & Corporate Services"], "2025-11", None, "green"),
      ("Agree a revised golden rule for minimum EBITDA-MRI interest cover with funders.",
       "Director of Finance & Corporate Services; Chief Executive", "Mar-26", "amber",
       ["Director of Finance & Corporate Services", "Chief Executive"], "2026-03", None, "amber")]),
    ("CAT", HC_CAT3),
    ("SR4: Cyber attack and loss of data",
     "A ransomware or phishing attack disrupts services and results in the loss or disclosure of residents' personal data, leading to ICO action.",
     "Director of Finance & Corporate Services", (4, 4),
     "Managed IT provider with 24/7 monitoring; MFA on all accounts; immutable daily back-ups; annual phishing simulation.",
     (3, 4),
     [("Achieve Cyber Essentials Plus certification.",
       "IT & Data Manager", "Sep-25", "red", ["IT & Data Manager"], "2025-09", None, "red"),
      ("Test the ransomware recovery plan with a desktop exercise involving the Executive Team.",
       "IT & Data Manager", "Feb-26", "green", ["IT & Data Manager"], "2026-02", None, "green")]),
    ("SR5: Key person dependency and recruitment",
     "A small team with single points of failure (Compliance Manager, Finance Manager) and a tight local labour market mean that losing key staff disrupts services.",
     "Chief Executive", (3, 3),
     "Succession plan reviewed by Remuneration Committee; documented procedures for key finance processes.",
     (2, 3),
     [("Cross-train a second officer on the compliance dashboard and the rent account reconciliation.",
       "Head of People", "Ongoing", "green", ["Head of People"], None, "Ongoing", "green")]),
]


def score_fill(s):
    return "red" if s >= 15 else ("amber" if s >= 8 else "green")


def make_hc(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    ws["A1"] = HC_TITLE
    ws["A1"].font = Font(bold=True, size=15, color="FF1F3864")
    ws["A2"] = ("Reported to: Audit & Risk Committee, 18 November 2025   |   Register owner: Chief Executive   |   "
                "Last reviewed by Executive Team: 4 November 2025")
    ws["A2"].font = Font(italic=True)
    top = ["Risk", "Cause and consequence", "Risk owner", "Inherent risk", None, None, "Key controls in place",
           "Residual risk", None, None, "Further action required", "Action owner", "Target date", "Action status"]
    for c, h in enumerate(top, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("head")
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = BOX
    for c, h in ((4, "L"), (5, "I"), (6, "Score"), (8, "L"), (9, "I"), (10, "Score")):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("head")
        cell.alignment = Alignment(horizontal="center")
        cell.border = BOX
    for c in (1, 2, 3, 7, 11, 12, 13, 14):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells("D4:F4")
    ws.merge_cells("H4:J4")
    r = 6
    for risk in HC_RISKS:
        if risk[0] == "CAT":
            ws.cell(row=r, column=1, value=risk[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("sub")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
            r += 1
            continue
        title, cause, owner, inh, controls, res, actions = risk
        n = len(actions)
        first = r
        vals = {1: title, 2: cause, 3: owner, 4: inh[0], 5: inh[1], 6: inh[0] * inh[1], 7: controls,
                8: res[0], 9: res[1], 10: res[0] * res[1]}
        for c, v in vals.items():
            cell = ws.cell(row=first, column=c, value=v)
            cell.alignment = WRAP if c in (1, 2, 3, 7) else Alignment(horizontal="center", vertical="top")
            if n > 1:
                ws.merge_cells(start_row=first, start_column=c, end_row=first + n - 1, end_column=c)
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=6).fill = fill(score_fill(inh[0] * inh[1]))
        ws.cell(row=first, column=10).fill = fill(score_fill(res[0] * res[1]))
        for i, a in enumerate(actions):
            text, aown, target, sfill = a[:4]
            rr = first + i
            ws.cell(row=rr, column=11, value=text).alignment = WRAP
            ws.cell(row=rr, column=12, value=aown).alignment = WRAP
            ws.cell(row=rr, column=13, value=target).alignment = Alignment(horizontal="center", vertical="top")
            st = ws.cell(row=rr, column=14)
            if sfill:
                st.fill = fill(sfill)
            for c in range(1, 15):
                ws.cell(row=rr, column=c).border = BOX
            ws.row_dimensions[rr].height = 48
        r = first + n
    r += 1
    ws.cell(row=r, column=1, value="Notes:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Scores are Likelihood (L) x Impact (I), each on a 1–5 scale. Residual scores assume the key controls operate effectively.")
    ws.cell(row=r + 2, column=1, value="Action status is shown by the colour of the cell – see the 'Scoring & key' sheet.")
    for col, w in zip("ABCDEFGHIJKLMN", (26, 44, 22, 4, 4, 7, 44, 4, 4, 7, 48, 26, 12, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "B6"

    k = wb.create_sheet("Scoring & key")
    k["A1"] = "Risk scoring"
    k["A1"].font = Font(bold=True, size=13)
    for i, (band, f) in enumerate((("15–25  High – Board attention", "red"), ("8–12  Medium – Executive management", "amber"),
                                    ("1–6  Low – managed by owner", "green")), 3):
        k.cell(row=i, column=1, value=band).fill = fill(f)
    k["A8"] = "Action status (cell colour)"
    k["A8"].font = Font(bold=True, size=13)
    for i, (f, text) in enumerate((("blue", "Complete"), ("green", "On track"),
                                    ("amber", "Slipping – may miss target date"), ("red", "Overdue"),
                                    (None, "No colour – not yet started")), 9):
        c = k.cell(row=i, column=1, value="")
        if f:
            c.fill = fill(f)
        c.border = BOX
        k.cell(row=i, column=2, value=text)
    k.column_dimensions["A"].width = 40
    k.column_dimensions["B"].width = 40
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. SPCB - Advisory Audit Board internal audit recommendations tracker
# ---------------------------------------------------------------------------
SP_TITLE = "Scottish Parliamentary Corporate Body – Internal Audit Recommendations Tracker"
SP_A1 = "2024/25-04 Members' Staff Salary Payments – Reasonable assurance (reported to AAB, 12 March 2025)"
SP_A2 = "2025/26-01 Cyber Security: Incident Response and Recovery – Limited assurance (reported to AAB, 4 September 2025)"
SP_A3 = "2025/26-02 Contract Management: Facilities Services Contracts – Reasonable assurance (reported to AAB, 4 September 2025)"
SP_STATUS = {
    "Complete": ("blue", "blue"),
    "On track": ("green", "green"),
    "Delayed – revised date agreed": ("amber", "amber"),
    "Overdue": ("red", "red"),
}
# group: (heading, [rec block]) ; rec block: (grade, recommendation, [actions])
# action: (ref, text, officer, original, revised, status, update, lead)
SP_GROUPS = [
    (SP_A1, [
        ("High", "Independent verification of changes to Members' staff bank details should be introduced before the payroll is run.",
         [("R1", "Introduce a call-back verification to a known telephone number for all bank detail changes, evidenced in the payroll system before the monthly cut-off.",
           "Head of Allowances", d(2025, 4, 30), None, "Complete",
           "Call-back process live from April 2025 payroll; sample tested by Internal Audit in August 2025.",
           ["Head of Allowances"])]),
        ("Medium", "Guidance for Members on the staff cost provision should be updated and the annual declaration process strengthened.",
         [("R2(a)", "Publish revised staff cost provision guidance on the Members' intranet and brief Members' office managers.",
           "Head of Allowances", d(2025, 6, 30), d(2025, 9, 30), "Complete",
           "Guidance published 22 September 2025; briefing sessions held 24 and 25 September.",
           ["Head of Allowances"]),
          ("R2(b)", "Introduce an annual online declaration by each Member confirming staff contracts and hours, with non-returns escalated to the Allowances Office Manager.",
           "Allowances Office Manager", d(2026, 3, 31), None, "On track",
           "Form built; first declaration round planned for February 2026.",
           ["Allowances Office Manager"])]),
    ]),
    (SP_A2, [
        ("High", "The cyber incident response plan should be updated to reflect the current IT operating model and tested at least annually.",
         [("R1", "Update the cyber incident response plan, including third-party supplier contacts and the decision-making role of the Leadership Group, and run a live-play exercise.",
           "Head of Digital Services; Information Security Manager", d(2025, 10, 31), d(2026, 1, 31), "Delayed – revised date agreed",
           "Plan redrafted; exercise moved to January 2026 to avoid the Budget period. Revised date agreed by AAB Chair.",
           ["Head of Digital Services", "Information Security Manager"])]),
        ("High", "Recovery time objectives for critical systems should be agreed with business owners and tested through restoration exercises.",
         [("R2", "Agree recovery time objectives for the 12 critical business systems with system owners and complete a test restore for each.",
           "Information Security Manager", d(2025, 12, 31), None, "On track",
           "RTOs agreed for 9 of 12 systems; test restores scheduled for December recess.",
           ["Information Security Manager"])]),
        ("Medium", "Privileged access to core infrastructure should be reviewed quarterly.",
         [("R3", "Implement a quarterly privileged access review, signed off by the Head of Digital Services, with the first review covering all domain administrator accounts.",
           "Infrastructure Manager", d(2025, 9, 30), None, "Overdue",
           "First review started October 2025; not yet signed off.",
           ["Infrastructure Manager"])]),
        ("Low", "Cyber security awareness training completion rates should be reported to the Leadership Group.",
         [("R4", "Add training completion rates by office to the quarterly information governance report.",
           "Information Governance Manager", d(2025, 11, 30), None, "Complete",
           "Included in the Q2 report to Leadership Group, 6 November 2025.",
           ["Information Governance Manager"])]),
    ]),
    (SP_A3, [
        ("Medium", "A contract management framework should set out the minimum monitoring required for each contract tier.",
         [("R1", "Approve a contract management framework with Tier 1–3 monitoring requirements and publish it on the staff intranet.",
           "Head of Procurement", d(2025, 12, 31), None, "On track",
           "Draft framework with Leadership Group for approval on 9 December.",
           ["Head of Procurement"])]),
        ("Medium", "Performance meetings with the catering and cleaning contractors should be minuted and KPIs reported quarterly.",
         [("R2", "Minute all monthly contractor performance meetings and report KPI performance quarterly to the Head of Facilities Management.",
           "Facilities Contracts Manager", d(2025, 10, 31), None, "Complete",
           "Minutes held on the contract file from August; first quarterly KPI report issued October 2025.",
           ["Facilities Contracts Manager"])]),
        ("Low", "Contract variations should be approved in line with the scheme of delegation.",
         [("R3", "Remind budget holders of the variation approval limits and add a variation log to each Tier 1 contract file.",
           "Head of Procurement; Head of Facilities Management", d(2026, 3, 31), None, "On track",
           "Reminder issued; variation log template in draft.",
           ["Head of Procurement", "Head of Facilities Management"])]),
    ]),
]


def make_sp(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = SP_TITLE
    sm["A1"].font = Font(bold=True, size=15)
    sm["A2"] = "Advisory Audit Board, 3 December 2025 – position at 14 November 2025"
    sm["A2"].font = Font(italic=True)
    heads = ["Internal audit report", "Assurance", "Actions", "Complete", "On track", "Delayed", "Overdue"]
    for c, h in enumerate(heads, 1):
        cell = sm.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("head")
        cell.border = BOX
    tot = [0, 0, 0, 0, 0]
    r = 5
    for heading, recs in SP_GROUPS:
        name, rest = heading.split(" – ", 1)
        assurance = rest.split(" (")[0]
        acts = [a for rec in recs for a in rec[2]]
        cnt = [len(acts)] + [sum(1 for a in acts if a[5] == s) for s in SP_STATUS]
        for c, v in enumerate([name, assurance] + cnt, 1):
            sm.cell(row=r, column=c, value=v).border = BOX
        tot = [x + y for x, y in zip(tot, cnt)]
        r += 1
    for c, v in enumerate(["Total", ""] + tot, 1):
        cell = sm.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    r += 2
    sm.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for text, f in (("Complete – action implemented and evidence seen by Internal Audit", "blue"),
                    ("On track – expected to be implemented by the original date", "green"),
                    ("Delayed – revised date agreed by the AAB", "amber"),
                    ("Overdue – original date passed and no revised date agreed", "red")):
        r += 1
        sm.cell(row=r, column=1, value=text).fill = fill(f)
    sm.column_dimensions["A"].width = 62
    sm.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Open and recently closed recommendations – position at 14 November 2025"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Rec", "Grade", "Recommendation", "Agreed management action", "Responsible officer",
             "Original date", "Revised date", "Status", "Update from management"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("head")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 4
    for heading, recs in SP_GROUPS:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("sub")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for grade, rec, acts in recs:
            first = r
            for a in acts:
                ref, text, officer, orig, rev, status, upd = a[:7]
                vals = [ref, grade if r == first else None, rec if r == first else None, text, officer, orig,
                        rev if rev else "n/a", status, upd]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8).fill = fill(SP_STATUS[status][0])
                r += 1
            if len(acts) > 1:
                for c in (2, 3):
                    ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    for col, w in zip("ABCDEFGHI", (7, 8, 44, 52, 26, 12, 12, 18, 44)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
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


def header_row(table, heads, colour="1F3864"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, colour)


DOCX_RAG = {"G": "70AD47", "A": "FFC000", "R": "FF0000", "C": "5B9BD5", "Complete": "5B9BD5"}


# ---------------------------------------------------------------------------
# 4. National Churches Trust - Board of Trustees action log
# ---------------------------------------------------------------------------
NC_TITLE = "National Churches Trust: Board of Trustees Action Log"
NC_S1 = "Actions from the meeting of 18 June 2025"
NC_S2 = "Actions from the meeting of 24 September 2025"
NC_S3 = "Standing actions"
# (minute, action, owner, due, status, update, lead, end, end_text, rating)
NC_TABLES = [
    (NC_S1, [
        ("5.3", "Bring a paper on the options for a multi-year grants strategy 2026–2030, including the balance between repair grants and maintenance support.",
         "CEO / DoCS", "Sept 2025", "C", "Paper considered at the September Board (item 7); strategy approved.",
         ["CEO", "DoCS"], "2025-09", None, "blue"),
        ("6.2", "Circulate the revised reserves policy to trustees for approval by written resolution.",
         "DoF", "July 2025", "C", "Approved by written resolution on 24 July 2025.",
         ["DoF"], "2025-07", None, "blue"),
        ("8.1", "Arrange safeguarding refresher training for all trustees and record completion in the trustee skills register.",
         "HoG", "31/10/2025\nRevised: 31/01/2026", "A", "Seven of ten trustees have completed; the remaining three are booked for January.",
         ["HoG"], "2026-01", None, "amber"),
    ]),
    (NC_S2, [
        ("4.4", "Review the charity's compliance with the Charity Governance Code and report any gaps to the Nominations & Governance Committee.",
         "HoG", "December 2025", "G", "Self-assessment drafted; to N&G Committee on 2 December.",
         ["HoG"], "2025-12", None, "green"),
        ("7.2", "Commission an independent review of the grant assessment process, including conflict of interest declarations by grant panel members.",
         "ARC / DoCS", "March 2026", "G", "Terms of reference agreed; reviewer appointed.",
         ["ARC", "DoCS"], "2026-03", None, "green"),
        ("9.1", "Update the fundraising risk on the corporate risk register to reflect the revised legacy income forecast.",
         "DoF", "November 2025", "R", "Not yet updated – legacy pipeline data awaited following the finance system migration.",
         ["DoF"], "2025-11", None, "red"),
        ("10.3", "Notify the Charity Commission of the amended Articles agreed at the AGM and check that the register entry is updated.",
         "HoG", "October 2025", "C", "Submitted 14 October 2025; register updated.",
         ["HoG"], "2025-10", None, "blue"),
    ]),
    (NC_S3, [
        ("SA1", "Report any serious incident to the Charity Commission within the timescales in the serious incident reporting policy, and inform the Chair within 24 hours.",
         "CEO", "Ongoing", "G", "No serious incidents since the last meeting.",
         ["CEO"], None, "Ongoing", "green"),
        ("SA2", "Present the quarterly grants dashboard, including the regional spread of awards, to each Board meeting.",
         "DoCS", "Quarterly", "G", "Dashboard at agenda item 6.",
         ["DoCS"], None, "Quarterly", "green"),
    ]),
]


def make_nc(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run(NC_TITLE)
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0x5B, 0x1F, 0x4B)
    doc.add_paragraph("For the meeting of the Board of Trustees on 10 December 2025 – Agenda item 3: Matters arising")
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    rows = [("Prepared by", "Head of Governance"), ("Date", "28 November 2025"),
            ("Status key", "C = complete (to be removed after this meeting); G = on track; A = delayed, revised date shown; R = overdue"),
            ("Owners", "CEO – Chief Executive; DoF – Director of Finance & Resources; DoCS – Director of Church Support; "
                       "HoG – Head of Governance; ARC – Chair of the Audit & Risk Committee")]
    for i, (a, b) in enumerate(rows):
        info.rows[i].cells[0].text = a
        info.rows[i].cells[1].text = b
        info.rows[i].cells[0].paragraphs[0].runs[0].bold = True
    for heading, items in NC_TABLES:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Minute", "Action", "Owner", "Due", "Status", "Update"], "5B1F4B")
        for it in items:
            cells = t.add_row().cells
            for i, v in enumerate(it[:6]):
                cells[i].text = v
            cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            shade(cells[4], DOCX_RAG[it[4]])
    doc.add_paragraph("")
    doc.add_paragraph("Completed actions will be removed from the log once noted by the Board.").runs[0].italic = True
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. DAERA - Soil Nutrient Health Scheme programme highlight report
# ---------------------------------------------------------------------------
DA_TITLE = "Soil Nutrient Health Scheme (SNHS) – Programme Highlight Report"
DA_S1 = "3. Actions carried forward from Report No. 13"
DA_S2 = "4. New actions agreed at Programme Board, 14 October 2025"
# (ref, action, owner, due, rag, update, lead, end, end_text, status)
DA_TABLES = [
    (DA_S1, [
        ("A13.2", "Issue Zone 3 farm results and field maps to all remaining participating businesses through DAERA Online Services.",
         "AFBI Programme Manager", "30/09/2025", "Complete", "All results issued 26 September 2025.",
         ["AFBI Programme Manager"], "2025-09", None, "blue"),
        ("A13.4", "Agree with the analysis contractor a corrective action plan for the Zone 3 phosphorus re-analysis and confirm revised results dates to farmers.",
         "AFBI Contract Manager", "31/10/2025", "A", "1,150 samples being re-analysed; letters to affected farmers drafted.",
         ["AFBI Contract Manager"], "2025-10", None, "amber"),
        ("A13.5", "Publish the Zone 4 sampling schedule and farmer communications (letters, UFU briefing and press release) ahead of sampling.",
         "DAERA Communications; AFBI Programme Manager", "Sep 2025 – Oct 2025", "G", "Letters issued; press release scheduled for 20 October.",
         ["DAERA Communications", "AFBI Programme Manager"], "2025-10", "Sep 2025 – Oct 2025", "green"),
    ]),
    (DA_S2, [
        ("A14.1", "Confirm the sampling contractor's resourcing plan for Zone 4 (north-east), including weekend working during the closed period.",
         "AFBI Contract Manager", "Nov-25", "G", "",
         ["AFBI Contract Manager"], "2025-11", None, "green"),
        ("A14.2", "Prepare a lessons learned report on Zones 1–3 for the Programme Board, covering uptake, sampling delays and data quality.",
         "SNHS Programme Manager", "Jan-26", "G", "",
         ["SNHS Programme Manager"], "2026-01", None, "green"),
        ("A14.3", "Agree with CAFRE the programme of nutrient management training for Zone 3 farmers.",
         "CAFRE", "Mar-26", "G", "",
         ["CAFRE"], "2026-03", None, "green"),
        ("A14.4", "Submit the Full Business Case addendum for the 2026/27 budget, reflecting the re-analysis costs, to DAERA Finance.",
         "SRO", "31/12/2025", "A", "Costs still to be confirmed by the analysis contractor.",
         ["SRO"], "2025-12", None, "amber"),
        ("A14.5", "Brief the Minister on Zone 4 uptake and on the requirement for SNHS participation in future farm support schemes.",
         "SRO / Head of Soil & Nutrient Policy", "TBC", "", "Date depends on the Minister's diary.",
         ["SRO", "Head of Soil & Nutrient Policy"], None, "TBC", "unrated"),
    ]),
]


def make_da(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(DA_TITLE, level=1)
    doc.add_paragraph("Department of Agriculture, Environment and Rural Affairs  |  Report No. 14  |  "
                      "Reporting period: 1–30 September 2025  |  Programme Board: 14 October 2025")
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate((
            ("Programme", "Soil Nutrient Health Scheme (SNHS) – Zones 1 to 4, 2022–2026"),
            ("Senior Responsible Owner", "SRO (Director, Environmental Resources Policy)"),
            ("Programme Manager", "SNHS Programme Manager, AFBI"),
            ("Delivery partners", "AFBI (scheme management), RPS (soil sampling), NRM (laboratory analysis), CAFRE (farmer training)"),
            ("Overall status", "AMBER"))):
        info.rows[i].cells[0].text = a
        info.rows[i].cells[1].text = b
        info.rows[i].cells[0].paragraphs[0].runs[0].bold = True
    shade(info.rows[4].cells[1], "FFC000")

    doc.add_heading("1. Status summary", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Dimension", "Last period", "This period", "Comment"], "00594F")
    for dim, last, this, com in (
            ("Time", "A", "A", "Zone 4 sampling start delayed by wet weather in September."),
            ("Cost", "G", "G", "Within 2025/26 allocation; re-analysis costs being confirmed."),
            ("Scope", "G", "G", "No change."),
            ("Quality", "G", "A", "Phosphorus results for 1,150 Zone 3 samples being re-analysed."),
            ("Benefits", "G", "G", "Zone 1–3 data available to farmers via DAERA Online Services.")):
        cells = t.add_row().cells
        for i, v in enumerate((dim, last, this, com)):
            cells[i].text = v
        shade(cells[1], DOCX_RAG[last])
        shade(cells[2], DOCX_RAG[this])

    doc.add_heading("2. Key achievements this period", level=2)
    for b in ("Zone 3 results issued to all participating farm businesses.",
              "Zone 4 application window closed with 91% uptake by eligible area.",
              "LiDAR data for Zone 3 loaded to the carbon estimation model."):
        doc.add_paragraph(b, style="List Bullet")

    for heading, items in DA_TABLES:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Owner", "Due", "RAG", "Update"], "00594F")
        for it in items:
            cells = t.add_row().cells
            for i, v in enumerate(it[:6]):
                cells[i].text = v
            if it[4]:
                shade(cells[4], DOCX_RAG[it[4]])

    doc.add_heading("5. Key risks and issues", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Risk / issue", "Rating", "Mitigation"], "00594F")
    for risk, rating, mit in (
            ("Wet weather reduces the number of sampling days in Zone 4.", "A",
             "Prioritise lowland and intensively managed fields; extend sampling into April 2026."),
            ("Lower uptake among businesses not claiming area-based payments.", "G",
             "Targeted reminder letters and UFU briefings.")):
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = risk, rating, mit
        shade(cells[1], DOCX_RAG[rating])
    doc.add_heading("6. Decisions required from the Programme Board", level=2)
    doc.add_paragraph("None this period.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Newbury Town Council - H&S audit action plan, Airtable CSV export
# ---------------------------------------------------------------------------
NB_HEAD = ["Ref", "Area", "Auditor's recommendation", "Action", "Priority", "Assigned to", "Due date",
           "Status", "RAG", "Notes", "Created"]
NB_REC = {
    "fra": "Fire risk assessments for the Town Hall and the park pavilion are more than 12 months old and should be reviewed by a competent person.",
    "hire": "Fire safety arrangements should cover evening and weekend hire of the Town Hall.",
    "play": "Play area inspection records are not consistently completed; weekly inspections should be recorded and defects tracked to closure.",
    "lone": "Staff who work alone (grounds team and Town Hall caretaker) have no lone working procedure or check-in system.",
    "contr": "Contractors' insurance, RAMS and competence are not checked before work starts.",
    "train": "There is no training matrix showing the statutory health and safety training needed for each role.",
    "report": "Health and safety performance is not reported to councillors.",
    "policy": "The health and safety policy has not been reviewed since 2021.",
}
# (ref, area, rec key, action, priority, assigned, due, status, rag, notes, created, lead, end, status)
NB_ROWS = [
    ("HS-01", "Fire safety", "fra",
     "Commission a competent fire risk assessor to review the Town Hall and pavilion FRAs and add the findings to this plan.",
     "High", "Jo Barker", "31/10/2025", "Complete", "Blue", "FRAs completed 22/10/2025.", "8/9/2025 10:02am",
     ["Jo Barker"], "2025-10", "blue"),
    ("HS-02", "Fire safety", "hire",
     "Brief hirers on evacuation procedures at booking and add a fire safety checklist to the hire agreement.",
     "Medium", "Sam Okafor", "30/11/2025", "In progress", "Green", "Checklist drafted; hire agreement update with solicitor.", "8/9/2025 10:05am",
     ["Sam Okafor"], "2025-11", "green"),
    ("HS-03", "Grounds & open spaces", "play",
     "Introduce a weekly play area inspection checklist on the grounds team tablets, with defects logged and closed in the asset register.",
     "High", "Mark Ellis,Jo Barker", "30/9/2025", "In progress", "Red", "Tablets issued; checklist not yet in use at two of the six sites.", "8/9/2025 10:11am",
     ["Mark Ellis", "Jo Barker"], "2025-09", "red"),
    ("HS-04", "Grounds & open spaces", "play",
     "Arrange annual independent inspections of all six play areas and include remedial works in the 2026/27 budget.",
     "Medium", "Mark Ellis", "31/3/2026", "Not started", "", "", "8/9/2025 10:12am",
     ["Mark Ellis"], "2026-03", "unrated"),
    ("HS-05", "Lone working", "lone",
     "Adopt a lone working policy and issue personal alarms with a check-in app to the grounds team and caretaker.",
     "High", "Sam Okafor", "31/12/2025", "In progress", "Amber", "Policy to Personnel Committee 9 December; app procurement delayed.", "8/9/2025 10:20am",
     ["Sam Okafor"], "2025-12", "amber"),
    ("HS-06", "Contractor management", "contr",
     "Create a contractor approval checklist (insurance, RAMS, qualifications) to be signed off by the Operations Manager before works start.",
     "Medium", "Jo Barker", "31/1/2026", "In progress", "Green", "", "8/9/2025 10:24am",
     ["Jo Barker"], "2026-01", "green"),
    ("HS-07", "Training", "train",
     "Produce a training matrix for all staff roles and book IOSH Managing Safely for the Operations Manager.",
     "Medium", "Hannah Lee", "28/2/2026", "In progress", "Green", "Matrix drafted; course booked for February.", "8/9/2025 10:31am",
     ["Hannah Lee"], "2026-02", "green"),
    ("HS-08", "Governance", "report",
     "Add a quarterly health and safety report to the Policy & Resources Committee agenda covering:\n- incidents and near misses\n- inspections and progress on this action plan",
     "Medium", "Hannah Lee,Jo Barker", "31/12/2025", "In progress", "Green", "First report to P&R on 8 December.", "8/9/2025 10:36am",
     ["Hannah Lee", "Jo Barker"], "2025-12", "green"),
    ("HS-09", "Governance", "policy",
     "Review the health and safety policy and present it to Full Council for re-adoption.",
     "High", "Hannah Lee", "15/12/2025", "In progress", "Green", "", "8/9/2025 10:40am",
     ["Hannah Lee"], "2025-12", "green"),
]


def make_nb(path):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(NB_HEAD)
        for row in NB_ROWS:
            ref, area, rk, act, pri, who, due, status, rag, notes, created = row[:11]
            w.writerow([ref, area, NB_REC[rk], act, pri, who, due, status, rag, notes, created])


# ---------------------------------------------------------------------------
# 7. MS Society - ICO data protection audit action plan (tab-separated; refuse)
# ---------------------------------------------------------------------------
MS_TITLE = "MS Society – ICO Data Protection Audit: Management Action Plan"
MS_LINES = [
    MS_TITLE,
    "Information Commissioner's Office consensual audit – fieldwork 4–6 March 2025; final report issued 23 April 2025",
    "Tracker exported 30 September 2025 for the Audit & Risk Committee",
    "",
    "\t".join(["Rec", "Scope area", "ICO priority", "ICO recommendation", "Agreed action", "Action owner",
               "Target date", "Status", "Progress comment"]),
    "\t".join(["GA1", "Governance & accountability", "High",
               "Establish an information governance group with terms of reference, reporting to the Executive Leadership Team.",
               "Set up an Information Governance Steering Group chaired by the SIRO, meeting quarterly, with terms of reference approved by ELT.",
               "Director of Finance & Resources (SIRO)", "Jun-25", "Complete", "First meeting held 19 June 2025."]),
    "\t".join(["GA2", "Governance & accountability", "Medium",
               "Review the Record of Processing Activities so that it covers all processing, including local groups and fundraising events.",
               "Refresh the RoPA with each directorate and the local groups network.",
               "Data Protection Officer", "Sep-25", "Complete", "Refreshed RoPA approved by the steering group 18 September."]),
    "\t".join(["GA3", "Governance & accountability", "High",
               "Ensure DPIAs are completed before high-risk processing starts, including the new supporter CRM.",
               "Add a DPIA screening step to the project gateway and complete the CRM DPIA before data migration.",
               "Data Protection Officer; Head of Digital Products", "0ct-25", "On track", "CRM DPIA in final review."]),
    "\t".join(["TA1", "Training & awareness", "High",
               "Make data protection training mandatory for all staff and volunteers with access to personal data, refreshed every two years.",
               "Launch mandatory e-learning for staff and role-based training for volunteers who handle supporter or service-user data.",
               "Head of People; Volunteering Manager", "Dec-25", "On track", "Staff module live; volunteer module in testing."]),
    "\t".join(["TA2", "Training & awareness", "Medium",
               "Monitor training completion and report it to the information governance group.",
               "Add completion rates by directorate to the quarterly steering group report.",
               "Head of People", "Nov-25", "On track", ""]),
    "\t".join(["RM1", "Records management", "Medium",
               "Apply the retention schedule to shared drives and the legacy fundraising database.",
               "Run a retention clean-up of shared drives and delete legacy database records past their retention period.",
               "IT Service Manager", "Mar-26", "Not started", "Scheduled after CRM go-live."]),
    "\t".join(["SP1", "Security of personal data", "High",
               "Enforce multi-factor authentication for all remote access.",
               "Enable MFA for all staff and volunteer Microsoft 365 accounts.",
               "Head of IT", "Jul-25", "Complete", "MFA enforced 14 July 2025."]),
    "\t".join(["SP2", "Security of personal data", "Medium",
               "Review access permissions on the helpline case system quarterly.",
               "Introduce quarterly access reviews of the helpline case system, signed off by the Helpline Manager.",
               "Helpline Manager", "Jan-26", "Behind schedule", "First review delayed by system upgrade."]),
    "\t".join(["RA1", "Requests for access", "Medium",
               "Log all subject access requests centrally and monitor them against the one-month deadline.",
               "Move SAR logging to the case management tool with automatic deadline alerts.",
               "Data Protection Officer", "Aug-25", "Complete", "Live from 4 August 2025."]),
    "",
    "Status key: Complete / On track / Behind schedule / Not started",
]
MS_REFUSE_LINE = 1 + next(i for i, l in enumerate(MS_LINES) if "\t0ct-25\t" in l)


def make_ms(path):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(MS_LINES) + "\r\n")


# ---------------------------------------------------------------------------
# expected readings
# ---------------------------------------------------------------------------
def _act(ref, under, text, lead, end, end_text, status):
    a = {"ref": ref, "under": under, "action": text, "lead": lead, "end": end}
    if end_text:
        a["end_text"] = end_text
    a["status"] = status
    return a


def EXPECTED():
    out = {}
    # 1 William Hill
    acts, ws, fnd = [], None, None
    for row in WH_ROWS:
        if row[0] == "WS":
            ws = row[1]
        elif row[0] == "F":
            fnd = WH_F[row[1]]
        else:
            acts.append(_act(row[0], [ws, fnd], row[1], row[9], row[10], row[11], row[12]))
    out[F_WH] = {
        "source": ("Imitates the remediation tracker an operator keeps after a Gambling Commission regulatory settlement: the "
                   "Commission's public statement of 28 March 2023 on William Hill Group (WHG (International) Ltd £12.5m, "
                   "Mr Green Ltd £3.7m, William Hill Organization Ltd £3m) for social responsibility and AML failures, with the "
                   "new owner 888 committing to a remediation action plan. Copied features: cover sheet with document-control "
                   "table, tracker sheet with merged workstream rows and italic finding rows above numbered actions, licensee "
                   "column, accountable owners as job titles (two joined with ';'), original and revised target dates, previous "
                   "and current RAG letters with fill colours, progress/evidence column, summary totals block, separate RAG key sheet."),
        "reads": ("Three sheets: a cover with document control, the tracker and a RAG key. The tracker has 12 numbered actions "
                  "(1.1-6.2) grouped under three workstreams and six findings; each has an owner, original date, sometimes a "
                  "revised date, and a current RAG (B = complete). A person reads the revised date where given and the current RAG."),
        "outcome": "read",
        "accept_refusal": False,
        "title": WH_TITLE,
        "actions": acts,
    }
    # 2 Howard Cottage
    acts, cat = [], None
    for risk in HC_RISKS:
        if risk[0] == "CAT":
            cat = risk[1]
            continue
        for a in risk[6]:
            acts.append(_act(None, [cat, risk[0]], a[0], a[4], a[5], a[6], a[7]))
    out[F_HC] = {
        "source": ("Imitates a small housing association's strategic risk register as taken to its Audit & Risk Committee "
                   "(layout after the Housing Association Internal Audit Forum sample register and HA risk strategies such as "
                   "Progress Housing's 'risk register layout' appendix). Copied features: title and reporting line, two-tier "
                   "header with merged Inherent/Residual L-I-Score columns, category rows, each risk's title, cause, owner, "
                   "scores and controls merged down over its further actions, score cells coloured by band, action status shown "
                   "only by cell fill colour (key on a second sheet, no fill = not started), target dates as Mon-YY, a quarter "
                   "(Q4 2025/26 = March 2026), a full date and 'Ongoing', notes lines under the register."),
        "reads": ("One register of five strategic risks (SR1-SR5) in three categories, each with one to three further actions "
                  "(10 in all) with an action owner, target date and a coloured status cell. The score colours are risk ratings, "
                  "not action status; the status is the fill of the 'Action status' cell read through the key."),
        "outcome": "read",
        "accept_refusal": False,
        "title": HC_TITLE,
        "actions": acts,
    }
    # 3 SPCB
    acts = []
    for heading, recs in SP_GROUPS:
        for grade, rec, items in recs:
            for a in items:
                ref, text, officer, orig, rev, status = a[:6]
                endd = rev or orig
                acts.append(_act(ref, [heading, rec], text, a[7], endd.strftime("%Y-%m"), None, SP_STATUS[status][1]))
    out[F_SP] = {
        "source": ("Imitates the internal audit recommendations tracker a Scottish public body takes to its audit committee "
                   "(here the Scottish Parliamentary Corporate Body's Advisory Audit Board), in the style of the follow-up "
                   "reports seen at Scottish audit committees (e.g. Aberdeen City and Scottish Borders 'progress with "
                   "implementation of internal audit recommendations'; Police Scotland audit and improvement tracker). Copied "
                   "features: summary sheet with totals per report and a status key; tracker sheet with merged report rows "
                   "(report number, title, assurance, AAB date), grade, recommendation beside the agreed management action "
                   "(one recommendation merged over R2(a)/R2(b)), responsible officer job titles, original and revised dates "
                   "('n/a' where none), status words with fill colour, management update."),
        "reads": ("A summary sheet and a tracker of 10 agreed actions from three internal audit reports. Each action sits under "
                  "its report heading and the recommendation it answers; the revised date is the end where given, and the "
                  "status words map through the key (Delayed = amber, Overdue = red)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": SP_TITLE,
        "actions": acts,
    }
    # 4 National Churches Trust
    acts = []
    for heading, items in NC_TABLES:
        for it in items:
            acts.append(_act(it[0], [heading], it[1], it[6], it[7], it[8], it[9]))
    out[F_NC] = {
        "source": ("Imitates a national charity's Board of Trustees action log (matters arising paper) as kept by a governance "
                   "lead, following the common action-log structure (minute reference, action, owner, due date, status, update) "
                   "described in trustee-meeting guidance (e.g. Barnett Waddingham trustee meetings handbook, Community Directors "
                   "actions register). Copied features: one-line title, purpose line, information table with the status key and "
                   "owner abbreviations, one Word table per meeting under its own heading plus a 'Standing actions' table, "
                   "minute numbers as refs, owner initials (two joined with '/'), due dates as month words, a full date with a "
                   "revised date on a second line, 'Ongoing' and 'Quarterly', letter status (C/G/A/R) with cell shading."),
        "reads": ("A trustee board action log with nine actions in three tables: two meetings and standing actions. Each row has "
                  "the minute number, action, owner abbreviation, due date and a status letter read through the key "
                  "(C = complete). The 8.1 row shows an original and a revised date; the revised one is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": NC_TITLE,
        "actions": acts,
    }
    # 5 DAERA
    acts = []
    for heading, items in DA_TABLES:
        for it in items:
            acts.append(_act(it[0], [heading], it[1], it[6], it[7], it[8], it[9]))
    out[F_DA] = {
        "source": ("Imitates a programme highlight report for DAERA's Soil Nutrient Health Scheme (the £45m NI-wide soil "
                   "sampling and LiDAR programme run by AFBI in four zones 2022-2026, with RPS sampling, NRM analysis and CAFRE "
                   "training, as reported by AFBI and the farming press). Layout follows the PRINCE2-style highlight report "
                   "template (status summary with last/this period RAG per dimension, achievements, actions, risks, decisions). "
                   "Copied features: title heading and report line, programme information table with overall status, "
                   "dimension RAG table, bullet achievements, two action tables (carried forward; new from Programme Board) with "
                   "refs, owners (two joined with ';' or '/'), dates as full date, Mon-YY, a period and 'TBC', RAG with shading, "
                   "a risks table without owners or dates."),
        "reads": ("A monthly highlight report whose actions are the two action tables: three carried forward from the previous "
                  "report and five new ones, eight in all. The status summary and risks tables are not actions. A14.5 has no "
                  "date (TBC) and no RAG."),
        "outcome": "read",
        "accept_refusal": False,
        "title": DA_TITLE,
        "actions": acts,
    }
    # 6 Newbury
    acts = []
    for row in NB_ROWS:
        acts.append(_act(row[0], [row[1], NB_REC[row[2]]], row[3], row[11], row[12], None, row[13]))
    out[F_NB] = {
        "source": ("Imitates a town council's action plan following an external health and safety audit, kept in an Airtable "
                   "base and downloaded as CSV (town council H&S audit responses as minuted at councils such as Maldon and "
                   "Somerset West and Taunton: fire risk assessments, play inspections, lone working, contractor control, "
                   "training, reporting to members). Copied features of an Airtable CSV download: a single header row, no title, "
                   "one row per action with the auditor's recommendation repeated on each row, a multi-line long-text action, "
                   "collaborator field with two names joined by a comma, European D/M/YYYY dates without zero padding, Status "
                   "and RAG single-select fields, Created timestamp."),
        "reads": ("A flat export of nine actions HS-01 to HS-09, each with its area and the auditor's recommendation, the "
                  "person(s) assigned, a due date and a status/RAG. Not started rows have no RAG."),
        "outcome": "read",
        "accept_refusal": False,
        "actions": acts,
    }
    # 7 MS Society (refuse)
    out[F_MS] = {
        "source": ("Imitates a charity's management action plan following an ICO consensual data protection audit (ICO audit "
                   "scope areas: governance & accountability, training & awareness, records management, security of personal "
                   "data, requests for access; ICO recommendation priority ratings), exported from the charity's tracker as "
                   "tab-separated text. Copied features: title and audit-date lines, export line, one header row, scope area "
                   "and ICO priority columns, recommendation beside agreed action, job-title owners (two joined with ';'), "
                   "target dates as Mon-YY, status words and a status key line at the end."),
        "reads": ("Nine recommendations with agreed actions, owners and Mon-YY target dates. On line "
                  f"{MS_REFUSE_LINE} (GA3) the target date is '0ct-25' with a zero for the letter O; a careful reader stops "
                  "and asks rather than guess the month."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": MS_REFUSE_LINE,
        "title": MS_TITLE,
    }
    return out


def write_expected():
    """Write NAME.expected.yaml beside each file (python zbt_make.py --expected)."""
    import re
    import yaml

    class _D(yaml.SafeDumper):
        pass

    def _str(dumper, data):
        if re.fullmatch(r"\d{4}-\d{2}", data):
            return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
        if len(data) > 80 and "\n" not in data:
            return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=">")
        return dumper.represent_scalar("tag:yaml.org,2002:str", data)

    _D.add_representer(str, _str)
    for name, exp in EXPECTED().items():
        with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
            yaml.dump(exp, fh, Dumper=_D, sort_keys=False, allow_unicode=True, width=100)


def main():
    make_wh(os.path.join(HERE, F_WH))
    make_hc(os.path.join(HERE, F_HC))
    make_sp(os.path.join(HERE, F_SP))
    make_nc(os.path.join(HERE, F_NC))
    make_da(os.path.join(HERE, F_DA))
    make_nb(os.path.join(HERE, F_NB))
    make_ms(os.path.join(HERE, F_MS))
    for f in (F_WH, F_HC, F_SP, F_NC, F_DA, F_NB, F_MS):
        print("wrote", f)
    import sys
    if "--expected" in sys.argv[1:]:
        write_expected()
        print("wrote the .expected.yaml files")


if __name__ == "__main__":
    main()
