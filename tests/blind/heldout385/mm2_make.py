#!/usr/bin/env python
"""Build the seven mm2- blind test files of set heldout385.

Run with /work/main/.venv/bin/python mm2_make.py ; writes the data files beside this script.
The DATA structures below are the content of each file; the .expected.yaml files were
written from the same content as a person reads it.
"""
import csv
import io
import os
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "theme": PatternFill("solid", fgColor="D9E1F2"),
    "rec": PatternFill("solid", fgColor="F2F2F2"),
    "band": PatternFill("solid", fgColor="E2EFDA"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def header_row(ws, row, values):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX


def band_row(ws, row, text, ncols, fill):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    for col in range(1, ncols + 1):
        ws.cell(row=row, column=col).fill = fill
        ws.cell(row=row, column=col).border = BOX
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


def body_cell(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------------------
# 1. Council of the Isles of Scilly - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
SCILLY_TITLE = "Adult Social Care Improvement Plan 2025–26"
SCILLY = [
    ("Theme 1: Working with people", [
        ("Unpaid carers were not always offered a carer’s assessment, and there was limited information about the support available to carers on the islands.", [
            ("1.1", "Refresh the carers’ assessment offer so that every carer identified at a Care Act assessment or review is offered a separate carer’s assessment, and record the offer on the case management system.",
             "Head of Adult Social Care", date(2025, 12, 31), "Offer now recorded as a mandatory field. 14 carers’ assessments completed since September.", "blue"),
            ("1.2", "Publish an islands carers’ information pack (print and online), co-produced with the Carers’ Forum, including respite options on St Mary’s and the off-islands.",
             "Community Engagement Officer", date(2026, 3, 31), "Draft pack tested with the Carers’ Forum in January.", "green"),
        ]),
        ("Information and advice about how to access care and support was not easy for people to find.", [
            ("1.3", "Review all adult social care web pages and leaflets against the Care Act information and advice duty and close the gaps found.",
             "Communications Lead / Head of Adult Social Care", "Q4 2025/26", "Web pages reviewed; leaflets delayed by printing contract.", "amber"),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("People placed in care homes on the mainland did not always have their care reviewed within expected timescales.", [
            ("2.1", "Set up a schedule of annual reviews for everyone in a mainland placement, using video reviews where travel is not possible, and report compliance monthly to the Adult Social Care Leadership Team.",
             "Senior Practitioner (Reviews)", date(2026, 1, 31), "62% of mainland placements reviewed in the last 12 months (target 95%).", "amber"),
            ("2.2", "Agree a reciprocal reviewing arrangement with Cornwall Council for people placed in Cornwall.",
             "Head of Adult Social Care", date(2026, 6, 30), "Initial discussion planned for March.", None),
        ]),
    ]),
    ("Theme 3: Ensuring safety", [
        ("Safeguarding enquiries were not consistently completed within the council’s own timescales, and the outcomes people wanted were not always recorded.", [
            ("3.1", "Introduce a weekly safeguarding tracker reviewed by the Safeguarding Lead, with escalation of any enquiry open for longer than 28 days.",
             "Safeguarding Lead", date(2025, 10, 31), "Tracker in place since October; no enquiries open over 28 days in January.", "blue"),
            ("3.2", "Audit every safeguarding enquiry closed in the quarter for Making Safeguarding Personal outcomes and share the learning at the practice forum.",
             "Principal Social Worker", "Quarterly", "Q3 audit completed; learning shared at December forum.", "green"),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Performance information was limited and was not routinely used to understand outcomes for people.", [
            ("4.1", "Develop an adult social care performance dashboard aligned to the Adult Social Care Outcomes Framework and the CQC quality statements.",
             "Performance and Information Officer", date(2026, 2, 28), "Post vacant until January; dashboard build not yet started.", "red"),
            ("4.2", "Report the dashboard quarterly to the Health and Social Care Committee.",
             "Director of Health and Social Care", "Ongoing", "First report scheduled once dashboard live.", "green"),
        ]),
    ]),
]


def build_scilly(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = SCILLY_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Council of the Isles of Scilly"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Our response to the Care Quality Commission (CQC) local authority assessment of adult social care"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    rows = [
        ("Version", "1.3"),
        ("Plan owner", "Director of Health and Social Care"),
        ("Last updated", "31/01/2026"),
        ("Reported to", "Health and Social Care Committee, 12 February 2026"),
        ("Status", "Live document – updated monthly"),
    ]
    for i, (k, v) in enumerate(rows, 6):
        body_cell(ws, i, 1, k).font = Font(bold=True)
        body_cell(ws, i, 2, v)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ncols = 7
    ws.cell(row=1, column=1, value=SCILLY_TITLE).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(row=2, column=1, value="Progress position at 31 January 2026")
    header_row(ws, 4, ["Ref", "Area for improvement (CQC finding)", "Action", "Lead officer",
                       "Target date", "Progress update", "RAG"])
    r = 5
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0, None: 0}
    for theme, afis in SCILLY:
        band_row(ws, r, theme, ncols, FILL["theme"])
        r += 1
        for afi, actions in afis:
            first = r
            for ref, text, lead, due, update, rag in actions:
                body_cell(ws, r, 1, ref)
                body_cell(ws, r, 2, afi if r == first else None)
                body_cell(ws, r, 3, text)
                body_cell(ws, r, 4, lead)
                body_cell(ws, r, 5, due, "mmm-yy" if isinstance(due, date) else None)
                body_cell(ws, r, 6, update)
                c = body_cell(ws, r, 7, None)
                if rag:
                    c.fill = FILL[rag]
                counts[rag] += 1
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG summary").font = Font(bold=True)
    r += 1
    for label, key in [("Complete", "blue"), ("Green", "green"), ("Amber", "amber"),
                       ("Red", "red"), ("Not started", None)]:
        c = ws.cell(row=r, column=1, value=label)
        if key:
            c.fill = FILL[key]
        ws.cell(row=r, column=2, value=counts[key])
        r += 1
    ws.cell(row=r, column=1, value="Total")
    ws.cell(row=r, column=2, value=sum(counts.values()))
    r += 2
    ws.cell(row=r, column=1, value="Note: RAG status is shown by cell colour – see the ‘RAG key’ tab.")
    for col, w in zip("ABCDEFG", (7, 38, 55, 26, 12, 40, 8)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("RAG key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    for i, (k, text) in enumerate([
        ("blue", "Complete – action delivered and evidence held"),
        ("green", "On track to deliver by the target date"),
        ("amber", "Some slippage – recovery in hand"),
        ("red", "Off track – escalated to the Director of Health and Social Care"),
        (None, "No colour – not yet started"),
    ], 3):
        c = ws.cell(row=i, column=1, value=None)
        c.border = BOX
        if k:
            c.fill = FILL[k]
        ws.cell(row=i, column=2, value=text)
    ws.column_dimensions["B"].width = 60
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Northumberland NPA - internal audit tracker, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
NNPA_TITLE = "Internal Audit – Outstanding Agreed Management Actions"
NNPA = [
    ("Procurement and Contract Management (2023/24) – Reasonable assurance", [
        ("PC1", "2", "The contracts register was incomplete: 6 of 25 contracts sampled were not recorded.",
         "Update the contracts register for all contracts over £5,000 and reconcile it to the creditors system each quarter.",
         "Finance Manager", date(2024, 9, 30), "March 2026", "In progress", "amber"),
        ("PC2", "2", "Waivers of Contract Standing Orders were not reported to the Audit and Performance Committee.",
         "Report all waivers approved to the Audit and Performance Committee at each meeting.",
         "Head of Corporate Services", date(2024, 12, 31), None, "Implemented", "blue"),
        ("PC3", "3", "Procurement guidance on the intranet referred to superseded thresholds.",
         "Refresh the procurement guidance to reflect the Procurement Act 2023 and publish on the intranet.",
         "Finance Manager", date(2025, 2, 28), "30 April 2026", "In progress", "amber"),
    ]),
    ("Health and Safety (2024/25) – Limited assurance", [
        ("HS1", "1", "Lone working risk assessments for ranger staff had not been reviewed since 2021.",
         "Review and reissue lone working risk assessments for all ranger and volunteer co-ordinator roles.",
         "Head of Park Management", date(2025, 6, 30), "Febuary 2026", "Overdue", "red"),
        ("HS2", "2", "There was no central record of staff first aid and chainsaw certification expiry dates.",
         "Set up a central training and certification log with expiry alerts.",
         "HR and Health and Safety Adviser", date(2025, 9, 30), None, "Implemented", "blue"),
        ("HS3", "2", "Accident reports were not analysed for trends.",
         "Present a six-monthly accident and near-miss trend report to the Leadership Team.",
         "HR and Health and Safety Adviser", date(2025, 10, 31), "May 2026", "In progress", "amber"),
    ]),
    ("Volunteer Management (2024/25) – Reasonable assurance", [
        ("VM1", "2", "DBS checks for volunteers working with young people were not recorded centrally.",
         "Record DBS checks for Young Rangers volunteers on the volunteer management system and check renewal dates quarterly.",
         "Volunteer Development Officer", date(2025, 12, 31), None, "In progress", "green"),
        ("VM2", "3", "Volunteer expenses claims were not always authorised before payment.",
         "Remind volunteer leaders of the expenses procedure and introduce an authorisation step in the claims form.",
         "Volunteer Development Officer / Finance Manager", date(2025, 11, 30), None, "Implemented", "blue"),
    ]),
]


def build_nnpa(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = NNPA_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Northumberland National Park Authority – Audit and Performance Committee, 24 February 2026"
    ws["A3"] = "Position at 31 January 2026"
    header_row(ws, 5, ["Audit review", "Actions agreed", "Implemented", "Outstanding"])
    r = 6
    tot = [0, 0, 0]
    for audit, acts in NNPA:
        done = sum(1 for a in acts if a[7] == "Implemented")
        vals = [len(acts), done, len(acts) - done]
        body_cell(ws, r, 1, audit)
        for i, v in enumerate(vals):
            body_cell(ws, r, 2 + i, v)
            tot[i] += v
        r += 1
    body_cell(ws, r, 1, "Total").font = Font(bold=True)
    for i, v in enumerate(tot):
        body_cell(ws, r, 2 + i, v).font = Font(bold=True)
    ws.column_dimensions["A"].width = 62
    for col in "BCD":
        ws.column_dimensions[col].width = 14

    ws = wb.create_sheet("Outstanding actions")
    ncols = 9
    ws.cell(row=1, column=1, value="Appendix B – Agreed management actions followed up at 31 January 2026").font = Font(bold=True, size=12)
    ws.cell(row=2, column=1, value="Priority: 1 = High, 2 = Medium, 3 = Low. Implemented actions are removed after they have been reported once.")
    header_row(ws, 4, ["Rec", "Priority", "Finding", "Agreed management action", "Responsible officer",
                       "Original due date", "Revised due date", "Status", "Management comment"])
    comments = {
        "PC1": "Register updated for 2025/26 contracts; historic contracts still being checked.",
        "PC2": "Waivers now a standing item.",
        "PC3": "Awaiting national guidance templates.",
        "HS1": "Ranger risk assessments drafted; sign-off delayed by staff absence.",
        "HS2": "Log in place on HR system.",
        "HS3": "First report due to Leadership Team in May.",
        "VM1": "Checks being transferred from paper files.",
        "VM2": "New form in use from November.",
    }
    r = 5
    for audit, acts in NNPA:
        band_row(ws, r, audit, ncols, FILL["band"])
        r += 1
        for rec, prio, finding, action, officer, orig, revised, status, rag in acts:
            body_cell(ws, r, 1, rec)
            body_cell(ws, r, 2, prio)
            body_cell(ws, r, 3, finding)
            body_cell(ws, r, 4, action)
            body_cell(ws, r, 5, officer)
            body_cell(ws, r, 6, orig, "dd/mm/yyyy")
            body_cell(ws, r, 7, revised)
            c = body_cell(ws, r, 8, status)
            c.fill = FILL[rag]
            body_cell(ws, r, 9, comments[rec])
            r += 1
    for col, w in zip("ABCDEFGHI", (6, 8, 40, 48, 28, 13, 15, 13, 40)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Tyne and Wear FRS - HMICFRS values and culture recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
TWFRS_TITLE = "HMICFRS Values and Culture in Fire and Rescue Services – Action Plan"
TWFRS = [
    ("Theme 1 – Raising concerns", [
        ("Recommendation 3: By 1 October 2023, chief fire officers should make sure their services have a confidential route for staff to raise concerns, which is independent of the line management chain, and that it is well promoted.", [
            ("3.1", "Procure an independent confidential reporting service (telephone and online) for all staff.",
             "Head of People and Organisational Development", date(2023, 10, 1), None, "Complete", "Complete", 100,
             "Service live since September 2023."),
            ("3.2", "Promote the reporting line through station visits, the intranet and induction, and report usage data quarterly to the Executive Leadership Team.",
             "AM Service Delivery / Communications Manager", date(2023, 10, 1), date(2025, 3, 31), "At risk", "On track", 70,
             "Station visit programme restarted; Q2 usage data reported to ELT."),
        ]),
        ("Recommendation 4: By 1 June 2024, chief fire officers should make sure their services monitor how concerns raised by staff are handled, and that staff receive feedback on the outcome.", [
            ("4.1", "Introduce a case tracking system for all grievances, concerns and whistleblowing reports, with monthly oversight by the Head of People and Organisational Development.",
             "HR Business Partner", date(2024, 6, 1), None, "On track", "Complete", 100,
             "Case tracker in use from May 2024."),
        ]),
    ]),
    ("Theme 2 – Background checks", [
        ("Recommendation 7: By 1 October 2023, chief fire officers should make sure all staff have an appropriate background check, in line with the Fire Standards Board’s safeguarding standard.", [
            ("7.1", "Complete a risk assessment of all roles to determine the level of DBS check required.",
             "Head of People and Organisational Development", date(2023, 10, 1), None, "Complete", "Complete", 100,
             "All roles assessed and recorded on the establishment list."),
            ("7.2", "Carry out standard or enhanced DBS checks for all existing staff in roles identified as requiring them.",
             "HR Manager", date(2023, 10, 1), date(2024, 12, 31), "On track", "At risk", 78,
             "78% of checks returned; remaining checks delayed by national DBS processing times."),
            ("7.3", "Introduce rechecking every three years for all roles that require a DBS check.",
             "HR Manager", date(2023, 10, 1), date(2025, 3, 31), "On track", "On track", 40,
             "Policy drafted for consultation with representative bodies."),
        ]),
    ]),
    ("Theme 3 – Leadership and behaviours", [
        ("Recommendation 15: By 1 March 2024, chief fire officers should make sure their services have 360-degree feedback processes in place for all senior leaders and managers.", [
            ("15.1", "Roll out 360-degree feedback for the Strategic Leadership Team and all Area and Group Managers.",
             "DCFO", date(2024, 3, 1), None, "Complete", "Complete", 100,
             "Completed for all 31 senior managers."),
            ("15.2", "Extend 360-degree feedback to Station and Watch Managers through the leadership development programme.",
             "Head of Learning and Development", date(2024, 3, 1), date(2025, 9, 30), "At risk", "Off track", 15,
             "Supplier contract ended; re-procurement required. Escalated to ELT."),
        ]),
    ]),
    ("Theme 4 – Equality, diversity and inclusion", [
        ("Recommendation 19: By 1 October 2023, chief fire officers should make sure their services have plans to improve the diversity of their workforce, and that progress is reported to their fire and rescue authority.", [
            ("19.1", "Publish a positive action plan for recruitment with targets for under-represented groups.",
             "Inclusion Manager", date(2023, 10, 1), None, "Complete", "Complete", 100,
             "Published on the Service website."),
            ("19.2", "Report workforce diversity data to the Fire Authority’s Human Resources Committee every six months.",
             "Head of People and Organisational Development", "Six-monthly", None, "On track", "On track", 50,
             "Next report to HR Committee in January 2025."),
        ]),
    ]),
]
TW_STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}


def build_twfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = TWFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Tyne and Wear Fire and Rescue Service"
    ws["A3"] = "Summary report as at 31 October 2024 – Governance Committee, 18 November 2024"
    counts = {}
    n = 0
    for _, recs in TWFRS:
        for _, acts in recs:
            for a in acts:
                counts[a[6]] = counts.get(a[6], 0) + 1
                n += 1
    ws["A5"] = "Sub-actions by current status"
    ws["A5"].font = Font(bold=True)
    r = 6
    for label in ("Complete", "On track", "At risk", "Off track"):
        body_cell(ws, r, 1, label).fill = FILL[TW_STATUS_FILL[label]]
        body_cell(ws, r, 2, counts.get(label, 0))
        r += 1
    body_cell(ws, r, 1, "Total sub-actions").font = Font(bold=True)
    body_cell(ws, r, 2, n).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    for label, meaning in [("Complete", "Blue – action complete and evidence provided"),
                           ("On track", "Green – on track to meet the deadline"),
                           ("At risk", "Amber – at risk of missing the deadline"),
                           ("Off track", "Red – deadline will be missed, escalated to ELT")]:
        ws.cell(row=r, column=1, value=label).fill = FILL[TW_STATUS_FILL[label]]
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Action Plan")
    ncols = 9
    ws.cell(row=1, column=1, value=TWFRS_TITLE).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(row=2, column=1, value="Recommendations for chief fire officers only. Deadlines are those set by HMICFRS; revised deadlines agreed by ELT.")
    header_row(ws, 4, ["Ref", "Sub-action", "Owner", "HMICFRS deadline", "Revised deadline",
                       "Previous status (Jul 2024)", "Current status (Oct 2024)", "% complete", "Update"])
    r = 5
    for theme, recs in TWFRS:
        band_row(ws, r, theme, ncols, FILL["theme"])
        r += 1
        for rec, acts in recs:
            band_row(ws, r, rec, ncols, FILL["rec"])
            ws.cell(row=r, column=1).alignment = WRAP
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, text, owner, dl, rev, prev, cur, pct, upd in acts:
                body_cell(ws, r, 1, ref)
                body_cell(ws, r, 2, text)
                body_cell(ws, r, 3, owner)
                body_cell(ws, r, 4, dl, "dd/mm/yyyy" if isinstance(dl, date) else None)
                body_cell(ws, r, 5, rev, "dd/mm/yyyy")
                body_cell(ws, r, 6, prev).fill = FILL[TW_STATUS_FILL[prev]]
                body_cell(ws, r, 7, cur).fill = FILL[TW_STATUS_FILL[cur]]
                body_cell(ws, r, 8, pct / 100, "0%")
                body_cell(ws, r, 9, upd)
                r += 1
    for col, w in zip("ABCDEFGHI", (7, 55, 30, 13, 13, 14, 14, 10, 45)):
        ws.column_dimensions[col].width = w
    wb.save(path)


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
    """Write text; inner '\n' become separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        run = cell.add_paragraph().add_run(part)
        run.bold = bold


# ---------------------------------------------------------------------------
# 4. Caerphilly CBC - Audit Wales setting of well-being objectives, organisational response (docx)
# ---------------------------------------------------------------------------
CAER_TITLE = "Setting of Well-being Objectives – Organisational Response"
CAER = [
    ("R1 The Council should strengthen the monitoring of its well-being objectives by setting out clearly how it will measure progress towards the longer-term outcomes it wants to achieve.", [
        ("1a", "Develop a performance framework for each well-being objective, with short, medium and long-term outcome measures agreed by Corporate Management Team.",
         "March 2025", "Head of Transformation and Change", "Complete"),
        ("1b", "Align directorate performance assessments to the new framework so that progress against each objective is reported quarterly to Cabinet and scrutiny.",
         "June 2025", "Corporate Policy Manager / Business Improvement Manager", "Green"),
        ("1c", "Include an assessment of long-term trends in the Council’s annual self-assessment report.",
         "Annually", "Corporate Policy Manager", "Green"),
    ]),
    ("R2 The Council should make better use of the involvement it carried out when setting its objectives by feeding back to residents and partners how their views shaped the objectives and the steps to deliver them.", [
        ("2a", "Publish a ‘You said, we did’ summary of the Caerphilly Conversation engagement on the Council’s website and social media channels.",
         "31/12/2024", "Communications Manager", "Complete"),
        ("2b", "Agree with the Public Services Board a shared approach to involvement so that residents are not asked the same questions twice.",
         "Sept 2024 – March 2025", "Head of Transformation and Change", "Amber"),
    ]),
    ("R3 The Council should assure itself that its well-being objectives are resourced over the medium term by linking the steps in its Corporate Plan to its Medium-Term Financial Plan.", [
        ("3a", "Include an assessment of the resources needed for each well-being objective step in the 2025/26 budget and Medium-Term Financial Plan report to Council.",
         "February 2025", "Head of Financial Services and S151 Officer", "Complete"),
        ("3b", "Report the resourcing of well-being objective steps to Governance and Audit Committee as part of the six-monthly update on this response.",
         "Six-monthly", "Head of Transformation and Change", "Green"),
    ]),
]


def build_caer(path):
    d = docx.Document()
    d.add_paragraph(CAER_TITLE, style="Title")
    d.add_paragraph("Caerphilly County Borough Council")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Report title", "Setting of Well-being Objectives – Caerphilly County Borough Council"),
                 ("Issue date", "October 2024"),
                 ("Document reference", "4407A2024"),
                 ("Reported to", "Governance and Audit Committee, 21 January 2025; progress update 17 June 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    d.add_paragraph("")
    d.add_paragraph(
        "The Council accepts all three recommendations. The table below sets out the actions the Council "
        "will take, the officer responsible and the date by which each action will be completed. "
        "The status column shows progress at June 2025 (Complete, Green – on track, Amber – some delay, "
        "Red – significant delay).")
    cols = ["Recommendation", "Ref", "Intended action", "Completion date", "Responsible officer (title)", "Status"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    for rec, acts in CAER:
        first_idx = len(t.rows)
        for ref, action, when, officer, status in acts:
            cells = t.add_row().cells
            set_cell(cells[1], ref)
            set_cell(cells[2], action)
            set_cell(cells[3], when)
            set_cell(cells[4], officer)
            set_cell(cells[5], status)
        top = t.rows[first_idx].cells[0]
        bottom = t.rows[len(t.rows) - 1].cells[0]
        merged = top.merge(bottom) if len(acts) > 1 else top
        set_cell(merged, rec)
    d.add_paragraph("")
    d.add_paragraph("Signed off by: Corporate Management Team, 9 January 2025.")
    d.save(path)


# ---------------------------------------------------------------------------
# 5. Carmarthenshire CC - Cartref Tywi care home CIW inspection improvement plan (docx)
# ---------------------------------------------------------------------------
CARM_TITLE = "Cartref Tywi Residential Home – Improvement Plan"
CARM = [
    ("Well-being", [
        ("Regulation 21 – Standards of care and support: People did not always have opportunities to take part in activities that are meaningful to them, particularly people living with dementia.", [
            ("1", "Recruit an activities co-ordinator (22.5 hours per week) and agree a weekly activity programme with residents at the monthly residents’ meeting.",
             "Registered Manager", "End of April 2025", "B"),
            ("2", "Complete a ‘This is me’ life history profile for each person living with dementia and use it to plan one-to-one activities.",
             "Deputy Manager / Senior Care Officers", "30/06/2025", "G"),
        ]),
    ]),
    ("Care and Support", [
        ("Regulation 16 – Review of personal plans: Personal plans were not consistently reviewed every three months with the person and their representatives.", [
            ("3", "Set up a review schedule on the electronic care planning system with automatic reminders to key workers.",
             "Registered Manager", "w/c 07/04/2025", "B"),
            ("4", "Audit ten personal plans each month and feed back the findings at team meetings.\nAudit results to be reported to the Service Manager in supervision.",
             "Deputy Manager", "Monthly", "G"),
        ]),
        ("Regulation 58 – Medicines: Records for ‘as required’ (PRN) medicines did not always show why the medicine was given or what effect it had.", [
            ("5", "Rewrite the PRN protocols for all residents, agreed with the GP practice and the community pharmacist.",
             "Senior Care Officers", "May 2025", "A"),
            ("6", "All staff who administer medicines to complete a refreshed medication competency assessment.",
             "Registered Manager", "31/07/2025", "G"),
        ]),
    ]),
    ("Environment", []),
    ("Leadership and Management", [
        ("Regulation 80 – Quality of care review: The Responsible Individual’s six-monthly quality of care report did not include the views of people using the service, their families or staff.", [
            ("7", "Send questionnaires to residents, families and staff before each quality of care review and include the analysis in the report.",
             "Responsible Individual", "September 2025", "A"),
            ("8", "Hold a relatives’ forum twice a year, chaired by the Service Manager, and record the actions agreed in the quality of care report.",
             "Service Manager", "Sept 2025 – March 2026", ""),
        ]),
    ]),
]


def build_carm(path):
    d = docx.Document()
    d.add_paragraph(CARM_TITLE, style="Title")
    d.add_paragraph("Carmarthenshire County Council – Adult Social Care, Residential Services")
    d.add_paragraph("Following the Care Inspectorate Wales (CIW) inspection on 14 and 15 January 2025. "
                    "Inspection report published 7 March 2025.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "21/03/2025", "Registered Manager", "Plan agreed with Responsible Individual"),
                ("1.1", "30/05/2025", "Service Manager", "Progress update for quarterly RI visit")]:
        for c, v in zip(t.add_row().cells, row):
            set_cell(c, v)
    d.add_paragraph("")
    d.add_paragraph("RAG key:  B = Completed    G = On track    A = Some delay, action in hand    "
                    "R = Significant delay / escalated to Service Manager")
    cols = ["No.", "Action", "Responsible", "Timescale", "RAG"]
    for theme, afis in CARM:
        d.add_heading(theme, level=1)
        if not afis:
            d.add_paragraph("No areas for improvement were identified under this theme.")
            continue
        t = d.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, cols):
            set_cell(c, h, bold=True)
            shade(c, "DEEAF6")
        for afi, acts in afis:
            row = t.add_row().cells
            merged = row[0].merge(row[-1])
            set_cell(merged, afi, bold=True)
            shade(merged, "F2F2F2")
            for num, action, resp, when, rag in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, (num, action, resp, when, rag)):
                    set_cell(c, v)
        d.add_paragraph("")
    d.add_paragraph("Progress against this plan is reviewed at the monthly management meeting and "
                    "reported to CIW on request.")
    d.save(path)


# ---------------------------------------------------------------------------
# 6. Yorkshire Housing - RSH consumer standards improvement plan (csv)
# ---------------------------------------------------------------------------
YH_TITLE = "Yorkshire Housing – Consumer Standards Improvement Plan"
YH = [
    ("Safety and Quality Standard", [
        ("Stock condition data", [
            ("SQ1", "Complete stock condition surveys to all homes not surveyed in the last five years, prioritising homes with no HHSRS assessment.",
             "Director of Property Services", "31/03/2025", "30/09/2025", "A",
             "78% of homes now surveyed; contractor capacity increased from January."),
            ("SQ2", "Load survey data into the asset management system and validate it against repairs history.",
             "Head of Asset Management", "30/06/2025", "", "G", "Data validation rules agreed."),
        ]),
        ("Damp and mould", [
            ("SQ3", "Launch a damp and mould case management process with risk-rated response times and follow-up inspections at 6 weeks and 6 months.",
             "Head of Repairs; Damp and Mould Lead", "31/12/2024", "", "Complete",
             "Process live since December; 412 cases open, all risk-rated."),
            ("SQ4", "Train all customer-facing staff and operatives to identify and report damp and mould.\nTraining to be repeated annually.",
             "Learning and Development Manager", "31/03/2025", "", "G", "86% trained to date."),
        ]),
    ]),
    ("Transparency, Influence and Accountability Standard", [
        ("Tenant Satisfaction Measures", [
            ("TIA1", "Publish the 2024/25 Tenant Satisfaction Measures with a plain-English summary and “You said, we did” actions.",
             "Director of Customer Experience", "30/06/2025", "", "G", "Survey fieldwork complete."),
            ("TIA2", "Set up a Tenant Scrutiny Panel to review the complaints process and report its findings to the Board.",
             "Head of Customer Insight", "31/01/2025", "31/05/2025", "R",
             "Recruitment of panel members slower than planned; second recruitment drive under way."),
        ]),
        ("Diverse needs data", [
            ("TIA3", "Collect and record household diverse needs data, including vulnerabilities and communication preferences, at every tenancy visit.",
             "Director of Customer Experience / Head of Housing Management", "30/09/2025", "", "A",
             "Data held for 41% of households."),
        ]),
    ]),
    ("Neighbourhood and Community Standard", [
        ("Anti-social behaviour", [
            ("NC1", "Review the ASB policy with tenants and publish service standards for response times.",
             "Community Safety Manager", "31/03/2025", "", "Complete", "Policy approved by Board in February."),
        ]),
    ]),
]
YH_HEADER = ["Standard", "Workstream", "Ref", "Action", "Owner", "Original due", "Revised due", "RAG", "Latest update"]


def build_yh(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    blank = [""] * len(YH_HEADER)
    w.writerow([YH_TITLE] + blank[1:])
    w.writerow(["Position at 28 February 2025 – reported to the Customer and Communities Committee, 20 March 2025"] + blank[1:])
    w.writerow(blank)
    w.writerow(YH_HEADER)
    counts = {}
    n = 0
    for std, streams in YH:
        first_std = True
        for stream, acts in streams:
            first_stream = True
            for ref, action, owner, due, revised, rag, update in acts:
                w.writerow([std if first_std else "", stream if first_stream else "", ref, action, owner,
                            due, revised, rag, update])
                first_std = first_stream = False
                counts[rag] = counts.get(rag, 0) + 1
                n += 1
    w.writerow(blank)
    w.writerow([f"Total actions: {n} (Complete {counts.get('Complete', 0)}; Green {counts.get('G', 0)}; "
                f"Amber {counts.get('A', 0)}; Red {counts.get('R', 0)})"] + blank[1:])
    w.writerow(["RAG: G = on track, A = at risk, R = off track / revised date agreed, Complete = evidenced and closed"] + blank[1:])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Powys County Council - strategic risk register Q1 2025-26 (txt, tab-separated JCAD export)
# ---------------------------------------------------------------------------
POWYS_TITLE = "Powys County Council – Strategic Risk Register – Quarter 1 2025-26"
POWYS = [
    ("WO0022 – Workforce recruitment and retention", "Chief Executive", "20", "12", "8", [
        ("Implement the revised recruitment and retention policy, including market supplements for hard-to-fill social care and planning posts.",
         "Head of Workforce and Organisational Development", "30/09/2025", "Green",
         "Policy approved by Cabinet in May; market supplements in place for 3 posts."),
        ("Expand the ‘grow your own’ social work trainee scheme to eight places a year.",
         "Director of Social Services and Housing", "31/03/2026", "Green", "Six trainees started in 2024-25."),
        ("Complete workforce plans for every service area and report hotspots to Executive Management Team.",
         "Heads of Service", "31/08/2025", "Amber", "11 of 17 workforce plans received."),
    ]),
    ("FN0004 – Financial resilience and medium-term budget gap", "Head of Finance (Section 151 Officer)", "25", "20", "12", [
        ("Identify savings proposals to close the 2026-27 budget gap and present them to Cabinet.",
         "Head of Finance (Section 151 Officer)", "31/12/2025", "Amber", "Gap of £14.2m; proposals identified for £8.9m."),
        ("Monitor delivery of 2025-26 savings monthly through the Finance Panel.",
         "Head of Finance (Section 151 Officer) / Heads of Service", "Monthly", "Green", "87% of savings on track at month 3."),
    ]),
    ("CS0011 – Cyber security incident affecting council systems", "Head of Digital Services", "20", "15", "10", [
        ("Achieve Cyber Essentials Plus accreditation.",
         "Head of Digital Services", "31/10/2025", "Red", "Assessment failed on legacy devices; replacement programme re-planned."),
        ("Run a cyber incident exercise with Gold and Silver commanders.",
         "Emergency Planning Manager; Head of Digital Services", "30/06/2025", "Complete", "Exercise held 18 June 2025; lessons log opened."),
    ]),
    ("EH0007 – Sufficiency of domiciliary care in rural areas", "Director of Social Services and Housing", "16", "16", "9", [
        ("Recommission domiciliary care on a patch-based model for north and mid Powys.",
         "Head of Adult Services", "Q3 2025-26", "Amber", "Tender documents in preparation."),
        ("Continue the micro-enterprise development programme with Community Catalysts.",
         "Commissioning Manager", "Ongoing", "Green", "43 micro-enterprises now supporting 260 people."),
    ]),
]
POWYS_HEADER = ["Risk", "Risk owner", "Inherent score", "Residual score", "Target score",
                "Mitigating action", "Action owner", "Due date", "Action status", "Progress update"]


def build_powys(path):
    lines = [
        POWYS_TITLE,
        "Report run 14/07/2025 from JCAD CORE. Scores are Likelihood x Impact (maximum 25).",
        "",
        "\t".join(POWYS_HEADER),
    ]
    for risk, owner, inh, res, tgt, acts in POWYS:
        for i, (action, aowner, due, status, upd) in enumerate(acts):
            if i == 0:
                row = [risk, owner, inh, res, tgt]
            else:
                row = ["", "", "", "", ""]
            lines.append("\t".join(row + [action, aowner, due, status, upd]))
    lines += [
        "",
        "Risks with a residual score of 15 or above are reported to the Governance and Audit Committee.",
        "Two further strategic risks are reported in the exempt part of the agenda.",
        "End of report",
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


FILES = {
    "mm2-council-of-the-isles-of-scilly-asc-cqc-assessment-improvement-plan.xlsx": build_scilly,
    "mm2-northumberland-npa-internal-audit-recommendations-tracker-typo-month-refuse.xlsx": build_nnpa,
    "mm2-tyne-and-wear-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx": build_twfrs,
    "mm2-caerphilly-cbc-audit-wales-setting-well-being-objectives-organisational-response.docx": build_caer,
    "mm2-carmarthenshire-cc-cartref-tywi-care-home-ciw-inspection-improvement-plan.docx": build_carm,
    "mm2-yorkshire-housing-rsh-consumer-standards-improvement-plan.csv": build_yh,
    "mm2-powys-county-council-strategic-risk-register-q1-2025-26.txt": build_powys,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
