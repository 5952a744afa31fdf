#!/usr/bin/env python
"""Build the seven zcs- blind test files (set heldout781).

Run with /work/main/.venv/bin/python zcs_make.py  (writes next to this script).
Only files whose names start with "zcs-" are written.
"""
import datetime as dt
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


def out(name):
    assert name.startswith("zcs-")
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F4E78"),
    "band": PatternFill("solid", fgColor="DDEBF7"),
    "teal": PatternFill("solid", fgColor="E2EFDA"),
}


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Cwm Taf YJS (hosted by Rhondda Cynon Taf CBC) - Youth Justice Plan 2025/26 delivery plan, xlsx
# ---------------------------------------------------------------------------
def make_cwm_taf_yjs():
    title = "Cwm Taf Youth Justice Service – Youth Justice Plan 2025/26: Delivery Plan"
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Rhondda Cynon Taf County Borough Council (host authority) and Merthyr Tydfil County Borough Council"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Status", "Author"),
        ("0.4", d(2025, 5, 22), "Draft for Management Board", "YJS Service Manager"),
        ("1.0", d(2025, 6, 12), "Approved by Management Board; submitted to YJB", "YJS Service Manager"),
        ("1.1", d(2025, 7, 10), "Q1 update", "YJS Performance and Information Officer"),
        ("1.2", d(2025, 9, 30), "Q2 update", "YJS Performance and Information Officer"),
    ]
    for i, r in enumerate(rows, start=5):
        for j, v in enumerate(r, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 5:
                c.font = Font(bold=True)
                c.fill = FILL["grey"]
    cov["A11"] = "Context"
    cov["A11"].font = Font(bold=True)
    cov["B11"] = ("The 2025/26 priorities carry forward the recommendations of the HM Inspectorate "
                  "of Probation inspection published in August 2024 (overall rating: Good).")
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [("blue", "Complete"), ("green", "On track"),
           ("amber", "Some slippage – revised date agreed by Board"),
           ("red", "Off track – escalated to Management Board")]
    for i, (col, txt) in enumerate(key, start=14):
        cov.cell(row=i, column=1).fill = FILL[col]
        cov.cell(row=i, column=1).border = BOX
        cov.cell(row=i, column=2, value=txt)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 30
    cov.column_dimensions["C"].width = 40
    cov.column_dimensions["D"].width = 36

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Cwm Taf YJS is hosted by Rhondda Cynon Taf CBC on behalf of Rhondda Cynon Taf "
                "and Merthyr Tydfil local authorities.")
    ws.merge_cells("A2:J2")
    ws["A3"] = "Position as at 30 September 2025"
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "Outcome we want", "Action", "Lead(s)", "Partner(s)", "Original target",
               "Revised target", "Progress update", "Previous RAG (Q1)", "Current RAG (Q2)"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX

    def band(row, text):
        ws.cell(row=row, column=1, value=text)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        ws.cell(row=row, column=1).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = FILL["grey"]

    def rec(first, last, text):
        ws.cell(row=first, column=2, value=text)
        if last > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
        ws.cell(row=first, column=2).alignment = WRAP
        ws.cell(row=first, column=2).font = Font(bold=True)

    def act(row, ref, action, lead, partner, orig, rev, prog, prev, cur):
        vals = [ref, None, action, lead, partner, orig, rev, prog, prev, None]
        for j, v in enumerate(vals, start=1):
            if j == 2:
                continue
            c = ws.cell(row=row, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        ws.cell(row=row, column=2).border = BOX
        pc = ws.cell(row=row, column=9)
        pc.fill = FILL[{"B": "blue", "G": "green", "A": "amber", "R": "red"}[prev]]
        pc.alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=row, column=10).fill = FILL[cur]   # colour only, no text

    band(6, "Priority 1: Safety from exploitation and extra-familial harm")
    rec(7, 8, "1. Partners share a clear understanding of roles and responsibilities for keeping "
              "children safe from exploitation and extra-familial harm (HMIP 2024 "
              "recommendation 1)")
    act(7, "1.1", "Co-produce a Cwm Taf exploitation and extra-familial harm framework with CTMSB, "
                  "South Wales Police, Cwm Taf Morgannwg UHB and both local authorities",
        "YJS Service Manager / CTMSB Business Manager", "CTMSB; South Wales Police; CTMUHB",
        d(2025, 6, 30), d(2025, 9, 30),
        "Draft framework considered by CTMSB Exploitation Sub-group in July 2025; sign-off "
        "delayed to allow police comments.", "A", "amber")
    act(8, "1.2", "Deliver multi-agency briefings on the framework to YJS, children's services and "
                  "education staff, and record attendance",
        "YJS Practice Development Lead", "RCT and Merthyr Tydfil children's services",
        d(2025, 12, 31), None,
        "Briefing pack drafted; sessions to be scheduled once the framework is signed off.",
        "G", "green")
    rec(9, 10, "2. The partnership understands the links between exploitation and absence from "
               "education, including for children not in mainstream education or full-time "
               "alternative provision")
    act(9, "2.1", "Match YJS caseload data with education attendance and reduced-timetable data "
                  "each month and report the findings to the Management Board",
        "YJS Performance and Information Officer", "Education inclusion services",
        d(2025, 7, 31), None,
        "Monthly data match in place since May 2025; first report to the Board in July 2025.",
        "G", "blue")
    act(10, "2.2", "Agree an escalation route with both education inclusion services for YJS "
                   "children on part-time timetables for more than six weeks",
        "Education Inclusion Lead (RCT) and Education Inclusion Lead (Merthyr Tydfil)", None,
        d(2025, 9, 30), d(2026, 1, 31),
        "Protocol drafted; awaiting agreement at Merthyr Tydfil education leadership team.",
        "A", "amber")
    rec(11, 11, "3. Learning from remands, short custodial sentences and criminal behaviour "
                "orders is formalised and applied")
    act(11, "3.1", "Complete a thematic audit of remand, custody and criminal behaviour order "
                   "cases from 2024/25 and present the learning to the Management Board and the "
                   "youth court user group",
        "Rhian Morgan & Gareth Price", "HMCTS", d(2025, 5, 31), None,
        "Audit completed May 2025; learning briefing shared with magistrates in June 2025.",
        "B", "blue")
    band(12, "Priority 2: Prevention and diversion")
    rec(13, 15, "4. Assessing and planning in out-of-court disposal cases consistently addresses "
                "keeping the child and other people safe")
    act(13, "4.1", "Revise the out-of-court disposal assessment tool so that safety and wellbeing "
                   "and risk of harm to others are explicitly considered",
        "Prevention and Diversion Team Manager", None, d(2025, 6, 30), None,
        "Revised tool in use from June 2025.", "G", "blue")
    act(14, "4.2", "Deliver practice workshops on safety planning for out-of-court disposal "
                   "practitioners\nInclude a joint session with South Wales Police Youth Bureau "
                   "officers",
        "YJS Practice Development Lead", "South Wales Police", d(2025, 8, 31), d(2025, 11, 30),
        "Two of three workshops delivered. Joint police session cancelled twice; escalated to "
        "the Management Board in September 2025.", "A", "red")
    act(15, "4.3", "Audit a sample of out-of-court disposal cases each quarter against the HMIP "
                   "standards and report the findings to the Management Board",
        "Quality Assurance Officer", None, "Quarterly", None,
        "Q1 audit: 9 of 12 cases sufficient on keeping other people safe.", "G", "green")

    ws["A17"] = "Summary"
    ws["A17"].font = Font(bold=True)
    summ = [("Blue (complete)", 3, "blue"), ("Green", 2, "green"), ("Amber", 2, "amber"),
            ("Red", 1, "red"), ("Total actions", 8, None)]
    for i, (lab, n, col) in enumerate(summ, start=18):
        ws.cell(row=i, column=1, value=lab)
        ws.cell(row=i, column=2, value=n)
        if col:
            ws.cell(row=i, column=1).fill = FILL[col]
    ws["A24"] = ("Note: previous RAG as reported to the Management Board on 10 July 2025. "
                 "Where a revised target has been agreed the original target is retained for audit.")
    widths = [7, 38, 48, 28, 24, 11, 11, 44, 11, 11]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A6"

    gl = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([("Term", "Meaning"),
                                ("CTMSB", "Cwm Taf Morgannwg Safeguarding Board"),
                                ("CTMUHB", "Cwm Taf Morgannwg University Health Board"),
                                ("OOCD", "Out-of-court disposal"),
                                ("EFH", "Extra-familial harm"),
                                ("HMIP", "HM Inspectorate of Probation"),
                                ("YJB", "Youth Justice Board for England and Wales")], start=1):
        gl.cell(row=i, column=1, value=a)
        gl.cell(row=i, column=2, value=b)
    gl["A1"].font = gl["B1"].font = Font(bold=True)
    wb.active = 1
    wb.save(out("zcs-rhondda-cynon-taf-cwm-taf-yjs-youth-justice-plan-2025-26-delivery-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Gateshead Council fostering service development plan (REFUSE), xlsx
# ---------------------------------------------------------------------------
def make_gateshead_fostering():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Development Plan 2025-26"
    ws["A1"] = "Gateshead Council Fostering Service Development Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 update for the Corporate Parenting Partnership – October 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Priority", "No.", "What we will do", "Lead", "By when", "Q2 progress", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.border = BOX
    data = [
        ("1. Recruiting more foster carers", "1.1",
         "Launch a targeted recruitment campaign for carers of teenagers and sibling groups",
         "Recruitment and Assessment Team Manager", "Sept 2025",
         "Campaign launched 1 September 2025; 14 enquiries in the first month.", "Complete"),
        (None, "1.2",
         "Reduce the average time from initial enquiry to panel approval to six months",
         "Recruitment and Assessment Team Manager", "March 2026",
         "Average currently 7.5 months; two additional assessing social workers started in "
         "August.", "On track"),
        (None, "1.3",
         "Develop a second Mockingbird constellation with an experienced hub home carer",
         "Fostering Service Manager", "Febuary 2026",
         "Expressions of interest to be sought from existing carers in Q3.", "Not started"),
        ("2. Supporting and keeping our foster carers", "2.1",
         "Refresh the foster carer learning and development offer, co-designed with the Foster "
         "Carers' Association", "Supervising Social Work Team Manager", "Dec 2025",
         "Training needs survey completed; new programme drafted.", "On track"),
        (None, "2.2",
         "Review the foster carer fees and allowances scheme and take proposals to Cabinet",
         "Fostering Service Manager / Finance Business Partner", "Q4 2025/26",
         "Benchmarking with North East authorities delayed by finance capacity.", "Delayed"),
        (None, "2.3",
         "Hold quarterly foster carer forums with the Strategic Director and Lead Member",
         "Head of Corporate Parenting", "Ongoing",
         "Forums held in June and September 2025.", "On track"),
        ("3. Kinship care", "3.1",
         "Establish a dedicated kinship assessment and support team",
         "Kinship Team Manager", "June 2026",
         "Business case to be considered in the 2026/27 budget round.", "Not started"),
        (None, "3.2",
         "Publish an updated kinship local offer on the council website",
         "Kinship Team Manager", "Oct 2025",
         "Published 24 October 2025.", "Complete"),
    ]
    for i, r in enumerate(data, start=5):
        for j, v in enumerate(r, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
        if r[0]:
            ws.cell(row=i, column=1).font = Font(bold=True)
            ws.cell(row=i, column=1).fill = FILL["teal"]
    ws["A14"] = "Status: Complete / On track / Delayed / Not started"
    ws["A14"].font = Font(italic=True)
    for j, w in enumerate([30, 6, 52, 34, 13, 46, 12], start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    m = wb.create_sheet("Measures")
    rows = [("Measure", "2024/25", "Target 2025/26", "Q2 2025/26"),
            ("Number of fostering households (in-house)", 168, 180, 171),
            ("New fostering households approved", 19, 25, 11),
            ("Foster carers deregistered", 22, 15, 6),
            ("Children in care placed with in-house carers (%)", "58%", "62%", "59%")]
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate(r, start=1):
            m.cell(row=i, column=j, value=v).border = BOX
    for c in m[1]:
        c.font = Font(bold=True)
    m.column_dimensions["A"].width = 48
    wb.save(out("zcs-gateshead-council-fostering-service-development-plan-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Carmarthenshire PSB well-being plan delivery tracker, xlsx (sheet per objective)
# ---------------------------------------------------------------------------
def make_carmarthenshire_psb():
    title = "Carmarthenshire Public Services Board – Well-being Plan 2023-28 Delivery Tracker 2025/26"
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Mid-year position – September 2025"
    s["A2"].font = Font(italic=True)
    rows = [("Well-being Objective", "Steps", "Complete", "Green", "Amber", "Red"),
            ("WBO1 – Best start in life", 3, 1, 1, 1, 0),
            ("WBO2 – Living and ageing well", 3, 0, 2, 1, 0),
            ("WBO3 – Natural environment and climate", 3, 1, 1, 0, 1),
            ("Total", 9, 2, 4, 2, 1)]
    for i, r in enumerate(rows, start=4):
        for j, v in enumerate(r, start=1):
            c = s.cell(row=i, column=j, value=v)
            c.border = BOX
            if i in (4, 8):
                c.font = Font(bold=True)
    s["A10"] = "RAG key"
    s["A10"].font = Font(bold=True)
    key = [("green", "Green – on track"), ("amber", "Amber – some risk to delivery"),
           ("red", "Red – significant risk / not progressing"),
           ("blue", "Complete – step delivered")]
    for i, (col, txt) in enumerate(key, start=11):
        s.cell(row=i, column=1, value=txt).fill = FILL[col]
    s.column_dimensions["A"].width = 44

    hdr = ["Ref", "Step", "Lead partner", "Supporting partners", "Target date",
           "Mid-year update", "RAG"]
    ragfill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}

    def sheet(name, objective, rows_):
        ws = wb.create_sheet(name)
        ws["A1"] = objective
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A1:G1")
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(row=2, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = FILL["head"]
            c.border = BOX
        r = 3
        for item in rows_:
            if isinstance(item, str):
                ws.cell(row=r, column=1, value=item)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
                ws.cell(row=r, column=1).font = Font(bold=True)
                ws.cell(row=r, column=1).fill = FILL["band"]
            else:
                for j, v in enumerate(item, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = FILL[ragfill[item[6]]]
            r += 1
        for j, w in enumerate([6, 52, 30, 30, 14, 46, 10], start=1):
            ws.column_dimensions[get_column_letter(j)].width = w

    sheet("WBO1", "Well-being Objective 1: Enabling our children and young people to have the "
                  "best start in life", [
        "Priority: Early years and family support",
        ("1.1", "Map early years and family support provision across PSB partners and identify "
                "gaps in the Amman and Gwendraeth valleys", "Carmarthenshire County Council",
         "Hywel Dda UHB; CAVS", "Dec 2025",
         "Mapping workshop held July 2025; draft gap analysis with partners.", "Green"),
        ("1.2", "Pilot a joint health visiting and Flying Start drop-in in two Llanelli wards",
         "Hywel Dda UHB & Carmarthenshire County Council", "Flying Start; Family Centres",
         d(2026, 3, 31), "Venue agreed; staffing rota not yet confirmed by the health board.",
         "Amber"),
        "Priority: Emotional health and wellbeing of young people",
        ("1.3", "Deliver youth mental health first aid training for youth workers and school "
                "support staff across the county", "Hywel Dda UHB",
         "Carmarthenshire Youth Service; Coleg Sir Gâr", "July 2025",
         "212 staff trained between April and July 2025.", "Complete"),
    ])
    sheet("WBO2", "Well-being Objective 2: Enabling our residents to live and age well", [
        "Priority: Tackling poverty and the cost of living",
        ("2.1", "Establish a single referral pathway for cost-of-living support across PSB "
                "partners", "Carmarthenshire County Council",
         "DWP; Citizens Advice Carmarthenshire", "Q3 2025/26",
         "Referral form agreed; data sharing agreement awaiting DWP sign-off.", "Amber"),
        ("2.2", "Increase take-up of Pension Credit through joint targeted campaigns with GP "
                "practices", "CAVS / Hywel Dda UHB", "Carmarthenshire County Council",
         "Mar-26", "Campaign materials printed in Welsh and English; first mailing in October.",
         "Green"),
        "Priority: Ageing well",
        ("2.3", "Develop a dementia-friendly communities network in Carmarthen, Llanelli and "
                "Ammanford", "Carmarthenshire County Council",
         "Dyfed-Powys Police; Alzheimer's Society Cymru", "Ongoing",
         "Network meets quarterly; 31 businesses signed up.", "Green"),
    ])
    sheet("WBO3", "Well-being Objective 3: Protecting our natural environment and responding "
                  "to the climate and nature emergencies", [
        "Priority: Nature recovery",
        ("3.1", "Agree a PSB nature recovery action plan for the River Tywi catchment",
         "Natural Resources Wales", "Carmarthenshire County Council; Dŵr Cymru Welsh Water",
         "June 2026", "Paused pending NRW resource review; escalated to PSB in September 2025.",
         "Red"),
        "Priority: Climate action",
        ("3.2", "Complete a joint public sector fleet decarbonisation review",
         "Carmarthenshire County Council & Mid and West Wales Fire and Rescue Service",
         "Hywel Dda UHB; Dyfed-Powys Police", d(2025, 11, 30),
         "Review completed and reported to PSB on 9 September 2025.", "Complete"),
        ("3.3", "Publish a PSB community climate resilience toolkit in Welsh and English",
         "Hywel Dda UHB", "CAVS; Town and community councils", "End of March 2026",
         "Toolkit content drafted with three pilot communities.", "Green"),
    ])
    wb.save(out("zcs-carmarthenshire-psb-well-being-plan-delivery-tracker-2025-26.xlsx"))


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


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def table(document, header, rows, widths=None, head_fill="1F4E78"):
    t = document.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        c = t.rows[0].cells[j]
        set_cell(c, h, bold=True)
        shade(c, head_fill)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v or "")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


BRAG_HEX = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
            "Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


# ---------------------------------------------------------------------------
# 4. Stockport local area partnership SEND priority action plan, docx
# ---------------------------------------------------------------------------
def make_stockport_send():
    doc = docx.Document()
    doc.add_paragraph("Stockport Local Area Partnership – SEND Priority Action Plan", style="Title")
    doc.add_paragraph("Response to the Ofsted and CQC area SEND inspection of Stockport local area "
                      "partnership, 13 to 17 January 2025")
    doc.add_heading("Document control", level=2)
    table(doc, ["Version", "Date", "Changes", "Approved by"], [
        ("1.0", "10 April 2025", "Plan submitted to Ofsted", "SEND Partnership Board"),
        ("1.2", "30 June 2025", "Q1 progress update", "SEND Improvement Board"),
        ("1.3", "22 September 2025", "Q2 progress and BRAG update", "SEND Improvement Board"),
    ], widths=[2, 4, 6, 5])
    doc.add_paragraph("")
    doc.add_paragraph("Accountable officers: Director of Children's Services, Stockport Council; "
                      "Place Director (Stockport), NHS Greater Manchester. Progress is reported "
                      "each quarter to the SEND Improvement Board and to the Department for "
                      "Education and NHS England.")
    doc.add_heading("BRAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for code, txt in [("B", "Complete and impact evidenced"), ("G", "On track"),
                      ("A", "At risk of delay"), ("R", "Off track")]:
        cells = key.add_row().cells
        set_cell(cells[0], code, bold=True)
        shade(cells[0], BRAG_HEX[code])
        set_cell(cells[1], txt)

    hdr = ["Ref", "Action", "Lead officer(s)", "Timescale", "Measure of impact", "BRAG"]
    widths = [1.2, 6, 3.6, 2.4, 4, 1.4]

    def section(heading, text, rows):
        doc.add_heading(heading, level=2)
        doc.add_paragraph(text)
        t = table(doc, hdr, rows, widths=widths)
        for row in t.rows[1:]:
            shade(row.cells[5], BRAG_HEX[row.cells[5].text])
        doc.add_paragraph("")

    section("Area for priority action 1",
            "Leaders across the partnership should urgently improve the timeliness of education, "
            "health and care needs assessments, so that children and young people receive the "
            "support set out in their plans without delay.", [
                ("1.1", "Recruit additional EHC coordinators and educational psychologists to "
                        "clear the backlog of overdue assessments",
                 "Head of SEND Statutory Services", "Sept 2025",
                 "No assessments older than 20 weeks by September 2025", "B"),
                ("1.2", "Introduce weekly multi-agency timeliness panels to track every "
                        "assessment at weeks 6, 12 and 16",
                 "Head of SEND Statutory Services / Designated Clinical Officer",
                 "End of June 2025", "Panel minutes; tracker reviewed weekly", "B"),
                ("1.3", "Agree service standards with health providers so that health advice is "
                        "returned within six weeks",
                 "Designated Clinical Officer", "31/12/2025",
                 "90% of health advice returned within six weeks", "A"),
                ("1.4", "Publish a monthly timeliness dashboard for parents and carers on the "
                        "Local Offer", "SEND Performance Lead", "Oct 2025",
                 "Dashboard live and updated monthly", "G"),
            ])
    section("Area for priority action 2",
            "Leaders should ensure that children and young people waiting for a "
            "neurodevelopmental assessment receive timely help and support while they wait.", [
                ("2.1", "Implement the Greater Manchester needs-led neurodevelopmental pathway "
                        "so that support does not depend on a diagnosis",
                 "ICB Associate Director (Children's Commissioning)", "Summer term 2026",
                 "Support offered within 12 weeks of referral", "G"),
                ("2.2", "Commission a 'waiting well' offer for families, co-produced with "
                        "Stockport Parent Carer Forum",
                 "Jo Ellis and Mark Thornley", "March 2026",
                 "Parent carer feedback on the offer", "A"),
                ("2.3", "Train SENCOs in all Stockport schools to use the neurodiversity "
                        "profiling tool", "Inclusion Service Manager", "Autumn term 2025",
                 "100% of schools with a trained SENCO", "R"),
            ])
    section("Area for improvement 1",
            "Leaders should improve the quality and consistency of annual reviews so that EHC "
            "plans are updated promptly when children's needs change.", [
                ("3.1", "Introduce a quality assurance framework for annual reviews with termly "
                        "multi-agency audits", "SEND Quality Assurance Lead", "Jan 2026",
                 "80% of audited plans good or better", "G"),
                ("3.2", "Provide annual review training for school and college staff, including "
                        "how to capture the voice of the child or young person",
                 "SENCO Network Lead", "Ongoing", "Training attendance and evaluation", "G"),
            ])
    doc.add_heading("Sign-off", level=2)
    table(doc, ["Role", "Name", "Date"], [
        ("Director of Children's Services, Stockport Council", "Signed", "10/04/2025"),
        ("Place Director (Stockport), NHS Greater Manchester", "Signed", "10/04/2025"),
        ("Chair, Stockport Parent Carer Forum", "Signed", "10/04/2025"),
    ], widths=[8, 4, 3])
    doc.save(out("zcs-stockport-local-area-partnership-send-priority-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Merthyr Tydfil CBC single agency action plan - CTMSB adult practice review, docx
# ---------------------------------------------------------------------------
def make_merthyr_apr():
    doc = docx.Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ("Cyngor Bwrdeistref Sirol Merthyr Tudful\tMerthyr Tydfil County Borough Council")
    hp.runs[0].bold = True
    h = doc.add_heading("Single Agency Action Plan – Adult Practice Review CTMSB 02/2024", level=1)
    doc.add_paragraph("")
    det = doc.add_table(rows=0, cols=2)
    det.style = "Table Grid"
    for a, b in [("Review", "Concise Adult Practice Review CTMSB 02/2024 (Mr D)"),
                 ("Agency", "Merthyr Tydfil CBC – Adult Social Care"),
                 ("Plan owner", "Head of Adult Services"),
                 ("Submitted to CTMSB Practice Review Sub-group", "15 January 2025"),
                 ("Date of this update", "30 September 2025")]:
        cells = det.add_row().cells
        set_cell(cells[0], a, bold=True)
        shade(cells[0], "D9D9D9")
        set_cell(cells[1], b)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue = completed and evidenced; Green = on track; Amber = at risk "
                      "of missing the target date; Red = target date missed.")

    hdr = ["No.", "Action", "Responsible officer", "Target date", "Progress / evidence", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for j, hh in enumerate(hdr):
        set_cell(t.rows[0].cells[j], hh, bold=True)
        shade(t.rows[0].cells[j], "BDD7EE")

    def band(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        set_cell(m, text, bold=True)
        shade(m, "F2F2F2")

    def row(*vals):
        cells = t.add_row().cells
        for j, v in enumerate(vals):
            set_cell(cells[j], v)
        shade(cells[5], BRAG_HEX[vals[5]])

    band("Recommendation 1: Practitioners should apply the Mental Capacity Act 2005 with more "
         "rigour when an adult repeatedly declines care and support, and record "
         "decision-specific capacity assessments.")
    row("1a", "Deliver refresher training on the Mental Capacity Act 2005 and executive "
              "functioning to all Community Resource Team and locality social workers",
        "Principal Officer – Workforce Development", "31/05/2025",
        "Delivered to 47 practitioners (94%); attendance register held.", "Blue")
    row("1b", "Add a mandatory decision-specific capacity prompt to the WCCIS assessment and "
              "review templates", "WCCIS Systems Lead", "w/c 07/07/25",
        "Template change tested in June; live from 7 July 2025.", "Blue")
    row("1c", "Audit 20 cases a quarter where care and support has been declined and report "
              "the findings to the Adult Services Quality Assurance Group",
        "Safeguarding Team Manager", "Quarterly",
        "Q1 audit completed; Q2 audit under way.", "Green")
    band("Recommendation 2: Carers should be offered a carer's needs assessment at every review "
         "of the cared-for person, and offers and declines should be recorded.")
    row("2a", "Amend the review template so that the offer of a carer's needs assessment is "
              "recorded at every review", "WCCIS Systems Lead", "31/07/2025",
        "Included in the July 2025 template release.", "Blue")
    row("2b", "Agree a direct referral route to the commissioned carers' support service for "
              "carers who decline a formal assessment", "Commissioning Manager (Carers)",
        "December 2025", "Draft referral route discussed with the provider in September.",
        "Amber")
    band("Recommendation 3: Information held by the Information, Advice and Assistance service "
         "about safeguarding reports should be shared with the allocated team before a report "
         "is closed.")
    row("3a", "Introduce a closure checklist requiring IAA staff to notify the allocated team "
              "when a safeguarding report about an open case is closed", "IAA Team Manager",
        "30/06/2025", "Checklist in use since June 2025.", "Blue")
    row("3b", "Test the new process through a multi-agency case audit with CTMSB partners\n"
              "Share the findings at the CTMSB Adult Practice Review Sub-group",
        "Safeguarding Team Manager / CTMSB Business Manager", "March 2026",
        "Audit scheduled for January 2026.", "Green")
    widths = [1.1, 6.2, 3.4, 2.3, 4.4, 1.6]
    for r in t.rows:
        for j, w in enumerate(widths):
            r.cells[j].width = Cm(w)

    doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=0, cols=3)
    so.style = "Table Grid"
    for vals in [("Signed off by", "Director of Social Services", "14/01/2025"),
                 ("Reviewed by", "CTMSB Practice Review Sub-group", "22/10/2025")]:
        cells = so.add_row().cells
        for j, v in enumerate(vals):
            set_cell(cells[j], v)
    doc.save(out("zcs-merthyr-tydfil-cbc-ctmsb-adult-practice-review-single-agency-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Gloucester City Council corporate plan delivery tracker, csv
# ---------------------------------------------------------------------------
def make_gloucester_csv():
    import csv
    import io
    P1 = "1. A vibrant and attractive city that celebrates Gloucester’s unique heritage"
    P2 = "2. Inclusive, thriving communities and residents that feel safe, supported and valued"
    P3 = ("3. An innovative and accountable council focused on providing high-quality, "
          "accessible services and facilities")
    rows = [
        ["Gloucester City Council – Corporate Plan 2025-28 Delivery Tracker", "", "", "", "", "", "", ""],
        ["Quarter 2 2025/26 (July to September 2025)", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Priority", "Ref", "Action", "Lead Officer", "Portfolio", "Due Date", "Status", "Q2 Update"],
        [P1, "P1.01", "Deliver the next phase of the Kings Quarter regeneration, including public "
                      "realm works on Kings Walk", "Head of Place", "Leader", "31/03/2026",
         "On track", "Contractor appointed; works start on site in November 2025."],
        [P1, "P1.02", "Deliver the Gloucester History Festival and heritage open days programme, "
                      "attracting 40,000 visitors", "Head of Culture", "Culture and Leisure",
         "30/09/2025", "Completed", "Festival held in September 2025 with 43,500 visitors."],
        [P1, "P1.03", "Introduce a city centre Public Spaces Protection Order and launch a "
                      "“Clean and Green City” campaign",
         "Head of Communities / Head of Policy and Resources", "Communities and Neighbourhoods",
         "31/12/2025", "At risk",
         "Consultation response higher than expected; report to Cabinet moved to January 2026."],
        [P2, "P2.01", "Deliver 150 new affordable homes with registered providers",
         "Head of Housing", "Planning and Housing Strategy", "Mar-27", "On track",
         "52 homes completed to date; a further 61 on site."],
        [P2, "P2.02", "Reduce the number of households in bed and breakfast accommodation to "
                      "fewer than 20", "Head of Housing", "Planning and Housing Strategy",
         "31/03/2026", "Off track",
         "Rising demand: 37 households in B&B at end of September 2025."],
        [P2, "P2.03", "Launch a community grants programme focused on the most deprived wards",
         "Head of Communities", "Communities and Neighbourhoods", "Q3 2025/26", "Not started",
         "Grant criteria to be agreed at Cabinet in November."],
        [P3, "P3.01", "Replace the remaining diesel vans in the council fleet with electric "
                      "vehicles", "Head of Place", "Environment", "Mar-27", "On track",
         "Charging points installed at the depot; 6 of 19 vans replaced."],
        [P3, "P3.02", "Implement the new customer contact platform and online resident account",
         "Head of Transformation", "Resources", "30/06/2026", "On track",
         "Supplier contract signed; discovery phase complete."],
        ["", "", "", "", "", "", "", ""],
        ["Status key: Completed = blue; On track = green; At risk = amber; Off track = red; "
         "Not started = not rated", "", "", "", "", "", "", ""],
        ["Total actions: 8 (Completed 1, On track 4, At risk 1, Off track 1, Not started 1)",
         "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(out("zcs-gloucester-city-council-corporate-plan-2025-28-delivery-tracker-q2-2025-26.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Dacorum BC overview & scrutiny recommendations tracker, tab-separated txt
# ---------------------------------------------------------------------------
def make_dacorum_txt():
    T = "\t"
    lines = [
        "Dacorum Borough Council – Overview & Scrutiny Recommendations Tracker 2025/26",
        "Last updated: 12 January 2026",
        "Status key: Implemented = complete (blue); On track = green; Delayed = amber; "
        "Not progressing = red; Not yet due = no rating",
        "",
        T.join(["Ref", "Meeting", "Recommendation", "Portfolio Holder", "Lead Officer",
                "Target Date", "Status", "Progress Update"]),
        "FINANCE & RESOURCES OVERVIEW & SCRUTINY COMMITTEE",
        "Item: Council Tax Reduction Scheme 2026/27",
        T.join(["FR-25-01", "08/07/2025",
                "That Cabinet consults on keeping 100% support for care leavers aged under 25 in "
                "the 2026/27 scheme", "Portfolio Holder for Corporate and Commercial Services",
                "Head of Revenues and Benefits", "Oct 2025", "Implemented",
                "Consultation ran 1 August to 26 September 2025; support retained in the draft "
                "scheme."]),
        T.join(["FR-25-02", "08/07/2025",
                "That officers report the impact of any change to the scheme on households in "
                "temporary accommodation", "Portfolio Holder for Corporate and Commercial Services",
                "Head of Revenues and Benefits", "Jan 2026", "On track",
                "Impact analysis included in the January Cabinet report."]),
        "HOUSING & COMMUNITY OVERVIEW & SCRUTINY COMMITTEE",
        "Item: Temporary accommodation task and finish group – final report",
        T.join(["HC-25-01", "16/09/2025",
                "That the council increases its stock of self-contained temporary accommodation "
                "so that no family spends more than six weeks in bed and breakfast",
                "Portfolio Holder for Housing", "Assistant Director – Housing", "31/03/2026",
                "Delayed",
                "Purchase of 12 units approved; conveyancing on 6 units expected to complete in "
                "February 2026."]),
        T.join(["", "", "", "", "", "", "", "Six units handed over in December 2025."]),
        T.join(["HC-25-02", "16/09/2025",
                "That every household placed outside the borough is given a named officer "
                "contact", "Portfolio Holder for Housing", "Temporary Accommodation Manager",
                "Nov 2025", "Implemented",
                "Named contact letter issued to all 23 households from 3 November 2025."]),
        T.join(["HC-25-03", "16/09/2025",
                "That the council lobbies government, with the other Hertfordshire districts, "
                "for the subsidy rate for temporary accommodation to be uplifted",
                "Portfolio Holder for Housing", "Strategic Director (Place)", "TBC",
                "Not yet due", "Awaiting joint letter from Hertfordshire Leaders."]),
        "STRATEGIC PLANNING & ENVIRONMENT OVERVIEW & SCRUTINY COMMITTEE",
        "Item: Waste and recycling service review",
        T.join(["SPE-25-01", "24/06/2025",
                "That food waste collections are extended to all flats with communal bins",
                "Portfolio Holder for Neighbourhood Operations",
                "Head of Environmental Services; Waste Services Manager", "Mar 2026",
                "On track", "Roll-out to 1,840 flats under way; 62% complete."]),
        T.join(["SPE-25-02", "24/06/2025",
                "That recycling contamination data is published by ward every quarter",
                "Portfolio Holder for Neighbourhood Operations", "Waste Services Manager",
                "Sept 2025", "Not progressing",
                "Current system cannot report by ward; options being explored with the supplier."]),
        "",
        "Total recommendations: 7 | Implemented 2 | On track 2 | Delayed 1 | Not progressing 1 | "
        "Not yet due 1",
    ]
    with open(out("zcs-dacorum-borough-council-overview-scrutiny-recommendations-tracker-2025-26.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_cwm_taf_yjs()
    make_gateshead_fostering()
    make_carmarthenshire_psb()
    make_stockport_send()
    make_merthyr_apr()
    make_gloucester_csv()
    make_dacorum_txt()
    print("done")
