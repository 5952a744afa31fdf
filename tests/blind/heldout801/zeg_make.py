#!/usr/bin/env python3
"""Build the seven zeg- blind test files (set heldout801) and their expected readings.

Run with the project's Python (openpyxl, python-docx, pyyaml):
    /work/main/.venv/bin/python /work/blind/heldout801/zeg_make.py

Every data file is built from the tables below; each action row carries both what is
printed in the file and what a person reads from it (end month, status), so the
NAME.expected.yaml written beside each file says, character for character, what the
file says.
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
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}


def D(y, m, d):
    return dt.datetime(y, m, d)


def xfill(hexrgb):
    return PatternFill("solid", fgColor="FF" + hexrgb)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fit_rows(ws, first):
    """Set row heights so wrapped text shows (as a person would after 'autofit')."""
    import math
    skip = set()
    for mr in ws.merged_cells.ranges:
        skip.add((mr.min_row, mr.min_col))
    for r in range(first, ws.max_row + 1):
        lines = 0
        filled = [c for c in ws[r] if c.value is not None and type(c).__name__ != "MergedCell"]
        if len(filled) == 1 and isinstance(filled[0].value, str) and "\n" not in filled[0].value:
            continue  # a lone note/label line overflows to the right on one line
        for c in ws[r]:
            if type(c).__name__ == "MergedCell" or (r, c.column) in skip:
                continue
            if c.value is None or isinstance(c.value, (int, float, dt.datetime)):
                continue
            w = ws.column_dimensions[c.column_letter].width or 10
            n = sum(max(1, math.ceil(len(part) / (w * 1.1))) for part in str(c.value).split("\n"))
            lines = max(lines, n)
        if lines:
            ws.row_dimensions[r].height = max(15, 12.75 * lines + 3)


def landscape(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def write_expected(name, meta, actions):
    data = {}
    data["source"] = meta["source"]
    data["reads"] = meta["reads"]
    data["outcome"] = meta["outcome"]
    data["accept_refusal"] = meta.get("accept_refusal", False)
    if "refuse_at" in meta:
        data["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        data["title"] = meta["title"]
    if meta["outcome"] == "read":
        out = []
        for a in actions:
            e = {
                "ref": a["ref"],
                "under": list(a["under"]),
                "action": a["action"],
                "lead": list(a["lead"]),
                "end": a["end"],
            }
            if a.get("end_text") is not None:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        data["actions"] = out
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=4096,
                       default_flow_style=False)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------

def shade(cell, hexrgb):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexrgb)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def para(doc, text, style=None, bold=False, size=None, italic=False, align=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


# ---------------------------------------------------------------------------
# 1. Norfolk local area SEND accelerated progress plan (xlsx, read)
# ---------------------------------------------------------------------------

NORFOLK_NAME = "zeg-norfolk-local-area-send-accelerated-progress-plan.xlsx"
NORFOLK_TITLE = ("Norfolk Local Area Special Educational Needs and Disabilities (SEND) "
                 "Accelerated Progress Plan")
NORFOLK_AOW = [
    ("Area of weakness 1: The variable quality of Education, Health and Care (EHC) plans, "
     "including the contribution of health and social care to plans"),
    ("Area of weakness 2: The timeliness of EHC needs assessments and the quality and "
     "timeliness of annual reviews"),
    ("Area of weakness 3: Waiting times for neurodevelopmental (autism and ADHD) assessment "
     "and the support available to families while they wait"),
]
# ref, action, lead cell, start, original, revised, prev, curr, progress, impact, exp
NORFOLK_ROWS = [
    (0, "1.1",
     "Introduce a multi-agency EHC plan quality assurance framework, with monthly moderation "
     "panels that include education, health, social care and Family Voice Norfolk.",
     "Head of SEND Quality Assurance", D(2022, 7, 1), D(2022, 12, 31), None, "G", "B",
     "Framework agreed by the SEND Improvement Board in November 2022. Monthly moderation "
     "panels running since December 2022; 12 panels held to date.",
     "Plans judged good or better at moderation up from 31% (Sep-22) to 68% (Aug-23).",
     dict(lead=["Head of SEND Quality Assurance"], end="2022-12", status="blue")),
    (0, "1.2",
     "Provide refreshed EHC plan writing training for all EHC co-ordinators, with outcomes "
     "written in the child’s own words wherever possible.",
     "EHC Team Manager / Principal Educational Psychologist", D(2022, 9, 1), D(2023, 3, 31),
     D(2023, 9, 30), "A", "G",
     "Training delivered to 46 of 52 co-ordinators. Remaining sessions booked for new "
     "starters in September 2023.",
     "Moderation shows outcomes are more specific; parent feedback improving.",
     dict(lead=["EHC Team Manager", "Principal Educational Psychologist"], end="2023-09",
          status="green")),
    (0, "1.3",
     "Quality assure health advice through the Designated Clinical Officer before "
     "submission, using the agreed ICB health advice template.",
     "Designated Clinical Officer (NHS Norfolk and Waveney ICB)", D(2022, 7, 1),
     D(2023, 3, 31), None, "B", "B",
     "Template in use by all NHS providers since March 2023. DCO samples 10% of advice "
     "monthly.",
     "Health advice returned within 6 weeks rose from 54% to 88%.",
     dict(lead=["Designated Clinical Officer (NHS Norfolk and Waveney ICB)"], end="2023-03",
          status="blue")),
    (1, "2.1",
     "Recruit to the additional EHC co-ordinator and educational psychology posts agreed by "
     "Cabinet in May 2022 to reduce the assessment backlog.",
     "Assistant Director SEND Services", D(2022, 6, 1), D(2022, 11, 30), D(2023, 3, 31),
     "G", "B",
     "All 14 posts filled by March 2023 (two EP posts filled through a locum arrangement "
     "until permanent appointments start).",
     "Assessment backlog reduced from 412 to 96.",
     dict(lead=["Assistant Director SEND Services"], end="2023-03", status="blue")),
    (1, "2.2",
     "Implement a 20-week tracker for every new EHC needs assessment, reviewed weekly by "
     "team managers with escalation of cases at risk of going over 20 weeks.",
     None, D(2022, 10, 1), D(2024, 1, 31), None, "G", "G",
     "Tracker live in the case management system. Weekly review embedded in all four "
     "localities.",
     "Plans issued within 20 weeks: 38% (Q2 2022/23) to 61% (Q2 2023/24).",
     dict(lead=["Assistant Director SEND Services"], end="2024-01", status="green")),
    (1, "2.3",
     "Clear the backlog of overdue annual reviews, prioritising children and young people "
     "at phase transfer.",
     "Head of SEND Casework; SENCo Network Lead", D(2022, 9, 1), D(2023, 3, 31),
     D(2023, 12, 31), "R", "A",
     "Phase transfer reviews completed on time for September 2023. 640 non-transfer reviews "
     "remain overdue.",
     "Overdue reviews down from 1,870 to 640.",
     dict(lead=["Head of SEND Casework", "SENCo Network Lead"], end="2023-12",
          status="amber")),
    (2, "3.1",
     "Commission additional autism and ADHD assessment capacity from independent providers "
     "to reduce the number of children waiting more than 52 weeks.",
     "Director of Commissioning (ICB)", D(2022, 10, 1), D(2023, 3, 31), D(2024, 3, 31),
     "A", "R",
     "Second provider contract delayed by procurement challenge. Number waiting more than "
     "52 weeks has risen again since June.",
     "Children waiting more than 52 weeks: 1,140 (Sep-23).",
     dict(lead=["Director of Commissioning (ICB)"], end="2024-03", status="red")),
    (2, "3.2",
     "Launch the ‘Waiting Well’ offer of pre-diagnostic support for families, co-produced "
     "with Family Voice Norfolk.",
     "Head of Children’s Commissioning / Family Voice Norfolk", D(2022, 11, 1),
     D(2023, 6, 30), None, "G", "B",
     "Offer launched in June 2023 with online sessions, a helpline and a Local Offer page.",
     "312 families registered in the first three months.",
     dict(lead=["Head of Children’s Commissioning", "Family Voice Norfolk"], end="2023-06",
          status="blue")),
    (2, "3.3",
     "Publish monthly neurodevelopmental waiting-time data on the Local Offer and report it "
     "to every SEND Improvement Board.",
     "Head of Business Intelligence and Performance", D(2023, 1, 1), D(2024, 3, 31), None,
     "G", "G",
     "Data published monthly since January 2023; dashboard being rebuilt to show waits by "
     "age group.",
     "Families report greater transparency (Family Voice survey, July 2023).",
     dict(lead=["Head of Business Intelligence and Performance"], end="2024-03",
          status="green")),
]


def build_norfolk():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = NORFOLK_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = ("Norfolk Local Area Partnership – Norfolk County Council and NHS Norfolk "
                 "and Waveney Integrated Care Board")
    cov["A3"] = ("Response to the Ofsted and CQC revisit of 14–16 March 2022: the three "
                 "areas of weakness where sufficient progress had not been made")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = xfill("D9E1F2")
        c.border = BOX
    hist = [
        ("1.0", D(2022, 6, 27), "SEND Improvement Lead", "APP submitted to DfE and NHS England"),
        ("1.1", D(2022, 10, 12), "SEND Improvement Lead", "DfE and NHS England feedback incorporated"),
        ("1.3", D(2023, 6, 30), "SEND Programme Office", "Quarterly progress update (June 2023)"),
        ("1.4", D(2023, 10, 9), "SEND Programme Office",
         "Quarterly progress update for SEND Improvement Board, 17 October 2023"),
    ]
    for r, row in enumerate(hist, 7):
        for c, v in enumerate(row, 1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cov["A12"] = ("Approved by: SEND Improvement Board (co-chaired by the Executive Director "
                  "of Children’s Services and the Chief Nursing Officer, NHS Norfolk and "
                  "Waveney ICB)")
    cov["A14"] = "RAG key"
    cov["A14"].font = Font(bold=True)
    key = [("B", "blue", "Blue – action complete and impact evidenced"),
           ("G", "green", "Green – on track to deliver by the due date"),
           ("A", "amber", "Amber – some slippage; revised date agreed"),
           ("R", "red", "Red – off track or significant risk to delivery")]
    for r, (letter, col, text) in enumerate(key, 15):
        c = cov.cell(row=r, column=1, value=letter)
        c.fill = xfill(FILL[col])
        c.font = Font(bold=True, color="FFFFFFFF" if col in ("blue", "red", "green") else "FF000000")
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=r, column=2, value=text)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("APP")
    ncol = 10
    ws["A1"] = "Norfolk SEND Accelerated Progress Plan – Action Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Position at 30 September 2023 | Reporting to SEND Improvement Board, 17 October 2023"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    heads = ["Ref", "Action", "Lead(s)", "Start", "Original completion date",
             "Revised completion date", "Previous RAG (Jun-23)", "Current RAG (Sep-23)",
             "Progress update", "Evidence of impact"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = xfill("1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    ws.freeze_panes = "C5"
    r = 5
    cur_area = None
    expected = []
    lead_merge_start = None
    counts = {}
    for (area, ref, action, lead, start, orig, rev, prev, curr, prog, impact, exp) in NORFOLK_ROWS:
        if area != cur_area:
            cur_area = area
            c = ws.cell(row=r, column=1, value=NORFOLK_AOW[area])
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = xfill("2F5597")
            c.alignment = Alignment(wrap_text=True, vertical="center")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 30
            r += 1
        vals = [ref, action, lead, start, orig, rev, prev, curr, prog, impact]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy" if i == 4 else "dd/mm/yyyy"
        for col, letter in ((7, prev), (8, curr)):
            c = ws.cell(row=r, column=col)
            colour = {"R": "red", "A": "amber", "G": "green", "B": "blue"}[letter]
            c.fill = xfill(FILL[colour])
            c.alignment = Alignment(horizontal="center", vertical="top")
            c.font = Font(bold=True)
        if lead is None:
            # lead cell merged with the row above (same lead for 2.1 and 2.2)
            ws.merge_cells(start_row=r - 1, start_column=3, end_row=r, end_column=3)
        counts[curr] = counts.get(curr, 0) + 1
        e = dict(ref=ref, under=[NORFOLK_AOW[area]], action=action)
        e.update(exp)
        expected.append(e)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    for letter, label in (("B", "Blue (complete)"), ("G", "Green"), ("A", "Amber"), ("R", "Red")):
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=counts.get(letter, 0))
        r += 1
    ws.cell(row=r, column=2, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=3, value=sum(counts.values())).font = Font(bold=True)
    widths = [7, 48, 26, 9, 13, 13, 10, 10, 44, 36]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fit_rows(ws, 4)

    kp = wb.create_sheet("KPIs")
    kp["A1"] = "APP key performance indicators (12-month targets agreed with DfE)"
    kp["A1"].font = Font(bold=True)
    kh = ["KPI", "Baseline (Mar-22)", "Target (Sep-23)", "Actual (Sep-23)"]
    for i, h in enumerate(kh, 1):
        kp.cell(row=3, column=i, value=h).font = Font(bold=True)
    krows = [
        ("EHC plans issued within 20 weeks (excluding exceptions)", "29%", "60%", "61%"),
        ("EHC plans judged good or better at multi-agency moderation", "31%", "70%", "68%"),
        ("Annual reviews completed within 12 months", "47%", "80%", "71%"),
        ("Children waiting more than 52 weeks for autism/ADHD assessment", "1,310", "600", "1,140"),
    ]
    for r2, row in enumerate(krows, 4):
        for c, v in enumerate(row, 1):
            kp.cell(row=r2, column=c, value=v)
    kp.column_dimensions["A"].width = 62
    for sh in wb.worksheets:
        landscape(sh)
    wb.save(os.path.join(HERE, NORFOLK_NAME))

    meta = dict(
        source=(
            "Imitates a local area SEND Accelerated Progress Plan of the kind DfE required after an "
            "Ofsted/CQC revisit found insufficient progress against a Written Statement of Action "
            "(DfE answer to PQ 6435, May 2021, lists the areas required to publish APPs; Central "
            "Bedfordshire's local offer page of 1 February 2023 describes an APP built on the areas "
            "of weakness still to be addressed, with 12-month KPIs). Norfolk County Council and NHS "
            "Norfolk and Waveney ICB, 2022-23; no published Norfolk APP was found, so this is a plan "
            "such a partnership would publish. Copied features: cover sheet with document-control "
            "table and RAG key (B/G/A/R letters), tracker sheet with full-width 'Area of weakness' "
            "band rows, original and revised completion dates, previous and current RAG columns "
            "with fill colours, one lead cell merged over two actions, a summary/totals block under "
            "the tracker and a separate KPI sheet."),
        reads=(
            "A three-sheet workbook: a cover with the plan's title, version history and RAG key, "
            "the APP tracker with nine numbered actions under three areas of weakness, and a KPI "
            "table. Each action has a lead, an original and sometimes a revised completion date "
            "(the revised one is the due month) and a previous and current RAG letter; the current "
            "RAG is the status. The lead of 2.1 is merged down over 2.2."),
        outcome="read",
        accept_refusal=False,
        title=NORFOLK_TITLE,
    )
    write_expected(NORFOLK_NAME, meta, expected)
    return len(expected)


# ---------------------------------------------------------------------------
# 2. Cwm Taf Morgannwg Safeguarding Board – JICPA RCT improvement plan (docx, read)
# ---------------------------------------------------------------------------

CTM_NAME = ("zeg-cwm-taf-morgannwg-safeguarding-board-rhondda-cynon-taf-jicpa-"
            "multi-agency-improvement-plan.docx")
CTM_TITLE = ("Cwm Taf Morgannwg Safeguarding Board – JICPA Rhondda Cynon Taf "
             "Multi-Agency Improvement Plan")
CTM_SECTIONS = [
    ("1. Multi-agency response to referrals and information sharing",
     "Referrers, including schools and health practitioners, are not consistently informed "
     "of the outcome of their referral or the rationale for the decision made.",
     [("1.1", "Introduce a standard outcome notification to referrers from the Multi-Agency "
              "Safeguarding Hub (MASH) within three working days of a decision.",
       "MASH Service Manager (RCT)", "30/06/2025",
       "Notification letter and email template in use from 2 June 2025. Compliance 91% in July.",
       "Complete", dict(lead=["MASH Service Manager (RCT)"], end="2025-06", status="blue")),
      ("1.2", "Audit a sample of 40 professional referrals each quarter to check that feedback "
              "was given, and report findings to the Quality Assurance and Performance "
              "Sub-group.",
       "Quality Assurance and Performance Sub-group", "Quarterly",
       "First audit completed (Q1 2025/26): feedback evidenced in 33 of 40 referrals.",
       "Green", dict(lead=["Quality Assurance and Performance Sub-group"], end=None,
                     end_text="Quarterly", status="green")),
      ]),
    ("2. Strategy discussions and joint investigations",
     "Health professionals are not routinely invited to, or able to attend, strategy "
     "discussions, so relevant health information is not always available when decisions "
     "are made.",
     [("2.1", "Agree a protocol with South Wales Police and Cwm Taf Morgannwg University Health "
              "Board for the involvement of health in all initial strategy discussions.",
       "CTMUHB Head of Safeguarding / South Wales Police DCI Public Protection",
       "September 2025",
       "Draft protocol discussed at the Board’s Executive Group in July; police comments awaited.",
       "Amber", dict(lead=["CTMUHB Head of Safeguarding", "South Wales Police DCI Public Protection"],
                     end="2025-09", status="amber")),
      ("2.2", "Provide joint training for police, health and social work staff on the Wales "
              "Safeguarding Procedures for strategy discussions.",
       "Regional Safeguarding Board Business Manager", "Q3 2025/26",
       "Three half-day sessions booked for October and November 2025.",
       "Green", dict(lead=["Regional Safeguarding Board Business Manager"], end="2025-12",
                     status="green")),
      ("2.3", "Monitor health attendance at strategy discussions each month through the MASH "
              "performance dashboard.",
       "MASH Service Manager (RCT)", "31/10/2025",
       "Dashboard field to be added once the protocol (2.1) is agreed.",
       "Not started", dict(lead=["MASH Service Manager (RCT)"], end="2025-10",
                           status="unrated")),
      ]),
    ("3. Children who are electively home educated",
     "Arrangements to identify and safeguard children who are electively home educated and "
     "not known to services are underdeveloped.",
     [("3.1", "Establish a multi-agency elective home education (EHE) panel to review children "
              "where there are known safeguarding concerns.",
       "Head of Access and Inclusion (RCT Education)", "December 2025",
       "Terms of reference agreed; first panel scheduled for 4 November 2025.",
       "Green", dict(lead=["Head of Access and Inclusion (RCT Education)"], end="2025-12",
                     status="green")),
      ("3.2", "Share the names of children removed from school rolls for EHE with health visiting "
              "and school nursing services within ten working days.",
       "Head of Access and Inclusion (RCT Education) and Head of Children’s Community Nursing "
       "(CTMUHB)", "31/03/2026",
       "Information sharing agreement (WASPI) not yet signed off by the health board’s "
       "information governance team.",
       "Red", dict(lead=["Head of Access and Inclusion (RCT Education)",
                         "Head of Children’s Community Nursing (CTMUHB)"],
                   end="2026-03", status="red")),
      ]),
]
CTM_RAG = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
           "Not started": "D9D9D9"}


def build_ctm():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    para(doc, CTM_TITLE, style="Title")
    para(doc, "Bwrdd Diogelu Cwm Taf Morgannwg", italic=True, size=12)
    para(doc, "Joint Inspection of Child Protection Arrangements (JICPA) by Care Inspectorate "
              "Wales, Healthcare Inspectorate Wales, Estyn and HMICFRS")
    para(doc, "Inspection fieldwork: 7–11 October 2024 | Report published: 16 January 2025")
    para(doc, "Plan endorsed by the Regional Safeguarding Board: 26 March 2025 | Progress "
              "position: September 2025")

    para(doc, "Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Owner", "Status"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for row in [("0.3", "28/02/2025", "RSB Business Unit", "Draft for partner comment"),
                ("1.0", "26/03/2025", "RSB Business Unit", "Endorsed by the Board"),
                ("1.2", "19/09/2025", "RSB Business Unit", "Progress update for the Board, 1 October 2025")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    para(doc, "RAG status key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, meaning in [("Complete", "Action completed and evidence provided to the Board"),
                           ("Green", "On track to be delivered by the target date"),
                           ("Amber", "Some slippage – revised approach or date to be agreed"),
                           ("Red", "Off track – escalated to the Executive Group"),
                           ("Not started", "Action not yet due to start")]:
        cells = t.add_row().cells
        set_cell(cells[0], label, bold=True)
        shade(cells[0], CTM_RAG[label])
        set_cell(cells[1], meaning)

    expected = []
    for heading, afi, rows in CTM_SECTIONS:
        para(doc, heading, style="Heading 2")
        para(doc, "Area for improvement", bold=True)
        para(doc, afi)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead agency / officer", "Target date",
                               "Progress update (September 2025)", "RAG"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for ref, action, lead, date, prog, rag, exp in rows:
            cells = t.add_row().cells
            for i, v in enumerate([ref, action, lead, date, prog, rag]):
                set_cell(cells[i], v)
            shade(cells[5], CTM_RAG[rag])
            e = dict(ref=ref, under=[heading, afi], action=action)
            e.update(exp)
            expected.append(e)
        doc.add_paragraph()

    para(doc, "Next review: Regional Safeguarding Board, December 2025. Agencies should send "
              "updates to the RSB Business Unit two weeks before each Board meeting.",
         italic=True)
    doc.save(os.path.join(HERE, CTM_NAME))

    meta = dict(
        source=(
            "Imitates a Welsh regional safeguarding board's multi-agency improvement plan after a "
            "Joint Inspection of Child Protection Arrangements (JICPA): CIW, HIW, Estyn and HMICFRS "
            "ran a JICPA per regional board/police area in 2023/24 (Bridgend for Cwm Taf Morgannwg, "
            "June 2023; Powys, Denbighshire, Cardiff), and the Powys report found referrers were not "
            "consistently told of outcomes and raised electively home educated children. Cwm Taf "
            "Morgannwg Safeguarding Board, Rhondda Cynon Taf, 2025: a plan such a board would publish "
            "(no published RCT JICPA plan was found). Copied features: bilingual board name under "
            "the title, fieldwork/publication/endorsement lines, document-control table, shaded RAG "
            "key table, one section per theme with an 'Area for improvement' label and its text above "
            "a separate action table, RAG words with shaded cells, agency-and-post leads, quarterly "
            "and financial-quarter target dates, a closing note line."),
        reads=(
            "A Word plan: title, inspection dates, document control and a RAG key, then three "
            "numbered theme headings, each with the inspectors' area for improvement written out "
            "under an 'Area for improvement' label and a table of actions (ref, action, lead, target "
            "date, progress, RAG word). Seven actions in all; leads joined by '/' or 'and' are two "
            "posts."),
        outcome="read",
        accept_refusal=False,
        title=CTM_TITLE,
    )
    write_expected(CTM_NAME, meta, expected)
    return len(expected)


# ---------------------------------------------------------------------------
# 3. Pembrokeshire CIW adult services improvement check action plan (xlsx, read)
# ---------------------------------------------------------------------------

PEMB_NAME = "zeg-pembrokeshire-county-council-ciw-adult-services-improvement-check-action-plan.xlsx"
PEMB_TITLE = "Pembrokeshire County Council Adult Services – CIW Improvement Check Action Plan"
PEMB_ROWS = [
    # principle, afi, ref, action, lead, target (datetime or text), rag, update, exp
    ("People – Voice and Control",
     "The local authority should ensure people’s views, wishes and personal outcomes are "
     "consistently recorded in assessments and care and support plans.",
     "P1", "Revise the ‘What matters’ assessment template in WCCIS so that personal outcomes "
           "are mandatory fields.",
     "Practice Development Manager", D(2025, 4, 30), "blue",
     "New template live from 22 April 2025; guidance issued to all teams.",
     dict(lead=["Practice Development Manager"], end="2025-04", status="blue")),
    ("People – Voice and Control",
     "The local authority should ensure people’s views, wishes and personal outcomes are "
     "consistently recorded in assessments and care and support plans.",
     "P2", "Carry out a quarterly audit of 30 adult care and support plans against the personal "
           "outcomes standard and report findings to the Adult Services Leadership Team.",
     "Quality Assurance Manager", "Quarterly", "green",
     "Q1 audit completed: 22 of 30 plans met the standard (73%).",
     dict(lead=["Quality Assurance Manager"], end=None, end_text="Quarterly", status="green")),
    ("People – Voice and Control",
     "Carers are not consistently offered an assessment of their own needs.",
     "P3", "Introduce a carers’ assessment prompt at every adult assessment and review, and "
           "report monthly on assessments offered and accepted.",
     "Carers Lead Officer; IAA Team Manager", D(2025, 7, 31), "amber",
     "Prompt built; reporting delayed by WCCIS upgrade. Revised go-live 1 September 2025.",
     dict(lead=["Carers Lead Officer", "IAA Team Manager"], end="2025-07", status="amber")),
    ("Prevention",
     "Waiting lists for occupational therapy assessments remain too long, delaying access to "
     "equipment and adaptations.",
     "PR1", "Commission additional occupational therapy assessment capacity for 12 months to "
            "clear cases waiting longer than 12 weeks.",
     "Head of Adult Services", D(2025, 9, 30), "amber",
     "Agency OT capacity in place from May 2025; 118 people still waiting more than 12 weeks.",
     dict(lead=["Head of Adult Services"], end="2025-09", status="amber")),
    ("Prevention",
     "Waiting lists for occupational therapy assessments remain too long, delaying access to "
     "equipment and adaptations.",
     "PR2", "Train reablement staff as trusted assessors so that minor equipment can be provided "
            "without waiting for an occupational therapy assessment.",
     "Reablement Service Manager", "Sept 2025 – March 2026", "green",
     "Training commissioned from the regional community equipment service.",
     dict(lead=["Reablement Service Manager"], end="2026-03", end_text="Sept 2025 – March 2026",
          status="green")),
    ("Partnerships and Integration",
     "Hospital discharge arrangements with Hywel Dda University Health Board do not "
     "consistently ensure people are discharged with the right care and support in place.",
     "PA1", "Agree a joint discharge to recover then assess pathway with Hywel Dda UHB and "
            "monitor delays weekly at the Pembrokeshire Integrated Discharge Hub.",
     "Head of Adult Services / Hywel Dda UHB County Director (Pembrokeshire)", D(2025, 12, 31),
     "green",
     "Pathway agreed at the Pembrokeshire Integrated Leadership Group in June 2025.",
     dict(lead=["Head of Adult Services", "Hywel Dda UHB County Director (Pembrokeshire)"],
          end="2025-12", status="green")),
    ("Well-being",
     "Adult safeguarding enquiries are not always completed within statutory timescales, and "
     "the rationale for decisions is not always recorded.",
     "W1", "Recruit two additional safeguarding practitioners to the Adult Safeguarding Team.",
     "Safeguarding Manager (Adults)", D(2025, 5, 31), "blue",
     "Both posts filled; practitioners started 6 May 2025.",
     dict(lead=["Safeguarding Manager (Adults)"], end="2025-05", status="blue")),
    ("Well-being",
     "Adult safeguarding enquiries are not always completed within statutory timescales, and "
     "the rationale for decisions is not always recorded.",
     "W2", "Introduce a weekly performance report on enquiries not completed within seven "
           "working days, with management oversight recorded on WCCIS.",
     "Safeguarding Manager (Adults)", D(2025, 6, 30), "red",
     "Report not yet available: WCCIS reporting module delayed. Manual weekly check in place "
     "as an interim measure.",
     dict(lead=["Safeguarding Manager (Adults)"], end="2025-06", status="red")),
]


def build_pemb():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Pembrokeshire County Council – Adult Social Care"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "CIW Improvement Check – action plan summary (June 2025)"
    heads = ["Principle", "Actions", "Complete", "On track", "At risk", "Off track"]
    for i, h in enumerate(heads, 1):
        c = sm.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    princ = []
    for row in PEMB_ROWS:
        if row[0] not in princ:
            princ.append(row[0])
    r = 5
    tot = [0, 0, 0, 0, 0]
    for p in princ:
        rows = [x for x in PEMB_ROWS if x[0] == p]
        vals = [len(rows)] + [sum(1 for x in rows if x[6] == k)
                              for k in ("blue", "green", "amber", "red")]
        sm.cell(row=r, column=1, value=p).border = BOX
        for i, v in enumerate(vals, 2):
            sm.cell(row=r, column=i, value=v).border = BOX
            tot[i - 2] += v
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for i, v in enumerate(tot, 2):
        sm.cell(row=r, column=i, value=v).font = Font(bold=True)
    sm.column_dimensions["A"].width = 32

    ws = wb.create_sheet("Action Plan")
    ncol = 8
    ws["A1"] = PEMB_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Improvement check fieldwork: 13–16 January 2025 | CIW letter published: 27 March "
                "2025 | Update for Social Care Overview and Scrutiny Committee: 10 July 2025")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["D3"] = "RAG key:"
    ws["D3"].alignment = Alignment(horizontal="right")
    for col, (label, colour) in enumerate([("Complete", "blue"), ("On track", "green"),
                                           ("At risk", "amber"), ("Off track", "red")], 5):
        c = ws.cell(row=3, column=col, value=label)
        c.fill = xfill(FILL[colour])
        c.border = BOX
    heads = ["Principle", "Area for improvement identified by CIW", "Ref", "Action",
             "Responsible officer", "Target date", "RAG", "Update (June 2025)"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = xfill("375623")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 6
    expected = []
    first_row = {}
    for (p, afi, ref, action, lead, target, rag, update, exp) in PEMB_ROWS:
        key_p = p
        key_a = (p, afi)
        vals = [p, afi, ref, action, lead, target, None, update]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i)
            c.border = BOX
            c.alignment = WRAP
            if i == 1 and key_p in first_row:
                continue
            if i == 2 and key_a in first_row:
                continue
            c.value = v
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7).fill = xfill(FILL[rag])
        first_row.setdefault(key_p, r)
        first_row.setdefault(key_a, r)
        e = dict(ref=ref, under=[p, afi], action=action)
        e.update(exp)
        expected.append(e)
        r += 1
    # merge principle and AFI cells vertically
    last = r - 1
    spans = {}
    for idx, row in enumerate(PEMB_ROWS):
        rr = 6 + idx
        for key, col in ((row[0], 1), ((row[0], row[1]), 2)):
            s = spans.setdefault((col, key), [rr, rr])
            s[1] = rr
    for (col, key), (a, b) in spans.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=col, end_row=b, end_column=col)
        ws.cell(row=a, column=col).font = Font(bold=(col == 1))
    ws.cell(row=last + 2, column=1,
            value="Note: RAG shading is agreed by the Head of Adult Services before each update "
                  "to Scrutiny. Completed actions remain on the plan until CIW confirms they are closed.")
    widths = [20, 40, 6, 48, 28, 13, 10, 44]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fit_rows(ws, 5)
    for sh in wb.worksheets:
        landscape(sh)
    wb.save(os.path.join(HERE, PEMB_NAME))

    meta = dict(
        source=(
            "Imitates a Welsh council's action plan after a Care Inspectorate Wales improvement "
            "check of adult services (CIW's Code of Practice for review of local authority social "
            "services, 2023; CIW letters and council plans group findings under the four principles "
            "of the Social Services and Well-being (Wales) Act 2014: People – voice and control, "
            "Prevention, Partnerships and integration, Well-being). Pembrokeshire County Council, "
            "2025, reported to its Social Care Overview and Scrutiny Committee: a plan such a council "
            "would publish (no published Pembrokeshire adult improvement-check plan was found). "
            "Copied features: summary sheet with a totals block, plan sheet with title and "
            "inspection-date lines, a RAG key of shaded cells, principle and area-for-improvement "
            "cells merged down over their actions, RAG shown by fill colour only, dd/mm/yyyy target "
            "dates with 'Quarterly' and a period in words, a note line under the table."),
        reads=(
            "Two sheets: a summary count of actions by principle and RAG (not actions), and the "
            "action plan. The plan lists eight actions (P1-P3, PR1-PR2, PA1, W1-W2) under four CIW "
            "principles and the area for improvement each answers; the RAG cell has no text and its "
            "colour, read through the key beside the title (blue complete, green on track, amber at "
            "risk, red off track), is the status."),
        outcome="read",
        accept_refusal=False,
        title=PEMB_TITLE,
    )
    write_expected(PEMB_NAME, meta, expected)
    return len(expected)


# ---------------------------------------------------------------------------
# 4. Broxtowe overview and scrutiny recommendations tracker (csv, read)
# ---------------------------------------------------------------------------

BROX_NAME = "zeg-broxtowe-borough-council-overview-scrutiny-recommendations-tracker.csv"
BROX_TITLE = "Broxtowe Borough Council: Overview and Scrutiny Recommendations Tracker"
BROX_REVIEWS = [
    ("Fly-tipping and Enviro-crime Review (Cabinet 10 December 2024)", [
        ("FT1", "Cabinet to fund a 12-month pilot of two additional deployable CCTV cameras at "
                "fly-tipping hotspots identified by the Environmental Enforcement team.",
         "Accepted", "Head of Environment", "31/03/2025", "Complete",
         "Cameras deployed at hotspots in Kimberley and Stapleford from February 2025.",
         dict(lead=["Head of Environment"], end="2025-03", status="blue")),
        ("FT2", "Publicise every successful fly-tipping prosecution and fixed penalty notice "
                "through the Council’s social media channels and Broxtowe Matters.",
         "Accepted", "Head of Communications", "Ongoing", "Green",
         "Nine prosecutions publicised since January 2025.",
         dict(lead=["Head of Communications"], end=None, end_text="Ongoing", status="green")),
        ("FT3", "Review the charges for bulky waste collection, including:\n"
                "a) a reduced charge for residents in receipt of Council Tax Reduction; and\n"
                "b) a single-item collection charge.",
         "Accepted in part – (b) not supported", "Head of Environment / Head of Revenues and Benefits",
         "Apr-25", "Amber",
         "Reduced charge approved in the 2025/26 fees and charges; go-live moved to November 2025 "
         "because of changes to the booking system.",
         dict(lead=["Head of Environment", "Head of Revenues and Benefits"], end="2025-04",
              status="amber")),
    ]),
    ("Access to Council Services for Older Residents Review (Cabinet 4 March 2025)", [
        ("AS1", "Retain a face-to-face customer service point at the Council Offices in Beeston "
                "for residents who cannot use online services.",
         "Accepted", "Customer Services Manager", "30/06/2025", "Complete",
         "Reception counter retained with extended Tuesday and Thursday opening.",
         dict(lead=["Customer Services Manager"], end="2025-06", status="blue")),
        ("AS2", "Introduce an assisted-digital telephone call-back service for residents who need "
                "help to complete online forms.",
         "Accepted", "Customer Services Manager / ICT Manager", "Dec-25", "Green",
         "Call-back option added to the telephone menu; testing with Age UK Notts volunteers.",
         dict(lead=["Customer Services Manager", "ICT Manager"], end="2025-12", status="green")),
        ("AS3", "Ensure all Council letters to residents aged 75 and over include a telephone "
                "contact number and opening hours.",
         "Accepted", "Head of Communications", "Q4 2025/26", "Not started",
         "Letter templates to be reviewed alongside the new corporate style guide.",
         dict(lead=["Head of Communications"], end="2026-03", status="unrated")),
    ]),
    ("Leisure Concessions Review (Cabinet 8 July 2025)", [
        ("LC1", "Extend the Leisure Card concession to care leavers aged up to 25 living in the "
                "Borough.",
         "Accepted", "Head of Leisure and Culture", "30/09/2025", "Complete",
         "Concession available from 1 September 2025; 14 cards issued.",
         dict(lead=["Head of Leisure and Culture"], end="2025-09", status="blue")),
        ("LC2", "Report the take-up of Leisure Card concessions to the Overview and Scrutiny "
                "Committee every six months.",
         "Accepted", "Head of Leisure and Culture", "Six-monthly", "Green",
         "First report due at the March 2026 meeting.",
         dict(lead=["Head of Leisure and Culture"], end=None, end_text="Six-monthly",
              status="green")),
        ("LC3", "Work with Liberty Leisure to offer free swimming for children under 8 during "
                "school holidays.",
         "Accepted", "Head of Leisure and Culture / Liberty Leisure Managing Director",
         "31/03/2026", "Red",
         "External funding bid unsuccessful; alternative funding being sought before the "
         "2026/27 budget is set.",
         dict(lead=["Head of Leisure and Culture", "Liberty Leisure Managing Director"],
              end="2026-03", status="red")),
    ]),
]


def build_brox():
    ncol = 8
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")

    def line(first):
        w.writerow([first] + [""] * (ncol - 1))

    line(BROX_TITLE)
    line("Recommendations from scrutiny reviews reported to Cabinet, 2024/25 and 2025/26")
    line("Position as at 31 October 2025 (report to Overview and Scrutiny Committee, "
         "24 November 2025)")
    line("")
    w.writerow(["Scrutiny review", "Ref", "Recommendation", "Cabinet response", "Lead officer",
                "Target date", "Status", "Progress update"])
    expected = []
    for review, rows in BROX_REVIEWS:
        for i, (ref, rec, resp, lead, date, status, upd, exp) in enumerate(rows):
            w.writerow([review if i == 0 else "", ref, rec, resp, lead, date, status, upd])
            e = dict(ref=ref, under=[review], action=rec)
            e.update(exp)
            expected.append(e)
    line("")
    line("Status key: Complete – recommendation implemented; Green – on track; Amber – some "
         "delay but expected to be delivered; Red – at risk of not being delivered; Not started "
         "– implementation not yet due.")
    line("Recommendations marked Complete are removed from the tracker once they have been "
         "reported to the Committee.")
    with open(os.path.join(HERE, BROX_NAME), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())

    meta = dict(
        source=(
            "Imitates a district council scrutiny recommendations tracker exported from Excel to "
            "CSV (trackers of this kind are reported to overview and scrutiny committees, e.g. "
            "Brent's 'Scrutiny Progress Update - Recommendations Tracker' and Bromsgrove's quarterly "
            "recommendation tracker, listing each review's recommendations with the Cabinet "
            "response, lead, timescale, status and update). Broxtowe Borough Council (Cabinet and "
            "Overview and Scrutiny Committee; Liberty Leisure is its leisure company), 2024-25: a "
            "tracker such a council would publish. Copied features: title lines above the header "
            "padded with empty cells, the review name given once per group and left blank below "
            "(merged cells exported), a recommendation with lettered sub-points on continuation "
            "lines inside one cell, RAG words plus Complete/Not started, two-digit-year and "
            "financial-quarter dates, a status key and a notes line after the table, UTF-8 BOM."),
        reads=(
            "A CSV tracker: three title lines, a header row, then nine recommendations (FT1-FT3, "
            "AS1-AS3, LC1-LC3) from three scrutiny reviews, the review named on the first row of "
            "each group only. Each recommendation is the action, with its lead officer(s), target "
            "date, status word and update; the status key and note at the end are not actions."),
        outcome="read",
        accept_refusal=False,
        title=BROX_TITLE,
    )
    write_expected(BROX_NAME, meta, expected)
    return len(expected)


# ---------------------------------------------------------------------------
# 5. Charnwood business plan delivery tracker (txt, read)
# ---------------------------------------------------------------------------

CHARN_NAME = "zeg-charnwood-borough-council-business-plan-2025-26-delivery-tracker.txt"
CHARN_TITLE = "Charnwood Borough Council – Business Plan 2025/26 Delivery Tracker"
CHARN_THEMES = [
    ("Theme 1 – Caring for the Environment", [
        ("CE1", "Roll out weekly food waste collections to all households in the Borough",
         "Head of Cleansing and Open Spaces", "31/03/2026", "Green – on track",
         "Vehicles and caddies procured. Phased roll-out to begin in January 2026, starting with "
         "Loughborough and Shepshed.",
         dict(lead=["Head of Cleansing and Open Spaces"], end="2026-03", status="green")),
        ("CE2", "Plant 5,000 trees across Council parks and open spaces through the Tree Charnwood "
                "programme",
         "Head of Cleansing and Open Spaces; Parks and Open Spaces Manager", "March 2026",
         "Amber – some slippage",
         "1,900 trees planted. Two sites delayed pending ecology surveys; planting season ends "
         "in March.",
         dict(lead=["Head of Cleansing and Open Spaces", "Parks and Open Spaces Manager"],
              end="2026-03", status="amber")),
        ("CE3", "Install electric vehicle charge points at four Council car parks",
         "Head of Planning and Growth", "30/09/2025", "Complete",
         "24 charge points live at Granby Street, Beehive Lane, Browns Lane and Shepshed Hall "
         "Croft car parks.",
         dict(lead=["Head of Planning and Growth"], end="2025-09", status="blue")),
    ]),
    ("Theme 2 – Healthy Communities", [
        ("HC1", "Reopen the refurbished Loughborough Leisure Centre sports hall and changing "
                "village",
         "Head of Leisure and Culture", "Q3 2025/26", "Green – on track",
         "Contractor on programme; handover expected early December.",
         dict(lead=["Head of Leisure and Culture"], end="2025-12", status="green")),
        ("HC2", "Reduce stays in bed and breakfast accommodation for homeless families to no more "
                "than six weeks",
         "Head of Strategic Housing", "31/03/2026", "Red – off track",
         "Demand up 22% on last year. Eleven families in B&B beyond six weeks at 30 September; "
         "additional temporary accommodation units being purchased.",
         dict(lead=["Head of Strategic Housing"], end="2026-03", status="red")),
        ("HC3", "Deliver joint anti-social behaviour hotspot patrols in Loughborough town centre",
         "Community Safety Manager / Leicestershire Police Beat Manager", "Ongoing",
         "Green – on track",
         "Patrols every Friday and Saturday evening; ASB reports in the town centre down 14% "
         "on Q2 last year.",
         dict(lead=["Community Safety Manager", "Leicestershire Police Beat Manager"], end=None,
              end_text="Ongoing", status="green")),
    ]),
    ("Theme 3 – A Thriving Economy", [
        ("TE1", "Complete the Town Deal public realm improvements in Market Place and Devonshire "
                "Square, Loughborough",
         "Head of Regeneration and Economic Development", "December 2025",
         "Amber – some slippage",
         "Utility diversions took longer than planned; paving works resume after the Loughborough "
         "Fair.",
         dict(lead=["Head of Regeneration and Economic Development"], end="2025-12",
              status="amber")),
        ("TE2", "Launch the Charnwood Business Support Grant scheme funded through the UK Shared "
                "Prosperity Fund",
         "Economic Development Manager", "30/06/2025", "Complete",
         "Scheme launched 2 June 2025; 37 grants awarded to date.",
         dict(lead=["Economic Development Manager"], end="2025-06", status="blue")),
    ]),
    ("Theme 4 – Your Council", [
        ("YC1", "Consult on the Loughborough town centre masterplan supplementary planning "
                "document",
         "Head of Planning and Growth", "Nov-25", "Green – on track",
         "Draft approved by Cabinet in September; six-week consultation starts 3 November.",
         dict(lead=["Head of Planning and Growth"], end="2025-11", status="green")),
        ("YC2", "Implement a new customer relationship management (CRM) system for Council "
                "housing repairs",
         "Head of ICT and Transformation", "31/01/2026", "Not started",
         "Procurement complete; implementation to start once the supplier's project team is in "
         "place.",
         dict(lead=["Head of ICT and Transformation"], end="2026-01", status="unrated")),
    ]),
]


def wrap_text(text, width, indent):
    words = text.split()
    lines, cur = [], ""
    for wd in words:
        if cur and len(cur) + 1 + len(wd) > width:
            lines.append(cur)
            cur = wd
        else:
            cur = (cur + " " + wd) if cur else wd
    if cur:
        lines.append(cur)
    return ("\n" + " " * indent).join(lines)


def build_charn():
    out = []
    out.append(CHARN_TITLE)
    out.append("Corporate Strategy 2024-2028 | Quarter 2 progress (July – September 2025)")
    out.append("Report produced: 20/10/2025 09:14    Source: corporate performance system")
    out.append("=" * 78)
    out.append("")
    expected = []
    counts = {}
    for theme, rows in CHARN_THEMES:
        out.append(theme)
        out.append("-" * 78)
        for ref, action, lead, due, status, update, exp in rows:
            out.append("Ref:           " + ref)
            out.append("Action:        " + action)
            out.append("Lead officer:  " + lead)
            out.append("Due:           " + due)
            out.append("Status:        " + status)
            out.append("Q2 update:     " + wrap_text(update, 62, 15))
            out.append("")
            key = status.split(" – ")[0]
            counts[key] = counts.get(key, 0) + 1
            e = dict(ref=ref, under=[theme], action=action)
            e.update(exp)
            expected.append(e)
    out.append("=" * 78)
    out.append("SUMMARY   Complete: %d   Green: %d   Amber: %d   Red: %d   Not started: %d   "
               "Total: %d" % (counts.get("Complete", 0), counts.get("Green", 0),
                              counts.get("Amber", 0), counts.get("Red", 0),
                              counts.get("Not started", 0), sum(counts.values())))
    out.append("Note: statuses are reported by lead officers and reviewed by the Senior "
               "Leadership Team before publication.")
    out.append("End of report")
    with open(os.path.join(HERE, CHARN_NAME), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")

    meta = dict(
        source=(
            "Imitates a district council's quarterly business plan / corporate strategy delivery "
            "report exported as plain text from a performance system. Charnwood Borough Council's "
            "Corporate Strategy uses four themes (Caring for the Environment, Healthy Communities, "
            "A Thriving Economy, Your Council) and is delivered through an annual business plan "
            "monitored quarterly (charnwood.gov.uk corporate strategy page); North Herts' Council "
            "Delivery Plan and Tonbridge and Malling's Corporate Strategy Action Plan are reported "
            "the same way. Charnwood, Q2 2025/26: a tracker such a council would publish. Copied "
            "features: title and reporting-period lines, '=' and '-' rules, one numbered theme "
            "heading per block, one key: value record per action, updates wrapped onto indented "
            "continuation lines, status words with a qualifier, a summary/totals line and a note at "
            "the end."),
        reads=(
            "A text report: title lines, then four theme headings each followed by records of "
            "Ref, Action, Lead officer, Due, Status and a wrapped Q2 update. Ten actions in all; "
            "the status word before the dash is the RAG (Complete = blue, Not started = unrated); "
            "the SUMMARY line and note at the end are not actions."),
        outcome="read",
        accept_refusal=False,
        title=CHARN_TITLE,
    )
    write_expected(CHARN_NAME, meta, expected)
    return len(expected)


# ---------------------------------------------------------------------------
# 6. Bridgend CIW children's services PEI improvement plan (docx, read)
# ---------------------------------------------------------------------------

BRID_NAME = ("zeg-bridgend-county-borough-council-ciw-childrens-services-performance-"
             "evaluation-inspection-improvement-plan.docx")
BRID_TITLE = "Bridgend County Borough Council – Children’s Social Care Improvement Plan"
BRID_PRINCIPLES = [
    ("1. People – voice and control", [
        ("The voice of the child is not consistently sought, heard and recorded, and children’s "
         "lived experience is not always evident in assessments and plans.", [
            ("1a", "Introduce a ‘Child’s voice’ section in the assessment and care and support plan "
                   "templates on WCCIS.", "DHoCSC", "End of September 2022", "blue",
             "Templates changed 26 September 2022; practice guidance issued.",
             dict(lead=["DHoCSC"], end="2022-09", status="blue")),
            ("1b", "Independent Reviewing Officers to record a direct conversation with every child "
                   "aged 5 and over before each looked after review.", "GM SQA", "31/10/2022",
             "green",
             "IRO audit (December) found direct contact recorded for 81% of children.",
             dict(lead=["GM SQA"], end="2022-10", status="green")),
        ]),
    ]),
    ("2. Prevention", [
        ("There is no clear and consistent early help and edge-of-care offer, and too many "
         "children step up to statutory services.", [
            ("2a", "Review the Early Help and Intensive Family Support offer and publish a single "
                   "threshold document agreed with partners.", "HoEH / GM IAA", "December 2022",
             "amber",
             "Threshold document drafted; partner sign-off moved to the February 2023 RSB meeting.",
             dict(lead=["HoEH", "GM IAA"], end="2022-12", status="amber")),
            ("2b", "Establish an edge-of-care service to work intensively with families where "
                   "children are at risk of becoming looked after.", "HoCSC", "Q4 2022/23",
             "green",
             "Business case approved; team manager appointed and recruitment to practitioner posts "
             "under way.",
             dict(lead=["HoCSC"], end="2023-03", status="green")),
        ]),
    ]),
    ("3. Partnerships and integration", [
        ("Multi-agency arrangements for identifying and responding to the exploitation of "
         "children are not yet effective.", [
            ("3a", "Relaunch the multi-agency child exploitation panel with revised terms of "
                   "reference agreed by South Wales Police and Cwm Taf Morgannwg UHB.", "GM SQA",
             "November 2022", "blue",
             "Panel relaunched 9 November 2022 and meeting fortnightly.",
             dict(lead=["GM SQA"], end="2022-11", status="blue")),
            ("3b", "Train all children’s social workers in the use of the exploitation risk "
                   "assessment tool.", "Workforce Development Manager", "March 2023", "amber",
             "Four of seven sessions delivered; attendance affected by vacancies.",
             dict(lead=["Workforce Development Manager"], end="2023-03", status="amber")),
        ]),
    ]),
    ("4. Well-being (including safeguarding)", [
        ("Recruitment and retention of permanent social workers remains a significant challenge, "
         "and caseloads are too high in some teams.", [
            ("4a", "Implement the market supplement and retention payment scheme for qualified "
                   "social workers approved by Cabinet.", "CD SSWB", "30/09/2022", "blue",
             "Scheme in place from 1 September 2022.",
             dict(lead=["CD SSWB"], end="2022-09", status="blue")),
            ("4b", "Launch a ‘grow your own’ social work trainee scheme with Cardiff University and "
                   "The Open University.", "Workforce Development Manager", "September 2023",
             "green",
             "Eight trainees selected for the September 2023 intake.",
             dict(lead=["Workforce Development Manager"], end="2023-09", status="green")),
            ("4c", "Report average caseloads by team to the Corporate Parenting Cabinet Committee "
                   "each month.", "HoCSC", "Monthly", "green",
             "Caseload report included in the monthly performance pack since October 2022.",
             dict(lead=["HoCSC"], end=None, end_text="Monthly", status="green")),
        ]),
        ("Management oversight and supervision of practice are not consistently recorded.", [
            ("4d", "Audit supervision records in every team and report compliance with the "
                   "supervision policy to the Children’s Services Leadership Team.", "GM SQA",
             "Jan 2023", "red",
             "Audit tool agreed but audit not started because of Quality Assurance team vacancies.",
             dict(lead=["GM SQA"], end="2023-01", status="red")),
        ]),
    ]),
]


def build_brid():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    para(doc, BRID_TITLE, style="Title")
    para(doc, "Response to the Care Inspectorate Wales Performance Evaluation Inspection of "
              "Children’s Services (23–27 May 2022)", bold=True, size=12)
    para(doc, "Version 3.0 – progress as at 31 December 2022, for the Subject Overview and "
              "Scrutiny Committee")

    para(doc, "Document history", style="Heading 2")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Change"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for row in [("1.0", "26/08/2022", "Plan submitted to CIW"),
                ("2.0", "15/11/2022", "Updated before the CIW improvement check visit, 21–24 November 2022"),
                ("3.0", "06/01/2023", "Progress update following the improvement check")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    para(doc, "How to read this plan", style="Heading 2")
    para(doc, "Actions are grouped under the principles of the Social Services and Well-being "
              "(Wales) Act 2014 used by CIW. The RAG column is shaded: blue – complete; green – on "
              "track; amber – at risk of slipping; red – not on track. Abbreviations used for leads "
              "are explained in the glossary at the end of the plan.")

    heads = ["No.", "CIW area for improvement", "Action", "Lead", "Timescale", "RAG",
             "Progress (December 2022)"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[i], "1F3864")
    expected = []
    for principle, afis in BRID_PRINCIPLES:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[len(heads) - 1])
        set_cell(merged, principle, bold=True, size=10)
        shade(merged, "D9D9D9")
        for afi, actions in afis:
            first_idx = len(t.rows)
            for no, action, lead, when, rag, prog, exp in actions:
                cells = t.add_row().cells
                set_cell(cells[0], no)
                set_cell(cells[2], action)
                set_cell(cells[3], lead)
                set_cell(cells[4], when)
                set_cell(cells[6], prog)
                shade(cells[5], FILL[rag])
                e = dict(ref=no, under=[principle, afi], action=action)
                e.update(exp)
                expected.append(e)
            last_idx = len(t.rows) - 1
            top = t.cell(first_idx, 1)
            if last_idx > first_idx:
                top = top.merge(t.cell(last_idx, 1))
            set_cell(top, afi)

    doc.add_paragraph()
    para(doc, "Glossary", style="Heading 2")
    g = doc.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    set_cell(g.rows[0].cells[0], "Abbreviation", bold=True)
    set_cell(g.rows[0].cells[1], "Meaning", bold=True)
    for ab, meaning in [("CD SSWB", "Corporate Director – Social Services and Wellbeing"),
                        ("HoCSC", "Head of Children’s Social Care"),
                        ("DHoCSC", "Deputy Head of Children’s Social Care"),
                        ("HoEH", "Head of Early Help"),
                        ("GM IAA", "Group Manager – Information, Advice and Assistance"),
                        ("GM SQA", "Group Manager – Safeguarding and Quality Assurance"),
                        ("IRO", "Independent Reviewing Officer"),
                        ("RSB", "Regional Safeguarding Board"),
                        ("WCCIS", "Welsh Community Care Information System")]:
        cells = g.add_row().cells
        set_cell(cells[0], ab)
        set_cell(cells[1], meaning)
    doc.save(os.path.join(HERE, BRID_NAME))

    meta = dict(
        source=(
            "Imitates Bridgend County Borough Council's children's social care improvement plan "
            "after CIW's performance evaluation inspection of 23–27 May 2022 (report published 2 "
            "August 2022), updated after CIW's improvement check visit of 21–24 November 2022 and "
            "taken to a Bridgend overview and scrutiny committee with 'the associated updated Action "
            "Plan' (democratic.bridgend.gov.uk agenda item ID 15042; CIW press release on the 2025 "
            "improvement check). The real plan was not found; actions, leads and dates here are "
            "invented. Copied features: title and inspection lines, document-history table, a "
            "'how to read this plan' note, one table with full-width shaded principle rows, the "
            "CIW area for improvement merged down over its actions, leads as post abbreviations "
            "explained in a glossary table at the end, RAG shown only by cell shading, 'End of "
            "September 2022', 'Q4 2022/23' and 'Monthly' timescales."),
        reads=(
            "A Word improvement plan: title, history table and a reading note with the colour key, "
            "then one table of ten actions (1a-4d) under four Social Services and Well-being Act "
            "principles, each beside the CIW area for improvement it answers (merged over its "
            "actions). Leads are abbreviated posts (two where joined by '/'); the RAG cell is "
            "colour only and is the status; the glossary table is not part of the plan."),
        outcome="read",
        accept_refusal=False,
        title=BRID_TITLE,
    )
    write_expected(BRID_NAME, meta, expected)
    return len(expected)


# ---------------------------------------------------------------------------
# 7. Sheffield YJS – HMIP remand thematic action plan (xlsx, refuse)
# ---------------------------------------------------------------------------

SHEF_NAME = ("zeg-sheffield-youth-justice-service-hmip-remand-thematic-action-plan-"
             "typo-month-refuse.xlsx")
SHEF_TITLE = ("Sheffield Youth Justice Service – Action Plan: Joint Thematic Inspection of Work "
              "with Children Subject to Remand in Youth Detention")
SHEF_BANDS = [
    ("Recommendations for Youth Justice Services", [
        ("Offer a robust bail support package at the child’s first court appearance wherever "
         "remand to youth detention is being considered.", [
            ("1.1", "Develop a Sheffield bail and remand support offer, including accommodation "
                    "options, to be presented at every first hearing where remand is likely.",
             "YJS Operational Manager (Court)", D(2024, 4, 30), "A", "G",
             "Offer agreed by the Management Board in April; bail support template in use."),
            ("1.2", "Ensure a YJS court officer is available at every youth remand court sitting, "
                    "including Saturday and bank holiday courts.",
             "YJS Operational Manager (Court)", "Jul-24", "A", "A",
             "Saturday rota agreed; bank holiday cover still relies on the emergency duty team."),
        ]),
        ("Ensure that every child remanded to youth detention has a plan for release from the "
         "start of the remand, whatever the expected outcome.", [
            ("2.1", "Hold a remand planning meeting within ten working days of every remand to "
                    "youth detention, with the secure establishment and children’s social care.",
             "YJS Service Manager", "Novmeber 2024", "G", "G",
             "Meetings held for all four children remanded since March."),
            ("2.2", "Review every remanded child’s bail options at least every 28 days and record "
                    "the outcome on ChildView.",
             "YJS Service Manager", D(2024, 9, 30), "G", "A",
             "Reviews completed but not consistently recorded; case audit in July."),
        ]),
    ]),
    ("Recommendations for Youth Justice Management Boards", [
        ("Review the use of remand locally, including disproportionality, and assure themselves "
         "that remand to youth detention is used only as a last resort.", [
            ("3.1", "Add a quarterly remand and disproportionality report to the Management Board "
                    "performance pack.",
             "Head of Youth Justice / Performance and Information Manager", "Quarterly", "G", "B",
             "First report presented to the Board in May 2024."),
            ("3.2", "Commission an independent review of remand cases from the last two years, "
                    "including the ethnicity of the children remanded.",
             "Management Board Chair", D(2024, 12, 31), "R", "A",
             "Reviewer appointed in June; fieldwork starts September."),
        ]),
        ("Work with local authority partners to secure suitable local accommodation for children "
         "who could be bailed if an address were available.", [
            ("4.1", "Agree a protocol with Children’s Social Care for emergency accommodation for "
                    "children refused bail only for lack of a suitable address.",
             "Assistant Director – Children’s Social Care", D(2025, 3, 31), "R", "R",
             "No suitable provider identified; commissioning options paper to Board in September."),
        ]),
    ]),
]


def build_shef():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncol = 8
    ws["A1"] = SHEF_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("HM Inspectorate of Probation and HM Inspectorate of Prisons, report published "
                "23 November 2023. Plan agreed by the Sheffield Youth Justice Management Board, "
                "7 February 2024.")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = "Last updated: 14 June 2024"
    heads = ["No.", "Inspection recommendation", "Local action", "Lead", "Deadline",
             "RAG Mar-24", "RAG Jun-24", "Progress / evidence"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = xfill("7030A0")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 6
    typo_row = None
    colours = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    for band, recs in SHEF_BANDS:
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True)
        c.fill = xfill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for rec, actions in recs:
            top = r
            for no, action, lead, deadline, rag1, rag2, prog in actions:
                vals = [no, rec if r == top else None, action, lead, deadline, rag1, rag2, prog]
                for i, v in enumerate(vals, 1):
                    cc = ws.cell(row=r, column=i, value=v)
                    cc.alignment = WRAP
                    cc.border = BOX
                    if isinstance(v, dt.datetime):
                        cc.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=6).fill = xfill(FILL[colours[rag1]])
                ws.cell(row=r, column=7).fill = xfill(FILL[colours[rag2]])
                if isinstance(deadline, str) and deadline.startswith("Novmeber"):
                    typo_row = r
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete, G = on track, A = some slippage, R = off track")
    widths = [6, 40, 50, 30, 13, 9, 9, 44]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fit_rows(ws, 5)

    dsh = wb.create_sheet("Remand data")
    dsh["A1"] = "Children remanded to youth detention – Sheffield"
    dsh["A1"].font = Font(bold=True)
    for i, h in enumerate(["Year", "Remand episodes", "Children", "Of whom Black or mixed heritage",
                           "Bailed before sentence"], 1):
        dsh.cell(row=3, column=i, value=h).font = Font(bold=True)
    for rr, row in enumerate([("2021/22", 17, 14, 6, 4), ("2022/23", 21, 18, 9, 5),
                              ("2023/24", 15, 13, 5, 6)], 4):
        for i, v in enumerate(row, 1):
            dsh.cell(row=rr, column=i, value=v)
    for sh in wb.worksheets:
        landscape(sh)
    wb.save(os.path.join(HERE, SHEF_NAME))

    meta = dict(
        source=(
            "Imitates a youth justice service's local action plan responding to HM Inspectorate of "
            "Probation and HM Inspectorate of Prisons' 'A joint thematic inspection of work with "
            "children subject to remand in youth detention' (published 23 November 2023; it found "
            "YJSs often offered no bail programme at the first remand hearing), tracked by a YJS "
            "management board. Sheffield Youth Justice Service, 2024: a plan such a service would "
            "publish (none found). Copied features: title and agreement lines, a band row per "
            "addressee ('Recommendations for Youth Justice Services' / '... Management Boards', as in "
            "HMIP reports), each recommendation merged down over its local actions, two dated RAG "
            "columns with fill colours and letters, mixed date cells (real dates, 'Jul-24', "
            "'Quarterly'), a RAG key line and a data sheet."),
        reads=(
            "A two-sheet workbook: seven local actions under four HMIP recommendations in two "
            "addressee bands, with lead, deadline and March/June RAG letters. The deadline of action "
            "2.1 reads 'Novmeber 2024', a mistyped month, so a careful reader stops and asks at "
            "sheet row %d rather than guess the due month." % typo_row),
        outcome="refuse",
        accept_refusal=False,
        refuse_at=typo_row,
        title=SHEF_TITLE,
    )
    write_expected(SHEF_NAME, meta, [])
    return typo_row


if __name__ == "__main__":
    print("norfolk actions:", build_norfolk())
    print("ctm actions:", build_ctm())
    print("pembrokeshire actions:", build_pemb())
    print("broxtowe actions:", build_brox())
    print("charnwood actions:", build_charn())
    print("bridgend actions:", build_brid())
    print("sheffield refuse row:", build_shef())
