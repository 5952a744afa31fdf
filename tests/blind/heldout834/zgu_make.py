#!/usr/bin/env python
"""Build the seven zgu- blind test files (set heldout834).

Run:  python zgu_make.py             -> writes the data files
      python zgu_make.py --expected  -> also writes the NAME.expected.yaml files

Only files whose names start with "zgu-" are written.
"""
import csv
import datetime as dt
import io
import os
import sys

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F3864"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def A(_ref, _under, _action, _lead, _end, _status, end_text=None, **cells):
    """One action: what the file shows (cells) and how a person reads it."""
    exp = {"ref": _ref, "under": _under, "action": _action, "lead": _lead, "end": _end}
    if end_text is not None:
        exp["end_text"] = end_text
    exp["status"] = _status
    return {"exp": exp, "cells": cells}


CASES = []  # (filename, meta, actions)

# ---------------------------------------------------------------------------
# 1. HMP/YOI Sudbury - HMIP inspection action plan (xlsx)
# ---------------------------------------------------------------------------
SUD_FILE = "zgu-hmp-yoi-sudbury-hmip-inspection-action-plan.xlsx"
SUD_TITLE = "Action Plan: HMP/YOI Sudbury"
SUD_P = "Priority concerns"
SUD_K = "Key concerns"
SUD_C = {
    1: "Too many prisoners were using illicit drugs, and leaders had not done enough to reduce either the supply of drugs or the demand for them.",
    2: "Much of the residential accommodation was old, grubby and in poor condition, and some rooms were cramped and poorly ventilated.",
    3: "Too few prisoners were able to study English and mathematics at level 2, which limited their prospects of employment on release.",
    4: "Too many prisoners waited too long for a routine mental health assessment.",
    5: "Delays in recategorisation reviews and release on temporary licence (ROTL) boards held up some prisoners' progression.",
}
SUD_RESP = {1: "Agreed", 2: "Agreed", 3: "Agreed", 4: "Partly Agreed", 5: "Agreed"}
SUD_ACTIONS = [
    (1, A("1.1", [SUD_P, SUD_C[1]],
          "Complete a drug and alcohol needs analysis and use it to publish a local Drug Strategy with a supporting action plan, reviewed at the monthly Drug Strategy Committee.",
          ["Head of Security", "Head of Reducing Reoffending"], "2024-01", "blue",
          owner="Head of Security / Head of Reducing Reoffending", target=d(2024, 1, 31), revised=None,
          update="Needs analysis completed December 2023; strategy published February 2024 and reviewed monthly.",
          rag=BLUE)),
    (1, A("1.2", [SUD_P, SUD_C[1]],
          "Increase intelligence-led and suspicion drug testing so that at least 90% of suspicion tests are completed within the required timescale.",
          ["Head of Security"], "2024-09", "amber",
          owner="Head of Security", target=d(2024, 3, 31), revised=d(2024, 9, 30),
          update="Completion improved to 78% in June 2024; additional OSG hours agreed from August.",
          rag=AMBER)),
    (1, A("1.3", [SUD_P, SUD_C[1]],
          "Open an incentivised substance-free living unit on C Unit, with compact-based testing and priority access to ROTL assessment.",
          ["Head of Residential and Safety"], "2024-06", "green",
          owner="Head of Residential and Safety", target=d(2024, 6, 30), revised=None,
          update="Unit opened 3 June 2024 with 24 residents; first evaluation due October 2024.",
          rag=GREEN)),
    (2, A("2.1", [SUD_P, SUD_C[2]],
          "Commission a full condition survey of all residential units and submit a prioritised capital bid to the Prison Group Director.",
          ["Head of Operations"], "2024-02", "blue",
          owner="Head of Operations", target=d(2024, 2, 29), revised=None,
          update="Survey completed; bid submitted 20 February 2024.",
          rag=BLUE)),
    (2, A("2.2", [SUD_P, SUD_C[2]],
          "Deliver a rolling refurbishment programme, starting with the showers and communal areas on A and B Units, using the prisoner works party where possible.",
          ["Head of Operations", "FM Contract Manager"], "2024-12", "green",
          owner="Head of Operations; FM Contract Manager", target=d(2024, 12, 31), revised=None,
          update="A Unit showers complete; B Unit scheduled for October 2024.",
          rag=GREEN)),
    (3, A("3.1", [SUD_K, SUD_C[3]],
          "Work with the education provider to introduce two evening functional skills classes at level 2 each week, so that prisoners working on ROTL can attend.",
          ["Head of Education, Skills and Work"], "2024-09", "green",
          owner="Head of Education, Skills and Work", target="Sept 2024", revised=None,
          update="Timetable agreed with provider; classes start 9 September 2024.",
          rag=GREEN)),
    (4, A("4.1", [SUD_K, SUD_C[4]],
          "Agree a revised referral pathway with the healthcare provider so that all routine mental health referrals are triaged within five working days.",
          ["Healthcare Partnership Manager"], "2024-03", "blue",
          owner="Healthcare Partnership Manager", target=d(2024, 3, 31), revised=None,
          update="Pathway agreed March 2024; May audit showed 94% triaged within five days.",
          rag=BLUE)),
    (5, A("5.1", [SUD_K, SUD_C[5]],
          "Recruit two additional case administrators to the Offender Management Unit and clear the backlog of overdue ROTL boards.",
          ["Head of Offender Management Delivery"], "2024-08", "red",
          owner="Head of Offender Management Delivery", target=d(2024, 4, 30), revised=d(2024, 8, 31),
          update="One post filled July 2024; second post re-advertised. 41 boards still overdue.",
          rag=RED)),
    (5, A("5.2", [SUD_K, SUD_C[5]],
          "Report ROTL board timeliness to the monthly Performance Meeting, with exceptions escalated to the Deputy Governor.",
          ["Head of Offender Management Delivery"], None, "green", end_text="Monthly",
          owner="Head of Offender Management Delivery", target="Monthly", revised=None,
          update="Included in Performance Meeting pack from May 2024.",
          rag=GREEN)),
]


def build_sudbury(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [10, 48, 14, 9, 55, 30, 13, 13, 45, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = SUD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Action Plan Submitted: 8 January 2024"
    ws["A3"] = "A Response to the HMIP Inspection: 24 July – 3 August 2023"
    ws["A4"] = "Report Published: 30 October 2023"
    ws["A5"] = "Progress position as at 31 July 2024 (reviewed at Senior Leadership Team, 6 August 2024)"
    ws["A5"].font = Font(italic=True)
    for r in range(2, 6):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    hdr = ["Concern No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action No.", "Action(s)",
           "Responsible Owner", "Target Date", "Revised Target Date", "Progress Update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=7, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HEAD)
        cell.alignment = WRAP
        cell.border = BORDER
    row = 8
    current_section = None
    # group actions by concern
    groups = []
    for cno, act in SUD_ACTIONS:
        if groups and groups[-1][0] == cno:
            groups[-1][1].append(act)
        else:
            groups.append((cno, [act]))
    for cno, acts in groups:
        section = acts[0]["exp"]["under"][0]
        if section != current_section:
            ws.cell(row=row, column=1, value=section).font = Font(bold=True)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
            ws.cell(row=row, column=1).fill = fill(GREY)
            current_section = section
            row += 1
        first = row
        for act in acts:
            c = act["cells"]
            ws.cell(row=row, column=4, value=act["exp"]["ref"])
            ws.cell(row=row, column=5, value=act["exp"]["action"])
            ws.cell(row=row, column=6, value=c["owner"])
            tcell = ws.cell(row=row, column=7, value=c["target"])
            if isinstance(c["target"], dt.datetime):
                tcell.number_format = "dd/mm/yyyy"
            rcell = ws.cell(row=row, column=8, value=c["revised"])
            if c["revised"] is not None:
                rcell.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=9, value=c["update"])
            ws.cell(row=row, column=10).fill = fill(c["rag"])
            for col in range(1, 11):
                ws.cell(row=row, column=col).alignment = WRAP
                ws.cell(row=row, column=col).border = BORDER
            row += 1
        last = row - 1
        ws.cell(row=first, column=1, value=cno)
        ws.cell(row=first, column=2, value=SUD_C[cno])
        ws.cell(row=first, column=3, value=SUD_RESP[cno])
        if last > first:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    row += 1
    ws.cell(row=row, column=1,
            value="Note: target dates may be subject to change in line with national prison capacity measures. RAG ratings are explained on the Key sheet.")
    ws.cell(row=row, column=1).font = Font(italic=True, size=9)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
    ws.freeze_panes = "A8"

    s2 = wb.create_sheet("Summary")
    s2["A1"] = "RAG summary at 31 July 2024"
    s2["A1"].font = Font(bold=True)
    counts = {}
    for _, act in SUD_ACTIONS:
        counts[act["cells"]["rag"]] = counts.get(act["cells"]["rag"], 0) + 1
    s2.append([])
    s2.append(["RAG", "Number of actions"])
    for name, col in (("Blue", BLUE), ("Green", GREEN), ("Amber", AMBER), ("Red", RED)):
        s2.append([name, counts.get(col, 0)])
        s2.cell(row=s2.max_row, column=1).fill = fill(col)
    s2.append(["Total", len(SUD_ACTIONS)])
    s2.cell(row=s2.max_row, column=1).font = Font(bold=True)
    s2.column_dimensions["A"].width = 14
    s2.column_dimensions["B"].width = 20

    s3 = wb.create_sheet("Key")
    s3["A1"] = "RAG key"
    s3["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate(((BLUE, "Action complete"),
                                    (GREEN, "On track to meet target date"),
                                    (AMBER, "At risk – revised target date agreed"),
                                    (RED, "Overdue / off track – escalated to Governor")), start=3):
        s3.cell(row=i, column=1).fill = fill(col)
        s3.cell(row=i, column=2, value=txt)
    s3.column_dimensions["B"].width = 45
    wb.save(path)


CASES.append((SUD_FILE, {
    "source": (
        "Imitates the HMPPS action plan an establishment publishes after an HM Inspectorate of Prisons "
        "full inspection, here HMP/YOI Sudbury (open prison, Derbyshire; inspected 24 July - 3 August 2023, "
        "report published 30 October 2023, "
        "https://hmiprisons.justiceinspectorates.gov.uk/news/report-published-week-commencing-30-october-2023). "
        "Copies the HMPPS template title block (Action Plan: ..., Action Plan Submitted, A Response to the HMIP "
        "Inspection, Report Published), the post-2022 priority/key concerns split, the Agreed / Partly Agreed "
        "column and owner/target date per action (template seen in published plans such as HMP The Verne and "
        "HMP Elmley), turned into a local progress tracker: merged concern cells over several actions, "
        "section rows, original and revised target dates, progress comments, fill-colour RAG with no text, "
        "a Summary sheet with totals and a Key sheet."),
    "reads": (
        "A prison's tracker of its HMIP inspection concerns: five concerns under Priority concerns and Key "
        "concerns, each concern (merged cell) answered by one to three numbered actions with owner, target "
        "and revised target date, a progress update and a coloured RAG cell explained on the Key sheet. "
        "Nine actions; the Summary and Key sheets hold no actions."),
    "title": SUD_TITLE,
}, [a for _, a in SUD_ACTIONS]))

# ---------------------------------------------------------------------------
# 2. Cambridgeshire FRS - internal audit management actions tracker (xlsx)
# ---------------------------------------------------------------------------
CFR_FILE = "zgu-cambridgeshire-fire-rescue-service-internal-audit-recommendations-tracker.xlsx"
CFR_TITLE = "Cambridgeshire Fire and Rescue Service – Internal Audit Management Actions Tracker"
CFR_G = {
    "PAY": "Payroll (2.23/24) – Reasonable assurance",
    "FLT": "Fleet Management (4.23/24) – Partial assurance",
    "SAF": "Safeguarding (6.23/24) – Reasonable assurance",
    "CYB": "Cyber Security (1.24/25) – Partial assurance",
    "PRO": "Procurement and Contract Management (3.24/25) – Reasonable assurance",
}
LETTER = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def cfr(ref, grp, prio, action, owner, lead, orig, rev, prev, cur, upd, end, end_text=None):
    return A(ref, [CFR_G[grp]], action, lead, end, LETTER[cur], end_text=end_text,
             grp=grp, prio=prio, owner=owner, orig=orig, rev=rev, prev=prev, cur=cur, upd=upd)


CFR_ACTIONS = [
    cfr("PAY-01", "PAY", "Medium",
        "Payroll will reconcile starters and leavers reported by HR to the monthly payroll exception report, with evidence of the review retained.",
        "Head of HR / Payroll Manager", ["Head of HR", "Payroll Manager"],
        d(2024, 3, 31), d(2024, 6, 30), "A", "B",
        "Reconciliation in place from April 2024; evidence sampled by internal audit in October 2024.", "2024-06"),
    cfr("FLT-01", "FLT", "High",
        "All vehicle defects reported through the defect app will be triaged within 24 hours and the triage outcome recorded in the fleet management system.",
        "Fleet and Equipment Manager", ["Fleet and Equipment Manager"],
        d(2024, 5, 31), d(2025, 2, 28), "A", "A",
        "App upgrade delivered November 2024; triage KPI report being built.", "2025-02"),
    cfr("FLT-02", "FLT", "Medium",
        "The vehicle replacement programme will be refreshed, aligned to the Medium Term Financial Strategy and approved by the Service Leadership Team.",
        "Head of Property and Fleet", ["Head of Property and Fleet"],
        d(2024, 9, 30), "Q4 2024/25", "G", "A",
        "Draft programme prepared; awaiting capital settlement before SLT approval.", "2025-03", end_text="Q4 2024/25"),
    cfr("SAF-01", "SAF", "Medium",
        "Safeguarding training will be made mandatory for all on-call firefighters, with completion monitored through the learning management system and reported quarterly.",
        "Safeguarding Lead; Head of Training", ["Safeguarding Lead", "Head of Training"],
        d(2024, 7, 31), None, "G", "B",
        "Completion at 96%; quarterly reporting to SLT established.", "2024-07"),
    cfr("SAF-02", "SAF", "Low",
        "The Safeguarding Policy will be updated to reflect the revised Cambridgeshire and Peterborough Safeguarding Partnership Board procedures.",
        "Safeguarding Lead", ["Safeguarding Lead"],
        d(2025, 3, 31), None, "G", "G",
        "Draft policy out for consultation with representative bodies.", "2025-03"),
    cfr("CYB-01", "CYB", "High",
        "Multi-factor authentication will be enforced for all remote access accounts, including third-party support accounts.",
        "Head of ICT", ["Head of ICT"],
        d(2024, 11, 30), None, "A", "R",
        "Staff accounts complete; three supplier accounts outstanding and escalated to supplier account managers.", "2024-11"),
    cfr("CYB-02", "CYB", "Medium",
        "A cyber incident response plan will be put in place and tested through a desktop exercise with the Service Leadership Team.",
        "Head of ICT / Business Continuity Officer", ["Head of ICT", "Business Continuity Officer"],
        d(2025, 3, 31), None, None, "G",
        "Exercise booked for 12 March 2025.", "2025-03"),
    cfr("PRO-01", "PRO", "Medium",
        "A single contracts register will be maintained centrally and published quarterly in line with the Local Government Transparency Code.",
        "Procurement Manager", ["Procurement Manager"],
        d(2025, 1, 31), None, None, "G",
        "Register populated; first publication planned for January 2025.", "2025-01"),
]


def build_cambs(path):
    wb = openpyxl.Workbook()
    s1 = wb.active
    s1.title = "Summary"
    s1["A1"] = CFR_TITLE
    s1["A1"].font = Font(bold=True, size=13)
    s1["A2"] = "Summary of follow-up position – Overview and Scrutiny Committee, 23 January 2025"
    hdr = ["Audit", "Assurance opinion", "Actions agreed", "Implemented", "On track",
           "Revised date agreed", "Overdue"]
    for c, h in enumerate(hdr, 1):
        cell = s1.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BORDER
    r = 6
    tot = [0, 0, 0, 0, 0]
    for key, label in CFR_G.items():
        name, opinion = label.split(" – ")
        acts = [a for a in CFR_ACTIONS if a["cells"]["grp"] == key]
        cur = [a["cells"]["cur"] for a in acts]
        vals = [len(acts), cur.count("B"), cur.count("G"), cur.count("A"), cur.count("R")]
        tot = [x + y for x, y in zip(tot, vals)]
        for c, v in enumerate([name, opinion] + vals, 1):
            s1.cell(row=r, column=c, value=v).border = BORDER
        r += 1
    for c, v in enumerate(["Total", ""] + tot, 1):
        cell = s1.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BORDER
    s1.column_dimensions["A"].width = 38
    s1.column_dimensions["B"].width = 20
    for col in "CDEFG":
        s1.column_dimensions[col].width = 13

    ws = wb.create_sheet("Management Actions")
    ws["A1"] = CFR_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position as at 31 December 2024. Actions rated B (implemented) will be removed after this report to Committee."
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Priority", "Management action", "Action owner", "Original implementation date",
           "Revised implementation date", "Previous RAG", "Current RAG", "Management update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
        cell.alignment = WRAP
        cell.border = BORDER
    widths = [9, 9, 60, 30, 14, 14, 10, 10, 45]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 5
    grp = None
    for a in CFR_ACTIONS:
        c = a["cells"]
        if c["grp"] != grp:
            grp = c["grp"]
            ws.cell(row=r, column=1, value=CFR_G[grp]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
        vals = [a["exp"]["ref"], c["prio"], a["exp"]["action"], c["owner"], c["orig"], c["rev"],
                c["prev"], c["cur"], c["upd"]]
        for col, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=col, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Key: B = Implemented; G = On track to meet original date; A = Revised date agreed / at risk; R = Overdue")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.freeze_panes = "A5"
    wb.save(path)


CASES.append((CFR_FILE, {
    "source": (
        "Imitates the internal audit follow-up tracker that an English fire and rescue authority's audit "
        "or overview and scrutiny committee receives (RSM-style management actions with High/Medium/Low "
        "priority, original and revised implementation dates, as seen in fire authority and council "
        "committee papers, e.g. Durham and Reading audit committee minutes on overdue actions and revised "
        "target dates), here for Cambridgeshire Fire and Rescue Service, position 31 December 2024. Copies "
        "a Summary sheet with per-audit counts and a totals row, a second sheet with one merged heading row "
        "per audit (name, report number, assurance opinion), Previous RAG and Current RAG letter columns, "
        "job titles as owners (two posts in some cells), a quarter as a revised date, and a key line at the foot."),
    "reads": (
        "An internal audit management actions tracker for the fire service: eight agreed actions grouped "
        "under five audits, each with priority, owner, original and (sometimes) revised date, previous and "
        "current RAG letter and an update. The key line says B = implemented, G on track, A revised date / "
        "at risk, R overdue; the current RAG is the status. The Summary sheet is a totals table, not actions."),
    "title": CFR_TITLE,
}, CFR_ACTIONS))

# ---------------------------------------------------------------------------
# 3. Walkwood Academy Trust - Notice to Improve action plan (xlsx)
# ---------------------------------------------------------------------------
WAL_FILE = "zgu-walkwood-academy-trust-notice-to-improve-action-plan.xlsx"
WAL_TITLE = "Walkwood Academy Trust – Notice to Improve Action Plan"
WAL_C = {
    1: "Condition 1: Commission an external review of governance and implement its recommendations",
    2: "Condition 2: Produce a three-year financial recovery plan that returns the trust to an in-year balanced budget",
    3: "Condition 3: Provide ESFA with monthly management accounts and a cash flow forecast",
    4: "Condition 4: Ensure the trust has suitably qualified and experienced finance capacity",
}
WSTAT = {"C": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}


def wal(ref, cond, action, lead, leads, support, deadline, end, status, comment, end_text=None):
    return A(ref, [WAL_C[cond]], action, leads, end, WSTAT[status], end_text=end_text,
             cond=cond, lead=lead, support=support, deadline=deadline, st=status, comment=comment)


WAL_ACTIONS = [
    wal("1a", 1, "Appoint an independent reviewer from the DfE list of approved providers to carry out an external review of governance.",
        "Chair of Trustees", ["Chair of Trustees"], "Governance Professional", "By 30 April 2024", "2024-04", "C",
        "Reviewer appointed 17 April 2024."),
    wal("1b", 1, "Present the review report and a governance improvement plan to a full meeting of the Board.",
        "Chair of Trustees", ["Chair of Trustees"], "Governance Professional", d(2024, 7, 31), "2024-07", "C",
        "Report and plan approved at Board, 11 July 2024."),
    wal("1c", 1, "Recruit two additional trustees with finance and audit experience.",
        "Chair of Trustees / Governance Professional", ["Chair of Trustees", "Governance Professional"], "Members",
        "Autumn term 2024", "2024-12", "A",
        "One trustee (chartered accountant) appointed October 2024; second vacancy re-advertised.",
        end_text="Autumn term 2024"),
    wal("2a", 2, "Prepare a three-year recovery plan, including a review of the staffing structure, and submit it to ESFA for approval.",
        "CEO / CFO", ["CEO", "CFO"], "Finance Officer", d(2024, 5, 31), "2024-05", "C",
        "Submitted 28 May 2024; ESFA approval received 2 July 2024."),
    wal("2b", 2, "Implement the revised staffing structure following formal consultation with staff and unions.",
        "CEO", ["CEO"], "HR Adviser", d(2025, 3, 31), "2025-03", "G",
        "Consultation closes 24 January 2025."),
    wal("3a", 3, "Produce monthly management accounts and a 12-month cash flow forecast, and send them to all trustees and to ESFA by the 20th of each month.",
        "CFO", ["CFO"], "Finance Officer", "Monthly", None, "G",
        "Sent on time every month since May 2024.", end_text="Monthly"),
    wal("3b", 3, "Set up a Finance, Audit and Risk Committee meeting cycle aligned to the monthly accounts timetable.",
        "Chair of Finance, Audit and Risk Committee", ["Chair of Finance, Audit and Risk Committee"], "Governance Professional",
        "Summer term 2024", "2024-07", "C",
        "Cycle in place from June 2024.", end_text="Summer term 2024"),
    wal("4a", 4, "Appoint a permanent Chief Financial Officer holding a CCAB qualification.",
        "CEO", ["CEO"], "Chair of Trustees", d(2024, 8, 31), "2024-08", "R",
        "Two recruitment rounds unsuccessful; interim CFO contract extended to March 2025."),
    wal("4b", 4, "Commission an independent review of internal financial controls and the scheme of delegation.",
        "Chair of Finance, Audit and Risk Committee", ["Chair of Finance, Audit and Risk Committee"], "CFO",
        "Jan-25", "2025-01", None,
        ""),
]


def build_walkwood(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "NtI Action Plan"
    ws["A1"] = WAL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Notice to Improve issued by ESFA: 14 March 2024  |  Plan approved by the Board of Trustees: "
                "25 April 2024  |  Last updated: 9 December 2024")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A1:H1")
    ws.merge_cells("A2:H2")
    hdr = ["Action No.", "Action", "Lead", "Support", "Deadline", "Evidence / success measure",
           "Status", "Trustee monitoring comment"]
    evidence = {
        "1a": "Letter of engagement", "1b": "Board minutes", "1c": "Skills audit shows finance and audit covered",
        "2a": "ESFA approval letter", "2b": "New structure in place", "3a": "Monthly returns log",
        "3b": "Committee calendar", "4a": "CFO in post", "4b": "Review report to FAR Committee",
    }
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
        cell.border = BORDER
    widths = [9, 55, 28, 20, 16, 30, 8, 45]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 5
    cond = None
    for a in WAL_ACTIONS:
        c = a["cells"]
        if c["cond"] != cond:
            cond = c["cond"]
            ws.cell(row=r, column=1, value=WAL_C[cond]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
        vals = [a["exp"]["ref"], a["exp"]["action"], c["lead"], c["support"], c["deadline"],
                evidence[a["exp"]["ref"]], c["st"], c["comment"] or None]
        for col, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=col, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Status key:  C = Complete   G = On track   A = Some slippage – being managed   R = Off track – Board attention required")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1).font = Font(bold=True, size=9)

    s2 = wb.create_sheet("ESFA monitoring meetings")
    s2.append(["Date", "Attendees", "Summary"])
    for cell in s2[1]:
        cell.font = Font(bold=True)
    s2.append([d(2024, 4, 18), "ESFA Case Lead, CEO, Chair, CFO", "Conditions and draft plan discussed."])
    s2.append([d(2024, 7, 16), "ESFA Case Lead, CEO, CFO", "Recovery plan approved; staffing review timetable agreed."])
    s2.append([d(2024, 10, 22), "ESFA Case Lead, CEO, Chair", "Progress on trustee recruitment and CFO appointment."])
    for row in s2.iter_rows(min_row=2, max_col=1):
        row[0].number_format = "dd/mm/yyyy"
    s2.column_dimensions["A"].width = 12
    s2.column_dimensions["B"].width = 34
    s2.column_dimensions["C"].width = 60
    wb.save(path)


CASES.append((WAL_FILE, {
    "source": (
        "Imitates the action plan an academy trust keeps against a DfE/ESFA Notice to Improve (NtI), here "
        "Walkwood Academy Trust (Redditch), added to the gov.uk list of open notices in spring 2024 "
        "(https://www.gov.uk/government/collections/academy-trust-notices-to-improve). NtI conditions "
        "(external governance review, recovery plan, monthly management accounts, finance capacity) follow "
        "the pattern described for published notices. Copies a title block with issue/approval/update dates, "
        "one merged, shaded row per NtI condition with lettered actions under it, Lead and Support columns, "
        "deadlines mixing dates, 'By ...' text, a school term and 'Monthly', a letter status with the trust's "
        "own key (C = Complete) at the foot, and a second sheet logging ESFA monitoring meetings."),
    "reads": (
        "A trust's plan to meet four Notice to Improve conditions: nine lettered actions (1a-4b) under the "
        "condition rows, with lead, support, deadline, evidence, a status letter read through the key "
        "(C complete, G on track, A slippage, R off track; one action not yet rated) and trustee comments. "
        "The meetings sheet is a log, not actions."),
    "title": WAL_TITLE,
}, WAL_ACTIONS))

# ---------------------------------------------------------------------------
# 4. Probation Service East of England region - HMI Probation action plan (docx)
# ---------------------------------------------------------------------------
PEE_FILE = "zgu-probation-service-east-of-england-region-hmi-probation-inspection-action-plan.docx"
PEE_TITLE = "Action Plan: Probation Service – East of England Region"
PEE_G1 = "Recommendations to the East of England Region"
PEE_G2 = "Recommendations to HM Prison and Probation Service"
PEE_R = {
    1: "Improve the quality of assessment, planning and delivery of work to keep other people safe, making sure that domestic abuse and child safeguarding information is obtained and analysed in every case.",
    2: "Work with police forces and local authorities across the region to simplify and speed up arrangements for sharing domestic abuse and child safeguarding information.",
    3: "Make sure that checks on the suitability of home detention curfew addresses fully consider the risk to women and children living at, or visiting, the address.",
    4: "Reduce the workloads of senior probation officers so that they can provide effective management oversight.",
    5: "Review the national workload measurement tool so that it accurately reflects the time needed for public protection work.",
    6: "Ensure that regions have enough administrative support to allow practitioners to focus on managing risk.",
}
PEE_AG = {1: "Agreed", 2: "Agreed", 3: "Agreed", 4: "Partly Agreed", 5: "Agreed", 6: "Partly Agreed"}
PSTAT = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}


def pee(ref, rec, action, owner, leads, target, end, status, end_text=None):
    grp = PEE_G1 if rec <= 4 else PEE_G2
    return A(ref, [grp, PEE_R[rec]], action, leads, end, PSTAT[status], end_text=end_text,
             rec=rec, owner=owner, target=target, st=status)


PEE_ACTIONS = [
    pee("1.1", 1, "Deliver the regional Risk of Serious Harm practice improvement programme to all probation practitioners, with completion tracked through the learning management system.",
        "Head of Public Protection", ["Head of Public Protection"], "31 March 2025", "2025-03", "On track"),
    pee("1.2", 1, "Introduce monthly management oversight audits of risk assessments in every PDU, with findings reported to the Regional Quality Board.",
        "Heads of PDU", ["Heads of PDU"], "January 2025", "2025-01", "Complete"),
    pee("2.1", 2, "Agree a single regional information-sharing protocol with the six police forces and eleven children's services departments in the region.",
        "Regional Probation Director", ["Regional Probation Director"], "June 2025", "2025-06", "At risk"),
    pee("2.2", 2, "Pilot automated domestic abuse call-out checks with Essex Police and Hertfordshire Constabulary, and evaluate the pilot before wider roll-out.",
        "Head of Partnerships / Head of Operations (Essex)", ["Head of Partnerships", "Head of Operations (Essex)"],
        "30/04/2025", "2025-04", "On track"),
    pee("3.1", 3, "Issue regional practice guidance on home detention curfew address checks and quality assure a sample of 20 checks each month.",
        "Head of Public Protection", ["Head of Public Protection"], "December 2024", "2024-12", "Complete"),
    pee("4.1", 4, "Deploy newly qualified probation officers to the PDUs with the highest vacancy rates and review senior probation officer spans of control at the Regional Workforce Board.",
        "Regional Head of Workforce", ["Regional Head of Workforce"], "Q2 2025/26", "2025-09", "On track", end_text="Q2 2025/26"),
    pee("5.1", 5, "Submit regional workload data and practitioner case studies to the national review of the Workload Measurement Tool.",
        "Regional Head of Performance and Quality", ["Regional Head of Performance and Quality"], "31/01/2025", "2025-01", "Complete"),
    pee("6.1", 6, "Recruit to all funded case administrator vacancies in the region and review the administrative tasks currently carried out by practitioners.",
        "Regional Probation Director", ["Regional Probation Director"], "Ongoing", None, "At risk", end_text="Ongoing"),
]


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


def build_probation(path):
    doc = docx.Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run(PEE_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    for line in ("Action Plan Submitted: 21 November 2024",
                 "A Response to the HMI Probation Inspection: February – June 2024",
                 "Report Published: 3 October 2024",
                 "Progress update: 31 March 2025"):
        q = doc.add_paragraph()
        q.add_run(line).bold = True
    doc.add_heading("INTRODUCTION", level=2)
    doc.add_paragraph(
        "HM Inspectorate of Probation is the independent inspectorate of probation and youth justice services "
        "in England and Wales. In response to the inspection report, HM Prison and Probation Service (HMPPS) "
        "is required to draft a robust and timely action plan to address the recommendations. The action plan "
        "confirms whether recommendations are agreed, partly agreed or not agreed (see categorisations below). "
        "Where a recommendation is agreed or partly agreed, the action plan sets out specific steps to address "
        "it, with the owner and timescale of each step clearly identified.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Term", "Definition", "Additional comment")):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], GREY)
    for term, defn, com in (
            ("Agreed", "All of the recommendation is agreed with, can be achieved and is affordable.",
             "The response should clearly explain how the recommendation will be achieved, with timescales."),
            ("Partly Agreed", "Only part of the recommendation is agreed with, is achievable, affordable and will be implemented.",
             "The response must state clearly which part of the recommendation will be implemented."),
            ("Not Agreed", "The recommendation is not agreed and will not be implemented.",
             "The response must clearly state why the recommendation has not been agreed.")):
        cells = t.add_row().cells
        set_cell(cells[0], term, bold=True)
        set_cell(cells[1], defn)
        set_cell(cells[2], com)
    doc.add_paragraph()
    doc.add_heading("ACTION PLAN", level=2)
    doc.add_paragraph("Status key: Complete (blue); On track (green); At risk (amber); Off track (red).")
    hdr = ["No.", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Action Taken / Planned",
           "Responsible Owner", "Target Date", "Status"]
    tb = doc.add_table(rows=1, cols=len(hdr))
    tb.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(tb.rows[0].cells[i], h, bold=True)
        shade(tb.rows[0].cells[i], "BDD7EE")
    colour = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    grp = None
    by_rec = []
    for a in PEE_ACTIONS:
        if by_rec and by_rec[-1][0] == a["cells"]["rec"]:
            by_rec[-1][1].append(a)
        else:
            by_rec.append((a["cells"]["rec"], [a]))
    for rec, acts in by_rec:
        g = acts[0]["exp"]["under"][0]
        if g != grp:
            grp = g
            row = tb.add_row()
            m = row.cells[0].merge(row.cells[-1])
            set_cell(m, g, bold=True, size=10)
            shade(m, GREY)
        first = None
        last = None
        for a in acts:
            row = tb.add_row()
            c = row.cells
            set_cell(c[3], a["exp"]["ref"] + " " + a["exp"]["action"])
            set_cell(c[4], a["cells"]["owner"])
            set_cell(c[5], a["cells"]["target"])
            set_cell(c[6], a["cells"]["st"])
            shade(c[6], colour[a["cells"]["st"]])
            first = first or row
            last = row
        for col, text in ((0, str(rec)), (1, PEE_R[rec]), (2, PEE_AG[rec])):
            cell = first.cells[col]
            if last is not first:
                cell = cell.merge(last.cells[col])
            set_cell(cell, text)
    widths = [Cm(1.2), Cm(6.5), Cm(2.6), Cm(7.5), Cm(3.6), Cm(2.4), Cm(2.0)]
    for row in tb.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph(
        "Note: delivery against target dates may be affected by national policy changes relating to prison "
        "capacity and early release. Progress is reported quarterly to the Regional Leadership Team.")
    doc.save(path)


# The action cell shows "1.1 Deliver ..." : the ref is the leading number, the action is the text after it.
CASES.append((PEE_FILE, {
    "source": (
        "Imitates the HMPPS response action plan to an HM Inspectorate of Probation regional inspection, here "
        "the East of England region (rated Requires improvement; fieldwork February - June 2024; "
        "https://justiceinspectorates.gov.uk/hmiprobation/?p=23793). Copies the HMPPS template seen in "
        "published probation and prison action plans (docsbay 'Action Plan: [name of CRC or NPS Division]'): "
        "the title block (Action Plan: ..., Action Plan Submitted, A Response to the HMI Probation Inspection, "
        "Report Published), the INTRODUCTION text, the Agreed / Partly Agreed / Not Agreed categorisation table, "
        "then one landscape table with merged full-width rows for recommendations to the region and to HMPPS, "
        "recommendation cells merged down over their numbered actions, owner posts, mixed target dates and a "
        "shaded status word per action, with the status key as a line above the table."),
    "reads": (
        "The regional probation service's plan against six HMI Probation recommendations (four to the region, "
        "two to HMPPS): eight actions written in the Action Taken / Planned cell, each cell starting with the "
        "action's number (1.1, 1.2 ...), each with a "
        "responsible owner, target date and status word (Complete, On track, At risk). The categorisation "
        "table at the top is not part of the plan."),
    "title": PEE_TITLE,
}, PEE_ACTIONS))

# ---------------------------------------------------------------------------
# 5. Concord College - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
CON_FILE = "zgu-concord-college-isi-inspection-action-plan.docx"
CON_TITLE = "Concord College – ISI Inspection Action Plan 2024–25"
CON_S = {
    1: "Section 1: Leadership and management, and governance",
    2: "Section 2: Quality of education, training and recreation",
    3: "Section 3: Pupils' physical and mental health and emotional wellbeing",
}
CON_N = {
    1: "Leaders should make sure that the monitoring of teaching identifies and shares the most effective practice more consistently across departments.",
    2: "Leaders should ensure that pupils who speak English as an additional language receive support that is consistently matched to their needs in all subjects.",
    3: "Leaders should strengthen arrangements for boarders to access wellbeing support during evenings and weekends.",
}
CRAG = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED, "unrated": None}


def con(ref, sec, action, lead, leads, when, end, status, criteria, end_text=None):
    return A(ref, [CON_S[sec], CON_N[sec]], action, leads, end, status, end_text=end_text,
             sec=sec, lead=lead, when=when, criteria=criteria)


CON_ACTIONS = [
    con("1.1", 1, "Introduce a termly cycle of paired lesson observations and departmental reviews, with findings reported to the Senior Leadership Team.",
        "Vice Principal (Academic)", ["Vice Principal (Academic)"], "Summer term 2024", "2024-07", "blue",
        "Every department reviewed once a year; SLT minutes record themes", end_text="Summer term 2024"),
    con("1.2", 1, "Set up a teaching and learning group that meets twice each half-term and shares effective practice through the staff bulletin.",
        "Director of Teaching and Learning", ["Director of Teaching and Learning"], "Michaelmas term 2024", "2024-12", "green",
        "All departments represented; staff survey shows greater sharing of practice", end_text="Michaelmas term 2024"),
    con("2.1", 2, "Assess the English language proficiency of all new pupils on entry and share an individual EAL profile with their teachers.",
        "Head of EAL", ["Head of EAL"], "September 2024", "2024-09", "blue",
        "Profiles on the MIS for 100% of new pupils"),
    con("2.2", 2, "Train all subject teachers in strategies for supporting EAL learners, followed by learning walks to check how well the strategies are used.",
        "Head of EAL / Director of Teaching and Learning", ["Head of EAL", "Director of Teaching and Learning"],
        "October 2024", "2024-10", "green",
        "Training attendance; learning walk findings"),
    con("2.3", 2, "Review the sixth form options blocks so that EAL support sessions do not clash with timetabled lessons.",
        "Deputy Head (Curriculum)", ["Deputy Head (Curriculum)"], "Summer term 2025", "2025-07", "unrated",
        "No clashes in the 2025–26 timetable", end_text="Summer term 2025"),
    con("3.1", 3, "Extend the counselling service to include two evening drop-in sessions each week in the boarding houses.",
        "Head of Boarding / Wellbeing Lead", ["Head of Boarding", "Wellbeing Lead"], "September 2024", "2024-09", "blue",
        "Sessions running; usage logged"),
    con("3.2", 3, "Train all house tutors in mental health first aid.",
        "Head of Boarding", ["Head of Boarding"], "31/12/2024", "2024-12", "amber",
        "Certificates held by all house tutors"),
    con("3.3", 3, "Survey boarders each term about access to wellbeing support and report the results to the Board of Governors.",
        "Head of Boarding", ["Head of Boarding"], "Termly", None, "green",
        "Survey response rate above 70%", end_text="Termly"),
]


def build_concord(path):
    doc = docx.Document()
    landscape(doc)
    doc.add_heading(CON_TITLE, level=0)
    doc.add_paragraph("Following the ISI routine inspection of 5–7 March 2024 (report published 17 April 2024). "
                      "RAG position as at 2 December 2024.")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in (("Document owner", "Principal"), ("Version", "3.0"), ("Approved by", "Board of Governors"),
                 ("Date approved", "20 June 2024"), ("Next review", "Education Committee, February 2025")):
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], GREY)
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "The inspection found that the Independent School Standards and the National Minimum Standards for "
        "Boarding Schools are met. Inspectors identified the recommended next steps below, which have been "
        "built into the College Development Plan. Progress is reviewed by the Senior Leadership Team each "
        "half-term and by the Education Committee of the Board of Governors each term.")
    hdr = ["No.", "Action", "Lead(s)", "By when", "Success criteria / evidence", "RAG"]
    widths = [Cm(1.2), Cm(9.5), Cm(4.5), Cm(3.2), Cm(6.0), Cm(1.5)]
    for sec in (1, 2, 3):
        doc.add_heading(CON_S[sec], level=1)
        lab = doc.add_paragraph()
        lr = lab.add_run("ISI recommended next step")
        lr.italic = True
        lr.font.size = Pt(9)
        np_ = doc.add_paragraph()
        np_.add_run(CON_N[sec]).bold = True
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "DEEAF6")
        for a in CON_ACTIONS:
            if a["cells"]["sec"] != sec:
                continue
            c = t.add_row().cells
            set_cell(c[0], a["exp"]["ref"])
            set_cell(c[1], a["exp"]["action"])
            set_cell(c[2], a["cells"]["lead"])
            set_cell(c[3], a["cells"]["when"])
            set_cell(c[4], a["cells"]["criteria"])
            set_cell(c[5], "")
            col = CRAG[a["exp"]["status"]]
            if col:
                shade(c[5], col)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.add_heading("Section 4: Pupils' social and economic education and contribution to society", level=1)
    doc.add_paragraph("No recommended next step. The College will continue to develop its community service programme "
                      "through the Sixth Form Council.")
    doc.add_heading("Section 5: Safeguarding", level=1)
    doc.add_paragraph("No recommended next step. Safeguarding arrangements will continue to be reviewed through the "
                      "annual safeguarding audit presented to the Board of Governors.")
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, txt in ((BLUE, "Completed"), (GREEN, "On track"), (AMBER, "Some slippage – action being taken"),
                     (RED, "Not on track"), (None, "Not yet started")):
        cells = k.add_row().cells
        set_cell(cells[0], "")
        if col:
            shade(cells[0], col)
        set_cell(cells[1], txt)
    doc.save(path)


CASES.append((CON_FILE, {
    "source": (
        "Imitates an independent school's post-inspection action plan after an ISI routine inspection under "
        "the September 2023 framework (reports give 'recommended next steps' where the Standards are met, "
        "organised by the framework sections; https://www.isi.net/inspection-explained/inspection-handbook/"
        "interactive-version/evaluation-and-reporting), here Concord College, a boarding school near "
        "Shrewsbury. Copies a title heading, a document-control table, an introductory paragraph, one "
        "heading per ISI framework section with the recommended next step set out above its own action "
        "table, leads as posts (two in some cells), 'By when' as terms (Summer, Michaelmas), months, a date "
        "and 'Termly', RAG shown only by cell shading with a RAG key table at the end, and sections with "
        "no next step and no table."),
    "reads": (
        "The college's plan against three ISI recommended next steps, each under its framework section "
        "heading: eight numbered actions in three tables, each with lead(s), a 'by when' and a shaded RAG "
        "cell read through the RAG key (blue completed, green on track, amber slippage, unshaded not yet "
        "started). The document-control and RAG key tables are not actions."),
    "title": CON_TITLE,
}, CON_ACTIONS))

# ---------------------------------------------------------------------------
# 6. Woodhouse College - Ofsted post-inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
WOO_FILE = "zgu-woodhouse-college-ofsted-post-inspection-action-plan.txt"
WOO_TITLE = "Woodhouse College – Post-Inspection Action Plan"
WOO_T = {
    1: "Quality of education",
    2: "Behaviour and attitudes",
    3: "Personal development",
    4: "Leadership and management",
}
WOO_AFI = {
    1: "Leaders should ensure that teachers in a minority of A-level subjects check students' understanding thoroughly before moving on to new topics.",
    2: "Leaders should improve attendance in the small number of subjects where it is too low.",
    3: "Leaders should ensure that all students benefit from a planned programme of employer encounters and work experience.",
    4: "Governors should receive more precise information about the quality of education in individual subjects so that they can challenge leaders effectively.",
}
WSTAT2 = {"Complete": "blue", "On track": "green", "Behind schedule": "amber", "At risk": "red"}


def woo(ref, afi, action, lead, leads, support, target, end, impact, status, end_text=None):
    return A(ref, [WOO_T[afi], WOO_AFI[afi]], action, leads, end, WSTAT2[status], end_text=end_text,
             afi=afi, lead=lead, support=support, target=target, impact=impact, st=status)


WOO_ACTIONS = [
    woo("1.1", 1, "Introduce a college-wide framework for retrieval practice and questioning, supported by fortnightly CPD sessions.",
        "Assistant Principal (Teaching, Learning and Assessment)", ["Assistant Principal (Teaching, Learning and Assessment)"],
        "Heads of Department", "28/02/2025", "2025-02",
        "Learning walks show checking for understanding in at least 90% of lessons", "Complete"),
    woo("1.2", 1, "Carry out subject reviews in the four subjects identified by inspectors, followed by individual coaching for teachers.",
        "Deputy Principal (Curriculum and Quality)", ["Deputy Principal (Curriculum and Quality)"],
        "Subject coaches", "30/04/2025", "2025-04",
        "Review grades improve from RI to good in all four subjects", "On track"),
    woo("2.1", 2, "Introduce first-day absence calls and weekly attendance panels for students whose attendance is below 90%.",
        "Head of Student Services", ["Head of Student Services"],
        "Progress Tutors", "31/01/2025", "2025-01",
        "College attendance at or above 92%", "Complete"),
    woo("2.2", 2, "Report attendance by subject to the Senior Leadership Team each week and to the Quality and Curriculum Committee each term.",
        "Deputy Principal (Curriculum and Quality)", ["Deputy Principal (Curriculum and Quality)"],
        "Data Manager", "Termly", None,
        "Committee minutes show challenge on subject attendance", "On track", end_text="Termly"),
    woo("3.1", 3, "Appoint a Careers and Employer Engagement Coordinator.",
        "Assistant Principal (Student Experience)", ["Assistant Principal (Student Experience)"],
        "HR Manager", "March 2025", "2025-03",
        "Post filled", "Behind schedule"),
    woo("3.2", 3, "Build a calendar of employer encounters for every subject area so that every first-year student completes at least one encounter, recorded on Unifrog.",
        "Assistant Principal (Student Experience) / Careers Leader", ["Assistant Principal (Student Experience)", "Careers Leader"],
        "", "Summer term 2025", "2025-07",
        "100% of first-year students record at least one employer encounter", "On track", end_text="Summer term 2025"),
    woo("3.3", 3, "Secure 40 work experience placements for students on the medicine and law enrichment programmes.",
        "Careers Leader", ["Careers Leader"],
        "Heads of Department", "31/07/2025", "2025-07",
        "40 placements confirmed", "At risk"),
    woo("4.1", 4, "Redesign the Quality and Curriculum Committee report to include a dashboard for each subject.",
        "Clerk to the Corporation; Deputy Principal (Curriculum and Quality)", ["Clerk to the Corporation", "Deputy Principal (Curriculum and Quality)"],
        "", "March 2025", "2025-03",
        "Governors' minutes record subject-level challenge", "Complete"),
]


def build_woodhouse(path):
    lines = [WOO_TITLE,
             "Ofsted inspection: 12–15 November 2024 (report published 13 January 2025)",
             "Approved by the Corporation: 4 February 2025. Monitored termly by the Quality and Curriculum Committee.",
             "",
             "\t".join(["Ref", "Area for improvement / action", "Lead", "Support", "Target date",
                        "Impact measure", "Status (April 2025)"])]
    afi = None
    for a in WOO_ACTIONS:
        c = a["cells"]
        if c["afi"] != afi:
            afi = c["afi"]
            lines.append("\t".join(["", WOO_T[afi], "", "", "", "", ""]))
            lines.append("\t".join(["AFI %d" % afi, WOO_AFI[afi], "", "", "", "", ""]))
        lines.append("\t".join([a["exp"]["ref"], a["exp"]["action"], c["lead"], c["support"], c["target"],
                                c["impact"], c["st"]]))
    lines.append("")
    lines.append("Status key: Complete = blue; On track = green; Behind schedule = amber; At risk = red")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


CASES.append((WOO_FILE, {
    "source": (
        "Imitates a sixth form college's Ofsted post-inspection action plan (PIAP) exported from its "
        "quality improvement spreadsheet as tab-separated text, here Woodhouse College (sixth form college, "
        "Barnet) after an education inspection framework inspection in November 2024. Areas for improvement "
        "follow the 'what does the provider need to do to improve?' style of FE reports (FE and skills "
        "inspection handbook, gov.uk). Copies three title lines, a header row, theme rows named after the "
        "Ofsted key judgements, an 'AFI n' row carrying each area for improvement above its numbered actions, "
        "Lead and Support columns (job titles, two leads in some cells), dates, months, a term and 'Termly', "
        "a status word per action and a status key line at the end."),
    "reads": (
        "A college's post-inspection action plan: four areas for improvement grouped under four Ofsted "
        "judgement themes, answered by eight numbered actions with lead, support, target date, impact measure "
        "and April 2025 status; the key maps Complete to blue, On track green, Behind schedule amber, At risk red."),
    "title": WOO_TITLE,
}, WOO_ACTIONS))

# ---------------------------------------------------------------------------
# 7. Staffordshire Police - HMICFRS online CSAE recommendations tracker (csv) - REFUSE
# ---------------------------------------------------------------------------
STA_FILE = "zgu-staffordshire-police-hmicfrs-online-csae-recommendations-tracker-typo-month-refuse.csv"
STA_TITLE = "Staffordshire Police - HMICFRS Recommendations Tracker - Online child sexual abuse and exploitation"
STA_REC = {
    "Rec 3": "By 31 October 2023, chief constables should make sure that their forces have enough trained staff to deal with the volume of online child sexual abuse referrals they receive from the National Crime Agency.",
    "Rec 5": "By 31 October 2023, chief constables should make sure that all referrals about online child sexual abuse are risk assessed promptly using a recognised risk assessment tool.",
    "Rec 6": "By 31 October 2023, chief constables should make sure that information about children at risk is shared with children's social care at the earliest opportunity.",
    "Rec 8": "By 30 April 2024, chief constables should make sure that officers and staff are trained to deal with youth-produced sexual imagery.",
    "Rec 9": "By 31 October 2023, chief constables should make sure that search warrants can be obtained quickly when children are at risk.",
}
STA_ROWS = [
    ("Rec 3", "3.1", "Complete a demand and capacity review of the Online Child Abuse Investigation Team (OCAIT).",
     "Det Supt Public Protection", "31/10/2023", "31/01/2024", "Complete",
     "Review presented to Force Executive Board 17/01/2024."),
    ("Rec 3", "3.2", "Recruit four additional investigators to the OCAIT.",
     "Det Supt Public Protection", "31/03/2024", "Jun-24", "Amber",
     "Two posts filled; two in vetting."),
    ("Rec 5", "5.1", "Risk assess all NCA referrals using KIRAT within 24 hours of receipt and record the outcome on Niche.",
     "DCI OCAIT", "31/10/2023", "", "Complete",
     "Performance at 97% within 24 hours (Feb 2024)."),
    ("Rec 6", "6.1", "Introduce a process for sharing information with children's social care at the point of referral triage.",
     "DCI OCAIT; Head of MASH", "31/10/2023", "Apirl 2024", "Amber",
     "Process drafted with both local authorities; awaiting sign-off."),
    ("Rec 8", "8.1", "Deliver training to frontline officers on responding to youth-produced sexual imagery, including outcome 21.",
     "Learning and Development Manager", "30/04/2024", "", "Green",
     "E-learning launched; 61% completion."),
    ("Rec 9", "9.1", "Review the process for urgent out-of-hours search warrant applications with HMCTS.",
     "Ch Insp Criminal Justice", "31/12/2023", "31/03/2024", "Red",
     "Meeting with HMCTS postponed twice."),
]
STA_TYPO_REF = "6.1"


def build_staffs(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([STA_TITLE])
    w.writerow(["Exported: 11/03/2024 14:52 by Performance Review Team"])
    w.writerow([])
    w.writerow(["Rec ID", "Recommendation", "Action ID", "Action", "Action Owner", "Original Due Date",
                "Revised Due Date", "Status", "Latest Update"])
    for rec, ref, action, owner, orig, rev, st, upd in STA_ROWS:
        w.writerow([rec, STA_REC[rec], ref, action, owner, orig, rev, st, upd])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def staffs_typo_line():
    # title line 1, export line 2, blank line 3, header line 4, data rows from line 5
    # (no field contains a line break)
    for i, row in enumerate(STA_ROWS):
        if row[1] == STA_TYPO_REF:
            return 5 + i
    raise ValueError


CASES.append((STA_FILE, {
    "source": (
        "Imitates a police force's HMICFRS recommendations tracker exported to CSV from its recommendations "
        "system, for the force-level recommendations of 'An inspection of how well the police and National "
        "Crime Agency tackle the online sexual abuse and exploitation of children' (HMICFRS, 5 April 2023, "
        "https://www.justiceinspectorates.gov.uk/hmicfrs/publication-html/inspection-of-how-well-police-and-"
        "national-crime-agency-tackle-online-sexual-abuse-and-exploitation-of-children/; 17 recommendations, "
        "nine for chief constables, as PCC responses such as West Mercia's and Surrey's describe), here for "
        "Staffordshire Police. Copies a report-name line, the recommendation text repeated on every action row, "
        "original and revised due dates, RAG words and Complete, and latest updates."),
    "reads": (
        "An export of six actions against five HMICFRS recommendations with owners, original and revised due "
        "dates and RAG status. The revised due date of action 6.1 reads 'Apirl 2024', a mistyped month, so a "
        "careful reader stops there and asks what date was meant."),
    "title": STA_TITLE,
    "refuse_at": None,  # filled in below
}, STA_ROWS))

BUILDERS = {
    SUD_FILE: build_sudbury,
    CFR_FILE: build_cambs,
    WAL_FILE: build_walkwood,
    PEE_FILE: build_probation,
    CON_FILE: build_concord,
    WOO_FILE: build_woodhouse,
    STA_FILE: build_staffs,
}


def write_expected():
    import yaml

    class Q(str):
        pass

    class Dumper(yaml.SafeDumper):
        pass

    Dumper.add_representer(Q, lambda dm, v: dm.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))

    def q(a):
        a = dict(a)
        for k in ("ref", "end"):
            if isinstance(a.get(k), str):
                a[k] = Q(a[k])
        return a

    for fname, meta, actions in CASES:
        out = {"source": meta["source"], "reads": meta["reads"]}
        if fname == STA_FILE:
            out["outcome"] = "refuse"
            out["accept_refusal"] = False
            out["refuse_at"] = staffs_typo_line()
            out["title"] = meta["title"]
        else:
            out["outcome"] = "read"
            out["accept_refusal"] = False
            out["title"] = meta["title"]
            out["actions"] = [q(a["exp"]) for a in actions]
        with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
            yaml.dump(out, f, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100000,
                      default_flow_style=False)


def main():
    for fname, builder in BUILDERS.items():
        assert fname.startswith("zgu-")
        builder(os.path.join(HERE, fname))
        print("wrote", fname)
    if "--expected" in sys.argv:
        write_expected()
        print("wrote expected yaml files")


if __name__ == "__main__":
    main()
