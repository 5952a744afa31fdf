"""Build the seven jk2- test files of set heldout305.

Run:  python jk2_make.py      (writes the data files beside this script)

Each plan's content is held in the data structures below; the builders lay it
out the way the body would.  The .expected.yaml files beside the data files
were written from that content as a person reads it.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fmt_uk(d):
    return d.strftime("%d/%m/%Y")


# ---------------------------------------------------------------------------
# 1. Richmond upon Thames - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
RICHMOND_TITLE = "Adult Social Care CQC Local Authority Assessment – Improvement Plan 2025–26"
# (theme, [ (quality statement, area for improvement, [actions]) ])
# action: ref, text, lead cell, original, revised, prev RAG letter, current RAG (fill only), progress
RICHMOND = [
    ("Theme 1: Working with people", [
        ("Assessing needs",
         "People waited too long for Care Act assessments and reviews, and waiting lists were not consistently risk-rated.",
         [("1.1", "Introduce a risk-rated triage tool for everyone waiting for a Care Act assessment, with weekly oversight of the waiting list by team managers.",
           "Assistant Director – Adult Social Care Operations", D(2025, 3, 31), D(2025, 6, 30), "A", "B",
           "Triage tool live in all locality teams since June 2025. No person rated high risk has waited more than 7 days."),
          ("1.2", "Deliver a reviews recovery programme through a dedicated reviewing team, reducing overdue annual reviews to below 15%.",
           "Head of Reviews and Quality Assurance", D(2025, 9, 30), D(2026, 3, 31), "R", "A",
           "Overdue reviews reduced from 41% to 27%. Agency reviewing capacity extended to March 2026.")]),
        ("Supporting people to live healthier lives",
         "Unpaid carers told CQC they did not always know how to get a carer’s assessment or what support was available to them.",
         [("1.3", "Refresh the Carers’ Strategy with carers and Richmond Carers Centre, setting out a clear offer on carers’ assessments, breaks and information.",
           "Head of Commissioning (Adults)", D(2025, 12, 31), None, "G", "G",
           "Three co-production workshops held; draft strategy to Adults and Health Committee in December.")]),
    ]),
    ("Theme 2: Providing support", [
        ("Care provision, integration and continuity",
         "There was limited choice of home care and nursing care within the borough for people with complex needs, and some people were placed out of area.",
         [("2.1", "Refresh the Market Position Statement and publish commissioning intentions for complex home care and nursing care.",
           "Head of Commissioning (Adults)", D(2025, 9, 30), None, "G", "B",
           "Market Position Statement published 22 September 2025."),
          ("2.2", "Develop a joint brokerage function with NHS South West London ICB for hospital discharge placements.",
           "Head of Brokerage / Place Director (South West London ICB)", D(2025, 12, 31), D(2026, 3, 31), "A", "A",
           "Joint specification drafted. ICB funding decision deferred to November 2025.")]),
    ]),
    ("Theme 3: How the local authority ensures safety within the system", [
        ("Safeguarding",
         "Safeguarding concerns were not always screened within the council’s 2 working day standard, and feedback to referrers was inconsistent.",
         [("3.1", "Introduce a daily screening huddle in the Adult Safeguarding Hub and report screening timeliness monthly to the Safeguarding Adults Board.",
           "Head of Safeguarding Adults", D(2025, 6, 30), None, "G", "B",
           "Daily huddle in place since May 2025; 94% of concerns screened within 2 working days in Q2."),
          ("3.2", "Complete a quarterly audit of 40 safeguarding enquiries.\nShare learning through the Practice Development Forum and the SAB Quality Assurance Subgroup.",
           "Principal Social Worker (Adults)", "Q4 2025/26", None, "G", "G",
           "Q1 and Q2 audits complete. Learning briefing issued September 2025.")]),
        ("Safe systems, pathways and transitions",
         "Planning for young people moving from children’s to adult services did not always start early enough.",
         [("3.3", "Agree a joint Preparing for Adulthood protocol with Children’s Services so that referrals to adult social care are made from age 14.",
           "Head of Preparing for Adulthood / Head of SEND", D(2025, 10, 31), D(2026, 1, 31), "A", "R",
           "Protocol drafted but not yet agreed by the Children’s Services leadership team. Escalated to DASS and DCS.")]),
    ]),
    ("Theme 4: Leadership", [
        ("Governance, management and sustainability",
         "Performance information was not used consistently to understand outcomes for people and to drive improvement.",
         [("4.1", "Establish a monthly ASC Performance and Assurance Board chaired by the Director of Adult Social Services, supported by a new Power BI dashboard.",
           "Director of Adult Social Services", D(2025, 7, 31), None, "A", "B",
           "Board met for the first time on 15 July 2025. Dashboard in use.")]),
        ("Learning, improvement and innovation",
         "The voice of people with lived experience was not yet consistently shaping how services are designed and reviewed.",
         [("4.2", "Co-produce an ASC Engagement and Co-production Charter with the Making It Real Board and report on its use every six months.",
           "Head of Co-production and Engagement", "Ongoing", None, "G", "G",
           "Charter agreed by Making It Real Board in August 2025; first six-monthly report due February 2026.")]),
    ]),
]


def build_richmond():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "London Borough of Richmond upon Thames"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = RICHMOND_TITLE
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "CQC assessment report published 14 March 2025 | Overall rating: Requires improvement"
    cov["A5"] = "Version control"
    cov["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Change"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    versions = [("0.1", "02/04/2025", "ASC Improvement Lead", "First draft following CQC report"),
                ("1.0", "23/04/2025", "ASC Improvement Lead", "Approved by Adults and Health Committee"),
                ("1.3", "07/10/2025", "ASC Improvement Lead", "Q2 update – revised dates agreed at ASC Improvement Board")]
    for r, row in enumerate(versions, 7):
        for i, v in enumerate(row, 1):
            cov.cell(row=r, column=i, value=v).border = BOX
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [(BLUE, "Complete – evidence verified"), (GREEN, "On track"),
           (AMBER, "At risk – mitigation in place"), (RED, "Off track – escalated to ASC Improvement Board")]
    for r, (col, txt) in enumerate(key, 12):
        cov.cell(row=r, column=1).fill = fill(col)
        cov.cell(row=r, column=2, value=txt)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 60

    # Summary sheet (counts, not actions)
    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress – Q2 2025/26"
    summ["A1"].font = Font(bold=True, size=12)
    heads = ["Theme", "Actions", "Complete", "Green", "Amber", "Red"]
    for i, h in enumerate(heads, 1):
        c = summ.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    totals = [0, 0, 0, 0, 0]
    r = 4
    for theme, qss in RICHMOND:
        acts = [a for _, _, al in qss for a in al]
        counts = [len(acts)] + [sum(1 for a in acts if a[6] == k) for k in "BGAR"]
        summ.cell(row=r, column=1, value=theme).border = BOX
        for i, v in enumerate(counts, 2):
            summ.cell(row=r, column=i, value=v).border = BOX
        totals = [t + v for t, v in zip(totals, counts)]
        r += 1
    summ.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for i, v in enumerate(totals, 2):
        c = summ.cell(row=r, column=i, value=v)
        c.font = Font(bold=True)
    summ.column_dimensions["A"].width = 66

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = RICHMOND_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position at 30 September 2025 (Q2)"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "CQC quality statement", "Area for improvement (from CQC report)", "Action",
             "Lead officer", "Original target date", "Revised target date", "Previous RAG (Q1)",
             "Current RAG (Q2)", "Progress update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, qss in RICHMOND:
        ws.cell(row=r, column=1, value=theme)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = fill("2E75B6")
        r += 1
        for qs, afi, acts in qss:
            first = r
            ws.cell(row=r, column=2, value=qs)
            ws.cell(row=r, column=3, value=afi)
            for ref, text, lead, orig, rev, prev, cur, prog in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=4, value=text)
                ws.cell(row=r, column=5, value=lead)
                for col, val in ((6, orig), (7, rev)):
                    c = ws.cell(row=r, column=col, value=val)
                    if isinstance(val, dt.date):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8, value=prev).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=9).fill = fill(RAGFILL[cur])
                ws.cell(row=r, column=10, value=prog)
                for col in range(1, 11):
                    ws.cell(row=r, column=col).border = BOX
                    if col != 8:
                        ws.cell(row=r, column=col).alignment = WRAP
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Revised target dates were agreed by the ASC Improvement Board on 18 September 2025. "
                                   "Actions rated Blue will be removed from the next update once evidence has been verified.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths = [6, 22, 40, 55, 30, 13, 13, 10, 10, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "jk2-richmond-upon-thames-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Hackney - internal audit recommendations tracker (csv export)
# ---------------------------------------------------------------------------
HACKNEY_HEAD = ["Action Code", "Audit", "Assurance", "Priority", "Recommendation", "Agreed Action",
                "Responsible Officer", "Original Due Date", "Revised Due Date", "RAG", "Latest Update"]
HACKNEY = [
    ("IA2425-07.01", "Accounts Payable – Duplicate Payments", "Limited", "High",
     "Introduce a routine duplicate-payment check using the data-matching report before each payment run.",
     "Finance Systems will configure the duplicate-invoice report in the finance system and the AP team will review it before every BACS run, with evidence retained.",
     "Head of Financial Services", "31/03/2025", "30/09/2025", "B",
     "Report configured and in use since August 2025. Evidence supplied to Internal Audit 29/09/2025."),
    ("IA2425-07.02", "Accounts Payable – Duplicate Payments", "Limited", "Medium",
     "Review and remove supplier records that have been inactive for more than 18 months.",
     "AP will complete a one-off cleanse of inactive suppliers and then run an annual review each April.",
     "Accounts Payable Manager", "30/06/2025", "31/12/2025", "A",
     "Cleanse 60% complete; delayed by the finance system upgrade."),
    ("IA2425-12.01", "Council Tax Reliefs and Discounts", "Reasonable", "Medium",
     "Carry out a targeted review of single person discounts using the National Fraud Initiative data match.",
     "a) Commission the SPD review through the NFI data match.\nb) Remove discounts that are no longer valid and recover backdated charges.",
     "Head of Revenues & Benefits", "31/01/2026", "", "G",
     "Review commissioned; first tranche of 3,200 accounts under review."),
    ("IA2425-12.02", "Council Tax Reliefs and Discounts", "Reasonable", "Low",
     "Update the discounts procedure notes to reflect the current system.",
     "Procedure notes to be rewritten and published on the Revenues intranet page.",
     "Revenues Operations Manager", "30/09/2025", "", "R",
     "No update received."),
    ("IA2526-02.01", "ICT – Privileged Access Management", "Limited", "High",
     "Ensure all privileged accounts are reviewed quarterly and leavers’ access is removed within one working day.",
     "ICT will implement quarterly privileged access reviews, signed off by the Head of ICT Security, and automate leaver account disablement through the HR feed.",
     "Head of ICT Security; Head of HR Operations", "31/12/2025", "", "G",
     "First quarterly review completed in September 2025. HR feed in testing."),
    ("IA2526-02.02", "ICT – Privileged Access Management", "Limited", "High",
     "Implement multi-factor authentication for all remote administrative access.",
     "MFA to be enforced on all administrator accounts, including third-party support accounts.",
     "Head of ICT Security", "31/10/2025", "31/01/2026", "A",
     "Enforced for internal administrators. Two suppliers still to be onboarded."),
    ("IA2425-15.01", "Temporary Accommodation – Procurement and Payments", "Limited", "High",
     "Ensure every temporary accommodation provider has a signed agreement and rates are approved before placements are made.",
     "Housing Needs will issue the standard provider agreement to all current suppliers and block new placements with any provider without a signed agreement.",
     "Head of Benefits and Housing Needs", "30/09/2025", "", "R",
     "Agreements issued to 41 of 58 providers. Block on new placements not yet in place."),
    ("IA2425-15.02", "Temporary Accommodation – Procurement and Payments", "Limited", "Medium",
     "Reconcile temporary accommodation invoices to placement records monthly before payment.",
     "A monthly reconciliation between the housing case management system and the finance system will be introduced and reported to the Group Director.",
     "Group Director, Finance and Corporate Resources", "31/03/2026", "", "G",
     "Reconciliation template agreed; first run planned for November 2025."),
]


def build_hackney():
    n = len(HACKNEY_HEAD)
    pad = lambda first: [first] + [""] * (n - 1)
    path = os.path.join(HERE, "jk2-hackney-council-internal-audit-recommendations-tracker.csv")
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(pad("London Borough of Hackney – Internal Audit"))
        w.writerow(pad("Outstanding Internal Audit Recommendations – Audit Committee 22 October 2025"))
        w.writerow(pad("Report run: 06/10/2025 (Pentana Risk)"))
        w.writerow([""] * n)
        w.writerow(HACKNEY_HEAD)
        for row in HACKNEY:
            w.writerow(list(row))
        w.writerow([""] * n)
        w.writerow(pad("Total outstanding recommendations: %d" % len(HACKNEY)))
        w.writerow(pad("RAG: B = implemented (awaiting verification by Internal Audit); G = on track for agreed date; "
                       "A = revised date agreed; R = overdue / no update received"))


# ---------------------------------------------------------------------------
# 3. Aberdeen City Council - 2023/24 Annual Audit Report action plan (docx)
# ---------------------------------------------------------------------------
ABERDEEN_TITLE = "Aberdeen City Council – 2023/24 Annual Audit Report"
# no, issue title, issue text, risk, recommendation, action paragraphs, officer line, date line, update
ABERDEEN_NEW = [
    ("1", "Capital programme slippage",
     "Capital expenditure of £146 million was £61 million (29%) below the revised budget, continuing the pattern of slippage seen in previous years.",
     "Risk – the council’s capital plans are not realistic and the expected benefits of investment are delayed.",
     "The council should review how capital budgets are set and profiled so that annual budgets reflect realistic delivery timescales.",
     ["The capital programme will be re-profiled as part of the 2025/26 budget process, with each project’s business case including a delivery profile agreed by the Capital Board."],
     "Responsible officer: Chief Officer – Capital", "Agreed date: 31 March 2025"),
    ("2", "Medium-term funding gap",
     "The Medium Term Financial Strategy projects a cumulative funding gap of £84 million over the next five years. Savings options have not yet been identified for the later years.",
     "Risk – the council is unable to set balanced budgets without unplanned use of reserves.",
     "The council should identify and agree recurring savings options to address the later years of the funding gap, supported by its transformation programme.",
     ["The Medium Term Financial Strategy will be refreshed and presented to Council alongside the 2025/26 budget.",
      "Options appraisals for the next phase of the transformation programme will be reported to the Finance and Resources Committee."],
     "Responsible officers: Chief Officer – Finance; Director of Resources", "Agreed date: March 2025"),
    ("3", "Payroll overpayments",
     "Our testing identified overpayments of £0.4 million to employees who had left, caused by late notification of leavers by services.",
     "Risk – public money is lost and recovery is not pursued.",
     "Management should strengthen the leavers process so that payroll is notified before an employee’s final pay date, and pursue recovery of the overpayments.",
     ["A monthly exception report of leavers notified after their leaving date will be issued to Chief Officers, and the recovery of outstanding overpayments will be tracked by the Payroll Manager."],
     "Responsible officer: Chief Officer – People and Organisational Development", "Agreed date: 31 December 2024"),
    ("4", "Net zero funding",
     "The council has not yet set out how it will fund the actions in the Net Zero Aberdeen Routemap.",
     "Risk – the council does not meet its net zero targets.",
     "The council should cost its net zero delivery plans and set out how they will be funded.",
     ["Costed delivery plans for the Net Zero Aberdeen Routemap will be reported to the Net Zero, Environment and Transport Committee."],
     "Responsible officer: Chief Officer – Strategic Place Planning", "Agreed date: June 2025"),
    ("5", "Public performance reporting",
     "Public performance reporting does not yet cover all of the Accounts Commission’s Strategic Audit Priorities.",
     "Risk – the public does not receive a balanced picture of the council’s performance.",
     "The council should review its public performance reporting to make sure it gives a balanced picture of performance against its LOIP outcomes.",
     ["The annual performance report will be reviewed against the Accounts Commission’s Strategic Audit Priorities, and progress will be reported to each Audit, Risk and Scrutiny Committee."],
     "Responsible officer: Chief Officer – Data and Insights", "Agreed date: Ongoing"),
]
ABERDEEN_BF = [
    ("b/f 1", "Group accounts consolidation",
     "Returns from two arm’s-length external organisations were received after the consolidation deadline in 2022/23.",
     "Risk – the group accounts are not prepared to timetable.",
     "Management should agree a timetable with group entities for the provision of audited returns.",
     ["A consolidation timetable will be agreed with ALEOs and subsidiaries."],
     "Responsible officer: Chief Officer – Finance", "Agreed date: 31 March 2024",
     "Complete. The timetable was agreed and used for the 2023/24 accounts."),
    ("b/f 2", "Fixed asset register",
     "The fixed asset register was not reconciled to the general ledger during 2022/23.",
     "Risk – errors in asset values are not identified promptly.",
     "The fixed asset register should be reconciled to the general ledger on a quarterly basis.",
     ["Quarterly reconciliations will be introduced and reviewed by the Finance Controller."],
     "Responsible officer: Finance Controller", "Agreed date: 31 March 2024",
     "Complete. Revised date: 30 June 2024. Quarterly reconciliations have been in place since June 2024 and were tested as part of our 2023/24 audit."),
]


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, paras, bold_first=False, size=9):
    """Write a list of paragraphs into a cell (first paragraph reuses the existing one)."""
    cell.text = ""
    for i, p in enumerate(paras):
        par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = par.add_run(p)
        run.font.size = Pt(size)
        if bold_first and i == 0:
            run.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin"):
        setattr(s, side, Cm(1.8))


def build_aberdeen():
    doc = Document()
    landscape(doc)
    doc.add_heading(ABERDEEN_TITLE, level=0)
    doc.add_paragraph("Prepared for Aberdeen City Council and the Controller of Audit")
    doc.add_paragraph("September 2024")
    doc.add_heading("Appendix 1: Action plan 2023/24", level=1)
    doc.add_paragraph("The table below sets out the recommendations arising from our 2023/24 audit, together with "
                      "management’s agreed actions. Progress against recommendations made in prior years is shown "
                      "in the second table.")
    doc.add_heading("2023/24 recommendations", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Issue/risk", "Recommendation", "Agreed management action/timing"]):
        set_cell(c, [h], bold_first=True)
        shade(c, "D9E2F3")
    for no, title, issue, risk, rec, acts, officer, date in ABERDEEN_NEW:
        cells = t.add_row().cells
        set_cell(cells[0], [no])
        set_cell(cells[1], [title, issue, risk], bold_first=True)
        set_cell(cells[2], [rec])
        set_cell(cells[3], acts + [officer, date])
    doc.add_paragraph()
    doc.add_heading("Follow-up of prior year recommendations", level=2)
    t2 = doc.add_table(rows=1, cols=5)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["No.", "Issue/risk", "Recommendation", "Agreed management action/timing", "Update"]):
        set_cell(c, [h], bold_first=True)
        shade(c, "D9E2F3")
    for no, title, issue, risk, rec, acts, officer, date, upd in ABERDEEN_BF:
        cells = t2.add_row().cells
        set_cell(cells[0], [no])
        set_cell(cells[1], [title, issue, risk], bold_first=True)
        set_cell(cells[2], [rec])
        set_cell(cells[3], acts + [officer, date])
        set_cell(cells[4], [upd])
    doc.add_paragraph()
    doc.add_paragraph("Audit Scotland, 4th Floor, 8 Nelson Mandela Place, Glasgow G2 1BT")
    doc.save(os.path.join(HERE, "jk2-aberdeen-city-council-annual-audit-report-2023-24-action-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Monmouthshire - Severn View Parc care home CIW inspection improvement plan (docx)
# ---------------------------------------------------------------------------
MON_TITLE = "Severn View Parc – Improvement Plan following Care Inspectorate Wales Inspection"
# section heading, [ (type, finding, [ (ref, action, responsible, timescale, progress) ]) ]
MON = [
    ("1. Well-being", [
        ("Area for improvement",
         "Regulation 21(1): People do not always have access to meaningful activities that reflect their interests, particularly people living with advanced dementia.",
         [("1.1", "Complete a ‘This is Me’ life history profile with every resident and their family, and use it to plan individual activities.",
           "Activities Coordinator / Unit Leads", "31 August 2025", "Complete"),
          ("1.2", "Introduce a weekly activities schedule for each household, including sensory sessions for people living with advanced dementia.",
           "Activities Coordinator", "September 2025", "On track")]),
    ]),
    ("2. Care and Support", [
        ("Priority action notice",
         "Regulation 58: The provider must ensure medicines are stored and administered safely, including the recording of time-sensitive medicines and ‘as required’ (PRN) protocols.",
         [("2.1", "Carry out a full medicines audit on every household and act on the findings immediately.",
           "Registered Manager", "Immediate – by 30 June 2025", "Complete"),
          ("2.2", "Put PRN protocols in place for all residents prescribed ‘as required’ medicines, reviewed with the GP practice.",
           "Clinical Lead; Registered Manager", "End of July 2025", "Complete"),
          ("2.3", "Complete observed medication competency assessments for all staff who administer medicines, repeated every six months.",
           "Clinical Lead", "Six-monthly", "On track")]),
        ("Area for improvement",
         "Regulation 15: Personal plans are not consistently reviewed with people and their representatives at least every three months.",
         [("2.4", "Introduce a three-monthly review calendar and record the involvement of the person and their representative in each review.",
           "Unit Leads", "30 September 2025", "Amber")]),
    ]),
    ("3. Environment", [
        ("Area for improvement",
         "Regulation 44: Some areas of the home were cluttered and a sluice room was found unlocked.",
         [("3.1", "Carry out daily environmental walk-rounds and add sluice door checks to the night shift checklist.",
           "Deputy Manager", "July 2025", "Complete")]),
    ]),
    ("4. Leadership and Management", [
        ("Area for improvement",
         "Regulation 36: Not all care staff received supervision at least every three months.",
         [("4.1", "Set up a supervision matrix for all staff, monitored monthly by the Responsible Individual.",
           "Registered Manager", "31 August 2025", "Red")]),
        ("Area for improvement",
         "Regulation 80: The six-monthly quality of care review did not include feedback from people living at the home.",
         [("4.2", "Include resident, family and staff feedback in the next Regulation 80 quality of care review and publish a summary in the home.",
           "Responsible Individual", "Q3 2025/26", "Not started")]),
    ]),
]
MON_KEY = [("Complete", "Action completed and evidenced", "BDD7EE"),
           ("On track", "Action progressing to timescale", "C6EFCE"),
           ("Amber", "Some delay – timescale at risk", "FFEB9C"),
           ("Red", "Not progressing – escalated to the Responsible Individual", "FFC7CE"),
           ("Not started", "Action not yet due to start", "FFFFFF")]
MON_SHADE = {k: c for k, _, c in MON_KEY}


def build_monmouthshire():
    doc = Document()
    landscape(doc)
    doc.add_heading(MON_TITLE, level=0)
    doc.add_paragraph("Monmouthshire County Council – Social Care and Health (Adult Services)")
    doc.add_paragraph("Inspection dates: 14 and 15 May 2025 | Inspection report published: 4 July 2025")
    ctl = doc.add_table(rows=0, cols=2)
    ctl.style = "Table Grid"
    for k, v in [("Document owner", "Registered Manager, Severn View Parc"),
                 ("Responsible Individual", "Head of Adult Services"),
                 ("Version", "1.2"),
                 ("Last reviewed", "29 September 2025"),
                 ("Review frequency", "Monthly at the Adult Services Quality meeting")]:
        cells = ctl.add_row().cells
        set_cell(cells[0], [k], bold_first=True, size=10)
        set_cell(cells[1], [v], size=10)
        shade(cells[0], "E7E6E6")
    doc.add_heading("Progress key", level=2)
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, v, col in MON_KEY:
        cells = kt.add_row().cells
        set_cell(cells[0], [k], bold_first=True, size=10)
        set_cell(cells[1], [v], size=10)
        shade(cells[0], col)
    heads = ["Ref", "Type", "Regulation and finding", "Action", "Responsible", "Timescale", "Progress"]
    for section, groups in MON:
        doc.add_heading(section, level=1)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, [h], bold_first=True)
            shade(c, "1F4E79")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for typ, finding, acts in groups:
            first = len(t.rows)
            for ref, action, resp, when, prog in acts:
                cells = t.add_row().cells
                set_cell(cells[0], [ref])
                set_cell(cells[3], [action])
                set_cell(cells[4], [resp])
                set_cell(cells[5], [when])
                set_cell(cells[6], [prog])
                shade(cells[6], MON_SHADE[prog])
            last = len(t.rows) - 1
            a = t.cell(first, 1).merge(t.cell(last, 1)) if last > first else t.cell(first, 1)
            set_cell(a, [typ], bold_first=(typ == "Priority action notice"))
            b = t.cell(first, 2).merge(t.cell(last, 2)) if last > first else t.cell(first, 2)
            set_cell(b, [finding])
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, [h], bold_first=True, size=10)
    for row in [("Registered Manager", "Claire Pritchard", "29/09/2025"),
                ("Responsible Individual", "Jane Rodgers", "30/09/2025")]:
        cells = so.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, [v], size=10)
    doc.save(os.path.join(HERE, "jk2-monmouthshire-cc-severn-view-parc-care-home-ciw-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Wandsworth - RSH consumer standards housing improvement plan (tab-delimited text)
# ---------------------------------------------------------------------------
WAND_HEAD = ["Ref", "Consumer standard", "Regulator finding", "Action", "Lead officer", "Target date",
             "Revised target date", "RAG", "Progress commentary"]
# rows: either a workstream heading (str) or a full row tuple
WAND = [
    "Workstream 1: Building safety compliance",
    ("1.1", "Safety and Quality",
     "Around 40% of homes and almost 80% of communal areas did not have an in-date electrical safety test.",
     "Complete electrical installation condition reports (EICRs) for every home and communal area without an in-date test, prioritising blocks with communal heating.",
     "Head of Building Safety & Compliance", "Mar-26", "", "Amber",
     "71% of homes now have a valid EICR (up from 60%). Additional contractor mobilised October 2025."),
    ("1.2", "", "",
     "Report electrical safety compliance monthly to the Housing Compliance Board and quarterly to Housing Committee.",
     "Head of Building Safety & Compliance", "Monthly", "", "Green",
     "Compliance dashboard reported since July 2025."),
    ("1.3", "",
     "Almost 1,800 fire safety remedial actions were overdue, all of them by more than 12 months.",
     "Clear the backlog of overdue fire risk assessment actions, starting with high-risk actions in high-rise blocks.",
     "Head of Fire Safety; Head of Building Safety & Compliance", "31/12/2025", "30/06/2026", "Red",
     "Backlog reduced from 1,792 to 1,140.\nHigh-risk actions outstanding: 212."),
    "Workstream 2: Stock condition and decency",
    ("2.1", "Safety and Quality",
     "Only 6.5% of the council’s 17,000 homes had been surveyed in the last ten years.",
     "Commission a five-year rolling programme of stock condition surveys, surveying at least 20% of homes each year.",
     "Head of Asset Management", "Q4 2025/26", "", "Green",
     "Surveyor appointed; 1,950 surveys completed to date."),
    ("2.2", "", "",
     "Load the survey data into the asset management system and use it to set the 2026–31 capital investment programme.",
     "Head of Asset Management / Head of Housing Finance", "Jun-26", "", "Green",
     "Data migration scoped with the system supplier."),
    "Workstream 3: Repairs, damp and mould",
    ("3.1", "Safety and Quality",
     "The council could not evidence that it tracked damp and mould cases through to resolution.",
     "Introduce a damp and mould case tracker, with an inspection within 10 working days of every report and a follow-up visit after works.",
     "Head of Repairs", "Sep-25", "", "Blue",
     "Tracker live from 1 September 2025."),
    ("3.2", "", "",
     "Train all repairs operatives and housing officers to recognise and report damp and mould.",
     "Head of Repairs; Head of Housing Management", "31/01/2026", "", "Green",
     "312 of 420 staff trained."),
    "Workstream 4: Tenant voice and accountability",
    ("4.1", "Transparency, Influence and Accountability",
     "There were weaknesses in how tenants’ views were taken into account in decision making.",
     "Set up a Tenant Scrutiny Panel with its own budget and the right to review one housing service area each year.",
     "Head of Resident Engagement", "December 2025", "March 2026", "Amber",
     "Recruitment to the panel extended to January 2026 after low response."),
    ("4.2", "", "",
     "Publish tenant satisfaction measures and progress on this improvement plan on the council website every quarter.",
     "Head of Resident Engagement", "Quarterly", "", "Green",
     "Q2 update published 20 October 2025."),
]


def build_wandsworth():
    n = len(WAND_HEAD)
    pad = lambda first: [first] + [""] * (n - 1)
    path = os.path.join(HERE, "jk2-wandsworth-council-rsh-consumer-standards-housing-improvement-plan.txt")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\r\n")
        w.writerow(pad("Wandsworth Borough Council – Housing Improvement Plan"))
        w.writerow(pad("Response to the Regulator of Social Housing regulatory judgement (C3 grading)"))
        w.writerow(pad("Progress report to Housing Committee – 12 November 2025"))
        w.writerow([""] * n)
        w.writerow(WAND_HEAD)
        for row in WAND:
            w.writerow(pad(row) if isinstance(row, str) else list(row))
        w.writerow([""] * n)
        w.writerow(pad("RAG key: Blue = complete; Green = on track; Amber = risk of slippage; Red = off track or overdue"))
        w.writerow(pad("Source: Housing Improvement Plan tracker v9 (exported 03/11/2025)"))


# ---------------------------------------------------------------------------
# 6. Hertfordshire Constabulary - HMICFRS vetting, misconduct and misogyny tracker (xlsx)
# ---------------------------------------------------------------------------
HERTS_TITLE = "HMICFRS: An inspection of vetting, misconduct, and misogyny in the police service – Force Response Tracker"
# chapter, [ (recommendation, [ (ref, action, owner, target, revised, status, update) ]) ]
HERTS_RECS = [
    ("Vetting", [
        ("Recommendation 4: By 31 October 2023, chief constables should make sure that their vetting units have enough resources to meet demand and keep processing times to a minimum.",
         [("R4.1", "Complete a demand and capacity review of the Joint Vetting Unit shared with Bedfordshire and Cambridgeshire.",
           "Head of Vetting (BCH)", D(2023, 6, 30), None, "Complete", "Review completed and growth bid approved by the BCH Strategic Board."),
          ("R4.2", "Recruit the four vetting officers and two researchers agreed in the 2023/24 growth bid.",
           "Head of Vetting (BCH) / Head of People Services", D(2023, 10, 31), None, "At risk", "Three of six posts filled; remaining posts re-advertised August 2023.")]),
        ("Recommendation 7: By 30 April 2023, chief constables should make sure that every decision to grant vetting clearance despite adverse information is recorded with a clear rationale and risk mitigation.",
         [("R7.1", "Introduce a mandatory rationale template in the vetting system for all clearances granted with adverse information, with monthly dip-sampling by the Vetting Manager.",
           "Vetting Manager", D(2023, 4, 30), None, "Complete", "Template live since April 2023. Dip-sample results reported to the Vetting Board.")]),
    ]),
    ("Counter-corruption", [
        ("Recommendation 13: By 31 October 2023, chief constables should make sure their counter-corruption units can monitor all force IT systems.",
         [("R13.1", "Procure and deploy IT monitoring software across all force systems, including mobile devices.",
           "Head of Anti-Corruption Unit; Head of ICT (BCH)", D(2023, 10, 31), D(2024, 3, 31), "Off track", "Procurement delayed by the regional framework; contract award expected December 2023."),
          ("R13.2", "Produce a counter-corruption strategic intelligence assessment covering abuse of position for a sexual purpose.",
           "Head of Anti-Corruption Unit", D(2023, 9, 30), None, "On track", "Draft assessment with the Head of PSD for review.")]),
    ]),
    ("Misconduct", [
        ("Recommendation 21: By 31 March 2023, chief constables should make sure that allegations of misogynistic and predatory behaviour are correctly recorded and assessed as potential gross misconduct.",
         [("R21.1", "Update the PSD assessment guidance and brief all PSD assessors and appropriate authorities.",
           "Head of Professional Standards", D(2023, 3, 31), None, "Complete", "Guidance issued 20 March 2023; briefings delivered.")]),
    ]),
    ("Misogyny and unwanted sexual behaviour", [
        ("Recommendation 28: By 31 October 2023, chief constables should make sure officers and staff have an effective way to report concerns about colleagues confidentially.",
         [("R28.1", "Relaunch the confidential reporting line with a campaign led by the Deputy Chief Constable, and report use of the line to the Ethics Committee every quarter.",
           "Deputy Chief Constable", D(2023, 10, 31), None, "On track", "Campaign launched 1 August 2023."),
          ("R28.2", "Introduce active bystander training for all officers and staff.\nInclude the training in the PCDA and DHEP probationer curriculum.",
           "Head of Learning & Development", D(2024, 3, 31), None, "On track", "Training package approved; roll-out from October 2023.")]),
    ]),
]
HERTS_AFIS = [
    ("AFI 1", "The force should make sure that its workforce understands the standards of behaviour expected and the outcomes of misconduct cases.",
     "Publish a monthly ‘Learning the Lessons’ summary of misconduct outcomes on the intranet.",
     "Head of Professional Standards", D(2023, 7, 31), "Complete", "First edition published July 2023."),
    ("AFI 2", "The force should improve how it monitors disproportionality in vetting decisions.",
     "Add protected characteristics reporting to the vetting management system and review it quarterly at the Vetting Board.",
     "Vetting Manager / Force Diversity Lead", "Q4 2023/24", "On track", "Reporting specification agreed with the system supplier."),
    ("AFI 3", "The force should make sure that supervisors complete an annual integrity health check with every officer and member of staff.",
     "Build the annual integrity health check into the Performance Development Review (PDR) process.",
     "Head of People Services", D(2023, 12, 31), "At risk", "PDR system change delayed; interim paper form in use."),
]
HERTS_STATUS = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}


def build_herts():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Hertfordshire Constabulary"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = HERTS_TITLE
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Position at 31 August 2023 – reported to Chief Officer Group, 12 September 2023"
    for i, h in enumerate(["Status", "Recommendation actions", "AFI actions"], 1):
        c = s.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    rec_acts = [a for _, recs in HERTS_RECS for _, al in recs for a in al]
    r = 6
    for st, col in HERTS_STATUS.items():
        s.cell(row=r, column=1, value=st).fill = fill(col)
        s.cell(row=r, column=2, value=sum(1 for a in rec_acts if a[5] == st))
        s.cell(row=r, column=3, value=sum(1 for a in HERTS_AFIS if a[5] == st))
        r += 1
    s.cell(row=r, column=1, value="Total").font = Font(bold=True)
    s.cell(row=r, column=2, value=len(rec_acts)).font = Font(bold=True)
    s.cell(row=r, column=3, value=len(HERTS_AFIS)).font = Font(bold=True)
    s.column_dimensions["A"].width = 20
    s.column_dimensions["B"].width = 24
    s.column_dimensions["C"].width = 14

    ws = wb.create_sheet("Recommendations")
    ws["A1"] = HERTS_TITLE
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Recommendations for chief constables (HMICFRS report published 2 November 2022)"
    ws["A2"].font = Font(italic=True)
    heads = ["Action ref", "Chapter", "HMICFRS recommendation", "Force action", "Action owner",
             "Target date", "Revised target date", "Status", "Update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002060")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for chapter, recs in HERTS_RECS:
        ch_first = r
        ws.cell(row=r, column=2, value=chapter)
        for rec, acts in recs:
            rec_first = r
            ws.cell(row=r, column=3, value=rec)
            for ref, act, owner, tgt, rev, st, upd in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=4, value=act)
                ws.cell(row=r, column=5, value=owner)
                c = ws.cell(row=r, column=6, value=tgt)
                c.number_format = "mmm-yy" if ref == "R7.1" else "dd/mm/yyyy"
                c = ws.cell(row=r, column=7, value=rev)
                c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=8, value=st)
                c.fill = fill(HERTS_STATUS[st])
                ws.cell(row=r, column=9, value=upd)
                for col in range(1, 10):
                    ws.cell(row=r, column=col).border = BOX
                    ws.cell(row=r, column=col).alignment = WRAP
                r += 1
            if r - 1 > rec_first:
                ws.merge_cells(start_row=rec_first, start_column=3, end_row=r - 1, end_column=3)
        if r - 1 > ch_first:
            ws.merge_cells(start_row=ch_first, start_column=2, end_row=r - 1, end_column=2)
    for i, w in enumerate([9, 18, 50, 50, 28, 12, 12, 11, 45]):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws.freeze_panes = "A5"

    wa = wb.create_sheet("AFIs")
    wa["A1"] = HERTS_TITLE
    wa["A1"].font = Font(bold=True, size=12)
    wa["A2"] = "Areas for improvement"
    wa["A2"].font = Font(italic=True)
    heads = ["AFI", "Area for improvement", "Force action", "Action owner", "Target date", "Status", "Update"]
    for i, h in enumerate(heads, 1):
        c = wa.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002060")
        c.border = BOX
    for r, (ref, afi, act, owner, tgt, st, upd) in enumerate(HERTS_AFIS, 5):
        vals = [ref, afi, act, owner, tgt, st, upd]
        for col, v in enumerate(vals, 1):
            c = wa.cell(row=r, column=col, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
        wa.cell(row=r, column=6).fill = fill(HERTS_STATUS[st])
    for i, w in enumerate([7, 50, 50, 30, 12, 11, 45]):
        wa.column_dimensions["ABCDEFG"[i]].width = w

    wk = wb.create_sheet("Key")
    wk["A1"] = "Status key"
    wk["A1"].font = Font(bold=True)
    for r, (st, meaning) in enumerate([("Complete", "Action complete and evidence accepted by the Vetting and Integrity Board (Blue)"),
                                       ("On track", "Action progressing and expected to meet the target date (Green)"),
                                       ("At risk", "Target date at risk; mitigation in place (Amber)"),
                                       ("Off track", "Target date missed or will be missed; escalated to Chief Officer Group (Red)")], 2):
        wk.cell(row=r, column=1, value=st).fill = fill(HERTS_STATUS[st])
        wk.cell(row=r, column=2, value=meaning)
    wk.column_dimensions["A"].width = 12
    wk.column_dimensions["B"].width = 90
    wb.save(os.path.join(HERE, "jk2-hertfordshire-constabulary-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 7. Solihull MBC - corporate risk register Q3 2025/26 (xlsx, typo month -> refuse)
# ---------------------------------------------------------------------------
SOLIHULL_TITLE = "Corporate Risk Register – Quarter 3 2025/26"
# risk: ref, title, owner, current, dot, target, [ (action, owner, date, status) ]
SOLIHULL = [
    ("CR01", "Medium-term financial sustainability", "Director of Resources", "4 x 5 = 20", "↔", "3 x 4 = 12",
     [("Deliver the 2026/27 savings programme of £14.2m, with monthly monitoring at CLT.", "Assistant Director – Finance", D(2026, 3, 31), "At risk"),
      ("Refresh the Medium Term Financial Strategy to 2029/30 for February Council.", "Assistant Director – Finance", D(2026, 2, 28), "On track")]),
    ("CR02", "Adult social care demand and market sustainability", "Director of Adult Care and Support", "4 x 4 = 16", "↔", "3 x 4 = 12",
     [("Expand the Home First reablement service, increasing reablement capacity by 20%.", "Assistant Director – Adult Care", D(2026, 6, 30), "On track"),
      ("Agree the 2026/27 fee uplift for care providers following the cost of care exercise.", "Head of Commissioning – Adults", D(2026, 3, 31), "At risk")]),
    ("CR03", "Cyber security and resilience", "Director of Resources", "4 x 5 = 20", "↓", "3 x 5 = 15",
     [("Complete the Cyber Assessment Framework self-assessment and PSN recertification.", "Head of ICT", D(2025, 12, 31), "Complete"),
      ("Run a cyber incident exercise with CLT and Gold commanders.", "Head of ICT; Emergency Planning Manager", D(2026, 2, 28), "On track")]),
    ("CR04", "Workforce capacity and recruitment", "Director of People and Organisational Development", "3 x 4 = 12", "↑", "2 x 4 = 8",
     [("Launch the refreshed recruitment and retention offer for hard-to-fill social care and planning posts.", "Head of HR and OD", "31 Janaury 2026", "On track"),
      ("Complete the refresh of the Workforce Strategy 2026–29.", "Head of HR and OD", D(2026, 3, 31), "On track")]),
    ("CR05", "UK Central and Arden Cross infrastructure delivery", "Director of Economy and Infrastructure", "3 x 4 = 12", "↔", "3 x 3 = 9",
     [("Secure Investment Zone business case approval for the Arden Cross infrastructure package.", "Assistant Director – Economy and Regeneration", D(2026, 9, 30), "On track")]),
    ("CR06", "Climate emergency – Net Zero 2041", "Director of Economy and Infrastructure", "3 x 3 = 9", "↔", "2 x 3 = 6",
     [("Publish the Net Zero Action Plan annual progress report.", "Head of Climate Change", D(2026, 6, 30), "On track")]),
]
SOL_STATUS = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}


def build_solihull():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2025-26"
    ws["A1"] = "Solihull Metropolitan Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = SOLIHULL_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reviewed by Corporate Leadership Team 13 January 2026; reported to Audit Committee 27 January 2026"
    heads = ["Risk ref", "Risk title", "Risk owner", "Current score (L x I)", "Direction of travel", "Target score",
             "Further actions required", "Action owner", "Target date", "Action status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2E83")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for ref, title, owner, cur, dot, tgt, acts in SOLIHULL:
        first = r
        for col, v in enumerate([ref, title, owner, cur, dot, tgt], 1):
            ws.cell(row=r, column=col, value=v)
        score = int(cur.split("=")[1])
        ws.cell(row=first, column=4).fill = fill(RED if score >= 15 else AMBER if score >= 8 else GREEN)
        for act, aown, when, st in acts:
            ws.cell(row=r, column=7, value=act)
            ws.cell(row=r, column=8, value=aown)
            c = ws.cell(row=r, column=9, value=when)
            if isinstance(when, dt.date):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=10, value=st)
            c.fill = fill(SOL_STATUS[st])
            for col in range(1, 11):
                ws.cell(row=r, column=col).border = BOX
                ws.cell(row=r, column=col).alignment = WRAP
            r += 1
        if r - 1 > first:
            for col in range(1, 7):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Risk scoring: Likelihood (L) x Impact (I), each scored 1–5. "
                                   "Risks scoring 15 or more are reported to Audit Committee.")
    ws.cell(row=r + 1, column=1, value="Direction of travel: ↑ increasing  ↔ unchanged  ↓ reducing (since Q2 2025/26)")
    for i, w in enumerate([8, 30, 28, 12, 10, 11, 55, 32, 13, 12]):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "jk2-solihull-mbc-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"))


def main():
    build_richmond()
    build_hackney()
    build_aberdeen()
    build_monmouthshire()
    build_wandsworth()
    build_herts()
    build_solihull()


if __name__ == "__main__":
    main()
