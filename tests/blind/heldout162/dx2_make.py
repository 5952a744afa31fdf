"""Generate the dx2- blind cases (partnership, NHS and corporate plans)."""
import datetime as dt
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date
FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
}
HDR = PatternFill("solid", fgColor="1F4E79")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(HERE, name)


def header(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HDR
        c.alignment = WRAP
        c.border = BOX


# ---------------------------------------------------------------- 1 board action log
def board_log():
    wb = Workbook()
    ws = wb.active
    ws.title = "Public Board Action Log"
    ws["A1"] = "Blackpool Teaching Hospitals NHS Foundation Trust – Board of Directors (Public) Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Updated following the meeting held on 5 December 2024. Actions marked B are proposed for closure."
    ws.merge_cells("A2:J2")
    cols = ["Action No.", "Meeting Date", "Minute Ref", "Action", "Lead",
            "Original Due Date", "Revised Due Date", "Update", "RAG"]
    header(ws, 4, cols)
    rows = [
        ("PUB/24/041", D(2024, 8, 1), "71/24",
         "Provide a breakdown of the 12-hour waits in the Emergency Department by age group and Clinical Frailty Score to the Quality Committee.",
         "Chief Operating Officer", D(2024, 10, 3), D(2024, 12, 5),
         "Breakdown presented to Quality Committee on 25 November 2024; Committee assured. Propose closure.", "B"),
        ("PUB/24/048", D(2024, 8, 1), "78/24",
         "Circulate the refreshed Freedom to Speak Up reflection and planning tool to Board members ahead of the development session.",
         "Company Secretary", D(2024, 10, 3), None,
         "Circulated to all Board members on 19 September 2024.", "B"),
        ("PUB/24/055", D(2024, 10, 3), "96/24",
         "Include benchmarking against other Lancashire and South Cumbria providers in the next Maternity and Neonatal Safety report.",
         "Chief Nursing Officer / Director of Midwifery", D(2024, 12, 5), D(2025, 2, 6),
         "LMNS benchmarking data for Q2 not yet validated; to be included in the February report.", "A"),
        ("PUB/24/057", D(2024, 10, 3), "99/24",
         "Bring the options appraisal for the future use of the Clifton Hospital site to a Board Development session.",
         "Director of Strategy", D(2025, 3, 6), None,
         "Options appraisal in draft; scheduled for Board Development on 13 March 2025.", "G"),
        ("PUB/24/060", D(2024, 10, 3), "101/24",
         "Provide an update on the recovery trajectory for the 62-day cancer standard, including the impact of the additional capacity at the Community Diagnostic Centre.",
         "Chief Operating Officer", D(2024, 12, 5), D(2025, 4, 3),
         "Not received at December Board. Trajectory being revised following the 2025/26 planning guidance; deferred to April with the Chair's agreement.", "R"),
        ("PUB/24/066", D(2024, 12, 5), "118/24",
         "Review the wording of the Board Assurance Framework workforce risk (BAF 3) to reflect the revised People Plan priorities.",
         "Chief People Officer", D(2025, 2, 6), None,
         "Revised wording to be considered at People Committee on 21 January 2025.", "G"),
        ("PUB/24/067", D(2024, 12, 5), "120/24",
         "Arrange a Board walkabout to the Whitegate Drive Health Centre and the Clifton Hospital rehabilitation wards.",
         "Company Secretary", "TBC", None,
         "Dates being agreed with Non-Executive Directors.", None),
        ("PUB/24/069", D(2024, 12, 5), "122/24",
         "Present the winter plan lessons learned report, including the use of temporary escalation spaces, to the public Board.",
         "Chief Operating Officer and Chief Nursing Officer", D(2025, 4, 3), None,
         "Debrief sessions planned for March following the end of the winter period.", "G"),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
        rag = row[-1]
        c = ws.cell(row=r, column=9)
        c.alignment = Alignment(horizontal="center", vertical="top")
        if rag:
            c.fill = FILL[rag]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("B", "Action complete – proposed for closure"),
           ("G", "On track / not yet due"),
           ("A", "At risk of missing the due date"),
           ("R", "Overdue or not delivered")]
    for k, t in key:
        r += 1
        ws.cell(row=r, column=1, value=k).fill = FILL[k]
        ws.cell(row=r, column=2, value=t)
    for col, w in zip("ABCDEFGHI", [12, 12, 9, 60, 26, 13, 13, 55, 6]):
        ws.column_dimensions[col].width = w
    wb.save(p("dx2-blackpool-teaching-hospitals-nhsft-trust-board-public-action-log.xlsx"))


# ---------------------------------------------------------------- 2 maternity highlight report
def maternity():
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Northern Lincolnshire and Goole NHS Foundation Trust"
    doc.add_heading("Maternity and Neonatal Services Highlight Report – Quarter 3 2024/25", level=1)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Report to", "Trust Board (Public)"),
                                ("Date of meeting", "4 February 2025"),
                                ("Author", "Director of Midwifery"),
                                ("Purpose", "Assurance")]):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph(
        "This report updates the Board on progress against the maternity and neonatal improvement plan, "
        "which is aligned to the four themes of the NHS England Three Year Delivery Plan for Maternity and "
        "Neonatal Services. Actions rated Complete will be removed from the next report once evidence has been "
        "reviewed by the Maternity and Neonatal Safety Champions.")
    doc.add_heading("2. Improvement plan progress", level=2)
    cols = ["Ref", "Action", "Owner", "Due", "RAG", "Progress this period"]
    themes = [
        ("Theme 1: Listening to and working with women and families", [
            ("1.1", "Relaunch the Maternity and Neonatal Voices Partnership (MNVP) 15 Steps walkthroughs at Scunthorpe General Hospital and Diana, Princess of Wales Hospital, Grimsby.",
             "Head of Midwifery", "Mar-25", "G",
             "Scunthorpe walkthrough completed 14/11/24. Grimsby walkthrough booked for February."),
            ("1.2", "Translate the postnatal discharge information into the five most requested languages and make it available through the Badger Notes app.",
             "Patient Experience Lead (Maternity)", "Dec-24", "Complete",
             "All five translations uploaded on 9 December 2024."),
        ]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ("2.1", "Recruit to the remaining 6.4 WTE midwifery vacancies identified in the Birthrate Plus review.",
             "Director of Midwifery", "Q4 2024/25", "A",
             "4.0 WTE appointed from the newly qualified cohort; start dates confirmed. Remaining posts re-advertised in January."),
            ("2.2", "Achieve 90% compliance with PROMPT multi-professional emergency training for all staff groups.",
             "Practice Development Midwife / Clinical Director for Obstetrics", "31/03/2025", "R",
             "Obstetric consultant compliance was 78% at the end of December because of rota gaps. Additional sessions added in February and March."),
            ("2.3", "Implement a preceptorship programme for newly qualified neonatal nurses in line with the national framework.",
             "Neonatal Matron", "Ongoing", "G",
             "Three nurses on the programme; first review meeting held in December."),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety", [
            ("3.1", "Embed Patient Safety Incident Response Framework (PSIRF) learning responses in the weekly maternity governance meeting.",
             "Maternity Governance Lead", "Nov-24 (revised Feb-25)", "A",
             "Standing agenda item agreed. Terms of reference being updated to include the neonatal unit."),
            ("3.2", "Complete the Saving Babies' Lives Care Bundle v3 audit of fetal monitoring (Element 3) and share the results with the LMNS.",
             "Fetal Monitoring Lead Midwife", "Quarterly", "G",
             "Q3 audit completed; 94% of CTGs had a documented fresh-eyes review."),
        ]),
        ("Theme 4: Meeting and improving standards and structures", [
            ("4.1", "Present the six-monthly midwifery staffing report to the Board in line with MIS Safety Action 5.",
             "Director of Midwifery", "Jan-25", "Complete",
             "Report received by the Board in January 2025."),
            ("4.2", "Roll out the BadgerNet maternity electronic patient record to the community midwifery teams in Goole and the Isle of Axholme.",
             "Digital Midwife", "June 2025", "G",
             "Devices ordered; training plan agreed with the community team leaders."),
        ]),
    ]
    n = 1 + sum(1 + len(a) for _, a in themes)
    tbl = doc.add_table(rows=n, cols=len(cols))
    tbl.style = "Table Grid"
    for i, c in enumerate(cols):
        tbl.cell(0, i).text = c
        tbl.cell(0, i).paragraphs[0].runs[0].bold = True
    r = 1
    for theme, acts in themes:
        m = tbl.cell(r, 0).merge(tbl.cell(r, len(cols) - 1))
        m.text = theme
        m.paragraphs[0].runs[0].bold = True
        r += 1
        for a in acts:
            for i, v in enumerate(a):
                tbl.cell(r, i).text = v
            r += 1
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Complete – action delivered and evidence reviewed; G – on track; "
                      "A – some slippage, recovery plan in place; R – off track, escalated to the Quality and Safety Committee.")
    doc.add_heading("3. Recommendation", level=2)
    doc.add_paragraph("The Board is asked to note the progress made and the actions rated red.")
    doc.save(p("dx2-northern-lincolnshire-goole-nhsft-maternity-neonatal-highlight-report.docx"))


# ---------------------------------------------------------------- 3 risk register (refuse)
def risk_register():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3"
    ws["A1"] = "South Tyneside and Sunderland NHS Foundation Trust – Corporate Risk Register – Quarter 3 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Presented to Audit Committee, January 2025. Risks scored 15 and above."
    cols = ["Risk ID", "Risk Description", "Executive Lead", "Current Score (C x L)", "Target Score",
            "Further Actions Required", "Action Owner", "Target Date", "Action Status"]
    header(ws, 5, cols)
    risks = [
        ("CRR 01", "Risk that patients in the Emergency Departments experience harm because of prolonged waits for admission caused by high bed occupancy.",
         "Chief Operating Officer", "20 (4x5)", "12 (4x3)", [
             ("Open the 16-bed Same Day Emergency Care extension at Sunderland Royal Hospital.", "Associate Director of Operations – Medicine", D(2025, 3, 31), "On track"),
             ("Agree a revised full capacity protocol with Sunderland and South Tyneside Places.", "Deputy Chief Operating Officer", D(2024, 12, 31), "Complete"),
             ("Review the frailty assessment pathway in line with the GIRFT recommendations.", "Clinical Director, Integrated Medicine", "Jnue-25", "On track"),
         ]),
        ("CRR 04", "Risk of insufficient registered nursing and midwifery staff to maintain safe staffing levels on all wards.",
         "Chief Nurse", "16 (4x4)", "8 (4x2)", [
             ("Complete the bi-annual safer nursing care tool establishment review.", "Deputy Chief Nurse", D(2025, 2, 28), "On track"),
             ("Recruit internationally educated nurses in line with the 2024/25 workforce plan.", "Head of Nursing Workforce", D(2025, 3, 31), "Behind plan"),
         ]),
        ("CRR 07", "Risk to delivery of the 2024/25 financial plan because of unfunded cost pressures and under-delivery of the efficiency programme.",
         "Chief Finance Officer", "20 (5x4)", "10 (5x2)", [
             ("Confirm recurrent schemes for the £4.2m gap in the efficiency programme.", "Deputy Chief Finance Officer", D(2025, 1, 31), "Behind plan"),
             ("Implement vacancy control panel for all non-clinical posts.", "Chief People Officer", D(2024, 10, 31), "Complete"),
         ]),
    ]
    r = 6
    for rid, desc, lead, cur, tgt, acts in risks:
        first = r
        for a in acts:
            for i, v in enumerate(a, 6):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.date):
                    c.number_format = "mmm-yy"
            r += 1
        for i, v in enumerate([rid, desc, lead, cur, tgt], 1):
            c = ws.cell(row=first, column=i, value=v)
            c.alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=i, end_row=r - 1, end_column=i)
        ws.cell(row=first, column=4).fill = FILL["R"]
    r += 1
    ws.cell(row=r, column=1, value="Scoring: Consequence (C) x Likelihood (L), 5x5 matrix. 15-25 High (red); 8-12 Moderate (amber); 1-6 Low (green).")
    for col, w in zip("ABCDEFGHI", [9, 45, 20, 12, 11, 50, 30, 12, 13]):
        ws.column_dimensions[col].width = w
    wb.save(p("dx2-south-tyneside-sunderland-nhsft-corporate-risk-register-q3-2024-25-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 4 SAR action plan xlsx
def sar():
    wb = Workbook()
    ws = wb.active
    ws.title = "SAR Mr O action plan"
    ws["A1"] = "Southwark Safeguarding Adults Board – Safeguarding Adults Review: Mr O – Multi-agency Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Version 4 – updated for the SAR and Learning Subgroup, 12 March 2024"
    ws.merge_cells("A2:G2")
    cols = ["Ref", "SAR Recommendation", "Action", "Lead", "Target Date", "Progress Update", "RAG"]
    header(ws, 4, cols)
    recs = [
        ("Recommendation 1: The SAB should seek assurance that partner agencies understand and apply the Mental Capacity Act when people repeatedly decline care and support.", [
            ("1.1", "Deliver multi-agency MCA training focused on executive functioning and fluctuating capacity, with a recorded case study based on Mr O.",
             "SAB Business Manager / Chair of Learning and Development Subgroup", D(2023, 12, 31),
             "Four sessions delivered between October and December 2023; 212 practitioners attended.", "B"),
            ("1.2", "Audit a sample of 20 adult social care case files where care was declined to test the quality of capacity assessments.",
             "Head of Adult Safeguarding (LBS)", D(2024, 6, 30),
             "Audit tool agreed at QA Subgroup. Sample drawn; audit fieldwork starts in April.", "G"),
        ]),
        ("Recommendation 2: Partners should ensure that self-neglect concerns are escalated through the multi-agency risk management (MARM) process.", [
            ("2.1", "Refresh the Southwark Self-Neglect and Hoarding Protocol to include clear escalation points to MARM.",
             "Principal Social Worker (Adults)", "Sept 2023 – March 2024",
             "Draft protocol out for consultation with partners; sign-off expected at the April Board.", "A"),
            ("2.2", "Publish a MARM referral guide and briefing for GP practices and community nursing teams.",
             "Named Nurse Safeguarding Adults, South East London ICB", D(2024, 5, 31),
             "Briefing drafted. Awaiting the refreshed protocol before publication.", "A"),
        ]),
        ("Recommendation 3: Housing and health partners should share information about people at risk of eviction who have care and support needs.", [
            ("3.1", "Agree an information-sharing pathway between Southwark Housing tenancy teams and the community mental health teams.",
             "Head of Tenancy Management", D(2024, 3, 31),
             "No progress reported this quarter; escalated to the Board Chair.", "R"),
            ("3.2", "Add a check for care and support needs to the pre-eviction panel checklist.",
             "Head of Tenancy Management", D(2023, 11, 30),
             "Checklist amended and in use since November 2023.", "B"),
        ]),
        ("Recommendation 4: The SAB should assure itself that the learning from this review has been embedded.", [
            ("4.1", "Produce a seven-minute briefing on the review and circulate to all partner agencies.",
             "SAB Business Manager", D(2023, 10, 31),
             "Briefing published on the SAB website and circulated in October 2023.", "B"),
            ("4.2", "Hold a learning event six months after publication to test the impact of the actions on practice.",
             "Chair of SAR and Learning Subgroup", D(2024, 9, 30),
             "Date to be confirmed once audit (1.2) has reported.", None),
        ]),
    ]
    r = 5
    for rec, acts in recs:
        first = r
        for ref, act, lead, due, prog, rag in acts:
            vals = [ref, None, act, lead, due, prog, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.date):
                    c.number_format = "mmm-yy"
            if rag:
                ws.cell(row=r, column=7).fill = FILL[rag]
            r += 1
        ws.cell(row=first, column=2, value=rec).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for k, t in [("B", "Complete"), ("G", "On track"), ("A", "Delayed but expected to be delivered"), ("R", "Not progressing – escalated")]:
        r += 1
        ws.cell(row=r, column=1).fill = FILL[k]
        ws.cell(row=r, column=2, value=t)
    for col, w in zip("ABCDEFG", [6, 45, 55, 30, 14, 50, 6]):
        ws.column_dimensions[col].width = w
    wb.save(p("dx2-southwark-sab-sar-mr-o-action-plan.xlsx"))


# ---------------------------------------------------------------- 5 CSPR docx
def cspr():
    doc = Document()
    doc.add_heading("Thurrock LSCP – Child Safeguarding Practice Review: Child P – Partnership Action Plan", level=1)
    doc.add_paragraph(
        "This action plan responds to the findings of the Child Safeguarding Practice Review into the "
        "circumstances of Child P, published in February 2024. Progress is monitored by the LSCP Case Review "
        "Group, which reports to the Executive Board each quarter.")
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author"),
                             ("1.0", "March 2024", "LSCP Business Manager"),
                             ("1.1", "July 2024", "LSCP Business Manager"),
                             ("1.2", "October 2024", "Case Review Group")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    findings = [
        ("Finding 1: Professionals did not recognise the cumulative impact of neglect on Child P.", [
            ("Roll out the Graded Care Profile 2 (GCP2) to children's social care, early help and health visiting teams.",
             "Strategic Lead, Early Help", "End of June 2024", "Complete",
             "162 practitioners trained; GCP2 used in 41 assessments since July."),
            ("Include neglect as a standing theme in the multi-agency case audit programme.",
             "LSCP Business Manager", "Q2 2024/25", "Complete",
             "Neglect audit completed in September 2024; findings reported to the Executive Board."),
            ("Deliver a neglect briefing to designated safeguarding leads in all Thurrock schools.",
             "Education Safeguarding Lead", "Autumn term 2024", "On track",
             "Briefing delivered to primary DSL network; secondary network session set for December."),
        ]),
        ("Finding 2: Information about the risk posed by adults in the household was not shared between agencies.", [
            ("Review the MASH information-sharing protocol so that police intelligence on adults in the household is shared at strategy discussions.",
             "MASH Team Manager and Detective Inspector, Essex Police", "Sept 2024", "Amber",
             "Protocol redrafted; legal sign-off delayed."),
            ("Remind GP practices to record household members and to flag safeguarding concerns on the child's record.",
             "Designated Nurse Safeguarding Children, Mid and South Essex ICB", "By 31 March 2025", "On track",
             "Item included in the GP safeguarding leads forum; audit of coding planned for February."),
        ]),
        ("Finding 3: The voice and lived experience of Child P were not consistently recorded.", [
            ("Share the learning from the review through the LSCP learning bulletin and practitioner forums.",
             "LSCP Business Manager", "Termly", "On track",
             "Bulletin issued in May and September 2024."),
            ("Update the children's social care recording guidance to require direct work with children to be recorded in their own words.",
             "Principal Social Worker (Children)", "March 2025", "Not started",
             "To start after the practice standards refresh in January."),
        ]),
    ]
    for finding, acts in findings:
        doc.add_heading(finding, level=2)
        tbl = doc.add_table(rows=1 + len(acts), cols=5)
        tbl.style = "Table Grid"
        for i, h in enumerate(["Action", "Lead", "By when", "Status", "Progress / evidence of impact"]):
            tbl.cell(0, i).text = h
            tbl.cell(0, i).paragraphs[0].runs[0].bold = True
        for r, a in enumerate(acts, 1):
            for i, v in enumerate(a):
                tbl.cell(r, i).text = v
        doc.add_paragraph()
    doc.save(p("dx2-thurrock-lscp-cspr-child-p-action-plan.docx"))


# ---------------------------------------------------------------- 6 ICB action log csv
def icb_csv():
    import csv
    rows = [
        ["Action ID", "Date Raised", "Meeting", "Action", "Owner", "Due Date", "RAG Status", "Latest Update", "Date Closed"],
        ["SQG-0112", "15/08/2024", "System Quality Group", "Circulate the LeDeR annual report and the ICB response to all provider quality leads.", "Harris, Jo", "12/09/2024", "Complete", "Circulated 02/09/2024.", "02/09/2024"],
        ["SQG-0118", "15/08/2024", "System Quality Group", "Bring a paper on the themes from the Great Western Hospital never events to the next meeting.", "Director of Nursing, GWH", "17/10/2024", "Complete", "Paper presented in October; thematic learning shared with all acute providers.", "17/10/2024"],
        ["SQG-0121", "19/09/2024", "System Quality Group", "Confirm the date for the system-wide Patient Safety Incident Response Framework (PSIRF) oversight review.", "Patient Safety Specialist (BSW ICB)", "21/11/2024", "Amber", "Two of three providers have confirmed; awaiting Wiltshire Health and Care.", ""],
        ["SQG-0124", "19/09/2024", "System Quality Group", "Provide assurance on the actions taken to reduce the waiting list for autism assessments for children and young people in Swindon.", "Sarah Trowbridge; Dr Amit Khan", "16/01/2025", "Red", "Waiting list increased to 1,140. Recovery trajectory to be presented to the Children and Young People Board in January.", ""],
        ["SQG-0127", "21/11/2024", "System Quality Group", "Share the outcome of the CQC inspection of the Royal United Hospitals Bath maternity service and the Trust's action plan.", "Chief Nursing Officer (RUH)", "16/01/2025", "Green", "Report published; action plan to be tabled in January.", ""],
        ["SQG-0128", "21/11/2024", "System Quality Group", "Add infection prevention and control (C. difficile rates) to the system quality risk register.", "Nash, Philippa", "19/12/2024", "Complete", "Added as risk QR-31, scored 12.", "05/12/2024"],
        ["SQG-0130", "21/11/2024", "System Quality Group", "Agree the quality metrics for the BSW care home dashboard with the Local Authorities.", "Deputy Director of Quality (Care Sector)", "20/03/2025", "Green", "Workshop with Bath and North East Somerset, Swindon and Wiltshire councils held 11/12/2024.", ""],
        ["SQG-0131", "21/11/2024", "System Quality Group", "Review the terms of reference of the System Quality Group in light of the ICB operating model changes.", "Board Secretary", "TBC", "", "Awaiting the outcome of the ICB restructure consultation.", ""],
    ]
    with open(p("dx2-bsw-icb-system-quality-group-action-log-export.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 DHR txt
def dhr():
    lines = [
        "Castle Point and Rochford Community Safety Partnership – Domestic Homicide Review: Linda – Action Plan",
        "",
        "The review panel agreed the recommendations below. The action plan is monitored by the CSP Board; this version was updated in August 2024.",
        "",
        "\t".join(["Ref", "Recommendation", "Scope", "Action to take", "Lead Agency", "Key milestones", "Target date", "Date of completion and outcome", "Status"]),
        "\t".join(["1.1", "Recommendation 1: Essex Police should ensure that officers attending domestic abuse incidents complete the DASH risk assessment with the victim away from the perpetrator.", "Local", "Issue a practice reminder to all response officers on completing DASH with the victim alone.", "Essex Police", "Reminder issued through the Daily Orders bulletin", "October 2023", "Issued 16/10/2023.", "Complete"]),
        "\t".join(["1.2", "", "", "Dip-sample 50 DASH forms each quarter to check where and how they were completed.", "Essex Police", "First dip-sample report to CSP Board", "Mar-24", "Two quarterly samples completed; compliance 86%.", "Green"]),
        "\t".join(["2.1", "Recommendation 2: Health partners should routinely ask about domestic abuse when patients attend with injuries or anxiety and depression.", "Local", "Deliver routine enquiry training to GP practices in Castle Point and Rayleigh & Rochford Primary Care Networks.", "Mid and South Essex ICB", "Training dates published; 75% of practices attended", "31/07/2024", "18 of 24 practices trained; remaining sessions booked for September.", "Amber"]),
        "\t".join(["2.2", "", "", "Add a domestic abuse routine enquiry prompt to the emergency department triage template.", "Mid and South Essex NHS Foundation Trust", "Template change approved by the digital board", "Within 6 months of publication", "Change request submitted; awaiting clinical safety sign-off.", "Amber"]),
        "\t".join(["3.1", "Recommendation 3: The CSP should raise awareness of economic abuse and of the support available to older victims.", "Local", "Run an awareness campaign on economic abuse aimed at older people, including through libraries and community hubs.", "Castle Point Borough Council / Rochford District Council", "Campaign materials agreed with Safer Essex", "November 2024", "Materials in design; launch planned for the 16 Days of Action.", "Green"]),
        "\t".join(["3.2", "", "", "Ask banks and building societies in the district to display information on economic abuse support.", "CSP Manager", "Letters sent to branch managers", "Ongoing", "", ""]),
        "\t".join(["4.1", "Recommendation 4: The Home Office should consider national guidance on the inclusion of adult children as perpetrators in DHR statutory guidance.", "National", "Write to the Home Office DHR team setting out the learning from this review.", "CSP Chair", "Letter sent with the overview report", "Feb-24", "Letter sent 06/02/2024; acknowledged by the Home Office.", "Complete"]),
        "",
        "Status: Complete = action delivered; Green = on track; Amber = delayed; Red = not started or at risk.",
    ]
    with open(p("dx2-castle-point-rochford-csp-dhr-linda-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    board_log()
    maternity()
    risk_register()
    sar()
    cspr()
    icb_csv()
    dhr()
