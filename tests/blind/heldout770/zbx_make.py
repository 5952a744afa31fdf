#!/usr/bin/env python3
"""Build the seven zbx- blind test files (set heldout770).

Run with /work/main/.venv/bin/python zbx_make.py ; writes next to this script.
Only files whose names start with 'zbx-' are written.
"""
import csv
import datetime as dt
import io
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
    assert name.startswith("zbx-")
    return os.path.join(HERE, name)


D = dt.datetime

# colours
RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
LIGHT = "DDEBF7"
TEAL = "1F4E78"


def fill(hexcol):
    argb = "FF" + hexcol  # opaque, as Excel itself writes fills
    return PatternFill("solid", start_color=argb, end_color=argb)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def score_fill(score):
    if score >= 15:
        return fill(RED)
    if score >= 8:
        return fill(AMBER)
    return fill(GREEN)


# ---------------------------------------------------------------------------
# 1. Merthyr Valleys Homes - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def make_mvh():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Merthyr Valleys Homes"
    cov["A1"].font = Font(bold=True, size=16, color=TEAL)
    cov["A2"] = "Strategic Risk Register 2025/26"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A4"] = "Report to:"
    cov["B4"] = "Audit & Risk Committee – 18 November 2025"
    cov["A5"] = "Version:"
    cov["B5"] = "Q2 update (v2.1)"
    cov["A6"] = "Prepared by:"
    cov["B6"] = "Governance & Compliance Manager"
    cov["A7"] = "Reviewed by:"
    cov["B7"] = "Executive Team, 4 November 2025"

    cov["A9"] = "Risk scoring"
    cov["A9"].font = Font(bold=True)
    cov["A10"] = "Score = Likelihood (1–5) x Impact (1–5)"
    cov["A11"] = "15–25"
    cov["A11"].fill = fill(RED)
    cov["B11"] = "High – outside appetite, Board attention required"
    cov["A12"] = "8–12"
    cov["A12"].fill = fill(AMBER)
    cov["B12"] = "Medium – manage and monitor"
    cov["A13"] = "1–6"
    cov["A13"].fill = fill(GREEN)
    cov["B13"] = "Low – within appetite"

    cov["A15"] = "Further action status (colour of the 'Action status' cell)"
    cov["A15"].font = Font(bold=True)
    keys = [(GREEN, "On track"), (AMBER, "At risk of slippage"),
            (RED, "Overdue / off track"), (BLUE, "Complete")]
    for i, (c, t) in enumerate(keys):
        cov.cell(row=16 + i, column=1).fill = fill(c)
        cov.cell(row=16 + i, column=2, value=t)

    cov["A21"] = "Summary at Q2"
    cov["A21"].font = Font(bold=True)
    cov["A22"] = "Strategic risks"
    cov["B22"] = 4
    cov["A23"] = "Residual High"
    cov["B23"] = 2
    cov["A24"] = "Residual Medium"
    cov["B24"] = 2
    cov["A25"] = "Further actions"
    cov["B25"] = 10
    cov["A26"] = "  of which complete"
    cov["B26"] = 2
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 55

    ws = wb.create_sheet("SRR Q2")
    ws["A1"] = "MVH Strategic Risk Register – Q2 2025/26"
    ws["A1"].font = Font(bold=True, size=14, color=TEAL)
    ws["A2"] = ("Risks are scored Likelihood (L) x Impact (I). Residual score is after "
                "existing controls. Trend compares with the Q1 register.")
    ws.merge_cells("A2:R2")
    headers = ["Risk ref", "Risk title", "Risk description (cause / event / consequence)",
               "Risk owner", "Inherent L", "Inherent I", "Inherent score",
               "Key controls in place", "Residual L", "Residual I", "Residual score",
               "Trend", "Action ref", "Further action required", "Action owner",
               "Target date", "Action status", "Q2 commentary"]
    # 18 columns A..R
    ws.merge_cells("A1:R1")
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(TEAL)
        cell.alignment = WRAP
        cell.border = BORDER

    risks = [
        dict(ref="SR01",
             title="Landlord health and safety compliance",
             desc=("Failure to meet landlord health and safety obligations (gas, electrical, fire, "
                   "water, asbestos, lifts) because of incomplete data or contractor performance, "
                   "leading to harm to tenants, regulatory intervention and reputational damage."),
             owner="Director of Assets & Regeneration",
             inh=(4, 5), res=(3, 5), trend="↔",
             controls=("Compliance dashboard reported monthly to Executive Team; contractor KPIs; "
                       "independent fire risk assessor; Building Safety Group meets monthly."),
             actions=[
                 ("SR01.1",
                  "Complete the remaining Fire Risk Assessment remedial actions for the 14 general "
                  "needs blocks, prioritising high-risk items.",
                  "Head of Building Safety", D(2025, 12, 31), GREEN,
                  "71 of 96 remedial items closed; all high-risk items closed."),
                 ("SR01.2",
                  "Implement the compliance module in the asset management system and reconcile "
                  "property attribute data against the stock list.",
                  "Head of Building Safety / ICT Manager", D(2026, 3, 31), AMBER,
                  "Supplier configuration slipped by six weeks; data reconciliation started."),
                 ("SR01.3",
                  "Commission an independent assurance review of the electrical safety (EICR) "
                  "programme and report findings to Audit & Risk Committee.",
                  "Director of Assets & Regeneration", D(2025, 9, 30), BLUE,
                  "Review reported to ARC in September 2025 – substantial assurance."),
             ]),
        dict(ref="SR02",
             title="Financial capacity and viability",
             desc=("Insufficient financial capacity to deliver WHQS 2023, decarbonisation and new "
                   "homes commitments within loan covenants, because of rent settlement limits, "
                   "cost inflation and interest rates."),
             owner="Director of Finance & Resources",
             inh=(4, 5), res=(4, 4), trend="↑",
             controls=("30-year business plan with stress testing; treasury management strategy; "
                       "golden rules set by Board; monthly management accounts."),
             actions=[
                 ("SR02.1",
                  "Refresh the 30-year business plan with updated WHQS 2023 and decarbonisation cost "
                  "estimates, and stress test against combined downside scenarios.",
                  "Director of Finance & Resources", "Q3 2025/26", GREEN,
                  "Stock data refresh complete; draft plan to Board in December."),
                 ("SR02.2",
                  "Agree the refinancing approach for the revolving credit facility maturing in 2027 "
                  "and report options to Board.",
                  "Director of Finance & Resources / Treasury Adviser", D(2026, 3, 31), AMBER,
                  "Lender discussions opened; pricing indications awaited."),
                 ("SR02.3",
                  "Report covenant headroom and golden rules to every Board meeting as part of the "
                  "finance dashboard.",
                  "Head of Finance", "Ongoing – each Board meeting", GREEN,
                  "Included in the September and November dashboards."),
             ]),
        dict(ref="SR03",
             title="Damp, mould and disrepair",
             desc=("Damp, mould and disrepair in homes is not identified or resolved promptly, "
                   "leading to harm to tenants, Ombudsman findings and loss of trust."),
             owner="Director of Customer Services",
             inh=(4, 4), res=(3, 4), trend="↔",
             controls=("Damp and mould policy (2024); triage within 24 hours; case tracker reviewed "
                       "weekly; tenant communication standards."),
             actions=[
                 ("SR03.1",
                  "Roll out the damp and mould case management process to all repairs operatives, "
                  "including a follow-up inspection within 10 working days of works.",
                  "Head of Repairs & Maintenance", D(2025, 10, 31), RED,
                  "Training delivered to 60% of operatives; handheld app change outstanding."),
                 ("SR03.2",
                  "Complete the stock condition survey of the remaining 1,150 homes to reach 100% "
                  "coverage.",
                  "Asset Manager", D(2026, 6, 30), GREEN,
                  "420 surveys completed since April."),
             ]),
        dict(ref="SR04",
             title="Cyber security and ICT resilience",
             desc=("A cyber attack or major ICT failure disrupts services to tenants and compromises "
                   "personal data, leading to ICO action and financial loss."),
             owner="Director of Finance & Resources",
             inh=(4, 4), res=(2, 4), trend="↓",
             controls=("Managed security service; MFA on all accounts; immutable back-ups; annual "
                       "penetration test; staff phishing training."),
             actions=[
                 ("SR04.1",
                  "Achieve Cyber Essentials Plus certification.",
                  "ICT Manager", D(2026, 1, 31), AMBER,
                  "Assessment booked for January; two legacy servers to decommission first."),
                 ("SR04.2",
                  "Run a desk-top business continuity exercise with the Executive Team based on a "
                  "ransomware scenario.",
                  "Governance & Compliance Manager", D(2025, 11, 30), BLUE,
                  "Exercise held 5 November 2025; lessons log being finalised."),
             ]),
    ]

    r = 5
    for risk in risks:
        n = len(risk["actions"])
        first = r
        il, ii = risk["inh"]
        rl, ri = risk["res"]
        vals = {1: risk["ref"], 2: risk["title"], 3: risk["desc"], 4: risk["owner"],
                5: il, 6: ii, 7: il * ii, 8: risk["controls"], 9: rl, 10: ri,
                11: rl * ri, 12: risk["trend"]}
        for c, v in vals.items():
            cell = ws.cell(row=first, column=c, value=v)
            cell.alignment = WRAP
        ws.cell(row=first, column=7).fill = score_fill(il * ii)
        ws.cell(row=first, column=11).fill = score_fill(rl * ri)
        ws.cell(row=first, column=1).font = Font(bold=True)
        for aref, text, owner, date, colour, comment in risk["actions"]:
            ws.cell(row=r, column=13, value=aref)
            ws.cell(row=r, column=14, value=text)
            ws.cell(row=r, column=15, value=owner)
            dc = ws.cell(row=r, column=16, value=date)
            if isinstance(date, dt.datetime):
                dc.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=17).fill = fill(colour)
            ws.cell(row=r, column=18, value=comment)
            for c in range(1, 19):
                ws.cell(row=r, column=c).border = BORDER
                ws.cell(row=r, column=c).alignment = WRAP
            r += 1
        if n > 1:
            for c in range(1, 13):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    ws.cell(row=r + 1, column=1,
            value="Trend: ↑ increasing  ↔ no change  ↓ decreasing. "
                  "Owners are members of the Executive Team unless stated.")
    widths = [8, 20, 40, 20, 6, 6, 7, 36, 6, 6, 7, 6, 8, 44, 24, 12, 9, 36]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    wb.save(out("zbx-merthyr-valleys-homes-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Ateb Group - internal audit recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_ateb():
    wb = Workbook()
    dash = wb.active
    dash.title = "Dashboard"
    dash["A1"] = "Ateb Group – Internal Audit Recommendations"
    dash["A1"].font = Font(bold=True, size=14)
    dash["A2"] = "Summary for Audit & Risk Committee, 4 December 2025"
    hdr = ["Priority", "Implemented", "In progress", "Overdue", "Not yet due", "Total"]
    for c, h in enumerate(hdr, 1):
        dash.cell(row=4, column=c, value=h).font = Font(bold=True)
    rows = [("High", 1, 0, 1, 0, 2), ("Medium", 1, 2, 0, 1, 4), ("Low", 0, 1, 0, 1, 2),
            ("Total", 2, 3, 1, 2, 8)]
    for i, row in enumerate(rows):
        for c, v in enumerate(row, 1):
            dash.cell(row=5 + i, column=c, value=v)
    dash["A10"] = "Priority definitions (internal auditor)"
    dash["A10"].font = Font(bold=True)
    dash["A11"] = "High – fundamental control weakness; action within 3 months."
    dash["A12"] = "Medium – significant weakness; action within 6 months."
    dash["A13"] = "Low – improvement to control; action within 12 months."
    dash.column_dimensions["A"].width = 14

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Ateb Group"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit Recommendations Tracker – Audit & Risk Committee 4 December 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Position as at 14 November 2025. Overdue = past the revised target date "
                "(or the original date where no revision has been agreed).")
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action",
               "Responsible officer", "Original target date", "Revised target date",
               "Status", "Update (November 2025)"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
        cell.border = BORDER

    status_fill = {"Implemented": BLUE, "In progress": GREEN, "Overdue": RED,
                   "Not yet due": None}

    content = [
        ("group", "Rent Arrears and Income Management (2024/25) – Limited assurance"),
        ("rec", "RA1", "High",
         "Arrears cases should be escalated in line with the Income Management Procedure, with "
         "evidence of contact recorded on the housing management system.",
         "Refresh the escalation stages in the procedure and introduce a monthly case audit of "
         "20 arrears cases by team leaders.",
         "Head of Income", D(2025, 3, 31), D(2025, 9, 30), "Implemented",
         "Procedure approved June 2025; three monthly case audits completed."),
        ("rec", "RA2", "Medium",
         "Former tenant arrears should be reviewed and written off in line with delegated "
         "authority limits.",
         "Review all former tenant arrears over 2 years old and present write-offs to the "
         "Finance Committee for approval.",
         "Income Manager / Systems Officer", D(2025, 6, 30), None, "In progress",
         "Review of 412 accounts complete; write-off report being prepared."),
        ("rec", "RA3", "Low",
         "The Universal Credit direct payment request process should be documented.",
         "Document the APA request process and add it to the income team's procedure library.",
         "Head of Income", D(2025, 6, 30), D(2025, 12, 31), "In progress",
         "Draft process note written."),
        ("group", "Procurement and Contract Management (2024/25) – Reasonable assurance"),
        ("rec", "PC1", "High",
         "A complete contracts register should be maintained, including contract values, end "
         "dates and contract owners.",
         "Build a single contracts register in SharePoint and require contract owners to confirm "
         "entries quarterly.",
         "Procurement Manager", D(2025, 5, 31), D(2025, 10, 31), "Overdue",
         "Register built; 30% of contract owners have not yet confirmed entries."),
        ("rec", "PC2", "Medium",
         "Waivers of Contract Standing Orders should be approved before the contract is let and "
         "reported to Audit & Risk Committee.",
         "Introduce an electronic waiver form with approval by the Director and a six-monthly "
         "waiver report to Committee.",
         "Director of Finance & Corporate Services", D(2025, 9, 30), "Febuary 2026",
         "In progress", "Form designed; first report to Committee in the new year."),
        ("group", "Cyber Security (2025/26) – Reasonable assurance"),
        ("rec", "CS1", "Medium",
         "Leavers' network accounts should be disabled on the last working day.",
         "Automate account disablement from the HR system leaver notification.",
         "Head of ICT", D(2025, 12, 31), None, "Not yet due",
         "Integration scoped with HR system supplier."),
        ("rec", "CS2", "Low",
         "The ICT disaster recovery plan should be tested annually.",
         "Carry out a full failover test of the disaster recovery site and report results to the "
         "Executive Team.",
         "Head of ICT", D(2026, 3, 31), None, "Not yet due", "Test scheduled for February 2026."),
        ("group", "Fire Risk Assessment follow-up (2025/26) – Substantial assurance"),
        ("rec", "FR1", "Medium",
         "Overdue fire risk assessment actions should be reported to the Building Safety Group "
         "with a target date for each.",
         "Add an overdue FRA actions report to the Building Safety Group standing agenda.",
         "Head of Building Safety", D(2025, 11, 30), None, "Implemented",
         "Standing item from October 2025 meeting."),
    ]
    r = 6
    for item in content:
        if item[0] == "group":
            cell = ws.cell(row=r, column=1, value=item[1])
            cell.font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            _, ref, pri, rec, act, off, orig, rev, status, upd = item
            vals = [ref, pri, rec, act, off, orig, rev, status, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            sf = status_fill[status]
            if sf:
                ws.cell(row=r, column=8).fill = fill(sf)
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Total recommendations: 8 | Implemented: 2 | In progress: 3 | Overdue: 1 | "
                  "Not yet due: 2")
    ws.cell(row=r + 1, column=1,
            value="Implemented recommendations are removed after they have been reported to "
                  "Committee once.")
    widths = [6, 9, 44, 44, 24, 12, 12, 12, 36]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(out("zbx-ateb-group-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. National Library of Wales - CMS replacement programme highlight report (xlsx)
# ---------------------------------------------------------------------------
RAGFILL = {"G": GREEN, "A": AMBER, "R": RED, "C": BLUE}


def make_nlw():
    wb = Workbook()
    hs = wb.active
    hs.title = "Highlight Report"
    lines = [
        ("Llyfrgell Genedlaethol Cymru | The National Library of Wales", True, 14),
        ("Collections Management System (CMS) Replacement Programme", True, 13),
        ("Highlight Report No. 9 – reporting period 1–30 September 2025", True, 11),
    ]
    for i, (t, b, s) in enumerate(lines, 1):
        hs.cell(row=i, column=1, value=t).font = Font(bold=b, size=s)
    meta = [("Programme Board:", "14 October 2025"),
            ("Senior Responsible Owner:", "Director of Collections and Digital Services"),
            ("Programme Manager:", "Gwenllian Pryce (GP)"),
            ("Version:", "1.0 – final for Board")]
    for i, (k, v) in enumerate(meta):
        hs.cell(row=5 + i, column=1, value=k).font = Font(bold=True)
        hs.cell(row=5 + i, column=2, value=v)

    hs["A10"] = "Status summary"
    hs["A10"].font = Font(bold=True, size=12)
    for c, h in enumerate(["Dimension", "Last period", "This period", "Comment"], 1):
        cell = hs.cell(row=11, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(LIGHT)
    dims = [("Overall", "A", "A", "Migration timetable under pressure; go-live date held."),
            ("Time", "A", "A", "Trial migration 2 moved to November."),
            ("Cost", "G", "G", "£1.18m spent of £2.40m budget; forecast within budget."),
            ("Scope", "G", "G", "No change requests this period."),
            ("Resources", "A", "R", "Data migration lead on extended leave; backfill requested."),
            ("Benefits", "G", "G", "Benefits profile re-baselined in August.")]
    for i, (d, lp, tp, cm) in enumerate(dims):
        rr = 12 + i
        hs.cell(row=rr, column=1, value=d)
        a = hs.cell(row=rr, column=2, value=lp)
        a.fill = fill(RAGFILL[lp])
        b = hs.cell(row=rr, column=3, value=tp)
        b.fill = fill(RAGFILL[tp])
        hs.cell(row=rr, column=4, value=cm)

    hs["A19"] = "Key achievements this period"
    hs["A19"].font = Font(bold=True, size=12)
    hs["A20"] = "• Training needs analysis agreed with departmental managers."
    hs["A21"] = "• Test environment upgraded to supplier release 4.2."
    hs["A23"] = "Planned for next period"
    hs["A23"].font = Font(bold=True, size=12)
    hs["A24"] = "• Trial migration 2 and reconciliation."
    hs["A25"] = "• Partnership Council consultation on cataloguing roles."
    hs["A27"] = "Decisions required from Programme Board"
    hs["A27"].font = Font(bold=True, size=12)
    hs["A28"] = "None this period."
    hs["A30"] = "Key to initials: GP – Programme Manager; DAI – Data Migration Lead; " \
                "SM – Metadata Manager; HT – Digital Preservation Manager."
    hs.column_dimensions["A"].width = 28
    hs.column_dimensions["B"].width = 44
    hs.column_dimensions["C"].width = 12
    hs.column_dimensions["D"].width = 60

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "CMS Replacement Programme – milestones and actions"
    ms["A1"].font = Font(bold=True, size=13)
    ms["A2"] = ("RAG key: G – on track; A – at risk but recoverable; R – off track, Board "
                "intervention needed; C – complete")
    hdr = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date",
           "Previous RAG", "Current RAG", "Commentary"]
    for c, h in enumerate(hdr, 1):
        cell = ms.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
        cell.alignment = WRAP
        cell.border = BORDER
    rows = [
        ("ws", "WS1 – Data migration"),
        ("1.1", "Complete data cleansing of the archives authority records (c. 48,000 records) "
                "ahead of trial migration 2", "DAI", D(2025, 7, 31), D(2025, 10, 31), "A", "A",
         "82% cleansed; remaining records are duplicates needing manual review."),
        ("1.2", "Trial migration 2 of catalogue records for printed books and manuscripts, with "
                "reconciliation report", "DAI / SM", D(2025, 9, 30), D(2025, 11, 28), "G", "A",
         "Moved to November because of 1.1; no impact on go-live yet."),
        ("1.3", "Sign-off of the data mapping specification by the Collections Data Group",
         "SM", D(2025, 6, 30), D(2025, 6, 30), "G", "C", "Signed off 26 June 2025."),
        ("ws", "WS2 – System configuration and integration"),
        ("2.1", "Configure the bilingual (Welsh/English) public interface and workflows in the "
                "test environment", "Systems Librarian", D(2025, 10, 31), D(2025, 10, 31), "G",
         "G", "Welsh-language interface strings 90% translated."),
        ("2.2", "Build and test the integration with the digital preservation repository",
         "HT", D(2025, 11, 30), D(2026, 1, 30), "A", "R",
         "Supplier API does not support fixity checks; workaround being designed."),
        ("2.3", "Complete an IT Health Check of the hosted solution and agree the remediation "
                "plan", "Head of ICT", D(2025, 12, 31), D(2025, 12, 31), "G", "G",
         "Tester appointed."),
        ("ws", "WS3 – Business change and training"),
        ("3.1", "Agree the training needs analysis and train-the-trainer plan with departmental "
                "managers", "GP", D(2025, 8, 31), D(2025, 9, 30), "A", "C",
         "Agreed at managers' meeting 24 September."),
        ("3.2", "Consult the Partnership Council on changes to cataloguing roles and working "
                "practices", "HR Manager / GP", D(2025, 10, 31), D(2025, 10, 31), "G", "G",
         "Paper tabled for October Partnership Council."),
        ("ws", "WS4 – Commercial"),
        ("4.1", "Agree Contract Change Note 3 (additional migration days) with the supplier",
         "Head of Procurement", D(2025, 9, 30), D(2025, 10, 31), None, "A",
         "New item. Supplier quote received; value within SRO delegation."),
    ]
    r = 5
    for row in rows:
        if row[0] == "ws":
            cell = ms.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True)
            for c in range(1, 9):
                ms.cell(row=r, column=c).fill = fill(GREY)
            ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            ref, text, owner, base, fc, prev, cur, com = row
            vals = [ref, text, owner, base, fc, prev, cur, com]
            for c, v in enumerate(vals, 1):
                cell = ms.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if prev:
                ms.cell(row=r, column=6).fill = fill(RAGFILL[prev])
            ms.cell(row=r, column=7).fill = fill(RAGFILL[cur])
        r += 1
    widths = [6, 58, 18, 12, 12, 9, 9, 50]
    for i, w in enumerate(widths, 1):
        ms.column_dimensions[get_column_letter(i)].width = w

    rk = wb.create_sheet("Risks & Issues")
    rk["A1"] = "Top programme risks and issues (full log held in the programme SharePoint site)"
    rk["A1"].font = Font(bold=True)
    for c, h in enumerate(["ID", "Risk / issue", "Type", "Score (LxI)", "Trend"], 1):
        rk.cell(row=3, column=c, value=h).font = Font(bold=True)
    items = [("R07", "Loss of key migration staff delays data cleansing and trial migrations",
              "Risk", 16, "↑"),
             ("R11", "Supplier API limitations prevent automated fixity checking with the "
                     "preservation repository", "Issue", 12, "New"),
             ("R03", "Welsh-language interface not fully compliant with the Welsh Language "
                     "Standards at go-live", "Risk", 6, "↓")]
    for i, it in enumerate(items):
        for c, v in enumerate(it, 1):
            rk.cell(row=4 + i, column=c, value=v)
    rk.column_dimensions["B"].width = 80
    wb.save(out("zbx-national-library-of-wales-cms-replacement-programme-highlight-report.xlsx"))


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


def set_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


# ---------------------------------------------------------------------------
# 4. Turn2us - Charity Commission regulatory compliance action plan (docx)
# ---------------------------------------------------------------------------
def make_turn2us():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    r = p.add_run("Turn2us")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x6A, 0x1B, 0x9A)
    doc.add_heading("Charity Commission regulatory compliance case: trustees' action plan", level=1)
    doc.add_paragraph("Progress update for the Audit and Risk Committee, 9 October 2025")

    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("1.0", "26 March 2025", "Company Secretary", "Approved by the Board of Trustees"),
            ("1.1", "3 July 2025", "Company Secretary", "Progress update for ARC"),
            ("1.2", "29 September 2025", "Head of Governance and Risk",
             "Progress update for ARC; action 1.2 deadline reviewed")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_text(dc.cell(i, j), v, bold=(i == 0))

    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "In January 2025 the Charity Commission concluded a regulatory compliance case into the "
        "charity following a serious incident report about payments made to the trading "
        "subsidiary. The Commission issued the trustees with regulatory advice and guidance. "
        "The trustees accepted the advice in full and agreed the actions below. Progress is "
        "reported to each Audit and Risk Committee and to the Commission on request.")

    doc.add_paragraph("Status key").runs[0].bold = True
    kt = doc.add_table(rows=1, cols=4)
    kt.style = "Table Grid"
    for j, (t, c) in enumerate([("Complete", "9DC3E6"), ("On track", "A9D08E"),
                                 ("At risk", "FFD966"), ("Off track", "FF7C80")]):
        set_text(kt.cell(0, j), t, bold=True)
        shade(kt.cell(0, j), c)

    status_col = {"Complete": "9DC3E6", "On track": "A9D08E", "At risk": "FFD966",
                  "Off track": "FF7C80"}
    hdr = ["Ref", "Action", "Lead", "Deadline", "Progress at October 2025", "Status"]

    sections = [
        ("1. Oversight of the trading subsidiary", [
            ("advice", "Advice 1: The trustees should make sure that the relationship between the "
                       "charity and its trading subsidiary is set out in a written agreement, and "
                       "that any support given to the subsidiary is in the charity's interests "
                       "and properly recorded."),
            ("1.1", "Put in place a written services and cost-sharing agreement between the "
                    "charity and Turn2us Trading Ltd, approved by both boards.",
             "Director of Finance and Resources", "30 June 2025",
             "Agreement signed 18 June 2025.", "Complete"),
            ("1.2", "Appoint an independent director to the trading company board so that it is "
                    "not made up only of charity trustees.",
             "Chair of Trustees", "September 2025",
             "Two candidates interviewed; appointment expected at the November board.",
             "At risk"),
            ("1.3", "Report the subsidiary's management accounts to each Finance and Investment "
                    "Committee meeting.",
             "Director of Finance and Resources", "Quarterly",
             "Reported in May and September 2025.", "On track"),
        ]),
        ("2. Conflicts of interest", [
            ("advice", "Advice 2: The trustees must identify and manage conflicts of interest, and "
                       "record in the minutes how each conflict was handled, following the "
                       "Commission's guidance (CC29)."),
            ("2.1", "Revise the conflicts of interest policy and keep a standing register of "
                    "interests that is reviewed at the start of every board and committee meeting.",
             "Company Secretary", "31 May 2025",
             "Policy approved 20 May 2025; register in use.", "Complete"),
            ("2.2", "Deliver a trustee training session on conflicts of interest and connected "
                    "party transactions, led by the charity's external legal advisers.",
             "Company Secretary / Chair of Trustees", "July 2025",
             "Session held 10 July 2025; 9 of 11 trustees attended.", "Complete"),
            ("2.3", "Ask every trustee and member of the Executive Leadership Team to complete an "
                    "annual declaration of interests.",
             "Company Secretary", "By 31 January 2026",
             "Declaration form updated; issue planned for December.", "On track"),
        ]),
        ("3. Serious incident reporting and safeguarding", [
            ("advice", "Advice 3: The trustees should ensure serious incidents are reported to "
                       "the Commission promptly, and that they receive enough information to be "
                       "satisfied that incidents are handled properly."),
            ("3.1", "Adopt a serious incident reporting procedure that sets out who decides "
                    "whether an incident is reportable and the timescale for reporting.",
             "Chief Executive", "April 2025",
             "Procedure approved by the Board 24 April 2025.", "Complete"),
            ("3.2", "Add a serious incident and near-miss log to the quarterly risk report to the "
                    "Audit and Risk Committee.",
             "Head of Governance and Risk", "October 2025",
             "First log included in this meeting's risk report.", "On track"),
            ("advice", "Advice 4: The trustees should appoint a lead trustee for safeguarding and "
                       "make sure safeguarding arrangements cover grant recipients and "
                       "volunteers."),
            ("3.3", "Appoint a lead trustee for safeguarding and update the trustee role "
                    "descriptions.",
             "Chair of Trustees", "March 2025",
             "Lead trustee appointed 26 March 2025.", "Complete"),
            ("3.4", "Commission an external review of safeguarding arrangements covering grants, "
                    "the helpline and volunteer activity, and present the findings to the Board.",
             "Chief Executive / Lead Trustee for Safeguarding", "December 2025",
             "Reviewer appointed; fieldwork starts in November.", "On track"),
        ]),
    ]
    for title, items in sections:
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_text(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        for it in items:
            row = t.add_row()
            if it[0] == "advice":
                m = row.cells[0].merge(row.cells[5])
                set_text(m, it[1], bold=True)
                shade(m, "EDE1F5")
            else:
                for j, v in enumerate(it):
                    set_text(row.cells[j], v)
                shade(row.cells[5], status_col[it[5]])
    doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the Board of Trustees: Chair of Trustees, "
                      "26 March 2025 (version 1.0).")
    doc.save(out("zbx-turn2us-charity-commission-regulatory-compliance-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Albyn Housing Society - Board of Management rolling action log (docx)
# ---------------------------------------------------------------------------
def make_albyn():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Albyn Housing Society Ltd")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Board of Management – Rolling Action Log")
    r.bold = True
    r.font.size = Pt(13)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Board meeting 28 October 2025 – Agenda item 4 (Matters arising)")

    doc.add_paragraph(
        "Actions stay on the log until the Board agrees they are complete. Completed actions are "
        "reported once below and then removed.")
    doc.add_paragraph(
        "Status key (cell colour): Green – complete; Amber – in progress or not yet due; "
        "Red – overdue.")

    hdr = ["Action no.", "Minute", "Action", "By whom", "By when", "Update", "Status"]
    colours = {"G": "00B050", "A": "FFC000", "R": "FF0000"}

    def table(groups):
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_text(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "BDD7EE")
        for gtitle, acts in groups:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[6])
            set_text(m, gtitle, bold=True)
            shade(m, "F2F2F2")
            for a in acts:
                row = t.add_row()
                for j, v in enumerate(a[:6]):
                    set_text(row.cells[j], v)
                set_text(row.cells[6], "")
                shade(row.cells[6], colours[a[6]])
        return t

    doc.add_paragraph().add_run("A. Open actions").bold = True
    table([
        ("Board meeting – 24 June 2025", [
            ("A25/022", "6.1", "Bring a revised Board skills matrix and succession plan to the "
                               "Board, reflecting the three co-optee vacancies.",
             "Chair / GM", "December 2025",
             "Skills self-assessments returned by 9 of 11 members; report to December meeting.",
             "A"),
            ("A25/024", "9.3", "Arrange an independent validation of the electrical safety (EICR) "
                               "data held in the compliance system, following the gaps found "
                               "when preparing the ARC return.",
             "DPS", "30/09/2025",
             "Contractor fieldwork delayed; now due to finish mid-November.", "R"),
        ]),
        ("Board meeting – 26 August 2025", [
            ("A25/033", "7.2", "Prepare options for the 2026/27 rent consultation, including a "
                               "4.5% and a 5.5% scenario, with affordability analysis.",
             "DFCS", "Nov-25", "Options paper at agenda item 9.", "A"),
            ("A25/035", "8.4", "Update the damp and mould procedure to include a follow-up visit "
                               "within 6 weeks of remedial works, and report case numbers to the "
                               "Board quarterly.",
             "DCS / DPS", "January 2026",
             "Draft being consulted on with the Tenant Scrutiny Panel.", "A"),
        ]),
        ("Board meeting – 23 September 2025", [
            ("A25/041", "5.1", "Submit the signed Annual Assurance Statement to the Scottish "
                               "Housing Regulator and publish it on the website.",
             "CEO", "31/10/2025", "Statement signed by the Chair; submission this week.", "A"),
            ("A25/043", "6.2", "Provide a briefing on the Social Housing Net Zero Standard "
                               "consultation and its implications for the 30-year business plan.",
             "DPS", "Next meeting", "", "A"),
        ]),
    ])
    doc.add_paragraph("")
    doc.add_paragraph().add_run("B. Actions completed since the last meeting").bold = True
    table([
        ("Board meeting – 26 August 2025", [
            ("A25/031", "8.2", "Circulate the Annual Assurance Statement evidence bank to all "
                               "Board members ahead of the September meeting.",
             "GM", "Sep-25", "Circulated 8 September 2025.", "G"),
            ("A25/034", "10.1", "Confirm with the external auditor the timetable for the 2025/26 "
                                "interim audit.",
             "DFCS", "Oct-25", "Interim audit booked for w/c 19 January 2026.", "G"),
        ]),
        ("Board meeting – 23 September 2025", [
            ("A25/040", "4.3", "Amend the minutes of 26 August 2025 at item 7.2 to record the "
                               "Chair's declaration of interest.",
             "GM", "Oct-25", "Minutes amended and re-published.", "G"),
        ]),
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Key: CEO – Chief Executive; DFCS – Director of Finance & Corporate Services; "
        "DPS – Director of Property Services; DCS – Director of Customer Services; "
        "GM – Governance Manager.")
    doc.save(out("zbx-albyn-housing-society-board-of-management-rolling-action-log.docx"))


# ---------------------------------------------------------------------------
# 6. Dorchester Town Council - council and committee action tracker (csv)
# ---------------------------------------------------------------------------
def make_dorchester():
    W = 7
    rows = [
        ["Dorchester Town Council"],
        ["Action Tracker – Council and Committees 2025/26"],
        ["Updated by the Town Clerk: 3 November 2025"],
        ["Status key: Complete | On track (G) | Behind schedule (A) | Overdue (R) | Not started"],
        [],
        ["Meeting", "Minute no.", "Action", "Officer", "Deadline", "Status", "Notes"],
        ["FULL COUNCIL"],
        ["Full Council 12/05/25", "FC 25/031",
         "Publish the 2024/25 AGAR, notice of public rights and internal auditor's report on the "
         "website", "RFO", "30/06/2025", "Complete", "Published 16 June 2025."],
        ["Full Council 14/07/25", "FC 25/067",
         "Review Standing Orders against the 2025 NALC model and bring recommended changes to "
         "Council", "Town Clerk", "Nov-25", "On track", "Draft to November Council."],
        ["Full Council 14/07/25", "FC 25/071",
         "Write to Dorset Council asking for an update on the transfer of the Borough Gardens "
         "kiosk lease", "Deputy Town Clerk", "Aug 2025", "Overdue",
         "Chased 2 October, no reply yet."],
        ["POLICY & RESOURCES COMMITTEE"],
        ["P&R 09/06/25", "PR 25/018",
         "Reconcile the fixed asset register to the insurance schedule (internal audit point 3)",
         "RFO", "31/10/2025", "Behind schedule",
         "Insurance schedule received late; reconciliation about 70% done."],
        ["P&R 09/06/25", "PR 25/022",
         "Adopt an Information Security and IT policy, including gov.uk email addresses for all "
         "councillors", "Town Clerk / IT contractor", "End of March 2026", "On track",
         "Domain registered; mailboxes being set up."],
        ["P&R 08/09/25", "PR 25/040",
         "Obtain three quotes for replacing the Municipal Buildings fire alarm panel\n"
         "Report quotes to the next P&R meeting", "Facilities Manager", "Dec-25", "Not started",
         ""],
        ["AMENITIES COMMITTEE"],
        ["Amenities 23/06/25", "AM 25/011",
         "Commission a tree condition survey of Fordington Cemetery and Weymouth Avenue Cemetery",
         "Facilities Manager", "Sept 2025", "Complete",
         "Survey received; two trees felled, works to others in winter programme."],
        ["Amenities 23/06/25", "AM 25/019",
         "Review allotment tenancy agreements and rents for 2026/27, consulting the allotment "
         "associations", "Deputy Town Clerk", "Ongoing", "On track",
         "Meeting with associations held 15 October."],
        [],
        ["Completed actions are removed once they have been reported to the next meeting of the "
         "body that set them."],
    ]
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        wr.writerow(row + [""] * (W - len(row)))
    with open(out("zbx-dorchester-town-council-council-and-committee-action-tracker-2025-26.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Caerphilly CBC - HSE improvement notices action tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def make_caerphilly():
    W = 7
    lines = [
        ["Caerphilly County Borough Council"],
        ["Health and Safety Executive Improvement Notices – Action Tracker"],
        ["Governance and Audit Committee, 21 January 2026 – Appendix 2"],
        ["RAG: R = will not meet the compliance date; A = at risk; G = on track; "
         "Complete = verified by Corporate Health & Safety"],
        [],
        ["Ref", "Requirement / action", "Responsible officer", "HSE compliance date",
         "Extended to", "RAG", "Progress"],
        ["Improvement Notice IN1 – Control of Vibration at Work Regulations 2005 (regs 5 and 6): "
         "grounds maintenance and street cleansing"],
        ["1.1", "Complete suitable and sufficient HAV risk assessments for all grounds maintenance "
                "and street cleansing tasks that use vibrating equipment",
         "Grounds Maintenance Manager", "28/11/2025", "27/02/2026", "A",
         "Extension agreed by HSE inspector 20 November; 31 of 44 tasks assessed."],
        ["1.2", "Introduce daily exposure recording using trigger timers fitted to all "
                "high-vibration equipment",
         "Grounds Maintenance Manager / Fleet Manager", "28/11/2025", "", "G",
         "Timers fitted to 120 tools; weekly exposure reports running."],
        ["1.3", "Refer all operatives exposed above the exposure action value to HAVS health "
                "surveillance (Tier 1 questionnaire)",
         "Occupational Health Manager", "28/11/2025", "", "Complete",
         "All 87 operatives referred; Tier 2 assessments booked where needed."],
        ["Improvement Notice IN2 – Workplace (Health, Safety and Welfare) Regulations 1992 "
         "(reg 17): traffic routes, Tir-y-Berth depot"],
        ["2.1", "Produce a depot traffic management plan that segregates pedestrians from refuse "
                "collection vehicle reversing areas",
         "Waste Operations Manager", "16/01/2026", "", "G", "Plan drafted and consulted on."],
        ["2.2", "Install pedestrian barriers and marked crossing points at the vehicle wash bay "
                "and weighbridge",
         "Head of Property Services", "16/01/2026", "13/03/2026", "R",
         "Barrier supplier lead time 10 weeks; interim cones and banksman in place."],
        ["2.3", "Brief all depot staff and agency drivers on the new traffic rules and record "
                "attendance",
         "Waste Operations Manager; Corporate Health & Safety Manager", "16/01/2026", "", "A",
         "Toolbox talks started; agency drivers still to be briefed."],
        ["Improvement Notice IN3 – Management of Health and Safety at Work Regulations 1999 "
         "(reg 3): lone working, housing repairs"],
        ["3.1", "Review lone working risk assessments for housing repairs operatives and add a "
                "dynamic risk assessment check at each job",
         "Housing Repairs Manager", "31/01/2026", "", "G",
         "Revised assessments issued; job app change in test."],
        ["3.2", "Issue lone worker devices to all housing repairs operatives, with escalation to "
                "the out-of-hours control centre",
         "Housing Repairs Manager / Control Centre Manager", "31/01/2026", "", "A",
         "Devices delivered; escalation protocol not yet agreed."],
        [],
        ["Summary: 8 actions – Complete 1, G 3, A 3, R 1"],
        ["Notes: Extensions to compliance dates are agreed in writing with the HSE inspector. "
         "The original compliance date remains the legal deadline until an extension is granted."],
    ]
    with open(out("zbx-caerphilly-cbc-hse-improvement-notices-action-tracker.txt"), "w",
              encoding="utf-8", newline="") as f:
        for ln in lines:
            if len(ln) <= 1 and (not ln or ln[0].startswith(("Caerphilly", "Health", "Governance",
                                                             "RAG:", "Summary", "Notes"))):
                f.write((ln[0] if ln else "") + "\n")
            else:
                f.write("\t".join(ln + [""] * (W - len(ln))) + "\n")


if __name__ == "__main__":
    make_mvh()
    make_ateb()
    make_nlw()
    make_turn2us()
    make_albyn()
    make_dorchester()
    make_caerphilly()
    print("done")
