"""Build the seven ka2- blind test files (set heldout321).

Run with: /work/main/.venv/bin/python ka2_make.py
Writes the data files beside this script.  Each action record carries both what is
written in the file (ref/action/lead/end cells) and the reading a person makes of it
(x_lead, x_end, x_end_text, x_status), from which the .expected.yaml files were written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
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
    "blue": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


def A(ref, action, lead, end, status, x_lead, x_end, x_status, x_end_text=None, **extra):
    d = dict(ref=ref, action=action, lead=lead, end=end, status=status,
             x_lead=x_lead, x_end=x_end, x_status=x_status, x_end_text=x_end_text)
    d.update(extra)
    return d


# ---------------------------------------------------------------------------
# 1. Bristol City Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
BRISTOL_FILE = "ka2-bristol-city-council-asc-cqc-assessment-improvement-plan.xlsx"
BRISTOL_TITLE = "Adult Social Care: CQC Local Authority Assessment Improvement Plan 2025–26"
BRISTOL = [
    ("Theme 1: Working with people", [
        ("Assessing needs", [
            A("1.1",
              "Clear the backlog of people waiting more than 28 days for a Care Act assessment through a dedicated assessment hub and weekly waiting-list oversight.",
              "Head of Adult Social Care Operations", dt.date(2026, 3, 31), "amber",
              ["Head of Adult Social Care Operations"], "2026-03", "amber",
              measure="No one waiting over 28 days for assessment; median wait under 14 days",
              progress="Hub live since June. Waiting list down from 1,140 to 610; recruitment to two senior practitioner posts delayed."),
            A("1.2",
              "Introduce a ‘waiting well’ contact for everyone on the assessment waiting list, with a check-in call at least every six weeks.",
              "Principal Social Worker / Head of Adult Social Care Operations", dt.date(2025, 12, 31), "green",
              ["Principal Social Worker", "Head of Adult Social Care Operations"], "2025-12", "green",
              measure="100% of people waiting have a recorded contact in the last six weeks",
              progress="Script and recording template agreed. Calls started in the north locality in August."),
        ]),
        ("Equity in experience and outcomes", [
            A("1.3",
              "Co-produce a community engagement plan with Black, Asian and minoritised ethnic communities to improve take-up of carers’ assessments.",
              "Carers Lead; Equality, Diversity and Inclusion Manager", "Q4 2025/26", "green",
              ["Carers Lead", "Equality, Diversity and Inclusion Manager"], "2026-03", "green",
              measure="Carers’ assessments for people from minoritised communities up 20% on 2024/25",
              progress="Three community sessions held with Bristol Black Carers and Ashley Community Housing."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("Care provision, integration and continuity", [
            A("2.1",
              "Refresh the Market Position Statement and commission additional nursing dementia beds in the north of the city.",
              "Head of Commissioning (Adults)", "31/03/2026", "amber",
              ["Head of Commissioning (Adults)"], "2026-03", "amber",
              measure="MPS published; 30 additional nursing dementia beds contracted",
              progress="MPS draft with providers for comment. Capital bid for beds not yet approved."),
            A("2.2",
              "Recommission the home care framework on a geographical ‘patch’ model to reduce unmet hours of care.\nPhase 1: north and east localities.",
              "Head of Commissioning (Adults)", dt.date(2026, 6, 30), "green",
              ["Head of Commissioning (Adults)"], "2026-06", "green",
              measure="Unmet hours of home care below 500 per week",
              progress="Tender published 1 September; evaluation in November."),
        ]),
        ("Partnerships and communities", [
            A("2.3",
              "Agree a joint discharge to assess model with the ICB and Sirona care & health, with shared performance reporting to the Better Care Fund board.",
              "Director of Adult Social Care / ICB Director of Integrated Care", dt.date(2025, 9, 30), "blue",
              ["Director of Adult Social Care", "ICB Director of Integrated Care"], "2025-09", "blue",
              measure="Single D2A model signed off by the Health and Wellbeing Board",
              progress="Model agreed at BCF board 18 September 2025. Reporting now monthly."),
        ]),
    ]),
    ("Theme 3: How the local authority ensures safety within the system", [
        ("Safe pathways, systems and transitions", [
            A("3.1",
              "Implement a preparing for adulthood pathway for young people from age 14, jointly owned with Children’s Services.",
              "Head of Preparing for Adulthood", dt.date(2026, 1, 31), "green",
              ["Head of Preparing for Adulthood"], "2026-01", "green",
              measure="All young people open to the transitions team have an adult care plan by 17½",
              progress="Joint protocol signed by both Directors. Tracker of 14–17 year olds in place."),
        ]),
        ("Safeguarding", [
            A("3.2",
              "Reduce the number of open safeguarding concerns awaiting triage to under 50 and hold it there for three consecutive months.",
              "Head of Safeguarding Adults", dt.date(2025, 11, 30), "red",
              ["Head of Safeguarding Adults"], "2025-11", "red",
              measure="Under 50 concerns awaiting triage at month end",
              progress="Concerns awaiting triage rose to 212 in August after a spike in provider concerns. Escalated to Improvement Board."),
            A("3.3",
              "Deliver Making Safeguarding Personal refresher training to all practitioners and audit 40 enquiries a quarter.",
              "Head of Safeguarding Adults / Principal Social Worker", "Ongoing", "green",
              ["Head of Safeguarding Adults", "Principal Social Worker"], None, "green", x_end_text="Ongoing",
              measure="85% of enquiries audited show the person’s outcomes were asked and recorded",
              progress="Q1 audit: 78% met the standard. Training dates booked to March."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Governance, management and sustainability", [
            A("4.1",
              "Publish a performance framework and monthly dashboard for the ASC Improvement Board, including people’s experience measures.",
              "Head of Performance and Intelligence", dt.date(2025, 7, 31), "blue",
              ["Head of Performance and Intelligence"], "2025-07", "blue",
              measure="Dashboard used at every Improvement Board",
              progress="Complete – dashboard in use since July board."),
        ]),
        ("Learning, improvement and innovation", [
            A("4.2",
              "Embed a quarterly practice audit cycle with learning shared through ‘Practice Week’ events.",
              "Principal Social Worker", dt.date(2026, 3, 31), None,
              ["Principal Social Worker"], "2026-03", "unrated",
              measure="Four audit cycles completed and two Practice Weeks held",
              progress="Not yet started – first cycle scheduled for January 2026."),
        ]),
    ]),
]


def build_bristol(path):
    wb = Workbook()
    # Cover / document control
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = BRISTOL_TITLE
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Bristol City Council – Adults and Communities Directorate"
    cv["A4"] = "Plan owner"
    cv["B4"] = "Executive Director: Adults and Communities"
    cv["A5"] = "Reports to"
    cv["B5"] = "ASC Improvement Board (monthly); Adults and Communities Scrutiny Commission (quarterly)"
    cv["A6"] = "CQC assessment report published"
    cv["B6"] = "28 March 2025 – overall rating: Requires improvement"
    cv["A8"] = "Document control"
    cv["A8"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for c, h in enumerate(hdr, 1):
        cell = cv.cell(row=9, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9D9D9")
        cell.border = BOX
    rows = [
        ("1.0", "14/04/2025", "ASC Improvement Programme Manager", "First draft following publication of the CQC report"),
        ("2.0", "02/06/2025", "ASC Improvement Programme Manager", "Approved by ASC Leadership Team and Cabinet Member"),
        ("2.1", "30/09/2025", "ASC Improvement Programme Manager", "Quarter 2 progress update and RAG review"),
    ]
    for r, row in enumerate(rows, 10):
        for c, v in enumerate(row, 1):
            cell = cv.cell(row=r, column=c, value=v)
            cell.border = BOX
    cv.column_dimensions["A"].width = 32
    cv.column_dimensions["B"].width = 60
    cv.column_dimensions["C"].width = 34
    cv.column_dimensions["D"].width = 50

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by theme and RAG – September 2025"
    sm["A1"].font = Font(bold=True, size=12)
    heads = ["Theme", "Actions", "Complete", "Green", "Amber", "Red", "Not rated"]
    for c, h in enumerate(heads, 1):
        cell = sm.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    r = 4
    tot = [0] * 6
    for theme, groups in BRISTOL:
        acts = [a for _, al in groups for a in al]
        counts = [len(acts)] + [sum(1 for a in acts if a["x_status"] == k)
                                for k in ("blue", "green", "amber", "red", "unrated")]
        sm.cell(row=r, column=1, value=theme).border = BOX
        for c, v in enumerate(counts, 2):
            sm.cell(row=r, column=c, value=v).border = BOX
        tot = [t + v for t, v in zip(tot, counts)]
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c, v in enumerate(tot, 2):
        cell = sm.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    sm.column_dimensions["A"].width = 62

    # Action plan
    ws = wb.create_sheet("Action Plan")
    ncol = 7
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = BRISTOL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Progress position: 30 September 2025"
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    key = [("Complete", "blue"), ("On track", "green"), ("At risk – mitigation in place", "amber"),
           ("Off track – escalated to Improvement Board", "red")]
    for c, (label, col) in enumerate(key, 2):
        cell = ws.cell(row=3, column=c, value=label)
        cell.fill = fill(FILL[col])
        cell.font = Font(color="FFFFFF" if col in ("blue", "red") else "000000", bold=True)
    heads = ["Ref", "Action", "What success looks like", "Lead", "Target date",
             "Progress update (September 2025)", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    for theme, groups in BRISTOL:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        cell = ws.cell(row=r, column=1, value=theme)
        cell.font = Font(bold=True, color="FFFFFF", size=12)
        cell.fill = fill("2E75B6")
        r += 1
        for qs, acts in groups:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            cell = ws.cell(row=r, column=1, value=qs)
            cell.font = Font(bold=True, italic=True)
            cell.fill = fill("DEEAF6")
            r += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["measure"], a["lead"], a["end"], a["progress"], None]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.border = BOX
                    cell.alignment = WRAP
                    if c == 5 and isinstance(v, dt.date):
                        cell.number_format = "mmm-yy"
                if a["status"]:
                    ws.cell(row=r, column=7).fill = fill(FILL[a["status"]])
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: RAG ratings are agreed at the monthly ASC Improvement Board. "
            "Actions closed as complete remain on the plan until the next quarterly review.").font = Font(italic=True)
    widths = [7, 60, 40, 34, 12, 60, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"
    wb.active = 2
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Gosport Borough Council - internal audit tracker (xlsx) - REFUSE
# ---------------------------------------------------------------------------
GOSPORT_FILE = "ka2-gosport-bc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
GOSPORT_TITLE = "Gosport Borough Council – Internal Audit Follow-up of Agreed Recommendations"
GOSPORT = [
    ("Procurement and Contract Management 2024/25", "Limited", [
        ("PCM1", "High", "Maintain a single contracts register covering all contracts over £5,000, with named contract managers, and publish it quarterly as required by the Transparency Code.",
         "Head of Finance", dt.date(2025, 3, 31), "Jun-2025", "Implemented",
         "Register published on website 27 June 2025."),
        ("PCM2", "Medium", "Issue a reminder to all budget holders that waivers of Contract Standing Orders must be approved before the order is placed, and report waivers to the Sub Board annually.",
         "Borough Solicitor", dt.date(2025, 4, 30), "", "Implemented", "Reminder issued 14 April 2025."),
        ("PCM3", "Medium", "Provide contract management training for officers managing contracts over £100,000.",
         "Procurement Manager", dt.date(2025, 9, 30), "Mar-2026", "In progress",
         "Training provider identified; sessions planned for February."),
    ]),
    ("Housing Rents and Arrears 2024/25", "Reasonable", [
        ("HRA1", "Medium", "Reconcile the rent account to the general ledger monthly, with evidence of independent review.",
         "Revenues and Benefits Manager", dt.date(2025, 6, 30), "", "Implemented", "Monthly reconciliations evidenced from May 2025."),
        ("HRA2", "Low", "Update the rent arrears procedure to reflect the pre-action protocol for possession claims.",
         "Housing Income Manager", dt.date(2025, 8, 31), "Dec-2025", "In progress", "Draft procedure with Legal for review."),
    ]),
    ("Cyber Security 2023/24", "Limited", [
        ("CS1", "High", "Enforce multi-factor authentication for all remote access and Microsoft 365 accounts, including members.",
         "Head of ICT", dt.date(2024, 9, 30), "Mar-2025", "Implemented", "MFA enforced for all accounts March 2025."),
        ("CS2", "High", "Test the ICT disaster recovery plan, including restore from offline backups, and report the results to the Corporate Management Team.",
         "Head of ICT", dt.date(2024, 12, 31), "Jun-2O25", "Overdue",
         "Test postponed twice due to server migration; no new date yet agreed with the CIA."),
        ("CS3", "Medium", "Complete annual cyber awareness training for all staff and councillors, with completion reported quarterly.",
         "Head of ICT / Head of HR", dt.date(2025, 3, 31), "Nov-2025", "In progress", "82% staff, 61% members completed."),
    ]),
    ("Car Parking Income 2024/25", "Substantial", [
        ("CPI1", "Low", "Review cash collection contract KPIs with the supplier at quarterly contract meetings.",
         "Parking Services Manager", dt.date(2025, 12, 31), "", "Not yet due", ""),
    ]),
]


def build_gosport(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Follow-up"
    ncol = 10
    ws["A1"] = GOSPORT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 30 September 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Report of the Chief Internal Auditor to the Standards & Audit Sub Board, 13 November 2025"
    heads = ["Audit / Assurance", "Rec ref", "Priority", "Agreed management action", "Responsible officer",
             "Original due date", "Revised due date", "Status", "Latest update", "Days overdue"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    refuse_row = None
    for audit, assurance, recs in GOSPORT:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(row=r, column=1, value=f"{audit} – {assurance} assurance").font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("F2F2F2")
        r += 1
        for ref, pri, act, officer, orig, rev, status, upd in recs:
            vals = [None, ref, pri, act, officer, orig, rev or None, status, upd or None, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if c == 6:
                    cell.number_format = "dd/mm/yyyy"
            if status == "Overdue":
                ws.cell(row=r, column=10, value=92)  # days past the revised date (30/06/2025)
            if "O2" in rev:
                refuse_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Priority: High – fundamental control weakness; Medium – significant weakness; Low – minor, good practice.").font = Font(italic=True)
    widths = [22, 8, 9, 60, 26, 12, 12, 12, 45, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of recommendations followed up"
    sm["A1"].font = Font(bold=True)
    heads = ["Priority", "Implemented", "In progress", "Overdue", "Not yet due", "Total"]
    for c, h in enumerate(heads, 1):
        sm.cell(row=3, column=c, value=h).font = Font(bold=True)
    allrecs = [x for _, _, recs in GOSPORT for x in recs]
    rr = 4
    for p in ("High", "Medium", "Low"):
        ps = [x for x in allrecs if x[1] == p]
        vals = [p] + [sum(1 for x in ps if x[6] == s) for s in ("Implemented", "In progress", "Overdue", "Not yet due")] + [len(ps)]
        for c, v in enumerate(vals, 1):
            sm.cell(row=rr, column=c, value=v)
        rr += 1
    sm.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    for c in range(2, 7):
        sm.cell(row=rr, column=c, value=sum(sm.cell(row=i, column=c).value for i in range(4, rr)))
    wb.save(path)
    return refuse_row


# ---------------------------------------------------------------------------
# 3. Devon & Somerset FRS - HMICFRS misconduct recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
DSFRS_FILE = "ka2-devon-and-somerset-fire-rescue-service-hmicfrs-standards-of-behaviour-recommendations-tracker.xlsx"
DSFRS_TITLE = ("HMICFRS Standards of behaviour: the handling of misconduct in fire and rescue services "
               "(August 2024) – Recommendations tracker")
D = dt.date
DSFRS = [
    ("1. The culture in fire and rescue services", [
        ("Recommendation 1 – By 1 February 2025, chief fire officers should make sure, as a priority, that staff know and follow the Core Code of Ethics, and that the code is built into all relevant policies and practices.", [
            A("1.1", "Map every People policy against the Core Code of Ethics and amend any policy that does not reference it.",
              "Head of People Services", (D(2025, 2, 1), D(2025, 6, 30)), ("A", "B"),
              ["Head of People Services"], "2025-06", "blue",
              note="All 34 People policies reviewed; 11 amended and approved at SLT 24 June 2025."),
            A("1.2", "Run Code of Ethics workshops for all watch and crew managers, including on-call stations.",
              "Area Manager – Service Delivery", (D(2026, 3, 31), None), ("G", "G"),
              ["Area Manager – Service Delivery"], "2026-03", "green",
              note="58 of 85 stations covered by December 2025."),
        ]),
        ("Recommendation 2 – By 1 February 2025, chief fire officers should have a probation policy in place which makes clear that a probationer who does not meet the standards of behaviour in the Core Code of Ethics can be dismissed straight away.", [
            A("2.1", "Revise the probationary policy so that a probationer who breaches the Code can be dismissed without extending probation.",
              "Head of People Services / Head of Legal Services", (D(2025, 2, 1), D(2025, 9, 30)), ("A", "B"),
              ["Head of People Services", "Head of Legal Services"], "2025-09", "blue",
              note="Policy agreed with representative bodies and published September 2025."),
        ]),
        ("Recommendation 3 – By 1 May 2025, chief fire officers should make sure staff can be moved between watches and stations when needed, and that firefighters who are promoted move to a different watch or station.", [
            A("3.1", "Amend the promotion procedure so that newly promoted crew and watch managers are posted away from their current watch, with any exception recorded and risk-assessed.",
              "Area Manager – Response", (D(2025, 5, 1), D(2026, 4, 30)), ("A", "A"),
              ["Area Manager – Response"], "2026-04", "amber",
              note="Consultation with FBU ongoing. Interim arrangement: exceptions signed off by Area Manager."),
        ]),
    ]),
    ("2. Raising concerns and reporting misconduct", [
        ("Recommendation 4 – By 1 February 2025, chief fire officers should make sure their service has access to a professional standards function to handle misconduct cases.", [
            A("4.1", "Establish a Professional Standards Unit with a dedicated investigations manager.",
              "Director of Corporate Services", (D(2025, 2, 1), D(2025, 12, 31)), ("A", "B"),
              ["Director of Corporate Services"], "2025-12", "blue",
              note="Unit operational from 1 December 2025; investigations manager in post."),
            A("4.2", "Agree a collaboration with Dorset & Wiltshire FRS for independent investigators in gross misconduct cases.",
              "Director of Corporate Services", (D(2025, 6, 30), D(2026, 3, 31)), ("A", "R"),
              ["Director of Corporate Services"], "2026-03", "red",
              note="Draft agreement not yet accepted by partner service. Escalated to SLT January 2026."),
        ]),
        ("Recommendation 5 – By 1 February 2025, chief fire officers should make sure staff have a confidential and independent way to raise concerns.", [
            A("5.1", "Launch an independent confidential reporting line available 24/7 to all staff, including those who have left the Service in the last 12 months.",
              "Head of Organisational Development", (D(2025, 2, 1), None), ("G", "B"),
              ["Head of Organisational Development"], "2025-02", "blue",
              note="Safecall line launched 27 January 2025."),
            A("5.2", "Publish a quarterly anonymised summary of concerns raised and outcomes on the staff intranet.",
              "Head of Organisational Development", ("Quarterly", None), ("G", "G"),
              ["Head of Organisational Development"], None, "green", x_end_text="Quarterly",
              note="Q2 and Q3 summaries published."),
        ]),
    ]),
    ("3. Managing misconduct cases", [
        ("Recommendation 6 – By 1 May 2025, chief fire officers should make sure everyone who investigates misconduct has had suitable training.", [
            A("6.1", "Train all managers who investigate misconduct on a nationally recognised investigation course and keep a register of trained investigators.",
              "Head of People Services", (D(2025, 5, 1), D(2026, 1, 31)), ("A", "A"),
              ["Head of People Services"], "2026-01", "amber",
              note="22 of 30 investigators trained. Final cohort booked for January."),
        ]),
        ("Recommendation 7 – By 1 August 2025, fire and rescue authorities should make sure they receive enough information to scrutinise how misconduct is handled in their service.", [
            A("7.1", "Provide the Fire Authority’s People Committee with a six-monthly misconduct report covering case numbers, timeliness and outcomes.",
              "Chief Fire Officer; Clerk to the Authority", (D(2025, 7, 31), None), (None, "B"),
              ["Chief Fire Officer", "Clerk to the Authority"], "2025-07", "blue",
              note="First report to People Committee July 2025; next due January 2026."),
        ]),
    ]),
]
RAG_LETTER_FILL = {"G": "green", "A": "amber", "R": "red", "B": "blue"}


def build_dsfrs(path):
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Devon & Somerset Fire & Rescue Service"
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = DSFRS_TITLE
    ov["A2"].font = Font(bold=True)
    ov["A4"] = "RAG key"
    ov["A4"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidence held"),
           ("G", "On track to deliver by the due date"),
           ("A", "Some slippage – revised date agreed by SLT"),
           ("R", "Off track – escalated to Service Leadership Team")]
    for i, (k, txt) in enumerate(key, 5):
        ov.cell(row=i, column=1, value=k).fill = fill(FILL[RAG_LETTER_FILL[k]])
        ov.cell(row=i, column=2, value=txt)
    ov["A10"] = "Position by current RAG"
    ov["A10"].font = Font(bold=True)
    acts = [a for _, recs in DSFRS for _, al in recs for a in al]
    rr = 11
    for k in ("B", "G", "A", "R"):
        ov.cell(row=rr, column=1, value=k)
        ov.cell(row=rr, column=2, value=sum(1 for a in acts if a["status"][1] == k))
        rr += 1
    ov.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    ov.cell(row=rr, column=2, value=len(acts)).font = Font(bold=True)
    ov.column_dimensions["B"].width = 55

    ws = wb.create_sheet("Tracker")
    ncol = 8
    ws["A1"] = "Devon & Somerset Fire & Rescue Service"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = DSFRS_TITLE
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Reported to: People Committee, 20 January 2026"
    heads = ["Ref", "Action", "Owner", "Original due date", "Revised due date", "Previous RAG", "Current RAG",
             "Progress commentary"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    for section, recs in DSFRS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        cell = ws.cell(row=r, column=1, value=section)
        cell.font = Font(bold=True, size=12)
        cell.fill = fill("D9D9D9")
        r += 1
        for rec, al in recs:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            cell = ws.cell(row=r, column=1, value=rec)
            cell.font = Font(bold=True, italic=True)
            cell.alignment = WRAP
            cell.fill = fill("FCE4D6")
            ws.row_dimensions[r].height = 32
            r += 1
            for a in al:
                orig, rev = a["end"]
                prev, cur = a["status"]
                vals = [a["ref"], a["action"], a["lead"], orig, rev, prev, cur, a["note"]]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.border = BOX
                    cell.alignment = WRAP
                    if c in (4, 5) and isinstance(v, dt.date):
                        cell.number_format = "dd/mm/yyyy"
                    if c in (6, 7) and v:
                        cell.fill = fill(FILL[RAG_LETTER_FILL[v]])
                        cell.alignment = Alignment(horizontal="center", vertical="top")
                r += 1
    widths = [6, 60, 30, 12, 12, 9, 9, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Rhondda Cynon Taf CBC - Audit Wales organisational response (docx)
# ---------------------------------------------------------------------------
RCT_FILE = "ka2-rhondda-cynon-taf-cbc-audit-wales-use-of-performance-information-organisational-response.docx"
RCT_TITLE = "Audit Wales: Use of Performance Information – Service User Perspective and Outcomes"
RCT = [
    ("R1 The Council should strengthen the information it gives senior leaders on the perspective of service users, so they can understand how well its services and policies meet people’s needs.", [
        A("1a", "Add a service user perspective section to each quarterly Performance Report to Cabinet, drawing on complaints, compliments and survey results.",
          "Head of Performance", "December 2024", "Complete",
          ["Head of Performance"], "2024-12", "blue"),
        A("1b", "Develop a corporate residents’ survey, to run every two years, with results reported to the Senior Leadership Team and the Overview and Scrutiny Committee.",
          "Head of Consultation and Engagement", "March 2025 (revised: September 2025)", "Delayed",
          ["Head of Consultation and Engagement"], "2025-09", "amber"),
    ]),
    ("R2 The Council should strengthen the outcome information in its performance reports so that senior leaders can judge the impact of its activities, not only its outputs.", [
        A("2a", "Review the Corporate Plan measures with each Directorate and replace output-only measures with at least one outcome measure per priority.",
          "Service Director – Performance and Improvement", "June 2025", "Complete",
          ["Service Director – Performance and Improvement"], "2025-06", "blue"),
        A("2b", "Pilot an outcomes dashboard for the Well-being Objective ‘People are independent, healthy and successful’.\nExtend it to all three Well-being Objectives once the pilot has been evaluated.",
          "Head of Performance / Head of Digital Services", "March 2026", "On track",
          ["Head of Performance", "Head of Digital Services"], "2026-03", "green"),
        A("2c", "Include a short narrative on outcomes achieved in each Directorate’s Service Self-Evaluation.",
          "Directors (all Directorates)", "Annually from 2025/26", "On track",
          ["Directors (all Directorates)"], None, "green", x_end_text="Annually from 2025/26"),
    ]),
    ("R3 The Council should strengthen its arrangements for assuring the accuracy of the service user and outcome data it reports to senior leaders.", [
        A("3a", "Introduce a data quality statement for every performance indicator, signed off by the responsible Head of Service.",
          "Head of Performance", "September 2025", "Complete",
          ["Head of Performance"], "2025-09", "blue"),
        A("3b", "Ask the Regional Internal Audit Service to include a data quality review of three service user measures in the 2025/26 audit plan.",
          "Head of Regional Internal Audit Service", "Q4 2025/26", "Not started",
          ["Head of Regional Internal Audit Service"], "2026-03", "unrated"),
    ]),
]


def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell_text(cell, text, bold=False):
    """Write text into a cell; inner \n become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold


def build_rct(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(RCT_TITLE, level=0)
    doc.add_paragraph("Rhondda Cynon Taf County Borough Council – Organisational Response and Progress Update")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Report", "Use of Performance Information: Service User Perspective and Outcomes – Rhondda Cynon Taf County Borough Council"),
                 ("Issued by Audit Wales", "February 2024"),
                 ("Council lead", "Service Director – Performance and Improvement"),
                 ("Progress position", "30 September 2025"),
                 ("Reported to", "Governance and Audit Committee, 3 November 2025")]:
        cells = info.add_row().cells
        set_cell_text(cells[0], k, bold=True)
        shade(cells[0], "E7E6E6")
        set_cell_text(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action delivered (Blue); On track – progressing to the agreed date (Green); "
                      "Delayed – revised date agreed with Audit Wales (Amber); Not started – not yet due to start.")
    doc.add_heading("Organisational response", level=1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    heads = ["Recommendation", "Ref", "Planned action", "Completion date", "Responsible officer", "Status"]
    for c, h in enumerate(heads):
        set_cell_text(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "BFBFBF")
    for rec, al in RCT:
        first = len(t.rows)
        for a in al:
            cells = t.add_row().cells
            set_cell_text(cells[1], a["ref"])
            set_cell_text(cells[2], a["action"])
            set_cell_text(cells[3], a["end"])
            set_cell_text(cells[4], a["lead"])
            set_cell_text(cells[5], a["status"])
        last = len(t.rows) - 1
        merged = t.cell(first, 0).merge(t.cell(last, 0))
        set_cell_text(merged, rec)
    doc.add_paragraph()
    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=1, cols=2)
    so.style = "Table Grid"
    set_cell_text(so.rows[0].cells[0], "Approved by", bold=True)
    set_cell_text(so.rows[0].cells[1], "Date", bold=True)
    for a, b in [("Senior Leadership Team", "15 October 2025"), ("Governance and Audit Committee", "3 November 2025")]:
        cells = so.add_row().cells
        set_cell_text(cells[0], a)
        set_cell_text(cells[1], b)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Dumfries and Galloway - Education Scotland CLD progress visit plan (docx)
# ---------------------------------------------------------------------------
DG_FILE = "ka2-dumfries-galloway-council-education-scotland-cld-progress-visit-improvement-plan.docx"
DG_TITLE = "Education Scotland CLD Progress Visit 2024: Improvement Plan"
DG = [
    ("Area for development 1: Strengthen how community organisations are involved in CLD planning and decision-making", [
        A(None, "Map community organisations in each of the four localities and invite them to join the locality CLD networks.",
          "Locality Community Development Leads", "October 2024", "Complete",
          ["Locality Community Development Leads"], "2024-10", "blue",
          partners="Third Sector Dumfries and Galloway", progress="112 organisations mapped; 37 have joined a locality network."),
        A(None, "Reserve two places on the CLD Partnership for elected representatives of community organisations.",
          "Lifelong Learning Manager", "December 2024 – March 2025", "Complete",
          ["Lifelong Learning Manager"], "2025-03", "blue",
          partners="Third Sector Dumfries and Galloway", progress="Representatives elected at the March 2025 CLD Assembly."),
    ]),
    ("Area for development 2: Develop the role of learners, young people and volunteers in strategic decision-making", [
        A(None, "Establish a Learner Voice Forum with adult learners from ESOL, literacies and family learning groups.",
          "Adult Learning Team Leader", "March 2025", "On track",
          ["Adult Learning Team Leader"], "2025-03", "green",
          partners="D&G College; Dumfries and Galloway Libraries", progress="First forum meeting held in Stranraer, January 2025."),
        A(None, "Support Youth Council members to co-chair the Youth Work Strategy Group.",
          "Youth Work Manager", "Ongoing – reviewed each August", "On track",
          ["Youth Work Manager"], None, "green", x_end_text="Ongoing – reviewed each August",
          partners="Dumfries and Galloway Youth Council", progress="Co-chairs in place since September 2024."),
        A(None, "Create a volunteer pathway from participant to peer educator, with accredited training through Dumfries and Galloway College.",
          "Volunteer Development Coordinator", "June 2025", "Not started",
          ["Volunteer Development Coordinator"], "2025-06", "unrated",
          partners="Dumfries and Galloway College; Volunteer Centre", progress="Funding bid submitted; start depends on outcome."),
    ]),
    ("Area for development 3: Make better use of data to show the impact of CLD across the region", [
        A(None, "Agree a shared set of outcome indicators for youth work, adult learning and community development, aligned to the Local Outcomes Improvement Plan.",
          "Lifelong Learning Manager / Performance and Intelligence Officer", "November 2024", "Complete",
          ["Lifelong Learning Manager", "Performance and Intelligence Officer"], "2024-11", "blue",
          partners="CLD Partnership members", progress="Indicators agreed at CLD Partnership 21 November 2024."),
        A(None, "Produce an annual CLD impact report for the Communities Committee combining data and learner stories.",
          "Lifelong Learning Manager", "June 2025", "On track",
          ["Lifelong Learning Manager"], "2025-06", "green",
          partners="All CLD partners", progress="Data collection for 2024/25 under way."),
    ]),
]


def build_dg(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading(DG_TITLE, level=0)
    doc.add_paragraph("Dumfries and Galloway Community Learning and Development Partnership")
    doc.add_paragraph(
        "HM Inspectors from Education Scotland carried out a progress visit to community learning and development (CLD) "
        "in Dumfries and Galloway in February 2024. The report identified strengths and three areas for development. "
        "This plan sets out how the CLD Partnership will respond. Progress is reported to the CLD Partnership and the "
        "Communities Committee every six months.")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Light List Accent 1"
    for k, v in [("Plan owner", "Lifelong Learning Manager, Dumfries and Galloway Council"),
                 ("Approved", "CLD Partnership, 28 August 2024"),
                 ("Last updated", "24 February 2025")]:
        cells = info.add_row().cells
        cells[0].text = k
        cells[1].text = v
    for area, al in DG:
        doc.add_heading(area, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        heads = ["Action", "Lead", "Partners", "Timescale", "Progress (February 2025)", "Status"]
        for c, h in enumerate(heads):
            set_cell_text(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "DAEEF3")
        for a in al:
            cells = t.add_row().cells
            for c, v in enumerate([a["action"], a["lead"], a["partners"], a["end"], a["progress"], a["status"]]):
                set_cell_text(cells[c], v)
        doc.add_paragraph()
    doc.add_paragraph("Summary: of the seven actions, three are complete, three are on track and one has not yet started.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. East Hampshire DC - corporate risk register Q3 2025/26 (csv)
# ---------------------------------------------------------------------------
EH_FILE = "ka2-east-hampshire-dc-corporate-risk-register-q3-2025-26.csv"
EH_TITLE = "East Hampshire District Council Corporate Risk Register"
EH = [
    (("CR01 Medium Term Financial Strategy – funding gap from 2026/27", "Chief Finance Officer (S151)", "16", "12", "8", "No change"), [
        A("CR01.1", "Deliver the £1.2m savings programme agreed in the 2025/26 budget, with monthly tracking at Corporate Management Team.",
          "Chief Finance Officer (S151)", "31/03/2026", "G",
          ["Chief Finance Officer (S151)"], "2026-03", "green"),
        A("CR01.2", "Prepare budget options for 2026/27, including a fees and charges review and shared service opportunities with neighbouring councils.",
          "Chief Finance Officer (S151)/Head of Corporate Services", "Feb-2026", "A",
          ["Chief Finance Officer (S151)", "Head of Corporate Services"], "2026-02", "amber"),
    ]),
    (("CR02 Local government reorganisation in Hampshire", "Chief Executive", "12", "12", "9", "Increasing"), [
        A("CR02.1", "Contribute to the joint Hampshire and Solent reorganisation proposal and respond to the Government’s decision.",
          "Chief Executive", "Nov-2025", "C",
          ["Chief Executive"], "2025-11", "blue"),
        A("CR02.2", "Set up a Transition Board and programme plan once the new unitary pattern is confirmed.",
          "Chief Executive; Monitoring Officer", "TBC", "",
          ["Chief Executive", "Monitoring Officer"], None, "unrated", x_end_text="TBC"),
    ]),
    (("CR03 Cyber attack leading to loss of systems or data", "Head of ICT", "16", "12", "8", "No change"), [
        A("CR03.1", "Achieve PSN compliance and complete the annual IT health check remediation plan.",
          "Head of ICT", "30/09/2025", "C",
          ["Head of ICT"], "2025-09", "blue"),
        A("CR03.2", "Run a cyber incident exercise with Corporate Management Team using the exercise-in-a-box scenario.",
          "Head of ICT", "Jan-2026", "R",
          ["Head of ICT"], "2026-01", "red"),
        A("CR03.3", "Move the remaining on-premise file shares to Microsoft 365 with immutable backups.\nPhase 2 of the Cloud First programme.",
          "Head of ICT", "Jun-2026", "G",
          ["Head of ICT"], "2026-06", "green"),
    ]),
    (("CR04 Temporary accommodation demand and cost", "Head of Housing", "16", "16", "9", "Increasing"), [
        A("CR04.1", "Open the council-owned temporary accommodation scheme in Petersfield to reduce the use of bed and breakfast.",
          "Head of Housing", "March 2026", "A",
          ["Head of Housing"], "2026-03", "amber"),
        A("CR04.2", "Review the homelessness prevention offer and increase use of the private rented sector access scheme.",
          "Housing Options Manager", "Q4 2025/26", "G",
          ["Housing Options Manager"], "2026-03", "green"),
    ]),
]


def build_eh(path):
    ncol = 11
    rows = [
        [EH_TITLE] + [""] * (ncol - 1),
        ["Quarter 3 2025/26 – position at 31 December 2025"] + [""] * (ncol - 1),
        ["Scores are Likelihood (1-4) x Impact (1-4). Action progress: G = on track; A = some slippage, revised date set; R = off track; C = complete"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Risk", "Risk owner", "Inherent score", "Current score", "Target score", "Trend", "Action ref",
         "Further mitigating action", "Action owner", "Due date", "Progress"],
    ]
    for (risk, owner, inh, cur, tgt, trend), al in EH:
        for i, a in enumerate(al):
            head = [risk, owner, inh, cur, tgt, trend] if i == 0 else [""] * 6
            rows.append(head + [a["ref"], a["action"], a["lead"], a["end"], a["status"]])
    acts = [a for _, al in EH for a in al]
    rows += [
        [""] * ncol,
        ["Summary"] + [""] * (ncol - 1),
        ["Risks with a current score of 12 or above", "4"] + [""] * (ncol - 2),
        ["Mitigating actions", str(len(acts))] + [""] * (ncol - 2),
        ["Mitigating actions complete", str(sum(1 for a in acts if a["status"] == "C"))] + [""] * (ncol - 2),
        [""] * ncol,
        ["Note: CR05 Workforce capacity was moved to the Corporate Services directorate risk register in Quarter 2."] + [""] * (ncol - 1),
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. City of Lincoln Council - RSH consumer standards improvement plan (txt, tab-separated)
# ---------------------------------------------------------------------------
LINC_FILE = "ka2-city-of-lincoln-council-rsh-consumer-standards-housing-improvement-plan.txt"
LINC_TITLE = "City of Lincoln Council – Consumer Standards Improvement Plan 2025/26"
LINC = [
    ("Safety and Quality Standard", [
        A("SQ1", "Complete stock condition surveys of 100% of council homes, prioritising homes not surveyed in the last five years.",
          "Assistant Director – Housing and Investment", ("31/03/2026", ""), "Green",
          ["Assistant Director – Housing and Investment"], "2026-03", "green",
          req="Stock quality", note="71% surveyed at end of December."),
        A("SQ2", "Bring overdue fire risk assessment actions in blocks of flats to zero and report monthly to Housing Scrutiny Sub-Committee.",
          "Compliance Manager", ("30/06/2025", "31/12/2025"), "Amber",
          ["Compliance Manager"], "2025-12", "amber",
          req="Health and safety", note="14 overdue high-risk actions remaining, down from 96."),
        A("SQ3", "Adopt a Damp and Mould Policy that meets Awaab’s Law, including a 10 working day inspection target.",
          "Repairs Manager; Investment Manager", ("Oct-25", ""), "Complete",
          ["Repairs Manager", "Investment Manager"], "2025-10", "blue",
          req="Repairs, maintenance and planned improvements", note="Policy approved by Executive 20 October 2025."),
    ]),
    ("Transparency, Influence and Accountability Standard", [
        A("TIA1", "Refresh the Tenant Involvement Strategy with the Lincoln Tenants’ Panel and launch an estate-based engagement offer.",
          "Tenant Engagement Manager", ("Dec-25", "Mar-26"), "Amber",
          ["Tenant Engagement Manager"], "2026-03", "amber",
          req="Engagement with tenants", note="Strategy drafted; estate walkabouts start in February."),
        A("TIA2", "Publish Tenant Satisfaction Measures results and a plain-English annual report to tenants.",
          "Housing Performance and Systems Manager", ("Sep-25", ""), "Complete",
          ["Housing Performance and Systems Manager"], "2025-09", "blue",
          req="Performance information", note="Annual report delivered with the autumn newsletter."),
        A("TIA3", "Carry out the annual self-assessment against the Housing Ombudsman Complaint Handling Code and report it to the Executive.",
          "Customer Services Manager", ("Jun-26", ""), "Green",
          ["Customer Services Manager"], "2026-06", "green",
          req="Complaints", note=""),
    ]),
    ("Neighbourhood and Community Standard", [
        A("NC1", "Agree an anti-social behaviour case review process with Lincolnshire Police and publish ASB service standards.",
          "Tenancy Services Manager", ("Jan-26", ""), "Red",
          ["Tenancy Services Manager"], "2026-01", "red",
          req="Safer neighbourhoods", note="Police sign-off outstanding; escalated to Community Safety Partnership."),
        A("NC2", "Achieve DAHA accreditation for the housing service.",
          "Tenancy Services Manager / Housing Solutions Manager", ("Jul-26", ""), "",
          ["Tenancy Services Manager", "Housing Solutions Manager"], "2026-07", "unrated",
          req="Domestic abuse", note="Not started."),
    ]),
    ("Tenancy Standard", [
        A("TEN1", "Introduce a pre-eviction panel so that no eviction for rent arrears goes ahead without a senior officer review.",
          "Income Manager", ("Nov-25", ""), "Complete",
          ["Income Manager"], "2025-11", "blue",
          req="Tenancy sustainment and evictions", note="Panel met for the first time 6 November 2025."),
        A("TEN2", "Process mutual exchange applications within the 42-day statutory deadline and report compliance quarterly.",
          "Lettings Manager", ("Ongoing", ""), "Green",
          ["Lettings Manager"], None, "green", x_end_text="Ongoing",
          req="Mutual exchange", note="Q3: 96% within 42 days."),
    ]),
]


def build_linc(path):
    lines = [
        LINC_TITLE,
        "Housing Services – exported from the Housing Performance tracker 12/01/2026",
        "",
        "\t".join(["Ref", "Requirement", "Action", "Lead officer", "Target date", "Revised date", "RAG", "Comments"]),
    ]
    for std, al in LINC:
        lines.append(std)
        for a in al:
            tgt, rev = a["end"]
            lines.append("\t".join([a["ref"], a["req"], a["action"], a["lead"], tgt, rev, a["status"], a["note"]]))
    acts = [a for _, al in LINC for a in al]
    lines += [
        "",
        "Key: Green = on track; Amber = at risk; Red = off track; Complete = action completed; blank = not yet started.",
        "Total actions: %d\tComplete: %d\tGreen: %d\tAmber: %d\tRed: %d\tNot rated: %d" % (
            len(acts),
            sum(1 for a in acts if a["status"] == "Complete"),
            sum(1 for a in acts if a["status"] == "Green"),
            sum(1 for a in acts if a["status"] == "Amber"),
            sum(1 for a in acts if a["status"] == "Red"),
            sum(1 for a in acts if a["status"] == ""),
        ),
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def build_all():
    build_bristol(os.path.join(HERE, BRISTOL_FILE))
    refuse_row = build_gosport(os.path.join(HERE, GOSPORT_FILE))
    build_dsfrs(os.path.join(HERE, DSFRS_FILE))
    build_rct(os.path.join(HERE, RCT_FILE))
    build_dg(os.path.join(HERE, DG_FILE))
    build_eh(os.path.join(HERE, EH_FILE))
    build_linc(os.path.join(HERE, LINC_FILE))
    return refuse_row


if __name__ == "__main__":
    rr = build_all()
    print("built; Gosport typo on Follow-up sheet row", rr)
