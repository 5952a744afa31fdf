#!/usr/bin/env python3
"""Build the seven zqt- blind test files (set heldout716).

Run with: /work/main/.venv/bin/python zqt_make.py
Writes only files whose names start with "zqt-" into this script's folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zqt-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
NAVY = "1F3864"
GREY = "D9D9D9"
PALE = "DEEAF6"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(wrap_text=True, vertical="top", horizontal="center")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def style_row(ws, row, ncols, bold=False, bg=None, colour=None):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP
        if bold or colour:
            cell.font = Font(bold=bold, color=colour)
        if bg:
            cell.fill = fill(bg)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade_cell(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, italic=False, colour=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


# =====================================================================
# 1. David MacBrayne Ltd - internal audit management action follow-up
# =====================================================================
DML_TITLE = ("David MacBrayne Limited – Internal Audit Report: "
             "Management Action Follow-up 2024/25")

# (band, [(rec_text, grade, [(ref, action, owner, orig, revised, rag, update)])])
DML = [
    ("2023/24 Report 03 – Vessel Planned Maintenance (Limited assurance)", [
        ("Planned maintenance jobs held in the maintenance management system "
         "should be reconciled to manufacturers' schedules for each vessel.",
         "Grade 4", [
             ("3.1a",
              "Complete a reconciliation of planned maintenance jobs to OEM "
              "schedules for the major vessels, starting with MV Loch Seaforth "
              "and MV Isle of Lewis.",
              "Fleet Technical Manager", d(2024, 9, 30), d(2025, 4, 30), "A",
              "Reconciliation complete for 6 of 11 major vessels. Remaining "
              "vessels scheduled around overhaul periods."),
             ("3.1b",
              "Introduce a quarterly exception report of overdue critical "
              "maintenance jobs to the Fleet Management Group.",
              "Head of Fleet Engineering", d(2024, 12, 31), None, "B",
              "First report presented to the Fleet Management Group in "
              "January 2025. Closed."),
         ]),
        ("Spares holdings for critical vessel systems should be reviewed and "
         "minimum stock levels agreed.",
         "Grade 3", [
             ("3.2",
              "Review the critical spares list with CMAL and set minimum stock "
              "levels in the stores system.",
              "Fleet Technical Manager / Procurement Manager", d(2025, 3, 31),
              None, "G",
              "Critical spares list agreed with CMAL in February 2025; stock "
              "levels being loaded."),
         ]),
    ]),
    ("2024/25 Report 01 – Cyber Security: Identity and Access Management", [
        ("Privileged access accounts should be reviewed at least quarterly and "
         "leavers' access removed within one working day.",
         "Grade 4", [
             ("1.1a",
              "Implement quarterly privileged access reviews, with results "
              "reported to the Information Security Steering Group.",
              "Head of IT Operations", d(2024, 10, 31), d(2025, 5, 31), "A",
              "First review completed December 2024. Reporting route to the "
              "Steering Group still to be agreed."),
             ("1.1b",
              "Automate leaver account disablement through the HR system feed.",
              "Head of IT Operations", d(2025, 1, 31), None, "R",
              "Integration testing delayed by the HR system upgrade. Revised "
              "date to be proposed to the April ARC."),
         ]),
        ("Multi-factor authentication should be extended to all remote access "
         "routes, including third-party support connections.",
         "Grade 3", [
             ("1.2",
              "Extend MFA to supplier remote support accounts and decommission "
              "the legacy VPN.",
              "Chief Information Officer", d(2025, 6, 30), None, "G",
              "Not yet due. Supplier accounts migrated; VPN switch-off planned "
              "for May 2025."),
         ]),
    ]),
    ("2024/25 Report 04 – Port Operations: Ticketing Income", [
        ("Daily cash-up variances at ports should be investigated and signed "
         "off by the Port Manager.",
         "Grade 3", [
             ("4.1",
              "Issue a revised cash-up procedure and variance sign-off template "
              "to all port offices.",
              "Head of Port Operations", d(2024, 12, 31), None, "B",
              "Procedure issued 9 December 2024; sample testing confirmed use "
              "at Oban and Ullapool."),
         ]),
        ("Refund authorisation limits in the ticketing system should reflect "
         "the approved delegated authority schedule.",
         "Grade 2", [
             ("4.2",
              "Update user roles in the ticketing system so that refunds above "
              "£250 require supervisor approval.",
              "Ticketing Systems Manager", d(2025, 3, 31), None, "G",
              "Change request raised with the system supplier."),
         ]),
    ]),
    ("2024/25 Report 06 – Workforce Planning and Crewing", [
        ("The crewing strategy should set out succession arrangements for "
         "hard-to-fill certificated roles.",
         "Grade 3", [
             ("6.1",
              "Develop a certificated officer succession plan, including cadet "
              "intake numbers for 2025/26 and 2026/27.",
              "Director of People; Head of Marine Crewing", d(2025, 9, 30),
              None, "G", "Not yet due."),
         ]),
        ("Overtime and additional hours payments should be reconciled to "
         "rosters before payroll submission.",
         "Grade 4", [
             ("6.2",
              "Introduce a monthly reconciliation of crew additional hours "
              "claims to the rostering system before payroll cut-off.",
              "Payroll Manager", d(2025, 2, 28), None, "B",
              "Reconciliation in place from the January 2025 payroll. Evidence "
              "reviewed by Internal Audit."),
         ]),
    ]),
]

RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def make_dml():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = DML_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – 11 March 2025"
    ws["A3"] = ("Prepared by the internal auditors. Position at 28 February "
                "2025.")
    ws["A5"] = "Summary of progress"
    ws["A5"].font = Font(bold=True)
    rows = [("", "Number of actions"),
            ("Open actions brought forward", 7),
            ("Actions added to tracker", 3),
            ("Total actions to follow up", 10),
            ("Actions closed", 3),
            ("Actions no longer applicable", 0),
            ("Open actions carried forward", 7)]
    for i, (a, b) in enumerate(rows, start=6):
        ws.cell(row=i, column=1, value=a)
        ws.cell(row=i, column=2, value=b)
        style_row(ws, i, 2, bold=(i == 6), bg=(PALE if i == 6 else None))
    ws["A14"] = "Action status by report"
    ws["A14"].font = Font(bold=True)
    hdr = ("Report", "Actions", "Closed", "Open – on track",
           "Open – revised date", "Overdue")
    for c, v in enumerate(hdr, start=1):
        ws.cell(row=15, column=c, value=v)
    style_row(ws, 15, 6, bold=True, bg=PALE)
    stat = [("2023/24 Report 03 – Vessel Planned Maintenance", 3, 1, 1, 1, 0),
            ("2024/25 Report 01 – Cyber Security: IAM", 3, 0, 1, 1, 1),
            ("2024/25 Report 04 – Port Operations: Ticketing Income", 2, 1, 1,
             0, 0),
            ("2024/25 Report 06 – Workforce Planning and Crewing", 2, 1, 1, 0,
             0),
            ("Total", 10, 3, 4, 2, 1)]
    for r, vals in enumerate(stat, start=16):
        for c, v in enumerate(vals, start=1):
            ws.cell(row=r, column=c, value=v)
        style_row(ws, r, 6, bold=(vals[0] == "Total"))
    ws["A23"] = "Status key (used in Appendix 2)"
    ws["A23"].font = Font(bold=True)
    key = [("B", "Complete – action closed and evidence validated"),
           ("G", "Open – on track to meet the agreed due date"),
           ("A", "Open – revised due date agreed by management"),
           ("R", "Overdue – original date passed with no revised date")]
    for r, (k, v) in enumerate(key, start=24):
        ws.cell(row=r, column=1, value=k).fill = fill(RAG_FILL[k])
        ws.cell(row=r, column=2, value=v)
        style_row(ws, r, 2)
        ws.cell(row=r, column=1).fill = fill(RAG_FILL[k])
    widths(ws, [52, 48, 10, 16, 18, 10])

    ws2 = wb.create_sheet("Appendix 2 – Actions")
    ws2["A1"] = "Appendix 2: Actions followed up – position at 28 February 2025"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.merge_cells("A1:I1")
    hdr = ("Ref", "Recommendation", "Grade", "Management action",
           "Responsible owner", "Original due date", "Revised due date",
           "Status", "Management update (February 2025)")
    for c, v in enumerate(hdr, start=1):
        ws2.cell(row=3, column=c, value=v)
    style_row(ws2, 3, 9, bold=True, bg=NAVY, colour="FFFFFF")
    r = 4
    for band, recs in DML:
        ws2.cell(row=r, column=1, value=band)
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        style_row(ws2, r, 9, bold=True, bg=GREY)
        r += 1
        for rec, grade, acts in recs:
            first = r
            for ref, act, owner, orig, rev, rag, upd in acts:
                vals = [ref, rec if r == first else None,
                        grade if r == first else None, act, owner, orig, rev,
                        rag, upd]
                for c, v in enumerate(vals, start=1):
                    cell = ws2.cell(row=r, column=c, value=v)
                style_row(ws2, r, 9)
                for c in (6, 7):
                    ws2.cell(row=r, column=c).number_format = "dd/mm/yyyy"
                    ws2.cell(row=r, column=c).alignment = CENTRE
                ws2.cell(row=r, column=8).fill = fill(RAG_FILL[rag])
                ws2.cell(row=r, column=8).alignment = CENTRE
                ws2.cell(row=r, column=8).font = Font(bold=True,
                                                      color="FFFFFF")
                r += 1
            if r - 1 > first:
                ws2.merge_cells(start_row=first, start_column=2, end_row=r - 1,
                                end_column=2)
                ws2.merge_cells(start_row=first, start_column=3, end_row=r - 1,
                                end_column=3)
    ws2.cell(row=r + 1, column=1,
             value="Grades follow the internal auditors' risk categorisation "
                   "(Grade 5 very high to Grade 1 very low). Closed actions "
                   "will be removed from the next follow-up report.")
    widths(ws2, [7, 40, 9, 48, 26, 12, 12, 8, 44])
    ws2.freeze_panes = "A4"
    wb.save(out("zqt-david-macbrayne-arc-internal-audit-follow-up-tracker.xlsx"))


# =====================================================================
# 2. Special EU Programmes Body - corporate risk register
# =====================================================================
SEUPB_TITLE = "Special EU Programmes Body – Corporate Risk Register 2025-26"

# (category, [(risk_ref, description, owner, inherent, controls, residual,
#              residual_fill, appetite, trend,
#              [(aref, action, owner, target, progress_fill)])])
SEUPB = [
    ("1. Programme delivery", [
        ("CR1",
         "There is a risk that PEACEPLUS and Interreg VI-A projects do not "
         "spend in line with their profiles, resulting in the Programmes "
         "failing to meet annual expenditure targets and funds being lost.",
         "Chief Executive", "4 x 5 = 20",
         "Monthly spend monitoring reported to the Monitoring Committee; "
         "project-level spend forecasts; early-warning meetings with Lead "
         "Partners.",
         "3 x 4 = 12", AMBER, "Cautious", "↔", [
             ("CR1.1",
              "Introduce quarterly spend forecast challenge sessions with all "
              "Lead Partners below 70% of profile.",
              "Director of Programme Delivery", "31/03/2026", GREEN),
             ("CR1.2",
              "Develop a re-profiling and de-commitment protocol for approval "
              "by the Monitoring Committee.",
              "Head of Programme Management; Head of Finance", "Q4 2025/26",
              AMBER),
         ]),
        ("CR2",
         "There is a risk that delays to the electronic monitoring system "
         "(Jems) impair the processing of claims, delaying payments to "
         "beneficiaries.",
         "Director of Corporate Services", "4 x 4 = 16",
         "Jems project board; contingency manual claims process; supplier "
         "service level agreement.",
         "3 x 3 = 9", AMBER, "Minimal", "↓", [
             ("CR2.1",
              "Complete user acceptance testing of the Jems payment claim "
              "module.",
              "ICT Manager", "Nov-25", BLUE),
             ("CR2.2",
              "Deliver Jems training for all Joint Secretariat and Controller "
              "staff.",
              "Learning and Development Manager", "Jan-26 – Apr-26", GREEN),
         ]),
    ]),
    ("2. Governance, compliance and assurance", [
        ("CR3",
         "There is a risk that irregular project expenditure is not detected "
         "by management verification, resulting in financial corrections "
         "imposed by the Audit Authority.",
         "Director of Corporate Services", "4 x 5 = 20",
         "Management verification checklists; Audit Authority system audits; "
         "irregularities register reviewed by ARAC.",
         "2 x 5 = 10", AMBER, "Averse", "↔", [
             ("CR3.1",
              "Implement the revised risk-based management verification "
              "sampling methodology.",
              "Head of Verification", "31/12/2025", RED),
             ("CR3.2",
              "Deliver fraud awareness training to all verification staff.",
              "Head of Verification", "Ongoing", GREEN),
         ]),
    ]),
    ("3. People and organisational capacity", [
        ("CR4",
         "There is a risk that the Body cannot recruit and retain sufficient "
         "skilled staff in both jurisdictions, affecting the delivery of "
         "programme functions.",
         "Head of HR", "4 x 4 = 16",
         "Workforce planning group; use of agency staff for peaks; exit "
         "interview analysis.",
         "3 x 4 = 12", AMBER, "Open", "↑", [
             ("CR4.1",
              "Complete the workforce plan for 2026-2029 and submit it to the "
              "sponsor Departments for approval.",
              "Head of HR", "28/02/2026", AMBER),
             ("CR4.2",
              "Review the use of agency staff and bring forward a business "
              "case for permanent posts.",
              "Head of HR; Director of Corporate Services", "30/06/2026",
              None),
         ]),
    ]),
]


def make_seupb():
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Document control"
    ws0["A1"] = "Document control"
    ws0["A1"].font = Font(bold=True, size=12)
    info = [("Document", "Corporate Risk Register 2025-26"),
            ("Version", "3.2"),
            ("Position at", "31 December 2025 (Quarter 3)"),
            ("Reviewed by", "Senior Management Team, 13 January 2026"),
            ("Presented to", "Audit and Risk Assurance Committee, 3 February "
                             "2026"),
            ("Risk co-ordinator", "Corporate Governance Manager")]
    for r, (a, b) in enumerate(info, start=3):
        ws0.cell(row=r, column=1, value=a)
        ws0.cell(row=r, column=2, value=b)
        style_row(ws0, r, 2)
        ws0.cell(row=r, column=1).font = Font(bold=True)
    ws0["A11"] = "Version history"
    ws0["A11"].font = Font(bold=True)
    hist = [("Version", "Date", "Summary of changes"),
            ("3.0", "10/04/2025", "Register refreshed for 2025-26 business "
                                  "plan."),
            ("3.1", "14/10/2025", "Q2 review; CR2 residual score reduced."),
            ("3.2", "13/01/2026", "Q3 review; CR4 trend increased; CR2.1 "
                                  "complete.")]
    for r, vals in enumerate(hist, start=12):
        for c, v in enumerate(vals, start=1):
            ws0.cell(row=r, column=c, value=v)
        style_row(ws0, r, 3, bold=(r == 12), bg=(PALE if r == 12 else None))
    widths(ws0, [22, 40, 50])

    ws = wb.create_sheet("CRR Q3 2025-26")
    ws["A1"] = SEUPB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 update – position at 31 December 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ("Risk ref", "Risk description", "Risk owner",
           "Inherent risk (L x I)", "Key controls in place",
           "Residual risk (L x I)", "Risk appetite", "Trend", "Action ref",
           "Further action required", "Action owner", "Target date",
           "Progress")
    for c, v in enumerate(hdr, start=1):
        ws.cell(row=4, column=c, value=v)
    style_row(ws, 4, 13, bold=True, bg=NAVY, colour="FFFFFF")
    r = 5
    for cat, risks in SEUPB:
        ws.cell(row=r, column=1, value=cat)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
        style_row(ws, r, 13, bold=True, bg=PALE)
        r += 1
        for (ref, desc, owner, inh, ctrl, res, resfill, app, trend,
             acts) in risks:
            first = r
            for aref, act, aown, target, pfill in acts:
                if r == first:
                    vals = [ref, desc, owner, inh, ctrl, res, app, trend]
                else:
                    vals = [None] * 8
                vals += [aref, act, aown, target, None]
                for c, v in enumerate(vals, start=1):
                    ws.cell(row=r, column=c, value=v)
                style_row(ws, r, 13)
                if pfill:
                    ws.cell(row=r, column=13).fill = fill(pfill)
                ws.cell(row=r, column=6).fill = fill(resfill)
                ws.cell(row=r, column=8).alignment = CENTRE
                r += 1
            for col in range(1, 9):
                ws.merge_cells(start_row=first, start_column=col,
                               end_row=r - 1, end_column=col)
    ws.cell(row=r + 1, column=1,
            value="Progress is shown by colour only – see the Scoring key "
                  "sheet. Trend: ↑ increasing, ↔ no change, ↓ reducing.")
    widths(ws, [8, 42, 18, 12, 40, 12, 11, 7, 8, 44, 24, 14, 10])
    ws.freeze_panes = "A5"

    ws3 = wb.create_sheet("Scoring key")
    ws3["A1"] = "Risk scoring and progress key"
    ws3["A1"].font = Font(bold=True, size=12)
    ws3["A3"] = "Score (Likelihood x Impact)"
    ws3["B3"] = "Rating"
    style_row(ws3, 3, 2, bold=True, bg=PALE)
    for r, (a, b, f) in enumerate([("15 – 25", "High", RED),
                                   ("8 – 12", "Medium", AMBER),
                                   ("1 – 6", "Low", GREEN)], start=4):
        ws3.cell(row=r, column=1, value=a)
        ws3.cell(row=r, column=2, value=b)
        style_row(ws3, r, 2)
        ws3.cell(row=r, column=2).fill = fill(f)
    ws3["A9"] = "Action progress colour"
    ws3["B9"] = "Meaning"
    style_row(ws3, 9, 2, bold=True, bg=PALE)
    prog = [(GREEN, "On track"), (AMBER, "Some slippage – recoverable"),
            (RED, "Significantly behind target date"), (BLUE, "Complete"),
            (None, "No colour – not yet started")]
    for r, (f, m) in enumerate(prog, start=10):
        ws3.cell(row=r, column=2, value=m)
        style_row(ws3, r, 2)
        if f:
            ws3.cell(row=r, column=1).fill = fill(f)
    widths(ws3, [28, 40])
    wb.save(out("zqt-seupb-corporate-risk-register-2025-26.xlsx"))


# =====================================================================
# 3. Red Kite Community Housing - consumer standards plan (REFUSE)
# =====================================================================
REDKITE_TITLE = "Consumer Standards Improvement Plan 2025-26"
# (band, [(ref, outcome, action, lead, target, prev, cur, update)])
REDKITE = [
    ("Safety and Quality Standard", [
        ("SQ1", "Accurate, up-to-date stock condition data for every home",
         "Complete stock condition surveys for the remaining 18% of homes not "
         "surveyed in the last five years.",
         "Head of Asset Management", "Mar-26", "Amber", "Green",
         "1,140 surveys completed since April; contractor on schedule."),
        ("SQ2", "Damp and mould reports resolved within published timescales",
         "Introduce a damp and mould case management workflow with a "
         "10-working-day inspection target.",
         "Head of Repairs", "Sept 2025", "Amber", "Complete",
         "Workflow live from 1 September 2025."),
        ("SQ3", "All statutory compliance checks in date and evidenced",
         "Reconcile the compliance database to the asset register for gas, "
         "electrical, fire, water and lift checks.",
         "Compliance Manager", "Febuary 2026", "Red", "Amber",
         "Gas and electrical reconciled; fire and water in progress."),
        ("SQ4", "Repairs completed right first time",
         "Review the repairs diagnosis script with the contact centre and "
         "repairs supervisors.",
         "Head of Repairs / Contact Centre Manager", "Dec-25", "Green",
         "Green", "Script redrafted; testing with tenant panel in November."),
    ]),
    ("Transparency, Influence and Accountability Standard", [
        ("TIA1", "Tenant Satisfaction Measures published and understood",
         "Publish 2024-25 TSM results with a tenant-friendly summary and "
         "action commitments.",
         "Head of Customer Insight", "Jul-25", "Green", "Complete",
         "Published 28 July 2025."),
        ("TIA2", "Complaints handled in line with the Complaint Handling Code",
         "Carry out the annual self-assessment against the Housing Ombudsman "
         "Complaint Handling Code and report to Board.",
         "Complaints Manager", "Jun-26", "Green", "Green",
         "Not yet due."),
    ]),
    ("Neighbourhood and Community Standard", [
        ("NC1", "Anti-social behaviour cases managed consistently",
         "Introduce a monthly ASB case review meeting with Thames Valley "
         "Police and Buckinghamshire Council.",
         "Neighbourhood Services Manager", "Jan-26", "Amber", "Amber",
         "Terms of reference drafted; first meeting being arranged."),
    ]),
    ("Tenancy Standard", [
        ("T1", "Allocations that are fair, transparent and meet local need",
         "Review the allocations and lettings policy alongside the Council's "
         "nominations agreement.",
         "Head of Housing Services", "Jun-26", "Green", "Green",
         "Review started; consultation planned for spring."),
        ("T2", "Tenants supported to sustain their tenancies",
         "Expand tenancy sustainment visits to all new tenants at 6 and 12 "
         "weeks.",
         "Tenancy Sustainment Team Leader", "Ongoing", "Green", "Green",
         "94% of new tenancies visited at 6 weeks."),
    ]),
]
RAGWORD_FILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}


def make_redkite():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Red Kite Community Housing"
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws["A2"] = REDKITE_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Update for Board – 25 November 2025. Plan owner: Executive "
                "Director of Customer and Communities")
    hdr = ("Ref", "Outcome we want", "Action", "Lead", "Target date",
           "Previous RAG", "Current RAG", "Progress update (November 2025)")
    for c, v in enumerate(hdr, start=1):
        ws.cell(row=5, column=c, value=v)
    style_row(ws, 5, 8, bold=True, bg="C00000", colour="FFFFFF")
    r = 6
    typo_row = None
    for band, acts in REDKITE:
        ws.cell(row=r, column=1, value=band)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        style_row(ws, r, 8, bold=True, bg=GREY)
        r += 1
        for ref, outcome, act, lead, tgt, prev, cur, upd in acts:
            for c, v in enumerate([ref, outcome, act, lead, tgt, prev, cur,
                                   upd], start=1):
                ws.cell(row=r, column=c, value=v)
            style_row(ws, r, 8)
            ws.cell(row=r, column=6).fill = fill(RAGWORD_FILL[prev])
            ws.cell(row=r, column=7).fill = fill(RAGWORD_FILL[cur])
            if "Febuary" in tgt:
                typo_row = r
            r += 1
    widths(ws, [7, 32, 50, 28, 13, 11, 11, 42])
    ws.freeze_panes = "A6"

    ws2 = wb.create_sheet("Key and version")
    ws2["A1"] = "RAG key"
    ws2["A1"].font = Font(bold=True)
    for i, (w, m) in enumerate([("Red", "Off track – Board attention needed"),
                                ("Amber", "At risk of missing target date"),
                                ("Green", "On track"),
                                ("Complete", "Action delivered and evidenced")],
                               start=2):
        ws2.cell(row=i, column=1, value=w).fill = fill(RAGWORD_FILL[w])
        ws2.cell(row=i, column=2, value=m)
    ws2["A8"] = "Version"
    ws2["B8"] = "Date"
    ws2["C8"] = "Change"
    for i, vals in enumerate([("1.0", "20/05/2025", "Approved by Board"),
                              ("1.3", "18/11/2025", "November update")],
                             start=9):
        for c, v in enumerate(vals, start=1):
            ws2.cell(row=i, column=c, value=v)
    widths(ws2, [12, 40, 24])
    wb.save(out("zqt-red-kite-community-housing-consumer-standards-"
                "improvement-plan-typo-month-refuse.xlsx"))
    return typo_row


# =====================================================================
# 4. Scottish Housing Regulator - Board action log (docx)
# =====================================================================
SHR_TITLE = "Scottish Housing Regulator – Board Action Log"
# (meeting heading, [(item, [(ref, action, lead, due, status, update)])])
SHR = [
    ("Board meeting: 24 September 2025", [
        ("Item 5 – Chief Executive's report", [
            ("B25/38",
             "Provide Board members with a briefing note on the homelessness "
             "systemic failure assessments for the two councils concerned.",
             "MC", "Nov-25", "Complete",
             "Briefing note circulated on 4 November 2025."),
        ]),
        ("Item 6 – Annual Assurance Statements 2025", [
            ("B25/39",
             "Analyse themes from landlords' 2025 Annual Assurance Statements, "
             "including tenant and resident safety, and report to the Board.",
             "Director of Regulation", "19/11/2025", "Complete",
             "Themes paper taken at the November meeting."),
            ("B25/40",
             "Write to landlords whose statements did not confirm compliance "
             "with electrical safety checks, setting out the Regulator's "
             "expectations.",
             "Director of Regulation / Head of Risk and Assurance", "Dec 2025",
             "Overdue",
             "Letters issued to 9 of 12 landlords; the remaining 3 await "
             "further information. Expected end of January."),
        ]),
    ]),
    ("Board meeting: 19 November 2025", [
        ("Item 4 – Corporate Risk Register", [
            ("B25/47",
             "Review the risk score for SR3 (data and information security) "
             "following the outcome of the penetration test.",
             "Director of Corporate Services", "Jan-26", "On track",
             "Penetration test report received 8 January 2026."),
        ]),
        ("Item 7 – Draft Corporate Plan 2026-29", [
            ("B25/48",
             "Incorporate Board comments on tenant engagement into the draft "
             "Corporate Plan and bring a revised draft to the January meeting.",
             "CMcL; HB", "29/01/2026", "On track",
             "Revised draft in preparation."),
            ("B25/49",
             "Prepare a consultation and engagement plan for the draft "
             "Corporate Plan, including sessions with the National Panel of "
             "Tenants and Service Users.",
             "Head of Communications and Engagement", "Feb-26", "At risk",
             "Panel sessions depend on the revised draft being agreed in "
             "January."),
        ]),
    ]),
    ("Board meeting: 10 December 2025 (strategy session)", [
        ("Item 2 – Review of the Regulatory Framework", [
            ("B25/52",
             "Scope an evaluation of the 2024 Regulatory Framework and bring "
             "options to the Board.",
             "Director of Regulation", "Mar-26", "On track", ""),
            ("B25/53",
             "Arrange a Board development session on tenant and resident "
             "safety data.",
             "Board Secretary", "TBC", "", "Date to be agreed with the Chair."),
        ]),
    ]),
]
SHR_STATUS_FILL = {"Complete": "9DC3E6", "On track": "A9D08E",
                   "At risk": "FFD966", "Overdue": "FF7C80"}


def make_shr():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("OFFICIAL")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(SHR_TITLE, level=1)
    doc.add_paragraph(
        "Rolling log of actions arising from meetings of the Board. Position "
        "at 13 January 2026. Actions marked Complete are reported once and "
        "then removed from the log.")

    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Paper", "SHR/B/2026/02 – Agenda item 3"),
                                ("Author", "Board Secretary"),
                                ("Meeting", "Board, 29 January 2026")]):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)
    doc.add_paragraph()
    doc.add_paragraph("Status key")
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for i, (s, f) in enumerate(SHR_STATUS_FILL.items()):
        set_cell(k.cell(0, i), s, bold=True)
        shade_cell(k.cell(0, i), f)

    for meeting, items in SHR:
        doc.add_heading(meeting, level=2)
        n = 1 + sum(1 + len(acts) for _, acts in items)
        tb = doc.add_table(rows=n, cols=6)
        tb.style = "Table Grid"
        for c, h in enumerate(("Ref", "Action", "Lead", "Due", "Status",
                               "Update")):
            set_cell(tb.cell(0, c), h, bold=True)
            shade_cell(tb.cell(0, c), "D9D9D9")
        row = 1
        for item, acts in items:
            m = tb.cell(row, 0).merge(tb.cell(row, 5))
            set_cell(m, item, bold=True)
            shade_cell(m, "DEEAF6")
            row += 1
            for ref, act, lead, due, status, upd in acts:
                for c, v in enumerate((ref, act, lead, due, status, upd)):
                    set_cell(tb.cell(row, c), v)
                if status:
                    shade_cell(tb.cell(row, 4), SHR_STATUS_FILL[status])
                row += 1
    doc.add_paragraph()
    doc.add_paragraph("Initials: MC – Chief Executive; CMcL – Director of "
                      "Regulation; HB – Head of Policy and Strategy.")
    doc.save(out("zqt-scottish-housing-regulator-board-action-log.docx"))


# =====================================================================
# 5. Depaul UK - Charity Commission regulatory compliance action plan
# =====================================================================
DEPAUL_TITLE = ("Charity Commission Regulatory Compliance Case – Trustees' "
                "Action Plan")
# (section, advice, [(no, action, lead, target, progress, rag)])
DEPAUL = [
    ("1. Governance and oversight by the trustees",
     "Commission's advice: The trustees must ensure they receive sufficient "
     "information to oversee the charity's safeguarding and risk management, "
     "and should review the skills mix of the board.", [
         ("1.1",
          "Commission an independent governance review against the Charity "
          "Governance Code, including a trustee skills audit.",
          "Chair of Trustees", "September 2025",
          "Review completed by an external reviewer; report considered by the "
          "Board on 23 September 2025.", "C"),
         ("1.2",
          "Recruit two additional trustees with safeguarding and housing "
          "management experience.",
          "Chair of Trustees; Company Secretary", "31/12/2025",
          "One trustee appointed in October 2025; second recruitment round "
          "under way.", "A"),
         ("1.3",
          "Introduce a quarterly safeguarding and serious incident dashboard "
          "to the Board as a standing agenda item.\nThe dashboard will show "
          "open cases, themes and overdue actions.",
          "Chief Executive", "Nov-25",
          "First dashboard to the November Board.", "G"),
     ]),
    ("2. Safeguarding",
     "Commission's advice: The charity should strengthen safeguarding in its "
     "supported accommodation services, including how allegations against "
     "staff are managed.", [
         ("2.1",
          "Review and reissue the Safeguarding Adults and Children Policy and "
          "the managing allegations procedure.",
          "Director of Services", "31/08/2025",
          "Reissued 27 August 2025 and briefed to all managers.", "C"),
         ("2.2",
          "Deliver refreshed safeguarding training to all frontline staff and "
          "volunteers, with completion monitored monthly.",
          "Head of Safeguarding and Quality", "Q4 2025/26",
          "71% of staff trained at 31 October 2025.", "G"),
         ("2.3",
          "Appoint a Trustee Safeguarding Lead and agree the role "
          "description.",
          "Chair of Trustees", "Oct-25",
          "Trustee Safeguarding Lead appointed 14 October 2025.", "C"),
     ]),
    ("3. Serious incident reporting",
     "Commission's advice: The trustees must ensure that serious incidents are "
     "identified and reported to the Commission promptly, and that "
     "responsibility for reporting is clearly delegated.", [
         ("3.1",
          "Adopt a serious incident reporting procedure setting out who "
          "decides to report and the timescales for reporting.",
          "Company Secretary", "30/09/2025",
          "Procedure approved by the Board on 23 September 2025.", "C"),
         ("3.2",
          "Review incidents from the last three years to confirm whether any "
          "further reports should be made to the Commission.",
          "Company Secretary / Director of Finance and Resources",
          "Nov 2025 – Jan 2026",
          "Review delayed because older records are held on the legacy case "
          "management system; the Commission has been told.", "R"),
     ]),
]
DEPAUL_RAG_FILL = {"G": "92D050", "A": "FFC000", "R": "FF0000",
                   "C": "8EA9DB"}


def make_depaul():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    r = p.add_run("Depaul UK")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_heading(DEPAUL_TITLE, level=1)
    doc.add_paragraph(
        "This action plan sets out the steps the trustees have agreed to take "
        "in response to the regulatory advice and guidance issued by the "
        "Charity Commission on 18 June 2025, following the serious incident "
        "report made in January 2025. Progress is reported to the Board of "
        "Trustees at each meeting and to the Commission quarterly.")

    doc.add_heading("Document control", level=3)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    rows = [("Version", "Date", "Author", "Approved by"),
            ("1.0", "15/07/2025", "Company Secretary", "Board of Trustees"),
            ("1.1", "23/09/2025", "Company Secretary", "Board of Trustees"),
            ("1.2", "31/10/2025", "Company Secretary",
             "Chair of Trustees (interim update)")]
    for i, vals in enumerate(rows):
        for c, v in enumerate(vals):
            set_cell(t.cell(i, c), v, bold=(i == 0))
    doc.add_paragraph()
    doc.add_paragraph("RAG: G – on track; A – at risk of slipping; R – off "
                      "track; C – complete.")

    for section, advice, acts in DEPAUL:
        doc.add_heading(section, level=2)
        tb = doc.add_table(rows=2 + len(acts), cols=6)
        tb.style = "Table Grid"
        for c, h in enumerate(("No.", "Action", "Lead", "Target date",
                               "Progress at 31 October 2025", "RAG")):
            set_cell(tb.cell(0, c), h, bold=True, size=10)
            shade_cell(tb.cell(0, c), "1F3864")
            for run in tb.cell(0, c).paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        m = tb.cell(1, 0).merge(tb.cell(1, 5))
        set_cell(m, advice, italic=True, size=10)
        shade_cell(m, "F2F2F2")
        for i, (no, act, lead, tgt, prog, rag) in enumerate(acts, start=2):
            for c, v in enumerate((no, act, lead, tgt, prog, rag)):
                set_cell(tb.cell(i, c), v, size=10)
            shade_cell(tb.cell(i, 5), DEPAUL_RAG_FILL[rag])
    doc.add_paragraph()
    doc.add_paragraph("Approved by the Board of Trustees on 23 September 2025. "
                      "Next progress report to the Commission: January 2026.")
    doc.save(out("zqt-depaul-uk-charity-commission-regulatory-compliance-"
                 "action-plan.docx"))


# =====================================================================
# 6. Tideway - HSE improvement notices tracker (monday.com CSV export)
# =====================================================================
TIDEWAY_TITLE = "Tideway – HSE Improvement Notices – Action Tracker"
TIDEWAY_HDR = ["Name", "Action ref", "Owner", "Status", "Due date",
               "Timeline", "Notes"]
# (group, [(name, ref, owner, status, due, timeline, notes)])
TIDEWAY = [
    ("IN/2025/0147 – Confined space entry for tunnel and shaft inspections", [
        ("Revise confined space risk assessments for all shaft sites",
         "IN1-01", "Marcus Bell", "Done", "2025-05-16",
         "2025-04-07 - 2025-05-16", "Reviewed by HSE inspector 22/05/2025"),
        ("Procure and commission additional gas detection and rescue "
         "equipment", "IN1-02", "Marcus Bell, Aisha Rahman", "Done",
         "2025-06-13", "", ""),
        ("Deliver confined space rescue training and joint exercises with the "
         "London Fire Brigade", "IN1-03", "Aisha Rahman", "On track", "",
         "2025-09-01 - 2026-02-27", "4 of 6 exercises held"),
        ("Audit compliance with permit-to-work for confined space entry",
         "IN1-04", "Tom Whitfield", "At risk", "2026-01-30", "",
         "Audit fieldwork moved to week of 19 January"),
    ]),
    ("IN/2025/0163 – Thorough examination of lifting equipment at shaft "
     "sites", [
        ("Compile a register of all lifting equipment and accessories across "
         "operational sites", "IN2-01", "Deepa Sharma", "Done", "2025-07-31",
         "", ""),
        ("Complete outstanding LOLER thorough examinations identified by the "
         "register", "IN2-02", "Deepa Sharma, Gareth Lloyd", "Off track",
         "2025-12-19", "",
         "3 gantry cranes awaiting access; insurer's engineer booked"),
        ("Set up examination due-date alerts in the maintenance system",
         "IN2-03", "Gareth Lloyd", "Not started", "2026-03-31", "", ""),
    ]),
    ("Learning and assurance", [
        ("Report closure of both notices and lessons learned to the Health, "
         "Safety and Wellbeing Committee", "LA-01", "Tom Whitfield", "",
         "2026-04-30", "", ""),
    ]),
]


def make_tideway():
    path = out("zqt-tideway-hse-improvement-notices-action-tracker-"
               "monday-export.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([TIDEWAY_TITLE])
        w.writerow([])
        for gi, (group, items) in enumerate(TIDEWAY):
            w.writerow([group])
            w.writerow(TIDEWAY_HDR)
            for it in items:
                w.writerow(list(it))
            w.writerow([])
        w.writerow(["Exported from monday.com on 14/01/2026 09:42"])


# =====================================================================
# 7. Farnham Town Council - action log (tab-separated text export)
# =====================================================================
FARNHAM_TITLE = ("Farnham Town Council – Council and Committee Action Log "
                 "2025/26")
# (section, [(minute, meeting, action, resp, target, rag, update)])
FARNHAM = [
    ("FULL COUNCIL", [
        ("C61/25", "17/07/2025",
         "Publish the approved Annual Governance and Accountability Return and "
         "the notice of public rights on the website.",
         "Town Clerk", "31/07/2025", "C", "Published 18 July 2025."),
        ("C74/25", "18/09/2025",
         "Obtain three quotations for the replacement of the Gostrey Meadow "
         "play equipment.",
         "Deputy Town Clerk", "Nov-25", "A",
         "Two quotations received; third supplier to visit site in January."),
        ("C88/25", "20/11/2025",
         "Write to Surrey County Council about the condition of the footway "
         "in Downing Street and request an inspection.",
         "Town Clerk; Cllr M Blake", "Dec-25", "R",
         "Reminder sent 5 January 2026; no response yet."),
        ("C90/25", "20/11/2025",
         "Review the Standing Orders and Financial Regulations against the "
         "latest NALC models and report to Council.",
         "Town Clerk", "March 2026", "G",
         "Draft review to the Strategy and Finance Working Group in "
         "February."),
    ]),
    ("STRATEGY AND FINANCE WORKING GROUP", [
        ("SF19/25", "02/10/2025",
         "Prepare the 2026/27 draft budget and precept options for the "
         "Working Group.",
         "Responsible Financial Officer", "04/12/2025", "C",
         "Presented 4 December 2025; precept recommended to Council."),
        ("SF22/25", "04/12/2025",
         "Update the risk register, including the new events and markets "
         "risks, and bring it to the next meeting.",
         "Responsible Financial Officer", "Feb-26", "G", ""),
        ("SF23/25", "04/12/2025",
         "Arrange the internal auditor's interim visit and agree its scope.",
         "Town Clerk & Responsible Financial Officer", "Jan-26", "G",
         "Visit booked for 27 January 2026."),
    ]),
    ("INFRASTRUCTURE PLANNING GROUP", [
        ("IPG09/25", "23/10/2025",
         "Monitor progress of the Farnham Infrastructure Programme town "
         "centre works and report to Council.",
         "Cllr A Fraser", "Quarterly", "G",
         "Next report to Council in February."),
        ("IPG11/25", "11/12/2025",
         "Commission a condition survey of the Council's war memorials and "
         "bus shelters to inform the 2026/27 maintenance programme.",
         "Facilities Manager", "30/04/2026", "", "Not started."),
    ]),
]


def make_farnham():
    lines = [FARNHAM_TITLE,
             "Updated by the Town Clerk: 12 January 2026",
             "",
             "\t".join(["Minute ref", "Meeting date", "Action", "Responsible",
                        "Target date", "RAG", "Update"])]
    for section, acts in FARNHAM:
        lines.append(section)
        for a in acts:
            lines.append("\t".join(a))
    lines += ["",
              "RAG: R = overdue, A = at risk, G = on track, C = completed "
              "since the last report",
              "Notes: Completed actions are removed from the log once they "
              "have been reported to Full Council."]
    path = out("zqt-farnham-town-council-action-log-2025-26.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    make_dml()
    make_seupb()
    typo_row = make_redkite()
    make_shr()
    make_depaul()
    make_tideway()
    make_farnham()
    print("Red Kite typo row:", typo_row)


if __name__ == "__main__":
    main()
