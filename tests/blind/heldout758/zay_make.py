#!/usr/bin/env python3
"""Build the seven zay- blind test files (set heldout758).

Each plan is held as data below: what goes into the file's cells (display
values) and, beside it, how a person reads each action (ref, under, action,
lead, end, end_text, status).  This script writes only the data files;
zay_expected.py writes the NAME.expected.yaml readings from the same data.

Run:  /work/main/.venv/bin/python zay_make.py
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

# --------------------------------------------------------------------------
# shared styling helpers
# --------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


RAG_FILL = {
    "green": fill("00B050"),
    "amber": fill("FFC000"),
    "red": fill("FF0000"),
    "blue": fill("0070C0"),
}


def shade(cell, hex_colour):
    """Shade a python-docx table cell."""
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(document):
    sec = document.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


# ==========================================================================
# 1. HMP Frankland - HMIP inspection action plan (xlsx)
# ==========================================================================
FRANKLAND_FILE = "zay-hmp-frankland-hmip-inspection-action-plan.xlsx"
FRANKLAND_TITLE = "Action Plan: HMP Frankland"

PC = "PRIORITY CONCERNS"
KC = "KEY CONCERNS"
FRANKLAND_CONCERNS = [
    {
        "section": PC, "no": "P1", "agreed": "Agreed",
        "concern": "The use of segregation was high and some prisoners had been held in the segregation unit for very long periods without a clear plan for their reintegration or progression.",
        "response": "Reducing the length of stay in segregation is a Governor's priority and is overseen through the monthly Segregation Monitoring and Review Group (SMARG).",
        "actions": [
            dict(ref="1.1", action="Introduce an individual reintegration plan for every prisoner held in segregation for more than 42 days, reviewed at each segregation review board.",
                 owner="Head of Safety", date=D(2024, 9, 30), rag="blue",
                 lead=["Head of Safety"], end="2024-09", status="blue"),
            dict(ref="1.2", action="Commission a review of all long-term segregated prisoners with the Long Term High Security Estate (LTHSE) to agree progression routes, including referral to separation centres and Close Supervision Centres where appropriate.",
                 owner="Head of Residence / Head of Safety", date=D(2025, 3, 31), rag="amber",
                 lead=["Head of Residence", "Head of Safety"], end="2025-03", status="amber"),
        ],
    },
    {
        "section": PC, "no": "P2", "agreed": "Agreed",
        "concern": "Too many prisoners were locked up for long periods during the working day and spent too little time in purposeful activity, particularly those on the vulnerable prisoner units.",
        "response": "A revised regime will be introduced once the core day review is complete. Additional activity places are dependent on the recruitment of two instructional officers.",
        "actions": [
            dict(ref="2.1", action="Complete a core day review and publish a revised regime that gives every prisoner at least seven hours unlocked on weekdays.",
                 owner="Deputy Governor", date=D(2024, 12, 31), rag="green",
                 lead=["Deputy Governor"], end="2024-12", status="green"),
            dict(ref="2.2", action="Increase the number of activity places on the vulnerable prisoner units by opening a second textiles workshop and an additional education classroom.",
                 owner="Head of Reducing Reoffending", date="June 2025", rag="green",
                 lead=["Head of Reducing Reoffending"], end="2025-06", status="green"),
        ],
    },
    {
        "section": PC, "no": "P3", "agreed": "Agreed",
        "concern": "The diversion and misuse of prescribed medication remained a significant risk and the supervision of medication queues was inconsistent.",
        "response": "Joint action between the prison and the healthcare provider, Spectrum Community Health CIC.",
        "actions": [
            dict(ref="3.1", action="Ensure an officer supervises every medication queue and that in-possession risk assessments are reviewed after every intelligence report of diversion.",
                 owner="Head of Operations; Spectrum Head of Healthcare", date=D(2024, 10, 31), rag="blue",
                 lead=["Head of Operations", "Spectrum Head of Healthcare"], end="2024-10", status="blue"),
        ],
    },
    {
        "section": KC, "no": "K4", "agreed": "Agreed",
        "concern": "Prisoners waited too long for their recategorisation reviews, and too few were able to progress to lower security conditions.",
        "response": "The Offender Management Unit will prioritise overdue reviews.",
        "actions": [
            dict(ref="4.1", action="Clear the backlog of overdue categorisation reviews and hold a weekly OMU case progression meeting to track reviews that are due.",
                 owner="Head of Offender Management Delivery", date=D(2024, 11, 30), rag="red",
                 lead=["Head of Offender Management Delivery"], end="2024-11", status="red"),
        ],
    },
    {
        "section": KC, "no": "K5", "agreed": "Partly Agreed",
        "concern": "Black and minority ethnic prisoners reported more negatively than white prisoners about their treatment by staff, and leaders had not investigated the reasons.",
        "response": "Data will be analysed through the Equality Action Team. Recruitment of additional prisoner equality representatives is subject to the core day review and is not agreed at this stage.",
        "actions": [
            dict(ref="5.1", action="Analyse complaints, adjudications and use of force data by ethnicity each quarter and report the findings to the Equality Action Team.",
                 owner="Equalities Lead", date="Ongoing", rag="green",
                 lead=["Equalities Lead"], end=None, end_text="Ongoing", status="green"),
            dict(ref="5.2", action="Hold focus groups with Black and minority ethnic prisoners on each wing and publish the findings and the agreed actions.",
                 owner="Equalities Lead", date=D(2025, 2, 28), rag="amber",
                 lead=["Equalities Lead"], end="2025-02", status="amber"),
        ],
    },
    {
        "section": KC, "no": "K6", "agreed": "Agreed",
        "concern": "Not enough prisoners could complete accredited offending behaviour programmes before their parole hearings.",
        "response": "Agreed, within the capacity of the regional psychology services.",
        "actions": [
            dict(ref="6.1", action="Work with the regional psychology team to increase Kaizen and Horizon completions, prioritising prisoners with a parole hearing in the next 12 months.",
                 owner="Senior Programmes Manager", date=D(2025, 3, 31), rag=None,
                 lead=["Senior Programmes Manager"], end="2025-03", status="unrated"),
        ],
    },
]


def build_frankland(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 18
    cov.column_dimensions["C"].width = 95
    cov["A1"] = FRANKLAND_TITLE
    cov["A1"].font = Font(bold=True, size=16)
    cov["A3"] = "Action Plan Submitted: 16 August 2024"
    cov["A4"] = "A Response to the HMIP Inspection: 22 April – 2 May 2024"
    cov["A5"] = "Report Published: 19 July 2024"
    cov["A6"] = "Progress position: 31 March 2025 (Prison Group Director review)"
    for r in (3, 4, 5, 6):
        cov.cell(r, 1).font = Font(bold=True)
    cov["A8"] = "INTRODUCTION"
    cov["A8"].font = Font(bold=True)
    cov.merge_cells("A9:C9")
    cov["A9"] = ("HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny of the conditions "
                 "for, and treatment of, prisoners. In response to the report HMPPS is required to draft a robust and timely "
                 "action plan to address the concerns. The action plan confirms whether concerns are agreed, partly agreed or "
                 "not agreed (see categorisations below). Where a concern is agreed or partly agreed, the action plan provides "
                 "specific steps and actions to address it, with the owner and timescale of each step clearly identified.")
    cov["A9"].alignment = WRAP
    cov.row_dimensions[9].height = 75
    cov["A11"] = "Term"
    cov["C11"] = "Definition"
    for c in ("A11", "C11"):
        cov[c].font = Font(bold=True)
        cov[c].fill = fill("D9D9D9")
    cats = [
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be implemented."),
        ("Not Agreed", "The concern is not agreed and will not be implemented."),
    ]
    for i, (t, d) in enumerate(cats):
        cov.cell(12 + i, 1, t)
        cov.cell(12 + i, 3, d).alignment = WRAP
    cov["A16"] = "Progress RAG key (column I of the Action Plan sheet is shaded, not labelled)"
    cov["A16"].font = Font(bold=True)
    key = [("green", "On track to meet the target date"),
           ("amber", "Some slippage – recovery action in hand"),
           ("red", "Off track – escalated to the Prison Group Director"),
           ("blue", "Complete – evidence held by the Head of Performance")]
    for i, (col, text) in enumerate(key):
        cov.cell(17 + i, 2).fill = RAG_FILL[col]
        cov.cell(17 + i, 2).border = BOX
        cov.cell(17 + i, 3, text)
    cov.cell(21, 3, "Unshaded – not yet assessed")

    ws = wb.create_sheet("Action Plan")
    widths = [10, 42, 14, 38, 9, 55, 24, 13, 10]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:I1")
    ws["A1"] = "HMP Frankland – HMIP Action Plan – progress position at 31 March 2025"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Concern No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Response",
             "Action No.", "Action", "Responsible Owner", "Target Date", "Progress RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = CENTRE
        c.border = BOX
    r = 4
    current = None
    for con in FRANKLAND_CONCERNS:
        if con["section"] != current:
            current = con["section"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(r, 1, current)
            c.font = Font(bold=True)
            c.fill = fill("BFBFBF")
            r += 1
        n = len(con["actions"])
        top = r
        ws.cell(top, 1, con["no"])
        ws.cell(top, 2, con["concern"])
        ws.cell(top, 3, con["agreed"])
        ws.cell(top, 4, con["response"])
        for a in con["actions"]:
            ws.cell(r, 5, a["ref"])
            ws.cell(r, 6, a["action"])
            ws.cell(r, 7, a["owner"])
            dc = ws.cell(r, 8, a["date"])
            if isinstance(a["date"], dt.datetime):
                dc.number_format = "dd/mm/yyyy"
            if a["rag"]:
                ws.cell(r, 9).fill = RAG_FILL[a["rag"]]
            ws.row_dimensions[r].height = 62
            r += 1
        if n > 1:
            for col in (1, 2, 3, 4):
                ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
        for rr in range(top, r):
            for col in range(1, 10):
                ws.cell(rr, col).border = BOX
                ws.cell(rr, col).alignment = WRAP
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1, "Notes: Target dates reflect the position agreed with the Prison Group Director. Progress RAG is shown by "
                  "cell colour only – see the key on the Cover sheet.").font = Font(italic=True)
    ws.freeze_panes = "A4"
    wb.save(path)


# ==========================================================================
# 2. Hertfordshire FRS - HMICFRS misconduct handling recommendations tracker (xlsx)
# ==========================================================================
HERTS_FILE = "zay-hertfordshire-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker.xlsx"
HERTS_TITLE = "HMICFRS Misconduct Handling – Recommendations Tracker"
T1 = "Theme 1: Culture and standards of behaviour"
T2 = "Theme 2: Misconduct processes"
R1 = "Recommendation 1: By 1 February 2025, chief fire officers should, as a priority, make sure their staff are aware of, and follow the Core Code of Ethics. Services should build the code into all relevant policies and practices."
R2 = "Recommendation 2: By 1 February 2025, chief fire officers should make sure a policy for probationary staff is in place. This policy should make clear that services can immediately dismiss probationers who fail to meet the required standards of behaviour set out in the Core Code of Ethics and the Code of Ethics fire standard."
R3 = "Recommendation 3: By 1 May 2025, chief fire officers should make sure their workforce plans allow staff to be moved from a wholetime watch to a different watch or station, within their contractual requirements, proactively and reactively as required."
R4 = "Recommendation 4: By 1 February 2025, chief fire officers should make sure their services create or have access to a professional standards function to handle conduct concerns."
R6 = "Recommendation 6: By 1 October 2025, chief fire officers should make sure that all staff who investigate misconduct, or who sit on hearing and appeal panels, are trained for the role."
R9 = "Recommendation 9: By 1 August 2025, chief fire officers should make sure they record and monitor misconduct data, including by protected characteristic, so that they can identify trends."

HERTS_ROWS = [
    ("theme", T1),
    ("rec", R1),
    dict(ref="1.1", action="Map every HR and operational policy against the Core Code of Ethics and amend those that do not reference it.",
         owner="Head of HR and OD", due=D(2025, 2, 1), revised=None, prev="On track", cur="Complete",
         update="All 46 policies reviewed; 12 amended and re-published in the policy library in January 2025.",
         lead=["Head of HR and OD"], end="2025-02", status="blue"),
    dict(ref="1.2", action="Include a Core Code of Ethics conversation in every annual appraisal and in each station audit.",
         owner="Area Manager Service Delivery", due=D(2025, 2, 1), revised=D(2025, 7, 31), prev="At risk", cur="Complete",
         update="Appraisal form amended; station audit checklist updated. 94% of appraisals for 2025/26 include the conversation.",
         lead=["Area Manager Service Delivery"], end="2025-07", status="blue"),
    ("rec", R2),
    dict(ref="2.1", action="Revise the probationary policy for all staff groups so that it makes clear that probationers who fail to meet the required standards of behaviour can be dismissed.",
         owner="Head of HR and OD", due=D(2025, 2, 1), revised=D(2025, 4, 30), prev="Off track", cur="Complete",
         update="Revised policy approved on 22 April 2025 following consultation with the representative bodies.",
         lead=["Head of HR and OD"], end="2025-04", status="blue"),
    ("rec", R3),
    dict(ref="3.1", action="Amend the promotion and transfer procedure so that firefighters who are promoted, including on temporary promotion of two months or more, are posted to a different watch or station.",
         owner="Area Manager Service Delivery / Head of HR and OD", due=D(2025, 5, 1), revised=D(2025, 12, 31), prev="At risk", cur="At risk",
         update="Consultation on the revised transfer procedure continues with the FBU; interim moves agreed case by case.",
         lead=["Area Manager Service Delivery", "Head of HR and OD"], end="2025-12", status="amber"),
    dict(ref="3.2", action="Add a watch-rotation measure to the workforce plan and report moves each quarter to the Strategic Leadership Team.",
         owner="Workforce Planning Manager", due=D(2025, 5, 1), revised=None, prev="On track", cur="On track",
         update="Measure included in the Q1 workforce report; 17 moves between watches recorded in 2025/26 to date.",
         lead=["Workforce Planning Manager"], end="2025-05", status="green"),
    ("theme", T2),
    ("rec", R4),
    dict(ref="4.1", action="Establish a professional standards function through a shared arrangement with the County Council's HR Investigations Team.",
         owner="Deputy Chief Fire Officer", due=D(2025, 2, 1), revised=D(2026, 3, 31), prev="On track", cur="Off track",
         update="Business case deferred to the 2026/27 budget round; interim use of external investigators continues.",
         lead=["Deputy Chief Fire Officer"], end="2026-03", status="red"),
    ("rec", R6),
    dict(ref="6.1", action="Train all station and group managers who investigate misconduct through the NFCC investigations course.",
         owner="Learning and Development Manager", due=D(2025, 10, 1), revised=None, prev="On track", cur="On track",
         update="38 of 52 managers trained; two further cohorts booked for October 2025.",
         lead=["Learning and Development Manager"], end="2025-10", status="green"),
    dict(ref="6.2", action="Create a pool of trained hearing and appeal panel members, including members from outside the Service.",
         owner="Head of HR and OD", due=D(2025, 10, 1), revised=D(2026, 2, 28), prev="On track", cur="At risk",
         update="Reciprocal arrangement with Bedfordshire FRS under discussion; training dates not yet confirmed.",
         lead=["Head of HR and OD"], end="2026-02", status="amber"),
    ("rec", R9),
    dict(ref="9.1", action="Build a misconduct case dashboard in the HR system and report trends, including by protected characteristic, to the Inclusion Board each quarter.",
         owner="Head of HR and OD; Business Intelligence Manager", due=D(2025, 8, 1), revised=None, prev="Not started", cur="On track",
         update="Dashboard built and in testing; first report to the Inclusion Board in November 2025.",
         lead=["Head of HR and OD", "Business Intelligence Manager"], end="2025-08", status="green"),
]

HERTS_STATUS_FILL = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000",
                     "Off track": "FF0000", "Not started": "FFFFFF"}


def build_herts(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm.column_dimensions["A"].width = 26
    sm.column_dimensions["B"].width = 60
    sm["A1"] = HERTS_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Hertfordshire Fire and Rescue Service"
    sm["A2"].font = Font(bold=True)
    sm["A3"] = "HMICFRS – Standards of behaviour: the handling of misconduct in fire and rescue services (August 2024)"
    sm["A4"] = "Progress against the national recommendations – position at 30 September 2025"
    sm["A5"] = "Reported to: Community Safety and Waste Management Cabinet Panel, 14 October 2025"
    sm["A6"] = "Lead officer: Deputy Chief Fire Officer"
    sm["A8"] = "Status"
    sm["B8"] = "Number of actions"
    for c in ("A8", "B8"):
        sm[c].font = Font(bold=True)
        sm[c].fill = fill("D9D9D9")
    counts = {}
    for row in HERTS_ROWS:
        if isinstance(row, dict):
            counts[row["cur"]] = counts.get(row["cur"], 0) + 1
    order = ["Complete", "On track", "At risk", "Off track"]
    for i, s in enumerate(order):
        sm.cell(9 + i, 1, s).fill = fill(HERTS_STATUS_FILL[s])
        sm.cell(9 + i, 2, counts.get(s, 0))
    sm.cell(13, 1, "Total").font = Font(bold=True)
    sm.cell(13, 2, sum(counts.values())).font = Font(bold=True)
    sm["A15"] = "Status key"
    sm["A15"].font = Font(bold=True)
    keys = [("Complete", "Action delivered and evidence of impact held (blue)"),
            ("On track", "Expected to be delivered by the HMICFRS deadline or revised date (green)"),
            ("At risk", "May not be delivered by the revised date; mitigation in place (amber)"),
            ("Off track", "Will not be delivered by the revised date; escalated to SLT (red)")]
    for i, (s, d) in enumerate(keys):
        sm.cell(16 + i, 1, s).fill = fill(HERTS_STATUS_FILL[s])
        sm.cell(16 + i, 2, d)
    sm["A21"] = "Only recommendations addressed to chief fire officers are tracked here; recommendations for the NFCC, LGA and Home Office are monitored nationally."
    sm["A21"].font = Font(italic=True)

    ws = wb.create_sheet("Recommendations tracker")
    widths = [7, 55, 28, 13, 13, 13, 13, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:H1")
    ws["A1"] = HERTS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Hertfordshire Fire and Rescue Service | Position at 30 September 2025 | Owner: Deputy Chief Fire Officer"
    heads = ["Ref", "Action", "Action owner", "HMICFRS deadline", "Revised date",
             "Previous status (June 2025)", "Current status (Sept 2025)", "Progress update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = CENTRE
        c.border = BOX
    r = 5
    for row in HERTS_ROWS:
        if isinstance(row, tuple):
            kind, text = row
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(r, 1, text)
            c.alignment = WRAP
            if kind == "theme":
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = fill("404040")
            else:
                c.font = Font(bold=True)
                c.fill = fill("F2F2F2")
                ws.row_dimensions[r].height = 45
            r += 1
            continue
        vals = [row["ref"], row["action"], row["owner"], row["due"], row["revised"],
                row["prev"], row["cur"], row["update"]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "d mmm yyyy"
        for col, key in ((6, "prev"), (7, "cur")):
            ws.cell(r, col).fill = fill(HERTS_STATUS_FILL[row[key]])
        ws.row_dimensions[r].height = 48
        r += 1
    ws.freeze_panes = "A5"
    wb.save(path)


# ==========================================================================
# 3. University of Bedfordshire - Ofsted ITE inspection improvement plan (xlsx)
# ==========================================================================
UOB_FILE = "zay-university-of-bedfordshire-ofsted-ite-inspection-improvement-plan.xlsx"
UOB_TITLE = "ITE Partnership Improvement Plan 2024–25"
PH_P = "Primary"
PH_S = "Secondary"
UOB_PLAN = [
    (PH_P, [
        ("Leaders should ensure that the centre-based curriculum for early reading and systematic synthetic phonics is consistently reinforced in trainees' placement schools, so that all trainees have enough opportunities to practise teaching phonics.", [
            dict(ref="P1", action="Map each phonics session in the centre-based curriculum to a directed placement task and publish the map in the mentor handbook.",
                 leads="Primary Phase Lead", when="Autumn term 2024", rag="G",
                 progress="Map published September 2024; directed tasks in use in all placement schools.",
                 lead=["Primary Phase Lead"], end="2024-12", end_text="Autumn term 2024", status="blue"),
            dict(ref="P2", action="Deliver phonics mentor training to all lead mentors in partnership schools that do not use a validated SSP programme.",
                 leads="KM, JB", when="Spring term 2025", rag="A",
                 progress="Two of three sessions delivered; 31 of 40 lead mentors attended.",
                 lead=["KM", "JB"], end="2025-04", end_text="Spring term 2025", status="amber"),
            dict(ref="P3", action="Quality assure placement phonics opportunities through joint observations by link tutors and mentors.",
                 leads="Link Tutors", when="Termly", rag="A",
                 progress="Autumn joint observations completed in 70% of schools.",
                 lead=["Link Tutors"], end=None, end_text="Termly", status="amber"),
        ]),
        ("Leaders should make sure that mentors have a secure understanding of the ITE curriculum so that they can precisely identify and address trainees' misconceptions.", [
            dict(ref="P4", action="Introduce an online mentor curriculum module, with a short completion check, for all new mentors.",
                 leads="Partnership Director", when=D(2025, 1, 31), rag="G",
                 progress="Module live on the partnership portal; 88% completion.",
                 lead=["Partnership Director"], end="2025-01", status="blue"),
            dict(ref="P5", action="Hold subject-specific mentor briefings each half term, led by the university subject tutors.",
                 leads="Primary Phase Lead / Subject Tutors", when="Summer term 2025", rag="A",
                 progress="Briefings held for English, mathematics and science; foundation subjects to follow.",
                 lead=["Primary Phase Lead", "Subject Tutors"], end="2025-07", end_text="Summer term 2025", status="amber"),
        ]),
    ]),
    (PH_S, [
        ("Leaders should ensure that trainees are taught how to adapt their teaching for pupils with special educational needs and/or disabilities (SEND) in their subject, and that this is checked during placements.", [
            dict(ref="S1", action="Revise the SEND strand of the secondary curriculum so that each subject session includes adaptive teaching examples for pupils with SEND.",
                 leads="Secondary Phase Lead", when="September 2024", rag="G",
                 progress="Revised strand taught from September 2024.",
                 lead=["Secondary Phase Lead"], end="2024-09", status="blue"),
            dict(ref="S2", action="Add a SEND-focused lesson observation to each trainee's second placement and moderate a sample of the observations.",
                 leads="Secondary Phase Lead / SEND Adviser", when="Spring term 2025", rag="R",
                 progress="Observation form agreed; second placements start late, so observations have not yet taken place.",
                 lead=["Secondary Phase Lead", "SEND Adviser"], end="2025-04", end_text="Spring term 2025", status="red"),
        ]),
        ("Leaders should strengthen the quality assurance of the training that trainees receive in their placement schools, so that weaker mentoring is identified and addressed quickly.", [
            dict(ref="S3", action="Introduce a mentor quality dashboard that flags missed weekly mentor meetings and incomplete progress reviews.",
                 leads="Partnership Director", when="By 28 February 2025", rag="A",
                 progress="Dashboard in testing with six schools.",
                 lead=["Partnership Director"], end="2025-02", status="amber"),
            dict(ref="S4", action="Agree a support and intervention protocol for placements where mentoring is judged weak, including moving trainees where necessary.",
                 leads="Head of Teacher Education", when="Ongoing", rag="A",
                 progress="Protocol drafted; used for three placements this year.",
                 lead=["Head of Teacher Education"], end=None, end_text="Ongoing", status="amber"),
        ]),
    ]),
]


def build_uob(path):
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc.column_dimensions["A"].width = 12
    dc.column_dimensions["B"].width = 16
    dc.column_dimensions["C"].width = 26
    dc.column_dimensions["D"].width = 70
    dc["A1"] = UOB_TITLE
    dc["A1"].font = Font(bold=True, size=14)
    dc["A2"] = "University of Bedfordshire – School of Teacher Education"
    dc["A2"].font = Font(bold=True)
    dc["A4"] = "Document owner"
    dc["B4"] = "Head of Teacher Education"
    dc["A5"] = "Approved by"
    dc["B5"] = "Teacher Education Strategy Group, 18 June 2024"
    heads = ["Version", "Date", "Author", "Summary of changes"]
    for i, h in enumerate(heads, 1):
        c = dc.cell(7, i, h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
    versions = [("0.1", "22/05/2024", "Partnership Director", "First draft following Ofsted feedback"),
                ("1.0", "18/06/2024", "Head of Teacher Education", "Approved plan"),
                ("1.1", "10/02/2025", "Partnership Director", "Mid-year review – progress and RAG updated")]
    for r, v in enumerate(versions, 8):
        for i, x in enumerate(v, 1):
            dc.cell(r, i, x).border = BOX

    ws = wb.create_sheet("Improvement plan")
    widths = [12, 45, 6, 50, 22, 18, 40, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:H1")
    ws["A1"] = UOB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = ("University of Bedfordshire – School of Teacher Education | Following the Ofsted initial teacher "
                "education inspection, 11–15 March 2024 | Mid-year review: 10 February 2025")
    heads = ["Phase", "What does the ITE provider need to do to improve? (Ofsted)", "No.", "Action",
             "Lead(s)", "Timescale", "Progress at mid-year review", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = CENTRE
        c.border = BOX
    r = 5
    rag_fill = {"G": "00B050", "A": "FFC000", "R": "FF0000"}
    for phase, improvements in UOB_PLAN:
        phase_top = r
        for text, acts in improvements:
            imp_top = r
            for a in acts:
                ws.cell(r, 3, a["ref"])
                ws.cell(r, 4, a["action"])
                ws.cell(r, 5, a["leads"])
                c = ws.cell(r, 6, a["when"])
                if isinstance(a["when"], dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                ws.cell(r, 7, a["progress"])
                rc = ws.cell(r, 8, a["rag"])
                rc.fill = fill(rag_fill[a["rag"]])
                rc.alignment = CENTRE
                ws.row_dimensions[r].height = 52
                r += 1
            ws.cell(imp_top, 2, text)
            if r - 1 > imp_top:
                ws.merge_cells(start_row=imp_top, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(phase_top, 1, phase).font = Font(bold=True)
        ws.merge_cells(start_row=phase_top, start_column=1, end_row=r - 1, end_column=1)
        for rr in range(phase_top, r):
            for col in range(1, 9):
                ws.cell(rr, col).border = BOX
                if col != 8:
                    ws.cell(rr, col).alignment = WRAP
    r += 1
    ws.cell(r, 1, "RAG ratings are as defined on the 'RAG key' sheet.").font = Font(italic=True)

    key = wb.create_sheet("RAG key")
    key.column_dimensions["A"].width = 8
    key.column_dimensions["B"].width = 70
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    rows = [("G", "Green – action completed and impact evidenced"),
            ("A", "Amber – action in progress"),
            ("R", "Red – action not yet started or significantly delayed")]
    for i, (k, d) in enumerate(rows, 2):
        key.cell(i, 1, k).fill = fill(rag_fill[k])
        key.cell(i, 2, d)
    wb.save(path)


# ==========================================================================
# 4. Probation Service Coventry PDU - HMIP inspection action plan (docx)
# ==========================================================================
COV_FILE = "zay-probation-service-coventry-pdu-hmip-inspection-action-plan.docx"
COV_TITLE = "Action Plan: Coventry Probation Delivery Unit"
SEC1 = "Section 1: Recommendations to the Coventry PDU"
SEC2 = "Section 2: Recommendations to the West Midlands region"
COV_RECS = [
    (SEC1, "Recommendation 1",
     "Improve the quality of work to keep people safe, including the timely use of domestic abuse and child safeguarding information in risk assessment and risk management planning.",
     "HMPPS response: Agreed", [
         dict(ref="1.1", action="Introduce a weekly check by middle managers that domestic abuse and child safeguarding enquiries have been requested and received for all new cases.",
              owner="Senior Probation Officers", date="30 April 2025",
              rag="Complete\nChecks embedded in the weekly allocation meeting from April 2025.",
              lead=["Senior Probation Officers"], end="2025-04", status="blue"),
         dict(ref="1.2", action="Deliver a risk assessment and risk management planning masterclass to all probation practitioners, with follow-up case audits three months later.",
              owner="Head of PDU / Quality Development Officer", date="30 June 2025",
              rag="Green\nMasterclass delivered to 58 staff; first follow-up audit due October 2025.",
              lead=["Head of PDU", "Quality Development Officer"], end="2025-06", status="green"),
         dict(ref="1.3", action="Use the risk management plan quality tool in every supervision session for cases assessed as high risk of serious harm.",
              owner="Senior Probation Officers", date="Ongoing",
              rag="Green\nTool in use; compliance checked in the monthly quality meeting.",
              lead=["Senior Probation Officers"], end=None, end_text="Ongoing", status="green"),
     ]),
    (SEC1, "Recommendation 2",
     "Make sure that home visits are carried out in line with policy in cases where there are child safeguarding or domestic abuse concerns.",
     "HMPPS response: Agreed", [
         dict(ref="2.1", action="Set a local target for home visits and monitor completion through the monthly PDU performance meeting.",
              owner="Deputy Head of PDU", date="31 May 2025",
              rag="Amber\nHome visit completion at 64% against a local target of 80%.",
              lead=["Deputy Head of PDU"], end="2025-05", status="amber"),
     ]),
    (SEC1, "Recommendation 3",
     "Reduce workloads for probation officers so that they are manageable, and make sure that newly qualified officers have a protected caseload.",
     "HMPPS response: Partly agreed – recruitment depends on the regional allocation of trainee probation officers.", [
         dict(ref="3.1", action="Apply the newly qualified officer protected caseload framework and review the workload of every PQiP and newly qualified officer at the monthly workload panel.",
              owner="Head of PDU", date="31 March 2025",
              rag="Complete",
              lead=["Head of PDU"], end="2025-03", status="blue"),
         dict(ref="3.2", action="Use the regional flexible resource pool to reduce workload measurement tool (WMT) levels to below 110% in all teams.",
              owner="Head of PDU; Regional Head of Operations", date="Q3 2025/26",
              rag="Red\nAverage WMT 127% in August 2025; recruitment campaign under way.",
              lead=["Head of PDU", "Regional Head of Operations"], end="2025-12", end_text="Q3 2025/26", status="red"),
     ]),
    (SEC2, "Recommendation 4",
     "Improve the availability of accredited programmes and structured interventions for people convicted of domestic abuse offences in Coventry.",
     "HMPPS response: Agreed", [
         dict(ref="4.1", action="Commission an additional Building Better Relationships programme cohort in Coventry from the regional interventions hub.",
              owner="Head of Interventions (West Midlands)", date="September 2025",
              rag="Amber\nFacilitators identified; first cohort now due to start in November 2025.",
              lead=["Head of Interventions (West Midlands)"], end="2025-09", status="amber"),
         dict(ref="4.2", action="Introduce a waiting list review so that people waiting for a programme receive a structured intervention while they wait.",
              owner="Head of Interventions (West Midlands)", date="31 July 2025",
              rag="Green\nReview process agreed; structured interventions offered to 41 people.",
              lead=["Head of Interventions (West Midlands)"], end="2025-07", status="green"),
     ]),
]


def build_coventry(path):
    d = docx.Document()
    landscape(d)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading(COV_TITLE, level=0)
    for line in ["Action Plan Submitted: 3 March 2025",
                 "A Response to the HM Inspectorate of Probation Inspection: 7–18 October 2024",
                 "Report Published: 28 January 2025",
                 "Progress update: September 2025"]:
        p = d.add_paragraph()
        p.add_run(line).bold = True
    d.add_heading("Introduction", level=1)
    d.add_paragraph(
        "HM Inspectorate of Probation is an independent inspectorate which reports on the effectiveness of work with adults "
        "who have offended. In response to the report, HMPPS is required to draft a robust and timely action plan to address "
        "the recommendations. The plan confirms whether recommendations are agreed, partly agreed or not agreed (see "
        "categorisations below). Where a recommendation is agreed or partly agreed, the action plan provides specific steps "
        "to address it, with the owner and timescale of each step clearly identified.")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    cats = [("Term", "Definition"),
            ("Agreed", "All of the recommendation is agreed with, can be achieved and is affordable."),
            ("Partly Agreed", "Only part of the recommendation is agreed with, is achievable, affordable and will be implemented."),
            ("Not Agreed", "The recommendation is not agreed and will not be implemented.")]
    for i, (a, b) in enumerate(cats):
        cell_text(t.rows[i].cells[0], a, bold=(i == 0))
        cell_text(t.rows[i].cells[1], b, bold=(i == 0))
        if i == 0:
            shade(t.rows[i].cells[0], "D9D9D9")
            shade(t.rows[i].cells[1], "D9D9D9")
    d.add_paragraph()
    d.add_paragraph("RAG / progress: Green – on track; Amber – some slippage; Red – off track; Complete – action delivered.")
    current = None
    for sec, rec_no, rec_text, response, actions in COV_RECS:
        if sec != current:
            current = sec
            d.add_heading(sec, level=1)
        t = d.add_table(rows=4 + len(actions), cols=5)
        t.style = "Table Grid"
        for ri, (text, colour, bold) in enumerate([(rec_no, "1F3864", True), (rec_text, "DEEAF6", False),
                                                   (response, "FFFFFF", False)]):
            row = t.rows[ri]
            merged = row.cells[0].merge(row.cells[4])
            cell_text(merged, text, bold=bold)
            if colour != "FFFFFF":
                shade(merged, colour)
            if ri == 0:
                for run in merged.paragraphs[0].runs:
                    run.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
        for ci, h in enumerate(["Action No.", "Action", "Responsible owner", "Target date", "RAG / progress"]):
            cell_text(t.rows[3].cells[ci], h, bold=True)
            shade(t.rows[3].cells[ci], "D9D9D9")
        for ai, a in enumerate(actions):
            cells = t.rows[4 + ai].cells
            for ci, v in enumerate([a["ref"], a["action"], a["owner"], a["date"], a["rag"]]):
                cell_text(cells[ci], v)
        widths = [Cm(2.2), Cm(10.5), Cm(4.5), Cm(3.0), Cm(6.5)]
        for row in t.rows:
            for ci, w in enumerate(widths):
                row.cells[ci].width = w
        d.add_paragraph()
    d.add_paragraph("Progress against this plan is reviewed by the West Midlands Regional Probation Director's quality board.")
    d.save(path)


# ==========================================================================
# 5. Ysgol Uwchradd Aberteifi - Estyn post-inspection action plan (docx)
# ==========================================================================
ABER_FILE = "zay-ysgol-uwchradd-aberteifi-estyn-post-inspection-action-plan.docx"
ABER_TITLE = "Ysgol Uwchradd Aberteifi – Post-Inspection Action Plan"
AR1 = "R1: Improve the quality of teaching and assessment so that it challenges pupils of all abilities, particularly the more able"
AR2 = "R2: Strengthen the progressive development of pupils' literacy and numeracy skills across the curriculum"
AR3 = "R3: Ensure that self-evaluation and improvement planning focus precisely on the impact of provision on pupils' learning"
AR4 = "R4: Improve pupils' attendance, particularly that of pupils eligible for free school meals"
ABER_PLAN = [
    (AR1, [
        dict(action="Set up a teaching and learning working group to share effective strategies for challenge and questioning across departments",
             lead_cell="Deputy Headteacher (Teaching and Learning)", when="Summer term 2024",
             success="Working group meets half-termly; strategies shared in the staff bulletin",
             monitor="Headteacher – learning walks", rag="Blue",
             lead=["Deputy Headteacher (Teaching and Learning)"], end="2024-07", end_text="Summer term 2024", status="blue"),
        dict(action="Provide professional learning for all teachers on planning for challenge, followed by focused lesson observations",
             lead_cell="Deputy Headteacher (Teaching and Learning) / Heads of Department", when="Autumn term 2024",
             success="Most lessons observed show appropriate challenge for more able pupils",
             monitor="SLT link meetings; governors' standards committee", rag="Green",
             lead=["Deputy Headteacher (Teaching and Learning)", "Heads of Department"], end="2024-12", end_text="Autumn term 2024", status="green"),
        dict(action="Revise the school's feedback policy so that written and verbal feedback helps pupils to improve their work",
             lead_cell="RJ & EL", when="Spring term 2025",
             success="Book scrutiny shows pupils respond to feedback and improve their work",
             monitor="Termly book scrutiny", rag="Amber",
             lead=["RJ", "EL"], end="2025-04", end_text="Spring term 2025", status="amber"),
    ]),
    (AR2, [
        dict(action="Map opportunities for pupils to develop extended writing in all subjects in Years 7 to 9",
             lead_cell="Literacy Co-ordinator", when="December 2024",
             success="Every department has at least one planned extended writing task each half term",
             monitor="Literacy Co-ordinator – work scrutiny", rag="Green",
             lead=["Literacy Co-ordinator"], end="2024-12", status="green"),
        dict(action="Introduce a whole-school numeracy framework and train departments in its use",
             lead_cell="Numeracy Co-ordinator", when="July 2025",
             success="Consistent methods used in mathematics, science and technology",
             monitor="Numeracy Co-ordinator; Ceredigion Council School Improvement Officer", rag="Amber",
             lead=["Numeracy Co-ordinator"], end="2025-07", status="amber"),
    ]),
    (AR3, [
        dict(action="Introduce a quality assurance calendar that includes regular learning walks, book scrutiny and listening to learners",
             lead_cell="Headteacher", when="Autumn term 2024",
             success="Calendar followed; findings feed directly into departmental plans",
             monitor="Governing body – headteacher's termly report", rag="Green",
             lead=["Headteacher"], end="2024-12", end_text="Autumn term 2024", status="green"),
        dict(action="Train middle leaders to evaluate the impact of teaching on pupils' progress and to write focused departmental improvement plans",
             lead_cell="Assistant Headteacher (Leadership Development)", when="Ongoing",
             success="Departmental plans identify precise priorities linked to pupils' learning",
             monitor="SLT review of departmental plans", rag="Green",
             lead=["Assistant Headteacher (Leadership Development)"], end=None, end_text="Ongoing", status="green"),
    ]),
    (AR4, [
        dict(action="Appoint a family engagement officer to work with the families of pupils with persistent absence",
             lead_cell="Headteacher / Ceredigion Education Welfare Service", when="April 2024",
             success="Attendance of pupils eligible for free school meals improves by at least 3 percentage points",
             monitor="Attendance officer – weekly data", rag="Blue",
             lead=["Headteacher", "Ceredigion Education Welfare Service"], end="2024-04", status="blue"),
    ]),
]


def build_aberteifi(path):
    d = docx.Document()
    landscape(d)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading(ABER_TITLE, level=0)
    p = d.add_paragraph()
    p.add_run("Cynllun Gweithredu Ôl-Arolwg").italic = True
    d.add_paragraph("Estyn core inspection: 22–25 January 2024. Plan approved by the Governing Body: 19 March 2024. "
                    "Progress reviewed: 10 December 2024.")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    details = [("Headteacher", "Mrs Eleri Rowlands"),
               ("Chair of Governors", "Mr Dafydd Morgan"),
               ("Local authority link", "School Improvement Officer, Ceredigion County Council"),
               ("Next review", "Governing body, March 2025")]
    for i, (a, b) in enumerate(details):
        cell_text(t.rows[i].cells[0], a, bold=True)
        shade(t.rows[i].cells[0], "E2EFD9")
        cell_text(t.rows[i].cells[1], b)
    d.add_paragraph()
    d.add_heading("Key to progress", level=2)
    k = d.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    keys = [("Blue", "Achieved", "0070C0"), ("Green", "On track", "00B050"),
            ("Amber", "Some slippage – action needed", "FFC000"), ("Red", "Significant concern", "FF0000")]
    for i, (a, b, col) in enumerate(keys):
        cell_text(k.rows[i].cells[0], a, bold=True)
        shade(k.rows[i].cells[0], col)
        cell_text(k.rows[i].cells[1], b)
    d.add_paragraph()
    d.add_heading("Action plan", level=1)
    n_rows = 1 + sum(1 + len(a) for _, a in ABER_PLAN)
    t = d.add_table(rows=n_rows, cols=6)
    t.style = "Table Grid"
    heads = ["Action", "Lead", "Timescale", "Success criteria", "Monitoring and evaluation", "Progress (RAG)"]
    for ci, h in enumerate(heads):
        cell_text(t.rows[0].cells[ci], h, bold=True)
        shade(t.rows[0].cells[ci], "385623")
        for run in t.rows[0].cells[ci].paragraphs[0].runs:
            run.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
    r = 1
    colours = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for rec, acts in ABER_PLAN:
        row = t.rows[r]
        m = row.cells[0].merge(row.cells[5])
        cell_text(m, rec, bold=True)
        shade(m, "E2EFD9")
        r += 1
        for a in acts:
            cells = t.rows[r].cells
            for ci, v in enumerate([a["action"], a["lead_cell"], a["when"], a["success"], a["monitor"], a["rag"]]):
                cell_text(cells[ci], v)
            shade(cells[5], colours[a["rag"]])
            r += 1
    widths = [Cm(7.5), Cm(4.0), Cm(2.8), Cm(5.5), Cm(4.0), Cm(2.2)]
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = w
    d.add_paragraph()
    d.add_paragraph("The plan will be monitored by the governing body's Standards Committee each term and shared with "
                    "Estyn at the school's next engagement visit.")
    d.save(path)


# ==========================================================================
# 6. Hampshire and Isle of Wight Constabulary - HMICFRS VMM recs tracker (csv, REFUSE)
# ==========================================================================
HIOW_FILE = "zay-hampshire-and-isle-of-wight-constabulary-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker-typo-month-refuse.csv"
HIOW_TITLE = "Hampshire and Isle of Wight Constabulary - HMICFRS Recommendations Tracker"
HIOW_HEADER = ["Ref", "Area", "Recommendation", "Force action", "Action owner",
               "Original due date", "Revised due date", "Status", "Latest update"]
HIOW_ROWS = [
    ["VMM-R02", "Vetting",
     "By 31 October 2023, chief constables should make sure that every vetting decision is recorded with a clear rationale, including where clearance is granted despite adverse information.",
     "Introduce a mandatory rationale template in the vetting case management system for every decision, including refusals and appeals.",
     "Force Vetting Manager", "Oct-2023", "", "Complete",
     "Template live since 14/09/2023; monthly dip sample shows 98% compliance."],
    ["VMM-R05", "Vetting",
     "By 31 March 2024, chief constables should establish a process to review vetting clearance when new adverse information about an officer or member of staff comes to light.",
     "Create a trigger process so that Professional Standards notify the Vetting Unit of any new adverse information and a clearance review starts within 10 working days.",
     "Head of Professional Standards / Force Vetting Manager", "Mar-2024", "Sep-2024", "Complete",
     "Process agreed and published on the intranet; 23 reviews triggered to date."],
    ["VMM-R09", "Vetting",
     "By 30 April 2023, chief constables should make sure that all officers and staff have been checked against the Police National Database (PND).",
     "Complete a PND check for all serving officers, staff and volunteers and refer any matches for assessment.",
     "Force Vetting Manager", "Apr-2023", "", "Complete",
     "All 7,412 checks completed; 19 matches assessed, no further action in 17 cases."],
    ["VMM-R14", "Counter-corruption",
     "By 31 October 2023, chief constables should make sure that their counter-corruption units have enough capacity and capability to manage corruption intelligence effectively.",
     "Recruit two additional intelligence analysts to the Anti-Corruption Unit and adopt a corruption intelligence assessment framework.",
     "Head of Anti-Corruption Unit", "Oct-2023", "Jun-2024", "Complete",
     "Both analysts in post from May 2024."],
    ["VMM-R17", "Counter-corruption",
     "By 30 April 2024, chief constables should make sure that their forces can monitor all their IT systems to identify data misuse.",
     "Procure and implement IT monitoring software across all force systems and mobile devices.",
     "Head of Anti-Corruption Unit; Head of Digital and ICT", "Apr-2024", "0ct-2025", "At risk",
     "Supplier contract signed; rollout to mobile devices delayed by the Windows 11 migration."],
    ["VMM-R20", "Misconduct",
     "By 31 October 2023, chief constables should make sure that all allegations of sexual misconduct are assessed promptly by the appropriate authority.",
     "Ensure that all allegations of sexual misconduct against officers and staff are assessed by the appropriate authority within five working days.",
     "Head of Professional Standards", "Oct-2023", "Mar-2024", "Complete",
     "Average time to assessment 3.2 working days (Q1 2025/26)."],
    ["VMM-R23", "Misconduct",
     "By 31 March 2024, chief constables should record and analyse data on misogynistic and predatory behaviour by officers and staff.",
     "Add misogyny and protected characteristic flags to the Centurion case management system and publish a quarterly trends report to the Chief Officer Group.",
     "Head of Professional Standards", "Mar-2024", "Dec-2025", "On track",
     "Flags added in June 2025; first trends report due to the Chief Officer Group in December 2025."],
    ["VMM-R27", "Misconduct",
     "By 31 March 2024, chief constables should make sure that all officers and staff understand the standards of professional behaviour expected of them and how to report concerns.",
     "Deliver active bystander training to all officers and staff.",
     "Head of Learning and Development", "Mar-2024", "Mar-2025", "Complete",
     "Training completed by 94% of officers and staff; remainder on long-term leave."],
    ["VMM-R30", "Vetting",
     "By 31 March 2024, chief constables should review the vetting clearances of officers and staff who joined with criminal records or adverse information.",
     "Review all vetting decisions for officers and staff recruited since 2019 with a recorded conviction or adverse information.",
     "Force Vetting Manager", "Mar-2024", "Jun-2025", "Overdue",
     "612 of 780 reviews completed; additional vetting officer funded from October 2025."],
]
HIOW_TYPO_LINE = None  # set when written


def build_hiow(path):
    global HIOW_TYPO_LINE
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    ncol = len(HIOW_HEADER)
    pad = lambda xs: xs + [""] * (ncol - len(xs))
    lines = [
        pad([HIOW_TITLE]),
        pad(["Report: An inspection of vetting, misconduct, and misogyny in the police service (published 2 November 2022)"]),
        pad(["Exported: 06/10/2025 09:14 by Organisational Learning Team"]),
        pad([]),
        HIOW_HEADER,
    ]
    lines += HIOW_ROWS
    counts = {}
    for row in HIOW_ROWS:
        counts[row[7]] = counts.get(row[7], 0) + 1
    lines.append(pad([]))
    lines.append(pad(["Total records: %d" % len(HIOW_ROWS)]))
    lines.append(pad(["Status summary: " + "; ".join("%s %d" % (k, v) for k, v in counts.items())]))
    for i, row in enumerate(lines, 1):
        if "0ct-2025" in row:
            HIOW_TYPO_LINE = i
        w.writerow(row)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ==========================================================================
# 7. Hurstpierpoint College - ISI inspection action plan (plain text export)
# ==========================================================================
HURST_FILE = "zay-hurstpierpoint-college-isi-inspection-action-plan.txt"
HURST_TITLE = "Post-Inspection Action Plan: ISI Routine Inspection, 6–8 May 2025"
HS1 = "SECTION 1: LEADERSHIP AND MANAGEMENT, AND GOVERNANCE"
HS2 = "SECTION 2: PUPILS' PHYSICAL AND MENTAL HEALTH AND EMOTIONAL WELLBEING"
HS3 = "SECTION 3: SAFEGUARDING"
HS4 = "SECTION 4: QUALITY OF EDUCATION, TRAINING AND RECREATION"
HURST_PLAN = [
    (HS1, "Strengthen governors' oversight of the implementation of the school's health and safety and risk assessment policies, so that weaknesses are identified and addressed promptly.", [
        dict(ref="1.1", action="Introduce a termly health and safety audit of each boarding house and teaching block, with findings reported to the Health and Safety Committee.",
             lead_line="Bursar / Estates Manager", due="Michaelmas term 2025", st="On track",
             update=["First audits of the boarding houses completed in September 2025.",
                     "Teaching blocks to follow before half term."],
             lead=["Bursar", "Estates Manager"], end="2025-12", end_text="Michaelmas term 2025", status="green"),
        dict(ref="1.2", action="Appoint a nominated governor for health and safety and add a standing health and safety report to every Full Governing Body agenda.",
             lead_line="Chair of Governors", due="September 2025", st="Complete",
             update=["Nominated governor appointed June 2025; first report received 23 September 2025."],
             lead=["Chair of Governors"], end="2025-09", status="blue"),
    ]),
    (HS2, "Ensure that the recording of pupils' medical needs and the administration of medicines in boarding houses are consistent across all houses.", [
        dict(ref="2.1", action="Move all boarding house medication records to the electronic health record system used by the Health Centre.",
             lead_line="Head of Health Centre", due="31/10/2025", st="On track",
             update=["Seven of ten houses now on the electronic system."],
             lead=["Head of Health Centre"], end="2025-10", status="green"),
        dict(ref="2.2", action="Train all house staff in the administration of medicines and check their competence each year.",
             lead_line="Head of Health Centre; Head of Boarding", due="February 2026", st="Not started",
             update=["Training provider booked for January 2026 INSET."],
             lead=["Head of Health Centre", "Head of Boarding"], end="2026-02", status="unrated"),
    ]),
    (HS3, "Ensure that the single central record is kept fully up to date, including the recording of checks on staff supplied by agencies.", [
        dict(ref="3.1", action="Complete a full audit of the single central record against the requirements of Keeping Children Safe in Education.",
             lead_line="Director of Compliance", due="June 2025", st="Complete",
             update=["Audit completed 20 June 2025; 14 gaps corrected."],
             lead=["Director of Compliance"], end="2025-06", status="blue"),
        dict(ref="3.2", action="Introduce a monthly check of the single central record by the Designated Safeguarding Lead and the safeguarding governor.",
             lead_line="DSL / Safeguarding Governor", due="Monthly", st="On track",
             update=["Checks completed in July, August and September 2025."],
             lead=["DSL", "Safeguarding Governor"], end=None, end_text="Monthly", status="green"),
        dict(ref="3.3", action="Require written confirmation of all pre-employment checks from supply agencies before any agency worker starts at the school.",
             lead_line="HR Manager", due="July 2025", st="Delayed",
             update=["Two agencies have not yet signed the revised agreement;",
                     "agency workers from these agencies are not being booked meanwhile."],
             lead=["HR Manager"], end="2025-07", status="amber"),
    ]),
    (HS4, "Ensure that teaching in the lower school consistently adapts work for pupils who have special educational needs and/or disabilities (SEND).", [
        dict(ref="4.1", action="Share a pupil passport for every pupil with SEND with all their teachers through the school's management information system.",
             lead_line="Head of Learning Support", due="September 2025", st="Complete",
             update=["Passports published on the MIS for all 143 pupils on the SEND register."],
             lead=["Head of Learning Support"], end="2025-09", status="blue"),
        dict(ref="4.2", action="Include adaptive teaching for pupils with SEND as a focus in the 2025–26 lesson observation cycle.",
             lead_line="Deputy Head (Academic)", due="July 2026", st="On track",
             update=["Observation focus launched at the September 2025 INSET day."],
             lead=["Deputy Head (Academic)"], end="2026-07", status="green"),
    ]),
]


def build_hurst(path):
    out = []
    out.append("HURSTPIERPOINT COLLEGE")
    out.append(HURST_TITLE)
    out.append("=" * 66)
    out.append("")
    out.append("Prepared by:   Deputy Head (Pastoral) and Director of Compliance")
    out.append("Approved:      Education and Pastoral Committee of the Governing Body, 17 June 2025")
    out.append("Position at:   29 September 2025")
    out.append("")
    out.append("Status key:  Complete = action finished and evidenced (blue)")
    out.append("             On track = green")
    out.append("             Delayed  = amber (past its due date or at risk)")
    out.append("             Not started")
    out.append("")
    for sec, step, acts in HURST_PLAN:
        out.append("-" * 66)
        out.append(sec)
        out.append("-" * 66)
        out.append("")
        out.append("Recommended next step (ISI):")
        out.append(step)
        out.append("")
        for a in acts:
            out.append("%-5s%s" % (a["ref"], a["action"]))
            out.append("     Lead:     " + a["lead_line"])
            out.append("     Due:      " + a["due"])
            out.append("     Status:   " + a["st"])
            out.append("     Update:   " + a["update"][0])
            for more in a["update"][1:]:
                out.append("               " + more)
            out.append("")
    out.append("=" * 66)
    out.append("Next review: Education and Pastoral Committee, January 2026")
    out.append("End of report")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


BUILDERS = [
    (FRANKLAND_FILE, build_frankland),
    (HERTS_FILE, build_herts),
    (UOB_FILE, build_uob),
    (COV_FILE, build_coventry),
    (ABER_FILE, build_aberteifi),
    (HIOW_FILE, build_hiow),
    (HURST_FILE, build_hurst),
]


def main():
    for name, fn in BUILDERS:
        fn(os.path.join(HERE, name))
        print("wrote", name)
    print("typo line in csv:", HIOW_TYPO_LINE)


if __name__ == "__main__":
    main()
