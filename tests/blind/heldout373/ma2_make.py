#!/usr/bin/env python3
"""Build the seven ma2- blind test files (set heldout373).

xlsx with openpyxl, docx with python-docx, csv/txt written directly.
Run from anywhere: files are written beside this script.
"""
import csv
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

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
    "navy": PatternFill("solid", fgColor="1F3864"),
    "teal": PatternFill("solid", fgColor="1F6E73"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
    "maroon": PatternFill("solid", fgColor="9E1B32"),
}
WORD_FILL = {"Red": "red", "Amber": "amber", "Green": "green", "Complete": "blue",
             "R": "red", "A": "amber", "G": "green", "B": "blue"}


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def boxed(ws, row, first_col, last_col):
    for c in range(first_col, last_col + 1):
        ws.cell(row=row, column=c).border = BOX


# =====================================================================
# 1. Enfield ASC CQC assessment improvement plan (xlsx, read)
# =====================================================================
def make_enfield():
    wb = Workbook()
    title = "Adult Social Care – CQC Local Authority Assessment Improvement Plan 2025/26"

    # --- Cover sheet: title block, document control, RAG key
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [22, 16, 30, 50])
    cov["A1"] = "London Borough of Enfield"
    cov["A1"].font = Font(bold=True, size=14, color="1F3864")
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = "Health and Adult Social Care – Adult Social Care Improvement Board"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for j, h in enumerate(hdr, 1):
        c = cov.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.border = BOX
    rows = [
        ("v0.3", "02/05/2025", "ASC Improvement Lead", "Draft following CQC report publication"),
        ("v1.0", "16/07/2025", "ASC Improvement Lead", "Approved by Cabinet"),
        ("v1.2", "30/09/2025", "ASC Performance Team", "Quarter 2 progress and RAG update"),
    ]
    for i, r in enumerate(rows, 7):
        for j, v in enumerate(r, 1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("Green", "On track to deliver by the target date"),
           ("Amber", "At risk of slipping – mitigation in place"),
           ("Red", "Off track – escalated to the Improvement Board"),
           ("Complete", "Action delivered and evidenced (shown blue)")]
    for i, (k, v) in enumerate(key, 12):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = FILL[WORD_FILL[k]]
        c.border = BOX
        cov.cell(row=i, column=2, value=v)
        cov.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)

    # --- Summary sheet
    sm = wb.create_sheet("Summary")
    widths(sm, [40, 10, 10, 10, 10, 10, 10])
    sm["A1"] = "Summary of progress – Quarter 2 2025/26"
    sm["A1"].font = Font(bold=True, size=13)
    for j, h in enumerate(["Theme", "Actions", "Complete", "Green", "Amber", "Red"], 1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        c.border = BOX
    srows = [("Theme 1: Working with people", 3, 0, 1, 2, 0),
             ("Theme 2: Providing support", 2, 1, 0, 1, 0),
             ("Theme 3: Ensuring safety within the system", 2, 0, 2, 0, 0),
             ("Theme 4: Leadership", 1, 0, 0, 1, 0),
             ("Total", 8, 1, 3, 4, 0)]
    for i, r in enumerate(srows, 4):
        for j, v in enumerate(r, 1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)

    # --- Plan sheet
    ws = wb.create_sheet("Improvement Plan")
    widths(ws, [7, 42, 58, 30, 13, 13, 13, 48])
    ws["A1"] = "London Borough of Enfield"
    ws["A1"].font = Font(bold=True, size=12, color="1F3864")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Position as at 30 September 2025 | Reported to: Adult Social Care Improvement Board"
    ws["A3"].font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    headers = ["Ref", "Area for improvement (from CQC report)", "Action", "Lead officer",
               "Target date", "Previous RAG (Jun-25)", "Current RAG (Sep-25)", "Progress update"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.alignment = CENTRE
        c.border = BOX
    ws.freeze_panes = "A6"

    D = lambda y, m, d: datetime(y, m, d)
    # each block: theme band then list of (afi_text, [actions])
    plan = [
        ("Theme 1: Working with people", [
            ("Waiting times for Care Act assessments were long for some people, and people were not always kept informed while they waited.", [
                ("1.1", "Introduce a waiting well protocol so that people waiting for an assessment are contacted at least every four weeks and risk is reviewed at each contact.",
                 "Head of Service – Access & Assessment", D(2025, 12, 31), "Amber", "Green",
                 "Protocol agreed in August; contact calls now logged on LAS."),
                ("1.2", "Reduce the assessment waiting list to no more than 150 people, with no one waiting longer than 28 days, through a dedicated assessment sprint team.",
                 "Head of Service – Access & Assessment / Principal Social Worker", "Q4 2025/26", "Red", "Amber",
                 "Waiting list down from 412 to 236. Sprint team extended to March."),
            ]),
            ("Unpaid carers told CQC that they did not always receive a carer's assessment or know what support was available.", [
                ("1.3", "Commission a refreshed carers' offer with Enfield Carers Centre, including trusted assessor arrangements for carers' assessments.",
                 "Head of Commissioning (All Age)", D(2026, 1, 31), "Amber", "Amber",
                 "Specification drafted; procurement route agreed."),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("The council had limited oversight of the quality of home care, and market sustainability plans were not yet fully developed.", [
                ("2.1", "Implement a quality assurance framework for home care providers with quarterly provider visits and a published provider risk dashboard.",
                 "Head of Quality Assurance & Brokerage", D(2025, 9, 30), "Green", "Complete",
                 "Framework in place; first quarterly dashboard published September 2025."),
                ("2.2", "Publish an updated Market Position Statement and Market Sustainability Plan for older people's residential and nursing care.",
                 "AD Commissioning; Strategic Commissioning Manager", "Q4 2025/26", "Amber", "Amber",
                 "Provider engagement events held in September."),
            ]),
        ]),
        ("Theme 3: Ensuring safety within the system", [
            ("Safeguarding concerns were not always triaged within timescales, and people's outcomes from section 42 enquiries were not consistently recorded.", [
                ("3.1", "Establish a single safeguarding adults triage hub with a 2 working day screening standard, monitored weekly by the Safeguarding Adults Manager.",
                 "Safeguarding Adults Manager", D(2025, 10, 31), "Amber", "FILL:green",
                 "Hub operating from 1 September; 91% of concerns screened within 2 working days."),
                ("3.2", "Audit a sample of 40 section 42 enquiries each quarter against Making Safeguarding Personal outcomes and report findings to the Safeguarding Adults Board.",
                 "Principal Social Worker", "Ongoing", "Green", "Green",
                 "Q1 audit reported to SAB in July."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Performance information was not always used effectively to understand people's experiences and outcomes.", [
                ("4.1", "Launch a monthly ASC performance and quality board using the new Power BI dashboard, including co-produced measures agreed with Enfield's Experts by Experience group.",
                 "Director of Adult Social Care", D(2026, 2, 28), None, "Amber",
                 "Dashboard in test; co-production sessions booked for November."),
            ]),
        ]),
    ]
    r = 6
    for theme, afis in plan:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, color="FFFFFF", size=12)
        for j in range(1, 9):
            ws.cell(row=r, column=j).fill = FILL["teal"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afi, actions in afis:
            first = r
            for ref, act, lead, tgt, prev, cur, upd in actions:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=act)
                ws.cell(row=r, column=4, value=lead)
                tc = ws.cell(row=r, column=5, value=tgt)
                if isinstance(tgt, datetime):
                    tc.number_format = "mmm-yy"
                pc = ws.cell(row=r, column=6, value=prev)
                if prev:
                    pc.fill = FILL[WORD_FILL[prev]]
                if cur.startswith("FILL:"):
                    ws.cell(row=r, column=7).fill = FILL[cur[5:]]
                else:
                    cc = ws.cell(row=r, column=7, value=cur)
                    cc.fill = FILL[WORD_FILL[cur]]
                ws.cell(row=r, column=8, value=upd)
                for j in range(1, 9):
                    cell = ws.cell(row=r, column=j)
                    cell.border = BOX
                    cell.alignment = CENTRE if j in (1, 5, 6, 7) else WRAP
                r += 1
            ws.cell(row=first, column=2, value=afi)
            ws.cell(row=first, column=2).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG ratings are agreed at the monthly ASC Improvement Board. "
                                   "Target dates shown are as agreed at Cabinet on 16 July 2025.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 1
    ws.cell(row=r, column=1, value="Key: Green = on track; Amber = at risk of slipping; Red = off track; "
                                   "Complete = action delivered (shown blue).")
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    wb.active = 2
    wb.save(out("ma2-enfield-council-asc-cqc-assessment-improvement-plan.xlsx"))


# =====================================================================
# 2. Essex County Fire & Rescue HMICFRS AFI plan (xlsx, REFUSE)
# =====================================================================
def make_essex():
    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS AFIs"
    widths(ws, [8, 14, 44, 56, 30, 15, 15, 8, 46])
    ws["A1"] = "Essex County Fire & Rescue Service"
    ws["A1"].font = Font(bold=True, size=12, color="9E1B32")
    ws["A2"] = "HMICFRS Inspection 2023–25: Areas for Improvement – Action Plan"
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Plan owner: Director of Prevention, Protection & Response   |   Last updated: 02/10/2025"
    ws["A3"].font = Font(italic=True)
    for rr in (1, 2, 3):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=9)
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for j, (word, col) in enumerate([("On track", "green"), ("At risk", "amber"),
                                     ("Off track", "red"), ("Complete", "blue")], 2):
        c = ws.cell(row=4, column=j, value=word)
        c.fill = FILL[col]
        c.border = BOX
        c.alignment = CENTRE
    headers = ["Ref", "Pillar", "Area for improvement", "Action(s)", "Action owner",
               "Original completion date", "Revised completion date", "RAG", "Update / evidence"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["maroon"]
        c.alignment = CENTRE
        c.border = BOX
    ws.freeze_panes = "A7"

    afis = [
        ("Effectiveness", "AFI 1: The service should make sure it has an effective system in place so that fire engine availability meets the standards in its community risk management plan.", [
            ("1.1", "Review on-call contracts and introduce banded availability payments to improve daytime on-call cover.",
             "Area Manager – Response", "March 2025", "September 2025", "amber",
             "New contracts agreed with FBU; roll-out from October."),
            ("1.2", "Introduce a daily availability planning meeting chaired by the Duty Group Manager, with escalation to the Duty Principal Officer.",
             "Group Manager – Service Delivery Centre", "December 2024", "", "blue",
             "In place since November 2024."),
        ]),
        (None, "AFI 2: The service should make sure all staff are appropriately trained in risk-critical skills, including breathing apparatus and incident command.", [
            ("2.1", "Move breathing apparatus and incident command competence records onto PDRPro and report exceptions monthly to the Operational Assurance Board.",
             "Head of Training / Group Manager Operational Training", "June 2025", "November 2025", "amber",
             "Data migration 80% complete."),
            ("2.2", "Deliver a 3-year incident command refresher programme for all level 1 and level 2 commanders.",
             "Head of Training", "March 2026", "", "green",
             "Year 1 cohort on schedule."),
        ]),
        ("Efficiency", "AFI 3: The service should make sure it has a clear plan to use its workforce productively, including wholetime crews’ protection and prevention activity.", [
            ("3.1", "Set station-level targets for home fire safety visits and fire safety checks, monitored through the performance dashboard.",
             "Area Manager – Prevention", "January 2025", "", "blue",
             "Targets set April 2025."),
            ("3.2", "Evaluate the productivity pilot at three wholetime stations and agree a service-wide model.",
             "Director of Prevention, Protection & Response", "July 2025", "Febuary 2026", "amber",
             "Pilot extended to include Harlow."),
        ]),
        ("People", "AFI 4: The service should improve the diversity of its workforce and make sure staff understand the difference between positive action and positive discrimination.", [
            ("4.1", "Deliver positive action awareness sessions for all station and watch managers.",
             "Head of Inclusion", "September 2025", "December 2025", "red",
             "Sessions paused pending new provider."),
            ("4.2", "Run targeted firefighter recruitment open days with community groups under-represented in the workforce.",
             "HR Business Partner – Resourcing", "March 2026", "", "green",
             "Two open days held; next in January."),
        ]),
    ]
    r = 7
    for pillar, afi, acts in afis:
        first = r
        for ref, act, owner, orig, rev, rag, upd in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=4, value=act)
            ws.cell(row=r, column=5, value=owner)
            ws.cell(row=r, column=6, value=orig)
            ws.cell(row=r, column=7, value=rev if rev else None)
            ws.cell(row=r, column=8).fill = FILL[rag]
            ws.cell(row=r, column=9, value=upd)
            for j in range(1, 10):
                ws.cell(row=r, column=j).border = BOX
                ws.cell(row=r, column=j).alignment = CENTRE if j in (1, 6, 7, 8) else WRAP
            r += 1
        if pillar:
            ws.cell(row=first, column=2, value=pillar)
        ws.cell(row=first, column=3, value=afi)
        ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Total AFIs: 4   Actions: 8   Complete: 2")
    ws.cell(row=r, column=1).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    wb.save(out("ma2-essex-county-fire-rescue-service-hmicfrs-afi-improvement-plan-typo-month-refuse.xlsx"))


# =====================================================================
# 3. Shropshire Council internal audit recommendations tracker (xlsx, read)
# =====================================================================
def make_shropshire():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    widths(sm, [26, 12, 12, 12, 12, 12])
    sm["A1"] = "Shropshire Council – Internal Audit"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A2"] = "Outstanding Recommendations Tracker – position at 31 October 2025"
    sm["A2"].font = Font(bold=True)
    sm["A3"] = "Summary by recommendation rating and RAG"
    hdr = ["Rating", "B", "G", "A", "R", "Total"]
    for j, h in enumerate(hdr, 1):
        c = sm.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        c.border = BOX
    for i, row in enumerate([("Fundamental", 0, 0, 0, 1, 1),
                             ("Significant", 0, 2, 1, 0, 3),
                             ("Requires Attention", 2, 0, 0, 0, 3),
                             ("Total", 2, 2, 1, 1, 7)], 5):
        for j, v in enumerate(row, 1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
    sm["A10"] = "One Requires Attention recommendation has not yet started and is not RAG rated."
    sm["A10"].font = Font(italic=True)

    ws = wb.create_sheet("Tracker")
    widths(ws, [8, 16, 44, 52, 30, 13, 13, 6, 40])
    ws["A1"] = "Shropshire Council – Internal Audit"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Outstanding Recommendations Tracker – position at 31 October 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Recommendation ratings: Fundamental / Significant / Requires Attention / Best Practice"
    ws["A4"] = ("RAG: B = implemented and verified; G = in progress, within target date; "
                "A = target date revised; R = overdue / no update")
    for rr in range(1, 5):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=9)
    headers = ["Rec No.", "Rating", "Recommendation", "Agreed management action", "Responsible officer",
               "Original target date", "Revised target date", "RAG", "Latest management update"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["pale"]
        c.alignment = CENTRE
        c.border = BOX
    ws.freeze_panes = "A7"
    D = lambda y, m, d: datetime(y, m, d)
    audits = [
        ("Purchase Ledger 2024/25 – Limited assurance", [
            ("4.1", "Significant", "Duplicate payment checks should be run before each payment run and exceptions reviewed by a second officer.",
             "Duplicate payment report to be run prior to every BACS run, with exceptions signed off by the Transactional Services Team Leader and retained for audit.",
             "Finance Manager – Transactional Services", D(2025, 3, 31), D(2025, 12, 31), "A",
             "Report built; sign-off evidence being collated."),
            ("4.2", "Requires Attention", "Supplier bank detail changes should be independently verified by telephone to a known contact.",
             "Update the supplier amendment procedure to require call-back verification to a previously held number; refresher briefing for all AP staff.",
             "Finance Manager – Transactional Services", D(2025, 1, 31), None, "B",
             "Procedure updated January 2025; verified by Internal Audit."),
        ]),
        ("Leisure Centres Cash Handling 2024/25 – Unsatisfactory assurance", [
            ("2.1", "Fundamental", "Daily cash reconciliations must be completed and independently checked at each site.",
             "Introduce a daily cash-up template with dual signatures at all sites, reviewed weekly by the Leisure Services Manager.",
             "Leisure Services Manager / Site Managers", D(2025, 6, 30), D(2025, 11, 30), "R",
             "Two sites not yet compliant; management update requested for Committee."),
            ("2.2", "Significant", "Safe limits and insurance cover should be confirmed for each site.",
             "Confirm safe limits with Risk & Insurance and arrange cash collections to keep holdings within limits.",
             "Leisure Services Manager", D(2025, 12, 31), None, "G",
             "Limits confirmed for 4 of 6 sites."),
        ]),
        ("ICT – Privileged Access Management 2025/26 – Limited assurance", [
            ("1.1", "Significant", "Privileged accounts should be reviewed quarterly and leavers' access removed promptly.",
             "Implement a quarterly privileged access review with evidence retained in ServiceNow, and automated disablement of leavers' accounts on the HR termination date.",
             "ICT Security Manager; Infrastructure Team Lead", D(2025, 12, 31), None, "G",
             "First quarterly review completed September 2025."),
            ("1.2", "Requires Attention", "Shared administrator accounts should be eliminated.",
             "Replace the remaining shared admin accounts with named accounts using the privileged access tool.",
             "Infrastructure Team Lead", D(2026, 3, 31), None, None,
             "Not started – dependent on tool procurement."),
        ]),
        ("Housing Benefit Overpayments 2024/25 – Reasonable assurance", [
            ("3.1", "Requires Attention", "Overpayment recovery should be pursued promptly where ongoing deductions have ceased.",
             "Monthly report of overpayment accounts with no recovery activity in 60 days to be reviewed by the Benefits Team Leader, with action recorded.",
             "Benefits Team Leader", D(2025, 5, 31), D(2025, 8, 31), "B",
             "Implemented August 2025."),
        ]),
    ]
    r = 7
    for audit, recs in audits:
        c = ws.cell(row=r, column=1, value=audit)
        c.font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for no, rating, rec, act, off, orig, rev, rag, upd in recs:
            vals = [no, rating, rec, act, off, orig, rev, rag, upd]
            for j, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=j, value=v)
                cell.border = BOX
                cell.alignment = CENTRE if j in (1, 6, 7, 8) else WRAP
                if isinstance(v, datetime):
                    cell.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=8).fill = FILL[WORD_FILL[rag]]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Total outstanding (excluding implemented): 5")
    ws.cell(row=r, column=1).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    wb.save(out("ma2-shropshire-council-internal-audit-recommendations-tracker.xlsx"))


# =====================================================================
# docx helpers
# =====================================================================
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        if i < len(lines) - 1:
            run.add_break()


HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
       "head": "1F3864", "band": "D9E2F3"}


# =====================================================================
# 4. Sandwell external auditor (Grant Thornton) AAR action plan (docx, read)
# =====================================================================
def make_sandwell():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Auditor’s Annual Report 2023/24 – Management Action Plan", style="Title")
    p = doc.add_paragraph("Sandwell Metropolitan Borough Council | Audit and Risk Assurance Committee | 20 March 2025")
    p.runs[0].italic = True

    doc.add_paragraph("Document control", style="Heading 3")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"),
                                ("Plan owner", "Director of Finance (S151 Officer)"),
                                ("Status", "Progress update – Quarter 3 2024/25"),
                                ("Last updated", "4 March 2025")]):
        set_cell(dc.rows[i].cells[0], k, bold=True)
        set_cell(dc.rows[i].cells[1], v)

    doc.add_paragraph("Introduction", style="Heading 2")
    doc.add_paragraph(
        "The Council’s external auditor, Grant Thornton UK LLP, issued its Auditor’s Annual Report for 2023/24 "
        "in November 2024. The report made two key recommendations and two improvement recommendations. "
        "This plan sets out the management actions agreed in response and progress to date. Status is "
        "reported as Complete (blue), On track (green), Some slippage (amber) or Not started.")

    recs = [
        ("Recommendation 1 – Financial sustainability (Key recommendation)",
         "The Council should develop a fully costed and risk-assessed savings programme to close the budget gap "
         "identified in the Medium Term Financial Strategy, and reduce its reliance on reserves.",
         [("1.1", "Prepare delivery plans for every 2025/26 savings proposal, including milestones, risks and a named budget holder, and track delivery monthly through the Budget Board.",
           "Director of Finance (S151 Officer)", "31 March 2025", "On track",
           "Delivery plans received for 38 of 41 proposals."),
          ("1.2", "Refresh the reserves strategy and set a minimum level of general balances, approved by Council with the 2025/26 budget.",
           "Assistant Director – Finance / Chief Accountant", "February 2025", "Complete",
           "Approved by Council 25 February 2025.")]),
        ("Recommendation 2 – Financial reporting (Key recommendation)",
         "The Council should ensure draft financial statements for 2024/25 are prepared by the statutory deadline, "
         "supported by working papers of sufficient quality.",
         [("2.1", "Agree a closedown timetable and working paper standards with Grant Thornton, with weekly progress reviews by the Corporate Leadership Team from April 2025.",
           "Chief Accountant", "30/06/2025", "On track",
           "Timetable agreed at January liaison meeting."),
          ("2.2", "Complete the fixed asset register reconciliation and valuation review that delayed the 2023/24 accounts.",
           "Chief Accountant / Asset Management Lead", "Q2 2025/26", "Some slippage",
           "Valuer appointed late; reconciliation 60% complete.")]),
        ("Recommendation 3 – Governance (Improvement recommendation)",
         "The Council should strengthen the way it monitors delivery of internal audit recommendations, including "
         "reporting overdue actions to the Audit and Risk Assurance Committee.",
         [("3.1", "Report all overdue high-priority internal audit actions to each Audit and Risk Assurance Committee, with the responsible Director attending for any action more than three months overdue.",
           "Audit Services Manager", "Ongoing – quarterly", "On track",
           "First exception report presented December 2024.")]),
        ("Recommendation 4 – Improving economy, efficiency and effectiveness (Improvement recommendation)",
         "The Council should ensure its contract management arrangements for high-value contracts are applied "
         "consistently across all directorates.",
         [("4.1", "Roll out the contract management framework and toolkit, with every contract over £500k assigned a trained contract manager.",
           "Head of Procurement", "September 2025", "On track",
           "Training programme launched January 2025."),
          ("4.2", "Introduce quarterly contract performance reporting for high-value contracts to directorate management teams.",
           "Head of Procurement / Directorate Contract Leads", "31 December 2025", "Not started",
           "Due to start once the toolkit is live.")]),
    ]
    for heading, rec_text, actions in recs:
        doc.add_paragraph(heading, style="Heading 2")
        lab = doc.add_paragraph()
        lab.add_run("Auditor’s recommendation").bold = True
        rp = doc.add_paragraph(rec_text)
        rp.runs[0].italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["No.", "Management action", "Responsible officer", "Target date",
                               "Status", "Progress update"]):
            set_cell(t.rows[0].cells[j], h, bold=True, colour="FFFFFF")
            shade(t.rows[0].cells[j], HEX["head"])
        for a in actions:
            row = t.add_row()
            for j, v in enumerate(a):
                set_cell(row.cells[j], v)
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Role", "Name", "Date"]):
        set_cell(so.rows[0].cells[j], h, bold=True)
    for i, row in enumerate([("Chief Executive", "Signed", "05/03/2025"),
                             ("Director of Finance (S151 Officer)", "Signed", "04/03/2025")], 1):
        for j, v in enumerate(row):
            set_cell(so.rows[i].cells[j], v)
    doc.save(out("ma2-sandwell-council-external-auditor-annual-report-recommendations-action-plan.docx"))


# =====================================================================
# 5. Chepstow School Estyn post-inspection action plan (docx, read)
# =====================================================================
def make_chepstow():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_paragraph("Chepstow School – Post-Inspection Action Plan", style="Title")
    doc.add_paragraph("Estyn core inspection: March 2024. Plan prepared by the governing body with Monmouthshire "
                      "County Council and the Education Achievement Service (EAS).")
    doc.add_paragraph("Version 3 – progress review for the Standards and Curriculum Committee, June 2025.")

    doc.add_paragraph("Progress key", style="Heading 3")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for j, (word, col) in enumerate([("G – on track", "green"), ("A – some slippage", "amber"),
                                     ("R – not on track", "red"), ("B – completed", "blue")]):
        set_cell(key.rows[0].cells[j], word, bold=True)
        shade(key.rows[0].cells[j], HEX[col])

    doc.add_paragraph("Action plan", style="Heading 2")
    cols = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Monitoring and evaluation", "Progress"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for j, hd in enumerate(cols):
        set_cell(t.rows[0].cells[j], hd, bold=True, colour="FFFFFF")
        shade(t.rows[0].cells[j], HEX["head"])

    plan = [
        ("R1: Improve the quality of teaching and assessment so that pupils make consistently strong progress", [
            ("1.1", "Establish weekly teaching and learning briefings and coaching triads focused on questioning and adapting teaching during lessons.",
             "DHT Teaching & Learning", "Autumn term 2024",
             "Lesson visits show at least 80% of lessons with effective questioning.", "Termly learning walks; EAS challenge adviser visits.", "B"),
            ("1.2", "Introduce a whole-school feedback policy so that pupils act on written and verbal feedback in every subject.",
             "DHT Teaching & Learning / Heads of Faculty", "Spring term 2025",
             "Book looks show most pupils responding to feedback.", "Half-termly book scrutiny by SLT links.", "G"),
        ]),
        ("R2: Improve attendance, particularly of pupils eligible for free school meals", [
            ("2.1", "Appoint an attendance and engagement officer and introduce fortnightly attendance panels for pupils below 90%.",
             "AHT Wellbeing / Attendance Officer", "September 2024",
             "Attendance of eFSM pupils improves by 3 percentage points.", "Monthly attendance report to governors.", "A"),
            ("2.2", "Work with families through the Family Engagement Officer to remove barriers to attendance, including transport and uniform support.",
             "Family Engagement Officer", "Termly",
             "Fewer pupils are persistently absent.", "Case reviews at attendance panel.", "FILL:green"),
        ]),
        ("R3: Strengthen self-evaluation and improvement planning so that leaders at all levels focus clearly on pupils’ progress", [
            ("3.1", "Revise the self-evaluation calendar so that faculty reviews include first-hand evidence of pupils’ learning, not only outcomes data.",
             "Headteacher", "By July 2025",
             "Faculty improvement plans identify precise priorities.", "Governors’ Standards and Curriculum Committee.", "G"),
            ("3.2", "Provide middle leader training on evaluating the impact of provision, delivered with the EAS.",
             "Headteacher / EAS Challenge Adviser", "Summer term 2025",
             "Middle leaders evaluate the impact of their actions accurately.", "Training evaluations; quality of faculty reviews.", "A"),
        ]),
        ("R4: Address the health and safety issues identified during the inspection", [
            ("4.1", "Secure the gate to the lower site and update the site access risk assessment.",
             "Business Manager", "April 2024",
             "Site is secure at all times.", "Local authority health and safety visit.", "B"),
        ]),
    ]
    for rec, actions in plan:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, rec, bold=True)
        shade(merged, HEX["band"])
        for a in actions:
            row = t.add_row()
            for j, v in enumerate(a[:-1]):
                set_cell(row.cells[j], v)
            prog = a[-1]
            if prog.startswith("FILL:"):
                shade(row.cells[6], HEX[prog[5:]])
            else:
                set_cell(row.cells[6], prog, bold=True)
                shade(row.cells[6], HEX[{"G": "green", "A": "amber", "R": "red", "B": "blue"}[prog]])

    doc.add_paragraph("")
    doc.add_paragraph("Approval", style="Heading 3")
    ap = doc.add_table(rows=3, cols=2)
    ap.style = "Table Grid"
    for i, (k, v) in enumerate([("Approved by the governing body", "10 May 2024"),
                                ("Chair of Governors", "Signed"),
                                ("Headteacher", "Signed")]):
        set_cell(ap.rows[i].cells[0], k, bold=True)
        set_cell(ap.rows[i].cells[1], v)
    doc.save(out("ma2-chepstow-school-estyn-post-inspection-action-plan.docx"))


# =====================================================================
# 6. Valleys to Coast regulatory judgement improvement plan (csv, read)
# =====================================================================
def make_v2c():
    rows = [
        ["Valleys to Coast Housing – Regulatory Judgement Improvement Plan 2024-26", "", "", "", "", "", "", ""],
        ["Progress as at 30 September 2025 – reported to Board 23 October 2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["ID", "Regulatory standard", "Area for improvement", "Action", "Action owner", "Target date", "RAG", "Progress update"],
        ["1.1", "Standard 1 – Governance, leadership and accountability",
         "Board assurance on tenant health and safety compliance is not sufficiently robust.",
         "Introduce a monthly compliance dashboard covering the 'Big 6' safety areas, reported to every Board meeting with exceptions highlighted.",
         "Director of Assets & Sustainability", "31/12/2024", "Complete",
         "Dashboard live from December 2024; reviewed by Board January 2025."],
        ["1.2", "", "",
         "Commission an independent assurance review of gas, electrical and fire safety data by a specialist third party.",
         "Director of Assets & Sustainability", "31/03/2025", "Complete",
         "Review reported to Audit & Risk Committee in May 2025; 6 recommendations, all accepted."],
        ["1.3", "", "Board skills and succession planning do not reflect the association's current risk profile.",
         "Complete a Board skills audit and recruit two board members with asset management and health and safety expertise.",
         "Chair of Board / Company Secretary", "30/09/2025", "Amber",
         "One appointment made July 2025; second recruitment round under way."],
        ["2.1", "Standard 3 – Tenant voice and involvement",
         "Tenants' views are not consistently used to shape services.",
         "Establish a Tenant Scrutiny Panel with a published annual work programme and direct reporting to the Customer Committee.",
         "Head of Customer Voice & Insight", "30/11/2025", "Green",
         "Panel recruited (9 members); first scrutiny topic is repairs communication."],
        ["2.2", "", "",
         "Publish tenant satisfaction measures and \"You said, we did\" updates quarterly on the website and in the tenant newsletter.",
         "Head of Customer Voice & Insight", "31/10/2025", "Green",
         "Q1 results published August 2025."],
        ["3.1", "Standard 5 – Landlord services: repairs and maintenance",
         "Damp and mould cases are not always resolved within target timescales.",
         "Implement a damp and mould case management approach with a 10 working day inspection target and follow-up visits at 6 weeks.",
         "Head of Repairs", "30/11/2025", "Green",
         "82% of inspections within 10 working days in September."],
        ["3.2", "", "",
         "Train all frontline staff and contractors on identifying and reporting damp and mould.",
         "Head of Repairs; Learning & Development Partner", "31/01/2026", "Amber",
         "Contractor sessions delayed to November."],
        ["4.1", "Standard 7 – Financial viability",
         "Stress testing does not model combined downside scenarios.",
         "Expand business plan stress testing to include multi-variate scenarios and mitigation plans, approved by the Audit & Risk Committee.",
         "Director of Finance", "TBC", "Not started",
         "To follow adoption of the 2026/27 business plan."],
        ["", "", "", "", "", "", "", ""],
        ["Key: Complete = action delivered and evidenced; Green = on track; Amber = at risk; Red = off track; Not started = not yet due to start",
         "", "", "", "", "", "", ""],
    ]
    with open(out("ma2-valleys-to-coast-housing-regulatory-judgement-improvement-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# =====================================================================
# 7. London Borough of Bexley corporate risk register (txt, read)
# =====================================================================
def make_bexley():
    lines = """LONDON BOROUGH OF BEXLEY
CORPORATE RISK REGISTER - QUARTER 2 2025/26
Risk report with further actions (exported from JCAD CORE 14/10/2025 09:12)
Reported to: Audit Committee, 12 November 2025

Scoring: Likelihood (1-5) x Impact (1-5). Red 15-25, Amber 8-12, Green 1-6.
Action status: Complete = action delivered; Green = on track; Amber = some slippage; Red = off track.

======================================================================
Risk CR01: Medium Term Financial Strategy – failure to deliver a balanced budget
Risk owner:        Director of Finance and Corporate Services
Current score:     20 (L4 x I5)      Target score: 12 (L3 x I4)
Direction:         Unchanged since Q1
Existing controls: Monthly budget monitoring to Cabinet; Exceptional Financial Support agreed for 2025/26.

Further actions
  Action CR01.1
    Description : Deliver the 2026/27 savings programme of £19.6m, with delivery plans signed off by each Director.
    Assigned to : Director of Finance and Corporate Services
    Due date    : 31/03/2026
    Status      : Amber
  Action CR01.2
    Description : Refresh the Medium Term Financial Strategy to 2029/30 and present it to Cabinet with the draft budget.
    Assigned to : Head of Corporate Finance
    Due date    : February 2026
    Status      : Green
----------------------------------------------------------------------
Risk CR04: Temporary accommodation – rising demand and cost
Risk owner:        Director of Places
Current score:     16 (L4 x I4)      Target score: 12 (L3 x I4)
Direction:         Increasing
Existing controls: Homelessness prevention service; weekly TA placement panel.

Further actions
  Action CR04.1
    Description : Acquire 100 additional homes through BexleyCo to reduce reliance on nightly-paid accommodation.
    Assigned to : Assistant Director – Housing; Managing Director (BexleyCo)
    Due date    : 31/03/2027
    Status      : Amber
  Action CR04.2
    Description : Launch the private rented sector incentive scheme for landlords letting to households owed a homelessness duty.
    Assigned to : Head of Housing Solutions
    Due date    : 30/06/2025
    Status      : Complete
----------------------------------------------------------------------
Risk CR07: Cyber attack leading to loss of systems or data
Risk owner:        Chief Digital Officer
Current score:     15 (L3 x I5)      Target score: 10 (L2 x I5)
Direction:         Unchanged since Q1
Existing controls: Managed security operations centre; PSN accreditation; mandatory staff training.

Further actions
  Action CR07.1
    Description : Run a cyber incident response exercise with the LGA and update the incident response plan with the lessons learned.
    Assigned to : Head of IT Security
    Due date    : December 2025
    Status      : Green
  Action CR07.2
    Description : Move the remaining on-premises file shares to the cloud platform with immutable backups.
    Assigned to : Head of IT Infrastructure
    Due date    : 31/05/2026
    Status      : Not started
----------------------------------------------------------------------
Risk CR09: Recruitment and retention of key staff
Risk owner:        Director of HR and Organisational Development
Current score:     12 (L3 x I4)      Target score: 8 (L2 x I4)
Direction:         Decreasing
Existing controls: Market supplements for hard-to-fill posts; Bexley Graduate Programme.

Further actions
  Action CR09.1
    Description : Monitor agency spend and vacancy rates monthly at the Corporate Leadership Team and agree targeted recruitment campaigns.
    Assigned to : Director of HR and Organisational Development
    Due date    : Ongoing
    Status      : Green
----------------------------------------------------------------------
Risk CR11: Failure of statutory health and safety compliance in council buildings
Risk owner:        Director of Places
Current score:     6 (L2 x I3)       Target score: 6 (L2 x I3)
Direction:         Unchanged since Q1
Existing controls: Compliance contract with quarterly audit; annual fire risk assessments.

Further actions
  No further actions – risk is at target score and is managed through existing controls.
======================================================================
End of report. 5 risks, 7 further actions.
"""
    with open(out("ma2-london-borough-of-bexley-corporate-risk-register-q2-2025-26.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(lines)


if __name__ == "__main__":
    make_enfield()
    make_essex()
    make_shropshire()
    make_sandwell()
    make_chepstow()
    make_v2c()
    make_bexley()
    print("built 7 files in", HERE)
