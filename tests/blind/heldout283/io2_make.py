#!/usr/bin/env python3
"""Build the seven io2- blind cases (set heldout283) and their expected readings.

Run with /work/main/.venv/bin/python (needs openpyxl, python-docx, pyyaml).
Each data file is written next to NAME.expected.yaml (NAME = full file name).
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
FILL = {c: PatternFill("solid", start_color=c, end_color=c) for c in (RED, AMBER, GREEN, BLUE, GREY)}
HEAD_FILL = PatternFill("solid", start_color="1F3864", end_color="1F3864")
THEME_FILL = PatternFill("solid", start_color="D9E1F2", end_color="D9E1F2")
SUB_FILL = PatternFill("solid", start_color="F2F2F2", end_color="F2F2F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def write_expected(name, source, reads, outcome, title=None, actions=None, refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if actions is not None:
        doc["actions"] = actions
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


def head_row(ws, row, headers, widths=None):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + i)].width = w


def band(ws, row, text, ncols, fill=THEME_FILL, bold=True):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=bold)
    c.fill = fill
    c.alignment = Alignment(wrap_text=True, vertical="center")


def boxed(ws, row, ncols):
    for col in range(1, ncols + 1):
        c = ws.cell(row=row, column=col)
        c.border = BOX
        c.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Derby City Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def derby():
    name = "io2-derby-city-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "Derby City Council – Adult Social Care Improvement Plan 2025–27"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = ("Our response to the CQC Local Authority Assessment of adult social care "
                 "(report published March 2025; overall rating: Requires improvement)")
    cov["A3"] = "Owner: Strategic Director of Peoples Services   |   Monitored by: ASC Improvement Board (monthly)"
    cov["A5"] = "Version control"
    cov["A5"].font = Font(bold=True)
    head_row(cov, 6, ["Version", "Date", "Author", "Changes"], [14, 14, 34, 60])
    for r, row in enumerate([
        ("0.3", "10/04/2025", "ASC Transformation Lead", "Draft for DMT"),
        ("1.0", "22/05/2025", "ASC Transformation Lead", "Approved by Cabinet"),
        ("2.0", "14/10/2025", "ASC Performance Officer", "Q2 progress; revised dates for 1.2 and 2.1"),
        ("3.0", "06/02/2026", "ASC Performance Officer", "Q3 progress position at 31 January 2026"),
    ], start=7):
        for cidx, v in enumerate(row, start=1):
            cov.cell(row=r, column=cidx, value=v).border = BOX
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    for r, (fill, meaning) in enumerate([
        (BLUE, "Complete – action delivered and evidenced"),
        (GREEN, "On track to deliver by the due date"),
        (AMBER, "Risk to delivery – mitigation in place"),
        (RED, "Off track – escalated to ASC Improvement Board"),
        (None, "No colour – not yet started"),
    ], start=13):
        if fill:
            cov.cell(row=r, column=1).fill = FILL[fill]
        cov.cell(row=r, column=1).border = BOX
        cov.cell(row=r, column=2, value=meaning)

    ws = wb.create_sheet("Improvement Plan")
    ncols = 8
    ws["A1"] = "Adult Social Care Improvement Plan – progress position at 31 January 2026"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:H1")
    head_row(ws, 3, ["Ref", "Action", "Lead officer(s)", "Original due date", "Revised due date",
                     "Previous RAG (Oct 2025)", "Current RAG (Jan 2026)", "Progress update"],
             [7, 60, 32, 13, 13, 11, 11, 60])
    ws.freeze_panes = "A4"

    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: Ensuring safety within the system"
    T4 = "Theme 4: Leadership"
    Q1 = ("QS1 Assessing needs – people wait too long for Care Act assessments and reviews, "
          "and are not kept informed while they wait")
    Q3 = ("QS3 Equity in experience and outcomes – the council does not yet understand the experiences "
          "of people from Black, Asian and minority ethnic communities who draw on care and support")
    Q4 = ("QS4 Care provision, integration and continuity – too few local options for people with "
          "complex needs, leading to reliance on out-of-area placements")
    Q7 = ("QS7 Safeguarding – section 42 enquiries are not always completed in a timely way and the "
          "person’s desired outcomes are not consistently recorded")
    Q8 = ("QS8 Governance, management and sustainability – performance information is not used "
          "consistently to drive improvement")

    rows = [
        ("band", T1), ("sub", Q1),
        ("act", "1.1", "Introduce a single front door triage for all new contacts, with a five working day "
                "screening standard.", "Head of Service – Early Intervention and Prevention",
         d(2025, 6, 30), None, GREEN, BLUE,
         "Live from 2 June 2025. 94% of contacts screened within the standard in Q3."),
        ("act", "1.2", "Clear the backlog of people waiting more than 28 days for a Care Act assessment, "
                "using a dedicated assessment team and additional agency capacity.",
         "Head of Assessment and Care Management; Principal Social Worker",
         d(2025, 9, 30), d(2026, 3, 31), AMBER, AMBER,
         "Waiting list down from 612 to 248. Revised date agreed by ASC Improvement Board, October 2025."),
        ("act", "1.3", "Contact everyone on the waiting list at least every four weeks, record the contact "
                "and review any change in risk.", "Team Managers (Locality Teams)",
         "Monthly", None, GREEN, GREEN,
         "Contact recorded for 97% of people waiting in December 2025."),
        ("sub", Q3),
        ("act", "1.4", "Analyse take-up and outcomes of adult social care by ethnicity and present the "
                "findings to the Adults and Health Scrutiny Board.", "Head of Performance and Intelligence",
         d(2025, 12, 31), None, GREEN, RED,
         "Ethnicity not recorded for 23% of people; data cleansing under way before analysis can be completed."),
        ("act", "1.5", "Co-produce a community engagement plan with the Derby Race Equality Forum and local "
                "faith groups.", "Sunita Patel and Chris Baines",
         d(2026, 3, 31), None, None, GREEN,
         "First two co-production sessions held in January 2026."),
        ("band", T2), ("sub", Q4),
        ("act", "2.1", "Refresh the Market Position Statement, setting out gaps in supported living and "
                "nursing provision for people with complex needs.", "Head of Commissioning",
         d(2025, 10, 31), d(2025, 12, 31), AMBER, BLUE,
         "Published December 2025 following provider engagement events."),
        ("act", "2.2", "Commission 24 additional supported living units in the city through the Dynamic "
                "Purchasing System.", "Head of Commissioning / Strategic Housing Manager",
         d(2026, 9, 30), None, GREEN, GREEN,
         "Two schemes (14 units) awarded; third scheme at tender."),
        ("band", T3), ("sub", Q7),
        ("act", "3.1", "Audit 40 section 42 enquiries each quarter against the Making Safeguarding Personal "
                "standard and report themes to the Derby Safeguarding Adults Board.", "Principal Social Worker",
         "Ongoing", None, GREEN, GREEN,
         "Q3 audit completed; 78% of enquiries recorded the person’s desired outcomes (Q1: 61%)."),
        ("band", T4), ("sub", Q8),
        ("act", "4.1", "Launch a monthly ASC performance dashboard for DMT and the Cabinet Member, covering "
                "waiting times, reviews and safeguarding timeliness.", "Director of Adult Social Care",
         d(2025, 7, 31), None, BLUE, BLUE,
         "Dashboard in use since July 2025."),
    ]
    r = 4
    for item in rows:
        if item[0] == "band":
            band(ws, r, item[1], ncols)
        elif item[0] == "sub":
            band(ws, r, item[1], ncols, fill=SUB_FILL, bold=False)
            ws.cell(row=r, column=1).font = Font(italic=True, bold=True)
            ws.row_dimensions[r].height = 30
        else:
            _, ref, text, lead, due, rev, prev, cur, upd = item
            vals = [ref, text, lead, due, rev, None, None, upd]
            for cidx, v in enumerate(vals, start=1):
                ws.cell(row=r, column=cidx, value=v)
            boxed(ws, r, ncols)
            for cidx in (4, 5):
                if isinstance(ws.cell(row=r, column=cidx).value, dt.datetime):
                    ws.cell(row=r, column=cidx).number_format = "mmm-yy"
            if prev:
                ws.cell(row=r, column=6).fill = FILL[prev]
            if cur:
                ws.cell(row=r, column=7).fill = FILL[cur]
        r += 1
    ws.cell(row=r + 1, column=1, value="Note: RAG is shown by cell colour – see key on the Cover sheet. "
                                       "Where a revised due date has been agreed by the ASC Improvement "
                                       "Board it replaces the original date for monitoring.")

    summ = wb.create_sheet("RAG summary")
    summ["A1"] = "Summary of current RAG by theme (January 2026)"
    summ["A1"].font = Font(bold=True)
    head_row(summ, 3, ["Theme", "Complete", "Green", "Amber", "Red", "Total"], [44, 10, 10, 10, 10, 10])
    for rr, row in enumerate([
        (T1, 1, 2, 1, 1, 5), (T2, 1, 1, 0, 0, 2), (T3, 0, 1, 0, 0, 1), (T4, 1, 0, 0, 0, 1),
        ("Total", 3, 4, 1, 1, 9)], start=4):
        for cidx, v in enumerate(row, start=1):
            summ.cell(row=rr, column=cidx, value=v).border = BOX
    summ.cell(row=8, column=1).font = Font(bold=True)
    wb.save(os.path.join(OUT, name))

    actions = [
        act("1.1", [T1, Q1], rows[2][2], ["Head of Service – Early Intervention and Prevention"], "2025-06", "blue"),
        act("1.2", [T1, Q1], rows[3][2], ["Head of Assessment and Care Management", "Principal Social Worker"],
            "2026-03", "amber"),
        act("1.3", [T1, Q1], rows[4][2], ["Team Managers (Locality Teams)"], None, "green", end_text="Monthly"),
        act("1.4", [T1, Q3], rows[6][2], ["Head of Performance and Intelligence"], "2025-12", "red"),
        act("1.5", [T1, Q3], rows[7][2], ["Sunita Patel", "Chris Baines"], "2026-03", "green"),
        act("2.1", [T2, Q4], rows[10][2], ["Head of Commissioning"], "2025-12", "blue"),
        act("2.2", [T2, Q4], rows[11][2], ["Head of Commissioning", "Strategic Housing Manager"], "2026-09", "green"),
        act("3.1", [T3, Q7], rows[14][2], ["Principal Social Worker"], None, "green", end_text="Ongoing"),
        act("4.1", [T4, Q8], rows[17][2], ["Director of Adult Social Care"], "2025-07", "blue"),
    ]
    write_expected(
        name,
        source=("Imitates a unitary council's adult social care improvement plan written in response to its CQC "
                "local authority assessment (2024-25 round; e.g. the plans taken to cabinet by Bath & NE Somerset "
                "and others in 2025), laid out as an Excel workbook: cover sheet with title, version control "
                "table and colour-only RAG key; plan sheet with merged CQC theme rows and quality-statement rows "
                "carrying the area for improvement; original and revised due dates (mmm-yy); previous and current "
                "RAG shown only as cell fill; a notes line; a separate RAG summary sheet with totals."),
        reads=("Nine actions under the four CQC themes, each theme broken into a quality statement with the CQC "
               "finding. RAG has no text: the Current RAG (Jan 2026) fill is the status, read through the key "
               "(blue = complete, no colour = not started); where a revised due date is given it is the end."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 2. Tyne and Wear FRS - HMICFRS values and culture spotlight tracker (xlsx)
# ---------------------------------------------------------------------------
def twfrs():
    name = "io2-tyne-and-wear-frs-hmicfrs-values-culture-spotlight-recommendations-tracker.xlsx"
    title = ("Tyne and Wear Fire and Rescue Service – HMICFRS Values and Culture Spotlight Report: "
             "Recommendations Tracker")
    wb = Workbook()
    dash = wb.active
    dash.title = "Dashboard"
    dash["A1"] = title
    dash["A1"].font = Font(bold=True, size=13)
    dash["A2"] = ("HMICFRS spotlight report ‘Values and culture in fire and rescue services’ (March 2023) – "
                  "35 recommendations; this tracker shows those requiring local action by the service.")
    dash["A3"] = "Position at 30 September 2025 – Governance Committee, 10 November 2025"
    head_row(dash, 5, ["Status", "Meaning", "Number of actions"], [16, 62, 18])
    for r, (st, fill, meaning, n) in enumerate([
        ("Complete", BLUE, "Action delivered; evidence held by the Culture Board", 5),
        ("On track", GREEN, "Progressing to target date", 2),
        ("At risk", AMBER, "Target date may be missed; recovery plan agreed", 1),
        ("Off track", RED, "Target date missed or cannot be met; escalated to SLT", 1),
        ("Not started", GREY, "Work not yet begun", 1),
    ], start=6):
        c = dash.cell(row=r, column=1, value=st)
        c.fill = FILL[fill]
        c.border = BOX
        dash.cell(row=r, column=2, value=meaning).border = BOX
        dash.cell(row=r, column=3, value=n).border = BOX
    dash.cell(row=11, column=1, value="Total").font = Font(bold=True)
    dash.cell(row=11, column=3, value=10).font = Font(bold=True)

    ws = wb.create_sheet("Tracker")
    ncols = 10
    head_row(ws, 1, ["Rec no.", "HMICFRS recommendation", "HMICFRS deadline", "Action ref",
                     "TWFRS action", "Action owner", "Target date", "Revised target date",
                     "Status (Jun 2025)", "Status (Sep 2025)"],
             [8, 52, 13, 8, 56, 34, 12, 12, 12, 12])
    ws.column_dimensions["K"].width = 50
    c = ws.cell(row=1, column=11, value="Update / evidence")
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = HEAD_FILL
    c.border = BOX
    ws.freeze_panes = "A2"
    ncols = 11

    TH1, TH2, TH3, TH4, TH5 = ("Background checks", "Raising concerns", "Misconduct", "Leadership",
                               "Equality data")
    R1 = ("By 1 June 2023, chief fire officers should make sure all staff have an appropriate background "
          "check through the Disclosure and Barring Service, and that checks are repeated at least every "
          "three years.")
    R2 = ("By 1 October 2023, chief fire officers should make sure staff have access to a confidential route "
          "to report bullying, harassment and discrimination that is independent of their line management.")
    R3 = ("By 1 December 2023, chief fire officers should review their misconduct processes so that "
          "investigations are carried out by trained investigators and concluded without undue delay.")
    R4 = ("By 1 June 2024, chief fire officers should make sure 360-degree feedback is in place for all senior "
          "leaders and is used to inform their development.")
    R5 = ("By 1 March 2024, chief fire officers should make sure equality data is collected and used to "
          "understand the experiences of staff with protected characteristics.")

    spec = [
        (TH1, [("1", R1, "01/06/2023", [
            ("1.1", "Complete a basic DBS check for every member of staff not previously checked, prioritising "
                    "operational and fire control staff.", "Head of People and Organisational Development",
             d(2023, 9, 30), None, "On track", "Complete", "All 1,012 staff checked by September 2023."),
            ("1.2", "Introduce a three-yearly DBS re-check cycle, recorded in the HR system with automated "
                    "reminders.", "HR Business Partner / HR Systems Lead",
             d(2024, 3, 31), d(2024, 9, 30), "At risk", "Complete", "Re-check cycle live in iTrent."),
        ])]),
        (TH2, [("2", R2, "01/10/2023", [
            ("2.1", "Procure an independent, confidential reporting line for bullying, harassment and "
                    "discrimination concerns.", "Director of Corporate Services",
             d(2023, 10, 1), None, "Complete", "Complete", "Reporting line launched 2 October 2023."),
            ("2.2", "Publicise the reporting line through station visits, the intranet and toolbox talks, and "
                    "report its use quarterly to the Governance Committee.",
             "Head of Corporate Communications; Equality and Inclusion Manager",
             "Quarterly", None, "On track", "On track", "Q2 2025/26 report: 14 contacts."),
        ])]),
        (TH3, [("3", R3, "01/12/2023", [
            ("3.1", "Train a pool of 12 managers as accredited misconduct investigators.",
             "Head of People and Organisational Development",
             d(2023, 12, 31), d(2024, 5, 31), "Complete", "Complete", "12 investigators accredited."),
            ("3.2", "Set a 60 working day standard for misconduct investigations and report performance against "
                    "it to the Strategic Leadership Team.", "Deputy Chief Fire Officer",
             d(2024, 3, 31), d(2025, 12, 31), "Off track", "At risk",
             "Standard agreed; 4 of 9 cases closed within 60 days in 2024/25."),
        ])]),
        (TH4, [("4", R4, "01/06/2024", [
            ("4.1", "Introduce 360-degree feedback for all senior leaders (Group Manager and above, and "
                    "equivalent support staff grades).", "Chief Fire Officer",
             d(2024, 6, 1), d(2025, 3, 31), "Complete", "Complete", "First cycle completed March 2025."),
            ("4.2", "Use the 360-degree feedback outcomes to set individual development objectives in the annual "
                    "appraisal.", "Area Manager – Organisational Learning",
             d(2026, 3, 31), None, "On track", "On track", "Appraisal form amended."),
        ])]),
        (TH5, [("5", R5, "01/03/2024", [
            ("5.1", "Run a staff campaign to increase declaration rates for protected characteristics in the HR "
                    "system to at least 80%.", "Equality and Inclusion Manager",
             d(2024, 3, 31), d(2025, 11, 30), "Off track", "Off track", "Declaration rate 61% at September 2025."),
            ("5.2", "Publish an annual workforce equality report analysing recruitment, promotion, leavers and "
                    "grievances by protected characteristic.", "Equality and Inclusion Manager",
             "Annual", None, None, "Not started", "First report planned for 2025/26 year end."),
        ])]),
    ]
    stat_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED, "Not started": GREY}
    stat_read = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red",
                 "Not started": "unrated"}
    actions = []
    r = 2
    for theme, recs in spec:
        band(ws, r, "Theme: " + theme, ncols)
        r += 1
        for recno, rtext, rdl, acts in recs:
            first = r
            for (aref, atext, owner, tgt, rev, prev, cur, upd) in acts:
                vals = [recno if r == first else None, rtext if r == first else None,
                        rdl if r == first else None, aref, atext, owner, tgt, rev, prev, cur, upd]
                for cidx, v in enumerate(vals, start=1):
                    ws.cell(row=r, column=cidx, value=v)
                boxed(ws, r, ncols)
                for cidx in (7, 8):
                    if isinstance(ws.cell(row=r, column=cidx).value, dt.datetime):
                        ws.cell(row=r, column=cidx).number_format = "dd/mm/yyyy"
                if prev:
                    ws.cell(row=r, column=9).fill = FILL[stat_fill[prev]]
                ws.cell(row=r, column=10).fill = FILL[stat_fill[cur]]
                endd = rev or tgt
                if isinstance(endd, dt.datetime):
                    e, et = endd.strftime("%Y-%m"), None
                else:
                    e, et = None, endd
                actions.append(act(aref, ["Theme: " + theme, rtext], atext,
                                   [p.strip() for p in owner.replace(";", "/").split("/")],
                                   e, stat_read[cur], end_text=et))
                r += 1
            for cidx in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=cidx, end_row=r - 1, end_column=cidx)
    wb.save(os.path.join(OUT, name))
    write_expected(
        name,
        source=("Imitates the trackers English fire and rescue services publish to their fire authority "
                "governance or audit committees on the 35 recommendations of the HMICFRS spotlight report "
                "'Values and culture in fire and rescue services' (March 2023), e.g. the Values and Culture "
                "tracker updates several services reported in 2024-25. Copied features: dashboard sheet with "
                "title, status key with colours and counts, a tracker sheet with theme rows, the HMICFRS "
                "recommendation and deadline in cells merged down over the service's own actions, action "
                "refs, owners as job titles (two in one cell), target and revised target dates, previous and "
                "current status words."),
        reads=("Ten local actions grouped by theme; each HMICFRS recommendation (with its own national deadline) "
               "sits in a merged cell to the left of the actions that answer it. The status is the Sep 2025 "
               "word read through the key (At risk = amber, Off track = red, Not started = unrated); the end is "
               "the revised target date where there is one, and 'Quarterly'/'Annual' are no month."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 3. Pendle BC - internal audit recommendations tracker, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
def pendle():
    name = "io2-pendle-bc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Pendle Borough Council – Internal Audit Recommendations Tracker"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Summary of outstanding recommendations at 31 December 2025"
    head_row(s, 4, ["Audit", "Assurance", "High", "Medium", "Low", "Outstanding"], [46, 14, 8, 8, 8, 12])
    for r, row in enumerate([
        ("Creditors and Payments 2024/25", "Reasonable", 0, 0, 0, 0),
        ("Procurement and Contract Management 2024/25", "Limited", 2, 1, 0, 3),
        ("Cyber Security 2025/26", "Reasonable", 0, 1, 1, 2),
        ("Total", "", 2, 2, 1, 5)], start=5):
        for cidx, v in enumerate(row, start=1):
            s.cell(row=r, column=cidx, value=v).border = BOX
    s["A10"] = "Priority: High = fundamental control weakness; Medium = significant; Low = minor / best practice."

    ws = wb.create_sheet("Tracker")
    ncols = 9
    ws["A1"] = "Internal Audit Recommendations Tracker – detail"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Accounts and Audit Committee, 27 January 2026 – position at 31 December 2025"
    ws.merge_cells("A2:I2")
    head_row(ws, 4, ["Rec ref", "Priority", "Recommendation", "Agreed action", "Responsible officer",
                     "Agreed date", "Revised date", "Status", "Officer comments"],
             [8, 9, 48, 48, 28, 10, 10, 12, 44])
    rows = [
        (5, "band", "Creditors and Payments 2024/25 – Reasonable assurance"),
        (6, "CP1", "Medium", "Requests to change supplier bank details should be independently verified by "
                             "telephone using contact details already held on file.",
         "Introduce a documented call-back check for all bank detail changes, evidenced on the supplier file.",
         "Exchequer Services Manager", "Jan-25", "", "Complete", "Verified at follow-up, March 2025."),
        (7, "CP2", "Low", "The duplicate payments report should be run and reviewed before each BACS run.",
         "Run and review the duplicate payment report weekly before the BACS file is released.",
         "Exchequer Services Manager", "Mar-25", "Jun-25", "Complete", "Verified at follow-up, July 2025."),
        (8, "band", "Procurement and Contract Management 2024/25 – Limited assurance"),
        (9, "PC1", "High", "The contracts register should be complete and published in line with the Local "
                           "Government Transparency Code.",
         "Update the contracts register from the creditors system and publish it quarterly.",
         "Procurement Officer", "Apr-25", "Sep-25", "In progress",
         "Register updated; publication on website delayed by web team capacity."),
        (10, "PC2", "High", "Waivers of Contract Procedure Rules should be approved in advance and recorded "
                            "centrally.",
         "Create a central waiver log, with every waiver signed off by the Section 151 Officer.",
         "Head of Financial Services", "Jun-25", "0ct-25", "In progress",
         "Log created; retrospective entries for 2024/25 being added."),
        (11, "PC3", "Medium", "Contract managers should hold documented performance meetings with key suppliers.",
         "Issue a contract management toolkit and hold quarterly performance meetings for contracts over "
         "£100,000.", "Procurement Officer / Heads of Service", "Sep-25", "Mar-26", "In progress",
         "Toolkit issued November 2025."),
        (12, "band", "Cyber Security 2025/26 – Reasonable assurance"),
        (13, "CS1", "High", "Multi-factor authentication should be enforced on all remote access accounts.",
         "Enforce MFA for all remote and privileged accounts.", "ICT Manager", "Aug-25", "", "Complete",
         "Verified by Internal Audit, September 2025."),
        (14, "CS2", "Medium", "All staff and members should complete cyber security awareness training annually.",
         "Roll out mandatory e-learning and report completion rates to Corporate Management Team.",
         "ICT Manager; HR Manager", "Dec-25", "", "In progress", "Completion 71% at 31 December 2025."),
        (15, "CS3", "Low", "The ICT disaster recovery plan should be tested at least annually.",
         "Carry out a disaster recovery test of critical systems and record lessons learned.",
         "ICT Manager", "Mar-26", "", "Not started", ""),
    ]
    for item in rows:
        r = item[0]
        if item[1] == "band":
            band(ws, r, item[2], ncols)
            continue
        for cidx, v in enumerate(item[1:], start=1):
            ws.cell(row=r, column=cidx, value=v if v != "" else None)
        boxed(ws, r, ncols)
    ws.cell(row=17, column=1, value="Completed recommendations are removed after verification is reported "
                                    "to the Committee.")
    assert ws.cell(row=10, column=7).value == "0ct-25"
    wb.save(os.path.join(OUT, name))
    write_expected(
        name,
        source=("Imitates a district council internal audit recommendations tracker taken to its audit "
                "committee (e.g. the outstanding-recommendations appendices of Lancashire and Midlands district "
                "councils, 2024-26). Copied features: summary sheet with totals by audit and priority and a "
                "priority key; detail sheet with title and meeting lines, audit heading rows (audit, year, "
                "assurance level), rec refs, priority, recommendation and agreed action side by side, "
                "responsible officer, agreed and revised dates as mmm-yy text, status and officer comments."),
        reads=("Eight agreed actions under three audits. On the Tracker sheet, row 10 (PC2, the contract "
               "waiver log) has the revised date '0ct-25' with a zero for the O; a careful reader stops and "
               "asks rather than guessing the month, so the plan is refused at sheet row 10."),
        outcome="refuse", refuse_at=10, title=title)


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


def header_cells(table, headers):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        shade(c, "D9E1F2")


# ---------------------------------------------------------------------------
# 4. East Renfrewshire Council - annual audit report action plan (docx)
# ---------------------------------------------------------------------------
def east_renfrewshire():
    name = "io2-east-renfrewshire-council-annual-audit-report-action-plan.docx"
    title = "East Renfrewshire Council: 2023/24 Annual Audit Report Action Plan – Progress Update"
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Report to the Audit and Scrutiny Committee, 19 June 2025 – Appendix 1")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_cells(t, ["Version", "Date", "Prepared by", "Comment"])
    for row in [("1.0", "14 November 2024", "Chief Accountant", "Management responses agreed with Audit Scotland"),
                ("2.0", "30 May 2025", "Chief Accountant", "Progress at May 2025")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph("")
    doc.add_paragraph(
        "The external auditor’s 2023/24 Annual Audit Report (Audit Scotland, October 2024) made five new "
        "recommendations and followed up two from 2022/23. This appendix sets out the agreed management "
        "actions and progress at the end of May 2025.")
    doc.add_paragraph("Status key", style="Heading 2")
    k = doc.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    header_cells(k, ["Status", "Meaning"])
    for st, colour, meaning in [("Complete", "8DB4E2", "Action implemented (blue)"),
                                ("On track", "92D050", "In progress and expected to meet the agreed date (green)"),
                                ("Delayed", "FFC000", "In progress; revised date agreed (amber)"),
                                ("Not started", "FFFFFF", "Not yet due to start")]:
        cells = k.add_row().cells
        cells[0].text = st
        cells[1].text = meaning
        shade(cells[0], colour)

    P1 = "Part 1: 2023/24 recommendations"
    P2 = "Part 2: Prior year recommendations carried forward"
    heads = ["No.", "Recommendation", "Agreed management action", "Responsible officer", "Agreed date",
             "Revised date", "Progress at May 2025", "Status"]
    colour = {"Complete": "8DB4E2", "On track": "92D050", "Delayed": "FFC000", "Not started": "FFFFFF"}
    read = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Not started": "unrated"}

    REC1 = ("The council should update its medium-term financial strategy to set out how the forecast funding "
            "gap of £38 million over the next three years will be closed.")
    REC2 = ("Savings plans should be supported by detailed delivery plans, with progress reported to elected "
            "members at least quarterly.")
    REC3 = ("The council should make sure the capital programme is realistic, reviewing slippage and "
            "re-profiling projects before the start of each financial year.")
    REC4 = ("Management should review user access to the financial ledger so that leavers are removed promptly "
            "and administrator rights are restricted.")
    REC5 = ("The council should set out how it will report its performance against the Best Value duty, "
            "including the Statutory Performance Indicators, in a way the public can easily access.")
    PY1 = ("The council should develop a workforce plan that addresses the risks from an ageing workforce and "
           "recruitment difficulties in key services.")
    PY2 = ("The council should review the governance and funding arrangements with East Renfrewshire Culture "
           "and Leisure Trust.")
    part1 = [
        ("1", REC1, "The Medium-Term Financial Strategy will be refreshed and presented to Council with the "
                    "2025/26 budget, including savings options for the three-year period.",
         "Head of Accountancy (Chief Financial Officer)", "February 2025", "",
         "Refreshed strategy approved by Council on 27 February 2025.", "Complete"),
        ("2", REC2, "Each savings proposal over £250,000 will have a delivery plan with milestones, and progress "
                    "will be included in the quarterly revenue monitoring reports to Cabinet.",
         "Head of Accountancy (Chief Financial Officer)", "30 June 2025", "",
         "Delivery plans in place for 11 of 13 proposals.", "On track"),
        ("3", REC3, "A capital programme review group will challenge project timescales before the budget is "
                    "set, and slippage will be reported to Cabinet in each capital monitoring report.",
         "Director of Environment / Head of Accountancy (Chief Financial Officer)", "31 March 2025",
         "30 September 2025", "Review group first met in April 2025; terms of reference being finalised.",
         "Delayed"),
        ("4a", REC4, "Quarterly user access reviews will be carried out and evidenced by the Finance Systems Team.",
         "Finance Systems Manager", "31 December 2024", "",
         "First review completed December 2024; 27 accounts removed.", "Complete"),
        ("4b", REC4, "HR leaver notifications will be linked to automatic suspension of ledger accounts.",
         "Chief Digital and Information Officer", "31 March 2025", "31 December 2025",
         "Dependent on the HR/payroll system upgrade, now scheduled for autumn 2025.", "Delayed"),
        ("5", REC5, "The public performance reporting web pages will be redesigned around a dashboard of "
                    "Statutory Performance Indicators, updated annually.",
         "Head of Communities and Transformation", "31 October 2025", "", "Work to begin in July 2025.",
         "Not started"),
    ]
    part2 = [
        ("PY1", PY1, "A council-wide Workforce Plan 2024–2027 will be developed, with departmental action plans.",
         "Head of HR and Corporate Services", "31 March 2024", "31 March 2025",
         "Workforce Plan approved by Cabinet in March 2025.", "Complete"),
        ("PY2", PY2, "The council will complete a review of the governance and funding agreement with the Trust "
                     "and report the outcome to Council.",
         "Director of Business Operations and Partnerships", "30 September 2024", "31 March 2026",
         "Review extended to include the leisure estate strategy.", "On track"),
    ]
    actions = []
    month = {"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
             "August": 8, "September": 9, "October": 10, "November": 11, "December": 12}

    def to_month(s):
        parts = s.split()
        return "%s-%02d" % (parts[-1], month[parts[-2]])

    for part, rows in ((P1, part1), (P2, part2)):
        doc.add_paragraph(part, style="Heading 1")
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        header_cells(t, heads)
        prev_rec, prev_cell = None, None
        for (no, rec, action, officer, agreed, revised, progress, status) in rows:
            cells = t.add_row().cells
            cells[0].text = no
            cells[2].text = action
            cells[3].text = officer
            cells[4].text = agreed
            cells[5].text = revised
            cells[6].text = progress
            cells[7].text = status
            shade(cells[7], colour[status])
            if rec == prev_rec:
                merged = prev_cell.merge(cells[1])
                merged.text = rec
                prev_cell = merged
            else:
                cells[1].text = rec
                prev_cell = cells[1]
            prev_rec = rec
            actions.append(act(no, [part, rec], action,
                               [p.strip() for p in officer.split("/")],
                               to_month(revised or agreed), read[status]))
        doc.add_paragraph("")
    doc.add_paragraph("Source: Audit Scotland, East Renfrewshire Council 2023/24 Annual Audit Report, "
                      "Appendix 1 (Action plan 2023/24). Progress provided by responsible officers.")
    doc.save(os.path.join(OUT, name))
    write_expected(
        name,
        source=("Imitates a Scottish council's progress update on the action plan in its external auditor's "
                "Annual Audit Report (Audit Scotland / Accounts Commission appointed auditor, 2023/24 audit "
                "year), as taken to an audit and scrutiny committee in 2025. Copied features: title and "
                "appendix line, document control table, status key table with shaded colours, one table per "
                "part (new recommendations; prior-year recommendations carried forward) with the auditor's "
                "recommendation beside the agreed management action, a recommendation cell merged down over two "
                "actions (4a/4b), responsible officers as job titles (two posts split by '/'), agreed and "
                "revised dates written out, progress and a shaded status word."),
        reads=("Eight agreed management actions in two tables, each answering the auditor's recommendation on "
               "its row (recommendation 4 covers 4a and 4b). Where a revised date is given it is the end; the "
               "status is the word in the last column as the key defines it."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 5. Whitchurch High School - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def whitchurch():
    name = "io2-whitchurch-high-school-estyn-post-inspection-action-plan.docx"
    title = "Whitchurch High School – Post-inspection Action Plan"
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph(title, style="Title")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Following the Estyn core inspection, 14–17 October 2024").alignment = WD_ALIGN_PARAGRAPH.CENTER
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [("School", "Whitchurch High School, Cardiff"),
                 ("Date of inspection", "14–17 October 2024"),
                 ("Plan approved by governing body", "29 January 2025"),
                 ("Local authority / consortium link", "Cardiff Council Education Directorate; "
                                                      "Central South Consortium Challenge Adviser")]:
        cells = info.add_row().cells
        cells[0].text = a
        cells[1].text = b
    doc.add_paragraph("")
    doc.add_paragraph("Progress key (RAG): R – not on track; A – partly on track; G – on track; B – achieved. "
                      "Reviewed by the Standards Committee each half term.")
    heads = ["Ref", "Actions", "Lead(s)", "Timescale", "Resources", "Monitoring and evaluation", "RAG"]
    read = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    fills = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0"}
    recs = [
        ("Recommendation 1: Improve the quality of teaching so that it consistently challenges pupils and "
         "supports them to make strong progress", [
            ("1.1", "Introduce a whole-school teaching and learning framework focused on questioning, challenge "
                    "and feedback, supported by weekly professional learning sessions.",
             "DHT Teaching and Learning", "Autumn term 2024 – Spring term 2025", "INSET; 1 hour weekly CPL",
             "Lesson observations; learning walks", "G", "2025-04", None, ["DHT Teaching and Learning"]),
            ("1.2", "Set up coaching triads for all teaching staff, prioritising departments where lesson "
                    "observations identified weaker practice.", "AHT CPL / Heads of Faculty", "Spring term 2025",
             "Cover for 2 sessions per triad", "Coaching logs; staff survey", "G", "2025-04", None,
             ["AHT CPL", "Heads of Faculty"]),
            ("1.3", "Carry out learning walks and book looks each term, with governor involvement, and report the "
                    "findings to the Standards Committee.", "Headteacher, DHT Teaching and Learning", "Termly",
             "SLT time", "Standards Committee minutes", "G", None, "Termly",
             ["Headteacher", "DHT Teaching and Learning"]),
        ]),
        ("Recommendation 2: Strengthen the planning for the progressive development of pupils’ literacy and "
         "numeracy skills across the curriculum", [
            ("2.1", "Appoint a whole-school literacy coordinator and a numeracy coordinator with protected time.",
             "Headteacher", "January 2025", "TLR 2b x 2", "Governing body approval", "B", "2025-01", None,
             ["Headteacher"]),
            ("2.2", "Map literacy and numeracy opportunities across all Year 7–9 schemes of learning and identify "
                    "gaps.", "Literacy Coordinator / Numeracy Coordinator", "Summer term 2025",
             "Department meeting time", "Curriculum maps; work scrutiny", "A", "2025-07", None,
             ["Literacy Coordinator", "Numeracy Coordinator"]),
            ("2.3", "Introduce a structured reading programme for pupils whose reading age is more than two years "
                    "below their chronological age.", "ALNCo", "By July 2025", "Reading programme licence £3,200",
             "Reading age tests (September and June)", "G", "2025-07", None, ["ALNCo"]),
        ]),
        ("Recommendation 3: Improve attendance, particularly of pupils eligible for free school meals", [
            ("3.1", "Implement a tiered attendance response, with first-day calling and a home visit after three "
                    "days’ absence.", "AHT Wellbeing", "Immediate and ongoing", "Attendance officer",
             "Weekly attendance data by eFSM group", "G", None, "Immediate and ongoing", ["AHT Wellbeing"]),
            ("3.2", "Work with the Education Welfare Service to agree individual attendance plans for all "
                    "persistently absent pupils.", "AHT Wellbeing; EWO", "Autumn term 2025", "EWO time (LA)",
             "Persistent absence rate; plan reviews", "A", "2025-12", None, ["AHT Wellbeing", "EWO"]),
        ]),
        ("Recommendation 4: Strengthen self-evaluation and improvement planning so that leaders focus sharply "
         "on the impact of provision on pupils’ progress", [
            ("4.1", "Revise the self-evaluation calendar so that each faculty review includes pupil voice, book "
                    "scrutiny and lesson observation evidence.", "DHT Curriculum and Standards", "31/03/2025",
             "None", "Faculty review reports", "B", "2025-03", None, ["DHT Curriculum and Standards"]),
            ("4.2", "Provide training for middle leaders on writing improvement plans with measurable success "
                    "criteria.", "Headteacher / Challenge Adviser (CSC)", "Spring term 2025",
             "Consortium professional learning", "Quality of faculty improvement plans", "R", "2025-04", None,
             ["Headteacher", "Challenge Adviser (CSC)"]),
        ]),
    ]
    actions = []
    for rec, rows in recs:
        doc.add_paragraph(rec, style="Heading 2")
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        header_cells(t, heads)
        for (ref, text, lead, when, res, mon, rag, end, end_text, leads) in rows:
            cells = t.add_row().cells
            for i, v in enumerate([ref, text, lead, when, res, mon, rag]):
                cells[i].text = v
            shade(cells[6], fills[rag])
            actions.append(act(ref, [rec], text, leads, end, read[rag], end_text=end_text))
        doc.add_paragraph("Success criteria: see the school development plan 2024–25, section "
                          + rec.split(":")[0].replace("Recommendation ", "R") + ".")
    doc.add_paragraph("Signed: Chair of Governors          Date: 29 January 2025")
    doc.save(os.path.join(OUT, name))
    write_expected(
        name,
        source=("Imitates a Welsh secondary school's post-inspection action plan written by the governing body "
                "after an Estyn core inspection (2024-25), in the form Estyn's PIAP guidance (updated January "
                "2024) and local authorities in Wales publish. Copied features: title and inspection line, a "
                "school information table, a RAG key line (R/A/G/B), one heading per Estyn recommendation with "
                "its own table of numbered actions, leads as school post abbreviations (DHT, AHT, ALNCo, EWO; "
                "several in one cell split by '/', ';' or ','), timescales as school terms and dates, resources "
                "and monitoring columns, a success criteria note under each table and a sign-off line."),
        reads=("Ten actions under the four Estyn recommendations, one table per recommendation. Timescales are "
               "read as the last month of the period (Spring term 2025 = 2025-04, Summer term 2025 = 2025-07, "
               "Autumn term 2025 = 2025-12); 'Termly' and 'Immediate and ongoing' have no month; the RAG letter "
               "gives the status, B = achieved = blue."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 6. Tendring DC - RSH consumer standards housing improvement plan (csv)
# ---------------------------------------------------------------------------
def tendring():
    name = "io2-tendring-dc-rsh-consumer-standards-housing-improvement-plan.csv"
    title = "Tendring District Council – Housing Consumer Standards Improvement Plan"
    ncols = 9
    SQ = "Safety and Quality Standard"
    TIA = "Transparency, Influence and Accountability Standard"
    NC = "Neighbourhood and Community Standard"
    TS = "Tenancy Standard"
    Q11 = "1.1 Stock quality: an accurate, up to date and evidenced understanding of the condition of homes"
    Q12 = ("1.2 Health and safety: meet all legal requirements for gas, electrical, fire, water, asbestos and "
           "lift safety")
    T21 = "2.1 Complaints: complaints are handled fairly, effectively and within timescales"
    T22 = "2.2 Tenant Satisfaction Measures: collect and publish accurate TSM data"
    N31 = "3.1 Safety of shared spaces: keep communal areas clean and safe, working with tenants"
    S41 = "4.1 Allocations and lettings: fair, transparent allocations and efficient letting of homes"
    rows = [
        # ref, standard (first row only), requirement (first row only), action, lead, target, revised, RAG, update
        ("SQ1", SQ, Q11, "Commission a 100% stock condition survey over three years, completing 35% of homes in "
                         "2025/26.", "Asset Manager", "31/03/2026", "", "G", "1,104 surveys completed (35% target "
                                                                                "= 1,085)."),
        ("SQ2", "", "", "Load stock condition data into the new asset management system and reconcile property "
                        "attributes.", "Asset Manager / Housing Systems Officer", "30/06/2025", "31/12/2025", "A",
         "Data migration tested; go-live moved to December 2025."),
        ("SQ3", "", Q12, "Clear all overdue high priority fire risk assessment actions:\na) sheltered schemes\n"
                         "b) general needs blocks", "Building Safety Manager", "31/03/2026", "", "R",
         "117 overdue actions at 30 September 2025 (was 164).\nContractor capacity is the main constraint."),
        ("SQ4", "", "", "Achieve 100% valid five-yearly electrical installation condition reports (EICRs) across "
                        "all homes.", "Building Safety Manager", "Mar-26", "", "A", "Compliance 93.4%."),
        ("TIA1", TIA, T21, "Complete and publish a self-assessment against the Housing Ombudsman Complaint "
                           "Handling Code, and train all housing staff on the revised complaints procedure.",
         "Customer Experience Manager", "30/06/2025", "", "Complete", "Self-assessment published June 2025."),
        ("TIA2", "", T22, "Publish the 2024/25 TSM results, with commentary, on the council website and in the "
                          "tenants’ newsletter.", "Housing Performance Officer", "Q2 2025/26", "", "Complete",
         "Published August 2025."),
        ("NC1", NC, N31, "Carry out quarterly estate inspections with tenant representatives and publish the "
                         "results by estate.", "Tenancy Services Manager", "Ongoing", "", "G",
         "Q2 inspections completed on all 24 estates."),
        ("TS1", TS, S41, "Review the Housing Allocations Policy and consult tenants and partner agencies on the "
                         "proposed changes.", "Head of Housing and Environment", "31/01/2026", "", "G",
         "Consultation closes 14 November 2025."),
        ("TS2", "", "", "Reduce the average re-let time for standard voids to 30 calendar days.", "Voids Manager",
         "31/03/2026", "", "R", "Average 47 days in Q2."),
    ]
    pad = lambda lst: list(lst) + [""] * (ncols - len(lst))
    with open(os.path.join(OUT, name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(pad([title]))
        w.writerow(pad(["Position at 30 September 2025 – reported to the Tenant Scrutiny Panel and Cabinet "
                        "(November 2025)"]))
        w.writerow(pad([]))
        w.writerow(["Ref", "Consumer standard", "Requirement", "Action", "Lead officer", "Target date",
                    "Revised target date", "RAG", "Progress update"])
        for row in rows:
            w.writerow(list(row))
        w.writerow(pad([]))
        w.writerow(pad(["Key: G = on track; A = at risk of delay; R = off track; Complete = action delivered"]))
        w.writerow(pad(["Total actions: 9", "Complete: 2", "G: 3", "A: 2", "R: 2"]))

    endmap = {"31/03/2026": "2026-03", "31/12/2025": "2025-12", "Mar-26": "2026-03", "30/06/2025": "2025-06",
              "Q2 2025/26": "2025-09", "31/01/2026": "2026-01"}
    ragmap = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}
    actions = []
    std, req = None, None
    for (ref, s, q, a, lead, tgt, rev, rag, upd) in rows:
        std = s or std
        req = q or req
        when = rev or tgt
        if when == "Ongoing":
            e, et = None, "Ongoing"
        else:
            e, et = endmap[when], None
        actions.append(act(ref, [std, req], a, [p.strip() for p in lead.split("/")], e, ragmap[rag],
                           end_text=et))
    write_expected(
        name,
        source=("Imitates a stock-holding district council's housing improvement plan against the Regulator of "
                "Social Housing consumer standards (in force from April 2024; e.g. the self-assessment "
                "improvement plans councils took to cabinet and tenant panels in 2024-25), saved from Excel as "
                "CSV UTF-8. Copied features: title and position lines above the header, consumer standard and "
                "requirement written only on the first row of each group (merged cells in the original), action "
                "refs by standard, lead officers as job titles (two split by '/'), target and revised target "
                "dates in mixed forms (dd/mm/yyyy, Mar-26, Q2 2025/26, Ongoing), RAG letters with Complete, "
                "multi-line cells, a key line and a totals line at the foot."),
        reads=("Nine actions grouped by the four consumer standards; the standard and requirement carry down to "
               "the blank rows below them. The end is the revised target date where given; Q2 2025/26 is "
               "September 2025; 'Complete' is blue; the key and totals lines are not actions."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 7. Fylde Council - LGA corporate peer challenge action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def fylde():
    name = "io2-fylde-council-corporate-peer-challenge-action-plan.txt"
    title = "Fylde Council – LGA Corporate Peer Challenge Action Plan"
    R1 = ("Recommendation 1: Develop a clear long-term vision for Fylde that is shared by councillors, "
          "partners and communities")
    R2 = ("Recommendation 2: Make sure the medium-term financial strategy is underpinned by a savings and "
          "income programme that closes the forecast budget gap")
    R3 = "Recommendation 3: Strengthen the council's approach to organisational development and workforce planning"
    R4 = ("Recommendation 4: Review the council's governance arrangements, including the committee system, to "
          "make sure decision-making is timely and transparent")
    lines = [
        title,
        "Peer challenge: 11–14 June 2024. Progress update to the Audit and Standards Committee, 20 November 2025",
        "",
        "Status key: Blue = Complete; Green = On track; Amber = Some delay; Red = Significant delay",
        "",
        R1,
        "Ref\tAction\tLead\tTimescale\tStatus\tUpdate",
        "1.1\tHold member and partner workshops to shape a 2040 vision for Fylde\tChief Executive\tDec-24\t"
        "Complete\tWorkshops held October and November 2024",
        "1.2\tRefresh the Corporate Plan to reflect the agreed vision and publish a delivery plan with "
        "measures\tChief Executive / Head of Governance\tMar-25\tComplete\tCorporate Plan 2025-2029 adopted by "
        "Council on 6 March 2025",
        "",
        R2,
        "Ref\tAction\tLead\tTimescale\tStatus\tUpdate",
        "2.1\tEstablish a cross-party Budget Working Group to review savings and income options\tDirector of "
        "Resources\tJuly 2024\tComplete\tGroup met five times in 2024/25",
        "2.2\tDevelop a three-year savings and income generation programme with a target of £1.5m by 2027/28\t"
        "Director of Resources\tQ4 2025/26\tSome delay\t£0.9m identified to date",
        "\tincluding a review of car parking charges and beach hut income\t\t\t\t",
        "",
        R3,
        "Ref\tAction\tLead\tTimescale\tStatus\tUpdate",
        "3.1\tProduce a workforce strategy with succession plans for key roles\tHead of HR\t31/03/2025 (revised "
        "30/09/2025)\tComplete\tWorkforce Strategy approved by Operational Management Committee, September 2025",
        "3.2\tLaunch a management development programme for all team leaders and managers\tHead of HR\t"
        "April 2025 – March 2026\tOn track\tCohort 1 (18 managers) under way",
        "",
        R4,
        "Ref\tAction\tLead\tTimescale\tStatus\tUpdate",
        "4.1\tCommission an independent review of the committee system by the Centre for Governance and "
        "Scrutiny\tHead of Governance\tJan-25\tComplete\tReview reported to Council in January 2025",
        "4.2\tImplement the agreed changes to the constitution and scheme of delegation\tMonitoring Officer; "
        "Head of Governance\tMay 2026\tNot started\tTo follow the Constitution Working Group in early 2026",
        "",
        "Total actions: 8 (Complete 5, On track 1, Some delay 1, Significant delay 0, Not started 1)",
    ]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    actions = [
        act("1.1", [R1], "Hold member and partner workshops to shape a 2040 vision for Fylde", ["Chief Executive"],
            "2024-12", "blue"),
        act("1.2", [R1], "Refresh the Corporate Plan to reflect the agreed vision and publish a delivery plan with "
                         "measures", ["Chief Executive", "Head of Governance"], "2025-03", "blue"),
        act("2.1", [R2], "Establish a cross-party Budget Working Group to review savings and income options",
            ["Director of Resources"], "2024-07", "blue"),
        act("2.2", [R2], "Develop a three-year savings and income generation programme with a target of £1.5m by "
                         "2027/28\nincluding a review of car parking charges and beach hut income",
            ["Director of Resources"], "2026-03", "amber"),
        act("3.1", [R3], "Produce a workforce strategy with succession plans for key roles", ["Head of HR"],
            "2025-09", "blue"),
        act("3.2", [R3], "Launch a management development programme for all team leaders and managers",
            ["Head of HR"], "2026-03", "green"),
        act("4.1", [R4], "Commission an independent review of the committee system by the Centre for Governance "
                         "and Scrutiny", ["Head of Governance"], "2025-01", "blue"),
        act("4.2", [R4], "Implement the agreed changes to the constitution and scheme of delegation",
            ["Monitoring Officer", "Head of Governance"], "2026-05", "unrated"),
    ]
    write_expected(
        name,
        source=("Imitates a district council's action plan in response to its LGA Corporate Peer Challenge, as "
                "published with a progress update to a council committee (LGA requires the action plan to be "
                "published; e.g. North Herts, Epsom & Ewell, 2024-25), exported to tab-separated text. Copied "
                "features: title and peer challenge/meeting line, a status key line that defines the colours, one "
                "block per peer recommendation with its own header row, numbered actions, two leads in a cell "
                "('/' or ';'), timescales as mmm-yy, month names, a quarter, a period and a date with its revised "
                "date in brackets, a wrapped action continuing on the next line, and a totals line."),
        reads=("Eight actions under four peer challenge recommendations. The line beginning with a tab under "
               "2.2 continues that action's text. 3.1's revised date (30/09/2025) is its end; Q4 2025/26 is "
               "March 2026; Some delay is amber by the key, Not started is unrated."),
        outcome="read", title=title, actions=actions)


if __name__ == "__main__":
    derby()
    twfrs()
    pendle()
    east_renfrewshire()
    whitchurch()
    tendring()
    fylde()
    print("done")
