"""Generator for the ci1- blind cases (children's services plans). Run with /work/main/.venv/bin/python."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date
FILL = {k: PatternFill("solid", start_color=v, end_color=v) for k, v in {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "5B9BD5",
    "head": "1F3864", "band": "D9E1F2", "grey": "EDEDED"}.items()}
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def header(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row, i, n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX


def band(ws, row, text, ncols):
    ws.cell(row, 1, text).font = Font(bold=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    for i in range(1, ncols + 1):
        ws.cell(row, i).fill = FILL["band"]
        ws.cell(row, i).border = BOX
    ws.cell(row, 1).alignment = WRAP


def put(ws, row, values, fmt=None, rag_col=None, rag_fill=None):
    for i, v in enumerate(values, 1):
        if v is None:
            ws.cell(row, i).border = BOX
            continue
        c = ws.cell(row, i, v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, (dt.date, dt.datetime)) and fmt:
            c.number_format = fmt
    if rag_col and rag_fill:
        ws.cell(row, rag_col).fill = FILL[rag_fill]


# ---------------------------------------------------------------- 1. Treloar's (xlsx)
def treloars():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    cols = ["Ref", "Ofsted point", "Action", "Lead", "Target date", "Revised date", "RAG", "Progress update"]
    ws["A1"] = "Treloar's School – Residential Special School Inspection (Social Care) – Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Inspection dates: 4–6 March 2025. Overall experiences and progress of children: requires improvement "
                "to be good. Plan owner: Head of Residential Care. Last updated: 12 June 2025.")
    ws.merge_cells("A2:H2")
    header(ws, 4, cols)
    band(ws, 5, "National minimum standards not met", 8)
    m = "mmm-yy"
    put(ws, 6, ["1.1", "The school ensures that all staff receive supervision and appraisal in line with its own policy (NMS 19.6).",
                "Re-issue the residential supervision schedule so every residential support worker has a supervision date booked every six weeks.",
                "JT", D(2025, 4, 30), None, "Complete", "Schedule issued 14/04. Compliance at end of May was 96%."], m, 7, "blue")
    put(ws, 7, ["1.2", None, "Monthly supervision compliance report to the Senior Leadership Team, with exceptions followed up by house managers.",
                "JT / House Managers", D(2025, 6, 30), None, "Green", "April and May reports presented to SLT."], m, 7, "green")
    ws.merge_cells("B6:B7")
    put(ws, 8, ["2.1", "Records of physical intervention are completed within 24 hours and reviewed by a senior member of staff (NMS 12.5).",
                "Move physical intervention recording onto the electronic recording system with mandatory fields and manager sign-off.",
                "Head of Residential Care", D(2025, 5, 31), D(2025, 9, 30), "Amber",
                "Supplier build delayed; go-live now planned for the start of the autumn term."], m, 7, "amber")
    put(ws, 9, ["2.2", None, "Weekly audit of all physical intervention records by the Deputy Head of Care, including the child's debrief.",
                "Deputy Head of Care", "Weekly", None, "Green",
                "Audits taking place since 17/03/25; themes reported to the safeguarding meeting."], m, 7, "green")
    put(ws, 10, ["2.3", None, "Refresher training for all residential staff on post-incident debriefs with children.",
                 "LM", D(2025, 7, 18), None, "Green", "Two of three sessions delivered."], m, 7, "green")
    ws.merge_cells("B8:B10")
    band(ws, 12, "Recommendations", 8)
    put(ws, 13, ["3.1", "The school should ensure that children's views are routinely sought and recorded when their care plans are reviewed.",
                 "Introduce an accessible 'My views' form (symbol and switch-accessible versions) for every placement plan review.",
                 "Lead Speech and Language Therapist", D(2025, 9, 30), None, None, "Draft form prepared."], "dd/mm/yyyy")
    put(ws, 14, ["3.2", None, "Key workers to record the child's views in the review section of each placement plan; checked through monthly file audits.",
                 "House Managers", D(2025, 10, 31), None, "Amber", "File audit in May found views recorded in 11 of 18 plans."], m, 7, "amber")
    ws.merge_cells("B13:B14")
    put(ws, 15, ["4.1", "The school should ensure that the independent visitor's reports are shared with governors and that actions are tracked to completion.",
                 "Independent visitor reports to be a standing item at the Education and Care Committee of governors, with an action log.",
                 "Clerk to Governors", "Termly", None, "Green", "Added to the committee agenda from the summer term 2025."], m, 7, "green")
    put(ws, 16, ["5.1", "The school should improve the arrangements for children moving between residential houses so that moves are planned with the child.",
                 "Written transition protocol for moves between houses, including a visit and an overnight stay where appropriate.",
                 "GP", "Autumn term 2025", None, None, "Draft protocol out for consultation with house teams."], m, 7, "amber")
    ws["A18"] = "Key"; ws["A18"].font = Font(bold=True)
    for r, (t, f) in enumerate([("Complete – action finished and evidenced", "blue"), ("Green – on track", "green"),
                                ("Amber – some slippage, being managed", "amber"), ("Red – off track, escalated to SLT", "red")], 19):
        ws.cell(r, 1).fill = FILL[f]; ws.cell(r, 2, t)
    for col, w in zip("ABCDEFGH", [6, 42, 48, 20, 12, 12, 10, 44]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ci1-treloars-school-ofsted-rss-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 2. Ty Hafan (docx)
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def doc_row_band(table, text, colour="D9E1F2"):
    cells = table.add_row().cells
    merged = cells[0].merge(cells[-1])
    merged.text = text
    merged.paragraphs[0].runs[0].bold = True
    shade(merged, colour)


def tyhafan():
    doc = Document()
    doc.add_heading("Tŷ Hafan Children's Hospice – HIW Improvement Plan", level=1)
    doc.add_paragraph("Service: Tŷ Hafan, Hayes Road, Sully")
    doc.add_paragraph("Date of inspection: 14 and 15 January 2025")
    doc.add_paragraph("The table below sets out the improvements identified by Healthcare Inspectorate Wales during the "
                      "inspection and the action the service will take. The registered provider is responsible for "
                      "ensuring that the improvement plan is completed and that actions are taken within the timescales given.")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Improvement needed", "Regulation / Standard", "Service action", "Responsible officer", "Timescale"]):
        c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "BDD7EE")
    rows = [
        ("Quality of the patient experience", None),
        (None, ("The registered provider must ensure that information about how to raise a concern is available in Welsh and in an easy read format.",
                "Regulation 23; Standard 18",
                "The 'Talking to us about your concerns' leaflet will be translated into Welsh and an easy read version produced with our Young Adults Forum. Both will be displayed in the family lounge and on our website.",
                "Head of Family Support", "31 March 2025")),
        (None, ("The registered provider should ensure that children's communication passports are reviewed at each admission for respite care.",
                "Standard 9",
                "Admission checklist to be amended so that the nurse admitting the child confirms with the family that the communication passport is current.\nCompliance to be checked in the monthly documentation audit.",
                "Clinical Nurse Manager", "31 May 2025")),
        ("Delivery of safe and effective care", None),
        (None, ("The registered provider must ensure that the resuscitation trolley is checked daily and that checks are recorded.",
                "Regulation 15(1)(b)",
                "A daily check record will be kept on the trolley and included in the nurse in charge handover. Weekly spot checks by the Clinical Nurse Manager.",
                "Clinical Nurse Manager / Nurse in Charge", "Immediate")),
        (None, ("The registered provider must ensure that all controlled drug records are completed with two signatures.",
                "Regulation 15(5)",
                "Controlled drugs policy to be re-circulated to all registered nurses for signed acknowledgement. Quarterly controlled drug audit to be undertaken by the pharmacist.",
                "Head of Clinical Services; Lead Pharmacist", "30 April 2025")),
        (None, ("The registered provider should ensure that safeguarding children level 3 training compliance reaches the hospice's target of 95%.",
                "Regulation 20(2)(a)",
                "Additional level 3 safeguarding sessions booked for March and April 2025. Training compliance to be reported monthly to the Clinical Governance Committee.",
                "Safeguarding Lead", "June 2025")),
        ("Quality of management and leadership", None),
        (None, ("The registered provider must ensure that visits by the responsible individual take place at least every six months and are recorded.",
                "Regulation 28",
                "A schedule of responsible individual visits has been agreed for 2025/26. Reports will be shared with the Board of Trustees.",
                "Chief Executive (Responsible Individual)", "Ongoing – every six months")),
        (None, ("The registered provider should ensure that staff appraisals are up to date.",
                "Standard 25",
                "The appraisal window for clinical staff will move to April–June each year; managers to complete all outstanding appraisals by the end of the window.",
                "Director of People", "April – June 2025")),
    ]
    for bandtext, vals in rows:
        if bandtext:
            doc_row_band(t, bandtext)
        else:
            for c, v in zip(t.add_row().cells, vals):
                c.text = v
    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    s = doc.add_table(rows=3, cols=2); s.style = "Table Grid"
    for r, (a, b) in zip(s.rows, [("Service representative", "Rachel Evans"), ("Job role", "Director of Care"), ("Date", "20 February 2025")]):
        r.cells[0].text = a; r.cells[1].text = b
    doc.save(os.path.join(OUT, "ci1-ty-hafan-childrens-hospice-hiw-improvement-plan.docx"))


# ---------------------------------------------------------------- 3. Barking & Dagenham SCP JTAI (csv)
def bdscp():
    rows = [
        ["Barking and Dagenham Safeguarding Children Partnership – JTAI (Serious Youth Violence) Action Plan", "", "", "", "", "", "", ""],
        ["Version 3 – updated 09/07/2024", "", "", "", "", "", "", ""],
        [""] * 8,
        ["Area for improvement", "Ref", "Action", "Agency", "Lead", "Target date", "RAG", "Progress update"],
        ["1. The quality and consistency of risk assessments for children at risk of exploitation and serious youth violence, across all agencies",
         "1.1", "Agree a single multi-agency exploitation risk assessment tool and practice guidance.", "LBBD Children's Care and Support",
         "Head of Adolescent and Youth Justice Services", "31/05/2024", "Complete", "Tool agreed at the Exploitation Sub-group on 22 May and published on the BDSCP website."],
        ["", "1.2", "Deliver briefing sessions on the new tool to police, health, education and voluntary sector practitioners.", "BDSCP",
         "BDSCP Business Manager", "30/09/2024", "Green", "Four sessions booked for July and September; 120 places taken so far."],
        ["", "1.3", "Audit a sample of 20 risk assessments to test quality and use of the tool.", "BDSCP", "QA Sub-group Chair", "Dec-24", "Not started",
         "Audit scheduled for November once the tool has been in use for six months."],
        ["2. Information sharing between the police and schools about children at risk of harm outside the home",
         "2.1", "Extend notifications to schools to include children stopped or searched in relation to weapons, with an agreed information sharing protocol.",
         "Met Police (East Area BCU)", "DI R. Okafor", "31/07/2024", "Amber", "Protocol drafted; awaiting Met information governance sign-off."],
        ["", "2.2", "Named safeguarding lead in every secondary school to attend the monthly Exploitation Panel on rotation.", "Education",
         "AK / SB", "September 2024", "Green", "Rota agreed with secondary heads; starts in the autumn term."],
        ["3. The health contribution to strategy discussions for children at risk of extra-familial harm",
         "3.1", "Health representation at all strategy discussions concerning extra-familial harm, with cover arrangements in place.", "NELFT / BHRUT",
         "Designated Nurse for Safeguarding Children", "Q2 2024/25", "G", "Cover rota in place; attendance monitored through MASH data."],
        ["", "3.2", "Emergency department to notify the MASH within 24 hours of any attendance by an under-18 with a stab or gunshot injury.", "BHRUT",
         "Named Nurse Safeguarding Children", "Ongoing", "Green", "Pathway live since April 2024; 14 notifications in Q1."],
        [""] * 8,
        ["RAG key: Red = off track; Amber = at risk of slippage; Green = on track; Complete = action completed", "", "", "", "", "", "", ""],
    ]
    with open(os.path.join(OUT, "ci1-barking-dagenham-scp-jtai-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 4. Harrow YJS (txt, tab-separated)
def harrow():
    r1 = "1. Make sure that board members understand and respond to the disproportionality in the YJS cohort"
    r2 = "2. Ensure that the partnership provides sufficient access to emotional and mental health support for children"
    r3 = "3. Improve the quality of assessment and planning so that they pay sufficient attention to keeping other people safe"
    r4 = "4. Ensure that out-of-court disposal work is reviewed regularly and that children's voices are captured"
    lines = [
        ["Harrow Youth Justice Service – HMIP Inspection Improvement Plan 2024-25"],
        ["Inspection report published 12 March 2024. Overall rating: Requires improvement"],
        [],
        ["HMIP Recommendation", "Action No", "Action", "Owner", "Deadline", "Status", "Comments"],
        ["The Harrow Youth Justice Management Board should:"],
        [r1, "1.1", "Commission a disproportionality deep dive using partner data (exclusions, stop and search, children looked after) and present it to the Board.",
         "Board Chair (DCS)", "30/09/2024", "Complete", "Presented at the September Board; recommendations agreed."],
        [r1, "1.2", "Each board member to complete the Harrow inclusive leadership training.", "YJS Service Manager", "Dec-24", "Amber",
         "9 of 13 members have completed it; the Chair is following up with the rest."],
        [r2, "2.1", "Agree a service level agreement with CNWL for a seconded CAMHS practitioner three days a week.",
         "Head of Early Support / CNWL CAMHS Lead", "31/12/2024", "Green", "SLA drafted; practitioner identified to start in January."],
        ["The Head of Service should:"],
        [r3, "3.1", "Refresher training on the AssetPlus risk of serious harm sections for all case managers.", "Practice Manager", "Jul-24", "Complete",
         "Delivered 18 July; 11 of 12 case managers attended and the remaining one has been booked."],
        [r3, "3.2", "Monthly case audits (four per case manager per quarter) with written feedback to practitioners.", "JB, MS", "Monthly", "Green",
         "Audit tool revised; findings reported to the quarterly Board."],
        [r4, "4.1", "Introduce a mid-point review of every out-of-court disposal intervention plan.", "Prevention Team Manager", "Mar-25", "Not started",
         "To begin once the new joint decision panel terms of reference are agreed."],
        [r4, "4.2", "Develop a feedback form for children on out-of-court disposals, co-produced with the participation group.", "Participation Officer",
         "Jan-25", "Red", "Participation Officer post vacant since August; recruitment under way."],
        [],
        ["Status key: Complete | Green - on track | Amber - some delay | Red - off track | Not started"],
    ]
    with open(os.path.join(OUT, "ci1-harrow-yjs-hmip-improvement-plan.txt"), "w", encoding="utf-8", newline="") as f:
        for l in lines:
            f.write("\t".join(l) + "\r\n")


# ---------------------------------------------------------------- 5. Tower Hamlets SEND PAP (xlsx, refuse)
def towerhamlets():
    wb = Workbook(); ws = wb.active; ws.title = "Priority Action Plan"
    ws["A1"] = "Tower Hamlets Local Area Partnership – SEND Priority Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Following the Ofsted/CQC area SEND inspection. Progress monitored by the SEND Improvement and Assurance Board."
    ws.merge_cells("A2:G2")
    header(ws, 4, ["Ref", "Action", "Lead officer", "Partner(s)", "Milestone date", "RAG", "Update (January 2025)"])
    m = "mmm-yy"
    band(ws, 5, "Area for priority action 1: Leaders across the partnership should urgently improve the timeliness and quality of "
                "education, health and care needs assessments and plans, so that children's needs are accurately identified and met.", 7)
    put(ws, 6, ["1.1", "Recruit additional EHC coordinators and educational psychologists to clear the backlog of assessments over 20 weeks.",
                "Head of SEN", "LBTH", D(2024, 10, 31), "Complete", "Six EHC coordinators and two EPs in post; backlog cleared in October."], m, 6, "blue")
    put(ws, 7, ["1.2", "Introduce a multi-agency quality assurance audit of 10 new EHC plans each month, including health and social care advice.",
                "SEND QA Lead", "LBTH / NEL ICB", D(2024, 12, 31), "G", "Audits running since September; 38% of plans judged good in December."], m, 6, "green")
    put(ws, 8, ["1.3", "Health advice for EHC needs assessments to be returned within 6 weeks in 90% of cases.",
                "Designated Clinical Officer", "NEL ICB / Barts Health / ELFT", D(2025, 3, 31), "A", "Currently 71%; therapy services recovery plan agreed."], m, 6, "amber")
    band(ws, 10, "Area for priority action 2: Leaders should improve the identification of and support for children and young people "
                 "who are waiting for a neurodevelopmental assessment.", 7)
    put(ws, 11, ["2.1", "Implement a needs-led 'support while waiting' offer for families on the autism assessment pathway.",
                 "ELFT Associate Director for Children's Services", "ELFT", D(2025, 1, 31), "G", "Parent workshops running monthly since November."], m, 6, "green")
    put(ws, 12, ["2.2", "Publish waiting times for neurodevelopmental assessment on the Local Offer every quarter.",
                 "SEND Local Offer Manager", "LBTH / ELFT", "Febuary 2025", "A", "Data agreed with ELFT; web page in design."], m, 6, "amber")
    band(ws, 14, "Area for improvement 1: Leaders should improve the preparation for adulthood of young people with SEND, "
                 "including transitions to adult health services.", 7)
    put(ws, 15, ["3.1", "Preparing for adulthood reviews to start from Year 9 in all EHC plan annual reviews.",
                 "Head of SEN", "LBTH", D(2025, 7, 31), "G", "Annual review template updated."], m, 6, "green")
    put(ws, 16, ["3.2", "Agree a joint transition protocol between children's and adult community health services.",
                 "Designated Clinical Officer", "NEL ICB / ELFT", D(2025, 6, 30), None, "Not yet started."], m)
    ws["A18"] = "RAG: Complete = delivered | G = on track | A = some risk | R = off track"
    for col, w in zip("ABCDEFG", [6, 60, 28, 26, 14, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ci1-tower-hamlets-lap-send-priority-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 6. East Lothian adoption (docx)
def eastlothian():
    doc = Document()
    doc.add_heading("East Lothian Council Adoption Service – Care Inspectorate Improvement Plan", level=1)
    dc = doc.add_table(rows=4, cols=4); dc.style = "Table Grid"
    for r, vals in zip(dc.rows, [("Version", "Date", "Author", "Changes"),
                                 ("0.1", "16/09/2024", "CM", "First draft following inspection feedback"),
                                 ("1.0", "30/09/2024", "CM", "Agreed by Chief Social Work Officer"),
                                 ("1.2", "14/01/2025", "CM", "Quarter 3 progress update")]):
        for c, v in zip(r.cells, vals):
            c.text = v
    doc.add_paragraph("")
    doc.add_paragraph("This plan responds to the requirement and areas for improvement in the Care Inspectorate report on the "
                      "adoption service published on 2 September 2024. Progress is reported to the Chief Social Work Officer each quarter.")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Action", "Responsible", "By when", "Progress", "RAG"]):
        c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "C6E0B4")
    fills = {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    data = [
        "Requirement 1: By 31 December 2024, the provider must ensure that assessments of prospective adopters are completed within the timescales set out in the agency's procedures.",
        ("1.1", "Introduce a tracker of all adopter assessments with stage dates, reviewed fortnightly by the team leader.",
         "Adoption and Fostering Team Leader", "October 2024", "Tracker in place since 7 October.", "Complete"),
        ("1.2", "Allocate a second assessing social worker for the duration of the assessment backlog.",
         "Service Manager (Permanence)", "30/11/2024", "Second worker allocated; three of five overdue assessments now at panel stage.", "Green"),
        ("1.3", "Report assessment timescales to the Adoption Panel and the Chief Social Work Officer each quarter.",
         "Service Manager (Permanence)", "Quarterly", "First report made to panel in December.", "Green"),
        "Area for improvement 1: To support continuity for children, the service should ensure that life story work is started at the point of matching and completed within an agreed timescale.",
        ("2.1", "Update the life story work guidance to set out the responsibilities of the child's social worker and the adoption worker at matching.",
         "CM", "Jan 2025", "Draft guidance with practitioners for comment.", "Amber"),
        ("2.2", "Commission additional life story work capacity from a specialist provider for children whose life story work is delayed.",
         "CM / Commissioning Officer", "March 2025", "", ""),
        "Area for improvement 2: The service should ensure that adopters' support plans are reviewed at least annually and that adopters' views inform the review.",
        ("3.1", "Add adoption support plan review dates to the case management system with automatic reminders.",
         "Business Support Manager", "February 2025", "System change delayed by the supplier; an interim manual diary is in use.", "Red"),
        ("3.2", "Run an annual feedback survey of adoptive families, with results reported to the Adoption Panel.",
         "Adoption Support Worker", "June 2025", "", "Not started"),
    ]
    for item in data:
        if isinstance(item, str):
            doc_row_band(t, item, "E2EFDA")
        else:
            cells = t.add_row().cells
            for c, v in zip(cells, item):
                c.text = v
            if item[5] in fills:
                shade(cells[5], fills[item[5]])
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Red – not on track; Amber – some risk to delivery; Green – on track; Complete – action finished.")
    doc.save(os.path.join(OUT, "ci1-east-lothian-adoption-service-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------- 7. South Eastern HSCT RQIA QIP (xlsx)
def sehsct():
    wb = Workbook(); ws = wb.active; ws.title = "QIP"
    ws["A1"] = "South Eastern HSC Trust – Children's Short Breaks Unit – RQIA Quality Improvement Plan (inspection 27 November 2024)"
    ws["A1"].font = Font(bold=True, size=13); ws.merge_cells("A1:I1")
    ws["A2"] = "Completed QIP returned to RQIA on 15 January 2025. Tracker reviewed monthly at the Children's Disability Governance meeting."
    ws.merge_cells("A2:I2")
    header(ws, 4, ["Regulation / Standard", "Stated", "Area for improvement", "Ref", "Action", "Responsible person",
                   "To be completed by", "Progress / evidence", "Status"])
    f = "dd/mm/yyyy"
    band(ws, 5, "Action required to ensure compliance with The Children's Homes Regulations (Northern Ireland) 2005", 9)
    put(ws, 6, ["Regulation 27(4)(b)", "First time",
                "Area for improvement 1 – The registered person shall ensure that fire doors are not wedged open and that the actions in the fire risk assessment are addressed.",
                "1.1", "Magnetic door holders linked to the fire alarm to be fitted to the lounge and kitchen doors.",
                "Estates Officer", D(2025, 2, 28), "Work order raised; installation booked for 19 February.", "Amber"], f, 9, "amber")
    put(ws, 7, [None, None, None, "1.2", "Daily fire safety walk-round added to the shift leader checklist.",
                "Unit Manager", "Immediate and ongoing", "In place from 28/11/24; checked in supervision.", "Complete"], f, 9, "blue")
    for c in "ABC":
        ws.merge_cells(f"{c}6:{c}7")
    put(ws, 8, ["Regulation 16(2)", "First time",
                "Area for improvement 2 – The registered person shall ensure that each child's placement plan is reviewed and updated following a change in their needs.",
                "2.1", "Placement plans for all 14 children on the short break rota to be reviewed with parents before the child's next stay.",
                "Senior Social Care Worker", D(2025, 3, 31), "11 of 14 reviewed.", "Green"], f, 9, "green")
    band(ws, 9, "Action required to ensure compliance with the Minimum Standards for Children's Homes", 9)
    put(ws, 10, ["Standard 20.2", "Second time",
                 "Area for improvement 3 – The registered person shall ensure that all staff receive formal supervision at least every three months and that it is recorded.",
                 "3.1", "Supervision matrix to be kept in the manager's office and reviewed monthly.",
                 "Unit Manager", D(2025, 1, 31), "Matrix in use since December.", "Complete"], f, 9, "blue")
    put(ws, 11, [None, None, None, "3.2", "Two senior staff to complete the Trust's supervision skills training.",
                 "Unit Manager / Principal Social Worker", D(2025, 4, 30), "Places booked on the March cohort.", "Green"], f, 9, "green")
    for c in "ABC":
        ws.merge_cells(f"{c}10:{c}11")
    put(ws, 12, ["Standard 11.4", "First time",
                 "Area for improvement 4 – The registered person shall ensure that medicines brought in with each child are counted and recorded on admission.",
                 "4.1", "Admission medicines count to be completed and signed by two staff for every stay, with a weekly audit by the unit nurse.",
                 "Children's Nurse (Disability)", "31/12/2024", "Audit shows full compliance since December.", "Complete"], f, 9, "blue")
    ws["A14"] = "Status: Complete | Green – on track | Amber – at risk | Red – not on track"
    for col, w in zip("ABCDEFGHI", [18, 11, 50, 6, 48, 24, 14, 40, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ci1-south-eastern-hsct-rqia-childrens-short-breaks-qip-tracker.xlsx"))


if __name__ == "__main__":
    treloars(); tyhafan(); bdscp(); harrow(); towerhamlets(); eastlothian(); sehsct()
