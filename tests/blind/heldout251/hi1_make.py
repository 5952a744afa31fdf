#!/usr/bin/env python3
"""Build the seven hi1- blind cases (data files + expected readings) for set heldout251.

Run with:  /work/main/.venv/bin/python hi1_make.py
Data files: 3 x .xlsx (openpyxl), 2 x .docx (python-docx), 1 x .csv, 1 x .txt (tab-separated).
Each expected reading is written beside its file as NAME.expected.yaml.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def write_yaml(fname, doc):
    path = os.path.join(HERE, fname + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def fill(ws, cell, colour):
    ws[cell].fill = PatternFill("solid", start_color=colour, end_color=colour)


# --------------------------------------------------------------------------------------------
# 1. Newham ILACS improvement plan (xlsx: Cover, Summary, Improvement Plan, RAG key)
# --------------------------------------------------------------------------------------------
def newham():
    name = "hi1-newham-council-ilacs-improvement-plan.xlsx"
    title = "London Borough of Newham – ILACS Improvement Plan 2024–2026"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Children and Young People's Services"
    cov["A4"] = ("Response to the Ofsted inspection of local authority children's services, "
                 "6–17 November 2023 (report published 9 January 2024)")
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Changes"),
        ("1.0", D(2024, 3, 1), "Head of Quality Assurance", "Plan submitted to Ofsted"),
        ("2.0", D(2024, 7, 18), "Improvement Programme Manager",
         "Q1 progress; revised dates agreed by Improvement Board"),
        ("2.3", D(2025, 7, 10), "Improvement Programme Manager", "Q1 2025/26 progress update"),
        ("3.0", D(2025, 10, 14), "Improvement Programme Manager", "Q2 2025/26 progress update"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
    cov["A13"] = "Plan owner: Corporate Director of Children and Young People's Services"
    cov["A14"] = "Governance: Newham Children's Improvement Board (independent chair), meets bi-monthly"
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 32
    cov.column_dimensions["D"].width = 55

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG ratings – Q2 2025/26 (as at 30 September 2025)"
    sm["A1"].font = Font(bold=True, size=12)
    summ = [
        ("Priority", "Blue", "Green", "Amber", "Red", "Total"),
        ("Priority 1: Help and protection", 2, 1, 1, 0, 4),
        ("Priority 2: Children in care and care leavers", 1, 0, 1, 1, 3),
        ("Priority 3: Leadership, management and workforce", 1, 1, 0, 0, 2),
        ("Total", 4, 2, 2, 1, 9),
    ]
    for i, r in enumerate(summ):
        for j, v in enumerate(r):
            c = sm.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or i == len(summ) - 1:
                c.font = Font(bold=True)
    for col, key in zip("BCDE", ("blue", "green", "amber", "red")):
        fill(sm, f"{col}3", FILL[key])
    sm.column_dimensions["A"].width = 50

    # Plan sheet
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update as at 30 September 2025 (Q2 2025/26)"
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
           "Previous RAG (Jun 25)", "Current RAG (Sep 25)", "Progress update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="1F3864", end_color="1F3864")
        c.alignment = WRAP
        c.border = BOX

    P1 = "Priority 1: Help and protection"
    P2 = "Priority 2: Children in care and care leavers"
    P3 = "Priority 3: Leadership, management and workforce"
    R1 = ("Recommendation 1: The consistency of multi-agency attendance at, and recording of, "
          "strategy discussions.")
    R2 = ("Recommendation 2: The quality of assessments and plans for children in need of help and "
          "protection, so that they are specific, measurable and reviewed regularly.")
    R3 = ("Recommendation 3: The sufficiency of local homes for children in care, particularly for "
          "older children with complex needs.")
    R4 = ("Recommendation 4: The quality and impact of supervision and management oversight of "
          "frontline practice.")

    # (kind, values...)
    layout = [
        ("theme", P1),
        ("rec", R1),
        ("act", "1.1",
         "Agree and implement a revised multi-agency strategy discussion protocol with the police "
         "and health partners, including a minimum attendance standard.",
         "Head of Service, MASH and Assessment", D(2024, 3, 31), D(2024, 6, 30), "Blue", "Blue",
         "Protocol signed off by NSCP Executive in June 2024. Health attendance at strategy "
         "discussions is now 91% (baseline 64%)."),
        ("act", "1.2",
         "Monthly dip-sample audit of strategy discussion records, reported to the Practice "
         "Improvement Group.",
         "Principal Social Worker", "Monthly", None, "Green", "Green",
         "Audits completed each month since April 2024; 78% of records rated good in Q2."),
        ("rec", R2),
        ("act", "1.3",
         "Relaunch the assessment and planning practice standards, with SMART planning training for "
         "all social workers and team managers.",
         "Principal Social Worker / Head of Learning Academy", D(2024, 9, 30), D(2024, 12, 31),
         "Amber", "Blue",
         "Standards relaunched at practice week. 212 staff trained (96%)."),
        ("act", "1.4",
         "Introduce a plan review checkpoint for children on child protection plans:\n"
         "– plan reviewed at every core group meeting\n"
         "– team manager sign-off within five working days",
         "Head of Service, Child Protection and Court", D(2024, 12, 31), D(2025, 11, 30),
         "Red", "Amber",
         "Checkpoint live on LCS from August 2025; compliance 58% and rising. Revised date agreed "
         "by Improvement Board."),
        ("theme", P2),
        ("rec", R3),
        ("act", "2.1",
         "Complete the refresh of the Sufficiency Strategy 2024–2027 and the commissioning plan for "
         "residential and supported accommodation.",
         "Director of Commissioning (Children)", D(2024, 6, 30), None, "Blue", "Blue",
         "Strategy approved by Cabinet 2 July 2024."),
        ("act", "2.2",
         "Recruit 40 additional in-house foster carer households, with a targeted campaign for "
         "carers for teenagers.",
         "Head of Fostering and Adoption", D(2025, 3, 31), D(2026, 3, 31), "Amber", "Red",
         "22 households approved against the target of 40. Recovery plan presented to Improvement "
         "Board in September 2025."),
        ("act", "2.3",
         "Open two council-run children's homes (four beds each) in the borough.",
         "Director of Commissioning (Children); Head of Residential Services", D(2025, 9, 30),
         D(2026, 3, 31), "Green", "Amber",
         "First home registered with Ofsted; second property delayed by planning consent."),
        ("theme", P3),
        ("rec", R4),
        ("act", "3.1",
         "Implement the revised supervision policy, with quarterly supervision audits by the Quality "
         "Assurance Service.",
         "Head of Quality Assurance", D(2024, 5, 31), None, "Blue", "Blue",
         "Policy in place; Q2 audit found 87% of supervision records reflective and child-focused."),
        ("act", "3.2",
         "Deliver the 'Leading Practice' development programme for all team managers and practice "
         "managers.",
         "Head of Learning Academy", D(2025, 3, 31), D(2025, 10, 31), "Green", "Green",
         "Cohorts 1–3 complete; final cohort finishes October 2025."),
    ]
    r = 5
    for item in layout:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF", size=12)
            ws.cell(row=r, column=1).fill = PatternFill("solid", start_color="2E75B6",
                                                        end_color="2E75B6")
        elif item[0] == "rec":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).font = Font(bold=True, italic=True)
            ws.cell(row=r, column=1).fill = PatternFill("solid", start_color="DDEBF7",
                                                        end_color="DDEBF7")
            ws.cell(row=r, column=1).alignment = WRAP
        else:
            vals = item[1:]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if j in (5, 6) and v:
                    c.fill = PatternFill("solid", start_color=FILL[v.lower()],
                                         end_color=FILL[v.lower()])
        r += 1
    ws.cell(row=r + 1, column=1,
            value="Blue = complete and impact evidenced. See the 'RAG key' sheet for definitions.")
    widths = [7, 60, 32, 13, 13, 12, 12, 55]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[j]].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    keyrows = [("Blue", "Complete – action delivered and impact evidenced", "blue"),
               ("Green", "On track to deliver by the target date", "green"),
               ("Amber", "Some slippage; recovery action agreed", "amber"),
               ("Red", "Off track; escalated to the Improvement Board", "red")]
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (a, b, k) in enumerate(keyrows):
        key.cell(row=2 + i, column=1, value=a).fill = PatternFill("solid", start_color=FILL[k],
                                                                  end_color=FILL[k])
        key.cell(row=2 + i, column=2, value=b)
    key.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, name))

    acts = [
        act("1.1", [P1, R1], layout[2][2], ["Head of Service, MASH and Assessment"], "2024-06", "blue"),
        act("1.2", [P1, R1], layout[3][2], ["Principal Social Worker"], None, "green", "Monthly"),
        act("1.3", [P1, R2], layout[5][2], ["Principal Social Worker", "Head of Learning Academy"],
            "2024-12", "blue"),
        act("1.4", [P1, R2], layout[6][2], ["Head of Service, Child Protection and Court"],
            "2025-11", "amber"),
        act("2.1", [P2, R3], layout[9][2], ["Director of Commissioning (Children)"], "2024-06", "blue"),
        act("2.2", [P2, R3], layout[10][2], ["Head of Fostering and Adoption"], "2026-03", "red"),
        act("2.3", [P2, R3], layout[11][2],
            ["Director of Commissioning (Children)", "Head of Residential Services"], "2026-03", "amber"),
        act("3.1", [P3, R4], layout[14][2], ["Head of Quality Assurance"], "2024-05", "blue"),
        act("3.2", [P3, R4], layout[15][2], ["Head of Learning Academy"], "2025-10", "green"),
    ]
    write_yaml(name, {
        "source": (
            "Imitates a London borough's post-ILACS improvement plan as reported to an independent "
            "Children's Improvement Board and scrutiny (cf. Cheshire East children's services "
            "improvement plan after the 2024 ILACS, https://moderngov.cheshireeast.gov.uk/ecSDDisplay.aspx?NAME=SD237&ID=237&RPID=0, "
            "and Stockton ILACS outcomes and action plan 2023). Invented content. Copied features: cover "
            "sheet with document-control table, a summary sheet of RAG totals, plan sheet with merged "
            "priority rows and merged recommendation rows above numbered actions, original and revised "
            "target dates, previous and current RAG (word plus fill), job titles as leads, a separate "
            "RAG key sheet with Blue = complete."),
        "reads": (
            "A four-sheet workbook: cover and document control, a RAG summary, the plan itself and a RAG "
            "key. On the plan sheet three priorities each carry one or two Ofsted recommendations, and "
            "under each recommendation sit numbered actions with lead, original and revised dates, the "
            "June and September RAG and a progress note; nine actions in all."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })


# --------------------------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        r2 = p.add_run(part)
        r2.bold = bold


def header_row(table, headers, colour="1F3864"):
    for j, h in enumerate(headers):
        c = table.rows[0].cells[j]
        set_cell(c, h, bold=True)
        shade(c, colour)
        for p in c.paragraphs:
            for r in p.runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# --------------------------------------------------------------------------------------------
# 2. North Tyneside local area SEND priority action plan (docx, one table per area)
# --------------------------------------------------------------------------------------------
def north_tyneside():
    name = "hi1-north-tyneside-local-area-send-priority-action-plan.docx"
    title = "North Tyneside Local Area SEND Partnership – Priority Action Plan"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Area SEND inspection of North Tyneside Local Area Partnership, 3–7 February 2025 "
                      "(Ofsted and Care Quality Commission). Inspection outcome letter published "
                      "1 April 2025.")
    doc.add_paragraph("Progress position: September 2025")

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Comments"])
    for i, r in enumerate([("0.3", "24/04/2025", "SEND Partnership Manager",
                            "Draft for SEND Partnership Board"),
                           ("1.0", "12/05/2025", "SEND Partnership Manager", "Submitted to Ofsted"),
                           ("1.2", "22/09/2025", "SEND Partnership Manager",
                            "September 2025 progress update")]):
        for j, v in enumerate(r):
            set_cell(t.rows[1 + i].cells[j], v)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "The inspection found that there are widespread and/or systemic failings leading to "
        "significant concerns about the experiences and outcomes of children and young people with "
        "special educational needs and/or disabilities (SEND). This plan sets out how the partnership "
        "– North Tyneside Council, North East and North Cumbria Integrated Care Board and the North "
        "Tyneside Parent Carer Forum – will address the two areas for priority action and the area "
        "for improvement. Progress is reported to the SEND Partnership Board every six weeks.")

    doc.add_heading("RAG rating", level=1)
    kt = doc.add_table(rows=6, cols=2)
    kt.style = "Table Grid"
    header_row(kt, ["Rating", "Meaning"])
    for i, (a, b, colour) in enumerate([("B", "Action complete", "00B0F0"),
                                        ("G", "On track", "00B050"),
                                        ("A", "At risk of slipping", "FFC000"),
                                        ("R", "Off track", "FF0000"),
                                        ("(blank)", "Not yet started", None)]):
        set_cell(kt.rows[1 + i].cells[0], a, bold=True)
        set_cell(kt.rows[1 + i].cells[1], b)
        if colour:
            shade(kt.rows[1 + i].cells[0], colour)

    SA = "Section A: Areas for priority action"
    SB = "Section B: Areas for improvement"
    APA1 = ("Leaders across the partnership should urgently improve the timeliness of education, "
            "health and care (EHC) needs assessments, so that children and young people’s needs are "
            "identified and met without delay.")
    APA2 = ("Leaders should work together to improve the quality of EHC plans, including the "
            "contributions from health and social care, and ensure that annual reviews lead to timely "
            "amendments.")
    AFI1 = ("Leaders should improve the timeliness of assessment for children and young people waiting "
            "for a neurodevelopmental pathway assessment, and the support available to families while "
            "they wait.")

    cols = ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress (September 2025)"]
    ragfill = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    def plan_table(rows):
        tb = doc.add_table(rows=1 + len(rows), cols=len(cols))
        tb.style = "Table Grid"
        header_row(tb, cols)
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                set_cell(tb.rows[1 + i].cells[j], v)
            if r[4] in ragfill:
                shade(tb.rows[1 + i].cells[4], ragfill[r[4]])
        return tb

    s1 = [
        ("1a", "Recruit two additional educational psychologists and commission locum capacity to "
               "clear the backlog of EHC needs assessments.",
         "Principal Educational Psychologist", "September 2025", "A",
         "One EP appointed from July 2025; second post out to advert. Backlog reduced from 146 to 81."),
        ("1b", "Introduce a weekly multi-agency EHC panel, with health and social care advice tracked "
               "against the six-week deadline.",
         "Head of SEND and Inclusion / Designated Clinical Officer", "By end of May 2025", "B",
         "Panel running weekly since 7 May 2025. Health advice returned within six weeks: 88%."),
        ("1c", "Publish monthly EHC timeliness data on the Local Offer and report it to the SEND "
               "Partnership Board.",
         "SEND Partnership Manager", "Monthly", "G",
         "Published monthly since June 2025. 20-week timeliness 41% (August 2025)."),
    ]
    s2 = [
        ("2a", "Co-produce a revised EHC plan quality standard with the Parent Carer Forum.\n"
               "Deliver training on the standard to all SEND casework officers and to health and "
               "social care advice writers.",
         "PCF Co-Chair / SEND Partnership Manager", "Summer term 2025", "B",
         "Standard launched 30 June 2025; 54 staff trained."),
        ("2b", "Multi-agency quality assurance audit of 30 EHC plans each term, with findings reported "
               "to the SEND Quality Assurance Group.",
         "Head of SEND and Inclusion", "Termly", "G",
         "Summer term audit complete; 47% of plans rated good or better (baseline 29%)."),
        ("2c", "Clear the backlog of overdue annual review amendments.",
         "SEND Service Manager", "31/12/2025", "R",
         "312 amendments outstanding. Additional casework capacity requested from Cabinet in October."),
    ]
    s3 = [
        ("AFI1a", "Implement the ‘waiting well’ offer for families on the neurodevelopmental pathway, "
                  "including the ND support hub and parent workshops.",
         "Designated Clinical Officer (ICB)", "Q3 2025/26", "",
         "Procurement of the ND support hub under way; workshops to start in November."),
    ]

    doc.add_heading(SA, level=1)
    doc.add_heading("Area for priority action 1", level=2)
    p = doc.add_paragraph()
    p.add_run(APA1).bold = True
    plan_table(s1)
    doc.add_paragraph()
    doc.add_heading("Area for priority action 2", level=2)
    p = doc.add_paragraph()
    p.add_run(APA2).bold = True
    plan_table(s2)
    doc.add_heading(SB, level=1)
    doc.add_heading("Area for improvement 1", level=2)
    p = doc.add_paragraph()
    p.add_run(AFI1).bold = True
    plan_table(s3)

    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=4, cols=3)
    so.style = "Table Grid"
    header_row(so, ["Role", "Organisation", "Date agreed"])
    for i, r in enumerate([("Director of Children’s Services", "North Tyneside Council", "12/05/2025"),
                           ("Executive Director of Nursing", "NENC Integrated Care Board", "12/05/2025"),
                           ("Co-Chair", "North Tyneside Parent Carer Forum", "12/05/2025")]):
        for j, v in enumerate(r):
            set_cell(so.rows[1 + i].cells[j], v)
    doc.save(os.path.join(HERE, name))

    acts = [
        act("1a", [SA, APA1], s1[0][1], ["Principal Educational Psychologist"], "2025-09", "amber"),
        act("1b", [SA, APA1], s1[1][1], ["Head of SEND and Inclusion", "Designated Clinical Officer"],
            "2025-05", "blue"),
        act("1c", [SA, APA1], s1[2][1], ["SEND Partnership Manager"], None, "green", "Monthly"),
        act("2a", [SA, APA2], s2[0][1], ["PCF Co-Chair", "SEND Partnership Manager"], "2025-07", "blue",
            "Summer term 2025"),
        act("2b", [SA, APA2], s2[1][1], ["Head of SEND and Inclusion"], None, "green", "Termly"),
        act("2c", [SA, APA2], s2[2][1], ["SEND Service Manager"], "2025-12", "red"),
        act("AFI1a", [SB, AFI1], s3[0][1], ["Designated Clinical Officer (ICB)"], "2025-12", "unrated"),
    ]
    write_yaml(name, {
        "source": (
            "Imitates a local area partnership SEND priority action plan written after an Ofsted/CQC "
            "area SEND inspection under the 2023 framework (widespread and/or systemic failings "
            "outcome), in the Word style of published written statements of action such as the "
            "Northumberland Local Area Written Statement of Action (vdocuments.site copy). Invented "
            "content. Copied features: title and inspection line, document-control table, RAG key "
            "table, Section A/Section B headings, 'Area for priority action N' sub-headings with the "
            "inspectors' wording in bold above one table per area, letter RAG with shaded cells, "
            "school-term and 'Termly' timescales, two posts split by '/', a sign-off table."),
        "reads": (
            "A Word plan with document control and a RAG key first, then two areas for priority action "
            "and one area for improvement, each quoted in bold above its own action table (Ref, Action, "
            "Lead, Timescale, RAG, Progress). Seven actions; the last one is not yet started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })


# --------------------------------------------------------------------------------------------
# 3. Knowsley YJS HMIP improvement plan (csv export, recommendation filled on first row only)
# --------------------------------------------------------------------------------------------
def knowsley():
    name = "hi1-knowsley-youth-justice-service-hmip-improvement-plan.csv"
    title = "Knowsley Youth Justice Service – HMIP Post-Inspection Improvement Plan"
    B = "The Knowsley Youth Justice Management Board should:"
    M = "The Head of Service for Youth Justice should:"
    R1 = ("ensure that board members understand the work of the service and use performance and "
          "quality information to hold partners to account for the services they deliver to children")
    R2 = ("ensure that there is a clear and timely pathway for children to access speech, language "
          "and communication support and emotional health services")
    R3 = ("improve the quality of assessment and planning so that it analyses the risk of harm to "
          "others and draws on information from all relevant agencies")
    R4 = ("ensure that the service gives sufficient attention to the safety and wellbeing of victims, "
          "including through contingency planning")
    A = {
        "1.1": "Deliver a board induction and development day, including observation of YJS practice, "
               "for all board members",
        "1.2": "Introduce a quarterly partnership performance report covering education, health and "
               "substance misuse data for children open to the YJS",
        "2.1": "Agree a service level agreement with the ICB for a seconded speech and language "
               "therapist (0.6 FTE)",
        "2.2": "Screen every child at the start of their order for speech, language and communication "
               "needs and emotional health, using the AssetPlus health assessment",
        "3.1": "Deliver risk of harm assessment training to all case managers, followed by practice "
               "workshops",
        "3.2": "Monthly thematic case audits of assessment and planning quality, with findings fed back "
               "in team meetings",
        "4.1": "Appoint a dedicated victim liaison officer within the Restorative Justice Team",
        "4.2": "Review victim contact procedures so that victim safety is considered in every plan and "
               "contingency plan",
    }
    rows = [
        [title, "", "", "", "", "", "", ""],
        ["HMIP inspection of youth justice services – fieldwork 2–6 September 2024; report published "
         "5 December 2024; overall rating: Requires improvement", "", "", "", "", "", "", ""],
        ["Progress update for the Youth Justice Management Board – 19 June 2025", "", "", "", "", "",
         "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Rec No", "Recommendation", "Action No", "Action", "Lead", "Target Date", "RAG",
         "Progress Update"],
        [B, "", "", "", "", "", "", ""],
        ["R1", R1, "1.1", A["1.1"], "Chair of YJMB", "Mar-25", "Complete",
         "Development day held 14 March 2025; 11 of 13 board members attended."],
        ["", "", "1.2", A["1.2"], "Head of Service – Youth Justice; Performance and Intelligence Manager",
         "Jun-25", "Green", "First report presented to the June board; health data still partial."],
        ["R2", R2, "2.1", A["2.1"], "YJS Health Lead / Designated Nurse for Children in Care",
         "30/09/2025", "Amber", "SLA drafted; funding awaiting ICB approval."],
        ["", "", "2.2", A["2.2"], "YJS Health Lead", "31/05/2025", "Complete",
         "Screening in place for all new orders from April 2025."],
        [M, "", "", "", "", "", "", ""],
        ["R3", R3, "3.1", A["3.1"], "YJS Operational Manager", "31/03/2025", "Complete",
         "Training delivered February 2025 by the regional YJB team."],
        ["", "", "3.2", A["3.2"], "YJS Operational Manager; QA Lead", "Ongoing – monthly", "Green",
         "Audits completed April, May and June 2025.\nJune audit: 72% of assessments good (baseline 45%)."],
        ["R4", R4, "4.1", A["4.1"], "Restorative Justice Coordinator", "April 2025", "Complete",
         "Victim liaison officer in post from 1 April 2025."],
        ["", "", "4.2", A["4.2"], "Head of Service – Youth Justice", "Sept 2025", "Red",
         "Procedure review not yet started due to staff absence; escalated to the board."],
        ["", "", "", "", "", "", "", ""],
        ["RAG key: Complete = action delivered; Green = on track; Amber = some slippage, recovery in "
         "hand; Red = off track", "", "", "", "", "", "", ""],
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)
    acts = [
        act("1.1", [B, R1], A["1.1"], ["Chair of YJMB"], "2025-03", "blue"),
        act("1.2", [B, R1], A["1.2"], ["Head of Service – Youth Justice",
                                       "Performance and Intelligence Manager"], "2025-06", "green"),
        act("2.1", [B, R2], A["2.1"], ["YJS Health Lead", "Designated Nurse for Children in Care"],
            "2025-09", "amber"),
        act("2.2", [B, R2], A["2.2"], ["YJS Health Lead"], "2025-05", "blue"),
        act("3.1", [M, R3], A["3.1"], ["YJS Operational Manager"], "2025-03", "blue"),
        act("3.2", [M, R3], A["3.2"], ["YJS Operational Manager", "QA Lead"], None, "green",
            "Ongoing – monthly"),
        act("4.1", [M, R4], A["4.1"], ["Restorative Justice Coordinator"], "2025-04", "blue"),
        act("4.2", [M, R4], A["4.2"], ["Head of Service – Youth Justice"], "2025-09", "red"),
    ]
    write_yaml(name, {
        "source": (
            "Imitates a youth justice service's post-inspection improvement plan following an HMI "
            "Probation inspection, with the inspectorate's recommendations grouped by who they are "
            "addressed to (the management board / the service manager), as in Reading YJS (HMIP "
            "inspection September 2024, https://democracy.reading.gov.uk/mgAi.aspx?ID=15127) and the "
            "Rotherham YOS improvement action plan table (Ref No / Area requiring improvement / Action "
            "required / Completion date / Lead officer / Progress). Invented content. Copied features: "
            "CSV exported from a spreadsheet with title lines, addressee section rows, the recommendation "
            "filled only on the first action row of its group (merged cells flattened), mixed date styles, "
            "several leads separated by ';' and '/', a multi-line progress note and a RAG key line."),
        "reads": (
            "A title block of three lines, then a table in which 'The ... should:' rows split the plan "
            "between the management board and the head of service. Each recommendation (R1–R4) is given "
            "once and followed by two numbered actions with lead, target date, RAG and a progress note; "
            "eight actions in all, with a RAG key line at the foot."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })


# --------------------------------------------------------------------------------------------
# 4. Tameside Safeguarding Children Partnership JTAI action plan (tab-separated text export)
# --------------------------------------------------------------------------------------------
def tameside():
    name = "hi1-tameside-safeguarding-children-partnership-jtai-action-plan.txt"
    title = "Tameside Safeguarding Children Partnership – JTAI Multi-agency Action Plan"
    AF1 = ("AFI 1: The quality and consistency of early help assessments and plans, so that they focus "
           "on the child’s lived experience and are reviewed regularly.")
    AF2 = ("AFI 2: The understanding and application of thresholds by partner agencies when they "
           "request support from the Early Help Access Point.")
    AF3 = ("AFI 3: The partnership’s oversight of the impact of early help, including quality assurance "
           "of multi-agency practice.")
    rows = [
        ("1.1", "Introduce a single multi-agency early help assessment and plan template on the EHM "
                "system, with a mandatory section on the child’s voice.",
         "Head of Early Help (TMBC)", "Jun-25", "B",
         "Template live from 2 June 2025. Partner use: schools 81%, health 64%."),
        ("1.2", "Quarterly multi-agency audit of early help plans, led by the TSCP Quality Assurance "
                "sub-group.",
         "TSCP QA Sub-group Chair; Early Help Quality Lead", "Quarterly", "G",
         "Q2 audit of 25 plans complete; report to November Executive."),
        ("2.1", "Relaunch the Tameside Continuum of Need (thresholds) guidance with briefings for "
                "schools, GPs and police neighbourhood teams.",
         "TSCP Business Manager", "Sept 2025 – March 2026", "G",
         "Guidance relaunched at the September DSL forum; GP briefings booked."),
        ("2.2", "Monthly feedback to referrers where a request for support does not meet the threshold "
                "for early help or social care.",
         "Early Help Access Point Manager / Police Partnership Inspector", "31/12/2025", "A",
         "Feedback letters in place for education; police process still being agreed."),
        ("3.1", "Develop an early help outcomes dashboard for the TSCP Executive, including step-up and "
                "step-down data.",
         "Head of Performance (TMBC) & ICB Designated Nurse", "Q4 2025/26", "A",
         "Data specification agreed; health data sharing agreement awaiting sign-off."),
        ("3.2", "Hold an annual early help practice learning event with practitioners and families.",
         "TSCP Learning and Development Officer", "Nov-25", "",
         "Venue booked for 20 November 2025."),
    ]
    header = "\t".join(["Ref", "Action", "Lead(s)", "Timescale", "RAG", "Update"])
    lines = [
        title,
        "Joint targeted area inspection: the multi-agency response to children and families who need "
        "help (fieldwork 10–14 March 2025; letter published 2 May 2025)",
        "Partners: Tameside Council, NHS Greater Manchester (Tameside locality), Greater Manchester Police",
        "Version 4 – updated 3 November 2025",
        "",
        header,
        AF1,
        "\t".join(rows[0]),
        "\t".join(rows[1]),
        AF2,
        "\t".join(rows[2]),
        "\t".join(rows[3]),
        AF3,
        "\t".join(rows[4]),
        "\t".join(rows[5]),
        "",
        "Key: B = complete; G = on track; A = at risk; R = off track; blank = not started",
        "Plan owner: TSCP Business Manager. Progress is reported to each TSCP Executive meeting.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")
    acts = [
        act("1.1", [AF1], rows[0][1], ["Head of Early Help (TMBC)"], "2025-06", "blue"),
        act("1.2", [AF1], rows[1][1], ["TSCP QA Sub-group Chair", "Early Help Quality Lead"], None,
            "green", "Quarterly"),
        act("2.1", [AF2], rows[2][1], ["TSCP Business Manager"], "2026-03", "green",
            "Sept 2025 – March 2026"),
        act("2.2", [AF2], rows[3][1], ["Early Help Access Point Manager", "Police Partnership Inspector"],
            "2025-12", "amber"),
        act("3.1", [AF3], rows[4][1], ["Head of Performance (TMBC)", "ICB Designated Nurse"], "2026-03",
            "amber"),
        act("3.2", [AF3], rows[5][1], ["TSCP Learning and Development Officer"], "2025-11", "unrated"),
    ]
    write_yaml(name, {
        "source": (
            "Imitates a safeguarding children partnership's multi-agency action plan after a joint "
            "targeted area inspection (Ofsted, CQC, HMICFRS) with the 2024–25 theme 'children and "
            "families who need help', as partnerships publish them (cf. Sandwell LSCB JTAI page, "
            "http://sandwelllscb.org.uk/quality-assurance/jtai/). Invented content. Copied features: "
            "plain tab-separated export with title/inspection/partners/version lines, area-for-"
            "improvement heading lines (numbered 'AFI n:') above the actions, leads named by post and "
            "agency joined by ';', '/' and '&', a period timescale, financial-quarter and 'Quarterly' "
            "timescales, letter RAG with a key line and an owner line at the foot."),
        "reads": (
            "Four header lines, a column header, then three areas for improvement from the JTAI letter, "
            "each a single line followed by two tab-separated action rows (Ref, Action, Lead(s), "
            "Timescale, RAG, Update). Six actions; a key and an owner note close the file."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })


# --------------------------------------------------------------------------------------------
# 5. Halton corporate parenting board action plan (xlsx, a sheet per priority, fill-only RAG,
#    key: Green = Completed)
# --------------------------------------------------------------------------------------------
def halton():
    name = "hi1-halton-corporate-parenting-board-action-plan.xlsx"
    title = "Halton Corporate Parenting Strategy 2024–2027: Action Plan 2025/26"
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Halton Borough Council – Corporate Parenting Board"
    ov["A3"] = "Last updated: 7 October 2025 (for Corporate Parenting Board, 16 October 2025)"
    ov["A5"] = "RAG key"
    ov["A5"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("green", "Completed"), ("amber", "In progress"),
                                  ("red", "Not yet started / at risk")]):
        fill(ov, f"A{6 + i}", FILL[k])
        ov[f"B{6 + i}"] = txt
    ov["A10"] = "Progress summary"
    ov["A10"].font = Font(bold=True)
    summ = [("Priority", "Actions", "Completed", "In progress", "Not yet started / at risk",
             "No update"),
            ("Priority 1", 3, 1, 2, 0, 0),
            ("Priority 2", 4, 1, 1, 1, 1),
            ("Priority 3", 3, 1, 1, 1, 0),
            ("Total", 10, 3, 4, 2, 1)]
    for i, r in enumerate(summ):
        for j, v in enumerate(r):
            c = ov.cell(row=11 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, len(summ) - 1):
                c.font = Font(bold=True)
    ov.column_dimensions["A"].width = 14
    ov.column_dimensions["B"].width = 26
    ov["A17"] = ("Each priority has its own tab. RAG is shown by cell colour in the RAG column; "
                 "comments are updated by the lead officer before each Board.")

    hdr = ["Objective", "No.", "What we will do", "Lead", "By when", "RAG", "Comments"]
    P1 = "Priority 1 – Feeling safe and settled: a home that is right for you"
    P2 = "Priority 2 – Learning and achieving: the education and skills to reach your goals"
    P3 = "Priority 3 – Healthy and ready for adult life"
    O11 = "Increase the number of children living in family settings close to Halton"
    O12 = "Children are involved in decisions about where they live"
    O21 = "Improve the attendance and attainment of children in care"
    O22 = "More care leavers in education, employment or training"
    O31 = "Improve the emotional health of children in care"
    O32 = "Care leavers have somewhere safe to live and money to live on"
    sheets = [
        ("Priority 1", P1, "Our promise: “We will make sure you live somewhere you feel safe, with "
                           "people who care about you.”", [
            (O11, [
                (1, "Launch a joint foster carer recruitment campaign with neighbouring Liverpool City "
                    "Region councils.", "Head of Fostering and Permanence", "Sept 2025", "green",
                 "Campaign launched 1 September 2025; 19 enquiries in the first month."),
                (2, "Review the Staying Put policy and increase the allowance paid to carers.",
                 "Head of Children in Care and Care Leavers", D(2026, 3, 31), "amber",
                 "Options paper to go to Executive Board in January."),
            ]),
            (O12, [
                (3, "Introduce a ‘moving home’ welcome pack co-produced with the Children in Care "
                    "Council.", "Participation Lead", "Dec-25", "amber",
                 "Draft designed by the CiCC; printing quotes obtained."),
            ]),
        ]),
        ("Priority 2", P2, "Our promise: “We will help you go to school, enjoy learning and plan your "
                           "future.”", [
            (O21, [
                (4, "Every child in care to have a high-quality Personal Education Plan reviewed each "
                    "term.", "Virtual School Headteacher", "Termly", "amber",
                 "Summer term: 91% of PEPs rated good."),
                (5, "Extend the Virtual School’s post-16 offer to care leavers up to age 25.",
                 "Virtual School Headteacher / Care Leavers Service Manager", "July 2026", "red",
                 "Awaiting confirmation of DfE grant conditions."),
            ]),
            (O22, [
                (6, "Ring-fence 10 council apprenticeships for care leavers each year.",
                 "Director of HR and Organisational Development", D(2025, 4, 30), "green",
                 "Agreed by Management Team; 6 care leavers started in 2025."),
                (7, "Hold a care leavers’ employability fair with local employers.",
                 "Kelly Hughes and Sam Doyle", "Nov 2025", None, ""),
            ]),
        ]),
        ("Priority 3", P3, "Our promise: “We will look after your health and help you get ready for "
                           "living on your own.”", [
            (O31, [
                (8, "Commission a dedicated CAMHS pathway for children in care, with an eight-week "
                    "maximum wait.", "ICB Designated Nurse for Children in Care", D(2026, 1, 31),
                 "amber", "Service specification agreed with the ICB."),
                (9, "Complete Initial Health Assessments within 20 working days for all children "
                    "entering care.", "Designated Doctor for Children in Care; Team Manager, Children in "
                                      "Care", "Ongoing", "red",
                 "Timeliness 52% in Q1 2025/26 – escalated to the Health Sub-group."),
            ]),
            (O32, [
                (10, "Exempt Halton care leavers from council tax up to age 25.",
                 "Director of Finance", "April 2025", "green", "Exemption in place from 1 April 2025."),
            ]),
        ]),
    ]
    acts = []
    status_of = {"green": "blue", "amber": "amber", "red": "red", None: "unrated"}
    for sname, ptitle, promise, objectives in sheets:
        ws = wb.create_sheet(sname)
        ws["A1"] = ptitle
        ws.merge_cells("A1:G1")
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = PatternFill("solid", start_color="7030A0", end_color="7030A0")
        ws["A2"] = promise
        ws.merge_cells("A2:G2")
        ws["A2"].font = Font(italic=True)
        for j, h in enumerate(hdr):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", start_color="D9D2E9", end_color="D9D2E9")
            c.border = BOX
            c.alignment = WRAP
        r = 5
        for obj, items in objectives:
            first = r
            ws.cell(row=r, column=1, value=obj)
            for (no, what, lead, when, rag, comment) in items:
                for j, v in enumerate([no, what, lead, when, None, comment]):
                    c = ws.cell(row=r, column=2 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=1).border = BOX
                if rag:
                    fill(ws, f"F{r}", FILL[rag])
                ws.cell(row=r, column=6).border = BOX
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.cell(row=first, column=1).alignment = WRAP
            for (no, what, lead, when, rag, comment) in items:
                if isinstance(when, dt.datetime):
                    end, et = when.strftime("%Y-%m"), None
                else:
                    end, et = {
                        "Sept 2025": ("2025-09", None), "Dec-25": ("2025-12", None),
                        "Termly": (None, "Termly"), "July 2026": ("2026-07", None),
                        "Nov 2025": ("2025-11", None), "Ongoing": (None, "Ongoing"),
                        "April 2025": ("2025-04", None),
                    }[when]
                leads = {
                    "Virtual School Headteacher / Care Leavers Service Manager":
                        ["Virtual School Headteacher", "Care Leavers Service Manager"],
                    "Kelly Hughes and Sam Doyle": ["Kelly Hughes", "Sam Doyle"],
                    "Designated Doctor for Children in Care; Team Manager, Children in Care":
                        ["Designated Doctor for Children in Care", "Team Manager, Children in Care"],
                }.get(lead, [lead])
                acts.append(act(str(no), [ptitle, obj], what, leads, end, status_of[rag], et))
        for col, w in zip("ABCDEFG", (30, 6, 55, 30, 12, 8, 45)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": (
            "Imitates a council's corporate parenting strategy action plan kept by the Corporate "
            "Parenting Board (cf. Bracknell Forest Corporate Parenting Strategy action plan 2025–2028 "
            "organised by pledges, https://www.bracknell-forest.gov.uk/children-and-family-services/fostering-adoption-and-looked-after-children/corporate-parenting-strategy-2025-2028/corporate-parenting-strategy-action-plan-2025-2028, "
            "and Slough's Corporate Parenting Panel action plan 2023/24 with priority aims). Invented "
            "content. Copied features: overview sheet with title, colour RAG key in which Green means "
            "Completed (no blue), progress-summary table, one sheet per priority with the promise to "
            "children quoted under the priority title, objective cells merged down over their actions, "
            "RAG given only by cell fill (one left blank), named officers and posts as leads."),
        "reads": (
            "An overview sheet (title, key: green = completed, amber = in progress, red = not yet "
            "started / at risk, and a summary table) and three priority sheets. On each, objectives "
            "merged down the first column group numbered actions 1–10 with lead, 'By when', a coloured "
            "RAG cell and comments; ten actions in all."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })


# --------------------------------------------------------------------------------------------
# 6. Isle of Wight early help strategy delivery plan (docx, one table, merged priority rows)
# --------------------------------------------------------------------------------------------
def isle_of_wight():
    name = "hi1-isle-of-wight-early-help-strategy-action-plan.docx"
    title = "Isle of Wight Early Help Strategy 2024–2027: Delivery Plan 2025/26"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Isle of Wight Early Help Partnership Board")
    doc.add_paragraph(
        "This delivery plan sets out what partners will do in 2025/26 to deliver the three priorities "
        "of the Early Help Strategy. It is owned by the Early Help Partnership Board, which reports to "
        "the Children’s Trust Board. This version shows progress as at 30 September 2025.")
    doc.add_heading("Status key", level=2)
    kt = doc.add_table(rows=5, cols=2)
    kt.style = "Table Grid"
    for i, (a, b) in enumerate([("Complete", "Action delivered"),
                                ("Green", "On track"),
                                ("Amber", "Some delay – action being taken"),
                                ("Red", "Significant delay – Board support needed"),
                                ("Not started", "Due to start later in the plan period")]):
        set_cell(kt.rows[i].cells[0], a, bold=True)
        set_cell(kt.rows[i].cells[1], b)
    doc.add_heading("Delivery plan", level=1)

    P1 = "Priority 1: Early help is everyone’s business"
    P2 = "Priority 2: Families get the right help at the right time"
    P3 = "Priority 3: Children and young people’s emotional wellbeing"
    data = [
        ("P", P1),
        ("A", "1a", "Refresh the Isle of Wight Early Help Offer and publish it on the Family Hubs website "
                    "in an accessible format.", "Family Hubs Service Manager", "April 2025", "Complete",
         "Published 28 April 2025, with an easy-read version."),
        ("A", "1b", "Deliver lead professional training to schools, health visitors and voluntary sector "
                    "partners.", "Early Help Partnership Manager", "Autumn term 2025", "Green",
         "Four sessions delivered; 96 practitioners trained."),
        ("A", "1c", "Agree an early help dataset with partners to show which agencies are leading early "
                    "help assessments.", "Early Help Partnership Manager / Head of Performance",
         "Q3 2025/26", "Amber", "Health data not yet available at child level."),
        ("M", "How we will know: partner-led early help assessments rise from 18% to 30% by March 2026."),
        ("P", P2),
        ("A", "2a", "Open the Ryde Family Hub and the West Wight Family Hub spoke site.",
         "Family Hubs Service Manager", "31/07/2025", "Complete",
         "Both sites open; 1,140 visits in August and September."),
        ("A", "2b", "Pilot a whole-family approach to school attendance with six secondary schools.",
         "Head of Inclusion / Attendance Lead", "Summer term 2026", "Not started",
         "Schools identified; pilot starts January 2026."),
        ("A", "2c", "Embed the Supporting Families outcome plan in all family support casework.",
         "Supporting Families Coordinator", "March 2026 (revised from December 2025)", "Green",
         "Revised date agreed by the Board in July to align with the new case management system."),
        ("M", "How we will know: fewer families re-referred within 12 months of early help closure."),
        ("P", P3),
        ("A", "3a", "Extend Mental Health Support Teams to all Island secondary schools and the "
                    "college.", "ICB Children’s Mental Health Commissioner", "September 2026", "Amber",
         "Wave 12 bid submitted; outcome expected December 2025."),
        ("A", "3b", "Co-produce an emotional wellbeing offer with the Island Youth Council.",
         "Youth Participation Lead", "Ongoing", "Green",
         "Youth Council workshop held in June; offer to be tested in schools."),
        ("M", "How we will know: young people report that they know where to get help (Island youth "
              "survey)."),
    ]
    cols = ["Ref", "What we will do", "Who will lead", "By when", "Status", "Progress update"]
    tb = doc.add_table(rows=1 + len(data), cols=len(cols))
    tb.style = "Table Grid"
    header_row(tb, cols, colour="00665E")
    colours = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for i, item in enumerate(data):
        row = tb.rows[1 + i]
        if item[0] in ("P", "M"):
            merged = row.cells[0].merge(row.cells[-1])
            set_cell(merged, item[1], bold=(item[0] == "P"))
            shade(merged, "D9EAD3" if item[0] == "P" else "F2F2F2")
            if item[0] == "M":
                for p in merged.paragraphs:
                    for r in p.runs:
                        r.italic = True
        else:
            for j, v in enumerate(item[1:]):
                set_cell(row.cells[j], v)
            if item[5] in colours:
                shade(row.cells[4], colours[item[5]])
    doc.add_paragraph()
    doc.add_paragraph("Next review: Early Help Partnership Board, 4 December 2025.")
    doc.save(os.path.join(HERE, name))

    A = {d[1]: d[2] for d in data if d[0] == "A"}
    acts = [
        act("1a", [P1], A["1a"], ["Family Hubs Service Manager"], "2025-04", "blue"),
        act("1b", [P1], A["1b"], ["Early Help Partnership Manager"], "2025-12", "green",
            "Autumn term 2025"),
        act("1c", [P1], A["1c"], ["Early Help Partnership Manager", "Head of Performance"], "2025-12",
            "amber"),
        act("2a", [P2], A["2a"], ["Family Hubs Service Manager"], "2025-07", "blue"),
        act("2b", [P2], A["2b"], ["Head of Inclusion", "Attendance Lead"], "2026-07", "unrated",
            "Summer term 2026"),
        act("2c", [P2], A["2c"], ["Supporting Families Coordinator"], "2026-03", "green"),
        act("3a", [P3], A["3a"], ["ICB Children’s Mental Health Commissioner"], "2026-09", "amber"),
        act("3b", [P3], A["3b"], ["Youth Participation Lead"], None, "green", "Ongoing"),
    ]
    write_yaml(name, {
        "source": (
            "Imitates an early help partnership's annual delivery plan for a multi-year Early Help "
            "Strategy (cf. Wiltshire Early Help Strategy and draft Early Help Improvement Plan, "
            "https://cms.wiltshire.gov.uk/mgAi.aspx?ID=41422, and the Wakefield/Torbay early help "
            "strategies with priorities and 'how we will know' measures). Invented content. Copied "
            "features: title and owning board, intro paragraph, a status key table, one long Word table "
            "with full-width shaded priority rows and italic 'How we will know' measure rows after each "
            "priority's actions, school-term and financial-quarter timescales, a revised date written "
            "into the 'By when' cell, word statuses (Complete / Green / Amber / Not started)."),
        "reads": (
            "A short Word plan: title, owner, an introduction and a status key, then one table in which "
            "three priority rows each head two or three actions (1a–3b) with lead, 'By when', status and "
            "progress; each priority closes with a 'How we will know' measure row. Eight actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })


# --------------------------------------------------------------------------------------------
# 7. Hounslow focused visit action plan – mistyped month in a due-date cell (refuse)
# --------------------------------------------------------------------------------------------
def hounslow():
    name = "hi1-hounslow-council-focused-visit-action-plan-typo-month-refuse.xlsx"
    title = "London Borough of Hounslow – Ofsted Focused Visit Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Focused visit 16–17 July 2024: local authority arrangements for children in need and "
                "children subject to a child protection plan")
    ws.merge_cells("A2:G2")
    ws["A3"] = ("Owner: Director of Children’s Social Care | Monitored by: Children’s Services "
                "Improvement Board | Updated: 21 March 2025")
    ws.merge_cells("A3:G3")
    hdr = ["Area for improvement", "Ref", "Action", "Responsible officer", "Due date", "Status",
           "Evidence / impact"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="203864", end_color="203864")
        c.border = BOX
        c.alignment = WRAP
    groups = [
        ("The quality of written plans for children in need, so that they are specific about what "
         "needs to change and by when.", [
            ("FV1.1", "Revise the child in need plan template so that every outcome has a named person "
                      "and a timescale.", "Head of Service, Children in Need", D(2024, 10, 31),
             "Complete", "New template live on Mosaic from 14 October 2024."),
            ("FV1.2", "Deliver plan-writing workshops for all child in need social workers and "
                      "practice supervisors.", "Principal Social Worker", "Decmber 2024", "Complete",
             "Six workshops held; 58 staff attended."),
            ("FV1.3", "Audit 40 child in need plans to test the impact of the new template and "
                      "workshops.", "Head of Quality Assurance", D(2025, 3, 31), "In progress",
             "22 of 40 audits completed."),
        ]),
        ("Management oversight of children’s cases where there is drift in progressing child "
         "protection plans.", [
            ("FV2.1", "Introduce a monthly child protection plan tracker reviewed by team managers and "
                      "the Head of Service.", "Head of Service, Child Protection", D(2025, 1, 31),
             "Complete", "Tracker in use; children on plans over 15 months reduced from 27 to 16."),
            ("FV2.2", "Child protection chairs to use the midpoint review to escalate drift through the "
                      "practice alert process.", "Service Manager, Safeguarding and Quality Assurance",
             D(2025, 4, 30), "In progress", "Midpoint reviews introduced February 2025."),
        ]),
        ("The consistency of direct work with children to understand their wishes, feelings and daily "
         "experiences.", [
            ("FV3.1", "Provide a direct work toolkit and resource boxes in each locality team.",
             "Principal Social Worker", D(2025, 6, 30), "In progress", "Toolkit drafted."),
            ("FV3.2", "Record the child’s own words in every child in need and child protection visit "
                      "record.", "All team managers", "Ongoing", "In progress",
             "Monitored through monthly audit."),
        ]),
    ]
    r = 6
    typo_row = None
    for afi, items in groups:
        first = r
        ws.cell(row=r, column=1, value=afi)
        for (ref, action, lead, due, status, ev) in items:
            for j, v in enumerate([ref, action, lead, due, status, ev]):
                c = ws.cell(row=r, column=2 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmmm yyyy"
            if due == "Decmber 2024":
                typo_row = r
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.cell(row=first, column=1).font = Font(bold=True)
    for col, w in zip("ABCDEFG", (38, 8, 55, 32, 15, 12, 45)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert typo_row == 7, typo_row
    write_yaml(name, {
        "source": (
            "Imitates a London borough's action plan responding to the areas for improvement in an "
            "Ofsted ILACS focused visit letter (children in need and child protection), as taken to a "
            "children's services improvement board (cf. Ofsted ILACS framework on focused visits and "
            "action plans, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018/inspecting-local-authority-childrens-services). "
            "Invented content. Copied features: title/visit/owner lines merged across, one table with "
            "the area for improvement merged down over its actions, FV refs, Excel date cells shown as "
            "month and year, word statuses and an evidence/impact column."),
        "reads": (
            "A single-sheet plan: three areas for improvement from the focused visit, each merged down "
            "beside two or three FV-numbered actions with responsible officer, due date, status and "
            "evidence. The due date of FV1.2 on sheet row 7 reads 'Decmber 2024', a mistyped month "
            "typed as text into a column of real dates; a careful reader stops there and asks."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 7,
        "title": title,
    })


if __name__ == "__main__":
    newham()
    north_tyneside()
    knowsley()
    tameside()
    halton()
    isle_of_wight()
    hounslow()
    print("built", sorted(f for f in os.listdir(HERE) if f.startswith("hi1-")))
