#!/usr/bin/env python3
"""Build the seven kc2- blind test files (set heldout323).

Run with: /work/main/.venv/bin/python kc2_make.py
Writes the data files next to this script. The .expected.yaml files are
written separately, from a reading of each finished file.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)

FILL = {
    "B": PatternFill("solid", fgColor="5B9BD5"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "theme": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "pale": PatternFill("solid", fgColor="F2F2F2"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Islington Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
ISL_TITLE = "Islington Council – Adult Social Care CQC Assessment Improvement Plan 2025–2027"

ISL_PLAN = [
    ("Theme 1: Working with people", [
        ("People experienced long waits for Care Act assessments and reviews, particularly in the occupational therapy and long-term review teams.", [
            ("1.1", "Introduce a single waiting list triage tool across the Access and Assessment teams so that people waiting are risk-rated and contacted at least every six weeks.",
             "Head of Service – Access & Assessment", d(2025, 7, 1), d(2025, 12, 31), "A", "B",
             "Triage tool live in all teams from 3 November 2025; contact audit shows 94% of people contacted within six weeks."),
            ("1.2", "Run a time-limited review project to clear reviews overdue by more than 12 months, prioritising people in residential and nursing care.",
             "Principal Social Worker / Reviewing Team Manager", d(2025, 9, 1), d(2026, 3, 31), "G", "A",
             "Overdue reviews reduced from 1,120 to 640. Agency reviewer contracts end in January; extension requested."),
            ("1.3", "Recruit two additional occupational therapists and trial trusted assessor training for reablement staff to reduce the OT waiting list.",
             "OT Service Manager", d(2025, 10, 1), d(2026, 6, 30), "G", "G",
             "One OT appointed (starts February 2026); second post re-advertised. Trusted assessor training booked for March."),
        ]),
        ("Unpaid carers told us they did not always know they were entitled to a carer's assessment, and the number of carers' assessments completed was below the London average.", [
            ("1.4", "Co-produce a refreshed carers' offer with the Islington Carers Hub and the carers' reference group, including a simplified carer's self-assessment form.",
             "Assistant Director, Commissioning and Partnerships", d(2025, 9, 1), d(2026, 4, 30), "G", "G",
             "Three co-production workshops held; draft self-assessment form being tested with 20 carers."),
            ("1.5", "Report the number of carers' assessments and reviews completed each month to the ASC Performance Board.",
             "Head of Performance and Business Intelligence", d(2025, 8, 1), "Monthly", "G", "G",
             "Included in the monthly performance pack since August 2025."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("Young people moving from children's to adults' services did not always have a timely, planned transition, and some families described the process as confusing.", [
            ("2.1", "Establish a Preparing for Adulthood panel with Children's Services that tracks every young person with likely eligible needs from age 14.",
             "Head of Service – Learning Disabilities; Head of SEND", d(2025, 9, 1), d(2026, 1, 31), "G", "B",
             "Panel has met monthly since October 2025; the tracker holds 212 young people."),
            ("2.2", "Publish a transitions guide for young people and families, written with the Islington Parent Carer Forum.",
             "Preparing for Adulthood Lead", d(2025, 10, 1), d(2026, 2, 28), "G", "R",
             "Draft delayed by lack of design capacity. Revised publication date to be agreed at the January Board."),
        ]),
        ("Uptake of direct payments was low and people told us the process to set one up was slow.", [
            ("2.3", "Simplify the direct payment set-up process and make a pre-paid card account the default option for new direct payments.",
             "Direct Payments Team Manager", d(2025, 10, 1), d(2026, 3, 31), "A", "A",
             "Pre-paid card supplier procured. Process map agreed; new forms awaiting legal sign-off."),
        ]),
    ]),
    ("Theme 3: How Islington ensures safety within the system", [
        ("Safeguarding information was recorded inconsistently across the adult social care and NHS mental health recording systems, so information was not always shared effectively.", [
            ("3.1", "Require all adult social care staff in the integrated mental health teams to record safeguarding enquiries on the adult social care recording system only, supported by a recording standard and a monthly case file audit.",
             "Head of Safeguarding Adults and Quality Assurance", d(2025, 7, 1), d(2025, 10, 31), "B", "B",
             "Recording standard issued August 2025. October audit: 88% of enquiries recorded correctly."),
            ("3.2", "Agree a joint information-sharing protocol with North London NHS Foundation Trust for section 42 enquiries.",
             "Director of Adult Social Care Operations", d(2025, 9, 1), d(2026, 3, 31), "A", "G",
             "Protocol drafted and agreed by the Trust's safeguarding lead; to Safeguarding Adults Board in March."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Leaders did not yet have a single quality assurance framework bringing together performance data, audit findings and feedback from people who use services.", [
            ("4.1", "Launch an adult social care quality assurance framework with a quarterly learning report to the Adult Social Care Leadership Team.",
             "Director of Adult Social Care Operations; Head of Performance and Business Intelligence", d(2025, 9, 1), d(2026, 1, 31), "G", "G",
             "Framework approved by the Leadership Team in November 2025; first quarterly learning report due January 2026."),
        ]),
    ]),
]


def make_islington():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = ISL_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Adult Social Care and Public Health Directorate"
    cov["A4"] = "CQC overall rating: Good (score 73/100). Assessment report published June 2025."
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("0.1", "14/07/2025", "ASC Performance and Improvement Team", "First draft following publication of the CQC report"),
            ("1.0", "09/09/2025", "ASC Performance and Improvement Team", "Agreed by ASC Improvement Board"),
            ("1.1", "11/12/2025", "ASC Performance and Improvement Team", "December progress update and current RAG")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
                c.fill = FILL["grey"]
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [("B", "Complete"), ("G", "On track"),
           ("A", "Some slippage – recovery actions in place"),
           ("R", "Off track – escalated to the ASC Improvement Board")]
    for i, (k, v) in enumerate(key):
        c = cov.cell(row=14 + i, column=1, value=k)
        c.fill = FILL[k]
        c.alignment = CENTRE
        c.border = BORDER
        cov.cell(row=14 + i, column=2, value=v).border = BORDER
    widths(cov, [12, 14, 38, 60])

    # Summary sheet
    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG by CQC theme (December 2025)"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["CQC theme", "Actions", "B", "G", "A", "R"]
    for j, v in enumerate(hdr):
        c = summ.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BORDER
        if v in FILL:
            c.fill = FILL[v]
    r = 4
    tot = [0, 0, 0, 0, 0]
    for theme, afis in ISL_PLAN:
        acts = [a for _, al in afis for a in al]
        counts = [len(acts)] + [sum(1 for a in acts if a[6] == k) for k in "BGAR"]
        summ.cell(row=r, column=1, value=theme).border = BORDER
        for j, v in enumerate(counts):
            summ.cell(row=r, column=2 + j, value=v).border = BORDER
            tot[j] += v
        r += 1
    summ.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        c = summ.cell(row=r, column=2 + j, value=v)
        c.font = Font(bold=True)
        c.border = BORDER
    widths(summ, [52, 10, 6, 6, 6, 6])

    # Plan sheet
    ws = wb.create_sheet("Improvement Plan")
    ncol = 9
    ws["A1"] = ISL_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Previous RAG as reported to the ASC Improvement Board in September 2025; current RAG at December 2025."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    headers = ["Ref", "Area for improvement (what CQC told us)", "Action", "Lead officer",
               "Start", "Due", "Previous RAG (Sep-25)", "Current RAG (Dec-25)", "Progress update (December 2025)"]
    for j, v in enumerate(headers):
        c = ws.cell(row=4, column=1 + j, value=v)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = CENTRE
        c.border = BORDER
    r = 5
    for theme, afis in ISL_PLAN:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = FILL["theme"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for afi, acts in afis:
            first = r
            for (ref, text, lead, start, due, prev, cur, upd) in acts:
                vals = [ref, None, text, lead, start, due, prev, cur, upd]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BORDER
                for col in (5, 6):
                    if isinstance(ws.cell(row=r, column=col).value, dt.datetime):
                        ws.cell(row=r, column=col).number_format = "mmm-yy"
                for col, k in ((7, prev), (8, cur)):
                    ws.cell(row=r, column=col).fill = FILL[k]
                    ws.cell(row=r, column=col).alignment = CENTRE
                r += 1
            ws.cell(row=first, column=2, value=afi).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes: actions rated B are recommended for closure at the next ASC Improvement Board. "
                                  "Refs follow the order of the four CQC assessment themes.").font = Font(italic=True)
    widths(ws, [7, 40, 55, 30, 10, 10, 11, 11, 50])
    ws.freeze_panes = "A5"
    wb.save(out("kc2-islington-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. South Yorkshire MCA - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
SY_TITLE = "SYMCA Internal Audit – Outstanding Recommendations Tracker"
SY_AUDITS = [
    ("Gainshare Grant Assurance Framework (2024/25) – Limited Assurance", [
        ("High", "Grant funding agreements should be issued and signed before any funds are released to delivery partners.", [
            ("GAF.1", "Introduce a pre-payment check in the finance system so that no grant payment can be released without a signed funding agreement on file.",
             "Head of Finance (Deputy S73 Officer)", d(2025, 9, 30), d(2026, 3, 31), "A",
             "System control built and tested. Go-live moved to align with the ledger upgrade in March 2026; revised date agreed by Committee in November."),
        ]),
        ("High", "Quarterly monitoring returns from delivery partners should be reviewed, and the review evidenced, by the programme manager.", [
            ("GAF.2a", "Issue a standard quarterly monitoring return template to all Gainshare delivery partners.",
             "Programme Manager – Gainshare", d(2025, 10, 31), None, "B",
             "Template issued to all partners on 22 October 2025."),
            ("GAF.2b", "Record the programme manager's review and sign-off of each monitoring return in the grants register.",
             "Programme Manager – Gainshare", d(2026, 1, 31), None, "G",
             "Register updated with sign-off fields; Q2 returns reviewed and signed off."),
        ]),
        ("Medium", "The Gainshare programme risk register should be kept up to date and reported to the Programme Board.", [
            ("GAF.3", "Refresh the programme risk register and add it as a standing item on the Programme Board agenda.",
             "Senior Programme Manager", d(2025, 11, 30), None, "B",
             "Standing item from the November 2025 Programme Board."),
        ]),
    ]),
    ("Bus Franchising Programme Governance (2024/25) – Reasonable Assurance", [
        ("Medium", "Decision logs for the franchising programme should record the options considered and the reasons for each decision taken.", [
            ("BFP.1", "Adopt the MCA decision log template for all franchising workstreams and check the logs for completeness each month.",
             "S. Ahmed / R. Cole", d(2026, 3, 31), None, "G",
             "Template adopted by all workstreams; first monthly completeness check in February."),
        ]),
        ("Low", "Terms of reference for the Franchising Programme Board should be reviewed annually.", [
            ("BFP.2", "Review and re-approve the Franchising Programme Board terms of reference.",
             "Head of Governance", d(2026, 6, 30), None, None,
             "Not yet started – scheduled for the June 2026 Board."),
        ]),
    ]),
    ("Cyber Security and Network Resilience (2024/25) – Reasonable Assurance", [
        ("High", "Multi-factor authentication should be enforced for all remote access accounts, including supplier accounts.", [
            ("CYB.1", "Enforce multi-factor authentication on all remote access and third-party supplier accounts and disable dormant supplier accounts.",
             "Head of ICT; Information Security Officer", d(2025, 8, 31), d(2025, 11, 30), "R",
             "Two supplier accounts still without MFA pending supplier changes. Escalated to the Executive Director of Resources."),
        ]),
        ("Medium", "A disaster recovery test should be carried out and lessons learned recorded.", [
            ("CYB.2", "Carry out a full disaster recovery failover test of the core network and report the results to the Information Governance Board.",
             "Head of ICT", d(2026, 3, 31), None, "G",
             "Test booked for 7 March 2026 with the network supplier."),
        ]),
    ]),
    ("Payroll and Expenses (2025/26) – Substantial Assurance", [
        ("Low", "Expense claims over £250 should be approved by a second-line manager.", [
            ("PAY.1", "Update the expenses policy and configure the HR system workflow to route claims over £250 to a second approver.",
             "Payroll Manager", d(2026, 1, 31), None, "G",
             "Policy updated; workflow change in testing."),
        ]),
        ("Low", "Leavers should be removed from the payroll before their final pay date.", [
            ("PAY.2", "Introduce a monthly reconciliation of leavers notified by managers against the payroll leavers report.",
             "Payroll Manager", d(2026, 2, 28), None, "G",
             "Reconciliation template drafted; first run with the February payroll."),
        ]),
    ]),
]


def make_symca():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = SY_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position at 16 January 2026 – report to the Audit, Standards and Risk Committee, 4 February 2026"
    hdr = ["Audit", "High", "Medium", "Low", "Total open"]
    for j, v in enumerate(hdr):
        c = s.cell(row=4, column=1 + j, value=v)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.border = BORDER
    r = 5
    tot = [0, 0, 0, 0]
    for audit, recs in SY_AUDITS:
        counts = {"High": 0, "Medium": 0, "Low": 0}
        for pri, _, acts in recs:
            counts[pri] += sum(1 for a in acts if a[5] != "B")
        vals = [counts["High"], counts["Medium"], counts["Low"], sum(counts.values())]
        s.cell(row=r, column=1, value=audit).border = BORDER
        for j, v in enumerate(vals):
            s.cell(row=r, column=2 + j, value=v).border = BORDER
            tot[j] += v
        r += 1
    s.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        c = s.cell(row=r, column=2 + j, value=v)
        c.font = Font(bold=True)
        c.border = BORDER
    s.cell(row=r + 2, column=1, value="Implemented actions are shown on the tracker until the Committee has noted them, then removed.").font = Font(italic=True)
    widths(s, [70, 8, 9, 8, 11])

    t = wb.create_sheet("Tracker")
    ncol = 10
    t["A1"] = SY_TITLE
    t["A1"].font = Font(bold=True, size=13)
    t.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    t["A2"] = "Position at 16 January 2026"
    t.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
               "Original target date", "Revised target date", "RAG", "Latest update"]
    for j, v in enumerate(headers):
        c = t.cell(row=4, column=1 + j, value=v)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = CENTRE
        c.border = BORDER
    r = 5
    for audit, recs in SY_AUDITS:
        c = t.cell(row=r, column=1, value=audit)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for pri, rec, acts in recs:
            first = r
            for (ref, text, lead, orig, rev, rag, upd) in acts:
                vals = [ref, pri, None, text, lead, orig, rev, None, upd]
                for j, v in enumerate(vals):
                    c = t.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BORDER
                for col in (6, 7):
                    if t.cell(row=r, column=col).value is not None:
                        t.cell(row=r, column=col).number_format = "dd/mm/yyyy"
                if rag:
                    t.cell(row=r, column=8).fill = FILL[rag]
                r += 1
            t.cell(row=first, column=3, value=rec).alignment = WRAP
            if r - 1 > first:
                t.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
                t.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    widths(t, [9, 9, 45, 55, 28, 12, 12, 7, 50])
    t.freeze_panes = "A5"

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True, size=12)
    key = [("B", "Implemented – evidence seen by Internal Audit"),
           ("G", "On track to meet the agreed target date"),
           ("A", "Revised target date agreed by the Committee"),
           ("R", "Past the revised target date, or no update received"),
           (None, "No colour – not yet started; target date more than five months away")]
    for i, (code, text) in enumerate(key):
        c = k.cell(row=3 + i, column=1)
        if code:
            c.fill = FILL[code]
        c.border = BORDER
        k.cell(row=3 + i, column=2, value=text)
    k["A10"] = "Priority"
    k["A10"].font = Font(bold=True)
    pri = [("High", "Fundamental weakness in control; action required within three months"),
           ("Medium", "Significant weakness; action required within six months"),
           ("Low", "Improvement to good practice; action within twelve months")]
    for i, (p, text) in enumerate(pri):
        k.cell(row=11 + i, column=1, value=p)
        k.cell(row=11 + i, column=2, value=text)
    widths(k, [10, 80])
    wb.save(out("kc2-south-yorkshire-mca-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Nottinghamshire FRS - HMICFRS improvement plan (xlsx)
# ---------------------------------------------------------------------------
NF_TITLE = "Nottinghamshire Fire and Rescue Service – HMICFRS Improvement Plan 2025/26"
NF_STATUS_FILL = {"Complete": "B", "On track": "G", "At risk": "A", "Off track": "R", "Not started": None}

NF_AFI = [
    ("Protecting the public through fire regulation", [
        ("AFI 1: The service should make sure it monitors its risk-based inspection programme and has a robust process in place to prioritise the highest-risk premises.", [
            ("1.1", "Re-profile the risk-based inspection programme (RBIP) using the updated premises risk model and confirm the number of very high and high-risk premises.",
             "Head of Protection", d(2025, 7, 31), "Re-profiled programme approved by the Protection Management Team on 24 July 2025.", "Complete"),
            ("1.2", "Introduce a monthly RBIP performance report to the Protection Management Team showing audits due, completed and overdue by risk band.",
             "Head of Protection; Data & Intelligence Manager", "Sept 2025", "First report September 2025; now produced monthly from the CFRMIS system.", "Complete"),
            ("1.3", "Recruit and train three additional competent fire safety inspectors to increase capacity for high-risk audits.",
             "Head of Protection", "Q4 2025/26", "Two inspectors in post and on the Level 4 Diploma; third post at interview stage.", "On track"),
            ("1.4", "Commission an internal audit of the RBIP prioritisation process and report the findings to the Fire Authority.",
             "ACFO Service Delivery", "January 2026 – April 2026", "Audit scoped with internal auditors; fieldwork starts in February.", "Not started"),
        ]),
    ]),
]

NF_MIS = [
    ("Raising concerns and reporting", [
        ("Recommendation 3: Chief fire officers should make sure staff have access to an independent, confidential reporting service and understand how to use it.", [
            ("M1", "Extend the independent reporting line contract to cover all staff groups, including on-call and fire control, and relaunch it through station visits.",
             "Head of People and Organisational Development", d(2025, 3, 31), d(2025, 9, 30), "Complete",
             "Contract extended; relaunch visits completed at all 24 stations and fire control by September."),
            ("M2", "Survey staff awareness of the reporting line six months after the relaunch and report the results to the Human Resources Committee.",
             "Head of People and Organisational Development", "March 2026", None, "Not started",
             "Survey questions agreed with the representative bodies."),
        ]),
    ]),
    ("Investigations and outcomes", [
        ("Recommendation 7: Chief fire officers should make sure misconduct investigations are completed in a timely manner and that the people involved are kept informed of progress.", [
            ("M3", "Set a 12-week target for completing misconduct investigations and report performance against it to the Strategic Leadership Team each month.",
             "HR Business Partner (Employee Relations)", d(2025, 6, 30), None, "Complete",
             "Target set in the revised Discipline Procedure; monthly reporting since July 2025."),
            ("M4", "Train a pool of 20 investigating officers, including managers from outside the directorate of the person being investigated.",
             "Learning and Development Manager", d(2025, 9, 30), d(2026, 1, 31), "At risk",
             "14 officers trained; final cohort moved to January 2026 because of operational demand."),
        ]),
        ("Recommendation 9: Chief fire officers should make sure they collect and analyse data on misconduct cases, including the protected characteristics of the people involved.", [
            ("M5", "Build a misconduct case dashboard in the HR system that records the protected characteristics of complainants and subjects.",
             "HR Business Partner (Employee Relations) / Data & Intelligence Manager", d(2025, 12, 31), d(2026, 5, 31), "Off track",
             "Supplier cannot deliver the case management module until spring 2026; interim spreadsheet in use."),
        ]),
    ]),
    ("Vetting and background checks", [
        ("Recommendation 12: Chief fire officers should make sure all staff have an appropriate background check, and that checks are repeated at suitable intervals.", [
            ("M6", "Complete basic DBS checks for all existing staff who have not had one, and introduce a three-yearly re-check.",
             "ACFO Corporate Services", "Q3 2025/26", d(2026, 3, 31), "On track",
             "87% of existing staff checked; re-check cycle built into the HR system."),
        ]),
    ]),
]


def nf_fill(cell, status):
    k = NF_STATUS_FILL.get(status)
    if k:
        cell.fill = FILL[k]


def make_notts():
    wb = Workbook()
    db = wb.active
    db.title = "Dashboard"
    db["A1"] = NF_TITLE
    db["A1"].font = Font(bold=True, size=14)
    db["A2"] = "Report to the Policy and Strategy Committee – 16 January 2026"
    db["A4"] = "Status key"
    db["A4"].font = Font(bold=True)
    key = [("Complete", "Action delivered and evidence held"),
           ("On track", "Progressing to the target date"),
           ("At risk", "Some slippage; target date may be missed"),
           ("Off track", "Target date will be missed; escalated to SLT"),
           ("Not started", "Action not yet due to start")]
    for i, (st, text) in enumerate(key):
        c = db.cell(row=5 + i, column=1, value=st)
        nf_fill(c, st)
        c.border = BORDER
        db.cell(row=5 + i, column=2, value=text).border = BORDER
    hdr = ["Source", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    for j, v in enumerate(hdr):
        c = db.cell(row=12, column=1 + j, value=v)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.border = BORDER
    afi_acts = [a for _, afis in NF_AFI for _, al in afis for a in al]
    mis_acts = [a for _, recs in NF_MIS for _, al in recs for a in al]
    rows = [("2023–25 inspection AFI", [a[5] for a in afi_acts]),
            ("Misconduct thematic (Aug 2024)", [a[5] for a in mis_acts])]
    tot = [0] * 6
    for i, (src, sts) in enumerate(rows):
        vals = [len(sts)] + [sts.count(k) for k in ("Complete", "On track", "At risk", "Off track", "Not started")]
        db.cell(row=13 + i, column=1, value=src).border = BORDER
        for j, v in enumerate(vals):
            db.cell(row=13 + i, column=2 + j, value=v).border = BORDER
            tot[j] += v
    db.cell(row=15, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        db.cell(row=15, column=2 + j, value=v).font = Font(bold=True)
    widths(db, [34, 48, 10, 10, 10, 10, 12])

    # AFI sheet
    ws = wb.create_sheet("Inspection AFI")
    ws["A1"] = NF_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    headers = ["Ref", "Action", "Owner", "Target date", "Progress update", "Status"]
    for j, v in enumerate(headers):
        c = ws.cell(row=3, column=1 + j, value=v)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = CENTRE
        c.border = BORDER
    r = 4
    for area, afis in NF_AFI:
        c = ws.cell(row=r, column=1, value=area)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for afi, acts in afis:
            c = ws.cell(row=r, column=1, value=afi)
            c.font = Font(bold=True)
            c.fill = FILL["pale"]
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 32
            r += 1
            for (ref, text, owner, due, upd, st) in acts:
                vals = [ref, text, owner, due, upd, st]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BORDER
                if isinstance(due, dt.datetime):
                    ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
                nf_fill(ws.cell(row=r, column=6), st)
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Source: HMICFRS, Effectiveness, efficiency and people 2023–2025: Nottinghamshire Fire and Rescue Service. "
                                  "The report graded the service good in ten areas and adequate in one, with one area for improvement.").font = Font(italic=True)
    widths(ws, [8, 60, 32, 16, 50, 12])

    # Misconduct sheet
    ms = wb.create_sheet("Misconduct thematic")
    ms["A1"] = NF_TITLE
    ms["A1"].font = Font(bold=True, size=13)
    ms.merge_cells("A1:H1")
    headers = ["HMICFRS recommendation", "Ref", "Our action", "Lead",
               "Original date", "Revised date", "Status", "Update"]
    for j, v in enumerate(headers):
        c = ms.cell(row=3, column=1 + j, value=v)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = CENTRE
        c.border = BORDER
    r = 4
    for group, recs in NF_MIS:
        c = ms.cell(row=r, column=1, value=group)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, acts in recs:
            first = r
            for (ref, text, lead, orig, rev, st, upd) in acts:
                vals = [None, ref, text, lead, orig, rev, st, upd]
                for j, v in enumerate(vals):
                    c = ms.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BORDER
                for col in (5, 6):
                    if isinstance(ms.cell(row=r, column=col).value, dt.datetime):
                        ms.cell(row=r, column=col).number_format = "dd/mm/yyyy"
                nf_fill(ms.cell(row=r, column=7), st)
                r += 1
            ms.cell(row=first, column=1, value=rec).alignment = WRAP
            if r - 1 > first:
                ms.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ms.cell(row=r, column=1, value="Source: HMICFRS, Standards of behaviour: the handling of misconduct in fire and rescue services (August 2024). "
                                  "Only the recommendations where the service has further work to do are shown.").font = Font(italic=True)
    widths(ms, [48, 6, 55, 32, 13, 13, 12, 45])
    wb.save(out("kc2-nottinghamshire-fire-rescue-service-hmicfrs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    sec.page_width, sec.page_height = h, w
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Moray Council - SHR annual assurance statement improvement plan (docx)
# ---------------------------------------------------------------------------
MORAY_TITLE = "Moray Council Housing Service – Annual Assurance Statement 2025: Improvement Plan"
MORAY_SECTIONS = [
    ("1. Tenant and resident safety", [
        ("Electrical safety: not all council homes have a current Electrical Installation Condition Report (EICR) within the last five years, as required by the Scottish Housing Quality Standard.", [
            ("1.1", "Submit a plan to the Scottish Housing Regulator setting out how the outstanding EICRs will be completed, with timescales.",
             "Head of Housing and Property", "By 30 April 2025", "Plan submitted to the Regulator on 28 April 2025.", "Complete"),
            ("1.2", "Complete EICRs in all remaining properties, prioritising homes with the oldest certificates, using in-house electricians and the framework contractor.",
             "Property Services Manager", "December 2025", "92% compliant at 31 October (81% in April). 498 properties outstanding, of which 137 are no-access cases.", "Amber"),
            ("1.3", "Send monthly progress updates on electrical safety compliance to the Regulator.",
             "Property Services Manager", "Monthly until compliant", "Updates sent each month since May 2025.", "Green"),
        ]),
        ("No-access cases: the forced access procedure for gas and electrical safety checks is not applied consistently.", [
            ("1.4", "Revise the no-access procedure so that forced access is authorised after three documented attempts, and brief all housing officers on it.",
             "Housing Services Manager / Property Services Manager", "31 January 2026", "Revised procedure drafted; legal review under way.", "Green"),
            ("1.5", "Add a no-access tracker to the weekly compliance dashboard reviewed by the Housing Management Team.",
             "Asset Manager", "November 2025", "Tracker added to the dashboard from 3 November 2025.", "Complete"),
        ]),
    ]),
    ("2. Homelessness services", [
        ("Homelessness assessments: the average time taken to complete a homelessness assessment is longer than the Scottish average.", [
            ("2.1", "Carry out a process review of the homelessness assessment pathway, from first contact to decision, with frontline staff and people with lived experience.",
             "Housing Needs Manager", "March 2026", "Mapping workshops held in September and October 2025.", "Green"),
            ("2.2", "Set a local target of 28 days for completing assessments and report performance quarterly to Committee.",
             "Housing Needs Manager; Housing Options Team Leader", "Quarterly", "Target adopted; first report to this Committee.", "Green"),
        ]),
        ("Temporary accommodation: there is a risk of breaching the Unsuitable Accommodation Order at times of high demand.", [
            ("2.3", "Convert six council flats in Elgin to furnished temporary accommodation to reduce the use of bed and breakfast.",
             "Head of Housing and Property", "June 2026", "Two flats converted. Works on the remaining four paused pending the capital budget decision in February 2026.", "Red"),
        ]),
    ]),
    ("3. Tenant participation and scrutiny", [
        ("Tenant scrutiny: tenants were not involved in reviewing the evidence used to prepare the Annual Assurance Statement.", [
            ("3.1", "Set up a tenant scrutiny panel with the Moray Tenants' Forum to review the evidence for the 2026 Annual Assurance Statement.",
             "Tenant Participation Officer", "By 31 August 2026", "Forum agreed in principle at its October meeting.", "Not started"),
        ]),
    ]),
]


def make_moray():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph("APPENDIX II")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.runs[0].bold = True
    doc.add_heading(MORAY_TITLE, level=0)
    doc.add_paragraph(
        "This plan sets out the actions the Council will take on the areas of non-compliance and improvement "
        "identified when preparing the Annual Assurance Statement submitted to the Scottish Housing Regulator in "
        "October 2025, and on the matters in the Regulator's engagement plan for 2025/26. Progress is reported to the "
        "Housing and Community Safety Committee every six months.")
    doc.add_paragraph("Status key", style="Heading 3")
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for i, (a, b) in enumerate([("Status", "Meaning"), ("Complete", "Action completed and evidenced"),
                                ("Green", "On track"), ("Amber", "Some slippage; action can still be delivered"),
                                ("Red", "Not on track; further action required")]):
        set_cell(key.cell(i, 0), a, bold=(i == 0))
        set_cell(key.cell(i, 1), b, bold=(i == 0))
    headers = ["Ref", "Area for improvement", "Action", "Lead officer", "Timescale",
               "Progress at 31 October 2025", "Status"]
    for heading, areas in MORAY_SECTIONS:
        doc.add_heading(heading, level=2)
        nrows = 1 + sum(len(acts) for _, acts in areas)
        t = doc.add_table(rows=nrows, cols=len(headers))
        t.style = "Table Grid"
        for j, h in enumerate(headers):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "BDD7EE")
        r = 1
        for area, acts in areas:
            first = r
            for (ref, text, lead, when, prog, st) in acts:
                for j, v in ((0, ref), (2, text), (3, lead), (4, when), (5, prog), (6, st)):
                    set_cell(t.cell(r, j), v)
                r += 1
            set_cell(t.cell(first, 1), area)
            if r - 1 > first:
                t.cell(first, 1).merge(t.cell(r - 1, 1))
        doc.add_paragraph("")
    doc.add_paragraph("Author: Housing Strategy and Development Manager. Background papers: SHR engagement plan "
                      "for Moray Council, 1 April 2025 to 31 March 2026.").runs[0].italic = True
    doc.save(out("kc2-moray-council-shr-annual-assurance-statement-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Perth and Kinross Council - Education Scotland CLD progress visit plan (docx)
# ---------------------------------------------------------------------------
PK_TITLE = "Community Learning and Development – Education Scotland Progress Visit: Improvement Action Plan 2024–25"
PK_FILL = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}
PK_AREAS = [
    ("1. Raising awareness of the CLD Plan amongst a wider range of partners", [
        ("1.1", "Present the CLD Plan 2024–27 to each of the Local Action Partnerships and to the Community Planning Partnership Board.",
         "CLD Partnership Co-ordinator", "December 2024", "All five LAPs and the CPP Board briefed",
         "Presented to all LAPs by November 2024 and to the CPP Board on 4 December 2024.", "B"),
        ("1.2", "Produce a short, plain-English summary of the CLD Plan and share it through partner networks and the Council website.",
         "CLD Partnership Co-ordinator; Communications Officer", "Sept 2024", "Summary published; shared by at least 30 partners",
         "Summary published September 2024 and shared through 41 partner networks.", "B"),
        ("1.3", "Add CLD Plan progress as a standing item on the agenda of the third sector learning network.",
         "PKAVS", "Ongoing", "Item on every network agenda", "Standing item since October 2024.", "G"),
    ]),
    ("2. Involving young people and community groups in planning CLD and identifying priorities", [
        ("2.1", "Run youth-led consultation events in each locality to identify young people's priorities for the next year of the plan.",
         "Youth Services Team Leader", "March 2025", "Events held in all five localities; priorities reported to the Partnership",
         "Events held in Perth City and Highland Perthshire. Remaining three localities rescheduled to May 2025.", "A"),
        ("2.2", "Invite representatives of community groups and the youth voice forum to join the CLD Strategic Partnership.",
         "Communities Service Manager", "31 October 2024", "Two community and two youth members on the Partnership",
         "Four new members attended from the November 2024 meeting.", "B"),
        ("2.3", "Use the \"How good is the learning and development in our community?\" framework with community groups to self-evaluate CLD provision.",
         "CLD Team Leaders", "June 2025", "Self-evaluation completed with at least six groups",
         "Two self-evaluation sessions held; four more booked.", "G"),
    ]),
    ("3. Extending the internal training offer to staff and volunteers from partner organisations", [
        ("3.1", "Open the Council's CLD training calendar to staff and volunteers from partner organisations, free of charge.",
         "Lifelong Learning Manager", "August 2024", "Partner places taken up on 50% of courses",
         "Calendar opened August 2024; partners attended 14 of 22 courses.", "B"),
        ("3.2", "Develop a joint induction programme for new CLD staff and volunteers across the partnership, including safeguarding and trauma-informed practice.",
         "Lifelong Learning Manager & PKAVS Volunteer Centre Manager", "January – June 2025", "Joint induction delivered twice a year",
         "Content outline agreed. Funding for trainer time not yet secured.", "R"),
    ]),
]


def make_pk():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Perth and Kinross Council")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(PK_TITLE, level=1)
    doc.add_paragraph("Document control", style="Heading 3")
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    rows = [("Version", "Date", "Author", "Comments"),
            ("1.0", "12/06/2024", "CLD Partnership Co-ordinator", "Approved by the CLD Strategic Partnership"),
            ("1.1", "20/11/2024", "CLD Partnership Co-ordinator", "Progress update for the Lifelong Learning Committee"),
            ("1.2", "05/03/2025", "CLD Partnership Co-ordinator", "Progress update (March 2025)")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_cell(dc.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph(
        "HM Inspectors from Education Scotland carried out a progress visit in April 2024 to review how the "
        "Community Learning and Development Plan is being implemented. Inspectors identified key strengths, "
        "including the PEEP parenting programme, and three areas for improvement. The actions agreed by the "
        "CLD Strategic Partnership for each area are set out below.")
    headers = ["Ref", "Action", "Lead", "Timescale", "Success measure", "Progress (March 2025)", "Status"]
    nrows = 1 + sum(1 + len(a) for _, a in PK_AREAS)
    t = doc.add_table(rows=nrows, cols=len(headers))
    t.style = "Table Grid"
    for j, h in enumerate(headers):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "7030A0")
    r = 1
    for area, acts in PK_AREAS:
        row = t.rows[r]
        merged = row.cells[0].merge(row.cells[len(headers) - 1])
        set_cell(merged, area, bold=True, size=10)
        shade(merged, "E4DFEC")
        r += 1
        for (ref, text, lead, when, measure, prog, st) in acts:
            for j, v in enumerate([ref, text, lead, when, measure, prog, ""]):
                set_cell(t.cell(r, j), v)
            shade(t.cell(r, 6), PK_FILL[st])
            r += 1
    doc.add_paragraph("")
    doc.add_paragraph("Status key", style="Heading 3")
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (k, txt) in enumerate([("B", "Complete"), ("G", "On track"),
                                  ("A", "Some delay – action in hand"), ("R", "Not progressing – support needed")]):
        set_cell(kt.cell(i, 0), "")
        shade(kt.cell(i, 0), PK_FILL[k])
        set_cell(kt.cell(i, 1), txt)
    doc.save(out("kc2-perth-and-kinross-council-education-scotland-cld-progress-visit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Tai Tarian - regulatory judgement improvement plan (csv) - typo month
# ---------------------------------------------------------------------------
TT_ROWS = [
    ["Tai Tarian – Regulatory Judgement Improvement Plan", "", "", "", "", "", "", "", ""],
    ["Regulatory judgement (Welsh Government): Governance (including services to tenants) – Standard with improvement required; Financial viability – Standard", "", "", "", "", "", "", "", ""],
    ["Progress position at 30 November 2025 – Board report", "", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", "", ""],
    ["Ref", "Theme", "Improvement required", "Action", "Lead", "Target date", "Revised target date", "RAG", "Progress commentary"],
    ["G1", "Governance", "Board oversight of tenant safety compliance needs strengthening",
     "Introduce a monthly tenant safety compliance report to Board covering the six key safety areas",
     "Director of Assets", "30/09/2025", "", "Complete", "First report to Board on 24 September 2025"],
    ["G2", "", "",
     "Commission an independent assurance review of tenant safety compliance data",
     "Company Secretary", "31/12/2025", "28/02/2026", "Amber", "Reviewer appointed; fieldwork in January"],
    ["G3", "", "Board skills and succession planning",
     "Complete a Board skills audit and recruit two Board members with housing asset management experience",
     "Head of Governance", "Febuary 2026", "", "Green", "Skills audit complete; recruitment pack issued"],
    ["T1", "Tenant voice", "Tenants' views are not used consistently to shape services",
     "Establish a Tenant Scrutiny Panel with a published annual work programme",
     "Head of Customer Experience", "31/03/2026", "", "Green", "Eight tenants recruited; training in December"],
    ["T2", "", "",
     "Publish 'You said, we did' updates each quarter on the website and in the tenant newsletter",
     "Customer Insight Manager", "Quarterly", "", "Green", "Autumn update published"],
    ["S1", "Damp and mould", "Timeliness of response to damp and mould reports",
     "Adopt a 10 working day inspection standard for all damp and mould reports and track performance weekly",
     "Head of Repairs; Head of Customer Experience", "31/10/2025", "", "Complete", "Standard adopted; 91% inspected within 10 days in October"],
    ["S2", "", "",
     "Complete a stock condition survey of all homes to improve data on damp and mould risk",
     "Asset Manager", "31/03/2027", "", "Green", "38% of homes surveyed"],
    ["", "", "", "", "", "", "", "", ""],
    ["RAG: Complete = action delivered; Green = on track; Amber = revised date agreed; Red = off track", "", "", "", "", "", "", "", ""],
]


def make_tt():
    with open(out("kc2-tai-tarian-regulatory-judgement-improvement-plan-typo-month-refuse.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in TT_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Northumbria OPCC - strategic risk register (tab-separated txt)
# ---------------------------------------------------------------------------
NO_LINES = [
    ["Office of the Police and Crime Commissioner for Northumbria"],
    ["OPCC Strategic Risk Register – Quarter 3 2025/26"],
    ["Presented to the Independent Audit Committee, 26 January 2026"],
    ["Scoring: Likelihood (1-5) x Impact (1-5). Residual score 15-25 High; 8-12 Medium; 1-6 Low."],
    ["Action RAG: B = complete; G = on track; A = delayed, revised date agreed; R = off track. Blank = not yet started."],
    [],
    ["Ref", "Risk / mitigating action", "Owner", "Inherent score", "Residual score", "Trend", "Target date", "Action RAG", "Update"],
    ["SR1 – Ineffective scrutiny of force performance by the PCC", "", "Chief Executive and Monitoring Officer", "16", "9", "↔", "", "", ""],
    ["SR1.1", "Agree a revised Scrutiny and Accountability Framework with the force, including the performance data set for the quarterly Accountability Board.",
     "Chief Executive and Monitoring Officer", "", "", "", "Q4 2025/26", "G", "Draft agreed with the Deputy Chief Constable on 8 January 2026."],
    ["SR1.2", "Publish the PCC's assessment of force performance against the Police and Crime Plan after each Accountability Board.",
     "Head of Policy and Scrutiny", "", "", "", "Ongoing – after each Board", "G", "Published after the November Board."],
    ["SR2 – Medium-term funding gap is not closed", "", "Chief Finance Officer (OPCC) / Director of Finance (Force)", "20", "12", "↑", "", "", ""],
    ["SR2.1", "Agree a savings plan with the force to close the 2026/27 budget gap of £7.2m before the precept is set.",
     "Chief Finance Officer (OPCC) / Director of Finance (Force)", "", "", "", "31/01/2026", "A", "£5.1m of savings identified; options for the balance to the Executive Board on 20 January."],
    ["SR2.2", "Press the Home Office, with the other PCCs in the region, for a fairer police funding formula.",
     "Police and Crime Commissioner", "", "", "", "Mar-26", "G", "Joint letter sent in December."],
    ["SR2.3", "Review the reserves strategy and set a minimum level of general reserves of 3% of the net revenue budget,",
     "Chief Finance Officer (OPCC)", "", "", "", "Feb-26", "G", "Reserves strategy to the February Panel meeting with the precept."],
    ["", "with a plan to restore reserves over three years if they fall below this level.", "", "", "", "", "", "", ""],
    ["SR3 – Commissioned victim services do not meet demand", "", "Head of Partnerships and Commissioning", "12", "8", "↓", "", "", ""],
    ["SR3.1", "Re-tender the Victims First Northumbria contract for a contract start date of 1 April 2026.",
     "Head of Partnerships and Commissioning", "", "", "", "April 2026", "G", "Preferred bidder selected; contract award in February."],
    ["SR3.2", "Introduce quarterly contract monitoring meetings with all providers of victim services, using the Ministry of Justice outcome measures.",
     "Commissioning Manager", "", "", "", "Dec-25", "B", "First round of meetings completed in December."],
    ["SR3.3", "Carry out a needs assessment of services for male victims of domestic abuse.",
     "Commissioning Manager", "", "", "", "June 2026", "", ""],
    ["SR4 – Data breach or cyber attack affecting OPCC systems", "", "Chief Executive and Monitoring Officer", "15", "10", "↔", "", "", ""],
    ["SR4.1", "Complete the OPCC information asset register and assign an owner to each asset.",
     "Governance Officer", "", "", "", "30/11/2025", "R", "Half of assets have an owner. Escalated to the Chief Executive."],
    ["SR4.2", "All OPCC staff to complete the force's mandatory cyber security e-learning.",
     "OPCC Office Manager", "", "", "", "31/03/2026", "G", "11 of 16 staff completed."],
    [],
    ["Total mitigating actions: 10 (B 1, G 6, A 1, R 1, not started 1)"],
]


def make_no():
    with open(out("kc2-northumbria-opcc-strategic-risk-register-q3-2025-26.txt"), "w",
              newline="", encoding="utf-8") as f:
        for row in NO_LINES:
            f.write("\t".join(row) + "\r\n")


if __name__ == "__main__":
    make_islington()
    make_symca()
    make_notts()
    make_moray()
    make_pk()
    make_tt()
    make_no()
    print("built 7 files in", HERE)
