#!/usr/bin/env python3
"""Build the seven zco- blind test files (set heldout779).

Run with /work/main/.venv/bin/python zco_make.py from any directory; files are
written next to this script. Only files starting with 'zco-' are written.
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zco-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- xlsx helpers
FILL = {
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "theme": PatternFill("solid", fgColor="DDEBF7"),
    "lilac": PatternFill("solid", fgColor="E4DFEC"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, values, fill="head"):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL[fill]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def band(ws, row, text, ncols, fill="theme"):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True)
    c.fill = FILL[fill]
    c.alignment = Alignment(vertical="center")
    for i in range(1, ncols + 1):
        ws.cell(row=row, column=i).border = BOX


def put(ws, row, values, datefmt="dd/mm/yyyy"):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, datetime):
            c.number_format = datefmt


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# ------------------------------------------------- 1. Calderdale scrutiny (xlsx)
def calderdale():
    title = "Calderdale Council – Scrutiny Recommendations Tracker 2024/25"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary of recommendations by Scrutiny Board – position at 31 January 2025"
    hdr(s, 4, ["Scrutiny Board", "Total", "Green", "Amber", "Red", "Not started"])
    rows = [
        ["Children and Young People Scrutiny Board", 3, 2, 1, 0, 0],
        ["Place Scrutiny Board", 3, 1, 1, 1, 0],
        ["Adults, Health and Social Care Scrutiny Board", 2, 0, 1, 0, 1],
        ["Total", 8, 3, 3, 1, 1],
    ]
    for i, r in enumerate(rows, 5):
        put(s, i, r)
    for c in s[8]:
        c.font = Font(bold=True)
    widths(s, {"A": 46, "B": 8, "C": 8, "D": 8, "E": 8, "F": 12})

    t = wb.create_sheet("Tracker")
    t["A1"] = title
    t["A1"].font = Font(bold=True, size=14)
    t.merge_cells("A1:H1")
    t["A2"] = ("Position at 31 January 2025 – reported to Strategy and Performance "
               "Scrutiny Board, 18 February 2025")
    t.merge_cells("A2:H2")
    t["A3"] = ("Status: see the 'Key' sheet. Recommendations rated Green are removed "
               "from the tracker once they have been reported as implemented.")
    t.merge_cells("A3:H3")
    t["A3"].font = Font(italic=True)
    hdr(t, 5, ["Ref", "Date agreed", "Recommendation", "Cabinet / partner response",
               "Lead officer", "Target date", "Progress update (January 2025)", "Status"])
    r = 6
    band(t, r, "Children and Young People Scrutiny Board – Review of Elective Home "
               "Education (Cabinet response 8 July 2024)", 8)
    data = [
        ["CYP/24/01", datetime(2024, 6, 20),
         "That the Council strengthens its register of children who are electively home "
         "educated and reports the numbers, and the reasons given for de-registration, to "
         "the Board every six months.",
         "Accepted", "Service Manager – Inclusion and Attendance", datetime(2024, 9, 30),
         "Register refreshed in the pupil database; first six-monthly report taken by "
         "the Board on 14 November 2024. Reporting is now business as usual.", "Green"],
        ["CYP/24/02", datetime(2024, 6, 20),
         "That a written offer of an annual visit is made to every family that elects "
         "to home educate, with take-up reported to the Board.",
         "Accepted", "Service Manager – Inclusion and Attendance", datetime(2025, 3, 31),
         "Template letter agreed. 61% of families on the register had been offered a "
         "visit by the end of December 2024.", "Amber"],
        ["CYP/24/03", datetime(2024, 6, 20),
         "That the Cabinet Member writes to the Department for Education in support of a "
         "statutory register of children not in school.",
         "Partially accepted – letter to DfE agreed; joint lobbying through the LGA not "
         "pursued", "Director, Children and Young People's Services", "Dec-24",
         "Letter sent 2 December 2024. The Children's Wellbeing and Schools Bill now "
         "includes a register duty.", "Green"],
    ]
    for d in data:
        r += 1
        put(t, r, d)
    r += 1
    band(t, r, "Place Scrutiny Board – Flood Resilience in the Upper Calder Valley task "
               "and finish group (Cabinet response 4 November 2024)", 8)
    data = [
        ["PL/24/04", datetime(2024, 10, 3),
         "That the Council publishes a single flood information page for residents and "
         "businesses, including sandbag and property flood resilience grant information, "
         "before winter 2024/25.",
         "Accepted", "Flood Risk Manager", datetime(2024, 11, 30),
         "Page live from 18 November 2024; 4,100 views in the first month.", "Green"],
        ["PL/24/05", datetime(2024, 10, 3),
         "That gully cleansing frequencies on the A646 and A6033 corridors are reviewed "
         "and a revised schedule is reported back to the Board.",
         "Accepted", "Head of Highways and Engineering / Flood Risk Manager", "Q1 2025/26",
         "Review under way using Environment Agency and Yorkshire Water data. Target moved "
         "from Q4 2024/25 because of the Storm Bert response.", "Amber"],
        ["PL/24/06", datetime(2024, 10, 3),
         "That the Council works with the Environment Agency and local flood groups to "
         "recruit and train community flood wardens in each Upper Valley ward.",
         "Accepted in principle, subject to external funding", "Flood Risk Manager",
         "Ongoing",
         "Funding bid to the Yorkshire Regional Flood and Coastal Committee submitted in "
         "January 2025. No recruitment until the outcome is known.", "Red"],
    ]
    for d in data:
        r += 1
        put(t, r, d)
    r += 1
    band(t, r, "Adults, Health and Social Care Scrutiny Board – Access to NHS Dental and "
               "GP Services (Board meeting 12 September 2024)", 8)
    data = [
        ["AH/24/07", datetime(2024, 9, 12),
         "That NHS West Yorkshire ICB (Calderdale Place) provides the Board with a plan "
         "for improving NHS dental access for children, including the number of additional "
         "urgent and routine appointments commissioned.",
         "Accepted by partner", "Director of Public Health & ICB Place Primary Care Lead",
         "Mar-25",
         "Plan received 9 January 2025 and scheduled for the Board on 20 March 2025.",
         "Amber"],
        ["AH/24/08", datetime(2024, 9, 12),
         "That the Council's customer contact team is trained to signpost residents to "
         "the NHS App and to community pharmacy services.",
         "Accepted", "Head of Customer Services", datetime(2024, 12, 31),
         "Update requested – not received.", "Not started"],
    ]
    for d in data:
        r += 1
        put(t, r, d)
    for row in t.iter_rows(min_row=6, max_row=r, min_col=8, max_col=8):
        c = row[0]
        f = {"Green": "green", "Amber": "amber", "Red": "red", "Not started": "grey"}.get(c.value)
        if f:
            c.fill = FILL[f]
            c.font = Font(bold=True)
    r += 2
    t.cell(row=r, column=1, value="Notes: target dates are those agreed in the Cabinet or "
           "partner response. Where a target has moved, the reason is given in the progress "
           "update.")
    t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    widths(t, {"A": 11, "B": 12, "C": 52, "D": 26, "E": 28, "F": 12, "G": 48, "H": 12})
    t.freeze_panes = "A6"

    k = wb.create_sheet("Key")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True, size=12)
    key = [("Green", "Recommendation implemented – monitoring no longer required", "green"),
           ("Amber", "Acceptable progress – continue monitoring", "amber"),
           ("Red", "Insufficient progress – lead officer to attend the Board", "red"),
           ("Not started", "Action not yet started or no update received", "grey")]
    for i, (a, b, f) in enumerate(key, 3):
        k.cell(row=i, column=1, value=a).fill = FILL[f]
        k.cell(row=i, column=2, value=b)
    widths(k, {"A": 14, "B": 60})
    wb.save(out("zco-calderdale-council-scrutiny-recommendations-tracker-2024-25.xlsx"))


# --------------------------------- 2. Warrington corporate plan tracker (xlsx, refuse)
def warrington():
    wb = Workbook()
    t = wb.active
    t.title = "Q2 Tracker"
    t["A1"] = "Warrington Borough Council – Corporate Plan 2024–2027 Delivery Tracker 2025/26"
    t["A1"].font = Font(bold=True, size=14)
    t.merge_cells("A1:I1")
    t["A2"] = "Quarter 2 (July – September 2025) – Cabinet, 10 November 2025"
    t.merge_cells("A2:I2")
    t["A3"] = "RAG:  G = on track   A = at risk / some slippage   R = off track   C = complete"
    t.merge_cells("A3:I3")
    t["A3"].font = Font(italic=True)
    hdr(t, 5, ["Ref", "Action / milestone", "Lead Director", "Cabinet portfolio",
               "Original due date", "Revised due date", "Q1 RAG", "Q2 RAG", "Q2 commentary"])
    rows = [
        ("band", "Priority 1: Best start for children and young people"),
        ["1.1", "Open two further Family Hubs in Bewsey and Orford, completing the borough-wide network.",
         "Director of Children's Services", "Children's Services", datetime(2026, 3, 31), None,
         "G", "G", "Bewsey hub building works started August 2025; Orford lease signed."],
        ["1.2", "Increase the number of in-house fostering households by 15.",
         "Director of Children's Services", "Children's Services", "March 2026", None,
         "A", "A", "Net gain of 4 households at Q2; recruitment campaign relaunched in September."],
        ("band", "Priority 2: A thriving and sustainable economy"),
        ["2.1", "Complete phase 1 of the town centre public realm works on Bridge Street.",
         "Director of Growth", "Economic Development", "Sept 2025", "Dec 2025",
         "A", "A", "Utility diversions took longer than planned; completion now December."],
        ["2.2", "Publish the Skills and Employment Strategy action plan 2025–2028.",
         "Director of Growth", "Economic Development", datetime(2025, 6, 30), None,
         "G", "C", "Published 14 July 2025."],
        ("band", "Priority 3: Healthy and independent residents"),
        ["3.1", "Open 40 new extra care apartments at the former Stone Pit Lane site.",
         "Director of Adult Social Care", "Adult Social Care", "Oct 2025", "Janaury 2026",
         "A", "A", "Handover from contractor delayed; first residents expected in the new year."],
        ["3.2", "Reduce the number of people waiting for a Care Act assessment to under 100.",
         "Director of Adult Social Care", "Adult Social Care", datetime(2026, 3, 31), None,
         "R", "A", "Waiting list down from 212 to 148; additional assessors in post from August."],
        ("band", "Priority 4: A cleaner, greener Warrington"),
        ["4.1", "Roll out weekly food waste collections to all households.",
         "Director of Environment and Transport", "Environment", datetime(2026, 3, 31), None,
         "G", "G", "Caddies delivered to 60% of households; phase 2 starts January."],
        ["4.2", "Install 150 public electric vehicle charge points.",
         "Director of Environment and Transport", "Environment", "Dec-25", None,
         "G", "A", "96 installed; grid connections outstanding at 3 car parks."],
        ("band", "Priority 5: A well-run, financially sustainable council"),
        ["5.1", "Deliver the 2025/26 savings programme of £12.6m.",
         "Director of Finance and Information Services", "Corporate Resources",
         datetime(2026, 3, 31), None, "A", "A", "£8.1m delivered or on track; £1.9m at risk."],
        ["5.2", "Implement the LGA Corporate Peer Challenge action plan, including a revised "
                "risk appetite statement for the investment portfolio.",
         "Chief Executive", "Leader", "March 2026", None,
         "G", "G", "Risk appetite statement approved by Council 22 September 2025."],
    ]
    r = 5
    for row in rows:
        r += 1
        if isinstance(row, tuple):
            band(t, r, row[1], 9)
        else:
            put(t, r, row)
            for col in (7, 8):
                c = t.cell(row=r, column=col)
                c.fill = FILL[{"G": "green", "A": "amber", "R": "red", "C": "blue"}[c.value]]
                c.alignment = Alignment(horizontal="center", vertical="top")
    r += 2
    t.cell(row=r, column=1, value="Actions rated C at Q2 will be removed from the Q3 tracker.")
    widths(t, {"A": 6, "B": 52, "C": 30, "D": 20, "E": 13, "F": 13, "G": 7, "H": 7, "I": 48})
    t.freeze_panes = "A6"

    s = wb.create_sheet("Summary")
    s["A1"] = "Q2 2025/26 – summary of RAG ratings"
    s["A1"].font = Font(bold=True)
    hdr(s, 3, ["Priority", "Actions", "C", "G", "A", "R"])
    summ = [["1. Best start for children and young people", 2, 0, 1, 1, 0],
            ["2. A thriving and sustainable economy", 2, 1, 0, 1, 0],
            ["3. Healthy and independent residents", 2, 0, 0, 2, 0],
            ["4. A cleaner, greener Warrington", 2, 0, 1, 1, 0],
            ["5. A well-run, financially sustainable council", 2, 0, 1, 1, 0],
            ["Total", 10, 1, 3, 6, 0]]
    for i, v in enumerate(summ, 4):
        put(s, i, v)
    widths(s, {"A": 46})
    wb.save(out("zco-warrington-borough-council-corporate-plan-delivery-tracker-2025-26-typo-month-refuse.xlsx"))


# ----------------------------------------- 3. Wirral SEND WSOA tracker (xlsx)
def wirral():
    title = "Wirral Local Area SEND Written Statement of Action – Progress Tracker"
    wb = Workbook()
    c = wb.active
    c.title = "Cover"
    c["A1"] = title
    c["A1"].font = Font(bold=True, size=14)
    c["A2"] = ("Following the joint Ofsted and CQC inspection of the Wirral local area, "
               "September 2021 (letter published December 2021)")
    c["A4"] = "Document control"
    c["A4"].font = Font(bold=True)
    hdr(c, 5, ["Version", "Date", "Author", "Change"])
    dc = [["1.0", datetime(2022, 4, 8), "SEND Improvement Lead", "WSOA as submitted to Ofsted/CQC"],
          ["1.3", datetime(2022, 9, 23), "SEND Improvement Lead", "September progress update"],
          ["1.4", datetime(2022, 12, 16), "SEND Improvement Lead", "December progress update; revised dates agreed by Board"]]
    for i, v in enumerate(dc, 6):
        put(c, i, v)
    c["A10"] = "Accountable officers"
    c["A10"].font = Font(bold=True)
    c["A11"] = "Director of Children, Families and Education, Wirral Council"
    c["A12"] = "Director of Nursing and Care, NHS Cheshire and Merseyside (Wirral Place)"
    c["A14"] = "RAG key"
    c["A14"].font = Font(bold=True)
    key = [("B", "Complete and embedded", "blue"), ("G", "On track", "green"),
           ("A", "Some slippage – mitigation in place", "amber"), ("R", "Off track – escalate to Board", "red")]
    for i, (a, b, f) in enumerate(key, 15):
        c.cell(row=i, column=1, value=a).fill = FILL[f]
        c.cell(row=i, column=2, value=b)
    widths(c, {"A": 12, "B": 14, "C": 24, "D": 50})

    t = wb.create_sheet("WSOA Tracker")
    t["A1"] = title
    t["A1"].font = Font(bold=True, size=14)
    t.merge_cells("A1:H1")
    t["A2"] = "Position at 16 December 2022 (report to SEND Partnership Board, 12 January 2023)"
    t.merge_cells("A2:H2")
    hdr(t, 4, ["Ref", "Action", "Lead(s)", "Original completion date", "Revised completion date",
               "Previous RAG (Sept 2022)", "Current RAG (Dec 2022)", "Progress and evidence"])
    rows = [
        ("band", "Area of Weakness 1: Weaknesses in the quality and timeliness of EHC assessments and annual reviews"),
        ["1.1", "Recruit six additional SEND caseworkers and an EHCP quality officer to reduce caseloads to no more than 1:180.",
         "Head of SEND", datetime(2022, 9, 30), datetime(2023, 1, 31), "A", "G",
         "Five caseworkers in post; quality officer started 7 November 2022. Sixth post re-advertised."],
        ["1.2", "Introduce a 20-week tracker for every new EHC needs assessment:\n"
                "- weekly caseworker review of open assessments\n"
                "- fortnightly SEND panel oversight of cases at risk of breach",
         "Head of SEND / SEND Business Manager", datetime(2022, 7, 31), None, "G", "B",
         "Tracker live from July 2022. 20-week timeliness 41% in November 2022, up from 12% in September 2021."],
        ["1.3", "Clear the backlog of overdue annual reviews, prioritising children and young people at phase transfer.",
         "SEND Team Manager (Annual Reviews)", datetime(2022, 12, 31), datetime(2023, 3, 31), "R", "A",
         "Backlog down from 634 to 287. All Year 6 and Year 11 reviews completed."],
        ("band", "Area of Weakness 2: The lack of meaningful co-production with parents and carers"),
        ["2.1", "Agree a co-production charter with Parent Carer Partnership Wirral and publish it on the Local Offer.",
         "Assistant Director – Education; PCPW Chair", datetime(2022, 9, 30), None, "A", "B",
         "Charter signed at the Partnership Board on 6 October 2022 and published."],
        ("band", "Area of Weakness 4: The published local offer not being well publicised and not providing parents and carers with the information that they need"),
        ["4.1", "Relaunch the Local Offer website with parent-tested navigation and an 'ask a question' function.",
         "Local Offer Officer", datetime(2022, 10, 31), None, "G", "G",
         "New site in user testing with 14 parent carers; relaunch planned for January 2023."],
        ("band", "Area of Weakness 7: The lack of joint commissioning of services in the area"),
        ["7.1", "Establish a SEND joint commissioning group reporting to the SEND Partnership Board, with agreed terms of reference.",
         "Head of Commissioning (Children) / Designated Clinical Officer", datetime(2022, 8, 31), None, "G", "B",
         "Group meeting monthly since August 2022."],
        ["7.2", "Complete a joint review of speech and language therapy provision and agree a commissioning plan.",
         "Designated Clinical Officer", datetime(2022, 12, 31), datetime(2023, 6, 30), "A", "R",
         "Review delayed by ICB transition; data request to provider outstanding."],
        ("band", "Area of Weakness 8: The lack of effective strategic oversight to ensure effectiveness of plans and provision and hold leaders, managers and partners to account"),
        ["8.1", "Refresh SEND Partnership Board membership and terms of reference, with an independent chair.",
         "Director of Children, Families and Education", datetime(2022, 6, 30), None, "B", "B",
         "Independent chair appointed; revised terms of reference agreed June 2022."],
        ["8.2", "Report progress against this statement of action to the Children, Young People and Education Committee each quarter.",
         "Director of Children, Families and Education", "Quarterly", None, "G", "G",
         "Reports taken in July and November 2022."],
    ]
    r = 4
    for row in rows:
        r += 1
        if isinstance(row, tuple):
            band(t, r, row[1], 8, fill="lilac")
        else:
            put(t, r, row)
            for col in (6, 7):
                cc = t.cell(row=r, column=col)
                cc.fill = FILL[{"G": "green", "A": "amber", "R": "red", "B": "blue"}[cc.value]]
                cc.alignment = Alignment(horizontal="center", vertical="top")
    r += 2
    t.cell(row=r, column=1, value=("Areas of weakness 3, 5, 6, 9 and 10 are tracked on the Communication and "
                                   "Engagement and the Data and Insight workstream trackers."))
    widths(t, {"A": 6, "B": 56, "C": 32, "D": 14, "E": 14, "F": 11, "G": 11, "H": 50})
    t.freeze_panes = "A5"
    wb.save(out("zco-wirral-local-area-send-written-statement-of-action-progress-tracker.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


DFILL = {"green": "00B050", "amber": "FFC000", "red": "FF0000", "blue": "00B0F0",
         "grey": "D9D9D9", "head": "D9E2F3"}


def table(doc, header, rows, col_cm=None):
    tb = doc.add_table(rows=1, cols=len(header))
    tb.style = "Table Grid"
    for i, h in enumerate(header):
        cell = tb.rows[0].cells[i]
        cell.text = h
        cell.paragraphs[0].runs[0].bold = True
        shade(cell, DFILL["head"])
    for row in rows:
        cells = tb.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if col_cm:
        for row in tb.rows:
            for i, w in enumerate(col_cm):
                row.cells[i].width = Cm(w)
    return tb


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ------------------------------------ 4. Southampton SEND improvement plan (docx)
def southampton():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Appendix – 2024 SEND post-inspection improvement plan", style="Title")
    doc.add_paragraph("Southampton's Children and Young People's SEND Strategy 2022/27 Appendix")
    table(doc, ["Version", "Date", "Status"],
          [["1.0", "August 2024", "Submitted to Ofsted and CQC"],
           ["1.2", "January 2025", "Progress update to SEND Partnership Board"]], [3, 4, 9])

    doc.add_heading("Our vision", level=1)
    doc.add_paragraph("We want all children and young people in Southampton to have a good start in "
                      "life, live safely, be healthy and happy and go on to have successful "
                      "opportunities in adulthood.")
    doc.add_heading("Context", level=1)
    doc.add_paragraph("The Southampton Local Area SEND partnership had a full SEND inspection in May "
                      "2024. The inspection found that the local area partnership's arrangements lead "
                      "to inconsistent experiences and outcomes for children and young people with SEND. "
                      "This plan sets out the actions the partnership will take in response to the five "
                      "recommendations in the inspection report.")
    doc.add_heading("Governance arrangements", level=1)
    doc.add_paragraph("Overall responsibility for the timely delivery of the improvement plan is held "
                      "by the Southampton SEND Partnership Board, chaired by the Director of Children's "
                      "Services. Each action table names the board or forum that monitors it.")
    doc.add_paragraph("Progress key (January 2025):")
    key = doc.add_table(rows=1, cols=5)
    key.style = "Table Grid"
    for cell, (txt, f) in zip(key.rows[0].cells, [("Complete", "blue"), ("Green – on track", "green"),
                                                  ("Amber – some slippage", "amber"),
                                                  ("Red – off track", "red"), ("Not started", "grey")]):
        cell.text = txt
        shade(cell, DFILL[f])

    plans = [
        ("Neurodiversity Waiting List Improvement Plan",
         "Leaders across the partnership should reduce waiting times for neurodevelopmental "
         "assessments and improve the support and communication offered to children, young people "
         "and families while they wait.",
         ["Fewer children and young people wait more than 52 weeks for an assessment.",
          "Families tell us they know what support is available while they wait."],
         "Neurodiversity pathway – Health and Care workstream",
         [["Commission additional assessment capacity for 5 to 18 year olds through an independent "
           "provider to clear the longest waits.", "HIOW ICB Head of Children's Commissioning",
           "March 2025", "SEND Partnership Board", "Amber"],
          ["Launch the 'Waiting Well' offer, including parent workshops and a monthly keep-in-touch "
           "contact for every family on the waiting list.",
           "Neurodiversity Service Manager / SEND Information and Advice Lead", "Autumn term 2024",
           "Health and Care Workstream Group", "Green"]]),
        ("Transitions Improvement Plan",
         "Leaders should strengthen the planning for key transitions, especially into adulthood, so "
         "that young people with SEND and their families know what to expect and are well prepared.",
         ["Every young person with an EHC plan has a preparing for adulthood review from Year 9.",
          "Young people move to adult services without a gap in support."],
         "Preparing for Adulthood workstream",
         [["Introduce a preparing for adulthood review from Year 9 for every young person with an "
           "EHC plan, recorded on the EHC hub.", "Head of SEND", "September 2024",
           "SEND Partnership Board", "Complete"],
          ["Agree a joint transitions protocol between children's and adult social care, with named "
           "workers from age 16.", "Head of Service – Transitions (Adult Social Care)",
           "By end of March 2025", "Preparing for Adulthood Board", "Amber"]]),
        ("Healthy Child Programme Improvement Plan",
         "Leaders should ensure that the healthy child programme identifies the needs of young "
         "children at the earliest opportunity, including through the review at two to two-and-a-half "
         "years.",
         ["More children receive their 2 to 2½ year review on time.",
          "Early years settings know about emerging needs sooner."],
         "Early identification – Early Years workstream",
         [["Increase coverage of the 2 to 2½ year integrated review to at least 85% through additional "
           "clinic sessions in family hubs.", "Public Health Consultant (0-19)", "Q4 2024/25",
           "Health and Wellbeing Board", "Amber"],
          ["Share the outcome of the integrated review with early years settings, with parental "
           "consent, using the agreed information-sharing form.",
           "0-19 Service Manager / Early Years Inclusion Lead", "Summer term 2025",
           "Early Years Workstream Group", "Not started"]]),
        ("Quality Assurance and Performance Improvement Plan",
         "Leaders should improve the quality assurance of EHC plans so that they are regularly "
         "updated and accurately reflect children and young people's needs and outcomes.",
         ["EHC plans are reviewed and updated on time.",
          "The partnership uses shared data to check the difference it is making."],
         "Quality assurance and performance – Data workstream",
         [["Introduce a monthly multi-agency audit of ten EHC plans, with findings reported to the "
           "SEND Partnership Board each quarter.", "SEND Quality Assurance Lead", "October 2024",
           "SEND Partnership Board", "Complete"],
          ["Develop a partnership SEND performance dashboard covering education, health and care "
           "measures.", "Head of Data and Intelligence / Designated Clinical Officer", "March 2025",
           "SEND Partnership Board", "Green"]]),
        ("Workforce Development Improvement Plan",
         "Leaders should make sure that practitioners across education, health and care have the "
         "skills and confidence to identify and meet the needs of children and young people with SEND.",
         ["Practitioners report greater confidence in meeting needs.",
          "A shared partnership training offer is in place."],
         "Workforce development – Inclusion workstream",
         [["Complete a SEND skills and confidence audit across all workforce areas.",
           "Workforce Development Manager", "November 2024", "Inclusion Workstream Group", "Complete"],
          ["Use the audit findings to publish a partnership SEND training offer for 2025/26.",
           "Workforce Development Manager / Principal Educational Psychologist", "By 31 July 2025",
           "Inclusion Workstream Group", "Not started"]]),
    ]
    rag_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red",
                "Not started": "grey"}
    for name, finding, outcomes, priority, actions in plans:
        doc.add_page_break()
        doc.add_heading(name, level=1)
        doc.add_heading("Findings", level=2)
        doc.add_paragraph(finding)
        doc.add_heading("Outcomes", level=2)
        for o in outcomes:
            doc.add_paragraph(o, style="List Bullet")
        doc.add_heading("Strategic Workstream Priority", level=2)
        doc.add_paragraph(priority)
        tb = table(doc, ["Action", "Lead", "By when", "Accountable board", "RAG (January 2025)"],
                   actions, [10, 6, 3.5, 4.5, 3])
        for row in tb.rows[1:]:
            shade(row.cells[4], DFILL[rag_fill[row.cells[4].text]])
    doc.save(out("zco-southampton-local-area-send-post-inspection-improvement-plan-2024.docx"))


# ----------------------------------------------- 5. CYSUR CPR action plan (docx)
def cysur():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Concise Child Practice Review CYSUR 2/2023 – Learning and Improvement Action Plan",
                      style="Title")
    doc.add_paragraph("CYSUR – Mid and West Wales Safeguarding Children Board / "
                      "Bwrdd Diogelu Plant Canolbarth a Gorllewin Cymru")
    ctl = doc.add_table(rows=0, cols=2)
    ctl.style = "Table Grid"
    for a, b in [("Review reference", "CYSUR 2/2023"),
                 ("Type of review", "Concise Child Practice Review"),
                 ("Report approved by the Board", "12 March 2024"),
                 ("Submitted to Welsh Government", "20 March 2024"),
                 ("Action plan owner", "CYSUR Case Review Sub-Group"),
                 ("Progress position", "October 2024")]:
        cells = ctl.add_row().cells
        cells[0].text = a
        cells[1].text = b
        cells[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=2, cols=4)
    key.style = "Table Grid"
    for i, (lab, f) in enumerate([("Action complete", "blue"), ("On track", "green"),
                                  ("At risk of delay", "amber"), ("Off track", "red")]):
        shade(key.rows[0].cells[i], DFILL[f])
        key.rows[1].cells[i].text = lab

    recs = [
        ("Recommendation 1: CYSUR partners should assure the Board that practitioners understand and "
         "follow the All Wales practice guide on responding to bruising in pre-mobile babies.",
         [["1.1", "Re-circulate the All Wales practice guide to health visiting, GP and emergency "
                  "department staff, with a seven-minute briefing.",
           "Named Nurse Safeguarding Children (Hywel Dda UHB)", "31/05/2024",
           "Briefing circulated 2 May 2024 and discussed at the GP safeguarding leads forum.", "blue"],
          ["1.2", "Audit a sample of referrals for bruising in pre-mobile babies across the four local "
                  "authority areas and report the findings to the Quality Assurance Sub-Group.",
           "CYSUR Business Manager / Quality Assurance Sub-Group Chair", "Q3 2024/25",
           "Audit tool agreed; sample drawn from Carmarthenshire, Ceredigion, Pembrokeshire and Powys.",
           "green"]]),
        ("Recommendation 2: Agencies should ensure that the role and history of fathers and other male "
         "carers are routinely explored in assessments and plans.",
         [["2.1", "Add a 'who lives in the household?' prompt to the antenatal booking and the health "
                  "visiting primary birth visit templates.",
           "Head of Midwifery / Lead Nurse Health Visiting", "September 2024",
           "Antenatal template updated. Health visiting template awaiting a system change request.",
           "amber"],
          ["2.2", "Deliver multi-agency training on engaging fathers and male carers, using the learning "
                  "from this review.",
           "Regional Safeguarding Training Coordinator", "Sept 2024 – March 2025",
           "Two sessions delivered (July and September 2024); further dates in January and March 2025.",
           "green"]]),
        ("Recommendation 3: The Board should seek assurance that information about adults with a history "
         "of violence is shared promptly with partners when a baby is expected.",
         [["3.1", "Review how police information on domestic abuse perpetrators is shared with midwifery "
                  "through the Multi-Agency Safeguarding Hubs.",
           "Detective Inspector – Public Protection Unit (Dyfed-Powys Police)", "31/12/2024",
           "Delayed by the MASH restructure. Revised date to be agreed at the November Sub-Group.",
           "red"],
          ["3.2", "Add a prompt about expected babies to the MARAC referral form and research template.",
           "MARAC Coordinator", "30/06/2024", "New MARAC form in use from 1 July 2024.", "blue"],
          ["3.3", "Include the learning from this review in the regional Violence Against Women, Domestic "
                  "Abuse and Sexual Violence (VAWDASV) training plan.",
           "Regional VAWDASV Coordinator", "Ongoing",
           "Learning added to Group 2 and Group 3 training materials.", "green"]]),
    ]
    for rec, rows in recs:
        doc.add_paragraph("")
        p = doc.add_paragraph()
        p.add_run(rec).bold = True
        tb = table(doc, ["No.", "Action", "Lead", "Target date", "Progress update", "RAG"],
                   [r[:5] + [""] for r in rows], [1.2, 8, 5.5, 3, 7.5, 1.5])
        for row, r in zip(tb.rows[1:], rows):
            shade(row.cells[5], DFILL[r[5]])
    doc.add_paragraph("")
    doc.add_paragraph("Progress on this plan is reported to each meeting of the CYSUR Case Review "
                      "Sub-Group and to the Board twice a year.")
    doc.save(out("zco-cysur-mid-and-west-wales-safeguarding-children-board-child-practice-review-action-plan.docx"))


# ------------------------------------------ 6. Cardiff and Vale RSB APR (csv)
def cardiff_vale():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 9
    w.writerow(["Cardiff and Vale Regional Safeguarding Board – Adult Practice Review CVRSB APR 02/2023 – Action Plan"] + [""] * (n - 1))
    w.writerow(["Exported from the RSB Business Unit action tracker 14/11/2024"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Recommendation", "Action No", "Action", "Agency", "Lead", "Target Date",
                "Revised Target Date", "Progress Update", "Status"])
    r1 = ("1. All agencies should ensure that the mental capacity of an adult who repeatedly declines "
          "care and support is assessed and recorded when the risk to them increases.")
    r2 = ("2. Cardiff and Vale University Health Board should strengthen discharge planning for adults "
          "known to be self-neglecting, so that community services and housing are involved before discharge.")
    r3 = ("3. The Board should seek assurance that safe and well referrals from the fire and rescue "
          "service reach adult services when risks such as hoarding are identified.")
    r4 = "4. All agencies should use the learning from this review in their safeguarding training."
    rows = [
        [r1, "1.1", "Issue a multi-agency briefing on executive capacity and self-neglect, drawing on the findings of this review.",
         "Cardiff and Vale RSB", "RSB Business Manager", "31/03/2024", "",
         "Briefing published on the RSB website and shared through agency safeguarding leads in March 2024.", "Complete"],
        ["", "1.2", "Audit twenty cases of adults who declined care and support in 2023/24 to test whether capacity was assessed when risk increased.",
         "Cardiff Council; Vale of Glamorgan Council",
         "Operational Manager Safeguarding (Cardiff) / Operational Manager Safeguarding (Vale)",
         "30/06/2024", "31/12/2024", "Cardiff audit complete. Vale audit delayed by staff absence.", "Amber"],
        ["", "1.3", "Add mental capacity assessment prompts to the adult social care assessment and review templates.",
         "Cardiff Council", "Principal Social Worker", "Sep-24", "Dec-24",
         "Template change tested; go-live 2 December 2024.", "Green"],
        [r2, "2.1", "Introduce a self-neglect alert on the patient administration system that prompts a multi-agency discharge meeting.",
         "Cardiff and Vale UHB", "Head of Adult Safeguarding (C&V UHB)", "31/12/2024", "",
         "Digital change request approved and build scheduled.", "Green"],
        ["", "2.2", "Include housing and tenancy support providers in complex discharge meetings where the person's tenancy is at risk.\n"
                    "Record their attendance on the discharge checklist.",
         "Cardiff and Vale UHB", "Discharge Lead Nurse & Housing Options Manager", "Jun-24", "",
         "Checklist revised and in use on all medical wards since June 2024.", "Complete"],
        [r3, "3.1", "Agree a referral pathway from South Wales Fire and Rescue Service safe and well visits into the adult safeguarding front door, including hoarding risks.",
         "South Wales Fire and Rescue Service", "Station Manager – Community Safety", "Mar-24", "",
         "Pathway agreed and in use.", "Complete"],
        ["", "3.2", "Provide the number of safe and well referrals received by each local authority for the Board's quarterly performance report.",
         "SWFRS; Cardiff Council; Vale of Glamorgan Council", "RSB Business Manager", "Ongoing", "",
         "First data return included in the Q2 2024/25 performance report.", "Green"],
        [r4, "4.1", "Hold a learning event on this review for practitioners from all partner agencies.",
         "Cardiff and Vale RSB", "Chair of the Practice Review Sub-Group", "31/07/2024", "",
         "Event held 9 July 2024 (82 attendees).", "Complete"],
        ["", "4.2", "Add the seven-minute briefing on this review to each agency's mandatory safeguarding training.",
         "All partner agencies", "Agency safeguarding leads", "31/03/2025", "", "", "Not started"],
    ]
    for r in rows:
        w.writerow(r)
    w.writerow([""] * n)
    w.writerow(["Status key: Complete; Green = on track; Amber = some slippage; Red = off track; Not started"] + [""] * (n - 1))
    w.writerow(["Total actions: 9 (Complete 4; Green 3; Amber 1; Red 0; Not started 1)"] + [""] * (n - 1))
    with open(out("zco-cardiff-and-vale-rsb-adult-practice-review-action-plan.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ------------------------------- 7. Westmorland and Furness fostering plan (txt)
def westmorland():
    T = "\t"
    lines = [
        "Westmorland and Furness Council – Fostering Service Development Plan 2025/26",
        "Appendix 2 to the Fostering Service Annual Report 2024/25 – Corporate Parenting Board, 10 June 2025",
        "Progress update: September 2025",
        "",
        T.join(["Ref", "Action", "Lead", "Timescale", "Progress", "RAG"]),
        "Priority 1: More local foster homes for our children",
        T.join(["1.1", "Deliver two targeted recruitment campaigns, for carers of teenagers and of sibling groups, "
                       "alongside the regional fostering recruitment hub.",
                "Fostering Recruitment Team Manager", "March 2026",
                "Spring campaign ran April to May 2025: 46 enquiries and 9 initial visits.", "G"]),
        T.join(["", "", "", "", "Autumn campaign (teenagers) starts 6 October 2025.", ""]),
        T.join(["1.2", "Reduce the average time from enquiry to approval to six months.",
                "Fostering Team Manager (Assessment)", "Q4 2025/26",
                "Average currently 7.4 months; an additional assessor has been commissioned.", "A"]),
        T.join(["1.3", "Review the fees and allowances offer against neighbouring North West councils and "
                       "present options to Cabinet.",
                "Head of Service – Children Looked After / Finance Business Partner", "31/12/2025",
                "Benchmarking complete; options paper in draft.", "G"]),
        "Priority 2: Support and keep our foster carers",
        T.join(["2.1", "Launch a second Mockingbird constellation in the Furness area.",
                "Fostering Service Manager", "Sept 2025 – March 2026",
                "Hub home carer identified in Barrow; launch planned for January 2026.", "G"]),
        T.join(["2.2", "Hold an exit interview with every fostering household that resigns and report the "
                       "themes to the Fostering Panel.",
                "Fostering Panel Adviser", "Ongoing",
                "Three exit interviews since April; themes are allowances and out-of-hours support.", "G"]),
        T.join(["2.3", "Introduce an out-of-hours support line staffed by experienced foster carers.",
                "Fostering Service Manager & Foster Carer Association Chair", "Q3 2025/26",
                "Not started – awaiting a budget decision.", "R"]),
        "Priority 3: Kinship and connected carers",
        T.join(["3.1", "Complete all connected persons viability assessments within 16 weeks.",
                "Kinship Team Manager", "March 2026",
                "12 of 15 assessments completed within 16 weeks in Q1 and Q2.", "A"]),
        T.join(["3.2", "Publish a kinship local offer, co-produced with kinship families.",
                "Kinship Team Manager / Participation Officer", "July 2025",
                "Published on the council website on 28 July 2025.", "C"]),
        "Priority 4: Quality and practice",
        T.join(["4.1", "Audit foster carer annual reviews to check that children's views are recorded in every review.",
                "Independent Reviewing Officer Manager", "Half-yearly",
                "First audit of 20 reviews completed in August 2025.", "G"]),
        T.join(["4.2", "Update the fostering Statement of Purpose and children's guide, including an easy-read version.",
                "Fostering Service Manager", "30/06/2025",
                "Approved by Corporate Parenting Board on 10 June 2025.", "C"]),
        "",
        "RAG: G = on track; A = some slippage; R = off track; C = complete",
    ]
    with open(out("zco-westmorland-and-furness-council-fostering-service-development-plan-2025-26.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    calderdale()
    warrington()
    wirral()
    southampton()
    cysur()
    cardiff_vale()
    westmorland()
    print("built 7 zco- files in", HERE)
