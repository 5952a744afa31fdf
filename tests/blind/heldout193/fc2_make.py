"""Build the seven fc2- test files of set heldout193.

Run:  /work/main/.venv/bin/python fc2_make.py
Writes the .xlsx/.docx/.csv/.txt data files beside this script.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

# RAG colours used across the spreadsheets / Word tables
RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
GREY, DARK, LIGHT = "D9D9D9", "1F3864", "DDEBF7"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Trafford Council – ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
TRAFFORD_TITLE = "Trafford Council Adult Social Care – CQC Assessment Improvement Plan 2025/26"

TRAFFORD = [
    ("Theme 1: Working with people", [
        ("Waiting times for Care Act assessments and reviews are too long, and people are not always kept informed while they wait.", [
            ("1.1", "Implement a risk-based triage of the assessment waiting list, with weekly oversight by team managers.",
             "Head of Adult Social Care Operations", d(2025, 9, 30), None, "Amber", "Green",
             "Triage tool live in all three locality teams from 1 August. Waiting list reduced from 612 to 431."),
            ("1.2", "Introduce ‘waiting well’ contact calls at 6 and 12 weeks for everyone awaiting an assessment.",
             "Principal Social Worker / Customer Contact Manager", d(2025, 12, 31), None, "Amber", "Amber",
             "Calls in place at 6 weeks; 12-week calls delayed by vacancies in the contact centre."),
        ]),
        ("Carers do not consistently receive a carer’s assessment or know what support is available.", [
            ("1.3", "Recommission the carers’ assessment and support offer with Trafford Carers Centre, including a new carers’ information pack.",
             "Commissioning Lead – All Age", d(2026, 3, 31), None, "Green", "Green",
             "Procurement timetable agreed; tender published 15 September."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("The market for home care and nursing care in the south of the borough is fragile, with gaps in provision for people with complex needs.", [
            ("2.1", "Publish a refreshed Market Position Statement setting out commissioning intentions for 2025–2028.",
             "Head of Strategic Commissioning", d(2025, 6, 30), None, "Green", "Complete",
             "Published on the council website in June 2025 and shared at the provider forum."),
            ("2.2", "Develop a specialist dementia nursing framework with NHS Greater Manchester (Trafford locality).",
             "Head of Strategic Commissioning / Associate Director of Nursing (Trafford)", "Q4 2025/26", None, "Amber", "Red",
             "Framework specification not yet agreed with the ICB; escalated to the Locality Board."),
        ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("Safeguarding enquiries are not always completed in a timely way and the outcome for the person is not always recorded.", [
            ("3.1", "Audit a sample of 40 Section 42 enquiries each quarter against Making Safeguarding Personal and report the findings to the Trafford Strategic Safeguarding Partnership.",
             "Head of Safeguarding Adults", "Quarterly", None, "Green", "Green",
             "Q1 audit complete; 78% of enquiries recorded the person’s desired outcome."),
            ("3.2", "Deliver refresher training on recording desired outcomes to all social work and occupational therapy staff.",
             "Principal Occupational Therapist / Principal Social Worker", d(2025, 7, 31), d(2025, 11, 30), "Red", "Amber",
             "Four of seven sessions delivered. Revised date agreed at Improvement Board in July."),
        ]),
        ("Young people moving into adult services are not supported to plan for adulthood early enough.", [
            ("3.3", "Establish a Preparing for Adulthood panel from age 14, jointly chaired by Children’s and Adults’ services.",
             "Head of Service – Preparing for Adulthood", d(2025, 10, 31), None, "Green", "Complete",
             "Panel met for the first time on 9 September 2025; terms of reference signed off."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Performance information is not used consistently to understand outcomes and drive improvement.", [
            ("4.1", "Launch an adult social care performance dashboard in Power BI, reviewed monthly by the Adult Social Care Leadership Team.",
             "Head of Business Intelligence", d(2025, 12, 31), None, "Amber", "Green",
             "Dashboard in test; first monthly review planned for November."),
            ("4.2", "Carry out a co-produced review of this improvement plan with Trafford’s Making It Real Board.",
             "Director of Adult Social Care", d(2026, 3, 31), None, None, "Not started",
             "Scheduled for Q4."),
        ]),
    ]),
]

RAG_FILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE, "Blue": BLUE}


def make_trafford(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Trafford Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = TRAFFORD_TITLE
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.3", "14/04/2025", "ASC Improvement Lead", "Draft following CQC report (published 28 March 2025)"),
            ("1.0", "06/05/2025", "ASC Improvement Lead", "Approved by Executive"),
            ("1.2", "07/10/2025", "ASC Improvement Lead", "Q2 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A10"] = "Owner: Corporate Director – Adults and Wellbeing"
    cov["A11"] = "Governance: Adult Social Care Improvement Board (monthly); Health Scrutiny Committee (quarterly)"
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [("Complete", BLUE, "Action complete and evidenced"),
           ("Green", GREEN, "On track to deliver by the target date"),
           ("Amber", AMBER, "Some slippage – remedial action in place"),
           ("Red", RED, "Off track – escalation required"),
           ("Not started", None, "Not yet due to start")]
    for i, (k, col, txt) in enumerate(key):
        c = cov.cell(row=14 + i, column=1, value=k)
        if col:
            c.fill = fill(col)
        c.border = BOX
        cov.cell(row=14 + i, column=2, value=txt).border = BOX
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 40
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 52

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = TRAFFORD_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill(DARK)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress update as at 30 September 2025 – reported to the Adult Social Care Improvement Board"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    heads = ["Ref", "CQC area for improvement", "Action", "Lead officer", "Original target date",
             "Revised target date", "Previous RAG (June 2025)", "Current RAG (Sept 2025)", "Progress update"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(DARK)
        c.alignment = WRAP
        c.border = BOX
    r = 5
    counts = {}
    for theme, afis in TRAFFORD:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = fill(LIGHT)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, acts in afis:
            first = r
            for (ref, act, lead, orig, rev, prev, cur, upd) in acts:
                vals = [ref, None, act, lead, orig, rev, prev, cur, upd]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy" if j == 6 else "mmm-yy"
                for j, v in ((7, prev), (8, cur)):
                    if v in RAG_FILL:
                        ws.cell(row=r, column=j).fill = fill(RAG_FILL[v])
                counts[cur] = counts.get(cur, 0) + 1
                r += 1
            ws.cell(row=first, column=2, value=afi).alignment = WRAP
            for rr in range(first, r):
                ws.cell(row=rr, column=2).border = BOX
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    for k in ["Complete", "Green", "Amber", "Red", "Not started"]:
        ws.cell(row=r, column=1, value=k)
        if k in RAG_FILL:
            ws.cell(row=r, column=1).fill = fill(RAG_FILL[k])
        ws.cell(row=r, column=2, value=counts.get(k, 0))
        r += 1
    ws.cell(row=r, column=1, value="Total")
    ws.cell(row=r, column=2, value=sum(counts.values()))
    r += 2
    ws.cell(row=r, column=1, value="Note: where a revised target date has been agreed by the Improvement Board, progress is measured against the revised date.")
    for col, w in zip("ABCDEFGHI", [7, 38, 52, 30, 13, 13, 13, 13, 46]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Coventry City Council – internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
COV_TITLE = "Coventry City Council – Internal Audit Recommendations Tracker"

COVENTRY = [
    ("Payroll – Starters, Leavers and Variations 2024/25 (Limited assurance)", [
        ("Leavers must be processed before their final pay date to prevent overpayments.", [
            ("IA2425-07/1", "High",
             "Make the leaver checklist mandatory in the Oracle self-service workflow, with an automatic reminder to the manager five working days before the leaving date.",
             "Payroll & Pensions Manager", d(2025, 3, 31), d(2025, 12, 31), "In progress",
             "Workflow change built; awaiting Oracle release window in December."),
        ]),
        ("Overpayments should be recovered promptly and monitored.", [
            ("IA2425-07/2a", "Medium",
             "Produce a monthly overpayments report for the Head of HR Operations showing amounts raised, recovered and written off.",
             "Payroll & Pensions Manager", d(2025, 6, 30), None, "Implemented",
             "Report seen for July, August and September 2025. Closed."),
            ("IA2425-07/2b", "Medium",
             "Agree repayment plans in writing within 28 days of an overpayment being identified.",
             "HR Business Partners / Payroll Team Leader", d(2025, 6, 30), d(2025, 10, 31), "Overdue",
             "Sample of 10 cases: 6 had a written plan within 28 days. Escalated to Director of HR."),
        ]),
    ]),
    ("Fleet Management – Fuel Cards 2024/25 (Limited assurance)", [
        ("Fuel card transactions should be reconciled to vehicle mileage each month.", [
            ("IA2425-11/1", "High",
             "Introduce monthly exception reporting from the fuel card provider’s portal, with unexplained transactions referred to the relevant service manager within 10 working days.",
             "Fleet Manager", d(2025, 4, 30), d(2026, 1, 31), "In progress",
             "Telematics integration delayed; manual reconciliation in place as interim control."),
        ]),
        ("Fuel cards for disposed vehicles should be cancelled promptly.", [
            ("IA2425-11/3", "Low",
             "Cancel the 14 cards linked to disposed vehicles and add card cancellation to the vehicle disposal procedure.",
             "Fleet Manager", d(2025, 3, 31), None, "Implemented",
             "Cancellations confirmed by provider; procedure updated. Closed."),
        ]),
    ]),
    ("Adult Social Care – Direct Payments 2025/26 (Moderate assurance)", [
        ("Annual reviews of direct payment accounts should be completed and surplus balances reclaimed.", [
            ("IA2526-02/1", "Medium",
             "Complete the backlog of 212 direct payment account audits and reclaim surplus balances above eight weeks’ funding.",
             "Direct Payments Team Manager / Financial Assessments Manager", d(2026, 3, 31), None, "Not yet due",
             "71 audits completed to date."),
        ]),
        ("Direct payment agreements should be signed before payments begin.", [
            ("IA2526-02/2", "Medium",
             "Amend the ContrOCC payment authorisation step so that no first payment is released until a signed agreement has been uploaded.",
             "Head of Adult Social Care Finance", d(2025, 12, 31), None, "In progress",
             "System change specified and with the supplier."),
        ]),
    ]),
    ("ICT – Privileged Access Management 2024/25 (Limited assurance)", [
        ("Privileged accounts should be reviewed at least quarterly.", [
            ("IA2425-15/1", "High",
             "Implement quarterly recertification of all domain and application administrator accounts, signed off by the Head of ICT Infrastructure.",
             "Chief Information Officer", d(2025, 5, 31), d(2025, 8, 31), "Implemented",
             "Q1 and Q2 recertifications evidenced. Closed."),
        ]),
        ("Multi-factor authentication should be enforced for all remote administrative access.", [
            ("IA2425-15/2", "High",
             "Enforce multi-factor authentication on all remote administrative sessions, including third-party supplier access.",
             "Head of ICT Infrastructure", d(2025, 9, 30), None, "Overdue",
             "Two suppliers still connect without MFA; contract variations being negotiated."),
        ]),
    ]),
]

COV_RAG = {"Implemented": GREEN, "In progress": AMBER, "Overdue": RED, "Not yet due": None}


def make_coventry(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = COV_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position at 31 October 2025 – Audit and Procurement Committee, 24 November 2025"
    s["A4"] = "Agreed actions reported by priority"
    s["A4"].font = Font(bold=True)
    heads = ["Priority", "Implemented", "In progress", "Overdue", "Not yet due", "Total"]
    tally = {}
    for _, recs in COVENTRY:
        for _, acts in recs:
            for a in acts:
                tally.setdefault(a[1], {}).setdefault(a[6], 0)
                tally[a[1]][a[6]] += 1
    for j, h in enumerate(heads, 1):
        c = s.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    r = 6
    tot = [0, 0, 0, 0]
    for p in ["High", "Medium", "Low"]:
        vals = [tally.get(p, {}).get(k, 0) for k in heads[1:5]]
        tot = [a + b for a, b in zip(tot, vals)]
        for j, v in enumerate([p] + vals + [sum(vals)], 1):
            s.cell(row=r, column=j, value=v).border = BOX
        r += 1
    for j, v in enumerate(["Total"] + tot + [sum(tot)], 1):
        c = s.cell(row=r, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    r += 2
    s.cell(row=r, column=1, value="RAG key (Tracker sheet)").font = Font(bold=True)
    for i, (k, col, txt) in enumerate([
            ("", GREEN, "Implemented – verified by Internal Audit and closed"),
            ("", AMBER, "In progress – within the original or revised target date"),
            ("", RED, "Overdue – target date passed, not implemented"),
            ("", None, "No colour – not yet due")]):
        c = s.cell(row=r + 1 + i, column=1, value=None)
        if col:
            c.fill = fill(col)
        c.border = BOX
        s.cell(row=r + 1 + i, column=2, value=txt)
    s.column_dimensions["A"].width = 16
    s.column_dimensions["B"].width = 14

    ws = wb.create_sheet("Tracker")
    ws["A1"] = COV_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position at 31 October 2025 – Audit and Procurement Committee, 24 November 2025"
    ws.merge_cells("A2:J2")
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "Status", "RAG", "Internal Audit comment"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("305496")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for audit, recs in COVENTRY:
        ws.cell(row=r, column=1, value=audit).font = Font(bold=True)
        for j in range(1, 11):
            ws.cell(row=r, column=j).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec, acts in recs:
            first = r
            for (ref, pri, act, off, orig, rev, status, comm) in acts:
                vals = [ref, pri, None, act, off, orig, rev, status, None, comm]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if COV_RAG[status]:
                    ws.cell(row=r, column=9).fill = fill(COV_RAG[status])
                r += 1
            ws.cell(row=first, column=3, value=rec).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Note: all High and Medium priority actions are reported; Low priority actions are reported when implemented or more than six months overdue.")
    ws.cell(row=r + 1, column=1, value="Source: Internal Audit recommendation tracking database, extracted 03/11/2025.")
    for col, w in zip("ABCDEFGHIJ", [14, 10, 36, 52, 30, 12, 12, 13, 6, 44]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Northamptonshire Police – PEEL 2023–25 AFI improvement plan (xlsx)
# ---------------------------------------------------------------------------
NP_TITLE = "Northamptonshire Police – PEEL 2023–25 Areas for Improvement: Force Improvement Plan"

NPOLICE = [
    ("Investigating crime – Requires improvement", [
        ("Area for improvement 1: The force should make sure that investigations are effectively supervised and that supervisory reviews are recorded on Niche.", [
            ("1.1", "Introduce a supervisory review template on Niche with mandatory fields for the investigation plan, victim contact and next review date.",
             "DCI Sarah Whitmore", d(2025, 7, 31), "mmm-yy", BLUE,
             "Template live since 14 July 2025. Compliance 87% in August dip sample.", "EV-INV-014"),
            ("1.2", "Dip-sample 50 volume crime investigations each month through the Crime Standards Board and publish results by local policing area.",
             "Det Supt Mark Ellison", "Monthly", None, GREEN,
             "Dip samples completed June–September; results on the force intranet.", "EV-INV-015"),
        ]),
        ("Area for improvement 2: The force should improve its compliance with the Code of Practice for Victims of Crime, including recording victim needs assessments.", [
            ("2.1", "Deliver VCOP training to all response and investigation officers through the Learning Hub.",
             "Head of Learning and Development", d(2025, 10, 31), "dd/mm/yyyy", RED,
             "52% of officers trained. Abstraction pressures over summer; recovery plan to Chief Officer Group.", ""),
            ("2.2", "Add a VCOP compliance measure to the monthly Force Performance Board scorecard.",
             "Head of Performance and Analysis", "Q3 2025/26", None, GREEN,
             "Measure defined; first reported at October Board.", ""),
        ]),
    ]),
    ("Protecting vulnerable people – Adequate", [
        ("Area for improvement 3: The force should make sure it uses all available powers, including domestic violence protection notices and orders, to safeguard victims of domestic abuse.", [
            ("3.1", "Create a DVPN/DVPO decision log for duty inspectors, reviewed each day at the Daily Management Meeting.",
             "T/Supt Public Protection", d(2025, 9, 30), "mmm-yy", BLUE,
             "Decision log in use since 1 September. DVPN applications up 38% on the same period last year.", "EV-PVP-006"),
            ("3.2", "Review the use of Clare’s Law disclosures and set a 28-day target for completing ‘right to ask’ applications.",
             "DI Rachel Osei & Ch Insp Tom Hale", "End Jan 2026", None, AMBER,
             "Review under way; backlog of 64 applications being cleared.", ""),
        ]),
    ]),
    ("Developing a positive workplace – Requires improvement", [
        ("Area for improvement 4: The force should make sure it understands the wellbeing needs of its workforce and that officers and staff receive regular, meaningful performance development reviews.", [
            ("4.1", "Relaunch the PDR process with a 90% completion target, monitored through the People Board.",
             "Head of People Services", d(2026, 3, 31), "mmm-yy", AMBER,
             "Completion at 61%; new PDR app launched 1 October.", ""),
            ("4.2", "Commission the Oscar Kilo wellbeing survey and publish a force wellbeing action plan.",
             "ACC Local Policing", d(2025, 12, 31), "mmm-yy", None,
             "Not yet started – survey scheduled for November.", ""),
        ]),
    ]),
]


def make_npolice(path):
    wb = Workbook()
    g = wb.active
    g.title = "PEEL judgements"
    g["A1"] = "HMICFRS PEEL 2023–25 inspection of Northamptonshire Police – graded judgements (report published 5 February 2025)"
    g["A1"].font = Font(bold=True, size=12)
    grades = [("Core question", "Grade", "AFIs"),
              ("Police legitimacy", "Good", 0),
              ("Preventing crime", "Adequate", 0),
              ("Responding to the public", "Adequate", 0),
              ("Investigating crime", "Requires improvement", 2),
              ("Protecting vulnerable people", "Adequate", 1),
              ("Managing offenders", "Good", 0),
              ("Developing a positive workplace", "Requires improvement", 1),
              ("Leadership and force management", "Adequate", 0)]
    for i, row in enumerate(grades):
        for j, v in enumerate(row):
            c = g.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    g.cell(row=13, column=1, value="Total AFIs")
    g.cell(row=13, column=3, value=4)
    g.column_dimensions["A"].width = 36
    g.column_dimensions["B"].width = 22

    ws = wb.create_sheet("AFI Plan")
    ws["A1"] = NP_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Version 6 – update for the Police, Fire and Crime Commissioner’s Accountability Board, October 2025"
    ws.merge_cells("A2:G2")
    ws["A3"] = "BRAG key:"
    ws["A3"].font = Font(bold=True)
    for j, (t, col) in enumerate([("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER), ("Off track", RED)], 2):
        c = ws.cell(row=3, column=j, value=t)
        c.fill = fill(col)
        c.border = BOX
    heads = ["Ref", "Action", "Action owner", "Due", "BRAG", "Update (October 2025)", "Evidence / closure ref"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002060")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for band, afis in NPOLICE:
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True, color="FFFFFF")
        for j in range(1, 8):
            ws.cell(row=r, column=j).fill = fill("7F7F7F")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for afi, acts in afis:
            c = ws.cell(row=r, column=1, value=afi)
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            for j in range(1, 8):
                ws.cell(row=r, column=j).fill = fill("DEEAF6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            r += 1
            for (ref, act, owner, due, fmt, col, upd, ev) in acts:
                vals = [ref, act, owner, due, None, upd, ev or None]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if fmt:
                    ws.cell(row=r, column=4).number_format = fmt
                if col:
                    ws.cell(row=r, column=5).fill = fill(col)
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Actions marked complete are submitted to HMICFRS through the force liaison lead for closure of the AFI.")
    for col, w in zip("ABCDEFG", [8, 56, 26, 13, 8, 48, 14]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------

def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    lines = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    for ln in lines[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(ln)
        rr.bold = bold
        if size:
            rr.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Fife Council – Best Value thematic (workforce innovation) action plan (docx)
# ---------------------------------------------------------------------------
FIFE_TITLE = "Fife Council – Best Value Thematic Review 2023/24: Workforce Innovation Management Action Plan"

FIFE = [
    ("1. Workforce planning", [
        ("Recommendation 1: The council should update its strategic workforce plan so that it links service redesign, the medium-term financial strategy and projected workforce numbers, and sets measurable targets.", [
            ("1a", "Refresh the Strategic Workforce Plan 2025–2028, aligned to the Medium Term Financial Strategy and the Reform programme.",
             "Head of Human Resources", "March 2026", "Green",
             "Draft plan considered by the Corporate Leadership Team in August 2025."),
            ("1b", "Require each directorate to submit a service workforce plan using a common template, showing projected FTE for the next three years.",
             "HR Business Partners", "December 2025", "Amber",
             "Four of six directorates have submitted plans."),
        ]),
    ]),
    ("2. Digital technology and the workforce", [
        ("Recommendation 2: The council should assess the impact of its digital investment on workforce capacity, including the hours released, and report this to elected members.", [
            ("2a", "Develop a benefits realisation framework for the Digital Fife programme that records the staff hours released by each project.",
             "Head of Business Technology Solutions", "September 2025", "Complete",
             "Framework agreed by the Digital Board on 2 September 2025."),
            ("2b", "Report the workforce impact of digital projects to the Cabinet Committee each year.",
             "Head of Business Technology Solutions / Head of Human Resources", "June 2026", "Not started",
             "First annual report due June 2026."),
        ]),
    ]),
    ("3. Flexible working", [
        ("Recommendation 3: The council should evaluate its hybrid working arrangements, including their effect on productivity and staff wellbeing.", [
            ("3a", "Carry out a staff survey on hybrid working and analyse the results by service and grade.",
             "Service Manager, Organisational Development", "October 2025", "Complete",
             "Survey closed 30 September; 3,412 responses."),
            ("3b", "Use the survey findings to review the Hybrid Working Policy jointly with the trade unions.",
             "Head of Human Resources", "31 March 2026", "Green",
             "Joint working group to meet from November."),
        ]),
    ]),
    ("4. Growing and developing the workforce", [
        ("Recommendation 4: The council should develop a clear approach to growing its own workforce for hard-to-fill roles, including apprenticeships and career-change routes.", [
            ("4a", "Expand the Modern Apprenticeship programme into social care, planning and building standards, with 40 new starts in 2025/26.",
             "Employability Manager; Service Manager (Learning and Development)", "March 2026", "Red",
             "17 starts to date; funding for 23 further places not yet confirmed."),
        ]),
        ("Recommendation 5: The council should monitor the impact of its leadership development programme on the retention of senior staff.", [
            ("5a", "Add retention and internal promotion measures for programme participants to the quarterly HR dashboard.",
             "Head of Human Resources", "December 2025", "Green",
             "Measures defined; data extract being tested."),
        ]),
    ]),
]


def make_fife(path):
    doc = Document()
    p = doc.add_paragraph("Fife Council")
    p.runs[0].bold = True
    doc.add_heading(FIFE_TITLE, level=0)
    doc.add_paragraph(
        "This action plan responds to the recommendations in the external auditor’s report on the Best Value "
        "thematic review of workforce innovation, which was presented to the Standards, Audit and Risk Committee "
        "in November 2024. Progress is reported to the Committee every six months.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "2.1"), ("Date", "23 September 2025"),
                                ("Prepared by", "Policy Officer, Chief Executive’s Service"),
                                ("Reported to", "Standards, Audit and Risk Committee – 9 October 2025")]):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action delivered; Green – on target; Amber – minor slippage, "
                      "expected to recover; Red – significant slippage or at risk; Not started – not yet due to start.")
    heads = ["Ref", "Agreed management action", "Responsible officer", "Target date", "Status", "Progress at September 2025"]
    for section, recs in FIFE:
        doc.add_heading(section, level=2)
        n = 1 + sum(1 + len(a) for _, a in recs)
        t = doc.add_table(rows=n, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "BDD7EE")
        r = 1
        for rec, acts in recs:
            m = t.cell(r, 0).merge(t.cell(r, 5))
            set_cell(m, rec, bold=True)
            shade(m, "F2F2F2")
            r += 1
            for (ref, act, lead, tgt, status, prog) in acts:
                for j, v in enumerate([ref, act, lead, tgt, status, prog]):
                    set_cell(t.cell(r, j), v)
                r += 1
        doc.add_paragraph()
    doc.add_paragraph("Actions marked Complete will be removed from the next update once the external auditor has confirmed closure.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Swansea Council – CIW adult services performance evaluation inspection (docx)
# ---------------------------------------------------------------------------
SWANSEA_TITLE = "Swansea Council – Adult Services Performance Evaluation Inspection Action Plan"

SWANSEA = [
    ("Principle 1: People – voice and control", [
        ("Ensure people’s views and personal outcomes are consistently recorded in assessments and care and support plans.", [
            ("1.1", "Revise the ‘What matters’ assessment template in WCCIS so that personal outcomes are a mandatory field.",
             "Rachel Powell", "June 2025", BLUE),
            ("1.2", "Carry out a quarterly audit of 30 care and support plans, reporting findings to the Adult Services Quality Assurance Group.",
             "Principal Social Worker", "Quarterly", GREEN),
        ]),
        ("Strengthen the Welsh language ‘Active Offer’ at the first point of contact.", [
            ("1.3", "Record language preference at the Common Access Point and allocate Welsh-speaking staff where requested.",
             "Gareth Lewis", "September 2025", GREEN),
        ]),
    ]),
    ("Principle 2: Prevention", [
        ("Reduce waiting times for occupational therapy assessments and equipment.", [
            ("2.1", "Introduce trusted assessor training so reablement staff can prescribe minor equipment.\nExtend the pilot to the Local Area Coordination team from October 2025.",
             "Rachel Powell and Owen Davies", "Q3 2025-26", AMBER),
        ]),
        ("Ensure carers are offered, and receive, a timely carer’s needs assessment.", [
            ("2.2", "Commission a third-sector partner to carry out carers’ needs assessments on the council’s behalf.",
             "Head of Commissioning", "April 2025 – March 2026", RED),
        ]),
    ]),
    ("Principle 3: Well-being", [
        ("Improve the timeliness of adult safeguarding enquiries and the recording of management oversight.", [
            ("3.1", "Introduce a seven-day target for initial safeguarding decisions, monitored weekly by the Safeguarding Team Manager.",
             "Safeguarding Team Manager", "31/07/2025", BLUE),
            ("3.2", "Audit management oversight on a sample of closed enquiries and share the learning at the West Glamorgan Safeguarding Board.",
             "Head of Adult Services", "Ongoing", GREEN),
        ]),
    ]),
    ("Principle 4: Partnerships and integration", [
        ("Work with Swansea Bay University Health Board to reduce delays in hospital discharge for people awaiting domiciliary care.", [
            ("4.1", "Agree a joint discharge-to-recover-then-assess pathway with the Health Board and monitor delays through the Regional Partnership Board.",
             "Owen Davies / Health Board Director of Operations", "December 2025", AMBER),
            ("4.2", "Expand the in-house Bridging Service by 1,200 hours a week.",
             "Head of Integrated Services", "March 2026", None),
        ]),
    ]),
]


def make_swansea(path):
    doc = Document()
    doc.add_heading(SWANSEA_TITLE, level=0)
    doc.add_paragraph("Care Inspectorate Wales (CIW) performance evaluation inspection of adult services: 14–18 October 2024. "
                      "Inspection report published 16 January 2025.")
    doc.add_paragraph("This plan sets out how we will respond to the areas for improvement identified by CIW. "
                      "It is monitored by the Adult Services Improvement Board and reported to the Scrutiny Performance Panel – Adult Services.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Prepared by", "Adult Services Improvement Manager"),
                                ("Approved by", "Director of Social Services"),
                                ("Date of this version", "30 September 2025")]):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)
    doc.add_paragraph()
    doc.add_paragraph("RAG rating key")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (col, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                    (AMBER, "Some delay – action being taken"), (RED, "Significant delay / at risk")]):
        shade(k.cell(i, 0), col)
        set_cell(k.cell(i, 1), txt)
    doc.add_paragraph()
    heads = ["No.", "Area for improvement (CIW)", "Action", "Lead", "Timescale", "RAG"]
    n = 1 + sum(1 + sum(len(a) for _, a in afis) for _, afis in SWANSEA)
    t = doc.add_table(rows=n, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "C00000")
    r = 1
    for principle, afis in SWANSEA:
        m = t.cell(r, 0).merge(t.cell(r, 5))
        set_cell(m, principle, bold=True)
        shade(m, "D9E2F3")
        r += 1
        for afi, acts in afis:
            first = r
            for (ref, act, lead, when, col) in acts:
                set_cell(t.cell(r, 0), ref)
                set_cell(t.cell(r, 2), act)
                set_cell(t.cell(r, 3), lead)
                set_cell(t.cell(r, 4), when)
                if col:
                    shade(t.cell(r, 5), col)
                r += 1
            if r - 1 > first:
                mc = t.cell(first, 1).merge(t.cell(r - 1, 1))
            else:
                mc = t.cell(first, 1)
            set_cell(mc, afi)
    doc.add_paragraph()
    doc.add_heading("Glossary", level=2)
    gl = doc.add_table(rows=4, cols=2)
    gl.style = "Table Grid"
    for i, (a, b) in enumerate([("WCCIS", "Welsh Community Care Information System"),
                                ("CAP", "Common Access Point"),
                                ("RPB", "West Glamorgan Regional Partnership Board"),
                                ("OT", "Occupational therapy")]):
        set_cell(gl.cell(i, 0), a, bold=True)
        set_cell(gl.cell(i, 1), b)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Islington Council – RSH consumer standards improvement plan (csv, refuse)
# ---------------------------------------------------------------------------
ISLINGTON_ROWS = [
    ["Islington Council – Housing Improvement Plan: Regulator of Social Housing Consumer Standards"],
    ["Regulatory judgement C3 published 12 February 2025 – progress to 30 June 2025"],
    [],
    ["Standard", "Ref", "What the regulator found", "Action", "Lead officer", "Target date", "RAG", "Progress update"],
    ["Safety and Quality Standard", "SQ1",
     "Around 1,900 homes did not have an in-date electrical installation condition report (EICR).",
     "Complete the EICR programme for all outstanding homes, prioritising households with vulnerable residents.",
     "Head of Building Safety", "Mar-2026", "Amber", "1,214 of 1,903 EICRs completed at 30 June."],
    ["", "SQ2", "More than 3,000 fire risk assessment actions were overdue.",
     "Clear all overdue high-risk fire risk assessment actions and report weekly to the Building Safety Board.",
     "Head of Building Safety / Fire Safety Manager", "Sep-2025", "Green", "High-risk actions reduced from 412 to 96."],
    ["", "SQ3", "The council did not have stock condition data for around 40% of its homes.",
     "Commission a stock condition survey of 10,000 homes over two years and load the results into the asset management system.",
     "Director of Housing Property Services", "Mar-2027", "Green", "Contract awarded; 1,150 surveys completed."],
    ["", "SQ4", "Reports of damp and mould were not always inspected promptly.",
     "Introduce a 10 working day inspection target for all damp and mould reports, in line with Awaab’s Law.",
     "Repairs Service Manager", "0ct-2025", "Red", "Average time to inspect is 17 working days."],
    ["Transparency, Influence and Accountability Standard", "TIA1",
     "Tenant satisfaction measures for 2023/24 were not published on time.",
     "Publish the 2024/25 tenant satisfaction measures with a plain-English summary for tenants.",
     "Head of Resident Engagement", "Sep-2025", "Green", "Data validated; summary with the design team."],
    ["", "TIA2", "Tenants have limited opportunities to scrutinise the landlord service.",
     "Set up a Tenant Scrutiny Panel with terms of reference agreed by residents.",
     "Head of Resident Engagement", "Dec-2025", "Amber", "Recruitment to the panel is slower than planned (6 of 12 places filled)."],
    ["Neighbourhood and Community Standard", "NC1",
     "Anti-social behaviour cases were not consistently risk assessed.",
     "Implement a new ASB case management module with a risk assessment at first contact.",
     "ASB Manager", "Jan-2026", "Green", "Module configured; training booked for November."],
    [],
    ["RAG key: Green – on track; Amber – at risk; Red – off track; Blue – complete"],
]


def make_islington(path):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for row in ISLINGTON_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Rhondda Cynon Taf CBC – Audit Wales recommendations tracker (txt, tab-separated)
# ---------------------------------------------------------------------------
RCT_TITLE = "Rhondda Cynon Taf County Borough Council – Audit Wales Recommendations Progress Tracker"

RCT = [
    ("Digital Strategy Review (Audit Wales, November 2023)", [
        ("R1 The Council should set out how it will resource its digital strategy, including the skills and funding needed to deliver it.", [
            ("DS1.1", "Produce a costed delivery plan for the Digital Strategy 2024–2027 and present it to Cabinet.",
             "Director of Digital Services", "31/03/2025", "Complete", "Delivery plan approved by Cabinet on 20 March 2025."),
            ("DS1.2", "Complete a digital skills assessment across the workforce and build the results into the Workforce Plan.",
             "Head of HR / Director of Digital Services", "30/09/2025", "Amber", "Assessment 70% complete; schools staff still to be surveyed."),
        ]),
        ("R2 The Council should strengthen how it involves residents in the design of digital services.", [
            ("DS2.1", "Establish a citizen digital panel and test new online forms with users before they go live.",
             "Customer Services Manager", "Dec-25", "Green", "Panel of 48 residents recruited; first testing session held in July."),
        ]),
    ]),
    ("Use of performance information: service user perspective and outcomes (Audit Wales, March 2023)", [
        ("R1 The Council should strengthen the information provided to senior leaders to help them understand how well services and policies meet the needs of service users.", [
            ("PI1.1", "Include service user feedback measures in the quarterly performance reports to Cabinet and Scrutiny.",
             "Performance Manager", "June 2024", "Complete", "Included from the Q1 2024/25 report onwards."),
        ]),
        ("R2 The Council should improve the quality of the data it relies on to understand the outcomes of its services.", [
            ("PI2.1", "Develop a data quality framework with a named data owner for each corporate performance indicator.",
             "Performance Manager", "Q4 2025/26", "Red", "Work paused during the finance system replacement; to restart October 2025."),
        ]),
    ]),
    ("Setting of well-being objectives (Audit Wales, January 2024)", [
        ("R1 The Council should involve a wider range of stakeholders when it next sets its well-being objectives.", [
            ("WB1.1", "Prepare an engagement plan for the 2026 review of well-being objectives that reaches the full diversity of the population, including children and young people.",
             "Head of Policy and Consultation", "Ongoing", "Green", "Engagement plan drafted with the Youth Forum and Older People’s Advisory Group."),
            ("WB1.2", "Report to the Governance and Audit Committee on how stakeholder views shaped the revised objectives.",
             "Head of Policy and Consultation", "Mar-26", "", ""),
        ]),
    ]),
]


def rct_lines():
    cols = 7
    out = [RCT_TITLE,
           "Position as at 31 August 2025 (Governance and Audit Committee, 22 September 2025)",
           "",
           "\t".join(["Ref", "Recommendation", "Council action", "Responsible officer", "Target date", "RAG", "Progress commentary"])]
    for report, recs in RCT:
        out.append(report + "\t" * (cols - 1))
        for rec, acts in recs:
            for i, (ref, act, off, tgt, rag, prog) in enumerate(acts):
                out.append("\t".join([ref, rec if i == 0 else "", act, off, tgt, rag, prog]))
    out += ["",
            "RAG key: Complete – action delivered; Green – on track; Amber – minor delay; Red – significant delay or at risk",
            "Exported from the Council’s performance management system on 01/09/2025."]
    return out


def make_rct(path):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(rct_lines()) + "\r\n")


FILES = {
    "fc2-trafford-council-asc-cqc-assessment-improvement-plan.xlsx": make_trafford,
    "fc2-coventry-city-council-internal-audit-recommendations-tracker.xlsx": make_coventry,
    "fc2-northamptonshire-police-peel-2023-25-afi-improvement-plan.xlsx": make_npolice,
    "fc2-fife-council-best-value-workforce-innovation-action-plan.docx": make_fife,
    "fc2-swansea-council-ciw-adult-services-performance-evaluation-action-plan.docx": make_swansea,
    "fc2-islington-council-rsh-consumer-standards-improvement-plan-typo-month-refuse.csv": make_islington,
    "fc2-rhondda-cynon-taf-cbc-audit-wales-recommendations-tracker.txt": make_rct,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
