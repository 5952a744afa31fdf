"""Build the seven ne2- blind test files (set heldout403).

Run with: /work/main/.venv/bin/python ne2_make.py
Writes the data files into the directory holding this script.
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

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
    "paleg": "E2EFDA",
}
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Cambridgeshire Fire and Rescue Service - HMICFRS AFI improvement plan
# ---------------------------------------------------------------------------
CFRS_NAME = "ne2-cambridgeshire-fire-rescue-service-hmicfrs-afi-improvement-plan.xlsx"
CFRS_TITLE = "Cambridgeshire Fire and Rescue Service – HMICFRS Inspection 2023–25 Improvement Plan"
# rows: ("area", text) / ("afi", text) / ("act", ref, action, owner, orig, revised, prev, cur, update)
CFRS_ROWS = [
    ("area", "Responding to fires and other emergencies"),
    ("afi", "AFI 1 – The service should make sure on-call staff are familiar with the risks in their "
            "local areas and have an understanding of fires in tall buildings."),
    ("act", "1.1", "Introduce a quarterly programme of local risk familiarisation visits for every on-call "
                   "station, recorded on the site-specific risk information (SSRI) system.",
     "Group Commander – On-call Support", d(2024, 9, 30), None, "Blue", "Blue",
     "Programme in place at all 20 on-call stations. Q1 and Q2 visits recorded on SSRI. Closed at SLT July 2025."),
    ("act", "1.2", "Deliver the tall buildings firefighting module (including evacuation and fire survival "
                   "guidance) to all on-call crews and add it to the annual maintenance of competence programme.",
     "Head of Training / Area Commander Response", d(2025, 3, 31), d(2025, 12, 31), "Amber", "Green",
     "71% of on-call crews trained. Remaining courses booked for October and November 2025."),
    ("area", "Responding to major and multi-agency incidents"),
    ("afi", "AFI 2 – The service should make sure it is well prepared to form part of a multi-agency "
            "response to a community risk identified by the local resilience forum, including a "
            "marauding terrorist attack."),
    ("act", "2.1", "Review and re-issue the service's marauding terrorist attack (MTA) operational guidance "
                   "in line with national operational guidance and JOPs 3.",
     "Station Commander – Operational Policy", d(2025, 6, 30), None, "Green", "Blue",
     "Guidance issued 12 June 2025. Briefing packs delivered to all watches."),
    ("act", "2.2", "Take part in at least two multi-agency exercises a year with Cambridgeshire and "
                   "Peterborough LRF partners and record the learning on the JOL system.",
     "Area Commander – Resilience", "Ongoing", None, "Green", "Green",
     "Exercise Fenland Flood (May 2025) completed; MTA exercise with police and ambulance planned for January 2026."),
    ("area", "Managing performance and developing leaders"),
    ("afi", "AFI 3 – The service should make sure all staff understand and take part in a meaningful "
            "appraisal process."),
    ("act", "3.1", "Launch the revised Personal Development Review (PDR) process and digital form for all "
                   "staff groups, including on-call and fire control.",
     "Head of People", d(2024, 12, 31), d(2025, 6, 30), "Amber", "Blue",
     "Digital PDR launched 2 June 2025 following system testing delay."),
    ("act", "3.2", "Report PDR completion rates by directorate to the Service Leadership Team each quarter, "
                   "with a target of 95% completion.",
     "Head of People; Head of Corporate Assurance", d(2025, 9, 30), d(2026, 3, 31), "Green", "Amber",
     "First quarterly report (Q2) shows 78% completion. On-call completion is lowest at 61%."),
    ("afi", "AFI 4 – The service should put in place an open and fair process to identify, develop and "
            "support high-potential staff and aspiring leaders."),
    ("act", "4.1", "Design and launch a talent management and aspiring leaders programme, with clear and "
                   "published entry criteria, open to all staff groups.",
     "Assistant Chief Fire Officer", d(2025, 3, 31), d(2025, 9, 30), "Amber", "Red",
     "Programme design approved but launch delayed by the wider leadership restructure. New date to be "
     "proposed to SLT in October 2025."),
]


def build_cfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 60
    ws["A1"] = CFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Areas for Improvement (AFIs) – progress update at 30 September 2025"
    ws["A2"].font = Font(italic=True, size=11)
    ws["A3"] = "Owner: Head of Corporate Assurance   |   Reported to: Overview and Scrutiny Committee"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BORDER
    versions = [
        ("1.0", d(2024, 1, 18), "Corporate Assurance Team", "First version approved by the Service Leadership Team (SLT)"),
        ("1.3", d(2025, 6, 12), "Corporate Assurance Team", "Q1 2025/26 progress update"),
        ("1.4", d(2025, 9, 25), "Corporate Assurance Team", "Q2 2025/26 progress update; revised dates agreed by SLT"),
    ]
    for r, row in enumerate(versions, 7):
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    key = [
        ("Blue", "blue", "Action complete and evidence provided"),
        ("Green", "green", "On track to complete by the (revised) completion date"),
        ("Amber", "amber", "At risk – may not complete by the completion date"),
        ("Red", "red", "Off track – completion date missed or will be missed"),
    ]
    for r, (word, col, meaning) in enumerate(key, 12):
        a = ws.cell(row=r, column=1, value=word)
        a.fill = fill(col)
        a.border = BORDER
        b = ws.cell(row=r, column=2, value=meaning)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)

    # Summary sheet
    ss = wb.create_sheet("Summary")
    ss.column_dimensions["A"].width = 28
    ss.column_dimensions["B"].width = 18
    ss["A1"] = "Summary of action status at 30 September 2025"
    ss["A1"].font = Font(bold=True, size=12)
    for i, h in enumerate(["Current RAG", "Number of actions"], 1):
        c = ss.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BORDER
    counts = {}
    for row in CFRS_ROWS:
        if row[0] == "act":
            counts[row[7]] = counts.get(row[7], 0) + 1
    r = 4
    for word, col in [("Blue", "blue"), ("Green", "green"), ("Amber", "amber"), ("Red", "red")]:
        a = ss.cell(row=r, column=1, value=word)
        a.fill = fill(col)
        a.border = BORDER
        b = ss.cell(row=r, column=2, value=counts.get(word, 0))
        b.border = BORDER
        r += 1
    a = ss.cell(row=r, column=1, value="Total")
    a.font = Font(bold=True)
    a.border = BORDER
    b = ss.cell(row=r, column=2, value=sum(counts.values()))
    b.font = Font(bold=True)
    b.border = BORDER
    ss.cell(row=r + 2, column=1, value="AFIs: 4   |   AFIs with all actions complete: 0")

    # Plan sheet
    ps = wb.create_sheet("Improvement Plan")
    widths = [7, 60, 26, 14, 14, 12, 12, 55]
    for i, w in enumerate(widths):
        ps.column_dimensions["ABCDEFGH"[i]].width = w
    ps["A1"] = CFRS_TITLE
    ps["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Action", "Action owner", "Original completion date", "Revised completion date",
             "Previous RAG (June 2025)", "Current RAG (Sept 2025)", "Progress update (September 2025)"]
    for i, h in enumerate(heads, 1):
        c = ps.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    colmap = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    r = 4
    for row in CFRS_ROWS:
        if row[0] == "area":
            c = ps.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, size=12)
            c.fill = fill("pale")
            ps.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif row[0] == "afi":
            c = ps.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            ps.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ps.row_dimensions[r].height = 32
        else:
            _, ref, action, owner, orig, rev, prev, cur, upd = row
            vals = [ref, action, owner, orig, rev, prev, cur, upd]
            for i, v in enumerate(vals, 1):
                c = ps.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ps.cell(row=r, column=6).fill = fill(colmap[prev])
            ps.cell(row=r, column=7).fill = fill(colmap[cur])
            ps.row_dimensions[r].height = 48
        r += 1
    r += 1
    ps.cell(row=r, column=1, value="Note: revised completion dates were agreed by the Service Leadership Team "
                                  "on 16 September 2025. Original dates are kept for transparency.")
    ps.cell(row=r, column=1).font = Font(italic=True)
    ps.freeze_panes = "A4"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Calderdale Council - internal audit recommendations tracker (REFUSE)
# ---------------------------------------------------------------------------
CALD_NAME = "ne2-calderdale-council-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
CALD_TITLE = "Calderdale Council – Internal Audit: Follow-up of Agreed Management Actions"
CALD_HEADER_ROW = 5
# (audit, year, assurance) -> list of (rec no, priority, recommendation, agreed action, officer,
#                                     agreed date, revised date, status, comment)
CALD_AUDITS = [
    (("Payroll – Starters and Leavers", "2024/25", "Limited"), [
        ("1", "1", "Leaver forms should be submitted to Payroll before the leaving date so that overpayments are avoided.",
         "Managers to be reminded of the leaver deadline and a monthly exception report of late leaver forms sent to Heads of Service.",
         "Payroll Manager", d(2025, 3, 31), "Jun-25", "Implemented", "Evidence of monthly exception reports seen."),
        ("2", "2", "Overpayments arising from late leaver notifications should be recovered promptly and monitored.",
         "Introduce an overpayment recovery log reviewed monthly by the Payroll Manager.",
         "Payroll Manager / Income Team Leader", d(2025, 3, 31), "Sep-25", "Partially implemented",
         "Log in place; recovery letters not yet issued for 2024/25 cases."),
        ("3", "3", "The starter checklist should be updated to include right to work evidence.",
         "Update starter checklist and guidance on the intranet.",
         "HR Business Partner", d(2025, 1, 31), None, "Implemented", ""),
    ]),
    (("Direct Payments", "2024/25", "Reasonable"), [
        ("1", "2", "Annual reviews of direct payment accounts should be completed within the timescales set out in policy.",
         "Clear the backlog of overdue financial reviews and report monthly to the Adults DMT.",
         "Service Manager – Direct Payments", d(2025, 6, 30), "0ct-25", "Not implemented",
         "Backlog reduced from 212 to 140 reviews; revised date agreed with Head of Service."),
        ("2", "3", "Unspent balances above the agreed threshold should be clawed back.",
         "Apply the clawback procedure to all accounts holding more than 8 weeks' funding.",
         "Finance Manager (Adults)", d(2025, 9, 30), None, "Not yet due", ""),
    ]),
    (("Cyber Security – Patch Management", "2024/25", "Limited"), [
        ("1", "1", "Critical security patches should be applied within 14 days of release.",
         "Implement automated patch deployment for all Windows servers and report compliance monthly.",
         "Head of ICT Infrastructure", d(2025, 5, 31), "Dec-25", "Partially implemented",
         "92% of servers now patched automatically; remaining legacy servers scheduled for migration."),
        ("2", "2", "Unsupported operating systems should be removed from the network or isolated.",
         "Produce a decommissioning plan for the 11 unsupported servers and isolate them in the meantime.",
         "Head of ICT Infrastructure; Information Security Officer", d(2025, 8, 31), "Mar-26", "Partially implemented",
         "Six servers decommissioned."),
    ]),
    (("Council Tax Reduction Scheme", "2025/26", "Substantial"), [
        ("1", "3", "Procedure notes should be updated to reflect the 2025/26 scheme changes.",
         "Update procedure notes and circulate to the benefits team.",
         "Revenues and Benefits Manager", d(2025, 11, 30), None, "Not yet due", ""),
    ]),
]


def cald_refuse_row():
    r = CALD_HEADER_ROW + 1
    for _, recs in CALD_AUDITS:
        for rec in recs:
            if rec[6] and "0ct" in rec[6]:
                return r
            r += 1
    raise RuntimeError("no typo row")


def build_cald(path):
    wb = Workbook()
    ss = wb.active
    ss.title = "Summary"
    ss.column_dimensions["A"].width = 30
    for col in "BCDEF":
        ss.column_dimensions[col].width = 14
    ss["A1"] = CALD_TITLE
    ss["A1"].font = Font(bold=True, size=13)
    ss["A2"] = "Position as at 31 October 2025 – report to Audit Committee, 24 November 2025"
    heads = ["Priority", "Total actions", "Implemented", "Partially implemented", "Not implemented", "Not yet due"]
    for i, h in enumerate(heads, 1):
        c = ss.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BORDER
        c.alignment = WRAP
    stats = {}
    for _, recs in CALD_AUDITS:
        for rec in recs:
            p = rec[1]
            stats.setdefault(p, {"Implemented": 0, "Partially implemented": 0, "Not implemented": 0, "Not yet due": 0})
            stats[p][rec[7]] += 1
    labels = {"1": "Priority 1 (Fundamental)", "2": "Priority 2 (Significant)", "3": "Priority 3 (Merits attention)"}
    r = 5
    for p in ["1", "2", "3"]:
        s = stats[p]
        vals = [labels[p], sum(s.values()), s["Implemented"], s["Partially implemented"], s["Not implemented"], s["Not yet due"]]
        for i, v in enumerate(vals, 1):
            c = ss.cell(row=r, column=i, value=v)
            c.border = BORDER
        r += 1
    tot = ["Total"] + [sum(ss.cell(row=x, column=i).value for x in range(5, 8)) for i in range(2, 7)]
    for i, v in enumerate(tot, 1):
        c = ss.cell(row=r, column=i, value=v)
        c.font = Font(bold=True)
        c.border = BORDER

    ws = wb.create_sheet("Action Tracker")
    widths = [26, 9, 12, 7, 8, 45, 45, 26, 14, 12, 18, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJKL"[i]].width = w
    ws["A1"] = CALD_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Outstanding and recently closed agreed actions – position at 31 October 2025"
    ws["A3"] = ("Priority: 1 = Fundamental (action required urgently), 2 = Significant (action required), "
                "3 = Merits attention. Revised dates are those agreed with the responsible Head of Service.")
    ws["A3"].font = Font(italic=True, size=9)
    heads = ["Audit", "Year", "Assurance", "Rec No", "Priority", "Recommendation", "Agreed Management Action",
             "Responsible Officer", "Agreed Date", "Revised Date", "Status", "Internal Audit Comment"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=CALD_HEADER_ROW, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BORDER
        c.alignment = WRAP
    r = CALD_HEADER_ROW + 1
    status_fill = {"Implemented": "paleg", "Partially implemented": "amber", "Not implemented": "red", "Not yet due": None}
    for (audit, year, assurance), recs in CALD_AUDITS:
        first = r
        for rec in recs:
            no, pri, recom, act, off, agreed, revised, status, comment = rec
            vals = [None, None, None, no, pri, recom, act, off, agreed, revised, status, comment or None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if status_fill[status]:
                ws.cell(row=r, column=11).fill = fill(status_fill[status])
            r += 1
        for i, v in enumerate([audit, year, assurance], 1):
            c = ws.cell(row=first, column=i, value=v)
            c.alignment = WRAP
            c.font = Font(bold=(i == 1))
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=i, end_row=r - 1, end_column=i)
    ws.freeze_panes = ws.cell(row=CALD_HEADER_ROW + 1, column=1)
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Kent County Council - Kent Enablement at Home CQC inspection action plan
# ---------------------------------------------------------------------------
KEAH_NAME = "ne2-kent-county-council-kent-enablement-at-home-cqc-inspection-action-plan.xlsx"
KEAH_TITLE = "Kent Enablement at Home (KEaH): CQC Inspection Action Plan"
# (key question, finding, [(no, action, leads, target, evidence, rag_colour or None)])
KEAH_BLOCKS = [
    ("Safe",
     "Regulation 12 (Safe care and treatment) – must do: Risks to people’s health and safety were not "
     "consistently assessed, and care plans lacked guidance for staff on catheter care, skin integrity and falls.",
     [("1", "Review every active enablement care plan against the new risk assessment template, starting with "
            "people who have a catheter, pressure area needs or a history of falls.",
       "Registered Manager / Deputy Manager", d(2025, 5, 31),
       "All 412 active plans reviewed by 28 May 2025. Template now mandatory in the case recording system.", "blue"),
      ("2", "Introduce a monthly care plan audit (10% sample per area team) with results reported to the "
            "Quality Assurance Board.",
       "Quality Assurance Manager", "End of June 2025",
       "Audits running since June 2025; compliance 88% in September.", "blue")]),
    ("Safe",
     "Regulation 12 (Safe care and treatment) – must do: Medicines were not always managed safely; "
     "time-critical medicines were not always given at the prescribed times.",
     [("3", "Move all medicine administration records (MAR) onto the electronic call monitoring app so that late "
            "or missed time-critical doses trigger an alert to the duty coordinator.",
       "Lindsay Marsh & Priya Okafor", "Q2 2025/26",
       "Live in East and North Kent. West Kent go-live delayed by device supply.", "amber"),
      ("4", "Deliver refreshed medicines competency training and observed practice checks for all enablement "
            "support workers.",
       "Practice Development Lead", d(2025, 9, 30),
       "86% of support workers assessed as competent; remainder booked.", "green")]),
    ("Well-led",
     "Regulation 17 (Good governance) – must do: Quality assurance systems did not identify the shortfalls "
     "found at inspection, and audits did not lead to timely action.",
     [("5", "Set up a KEaH Quality Assurance Board, chaired by the Assistant Director, meeting monthly with a "
            "single action log.",
       "Assistant Director – Community Services", "April 2025",
       "Board established 15 April 2025; terms of reference agreed.", "blue"),
      ("6", "Produce a monthly quality dashboard (missed and late calls, incidents, safeguarding, complaints, "
            "audit results) for the Quality Assurance Board and DMT.",
       "Performance and Information Manager", d(2025, 10, 31),
       "Draft dashboard presented to the Board in September; data on late calls still being validated.", "green")]),
    ("Well-led",
     "Should do: The provider should make sure people and their relatives are routinely asked for feedback "
     "and that the learning is shared with staff.",
     [("7", "Introduce a feedback call to every person at the end of their enablement period and publish a "
            "quarterly ‘You said, we did’ summary for staff.",
       "Customer Care Manager", "Q3 2025/26",
       "Not started – dependent on the new telephony system.", None),
      ("8", "Hold quarterly staff learning forums covering complaints, compliments and safeguarding outcomes.",
       "Area Enablement Managers", "Ongoing – quarterly",
       "First forums held in July 2025 in all three areas.", "green")]),
]


def build_keah(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [6, 12, 42, 55, 26, 16, 45, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws["A1"] = "Kent County Council – Adult Social Care and Health"
    ws["A1"].font = Font(bold=True, size=11, color="1F3864")
    ws["A2"] = KEAH_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Inspection visits: 20 January – 7 February 2025  |  Report published: 9 April 2025  |  "
                "Overall rating: Requires improvement")
    ws["A4"] = "Plan owner: Registered Manager, KEaH  |  Last updated: 15 October 2025"
    heads = ["No.", "Key question", "CQC finding (regulation)", "Action", "Lead(s)", "Target date",
             "Evidence / update", "RAG"]
    hr = 6
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BORDER
        c.alignment = WRAP
    r = hr + 1
    kq_start = {}
    for kq, finding, acts in KEAH_BLOCKS:
        first = r
        for no, action, leads, target, ev, rag in acts:
            vals = [no, None, None, action, leads, target, ev, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=8).fill = fill(rag)
            ws.row_dimensions[r].height = 60
            r += 1
        c = ws.cell(row=first, column=3, value=finding)
        c.alignment = WRAP
        ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
        kq_start.setdefault(kq, [first, r - 1])
        kq_start[kq][1] = r - 1
    for kq, (a, b) in kq_start.items():
        c = ws.cell(row=a, column=2, value=kq)
        c.font = Font(bold=True)
        c.alignment = Alignment(vertical="center", horizontal="center")
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for col, meaning in [("blue", "Complete"), ("green", "On track"), ("amber", "Some risk to delivery"),
                         ("red", "Off track"), (None, "Not started")]:
        c = ws.cell(row=r, column=1)
        c.border = BORDER
        if col:
            c.fill = fill(col)
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    ws.freeze_panes = ws.cell(row=hr + 1, column=1)

    rs = wb.create_sheet("CQC ratings")
    rs["A1"] = "CQC ratings – Kent Enablement at Home (report published 9 April 2025)"
    rs["A1"].font = Font(bold=True)
    rs.column_dimensions["A"].width = 22
    rs.column_dimensions["B"].width = 24
    ratings = [("Overall", "Requires improvement"), ("Safe", "Requires improvement"), ("Effective", "Good"),
               ("Caring", "Good"), ("Responsive", "Good"), ("Well-led", "Requires improvement")]
    for i, (q, g) in enumerate(ratings, 3):
        rs.cell(row=i, column=1, value=q).border = BORDER
        c = rs.cell(row=i, column=2, value=g)
        c.border = BORDER
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_cell(cell, text, colour=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if colour:
        shade(cell, colour)


# ---------------------------------------------------------------------------
# 4. Hampshire County Council - Auditor's Annual Report VfM recommendations
# ---------------------------------------------------------------------------
HCC_NAME = "ne2-hampshire-county-council-auditors-annual-report-2023-24-vfm-recommendations-action-plan.docx"
HCC_TITLE = "Auditor’s Annual Report 2023/24: Value for Money Recommendations – Management Action Plan"
HCC_SECTIONS = [
    ("Financial sustainability", [
        ("Key recommendation 1: The Council should develop a deliverable plan to close the budget gap forecast "
         "from 2026/27, with savings proposals set out in enough detail to support the Medium Term Financial "
         "Strategy and to limit the planned use of reserves.",
         "Management response: Agreed. The Council recognises the scale of the financial challenge and will "
         "bring forward detailed proposals through the Future Services programme.",
         [("1a", "Bring a refreshed Medium Term Financial Strategy to Cabinet setting out the budget gap to "
                 "2028/29 and the proposed approach to closing it.",
           "Director of Corporate Operations", "October 2025", "On track"),
          ("1b", "Develop detailed savings proposals through the Future Services programme, with delivery plans "
                 "and equality impact assessments for each proposal.",
           "Chief Executive; Director of Corporate Operations", "28 February 2026", "At risk"),
          ("1c", "Report savings delivery and use of reserves to Cabinet as part of the quarterly budget "
                 "monitoring report.",
           "Deputy Director – Finance", "Quarterly", "Complete")]),
        ("Improvement recommendation 1: The Council should strengthen its monitoring of the Dedicated Schools "
         "Grant (DSG) high needs deficit and agree a realistic recovery trajectory.",
         "Management response: Agreed.",
         [("2a", "Update the DSG deficit management plan, including the forecast cumulative deficit to 31 March "
                 "2028, and share it with the Schools Forum.",
           "Director of Children’s Services / Director of Corporate Operations", "31 December 2025", "On track")]),
    ]),
    ("Governance", [
        ("Improvement recommendation 2: The Council should ensure that the Audit Committee receives timely "
         "assurance on the highest-rated corporate risks, including through deep-dive reviews with risk owners.",
         "Management response: Agreed.",
         [("3a", "Introduce a rolling programme of risk deep-dive sessions at each Audit Committee meeting, with "
                 "the relevant risk owner attending.",
           "Chief Internal Auditor", "June 2025", "Complete"),
          ("3b", "Refresh the Corporate Risk Management Policy and risk appetite statement and take them to the "
                 "Audit Committee for approval.",
           "Head of Risk and Insurance", "March 2026", "On track")]),
    ]),
    ("Improving economy, efficiency and effectiveness", [
        ("Improvement recommendation 3: The Council should improve the monitoring of its major highways and "
         "waste contracts so that contract performance is reported against agreed key performance indicators.",
         "Management response: Agreed. A contract management improvement plan is being developed.",
         [("4a", "Agree a single set of key performance indicators for the highways term maintenance contract "
                 "and report them to the Executive Lead Member every quarter.",
           "Director of Universal Services", "30 September 2025", "Off track"),
          ("4b", "Carry out a contract management capability review and deliver training to all officers "
                 "managing contracts over £1m.",
           "Head of Procurement", "31 March 2026", "Not started")]),
    ]),
]


def build_hcc(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph("Hampshire County Council – Audit Committee, 25 September 2025 – Appendix B")
    p.runs[0].italic = True
    doc.add_paragraph(HCC_TITLE, style="Title")
    doc.add_paragraph(
        "Ernst & Young LLP (EY), the Council’s external auditor, issued its Auditor’s Annual Report for 2023/24 "
        "in February 2025. The report identified one significant weakness in the Council’s arrangements for "
        "financial sustainability, with a key recommendation, and made three improvement recommendations. This "
        "appendix sets out the management response to each recommendation and the actions agreed, with "
        "progress at 31 August 2025.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    dc = [("Plan owner", "Director of Corporate Operations"), ("Version", "2.0"),
          ("Last updated", "31 August 2025"), ("Next review", "Audit Committee, December 2025")]
    for i, (a, b) in enumerate(dc):
        bold_cell(t.cell(i, 0), a, "D9D9D9")
        t.cell(i, 1).text = b
    doc.add_paragraph("")
    doc.add_paragraph("Status key", style="Heading 3")
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    keyrows = [("Complete", "Action delivered and evidenced", "0070C0"),
               ("On track", "Action progressing and expected to meet the target date", "00B050"),
               ("At risk", "Some slippage; target date may be missed", "FFC000"),
               ("Off track", "Target date missed or will be missed", "FF0000"),
               ("Not started", "Action not yet started", None)]
    for i, (a, b, col) in enumerate(keyrows):
        bold_cell(k.cell(i, 0), a, col)
        k.cell(i, 1).text = b
    status_col = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000"}
    n = {"Complete": 0, "On track": 0, "At risk": 0, "Off track": 0, "Not started": 0}
    for sec, recs in HCC_SECTIONS:
        doc.add_paragraph(sec, style="Heading 1")
        for rec, resp, acts in recs:
            rp = doc.add_paragraph()
            rp.add_run(rec).bold = True
            doc.add_paragraph(resp)
            tab = doc.add_table(rows=1 + len(acts), cols=5)
            tab.style = "Table Grid"
            for i, h in enumerate(["Ref", "Action", "Responsible officer", "Target date", "Status"]):
                bold_cell(tab.cell(0, i), h, "DEEAF6")
            for j, (ref, act, off, tgt, status) in enumerate(acts, 1):
                tab.cell(j, 0).text = ref
                tab.cell(j, 1).text = act
                tab.cell(j, 2).text = off
                tab.cell(j, 3).text = tgt
                tab.cell(j, 4).text = status
                if status in status_col:
                    shade(tab.cell(j, 4), status_col[status])
                n[status] += 1
            doc.add_paragraph("")
    total = sum(n.values())
    doc.add_paragraph(
        f"Summary: {total} actions – {n['Complete']} complete, {n['On track']} on track, {n['At risk']} at risk, "
        f"{n['Off track']} off track, {n['Not started']} not started.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Ysgol Y Deri - Estyn post-inspection action plan
# ---------------------------------------------------------------------------
YYD_NAME = "ne2-ysgol-y-deri-estyn-post-inspection-action-plan.docx"
YYD_TITLE = "Ysgol Y Deri – Post-Inspection Action Plan"
YYD_RECS = [
    ("R1: Improve the consistency of feedback so that all pupils understand how to improve their work", [
        ("1.1", "Agree a whole-school feedback policy with pupil-friendly symbols and communication-aided versions "
                "for pupils who use AAC.",
         "Deputy Headteacher", "Autumn term 2025",
         "Policy approved by governors; used in all classes", "SLT learning walks – half termly", "Green"),
        ("1.2", "Carry out book and learning-journal scrutiny in every department, with findings shared at staff "
                "meetings.",
         "Heads of Department", "Termly",
         "Scrutiny shows feedback is used by pupils in most lessons", "Curriculum and Standards Committee", "Green"),
        ("1.3", "Provide coaching for teachers and teaching assistants where scrutiny shows feedback is not helping "
                "pupils to improve.",
         "Assistant Headteacher (Teaching and Learning)", "Summer term 2026",
         "All staff identified complete a coaching cycle", "Headteacher – termly", "Not yet started"),
    ]),
    ("R2: Ensure that self-evaluation and improvement planning focus precisely on pupils’ progress, particularly "
     "in the post-16 provision", [
        ("2.1", "Revise the self-evaluation calendar so that post-16 learning walks, pupil voice and progress data "
                "are reviewed each half term.",
         "Head of Post-16 / Deputy Headteacher", "October 2025",
         "Calendar in place and followed", "SLT", "Complete"),
        ("2.2", "Set measurable post-16 targets in the school development plan linked to accreditation, "
                "independence and work-related outcomes.",
         "Headteacher", "By 31 January 2026",
         "Targets agreed and baseline recorded for every learner", "Governing body", "Amber"),
        ("2.3", "Report progress against the post-16 targets to the governing body’s Curriculum and Standards "
                "Committee each term.",
         "Headteacher; Chair of Curriculum Committee", "Ongoing",
         "Termly reports minuted", "Governing body", "Green"),
    ]),
    ("R3: Improve attendance, particularly for pupils in the secondary department", [
        ("3.1", "Introduce a staged attendance procedure with weekly tracking meetings and early contact with "
                "families when attendance falls below 90%.",
         "Family Engagement Officer", "September 2025",
         "Procedure in use; weekly meeting notes", "Deputy Headteacher – weekly", "Complete"),
        ("3.2", "Work with the Vale of Glamorgan Education Welfare Service and health partners to agree individual "
                "attendance plans for pupils with persistent absence linked to medical needs.",
         "ALNCo & Family Engagement Officer", "December 2025",
         "Every persistently absent pupil has a plan", "Headteacher – half termly", "Red"),
    ]),
]


def build_yyd(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    tp = doc.add_paragraph(YYD_TITLE, style="Title")
    tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sp = doc.add_paragraph("Estyn core inspection: 10–13 March 2025  |  Approved by the governing body: 24 June 2025")
    sp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    info = [("School", "Ysgol Y Deri, Sully Road, Penarth"), ("Local authority", "Vale of Glamorgan Council"),
            ("Date of inspection", "March 2025"),
            ("Plan review", "Termly – reviewed by the Curriculum and Standards Committee")]
    for i, (a, b) in enumerate(info):
        bold_cell(t.cell(i, 0), a, "E2EFDA")
        t.cell(i, 1).text = b
    doc.add_paragraph("")
    doc.add_paragraph(
        "Following the inspection, the school has drawn up this action plan to show how it will address the "
        "recommendations in the Estyn report. The plan is monitored by the senior leadership team and the "
        "governing body.")
    doc.add_paragraph("The Estyn report made three recommendations:")
    rag_col = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    for rec, acts in YYD_RECS:
        doc.add_paragraph(rec, style="Heading 2")
        tab = doc.add_table(rows=1 + len(acts), cols=7)
        tab.style = "Table Grid"
        heads = ["Ref", "Actions", "Lead", "Timescale", "Success criteria", "Monitoring (who / when)", "Progress (RAG)"]
        for i, h in enumerate(heads):
            bold_cell(tab.cell(0, i), h, "E2EFDA")
        for j, row in enumerate(acts, 1):
            for i, v in enumerate(row):
                tab.cell(j, i).text = v
            if row[6] in rag_col:
                shade(tab.cell(j, 6), rag_col[row[6]])
        doc.add_paragraph("")
    doc.add_paragraph("RAG key: Red – not on track; Amber – some progress, further action needed; Green – on track; "
                      "Complete – achieved and evidenced.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Norfolk County Council - corporate risk register Q2 2025/26 (csv)
# ---------------------------------------------------------------------------
NCC_NAME = "ne2-norfolk-county-council-corporate-risk-register-q2-2025-26.csv"
NCC_TITLE = "Norfolk County Council Corporate Risk Register"
# risk: (risk text, owner, current, target, risk target date, prospects, actions)
# action: (ref, text, owner, due, progress, status)
NCC_RISKS = [
    ("RM002 The potential risk of failure to manage significant reductions in local and national income streams",
     "Executive Director of Finance and Commercial Services", "12", "8", "31/03/2026", "Amber", [
        ("RM002.1", "Deliver the 2025/26 budget savings programme and report progress monthly to Cabinet through "
                    "the finance monitoring report.",
         "Director of Financial Management", "31/03/2026",
         "Period 5 forecast shows 84% of savings on track to be delivered.", "Green"),
        ("RM002.2", "Lobby government, through the County Councils Network and local MPs, on the impact of the "
                    "Fair Funding Review 2.0 on Norfolk.",
         "Executive Director of Finance and Commercial Services", "Ongoing",
         "Consultation response submitted August 2025.", "Green"),
        ("RM002.3", "Set a balanced 2026-27 budget and refresh the Medium Term Financial Strategy for approval by "
                    "Full Council.",
         "Director of Financial Management", "Feb-26",
         "Budget proposals to Cabinet in January 2026.", "Green"),
    ]),
    ("RM004 The potential risk of failure to deliver effective and robust contract management for commissioned services",
     "Director of Procurement and Sustainability", "12", "6", "31/03/2026", "Amber", [
        ("RM004.1", "Roll out the contract management framework and toolkit to all directorates, with mandatory "
                    "training for managers of contracts over £250k.",
         "Head of Procurement", "Q3 2025/26",
         "Training delivered to 60% of contract managers.", "Amber"),
        ("RM004.2", "Complete the review of the top 30 contracts by value:\n- confirm a named contract manager for "
                    "each\n- check KPIs are in place and reported",
         "Head of Procurement / Internal Audit", "31/12/2025",
         "18 of 30 reviewed.", "Amber"),
    ]),
    ("RM032 Cyber attack leading to loss of systems and data",
     "Director of IMT", "16", "12", "31/03/2026", "Red", [
        ("RM032.1", "Complete the migration of remaining legacy servers to the supported cloud platform.",
         "Head of IMT Infrastructure", "Mar-26",
         "Migration 70% complete.", "Red"),
        ("CONT", "Supplier capacity has delayed the final data-centre exit; revised plan to Corporate Board in October."),
        ("RM032.2", "Run a cyber incident exercise with Corporate Board and test the IT disaster recovery plan.",
         "Head of Information Security; Resilience Manager", "30/11/2025",
         "Exercise scheduled for 18 November 2025.", "Green"),
        ("RM032.3", "Achieve Cyber Essentials Plus accreditation for the corporate network.",
         "Head of Information Security", "Jul-25",
         "Accreditation awarded 14 July 2025.", "Complete"),
    ]),
    ("RM027 Failure to recruit and retain key staff in hard-to-fill roles",
     "Director of People", "12", "8", "31/03/2026", "Green", [
        ("RM027.1", "Launch the refreshed Norfolk employer brand and a targeted recruitment campaign for social "
                    "work and occupational therapy posts.",
         "Head of HR Resourcing", "October 2025",
         "Campaign launched 1 October 2025.", "Complete"),
        ("RM027.2", "Introduce market supplements for hard-to-fill roles following the pay and grading review.",
         "Director of People", "Q4 2025/26",
         "Proposals with trade unions for consultation.", "Amber"),
    ]),
]
NCC_COLS = ["Risk", "Risk owner", "Current score", "Target score", "Risk target date", "Prospects of meeting target",
            "Action ref", "Mitigating action", "Action owner", "Action due", "Progress update", "Action status"]


def ncc_rows():
    n = len(NCC_COLS)
    rows = [[NCC_TITLE] + [""] * (n - 1),
            ["Quarter 2 2025/26 – position at 30 September 2025"] + [""] * (n - 1),
            ["Scores are Likelihood x Impact (1-5 each). Prospects of meeting target: Green = on track, "
             "Amber = some concerns, Red = not expected to be met."] + [""] * (n - 1),
            [""] * n,
            NCC_COLS[:]]
    for risk, owner, cur, tgt, rdate, prosp, acts in NCC_RISKS:
        first = True
        for a in acts:
            if a[0] == "CONT":
                row = [""] * n
                row[10] = a[1]
                rows.append(row)
                continue
            ref, text, aowner, due, prog, status = a
            if first:
                row = [risk, owner, cur, tgt, rdate, prosp]
                first = False
            else:
                row = [""] * 6
            row += [ref, text, aowner, due, prog, status]
            rows.append(row)
    rows.append([""] * n)
    rows.append(["Source: Norfolk County Council risk management system – export 03/10/2025"] + [""] * (n - 1))
    return rows


def build_ncc(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in ncc_rows():
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Angus Council - SHR engagement plan housing improvement actions (txt)
# ---------------------------------------------------------------------------
ANG_NAME = "ne2-angus-council-shr-engagement-plan-housing-improvement-actions.txt"
ANG_TITLE = "Scottish Housing Regulator Engagement Plan 2025/26: Housing Improvement Actions"
ANG_AREAS = [
    ("1. Tenant and resident safety",
     "What the SHR said: Angus does not fully comply with electrical safety and fire detection requirements and "
     "must complete the outstanding work as quickly as possible.",
     [("1.1", "Complete Electrical Installation Condition Reports (EICRs) for all remaining council homes, using "
              "forced access where tenants repeatedly refuse entry.",
       "Housing Asset Manager", "December 2025", "A",
       "94% of homes now have a valid EICR (7,318 of 7,785). 467 outstanding, of which 121 are no-access cases."),
      ("1.2", "Install interlinked smoke, heat and carbon monoxide alarms in the remaining properties where tenants "
              "previously refused access.",
       "Housing Asset Manager; Tenancy Management Team Leaders", "31/12/2025", "A",
       "212 properties outstanding. No-access letters issued in October."),
      ("1.3", "Report monthly compliance figures for gas, electrical, fire, water and lift safety to the Housing "
              "Management Team and quarterly to Communities Committee.",
       "Housing Performance Officer", "Monthly", "C",
       "Compliance dashboard in place since June 2025.")]),
    ("2. Services for people who are homeless",
     "What the SHR said: The Regulator will engage with Angus about the provision of appropriate temporary "
     "accommodation.",
     [("2.1", "End the use of bed and breakfast accommodation for families with children by increasing the supply "
              "of furnished temporary flats.",
       "Housing Options Manager", "March 2026", "G",
       "12 additional furnished flats brought into use; no families in B&B since August 2025."),
      ("2.2", "Review the temporary accommodation charging policy with tenants and agree a revised policy.",
       "Service Leader – Housing", "Q4 2025/26", "NS",
       "Review to start in January 2026.")]),
    ("3. Gypsy/Traveller site",
     "What the SHR said: Site providers must make sure their sites meet the Scottish Government’s Minimum Site "
     "Standards.",
     [("3.1", "Complete a self-assessment of the council’s Gypsy/Traveller site against the Minimum Site Standards "
              "with site residents and publish the improvement actions.",
       "Communities Officer (Gypsy/Travellers)", "October 2025", "C",
       "Self-assessment completed with residents on 9 October 2025.")]),
    ("4. Service quality",
     "What the SHR said: Angus is among the weaker performing landlords for tenant satisfaction, complaints "
     "handling and rent arrears.",
     [("4.1", "Carry out the 2025 tenant satisfaction survey and agree a response plan with the Tenants Steering "
              "Group.",
       "Tenant Participation Officer", "November 2025", "G",
       "Fieldwork complete; results due mid-November."),
      ("4.2", "Introduce stage 1 complaint tracking in the housing management system and report weekly to team "
              "leaders on complaints open for more than five working days.",
       "Customer Services Manager & Housing Systems Officer", "Sept 2025", "R",
       "System change not yet delivered by supplier. Manual tracking in place meantime."),
      ("4.3", "Run the early arrears intervention pilot in Arbroath and Forfar and roll it out across Angus if it "
              "reduces arrears.",
       "Income Manager", "Sept 2025 – March 2026", "G",
       "Pilot started 1 September 2025.")]),
]


def ang_lines():
    L = []
    L.append("ANGUS COUNCIL – HOUSING SERVICE")
    L.append(ANG_TITLE)
    L.append("Progress report to Communities Committee – 2 December 2025")
    L.append("")
    L.append("Report owner: Service Leader – Housing")
    L.append("Status key: C = Complete, G = On track, A = Some slippage, R = Significant slippage, NS = Not started")
    L.append("")
    rule = "-" * 78
    for head, said, acts in ANG_AREAS:
        L.append(rule)
        L.append(head)
        L.append(said)
        L.append(rule)
        L.append("")
        for ref, act, lead, due, status, upd in acts:
            L.append(f"Ref:         {ref}")
            L.append(f"Action:      {act}")
            L.append(f"Lead:        {lead}")
            L.append(f"Target date: {due}")
            L.append(f"Status:      {status}")
            L.append(f"Progress:    {upd}")
            L.append("")
    L.append(rule)
    L.append("Summary: 9 actions – 2 complete, 3 on track, 2 some slippage, 1 significant slippage, 1 not started")
    L.append("Next report: Communities Committee, March 2026")
    return L


def build_ang(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(ang_lines()) + "\n")


BUILDERS = [
    (CFRS_NAME, build_cfrs),
    (CALD_NAME, build_cald),
    (KEAH_NAME, build_keah),
    (HCC_NAME, build_hcc),
    (YYD_NAME, build_yyd),
    (NCC_NAME, build_ncc),
    (ANG_NAME, build_ang),
]


def main():
    for name, fn in BUILDERS:
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
