"""Generator for the ch2- cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import RGBColor, Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
RED = PatternFill("solid", fgColor="FF0000")
AMBER = PatternFill("solid", fgColor="FFC000")
GREEN = PatternFill("solid", fgColor="00B050")
BLUE = PatternFill("solid", fgColor="00B0F0")
HEAD = PatternFill("solid", fgColor="1F4E79")
SECT = PatternFill("solid", fgColor="D9E1F2")
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def header(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD
        c.alignment = WRAP
        c.border = BOX


def section(ws, row, text, ncol):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    for i in range(1, ncol + 1):
        ws.cell(row=row, column=i).fill = SECT
        ws.cell(row=row, column=i).border = BOX
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)


def put(ws, row, values, fmts=None, fill_col=None, fill=None):
    fmts = fmts or {}
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if i in fmts:
            c.number_format = fmts[i]
    if fill_col and fill is not None:
        ws.cell(row=row, column=fill_col).fill = fill


# ---------------------------------------------------------------- 1 Dudley board action log
def dudley():
    wb = Workbook(); ws = wb.active; ws.title = "Action Log"
    ws["A1"] = "The Dudley Group NHS Foundation Trust – Public Board of Directors Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Actions arising from Board meetings held in public. Updated for the meeting on 13 November 2025."
    ws.merge_cells("A2:I2")
    header(ws, 4, ["Action No.", "Meeting Date", "Minute Ref", "Action", "Lead", "Due Date",
                   "Revised Due Date", "Update", "RAG"])
    rows = [
        ("101", D(2025, 7, 10), "25/062",
         "Circulate the updated Board Assurance Framework heat map to all Board members ahead of the July Audit Committee.",
         "HB", D(2025, 7, 31), None, "Circulated by the Board Secretary on 24 July 2025. Propose to close.", GREEN),
        ("102", D(2025, 7, 10), "25/065",
         "Provide a breakdown of 12-hour waits in ED by age group and ethnicity in the Integrated Performance Report.",
         "KK", D(2025, 9, 11), D(2025, 11, 13),
         "Data validation with the BI team took longer than planned. Breakdown will be included in the November IPR.", AMBER),
        ("103", D(2025, 7, 10), "25/067",
         "Bring the Maternity Incentive Scheme Year 7 compliance declaration to Board for approval before submission.",
         "MC", D(2025, 9, 11), None, "Presented to the September Board and approved. Declaration submitted to NHS Resolution.", GREEN),
        ("104", D(2025, 7, 10), "25/070",
         "Review the Freedom to Speak Up themes relating to the Emergency Department and report back via the People Committee.",
         "AB/JH", D(2025, 11, 13), None, "Deep dive scheduled for the People Committee on 28 October 2025; summary to follow in the Committee chair's report.", AMBER),
        ("105", D(2025, 9, 11), "25/081",
         "Confirm the timetable for the electronic patient record optimisation programme and the associated clinical safety case.",
         "RB", D(2025, 11, 13), None, "Timetable agreed at Digital Programme Board; paper on the November agenda.", AMBER),
        ("106", D(2025, 9, 11), "25/083",
         "Circulate the Guardian of Safe Working quarterly report that was omitted from the Board pack.",
         "HB", D(2025, 9, 18), None, "Not yet circulated – report awaiting sign-off by the Guardian of Safe Working.", RED),
        ("107", D(2025, 9, 11), "25/086",
         "Arrange a Board development session on the Black Country Provider Collaborative clinical strategy.",
         "Group Chief Development Officer", D(2026, 1, 31), None, "Provisionally booked for the January 2026 development session.", AMBER),
        ("108", D(2025, 9, 11), "25/088",
         "Add the community services waiting list position to the Integrated Performance Report dashboard.",
         "KK", "Q3 2025/26", None, "New action.", None),
    ]
    r = 5
    for row in rows:
        *vals, fill = row
        put(ws, r, vals + [None], {2: "dd/mm/yyyy", 6: "dd-mmm-yy" if r != 11 else "mmm-yy", 7: "dd-mmm-yy"}, 9, fill)
        r += 1
    # key below the table
    ws.cell(row=r + 1, column=1, value="Key").font = Font(bold=True)
    for i, (f, t) in enumerate([(GREEN, "Action complete – propose for closure"),
                                (AMBER, "Action in progress – within timescale"),
                                (RED, "Action overdue / past due date")]):
        ws.cell(row=r + 2 + i, column=1).fill = f
        ws.cell(row=r + 2 + i, column=2, value=t)
    for col, w in zip("ABCDEFGHI", [9, 12, 10, 60, 18, 12, 14, 55, 7]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ch2-dudley-group-nhsft-trust-board-action-log.xlsx"))


# ---------------------------------------------------------------- 2 DCHS internal audit (refuse)
def dchs():
    wb = Workbook(); ws = wb.active; ws.title = "IA Tracker"
    ws["A1"] = "Derbyshire Community Health Services NHS Foundation Trust – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Audit and Risk Committee, 22 January 2025"
    ws["A3"] = "Outstanding and recently completed recommendations from 360 Assurance reviews."
    header(ws, 5, ["Ref", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
                   "Original Target Date", "Revised Target Date", "Status", "Progress Update"])
    F = {6: "dd/mm/yyyy", 7: "dd/mm/yyyy"}
    section(ws, 6, "Data Security and Protection Toolkit 2023/24 (Moderate Assurance)", 9)
    put(ws, 7, ["DSPT-01", "Medium", "The Trust should ensure that all information asset owners complete the annual information asset register review.",
                "IAOs to be reminded through the Information Governance Group and completion tracked monthly.",
                "Head of Information Governance", D(2024, 9, 30), None, "Complete",
                "All 42 asset registers reviewed and signed off by IAOs in September 2024."], F, 8, BLUE)
    put(ws, 8, ["DSPT-02", "High", "Data protection training compliance should be brought up to the 95% toolkit standard.",
                "Targeted reminders to staff below compliance and escalation to service managers via the monthly performance reviews.",
                "Head of Information Governance", D(2024, 12, 31), D(2025, 3, 31), "Amber",
                "Compliance 92.4% at end of December. Divisions with lowest rates written to by the SIRO."], F, 8, AMBER)
    section(ws, 9, "Safeguarding Training Compliance 2023/24 (Limited Assurance)", 9)
    put(ws, 10, ["SG-01", "High", "The training needs analysis should be updated to reflect the intercollegiate document levels for each role.",
                 "Safeguarding team to map all roles on ESR to the correct level and update the TNA.",
                 "Named Nurse Safeguarding Children", D(2024, 10, 31), None, "Complete",
                 "TNA updated and approved at Safeguarding Committee, October 2024."], F, 8, BLUE)
    put(ws, 11, ["SG-02", "High", "Level 3 safeguarding compliance should be reported by team to the Quality Service Delivery Group.",
                 "Team-level compliance dashboard to be developed with the workforce information team.",
                 "Head of Safeguarding / Workforce Information Manager", D(2024, 12, 31), "Jnue 2025", "Amber",
                 "Dashboard in test; reporting delayed by the ESR changes to competence codes."], F, 8, AMBER)
    put(ws, 12, ["SG-03", "Medium", "Non-compliant staff should be followed up by line managers within one month.",
                 "Monthly non-compliance lists to be sent to line managers with follow-up through supervision.",
                 "Head of Safeguarding", D(2025, 1, 31), None, "Green",
                 "First lists issued in January 2025."], F, 8, GREEN)
    section(ws, 13, "Key Financial Systems 2024/25 (Substantial Assurance)", 9)
    put(ws, 14, ["KFS-01", "Low", "Changes to supplier bank details should be independently verified by call-back before processing.",
                 "Procedure note to be updated and call-back log introduced.",
                 "Financial Controller", D(2025, 3, 31), None, "Green",
                 "Procedure note drafted; call-back log in use from February."], F, 8, GREEN)
    section(ws, 15, "Freedom to Speak Up 2024/25 (Moderate Assurance)", 9)
    put(ws, 16, ["FTSU-01", "Medium", "The Trust should record the outcome of concerns raised and the feedback given to the person raising them.",
                 "FTSU case log to be amended to capture outcomes and feedback dates.",
                 "FTSU Guardian", D(2025, 2, 28), None, "Green",
                 "Case log amended; quarterly report to People Committee will include outcomes."], F, 8, GREEN)
    put(ws, 17, ["FTSU-02", "Low", "The FTSU policy should be reviewed against the national policy template.",
                 "Policy review to be completed and presented to the Joint Negotiating and Consultative Committee.",
                 "Director of People and Organisational Effectiveness", D(2025, 6, 30), None, "Not started",
                 "Due to start in Q4."], F)
    ws["A19"] = "Status: Complete – implemented and evidenced; Green – on track; Amber – at risk of missing target date; Red – overdue."
    for col, w in zip("ABCDEFGHI", [10, 9, 50, 50, 28, 14, 14, 11, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ch2-dchs-nhsft-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3 Corby risk register
def corby():
    wb = Workbook(); ws = wb.active; ws.title = "SRR Q3"
    ws["A1"] = "Corby Borough Council – Strategic Risk Register: Mitigating Actions, Quarter 3 2019/20"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Reported to Audit and Governance Committee, 5 February 2020"
    header(ws, 4, ["Ref", "Mitigating Action", "Action Owner", "Target Date", "Progress (Q3)", "Status"])
    M = {4: "mmm-yy"}
    fills = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    data = [
        ("SR1 Local government reorganisation – continuity of services and governance during transition to North Northamptonshire", [
            ("SR1.1", "Maintain a Corby LGR programme board to oversee workstream returns to the joint Implementation Executive.",
             "Chief Executive", "Ongoing", "Programme board meeting fortnightly; returns submitted on time.", "G"),
            ("SR1.2", "Agree a staff retention and communication plan for the transition period with UNISON.",
             "Head of HR", D(2020, 3, 31), "Draft plan shared with UNISON; staff briefings held in November and January.", "G"),
            ("SR1.3", "Review contracts extending beyond 1 April 2021 and report novation requirements to the Shadow Authority.",
             "Head of Legal & Democratic Services / Procurement Officer", D(2020, 6, 30),
             "Contract register 70% reviewed; legal capacity stretched by LGR workload.", "A"),
        ]),
        ("SR2 Financial resilience – delivery of the 2019/20 budget and medium term financial plan", [
            ("SR2.1", "Monitor delivery of the 2019/20 savings programme monthly through Corporate Management Team.",
             "Chief Finance Officer", D(2020, 3, 31), "Savings of £612k on track; Leisure income shortfall being managed.", "G"),
            ("SR2.2", "Complete the review of commercial property income and voids.",
             "Head of Property Services", D(2019, 12, 31), "Review completed and reported to Executive, December 2019.", "B"),
            ("SR2.3", "Set a balanced 2020/21 budget consistent with the Northamptonshire financial disaggregation work.",
             "Chief Finance Officer", "28 February 2020", "Budget proposals out for consultation; Council meeting 27 February 2020.", "G"),
        ]),
        ("SR3 Cyber security and business continuity", [
            ("SR3.1", "Complete the PSN compliance health check remediation plan.",
             "ICT Manager", D(2019, 11, 30), "Two high-risk vulnerabilities still outstanding following the health check; supplier patch awaited.", "R"),
            ("SR3.2", "Test service business continuity plans through a desktop exercise with the Local Resilience Forum.",
             "Emergency Planning Officer", "Q4 2019/20", "Exercise date being agreed with the LRF.", "A"),
        ]),
    ]
    r = 5
    for head, acts in data:
        section(ws, r, head, 6); r += 1
        for a in acts:
            put(ws, r, list(a), M, 6, fills[a[5]]); r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: B – Complete; G – On target; A – Minor slippage, action being taken; R – Significant slippage / not achievable by target date")
    for col, w in zip("ABCDEF", [8, 60, 28, 13, 55, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ch2-corby-bc-strategic-risk-register-q3-2019-20.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def table(doc, head, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(head)); t.style = style
    for i, h in enumerate(head):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "D9E2F3")
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    return t


RAGHEX = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Complete": "00B0F0"}


# ---------------------------------------------------------------- 4 SWBH maternity highlight report
def swbh():
    doc = Document()
    doc.add_paragraph("Sandwell and West Birmingham NHS Trust")
    doc.add_heading("Maternity and Neonatal Improvement Programme: Highlight Report", level=1)
    table(doc, ["Report to", "Quality and Safety Committee"], [
        ["Meeting date", "21 March 2025"],
        ["Reporting period", "February 2025"],
        ["Report author", "Programme Manager, Maternity and Neonatal Improvement"],
        ["Executive sponsor", "Chief Nursing Officer"],
    ])
    doc.add_paragraph("")
    doc.add_paragraph("This highlight report sets out progress against the Maternity and Neonatal Improvement "
                      "Programme, which brings together the actions from the CQC inspection of maternity services "
                      "and the NHS England Three Year Delivery Plan. Overall programme status this period: Amber.")
    doc.add_heading("Summary by workstream", level=2)
    table(doc, ["Workstream", "Actions", "Complete", "Green", "Amber", "Red"], [
        ["1. Listening to and working with women and families", "3", "1", "1", "1", "0"],
        ["2. Growing, retaining and supporting our workforce", "3", "0", "1", "1", "1"],
        ["3. Developing and sustaining a culture of safety", "3", "1", "2", "0", "0"],
        ["4. Standards and structures that underpin safer care", "2", "0", "1", "0", "0"],
        ["Total", "11", "2", "5", "2", "1"],
    ])
    ws = [
        ("Workstream 1: Listening to and working with women and families", [
            ("1.1", "Co-produce a revised personalised care and support plan with the Maternity and Neonatal Voices Partnership (MNVP).",
             "Head of Midwifery", "31/03/2025", "Final draft agreed with MNVP on 12 February; printing and launch planned for March.", "Green"),
            ("1.2", "Provide interpreting for all booking appointments and record the language used on BadgerNet.",
             "Consultant Midwife / Digital Midwife", "Sept 2024 – April 2025",
             "Audit of 60 bookings shows interpreter recorded in 78%. Face-to-face interpreter capacity is the main constraint.", "Amber"),
            ("1.3", "Introduce a 15 Steps for Maternity walkround with MNVP members each quarter.",
             "Head of Midwifery", "December 2024", "First two walkrounds completed (November and February). Now business as usual.", "Complete"),
        ]),
        ("Workstream 2: Growing, retaining and supporting our workforce", [
            ("2.1", "Complete the Birthrate Plus review and present the midwifery establishment paper to Trust Board.",
             "Director of Midwifery", "May 2025", "Birthrate Plus fieldwork complete; report expected from the provider in April.", "Green"),
            ("2.2", "Reduce midwifery vacancy rate to below 5% through international recruitment and the preceptorship offer.",
             "Retention and Recruitment Lead Midwife", "Q1 2025/26",
             "Vacancy rate 7.8% in February. Twelve international midwives awaiting NMC registration.", "Amber"),
            ("2.3", "Achieve BAPM neonatal nursing standards for qualified in speciality (QIS) staffing.",
             "Neonatal Matron", "31/01/2025",
             "QIS at 61% against 70% standard. Course places for 2025 intake not yet confirmed by the ODN; escalated to the Chief Nursing Officer.", "Red"),
        ]),
        ("Workstream 3: Developing and sustaining a culture of safety", [
            ("3.1", "Roll out the perinatal culture and leadership programme (quadrumvirate) actions following the SCORE survey.",
             "Director of Midwifery / Clinical Director Obstetrics", "June 2025", "Culture conversations held with all areas; action plan shared at February staff forum.", "Green"),
            ("3.2", "Implement PSIRF learning responses for all moderate harm maternity incidents.",
             "Maternity Governance Lead", "31/12/2024", "All moderate harm incidents since October reviewed through PSIRF; backlog cleared.", "Complete"),
            ("3.3", "Hold monthly multidisciplinary skills drills on obstetric emergencies in the Midland Metropolitan University Hospital birth centre.",
             "Practice Development Midwife", "Ongoing", "Drills held in December, January and February as planned.", "Green"),
        ]),
        ("Workstream 4: Standards and structures that underpin safer care", [
            ("4.1", "Achieve full compliance with Saving Babies' Lives Care Bundle version 3 elements 1–6.",
             "Consultant Obstetrician (SBLCB lead)", "March 2025", "Compliance 86% overall; element 2 (fetal growth) remains below target.", "Green"),
            ("4.2", "Replace CTG monitoring equipment on the delivery suite through the capital programme.",
             "Maternity Operations Manager", "2025/26", "Capital bid submitted for 2025/26; decision due April.", ""),
        ]),
    ]
    for head, rows in ws:
        doc.add_heading(head, level=2)
        t = table(doc, ["Ref", "Action", "Lead", "Due date", "Progress this period", "RAG"], [r for r in rows])
        for i, r in enumerate(rows, 1):
            if r[5] in RAGHEX:
                shade(t.rows[i].cells[5], RAGHEX[r[5]])
        doc.add_paragraph("")
    doc.add_heading("RAG key", level=3)
    table(doc, ["Rating", "Meaning"], [
        ["Complete", "Action delivered and evidence of impact provided"],
        ["Green", "On track to deliver by the due date"],
        ["Amber", "At risk of delay; mitigation in place"],
        ["Red", "Off track; escalated to the Maternity and Neonatal Safety Champions"],
    ])
    doc.save(os.path.join(HERE, "ch2-swbh-nhs-trust-maternity-neonatal-highlight-report.docx"))


# ---------------------------------------------------------------- 5 Trafford SAR Adult W
def trafford():
    doc = Document()
    doc.add_heading("Safeguarding Adult Review: Adult W – Multi-Agency Action Plan", level=1)
    doc.add_paragraph("Trafford Strategic Safeguarding Partnership")
    doc.add_paragraph("Adult W was a 68-year-old man who died following a house fire in 2022. He lived alone, "
                      "self-neglected and hoarded. The review made four recommendations to the Partnership. This plan "
                      "is monitored by the Safeguarding Adult Review Group; updates below are as at June 2024.")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["No.", "Action", "Lead", "Timescale", "Progress update (June 2024)", "RAG"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "BDD6EE")
    plan = [
        ("Recommendation 1: TSSP should seek assurance that partner agencies' self-neglect training covers hoarding, fire risk and the use of the Clutter Image Rating.", [
            ("1.1", "Revise the multi-agency self-neglect and hoarding training to include fire risk and the Clutter Image Rating.",
             "TSSP Learning and Development Lead", "March 2024", "Revised course launched 6 March 2024; 54 practitioners trained to date.", "Complete"),
            ("1.2", "Each partner agency to confirm in its annual safeguarding self-assessment how self-neglect learning has been cascaded.",
             "TSSP Business Manager", "Q3 2024/25", "Section 11 / self-assessment template updated to include the question.", "Green"),
        ]),
        ("Recommendation 2: Referral pathways between GMFRS and Adult Social Care for people at high fire risk should be reviewed.", [
            ("2.1", "Agree a joint referral pathway for Safe and Well visits where hoarding or self-neglect is identified.",
             "GMFRS Prevention Manager and Principal Social Worker (Adults)", "31/07/2024",
             "Draft pathway discussed at Adult Practice Group in May; final version awaiting GMFRS sign-off.", "Amber"),
            ("2.2", "Audit a sample of fire risk referrals received by the Adult Social Care front door.",
             "Principal Social Worker (Adults)", "September 2024", "", "Not started"),
        ]),
        ("Recommendation 3: Partners should make sure that mental capacity is assessed and recorded where a person repeatedly declines care.", [
            ("3.1", "Issue a practice briefing on executive capacity and repeated refusals of care.",
             "MCA Lead", "Within 6 months of publication", "Briefing written and published on the TSSP website in April 2024.", "Complete"),
            ("3.2", "Include capacity recording in the GP safeguarding audit for 2024/25.",
             "Designated Nurse Safeguarding Adults / Named GP for Safeguarding", "Dec 2024",
             "Audit tool amended; audit fieldwork planned for October.", "Green"),
        ]),
        ("Recommendation 4: TSSP should promote the use of multi-agency risk management meetings for adults who self-neglect.", [
            ("4.1", "Relaunch the multi-agency risk management (MARM) guidance with a briefing for managers in all agencies.",
             "Head of Adult Safeguarding", "30/09/2024", "Guidance refreshed; manager briefings booked for July and August.", "Green"),
            ("4.2", "Report MARM numbers and outcomes to the TSSP Executive through the quarterly performance dashboard.",
             "TSSP Business Manager", "Quarterly", "MARM data included in the Q4 2023/24 dashboard for the first time.", "Green"),
        ]),
    ]
    for rec, acts in plan:
        row = t.add_row(); c = row.cells[0].merge(row.cells[5])
        c.text = rec; c.paragraphs[0].runs[0].bold = True; shade(c, "F2F2F2")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            if a[5] in RAGHEX:
                shade(cells[5], RAGHEX[a[5]])
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Red – not on track; Amber – some delay; Green – on track; Complete – action completed and evidence provided; Not started.")
    doc.save(os.path.join(HERE, "ch2-trafford-ssp-sar-adult-w-action-plan.docx"))


# ---------------------------------------------------------------- 6 Bassetlaw DHR tracker export (csv)
def bassetlaw():
    rows = [
        ["Recommendation", "Action No", "Action", "Lead", "Target Date", "Revised Target Date", "RAG Status", "Latest Update", "Modified"],
        ["1. Nottinghamshire Police to ensure officers attending domestic incidents complete the DASH risk assessment with the victim away from the alleged perpetrator.",
         "1.1", "Refresh domestic abuse first responder training to include the practice of completing DASH in private.",
         "DI Public Protection", "31/03/2024", "", "Complete", "Training refreshed and delivered to all Bassetlaw response teams by March 2024.", "12/06/2024 09:14"],
        ["1. Nottinghamshire Police to ensure officers attending domestic incidents complete the DASH risk assessment with the victim away from the alleged perpetrator.",
         "1.2", "Dip sample 20 domestic incidents each quarter to check where and how the DASH was completed.",
         "DI Public Protection", "30/06/2024", "30/09/2024", "Amber", "First dip sample done; second delayed by staffing in the audit team.", "12/06/2024 09:16"],
        ["2. Bassetlaw Hospital emergency department to embed routine enquiry about domestic abuse for all patients presenting with injuries.",
         "2.1", "Add a mandatory routine enquiry question to the ED triage record on the electronic patient record.",
         "DBTH Head of Safeguarding", "30/09/2024", "", "Green", "Change request approved by the EPR team; build scheduled for August.", "14/06/2024 11:02"],
        ["2. Bassetlaw Hospital emergency department to embed routine enquiry about domestic abuse for all patients presenting with injuries.",
         "2.2", "Appoint an ED-based Independent Domestic Violence Advisor (IDVA) for Bassetlaw Hospital.",
         "Nottinghamshire Women's Aid Service Manager", "31/12/2024", "", "Amber", "Funding bid submitted to the OPCC; outcome expected September.", "14/06/2024 11:05"],
        ["3. The CSP to raise awareness of economic abuse and coercive control with local employers and the public.",
         "3.1", "Run a 16 Days of Action campaign on coercive control and economic abuse across Bassetlaw.",
         "Community Safety Manager", "December 2024", "", "Green", "Campaign plan agreed with partners; materials in production.", "17/06/2024 15:40"],
        ["3. The CSP to raise awareness of economic abuse and coercive control with local employers and the public.",
         "3.2", "Offer domestic abuse workplace policy training to the ten largest employers in the district.",
         "Community Safety Manager", "31/03/2025", "", "Not started", "", "17/06/2024 15:41"],
        ["4. Nottinghamshire ICB to seek assurance that GP practices record and share domestic abuse disclosures appropriately.",
         "4.1", "Deliver IRIS training to Bassetlaw GP practices not yet signed up to the programme.",
         "ICB Designated Nurse Safeguarding Adults", "31/03/2025", "", "Red",
         "Only 3 of 11 practices signed up. Escalated to the Bassetlaw Place Based Partnership.", "18/06/2024 10:27"],
    ]
    with open(os.path.join(HERE, "ch2-safer-bassetlaw-csp-dhr-action-tracker-export.csv"), "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Shropshire CSPR Child K (txt)
def shropshire():
    L = []
    L.append("Child Safeguarding Practice Review – Child K: Multi-Agency Action Plan")
    L.append("Shropshire Safeguarding Community Partnership")
    L.append("")
    L.append("Version 3 – updated for the Case Review Subgroup, 14 May 2025")
    L.append("RAG: R = not started/off track   A = in progress, some delay   G = on track   C = complete")
    L.append("")
    L.append("\t".join(["Ref", "Action", "Lead", "Target date", "RAG", "Progress"]))
    L.append("Learning theme 1: Seeing the baby – pre-birth assessment and fathers")
    L.append("Recommendation 1: Partners should ensure that pre-birth assessments include the male carer and his history.")
    L.append("\t".join(["1a", "Update the pre-birth assessment protocol to require checks on all adult males in the household.",
                        "Head of Service, Children's Safeguarding", "June 2025", "G", "Protocol redrafted; out for partner comment until 30 May."]))
    L.append("\t".join(["1b", "Midwifery and health visiting to record the father's details and involvement at booking and the antenatal contact.",
                        "SaTH Named Midwife for Safeguarding / Shropshire Community Health Named Nurse", "31/03/2025", "C",
                        "Template fields added to BadgerNet and SystmOne; audit in April showed 88% recorded."]))
    L.append("Recommendation 2: Practitioners should use the ICON programme with all parents of new babies.")
    L.append("\t".join(["2a", "Relaunch ICON messages at the 10–14 day new birth visit and at the 6–8 week check.",
                        "Health Visiting Service Lead", "Sept 2025", "A", "Relaunch delayed to align with the regional ICON refresh."]))
    L.append("")
    L.append("Learning theme 2: Information sharing between adult and children's services")
    L.append("Recommendation 3: Adult mental health and substance misuse services should routinely ask about children and unborn babies.")
    L.append("\t".join(["3a", "Add a mandatory 'contact with children' question to the We Are With You assessment.",
                        "We Are With You Service Manager", "30/04/2025", "C", "In place since April; compliance reported monthly."]))
    L.append("\t".join(["3b", "MPFT adult mental health teams to complete a Think Family audit of 30 cases.",
                        "MPFT Safeguarding Lead", "December 2025", "R", "Not started – audit lead post vacant."]))
    L.append("Recommendation 4: The Partnership should test how well agencies share information when a family moves between areas.")
    L.append("\t".join(["4a", "Hold a multi-agency audit of cross-border transfers in with Telford & Wrekin.",
                        "SSCP Business Manager; TWSP Business Manager", "Q2 2025/26", "A", "Scope agreed; dates being set."]))
    L.append("\t".join(["4b", "Circulate a 7-minute briefing on Child K to all partner agencies.",
                        "SSCP Business Manager", "Ongoing", "G", "Briefing published; included in the May learning bulletin."]))
    L.append("")
    L.append("Next review: Case Review Subgroup, July 2025")
    with open(os.path.join(HERE, "ch2-shropshire-sscp-cspr-child-k-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\r\n".join(L) + "\r\n")


if __name__ == "__main__":
    dudley(); dchs(); corby(); swbh(); trafford(); bassetlaw(); shropshire()
