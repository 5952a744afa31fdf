"""Build the seven zut- blind test files (set heldout664).

Run with /work/main/.venv/bin/python zut_make.py from any directory; files are written beside
this script.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Royal Botanic Garden Edinburgh - ARC internal audit recommendations tracker
# ---------------------------------------------------------------------------
def rbge():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Royal Botanic Garden Edinburgh"
    cov["A1"].font = Font(bold=True, size=16, color="2E5E3E")
    cov["A2"] = "Audit and Risk Committee – 11 March 2025"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Paper ARC 25/07"
    cov["A5"] = "Internal Audit Recommendations Tracker – position at 28 February 2025"
    cov["A5"].font = Font(bold=True, size=14)
    cov["A7"] = "Prepared by:"
    cov["B7"] = "Head of Finance"
    cov["A8"] = "Internal auditor:"
    cov["B8"] = "Azets"
    cov["A9"] = "Purpose:"
    cov["B9"] = ("To update the Committee on progress in implementing agreed management actions "
                 "arising from internal audit reports.")
    cov["A11"] = "Recommendation priority"
    cov["A11"].font = Font(bold=True)
    cov["A12"] = "Priority 1"
    cov["B12"] = "Fundamental control weakness requiring immediate attention by senior management."
    cov["A13"] = "Priority 2"
    cov["B13"] = "Significant weakness; action required within six months."
    cov["A14"] = "Priority 3"
    cov["B14"] = "Minor weakness or opportunity to improve efficiency."
    cov["A16"] = "RAG key (column J of the Tracker sheet)"
    cov["A16"].font = Font(bold=True)
    key = [(BLUE, "Action complete – evidence provided to Azets for validation"),
           (GREEN, "On track to be delivered by the agreed date"),
           (AMBER, "Revised date agreed / at risk of slippage"),
           (RED, "Overdue – agreed date passed and not complete")]
    for i, (col, txt) in enumerate(key):
        r = 17 + i
        cov.cell(row=r, column=1).fill = fill(col)
        cov.cell(row=r, column=1).border = BOX
        cov.cell(row=r, column=2, value=txt)
    cov.column_dimensions["A"].width = 26
    cov.column_dimensions["B"].width = 90

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of open and closed recommendations by report"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Internal audit report", "Priority 1", "Priority 2", "Priority 3", "Total",
           "Complete", "Open"]
    for c, h in enumerate(hdr, 1):
        cell = summ.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("2E5E3E")
        cell.border = BOX
    rows = [("IA 2023/04 Procurement and Contract Management", 2, 1, 0, 3, 2, 1),
            ("IA 2024/02 Cyber Security and IT Resilience", 1, 1, 1, 3, 1, 2),
            ("IA 2024/05 Estates Capital Programme (Edinburgh Biomes)", 1, 1, 0, 2, 0, 2)]
    for i, row in enumerate(rows):
        for c, v in enumerate(row, 1):
            summ.cell(row=4 + i, column=c, value=v).border = BOX
    summ.cell(row=7, column=1, value="Total").font = Font(bold=True)
    for c, v in enumerate([4, 3, 1, 8, 3, 5], 2):
        cell = summ.cell(row=7, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    summ["A9"] = ("Note: recommendation 23-04.2 has two agreed management actions, counted "
                  "separately in the totals above.")
    summ["A9"].font = Font(italic=True)
    summ.column_dimensions["A"].width = 58

    t = wb.create_sheet("Tracker")
    t["A1"] = "Royal Botanic Garden Edinburgh – Internal Audit Recommendations Tracker"
    t["A1"].font = Font(bold=True, size=13)
    t["A2"] = "Position at 28 February 2025. Updates provided by action owners; dates in dd/mm/yyyy."
    t["A2"].font = Font(italic=True)
    headers = ["Ref", "Recommendation", "Priority", "Agreed management action",
               "Responsible officer", "Original due date", "Revised due date",
               "Progress update (February 2025)", "Azets validated?", "RAG"]
    widths = [10, 48, 9, 52, 26, 13, 13, 55, 11, 7]
    for c, (h, w) in enumerate(zip(headers, widths), 1):
        cell = t.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("2E5E3E")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
        t.column_dimensions[get_column_letter(c)].width = w

    # (ref, rec, priority, action, officer, orig, revised, update, validated, rag)
    sections = [
        ("IA 2023/04 – Procurement and Contract Management (report issued June 2023)", [
            ("23-04.1",
             "The Garden should maintain a complete contracts register, including contract values, "
             "end dates and named contract managers, and review it quarterly.",
             "2",
             "Contracts register to be rebuilt in the finance system and populated from all live "
             "contracts over £10k. Quarterly review to be added to the Finance team calendar.",
             "Procurement Manager", d(2023, 12, 31), d(2024, 6, 30),
             "Register live from June 2024; first two quarterly reviews completed (Sept and Dec 2024).",
             "Yes", BLUE),
            ("23-04.2(a)",
             "Single-source justifications should be approved in advance in line with the Scheme of "
             "Delegation, and retrospective approvals reported to the Audit and Risk Committee.",
             "1",
             "Revise the single tender action form so that approval is required before a purchase "
             "order can be raised.",
             "Head of Finance", d(2024, 3, 31), d(2024, 9, 30),
             "Workflow change made in the purchasing module in September 2024.",
             "Yes", BLUE),
            ("23-04.2(b)", None, None,
             "Report all retrospective single tender actions to each ARC meeting as a standing item.",
             "Head of Finance / Governance Manager", d(2024, 3, 31), None,
             "Standing item in place since June 2024 ARC. Two retrospective approvals reported to "
             "this meeting (see Paper ARC 25/09).",
             "No", GREEN),
        ]),
        ("IA 2024/02 – Cyber Security and IT Resilience (report issued May 2024)", [
            ("24-02.1",
             "Multi-factor authentication should be enforced for all remote access and for all "
             "accounts with administrative privileges.",
             "1",
             "Enforce MFA on all remaining accounts, including shared horticultural accounts at the "
             "regional Gardens (Benmore, Dawyck and Logan).",
             "Head of Digital", d(2024, 10, 31), d(2025, 3, 31),
             "92% of accounts enrolled. Shared accounts at Logan awaiting replacement handsets; "
             "revised date agreed with Azets.",
             "No", AMBER),
            ("24-02.2",
             "The IT disaster recovery plan should be tested at least annually and the results "
             "reported to the Executive Team.",
             "2",
             "Carry out a full disaster recovery test of the living collections database and the "
             "herbarium imaging servers, and report the results to the Executive Team.",
             "Head of Digital", d(2024, 12, 31), None,
             "Test postponed twice because of the network upgrade. Not yet rescheduled.",
             "No", RED),
            ("24-02.3",
             "Completion of mandatory cyber awareness training should be monitored and followed up.",
             "3",
             "Monthly completion report to line managers; non-completion after 60 days escalated "
             "to the relevant Director.",
             "HR Business Partner; Head of Digital", d(2024, 9, 30), None,
             "Reports issued monthly since August 2024. Completion rate 96%.",
             "Yes", BLUE),
        ]),
        ("IA 2024/05 – Estates Capital Programme (Edinburgh Biomes) (report issued November 2024)", [
            ("24-05.1",
             "Project change control should be strengthened so that all changes above £50k are "
             "approved by the Project Board before they are instructed.",
             "1",
             "Introduce a change control log for the Edinburgh Biomes project, with approval "
             "thresholds aligned to the Scheme of Delegation.\n"
             "Log to be reviewed at each Project Board.",
             "Director of Estates and Facilities", d(2025, 2, 28), None,
             "Change control log drafted and used at the February 2025 Project Board; formal "
             "sign-off of thresholds due at March Board.",
             "No", GREEN),
            ("24-05.2",
             "Benefits realisation for the Biomes project should be defined and tracked.",
             "2",
             "Develop a benefits realisation plan with measurable baselines and present it to the "
             "Board of Trustees.",
             "Biomes Programme Director", d(2025, 6, 30), None,
             "Baseline visitor and research metrics being collated.",
             "No", GREEN),
        ]),
    ]

    r = 5
    for heading, recs in sections:
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        cell = t.cell(row=r, column=1, value=heading)
        cell.font = Font(bold=True)
        cell.fill = fill("E2EFDA")
        r += 1
        for i, (ref, rec, pri, act, off, orig, rev, upd, val, rag) in enumerate(recs):
            t.cell(row=r, column=1, value=ref)
            if rec is not None:
                t.cell(row=r, column=2, value=rec)
                t.cell(row=r, column=3, value=pri)
                # a recommendation with more than one action: merge its cells downward
                span = 1
                for nxt in recs[i + 1:]:
                    if nxt[1] is None:
                        span += 1
                    else:
                        break
                if span > 1:
                    t.merge_cells(start_row=r, start_column=2, end_row=r + span - 1, end_column=2)
                    t.merge_cells(start_row=r, start_column=3, end_row=r + span - 1, end_column=3)
            t.cell(row=r, column=4, value=act)
            t.cell(row=r, column=5, value=off)
            c6 = t.cell(row=r, column=6, value=orig)
            c6.number_format = "dd/mm/yyyy"
            if rev is not None:
                c7 = t.cell(row=r, column=7, value=rev)
                c7.number_format = "dd/mm/yyyy"
            t.cell(row=r, column=8, value=upd)
            t.cell(row=r, column=9, value=val)
            t.cell(row=r, column=10).fill = fill(rag)
            for c in range(1, 11):
                t.cell(row=r, column=c).alignment = WRAP
                t.cell(row=r, column=c).border = BOX
            r += 1
    r += 1
    t.cell(row=r, column=1, value=("Completed actions are removed from the tracker once validated "
                                   "by Azets and reported to the Committee."))
    t.cell(row=r, column=1).font = Font(italic=True)
    t.freeze_panes = "A5"
    wb.active = 2
    wb.save(out("zut-royal-botanic-garden-edinburgh-arc-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Waterways Ireland - corporate risk register 2025
# ---------------------------------------------------------------------------
def waterways():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document Control"
    dc["A1"] = "Waterways Ireland"
    dc["A1"].font = Font(bold=True, size=14, color="005A8C")
    dc["A2"] = "Corporate Risk Register – document control"
    dc["A2"].font = Font(bold=True)
    hdr = ["Version", "Date", "Summary of changes", "Reviewed by"]
    for c, h in enumerate(hdr, 1):
        cell = dc.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    vers = [("v1.0", d(2025, 1, 28), "2025 register approved following annual review",
             "Senior Management Team"),
            ("v1.1", d(2025, 4, 22), "Q1 review; CR3 residual score increased to 16",
             "Audit and Risk Committee"),
            ("v1.2", d(2025, 7, 15), "Q2 review; action updates at 30 June 2025",
             "Senior Management Team")]
    for i, row in enumerate(vers):
        for c, v in enumerate(row, 1):
            cell = dc.cell(row=5 + i, column=c, value=v)
            cell.border = BOX
            if c == 2:
                cell.number_format = "dd/mm/yyyy"
    dc.column_dimensions["A"].width = 10
    dc.column_dimensions["B"].width = 12
    dc.column_dimensions["C"].width = 55
    dc.column_dimensions["D"].width = 28

    rr = wb.create_sheet("Risk Register")
    rr["A1"] = "Waterways Ireland Corporate Risk Register 2025"
    rr["A1"].font = Font(bold=True, size=14, color="005A8C")
    rr["A2"] = "Quarter 2 review – position at 30 June 2025"
    rr["A2"].font = Font(italic=True)
    rr["A3"] = ("Scores are Likelihood x Impact (1–5). Direction of travel: ↑ increasing, ↓ reducing, "
                "↔ unchanged since last review.")
    hdr = ["Risk ref", "Risk description", "Risk owner", "L", "I", "Inherent score",
           "Key existing controls", "Residual score", "Direction", "Action ref",
           "Further action required", "Action owner", "Target date", "Action RAG"]
    widths = [8, 44, 18, 4, 4, 9, 40, 9, 9, 8, 50, 26, 12, 8]
    for c, (h, w) in enumerate(zip(hdr, widths), 1):
        cell = rr.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005A8C")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
        rr.column_dimensions[get_column_letter(c)].width = w

    ragfill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    risks = [
        ("CR1",
         "Failure of critical navigation infrastructure (locks, sluices, bridges and embankments) "
         "resulting in closure of navigations, flooding of adjacent land or harm to the public.",
         "Director of Operations", 4, 5, 20,
         "Asset register and inspection regime; annual capital works programme; emergency "
         "response procedures; reservoir safety arrangements.",
         12, "↔", [
             ("CR1.1",
              "Complete the 2025 principal inspection programme (Shannon-Erne Waterway and Lower "
              "Bann) and update asset condition ratings.",
              "Head of Engineering & Asset Management", "Dec 2025", "G"),
             ("CR1.2",
              "Prioritise the 2026 capital works programme using risk-based asset condition data and "
              "present it to the Monitoring Committee.",
              "Director of Operations", "Oct 2025", "A"),
             ("CR1.3",
              "Appoint a Supervising Engineer for all controlled reservoirs and complete the first "
              "statutory inspection cycle.",
              "Head of Engineering & Asset Management", "31/03/2025", "B"),
         ]),
        ("CR2",
         "Insufficient funding from the Sponsor Departments to maintain the waterways to the "
         "required standard and deliver the Corporate Plan.",
         "Director of Corporate Services", 4, 4, 16,
         "Business plan agreed through the North South Ministerial Council; monthly budget "
         "monitoring; engagement with DfI and DHLGH.",
         12, "↔", [
             ("CR2.1",
              "Agree the 2026 budget requirement with both Sponsor Departments through the North "
              "South Ministerial Council process.",
              "Director of Corporate Services", "Nov 2025", "A"),
             ("CR2.2",
              "Develop an income generation plan (moorings, licences and property) with a target of "
              "5% growth in own-generated income.",
              "Head of Finance; Head of Property & Commercial", "Ongoing", "G"),
         ]),
        ("CR3",
         "Cyber attack or major ICT failure leading to loss of systems, data breach or disruption "
         "to navigation control and customer services.",
         "Director of Corporate Services", 4, 5, 20,
         "Firewalls and endpoint protection; off-site backups; staff cyber awareness training; "
         "ICT business continuity plan.",
         16, "↑", [
             ("CR3.1",
              "Migrate the remaining on-premise servers to the cloud hosting platform and "
              "decommission the legacy Enniskillen server room.",
              "Head of ICT", "Sep 2025", "R"),
             ("CR3.2",
              "Run a cyber incident exercise with the Senior Management Team.",
              "Head of ICT", "Jun 2025", "B"),
         ]),
        ("CR4",
         "Serious injury or loss of life to staff, contractors or members of the public on or "
         "near the waterways.",
         "Chief Executive", 3, 5, 15,
         "Health and safety management system; risk assessments and safe systems of work; "
         "training; incident reporting and investigation.",
         10, "↓", [
             ("CR4.1",
              "Roll out the lone working app to all seasonal and waterway operative staff before the "
              "2025 boating season.",
              "Health & Safety Manager", "Apr 2025", "B"),
             ("CR4.2",
              "Review water safety signage at 40 high-footfall sites in partnership with Water "
              "Safety Ireland and the RNLI.",
              "Health & Safety Manager / Head of Marine Operations", "Dec 2025", "G"),
         ]),
    ]
    r = 6
    for (ref, desc, owner, li, im, inh, ctrl, res, dirn, acts) in risks:
        n = len(acts)
        for c, v in zip([1, 2, 3, 4, 5, 6, 7, 8, 9], [ref, desc, owner, li, im, inh, ctrl, res, dirn]):
            rr.cell(row=r, column=c, value=v)
            if n > 1:
                rr.merge_cells(start_row=r, start_column=c, end_row=r + n - 1, end_column=c)
        rr.cell(row=r, column=6).fill = fill(RED if inh >= 15 else AMBER)
        rr.cell(row=r, column=8).fill = fill(RED if res >= 15 else AMBER)
        for j, (aref, act, aown, due, rag) in enumerate(acts):
            row = r + j
            rr.cell(row=row, column=10, value=aref)
            rr.cell(row=row, column=11, value=act)
            rr.cell(row=row, column=12, value=aown)
            rr.cell(row=row, column=13, value=due)
            cell = rr.cell(row=row, column=14, value=rag)
            cell.fill = fill(ragfill[rag])
            cell.alignment = Alignment(horizontal="center", vertical="top")
            for c in range(1, 15):
                rr.cell(row=row, column=c).border = BOX
                if c != 14:
                    rr.cell(row=row, column=c).alignment = WRAP
        r += n
    r += 1
    rr.cell(row=r, column=1, value="Action RAG key: G – on track; A – some slippage, recoverable; "
                                   "R – behind target, escalated to SMT; B – complete.")
    rr.cell(row=r, column=1).font = Font(italic=True)
    rr.freeze_panes = "C6"

    mx = wb.create_sheet("Scoring Matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Impact →  /  Likelihood ↓"
    for i in range(1, 6):
        mx.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        mx.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            score = li * im
            cell = mx.cell(row=3 + (6 - li), column=1 + im, value=score)
            cell.fill = fill(RED if score >= 15 else AMBER if score >= 8 else GREEN)
            cell.border = BOX
    mx["A10"] = "15–25 High: SMT and ARC oversight; 8–12 Medium: Director oversight; 1–6 Low: local management."
    wb.active = 1
    wb.save(out("zut-waterways-ireland-corporate-risk-register-2025.xlsx"))


# ---------------------------------------------------------------------------
# 3. Fortis - RSH governance regulatory judgement improvement plan (typo month, refuse)
# ---------------------------------------------------------------------------
def fortis():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Fortis"
    ws["A1"].font = Font(bold=True, size=14, color="6A1B9A")
    ws["A2"] = "Governance Improvement Plan – response to the Regulatory Judgement (G2 / V2)"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Report to Board, 24 September 2025 – progress at 12 September 2025"
    ws["A4"] = ("Agreed with the Regulator of Social Housing following the regulatory judgement "
                "published in February 2025. Owner: Company Secretary.")
    ws["A4"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Executive lead", "Oversight", "Original target", "Revised target",
           "Evidence / progress", "Previous RAG", "Current RAG"]
    widths = [6, 55, 26, 20, 15, 15, 50, 10, 10]
    for c, (h, w) in enumerate(zip(hdr, widths), 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("6A1B9A")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
        ws.column_dimensions[get_column_letter(c)].width = w
    themes = [
        ("Theme 1: Board effectiveness and oversight", [
            ("1.1", "Commission an independent governance effectiveness review against the NHF Code "
                    "of Governance 2020.", "Company Secretary", "Board", "April 2025", "",
             "Review completed by external adviser; report to Board June 2025.", "Amber", "Complete"),
            ("1.2", "Implement the recommendations of the governance review, including revised "
                    "committee terms of reference.", "Company Secretary", "Board", "September 2025",
             "December 2025", "Terms of reference redrafted; Board away day set for November.",
             "Green", "Amber"),
            ("1.3", "Recruit two Board members with asset management and health and safety "
                    "expertise.", "Chair / Company Secretary", "Nominations & Remuneration Committee",
             "July 2025", "", "Two appointments made in July 2025.", "Green", "Complete"),
        ]),
        ("Theme 2: Risk management and internal controls", [
            ("2.1", "Refresh the risk management framework and Board risk appetite statement.",
             "Chief Financial Officer", "Audit & Risk Committee", "June 2025", "October 2025",
             "Draft framework to ARC in October.", "Amber", "Amber"),
            ("2.2", "Map sources of assurance for all strategic risks into a Board assurance "
                    "framework.", "Head of Risk and Assurance", "Audit & Risk Committee",
             "September 2025", "Novmber 2025", "Mapping 60% complete.", "Green", "Amber"),
            ("2.3", "Commission internal audit of landlord health and safety compliance data "
                    "(gas, electrical, fire, asbestos, water, lifts).", "Head of Risk and Assurance",
             "Audit & Risk Committee", "August 2025", "", "Fieldwork underway.", "Green", "Green"),
        ]),
        ("Theme 3: Financial planning and stress testing", [
            ("3.1", "Rebuild the 30-year business plan with revised assumptions for stock investment "
                    "and decarbonisation.", "Chief Financial Officer", "Board", "July 2025",
             "October 2025", "Assumptions approved by Board in July.", "Amber", "Green"),
            ("3.2", "Carry out multi-variate stress testing and agree mitigation plans for breach "
                    "scenarios.", "Chief Financial Officer", "Audit & Risk Committee", "October 2025",
             "", "Scenarios agreed with ARC.", "Green", "Green"),
            ("3.3", "Report loan covenant headroom and golden rules to every Board meeting.",
             "Head of Treasury", "Board", "May 2025", "", "Standing item since May 2025.", "Green",
             "Complete"),
        ]),
    ]
    ragfill = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}
    r = 7
    for theme, acts in themes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        cell = ws.cell(row=r, column=1, value=theme)
        cell.font = Font(bold=True)
        cell.fill = fill("E1BEE7")
        r += 1
        for row in acts:
            for c, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=8).fill = fill(ragfill[row[7]])
            ws.cell(row=r, column=9).fill = fill(ragfill[row[8]])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Green – on track; Amber – revised date or at risk; "
                                   "Red – off track; Complete – evidenced and closed by Board.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.freeze_panes = "A7"
    wb.save(out("zut-fortis-rsh-governance-regulatory-judgement-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, italic=False, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def header_row(table, labels, hexcol="1F3864"):
    for i, h in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True, color="FFFFFF", size=9)
        shade(c, hexcol)


# ---------------------------------------------------------------------------
# 4. Chest Heart & Stroke Scotland - Board of Trustees rolling action log (docx)
# ---------------------------------------------------------------------------
def chss():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Chest Heart & Stroke Scotland")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0xC8, 0x10, 0x2E)
    doc.add_heading("Board of Trustees – Rolling Action Log", level=1)
    doc.add_paragraph("Board meeting 11 December 2025 – Agenda item 3 (Matters arising)")
    doc.add_paragraph("Updated by the Governance Officer following the meeting of 25 September 2025. "
                      "Actions marked Complete will be removed after this meeting.")

    cols = ["No.", "Action", "Owner", "Due", "Update", "RAG"]
    ragcol = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}

    meetings = [
        ("Meeting of 27 March 2025", [
            ("Item 5: Finance and Resources Committee report", [
                ("25/03-01", "Circulate the revised reserves policy to all Trustees for approval by "
                             "correspondence.", "Director of Finance and Resources", "April 2025",
                 "Approved by correspondence 14 April 2025.", "Complete"),
                ("25/03-02", "Bring a proposal on the future of the Dundee and Perth charity shops "
                             "lease renewals to the June Board.", "Director of Retail",
                 "June 2025", "Proposal presented in June; one lease renewed, one surrendered.",
                 "Complete"),
            ]),
            ("Item 8: Strategy 2025–2030", [
                ("25/03-03", "Develop an outcomes framework for the new strategy, with baseline "
                             "measures for the Hospital to Home and Advice Line services.",
                 "Director of Services and Impact", "December 2025",
                 "Draft framework discussed at Services Committee in November.", "Green"),
            ]),
        ]),
        ("Meeting of 19 June 2025", [
            ("Item 4: Audit and Risk Committee report", [
                ("25/06-01", "Update the strategic risk register to reflect the fundraising income "
                             "shortfall and report the revised risk scores to the next meeting.",
                 "Chief Executive", "September 2025",
                 "Risk register revised; income risk now scored 16. Deferred to December Board to "
                 "include the Q2 forecast.", "Amber"),
                ("25/06-02", "Arrange cyber security training for all Trustees.",
                 "Head of Digital and IT", "October 2025",
                 "Session booked for 29 October 2025 with Scottish Business Resilience Centre.",
                 "Complete"),
            ]),
            ("Item 7: Trustee recruitment and succession", [
                ("25/06-03", "Agree a skills audit template and circulate to all Trustees.",
                 "Chair and Governance Officer", "August 2025",
                 "Template circulated in September; returns outstanding from three Trustees.",
                 "Red"),
            ]),
        ]),
        ("Meeting of 25 September 2025", [
            ("Item 6: Fundraising performance", [
                ("25/09-01", "Present a recovery plan for legacy and individual giving income, "
                             "including a revised income forecast for 2025/26.",
                 "Director of Fundraising", "December 2025", "On agenda for 11 December.",
                 "Green"),
                ("25/09-02", "Review the policy on acceptance of corporate donations and partnerships "
                             "in light of the OSCR guidance on charity trustee duties.",
                 "Company Secretary", "March 2026", "Not yet started.", "Green"),
            ]),
            ("Item 9: Annual Report and Accounts 2024/25", [
                ("25/09-03", "File the approved Annual Report and Accounts with OSCR and Companies "
                             "House.", "Director of Finance and Resources", "31 December 2025",
                 "Accounts signed 25 September; filing scheduled for October.", "Green"),
            ]),
        ]),
    ]
    for meeting, items in meetings:
        doc.add_heading(meeting, level=2)
        n_rows = 1 + sum(1 + len(a) for _, a in items)
        table = doc.add_table(rows=n_rows, cols=len(cols))
        table.style = "Table Grid"
        header_row(table, cols, "C8102E")
        ri = 1
        for item, acts in items:
            row = table.rows[ri]
            m = row.cells[0].merge(row.cells[len(cols) - 1])
            set_cell(m, item, bold=True)
            shade(m, "F2F2F2")
            ri += 1
            for (no, act, own, due, upd, rag) in acts:
                cells = table.rows[ri].cells
                for i, v in enumerate([no, act, own, due, upd, rag]):
                    set_cell(cells[i], v)
                shade(cells[5], ragcol[rag])
                ri += 1
        doc.add_paragraph()

    doc.add_heading("RAG key", level=3)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate([("Complete", "Action completed; to be removed after the next meeting"),
                                ("Green", "On track for the due date"),
                                ("Amber", "Due date revised or at risk"),
                                ("Red", "Overdue")]):
        set_cell(key.rows[i].cells[0], k, bold=True)
        shade(key.rows[i].cells[0], ragcol[k])
        set_cell(key.rows[i].cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Chest Heart & Stroke Scotland is a registered Scottish charity regulated "
                      "by OSCR.").runs[0].italic = True
    doc.save(out("zut-chest-heart-stroke-scotland-board-of-trustees-rolling-action-log.docx"))


# ---------------------------------------------------------------------------
# 5. Northern Gas Networks - HSE improvement notices corrective action plan (docx)
# ---------------------------------------------------------------------------
def ngn():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Northern Gas Networks")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x00, 0x6E, 0x51)
    doc.add_heading("HSE Improvement Notices – Corrective Action Plan", level=1)
    doc.add_paragraph("Safety, Health and Environment Committee – 14 May 2025")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Director of Safety, Health and Environment"),
                                ("Version", "4.0"),
                                ("Date", "6 May 2025"),
                                ("Approved by", "Executive Safety Group"),
                                ("Classification", "Internal – shared with HSE Gas and Pipelines Unit")]):
        set_cell(dc.rows[i].cells[0], k, bold=True)
        shade(dc.rows[i].cells[0], "E2EFDA")
        set_cell(dc.rows[i].cells[1], v)

    doc.add_heading("1. Background", level=2)
    doc.add_paragraph(
        "Following an inspection of our emergency response and pipeline maintenance arrangements in "
        "February 2024, HSE served three Improvement Notices on Northern Gas Networks Limited. This "
        "plan sets out the corrective actions we have taken and will take to comply with each notice. "
        "Progress is reported monthly to the Executive Safety Group and to HSE.")
    doc.add_paragraph(
        "Status key: Complete – action closed and evidence shared with HSE; On track (Green); "
        "At risk (Amber) – may miss the target or revised date; Overdue (Red).")

    doc.add_heading("2. Corrective actions by Improvement Notice", level=2)
    cols = ["No.", "Corrective action", "Action owner", "Target date", "Revised date", "Status"]
    statcol = {"Complete": "9DC3E6", "On track": "C6E0B4", "At risk": "FFE699", "Overdue": "FF7C80"}
    notices = [
        ("Improvement Notice 1 – Control of public reported escapes (GS(M)R regulation 7)",
         "Served 12 March 2024. Compliance date 30 September 2024, extended by HSE to 31 March 2025.",
         "Ensure that gas escapes reported by the public are attended and made safe, and that "
         "escapes are prevented within 12 hours wherever reasonably practicable.",
         [
             ("1.1", "Review and reissue the emergency procedure for prevention of escapes within "
                     "12 hours, including escalation at 8 hours to the Duty Manager.",
              "Head of Emergency Services", "30/06/2024", "", "Complete"),
             ("1.2", "Introduce a daily report of all open escapes over 8 hours for the Network "
                     "Control Centre.", "Network Control Manager", "31/07/2024", "", "Complete"),
             ("1.3", "Recruit and train 24 additional First Call Operatives to improve cover in the "
                     "Leeds and Teesside areas.", "Head of Emergency Services", "30/09/2024",
              "31/03/2025", "At risk"),
         ]),
        ("Improvement Notice 2 – Maintenance of pressure reduction installations (PSR regulation 13)",
         "Served 12 March 2024. Compliance date 31 December 2024.",
         "Ensure that district pressure governors and associated equipment are maintained in "
         "efficient working order and in good repair, and that maintenance records are complete.",
         [
             ("2.1", "Complete the backlog of overdue governor maintenance tasks identified at the "
                     "inspection (312 sites).", "Head of Asset Management", "31/10/2024",
              "28/02/2025", "Complete"),
             ("2.2", "Migrate governor maintenance records from the legacy system to the new work "
                     "management system and carry out a data quality audit.",
              "Head of Asset Management; Head of IS Delivery", "31/12/2024", "30/06/2025",
              "On track"),
             ("2.3", "Carry out competence assessments for all governor technicians against the "
                     "revised training standard.", "Head of Training and Competence", "31/12/2024",
              "", "Overdue"),
         ]),
        ("Improvement Notice 3 – Safety case arrangements for emergency service contractors (GS(M)R regulation 5)",
         "Served 19 March 2024. Compliance date 31 December 2024.",
         "Ensure that contractors undertaking emergency work comply with the arrangements in the "
         "safety case, and that their compliance is monitored.",
         [
             ("3.1", "Revise contractor emergency work specifications and brief all three framework "
                     "contractors.", "Head of Procurement and Commercial", "30/09/2024", "",
              "Complete"),
             ("3.2", "Introduce quarterly safety case compliance audits of emergency contractors, "
                     "reported to the Safety, Health and Environment Committee.",
              "Head of Safety, Health & Environment Assurance", "31/12/2024", "", "On track"),
         ]),
    ]
    for title, served, requirement, acts in notices:
        doc.add_heading(title, level=3)
        doc.add_paragraph(served)
        table = doc.add_table(rows=2 + len(acts), cols=len(cols))
        table.style = "Table Grid"
        header_row(table, cols, "006E51")
        m = table.rows[1].cells[0].merge(table.rows[1].cells[len(cols) - 1])
        set_cell(m, requirement, italic=True)
        shade(m, "EDEDED")
        for j, (no, act, own, tgt, rev, stat) in enumerate(acts):
            cells = table.rows[2 + j].cells
            for i, v in enumerate([no, act, own, tgt, rev, stat]):
                set_cell(cells[i], v)
            shade(cells[5], statcol[stat])
        doc.add_paragraph()

    doc.add_heading("3. Next steps", level=2)
    doc.add_paragraph("HSE will carry out a follow-up visit in July 2025. Actions 1.3 and 2.3 are "
                      "escalated to the Executive Safety Group.")
    doc.save(out("zut-northern-gas-networks-hse-improvement-notices-corrective-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Bude-Stratton Town Council - governance action plan, Microsoft Planner export saved as CSV
# ---------------------------------------------------------------------------
def csvq(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        v = '"' + v.replace('"', '""') + '"'
    return v


def bude():
    cols = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
            "Created By", "Created Date", "Start date", "Due date", "Is Recurring", "Late",
            "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items",
            "Labels", "Description"]
    rows = [
        ("kT2vQm8XbE6aH0nRz4Lw1cYpGf3", "Adopt updated Financial Regulations based on the 2024 NALC model",
         "Internal audit 2024/25 points", "Completed", "Important", "Deborah Kitto",
         "Deborah Kitto", "07/05/2025", "07/05/2025", "31/07/2025", "false", "false", "21/07/2025",
         "Deborah Kitto", "2/2", "Draft to F&GP;Full Council adoption", "",
         "Internal auditor point 1.\nCurrent Financial Regulations date from 2019."),
        ("p9XcW1rLmA7uJ2sKe5TdN8bVh0Q", "Reconcile the fixed asset register to insurance schedule and "
                                        "physical check of all assets",
         "Internal audit 2024/25 points", "In progress", "Medium", "Rachel Hocking;Deborah Kitto",
         "Deborah Kitto", "07/05/2025", "02/06/2025", "30/11/2025", "false", "false", "", "", "1/3",
         "Insurance schedule;Physical check;Report to F&GP", "Green RAG",
         "Internal auditor point 2. Includes play equipment and Castle grounds assets."),
        ("Zf4Hn6Ya0oC3dQ8gR1mTs7VwE2k", "Publish all payments over £500 on the website quarterly "
                                        "(Transparency Code)",
         "Internal audit 2024/25 points", "In progress", "Important", "Rachel Hocking",
         "Deborah Kitto", "07/05/2025", "07/05/2025", "30/06/2025", "true", "true", "", "", "0/1",
         "Q1 upload", "Red RAG",
         "Internal auditor point 4. Q4 2024/25 data still not published."),
        ("b1Ue8Kq3yP5iN0zLx6Wj9Ms2Rd4", "Review Standing Orders against the NALC 2025 model and "
                                        "present to Full Council",
         "Policies & standing orders", "In progress", "Medium", "Deborah Kitto",
         "Deborah Kitto", "12/05/2025", "01/09/2025", "30/11/2025", "false", "false", "", "", "0/2",
         "Working group review;Full Council", "Amber RAG",
         "Working group meeting postponed from September."),
        ("Gq7Ls2Fa9eV4bH1nJ6Xc3Zk8Ty0", "Adopt a Code of Conduct complaints protocol with Cornwall "
                                        "Council Monitoring Officer",
         "Policies & standing orders", "Not started", "Low", "Deborah Kitto", "Deborah Kitto",
         "12/05/2025", "", "31/01/2026", "false", "false", "", "", "", "", "", ""),
        ("m3Vb0Nc6Xz1Lk8Jh4Gf2Ds9Ap7Q", "Update the council's risk register and present it to Full "
                                        "Council for annual review",
         "Risk & assets", "Completed", "Important", "Deborah Kitto;Cllr Peter Maddock",
         "Deborah Kitto", "12/05/2025", "12/05/2025", "30/06/2025", "false", "false", "24/06/2025",
         "Deborah Kitto", "1/1", "Full Council 24 June", "", "Approved at Full Council 24/06/2025."),
        ("Rw5Ty9Ui2Op6As1Df3Gh8Jk0Lz4", "Obtain a condition survey of the Parkhouse Centre roof and "
                                        "add the repair to the 2026/27 budget",
         "Risk & assets", "In progress", "Medium", "Estates and Facilities Officer",
         "Deborah Kitto", "19/05/2025", "16/06/2025", "31/12/2025", "false", "false", "", "", "1/2",
         "Survey;Budget bid", "Green RAG", "Survey received 3 September. Quotes being obtained."),
        ("Hc8Jd1Ke4Lf7Mg0Nh3Oi6Pj9Qk2", "Test the business continuity plan with staff (loss of the "
                                        "Town Council offices scenario)",
         "Risk & assets", "Not started", "Low", "Rachel Hocking", "Deborah Kitto", "19/05/2025", "",
         "", "false", "false", "", "", "", "", "", ""),
    ]
    lines = [
        ",".join(csvq(v) for v in ["Plan name", "Bude-Stratton Town Council – Governance Action Plan 2025-26"]),
        ",".join(csvq(v) for v in ["Plan ID", "7wQ0kXvR2EyZp4oLbN3cT6aHm1Sd"]),
        ",".join(csvq(v) for v in ["Date of export", "14/10/2025"]),
        "",
        ",".join(csvq(c) for c in cols),
    ]
    for row in rows:
        lines.append(",".join(csvq(v) for v in row))
    with open(out("zut-bude-stratton-town-council-governance-action-plan-planner-export.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Transport Scotland - Small Vessel Replacement Programme highlight report (tab-separated text)
# ---------------------------------------------------------------------------
def svrp():
    T = "\t"
    L = []
    L.append("TRANSPORT SCOTLAND")
    L.append("Small Vessel Replacement Programme (SVRP) – Programme Highlight Report")
    L.append("Reporting period:" + T + "1 August 2025 to 31 August 2025")
    L.append("Report to:" + T + "SVRP Programme Board, 10 September 2025")
    L.append("Senior Responsible Owner:" + T + "Director of Aviation, Maritime, Freight and Canals")
    L.append("Overall RAG (previous / current):" + T + "Amber / Amber")
    L.append("")
    L.append("Summary")
    L.append("Contract for the seven small vessels signed. Port infrastructure design is the main "
             "pressure on the programme: two of the five harbour projects are forecast to finish after "
             "the first vessel delivery.")
    L.append("")
    L.append("RAG key: G = on track; A = at risk, forecast later than baseline but within tolerance; "
             "R = outside tolerance, Programme Board decision needed; C = complete")
    L.append("")
    hdr = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "Prev RAG", "RAG",
           "Commentary"]
    sections = [
        ("Workstream 1: Vessel procurement and construction", [
            ("1.1", "Sign shipbuilding contract for seven small battery-electric vessels",
             "CMAL Director of Vessels", "Jun-25", "Jul-25", "A", "C", "Contract signed 22 July 2025."),
            ("1.2", "Approve detailed design package for the lead vessel",
             "CMAL Project Director", "Dec-25", "Dec-25", "G", "G", "Design reviews 1 and 2 held."),
            ("1.3", "Appoint owner's site team at the shipyard",
             "CMAL Project Director / Commercial Lead", "Oct-25", "Nov-25", "G", "A",
             "Two of four posts filled; remaining posts re-advertised."),
        ]),
        ("Workstream 2: Port and harbour infrastructure", [
            ("2.1", "Complete outline design of charging infrastructure at the five SVRP harbours",
             "Head of Ports Infrastructure", "Sep-25", "Jan-26", "A", "R",
             "Grid connection offers awaited from SSEN for two harbours. Decision paper to Board."),
            ("2.2", "Submit marine licence applications for berth works",
             "Head of Ports Infrastructure", "Nov-25", "w/c 16/02/26", "A", "A",
             "Ecology surveys extended by the Marine Directorate."),
            ("2.3", "Agree harbour works funding split with the island local authorities",
             "Head of Ferries Policy", "Aug-25", "TBC", "A", "R",
             "Awaiting confirmation from two councils."),
        ]),
        ("Workstream 3: Communities and operations", [
            ("3.1", "Hold community engagement events on vessel design and timetable changes",
             "Stakeholder Engagement Manager", "Sep-25", "Sep-25", "G", "G",
             "Events booked for 15–19 September."),
            ("3.2", "Agree crewing and training plan for battery-electric operation with CalMac",
             "Head of Ferries Policy; CalMac Head of Fleet Operations", "Mar-26", "Mar-26", "G", "G",
             "First workshop held 20 August."),
        ]),
    ]
    for heading, acts in sections:
        L.append(heading)
        L.append(T.join(hdr))
        for a in acts:
            L.append(T.join(a))
        L.append("")
    L.append("Milestone summary" + T + "Total 8" + T + "Complete 1" + T + "Green 3" + T + "Amber 2"
             + T + "Red 2")
    L.append("")
    L.append("Decisions required from Programme Board")
    L.append("D1" + T + "Approve the use of programme contingency to fund early grid connection works "
                        "(see paper SVRP/PB/25/09).")
    L.append("")
    L.append("Next report: 8 October 2025")
    with open(out("zut-transport-scotland-small-vessel-replacement-programme-highlight-report.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    rbge()
    waterways()
    fortis()
    chss()
    ngn()
    bude()
    svrp()
    print("built 7 files in", HERE)
