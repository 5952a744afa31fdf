#!/usr/bin/env python3
"""Build the seven zge- blind test files (set heldout826).

Run with /work/main/.venv/bin/python zge_make.py  (needs openpyxl, python-docx).
Writes only files whose names start with "zge-" in this script's folder.
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
    assert name.startswith("zge-")
    return os.path.join(HERE, name)


D = lambda y, m, d: datetime(y, m, d)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
}
RAGWORD = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}


def header_row(ws, row, labels, fill="head"):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF" if fill == "head" else "000000")
        c.fill = FILL[fill]
        c.alignment = WRAP
        c.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. EMSOU - HMICFRS serious and organised crime inspection improvement plan
# ---------------------------------------------------------------------------
def make_emsou():
    title = "EMSOU – HMICFRS Serious and Organised Crime Inspection Improvement Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "East Midlands Special Operations Unit (EMSOU)"
    cov["A4"] = ("Inspection report: An inspection of the east midlands regional response to serious and "
                 "organised crime (HMICFRS, published 2 March 2023). EMSOU was graded Inadequate.")
    cov["A5"] = "Senior responsible officer: Regional Assistant Chief Constable"
    cov["A6"] = "Governance: Regional Strategic Governance Board (quarterly)"
    cov["A8"] = "Document control"
    cov["A8"].font = BOLD
    header_row(cov, 9, ["Version", "Date", "Author", "Comment"], fill="grey")
    dc = [
        ("1.0", D(2023, 5, 5), "Regional Performance & Governance Manager", "First draft for Regional Strategic Governance Board"),
        ("1.3", D(2023, 10, 17), "Regional Performance & Governance Manager", "Updated following Q2 review"),
        ("1.6", D(2024, 1, 31), "Regional Performance & Governance Manager", "Position at 31 January 2024"),
    ]
    for r, row in enumerate(dc, start=10):
        for c, v in enumerate(row, start=1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
    widths(cov, [12, 14, 42, 50])

    ws = wb.create_sheet("Improvement Plan")
    widths(ws, [7, 44, 52, 30, 13, 13, 11, 11, 46])
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 31 January 2024 | Owner: Regional ACC | Governance: Regional Strategic Governance Board"
    ws.merge_cells("A2:I2")
    header_row(ws, 4, ["Ref", "HMICFRS cause of concern / area for improvement", "Action", "Action owner",
                       "Original target date", "Revised target date", "Previous RAG (Oct 23)",
                       "Current RAG (Jan 24)", "Progress update"])

    sections = [
        ("Causes of concern", [
            ("Cause of concern 1: EMSOU's funding arrangements are short term, which limits its ability to plan its "
             "workforce and capabilities. By 31 August 2023, chief constables and police and crime commissioners in "
             "the region should agree a funding arrangement for EMSOU that covers at least three years.", [
                ("1.1", "Prepare a three-year regional funding proposal (2024/25 to 2026/27) for the joint Chief "
                        "Constables' and PCCs' Board, including the agreed contribution formula for each force.",
                 "Head of Finance (EMSOU); Regional Chief Finance Officer", D(2023, 7, 31), D(2023, 10, 31),
                 "Amber", "Blue", "Three-year settlement agreed at the joint Board on 12 October 2023."),
                ("1.2", "Review and re-sign the Section 22A collaboration agreement so that it reflects the "
                        "three-year funding arrangement and the governance of regional assets.",
                 "Regional ACC", D(2023, 9, 30), D(2024, 3, 31), "Amber", "Amber",
                 "Legal review complete; awaiting signature by two PCCs."),
                ("1.3", "Produce a workforce and capability plan aligned to the funding settlement, setting out the "
                        "posts to be filled in 2024/25.",
                 "Head of HR (EMSOU)", D(2023, 12, 31), None, "Green", "Green",
                 "Draft plan presented to the Regional ACC in January 2024."),
            ]),
            ("Cause of concern 2: EMSOU's tasking is too focused on traditional threats such as drugs and firearms. "
             "By 30 September 2023, EMSOU should make sure its tasking and co-ordination process directs resources to "
             "the highest-harm threats, including modern slavery and human trafficking, organised immigration crime, "
             "child sexual abuse and exploitation, and fraud.", [
                ("2.1", "Redesign the Regional Tasking and Co-ordination Group (RTCG) terms of reference so that all "
                        "adoption decisions are scored against the MoRiLE threat matrix.",
                 "Det Supt – Regional Intelligence", D(2023, 9, 30), None, "Green", "Blue",
                 "New terms of reference in use from the September 2023 RTCG."),
                ("2.2", "Establish a dedicated modern slavery and organised immigration crime (MSOIC) investigation "
                        "team.\nTeam to be led by a DI and to report to the RTCG monthly.",
                 "DCI Sarah Whitmore & DI Tom Hale", D(2023, 12, 31), D(2024, 4, 30), "Amber", "Red",
                 "Recruitment to 4 of 9 posts completed; remaining posts re-advertised."),
                ("2.3", "Introduce a quarterly performance report to the Regional Strategic Governance Board showing "
                        "disruptions by threat area.",
                 "Regional Performance & Governance Manager", D(2023, 10, 31), None, "Green", "Blue",
                 "First report presented October 2023."),
            ]),
        ]),
        ("Areas for improvement", [
            ("AFI 1: EMSOU should make sure intelligence is recorded on its systems promptly and that the development "
             "of intelligence is prioritised by threat.", [
                ("3.1", "Set and monitor a 72-hour standard for intelligence submissions to be recorded and graded on "
                        "the regional intelligence system.",
                 "Det Supt – Regional Intelligence", D(2023, 8, 31), None, "Blue", "Blue",
                 "Standard met for 94% of submissions in December 2023."),
                ("3.2", "Carry out a dip sample of 100 intelligence logs each quarter and report compliance to the RTCG.",
                 "Regional Intelligence Unit Manager", D(2023, 12, 31), D(2024, 3, 31), "Amber", "Green",
                 "First dip sample completed; second due March 2024."),
            ]),
            ("AFI 2: EMSOU should make sure it has enough trained undercover officers to meet demand from the region.", [
                ("4.1", "Complete a demand and capacity review of undercover capability, comparing requests received "
                        "with deployments made.",
                 "Head of Covert Operations", D(2023, 11, 30), None, "Green", "Blue",
                 "Review reported to the Regional ACC in November 2023."),
                ("4.2", "Deliver two regional foundation undercover courses in 2024, with candidates nominated by each "
                        "constituent force.",
                 "Head of Covert Operations; Force Heads of Crime", D(2024, 12, 31), None, "Green", "Green",
                 "First course booked for May 2024."),
            ]),
        ]),
    ]
    r = 5
    for sec, recs in sections:
        ws.cell(row=r, column=1, value=sec).font = BOLD
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = FILL["pale"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, acts in recs:
            first = r
            ws.cell(row=r, column=2, value=rec).alignment = WRAP
            for (ref, act, own, orig, rev, prev, cur, upd) in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=act)
                ws.cell(row=r, column=4, value=own)
                ws.cell(row=r, column=5, value=orig).number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(row=r, column=6, value=rev).number_format = "dd/mm/yyyy"
                p = ws.cell(row=r, column=7, value=prev)
                p.fill = FILL[RAGWORD[prev]]
                q = ws.cell(row=r, column=8, value=cur)
                q.fill = FILL[RAGWORD[cur]]
                ws.cell(row=r, column=9, value=upd)
                for c in range(1, 10):
                    ws.cell(row=r, column=c).alignment = WRAP
                    ws.cell(row=r, column=c).border = BOX
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – position at 31 January 2024"
    sm["A1"].font = Font(bold=True, size=12)
    header_row(sm, 3, ["Category", "Actions", "Blue", "Green", "Amber", "Red"], fill="grey")
    for i, row in enumerate([("Causes of concern", 6, 3, 1, 1, 1),
                             ("Areas for improvement", 4, 2, 2, 0, 0),
                             ("Total", 10, 5, 3, 1, 1)], start=4):
        for c, v in enumerate(row, start=1):
            sm.cell(row=i, column=c, value=v).border = BOX
    sm["A9"] = "RAG key"
    sm["A9"].font = BOLD
    for i, (col, txt) in enumerate([("Blue", "Action complete"),
                                    ("Green", "On track to meet target date"),
                                    ("Amber", "At risk – revised date agreed"),
                                    ("Red", "Target date missed / off track")], start=10):
        sm.cell(row=i, column=1, value=col).fill = FILL[RAGWORD[col]]
        sm.cell(row=i, column=2, value=txt)
    widths(sm, [26, 34, 8, 8, 8, 8])
    wb.save(out("zge-emsou-hmicfrs-serious-organised-crime-inspection-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. County Durham and Darlington FRS - internal audit agreed actions tracker
# ---------------------------------------------------------------------------
def make_cddfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Appendix B"
    widths(ws, [9, 10, 58, 30, 13, 13, 10, 46])
    ws["A1"] = "County Durham and Darlington Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internal Audit – Progress on Implementation of Agreed Actions"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Audit and Finance Committee, 27 November 2025 – Appendix B"
    ws["A5"] = "Status key"
    ws["A5"].font = BOLD
    key = [("red", "Overdue – original target date passed and no revised date agreed"),
           ("amber", "In progress – revised target date agreed by the Treasurer"),
           ("green", "Not yet due – on track"),
           ("blue", "Implemented – confirmed by Internal Audit")]
    for i, (col, txt) in enumerate(key, start=6):
        ws.cell(row=i, column=1).fill = FILL[col]
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2, value=txt)
    header_row(ws, 11, ["Ref", "Priority", "Agreed Action", "Responsible Officer", "Original Target Date",
                        "Revised Target Date", "Status", "Latest Position (October 2025)"])
    audits = [
        ("Payroll 2024/25 – Moderate Assurance", [
            ("PAY/01", "High", "Introduce a monthly exception report of changes to standing pay data, independently "
                               "reviewed and signed off by the Payroll Manager.",
             "Payroll and Pensions Manager", D(2025, 3, 31), D(2025, 9, 30), "blue",
             "Exception report in place since August 2025; verified by Internal Audit in October 2025."),
            ("PAY/02", "Medium", "Update the overtime and additional hours claim procedure so that all claims are "
                                 "approved by a manager at Station Manager level or above before payment.",
             "Head of Finance / Head of Human Resources", D(2025, 5, 31), D(2025, 12, 31), "amber",
             "Draft procedure at consultation with representative bodies."),
        ]),
        ("ICT Systems Management 2024/25 – Moderate Assurance", [
            ("ICT/01", "High", "Remove leavers' network and application accounts within five working days of their "
                               "leaving date, using the HR leavers report as the trigger.",
             "ICT Manager", D(2025, 6, 30), None, "red",
             "Process agreed but monthly reconciliation not yet evidenced."),
            ("ICT/02", "Medium", "Record all ICT assets, including mobile data terminals on appliances, in a single "
                                 "asset register and complete an annual verification.",
             "ICT Manager; Fleet and Equipment Manager", D(2026, 3, 31), None, "green",
             "Asset register module procured; data migration under way."),
            ("ICT/03", "Medium", "Test the ICT disaster recovery plan at least annually and report the results to the "
                                 "Executive Leadership Team.",
             "ICT Manager", D(2025, 10, 31), D(2026, 2, 28), "amber",
             "Test rescheduled to avoid the Control room mobilising system upgrade."),
        ]),
        ("Procurement and Contract Management 2024/25 – Limited Assurance", [
            ("PRO/01", "High", "Maintain a complete contracts register that records the contract owner, value, start "
                               "and end dates for all contracts over £5,000.",
             "Procurement Manager", D(2025, 3, 31), D(2025, 6, 30), "blue",
             "Register published on the intranet in June 2025."),
            ("PRO/02", "High", "Ensure waivers of Contract Standing Orders are approved by the Treasurer and reported "
                               "to the Audit and Finance Committee each quarter.",
             "Treasurer", D(2025, 4, 30), None, "blue",
             "Quarterly waiver report is now a standing item."),
            ("PRO/03", "Medium", "Provide contract management training to all budget holders with responsibility for "
                                 "contracts over £25,000.",
             "Procurement Manager", D(2026, 1, 31), None, "green",
             "Two of four sessions delivered."),
        ]),
        ("Data Quality 2023/24 – Moderate Assurance", [
            ("DQ/01", "Medium", "Document the calculation of each performance indicator reported to the Fire "
                                "Authority in a data quality statement, including the data source and owner.",
             "Performance and Information Manager", D(2024, 12, 31), D(2026, 3, 31), "amber",
             "Statements complete for 14 of 22 indicators."),
        ]),
    ]
    r = 12
    for aud, acts in audits:
        ws.cell(row=r, column=1, value=aud).font = BOLD
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (ref, pri, act, own, orig, rev, st, pos) in acts:
            vals = [ref, pri, act, own, orig, rev, None, pos]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = FILL[st]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of agreed actions reported").font = BOLD
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    r += 1
    for lab, n in [("Total actions reported", 9), ("Implemented", 3), ("In progress (revised date agreed)", 3),
                   ("Not yet due", 2), ("Overdue", 1)]:
        ws.cell(row=r, column=1, value=lab)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(row=r, column=4, value=n)
        r += 1
    wb.save(out("zge-county-durham-and-darlington-frs-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. UWTSD - QAA Quality Enhancement Review action plan (refuse: Febuary)
# ---------------------------------------------------------------------------
def make_uwtsd():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "University of Wales Trinity Saint David"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "QAA Quality Enhancement Review 2025 – Action Plan"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Owner: Academic Registrar"
    cov["A5"] = "Monitoring: Academic Quality and Standards Committee (AQSC); reported to Senate and Council"
    header_row(cov, 7, ["Version", "Date", "Approved by"], fill="grey")
    for r, row in enumerate([("0.3", D(2025, 7, 2), "AQSC"), ("1.0", D(2025, 7, 15), "Senate"),
                             ("1.1", D(2025, 11, 20), "AQSC (progress update)")], start=8):
        for c, v in enumerate(row, start=1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
    widths(cov, [12, 14, 36])

    ws = wb.create_sheet("Action Plan")
    widths(ws, [7, 60, 36, 14, 48, 12])
    ws["A1"] = "University of Wales Trinity Saint David"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "QAA Quality Enhancement Review 2025 – Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Review visit: 10–13 March 2025. Report published: June 2025. Progress at: November 2025"
    header_row(ws, 5, ["No.", "Action", "Lead(s)", "Target date", "Progress update", "Status"])
    plan = [
        ("Recommendation 1: Ensure that annual monitoring systematically evaluates the outcomes of students studying "
         "through collaborative partnerships, including at overseas partners.", [
            ("1.1", "Revise the Annual Monitoring and Enhancement Review template so that partner-level continuation, "
                    "attainment and progression data are evaluated for every collaborative programme.",
             "Academic Registrar; Head of Partnerships", "December 2025",
             "Template approved by AQSC in October 2025.", "Complete"),
            ("1.2", "Provide partner link tutors with a data dashboard of student outcomes by partner and by cohort.",
             "Director of Planning and Performance", "January 2026",
             "Dashboard in test with three partners.", "On track"),
        ]),
        ("Recommendation 2: Strengthen institutional oversight of the consistency and timeliness of assessment "
         "feedback across campuses.", [
            ("2.1", "Set a university-wide 20 working day standard for the return of assessment feedback and publish "
                    "it in the Academic Quality Handbook.",
             "Pro Vice-Chancellor (Learning and Teaching)", "September 2025",
             "Standard published in the 2025/26 Handbook.", "Complete"),
            ("2.2", "Report compliance with the feedback standard by campus to each meeting of the Academic Quality "
                    "and Standards Committee.",
             "Head of Academic Quality", "Febuary 2026",
             "Reporting field added to the assessment tracking system.", "On track"),
            ("2.3", "Run calibration workshops on developmental feedback for programme teams at Carmarthen, Lampeter, "
                    "Swansea and London campuses.",
             "Head of Academic Development", "July 2026",
             "Two of four workshops scheduled.", "On track"),
        ]),
        ("Recommendation 3: Make the student voice more visible in the evaluation of enhancement activity.", [
            ("3.1", "Include student representatives on every enhancement project steering group, with training "
                    "provided by the Students' Union.",
             "Dean of Students / Students' Union President", "November 2025",
             "Representatives appointed to five of six groups.", "At risk"),
            ("3.2", "Publish an annual 'You said, we did' enhancement report co-authored with the Students' Union.",
             "Head of Academic Quality", "June 2026",
             "Not yet started.", "Not started"),
        ]),
        ("Affirmation 1: The steps being taken to develop a consistent university-wide approach to generative "
         "artificial intelligence in assessment.", [
            ("A1.1", "Adopt an institutional generative AI in assessment framework, with programme-level statements "
                     "in every module handbook.",
             "Pro Vice-Chancellor (Learning and Teaching)", "April 2026",
             "Framework in consultation.", "On track"),
        ]),
    ]
    r = 6
    typo_row = None
    for rec, acts in plan:
        ws.cell(row=r, column=1, value=rec).font = BOLD
        ws.cell(row=r, column=1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 32
        r += 1
        for row in acts:
            for c, v in enumerate(row, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if row[3].startswith("Febuary"):
                typo_row = r
            r += 1
    wb.save(out("zge-uwtsd-qaa-quality-enhancement-review-action-plan-typo-month-refuse.xlsx"))
    return typo_row


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold


def table_with_header(doc, labels, fill="1F3864"):
    t = doc.add_table(rows=1, cols=len(labels))
    t.style = "Table Grid"
    for i, lab in enumerate(labels):
        c = t.rows[0].cells[i]
        set_cell(c, lab, bold=True)
        shade(c, fill)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    return t


# ---------------------------------------------------------------------------
# 4. HMP/YOI Aylesbury - HMPPS action plan in response to HMIP inspection
# ---------------------------------------------------------------------------
def make_aylesbury():
    doc = Document()
    doc.add_heading("Action Plan: HMP/YOI Aylesbury", level=0)
    for line in ["Action Plan Submitted: 18 November 2024",
                 "A Response to the HMIP Inspection: 10–20 June 2024",
                 "Report Published: 24 September 2024"]:
        doc.add_paragraph(line).runs[0].bold = True
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny of the conditions "
        "for, and treatment of, prisoners and young adults. In response to the report, HMPPS is required to draft a "
        "robust and timely action plan to address the concerns raised. The action plan confirms whether each concern "
        "is agreed, partly agreed or not agreed (see categorisations below). Where a concern is agreed or partly "
        "agreed, the action plan sets out specific actions, each with an owner and a target date.")
    t = table_with_header(doc, ["Term", "Definition", "Additional comment"], fill="595959")
    for term, defin, com in [
        ("Agreed", "All of the concern is accepted and can be addressed within available resources.",
         "The response should explain how the concern will be addressed, with SMART actions."),
        ("Partly Agreed", "Only part of the concern is accepted, or only part can be addressed.",
         "The response must state clearly which part will be addressed and why the rest will not."),
        ("Not Agreed", "The concern is not accepted.",
         "The response must explain why, with reasons that are evidence based."),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], term, bold=True)
        set_cell(cells[1], defin)
        set_cell(cells[2], com)

    sections = [
        ("Priority concerns", [
            ("Concern 1: Too many young adults were locked in their cells for most of the day. Around a third were "
             "unemployed and the regime was frequently curtailed because of staff shortages.", "Agreed", [
                ("1.1", "Introduce a revised core day that provides at least 6.5 hours unlocked on weekdays for all "
                        "young adults in employment or education.", "Head of Operations", "31/01/2025"),
                ("1.2", "Allocate all unemployed young adults to an activity place within 10 working days, with "
                        "allocation monitored at the weekly Activities Allocation Meeting.",
                 "Head of Education, Skills and Work", "March 2025"),
                ("1.3", "Report daily regime curtailments, with reasons, to the Senior Leadership Team and review "
                        "trends at the monthly Performance Meeting.", "Deputy Governor", "Ongoing – reviewed monthly"),
            ]),
            ("Concern 2: Levels of violence were high and many incidents involved weapons. Leaders did not use data "
             "well enough to understand and reduce violence.", "Agreed", [
                ("2.1", "Produce a monthly violence and safety data pack covering the location, time, age and "
                        "ethnicity of those involved, and use it to set actions at the Safety Intervention Meeting.",
                 "Head of Safety", "31/12/2024"),
                ("2.2", "Roll out Challenge, Support and Intervention Plan (CSIP) refresher training to all "
                        "residential staff.", "Head of Safety / Training Manager", "Q4 2024/25"),
                ("2.3", "Increase intelligence-led cell searching targeted at weapon finds, with results reviewed at "
                        "the weekly Security Meeting.", "Head of Security", "30/11/2024"),
            ]),
            ("Concern 3: Young adults from minority ethnic backgrounds were over-represented in use of force and "
             "adjudications, and leaders had not investigated why.", "Partly Agreed", [
                ("3.1", "Carry out a disproportionality analysis of use of force, segregation and adjudications each "
                        "quarter and present the findings at the Diversity and Inclusion Meeting.",
                 "Equalities Lead", "28/02/2025"),
                ("3.2", "Invite an external partner to review a sample of use of force incidents involving young "
                        "adults from minority ethnic backgrounds.", "Governor", "June 2025"),
            ]),
        ]),
        ("Key concerns", [
            ("Concern 4: Resettlement planning for young adults due for release was not started early enough.",
             "Agreed", [
                ("4.1", "Ensure every young adult has a resettlement plan started at least 12 weeks before release, "
                        "tracked by the Offender Management Unit.", "Head of Offender Management Delivery",
                 "31/03/2025"),
            ]),
            ("Concern 5: Living conditions were poor, with many cells lacking working call bells and in-cell "
             "telephones.", "Agreed", [
                ("5.1", "Complete a full audit of cell call bells and in-cell telephones and raise works orders for "
                        "all defects.", "Head of Residence; FM Contract Manager", "31/12/2024"),
                ("5.2", "Fix defective call bells within the contracted response time and monitor completion at the "
                        "monthly Decency Meeting.", "FM Contract Manager", "Ongoing"),
            ]),
        ]),
    ]
    for sec, concerns in sections:
        doc.add_heading(sec, level=1)
        for concern, resp, acts in concerns:
            p = doc.add_paragraph()
            p.add_run(concern).bold = True
            doc.add_paragraph("Response: " + resp)
            t = table_with_header(doc, ["No.", "Action", "Responsible owner", "Target date"])
            for row in acts:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    set_cell(cells[i], v)
            doc.add_paragraph("")
    doc.add_paragraph("Action plan approved by: Governor, HMP/YOI Aylesbury. Progress will be monitored by the "
                      "Prison Group Director.")
    doc.save(out("zge-hmp-yoi-aylesbury-hmip-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Thorpe St Andrew School - post-Ofsted action plan (Word)
# ---------------------------------------------------------------------------
def make_school():
    doc = Document()
    h = doc.add_heading("Post-Ofsted Inspection Action Plan 2025–26", level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.add_run("Thorpe St Andrew School and Sixth Form (Synergy Multi-Academy Trust)").bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [("Inspection dates", "1 and 2 July 2025"),
                 ("The quality of education", "Requires improvement"),
                 ("Behaviour and attitudes", "Good"),
                 ("Personal development", "Good"),
                 ("Leadership and management", "Good"),
                 ("Sixth-form provision", "Good"),
                 ("Plan reviewed by", "Local Governing Body – Standards Committee, 9 December 2025")]:
        cells = info.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
    doc.add_paragraph("")
    doc.add_paragraph("RAG rating: G = on track, A = some concern, R = significant concern, C = complete")
    rag_fill = {"G": "00B050", "A": "FFC000", "R": "FF0000", "C": "00B0F0"}
    areas = [
        ("In some subjects, the key stage 3 curriculum is not sequenced well enough, so pupils do not build their "
         "knowledge securely over time. Leaders should ensure that curriculum thinking in these subjects identifies "
         "the key knowledge pupils must learn and the order in which they should learn it.", [
            ("Review key stage 3 curriculum maps in geography, design and technology and computing with subject "
             "leaders, identifying the essential knowledge for each unit.", "DHT Curriculum", "Autumn term 2025",
             "SLT line management; Standards Committee", "Revised maps in place for all three subjects", "C"),
            ("Provide subject leader training on curriculum sequencing through the Synergy Multi-Academy Trust "
             "subject networks.", "DHT Curriculum / Trust Director of Education", "By 31 January 2026",
             "Trust school improvement visit", "All subject leaders attend two network sessions", "G"),
            ("Carry out subject deep dives in each revised subject, including pupil voice and book looks, and feed "
             "back to subject leaders.", "SLT link leaders", "Summer term 2026",
             "Headteacher; Standards Committee", "Pupils can recall key knowledge from previous units", "G"),
        ]),
        ("Teachers do not consistently check pupils' understanding in lessons. As a result, misconceptions are not "
         "always addressed. Leaders should ensure that teachers use assessment effectively to identify and address "
         "gaps in pupils' knowledge.", [
            ("Launch a whole-school 'responsive teaching' CPD strand focused on hinge questions and mini-whiteboard "
             "checks.", "AHT Teaching and Learning", "September 2025", "SLT", "CPD calendar delivered", "C"),
            ("Introduce fortnightly instructional coaching for all teachers in their first three years and for staff "
             "identified through learning walks.", "AHT Teaching and Learning; Lead Practitioners", "December 2025",
             "Headteacher", "Coaching logs show agreed action steps met", "G"),
            ("Quality assure the use of assessment through termly learning walks and a review of department "
             "assessment calendars.", "Headteacher", "Termly", "Standards Committee",
             "Learning walks show checking for understanding in most lessons", "A"),
        ]),
        ("Rates of persistent absence remain high for some groups of pupils, including disadvantaged pupils. Leaders "
         "should continue to work with families to improve the attendance of these pupils.", [
            ("Appoint an Attendance Officer and introduce weekly attendance panels for pupils below 90% attendance.",
             "AHT Pastoral", "October 2025", "DHT Pastoral", "Attendance Officer in post", "C"),
            ("Agree individual attendance plans with the families of disadvantaged pupils who are persistently "
             "absent, reviewed every six weeks.", "Attendance Officer / Heads of Year", "Ongoing",
             "AHT Pastoral", "Persistent absence of disadvantaged pupils falls below 25%", "A"),
            ("Report the attendance of disadvantaged pupils to the Local Governing Body at each meeting.",
             "Headteacher", "Each LGB meeting", "Chair of LGB", "Governors challenge attendance data", "G"),
        ]),
    ]
    for n, (txt, acts) in enumerate(areas, start=1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        q = doc.add_paragraph()
        q.add_run(txt).italic = True
        t = table_with_header(doc, ["Action", "Lead", "Timescale", "Monitoring", "Success criteria", "RAG"],
                              fill="385623")
        for row in acts:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                set_cell(cells[i], v)
            shade(cells[5], rag_fill[row[5]])
        doc.add_paragraph("")
    doc.add_paragraph("Next review: Standards Committee, March 2026.")
    doc.save(out("zge-thorpe-st-andrew-school-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Sussex Coast College Hastings - Ofsted post-inspection action plan (CSV)
# ---------------------------------------------------------------------------
def make_college():
    afi1 = ("Leaders and managers should ensure that learners on study programmes who have not achieved grade 4 in "
            "English and mathematics attend their lessons and make swift progress.")
    afi2 = ("Leaders should ensure that all apprentices receive their entitlement to off-the-job training and that "
            "employers are involved in reviewing apprentices' progress.")
    afi3 = ("Teachers should ensure that they provide learners with helpful feedback on their written work so that "
            "learners know how to improve.")
    rows = [
        ["Sussex Coast College Hastings - Post-Inspection Action Plan 2025/26"],
        ["Ofsted inspection 4-7 February 2025; report published 20 March 2025. Monitored by the Quality "
         "Improvement Board and the Curriculum and Quality Committee of the Corporation."],
        [],
        ["Ref", "Ofsted area for improvement", "Action", "Lead", "Target date", "RAG", "Progress update (Dec 2025)"],
        ["1.1", afi1, "Introduce same-day follow-up of absence from English and mathematics lessons by curriculum "
                      "teams, with escalation to parents and carers after two missed sessions.",
         "Head of English and Maths", "31/10/2025", "B", "In place; attendance up 6 points on last year."],
        ["1.2", afi1, "Timetable English and mathematics lessons alongside vocational lessons so that learners do not "
                      "have gaps in their day.",
         "Deputy Principal Curriculum; Head of MIS and Timetabling", "01/09/2025", "B", "Completed for 2025/26 timetable."],
        ["1.3", afi1, "Set and track in-year progress targets for every GCSE resit learner using mock examinations in "
                      "December and March.\nShare results with vocational tutors at progress reviews.",
         "Head of English and Maths", "31/03/2026", "G", "December mocks sat; analysis under way."],
        ["2.1", afi2, "Audit off-the-job training hours for every apprentice monthly using the e-portfolio, and "
                      "intervene where hours fall behind plan.",
         "Head of Apprenticeships", "30/11/2025", "A", "Audit running; 11% of apprentices still behind plan."],
        ["2.2", afi2, "Hold tripartite progress reviews every 10 weeks with employers attending, and record agreed "
                      "targets on the review form.",
         "Apprenticeship Coordinators", "Ongoing", "G", "Employer attendance at reviews now 87%."],
        ["2.3", afi2, "Train workplace assessors in setting and recording SMART targets at progress reviews.",
         "Quality Manager (Apprenticeships)", "January 2026", "R", "Training postponed twice; new date to be set."],
        ["3.1", afi3, "Publish a college feedback policy with minimum expectations for written feedback on assessed "
                      "work.",
         "Head of Quality and Teaching Excellence", "30/09/2025", "B", "Policy published September 2025."],
        ["3.2", afi3, "Carry out termly work scrutiny in every curriculum area and report findings to the Quality "
                      "Improvement Board.",
         "Curriculum Heads; Teaching and Learning Coaches", "Termly", "G", "Autumn scrutiny complete."],
        ["3.3", afi3, "Provide targeted CPD for teachers whose feedback does not meet the expected standard, followed "
                      "by a re-check within six weeks.",
         "Teaching and Learning Coaches", "28/02/2026", "G", "Seven teachers in the support programme."],
        [],
        ["RAG key: B = complete, G = on track, A = behind but recoverable, R = off track"],
        ["Total actions: 9 (B 3, G 4, A 1, R 1)"],
    ]
    with open(out("zge-sussex-coast-college-hastings-ofsted-post-inspection-action-plan.csv"), "w",
              newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Clayesmore School - action plan after ISI inspection (plain text export)
# ---------------------------------------------------------------------------
def make_clayesmore():
    rule = "=" * 72
    dash = "-" * 72
    sections = [
        ("1. SAFEGUARDING – Part 3, paragraph 7 (standard not met)", "Area for action",
         "Leaders must ensure that all concerns about pupils' welfare are recorded promptly and fully, including the "
         "actions taken and their outcome, so that the designated safeguarding lead has an accurate overview of each "
         "case.", [
            ("1a", "Audit every safeguarding record opened since September 2023 and complete any missing actions and "
                   "outcomes.", "Designated Safeguarding Lead", "30 April 2025", "Blue",
             "Audit completed 25 April 2025; 38 records updated."),
            ("1b", "Move all safeguarding recording to MyConcern and train all staff, including boarding and support "
                   "staff, in its use.", "Deputy Head (Pastoral); IT Services Manager", "Summer term 2025", "Green",
             "Go-live 6 May 2025; 84% of staff trained."),
            ("1c", "Introduce a fortnightly case review meeting of the DSL and deputy DSLs, with minutes recording "
                   "decisions on each open case.", "Designated Safeguarding Lead",
             "Ongoing (reviewed termly by the safeguarding governor)", "Green", "Meetings in place since March 2025."),
        ]),
        ("2. HEALTH AND SAFETY – Part 3, paragraphs 11 and 12 (standards not met)", "Area for action",
         "Leaders must ensure that the fire risk assessment is reviewed and that actions arising from it are "
         "completed in a timely manner, and that health and safety checks in boarding houses are carried out as "
         "planned.", [
            ("2a", "Commission a new fire risk assessment of all boarding houses and the main school site from an "
                   "accredited assessor.", "Bursar", "31 March 2025", "Blue", "Assessment received 14 March 2025."),
            ("2b", "Complete all high-priority actions from the fire risk assessment, including the replacement of "
                   "fire doors in two boarding houses.", "Bursar / Estates Manager", "31 August 2025", "Amber",
             "Fire doors on order; installation booked for the summer holiday."),
            ("2c", "Introduce a weekly health and safety checklist for each boarding house, signed by the houseparent "
                   "and checked monthly by the Estates Manager.", "Head of Boarding", "May 2025", "Blue",
             "Checklists in use in all houses."),
        ]),
        ("3. RECOMMENDED NEXT STEPS", "Next step",
         "Leaders should ensure that the governing body's oversight of safeguarding and health and safety is informed "
         "by regular, accurate monitoring information.", [
            ("3a", "Add a termly safeguarding and health and safety dashboard to the agenda of the Education and "
                   "Welfare Committee.", "Head; Chair of Governors", "September 2025", "Green",
             "Dashboard format agreed; first report due Michaelmas term."),
        ]),
    ]
    lines = [
        "Clayesmore School – Action Plan following ISI Inspection, January 2025",
        "ISI routine inspection 21–23 January 2025 (report published 13 March 2025)",
        "Approved by the Board of Governors 2 April 2025. Progress update: 30 June 2025",
        "",
        "RAG key: Blue = complete; Green = on track; Amber = at risk; Red = not on track",
        "",
    ]
    for head, kind, text, acts in sections:
        lines += [rule, head, rule, "", kind, text, ""]
        for ref, act, lead, due, rag, upd in acts:
            lines += [
                f"  Ref:     {ref}",
                f"  Action:  {act}",
                f"  Lead:    {lead}",
                f"  Due:     {due}",
                f"  RAG:     {rag}",
                f"  Update:  {upd}",
                "",
            ]
        lines.append(dash)
        lines.append("")
    lines.append("End of action plan. Contact: Clerk to the Governors.")
    with open(out("zge-clayesmore-school-isi-inspection-action-plan.txt"), "w", encoding="utf-8",
              newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_emsou()
    make_cddfrs()
    typo_row = make_uwtsd()
    make_aylesbury()
    make_school()
    make_college()
    make_clayesmore()
    print("UWTSD typo row (sheet 'Action Plan'):", typo_row)
