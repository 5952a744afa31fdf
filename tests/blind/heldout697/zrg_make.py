#!/usr/bin/env python
"""Build the seven zrg- blind test files (set heldout697) and their expected readings.

Run with /work/main/.venv/bin/python zrg_make.py from any directory; files are written
beside this script.  Only files whose names start with ``zrg-`` are written.
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

# RAG fills
BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"
TEAL = "DDEBF7"


def out(name):
    assert name.startswith("zrg-")
    return os.path.join(HERE, name)


def write_expected(name, exp):
    path = out(name) + ".expected.yaml"
    order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]
    data = {k: exp[k] for k in order if k in exp}
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- xlsx helpers
def fill(hexcolor):
    return PatternFill(fill_type="solid", start_color="FF" + hexcolor, end_color="FF" + hexcolor)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def put(ws, row, col, value, bold=False, bg=None, fmt=None, border=True, color=None, size=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or color or size:
        c.font = Font(bold=bold, color=("FF" + color) if color else None, size=size)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


# =============================================================================
# 1. Leeds City Council - Scrutiny Board (Children and Families) recommendation tracking (xlsx)
# =============================================================================
def leeds():
    name = "zrg-leeds-city-council-children-and-families-scrutiny-board-recommendation-tracker.xlsx"
    title = "Scrutiny Board (Children and Families) – Recommendation Tracking, January 2025"
    inq_a = ("Inquiry into Emotional and Mental Health Support for Children and Young People "
             "(Statement published April 2024)")
    inq_b = "Inquiry into School Attendance and Persistent Absence (Statement published March 2024)"
    # ref, recommendation, desired outcome, lead cell, lead list, completion cell, end, end_text,
    # formal response, current position, RAG letter, status
    recs = [
        (inq_a, [
            ("1",
             "That the Director of Children and Families, working with the Leeds Health and Care "
             "Partnership, publishes a single, easy-to-read guide for families setting out the "
             "emotional and mental health support available in Leeds and how to access it.",
             "Families know what help is available and how to get it without needing a referral.",
             "Chief Officer Family Help", ["Chief Officer Family Help"],
             "September 2024", "2024-09", None,
             "Accepted. The guide will be co-produced with the Leeds Parent Carer Forum.",
             "Guide launched on the MindMate website in September 2024 and sent to all schools "
             "and clusters. Printed copies available in Family Hubs.", "C", "blue"),
            ("2",
             "That the Director of Children and Families writes to the Secretary of State for "
             "Health and Social Care setting out the Board's concerns about waiting times for "
             "neurodevelopmental assessment in Leeds.",
             "National attention on waiting times and the resources needed locally.",
             "Director of Children and Families", ["Director of Children and Families"],
             "July 2024", "2024-07", None,
             "Accepted.",
             "Letter sent 3 July 2024. Reply received from the Minister of State on 26 September "
             "2024 and circulated to Board members.", "C", "blue"),
            ("3",
             "That the Mental Health Support Team offer is extended to all secondary schools in "
             "the city, subject to the outcome of the national funding bid.",
             "Every secondary school has access to early mental health support on site.",
             "Head of Service, Health and Wellbeing; Director of Pathway Integration, NHS West "
             "Yorkshire ICB (Leeds)",
             ["Head of Service, Health and Wellbeing",
              "Director of Pathway Integration, NHS West Yorkshire ICB (Leeds)"],
             "September 2025", "2025-09", None,
             "Accepted in principle, subject to NHS England funding.",
             "Funding confirmed for wave 12: 9 of the 15 remaining secondary schools will be "
             "covered from September 2025. The other 6 depend on the wave 13 allocation.",
             "A", "amber"),
            ("4",
             "That a report on the work of the Therapeutic Social Work Team with children in "
             "care and their carers is brought to the Board within 12 months.",
             "Members can assess the impact of therapeutic support on placement stability.",
             "Head of Service Corporate Parenting", ["Head of Service Corporate Parenting"],
             "By April 2025", "2025-04", None,
             "Accepted.",
             "Report scheduled for the Board's April 2025 meeting.", "G", "green"),
            ("5",
             "That the Board receives an annual update on children and young people's mental "
             "health waiting times, broken down by age, ethnicity and locality.",
             "Inequalities in access are visible and can be tracked over time.",
             "Director of Public Health", ["Director of Public Health"],
             "Annually", None, "Annually",
             "Accepted.",
             "First annual update to be included in the Board's work schedule for 2025/26.",
             "G", "green"),
        ]),
        (inq_b, [
            ("1",
             "That the Director of Children and Families ensures that every school has a named "
             "attendance link officer and a termly targeting support meeting, in line with the "
             "DfE guidance 'Working together to improve school attendance'.",
             "Schools receive consistent support and challenge on attendance.",
             "Chief Officer Learning Inclusion", ["Chief Officer Learning Inclusion"],
             "September 2024", "2024-09", None,
             "Accepted.",
             "All 262 schools have a named link officer. Termly meetings held with 98% of schools "
             "in the autumn term.", "C", "blue"),
            ("2",
             "That the Council develops a citywide attendance campaign, co-produced with "
             "children, young people and parents, for launch before the start of the 2024/25 "
             "academic year.",
             "Parents and pupils understand why every day in school matters.",
             "Head of Learning Inclusion; Head of Communications",
             ["Head of Learning Inclusion", "Head of Communications"],
             "August 2024", "2024-08", None,
             "Accepted.",
             "Campaign materials co-produced with the Youth Council. Launch moved to January "
             "2025 so that it follows the new attendance data release.", "A", "amber"),
            ("3",
             "That officers explore with West Yorkshire Combined Authority the feasibility of "
             "free or reduced-cost bus travel for persistently absent pupils who live more than "
             "two miles from school.",
             "Travel cost is removed as a barrier to attendance.",
             "Chief Officer Learning Inclusion", ["Chief Officer Learning Inclusion"],
             "March 2025", "2025-03", None,
             "Accepted in part. The Council does not control fares.",
             "WYCA has confirmed no funding is available in 2024/25. Options to be reconsidered "
             "as part of bus franchising.", "R", "red"),
            ("4",
             "That the Board receives a further report on the attendance of children with SEND "
             "and children with a social worker during the 2024/25 academic year.",
             "Members can test whether the most vulnerable pupils are benefiting.",
             "Head of SEND and Inclusion; Head of Virtual School",
             ["Head of SEND and Inclusion", "Head of Virtual School"],
             "June 2025", "2025-06", None,
             "Accepted.",
             "Data collection under way; report scheduled for June 2025.", "G", "green"),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    widths = [8, 58, 38, 30, 16, 34, 48, 10, 24]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ncol = len(widths)
    put(ws, 1, 1, title, bold=True, size=14, border=False)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    put(ws, 2, 1, "Appendix 1 to the report of the Head of Democratic Services – meeting of "
                  "22 January 2025", border=False)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    put(ws, 4, 1, "Officer RAG: G = on track to be delivered by the desired completion date; "
                  "A = some slippage, remedial action in place; R = obstacle / unlikely to be "
                  "delivered; C = complete (recommendation achieved)", border=False)
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=ncol)
    hdr = ["Rec No.", "Recommendation", "Desired Outcome", "Lead Officer(s)",
           "Desired completion date", "Formal response (Executive Board, 19 June 2024)",
           "Current position (January 2025)", "Officer RAG",
           "Position status (to be completed by Scrutiny Board)"]
    r = 6
    for c, h in enumerate(hdr, 1):
        put(ws, r, c, h, bold=True, bg=NAVY, color="FFFFFF")
    ragfill = {"G": GREEN, "A": AMBER, "R": RED, "C": BLUE}
    actions = []
    for inquiry, rows in recs:
        r += 1
        put(ws, r, 1, inquiry, bold=True, bg=TEAL)
        for c in range(2, ncol + 1):
            put(ws, r, c, None, bg=TEAL)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        for (ref, rec, outc, leadcell, leads, comp, end, end_text, formal, current, rag,
             status) in rows:
            r += 1
            vals = [ref, rec, outc, leadcell, comp, formal, current, rag, None]
            for c, v in enumerate(vals, 1):
                put(ws, r, c, v, bg=ragfill[rag] if c == 8 else None)
            actions.append(act(ref, [inquiry], rec, leads, end, status, end_text))
    r += 2
    put(ws, r, 1, "Note: the position status categories are set out on the 'Status categories' "
                  "tab. Recommendations the Board places in category 1 or 2 will not be brought "
                  "back for tracking.", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.freeze_panes = "C7"

    ks = wb.create_sheet("Status categories")
    ks.column_dimensions["A"].width = 10
    ks.column_dimensions["B"].width = 70
    put(ks, 1, 1, "Recommendation tracking – position status categories", bold=True,
        border=False)
    cats = [
        ("1", "Stop monitoring or determine whether any further action is required"),
        ("2", "Achieved"),
        ("3", "Not fully implemented (Obstacle)"),
        ("4", "Not fully implemented (Progress made acceptable. Continue monitoring)"),
        ("5", "Not fully implemented (Progress made not acceptable. Continue monitoring)"),
        ("6", "Not for review this session"),
    ]
    put(ks, 3, 1, "Category", bold=True, bg=GREY)
    put(ks, 3, 2, "Description", bold=True, bg=GREY)
    for i, (a, b) in enumerate(cats, 4):
        put(ks, i, 1, a)
        put(ks, i, 2, b)
    wb.save(out(name))

    exp = {
        "source": (
            "Imitates the recommendation tracking appendix a Leeds City Council scrutiny board "
            "receives a few months after publishing inquiry statements (Leeds democracy site: "
            "board agendas with 'Recommendation Tracking' items, Children and Families board "
            "2024/25). Copied: title line and appendix line, recommendations grouped under "
            "merged inquiry rows, 'Desired Outcome' and 'Formal response' columns, several lead "
            "posts in one cell separated by semicolons, the empty 'Position status (to be "
            "completed by Scrutiny Board)' column, Leeds's six position-status categories on a "
            "second sheet, an officer RAG letter column with a key that adds C = complete, and "
            "a notes line."),
        "reads": (
            "A scrutiny board's tracker of nine recommendations from two inquiries, each inquiry a "
            "merged heading row. Each recommendation is the action, with its lead post(s), a "
            "desired completion month (one 'Annually', one 'By April 2025'), the officers' "
            "current position and an officer RAG letter whose key says C = complete. The "
            "board's own position-status column is still blank and the categories sheet is only a "
            "key."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# =============================================================================
# 2. Sheffield City Council - Fostering Service Development Plan 2024-25 (xlsx)
# =============================================================================
def sheffield():
    name = "zrg-sheffield-city-council-fostering-service-development-plan-2024-25.xlsx"
    title = "Sheffield City Council Fostering Service – Development Plan 2024-25"
    D = dt.datetime
    p1 = "Priority 1 – Recruitment: more Sheffield families fostering for Sheffield children"
    p2 = "Priority 2 – Supporting and keeping our foster carers"
    p3 = "Priority 3 – Kinship and connected carers"
    p4 = "Priority 4 – Quality, compliance and children's voice"
    # ref, action, lead cell, lead list, target, revised, q1, (q2 text, q2 fill), update, end,
    # end_text, status
    plan = [
        (p1, [
            ("1.1",
             "Refresh the fostering recruitment and marketing strategy, using the DfE Fostering "
             "Recruitment and Retention Programme (Yorkshire and Humber hub) to increase "
             "enquiries by 20%.",
             "Marketing & Communications Lead / Fostering Service Manager",
             ["Marketing & Communications Lead", "Fostering Service Manager"],
             D(2024, 6, 30), D(2024, 10, 31), "Amber", ("Green", GREEN),
             "Strategy signed off at DMT on 17 September; regional hub go-live moved the launch "
             "to October.", "2024-10", None, "green"),
            ("1.2",
             "Reduce the time from enquiry to fostering panel to an average of 6 months by "
             "introducing a dedicated initial visit worker and two-stage assessment tracking.",
             "Team Manager – Recruitment & Assessment", ["Team Manager – Recruitment & Assessment"],
             D(2025, 3, 31), None, "Green", ("Green", GREEN),
             "Average now 7.2 months (Q1 8.1). Initial visit worker in post from July.",
             "2025-03", None, "green"),
            ("1.3",
             "Launch a specialist parent and child / teenage fostering scheme with an enhanced "
             "fee and support package.\nBusiness case to go to the Finance and Commercial Board "
             "first.",
             "Head of Service, Children in Care", ["Head of Service, Children in Care"],
             "Q3 2024/25", "Q1 2025/26", "Red", ("Red", RED),
             "Business case deferred by Finance and Commercial Board pending the budget "
             "position; revised target agreed.", "2025-06", "Q1 2025/26", "red"),
        ]),
        (p2, [
            ("2.1",
             "Establish a second Mockingbird constellation (hub home plus 8–10 satellite "
             "families) in the north of the city.",
             "Mockingbird Project Lead", ["Mockingbird Project Lead"],
             D(2024, 9, 30), None, "Green", ("Complete", BLUE),
             "Constellation 2 launched 2 September with 9 satellite families.",
             "2024-09", None, "blue"),
            ("2.2",
             "Review the foster carer fee and allowance structure and benchmark it against "
             "Yorkshire and Humber local authorities and IFAs.",
             "Fostering Service Manager", ["Fostering Service Manager"],
             D(2024, 12, 31), None, "Green", (None, GREEN),
             "Benchmarking complete; options paper being drafted for January.",
             "2024-12", None, "green"),
            ("2.3",
             "Deliver a core training offer to all carers, including trauma-informed practice "
             "(PACE) and a Skills to Foster refresh; 90% of carers to complete the TSD standards "
             "within 12 months of approval.",
             "Training & Development Officer (Fostering)",
             ["Training & Development Officer (Fostering)"],
             D(2025, 3, 31), None, "Amber", ("Amber", AMBER),
             "TSD completion 78%. Evening and weekend sessions added from October.",
             "2025-03", None, "amber"),
        ]),
        (p3, [
            ("3.1",
             "Implement the Kinship Care Local Offer, with a dedicated kinship support worker for "
             "connected carers and special guardians.",
             "Kinship Team Manager", ["Kinship Team Manager"],
             D(2024, 7, 31), D(2024, 11, 30), "Amber", ("Amber", AMBER),
             "Local Offer published in August. Support worker recruited, start date 4 November.",
             "2024-11", None, "amber"),
            ("3.2",
             "Ensure all Regulation 24 temporary approvals are progressed to panel within 16 "
             "weeks, tracked at the weekly permanence meeting.",
             "Kinship Team Manager; Panel Adviser", ["Kinship Team Manager", "Panel Adviser"],
             "Ongoing", None, "Red", ("Amber", AMBER),
             "Regulation 25 extensions fell from 11 to 4 in the quarter.",
             None, "Ongoing", "amber"),
        ]),
        (p4, [
            ("4.1",
             "Complete an annual audit of foster carer reviews and supervision records against "
             "NMS 21, with actions reported to the fostering panel.",
             "Quality Assurance Manager", ["Quality Assurance Manager"],
             D(2025, 1, 31), None, "Not started", ("Not started", None),
             "Audit tool agreed; audit scheduled for December.", "2025-01", None, "unrated"),
            ("4.2",
             "Hold quarterly 'Your Say' sessions with fostered children and with the sons and "
             "daughters of carers, and publish 'You said, we did' feedback.",
             "Participation Officer", ["Participation Officer"],
             "Quarterly", None, "Green", ("Green", GREEN),
             "Summer session held at Graves Park (23 children).", None, "Quarterly", "green"),
            ("4.3",
             "Update the Statement of Purpose and Children's Guide and submit them to Ofsted.",
             "Fostering Service Manager", ["Fostering Service Manager"],
             D(2024, 6, 30), None, "Complete", ("Complete", BLUE),
             "Submitted to Ofsted 14 June 2024.", "2024-06", None, "blue"),
        ]),
    ]

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv.column_dimensions["A"].width = 14
    cv.column_dimensions["B"].width = 16
    cv.column_dimensions["C"].width = 30
    cv.column_dimensions["D"].width = 44
    put(cv, 1, 1, title, bold=True, size=14, border=False)
    put(cv, 3, 1, "Document control", bold=True, border=False)
    for c, h in enumerate(["Version", "Date", "Author", "Status"], 1):
        put(cv, 4, c, h, bold=True, bg=GREY)
    dc = [("0.2", "08/04/2024", "Fostering Service Manager", "Draft"),
          ("1.0", "23/05/2024", "Fostering Service Manager",
           "Approved by Corporate Parenting Board"),
          ("1.2", "07/10/2024", "Fostering Service Manager", "Quarter 2 update")]
    for i, row in enumerate(dc, 5):
        for c, v in enumerate(row, 1):
            put(cv, i, c, v)
    put(cv, 9, 1, "This plan sets out the priorities of Sheffield Fostering Service for 2024-25, "
                  "in line with the Fostering Services (England) Regulations 2011 and the National "
                  "Minimum Standards. Progress is reported quarterly to the Corporate Parenting "
                  "Board.", border=False)
    cv.merge_cells("A9:D11")

    ws = wb.create_sheet("Development Plan")
    widths = [7, 60, 30, 13, 13, 11, 11, 44]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    put(ws, 1, 1, "Fostering Service Development Plan 2024-25 – Quarter 2 update (to 30 "
                  "September 2024)", bold=True, size=12, border=False)
    ws.merge_cells("A1:H1")
    hdr = ["Ref", "Action", "Lead", "Target date", "Revised target", "Q1 RAG (June)",
           "Q2 RAG (Sept)", "Progress update – Q2"]
    r = 3
    for c, h in enumerate(hdr, 1):
        put(ws, r, c, h, bold=True, bg=NAVY, color="FFFFFF")
    actions = []
    for prio, rows in plan:
        r += 1
        put(ws, r, 1, prio, bold=True, bg="8EA9DB")
        for c in range(2, 9):
            put(ws, r, c, None, bg="8EA9DB")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for (ref, text, leadcell, leads, target, revised, q1, q2, upd, end, end_text,
             status) in rows:
            r += 1
            put(ws, r, 1, ref)
            put(ws, r, 2, text)
            put(ws, r, 3, leadcell)
            put(ws, r, 4, target, fmt="mmm-yy" if isinstance(target, dt.datetime) else None)
            put(ws, r, 5, revised, fmt="mmm-yy" if isinstance(revised, dt.datetime) else None)
            put(ws, r, 6, q1)
            put(ws, r, 7, q2[0], bg=q2[1], color="FFFFFF" if q2[1] in (BLUE, RED) else None)
            put(ws, r, 8, upd)
            actions.append(act(ref, [prio], text, leads, end, status, end_text))
    ws.freeze_panes = "C4"

    ks = wb.create_sheet("Key")
    ks.column_dimensions["A"].width = 16
    ks.column_dimensions["B"].width = 60
    put(ks, 1, 1, "RAG key", bold=True, border=False)
    key = [("Complete", BLUE, "Action delivered"),
           ("Green", GREEN, "On track to meet the target date"),
           ("Amber", AMBER, "Some slippage or risk – mitigation in place"),
           ("Red", RED, "Off track – escalated to Head of Service"),
           ("Not started", None, "Not yet due to start")]
    for i, (a, col, b) in enumerate(key, 3):
        put(ks, i, 1, a, bg=col)
        put(ks, i, 2, b)
    wb.save(out(name))

    exp = {
        "source": (
            "Imitates the fostering service development plan an English council's fostering "
            "service keeps beside its annual report and Statement of Purpose and reports "
            "quarterly to the Corporate Parenting Board (as in Leicester City, Telford and Wrekin "
            "and Torbay fostering reports, 2023-25). Copied: a cover sheet with document control "
            "table, priority band rows merged across the plan sheet, target and revised target "
            "date columns (mmm-yy dates and quarter text), Q1 and Q2 RAG columns with the Q2 "
            "cell filled, one Q2 cell that has only a green fill and no word, a multi-line action "
            "cell, two posts in one lead cell, and a separate RAG key sheet."),
        "reads": (
            "A fostering service's 2024-25 plan with eleven numbered actions under four priority "
            "bands. Each action has a lead post, a target date and sometimes a revised target "
            "(the revised one is the end), a Q1 RAG and a current Q2 RAG; the status is the Q2 "
            "column, read by its fill where it has no word. The cover and key sheets hold no "
            "actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# =============================================================================
# 3. Sefton Youth Justice Service - Youth Justice Plan 2025-26 delivery plan (xlsx)
# =============================================================================
def sefton():
    name = "zrg-sefton-youth-justice-service-youth-justice-plan-2025-26-delivery-plan.xlsx"
    title = "Sefton Youth Justice Service – Youth Justice Plan 2025-26 Delivery Plan"
    sfill = {"Complete": BLUE, "On track": GREEN, "Some delay": AMBER, "Off track": RED,
             "Not started": None}
    smap = {"Complete": "blue", "On track": "green", "Some delay": "amber", "Off track": "red",
            "Not started": "unrated"}
    pr = [
        ("1. Child First: children's voice in everything we do", [
            ("1.1",
             "Embed the Child First principles in all AssetPlus assessments through quarterly "
             "practice audits and a refreshed quality assurance framework.",
             "YJS Operational Manager (Practice)", ["YJS Operational Manager (Practice)"],
             "Youth Justice Board", "Dec-25", "2025-12", None, "On track",
             "Q2 audit of 20 assessments completed; framework draft to Board in December."),
            ("1.2",
             "Set up a Youth Justice Young People's Reference Group and report its views to "
             "each Partnership Board meeting.",
             "Participation Worker", ["Participation Worker"],
             "Sefton Youth Service; Sefton CVS", "Sept 2025", "2025-09", None, "Complete",
             "Group of 7 young people met in August and presented to this Board."),
            ("1.3",
             "Review the YJS intervention offer with children so that sessions are more "
             "strengths-based and activity-led (for example sport, music and boxing).",
             "LM / DR", ["LM", "DR"],
             "Active Sefton", "Q4 2025/26", "2026-03", "Q4 2025/26", "Not started",
             "Due to start in January after the reference group consultation."),
        ]),
        ("2. Prevention and diversion", [
            ("2.1",
             "Continue delivery of the Turnaround programme to at least 60 children on the edge "
             "of the youth justice system.",
             "Turnaround Co-ordinator", ["Turnaround Co-ordinator"],
             "Merseyside Police; Early Help", "31/03/2026", "2026-03", None, "On track",
             "34 children engaged to date (target 30 by Q2)."),
            ("2.2",
             "Agree a joint decision-making panel protocol with Merseyside Police for Outcome 22 "
             "and Youth Conditional Cautions.",
             "YJS Head of Service; Police Sergeant (YJS)",
             ["YJS Head of Service", "Police Sergeant (YJS)"],
             "Merseyside Police", "Sept 2025", "2025-09", None, "Some delay",
             "Draft protocol with Police legal services; sign-off now expected November 2025."),
            ("2.3",
             "Deliver a school-based early intervention offer on knife crime and exploitation in "
             "the three secondary schools with the highest exclusion rates.",
             "Prevention Team Manager", ["Prevention Team Manager"],
             "Schools; Merseyside Violence Reduction Partnership", "Dec 2025 – Mar 2026",
             "2026-03", "Dec 2025 – Mar 2026", "On track",
             "Two schools confirmed; third school in discussion."),
        ]),
        ("3. Education, training and employment (ETE)", [
            ("3.1",
             "Ensure every child open to the YJS has an education assessment within 10 working "
             "days and that children with an EHCP are flagged to the SEND team.",
             "YJS Education Officer; Virtual School Head",
             ["YJS Education Officer", "Virtual School Head"],
             "SEND Team", "Ongoing", None, "Ongoing", "On track",
             "92% of assessments completed within 10 days in Q2."),
            ("3.2",
             "Increase the proportion of children aged 16–17 in suitable ETE at the end of their "
             "order from 48% to 60%.",
             "YJS Education Officer", ["YJS Education Officer"],
             "Hugh Baird College; Sefton@Work", "Mar-26", "2026-03", None, "Off track",
             "Q2 figure 41%. Post-16 pathway review requested from Sefton@Work."),
        ]),
        ("4. Serious violence, exploitation and safer communities", [
            ("4.1",
             "Contribute to the refresh of the Sefton Serious Violence Duty strategic needs "
             "assessment and align YJS data sharing with it.",
             "YJS Head of Service", ["YJS Head of Service"],
             "Safer Sefton Together", "Jul-25", "2025-07", None, "Complete",
             "YJS data included in the refreshed assessment published July 2025."),
            ("4.2",
             "Ensure every child assessed as at risk of criminal exploitation is referred to the "
             "MACE panel and has a safety plan within 5 working days.",
             "Operational Manager (Court & Community)",
             ["Operational Manager (Court & Community)"],
             "Children's Social Care; Merseyside Police", "Q3 2025/26", "2025-12", "Q3 2025/26",
             "Some delay", "Referral pathway agreed; safety plan timeliness 64% (target 90%)."),
        ]),
        ("5. Victims and restorative justice", [
            ("5.1",
             "Increase victim contact rates to 90% and offer restorative justice to every "
             "identifiable victim, with satisfaction surveys reported quarterly.",
             "RJ & Victim Worker", ["RJ & Victim Worker"],
             "Merseyside Victim Care", "Mar-26", "2026-03", None, "On track",
             "Contact rate 87% in Q2."),
        ]),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm.column_dimensions["A"].width = 52
    for col in "BCDEFG":
        sm.column_dimensions[col].width = 12
    put(sm, 1, 1, title, bold=True, size=14, border=False)
    put(sm, 2, 1, "Progress summary: Quarter 2 (July – September 2025)", border=False)
    heads = ["Priority", "Actions", "Complete", "On track", "Some delay", "Off track",
             "Not started"]
    for c, h in enumerate(heads, 1):
        put(sm, 4, c, h, bold=True, bg=NAVY, color="FFFFFF")
    totals = [0] * 6
    r = 4
    for prio, rows in pr:
        r += 1
        counts = [len(rows)] + [sum(1 for x in rows if x[8] == s)
                                for s in ["Complete", "On track", "Some delay", "Off track",
                                          "Not started"]]
        totals = [a + b for a, b in zip(totals, counts)]
        put(sm, r, 1, prio)
        for c, v in enumerate(counts, 2):
            put(sm, r, c, v)
    r += 1
    put(sm, r, 1, "Total", bold=True, bg=GREY)
    for c, v in enumerate(totals, 2):
        put(sm, r, c, v, bold=True, bg=GREY)

    ws = wb.create_sheet("Delivery Plan")
    widths = [30, 6, 58, 30, 28, 16, 13, 44]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    put(ws, 1, 1, title, bold=True, size=14, border=False)
    ws.merge_cells("A1:H1")
    put(ws, 2, 1, "Reported to Sefton Youth Justice Partnership Board – 14 October 2025",
        border=False)
    ws.merge_cells("A2:H2")
    put(ws, 3, 1, "Status key:", bold=True, border=False)
    for c, s in enumerate(["Complete", "On track", "Some delay", "Off track", "Not started"], 2):
        put(ws, 3, c, s, bg=sfill[s], color="FFFFFF" if sfill[s] in (BLUE, RED) else None)
    hdr = ["Priority", "No.", "Action", "Lead(s)", "Partners", "By when", "Status",
           "Q2 update"]
    r = 5
    for c, h in enumerate(hdr, 1):
        put(ws, r, c, h, bold=True, bg=NAVY, color="FFFFFF")
    actions = []
    for prio, rows in pr:
        first = r + 1
        for (ref, text, leadcell, leads, partners, when, end, end_text, status, upd) in rows:
            r += 1
            put(ws, r, 1, prio if r == first else None, bold=True, bg=TEAL)
            put(ws, r, 2, ref)
            put(ws, r, 3, text)
            put(ws, r, 4, leadcell)
            put(ws, r, 5, partners)
            put(ws, r, 6, when)
            put(ws, r, 7, status, bg=sfill[status],
                color="FFFFFF" if sfill[status] in (BLUE, RED) else None)
            put(ws, r, 8, upd)
            actions.append(act(ref, [prio], text, leads, end, smap[status], end_text))
        if r > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)
    ws.freeze_panes = "C6"
    wb.save(out(name))

    exp = {
        "source": (
            "Imitates the delivery plan appended to an English youth justice service's annual "
            "Youth Justice Plan (YJB template, signed off by the local youth justice partnership; "
            "Sefton Council approved its 2024/25 plan, and Wirral, Cheshire and St Helens "
            "published 2024-26 plans with similar priorities). Copied: a summary sheet with a "
            "counts-by-status totals block, a delivery plan sheet with a title, reporting line "
            "and a status key row, the priority written once in a vertically merged first "
            "column, a Partners column beside the Lead(s) column, two leads in one cell (posts "
            "with a semicolon, initials with a slash), mixed 'By when' cells (Mon-YY, a date, a "
            "quarter, a period, Ongoing) and status words with fill colours."),
        "reads": (
            "A youth justice service's 2025-26 delivery plan: eleven numbered actions under five "
            "priorities, the priority shown in a merged cell down the first column. Each action "
            "has lead(s), partners (not leads), a 'By when' and a status word from the key "
            "(Some delay = amber, Off track = red, Not started = no rating). The summary sheet is "
            "only a totals block."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# =============================================================================
# 4. Northamptonshire Children's Trust - Ofsted monitoring visit action plan (docx)
# =============================================================================
def nct():
    name = "zrg-northamptonshire-childrens-trust-ofsted-monitoring-visit-action-plan.docx"
    title = "Northamptonshire Children's Trust – Ofsted Monitoring Visit Action Plan"
    areas = [
        ("Area 1: Management oversight and supervision",
         "Management oversight is evident on most children's records, but supervision does not "
         "consistently provide reflective challenge or set clear timescales for actions, and this "
         "has contributed to drift for some children in need.",
         [
             ("1.1", "Relaunch the supervision policy with a mandatory reflective section and "
                     "SMART actions recorded on Liquidlogic.",
              "Principal Social Worker", ["Principal Social Worker"],
              "April 2022", "2022-04", None,
              "Policy relaunched 11 April 2022; briefings delivered to all team managers.",
              ("Complete", BLUE), "blue"),
             ("1.2", "Heads of Service to dip-sample 10% of supervision records in each team "
                     "every month, with findings reported to the Practice Improvement Group.",
              "Head of Quality Assurance / Principal Social Worker",
              ["Head of Quality Assurance", "Principal Social Worker"],
              "31/05/2022", "2022-05", None,
              "First two dip-samples completed (March and April).", ("", GREEN), "green"),
             ("1.3", "Deliver reflective supervision training to all first-line managers "
                     "(two-day programme).",
              "Workforce Development Manager", ["Workforce Development Manager"],
              "End of June 2022", "2022-06", None,
              "Cohort 1 complete (14 managers).\nCohort 2 delayed by trainer availability.",
              ("", AMBER), "amber"),
         ]),
        ("Area 2: Children in need planning and drift",
         "Child in need plans are not always specific enough, and for a small number of children "
         "cases have remained open without purposeful intervention for too long.",
         [
             ("2.1", "Review all children open to child in need teams for more than 12 months, "
                     "with a decision on step-down, escalation or closure recorded for each "
                     "child.",
              "Head of Service – Children in Need & Child Protection",
              ["Head of Service – Children in Need & Child Protection"],
              "30/06/2022", "2022-06", None,
              "112 of 187 reviews completed; 39 children stepped down to early help.",
              ("", AMBER), "amber"),
             ("2.2", "Introduce a revised child in need plan template with outcome-focused, "
                     "measurable actions and contingency planning.\nTemplate to be co-produced "
                     "with practitioners and the Children in Care Council.",
              "Principal Social Worker", ["Principal Social Worker"],
              "May 2022", "2022-05", None,
              "Practitioner workshop held 20 April; template in testing.", ("", GREEN), "green"),
             ("2.3", "Child in need reviews at the 6-month point to be chaired by team managers "
                     "for all children.",
              "Service Manager – Locality Teams", ["Service Manager – Locality Teams"],
              "Q2 2022/23", "2022-09", "Q2 2022/23",
              "To start once the revised template is live.", ("Not started", None), "unrated"),
         ]),
        ("Area 3: Strategy meetings and Section 47 enquiries",
         "Strategy meetings are timely, but police and health attendance is inconsistent, and "
         "the rationale for decisions not to proceed to an initial child protection conference "
         "is not always recorded.",
         [
             ("3.1", "Agree with Northamptonshire Police and the ICB a standard for attendance at "
                     "strategy meetings, monitored weekly through the MASH performance report.",
              "Service Manager – MASH", ["Service Manager – MASH"],
              "Ongoing – weekly monitoring", None, "Ongoing – weekly monitoring",
              "Standard agreed 7 April; police attendance 96%, health 71%.", ("", GREEN),
              "green"),
             ("3.2", "Audit 30 Section 47 enquiries that did not proceed to conference to test "
                     "the recording of management rationale.",
              "Head of Quality Assurance", ["Head of Quality Assurance"],
              "July 2022", "2022-07", None,
              "Audit postponed twice because of auditor capacity; not yet started.",
              ("", RED), "red"),
             ("3.3", "Update the Section 47 outcome form on Liquidlogic so that the manager's "
                     "rationale is a mandatory field.",
              "Systems Development Manager", ["Systems Development Manager"],
              "w/c 16/05/2022", "2022-05", None,
              "Change released 18 May 2022.", ("Complete", BLUE), "blue"),
             ("3.4", "Report progress against this plan monthly to the Trust Improvement Board "
                     "and to the DfE Improvement Adviser.",
              "Director of Children's Services", ["Director of Children's Services"],
              "Monthly", None, "Monthly",
              "April report presented 26 April 2022.", ("", GREEN), "green"),
         ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph(
        "Monitoring visit to the children's services of North Northamptonshire Council and West "
        "Northamptonshire Council, 15 and 16 February 2022: children in need and children "
        "subject to a child protection plan")
    doc.add_paragraph(
        "This plan sets out the actions the Trust will take in response to the areas for "
        "improvement identified in the monitoring visit letter published on 17 March 2022. It is "
        "monitored monthly by the Trust Improvement Board.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
        shade(c, GREY)
    for row in [("0.1", "21/03/2022", "Head of Quality Assurance", "–"),
                ("1.0", "04/04/2022", "Head of Quality Assurance", "Trust Improvement Board"),
                ("1.1", "29/04/2022", "Performance & Improvement Officer", "Progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG rating", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, (txt, col) in zip(t.rows[0].cells, [("Complete", BLUE), ("On track", GREEN),
                                               ("Some slippage", AMBER), ("Off track", RED)]):
        set_cell(c, txt, bold=True)
        shade(c, col)

    actions = []
    for heading, finding, rows in areas:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        run = p.add_run(finding)
        run.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Target date",
                                          "Progress (April 2022)", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "B4C6E7")
        for (ref, text, leadcell, leads, target, end, end_text, prog, rag, status) in rows:
            cells = t.add_row().cells
            for c, v in zip(cells[:5], [ref, text, leadcell, target, prog]):
                set_cell(c, v)
            set_cell(cells[5], rag[0])
            if rag[1]:
                shade(cells[5], rag[1])
            actions.append(act(ref, [heading, finding], text, leads, end, status, end_text))
    doc.add_paragraph("Approved by the Trust Improvement Board on 26 April 2022. Next update: "
                      "May 2022.")
    doc.save(out(name))

    exp = {
        "source": (
            "Imitates the action plan a children's trust kept between Ofsted monitoring visits "
            "while its local authority's children's services were judged inadequate "
            "(Northamptonshire: inadequate June 2019, monitoring visits 2020-22 reported in the "
            "local press, re-inspected October 2022; action plans of this kind published by "
            "councils such as Herefordshire and Medway). Copied: title and context paragraphs, a "
            "document control table, a one-row RAG key table, one heading and one table per area "
            "for improvement with the inspectors' finding in italics between them, RAG shown "
            "mostly by cell fill alone, an action cell with a second paragraph, two posts with a "
            "slash, and mixed target cells (month, date, 'End of June 2022', 'w/c' date, quarter, "
            "Ongoing, Monthly)."),
        "reads": (
            "An Ofsted monitoring visit action plan in three parts, each a heading, the "
            "inspectors' finding in italics, and a table of numbered actions with lead, target "
            "date, progress and a RAG cell. Ten actions; most RAG cells are coloured with no "
            "word, and one says 'Not started'. The document control and RAG key tables hold no "
            "actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# =============================================================================
# 5. Mid and West Wales Safeguarding Board (CYSUR) - Child Protection Rapid Review plan (docx)
# =============================================================================
def mwwsb():
    name = ("zrg-mid-and-west-wales-safeguarding-board-child-protection-rapid-review-"
            "improvement-plan.docx")
    title = "Child Protection Rapid Review – Regional Improvement Plan"
    ragmap = {"C": ("blue", BLUE), "G": ("green", GREEN), "A": ("amber", AMBER),
              "R": ("red", RED)}
    themes = [
        ("Theme A: Thresholds and decision-making", [
            ("1. Safeguarding partners should ensure that practitioners in all agencies share a "
             "consistent understanding of the threshold for significant harm and apply it in line "
             "with the Wales Safeguarding Procedures.", [
                 ("1a", "Deliver a regional multi-agency threshold workshop programme for "
                        "practitioners in education, health, police and social care, using "
                        "anonymised local case examples.",
                  "Regional Safeguarding Training Co-ordinator",
                  ["Regional Safeguarding Training Co-ordinator"],
                  "March 2024", "2024-03", None,
                  "Six workshops held (212 attendees). Evaluation report to Board April 2024.",
                  "C"),
                 ("1b", "Publish a short regional practice guide on significant harm, linked to "
                        "the Wales Safeguarding Procedures app.",
                  "RSB Business Manager", ["RSB Business Manager"],
                  "Sept 2024", "2024-09", None,
                  "Draft guide out for consultation with the four local authorities.", "G"),
             ]),
            ("2. Local authorities should ensure that decisions to remove a child's name from the "
             "child protection register are evidence-based, multi-agency and informed by the "
             "child's views.", [
                 ("2a", "Introduce a regional de-registration checklist for chairs of review "
                        "conferences, including a required record of the child's views.",
                  "Chair, Child Protection Conference Chairs' Forum",
                  ["Chair, Child Protection Conference Chairs' Forum"],
                  "31/05/2024", "2024-05", None,
                  "Checklist in use in all four local authorities from 1 May 2024.", "C"),
                 ("2b", "Audit 40 de-registrations across the region (10 in each local "
                        "authority) to test decision-making and outcomes six months later.",
                  "Chair, Quality Assurance and Performance Sub-group",
                  ["Chair, Quality Assurance and Performance Sub-group"],
                  "December 2024", "2024-12", None,
                  "Audit tool agreed; case selection in July.", "G"),
             ]),
        ]),
        ("Theme B: Information sharing and multi-agency working", [
            ("3. Partners should improve the timeliness and quality of the information they share "
             "for child protection conferences and core groups, including information from GPs "
             "and schools.", [
                 ("3a", "Agree a regional standard for partner agency reports to conference, with "
                        "submission at least 3 working days before the conference.",
                  "Hywel Dda UHB Head of Safeguarding; Powys THB Head of Safeguarding",
                  ["Hywel Dda UHB Head of Safeguarding", "Powys THB Head of Safeguarding"],
                  "July 2024", "2024-07", None,
                  "Standard agreed by both health boards; GP template still under discussion "
                  "with the Local Medical Committee.", "A"),
                 ("3b", "Provide schools with guidance and a template for education "
                        "contributions to core groups.",
                  "Regional Education Safeguarding Lead", ["Regional Education Safeguarding Lead"],
                  "Summer term 2024", "2024-07", "Summer term 2024",
                  "Template piloted in 12 schools in Pembrokeshire and Powys.", "G"),
             ]),
            ("4. Partners should work with Welsh Government to address the barriers created by "
             "different recording systems.", [
                 ("4a", "Map the information-sharing routes and IT systems each agency uses in the "
                        "child protection process and send a regional position statement to "
                        "Welsh Government.",
                  "RSB Business Manager", ["RSB Business Manager"],
                  "April 2025", "2025-04", None,
                  "Mapping about 60% complete; the WCCIS replacement timetable is awaited.",
                  "A"),
             ]),
        ]),
        ("Theme C: Children's voice and the workforce", [
            ("5. Safeguarding partners should ensure that children's lived experience is "
             "understood and recorded, and that children are offered advocacy in their "
             "preferred language.", [
                 ("5a", "Embed the Active Offer of advocacy, including in Welsh, at the point of "
                        "initial child protection conference, with take-up reported to the "
                        "Board every quarter.",
                  "Commissioning Manager (Advocacy), Carmarthenshire County Council",
                  ["Commissioning Manager (Advocacy), Carmarthenshire County Council"],
                  "Quarterly", None, "Quarterly",
                  "Q1 2024/25 take-up 38% (Q4 2023/24: 29%).", "G"),
                 ("5b", "Deliver direct-work training for police and health practitioners on "
                        "capturing the child's voice in reports.",
                  "Regional Safeguarding Training Co-ordinator",
                  ["Regional Safeguarding Training Co-ordinator"],
                  "31/03/2025", "2025-03", None,
                  "Not started – trainer procurement paused until funding is confirmed.", "R"),
             ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("CYSUR – Mid and West Wales Safeguarding Children Board")
    r.bold = True
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph(
        "Response to the recommendations of the Rapid review of child protection arrangements "
        "(Care Inspectorate Wales, Healthcare Inspectorate Wales and Estyn, September 2023)")
    doc.add_paragraph(
        "Partners: Carmarthenshire, Ceredigion, Pembrokeshire and Powys County Councils; Hywel Dda "
        "University Health Board; Powys Teaching Health Board; Dyfed-Powys Police; Probation "
        "Service.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Plan owner", "CYSUR Board"),
                 ("Version", "5 – progress to 30 June 2024"),
                 ("Monitored by", "CYSUR Quality Assurance and Performance Sub-group"),
                 ("Next review", "September 2024")]:
        cells = t.add_row().cells
        set_cell(cells[0], a, bold=True)
        shade(cells[0], GREY)
        set_cell(cells[1], b)
    doc.add_paragraph("")
    doc.add_paragraph("Key: C = Complete; G = On track; A = Some risk to delivery; "
                      "R = Not on track")

    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Recommendation", "Ref", "Regional action", "Lead",
                                      "Target date", "Progress update (June 2024)", "RAG"]):
        set_cell(c, h, bold=True)
        shade(c, "2E75B6")
    actions = []
    for theme, recs in themes:
        row = t.add_row()
        band = row.cells[0].merge(row.cells[6])
        set_cell(band, theme, bold=True)
        shade(band, "DEEAF6")
        for rec, rows in recs:
            first = None
            for (ref, text, leadcell, leads, target, end, end_text, prog, rag) in rows:
                cells = t.add_row().cells
                if first is None:
                    first = cells[0]
                    set_cell(cells[0], rec)
                last = cells[0]
                for c, v in zip(cells[1:6], [ref, text, leadcell, target, prog]):
                    set_cell(c, v)
                set_cell(cells[6], rag, bold=True)
                shade(cells[6], ragmap[rag][1])
                actions.append(act(ref, [theme, rec], text, leads, end, ragmap[rag][0],
                                   end_text))
            if last is not first:
                first.merge(last)
    doc.add_paragraph("")
    doc.add_paragraph("Approved by the CYSUR Board on 11 July 2024.")
    doc.save(out(name))

    exp = {
        "source": (
            "Imitates the regional improvement plan each Welsh regional safeguarding board sent to "
            "Care Inspectorate Wales after the joint 'Rapid review of child protection "
            "arrangements' (CIW, HIW and Estyn, September 2023; CIW's follow-up statement refers "
            "to 'the improvement plans submitted by each region'). Copied: board name line, "
            "title and a line naming the review, a partners line, a two-column document "
            "information table, a RAG key line with letters (C = Complete), one plan table with "
            "full-width theme band rows and each inspectors' recommendation in a vertically "
            "merged first cell beside its lettered actions, two health-board posts in one lead "
            "cell, and target cells including 'Summer term 2024' and 'Quarterly'."),
        "reads": (
            "A safeguarding board's plan answering five numbered review recommendations under "
            "three themes, with nine lettered regional actions. Each action has a lead post, a "
            "target date, a June 2024 progress note and a RAG letter (C = complete). The "
            "recommendation text sits in a merged cell spanning its actions; the document "
            "information table holds no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# =============================================================================
# 6. Blaenau Gwent CBC - Corporate Plan delivery tracker Q2 2025/26 (csv, refuse)
# =============================================================================
def blaenau_gwent():
    name = ("zrg-blaenau-gwent-cbc-corporate-plan-delivery-tracker-2025-26-q2-typo-month-"
            "refuse.csv")
    o1 = ("1. Maximise learning and skills for all to create a prosperous, thriving, resilient "
          "Blaenau Gwent")
    o2 = "2. Respond to the nature and climate crisis and enable connected communities"
    o3 = ("3. An ambitious and innovative council delivering the quality services we know "
          "matter to our communities")
    o4 = "4. Empowering and supporting communities to be safe, independent and resilient"
    rows = [
        ["Blaenau Gwent County Borough Council - Corporate Plan 2022/27: Well-being Objectives "
         "Delivery Tracker"],
        ["Quarter 2 2025/26 - position at 30 September 2025"],
        [],
        ["Well-being Objective", "Ref", "Action", "Responsible Officer", "Target Date", "RAG",
         "Progress Commentary"],
        [o1, "1.1", "Deliver the Sustainable Communities for Learning programme, including the "
                    "new 3-16 provision in Abertillery.",
         "Corporate Director Education", "Mar-27", "Green",
         "Design stage complete; contractor appointed August 2025."],
        ["", "1.2", "Reduce the proportion of Year 11 leavers not in education, employment or "
                    "training (NEET) to below 2%.",
         "Head of Young People & Partnerships", "Jul-26", "Amber",
         "2024 leavers 2.6%. Engagement and Progression Co-ordinator post vacant until November."],
        ["", "1.3", "Extend the Flying Start early years offer to all eligible areas under Phase 2 "
                    "of the Welsh Government expansion.",
         "Service Manager Early Years / Flying Start Manager", "Mar-26", "Green",
         "Phase 2 areas confirmed; 96 additional children reached."],
        [o2, "2.1", "Carry out the Decarbonisation Plan actions for council buildings, including "
                    "LED lighting and solar PV at the General Offices.",
         "Climate Change Manager", "Mar-26", "Green", "LED programme 80% complete."],
        ["", "2.2", "Increase household recycling to 70% by rolling out the next phase of "
                    "kerbside sort collections.",
         "Head of Community Services", "Mar-26", "Amber",
         "Recycling rate 66.4% (Q1 64.9%)."],
        ["", "2.3", "Complete Phase 3 of the Ebbw Vale active travel route linking the town centre "
                    "to The Works.",
         "Team Manager Highways & Transport", "0ct-25", "Amber",
         "Works delayed by utility diversions; completion expected late autumn."],
        [o3, "3.1", "Deliver the medium term financial strategy savings of £2.1m for 2025/26.",
         "Chief Officer Resources", "Mar-26", "Green", "£1.7m secured at Q2."],
        ["", "3.2", "Roll out online self-service for Council Tax, waste and housing enquiries "
                    "under the Digital Strategy.",
         "Head of Digital Services", "Dec-25", "Green",
         "Council Tax and waste forms live; housing forms in testing."],
        [o4, "4.1", "Increase the number of people supported through community connectors and "
                    "Community Hubs.",
         "Head of Adult Services", "Mar-26", "Green", "412 people supported in Q1-Q2."],
        ["", "4.2", "Deliver the children's accommodation plan with the Regional Partnership "
                    "Board, reducing out-of-county placements.",
         "Head of Children's Services", "Sep-26", "Amber",
         "Second small group home registered with CIW in July."],
        ["", "4.3", "Carry out the Housing Support Programme Strategy actions to prevent "
                    "homelessness.",
         "Housing Solutions Manager", "Mar-26", "Red",
         "Temporary accommodation use up 18%; recovery plan to Executive in November."],
        [],
        ["RAG: Green = on track; Amber = minor slippage, remedial action in place; Red = "
         "significant slippage; Blue = complete"],
    ]
    with open(out(name), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        for row in rows:
            w.writerow(row)
    refuse_line = next(i for i, row in enumerate(rows, 1) if "0ct-25" in row)

    exp = {
        "source": (
            "Imitates the quarterly delivery tracker behind a Welsh council's Corporate Plan "
            "self-assessment (Blaenau Gwent Corporate Plan 2022/27, vision 'a place that is fair, "
            "open and welcome to all', four well-being objectives; quarterly performance "
            "reports to the Corporate and Performance scrutiny committee), exported to CSV from a "
            "spreadsheet. Copied: two title lines, a header row, the well-being objective written "
            "only on the first row of its group, Mon-YY target dates, RAG words, two posts with a "
            "slash in one cell, and a RAG key line at the foot."),
        "reads": (
            "A council's Q2 2025/26 corporate plan tracker with eleven numbered actions under four "
            "well-being objectives, each with a responsible officer, a Mon-YY target date and a "
            "RAG word. The target date of action 2.3 reads '0ct-25', a zero typed for the letter "
            "O, so a careful reader would stop at that line and ask what was meant."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": ("Blaenau Gwent County Borough Council - Corporate Plan 2022/27: Well-being "
                  "Objectives Delivery Tracker"),
    }
    write_expected(name, exp)
    return name, 11


# =============================================================================
# 7. Adopt London East - Service Development Plan 2025-26 (tab-separated txt)
# =============================================================================
def ale():
    name = "zrg-adopt-london-east-raa-service-development-plan-2025-26.txt"
    title = "Adopt London East – Service Development Plan 2025-26"
    smap = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Off track": "red",
            "Not yet started": "unrated"}
    lines = [
        title,
        "Regional Adoption Agency hosted by the London Borough of Havering for Barking and "
        "Dagenham, Havering, Newham and Tower Hamlets",
        "Progress update to the ALE Partnership Board – 20 November 2025",
        "",
        "\t".join(["No.", "Action", "Lead", "Timescale", "Status", "Comments"]),
    ]
    plan = [
        ("Priority 1: Recruit adopters who reflect the children waiting", [
            ("1.1", ["Run two targeted information events each quarter with Black African and "
                     "Black Caribbean faith and community groups, jointly with Adopt London."],
             "Team Manager – Recruitment & Assessment",
             ["Team Manager – Recruitment & Assessment"],
             "March 2026", "2026-03", None, "On track", "Q1 and Q2 events held; 41 enquiries."),
            ("1.2", ["Introduce a fast-track Stage 1 for second-time adopters and for foster "
                     "carers who wish to adopt."],
             "Practice Manager (Assessment)", ["Practice Manager (Assessment)"],
             "Sept 2025", "2025-09", None, "Complete", "In place from 1 September 2025."),
            ("1.3", ["Review the adopter preparation training programme using adopter feedback "
                     "and deliver one course every month,",
                     "including one weekend course each quarter."],
             "Training and Development Lead", ["Training and Development Lead"],
             "Q4 2025/26", "2026-03", "Q4 2025/26", "On track",
             "Feedback survey closed; revised programme from January."),
        ]),
        ("Priority 2: Timely matching and early permanence", [
            ("2.1", ["Increase the proportion of children placed through early permanence "
                     "(Fostering for Adoption or concurrency) to 25%."],
             "Head of Service", ["Head of Service"],
             "March 2026", "2026-03", None, "Delayed",
             "16% at Q2; fewer early permanence carers approved than planned."),
            ("2.2", ["Hold monthly tracking meetings with each borough's permanence lead for "
                     "children with a plan for adoption."],
             "Practice Manager (Family Finding)", ["Practice Manager (Family Finding)"],
             "Ongoing", None, "Ongoing", "On track", "All four boroughs attending."),
            ("2.3", ["Agree an inter-agency fee protocol across Adopt London for children who "
                     "have waited more than 12 months."],
             "Head of Service / Business Support Manager",
             ["Head of Service", "Business Support Manager"],
             "By 31 January 2026", "2026-01", None, "Not yet started",
             "On the Adopt London heads of service agenda for December."),
        ]),
        ("Priority 3: Adoption support", [
            ("3.1", ["Clear the backlog of adoption support assessments so that every family is "
                     "assessed within 12 weeks of asking."],
             "Adoption Support Team Manager", ["Adoption Support Team Manager"],
             "Apr 2025 – Dec 2025", "2025-12", "Apr 2025 – Dec 2025", "Delayed",
             "Backlog down from 58 to 22 families."),
            ("3.2", ["Launch a peer-mentoring scheme for new adopters with the Adopt London "
                     "adopter voice group."],
             "Sue Ahmed and Tom Reilly", ["Sue Ahmed", "Tom Reilly"],
             "Oct 2025", "2025-10", None, "Complete", "Launched 9 October with 12 mentors."),
            ("3.3", ["Submit Adoption and Special Guardianship Support Fund applications within "
                     "10 working days of the assessment being signed off."],
             "Adoption Support Team Manager", ["Adoption Support Team Manager"],
             "Ongoing", None, "Ongoing", "Off track",
             "Average 19 working days; business support vacancy."),
        ]),
        ("Priority 4: Birth relatives and adopted adults", [
            ("4.1", ["Offer every birth parent independent support at the point of the placement "
                     "order, commissioned jointly with Adopt London North."],
             "Head of Service", ["Head of Service"],
             "June 2025", "2025-06", None, "Complete", "Contract started 2 June 2025."),
            ("4.2", ["Reduce the waiting time for access to records for adopted adults to under "
                     "3 months."],
             "Senior Practitioner (Adoption Support)", ["Senior Practitioner (Adoption Support)"],
             "Q3 2025/26", "2025-12", "Q3 2025/26", "On track", "Current wait 3.5 months."),
        ]),
    ]
    actions = []
    for prio, rows in plan:
        lines.append(prio)
        for (ref, textlines, leadcell, leads, when, end, end_text, status, comment) in rows:
            lines.append("\t".join([ref, textlines[0], leadcell, when, status, comment]))
            for extra in textlines[1:]:
                lines.append("\t".join(["", extra, "", "", "", ""]))
            actions.append(act(ref, [prio], "\n".join(textlines), leads, end, smap[status],
                               end_text))
    lines += [
        "",
        "Status key: Complete (Blue) | On track (Green) | Delayed - at risk (Amber) | "
        "Off track (Red) | Not yet started",
        "Abbreviations: ALE - Adopt London East; RAA - Regional Adoption Agency",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    exp = {
        "source": (
            "Imitates the service development plan a London regional adoption agency reports to "
            "its partnership board and host council (Adopt London East, hosted by Havering for "
            "Barking and Dagenham, Havering, Newham and Tower Hamlets since October 2019; annual "
            "reports to Havering's children's services scrutiny sub-committee), saved as "
            "tab-separated text. Copied: three title lines, a tab header row, priority lines "
            "standing alone, numbered actions, one action whose text wraps onto a continuation "
            "line with an empty number, two named people in one lead cell and two posts with a "
            "slash in another, mixed timescales (month, quarter, 'By' date, period, Ongoing), "
            "status words and a status key and abbreviations line at the foot."),
        "reads": (
            "An adoption agency's 2025-26 development plan: eleven numbered actions under four "
            "priorities. Each action has a lead, a timescale, a status word read through the key "
            "at the foot (Delayed = amber, Off track = red, Not yet started = no rating) and a "
            "comment. Action 1.3 continues onto the next line."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


def main():
    made = [leeds(), sheffield(), sefton(), nct(), mwwsb(), blaenau_gwent(), ale()]
    for name, n in made:
        print(f"{n:3d}  {name}")


if __name__ == "__main__":
    main()
