"""Generator for the ed1- cases of heldout168 (run with /work/main/.venv/bin/python)."""
import csv
import datetime as dt
import os

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(OUT, name)


# ---------------------------------------------------------------------------
# 1. Shrewsbury Colleges Group - Ofsted post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def shrewsbury():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP 2023-24"
    ws["A1"] = "Shrewsbury Colleges Group – Post-Inspection Action Plan 2023/24"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Following the Ofsted inspection of 7–10 March 2023. Progress reviewed monthly by the "
                "Senior Leadership Team and termly by the Quality and Standards Committee.")
    hdr = ["Ref", "Action", "Lead", "Milestones / success measure", "Target date", "RAG",
           "Progress update (June 2023)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("AFI", "Area for improvement 1: Leaders should ensure that learners on study programmes who "
                "need to retake GCSE English and mathematics attend their lessons and make the progress "
                "of which they are capable."),
        ("1.1", "Introduce weekly attendance monitoring for GCSE English and maths resit classes, with "
                "personal tutors contacting learners after any unexplained absence.",
         "Head of English & Maths", "Resit attendance at 85% or above by October half term.",
         D(2023, 10, 31), "B",
         "Weekly reports in place from September. Attendance at resit classes is 87% at the end of "
         "October, up from 71% last year."),
        ("1.2", "Timetable English and maths lessons alongside vocational lessons so that learners do not "
                "have long gaps in their day.",
         "AP Curriculum & Quality", "All resit lessons timetabled next to vocational lessons for 2023/24.",
         D(2023, 9, 1), "G",
         "Timetabling principles agreed with heads of department; 2023/24 timetable being built on this "
         "basis."),
        ("1.3", "Track the progress of resit learners at each mock examination and put in place targeted "
                "small-group support for learners who are below their target grade.",
         "JM / SR", "Mock results analysed within two weeks; intervention groups running.",
         D(2024, 1, 31), "A",
         "November mocks analysed. Small-group sessions started for maths but staffing gaps have delayed "
         "the English groups."),
        ("AFI", "Area for improvement 2: Leaders should ensure that tutors on adult learning programmes "
                "check learners' understanding so that they remember key concepts over time."),
        ("2.1", "Deliver CPD on retrieval practice and questioning techniques for all adult learning tutors.",
         "Head of Adult Learning", "All tutors attend; observed practice shows use of retrieval.",
         D(2023, 12, 1), "G",
         "First two sessions delivered in September INSET; the final session is booked for December."),
        ("2.2", "Carry out learning walks in adult learning focusing on checking understanding and share "
                "the findings at the monthly quality meeting.",
         "Quality Manager (TLA)", "Learning walk schedule completed; themes reported monthly.",
         "Termly", "G",
         "Autumn term learning walks scheduled for weeks 6 and 11."),
        ("AFI", "Area for improvement 3: Leaders should ensure that all learners with high needs have clear, "
                "specific targets in their individual learning plans and that staff review these regularly."),
        ("3.1", "Rewrite individual learning plans for all learners with EHC plans so that their targets "
                "reflect the outcomes in the EHC plan.",
         "Head of Inclusion", "100% of ILPs rewritten and quality checked.",
         D(2023, 11, 30), "B",
         "All 64 ILPs rewritten and checked by the Inclusion team before the end of November."),
        ("3.2", "Train learning support assistants to record progress against ILP targets on ProMonitor "
                "after each session.",
         "KT", "All LSAs trained; records completed after each session.",
         D(2024, 2, 29), "A",
         "Training delivered to the Shrewsbury site LSAs. The remaining sites are to be trained in "
         "January."),
        ("3.3", "Audit a sample of 20 ILPs each half term and report the findings to the Quality and "
                "Standards Committee.",
         "Head of Inclusion / Quality Manager (TLA)", "Audit reports presented to each committee meeting.",
         D(2024, 3, 31), "R",
         "First audit not yet completed because of the vacancy in the Quality team."),
    ]
    r = 5
    for row in rows:
        if row[0] == "AFI":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = FILL["band"]
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32
        else:
            for col, v in enumerate(row, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.border = BOX
                c.alignment = WRAP
            if isinstance(row[4], dt.datetime):
                ws.cell(row=r, column=5).number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = FILL[row[5]]
            ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    # blank row, then the key
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B = Complete; G = On track; A = Some slippage, "
                                   "action in hand; R = Off track").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [7, 50, 22, 32, 11, 6, 50]):
        ws.column_dimensions[col].width = w
    wb.save(p("ed1-shrewsbury-colleges-group-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Oxford Brookes University - Ofsted ITE improvement plan (xlsx, month typo)
# ---------------------------------------------------------------------------
def oxford_brookes():
    wb = Workbook()
    ws = wb.active
    ws.title = "ITE Improvement Plan"
    ws["A1"] = ("Oxford Brookes University – Initial Teacher Education Improvement Plan following "
                "Ofsted inspection (June 2023)")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Updated: November 2023"
    hdr = ["No.", "Area for improvement", "Actions", "Responsibility", "By when",
           "Evidence of impact", "RAG rating"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = FILL["band"]
        cell.border = BOX
        cell.alignment = WRAP
    afi = {
        1: ("Leaders should ensure that the centre-based curriculum for primary trainees sets out "
            "precisely the subject knowledge that trainees need to teach early reading and "
            "mathematics."),
        2: ("Leaders should make sure that mentors in partnership schools understand the ITE curriculum "
            "well enough to link trainees' school experience to their centre-based training."),
        3: ("Leaders should refine the secondary curriculum so that trainees learn how to adapt their "
            "teaching for pupils with special educational needs and/or disabilities."),
        4: ("Leaders should strengthen the quality assurance of mentoring so that weaker mentoring is "
            "identified and improved quickly."),
    }
    layout = [
        ("phase", "Primary phase"),
        ("act", "1a", 1, "Map the early reading and mathematics sessions against the ITT Core Content "
                         "Framework and rewrite session plans where gaps are found.",
         "Primary Programme Lead", "September 2023", "Revised sequence in place for the 2023/24 cohort.", "Green"),
        ("act", "1b", None, "Introduce subject knowledge audits in phonics and mathematics at the start "
                            "and mid-point of the course.",
         "Primary Programme Lead / Maths Subject Lead", "January 2024",
         "Audit results show gaps closing between the two points.", "Amber"),
        ("act", "2a", 2, "Run mentor development sessions on the curriculum for each placement phase and "
                         "publish a mentor handbook linked to weekly training themes.",
         "Partnership Manager", "December 2023", "Attendance at sessions; mentor survey.", "Amber"),
        ("phase", "Secondary phase"),
        ("act", "3a", 3, "Add a sequence of SEND sessions to the secondary professional studies programme, "
                         "co-taught with SENCOs from partnership schools.",
         "Secondary Programme Lead", "November 2023", "Sessions delivered; trainee lesson plans show "
                                                     "adaptation.", "Green"),
        ("act", "3b", None, "Require each trainee to complete a case study of a pupil with SEND during "
                            "their second placement.",
         "Secondary Programme Lead", "Febuary 2024", "Case studies moderated by the SEND lead.", "Red"),
        ("act", "4a", 4, "Introduce joint observations of mentor meetings by link tutors and record "
                         "outcomes on the partnership QA log.",
         "Head of ITE", "March 2024", "QA log shows every mentor observed at least once.", "Amber"),
    ]
    r = 5
    start_of = {}
    for item in layout:
        if item[0] == "phase":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
        else:
            _, no, a, action, lead, when, evid, rag = item
            vals = [no, afi[a] if a else None, action, lead, when, evid, rag]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=7).fill = FILL[rag[0]]
            if a:
                start_of[a] = r
            else:
                prev = max(start_of.values())
                ws.merge_cells(start_row=prev, start_column=2, end_row=r, end_column=2)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Red – not started / at risk; Amber – in progress; "
                                   "Green – achieved").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [6, 45, 50, 26, 15, 36, 11]):
        ws.column_dimensions[col].width = w
    wb.save(p("ed1-oxford-brookes-university-ofsted-ite-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. NMC - action plan in response to the PSA performance review (xlsx)
# ---------------------------------------------------------------------------
def nmc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Nursing and Midwifery Council – Action plan in response to the PSA Performance Review 2022/23"
    ws["A1"].font = Font(bold=True, size=13)
    meta = [("Owner:", "Director of Governance"), ("Version:", "0.4"),
            ("Last updated:", D(2024, 4, 12)), ("Status:", "Approved by Executive Board")]
    for i, (k, v) in enumerate(meta, 2):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = ws.cell(row=i, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
    hdr = ["Ref", "Action", "Executive lead", "Original due date", "Revised due date", "Status",
           "Progress update (April 2024)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=7, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("H", "Standard 3: Equality, diversity and inclusion – the regulator understands the diversity of "
              "its registrants and their patients and service users"),
        ("3.1", "Publish an EDI data report covering registrants' protected characteristics and referral "
                "rates into fitness to practise.",
         "Executive Director, Strategy and Insight", D(2023, 12, 31), D(2024, 3, 31), "Complete",
         "Report published on 28 March 2024 and discussed at the Council meeting in March."),
        ("3.2", "Carry out equality impact assessments on all policy changes considered by the Executive "
                "Board and record them in the EqIA register.",
         "Head of EDI", D(2024, 6, 30), None, "On track",
         "EqIA template revised. Register set up and 14 assessments logged since January."),
        ("H", "Standard 15: Fitness to practise – cases are dealt with as quickly as is consistent with a "
              "fair resolution"),
        ("15.1", "Reduce the caseload at the investigation stage by recruiting additional case "
                 "investigators and introducing weekly case progression meetings.",
         "Executive Director, Professional Regulation", D(2024, 3, 31), D(2024, 9, 30), "Amber",
         "Twenty investigators recruited. Caseload has fallen by 9% but remains above the target of "
         "4,000 open cases, so the due date has been revised."),
        ("15.2", "Introduce a screening decision tool to close cases that do not raise a fitness to practise "
                 "concern within 4 weeks of referral.",
         "Director of Fitness to Practise", D(2024, 1, 31), None, "Complete",
         "Tool live since 15 January 2024. Median time to screening decision is now 23 days."),
        ("15.3", "Agree a plan with the NMC's external legal services provider to reduce "
                 "adjournments of substantive hearings.",
         "Director of Fitness to Practise", D(2024, 7, 31), None, "On track",
         "Adjournment reasons analysed for Q3 and Q4. Draft plan to be taken to the FtP Board in June."),
        ("15.4", "Publish quarterly timeliness data for each stage of the fitness to practise process on "
                 "the NMC website.",
         "Head of Performance and Insight", D(2024, 10, 31), None, "Not started",
         "Work is scheduled to begin once the new case management system reporting is in place."),
        ("H", "Standard 16: Fitness to practise – all parties are kept updated and supported"),
        ("16.1", "Appoint public support officers to keep referrers and witnesses updated at each stage "
                 "of their case.",
         "Director of Fitness to Practise", D(2023, 11, 30), None, "Complete",
         "Public Support Service fully staffed from November 2023."),
        ("16.2", "Review all standard letters to registrants under investigation with input from "
                 "the Nursing and Midwifery Council's Professional Forum.",
         "Head of Communications", D(2024, 5, 31), None, "On track",
         "Eighteen of the 42 letters have been reviewed and rewritten in plain English."),
    ]
    r = 8
    for row in rows:
        if row[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = FILL["band"]
            c.alignment = WRAP
        else:
            for col, v in enumerate(row, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            st = row[5]
            fill = {"Complete": "B", "On track": "G", "Amber": "A"}.get(st)
            if fill:
                ws.cell(row=r, column=6).fill = FILL[fill]
        r += 1
    for col, w in zip("ABCDEFG", [7, 55, 30, 13, 13, 12, 55]):
        ws.column_dimensions[col].width = w
    wb.save(p("ed1-nmc-psa-performance-review-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 4. Wyre Forest DC - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def wyre_forest():
    hdr = ["Audit", "Assurance", "Rec No", "Priority", "Recommendation", "Agreed Management Action",
           "Responsible Officer", "Original Implementation Date", "Revised Implementation Date",
           "% Complete", "RAG", "Latest Update"]
    rows = [
        ["Council Tax 2023-24", "Reasonable", "1", "Medium",
         "Single person discount reviews should be completed annually.",
         "A review of all single person discounts will be carried out using the data matching service and "
         "repeated each year.",
         "Revenues Manager", "31/03/2024", "30/06/2024", "75%", "Green",
         "Data matching exercise complete. 412 discounts removed; remaining cases under review."],
        ["Council Tax 2023-24", "Reasonable", "2", "Low",
         "Suspense account items should be cleared within one month.",
         "Suspense account to be reconciled monthly and items over 30 days reported to the Head of Service.",
         "Principal Revenues Officer", "31/01/2024", "", "100%", "Complete",
         "Monthly reconciliation in place since December 2023."],
        ["Procurement & Contract Management 2023-24", "Limited", "1", "High",
         "Contract Procedure Rules should be updated to reflect the Procurement Act 2023.",
         "Contract Procedure Rules to be rewritten and taken to Council for approval.",
         "Head of Legal & Democratic Services", "30/09/2024", "28/02/2025", "50%", "Amber",
         "Draft rules prepared. Approval deferred to February 2025 to follow the Act's revised go-live date."],
        ["Procurement & Contract Management 2023-24", "Limited", "2", "High",
         "The contracts register should be complete and published in line with the Transparency Code.",
         "All service areas to confirm their contracts over £5,000 and the register to be published "
         "quarterly.",
         "Procurement Officer / Principal Accountant", "31/07/2024", "", "60%", "Amber",
         "Returns received from 7 of 10 service areas. Chased at CLT in August."],
        ["Procurement & Contract Management 2023-24", "Limited", "3", "Medium",
         "Waivers of Contract Procedure Rules should be recorded centrally.",
         "A central waiver log will be set up on SharePoint and reviewed by the Monitoring Officer each "
         "quarter.",
         "Head of Legal & Democratic Services", "30/06/2024", "", "100%", "Complete",
         "Waiver log live from June 2024."],
        ["Cyber Security 2023-24", "Reasonable", "1", "High",
         "Multi-factor authentication should be enabled for all remote access accounts.",
         "MFA to be rolled out to all remaining staff and member accounts.",
         "ICT Manager", "31/05/2024", "", "90%", "Green",
         "All staff accounts enabled. Five member accounts outstanding; members contacted directly."],
        ["Cyber Security 2023-24", "Reasonable", "2", "Medium",
         "Cyber incident response plan should be tested.",
         "Carry out a table-top exercise using the LGA cyber exercise pack.",
         "ICT Manager; Emergency Planning Officer", "31/08/2024", "", "10%", "Red",
         "Exercise not yet scheduled due to ICT staff vacancies. Now planned for October."],
        ["Health & Safety 2022-23", "Limited", "4", "High",
         "Lone working risk assessments should be completed for all relevant roles.",
         "Managers to complete lone working risk assessments and upload to the H&S system.",
         "Corporate Director: Economic Prosperity & Place", "31/12/2023", "31/10/2024", "80%", "Green",
         "Assessments completed for 34 of 41 roles. Remaining roles are in the Civic Centre facilities team."],
        ["Health & Safety 2022-23", "Limited", "5", "Medium",
         "Fire warden training records should be kept up to date.",
         "Training matrix to be maintained by HR and refresher training booked for all fire wardens.",
         "HR Business Partner", "31/03/2024", "", "0%", "Red",
         "No progress reported this quarter."],
    ]
    with open(p("ed1-wyre-forest-dc-internal-audit-recommendations-tracker.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Wyre Forest District Council - Internal Audit Recommendations Tracker - "
                    "Audit Committee 16 September 2024"] + [""] * 11)
        w.writerow([""] * 12)
        w.writerow(hdr)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 5. Bell Baxter High School - Education Scotland action plan (txt)
# ---------------------------------------------------------------------------
BELL = """BELL BAXTER HIGH SCHOOL, CUPAR
Action Plan following Education Scotland Inspection (report published 12 September 2023)

This plan sets out how the school will address the areas for improvement agreed with HM Inspectors.
It was prepared by the senior leadership team with Fife Council Education Service and shared with
the Parent Council in October 2023. Progress is reviewed at SLT meetings every four weeks.

Area for improvement 1: Continue to raise attainment in literacy and numeracy in the broad general education.

1.1  Action:    Introduce a whole-school reading strategy in S1 and S2, with a weekly reading period
                and reading ages tested at the start and end of each session.
     Lead:      PT English / PT Support for Learning
     Timescale: October - December 2023
     Status:    Complete
     Progress:  Reading period running in all S1 and S2 classes since November. Baseline reading
                ages recorded for 98% of learners.

1.2  Action:    Moderate teacher judgements of achievement of a level in numeracy with associated
                primary schools.
     Lead:      DHT (Curriculum)
     Timescale: By end of March 2024
     Status:    On track
     Progress:  Two cluster moderation sessions held. Third session planned for the February in-service day.

1.3  Action:    Track learners' progress in literacy and numeracy at three points in the year and plan
                targeted support for those not on track.
     Lead:      Mrs A. Gray (DHT)
     Timescale: Ongoing
     Status:    Amber
     Progress:  Tracking points agreed. The new tracking system is not yet in use in all departments.

Area for improvement 2: Develop further approaches to learning and teaching to ensure consistently high-quality experiences for all learners.

2.1  Action:    Agree a Bell Baxter learning and teaching standard with staff and learners, and
                share it with parents.
     Lead:      HT
     Timescale: December 2023
     Status:    Complete
     Progress:  Standard agreed at the November in-service day and published on the school website.

2.2  Action:    Establish practitioner enquiry groups on differentiation and feedback, with every
                teacher taking part in one group.
     Lead:      DHT (Learning & Teaching)
     Timescale: May 2024
     Status:    On track
     Progress:  Six groups formed. Interim findings to be shared at the March staff meeting.

2.3  Action:    Carry out a programme of learning visits focused on the agreed standard and give
                staff written feedback.
     Lead:      SLT link officers
     Timescale: January - June 2024
     Status:    Not started
     Progress:  Visit calendar being drawn up.

Area for improvement 3: Improve the use of data to support young people in the senior phase to achieve qualifications that match their potential.

3.1  Action:    Introduce termly tracking meetings between Principal Teachers and pupil support
                staff for all S4 to S6 learners.
     Lead:      DHT (Senior Phase) / PT Pupil Support
     Timescale: 31/01/2024
     Status:    On track
     Progress:  First round of meetings completed in November. Mentoring offered to 46 learners.

Status key: Complete | On track | Amber - some delay | Red - significant delay | Not started
"""


def bell_baxter():
    with open(p("ed1-bell-baxter-high-school-education-scotland-inspection-action-plan.txt"), "w",
              encoding="utf-8") as f:
        f.write(BELL)


# ---------------------------------------------------------------------------
# 6. St David's Hospice Care - HIW improvement plan (docx)
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        run = par.add_run(line)
        run.bold = bold


def st_davids():
    doc = Document()
    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("Service: St David's Hospice Care – In-Patient Unit, Newport")
    doc.add_paragraph("Date of inspection: 14 and 15 November 2023")
    doc.add_paragraph(
        "The table below includes any other improvements identified during the inspection where we "
        "require the service to complete an improvement plan telling us about the actions they are "
        "taking to address these areas.")
    doc.add_paragraph("Immediate improvement plan: no immediate concerns were identified on this inspection.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Improvement needed", "Standard / Regulation", "Service action",
                                      "Responsible officer", "Timescale"]):
        set_cell(c, h, bold=True)
    data = [
        ("S", "Quality of the patient experience"),
        ("The registered person must ensure that patients' preferences for their care at the end of life "
         "are recorded and reviewed.",
         "Regulation 15",
         "Advance care planning section of the electronic record updated so that preferences must be "
         "completed at admission.\nMonthly audit of 10 records by the ward sister.",
         "Head of In-Patient Services", "31 January 2024"),
        ("The registered person should ensure that information about how to raise a concern is "
         "available in Welsh.",
         "Regulation 21; Standard 18",
         "Concerns leaflet and poster translated and displayed in all patient areas.",
         "Patient Experience Lead", "December 2023"),
        ("S", "Delivery of safe and effective care"),
        ("The registered person must ensure that the controlled drugs register is checked and signed by "
         "two registered nurses at each handover.",
         "Regulation 15(5)",
         "Reminder issued to all registered nurses. Spot checks of the CD register added to the weekly "
         "governance checklist.",
         "Ward Manager", "Immediate and ongoing"),
        ("The registered person must ensure that staff complete mandatory infection prevention and control "
         "training.",
         "Regulation 21(2)",
         "Staff with lapsed training contacted and booked onto January sessions.\nCompliance reported "
         "to the Quality and Safety Committee.",
         "Ward Manager / Practice Development Nurse", "End of February 2024"),
        ("The registered person should ensure that the clinical room is kept locked when not in use.",
         "Regulation 26",
         "Keypad lock fitted to the clinical room door.",
         "Estates Manager", "30/11/2023"),
        ("S", "Quality of management and leadership"),
        ("The registered person must ensure that staff receive an annual appraisal.",
         "Regulation 20(2)(a)",
         "Appraisal schedule set for all in-patient unit staff; appraisals to be completed by line "
         "managers and recorded on the HR system.",
         "Director of Patient Care", "March 2024"),
        ("The registered person should ensure that the outcome of incident investigations is shared with "
         "staff.",
         "Regulation 19",
         "Lessons learned bulletin to be issued after each investigation and discussed at team "
         "meetings.",
         "Head of Quality and Governance", "Quarterly"),
    ]
    for row in data:
        cells = t.add_row().cells
        if row[0] == "S":
            m = cells[0].merge(cells[4])
            set_cell(m, row[1], bold=True)
        else:
            for c, v in zip(cells, row):
                set_cell(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who "
                      "has overall responsibility and accountability for ensuring the improvement plan "
                      "is actioned.")
    doc.add_paragraph("Service representative")
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for r, (k, v) in enumerate([("Name (print):", "R. Hughes"), ("Job role:", "Chief Executive"),
                                ("Date:", "20 December 2023")]):
        set_cell(s.rows[r].cells[0], k, bold=True)
        set_cell(s.rows[r].cells[1], v)
    doc.save(p("ed1-st-davids-hospice-care-hiw-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Southern HSC Trust - RQIA Daisy Hill Hospital QIP (docx)
# ---------------------------------------------------------------------------
def southern():
    doc = Document()
    doc.add_heading("Quality Improvement Plan", level=1)
    doc.add_paragraph("Southern Health and Social Care Trust")
    doc.add_paragraph("Unannounced inspection – Daisy Hill Hospital, Newry: Ward 1A (Medicine) and the "
                      "Emergency Department, 18–20 September 2023")
    doc.add_paragraph("The areas for improvement identified during this inspection are detailed in the QIP "
                      "below. The Trust should return the completed QIP to RQIA within 28 days.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Area for improvement", "Action to be taken by the Trust",
                                      "Responsible person", "To be completed by"]):
        set_cell(c, h, bold=True)
    data = [
        ("S", "Is care safe?"),
        ("1", "The Trust should ensure that National Early Warning Scores are calculated correctly and "
              "escalated in line with the escalation protocol.",
         "NEWS2 e-learning refresher for all Ward 1A nursing staff.", "Ward Sister, Ward 1A",
         "31 December 2023"),
        (None, None,
         "Weekly NEWS2 documentation audit of 10 charts, with results displayed on the ward safety "
         "board.", "Ward Sister, Ward 1A", "Immediate and ongoing"),
        ("2", "The Trust should ensure that nurse staffing in the Emergency Department reflects the "
              "assessed acuity of patients.",
         "Complete a Telford review of ED staffing and submit a business case for additional "
         "registered nurse posts.", "Head of Service, Acute Medicine", "Q4 2023/24"),
        ("S", "Is care effective?"),
        ("3", "The Trust should ensure that patients' fluid balance charts are fully completed and totalled "
              "every 24 hours.",
         "Redesign of the fluid balance chart with a 24-hour total box.\nCompliance included in the monthly "
         "nursing quality indicators.", "Lead Nurse, Medicine", "February 2024"),
        ("4", "The Trust should ensure that patients who are nursed in the ED for more than 12 hours have "
              "their nutritional needs assessed.",
         "MUST screening added to the ED 12-hour care bundle.", "ED Manager / Dietetic Lead",
         "January 2024"),
        ("S", "Is care compassionate?"),
        ("5", "The Trust should ensure that patients' privacy and dignity are maintained when they are "
              "cared for on trolleys in ED corridors.",
         "Portable privacy screens purchased. Corridor care standard operating procedure to be agreed.",
         "ED Manager", "31/03/2024"),
        ("S", "Is the service well led?"),
        ("6", "The Trust should ensure that staff receive feedback and learning from incidents they report.",
         "Learning from incidents to be a standing item at ward safety briefs and the monthly "
         "governance meeting.", "Divisional Governance Lead", "Monthly"),
        ("7", "The Trust should ensure that mandatory training compliance on Ward 1A reaches the Trust "
              "target of 85%.",
         "Training trajectory agreed with each staff member at their supervision session.",
         "Ward Sister, Ward 1A", "June 2024"),
    ]
    prev_afi = None
    for row in data:
        cells = t.add_row().cells
        if row[0] == "S":
            m = cells[0].merge(cells[4])
            set_cell(m, row[1], bold=True)
            continue
        no, afi, action, lead, when = row
        if no is None:
            prev_afi[0].merge(cells[0])
            prev_afi[1].merge(cells[1])
        else:
            set_cell(cells[0], no)
            set_cell(cells[1], afi)
            prev_afi = (cells[0], cells[1])
        set_cell(cells[2], action)
        set_cell(cells[3], lead)
        set_cell(cells[4], when)
    doc.add_paragraph("")
    doc.add_paragraph("Name of person completing the QIP: Executive Director of Nursing, Midwifery and AHPs")
    doc.add_paragraph("Date completed: 16 October 2023")
    doc.save(p("ed1-southern-hsct-rqia-daisy-hill-hospital-unannounced-inspection-qip.docx"))


if __name__ == "__main__":
    shrewsbury()
    oxford_brookes()
    nmc()
    wyre_forest()
    bell_baxter()
    st_davids()
    southern()
