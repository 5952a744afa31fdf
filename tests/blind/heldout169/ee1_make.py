"""Generate the ee1- blind-corpus documents (children's services plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c, hexcol):
    c.fill = PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------- 1 Cornwall College
def cornwall():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "Cornwall College Group – Post-Inspection Action Plan (Ofsted inspection March 2019)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Version 3 – updated for the Quality and Standards Committee, 14 January 2020"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Lead", "Target date", "Revised date", "Progress update", "RAG"]
    ws.append([]); ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF"); fill(c, "1F3864"); c.border = BOX; c.alignment = WRAP
    rows = [
        ("AFI", "1. Improve the proportion of apprentices who achieve their qualification within the planned timescale"),
        ("1.1", "Introduce monthly apprenticeship progress reviews chaired by the Head of Apprenticeships, with employers invited to every third review.",
         "Head of Apprenticeships", D(2019, 6, 30), None, "Reviews in place since May 2019; employer attendance at 71%.", "Complete"),
        ("1.2", "Identify all apprentices past their planned end date and put an individual completion plan in place for each.",
         "JT / Apprenticeship Curriculum Managers", D(2019, 7, 31), None, "142 apprentices identified; plans in place for all. Weekly tracking continues.", "G"),
        ("1.3", "Recruit two additional functional skills tutors to support apprentices working towards English and maths.",
         "HR Business Partner", D(2019, 9, 1), None, "One tutor appointed in August. Second post readvertised twice.", "A"),
        None,
        ("AFI", "2. Ensure that teachers use information about learners' starting points to plan learning that challenges the most able"),
        ("2.1", "Deliver a CPD programme on stretch and challenge for all teaching staff during the September staff development week.",
         "Director of Teaching, Learning and Assessment", D(2019, 9, 1), None, "Delivered 2–6 September 2019 to 386 staff.", "Complete"),
        ("2.2", "Revise the learning walk template so observers record how well teachers use learners' starting points.",
         "Quality Manager", D(2019, 10, 1), None, "New template trialled in construction and care; roll-out to all areas after half term.", "G"),
        ("2.3", "Moderate a sample of individual learning plans in each curriculum area each term and report findings to the Quality Improvement Group.",
         "KP, SB", D(2019, 12, 31), D(2020, 3, 31), "Autumn moderation delayed by staff absence; now scheduled for February.", "A"),
        None,
        ("AFI", "3. Improve attendance in English and maths lessons for 16 to 18 year olds"),
        ("3.1", "Implement same-day follow-up of absence by the student services team, with texts to parents of under-18s.",
         "Head of Student Services", "Ongoing", None, "In place at all campuses from October. Attendance up 4 percentage points.", "G"),
        ("3.2", "Set attendance targets for each English and maths group and review them at monthly curriculum performance meetings.",
         "Head of English & Maths", D(2020, 2, 1), None, "Targets set but not yet reviewed consistently; attendance at Camborne remains below 80%.", "R"),
    ]
    r = 5
    for row in rows:
        if row is None:
            r += 1; continue
        if row[0] == "AFI":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            fill(ws.cell(r, 1), "D9E1F2")
        else:
            for j, v in enumerate(row, 1):
                c = ws.cell(r, j, v); c.border = BOX; c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            rag = ws.cell(r, 7)
            fill(rag, FILL["B"] if row[6] == "Complete" else FILL[row[6]])
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key: Complete = action completed and impact evidenced; G = on track; A = some slippage, recoverable; R = off track, escalate to SLT")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", [8, 60, 28, 12, 12, 50, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ee1-cornwall-college-group-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 Huntercombe (refuse)
def huntercombe():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "The Huntercombe Hospital – Maidenhead: CQC Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection 12–14 March 2019 | Report published 30 May 2019 | Core service: Child and adolescent mental health wards"
    hdr = ["No.", "CQC requirement", "Action", "Responsible person", "Completion date", "Status", "Evidence / comments"]
    ws.append([]); ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True); fill(c, "BDD7EE"); c.border = BOX; c.alignment = WRAP
    rows = [
        ("MUST DO",),
        ("MD1", "The provider must ensure that staff complete and update risk assessments for all young people following incidents.",
         "Audit all risk assessments weekly and feed back to ward managers; incident review template to prompt risk assessment update.",
         "Clinical Services Manager", "30 June 2019", "Complete", "Weekly audit shows 96% compliance in July."),
        ("MD2", "The provider must ensure that there are enough suitably qualified nursing staff on each shift.",
         "Recruit to vacant registered nurse posts; block-book regular agency staff who have completed the hospital induction.",
         "Hospital Director", "September 2019", "On track", "6 of 9 RMN vacancies filled. Agency block-booking in place."),
        ("MD3", "The provider must ensure that restrictive interventions are recorded accurately and reviewed.",
         "Introduce a daily restraint review at the morning meeting and monthly reducing restrictive practice report to governance.",
         "Head of Nursing", "31 July 2019", "Complete", "Daily review embedded; first monthly report to July governance meeting."),
        ("MD4", "The provider must ensure that staff receive regular supervision.",
         "Publish a supervision timetable for each ward and report compliance monthly.",
         "Ward Managers", "31 August 2019", "On track", "Compliance at 78% (target 85%)."),
        ("SHOULD DO",),
        ("SD1", "The provider should ensure that young people have access to education during school holidays.",
         "Hospital school to offer an enrichment timetable during holiday periods.",
         "Head Teacher", "August 2019", "Complete", "Summer enrichment programme delivered."),
        ("SD2", "The provider should ensure that care plans reflect the views of young people.",
         "Care plan template revised to include a 'my views' section completed with the young person.",
         "Lead Psychologist", "Octber 2019", "On track", "Template agreed at clinical governance; training for named nurses booked."),
        ("SD3", "The provider should ensure that families are involved in discharge planning.",
         "Invite families to CPA and discharge planning meetings, with video link offered where families live far away.",
         "Social Work Lead", "30 September 2019", "On track", "Video link now available on both wards."),
        ("SD4", "The provider should ensure that the ward environment is clean and well maintained.",
         "Complete the ward redecoration programme and introduce weekly environmental checks.",
         "Facilities Manager", "November 2019", "Not started", "Contractor booked for October."),
    ]
    r = 5
    for row in rows:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            fill(ws.cell(r, 1), "F2F2F2")
        else:
            for j, v in enumerate(row, 1):
                c = ws.cell(r, j, v); c.border = BOX; c.alignment = WRAP
        r += 1
    for col, w in zip("ABCDEFG", [7, 45, 50, 24, 18, 12, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ee1-huntercombe-hospital-maidenhead-cqc-camhs-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3 Oldham SEND APP
def oldham():
    wb = Workbook(); cov = wb.active; cov.title = "Cover"
    cov["A1"] = "Oldham Local Area SEND Accelerated Progress Plan (APP)"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"; cov["A3"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Version", "2.1"), ("Owner", "Director of Education, Skills & Early Years"),
                                 ("Approved by", "SEND Partnership Board"), ("Date approved", D(2021, 4, 22)),
                                 ("Next review", D(2021, 9, 30))], start=4):
        cov.cell(i, 1, k).font = Font(bold=True); c = cov.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 18; cov.column_dimensions["B"].width = 45

    ws = wb.create_sheet("APP")
    ws["A1"] = "Oldham SEND Accelerated Progress Plan – progress update June 2021"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Area of weakness", "Ref", "Action", "Lead officer", "Timescale", "Measure of success", "Progress update", "RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(3, j, h); c.font = Font(bold=True); fill(c, "C6E0B4"); c.border = BOX; c.alignment = WRAP
    groups = [
        ("1. The quality and timeliness of education, health and care (EHC) plans", [
            ("1a", "Recruit additional EHC coordinators and clear the backlog of overdue needs assessments.", "Head of SEND",
             "April 2021 – July 2021", "95% of new EHC plans issued within 20 weeks", "Four coordinators in post. Backlog reduced from 112 to 37.", "G"),
            ("1b", "Introduce multi-agency quality assurance of a sample of EHC plans each month, with findings reported to the SEND Partnership Board.",
             "JB/ML", "Termly", "80% of audited plans judged good or better", "Two audits completed; health advice remains the weakest section.", "A"),
            ("1c", "Agree a health advice service level agreement with all providers so advice is returned within six weeks.",
             "Designated Clinical Officer (DCO)", D(2021, 3, 31), "90% of health advice returned within 6 weeks", "SLA signed by all providers in March 2021.", "B"),
        ]),
        ("2. Joint commissioning arrangements between the council and the CCG", [
            ("2a", "Publish a joint commissioning strategy for SEND, co-produced with Oldham Parent Carer Forum.",
             "AD Education & Skills / Head of Commissioning", "Q2 2021/22", "Strategy published and signed off by both partners", "Draft considered by the Joint Commissioning Group in May.", "A"),
            ("2b", "Commission a neurodevelopmental pathway to reduce waiting times for autism assessment.",
             "CCG Commissioning Manager", D(2022, 3, 31), "Waiting time under 18 weeks", "Business case not yet agreed; waiting list has risen to 58 weeks.", "R"),
        ]),
        ("3. Communication with parents and carers and the local offer", [
            ("3a", "Relaunch the local offer website with parent carer forum testing of each page.", "Local Offer Officer",
             "Summer term 2021", "Increase in local offer visits; positive feedback from PCF", "New site live; testing sessions held with 14 parents.", "G"),
            ("3b", "Send a termly SEND newsletter to all families of children on SEN support and with EHC plans.", "Head of SEND",
             "Sept 2021", "Newsletter issued each term", "", None),
        ]),
    ]
    r = 4
    for area, acts in groups:
        start = r
        for a in acts:
            ws.cell(r, 1, area if r == start else None)
            for j, v in enumerate(a[:6], 2):
                c = ws.cell(r, j, v); c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a[6]:
                fill(ws.cell(r, 8), FILL[a[6]])
            for j in range(1, 9):
                ws.cell(r, j).border = BOX
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(start, 1).alignment = WRAP; ws.cell(start, 1).font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some risk to delivery"), ("R", "Off track")], 1):
        fill(ws.cell(r + i, 1), FILL[k]); ws.cell(r + i, 2, t)
    for col, w in zip("ABCDEFGH", [34, 6, 55, 28, 18, 32, 45, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ee1-oldham-send-accelerated-progress-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row, hexcol=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        if hexcol:
            shade(c, hexcol)


# ---------------------------------------------------------------- 4 Ysgol Maes Garmon
def maes_garmon():
    doc = Document()
    doc.add_heading("Ysgol Maes Garmon – Post-Inspection Action Plan", level=1)
    doc.add_paragraph("Following the Estyn inspection in June 2023, the governing body and senior leadership team have drawn up this "
                      "action plan to address the four recommendations in the report. Progress is reviewed by the Standards Committee "
                      "each half term and reported to the full governing body.")
    recs = [
        ("Recommendation 1: Improve pupils' extended writing skills in English across the curriculum", [
            ("1.1", "Audit extended writing opportunities in schemes of work in Years 7 to 9.", "AHT (Teaching & Learning)", "Autumn term 2023", "G",),
            ("1.2", "Provide training for all staff on modelling and scaffolding extended writing.", "AHT (Teaching & Learning)", "Spring term 2024", "G"),
            ("1.3", "Book-look each half term to check the quality and frequency of extended writing.", "Heads of Department", "Ongoing", "A"),
        ]),
        ("Recommendation 2: Strengthen the use of self-evaluation to identify and address shortcomings in teaching", [
            ("2.1", "Revise the quality assurance calendar so that lesson visits, book scrutiny and pupil voice are triangulated.", "Deputy Headteacher", "Sept 2023", "B"),
            ("2.2", "Train middle leaders to write evaluative department reports with clear priorities.", "Headteacher", "Summer term 2024", "A"),
        ]),
        ("Recommendation 3: Improve attendance, particularly of pupils eligible for free school meals", [
            ("3.1", "Appoint a family engagement officer to work with families of persistent absentees.", "Headteacher", "October 2023", "B"),
            ("3.2", "Introduce weekly attendance panels for pupils below 90%, with the Education Welfare Officer.", "DHT / ALNCo", "Ongoing", "G"),
            ("3.3", "Share attendance data with parents termly through the school app.", "Data Manager", "Termly", "G"),
        ]),
        ("Recommendation 4: Ensure that the site does not pose a safeguarding risk", [
            ("4.1", "Install secure fencing and controlled access gates on the lower site.", "Business Manager", "31/12/2023", "B"),
        ]),
    ]
    for rec, acts in recs:
        p = doc.add_paragraph(); run = p.add_run(rec); run.bold = True
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Responsibility", "Timescale", "RAG"]):
            c.text = h
        bold_row(t.rows[0], "D9D9D9")
        for ref, act, lead, when, rag in acts:
            cells = t.add_row().cells
            cells[0].text = ref; cells[1].text = act; cells[2].text = lead; cells[3].text = when; cells[4].text = ""
            shade(cells[4], FILL[rag])
        doc.add_paragraph()
    doc.add_paragraph("RAG: Blue – completed; Green – on track; Amber – partially achieved / some delay; Red – not started or at risk.")
    doc.add_paragraph("Sign-off")
    t = doc.add_table(rows=3, cols=2); t.style = "Table Grid"
    for i, (k, v) in enumerate([("Headteacher", "Signed: ______________  Date: 18/09/2023"),
                                ("Chair of Governors", "Signed: ______________  Date: 18/09/2023"),
                                ("Estyn link inspector", "Plan shared 20/09/2023")]):
        t.cell(i, 0).text = k; t.cell(i, 1).text = v
    doc.save(os.path.join(OUT, "ee1-ysgol-maes-garmon-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 5 Fife CPC
def fife():
    doc = Document()
    doc.add_heading("Fife Child Protection Committee – Joint Inspection of Services for Children at Risk of Harm: Improvement Plan", level=1)
    doc.add_paragraph("This plan sets out how partners in Fife will respond to the areas for improvement identified by the Care "
                      "Inspectorate-led joint inspection. It is owned by the Child Protection Committee and monitored by the Chief "
                      "Officers Group quarterly. Status at 31 January 2024.")
    dc = doc.add_table(rows=4, cols=2); dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Author", "Lead Officer, Child Protection"),
                                ("Approved", "Chief Officers Group, 14 November 2023"), ("Review", "Quarterly")]):
        dc.cell(i, 0).text = k; dc.cell(i, 1).text = v
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Improvement action", "Lead(s)", "By when", "Status"]):
        c.text = h
    bold_row(t.rows[0], "1F4E79")
    data = [
        ("P", "Priority 1: Recognising and responding to risk"),
        ("A", "Area for improvement 1: Partners should ensure that initial referral discussions consistently include health and are recorded in a shared format."),
        ("1.1", "Agree and implement a revised IRD protocol that includes a health representative in every discussion.", "Lead Officer, Child Protection", "March 2024", "On track"),
        ("1.2", "Audit a sample of 40 IRDs to test that the revised protocol is being followed.", "Chair of CPC Quality Assurance Sub-group", "By 30 June 2024", "Not started"),
        ("A", "Area for improvement 2: Chronologies should be consistently up to date and used to inform assessment of risk."),
        ("2.1", "Deliver chronology training to social work, health visiting and school nursing staff.", "Fife Council Workforce Development; NHS Fife Child Protection Team", "Dec 2023", "Complete"),
        ("2.2", "Include chronology quality in the monthly case file audit programme.", "Service Manager (Quality Assurance)", "Ongoing", "Green"),
        ("P", "Priority 2: Planning and review for children at risk"),
        ("A", "Area for improvement 3: Child protection plans should be SMART and reviewed within timescales."),
        ("3.1", "Revise the child's plan template so that every outcome has a named person and a timescale.", "Independent Reviewing Officers", "Nov-23", "Complete"),
        ("3.2", "Report review timeliness to the CPC each quarter and escalate slippage to the Chief Social Work Officer.", "Lead Officer, Child Protection", "Quarterly", "Amber"),
        ("3.3", "Ensure children and young people are supported to take part in their review meetings, including through advocacy.", "Children's Rights Officer", "Sept 2024", "Amber"),
        ("P", "Priority 3: Leadership and collaboration"),
        ("A", "Area for improvement 4: Chief officers should strengthen their oversight of the impact of services on outcomes for children."),
        ("4.1", "Develop a multi-agency performance framework and dashboard for the Chief Officers Group.", "CPC Data Analyst / Lead Officer, Child Protection", "June 2024", "Amber"),
        ("4.2", "Hold an annual chief officers' self-evaluation session with frontline staff and young people.", "Chief Social Work Officer", "October 2024 – December 2024", "Not started"),
    ]
    for d in data:
        row = t.add_row()
        if d[0] in ("P", "A"):
            m = row.cells[0].merge(row.cells[4]); m.text = d[1]
            for run in m.paragraphs[0].runs:
                run.bold = d[0] == "P"; run.italic = d[0] == "A"
            shade(m, "BDD7EE" if d[0] == "P" else "F2F2F2")
        else:
            for c, v in zip(row.cells, d):
                c.text = v
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete; Green / On track; Amber – some slippage; Red – significant concern; Not started.")
    doc.save(os.path.join(OUT, "ee1-fife-cpc-children-at-risk-joint-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------- 6 Orange Grove Foster Care (csv)
def orange_grove():
    hdr = ["Type", "Action ref", "Ofsted requirement / recommendation", "Action to be taken", "Responsible person", "Due date",
           "Revised due date", "Status", "Update"]
    rows = [
        ["Requirement", "1.1", "The registered person must ensure that foster carers' annual reviews are completed within the required timescale (Regulation 28).",
         "Set up a review tracker with reminders at 10 and 11 months; overdue reviews escalated to the Registered Manager.", "Registered Manager", "31/10/2022", "", "Complete", "Tracker live. No reviews overdue since November."],
        ["", "1.2", "", "Complete all overdue annual reviews and present them to panel.", "SW / KL", "30/11/2022", "31/01/2023", "Green", "9 of 11 reviews presented; last two booked for January panel."],
        ["Requirement", "2.1", "The registered person must ensure that the fostering panel has an up-to-date central list of members with the required checks (Regulation 23).",
         "Review panel membership records and renew DBS checks for three members.", "Panel Adviser", "30/09/2022", "", "Complete", "All checks renewed; central list updated."],
        ["Recommendation", "3.1", "Ensure that foster carers complete their training, support and development standards within 12 months of approval.",
         "Allocate a TSD mentor to every newly approved carer and review progress at supervision.", "Supervising Social Workers", "31/12/2022", "", "Green", "Mentors allocated to all 7 new households."],
        ["", "3.2", "", "Report TSD completion rates monthly to the management team.", "Registered Manager", "Monthly", "", "Green", "First report December 2022: 5 of 7 on track."],
        ["Recommendation", "4.1", "Ensure that children's views are gathered and used in reviewing the service.",
         "Hold a young people's participation group each quarter and feed back to the Responsible Individual.", "Participation Worker", "March 2023", "", "Amber", "First group held in November with 4 young people; attendance low."],
        ["Recommendation", "5.1", "Improve the quality of unannounced visits so that the child's bedroom and the record of visit are always checked.",
         "Revise the unannounced visit recording form and brief all supervising social workers.", "Deputy Manager", "15/01/2023", "", "Amber", "Form drafted; briefing at February team meeting."],
    ]
    with open(os.path.join(OUT, "ee1-orange-grove-foster-care-ofsted-ifa-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(hdr); w.writerows(rows)


# ---------------------------------------------------------------- 7 Peterhead Academy (txt)
def peterhead():
    lines = [
        "Peterhead Academy - Education Scotland Inspection Action Plan",
        "Inspection: May 2023. Report published: 29 August 2023. Updated for Parent Council: 7 February 2024",
        "",
        "Area for improvement\tAction\tLead\tTimescale\tProgress\tRAG",
        "1. Continue to raise attainment in literacy and numeracy in the broad general education\tIntroduce a tracking and monitoring system for literacy and numeracy in S1 to S3 with three data points a year.\tDHT (Curriculum)\tOct-23\tSystem live; first data point completed in October.\tB",
        "\tProvide targeted numeracy support groups for S2 learners working below second level.\tPT Maths\tDec 2023\tGroups running for 34 learners; early assessment shows progress.\tG",
        "\tDevelop a whole-school reading for enjoyment programme with the school library.\tMr A Reid / Mrs L Gauld\tJune 2024\tReading period started in S1; S2 and S3 from April.\tG",
        "2. Improve the consistency of learning and teaching across the school\tAgree a Peterhead Academy learning and teaching standard with staff and learners.\tHT\tAug 2023 - Mar 2024\tDraft standard shared at January in-service day; learner consultation ongoing.\tA",
        "\tUse peer observation trios to share effective practice in questioning and feedback.\tPT Pupil Support\tOngoing\tTwelve trios in place.\tG",
        "",
        "3. Strengthen approaches to improving attendance and reducing exclusions\tIntroduce attendance improvement plans for learners with attendance below 85%.\tDHT (Pupil Support)\tNov 2023\tPlans in place for 61 learners.\tB",
        "\tWork with Aberdeenshire Council inclusion team to review the use of exclusion.\tHT\tMarch 2024\tReview meetings delayed by staff absence.\tR",
        "",
        "RAG: B = complete, G = on track, A = some delay, R = not on track",
    ]
    with open(os.path.join(OUT, "ee1-peterhead-academy-education-scotland-inspection-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    cornwall(); huntercombe(); oldham(); maes_garmon(); fife(); orange_grove(); peterhead()
