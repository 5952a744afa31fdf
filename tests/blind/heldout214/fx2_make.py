#!/usr/bin/env python
"""Build the seven fx2- blind test files (set heldout214) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Partnership, NHS and corporate plans:
  1 East Sussex SAB - SAR Adult F action plan                 (.xlsx)
  2 NHS Suffolk and North East Essex ICB - board action log    (.xlsx)
  3 North Northamptonshire Council - transformation highlight  (.xlsx)
  4 UHMB NHSFT - maternity and neonatal improvement plan       (.docx)
  5 Hammersmith & Fulham CSP - DHR 'Leona' action plan         (.docx)
  6 Safer Westminster Partnership - delivery plan 2025/26      (.csv, refuse: mistyped month)
  7 Cherwell DC - leadership risk register Q2 2025/26          (.txt, tab-separated)
"""
import csv
import os
from datetime import datetime as D

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "5B9BD5", "green": "70AD47", "amber": "FFC000", "red": "FF0000",
    "grey": "D9D9D9", "head": "1F3864", "band": "DEEAF6", "lilac": "E4DFEC",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def expected_action(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def write_expected(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000,
                       default_flow_style=False)


def header_row(ws, row, labels, widths=None):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. East Sussex SAB - SAR Adult F (xlsx): cover sheet with document control and
#    version history, action plan with learning-theme band rows, recommendation
#    cells merged down over their actions, original + revised dates, fill-only RAG,
#    key on a third sheet.
# ---------------------------------------------------------------------------
def make_sar():
    name = "fx2-east-sussex-sab-sar-adult-f-action-plan.xlsx"
    title = "Safeguarding Adults Review – Adult F: Action Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "East Sussex Safeguarding Adults Board"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "1.4"),
            ("Status", "Live – monitored by the SAR Subgroup"),
            ("Overview report published", D(2025, 3, 11)),
            ("Date of last update", D(2025, 10, 14)),
            ("Owner", "SAB Development Manager"),
            ("Next review", "SAR Subgroup, January 2026")]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = cov.cell(row=i, column=2, value=v)
        if isinstance(v, D):
            c.number_format = "dd/mm/yyyy"
    cov["A12"] = "Version history"
    cov["A12"].font = Font(bold=True)
    for j, lab in enumerate(["Version", "Date", "Change", "By"], start=1):
        cov.cell(row=13, column=j, value=lab).font = Font(bold=True)
    hist = [("1.0", D(2025, 3, 11), "Action plan agreed by the SAB", "SAR Subgroup"),
            ("1.2", D(2025, 7, 8), "Q1 progress updates added", "SAB Development Manager"),
            ("1.4", D(2025, 10, 14), "Q2 progress updates added; revised dates agreed for 1.1, 2.1 and 3.1",
             "SAB Development Manager")]
    for i, h in enumerate(hist, start=14):
        for j, v in enumerate(h, start=1):
            c = cov.cell(row=i, column=j, value=v)
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 36
    cov.column_dimensions["C"].width = 60
    cov.column_dimensions["D"].width = 26

    ws = wb.create_sheet("Action plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Overview report published 11 March 2025. Progress is reported to the SAR Subgroup "
                "each quarter; see the 'Key' tab for RAG ratings.")
    ws.merge_cells("A2:H2")
    header_row(ws, 4, ["Recommendation", "Ref", "Action", "Lead agency / officer", "Target date",
                       "Revised date", "Progress update (October 2025)", "RAG"],
               [44, 6, 50, 30, 12, 12, 48, 8])

    T1 = "Learning theme 1: Mental capacity and executive functioning"
    T2 = "Learning theme 2: Transitions of care and information sharing"
    T3 = "Learning theme 3: Support for carers"
    R1 = ("Recommendation 1: ESSAB should seek assurance that partner agencies consider executive "
          "functioning when assessing the mental capacity of adults who repeatedly decline care and support.")
    R2 = ("Recommendation 2: ESSAB should review how the multi-agency risk management (MARM) framework "
          "is used for adults who self-neglect, and ensure that it is triggered when risk escalates.")
    R3 = ("Recommendation 3: NHS Sussex and East Sussex Healthcare NHS Trust should ensure that safeguarding "
          "concerns identified during an inpatient stay are shared with community teams and the GP at discharge.")
    R4 = ("Recommendation 4: Adult Social Care should ensure that carers are offered a carer’s assessment "
          "when the person they care for declines services.")

    # (theme, rec, ref, action, lead cell, target, revised, progress, rag-fill, expected)
    plan = [
        ("band", T1),
        ("rec", R1, [
            ("1.1", "Refresh the Sussex Mental Capacity Act practice guidance to include a section on executive "
                    "functioning, with practice examples drawn from this review.",
             "ASC Head of Safeguarding", D(2025, 6, 30), D(2025, 9, 30),
             "Draft section shared with Sussex MCA leads in July.\nSign-off delayed to align with the pan-Sussex "
             "procedures update; now published.", "blue",
             (["ASC Head of Safeguarding"], "2025-09", "blue", None)),
            ("1.2", "Deliver two multi-agency MCA and executive functioning learning sessions for frontline "
                    "practitioners.",
             "SAB Training Coordinator", D(2025, 12, 31), None,
             "First session held 18 September 2025 (64 attendees). Second session booked for November.", "green",
             (["SAB Training Coordinator"], "2025-12", "green", None)),
        ]),
        ("rec", R2, [
            ("2.1", "Audit a sample of 20 self-neglect cases closed in 2024/25 to test whether MARM was considered "
                    "and recorded.",
             "SAB Quality and Performance Subgroup Chair", D(2025, 9, 30), D(2026, 1, 31),
             "Audit tool agreed. Case sample delayed by the ASC case management system migration.", "amber",
             (["SAB Quality and Performance Subgroup Chair"], "2026-01", "amber", None)),
            ("2.2", "Amend the MARM guidance so that any agency can convene a meeting, and publish the revised "
                    "guidance on the SAB website.",
             "SAB Development Manager", D(2025, 7, 31), None,
             "Revised guidance published 28 July 2025.", "blue",
             (["SAB Development Manager"], "2025-07", "blue", None)),
            ("2.3", "Add a self-neglect and hoarding prompt to the Sussex Police and ESFRS referral pathways, "
                    "including Safe and Well visits.",
             "Sussex Police Detective Inspector (Safeguarding Adults); ESFRS Head of Prevention",
             D(2026, 3, 31), None,
             "ESFRS prompt live. Police pathway change submitted to the Sussex-wide review.", "green",
             (["Sussex Police Detective Inspector (Safeguarding Adults)", "ESFRS Head of Prevention"],
              "2026-03", "green", None)),
        ]),
        ("band", T2),
        ("rec", R3, [
            ("3.1", "Add a mandatory safeguarding field to the ESHT electronic discharge summary.",
             "ESHT Head of Safeguarding", D(2025, 8, 31), D(2025, 12, 31),
             "Digital change request approved; build scheduled for the December release.", "amber",
             (["ESHT Head of Safeguarding"], "2025-12", "amber", None)),
            ("3.2", "Undertake a dip-sample audit of discharge summaries for patients open to adult safeguarding "
                    "and report the findings to the SAB.",
             "ICB Designated Nurse Safeguarding Adults", "March 2026", None,
             "Not yet started – dependent on action 3.1.", None,
             (["ICB Designated Nurse Safeguarding Adults"], "2026-03", "unrated", None)),
        ]),
        ("band", T3),
        ("rec", R4, [
            ("4.1", "Issue a practice briefing to ASC teams and the commissioned carers’ service on offering carers’ "
                    "assessments where the cared-for person declines support.",
             "ASC Principal Social Worker / Carers Lead", D(2025, 11, 30), None,
             "Briefing drafted; to be issued with the November practice newsletter.", "green",
             (["ASC Principal Social Worker", "Carers Lead"], "2025-11", "green", None)),
        ]),
    ]
    r = 5
    theme = None
    exp = []
    for item in plan:
        if item[0] == "band":
            theme = item[1]
            ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = fill(FILL["grey"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        _, rec, acts = item
        first = r
        ws.cell(row=r, column=1, value=rec).alignment = WRAP
        for (ref, text, lead, tgt, rev, prog, rag, e) in acts:
            vals = [None, ref, text, lead, tgt, rev, prog, None]
            for col, v in enumerate(vals, start=1):
                if v is None:
                    continue
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                if isinstance(v, D):
                    c.number_format = "dd/mm/yyyy"
            for col in range(1, 9):
                ws.cell(row=r, column=col).border = BOX
            if rag:
                ws.cell(row=r, column=8).fill = fill(FILL[rag])
            lead_l, end, status, end_text = e
            exp.append(expected_action(ref, [theme, rec], text, lead_l, end, status, end_text))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
            ("blue", "Complete – evidence received by the SAR Subgroup"),
            ("green", "On track"),
            ("amber", "Some slippage – revised date agreed"),
            ("red", "Not on track – escalate to the SAB Executive")], start=2):
        key.cell(row=i, column=1).fill = fill(FILL[col])
        key.cell(row=i, column=2, value=txt)
    key.cell(row=7, column=1, value="No colour = not yet started / not rated")
    key.column_dimensions["B"].width = 55
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates an East Sussex Safeguarding Adults Board SAR multi-agency action plan (2025, SAR "
                   "'Adult F', monitored by the SAR Subgroup); ESSAB publishes SAR briefings and reports SAR "
                   "activity to the East Sussex Health and Wellbeing Board (democracy.eastsussex.gov.uk). "
                   "Copied features: cover sheet with document-control and version-history tables, learning-theme "
                   "band rows, recommendation text merged down over its actions, original and revised target "
                   "dates, quarterly progress column with a line break, RAG shown only as cell fill with the key "
                   "on a separate 'Key' sheet, two posts in one lead cell."),
        "reads": ("Three sheets: a cover with document control and version history (not actions), the action plan, "
                  "and a RAG key. The plan has three learning themes with four recommendations and eight numbered "
                  "actions; each action has a lead, a target date and sometimes a revised date, and a RAG colour "
                  "with no text (3.2 has no colour and has not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


# ---------------------------------------------------------------------------
# 2. NHS Suffolk and North East Essex ICB - board action log (xlsx): title block,
#    colour key in a row above the table, open log with original and revised due
#    dates in words ("November 2025 Board", "Q2 2025/26"), fill-only status; a second
#    sheet of actions closed at the previous meeting with "Closed" status text.
# ---------------------------------------------------------------------------
def make_icb():
    name = "fx2-nhs-suffolk-north-east-essex-icb-board-action-log.xlsx"
    title = "NHS Suffolk and North East Essex ICB – Board Meeting in Public Action Log"
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated following the meeting held on 18 September 2025"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Status key:"
    ws["A4"].font = Font(bold=True)
    for col, (colour, txt) in enumerate([
            ("blue", "Complete – proposed for closure"), ("green", "On track – not yet due"),
            ("amber", "Due date revised"), ("red", "Overdue")], start=2):
        c = ws.cell(row=4, column=col, value=txt)
        c.fill = fill(FILL[colour])
        c.alignment = WRAP
    header_row(ws, 6, ["Action no.", "Meeting date", "Minute ref", "Action", "Lead", "Due date",
                       "Revised due date", "Update", "Status"],
               [11, 12, 10, 55, 28, 16, 16, 45, 9])
    rows = [
        ("BD/25/07", D(2025, 3, 20), "25/031",
         "Bring a report to the Board on the outcome of the primary care access recovery plan, including the "
         "impact of the new GP telephony systems.",
         "Director of Primary Care", "July 2025", "September 2025", "Report on today’s agenda (item 9).", "blue",
         (["Director of Primary Care"], "2025-09", "blue", None)),
        ("BD/25/11", D(2025, 3, 20), "25/036",
         "Circulate the breakdown of mental health out of area placements by provider to Board members.",
         "Chief Nursing Officer", D(2025, 4, 30), None, "Circulated 22 April 2025.", "blue",
         (["Chief Nursing Officer"], "2025-04", "blue", None)),
        ("BD/25/14", D(2025, 5, 15), "25/052",
         "Work with Suffolk County Council and Essex County Council to agree a joint approach to reporting "
         "delayed discharges across the health and care system.",
         "Chief Operating Officer / Director of Integration", "November 2025 Board", None,
         "Draft reporting framework shared with both councils; first joint report planned for November.", "green",
         (["Chief Operating Officer", "Director of Integration"], "2025-11", "green", None)),
        ("BD/25/18", D(2025, 5, 15), "25/058",
         "Provide an update on the estates strategy for Ipswich and East Suffolk, including the timeline for the "
         "Felixstowe health hub business case.",
         "Director of Finance and Estates", D(2025, 7, 31), D(2025, 11, 30),
         "Business case timeline depends on the national capital allocation; update deferred to November.", "amber",
         (["Director of Finance and Estates"], "2025-11", "amber", None)),
        ("BD/25/22", D(2025, 7, 17), "25/079",
         "Include health inequalities metrics for the Core20PLUS5 clinical areas in the integrated performance "
         "report.",
         "Chief Data Officer", "Q2 2025/26", None, "Metrics included in section 4 of the IPR.", "blue",
         (["Chief Data Officer"], "2025-09", "blue", None)),
        ("BD/25/23", D(2025, 7, 17), "25/081",
         "Arrange a Board development session on the 10 Year Health Plan and its implications for the ICB’s "
         "operating model.",
         "ICB Chair; Chief Executive", D(2025, 8, 31), None, "Date for the session not yet confirmed.", "red",
         (["ICB Chair", "Chief Executive"], "2025-08", "red", None)),
        ("BD/25/27", D(2025, 9, 18), "25/097",
         "Seek assurance from the East of England Ambulance Service that handover delays at Colchester Hospital "
         "are being addressed, and report back to the Board.",
         "Chief Nursing Officer", "January 2026", None, None, "green",
         (["Chief Nursing Officer"], "2026-01", "green", None)),
        ("BD/25/28", D(2025, 9, 18), "25/099",
         "Publish the ICB’s response to the Healthwatch Suffolk report on access to NHS dentistry.",
         "Director of Communications and Engagement", D(2025, 10, 31), None, None, "green",
         (["Director of Communications and Engagement"], "2025-10", "green", None)),
    ]
    exp = []
    r = 7
    for (ref, mdate, minute, text, lead, due, rev, upd, colour, e) in rows:
        vals = [ref, mdate, minute, text, lead, due, rev, upd, None]
        for col, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).fill = fill(FILL[colour])
        lead_l, end, status, end_text = e
        exp.append(expected_action(ref, [], text, lead_l, end, status, end_text))
        r += 1
    ws.freeze_panes = "A7"

    cl = wb.create_sheet("Closed actions")
    cl["A1"] = "Actions closed at the meeting held on 17 July 2025"
    cl["A1"].font = Font(bold=True, size=12)
    header_row(cl, 3, ["Action no.", "Meeting date", "Action", "Lead", "Due date", "Outcome", "Date closed",
                       "Status"], [11, 12, 55, 30, 12, 45, 12, 9])
    closed = [
        ("BD/24/61", D(2024, 11, 21), "Share the winter communications plan with system partners and Healthwatch.",
         "Director of Communications and Engagement", D(2024, 12, 31), "Plan shared 9 December 2024.",
         D(2025, 7, 17), (["Director of Communications and Engagement"], "2024-12", "blue", None)),
        ("BD/25/03", D(2025, 1, 23),
         "Review the Board Assurance Framework risk on workforce to reflect the ICB running-cost reduction "
         "programme.",
         "Director of Corporate Affairs", D(2025, 3, 31), "BAF risk 4 updated and approved by the Audit Committee.",
         D(2025, 7, 17), (["Director of Corporate Affairs"], "2025-03", "blue", None)),
    ]
    r = 4
    for (ref, mdate, text, lead, due, outc, dclosed, e) in closed:
        vals = [ref, mdate, text, lead, due, outc, dclosed, "Closed"]
        for col, v in enumerate(vals, start=1):
            c = cl.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
        lead_l, end, status, end_text = e
        exp.append(expected_action(ref, [], text, lead_l, end, status, end_text))
        r += 1
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates an ICB 'Board meeting in public' action log as published in ICB board packs "
                   "(e.g. NHS Suffolk and North East Essex ICB, 2025). Copied features: title and 'updated "
                   "following the meeting' line, a colour status key in a row above the table, action numbers "
                   "BD/yy/nn with meeting date and minute reference, due dates written as dates or as words "
                   "('November 2025 Board', 'Q2 2025/26'), a revised due date column, status shown only by "
                   "fill colour, and a second sheet of actions closed at the previous meeting."),
        "reads": ("An ICB board action log: eight open actions on the first sheet, each with an owner (one or two "
                  "posts), a due date, sometimes a revised due date, an update and a colour status read from the "
                  "key (blue = complete, proposed for closure); and two actions closed in July 2025 on the second "
                  "sheet. There are no themes."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


# ---------------------------------------------------------------------------
# 3. North Northamptonshire Council - transformation programme highlight report
#    (xlsx): header block (period, SRO, overall RAG), workstream summary with totals,
#    milestone table with numbered workstream band rows, baseline + forecast dates
#    (mmm-yy), previous and current status letters with "C = complete" key,
#    decisions box, second sheet of savings figures.
# ---------------------------------------------------------------------------
def make_transformation():
    name = "fx2-north-northamptonshire-council-transformation-programme-highlight-report.xlsx"
    title = "North Northamptonshire Council – Transformation Programme Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    info = [("Reporting period:", "September 2025"),
            ("Senior Responsible Owner:", "Executive Director of Finance and Performance"),
            ("Programme Manager:", "Kiran Bhatt"),
            ("Overall programme status:", "Amber")]
    for i, (k, v) in enumerate(info, start=3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws["B6"].fill = fill(FILL["amber"])

    ws["A8"] = "Workstream summary"
    ws["A8"].font = Font(bold=True, size=12)
    for j, lab in enumerate(["Workstream", "Status", "2025/26 savings target (£000)", "Forecast (£000)"], start=1):
        c = ws.cell(row=9, column=j, value=lab)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
    summ = [("1. Customer Access and Digital", "A", 1850, 1600),
            ("2. Adults’ Demand Management", "R", 2600, 2050),
            ("3. Property and Assets", "G", 1200, 1270),
            ("4. Workforce and Organisational Development", "A", 800, 800)]
    for i, row in enumerate(summ, start=10):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            if isinstance(v, int):
                c.number_format = "#,##0"
    ws.cell(row=14, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=14, column=3, value=6450).number_format = "#,##0"
    ws.cell(row=14, column=4, value=5720).number_format = "#,##0"
    for j in (3, 4):
        ws.cell(row=14, column=j).font = Font(bold=True)

    ws["A16"] = "Key milestones"
    ws["A16"].font = Font(bold=True, size=12)
    ws["A17"] = ("Status key: G = on track; A = at risk, mitigation in place; R = off track, Board decision "
                 "needed; C = complete")
    ws["A17"].font = Font(italic=True)
    ws.merge_cells("A17:H17")
    header_row(ws, 18, ["Ref", "Milestone", "Milestone owner", "Baseline date", "Forecast date",
                        "Previous status", "Current status", "Commentary"],
               [34, 58, 34, 11, 11, 10, 10, 55])
    M = lambda y, m: D(y, m, 1)
    plan = [
        ("1. Customer Access and Digital", [
            ("CAD-01", "Launch the new customer portal and MyAccount for council tax and waste services",
             "Assistant Director Customer Services", M(2025, 4), M(2025, 6), "A", "C",
             "Went live 23 June 2025; 14,200 accounts registered by the end of September.",
             (["Assistant Director Customer Services"], "2025-06", "blue")),
            ("CAD-02", "Migrate the remaining legacy telephony (Corby and Kettering sites) to the cloud contact "
                       "centre platform",
             "Head of ICT", M(2025, 7), M(2025, 11), "G", "A",
             "Supplier resource issue; revised plan agreed at Design Authority.",
             (["Head of ICT"], "2025-11", "amber")),
            ("CAD-03", "Implement automated triage for the customer contact centre email inbox",
             "Head of Digital; Head of Customer Services", M(2025, 12), M(2025, 12), "G", "G",
             "Discovery complete.",
             (["Head of Digital", "Head of Customer Services"], "2025-12", "green")),
        ]),
        ("2. Adults’ Demand Management", [
            ("ADM-01", "Extend the reablement offer to seven days a week",
             "Assistant Director Adult Social Care (Prevention and Reablement)", M(2025, 9), M(2026, 1), "A", "R",
             "Recruitment to 12 reablement posts below plan (5 appointed). Board asked to approve use of agency "
             "staff to March 2026.",
             (["Assistant Director Adult Social Care (Prevention and Reablement)"], "2026-01", "red")),
            ("ADM-02", "Complete the strengths-based practice training programme for all adult social work teams",
             "Principal Social Worker", M(2025, 10), M(2025, 10), "G", "G",
             "On track; cohort 4 of 5 under way.",
             (["Principal Social Worker"], "2025-10", "green")),
            ("ADM-03", "Deliver the Technology Enabled Care pilot in Wellingborough and East Northamptonshire",
             "Head of Commissioning", M(2026, 3), M(2026, 3), None, "G",
             "New milestone this period.",
             (["Head of Commissioning"], "2026-03", "green")),
        ]),
        ("3. Property and Assets", [
            ("PA-01", "Agree the disposal programme for surplus office accommodation",
             "Assistant Director Assets and Environment", M(2025, 7), M(2025, 7), "A", "C",
             "Approved by Executive 17 July 2025.",
             (["Assistant Director Assets and Environment"], "2025-07", "blue")),
            ("PA-02", "Consolidate Wellingborough office staff into Swanspool House and vacate leased space",
             "Head of Facilities Management", M(2025, 11), M(2026, 2), "G", "A",
             "Works tender returned above budget; value engineering under way.",
             (["Head of Facilities Management"], "2026-02", "amber")),
        ]),
        ("4. Workforce and Organisational Development", [
            ("WOD-01", "Implement the new single HR and payroll system (Phase 1: core HR)",
             "Assistant Director HR / Programme Manager", M(2025, 10), M(2026, 4), "A", "R",
             "Data migration testing failed its second cycle; revised go-live April 2026 subject to Board approval.",
             (["Assistant Director HR", "Programme Manager"], "2026-04", "red")),
            ("WOD-02", "Launch consultation with trade unions on the harmonised pay and grading structure",
             "Director of HR", M(2025, 9), M(2025, 9), "G", "C",
             "Consultation launched 8 September 2025.",
             (["Director of HR"], "2025-09", "blue")),
        ]),
    ]
    status_fill = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    r = 19
    exp = []
    for ws_name, items in plan:
        ws.cell(row=r, column=1, value=ws_name).font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = fill(FILL["band"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (ref, text, owner, base, fc, prev, cur, comm, e) in items:
            vals = [ref, text, owner, base, fc, prev, cur, comm]
            for col, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, D):
                    c.number_format = "mmm-yy"
            if prev:
                ws.cell(row=r, column=6).fill = fill(FILL[status_fill[prev]])
            ws.cell(row=r, column=7).fill = fill(FILL[status_fill[cur]])
            lead_l, end, status = e
            exp.append(expected_action(ref, [ws_name], text, lead_l, end, status))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Decisions required from the Transformation Board").font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value=("Approve use of agency reablement staff to March 2026 (ADM-01).\n"
                                    "Approve the revised go-live date for HR and payroll Phase 1 (WOD-01)."))
    ws.cell(row=r, column=1).alignment = WRAP
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.row_dimensions[r].height = 32

    sv = wb.create_sheet("Savings tracker")
    sv["A1"] = "Savings tracker 2025/26 (£000)"
    sv["A1"].font = Font(bold=True)
    for j, lab in enumerate(["Workstream", "Target", "Q1 delivered", "Q2 delivered", "Forecast", "Variance"],
                            start=1):
        sv.cell(row=2, column=j, value=lab).font = Font(bold=True)
    data = [("Customer Access and Digital", 1850, 310, 420, 1600),
            ("Adults’ Demand Management", 2600, 380, 450, 2050),
            ("Property and Assets", 1200, 500, 240, 1270),
            ("Workforce and Organisational Development", 800, 0, 150, 800)]
    for i, row in enumerate(data, start=3):
        for j, v in enumerate(row, start=1):
            sv.cell(row=i, column=j, value=v)
        sv.cell(row=i, column=6, value=f"=E{i}-B{i}")
    sv.cell(row=7, column=1, value="Total").font = Font(bold=True)
    for j, col in enumerate("BCDEF", start=2):
        sv.cell(row=7, column=j, value=f"=SUM({col}3:{col}6)")
    sv.column_dimensions["A"].width = 42
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates a council transformation programme highlight report as taken to a transformation "
                   "board or cabinet (North Northamptonshire Council, September 2025). Copied features: header "
                   "block with reporting period, SRO, programme manager and overall RAG; a workstream summary "
                   "with savings figures and a total row; a key-milestones table with numbered workstream band "
                   "rows, milestone refs, baseline and forecast dates (mmm-yy), previous and current status "
                   "letters with the document's own key (C = complete); a 'decisions required' box; a second "
                   "sheet of savings figures."),
        "reads": ("A one-page highlight report: the summary and totals block is not actions; the key-milestones "
                  "table lists ten milestones under four numbered workstreams, each with an owner, a baseline and "
                  "a forecast date (the forecast is the end) and previous and current status letters (the current "
                  "one counts; C means complete)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. UHMB NHSFT - maternity and neonatal improvement plan (docx): trust name, title,
#    subtitle, document-control table, BRAG key table, one table per theme of the
#    national three-year delivery plan with merged objective rows, original and
#    revised dates, multi-paragraph cells, BRAG word + fill, closing note.
# ---------------------------------------------------------------------------
def make_maternity():
    name = "fx2-university-hospitals-morecambe-bay-maternity-neonatal-improvement-plan.docx"
    title = "Maternity and Neonatal Improvement Plan 2025/26"
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    run = p.add_run("University Hospitals of Morecambe Bay NHS Foundation Trust")
    run.bold = True
    run.font.size = Pt(14)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Aligned to the NHS England three-year delivery plan for maternity and neonatal services")
    doc.add_paragraph("Report to: Quality Committee, 26 November 2025")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document owner", "Director of Midwifery"), ("Executive sponsor", "Chief Nursing Officer"),
                 ("Version", "3.2"), ("Date", "17 November 2025"),
                 ("Status", "Approved by the Maternity and Neonatal Safety Champions")]:
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
        shade(cells[0], FILL["grey"])

    doc.add_paragraph()
    doc.add_paragraph().add_run("BRAG key").bold = True
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for colour, word, txt in [("blue", "Blue", "Completed and evidence of embedding provided"),
                              ("green", "Green", "On track to deliver by the completion date"),
                              ("amber", "Amber", "At risk of delay – mitigation in place"),
                              ("red", "Red", "Off track – escalation required")]:
        cells = kt.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], FILL[colour])
        set_cell(cells[1], txt)

    heads = ["Ref", "Action", "Lead(s)", "Original date", "Revised date", "Progress / evidence", "BRAG"]
    widths = [Cm(1.2), Cm(7.5), Cm(4), Cm(2.3), Cm(2.3), Cm(6.5), Cm(1.6)]
    themes = [
        ("Theme 1: Listening to and working with women and families with compassion", [
            ("Objective 1: Care that is personalised", [
                ("1.1", "Offer every woman a personalised care and support plan (PCSP) by 16 weeks of pregnancy "
                        "and audit compliance quarterly.",
                 "Consultant Midwife (Public Health); Digital Midwife", "30/06/2025", "31/12/2025",
                 "PCSP template built in BadgerNet.\nQ2 audit: 71% compliance (target 90%).", "Amber",
                 (["Consultant Midwife (Public Health)", "Digital Midwife"], "2025-12", "amber", None)),
                ("1.2", "Complete Maternity and Neonatal Voices Partnership (MNVP) 15 Steps walkabouts at the "
                        "Royal Lancaster Infirmary and Furness General Hospital.",
                 "MNVP Lead; Head of Midwifery", "31/08/2025", "",
                 "Walkabouts completed at both sites in August 2025; action log held by the MNVP.", "Blue",
                 (["MNVP Lead", "Head of Midwifery"], "2025-08", "blue", None)),
            ]),
            ("Objective 2: Improve equity for mothers and babies", [
                ("1.3", "Implement the Trust’s equity and equality action plan, including use of an interpreter at "
                        "every antenatal contact for women who need one.",
                 "Equity and Equality Lead Midwife", "Q4 2025/26", "",
                 "Interpreter use audit started October 2025.", "Green",
                 (["Equity and Equality Lead Midwife"], "2026-03", "green", None)),
            ]),
        ]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ("Objective 4: Grow our workforce", [
                ("2.1", "Recruit to the funded midwifery establishment and reduce the midwifery vacancy rate to "
                        "below 5%.\nIncludes the third international recruitment cohort.",
                 "Director of Midwifery", "31/03/2026", "",
                 "Vacancy rate 6.8% (September 2025); 14 newly qualified midwives start in October.", "Green",
                 (["Director of Midwifery"], "2026-03", "green", None)),
                ("2.2", "Complete a neonatal nursing workforce review against BAPM standards and agree a plan to "
                        "close any gaps.",
                 "Neonatal Matron", "30/09/2025", "31/01/2026",
                 "Review complete; gap of 4.2 WTE QIS nurses identified.\nBusiness case to Executive Team in "
                 "January 2026.", "Amber",
                 (["Neonatal Matron"], "2026-01", "amber", None)),
            ]),
            ("Objective 5: Value and retain our workforce", [
                ("2.3", "Introduce a preceptorship and legacy mentor programme for midwives in their first two "
                        "years and those nearing retirement.",
                 "Practice Development Midwife", "September 2025", "",
                 "Programme launched September 2025.", "Blue",
                 (["Practice Development Midwife"], "2025-09", "blue", None)),
            ]),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
            ("Objective 7: Develop a positive safety culture", [
                ("3.1", "Complete the cultural improvement programme (SCORE survey and listening sessions) and act "
                        "on the findings.",
                 "Head of Midwifery; Neonatal Clinical Lead", "31/07/2025", "",
                 "SCORE survey closed late with a 38% response. Listening sessions not yet held; action plan "
                 "overdue.", "Red",
                 (["Head of Midwifery", "Neonatal Clinical Lead"], "2025-07", "red", None)),
            ]),
            ("Objective 8: Learning and improving", [
                ("3.2", "Embed PSIRF in maternity and neonatal services, with a thematic review of PSII findings "
                        "reported to the Safety Champions every quarter.",
                 "Maternity Governance Lead", "Ongoing – quarterly", "",
                 "Q2 thematic review presented October 2025.", "Green",
                 (["Maternity Governance Lead"], None, "green", "Ongoing – quarterly")),
            ]),
            ("Objective 9: Support and oversight", [
                ("3.3", "Embed the perinatal quality surveillance model, with monthly maternity and neonatal "
                        "dashboard reporting to the Board.",
                 "Chief Nursing Officer", "31/05/2025", "",
                 "Dashboard included in the Board pack monthly since May 2025.", "Blue",
                 (["Chief Nursing Officer"], "2025-05", "blue", None)),
                ("3.4", "Achieve full compliance with the ten safety actions of the Maternity Incentive Scheme "
                        "(Year 7).",
                 "Director of Midwifery / Clinical Director for Women’s Health", "By 3 March 2026", "",
                 "Evidence for 7 of 10 safety actions presented to the Board in November.", "Green",
                 (["Director of Midwifery", "Clinical Director for Women’s Health"], "2026-03", "green", None)),
            ]),
        ]),
    ]
    exp = []
    for theme, objectives in themes:
        doc.add_paragraph()
        doc.add_heading(theme, level=1)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], FILL["grey"])
        for objective, acts in objectives:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[len(heads) - 1])
            set_cell(merged, objective, bold=True)
            shade(merged, FILL["lilac"])
            for (ref, text, lead, orig, rev, prog, brag, e) in acts:
                cells = t.add_row().cells
                for i, v in enumerate([ref, text, lead, orig, rev, prog, brag]):
                    set_cell(cells[i], v)
                shade(cells[6], FILL[brag.lower()])
                lead_l, end, status, end_text = e
                exp.append(expected_action(ref, [theme, objective], text, lead_l, end, status, end_text))
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Note: objectives are numbered as in the national three-year delivery plan; objectives with "
                      "no open local actions are not shown. Theme 4 actions are tracked through the Maternity "
                      "Incentive Scheme evidence log.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates an NHS trust maternity and neonatal improvement plan reported to a Quality Committee "
                   "and Board (University Hospitals of Morecambe Bay NHSFT, 2025/26), structured on the NHS "
                   "England three-year delivery plan for maternity and neonatal services (March 2023: four themes, "
                   "twelve objectives; england.nhs.uk/long-read/three-year-delivery-plan-for-maternity-and-"
                   "neonatal-services). Copied features: trust name, title and 'report to' line, document-control "
                   "table, BRAG key table, one table per theme with merged objective rows, original and revised "
                   "dates, two-paragraph cells, BRAG words on coloured cells, closing note."),
        "reads": ("A Word plan with a document-control table and a BRAG key (not actions), then three theme "
                  "headings each followed by a table in which merged objective rows group ten numbered actions. "
                  "Each action has one or two lead posts, an original date and sometimes a revised date, progress "
                  "and a BRAG word."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


# ---------------------------------------------------------------------------
# 5. Hammersmith & Fulham CSP - DHR 'Leona' action plan (docx): Home Office DHR action
#    plan columns (recommendation, scope, action to take, lead agency, key milestones,
#    target date, date of completion and outcome) plus BRAG letter; recommendation
#    cells merged down; review-details table; overview and single-agency tables; no
#    action refs; a revised target written in the completion column.
# ---------------------------------------------------------------------------
def make_dhr():
    name = "fx2-hammersmith-fulham-csp-dhr-leona-action-plan.docx"
    title = "Domestic Homicide Review ‘Leona’ – Action Plan"
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Hammersmith & Fulham Community Safety Partnership")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Progress update for the CSP Board – January 2026")

    rd = doc.add_table(rows=0, cols=2)
    rd.style = "Table Grid"
    for k, v in [("Date of death", "March 2023"),
                 ("Overview report approved by the CSP", "14 May 2024"),
                 ("Home Office Quality Assurance Panel", "Letter received 9 October 2024"),
                 ("Published", "December 2024")]:
        cells = rd.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph("BRAG status: B – complete; G – on track; A – delayed but within tolerance; R – off track.")

    heads = ["Recommendation", "Scope (local / regional / national)", "Action to take", "Lead agency",
             "Key milestones achieved in enacting recommendation", "Target date",
             "Date of completion and outcome", "BRAG"]
    widths = [Cm(4.8), Cm(1.8), Cm(5), Cm(3.3), Cm(4.2), Cm(2), Cm(3.6), Cm(1.2)]

    S1 = "Overview Report Recommendations"
    S2 = "Single Agency Recommendations"
    sections = [
        (S1, [
            ("1. The Community Safety Partnership should seek assurance that partner agencies routinely ask about "
             "domestic abuse when an older person says they are cared for by a family member.", [
                ("Local", "Add routine enquiry about abuse by family carers to the H&F VAWG training offer for "
                          "frontline staff.",
                 "H&F Council VAWG Strategic Lead",
                 "Training module revised; two sessions delivered (September and November 2025).",
                 "September 2025", "November 2025 – module embedded in the core training offer.", "B",
                 (["H&F Council VAWG Strategic Lead"], "2025-09", "blue", None)),
                ("Local", "Audit routine enquiry rates in the GP practices that held records for Leona and her son.",
                 "NWL ICB Named GP for Safeguarding", "Audit tool agreed with practices.",
                 "March 2026", "", "G",
                 (["NWL ICB Named GP for Safeguarding"], "2026-03", "green", None)),
            ]),
            ("2. Adult Social Care and the Carers’ Network should review the carer’s assessment process so that "
             "the risks a carer may pose, as well as the carer’s own needs, are considered.", [
                ("Local", "Revise the carer’s assessment form to include prompts on carer stress, substance use and "
                          "risk to the cared-for person.",
                 "Adult Social Care Head of Practice Quality", "Draft form tested with two teams.",
                 "31/10/2025", "Revised target February 2026 – delayed by the Mosaic form build.", "A",
                 (["Adult Social Care Head of Practice Quality"], "2026-02", "amber", None)),
                ("Local", "Brief the commissioned Carers’ Network staff on recognising and reporting abuse by carers.",
                 "Carers’ Network Manager", "Briefing pack agreed with ASC.",
                 "June 2025", "12 June 2025 – briefing delivered to all 18 staff.", "B",
                 (["Carers’ Network Manager"], "2025-06", "blue", None)),
            ]),
            ("3. The Metropolitan Police should ensure that officers attending incidents involving older victims "
             "complete a DASH risk assessment, including where the suspect is the victim’s adult child.", [
                ("Regional", "Issue a Central West BCU briefing on DASH completion in adult family violence "
                             "incidents and dip-sample compliance.",
                 "Metropolitan Police Service – Central West BCU",
                 "Briefing issued July 2025.\nDip sample of 50 incidents: 82% DASH completion.",
                 "July 2025", "", "G",
                 (["Metropolitan Police Service – Central West BCU"], "2025-07", "green", None)),
            ]),
        ]),
        (S2, [
            ("Imperial College Healthcare NHS Trust: ensure that frequent emergency department attenders aged over "
             "65 are screened for domestic abuse and safeguarding concerns.", [
                ("Local", "Add a safeguarding prompt to the ED frequent attender review for patients aged 65 and "
                          "over.",
                 "Imperial College Healthcare NHS Trust Named Nurse for Safeguarding Adults",
                 "Prompt agreed by the ED governance group.", "Q4 2025/26", "", "G",
                 (["Imperial College Healthcare NHS Trust Named Nurse for Safeguarding Adults"], "2026-03",
                  "green", None)),
            ]),
            ("H&F Council Housing: ensure that repairs operatives know how to report concerns about the welfare of "
             "older tenants.", [
                ("Local", "Include domestic abuse awareness in the repairs contractor induction and toolbox talks.",
                 "Head of Repairs", "Toolbox talks delivered quarterly from April 2025.",
                 "Ongoing", "", "G",
                 (["Head of Repairs"], None, "green", "Ongoing")),
                ("Local", "Set up a direct referral route from the repairs contact centre to the Housing "
                          "Safeguarding Team.",
                 "Housing Safeguarding Lead / Contact Centre Manager", "Referral form and process agreed.",
                 "30/09/2025", "1 September 2025 – referral route live.", "B",
                 (["Housing Safeguarding Lead", "Contact Centre Manager"], "2025-09", "blue", None)),
            ]),
        ]),
    ]
    exp = []
    for sec, recs in sections:
        doc.add_paragraph()
        doc.add_heading(sec, level=1)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(t.rows[0].cells[i], h, bold=True, size=8)
            shade(t.rows[0].cells[i], FILL["grey"])
        for rec, acts in recs:
            first = None
            for (scope, text, lead, miles, tgt, done, brag, e) in acts:
                row = t.add_row()
                cells = row.cells
                if first is None:
                    first = row
                    set_cell(cells[0], rec)
                for i, v in enumerate([scope, text, lead, miles, tgt, done, brag], start=1):
                    set_cell(cells[i], v)
                lead_l, end, status, end_text = e
                exp.append(expected_action(None, [sec, rec], text, lead_l, end, status, end_text))
                last = row
            if last is not first:
                first.cells[0].merge(last.cells[0])
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("The CSP Board will review this action plan quarterly until all actions are complete. "
                      "Single agency actions are monitored by each agency and reported to the DHR Steering Group.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates a London community safety partnership domestic homicide review action plan "
                   "(Hammersmith & Fulham CSP, DHR 'Leona', progress update January 2026) using the Home Office "
                   "DHR action plan columns (recommendation, scope, action to take, lead agency, key milestones "
                   "achieved, target date, date of completion and outcome; see the Home Office domestic homicide "
                   "review statutory guidance). Copied features: CSP name and title, review-details table, BRAG "
                   "letter key as a sentence, separate overview-report and single-agency recommendation tables, "
                   "recommendation cells merged down over their actions, no action numbers, a revised target "
                   "written in the completion column."),
        "reads": ("A Word DHR action plan: a review-details table (not actions), then an overview-report table of "
                  "three recommendations with five actions and a single-agency table of two recommendations with "
                  "three actions. Actions have no refs; each has a lead, a target date, sometimes a completion "
                  "note (one gives a revised target, February 2026) and a BRAG letter."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


# ---------------------------------------------------------------------------
# 6. Safer Westminster Partnership - Year 2 delivery plan 2025/26 (csv, refuse): a
#    spreadsheet saved as CSV - title and period lines, blank line, header, priority
#    written only on the first row of each block, month-year timescales, RAG words.
#    One timescale cell reads "0ct 2025" (zero for O): a careful reader stops there.
# ---------------------------------------------------------------------------
def make_csp():
    name = "fx2-safer-westminster-partnership-delivery-plan-2025-26-typo-month-refuse.csv"
    title = "Safer Westminster Partnership Strategy 2024-27 – Year 2 Delivery Plan 2025/26"
    P1 = "Priority 1: Tackling violence against women and girls"
    P2 = "Priority 2: Reducing serious violence and exploitation"
    P3 = "Priority 3: Anti-social behaviour and street-based issues"
    P4 = "Priority 4: Community confidence and voice"
    rows = [
        [title, "", "", "", "", "", ""],
        ["Q2 progress report (July – September 2025)", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Priority", "Ref", "Action", "Lead partner(s)", "Timescale", "Q2 update", "RAG"],
        [P1, "1.1", "Roll out the Ask for Angela and Safe Havens scheme to all licensed premises in the West End "
                    "cumulative impact zone", "WCC Licensing; Met Police Central West BCU", "Dec 2025",
         "148 venues signed up, training sessions continuing", "Green"],
        ["", "1.2", "Commission a specialist IDVA post based in the St Mary’s Hospital emergency department",
         "WCC VAWG Lead / NWL ICB", "Sept 2025", "IDVA in post from 1 September", "Complete"],
        ["", "1.3", "Deliver the VAWG bystander training programme to night-time economy staff",
         "Night Time Economy Manager", "Mar 2026", "Dates confirmed for Q3", "Amber"],
        [P2, "2.1", "Publish the 2025/26 refresh of the Serious Violence Duty strategic needs assessment",
         "Serious Violence Duty Lead", "Nov 2025", "Data returns received from all specified authorities", "Green"],
        ["", "2.2", "Expand the hospital youth work programme at St Mary’s to weekend evenings",
         "Redthread; WCC Youth Services", "0ct 2025", "Weekend rota agreed, recruitment under way", "Amber"],
        ["", "2.3", "Deliver county lines awareness sessions in every Westminster secondary school",
         "Integrated Gangs and Exploitation Unit", "Mar 2026", "12 of 19 schools booked", "Green"],
        [P3, "3.1", "Run weekly joint operations with the Rough Sleeping Team and Met Police in the Strand and "
                    "Victoria areas", "WCC Rough Sleeping Team / Met Police Safer Neighbourhood Teams", "Ongoing",
         "Weekly operations in place since April", "Green"],
        ["", "3.2", "Review the Public Spaces Protection Order for the West End before it expires",
         "Head of Community Safety", "Feb 2026", "Consultation to open in November", "Green"],
        [P4, "4.1", "Hold quarterly ward-level community safety meetings in each of the 18 wards",
         "Community Safety Partnership Manager", "Quarterly", "Meetings held in 15 wards in Q2", "Amber"],
    ]
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    refuse_at = next(i for i, ln in enumerate(lines, start=1) if "0ct 2025" in ln)

    write_expected(name, {
        "source": ("Imitates a community safety partnership annual delivery plan saved from Excel as CSV (Safer "
                   "Westminster Partnership Strategy 2024-27, Year 2 delivery plan 2025/26, Q2 progress; the "
                   "strategy was approved by Westminster City Council in 2024, committees.westminster.gov.uk). "
                   "Copied features: title and reporting-period lines, blank spacer line, priority written only on "
                   "the first row of each block, numbered actions, lead partners separated by ';' or '/', "
                   "month-year timescales, Ongoing/Quarterly timescales, RAG words including Complete."),
        "reads": (f"A CSP delivery plan with four priorities and ten numbered actions. Action 2.2 on line "
                  f"{refuse_at} has the timescale '0ct 2025', written with a zero instead of the letter O; a "
                  "careful reader would stop and ask whether October 2025 was meant before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_at,
        "title": title,
    })
    return name, 10


# ---------------------------------------------------------------------------
# 7. Cherwell DC - Leadership Risk Register Q2 2025/26 (txt, tab-separated export):
#    title and position lines, a scoring/status key line, header, one block per risk
#    with risk columns only on the first row and further mitigating actions on
#    continuation rows, direction-of-travel arrows, dates as Mmm-yy, dd/mm/yyyy,
#    "Q3 2025/26" and "Ongoing - annual", action status letters with C = Complete.
# ---------------------------------------------------------------------------
def make_risk():
    name = "fx2-cherwell-dc-leadership-risk-register-q2-2025-26.txt"
    title = "Cherwell District Council – Leadership Risk Register, Quarter 2 2025/26"
    header = ["Risk", "Risk owner", "Inherent score", "Residual score", "Direction of travel",
              "Further mitigating action", "Action owner", "Target date", "Action status", "Comments"]
    L = [
        ("L01 - Financial Resilience", "Assistant Director of Finance (S151 Officer)", "20", "16", "↔", [
            ("Deliver the 2026/27 budget savings proposals and present a balanced Medium Term Financial Strategy "
             "to Executive", "Assistant Director of Finance (S151 Officer)", "Feb-26", "G",
             "Budget-setting timetable on track",
             (["Assistant Director of Finance (S151 Officer)"], "2026-02", "green", None)),
            ("Model the impact of the Fair Funding Review settlement on the Medium Term Financial Strategy",
             "Head of Finance", "Dec-25", "G", "",
             (["Head of Finance"], "2025-12", "green", None)),
        ]),
        ("L02 - Local Government Reorganisation", "Chief Executive", "20", "15", "↑", [
            ("Submit the Council’s proposal for unitary local government in Oxfordshire to government",
             "Chief Executive", "28/11/2025", "G", "Proposal to Full Council in November",
             (["Chief Executive"], "2025-11", "green", None)),
            ("Establish an LGR programme board with workforce and member engagement workstreams",
             "LGR Programme Director", "Sep-25", "C", "Programme board met 11 September 2025",
             (["LGR Programme Director"], "2025-09", "blue", None)),
        ]),
        ("L03 - Cyber Security", "Head of Digital and IT", "20", "12", "↔", [
            ("Complete the PSN health check remediation actions", "IT Security Manager", "Jan-26", "A",
             "Two high-risk items outstanding pending supplier patch",
             (["IT Security Manager"], "2026-01", "amber", None)),
            ("Run a council-wide phishing simulation and refresher training", "IT Security Manager; HR Business "
             "Partner", "Oct-25", "G", "",
             (["IT Security Manager", "HR Business Partner"], "2025-10", "green", None)),
        ]),
        ("L04 - Housing Delivery and Homelessness Demand", "Assistant Director Housing", "16", "12", "↑", [
            ("Open 20 additional units of temporary accommodation in Banbury", "Housing Options Manager",
             "Q3 2025/26", "R", "Discharge of planning conditions delayed; forecast slip to Q4",
             (["Housing Options Manager"], "2025-12", "red", None)),
        ]),
        ("L05 - Health and Safety", "Assistant Director Environmental Services", "15", "8", "↓", [
            ("Roll out new lone working devices to all field-based staff", "Health and Safety Manager", "Aug-25",
             "C", "146 devices issued",
             (["Health and Safety Manager"], "2025-08", "blue", None)),
            ("Refresh fire risk assessments for all operational buildings", "Facilities Manager", "31/03/2026", "G",
             "", (["Facilities Manager"], "2026-03", "green", None)),
        ]),
        ("L06 - Business Continuity and Emergency Planning", "Assistant Director Regulatory Services", "12", "8",
         "↔", [
            ("Exercise the corporate business continuity plan against a cyber scenario with the Thames Valley Local "
             "Resilience Forum", "Emergency Planning Officer", "Ongoing - annual", "G", "Next exercise March 2026",
             (["Emergency Planning Officer"], None, "green", "Ongoing - annual")),
        ]),
    ]
    lines = [title,
             "Position at 30 September 2025 – reviewed by the Corporate Leadership Team",
             "Scores are likelihood (1-5) x impact (1-5); residual score is after existing controls. "
             "Action status: C = Complete, G = On track, A = Some slippage, R = Significant slippage.",
             "",
             "\t".join(header)]
    exp = []
    for (risk, owner, inh, res, dot, acts) in L:
        for k, (text, aowner, tgt, st, comm, e) in enumerate(acts):
            lead = [risk, owner, inh, res, dot] if k == 0 else ["", "", "", "", ""]
            lines.append("\t".join(lead + [text, aowner, tgt, st, comm]))
            lead_l, end, status, end_text = e
            exp.append(expected_action(None, [risk], text, lead_l, end, status, end_text))
    lines.append("")
    lines.append("Direction of travel: ↑ risk increasing, ↔ no change, ↓ risk reducing (since Quarter 1).")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": ("Imitates a district council leadership (strategic) risk register exported to tab-separated "
                   "text (Cherwell District Council Leadership Risk Register, reported quarterly to the Accounts, "
                   "Audit and Risk Committee, modgov.cherwell.gov.uk, 2025/26). Copied features: title and "
                   "position-date lines, scoring and action-status key line, inherent and residual scores, "
                   "direction-of-travel arrows, one block per risk with the risk columns filled only on its first "
                   "row and further mitigating actions on continuation rows, action owners, mixed target-date "
                   "forms, a direction-of-travel note at the end."),
        "reads": ("A tab-separated risk register with six leadership risks (L01-L06). Under each risk are one or "
                  "two further mitigating actions, ten in all, without refs; each has an action owner, a target "
                  "date and a status letter read with the key (C = complete)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


if __name__ == "__main__":
    for fn in (make_sar, make_icb, make_transformation, make_maternity, make_dhr, make_csp, make_risk):
        n, k = fn()
        print(f"{n}: {k} actions")
