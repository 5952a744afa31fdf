"""Build the seven ge2- blind test files (set heldout221)."""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "band": "D9D9D9", "head": "1F3864", "pale": "DEEAF6",
}
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def header_row(ws, row, values, colour=FILL["head"]):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = WRAP
        c.border = BORDER


def body_cell(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BORDER
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------------------
# 1. Isle of Wight Council - ASC CQC assessment improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def make_iow():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Isle of Wight Council"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Adult Social Care Improvement Plan 2025-26"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = "Our response to the Care Quality Commission (CQC) Local Authority Assessment"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Document", "Adult Social Care Improvement Plan"),
        ("Version", "1.3"),
        ("Owner", "Director of Adult Social Care and Housing Needs"),
        ("Approved by", "ASC Improvement Board"),
        ("Date of this version", "14 July 2025"),
        ("Next review", "September 2025"),
    ]
    for i, (k, v) in enumerate(rows, 6):
        body_cell(cov, i, 1, k).font = Font(bold=True)
        body_cell(cov, i, 2, v)
    cov["A13"] = "Version history"
    cov["A13"].font = Font(bold=True)
    header_row(cov, 14, ["Version", "Date", "Summary of changes"])
    for i, r in enumerate([
        ("1.0", "07/04/2025", "First draft for ASC Leadership Team"),
        ("1.1", "02/05/2025", "Leads and target dates confirmed"),
        ("1.2", "10/06/2025", "Amended following ASC Improvement Board"),
        ("1.3", "14/07/2025", "Quarter 1 progress update"),
    ], 15):
        for j, v in enumerate(r, 1):
            body_cell(cov, i, j, v)
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 44

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=13)
    header_row(key, 2, ["RAG", "Meaning"])
    for i, (c, m) in enumerate([
        ("B", "Blue – Complete: action delivered and evidence of impact submitted"),
        ("G", "Green – On track"),
        ("A", "Amber – Some slippage, recoverable within the quarter"),
        ("R", "Red – Off track, escalated to the ASC Improvement Board"),
    ], 3):
        body_cell(key, i, 1, None).fill = fill(FILL[c])
        body_cell(key, i, 2, m)
    key.column_dimensions["A"].width = 8
    key.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Isle of Wight Council – Adult Social Care Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Response to the CQC Local Authority Assessment | Position at 30 June 2025 (Quarter 1 2025/26)"
    ws.merge_cells("A2:I2")
    header_row(ws, 4, ["Ref", "Quality statement / area for improvement", "Action",
                       "Lead officer", "Start date", "Target date",
                       "Progress update (Q1 2025/26)", "Previous RAG", "Current RAG"])

    def band(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = fill(FILL["band"])
            ws.cell(row=r, column=c).border = BORDER
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)

    def afi(r1, r2, text):
        body_cell(ws, r1, 2, text)
        for r in range(r1 + 1, r2 + 1):
            ws.cell(row=r, column=2).border = BORDER
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)

    def act(r, ref, action, lead, start, target, update, prev, cur):
        body_cell(ws, r, 1, ref)
        body_cell(ws, r, 3, action)
        body_cell(ws, r, 4, lead)
        body_cell(ws, r, 5, start, "dd/mm/yyyy")
        body_cell(ws, r, 6, target, "mmm-yy" if isinstance(target, dt.datetime) else None)
        body_cell(ws, r, 7, update)
        body_cell(ws, r, 8, None).fill = fill(FILL[prev])
        body_cell(ws, r, 9, None).fill = fill(FILL[cur])

    band(5, "Theme 1: Working with people")
    afi(6, 7, "QS1 Assessing needs: people wait too long for Care Act assessments, occupational therapy assessments and reviews")
    act(6, "1.1", "Implement a waiting list triage and 'waiting well' contact protocol for all people awaiting a Care Act assessment.",
        "Head of Operations (Adult Social Care)", D(2025, 4, 1), D(2025, 9, 30),
        "Protocol agreed by ASC Leadership Team in May. Contact calls in place for all people waiting over 4 weeks.", "A", "G")
    act(7, "1.2", "Commission additional occupational therapy capacity to clear the backlog of assessments waiting over 12 weeks.",
        "Head of Operations (Adult Social Care)", D(2025, 4, 1), D(2025, 12, 31),
        "Agency OT team started 16 June. Backlog reduced from 312 to 247.", "R", "A")
    afi(8, 8, "QS3 Equity in experience and outcomes: the council does not routinely use data to understand the needs of seldom-heard communities")
    act(8, "1.3", "Develop an ASC equalities dashboard, including the protected characteristics of people receiving support, and report it quarterly to the ASC Leadership Team.",
        "Head of Performance and Intelligence", D(2025, 5, 1), "Q3 2025/26",
        "Data specification complete; first draft dashboard due September.", "G", "G")
    band(9, "Theme 2: Providing support")
    afi(10, 11, "QS4 Care provision, integration and continuity: limited choice of home care in rural areas and too few extra care places")
    act(10, "2.1", "Re-procure the home care framework on a locality (zoned) basis, with enhanced rates for rural zones.",
        "Assistant Director – Commissioning", D(2025, 4, 1), D(2026, 3, 31),
        "Market engagement events held with providers. Cabinet decision on procurement route scheduled for October.", "A", "A")
    act(11, "2.2", "Publish an updated Market Position Statement co-produced with providers and people with lived experience.",
        "Assistant Director – Commissioning", D(2025, 1, 6), D(2025, 6, 30),
        "Published on the council website on 27 June 2025.", "G", "B")
    afi(12, 12, "QS5 Partnerships and communities: unpaid carers are not consistently identified or offered a carer's assessment")
    act(12, "2.3", "Refresh the Island Carers Strategy and commission a single carers' support offer, including direct payments for carers.",
        "Strategic Commissioning Manager\nCarers Lead", D(2025, 5, 1), "March 2026",
        "Carers survey closed with 412 responses. Co-production workshops booked for August.", "A", "G")
    band(13, "Theme 3: Ensuring safety within the system")
    afi(14, 15, "QS7 Safeguarding: delays in completing Section 42 enquiries and inconsistent feedback to people who raise concerns")
    act(14, "3.1", "Introduce a Safeguarding Adults hub with daily triage of concerns and a target of 5 working days for initial decisions.",
        "Head of Safeguarding Adults", D(2025, 4, 14), D(2025, 10, 31),
        "Recruitment to two senior practitioner posts unsuccessful; hub launch at risk. Interim rota in place.", "A", "R")
    act(15, "3.2", "Audit a sample of 40 Section 42 enquiries each quarter and report the findings to the Safeguarding Adults Board.",
        "Principal Social Worker / Head of Quality Assurance", D(2025, 4, 1), "Quarterly",
        "Q1 audit complete (40 cases). Report to SAB on 17 July.", "G", "G")
    band(16, "Theme 4: Leadership")
    afi(17, 18, "QS8 Governance, management and sustainability: performance information is not used consistently to drive improvement")
    act(17, "4.1", "Establish the ASC Improvement Board, chaired by the Chief Executive, with monthly highlight reporting against this plan.",
        "Director of Adult Social Care and Housing Needs", D(2025, 3, 1), D(2025, 4, 30),
        "Board established; first meeting held 29 April 2025.", "G", "B")
    act(18, "4.2", "Deliver a performance management training programme for all team managers and senior practitioners.",
        "Head of Performance and Intelligence\nWorkforce Development Manager", D(2025, 6, 1), D(2025, 11, 30),
        "Programme designed with the LGA; first cohort starts September.", "A", "A")
    ws["A20"] = ("Note: RAG ratings are agreed at the monthly ASC Improvement Board. Completed actions remain "
                 "on the plan until evidence of impact has been reviewed.")
    ws["A20"].font = Font(italic=True)
    ws.merge_cells("A20:I20")
    for col, w in zip("ABCDEFGHI", [7, 38, 50, 30, 12, 12, 46, 10, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, "ge2-isle-of-wight-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Broadland & South Norfolk - internal audit recs tracker (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def make_broadland():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Broadland District Council and South Norfolk Council"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Internal Audit – Follow Up of Agreed Recommendations"
    s["A2"].font = Font(bold=True)
    s["A3"] = "Position as at 31 January 2025"
    header_row(s, 5, ["Priority", "Not yet due", "Overdue", "Total"])
    for i, r in enumerate([
        ("Urgent", 0, 1, 1), ("Important", 3, 2, 5), ("Needs Attention", 1, 1, 2),
        ("Total", 4, 4, 8)], 6):
        for j, v in enumerate(r, 1):
            c = body_cell(s, i, j, v)
            if r[0] == "Total":
                c.font = Font(bold=True)
    s["A11"] = ("Priority definitions: Urgent – fundamental control weakness requiring immediate attention; "
                "Important – significant control weakness; Needs Attention – housekeeping or best practice point.")
    s.column_dimensions["A"].width = 22
    for col in "BCD":
        s.column_dimensions[col].width = 14

    ws = wb.create_sheet("Outstanding Recommendations")
    ws["A1"] = "Outstanding Internal Audit Recommendations – Audit Committee, 20 February 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    header_row(ws, 3, ["Council", "Audit", "Rec No.", "Priority", "Recommendation", "Agreed Action",
                       "Responsible Officer", "Original Due Date", "Revised Due Date", "Status",
                       "Management Update"])
    rows = [
        ("Both", "BDC/SNC2403 Payroll", 1, "Important",
         "Starters and leavers checklists should be completed and retained for all employees.",
         "HR to introduce a mandatory electronic starters and leavers checklist within iTrent.",
         "HR and OD Manager", D(2024, 9, 30), D(2025, 3, 31), "Overdue",
         "Checklist built; testing delayed by the iTrent upgrade."),
        ("BDC", "BDC2405 Council Tax and NNDR", 2, "Needs Attention",
         "Procedure notes for the processing of discounts and exemptions should be reviewed and updated.",
         "Revenues Team Leader to update procedure notes and circulate to all staff.",
         "Revenues Team Leader", D(2024, 11, 30), None, "Overdue",
         "Notes 80% complete."),
        ("SNC", "SNC2407 Procurement and Contract Management", 1, "Urgent",
         "A complete contracts register should be maintained and published in line with the Transparency Code.",
         "All service areas to submit contract details; register to be published quarterly on the website.",
         "Procurement Manager", D(2024, 10, 31), D(2025, 3, 31), "Overdue",
         "Returns outstanding from three service areas."),
        ("SNC", "SNC2407 Procurement and Contract Management", 3, "Important",
         "Waivers of Contract Procedure Rules should be recorded centrally and reported to the Audit Committee.",
         "Introduce a central waiver log and six-monthly report to Audit Committee.",
         "Procurement Manager", D(2025, 3, 31), None, "Not yet due", ""),
        ("Both", "BDC/SNC2410 Cyber Security", 2, "Important",
         "Privileged user accounts should be reviewed at least quarterly.",
         "ICT to implement a quarterly review of privileged accounts with sign-off by the ICT Manager.",
         "ICT Manager", D(2024, 12, 31), D(2025, 3, 31), "Not yet due",
         "First review completed in January; process to be documented."),
        ("Both", "BDC/SNC2411 Health and Safety", 1, "Important",
         "A corporate record of workplace inspections should be maintained and monitored.",
         "Health and Safety Officer to set up a central inspection log and report compliance to CMLT.",
         "Health and Safety Officer", D(2024, 12, 31), "Febuary 2025", "Overdue",
         "Log in place; reporting to CMLT to start in February."),
        ("BDC", "BDC2502 Housing Benefits", 1, "Important",
         "Overpayment recovery cases should be reviewed monthly by a senior officer.",
         "Benefits Manager to introduce a monthly review of overpayment cases.",
         "Benefits Manager", D(2025, 3, 31), None, "Not yet due", ""),
        ("SNC", "SNC2504 Car Parks", 2, "Needs Attention",
         "Cash collection reconciliations should be independently checked.",
         "Introduce second-officer checking of weekly cash reconciliations.",
         "Car Parks Manager", D(2025, 4, 30), None, "Not yet due", ""),
    ]
    for i, r in enumerate(rows, 4):
        for j, v in enumerate(r, 1):
            body_cell(ws, i, j, v, "dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
    for col, w in zip("ABCDEFGHIJK", [8, 30, 7, 14, 44, 44, 24, 13, 13, 12, 36]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ge2-broadland-south-norfolk-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Mid and West Wales FRA - Audit Wales recommendations tracker (xlsx, read)
# ---------------------------------------------------------------------------
def make_mawwfra():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Mid and West Wales Fire and Rescue Authority"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit Wales Recommendations – Progress Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to the Audit and Risk Committee – 22 September 2025"
    ws["A4"] = "Key: B = Complete   G = On track   A = Behind schedule   R = Off track / significant risk"
    ws["A4"].font = Font(italic=True)
    header_row(ws, 6, ["Ref", "Audit Wales recommendation", "Agreed action", "Action owner",
                       "Original target date", "Revised target date", "Progress update", "RAG"])

    def band(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = fill("C00000")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    def rec(r1, r2, text):
        body_cell(ws, r1, 2, text)
        for r in range(r1 + 1, r2 + 1):
            ws.cell(row=r, column=2).border = BORDER
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)

    def act(r, ref, action, owner, orig, rev, upd, rag):
        body_cell(ws, r, 1, ref)
        body_cell(ws, r, 3, action)
        body_cell(ws, r, 4, owner)
        body_cell(ws, r, 5, orig, "dd/mm/yyyy" if isinstance(orig, dt.datetime) else None)
        body_cell(ws, r, 6, rev, "dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
        body_cell(ws, r, 7, upd)
        c = body_cell(ws, r, 8, rag)
        c.fill = fill(FILL[rag])
        c.alignment = Alignment(horizontal="center", vertical="top")

    band(7, "Governance of Fire and Rescue Authorities (national report, September 2024)")
    rec(8, 9, "R1 FRAs should strengthen their arrangements for member induction, training and development, and evaluate the effectiveness of that training.")
    act(8, "GOV1.1", "Introduce a mandatory induction programme for all new Authority members, delivered within three months of appointment.",
        "Monitoring Officer", D(2025, 3, 31), None,
        "Induction programme approved by the Authority in February 2025 and delivered to the five members appointed in May.", "B")
    act(9, "GOV1.2", "Undertake an annual skills and knowledge self-assessment for members and use the results to shape the member development programme.",
        "Monitoring Officer / Head of Corporate Planning", "June 2025", "October 2025",
        "Self-assessment issued in July; 14 of 25 returns received. Deadline extended to allow all members to respond.", "A")
    rec(10, 11, "R2 FRAs should review their scrutiny arrangements to ensure that members can effectively challenge performance.")
    act(10, "GOV2.1", "Review the terms of reference of the Performance, Audit and Scrutiny Committee and report proposals to the Authority.",
        "Clerk to the Authority", D(2025, 12, 31), None,
        "Review under way with the Chair and Vice Chair; draft proposals due in November.", "G")
    act(11, "GOV2.2", "Introduce a forward work programme for scrutiny, aligned to the Community Risk Management Plan.",
        "Head of Corporate Planning", "September 2025", None,
        "Draft work programme to be agreed at this meeting.", "G")
    band(12, "Assurance and Risk Assessment 2023-24: Performance Management Arrangements (May 2024)")
    rec(13, 14, "R1 The Authority should improve the quality of performance information provided to members, including benchmarking and trend data.")
    act(13, "PI1.1", "Redesign the quarterly performance report to include three-year trend data and all-Wales comparisons.",
        "Head of Corporate Planning", D(2024, 12, 31), D(2025, 3, 31),
        "New format used from the Quarter 4 2024/25 report onwards.", "B")
    act(14, "PI1.2", "Provide members with a briefing session on interpreting performance data.",
        "Head of Corporate Planning", "Dec-24", "Jul-25",
        "Session postponed twice because of diary clashes; not yet rescheduled.", "R")
    rec(15, 15, "R2 The Authority should develop outcome measures to understand the impact of its prevention and protection activity.")
    act(15, "PI2.1", "Develop a set of outcome measures for Safe and Well visits and business fire safety audits, agreed with the Prevention and Protection Directorate.",
        "Area Manager – Prevention and Protection", "Q4 2024/25", "Q2 2025/26",
        "Draft measures agreed by the Service Leadership Team; data collection starts in Quarter 3.", "A")
    for col, w in zip("ABCDEFGH", [9, 44, 50, 28, 13, 13, 50, 6]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress by report"
    sm["A1"].font = Font(bold=True, size=12)
    header_row(sm, 3, ["Report", "Actions", "B", "G", "A", "R"])
    for i, r in enumerate([
        ("Governance of Fire and Rescue Authorities (2024)", 4, 1, 2, 1, 0),
        ("Performance Management Arrangements (2024)", 3, 1, 0, 1, 1),
        ("Total", 7, 2, 2, 2, 1)], 4):
        for j, v in enumerate(r, 1):
            body_cell(sm, i, j, v)
    sm.column_dimensions["A"].width = 50

    nt = wb.create_sheet("Notes")
    nt["A1"] = "Notes"
    nt["A1"].font = Font(bold=True)
    nt["A2"] = "The tracker is updated quarterly by the Corporate Planning team and reviewed by the Service Leadership Team before each Audit and Risk Committee."
    nt["A3"] = "Recommendations are closed only when the Committee agrees that the evidence supports completion."
    nt.column_dimensions["A"].width = 120
    wb.save(os.path.join(OUT, "ge2-mid-and-west-wales-fra-audit-wales-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)


def table_header(table, values):
    for i, v in enumerate(values):
        c = table.rows[0].cells[i]
        set_text(c, v, bold=True)
        shade(c, "D9E2F3")


# ---------------------------------------------------------------------------
# 4. Aberdeen City Council - BV thematic workforce innovation plan (docx, read)
# ---------------------------------------------------------------------------
def make_aberdeen():
    doc = Document()
    doc.add_heading("Aberdeen City Council – Best Value Thematic Review 2023/24: Workforce Innovation Improvement Action Plan", level=0)
    doc.add_paragraph("Progress update to the Audit, Risk and Scrutiny Committee – June 2025")
    doc.add_paragraph(
        "The Controller of Audit's thematic report on workforce innovation was considered by the Accounts "
        "Commission and published alongside the council's 2023/24 Annual Audit Report. The report made four "
        "recommendations. This plan sets out the council's agreed actions and progress to date.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "2.0"), ("Author", "Chief Officer – People and Citizen Services"),
        ("Approved by", "Corporate Management Team, 27 May 2025"),
        ("Review", "Six-monthly to the Audit, Risk and Scrutiny Committee")]):
        set_text(t.rows[i].cells[0], k, bold=True)
        set_text(t.rows[i].cells[1], v)
    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (a, b, col) in enumerate([
        ("Complete", "Action delivered", "9DC3E6"), ("Green", "On track to meet the target date", "A9D08E"),
        ("Amber", "At risk of delay", "FFE699"), ("Red", "Delayed or off track", "FF7C80")]):
        set_text(k.rows[i].cells[0], a, bold=True)
        shade(k.rows[i].cells[0], col)
        set_text(k.rows[i].cells[1], b)
    doc.add_paragraph("")
    hdr = ["Recommendation", "Ref", "Agreed action", "Responsible officer", "Target date",
           "Progress update", "Status"]
    recs = [
        ("1. The council should set out how its workforce plan will support the delivery of its transformation programme, with clear measures of success.", [
            ("1.1", "Refresh the Workforce Plan 2023-26 to align with the Target Operating Model 2.0 and the council's transformation programme.",
             "Chief Officer – People and Citizen Services", "31 March 2025",
             "Refreshed plan approved by the Staff Governance Committee on 19 March 2025.", "Complete"),
            ("1.2", "Develop a set of workforce measures (including vacancy rates, agency spend and redeployment outcomes) for quarterly reporting to the Staff Governance Committee.",
             "Chief Officer – People and Citizen Services", "September 2025",
             "Measures drafted; first report scheduled for the September committee.", "Green")]),
        ("2. The council should develop its approach to digital skills so that staff can make full use of new technology.", [
            ("2.1", "Carry out a digital skills assessment across all clusters and produce a targeted training plan.",
             "Chief Officer – Digital and Technology", "June 2025",
             "Assessment response rate of 38% is lower than planned; survey reopened to frontline staff.", "Amber"),
            ("2.2", "Roll out data and automation training to an initial cohort of 300 staff and evaluate the benefits.",
             "Chief Officer – Digital and Technology / Chief Officer – Data Insights", "31/12/2025",
             "112 staff trained to date. Evaluation framework agreed.", "Green")]),
        ("3. The council should work with partners to develop shared approaches to recruitment and retention in hard-to-fill roles.", [
            ("3.1", "Establish a joint recruitment campaign with Aberdeen City Health and Social Care Partnership for social work and occupational therapy posts.",
             "Chief Officer – People and Citizen Services", "March 2026",
             "Partnership recruitment lead not yet appointed; campaign design has not started.", "Red"),
            ("3.2", "Extend the 'grow your own' trainee scheme to environmental health, planning and building standards.",
             "Chief Officer – Strategic Place Planning", "August 2025",
             "Four trainee posts approved and advertised.", "Green")]),
        ("4. The council should evaluate the impact of its flexible working policies on service delivery and staff wellbeing.", [
            ("4.1", "Carry out a staff survey and service impact review of hybrid working and report the findings to the Staff Governance Committee.",
             "Chief Officer – People and Citizen Services", "November 2025",
             "Survey questions agreed with trade unions.", "Green")]),
    ]
    nrows = 1 + sum(len(a) for _, a in recs)
    t = doc.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    table_header(t, hdr)
    r = 1
    colours = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFE699", "Red": "FF7C80"}
    for rec_text, acts in recs:
        first = r
        for ref, action, officer, target, upd, status in acts:
            cells = t.rows[r].cells
            set_text(cells[1], ref)
            set_text(cells[2], action)
            set_text(cells[3], officer)
            set_text(cells[4], target)
            set_text(cells[5], upd)
            set_text(cells[6], status)
            shade(cells[6], colours[status])
            r += 1
        top = t.cell(first, 0)
        if r - 1 > first:
            top = top.merge(t.cell(r - 1, 0))
        set_text(top, rec_text)
    doc.add_paragraph("")
    doc.add_paragraph("Next update: Audit, Risk and Scrutiny Committee, December 2025.")
    doc.save(os.path.join(OUT, "ge2-aberdeen-city-council-best-value-workforce-innovation-improvement-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Kent Police - custody inspection action plan (docx, read)
# ---------------------------------------------------------------------------
def make_kent():
    doc = Document()
    doc.add_heading("Kent Police – Custody Inspection Action Plan", level=0)
    doc.add_paragraph("Unannounced inspection of police custody suites in Kent (HMICFRS and HM Inspectorate of Prisons) – report published 9 December 2021")
    doc.add_paragraph("Update for the Police and Crime Commissioner's Performance and Delivery Board – position at 31 August 2022")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Plan owner", "Supt Head of Custody"),
        ("Governance", "Custody Inspection Board (monthly), chaired by the ACC Local Policing"),
        ("Version", "v6 – 05/09/2022")]):
        set_text(t.rows[i].cells[0], k, bold=True)
        set_text(t.rows[i].cells[1], v)
    doc.add_paragraph("RAG: B – complete; G – on track; A – some risk to delivery; R – off track")
    rag_col = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}

    doc.add_heading("Part A – Recommendations (causes of concern)", level=1)
    hdr = ["Ref", "Action", "Owner", "Target date", "Update", "RAG"]
    recs = [
        ("Recommendation 1: The force should ensure that detainees under the influence of drugs or alcohol are roused and spoken to in line with their care plans, and that cell checks are carried out properly rather than only through the cell hatch.", [
            ("R1.1", "Issue revised guidance on rousing checks and update the custody care plan template on the Athena custody module.",
             "Ch Insp Custody Operations", "30/04/2022", "Guidance issued 11 April 2022; template live.", "B"),
            ("R1.2", "Deliver refresher training on rousing and cell checks to all custody sergeants and detention officers, and dip-sample 20 custody records a month.",
             "Custody Training Manager", "June 2022", "Training 94% complete; dip sampling shows improved compliance.", "G")]),
        ("Recommendation 2: The force should make sure that detention officers only carry out duties they are authorised to do, and that work in custody is not duplicated.", [
            ("R2.1", "Review and reissue the detention officer role profile and designated powers, and brief all custody staff.",
             "Supt Head of Custody", "Sep-22", "Role profile redrafted; awaiting sign-off by the Federation and Unison.", "A"),
            ("R2.2", "Map the booking-in and release processes to remove duplicated tasks between sergeants and detention officers.",
             "Ch Insp Custody Operations; Custody Business Manager", "End of October 2022", "Process mapping workshops held at Medway and Canterbury.", "G")]),
    ]
    for rec_text, acts in recs:
        t = doc.add_table(rows=2 + len(acts), cols=len(hdr))
        t.style = "Table Grid"
        table_header(t, hdr)
        m = t.cell(1, 0).merge(t.cell(1, len(hdr) - 1))
        set_text(m, rec_text, bold=True)
        shade(m, "F2F2F2")
        for i, (ref, action, owner, target, upd, rag) in enumerate(acts, 2):
            cells = t.rows[i].cells
            for j, v in enumerate([ref, action, owner, target, upd, rag]):
                set_text(cells[j], v)
            shade(cells[5], rag_col[rag])
        doc.add_paragraph("")

    doc.add_heading("Part B – Areas for improvement", level=1)
    hdr = ["AFI", "Area for improvement", "Action", "Owner", "Target date", "RAG"]
    afis = [
        ("AFI 3", "The force should improve the quality of its analysis of custody data, so that leaders understand the performance of custody services.",
         "Develop a monthly custody performance dashboard covering throughput, detention times, use of force and children in custody.",
         "Supt Head of Custody", "w/c 05/09/22", "G"),
        ("AFI 7", "Ligature points in cells and showers at Tonbridge and Folkestone should be removed.",
         "Complete the anti-ligature works programme at Tonbridge and Folkestone custody suites.",
         "Custody Estates Manager", "March 2023", "A"),
        ("AFI 12", "Detainees should have timely access to health care professionals.",
         "Agree revised response times with the healthcare provider and monitor them through the monthly contract meeting.",
         "Healthcare Contract Manager (Custody)", "31/07/2022", "B"),
        ("AFI 16", "Children in custody should be given information in a format suitable for their age.",
         "Introduce a children's version of the rights and entitlements leaflet, co-produced with the Youth Justice Service.",
         "Ch Insp Custody Operations", "31/12/2022", "R"),
        ("AFI 21", "Pre-release risk assessments should be completed for all detainees and should address identified risks.",
         "Add mandatory pre-release risk assessment prompts to Athena and include the assessment in the monthly dip sample.",
         "Insp J. Marsh / Insp K. Doyle", "Ongoing", "G"),
    ]
    t = doc.add_table(rows=1 + len(afis), cols=len(hdr))
    t.style = "Table Grid"
    table_header(t, hdr)
    for i, row in enumerate(afis, 1):
        cells = t.rows[i].cells
        for j, v in enumerate(row):
            set_text(cells[j], v)
        shade(cells[5], rag_col[row[5]])
    doc.add_paragraph("")
    doc.add_paragraph("The remaining 17 areas for improvement are assessed as complete and are held on the closed actions log.")
    doc.save(os.path.join(OUT, "ge2-kent-police-custody-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Arun DC - RSH consumer standards housing improvement plan (csv, read)
# ---------------------------------------------------------------------------
def make_arun():
    ncol = 9
    rows = [
        ["Arun District Council – Housing Improvement Plan (Regulator of Social Housing Consumer Standards)"],
        ["Progress at 31 October 2025"],
        [],
        ["Ref", "Consumer Standard", "Required Outcome", "Action", "Lead Officer", "Original Target",
         "Revised Target", "RAG", "Progress Update"],
        ["SQ1", "Safety and Quality Standard",
         "Landlords must have an accurate, up to date and evidenced understanding of the condition of their homes",
         "Complete a 100% stock condition survey programme, prioritising properties not surveyed since 2019.",
         "Asset Manager", "31/03/2026", "", "A",
         "2,106 of 3,412 homes surveyed (62%). Contractor resources increased from November."],
        ["SQ2", "", "",
         "Load stock condition data into the asset management system and validate it against the Decent Homes Standard.",
         "Asset Manager / Housing Systems Officer", "Dec-25", "Jun-26", "R",
         "System supplier has delayed the data migration module.\nRevised date agreed at Housing Improvement Board."],
        ["SQ3", "",
         "Landlords must meet all legal requirements that relate to the health and safety of tenants in their homes",
         "Clear the backlog of overdue electrical installation condition reports (EICRs) so that 100% of homes hold a valid certificate.",
         "Housing Compliance Manager", "30/09/2025", "31/12/2025", "A",
         "Compliance at 91.4% (was 78.2% in April)."],
        ["SQ4", "", "",
         "Complete all high priority fire risk assessment remedial actions in blocks with communal areas.",
         "Housing Compliance Manager", "31/07/2025", "", "Complete",
         "All 64 high priority actions closed and verified."],
        ["SQ5", "", "",
         "Introduce a damp and mould case management process with response timescales in line with Awaab's Law.",
         "Head of Housing", "Oct-25", "", "G",
         "Process live from 27 October; weekly case review in place."],
        ["TIA1", "Transparency, Influence and Accountability Standard",
         "Landlords must collect and publish accurate Tenant Satisfaction Measures",
         "Procure an independent survey provider and publish the 2025/26 Tenant Satisfaction Measures, with a summary for tenants.",
         "Performance and Improvement Manager", "30/06/2026", "", "Not started", ""],
        ["TIA2", "",
         "Landlords must give tenants a wide range of meaningful opportunities to influence and scrutinise their strategies, policies and services",
         "Refresh the Tenant Engagement Strategy with tenants and set up a Tenant Scrutiny Panel.",
         "Resident Engagement Officer", "31/03/2026", "", "G",
         "Eleven tenants recruited to the panel; induction in December."],
        ["NC1", "Neighbourhood and Community Standard",
         "Landlords must work in partnership with other agencies to prevent and tackle anti-social behaviour",
         "Review the Anti-social Behaviour Policy and publish the revised policy and service standards.",
         "Tenancy Services Manager", "31/08/2025", "", "Complete",
         "Revised policy approved by Housing and Wellbeing Committee on 18 September 2025."],
        [],
        ["Summary"],
        ["Complete", "2"],
        ["Green", "2"],
        ["Amber", "2"],
        ["Red", "1"],
        ["Not started", "1"],
        ["Total", "8"],
        [],
        ["Key: G = on track; A = at risk of missing target; R = off track; Complete = action delivered and evidence held"],
    ]
    path = os.path.join(OUT, "ge2-arun-dc-rsh-consumer-standards-housing-improvement-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r + [""] * (ncol - len(r)))


# ---------------------------------------------------------------------------
# 7. RBWM - financial improvement & sustainability plan highlight (txt, read)
# ---------------------------------------------------------------------------
def make_rbwm():
    T = "\t"
    lines = [
        "Royal Borough of Windsor & Maidenhead",
        "Financial Improvement and Sustainability Plan – Highlight Report",
        "Reporting period: July – August 2025" + T + "Report to: Financial Improvement & Sustainability Board" + T + "Date: 9 September 2025",
        "Overall RAG: Amber" + T + "Previous: Amber",
        "",
        "Workstream 1: Financial Resilience" + T + "SRO: Executive Director of Resources (S151)",
        T.join(["Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date", "Previous RAG", "Current RAG", "Commentary"]),
        T.join(["FR1", "Set a balanced 2026/27 budget and refreshed Medium Term Financial Strategy, with reserves rebuilt to the minimum level agreed by Council.",
                "Executive Director of Resources (S151)", "24/02/2026", "24/02/2026", "Amber", "Amber",
                "Budget gap of £6.4m remains after first round of proposals."]),
        T.join(["FR2", "Complete a review of all earmarked reserves and release uncommitted balances to the general fund.",
                "Head of Finance (Deputy S151)", "31/07/2025", "31/07/2025", "Green", "Complete",
                "£2.1m released; reported to Cabinet 30 July."]),
        T.join(["FR3", "Close the 2023/24 and 2024/25 accounts and clear the audit backlog with the external auditor.",
                "Okafor, Grace", "Dec 2025", "Feb 2026", "Amber", "Red",
                "Auditor resourcing has moved the 2024/25 opinion to February."]),
        "",
        "Workstream 2: Transformation and Savings Delivery" + T + "SRO: Chief Executive",
        T.join(["Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date", "Previous RAG", "Current RAG", "Commentary"]),
        T.join(["TS1", "Deliver the 2025/26 savings programme of £8.2m,",
                "E. Clarke / R. Hughes", "Mar 2026", "Mar 2026", "Amber", "Amber",
                "£5.9m delivered or on track; £2.3m at risk (mainly"]),
        T.join(["", "with monthly tracking of each saving through the Transformation Board.",
                "", "", "", "", "", "adults' placements)."]),
        T.join(["TS2", "Launch the customer contact digital front door and retire the legacy telephony platform.",
                "Head of Digital", "30/09/2025", "30/11/2025", "Green", "Amber",
                "Supplier testing slipped by eight weeks."]),
        "",
        "Workstream 3: Governance and Capacity" + T + "SRO: Monitoring Officer",
        T.join(["Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date", "Previous RAG", "Current RAG", "Commentary"]),
        T.join(["GC1", "Implement the revised officer scheme of delegation and the constitution changes agreed at Full Council.",
                "Monitoring Officer", "Jul 2025", "Sep 2025", "Green", "Green",
                "Scheme of delegation published; constitution changes to Council on 23 September."]),
        T.join(["GC2", "Recruit to the permanent Executive Director of Place and Head of Procurement posts, reducing reliance on interims.",
                "Chief Executive", "Oct 2025", "Dec 2025", "Amber", "Green",
                "Executive Director of Place appointed; Head of Procurement interviews in October."]),
        T.join(["GC3", "Deliver member training on financial scrutiny for Audit and Governance Committee and Overview and Scrutiny Panel members.",
                "Head of Governance", "Ongoing", "Ongoing", "Green", "Green",
                "Two sessions held; CIPFA session booked for November."]),
        "",
        "Key risks and issues",
        T.join(["Risk", "Description", "Mitigation", "Rating"]),
        T.join(["R1", "Demand pressures in adult social care and home to school transport exceed budget assumptions.",
                "Monthly demand reviews; recovery plans in both services.", "High"]),
        T.join(["R2", "Delay to the audit of the accounts undermines assurance on the council's financial position.",
                "Escalated to the auditor's engagement lead; weekly progress meetings.", "High"]),
        "",
        "Decisions required from the Board",
        "1. Note the forecast slippage on TS2 and agree the revised go-live date of 30 November 2025.",
        "2. Agree that FR2 is closed.",
        "",
        "RAG: Green – on track; Amber – at risk, mitigations in place; Red – off track, Board intervention needed; Complete – delivered.",
    ]
    with open(os.path.join(OUT, "ge2-windsor-maidenhead-council-financial-improvement-sustainability-plan-highlight-report.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_iow()
    make_broadland()
    make_mawwfra()
    make_aberdeen()
    make_kent()
    make_arun()
    make_rbwm()
    print("built 7 files in", OUT)
