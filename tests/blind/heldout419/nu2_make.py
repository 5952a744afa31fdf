#!/usr/bin/env python3
"""Build the seven nu2- blind test files (set heldout419).

Run with /work/main/.venv/bin/python nu2_make.py ; writes next to this script.
Each data structure below holds the text as it appears in the file; the expected
readings are written separately in NAME.expected.yaml.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Oldham Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
OLDHAM_STATUS_FILL = {
    "Complete": BLUE,
    "On track": GREEN,
    "Revised date agreed": AMBER,
    "Overdue": RED,
}

OLDHAM_AUDITS = [
    ("24/25-03 Accounts Payable (Limited Assurance)", [
        ("24-03.1", "High",
         "Changes to supplier bank details should be independently verified by a call-back to a known contact before they are processed.",
         "Call-back verification to be mandatory for all bank detail change requests and evidenced on the change form. Weekly exception report to be reviewed by the Exchequer Manager.",
         "Head of Exchequer Services", d(2025, 3, 31), d(2025, 9, 30), "Complete",
         "Procedure revised May 2025. Internal Audit sample testing in September 2025 confirmed the control is operating. Recommend closure."),
        ("24-03.2", "Medium",
         "A duplicate payment check should be run before each BACS payment run.",
         "Run the duplicate payment report before every payment run and retain the signed report with the BACS authorisation.",
         "Exchequer Manager", d(2025, 12, 31), None, "On track",
         "Report built and in test. Live from the first December payment run."),
    ]),
    ("24/25-11 Purchasing Cards (Limited Assurance)", [
        ("24-11.1", "High",
         "Cardholder transaction and monthly limits should be reviewed and reduced to reflect actual business need.",
         "Review all active purchasing cards and reduce single transaction and monthly limits; cancel any card not used for six months.",
         "Head of Procurement / Exchequer Manager", d(2025, 4, 30), d(2025, 12, 31), "Revised date agreed",
         "142 of 210 cards reviewed; 37 cancelled. Remaining reviews delayed by the card provider migration."),
        ("24-11.2", "Medium",
         "Monthly statements should be reconciled and approved by line managers within 10 working days.",
         "Issue a reminder to all cardholders and approvers and report monthly compliance to DMTs; cards with two consecutive late reconciliations to be suspended.",
         "Head of Procurement", d(2025, 7, 31), None, "Overdue",
         "Compliance report not yet produced. Escalated to the Director of Finance."),
    ]),
    ("24/25-15 Disabled Facilities Grants (Limited Assurance)", [
        ("24-15.1", "High",
         "Grant approvals should be supported by a completed means test and an Occupational Therapist recommendation held on file.",
         "Add a pre-approval checklist to the case management system so that an approval cannot be recorded until both documents are attached.",
         "Private Sector Housing Manager", d(2025, 5, 31), None, "Complete",
         "Checklist live from 2 June 2025. Verified by Internal Audit."),
        ("24-15.2", "Medium",
         "Contractor invoices should be checked against the approved schedule of works before payment.",
         "Surveyor sign-off of completed works against the schedule to be required before invoices are passed for payment.",
         "Private Sector Housing Manager; Home Improvement Agency Lead", d(2025, 9, 30), d(2026, 1, 31), "Revised date agreed",
         "Sign-off form agreed. Surveyor vacancy has delayed roll-out; agency surveyor starts November."),
    ]),
    ("25/26-02 Cyber Security - Patch Management (Reasonable Assurance)", [
        ("25-02.1", "Medium",
         "A documented patch management policy with defined timescales for critical and high vulnerabilities should be approved.",
         "Draft a patch management policy and present it to the Information Governance Board for approval.",
         "Head of ICT Infrastructure", d(2025, 11, 30), None, "On track",
         "Draft policy circulated for comment; Board meeting 25 November."),
        ("25-02.2", "Low",
         "Unsupported operating systems should be identified and either decommissioned or isolated from the network.",
         "Complete the server estate review and decommission the remaining Windows Server 2012 instances.\nWhere decommissioning is not possible, isolate the server on a segregated network.",
         "Head of ICT Infrastructure", d(2026, 3, 31), None, "On track",
         "Review complete; 9 servers identified, 4 decommissioned."),
    ]),
]


def build_oldham():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Oldham Council – Internal Audit Follow-up of Agreed Actions"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "Summary position as at 31 October 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Priority", "Actions reported", "Complete", "On track", "Revised date agreed", "Overdue"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BORDER
        c.alignment = WRAP
    counts = {}
    for _, recs in OLDHAM_AUDITS:
        for r in recs:
            counts.setdefault(r[1], {k: 0 for k in OLDHAM_STATUS_FILL})
            counts[r[1]][r[7]] += 1
    row = 5
    tot = {k: 0 for k in OLDHAM_STATUS_FILL}
    for pr in ("High", "Medium", "Low"):
        cnt = counts.get(pr, {k: 0 for k in OLDHAM_STATUS_FILL})
        vals = [pr, sum(cnt.values())] + [cnt[k] for k in OLDHAM_STATUS_FILL]
        for k in OLDHAM_STATUS_FILL:
            tot[k] += cnt[k]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=i, value=v)
            c.border = BORDER
        row += 1
    vals = ["Total", sum(tot.values())] + [tot[k] for k in OLDHAM_STATUS_FILL]
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.border = BORDER
        c.font = Font(bold=True)
    ws.cell(row=row + 2, column=1,
            value="Note: the Recommendations sheet shows all open actions and any action closed since the last report to Audit Committee (July 2025).")
    ws.cell(row=row + 3, column=1,
            value="Priority: High – fundamental control weakness; Medium – significant weakness; Low – good practice.")
    ws.column_dimensions["A"].width = 14
    for col in "BCDEF":
        ws.column_dimensions[col].width = 16

    ws = wb.create_sheet("Recommendations")
    ws.merge_cells("A1:I1")
    ws["A1"] = "Oldham Council – Internal Audit Follow-up of Agreed Actions"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Position as at 31 October 2025 – reported to Audit Committee, 20 November 2025"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Status key:"
    ws["A3"].font = Font(bold=True)
    for i, (k, col) in enumerate(OLDHAM_STATUS_FILL.items()):
        c = ws.cell(row=3, column=2 + i, value=k)
        c.fill = fill(col)
        c.border = BORDER
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "Status", "Progress update (October 2025)"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BORDER
        c.alignment = WRAP
    row = 6
    for title, recs in OLDHAM_AUDITS:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        c = ws.cell(row=row, column=1, value=title)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        row += 1
        for rec in recs:
            ref, pr, recom, act, lead, orig, rev, status, upd = rec
            vals = [ref, pr, recom, act, lead, orig, rev, status, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=8).fill = fill(OLDHAM_STATUS_FILL[status])
            row += 1
    widths = [10, 9, 42, 48, 26, 12, 12, 14, 44]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "nu2-oldham-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Gateshead Council - strategic risk register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
GATESHEAD_RISKS = [
    {
        "risk": "SR1 – Financial Sustainability",
        "desc": "Risk that the Council cannot set and maintain a balanced budget over the medium term because of demand pressures, inflation and uncertainty over government funding.",
        "owner": "Strategic Director, Resources and Digital",
        "inh": "5 x 5 = 25", "cur": "4 x 5 = 20", "tgt": "3 x 4 = 12", "dot": "↔",
        "controls": "Medium Term Financial Strategy; Budget Assurance Board; monthly revenue monitoring to Cabinet; reserves policy.",
        "actions": [
            ("SR1.1", "Take the 2026/27 budget and MTFS savings proposals through Cabinet and Council.",
             "Service Director, Financial Management", "Feb-26", "G"),
            ("SR1.2", "Monthly monitoring of savings delivery through the Budget Assurance Board, with mitigations agreed for any savings at risk.",
             "Service Director, Financial Management", "Ongoing", "G"),
            ("SR1.3", "Review the reserves strategy and the minimum level of General Fund balance.",
             "Strategic Director, Resources and Digital", "Q4 2025/26", "Complete"),
        ],
    },
    {
        "risk": "SR2 – Cyber Security",
        "desc": "Risk of a successful cyber attack leading to loss of systems, data breach and disruption to front-line services.",
        "owner": "Strategic Director, Resources and Digital",
        "inh": "4 x 5 = 20", "cur": "3 x 5 = 15", "tgt": "2 x 5 = 10", "dot": "↔",
        "controls": "Firewalls and endpoint protection; multi-factor authentication; offline back-ups; annual IT health check.",
        "actions": [
            ("SR2.1", "Achieve PSN compliance re-certification following the 2025 IT health check.",
             "Service Director, Digital and IT", d(2026, 3, 31), "A"),
            ("SR2.2", "Roll out phishing simulation and mandatory cyber awareness training to all network users (target 95% completion).",
             "Information Security Manager", "Jun-26", "G"),
        ],
    },
    {
        "risk": "SR3 – Adult Social Care Demand",
        "desc": "Risk that rising demand and complexity of need in adult social care cannot be met within available resources, leading to delays in assessment and support.",
        "owner": "Strategic Director, Integrated Adults and Social Care Services",
        "inh": "5 x 4 = 20", "cur": "5 x 4 = 20", "tgt": "3 x 4 = 12", "dot": "↑",
        "controls": "Daily waiting list triage; Better Care Fund plan; market sustainability plan; weekly performance clinic.",
        "actions": [
            ("SR3.1", "Expand the reablement service to reduce admissions to long-term residential care.",
             "Service Director, Adult Social Care", "Sept 2026", "A"),
            ("SR3.2", "Deliver the CQC assessment improvement plan actions on waiting times for Care Act assessments.",
             "Service Director, Adult Social Care; Principal Social Worker", "Mar-26", "R"),
        ],
    },
    {
        "risk": "SR4 – Housing Compliance and Building Safety",
        "desc": "Risk that the Council as landlord fails to meet statutory building safety and consumer standard requirements, resulting in harm to tenants and regulatory action.",
        "owner": "Strategic Director, Housing, Environment and Healthy Communities",
        "inh": "4 x 5 = 20", "cur": "3 x 5 = 15", "tgt": "2 x 4 = 8", "dot": "↓",
        "controls": "Compliance dashboard (gas, electrical, fire, water, asbestos, lifts); Building Safety Manager in post; RSH self-referral monitoring.",
        "actions": [
            ("SR4.1", "Complete the outstanding fire risk assessment actions for the high-rise blocks.",
             "Service Director, Housing Compliance", "Dec-25", "R"),
            ("SR4.2", "Implement Awaab's Law damp and mould response procedures from 27 October 2025.",
             "Service Director, Housing Compliance", "Oct-25", "Complete"),
        ],
    },
]

PROGRESS_FILL = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}


def score_fill(txt):
    n = int(txt.split("=")[1])
    if n >= 15:
        return RED
    if n >= 8:
        return AMBER
    return GREEN


def build_gateshead():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws.merge_cells("A1:L1")
    ws["A1"] = "Gateshead Council – Strategic Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:L2")
    ws["A2"] = "Quarter 3 2025/26 – position at 31 December 2025"
    ws.merge_cells("A3:L3")
    ws["A3"] = "Audit and Standards Committee – 26 January 2026"
    ws["A3"].font = Font(italic=True)
    heads = ["Risk", "Risk description", "Risk owner", "Inherent risk (L x I)", "Current risk (L x I)",
             "Target risk (L x I)", "Direction of travel", "Key controls in place", "Ref",
             "Further mitigating actions", "Action owner", "Target date", "Action progress"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BORDER
        c.alignment = WRAP
    row = 6
    for r in GATESHEAD_RISKS:
        n = len(r["actions"])
        first = row
        risk_vals = [r["risk"], r["desc"], r["owner"], r["inh"], r["cur"], r["tgt"], r["dot"], r["controls"]]
        for i, v in enumerate(risk_vals, 1):
            c = ws.cell(row=first, column=i, value=v)
            c.alignment = WRAP
            if i == 1:
                c.font = Font(bold=True)
            if i in (4, 5, 6):
                c.fill = fill(score_fill(v))
                c.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
            if n > 1:
                ws.merge_cells(start_row=first, start_column=i, end_row=first + n - 1, end_column=i)
        for ref, act, owner, date, prog in r["actions"]:
            vals = [ref, act, owner, date, prog]
            for j, v in enumerate(vals, 9):
                c = ws.cell(row=row, column=j, value=v)
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=13).fill = fill(PROGRESS_FILL[prog])
            row += 1
        for rr in range(first, row):
            for cc in range(1, 14):
                ws.cell(row=rr, column=cc).border = BORDER
    row += 1
    ws.cell(row=row, column=1, value="Risks de-escalated this quarter: SR7 Local Government Reorganisation readiness – transferred to the Corporate Resources directorate risk register.")
    ws.cell(row=row + 1, column=1, value="Scores: L = likelihood, I = impact (1–5). See 'Scoring and key' sheet.")
    widths = [22, 40, 24, 11, 11, 11, 10, 36, 7, 46, 28, 12, 10]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"

    k = wb.create_sheet("Scoring and key")
    k["A1"] = "Risk scoring matrix (likelihood x impact)"
    k["A1"].font = Font(bold=True)
    k["A2"] = "Impact →"
    for i in range(1, 6):
        k.cell(row=2, column=1 + i, value=i).font = Font(bold=True)
    for l in range(5, 0, -1):
        r = 3 + (5 - l)
        k.cell(row=r, column=1, value=f"Likelihood {l}").font = Font(bold=True)
        for i in range(1, 6):
            s = l * i
            c = k.cell(row=r, column=1 + i, value=s)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
            c.border = BORDER
    k["A10"] = "Action progress key"
    k["A10"].font = Font(bold=True)
    keyrows = [("G", "On track to deliver by target date"),
               ("A", "Some slippage – within tolerance, recovery in hand"),
               ("R", "Significant slippage or not on track"),
               ("Complete", "Action delivered")]
    for i, (a, b) in enumerate(keyrows):
        c = k.cell(row=11 + i, column=1, value=a)
        c.fill = fill(PROGRESS_FILL[a])
        k.cell(row=11 + i, column=2, value=b)
    k["A16"] = "Direction of travel: ↑ risk increasing, ↓ risk reducing, ↔ no change since last quarter."
    k.column_dimensions["A"].width = 14
    wb.save(os.path.join(HERE, "nu2-gateshead-council-strategic-risk-register-q3-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Staffordshire Police - custody inspection action plan (xlsx)
# ---------------------------------------------------------------------------
STAFFS_RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

STAFFS_SECTIONS = [
    ("Cause of concern: Oversight of the use of force in custody was weak. Force was not always recorded and there was little assurance that its use was necessary and proportionate.", [
        ("Rec 1", "The force should ensure that every use of force in custody is recorded accurately and promptly.", [
            ("R1.1", "Introduce a custody-specific use of force form on Niche, mandatory before a detainee's booking-in record can be closed.",
             "Custody Inspector (Quality & Standards)", d(2025, 11, 30), "A", "G",
             "Form built; live in all three suites from 3 November."),
            ("R1.2", "Dip-sample 20 custody records a month against CCTV to check that all use of force has been recorded.",
             "Custody Inspector (Quality & Standards)", "Monthly", "G", "G",
             "Sampling started October 2025; first results to Custody Strategic Board in January."),
        ]),
        ("Rec 2", "The force should put in place effective governance of the use of force in custody, including regular review of CCTV footage and analysis of data.", [
            ("R2.1", "Establish a quarterly use of force scrutiny panel for custody, with independent custody visitors invited.",
             "T/Superintendent, Criminal Justice", d(2025, 9, 30), "G", "B",
             "First panel held 24 September 2025. Terms of reference agreed."),
        ]),
    ]),
    ("Leadership, accountability and partnerships", [
        ("AFI 1", "The force should improve the quality of its custody performance data so that leaders can identify and act on trends.", [
            ("1.1", "Develop a custody performance dashboard (Power BI) covering detention times, use of force, children and appropriate adult delays.",
             "Head of Performance and Insight / Chief Inspector Custody", "Mar-26", "A", "A",
             "Data sources mapped. Dashboard build delayed by analyst vacancy."),
        ]),
    ]),
    ("In the custody suite: booking in, individual needs and legal rights", [
        ("AFI 2", "Detainees should be able to speak to the custody sergeant in private when they are booked in.", [
            ("2.1", "Install privacy screening at the booking-in desks at Northern Area and Watling Street custody suites.",
             "Estates Project Manager", d(2026, 2, 28), "G", "G",
             "Works ordered; Northern Area complete, Watling Street scheduled for February."),
        ]),
        ("AFI 3", "Children should not be held in custody overnight unless it is unavoidable, and alternative accommodation should be requested in every case.", [
            ("3.1", "Agree a joint protocol with Staffordshire County Council and Stoke-on-Trent City Council for PACE transfers of children.",
             "Chief Inspector Custody", d(2025, 12, 31), "A", "R",
             "Protocol drafted; not yet agreed by Stoke-on-Trent City Council. Escalated to ACC Local Policing."),
            ("3.2", "Record every request for local authority accommodation for a charged child and any refusal on the custody record.",
             "Custody Sergeants (all suites)", d(2025, 10, 31), "G", "B",
             "Briefing delivered and Niche field added. Compliance checked in November dip sample."),
        ]),
    ]),
    ("In the custody cell, safeguarding and health care", [
        ("AFI 4", "The clinical governance arrangements for the health care service should be strengthened, including audit of clinical records.", [
            ("4.1", "Include a quarterly clinical records audit in the health care provider contract monitoring schedule.",
             "Head of Health Care Contract (Custody)", "Ongoing", "G", "G",
             "First audit completed by the provider in December 2025."),
        ]),
    ]),
    ("Release and transfer from custody", [
        ("AFI 5", "Pre-release risk assessments should be completed for all detainees and take account of all known risks.", [
            ("5.1", "Refresh custody officer training on pre-release risk assessment, including onward referral to liaison and diversion.",
             "Custody Training Lead", "Jan-26", "G", "G",
             "Training package approved; delivery on custody training days from January."),
        ]),
    ]),
]


def build_staffs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Document control"
    ws["A1"] = "Staffordshire Police – Custody Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    info = [
        ("Inspection", "Unannounced joint inspection of police custody suites in Staffordshire – HM Inspectorate of Constabulary and Fire & Rescue Services and HM Inspectorate of Prisons, March 2025"),
        ("Plan owner", "Chief Inspector Custody"),
        ("Senior responsible officer", "ACC Local Policing"),
        ("Governance", "Custody Strategic Board (monthly); Staffordshire Commissioner's Ethics, Transparency and Audit Panel (quarterly)"),
        ("Protective marking", "OFFICIAL"),
    ]
    for i, (a, b) in enumerate(info):
        ws.cell(row=3 + i, column=1, value=a).font = Font(bold=True)
        ws.cell(row=3 + i, column=2, value=b).alignment = WRAP
        ws.cell(row=3 + i, column=1).border = BORDER
        ws.cell(row=3 + i, column=2).border = BORDER
    ws["A10"] = "Version history"
    ws["A10"].font = Font(bold=True)
    vh = [("Version", "Date", "Author", "Change"),
          ("0.1", "11/08/2025", "Custody Inspector (Quality & Standards)", "First draft following publication of the report"),
          ("1.0", "02/09/2025", "Chief Inspector Custody", "Approved by Custody Strategic Board"),
          ("1.2", "14/10/2025", "Custody Inspector (Quality & Standards)", "Progress update"),
          ("1.4", "15/01/2026", "Custody Inspector (Quality & Standards)", "Progress update; RAG reviewed")]
    for i, rowv in enumerate(vh):
        for j, v in enumerate(rowv, 1):
            c = ws.cell(row=11 + i, column=j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 36
    ws.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Action plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = "Staffordshire Police – Custody Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Response to the report on an unannounced inspection visit to police custody suites in Staffordshire (HMICFRS / HMI Prisons, 2025)"
    ws.merge_cells("A3:I3")
    ws["A3"] = "Progress as at 15 January 2026"
    ws["A3"].font = Font(italic=True)
    ws["A4"] = "RAG:"
    ws["A4"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "B = complete"), ("G", "G = on track"), ("A", "A = at risk"), ("R", "R = off track")]):
        c = ws.cell(row=4, column=2 + i, value=txt)
        c.fill = fill(STAFFS_RAG_FILL[k])
    heads = ["Ref", "Recommendation / area for improvement", "Action ref", "Action", "Owner",
             "Target date", "Previous RAG (Oct 2025)", "Current RAG (Jan 2026)", "Progress update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("003366")
        c.border = BORDER
        c.alignment = WRAP
    row = 7
    for heading, items in STAFFS_SECTIONS:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        c = ws.cell(row=row, column=1, value=heading)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        c.alignment = WRAP
        ws.row_dimensions[row].height = 30 if len(heading) > 100 else 16
        row += 1
        for ref, text, acts in items:
            first = row
            for aref, act, owner, date, prev, cur, upd in acts:
                vals = [None, None, aref, act, owner, date, prev, cur, upd]
                for j, v in enumerate(vals, 1):
                    if v is None:
                        continue
                    c = ws.cell(row=row, column=j, value=v)
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                for j, v in ((7, prev), (8, cur)):
                    c = ws.cell(row=row, column=j)
                    c.fill = fill(STAFFS_RAG_FILL[v])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                row += 1
            ws.cell(row=first, column=1, value=ref).alignment = WRAP
            ws.cell(row=first, column=2, value=text).alignment = WRAP
            if len(acts) > 1:
                ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
            for rr in range(first, row):
                for cc in range(1, 10):
                    ws.cell(row=rr, column=cc).border = BORDER
    widths = [8, 44, 8, 46, 28, 11, 10, 10, 44]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    wb.active = 1
    wb.save(os.path.join(HERE, "nu2-staffordshire-police-custody-inspection-action-plan.xlsx"))


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


def set_cell(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


def header_row(table, heads, fillcol="1F3864"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True, color="FFFFFF")
        shade(c, fillcol)


# ---------------------------------------------------------------------------
# 4. Middlesbrough Council - Section 24 statutory recommendations action plan (docx)
# ---------------------------------------------------------------------------
MBRO_RAG_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

MBRO_THEMES = [
    ("Theme 1: Culture and governance", [
        ("Statutory Recommendation 1",
         "The Council should ensure that members and officers operate within the Constitution and the agreed protocol on member–officer relations, and that breaches are addressed promptly and consistently.",
         [
             ("1.1", "Refresh the Member–Officer Relations Protocol and present it to Council for adoption.",
              "Director of Legal and Governance Services (Monitoring Officer)", "31 December 2023", "Complete",
              "Adopted by Council on 6 December 2023."),
             ("1.2", "Deliver mandatory training on the Constitution and the Members' Code of Conduct to all members, with attendance reported to Standards Committee.",
              "Director of Legal and Governance Services (Monitoring Officer) / Head of Democratic Services", "March 2024", "Green",
              "38 of 46 members trained. Two further sessions booked in March."),
         ]),
        ("Statutory Recommendation 2",
         "The Council should strengthen the arrangements for its statutory officers to work together effectively, with clear routes for escalating concerns to the Chief Executive and the Mayor.",
         [
             ("2.1", "Establish a fortnightly Statutory Officers' Group with recorded actions and a standing item on emerging governance risks.",
              "Chief Executive", "October 2023", "Complete",
              "Meeting fortnightly since 5 October 2023."),
             ("2.2", "Agree and publish an escalation protocol for statutory officer concerns, including referral to the Independent Improvement Advisory Board.",
              "Chief Executive", "End of April 2024", "Amber",
              "Draft shared with the IIAB Chair; comments awaited."),
         ]),
    ]),
    ("Theme 2: Financial sustainability", [
        ("Statutory Recommendation 3",
         "The Council must take urgent action to set a balanced budget for 2024/25 and to rebuild its reserves to a level consistent with the financial risks it faces.",
         [
             ("3.1", "Identify and approve savings proposals sufficient to close the 2024/25 budget gap, with a delivery plan for each saving.",
              "Director of Finance (Section 151 Officer)", "February 2024", "Complete",
              "Savings proposals approved by Executive on 7 February 2024; budget to Council in March."),
             ("3.2", "Submit a request to DLUHC for Exceptional Financial Support to enable a balanced 2024/25 budget to be set.",
              "Director of Finance (Section 151 Officer)", "31 January 2024", "Complete",
              "Request submitted; in-principle support confirmed by DLUHC."),
             ("3.3", "Produce a reserves strategy setting out how the General Fund balance will be restored over the medium term.",
              "Director of Finance (Section 151 Officer)", "Q1 2024/25", "Green",
              "Strategy being drafted alongside the 2024/25 MTFP refresh."),
         ]),
    ]),
    ("Theme 3: Contracting and procurement", [
        ("Statutory Recommendation 4",
         "The Council should ensure that all contracts are let in accordance with its Contract Procedure Rules and that waivers are properly authorised, recorded and reported.",
         [
             ("4.1", "Implement a single contracts register covering all expenditure above £25,000, reviewed quarterly by the Leadership Management Team.",
              "Head of Strategic Commissioning and Procurement", "June 2024", "Green",
              "Register populated for 82% of known contracts."),
             ("4.2", "Report all waivers of Contract Procedure Rules to each meeting of Audit Committee.",
              "Head of Strategic Commissioning and Procurement", "Ongoing – each Audit Committee", "Green",
              "Waiver report included on this agenda."),
             ("4.3", "Review all purchasing cards in issue, reduce the number of cards and introduce mandatory training for cardholders.",
              "Director of Finance (Section 151 Officer)", "November 2023", "Complete",
              "Review complete; 61 cards withdrawn and training mandatory for remaining cardholders."),
         ]),
    ]),
    ("Theme 4: Middlesbrough Development Company", [
        ("Statutory Recommendation 5",
         "The Council should ensure it has effective oversight of Middlesbrough Development Company, including a clear shareholder agreement and regular reporting to members.",
         [
             ("5.1", "Complete the review of Middlesbrough Development Company and bring recommendations on its future to Executive.",
              "Director of Regeneration", "December 2023", "Red",
              "Review delayed pending legal advice; report now scheduled for Executive in April 2024."),
         ]),
    ]),
]


def build_middlesbrough():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)

    p = doc.add_paragraph()
    r = p.add_run("Appendix 1")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Middlesbrough Council – Section 24 Statutory Recommendations Action Plan", level=0)
    doc.add_paragraph("Progress update to Audit Committee – 21 March 2024")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Status"], "808080")
    for rowv in [("1.0", "18/09/2023", "Director of Finance", "Agreed by Council"),
                 ("1.3", "07/12/2023", "Head of Governance, Policy and Information", "Progress update – Audit Committee"),
                 ("1.4", "11/03/2024", "Head of Governance, Policy and Information", "Progress update – Audit Committee")]:
        cells = t.add_row().cells
        for i, v in enumerate(rowv):
            set_cell(cells[i], v)

    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "On 18 September 2023 Council accepted the statutory recommendations made by the Council's external auditor, "
        "Ernst & Young LLP, under Section 24 and Schedule 7 of the Local Audit and Accountability Act 2014, and agreed "
        "the action plan below. Progress is reported to each Audit Committee and to the Independent Improvement Advisory "
        "Board. Recommendations 6 to 11 are delivered through the Corporate Governance Improvement Plan and are reported "
        "to Council separately.")

    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for name, meaning in [("Complete", "Action delivered and evidence provided"),
                          ("Green", "On track to meet target date"),
                          ("Amber", "At risk of missing target date"),
                          ("Red", "Target date missed")]:
        cells = k.add_row().cells
        set_cell(cells[0], name, bold=True)
        shade(cells[0], MBRO_RAG_FILL[name])
        set_cell(cells[1], meaning)

    counts = {}
    for _, recs in MBRO_THEMES:
        for _, _, acts in recs:
            for a in acts:
                counts[a[4]] = counts.get(a[4], 0) + 1
    doc.add_paragraph()
    doc.add_paragraph().add_run("Summary of progress").bold = True
    s = doc.add_table(rows=2, cols=5)
    s.style = "Table Grid"
    keys = ["Complete", "Green", "Amber", "Red"]
    for i, kk in enumerate(keys + ["Total"]):
        set_cell(s.rows[0].cells[i], kk, bold=True)
        set_cell(s.rows[1].cells[i], str(counts.get(kk, 0) if kk != "Total" else sum(counts.values())))

    for theme, recs in MBRO_THEMES:
        doc.add_heading(theme, level=1)
        for rname, rtext, acts in recs:
            doc.add_heading(rname, level=2)
            p = doc.add_paragraph()
            rr = p.add_run(rtext)
            rr.italic = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            header_row(t, ["Ref", "Action", "Responsible officer", "Target date", "RAG", "Progress at February 2024"])
            for ref, act, lead, date, rag, upd in acts:
                cells = t.add_row().cells
                for i, v in enumerate([ref, act, lead, date, rag, upd]):
                    set_cell(cells[i], v)
                shade(cells[4], MBRO_RAG_FILL[rag])
            doc.add_paragraph()
    doc.add_paragraph("Contact: Head of Governance, Policy and Information, Middlesbrough Council.")
    doc.save(os.path.join(HERE, "nu2-middlesbrough-council-section-24-statutory-recommendations-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. North Lanarkshire - Education Scotland CLD progress visit action plan (docx)
# ---------------------------------------------------------------------------
NL_RAG_FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED, None: None}

NL_AREAS = [
    ("1. Continue to strengthen the use of data across the partnership to demonstrate more consistently the impact of CLD on reducing inequalities.", [
        ("1.1", "Agree a shared set of partnership outcome indicators aligned to the North Lanarkshire Plan and the CLD Plan 2024–27.",
         "CLD Manager", "June 2024", "Indicators agreed and reported quarterly", "blue",
         "Indicators agreed by the CLD Strategic Partnership on 12 June 2024."),
        ("1.2", "Introduce a common evaluation template for all partner-delivered programmes, with quarterly returns collated centrally.",
         "CLD Performance Officer", "August 2024 – March 2025", "90% of programmes submitting returns", "green",
         "Template issued in August; 64% of programmes returned for Q2."),
    ]),
    ("2. Further develop opportunities for learners and community members to influence the planning and evaluation of CLD provision.", [
        ("2.1", "Establish a learner and community voice forum in each of the nine localities, meeting at least twice a year.",
         "Locality CLD Team Leaders", "December 2024", "Forums in place in all localities", "amber",
         "Forums running in six localities; remaining three to launch in early 2025."),
        ("2.2", "Involve young people in the annual self-evaluation of youth work using 'How good is the learning and development in our community?'",
         "Youth Work Manager and Youth Participation Officer", "Annually", "Young people on every self-evaluation panel", "green",
         "Twelve young people took part in the May 2024 self-evaluation."),
    ]),
    ("3. Develop a more strategic approach to English for Speakers of Other Languages (ESOL) to meet increasing demand.", [
        ("3.1", "Complete a mapping exercise of ESOL provision and waiting lists across council, college and third sector partners.",
         "Adult Learning Manager", "By 30 September 2024", "Mapping report to Strategic Partnership", "blue",
         "Mapping complete; 410 learners on waiting lists across partners."),
        ("3.2", "Develop an ESOL strategy and delivery plan jointly with New College Lanarkshire.",
         "Adult Learning Manager; New College Lanarkshire ESOL Curriculum Manager", "March 2025", "Strategy approved", "green",
         "First joint workshop held September 2024."),
        ("3.3", "Increase the number of accredited ESOL places by 20% from the 2023/24 baseline.",
         "Adult Learning Manager", "March 2026", "20% increase in accredited places", None,
         "Dependent on the ESOL strategy (3.2)."),
    ]),
]


def build_north_lanarkshire():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    # landscape
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)

    doc.add_heading("North Lanarkshire CLD Partnership – Improvement Action Plan following HM Inspectors' Progress Visit", level=0)
    doc.add_paragraph("Community Learning and Development (CLD) – Education, Children and Families")
    doc.add_paragraph(
        "Progress visit: 5–7 December 2023   |   Report published: 6 February 2024   |   "
        "Plan approved by the CLD Strategic Partnership: 14 March 2024   |   Update: October 2024")
    doc.add_paragraph(
        "HM Inspectors found that the local authority and its CLD partners are making sufficient progress with "
        "their CLD plan and have the capacity to continue to improve. The report identified three areas for "
        "further development, which this plan addresses. Progress is reported to the Education, Children and "
        "Families Committee twice a year.")
    p = doc.add_paragraph()
    p.add_run("Progress key (shaded cell): ").bold = True
    p.add_run("Blue – complete; Green – on track; Amber – some slippage, action being taken; Red – not progressing; unshaded – not yet started.")

    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    header_row(t, ["No.", "Action", "Lead", "Timescale", "Measure of success", "RAG", "Progress update (October 2024)"], "00467F")
    for area, acts in NL_AREAS:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[6])
        set_cell(merged, area, bold=True)
        shade(merged, "DEEAF6")
        for no, act, lead, when, measure, rag, upd in acts:
            cells = t.add_row().cells
            for i, v in enumerate([no, act, lead, when, measure, "", upd]):
                set_cell(cells[i], v)
            if rag:
                shade(cells[5], NL_RAG_FILL[rag])
    doc.add_paragraph()
    doc.add_paragraph("Contact: CLD Manager, Education and Families, North Lanarkshire Council.")
    doc.save(os.path.join(HERE, "nu2-north-lanarkshire-council-education-scotland-cld-progress-visit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. East Dunbartonshire Council - SHR annual assurance statement improvement plan (csv, refuse)
# ---------------------------------------------------------------------------
EDC_ROWS = [
    # ref, outcome, area, action, lead, target, status, comment
    ("1.1", "Tenant and resident safety", "Electrical safety: not all properties have a valid EICR within the five-year cycle",
     "Complete outstanding EICRs for the 212 properties without a valid certificate.",
     "Property Maintenance Manager", "31/03/2026", "Amber", "96 completed since October. Access issues in 40 properties."),
    ("1.2", "", "",
     "Introduce a no-access procedure with escalation to forced entry under the tenancy agreement after three failed appointments.",
     "Property Maintenance Manager; Housing Operations Manager", "Oct-25", "Complete", "Procedure approved by Housing Management Team 14/10/2025."),
    ("2.1", "Tenant and resident safety", "Damp and mould: reports not recorded or inspected consistently",
     "Introduce a damp and mould case management process with inspection within 10 working days of a report.",
     "Housing Operations Manager", "Dec-25", "Amber", "Process live; 72% of inspections within 10 days in December."),
    ("3.1", "Scottish Housing Quality Standard", "SHQS abeyances and exemptions not reviewed annually",
     "Review all SHQS abeyances and exemptions and update the asset management database.",
     "Asset Manager", "Jun-26", "Green", "Review started January 2026."),
    ("4.1", "Homelessness", "Breaches of the Unsuitable Accommodation Order",
     "Increase the supply of furnished temporary flats by 15 units through conversion of void stock.",
     "Homelessness and Housing Options Manager", "Mar-2O26", "Amber", "8 units converted; 7 identified."),
    ("4.2", "", "",
     "Report Unsuitable Accommodation Order breaches to the Scottish Housing Regulator through the notifiable events process.",
     "Homelessness and Housing Options Manager", "Monthly", "Green", "Returns submitted monthly since November 2025."),
    ("5.1", "Tenant participation", "Tenants not involved in scrutinising the assurance evidence",
     "Establish a tenant scrutiny panel to review the assurance evidence bank before the 2026 statement is approved.",
     "Tenant Participation Officer", "Sep-26", "Not started", "Recruitment of panel members from March 2026."),
]


def build_east_dunbartonshire():
    path = os.path.join(HERE, "nu2-east-dunbartonshire-council-shr-annual-assurance-statement-improvement-plan-typo-month-refuse.csv")
    ncol = 8
    rows = [
        ["East Dunbartonshire Council - Annual Assurance Statement 2025 - Improvement Action Plan"] + [""] * (ncol - 1),
        ["Housing Services"] + [""] * (ncol - 1),
        ["Position at 31 January 2026 - reported to Place, Neighbourhood and Corporate Assets Committee"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Ref", "Regulatory Framework / Charter outcome", "Area for improvement", "Action", "Lead officer", "Target date", "Status", "Comments"],
    ]
    for r in EDC_ROWS:
        rows.append(list(r))
    rows.append([""] * ncol)
    rows.append(["Status: Green = on track; Amber = at risk; Red = off track; Complete; Not started"] + [""] * (ncol - 1))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 7. Bolsover District Council - strategic projects highlight report (txt)
# ---------------------------------------------------------------------------
BOLSOVER_PROJECTS = [
    {
        "title": "Project 1: Pleasley Vale Mills – Phase 2 Refurbishment",
        "sponsor": "Strategic Director of Services",
        "pm": "Head of Property Services",
        "rag": ("A", "A"),
        "summary": "Structural survey of Mill 3 complete. Listed building consent for Mill 2 windows delayed while Historic England comments are addressed.",
        "milestones": [
            ("1.1", "Complete structural survey of Mill 3 and agree phasing of works", "Head of Property Services", "31/08/2025", "C"),
            ("1.2", "Submit listed building consent application for replacement windows to Mill 2", "Head of Property Services", "Dec 2025", "A"),
        ],
        "risks": "Cost of specialist heritage joinery may exceed budget – quotes being obtained.",
    },
    {
        "title": "Project 2: Bolsover Homes – Phase 3 New Council Homes",
        "sponsor": "Strategic Director of Services",
        "pm": "Housing Strategy and Development Manager",
        "rag": ("G", "G"),
        "summary": "Fourteen homes handed over at The Woodlands, Clowne in September. Market Close scheme on programme.",
        "milestones": [
            ("2.1", "Start on site at Market Close, Shirebrook", "Managing Director, Dragonfly Development Ltd", "Q3 2025/26", "G"),
            ("2.2", "Handover of 14 homes at The Woodlands, Clowne", "Housing Strategy and Development Manager", "30/09/2025", "C"),
            ("2.3", "Secure Homes England grant allocation for Phase 4 sites", "Housing Strategy and Development Manager", "March 2026", "G"),
        ],
        "risks": "None new this quarter.",
    },
    {
        "title": "Project 3: Creswell Leisure Centre Decarbonisation",
        "sponsor": "Strategic Director of People",
        "pm": "Leisure Services Manager",
        "rag": ("G", "A"),
        "summary": "Tender for air source heat pump installation returned over budget; re-tender under way. Grant claim timetable depends on the funder's revised deadline.",
        "milestones": [
            ("3.1", "Appoint contractor for air source heat pump installation", "Leisure Services Manager; Corporate Energy Officer", "Sept 2025", "R"),
            ("3.2", "Submit Public Sector Decarbonisation Scheme grant claim", "Corporate Energy Officer", "TBC", "A"),
        ],
        "risks": "Loss of grant if works are not complete by the funder's deadline – extension requested.",
    },
    {
        "title": "Project 4: Customer Services Transformation",
        "sponsor": "Strategic Director of Resources",
        "pm": "Customer Services Manager",
        "rag": ("G", "G"),
        "summary": "CRM configuration complete. Council Tax self-service accounts in user testing.",
        "milestones": [
            ("4.1", "Go live with online Council Tax self-service accounts", "Head of Revenues and Benefits / ICT Manager", "Nov 2025", "G"),
            ("4.2", "Complete staff training on the new CRM system", "Customer Services Manager", "Jan 2026", "G"),
        ],
        "risks": "Staff availability for training during annual billing preparation.",
    },
]


def build_bolsover():
    L = []
    rule = "-" * 78
    L.append("Bolsover District Council – Strategic Projects Highlight Report")
    L.append("Quarter 2 2025/26 (1 July – 30 September 2025)")
    L.append("")
    L.append("Prepared by: Information, Engagement and Performance Team")
    L.append("Reported to: Customer Services Scrutiny Committee – 10 November 2025")
    L.append("")
    L.append("RAG key:  G = on track   A = at risk, recovery plan in place   R = off track, escalated   C = complete")
    L.append("")
    L.append(rule)
    L.append("PROGRAMME SUMMARY")
    proj = {"G": 0, "A": 0, "R": 0}
    ms = {"C": 0, "G": 0, "A": 0, "R": 0}
    for p in BOLSOVER_PROJECTS:
        proj[p["rag"][1]] += 1
        for m in p["milestones"]:
            ms[m[4]] += 1
    L.append(f"Projects reported: {len(BOLSOVER_PROJECTS)}    Green: {proj['G']}    Amber: {proj['A']}    Red: {proj['R']}")
    L.append(f"Milestones reported: {sum(ms.values())}    Complete: {ms['C']}    On track: {ms['G']}    At risk: {ms['A']}    Off track: {ms['R']}")
    L.append("Decisions required from Committee: none")
    L.append(rule)
    for p in BOLSOVER_PROJECTS:
        L.append("")
        L.append(p["title"])
        L.append(f"Sponsor: {p['sponsor']}")
        L.append(f"Project manager: {p['pm']}")
        L.append(f"Project RAG: previous {p['rag'][0]}, current {p['rag'][1]}")
        L.append(f"Summary: {p['summary']}")
        L.append("")
        L.append("Milestones")
        for ref, text, lead, due, rag in p["milestones"]:
            L.append(f"{ref}  {text}")
            L.append(f"     Lead: {lead} | Due: {due} | RAG: {rag}")
        L.append("")
        L.append(f"Key risks / issues: {p['risks']}")
        L.append(rule)
    L.append("")
    L.append("End of report")
    path = os.path.join(HERE, "nu2-bolsover-dc-strategic-projects-highlight-report-q2-2025-26.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    build_oldham()
    build_gateshead()
    build_staffs()
    build_middlesbrough()
    build_north_lanarkshire()
    build_east_dunbartonshire()
    build_bolsover()
    print("built 7 files in", HERE)
