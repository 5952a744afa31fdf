#!/usr/bin/env python3
"""Build the seven fa1- test files of set heldout191 (children's services plans).

Run with /work/main/.venv/bin/python (openpyxl, python-docx).  The expected
readings (NAME.expected.yaml) were written separately from the content below.
"""
import csv
import datetime as dt
import io
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
D = dt.datetime


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "head": "1F3864", "theme": "D9E1F2", "area": "F2F2F2",
}


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def style_row(ws, row, ncols, bold=False, fillhex=None, white=False):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP
        if bold or white:
            cell.font = Font(bold=bold, color="FFFFFF" if white else "000000")
        if fillhex:
            cell.fill = fill(fillhex)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a docx cell; '\n' in text starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    for part in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.5))


# =====================================================================
# 1. Hounslow - ILACS improvement plan (xlsx)
# =====================================================================
HOUNSLOW_TITLE = "London Borough of Hounslow – Children's Services Improvement Plan 2025–26"
# (ref, action, lead cell, start, target, revised, prev, current, update)
HOUNSLOW = [
    ("Theme 1: Help and protection", [
        ("The consistency of multi-agency strategy discussions, including the attendance of health and education partners.", [
            ("1.1", "Revise the joint strategy discussion protocol with the Metropolitan Police and health partners so that health and education are invited to every strategy discussion, and report attendance to the Improvement Board monthly.",
             "Head of Service, Front Door and Assessment / Designated Nurse Safeguarding Children",
             D(2025, 4, 1), D(2025, 6, 30), None, "G", "B",
             "Protocol signed off by HSCP Executive 12/06/25. Health attendance 94% and education 81% in Q3."),
            ("1.2", "Introduce a strategy discussion recording template in Mosaic that records each agency's information, the rationale for the decision and the child's views.",
             "Principal Social Worker",
             D(2025, 5, 1), D(2025, 9, 30), D(2025, 12, 31), "A", "G",
             "Template live from 1 December 2025 after Mosaic release was delayed. Dip sample due May 2026."),
        ]),
        ("The response to 16- and 17-year-olds who present as homeless, so that they are offered an assessment and told about their rights.", [
            ("1.3", "Agree a joint protocol between Children's Services and Housing Options for 16- and 17-year-olds presenting as homeless, including a joint assessment within 10 working days and access to an independent advocate.",
             "Head of Service, Adolescents; Head of Housing Options",
             D(2025, 4, 1), D(2025, 7, 31), D(2025, 10, 31), "A", "A",
             "Protocol agreed in principle. Advocacy contract variation still with Legal Services."),
            ("1.4", "Audit all 16- and 17-year-olds who presented as homeless in the 12 months before the inspection and re-offer an assessment where one was not completed.",
             "Quality Assurance Manager",
             D(2025, 4, 1), D(2025, 5, 31), None, "B", "B",
             "Audit of 23 young people completed; 9 re-offered an assessment, 6 accepted."),
        ]),
    ]),
    ("Theme 2: Children in care and care leavers", [
        ("The timeliness of permanence planning for children in care, including the use of early permanence.", [
            ("2.1", "Establish a monthly Permanence Tracking Panel, chaired by the Head of Service, to review every child in care without a permanence plan by their second review.",
             "Head of Service, Children in Care and Permanence",
             D(2025, 3, 1), D(2025, 4, 30), None, "G", "B",
             "Panel has met monthly since April 2025. 31 children tracked; 24 now have a permanence plan."),
            ("2.2", "Train all children in care social workers and Independent Reviewing Officers in early permanence and Fostering for Adoption, jointly with Adopt London West.",
             "Principal Social Worker / Adopt London West Service Manager",
             D(2025, 6, 1), "Q3 2025/26", None, "A", "G",
             "Four of five sessions delivered; final session booked for 10 December."),
        ]),
        ("Care leavers' access to suitable accommodation and to their health histories.", [
            ("2.3", "Provide every care leaver with a written summary of their health history, in a format they have helped to design, before their 18th birthday.",
             "Designated Nurse for Children in Care",
             D(2025, 5, 1), D(2025, 10, 31), None, "A", "R",
             "Only 41% of 17-year-olds have received a summary. Capacity in the children in care health team escalated to the ICB."),
            ("2.4", "Commission 12 additional supported accommodation units for care leavers aged 18 to 21, with floating support.",
             "Head of Commissioning (Children and Families)",
             D(2025, 4, 1), D(2026, 3, 31), None, "G", "A",
             "8 units mobilised. Provider for the remaining 4 withdrew; re-procurement under way."),
        ]),
    ]),
    ("Theme 3: Leadership, management and workforce", [
        ("The impact of management oversight and supervision in driving progress for children, particularly where plans drift.", [
            ("3.1", "Relaunch the supervision policy with a practice standard for reflective supervision, and audit 10% of supervision records each quarter.",
             "Principal Social Worker",
             D(2025, 4, 1), D(2025, 7, 31), None, "G", "G",
             "Policy relaunched July 2025. Q3 audit: 72% of records good or better."),
            ("3.2", "Reduce the use of agency team managers in assessment and child protection teams to no more than one in each service area through the ‘Grow Your Own’ managers programme.",
             "Director of Children's Social Care",
             D(2025, 4, 1), "Ongoing", None, "A", "A",
             "Agency team managers down from 7 to 3. Second cohort of aspiring managers starts April 2026."),
        ]),
    ]),
]


def make_hounslow():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = HOUNSLOW_TITLE
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Response to the Ofsted inspection of local authority children's services (ILACS), 20–31 January 2025"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "1.4"),
        ("Date", "31/03/2026"),
        ("Owner", "Director of Children's Services"),
        ("Reporting to", "Children's Improvement Board (monthly); Children and Young People Scrutiny Panel (quarterly)"),
        ("Status", "Final – submitted to Ofsted 25 April 2025; progress updated quarterly"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        for c in (1, 2):
            cov.cell(row=i, column=c).border = BOX
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidence of impact"),
           ("G", "On track"),
           ("A", "Some slippage – within a revised timescale agreed by the Board"),
           ("R", "Off track – escalated to the Children's Improvement Board")]
    for i, (k, v) in enumerate(key, start=12):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = fill(FILL[k])
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=i, column=2, value=v)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Improvement Plan")
    heads = ["Ref", "Ofsted recommendation (what needs to improve)", "Action", "Lead officer",
             "Start", "Target date", "Revised date", "Previous RAG", "Current RAG",
             "Progress update (March 2026)"]
    n = len(heads)
    ws.cell(row=1, column=1, value=HOUNSLOW_TITLE).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws.cell(row=2, column=1, value="Progress position at 31 March 2026 – reported to the Children's Improvement Board on 14 April 2026")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    for c, h in enumerate(heads, start=1):
        ws.cell(row=4, column=c, value=h)
    style_row(ws, 4, n, bold=True, fillhex=FILL["head"], white=True)
    r = 5
    for theme, recs in HOUNSLOW:
        ws.cell(row=r, column=1, value=theme)
        style_row(ws, r, n, bold=True, fillhex=FILL["theme"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        r += 1
        for rec, acts in recs:
            first = r
            ws.cell(row=r, column=2, value=rec)
            for (ref, act, lead, start, target, revised, prev, cur, upd) in acts:
                vals = [ref, None, act, lead, start, target, revised, prev, cur, upd]
                for c, v in enumerate(vals, start=1):
                    if c == 2:
                        continue
                    ws.cell(row=r, column=c, value=v)
                style_row(ws, r, n)
                for c in (5, 6, 7):
                    ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
                for c, v in ((8, prev), (9, cur)):
                    cell = ws.cell(row=r, column=c)
                    cell.fill = fill(FILL[v])
                    cell.alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: revised dates were agreed by the Children's Improvement Board on 9 October 2025. Original target dates are kept for audit.")
    widths = [7, 38, 55, 30, 12, 12, 12, 10, 10, 45]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("RAG summary")
    sm["A1"] = "Summary of current RAG by theme – March 2026"
    sm["A1"].font = Font(bold=True)
    data = [("Theme", "Blue", "Green", "Amber", "Red", "Total"),
            ("Theme 1: Help and protection", 2, 1, 1, 0, 4),
            ("Theme 2: Children in care and care leavers", 1, 1, 1, 1, 4),
            ("Theme 3: Leadership, management and workforce", 0, 1, 1, 0, 2),
            ("Total", 3, 3, 3, 1, 10)]
    for i, row in enumerate(data, start=3):
        for c, v in enumerate(row, start=1):
            cell = sm.cell(row=i, column=c, value=v)
            cell.border = BOX
            if i in (3, 7):
                cell.font = Font(bold=True)
    sm.column_dimensions["A"].width = 48
    wb.save(out("fa1-hounslow-council-ilacs-improvement-plan.xlsx"))


# =====================================================================
# 2. Lambeth - SEND priority action plan (xlsx, fill-only RAG)
# =====================================================================
LAMBETH_TITLE = "Lambeth Local Area SEND Partnership – Priority Action Plan 2025–26"
# (ref, action, lead, partners, start, end, measure, rag(None=no fill), update)
LAMBETH = [
    ("Priority 1: Timeliness and quality of Education, Health and Care plans",
     "Leaders across the partnership should urgently improve the timeliness of EHC needs assessments and make sure that EHC plans accurately describe children's needs and the provision to meet them, including health and social care advice.",
     [
         ("1.1", "Recruit to the SEND Assessment Service establishment, including three additional EHC coordinators and two educational psychologists, so that new requests are allocated within 5 working days.",
          "Head of SEND Assessment and Review", "Council", D(2025, 1, 6), D(2025, 3, 31),
          "All requests allocated within 5 working days", "B",
          "All posts filled by March 2025."),
         ("1.2", "Introduce a weekly EHC timeliness tracker, reviewed by the SEND Operational Group, covering:\n- requests awaiting a decision to assess\n- advice overdue from health, social care and educational psychology\n- draft plans past week 16",
          "Okafor, Grace", "Council / ICB", D(2025, 2, 3), "Summer term 2025",
          "20-week timeliness at or above 60% by July 2025", "G",
          "Tracker in use since May 2025. 20-week timeliness 64% in the autumn term."),
         ("1.3", "Deliver a quality assurance framework for EHC plans, with a multi-agency audit of 20 plans each month and written feedback to plan writers.",
          "Principal Educational Psychologist / Designated Clinical Officer", "Council / ICB / Social care", D(2025, 9, 1), "Sept 2025 – March 2026",
          "70% of audited plans rated good or better", "A",
          "Audits running but health advice audited in only 11 of 60 plans so far."),
         ("1.4", "Co-produce a new EHC plan template and writing guidance with Lambeth Parent Carer Forum and young people from the Youth SEND Council.",
          "Sam Adeyemi and Jo Patel", "Council / Parent Carer Forum", D(2025, 4, 1), D(2025, 10, 31),
          "Template in use for all new plans", "G",
          "Template agreed at SEND Partnership Board in October; training for coordinators in January."),
     ]),
    ("Priority 2: Neurodevelopmental assessment pathway and support while waiting",
     "Leaders in the ICB and the local authority should reduce waiting times for autism and ADHD assessments and provide effective support to children and families while they wait.",
     [
         ("2.1", "Commission additional assessment capacity from an independent provider to clear the backlog of children waiting more than 52 weeks for an autism assessment.",
          "Director of Integrated Commissioning (Children)", "ICB", D(2025, 3, 1), D(2025, 9, 30),
          "No child waiting more than 52 weeks", "R",
          "Contract awarded in August, later than planned. 212 children still waiting over 52 weeks."),
         ("2.2", "Launch a ‘support while you wait’ offer through family hubs, including parent workshops, sleep support and a named contact for every family on the waiting list.",
          "Head of Early Help and Family Hubs", "Council / ICB / VCS", D(2025, 5, 1), "Autumn term 2025",
          "80% of families on the waiting list contacted", "G",
          "Offer launched in September; 73% of families contacted so far."),
         ("2.3", "Publish monthly waiting times for the neurodevelopmental pathway on the Local Offer.",
          "Designated Clinical Officer", "ICB", D(2025, 2, 1), D(2025, 4, 30),
          "Waiting times published monthly", "B",
          "Published every month since April 2025."),
         ("2.4", "Extend the needs-led school support offer (‘Inclusion Passport’) to all primary schools, so that support does not depend on a diagnosis.",
          "Head of Inclusion; SENCo Network Chair", "Council / Schools", D(2026, 4, 1), D(2026, 7, 31),
          "All primary schools using the Inclusion Passport", None,
          "Due to start April 2026 following the Schools Forum funding decision."),
     ]),
]


def make_lambeth():
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = LAMBETH_TITLE
    fs["A1"].font = Font(bold=True, size=16)
    fs["A2"] = "Response to the area SEND inspection by Ofsted and the Care Quality Commission, 7–11 October 2024"
    info = [
        ("Partnership lead", "Corporate Director, Children's Services"),
        ("ICB lead", "Director of Nursing, NHS South East London ICB (Lambeth)"),
        ("Parent carer forum", "Lambeth Parent Carer Forum"),
        ("Governance", "SEND Partnership Board (monthly); DfE and NHS England review meetings (six-monthly)"),
        ("Version", "v3.0 – January 2026 update"),
    ]
    for i, (k, v) in enumerate(info, start=4):
        fs.cell(row=i, column=1, value=k).font = Font(bold=True)
        fs.cell(row=i, column=2, value=v)
    fs["A10"] = "RAG key (shown by cell colour in the plan)"
    fs["A10"].font = Font(bold=True)
    key = [("R", "Off track – the action will not be delivered by its end date"),
           ("A", "At risk – the action may slip"),
           ("G", "On track"),
           ("B", "Complete"),
           (None, "No colour – not started")]
    for i, (k, v) in enumerate(key, start=11):
        c = fs.cell(row=i, column=1)
        c.border = BOX
        if k:
            c.fill = fill(FILL[k])
        fs.cell(row=i, column=2, value=v)
    fs.column_dimensions["A"].width = 20
    fs.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Priority Action Plan")
    heads = ["Ref", "Action", "Lead officer(s)", "Partner(s)", "Start", "End",
             "Success measure", "RAG", "January 2026 update"]
    n = len(heads)
    ws.cell(row=1, column=1, value=LAMBETH_TITLE).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    for c, h in enumerate(heads, start=1):
        ws.cell(row=3, column=c, value=h)
    style_row(ws, 3, n, bold=True, fillhex=FILL["head"], white=True)
    r = 4
    for prio, area, acts in LAMBETH:
        ws.cell(row=r, column=1, value=prio)
        style_row(ws, r, n, bold=True, fillhex=FILL["theme"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        r += 1
        ws.cell(row=r, column=1, value="Area for priority action")
        ws.cell(row=r, column=2, value=area)
        style_row(ws, r, n, fillhex=FILL["area"])
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=2).font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=n)
        ws.row_dimensions[r].height = 32
        r += 1
        for (ref, act, lead, partner, start, end, measure, rag, upd) in acts:
            vals = [ref, act, lead, partner, start, end, measure, None, upd]
            for c, v in enumerate(vals, start=1):
                ws.cell(row=r, column=c, value=v)
            style_row(ws, r, n)
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=8).fill = fill(FILL[rag])
            if "\n" in act:
                ws.row_dimensions[r].height = 75
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG is shown by cell colour only – see the key on the Front sheet.")
    widths = [6, 60, 32, 20, 12, 20, 34, 8, 50]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A4"

    im = wb.create_sheet("Impact measures")
    data = [("Measure", "Baseline (Oct 2024)", "Target", "Latest (Dec 2025)"),
            ("EHC plans issued within 20 weeks (rolling 12 months)", "31%", "60%", "58%"),
            ("Children waiting over 52 weeks for autism assessment", 388, 0, 212),
            ("Parent carer confidence survey – 'I feel listened to'", "38%", "55%", "47%"),
            ("Audited EHC plans rated good or better", "n/a", "70%", "61%")]
    for i, row in enumerate(data, start=1):
        for c, v in enumerate(row, start=1):
            cell = im.cell(row=i, column=c, value=v)
            cell.border = BOX
            if i == 1:
                cell.font = Font(bold=True)
    im.column_dimensions["A"].width = 55
    wb.save(out("fa1-lambeth-local-area-send-priority-action-plan.xlsx"))


# =====================================================================
# 3. Southwark - focused visit action plan, typo month -> refuse (xlsx)
# =====================================================================
SOUTHWARK_TITLE = "Southwark Children's Services – Ofsted Focused Visit Action Plan"
# (area, no, action, lead, due, completed, rag, comments)
SOUTHWARK = [
    ("The quality of child in need and child protection plans, so that they are specific, measurable and understood by families.",
     1, "Relaunch the SMART planning practice standard with workshops for all child in need and child protection social workers.",
     "Principal Social Worker", D(2025, 9, 30), D(2025, 9, 26), "B", "7 workshops held, 148 staff attended."),
    ("The quality of child in need and child protection plans, so that they are specific, measurable and understood by families.",
     2, "Child protection chairs to quality assure every plan at the review conference and escalate plans that are not SMART.",
     "Head of Safeguarding and Quality Assurance", D(2025, 8, 31), D(2025, 8, 29), "B", "Escalation log in place from August."),
    ("The quality of child in need and child protection plans, so that they are specific, measurable and understood by families.",
     3, "Write plans with families in plain language and give families a copy within 5 working days of the conference or meeting.",
     "Service Manager, Child Protection / Service Manager, Children in Need", D(2025, 12, 31), None, "G", "Family feedback form added to Mosaic."),
    ("Management oversight of children in need when cases step down from child protection plans.",
     4, "Introduce a step-down review within 6 weeks of a child protection plan ending, chaired by the team manager.",
     "Team Managers (CIN)", "0ct-2025", None, "A", "Review template drafted; not yet in Mosaic."),
    ("Management oversight of children in need when cases step down from child protection plans.",
     5, "Audit 10 stepped-down cases each month through the Quality Assurance Service and report themes to the Quality and Performance Board.",
     "Quality Assurance Manager", D(2026, 1, 31), None, "G", "First audit completed in November."),
    ("The use of chronologies to understand the cumulative impact of neglect.",
     6, "Roll out the Graded Care Profile 2 neglect toolkit across child in need and child protection teams, with partner training through the safeguarding partnership.",
     "Neglect Strategic Lead", D(2026, 3, 31), None, "G", "Train the trainer cohort completed."),
    ("The use of chronologies to understand the cumulative impact of neglect.",
     7, "Add an automated chronology report to Mosaic and train practitioners to use and update it.",
     "Business Systems Manager", D(2026, 3, 31), None, "A", "Supplier quote awaited."),
]


def make_southwark():
    wb = Workbook()
    ws = wb.active
    ws.title = "FV action plan"
    heads = ["Area for improvement", "No.", "Action", "Responsible manager", "Due",
             "Completed", "RAG", "Comments"]
    n = len(heads)
    ws["A1"] = SOUTHWARK_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Focused visit 10–11 June 2025 – arrangements for children in need and children subject to a child protection plan"
    ws["A3"] = "Owner: Director of Children's Social Care   |   Monitored by: Children's Services Quality and Performance Board"
    for c, h in enumerate(heads, start=1):
        ws.cell(row=5, column=c, value=h)
    style_row(ws, 5, n, bold=True, fillhex="404040", white=True)
    r = 6
    for (area, no, act, lead, due, done, rag, com) in SOUTHWARK:
        vals = [area, no, act, lead, due, done, rag, com]
        for c, v in enumerate(vals, start=1):
            ws.cell(row=r, column=c, value=v)
        style_row(ws, r, n)
        ws.cell(row=r, column=5).number_format = "mmm-yyyy"
        ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7).fill = fill(FILL[rag])
        ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    widths = [45, 6, 60, 32, 11, 12, 6, 40]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(out("fa1-southwark-council-focused-visit-action-plan-typo-month-refuse.xlsx"))


# =====================================================================
# 4. Salford SCP - JTAI action plan (docx, one table per area)
# =====================================================================
SALFORD_TITLE = "Salford Safeguarding Children Partnership – Joint Targeted Area Inspection Action Plan"
# (ref, action, lead, timescale, update, rag-text)
SALFORD = [
    ("Section A: The multi-agency response at the front door", [
        ("Area for improvement 1",
         "The timeliness of information sharing from police to children's social care following the arrest of a child.", [
             ("A1.1", "Implement a daily police notification to the Bridge Partnership (MASH) of every child arrested in Salford, with a target of notification within 24 hours.",
              "Detective Chief Inspector, Public Protection (GMP Salford)", "w/c 03/06/2024",
              "Daily notification live from 10 June 2024. September dip sample: 87% within 24 hours.", "Green"),
             ("A1.2", "Audit 30 arrest notifications jointly each quarter through the Multi-Agency Audit Group and report findings to the Quality Assurance sub-group.",
              "SSCP Business Manager; Head of Service, Bridge Partnership", "Quarterly",
              "Q2 audit completed; report to QA sub-group on 15 October.", "Green"),
         ]),
        ("Area for improvement 2",
         "The involvement of education settings in strategy discussions and in the review of safety plans.", [
             ("A2.1", "Update the local strategy discussion guidance so that the designated safeguarding lead for the child's school or college is invited to every strategy discussion.",
              "Head of Service, Bridge Partnership", "End of July 2024",
              "Guidance published 22 July 2024.", "Complete"),
             ("A2.2", "Deliver briefings to all secondary and alternative provision designated safeguarding leads on their role in safety planning, followed by a survey of their confidence.\nBriefings to be repeated each September for new DSLs.",
              "Education Safeguarding Lead", "Autumn term 2024",
              "Two of four briefings delivered. Survey to follow in December.", "Amber"),
         ]),
    ]),
    ("Section B: Children at risk of serious youth violence", [
        ("Area for improvement 3",
         "The availability and use of contextual safeguarding assessments to understand risks to children outside the home.", [
             ("B3.1", "Embed the contextual safeguarding assessment tool in the Exploitation and Missing Panel, with a peer and place assessment completed for every location of concern.",
              "Head of Service, Complex Safeguarding / Youth Justice Service Manager", "31/12/2024",
              "Tool in use; 6 of 11 locations of concern assessed.", "Amber"),
             ("B3.2", "Train 150 practitioners across children's social care, police, health, education and the voluntary sector in contextual safeguarding.",
              "SSCP Learning and Development Lead", "March 2025",
              "96 practitioners trained to date.", "Green"),
         ]),
        ("Area for improvement 4",
         "Access to timely emotional health and speech and language support for children involved in, or at risk of, serious youth violence.", [
             ("B4.1", "Agree a fast-track referral route to CAMHS for children open to the Complex Safeguarding Team, with a response within 4 weeks.",
              "Designated Nurse Safeguarding Children, NHS GM (Salford)", "September 2024",
              "Route not yet agreed; CAMHS capacity escalated to the ICB Director of Nursing.", "Red"),
             ("B4.2", "Provide speech and language screening for every child entering the youth justice service.",
              "Youth Justice Service Manager", "Sept 2024 – Jan 2025",
              "Speech and language therapist in post from September.", "Green"),
             ("B4.3", "Review the fast-track route and the screening with children and families through the Youth Voice Panel.",
              "SSCP Independent Scrutineer", "TBC",
              "Not started – will follow B4.1.", ""),
         ]),
    ]),
]
RAGSHADE = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "5B9BD5"}


def make_salford():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(SALFORD_TITLE, style="Title")
    doc.add_paragraph("Serious youth violence – inspection 4–8 March 2024; letter of findings published 2 May 2024")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "2.0 (October 2024 progress update)"),
                 ("Author", "SSCP Business Unit"),
                 ("Approved by", "SSCP Executive (statutory safeguarding partners), 14 June 2024"),
                 ("Next review", "SSCP Executive, January 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph("Purpose", style="Heading 2")
    doc.add_paragraph(
        "This plan sets out how the three statutory safeguarding partners – Salford City Council, "
        "Greater Manchester Police and NHS Greater Manchester – will respond to the areas for improvement "
        "identified in the joint targeted area inspection. Progress is reported to the SSCP Executive every two months.")

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [("Complete", "Action completed and evidenced"),
                          ("Green", "On track"),
                          ("Amber", "Risk of delay"),
                          ("Red", "Off track / not progressing")]:
        row = k.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], RAGSHADE[word])
        set_cell(row[1], meaning)

    heads = ["No.", "Action", "Lead", "Timescale", "Progress update (October 2024)", "RAG"]
    widths = [Cm(1.6), Cm(9.5), Cm(4.5), Cm(3.0), Cm(6.0), Cm(2.0)]
    for section, areas in SALFORD:
        doc.add_paragraph(section, style="Heading 1")
        for label, text, acts in areas:
            doc.add_paragraph(label, style="Heading 2")
            p = doc.add_paragraph()
            run = p.add_run(text)
            run.italic = True
            tab = doc.add_table(rows=1, cols=len(heads))
            tab.style = "Table Grid"
            for i, h in enumerate(heads):
                set_cell(tab.rows[0].cells[i], h, bold=True)
                shade(tab.rows[0].cells[i], "D9E1F2")
            for (ref, act, lead, when, upd, rag) in acts:
                cells = tab.add_row().cells
                for i, v in enumerate([ref, act, lead, when, upd, rag]):
                    set_cell(cells[i], v)
                if rag:
                    shade(cells[5], RAGSHADE[rag])
            for row in tab.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = w

    doc.add_paragraph("Sign-off", style="Heading 1")
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for i, h in enumerate(["Statutory partner", "Lead representative", "Date agreed"]):
        set_cell(s.rows[0].cells[i], h, bold=True)
    for row in [("Salford City Council", "Strategic Director, People", "14/06/2024"),
                ("Greater Manchester Police", "Chief Superintendent, Salford District", "14/06/2024"),
                ("NHS Greater Manchester", "Deputy Place Lead for Salford", "14/06/2024")]:
        cells = s.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.save(out("fa1-salford-safeguarding-children-partnership-jtai-action-plan.docx"))


# =====================================================================
# 5. Merton YJS - HMIP improvement plan (docx, addressee bands, vmerged recs)
# =====================================================================
MERTON_TITLE = "Merton Youth Justice Service – Post-Inspection Improvement Plan"
# (ref, action, owner, original, revised, status, update)
MERTON = [
    ("The Merton Youth Justice Management Board should:", [
        ("1. ensure that board members understand and act on the disproportionate representation of Black and mixed heritage children in the youth justice system", [
            ("1.1", "Add a disproportionality dashboard, broken down by ethnicity, gender and care status, as a standing item at every board meeting.",
             "Head of Youth Justice; Performance and Information Manager", "September 2024", "", "Complete",
             "Dashboard presented at the September and December boards."),
            ("1.2", "Each statutory partner to present an agency disproportionality action plan to the board, with progress reviewed six-monthly.",
             "Chair of the Youth Justice Management Board", "December 2024", "March 2025", "At risk",
             "Police and health plans received; education and probation plans outstanding."),
        ]),
        ("2. make sure that children have timely access to education, training and employment, particularly those aged 16 and over", [
            ("2.1", "Second a careers adviser to the YJS for two days a week and agree an education pathway with the Virtual School for children in care.",
             "Head of Education Inclusion / Virtual School Head", "April 2025", "", "On track",
             "Secondment agreed from 1 March 2025."),
            ("2.2", "Track the education, training or employment status of every child open to the YJS each month and report children not in ETE to the board.",
             "YJS Performance and Information Manager", "November 2024", "", "Complete",
             "Monthly ETE tracker in place since November."),
        ]),
    ]),
    ("The Head of Youth Justice should:", [
        ("3. improve the quality of assessment and planning for keeping other people safe, including contingency planning", [
            ("3.1", "Deliver risk of harm and contingency planning training to all case managers, followed by a practice audit.",
             "YJS Operational Manager", "January 2025", "May 2025", "At risk",
             "Training rescheduled after trainer withdrew; new dates in April."),
            ("3.2", "Introduce a weekly risk management panel for children assessed as high or very high risk of serious harm.",
             "YJS Operational Manager", "31/10/2024", "", "Complete",
             "Panel has met weekly since 7 October 2024."),
        ]),
        ("4. ensure that the voice of victims is consistently considered in out-of-court disposal decisions and in planning", [
            ("4.1", "Review the restorative justice and victim offer with the Victim Liaison Officer and update the joint decision-making panel terms of reference.",
             "Restorative Justice and Victims Lead", "December 2024", "", "Complete",
             "Revised terms of reference agreed 11 December 2024."),
            ("4.2", "Dip sample 10 out-of-court disposal cases each quarter to check that victims' views are recorded and used.",
             "Quality Assurance Lead (YJS)", "Quarterly", "", "On track",
             "First dip sample completed in January: victim views recorded in 8 of 10."),
        ]),
        ("5. ensure that staff supervision includes a reflective focus on the quality of work with children and on staff wellbeing", [
            ("5.1", "Update the YJS supervision policy and template, and audit supervision records against them.",
             "Head of Youth Justice", "February 2025", "", "Off track",
             "Policy drafted; audit delayed by vacancy in the QA post."),
        ]),
    ]),
]
STATUSSHADE = {"Complete": "5B9BD5", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000"}


def make_merton():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("London Borough of Merton")
    doc.add_paragraph(MERTON_TITLE, style="Title")
    doc.add_paragraph("HM Inspectorate of Probation joint inspection of youth justice services – "
                      "fieldwork 17–21 June 2024; report published 24 September 2024")
    doc.add_paragraph("Plan owner: Merton Youth Justice Management Board. Progress updated: 28 February 2025.")

    doc.add_paragraph("Version history", style="Heading 2")
    v = doc.add_table(rows=1, cols=3)
    v.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Change"]):
        set_cell(v.rows[0].cells[i], h, bold=True)
    for row in [("1.0", "18/10/2024", "Plan agreed by the Management Board and sent to HMI Probation"),
                ("1.1", "13/12/2024", "December progress update"),
                ("1.2", "28/02/2025", "February progress update; revised targets for 1.2 and 3.1")]:
        cells = v.add_row().cells
        for i, x in enumerate(row):
            set_cell(cells[i], x)

    doc.add_paragraph("Status key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [("Complete", "Blue – action completed"),
                          ("On track", "Green – on track to meet the target date"),
                          ("At risk", "Amber – some risk to delivery by the target date"),
                          ("Off track", "Red – target date missed or will be missed")]:
        row = k.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], STATUSSHADE[word])
        set_cell(row[1], meaning)

    doc.add_paragraph("Improvement plan", style="Heading 1")
    heads = ["Ref", "Recommendation", "Action", "Owner", "Original target",
             "Revised target", "Status", "Update / evidence"]
    n = len(heads)
    tab = doc.add_table(rows=1, cols=n)
    tab.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(tab.rows[0].cells[i], h, bold=True, size=9)
        shade(tab.rows[0].cells[i], "D9D9D9")
    for addressee, recs in MERTON:
        cells = tab.add_row().cells
        m = cells[0].merge(cells[n - 1])
        set_cell(m, addressee, bold=True, size=9)
        shade(m, "DEEAF6")
        for rec, acts in recs:
            first_row = None
            for (ref, act, owner, orig, rev, status, upd) in acts:
                row = tab.add_row()
                cells = row.cells
                if first_row is None:
                    first_row = row
                for i, val in [(0, ref), (2, act), (3, owner), (4, orig), (5, rev), (6, status), (7, upd)]:
                    set_cell(cells[i], val, size=9)
                shade(cells[6], STATUSSHADE[status])
                last_row = row
            rc = first_row.cells[1]
            if last_row is not first_row:
                rc = rc.merge(last_row.cells[1])
            set_cell(rc, rec, size=9)
    widths = [Cm(1.2), Cm(5.0), Cm(6.5), Cm(3.6), Cm(2.3), Cm(2.3), Cm(2.0), Cm(4.5)]
    for row in tab.rows:
        for i, w in enumerate(widths):
            try:
                row.cells[i].width = w
            except Exception:
                pass
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to every meeting of the Merton Youth Justice "
                      "Management Board and to the Children and Young People Overview and Scrutiny Panel.")
    doc.save(out("fa1-merton-yjs-hmip-improvement-plan.docx"))


# =====================================================================
# 6. Foster Wales Swansea - CIW fostering improvement plan (csv)
# =====================================================================
SWANSEA_TITLE = "Foster Wales Swansea – CIW Inspection Improvement Plan"
# section rows and (ref, area-or-'', action, officer, target, progress, rag)
SWANSEA = [
    ("Care and Support", [
        ("Annual reviews of foster carers are not consistently completed within 12 months, and the views of children placed are not always sought.", [
            ("1.1", "Set up a review tracker for all 142 fostering households, with reviews booked at least eight weeks before the due date.",
             "Team Manager, Fostering Support", "30/11/2024", "Tracker in place. 96% of reviews in date at the end of January.", "B"),
            ("1.2", "Introduce a child-friendly feedback form (Welsh and English) so that every child placed contributes to their foster carer's review.\nIncludes a version for younger children using symbols.",
             "Independent Reviewing Officer (Fostering) / Children's Rights Officer", "31/01/2025", "Form in use from January; 58% return rate so far.", "G"),
        ]),
        ("Assessments of connected persons (kinship) foster carers are not always completed within regulatory timescales, and temporary approvals are extended without a clear rationale.", [
            ("2.1", "Allocate every connected person assessment to a named assessing social worker within 5 working days and track progress at a fortnightly meeting.",
             "Team Manager, Fostering Assessment", "31/12/2024", "Fortnightly tracking meeting in place since November.", "G"),
            ("2.2", "Agency decision maker to review all temporary approvals over 16 weeks and record the rationale for any extension.",
             "Agency Decision Maker", "TBC", "Date to be agreed with the new agency decision maker, who starts in April 2025.", "A"),
        ]),
    ]),
    ("Leadership and Management", [
        ("The quality of care review does not include enough analysis of feedback from foster carers and children to drive improvement.", [
            ("3.1", "Revise the six-monthly quality of care review to include analysis of carer and child feedback, complaints and allegations, with an action log.",
             "Responsible Individual / Registered Manager", "31/03/2025", "New template drafted for the March review.", "G"),
            ("3.2", "Hold a foster carer consultation event with the Swansea Foster Carers' Association and publish a ‘You said, we did’ summary.",
             "Registered Manager", "May 2025", "Venue booked; date moved once because of panel commitments.", "A"),
        ]),
        ("Supervision records of supervising social workers do not consistently show reflective discussion or management decisions.", [
            ("4.1", "Adopt the Swansea Children's Services supervision template in the fostering team and audit 5 records each month.",
             "Team Manager, Fostering Support", "28/02/2025", "Audits not yet started because of sickness absence in the management team.", "R"),
        ]),
    ]),
]


def make_swansea():
    ncol = 7
    rows = [
        [SWANSEA_TITLE] + [""] * (ncol - 1),
        ["Local authority fostering service – Care Inspectorate Wales inspection 14–17 October 2024"] + [""] * (ncol - 1),
        ["Progress as at 28 February 2025"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Ref", "Area for improvement", "Action", "Responsible officer", "Target date", "Progress", "RAG"],
    ]
    for section, areas in SWANSEA:
        rows.append([section] + [""] * (ncol - 1))
        for area, acts in areas:
            for i, (ref, act, officer, target, prog, rag) in enumerate(acts):
                rows.append([ref, area if i == 0 else "", act, officer, target, prog, rag])
    rows.append([""] * ncol)
    rows.append(["RAG key: B = complete; G = on track; A = some slippage; R = off track"] + [""] * (ncol - 1))
    rows.append(["Total actions: 7 (B 1, G 3, A 2, R 1)"] + [""] * (ncol - 1))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(out("fa1-foster-wales-swansea-ciw-fostering-improvement-plan.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# =====================================================================
# 7. Oldham Early Help Partnership - action plan (plain-text export)
# =====================================================================
OLDHAM_TITLE = "Oldham Early Help Partnership – Early Help Strategy 2024–2027: Partnership Action Plan"
# (ref, action, lead, due, revised or None, rag, update)
OLDHAM = [
    ("PRIORITY 1: HELP IS EASY TO FIND AND GIVEN EARLY", [
        ("Objective 1.1 – Families can get help through a single Early Help front door", [
            ("1.1.1", "Bring the Early Help Hub and MASH triage together into one co-located front door with a shared screening tool.",
             "Head of Early Help; MASH Service Manager", "January 2025", None, "Complete",
             "Co-located front door opened 13 January 2025."),
            ("1.1.2", "Screen all requests for early help within 3 working days and report performance monthly to the Partnership Board.",
             "Early Help Hub Manager", "Monthly", None, "Green",
             "91% screened within 3 working days in Q2."),
        ]),
        ("Objective 1.2 – Family hubs offer help in every district", [
            ("1.2.1", "Open family hubs in the remaining two districts (Saddleworth & Lees, and Failsworth & Hollinwood), with health visiting and midwifery clinics on site.",
             "Family Hubs Programme Lead", "Q4 2025/26", None, "Amber",
             "Failsworth & Hollinwood hub open. Saddleworth & Lees building works delayed by 8 weeks."),
            ("1.2.2", "Publish the Start for Life offer in the six most spoken community languages.",
             "Start for Life Coordinator", "31 March 2025", None, "Complete",
             "Published in March 2025 and shared through community champions."),
        ]),
    ]),
    ("PRIORITY 2: THE WHOLE PARTNERSHIP DELIVERS EARLY HELP", [
        ("Objective 2.1 – More early help assessments are led by partners outside the council", [
            ("2.1.1", "Train 200 lead practitioners in schools, health and the voluntary sector to complete Early Help Assessments using the new Oldham Family Assessment.",
             "Early Help Workforce Development Officer", "Summer term 2025", None, "Amber",
             "164 trained by July; two further cohorts planned for the autumn."),
            ("2.1.2", "Provide a named Early Help Advisor for every school cluster to give advice and consultation.",
             "Early Help Service Manager (Schools)", "Sept 2025", None, "Green",
             "Advisors allocated to all 12 clusters."),
        ]),
        ("Objective 2.2 – Step-down from children's social care is safe and timely", [
            ("2.2.1", "Agree a joint step-down protocol with children's social care, including a joint visit before the case transfers.",
             "Head of Early Help / Head of Children in Need Service", "Dec 2024", "Jun 2025", "Green",
             "Protocol signed off in June; joint visits recorded in 84% of step-downs."),
            ("2.2.2", "Audit 20 stepped-down families each quarter to check whether needs are met and whether re-referral rates are falling.",
             "Quality Assurance Lead, Children's Services", "Ongoing", None, "Red",
             "Q1 audit not completed; QA capacity issue escalated to the Partnership Board."),
        ]),
    ]),
    ("PRIORITY 3: WE KNOW THE DIFFERENCE EARLY HELP MAKES", [
        ("Objective 3.1 – Families' views and outcomes shape the service", [
            ("3.1.1", "Introduce the Family Outcomes Star at the start and close of every early help intervention and report distance travelled quarterly.",
             "Performance and Insight Manager", "Q3 2025/26", None, "Not started",
             "Start delayed until the EHM system upgrade goes live in November 2025."),
            ("3.1.2", "Hold two ‘Family Voice’ events each year with parents and young people and publish what changed as a result.",
             "Voice and Participation Officer", "Twice yearly", None, "Green",
             "Spring event held with 46 parents; autumn event booked for 20 November."),
        ]),
    ]),
]


def make_oldham():
    L = []
    L.append(OLDHAM_TITLE)
    L.append("Year 2 progress report – position at 30 September 2025")
    L.append("Prepared for: Early Help Partnership Board, 21 October 2025")
    L.append("Exported from: Partnership action tracker (plain text)")
    L.append("")
    L.append("RAG key: Green = on track; Amber = minor slippage; Red = significant slippage; "
             "Complete = delivered; Not started = not yet due to start.")
    L.append("")
    for prio, objs in OLDHAM:
        L.append("=" * 78)
        L.append(prio)
        L.append("=" * 78)
        L.append("")
        for obj, acts in objs:
            L.append(obj)
            L.append("-" * 78)
            for (ref, act, lead, due, rev, rag, upd) in acts:
                L.append("Action " + ref)
                L.append("  What we will do:  " + act)
                L.append("  Lead:             " + lead)
                L.append("  Due:              " + due)
                if rev:
                    L.append("  Revised due:      " + rev)
                L.append("  RAG:              " + rag)
                L.append("  Update:           " + upd)
                L.append("")
    L.append("=" * 78)
    L.append("Summary: 10 actions – Complete 2, Green 4, Amber 2, Red 1, Not started 1")
    L.append("End of report")
    with open(out("fa1-oldham-early-help-partnership-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def main():
    make_hounslow()
    make_lambeth()
    make_southwark()
    make_salford()
    make_merton()
    make_swansea()
    make_oldham()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
