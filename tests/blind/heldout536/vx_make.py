#!/usr/bin/env python3
"""Build the seven vx- blind test files (set heldout536).

Run with the project's Python (openpyxl and python-docx are needed):
    /work/main/.venv/bin/python vx_make.py
Writes into the folder this script lives in; touches only vx- files.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "pale": "DDEBF7",
}


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. West of England MCA - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
WECA_FILE = "vx-west-of-england-mca-internal-audit-recommendations-tracker.xlsx"

WECA_AUDITS = [
    ("Adult Skills Fund \u2013 Funding Rules Compliance (2024/25) \u2013 Limited assurance", [
        # (ref, priority, recommendation (None = merged with row above), action, officer,
        #  original, revised, previous, current, update)
        ("ASF/01", "High",
         "Subcontracting controls: the Authority should obtain and review annual subcontracting "
         "declarations from all grant-funded providers before funds are released.",
         "Introduce a provider subcontracting declaration as a condition of the 2025/26 grant "
         "agreement and check returns before the first payment is released.",
         "Head of Skills Delivery", D(2025, 7, 31), D(2025, 9, 30), "A", "B",
         "Declaration issued with 2025/26 grant agreements; 27 of 27 returns received and checked "
         "before August payments. Evidence provided to Internal Audit."),
        ("ASF/02a", "Medium",
         "Learner eligibility evidence should be sampled as part of the Authority's provider "
         "assurance visits.",
         "Add a learner eligibility sample (minimum 20 learners per provider) to the provider "
         "assurance visit checklist.",
         "Skills Contract Manager", D(2025, 9, 30), None, "G", "B",
         "Checklist updated in September 2025 and used on four visits to date."),
        ("ASF/02b", "Medium", None,
         "Report the results of eligibility sampling to the Skills Advisory Board each quarter.",
         "Head of Skills Delivery / Skills Contract Manager", D(2025, 12, 31), None, "G", "G",
         "First quarterly report scheduled for the December Skills Advisory Board."),
    ]),
    ("Cyber Security \u2013 Third-party Access (2024/25) \u2013 Limited assurance", [
        ("CYB/01", "High",
         "Remote access accounts for third-party suppliers should be time-limited and reviewed "
         "monthly.",
         "Implement time-limited access for all supplier remote access accounts, with accounts "
         "disabled automatically after 30 days unless re-approved.\n"
         "Carry out a monthly review of active supplier accounts and record the outcome.",
         "Head of Digital and IT", D(2025, 6, 30), D(2026, 1, 31), "R", "A",
         "Automated expiry in place for 14 of 19 supplier accounts. The remaining accounts depend "
         "on a supplier's new access tool; revised date agreed with Internal Audit."),
        ("CYB/02", "Medium",
         "A register of third-party suppliers with access to Authority systems should be "
         "maintained and owned.",
         "Create and maintain a third-party access register recording supplier, system, access "
         "type, business owner and review date.",
         "Information Governance Manager", D(2025, 8, 31), None, "A", "G",
         "Register drafted; business owners confirming entries by mid-November."),
        ("CYB/03", "Low",
         "Supplier contracts should include the Authority's standard information security "
         "schedule.",
         "Include the standard information security schedule in all new and renewed contracts "
         "involving system access, and add it to the five highest-risk existing contracts.",
         "Procurement Manager; Head of Digital and IT", D(2025, 3, 31), D(2025, 9, 30), "A", "R",
         "Schedule included in new contracts since April 2025. Variation of existing contracts "
         "not yet achieved; escalated to the Director of Resources."),
    ]),
    ("Mayoral Investment Fund \u2013 Programme Assurance (2023/24) \u2013 Reasonable assurance", [
        ("MIF/01", "Medium",
         "Change requests to approved schemes should be approved at the correct level and "
         "recorded.",
         "Update the Investment Fund change control procedure to set approval thresholds for "
         "scope, cost and time changes, and publish it on the intranet.",
         "Head of Investment Programmes", D(2024, 12, 31), None, "B", "B",
         "Procedure approved by the Senior Leadership Team in December 2024. To be removed from "
         "the tracker after this Committee."),
        ("MIF/02", "Low",
         "Benefits realisation reporting should be completed for schemes at practical "
         "completion.",
         "Produce a benefits realisation report for each scheme within six months of practical "
         "completion and present a summary to the Infrastructure Board twice a year.",
         "Strategic Programme Manager", D(2025, 3, 31), D(2026, 3, 31), "A", "A",
         "Template agreed. Two of five schemes reported; the remaining three are awaiting "
         "monitoring data from delivery partners."),
    ]),
]


def make_weca():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "West of England Mayoral Combined Authority"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit Recommendations Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Follow-up of agreed management actions: position as at 31 October 2025 "
                "\u2013 Audit and Risk Committee, 27 November 2025")
    hdr = ["Audit", "Year", "Assurance opinion", "Actions agreed", "Implemented",
           "In progress", "Overdue"]
    rows = [
        ["Adult Skills Fund \u2013 Funding Rules Compliance", "2024/25", "Limited", 3, 2, 1, 0],
        ["Cyber Security \u2013 Third-party Access", "2024/25", "Limited", 3, 0, 2, 1],
        ["Mayoral Investment Fund \u2013 Programme Assurance", "2023/24", "Reasonable", 2, 1, 1, 0],
    ]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.border = BOX
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v).border = BOX
    ws.cell(row=9, column=1, value="Total").font = Font(bold=True)
    for c in range(4, 8):
        col = get_column_letter(c)
        cell = ws.cell(row=9, column=c, value=f"=SUM({col}6:{col}8)")
        cell.font = Font(bold=True)
        cell.border = BOX
    ws["A11"] = ("Implemented actions are confirmed by Internal Audit follow-up testing before "
                 "they are closed. Actions shown as Overdue have passed their revised target date.")
    ws.column_dimensions["A"].width = 52
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 15

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("West of England Mayoral Combined Authority \u2013 open and recently closed actions "
                "at 31 October 2025")
    ws.merge_cells("A2:J2")
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
           "Original target date", "Revised target date", "Previous RAG", "Current RAG",
           "Progress update (October 2025)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for band, items in WECA_AUDITS:
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill(FILL["grey"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        rec_start = None
        for it in items:
            ref, pri, rec, act, off, orig, rev, prev, cur, upd = it
            vals = [ref, pri, rec, act, off, orig, rev, prev, cur, upd]
            for c, v in enumerate(vals, 1):
                if v is None:
                    continue
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if c in (6, 7):
                    cell.number_format = "dd/mm/yyyy"
                if c in (8, 9):
                    cell.fill = fill(FILL[v])
                    cell.font = Font(bold=True, color="FFFFFF" if v in "RB" else "000000")
                    cell.alignment = Alignment(horizontal="center", vertical="top")
            if rec is None and rec_start is not None:
                ws.merge_cells(start_row=rec_start, start_column=3, end_row=r, end_column=3)
            else:
                rec_start = r
            r += 1
    widths = [10, 10, 42, 52, 28, 13, 13, 10, 10, 48]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    key = [("B", "Implemented \u2013 evidence verified by Internal Audit"),
           ("G", "In progress \u2013 on track to meet the target date"),
           ("A", "In progress \u2013 at risk, or revised date agreed"),
           ("R", "Overdue \u2013 target date (or revised date) passed")]
    for i, (k, txt) in enumerate(key, 2):
        ws.cell(row=i, column=1, value=k).fill = fill(FILL[k])
        ws.cell(row=i, column=2, value=txt)
    ws["A7"] = "Priority"
    ws["A7"].font = Font(bold=True)
    pri = [("High", "Fundamental weakness in control; action within 3 months"),
           ("Medium", "Significant weakness; action within 6 months"),
           ("Low", "Improvement to good practice; action within 12 months")]
    for i, (k, txt) in enumerate(pri, 8):
        ws.cell(row=i, column=1, value=k)
        ws.cell(row=i, column=2, value=txt)
    ws.column_dimensions["B"].width = 60
    wb.save(path(WECA_FILE))


# ---------------------------------------------------------------------------
# 2. Skipton Building Society - FCA Consumer Duty action plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
SKIP_FILE = "vx-skipton-building-society-fca-consumer-duty-action-plan.xlsx"
SKIP_TITLE = "Consumer Duty Board Assessment 2025 \u2013 Action Plan"

SKIP_SHEETS = [
    ("Action Plan", SKIP_TITLE, [
        ("Outcome 1 \u2013 Products and Services", [
            ("PS1", "Complete the target market review for the fixed-rate ISA range, including "
                    "closed issues, and record the outcome in the Product Governance Committee "
                    "minutes.",
             "Head of Savings", D(2025, 12, 31), "G", "Review of 14 of 22 closed issues completed."),
            ("PS2", "Introduce a product review trigger where complaint volumes for any product "
                    "exceed the agreed tolerance for two consecutive months.",
             "Head of Product Governance", D(2025, 11, 30), "B",
             "Trigger live in the Product Governance MI pack from September 2025."),
        ]),
        ("Outcome 2 \u2013 Price and Value", [
            ("PV1", "Re-run the fair value assessment for closed-book variable rate savings "
                    "accounts using the refreshed methodology and present the results to the "
                    "Pricing Committee.",
             "Head of Pricing / Head of Savings", D(2026, 1, 31), "A",
             "Methodology approved; data extract delayed by the core banking release."),
            ("PV2", "Document the rationale for the difference between branch-only and "
                    "online-only rates and test it against the price and value outcome.",
             "Head of Pricing", D(2026, 3, 31), "G", ""),
        ]),
        ("Outcome 3 \u2013 Consumer Understanding", [
            ("CU1", "Carry out comprehension testing of the mortgage offer letter and savings "
                    "maturity letters with customers, including customers with characteristics "
                    "of vulnerability.",
             "Head of Customer Communications", D(2026, 2, 28), "G",
             "Research agency appointed; fieldwork booked for January."),
            ("CU2", "Rewrite the savings maturity pack in plain English and test it with the "
                    "readability tool before launch.",
             "Head of Customer Communications", D(2025, 9, 30), "R",
             "Revised pack drafted but not yet approved; launch held behind ISA season "
             "communications."),
        ]),
        ("Outcome 4 \u2013 Consumer Support", [
            ("CS1", "Reduce average telephone wait times for the Mortgage Support Team to under "
                    "3 minutes, with weekly monitoring reported to the Executive Committee.",
             "Director of Customer Operations", D(2025, 12, 31), "A",
             "Average wait 4m 10s in September; six new colleagues in training."),
            ("CS2", "Extend vulnerability training to all branch colleagues, including refresher "
                    "modules on financial difficulty and bereavement.",
             "Head of Customer Vulnerability", D(2025, 6, 30), "B",
             "98% completion recorded at 30 June 2025."),
        ]),
    ]),
    ("Cross-cutting", SKIP_TITLE + " (continued)", [
        ("Cross-cutting \u2013 Governance and Culture", [
            ("GC1", "Agree a standing Consumer Duty item for every Board Risk Committee agenda, "
                    "with a quarterly outcomes dashboard.",
             "Company Secretary", D(2025, 10, 31), "B", "In place from the October 2025 meeting."),
            ("GC2", "Include outcome-based measures in the 2026 variable pay scorecard for "
                    "senior managers.",
             "Chief People Officer", D(2026, 3, 31), None,
             "Not started \u2013 depends on the Remuneration Committee timetable."),
        ]),
        ("Cross-cutting \u2013 Data and MI", [
            ("DM1", "Build outcome testing MI for closed-book customers so that outcomes can be "
                    "compared with open-book customers by product.\n"
                    "Provide the first comparison in the 2026 Board report.",
             "Head of Conduct Risk MI; Chief Data Officer", D(2026, 4, 30), "G",
             "Data model built; validation under way."),
        ]),
    ]),
]


def make_skipton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Skipton Building Society"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = SKIP_TITLE
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = ("Actions arising from the annual Consumer Duty assessment (PRIN 2A.8) and the "
                "FCA's feedback on firms' Consumer Duty board reports")
    ctl = [("Document owner", "Chief Customer Officer"),
           ("Version", "1.3"),
           ("Last updated", "22 October 2025"),
           ("Approved by", "Board Risk Committee, 28 July 2025"),
           ("Next review", "Board Risk Committee, January 2026"),
           ("Classification", "Internal")]
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    for i, (k, v) in enumerate(ctl, 6):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=1).fill = fill(FILL["pale"])
        ws.cell(row=i, column=2, value=v)
        for c in (1, 2):
            ws.cell(row=i, column=c).border = BOX
    ws["A13"] = "Status key (colour of the Status cell)"
    ws["A13"].font = Font(bold=True)
    key = [("G", "On track"), ("A", "At risk \u2013 mitigation in place"),
           ("R", "Off track or overdue"), ("B", "Complete")]
    for i, (k, txt) in enumerate(key, 14):
        ws.cell(row=i, column=1).fill = fill(FILL[k])
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2, value=txt)
    ws.cell(row=18, column=1).border = BOX
    ws.cell(row=18, column=2, value="No colour \u2013 not started")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 60

    for sname, stitle, sections in SKIP_SHEETS:
        ws = wb.create_sheet(sname)
        ws["A1"] = stitle
        ws["A1"].font = Font(bold=True, size=13)
        hdr = ["Ref", "Action", "Owner", "Target date", "Status", "Update (October 2025)"]
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(row=3, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("00543C")
            cell.border = BOX
        r = 4
        for head, items in sections:
            ws.cell(row=r, column=1, value=head).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("E2EFDA")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            for ref, act, owner, due, rag, upd in items:
                vals = [ref, act, owner, due, None, upd or None]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c)
                    if v is not None:
                        cell.value = v
                    cell.alignment = WRAP
                    cell.border = BOX
                    if c == 4:
                        cell.number_format = "dd-mmm-yy"
                if rag:
                    ws.cell(row=r, column=5).fill = fill(FILL[rag])
                r += 1
        for c, w in enumerate([7, 60, 30, 12, 9, 45], 1):
            ws.column_dimensions[get_column_letter(c)].width = w
    wb.save(path(SKIP_FILE))


# ---------------------------------------------------------------------------
# 3. Cabinet Office - Covid-19 Inquiry Module 1 implementation tracker (xlsx, vertical merges)
# ---------------------------------------------------------------------------
CO_FILE = "vx-cabinet-office-covid-inquiry-module-1-implementation-tracker.xlsx"
CO_TITLE = ("UK Covid-19 Inquiry \u2013 Module 1 (Resilience and Preparedness): "
            "Implementation Tracker")

CO_RECS = [
    ("Recommendation 1: A simplified structure for whole-system civil emergency preparedness "
     "and response", "Accepted", [
        ("1.1", "Consolidate the ministerial and official resilience committees into a single "
                "Cabinet committee for resilience and a senior officials' group, with published "
                "terms of reference.",
         "Cabinet Office (Resilience Directorate)", "January 2025", "Complete",
         "Committee established; terms of reference published on GOV.UK."),
        ("1.2", "Review lead government department responsibilities for every National Risk "
                "Register risk and publish the updated list.",
         "Cabinet Office (Resilience Directorate)", "Q4 2025/26", "On track",
         "Review complete for 78 of 89 risks."),
    ]),
    ("Recommendation 2: A better approach to risk assessment", "Accepted", [
        ("2.1", "Move the National Security Risk Assessment to a method that assesses a wider "
                "range of reasonable worst-case scenarios, including prolonged and concurrent "
                "events.",
         "Cabinet Office; GO-Science", "December 2025", "On track",
         "Methodology peer reviewed by the Royal Academy of Engineering."),
        ("2.2", "Publish the updated National Risk Register with an assessment of the impact of "
                "risks on vulnerable groups.",
         "Cabinet Office", "August 2025", "Complete", "Published 7 August 2025."),
    ]),
    ("Recommendation 3: A new approach to strategy", "Accepted in principle", [
        ("3.1", "Develop a UK-wide whole-system civil emergency strategy for pandemic "
                "preparedness and response, agreed with the devolved governments.",
         "DHSC and Cabinet Office", "Q1 2026/27", "At risk",
         "Four-nations officials' working group agreed scope in July. Timetable at risk while "
         "devolved governments complete their own responses."),
        ("3.2", "Review the strategy at least every three years and after any major exercise.",
         "DHSC", "Ongoing", "Not started", "Begins once the strategy is agreed."),
    ]),
    ("Recommendation 4: Better systems for data and research", "Accepted", [
        ("4.1", "Put in place a cross-government data-sharing agreement for pandemic-relevant "
                "health and social care data, and test it in exercises.",
         "UKHSA", "31/03/2026", "On track",
         "Draft agreement with NHS England and the devolved health departments."),
        ("4.2", "Commission a standing research programme ready to launch at the start of a "
                "future pandemic, including clinical trial and surveillance protocols.",
         "DHSC (Chief Scientific Adviser)", "Q2 2026/27", "On track",
         "Funding bid agreed in principle by NIHR."),
    ]),
    ("Recommendation 5: A UK-wide pandemic response exercise", "Accepted", [
        ("5.1", "Hold a UK-wide pandemic response exercise (Exercise Pegasus) involving all four "
                "nations, with ministers taking part.",
         "Cabinet Office; DHSC; UKHSA", "November 2025", "On track",
         "Exercise phases scheduled for September to November 2025."),
        ("5.2", "Publish the findings of Exercise Pegasus and an action plan in response.",
         "Cabinet Office", "By end of February 2026", "Not started", ""),
    ]),
]

CO_STATUS_FILL = {"Complete": "9BC2E6", "On track": "C6EFCE", "At risk": "FFEB9C",
                  "Off track": "FFC7CE"}


def make_cabinet_office():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = CO_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Cabinet Office \u2013 Resilience Directorate | OFFICIAL | Position at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Inquiry recommendation", "UK Government response", "Ref", "Action", "Lead",
           "Milestone", "Status", "Progress commentary"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("4B2A5C")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for rec, resp, items in CO_RECS:
        start = r
        ws.cell(row=r, column=1, value=rec).alignment = WRAP
        ws.cell(row=r, column=2, value=resp).alignment = WRAP
        for ref, act, lead, ms, st, com in items:
            vals = [ref, act, lead, ms, st, com or None]
            for c, v in enumerate(vals, 3):
                cell = ws.cell(row=r, column=c)
                if v is not None:
                    cell.value = v
                cell.alignment = WRAP
                cell.border = BOX
            if st in CO_STATUS_FILL:
                ws.cell(row=r, column=7).fill = fill(CO_STATUS_FILL[st])
            for c in (1, 2):
                ws.cell(row=r, column=c).border = BOX
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete = blue; On track = green; At risk = "
                                   "amber; Off track = red; Not started = work not yet due to "
                                   "begin.")
    ws.cell(row=r + 1, column=1, value="Milestones in financial-year quarters (e.g. Q4 2025/26) "
                                       "run April to March.")
    for c, w in enumerate([38, 16, 6, 58, 30, 18, 12, 50], 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = "C5"

    ws = wb.create_sheet("Summary")
    ws["A1"] = "Summary of progress \u2013 30 September 2025"
    ws["A1"].font = Font(bold=True, size=12)
    counts = {}
    for _, _, items in CO_RECS:
        for it in items:
            counts[it[4]] = counts.get(it[4], 0) + 1
    ws["A3"], ws["B3"] = "Status", "Actions"
    ws["A3"].font = ws["B3"].font = Font(bold=True)
    rr = 4
    for st in ["Complete", "On track", "At risk", "Off track", "Not started"]:
        ws.cell(row=rr, column=1, value=st)
        ws.cell(row=rr, column=2, value=counts.get(st, 0))
        rr += 1
    ws.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=rr, column=2, value="=SUM(B4:B8)").font = Font(bold=True)
    ws.column_dimensions["A"].width = 22
    wb.save(path(CO_FILE))


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Dean Close School - ISI inspection action plan (docx, band rows, fill-only RAG)
# ---------------------------------------------------------------------------
DC_FILE = "vx-dean-close-school-isi-inspection-action-plan.docx"
DC_TITLE = "Dean Close School \u2013 ISI Inspection Action Plan 2025"

DC_SECTIONS = [
    ("Section A: Recommended next steps", [
        ("Next step 1: Leaders should ensure that assessment information gathered in the sixth "
         "form is used consistently to adapt teaching for pupils who need additional support.", [
            ("1a", "Introduce a shared sixth-form tracking dashboard so that subject teachers can "
                   "see prior attainment, learning support plans and current working grades in "
                   "one place.",
             "Deputy Head (Academic)", "September 2025",
             "Dashboard used by all sixth-form teachers; spot checks show plans referenced in "
             "schemes of work.", "B"),
            ("1b", "Provide INSET on adaptive teaching in the sixth form, followed by a programme "
                   "of learning walks focused on pupils with learning support plans.",
             "Deputy Head (Academic) / Head of Learning Support", "Autumn term 2025",
             "Learning walks show adaptations for identified pupils in at least 80% of lessons "
             "seen.", "G"),
        ]),
        ("Next step 2: Leaders should ensure that the quality of written feedback in the prep "
         "school is consistent across year groups, so that pupils know how to improve their "
         "work.", [
            ("2a", "Review the prep school feedback policy with staff and pupils, and relaunch it "
                   "with exemplars for each subject.",
             "Deputy Head (Prep)", "Summer term 2025",
             "Revised policy published; pupil voice shows pupils can explain their next steps.",
             "B"),
            ("2b", "Carry out book looks in Years 3 to 8 each term, with findings reported to the "
                   "Education and Pastoral Committee.",
             "Deputy Head (Prep); Subject Leaders", "Termly",
             "Book look findings show consistent use of the policy in all year groups.", "G"),
        ]),
        ("Next step 3: Leaders should strengthen the oversight of pupils' use of mobile devices "
         "in the evenings so that policies are applied consistently across houses.", [
            ("3a", "Agree a single evening device protocol for all boarding and day houses, "
                   "developed with the pupil voice group.",
             "Senior Deputy Head", "31 August 2025",
             "Protocol in place in all houses from the start of the autumn term.", "B"),
            ("3b", "Audit how the protocol is applied in each house every half-term and share "
                   "the results with Housemasters and Housemistresses.",
             "Assistant Head (Pastoral)", "Ongoing",
             "Audits show consistent practice; fewer late-night device incidents logged.", "A"),
        ]),
    ]),
    ("Section B: Boarding", [
        ("Boarding point: Improve the recording of boarders' views in house meetings and show "
         "how these views are acted upon.", [
            ("B1", "Introduce a standard minute template for house meetings, with a \u2018You said, "
                   "we did\u2019 board displayed in each house.",
             "Director of Boarding", "October 2025",
             "Template used in every boarding house; boards updated after each meeting.", "G"),
            ("B2", "Include a summary of boarders' views in the termly boarding report to "
                   "Council.",
             "Director of Boarding", "Summer term 2026",
             "Council minutes record discussion of boarders' views.", None),
        ]),
    ]),
]

DOCX_RAG = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


def make_dean_close():
    doc = Document()
    doc.add_paragraph(DC_TITLE, style="Title")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by", "Next review"]):
        set_cell(t.cell(0, i), h, bold=True)
    for i, v in enumerate(["2.0", "6 October 2025", "Senior Deputy Head",
                           "Education and Pastoral Committee of Council", "January 2026"]):
        set_cell(t.cell(1, i), v)
    doc.add_paragraph(
        "The school was inspected by the Independent Schools Inspectorate from 11 to 13 March "
        "2025. All the Independent School Standards and the National Minimum Standards for "
        "Boarding Schools were met. The report set out three recommended next steps for leaders "
        "and one further point for boarding. This plan sets out how the school will respond.")
    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=1, cols=8)
    k.style = "Table Grid"
    for i, (c, txt) in enumerate([("B", "Complete"), ("G", "On track"),
                                  ("A", "Some slippage \u2013 action in hand"),
                                  ("R", "Off track")]):
        shade(k.cell(0, 2 * i), DOCX_RAG[c])
        set_cell(k.cell(0, 2 * i + 1), txt, size=9)
    doc.add_paragraph("An unshaded RAG cell means the action has not yet started.")

    for sect, recs in DC_SECTIONS:
        doc.add_paragraph(sect, style="Heading 1")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "By when", "Success criteria", "RAG"]):
            set_cell(t.cell(0, i), h, bold=True)
            shade(t.cell(0, i), "BDD7EE")
        for rec, acts in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, rec, bold=True)
            shade(m, "F2F2F2")
            for ref, act, lead, when, crit, rag in acts:
                row = t.add_row()
                for i, v in enumerate([ref, act, lead, when, crit]):
                    set_cell(row.cells[i], v)
                if rag:
                    shade(row.cells[5], DOCX_RAG[rag])
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reviewed at each meeting of the Education "
                      "and Pastoral Committee and reported to full Council termly.")
    doc.save(path(DC_FILE))


# ---------------------------------------------------------------------------
# 5. Sandcastle Care - children's home Ofsted action plan (docx, one table per requirement)
# ---------------------------------------------------------------------------
SC_FILE = "vx-sandcastle-care-childrens-home-ofsted-inspection-action-plan.docx"
SC_TITLE = "Ofsted Inspection Action Plan \u2013 Harbour View"

GUIDE = "\u2018Guide to the Children\u2019s Homes Regulations, including the quality standards\u2019"

SC_PARTS = [
    ("Requirements", [
        ("Requirement 1: The registered person must ensure that staff assess whether each "
         "child\u2019s safety is at risk and take effective action to reduce the risk of harm, "
         "including when a child goes missing from the home. (Regulation 12 (1), (2)(a)(i) and "
         "(v))",
         "Ofsted compliance date: 31 March 2025", [
            ("Review every child\u2019s risk management plan and missing from care protocol, and "
             "share the updated plans with each child\u2019s social worker.",
             "Registered Manager", "14/03/2025", "Complete"),
            ("Deliver refresher training to all staff on the local missing from home protocol "
             "and return home interviews.",
             "Deputy Manager / Training Lead", "By 31 March 2025", "Complete"),
            ("Add missing episodes to the monthly Regulation 45 review, with patterns and "
             "actions recorded.",
             "Responsible Individual", "Ongoing", "On track"),
        ]),
        ("Requirement 2: The registered person must ensure that within 24 hours of the use of "
         "a measure of control, discipline or restraint, a record is made and that the record "
         "is reviewed by the registered person within 48 hours. (Regulation 35 (3)(a) and (b))",
         "Ofsted compliance date: 30 April 2025", [
            ("Introduce a check of the physical intervention log at each daily handover so that "
             "records are completed within 24 hours.",
             "Registered Manager; Shift Leaders", "07/04/2025", "Complete"),
            ("Review and sign each record within 48 hours and discuss the incident with the "
             "child where appropriate.",
             "Registered Manager", "30/04/2025", "Complete"),
        ]),
    ]),
    ("Recommendations", [
        ("Recommendation 1: The registered person should ensure that children\u2019s education "
         "plans are reviewed with the virtual school and that staff actively support "
         "children\u2019s attendance. (" + GUIDE + ", page 27, paragraph 5.9)",
         None, [
            ("Hold a personal education plan review with the virtual school for each child.",
             "Education Lead", "June 2025", "On track"),
            ("Record daily attendance in each child\u2019s file and raise any absence with the "
             "school on the same day.",
             "Key Workers", "w/c 12/05/2025", "Complete"),
        ]),
        ("Recommendation 2: The registered person should ensure that staff receive supervision "
         "at least monthly and that supervision records show reflective discussion of "
         "children\u2019s needs. (" + GUIDE + ", page 61, paragraph 19.4)",
         None, [
            ("Set a supervision schedule for the year, with dates held in the staff rota.",
             "Registered Manager", "31/03/2025", "Complete"),
            ("Audit a sample of supervision records each quarter against the Sandcastle Care "
             "supervision standard.",
             "Quality Assurance Manager", "September 2025", "Not started"),
        ]),
    ]),
]


def make_sandcastle():
    doc = Document()
    p = doc.add_paragraph("Sandcastle Care Ltd")
    p.runs[0].bold = True
    doc.add_paragraph(SC_TITLE, style="Title")
    info = [("Home", "Harbour View (children\u2019s home for up to four children)"),
            ("URN", "SC497215"),
            ("Inspection dates", "25 and 26 February 2025"),
            ("Overall experiences and progress of children and young people",
             "Requires improvement to be good"),
            ("Responsible individual", "Martin Gale"),
            ("Plan written", "10 March 2025"),
            ("Last updated", "9 June 2025")]
    t = doc.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "DEEAF6")
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph(
        "This plan responds to the requirements and recommendations in the inspection report. "
        "It is reviewed at the monthly managers\u2019 meeting and shared with the Regulation 44 "
        "independent visitor.")
    for part, items in SC_PARTS:
        doc.add_paragraph(part, style="Heading 1")
        for head, due, acts in items:
            hp = doc.add_paragraph()
            hp.add_run(head).bold = True
            if due:
                dp = doc.add_paragraph()
                dp.add_run(due).italic = True
            t = doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for i, h in enumerate(["Action", "Responsible", "Timescale", "Status"]):
                set_cell(t.cell(0, i), h, bold=True)
                shade(t.cell(0, i), "FCE4D6")
            for act, who, when, st in acts:
                row = t.add_row()
                for i, v in enumerate([act, who, when, st]):
                    set_cell(row.cells[i], v)
            doc.add_paragraph("")
    doc.add_paragraph("Signed: Registered Manager and Responsible Individual, 9 June 2025")
    doc.save(path(SC_FILE))


# ---------------------------------------------------------------------------
# 6. Penrith Town Council - internal audit action plan (csv) - typo month, refuse
# ---------------------------------------------------------------------------
PEN_FILE = "vx-penrith-town-council-internal-audit-action-plan-2024-25-typo-month-refuse.csv"

PEN_ROWS = [
    ["Penrith Town Council", "", "", "", "", "", ""],
    ["Internal Audit Report 2024/25 \u2013 Action Plan", "", "", "", "", "", ""],
    ["Internal auditor's report dated 2 May 2025; action plan agreed by Full Council on 16 June "
     "2025 (minute FC25/061)", "", "", "", "", "", ""],
    [],
    ["Ref", "Control objective", "Internal auditor's recommendation", "Agreed action",
     "Responsible", "Target date", "Status"],
    ["1", "A \u2013 Books of account",
     "The cashbook should be reconciled to the bank statements every month and the "
     "reconciliation signed by a councillor.",
     "Monthly bank reconciliation added to the Finance Committee agenda and signed by the Chair "
     "of Finance.", "Town Clerk", "June 2025", "Complete"],
    ["2", "B \u2013 Financial regulations",
     "Financial Regulations should be updated to the current NALC model.",
     "Adopt the 2024 NALC model Financial Regulations with local thresholds.",
     "Town Clerk", "September 2025", "Complete"],
    ["3", "C \u2013 Procurement",
     "Quotations obtained for works over \u00a35,000 should be retained with the invoice.",
     "Create a procurement file for each contract over \u00a35,000 holding quotes, decision and "
     "invoice.", "Finance Officer", "October 2025", "Complete"],
    ["4", "D \u2013 Risk management",
     "The risk register should be reviewed and approved by the Council during the year.",
     "Review the risk register with the Finance and Governance Committee and take it to Full "
     "Council for approval.", "Deputy Town Clerk", "Febuary 2026", "In progress"],
    ["5", "G \u2013 Asset register",
     "The asset register should record the value of new play equipment at Castle Park.",
     "Update the asset register for the Castle Park play area and the new Christmas lighting.",
     "Finance Officer", "November 2025", "Complete"],
    ["6", "K \u2013 Transparency",
     "The Council should publish all items of expenditure over \u00a3500 as required by the "
     "Transparency Code.",
     "Publish a monthly expenditure list over \u00a3500 on the website.",
     "Town Clerk", "Monthly", "In progress"],
    ["7", "L \u2013 Exercise of public rights",
     "The notice of public rights should give the full 30 working-day inspection period.",
     "Use the external auditor's template notice and check dates with the Chair before "
     "publication.", "Town Clerk", "June 2026", "Not started"],
    [],
    ["Status as reported to the Finance and Governance Committee, 11 November 2025.",
     "", "", "", "", "", ""],
]


def make_penrith():
    with open(path(PEN_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in PEN_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Leonard Cheshire - Audit and Risk Committee rolling action log (tab-separated txt)
# ---------------------------------------------------------------------------
LC_FILE = "vx-leonard-cheshire-audit-and-risk-committee-action-log.txt"
LC_TITLE = "Audit and Risk Committee \u2013 Rolling Action Log"

LC_MEETINGS = [
    ("Meeting of 11 March 2025", [
        ("ARC25/01", "6.2", "Circulate the revised fraud response plan to members before it goes "
                            "to the Board for approval.",
         "Company Secretary", "Apr-25", "Complete", "Circulated 2 April 2025."),
        ("ARC25/02", "8.1", "Bring a deep dive on the cyber security risk (SR4) to a future "
                            "meeting, including the results of the penetration test.",
         "Chief Information Officer", "Jun-25 (revised Sep-25)", "Complete",
         "Deep dive taken at the September meeting."),
        ("ARC25/03", "9.3", "Review internal audit plan coverage of services in Wales and "
                            "Scotland and report back.",
         "Head of Internal Audit", "Jun-25", "Complete", "Coverage map presented in June."),
    ]),
    ("Meeting of 17 June 2025", [
        ("ARC25/04", "4.1", "Provide an analysis of overdue internal audit actions by "
                            "directorate, with the reasons for delay.",
         "Head of Internal Audit", "Sep-25", "Complete", "Included in the September progress "
                                                         "report."),
        ("ARC25/05", "5.4", "Confirm the approach to the going concern assessment for the "
                            "2024/25 accounts with the external auditor.",
         "Chief Financial Officer", "Sep-25", "Complete", "Agreed with the audit partner on "
                                                          "4 August."),
        ("ARC25/06", "7.2", "Update the strategic risk register to show the target risk score, "
                            "and the date by which it will be reached, for each risk.",
         "Head of Risk and Assurance", "Dec-25", "Green",
         "Template agreed; first version to the December meeting."),
    ]),
    ("Meeting of 16 September 2025", [
        ("ARC25/07", "3.3", "Arrange a training session for the Committee on the Charity "
                            "Commission's guidance on reporting serious incidents.",
         "Company Secretary", "Next meeting", "Green", "Session booked for 9 December."),
        ("ARC25/08", "6.1", "Report on progress with safeguarding actions arising from CQC and "
                            "CIW inspections of registered services.",
         "Director of Quality / Head of Safeguarding", "Dec-25", "Green", ""),
        ("ARC25/09", "8.2", "Review the reserves policy against the revised financial forecast "
                            "and bring proposals to the Finance Committee.",
         "CFO", "31/01/2026", "Amber",
         "Forecast delayed until the Q2 reforecast is complete."),
        ("ARC25/10", "9.1", "Seek assurance from the pension scheme trustee on the timetable for "
                            "the defined benefit scheme valuation.",
         "CFO, Director of People", "Mar-26", "Not started", ""),
    ]),
]


def make_leonard_cheshire():
    lines = ["Leonard Cheshire", LC_TITLE,
             "Updated after the meeting on 16 September 2025", "",
             "\t".join(["Ref", "Minute", "Action", "Owner", "Due", "Status", "Update"])]
    for meeting, items in LC_MEETINGS:
        lines.append(meeting)
        for it in items:
            lines.append("\t".join(it))
    lines += ["",
              "Status key: Complete \u2013 action closed; Green \u2013 on track; Amber \u2013 at "
              "risk of missing the due date; Red \u2013 overdue.",
              "Completed actions are removed from the log once they have been reported to the "
              "Committee."]
    with open(path(LC_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    make_weca()
    make_skipton()
    make_cabinet_office()
    make_dean_close()
    make_sandcastle()
    make_penrith()
    make_leonard_cheshire()
    for name in (WECA_FILE, SKIP_FILE, CO_FILE, DC_FILE, SC_FILE, PEN_FILE, LC_FILE):
        print("wrote", name)


if __name__ == "__main__":
    main()
