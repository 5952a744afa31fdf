"""Build the seven la2- data files of set heldout347.

Run with /work/main/.venv/bin/python la2_make.py (openpyxl, python-docx).
Data for each file is kept in module-level structures so that the files are
reproducible; the .expected.yaml readings beside them were written by hand.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "blue": "FF0070C0",
    "green": "FF00B050",
    "amber": "FFFFC000",
    "red": "FFFF0000",
    "grey": "FFD9D9D9",
    "dark": "FF1F3864",
    "pale": "FFDEEAF6",
    "sand": "FFFFF2CC",
}


def fill(colour):
    return PatternFill(fill_type="solid", start_color=FILL[colour], end_color=FILL[colour])


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def boxed(ws, row, c1, c2):
    for c in range(c1, c2 + 1):
        ws.cell(row=row, column=c).border = BOX


# ---------------------------------------------------------------------------
# 1. Suffolk Fire and Rescue Service - HMICFRS AFI improvement plan (xlsx)
# ---------------------------------------------------------------------------
SUFFOLK_TITLE = ("Suffolk Fire and Rescue Service \u2013 HMICFRS Inspection 2023\u201325: "
                 "Areas for Improvement Action Plan")

# (pillar, afi text, [(ref, action, owner, original, revised, update, prev, current colour)])
SUFFOLK = [
    ("Effectiveness", [
        ("AFI 1 \u2013 The service should make sure its prevention activity is targeted at the people "
         "most at risk from fire.", [
            ("1.1", "Refresh the Home Fire Safety Visit risk-scoring model using incident history, "
                    "deprivation data and partner referrals, and agree referral thresholds with partners.",
             "Area Manager Prevention", D(2024, 7, 31), D(2024, 12, 31),
             "New model live from 2 December 2024. Referral thresholds agreed with Suffolk County "
             "Council Adult Care and the two local NHS trusts.", "A", "blue"),
            ("1.2", "Introduce a quarterly evaluation of prevention outcomes, reported to the Prevention "
                    "and Protection Board.",
             "Group Manager Prevention / Head of Performance", D(2025, 3, 31), None,
             "Evaluation framework drafted; first quarterly report due to the Board in March.",
             "G", "green"),
        ]),
        ("AFI 2 \u2013 The service should make sure firefighters have good access to relevant and "
         "up-to-date risk information.", [
            ("2.1", "Complete the backlog of Site Specific Risk Information (SSRI) reviews for very "
                    "high and high risk premises.",
             "Station Managers (all stations)", D(2024, 3, 31), D(2025, 6, 30),
             "214 of 301 overdue reviews now complete. Revised date agreed by SLT in October 2024 "
             "because of on-call crewing pressures over the summer.", "A", "amber"),
            ("2.2", "Replace the mobile data terminals on all front-line appliances and train crews "
                    "in their use.",
             "Head of ICT; Area Manager Response", D(2024, 12, 31), None,
             "Supplier delivery delayed; 11 of 40 appliances fitted. Escalated to the Strategic "
             "Leadership Team on 14 January 2025.", "A", "red"),
        ]),
    ]),
    ("Efficiency", [
        ("AFI 3 \u2013 The service should make sure it effectively monitors, reviews and evaluates the "
         "benefits and outcomes of any collaboration.", [
            ("3.1", "Develop a collaboration benefits-tracking template and apply it to all live "
                    "collaborations with Suffolk Constabulary and the East of England Ambulance Service.",
             "Assistant Chief Fire Officer", D(2024, 10, 31), None,
             "Template in use for all seven live collaborations; first benefits report taken to the "
             "Emergency Services Collaboration Board in October.", "G", "blue"),
        ]),
    ]),
    ("People", [
        ("AFI 4 \u2013 The service should make sure its values and behaviours are understood and "
         "demonstrated at all levels of the organisation.", [
            ("4.1", "Deliver Core Code of Ethics workshops to all middle and supervisory managers.",
             "Head of People and Organisational Development", D(2024, 6, 30), D(2025, 2, 28),
             "82% of supervisory managers and 64% of middle managers attended to date; catch-up "
             "sessions booked for February.", "G", "amber"),
            ("4.2", "Launch an independent confidential reporting line and publicise it through "
                    "station visits.",
             "Chief Fire Officer", D(2024, 8, 31), None,
             "Line launched 1 August 2024; CFO station visits completed in September.", "G", "blue"),
        ]),
        ("AFI 5 \u2013 The service should improve the way it collects equality data to better understand "
         "its workforce demographics and needs.", [
            ("5.1", "Run an \u2018update your details\u2019 equality data campaign through the HR "
                    "self-service system.",
             "HR Business Partner / EDI Lead", D(2025, 3, 31), None,
             "Campaign launched 6 January 2025; declaration rate up from 58% to 71%.", "", "green"),
        ]),
    ]),
]


def make_suffolk(path):
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = SUFFOLK_TITLE
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Suffolk County Council \u2013 Fire and Public Safety Directorate"
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    dc = [("Version", "2.3"), ("Date", "31/01/2025"),
          ("Owner", "Deputy Chief Fire Officer"),
          ("Prepared by", "Service Improvement Team"),
          ("Reviewed by", "Strategic Leadership Team, 4 February 2025"),
          ("Next review", "April 2025")]
    for i, (k, v) in enumerate(dc, start=5):
        cover.cell(row=i, column=1, value=k).font = Font(bold=True)
        cover.cell(row=i, column=2, value=v)
        boxed(cover, i, 1, 2)
    cover["A12"] = "RAG key (Current RAG is shown by cell colour on the Action Plan sheet)"
    cover["A12"].font = Font(bold=True)
    key = [("blue", "Complete \u2013 evidence of completion accepted by SLT"),
           ("green", "On track to be delivered by the target date"),
           ("amber", "At risk of slippage \u2013 mitigation in place"),
           ("red", "Off track or overdue \u2013 escalated to SLT")]
    for i, (c, text) in enumerate(key, start=13):
        cover.cell(row=i, column=1).fill = fill(c)
        cover.cell(row=i, column=2, value=text)
        boxed(cover, i, 1, 2)
    cover.column_dimensions["A"].width = 18
    cover.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Action Plan")
    heads = ["Ref", "Action", "Action owner", "Original target date", "Revised target date",
             "Progress update", "Previous RAG", "Current RAG"]
    widths = [7, 48, 26, 13, 13, 50, 10, 10]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = SUFFOLK_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Progress position as at 31 January 2025 \u2013 reported to the Strategic Leadership "
                "Team and the Fire and Public Safety Scrutiny Panel")
    ws.merge_cells("A2:H2")
    r = 4
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("dark")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    prev_fill = {"A": "amber", "G": "green", "R": "red", "B": "blue"}
    for pillar, afis in SUFFOLK:
        ws.cell(row=r, column=1, value=pillar).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = fill("grey")
        r += 1
        for afi, actions in afis:
            ws.cell(row=r, column=1, value=afi).font = Font(bold=True, italic=True)
            ws.cell(row=r, column=1).fill = fill("pale")
            ws.cell(row=r, column=1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 30
            r += 1
            for ref, act, owner, orig, rev, upd, prev, cur in actions:
                vals = [ref, act, owner, orig, rev, upd, prev or None, None]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                if prev:
                    ws.cell(row=r, column=7).fill = fill(prev_fill[prev])
                    ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=8).fill = fill(cur)
                r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Notes: Actions closed in the previous period stay on the plan until "
                                    "completion evidence has been accepted by the Strategic Leadership Team. "
                                    "Where a revised target date is shown it has been agreed by SLT."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r + 1, column=1, value="Current RAG is shown by cell colour \u2013 see the key on the Cover sheet.")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress \u2013 January 2025"
    sm["A1"].font = Font(bold=True, size=12)
    sh = ["Pillar", "AFIs", "Actions", "Complete", "On track", "At risk", "Off track"]
    for c, h in enumerate(sh, start=1):
        sm.cell(row=3, column=c, value=h).font = Font(bold=True)
        sm.cell(row=3, column=c).border = BOX
    rows = [("Effectiveness", 2, 4, 1, 1, 1, 1), ("Efficiency", 1, 1, 1, 0, 0, 0),
            ("People", 2, 3, 1, 1, 1, 0), ("Total", 5, 8, 3, 2, 2, 1)]
    for i, row in enumerate(rows, start=4):
        for c, v in enumerate(row, start=1):
            sm.cell(row=i, column=c, value=v).border = BOX
        if row[0] == "Total":
            for c in range(1, 8):
                sm.cell(row=i, column=c).font = Font(bold=True)
    sm.column_dimensions["A"].width = 16
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Luton Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
LUTON_TITLE = "Luton Council \u2013 Adult Social Care Improvement Plan 2025\u201327"

# sheet name, theme title, [(quality statement, ref, action, lead, start, due, status, commentary)]
LUTON = [
    ("Theme 1 Working with people", "Theme 1: Working with people", [
        ("Assessing needs", "1.1",
         "Reduce the number of people waiting for a Care Act assessment, prioritising those at highest "
         "risk through a weekly waiting-list triage.",
         "Head of Adult Social Care Operations", D(2025, 4, 1), D(2025, 9, 30), "At risk",
         "Waiting list down from 612 to 488. Two agency social workers left in February; recruitment under way."),
        (None, "1.2",
         "Introduce a strengths-based practice framework and audit 40 assessments a quarter against it.",
         "Principal Social Worker", D(2025, 4, 1), "Q4 2025/26", "On track",
         "Framework launched at practice week; first audit cycle complete (38 audits)."),
        ("Supporting people to live healthier lives", "1.3",
         "Expand the reablement offer to accept direct referrals from the community, not just from "
         "hospital discharge.",
         "Priya Chauhan / Tom Whelan", D(2025, 7, 1), "31/12/2025", "Not started",
         "Business case to be presented to the ASC Improvement Board in June."),
    ]),
    ("Theme 2 Providing support", "Theme 2: Providing support", [
        ("Care provision, integration and continuity", "2.1",
         "Publish a refreshed Market Position Statement and commissioning intentions for home care and "
         "nursing placements.",
         "Head of Commissioning (Adults)", D(2025, 1, 6), D(2025, 6, 30), "Complete",
         "Market Position Statement published 20 March 2025 following provider forum."),
    ]),
    ("Theme 3 Ensuring safety", "Theme 3: Ensuring safety", [
        ("Safeguarding", "3.1",
         "Clear the backlog of Section 42 enquiries open for more than 28 days and provide a weekly "
         "performance report to the Safeguarding Adults Board.",
         "Safeguarding Adults Manager", D(2025, 1, 6), D(2025, 7, 31), "Complete",
         "Backlog cleared 14 March 2025; weekly report in place."),
        (None, "3.2",
         "Commission an independent audit of Making Safeguarding Personal outcomes.",
         "Safeguarding Adults Manager & Quality Assurance Lead", D(2025, 6, 1), D(2025, 10, 31), "On track",
         "Terms of reference agreed with the SAB Independent Chair."),
        ("Safe systems, pathways and transitions", "3.3",
         "Agree a joint Preparing for Adulthood protocol with Children's Services so that young people "
         "with likely care needs are known to adult teams from age 14.",
         "Head of Transitions", D(2025, 4, 1), "Ongoing", "On track",
         "Joint transitions panel meeting monthly since April."),
    ]),
    ("Theme 4 Leadership", "Theme 4: Leadership", [
        ("Governance, management and sustainability", "4.1",
         "Establish an ASC Improvement Board chaired by the Chief Executive, meeting monthly, with a "
         "published performance scorecard.",
         "Director of Adult Social Services", D(2025, 2, 1), D(2025, 5, 31), "Complete",
         "Board met for the first time on 12 February 2025; scorecard published monthly."),
        ("Learning, improvement and innovation", "4.2",
         "Implement a co-production charter with the Luton Carers Forum and people with lived experience.",
         "Head of Strategy and Improvement (Adults)", D(2025, 4, 1), D(2026, 3, 31), "Off track",
         "Lead post vacant since January; interim arrangements being agreed."),
    ]),
]

LUTON_STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber",
                     "Off track": "red", "Not started": "grey"}


def make_luton(path):
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = LUTON_TITLE
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = ("Our response to the Care Quality Commission Local Authority Assessment "
                "(overall rating: Requires Improvement)")
    ov["A3"] = "Progress position: March 2025 \u2013 Adult Social Care Improvement Board"
    ov["A5"] = "Status key"
    ov["A5"].font = Font(bold=True)
    keys = [("Complete", "Action delivered and evidence held"),
            ("On track", "Expected to be delivered by the due date"),
            ("At risk", "Risk to delivery by the due date \u2013 amber"),
            ("Off track", "Will not be delivered by the due date \u2013 red"),
            ("Not started", "Action not yet due to start")]
    for i, (k, v) in enumerate(keys, start=6):
        ov.cell(row=i, column=1, value=k).fill = fill(LUTON_STATUS_FILL[k])
        ov.cell(row=i, column=2, value=v)
        boxed(ov, i, 1, 2)
    ov["A12"] = "Summary of actions by theme"
    ov["A12"].font = Font(bold=True)
    sh = ["Theme", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    for c, h in enumerate(sh, start=1):
        ov.cell(row=13, column=c, value=h).font = Font(bold=True)
        ov.cell(row=13, column=c).border = BOX
    summ = [("Working with people", 3, 0, 1, 1, 0, 1), ("Providing support", 1, 1, 0, 0, 0, 0),
            ("Ensuring safety", 3, 1, 2, 0, 0, 0), ("Leadership", 2, 1, 0, 0, 1, 0),
            ("Total", 9, 3, 3, 1, 1, 1)]
    for i, row in enumerate(summ, start=14):
        for c, v in enumerate(row, start=1):
            ov.cell(row=i, column=c, value=v).border = BOX
    ov.column_dimensions["A"].width = 24
    ov.column_dimensions["B"].width = 50

    heads = ["Quality statement", "Ref", "What we will do", "Lead officer", "Start", "Due",
             "Status", "Progress commentary (March 2025)"]
    widths = [26, 6, 52, 28, 10, 12, 12, 50]
    for sheet, theme, rows in LUTON:
        ws = wb.create_sheet(sheet)
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws["A1"] = theme
        ws["A1"].font = Font(bold=True, size=13)
        for c, h in enumerate(heads, start=1):
            cell = ws.cell(row=3, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill("sand")
            cell.border = BOX
        r = 4
        for qs, ref, act, lead, start, due, status, comm in rows:
            vals = [qs, ref, act, lead, start, due, status, comm]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            if qs:
                ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=7).fill = fill(LUTON_STATUS_FILL[status])
            r += 1
        ws.cell(row=r + 1, column=1,
                value="Status as reported to the Adult Social Care Improvement Board, 25 March 2025.")
        ws.cell(row=r + 1, column=1).font = Font(italic=True)
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Peterborough City Council - corporate risk register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
PBORO_TITLE = "Peterborough City Council \u2013 Corporate Risk Register"

# risk, description, owner, inherent, controls, residual(score, colour), travel,
#   [(action, owner, target, status)]
PBORO = [
    ("CR01 \u2013 Financial resilience",
     "Cause: rising demand and costs in social care, temporary accommodation and home to school "
     "transport.\nEvent: the council cannot set or deliver a balanced budget.\nEffect: reliance on "
     "reserves, Section 114 notice, loss of local control.",
     "Executive Director of Corporate Services (s151 Officer)", "5 x 5 = 25",
     "Medium Term Financial Strategy; monthly budget monitoring to CLT and Cabinet; Financial Recovery Board; "
     "spending controls panel.", ("4 x 5 = 20", "red"), "Static", [
         ("Deliver the 2026/27 budget savings programme, with monthly tracking through the Financial "
          "Recovery Board.", "Assistant Director Finance", D(2026, 3, 31), "G"),
         ("Complete the review of the Exceptional Financial Support capitalisation direction and "
          "report options to Cabinet.", "Executive Director of Corporate Services", "28/02/2026", "A"),
     ]),
    ("CR02 \u2013 Cyber security and ICT resilience",
     "Cause: increasing cyber threat and legacy on-premise systems.\nEvent: a successful cyber attack "
     "or prolonged system outage.\nEffect: loss of services and data, regulatory action, cost of recovery.",
     "Director of Digital and Customer Services", "4 x 5 = 20",
     "PSN compliance; multi-factor authentication; immutable back-ups; annual penetration test.",
     ("3 x 5 = 15", "amber"), "Decreasing", [
         ("Complete the move of remaining on-premise servers to the cloud hosting platform.",
          "Head of ICT and Digital", "Q1 2026/27", "A"),
         ("Run a cyber incident exercise with the Corporate Leadership Team.",
          "Head of ICT and Digital; Emergency Planning Manager", D(2025, 12, 31), "C"),
     ]),
    ("CR03 \u2013 Demand for temporary accommodation",
     "Cause: shortage of affordable private rented homes and rising evictions.\nEvent: the number of "
     "households in temporary accommodation continues to grow.\nEffect: budget overspend and use of "
     "unsuitable bed and breakfast accommodation.",
     "Executive Director of Place and Economy", "5 x 4 = 20",
     "Homelessness and Rough Sleeping Strategy; weekly placement panel; landlord incentive scheme.",
     ("5 x 4 = 20", "red"), "Increasing", [
         ("Open the 60-unit council-owned temporary accommodation scheme at Midgate House.",
          "Head of Housing Needs", D(2026, 6, 30), "R"),
         ("Review prevention casework to increase successful homelessness preventions at the 56-day stage.",
          "Housing Options Manager", "Quarterly", "G"),
     ]),
    ("CR04 \u2013 Workforce recruitment and retention",
     "Cause: national shortages in social work, planning, legal and finance professions.\nEvent: the "
     "council cannot recruit or keep staff with key skills.\nEffect: reliance on agency staff, higher "
     "costs and weaker service delivery.",
     "Director of HR and Organisational Development", "4 x 4 = 16",
     "People Strategy 2024\u201327; agency spend controls; apprenticeship programme.",
     ("3 x 4 = 12", "amber"), "Static", [
         ("Launch the refreshed recruitment and retention offer for hard-to-fill posts, including "
          "market supplements.", "Director of HR and Organisational Development", "31/01/2026", "G"),
     ]),
]

PBORO_STATUS_FILL = {"C": "blue", "G": "green", "A": "amber", "R": "red"}


def make_peterborough(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    heads = ["Risk", "Description (cause, event, effect)", "Risk owner", "Inherent risk (L x I)",
             "Key controls in place", "Residual risk (L x I)", "Direction of travel",
             "Further actions", "Action owner", "Target date", "Status"]
    widths = [24, 44, 24, 11, 40, 11, 11, 46, 26, 12, 8]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = PBORO_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 2025/26 \u2013 position at 31 December 2025"
    ws["A3"] = "Audit and Risk Committee \u2013 26 January 2026"
    r = 5
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("dark")
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    for risk, desc, owner, inh, ctrls, (res, rescol), travel, actions in PBORO:
        first = r
        for act, aown, target, status in actions:
            vals = [act, aown, target, status]
            for c, v in enumerate(vals, start=8):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(row=r, column=11).fill = fill(PBORO_STATUS_FILL[status])
            ws.cell(row=r, column=11).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        last = r - 1
        for c, v in enumerate([risk, desc, owner, inh, ctrls, res, travel], start=1):
            cell = ws.cell(row=first, column=c, value=v)
            cell.alignment = WRAP
            for rr in range(first, last + 1):
                ws.cell(row=rr, column=c).border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=6).fill = fill(rescol)
    r += 1
    ws.cell(row=r, column=1, value=("Action status: C = Complete; G = on track; A = some slippage; "
                                     "R = significant slippage or overdue."))
    ws.cell(row=r + 1, column=1, value=("Risk scores are likelihood x impact on a 1\u20135 scale \u2013 "
                                         "see the Scoring key sheet. Residual risk colour: red 15\u201325, "
                                         "amber 8\u201314, green 1\u20137."))
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Likelihood and impact scoring"
    key["A1"].font = Font(bold=True, size=12)
    key["A3"] = "Score"
    key["B3"] = "Likelihood"
    key["C3"] = "Impact"
    for c in range(1, 4):
        key.cell(row=3, column=c).font = Font(bold=True)
    scale = [(1, "Rare (<5%)", "Negligible"), (2, "Unlikely (5\u201320%)", "Minor"),
             (3, "Possible (21\u201350%)", "Moderate"), (4, "Likely (51\u201380%)", "Major"),
             (5, "Almost certain (>80%)", "Critical")]
    for i, row in enumerate(scale, start=4):
        for c, v in enumerate(row, start=1):
            key.cell(row=i, column=c, value=v).border = BOX
    key["A10"] = "Action status"
    key["A10"].font = Font(bold=True)
    for i, (k, v) in enumerate([("C", "Complete"), ("G", "On track"), ("A", "Some slippage"),
                                ("R", "Significant slippage or overdue")], start=11):
        key.cell(row=i, column=1, value=k).fill = fill(PBORO_STATUS_FILL[k])
        key.cell(row=i, column=2, value=v)
    key.column_dimensions["B"].width = 26
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


def set_cell(cell, text, bold=False, size=None):
    """Put text in a cell; '\n' starts a new paragraph."""
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
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Perth and Kinross IJB - external audit action plan 2024/25 progress (docx)
# ---------------------------------------------------------------------------
PK_TITLE = ("Perth and Kinross Integration Joint Board: External Audit Action Plan 2024/25 "
            "\u2013 Progress Update")

# section, [(ref, recommendation, action, officer, agreed date, progress, RAG)]
PK = [
    ("Financial management", [
        ("1", "The IJB should agree with its partners a timetable for the earlier provision of budget and "
              "outturn information so that the unaudited accounts can be prepared by the statutory deadline.",
         "The Chief Finance Officer will agree a year-end timetable with NHS Tayside and Perth & Kinross "
         "Council finance teams and report it to the Audit and Performance Committee.",
         "Chief Finance Officer", "31 March 2026",
         "Draft timetable shared with both partners on 18 November 2025.", "Green"),
    ]),
    ("Financial sustainability", [
        ("2a", "The IJB should update its medium-term financial plan to show how the recurring budget gap "
               "will be closed, including savings not yet identified.",
         "Refresh the Medium-Term Financial Framework 2026/27 to 2028/29 and present it to the IJB for approval.",
         "Chief Finance Officer", "March 2026",
         "Partner funding assumptions not yet confirmed by NHS Tayside.", "Amber"),
        ("2b", None,
         "Report progress against the savings and transformation programme to every IJB meeting, "
         "identifying unachieved savings and mitigating actions.",
         "Chief Officer / Chief Finance Officer", "Ongoing",
         "Savings tracker included in finance reports from October 2025.", "Green"),
        ("3", "The IJB should review its reserves strategy, including the level of general reserves it "
              "holds, in light of the planned use of reserves in 2025/26.",
         "Review the reserves strategy, including the minimum level of general reserves, as part of the "
         "2026/27 budget.",
         "Chief Finance Officer", "February 2026",
         "Options paper to IJB development session in January.", "Green"),
    ]),
    ("Vision, leadership and governance", [
        ("4", "The IJB should complete the review of its Integration Scheme with Perth & Kinross Council "
              "and NHS Tayside, as required every five years.",
         "Complete the review of the Integration Scheme jointly with partners and submit the revised "
         "scheme to Scottish Ministers.",
         "Chief Officer", "30 June 2025\nRevised: 31 March 2026",
         "Review delayed pending national guidance; consultation draft to be issued in January 2026.", "Red"),
        ("5", "The IJB should ensure that all Board members complete the refreshed induction and "
              "development programme.",
         "Deliver a development session programme for voting and non-voting members and record attendance.",
         "Board Secretary", "December 2025",
         "Four sessions held; attendance recorded and reported to the Chair.", "Complete"),
    ]),
    ("Use of resources to improve outcomes", [
        ("6", "The IJB should improve its performance reporting so that members can see progress against "
              "the outcomes in the Strategic Commissioning Plan.",
         "Develop an outcomes-focused performance framework linked to the Strategic Commissioning Plan "
         "2025\u20132028.\nPilot the new quarterly performance report with the Audit and Performance Committee.",
         "Head of Planning and Performance", "Q4 2025/26",
         "Framework drafted; pilot report planned for March 2026 committee.", "Amber"),
    ]),
]

PK_RAG = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}


def make_perth(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(PK_TITLE, style="Title")
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Report to", "Audit and Performance Committee"),
                                ("Meeting date", "15 December 2025"),
                                ("Report number", "G/25/187"),
                                ("Report by", "Chief Finance Officer")]):
        set_cell(info.cell(i, 0), k, bold=True)
        set_cell(info.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_paragraph(
        "Audit Scotland\u2019s 2024/25 Annual Audit Report to the IJB and the Controller of Audit "
        "(September 2025) made six recommendations in its Appendix 1 action plan. The tables below set "
        "out the management actions agreed in response and progress made to date, grouped by the wider "
        "scope audit areas.")
    heads = ["Ref", "Recommendation", "Agreed management action", "Responsible officer",
             "Agreed date", "Progress update \u2013 December 2025", "RAG"]
    widths = [Cm(1.2), Cm(5.5), Cm(6.0), Cm(3.2), Cm(2.6), Cm(5.0), Cm(1.8)]
    for section, rows in PK:
        doc.add_heading(section, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in enumerate(heads):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "D9E2F3")
        last_rec_row = None
        for ref, rec, act, officer, date, prog, rag in rows:
            row = t.add_row()
            idx = len(t.rows) - 1
            vals = [ref, rec or "", act, officer, date, prog, rag]
            for c, v in enumerate(vals):
                if c == 1 and rec is None:
                    continue
                set_cell(row.cells[c], v)
            shade(row.cells[6], PK_RAG[rag])
            if rec is None and last_rec_row is not None:
                a = t.cell(last_rec_row, 1)
                b = t.cell(idx, 1)
                a.merge(b)
                # keep only the recommendation text after merging
                set_cell(t.cell(last_rec_row, 1), t.cell(last_rec_row, 1).text.strip())
            else:
                last_rec_row = idx
        for row in t.rows:
            for c, w in enumerate(widths):
                row.cells[c].width = w
        doc.add_paragraph()
    doc.add_paragraph("RAG status: Complete \u2013 action implemented; Green \u2013 on track; "
                      "Amber \u2013 risk that the agreed date will be missed; Red \u2013 agreed date missed "
                      "or will be missed.")
    doc.add_paragraph("Where an agreed date has been revised, the original date is shown above the "
                      "revised date.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Neath Port Talbot - Audit Wales organisational response (docx)
# ---------------------------------------------------------------------------
NPT_TITLE = ("Neath Port Talbot Council \u2013 Setting of Well-being Objectives: "
             "Organisational Response")

NPT = [
    ("R1: The Council should strengthen how it involves a full range of stakeholders, including people "
     "who reflect the diversity of the county borough\u2019s population, when it next reviews its "
     "well-being objectives.", [
        ("R1.1", "Map existing engagement networks and agree with the Public Services Board a shared "
                 "approach to involving seldom-heard groups.",
         "March 2025", "Strategic Manager \u2013 Policy and Executive Support"),
        ("R1.2", "Hold a well-being objectives engagement exercise through the \u2018Let\u2019s Talk\u2019 "
                 "programme ahead of the Corporate Plan refresh.",
         "September 2025", "Head of Communications and Digital"),
     ]),
    ("R2: The Council should set out more clearly how it will resource the delivery of its well-being "
     "objectives over the medium term.", [
        ("R2.1", "Align the Medium Term Financial Plan with the Corporate Plan so that the revenue and "
                 "capital budget for each well-being objective is shown.",
         "By end of February 2025", "Chief Finance Officer"),
        ("R2.2", "Include the resource implications for each well-being objective in Cabinet reports on "
                 "the Corporate Plan.",
         "Ongoing", "Chief Executive / Corporate Directors Group"),
     ]),
    ("R3: The Council should develop measures that show its progress against each well-being objective "
     "over the short, medium and long term.", [
        ("R3.1", "Develop a suite of outcome measures for each well-being objective and test them with "
                 "Cabinet Members.",
         "Quarter 1 2025-26", "Head of Performance and Improvement"),
        ("R3.2", "Publish the first annual self-assessment using the new measures.",
         "October 2025", "Head of Performance and Improvement"),
     ]),
]


def make_npt(path):
    doc = Document()
    doc.add_paragraph(NPT_TITLE, style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Ymateb Sefydliadol / Organisational Response")
    r.italic = True
    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Report title", "Setting of Well-being Objectives \u2013 Neath Port Talbot Council"),
                                ("Completion date", "August 2024"),
                                ("Document reference", "4389A2024")]):
        set_cell(info.cell(i, 0), k, bold=True)
        set_cell(info.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_paragraph(
        "The Auditor General examined how the Council set its well-being objectives under the "
        "Well-being of Future Generations (Wales) Act 2015. The Council accepts the three "
        "recommendations. The actions we will take are set out below.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    heads = ["Ref", "Organisational response \u2013 planned actions",
             "Completion date\n(by when the planned actions will be complete)",
             "Responsible officer (title)"]
    for c, h in enumerate(heads):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "BDD7EE")
    widths = [Cm(1.5), Cm(8.5), Cm(3.2), Cm(4.3)]
    for rec, actions in NPT:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[3])
        set_cell(merged, rec, bold=True)
        shade(merged, "F2F2F2")
        for ref, act, date, officer in actions:
            row = t.add_row()
            for c, v in enumerate([ref, act, date, officer]):
                set_cell(row.cells[c], v)
    for row in t.rows:
        for c, w in enumerate(widths):
            try:
                row.cells[c].width = w
            except Exception:
                pass
    doc.add_paragraph()
    doc.add_paragraph("Progress against these actions will be reported to the Governance and Audit "
                      "Committee as part of the Council\u2019s regulator recommendations tracker.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Tameside MBC - internal audit recommendations tracker (csv, refuse)
# ---------------------------------------------------------------------------
TAMESIDE_TITLE = ("Tameside Metropolitan Borough Council - Internal Audit: Outstanding Recommendations "
                  "as at 30 September 2025")

TAMESIDE_HEAD = ["Audit Title", "Audit Year", "Assurance Level", "Rec No", "Priority", "Recommendation",
                 "Agreed Action", "Responsible Officer", "Original Due Date", "Revised Due Date",
                 "Status", "Management Comment"]

TAMESIDE = [
    ["Payroll", "2024/25", "Limited", "1", "High",
     "Starters and leavers should be processed only on receipt of an authorised form.",
     "Introduce an authorised e-form for all starters and leavers and reject paper requests.",
     "Payroll Manager", "Mar-2025", "Sep-2025", "Complete",
     "E-form live from 1 September 2025; verified by Internal Audit."],
    ["Payroll", "2024/25", "Limited", "2", "Medium",
     "Exception reports should be reviewed before each pay run.",
     "Sign off the pre-payroll exception report each month and retain evidence of review.",
     "Payroll Manager", "Apr-2025", "", "Complete", "Sign-off in place since April."],
    ["Creditors", "2024/25", "Reasonable", "3", "Medium",
     "Changes to supplier bank details should be independently verified.",
     "Call back all suppliers on a known number before bank details are changed.",
     "Head of Exchequer Services", "Jun-2025", "", "In progress",
     "Call-back procedure agreed; system workflow to be configured."],
    ["Council Tax Reduction", "2024/25", "Reasonable", "4", "Low",
     "The CTR procedure notes should be updated for the 2025/26 scheme.",
     "Update procedure notes and brief assessment officers.",
     "Revenues and Benefits Manager", "May-2025", "N0v-2025", "In progress",
     "Delayed by annual billing; now scheduled after the scheme review."],
    ["Disabled Facilities Grants", "2024/25", "Limited", "5", "High",
     "Grant approvals over the mandatory limit should be approved by a second officer.",
     "Introduce second-officer approval for all DFG awards above £30,000.",
     "Head of Housing Growth", "Jul-2025", "", "Overdue",
     "Awaiting staffing changes in the adaptations team."],
    ["Procurement Cards", "2025/26", "Reasonable", "6", "Medium",
     "Monthly card statements should be reconciled and approved by the budget holder.",
     "Remind card holders and budget holders of the reconciliation deadline and report late returns to Directors.",
     "Procurement Manager; Finance Business Partners", "Oct-2025", "", "Not yet due", ""],
    ["ICT Asset Management", "2025/26", "Limited", "7", "High",
     "A complete and accurate register of ICT hardware should be maintained.",
     "Carry out a full hardware stock take and reconcile it to the asset register.",
     "Assistant Director - Digital Tameside", "Dec-2025", "", "Not yet due", ""],
]


def make_tameside(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([TAMESIDE_TITLE] + [""] * (len(TAMESIDE_HEAD) - 1))
        w.writerow(["Report to Audit Panel - 18 November 2025"] + [""] * (len(TAMESIDE_HEAD) - 1))
        w.writerow([""] * len(TAMESIDE_HEAD))
        w.writerow(TAMESIDE_HEAD)
        for row in TAMESIDE:
            w.writerow(row)
        w.writerow([""] * len(TAMESIDE_HEAD))
        w.writerow(["Total outstanding: 5 (High 2; Medium 2; Low 1)"] + [""] * (len(TAMESIDE_HEAD) - 1))


# ---------------------------------------------------------------------------
# 7. Newcastle City Council - RSH consumer standards housing improvement plan (txt)
# ---------------------------------------------------------------------------
NEWCASTLE_TITLE = ("Newcastle City Council \u2013 Housing Improvement Plan: Regulator of Social Housing "
                   "Consumer Standards")

# lines: ("S", section) / ("I", issue) / ("A", ref, action lines, lead, target, revised, rag, update)
NEWCASTLE = [
    ("S", "Safety and Quality Standard"),
    ("I", "Issue 1: The council does not have an accurate, up-to-date understanding of the condition of "
          "tenants\u2019 homes."),
    ("A", "SQ1", ["Complete stock condition surveys of all council homes and load the results into the "
                  "asset database.", "(Phase 1: 40% of homes surveyed by September 2025)"],
     "Head of Asset Management", "Mar-26", "", "A",
     "Phase 1 reached 37%; second surveying contractor starts in November."),
    ("A", "SQ2", ["Procure and implement a single asset management system holding stock condition and "
                  "compliance data."],
     "Head of Asset Management / ICT Business Partner", "Dec-25", "", "G",
     "Contract awarded August 2025; data migration testing under way."),
    ("I", "Issue 2: Fire safety remedial actions and electrical safety checks are overdue."),
    ("A", "SQ3", ["Clear all overdue high-risk fire safety remedial actions."],
     "Building Safety Manager", "30/06/2025", "", "B",
     "All 412 high-risk actions closed and verified by the fire risk assessor."),
    ("A", "SQ4", ["Make sure every home has an Electrical Installation Condition Report (EICR) that is "
                  "less than five years old."],
     "Compliance Manager (Electrical)", "Sep-25", "Jan-26", "R",
     "86% compliant. No-access cases referred for tenancy enforcement."),
    ("I", "Issue 3: Damp and mould cases are not always inspected promptly."),
    ("A", "SQ5", ["Introduce damp and mould triage with an inspection within 10 working days of a report."],
     "Repairs Service Manager", "Aug-25", "", "B",
     "Triage in place since 4 August 2025; 94% inspected within 10 working days."),
    ("S", "Transparency, Influence and Accountability Standard"),
    ("A", "TIA1", ["Publish the Tenant Satisfaction Measures and the council\u2019s response on the "
                   "website and in the tenant newsletter."],
     "Customer Insight Lead", "Annually", "", "G",
     "2024/25 results published July 2025."),
    ("A", "TIA2", ["Set up a Tenant Scrutiny Panel and agree its first two scrutiny topics."],
     "Tenant Involvement Manager", "Nov-25", "", "G",
     "Nine tenants recruited; induction held 25 September."),
    ("A", "TIA3", ["Review the complaints policy against the Housing Ombudsman Complaint Handling Code "
                   "and report compliance to Cabinet."],
     "Complaints Manager & Head of Housing Management", "Q3 2025/26", "", "A",
     "Self-assessment drafted; Stage 1 response times still below the Code."),
    ("S", "Tenancy Standard"),
    ("A", "T1", ["Complete a tenancy audit programme covering 25% of tenancies each year."],
     "Head of Housing Management", "Mar-26", "", "A",
     "1,840 audits completed against a year-to-date target of 2,600."),
    ("S", "Neighbourhood and Community Standard"),
    ("A", "NC1", ["Agree a joint anti-social behaviour protocol with Northumbria Police and Safe Newcastle."],
     "ASB Team Leader", "Dec-25", "", "G",
     "Draft protocol with partners for comment."),
]

NCOLS = 7


def make_newcastle(path):
    lines = [
        NEWCASTLE_TITLE,
        "Version 3.2 \u2013 progress to 30 September 2025 \u2013 Housing Improvement Board, 14 October 2025",
        "RAG key: B = Complete   G = On track   A = Some risk to delivery   R = Off track",
        "",
        "\t".join(["Ref", "Action", "Lead officer", "Target date", "Revised date", "RAG",
                   "Progress update"]),
    ]
    for item in NEWCASTLE:
        if item[0] in ("S", "I"):
            lines.append(item[1] + "\t" * (NCOLS - 1))
        else:
            _, ref, acts, lead, target, revised, rag, upd = item
            # a cell holding a line break is saved the way Excel's "Text (Tab delimited)"
            # does it: in double quotes, the break kept, so it runs onto a second line
            text = acts[0] if len(acts) == 1 else '"' + "\n".join(acts) + '"'
            lines.append("\t".join([ref, text, lead, target, revised, rag, upd]))
    lines.append("")
    lines.append("Total actions: 10   B: 2   G: 4   A: 3   R: 1")
    lines.append("Plan owner: Director of Housing \u2013 reported quarterly to Cabinet and to the Regulator "
                 "of Social Housing.")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "la2-suffolk-fire-rescue-service-hmicfrs-afi-improvement-plan.xlsx": make_suffolk,
    "la2-luton-council-asc-cqc-assessment-improvement-plan.xlsx": make_luton,
    "la2-peterborough-city-council-corporate-risk-register-q3-2025-26.xlsx": make_peterborough,
    "la2-perth-and-kinross-ijb-external-audit-action-plan-2024-25-progress-update.docx": make_perth,
    "la2-neath-port-talbot-council-audit-wales-well-being-objectives-organisational-response.docx": make_npt,
    "la2-tameside-mbc-internal-audit-recommendations-tracker-typo-month-refuse.csv": make_tameside,
    "la2-newcastle-city-council-rsh-consumer-standards-housing-improvement-plan.txt": make_newcastle,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
