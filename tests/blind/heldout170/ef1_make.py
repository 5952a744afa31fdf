"""Generator for the ef1- cases of heldout170 (blind corpus)."""
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
D = dt.datetime

FILLS = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "light": "DEEAF6",
}
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILLS.get(c, c), end_color=FILLS.get(c, c))


def put(ws, row, values, fmt=None):
    for i, v in enumerate(values, start=1):
        if v is None:
            continue
        cell = ws.cell(row=row, column=i, value=v)
        cell.alignment = WRAP
        cell.border = BORDER
        if isinstance(v, dt.datetime) and fmt:
            cell.number_format = fmt


def header(ws, row, names):
    for i, n in enumerate(names, start=1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER


def band(ws, row, text, ncols, colour="grey"):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1, value=text)
    c.font = Font(bold=True)
    c.fill = fill(colour)
    c.alignment = Alignment(wrap_text=True, vertical="center")


RAGFILL = {"Green": "green", "G": "green", "Amber": "amber", "A": "amber", "Red": "red",
           "R": "red", "Complete": "blue", "B": "blue", "On track": "green"}


def rag(ws, row, col, text):
    c = ws.cell(row=row, column=col, value=text)
    c.border = BORDER
    c.alignment = Alignment(horizontal="center", vertical="top")
    if text in RAGFILL:
        c.fill = fill(RAGFILL[text])


# ---------------------------------------------------------------- 1 Shropshire FRS (xlsx)
def shropshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths = [9, 42, 48, 24, 12, 12, 48, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.merge_cells("A1:H1")
    ws["A1"] = "Shropshire Fire and Rescue Service – HMICFRS Inspection 2023 Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Progress position as at 31 October 2023 – reported to the Fire Authority Audit and Performance Management Committee"
    ws["A2"].font = Font(italic=True)
    header(ws, 4, ["Ref", "Area for Improvement", "Action", "Action Owner", "Target Date",
                   "Revised Date", "Progress Update", "RAG"])
    F = "mmm-yy"
    band(ws, 5, "Effectiveness", 8)
    afi1 = "The service should make sure its firefighters have good access to relevant and up-to-date risk information."
    put(ws, 6, ["E1.1", afi1,
                "Review all Site Specific Risk Information (SSRI) records older than 12 months and schedule re-inspections by risk tier.",
                "GM Risk Reduction", D(2023, 6, 30), D(2023, 12, 31),
                "142 of 230 overdue records reviewed. Re-inspection programme slipped due to crew availability over summer; revised date agreed by SLT.",
                None], F)
    rag(ws, 6, 8, "Amber")
    put(ws, 7, ["E1.2", None,
                "Roll out the new mobile data terminal software to all front-line appliances, with training for crews.",
                "Head of ICT / Head of Operational Training", D(2024, 3, 31), None,
                "Software installed on 21 of 30 appliances. Training packages live on the learning platform.", None], F)
    rag(ws, 7, 8, "Green")
    ws.merge_cells("B6:B7")
    put(ws, 8, ["E2.1",
                "The service should evaluate its prevention work, so it understands the benefits better.",
                "Develop an evaluation framework for Safe and Well visits and targeted prevention campaigns.",
                "AM Community Risk", D(2023, 9, 30), None,
                "Framework approved at Prevention Board in September and first evaluation report produced.", None], F)
    rag(ws, 8, 8, "Complete")
    band(ws, 9, "Efficiency", 8)
    put(ws, 10, ["EF1.1",
                 "The service should make sure it has effective arrangements to monitor the productivity of its operational staff.",
                 "Introduce a station activity dashboard reporting prevention, protection and training hours against targets.",
                 "Head of Corporate Performance", D(2024, 1, 31), None,
                 "Dashboard in test with two stations; go-live planned for January.", None], "dd/mm/yyyy")
    rag(ws, 10, 8, "Green")
    band(ws, 11, "People", 8)
    afi_p1 = "The service should make sure it has a robust process for identifying and developing high-potential staff at all levels."
    put(ws, 12, ["P1.1", afi_p1,
                 "Launch a talent management scheme open to all staff groups, with published eligibility criteria.",
                 "Head of HR", D(2024, 4, 30), None,
                 "Scheme design consulted on with representative bodies. Launch on track for April.", None], F)
    rag(ws, 12, 8, "Green")
    put(ws, 13, ["P1.2", None,
                 "Train all middle managers on the new appraisal and career conversation process.",
                 "HR Business Partner / L&D Manager", "Ongoing", None,
                 "Four of six cohorts trained; remaining sessions booked.", None])
    rag(ws, 13, 8, "Green")
    ws.merge_cells("B12:B13")
    afi_p2 = "The service should assure itself that staff understand and have confidence in the purpose and integrity of its grievance procedure."
    put(ws, 14, ["P2.1", afi_p2,
                 "Refresh the grievance policy with representative bodies and publish a plain-English guide on the intranet.",
                 "DCFO", D(2023, 12, 31), None,
                 "Consultation with representative bodies delayed. Revised date to be agreed at the December People Board.", None], F)
    rag(ws, 14, 8, "Red")
    put(ws, 15, ["P2.2", None,
                 "Run staff pulse survey questions on confidence in the grievance process and report results to SLT.",
                 "Head of HR", "Q4 2023/24", None,
                 "Dependent on P2.1.", None])
    rag(ws, 15, 8, "Not started")
    ws.merge_cells("B14:B15")
    ws["A17"] = "Key:"
    ws["A17"].font = Font(bold=True)
    key = [("Complete", "Action closed and evidence held"), ("Green", "On track to meet target date"),
           ("Amber", "At risk of slipping / revised date agreed"), ("Red", "Off track – escalated to SLT")]
    for i, (k, t) in enumerate(key):
        rag(ws, 18 + i, 1, k)
        ws.cell(row=18 + i, column=2, value=t)
    wb.save(os.path.join(HERE, "ef1-shropshire-frs-hmicfrs-afi-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), FILLS.get(colour, colour))
    tcPr.append(shd)


def row_text(table, values, bold=False):
    cells = table.add_row().cells
    for c, v in zip(cells, values):
        c.text = v
        if bold:
            for p in c.paragraphs:
                for r in p.runs:
                    r.bold = True
    return cells


# ---------------------------------------------------------------- 2 Harrogate College (docx)
def harrogate():
    doc = Document()
    doc.add_heading("Harrogate College – Post-Inspection Action Plan", 0)
    doc.add_paragraph("Ofsted inspection: 5–8 March 2024 | Overall effectiveness: Requires improvement")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Plan owner", "Approved by", "Version", "Date"]):
        c.text = v
    row_text(t, ["Principal", "Board of Governors (Quality and Standards Committee)", "v2", "June 2024"])
    doc.add_paragraph(
        "This plan sets out the actions the college is taking in response to the areas for improvement "
        "identified in the Ofsted report. It is monitored monthly by the Senior Leadership Team and "
        "each term by the Quality and Standards Committee.")
    afis = [
        ("Area for improvement 1",
         "Leaders should ensure that teachers use assessment effectively to check what learners know and can do, and adapt their teaching accordingly.",
         [("1a", "Deliver a programme of CPD on checking for understanding and adaptive teaching for all teaching staff.",
           "Head of Teaching and Learning", "Autumn term 2024",
           "All teaching staff complete the programme; observation records show improved use of questioning.", "Complete"),
          ("1b", "Introduce developmental walkthroughs focused on assessment practice, with termly reports to the Quality and Standards Committee.",
           "SR, PK", "Termly", "Walkthrough themes show fewer concerns about assessment each term.", "Green"),
          ("1c", "Revise the curriculum planning template so that each unit identifies planned assessment points.",
           "Curriculum Directors", "31 October 2024", "All programme plans uploaded using the new template.", "Complete")]),
        ("Area for improvement 2",
         "Leaders should make sure that apprentices receive their entitlement to off-the-job training and that employers are involved in reviewing apprentices' progress.",
         [("2a", "Audit off-the-job hours for every apprentice and put catch-up plans in place where hours are below the expected level.",
           "Head of Apprenticeships", "September 2024", "100% of apprentices on track with off-the-job hours.", "Complete"),
          ("2b", "Hold three-way progress reviews with the apprentice, employer and skills coach at least every 10 weeks.",
           "Apprenticeship Skills Coaches", "Ongoing", "Review compliance above 95% on the monthly report.", "Green"),
          ("2c", "Publish an employer guide to off-the-job training and review it with the Employer Advisory Board.",
           "Head of Apprenticeships / Business Development Manager", "January 2025",
           "Guide issued to all levy and non-levy employers.", "Amber")]),
        ("Area for improvement 3",
         "Leaders should improve attendance on English and mathematics courses for study programme learners.",
         [("3a", "Introduce same-day follow-up of absence by progress coaches, with escalation after two missed sessions.",
           "Director of Student Services", "November 2024", "Attendance in English and maths rises to 85%.", "Green"),
          ("3b", "Set attendance targets for each English and maths group and review them at monthly curriculum performance meetings.",
           "Head of English and Maths", "Summer term 2025", "All groups at or above target by the end of the year.", "Amber")]),
    ]
    colours = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    for head, text, acts in afis:
        doc.add_heading(head, 2)
        doc.add_paragraph(text)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "By when", "Impact measure", "RAG"]):
            c.text = v
            c.paragraphs[0].runs[0].bold = True
            shade(c, "light")
        for a in acts:
            cells = row_text(t, list(a))
            shade(cells[5], colours[a[5]])
        doc.add_paragraph()
    doc.add_paragraph("RAG: Complete (blue) | Green – on track | Amber – at risk of missing the date | Red – off track")
    doc.save(os.path.join(HERE, "ef1-harrogate-college-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 3 Plymouth Marjon (csv)
def marjon():
    n = 10
    blank = [""] * n
    rows = [
        ["Plymouth Marjon University – Internal Audit Recommendations Tracker"] + [""] * (n - 1),
        ["Audit Committee – 12 March 2024"] + [""] * (n - 1),
        blank,
        ["Audit", "Rec No", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
         "Original Due Date", "Revised Due Date", "Status", "Latest Update"],
        ["Student Recruitment and Admissions (2023/24)", "1", "Medium",
         "Admissions procedures should be updated to reflect current practice and made available to all admissions staff.",
         "Update the Admissions Policy and procedure notes and publish them on the staff intranet.",
         "Head of Admissions", "31/12/2023", "", "Complete",
         "Revised policy approved by Academic Board on 6 December 2023 and published."],
        ["Student Recruitment and Admissions (2023/24)", "2", "Low",
         "Offers recorded in the student record system should be reconciled to UCAS data on a regular basis.",
         "Introduce a monthly reconciliation of offers recorded in the student record system to UCAS data.",
         "Head of Admissions", "31/01/2024", "30/04/2024", "Amber",
         "First reconciliation completed in February; process to be documented before closure."],
        ["Cyber Security (2023/24)", "1", "High",
         "The University should implement multi-factor authentication for all remote access to University systems.",
         "Enable MFA for all staff and student accounts accessing systems remotely.",
         "Director of IT Services", "30/11/2023", "31/03/2024", "Green",
         "MFA live for all staff accounts. Student roll-out scheduled for February with support from the IT Service Desk."],
        ["Cyber Security (2023/24)", "2", "Medium",
         "Patches should be applied within defined timescales and compliance should be monitored.",
         "Document a patch management procedure with target timescales by severity and report compliance monthly.",
         "Director of IT Services; Infrastructure Manager", "28/02/2024", "", "Green",
         "Draft procedure with Digital Strategy Group for comment."],
        ["Cyber Security (2023/24)", "3", "Medium",
         "The cyber incident response plan should be tested at least annually.",
         "Test the cyber incident response plan through a tabletop exercise involving the Executive team.",
         "Chief Operating Officer", "30/06/2024", "", "Not started", "Not yet due."],
        blank,
        ["Accounts Payable (2022/23)", "4", "Medium",
         "Dormant supplier records should be removed and changes to supplier bank details should be independently verified.",
         "Remove dormant supplier records and restrict supplier bank detail changes to a named team with independent verification.",
         "Finance Manager", "30/09/2023", "31/01/2024", "Red",
         "Dormant records removed. Segregation of duties change delayed by a vacancy in the Finance team; now expected April."],
        ["Accounts Payable (2022/23)", "5", "Low",
         "Purchasing card guidance should be refreshed and cardholders reminded of their responsibilities.",
         "Refresh the purchasing card guidance and require cardholders to confirm they have read it annually.",
         "Finance Manager", "31/03/2024", "", "Complete",
         "Guidance reissued in January and all cardholders have confirmed."],
        blank,
        ["Status key: Complete = implemented and evidenced; Green = on track; Amber = revised date agreed; Red = overdue"] + [""] * (n - 1),
    ]
    with open(os.path.join(HERE, "ef1-plymouth-marjon-university-internal-audit-recommendations-tracker.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 4 Newport City Homes (txt, tab)
def newport():
    lines = [
        ["Newport City Homes – Regulatory Improvement Plan"],
        ["Response to the Welsh Government regulatory judgement (Governance: Standard – improvement required). Updated February 2024"],
        [],
        ["No.", "Regulatory Standard", "Action", "Lead", "Target date", "Status", "Comment"],
        ["1", "RS1 – Board governance",
         "Commission an independent governance effectiveness review and agree an action plan with the Board.",
         "Company Secretary", "Dec-23", "Complete", "Review by external consultant reported to Board in December."],
        ["2", "",
         "Refresh the Board skills matrix and recruit two members with housing finance and digital experience.",
         "Chair / Company Secretary", "Mar-24", "On track", "Recruitment campaign closed; interviews set for 4 March."],
        ["3", "RS3 – Tenant voice",
         "Establish a Tenant Scrutiny Panel with terms of reference agreed by the Board.",
         "Director of Customer Experience", "June 2024", "On track", "Eleven tenants have expressed interest; induction planned for April."],
        ["4", "",
         "Publish 'You said, we did' reports to tenants each quarter.",
         "Head of Engagement", "Quarterly", "On track", "First report published in January newsletter."],
        ["5", "RS6 – Health and safety compliance",
         "Complete the outstanding fire risk assessment actions for high-rise blocks.",
         "Head of Compliance", "31/07/2024", "Amber", "Contractor capacity has slowed fire door replacement; 62% of actions complete."],
        ["6", "",
         "Report landlord health and safety compliance (gas, electrical, fire, water, asbestos, lifts) to every Board meeting.",
         "Director of Assets", "Q1 2024/25", "Not started", "Report format being agreed with the Chair."],
        ["7", "RS8 – Financial planning",
         "Stress-test the 30-year business plan against combined downside scenarios and report the results to the Audit and Risk Committee.",
         "Director of Finance", "Sep-24", "On track", "Scenarios agreed with treasury advisers."],
        ["8", "",
         "Update the treasury management strategy to reflect revised loan covenants.",
         "Director of Finance", "Ongoing", "Amber", "Awaiting confirmation of revised covenants from two lenders."],
        [],
        ["Status: Complete / On track / Amber = some risk to target date / Red = off track"],
    ]
    with open(os.path.join(HERE, "ef1-newport-city-homes-regulatory-judgement-improvement-plan.txt"),
              "w", encoding="utf-8", newline="\r\n") as f:
        for l in lines:
            f.write("\t".join(l) + "\n")


# ---------------------------------------------------------------- 5 SFRS HMFSI (docx)
def sfrs():
    doc = Document()
    doc.add_heading("HMFSI Local Area Inspection of Dumfries and Galloway: SFRS Action Plan", 1)
    doc.add_paragraph(
        "This action plan sets out the Scottish Fire and Rescue Service's response to the recommendations "
        "made by HM Fire Service Inspectorate in its Local Area Inspection report. Progress is reported "
        "quarterly to the Service Delivery Committee.")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        c.text = v
    row_text(t, ["1.0", "12/06/2023", "Planning and Performance Officer", "First draft"])
    row_text(t, ["1.3", "04/12/2023", "Planning and Performance Officer", "Q3 progress update"])
    doc.add_heading("Action Plan", 2)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Action No.", "Action", "Responsible Officer", "Target Completion", "Progress", "Status"]):
        c.text = v
        c.paragraphs[0].runs[0].bold = True
        shade(c, "light")
    plan = [
        ("Recommendation 1: The SFRS should review the availability of its on-call appliances in the area and develop a sustainable crewing model.",
         [("1.1", "Analyse on-call availability data for all 17 stations for the previous 24 months.",
           "LSO Dumfries and Galloway", "31 August 2023",
           "Analysis complete and presented to the LSO management team in August.", "blue"),
          ("1.2", "Develop options for alternative crewing at the five stations with the lowest availability and consult staff.",
           "LSO Dumfries and Galloway", "Sept 2023 – March 2024",
           "Options paper drafted. Staff engagement sessions held at four of the five stations.", "green"),
          ("1.3", "Trial a dual-contract model at Sanquhar and Langholm and evaluate its impact on availability.",
           "GC Service Delivery / On-call Support Officer", "TBC",
           "Trial start dependent on national terms and conditions discussions.", "amber")]),
        ("Recommendation 2: The SFRS should ensure that operational risk information is consistently gathered and made available to crews.",
         [("2.1", "Complete the outstanding Operational Intelligence (OI) visits for high-rise and high-risk premises.",
           "Station Commanders", "31 December 2023",
           "38 of 51 visits completed. Remaining visits scheduled but winter pressures may delay completion.", "amber"),
          ("2.2", "Introduce a quality assurance check of OI records by the Prevention and Protection team before publication.",
           "Head of Prevention and Protection", "March 2024",
           "QA checklist agreed; sampling began in November.", "green")]),
        ("Recommendation 3: The SFRS should improve the recording and follow-up of Home Fire Safety Visits referred by partner agencies.",
         [("3.1", "Agree a single referral pathway with NHS Dumfries and Galloway and Dumfries and Galloway Council social work.",
           "Community Action Team Manager", "30/11/2023",
           "Pathway signed off by partners and live from 1 November.", "blue"),
          ("3.2", "Report partner referral numbers and outcomes to the Local Partnership Forum each quarter.",
           "Community Action Team Manager", "Ongoing",
           "Q2 figures reported in October.", "green")]),
    ]
    for rec, acts in plan:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        m.text = rec
        m.paragraphs[0].runs[0].bold = True
        shade(m, "grey")
        for a in acts:
            cells = row_text(t, list(a[:5]) + [""])
            shade(cells[5], a[5])
    doc.add_paragraph()
    doc.add_paragraph("Status key: Blue = complete; Green = on track; Amber = some slippage; Red = significant delay")
    doc.save(os.path.join(HERE, "ef1-scottish-fire-rescue-service-hmfsi-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 6 Croydon Health Services CQC (xlsx, refuse)
def croydon():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    for col, w in zip("ABCDEFGH", [7, 10, 40, 48, 28, 13, 46, 10]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:H1")
    ws["A1"] = "Croydon Health Services NHS Trust – CQC Inspection Action Plan (Must Do / Should Do)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Core services: Medical care and Urgent and emergency care. Position at 30 November 2023"
    header(ws, 4, ["Ref", "Type", "Regulation / Finding", "Action", "Lead", "Due Date", "Progress update", "RAG"])
    F = "dd/mm/yyyy"
    rows = [
        ("MD1", "Must do", "Reg 12: The trust must ensure that patients' risk assessments are completed and reviewed in line with policy.",
         "Introduce a weekly audit of falls and pressure ulcer risk assessments on all medical wards, with results reviewed at the Nursing and Midwifery Board.",
         "Divisional Director of Nursing", D(2024, 1, 31), "Audit in place on 9 of 11 wards; compliance 87%.", "Green"),
        ("MD2", "Must do", "Reg 18: The trust must ensure there are sufficient numbers of suitably qualified nursing staff in the emergency department.",
         "Complete the establishment review for the emergency department and recruit to the agreed template.",
         "Head of Nursing Workforce", D(2024, 3, 31), "Establishment review approved; 14 WTE offers made.", "Amber"),
        ("MD3", "Must do", "Reg 17: The trust must ensure that governance processes identify and act on risks in the emergency department.",
         "Refresh the ED risk register and hold monthly risk review meetings chaired by the Clinical Director.",
         "Deputy Director of Governance", "Febuary 2024", "Risk register refresh under way.", "Green"),
        ("SD1", "Should do", "The trust should ensure that all staff complete mandatory training, including safeguarding level 3.",
         "Send monthly compliance reports to ward managers and book protected time for outstanding modules.",
         "Head of Education", D(2024, 2, 29), "Safeguarding level 3 compliance 81% (target 90%).", "Amber"),
        ("SD2", "Should do", "The trust should ensure that patients' pain is assessed and recorded consistently.",
         "Add a pain score prompt to the electronic observations record and audit compliance quarterly.",
         "Lead Nurse for Digital", D(2024, 4, 30), "Prompt built and in user testing.", "Green"),
        ("SD3", "Should do", "The trust should ensure that complaints are responded to within agreed timescales.",
         "Agree a recovery trajectory for overdue complaints with each division.",
         "Head of Patient Experience", D(2023, 12, 31), "Backlog cleared and trajectory met.", "Complete"),
    ]
    for i, r in enumerate(rows):
        put(ws, 5 + i, list(r[:7]), F)
        rag(ws, 5 + i, 8, r[7])
    ws["A12"] = "RAG key: Complete – evidence accepted by the CQC Steering Group; Green – on track; Amber – at risk; Red – off track"
    wb.save(os.path.join(HERE, "ef1-croydon-health-services-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 7 Rutland SEND (xlsx)
def rutland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Priority Action Plan"
    for col, w in zip("ABCDEFGH", [6, 50, 28, 20, 36, 46, 10, 10]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:H1")
    ws["A1"] = "Rutland Local Area Partnership – SEND Priority Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Response to the Ofsted and CQC area SEND inspection. Version 3 – updated January 2025"
    header(ws, 4, ["Ref", "Action", "Lead", "Timescale", "Measure of success", "Progress update (Jan 2025)",
                   "Previous RAG", "Current RAG"])
    band(ws, 5, "Area for priority action 1: Leaders across education, health and care should improve the timeliness and quality of EHC plans so that children's needs are accurately described and met.", 8, "light")
    data = {
        6: ("1.1", "Recruit two additional EHC coordinators and introduce weekly caseload tracking for all new assessments.",
            "Head of SEND and Inclusion", "Sept 2024 – March 2025", "At least 80% of new EHC plans issued within 20 weeks.",
            "Both posts filled from October. 20-week timeliness 71% in the last quarter.", "A", "G"),
        7: ("1.2", "Establish a multi-agency quality assurance panel that audits a sample of new EHC plans each month.",
            "KB/DW", D(2024, 12, 1), "80% of audited plans graded good or better.",
            "Panel meeting monthly since September; 58% of plans graded good or better.", "A", "A"),
        8: ("1.3", "Report EHC plan timeliness and quality to the SEND Partnership Board.",
            "Designated Clinical Officer", "Termly", "Board minutes show challenge and follow-up.",
            "Reported to the November Board.", "G", "G"),
        10: ("2.1", "Agree a recovery plan with the community provider to reduce waiting times for speech and language therapy assessments.",
             "Head of Children's Therapies", D(2025, 3, 31), "No child waits longer than 18 weeks for an initial assessment.",
             "Longest wait reduced from 44 to 31 weeks. Agency staff in place until March.", "R", "A"),
        11: ("2.2", "Train early years settings and schools in the communication and language toolkit.",
             "Designated Clinical Officer / SENCo Network Lead", "Summer term 2025", "All settings and schools have a trained lead.",
             "All 17 primary schools and 12 of 14 early years settings trained.", "G", "Complete"),
        13: ("3.1", "Co-produce a local offer feedback survey with the Parent Carer Forum and publish the results.",
             "Parent Carer Forum Chair and Head of SEND and Inclusion", "Autumn term 2024", "Survey response rate above 25%.",
             "Survey ran in October with 212 responses; results published on the Local Offer.", "G", "Complete"),
        14: ("3.2", "Set up a young people's SEND advisory group that reviews changes to services before they are made.",
             "Participation Officer", D(2025, 4, 1), "Group meets at least six times a year.",
             "Recruitment under way through schools and the youth service.", None, "G"),
    }
    band(ws, 9, "Area for improvement 1: Leaders should ensure that children and young people with SEND have timely access to speech and language therapy.", 8, "light")
    band(ws, 12, "Area for improvement 2: Leaders should improve the way they gather and use the views of children, young people and families to shape services.", 8, "light")
    for r, v in data.items():
        put(ws, r, list(v[:6]), "mmmm yyyy")
        if v[6]:
            rag(ws, r, 7, v[6])
        else:
            ws.cell(row=r, column=7).border = BORDER
        rag(ws, r, 8, v[7])
    ws["A16"] = "Summary (current RAG)"
    ws["A16"].font = Font(bold=True)
    for i, (k, n) in enumerate([("Complete", 2), ("G", 3), ("A", 2), ("R", 0)]):
        rag(ws, 17 + i, 1, k)
        ws.cell(row=17 + i, column=2, value=n)
    ws["A22"] = "RAG key: Complete = action complete; G = on track; A = some slippage, recoverable; R = off track"
    wb.save(os.path.join(HERE, "ef1-rutland-local-area-send-priority-action-plan.xlsx"))


if __name__ == "__main__":
    shropshire()
    harrogate()
    marjon()
    newport()
    sfrs()
    croydon()
    rutland()
