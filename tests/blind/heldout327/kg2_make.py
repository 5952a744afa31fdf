"""Build the seven kg2- blind test files (set heldout327).

Run with the importer's Python (needs openpyxl and python-docx):
    /work/main/.venv/bin/python kg2_make.py
Writes the data files next to this script.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, labels, colour="1F4E78"):
    for c, lab in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=c, value=lab)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(colour)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def band(ws, row, text, ncols, colour="D9E1F2", bold=True):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=bold)
    c.fill = fill(colour)
    c.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Frome Town Council - internal audit recommendations action plan (xlsx)
# ---------------------------------------------------------------------------
FROME_TITLE = "Frome Town Council \u2013 Internal Audit Action Plan 2024-25"

FROME_MAIN = [
    ("section", "Accounting records and bank reconciliations"),
    ("rec", "R1", "Interim",
     "Bank reconciliations should be reviewed and signed off by a councillor independent of the "
     "financial process at least quarterly, as required by the Practitioners' Guide.",
     "Quarterly reconciliations for all accounts to be presented to FR&G Committee and signed by the "
     "Committee Chair; signed copies to be scanned to the finance drive.",
     "RFO", D(2024, 12, 31), "Complete",
     "Q3 reconciliation signed at FR&G 21 January 2025; Q4 signed 15 April 2025."),
    ("rec", "R2", "Interim",
     "Unpresented cheques more than six months old should be reviewed and written back.",
     "Three stale cheques (\u00a3412.60 in total) to be cancelled and written back; stale items to be "
     "reviewed at each quarter end.",
     "Finance Officer", D(2025, 1, 31), "Complete",
     "Written back in the January 2025 ledger."),
    ("section", "Corporate governance"),
    ("rec", "R3", "Interim",
     "Financial Regulations should be reviewed and updated to reflect the current NALC model, "
     "including the revised procurement thresholds.",
     "Draft revised Financial Regulations to go to FR&G Committee and then to Full Council for adoption.",
     "Town Clerk / RFO", D(2025, 7, 31), "On track",
     "Draft circulated to members 20 May 2025; Full Council 9 July 2025."),
    ("rec", "R4", "Interim",
     "The website should show the dates of the period for the exercise of public rights and the "
     "Notice of Conclusion of Audit for 2023-24.",
     "Notices to be posted and the website's AGAR page restructured by financial year.",
     "Deputy Town Clerk; Communications Officer", "31 March 2025", "Delayed",
     "Notices now posted. Restructure of the page held back until the new website goes live."),
    ("section", "Payroll"),
    ("rec", "R5", "Final",
     "Changes to staff pay, including increments and the NJC pay award, should be authorised in writing "
     "by the Town Clerk before they are processed by the payroll provider.",
     "Pay change authorisation form introduced; Town Clerk to sign all changes before the monthly payroll "
     "cut-off.",
     "Town Clerk", D(2025, 7, 31), "On track",
     "Form in use from May 2025 payroll."),
    ("section", "Assets and reserves"),
    ("rec", "R6", "Final",
     "The fixed asset register should be reconciled to the insurance schedule and the value in Box 9 of "
     "the AGAR agreed to it.",
     "Physical check of play equipment and street furniture to be completed, register updated and "
     "reconciled to the insurance schedule before the 2025-26 AGAR.",
     "Facilities Manager and RFO", "By 31 March 2026", "Not started", ""),
    ("rec", "R7", "Final",
     "The Council should adopt a reserves policy setting out the purpose of each earmarked reserve and "
     "the target level of general reserves.",
     "Reserves policy to be drafted alongside the 2026-27 budget and Medium Term Financial Plan.",
     "RFO", "Oct-25", "Not started", ""),
]

FROME_BF = [
    ("section", "Risk management"),
    ("rec", "2023/24-3",
     "The risk register should be reviewed by the Council at least annually and the review minuted.",
     "Risk register to be reviewed by FR&G Committee each May and recommended to Full Council, with the "
     "review date recorded in the minutes.",
     "Town Clerk", D(2024, 5, 31), D(2025, 5, 31), "Complete",
     "Reviewed by FR&G 6 May 2025 (minute FRG/25/014)."),
    ("section", "Allotment income"),
    ("rec", "2023/24-5",
     "Allotment rents should be invoiced through the accounting system so that arrears are visible and "
     "can be followed up.",
     "Allotment invoicing to move from the spreadsheet into the Rialtas sales ledger from the October "
     "2025 renewal.",
     "Finance Officer; Allotments Officer", D(2024, 10, 31), D(2025, 10, 31), "On track",
     "Tenant records imported to test company; go-live planned for renewal run."),
]

FROME_STATUS_FILL = {"Complete": "BDD7EE", "On track": "C6EFCE", "Delayed": "FFC7CE"}


def make_frome():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = FROME_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary of recommendations by report"
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Report", "No. of recs", "Complete", "Outstanding"])
    rows = [
        ("2024-25 Interim report (visit 12 November 2024)", 4, 2, 2),
        ("2024-25 Final report (visit 29 April 2025)", 3, 0, 3),
        ("2023-24 recommendations brought forward", 2, 1, 1),
        ("Total", 9, 3, 6),
    ]
    for i, r in enumerate(rows, start=5):
        for j, v in enumerate(r, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    ws["A10"] = "Internal auditor: Mendip Parish Audit Services Ltd"
    ws["A11"] = "Reported to Finance, Resources & Governance (FR&G) Committee, 10 June 2025"
    widths(ws, [52, 12, 12, 14])

    ws = wb.create_sheet("2024-25 Recommendations")
    ncols = 8
    ws["A1"] = FROME_TITLE
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Recommendations from the internal auditor's interim and final reports, with the Council's "
                "agreed responses. Updated 2 June 2025.")
    ws.merge_cells("A2:H2")
    ws["A2"].alignment = WRAP
    header_row(ws, 4, ["Rec No.", "Report", "Recommendation", "Agreed action", "Responsible officer",
                       "Target date", "Status", "Progress update"])
    r = 5
    for item in FROME_MAIN:
        if item[0] == "section":
            band(ws, r, item[1], ncols)
        else:
            _, ref, rep, rec, act, off, tgt, st, upd = item
            vals = [ref, rep, rec, act, off, tgt, st, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            tc = ws.cell(row=r, column=6)
            if isinstance(tgt, dt.datetime):
                tc.number_format = "mmm-yy" if ref == "R5" else "dd/mm/yyyy"
            if st in FROME_STATUS_FILL:
                ws.cell(row=r, column=7).fill = fill(FROME_STATUS_FILL[st])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Note: R1\u2013R4 were raised in the interim report dated 19 November 2024; "
                                     "R5\u2013R7 in the final report dated 6 May 2025."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    r += 1
    ws.cell(row=r, column=1, value=("Status key: Complete \u2013 action implemented; On track \u2013 in hand within "
                                     "target date; Delayed \u2013 target date passed (shown red); Not started."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    widths(ws, [10, 9, 45, 45, 20, 14, 12, 40])
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("B-F 2023-24")
    ws["A1"] = FROME_TITLE
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Recommendations brought forward from 2023-24 and not closed at the last report"
    ws.merge_cells("A2:H2")
    header_row(ws, 4, ["Rec No.", "Recommendation", "Agreed action", "Responsible officer",
                       "Original target", "Revised target", "Status", "Comment"])
    r = 5
    for item in FROME_BF:
        if item[0] == "section":
            band(ws, r, item[1], 8)
        else:
            _, ref, rec, act, off, o, rv, st, com = item
            for j, v in enumerate([ref, rec, act, off, o, rv, st, com], start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
            if st in FROME_STATUS_FILL:
                ws.cell(row=r, column=7).fill = fill(FROME_STATUS_FILL[st])
        r += 1
    widths(ws, [11, 45, 45, 22, 14, 14, 12, 40])
    wb.save(os.path.join(HERE, "kg2-frome-town-council-internal-audit-recommendations-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Grwp Cynefin - Welsh Government regulatory judgement improvement plan (xlsx)
# ---------------------------------------------------------------------------
CYN_TITLE = "Gr\u0175p Cynefin \u2013 Regulatory Improvement Plan 2024-26"

CYN_ROWS = [
    ("std", "Standard 1: The Board and executive provide effective leadership and direction"),
    ("finding", "The Board does not yet receive sufficiently robust assurance on the delivery of its "
                "strategic objectives and Corporate Plan."),
    ("act", "1.1", "Commission an independent external review of governance effectiveness against the "
                   "Community Housing Cymru Code of Governance and agree a resulting action plan with the Board.",
     "Head of Governance", D(2025, 1, 31), None, "G", BLUE,
     "Review completed December 2024; action plan agreed by Board 23 January 2025."),
    ("act", "1.2", "Refresh the Board assurance framework so that each strategic objective has a named "
                   "assurance lead, KPI set and reporting cycle.",
     "Chief Executive; Director of Corporate Services", D(2025, 3, 31), D(2025, 6, 30), "G", AMBER,
     "Framework drafted; KPI set delayed by new housing management system. Revised date agreed by Board."),
    ("act", "1.3", "Complete a Board skills audit and recruit two members with asset management and digital "
                   "experience.",
     "Chair of the Board / Head of Governance", D(2025, 9, 30), None, "G", GREEN,
     "Skills audit done. Recruitment pack bilingual; advert closes 16 May 2025."),
    ("std", "Standard 4: Tenants are involved in, and influence, the services they receive"),
    ("finding", "Evidence of how tenants shape services and hold the Board to account was limited."),
    ("act", "4.1", "Establish a Tenant Scrutiny Panel with an agreed annual programme of service reviews, "
                   "reporting to the Board's Customer Committee.",
     "Director of Housing", D(2024, 12, 31), None, "G", BLUE,
     "Panel of 9 tenants in place; first review (repairs communication) under way."),
    ("act", "4.2", "Publish a bilingual 'You said, we did' report to tenants each quarter, drawing on "
                   "complaints, STAR survey results and panel findings.",
     "Tenant Engagement Manager & Communications Manager", D(2025, 6, 30), None, "A", GREEN,
     "First edition published March 2025."),
    ("std", "Standard 5: The RSL has a robust self-evaluation of its compliance with the Performance Standards"),
    ("finding", "The self-evaluation did not draw on a sufficiently wide or robust evidence base."),
    ("act", "5.1", "Rewrite the annual self-evaluation with an evidence library mapped to each Performance "
                   "Standard, reviewed by the Audit & Risk Committee before Board approval.",
     "Head of Governance", "Sept 2025", None, "G", GREEN,
     "Evidence library structure agreed; owners assigned."),
    ("std", "Standard 7: Tenants are kept safe through effective landlord health and safety compliance"),
    ("finding", "Assurance to the Board on fire risk assessment remedial actions and water hygiene was "
                "incomplete."),
    ("act", "7.1", "Clear the backlog of high-priority fire risk assessment remedial actions across sheltered "
                   "and extra care schemes.",
     "Head of Compliance", D(2024, 12, 31), D(2025, 6, 30), "A", RED,
     "41 of 63 actions closed. Contractor capacity issue escalated to Executive Team."),
    ("act", "7.2", "Introduce a single compliance dashboard covering the 'big six' safety areas, reported "
                   "monthly to Executive Team and quarterly to the Board.",
     "Head of Compliance; Head of Business Intelligence", D(2025, 3, 31), None, "G", BLUE,
     "Dashboard live from February 2025 Board."),
    ("act", "7.3", "Commission independent assurance on the accuracy of compliance data from the internal "
                   "auditors.",
     "Director of Corporate Services", "Q2 2025/26", None, "New", GREEN,
     "Added following the internal audit plan review."),
]

RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_cynefin():
    wb = Workbook()
    ws = wb.active
    ws.title = "Document control"
    ws["A1"] = CYN_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Cynllun Gwella Rheoleiddiol 2024-26"
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Version", "Date", "Author", "Summary of changes"])
    hist = [("1.0", D(2024, 10, 24), "Head of Governance", "Approved by Board"),
            ("1.1", D(2025, 1, 23), "Head of Governance", "Q3 progress update"),
            ("1.2", D(2025, 4, 24), "Head of Governance",
             "Q4 progress update; revised targets for 1.2 and 7.1 agreed by Board; action 7.3 added")]
    for i, h in enumerate(hist, start=5):
        for j, v in enumerate(h, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=i, column=2).number_format = "dd/mm/yyyy"
    ws["A9"] = "Owner: Chief Executive"
    ws["A10"] = "Next review: Board, July 2025"
    ws["A12"] = ("Regulatory Judgement (Welsh Government), 26 September 2024: Governance (including tenant "
                 "services) \u2013 Compliant: Yellow; Financial Viability \u2013 Compliant: Green.")
    widths(ws, [10, 14, 22, 70])

    ws = wb.create_sheet("Improvement Plan")
    ncols = 8
    ws["A1"] = CYN_TITLE
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("In response to the Welsh Government Regulatory Judgement of 26 September 2024 "
                "(Governance: Compliant \u2013 Yellow)")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Progress position at 31 March 2025 \u2013 report to Board 24 April 2025"
    ws.merge_cells("A3:H3")
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, ["Cyf. / Ref", "Cam gweithredu / Action", "Arweinydd / Lead",
                       "Targed gwreiddiol / Original target", "Targed diwygiedig / Revised target",
                       "RAG blaenorol / Previous RAG", "RAG cyfredol / Current RAG",
                       "Diweddariad / Progress update"])
    ws.row_dimensions[5].height = 45
    r = 6
    for item in CYN_ROWS:
        if item[0] == "std":
            band(ws, r, item[1], ncols, colour="8EA9DB")
        elif item[0] == "finding":
            ws.cell(row=r, column=1, value="Finding").font = Font(bold=True, italic=True)
            ws.cell(row=r, column=2, value=item[1]).font = Font(italic=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncols)
            ws.cell(row=r, column=2).alignment = WRAP
            ws.cell(row=r, column=1).fill = fill("DDEBF7")
            ws.cell(row=r, column=2).fill = fill("DDEBF7")
        else:
            _, ref, act, lead, orig, rev, prev, cur, upd = item
            vals = [ref, act, lead, orig, rev, prev, None, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            for col in (4, 5):
                if isinstance(ws.cell(row=r, column=col).value, dt.datetime):
                    ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
            if prev in RAG_FILL:
                ws.cell(row=r, column=6).fill = fill(RAG_FILL[prev])
                ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=7).fill = fill(cur)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Current RAG is shown by colour only \u2013 see the 'RAG key' sheet.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    widths(ws, [9, 55, 26, 14, 14, 12, 12, 45])
    ws.freeze_panes = "A6"

    ws = wb.create_sheet("RAG key")
    ws["A1"] = "RAG key / Allwedd RAG"
    ws["A1"].font = Font(bold=True)
    key = [("B", BLUE, "Action complete"),
           ("G", GREEN, "On track to meet the target date"),
           ("A", AMBER, "Slippage \u2013 recoverable within the revised date"),
           ("R", RED, "Off track \u2013 Board decision needed")]
    for i, (k, col, txt) in enumerate(key, start=3):
        ws.cell(row=i, column=1, value=k).fill = fill(col)
        ws.cell(row=i, column=2, value=txt)
    widths(ws, [8, 50])
    wb.save(os.path.join(HERE, "kg2-grwp-cynefin-regulatory-judgement-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Scottish Borders IJB - strategic risk register (xlsx, typo month -> refuse)
# ---------------------------------------------------------------------------
SB_ROWS = [
    ("risk", "SR01", "Financial sustainability \u2013 if the IJB cannot deliver recurring savings, there is a risk "
                     "that it cannot set or deliver a balanced budget, leading to reduced services or reliance on "
                     "additional partner funding.", "Chief Financial Officer", 25, 20, 12),
    ("act", "SR01a", "Agree the 2025/26 savings programme with NHS Borders and Scottish Borders Council and report "
                     "delivery monthly to the IJB.", "Chief Financial Officer", "June 2025", "Amber",
     "Savings of \u00a34.1m agreed; \u00a31.3m still to be identified."),
    ("act", "SR01b", "Refresh the three-year Medium Term Financial Plan with both partners.",
     "Chief Financial Officer", "Sept 2025", "Green", "Scenario modelling under way."),
    ("risk", "SR02", "Workforce \u2013 if the Partnership cannot recruit and retain care at home and nursing staff, "
                     "there is a risk of unmet need and delays in people leaving hospital.",
     "Chief Officer", 20, 16, 9),
    ("act", "SR02a", "Deliver the integrated workforce plan actions for care at home, including the international "
                     "recruitment pilot.", "Head of Adult Social Care", "Dec 2025", "Amber",
     "12 of 20 overseas recruits in post."),
    ("act", "SR02b", "Run the Borders Care Academy induction pathway for all new care staff.",
     "Workforce Development Lead", "Ongoing", "Green", "Four cohorts completed."),
    ("risk", "SR03", "Delayed discharge \u2013 if people who are fit for discharge cannot leave hospital, there is a "
                     "risk of harm through deconditioning and of reduced acute capacity.",
     "Chief Officer", 20, 20, 12),
    ("act", "SR03a", "Commission 24 interim care home beds to support discharge from Borders General Hospital.",
     "Commissioning Manager", "Febuary 2026", "Amber", "Procurement route agreed with NHS Borders."),
    ("act", "SR03b", "Extend the Discharge to Assess model across all five localities.",
     "Head of Unscheduled Care", "March 2026", "Green", "Live in Cheviot and Teviot."),
    ("risk", "SR04", "Directions and governance \u2013 if directions to partners are not specific enough, there is a "
                     "risk that the Strategic Commissioning Plan is not delivered as intended.",
     "Chief Officer", 12, 9, 6),
    ("act", "SR04a", "Issue revised directions to both partners in line with the statutory guidance.",
     "Chief Officer", "31/08/2025", "Green", "Template approved by IJB in April."),
]


def score_fill(v):
    if v >= 15:
        return "FF7C80"
    if v >= 8:
        return "FFD966"
    return "A9D08E"


def make_borders():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ncols = 9
    ws["A1"] = "Scottish Borders Health and Social Care Partnership"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Scottish Borders Integration Joint Board \u2013 Strategic Risk Register"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Position at 31 May 2025 | Presented to IJB Audit Committee 16 June 2025"
    header_row(ws, 5, ["Ref", "Risk description / further actions", "Risk owner / action lead",
                       "Inherent score", "Current score", "Target score", "Target date", "Status", "Update"],
               colour="375623")
    r = 6
    for item in SB_ROWS:
        if item[0] == "risk":
            _, ref, desc, owner, inh, cur, tgt = item
            vals = [ref, desc, owner, inh, cur, tgt, None, None, None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.font = Font(bold=True)
                c.fill = fill("E2EFDA")
                c.alignment = WRAP
                c.border = BOX
            for col, v in ((4, inh), (5, cur), (6, tgt)):
                ws.cell(row=r, column=col).fill = fill(score_fill(v))
        else:
            _, ref, act, lead, due, st, upd = item
            vals = [ref, act, lead, None, None, None, due, st, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=8).fill = fill({"Green": GREEN, "Amber": AMBER, "Red": RED}[st])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Scoring: likelihood x impact (1\u20135 each). 15\u201325 High (red); 8\u201312 "
                                     "Medium (amber); 1\u20136 Low (green)."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    widths(ws, [8, 60, 24, 10, 10, 10, 13, 10, 40])
    ws.freeze_panes = "A6"

    ws = wb.create_sheet("Scoring matrix")
    ws["A1"] = "Risk scoring matrix (likelihood x impact)"
    ws["A1"].font = Font(bold=True)
    for i in range(1, 6):
        ws.cell(row=2, column=i + 1, value=i).font = Font(bold=True)
        ws.cell(row=i + 2, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            v = (6 - i) * j
            c = ws.cell(row=i + 2, column=j + 1, value=v)
            c.fill = fill(score_fill(v))
    ws["A9"] = "Rows: likelihood; columns: impact."
    wb.save(os.path.join(HERE, "kg2-scottish-borders-ijb-strategic-risk-register-typo-month-refuse.xlsx"))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Rossendale BC - FSA food law enforcement audit action plan (docx)
# ---------------------------------------------------------------------------
ROSS_TITLE = "Food Standards Agency Audit of Food Law Enforcement \u2013 Action Plan"

ROSS_SECTIONS = [
    ("Service Planning (Standard 3)", [
        ("Ensure that the Food Law Enforcement Service Plan is developed in line with the Service Planning "
         "Guidance in the Framework Agreement, includes an estimate of the resources needed to deliver the "
         "service, and is submitted for Member approval. [The Standard \u2013 3.1]", [
            ("1.1", "Revise the 2024/25 Food Service Plan using the FSA template, including a resource "
                    "assessment based on the intervention profile and an FTE calculation.",
             "Environmental Health Manager", "31/07/2024", "Plan revised and resource gap of 0.8 FTE identified.",
             "Complete"),
            ("1.2", "Present the revised Food Service Plan to Cabinet for approval and publish it on the "
                    "Council's website.",
             "Head of Health, Housing and Regulatory Services", "September 2024",
             "Approved by Cabinet 18/09/2024 and published.", "Complete"),
        ]),
    ]),
    ("Authorised Officers (Standard 5)", [
        ("Ensure that all officers are authorised in accordance with their qualifications, training and "
         "competency, as required by the Food Law Code of Practice, and that authorisations are kept under "
         "review. [The Standard \u2013 5.1]", [
            ("2.1", "Carry out a competency assessment of each authorised officer against the Competency "
                    "Framework and record the outcome on the training database.",
             "Senior EHO (Food & Safety)", "30/09/2024", "All six officers assessed.", "Complete"),
            ("2.2", "Reissue authorisations on the revised template, signed by the Head of Service, and review "
                    "them each April.",
             "Environmental Health Manager", "April 2025", "4 of 6 authorisations reissued.", "On track"),
        ]),
    ]),
    ("Food Premises Interventions (Standard 7)", [
        ("Ensure that food establishment interventions are carried out at the frequency required by the Food "
         "Law Code of Practice, and address the backlog of overdue interventions and unrated new "
         "businesses. [The Standard \u2013 7.1]", [
            ("3.1", "Engage a contractor to complete overdue category C and D interventions.",
             "Environmental Health Manager", "31/12/2024",
             "Contractor engaged October 2024; 58 of 91 completed.", "At risk"),
            ("3.2", "Prioritise inspection of unrated new registrations using a risk-based triage, aiming for "
                    "inspection within 28 days of registration.",
             "Senior EHO (Food & Safety)", "Ongoing", "Triage in place; average 34 days in Q3.", "On track"),
        ]),
        ("Ensure that inspection records contain enough detail to verify the officer's assessment of "
         "compliance, including the assessment of food safety management systems. [The Standard \u2013 7.2]", [
            ("4.1", "Introduce a revised inspection aide-memoire with a section for the FSMS/HACCP assessment, "
                    "and review 10% of inspection records each quarter.",
             "Senior EHO (Food & Safety) and Environmental Health Manager", "31/10/2024",
             "Aide-memoire in use; Q3 record review completed.", "Complete"),
        ]),
    ]),
    ("Internal Monitoring (Standard 19)", [
        ("Set up documented internal monitoring procedures covering all areas of the food service, and keep "
         "records of the monitoring carried out. [The Standard \u2013 19.1 and 19.2]", [
            ("5.1", "Write an internal monitoring procedure and quarterly monitoring checklist, and record the "
                    "outcomes on the shared drive.",
             "Environmental Health Manager", "31/03/2025", "", "Not started"),
        ]),
    ]),
]


def make_rossendale():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Rossendale Borough Council").bold = True
    doc.add_heading(ROSS_TITLE, level=0)
    doc.add_paragraph("Environmental Health \u2013 Public Protection")
    doc.add_paragraph("Audit carried out: 5\u20137 March 2024. Audit report published: 12 June 2024.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Environmental Health Manager"),
                 ("Version", "3.0 (progress update)"),
                 ("Date", "10 February 2025"),
                 ("Approved by", "Head of Health, Housing and Regulatory Services"),
                 ("Next review", "May 2025")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "This action plan sets out the Council's response to the recommendations made by the Food Standards "
        "Agency following its audit of the food law enforcement service. Progress is reported to the Overview "
        "and Scrutiny Committee every six months.")
    doc.add_paragraph(
        "Status key: Complete \u2013 action fully implemented; On track \u2013 in progress and expected to meet "
        "the target date; At risk \u2013 target date may be missed (amber); Not started.")

    hdr = ["Ref", "Audit recommendation", "Planned improvement", "Lead officer", "Target date",
           "Action taken to date", "Status"]
    for heading, recs in ROSS_SECTIONS:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "BFBFBF")
        for rec, acts in recs:
            first = len(t.rows)
            for ref, act, lead, tgt, taken, status in acts:
                row = t.add_row()
                set_cell(row.cells[0], ref)
                set_cell(row.cells[2], act)
                set_cell(row.cells[3], lead)
                set_cell(row.cells[4], tgt)
                set_cell(row.cells[5], taken)
                set_cell(row.cells[6], status)
            last = len(t.rows) - 1
            if last > first:
                merged = t.cell(first, 1).merge(t.cell(last, 1))
                set_cell(merged, rec)
            else:
                set_cell(t.cell(first, 1), rec)
        doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the Council: Head of Health, Housing and Regulatory Services")
    doc.save(os.path.join(HERE, "kg2-rossendale-bc-fsa-food-law-enforcement-audit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Barnet Council - adult social care CQC assessment improvement plan (docx)
# ---------------------------------------------------------------------------
BARNET_TITLE = "Adult Social Care: CQC Local Authority Assessment \u2013 Improvement Plan 2025\u201326"

BARNET_THEMES = [
    ("Theme 1: Working with people",
     "People waited too long for Care Act assessments and occupational therapy assessments, and waiting "
     "lists were not always reviewed for risk.", [
         ("1.1", "Reduce the Care Act assessment waiting list to under 150 people, with no-one waiting more than "
                 "28 days, using a dedicated assessment team.",
          "Head of Service \u2013 Assessment and Review", "March 2026", "Amber"),
         ("1.2", "Introduce a monthly risk review of everyone waiting for an OT assessment, with welfare calls for "
                 "anyone waiting over six weeks.",
          "Principal Occupational Therapist", "Jul-25", "Green"),
         ("1.3", "Publish waiting times for assessments on the council website, updated quarterly.",
          "Head of Performance and Insight", "Sept 2025", "Not started"),
     ]),
    ("Theme 2: Providing support",
     "Unpaid carers told CQC they did not always know what support was available, and carers' assessments "
     "were not consistently offered.", [
         ("2.1", "Co-produce a refreshed Carers' Strategy with Barnet Carers Centre and carers' representatives.",
          "Ama Mensah & Tom Reilly", "Q3 2025/26", "Green"),
         ("2.2", "Make the offer of a carer's assessment a mandatory step in the Mosaic assessment workflow, with "
                 "a monthly audit of compliance.",
          "Principal Social Worker", "30/06/2025", "Red"),
     ]),
    ("Theme 3: How the local authority ensures safety within the system",
     "Moves from children's to adult services were not always planned early enough for young people with "
     "complex needs.", [
         ("3.1", "Set up a Preparing for Adulthood panel that reviews every young person with likely eligible "
                 "needs from age 16.",
          "Head of Preparing for Adulthood", "Oct 2025", "Green"),
         ("3.2", "Agree a joint transitions protocol between Family Services and Adult Social Care, signed off by "
                 "both Directors.",
          "Director of Adult Social Care and Director of Children's Social Care", "31/03/2025", "Complete"),
     ]),
    ("Theme 4: Leadership",
     "Performance information was not always used to drive improvement, and staff were not always aware "
     "of the council's priorities for adult social care.", [
         ("4.1", "Launch a monthly adult social care performance board chaired by the Executive Director, using a "
                 "single performance scorecard.",
          "Executive Director, Communities, Adults and Health", "Jan 2025", "Complete"),
         ("4.2", "Hold all-staff briefings and publish a 'plan on a page' for adult social care.",
          "Director of Adult Social Care", "Quarterly", "Green"),
     ]),
]

BARNET_RAG = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Complete": "5B9BD5"}


def make_barnet():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    r = p.add_run("London Borough of Barnet")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(BARNET_TITLE, level=0)
    doc.add_paragraph("Version 1.3 | Owner: Executive Director, Communities, Adults and Health | "
                      "Last updated 14 May 2025")
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "The Care Quality Commission (CQC) published its assessment of how Barnet meets its duties under Part 1 "
        "of the Care Act 2014 in February 2025. This plan sets out what we will do in response to the areas for "
        "improvement CQC identified. It is monitored monthly by the Adult Social Care Improvement Board and "
        "reported to the Adults and Health Overview and Scrutiny Sub-Committee.")
    doc.add_paragraph("RAG: Green \u2013 on track; Amber \u2013 some slippage; Red \u2013 off track; "
                      "Complete \u2013 delivered and evidenced.")
    for theme, finding, acts in BARNET_THEMES:
        doc.add_heading(theme, level=1)
        p = doc.add_paragraph()
        p.add_run("What CQC told us").bold = True
        doc.add_paragraph(finding)
        p = doc.add_paragraph()
        p.add_run("What we will do").bold = True
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["No.", "Action", "Lead", "Target", "RAG"]):
            set_cell(t.rows[0].cells[i], h, bold=True, size=10)
            shade(t.rows[0].cells[i], "D9D9D9")
        for ref, act, lead, tgt, rag in acts:
            row = t.add_row()
            for i, v in enumerate([ref, act, lead, tgt, rag]):
                set_cell(row.cells[i], v, size=10)
            if rag in BARNET_RAG:
                shade(row.cells[4], BARNET_RAG[rag])
    doc.add_heading("Version history", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Summary of changes"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
    for v in [("1.0", "March 2025", "First version agreed by ASC Improvement Board"),
              ("1.1", "April 2025", "Leads confirmed for Theme 2"),
              ("1.2", "April 2025", "Target for 1.1 moved to March 2026"),
              ("1.3", "May 2025", "May progress update")]:
        row = t.add_row()
        for i, x in enumerate(v):
            set_cell(row.cells[i], x, size=10)
    doc.save(os.path.join(HERE, "kg2-barnet-council-asc-cqc-assessment-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Falkirk IJB - annual audit report 2023/24 action plan (csv)
# ---------------------------------------------------------------------------
FALKIRK_ROWS = [
    ["Falkirk Integration Joint Board", "", "", "", "", "", "", "", ""],
    ["Annual Audit Report 2023/24 \u2013 Action Plan and follow-up of prior year recommendations",
     "", "", "", "", "", "", "", ""],
    ["Audit Committee, 13 June 2025", "", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", "", ""],
    ["No.", "Issue/risk", "Recommendation", "Agreed management action", "Responsible officer",
     "Agreed date", "Revised date", "Status", "Progress update"],
    ["2023/24 recommendations", "", "", "", "", "", "", "", ""],
    ["1", "Financial sustainability. The IJB faces a cumulative funding gap of \u00a320.3m over the next three "
          "years and general reserves are forecast to be used up in 2025/26.",
     "The IJB should develop a savings and recovery plan with identified, recurring savings to close the "
     "funding gap.",
     "A Medium Term Financial Plan with a savings programme will be presented to the IJB for approval. "
     "Savings proposals will be taken forward through the Strategic Planning Group.",
     "Chief Finance Officer", "31 March 2025", "30 September 2025", "Amber",
     "MTFP approved March 2025; \u00a36.2m of savings still to be identified."],
    ["2", "Directions. Directions issued to NHS Forth Valley and Falkirk Council do not clearly set out the "
          "services, budgets and outcomes expected.",
     "The IJB should review its Directions Policy so that directions are specific and can be monitored.",
     "A revised Directions Policy and template will be taken to the IJB, in line with Scottish Government "
     "statutory guidance. All directions from 1 April 2025 will use the new template.",
     "Chief Officer / Head of Strategic Planning", "December 2024", "", "Complete",
     "Policy approved by the IJB 6 December 2024."],
    ["3", "Performance reporting. Performance reports do not show trends or compare Falkirk with other areas.",
     "Performance reports should include trend data and benchmarking to support scrutiny.",
     "Performance reports to the IJB will include trend data and benchmarking against the Scotland "
     "average.\nThe Annual Performance Report 2024/25 will set out progress against each National Health "
     "and Wellbeing Outcome.",
     "Performance and Commissioning Manager", "31/07/2025", "", "Green",
     "New report format used from March 2025."],
    ["4", "Board development. Members have not carried out a self-assessment of the IJB's effectiveness.",
     "Members should complete an annual self-assessment and agree a development programme.",
     "A board self-assessment will be facilitated by the Improvement Service, with a development plan agreed "
     "by the IJB.",
     "Chief Officer", "Q2 2025/26", "", "Not started", ""],
    ["Follow-up of prior year recommendations (2022/23)", "", "", "", "", "", "", "", ""],
    ["b/f 1", "Workforce planning. There is no integrated workforce plan across the partnership.",
     "The IJB should agree an integrated workforce plan with its partners.",
     "An integrated workforce plan for 2025\u201328 will be developed with both partners and approved by the IJB.",
     "HR Business Partner (NHS Forth Valley) & HR Manager (Falkirk Council)", "31 March 2024", "31 March 2025",
     "Complete", "Plan approved by the IJB 28 March 2025."],
    ["b/f 2", "Risk management. The risk register does not show how risks are linked to the IJB's risk "
              "appetite.",
     "The risk management strategy should be refreshed and a risk appetite statement agreed.",
     "The IJB's risk management strategy will be refreshed and a risk appetite statement agreed by the IJB.",
     "Chief Finance Officer", "June 2024", "March 2026", "Amber",
     "Development session held; strategy redraft in progress."],
    ["", "", "", "", "", "", "", "", ""],
    ["Key: Green = on track; Amber = delayed, revised date agreed; Red = significant delay; Complete = action "
     "implemented", "", "", "", "", "", "", "", ""],
    ["Total recommendations: 6; complete: 2; in progress: 3; not started: 1", "", "", "", "", "", "", "", ""],
]


def make_falkirk():
    path = os.path.join(HERE, "kg2-falkirk-ijb-annual-audit-report-2023-24-action-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in FALKIRK_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Havant BC - separation programme highlight report (tab-separated text)
# ---------------------------------------------------------------------------
HAVANT_LINES = [
    "HAVANT BOROUGH COUNCIL",
    "Separation Programme \u2013 Highlight Report",
    "Reporting period: 1 September 2024 \u2013 31 October 2024",
    "Programme Board: 12 November 2024",
    "Senior Responsible Owner: Chief Executive",
    "Overall programme RAG: Amber (previous: Amber)",
    "",
    "Summary",
    "Good progress on governance and people workstreams. ICT disaggregation remains the main risk to a "
    "1 April 2025 separation date; a decision on phasing is needed from the Board.",
    "",
    "Milestones",
    "Workstream\tRef\tMilestone\tLead\tDue\tRAG\tCommentary",
    "Governance and Legal\tG1\tFull Council decision to end the shared management arrangement and approve the "
    "separation business case\tMonitoring Officer\tJul-24\tComplete\tApproved 24 July 2024.",
    "\tG2\tAgree and sign the Deed of Separation with East Hampshire District Council\tMonitoring Officer"
    "\t31/01/2025\tAmber\tDraft with EHDC legal; cost-sharing schedule not yet agreed.",
    "People and Organisation\tP1\tAppoint a permanent Havant-only Chief Executive\tLeader of the Council; Head "
    "of HR\tDec-24\tGreen\tInterviews 3 December.",
    "\tP2\tConsult staff on the Havant-only structure below Director level and issue at-risk letters where "
    "required\tHead of HR\t28/02/2025\tGreen\tConsultation launched 14 October; 46 staff in scope.",
    "ICT and Data\tI1\tSplit the shared Microsoft 365 tenancy and migrate Havant mailboxes and SharePoint sites"
    "\tICT Programme Manager\tMarch 2025\tRed\tSupplier cannot start until January; phased cut-over proposed.",
    "\tI2\tAgree a transitional service agreement for the revenues and benefits system\tHead of Revenues and "
    "Benefits / ICT Programme Manager\tQ4 2024/25\tAmber\tHeads of terms drafted.",
    "Finance\tF1\tSet up separate Havant bank accounts, payroll and financial ledger\tSection 151 Officer"
    "\t01/04/2025\tGreen\tBank accounts opened; payroll provider selected.",
    "\tF2\tReport separation costs and savings to Programme Board\tSection 151 Officer\tMonthly\tGreen"
    "\tOctober report shows one-off costs of \u00a3840k against \u00a31.1m budget.",
    "",
    "RAG key: Green \u2013 on track; Amber \u2013 at risk but recoverable; Red \u2013 off track, Board decision "
    "needed; Complete \u2013 delivered.",
    "",
    "Top risks",
    "- ICT disaggregation costs exceed the \u00a3350k allowed in the business case (score 16). Fixed-price quote "
    "requested.",
    "- Loss of key staff during consultation (score 12). Retention payments agreed for two posts.",
    "",
    "Decisions required from the Board",
    "1. Agree a phased ICT cut-over, with email and SharePoint moving after 1 April 2025.",
    "2. Note the revised date for the Deed of Separation.",
]


def make_havant():
    path = os.path.join(HERE, "kg2-havant-bc-separation-programme-highlight-report.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(HAVANT_LINES) + "\n")


if __name__ == "__main__":
    make_frome()
    make_cynefin()
    make_borders()
    make_rossendale()
    make_barnet()
    make_falkirk()
    make_havant()
    print("built 7 files in", HERE)
