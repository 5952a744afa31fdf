"""Generator for the dt1- blind cases (seven plan files). Run with /work/main/.venv/bin/python."""
import csv
import datetime as dt
import os

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)

FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "hdr": PatternFill("solid", fgColor="1F4E78"),
    "sec": PatternFill("solid", fgColor="D9E1F2"),
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr_row(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["hdr"]
        c.alignment = WRAP
        c.border = BOX


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------- 1 RAU IA tracker
def rau():
    wb = Workbook()
    ws = wb.active
    ws.title = "IA Tracker"
    ws["A1"] = "Royal Agricultural University – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to Audit and Risk Committee, 14 November 2023"
    ws["A2"].font = Font(italic=True)
    cols = ["Ref", "Priority", "Recommendation", "Management response / agreed action",
            "Responsible officer", "Original target date", "Revised target date", "RAG",
            "Progress update (Nov 2023)"]
    hdr_row(ws, 4, cols)
    widths = [8, 10, 45, 50, 28, 14, 14, 7, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    rows = [
        ("sec", "Key Financial Controls (IA 2022/23-03)"),
        ("KFC.1", "Medium",
         "The supplier master file should be reviewed and suppliers with no recent activity made inactive.",
         "Finance will complete a one-off cleanse of the supplier master file and deactivate suppliers with no activity in the last 24 months.",
         "Financial Controller", d(2023, 3, 31), d(2023, 6, 30), "B",
         "Complete. 412 dormant suppliers deactivated in June 2023."),
        ("KFC.2", "High",
         "Changes to supplier bank details should be independently verified before they are processed.",
         "Introduce a call-back check to a known contact for every change of supplier bank details, evidenced on the change form and reviewed monthly by the Financial Controller.",
         "Finance Manager (Payables)", d(2023, 5, 31), None, "B",
         "Call-back procedure in place from May 2023; monthly review evidenced."),
        ("KFC.3", "Medium",
         "Journals above £50,000 should be approved by a second officer before posting.",
         "Configure the finance system workflow so that journals over £50,000 require second approval before posting.",
         "Head of Finance / IT Systems Manager", d(2023, 7, 31), d(2024, 1, 31), "A",
         "Workflow built in the test environment; go-live delayed by the finance system upgrade."),
        ("sec", "Student Recruitment and Admissions (IA 2022/23-05)"),
        ("SRA.1", "Medium",
         "Documented procedures should be in place for verifying applicants' qualifications.",
         "Write and publish an admissions verification procedure covering UK and international qualifications, and train admissions staff in its use.",
         "Head of Admissions", d(2023, 9, 30), None, "A",
         "Draft procedure with the Academic Registrar for approval; training booked for 20 November."),
        ("SRA.2", "Low",
         "Agent-recruited applications should be monitored by the Recruitment Steering Group.",
         "Report agent-recruited applications and conversion rates to the Recruitment Steering Group at each meeting.",
         "Director of Marketing and Recruitment", "Ongoing", None, "G",
         "First report taken in October 2023."),
        ("sec", "Cyber Security (IA 2023/24-01)"),
        ("CS.1", "High",
         "Multi-factor authentication should be enforced for all staff and student accounts.",
         "Enforce multi-factor authentication for all staff accounts, followed by student accounts from the start of the 2023/24 academic year.",
         "Head of IT", d(2023, 9, 30), None, "R",
         "Staff accounts complete. Student roll-out paused after enrolment-week issues; new date to be agreed at the next IT Steering Group."),
        ("CS.2", "Medium",
         "Staff awareness of phishing should be tested regularly.",
         "Run a phishing simulation exercise twice a year and report click rates to the Audit and Risk Committee.",
         "Head of IT", d(2023, 12, 31), None, "G",
         "First exercise completed in October (11% click rate); second planned for March."),
        ("CS.3", "Medium",
         "Local administrator rights should be removed from staff devices.",
         "Remove local administrator rights from staff laptops except where an exception is approved by the Head of IT.",
         "IT Infrastructure Manager", d(2024, 3, 31), None, None,
         "Not started – scheduled for January 2024."),
    ]
    r = 5
    for row in rows:
        if row[0] == "sec":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = FILL["sec"]
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if row[7]:
                ws.cell(row=r, column=8).fill = FILL[row[7]]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for t in ["B = Implemented", "G = On track to meet target date",
              "A = At risk of missing target date", "R = Target date missed"]:
        r += 1
        ws.cell(row=r, column=1, value=t)
    wb.save(P("dt1-royal-agricultural-university-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 2 Myerscough PIAP
def myerscough():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Myerscough College – Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following the Ofsted inspection of 7–10 March 2023. Updated for the Quality and Standards Committee, January 2024."
    cols = ["Area for improvement (Ofsted report)", "Ref", "Action", "Lead", "Success measure",
            "Target date", "Progress to date", "RAG"]
    hdr_row(ws, 4, cols)
    for i, w in enumerate([45, 6, 50, 28, 35, 14, 45, 8]):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    groups = [
        ("1. Leaders should ensure that apprentices receive their full entitlement to off-the-job training and that it is accurately recorded.", [
            ("1.1", "Introduce monthly off-the-job hours reporting by programme area from the e-portfolio system, reviewed at curriculum performance meetings.",
             "Head of Apprenticeships", "All apprentices on track with planned hours", "Oct-23", "Report live since September; reviewed monthly at CPRs.", ("B", None)),
            ("1.2", "Hold three-way reviews with employers every 12 weeks that check planned and actual off-the-job hours.",
             "Apprenticeship Skills Coaches / Employer Engagement Manager", "100% of reviews within 12 weeks", "Ongoing",
             "94% of reviews in time in the autumn term.", ("G", None)),
        ]),
        ("2. Leaders and teachers should ensure that learners on level 2 programmes make good progress in developing their English and mathematics skills.", [
            ("2.1", "Deliver English and maths CPD for all vocational teachers on embedding skills in practical sessions.",
             "SJ", "Learning walks show skills embedded in 80% of sessions", "Spring term 2024",
             "Two of three CPD sessions delivered; third moved to March.", ("A", None)),
            ("2.2", "Increase attendance at GCSE and Functional Skills lessons to 90% through daily follow-up of absence by progress coaches.",
             "Head of English and Maths", "Attendance 90%", "Summer term 2024",
             "Attendance 81% at the end of the autumn term against the 90% target.", ("R", None)),
        ]),
        ("3. Governors should develop their understanding of the quality of provision for learners with high needs.", [
            ("3.1", "Appoint a link governor for high needs and SEND.",
             "Clerk to the Corporation", "Link governor in post", d(2023, 11, 30),
             "Link governor appointed at the November board.", ("B", "Complete")),
            ("3.2", "Add a termly high needs report to the Quality and Standards Committee agenda.",
             "Head of Inclusive Learning", "Report received each term", "Termly",
             "First report received in December 2023.", ("G", None)),
        ]),
        ("4. Leaders should ensure that adult learners receive impartial careers advice and guidance that helps them plan their next steps.", [
            ("4.1", "Provide every adult learner with a one-to-one careers interview in the first six weeks of their course.",
             "Careers Lead", "All adult learners interviewed", d(2024, 1, 31),
             "72% of adult learners interviewed so far; remaining interviews booked.", ("G", None)),
        ]),
    ]
    r = 5
    for afi, acts in groups:
        start = r
        for ref, act, lead, meas, tgt, prog, (rag, ragtext) in acts:
            vals = [afi if r == start else None, ref, act, lead, meas, tgt, prog, ragtext]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=8).fill = FILL[rag]
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for k, t in [("B", "Blue – complete"), ("G", "Green – on track"), ("A", "Amber – some slippage"), ("R", "Red – off track")]:
        r += 1
        ws.cell(row=r, column=1, value=t)
        ws.cell(row=r, column=2).fill = FILL[k]
    wb.save(P("dt1-myerscough-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 3 Muckamore RQIA QIP (refuse)
def muckamore():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP"
    ws["A1"] = "Muckamore Abbey Hospital – RQIA Quality Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Belfast Health and Social Care Trust. Unannounced inspection 14–16 June 2023. QIP tracker updated 4 October 2023."
    cols = ["Area for improvement", "Ref: Standard", "Stated", "Area for improvement detail",
            "Action to be taken", "Responsible person", "To be completed by", "Progress update", "RAG"]
    hdr_row(ws, 4, cols)
    for i, w in enumerate([12, 12, 12, 45, 50, 28, 18, 45, 8]):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    rows = [
        ("1", "Standard 5.3.1", "Second time",
         "The Trust shall ensure that care plans are person-centred and reviewed following any change in the patient's presentation.",
         "Ward managers to audit two care plans per patient each month and feed back to named nurses at supervision.",
         "Ward Managers", "31 August 2023", "Audits in place on all wards since July; compliance 88% in September.", "G"),
        ("2", "Standard 5.3.3", "First time",
         "The Trust shall ensure that the use of restrictive practices is recorded accurately and reviewed by the multidisciplinary team.",
         "Introduce a weekly MDT restrictive practice review on each ward, minuted and held with the ward's incident records.",
         "Lead Nurse / Consultant Psychiatrist", "30 September 2023", "Weekly reviews started 4 September on all wards.", "B"),
        ("3", "Standard 4.3", "First time",
         "The Trust shall ensure that staff complete mandatory training in adult safeguarding and in the management of actual or potential aggression (MAPA).",
         "Book all staff with lapsed safeguarding or MAPA training onto courses and report compliance to the senior management team monthly.",
         "Training Manager", "31 Ocotber 2023", "Safeguarding compliance 91%; MAPA 78% with further courses booked.", "A"),
        ("4", "Standard 6.3.2", "First time",
         "The Trust shall ensure that patients have access to a range of meaningful day activities.",
         "Recruit two activity therapists and publish a weekly activity timetable on each ward.",
         "Head of Allied Health Professionals", "31 December 2023", "One therapist in post; second post at interview stage.", "A"),
        ("5", "Standard 5.3.1", "First time",
         "The Trust shall ensure that the ward environment is maintained in good repair.",
         "Complete the outstanding estates works on the ward bathrooms and garden area.",
         "Estates Manager", "31 March 2024", "Works ordered; contractor start date awaited.", "G"),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=r, column=9).fill = FILL[row[8]]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B – completed; G – on track; A – progressing with some delay; R – not progressing")
    wb.save(P("dt1-muckamore-abbey-hospital-rqia-quality-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 4 HMP Channings Wood docx
def set_cell(cell, text, bold=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


def channings():
    doc = Document()
    doc.add_heading("Action Plan: HMP Channings Wood", level=1)
    doc.add_paragraph("Action Plan Submitted: 22 October 2019")
    doc.add_paragraph("A Response to the HMIP Inspection: 13–24 May 2019")
    doc.add_paragraph("Report Published: 3 September 2019")
    doc.add_heading("INTRODUCTION", level=2)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions for and "
        "treatment of prisoners. In response to the report HMPPS is required to draft a robust and timely action plan "
        "to address the recommendations. The action plan confirms whether recommendations are agreed, partly agreed or "
        "not agreed (see categorisations below). Where a recommendation is agreed or partly agreed, the action plan "
        "provides specific steps and actions to address these, with the owner and timescale of each step identified.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Term", True)
    set_cell(t.rows[0].cells[1], "Definition", True)
    for a, b in [("Agreed", "All of the recommendation is agreed with, can be achieved and is affordable."),
                 ("Partly Agreed", "Only part of the recommendation is agreed with, is achievable, affordable and will be implemented."),
                 ("Not Agreed", "The recommendation is not agreed and will not be implemented.")]:
        cells = t.add_row().cells
        set_cell(cells[0], a)
        set_cell(cells[1], b)
    doc.add_paragraph("")
    doc.add_heading("ACTION PLAN", level=2)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Response",
                           "Responsible Owner", "Target Date"]):
        set_cell(t.rows[0].cells[i], h, True)
    data = [
        ("Safety",),
        ("1", "Leaders should analyse the reasons for the high level of violence and implement an effective strategy to reduce it. (S35)",
         "Agreed",
         "A violence reduction strategy has been drafted using analysis of the last 12 months' incident data and the prisoner safety survey. It will be launched at the Safer Custody meeting in November and progress reviewed monthly.",
         "Head of Safer Custody", "30 November 2019"),
        ("2", "Prisoners at risk of self-harm should receive consistently good ACCT case management, with meaningful care maps. (S36)",
         "Agreed",
         "All ACCT assessors and case managers will complete the refreshed national ACCT training. The Safer Custody team will quality assure 10 open ACCT documents each month and feed back to case managers.",
         "Head of Safer Custody / Deputy Governor", "March 2020"),
        ("Respect",),
        ("3", "Cells designed for one prisoner should not hold two. (S37)",
         "Partly Agreed",
         "Population pressures mean crowding cannot be ended at present. The establishment will keep the use of doubled cells under review and make sure that every doubled cell has enough furniture and a privacy screen for the toilet.",
         "Head of Residence", "Ongoing"),
        ("4", "Prisoners should have prompt access to dental treatment. (S38)",
         "Agreed",
         "Commissioners have agreed funding for two additional dental sessions a week from January 2020 to bring the waiting list under six weeks.",
         "Healthcare Partnership Manager (Care UK)", "31/01/2020"),
        ("Purposeful activity",),
        ("5", "Leaders should ensure that there are enough activity places for the population and that they are fully used. (S39)",
         "Agreed",
         "The activities allocation will be reviewed so that every prisoner is allocated to full- or part-time activity. New horticulture and industries workshops will add 60 places.",
         "Head of Reducing Reoffending", "April 2020"),
        ("6", "Attendance and punctuality at education and work should improve. (S40)",
         "Agreed",
         "Daily unlock lists will be checked against allocations by the activities hub, and non-attendance challenged by wing staff the same day.",
         "Head of Learning and Skills", "31 December 2019"),
        ("Rehabilitation and release planning",),
        ("7", "All prisoners should have an up-to-date OASys assessment and sentence plan. (S41)",
         "Agreed",
         "Two additional probation officers have been deployed to the offender management unit to clear the assessment backlog, with weekly monitoring by the OMU manager.",
         "Head of Offender Management Delivery", "June 2020"),
    ]
    for row in data:
        cells = t.add_row().cells
        if len(row) == 1:
            m = cells[0].merge(cells[5])
            set_cell(m, row[0], True)
        else:
            for i, v in enumerate(row):
                set_cell(cells[i], v)
    doc.save(P("dt1-hmp-channings-wood-hmip-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 5 NHS Lothian HIS docx
def lothian():
    doc = Document()
    doc.add_heading("Improvement Action Plan", level=1)
    for line in ["NHS board: NHS Lothian", "Hospital: St John's Hospital, Livingston",
                 "Inspection: Safe Delivery of Care (acute hospitals), 21–23 May 2024",
                 "Date of report publication: 15 August 2024"]:
        doc.add_paragraph(line)
    doc.add_paragraph("Document control")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_cell(t.rows[0].cells[i], h, True)
    for row in [("1.0", "05/09/2024", "Site Chief Nurse", "Executive Nurse Director"),
                ("1.2", "10/01/2025", "Site Chief Nurse", "Healthcare Governance Committee")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.add_paragraph("")
    domains = [
        ("Domain 2 – Leadership and culture", [
            ("Requirement 1: NHS Lothian must ensure that staffing levels and skill mix are assessed in real time and escalated in line with the Health and Care (Staffing) (Scotland) Act 2019.", [
                ("Embed the real-time staffing tool in all adult inpatient wards, with twice-daily review at the site safety huddle.",
                 "August 2024", "Site Chief Nurse", "Tool in use on all adult inpatient wards.", "Complete"),
                ("Record all staffing escalations and the mitigation agreed in Datix, with a monthly summary to the Site Quality and Safety Group.",
                 "Monthly", "Clinical Nurse Managers", "Summary reported in October, November and December.", "Green"),
            ]),
        ]),
        ("Domain 4.1 – Pathways, procedures and policies", [
            ("Requirement 2: NHS Lothian must ensure that falls risk assessments and falls care plans are completed within 24 hours of admission and reviewed as the patient's condition changes.", [
                ("Audit the falls bundle for 10 patients per ward each month through the Lothian Accreditation and Care Assurance Standards (LACAS).",
                 "30/09/2024", "Senior Charge Nurses", "Monthly audits in place; compliance rising from 64% to 86%.", "Green"),
                ("Deliver falls prevention training to all registered nurses and healthcare support workers in the medical wards.",
                 "October 2024 – March 2025", "Falls Coordinator / Practice Development Team", "55% of staff trained; sessions limited by winter pressures.", "Amber"),
            ]),
            ("Requirement 3: NHS Lothian must ensure that all patients are screened using the Malnutrition Universal Screening Tool (MUST) on admission.", [
                ("Change the electronic admission record so that MUST screening must be completed before the admission record can be closed.",
                 "Q3 2024/25", "Nutrition Lead Dietitian", "Change request approved by eHealth; build in progress.", "Green"),
            ]),
        ]),
        ("Domain 5 – Delivery of safe, effective, compassionate and person-centred care", [
            ("Requirement 4: NHS Lothian must ensure that the care environment and patient equipment are clean and ready for use.", [
                ("Introduce 'I am clean' labels for all shared patient equipment on every ward.",
                 "July 2024", "Lead Nurse Infection Prevention and Control", "Labels in use across the site.", "Complete"),
                ("Replace damaged flooring and wall surfaces in Ward 8 and the Acute Medical Unit through the 2024/25 estates programme.",
                 "March 2025", "Head of Estates", "Ward 8 completed. AMU works delayed by bed capacity; new date to be agreed.", "Red"),
            ]),
            ("Requirement 5: NHS Lothian must ensure that medicines are stored securely at all times.", [
                ("Weekly medicines storage audit by the nurse in charge, with results shared at the ward safety brief.",
                 "Immediate and ongoing", "Senior Charge Nurses", "Audits in place on all wards.", "Green"),
            ]),
        ]),
    ]
    cols = ["Requirement", "Action planned", "Timescale to meet action",
            "Responsibility for taking action", "Progress against the action plan", "Status (RAG)"]
    for dom, reqs in domains:
        doc.add_heading(dom, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            set_cell(t.rows[0].cells[i], h, True)
        for req, acts in reqs:
            first = None
            for j, a in enumerate(acts):
                cells = t.add_row().cells
                if j == 0:
                    set_cell(cells[0], req)
                    first = cells[0]
                for i, v in enumerate(a, 1):
                    set_cell(cells[i], v)
                if j > 0:
                    first = first.merge(cells[0])
        doc.add_paragraph("")
    doc.save(P("dt1-nhs-lothian-his-st-johns-hospital-safe-delivery-of-care-improvement-action-plan.docx"))


# ---------------------------------------------------------------- 6 North Yorkshire PDU csv
def pdu():
    rows = [
        ["North Yorkshire PDU – HMI Probation inspection action plan (report published 12 March 2024)"],
        [],
        ["Ref", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Action", "Action Owner",
         "Target Date", "Status", "Update"],
        ["1.1", "Improve the quality of work to keep people safe, including better use of information from domestic abuse call-outs and children's social care.",
         "Agreed", "Deliver the Keeping Others Safe workshop to all case-holding practitioners.",
         "Senior Probation Officer (L&D)", "31/05/2024", "Complete", "All 46 case-holding staff attended by 22 May."],
        ["1.2", "", "", "Make domestic abuse and safeguarding enquiries mandatory at court report stage and before allocation, checked through monthly case audits.",
         "Head of PDU", "30/06/2024", "On track", "Enquiry process agreed with police and children's services; audit tool ready."],
        ["2.1", "Ensure that all people on probation have a sentence plan completed within 15 working days and reviewed when their circumstances change.",
         "Agreed", "Introduce weekly sentence plan timeliness reports to team managers.",
         "Performance and Quality Lead", "Apr-24", "Complete", "Report issued every Monday since 8 April."],
        ["2.2", "", "", "Team managers to review all sentence plans over six months old through management oversight.",
         "Senior Probation Officers", "Sep-24", "Amber", "Reviews 60% complete; staffing gaps in the Scarborough team."],
        ["3.1", "Increase the availability of accredited programmes and structured interventions, reducing waiting lists.",
         "Partly Agreed", "Recruit two additional programme facilitators.",
         "Interventions Manager", "31/08/2024", "Red", "One facilitator appointed; second post re-advertised."],
        ["3.2", "", "", "Deliver Building Choices in Harrogate as well as York.",
         "Interventions Manager", "Oct-24", "Not started", "Dependent on facilitator recruitment (3.1)."],
        ["3.3", "", "", "Monitor programme waiting lists at the quarterly PDU performance meeting.",
         "Head of PDU", "Quarterly", "On track", "Standing item from the June meeting."],
    ]
    with open(P("dt1-hmpps-north-yorkshire-pdu-hmip-probation-inspection-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 East Riding YJS txt
def eryjs():
    lines = [
        "East Riding Youth Justice Service – HMI Probation Inspection Improvement Plan 2023",
        "Version 3 – presented to the YJS Management Board, 18 January 2024",
        "",
        "No.\tRecommendation\tAction\tLead\tTimescale\tProgress\tRAG",
        "The East Riding Youth Justice Service Management Board should:",
        "1.1\t1. ensure that board members understand the profile of children open to the service, including children in care and children with SEND\tDeliver a board development session on the profile of children open to the YJS, including children in care and those with SEND.\tChair of Management Board\t31/12/2023\tSession held on 7 December 2023.\tB",
        "1.2\t\tAdd a disproportionality dashboard to the quarterly performance report to the board.\tYJS Manager / Performance Officer\tQ4 2023/24\tDashboard drafted; first report due at the March board.\tG",
        "2.1\t2. make sure that education partners provide timely information and support for children who are not in full-time education\tEducation representative to attend every board meeting and report on children open to the YJS who are not in full-time education.\tHead of Inclusion\tOngoing\tAttended the October and January boards.\tG",
        "",
        "The Youth Justice Service Manager should:",
        "3.1\t3. improve the quality of assessment and planning to keep other people safe\tRefresh risk of harm training for all case managers, including contingency planning.\tJB/KT\tFeb-24\tTraining booked for 8 February; two staff on long-term leave will be trained on return.\tA",
        "3.2\t\tIntroduce a monthly audit of five cases using the HMIP case assessment tool, with findings reported to the practice development meeting.\tTeam Manager (Court and Custody)\tMarch 2024\tFirst audit completed in January.\tG",
        "4.1\t4. ensure that out-of-court disposal decisions are informed by a full assessment of the child's needs\tReview the out-of-court disposal policy with Humberside Police and introduce a joint decision-making panel template.\tYJS Manager\tQ1 2024/25\tPolicy drafted; sign-off awaited from Humberside Police.\tR",
        "4.2\t\tAudit out-of-court disposal cases six months after the new panel starts.\tQuality Assurance Officer\tSep-24\t\t",
        "",
        "RAG: B = complete, G = on track, A = some delay, R = off track",
    ]
    with open(P("dt1-east-riding-yjs-hmip-improvement-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    rau()
    myerscough()
    muckamore()
    channings()
    lothian()
    pdu()
    eryjs()
