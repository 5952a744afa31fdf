#!/usr/bin/env python3
"""Build the seven zw- blind test files (set heldout588).

Run with: /work/main/.venv/bin/python zw_make.py
Writes into the folder this script lives in; touches only files named zw-*.
"""
import csv
import datetime as dt
import io
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

# ---------------------------------------------------------------- colours
FILL = {
    "B": "FF0070C0", "G": "FF00B050", "A": "FFFFC000", "R": "FFFF0000",
    "band": "FF1F3864", "head": "FFD9E1F2", "grey": "FFEDEDED",
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(code):
    return PatternFill("solid", start_color=FILL.get(code, code), end_color=FILL.get(code, code))


# =====================================================================
# 1. NHS Ayrshire & Arran – Corporate Risk Register 2025/26 (xlsx)
# =====================================================================
AA_FILE = "zw-nhs-ayrshire-and-arran-corporate-risk-register-2025-26.xlsx"
AA_TITLE = "NHS Ayrshire & Arran – Corporate Risk Register 2025/26"
AA_RISKS = [
    {
        "band": "Risk ID 698 – Failure to achieve financial balance in 2025/26 and deliver the recurring savings required by the medium-term financial plan",
        "detail": "Risk owner: Director of Finance  |  Current risk level: Very High (20)  |  Target risk level: High (12)  |  Trend since last report: ↔",
        "actions": [
            dict(ref="698.1",
                 action="Deliver the 2025/26 Cost Improvement Programme with monthly reporting of savings achieved to the Performance Governance Committee",
                 lead_cell="Director of Finance", lead=["Director of Finance"],
                 orig=D(2026, 3, 31), rev=None, end="2026-03", status_cell="G", status="green",
                 update="£14.2m of £21.0m savings identified; £8.9m delivered to month 6."),
            dict(ref="698.2",
                 action="Complete the review of supplementary staffing spend and implement the agency nursing reduction plan across acute sites",
                 lead_cell="Nurse Director; Director of Acute Services", lead=["Nurse Director", "Director of Acute Services"],
                 orig=D(2025, 9, 30), rev=D(2025, 12, 31), end="2025-12", status_cell="A", status="amber",
                 update="Off-framework agency use eliminated from August 2025. Bank-first approach being embedded; revised date agreed by CMT."),
            dict(ref="698.3",
                 action="Agree the 2026/27 to 2028/29 medium-term financial plan with Scottish Government",
                 lead_cell="Director of Finance", lead=["Director of Finance"],
                 orig="March 2026", rev=None, end="2026-03", status_cell="G", status="green",
                 update="Draft financial plan submitted to Scottish Government on 17 October 2025."),
        ],
    },
    {
        "band": "Risk ID 742 – Sustained overcrowding in the Emergency Departments at University Hospital Crosshouse and University Hospital Ayr leading to patient harm",
        "detail": "Risk owner: Director of Acute Services  |  Current risk level: Very High (20)  |  Target risk level: High (12)  |  Trend since last report: ↔",
        "actions": [
            dict(ref="742.1",
                 action="Implement the Flow Navigation Centre ‘call before you convey’ pathway with the Scottish Ambulance Service",
                 lead_cell="Assistant Director – Unscheduled Care", lead=["Assistant Director – Unscheduled Care"],
                 orig=D(2025, 6, 30), rev=None, end="2025-06", status_cell="B", status="blue",
                 update="Pathway live from 2 June 2025; 14% of ambulance conveyances redirected in Q2."),
            dict(ref="742.2",
                 action="Open the 20-bed Combined Assessment Unit at University Hospital Crosshouse",
                 lead_cell="Director of Acute Services / Director of Infrastructure and Support Services",
                 lead=["Director of Acute Services", "Director of Infrastructure and Support Services"],
                 orig=D(2026, 1, 31), rev=D(2026, 4, 30), end="2026-04", status_cell="R", status="red",
                 update="Building warrant delayed; contractor programme revised. Interim 12-trolley area in use."),
            dict(ref="742.3",
                 action="Reduce delayed discharges to the national target through the Home First programme with East, North and South Ayrshire HSCPs",
                 lead_cell="Directors of Health and Social Care (East, North and South Ayrshire)",
                 lead=["Directors of Health and Social Care (East, North and South Ayrshire)"],
                 orig="Ongoing – monthly review at Whole System Unscheduled Care Board", rev=None,
                 end=None, end_text="Ongoing – monthly review at Whole System Unscheduled Care Board",
                 status_cell="A", status="amber",
                 update="Delays reduced from 187 to 152 since April; target of 120 not yet met."),
        ],
    },
    {
        "band": "Risk ID 775 – Inability to recruit and retain sufficient registered nursing and medical staff to maintain safe staffing levels",
        "detail": "Risk owner: Director of People  |  Current risk level: High (12)  |  Target risk level: Moderate (6)  |  Trend since last report: ↓",
        "actions": [
            dict(ref="775.1",
                 action="Fully implement the real-time staffing tool required by the Health and Care (Staffing) (Scotland) Act 2019 in all inpatient wards",
                 lead_cell="Nurse Director", lead=["Nurse Director"],
                 orig=D(2025, 3, 31), rev=D(2025, 12, 31), end="2025-12", status_cell="A", status="amber",
                 update="In use in 41 of 56 wards. Mental health wards to go live in November/December."),
            dict(ref="775.2",
                 action="Deliver the international recruitment campaign for 40 registered nurses and 6 radiographers",
                 lead_cell="Head of Recruitment", lead=["Head of Recruitment"],
                 orig=D(2025, 10, 31), rev=None, end="2025-10", status_cell="B", status="blue",
                 update="46 appointments made; final cohort started 13 October 2025."),
        ],
    },
    {
        "band": "Risk ID 811 – Cyber attack resulting in loss of critical clinical and business systems",
        "detail": "Risk owner: Director of Digital Services  |  Current risk level: Very High (15)  |  Target risk level: High (10)  |  Trend since last report: ↔",
        "actions": [
            dict(ref="811.1",
                 action="Achieve compliance with the Scottish Public Sector Cyber Resilience Framework following the 2024/25 NIS audit",
                 lead_cell="Director of Digital Services", lead=["Director of Digital Services"],
                 orig="Q4 2025/26", rev=None, end="2026-03", status_cell="G", status="green",
                 update="78% compliant at October 2025 (61% at the NIS audit)."),
            dict(ref="811.2",
                 action="Complete the annual business continuity exercise for loss of TrakCare and EMIS, including paper downtime procedures",
                 lead_cell="Head of Resilience", lead=["Head of Resilience"],
                 orig="Feb-26", rev=None, end="2026-02", status_cell="", status="unrated",
                 update="Exercise scheduled for February 2026."),
        ],
    },
]


def build_aa(path):
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = AA_TITLE
    cov["A1"].font = Font(bold=True, size=16, color="FF1F3864")
    cov["A3"] = "Report to: Risk and Resilience Scrutiny and Assurance Forum (RARSAF)"
    cov["A4"] = "Position as at: 31 October 2025"
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comment"),
            ("0.1", "08/10/2025", "Corporate Risk Manager", "Draft for Corporate Management Team review"),
            ("1.0", "31/10/2025", "Corporate Risk Manager", "Approved by CMT for submission to RARSAF")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("head")
    cov["A11"] = "Risk level (likelihood × impact)"
    cov["A11"].font = Font(bold=True)
    for i, (a, b) in enumerate([("1 – 3", "Low"), ("4 – 6", "Moderate"), ("8 – 12", "High"), ("15 – 25", "Very High")]):
        cov.cell(row=12 + i, column=1, value=a).border = BOX
        cov.cell(row=12 + i, column=2, value=b).border = BOX
    cov["A17"] = "Action status key"
    cov["A17"].font = Font(bold=True)
    for i, (a, b) in enumerate([("B", "Complete"), ("G", "On track – will meet target date"),
                                ("A", "At risk of slippage"), ("R", "Off track / past target date"),
                                ("", "Blank – not yet started")]):
        c = cov.cell(row=18 + i, column=1, value=a or None)
        c.border = BOX
        c.alignment = Alignment(horizontal="center")
        if a:
            c.fill = fill(a)
        cov.cell(row=18 + i, column=2, value=b).border = BOX
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 34
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = AA_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Very High and High graded corporate risks – further actions and progress, position at 31 October 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Further action required", "Action owner", "Original target date",
             "Revised target date", "Status", "Progress update (October 2025)"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("head")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    for risk in AA_RISKS:
        ws.cell(row=r, column=1, value=risk["band"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFFFF")
        ws.cell(row=r, column=1).fill = fill("band")
        ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 30
        r += 1
        ws.cell(row=r, column=1, value=risk["detail"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).font = Font(italic=True)
        ws.cell(row=r, column=1).fill = fill("grey")
        r += 1
        for a in risk["actions"]:
            vals = [a["ref"], a["action"], a["lead_cell"], a["orig"], a["rev"],
                    a["status_cell"] or None, a["update"]]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            sc = ws.cell(row=r, column=6)
            sc.alignment = Alignment(horizontal="center", vertical="top")
            if a["status_cell"]:
                sc.fill = fill(a["status_cell"])
                sc.font = Font(bold=True, color="FFFFFFFF" if a["status_cell"] in "BR" else "FF000000")
            r += 1
    for col, w in zip("ABCDEFG", [8, 58, 30, 14, 14, 9, 52]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of further actions by status"
    sm["A1"].font = Font(bold=True)
    counts = {}
    for risk in AA_RISKS:
        for a in risk["actions"]:
            counts[a["status_cell"]] = counts.get(a["status_cell"], 0) + 1
    rows = [("Status", "Number of actions"), ("Complete (B)", counts.get("B", 0)),
            ("On track (G)", counts.get("G", 0)), ("At risk (A)", counts.get("A", 0)),
            ("Off track (R)", counts.get("R", 0)), ("Not yet started", counts.get("", 0)),
            ("Total", sum(counts.values()))]
    for i, (a, b) in enumerate(rows):
        sm.cell(row=3 + i, column=1, value=a).border = BOX
        sm.cell(row=3 + i, column=2, value=b).border = BOX
    sm["A11"] = "Risks by current level: Very High 3; High 1. No risks closed since the last report."
    sm.column_dimensions["A"].width = 24
    sm.column_dimensions["B"].width = 20
    wb.save(path)


# =====================================================================
# 2. Ysgol Hafod Lôn – Estyn post-inspection action plan (docx)
# =====================================================================
YHL_FILE = "zw-ysgol-hafod-lon-estyn-post-inspection-action-plan.docx"
YHL_TITLE = "Ysgol Hafod Lôn – Post-inspection Action Plan"
YHL_RECS = [
    {
        "heading": "R1: Strengthen the use of assessment information to plan the next steps in pupils’ learning, including for pupils with the most complex needs",
        "actions": [
            dict(ref="1.1",
                 action="Introduce a whole-school tracking system aligned with the Routes for Learning and Engagement Steps frameworks",
                 lead_cell="DHT", lead=["DHT"], time="Autumn term 2025", end="2025-12",
                 success="All pupils have a baseline and termly progress record on the tracker",
                 monitor="HT / Curriculum Committee – termly", rag="G", status="green"),
            dict(ref="1.2",
                 action="Provide professional learning for all teachers and teaching assistants on using assessment information to set individual next steps",
                 lead_cell="DHT / ALNCo", lead=["DHT", "ALNCo"], time="September 2025 – July 2026", end="2026-07",
                 success="Individual next steps are specific and reviewed at least half-termly in all classes",
                 monitor="SLT learning walks – half-termly", rag="A", status="amber"),
            dict(ref="1.3",
                 action="Carry out termly book looks and learning walks focused on the quality of next steps",
                 lead_cell="SLT", lead=["SLT"], time="Termly", end=None, end_text="Termly",
                 success="Monitoring reports show consistent practice in at least 90% of classes",
                 monitor="HT report to governors – termly", rag="G", status="green"),
        ],
    },
    {
        "heading": "R2: Improve opportunities for pupils to develop their Welsh language and communication skills across the school day",
        "actions": [
            dict(ref="2.1",
                 action="Appoint a Welsh language champion and agree a whole-school Siarter Iaith action plan",
                 lead_cell="HT", lead=["HT"], time="June 2025", end="2025-06",
                 success="Siarter Iaith plan agreed by staff and governors",
                 monitor="Governing body – June 2025", rag="B", status="blue"),
            dict(ref="2.2",
                 action="Introduce daily ‘Helpwr Heddiw’ routines in every class to model incidental Welsh",
                 lead_cell="Welsh language champion", lead=["Welsh language champion"], time="Autumn term 2025", end="2025-12",
                 success="Routines observed in all classes during learning walks",
                 monitor="Welsh language champion – half-termly", rag="G", status="green"),
            dict(ref="2.3",
                 action="Work with the Gwynedd Language Centre to provide Welsh lessons for teaching assistants who are not yet confident Welsh speakers",
                 lead_cell="HT/Welsh language champion", lead=["HT", "Welsh language champion"], time="By July 2026", end="2026-07",
                 success="All TAs have completed at least the entry-level course",
                 monitor="HT – termly", rag="", status="unrated"),
        ],
    },
    {
        "heading": "R3: Ensure that the governing body has a robust understanding of the school’s strengths and areas for development",
        "actions": [
            dict(ref="3.1",
                 action="Establish a Standards and Quality sub-committee of the governing body that meets each half term",
                 lead_cell="Chair of Governors", lead=["Chair of Governors"], time="September 2025", end="2025-09",
                 success="Sub-committee minutes show governors challenging progress data",
                 monitor="Full governing body – termly", rag="B", status="blue"),
            dict(ref="3.2",
                 action="Arrange governor link visits to classes, with written reports to the full governing body",
                 lead_cell="Chair of Governors; HT", lead=["Chair of Governors", "HT"], time="December 2025", end="2025-12",
                 success="Each governor has completed at least one link visit",
                 monitor="Clerk to governors – termly", rag="A", status="amber"),
        ],
    },
]

SHADE = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if align:
        p.alignment = align


def build_yhl(path):
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    d.add_heading(YHL_TITLE, 0)
    d.add_paragraph("Cynllun Gweithredu Ôl-arolwg")
    info = d.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [("School", "Ysgol Hafod Lôn, Penrhyndeudraeth"),
                 ("Local authority", "Cyngor Gwynedd"),
                 ("Estyn core inspection", "10–13 March 2025"),
                 ("Plan approved by governing body", "19 May 2025"),
                 ("Progress update", "15 October 2025")]:
        row = info.add_row().cells
        set_cell(row[0], a, bold=True, size=10)
        set_cell(row[1], b, size=10)
    d.add_paragraph()
    d.add_paragraph("RAG key: B = complete; G = on track; A = some slippage – action needed; "
                    "R = not on track. Cells left white have not yet started.")
    heads = ["Ref", "Action", "Lead", "Timescale", "Success criteria",
             "Monitoring (who / when)", "RAG"]
    widths = [Cm(1.2), Cm(7.5), Cm(3.0), Cm(3.2), Cm(5.5), Cm(4.0), Cm(1.4)]
    for rec in YHL_RECS:
        d.add_heading(rec["heading"], 2)
        t = d.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9E2F3")
        for a in rec["actions"]:
            cells = t.add_row().cells
            vals = [a["ref"], a["action"], a["lead_cell"], a["time"], a["success"], a["monitor"], a["rag"]]
            for j, v in enumerate(vals):
                set_cell(cells[j], v, align=WD_ALIGN_PARAGRAPH.CENTER if j == 6 else None)
            if a["rag"]:
                shade(cells[6], SHADE[a["rag"]])
        for row in t.rows:
            for j, c in enumerate(row.cells):
                c.width = widths[j]
        d.add_paragraph()
    d.add_paragraph("Signed on behalf of the governing body:")
    s = d.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for i, who in enumerate(["Headteacher", "Chair of Governors"]):
        set_cell(s.rows[i].cells[0], who, bold=True, size=10)
        set_cell(s.rows[i].cells[1], "Signature: ____________________", size=10)
        set_cell(s.rows[i].cells[2], "Date: 19/05/2025", size=10)
    d.save(path)


# =====================================================================
# 3. Newry High School – ETI inspection action plan (docx)
# =====================================================================
NHS_FILE = "zw-newry-high-school-eti-inspection-action-plan.docx"
NHS_TITLE = "Newry High School: Action Plan in response to the ETI Inspection (November 2024)"
NHS_AFIS = [
    {
        "band": "Area for Improvement 1: Improve the consistency of the quality of learning and teaching at key stage 3, so that all pupils are challenged to achieve their potential.",
        "actions": [
            dict(ref="1.1",
                 action="Agree and implement a whole-school learning and teaching policy with clear expectations for questioning and feedback",
                 lead_cell="Mrs C. Rafferty (VP Curriculum)", lead=["Mrs C. Rafferty (VP Curriculum)"],
                 time="April 2025", end="2025-04",
                 evidence="Policy ratified by the Board of Governors; staff survey shows shared understanding",
                 rag="Complete", status="blue"),
            dict(ref="1.2",
                 action="Introduce a programme of paired lesson observations and coaching for all KS3 teachers",
                 lead_cell="Mrs C. Rafferty / Mr D. Magennis", lead=["Mrs C. Rafferty", "Mr D. Magennis"],
                 time="Sept 2025 – June 2026", end="2026-06",
                 evidence="Observation records show at least 85% of lessons good or better",
                 rag="Green", status="green"),
            dict(ref="1.3",
                 action="Heads of Department to moderate KS3 assessment tasks each term and report outcomes to SLT",
                 lead_cell="Heads of Department", lead=["Heads of Department"],
                 time="Termly", end=None, end_text="Termly",
                 evidence="Moderation minutes; consistent standards across departments",
                 rag="Amber", status="amber"),
        ],
    },
    {
        "band": "Area for Improvement 2: Develop further the use of data by middle leaders to identify and address underachievement.",
        "actions": [
            dict(ref="2.1",
                 action="Provide training for middle leaders on the school's data tracking system (SIMS Assessment and GL Progress Test data)",
                 lead_cell="Mr D. Magennis (Data Manager)", lead=["Mr D. Magennis (Data Manager)"],
                 time="31/03/2025", end="2025-03",
                 evidence="All middle leaders able to generate and interpret class and cohort reports",
                 rag="Complete", status="blue"),
            dict(ref="2.2",
                 action="Middle leaders to produce an intervention plan for identified underachieving pupils in Years 8–10 and review its impact each term",
                 lead_cell="Heads of Department and Heads of Year", lead=["Heads of Department", "Heads of Year"],
                 time="Jan 2026", end="2026-01",
                 evidence="Intervention plans in place; reduction in the number of pupils below target",
                 rag="Amber", status="amber"),
        ],
    },
    {
        "band": "Area for Improvement 3: Ensure that the arrangements for the pastoral care of pupils, including the follow-up of poor attendance, are applied consistently.",
        "actions": [
            dict(ref="3.1",
                 action="Revise the attendance policy and introduce weekly attendance review meetings with the Education Welfare Officer",
                 lead_cell="Mrs A. Quinn (Head of Pastoral Care)", lead=["Mrs A. Quinn (Head of Pastoral Care)"],
                 time="May 2025", end="2025-05",
                 evidence="Attendance improves to 93% or above; persistent absence reduced",
                 rag="Complete", status="blue"),
            dict(ref="3.2",
                 action="Deliver refresher training for form tutors on recording pastoral concerns on the school's MIS",
                 lead_cell="Mrs A. Quinn", lead=["Mrs A. Quinn"],
                 time="Ongoing", end=None, end_text="Ongoing",
                 evidence="Audit of records shows concerns logged and followed up within 48 hours",
                 rag="Green", status="green"),
        ],
    },
]
NHS_SHADE = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def build_nhs(path):
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    p = d.add_paragraph()
    run = p.add_run(NHS_TITLE)
    run.bold = True
    run.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("Submitted by the Board of Governors to the Department of Education, February 2025. "
                    "Progress updated for the Board of Governors meeting of 17 June 2025.")
    heads = ["No.", "Action to be taken", "Person(s) responsible", "Timescale",
             "Success criteria / Evidence", "RAG (June 2025)"]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(t.rows[0].cells[j], h, bold=True, size=10)
        shade(t.rows[0].cells[j], "BDD7EE")
    for afi in NHS_AFIS:
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        set_cell(m, afi["band"], bold=True, size=10)
        shade(m, "F2F2F2")
        for a in afi["actions"]:
            cells = t.add_row().cells
            vals = [a["ref"], a["action"], a["lead_cell"], a["time"], a["evidence"], a["rag"]]
            for j, v in enumerate(vals):
                set_cell(cells[j], v, size=10)
            shade(cells[5], NHS_SHADE[a["rag"]])
    d.add_paragraph()
    d.add_paragraph("Key: Complete – action achieved; Green – on track; Amber – progress slower than planned; "
                    "Red – not started or significant concern.")
    d.add_paragraph()
    s = d.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.rows[0].cells[0], "Chairperson, Board of Governors: ______________________", size=10)
    set_cell(s.rows[0].cells[1], "Date: ____________", size=10)
    set_cell(s.rows[1].cells[0], "Principal: ______________________", size=10)
    set_cell(s.rows[1].cells[1], "Date: ____________", size=10)
    d.save(path)


# =====================================================================
# 4. North Wales Police – HMICFRS vetting/misconduct tracker (csv)
# =====================================================================
NWP_FILE = "zw-north-wales-police-hmicfrs-vetting-misconduct-recommendations-tracker.csv"
NWP_TITLE = ("North Wales Police – HMICFRS: An inspection of vetting, misconduct, and misogyny in the "
             "police service (November 2022) – Recommendations Tracker")
NWP_R2 = ("Recommendation 2: By 30 April 2023, chief constables should make sure that vetting decisions "
          "for applicants with adverse information, including allegations of violence against women and "
          "girls, are reviewed and the rationale for the decision is fully recorded.")
NWP_R9 = ("Recommendation 9: By 31 October 2023, chief constables should establish a process to check the "
          "Police National Database periodically for all officers and staff, to identify information that "
          "may affect their vetting status.")
NWP_R14 = ("Recommendation 14: By 31 March 2024, chief constables should make sure that allegations of "
           "sexual misconduct are investigated by suitably trained and experienced investigators.")
NWP_R21 = ("Recommendation 21: By 31 October 2023, chief constables should make sure that the workforce "
           "has an effective and confidential means of reporting misogynistic and predatory behaviour.")
NWP_ROWS = [
    dict(ref="VMM-02-01", under=NWP_R2,
         action="Introduce a mandatory second-level review by the Force Vetting Manager for all applications with adverse information relating to violence against women and girls",
         lead_cell="Head of Vetting", lead=["Head of Vetting"], orig="30/04/2023", rev="", end="2023-04",
         rag="Blue", status="blue", update="Process live since April 2023; dip-sampled quarterly by PSD."),
    dict(ref="VMM-02-02", under=NWP_R2,
         action="Update the vetting decision template so that the decision maker records how all adverse information has been considered",
         lead_cell="Hughes, Rhian", lead=["Hughes, Rhian"], orig="31/03/2023", rev="30/06/2023", end="2023-06",
         rag="Blue", status="blue", update="New template in use from 1 June 2023."),
    dict(ref="VMM-09-01", under=NWP_R9,
         action="Develop and implement an automated periodic PND check of all officers, staff and volunteers",
         lead_cell="Head of Professional Standards; Head of Information Management",
         lead=["Head of Professional Standards", "Head of Information Management"],
         orig="31/10/2023", rev="31/03/2026", end="2026-03",
         rag="Amber", status="amber",
         update="National solution delayed by the Home Office. Interim manual checks of high-risk roles in place."),
    dict(ref="VMM-09-02", under=NWP_R9,
         action="Carry out a one-off check of the whole workforce against the PND as part of the national data wash",
         lead_cell="Det Supt Professional Standards", lead=["Det Supt Professional Standards"],
         orig="31/01/2024", rev="", end="2024-01",
         rag="Blue", status="blue", update="Completed January 2024; 11 referrals assessed, 2 misconduct investigations."),
    dict(ref="VMM-14-01", under=NWP_R14,
         action="Create a dedicated Counter Corruption Unit investigator post for sexual misconduct cases",
         lead_cell="Det Supt R. Ellis-Jones", lead=["Det Supt R. Ellis-Jones"],
         orig="31/03/2024", rev="31/12/2025", end="2025-12",
         rag="Red", status="red", update="Post advertised twice without success; third campaign under way."),
    dict(ref="VMM-14-02", under=NWP_R14,
         action="Deliver misogyny and sexual misconduct awareness training to all PSD investigators",
         lead_cell="PSD Training Lead & Head of Learning and Development",
         lead=["PSD Training Lead", "Head of Learning and Development"],
         orig="Q3 2025/26", rev="", end="2025-12",
         rag="Green", status="green", update="Two of three cohorts trained; final cohort booked for November."),
    dict(ref="VMM-21-01", under=NWP_R21,
         action="Launch the confidential \"Speak Up\" reporting line and publicise it through the force intranet",
         lead_cell="Head of Corporate Communications", lead=["Head of Corporate Communications"],
         orig="31/10/2023", rev="", end="2023-10",
         rag="Blue", status="blue", update="Launched 2 October 2023."),
    dict(ref="VMM-21-02", under=NWP_R21,
         action="Evaluate the use and outcomes of the Speak Up reporting line and report to the Professional Standards Strategic Board",
         lead_cell="Head of Professional Standards", lead=["Head of Professional Standards"],
         orig="Annual review", rev="", end=None, end_text="Annual review",
         rag="Green", status="green", update="2024/25 evaluation reported in May 2025; 37 reports received."),
]


def build_nwp(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([NWP_TITLE])
    w.writerow(["Extracted from 4Action on 14/11/2025 – OFFICIAL"])
    w.writerow([])
    w.writerow(["Action ID", "Recommendation", "Action", "Action Owner", "Original Due Date",
                "Revised Due Date", "RAG", "Latest Update"])
    for a in NWP_ROWS:
        w.writerow([a["ref"], a["under"], a["action"], a["lead_cell"], a["orig"], a["rev"], a["rag"], a["update"]])
    w.writerow([])
    cnt = {}
    for a in NWP_ROWS:
        cnt[a["rag"]] = cnt.get(a["rag"], 0) + 1
    w.writerow(["Summary: %d Blue, %d Green, %d Amber, %d Red (%d actions)" % (
        cnt.get("Blue", 0), cnt.get("Green", 0), cnt.get("Amber", 0), cnt.get("Red", 0), len(NWP_ROWS))])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# =====================================================================
# 5. Comhairle nan Eilean Siar – Ardseileach Care Home CI plan (txt, TSV)
# =====================================================================
CNES_FILE = "zw-comhairle-nan-eilean-siar-ardseileach-care-home-care-inspectorate-improvement-plan.txt"
CNES_TITLE = "Comhairle nan Eilean Siar – Ardseileach Care Home – Care Inspectorate Improvement Plan"
CNES_REQ1 = ("Requirement 1 – By 31 March 2025, the provider must ensure that people's medication is managed "
             "safely. In particular, the provider must: a) ensure that 'as required' medication protocols are in "
             "place and reviewed; b) ensure accurate recording of the application of topical medication.")
CNES_REQ2 = ("Requirement 2 – By 30 April 2025, the provider must ensure that personal plans reflect people's "
             "current health and care needs and are reviewed at least every six months.")
CNES_AFI1 = ("Area for improvement 1 – To support people's wellbeing, the provider should increase opportunities "
             "for people to take part in meaningful activity, including activities outside the home and in Gaelic.")
CNES_AFI2 = ("Area for improvement 2 – The provider should ensure that the environment is maintained to a good "
             "standard, including replacing worn flooring in the Seaforth unit.")
CNES_ROWS = [
    dict(ref="R1.1", under=CNES_REQ1, show=True,
         action="Review all 'as required' (PRN) protocols with the GP practice and community pharmacist",
         lead_cell="Depute Manager", lead=["Depute Manager"], time="28/02/2025", end="2025-02",
         update="All 31 PRN protocols reviewed and signed off 24/02/2025.", rag="Complete", status="blue"),
    dict(ref="R1.2", under=CNES_REQ1, show=False,
         action="Introduce body maps and topical MAR charts in all units",
         lead_cell="Senior Carers", lead=["Senior Carers"], time="31/03/2025", end="2025-03",
         update="In place in all three units from 10/03/2025.", rag="Complete", status="blue"),
    dict(ref="R1.3", under=CNES_REQ1, show=False,
         action="Carry out monthly medication audits and report findings to the Service Manager",
         lead_cell="Depute Manager / Senior Pharmacist", lead=["Depute Manager", "Senior Pharmacist"],
         time="Monthly", end=None, end_text="Monthly",
         update="Audits completed each month since March; error rate reduced from 6% to 1%.", rag="Green", status="green"),
    dict(ref="R2.1", under=CNES_REQ2, show=True,
         action="Audit all personal plans and agree a rolling six-monthly review schedule",
         lead_cell="Care Home Manager", lead=["Care Home Manager"], time="30/04/2025", end="2025-04",
         update="92% of plans reviewed; remaining reviews booked for October.", rag="Amber", status="amber"),
    dict(ref="R2.2", under=CNES_REQ2, show=False,
         action="Provide training for keyworkers on outcome-focused personal planning",
         lead_cell="Care Home Manager and Practice Development Nurse",
         lead=["Care Home Manager", "Practice Development Nurse"], time="June 2025", end="2025-06",
         update="Two sessions delivered; 28 of 30 keyworkers attended.", rag="Complete", status="blue"),
    dict(ref="A1.1", under=CNES_AFI1, show=True,
         action="Appoint a second activities co-ordinator to cover evenings and weekends",
         lead_cell="Service Manager – Residential Care", lead=["Service Manager – Residential Care"],
         time="August 2025", end="2025-08",
         update="Post filled; started 4 August 2025.", rag="Complete", status="blue"),
    dict(ref="A1.2", under=CNES_AFI1, show=False,
         action="Develop links with the local historical society, Gaelic groups and churches for regular community outings",
         lead_cell="Activities Co-ordinators", lead=["Activities Co-ordinators"], time="Ongoing", end=None,
         end_text="Ongoing",
         update="Fortnightly outings in place; Gaelic singing group visits weekly.", rag="Green", status="green"),
    dict(ref="A2.1", under=CNES_AFI2, show=True,
         action="Replace flooring in the Seaforth unit corridors and lounge",
         lead_cell="CnES Property Services", lead=["CnES Property Services"], time="Sept 2025 – Mar 2026",
         end="2026-03",
         update="Contract awarded; works phased to limit disruption to residents.", rag="Amber", status="amber"),
]


def build_cnes(path):
    lines = [
        CNES_TITLE,
        "Following the unannounced inspection of 14–16 January 2025",
        "Care service number: CS2003009911",
        "Plan updated: 30 September 2025 (for the Western Isles IJB Clinical and Care Governance Committee)",
        "",
        "\t".join(["Ref", "Requirement / Area for improvement", "Action", "Lead", "Timescale",
                   "Progress update", "RAG"]),
    ]
    for a in CNES_ROWS:
        lines.append("\t".join([a["ref"], a["under"] if a["show"] else "", a["action"], a["lead_cell"],
                                a["time"], a["update"], a["rag"]]))
    cnt = {}
    for a in CNES_ROWS:
        cnt[a["rag"]] = cnt.get(a["rag"], 0) + 1
    lines += [
        "",
        "RAG key: Complete = action completed and evidenced; Green = on track; Amber = delayed but recoverable; Red = at risk",
        "Summary: %d Complete, %d Green, %d Amber, %d Red (%d actions)" % (
            cnt.get("Complete", 0), cnt.get("Green", 0), cnt.get("Amber", 0), cnt.get("Red", 0), len(CNES_ROWS)),
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# =====================================================================
# 6. Antrim and Newtownabbey BC – Audit and Risk Committee action log (xlsx)
# =====================================================================
ANBC_FILE = "zw-antrim-and-newtownabbey-bc-audit-and-risk-committee-action-log.xlsx"
ANBC_TITLE = "Antrim and Newtownabbey Borough Council – Audit and Risk Committee Action Log"
ANBC_OPEN = [
    ("Meeting of 11 March 2025", [
        dict(ref="AR/25/03",
             action="Provide the Committee with a timetable for closing the outstanding procurement recommendations from the 2023/24 internal audit of contract management",
             lead_cell="Director of Finance and Governance", lead=["Director of Finance and Governance"],
             date=D(2025, 6, 30), fmt="dd/mm/yyyy", end="2025-06", fillc="R", status="red",
             update="Revised timetable to be presented to the December meeting."),
    ]),
    ("Meeting of 10 June 2025", [
        dict(ref="AR/25/07",
             action="Circulate the updated Corporate Risk Register to Members ahead of the September meeting",
             lead_cell="Head of Performance and Transformation", lead=["Head of Performance and Transformation"],
             date="Next meeting", fmt=None, end=None, end_text="Next meeting", fillc="G", status="blue",
             update="Circulated 1 September 2025. To be removed from the log."),
        dict(ref="AR/25/08",
             action="Report on the outcome of the NIAO review of the Council's cyber security arrangements",
             lead_cell="Head of ICT; Head of Governance", lead=["Head of ICT", "Head of Governance"],
             date=D(2025, 12, 31), fmt="dd/mm/yyyy", end="2025-12", fillc="A", status="amber",
             update="NIAO fieldwork complete; draft findings expected November."),
    ]),
    ("Meeting of 9 September 2025", [
        dict(ref="AR/25/11",
             action="Bring a report on the refreshed fraud risk assessment, including the outcome of the National Fraud Initiative matches",
             lead_cell="Audit, Risk and Governance Manager", lead=["Audit, Risk and Governance Manager"],
             date=D(2025, 12, 2), fmt="dd/mm/yyyy", end="2025-12", fillc="A", status="amber",
             update="NFI matches being worked through; 64% reviewed."),
        dict(ref="AR/25/12",
             action="Arrange a training session for Members on the Council's risk appetite statement",
             lead_cell="Director of Finance and Governance", lead=["Director of Finance and Governance"],
             date=D(2026, 1, 31), fmt="mmm-yy", end="2026-01", fillc="", status="unrated",
             update=""),
    ]),
]
ANBC_CLOSED = [
    ("Meeting of 11 March 2025", [
        dict(ref="AR/25/01",
             action="Confirm to Members that the whistleblowing policy has been updated to reflect the latest public interest disclosure guidance",
             lead_cell="Head of Human Resources", lead=["Head of Human Resources"],
             date=D(2025, 5, 31), fmt="dd/mm/yyyy", end="2025-05", fillc="G", status="blue",
             update="Confirmed by email to Members 20 May 2025. Closed at June meeting."),
        dict(ref="AR/25/02",
             action="Add columns showing the original and revised target dates to the internal audit follow-up report",
             lead_cell="Audit, Risk and Governance Manager", lead=["Audit, Risk and Governance Manager"],
             date="June 2025", fmt=None, end="2025-06", fillc="G", status="blue",
             update="Included in the June 2025 follow-up report. Closed."),
    ]),
    ("Meeting of 10 June 2025", [
        dict(ref="AR/25/06",
             action="Provide a briefing note on the increase in insurance claims relating to the leisure estate",
             lead_cell="Director of Community Planning", lead=["Director of Community Planning"],
             date=D(2025, 7, 31), fmt="dd/mm/yyyy", end="2025-07", fillc="G", status="blue",
             update="Briefing note issued 24 July 2025. Closed at September meeting."),
    ]),
]


def _anbc_sheet(ws, title, subtitle, groups):
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = subtitle
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Status key (cell colour):"
    for col, (code, txt) in zip("CDE", [("G", "Action complete"), ("A", "In progress"), ("R", "Overdue")]):
        ws[col + "3"] = "Green = " + txt if code == "G" else ("Amber = " + txt if code == "A" else "Red = " + txt)
        ws[col + "3"].fill = fill(code)
    heads = ["Action No.", "Action required", "Responsible officer", "Target date", "Status", "Update"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF00558C")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    r = 6
    for band, acts in groups:
        ws.cell(row=r, column=1, value=band)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("FFDDEBF7")
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["lead_cell"], a["date"], None, a["update"] or None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if a["fmt"]:
                ws.cell(row=r, column=4).number_format = a["fmt"]
            if a["fillc"]:
                ws.cell(row=r, column=5).fill = fill(a["fillc"])
            r += 1
    for col, w in zip("ABCDEF", [12, 62, 34, 14, 10, 50]):
        ws.column_dimensions[col].width = w


def build_anbc(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Open actions"
    _anbc_sheet(ws, ANBC_TITLE, "Updated following the meeting of 9 September 2025", ANBC_OPEN)
    ws2 = wb.create_sheet("Closed actions")
    _anbc_sheet(ws2, "Audit and Risk Committee – Closed Actions 2025/26",
                "Actions agreed as complete and closed by the Committee", ANBC_CLOSED)
    wb.save(path)


# =====================================================================
# 7. Shetland IJB – annual audit report 2024/25 action plan (xlsx, refuse)
# =====================================================================
SIJB_FILE = "zw-shetland-ijb-annual-audit-report-2024-25-action-plan-typo-month-refuse.xlsx"
SIJB_TITLE = "Shetland Islands Integration Joint Board – 2024/25 Annual Audit Report: Action Plan and Progress Update"
SIJB_ROWS = [
    ("1", "Medium-term financial plan\nThe IJB’s medium-term financial plan has not been updated since March 2023 and does not reflect the projected funding gap of £7.1 million by 2027/28.",
     "The IJB should update its medium-term financial plan and set out how the projected funding gap will be closed.",
     "An updated medium-term financial plan, including a savings and transformation programme, will be presented to the IJB.",
     "Chief Financial Officer", "March 2026", None,
     "Draft plan considered at IJB development session on 15 October 2025.", "G"),
    ("2", "Savings delivery\nOnly £0.9 million of the £2.3 million savings target for 2024/25 was delivered on a recurring basis.",
     "The IJB should receive regular reports on the delivery of each savings proposal, distinguishing recurring and non-recurring savings.",
     "Quarterly financial monitoring reports to the IJB will include a savings delivery schedule.",
     "Chief Financial Officer", "December 2025", None,
     "Savings schedule included in the Q1 and Q2 monitoring reports.", "G"),
    ("3", "Directions\nDirections issued to Shetland Islands Council and NHS Shetland are not sufficiently specific about the services to be delivered and the resources allocated.",
     "The IJB should review its directions to ensure they are specific, time-bound and linked to the budget.",
     "Revised directions policy and templates to be agreed and all directions re-issued.",
     "Chief Officer", "September 2025", "Febuary 2026",
     "Policy approved August 2025; re-issue of directions delayed to align with the 2026/27 budget.", "A"),
    ("4", "Performance reporting\nPerformance reports do not include targets or trend information for most measures.",
     "The IJB should include targets and trend analysis in its performance reports.",
     "The performance framework will be revised and reported to the Audit and Performance Committee.",
     "Head of Planning and Modernisation", "June 2026", None,
     "Framework under development with the Public Health Scotland LIST analyst.", "G"),
    ("5", "Best Value\nThe IJB has not yet reported how it demonstrates Best Value.",
     "The IJB should develop an annual Best Value self-assessment.",
     "A Best Value self-assessment will be completed and reported alongside the 2025/26 annual accounts.",
     "Chief Officer", "June 2026", None, "Not yet started.", ""),
]
SIJB_PRIOR = [
    ("b/f 1", "Workforce plan\nThe IJB’s workforce plan was not aligned with the strategic commissioning plan.",
     "The IJB should ensure workforce planning is integrated with strategic planning.",
     "Integrated workforce plan 2025–2028 to be approved.",
     "Chief Officer", "March 2025", "June 2025", "Approved by the IJB on 25 June 2025.", "B"),
    ("b/f 2", "Risk management\nThe strategic risk register had not been reviewed by the IJB for 12 months.",
     "The IJB should review its strategic risk register at least twice a year.",
     "Risk register to be reported to the Audit and Performance Committee every six months.",
     "Chief Financial Officer", "December 2024", None, "Reported in May and November 2025.", "B"),
]
SIJB_REFUSE_ROW = None  # set by build


def build_sijb(path):
    global SIJB_REFUSE_ROW
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = SIJB_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "External auditor: Audit Scotland. Progress reported to the Audit and Performance Committee, 26 November 2025."
    heads = ["No.", "Issue / risk", "Recommendation", "Agreed management action",
             "Responsible officer", "Agreed date", "Revised date", "Progress at November 2025", "Status"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("FFB4C6E7")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    r = 5

    def put(row, r):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=v if v != "" else None)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if row[-1]:
            ws.cell(row=r, column=9).fill = fill(row[-1])
            ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")

    for row in SIJB_ROWS:
        put(row, r)
        if row[6] == "Febuary 2026":
            SIJB_REFUSE_ROW = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Prior year (2023/24) recommendations – follow-up")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r, column=1).font = Font(bold=True)
    ws.cell(row=r, column=1).fill = fill("grey")
    r += 1
    for row in SIJB_PRIOR:
        put(row, r)
        r += 1
    for col, w in zip("ABCDEFGHI", [7, 44, 38, 40, 24, 14, 14, 42, 8]):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("Key")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True)
    for i, (code, txt) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Behind schedule – revised date agreed"),
                                     ("R", "Significantly delayed"), ("", "Not yet started")]):
        c = k.cell(row=3 + i, column=1, value=code or None)
        if code:
            c.fill = fill(code)
        k.cell(row=3 + i, column=2, value=txt)
    k.column_dimensions["B"].width = 40
    wb.save(path)


BUILDERS = [
    (AA_FILE, build_aa), (YHL_FILE, build_yhl), (NHS_FILE, build_nhs), (NWP_FILE, build_nwp),
    (CNES_FILE, build_cnes), (ANBC_FILE, build_anbc), (SIJB_FILE, build_sijb),
]


def main():
    for name, fn in BUILDERS:
        assert name.startswith("zw-")
        fn(os.path.join(HERE, name))
        print("wrote", name)
    print("Shetland typo row:", SIJB_REFUSE_ROW)


if __name__ == "__main__":
    main()
