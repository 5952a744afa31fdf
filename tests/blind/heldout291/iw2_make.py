"""Build the seven iw2- blind test files (set heldout291).

Run with /work/main/.venv/bin/python iw2_make.py ; files are written beside this script.
"""
import csv
import datetime as dt
import os

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers
RAGFILL = {
    "B": "FF0070C0",
    "G": "FF00B050",
    "A": "FFFFC000",
    "R": "FFFF0000",
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcolor):
    return PatternFill(fill_type="solid", fgColor=hexcolor, bgColor=hexcolor)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put_row(ws, r, values, fmt=None, bold=False, border=True):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if border:
            cell.border = BOX
        if bold:
            cell.font = Font(bold=True)
        if isinstance(v, dt.datetime):
            cell.number_format = (fmt or {}).get(c, "dd/mm/yyyy")


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def landscape(document):
    sec = document.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.font.bold = True


# ------------------------------------------------- 1. Nottinghamshire ASC CQC
def notts():
    title = "CQC Local Authority Assessment: Adult Social Care Improvement Plan 2025/26"
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Nottinghamshire County Council"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Adult Social Care and Health"
    cover["A4"] = title
    cover["A4"].font = Font(bold=True, size=16)
    cover["A6"] = "Document control"
    cover["A6"].font = Font(bold=True)
    put_row(cover, 7, ["Version", "Date", "Author", "Summary of changes"], bold=True)
    put_row(cover, 8, ["0.3", d(2025, 2, 14), "Group Manager, Quality and Improvement",
                       "Draft following publication of the CQC assessment report"])
    put_row(cover, 9, ["1.0", d(2025, 3, 3), "Group Manager, Quality and Improvement",
                       "Approved by ASCH Departmental Leadership Team"])
    put_row(cover, 10, ["1.1", d(2025, 6, 30), "Group Manager, Quality and Improvement",
                        "Quarter 1 progress update; action 3.2 added"])
    cover["A12"] = "RAG key"
    cover["A12"].font = Font(bold=True)
    key = [("B", "Complete"),
           ("G", "On track to deliver by the target date"),
           ("A", "Some slippage – recoverable within the quarter"),
           ("R", "Off track – revised date or escalation required")]
    for i, (k, txt) in enumerate(key):
        r = 13 + i
        put_row(cover, r, [k, txt])
        cover.cell(row=r, column=1).fill = fill(RAGFILL[k])
    for col, w in zip("ABCD", (12, 16, 40, 60)):
        cover.column_dimensions[col].width = w

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress – June 2025"
    summ["A1"].font = Font(bold=True, size=13)
    put_row(summ, 3, ["Theme", "No. of actions", "Blue", "Green", "Amber", "Red", "Not rated"], bold=True)
    srows = [
        ("Theme 1: Working with people", 4, 0, 3, 1, 0, 0),
        ("Theme 2: Providing support", 2, 1, 0, 0, 1, 0),
        ("Theme 3: How the local authority ensures safety within the system", 2, 0, 1, 0, 0, 1),
        ("Theme 4: Leadership", 2, 0, 1, 1, 0, 0),
        ("Total", 10, 1, 5, 2, 1, 1),
    ]
    for i, row in enumerate(srows):
        put_row(summ, 4 + i, list(row), bold=(row[0] == "Total"))
    summ.column_dimensions["A"].width = 62

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Nottinghamshire County Council – Adult Social Care and Health | Position as at 30 June 2025 | "
                "Plan owner: Corporate Director, Adult Social Care and Health")
    ws.merge_cells("A2:I2")
    put_row(ws, 4, ["Ref", "Area for improvement (CQC finding)", "Action", "Lead officer(s)",
                    "Original target date", "Revised target date", "Previous RAG (Mar 25)",
                    "Current RAG (Jun 25)", "Progress update"], bold=True)
    for c in range(1, 10):
        ws.cell(row=4, column=c).fill = fill("FF1F4E78")
        ws.cell(row=4, column=c).font = Font(bold=True, color="FFFFFFFF")

    MY = "mmm-yy"
    themes = [
        ("Theme 1: Working with people", [
            ("Waiting times for Care Act assessments in the Adult Access Service and some community teams "
             "were too long, and people were not always kept informed while they waited.", [
                ("1.1", "Introduce a single waiting list framework with a 'waiting well' contact at least every "
                        "four weeks for everyone awaiting a Care Act assessment.",
                 "Group Manager, Adult Access Service", d(2025, 6, 30), None, "A", "G",
                 "Framework live from 2 June 2025; first 'waiting well' contacts completed."),
                ("1.2", "Report waiting times by team monthly to the Departmental Leadership Team and agree "
                        "recovery trajectories for the three teams with the longest waits.",
                 "Service Director, Living Well / Head of Performance", "Sept 2025", None, "G", "G",
                 "Monthly report in place since April; trajectories agreed for two of the three teams."),
            ]),
            ("Unpaid carers told us it was hard to get a carer's assessment and they did not always know "
             "what support was available.", [
                ("1.3", "Re-commission the Carers Hub with a new outcomes framework, including a target of "
                        "1,200 carers' assessments in 2025/26.",
                 "Commissioning Manager (Carers)", d(2026, 3, 31), None, "G", "G",
                 "Tender evaluation complete; new contract starts 1 October 2025."),
                ("1.4", "Co-produce a carers' information offer with the Carers Reference Group and launch it "
                        "on Notts Help Yourself.",
                 "Head of Co-production; Carers Lead", d(2025, 7, 31), d(2025, 10, 31), "A", "A",
                 "Content drafted; launch moved to October to coincide with the new Carers Hub."),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("The local authority had limited assurance about the quality of some home care providers, and "
             "there were gaps in provision in rural areas such as Bassetlaw and Newark and Sherwood.", [
                ("2.1", "Implement the Provider Quality Dashboard and RAG-rate every contracted home care "
                        "provider each quarter.",
                 "Group Manager, Quality and Market Management", d(2025, 4, 30), None, "G", "B",
                 "Dashboard live; Q1 ratings reported to the Quality and Market Management Board."),
                ("2.2", "Add a rural lot to the home care framework for Bassetlaw and Newark and Sherwood, with "
                        "an enhanced rate for travel time.",
                 "Commissioning Manager (Home Care)", d(2025, 12, 31), "March 2026", "A", "R",
                 "Procurement paused pending the budget decision on enhanced rates; escalated to DLT."),
            ]),
        ]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("Transitions for young people moving from children's to adult services were not always timely, "
             "and planning did not start early enough.", [
                ("3.1", "Agree a joint Preparing for Adulthood protocol with Children and Families so that "
                        "transition planning starts at age 14.",
                 "Principal Social Worker (Adults) and Head of Service (Transitions)", d(2025, 10, 31), None,
                 "A", "G", "Protocol drafted and agreed in principle by both departmental leadership teams."),
                ("3.2", "Audit 40 transitions cases and report the findings to the Safeguarding Adults Board "
                        "Quality and Performance subgroup.",
                 "Principal Social Worker (Adults)", "Q3 2025/26", None, None, None,
                 "New action – audit scheduled for October 2025."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Some staff were not clear about the department's priorities and told us they did not always "
             "feel listened to by senior leaders.", [
                ("4.1", "Hold quarterly 'Meet the Director' sessions in every locality and publish a 'You said, "
                        "we did' summary after each round.",
                 "Corporate Director, Adult Social Care and Health", "Ongoing", None, "G", "G",
                 "Round 2 completed in May 2025; summary published on the intranet."),
                ("4.2", "Refresh the ASCH workforce strategy, including a career pathway for social care "
                        "practitioners and occupational therapists.",
                 "Workforce Development Manager", d(2025, 9, 30), d(2025, 12, 31), "G", "A",
                 "Staff survey results delayed the engagement phase; new date agreed by DLT."),
            ]),
        ]),
    ]
    r = 5
    for theme, afis in themes:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = fill("FFDDEBF7")
        r += 1
        for afi, actions in afis:
            first = r
            for (ref, act, lead, orig, rev, prev, cur, upd) in actions:
                fmt = {5: "dd/mm/yyyy", 6: "dd/mm/yyyy"}
                if ref in ("1.4", "2.2"):
                    fmt = {5: MY, 6: MY}
                put_row(ws, r, [ref, afi if r == first else None, act, lead, orig, rev, prev, cur, upd], fmt=fmt)
                for col, v in ((7, prev), (8, cur)):
                    if v:
                        ws.cell(row=r, column=col).fill = fill(RAGFILL[v])
                        ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Action 3.2 was added by the ASCH Improvement Board on 11 June 2025. "
                                   "Previous RAG is the position reported to the Board at 31 March 2025.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for col, w in zip("ABCDEFGHI", (7, 42, 50, 30, 13, 13, 11, 11, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, "iw2-nottinghamshire-county-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ------------------------------------------------- 2. Cumbria custody
def cumbria():
    wb = Workbook()
    ws = wb.active
    ws.title = "Causes of concern"
    ws["A1"] = "Cumbria Constabulary"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Joint Inspection of Police Custody (HMICFRS / HM Inspectorate of Prisons) – Action Plan"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Strategic lead: Superintendent, Criminal Justice and Custody     Last updated: 02/09/2024"
    hdr = ["Ref", "Cause of concern / recommendation", "Action", "Action owner", "Target date",
           "Revised date", "Status", "Update"]
    put_row(ws, 5, hdr, bold=True)
    for c in range(1, 9):
        ws.cell(row=5, column=c).fill = fill("FFD9D9D9")

    def banner(sheet, r, text, color):
        sheet.cell(row=r, column=1, value=text).font = Font(bold=True)
        sheet.cell(row=r, column=1).alignment = WRAP
        sheet.cell(row=r, column=1).fill = fill(color)
        sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        sheet.row_dimensions[r].height = 32

    banner(ws, 6, "Cause of concern 1: Governance of the use of force in custody was weak. Data was incomplete, "
                  "and the force could not show that all force used on detainees was justified, proportionate "
                  "and necessary.", "FFF4B084")
    banner(ws, 7, "Recommendation 1: The force should strengthen its governance of the use of force in custody "
                  "so that it can assure itself that all force used is justified, proportionate and necessary.",
           "FFFCE4D6")
    put_row(ws, 8, ["R1.1", None, "Make a use of force form mandatory for every custody incident before the "
                    "officer goes off duty, and report compliance monthly to the Custody Governance Board.",
                    "Chief Inspector, Custody", d(2024, 11, 30), None, "Complete",
                    "Mandatory field added to the custody system on 4 November 2024; compliance 96% in November."])
    put_row(ws, 9, ["R1.2", None, "Custody inspectors to dip sample ten use of force incidents on CCTV each "
                    "month and share the learning through the custody bulletin.",
                    "Custody Inspectors", "Jan-25", None, "Green",
                    "Dip sampling started in August; first bulletin issued."])
    banner(ws, 10, "Cause of concern 2: Some detainees with mental health needs were held in custody for too long "
                   "while they waited for a Mental Health Act assessment, and partnership arrangements had not "
                   "resolved this.", "FFF4B084")
    banner(ws, 11, "Recommendation 2: The force and its partners should make sure that detainees who need a Mental "
                   "Health Act assessment receive it promptly, and that people detained under section 136 are not "
                   "taken to police custody.", "FFFCE4D6")
    put_row(ws, 12, ["R2.1", None, "Agree an escalation protocol with Cumbria, Northumberland, Tyne and Wear NHS "
                     "Foundation Trust and both councils' AMHP services for any Mental Health Act assessment not "
                     "started within three hours.",
                     "Superintendent, Criminal Justice and Custody", d(2025, 1, 31), d(2025, 4, 30), "Amber",
                     "Draft protocol with the trust's legal team; revised date agreed at the Crisis Care Concordat."])
    put_row(ws, 13, ["R2.2", None, "Record every delay of more than three hours on the custody system and review "
                     "the cases at the monthly Crisis Care Concordat meeting.",
                     "Custody Sergeants / Mental Health Liaison Officer", "Ongoing", None, "Green",
                     "Delays recorded since July 2024; reviewed at each meeting."])
    put_row(ws, 14, ["R2.3", None, "Report quarterly delay data to the Cumberland and the Westmorland and Furness "
                     "Health and Wellbeing Boards.",
                     "Assistant Chief Constable", "Q4 2024/25", None, "Green",
                     "First report scheduled for the March 2025 board cycle."])
    for col, w in zip("ABCDEFGH", (8, 30, 55, 30, 12, 12, 11, 45)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Areas for improvement")
    ws2["A1"] = "Areas for improvement"
    ws2["A1"].font = Font(bold=True, size=13)
    put_row(ws2, 3, ["Ref", "Area for improvement", "Action", "Action owner", "Target date", "Revised date",
                     "Status", "Update"], bold=True)
    for c in range(1, 9):
        ws2.cell(row=3, column=c).fill = fill("FFD9D9D9")
    banner(ws2, 4, "Leadership, accountability and partnerships", "FFDDEBF7")
    put_row(ws2, 5, ["AFI 1", "The force should make sure that all custody staff complete regular refresher "
                     "training in first aid and in the use of anti-ligature tools.",
                     "Add first aid and anti-ligature refreshers to the annual custody CPD day and monitor "
                     "completion through the training database.",
                     "Custody Training Lead", d(2025, 3, 31), None, "Complete",
                     "Included in the 2024/25 CPD programme; 94% of staff completed."])
    banner(ws2, 6, "In the custody suite: booking in, individual needs and legal rights", "FFDDEBF7")
    put_row(ws2, 7, ["AFI 2", "The force should protect detainees' privacy when they are booked in.",
                     "Fit privacy screens to the booking-in desks at Durranhill and Barrow, and use the side "
                     "booking room for sensitive disclosures.",
                     "Estates Manager and Chief Inspector, Custody", "March 2025", "June 2025", "Amber",
                     "Screens ordered; installation at Durranhill delayed by the refurbishment programme."])
    put_row(ws2, 8, ["AFI 3", "The force should make sure that detainees who do not speak English are given "
                     "information about their rights in a language they understand.",
                     "Load translated rights and entitlements notices in the 20 most-used languages onto the "
                     "custody system and audit their use quarterly.",
                     "Custody Business Support Manager", d(2024, 12, 31), None, "Complete",
                     "Notices loaded in December 2024; first audit completed."])
    banner(ws2, 9, "Release and transfer from custody", "FFDDEBF7")
    put_row(ws2, 10, ["AFI 4", "Pre-release risk assessments should address each detainee's needs on release, "
                      "including housing, transport and safeguarding.",
                      "Revise the pre-release risk assessment template and brief all custody sergeants on its use.",
                      "Chief Inspector, Custody", d(2025, 6, 30), None, "Not started",
                      "Awaiting the national template from the College of Policing."])
    ws2["A12"] = "Total areas for improvement: 4     Complete: 2     Amber: 1     Not started: 1"
    ws2["A12"].font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (8, 45, 55, 30, 12, 12, 11, 45)):
        ws2.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "iw2-cumbria-constabulary-custody-inspection-action-plan.xlsx"))


# ------------------------------------------------- 3. Surrey IA tracker (refuse)
def surrey():
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = "Internal Audit – High Priority Actions: Summary at 31 May 2025"
    summ["A1"].font = Font(bold=True, size=13)
    put_row(summ, 3, ["Audit", "Opinion", "High priority actions", "Implemented", "Outstanding"], bold=True)
    rows = [
        ("Pension Fund Administration", "Partial Assurance", 3, 1, 2),
        ("Direct Payments", "Partial Assurance", 2, 0, 2),
        ("Home to School Transport – Contract Management", "Partial Assurance", 1, 0, 1),
        ("Cyber Security – Privileged Access", "Reasonable Assurance", 1, 0, 1),
        ("Highways Term Maintenance Contract", "Partial Assurance", 2, 1, 1),
        ("Total", None, 9, 2, 7),
    ]
    for i, row in enumerate(rows):
        put_row(summ, 4 + i, list(row), bold=(row[0] == "Total"))
    summ.column_dimensions["A"].width = 48
    summ.column_dimensions["B"].width = 22

    ws = wb.create_sheet("High Priority Actions")
    ws["A1"] = "Surrey County Council"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internal Audit – Outstanding High Priority Actions"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Audit and Governance Committee, 16 June 2025"
    put_row(ws, 5, ["Audit", "Year", "Opinion", "Action No.", "Agreed action", "Responsible officer",
                    "Original target date", "Revised target date", "Status", "Management update"], bold=True)
    for c in range(1, 11):
        ws.cell(row=5, column=c).fill = fill("FF305496")
        ws.cell(row=5, column=c).font = Font(bold=True, color="FFFFFFFF")
    data = [
        ("Pension Fund Administration", "2024/25", "Partial Assurance", 1,
         "Clear the backlog of aggregation cases and introduce a weekly report of case ages to the Pensions "
         "Administration management team.",
         "Head of Pensions Administration", d(2025, 3, 31), d(2025, 9, 30), "Amber",
         "Backlog reduced from 2,140 to 890 cases; additional temporary staff in post until September."),
        (None, None, None, 2,
         "Reconcile the pensions payroll to the general ledger each month, with the reconciliation reviewed and "
         "signed off by a senior accountant.",
         "Head of Pensions Administration", d(2025, 1, 31), d(2025, 6, 30), "Green",
         "Reconciliations completed for March and April; sign-off process being documented."),
        ("Direct Payments", "2024/25", "Partial Assurance", 1,
         "Recover unspent direct payment balances above £2,000 following each annual review.",
         "Assistant Director, Adult Social Care Finance", d(2025, 6, 30), None, "Green",
         "Recovery letters issued for 64 accounts; £412k recovered to date."),
        (None, None, None, 2,
         "Complete an annual review for every direct payment recipient and record it on the adult social care "
         "case management system.",
         "Head of Locality Teams", d(2025, 3, 31), "0ct-2025", "Amber",
         "71% of reviews completed; remaining reviews allocated to the review team."),
        ("Home to School Transport – Contract Management", "2024/25", "Partial Assurance", 1,
         "Introduce monthly contract monitoring meetings with the ten largest transport operators, with "
         "performance data recorded on the contract management system.",
         "Head of Transport Coordination", d(2025, 4, 30), d(2025, 7, 31), "Amber",
         "Meetings in place with seven operators."),
        ("Cyber Security – Privileged Access", "2023/24", "Reasonable Assurance", 1,
         "Remove standing domain administrator rights and move all privileged accounts to the privileged access "
         "management tool.",
         "Chief Information Security Officer", d(2024, 12, 31), d(2025, 8, 31), "Red",
         "Tool procured; migration of service accounts outstanding."),
        ("Highways Term Maintenance Contract", "2023/24", "Partial Assurance", 2,
         "Carry out a sample check of contractor invoices against completed works orders each quarter.",
         "Highways Commercial Manager", d(2024, 9, 30), d(2025, 6, 30), "Green",
         "Q4 sample completed; no exceptions found."),
    ]
    for i, row in enumerate(data):
        put_row(ws, 6 + i, list(row), fmt={7: "dd/mm/yyyy", 8: "dd/mm/yyyy"})
    ws["A14"] = ("Status reflects management's self-assessment. Internal Audit will verify implementation at "
                 "follow-up.")
    ws["A14"].font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", (34, 9, 20, 9, 55, 34, 13, 13, 10, 45)):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(os.path.join(HERE, "iw2-surrey-county-council-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ------------------------------------------------- 4. West Lothian CLD (docx)
def west_lothian():
    doc = docx.Document()
    landscape(doc)
    p = doc.add_paragraph("West Lothian Council")
    p.runs[0].font.bold = True
    doc.add_paragraph("Community Learning and Development Inspection: Improvement Action Plan 2024–2025",
                      style="Title")
    doc.add_paragraph("Education Scotland: Inspection of Community Learning and Development in West Lothian")
    doc.add_paragraph(
        "HM Inspectors visited West Lothian in January 2024 to evaluate the quality of community learning and "
        "development (CLD) leadership and provision. The report, published in March 2024, identified a number "
        "of strengths and three areas for development. This plan sets out how the council and its CLD partners "
        "will respond. Progress is reported to the West Lothian CLD Partnership and to the Education, Culture "
        "and Sport Policy Development and Scrutiny Panel.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Author", "Status")):
        c.text = h
    bold_row(t.rows[0])
    for v in (("1.0", "25/04/2024", "CLD Manager", "Approved by CLD Partnership"),
              ("1.1", "14/10/2024", "CLD Manager", "Six-month progress update"),
              ("1.2", "12/05/2025", "CLD Manager", "Annual progress update")):
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for color, meaning in (("0070C0", "Complete"), ("00B050", "On track"),
                           ("FFC000", "Some delay – action in hand"), ("FF0000", "Significant delay or at risk")):
        cells = k.add_row().cells
        shade(cells[0], color)
        cells[1].text = meaning

    hdr = ("Ref", "Action", "Lead officer", "Key partners", "Timescale", "RAG", "Progress to date (May 2025)")
    colours = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    def plan_table(rows):
        tb = doc.add_table(rows=1, cols=len(hdr))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, hdr):
            c.text = h
            shade(c, "D9E2F3")
        bold_row(tb.rows[0])
        for ref, act, lead, partners, when, rag, prog in rows:
            cells = tb.add_row().cells
            for i, x in enumerate((ref, act, lead, partners, when, "", prog)):
                cells[i].text = x
            shade(cells[5], colours[rag])
        return tb

    doc.add_heading("1. How good is the strategic leadership of community learning and development?", level=1)
    doc.add_heading("Area for development 1: Strategic partners should increase the involvement of learners, "
                    "volunteers and community organisations in planning, decision-making and evaluation of the "
                    "CLD Plan.", level=2)
    plan_table([
        ("1.1", "Establish a CLD Learner Voice Forum with representation from youth work, adult learning and "
                "community groups, meeting at least three times a year.",
         "CLD Manager", "Voluntary Sector Gateway West Lothian; West Lothian Youth Congress", "June 2024", "B",
         "Forum launched on 19 June 2024 with 26 members; three meetings held."),
        ("1.2", "Co-opt two learner representatives onto the CLD Partnership and provide them with induction "
                "and support.",
         "Community Planning Partnership Manager", "Learner Voice Forum", "October 2024", "B",
         "Two representatives attended from the November 2024 meeting."),
        ("1.3", "Co-produce the evaluation framework for the CLD Plan 2024–27 with learners and community "
                "organisations.",
         "Adult Learning Team Leader / Youth Services Manager", "West Lothian College; community councils",
         "By 31 March 2025", "A",
         "Framework drafted; learner workshops moved to May 2025 because of venue availability."),
    ])
    doc.add_heading("2. How good is the learning and development in this community?", level=1)
    doc.add_heading("Area for development 2: Partners should make better use of data to show the impact of CLD "
                    "on outcomes for learners across West Lothian.", level=2)
    plan_table([
        ("2.1", "Introduce a shared outcomes dataset for all CLD partners, aligned to the national CLD "
                "indicators.",
         "Performance and Improvement Officer", "All CLD Partnership members", "April 2024 – March 2025", "R",
         "Dataset agreed but not yet in use; data-sharing agreement with partners still outstanding."),
        ("2.2", "Publish an annual CLD impact report for learners, partners and elected members.",
         "CLD Manager", "", "September 2025", "G",
         "Template agreed; case studies being gathered from partners."),
    ])
    doc.add_heading("Area for development 3: Partners should widen the range of accredited learning for adults, "
                    "including ESOL, in Blackburn and Whitburn.", level=2)
    plan_table([
        ("3.1", "Deliver SQA-accredited ESOL classes at Blackburn Partnership Centre from August 2024.",
         "Adult Learning Team Leader", "West Lothian College", "August 2024", "B",
         "Two ESOL classes running; 18 learners gained SQA units in 2024/25."),
        ("3.2", "Map adult learning provision in the Whitburn area and agree a joint timetable with West Lothian "
                "College so that courses do not overlap.",
         "Adult Learning Team Leader", "West Lothian College; Whitburn Community Development Trust", "Ongoing",
         "G", "Mapping complete; joint timetable in place for session 2025/26."),
    ])
    doc.add_paragraph("Next review of this plan: November 2025.")
    doc.save(os.path.join(HERE, "iw2-west-lothian-council-education-scotland-cld-inspection-action-plan.docx"))


# ------------------------------------------------- 5. Pobl Group regulatory judgement (docx)
def pobl():
    doc = docx.Document()
    landscape(doc)
    doc.add_paragraph("Pobl Group Regulatory Improvement Plan", style="Title")
    doc.add_paragraph("Response to the Regulatory Judgement issued by the Welsh Government Housing Regulation Team")
    doc.add_paragraph("Version 3 – progress at 31 March 2025 – reported to Group Board, 24 April 2025")

    doc.add_heading("Regulatory judgement", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Area", "Judgement", "What this means")):
        c.text = h
    bold_row(t.rows[0])
    for area, j, m, col in (
            ("Governance (including tenant services)", "Non-compliant: Amber",
             "The association partially meets the regulatory standards and is unlikely to achieve the required "
             "improvements without regulatory intervention.", "FFC000"),
            ("Financial viability", "Compliant: Green",
             "The association meets the regulatory standards and will receive routine regulatory oversight.",
             "00B050")):
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = area, j, m
        shade(cells[1], col)

    doc.add_heading("Improvement actions", level=2)
    doc.add_paragraph("Status key: Complete; On track; Amber – behind plan but recoverable; Red – at risk of "
                      "not being delivered; Not started.")
    hdr = ("Ref", "Regulatory concern", "Action", "Executive lead", "Oversight", "Target completion", "Status")
    tb = doc.add_table(rows=1, cols=len(hdr))
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, hdr):
        c.text = h
        shade(c, "1F3864")
    bold_row(tb.rows[0])

    def theme(text):
        row = tb.add_row()
        m = row.cells[0].merge(row.cells[-1])
        m.text = text
        shade(m, "D9E2F3")
        for run in m.paragraphs[0].runs:
            run.font.bold = True

    def actions(concern, rows):
        first_idx = len(tb.rows)
        for ref, act, lead, over, when, status in rows:
            cells = tb.add_row().cells
            cells[0].text = ref
            for i, x in ((2, act), (3, lead), (4, over), (5, when)):
                parts = x.split("\n")
                cells[i].text = parts[0]
                for extra in parts[1:]:
                    cells[i].add_paragraph(extra)
            cells[6].text = status
        top = tb.cell(first_idx, 1)
        bottom = tb.cell(len(tb.rows) - 1, 1)
        merged = top.merge(bottom) if len(tb.rows) - 1 > first_idx else top
        merged.text = concern

    theme("1. Governance and board assurance")
    actions("The board has not received robust and timely assurance on key risks, including landlord health and "
            "safety compliance.", [
                ("1.1", "Commission an independent review of governance and leadership, and share the findings "
                        "and the board's response with the Regulator.",
                 "Group Chief Executive", "Group Board", "31 January 2025", "Complete"),
                ("1.2", "Refresh the board skills matrix and recruit two board members with expertise in assets "
                        "and building safety.",
                 "Company Secretary", "Nominations and Remuneration Committee", "June 2025", "On track"),
            ])
    theme("2. Landlord health and safety compliance")
    actions("The association could not demonstrate compliance with fire, electrical and water safety "
            "requirements across all of its homes.", [
                ("2.1", "Cleanse the asset register and reconcile it to the compliance system for all six "
                        "compliance areas.",
                 "Director of Assets", "Group Audit and Risk Committee", "December 2024", "Complete"),
                ("2.2", "Clear the backlog of overdue fire risk assessment actions, starting with high-risk "
                        "actions in supported housing schemes.\nReport progress to each meeting of the Group "
                        "Audit and Risk Committee.",
                 "Director of Assets; Head of Building Safety", "Group Audit and Risk Committee",
                 "30 June 2025\nRevised: 30 September 2025", "Amber"),
                ("2.3", "Complete electrical installation condition reports (EICRs) for every home where the "
                        "certificate is more than five years old.",
                 "Head of Building Safety", "Group Audit and Risk Committee", "March 2025", "Complete"),
            ])
    theme("3. Tenant voice and complaints")
    actions("Tenants' views are not used consistently to shape services or to hold the board to account.", [
        ("3.1", "Establish a Tenant Scrutiny Panel that reports directly to the Customer Services Committee.",
         "Director of Customer Experience", "Customer Services Committee", "Quarter 4 2024/25", "On track"),
        ("3.2", "Publish tenant satisfaction measures and complaints performance every quarter on the website, in "
                "Welsh and English.",
         "Head of Insight and Performance", "Customer Services Committee", "Quarterly", "On track"),
        ("3.3", "Review the complaints policy against the Public Services Ombudsman for Wales model complaints "
                "policy.",
         "Head of Customer Services", "Customer Services Committee", "31/05/2025", "Not started"),
    ])
    doc.add_paragraph("Progress against this plan is discussed with the Regulator at quarterly regulatory "
                      "meetings. Completed actions will be removed from the next version of the plan.")
    doc.save(os.path.join(HERE, "iw2-pobl-group-regulatory-judgement-improvement-plan.docx"))


# ------------------------------------------------- 6. East Lothian annual audit report (csv)
def east_lothian():
    n = 10
    pad = lambda first: [first] + [""] * (n - 1)
    rows = [
        pad("East Lothian Council – Annual Audit Report 2023/24: Action Plan and Follow-up of Prior Year "
            "Recommendations"),
        pad("Position at 31 May 2025 – reported to Audit and Governance Committee, 17 June 2025"),
        [""] * n,
        ["No.", "Year", "Issue/risk", "Recommendation", "Agreed management action", "Responsible officer",
         "Agreed date", "Revised date", "RAG", "Progress update"],
        ["1", "2023/24", "Financial sustainability",
         "The council should update its medium-term financial strategy to show how the projected budget gap of "
         "£35.6 million over the five years to 2029/30 will be closed, including the savings required in each year.",
         "The Medium Term Financial Strategy 2025–2030 will be updated and presented to Council alongside the "
         "2025/26 budget, with savings proposals identified for each year.",
         "Executive Director for Council Resources", "February 2025", "", "B",
         "MTFS approved by Council on 25 February 2025."],
        ["2", "2023/24", "Financial sustainability",
         "Savings from the transformation programme should be monitored against targets, and any shortfall "
         "reported promptly to elected members.",
         "The Transformation Programme Board will monitor delivery of savings monthly, with exceptions reported "
         "to the Council Management Team and quarterly to Cabinet.",
         "Head of Finance / Service Manager - Corporate Planning", "31/03/2025", "", "B",
         "Monthly savings tracker in place since January 2025."],
        ["3", "2023/24", "Capital programme",
         "The council should review how it phases the capital programme, as 31% of the 2023/24 capital budget "
         "slipped into future years.",
         "Capital project managers will submit revised cash-flow profiles at each quarterly monitoring point.",
         "Head of Finance", "September 2025", "", "G",
         "Revised profiling template issued to project managers in April 2025."],
        ["", "", "", "",
         "Phasing assumptions will be challenged by the Capital Strategy Group before the 2026/27 budget is set.",
         "", "", "", "", ""],
        ["4", "2023/24", "Workforce",
         "The council should develop a workforce plan that addresses the recruitment and retention risks "
         "identified in care at home and in teaching.",
         "A council-wide Workforce Plan 2025–2028 will be prepared, with service workforce plans for Health and "
         "Social Care and for Education.",
         "Head of Corporate Support", "December 2025", "", "G",
         "Draft plan to Council Management Team in September 2025."],
        ["5", "2023/24", "Best Value",
         "The council should publish a self-assessment of its performance against the Best Value themes and use "
         "it to inform the Council Improvement Plan.",
         "A Best Value self-assessment will be carried out with elected members and published, and the Council "
         "Improvement Plan updated to reflect the findings.",
         "Chief Executive", "June 2025", "October 2025", "A",
         "Member workshops held in May 2025; publication moved to October to align with the Council Plan refresh."],
        ["6", "2022/23", "Internal controls",
         "Management should strengthen the authorisation of journals so that all journals above £100,000 are "
         "independently reviewed before posting.",
         "System-enforced segregation of duties for journals above £100,000 will be introduced as part of the "
         "new finance system.",
         "Finance Systems Manager", "31/03/2024", "30/06/2025", "R",
         "Go-live of the new finance system moved to August 2025; interim manual review in place.\n"
         "A further extension will be requested."],
        ["7", "2022/23", "Climate change",
         "The council should report regularly on its progress towards its net zero targets.",
         "An annual report on progress against the Climate Change Strategy targets will be presented to Cabinet.",
         "Sustainability and Climate Change Officer", "Annually", "", "G",
         "2023/24 report presented to Cabinet in November 2024."],
        [""] * n,
        pad("RAG: B = complete; G = on track; A = some slippage against agreed date; R = overdue"),
        pad("Total recommendations: 7 (B 2, G 3, A 1, R 1)"),
    ]
    with open(os.path.join(HERE, "iw2-east-lothian-council-annual-audit-report-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ------------------------------------------------- 7. Elmbridge risk register (txt, tab separated)
def elmbridge():
    lines = [
        "Elmbridge Borough Council",
        "Corporate Risk Register – Quarter 2 2025/26 (July to September 2025)",
        "Exported from Pentana Risk on 13/10/2025",
        "",
        "\t".join(["Risk Ref", "Risk", "Risk Owner", "Current Score", "Target Score", "Action Ref",
                   "Mitigating Action", "Action Owner", "Due Date", "Action RAG", "Latest Note"]),
    ]
    rows = [
        ["CR01", "Financial sustainability: the council is unable to set a balanced budget over the medium term",
         "Chief Finance Officer (S151)", "16", "9", "CR01.1",
         "Deliver the £1.2m of savings in the 2025/26 Financial Resilience Programme",
         "Strategic Director – Corporate", "31/03/2026", "Amber",
         "£0.8m delivered or on track; car parking income below budget."],
        ["", "", "", "", "", "CR01.2",
         "Review fees and charges for 2026/27 and benchmark them against other Surrey districts",
         "Head of Finance", "Dec-25", "Green", "Benchmarking under way."],
        ["CR02", "Cyber security: a successful cyber attack disrupts council services and compromises data",
         "Head of ICT", "15", "10", "CR02.1",
         "Complete the migration of the remaining on-premises servers to the cloud hosting platform",
         "ICT Infrastructure Manager", "30/11/2025", "Green", "14 of 18 servers migrated."],
        ["", "", "", "", "", "CR02.2",
         "Run a cyber incident exercise with the Corporate Management Board",
         "Head of ICT / Emergency Planning Officer", "Q3 2025/26", "Complete",
         "Exercise held on 24 September 2025; lessons log created."],
        ["CR03", "Housing and homelessness: demand for temporary accommodation exceeds supply and budget",
         "Head of Housing", "20", "12", "CR03.1",
         "Acquire 20 additional units of council-owned temporary accommodation through the Local Authority "
         "Housing Fund",
         "Housing Development Manager", "March 2026", "Red",
         "Nine units acquired; purchase prices above the grant cap for the remainder."],
        ["", "", "", "", "", "CR03.2",
         "Extend the homelessness prevention fund to private rented sector tenants at risk of eviction",
         "Housing Options Manager", "Ongoing", "Green", "42 households helped in Q2."],
        ["CR04", "Local government reorganisation: service disruption and loss of capacity during the move to a "
                 "new unitary council",
         "Chief Executive", "16", "12", "CR04.1",
         "Set up an LGR programme board and resource plan with the other Surrey districts and boroughs",
         "Chief Executive", "31/10/2025", "Complete", "Programme board met for the first time on 2 September."],
        ["", "", "", "", "", "CR04.2",
         "Agree a staff engagement and retention plan for the transition period",
         "Head of HR & Organisational Development", "January 2026", "Not started",
         "Awaiting the Government's decision on the Surrey unitary model."],
    ]
    lines += ["\t".join(r) for r in rows]
    lines += [
        "",
        "Scores are likelihood x impact (1 to 5 each); the target score is the score expected once all actions "
        "are complete.",
        "Action RAG: Green = on track; Amber = at risk of missing the due date; Red = overdue or will not be met; "
        "Complete = action closed.",
        "8 actions: Complete 2, Green 3, Amber 1, Red 1, Not started 1",
    ]
    with open(os.path.join(HERE, "iw2-elmbridge-bc-corporate-risk-register-q2-2025-26.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    notts()
    cumbria()
    surrey()
    west_lothian()
    pobl()
    east_lothian()
    elmbridge()
    print("built 7 files in", HERE)
