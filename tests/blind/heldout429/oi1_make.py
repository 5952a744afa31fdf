#!/usr/bin/env python3
"""Build the seven oi1- blind test files (set heldout429).

Run with /work/main/.venv/bin/python oi1_make.py ; writes next to this script.
Only files whose names start with oi1- are written.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("oi1-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "HEAD": PatternFill("solid", fgColor="1F3864"),
    "GREY": PatternFill("solid", fgColor="D9D9D9"),
    "LIGHT": PatternFill("solid", fgColor="DEEAF6"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def header_row(ws, row, headers, fill="HEAD"):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = WHITE_BOLD if fill == "HEAD" else BOLD
        c.fill = FILL[fill]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def boxed(ws, row, ncols):
    for col in range(1, ncols + 1):
        c = ws.cell(row=row, column=col)
        c.border = BOX
        if c.alignment is None or not c.alignment.wrap_text:
            c.alignment = WRAP


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def landscape(document):
    s = document.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


def bold_cells(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


# ======================================================================
# 1. Manchester City Council - Ofsted focused visit action plan (xlsx)
# ======================================================================
def manchester():
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Manchester City Council"
    cover["A1"].font = Font(bold=True, size=12)
    cover["A2"] = "Children’s Services"
    cover["A4"] = "Ofsted Focused Visit Action Plan"
    cover["A4"].font = Font(bold=True, size=16)
    cover["A5"] = ("Focused visit 12 and 13 March 2024: children in need and "
                   "children subject to a child protection plan")
    cover["A7"] = "Document control"
    cover["A7"].font = BOLD
    header_row(cover, 8, ["Version", "Date", "Author", "Changes"], fill="GREY")
    rows = [
        ("0.1", dt.datetime(2024, 4, 24), "Head of Service – Practice Improvement",
         "First draft for Directorate Leadership Team"),
        ("1.0", dt.datetime(2024, 5, 20), "Head of Service – Practice Improvement",
         "Approved by Children’s Practice Improvement Board; submitted to Ofsted"),
        ("1.1", dt.datetime(2024, 8, 5), "Performance and Intelligence Manager",
         "July 2024 progress update"),
        ("1.2", dt.datetime(2024, 11, 4), "Performance and Intelligence Manager",
         "October 2024 progress update"),
    ]
    for i, r in enumerate(rows, start=9):
        for j, v in enumerate(r, start=1):
            c = cover.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cover["A14"] = ("Governance: progress is reported monthly to the Children’s Practice "
                    "Improvement Board and quarterly to the Children and Young People "
                    "Scrutiny Committee.")
    widths(cover, [12, 14, 40, 70])

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Ofsted Focused Visit Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress update as at 31 October 2024"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    header_row(ws, 4, [
        "Area for improvement (Ofsted letter, April 2024)", "Ref", "What we will do",
        "Lead", "Target date", "Revised target date", "Progress update – October 2024",
        "Previous RAG (July 2024)", "Current RAG (Oct 2024)"])

    areas = [
        ("1. The quality and impact of management oversight and supervision, so that "
         "plans for children in need progress without drift.", [
             ("1.1", "Refresh the supervision policy and practice standards, setting out "
                     "expectations for reflective supervision and for recording management "
                     "decisions on the child’s file.",
              "Head of Service – Practice Improvement", dt.datetime(2024, 6, 30), None,
              "Policy and practice standards launched at the all-staff briefing on "
              "27 June 2024.", "A", "B"),
             ("1.2", "Deliver a programme of management oversight workshops for all team "
                     "managers and assistant team managers in the locality teams.",
              "Principal Social Worker", dt.datetime(2024, 9, 1), dt.datetime(2024, 12, 1),
              "Four of six workshops delivered; the remaining two are booked for November "
              "and December.", "G", "A"),
             ("1.3", "Introduce a monthly dip-sample audit of children in need plans open "
                     "longer than nine months, with findings reported to the Children’s "
                     "Practice Improvement Board.",
              "Strategic Lead (Quality Assurance) / Locality Heads of Service",
              "Monthly from May 2024", None,
              "Audits completed each month since May; themes reported to the Board in "
              "July and October.", "G", "G"),
         ]),
        ("2. The timeliness of child protection strategy discussions, and the "
         "contribution of all relevant partner agencies to them.", [
             ("2.1", "Agree a revised multi-agency strategy discussion protocol with "
                     "Greater Manchester Police and health partners.",
              "Head of Service – Front Door; GMP Detective Inspector (Public Protection)",
              dt.datetime(2024, 7, 31), None,
              "Protocol agreed at the Manchester Safeguarding Partnership Executive on "
              "14 August 2024.", "A", "B"),
             ("2.2", "Produce a weekly performance report on the timeliness of strategy "
                     "discussions and attendance by agency, reviewed by the Front Door "
                     "management team.",
              "Performance and Intelligence Manager", dt.datetime(2024, 8, 1), None,
              "Weekly report in place since September; 87% of strategy discussions held "
              "within timescale in October.", "A", "fill:G"),
             ("2.3", "Secure health representation at all strategy discussions held out "
                     "of hours, through the Emergency Duty Service rota.",
              "Designated Nurse Safeguarding Children (NHS GM)", "Q3 2024/25", None,
              "Interim rota agreed with the out-of-hours provider; permanent arrangement "
              "awaits an NHS GM funding decision.", "R", "A"),
         ]),
        ("3. The recording of children’s lived experience and of their wishes and "
         "feelings in assessments and plans.", [
             ("3.1", "Launch the ‘Write to the Child’ practice guidance and recording "
                     "templates in the Liquid Logic case management system.",
              "Principal Social Worker / LCS Systems Manager", "October 2024", None,
              "Guidance launched; templates live in LCS from 21 October 2024.", "G", "G"),
             ("3.2", "Audit 40 children’s records against the new recording standard and "
                     "report the findings to the Children’s Practice Improvement Board.",
              "Strategic Lead (Quality Assurance)", dt.datetime(2025, 1, 1),
              dt.datetime(2025, 3, 1),
              "Audit will start once the new templates have been in use for three "
              "months.", None, None),
         ]),
    ]
    r = 5
    for area, acts in areas:
        first = r
        for ref, act, lead, tgt, rev, prog, prev, cur in acts:
            ws.cell(row=r, column=2, value=ref)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=tgt)
            if isinstance(tgt, dt.datetime):
                c.number_format = "dd/mm/yyyy" if tgt.day != 1 else "mmm-yy"
            c = ws.cell(row=r, column=6, value=rev)
            if isinstance(rev, dt.datetime):
                c.number_format = "mmm-yy"
            ws.cell(row=r, column=7, value=prog)
            for col, val in ((8, prev), (9, cur)):
                c = ws.cell(row=r, column=col)
                if val is None:
                    continue
                if val.startswith("fill:"):
                    c.fill = FILL[val[5:]]
                else:
                    c.value = val
                    c.fill = FILL[val]
                    c.font = BOLD
                c.alignment = Alignment(horizontal="center", vertical="top")
            boxed(ws, r, 9)
            r += 1
        ws.cell(row=first, column=1, value=area)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.cell(row=first, column=1).font = BOLD
        ws.cell(row=first, column=1).fill = FILL["LIGHT"]
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1,
            value="Key: B = complete; G = on track; A = some slippage, recovery in hand; "
                  "R = off track. See the RAG Key sheet.")
    ws.cell(row=r + 1, column=1).font = Font(italic=True)
    widths(ws, [38, 6, 52, 30, 13, 13, 45, 12, 12])
    ws.freeze_panes = "C5"

    key = wb.create_sheet("RAG Key")
    header_row(key, 1, ["RAG", "Meaning"], fill="GREY")
    for i, (k, m) in enumerate([
            ("B", "Blue – action complete and evidence of impact seen"),
            ("G", "Green – on track to be delivered by the target date"),
            ("A", "Amber – some slippage; recovery plan in place"),
            ("R", "Red – off track; escalated to the Children’s Practice Improvement Board"),
    ], start=2):
        key.cell(row=i, column=1, value=k).fill = FILL[k]
        key.cell(row=i, column=2, value=m)
    widths(key, [8, 80])
    wb.save(out("oi1-manchester-city-council-ofsted-focused-visit-action-plan.xlsx"))


# ======================================================================
# 2. Wirral Council - internal audit recommendations tracker (xlsx, REFUSE)
# ======================================================================
def wirral():
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Wirral Council – Internal Audit: Outstanding Recommendations"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Report to Audit and Risk Management Committee – 20 January 2025"
    header_row(s, 4, ["Directorate", "High priority", "Medium priority",
                      "Total outstanding", "Past original target date"])
    data = [("Adults, Health and Strategic Commissioning", 1, 1, 2, 1),
            ("Children, Families and Education", 1, 1, 2, 1),
            ("Finance", 0, 2, 2, 1),
            ("Neighbourhood Services", 0, 1, 1, 0)]
    for i, d in enumerate(data, start=5):
        for j, v in enumerate(d, start=1):
            s.cell(row=i, column=j, value=v).border = BOX
    tot = ("Total", 2, 5, 7, 3)
    for j, v in enumerate(tot, start=1):
        c = s.cell(row=9, column=j, value=v)
        c.font = BOLD
        c.border = BOX
    widths(s, [44, 14, 16, 18, 24])

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal Audit Recommendations Tracker – position at 31 December 2024"
    ws["A1"].font = Font(bold=True, size=13)
    header_row(ws, 3, [
        "Audit Ref", "Audit", "Directorate", "Rec No.", "Priority", "Recommendation",
        "Agreed Management Action", "Responsible Officer", "Original Target Date",
        "Revised Target Date", "Status", "Officer Update"])
    D = dt.datetime
    recs = [
        ("IA23/14", "Direct Payments", "Adults, Health and Strategic Commissioning", 1,
         "High",
         "Direct payment accounts should be reviewed within six weeks of the first payment "
         "and annually thereafter, with surplus balances recovered.",
         "A reconciliation schedule will be introduced and the backlog of 112 accounts "
         "overdue for review cleared.",
         "Head of Integrated Services", D(2024, 9, 30), D(2025, 3, 31), "In progress",
         "Backlog reduced to 41 accounts; additional finance officer in post until March."),
        ("IA23/14", "Direct Payments", "Adults, Health and Strategic Commissioning", 3,
         "Medium",
         "The Direct Payments policy should be updated to reflect the 2023 guidance on "
         "employing family members.",
         "Policy to be revised and approved by the Adults DMT.",
         "Principal Manager – Commissioning", D(2024, 12, 31), None, "Implemented",
         "Revised policy approved 11 December 2024."),
        ("IA24/03", "Children’s Residential Placements – Contract Management",
         "Children, Families and Education", 2, "High",
         "Quality visits to independent residential providers should be completed and "
         "recorded in line with the placement contract.",
         "A visit schedule will be agreed with the Placements Team and visit outcomes "
         "recorded in the contract management system.",
         "Head of Commissioning (Children)", D(2024, 10, 31), D(2025, 2, 28), "In progress",
         "Schedule agreed; 18 of 30 visits completed."),
        ("IA24/03", "Children’s Residential Placements – Contract Management",
         "Children, Families and Education", 4, "Medium",
         "Contract variations should be authorised in accordance with Contract Procedure "
         "Rules before changes in fees take effect.",
         "Reminder issued to all commissioning officers; quarterly sample check of "
         "variations by the Commissioning Manager.",
         "Commissioning Manager", D(2025, 3, 31), "0ct-25", "Not yet due",
         "Target revised to allow two quarterly checks to be completed."),
        ("IA24/07", "Accounts Payable", "Finance", 1, "Medium",
         "Changes to supplier bank details should be independently verified by telephone "
         "using contact details held on file.",
         "Procedure note updated and verification checklist introduced for all bank "
         "detail changes.",
         "Head of Financial Operations", D(2024, 11, 30), None, "Implemented",
         "Checklist in use from 4 November 2024."),
        ("IA24/07", "Accounts Payable", "Finance", 2, "Medium",
         "Duplicate payment reports should be run weekly and reviewed before each payment "
         "run.",
         "Weekly duplicate payment report to be scheduled in the finance system.",
         "Accounts Payable Manager", D(2024, 12, 31), D(2025, 1, 31), "In progress",
         "Report built; awaiting testing by the finance systems team."),
        ("IA24/11", "Fleet Management", "Neighbourhood Services", 2, "Medium",
         "Driver licence checks should be completed for all staff who drive council "
         "vehicles at least every six months.",
         "Licence checks to be moved to the DVLA online checking service with six-monthly "
         "reminders.",
         "Fleet Manager", D(2025, 2, 28), None, "Not yet due",
         "Contract with checking service signed."),
    ]
    r = 4
    for rec in recs:
        for j, v in enumerate(rec, start=1):
            c = ws.cell(row=r, column=j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        boxed(ws, r, 12)
        r += 1
    ws.cell(row=r + 1, column=1,
            value="Implemented recommendations are reported once and then removed from "
                  "the tracker.").font = Font(italic=True)
    widths(ws, [10, 26, 22, 8, 9, 45, 45, 26, 12, 12, 12, 40])
    wb.save(out("oi1-wirral-council-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ======================================================================
# 3. Stoke-on-Trent City Council - strategic risk register (xlsx)
# ======================================================================
def stoke():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "Stoke-on-Trent City Council – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Quarter 2 review (position at 30 September 2025) – Audit and Standards "
                "Committee, 24 November 2025")
    ws.merge_cells("A2:J2")
    header_row(ws, 4, [
        "Strategic risk", "Risk owner", "Key controls in place", "Current score (L x I)",
        "Target score", "Direction of travel", "Further actions", "Action owner",
        "Due date", "Action status"])
    D = dt.datetime
    STATUS_FILL = {"Complete": "B", "On track": "G", "Some delay": "A",
                   "Significant delay": "R"}
    risks = [
        ("SR01 – Financial sustainability",
         "Director of Strategy and Resources (S151 Officer)",
         "Medium Term Financial Strategy refreshed annually; monthly budget monitoring "
         "to CMT and Cabinet; Exceptional Financial Support agreed with MHCLG.",
         "4 x 5 = 20", "3 x 4 = 12", "↔", [
             ("Deliver the 2026/27 budget savings programme, with monthly tracking of each "
              "saving through the Transformation Board.",
              "Assistant Director – Finance", (D(2026, 3, 1), "mmm-yy"), "On track"),
             ("Complete the review of the capital programme and reprofile schemes that are "
              "not yet contractually committed.",
              "Assistant Director – Finance / Head of Capital Programmes",
              (D(2025, 12, 31), "dd/mm/yyyy"), "Some delay"),
             ("Submit the business case for continued Exceptional Financial Support to "
              "MHCLG.",
              "Director of Strategy and Resources (S151 Officer)",
              (D(2025, 7, 31), "dd/mm/yyyy"), "Complete"),
         ]),
        ("SR04 – Demand for children’s social care placements",
         "Director of Children’s Services",
         "Placement sufficiency strategy; weekly high-cost placement panel; regional "
         "commissioning through the West Midlands framework.",
         "4 x 4 = 16", "3 x 4 = 12", "↑", [
             ("Open two further council-run children’s homes under the residential "
              "expansion programme.",
              "Head of Service – Children’s Residential Care", "Q4 2025/26",
              "Significant delay"),
             ("Recruit 25 additional in-house foster carers through the Fostering Stoke "
              "campaign.",
              "Fostering Service Manager", (D(2026, 3, 1), "mmm-yy"), "Some delay"),
             ("Review every placement costing over £6,000 per week at the High Cost "
              "Placement Panel.",
              "Head of Service – Children’s Residential Care; Strategic Commissioning "
              "Manager", "Ongoing", "On track"),
         ]),
        ("SR07 – Cyber security and resilience of ICT systems",
         "Chief Digital Officer",
         "Cyber Essentials Plus accreditation; mandatory staff cyber training; 24/7 "
         "security monitoring through the managed service provider.",
         "3 x 5 = 15", "2 x 5 = 10", "↔", [
             ("Run a corporate cyber-incident exercise with CMT and the Emergency Planning "
              "team.",
              "Chief Digital Officer / Emergency Planning Manager",
              (D(2025, 11, 1), "mmm-yy"), "On track"),
             ("Migrate the remaining legacy servers to the cloud hosting platform.",
              "Head of ICT Infrastructure", (D(2026, 6, 1), "mmm-yy"), "Not started"),
         ]),
        ("SR11 – Housing compliance (Regulator of Social Housing consumer standards)",
         "Director of Housing, Development and Growth",
         "Landlord compliance dashboard reported monthly; independent fire risk "
         "assessments; damp and mould response protocol.",
         "3 x 4 = 12", "2 x 4 = 8", "↓", [
             ("Complete the stock condition survey of all council homes.",
              "Head of Housing Asset Management", (D(2026, 3, 31), "dd/mm/yyyy"),
              "On track"),
             ("Build the Awaab’s Law timescales into the repairs IT system and train all "
              "surveyors.",
              "Head of Housing Repairs", (D(2025, 10, 1), "mmm-yy"), "Complete"),
         ]),
    ]
    r = 5
    for title, owner, controls, cur, tgt, dot, acts in risks:
        first = r
        for act, aown, due, status in acts:
            ws.cell(row=r, column=7, value=act)
            ws.cell(row=r, column=8, value=aown)
            if isinstance(due, tuple):
                c = ws.cell(row=r, column=9, value=due[0])
                c.number_format = due[1]
            else:
                ws.cell(row=r, column=9, value=due)
            c = ws.cell(row=r, column=10, value=status)
            if status in STATUS_FILL:
                c.fill = FILL[STATUS_FILL[status]]
            boxed(ws, r, 10)
            r += 1
        for col, v in enumerate((title, owner, controls, cur, tgt, dot), start=1):
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            if col == 1:
                c.font = BOLD
            if col == 4:
                c.fill = FILL["R"] if cur.endswith(("20", "16", "15")) else FILL["A"]
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1,
                           end_column=col)
    r += 1
    ws.cell(row=r, column=1,
            value="Direction of travel: ↑ risk increasing   ↔ no change   ↓ risk reducing")
    r += 1
    ws.cell(row=r, column=1, value="Action status key:").font = BOLD
    for i, (k, f) in enumerate(STATUS_FILL.items(), start=2):
        c = ws.cell(row=r, column=i, value=k)
        c.fill = FILL[f]
    widths(ws, [30, 24, 40, 12, 10, 10, 48, 30, 12, 16])

    m = wb.create_sheet("Risk Scoring Matrix")
    m["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    m["A1"].font = BOLD
    m["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        m.cell(row=3, column=i + 1, value=i).font = BOLD
        m.cell(row=3 + i, column=1, value=6 - i).font = BOLD
        for j in range(1, 6):
            score = (6 - i) * j
            c = m.cell(row=3 + i, column=j + 1, value=score)
            c.fill = FILL["R"] if score >= 15 else FILL["A"] if score >= 8 else FILL["G"]
            c.border = BOX
    m["A10"] = "15–25 Red: high; 8–12 Amber: medium; 1–6 Green: low"
    wb.save(out("oi1-stoke-on-trent-city-council-strategic-risk-register-2025-26.xlsx"))


# ======================================================================
# 4. Leeds Safeguarding Children Partnership - LCSPR Child T (docx)
# ======================================================================
def leeds():
    d = docx.Document()
    landscape(d)
    p = d.add_paragraph()
    run = p.add_run("Leeds Safeguarding Children Partnership")
    run.bold = True
    run.font.size = Pt(12)
    d.add_paragraph("Local Child Safeguarding Practice Review: Child T – Multi-agency "
                    "Action Plan", style="Title")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Review published", "16 July 2024"),
                 ("Action plan owner", "LSCP Learning and Improvement Sub-group"),
                 ("Version", "v4 – progress at 31 January 2025"),
                 ("Next review", "April 2025")]:
        row = t.add_row()
        row.cells[0].text = k
        row.cells[1].text = v
        shade(row.cells[0], "D9D9D9")
    d.add_paragraph()
    d.add_paragraph("This action plan responds to the four recommendations in the "
                    "independent reviewer’s report. Progress is RAG rated using the key at "
                    "the end of this document.")

    HEAD = ["No.", "Action", "Lead", "Timescale", "Evidence of impact / progress", "RAG"]
    RAGFILL = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000",
               "Red": "FF0000", "Not started": "FFFFFF"}

    def action_table(rows):
        tb = d.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(HEAD):
            tb.rows[0].cells[i].text = h
            shade(tb.rows[0].cells[i], "BDD7EE")
        bold_cells(tb.rows[0])
        for r in rows:
            row = tb.add_row()
            for i, v in enumerate(r):
                row.cells[i].text = v
            shade(row.cells[5], RAGFILL[r[5]])
        d.add_paragraph()

    def rec(text):
        p = d.add_paragraph()
        p.add_run(text).bold = True

    d.add_heading("Learning theme 1: Seeing the whole family – fathers and men in the "
                  "household", level=1)
    rec("Recommendation 1: The LSCP should seek assurance that agencies identify, assess "
        "and engage fathers and other men living in or visiting the household.")
    action_table([
        ("1.1", "Revise the ‘Think Family’ multi-agency guidance to include a section on "
                "identifying and engaging fathers and male carers.",
         "LSCP Business Manager", "September 2024",
         "Revised guidance published on the LSCP website in September 2024 and promoted "
         "through the LSCP newsletter.", "Complete"),
        ("1.2", "Add a mandatory prompt to health visiting and midwifery records to ask "
                "about all adults living in or regularly visiting the household.",
         "Leeds Community Healthcare Named Nurse; LTHT Named Midwife", "December 2024",
         "Prompt live in SystmOne for health visiting; the midwifery record change is "
         "being tested.", "Amber"),
    ])
    rec("Recommendation 2: Agencies should ensure that a partner’s history of domestic "
        "abuse is shared and considered when a new baby is expected.")
    action_table([
        ("2.1", "Deliver a briefing on pre-birth risk assessment and domestic abuse history "
                "to midwifery, health visiting and Children’s Social Work Service front "
                "door staff.",
         "LSCP Training Coordinator", "By 31 March 2025",
         "Four of six sessions delivered; 212 practitioners attended.", "Green"),
        ("2.2", "Audit ten pre-birth assessments completed since the briefing to test "
                "whether domestic abuse history has been considered.",
         "Head of Service, Quality Assurance and Practice Improvement (CSWS)", "June 2025",
         "Audit to follow completion of the briefings.", "Not started"),
    ])
    d.add_heading("Learning theme 2: Information sharing across the Leeds/Bradford "
                  "boundary", level=1)
    rec("Recommendation 3: The LSCP and Bradford Children and Families Trust should agree "
        "a protocol for transferring child protection information when families move "
        "between the two areas.")
    action_table([
        ("3.1", "Agree a cross-border transfer protocol with Bradford Children and Families "
                "Trust and West Yorkshire Police.",
         "Chief Officer CSWS / WYP Detective Superintendent (Safeguarding)",
         "October 2024\nRevised: January 2025",
         "Protocol signed by all three agencies on 22 January 2025.", "Complete"),
        ("3.2", "Test the protocol through a multi-agency audit of five families who moved "
                "between Leeds and Bradford in 2024.",
         "LSCP Performance and Quality Assurance Sub-group", "July 2025",
         "Families identified; audit booked for May 2025.", "Green"),
    ])
    d.add_heading("Learning theme 3: Professional curiosity when families disengage",
                  level=1)
    rec("Recommendation 4: Partners should ensure that practitioners are supported to "
        "exercise professional curiosity when a parent disengages from universal services.")
    action_table([
        ("4.1", "Include the learning from Child T in the LSCP multi-agency professional "
                "curiosity training and publish a 7-minute briefing.",
         "LSCP Training Coordinator", "Ongoing – reviewed quarterly",
         "7-minute briefing published August 2024; training updated.", "Green"),
        ("4.2", "Update the ‘Was Not Brought’ guidance for GP practices and dental "
                "services.",
         "ICB Designated Nurse Safeguarding Children; Named GP for Safeguarding Children",
         "31/03/2025", "Draft circulated to the Primary Care Safeguarding Forum.", "Amber"),
    ])

    d.add_heading("RAG key", level=2)
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for name, meaning in [
            ("Complete", "Action completed and evidence of impact seen"),
            ("Green", "On track to be completed within the timescale"),
            ("Amber", "Some delay, but expected to be completed"),
            ("Red", "Off track – escalated to the LSCP Executive"),
            ("Not started", "Action not yet due to begin")]:
        row = k.add_row()
        row.cells[0].text = name
        row.cells[1].text = meaning
        shade(row.cells[0], RAGFILL[name])
    d.save(out("oi1-leeds-safeguarding-children-partnership-lcspr-child-t-action-plan.docx"))


# ======================================================================
# 5. Durham County Council - Council Plan 2024-2028 delivery plan, Q2 2025/26 (docx)
# ======================================================================
def durham():
    d = docx.Document()
    landscape(d)
    d.add_heading("Durham County Council", level=2)
    d.add_paragraph("Council Plan 2024–2028: Delivery Plan", style="Title")
    d.add_paragraph("Quarter 2 2025/26 progress report (July to September 2025) – Corporate "
                    "Overview and Scrutiny Management Board, 24 November 2025")
    d.add_paragraph("The delivery plan sets out the key actions that will deliver the five "
                    "ambitions of the Council Plan. Each action is given a status using the "
                    "key below.")

    p = d.add_paragraph()
    p.add_run("Status key").bold = True
    key = d.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (txt, col) in enumerate([("Blue – Complete", "0070C0"),
                                    ("Green – On track", "00B050"),
                                    ("Amber – Slippage within tolerance", "FFC000"),
                                    ("Red – Significant slippage or at risk", "FF0000")]):
        key.rows[0].cells[i].text = txt
        shade(key.rows[0].cells[i], col)
    d.add_paragraph()

    RAGFILL = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(["Ref", "Key action", "Lead", "Original due date",
                           "Revised due date", "Progress this quarter", "Status"]):
        t.rows[0].cells[i].text = h
        shade(t.rows[0].cells[i], "1F3864")
    bold_cells(t.rows[0])

    def band(text):
        row = t.add_row()
        c = row.cells[0].merge(row.cells[6])
        c.text = text
        shade(c, "DEEAF6")
        for para in c.paragraphs:
            for r in para.runs:
                r.bold = True

    def act(ref, text, lead, orig, rev, prog, rag):
        row = t.add_row()
        for i, v in enumerate((ref, text, lead, orig, rev, prog, rag)):
            row.cells[i].text = v
        shade(row.cells[6], RAGFILL[rag])

    band("Our Economy – a thriving and inclusive economy with more and better jobs")
    act("EC1", "Deliver the first phase of the Aykley Heads strategic employment site, "
               "including the highways and utilities infrastructure.",
        "Corporate Director of Regeneration, Economy and Growth", "March 2025",
        "December 2025",
        "Utilities works complete; highways works delayed by a diversion of the water main.",
        "Amber")
    act("EC2", "Publish the Inclusive Economic Strategy delivery plan with the County "
               "Durham Economic Partnership.",
        "Head of Economic Development", "June 2025", "",
        "Delivery plan published in June 2025 following Cabinet approval.", "Blue")
    band("Our Environment – a sustainable, clean and net zero county")
    act("EN1", "Roll out weekly food waste collections to all households.",
        "Head of Environmental Services", "April 2026", "",
        "Vehicles and caddies procured; collection rounds being designed.", "Green")
    act("EN2", "Install 500 additional public electric vehicle charge points through the "
               "LEVI programme.",
        "Low Carbon Economy Team Manager / Head of Transport and Contract Services",
        "Q4 2025/26", "", "212 charge points installed to date.", "Green")
    band("Our People – people live long and independent lives and children get the best "
         "start in life")
    act("PE1", "Open the next four family hubs in Stanley, Chester-le-Street, Peterlee and "
               "Newton Aycliffe.",
        "Head of Early Help, Inclusion and Vulnerable Children", "September 2025",
        "March 2026",
        "Stanley and Chester-le-Street hubs open; Peterlee and Newton Aycliffe delayed by "
        "building works.", "Red")
    act("PE2", "Reduce the number of people waiting for a social care assessment through "
               "the Adult Front Door improvement programme.",
        "Head of Adult Care", "Ongoing", "",
        "Waiting list reduced from 640 to 410 people since April.", "Green")
    band("Our Communities – safe, connected and well-cared-for communities")
    act("CO1", "Extend the selective licensing scheme for private rented housing to the "
               "remaining eligible areas.",
        "Head of Community Protection", "31 October 2025", "",
        "Consultation closed; Cabinet decision due in October.", "Green")
    band("Our Council – an effective, efficient and well-run council")
    act("CL1", "Implement the new enterprise resource planning system for finance, HR and "
               "payroll.",
        "Corporate Director of Resources; Head of Digital Services", "April 2025",
        "November 2025", "Finance modules live; payroll go-live moved to November.",
        "Amber")
    d.add_paragraph()
    d.add_paragraph("Actions shown as complete are removed from the delivery plan at the "
                    "next annual refresh.")
    d.save(out("oi1-durham-county-council-council-plan-delivery-plan-q2-2025-26.docx"))


# ======================================================================
# 6. Coventry Health and Wellbeing Board - action log (csv)
# ======================================================================
def coventry():
    rows = [
        ["Coventry Health and Wellbeing Board – Action Log", "", "", "", "", "", "", ""],
        ["Updated 9 December 2024 (following the meeting of 2 December 2024)",
         "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Meeting date", "Minute", "Action", "Responsible officer(s)", "Deadline",
         "Status", "Update"],
        ["HWB/24/09", "10/06/2024", "7",
         "Provide an update on the evaluation of the Coventry Youth Violence Prevention "
         "Programme.",
         "Violence Reduction Partnership Manager", "30/09/2024", "Red",
         "Evaluation report delayed by the provider; update requested for the March 2025 "
         "meeting."],
        ["HWB/24/11", "08/07/2024", "12",
         "Circulate the Marmot City Partnership annual report to all Board members and "
         "partner boards.",
         "Board Support Officer", "31/07/2024", "Complete", "Circulated 24 July 2024."],
        ["HWB/24/14", "16/09/2024", "23",
         "Provide a breakdown of childhood immunisation uptake by ward, with the actions "
         "being taken in the wards with the lowest uptake.",
         "Consultant in Public Health (Health Protection)", "March 2025 meeting", "Green",
         "Data requested from UKHSA; item scheduled for the March 2025 Board."],
        ["HWB/24/15", "16/09/2024", "24",
         "Arrange a Board development session on the refresh of the Coventry and "
         "Warwickshire Integrated Care Strategy.",
         "Dr Helen Marsh / Tom Ashworth", "Nov 2024", "Amber",
         "Date still to be confirmed with the ICB."],
        ["HWB/24/16", "16/09/2024", "25",
         "Report back on the outcome of the Family Hubs transformation funding bid.",
         "Head of Family Hubs", "Dec 2024", "Complete",
         "Update given at the 2 December meeting."],
        ["HWB/24/19", "02/12/2024", "31",
         "Write to the Secretary of State on behalf of the Board about the impact of the "
         "public health grant allocation.\nCopy the letter to the city’s three MPs.",
         "Cllr Kamala Devi / Dr Helen Marsh", "20/12/2024", "Green", "Letter drafted."],
        ["HWB/24/20", "02/12/2024", "32",
         "Bring each Better Care Fund quarterly return to the Board for sign-off.",
         "Head of Strategic Commissioning (Adults)", "Quarterly", "Green",
         "Q3 return due February 2025."],
        ["HWB/24/21", "02/12/2024", "33",
         "Ensure the Pharmaceutical Needs Assessment 2025 steering group includes a "
         "representative of Healthwatch Coventry.",
         "Public Health Registrar", "Jan-25", "Green", ""],
        ["", "", "", "", "", "", "", ""],
        ["Key: Complete – action closed and will be removed from the log; Green – on track; "
         "Amber – at risk of missing the deadline; Red – overdue", "", "", "", "", "", "",
         ""],
    ]
    with open(out("oi1-coventry-health-and-wellbeing-board-action-log.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ======================================================================
# 7. Safer Solihull Partnership - DHR 'Grace' action plan (tab-separated txt)
# ======================================================================
def solihull():
    lines = [
        ["Safer Solihull Partnership"],
        ["Domestic Homicide Review – ‘Grace’ (DHR 2023/02)"],
        ["Action Plan – progress update May 2025"],
        [],
        ["No.", "Recommendation", "Scope", "Action to take", "Lead agency",
         "Key milestones", "Target date", "Completion date and outcome", "RAG"],
        ["1.1",
         "1. The Safer Solihull Partnership to ensure that the local domestic abuse "
         "training offer covers economic abuse and abuse of older parents by adult "
         "children.",
         "Local",
         "Review the multi-agency domestic abuse training programme and add content on "
         "economic abuse and adult child to parent abuse.",
         "Solihull MBC Domestic Abuse Lead",
         "Training needs analysis completed February 2025", "30/06/2025", "", "Green"],
        ["1.2", "", "",
         "Publish a 7-minute briefing on the learning from this review for all partner "
         "agencies.",
         "DHR Coordinator", "", "March 2025", "Briefing published 18 March 2025", "Blue"],
        ["2.1",
         "2. Birmingham and Solihull ICB to seek assurance that GP practices ask about "
         "domestic abuse when an older patient presents with unexplained injuries or "
         "anxiety.",
         "Local",
         "Issue guidance to all Solihull GP practices on routine enquiry with older "
         "patients, working with the IRIS programme.",
         "BSol ICB Named GP for Safeguarding Adults", "Draft guidance shared with the "
         "Primary Care Safeguarding Forum", "September 2025", "", "Amber"],
        ["2.2", "", "",
         "Audit the records of patients aged over 65 referred to the Solihull MARAC in "
         "2024.",
         "BSol ICB Named GP for Safeguarding Adults / Solihull MBC Domestic Abuse Lead",
         "", "December 2025", "", ""],
        ["3.1",
         "3. West Midlands Police and Solihull Adult Social Care to agree a joint approach "
         "to domestic abuse where the person causing harm is the victim’s carer.",
         "Local",
         "Agree a joint working protocol between the Solihull Local Policing Unit and the "
         "Adult Social Care Front Door.",
         "West Midlands Police; Solihull MBC Adult Social Care", "", "31/03/2025",
         "Protocol signed 2 April 2025", "Blue"],
        ["3.2", "", "",
         "Deliver joint briefings on the protocol to response officers and social "
         "workers.",
         "West Midlands Police; Solihull MBC Adult Social Care",
         "Two of four briefings held", "Sept 2025", "", "Green"],
        ["4.1",
         "4. The Home Office to consider how the learning from this review about carers "
         "who cause harm can inform national guidance.",
         "National",
         "Send the overview report and this action plan to the Home Office DHR Quality "
         "Assurance Panel, asking that the learning is considered nationally.",
         "DHR Coordinator", "", "On publication", "", "Green"],
        [],
        ["RAG: Blue = complete; Green = on track; Amber = at risk; Red = off track."],
        ["Progress is monitored by the Safer Solihull Partnership DHR Standing Panel."],
    ]
    with open(out("oi1-safer-solihull-partnership-dhr-grace-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\n")


if __name__ == "__main__":
    manchester()
    wirral()
    stoke()
    leeds()
    durham()
    coventry()
    solihull()
    print("built 7 oi1- files in", HERE)
