"""Build the seven ha1- blind cases (set heldout243) and their expected readings.

Run with /work/main/.venv/bin/python ha1_make.py from any directory.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
GREY = "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def write_expected(name, data):
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 1. Torbay ILACS improvement plan (xlsx): cover + plan + RAG key sheets,
#    AFI banner rows, original/revised dates, previous/current RAG, summary.
# ---------------------------------------------------------------------------
def torbay():
    name = "ha1-torbay-council-ilacs-improvement-plan.xlsx"
    title = "Torbay Children\u2019s Services \u2013 ILACS Improvement Plan 2026\u201327"
    afi1 = ("Area for improvement 1: The timeliness and effectiveness of the response to "
            "children experiencing long-term neglect")
    afi2 = ("Area for improvement 2: Children living in unregistered children\u2019s homes and "
            "the oversight of their plans to move to registered provision")
    afi3 = ("Area for improvement 3: The quality and impact of management oversight and "
            "supervision in the Family Intervention teams")
    D = dt.datetime
    # ref, action, lead cell, lead list, original, revised, prev, current, update, end, end_text, status
    rows = [
        (afi1,),
        ("1.1", "Introduce a neglect practice standard and refresh the Graded Care Profile 2 (GCP2) "
                "training offer, so that GCP2 is used at the start of, and at each review of, every child "
                "in need or child protection plan where neglect is the primary concern.",
         "Head of Service \u2013 Family Intervention", ["Head of Service \u2013 Family Intervention"],
         D(2026, 6, 30), None, "Amber", "Green",
         "Practice standard launched 2 June 2026. 86% of social workers trained in GCP2; final two "
         "sessions booked for November.", "2026-06", None, "green"),
        ("1.2", "Establish a monthly neglect tracking panel, chaired by a service manager, to review every "
                "child subject to a plan for neglect for 12 months or longer and agree escalation to the "
                "Public Law Outline where the plan is not leading to change.",
         "Service Manager (Safeguarding) / Principal Social Worker",
         ["Service Manager (Safeguarding)", "Principal Social Worker"],
         D(2026, 5, 31), D(2026, 7, 31), "Red", "Complete",
         "Panel has met monthly since July; 31 children reviewed, 6 escalated to PLO.",
         "2026-07", None, "blue"),
        ("1.3", "Complete a joint audit of 40 children\u2019s records where neglect is the primary concern, "
                "with health visiting and school nursing, and report the learning to the Torbay "
                "Safeguarding Children Partnership.",
         "Head of Quality Assurance and Safeguarding", ["Head of Quality Assurance and Safeguarding"],
         "Sept 2026", "Dec 2026", "Amber", "Amber",
         "Audit tool agreed with health partners. Fieldwork delayed by school nursing capacity over the "
         "summer; 22 of 40 audits complete.", "2026-12", None, "amber"),
        ("1.4", "Embed the refreshed neglect strategy across the partnership:\n"
                "- launch the strategy at the multi-agency practitioner event\n"
                "- publish a neglect toolkit on the TSCP website",
         "TSCP Business Manager", ["TSCP Business Manager"],
         D(2027, 3, 31), None, "Not started", "Green",
         "Practitioner event booked for 21 January 2027. Toolkit in draft.", "2027-03", None, "green"),
        (afi2,),
        ("2.1", "Director-level sign-off of every placement in unregistered provision within 24 hours, "
                "with weekly review by the Head of Service until the child moves.",
         "Director of Children\u2019s Services", ["Director of Children\u2019s Services"],
         D(2026, 2, 28), None, "Complete", "Complete",
         "In place since 9 February 2026. Weekly review minutes held on the shared drive.",
         "2026-02", None, "blue"),
        ("2.2", "Notify Ofsted of every child placed in an unregistered setting and keep a live tracker of "
                "registration applications, shared with the Children\u2019s Commissioning Team fortnightly.",
         "Head of Service \u2013 Children in Care; Commissioning Manager (Placements)",
         ["Head of Service \u2013 Children in Care", "Commissioning Manager (Placements)"],
         "April 2026", None, "Green", "Complete",
         "Tracker live. Two of three providers have now registered with Ofsted.", "2026-04", None, "blue"),
        ("2.3", "Open two new in-house children\u2019s homes through the \u2018Homes for Torbay\u2019 capital "
                "programme to reduce reliance on unregistered provision.",
         "Divisional Director \u2013 Children\u2019s Services / Head of Capital Projects",
         ["Divisional Director \u2013 Children\u2019s Services", "Head of Capital Projects"],
         "March 2027", "Q1 2027/28", "Amber", "Red",
         "Planning permission for the second home refused in September. Alternative site being "
         "assessed; escalated to the Improvement Board.", "2027-06", None, "red"),
        (afi3,),
        ("3.1", "Relaunch the supervision policy with a revised recording template that captures reflective "
                "discussion, the child\u2019s lived experience and actions with timescales.",
         "Principal Social Worker", ["Principal Social Worker"],
         D(2026, 4, 30), None, "Green", "Green",
         "Policy relaunched in April. Supervision audit in September found 78% of records good or better.",
         "2026-04", None, "green"),
        ("3.2", "Deliver the Practice Leadership Programme to all team managers and advanced practitioners "
                "(cohorts 1 and 2).",
         "Workforce Development Manager", ["Workforce Development Manager"],
         "June \u2013 November 2026", None, "Amber", "Amber",
         "Cohort 1 completed. Cohort 2 started late because of facilitator availability.",
         "2026-11", "June \u2013 November 2026", "amber"),
        ("3.3", "Hold a monthly performance clinic for each team manager with their Head of Service, using "
                "the supervision compliance report.",
         "Heads of Service", ["Heads of Service"],
         "Monthly", None, "Green", "Green",
         "Clinics embedded; supervision compliance 91% in September.", None, "Monthly", "green"),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = ("Response to the Ofsted inspection of local authority children\u2019s services (ILACS), "
                 "12\u201316 January 2026")
    cov["A4"] = "Plan owner"
    cov["B4"] = "Director of Children\u2019s Services"
    cov["A5"] = "Governance"
    cov["B5"] = "Children\u2019s Improvement Board (monthly); Children and Young People\u2019s Overview and Scrutiny Board (quarterly)"
    cov["A7"] = "Version control"
    cov["A7"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for c, h in enumerate(hdr, 1):
        cell = cov.cell(row=8, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    versions = [
        ("0.3", D(2026, 3, 18), "Head of Strategy and Improvement", "Draft for Improvement Board"),
        ("1.0", D(2026, 4, 8), "Head of Strategy and Improvement", "Approved and submitted to Ofsted"),
        ("1.1", D(2026, 7, 15), "Head of Strategy and Improvement", "July progress update"),
        ("1.2", D(2026, 10, 14), "Head of Strategy and Improvement", "October progress update; revised dates agreed by Board"),
    ]
    for r, v in enumerate(versions, 9):
        for c, val in enumerate(v, 1):
            cell = cov.cell(row=r, column=c, value=val)
            cell.border = BOX
            if isinstance(val, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", (14, 14, 34, 60)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress update: October 2026    |    RAG as at 14/10/2026 \u2013 see RAG key tab"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Action", "Lead officer(s)", "Original target date", "Revised target date",
             "Previous RAG (July 2026)", "Current RAG (Oct 2026)", "Progress update / evidence of impact"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    ragfill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    expected = []
    r = 5
    under = None
    for row in rows:
        if len(row) == 1:
            under = row[0]
            ws.cell(row=r, column=1, value=under).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        (ref, action, leadcell, leads, orig, rev, prev, cur, upd, end, end_text, status) = row
        vals = [ref, action, leadcell, orig, rev, prev, cur, upd]
        for c, val in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=val)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(val, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
            if c in (6, 7) and val in ragfill:
                cell.fill = fill(ragfill[val])
        expected.append(act(ref, [under], action, leads, end, status, end_text))
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Summary \u2013 current RAG").font = Font(bold=True)
    counts = {}
    for row in rows:
        if len(row) > 1:
            counts[row[7]] = counts.get(row[7], 0) + 1
    for k in ("Complete", "Green", "Amber", "Red"):
        r += 1
        ws.cell(row=r, column=2, value=k).fill = fill(ragfill[k])
        ws.cell(row=r, column=3, value=counts.get(k, 0))
    r += 1
    ws.cell(row=r, column=2, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=3, value=sum(counts.values())).font = Font(bold=True)
    for col, w in zip("ABCDEFGH", (7, 60, 30, 14, 14, 13, 13, 55)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([
            ("Complete", "Action completed and evidence of impact seen by the Improvement Board"),
            ("Green", "On track to be delivered by the target date"),
            ("Amber", "Some slippage \u2013 remedial action in place"),
            ("Red", "Off track \u2013 escalated to the Children\u2019s Improvement Board")], 3):
        key.cell(row=i, column=1, value=k).fill = fill(ragfill[k])
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 70
    wb.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": ("Imitates the improvement plan Torbay Council would publish after its ILACS inspection of "
                   "12-16 January 2026 (short report at https://www.torbay.gov.uk/children-and-families/"
                   "ofsted-inspection-2026/ofsted-inspection-report-2026, which found more to do for children "
                   "in long-term neglect and in unregistered accommodation). Copies a typical LA ILACS plan "
                   "workbook: a cover sheet with version control, a plan sheet with merged full-width "
                   "'Area for improvement n:' banner rows, job-title leads (some two posts split by / or ;), "
                   "original and revised target dates (date cells, month words, a quarter, a period, "
                   "'Monthly'), previous and current RAG words with fill colours, a summary/totals block "
                   "under the plan and a separate RAG key sheet."),
        "reads": ("A three-sheet workbook: a cover with version control, the plan, and a RAG key. The plan has "
                  "three areas for improvement as banner rows, each followed by numbered actions (10 in all) "
                  "with leads, original and revised dates and previous/current RAG; a current-RAG summary "
                  "block sits under the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------
# 2. Gloucestershire YJS HMIP improvement plan (xlsx): recommendations grouped
#    by who should act, recommendation text merged down its actions, fill-only
#    RAG with a key that makes green = completed.
# ---------------------------------------------------------------------------
def gloucestershire():
    name = "ha1-gloucestershire-yjs-hmip-improvement-plan.xlsx"
    title = ("Gloucestershire Youth Justice Service \u2013 HM Inspectorate of Probation "
             "Post-Inspection Improvement Plan")
    board = "The Gloucestershire Youth Justice Partnership Board should:"
    head = "The Head of Gloucestershire Youth Justice Service should:"
    rec1 = ("1. Strengthen its scrutiny of performance data and quality assurance findings, so that it "
            "understands the quality of work to keep children, victims and the community safe")
    rec2 = ("2. Appoint a strategic lead for victims and agree a victims strategy that sets out how the "
            "needs of all victims will be met")
    rec3 = ("3. Improve the quality of assessing and planning to keep children and other people safe, "
            "including the identification of previous harm-related behaviours")
    rec4 = "4. Ensure that work with victims is personalised and that victims\u2019 safety is fully considered in planning"
    D = dt.datetime
    # (section, rec, [(no, action, owner cell, leads, target, fill, end, end_text, status, progress)])
    plan = [
        (board, rec1, [
            ("1.1", "Revise the Board performance dashboard to include victim contact, safety and wellbeing "
                    "and risk of harm indicators, broken down by disposal type.",
             "YJS Performance and Information Manager", ["YJS Performance and Information Manager"],
             D(2025, 12, 31), GREEN, "2025-12", None, "blue",
             "New dashboard presented to the Board in December 2025."),
            ("1.2", "Add a standing quality assurance item to every Board agenda, covering audit findings "
                    "and the learning taken from them.",
             "Board Chair / Head of YJS", ["Board Chair", "Head of YJS"],
             "Nov-25", GREEN, "2025-11", None, "blue",
             "Standing item from the November Board onwards."),
            ("1.3", "Hold a Board development session on victim work with the Office of the Police and "
                    "Crime Commissioner.",
             "Board Chair", ["Board Chair"],
             "Jan-26", AMBER, "2026-01", None, "amber",
             "Date being agreed with the OPCC."),
        ]),
        (board, rec2, [
            ("2.1", "Nominate a Board member to act as strategic victims lead and update the Board terms "
                    "of reference.",
             "OPCC Head of Commissioning", ["OPCC Head of Commissioning"],
             D(2025, 9, 30), GREEN, "2025-09", None, "blue",
             "Strategic victims lead agreed at the September Board; ToR updated."),
            ("2.2", "Co-produce a YJS victims strategy with Victim Support and restorative justice partners, "
                    "and publish it alongside the Youth Justice Plan.",
             "Restorative Justice Coordinator / Victim Liaison Officer",
             ["Restorative Justice Coordinator", "Victim Liaison Officer"],
             "March 2026", AMBER, "2026-03", None, "amber",
             "Consultation with victims under way."),
        ]),
        (head, rec3, [
            ("3.1", "Deliver refresher training on AssetPlus risk of serious harm and safety and wellbeing "
                    "analysis to all case managers.",
             "Practice Development Lead", ["Practice Development Lead"],
             "Oct-25", GREEN, "2025-10", None, "blue",
             "Delivered to 21 of 21 case managers."),
            ("3.2", "Introduce a management oversight checklist for every assessment rated medium or above "
                    "for risk of serious harm, countersigned within five working days.",
             "Operational Managers", ["Operational Managers"],
             D(2026, 1, 31), AMBER, "2026-01", None, "amber",
             "Checklist piloted in the North team."),
            ("3.3", "Carry out a thematic audit of 15 cases each quarter focused on contingency planning, "
                    "and report the findings to the Board.",
             "Quality Assurance Lead", ["Quality Assurance Lead"],
             "Quarterly", AMBER, None, "Quarterly", "amber",
             "First audit completed; report due at the January Board."),
        ]),
        (head, rec4, [
            ("4.1", "Revise the initial victim contact letter and telephone script with input from victims, "
                    "and record victim safety needs on ChildView.",
             "Victim Liaison Officer", ["Victim Liaison Officer"],
             "Dec-25", RED, "2025-12", None, "red",
             "Delayed by ChildView development capacity; escalated to the Head of Service."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Inspection of youth justice work with children and victims \u2013 overall rating: Requires "
                "improvement. Version 2, presented to the Partnership Board on 9 December 2025.")
    ws.merge_cells("A2:G2")
    heads = ["No.", "Recommendation", "Action", "Owner", "Target date", "RAG", "Progress / evidence"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("B4C6E7")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    expected = []
    cur_section = None
    for section, rec, acts in plan:
        if section != cur_section:
            cur_section = section
            ws.cell(row=r, column=1, value=section).font = Font(bold=True, size=12)
            ws.cell(row=r, column=1).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
        first = r
        ws.cell(row=r, column=2, value=rec).alignment = WRAP
        for (no, action, ownercell, leads, target, colour, end, end_text, status, prog) in acts:
            ws.cell(row=r, column=1, value=no)
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=ownercell)
            tc = ws.cell(row=r, column=5, value=target)
            if isinstance(target, dt.datetime):
                tc.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = fill(colour)
            ws.cell(row=r, column=7, value=prog)
            for c in range(1, 8):
                ws.cell(row=r, column=c).border = BOX
                if c != 2:
                    ws.cell(row=r, column=c).alignment = WRAP
            expected.append(act(no, [section, rec], action, leads, end, status, end_text))
            r += 1
        if r - first > 1:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    for c, (txt, colour) in enumerate([("Green = action completed", GREEN),
                                       ("Amber = action in progress", AMBER),
                                       ("Red = action overdue / not progressing", RED)], 2):
        cell = ws.cell(row=r, column=c, value=txt)
        cell.fill = fill(colour)
    for col, w in zip("ABCDEFG", (6, 45, 60, 28, 12, 7, 45)):
        ws.column_dimensions[col].width = w

    rt = wb.create_sheet("Inspection ratings")
    rt["A1"] = "HMI Probation ratings"
    rt["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Standard", "Rating"),
                                ("Assessing (court disposals)", "Requires improvement"),
                                ("Planning (court disposals)", "Requires improvement"),
                                ("Implementation and delivery", "Good"),
                                ("Reviewing", "Requires improvement"),
                                ("Victims", "Requires improvement"),
                                ("Overall", "Requires improvement")], 3):
        rt.cell(row=i, column=1, value=k)
        rt.cell(row=i, column=2, value=v)
    rt.column_dimensions["A"].width = 34
    rt.column_dimensions["B"].width = 24
    wb.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": ("Imitates the post-inspection improvement plan Gloucestershire YJS would submit after HM "
                   "Inspectorate of Probation rated its work with children and victims 'Requires improvement' "
                   "(https://hmiprobation.justiceinspectorates.gov.uk/?p=6716: board scrutiny of data and QA, "
                   "strategic victim work, harm-related behaviours in assessing). Copies the usual YJS layout: "
                   "recommendations grouped under 'The ... Board should:' / 'The Head of ... should:' rows, the "
                   "recommendation text merged down beside its numbered actions, owners as posts, target dates "
                   "as dates, 'Nov-25' style text and 'Quarterly', and a RAG column shown only by fill colour "
                   "with a key below the plan in which green means completed (no blue)."),
        "reads": ("One plan sheet (plus a ratings sheet that is not the plan): four inspectorate "
                  "recommendations in two groups (for the Partnership Board and for the Head of Service), "
                  "each with one to three numbered actions, owner, target date, a colour-only RAG cell and "
                  "progress notes. The key says green = completed, so green cells read as complete."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------
# 3. Sefton local area SEND priority action plan (xlsx): summary sheet with a
#    totals block, one sheet per area for priority action / improvement,
#    'Area for Priority Action n' label with the inspectors' text below it.
# ---------------------------------------------------------------------------
def sefton():
    name = "ha1-sefton-local-area-send-priority-action-plan.xlsx"
    title = "Sefton Local Area SEND Partnership \u2013 Priority Action Plan 2025\u201326"
    pa1 = ("Leaders across education, health and care should urgently improve the timeliness and quality "
           "of education, health and care (EHC) needs assessments and plans, including annual reviews, so "
           "that children and young people\u2019s needs are accurately identified and met.")
    pa2 = ("Leaders should reduce waiting times for neurodevelopmental assessments and speech and language "
           "therapy, and make sure that families receive support while they wait.")
    ai1 = ("Leaders should strengthen the quality and timeliness of preparation for adulthood planning "
           "from Year 9 onwards.")
    D = dt.datetime
    sheets = [
        ("AFPA 1", "Area for Priority Action 1", pa1, [
            ("PA1.1", "Recruit to the additional EHC coordinator and educational psychologist posts agreed by "
                      "Cabinet, reducing caseloads to no more than 120 per coordinator.",
             "Head of SEND and Inclusion", ["Head of SEND and Inclusion"], "HR; Finance",
             "Sept 2025", "December 2025", "Complete", "2025-12", None, "blue",
             "Caseload per coordinator below 120 in monthly caseload report."),
            ("PA1.2", "Implement a weekly EHC needs assessment tracker, reviewed at the 20-week panel, with "
                      "escalation of any assessment at risk of exceeding 20 weeks.",
             "SEND Service Manager / Designated Clinical Officer (DCO)",
             ["SEND Service Manager", "Designated Clinical Officer (DCO)"], "ICB; Alder Hey; Mersey Care",
             "Sept 2025", D(2025, 10, 31), "Green", "2025-10", None, "green",
             "Percentage of EHC plans issued within 20 weeks (target 60% by March 2026)."),
            ("PA1.3", "Introduce a multi-agency quality assurance framework for EHC plans, auditing 10% of new "
                      "plans each month with Sefton Parent Carer Forum representatives.",
             "Principal Educational Psychologist; Designated Social Care Officer",
             ["Principal Educational Psychologist", "Designated Social Care Officer"], "Sefton PCF; ICB",
             "Sept 2025", "Sept 2025 \u2013 March 2026", "Amber", "2026-03", "Sept 2025 \u2013 March 2026",
             "amber", "Proportion of audited plans judged good or better."),
            ("PA1.4", "Clear the backlog of overdue annual reviews, prioritising children at key transition "
                      "points (Year 6, Year 11 and post-16).",
             "Annual Review Team Manager", ["Annual Review Team Manager"], "Schools; colleges",
             "Oct 2025", "Summer term 2026", "Amber", "2026-07", "Summer term 2026", "amber",
             "Number of overdue annual reviews (baseline 1,140)."),
        ]),
        ("AFPA 2", "Area for Priority Action 2", pa2, [
            ("PA2.1", "Commission additional ADHD and autism assessment capacity from an independent provider "
                      "to reduce the neurodevelopmental waiting list.",
             "ICB Associate Director of Commissioning (Sefton Place)",
             ["ICB Associate Director of Commissioning (Sefton Place)"], "Alder Hey; Mersey Care",
             "Oct 2025", "Mar-26", "Green", "2026-03", None, "green",
             "Waiting list size and longest wait, reported monthly."),
            ("PA2.2", "Launch the \u2018Waiting Well\u2019 offer: a single point of contact, monthly drop-in "
                      "sessions and online resources for families on the waiting list.",
             "Neurodevelopmental Pathway Lead (Alder Hey)", ["Neurodevelopmental Pathway Lead (Alder Hey)"],
             "Sefton PCF; Family Hubs", "Nov 2025", "Ongoing", "Green", None, "Ongoing", "green",
             "Families report feeling supported while waiting (PCF survey)."),
            ("PA2.3", "Train 200 early years and school staff in the Balanced System speech, language and "
                      "communication approach.",
             "Speech and Language Therapy Service Manager", ["Speech and Language Therapy Service Manager"],
             "Schools; early years settings", "Sept 2025", "Autumn term 2025", "Complete", "2025-12",
             "Autumn term 2025", "blue", "214 staff trained; fewer inappropriate SALT referrals."),
            ("PA2.4", "Publish monthly waiting time data for each pathway on the Sefton Local Offer website.",
             "SEND Business Intelligence Officer", ["SEND Business Intelligence Officer"], "ICB",
             "Jan 2026", "Monthly", "Not started", None, "Monthly", "unrated",
             "Data published each month."),
        ]),
        ("AFI", "Area for Improvement 1", ai1, [
            ("AFI1.1", "Roll out the Preparing for Adulthood outcomes tool in all Year 9 annual reviews and "
                       "train SENCOs to use it.",
             "Post-16 SEND Manager", ["Post-16 SEND Manager"], "Schools; Careers Service",
             "Sept 2025", "July 2026", "Green", "2026-07", None, "green",
             "Percentage of Year 9+ reviews with PfA outcomes recorded."),
        ]),
    ]
    statfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": "FFFFFF"}
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = ("Following the area SEND inspection: Ofsted and CQC found widespread and/or systemic failings "
                "leading to significant concerns. Progress reported to the SEND Improvement Board, January 2026.")
    hdr = ["Area", "Actions", "Complete", "Green", "Amber", "Red", "Not started"]
    for c, h in enumerate(hdr, 1):
        cell = sm.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    r = 5
    tot = [0] * 6
    expected = []
    for tab, label, text, acts in sheets:
        counts = [len(acts)] + [sum(1 for a in acts if a[7] == k)
                                for k in ("Complete", "Green", "Amber", "Red", "Not started")]
        sm.cell(row=r, column=1, value=label).border = BOX
        for c, v in enumerate(counts, 2):
            sm.cell(row=r, column=c, value=v).border = BOX
        tot = [a + b for a, b in zip(tot, counts)]
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c, v in enumerate(tot, 2):
        cell = sm.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    sm.cell(row=r + 2, column=1, value="Status key: Complete (blue); Green \u2013 on track; Amber \u2013 at risk "
                                       "of slipping; Red \u2013 off track; Not started.")
    sm.column_dimensions["A"].width = 30

    for tab, label, text, acts in sheets:
        ws = wb.create_sheet(tab)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws["A3"] = label
        ws["A3"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A3"].fill = fill("7030A0")
        ws.merge_cells("A3:H3")
        ws["A4"] = text
        ws["A4"].alignment = WRAP
        ws["A4"].font = Font(italic=True)
        ws.merge_cells("A4:H4")
        ws.row_dimensions[4].height = 45
        heads = ["Ref", "What we will do", "Lead officer", "Partners involved", "Start",
                 "Completion date", "Status", "How we will know it has made a difference"]
        for c, h in enumerate(heads, 1):
            cell = ws.cell(row=6, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill("E4DFEC")
            cell.border = BOX
            cell.alignment = WRAP
        r = 7
        for (ref, action, leadcell, leads, partners, start, comp, stat, end, end_text, status, impact) in acts:
            vals = [ref, action, leadcell, partners, start, comp, stat, impact]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(statfill[stat])
            expected.append(act(ref, [text], action, leads, end, status, end_text))
            r += 1
        for col, w in zip("ABCDEFGH", (8, 55, 30, 22, 11, 18, 12, 40)):
            ws.column_dimensions[col].width = w

    gl = wb.create_sheet("Glossary")
    for i, (k, v) in enumerate([("Term", "Meaning"), ("AFPA", "Area for priority action"),
                                ("AFI", "Area for improvement"), ("DCO", "Designated Clinical Officer"),
                                ("EHC", "Education, health and care"), ("PCF", "Parent Carer Forum"),
                                ("PfA", "Preparing for Adulthood")], 1):
        gl.cell(row=i, column=1, value=k)
        gl.cell(row=i, column=2, value=v)
    wb.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": ("Imitates a local area SEND priority action plan of the kind Sefton's SEND partnership would "
                   "publish after an area SEND inspection under the 2023 framework (layout after published "
                   "priority action plans such as Wirral's, https://www.sendlowirral.co.uk/priorityactionplan). "
                   "Copies a summary sheet with a counts/totals block and status key, one sheet per area for "
                   "priority action and one for the area for improvement, each with a coloured 'Area for "
                   "Priority Action n' label row and the inspectors' text merged below it, then Ref / What we "
                   "will do / Lead officer / Partners / Start / Completion date / Status / impact columns; "
                   "completion dates as month words, a date, a period, school terms, Ongoing and Monthly."),
        "reads": ("A workbook with a summary, two areas for priority action and one area for improvement (one "
                  "sheet each), and a glossary. Each area sheet gives the inspectors' text under its label and "
                  "then its actions (9 in all) with lead, completion date and a status word."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------
# 4. Kirklees Safeguarding Children Partnership JTAI action plan (docx):
#    document control table, RAG key table, a heading + AFI text + table per area.
# ---------------------------------------------------------------------------
def kirklees():
    name = "ha1-kirklees-safeguarding-children-partnership-jtai-action-plan.docx"
    title = "Kirklees Safeguarding Children Partnership: Joint Targeted Area Inspection Action Plan"
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    ragword = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    areas = [
        ("1. Return home interviews",
         "The quality and timeliness of return home interviews for children who go missing, and how the "
         "information from them is used to inform risk assessments and plans.",
         [("1.1", "Recommission the return home interview service with a revised specification requiring "
                  "interviews to be offered within 72 hours and a written summary to be shared with the "
                  "allocated worker.",
           "Head of Commissioning (Children)", ["Head of Commissioning (Children)"], "April 2023",
           "2023-04", None,
           "Tender evaluated; new contract starts 1 April 2023.", "G"),
          ("1.2", "Introduce a monthly missing and exploitation dataset to the Partnership Performance Group, "
                  "including the percentage of return home interviews offered and completed.",
           "KSCP Business Manager / Performance Lead, Children\u2019s Services",
           ["KSCP Business Manager", "Performance Lead, Children\u2019s Services"], "Dec 2022",
           "2022-12", None,
           "Dataset reported monthly since December 2022.", "B")]),
        ("2. Health involvement in strategy discussions",
         "Health practitioners are not consistently involved in strategy discussions for children at risk of "
         "exploitation, and relevant health information is not always shared.",
         [("2.1", "Agree a protocol for health representation at all exploitation strategy discussions, with "
                  "the 0\u201319 service and CAMHS attending where the child is known to them.",
           "Designated Nurse Safeguarding Children (ICB)", ["Designated Nurse Safeguarding Children (ICB)"],
           "31/01/2023", "2023-01", None,
           "Protocol signed off by the KSCP Executive on 26 January 2023.", "B"),
          ("2.2", "Deliver briefings to GP practices on contextual safeguarding and information sharing for "
                  "children at risk of exploitation.",
           "Named GP for Safeguarding Children", ["Named GP for Safeguarding Children"],
           "March \u2013 June 2023", "2023-06", "March \u2013 June 2023",
           "Four of nine Primary Care Network briefings booked.", "A")]),
        ("3. Disruption of adults who exploit children",
         "The partnership\u2019s use of disruption tactics against adults who exploit children is not yet "
         "consistently recorded or evaluated.",
         [("3.1", "Develop a shared disruption toolkit and recording template for use in the Multi-Agency "
                  "Child Exploitation (MACE) meeting.",
           "Kirklees District Detective Chief Inspector", ["Kirklees District Detective Chief Inspector"],
           "Feb 2023", "2023-02", None,
           "Toolkit in use at MACE since 14 February 2023.", "B"),
          ("3.2", "Evaluate the impact of disruption activity through a multi-agency audit of 12 children "
                  "open to the Child Exploitation Team.",
           "Chair of the Learning and Improvement Sub-group", ["Chair of the Learning and Improvement Sub-group"],
           "September 2023", "2023-09", None,
           "Audit postponed owing to capacity in the police Child Exploitation Team; escalated to the "
           "Executive.", "R"),
          ("3.3", "Share intelligence about locations and people of concern through the MACE every "
                  "fortnight, and feed it into the police problem profile.",
           "Tom Fairley and Aisha Rahman", ["Tom Fairley", "Aisha Rahman"], "Ongoing", None, "Ongoing",
           "Fortnightly intelligence sharing established.", "G")]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    p = doc.add_paragraph("Multi-agency response to children at risk of, or subject to, criminal exploitation "
                          "\u2013 inspection carried out in June 2022")
    p.runs[0].italic = True

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Comments"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], GREY)
    for v in [("1.0", "19/09/2022", "KSCP Business Manager", "Submitted to Ofsted"),
              ("1.2", "12/12/2022", "KSCP Business Manager", "Three-month update to KSCP Executive"),
              ("1.3", "14/03/2023", "KSCP Business Manager", "Six-month update to KSCP Executive")]:
        cells = t.add_row().cells
        for c, val in enumerate(v):
            set_cell(cells[c], val)

    doc.add_paragraph(
        "This plan sets out how the partners will respond to the areas for improvement identified in the "
        "joint targeted area inspection letter. Progress is reviewed by the KSCP Executive every quarter and "
        "reported to the Children\u2019s Scrutiny Panel.")

    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, meaning in [("B", "Complete"), ("G", "On track"), ("A", "At risk of delay"),
                          ("R", "Off track \u2013 escalated to the KSCP Executive")]:
        cells = k.add_row().cells
        set_cell(cells[0], code, bold=True)
        shade(cells[0], ragfill[code])
        set_cell(cells[1], meaning)

    expected = []
    for heading, afi, acts in areas:
        doc.add_heading(heading, level=2)
        doc.add_paragraph().add_run("Area for improvement").bold = True
        doc.add_paragraph(afi)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Update (March 2023)", "RAG"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "DEEAF6")
        for (ref, action, leadcell, leads, when, end, end_text, upd, rag) in acts:
            cells = t.add_row().cells
            for c, val in enumerate([ref, action, leadcell, when, upd, rag]):
                set_cell(cells[c], val)
            shade(cells[5], ragfill[rag])
            expected.append(act(ref, [heading, afi], action, leads, end, ragword[rag], end_text))
    doc.add_paragraph()
    doc.add_paragraph("Note: leads from West Yorkshire Police, the ICB and the council attend the KSCP "
                      "Executive and report by exception on any action rated amber or red.")
    doc.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": ("Imitates the multi-agency action plan Kirklees Safeguarding Children Partnership would "
                   "write after its June 2022 JTAI on children at risk of criminal exploitation (reported at "
                   "https://www.dewsburyreporter.co.uk/news/people/fantastic-outcome-for-kirklees-council-after-"
                   "inspection-of-childrens-services-3812779). Copies a Word partnership plan: title and "
                   "subtitle, document control table, intro paragraph, RAG key table, then per area a numbered "
                   "heading, an 'Area for improvement' label with the inspectors' text, and a table "
                   "Ref / Action / Lead / Timescale / Update / RAG with letter RAG on a coloured cell; leads "
                   "as posts, two posts split by '/', and two named people joined by 'and'."),
        "reads": ("A partnership JTAI plan in Word with three numbered areas, each with the inspectors' area "
                  "for improvement and a table of numbered actions (7 in all) with lead, timescale, March 2023 "
                  "update and a B/G/A/R letter. The document control and RAG key tables are not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------
# 5. Oldham Council children's home Ofsted action plan (docx): details table,
#    one plan table with merged requirement/recommendation heading and text rows,
#    sign-off table.
# ---------------------------------------------------------------------------
def oldham():
    name = "ha1-oldham-council-childrens-home-ofsted-action-plan.docx"
    title = "Oldham Council \u2013 Foxdenton Lodge Children\u2019s Home: Post-Inspection Action Plan"
    blocks = [
        ("Requirement 1 \u2013 The protection of children standard (Regulation 12)",
         "The registered person must ensure that staff assess whether each child is at risk of harm, taking "
         "into account information in the child\u2019s relevant plans, and, if necessary, make arrangements to "
         "reduce the risk of any harm to the child. (Regulation 12 (1)(a)(2)(a)(i)) Due date: 31 October 2024",
         [("1.1", "Review and update every child\u2019s individual risk assessment and behaviour support plan "
                  "so that they reflect the information in the child\u2019s care plan and latest placement plan.",
           "Registered Manager", ["Registered Manager"], "14/10/2024", "2024-10", None, "Complete", "blue"),
          ("1.2", "Introduce a monthly audit of risk assessments by the deputy manager, with the findings "
                  "discussed at team meetings.",
           "Deputy Manager", ["Deputy Manager"], "Monthly", None, "Monthly", "On track", "green")]),
        ("Requirement 2 \u2013 The leadership and management standard (Regulation 13)",
         "The registered person must ensure that staff have the experience, qualifications and skills to meet "
         "the needs of each child. In particular, ensure that all staff complete the Level 3 Diploma in "
         "Residential Childcare within the required timescale. (Regulation 13 (1)(b)(2)(c)) Due date: "
         "31 January 2025",
         [("2.1", "Enrol the three staff without the Level 3 Diploma on the programme, with a named assessor "
                  "and protected study time.",
           "Registered Manager / Workforce Development Officer",
           ["Registered Manager", "Workforce Development Officer"], "30/11/2024", "2024-11", None,
           "Complete", "blue"),
          ("2.2", "Track each staff member\u2019s progress in supervision and report it to the Responsible "
                  "Individual every month.",
           "Registered Manager", ["Registered Manager"], "January 2025", "2025-01", None, "On track",
           "green")]),
        ("Recommendation 1 \u2013 The quality and purpose of care standard",
         "The registered person should ensure that children\u2019s bedrooms are personalised and that repairs "
         "to the home are completed promptly. (\u2018Guide to the Children\u2019s Homes Regulations, including the "
         "quality standards\u2019, page 15, paragraph 3.9)",
         [("3.1", "Agree a redecoration plan with each child for their bedroom, including their choice of "
                  "colours and furnishings.",
           "Key Workers", ["Key Workers"], "December 2024", "2024-12", None, "Complete", "blue"),
          ("3.2", "Log all repairs on the corporate property system and escalate any repair outstanding for "
                  "more than 10 working days to the Responsible Individual.",
           "Registered Manager; Facilities Officer (Corporate Landlord)",
           ["Registered Manager", "Facilities Officer (Corporate Landlord)"], "Ongoing", None, "Ongoing",
           "On track", "green")]),
        ("Recommendation 2 \u2013 The positive relationships standard",
         "The registered person should ensure that records of physical interventions are completed within 24 "
         "hours, are reviewed by a manager and include the child\u2019s views. (\u2018Guide to the Children\u2019s "
         "Homes Regulations, including the quality standards\u2019, page 48, paragraph 9.36)",
         [("4.1", "Deliver refresher training on recording physical interventions and introduce a manager "
                  "debrief checklist that records the child\u2019s views.",
           "Deputy Manager", ["Deputy Manager"], "w/c 18/11/2024", "2024-11", None, "Complete", "blue")]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Home", "Foxdenton Lodge"), ("Unique reference number", "SC491762"),
                 ("Inspection dates", "3 and 4 September 2024"),
                 ("Overall experiences and progress of children", "Requires improvement to be good"),
                 ("Registered manager", "Karen Whitworth"),
                 ("Responsible individual", "Head of Service \u2013 Residential and Edge of Care"),
                 ("Plan written", "27/09/2024"), ("Last updated", "16/12/2024")]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], GREY)
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("The requirements and recommendations below are taken from the Ofsted inspection report. "
                      "Each is followed by the actions the home will take.")

    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["No.", "Action", "By whom", "By when", "Status"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], GREY)
    expected = []
    for heading, text, acts in blocks:
        row = t.add_row().cells
        m = row[0].merge(row[4])
        set_cell(m, heading, bold=True)
        shade(m, "BDD7EE")
        row = t.add_row().cells
        m = row[0].merge(row[4])
        set_cell(m, text, italic=True)
        shade(m, "F2F2F2")
        for (no, action, whocell, leads, when, end, end_text, status_word, status) in acts:
            cells = t.add_row().cells
            for c, val in enumerate([no, action, whocell, when, status_word]):
                set_cell(cells[c], val)
            expected.append(act(no, [heading, text], action, leads, end, status, end_text))

    doc.add_paragraph()
    doc.add_paragraph().add_run("Sign-off").bold = True
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, h in enumerate(["Registered Manager", "Responsible Individual", "Date"]):
        set_cell(s.rows[0].cells[c], h, bold=True)
    for c, v in enumerate(["K. Whitworth", "Head of Service \u2013 Residential and Edge of Care", "30/09/2024"]):
        set_cell(s.rows[1].cells[c], v)
    doc.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": ("Imitates the post-inspection action plan a local authority children's home run by Oldham "
                   "Council would write after an Ofsted full inspection under the SCCIF (requirements with "
                   "regulation and due date, recommendations citing the Guide to the Children's Homes "
                   "Regulations; https://www.gov.uk/guidance/social-care-common-inspection-framework-sccif-"
                   "secure-children-s-homes/14-making-requirements-and-recommendations). The home name is "
                   "invented. Copies a Word layout: title, home details table, one plan table where each "
                   "requirement/recommendation has a merged heading row naming the quality standard and a "
                   "merged row with Ofsted's text, followed by its actions (No. / Action / By whom / By when / "
                   "Status), then a sign-off table."),
        "reads": ("A single-table action plan for one children's home: two requirements and two "
                  "recommendations, each with a heading row, Ofsted's wording, and one or two numbered actions "
                  "(7 in all) with who, when and a status word. The details and sign-off tables are not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------
# 6. Medway corporate parenting board action plan (csv): title lines, priority
#    repeated on each row, quoted multi-line action, RAG letters, summary line.
# ---------------------------------------------------------------------------
def medway():
    name = "ha1-medway-corporate-parenting-board-action-plan.csv"
    title = "Medway Council - Corporate Parenting Board Action Plan 2025-26"
    p1 = "1. Safe and stable homes"
    p2 = "2. Health and wellbeing"
    p3 = "3. Education, employment and training"
    p4 = "4. Voice and participation"
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    rows = [
        (p1, "1.1", "Increase the number of in-house foster carers by 20 through the Medway Fostering "
                    "recruitment campaign", "Fostering Service Manager", ["Fostering Service Manager"],
         "Mar-26", "2026-03", None, "A", "9 new households approved; recruitment event planned for January"),
        (p1, "1.2", "Review the sufficiency of semi-independent accommodation for 16-17 year olds and present "
                    "the findings to the Board", "Head of Children's Commissioning",
         ["Head of Children's Commissioning"], "Jan-26", "2026-01", None, "G",
         "Sufficiency review under way"),
        (p2, "2.1", "Ensure initial health assessments are completed within 20 working days of a child "
                    "entering care:\n- weekly tracker shared with the LAC health team\n- escalation to the "
                    "Designated Nurse after 15 days",
         "Designated Nurse for Looked After Children / Head of Service - Children in Care",
         ["Designated Nurse for Looked After Children", "Head of Service - Children in Care"],
         "31/03/2026", "2026-03", None, "R", "Timeliness 48% in Q2; paediatric capacity escalated to the ICB"),
        (p2, "2.2", "Offer all care leavers free leisure centre membership up to the age of 25",
         "Leisure Services Manager", ["Leisure Services Manager"], "Oct-25", "2025-10", None, "B",
         "Launched in Care Leavers Week"),
        (p3, "3.1", "Launch a ring-fenced apprenticeship scheme for care leavers within Medway Council",
         "Head of HR; Virtual School Headteacher", ["Head of HR", "Virtual School Headteacher"],
         "Sept 2025 - April 2026", "2026-04", "Sept 2025 - April 2026", "G",
         "6 apprenticeship roles identified, adverts to go live in February"),
        (p3, "3.2", "Track the completion and quality of Personal Education Plans for all children in care, "
                    "with termly reporting to the Board", "Virtual School Headteacher",
         ["Virtual School Headteacher"], "Termly", None, "Termly", "G", "Autumn term report presented 12/11/2025"),
        (p4, "4.1", "Children in Care Council to co-present a 'You Said, We Did' item at every Board meeting",
         "Participation Officer", ["Participation Officer"], "Ongoing", None, "Ongoing", "G",
         "Standing item since September"),
        (p4, "4.2", "Refresh the Pledge with children in care and care leavers and publish a young person "
                    "friendly version", "Participation Officer", ["Participation Officer"], "Feb-26",
         "2026-02", None, "", "Not yet started - will follow the Children in Care Council elections"),
    ]
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow([title, "", "", "", "", "", ""])
        w.writerow(["Last updated: 12/11/2025", "", "", "", "", "", ""])
        w.writerow(["", "", "", "", "", "", ""])
        w.writerow(["Priority", "Ref", "Action", "Lead", "Target date", "RAG", "Update"])
        for (pr, ref, action, leadcell, leads, when, end, end_text, r, upd) in rows:
            w.writerow([pr, ref, action, leadcell, when, r, upd])
        w.writerow(["", "", "", "", "", "", ""])
        counts = {k: sum(1 for x in rows if x[8] == k) for k in ("B", "G", "A", "R", "")}
        w.writerow(["RAG summary", "", f"B = {counts['B']}, G = {counts['G']}, A = {counts['A']}, "
                    f"R = {counts['R']}, not rated = {counts['']}", "", "", "", ""])
        w.writerow(["Key", "", "B = complete, G = on track, A = some risk to delivery, R = off track", "", "",
                    "", ""])
    expected = [act(ref, [pr], action, leads, end, rag[r], end_text)
                for (pr, ref, action, leadcell, leads, when, end, end_text, r, upd) in rows]
    write_expected(name, {
        "source": ("Imitates the action plan a corporate parenting board such as Medway's keeps against its "
                   "corporate parenting strategy priorities (layout after published plans such as Bracknell "
                   "Forest's, https://www.bracknell-forest.gov.uk/children-and-family-services/fostering-"
                   "adoption-and-looked-after-children/corporate-parenting-strategy-2025-2028/corporate-"
                   "parenting-strategy-action-plan-2025-2028). Copies a spreadsheet export to CSV: title and "
                   "last-updated lines, a blank line, header, the priority repeated on every row, a quoted "
                   "multi-line action with bullet lines, two posts split by '/' or ';', target dates as Mon-YY, "
                   "dd/mm/yyyy, a period, Termly and Ongoing, B/G/A/R letters (one blank), then a RAG summary "
                   "and key line."),
        "reads": ("A CSV export of the Board's action plan: four numbered priorities, two actions each (8 in "
                  "all), with lead, target date, RAG letter and update. The last lines are a RAG summary and a "
                  "key, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------
# 7. Bury monitoring visit action plan (tab-separated txt) with a mistyped month.
# ---------------------------------------------------------------------------
def bury():
    name = "ha1-bury-council-monitoring-visit-action-plan-typo-month-refuse.txt"
    title = "Bury Council - Children's Services Improvement Plan"
    lines = [
        title,
        "Ofsted monitoring visit (28 February and 1 March 2023) - post-visit action plan",
        "Owner: Director of Social Work Practice\tLast reviewed: 27/06/2023",
        "",
        "Ref\tFocus area\tAction\tResponsible officer\tDue\tRAG\tComment",
        "MV3.1\tPermanence planning\tTrack every child in care without a permanence plan at their second "
        "review through the Permanence Tracking Panel\tHead of Service - Children in Care\tJul-23\tG\t"
        "Panel meets fortnightly",
        "MV3.2\tPermanence planning\tDeliver permanence planning training to all social workers in the "
        "Children in Care teams\tPrincipal Social Worker\tSep-23\tA\tTwo of four sessions delivered",
        "MV3.3\tEducation, health and care plans\tJoint audit with the SEND team of EHC plans for children in "
        "care, so that plans reflect the child's long-term care plan\tVirtual School Head / SEND Service Lead"
        "\tOct-23\tA\tAudit tool agreed",
        "MV3.4\tEducation, health and care plans\tAdd the child's permanence plan to the annual review "
        "paperwork for every child in care with an EHC plan\tSEND Service Lead\tDecmber 2023\tG\t"
        "Template drafted",
        "MV3.5\tStability of care givers\tHold a stability meeting for any child with two or more moves of "
        "home in 12 months\tService Manager - Placements\tOct-23\tG\tFirst meetings held in June",
        "MV3.6\tStability of care givers\tReduce reliance on agency social workers in the Children in Care "
        "teams through the 'Bury Grown' recruitment offer\tHead of Workforce\tOngoing\tG\t"
        "Agency rate down from 34% to 27%",
        "",
        "RAG: G = on track, A = some delay, R = off track, C = complete",
    ]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    refuse_at = next(i for i, l in enumerate(lines, 1) if "Decmber 2023" in l)
    write_expected(name, {
        "source": ("Imitates the action plan Bury Council kept after its third Ofsted monitoring visit "
                   "(February/March and May 2023) following the 2021 inadequate ILACS judgement: permanence "
                   "planning, EHC plans for children in care and the number of care givers (reported at "
                   "https://burytimes.co.uk/news/23526330.bury-childrens-services-improve-despite-"
                   "inconsistencies). Copies a tab-separated export: title, subtitle and owner lines, a header, "
                   "MV-numbered actions with the focus area on every row, Mon-YY due dates, RAG letters, "
                   "and a key line."),
        "reads": ("A tab-separated monitoring visit action plan with six actions under three focus areas. The "
                  "due date of MV3.4 is 'Decmber 2023', a mistyped month, so a careful reader stops there "
                  "and asks rather than guess the month."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_at,
        "title": title,
    })
    return 6


if __name__ == "__main__":
    for fn in (torbay, gloucestershire, sefton, kirklees, oldham, medway, bury):
        print(fn.__name__, fn())
