#!/usr/bin/env python
"""Build the seven xm- blind test files for set heldout557.

Run with /work/main/.venv/bin/python xm_make.py (from any directory);
files are written beside this script.
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "teal": PatternFill("solid", fgColor="DEEAF6"),
    "purple": PatternFill("solid", fgColor="E4DFEC"),
}


def header_row(ws, row, values, fill=None, font=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = font or Font(bold=True)
        c.alignment = CENTRE
        c.border = BOX
        if fill is not None:
            c.fill = fill


def boxed(ws, row, ncols):
    for i in range(1, ncols + 1):
        c = ws.cell(row=row, column=i)
        c.border = BOX
        if c.alignment is None or not c.alignment.wrap_text:
            c.alignment = WRAP


def band(ws, row, text, ncols, fill):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True)
    c.fill = fill
    c.alignment = Alignment(vertical="center")
    for i in range(1, ncols + 1):
        ws.cell(row=row, column=i).border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade_cell(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell_text(cell, text, bold=False, size=None):
    """Write text into a python-docx cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


# ======================================================================
# 1. North Yorkshire Council - Veritau follow-up of agreed actions (xlsx)
# ======================================================================
def make_north_yorkshire():
    name = "xm-north-yorkshire-council-veritau-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()

    # --- Summary sheet (not actions)
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "North Yorkshire Council – Internal audit follow up"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 14 November 2025 (Veritau follow-up database)"
    header_row(ws, 4, ["Priority", "Actions due in period", "Implemented",
                       "Revised date agreed", "Overdue", "Not yet due"],
               fill=FILL["grey"])
    rows = [
        ["Priority 1", 4, 2, 0, 1, 1],
        ["Priority 2", 23, 16, 4, 0, 3],
        ["Total", 27, 18, 4, 1, 4],
    ]
    for r, vals in enumerate(rows, start=5):
        for cidx, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=cidx, value=v)
            c.border = BOX
            if vals[0] == "Total":
                c.font = Font(bold=True)
    ws["A9"] = ("Priority 3 actions are followed up by services and are not "
                "reported to the committee unless they become overdue by more "
                "than six months.")
    widths(ws, [14, 22, 14, 20, 10, 12])

    # --- Main sheet
    ws = wb.create_sheet("Agreed actions")
    ncols = 10
    ws["A1"] = "North Yorkshire Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit Committee – 8 December 2025"
    ws["A3"] = ("Annex 2: Follow up of agreed actions – priority 1 and 2 actions "
                "not yet implemented at 14 November 2025")
    ws["A3"].font = Font(bold=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    header_row(ws, 5, ["Audit", "Opinion", "Action no.", "Priority",
                       "Agreed action", "Responsible officer",
                       "Original target date", "Revised target date",
                       "Status", "Progress update"],
               fill=FILL["teal"])

    D = lambda y, m, d: datetime(y, m, d)
    groups = [
        ("band", "Resources"),
        ("audit", "Payroll 2024/25", "Reasonable assurance", [
            ("1", 2,
             "Exception reports for starters, leavers and changes to pay will be "
             "independently reviewed and signed off by the Payroll Team Leader "
             "each pay period, and evidence of the review will be retained.",
             "Payroll Team Leader", D(2025, 3, 31), D(2026, 1, 31), "amber",
             "Review process in place since September 2025. Evidence of sign-off "
             "for three consecutive pay periods to be provided to Veritau."),
            ("2", 2,
             "Access to the payroll system will be reviewed quarterly against the "
             "HR establishment list, and accounts for leavers will be disabled "
             "within five working days.",
             "Head of Employment Services; Systems Support Manager",
             D(2025, 6, 30), None, "blue",
             "First quarterly review completed July 2025. Evidence received and "
             "being verified."),
        ]),
        ("audit", "Purchasing cards 2024/25", "Limited assurance", [
            ("1", 1,
             "A revised purchasing card policy will be issued to all cardholders "
             "and approvers, setting out prohibited spend categories, the evidence "
             "required for each transaction and the consequences of misuse.",
             "Head of Procurement and Contract Management",
             D(2025, 7, 31), D(2025, 10, 31), "red",
             "Draft policy prepared but not yet approved by Management Board. "
             "The revised date has passed."),
            ("2", 2,
             "Budget managers will receive a monthly transaction report for their "
             "cost centres and will confirm in writing that all spend is "
             "appropriate and supported by receipts.",
             "Strategic Procurement Manager", D(2025, 12, 31), None, "green",
             "Report designed; first monthly run planned for November 2025."),
        ]),
        ("band", "Health and Adult Services"),
        ("audit", "Direct payments 2024/25", "Limited assurance", [
            ("1", 2,
             "Reviews of direct payment accounts will be scheduled on a risk basis, "
             "with all high-risk accounts reviewed within six months of the "
             "payment starting.",
             "Head of Care and Support (Direct Payments)",
             D(2025, 3, 31), D(2026, 3, 31), "amber",
             "Risk tool agreed. Backlog of 140 reviews being worked through by the "
             "Direct Payments Support Team."),
            ("3", 2,
             "Unspent balances over £1,000 will be recovered in line with the "
             "direct payments policy and each recovery will be recorded on the "
             "debtors system.",
             "Assistant Director – Resources (HAS) / Finance Manager",
             D(2025, 6, 30), D(2026, 2, 28), "amber",
             "Recovery letters issued for 2024/25 year-end balances; recording on "
             "the debtors system to start once the new invoice type is set up."),
        ]),
        ("band", "Environment"),
        ("audit", "Highways contract management 2024/25", "Reasonable assurance", [
            ("1", 2,
             "Performance against the key performance indicators in the highways "
             "maintenance contract will be reported quarterly to the Highways "
             "Contract Board, and deductions will be applied where targets are "
             "missed.",
             "Assistant Director – Highways and Transportation",
             D(2025, 9, 30), D(2026, 3, 31), "amber",
             "KPI report now produced; deductions mechanism awaiting agreement "
             "with the contractor."),
        ]),
        ("band", "Children and Young People's Service"),
        ("audit", "Schools themed audit – business continuity 2025/26",
         "Limited assurance", [
            ("1", 1,
             "All maintained schools will be issued with a business continuity "
             "plan template and guidance, and each governing body will be asked "
             "to confirm it has adopted a plan.",
             "Head of Schools Financial Services", D(2025, 12, 31), None, "green",
             "Template issued to schools on 3 October 2025; 61 confirmations "
             "received so far."),
        ]),
    ]
    r = 6
    for g in groups:
        if g[0] == "band":
            band(ws, r, g[1], ncols, FILL["grey"])
            r += 1
            continue
        _, audit, opinion, acts = g
        start = r
        for (no, prio, text, officer, orig, rev, rag, upd) in acts:
            ws.cell(row=r, column=3, value=no)
            ws.cell(row=r, column=4, value=prio)
            ws.cell(row=r, column=5, value=text)
            ws.cell(row=r, column=6, value=officer)
            c = ws.cell(row=r, column=7, value=orig)
            c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=8, value=rev)
            c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = FILL[rag]
            ws.cell(row=r, column=10, value=upd)
            boxed(ws, r, ncols)
            for col in (3, 4, 7, 8):
                ws.cell(row=r, column=col).alignment = Alignment(
                    horizontal="center", vertical="top")
            r += 1
        ws.cell(row=start, column=1, value=audit)
        ws.cell(row=start, column=2, value=opinion)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=start, column=1).alignment = WRAP
        ws.cell(row=start, column=1).font = Font(bold=True)
        ws.cell(row=start, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value=("Status: the colour of the status cell shows "
                                    "the position at follow up – see the Key tab."))
    ws.cell(row=r + 1, column=1, value=("Actions implemented and verified since "
                                        "the last report have been removed from "
                                        "this annex."))
    widths(ws, [26, 14, 9, 8, 60, 30, 13, 13, 9, 50])
    ws.freeze_panes = "A6"

    # --- Key sheet (not actions)
    ws = wb.create_sheet("Key")
    ws["A1"] = "Key"
    ws["A1"].font = Font(bold=True)
    key = [
        ("red", "Overdue – target date passed and no revised date agreed"),
        ("amber", "Revised target date agreed – action in progress"),
        ("green", "Not yet due – on track"),
        ("blue", "Implemented – awaiting verification by Veritau"),
    ]
    for i, (col, txt) in enumerate(key, start=3):
        ws.cell(row=i, column=1).fill = FILL[col]
        ws.cell(row=i, column=2, value=txt)
    ws["A8"] = "Priorities"
    ws["A8"].font = Font(bold=True)
    ws["A9"] = "1"
    ws["B9"] = ("A fundamental system weakness, which presents unacceptable risk "
                "to the system objectives and requires urgent attention by "
                "management.")
    ws["A10"] = "2"
    ws["B10"] = ("A significant system weakness, whose impact or frequency "
                 "presents risks to the system objectives, which needs to be "
                 "addressed by management.")
    ws["A11"] = "3"
    ws["B11"] = ("The system objectives are not exposed to significant risk, but "
                 "the issue merits attention by management.")
    widths(ws, [10, 90])
    wb.active = 1
    wb.save(out(name))


# ======================================================================
# 2. Hounslow Council - transformation programme highlight report (xlsx)
# ======================================================================
def make_hounslow():
    name = "xm-hounslow-council-transformation-programme-highlight-report.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ncols = 8
    ws["A1"] = "London Borough of Hounslow"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Transformation Programme – Highlight Report"
    ws["A2"].font = Font(bold=True, size=12)
    for r in (1, 2):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    info = [
        ("Reporting period", "September 2025"),
        ("Senior Responsible Owner", "Chief Executive"),
        ("Programme Manager", "Head of Transformation and Change"),
        ("Reported to", "Transformation Board, 14 October 2025"),
    ]
    for i, (k, v) in enumerate(info, start=4):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
    ws["F4"] = "Overall RAG – last period"
    ws["F4"].font = Font(bold=True)
    ws["G4"].fill = FILL["amber"]
    ws["F5"] = "Overall RAG – this period"
    ws["F5"].font = Font(bold=True)
    ws["G5"].fill = FILL["amber"]

    ws["A9"] = "Key achievements this period"
    ws["A9"].font = Font(bold=True)
    ws["A10"] = ("• Contact centre telephony moved to the cloud platform on "
                 "28 July 2025 with no loss of service.")
    ws["A11"] = ("• Three Conversations model now live in all four adult social "
                 "care locality teams.")
    ws["A13"] = "Key risks and issues"
    ws["A13"].font = Font(bold=True)
    ws["A14"] = ("• Portal supplier resourcing has delayed user acceptance testing "
                 "(issue, amber).")
    ws["A15"] = ("• Home care review capacity – two reviewing officer posts "
                 "vacant (risk, red).")
    ws["A17"] = "Decisions required from the Board"
    ws["A17"].font = Font(bold=True)
    ws["A18"] = ("• Agree the revised go-live date for the customer portal "
                 "(October 2025).")
    for r in (10, 11, 14, 15, 18):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)

    hdr = 20
    ws.cell(row=hdr - 1, column=1, value="Milestones and actions").font = Font(
        bold=True, size=12)
    header_row(ws, hdr, ["Ref", "Milestone / action", "Lead", "Baseline date",
                         "Forecast date", "Previous RAG", "Current RAG",
                         "Commentary"], fill=FILL["navy"],
               font=Font(bold=True, color="FFFFFF"))
    ragfill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    D = lambda y, m, d=1: datetime(y, m, d)
    plan = [
        ("Workstream 1: Customer Access and Digital", [
            ("1.1", "Launch the new customer portal and My Account for council tax "
                    "and housing repairs.",
             "Head of Customer Services / Digital Programme Manager",
             D(2025, 6), D(2025, 10), "A", "A",
             "User acceptance testing delayed by supplier resourcing; revised "
             "go-live for Board approval."),
            ("1.2", "Move the contact centre telephony to the new cloud platform.",
             "Head of ICT", D(2025, 7, 31), None, "G", "B",
             "Went live 28 July 2025."),
            ("1.3", "Pilot webchat for housing enquiries, including an AI assistant "
                    "for out-of-hours questions.",
             "Digital Programme Manager", "Dec-25", "Mar-26", "G", "A",
             "Pilot scope agreed; data protection impact assessment still with the "
             "DPO."),
        ]),
        ("Workstream 2: Adults' Demand Management", [
            ("2.1", "Implement the strengths-based Three Conversations model in the "
                    "two remaining locality teams.",
             "Director of Adult Social Care", D(2025, 9), D(2025, 9), "G", "B",
             "All four locality teams now live."),
            ("2.2", "Review all home care packages over 20 hours a week against the "
                    "new reablement pathway.",
             "Head of Reablement and Hospital Discharge", D(2025, 11), D(2026, 1),
             "G", "R", "Only 31 of 118 reviews done; two reviewing officer posts "
                       "vacant."),
        ]),
        ("Workstream 3: Property and Assets", [
            ("3.1", "Vacate the Civic Centre annex and relocate staff to Hounslow "
                    "House.",
             "Assistant Director – Property and Assets", D(2026, 3), "Q1 2026/27",
             "A", "A", "Space planning complete; move dependent on ICT network "
                       "works."),
            ("3.2", "Agree a disposal strategy for surplus depots with Cabinet.",
             "Assistant Director – Property and Assets", "Oct-25", None, "G", "G",
             "Cabinet report drafted for the October meeting."),
        ]),
        ("Workstream 4: Workforce and Ways of Working", [
            ("4.1", "Roll out the new performance appraisal framework to all staff.",
             "Head of HR & OD", D(2025, 9, 30), D(2025, 11, 30), "A", "A",
             "Manager training 70% complete."),
            ("4.2", "Deliver the 2025/26 apprenticeship plan, with 40 new apprentice "
                    "starts.",
             "Head of HR & OD", "Mar-26", None, "G", "G",
             "22 starts to date."),
        ]),
    ]
    r = hdr + 1
    for ws_name, acts in plan:
        band(ws, r, ws_name, ncols, FILL["teal"])
        r += 1
        for ref, text, lead, base, fc, prev, cur, com in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=text)
            ws.cell(row=r, column=3, value=lead)
            for col, v in ((4, base), (5, fc)):
                c = ws.cell(row=r, column=col, value=v)
                if isinstance(v, datetime):
                    c.number_format = "mmm-yy" if v.day == 1 else "dd/mm/yyyy"
            for col, v in ((6, prev), (7, cur)):
                cc = ws.cell(row=r, column=col, value=v)
                cc.fill = FILL[ragfill[v]]
            ws.cell(row=r, column=8, value=com)
            boxed(ws, r, ncols)
            for col in (1, 4, 5, 6, 7):
                ws.cell(row=r, column=col).alignment = Alignment(
                    horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Where a forecast date is shown it replaces "
                                    "the baseline date agreed at programme "
                                    "initiation."))
    widths(ws, [8, 58, 34, 13, 13, 10, 10, 48])

    ws = wb.create_sheet("RAG definitions")
    ws["A1"] = "RAG definitions"
    ws["A1"].font = Font(bold=True)
    for i, (f, lab, txt) in enumerate([
            ("blue", "B", "Complete"),
            ("green", "G", "On track to deliver by the baseline or agreed forecast date"),
            ("amber", "A", "At risk – slippage that can be recovered within the programme"),
            ("red", "R", "Off track – needs Board intervention")], start=3):
        c = ws.cell(row=i, column=1, value=lab)
        c.fill = FILL[f]
        ws.cell(row=i, column=2, value=txt)
    widths(ws, [8, 70])
    wb.save(out(name))


# ======================================================================
# 3. Staffordshire County Council - strategic risk register (xlsx, REFUSE)
# ======================================================================
def make_staffordshire():
    name = ("xm-staffordshire-county-council-strategic-risk-register-"
            "typo-month-refuse.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q3 2025-26"
    ncols = 11
    ws["A1"] = "Staffordshire County Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register – Quarter 3 2025/26"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Reported to Audit and Standards Committee, 27 January 2026"
    header_row(ws, 5, ["Risk ref", "Risk", "Risk owner", "Inherent score",
                       "Current score", "Target score", "Direction of travel",
                       "Further actions to manage the risk", "Action owner",
                       "Target date", "Progress RAG"], fill=FILL["navy"],
               font=Font(bold=True, color="FFFFFF"))
    ragfill = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    risks = [
        ("SR01", "Financial sustainability – the Council is unable to set a balanced "
                 "budget over the medium term because demand in adult social care and "
                 "SEND grows faster than funding.",
         "Director of Finance", 25, 20, 12, "↔", [
             ("Deliver the 2026/27 savings programme, with monthly monitoring by the "
              "Senior Leadership Team.", "Deputy Director of Finance", "March 2026", "A"),
             ("Refresh the Medium Term Financial Strategy to reflect the final local "
              "government finance settlement.", "Director of Finance",
              "Febuary 2026", "G"),
         ]),
        ("SR02", "SEND high needs – the high needs block deficit continues to grow and "
                 "the statutory override ends before a recovery plan is in place.",
         "Director for Children and Families", 25, 20, 15, "↑", [
             ("Implement the SEND and Inclusion Improvement Plan, including more "
              "specialist places in mainstream schools.",
              "Assistant Director for SEND and Inclusion", datetime(2026, 8, 31), "G"),
             ("Agree the deficit management plan with the Department for Education.",
              "Director for Children and Families / Director of Finance",
              "Q4 2025/26", "A"),
         ]),
        ("SR03", "Cyber security – a successful cyber attack disrupts critical "
                 "services or leads to loss of personal data.",
         "Director of Corporate Services", 20, 16, 12, "↔", [
             ("Complete the Cyber Assessment Framework self-assessment and address "
              "the priority gaps.", "Chief Information Officer", "Jun-26", "G"),
             ("Run a cyber incident exercise with the Senior Leadership Team.",
              "Head of ICT Security", "Dec-25", "B"),
         ]),
        ("SR04", "Workforce – the Council cannot recruit and retain enough qualified "
                 "social workers and occupational therapists.",
         "Director of Corporate Services", 16, 12, 8, "↓", [
             ("Launch the social work recruitment and retention offer, including the "
              "market supplement review.", "Assistant Director – HR and OD",
              "April 2026", "G"),
         ]),
    ]
    r = 6
    for ref, risk, owner, inh, cur, tgt, dot, acts in risks:
        start = r
        for text, aowner, due, rag in acts:
            ws.cell(row=r, column=8, value=text)
            ws.cell(row=r, column=9, value=aowner)
            c = ws.cell(row=r, column=10, value=due)
            if isinstance(due, datetime):
                c.number_format = "dd/mm/yyyy"
            cc = ws.cell(row=r, column=11, value=rag)
            cc.fill = FILL[ragfill[rag]]
            cc.alignment = Alignment(horizontal="center", vertical="top")
            boxed(ws, r, ncols)
            r += 1
        for col, v in enumerate([ref, risk, owner, inh, cur, tgt, dot], start=1):
            ws.cell(row=start, column=col, value=v).alignment = WRAP
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1,
                               end_column=col)
        for col, sc in ((4, inh), (5, cur), (6, tgt)):
            f = "red" if sc >= 15 else ("amber" if sc >= 8 else "green")
            ws.cell(row=start, column=col).fill = FILL[f]
    r += 1
    ws.cell(row=r, column=1, value=("Scores are likelihood x impact on a 5 x 5 "
                                    "matrix: 15–25 high (red), 8–12 medium (amber), "
                                    "1–6 low (green)."))
    ws.cell(row=r + 1, column=1, value=("Direction of travel: ↑ increasing, "
                                        "↔ unchanged, ↓ reducing since Q2."))
    widths(ws, [8, 45, 24, 9, 9, 9, 10, 55, 30, 13, 9])
    ws.freeze_panes = "A6"

    ws = wb.create_sheet("Risk matrix")
    ws["A1"] = "Risk scoring matrix (likelihood x impact)"
    ws["A1"].font = Font(bold=True)
    for i in range(1, 6):
        ws.cell(row=3, column=i + 1, value=i).font = Font(bold=True)
        ws.cell(row=i + 3, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            sc = (6 - i) * j
            c = ws.cell(row=i + 3, column=j + 1, value=sc)
            c.fill = FILL["red" if sc >= 15 else ("amber" if sc >= 8 else "green")]
    ws["A10"] = "Progress RAG: B = complete, G = on track, A = some slippage, R = off track"
    wb.save(out(name))


# ======================================================================
# 4. Cambridgeshire and Peterborough SCP - LCSPR Child P action plan (docx)
# ======================================================================
def make_cambs():
    name = "xm-cambridgeshire-peterborough-scp-lcspr-child-p-action-plan.docx"
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    r = p.add_run("Cambridgeshire and Peterborough Safeguarding Children Partnership Board")
    r.bold = True
    r.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
    doc.add_heading("Local Child Safeguarding Practice Review: Child P", level=0)
    doc.add_paragraph("Multi-agency Action Plan")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"),
                 ("Date", "18 June 2025"),
                 ("Owner", "Child Safeguarding Practice Review (CSPR) Subgroup"),
                 ("Status", "Approved by the Executive Safeguarding Partnership "
                            "Board, 22 April 2025"),
                 ("Next review", "CSPR Subgroup, September 2025")]:
        row = t.add_row().cells
        set_cell_text(row[0], k, bold=True)
        set_cell_text(row[1], v)
        shade_cell(row[0], "E4DFEC")

    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out how partner agencies will respond to the three "
        "recommendations of the Local Child Safeguarding Practice Review "
        "concerning Child P, published in March 2025. Progress is reported to "
        "each meeting of the CSPR Subgroup.")

    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for cell, (txt, col) in zip(k.rows[0].cells, [
            ("Blue – complete and evidence of impact received", "9DC3E6"),
            ("Green – on track", "A9D18E"),
            ("Amber – some delay, revised timescale agreed", "FFD966"),
            ("Red – not progressing", "FF7C80")]):
        set_cell_text(cell, txt, size=9)
        shade_cell(cell, col)

    headers = ["No.", "Action", "Lead agency / officer", "Timescale",
               "Progress and evidence of impact", "RAG"]
    rag_shade = {"Blue": "9DC3E6", "Green": "A9D18E", "Amber": "FFD966",
                 "Red": "FF7C80", "Complete": "9DC3E6"}
    sections = [
        ("Learning theme 1: Seeing the child in households where there is neglect",
         "Recommendation 1: The Partnership should seek assurance that practitioners "
         "across agencies use the Graded Care Profile 2 (GCP2) when there are "
         "concerns about neglect, and that the child's lived experience is recorded.",
         [("1.1", "Relaunch GCP2 training as part of the multi-agency training offer, "
                  "with places prioritised for health visitors, school nurses and "
                  "early help practitioners.",
           "Partnership Training Manager", "September 2025",
           "Four sessions delivered; 86 practitioners trained.", "Green"),
          ("1.2", "Undertake a multi-agency audit of 20 cases where neglect is the "
                  "primary concern, to test use of GCP2 and recording of the child's "
                  "voice.",
           "Quality Assurance Subgroup Chair", "December 2025",
           "Audit tool agreed; case selection delayed by the move to the new "
           "case management system.", "Amber")]),
        ("Learning theme 2: Information sharing when families move between areas",
         "Recommendation 2: All agencies should review their processes for "
         "transferring records when a child moves into or out of Cambridgeshire and "
         "Peterborough, so that safeguarding information follows the child.",
         [("2.1", "Update the health visiting and school nursing transfer-in procedure "
                  "so that a named practitioner reviews every transfer within 10 "
                  "working days.",
           "Designated Nurse for Safeguarding Children / Named Nurse (CPFT)",
           "March 2025", "Procedure ratified March 2025. Spot check in May 2025 found "
                         "19 of 20 transfers reviewed in time.", "Blue"),
          ("2.2", "Add a prompt to the front door case management system to check for "
                  "previous involvement in other local authority areas at the point "
                  "of contact.\nShare the learning through a 7-minute briefing.",
           "Head of Integrated Front Door (Cambridgeshire)", "31/07/2025",
           "System change tested; go-live planned for July release.", "Green"),
          ("2.3", "Remind officers to record all children present at domestic abuse "
                  "incidents when the family has recently moved into the force area.",
           "Detective Chief Inspector – Public Protection (Cambridgeshire "
           "Constabulary)", "By end of June 2025",
           "Briefing issued to all response officers 12 June 2025.", "Complete")]),
        ("Learning theme 3: Professional curiosity and challenge",
         "Recommendation 3: The Partnership should strengthen the use of its "
         "escalation policy so that practitioners feel confident to challenge "
         "decisions when they are worried about a child.",
         [("3.1", "Refresh the Resolving Professional Differences (Escalation) Policy "
                  "and publish a one-page practitioner flowchart.",
           "Partnership Business Manager", "October 2025",
           "Draft policy out for consultation with agencies.", "Green"),
          ("3.2", "Record escalations and report them to the Partnership Board twice a "
                  "year, with themes shared in the practitioner newsletter.",
           "Partnership Business Manager and Head of Quality Assurance",
           "Six-monthly", "First report to the Board in July 2025.", "Green")]),
    ]
    for theme, rec, acts in sections:
        doc.add_paragraph()
        doc.add_heading(theme, level=1)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for cell, h in zip(tb.rows[0].cells, headers):
            set_cell_text(cell, h, bold=True)
            shade_cell(cell, "5B2C6F")
            for run in cell.paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        rr = tb.add_row().cells
        merged = rr[0].merge(rr[5])
        set_cell_text(merged, rec, bold=True)
        shade_cell(merged, "E4DFEC")
        for no, act, lead, when, prog, rag in acts:
            cells = tb.add_row().cells
            for cell, v in zip(cells, [no, act, lead, when, prog, rag]):
                set_cell_text(cell, v)
            shade_cell(cells[5], rag_shade[rag])
        widths_cm = [1.3, 8.5, 5.0, 3.0, 6.5, 2.0]
        for row in tb.rows:
            for cell, w in zip(row.cells, widths_cm):
                cell.width = Cm(w)

    doc.add_paragraph()
    doc.add_paragraph("Sign-off").runs[0].bold = True
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for row, vals in zip(s.rows, [("Role", "Name", "Date"),
                                  ("Chair, CSPR Subgroup", "Signed", "18/06/2025"),
                                  ("Independent Scrutineer", "Signed", "20/06/2025")]):
        for cell, v in zip(row.cells, vals):
            set_cell_text(cell, v)
    doc.save(out(name))


# ======================================================================
# 5. Swindon Borough Council - Ofsted focused visit action plan (docx)
# ======================================================================
def make_swindon():
    name = "xm-swindon-borough-council-ofsted-focused-visit-action-plan.docx"
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = p.add_run("Swindon Borough Council")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Children's Services")
    doc.add_heading("Ofsted Focused Visit – Action Plan", level=1)
    doc.add_paragraph("Focused visit: 14 and 15 March 2023 – children in need and "
                      "children subject to a child protection plan")
    doc.add_paragraph("Letter published: 19 April 2023    Plan owner: Director of "
                      "Children's Services    Monitored by: Children's Services "
                      "Improvement Board (bi-monthly)")
    doc.add_paragraph("Leads: SN – Director of Children's Services; KB – Head of "
                      "Children in Need and Protection; LM – Practice Improvement "
                      "Lead; JT – Head of Safeguarding and Quality Assurance; DC – "
                      "Education Safeguarding Lead.")

    key = doc.add_table(rows=1, cols=5)
    key.style = "Table Grid"
    for cell, (txt, col) in zip(key.rows[0].cells, [
            ("RAG key", "FFFFFF"), ("B – Completed", "8EAADB"),
            ("G – On track", "A8D08D"), ("A – Some slippage", "FFE699"),
            ("R – Not on track", "FF9999")]):
        set_cell_text(cell, txt, bold=(txt == "RAG key"), size=9)
        shade_cell(cell, col)
    doc.add_paragraph()

    headers = ["Area for improvement", "Ref", "Action", "Lead", "By when",
               "Progress update (July 2023)", "RAG"]
    rag_shade = {"B": "8EAADB", "G": "A8D08D", "A": "FFE699", "R": "FF9999",
                 "": "FFFFFF"}
    afis = [
        ("The consistency of management oversight and supervision on children's "
         "records, so that the rationale for decisions is clear.",
         [("1", "Issue revised supervision recording guidance and template, "
                "including a 'rationale for decision' section.\nDeliver briefings to "
                "all team managers.", "KB", "31/07/2023",
           "Guidance issued 3 July; five briefings delivered.", "B"),
          ("2", "Dip-sample supervision records quarterly through the practice "
                "assurance framework.", "Principal Social Worker", "Quarterly",
           "First dip sample scheduled for September.", "G")]),
        ("The quality of child in need and child protection plans, which are not "
         "always specific about what needs to change and by when.",
         [("3", "Introduce a revised plan template with SMART outcomes, co-designed "
                "with social workers and parents.", "KB / LM", "Sept 2023",
           "Template co-designed at two workshops; launch planned for September.",
           "G"),
          ("4", "Run a monthly audit of 10 child in need and child protection plans, "
                "with findings reported to the Practice Improvement Board.", "LM",
           "Dec-23", "First audit completed; second delayed by staff absence.",
           "A")]),
        ("The timeliness of initial child protection conferences and the quality "
         "of partner contributions to them.",
         [("5", "Agree with schools and the education safeguarding team a protocol "
                "for school reports to initial child protection conferences.",
           "JT, DC", "Autumn term 2023",
           "Draft protocol shared with headteachers; sign-off moved to November.",
           "A"),
          ("6", "Report conference timeliness to the Swindon Safeguarding Partnership "
                "and agree further action if the target is not met.", "SN",
           "March 2024", "Not yet started.", "")]),
    ]
    tb = doc.add_table(rows=1, cols=7)
    tb.style = "Table Grid"
    for cell, h in zip(tb.rows[0].cells, headers):
        set_cell_text(cell, h, bold=True)
        shade_cell(cell, "D9E2F3")
    for afi, acts in afis:
        first = last = None
        for i, (ref, act, lead, when, prog, rag) in enumerate(acts):
            cells = tb.add_row().cells
            if i == 0:
                first = cells[0]
                set_cell_text(cells[0], afi)
            for cell, v in zip(cells[1:], [ref, act, lead, when, prog, rag]):
                set_cell_text(cell, v)
            shade_cell(cells[6], rag_shade[rag])
            last = cells[0]
        if last is not first:
            merged = first.merge(last)
            set_cell_text(merged, afi)
    widths_cm = [5.5, 1.0, 7.5, 2.2, 2.5, 6.0, 1.3]
    for row in tb.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)

    doc.add_paragraph()
    doc.add_paragraph("Approval")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for row, vals in zip(s.rows, [("Approved by", "Role", "Date"),
                                  ("Children's Services Improvement Board",
                                   "Chair: Chief Executive", "16/05/2023")]):
        for cell, v in zip(row.cells, vals):
            set_cell_text(cell, v)
    doc.save(out(name))


# ======================================================================
# 6. Hertfordshire Health and Wellbeing Board - action log (csv)
# ======================================================================
def make_herts():
    name = "xm-hertfordshire-health-and-wellbeing-board-action-log.csv"
    rows = [
        ["Hertfordshire Health and Wellbeing Board", "", "", "", "", "", "", ""],
        ["Action log – as at 2 October 2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Date raised", "Agenda item", "Action", "Owner", "Due", "RAG",
         "Update"],
        ["Meeting of 13 March 2025", "", "", "", "", "", "", ""],
        ["HWB/24-25/07", "13/03/2025", "Joint Strategic Needs Assessment – annual summary",
         "Circulate the JSNA summary dashboards to Board members and to district and "
         "borough council leads.", "Director of Public Health", "April 2025",
         "Complete", "Circulated 4 April 2025."],
        ["HWB/24-25/08", "13/03/2025", "Better Care Fund 2025/26 plan",
         "Bring the final Better Care Fund plan and quarter 1 return to the July "
         "meeting for sign-off.",
         "Director of Adult Care Services / ICB Director of Place", "17/07/2025",
         "Complete", "Taken as item 6 on 17 July 2025."],
        ["Meeting of 17 July 2025", "", "", "", "", "", "", ""],
        ["HWB/25-26/01", "17/07/2025", "Health risks of damp and mould",
         "Write to all ten district and borough councils asking them to adopt the "
         "Damp & Mould Risk Scale and the shared referral pathway.",
         "Director of Public Health", "Sep-25", "Amber",
         "Letter drafted; awaiting joint sign-off with the Chair. Now expected "
         "October."],
        ["HWB/25-26/02", "17/07/2025", "Integrated delivery plans",
         "Each Health and Care Partnership to present a one-page summary of its "
         "delivery plan.\nSummaries to show the three Board priorities each plan "
         "supports.", "A. Mensah and T. Hollis", "Next meeting", "Green",
         "Template agreed with partnership leads."],
        ["HWB/25-26/03", "17/07/2025", "Constitution change",
         "Update the Board's terms of reference to reflect the new membership and "
         "take them to Full Council.", "Head of Democratic Services", "30/09/2025",
         "Red", "Not taken to September Council; now scheduled for November."],
        ["HWB/25-26/04", "17/07/2025", "Stakeholder engagement feedback",
         "Share the engagement findings with Healthwatch Hertfordshire and agree how "
         "they will be reported back to residents.",
         "Healthwatch Hertfordshire Chief Executive; Head of Partnerships (Public "
         "Health)", "Dec 2025", "Not started", ""],
        ["", "", "", "", "", "", "", ""],
        ["Key: Complete = action closed; Green = on track; Amber = at risk of missing "
         "the due date; Red = overdue", "", "", "", "", "", "", ""],
        ["Completed actions are removed from the log once they have been reported to "
         "one meeting.", "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ======================================================================
# 7. Cumberland Council - Council Plan delivery plan Q2 progress (txt, TSV)
# ======================================================================
def make_cumberland():
    name = "xm-cumberland-council-plan-delivery-plan-q2-2025-26-progress.txt"
    H = ["Ref", "Activity", "Milestone", "Lead Director", "Portfolio Holder",
         "Q2 status", "Q2 commentary"]
    lines = [
        "Cumberland Council",
        "Council Plan Delivery Plan 2025 to 2027 – Quarter 2 2025/26 progress report",
        "Status key: Complete (blue); On track (green); At risk (amber); Off track (red)",
        "",
        "\t".join(H),
        "Theme 1: Improving health and wellbeing",
        "\t".join(["1.1", "Deliver the Cumberland Healthy Weight Declaration action "
                          "plan with partners.", "31 March 2026",
                   "Director of Public Health and Communities",
                   "Public Health and Communities", "On track",
                   "Declaration signed by 14 partners; school food standards work "
                   "under way."]),
        "\t".join(["1.2", "Open two further Family Hubs in Workington and Whitehaven.",
                   "By September 2025", "Director of Children and Family Wellbeing",
                   "Children's Services, Family Wellbeing and Housing", "Complete",
                   "Both hubs opened in September 2025."]),
        "Theme 2: Addressing inequalities",
        "\t".join(["2.1", "Roll out the Right to Food approach to all Community Panel "
                          "areas.", "Q4 2025/26",
                   "Director of Public Health and Communities",
                   "Public Health and Communities", "At risk",
                   "Four of eight panel areas live; funding for the remaining areas "
                   "not yet confirmed."]),
        "\t".join(["2.2", "Review the council tax reduction scheme for 2026/27.",
                   "By 31 January 2026", "Director of Resources (s151 Officer)",
                   "Financial Planning and Assets", "On track",
                   "Consultation closed 30 September; results being analysed."]),
        "Theme 3: Local economies that work for local people",
        "\t".join(["3.1", "Submit the full business case for the Workington town "
                          "centre gateway project.", "December 2025",
                   "Director of Place and Sustainable Growth",
                   "Sustainable Economic Growth", "Off track",
                   "Design team re-procured after contractor withdrew; submission "
                   "now expected April 2026."]),
        "Theme 4: Environmental resilience and climate emergency",
        "\t".join(["4.1", "Publish the Local Nature Recovery Strategy for Cumbria with "
                          "Westmorland and Furness Council.", "March 2026",
                   "Director of Place and Sustainable Growth",
                   "Climate and Environment", "At risk",
                   "Public consultation extended by four weeks at the request of "
                   "partners."]),
        "Theme 5: Delivering excellent public services",
        "\t".join(["5.1", "Deliver years 2 and 3 of the agreed Transformation "
                          "Programme to implement the council's operating model.",
                   "By 31 March 2027",
                   "Director of Corporate and Transformation Services", "Leader",
                   "On track", "Year 2 savings of £4.1m on track."]),
        "\t".join(["5.2", "Develop and begin delivery of a People Strategy for the "
                          "council.", "By 31 March 2026",
                   "Director of Corporate and Transformation Services", "Leader",
                   "On track", "Draft strategy shared with trade unions."]),
        "\t".join(["5.3", "Harmonise waste collection services across the former "
                          "district areas.", "Ongoing",
                   "Director of Place and Sustainable Growth",
                   "Vibrant and Healthy Places", "On track",
                   "Allerdale and Copeland rounds aligned; Carlisle changes planned "
                   "for 2026."]),
        "",
        "Source: Performance and Intelligence Team, exported 14/10/2025",
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_north_yorkshire()
    make_hounslow()
    make_staffordshire()
    make_cambs()
    make_swindon()
    make_herts()
    make_cumberland()
    print("built 7 xm- files in", HERE)
