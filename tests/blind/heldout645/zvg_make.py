"""Build the seven zvg- blind test files (set heldout645).

Run with /work/main/.venv/bin/python zvg_make.py  (writes next to this script).
Only files whose names start with 'zvg-' are written.
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

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "00B0F0", "D9D9D9"
D = dt.datetime


def out(name):
    assert name.startswith("zvg-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers (xlsx)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


def put(ws, row, values, bold=False, border=True, start_col=1):
    for i, v in enumerate(values):
        if v is None:
            v = None
        c = ws.cell(row=row, column=start_col + i, value=v)
        c.alignment = WRAP
        if border:
            c.border = BOX
        if bold:
            c.font = Font(bold=True)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    return row


# ---------------------------------------------------------------- helpers (docx)
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    run = p.add_run(lines[0])
    run.bold = bold
    run.font.size = Pt(size)
    for line in lines[1:]:
        run.add_break()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, labels):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True)
        shade(c, "1F3864" if False else "BDD7EE")


# =============================================================== 1. Telford & Wrekin IA tracker (xlsx)
def telford():
    wb = Workbook()
    title = "Telford & Wrekin Council – Internal Audit Follow-up of Agreed Recommendations"

    # --- Summary sheet
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Position as at 31 October 2025 – Audit Committee 19 November 2025"
    s["A3"] = "Summary of recommendations followed up in the period"
    put(s, 5, ["Audit", "Year", "Assurance Level", "Recommendations Made",
               "Implemented", "Outstanding", "Not Yet Due"], bold=True)
    rows = [
        ["Direct Payments", "2024/25", "Reasonable", 2, 1, 1, 0],
        ["Payroll – Starters, Leavers and Changes", "2024/25", "Poor", 2, 1, 1, 0],
        ["Purchasing Cards", "2025/26", "Reasonable", 2, 0, 1, 1],
        ["Information Governance – Records Retention", "2025/26", "Reasonable", 1, 0, 1, 0],
    ]
    r = 6
    for row in rows:
        put(s, r, row)
        r += 1
    put(s, r, ["Total", None, None, "=SUM(D6:D9)", "=SUM(E6:E9)", "=SUM(F6:F9)", "=SUM(G6:G9)"], bold=True)
    for col, w in zip("ABCDEFG", [44, 10, 16, 14, 13, 13, 12]):
        s.column_dimensions[col].width = w

    # --- Tracker sheet
    ws = wb.create_sheet("Outstanding Recommendations")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Appendix 2 – Recommendations followed up during the period"
    ws["A3"] = "Position as at 31 October 2025 – Audit Committee 19 November 2025"
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    key = [("B5", "G", GREEN), ("C5", "Implemented (verified by Internal Audit)", None),
           ("D5", "A", AMBER), ("E5", "In progress – revised target date agreed", None),
           ("F5", "R", RED), ("G5", "Not implemented / past target date", None)]
    for ref, text, col in key:
        ws[ref] = text
        if col:
            ws[ref].fill = fill(col)
            ws[ref].alignment = Alignment(horizontal="center")
    hdr = ["Audit", "Report Issued", "Assurance Level", "Rec No.", "Priority", "Recommendation",
           "Agreed Management Action", "Responsible Officer", "Original Target Date",
           "Revised Target Date", "RAG", "Internal Audit Follow-up Comment"]
    put(ws, 7, hdr, bold=True)
    for c in range(1, 13):
        ws.cell(row=7, column=c).fill = fill("BDD7EE")

    recs = [
        # row 8
        ["Direct Payments 2024/25", D(2025, 3, 14), "Reasonable", "1", "Medium",
         "Direct payment recipients' bank statements should be reviewed at least annually in line with the Direct Payments Policy, with the outcome of each review recorded on the client record.",
         "Finance Monitoring Officer to introduce an annual audit schedule for all direct payment accounts, prioritising those with balances over £5,000. Outcomes to be recorded on LiquidLogic.",
         "Direct Payments Team Leader", D(2025, 6, 30), D(2025, 12, 31), "A",
         "Schedule in place from September 2025; 41 of 186 accounts reviewed to date. Revised date agreed with Service Delivery Manager."],
        # row 9
        [None, None, None, "2", "Low",
         "Surplus balances held by direct payment recipients should be identified and recovered promptly.",
         "Letters requesting return of surplus balances over 12 weeks' value to be issued quarterly and tracked on the recovery spreadsheet.",
         "Finance Monitoring Officer / Direct Payments Team Leader", D(2025, 9, 30), None, "G",
         "Evidence of quarterly letters (July and October 2025) seen. £23,410 recovered."],
        # row 10
        ["Payroll – Starters, Leavers and Changes 2024/25", D(2025, 5, 2), "Poor", "1a", "High",
         "Leaver forms must be submitted to Payroll before the employee's final working day. Overpayments arising from late notification should be identified and recovered promptly.",
         "HR to issue a reminder to all managers via the Manager's Briefing and add a mandatory leaver checklist step in the self-service system.",
         "HR Business Partner (Operations)", D(2025, 7, 31), None, "G",
         "Manager's Briefing item 10/07/2025; checklist step live in self-service from 01/08/2025."],
        # row 11
        [None, None, None, "1b", "High", None,
         "Payroll to produce a monthly overpayments report for the Audit & Governance Lead Manager, with recovery action commenced within 10 working days of identification.",
         "Payroll Manager", D(2025, 7, 31), D(2025, 11, 30), "R",
         "Report produced for August only. Two overpayments (£1,842 in total) not yet in recovery."],
        # row 12
        [None, None, None, "2", "Medium",
         "Changes to standing pay data (for example allowances and contracted hours) should be independently checked before the payroll run.",
         "Introduce a second-officer check of all standing data amendments, evidenced by initials and date on the change log.",
         "Payroll Manager", D(2025, 6, 30), None, "G",
         "Sample of 20 amendments from September payroll all evidenced."],
        # row 13
        ["Purchasing Cards 2025/26", D(2025, 7, 18), "Reasonable", "1", "Medium",
         "Cardholders should obtain and retain VAT receipts for all purchases and upload them to the card system within the monthly reconciliation period.",
         "Reissue the Purchasing Card Procedures to all cardholders and require annual re-acknowledgement via the learning platform.",
         "Tranter, Mark", D(2025, 12, 31), None, "A",
         "Procedures redrafted; re-acknowledgement module being built by OD team."],
        # row 14
        [None, None, None, "2", "Low",
         "Card limits should be reviewed against actual usage and reduced where they are not needed.",
         "Review all single-transaction and monthly limits against 12 months' spend data and reduce where usage is below 25% of limit.",
         "Strategic Procurement Manager", D(2026, 1, 31), None, None,
         "Not yet due."],
        # row 15
        ["Information Governance – Records Retention 2025/26", D(2025, 9, 5), "Reasonable", "1", "Medium",
         "The corporate Retention Schedule should be reviewed and confirmed by each service area so that records are destroyed in line with agreed periods.",
         "Each service area to confirm its entries in the corporate Retention Schedule, with Information Asset Owners signing off any changes.",
         "Information Governance Manager; Information Asset Owners", D(2026, 3, 31), None, "A",
         "9 of 23 service areas have confirmed their entries."],
    ]
    r = 8
    for row in recs:
        put(ws, r, row)
        rag = row[10]
        if rag:
            c = ws.cell(row=r, column=11)
            c.fill = fill({"G": GREEN, "A": AMBER, "R": RED}[rag])
            c.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    # merged audit / date / grade blocks and the recommendation shared by 1a and 1b
    for col in "ABC":
        ws.merge_cells(f"{col}8:{col}9")
        ws.merge_cells(f"{col}10:{col}12")
        ws.merge_cells(f"{col}13:{col}14")
    ws.merge_cells("F10:F11")
    ws["A17"] = ("Note: Recommendations shown as G will be removed from the tracker once reported to this "
                 "Committee. Target dates are those agreed with management at the close of each audit.")
    widths = [26, 12, 12, 8, 9, 48, 48, 26, 12, 12, 6, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A8"
    wb.save(out("zvg-telford-and-wrekin-council-internal-audit-recommendations-tracker.xlsx"))


# =============================================================== 2. Knowsley Council Plan delivery (docx)
def knowsley():
    doc = Document()
    doc.add_paragraph("Knowsley Council Plan 2022-2025: Annual Delivery Plan 2024/25", style="Title")
    doc.add_paragraph("Quarter 3 Progress Report (October – December 2024)")

    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Report to", "Cabinet, 19 February 2025"),
                                ("Report author", "Head of Policy and Performance"),
                                ("Version", "Final – for publication")]):
        set_cell(info.rows[i].cells[0], k, bold=True)
        set_cell(info.rows[i].cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("Progress key")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (col, text) in enumerate([(BLUE, "Complete – action delivered"),
                                     (GREEN, "On track – expected to complete by target date"),
                                     (AMBER, "Some slippage – action being taken to recover"),
                                     (RED, "Off track – unlikely to complete by target date")]):
        shade(key.rows[i].cells[0], col)
        set_cell(key.rows[i].cells[1], text)

    doc.add_paragraph("")
    doc.add_paragraph(
        "Of the 10 milestones in the 2024/25 Delivery Plan, 2 are complete, 4 are on track, 2 have some "
        "slippage, 1 is off track and 1 has not yet started. Commentary is provided by the lead officer "
        "for each milestone.")

    cols = ["Ref", "Milestone", "Lead Officer", "Target", "Status", "Quarter 3 Commentary"]
    status_fill = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Off track": RED}

    def table(rows):
        t = doc.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                set_cell(t.rows[i].cells[j], v)
            st = row[4]
            if st in status_fill:
                shade(t.rows[i].cells[4], status_fill[st])
        doc.add_paragraph("")

    doc.add_heading("Priority 1: Effective support for those in need", level=1)
    doc.add_heading("Key Action 1 – Hardship and Financial Inclusion Support", level=2)
    table([
        ["1.1", "Deliver the Household Support Fund (April – September 2024 tranche), including school holiday food vouchers for eligible families.",
         "Head of Revenues and Benefits", "September 2024", "Complete",
         "Full allocation of £2.9m spent by 30 September 2024. Over 9,000 families received vouchers during the summer holidays."],
        ["1.2", "Review the Council’s Emergency Support Scheme and implement revised eligibility criteria.",
         "Head of Revenues and Benefits / Head of Customer Services", "March 2025", "On track",
         "Review completed in November. Revised criteria to be approved by Cabinet Member in February 2025."],
        ["1.3", "Maintain access to temporary accommodation for residents threatened with homelessness, reducing the use of bed and breakfast for families.",
         "Head of Housing and Homelessness", "Ongoing", "On track",
         "No families in bed and breakfast for more than six weeks during Q3.\nTwo additional dispersed units acquired in Huyton."],
    ])
    doc.add_heading("Key Action 2 – Improving Children’s Services", level=2)
    table([
        ["2.1", "Embed the practice model across Children’s Social Care teams, supported by the quarterly practice audit programme.",
         "Director of Children’s Services", "Q4 2024/25", "Some slippage",
         "Audit programme in place; 58% of audits graded good or better against a target of 65%. Practice week planned for February."],
        ["2.2", "Launch the refreshed Care Experienced offer, including council tax exemption up to age 25.",
         "Assistant Director (Children’s Social Care)", "December 2024", "Complete",
         "Offer launched at the Care Leavers’ celebration event on 5 December 2024."],
    ])
    doc.add_heading("Key Action 3 – Reductions in Health Inequalities", level=2)
    table([
        ["3.1", "Deliver the Council-related recommendations of the Cheshire and Merseyside “All Together Fairer” report, reporting progress to the Health and Wellbeing Board.",
         "Director of Public Health", "March 2025", "On track",
         "Progress report taken to the Health and Wellbeing Board in December."],
    ])
    doc.add_heading("Priority 2: Inclusive growth and skills", level=1)
    doc.add_heading("Key Action 4 – Inclusive Growth", level=2)
    table([
        ["4.1", "Progress the Halewood Levelling Up Fund scheme:\n• complete detailed design\n• start on site",
         "Executive Director (Regeneration and Economy)", "Jan 2025", "Off track",
         "Tender returns exceeded the budget envelope. Scheme being value-engineered; revised start on site expected summer 2025."],
        ["4.2", "Complete the Kirkby Town Centre phase 2 leisure development.",
         "Executive Director (Regeneration and Economy)", "June 2025", "On track",
         "Building envelope complete; fit-out under way."],
    ])
    doc.add_heading("Priority 3: Climate emergency and achieving net zero", level=1)
    doc.add_heading("Key Action 5 – Climate Emergency and Net Zero", level=2)
    table([
        ["5.1", "Complete the LED street lighting replacement programme on the remaining 2,100 columns.",
         "Head of Highways and Transportation", "31/03/2025", "Some slippage",
         "1,420 columns replaced. Supplier delays on column brackets; contractor resources increased for Q4."],
        ["5.2", "Agree the new Liverpool City Region waste treatment arrangements with Merseyside Recycling and Waste Authority partners.",
         "Head of Neighbourhood Services", "TBC", "Not started",
         "Awaiting the outcome of the regional options appraisal."],
    ])
    doc.add_paragraph("Contact: Policy and Performance Team, Knowsley Council.")
    doc.save(out("zvg-knowsley-council-plan-annual-delivery-plan-2024-25-q3-progress.docx"))


# =============================================================== 3. Rochdale HWB action log (csv)
def rochdale():
    rows = [
        ["Rochdale Borough Health and Wellbeing Board – Action Log", "", "", "", "", "", "", ""],
        ["Updated following the meeting of 24 September 2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Meeting", "Minute", "Action", "Owner", "Due", "RAG", "Update"],
        ["HWB25-01", "29/01/2025", "34",
         "Circulate the refreshed JSNA summary chapters to all Board members and partner boards",
         "Public Health Intelligence Manager", "26/03/2025", "Blue",
         "Circulated 12 February 2025. Proposed for closure."],
        ["HWB25-02", "29/01/2025", "36",
         "Bring the Better Care Fund 2025/26 plan to the Board for sign-off before national submission",
         "Assistant Director – Commissioning (Adults) & ICB Locality Director", "Mar-25", "Blue",
         "Plan signed off under delegated authority 31/03/2025; ratified by the Board 21/05/2025."],
        ["HWB25-03", "26/03/2025", "48",
         "Hold a Board development session on the Anti-Poverty Strategy outcomes framework",
         "Director of Public Health", "July 2025", "Amber",
         "Session postponed to the November development day due to the ICB restructure."],
        ["HWB25-04", "26/03/2025", "49",
         "Agree the steering group membership and timetable for the 2025 Pharmaceutical Needs Assessment refresh",
         "Public Health Development Manager/Senior Medicines Optimisation Pharmacist", "01/10/2025", "Green",
         "Steering group met 3 times; draft PNA out to 60-day consultation."],
        ["HWB25-05", "21/05/2025", "8",
         "Write to the GM Integrated Care Partnership on behalf of the Board regarding:\n- delays to the urgent treatment centre works at Rochdale Infirmary\n- primary care access in Heywood",
         "Chair / Director of Public Health", "Jun-25", "Red",
         "Draft letter with the Chair for approval."],
        ["HWB25-06", "21/05/2025", "10",
         "Provide an update on childhood immunisation uptake by township, including actions to close the gap in Rochdale township",
         "Screening and Immunisation Lead (NHS England)", "24/09/2025", "Green",
         "On the agenda for 24 September 2025."],
        ["HWB25-07", "24/09/2025", "19",
         "Circulate the Suicide Prevention Action Plan annual report to Board members",
         "Public Mental Health Lead", "Oct 2025", "Green", ""],
        ["HWB25-08", "24/09/2025", "21",
         "Set up a task and finish group to review the Board's terms of reference and membership following the ICB restructure",
         "Mahmood, Aisha", "TBC", "", "New action."],
        ["HWB25-09", "24/09/2025", "22",
         "Include a standing item on the Greater Manchester Fairer Health for All framework on each agenda",
         "Democratic Services", "Ongoing", "Green", "New action."],
        ["", "", "", "", "", "", "", ""],
        ["Key: Blue = complete (closed once noted by the Board); Green = on track; Amber = at risk of missing due date; Red = overdue",
         "", "", "", "", "", "", ""],
        ["Completed actions noted at the previous meeting have been removed from the log.", "", "", "", "", "", "", ""],
    ]
    with open(out("zvg-rochdale-health-and-wellbeing-board-action-log.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# =============================================================== 4. Melton CSP DHR action plan (docx)
def melton():
    doc = Document()
    p = doc.add_paragraph("Melton Community Safety Partnership")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Domestic Homicide Review ‘Annie’ – Action Plan", style="Title")
    doc.add_paragraph("Progress update for the Melton CSP Board – February 2025. OFFICIAL.")

    vc = doc.add_table(rows=4, cols=4)
    vc.style = "Table Grid"
    for i, row in enumerate([["Version", "Date", "Author", "Changes"],
                             ["0.1", "12/06/2024", "DHR Coordinator", "Draft agreed by review panel"],
                             ["1.0", "30/09/2024", "DHR Coordinator", "Published with Overview Report"],
                             ["1.1", "10/02/2025", "Community Safety Officer", "Progress update"]]):
        for j, v in enumerate(row):
            set_cell(vc.rows[i].cells[j], v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – at risk of slipping; Red – overdue")

    # ---- Overview report recommendations
    doc.add_heading("Overview Report Recommendations", level=1)
    colsA = ["Ref", "Recommendation", "Scope", "Action to take", "Lead Agency",
             "Key milestones achieved", "Target date", "RAG", "Date of completion and outcome"]
    rec1 = ("Melton Community Safety Partnership should seek assurance that all agencies’ domestic abuse "
            "training includes the recognition of coercive and controlling behaviour in older people.")
    rec2 = ("Leicestershire Partnership NHS Trust and GP practices should ensure that routine enquiry about "
            "domestic abuse takes place when a patient attends with a carer who is also their partner.")
    rec3 = ("The Home Office should consider the learning from this review in relation to stalking and "
            "harassment of older victims by former partners.")
    rowsA = [
        ["1.1", rec1, "Local",
         "Audit partner training packages against the Domestic Abuse Act 2021 statutory guidance on coercive control, with specific reference to older victims.",
         "Melton CSP / Leicestershire County Council Domestic Abuse Team",
         "Audit template agreed; 7 of 11 agencies returned.", "31.03.2025", AMBER, ""],
        ["1.2", None, "Local",
         "Commission a short briefing for practitioners on domestic abuse in later life, drawing on the learning from this review.",
         "Leicestershire County Council Domestic Abuse Team",
         "Briefing drafted with Age UK Leicester Shire & Rutland.", "Dependent on funding", GREEN, ""],
        ["2.1", rec2, "Local",
         "Add a prompt to the SystmOne template for carer-accompanied appointments to see the patient alone at least once.",
         "LLR ICB Safeguarding Team", "Template change requested.", "Q1 2025/26", GREEN, ""],
        ["2.2", None, "Local",
         "Deliver routine enquiry refresher sessions at the GP safeguarding leads forum.",
         "LLR ICB Safeguarding Team; Leicestershire Partnership NHS Trust", "Session delivered.", "Nov 2024", BLUE,
         "Delivered 21/11/2024 – 38 attendees."],
        ["3.1", rec3, "National",
         "Chair of the CSP to write to the Home Office Domestic Homicide Review Team highlighting the learning in relation to older victims and stalking.",
         "Chair, Melton CSP", "Letter sent.", "January 2025", BLUE, "Letter sent 14/01/2025; acknowledgement received."],
    ]
    t = doc.add_table(rows=1 + len(rowsA), cols=len(colsA))
    t.style = "Table Grid"
    header_row(t, colsA)
    for i, row in enumerate(rowsA, start=1):
        for j, v in enumerate(row):
            if j == 7:
                shade(t.rows[i].cells[j], v)
                continue
            if v is not None:
                set_cell(t.rows[i].cells[j], v)
    # recommendation cells span their actions
    t.cell(1, 1).merge(t.cell(2, 1))
    t.cell(3, 1).merge(t.cell(4, 1))
    doc.add_paragraph("")

    # ---- single agency tables
    colsB = ["Ref", "Recommendation", "Action to take", "Lead", "Target date", "RAG", "Progress update"]

    def agency(heading, rows, merges):
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1 + len(rows), cols=len(colsB))
        tb.style = "Table Grid"
        header_row(tb, colsB)
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                if j == 5:
                    shade(tb.rows[i].cells[j], v)
                    continue
                if v is not None:
                    set_cell(tb.rows[i].cells[j], v)
        for a, b in merges:
            tb.cell(a, 1).merge(tb.cell(b, 1))
        doc.add_paragraph("")

    agency("Single Agency Recommendations – Leicestershire Police", [
        ["B1.1",
         "Leicestershire Police should ensure that DASH risk assessments are completed in full where the victim is aged 65 or over, and that ‘standard’ risk gradings are supervised.",
         "Amend the supervisory review checklist so that all DASH assessments for victims aged 65+ are reviewed by a sergeant within 24 hours.",
         "DCI Domestic Abuse Investigation Unit", "30/04/2025", AMBER,
         "Checklist amended; awaiting IT change to Niche workflow."],
        ["B1.2",
         "Leicestershire Police should share the learning from this review with Domestic Abuse Champions.",
         "Include the learning from this review in the 2025 Domestic Abuse Champions training.",
         "Domestic Abuse Champions Coordinator", "September 2025", GREEN, "Training materials being updated."],
    ], [])
    agency("Single Agency Recommendations – Melton Borough Council (Housing)", [
        ["B2.1",
         "Melton Borough Council should ensure that tenancy support officers record and refer disclosures of domestic abuse made by third parties.",
         "Update the Tenancy Sustainment procedure to include a mandatory referral route for third-party disclosures to the Domestic Abuse Lead Officer.",
         "Housing Services Manager", "Dec 2024", BLUE, "Procedure updated and published 02/12/2024."],
        ["B2.2", None,
         "Train all tenancy and neighbourhood officers on the revised procedure.",
         "Housing Services Manager; Community Safety Officer", "Mar 2025", AMBER,
         "12 of 17 officers trained; remaining sessions booked."],
    ], [(1, 2)])
    doc.add_paragraph("Actions are monitored by the Melton CSP DHR Action Plan Group and reported to the CSP Board quarterly.")
    doc.save(out("zvg-melton-csp-dhr-annie-action-plan.docx"))


# =============================================================== 5. Essex SEND transformation highlight report (xlsx)
def essex():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "SEND Transformation Programme – Highlight Report"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Essex County Council | Children, Families and Education"
    ws["A4"], ws["B4"] = "Reporting period:", "September 2025"
    ws["D4"], ws["E4"] = "Programme Board:", "14 October 2025"
    ws["A5"], ws["B5"] = "SRO:", "Director of Education"
    ws["D5"], ws["E5"] = "Programme lead:", "Head of SEND Transformation"
    ws["A6"], ws["B6"] = "Overall RAG – previous:", "Amber"
    ws["D6"], ws["E6"] = "Overall RAG – current:", "Amber"
    ws["B6"].fill = fill(AMBER)
    ws["E6"].fill = fill(AMBER)
    for ref in ("A4", "A5", "A6", "D4", "D5", "D6"):
        ws[ref].font = Font(bold=True)
    ws["A8"] = "Summary of progress this period"
    ws["A8"].font = Font(bold=True)
    ws["A9"] = ("• Ordinarily Available Provision guidance published and launched at headteacher briefings in all four quadrants.\n"
                "• EHC coordinator recruitment remains behind plan – 5 of 12 posts filled.\n"
                "• Harlow annexe opening moved to January 2026 following delays to modular building delivery.")
    ws.merge_cells("A9:H9")
    ws["A9"].alignment = WRAP
    ws.row_dimensions[9].height = 60
    ws["A11"] = "Key milestones"
    ws["A11"].font = Font(bold=True)
    hdr = ["Ref", "Milestone", "Lead", "Baseline Date", "Forecast Date", "Previous RAG", "Current RAG", "Commentary"]
    put(ws, 12, hdr, bold=True)
    for c in range(1, 9):
        ws.cell(row=12, column=c).fill = fill("BDD7EE")
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    data = [
        ("band", "Workstream 1: Early Identification and Ordinarily Available Provision"),
        ["W1.1", "Publish the refreshed Ordinarily Available Provision guidance for mainstream schools, co-produced with Essex Family Forum.",
         "Head of Inclusion", D(2025, 6, 30), D(2025, 6, 30), "G", "B", "Published 27 June 2025."],
        ["W1.2", "Extend the Inclusion Partners pilot from the Mid quadrant to the North East and West quadrants.",
         "Head of Inclusion / Quadrant SEND Operational Leads", D(2025, 9, 30), D(2026, 1, 31), "G", "A",
         "Partner schools confirmed for North East; West delayed pending recruitment of a second Inclusion Partner."],
        ["W1.3", "Launch the early years SEND inclusion fund application portal.",
         "Early Years Commissioning Manager", D(2025, 10, 31), D(2025, 10, 31), "G", "G", "User testing with settings complete."],
        ("band", "Workstream 2: Statutory Assessment and EHCP Timeliness"),
        ["W2.1", "Recruit 12 additional EHC coordinators (fixed term to March 2027) to clear the assessment backlog.",
         "Head of SEND Operations", D(2025, 7, 31), D(2025, 11, 30), "A", "R",
         "5 of 12 posts filled. Agency cover approved for 4 posts; second recruitment campaign closes 17 October."],
        ["W2.2", "Implement the new EHC Hub case management module for annual reviews.",
         "Head of SEND Operations; Digital Product Owner", D(2025, 12, 31), D(2026, 3, 31), "A", "A",
         "Supplier release moved to February 2026."],
        ["W2.3", "Reduce the number of EHC needs assessments over 20 weeks to below 150.",
         "Head of SEND Operations", D(2026, 3, 31), D(2026, 3, 31), "A", "A", "Currently 312 (August: 341)."],
        ("band", "Workstream 3: Sufficiency of Specialist Provision"),
        ["W3.1", "Open the 40-place special free school annexe at Harlow (Phase 1: 16 places).",
         "Head of School Organisation & Planning", D(2025, 9, 1), D(2026, 1, 5), "R", "A",
         "Modular units delivered 22 September; handover expected mid-December."],
        ["W3.2", "Commission enhanced provision units in 6 mainstream secondary schools for September 2026.",
         "Head of School Organisation & Planning", D(2026, 4, 30), None, "G", "G",
         "Expressions of interest received from 9 schools."],
        ["W3.3", "Complete the post-16 specialist provision review and report recommendations to the Cabinet Member.",
         "Head of Post-16 SEND", D(2025, 8, 31), D(2025, 8, 31), "G", "B", "Cabinet Member decision 29 August 2025."],
    ]
    r = 13
    for item in data:
        if isinstance(item, tuple):
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = fill(GREY)
        else:
            put(ws, r, item)
            for c in (4, 5):
                ws.cell(row=r, column=c).number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = fill(ragfill[item[5]])
            ws.cell(row=r, column=7).fill = fill(ragfill[item[6]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key: B = Complete   G = On track   A = At risk – mitigation in place   R = Off track – escalation required")
    r += 2
    ws.cell(row=r, column=1, value="Top programme risks").font = Font(bold=True)
    r += 1
    put(ws, r, ["Risk", None, "Score", "Trend"], bold=True)
    r += 1
    put(ws, r, ["Insufficient EHC coordinator capacity delays recovery of 20-week timeliness", None, 16, "↑"])
    r += 1
    put(ws, r, ["High needs block overspend exceeds the DSG management plan forecast", None, 20, "↔"])
    r += 2
    ws.cell(row=r, column=1, value="Decisions / support required from Programme Board").font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Board is asked to approve the use of agency EHC coordinators for up to six months (cost £186k, funded from the transformation reserve).")
    for col, w in zip("ABCDEFGH", [8, 52, 30, 13, 13, 10, 10, 44]):
        ws.column_dimensions[col].width = w

    f = wb.create_sheet("High Needs Finance")
    f["A1"] = "High Needs Block – forecast outturn 2025/26 (£m)"
    f["A1"].font = Font(bold=True)
    put(f, 3, ["Line", "Budget", "Forecast", "Variance"], bold=True)
    for i, row in enumerate([["Independent and non-maintained special schools", 62.4, 68.9, "=C4-B4"],
                             ["Maintained special schools and academies", 88.1, 89.0, "=C5-B5"],
                             ["Top-up funding – mainstream", 41.7, 45.2, "=C6-B6"],
                             ["Post-16 and FE", 18.3, 18.0, "=C7-B7"]], start=4):
        put(f, i, row)
    put(f, 8, ["Total", "=SUM(B4:B7)", "=SUM(C4:C7)", "=SUM(D4:D7)"], bold=True)
    f.column_dimensions["A"].width = 48
    wb.save(out("zvg-essex-county-council-send-transformation-programme-highlight-report.xlsx"))


# =============================================================== 6. LRSAB risk register (tab-separated txt)
def lrsab():
    T = "\t"
    lines = [
        "Leicestershire and Rutland Safeguarding Adults Board (LRSAB) – Board Risk Register 2025/26",
        "Reviewed at the LRSAB Executive Group, 8 October 2025",
        "",
        "Scoring: Likelihood (1-5) x Impact (1-5); 1-6 Low, 8-12 Medium, 15-25 High" + T
        + "Action status: B = complete, G = on track, A = at risk, R = overdue",
        "",
        T.join(["Risk No.", "Risk", "Consequence", "Inherent Score", "Controls in Place", "Action Ref",
                "Further Action Required", "Action Owner", "Target Date", "Action Status", "Residual Score"]),
        T.join(["R1",
                "Partner agencies do not have capacity to contribute to Safeguarding Adults Reviews within statutory timescales",
                "SAR reports delayed; learning not embedded; reputational risk to the Board", "16",
                "SAR Subgroup tracks timescales monthly; escalation protocol to Board Chair",
                "R1.1", "Agree a standard chronology template and 6-week return period with all statutory partners",
                "SAR Subgroup Chair", "31/10/2025", "G", "12"]),
        T.join(["", "", "", "", "",
                "R1.2", "Establish a pool of independent reviewers through a joint procurement with Leicester SAB",
                "LRSAB Business Manager", "Q4 2025/26", "A", ""]),
        T.join(["R2",
                "Partner financial contributions for 2026/27 are not agreed before partners set their budgets",
                "Board unable to fund its business office and SAR programme", "12",
                "Three-year contributions agreement to March 2026",
                "R2.1", "Present the 2026/27 budget proposal and contributions formula to the Executive Group",
                "LRSAB Business Manager", "Dec-25", "G", "8"]),
        T.join(["R3",
                "Learning from SARs and audits is not embedded in frontline practice",
                "Repeat of practice failings identified in previous reviews", "15",
                "7-minute briefings published for each SAR; learning log",
                "R3.1", "Deliver two multi-agency learning into practice briefings on self-neglect and hoarding",
                "Chair, Training and Development Subgroup", "March 2026", "G", "12"]),
        T.join(["", "", "", "", "",
                "R3.2", "Repeat the multi-agency self-neglect case file audit to test the impact of the 2024 SAR recommendations",
                "Chair, Audit and Assurance Subgroup / Head of Safeguarding, LLR ICB", "30/06/2026", "", ""]),
        T.join(["R4",
                "Partner data is incomplete, limiting the Board's assurance on safeguarding performance",
                "Board cannot identify emerging risks or test partner assurance statements", "12",
                "Performance Subgroup; quarterly data returns",
                "R4.1", "Finalise the LRSAB performance dashboard with Police, ICB and both local authorities' data feeds",
                "Performance Subgroup Chair", "31/07/2025", "B", "9"]),
        T.join(["", "", "", "", "",
                "R4.2", "Report dashboard exceptions to each Board meeting",
                "LRSAB Business Manager", "Ongoing", "G", ""]),
        T.join(["R5",
                "The voice of adults with lived experience is not reflected in Board priorities",
                "Board priorities do not reflect what matters to adults at risk", "9",
                "Engagement Reference Group; annual survey of people who used safeguarding services",
                "R5.1", "Recruit two lived-experience members to the Engagement Reference Group",
                "Rutland County Council Safeguarding Lead; Leicestershire County Council Head of Service (Safeguarding)",
                "Feb 2026", "A", "6"]),
        "",
        "Risks closed since last review: R6 (Liberty Protection Safeguards implementation) – closed following national deferral.",
        "Document owner: LRSAB Business Office | Next review: January 2026",
    ]
    with open(out("zvg-leicestershire-rutland-sab-board-risk-register-2025-26.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# =============================================================== 7. Wiltshire service delivery plan (xlsx, refuse)
TYPO_ROW = None


def wiltshire():
    global TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "SDP 2025-26"
    ws["A1"] = "Wiltshire Council"
    ws["A2"] = "Highways and Transport – Service Delivery Plan 2025/26"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Business Plan 2022-2032 | Quarter 2 monitoring (to 30 September 2025)"
    hdr = ["Business Plan Mission", "Ref", "Key Action / Milestone", "Responsible Officer",
           "Target Date", "Q1 RAG", "Q2 RAG", "Q2 Progress Update"]
    put(ws, 5, hdr, bold=True)
    for c in range(1, 9):
        ws.cell(row=5, column=c).fill = fill("BDD7EE")
    rows = [
        ["Thriving Economy", "HT01", "Deliver the 2025/26 structural maintenance programme (resurfacing and surface dressing).",
         "Head of Highways Asset Management", "March 2026", "G", "G", "62% of programme complete by value."],
        [None, "HT02", "Complete the A350 Melksham bypass outline business case refresh for DfT.",
         "Major Projects Manager", "Dec 2025", "A", "A", "Traffic modelling update delayed by data supplier."],
        [None, "HT03", "Introduce the new permit scheme for street works across the county.",
         "Street Works Manager", "01/10/2025", "G", "G", "Scheme live from 1 October 2025."],
        [None, "HT04", "Review the on-street parking charges tariff and report options to Cabinet.",
         "Head of Parking Services / Head of Transport Planning", "Nov 2025", "G", "A", "Consultation extended by four weeks."],
        ["Sustainable Environment", "HT05", "Install 120 further on-street electric vehicle chargepoints under the LEVI programme.",
         "Sustainable Transport Manager", "March 2026", "A", "A", "Contract award approved; first 30 sites in design."],
        [None, "HT06", "Publish the Local Cycling and Walking Infrastructure Plan for Trowbridge.",
         "Head of Transport Planning", "Decemebr 2025", "G", "G", "Draft plan out to consultation until 14 November."],
        [None, "HT07", "Replace a further 3,000 street lights with LED units.",
         "Street Lighting Manager", "Mar-26", "G", "G", "1,880 units replaced."],
        ["Resilient Society", "HT08", "Deliver the winter service plan with the revised gritting network.",
         "Highways Operations Manager", "October 2025", "G", "G", "Plan approved; salt stocks at 100%."],
        [None, "HT09", "Complete flood resilience works at the five highest-risk highway flooding sites.",
         "Drainage Engineer; Highways Operations Manager", "Jan 2026", "A", "R", "Two sites awaiting Environment Agency consent."],
        [None, "HT10", "Retender the passenger transport (bus services) framework.",
         "Head of Passenger Transport", "April 2026", "G", "G", "Market engagement complete."],
    ]
    ragfill = {"G": GREEN, "A": AMBER, "R": RED}
    r = 6
    for row in rows:
        put(ws, r, row)
        for c in (6, 7):
            ws.cell(row=r, column=c).fill = fill(ragfill[row[c - 1]])
        if row[4] == "Decemebr 2025":
            TYPO_ROW = r
        r += 1
    ws.merge_cells("A6:A9")
    ws.merge_cells("A10:A12")
    ws.merge_cells("A13:A15")
    ws.cell(row=r + 1, column=1, value="RAG: Green – on track; Amber – some risk to delivery; Red – will not be delivered by target date; Blue – complete")
    for col, w in zip("ABCDEFGH", [22, 7, 60, 34, 14, 8, 8, 44]):
        ws.column_dimensions[col].width = w
    wb.save(out("zvg-wiltshire-council-highways-transport-service-delivery-plan-2025-26-typo-month-refuse.xlsx"))
    return TYPO_ROW


if __name__ == "__main__":
    telford()
    knowsley()
    rochdale()
    melton()
    essex()
    lrsab()
    row = wiltshire()
    print("wiltshire typo on sheet row", row)
