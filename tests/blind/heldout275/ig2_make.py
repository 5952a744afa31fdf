"""Build the seven ig2- test files of set heldout275.

Run with:  /work/main/.venv/bin/python ig2_make.py
Writes three .xlsx (openpyxl), two .docx (python-docx), one .csv and one .txt
next to this script.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. North Yorkshire FRS - HMICFRS values and culture spotlight tracker (xlsx)
# ---------------------------------------------------------------------------
NYFRS_TITLE = "HMICFRS Values and Culture in Fire and Rescue Services – Recommendations Tracker"
NYFRS_ROWS = [
    ("theme", "Raising concerns"),
    ("rec", "Recommendation 2 – By 1 October 2023, chief fire officers should make sure staff have "
            "confidential routes to raise concerns, with access to independent support and advice."),
    ("act", "2.1", "Procure an independent confidential reporting line for all staff and volunteers.",
     "Head of People", D(2023, 10, 1), D(2024, 4, 30), "Amber", BLUE,
     "Safecall contract awarded February 2024; line live from 2 April 2024. Action closed."),
    ("act", "2.2", "Publicise the reporting line through station visits, the intranet and payslip messages.",
     "Head of Corporate Communications", D(2024, 6, 30), None, "Green", BLUE,
     "Station visit programme completed June 2024. Payslip message issued May and November 2024."),
    ("rec", "Recommendation 3 – By 1 October 2023, chief fire officers should have ways to monitor "
            "and analyse the concerns staff raise and use what they find to take action."),
    ("act", "3.1", "Produce a quarterly report to the Executive Board analysing themes from grievances, "
                   "bullying and harassment complaints and confidential reports.",
     "HR Business Partner – Employee Relations", D(2024, 3, 31), D(2024, 9, 30), "Amber", GREEN,
     "First report to Executive Board October 2024; now a standing quarterly item."),
    ("theme", "Background checks"),
    ("rec", "Recommendation 6 – By 1 January 2024, chief fire officers should make sure all staff have "
            "an appropriate level of background check, reviewed at regular intervals."),
    ("act", "6.1", "Complete a role-by-role DBS eligibility review and agree the check level for each "
                   "role with representative bodies.",
     "Head of People / Workforce Planning Manager", D(2024, 1, 1), D(2024, 7, 31), "Green", BLUE,
     "Eligibility matrix agreed at Joint Consultative Committee 18 July 2024."),
    ("act", "6.2", "Carry out standard or enhanced DBS checks for all existing staff in eligible roles.",
     "Workforce Planning Manager", D(2024, 12, 31), D(2025, 6, 30), "Amber", AMBER,
     "412 of 596 checks returned (69%). Remaining checks with on-call staff; revised date agreed by "
     "Executive Board."),
    ("act", "6.3", "Introduce three-yearly rechecks of DBS status, recorded in the HR system.",
     "Workforce Planning Manager", "TBC", None, None, None,
     "Not yet started – depends on completion of 6.2 and the HR system upgrade."),
    ("theme", "Misconduct"),
    ("rec", "Recommendation 15 – By 1 June 2024, chief fire officers should make sure their misconduct "
            "processes are fair and consistent and that cases are completed in good time."),
    ("act", "15.1", "Adopt the NFCC misconduct guidance and update the Discipline Procedure.",
     "Head of People", D(2024, 6, 1), None, "Green", BLUE,
     "Revised Discipline Procedure approved by the Commissioner 28 May 2024."),
    ("act", "15.2", "Train all investigating officers and hearing managers in the revised procedure.",
     "Learning and Development Manager", D(2024, 9, 30), D(2025, 3, 31), "Amber", RED,
     "31 of 58 managers trained. External trainer cancelled two cohorts; new dates being sourced."),
    ("theme", "Leadership and culture"),
    ("rec", "Recommendation 20 – By 1 March 2024, chief fire officers should put in place a "
            "360-degree feedback process for all senior leaders."),
    ("act", "20.1", "Launch 360-degree feedback for the Senior Leadership Team and group managers.",
     "ACFO Corporate Services", D(2024, 3, 1), D(2024, 10, 31), "Amber", GREEN,
     "First cycle completed October 2024. Development plans in place for all participants."),
    ("act", "20.2", "Extend 360-degree feedback to all station and watch managers.",
     "ACFO Corporate Services", D(2025, 9, 30), None, "Green", GREEN,
     "Questionnaire adapted for middle managers; pilot with Harrogate and Scarborough stations in May 2025."),
]


def make_nyfrs():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "North Yorkshire Fire and Rescue Service"
    cov["A1"].font = Font(bold=True, size=14, color="C00000")
    cov["A2"] = NYFRS_TITLE
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Position at 31 March 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Reported to"),
          ("1.0", "14/06/2023", "Head of People", "Executive Board"),
          ("2.3", "10/10/2024", "Head of People", "Executive Board / Commissioner's Public Accountability Meeting"),
          ("2.5", "09/04/2025", "Head of People", "Executive Board")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9D9D9")
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [(BLUE, "Blue", "Action complete"),
           (GREEN, "Green", "On track to meet deadline"),
           (AMBER, "Amber", "Deadline revised / at risk"),
           (RED, "Red", "Off track – escalated to Executive Board")]
    for i, (col, word, mean) in enumerate(key):
        cov.cell(row=12 + i, column=1).fill = fill(col)
        cov.cell(row=12 + i, column=2, value=word)
        cov.cell(row=12 + i, column=3, value=mean)
    cov["A17"] = ("Note: the tracker shows only the spotlight report recommendations that the Service "
                  "has not yet closed, or closed during 2024/25. Recommendations closed before April 2024 "
                  "are in the archive tab of the master file.")
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 40
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "North Yorkshire Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = NYFRS_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    heads = ["Ref", "Action", "Lead", "Original Deadline", "Revised Deadline",
             "Previous RAG\n(Dec 2024)", "Current RAG\n(Mar 2025)", "Progress Update"]
    r = 4
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    ws.freeze_panes = "A5"
    rag_fill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for row in NYFRS_ROWS:
        r += 1
        if row[0] == "theme":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFF", size=12)
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = fill("C00000")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif row[0] == "rec":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.alignment = WRAP
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = fill("F2F2F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, action, lead, orig, rev, prev, cur, prog = row
            vals = [ref, action, lead, orig, rev, prev, None, prog]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(row=r, column=6).fill = fill(rag_fill[prev])
            if cur:
                ws.cell(row=r, column=7).fill = fill(cur)
    widths = [7, 55, 28, 13, 13, 12, 12, 60]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of action status – March 2025"
    sm["A1"].font = Font(bold=True)
    rows = [("Status", "Number of actions"), ("Blue – complete", 4), ("Green – on track", 3),
            ("Amber – at risk", 1), ("Red – off track", 1), ("Not rated", 1), ("Total", 10)]
    for i, (a, b) in enumerate(rows):
        sm.cell(row=3 + i, column=1, value=a)
        sm.cell(row=3 + i, column=2, value=b)
    sm["A3"].font = sm["B3"].font = Font(bold=True)
    sm["A9"].font = sm["B9"].font = Font(bold=True)
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 18
    wb.save(os.path.join(HERE, "ig2-north-yorkshire-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Redcar & Cleveland BC - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
RCBC_TITLE = "Adult Social Care Improvement Plan – Response to CQC Local Authority Assessment"
# theme, quality statement, no, action, lead, by when, status, update
RCBC_ROWS = [
    ("Theme 1: Working with people", "Assessing needs", 1,
     "Reduce the number of people waiting for a Care Act assessment by introducing a weekly waiting list "
     "review and triage by a senior practitioner.",
     "Head of Adult Operations", "March 2025", "Complete",
     "Weekly triage in place since November 2024. Waiting list reduced from 312 to 164."),
    ("Theme 1: Working with people", "Assessing needs", 2,
     "Contact everyone on the assessment waiting list at least every 8 weeks to review risk and record "
     "the contact on Liquidlogic.",
     "Team Manager, Access Team", "June 2025", "On track",
     "Contact report built; 91% contacted within 8 weeks in February."),
    ("Theme 1: Working with people", "Supporting people to live healthier lives", 3,
     "Expand the Community Led Support 'Talking Points' to two further locations in East Cleveland.",
     "Prevention and Early Help Manager", "Q2 2025/26", "On track",
     "Loftus library confirmed. Second venue in Skelton being agreed."),
    ("Theme 2: Providing support", "Care provision, integration and continuity", 4,
     "Refresh the Market Position Statement with providers and people with lived experience.",
     "Head of Commissioning", "Sept 2025", "Amber – some slippage",
     "Provider engagement events moved to May 2025 because of the domiciliary care tender."),
    ("Theme 2: Providing support", "Care provision, integration and continuity", 5,
     "Commission additional extra care and supported living capacity for working-age adults with complex "
     "needs.",
     "Head of Commissioning\nHousing Strategy Manager", "March 2026", "On track",
     "Needs analysis complete. Two sites shortlisted with registered providers."),
    ("Theme 2: Providing support", "Partnerships and communities", 6,
     "Agree a joint hospital discharge pathway with South Tees Hospitals NHS Foundation Trust and report "
     "performance to the Health and Wellbeing Board.",
     "Assistant Director Adult Social Care", "31/12/2025", "Red – off track",
     "Pathway draft not yet agreed by the Trust; escalated to the Tees Valley discharge group."),
    ("Theme 3: Ensuring safety", "Safeguarding", 7,
     "Complete all safeguarding enquiries within the timescales in the Teeswide Safeguarding Adults Board "
     "procedures and audit 10 cases each month.",
     "Safeguarding Adults Manager", "Monthly", "On track",
     "Audits completed each month since December 2024; findings reported to the Quality Board."),
    ("Theme 3: Ensuring safety", "Safeguarding", 8,
     "Deliver Making Safeguarding Personal refresher training to all social work staff.",
     "J. Ward, K. Singh", "December 2024", "Complete",
     "96 staff trained (100% of social workers and senior practitioners)."),
    ("Theme 3: Ensuring safety", "Safe systems, pathways and transitions", 9,
     "Launch a Preparing for Adulthood transitions panel with Children's Services from age 14.",
     "Principal Social Worker", "April 2025", "Complete",
     "Panel launched 3 March 2025; meets fortnightly."),
    ("Theme 4: Leadership", "Governance, management and sustainability", 10,
     "Establish an ASC Improvement Board chaired by the Director of Adult Social Care and Health, meeting "
     "monthly.",
     "Director of Adult Social Care and Health", "January 2025", "Complete",
     "Board established; terms of reference agreed 14 January 2025."),
    ("Theme 4: Leadership", "Governance, management and sustainability", 11,
     "Develop a performance dashboard with key Care Act measures reported to the Improvement Board and "
     "Adults Scrutiny.",
     "Business Intelligence Manager", "Q1 2025/26", "Not started",
     "Scheduled to start April 2025 once the new data warehouse is live."),
    ("Theme 4: Leadership", "Learning, improvement and innovation", 12,
     "Co-produce a new user feedback survey with the Making It Real group and publish 'You said, we did' "
     "updates.",
     "Quality Assurance Lead / Co-production Officer", "Ongoing", "On track",
     "Survey co-designed; first 'You said, we did' published February 2025."),
]


def make_rcbc():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Redcar & Cleveland Borough Council"
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = RCBC_TITLE
    ov["A2"].font = Font(bold=True, size=12)
    ov["A3"] = "Update for ASC Improvement Board – March 2025"
    ov["A5"] = ("CQC assessed how the Council meets its duties under Part 1 of the Care Act 2014 and published "
                "its report in October 2024. The overall rating was Requires Improvement. This plan sets out "
                "what we will do against each of the four CQC themes and the quality statements where CQC "
                "told us we need to improve.")
    ov["A5"].alignment = WRAP
    ov.merge_cells("A5:D5")
    ov.row_dimensions[5].height = 60
    ov["A7"] = "CQC theme"
    ov["B7"] = "Score (out of 4)"
    ov["A7"].font = ov["B7"].font = Font(bold=True)
    for i, (t, s) in enumerate([("Working with people", 2), ("Providing support", 2),
                                ("How the local authority ensures safety within the system", 2),
                                ("Leadership", 3)]):
        ov.cell(row=8 + i, column=1, value=t)
        ov.cell(row=8 + i, column=2, value=s)
    ov["A13"] = "Status key"
    ov["A13"].font = Font(bold=True)
    for i, (s, m) in enumerate([("Complete", "Action finished and evidenced"),
                                ("On track", "Progressing to the agreed date"),
                                ("Amber – some slippage", "Likely to miss the date by less than 3 months"),
                                ("Red – off track", "Will miss the date; escalated to Improvement Board"),
                                ("Not started", "Due to start later in the plan")]):
        ov.cell(row=14 + i, column=1, value=s)
        ov.cell(row=14 + i, column=2, value=m)
    ov.column_dimensions["A"].width = 55
    ov.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = RCBC_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status as at 31 March 2025"
    heads = ["CQC Theme", "Quality Statement", "No.", "What we will do", "Lead(s)", "By when",
             "Status", "Update – March 2025"]
    hr = 4
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=hr, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center")
    status_fill = {"Complete": "9BC2E6", "On track": "C6EFCE", "Amber – some slippage": "FFEB9C",
                   "Red – off track": "FFC7CE", "Not started": None}
    r = hr
    start_theme = start_qs = None
    prev_theme = prev_qs = None
    spans = []
    for row in RCBC_ROWS:
        theme, qs, no, action, lead, when, status, upd = row
        r += 1
        if theme != prev_theme:
            if start_theme is not None:
                spans.append((1, start_theme, r - 1))
            start_theme = r
            ws.cell(row=r, column=1, value=theme)
        if qs != prev_qs or theme != prev_theme:
            if start_qs is not None:
                spans.append((2, start_qs, r - 1))
            start_qs = r
            ws.cell(row=r, column=2, value=qs)
        prev_theme, prev_qs = theme, qs
        for j, v in enumerate([no, action, lead, when, status, upd], 3):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BORDER
        if status_fill.get(status):
            ws.cell(row=r, column=7).fill = fill(status_fill[status])
    spans.append((1, start_theme, r))
    spans.append((2, start_qs, r))
    for col, a, b in spans:
        for rr in range(a, b + 1):
            ws.cell(row=rr, column=col).border = BORDER
        if b > a:
            ws.merge_cells(start_row=a, start_column=col, end_row=b, end_column=col)
        c = ws.cell(row=a, column=col)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.font = Font(bold=(col == 1))
        if col == 1:
            c.fill = fill("E4DFEC")
    widths = [22, 26, 6, 55, 30, 13, 20, 50]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "C5"

    gl = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([("Term", "Meaning"), ("CQC", "Care Quality Commission"),
                                ("MSP", "Making Safeguarding Personal"),
                                ("PfA", "Preparing for Adulthood"),
                                ("Liquidlogic", "Adult social care case management system")]):
        gl.cell(row=1 + i, column=1, value=a)
        gl.cell(row=1 + i, column=2, value=b)
    gl["A1"].font = gl["B1"].font = Font(bold=True)
    gl.column_dimensions["A"].width = 16
    gl.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, "ig2-redcar-cleveland-bc-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Neath Port Talbot CBC - internal audit recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
NPT_TITLE = "Internal Audit – Follow-up of Agreed Recommendations"
# audit, assurance, rec no, priority, recommendation, agreed action, officer, original, revised, status, comments
NPT_ROWS = [
    ("Council Tax Reduction Scheme 2024/25", "Reasonable", "1", "High",
     "Evidence of income should be verified for all new claims before an award is made.",
     "Team leaders will check a 10% sample of new claims each month for evidence of income.",
     "Revenues and Benefits Manager", "31/03/2025", "", "Implemented",
     "Monthly sample checks in place since January 2025."),
    ("Council Tax Reduction Scheme 2024/25", "Reasonable", "2", "Medium",
     "Procedure notes should be updated to reflect the 2024/25 scheme changes.",
     "Procedure notes will be reviewed and reissued to all assessors.",
     "Benefits Team Leader", "30/06/2025", "", "Implemented", "Reissued 12 May 2025."),
    ("Payroll – Overtime and Allowances 2024/25", "Limited", "1", "High",
     "All overtime claims should be authorised by a budget holder before payment.",
     "The iTrent overtime form will be changed so that claims cannot be submitted without budget holder "
     "approval.",
     "Head of People and Organisational Development", "30/04/2025", "31/10/2025", "In progress",
     "System change tested; go-live planned for the October payroll."),
    ("Payroll – Overtime and Allowances 2024/25", "Limited", "2", "Medium",
     "Standing allowances should be reviewed annually to confirm that staff remain eligible.",
     "Managers will confirm eligibility for all standing allowances as part of the annual budget "
     "setting process.",
     "Payroll Manager", "31/03/2026", "", "Not yet due", ""),
    ("Procurement Cards 2023/24", "Limited", "3", "Medium",
     "Cardholders should upload VAT receipts for every transaction within 30 days.",
     "Monthly reports of missing receipts will be sent to Heads of Service for follow-up.",
     "Chief Accountant", "30/09/2024", "31/03/2025", "Implemented",
     "Reports issued monthly; missing receipts down from 22% to 4%."),
    ("Disabled Facilities Grants 2024/25", "Reasonable", "1", "Medium",
     "Three quotations should be obtained and retained for all works above £5,000.",
     "The DFG checklist will be amended to require three quotes for works above £5,000.",
     "Housing Renewal Manager", "31/05/2025", "", "Implemented", "Checklist amended April 2025."),
    ("ICT – Backup and Recovery 2024/25", "Limited", "1", "High",
     "Restores from backup should be tested at least annually for all critical systems.",
     "A restore test schedule will be agreed for the 14 critical systems and results reported to the "
     "Digital Board.",
     "Head of Digital Services", "30/06/2025", "Febuary 2026", "In progress",
     "Six of 14 systems tested. Remaining tests depend on the data centre move."),
    ("ICT – Backup and Recovery 2024/25", "Limited", "2", "Medium",
     "The backup policy should be reviewed and approved by the Senior Information Risk Owner.",
     "The backup policy will be updated and submitted to the SIRO for approval.",
     "ICT Infrastructure Manager", "31/07/2025", "", "Implemented", "Approved by SIRO 24 July 2025."),
]
NPT_TYPO_ROW = 12


def make_npt():
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    ws["A1"] = "Neath Port Talbot County Borough Council"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = NPT_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Governance and Audit Committee – 18 September 2025"
    heads = ["Audit", "Assurance Level", "Rec No.", "Priority", "Recommendation",
             "Agreed Management Action", "Responsible Officer", "Original Target Date",
             "Revised Target Date", "Status", "Comments"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5597")
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for i, row in enumerate(NPT_ROWS):
        r = 6 + i
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=(v if v != "" else None))
            c.alignment = WRAP
            c.border = BORDER
        pf = {"High": "F8CBAD", "Medium": "FFE699", "Low": "E2EFDA"}[row[3]]
        ws.cell(row=r, column=4).fill = fill(pf)
    assert 6 + 6 == NPT_TYPO_ROW and NPT_ROWS[6][8] == "Febuary 2026"
    r = 6 + len(NPT_ROWS) + 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    for k, (a, b) in enumerate([("Implemented", 5), ("In progress", 2), ("Not yet due", 1), ("Total", 8)]):
        ws.cell(row=r + 1 + k, column=1, value=a)
        ws.cell(row=r + 1 + k, column=2, value=b)
    widths = [30, 12, 8, 10, 45, 45, 28, 14, 14, 14, 40]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A6"

    k = wb.create_sheet("Key")
    k["A1"] = "Priority ratings"
    k["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([("High", "Fundamental weakness – action within 3 months"),
                                ("Medium", "Significant weakness – action within 6 months"),
                                ("Low", "Minor improvement – action within 12 months")]):
        k.cell(row=2 + i, column=1, value=a)
        k.cell(row=2 + i, column=2, value=b)
    k.column_dimensions["A"].width = 12
    k.column_dimensions["B"].width = 55
    wb.save(os.path.join(HERE, "ig2-neath-port-talbot-cbc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


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


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def landscape(document):
    s = document.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Falkirk Council - 2023/24 annual audit report action plan progress (docx)
# ---------------------------------------------------------------------------
FALK_TITLE = "2023/24 Annual Audit Report – Action Plan Progress Update"
FALK_HEAD = ["No.", "Recommendation", "Agreed management action", "Responsible officer",
             "Agreed date", "Revised date", "Progress update", "Status"]
# section -> list of rows; a row: (no, rec or None (continues merged rec), action, officer, agreed, revised, progress, status)
FALK_SECTIONS = [
    ("1. Audit of the 2023/24 annual accounts", [
        ("1", "The Council should review its processes for valuing the property portfolio so that the "
              "valuer receives complete and accurate floor area information.",
         "Estates and Finance will reconcile the asset register to the property database before the "
         "2024/25 valuation instructions are issued.",
         "Chief Finance Officer", "31 March 2025", "", "Reconciliation completed in February 2025 and "
         "floor areas corrected for 37 assets.", "Complete"),
        ("2", "Journal authorisation controls should be strengthened so that all manual journals above "
              "£50,000 are reviewed by a second officer before posting.",
         "A second-officer approval workflow will be configured in the financial ledger for manual "
         "journals above £50,000.",
         "Accountancy Services Manager", "30 September 2024", "30 June 2025",
         "Workflow built and in user testing. Go-live delayed by the ledger upgrade.", "Amber"),
    ]),
    ("2. Wider scope audit", [
        ("3(a)", "The Council should set out how it will close the budget gap over the medium term, with "
                 "savings plans that are specific, costed and deliverable.",
         "The Medium-Term Financial Strategy 2025/26 to 2029/30 will be refreshed and presented to Council "
         "with a savings delivery plan.",
         "Chief Executive / Chief Finance Officer", "February 2025", "",
         "MTFS and savings delivery plan approved by Council on 26 February 2025.", "Complete"),
        ("3(b)", None,
         "Monthly savings tracker reports will be provided to the Corporate Management Team and quarterly "
         "to the Executive.",
         "Chief Finance Officer", "Quarterly", "",
         "First quarterly report to the Executive in May 2025.", "On track"),
        ("4", "Elected members should receive regular and transparent reporting on progress with the "
              "Council of the Future change programme, including the savings achieved.",
         "A programme highlight report will be presented to each meeting of the Executive, with a "
         "six-monthly report to Scrutiny Committee.",
         "Director of Transformation, Communities and Corporate Services", "30 April 2025",
         "30 September 2025",
         "Highlight report format agreed. Reporting timetable revised to align with the new committee cycle.",
         "Amber"),
        ("5", "The Council should update its workforce plan to reflect the scale of change needed and the "
              "skills required to deliver it.",
         "A refreshed Workforce Strategy and service workforce plans will be approved by the Executive.",
         "Head of Human Resources and Business Transformation", "December 2025", "",
         "Service workforce planning workshops under way.", "On track"),
    ]),
    ("3. Best Value", [
        ("6", "The Council should improve its public performance reporting so that it is balanced and shows "
              "progress against the Council Plan priorities.",
         "The annual Public Performance Report will include trend data, Local Government Benchmarking "
         "Framework comparisons and areas where performance has declined.",
         "Performance Manager", "31 October 2025", "", "Work will start after the LGBF data release.",
         "Not started"),
    ]),
]
FALK_STATUS_FILL = {"Complete": "9DC3E6", "On track": "A9D08E", "Amber": "FFD966", "Red": "FF7C80",
                    "Not started": "FFFFFF"}


def make_falkirk():
    d = docx.Document()
    landscape(d)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Falkirk Council")
    r.bold = True
    r.font.size = Pt(12)
    d.add_heading(FALK_TITLE, level=1)
    d.add_paragraph("Audit Committee – 16 June 2025")
    d.add_paragraph("Agenda item 7 – Appendix 1")

    d.add_paragraph().add_run("Document control").bold = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in [("0.1", "19/05/2025", "Corporate Finance", "Draft for CMT"),
                ("1.0", "03/06/2025", "Corporate Finance", "Final for Audit Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    d.add_paragraph(
        "The external auditor's 2023/24 Annual Audit Report to Members and the Controller of Audit "
        "included an action plan of six recommendations. The tables below set out management's agreed "
        "actions and progress at 31 May 2025. Where an agreed date has been missed, a revised date is shown.")

    d.add_paragraph().add_run("Status key").bold = True
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for s, m in [("Complete", "Action fully implemented"), ("On track", "Expected to be implemented by the agreed date"),
                 ("Amber", "Behind schedule – revised date agreed"), ("Red", "Significant delay or risk to delivery"),
                 ("Not started", "Work not yet due to start")]:
        cells = k.add_row().cells
        set_cell(cells[0], s, bold=True)
        shade(cells[0], FALK_STATUS_FILL[s])
        set_cell(cells[1], m)

    widths = [Cm(1.3), Cm(5.5), Cm(5.5), Cm(3.2), Cm(2.3), Cm(2.3), Cm(4.8), Cm(1.8)]
    for heading, rows in FALK_SECTIONS:
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=len(FALK_HEAD))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, FALK_HEAD):
            set_cell(c, h, bold=True, color="FFFFFF")
            shade(c, "1F4E79")
        merge_from = None
        for (no, rec, action, officer, agreed, revised, prog, status) in rows:
            cells = t.add_row().cells
            vals = [no, rec or "", action, officer, agreed, revised, prog, status]
            for c, v in zip(cells, vals):
                set_cell(c, v)
            shade(cells[7], FALK_STATUS_FILL[status])
            if rec is None and merge_from is not None:
                merge_from.merge(cells[1])
                # keep the recommendation text once
                mc = merge_from
                set_cell(mc, prev_rec)
            else:
                merge_from = cells[1]
                prev_rec = rec
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
    d.add_paragraph()
    d.add_paragraph("Source: external auditor's 2023/24 Annual Audit Report, Appendix 1 – Action plan. "
                    "Recommendations from earlier years that remain open are reported separately in the "
                    "Internal Audit follow-up report.")
    d.save(os.path.join(HERE, "ig2-falkirk-council-annual-audit-report-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Thanet DC - RSH consumer standards housing improvement plan (docx)
# ---------------------------------------------------------------------------
THANET_TITLE = "Housing Improvement Plan 2025–2027"
THANET_HEAD = ["Ref", "Action", "Lead officer", "Target date", "RAG", "Progress (July 2025)"]
THANET_ROWS = [
    ("std", "Safety and Quality Standard"),
    ("out", "Stock quality – we will have an accurate, up-to-date and evidenced understanding of the "
            "condition of every home."),
    ("act", "SQ1", "Complete a 100% stock condition survey of council homes, including an HHSRS assessment "
                   "of each property.", "Head of Housing Assets", "March 2026", "A",
     "1,860 of 3,010 homes surveyed (62%). Access problems in sheltered schemes."),
    ("act", "SQ2", "Load stock condition data into the asset management system and reconcile it with the "
                   "repairs history.", "Asset Data Officer", "June 2026", "G",
     "Data import template agreed with the system supplier."),
    ("out", "Health and safety – we will meet all legal requirements for gas, electrical, fire, water, "
            "asbestos and lift safety."),
    ("act", "SQ3", "Clear the backlog of overdue fire risk assessment actions in blocks of flats, "
                   "prioritising high-risk actions.", "Building Safety Manager", "Oct-25", "R",
     "142 overdue actions remain, 9 high risk. Additional contractor being procured."),
    ("act", "SQ4", "Achieve 100% valid Electrical Installation Condition Reports (EICRs) for all homes.",
     "Compliance Manager", "31/12/2025", "A", "Compliance at 88.4% (June 2025)."),
    ("std", "Transparency, Influence and Accountability Standard"),
    ("out", "Engagement with tenants – tenants can influence decisions and hold us to account."),
    ("act", "TIA1", "Set up a Tenant Scrutiny Panel with terms of reference agreed by Cabinet.",
     "Tenant Engagement Officer", "April 2025", "B", "Panel of 9 tenants met for the first time on 29 April 2025."),
    ("act", "TIA2", "Publish Tenant Satisfaction Measures results for 2024/25 with a tenant-friendly summary.",
     "Housing Performance Lead", "End of June 2025", "B", "Published on the website and in the summer tenants' newsletter."),
    ("out", "Complaints – complaints are handled fairly and promptly and we learn from them."),
    ("act", "TIA3", "Report learning from complaints to the Housing Improvement Board each quarter, in line "
                    "with the Housing Ombudsman's Complaint Handling Code.",
     "Customer Services Manager / Head of Tenancy and Neighbourhoods", "Quarterly", "G",
     "Q1 learning report considered by the Board on 10 July 2025."),
    ("std", "Neighbourhood and Community Standard"),
    ("out", "Safety of shared spaces – communal areas are kept clean and safe."),
    ("act", "NC1", "Introduce monthly estate inspections with tenant inspectors and publish the results.",
     "Estate Services Manager", "September 2025", "G", "Four tenant inspectors recruited and trained."),
    ("std", "Tenancy Standard"),
    ("out", "Allocations and lettings – homes are let fairly and efficiently."),
    ("act", "T1", "Review the void standard and reduce the average relet time for general needs homes to 35 days.",
     "Voids and Lettings Manager", "Dec 2025", "A", "Average relet time 52 days in Q1 (target 35)."),
    ("act", "T2", "Carry out a tenancy audit visit to every household not seen in the last three years.",
     "Tenancy Services Team Leaders", "Q4 2025/26", "", "Not yet started – visit programme being planned."),
]
THANET_RAG_FILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def make_thanet():
    d = docx.Document()
    landscape(d)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph()
    r = p.add_run("Thanet District Council")
    r.bold = True
    r.font.size = Pt(14)
    h = d.add_heading(THANET_TITLE, level=0)
    p = d.add_paragraph()
    p.add_run("Meeting the Regulator of Social Housing's Consumer Standards").italic = True
    d.add_paragraph("Progress update – July 2025")

    d.add_paragraph().add_run("Version control").bold = True
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, hh in zip(t.rows[0].cells, ["Version", "Date", "Change"]):
        set_cell(c, hh, bold=True, size=10)
        shade(c, "D9E2F3")
    for row in [("1.0", "23 January 2025", "Plan agreed by Cabinet"),
                ("1.1", "14 April 2025", "Q4 2024/25 progress added"),
                ("1.2", "17 July 2025", "Q1 2025/26 progress added")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v, size=10)

    d.add_paragraph(
        "In 2024 we told the Regulator of Social Housing that we were not meeting all of the consumer "
        "standards. This plan sets out the actions we are taking under each standard. It is monitored by "
        "the Housing Improvement Board every month and reported to Cabinet each quarter.")

    d.add_paragraph().add_run("RAG key").bold = True
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, m in [("B", "Complete"), ("G", "On track"), ("A", "At risk of missing the target date"),
                    ("R", "Off track – target date will be missed")]:
        cells = k.add_row().cells
        set_cell(cells[0], code, bold=True, size=10)
        shade(cells[0], THANET_RAG_FILL[code])
        set_cell(cells[1], m, size=10)

    d.add_heading("Action plan", level=1)
    t = d.add_table(rows=1, cols=len(THANET_HEAD))
    t.style = "Table Grid"
    for c, hh in zip(t.rows[0].cells, THANET_HEAD):
        set_cell(c, hh, bold=True, size=10, color="FFFFFF")
        shade(c, "203864")
    for row in THANET_ROWS:
        cells = t.add_row().cells
        if row[0] == "std":
            m = cells[0].merge(cells[-1])
            set_cell(m, row[1], bold=True, size=11, color="FFFFFF")
            shade(m, "2E75B6")
        elif row[0] == "out":
            m = cells[0].merge(cells[-1])
            set_cell(m, row[1], bold=True, size=10)
            shade(m, "DEEAF6")
        else:
            _, ref, act, lead, when, rag, prog = row
            for c, v in zip(cells, [ref, act, lead, when, rag, prog]):
                set_cell(c, v, size=10)
            if rag:
                shade(cells[4], THANET_RAG_FILL[rag])
    widths = [Cm(1.4), Cm(8.5), Cm(4.5), Cm(2.6), Cm(1.3), Cm(7.0)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    d.add_paragraph()
    d.add_paragraph("Note: target dates are those agreed by Cabinet on 23 January 2025 unless shown otherwise. "
                    "HHSRS – Housing Health and Safety Rating System.")
    d.save(os.path.join(HERE, "ig2-thanet-dc-rsh-consumer-standards-housing-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Hinckley & Bosworth BC - corporate risk register Q3 2025/26 (csv)
# ---------------------------------------------------------------------------
HBBC_HEAD = ["Risk Ref", "Risk Description", "Risk Owner", "Inherent Score", "Residual Score",
             "Existing Controls", "Action Ref", "Further Action Required", "Action Owner", "Target Date",
             "Action Status"]
HBBC_RISKS = [
    ("CR01", "Financial sustainability – the Council cannot deliver a balanced Medium Term Financial "
             "Strategy because of funding reform and demand pressures.",
     "Chief Executive", "16 (High)", "12 (High)",
     "• Medium Term Financial Strategy\n• Monthly budget monitoring to SLT\n• Earmarked reserves policy",
     [("CR01a", "Deliver the 2026/27 savings and income proposals agreed by Council in February 2026.",
       "Section 151 Officer", "31/03/2026", "Amber"),
      ("CR01b", "Model the impact of the Fair Funding Review settlement and update the MTFS.",
       "Head of Finance", "Feb-26", "Green")]),
    ("CR02", "Local government reorganisation – uncertainty over new unitary arrangements for Leicestershire "
             "diverts capacity from service delivery.",
     "Chief Executive", "12 (High)", "9 (Medium)",
     "• LGR programme board\n• Joint working with Leicestershire district councils",
     [("CR02a", "Contribute to the county-wide LGR proposal and business case submitted to Government.",
       "Chief Executive", "28/11/2025", "Complete"),
      ("CR02b", "Prepare a service continuity and staff engagement plan for the transition period.",
       "Head of Corporate Services; Head of Human Resources", "Mar-26", "Green")]),
    ("CR03", "Cyber security – a successful cyber attack results in loss of systems and data.",
     "Director of Corporate Services", "16 (High)", "12 (High)",
     "• Firewalls and endpoint protection\n• PSN compliance\n• Immutable backups",
     [("CR03a", "Complete the Cyber Assessment Framework self-assessment and agree an improvement plan.",
       "ICT Manager", "Q4 2025/26", "Green"),
      ("CR03b", "Deliver mandatory cyber awareness training to all staff and members, with a phishing "
                "simulation every quarter.", "ICT Manager", "Ongoing", "Green"),
      ("CR03c", "Test the ICT disaster recovery plan, including a restore from immutable backups.",
       "ICT Manager", "Jan-26", "Red")]),
    ("CR04", "Housing – failure to meet the Regulator of Social Housing consumer standards for the "
             "Council's housing stock.",
     "Director of Community Services", "12 (High)", "8 (Medium)",
     "• Compliance dashboard\n• Housing Improvement Plan\n• Tenant Scrutiny Group",
     [("CR04a", "Complete 100% stock condition surveys and upload the data to the asset management system.",
       "Head of Housing", "30/06/2026", "Amber"),
      ("CR04b", "Achieve full compliance across the big six building safety areas and report monthly to SLT.",
       "Housing Compliance Manager", "Monthly", "Green")]),
    ("CR05", "Waste and recycling – the introduction of Simpler Recycling and food waste collections is "
             "delayed.",
     "Director of Community Services", "9 (Medium)", "6 (Medium)",
     "• Waste Partnership agreement\n• Project plan and risk log",
     [("CR05a", "Procure food waste caddies and vehicles through the Leicestershire Waste Partnership.",
       "Head of Street Scene Services", "Dec-25", "Complete"),
      ("CR05b", "Roll out weekly food waste collections to all households.",
       "Head of Street Scene Services", "31/03/2026", "Amber")]),
]


def make_hbbc():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = len(HBBC_HEAD)
    w.writerow(["Hinckley & Bosworth Borough Council"] + [""] * (n - 1))
    w.writerow(["Corporate Risk Register – Quarter 3 2025/26 (as at 31 December 2025)"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(HBBC_HEAD)
    for ref, desc, owner, inh, res, ctrl, acts in HBBC_RISKS:
        for i, (aref, act, aown, when, stat) in enumerate(acts):
            if i == 0:
                w.writerow([ref, desc, owner, inh, res, ctrl, aref, act, aown, when, stat])
            else:
                w.writerow(["", "", "", "", "", "", aref, act, aown, when, stat])
    w.writerow([""] * n)
    w.writerow(["Risk scoring: Likelihood (1-4) x Impact (1-4). 12-16 High; 6-9 Medium; 1-4 Low."] + [""] * (n - 1))
    w.writerow(["Action status: Complete; Green – on track; Amber – at risk; Red – overdue or off track."]
               + [""] * (n - 1))
    with open(os.path.join(HERE, "ig2-hinckley-bosworth-bc-corporate-risk-register-q3-2025-26.csv"),
              "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Rhondda Cynon Taf CBC - CIW care home inspection improvement plan (txt, tab-separated)
# ---------------------------------------------------------------------------
RCT_TITLE = "Tegfan Residential Care Home – Care Inspectorate Wales Inspection Improvement Plan"
RCT_HEAD = ["Theme", "Regulation", "Area for improvement", "No.", "Action", "Responsible person",
            "Timescale", "Progress", "RAG"]
RCT_ROWS = [
    ["Well-being", "", "No areas for improvement identified.", "", "", "", "", "", ""],
    ["Care and Support", "Regulation 16",
     "Personal plans are not always reviewed at least every three months with the individual and their "
     "representatives.", "1",
     "Introduce a personal plan review schedule on the electronic care system, with alerts to key workers "
     "two weeks before each review is due.",
     "Registered Manager", "28/02/2025", "Schedule live from 10 February 2025.", "Complete"],
    ["", "", "", "2",
     "Invite each individual and their representative to the three-monthly review and record their views "
     "in the plan.", "Deputy Manager / Senior Carers", "Ongoing",
     "Invitations sent for all reviews since February.", "Green"],
    ["", "Regulation 58",
     "The recording of 'as required' (PRN) medicines does not show the reason it was given or its effect.",
     "3", "Update PRN protocols for all individuals and add a reason and outcome field to the MAR chart.",
     "Registered Manager", "March 2025", "Protocols updated with the pharmacist on 18 March 2025.", "Complete"],
    ["", "", "", "4", "Complete monthly medication audits and share the findings at team meetings.",
     "Deputy Manager", "Monthly", "Audits completed February, March and April.", "Green"],
    ["Environment", "Regulation 44",
     "Some areas of the home need redecoration and a number of bedroom carpets need replacing.", "5",
     "Agree a refurbishment programme for bedrooms and the main lounge with Corporate Estates, funded from "
     "the 2025/26 capital programme.",
     "Service Manager, Residential Services", "Sept 2025", "Capital bid approved; survey booked for May.",
     "Amber"],
    ["", "", "", "6", "Replace worn bedroom carpets on the first floor.", "Corporate Estates", "June 2025",
     "Contractor delay – new date being agreed.", "Red"],
    ["Leadership and Management", "Regulation 36",
     "Not all staff have received one-to-one supervision every three months.", "7",
     "Put a supervision matrix in place and book quarterly supervision for every member of staff.",
     "Registered Manager", "April 2025", "Matrix in place; all staff supervised in the last quarter.",
     "Complete"],
    ["", "", "", "8", "Report supervision compliance to the Responsible Individual each month.",
     "Registered Manager", "Monthly", "Reported in the monthly RI return.", "Green"],
    ["", "Regulation 80",
     "The six-monthly quality of care review did not include feedback from people living at the home.",
     "9", "Include feedback from residents, relatives and staff in the six-monthly Quality of Care Review.",
     "Responsible Individual", "July 2025", "Questionnaires issued in April.", "Green"],
]


def make_rct():
    lines = [
        "Rhondda Cynon Taf County Borough Council",
        RCT_TITLE,
        "Service: Tegfan Residential Care Home, Trecynon, Aberdare",
        "Inspection dates: 14 and 15 January 2025\tReport published: 3 March 2025",
        "Last updated: 30 April 2025",
        "",
        "\t".join(RCT_HEAD),
    ]
    for r in RCT_ROWS:
        lines.append("\t".join(r))
    lines += ["",
              "RAG key: Complete = action finished; Green = on track; Amber = some delay; Red = not on track",
              "This plan is reviewed monthly by the Registered Manager and the Responsible Individual."]
    with open(os.path.join(HERE, "ig2-rhondda-cynon-taf-cbc-ciw-care-home-inspection-improvement-plan.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    make_nyfrs()
    make_rcbc()
    make_npt()
    make_falkirk()
    make_thanet()
    make_hbbc()
    make_rct()


if __name__ == "__main__":
    main()
