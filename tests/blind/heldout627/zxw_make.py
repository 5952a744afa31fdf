"""Build the seven zxw- blind test files (set heldout627) and their expected readings.

Run with /work/main/.venv/bin/python zxw_make.py (from any directory).
Each data file is written from the tables below; the expected reading for each action is
written out explicitly (ref, under, action, lead, end, status) next to the row it describes.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d=1):
    return dt.datetime(y, m, d)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def write_expected(fname, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


# ---------------------------------------------------------------------------------------------
# 1. Brent – internal audit follow-up tracker (xlsx, two sheets, audit heading rows, merged
#    recommendation cells, original/revised dates, letter RAG with fill, summary block)
# ---------------------------------------------------------------------------------------------
def brent():
    fname = "zxw-brent-council-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "London Borough of Brent"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Internal Audit – Follow-up of High and Medium Priority Agreed Actions"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Audit and Standards Advisory Committee – 2 December 2025"
    cov["A4"] = "Appendix 3"
    cov["A6"], cov["B6"] = "Prepared by:", "Deputy Director Organisational Assurance and Resilience (Head of Internal Audit)"
    cov["A7"], cov["B7"] = "Position as at:", "31 October 2025"
    cov["A8"], cov["B8"] = "Version:", "Final"
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    key = [("B", BLUE, "Implemented – action closed following verification by Internal Audit"),
           ("G", GREEN, "Not yet due / on track for the agreed date"),
           ("A", AMBER, "Partially implemented – revised date agreed with Internal Audit"),
           ("R", RED, "Overdue – not implemented and no revised date agreed")]
    for i, (k, c, t) in enumerate(key):
        r = 11 + i
        cov.cell(r, 1, k).fill = fill(c)
        cov.cell(r, 2, t)
    cov["A16"] = "Priority key"
    cov["A16"].font = Font(bold=True)
    cov["A17"], cov["B17"] = "High", "Fundamental weakness in control; action required within three months"
    cov["A18"], cov["B18"] = "Medium", "Significant weakness in control; action required within six months"
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Agreed actions")
    ws["A1"] = "Internal Audit Follow-up Tracker 2025/26 – outstanding and recently closed actions"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 31 October 2025. Actions closed and reported to the Committee before 1 April 2025 have been removed."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Recommendation", "Agreed management action", "Priority", "Responsible officer",
             "Original target date", "Revised target date", "Management update (October 2025)", "IA RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    widths = [9, 45, 50, 10, 30, 13, 13, 50, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    sec1 = "Temporary Accommodation – Rent Accounts and Income Collection (2024/25) – Limited Assurance"
    sec2 = "Payroll – Starters, Leavers and Amendments (2024/25) – Limited Assurance"
    sec3 = "Contract Management – Adult Social Care Homecare Framework (2025/26) – Limited Assurance"
    sec4 = "Cyber Security – Privileged Access Management (2025/26) – Limited Assurance"
    rec_ta1 = "Arrears on temporary accommodation accounts should be reviewed monthly and cases referred for recovery action in line with the Income Collection Policy."
    rec_ta2 = "Housing Benefit and Universal Credit housing costs should be reconciled to rent accounts and any discrepancies investigated."
    rec_pay1 = "Leavers should be processed before their final pay date so that salary overpayments do not occur."
    rec_pay2 = "Overpayments should be recovered promptly and reported to the Payroll Manager each month."
    rec_pro1 = "Contract monitoring visits should be scheduled and recorded for all framework providers in line with the contract management plan."
    rec_pro2 = "Provider performance data should be reported to the contract review meeting, with exceptions escalated."
    rec_cyb1 = "Privileged accounts should be reviewed at least quarterly and removed where no longer required."
    rec_cyb2 = "Multi-factor authentication should be enforced for all remote administrative access."

    # (ref, rec (None = merged with row above), action, priority, officer, orig, revised, update, rag)
    rows = [
        ("S", sec1),
        ("TA-01", rec_ta1,
         "A monthly arrears review meeting will be set up between Housing Needs and Revenues, with cases over £1,000 referred to the Income Recovery Team.",
         "High", "Head of Housing Needs", D(2025, 6, 30), D(2025, 11, 30),
         "Monthly meetings in place since July 2025. The £1,000 referral threshold is not yet written into the procedure.", "A"),
        ("TA-02", rec_ta2,
         "Carry out a one-off reconciliation of all active temporary accommodation accounts to Housing Benefit records and correct the discrepancies found.",
         "High", "Head of Revenues and Debt; Head of Housing Needs", D(2025, 7, 31), None,
         "Reconciliation completed August 2025 and 212 accounts corrected. Verified by Internal Audit on 14/10/2025.", "B"),
        ("TA-03", None,
         "Introduce a quarterly reconciliation routine, signed off by the Income Manager.",
         "Medium", "Income Manager", D(2025, 12, 31), None,
         "First quarterly reconciliation scheduled for December 2025.", "G"),
        ("S", sec2),
        ("PAY-01", rec_pay1,
         "Managers will be reminded of the leaver deadline through the Brent Manager Bulletin, and the leaver form will be made mandatory in Oracle self-service.",
         "High", "Head of HR Operations", D(2025, 5, 31), D(2025, 8, 31),
         "Bulletin article issued May 2025. Oracle change went live 26 August 2025.", "B"),
        ("PAY-02", rec_pay2,
         "An overpayments recovery log will be kept and reported monthly to the Payroll Manager and quarterly to the Director of Finance.",
         "Medium", "Payroll Manager", D(2025, 9, 30), D(2026, 1, 31),
         "Log in place. Quarterly reporting to the Director of Finance will start after the Oracle upgrade in January 2026.", "A"),
        ("S", sec3),
        ("PRO-01", rec_pro1,
         "Produce a risk-based annual monitoring schedule covering all 23 framework providers and record each visit on the contract management system.",
         "High", "Head of Commissioning (Adults)", D(2025, 10, 31), None,
         "Schedule agreed but only 9 of 23 visits recorded. No revised date agreed at the time of reporting.", "R"),
        ("PRO-02", rec_pro2,
         "Present quarterly provider performance reports to the Homecare Contract Review Board, with exceptions escalated to the Director of Adult Social Care.",
         "Medium", "Commissioning Manager – Homecare", D(2026, 3, 31), None,
         "Not yet due.", "G"),
        ("S", sec4),
        ("CYB-01", rec_cyb1,
         "Implement a quarterly privileged access review across all Brent domains, with evidence retained by the STS Security Team.",
         "High", "Head of Security and Compliance (Shared Technology Services)", D(2025, 9, 30), D(2025, 12, 31),
         "First review completed September 2025 and 41 accounts removed.\nEvidence retention process still being finalised.", "A"),
        ("CYB-02", rec_cyb2,
         "Enforce multi-factor authentication for all administrator accounts through a conditional access policy.",
         "High", "Head of Security and Compliance (Shared Technology Services)", D(2025, 8, 31), None,
         "Conditional access policy enforced 18 August 2025. Verified by Internal Audit.", "B"),
    ]
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 5
    prev_rec_row = None
    for row in rows:
        if row[0] == "S":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1).fill = fill("DDEBF7")
            r += 1
            continue
        ref, rec, action, pri, off, orig, rev, upd, rag = row
        vals = [ref, rec, action, pri, off, orig, rev, upd, rag]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(r, 9).fill = fill(ragfill[rag])
        ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
        if rec is None:
            ws.merge_cells(start_row=prev_rec_row, start_column=2, end_row=r, end_column=2)
        else:
            prev_rec_row = r
        r += 1
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    r += 1
    for lab, n in [("Implemented (B)", 3), ("On track / not yet due (G)", 2),
                   ("Partially implemented (A)", 3), ("Overdue (R)", 1), ("Total agreed actions", 9)]:
        ws.cell(r, 2, lab)
        ws.cell(r, 3, n)
        r += 1
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, fname))

    acts = [
        act("TA-01", [sec1, rec_ta1], rows[1][2], ["Head of Housing Needs"], "2025-11", "amber"),
        act("TA-02", [sec1, rec_ta2], rows[2][2], ["Head of Revenues and Debt", "Head of Housing Needs"], "2025-07", "blue"),
        act("TA-03", [sec1, rec_ta2], rows[3][2], ["Income Manager"], "2025-12", "green"),
        act("PAY-01", [sec2, rec_pay1], rows[5][2], ["Head of HR Operations"], "2025-08", "blue"),
        act("PAY-02", [sec2, rec_pay2], rows[6][2], ["Payroll Manager"], "2026-01", "amber"),
        act("PRO-01", [sec3, rec_pro1], rows[8][2], ["Head of Commissioning (Adults)"], "2025-10", "red"),
        act("PRO-02", [sec3, rec_pro2], rows[9][2], ["Commissioning Manager – Homecare"], "2026-03", "green"),
        act("CYB-01", [sec4, rec_cyb1], rows[11][2], ["Head of Security and Compliance (Shared Technology Services)"], "2025-12", "amber"),
        act("CYB-02", [sec4, rec_cyb2], rows[12][2], ["Head of Security and Compliance (Shared Technology Services)"], "2025-08", "blue"),
    ]
    write_expected(
        fname,
        source=("Imitates the internal audit follow-up appendix that London Borough of Brent's Internal Audit "
                "(Deputy Director Organisational Assurance and Resilience) takes to the Audit and Standards "
                "Advisory Committee (democracy.brent.gov.uk, 2024-25 interim and annual reports). Copied "
                "features: cover sheet with RAG and priority keys; tracker sheet with a title and a note line, "
                "one merged heading row per audit (title, year, assurance opinion), recommendation beside the "
                "agreed management action with one recommendation cell merged over two actions, priority, "
                "responsible officer as job titles (two posts in one cell separated by ';'), original and "
                "revised target dates as date cells, multi-line management update, letter RAG with fill, and a "
                "summary count block under the table."),
        reads=("Nine agreed management actions from four audits, each under its audit heading and the "
               "recommendation it answers; the revised target date, where given, is the due month and the IA "
               "RAG letter is the status. The cover keys and the summary block are not actions."),
        outcome="read",
        title="Internal Audit – Follow-up of High and Medium Priority Agreed Actions",
        actions=acts)


# ---------------------------------------------------------------------------------------------
# 2. RBKC – transformation programme highlight report (xlsx, Summary / Milestones / Benefits,
#    workstream heading rows, baseline vs forecast dates, previous/current RAG as fill only)
# ---------------------------------------------------------------------------------------------
def rbkc():
    fname = "zxw-royal-borough-of-kensington-and-chelsea-transformation-programme-highlight-report.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Royal Borough of Kensington and Chelsea"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Transformation Programme – Highlight Report"
    s["A2"].font = Font(bold=True, size=13)
    info = [("Reporting period", "Period 6: September 2025"),
            ("Senior Responsible Owner", "Executive Director of Resources and Customer Services"),
            ("Prepared by", "Transformation Programme Office"),
            ("Report to", "Leadership Team – 14 October 2025"),
            ("Overall programme RAG", "Amber")]
    for i, (a, b) in enumerate(info):
        s.cell(4 + i, 1, a).font = Font(bold=True)
        s.cell(4 + i, 2, b)
    s["B8"].fill = fill(AMBER)
    s["A10"] = "Summary of progress"
    s["A10"].font = Font(bold=True)
    s["B10"] = ("Three milestones were completed this period, including the roll-out of the strengths-based "
                "practice model in Adult Social Care. The Town Hall floor consolidation has moved to red after the "
                "fit-out contractor entered administration; a re-procurement is under way and the Property Board "
                "will receive a recovery plan in October.")
    s["B10"].alignment = WRAP
    s["A11"] = "Decisions / support required"
    s["A11"].font = Font(bold=True)
    s["B11"] = "None this period."
    s["A13"] = "RAG key"
    s["A13"].font = Font(bold=True)
    for i, (c, t) in enumerate([(BLUE, "Complete"),
                                (GREEN, "On track – delivery within tolerance"),
                                (AMBER, "At risk – forecast later than baseline but recoverable"),
                                (RED, "Off track – outside tolerance, escalation required")]):
        s.cell(14 + i, 1).fill = fill(c)
        s.cell(14 + i, 2, t)
    s.column_dimensions["A"].width = 28
    s.column_dimensions["B"].width = 100

    m = wb.create_sheet("Milestones")
    m["A1"] = "Key milestones by workstream"
    m["A1"].font = Font(bold=True, size=12)
    m["A2"] = "Prev RAG = Period 5 (August 2025). Forecast shows the actual month where a milestone is complete."
    m["A2"].font = Font(italic=True)
    heads = ["Ref", "Milestone", "Lead", "Baseline date", "Forecast / actual date", "Prev RAG", "Current RAG", "Commentary"]
    for c, h in enumerate(heads, 1):
        cell = m.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("44546A")
        cell.alignment = WRAP
        cell.border = BOX
    for i, w in enumerate([7, 55, 34, 11, 12, 8, 8, 60]):
        m.column_dimensions[chr(65 + i)].width = w
    W1 = "Workstream 1 – Customer Experience and Digital"
    W2 = "Workstream 2 – Property and Accommodation"
    W3 = "Workstream 3 – Adult Social Care Transformation"
    W4 = "Workstream 4 – Organisational Development"
    rows = [
        ("S", W1),
        ("CX1", "Launch the new resident account (MyRBKC) on the council website", "Head of Digital Services",
         D(2025, 6), D(2025, 7), GREEN, BLUE, "Launched 14 July 2025; 6,200 accounts created by 30 September."),
        ("CX2", "Move council tax and parking permit forms onto the new customer platform",
         "Head of Digital Services; Head of Revenues", D(2025, 9), D(2025, 11), AMBER, AMBER,
         "Parking permit forms live. Council tax forms delayed by integration testing with the revenues system."),
        ("CX3", "Open the appointment-based Customer Hub and close the Town Hall walk-in reception",
         "Head of Customer Services", D(2025, 12), D(2025, 12), GREEN, GREEN,
         "Staff consultation closed 5 September. Hub fit-out on schedule."),
        ("S", W2),
        ("PA1", "Complete the Town Hall floor consolidation (floors 2 and 3)", "Director of Property",
         D(2025, 10), D(2026, 2), AMBER, RED,
         "Fit-out contractor entered administration in August.\nRe-procurement under way; forecast moved to February 2026."),
        ("PA2", "Agree the disposal strategy for surplus operational buildings",
         "Director of Property / Head of Strategic Finance", D(2025, 11), D(2025, 11), GREEN, GREEN,
         "Options appraisal to go to Leadership Team in November."),
        ("S", W3),
        ("ASC1", "Roll out the strengths-based practice model to all locality teams", "Principal Social Worker (Adults)",
         D(2025, 9), D(2025, 9), GREEN, BLUE, "All five locality teams trained by 26 September."),
        ("ASC2", "Provide the digital care technology offer to 300 residents", "Head of Prevention and Wellbeing",
         D(2026, 3), D(2026, 3), GREEN, AMBER,
         "Take-up slower than planned (112 residents). Campaign with GP practices starts in October."),
        ("ASC3", "Recommission the home care framework on a neighbourhood model", "Head of Commissioning (Adults)",
         D(2026, 4), D(2026, 4), GREEN, GREEN, "Market engagement events held in September."),
        ("S", W4),
        ("OD1", "Launch the new performance and development conversation framework", "Director of HR and OD",
         D(2025, 7), D(2025, 9), AMBER, BLUE, "Launched 1 September 2025 after consultation with the trade unions."),
        ("OD2", "Deliver cohort 2 of the Leading in Kensington and Chelsea programme (40 managers)",
         "Head of Learning and Development", D(2026, 1), D(2026, 1), None, GREEN, "New milestone added this period."),
    ]
    r = 4
    for row in rows:
        if row[0] == "S":
            m.cell(r, 1, row[1]).font = Font(bold=True)
            m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            m.cell(r, 1).fill = fill(GREY)
            r += 1
            continue
        ref, ms, lead, base, fc, prev, cur, com = row
        for c, v in enumerate([ref, ms, lead, base, fc, None, None, com], 1):
            cell = m.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
        if prev:
            m.cell(r, 6).fill = fill(prev)
        m.cell(r, 7).fill = fill(cur)
        r += 1
    m.freeze_panes = "A4"

    b = wb.create_sheet("Benefits")
    b["A1"] = "Financial benefits 2025/26 (£000)"
    b["A1"].font = Font(bold=True)
    for c, h in enumerate(["Workstream", "Target", "Forecast", "Variance"], 1):
        b.cell(3, c, h).font = Font(bold=True)
    for i, (w, t, f) in enumerate([("Customer Experience and Digital", 850, 720),
                                   ("Property and Accommodation", 1200, 600),
                                   ("Adult Social Care Transformation", 2100, 2050),
                                   ("Organisational Development", 300, 300)]):
        b.cell(4 + i, 1, w)
        b.cell(4 + i, 2, t)
        b.cell(4 + i, 3, f)
        b.cell(4 + i, 4, f - t)
    b.cell(8, 1, "Total").font = Font(bold=True)
    b.cell(8, 2, 4450)
    b.cell(8, 3, 3670)
    b.cell(8, 4, -780)
    b.column_dimensions["A"].width = 36
    wb.save(os.path.join(HERE, fname))

    st = {BLUE: "blue", GREEN: "green", AMBER: "amber", RED: "red"}
    acts = []
    cur_w = None
    for row in rows:
        if row[0] == "S":
            cur_w = row[1]
            continue
        ref, ms, lead, base, fc, prev, cur, com = row
        leads = {"Head of Digital Services; Head of Revenues": ["Head of Digital Services", "Head of Revenues"],
                 "Director of Property / Head of Strategic Finance": ["Director of Property", "Head of Strategic Finance"]
                 }.get(lead, [lead])
        acts.append(act(ref, [cur_w], ms, leads, fc.strftime("%Y-%m"), st[cur]))
    write_expected(
        fname,
        source=("Imitates a council transformation programme highlight report of the kind RBKC's Leadership Team "
                "and Administration and Investment Committee receive (period highlight report with SRO, overall "
                "RAG and milestone tracker). Copied features: Summary sheet with title block, overall RAG, "
                "narrative and a colour RAG key; Milestones sheet with a note line, merged grey workstream "
                "heading rows, baseline and forecast/actual dates as mmm-yy date cells, Previous and Current "
                "RAG shown only by cell fill colour (one new milestone with no previous RAG), several posts in "
                "one lead cell ('; ' and ' / '), multi-line commentary; a Benefits sheet of figures."),
        reads=("Ten milestones in four workstreams; each is due in its forecast month (the revised date) and its "
               "status is the Current RAG fill colour (blue = complete, per the key). The summary, key and "
               "benefits figures are not actions."),
        outcome="read",
        title="Transformation Programme – Highlight Report",
        actions=acts)


# ---------------------------------------------------------------------------------------------
# 3. Croydon – early help strategy action plan (xlsx) – REFUSE: 'Jun-2O26' typed in a timescale
# ---------------------------------------------------------------------------------------------
def croydon():
    fname = "zxw-croydon-early-help-partnership-strategy-action-plan-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan 2025-26"
    ws["A1"] = "Croydon Early Help Partnership"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Early Help Strategy 2023–2026: Action Plan – Year 3 (2025/26)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Progress update for the Croydon Safeguarding Children Partnership Executive – October 2025"
    heads = ["No.", "Action", "Lead", "Partners involved", "Timescale", "Progress update", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("B4C6E7")
        cell.border = BOX
    for i, w in enumerate([6, 55, 32, 32, 12, 50, 10]):
        ws.column_dimensions[chr(65 + i)].width = w
    P1 = "Priority 1: Families know where to go for help and get it early"
    P2 = "Priority 2: Practitioners work together around the whole family"
    P3 = "Priority 3: We can show that early help makes a difference"
    rows = [
        ("S", P1),
        ("1.1", "Publish the refreshed Family Hubs and Start for Life offer on the Croydon Family Information Service website.",
         "Head of Family Hubs", "Health visiting (Croydon Health Services); Croydon Voluntary Action", D(2025, 9),
         "Published 1 September 2025.", "Complete"),
        ("1.2", "Extend Saturday Family Hub sessions to the North, Central and South localities.",
         "Family Hubs Locality Manager (North)", "Croydon Libraries", D(2026, 3),
         "Saturday sessions running in North and Central; South locality to start in January 2026.", "Green"),
        ("1.3", "Launch a single online early help request form for professionals, replacing the paper referral.",
         "Head of Early Help Front Door", "Schools; Croydon Health Services", D(2026, 1),
         "Form built on the case management system; testing with schools in November.", "Amber"),
        ("S", P2),
        ("2.1", "Train 200 partner practitioners as Lead Professionals for early help assessments.",
         "Early Help Partnership Development Manager", "Schools, health and housing", D(2026, 3),
         "148 practitioners trained by 30 September 2025.", "Green"),
        ("2.2", "Introduce a Team Around the School model in the 10 primary schools with the highest levels of persistent absence.",
         "Head of Early Help / Head of Attendance", "Croydon Schools Partnership", "Jun-2O26",
         "Six schools signed up; model launched in September.", "Amber"),
        ("2.3", "Embed family network meetings in all early help plans for children at risk of entering care.",
         "Service Manager (Family Help)", "Children's social care", "Ongoing",
         "Family network meetings held for 37 families this quarter.", "Green"),
        ("S", P3),
        ("3.1", "Agree an early help outcomes framework aligned to the Supporting Families national framework.",
         "Head of Performance and Intelligence (Children's)", "Partnership Data Group", D(2025, 12),
         "Draft framework shared with the Data Group on 18 September.", "Green"),
        ("3.2", "Publish a quarterly early help dashboard to the Croydon Safeguarding Children Partnership.",
         "Head of Performance and Intelligence (Children's)", "", "Quarterly",
         "Q1 dashboard delayed by data migration; Q2 dashboard due November.", "Amber"),
    ]
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 6
    typo_row = None
    for row in rows:
        if row[0] == "S":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
        ws.cell(r, 7).fill = fill(ragfill[row[6]])
        if row[4] == "Jun-2O26":
            typo_row = r
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key: Complete – delivered; Green – on track; Amber – at risk of slippage; Red – off track")
    ws.cell(r, 1).font = Font(italic=True)
    wb.save(os.path.join(HERE, fname))
    assert typo_row == 12, typo_row
    write_expected(
        fname,
        source=("Imitates a local authority early help strategy action plan reported to the safeguarding children "
                "partnership (Croydon Early Help Strategy, year-3 action plan format with priorities, lead, "
                "partners, timescale, progress and RAG). Copied features: three title lines, merged shaded "
                "priority rows, timescales as mmm-yy date cells plus 'Ongoing'/'Quarterly', a lead cell with two "
                "posts, word RAG with matching fill, and a RAG key line under the table."),
        reads=("An eight-action plan under three priorities. The timescale of action 2.2 (sheet row 12) reads "
               "'Jun-2O26' with a letter O for the zero; a careful reader would stop and ask what was meant "
               "before recording it."),
        outcome="refuse",
        title="Early Help Strategy 2023–2026: Action Plan – Year 3 (2025/26)",
        refuse_at=12)


# ---------------------------------------------------------------------------------------------
# 4. Tameside – Health and Wellbeing Board action log (csv, Excel 'CSV UTF-8' export)
# ---------------------------------------------------------------------------------------------
def tameside():
    fname = "zxw-tameside-health-and-wellbeing-board-action-log.csv"
    N = 7
    M1, M2, M3 = "Meeting held 13 March 2025", "Meeting held 17 July 2025", "Meeting held 25 September 2025"
    rows = [
        ["Tameside Health and Wellbeing Board – Action Log 2025/26"] + [""] * (N - 1),
        ["Position as at 2 October 2025"] + [""] * (N - 1),
        ["Status key: Complete = action closed; Green = on track; Amber = delayed, revised date agreed; Red = overdue"] + [""] * (N - 1),
        [""] * N,
        ["Ref", "Action", "Lead officer", "Due date", "Revised due date", "Status", "Update"],
        [M1] + [""] * (N - 1),
        ["HWB-25-01", "Circulate the draft Pharmaceutical Needs Assessment 2025 to Board members before formal consultation opens.",
         "Director of Population Health", "April 2025", "", "Complete", "Circulated 2 April 2025; consultation ran 7 April to 6 June 2025."],
        ["HWB-25-02", "Bring a report on NHS Health Check uptake by ward, with proposals to improve uptake in the most deprived neighbourhoods.",
         "Consultant in Public Health", "17/07/2025", "20/11/2025", "Amber", "Provider data delayed by a system change. Report moved to the November meeting."],
        [M2] + [""] * (N - 1),
        ["HWB-25-03", "Share the Tameside suicide prevention action plan with all Board partners and confirm a named lead in each organisation.",
         "JM/SB", "30/09/2025", "", "Complete", "Plan shared 1 August. Named leads confirmed for all nine partner organisations."],
        ["HWB-25-04", "Provide a Better Care Fund Q1 2025/26 monitoring summary, including spend against the discharge fund.",
         "Deputy Place Based Lead", "25/09/2025", "", "Green", "On the agenda for 25 September; summary circulated with the papers."],
        ["HWB-25-05", "Arrange a development session on the Health and Wellbeing Strategy refresh for Board members and Healthwatch Tameside.\nSession to include the engagement findings from the Big Conversation.",
         "Head of Policy and Strategy", "Oct 2025", "", "Green", "Session booked for 16 October 2025."],
        ["HWB-25-06", "Write to NHS Greater Manchester on behalf of the Board about dental access for children in care.",
         "Chair / Director of Children's Services", "31/07/2025", "31/08/2025", "Red", "Letter drafted;\nawaiting sign-off by the Chair."],
        [M3] + [""] * (N - 1),
        ["HWB-25-07", "Report the refreshed Joint Strategic Needs Assessment neighbourhood profiles to each Board meeting as they are published.",
         "Public Health Intelligence Manager", "Ongoing", "", "Green", "Denton and Droylsden profiles published September 2025."],
        ["HWB-25-08", "Add final sign-off of the Pharmaceutical Needs Assessment to the November 2025 agenda.",
         "Democratic Services Officer", "Nov-25", "", "", ""],
        [""] * N,
        ["Open actions: 6    Closed this period: 2"] + [""] * (N - 1),
        ["Closed actions are removed from the log once they have been reported to the Board."] + [""] * (N - 1),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(os.path.join(HERE, fname), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    acts = [
        act("HWB-25-01", [M1], rows[6][1], ["Director of Population Health"], "2025-04", "blue"),
        act("HWB-25-02", [M1], rows[7][1], ["Consultant in Public Health"], "2025-11", "amber"),
        act("HWB-25-03", [M2], rows[9][1], ["JM", "SB"], "2025-09", "blue"),
        act("HWB-25-04", [M2], rows[10][1], ["Deputy Place Based Lead"], "2025-09", "green"),
        act("HWB-25-05", [M2], rows[11][1], ["Head of Policy and Strategy"], "2025-10", "green"),
        act("HWB-25-06", [M2], rows[12][1], ["Chair", "Director of Children's Services"], "2025-08", "red"),
        act("HWB-25-07", [M3], rows[14][1], ["Public Health Intelligence Manager"], None, "green", end_text="Ongoing"),
        act("HWB-25-08", [M3], rows[15][1], ["Democratic Services Officer"], "2025-11", "unrated"),
    ]
    write_expected(
        fname,
        source=("Imitates the rolling action log that goes with the minutes of Tameside's Health and Wellbeing "
                "Board (meetings of March, July and September 2025 on the PNA, suicide prevention, Better Care "
                "Fund and strategy refresh), saved from Excel as CSV UTF-8 (with BOM, CRLF). Copied features: "
                "title, 'as at' line and status key line in the first column, a 'Meeting held ...' row before "
                "each meeting's actions, due date and revised due date columns, leads as posts, initials "
                "('JM/SB') and 'Chair / Director of ...', multi-line quoted cells, a blank status for a new "
                "action, and a totals line and a note line after the log."),
        reads=("Eight actions grouped by the meeting that raised them; where a revised due date is given it is "
               "the end month, 'Ongoing' has no month, and the word status (Complete/Green/Amber/Red) is the "
               "RAG, with the new action unrated. The key, totals and note lines are not actions."),
        outcome="read",
        title="Tameside Health and Wellbeing Board – Action Log 2025/26",
        actions=acts)


# ---------------------------------------------------------------------------------------------
# 5. Safer Southwark Partnership – community safety plan delivery plan (txt, Excel tab export)
# ---------------------------------------------------------------------------------------------
def southwark():
    fname = "zxw-safer-southwark-partnership-community-safety-plan-2025-26-delivery-plan.txt"
    P1 = "Priority 1: Violence against women and girls (VAWG)"
    O11 = "Objective 1.1: Improve the identification of domestic abuse at first contact"
    O12 = "Objective 1.2: Hold perpetrators to account and change their behaviour"
    P2 = "Priority 2: Serious violence and exploitation"
    O21 = "Objective 2.1: Deliver the Serious Violence Duty strategy"
    O22 = "Objective 2.2: Protect children and young people from criminal exploitation"
    P3 = "Priority 3: Anti-social behaviour and neighbourhood crime"
    # ref, action, lead, delivery, rag, update ; plus expected (under, leads, end, end_text, status)
    table = [
        ("H", P1), ("H", O11),
        (("1.1.1", "Deliver domestic abuse awareness training to frontline housing, customer service and resident services staff.",
          "VAWG Strategic Lead", "Mar 2026", "G", "312 staff trained so far against a target of 450."),
         ([P1, O11], ["VAWG Strategic Lead"], "2026-03", None, "green")),
        (("1.1.2", "Embed routine enquiry about domestic abuse at the Early Help and adult social care front doors.",
          "Head of Early Help / Principal Social Worker (Adults)", "Q3 2025/26", "A",
          "Early Help live from August.\nAdult social care front door delayed by the new case recording system."),
         ([P1, O11], ["Head of Early Help", "Principal Social Worker (Adults)"], "2025-12", None, "amber")),
        ("H", O12),
        (("1.2.1", "Recommission the domestic abuse perpetrator programme jointly with the London Borough of Lambeth.",
          "Head of Community Safety Commissioning", "31/01/2026", "R",
          "Tender returned no compliant bids. Options paper to the SSP Board in November."),
         ([P1, O12], ["Head of Community Safety Commissioning"], "2026-01", None, "red")),
        (("1.2.2", "Run an 'Ask for ANI' awareness campaign with community pharmacies across the borough.",
          "Communications Manager (Community Safety)", "Nov 2025", "G", "Campaign materials agreed with the pharmacy committee."),
         ([P1, O12], ["Communications Manager (Community Safety)"], "2025-11", None, "green")),
        ("H", P2), ("H", O21),
        (("2.1.1", "Refresh the serious violence strategic needs assessment using Q1 2025/26 data.",
          "Community Safety Intelligence Manager", "Jul 2025", "Complete", "Refreshed assessment signed off by the SSP Board on 22 July 2025."),
         ([P2, O21], ["Community Safety Intelligence Manager"], "2025-07", None, "blue")),
        (("2.1.2", "Extend the hospital-based youth violence intervention at King's College Hospital to weekend evenings.",
          "Head of Youth Justice and Prevention", "Sept 2025 – March 2026", "G", "Weekend youth workers in post from 6 September."),
         ([P2, O21], ["Head of Youth Justice and Prevention"], "2026-03", "Sept 2025 – March 2026", "green")),
        ("H", O22),
        (("2.2.1", "Hold a monthly multi-agency child exploitation (MACE) panel and report themes to the Partnership each quarter.",
          "Detective Inspector (Central South BCU Exploitation Team)", "Monthly", "G", "Panels held every month; Q2 themes report attached."),
         ([P2, O22], ["Detective Inspector (Central South BCU Exploitation Team)"], None, "Monthly", "green")),
        ("H", P3),
        (("3.1", "Launch an online form for ASB case reviews (Community Trigger).",
          "ASB Manager", "Jun 2025", "Complete", "Form live on the council website since 16 June 2025."),
         ([P3], ["ASB Manager"], "2025-06", None, "blue")),
        (("3.2", "Deploy 20 additional re-deployable CCTV cameras at hotspots in Camberwell and Peckham.",
          "CCTV Manager; Neighbourhood Policing Inspector", "Dec 2025", "A", "12 cameras deployed. Power supply works outstanding at eight sites."),
         ([P3], ["CCTV Manager", "Neighbourhood Policing Inspector"], "2025-12", None, "amber")),
        (("3.3", "Carry out joint patrols by community wardens and Safer Neighbourhood Teams around Camberwell Green.",
          "Head of Community Wardens", "Ongoing", "G", "Weekly joint patrols in place."),
         ([P3], ["Head of Community Wardens"], None, "Ongoing", "green")),
    ]
    ncol = 6

    def cell(v):
        if "\n" in v or '"' in v or "\t" in v:
            return '"' + v.replace('"', '""') + '"'
        return v

    def line(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        return "\t".join(cell(v) for v in vals)

    out = [line(["Safer Southwark Partnership"]),
           line(["Community Safety Partnership Plan 2025–26: Delivery Plan"]),
           line(["Quarter 2 update (July – September 2025) for the Safer Southwark Partnership Board, 4 November 2025"]),
           line([]),
           line(["Ref", "Action", "Lead", "Delivery date", "Q2 RAG", "Q2 update"])]
    acts = []
    for t in table:
        if t[0] == "H":
            out.append(line([t[1]]))
            continue
        row, (under, leads, end, end_text, status) = t
        out.append(line(row))
        acts.append(act(row[0], under, row[1], leads, end, status, end_text=end_text))
    out += [line([]),
            line(["RAG: G = on track; A = some delay, mitigations in place; R = significant risk to delivery; Complete = delivered"]),
            line(["Source: SSP Performance and Delivery Group, October 2025"])]
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")
    write_expected(
        fname,
        source=("Imitates the Safer Southwark Partnership's community safety partnership plan delivery plan "
                "(Southwark CSP priorities and refreshed plan reported to Overview and Scrutiny, "
                "moderngov.southwark.gov.uk; priorities VAWG, serious violence/exploitation, ASB), saved from "
                "Excel as 'Text (Tab delimited)'. Copied features: three title lines, a header row, priority rows "
                "and objective rows each alone in the first column (priority 3 has no objectives), three-level "
                "refs, leads as posts with two posts joined by ' / ' or ';', delivery dates as month, quarter, "
                "day-first date, a period and 'Monthly'/'Ongoing', letter RAG plus 'Complete', Excel-quoted "
                "multi-line update cells, trailing tabs, a RAG key line and a source line."),
        reads=("Ten actions under three priorities, the first two split into objectives; the reader takes the "
               "delivery date as the end month (the last month of a period, none for Monthly/Ongoing) and the "
               "Q2 RAG letter or 'Complete' as the status. The key and source lines are not actions."),
        outcome="read",
        title="Community Safety Partnership Plan 2025–26: Delivery Plan",
        actions=acts)


# ---------------------------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(ln)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


# ---------------------------------------------------------------------------------------------
# 6. City of London – Safer City Partnership DHR action plan (docx, two tables, merged
#    recommendation cells, document control and sign-off tables)
# ---------------------------------------------------------------------------------------------
def city_of_london():
    fname = "zxw-city-of-london-safer-city-partnership-dhr-helena-action-plan.docx"
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Safer City Partnership")
    doc.add_paragraph("Domestic Homicide Review into the death of ‘Helena’ – Action Plan", style="Title")
    doc.add_paragraph("Updated for the Safer City Partnership Strategic Group, January 2026")
    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for r, vals in enumerate([("Version", "Date", "Author", "Comment"),
                              ("1.0", "14/03/2025", "Community Safety Manager", "Agreed by the Safer City Partnership"),
                              ("2.0", "09/09/2025", "Community Safety Manager", "Q2 progress added"),
                              ("3.0", "12/01/2026", "Community Safety Officer", "Q3 progress added")]):
        for c, v in enumerate(vals):
            set_cell(dc.cell(r, c), v, bold=(r == 0))
    doc.add_paragraph(
        "This plan sets out how the recommendations of the Overview Report and the single agency recommendations "
        "from the Individual Management Reviews (IMRs) will be taken forward. Progress is reported to the Safer City "
        "Partnership Strategic Group each quarter.")
    doc.add_paragraph("Status: Complete – action implemented and evidenced; Green – on track; Amber – delayed; "
                      "Red – not progressing.")

    heads = ["No.", "Recommendation", "Action to take", "Lead agency", "Target date", "Status",
             "Completion date and outcome"]
    sfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    PA = "Part A – Overview Report recommendations"
    PB = "Part B – Single agency recommendations"
    RA1 = "Recommendation 1: The Safer City Partnership should assure itself that agencies working with people who sleep rough or live in hostels understand how domestic abuse presents in those settings."
    RA2 = "Recommendation 2: City of London Police and the Metropolitan Police Service should make sure that domestic abuse involving people who live or sleep in the City but have links to other boroughs is shared with the right MARAC."
    RA3 = "Recommendation 3: The Safer City Partnership should share the learning from this review about victims with no fixed address with the Home Office."
    RB1 = "B1 Barts Health NHS Trust: Emergency Department staff should ask about domestic abuse when a patient presents with injuries and has no fixed address."
    RB2 = "B2 City of London Police: officers attending a domestic incident should complete a DASH risk assessment in every case, including where the victim declines to take part."
    RB3 = "B3 City of London Corporation Adult Social Care: safeguarding concerns about adults with no recourse to public funds should be triaged within the same timescales as all other concerns."
    partA = [
        (RA1, [("1.1", "Commission domestic abuse and coercive control training for rough sleeping outreach and hostel staff.",
                "City of London Corporation (Rough Sleeping Team)", "June 2025", "Complete",
                "Completed May 2025. Four sessions delivered; 38 staff attended."),
               ("1.2", "Add a domestic abuse prompt to the outreach assessment form and audit its use after six months.",
                "St Mungo's / City of London Corporation", "December 2025", "Amber",
                "Prompt added July 2025.\nSix-month audit not yet started.")]),
        (RA2, [("2.1", "Review the cross-border MARAC referral process with the MPS Central East BCU and agree a joint protocol.",
                "City of London Police (Public Protection Unit)", "31 March 2026", "Green",
                "First workshop held November 2025.")]),
        (RA3, [("3.1", "Write to the Home Office Domestic Homicide Review team setting out the learning about victims with no fixed address.",
                "City of London Corporation (Community Safety Team)", "April 2025", "Complete",
                "Letter sent 9 April 2025.")]),
    ]
    partB = [
        (RB1, [("B1.1", "Re-launch routine enquiry in the Royal London Hospital Emergency Department and audit 50 records each quarter.",
                "Barts Health NHS Trust", "Q4 2025/26", "Green", "Re-launch briefing delivered October 2025.")]),
        (RB2, [("B2.1", "Issue a briefing to all response officers on completing DASH where the victim declines to engage.",
                "City of London Police", "February 2025", "Complete",
                "Briefing issued 20 February 2025; 94% compliance in the July 2025 dip sample."),
               ("B2.2", "Include DASH completion rates in the monthly public protection performance report.",
                "City of London Police", "Ongoing", "Green", "Included from March 2025.")]),
        (RB3, [("B3.1", "Update the adult safeguarding triage procedure and brief the Adult Social Care team on it.",
                "City of London Corporation (Adult Social Care)", "September 2025", "Red",
                "Procedure not yet updated; owner on long-term leave. Escalated to the Strategic Group.")]),
    ]

    def build(part_title, recs):
        doc.add_paragraph(part_title, style="Heading 2")
        n = 1 + sum(len(a) for _, a in recs)
        t = doc.add_table(rows=n, cols=len(heads))
        t.style = "Table Grid"
        for c, h in enumerate(heads):
            set_cell(t.cell(0, c), h, bold=True)
            shade(t.cell(0, c), "D9E2F3")
        r = 1
        for rec, actions in recs:
            first = r
            for (no, a, lead, tgt, status, outc) in actions:
                for c, v in zip((0, 2, 3, 4, 5, 6), (no, a, lead, tgt, status, outc)):
                    set_cell(t.cell(r, c), v)
                shade(t.cell(r, 5), sfill[status])
                r += 1
            mc = t.cell(first, 1).merge(t.cell(r - 1, 1)) if r - 1 > first else t.cell(first, 1)
            set_cell(mc, rec)

    build(PA, partA)
    build(PB, partB)
    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, v in enumerate(["Name / role", "Organisation", "Date"]):
        set_cell(so.cell(0, c), v, bold=True)
    for c, v in enumerate(["Chair, Safer City Partnership", "City of London Corporation", "14/03/2025"]):
        set_cell(so.cell(1, c), v)
    doc.save(os.path.join(HERE, fname))

    acts = []
    lead_split = {"St Mungo's / City of London Corporation": ["St Mungo's", "City of London Corporation"]}
    ends = {"June 2025": "2025-06", "December 2025": "2025-12", "31 March 2026": "2026-03", "April 2025": "2025-04",
            "Q4 2025/26": "2026-03", "February 2025": "2025-02", "Ongoing": None, "September 2025": "2025-09"}
    st = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    for part, recs in ((PA, partA), (PB, partB)):
        for rec, actions in recs:
            for (no, a, lead, tgt, status, outc) in actions:
                acts.append(act(no, [part, rec], a, lead_split.get(lead, [lead]), ends[tgt], st[status],
                                end_text="Ongoing" if tgt == "Ongoing" else None))
    write_expected(
        fname,
        source=("Imitates a Safer City Partnership (City of London Corporation community safety partnership) "
                "domestic homicide review action plan reported to its committee with progress updates "
                "(democracy.cityoflondon.gov.uk case review item with an Action Plan appendix), laid out on the "
                "Home Office DHR action plan template. Copied features: title and subtitle paragraphs, a "
                "document control table, a status key paragraph, Part A (Overview Report) and Part B (single "
                "agency / IMR) tables each under its own heading, the recommendation cell merged vertically "
                "over its actions, lead agency (one cell with two agencies joined by ' / '), target dates in "
                "several forms, a status word with fill, a completion/outcome column and a sign-off table."),
        reads=("Eight actions answering six recommendations in two parts; each action is read under its part "
               "and its recommendation, due in its target month ('Ongoing' has none), with the status word as "
               "RAG (Complete = blue). Document control and sign-off tables are not the plan."),
        outcome="read",
        title="Domestic Homicide Review into the death of ‘Helena’ – Action Plan",
        actions=acts)


# ---------------------------------------------------------------------------------------------
# 7. Bromley – Making Bromley Even Better corporate delivery plan, Q2 report (docx, one table
#    per ambition under headings, RAG key table, status words with fill)
# ---------------------------------------------------------------------------------------------
def bromley():
    fname = "zxw-london-borough-of-bromley-making-bromley-even-better-delivery-plan-2025-26.docx"
    doc = Document()
    landscape(doc)
    doc.add_paragraph("London Borough of Bromley")
    doc.add_paragraph("Making Bromley Even Better: Corporate Delivery Plan 2025/26", style="Title")
    doc.add_paragraph("Quarter 2 progress report (July – September 2025)", style="Subtitle")
    doc.add_paragraph(
        "This report sets out progress at the end of Quarter 2 against the deliverables in the Corporate Delivery "
        "Plan 2025/26, grouped under the five ambitions of Making Bromley Even Better 2021–2031. It will be "
        "considered by the Executive, Resources and Contracts Policy Development and Scrutiny Committee.")
    doc.add_paragraph("Status key", style="Heading 2")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for r, (k, c, d) in enumerate([("Complete", BLUE, "Deliverable achieved"),
                                   ("Green", GREEN, "On track to be delivered by the date shown"),
                                   ("Amber", AMBER, "Some slippage – recovery action in place"),
                                   ("Red", RED, "Significant slippage – Member attention required")]):
        set_cell(key.cell(r, 0), k, bold=True)
        shade(key.cell(r, 0), c)
        set_cell(key.cell(r, 1), d)
    A1 = "Ambition 1: For children and young people to grow up, thrive and have the best life chances in families who flourish and are happy to call Bromley home"
    A2 = "Ambition 2: For adults and older people to enjoy fulfilled and successful lives in Bromley, ageing well, retaining independence and making choices"
    A3 = "Ambition 3: For people to make their homes in Bromley and for business, enterprise and the third sector to prosper"
    A4 = "Ambition 4: For residents to live responsibly and prosper in a safe, clean and green environment"
    A5 = "Ambition 5: To manage our resources well, providing value for money and efficient and effective services for Bromley's residents"
    # ref, deliverable, lead, by when, status, commentary ; expected leads, end, end_text
    plan = [
        (A1, [
            ("1.1", "Open two new family hubs in Penge and Orpington as part of the Start for Life programme.",
             "Head of Early Intervention and Family Support", "December 2025", "Green",
             "Penge hub opened 8 September. Orpington building works on schedule.",
             ["Head of Early Intervention and Family Support"], "2025-12", None),
            ("1.2", "Recruit four additional educational psychologists so that EHC needs assessments are completed within 20 weeks.",
             "Assistant Director Education / Principal Educational Psychologist", "March 2026", "Amber",
             "Two posts filled. Timeliness 61% in Q2 against 90% target.",
             ["Assistant Director Education", "Principal Educational Psychologist"], "2026-03", None),
            ("1.3", "Open the borough's second in-house children's home.",
             "Director of Children's Social Care", "Sept 2025 – March 2026", "Red",
             "Ofsted registration delayed until the registered manager is appointed.\nRecruitment campaign relaunched in September.",
             ["Director of Children's Social Care"], "2026-03", "Sept 2025 – March 2026"),
        ]),
        (A2, [
            ("2.1", "Deliver the Adult Social Care improvement plan agreed after the CQC local authority assessment.",
             "Director of Adult Social Services", "March 2026", "Green",
             "14 of 22 actions complete. Next update to the Adult Care and Health PDS Committee in November.",
             ["Director of Adult Social Services"], "2026-03", None),
            ("2.2", "Extend the reablement service to seven days a week.",
             "Assistant Director Integrated Care", "Q3 2025/26", "Complete",
             "Seven-day service operating from 1 September 2025.",
             ["Assistant Director Integrated Care"], "2025-12", None),
        ]),
        (A3, [
            ("3.1", "Deliver 100 new affordable homes through the council's housing delivery programme, including the Bushell Way scheme.",
             "Director of Housing and Regeneration", "March 2026", "Amber",
             "58 homes completed. Contractor delays at one site may move 20 homes into 2026/27.",
             ["Director of Housing and Regeneration"], "2026-03", None),
            ("3.2", "Adopt the Bromley Town Centre Supplementary Planning Document.",
             "Head of Planning Policy and Strategy", "November 2025", "Green",
             "Consultation closed 29 August; report to the Development Control Committee in November.",
             ["Head of Planning Policy and Strategy"], "2025-11", None),
        ]),
        (A4, [
            ("4.1", "Roll out food waste collections to all flats above shops.",
             "Assistant Director Environmental Services", "October 2025", "Complete",
             "All 1,850 eligible properties now receive the service.",
             ["Assistant Director Environmental Services"], "2025-10", None),
            ("4.2", "Install 250 on-street electric vehicle charge points.",
             "Head of Transport Strategy / Head of Highways", "31/03/2026", "Green",
             "131 installed by 30 September.",
             ["Head of Transport Strategy", "Head of Highways"], "2026-03", None),
        ]),
        (A5, [
            ("5.1", "Deliver the 2025/26 savings programme of £5.2m.",
             "Director of Finance", "March 2026", "Amber",
             "£3.9m forecast to be delivered; mitigations being identified for the remainder.",
             ["Director of Finance"], "2026-03", None),
            ("5.2", "Go live with phase 1 of the new finance and HR system.",
             "Chief Information Officer", "TBC", "Red",
             "Go-live paused after user acceptance testing. Revised plan to be agreed by the Programme Board.",
             ["Chief Information Officer"], None, "TBC"),
        ]),
    ]
    heads = ["Ref", "What we will do in 2025/26", "Lead", "By when", "Q2 status", "Q2 commentary"]
    sfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    st = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    acts = []
    for amb, items in plan:
        doc.add_paragraph(amb, style="Heading 2")
        t = doc.add_table(rows=1 + len(items), cols=len(heads))
        t.style = "Table Grid"
        for c, h in enumerate(heads):
            set_cell(t.cell(0, c), h, bold=True)
            shade(t.cell(0, c), "E2EFDA")
        for r, it in enumerate(items, 1):
            for c in range(6):
                set_cell(t.cell(r, c), it[c])
            shade(t.cell(r, 4), sfill[it[4]])
            acts.append(act(it[0], [amb], it[1], it[6], it[7], st[it[4]], end_text=it[8]))
    doc.add_paragraph(
        "Note: deliverables marked Complete at Q2 will be removed from the Q3 report. Performance indicators for "
        "each ambition are reported separately in the Corporate Performance Scorecard.")
    doc.save(os.path.join(HERE, fname))
    write_expected(
        fname,
        source=("Imitates the London Borough of Bromley's quarterly progress report on the corporate delivery "
                "plan under its 'Making Bromley Even Better 2021–2031' corporate strategy (five ambitions), as "
                "taken to a Policy Development and Scrutiny committee. Copied features: council name, title and "
                "subtitle, an introduction paragraph, a status key table with fills, one table per ambition "
                "under its ambition heading, leads as job titles (two posts joined by ' / '), 'By when' as a "
                "month, a quarter, a dd/mm/yyyy date, a period and 'TBC', status words with fill, multi-line "
                "commentary, and a closing note paragraph."),
        reads=("Eleven deliverables under five ambitions, each read under its ambition heading with its lead "
               "post(s), due month (the last month of a period; none for TBC) and its Q2 status word "
               "(Complete = blue). The status key table and notes are not actions."),
        outcome="read",
        title="Making Bromley Even Better: Corporate Delivery Plan 2025/26",
        actions=acts)


if __name__ == "__main__":
    brent()
    rbkc()
    croydon()
    tameside()
    southwark()
    city_of_london()
    bromley()
    print("built 7 zxw- cases in", HERE)
