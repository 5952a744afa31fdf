"""Build the seven hc2- blind test files (set heldout245).

Run with /work/main/.venv/bin/python hc2_make.py  (openpyxl + python-docx).
Every file is written next to this script.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def boxed(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Westmorland and Furness Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
ASC_TITLE = "Westmorland and Furness Council – Adult Social Care Improvement Plan"

ASC_THEMES = [
    ("Theme 1: Working with people", [
        ("People waited too long for Care Act assessments and reviews, particularly in the Barrow and Furness locality.", [
            ("WP1.1", "Introduce a single triage of the assessment waiting list across the three localities using a proportionate assessment tool",
             "Head of Adult Social Care (South)", d(2025, 6, 30), d(2025, 9, 30), "Amber", "Green",
             "Triage live in Furness and South Lakes; Eden locality go-live 15 September."),
            ("WP1.2", "Commission a 12-month review team to clear overdue annual reviews",
             "Sarah Kendall / Mark Ellison", d(2025, 12, 31), None, "Amber", "Amber",
             "Agency team in place from July; 412 overdue reviews at end of August (down from 689)."),
        ]),
        ("Unpaid carers did not always receive a carer's assessment or know what support was available.", [
            ("WP2.1", "Co-produce a refreshed Carers Offer with local carers' organisations and publish it on the Council website",
             "Commissioning Manager (Carers and Prevention)", d(2025, 3, 31), None, "Green", "Complete",
             "Published 28 March 2025."),
            ("WP2.2", "Report carers' assessment performance monthly to the ASC Performance Board.\nTarget: 80% of carers offered an assessment within 28 days of contact.",
             "Performance and Intelligence Manager", d(2025, 10, 31), None, "Green", "Green",
             "Indicator added to the September performance dashboard."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("There was insufficient home care capacity in rural Westmorland, which led to delays in people receiving care.", [
            ("PS1.1", "Develop a rural home care framework with an enhanced rate for hard-to-serve areas",
             "Head of Commissioning", d(2025, 5, 31), d(2026, 1, 31), "Green", "Red",
             "Procurement paused after provider market engagement; revised timetable to Cabinet in November."),
            ("PS1.2", "Expand the in-house reablement service by 20 FTE",
             "Service Manager – Reablement", "Q4 2025/26", None, "Amber", "Amber",
             "11 FTE recruited; second recruitment campaign under way."),
        ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("Safeguarding enquiries were not consistently completed within timescales and outcomes were not always recorded.", [
            ("ES1.1", "Launch Making Safeguarding Personal practice standards and audit 30 enquiries each quarter",
             "Principal Social Worker", d(2025, 9, 30), None, "Green", "Green",
             "Standards launched in June; Q1 audit completed."),
            ("ES1.2", "Implement a revised safeguarding workflow in the case management system with mandatory outcome fields",
             "Head of Safeguarding Adults; Systems Development Lead", d(2025, 8, 31), d(2025, 11, 30), "Amber", "Amber",
             "Build complete; user testing in October."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Leaders did not use performance data consistently to understand demand and drive improvement.", [
            ("L1.1", "Establish a monthly ASC Performance Board chaired by the Director of Adult Social Care",
             "Director of Adult Social Care", d(2025, 4, 30), None, "Green", "Complete",
             "First meeting held 23 April 2025."),
            ("L1.2", "Co-produce the Adult Social Care Strategy 2026–2030 with people who draw on care and support",
             "Assistant Director – Strategy and Commissioning", d(2026, 3, 31), None, None, "Green",
             "Co-production group of 14 people meeting monthly."),
        ]),
    ]),
]

RAG_FILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}


def make_asc():
    wb = Workbook()
    # --- Cover
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = ASC_TITLE
    ws["A1"].font = Font(bold=True, size=16, color=NAVY)
    ws["A2"] = "Response to the CQC local authority assessment of adult social care (report published 21 March 2025; overall rating: Requires improvement)"
    ws["A4"] = "Plan owner"
    ws["B4"] = "Director of Adult Social Care"
    ws["A5"] = "Reporting to"
    ws["B5"] = "ASC Improvement Board (monthly); Adult Social Care and Health Scrutiny Committee (quarterly)"
    ws["A4"].font = ws["A5"].font = Font(bold=True)
    ws["A7"] = "Version control"
    ws["A7"].font = Font(bold=True, size=12)
    hdr = ["Version", "Date", "Author", "Comments"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=8, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
    rows = [
        ("0.3", d(2025, 4, 14), "ASC Improvement Programme Manager", "Draft for ASC Directorate Management Team"),
        ("1.0", d(2025, 5, 6), "ASC Improvement Programme Manager", "Approved by Cabinet"),
        ("1.4", d(2025, 9, 30), "ASC Improvement Programme Manager", "Q2 progress update for Scrutiny"),
    ]
    for r, row in enumerate(rows, start=9):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        boxed(ws, r, 4)
    boxed(ws, 8, 4)
    widths(ws, [16, 60, 36, 44])

    # --- Summary (totals block)
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of progress – position at 30 September 2025"
    ss["A1"].font = Font(bold=True, size=14, color=NAVY)
    heads = ["Theme", "Actions", "Complete", "Green", "Amber", "Red"]
    for i, h in enumerate(heads, start=1):
        c = ss.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
    r = 4
    tot = [0, 0, 0, 0, 0]
    for theme, afis in ASC_THEMES:
        acts = [a for _, al in afis for a in al]
        counts = [len(acts)] + [sum(1 for a in acts if a[6] == k) for k in ("Complete", "Green", "Amber", "Red")]
        ss.cell(row=r, column=1, value=theme)
        for j, v in enumerate(counts, start=2):
            ss.cell(row=r, column=j, value=v)
        tot = [a + b for a, b in zip(tot, counts)]
        boxed(ss, r, 6)
        r += 1
    ss.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot, start=2):
        ss.cell(row=r, column=j, value=v).font = Font(bold=True)
    boxed(ss, r, 6)
    boxed(ss, 3, 6)
    widths(ss, [44, 10, 11, 9, 9, 9])

    # --- Improvement Plan
    wp = wb.create_sheet("Improvement Plan")
    ncol = 9
    wp["A1"] = ASC_TITLE
    wp["A1"].font = Font(bold=True, size=14, color=NAVY)
    wp.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    wp["A2"] = "CQC local authority assessment – improvement actions. Progress position at 30 September 2025."
    wp.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    headers = ["Ref", "Area for improvement (CQC finding)", "Action", "Lead officer", "Target date",
               "Revised date", "Previous RAG", "Current RAG", "Progress update (September 2025)"]
    for i, h in enumerate(headers, start=1):
        c = wp.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
    boxed(wp, 4, ncol)
    r = 5
    for theme, afis in ASC_THEMES:
        wp.cell(row=r, column=1, value=theme).font = Font(bold=True, size=12)
        for c in range(1, ncol + 1):
            wp.cell(row=r, column=c).fill = fill("DDEBF7")
        wp.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for afi, acts in afis:
            first = r
            for (ref, action, lead, target, revised, prev, cur, update) in acts:
                wp.cell(row=r, column=1, value=ref)
                wp.cell(row=r, column=3, value=action)
                wp.cell(row=r, column=4, value=lead)
                tc = wp.cell(row=r, column=5, value=target)
                if isinstance(target, dt.datetime):
                    tc.number_format = "dd/mm/yyyy"
                if revised is not None:
                    rc = wp.cell(row=r, column=6, value=revised)
                    rc.number_format = "dd/mm/yyyy"
                if prev is not None:
                    pc = wp.cell(row=r, column=7, value=prev)
                    pc.fill = fill(RAG_FILL[prev])
                cc = wp.cell(row=r, column=8, value=cur)
                cc.fill = fill(RAG_FILL[cur])
                if cur in ("Complete", "Red"):
                    cc.font = Font(color="FFFFFF", bold=True)
                wp.cell(row=r, column=9, value=update)
                boxed(wp, r, ncol)
                r += 1
            wp.cell(row=first, column=2, value=afi)
            if r - 1 > first:
                wp.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            wp.cell(row=first, column=2).alignment = WRAP
    widths(wp, [8, 40, 50, 28, 12, 12, 11, 11, 44])
    wp.freeze_panes = "A5"

    # --- RAG key
    kk = wb.create_sheet("RAG Key")
    kk["A1"] = "RAG key"
    kk["A1"].font = Font(bold=True, size=12)
    key = [("Complete", BLUE, "Action complete and evidence of impact recorded"),
           ("Green", GREEN, "On track to deliver by the target (or revised) date"),
           ("Amber", AMBER, "At risk of missing the target date; mitigation in place"),
           ("Red", RED, "Target date missed or will be missed; escalated to the ASC Improvement Board")]
    for i, (k, col, txt) in enumerate(key, start=2):
        kk.cell(row=i, column=1, value=k).fill = fill(col)
        kk.cell(row=i, column=2, value=txt)
    widths(kk, [12, 80])
    wb.save(os.path.join(HERE, "hc2-westmorland-furness-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. South Yorkshire Fire and Rescue - HMICFRS values and culture tracker (xlsx)
# ---------------------------------------------------------------------------
SYFR_TITLE = "South Yorkshire Fire and Rescue – HMICFRS Values and Culture Recommendations Tracker"

SYFR = [
    ("Raising concerns and handling misconduct", [
        ("Recommendation 1 – By 1 October 2023, chief fire officers should make sure their services offer a confidential route for staff to raise concerns, and that staff know about whistleblowing processes.", [
            ("1a", "Procure an independent confidential reporting line for all staff and volunteers",
             "Head of People", d(2023, 10, 1), None, BLUE, "Independent reporting line live from 18 September 2023."),
            ("1b", "Relaunch the Whistleblowing Policy through station visits and the intranet, and record completion of the e-learning module",
             "Area Manager – Organisational Development", d(2023, 10, 1), d(2024, 3, 31), BLUE, "94% of staff have completed the module."),
        ]),
        ("Recommendation 4 – By 1 June 2023, chief fire officers should make sure people who raise concerns receive regular, accessible updates, and should consider a professional standards function to oversee cases.", [
            ("4a", "Establish a Professional Standards Unit to oversee all conduct and grievance cases",
             "Deputy Chief Fire Officer", d(2023, 6, 1), d(2025, 3, 31), AMBER, "Unit manager appointed; investigator posts out to advert."),
            ("4b", "Give people who raise concerns a written update at least every 28 days",
             "Professional Standards Manager", d(2024, 11, 30), None, GREEN, "Standard in place; compliance checked monthly."),
        ]),
    ]),
    ("Background checks", [
        ("Recommendation 12 – By 1 January 2024, chief fire officers should make sure all staff have a background check appropriate to their role, and that checks are repeated regularly.", [
            ("12a", "Complete standard or enhanced DBS checks for all existing staff according to role",
             "Head of People / Vetting Officer", d(2024, 1, 1), d(2025, 4, 30), RED, "87% complete; backlog with the DBS umbrella body."),
            ("12b", "Introduce three-yearly DBS re-checks recorded on the HR system",
             "Vetting Officer", d(2025, 6, 30), None, GREEN, "Re-check schedule built into the HR system."),
        ]),
    ]),
    ("Equality, diversity and inclusion", [
        ("Recommendation 15 – By 1 March 2024, chief fire officers should improve the collection and use of equality data so they understand their workforce.", [
            ("15a", "Run a 'Count Me In' campaign to raise staff equality data declaration rates to 90%",
             "EDI Manager", d(2024, 3, 1), d(2025, 9, 30), AMBER, "Declaration rate 71% (up from 58%)."),
        ]),
    ]),
    ("Leadership", [
        ("Recommendation 19 – By 1 October 2023, chief fire officers should introduce 360-degree feedback for senior leaders and managers.", [
            ("19a", "Introduce 360-degree feedback for all Group Managers and above",
             "Chief Fire Officer", d(2023, 10, 1), None, BLUE, "First cycle completed December 2023."),
            ("19b", "Extend 360-degree feedback to Station Managers",
             "Area Manager – Organisational Development", "Q1 2025/26", None, None, "Scheduled once the Group Manager cycle has been evaluated."),
        ]),
    ]),
]


def make_syfr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = SYFR_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 January 2025"
    ws["A4"] = "Status key (colour of the Status cell)"
    ws["A4"].font = Font(bold=True)
    key = [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "At risk of missing target date"),
           (RED, "Target date missed"), (None, "No fill – not started")]
    r = 5
    for col, txt in key:
        if col:
            ws.cell(row=r, column=1).fill = fill(col)
        ws.cell(row=r, column=1).border = BOX
        ws.cell(row=r, column=2, value=txt)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Theme").font = Font(bold=True)
    labels = ["Actions", "Complete", "On track", "At risk", "Missed", "Not started"]
    for j, h in enumerate(labels, start=2):
        ws.cell(row=r, column=j, value=h).font = Font(bold=True)
    boxed(ws, r, 7)
    r += 1
    order = [BLUE, GREEN, AMBER, RED, None]
    tot = [0] * 6
    for theme, recs in SYFR:
        acts = [a for _, al in recs for a in al]
        counts = [len(acts)] + [sum(1 for a in acts if a[5] == k) for k in order]
        ws.cell(row=r, column=1, value=theme)
        for j, v in enumerate(counts, start=2):
            ws.cell(row=r, column=j, value=v)
        tot = [a + b for a, b in zip(tot, counts)]
        boxed(ws, r, 7)
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot, start=2):
        ws.cell(row=r, column=j, value=v).font = Font(bold=True)
    boxed(ws, r, 7)
    widths(ws, [42, 30, 10, 10, 10, 10, 12])

    tr = wb.create_sheet("Tracker")
    ncol = 9
    tr["A1"] = SYFR_TITLE
    tr["A1"].font = Font(bold=True, size=13)
    tr.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    tr["A2"] = "Only recommendations addressed to chief fire officers are shown. Recommendations for national bodies are monitored through the NFCC."
    tr["A2"].font = Font(italic=True)
    tr.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    headers = ["Theme", "HMICFRS recommendation", "Action ID", "SYFR action", "Action owner",
               "Target date", "Revised target date", "Status", "Update / evidence"]
    for i, h in enumerate(headers, start=1):
        c = tr.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
    boxed(tr, 4, ncol)
    r = 5
    for theme, recs in SYFR:
        tfirst = r
        for rec, acts in recs:
            rfirst = r
            for (aid, action, owner, target, revised, status, update) in acts:
                tr.cell(row=r, column=3, value=aid)
                tr.cell(row=r, column=4, value=action)
                tr.cell(row=r, column=5, value=owner)
                tc = tr.cell(row=r, column=6, value=target)
                if isinstance(target, dt.datetime):
                    tc.number_format = "dd/mm/yyyy"
                if revised is not None:
                    tr.cell(row=r, column=7, value=revised).number_format = "dd/mm/yyyy"
                if status:
                    tr.cell(row=r, column=8).fill = fill(status)
                tr.cell(row=r, column=9, value=update)
                boxed(tr, r, ncol)
                r += 1
            tr.cell(row=rfirst, column=2, value=rec)
            if r - 1 > rfirst:
                tr.merge_cells(start_row=rfirst, start_column=2, end_row=r - 1, end_column=2)
            tr.cell(row=rfirst, column=2).alignment = WRAP
        tr.cell(row=tfirst, column=1, value=theme).font = Font(bold=True)
        if r - 1 > tfirst:
            tr.merge_cells(start_row=tfirst, start_column=1, end_row=r - 1, end_column=1)
        tr.cell(row=tfirst, column=1).alignment = WRAP
    widths(tr, [20, 52, 9, 46, 28, 12, 12, 9, 40])
    tr.freeze_panes = "C5"
    wb.save(os.path.join(HERE, "hc2-south-yorkshire-fire-rescue-hmicfrs-values-culture-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Ribble Valley BC - corporate risk register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
RV_TITLE = "Ribble Valley Borough Council – Corporate Risk Register Q3 2025/26"

RV = [
    ("CR1 – Medium-term financial sustainability",
     "Reduced government funding and cost pressures mean the Council cannot set a balanced budget over the MTFS period, leading to unplanned reductions in services.",
     "Director of Resources", "4 x 4 = 16", "MTFS updated twice a year; budget monitoring to Policy and Finance Committee quarterly; earmarked reserves policy.",
     ("3 x 4 = 12", AMBER), "↔", [
         ("1.1", "Deliver the 2026/27 savings and income programme identified in the MTFS", "Director of Resources", d(2026, 2, 28), "G"),
         ("1.2", "Review fees and charges and report the proposals to Policy and Finance Committee", "Head of Financial Services", d(2025, 11, 30), "B"),
     ]),
    ("CR2 – Local government reorganisation",
     "Local government reorganisation in Lancashire diverts capacity and creates uncertainty for staff, affecting service delivery and staff retention.",
     "Chief Executive", "4 x 5 = 20", "Chief Executive represents the Council on the Lancashire LGR programme board; LGR standing item at Corporate Management Team.",
     ("4 x 4 = 16", RED), "↑", [
         ("2.1", "Take part in the Lancashire-wide LGR programme workstreams and report progress to each Policy and Finance Committee", "Chief Executive", "Ongoing", "G"),
         ("2.2", "Hold quarterly all-staff briefings and publish LGR questions and answers on the intranet", "Head of HR / Communications Officer", d(2026, 3, 31), "G"),
     ]),
    ("CR3 – Cyber security",
     "A cyber attack or ransomware incident results in the loss of systems and data, preventing the Council from delivering services.",
     "Director of Resources", "4 x 5 = 20", "Firewalls and endpoint protection; immutable backups; annual penetration test; mandatory staff e-learning.",
     ("3 x 5 = 15", RED), "↔", [
         ("3.1", "Complete the migration of the remaining on-premises servers to the cloud platform", "Head of ICT", "Mar 2026", "A"),
         ("3.2", "Achieve the Cyber Assessment Framework baseline and complete the LGA cyber 360 review", "Head of ICT", d(2026, 6, 30), "G"),
     ]),
    ("CR4 – Planning service capacity",
     "Difficulty recruiting and retaining qualified planning officers leads to slower determination of applications and a risk of designation for poor performance.",
     "Director of Economic Development and Planning", "4 x 4 = 16", "Use of agency staff; performance reported monthly to Corporate Management Team.",
     ("3 x 4 = 12", AMBER), "↓", [
         ("4.1", "Recruit two Principal Planning Officers using an approved market supplement", "Head of Planning Services", d(2025, 11, 30), "R"),
         ("4.2", "Procure agency planning support as interim cover", "Head of Planning Services / HR Manager", d(2025, 10, 31), "B"),
     ]),
]
RV_STATUS = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}


def make_rv():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    headers = ["Risk", "Description (cause, event, consequence)", "Risk owner", "Inherent score (L x I)",
               "Existing controls", "Residual score (L x I)", "Action ref", "Further action required",
               "Action owner", "Target date", "Action status", "Direction of travel"]
    ncol = len(headers)
    ws["A1"] = RV_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Reported to Accounts and Audit Committee, 28 January 2026"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
    boxed(ws, 4, ncol)
    r = 5
    for (risk, desc, owner, inh, controls, (res, resfill), dot, acts) in RV:
        first = r
        for (aref, action, aowner, target, status) in acts:
            ws.cell(row=r, column=7, value=aref)
            ws.cell(row=r, column=8, value=action)
            ws.cell(row=r, column=9, value=aowner)
            tc = ws.cell(row=r, column=10, value=target)
            if isinstance(target, dt.datetime):
                tc.number_format = "dd/mm/yyyy"
            sc = ws.cell(row=r, column=11, value=status)
            sc.fill = fill(RV_STATUS[status])
            sc.alignment = Alignment(horizontal="center", vertical="top")
            boxed(ws, r, ncol)
            r += 1
        last = r - 1
        vals = {1: risk, 2: desc, 3: owner, 4: inh, 5: controls, 6: res, 12: dot}
        for col, v in vals.items():
            ws.cell(row=first, column=col, value=v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
            ws.cell(row=first, column=col).alignment = WRAP
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=6).fill = fill(resfill)
    r += 1
    ws.cell(row=r, column=1, value="Note: risks CR5 to CR9 have a residual score of 6 or below and are reported by exception only. See the Risk Scoring Key sheet for likelihood and impact definitions.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    widths(ws, [26, 42, 20, 12, 40, 12, 8, 44, 26, 12, 9, 10])
    ws.freeze_panes = "A5"

    kk = wb.create_sheet("Risk Scoring Key")
    kk["A1"] = "Risk scoring key"
    kk["A1"].font = Font(bold=True, size=12)
    rows = [("Score", "Rating", None),
            ("15 – 25", "High", RED),
            ("8 – 14", "Medium", AMBER),
            ("1 – 7", "Low", GREEN)]
    for i, (a, b, col) in enumerate(rows, start=3):
        kk.cell(row=i, column=1, value=a)
        c = kk.cell(row=i, column=2, value=b)
        if col:
            c.fill = fill(col)
        boxed(kk, i, 2)
    kk["A9"] = "Action status"
    kk["A9"].font = Font(bold=True)
    for i, (a, b) in enumerate([("G", "On track"), ("A", "Some slippage – expected to be delivered late"),
                                ("R", "Off track – escalated to Corporate Management Team"), ("B", "Complete")], start=10):
        c = kk.cell(row=i, column=1, value=a)
        c.fill = fill(RV_STATUS[a])
        kk.cell(row=i, column=2, value=b)
        boxed(kk, i, 2)
    kk["A16"] = "Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain. Impact: 1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Critical."
    widths(kk, [14, 60])
    wb.save(os.path.join(HERE, "hc2-ribble-valley-bc-corporate-risk-register-q3-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text; inner line breaks become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Trivallis - regulatory judgement improvement plan (docx)
# ---------------------------------------------------------------------------
TRIV_TITLE = "Trivallis Regulatory Improvement Plan 2024–25"

TRIV = [
    ("Theme 1 – Board leadership and oversight", [
        ("1.1 The Board's oversight of strategic risk and of the assurance it receives from its committees needs to be strengthened.", [
            ("1.1.1", "Commission an independent review of governance and report the findings to the Board", "Chair of the Board", "September 2024", "Green",
             "External review reported to the Board on 26 September 2024."),
            ("1.1.2", "Revise committee terms of reference and the scheme of delegation in line with the review recommendations", "Director of Governance and Assurance", "December 2024", "Green",
             "Approved by the Board on 12 December 2024."),
            ("1.1.3", "Introduce a Board Assurance Framework, reviewed quarterly by the Audit and Risk Committee", "Director of Governance and Assurance", "March 2025", "Amber",
             "Draft framework considered by the Audit and Risk Committee in January."),
        ]),
        ("1.2 Board skills and succession planning do not yet reflect the organisation's asset and digital challenges.", [
            ("1.2.1", "Complete a Board skills audit and recruit two Board members with asset management and digital expertise", "Chair of the Board / Chief Executive", "By 30 June 2025", "Amber",
             "Skills audit complete; recruitment campaign opens in February."),
        ]),
    ]),
    ("Theme 2 – Listening to tenants", [
        ("2.1 There is limited evidence of tenants' views shaping services or influencing Board decisions.", [
            ("2.1.1", "Establish a Tenant Scrutiny Panel with an annual scrutiny programme agreed by the Board", "Director of Customer Experience", "Q4 2024/25", "Red",
             "Recruitment of panel members slower than planned; six of ten places filled."),
            ("2.1.2", "Report tenant satisfaction results and learning from complaints to every Board meeting", "Head of Customer Insight", "Ongoing", "Amber",
             "Standing item from the November Board."),
        ]),
    ]),
    ("Theme 3 – Landlord health and safety compliance", [
        ("3.1 The Board did not receive clear assurance on progress with fire safety remedial actions.", [
            ("3.1.1", "Clear all overdue high-risk fire risk assessment actions.\nProgress to be reported monthly to the Executive Team.", "Director of Assets", "31 January 2025", "Amber",
             "38 of 52 overdue actions closed."),
            ("3.1.2", "Add fire, gas, electrical, water, asbestos and lift safety compliance measures to the Board performance dashboard", "Compliance Manager / Head of Performance", "November 2024", "Green",
             "Dashboard in use from the November Board."),
        ]),
    ]),
]
TRIV_FILL = {"Green": GREEN, "Amber": AMBER, "Red": RED}


def make_triv():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(TRIV_TITLE, style="Title")
    doc.add_paragraph("Response to the Welsh Government regulatory judgement of July 2024 "
                      "(Governance including landlord services: Compliant – Yellow; Financial viability: Compliant – Green).")
    doc.add_paragraph("Progress update for the Board – January 2025")

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "19 September 2024", "Director of Governance and Assurance", "Board, 26 September 2024"),
                ("1.3", "14 January 2025", "Governance Officer", "Audit and Risk Committee, 22 January 2025")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG key", level=1)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, hex_, meaning in [("Green", GREEN, "Action complete"),
                                ("Amber", AMBER, "In progress and on track to meet the timescale"),
                                ("Red", RED, "Behind timescale or at risk")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], hex_)
        set_cell(cells[1], meaning)

    doc.add_paragraph("")
    heads = ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update (January 2025)"]
    for theme, afis in TRIV:
        doc.add_heading(theme, level=1)
        tb = doc.add_table(rows=1, cols=len(heads))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for afi, acts in afis:
            row = tb.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            set_cell(merged, afi, bold=True)
            shade(merged, "F2F2F2")
            for (ref, action, lead, when, rag, update) in acts:
                cells = tb.add_row().cells
                for c, v in zip(cells, [ref, action, lead, when, rag, update]):
                    set_cell(c, v)
                shade(cells[4], TRIV_FILL[rag])
        widths_cm = [1.6, 8.5, 4.5, 3.0, 1.8, 6.5]
        for row in tb.rows:
            for c, w in zip(row.cells, widths_cm):
                c.width = Cm(w)
        doc.add_paragraph("")
    doc.add_paragraph("Next update: Board, April 2025.")
    doc.save(os.path.join(HERE, "hc2-trivallis-regulatory-judgement-governance-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Merthyr Tydfil Adult Learning in the Community Partnership - Estyn PIAP (docx)
# ---------------------------------------------------------------------------
MT_TITLE = "Merthyr Tydfil Adult Learning in the Community Partnership – Post-Inspection Action Plan"

MT = [
    ("R1: Improve the consistency of teaching and assessment so that tutors use learners' starting points to plan learning", [
        ("1.1", "Introduce a common initial and diagnostic assessment for all essential skills and ESOL learners",
         "All new learners assessed on entry; results used in individual learning plans", "Curriculum Lead – Essential Skills", "Autumn term 2024", "Completed"),
        ("1.2", "Deliver a programme of peer observation and professional learning for all sessional tutors",
         "Every tutor observed at least once a year; 90% of sessions judged good or better", "Rhian Powell, Gareth Lewis", "Summer term 2025", "On track"),
    ]),
    ("R2: Strengthen self-evaluation and improvement planning so that they focus on learners' progress and outcomes", [
        ("2.1", "Revise the partnership self-evaluation report template to include learner progress data by programme and venue",
         "Revised self-evaluation report approved by the Partnership Board", "Partnership Manager", "December 2024", "Completed"),
        ("2.2", "Set up a Quality Improvement Group that meets half-termly to monitor this action plan",
         "Minutes and action log show progress is monitored and challenged", "Partnership Manager / Quality Lead", "Half-termly", "On track"),
    ]),
    ("R3: Increase opportunities for learners to develop and use their Welsh language skills", [
        ("3.1", "Offer Welsh taster sessions at all community venues in partnership with Dysgu Cymraeg Morgannwg",
         "Taster sessions offered at all six venues; at least 40 learners progress to an Entry course", "Welsh Language Coordinator", "Spring term 2025", "Some slippage"),
        ("3.2", "Train tutors to use incidental Welsh in sessions and display bilingual resources in all venues",
         "All tutors trained; learning walks show incidental Welsh in most sessions", "Welsh Language Coordinator", "July 2025", "On track"),
    ]),
    ("R4: Make sure that all tutors understand and follow the partnership's safeguarding procedures at every venue", [
        ("4.1", "Deliver annual safeguarding and Prevent refresher training for all tutors and volunteers",
         "100% of tutors and volunteers trained; training log checked termly", "Designated Safeguarding Person", "September 2024", "Completed"),
        ("4.2", "Carry out unannounced safeguarding spot checks at community venues",
         "Spot check reports reviewed by the Partnership Board", "Quality Lead", "Termly", "Not started"),
    ]),
]
MT_FILL = {"Completed": "9DC3E6", "On track": "A9D08E", "Some slippage": "FFD966", "Not started": "FFFFFF"}


def make_mt():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(MT_TITLE, style="Title")
    doc.add_paragraph("Estyn inspection: 13–17 May 2024. Inspection report published 19 July 2024.")
    doc.add_paragraph("Action plan updated: March 2025")
    doc.add_paragraph("This plan responds to the four recommendations in the Estyn report. Progress is reported each term "
                      "to the Partnership Board and to the Council's Education Scrutiny Committee.")
    doc.add_heading("Progress key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [("Completed", "Blue – action completed and impact evaluated"),
                          ("On track", "Green – action under way and on course to meet the timescale"),
                          ("Some slippage", "Amber – action behind schedule but expected to be completed"),
                          ("Not started", "No colour – action not yet started")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], MT_FILL[word])
        set_cell(cells[1], meaning)

    heads = ["Ref", "Action", "Success criteria", "Responsibility", "Timescale", "Progress"]
    for rec, acts in MT:
        doc.add_heading(rec, level=2)
        tb = doc.add_table(rows=1, cols=len(heads))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "E2EFDA")
        for (ref, action, crit, resp, when, prog) in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, [ref, action, crit, resp, when, prog]):
                set_cell(c, v)
            shade(cells[5], MT_FILL[prog])
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(s.rows[1].cells, ["Chair, Partnership Board", "Cllr Ann Davies", "27 March 2025"]):
        set_cell(c, v)
    doc.save(os.path.join(HERE, "hc2-merthyr-tydfil-adult-learning-partnership-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Burnley BC - internal audit recommendations tracker, typo month (csv)
# ---------------------------------------------------------------------------
BURNLEY_HEAD = ["Audit", "Audit year", "Assurance opinion", "Rec no", "Priority", "Recommendation",
                "Agreed action", "Responsible officer", "Original due date", "Revised due date",
                "Status", "Latest update"]
BURNLEY = [
    ["Council Tax and NNDR", "2024/25", "Reasonable", "1", "Medium",
     "Reconciliations between the valuation list and the billing system should be completed monthly and independently reviewed.",
     "Monthly reconciliation to be completed by the Revenues Officer and signed off by the Revenues Manager.",
     "Revenues Manager", "31/03/2025", "", "Complete", "Reconciliations in place from April 2025."],
    ["Council Tax and NNDR", "2024/25", "Reasonable", "2", "Low",
     "Write-off procedures should be updated to reflect the current scheme of delegation.",
     "Update the write-off procedure note and circulate it to the Revenues team.",
     "Revenues Manager", "30/06/2025", "30/09/2025", "Complete", "Procedure note issued September 2025."],
    ["Payroll", "2024/25", "Limited", "1", "High",
     "Starters and leavers should only be processed on receipt of a form authorised by the budget holder.",
     "Introduce an electronic starter and leaver form with workflow approval by the budget holder.",
     "HR and Payroll Manager", "30/04/2025", "31/12/2025", "In progress", "Form built; testing with two service areas."],
    ["Payroll", "2024/25", "Limited", "2", "High",
     "The monthly payroll exception report should be reviewed before each payroll run and the review evidenced.",
     "Review the exception report before each payroll run and sign and date the review.",
     "Payroll Team Leader", "31/05/2025", "", "Complete", "Evidence of review seen by Internal Audit for June to September."],
    ["Payroll", "2024/25", "Limited", "3", "Medium",
     "Overtime claims should be authorised by a manager other than the claimant.",
     "Restrict overtime authorisation in the HR system so that claimants cannot approve their own claims.",
     "HR and Payroll Manager", "30/06/2025", "30/11/2025", "In progress", "System change requested from supplier."],
    ["Procurement and Contract Management", "2024/25", "Limited", "1", "High",
     "The contracts register should be complete and published in line with the Local Government Transparency Code.",
     "Update the contracts register and publish it quarterly on the Council website.",
     "Head of Finance and Property", "31/03/2025", "31/12/2025", "In progress", "Register 80% complete; first publication planned for December."],
    ["Procurement and Contract Management", "2024/25", "Limited", "2", "Medium",
     "Waivers of Contract Procedure Rules should be reported to the Audit and Standards Committee.",
     "Report all waivers of Contract Procedure Rules to the Audit and Standards Committee twice a year.",
     "Head of Legal and Democratic Services", "30/09/2025", "Febuary 2026", "In progress", "Report format agreed; first report moved to the February committee."],
    ["Leisure Trust Client Monitoring", "2025/26", "Reasonable", "1", "Medium",
     "Performance information supplied by the leisure trust should be checked against source records each quarter.",
     "Carry out quarterly sample checks of the leisure trust's performance returns.",
     "Head of Green Spaces and Amenities", "31/12/2025", "", "Not started", ""],
    ["Cyber Security", "2025/26", "Reasonable", "1", "High",
     "Multi-factor authentication should be enforced for all remote access accounts.",
     "Enforce multi-factor authentication for all remote and privileged accounts.",
     "ICT Client Manager", "31/01/2026", "", "In progress", "MFA enforced for 92% of accounts."],
]


def make_burnley():
    path = os.path.join(HERE, "hc2-burnley-bc-internal-audit-recommendations-tracker-typo-month-refuse.csv")
    n = len(BURNLEY_HEAD)
    pad = lambda first: [first] + [""] * (n - 1)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(pad("Burnley Borough Council - Internal Audit Recommendations Tracker"))
        w.writerow(pad("Audit and Standards Committee - position at 31 October 2025"))
        w.writerow([""] * n)
        w.writerow(BURNLEY_HEAD)
        for row in BURNLEY:
            w.writerow(row)
        w.writerow([""] * n)
        w.writerow(pad("Priority: High = fundamental control weakness requiring prompt action; Medium = important control weakness; Low = minor improvement."))
        w.writerow(pad("Source: internal audit follow-up records. Complete recommendations are removed after one report."))


# ---------------------------------------------------------------------------
# 7. Eryri National Park Authority - Audit Wales recommendations tracker (txt, tab-separated)
# ---------------------------------------------------------------------------
ERYRI_TITLE = "Eryri National Park Authority – Audit Wales Recommendations Progress Tracker"

ERYRI = [
    ("Governance of National Park Authorities (national report, April 2024)", [
        ("R1 NPAs should work with their constituent councils so that members nominated to the Authority have the skills and attributes needed for good governance.", [
            ("GOV-1.1", "Write to Gwynedd Council and Conwy County Borough Council setting out the role profile and skills expected of nominated members",
             "Chief Executive", "31/07/2024", "C", "Letters sent 15 July 2024."),
            ("GOV-1.2", "Publish a member role description and skills matrix on the Authority website",
             "Head of Corporate Services", "30/09/2024", "C", ""),
        ]),
        ("R2 NPAs should strengthen induction and training for members and evaluate each member's contribution annually.", [
            ("GOV-2.1", "Deliver a refreshed member induction programme covering planning, finance and the code of conduct",
             "Head of Corporate Services / Member Support Officer", "June 2025", "C", "Delivered to new Welsh Government appointees in May and June 2025."),
            ("GOV-2.2", "Introduce annual development conversations for all members, led by the Chair",
             "Chair of the Authority", "March 2026", "G", "First round booked for January 2026."),
        ]),
    ]),
    ("Assurance and Risk Assessment 2024-25 (local report, January 2025)", [
        ("R1 The Authority should set out in its medium-term financial plan how it will manage the financial risk from reductions in Welsh Government grant.", [
            ("ARA-1.1", "Update the Medium Term Financial Plan with scenario modelling of 2%, 5% and 10% grant reductions",
             "Chief Finance Officer", "31/03/2025", "C", "Approved by the Authority on 12 March 2025."),
            ("ARA-1.2", "Report a quarterly financial risk dashboard to the Performance and Resources Committee",
             "Chief Finance Officer", "Quarterly", "G", "Second dashboard presented to this meeting."),
        ]),
        ("R2 The Authority should make better use of performance information to show the impact of its work on its Wellbeing Objectives.", [
            ("ARA-2.1", "Develop outcome measures for each Wellbeing Objective in the Corporate Plan 2025-26",
             "Performance and Policy Officer", "30/09/2025", "A", "Draft measures agreed by Management Team; baseline data for two objectives outstanding."),
            ("ARA-2.2", "Publish an annual performance and wellbeing report in Welsh and English",
             "Head of Corporate Services", "31/10/2025", "R", "Delayed by translation capacity."),
        ]),
    ]),
]


def make_eryri():
    lines = [ERYRI_TITLE,
             "Performance and Resources Committee – 19 November 2025",
             "Status key: C = Complete, G = On track, A = Some slippage, R = Significant delay",
             "",
             "\t".join(["ID", "Audit Wales recommendation", "Action", "Responsible officer", "Due date", "Status", "Comment"])]
    counts = {"C": 0, "G": 0, "A": 0, "R": 0}
    for si, (section, recs) in enumerate(ERYRI):
        if si:
            lines.append("")
        lines.append(section)
        for rec, acts in recs:
            for i, (aid, action, who, due, st, comment) in enumerate(acts):
                lines.append("\t".join([aid, rec if i == 0 else "", action, who, due, st, comment]))
                counts[st] += 1
    lines.append("")
    total = sum(counts.values())
    lines.append("Summary: Complete {C} | On track {G} | Some slippage {A} | Significant delay {R} | Total {t}".format(t=total, **counts))
    with open(os.path.join(HERE, "hc2-eryri-npa-audit-wales-recommendations-tracker.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_asc()
    make_syfr()
    make_rv()
    make_triv()
    make_mt()
    make_burnley()
    make_eryri()
    print("built 7 hc2 files in", HERE)
