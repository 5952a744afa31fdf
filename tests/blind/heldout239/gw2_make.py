"""Build the seven gw2- blind test files for heldout239.

Run with: /work/main/.venv/bin/python gw2_make.py
Writes into the folder this script sits in.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_rgb):
    return PatternFill("solid", start_color=hex_rgb, end_color=hex_rgb)


RAGFILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}


# ======================================================================
# 1. Rotherham MBC - ASC CQC assessment improvement plan (docx)
# ======================================================================
def rotherham():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Rotherham Metropolitan Borough Council")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Adult Care, Housing and Public Health Directorate")
    doc.add_heading("Adult Social Care CQC Assessment Improvement Plan 2025-27", level=1)

    doc.add_heading("Document control", level=3)
    dc = [
        ("Version", "1.3"),
        ("Plan owner", "Strategic Director, Adult Care, Housing and Public Health"),
        ("Plan co-ordinator", "Regulatory Assurance Lead"),
        ("Date of this update", "14 October 2025"),
        ("Reported to", "ASC Improvement Board; Health Select Commission"),
        ("Next review", "January 2026"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in dc:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "D9E2F3")
        set_cell(row[1], v)

    doc.add_paragraph(
        "This plan responds to the areas for improvement in the Care Quality Commission's "
        "local authority assessment of Rotherham's adult social care functions under Part 1 "
        "of the Care Act 2014. Actions are grouped under the four CQC assessment themes and "
        "the quality statement each area for improvement relates to."
    )

    doc.add_heading("RAG key", level=3)
    key = [
        ("B", "Blue", "Complete", RAGFILL["blue"]),
        ("G", "Green", "On track to deliver by the timescale", RAGFILL["green"]),
        ("A", "Amber", "Some slippage - recoverable", RAGFILL["amber"]),
        ("R", "Red", "Off track - escalated to the ASC Improvement Board", RAGFILL["red"]),
    ]
    kt = doc.add_table(rows=0, cols=3)
    kt.style = "Table Grid"
    for letter, word, meaning, colour in key:
        row = kt.add_row().cells
        set_cell(row[0], letter, bold=True)
        shade(row[0], colour)
        set_cell(row[1], word)
        set_cell(row[2], meaning)
    doc.add_paragraph("Blank RAG = not yet started.")

    header = ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update (October 2025)"]
    themes = [
        ("Theme 1: Working with people", [
            ("Assessing needs - some people waited too long for a Care Act assessment or an annual review, "
             "particularly in the locality teams.", [
                ("1.1", "Introduce a single waiting list triage process across the three locality teams, with a "
                        "weekly risk review of everyone waiting more than 28 days.",
                 "Head of Service - Localities", "December 2025", "G",
                 "Triage tool agreed; weekly risk review running in North and Central teams since August."),
                ("1.2", "Commission additional review capacity to clear the backlog of overdue annual reviews, "
                        "prioritising people who receive direct payments and people in residential care.",
                 "Head of Service - Localities / Strategic Commissioning Manager", "Sept 2025 - March 2026", "A",
                 "Agency review team in place from October; backlog down from 1,140 to 960."),
            ]),
            ("Supporting people to live healthier lives - carers told CQC they did not always know what "
             "support was available to them.", [
                ("1.3", "Refresh the All-Age Carers Strategy action plan with Carers' Forum members and publish "
                        "a carers' offer on the Connect to Support Rotherham website.",
                 "Carers Lead; Chair of Rotherham Carers' Forum", "31/01/2026", "G",
                 "Two co-production workshops held; draft offer with Forum for comment."),
                ("1.4", "Increase the number of carers' assessments completed by offering assessments through "
                        "the commissioned carers' support service.",
                 "Service Manager - Prevention and Early Intervention", "Q4 2025/26", "",
                 "Due to start January 2026 once the contract variation is signed."),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("Care provision, integration and continuity - there was limited choice of home care in the "
             "rural parts of the borough and for people with complex needs.", [
                ("2.1", "Re-procure the home care and support framework using a zoned model for the rural "
                        "south and east of the borough.",
                 "Head of Strategic Commissioning", "April 2026", "A",
                 "Tender went live 1 September 2025; evaluation has slipped by four weeks."),
                ("2.2", "Publish a Market Position Statement for specialist accommodation for people with a "
                        "learning disability and autistic people.",
                 "Strategic Commissioning Manager (LD and Autism)", "July 2025", "B",
                 "Published 18 July 2025 and shared at the provider forum."),
            ]),
        ]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("Safe systems, pathways and transitions - young people moving to adult services did not always "
             "have a timely transition plan.", [
                ("3.1", "Set up a joint Preparing for Adulthood panel with Children and Young People's Services "
                        "to track every young person with likely care and support needs from age 14.",
                 "Assistant Director, Adult Care and Integration & Assistant Director, Children's Social Care",
                 "End of November 2025", "G",
                 "Terms of reference agreed; first panel 12 November 2025."),
            ]),
            ("Safeguarding - people waited too long for Deprivation of Liberty Safeguards assessments.", [
                ("3.2", "Reduce the DoLS waiting list using a prioritisation tool based on the ADASS screening "
                        "tool, and report the position monthly to the Safeguarding Adults Board.",
                 "DoLS Team Manager", "Ongoing", "A",
                 "Waiting list reduced by 22% since April; Liberty Protection Safeguards delay noted."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Learning, improvement and innovation - feedback from people and their lived experience were "
             "not used consistently to shape improvement.", [
                ("4.1", "Set up a Lived Experience Reference Group with paid involvement, and build its feedback "
                        "into the quarterly ASC performance report.",
                 "Regulatory Assurance Lead", "Mar-26", "G",
                 "Recruitment of members under way with Speakup Self Advocacy."),
                ("4.2", "Reduce reliance on agency social workers by delivering the ASC workforce plan, including "
                        "the social work apprenticeship and international recruitment cohorts.",
                 "Principal Social Worker and HR Business Partner", "Dec 2025 (revised to June 2026)", "R",
                 "International cohort delayed by visa processing; agency use still 14% of social work posts."),
            ]),
        ]),
    ]
    for theme, afis in themes:
        doc.add_heading(theme, level=2)
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for i, h in enumerate(header):
            set_cell(tbl.rows[0].cells[i], h, bold=True)
            shade(tbl.rows[0].cells[i], "1F3864")
        for afi, actions in afis:
            row = tbl.add_row()
            merged = row.cells[0].merge(row.cells[5])
            set_cell(merged, afi, bold=True)
            shade(merged, "D9E2F3")
            for ref, text, lead, when, rag, upd in actions:
                cells = tbl.add_row().cells
                for i, v in enumerate([ref, text, lead, when, rag, upd]):
                    set_cell(cells[i], v)
                if rag:
                    shade(cells[4], {"B": RAGFILL["blue"], "G": RAGFILL["green"],
                                     "A": RAGFILL["amber"], "R": RAGFILL["red"]}[rag])
        doc.add_paragraph("")

    doc.add_paragraph(
        "Progress against this plan is reported quarterly to the ASC Improvement Board and twice a year "
        "to the Health Select Commission."
    )
    doc.save(out("gw2-rotherham-mbc-asc-cqc-assessment-improvement-plan.docx"))


# ======================================================================
# 2. Swansea Council - Audit Wales recommendations tracker (docx)
# ======================================================================
def swansea():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Appendix A")
    doc.add_heading("Audit Wales Recommendations – Progress Tracker", level=1)
    doc.add_paragraph("Governance & Audit Committee – 10 December 2025. Position as at 30 November 2025.")

    doc.add_heading("Summary", level=3)
    summ = [
        ("Audit Wales report", "Recommendations", "Actions", "Complete", "Open"),
        ("Use of Performance Information", "2", "3", "1", "2"),
        ("Setting of Well-being Objectives", "2", "2", "0", "2"),
        ("Financial Sustainability Review", "2", "2", "1", "1"),
        ("Total", "6", "7", "2", "5"),
    ]
    st = doc.add_table(rows=0, cols=5)
    st.style = "Table Grid"
    for i, r in enumerate(summ):
        cells = st.add_row().cells
        for j, v in enumerate(r):
            set_cell(cells[j], v, bold=(i == 0 or i == len(summ) - 1))

    doc.add_paragraph(
        "Status: Complete = action implemented and recommended for closure; Green = on track; "
        "Amber = at risk of missing the target date; Red = target date missed."
    )

    header = ["Ref", "Audit Wales recommendation", "Council response / agreed action",
              "Responsible officer", "Target date", "Status", "Progress at November 2025"]
    reports = [
        ("Report 1: Use of Performance Information – Service User Perspective and Outcomes (June 2023)", [
            ("The Council should strengthen the information it provides to senior leaders and members so "
             "they understand the perspective of service users.", [
                ("R1", "Include a service user perspective section, drawing on complaints, compliments and "
                       "survey results, in each quarterly performance monitoring report to Cabinet.",
                 "Strategic Delivery & Performance Manager", "March 2024", "Complete",
                 "Included from the Q3 2023/24 report onwards. Recommend closure."),
            ]),
            ("The Council should improve the quality of the outcome information it reports, so that members "
             "can see the impact of its services.", [
                ("R2a", "Review the corporate performance indicator set so that each well-being objective has "
                        "at least one outcome measure.",
                 "Strategic Delivery & Performance Manager", "Sept 2024\nRevised: March 2026", "Amber",
                 "Draft indicator set discussed at Corporate Management Team in October; "
                 "waiting for the corporate plan refresh."),
                ("R2b", "Develop outcome-focused service plans for Social Services and Housing as pilots, then "
                        "roll them out to all directorates.",
                 "Head of Adult Services; Head of Housing and Public Health", "31 March 2025", "Red",
                 "Pilots complete. Corporate roll-out paused pending the senior management restructure."),
            ]),
        ]),
        ("Report 2: Setting of Well-being Objectives (February 2024)", [
            ("The Council should involve a more representative range of people when it sets its well-being "
             "objectives, in line with the sustainable development principle.", [
                ("R3", "Co-produce the engagement plan for the 2026 corporate plan refresh with Swansea Public "
                       "Services Board partners and the Youth Council.",
                 "Chief Transformation Officer", "Q1 2026/27", "Green",
                 "Engagement plan agreed with PSB partners; Youth Council session booked for January."),
            ]),
            ("The Council should set out how it will monitor progress towards the long-term aims of its "
             "well-being objectives.", [
                ("R4", "Publish a well-being objectives monitoring framework with milestones to 2030.",
                 "Strategic Delivery & Performance Manager", "Dec-25", "Amber",
                 "Framework drafted; linked to R2a and may move with it."),
            ]),
        ]),
        ("Report 3: Financial Sustainability Review (November 2024)", [
            ("The Council should develop a longer-term savings plan that shows how it will close the budget "
             "gap it projects beyond 2026-27.", [
                ("R5", "Extend the Medium Term Financial Plan to cover five years and identify savings proposals "
                       "for years three to five.",
                 "Director of Finance (Section 151 Officer)", "February 2026", "Green",
                 "Five-year MTFP model built; savings proposals going to Cabinet in February."),
            ]),
            ("The Council should improve the information members receive on the delivery of agreed savings.", [
                ("R6", "Report savings delivery by directorate, with a RAG status, in the quarterly revenue "
                       "budget monitoring report.",
                 "Deputy Chief Finance Officer", "June 2025", "Complete",
                 "In place from the Q1 2025/26 monitoring report. Recommend closure."),
            ]),
        ]),
    ]
    colour = {"Complete": "BDD7EE", "Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
    for heading, recs in reports:
        p = doc.add_paragraph()
        r = p.add_run(heading)
        r.bold = True
        r.font.size = Pt(11)
        tbl = doc.add_table(rows=1, cols=7)
        tbl.style = "Table Grid"
        for i, h in enumerate(header):
            set_cell(tbl.rows[0].cells[i], h, bold=True)
            shade(tbl.rows[0].cells[i], "D9D9D9")
        for rec, actions in recs:
            first = None
            for ref, text, officer, when, status, prog in actions:
                cells = tbl.add_row().cells
                set_cell(cells[0], ref)
                if first is None:
                    set_cell(cells[1], rec)
                    first = cells[1]
                set_cell(cells[2], text)
                set_cell(cells[3], officer)
                set_cell(cells[4], when)
                set_cell(cells[5], status)
                shade(cells[5], colour[status])
                set_cell(cells[6], prog)
            if len(actions) > 1:
                last = tbl.rows[len(tbl.rows) - 1].cells[1]
                first.merge(last)
        doc.add_paragraph("")
    doc.add_paragraph("Contact: Strategic Delivery & Performance Manager, Swansea Council.")
    doc.save(out("gw2-swansea-council-audit-wales-recommendations-tracker.docx"))


# ======================================================================
# 3. Teignbridge DC - internal audit recommendations tracker (csv)
# ======================================================================
def csv_field(v):
    if any(c in v for c in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def teignbridge():
    ncol = 12
    rows = []

    def line(*vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        rows.append(",".join(csv_field(v) for v in vals))

    line("Teignbridge District Council – Internal Audit Recommendations Tracker")
    line("Audit Scrutiny Committee 22 January 2026 – outstanding and recently closed recommendations as at 31 December 2025")
    line("Source: Devon Assurance Partnership (DAP) follow-up reviews")
    line()
    line("Audit area", "Assurance opinion", "Rec ref", "Priority", "Recommendation", "Agreed action",
         "Action owner", "Original due date", "Revised due date", "RAG", "DAP follow-up comment", "Closed?")
    data = [
        ("Council Tax & Business Rates 2024/25", "Reasonable", "CT1", "Medium",
         "Reconciliations between the Council Tax system and the Valuation Office list should be completed "
         "monthly and independently reviewed.",
         "Monthly VOA reconciliation to be completed by the Senior Revenues Officer and signed off by the "
         "Revenues Manager.",
         "Revenues Manager", "31/10/2025", "", "B",
         "Evidence of October to December reconciliations seen.", "Yes"),
        ("Council Tax & Business Rates 2024/25", "Reasonable", "CT2", "Low",
         "Single person discounts should be reviewed at least annually.",
         "Procure a single person discount data-matching exercise through the Devon-wide framework.",
         "Revenues Manager / Benefits & Recovery Manager", "30/09/2025", "31/03/2026", "A",
         "Procurement delayed by the framework renewal; revised date agreed with DAP.", "No"),
        ("Procurement & Contract Management", "Limited", "PR1", "High",
         "A contracts register including all contracts over £5,000 should be maintained and published in line "
         "with the Local Government Transparency Code.",
         "Rebuild the contracts register from the finance system and publish it quarterly on the Council "
         "website.",
         "Procurement Lead", "31/12/2025", "", "A",
         "Register rebuilt; first publication now due January 2026.", "No"),
        ("Procurement & Contract Management", "Limited", "PR2", "High",
         "Waivers of Contract Procedure Rules should be recorded centrally and reported to Audit Scrutiny "
         "Committee.",
         "Introduce an electronic waiver form and central log, and report waivers to the Committee every six "
         "months.",
         "Procurement Lead; Democratic Services Manager", "30/11/2025", "", "R",
         "Form designed but not yet live. Overdue.", "No"),
        ("Cyber Security", "Reasonable", "CS1", "Medium",
         "Multi-factor authentication should be enforced for all remote access accounts, including third-party "
         "support accounts.",
         "Strata to enforce MFA on the remaining third-party supplier accounts.",
         "Strata Head of IT Operations", "31/08/2025", "", "B",
         "MFA now enforced. Verified by DAP on 12/11/2025.", "Yes"),
        ("Cyber Security", "Reasonable", "CS2", "Medium",
         "Network accounts of leavers should be disabled on their last working day.",
         "HR to send automated leaver notifications to the Strata service desk; a monthly exception report to "
         "be reviewed by the ICT Client Manager.",
         "HR Manager, ICT Client Manager", "31/01/2026", "", "G",
         "Automated notification built and in testing.", "No"),
        ("Housing Benefit Subsidy", "Substantial", "HB1", "Low",
         "Overpayment classifications should be sample-checked each quarter before the subsidy claim is "
         "prepared.",
         "Quarterly 10% sample check of overpayment classifications by the Benefits Quality Officer.",
         "Benefits Quality Officer", "30/06/2025", "30/04/2026", "A",
         "Checks started in Q2; a full year of quarterly evidence is not yet available.", "No"),
        ("Trade Waste", "Limited", "TW1", "High",
         "All trade waste customers should have a signed agreement and be invoiced in advance.",
         "Complete a data cleanse of the trade waste customer base.\nMove all customers to annual invoicing "
         "in advance from April 2026.",
         "Waste Services Manager", "31/03/2026", "", "G",
         "Four of the six collection rounds cleansed.", "No"),
    ]
    for d in data:
        line(*d)
    line()
    line("RAG key: B = implemented and closed; G = on track for the agreed date; A = revised date agreed or at "
         "risk; R = overdue")
    line("Outstanding recommendations: 6 (High 3, Medium 1, Low 2). Closed this period: 2.")
    with open(out("gw2-teignbridge-dc-internal-audit-recommendations-tracker.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(rows) + "\r\n")


# ======================================================================
# 4. Hereford & Worcester FRS - HMICFRS values and culture tracker (xlsx)
# ======================================================================
def hwfrs():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Hereford & Worcester Fire and Rescue Service"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "HMICFRS Values and Culture in Fire and Rescue Services – Recommendations Tracker"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [
        ("Version", "2.4"),
        ("Owner", "Assistant Chief Fire Officer – People"),
        ("Reported to", "Audit and Standards Committee"),
        ("Position as at", dt.date(2024, 12, 31)),
        ("Classification", "OFFICIAL"),
    ]
    for i, (k, v) in enumerate(dc, start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = cov.cell(row=i, column=2, value=v)
        if isinstance(v, dt.date):
            c.number_format = "dd/mm/yyyy"
    cov["A11"] = ("The HMICFRS spotlight report (March 2023) made 35 recommendations, 20 of them for chief fire "
                  "officers. This tracker covers the recommendations for chief fire officers that the Service "
                  "has not yet closed, or closed in the last reporting period.")
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 48

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by current RAG"
    sm["A1"].font = Font(bold=True)
    summ = [("RAG", "Actions"), ("Complete", 3), ("Green", 2), ("Amber", 2), ("Red", 1), ("Total", 8)]
    for i, (a, b) in enumerate(summ, start=3):
        sm.cell(row=i, column=1, value=a)
        sm.cell(row=i, column=2, value=b)
    for i, colour in ((4, "blue"), (5, "green"), (6, "amber"), (7, "red")):
        sm.cell(row=i, column=1).fill = fill(RAGFILL[colour])

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "HMICFRS Values and Culture – Recommendations for Chief Fire Officers"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Position as at 31 December 2024"
    header = ["Rec No.", "HMICFRS recommendation", "Action ref", "Service action", "Lead",
              "HMICFRS deadline", "Revised date", "Previous RAG", "Current RAG", "Progress commentary"]
    hr = 4
    for i, h in enumerate(header, start=1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    D = dt.date
    themes = [
        ("Raising concerns", [
            (1, "By 1 October 2023, chief fire officers should make sure their services offer staff a "
                "confidential way to raise concerns, and that staff know about the whistleblowing process.", [
                ("1.1", "Launch an independent confidential reporting line for all staff and promote it through "
                        "station visits and the intranet.",
                 "Head of People Services", D(2023, 10, 1), None, "Green", "Complete",
                 "Reporting line live since September 2023; 23 contacts in 2024."),
                ("1.2", "Refresh the Whistleblowing Policy and include it in the mandatory e-learning for all "
                        "staff.",
                 "Head of Legal Services", D(2023, 10, 1), D(2024, 3, 31), "Amber", "Complete",
                 "Policy approved March 2024; e-learning completion 94%."),
            ]),
            (3, "By 1 June 2023, chief fire officers should review the support available to those who raise "
                "concerns and take any action needed to make sure it is suitable.", [
                ("3.1", "Introduce trained Speak Up Advocates and a named welfare contact for every person who "
                        "raises a concern.",
                 "Group Commander, Professional Standards", D(2023, 6, 1), D(2025, 3, 31), "Amber", "Green",
                 "12 advocates trained; welfare contact process in the revised grievance procedure."),
            ]),
        ]),
        ("Background checks", [
            (9, "By 1 January 2024, chief fire officers should review their background check arrangements and "
                "make sure suitable DBS checks are requested for all staff and volunteers according to their "
                "roles.", [
                ("9.1", "Complete standard DBS checks for all existing operational and support staff in line "
                        "with the Fire Standards Board role list.",
                 "Head of People Services", D(2024, 1, 1), D(2025, 6, 30), "Red", "Amber",
                 "86% of checks returned; remaining checks held up by on-call staff availability."),
                ("9.2", "Build a three-yearly DBS renewal schedule into the HR system.",
                 "HR Systems Manager", D(2024, 1, 1), None, "Green", "Complete",
                 "Renewal reminders automated in the HR system from April 2024."),
            ]),
        ]),
        ("Equality, diversity and inclusion", [
            (14, "By 1 March 2024, chief fire officers should make sure all staff complete equality, diversity "
                 "and inclusion training that is relevant to their role.", [
                ("14.1", "Deliver face-to-face EDI workshops to all watch and station managers.",
                 "Equality, Diversity and Inclusion Officer", D(2024, 3, 1), None, "Amber", "Red",
                 "Workshops paused while the provider is re-procured; 41% of managers have attended."),
                ("14.2", "Add an EDI objective to every manager's annual appraisal.",
                 "Head of People Services / Area Managers", D(2024, 3, 1), D(2025, 4, 30), "Amber", "Green",
                 "Appraisal template changed for the 2025 round."),
            ]),
        ]),
        ("Leadership", [
            (19, "By 1 October 2024, chief fire officers should introduce 360-degree feedback for all senior "
                 "leaders and managers.", [
                ("19.1", "Introduce 360-degree feedback for Strategic Leadership Board members and all Area and "
                         "Group Managers, linked to the leadership framework.",
                 "Chief Fire Officer", D(2024, 10, 1), None, "Green", "Amber",
                 "Tool procured; first cycle for SLB completed, managers' cycle starts February 2025."),
            ]),
        ]),
    ]
    r = hr + 1
    for theme, recs in themes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = fill("F2DCDB")
        r += 1
        for num, rec, actions in recs:
            top = r
            ws.cell(row=r, column=1, value=num)
            ws.cell(row=r, column=2, value=rec)
            for ref, text, lead, ddl, rev, prev, cur, prog in actions:
                ws.cell(row=r, column=3, value=ref)
                ws.cell(row=r, column=4, value=text)
                ws.cell(row=r, column=5, value=lead)
                c = ws.cell(row=r, column=6, value=ddl)
                c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=7, value=rev)
                c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=8, value=prev)
                c.fill = fill(RAGFILL[prev.lower()])
                c = ws.cell(row=r, column=9, value=cur)
                c.fill = fill(RAGFILL["blue" if cur == "Complete" else cur.lower()])
                ws.cell(row=r, column=10, value=prog)
                for col in range(1, len(header) + 1):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Recommendations 2, 6, 8, 10-13, 15-18 and 20-35 are for national bodies "
                                   "or have been closed in earlier reports and are not shown.")
    ws.cell(row=r + 1, column=1, value="RAG: Complete (blue) = action delivered; Green = on track; Amber = at risk "
                                       "of missing the revised date; Red = off track.")
    widths = [8, 48, 9, 48, 26, 13, 13, 11, 11, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    wb.save(out("gw2-hereford-worcester-frs-hmicfrs-values-culture-recommendations-tracker.xlsx"))


# ======================================================================
# 5. Wealden DC - RSH consumer standards housing improvement plan (xlsx)
# ======================================================================
def wealden():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Wealden District Council – Housing Services Consumer Standards Improvement Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Actions arising from our self-assessment against the Regulator of Social Housing Consumer "
                "Standards and the 2024/25 Tenant Satisfaction Measures. Updated for Housing Tenants' Panel, "
                "November 2025.")
    ws["A4"] = "RAG key"
    ws["A4"].font = Font(bold=True)
    key = [("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage"),
           ("red", "Off track / overdue")]
    for i, (colour, meaning) in enumerate(key):
        ws.cell(row=5, column=1 + 2 * i).fill = fill(RAGFILL[colour])
        ws.cell(row=5, column=2 + 2 * i, value=meaning)
    ws.cell(row=6, column=1, value="No colour = not yet started")

    header = ["Ref", "Issue identified", "Action", "Responsible officer", "Start date", "Target date", "RAG",
              "Update – November 2025"]
    hr = 8
    for i, h in enumerate(header, start=1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("385723")
        c.alignment = WRAP
        c.border = BOX
    D = dt.date
    standards = [
        ("Safety and Quality Standard", [
            ("Stock condition data: 38% of homes do not have a stock condition survey that is less than five "
             "years old.", [
                ("SQ1", "Commission stock condition surveys of all homes not surveyed since April 2020.",
                 "Asset Manager", D(2025, 4, 1), D(2026, 3, 31), "green",
                 "1,020 of 1,160 surveys completed."),
                ("SQ2", "Load the survey results into the asset management system and produce a 30-year "
                        "investment profile for the HRA Business Plan.",
                 "Asset Manager; HRA Accountant", D(2026, 1, 5), D(2026, 6, 30), None,
                 "Starts once surveys are complete."),
            ]),
            ("Damp and mould: there is no written policy and cases are recorded inconsistently.", [
                ("SQ3", "Adopt a Damp and Mould Policy and procedure with response times that meet Awaab's Law.",
                 "Property Services Manager", D(2025, 5, 1), D(2025, 10, 31), "blue",
                 "Policy approved by Cabinet on 17/09/2025."),
                ("SQ4", "Train all repairs operatives and housing officers to identify and report damp and mould.",
                 "Property Services Manager", D(2025, 9, 1), D(2025, 12, 31), "amber",
                 "70% trained; remaining sessions booked for January."),
            ]),
        ]),
        ("Transparency, Influence and Accountability Standard", [
            ("Tenant Satisfaction Measures for 2023/24 were submitted to the Regulator late.", [
                ("TIA1", "Add an Internal Audit data assurance check before each annual TSM submission.",
                 "Housing Performance Officer", D(2025, 4, 1), D(2025, 6, 30), "blue",
                 "Checked by Internal Audit; 2024/25 return submitted on time."),
            ]),
            ("Complaint handling did not fully meet the Housing Ombudsman's Complaint Handling Code.", [
                ("TIA2", "Complete the annual Complaint Handling Code self-assessment with the Tenant Scrutiny "
                         "Panel and publish it with the Cabinet response.",
                 "Customer Services Manager", D(2025, 4, 1), D(2026, 6, 30), "green",
                 "Scrutiny Panel reviewing stage 1 response times."),
            ]),
        ]),
        ("Neighbourhood and Community Standard", [
            ("Communal areas in Retirement Living Courts are not inspected to a set schedule.", [
                ("NC1", "Introduce a quarterly estate and communal area inspection programme with tenant "
                        "inspectors.",
                 "Tenancy Services Manager", D(2025, 7, 1), D(2026, 1, 31), "green",
                 "First round of inspections completed in 14 of 23 courts."),
            ]),
        ]),
        ("Tenancy Standard", [
            ("Tenancy audits (home visits) have not been carried out since 2019.", [
                ("TS1", "Restart a rolling programme of tenancy visits, prioritising tenants not seen for five "
                        "years and those with support needs.",
                 "Tenancy Services Manager", D(2025, 10, 1), D(2027, 3, 31), "green",
                 "210 visits completed."),
                ("TS2", "Update the Tenancy Policy and Tenancy Strategy following consultation.",
                 "Housing Strategy Officer", D(2025, 9, 1), "TBC", "amber",
                 "Waiting for the East Sussex-wide Tenancy Strategy review before setting a date."),
            ]),
        ]),
    ]
    r = hr + 1
    for std, issues in standards:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        c = ws.cell(row=r, column=1, value=std)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("548235")
        r += 1
        for issue, actions in issues:
            top = r
            ws.cell(row=r, column=2, value=issue)
            for ref, text, lead, start, target, rag, upd in actions:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=text)
                ws.cell(row=r, column=4, value=lead)
                c = ws.cell(row=r, column=5, value=start)
                c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=6, value=target)
                if isinstance(target, dt.date):
                    c.number_format = "dd/mm/yyyy"
                if rag:
                    ws.cell(row=r, column=7).fill = fill(RAGFILL[rag])
                ws.cell(row=r, column=8, value=upd)
                for col in range(1, len(header) + 1):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    widths = [7, 40, 50, 26, 12, 12, 7, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    vc = wb.create_sheet("Version control")
    vc.append(["Version", "Date", "Author", "Changes"])
    vc.append(["0.1", D(2025, 3, 3), "Housing Performance Officer", "First draft from self-assessment"])
    vc.append(["1.0", D(2025, 4, 14), "Head of Housing", "Approved by Cabinet portfolio holder"])
    vc.append(["1.3", D(2025, 11, 10), "Housing Performance Officer", "November update for Tenants' Panel"])
    for row in vc.iter_rows(min_row=2, min_col=2, max_col=2):
        for c in row:
            c.number_format = "dd/mm/yyyy"
    wb.save(out("gw2-wealden-dc-rsh-consumer-standards-housing-improvement-plan.xlsx"))


# ======================================================================
# 6. Caerphilly CBC - CIW adult services PEI action plan (xlsx, refuse)
# ======================================================================
def caerphilly():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Caerphilly County Borough Council – Social Services Directorate"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("CIW Performance Evaluation Inspection of Adult Services – Action Plan / "
                "Cynllun Gweithredu")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Inspection: March 2024. Report published: May 2024. Plan updated: 30 September 2025."
    header = ["Principle", "Area for improvement identified by CIW", "No.", "Action", "Lead officer",
              "Timescale", "RAG", "Update September 2025"]
    hr = 5
    for i, h in enumerate(header, start=1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        c.alignment = WRAP
        c.border = BOX
    principles = [
        ("People – voice and control", [
            ("Carers' assessments are not consistently offered, and carers told us they did not always feel "
             "listened to.", [
                ("1", "Re-launch the 'What Matters' conversation guidance for carers and audit 20 carers' "
                      "assessments each quarter.",
                 "Service Manager – Adult Services (Carers)", "March 2025", "Complete",
                 "Guidance re-launched; quarterly audits reported to the Adult Services management team."),
                ("2", "Commission an independent advocacy offer for carers through the Gwent regional contract.",
                 "Commissioning Manager", "January 2026", "Green",
                 "Contract variation agreed with the regional partnership."),
            ]),
            ("Records do not always show people's personal outcomes or their language preference (the Active "
             "Offer).", [
                ("3", "Change the WCCIS assessment template so that the Welsh language Active Offer and personal "
                      "outcomes are mandatory fields.",
                 "WCCIS Systems Lead", "Dec 2024", "Complete", "Template changed 9 December 2024."),
            ]),
        ]),
        ("Prevention", [
            ("People wait too long for occupational therapy assessments, which delays equipment and "
             "adaptations.", [
                ("4", "Introduce trusted assessor training for reablement staff so that minor equipment can be "
                      "provided without an OT assessment.",
                 "Principal Occupational Therapist", "June 2025", "Green",
                 "31 reablement staff trained; waiting list down 18%."),
                ("5", "Use Regional Integration Fund monies for two temporary OT posts to reduce the waiting "
                      "list.",
                 "Head of Adult Services", "Q3 2025/26", "Amber", "One post filled; second post re-advertised."),
            ]),
        ]),
        ("Partnerships and integration", [
            ("Hospital discharge arrangements with Aneurin Bevan University Health Board are not always timely, "
             "which leads to delayed transfers of care.", [
                ("6", "Agree a joint discharge to assess pathway with ABUHB for the Grange University Hospital "
                      "and Royal Gwent Hospital.",
                 "Head of Adult Services; ABUHB Divisional Director", "March 2026", "Amber",
                 "Pathway drafted; awaiting sign-off at the Regional Partnership Board."),
            ]),
        ]),
        ("Well-being", [
            ("Some staff had not had regular supervision and caseloads were high.", [
                ("7", "Monitor supervision compliance monthly through the Adult Services management team, with a "
                      "target of 90% within timescale.",
                 "Service Managers", "Monthly", "Green", "Compliance 87% in August 2025."),
                ("8", "Complete the social work workforce review and put the agreed career progression framework "
                      "in place.",
                 "Head of Adult Services / HR Business Partner", "Sept 2O25", "Amber",
                 "Framework agreed with trade unions; job evaluation outstanding."),
            ]),
        ]),
    ]
    colours = {"Complete": "9BC2E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    r = hr + 1
    typo_row = None
    for principle, afis in principles:
        ptop = r
        ws.cell(row=r, column=1, value=principle).font = Font(bold=True)
        for afi, actions in afis:
            atop = r
            ws.cell(row=r, column=2, value=afi)
            for no, text, lead, when, rag, upd in actions:
                ws.cell(row=r, column=3, value=no)
                ws.cell(row=r, column=4, value=text)
                ws.cell(row=r, column=5, value=lead)
                ws.cell(row=r, column=6, value=when)
                if "2O" in when:
                    typo_row = r
                c = ws.cell(row=r, column=7, value=rag)
                c.fill = fill(colours[rag])
                ws.cell(row=r, column=8, value=upd)
                for col in range(1, len(header) + 1):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
                r += 1
            if r - 1 > atop:
                ws.merge_cells(start_row=atop, start_column=2, end_row=r - 1, end_column=2)
        if r - 1 > ptop:
            ws.merge_cells(start_row=ptop, start_column=1, end_row=r - 1, end_column=1)
    assert typo_row == 13, typo_row
    widths = [18, 42, 5, 50, 28, 12, 10, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    vc = wb.create_sheet("Version control")
    vc.append(["Version", "Date", "Comment"])
    vc.append(["1.0", dt.date(2024, 7, 15), "Plan agreed by Social Services Scrutiny Committee"])
    vc.append(["1.4", dt.date(2025, 9, 30), "September 2025 progress update"])
    for row in vc.iter_rows(min_row=2, min_col=2, max_col=2):
        for c in row:
            c.number_format = "dd/mm/yyyy"
    wb.save(out("gw2-caerphilly-cbc-ciw-adult-services-performance-evaluation-action-plan-typo-month-refuse.xlsx"))


# ======================================================================
# 7. South Hams DC - strategic risk register Q3 2025/26 (txt, tab export)
# ======================================================================
def south_hams():
    lines = [
        "South Hams District Council - Strategic Risk Register - Quarter 3 2025/26",
        "Report: Strategic risks with mitigating actions (as at 31/12/2025)",
        "Exported from Pentana Risk 07/01/2026 09:14 by Corporate Risk Officer",
        "",
        "\t".join(["Risk", "Risk Owner", "Current Score", "Target Score", "Action Code", "Mitigating Action",
                   "Action Owner", "Due Date", "RAG", "Progress %", "Latest Note"]),
    ]
    risks = [
        ("SR01 Medium Term Financial Strategy - funding gap", "Director of Finance (S151 Officer)", "20", "12", [
            ("SR01.1", "Agree the 2026/27 budget and updated Medium Term Financial Strategy, including "
                       "£1.1m of savings and income proposals.",
             "Director of Finance (S151 Officer)", "26/02/2026", "Green", "60",
             "Draft budget considered by Overview and Scrutiny on 15/01/2026."),
            ("SR01.2", "Complete the review of fees and charges and of the commercial property portfolio.",
             "Head of Finance; Head of Assets", "31/03/2026", "Amber", "40",
             "Property valuations received late."),
        ]),
        ("SR02 Local Government Reorganisation in Devon - capacity and service continuity", "Chief Executive",
         "16", "12", [
            ("SR02.1", "Submit the final Devon LGR proposal to Government with partner councils.",
             "Chief Executive", "28/11/2025", "Completed", "100", "Proposal submitted 28/11/2025."),
            ("SR02.2", "Set up an LGR programme board and resourcing plan so that day-to-day services are "
                       "protected.",
             "Director of Strategy and Governance", "Jan 2026", "Green", "50",
             "Programme board terms of reference drafted."),
        ]),
        ("SR03 Cyber attack or major ICT failure", "Head of IT Practice", "15", "10", [
            ("SR03.1", "Reach the Cyber Assessment Framework baseline for local government and close the gaps "
                       "found.",
             "Head of IT Practice", "31/03/2026", "Amber", "45", "Two of five gap areas closed."),
            ("SR03.2", "Run a cyber incident exercise with the Senior Leadership Team and test the business "
                       "continuity plans of critical services.",
             "Head of IT Practice, Emergency Planning Officer", "Q4 2025/26", "Not started", "0",
             "Exercise to be scheduled with the LGA cyber team."),
        ]),
        ("SR04 Temporary accommodation demand and cost", "Head of Housing", "20", "15", [
            ("SR04.1", "Buy ten more homes for use as temporary accommodation through the Local Authority "
                       "Housing Fund.",
             "Head of Housing", "30/09/2026", "Green", "30", "Four completions; three offers accepted."),
            ("SR04.2", "Keep the homelessness prevention offer and private rented sector incentive scheme under "
                       "review.",
             "Housing Advice Manager", "Ongoing", "Green", "", "Incentive payments increased from October."),
            ("SR04.3", "End the use of bed and breakfast for families for more than six weeks.",
             "Housing Advice Manager", "31/12/2025", "Red", "70",
             "Three families over six weeks at 31/12/2025."),
        ]),
    ]
    for risk, owner, cur, tgt, actions in risks:
        for i, (code, text, aowner, due, rag, pct, note) in enumerate(actions):
            if i == 0:
                pre = [risk, owner, cur, tgt]
            else:
                pre = ["", "", "", ""]
            lines.append("\t".join(pre + [code, text, aowner, due, rag, pct, note]))
    lines += [
        "",
        "9 actions listed. Scores are likelihood x impact (1-5 each).",
    ]
    with open(out("gw2-south-hams-dc-strategic-risk-register-q3-2025-26.txt"), "w", encoding="utf-8",
              newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    rotherham()
    swansea()
    teignbridge()
    hwfrs()
    wealden()
    caerphilly()
    south_hams()
    print("built 7 files in", HERE)
