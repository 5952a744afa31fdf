"""Build the seven gl1- blind test files (set heldout228).

Run with: /work/main/.venv/bin/python gl1_make.py
Writes the seven data files beside this script. The expected readings
(NAME.expected.yaml) were written separately, from the files as a reader
sees them.
"""
import csv
import io
import os
from datetime import datetime as dt

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"
PALE = "DEEAF6"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def put_row(ws, r, values, bold=False, wrap=True, border=True):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        if wrap:
            cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True)
        if border:
            cell.border = BOX


def merged_heading(ws, r, text, ncols, fg=GREY, white=False, size=11):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    cell = ws.cell(row=r, column=1, value=text)
    cell.font = Font(bold=True, size=size, color="FFFFFF" if white else "000000")
    cell.fill = fill(fg)
    cell.alignment = Alignment(vertical="center")


# ---------------------------------------------------------------------------
# 1. Kingsthorpe College - S175/157 safeguarding audit action plan (xlsx)
#    Status is a fill colour only; the Key sheet says Green = action completed.
# ---------------------------------------------------------------------------
KINGSTHORPE_TITLE = ("Kingsthorpe College \u2013 Annual Safeguarding Audit "
                     "(Section 175/157) 2024-25: Action Plan")
KINGSTHORPE = [
    ("Section 1: Safeguarding leadership and governance", [
        ("1.4",
         "The Link Governor for safeguarding has received training appropriate to the role and this is refreshed at least every two years.",
         "Partially met",
         "Link Governor to complete the Northamptonshire governor safeguarding training and record it on the governor training log.",
         "Clerk to Governors / Safeguarding Link Governor", "31/01/2025",
         "Completed 22/01/2025 \u2013 certificate on file.", GREEN),
        ("1.7",
         "Safeguarding is a standing item on every governing body agenda and governors receive a termly report from the DSL.",
         "Partially met",
         "Add a standing safeguarding item to all Local Governing Body agendas and agree a termly DSL report template with the Chair.",
         "Headteacher & Chair of Governors", "End of Autumn term 2024",
         "Template agreed; first report presented 27/11/2024.", GREEN),
    ]),
    ("Section 2: Safer recruitment and the single central record", [
        ("2.2",
         "The single central record (SCR) is complete, accurate and checked at least termly by a governor.",
         "Not met",
         "Business Manager to carry out a full audit of the SCR, add the missing overseas checks for two staff and set up a termly governor check.",
         "Business Manager", "Dec-24",
         "Audit complete. One overseas check outstanding \u2013 awaiting certificate of good conduct.", AMBER),
        ("2.5",
         "Every interview panel includes at least one member trained in safer recruitment within the last five years.",
         "Partially met",
         "Book two further senior leaders on the NSPCC Safer Recruitment course so that every panel includes a trained member.\nUpdate the recruitment checklist to record the trained panel member.",
         "Deputy Headteacher (Personnel)", "Spring term 2025",
         "One leader trained February 2025; second booked for 24 March.", AMBER),
    ]),
    ("Section 3: Staff training and induction", [
        ("3.1",
         "All staff have read Part 1 (or Annex A) of KCSIE 2024 and this is recorded.",
         "Partially met",
         "Chase the 11 staff (mainly supply and peripatetic music) who have not signed the KCSIE 2024 declaration and add the declaration to the supply induction pack.",
         "DSL", "08/11/2024",
         "All declarations signed; induction pack updated.", GREEN),
        ("3.4",
         "Staff receive regular safeguarding updates, at least annually, including online safety and filtering and monitoring.",
         "Partially met",
         "Deliver a filtering and monitoring briefing to all staff at the February INSET day and add it to the annual CPD calendar.",
         "DSL / Network Manager", "Feb-25",
         "Briefing delivered at INSET 24/02/2025.", GREEN),
    ]),
    ("Section 4: Online safety, filtering and monitoring", [
        ("4.2",
         "Filtering and monitoring provision is reviewed at least annually against the DfE standards and the review is recorded.",
         "Not met",
         "Complete the DfE filtering and monitoring standards self-review with the Trust IT provider and present the findings to the Local Governing Body.",
         "Network Manager / Safeguarding Link Governor", "Summer term 2025",
         "Self-review started; meeting with Trust IT lead booked.", AMBER),
    ]),
    ("Section 5: Children missing education and attendance", [
        ("5.3",
         "Pupils on part-time timetables are recorded, reviewed at least every six weeks and notified to the local authority.",
         "Not met",
         "Create a central register of part-time timetables, review each one at the six-weekly pastoral meeting and notify the Education Inclusion team.",
         "Assistant Headteacher (Inclusion)", "Ongoing \u2013 six-weekly review",
         "Register set up January 2025. Notifications to the LA not yet consistent.", RED),
    ]),
]


def make_kingsthorpe(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncols = 8
    ws.merge_cells("A1:H1")
    ws["A1"] = KINGSTHORPE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = ("Completed by the Designated Safeguarding Lead with the Safeguarding Link Governor. "
                "Audit date: 15 October 2024. Reported to the Local Governing Body: 27 November 2024.")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 30
    headers = ["Audit ref", "Audit standard", "Judgement", "Action required",
               "Responsible", "Deadline", "Progress update (March 2025)", "Status"]
    put_row(ws, 4, headers, bold=True)
    for c in range(1, ncols + 1):
        ws.cell(row=4, column=c).fill = fill(PALE)
    r = 5
    for section, rows in KINGSTHORPE:
        merged_heading(ws, r, section, ncols)
        r += 1
        for ref, std, judg, action, lead, due, prog, colour in rows:
            put_row(ws, r, [ref, std, judg, action, lead, due, prog, None])
            ws.cell(row=r, column=8).fill = fill(colour)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Notes: Judgements (Met / Partially met / Not met) are taken from the "
                                    "2024-25 audit tool; only standards needing action are listed. "
                                    "Status colours are explained on the Key sheet."))
    widths = [9, 42, 13, 48, 26, 18, 36, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws2 = wb.create_sheet("Summary")
    ws2["A1"] = "Audit summary by section"
    ws2["A1"].font = Font(bold=True, size=12)
    put_row(ws2, 3, ["Section", "Standards", "Met", "Partially met", "Not met", "Actions"], bold=True)
    data = [("1. Leadership and governance", 9, 7, 2, 0, 2),
            ("2. Safer recruitment and SCR", 7, 5, 1, 1, 2),
            ("3. Staff training and induction", 6, 4, 2, 0, 2),
            ("4. Online safety", 5, 4, 0, 1, 1),
            ("5. Children missing education", 5, 4, 0, 1, 1),
            ("6. Early help and referrals", 6, 6, 0, 0, 0)]
    rr = 4
    for row in data:
        put_row(ws2, rr, list(row))
        rr += 1
    put_row(ws2, rr, ["Total", 38, 30, 5, 3, 8], bold=True)
    ws2.column_dimensions["A"].width = 34

    ws3 = wb.create_sheet("Key")
    ws3["A1"] = "Status key"
    ws3["A1"].font = Font(bold=True)
    for i, (colour, meaning) in enumerate([(GREEN, "Action completed"),
                                           (AMBER, "In progress"),
                                           (RED, "Overdue or at risk")], start=2):
        ws3.cell(row=i, column=1).fill = fill(colour)
        ws3.cell(row=i, column=2, value=meaning)
    ws3.column_dimensions["B"].width = 24
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Northern Lincolnshire and Goole NHS FT - CQC must do / should do (xlsx)
#    Cover with document control, RAG key and summary; Must Do sheet with
#    core-service rows, must-do rows and numbered actions; Should Do sheet
#    one row per should-do. Previous and current RAG; original/revised dates.
# ---------------------------------------------------------------------------
NLAG_TITLE = ("Northern Lincolnshire and Goole NHS Foundation Trust \u2013 CQC Inspection Action Plan: "
              "Must Do and Should Do Actions")
NLAG_MUST = [
    ("Urgent and Emergency Care \u2013 Diana, Princess of Wales Hospital, Grimsby", [
        ("MD1",
         "The trust must ensure that patients in the emergency department receive timely initial assessment, including triage within 15 minutes of arrival.",
         "Reg 12(1)(2)(a)", [
             ("MD1.1",
              "Introduce a streaming and rapid assessment nurse at the front door from 08:00 to 02:00, seven days a week.",
              "Divisional Director of Nursing (Urgent & Emergency Care)", dt(2024, 9, 30), None,
              "In place from 02/09/2024; triage within 15 minutes at 78% in November.", "G", "B"),
             ("MD1.2",
              "Implement the revised ED escalation policy, with a weekly triage-time audit reported to the Urgent and Emergency Care Board.",
              "Clinical Director ED / Head of Nursing ED", dt(2024, 10, 31), dt(2025, 1, 31),
              "Policy ratified November 2024; weekly audit started but not yet reported to the Board.", "A", "A"),
         ]),
        ("MD2",
         "The trust must ensure that staff complete mandatory training, including level 3 safeguarding children training, in line with trust targets.",
         "Reg 18(2)(a)", [
             ("MD2.1",
              "Release ED nursing staff for two protected training days per quarter and publish a monthly compliance report by staff group.",
              "Head of Nursing ED", dt(2024, 12, 31), dt(2025, 3, 31),
              "Compliance 81% against 90% target; backfill funding approved in January.", "A", "R"),
             ("MD2.2",
              "Deliver additional face-to-face level 3 safeguarding children sessions on the Grimsby site.",
              "Named Nurse Safeguarding Children", dt(2024, 11, 30), None,
              "12 sessions delivered; compliance now 92%.", "G", "B"),
         ]),
    ]),
    ("Medical Care \u2013 Scunthorpe General Hospital", [
        ("MD3",
         "The trust must ensure that falls and pressure ulcer risk assessments are completed and reviewed in line with trust policy.",
         "Reg 12(2)(a)(b)", [
             ("MD3.1",
              "Roll out the electronic falls and pressure ulcer risk assessments in Nervecentre to all medical wards, with a daily ward manager check.",
              "Deputy Chief Nurse", dt(2025, 1, 31), None,
              "Live on 7 of 9 wards; remaining two wards go live in January.", "G", "G"),
             ("MD3.2",
              "Undertake a monthly documentation audit of 10 patients per ward and report the results to the Nursing, Midwifery and AHP Committee.",
              "Matron for Medicine", dt(2025, 2, 28), None,
              "December audit: falls 84%, skin 79% compliant.", "A", "G"),
         ]),
    ]),
]
NLAG_SHOULD = [
    ("SD1", "Urgent and Emergency Care (DPoW)",
     "The trust should ensure that the children's waiting area in the emergency department is visually and audibly separate from the adult waiting area.",
     "Install a glazed partition and separate entrance to the children's waiting area as part of the ED estates scheme.",
     "Associate Director of Estates", dt(2025, 3, 31), dt(2025, 6, 30),
     "Works delayed by capital approval; contractor now appointed.", "A", "A"),
    ("SD2", "Urgent and Emergency Care (DPoW)",
     "The trust should ensure that patients' pain scores are recorded and re-evaluated after pain relief is given.",
     "Add a pain re-score prompt to the ED electronic observations and include it in the monthly nursing quality audit.",
     "Head of Nursing ED", dt(2024, 12, 31), None,
     "Prompt live from 18/11/2024.", "G", "B"),
    ("SD3", "Medical Care (SGH)",
     "The trust should ensure that discharge summaries are sent to GPs within 24 hours of discharge.",
     "Launch the medical discharge summary dashboard and escalate delays over 24 hours to the Clinical Director for Medicine.",
     "Clinical Director for Medicine", dt(2025, 1, 31), None,
     "Dashboard in testing; 68% sent within 24 hours in November.", "G", "G"),
]
RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def rag_cell(cell, letter):
    cell.value = letter
    cell.fill = fill(RAG_FILL[letter])
    cell.alignment = Alignment(horizontal="center", vertical="top")
    cell.font = Font(bold=True, color="FFFFFF" if letter in ("B", "R") else "000000")


def make_nlag(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = NLAG_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("CQC inspection of Urgent and Emergency Care and Medical Care (including older people's care), "
                "21\u201323 May 2024. Report published 9 August 2024.")
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    put_row(ws, 5, ["Version", "Date", "Author", "Comments"], bold=True)
    put_row(ws, 6, ["1.0", "06/09/2024", "Head of Regulatory Compliance", "Action plan submitted to CQC"])
    put_row(ws, 7, ["1.2", "08/11/2024", "Head of Regulatory Compliance", "Quarter 2 update to Quality and Safety Committee"])
    put_row(ws, 8, ["1.3", "14/01/2025", "Head of Regulatory Compliance", "Quarter 3 update to Quality and Safety Committee"])
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    for i, (k, meaning) in enumerate([("B", "Complete and evidenced"), ("G", "On track"),
                                      ("A", "At risk of delay"), ("R", "Off track / overdue")], start=11):
        rag_cell(ws.cell(row=i, column=1), k)
        ws.cell(row=i, column=2, value=meaning)
    ws["A16"] = "Summary of current RAG (all actions)"
    ws["A16"].font = Font(bold=True)
    put_row(ws, 17, ["", "B", "G", "A", "R", "Total"], bold=True)
    put_row(ws, 18, ["Must Do", 2, 2, 1, 1, 6])
    put_row(ws, 19, ["Should Do", 1, 1, 1, 0, 3])
    put_row(ws, 20, ["Total", 3, 3, 2, 1, 9], bold=True)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 32
    ws.column_dimensions["D"].width = 46

    # Must Do
    ws = wb.create_sheet("Must Do")
    ncols = 9
    ws["A1"] = "Must Do actions (breaches of regulation)"
    ws["A1"].font = Font(bold=True, size=12)
    headers = ["Ref", "CQC requirement / action", "Regulation", "Accountable lead",
               "Original completion date", "Revised completion date",
               "Progress update (December 2024)", "Previous RAG", "Current RAG"]
    put_row(ws, 3, headers, bold=True)
    r = 4
    for service, musts in NLAG_MUST:
        merged_heading(ws, r, service, ncols, fg=NAVY, white=True)
        r += 1
        for mref, mtext, reg, actions in musts:
            put_row(ws, r, [mref, mtext, reg, None, None, None, None, None, None], bold=True)
            for c in range(1, ncols + 1):
                ws.cell(row=r, column=c).fill = fill(PALE)
            r += 1
            for aref, atext, lead, orig, rev, prog, prev, cur in actions:
                put_row(ws, r, [aref, atext, None, lead, orig, rev, prog, None, None])
                for c in (5, 6):
                    ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
                rag_cell(ws.cell(row=r, column=8), prev)
                rag_cell(ws.cell(row=r, column=9), cur)
                r += 1
    for col, w in zip("ABCDEFGHI", [8, 60, 14, 30, 13, 13, 40, 9, 9]):
        ws.column_dimensions[col].width = w

    # Should Do
    ws = wb.create_sheet("Should Do")
    ws["A1"] = "Should Do actions"
    ws["A1"].font = Font(bold=True, size=12)
    headers = ["Ref", "Core service", "CQC should do", "Action taken / planned", "Accountable lead",
               "Original completion date", "Revised completion date",
               "Progress update (December 2024)", "Previous RAG", "Current RAG"]
    put_row(ws, 3, headers, bold=True)
    r = 4
    for ref, svc, sd, action, lead, orig, rev, prog, prev, cur in NLAG_SHOULD:
        put_row(ws, r, [ref, svc, sd, action, lead, orig, rev, prog, None, None])
        for c in (6, 7):
            ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
        rag_cell(ws.cell(row=r, column=9), prev)
        rag_cell(ws.cell(row=r, column=10), cur)
        r += 1
    for col, w in zip("ABCDEFGHIJ", [7, 20, 44, 44, 28, 13, 13, 36, 9, 9]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. The Planning Inspectorate - ARAC audit recommendations tracker (xlsx)
#    Summary sheet (title, RAG key, totals), GIAA sheet grouped by audit
#    report, NAO management letter sheet. RAG written as words.
# ---------------------------------------------------------------------------
PINS_TITLE = ("The Planning Inspectorate \u2013 Audit and Risk Assurance Committee: "
              "Audit Recommendations Tracker")
PINS_GIAA = [
    ("Appeals Casework Allocation (GIAA 2023-24, Moderate assurance)", [
        ("GIAA 23/24-06 R1", "High",
         "Management should document the rules used to allocate appeals to inspectors and review them at least annually.",
         "Publish a single allocation procedure covering written representations, hearings and inquiries, with an annual review by the Operations Board.",
         "Head of Casework Operations", dt(2024, 9, 30), dt(2025, 3, 31),
         "Draft procedure with the Operations Board for approval in February.", "Amber"),
        ("GIAA 23/24-06 R2", "Medium",
         "Management should ensure that manual overrides of the allocation tool are approved and logged.",
         "Add a mandatory reason field and approver to overrides in the casework system and run a monthly exceptions report.",
         "Head of Casework Operations / Chief Digital Officer", dt(2024, 12, 31), None,
         "Change deployed 10/12/2024; first exceptions report reviewed in January 2025.", "Blue"),
    ]),
    ("Cyber Security \u2013 Supplier Assurance (GIAA 2024-25, Limited assurance)", [
        ("GIAA 24/25-02 R1", "High",
         "The Inspectorate should maintain a complete register of suppliers with access to its systems or data, with a security risk rating for each.",
         "Build the supplier security register from the commercial contracts database and give each of the 46 suppliers with data access a risk rating.",
         "Head of Commercial; Chief Information Security Officer", dt(2025, 1, 31), dt(2025, 4, 30),
         "38 of 46 suppliers rated; the remaining 8 are awaiting supplier questionnaires.", "Amber"),
        ("GIAA 24/25-02 R2", "High",
         "Contracts let before 2022 should be reviewed to confirm that they contain current security and data protection clauses.",
         "Review the 12 pre-2022 contracts and issue contract variations where clauses are missing.",
         "Head of Commercial", dt(2024, 12, 31), None,
         "Only 3 of 12 reviewed; resourcing gap in the Commercial team escalated to the Director of Corporate Services.", "Red"),
        ("GIAA 24/25-02 R3", "Medium",
         "Supplier access to Inspectorate systems should be reviewed quarterly and removed promptly when no longer needed.",
         "Introduce a quarterly supplier access review led by the IT Service Desk, with completion reported to the Information Governance Group.",
         "IT Service Manager", "Q4 2024/25", None,
         "First quarterly review scheduled for March 2025.", "Green"),
    ]),
    ("Health and Safety \u2013 Lone Working (GIAA 2024-25, Substantial assurance)", [
        ("GIAA 24/25-05 R1", "Low",
         "The lone working procedure for site visits should be updated to reflect the current check-in app.",
         "Update the lone working procedure and brief all inspectors through the Inspector Forum.",
         "Health and Safety Manager", dt(2024, 11, 30), None,
         "Procedure updated and briefed on 21/11/2024.", "Blue"),
    ]),
]
PINS_NAO_GROUP = "Audit of the 2023-24 Annual Report and Accounts \u2013 management letter (issued 18 July 2024)"
PINS_NAO = [
    ("NAO 1",
     "Untaken annual leave balances were not reconciled to the HR system at year end.",
     "Management should reconcile untaken annual leave to the HR system as part of the year-end closedown.",
     "Add an annual leave reconciliation step to the 2024-25 closedown timetable, signed off by the Financial Controller.",
     "Financial Controller", "March 2025", None, "Step added to the closedown timetable.", "Green"),
    ("NAO 2",
     "Three leavers kept access to the finance system for more than 30 days after leaving.",
     "Management should strengthen leaver controls for the finance system.",
     "Link removal of finance system accounts to the HR leavers report, with a monthly check by the Finance Systems Manager.",
     "Finance Systems Manager & HR Business Partner", "Dec-24", "Feb-25",
     "Monthly check in place since February; HR feed to be automated.", "Amber"),
]
WORD_FILL = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def word_rag(cell, word):
    cell.value = word
    cell.fill = fill(WORD_FILL[word])
    cell.font = Font(color="FFFFFF" if word in ("Blue", "Red") else "000000")


def make_pins(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = PINS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 January 2025  |  Paper ARAC(25)04  |  Owner: Head of Risk and Assurance"
    ws["A4"] = "RAG key"
    ws["A4"].font = Font(bold=True)
    for i, (w, meaning) in enumerate([("Blue", "Implemented \u2013 proposed for closure"),
                                      ("Green", "On track to meet target date"),
                                      ("Amber", "At risk \u2013 revised date agreed"),
                                      ("Red", "Overdue / not progressing")], start=5):
        word_rag(ws.cell(row=i, column=1), w)
        ws.cell(row=i, column=2, value=meaning)
    ws["A10"] = "Recommendations by source and RAG"
    ws["A10"].font = Font(bold=True)
    put_row(ws, 11, ["Source", "Blue", "Green", "Amber", "Red", "Total"], bold=True)
    put_row(ws, 12, ["GIAA", 2, 1, 2, 1, 6])
    put_row(ws, 13, ["NAO", 0, 1, 1, 0, 2])
    put_row(ws, 14, ["Total", 2, 2, 3, 1, 8], bold=True)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 40

    ws = wb.create_sheet("GIAA")
    ncols = 9
    ws["A1"] = "GIAA internal audit recommendations \u2013 open and recently implemented"
    ws["A1"].font = Font(bold=True, size=12)
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
               "Original target date", "Revised target date", "Latest update", "RAG"]
    put_row(ws, 3, headers, bold=True)
    r = 4
    for group, recs in PINS_GIAA:
        merged_heading(ws, r, group, ncols)
        r += 1
        for ref, pri, rec, act, owner, orig, rev, upd, rag in recs:
            put_row(ws, r, [ref, pri, rec, act, owner, orig, rev, upd, None])
            for c in (6, 7):
                ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
            word_rag(ws.cell(row=r, column=9), rag)
            r += 1
    for col, w in zip("ABCDEFGHI", [17, 9, 44, 48, 28, 12, 12, 40, 8]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("NAO")
    ncols = 9
    ws["A1"] = "National Audit Office \u2013 management letter recommendations"
    ws["A1"].font = Font(bold=True, size=12)
    headers = ["Ref", "Finding", "Recommendation", "Management response / action", "Owner",
               "Target date", "Revised date", "Update", "RAG"]
    put_row(ws, 3, headers, bold=True)
    merged_heading(ws, 4, PINS_NAO_GROUP, ncols)
    r = 5
    for ref, finding, rec, act, owner, due, rev, upd, rag in PINS_NAO:
        put_row(ws, r, [ref, finding, rec, act, owner, due, rev, upd, None])
        word_rag(ws.cell(row=r, column=9), rag)
        r += 1
    for col, w in zip("ABCDEFGHI", [8, 36, 40, 46, 28, 12, 12, 36, 8]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; inner \n become separate paragraphs."""
    cell.text = ""
    parts = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, headers, hex_=PALE):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, hex_)


# ---------------------------------------------------------------------------
# 4. NHS Grampian - response to MWC local visit, Royal Cornhill Hospital (docx)
#    Visit details table, one action table with the recommendation cell
#    merged vertically over its actions, then a sign-off table.
# ---------------------------------------------------------------------------
MWC_TITLE = ("NHS Grampian \u2013 Response to the Mental Welfare Commission for Scotland Local Visit Report: "
             "Royal Cornhill Hospital, Fyvie Ward")
MWC = [
    ("Managers should ensure that care plans are person-centred, reflect the individual\u2019s views and are reviewed and updated at least monthly.", [
        ("1.1", "Introduce the Grampian person-centred care plan template on Fyvie Ward, with a section recording the patient\u2019s views in their own words.",
         "End of August 2025", "Senior Charge Nurse, Fyvie Ward", "On track"),
        ("1.2", "Audit five care plans each month against the Commission\u2019s good practice guide on care plans and feed back the findings at the ward team meeting.",
         "Monthly from July 2025", "Charge Nurse / Practice Education Facilitator", "On track"),
    ]),
    ("Managers should ensure that, where patients are subject to specified person restrictions under the Mental Health (Care and Treatment) (Scotland) Act 2003, the reasoned opinion is on file and the restrictions are reviewed.", [
        ("2.1", "Check all current specified person restrictions on the ward and place a copy of each reasoned opinion in the patient\u2019s electronic record.",
         "31 July 2025", "Responsible Medical Officer", "Complete"),
        ("2.2", "Add specified person paperwork to the weekly Mental Health Act documentation check carried out with the Mental Health Officer team.",
         "September 2025", "MHO Team Leader", ""),
    ]),
    ("Managers should review the ward environment to provide a quiet space for patients and to improve access to the garden.", [
        ("3.1", "Convert the former group room into a sensory and quiet room, with input from patients through the ward community meeting.",
         "Dec 2025", "Clinical Nurse Manager, Adult Mental Health", ""),
        ("3.2", "Agree with Estates a timetable for the garden door to be open from 09:00 to 21:00, subject to individual risk assessment.",
         "Oct-25", "Senior Charge Nurse, Fyvie Ward; Estates Manager (Royal Cornhill)", "On track"),
    ]),
    ("Managers should ensure that patients have regular access to activities seven days a week, including in the evenings and at weekends.", [
        ("4.1", "Recruit to an additional activity coordinator post so that activities can be extended to weekends.",
         "Subject to workforce panel \u2013 TBC", "Lead Occupational Therapist", ""),
    ]),
]


def make_mwc(path):
    doc = Document()
    h = doc.add_heading(MWC_TITLE, level=1)
    details = doc.add_table(rows=0, cols=2)
    details.style = "Table Grid"
    for k, v in [("Service visited", "Royal Cornhill Hospital, Fyvie Ward (adult acute admission, 22 beds)"),
                 ("Date of visit", "5 February 2025 (announced)"),
                 ("Date report published", "8 April 2025"),
                 ("Action plan completed by", "Clinical Nurse Manager, Adult Mental Health"),
                 ("Date submitted to the Commission", "4 July 2025"),
                 ("Progress status updated", "29 August 2025")]:
        row = details.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], GREY)
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("The Commission asks for a response to its recommendations within three months of the "
                      "report being published. For each recommendation, please set out the action planned, "
                      "the timescale and the person responsible.")
    nrows = 1 + sum(len(a) for _, a in MWC)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Recommendation", "No.", "Action planned", "Timescale", "Responsible person",
                   "Status at 29 August 2025"])
    r = 1
    for rec, actions in MWC:
        first = r
        for no, act, when, who, status in actions:
            cells = t.rows[r].cells
            set_cell(cells[1], no)
            set_cell(cells[2], act)
            set_cell(cells[3], when)
            set_cell(cells[4], who)
            set_cell(cells[5], status)
            r += 1
        top = t.cell(first, 0)
        if r - 1 > first:
            top = top.merge(t.cell(r - 1, 0))
        set_cell(top, rec)
    doc.add_paragraph()
    doc.add_paragraph("Sign-off")
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([("Name", "Dr J. Mackie"),
                                ("Designation", "Clinical Director, Mental Health and Learning Disability Services"),
                                ("Date", "04/07/2025")]):
        set_cell(s.cell(i, 0), k, bold=True)
        set_cell(s.cell(i, 1), v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. University of East London - Ofsted apprenticeships PIAP (docx)
#    Title, inspection line, document-control table, RAG key table, then a
#    heading + AFI paragraph + action table for each area for improvement.
# ---------------------------------------------------------------------------
UEL_TITLE = "University of East London: Apprenticeships Post-Inspection Action Plan"
UEL = [
    ("Leaders and managers should ensure that apprentices\u2019 starting points are assessed accurately and used to plan an individual programme, particularly for apprentices with significant prior experience.", [
        ("1.1", "Revise the initial skills scan for all standards so that it maps prior knowledge against each KSB and is signed off by the employer.",
         "Head of Apprenticeship Quality", "June 2025", "Revised skills scan in use for all September 2025 starts.", "B"),
        ("1.2", "Train programme leaders to use skills scan outcomes to adjust the training plan and to record off-the-job hours accurately.",
         "Head of Apprenticeship Quality / Programme Leaders", "31/10/2025", "Two of three training sessions delivered.", "G"),
    ]),
    ("Leaders should make sure that employers take part in progress reviews and that reviews set clear, specific targets that help apprentices to make swift progress.", [
        ("2.1", "Introduce a tripartite progress review template with SMART targets, completed at least every 12 weeks with the employer present.",
         "Director of Apprenticeships", "Sept 2025", "Template launched; 71% of reviews in the last 12 weeks included the employer.", "A"),
        ("2.2", "Monitor the timeliness and quality of reviews through a monthly dashboard for each school, with sampling by the Apprenticeship Quality team.",
         "Deans of School; Head of Apprenticeship Quality", "Dec-25", "Dashboard in development with Planning & Insight.", "G"),
        ("2.3", "Hold an employer forum each semester to share good practice in coaching apprentices in the workplace.",
         "Employer Partnerships Manager", "Ongoing (each semester)", "First forum held 24/06/2025.", "G"),
    ]),
    ("Leaders should ensure that apprentices are well prepared for their end-point assessment and know what they need to do to achieve high grades.", [
        ("3.1", "Run mock end-point assessments for all apprentices at least three months before gateway.",
         "Programme Leaders", "January 2026", "Mock EPAs scheduled for Nursing Associate and Chartered Manager cohorts.", "G"),
        ("3.2", "Publish EPA grading criteria guides for each standard on the apprenticeship hub and discuss them in progress reviews.",
         "EPA Coordinator", "By 31 July 2025", "Guides published for 9 of 14 standards.", "R"),
    ]),
    ("Governors should receive sufficiently detailed information about the quality of apprenticeships to hold leaders to account.", [
        ("4.1", "Provide a termly apprenticeship quality report to the Education and Experience Committee, covering achievement, retention and progress against this plan.",
         "Pro-Vice-Chancellor (Education)", "Termly", "First report scheduled for the November 2025 committee.", "G"),
    ]),
]


def make_uel(path):
    doc = Document()
    doc.add_heading(UEL_TITLE, level=0)
    doc.add_paragraph("Ofsted inspection: 11\u201314 February 2025  |  Overall effectiveness: Requires improvement  |  "
                      "Report published: 21 March 2025")
    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Owner", "Approved by"])
    for i, row in enumerate([("1.0", "17/04/2025", "Director of Apprenticeships", "Apprenticeship Quality Board"),
                             ("1.2", "30/09/2025", "Director of Apprenticeships", "Education and Experience Committee")], start=1):
        for j, v in enumerate(row):
            set_cell(dc.cell(i, j), v)
    doc.add_paragraph("RAG key", style="Heading 2")
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    header_row(key, ["RAG", "Meaning"])
    for i, (k, m) in enumerate([("B", "Complete \u2013 impact evidenced"), ("G", "On track"),
                                ("A", "Some slippage \u2013 recovery plan in place"),
                                ("R", "Off track \u2013 escalated to Apprenticeship Quality Board")], start=1):
        set_cell(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), RAG_FILL[k])
        set_cell(key.cell(i, 1), m)
    for n, (afi, actions) in enumerate(UEL, start=1):
        doc.add_heading(f"Area for improvement {n}", level=1)
        doc.add_paragraph(afi)
        t = doc.add_table(rows=1 + len(actions), cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "Target date", "Progress update (September 2025)", "RAG"])
        for i, (ref, act, lead, due, prog, rag) in enumerate(actions, start=1):
            for j, v in enumerate([ref, act, lead, due, prog, rag]):
                set_cell(t.cell(i, j), v)
            shade(t.cell(i, 5), RAG_FILL[rag])
    doc.add_paragraph()
    doc.add_paragraph("Next review: Apprenticeship Quality Board, 12 November 2025.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Middlesbrough College - Ofsted PIAP, CSV export (refuse: "Febuary-25")
#    Title lines, header, provision type / AFI given once then blank for the
#    following actions (merged cells in the source sheet).
# ---------------------------------------------------------------------------
MBRO_TITLE = "Middlesbrough College \u2013 Post-Inspection Action Plan 2024-25"
MBRO_ROWS = [
    ["Ref", "Provision type", "Area for improvement", "Action", "Lead", "Target date", "Progress to date", "RAG"],
    ["1.1", "Education programmes for young people",
     "Leaders should ensure that learners on study programmes attend their English and mathematics lessons consistently.",
     "Introduce same-day follow-up by progress coaches for every missed English and maths lesson.",
     "Head of English and Maths", "Oct-24", "In place since September; attendance up to 86% from 79%.", "Complete"],
    ["1.2", "", "",
     "Set attendance targets for each curriculum area and review them at the monthly performance meetings.",
     "Assistant Principal Quality / Heads of Curriculum", "Dec-24", "Targets set; first reviews held in October.", "Green"],
    ["2.1", "Adult learning programmes",
     "Leaders should make sure that adult learners receive useful careers advice and guidance about their next steps.",
     "Provide a one-to-one careers interview for every adult learner on a course of more than 12 weeks.",
     "Careers Lead", "Jan-25", "54% of eligible learners interviewed so far.", "Amber"],
    ["2.2", "", "",
     "Add progression destinations to the adult learner tracking system and report them each term.",
     "MIS Manager & Adult Learning Manager", "Mar-25", "Fields added to tracker.", "Green"],
    ["3.1", "Apprenticeships",
     "Leaders should ensure that apprentices' off-the-job training is planned and recorded accurately and that employers contribute to progress reviews.",
     "Audit off-the-job training records for all apprentices and agree how to make up any shortfall with employers.",
     "Head of Apprenticeships", "Jan-25", "Audit 60% complete.", "Amber"],
    ["3.2", "", "",
     "Require employers to attend every progress review and record the reason whenever an employer does not attend.",
     "Apprenticeship Delivery Managers", "Febuary-25", "Review template updated.", "Green"],
    ["3.3", "", "",
     "Train assessors to set precise targets that develop apprentices' knowledge, skills and behaviours.",
     "Teaching and Learning Coach", "Apr-25", "Training booked for January.", "Green"],
    ["4.1", "High needs provision",
     "Leaders should ensure that the outcomes in learners' education, health and care plans are broken down into small steps and reviewed.",
     "Rewrite learner support plans so that each EHCP outcome has small-step targets reviewed by tutors each term.",
     "Head of Inclusive Learning", "Summer term 2025", "12 of 40 plans rewritten.", "Green"],
]


def make_mbro(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = len(MBRO_ROWS[0])
    w.writerow([MBRO_TITLE] + [""] * (n - 1))
    w.writerow(["Following Ofsted inspection 14\u201317 May 2024 (Education Inspection Framework)"] + [""] * (n - 1))
    w.writerow(["Updated for Quality and Standards Committee: 12 November 2024"] + [""] * (n - 1))
    w.writerow([""] * n)
    for row in MBRO_ROWS:
        w.writerow(row)
    w.writerow([""] * n)
    w.writerow(["RAG: Complete = action finished; Green = on track; Amber = some slippage; Red = off track"] + [""] * (n - 1))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Market Street Health Group - CQC inspection action plan (tab-separated txt)
#    Title and info lines, header, requirement-notice section lines, finding
#    given once per group, key and note lines at the end.
# ---------------------------------------------------------------------------
MSHG_TITLE = "Market Street Health Group - CQC Inspection Action Plan"
MSHG_LINES = [
    MSHG_TITLE,
    "Inspection date: 18 June 2025\tReport published: 2 September 2025\tOverall rating: Requires improvement",
    "Plan owner: Practice Manager\tLast reviewed at practice meeting: 14/10/2025",
    "",
    "Ref\tCQC finding\tAction\tLead\tDue\tStatus\tComments",
    "Requirement notice - Regulation 12 Safe care and treatment",
    "RN1\tThe provider must ensure that patients prescribed high-risk medicines are monitored in line with national guidance.\tRun weekly EMIS searches for patients on methotrexate, lithium and DOACs who are overdue monitoring, and recall them.\tClinical Pharmacist\t31/10/2025\tGreen\t42 of 57 overdue patients now reviewed.",
    "RN2\t\tAdd a medication review protocol for high-risk drugs to the clinical system and audit 20 records each quarter.\tDr A Rahman (GP Partner)/Clinical Pharmacist\tDec 2025\tNot started\t",
    "RN3\tThe provider must ensure that medicines and equipment safety alerts are acted on and the action is recorded.\tSet up a shared safety-alert log with a named clinician signing off each alert within 5 working days.\tDr S Okafor & Practice Manager\tw/c 06/10/2025\tComplete\tLog in use since 06/10/2025.",
    "Requirement notice - Regulation 17 Good governance",
    "RN4\tThe provider must ensure that systems to monitor staff training and recruitment checks are effective.\tBuild a training matrix covering safeguarding, basic life support and infection control for all staff, reviewed monthly.\tAssistant Practice Manager\tNov-25\tGreen\tMatrix 80% populated.",
    "RN5\t\tComplete DBS and immunisation status checks for the 4 clinical staff with gaps identified at inspection.\tPractice Manager\t30/09/2025\tRed\tTwo immunisation records still awaited from occupational health.",
    "Areas where the practice should improve",
    "S1\tThe practice should continue to improve the uptake of childhood immunisations and cervical screening.\tAdd Saturday immunisation and cervical screening clinics at the extended access hub.\tNurse Lead\tMarch 2026\tGreen\tFirst Saturday clinic held 4 October.",
    "S2\tThe practice should improve patient access by telephone.\tMove to cloud telephony with call-back and queue position messages, and publish monthly call-answering data.\tPractice Manager\tQ3 2025/26\tAmber\tSupplier contract signed; go-live slipped from October.",
    "S3\tThe practice should ensure that complaint responses include details of the Parliamentary and Health Service Ombudsman.\tUpdate the complaint response template and the practice leaflet with PHSO details.\tReception Manager\tSept 2025\tComplete\tTemplate updated 12/09/2025.",
    "S4\tThe practice should review how it identifies and supports carers.\tRun a carers' identification search and create a carers' champion role in the reception team.\tCarers' Champion (Reception)\tOngoing\tGreen\t",
    "",
    "Key: Complete = action finished and evidenced; Green = on track; Amber = at risk of missing the due date; Red = overdue; Not started = not yet begun.",
    "Note: this plan is reviewed monthly at the partners' meeting and shared with NHS North East London ICB.",
]


def make_mshg(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(MSHG_LINES) + "\r\n")


FILES = {
    "gl1-kingsthorpe-college-section-175-safeguarding-audit-action-plan.xlsx": make_kingsthorpe,
    "gl1-northern-lincolnshire-goole-nhsft-cqc-must-should-do-action-plan.xlsx": make_nlag,
    "gl1-planning-inspectorate-arac-audit-recommendations-tracker.xlsx": make_pins,
    "gl1-nhs-grampian-royal-cornhill-hospital-mwc-local-visit-action-plan.docx": make_mwc,
    "gl1-university-of-east-london-ofsted-apprenticeships-piap.docx": make_uel,
    "gl1-middlesbrough-college-ofsted-post-inspection-action-plan-typo-month-refuse.csv": make_mbro,
    "gl1-market-street-health-group-cqc-inspection-action-plan.txt": make_mshg,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
