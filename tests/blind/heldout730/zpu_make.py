#!/usr/bin/env python3
"""Build the seven zpu- test files of set heldout730.

Run with /work/main/.venv/bin/python zpu_make.py  (writes next to this script).
docx with python-docx, xlsx with openpyxl, csv/txt written directly.
The data below is also imported by the expected-reading writer, so the action
texts in the files and in the .expected.yaml files are the same strings.
"""
import csv
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

# ---------------------------------------------------------------------------
# 1. HMP Brixton - HMPPS action plan (docx), priority / key concerns tables
# ---------------------------------------------------------------------------
BRIXTON_FILE = "zpu-hmp-brixton-hmip-inspection-action-plan.docx"
BRIXTON_TITLE = "Action Plan: HMP Brixton"
# (section heading, [(concern ref, concern text, response text, [actions])])
# action = (ref, text, owner, target, status)
BRIXTON = [
    ("Priority concerns", [
        ("PC1",
         "Prisoners spent too long locked in their cells. During the working day around half of the "
         "population was locked up, and too many prisoners spent more than 22 hours a day behind their doors.",
         "Response: Accepted. The regime will be restored in stages as staffing allows.",
         [
             ("PC1.1",
              "Introduce a revised core day on all residential units so that every prisoner is offered at "
              "least four hours out of cell on weekdays, with the timetable published on each wing.",
              "Head of Residence", "31/01/2025", "Blue"),
             ("PC1.2",
              "Fill the 22 band 3 prison officer vacancies through the London recruitment campaign, with "
              "cohort training dates agreed with the Prison Group.",
              "Head of Operations / HR Business Partner", "31/01/2025", "Red"),
         ]),
        ("PC2",
         "Too many prisoners could not get help with their mental health quickly enough, and waiting times "
         "for a secondary mental health assessment were far too long.",
         "Response: Accepted – joint action with the healthcare provider and NHS England commissioners.",
         [
             ("PC2.1",
              "Agree a recovery trajectory with the healthcare provider to reduce waits for a secondary "
              "mental health assessment to within 10 working days.",
              "Head of Healthcare", "30/06/2025", "Green"),
             ("PC2.2",
              "Hold monthly partnership meetings between residential, safer custody and mental health teams "
              "to review prisoners on an ACCT who have a mental health need.",
              "Head of Safety; Mental Health Team Lead", "Ongoing – monthly", "Green"),
         ]),
    ]),
    ("Key concerns", [
        ("KC1",
         "Staff did not always challenge poor behaviour, and the incentives scheme was not used consistently "
         "to encourage good behaviour.",
         "Response: Accepted.",
         [
             ("KC1.1",
              "Relaunch the incentives policy framework with briefings for all residential staff and a "
              "monthly audit of incentive reviews on each wing.",
              "Deputy Governor", "31/12/2024 (revised 31/03/2025)", "Blue"),
         ]),
        ("KC2",
         "Applications and complaints were not always answered on time, and responses often did not deal "
         "with the issue raised.",
         "Response: Partly Accepted – complaint timeliness is accepted; the paper applications system is "
         "being replaced nationally.",
         [
             ("KC2.1",
              "Introduce a weekly tracker of overdue complaints, reviewed at the Governor's morning meeting, "
              "with escalation to functional heads after five working days.",
              "Business Hub Manager", "30/11/2024", "Blue"),
             ("KC2.2",
              "Quality-assure a sample of 20 complaint responses each month and give feedback to the "
              "responding managers.",
              "Head of Business Assurance", "31/05/2025", "Amber"),
         ]),
        ("KC3",
         "Release planning for prisoners serving short sentences started too late, and too many left "
         "without sustainable accommodation.",
         "Response: Accepted.",
         [
             ("KC3.1",
              "Complete a pre-release resettlement review for every prisoner at least 12 weeks before "
              "release, with accommodation referrals made through CAS3 where needed.",
              "Head of Reducing Reoffending and Resettlement", "30 September 2025", "Green"),
         ]),
    ]),
]

# ---------------------------------------------------------------------------
# 2. Whitgift School - ISI inspection action plan (docx), one table per area
# ---------------------------------------------------------------------------
WHITGIFT_FILE = "zpu-whitgift-school-isi-inspection-action-plan.docx"
WHITGIFT_TITLE = "Whitgift School: ISI Inspection Action Plan 2024–25"
# (section heading, next step text or None, [(action, leads, by when, progress, rag)])
WHITGIFT = [
    ("1. Leadership and management, and governance",
     "Ensure that the monitoring of teaching in the lower school is as rigorous as that in the senior "
     "school, so that good practice is shared consistently.",
     [
         ("Extend the lesson drop-in programme to Years 7 and 8, with each teacher seen at least once each "
          "half-term by a member of the academic leadership team.",
          "Deputy Head (Academic); Head of Lower School", "February 2025",
          "Drop-ins running since January; first full cycle complete.", "B"),
         ("Hold a teaching and learning forum each term at which heads of department share findings from "
          "monitoring and agree follow-up training.",
          "Director of Teaching and Learning", "Termly",
          "Autumn and spring forums held; summer forum booked for 19 June.", "G"),
     ]),
    ("2. Quality of education, training and recreation",
     "Develop the use of assessment information in the sixth form so that teachers adapt their planning "
     "for pupils who are not making the progress of which they are capable.",
     [
         ("Introduce half-termly data reviews for Years 12 and 13 with subject leaders, identifying pupils "
          "below target and the support agreed for each.",
          "Head of Sixth Form / Data Manager", "Summer term 2025",
          "Two review cycles completed.", "G"),
         ("Train all sixth-form teachers in using the tracking system to plan adapted tasks, followed by a "
          "scrutiny of pupils' work.",
          "Director of Teaching and Learning", "October 2025",
          "Training moved to September INSET because of the examination timetable.", "A"),
     ]),
    ("3. Pupils' physical and mental health and emotional wellbeing",
     "Strengthen the way pupils' views are gathered and used in developing the school's approach to "
     "wellbeing and mental health.",
     [
         ("Run an annual whole-school wellbeing survey and publish a 'you said, we did' summary for pupils "
          "and parents.",
          "Deputy Head (Pastoral)", "July 2025",
          "Survey closes 23 May; summary drafted for end of term.", "G"),
         ("Set up a pupil wellbeing committee with representatives from each year group, meeting the Head "
          "of Wellbeing twice a term.",
          "Head of Wellbeing", "March 2025",
          "Committee met on 4 and 25 March.", "B"),
     ]),
    ("4. Pupils' social and economic education and contribution to society",
     "Ensure that careers guidance for pupils in Years 9 to 11 is as well developed as that provided for "
     "older pupils.",
     [
         ("Appoint a careers adviser for the lower and middle school and provide an individual guidance "
          "interview for every Year 11 pupil.",
          "Head of Careers", "31 December 2025",
          "Post not yet advertised; job description with HR.", "R"),
     ]),
    ("5. Safeguarding", None, []),
]

# ---------------------------------------------------------------------------
# 3. Norfolk FRS - HMICFRS handling of misconduct recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
NORFOLK_FILE = "zpu-norfolk-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker.xlsx"
NORFOLK_TITLE = "Norfolk Fire and Rescue Service: HMICFRS Handling of Misconduct – Recommendations Tracker"
# theme -> [(rec no, rec text, [actions])]
# action = (ref, text, owner, original, revised, prev rag, current rag, update)
NORFOLK = [
    ("Theme 1: Raising concerns and reporting misconduct", [
        ("1",
         "By 31 March 2025, chief fire officers should make sure their services have a confidential "
         "reporting route for staff to raise concerns about behaviour, and that staff know how to use it.",
         [
             ("1.1",
              "Procure and launch an independent confidential reporting line available to all staff, "
              "including on-call firefighters and Fire Control.",
              "Head of Professional Standards", D(2025, 3, 31), None, "green", "blue",
              "Line launched 3 March 2025; 14 contacts to date."),
             ("1.2",
              "Publicise the reporting routes through station visits, the intranet and the induction "
              "programme, and test awareness in the staff survey.",
              "Head of Communications / Head of Professional Standards", D(2025, 3, 31), D(2025, 11, 30),
              "amber", "green",
              "Station visits 80% complete; awareness question added to the autumn staff survey."),
         ]),
        ("2",
         "By 31 March 2025, chief fire officers should make sure their services record all misconduct "
         "allegations, including those resolved informally, so that patterns of behaviour can be identified.",
         [
             ("2.1",
              "Introduce a single case management system for conduct and grievance cases, with mandatory "
              "fields for informal resolutions.",
              "Head of HR", D(2025, 3, 31), D(2025, 10, 31), "amber", "amber",
              "Supplier configuration delayed; go-live now planned for the end of October."),
         ]),
    ]),
    ("Theme 2: Investigations and outcomes", [
        ("3",
         "By 1 October 2025, chief fire officers should make sure that investigating officers are trained "
         "and that investigations are completed within the timescales in the service's policy.",
         [
             ("3.1",
              "Train a pool of at least 12 investigating officers on the NFCC-endorsed workplace "
              "investigations course.",
              "Area Manager (Training and Development)", D(2025, 6, 30), None, "green", "blue",
              "13 officers trained by June 2025."),
             ("3.2",
              "Set a 60-working-day standard for completing investigations and report performance monthly "
              "to the People Board.",
              "ACFO (People)", D(2025, 10, 1), None, "green", "amber",
              "Standard agreed; monthly reporting starts in November."),
             ("3.3",
              "Offer welfare support to both the subject and the person raising the concern for the whole "
              "of every case, through a named welfare officer.",
              "Head of Occupational Health", "Ongoing", None, "green", "green",
              "Welfare officer named in all 9 open cases."),
         ]),
        ("4",
         "By 31 March 2025, chief fire officers should make sure the outcomes of misconduct cases are shared "
         "with the workforce in an anonymised form, to show that poor behaviour is challenged.",
         [
             ("4.1",
              "Publish a quarterly anonymised 'Outcomes and learning' bulletin on the intranet.",
              "Head of Professional Standards", D(2025, 3, 31), None, "green", "blue",
              "Bulletins issued in April and July 2025."),
         ]),
    ]),
    ("Theme 3: Data, monitoring and assurance", [
        ("5",
         "By 1 June 2025, chief fire officers should make sure they have effective oversight of misconduct "
         "data, including the protected characteristics of those involved, and report it to their fire and "
         "rescue authority.",
         [
             ("5.1",
              "Develop a misconduct dashboard showing protected characteristics, outcomes and timeliness, "
              "and present it to the Scrutiny Committee every six months.",
              "Head of Performance and Risk; Head of HR", D(2025, 6, 1), D(2025, 12, 31), "red", "amber",
              "Dashboard in test; data quality issues with historic cases being cleansed."),
             ("5.2",
              "Commission an internal audit of the misconduct process from the county council's internal "
              "audit team.",
              "Chief Fire Officer", D(2026, 3, 31), None, None, None,
              "Included in the 2025-26 audit plan for quarter 4."),
         ]),
    ]),
]

# ---------------------------------------------------------------------------
# 4. Lincolnshire Police - VMM recommendations tracker (xlsx) - refuse case
# ---------------------------------------------------------------------------
LINCS_FILE = ("zpu-lincolnshire-police-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker"
              "-typo-month-refuse.xlsx")
LINCS_TITLE = ("Lincolnshire Police – HMICFRS Vetting, Misconduct and Misogyny Inspection: "
               "Recommendations Tracker")
# (rec, summary, action, owner, due, rag, update)
LINCS = [
    ("R2", "Vet all officers and staff to the required level and renew vetting on time.",
     "Clear the vetting renewal backlog through additional vetting officer capacity and weekly tracking.",
     "Head of Vetting", "Mar-25", "C", "Backlog cleared in February 2025."),
    ("R5", "Check the Police National Database for all applicants and holders of vetting clearance.",
     "Make PND checks mandatory for all new applications and renewals, recorded on the vetting system.",
     "Head of Vetting", "Jan-25", "C", "In place since December 2024."),
    ("R8", "Record the rationale for vetting decisions where adverse information is found.",
     "Update the vetting decision template and quality-assure 10% of decisions each month.",
     "Force Vetting Manager", "Jun-25", "C", "Template live; first three monthly samples completed."),
    ("R11", "Carry out periodic checks of all officers and staff against police databases.",
     "Implement automated annual PND re-checks for the whole workforce.",
     "Head of PSD / Head of Vetting", "Dec-25", "G", "Pilot with 200 staff completed in July."),
    ("R15", "Record allegations of misogynistic and predatory behaviour with a specific flag.",
     "Add a VAWG-related flag to Centurion and train PSD caseworkers to apply it.",
     "Head of PSD", "May-25", "C", "Flag in use from 1 May 2025."),
    ("R19", "Make sure counter-corruption units have enough capacity and capability.",
     "Prepare a business case for two additional Counter Corruption Unit investigators.",
     "Detective Superintendent, PSD", "Sep-25", "A", "Business case with the Chief Officer Group."),
    ("R23", "Monitor IT systems proactively to identify misuse.",
     "Procure and deploy proactive IT monitoring software across all force devices.",
     "Head of Information Assurance", "0ct-25", "A", "Contract awarded; deployment scheduled."),
    ("R26", "Provide training on identifying and reporting misogynistic behaviour.",
     "Deliver Active Bystander training to all officers and staff.",
     "Head of Learning and Development", "Mar-26", "G", "61% of the workforce trained."),
    ("R31", "Publish the outcomes of misconduct hearings promptly.",
     "Publish hearing outcomes on the force website within five working days.",
     "Head of PSD", "Apr-25", "R", "Publication delayed by the website migration."),
    ("R38", "Gather and analyse workforce data on complaints and misconduct by protected characteristic.",
     "Produce a six-monthly disproportionality report for the Ethics Board.",
     "Head of Performance", "Nov-25", "G", "First report drafted."),
]
LINCS_FIRST_ROW = 5  # header on row 4

# ---------------------------------------------------------------------------
# 5. North East Scotland College - Education Scotland progress visit plan (xlsx)
# ---------------------------------------------------------------------------
NESCOL_FILE = "zpu-north-east-scotland-college-education-scotland-progress-visit-action-plan.xlsx"
NESCOL_TITLE = "North East Scotland College – Education Scotland Progress Visit Action Plan 2025–26"
# theme -> [(area for development, [actions])]
# action = (ref, text, responsibility, timescale, success measure, progress, status)
NESCOL = [
    ("Outcomes and impact", [
        ("Managers should take action to improve attainment on full-time further education programmes "
         "where success rates remain below the sector average, particularly in Engineering and Construction.",
         [
             ("1.1",
              "Introduce a course-level review for every full-time FE programme with a success rate more "
              "than 5% below the sector average, with improvement targets agreed with curriculum managers.",
              "Head of Quality", "December 2025",
              "All programmes below sector average have an agreed improvement target.",
              "Reviews completed for 11 of 17 programmes.", "On track"),
             ("1.2",
              "Put in place early-warning attendance monitoring in Engineering and Construction, with "
              "guidance tutor contact after two consecutive absences.",
              "Curriculum Manager, Engineering / Curriculum Manager, Construction", D(2025, 9, 30),
              "Attendance in both areas at or above the college average.",
              "Monitoring live from the start of term.", "Complete"),
         ]),
        ("The college should reduce early withdrawal among learners aged 16 to 19.",
         [
             ("2.1",
              "Extend the pre-entry guidance interview to all applicants aged 16 to 19 and follow up "
              "non-starters within one week.",
              "Head of Student Services", "August 2025",
              "Early withdrawal for 16 to 19 year olds reduced by 3 percentage points.",
              "Interviews held for all 2025-26 applicants.", "Complete"),
             ("2.2",
              "Develop a retention dashboard showing withdrawals by programme, age and SIMD quintile, "
              "updated weekly.",
              "Head of MIS; Head of Quality", "January 2026",
              "Dashboard used at every curriculum team meeting.",
              "Data model built; SIMD field incomplete for part-time learners.", "Amber"),
         ]),
    ]),
    ("Learning, teaching and assessment", [
        ("Teaching staff should make more consistent use of digital tools to support independent learning.",
         [
             ("3.1",
              "Deliver a digital pedagogy professional learning programme for all lecturing staff, with "
              "peer observation of practice.",
              "Digital Learning Manager", D(2026, 6, 30),
              "90% of lecturing staff complete the programme.",
              "Cohort 1 (64 staff) under way.", "On track"),
             ("3.2",
              "Set a minimum standard for course content on the virtual learning environment and audit each "
              "curriculum area against it.",
              "Digital Learning Manager", "Ongoing",
              "All curriculum areas meet the minimum standard at audit.",
              "Standard agreed; first audit in November.", "On track"),
         ]),
    ]),
    ("Leadership and quality culture", [
        ("Managers should ensure that learner feedback from focus groups leads to timely improvements that "
         "are communicated back to learners.",
         [
             ("4.1",
              "Introduce a 'You said, we did' log for each curriculum area, reviewed at the Student "
              "Experience Committee.",
              "Vice Principal, Curriculum and Student Experience", D(2026, 3, 31),
              "Logs published for all curriculum areas each semester.",
              "", "Not started"),
             ("4.2",
              "Train class representatives with the Students' Association before the first learner focus "
              "groups of the year.",
              "Students' Association President / Student Engagement Officer", "Nov-25",
              "All class representatives trained.",
              "Training postponed because of staff absence; new date to be agreed.", "Red"),
         ]),
    ]),
]

# ---------------------------------------------------------------------------
# 6. Probation Service Brighton and East Sussex PDU - HMIP action plan (csv)
# ---------------------------------------------------------------------------
PROBATION_FILE = "zpu-probation-service-brighton-and-east-sussex-pdu-hmip-inspection-action-plan.csv"
PROBATION_TITLE = "Brighton and East Sussex PDU – HM Inspectorate of Probation Inspection Action Plan"
# section -> [(rec no, rec text, agreed, [actions])]; action = (ref, text, owner, target, status, update)
PROBATION = [
    ("Recommendations for Brighton and East Sussex PDU", [
        ("1",
         "Improve the quality of assessment and planning to keep other people safe, making full use of "
         "information from domestic abuse and safeguarding enquiries.",
         "Agreed",
         [
             ("1.1",
              "Deliver a public protection practice workshop for all probation practitioners, focused on "
              "the analysis of risk and the use of domestic abuse information.",
              "Head of PDU", "30/06/2025", "Complete", "All four teams completed the workshop by June 2025."),
             ("1.2",
              "Introduce a monthly audit of 10 cases per team using the regional quality tool, with findings "
              "discussed at team meetings.",
              "Senior Probation Officers", "Monthly from 01/05/2025", "Green",
              "Audits completed May to September."),
             ("1.3",
              "Make sure all new starters complete Risk of Serious Harm training within three months of "
              "joining.",
              "Learning and Development SPO", "Ongoing", "Green", "11 of 12 new starters trained."),
         ]),
        ("2",
         "Make sure that domestic abuse and child safeguarding enquiries are requested and received for all "
         "cases at court and at allocation.",
         "Agreed",
         [
             ("2.1",
              "Agree an escalation route with Brighton & Hove and East Sussex children's services for "
              "safeguarding enquiries not returned within 10 working days.",
              "Deputy Head of PDU", "31/05/2025", "Complete", "Protocol signed 22 May 2025."),
             ("2.2",
              "Add a check of enquiry outcomes to the court team's case allocation checklist.",
              "Senior Probation Officer (Court)", "Jul-25", "Complete", "Checklist revised in July."),
         ]),
        ("3",
         "Improve the management of staff workloads so that probation practitioners have enough time to "
         "deliver a good-quality service.",
         "Partly Agreed",
         [
             ("3.1",
              "a) Review case allocation with the workload measurement tool every fortnight.\n"
              "b) Move cases between teams where individual workloads exceed 120%.",
              "Head of PDU / Deputy Head of PDU", "31/12/2025", "Amber",
              "Workloads remain high because of vacancies.\nRecruitment of six PQiP learners under way."),
         ]),
    ]),
    ("Recommendations for Kent, Surrey and Sussex region", [
        ("4",
         "Make sure that enough interventions and services are available in the PDU to address people's "
         "risks and needs, including accommodation.",
         "Agreed",
         [
             ("4.1",
              "Commission additional CAS3 bed spaces for East Sussex through the regional accommodation "
              "framework.",
              "Regional Head of Commissioning", "31/03/2026", "Green", "Eight additional bed spaces agreed."),
             ("4.2",
              "Review the domestic abuse programme pathway so that Building Better Relationships starts in "
              "Hastings within 16 weeks of sentence.",
              "Regional Head of Interventions", "Q4 2025/26", "Red",
              "Facilitator vacancies; waiting list at 31 weeks."),
         ]),
    ]),
]

# ---------------------------------------------------------------------------
# 7. Hallfield Primary School - school development plan (tab-separated txt)
# ---------------------------------------------------------------------------
HALLFIELD_FILE = "zpu-hallfield-primary-school-school-development-plan-2025-26.txt"
HALLFIELD_TITLE = "Hallfield Primary School – School Development Plan 2025–26"
# priority -> [(no, action, lead, by when, rag, evaluation)]
HALLFIELD = [
    ("PRIORITY 1: Early reading and phonics", [
        ("1.1", "Re-train all EYFS and KS1 staff, including teaching assistants, in the school's systematic "
                "synthetic phonics programme.", "English Lead", "Oct 2025", "B",
         "All staff trained at INSET on 1 and 2 September."),
        ("1.2", "Introduce daily keep-up sessions for pupils who fall behind in phonics, tracked through "
                "half-termly assessments.", "Early Years Phase Leader", "Autumn term 2025", "G", ""),
        ("1.3", "Replace older reading books in Reception and Year 1 so that the books pupils read match the "
                "sounds they know.", "English Lead; School Business Manager", "Dec 2025", "A",
         "Decodable books ordered; delivery delayed to November."),
    ]),
    ("PRIORITY 2: Mathematics – fluency and reasoning", [
        ("2.1", "Introduce a daily 15-minute fluency session in Years 1 to 6.", "Maths Lead",
         "Autumn term 2025", "B", "Sessions timetabled in all classes."),
        ("2.2", "Develop reasoning and problem-solving in KS2 through a lesson study cycle in each year "
                "group.", "Maths Lead / Deputy Headteacher", "Summer term 2026", "G", ""),
        ("2.3", "Analyse the multiplication tables check results and plan targeted support for Year 4.",
         "Year 4 Teachers", "July 2026", "G", ""),
    ]),
    ("PRIORITY 3: SEND and inclusion", [
        ("3.1", "Review all SEN support plans with parents and set measurable targets.", "SENCo", "Termly", "G",
         "Autumn reviews booked for parents' evenings."),
        ("3.2", "Train teaching assistants in adaptive teaching for pupils with speech, language and "
                "communication needs.", "SENCo; Speech and Language Therapist", "Jan 2026", "A",
         "Therapist availability limited this term."),
    ]),
    ("PRIORITY 4: Attendance and wellbeing", [
        ("4.1", "Raise whole-school attendance to 96% by working with the families of pupils who are "
                "persistently absent.", "Attendance Officer and Headteacher", "31/07/2026", "R",
         "Attendance 93.8% at October half-term."),
        ("4.2", "Relaunch the school's mental health and wellbeing offer, including a Mental Health Support "
                "Team drop-in for parents.", "Senior Mental Health Lead", "Ongoing", "G", ""),
    ]),
]


# ===========================================================================
# builders
# ===========================================================================
def _shade(cell, hex_fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def _bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


DOCX_RAG = {"Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000",
            "B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}


def build_brixton(path):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.add_heading(BRIXTON_TITLE, level=0)
    for line in ["Action Plan Submitted: 21 November 2024",
                 "A Response to the HMIP Inspection: 15 – 25 July 2024",
                 "Report Published: 8 October 2024",
                 "Progress position at: 31 March 2025"]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions "
        "for and treatment of those in prison, young offender institutions and court custody. In response "
        "to the report, HMPPS is required to produce an action plan setting out how the concerns raised "
        "will be addressed. The plan confirms whether each concern is accepted and sets out the actions, "
        "owners and target dates agreed by the Governor and the Prison Group Director.")
    doc.add_paragraph(
        "This version has been updated with progress for the Senior Leadership Team and the Independent "
        "Monitoring Board meeting of 10 April 2025.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _bold_cell(t.rows[0].cells[0], "Term")
    _bold_cell(t.rows[0].cells[1], "Definition")
    for term, defin in [
        ("Accepted", "The concern is accepted and actions are in place or planned to address it."),
        ("Partly Accepted", "Only part of the concern is accepted; the response sets out which part "
                            "will be addressed and why."),
        ("Not Accepted", "The concern is not accepted; the response sets out the reasons.")]:
        r = t.add_row().cells
        r[0].text = term
        r[1].text = defin
    doc.add_paragraph()
    doc.add_paragraph("Status key: Blue – action complete; Green – on track to meet the target date; "
                      "Amber – at risk, recovery plan in place; Red – target date missed.")
    for section, concerns in BRIXTON:
        doc.add_heading(section, level=1)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Concern / Action", "Responsible owner", "Target date", "Status"]):
            _bold_cell(t.rows[0].cells[i], h)
            _shade(t.rows[0].cells[i], "D9D9D9")
        for cref, ctext, resp, actions in concerns:
            row = t.add_row().cells
            _bold_cell(row[0], cref)
            m = row[1].merge(row[4])
            _bold_cell(m, ctext)
            for c in (row[0], m):
                _shade(c, "DEEAF6")
            row = t.add_row().cells
            m = row[1].merge(row[4])
            m.text = resp
            m.paragraphs[0].runs[0].italic = True
            for ref, text, owner, target, status in actions:
                row = t.add_row().cells
                row[0].text = ref
                row[1].text = text
                row[2].text = owner
                row[3].text = target
                row[4].text = status
                _shade(row[4], DOCX_RAG[status])
        doc.add_paragraph()
    p = doc.add_paragraph("Signed: Governor, HMP Brixton")
    doc.add_paragraph("Date: 4 April 2025")
    for para in doc.paragraphs:
        for run in para.runs:
            if run.font.size is None:
                run.font.size = Pt(10)
    doc.save(path)


def build_whitgift(path):
    from docx import Document
    doc = Document()
    doc.add_heading(WHITGIFT_TITLE, level=0)
    doc.add_paragraph("Inspection dates: 5 to 7 November 2024 | Report published: 16 January 2025")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Deputy Head (Academic)"),
                 ("Approved by", "Education Committee of the Court of Governors"),
                 ("Version", "1.3"),
                 ("Last updated", "12 May 2025"),
                 ("Next review", "Education Committee, 24 June 2025")]:
        r = t.add_row().cells
        _bold_cell(r[0], k)
        r[1].text = v
    doc.add_paragraph()
    doc.add_paragraph(
        "ISI judged that the school meets the Standards. The report identified significant strengths in "
        "co-curricular provision and in pupils' contribution to society, and gave four recommended next "
        "steps. This plan sets out how the school is responding to each next step.")
    doc.add_paragraph("RAG key: G = on track; A = some slippage; R = not started or significantly behind; "
                      "B = complete.")
    for heading, step, actions in WHITGIFT:
        doc.add_heading(heading, level=2)
        if step is None:
            doc.add_paragraph("The school's safeguarding arrangements were judged to meet the Standards. "
                              "No next step was given; the DSL reports to governors termly as usual.")
            continue
        p = doc.add_paragraph()
        p.add_run("ISI recommended next step").bold = True
        p = doc.add_paragraph()
        p.add_run(step).italic = True
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Action", "Lead(s)", "By when", "Progress to date", "RAG"]):
            _bold_cell(t.rows[0].cells[i], h)
        for action, leads, when, progress, rag in actions:
            r = t.add_row().cells
            r[0].text = action
            r[1].text = leads
            r[2].text = when
            r[3].text = progress
            r[4].text = rag
            _shade(r[4], DOCX_RAG[rag])
        doc.add_paragraph()
    doc.add_paragraph("Sign-off")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        _bold_cell(t.rows[0].cells[i], h)
    for role, name, date in [("Head", "Head of Whitgift School", "12 May 2025"),
                             ("Chair of the Education Committee", "Governor", "14 May 2025")]:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = role, name, date
    doc.save(path)


XL_RAG = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}


def build_norfolk(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = NORFOLK_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Version", "2.1"),
                                ("Status", "Update for the Scrutiny Committee"),
                                ("Owner", "Assistant Chief Fire Officer (People)"),
                                ("Last updated", D(2025, 9, 30)),
                                ("HMICFRS report", "Standards of behaviour: the handling of misconduct in fire "
                                                   "and rescue services (August 2024)")], start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        c = cov.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        cov.cell(i, 1).border = box
        c.border = box
    cov.column_dimensions["A"].width = 20
    cov.column_dimensions["B"].width = 80

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG Key"
    key["A1"].font = Font(bold=True)
    key["A2"], key["B2"] = "Colour", "Meaning"
    for i, (name, meaning) in enumerate([
            ("red", "Target date missed or action not progressing"),
            ("amber", "At risk of missing the target date"),
            ("green", "On track"),
            ("blue", "Complete – evidence held"),
            (None, "No colour – not yet started")], start=3):
        c = key.cell(i, 1, name.capitalize() if name else "None")
        if name:
            c.fill = PatternFill("solid", fgColor=XL_RAG[name])
        key.cell(i, 2, meaning)
    key.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Tracker")
    ncol = 10
    ws.cell(1, 1, NORFOLK_TITLE).font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Position as at 30 September 2025. RAG shown by cell colour – see the RAG Key sheet.")
    ws.cell(2, 1).font = Font(italic=True)
    heads = ["Rec No.", "HMICFRS Recommendation", "Action Ref", "Action", "Action Owner",
             "Original Target Date", "Revised Target Date", "Previous RAG (Jun 25)", "Current RAG (Sep 25)",
             "Progress Update"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        c.alignment = wrap
        c.border = box
    r = 5
    for theme, recs in NORFOLK:
        c = ws.cell(r, 1, theme)
        c.font = Font(bold=True)
        for col in range(1, ncol + 1):
            ws.cell(r, col).fill = PatternFill("solid", fgColor="D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for recno, rectext, actions in recs:
            first = r
            ws.cell(r, 1, recno)
            ws.cell(r, 2, rectext)
            for ref, text, owner, orig, rev, prev, cur, upd in actions:
                ws.cell(r, 3, ref)
                ws.cell(r, 4, text)
                ws.cell(r, 5, owner)
                c = ws.cell(r, 6, orig)
                if isinstance(orig, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(r, 7, rev).number_format = "dd/mm/yyyy"
                if prev:
                    ws.cell(r, 8).fill = PatternFill("solid", fgColor=XL_RAG[prev])
                if cur:
                    ws.cell(r, 9).fill = PatternFill("solid", fgColor=XL_RAG[cur])
                ws.cell(r, 10, upd)
                for col in range(1, ncol + 1):
                    ws.cell(r, col).alignment = wrap
                    ws.cell(r, col).border = box
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    # summary block
    r += 1
    ws.cell(r, 4, "Summary of current RAG").font = Font(bold=True)
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0, None: 0}
    for _, recs in NORFOLK:
        for _, _, actions in recs:
            for a in actions:
                counts[a[6]] += 1
    for label, k in [("Complete (blue)", "blue"), ("On track (green)", "green"), ("At risk (amber)", "amber"),
                     ("Off track (red)", "red"), ("Not started", None)]:
        r += 1
        ws.cell(r, 4, label)
        ws.cell(r, 5, counts[k])
    r += 1
    ws.cell(r, 4, "Total actions").font = Font(bold=True)
    ws.cell(r, 5, sum(counts.values())).font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJ", [8, 45, 8, 50, 28, 14, 14, 12, 12, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(path)


def build_lincs(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    ws = wb.active
    ws.title = "VMM Tracker"
    ws["A1"] = LINCS_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Report to the Joint Independent Audit Committee – update as at 31 August 2025"
    heads = ["HMICFRS Rec", "Recommendation (summary)", "Force action", "Owner", "Due", "RAG", "Latest update"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
    fills = {"C": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    r = LINCS_FIRST_ROW
    for rec in LINCS:
        for i, v in enumerate(rec, start=1):
            c = ws.cell(r, i, v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 6).fill = PatternFill("solid", fgColor=fills[rec[5]])
        r += 1
    r += 1
    ws.cell(r, 1, "Key: C = complete; G = on track; A = at risk; R = overdue")
    r += 1
    n = {k: sum(1 for x in LINCS if x[5] == k) for k in "CGAR"}
    ws.cell(r, 1, "Total recommendations: %d | Complete: %d | Green: %d | Amber: %d | Red: %d"
            % (len(LINCS), n["C"], n["G"], n["A"], n["R"]))
    for col, w in zip("ABCDEFG", [10, 50, 50, 28, 9, 6, 45]):
        ws.column_dimensions[col].width = w
    wb.save(path)


def build_nescol(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = NESCOL_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Response to the Education Scotland progress visit report published on 29 April 2025"
    for i, (k, v) in enumerate([("Date of progress visit", "3 – 5 March 2025"),
                                ("Report published", D(2025, 4, 29)),
                                ("Plan owner", "Vice Principal, Curriculum and Student Experience"),
                                ("Monitored by", "Learning and Teaching Committee of the Board of Management"),
                                ("Last updated", D(2025, 10, 15))], start=4):
        s.cell(i, 1, k).font = Font(bold=True)
        c = s.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "d mmmm yyyy"
    s["A10"] = "Status key"
    s["A10"].font = Font(bold=True)
    key = [("Complete", "Action finished and evidence of impact held"),
           ("On track", "Progressing to the agreed timescale"),
           ("Amber", "At risk – some slippage"),
           ("Red", "Behind schedule – escalated to the Executive Team"),
           ("Not started", "Not yet due to start")]
    for i, (k, v) in enumerate(key, start=11):
        s.cell(i, 1, k)
        s.cell(i, 2, v)
    s["A17"] = "Summary by status"
    s["A17"].font = Font(bold=True)
    statuses = [a[6] for _, areas in NESCOL for _, acts in areas for a in acts]
    for i, (k, _) in enumerate(key, start=18):
        s.cell(i, 1, k)
        s.cell(i, 2, statuses.count(k))
    s.cell(23, 1, "Total actions").font = Font(bold=True)
    s.cell(23, 2, len(statuses)).font = Font(bold=True)
    s.column_dimensions["A"].width = 26
    s.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = NESCOL_TITLE
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Updated 15 October 2025"
    heads = ["Theme", "Area for development", "Ref", "Action", "Responsibility", "Timescale",
             "Success measure", "Progress update", "Status"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
    sfill = {"Complete": "0070C0", "On track": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    r = 4
    for theme, areas in NESCOL:
        first_theme = True
        for area, acts in areas:
            first_area = True
            for ref, text, resp, when, measure, prog, status in acts:
                if first_theme:
                    ws.cell(r, 1, theme).font = Font(bold=True)
                if first_area:
                    ws.cell(r, 2, area)
                first_theme = first_area = False
                ws.cell(r, 3, ref)
                ws.cell(r, 4, text)
                ws.cell(r, 5, resp)
                c = ws.cell(r, 6, when)
                if isinstance(when, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                ws.cell(r, 7, measure)
                ws.cell(r, 8, prog if prog else None)
                c = ws.cell(r, 9, status)
                if status in sfill:
                    c.fill = PatternFill("solid", fgColor=sfill[status])
                for col in range(1, 10):
                    ws.cell(r, col).alignment = Alignment(wrap_text=True, vertical="top")
                r += 1
    for col, w in zip("ABCDEFGHI", [18, 40, 6, 48, 28, 14, 34, 40, 12]):
        ws.column_dimensions[col].width = w

    g = wb.create_sheet("Glossary")
    g["A1"], g["B1"] = "Term", "Meaning"
    for i, (k, v) in enumerate([("FE", "Further education"),
                                ("SIMD", "Scottish Index of Multiple Deprivation"),
                                ("VLE", "Virtual learning environment"),
                                ("MIS", "Management information systems")], start=2):
        g.cell(i, 1, k)
        g.cell(i, 2, v)
    wb.save(path)


def build_probation(path):
    ncol = 7
    rows = [[PROBATION_TITLE],
            ["Inspection fieldwork: 13–24 January 2025; report published: 10 April 2025"],
            ["Progress position: 30 September 2025"],
            [],
            ["Ref", "Recommendation / Action", "Agreed / Partly Agreed / Not Agreed", "Action Owner",
             "Target Date", "Status", "Progress Update"]]
    for section, recs in PROBATION:
        rows.append([section])
        for recno, rectext, agreed, actions in recs:
            rows.append([recno, rectext, agreed])
            for ref, text, owner, target, status, upd in actions:
                rows.append([ref, text, "", owner, target, status, upd])
    rows.append([])
    rows.append(["Status key: Complete; Green = on track; Amber = at risk; Red = off track"])
    n = sum(len(a) for _, recs in PROBATION for *_, a in recs)
    rows.append(["Total actions: %d" % n])
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (ncol - len(row)))


def build_hallfield(path):
    lines = [HALLFIELD_TITLE,
             "Approved by the Governing Board: 23 September 2025. Reviewed termly by the Standards and "
             "Curriculum Committee.",
             "",
             "Key: R = not started/behind; A = under way, some concerns; G = on track; B = complete",
             "",
             "\t".join(["No.", "Action", "Lead", "By when", "RAG", "Evaluation / next steps"])]
    for prio, acts in HALLFIELD:
        lines.append(prio)
        for a in acts:
            lines.append("\t".join(a))
        lines.append("")
    lines.append("Notes: actions rated R or A are reported to the Standards and Curriculum Committee each term. "
                 "Updated for the autumn term meeting, 4 November 2025.")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build_brixton(os.path.join(HERE, BRIXTON_FILE))
    build_whitgift(os.path.join(HERE, WHITGIFT_FILE))
    build_norfolk(os.path.join(HERE, NORFOLK_FILE))
    build_lincs(os.path.join(HERE, LINCS_FILE))
    build_nescol(os.path.join(HERE, NESCOL_FILE))
    build_probation(os.path.join(HERE, PROBATION_FILE))
    build_hallfield(os.path.join(HERE, HALLFIELD_FILE))
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
