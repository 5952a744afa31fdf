"""Build the seven jo2- blind test files (set heldout309).

Run with: /work/main/.venv/bin/python jo2_make.py
Writes into the folder this script lives in.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def D(y, m, d):
    return dt.datetime(y, m, d)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="D9E1F2"),
    "theme": PatternFill("solid", fgColor="1F4E78"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
}


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, labels, fill=None):
    for c, lab in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=c, value=lab)
        cell.font = Font(bold=True)
        cell.fill = fill or FILL["head"]
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


# =====================================================================
# 1. Portsmouth City Council - ASC CQC assessment improvement plan (xlsx)
# =====================================================================
def portsmouth():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Portsmouth City Council"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A2"] = "Adult Social Care – CQC Local Authority Assessment Improvement Plan 2025-26"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = "Health, Wellbeing and Adult Social Care Directorate"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    header_row(cov, 6, ["Version", "Date", "Author", "Summary of changes"])
    doc_rows = [
        ("1.0", D(2025, 5, 12), "ASC Improvement Lead",
         "First version following publication of the CQC assessment report"),
        ("1.2", D(2025, 9, 8), "ASC Improvement Lead", "Quarter 1 progress added"),
        ("1.3", D(2025, 11, 14), "ASC Improvement Lead",
         "Quarter 2 progress added; revised target date for 1.3 agreed by ASC Improvement Board"),
    ]
    for i, r in enumerate(doc_rows, start=7):
        for c, v in enumerate(r, start=1):
            cell = cov.cell(row=i, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("blue", "Blue", "Action complete"),
           ("green", "Green", "On track"),
           ("amber", "Amber", "At risk – may miss target date"),
           ("red", "Red", "Off track or overdue")]
    for i, (f, word, meaning) in enumerate(key, start=12):
        a = cov.cell(row=i, column=1, value=word)
        a.fill = FILL[f]
        a.border = BOX
        b = cov.cell(row=i, column=2, value=meaning)
        b.border = BOX
    cov["A17"] = "Summary of progress – November 2025"
    cov["A17"].font = Font(bold=True)
    header_row(cov, 18, ["RAG", "Number of actions"])
    summ = [("blue", "Blue", 3), ("green", "Green", 4), ("amber", "Amber", 1), ("red", "Red", 1)]
    for i, (f, word, n) in enumerate(summ, start=19):
        a = cov.cell(row=i, column=1, value=word)
        a.fill = FILL[f]
        a.border = BOX
        cov.cell(row=i, column=2, value=n).border = BOX
    cov.cell(row=23, column=1, value="Total").font = Font(bold=True)
    cov.cell(row=23, column=2, value="=SUM(B19:B22)").font = Font(bold=True)
    widths(cov, [16, 22, 24, 70])

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Adult Social Care Improvement Plan – CQC Local Authority Assessment"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress at: November 2025   |   RAG shown by colour in column G (see key on Cover sheet)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    header_row(ws, 4, ["Ref", "Area for improvement (CQC report)", "Action", "Lead officer",
                       "Original target date", "Revised target date", "RAG",
                       "Progress update – November 2025"])

    plan = [
        ("theme", "Theme 1: Working with people"),
        ("afi", "People told us they waited too long for a Care Act assessment and were not always kept informed while they waited.", [
            ("1.1", "Introduce a single waiting list with risk-based prioritisation across all adult social care teams and review it weekly at the Assessment Oversight Meeting.",
             "Head of Adult Social Care Operations", D(2025, 3, 31), D(2025, 6, 30), "blue",
             "Single waiting list live from 2 June 2025. Weekly oversight meeting in place and reporting to DMT."),
            ("1.2", "Send every person on the waiting list a 'waiting well' letter and contact them at least every six weeks until their assessment is allocated.",
             "Service Manager – Front Door / Service Manager – Community Teams", D(2025, 12, 31), None, "green",
             "Letters issued to 312 people. Contact calls logged on the case record; compliance 87% in October."),
        ]),
        ("afi", "Unpaid carers were not consistently identified, and carers' assessments were not always offered.", [
            ("1.3", "Recommission the carers' support service with Carers Centre partners, including a carers' assessment offer made at the first point of contact.",
             "Commissioning Manager (Adults)", D(2025, 12, 31), D(2026, 3, 31), "amber",
             "Tender evaluation delayed by six weeks. Revised date agreed at Improvement Board on 6 November."),
            ("1.4", "Add a mandatory 'unpaid carer identified?' question to the assessment form in the case management system and report monthly on carers' assessments offered and completed.",
             "Principal Social Worker; Systems & Performance Manager", D(2025, 10, 31), None, "red",
             "Form change held back by the system upgrade. New date to be proposed to the December Board."),
        ]),
        ("theme", "Theme 2: Providing support"),
        ("afi", "Limited choice of home care and nursing care in parts of the city, with some people placed out of area.", [
            ("2.1", "Publish a refreshed Market Position Statement setting out nursing care and home care needs to 2030.",
             "Head of Commissioning", D(2025, 7, 31), None, "blue",
             "Published on the council website on 24 July 2025."),
            ("2.2", "Work with Solent NHS Trust and the ICB to develop a joint home care framework for the city, with a zoned model for hard-to-reach areas.",
             "Head of Commissioning & Solent NHS Trust Community Director", D(2026, 3, 31), None, "green",
             "Joint specification drafted; provider engagement events held in October."),
        ]),
        ("theme", "Theme 3: How the local authority ensures safety within the system"),
        ("afi", "Safeguarding enquiries were not always completed in a timely way and outcomes for people were not consistently recorded.", [
            ("3.1", "Review the Section 42 enquiry pathway with the Safeguarding Adults Board and set a 28-day completion standard for enquiries.",
             "Head of Safeguarding and Quality Assurance", D(2025, 11, 30), None, "green",
             "Revised pathway agreed by the SAB Executive; standard to go live 1 December."),
            ("3.2", "Carry out a quarterly Making Safeguarding Personal audit of 20 closed enquiries and report findings to the Practice Quality Board.",
             "Principal Social Worker", "Quarterly", None, "green",
             "Q1 and Q2 audits completed. Q2 found outcomes recorded in 16 of 20 cases."),
        ]),
        ("theme", "Theme 4: Leadership"),
        ("afi", "Staff did not always feel that learning from feedback, complaints and audits was shared with them.", [
            ("4.1", "Launch a monthly practice learning bulletin and a quarterly all-staff Adult Social Care Conversations session led by the Director.",
             "Director of Adult Social Care", D(2025, 4, 30), None, "blue",
             "Bulletin issued monthly since April; three Conversations sessions held."),
        ]),
    ]
    r = 5
    for item in plan:
        if item[0] == "theme":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFF")
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = FILL["theme"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        _, afi, acts = item
        first = r
        for ref, text, lead, orig, rev, rag, upd in acts:
            vals = [ref, afi if r == first else None, text, lead, orig, rev, None, upd]
            for col, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = FILL[rag]
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Revised target dates have been agreed by the ASC Improvement Board. "
            "Actions shown Blue will be removed from the plan after one further reporting cycle.").font = Font(italic=True)
    widths(ws, [6, 38, 50, 28, 13, 13, 7, 45])
    ws.freeze_panes = "A5"
    wb.save(out("jo2-portsmouth-city-council-asc-cqc-assessment-improvement-plan.xlsx"))


# =====================================================================
# 2. Luton Borough Council - internal audit tracker (xlsx, typo month -> refuse)
# =====================================================================
def luton():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Luton Borough Council – Internal Audit"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Summary of outstanding recommendations at 31 October 2025"
    header_row(sm, 4, ["Audit", "Year", "Assurance", "High", "Medium", "Low", "Total outstanding"])
    summary = [("Accounts Payable", "2024/25", "Limited", 1, 1, 0),
               ("Housing Rents", "2024/25", "Reasonable", 0, 2, 0),
               ("Disabled Facilities Grants", "2024/25", "Limited", 1, 1, 1),
               ("Cyber Security", "2025/26", "Reasonable", 0, 1, 0)]
    for i, (a, y, asr, h, m, l) in enumerate(summary, start=5):
        for c, v in enumerate([a, y, asr, h, m, l, f"=SUM(D{i}:F{i})"], start=1):
            sm.cell(row=i, column=c, value=v).border = BOX
    sm.cell(row=9, column=1, value="Total").font = Font(bold=True)
    for c in range(4, 8):
        L = get_column_letter(c)
        sm.cell(row=9, column=c, value=f"=SUM({L}5:{L}8)").font = Font(bold=True)
    widths(sm, [30, 10, 12, 8, 9, 8, 18])

    ws = wb.create_sheet("Outstanding Recommendations")
    ws["A1"] = "Luton Borough Council – Internal Audit: Outstanding Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit and Governance Committee – 24 November 2025   |   Position at 31 October 2025"
    header_row(ws, 4, ["Audit", "Year", "Assurance", "Rec No.", "Priority", "Recommendation",
                       "Agreed management action", "Responsible officer", "Original due date",
                       "Revised due date", "Status", "Latest update"])
    rows = [
        ("Accounts Payable", "2024/25", "Limited", 1, "High",
         "Duplicate payment checks should be run before each payment run.",
         "Configure the duplicate payment report in the finance system and run it before each BACS run, with exceptions signed off by the AP Team Leader.",
         "Head of Exchequer Services", D(2025, 3, 31), D(2025, 6, 30), "Implemented",
         "Report configured June 2025; evidence of sign-off seen for July–September runs."),
        (None, None, None, 2, "Medium",
         "Supplier bank detail changes should be independently verified.",
         "Introduce a call-back check to a known contact for every bank detail change request and record the check on the supplier file.",
         "AP Team Leader", D(2025, 4, 30), None, "Implemented",
         "Procedure issued April 2025."),
        ("Housing Rents", "2024/25", "Reasonable", 1, "Medium",
         "Rent arrears cases should be reviewed in line with the Income Recovery Policy timescales.",
         "Set up a weekly arrears case review report by patch and monitor compliance at the Income Team meeting.",
         "Income Manager", D(2025, 5, 31), D(2025, 12, 31), "In progress",
         "Report built; weekly reviews started in September. Compliance at 74%."),
        (None, None, None, 2, "Medium",
         "Write-offs of former tenant arrears should be approved in line with the scheme of delegation.",
         "Update the write-off procedure and approval form to show delegated limits, and report write-offs quarterly to the Housing Management Team.",
         "Head of Housing Management", D(2025, 6, 30), None, "Implemented",
         "New form in use from July 2025."),
        ("Disabled Facilities Grants", "2024/25", "Limited", 1, "High",
         "Grant approvals should be supported by a completed test of resources and two quotations.",
         "Introduce a DFG approval checklist that must be completed and signed by the Grants Officer before approval.",
         "Private Sector Housing Manager", D(2025, 6, 30), D(2025, 9, 30), "In progress",
         "Checklist drafted; to be signed off by the Service Director."),
        (None, None, None, 2, "Medium",
         "Completed works should be inspected before final payment is released to contractors.",
         "Require a post-completion inspection record to be attached to every final payment request.",
         "Private Sector Housing Manager", D(2025, 7, 31), "0ct-25", "In progress",
         "Inspection template agreed; process to be added to the DFG procedure."),
        (None, None, None, 3, "Low",
         "The DFG procedure manual should be reviewed and dated.",
         "Review and re-issue the DFG procedure manual with a version control table.",
         "Grants Officer", D(2025, 9, 30), D(2025, 12, 31), "Not started",
         "Dependent on recommendations 1 and 2."),
        ("Cyber Security", "2025/26", "Reasonable", 1, "Medium",
         "Leavers' network accounts should be disabled on their last working day.",
         "Link the HR leavers report to the IT service desk so that accounts are disabled automatically on the leaving date.",
         "Head of ICT", D(2025, 12, 31), None, "Not yet due",
         "Automation in testing."),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Priority key: High – fundamental control weakness; "
            "Medium – significant weakness; Low – minor improvement.").font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="Implemented recommendations are removed after they have been reported "
            "to one Committee meeting.").font = Font(italic=True)
    widths(ws, [22, 9, 11, 7, 9, 38, 45, 26, 11, 11, 12, 40])
    ws.freeze_panes = "A5"
    wb.save(out("jo2-luton-borough-council-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# =====================================================================
# 3. Essex County Fire and Rescue Service - HMICFRS values & culture tracker
# =====================================================================
def essex():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "HMICFRS Values and culture in fire and rescue services – summary of progress"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Essex County Fire and Rescue Service – position as at 31 January 2025"
    sm["A4"] = "The spotlight report (March 2023) made 35 recommendations, 20 of them for chief fire officers. "
    sm["A5"] = "This update shows the five recommendations with sub-actions still open at 31 December 2024."
    header_row(sm, 7, ["Current RAG", "Sub-actions"])
    for i, (f, w, n) in enumerate([("blue", "B", 4), ("green", "G", 2), ("amber", "A", 2), ("red", "R", 1)], start=8):
        a = sm.cell(row=i, column=1, value=w)
        a.fill = FILL[f]
        a.border = BOX
        sm.cell(row=i, column=2, value=n).border = BOX
    sm.cell(row=12, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=12, column=2, value="=SUM(B8:B11)").font = Font(bold=True)
    widths(sm, [16, 14])

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "HMICFRS Values and Culture Spotlight Report – ECFRS Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Position as at 31 January 2025 – reported to the Performance and Resources Board"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:K2")
    header_row(ws, 4, ["Rec", "HMICFRS recommendation", "HMICFRS deadline", "Action ref",
                       "ECFRS action", "Action owner", "Original target date", "Revised target date",
                       "Previous RAG", "Current RAG", "Progress update"])
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    plan = [
        ("theme", "Raising concerns"),
        ("rec", "R1", "By 1 October 2023, chief fire officers should make sure their services provide a confidential route for staff to raise concerns and that staff know about whistleblowing processes.",
         "1 October 2023", [
             ("1a", "Procure an independent, confidential reporting line for all staff and volunteers.",
              "Director of People Services", D(2023, 9, 30), None, "B", "B",
              "Independent reporting line live from September 2023; 41 reports received to date."),
             ("1b", "Relaunch the Whistleblowing and Raising Concerns policy with station visits and an all-staff e-learning module.",
              "Head of Inclusion & Culture / Area Manager – Service Delivery", D(2024, 3, 31), D(2024, 12, 31), "A", "B",
              "Policy relaunched; e-learning completion 93% at 31 December 2024."),
         ]),
        ("rec", "R4", "By 1 June 2023, chief fire officers should assure themselves that updates on how concerns are being handled are shared with the people who raised them.",
         "1 June 2023", [
             ("4a", "Introduce a case management standard requiring the investigating manager to update the person raising the concern at least every 20 working days.",
              "Head of Professional Standards", D(2024, 6, 30), D(2025, 3, 31), "A", "G",
              "Standard approved by SLT in December; case system reminders being built."),
         ]),
        ("theme", "Background checks"),
        ("rec", "R9", "By 1 January 2024, chief fire officers should make sure standard or enhanced DBS checks are carried out for all staff in roles that meet the eligibility criteria, and that checks are repeated in line with national guidance.",
         "1 January 2024", [
             ("9a", "Complete a role-by-role review of all posts against the DBS eligibility criteria.",
              "HR Business Partner (Resourcing)", D(2023, 12, 31), None, "B", "B",
              "Review completed and approved by the People Committee."),
             ("9b", "Carry out DBS checks for all existing staff in eligible roles, prioritising staff working with children and adults at risk.",
              "HR Business Partner (Resourcing)", D(2024, 3, 31), D(2025, 9, 30), "A", "A",
              "1,212 of 1,390 checks complete. Remaining checks are for on-call staff; extra clinics booked."),
             ("9c", "Introduce a three-yearly DBS re-check cycle and record check dates in the HR system.",
              "HR Business Partner (Resourcing)", "Ongoing", None, "G", "G",
              "Re-check dates loaded for all completed checks."),
         ]),
        ("theme", "Leadership and development"),
        ("rec", "R14", "By 1 March 2024, chief fire officers should make sure all staff understand the Core Code of Ethics and that it is embedded in service policies and practice.",
         "1 March 2024", [
             ("14a", "Deliver Core Code of Ethics workshops to all watches, day-duty teams and Control.",
              "AM Jo Brennan and GM Tom Hurst", D(2024, 3, 31), None, "G", "B",
              "Workshops delivered to 96% of staff; catch-up sessions for new starters in induction."),
             ("14b", "Add an ethics and values objective to every annual appraisal and review compliance through the People Committee.",
              "Director of People Services", D(2025, 1, 31), None, "G", "R",
              "Appraisal system change not delivered by the supplier. Interim paper form in use."),
         ]),
        ("theme", "Equality, diversity and inclusion"),
        ("rec", "R22", "By 1 August 2023, chief fire officers should make sure their service has a clear and transparent process for collecting and using equality and diversity data.",
         "1 August 2023", [
             ("22a", "Run a 'Count Me In' campaign to raise staff self-declaration rates for protected characteristics above 80%.",
              "Head of Inclusion & Culture", D(2024, 12, 31), D(2025, 6, 30), "A", "A",
              "Declaration rate 71% (up from 54%). Campaign extended to on-call stations."),
         ]),
    ]
    r = 5
    for item in plan:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            for col in range(1, 12):
                ws.cell(row=r, column=col).fill = FILL["grey"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            r += 1
            continue
        _, recno, rectext, deadline, acts = item
        first = r
        for ref, text, owner, orig, rev, prev, cur, upd in acts:
            vals = [recno if r == first else None, rectext if r == first else None,
                    deadline if r == first else None, ref, text, owner, orig, rev, prev, cur, upd]
            for col, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = FILL[rag_fill[prev]]
            ws.cell(row=r, column=10).fill = FILL[rag_fill[cur]]
            ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=10).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if r - 1 > first:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    widths(ws, [6, 45, 14, 8, 45, 28, 12, 12, 9, 9, 45])
    ws.freeze_panes = "A5"

    ky = wb.create_sheet("Key")
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True)
    for i, (f, w, m) in enumerate([("blue", "B", "Complete – evidence of completion approved by SLT"),
                                   ("green", "G", "On track to meet the target date"),
                                   ("amber", "A", "Some risk to delivery; revised date agreed"),
                                   ("red", "R", "Off track – escalated to SLT")], start=2):
        a = ky.cell(row=i, column=1, value=w)
        a.fill = FILL[f]
        ky.cell(row=i, column=2, value=m)
    widths(ky, [8, 60])
    wb.save(out("jo2-essex-county-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Put text in a cell; '\n' starts a new paragraph."""
    parts = text.split("\n") if text is not None else [""]
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
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


# =====================================================================
# 4. Angus Council - annual audit report 2023/24 action plan progress (docx)
# =====================================================================
def angus():
    doc = Document()
    landscape(doc)
    for t in ["ANGUS COUNCIL", "SCRUTINY AND AUDIT COMMITTEE – 11 MARCH 2025"]:
        p = doc.add_paragraph()
        p.add_run(t).bold = True
    doc.add_heading("Annual Audit Report 2023/24 – Progress against Agreed Actions", level=1)
    p = doc.add_paragraph()
    p.add_run("REPORT BY DIRECTOR OF FINANCE").bold = True
    doc.add_paragraph(
        "ABSTRACT: This report updates the Committee on progress with the management actions agreed in "
        "response to the external auditor's Annual Audit Report for 2023/24, and on one action carried "
        "forward from 2022/23 that is not yet complete.")
    doc.add_paragraph("Status key used in the tables below:")
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for i, (w, m, f) in enumerate([("Status", "Meaning", "D9E1F2"),
                                   ("Complete", "Action complete and evidence provided to the auditor", "9DC3E6"),
                                   ("On track", "Action in progress and expected by the agreed date", "A9D08E"),
                                   ("Delayed – revised date agreed", "Action will not meet the original date; revised date agreed with the auditor", "FFD966"),
                                   ("Overdue", "Agreed date passed and no revised date agreed", "FF7C80")]):
        set_cell(key.cell(i, 0), w, bold=(i == 0))
        set_cell(key.cell(i, 1), m, bold=(i == 0))
        shade(key.cell(i, 0), f)
    doc.add_paragraph()

    heads = ["No.", "Issue/risk", "Recommendation", "Agreed management action",
             "Responsible officer and date", "Progress at February 2025", "Status"]
    status_fill = {"Complete": "9DC3E6", "On track": "A9D08E",
                   "Delayed – revised date agreed": "FFD966", "Overdue": "FF7C80"}
    sections = [
        ("1. Audit of the 2023/24 annual accounts", [
            ("1", "Valuation of land and buildings\nThe valuer's instructions did not require assets to be revalued at least every five years, and £4.2 million of assets had last been valued in 2018.",
             "The council should review its rolling revaluation programme so that all land and buildings are revalued at least every five years.",
             "The rolling revaluation programme will be revised so that all operational land and buildings are valued within a five-year cycle, with assets last valued before 2019 prioritised in the 2024/25 programme.",
             "Responsible officer: Service Leader – Finance\nAgreed date: 31 March 2025",
             "Revised programme agreed with the valuer in November 2024. All assets last valued before 2019 included in the 2024/25 valuation.",
             "Complete"),
            ("2", "Journal authorisation\nJournals posted by finance staff are not reviewed by a second officer before posting.",
             "Management should introduce a risk-based review of journals over a set value before they are posted to the ledger.",
             "A review threshold of £100,000 will be introduced in the finance system, with journals above this value approved by a second officer before posting.",
             "Responsible officer: Manager – Financial Systems and Control\nAgreed date: 31 December 2024\nRevised date: 30 June 2025",
             "Workflow change requires a system upgrade scheduled for May 2025. Interim manual sign-off in place.",
             "Delayed – revised date agreed"),
        ]),
        ("2. Financial sustainability", [
            ("3", "Medium-term funding gap\nThe council forecasts a cumulative funding gap of £37.6 million over 2025/26 to 2027/28, and savings identified to date do not close it.",
             "The council should identify and agree recurring savings and transformation options to close the medium-term funding gap, and report progress to members each quarter.",
             "Savings options for 2025/26 and 2026/27 will be brought to members through the budget-setting process, and the Change Programme will report quarterly progress against savings targets to the Policy and Resources Committee.",
             "Responsible officer: Director of Finance / Director of Strategic Policy, Transformation and Public Sector Reform\nAgreed date: 28 February 2025",
             "Savings options presented at the budget meeting on 27 February 2025. Quarterly Change Programme reporting in place from Q2.",
             "On track"),
            ("4", "Reserves\nUsable reserves fell by £9.1 million in 2023/24 and the reserves strategy has not been updated since 2021.",
             "The reserves strategy should be refreshed to set a minimum level of general fund reserves and the purpose of each earmarked reserve.",
             "An updated Reserves Strategy will be presented to the Policy and Resources Committee alongside the 2025/26 budget.",
             "Responsible officer: Director of Finance\nAgreed date: 28 February 2025",
             "Draft strategy prepared and included in the budget papers.",
             "On track"),
        ]),
        ("3. Vision, leadership and governance", [
            ("5", "Council Plan performance reporting\nPerformance reports do not consistently show targets or trends for Council Plan measures.",
             "Performance reports to members should include targets, trend data and commentary for each Council Plan measure.",
             "The Council Plan performance framework will be updated so that every measure has a target and a three-year trend, and the revised report format will be used from the Q2 2024/25 report.",
             "Responsible officer: Manager – Performance and Improvement\nAgreed date: 30 November 2024",
             "New format used for the Q2 report to Committee in November 2024.",
             "Complete"),
        ]),
        ("4. Use of resources to improve outcomes", [
            ("6", "Workforce planning\nDirectorate workforce plans have not been completed for all services.",
             "The council should complete directorate workforce plans and link them to the corporate Workforce Strategy.",
             "Directorate workforce plans will be completed for all services using the corporate template and reviewed by the Corporate Leadership Team.",
             "Responsible officer: Service Leader – HR, OD, Digital Enablement, IT and Business Support\nAgreed date: 30 September 2024",
             "Plans complete for three of five directorates. Remaining plans delayed by the restructure of Vibrant Communities.",
             "Overdue"),
        ]),
        ("5. Prior year action carried forward (2022/23)", [
            ("b/f 1", "IT disaster recovery\nThe IT disaster recovery plan had not been tested.",
             "The council should test the IT disaster recovery plan and act on the results.",
             "A full disaster recovery test will be carried out following migration to the new data centre.",
             "Responsible officer: Service Leader – HR, OD, Digital Enablement, IT and Business Support\nAgreed date: 31 March 2024\nRevised date: 31 October 2025",
             "Data centre migration now planned for summer 2025; test to follow.",
             "Delayed – revised date agreed"),
        ]),
    ]
    for title, rows in sections:
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in enumerate(heads):
            set_cell(t.cell(0, c), h, bold=True)
            shade(t.cell(0, c), "D9E1F2")
        for row in rows:
            cells = t.add_row().cells
            for c, v in enumerate(row):
                set_cell(cells[c], v)
                if c == 1:
                    cells[c].paragraphs[0].runs[0].bold = True
            shade(cells[6], status_fill[row[6]])
        doc.add_paragraph()
    doc.add_paragraph("REPORT AUTHOR: Service Leader – Finance")
    doc.add_paragraph("EMAIL DETAILS: Finance@angus.gov.uk")
    doc.save(out("jo2-angus-council-annual-audit-report-2023-24-action-plan.docx"))


# =====================================================================
# 5. Fife Council - SHR Annual Assurance Statement improvement plan (docx)
# =====================================================================
def fife():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Fife Council Housing Services")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("Annual Assurance Statement 2024 – Improvement Plan", level=1)
    doc.add_paragraph("Position at March 2025")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Comments"),
                             ("0.1", "14/10/2024", "Housing Policy Officer", "Draft for Housing Management Team"),
                             ("1.0", "30/10/2024", "Housing Policy Officer", "Approved with the Annual Assurance Statement"),
                             ("1.1", "21/03/2025", "Housing Policy Officer", "Progress update for Cabinet Committee")]):
        for c, v in enumerate(row):
            set_cell(dc.cell(i, c), v, bold=(i == 0))
    doc.add_paragraph()
    doc.add_paragraph(
        "The Annual Assurance Statement submitted to the Scottish Housing Regulator in October 2024 "
        "identified the areas below where the council does not yet fully meet regulatory requirements "
        "or where improvement is needed. Progress is reported to the Cabinet Committee every six months.")
    doc.add_paragraph().add_run("Status key").bold = True
    kt = doc.add_table(rows=5, cols=2)
    kt.style = "Table Grid"
    for i, (w, m, f) in enumerate([("Complete", "Action finished", "9DC3E6"),
                                   ("Green", "On track", "A9D08E"),
                                   ("Amber", "Some slippage – may miss target date", "FFD966"),
                                   ("Red", "Off track – target date missed or at serious risk", "FF7C80"),
                                   ("Not started", "Not yet due to start", "FFFFFF")]):
        set_cell(kt.cell(i, 0), w)
        set_cell(kt.cell(i, 1), m)
        shade(kt.cell(i, 0), f)
    doc.add_paragraph()

    heads = ["Ref", "Area for improvement", "Improvement action", "Responsible officer",
             "Target date", "Progress update (March 2025)", "Status"]
    fills = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80", "Not started": "FFFFFF"}
    areas = [
        ("Electrical safety: 1,180 homes did not have a valid five-yearly Electrical Installation Condition Report (EICR) at 31 March 2024", [
            ("1.1", "Bring all overdue EICRs up to date through an additional contractor call-off, prioritising homes overdue by more than 12 months.",
             "Lead Officer – Housing Compliance", "31 December 2024",
             "All outstanding EICRs completed by 18 December 2024.", "Complete"),
            ("1.2", "Introduce a no-access procedure for EICRs, including forced access where three appointments have been refused.",
             "Lead Officer – Housing Compliance / Tenancy Management Lead", "March 2025",
             "Procedure drafted and legal advice received; to be approved at HMT on 27 March.", "Green"),
        ]),
        ("Damp and mould: no consistent process for recording and tracking reports of damp and mould", [
            ("2.1", "Approve and publish a Damp and Mould Policy with response timescales for inspection and remedial works.",
             "Service Manager – Housing Repairs", "November 2024",
             "Policy approved by Cabinet Committee on 21 November 2024 and published.", "Complete"),
            ("2.2", "Set up a damp and mould case tracker in the housing management system and report monthly to the Housing Management Team.",
             "Service Manager – Housing Repairs", "Q4 2024/25",
             "Tracker built but data migration from area spreadsheets is incomplete.", "Amber"),
            ("2.3", "Train all repairs and housing staff on identifying and reporting damp and mould.",
             "Service Manager – Housing Repairs; Learning & Development Adviser", "June 2025",
             "E-learning module launched; 58% of staff completed.", "Green"),
        ]),
        ("Homelessness: breaches of the Unsuitable Accommodation Order", [
            ("3.1", "Increase the supply of furnished temporary flats by 60 to reduce the use of bed and breakfast accommodation.",
             "Service Manager – Homelessness & Housing Access", "31 March 2025\nRevised: 30 September 2025",
             "27 flats added. Remaining flats depend on void repairs; revised date agreed by HMT.", "Red"),
            ("3.2", "Review the Rapid Rehousing Transition Plan and report progress to the Cabinet Committee every six months.",
             "Head of Housing Services", "Six-monthly",
             "Reported to Cabinet Committee in November 2024; next report May 2025.", "Green"),
        ]),
        ("Tenant engagement: tenants were not involved in preparing the Annual Assurance Statement", [
            ("4.1", "Set up a tenant scrutiny panel with Fife Tenants' Federation to review the evidence for the 2025 Annual Assurance Statement.",
             "Tenant Participation Co-ordinator", "September 2025",
             "", "Not started"),
        ]),
    ]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "BDD7EE")
    for area, acts in areas:
        first = None
        for ref, text, lead, date, prog, st in acts:
            cells = t.add_row().cells
            set_cell(cells[0], ref)
            set_cell(cells[2], text)
            set_cell(cells[3], lead)
            set_cell(cells[4], date)
            set_cell(cells[5], prog)
            set_cell(cells[6], st)
            shade(cells[6], fills[st])
            if first is None:
                first = cells[1]
                set_cell(first, area, bold=True)
            else:
                first = first.merge(cells[1])
    doc.add_paragraph()
    doc.add_paragraph("Contact: Housing Policy Officer, Fife Council Housing Services, Fife House, Glenrothes.")
    doc.save(out("jo2-fife-council-shr-annual-assurance-statement-improvement-plan.docx"))


# =====================================================================
# 6. Eastleigh Borough Council - corporate risk register Q3 2025/26 (csv)
# =====================================================================
def eastleigh():
    hdr = ["Risk Ref", "Risk Title", "Risk Owner", "Current Score (L x I)", "Target Score",
           "Direction of Travel", "Action Ref", "Mitigating Action", "Action Owner", "Due Date",
           "Action Status", "Comment"]
    n = len(hdr)
    blank = [""] * n

    def line(first):
        return [first] + [""] * (n - 1)

    risks = [
        ("CR01", "Financial sustainability – failure to deliver a balanced budget and manage the council's borrowing", "Chief Executive", "20 (4x5)", "12", "Stable", [
            ("CR01.1", "Deliver the Financial Resilience Plan savings of £3.2m for 2026/27 and report progress monthly to Cabinet.",
             "Director of Finance (S151)", "31/03/2026", "Green", "£2.7m of savings identified and in the draft budget."),
            ("CR01.2", "Complete the review of the commercial property portfolio and agree disposals to reduce borrowing.",
             "Director of Finance (S151) / Head of Property", "30/06/2026", "Amber", "Two disposals agreed; market testing on three further assets."),
        ]),
        ("CR02", "Local Plan – failure to submit a new Local Plan within the government deadline", "Director of Place", "16 (4x4)", "8", "Improving", [
            ("CR02.1", "Publish the Regulation 18 consultation draft of the new Local Plan.",
             "Head of Planning Policy", "30/09/2025", "Complete", "Consultation ran 15 September to 27 October 2025."),
            ("CR02.2", "Agree the Local Development Scheme timetable with members and submit the plan for examination.",
             "Head of Planning Policy", "31/12/2026", "Green", "LDS approved by Cabinet in November."),
        ]),
        ("CR03", "Cyber security – a cyber attack disrupts council services or causes loss of data", "Director of Corporate Services", "15 (3x5)", "10", "Stable", [
            ("CR03.1", "Achieve PSN compliance and Cyber Essentials Plus re-accreditation.",
             "ICT Manager", "31/01/2026", "Green", "Penetration test booked for early January."),
            ("CR03.2", "Run a cyber incident exercise with the Corporate Management Team and update the ICT disaster recovery plan.",
             "ICT Manager; Emergency Planning Officer", "28/02/2026", "Amber", "Exercise moved from November due to CMT availability."),
            ("CR03.3", "Make phishing awareness training mandatory for all staff and councillors, with completion reported quarterly.",
             "ICT Manager", "Quarterly", "Green", "Staff completion 91%; councillor completion 64%."),
        ]),
        ("CR04", "Housing demand – rising homelessness and the cost of temporary accommodation", "Director of Housing & Communities", "20 (5x4)", "12", "Worsening", [
            ("CR04.1", "Purchase 20 additional units of council-owned temporary accommodation to reduce the use of nightly-paid B&B.",
             "Head of Housing", "31/03/2026", "Red", "8 units purchased. Remaining purchases paused pending the capital programme review."),
            ("CR04.2", "Refresh the Homelessness and Rough Sleeping Strategy.",
             "Head of Housing", "30/04/2026", "Not started", "Evidence review to begin in February 2026."),
        ]),
    ]
    with open(out("jo2-eastleigh-bc-corporate-risk-register-q3-2025-26.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(line("Eastleigh Borough Council – Corporate Risk Register – Quarter 3 2025/26"))
        w.writerow(line("Position at 31 December 2025. Report to Audit and Resources Committee, 29 January 2026."))
        w.writerow(blank)
        w.writerow(hdr)
        for ref, title, owner, cur, tgt, dot, acts in risks:
            for i, (aref, text, aown, due, st, com) in enumerate(acts):
                if i == 0:
                    w.writerow([ref, title, owner, cur, tgt, dot, aref, text, aown, due, st, com])
                else:
                    w.writerow(["", "", "", "", "", "", aref, text, aown, due, st, com])
        w.writerow(blank)
        w.writerow(line("Action status key: Complete = action finished; Green = on track; Amber = at risk of missing the due date; Red = off track; Not started = not yet begun."))
        w.writerow(line("Risk scores are Likelihood x Impact on a 1-5 scale. Target score is the score expected once all actions are complete."))


# =====================================================================
# 7. Derbyshire Constabulary - HMICFRS vetting/misconduct/misogyny tracker (txt, tab-separated)
# =====================================================================
def derbyshire():
    hdr = ["Ref", "HMICFRS recommendation", "Force action", "Lead", "Target date",
           "Revised date", "Status", "Update"]
    n = len(hdr)
    sections = [
        ("1. Vetting", [
            ("Rec 1 – By 31 October 2023, chief constables should make sure that vetting decisions take account of all relevant information, including intelligence and previous complaints, and that the rationale for each decision is recorded.", [
                ("1.1", "Update the force vetting procedure to require a documented rationale for every refusal and for every clearance granted with adverse information.",
                 "Head of Vetting", "31/10/2023", "", "Complete", "Procedure republished October 2023."),
                ("1.2", "Introduce a monthly quality assurance dip-sample of 10% of vetting decisions, reviewed by the Force Vetting Manager.",
                 "Force Vetting Manager", "31/10/2023", "31/03/2024", "Complete", "Dip-sampling in place since March 2024; results to PSD SMT."),
            ]),
            ("Rec 3 – By 30 April 2023, chief constables should make sure that all officers and staff hold vetting clearance at the correct level for their role and that renewals are not overdue.", [
                ("3.1", "Clear the backlog of overdue vetting renewals using additional vetting officers funded through the uplift.",
                 "Head of Vetting", "30/04/2023", "31/12/2024", "On track", "Backlog reduced from 412 to 37. On course for December."),
            ]),
        ]),
        ("2. Counter-corruption", [
            ("Rec 8 – By 31 March 2023, chief constables should make sure their counter-corruption units have enough capacity and capability to assess and develop all corruption-related intelligence.", [
                ("8.1", "Recruit two additional intelligence analysts and a detective sergeant to the Counter Corruption Unit.",
                 "Head of Professional Standards", "31/03/2023", "", "Complete", "All posts filled by June 2023."),
                ("8.2", "Implement automated monitoring of force IT systems to identify misuse.",
                 "Head of Professional Standards & Head of Information Management", "31/03/2023", "31/03/2025", "At risk", "Software procured; integration with the records system delayed by the supplier."),
            ]),
        ]),
        ("3. Misconduct", [
            ("Rec 15 – By 31 March 2023, chief constables should make sure that allegations of sexual misconduct are investigated by specialist trained investigators in the professional standards department.", [
                ("15.1", "Move all sexual misconduct investigations to the PSD Investigations Team and train investigators to the national specialist standard.",
                 "Det Supt K. Whitworth", "31/03/2023", "", "Complete", "All investigators trained; cases allocated to PSD since April 2023."),
            ]),
        ]),
        ("4. Misogyny and predatory behaviour", [
            ("Rec 20 – By 30 September 2023, chief constables should make sure there is an effective way for officers and staff to report misogynistic and predatory behaviour in confidence.", [
                ("20.1", "Promote the confidential reporting line through the Stand Up, Speak Up campaign and briefings at every station.",
                 "Head of Professional Standards; Head of Corporate Communications", "30/09/2023", "", "Complete", "Campaign delivered; reports up 38% year on year."),
                ("20.2", "Survey the workforce every year on confidence to report and publish the results with an action plan.",
                 "Head of Organisational Development", "Annually", "", "On track", "2024 survey closed in August; results to COT in October."),
                ("20.3", "Hold listening sessions with the Women in Policing network and the Chief Officer Team at every division.",
                 "DCC R. Swann and ACC L. Ford", "31/12/2023", "31/07/2024", "Off track", "Four of six divisional sessions held; two postponed."),
            ]),
        ]),
    ]
    lines = [
        "Derbyshire Constabulary – HMICFRS Vetting, Misconduct and Misogyny Recommendations Tracker",
        "Inspection report: An inspection of vetting, misconduct, and misogyny in the police service (published 2 November 2022)",
        "Position at 30 September 2024 – Professional Standards Department",
        "",
        "\t".join(hdr),
    ]
    for sec, recs in sections:
        lines.append(sec + "\t" * (n - 1))
        for rec, acts in recs:
            for i, a in enumerate(acts):
                ref, text, lead, tgt, rev, st, upd = a
                lines.append("\t".join([ref, rec if i == 0 else "", text, lead, tgt, rev, st, upd]))
    lines += [
        "",
        "Status key: Complete = action closed; On track = green; At risk = amber; Off track = red.",
        "Recommendations for national bodies, and force recommendations closed in earlier updates, are not shown.",
    ]
    with open(out("jo2-derbyshire-constabulary-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    portsmouth()
    luton()
    essex()
    angus()
    fife()
    eastleigh()
    derbyshire()
    print("written 7 files to", HERE)
