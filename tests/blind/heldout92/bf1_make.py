"""bf1: seven blind cases (make the document files).

Run with /work/main/.venv/bin/python bf1_make.py (python-docx, openpyxl).
"""
import csv
import datetime as dt
import os

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
HDR = fill("1F3864")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------- 1 Merseyside Police PEEL AFI tracker (xlsx)
def merseyside():
    wb = Workbook()
    ws = wb.active
    ws.title = "PEEL AFI Tracker"
    ws["A1"] = "Merseyside Police – HMICFRS PEEL 2023–25 Inspection: Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Owner: Strategic Planning & Organisational Performance   |   Reported to: Force Performance Board   |   Last updated: 14/03/2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["AFI No.", "Area for improvement (HMICFRS)", "Action ref", "Action", "Action owner",
           "Target date", "Revised target date", "RAG", "Progress update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HDR
        cell.alignment = WRAP
        cell.border = BOX
    rows = [
        ("S", "Responding to the public"),
        ("A", "AFI 1", "The force should make sure it answers non-emergency (101) calls promptly and that fewer callers disengage before their call is answered.",
         "1a", "Review contact centre shift pattern against the 101 demand profile and implement a revised rota following staff consultation.",
         "Head of Contact Centre", D(2024, 9, 30), D(2025, 1, 31), "Complete",
         "New rota went live 6 January 2025. 101 abandonment rate down from 31% to 14% in February."),
        ("A", None, None,
         "1b", "Introduce a call-back facility for 101 and promote online reporting through Single Online Home to reduce call demand.",
         "Ch Insp J. Rimmer", D(2025, 3, 31), None, "Green",
         "Call-back tested in February; full launch planned for 24 March. Online reporting campaign running on social media."),
        ("S", "Investigating crime"),
        ("A", "AFI 2", "The force should make sure that investigations are effectively supervised and that supervisory reviews are recorded on crime records.",
         "2a", "Refresh the investigation supervision policy and introduce a mandatory supervisory review template on Niche.",
         "DCI L. Moran / DS K. Alder", D(2024, 10, 31), None, "Complete",
         "Policy published on the intranet 28/10/24. Template mandatory from 1 November 2024."),
        ("A", None, None,
         "2b", "Carry out a dip-sample audit of 100 crimes per command area each quarter and report results to Crime Performance Board.",
         "Force Crime Registrar", "Quarterly", None, "Green",
         "Q3 audit complete: 78% of records had a recorded supervisory review (Q2: 61%)."),
        ("A", "AFI 3", "The force should make sure it records a rationale when it closes a crime because the victim does not support further police action (outcome 16).",
         "3a", "Amend the Niche outcome workflow so that outcome 16 cannot be finalised without a victim-focused rationale.",
         "Head of Crime Standards", D(2025, 6, 30), None, "Amber",
         "Change request with the Niche supplier. Testing slot not yet confirmed, so June date at risk."),
        ("S", "Protecting vulnerable people"),
        ("A", "AFI 4", "The force should improve how it manages registered sex offenders, so that home visits and risk assessments are completed on time.",
         "4a", "Recruit additional MOSOVO officers to bring caseloads in line with national guidance.",
         "D/Supt Public Protection", D(2024, 12, 31), D(2025, 4, 30), "Red",
         "Four of six posts filled. Two candidates withdrew after vetting; re-advertised. Caseloads still above guidance."),
        ("A", None, None,
         "4b", "Clear the backlog of overdue ARMS assessments and introduce weekly performance monitoring by the MOSOVO DI.",
         "DI M. Quayle", D(2025, 5, 31), None, "Amber",
         "Backlog reduced from 212 to 97 overdue assessments. Weekly report in place since January."),
        ("S", "Building, supporting and protecting the workforce"),
        ("A", "AFI 5", "The force should make sure it understands the wellbeing needs of its workforce, including those of officers and staff in high-risk roles.",
         "5a", "Roll out annual psychological screening for officers and staff in high-risk roles (PPU, online CSE and digital forensics).",
         "Head of People Services; Force Welfare Lead", "Sept 2025", None, "Not started",
         "Provider procurement to begin April 2025."),
    ]
    r = 5
    for row in rows:
        if row[0] == "S":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, afi, afitext, ref, action, owner, tgt, rev, rag, upd = row
        vals = [afi, afitext, ref, action, owner, tgt, rev, rag, upd]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        ragcell = ws.cell(r, 8)
        ragcell.fill = fill({"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}.get(rag, "FFFFFF"))
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key:").font = Font(bold=True)
    ws.cell(r + 1, 1, "Blue / Complete – action complete and evidenced")
    ws.cell(r + 2, 1, "Green – on track to meet target date")
    ws.cell(r + 3, 1, "Amber – at risk of slipping; mitigation in place")
    ws.cell(r + 4, 1, "Red – off track or past target date")
    for col, w in zip("ABCDEFGHI", [9, 45, 8, 50, 24, 13, 13, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "bf1-merseyside-police-peel-afi-tracker.xlsx"))


# ---------------------------------------------------------------- 2 University of Sunderland apprenticeships PIAP (xlsx)
def sunderland():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "University of Sunderland – Apprenticeships Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection of apprenticeship provision, 5–8 March 2024 (report published 16 April 2024)"
    ws["A3"] = "Version 1.3   Owner: Director of Apprenticeships   Reviewed: Apprenticeship Quality Board, 11/11/2024"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Ref", "What does the provider need to do to improve? (Ofsted)", "Action", "Responsible",
           "Success measure / impact", "Timescale", "RAG", "Commentary (November 2024)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C8102E")
        cell.alignment = WRAP
        cell.border = BOX
    afis = [
        ("1. Leaders should ensure that apprentices' off-the-job training is planned and recorded accurately so that all apprentices receive their full entitlement.", [
            ("1.1", "Introduce a monthly reconciliation of off-the-job hours between Aptem and timetabled teaching, with exceptions reported to programme leaders.",
             "Head of Apprenticeship Compliance", "All apprentices on track for OTJ hours at monthly review", D(2024, 10, 31), GREEN,
             "Reconciliation running since September; first exception report issued 4 October."),
            ("1.2", "Train all workplace tutors on recording off-the-job activity, including employer-led training.",
             "AR / LT", "100% of tutors trained; audit shows OTJ logs complete", "Autumn term 2024", AMBER,
             "38 of 52 tutors trained. Final two sessions booked for December."),
        ]),
        ("2. Leaders and managers should ensure that tutors check what apprentices already know at the start of their programme and use this to plan their learning.", [
            ("2.1", "Redesign initial assessment and skills scan for all standards, to include a professional discussion with the employer.",
             "Programme Leaders (Nursing, Digital, Management)", "Skills scan in place for every standard; prior learning adjusts content and duration", D(2025, 1, 31), AMBER,
             "New skills scan approved for Digital and Management; Nursing version with NMC link tutor."),
            ("2.2", "Quality review of 10% of individual learning plans each term to check that prior learning has adjusted content and duration.",
             "Apprenticeship Quality Manager", "Sample findings reported to Quality Board", "Termly", AMBER,
             "First sample (n=41) completed. 9 plans returned to tutors for amendment."),
        ]),
        ("3. Leaders should ensure that apprentices receive timely and useful feedback on their work that helps them to improve.", [
            ("3.1", "Set and monitor a 15 working day turnaround for feedback on submitted work in Aptem.",
             "Head of Academic Delivery", "95% of feedback returned within 15 working days", "Summer term 2025", RED,
             "Aptem report not yet able to show turnaround times; workaround being built with the supplier."),
            ("3.2", "Deliver CPD on developmental feedback for all apprenticeship teaching staff.",
             "Educational Development Team", "Feedback quality improves in observation and sampling", "June 2025", AMBER,
             "CPD session designed; scheduled for the January staff development week."),
        ]),
        ("4. Leaders should improve the careers information, advice and guidance that apprentices receive about their next steps.", [
            ("4.1", "Embed a careers review into the final progress review before gateway, delivered with the University Careers and Employability Service.",
             "Careers and Employability Manager", "All apprentices at gateway have a recorded careers review", "Ongoing", None,
             "To be piloted with Level 6 Chartered Manager apprentices from February 2025."),
        ]),
    ]
    r = 6
    for afitext, acts in afis:
        start = r
        for ref, action, resp, measure, when, rag, comm in acts:
            vals = [ref, afitext if r == start else None, action, resp, measure, when, None, comm]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            if rag:
                ws.cell(r, 7).fill = fill(rag)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for i, (col, txt) in enumerate([(GREEN, "Completed"), (AMBER, "In progress"), (RED, "Behind schedule / at risk")], 1):
        ws.cell(r + i, 1).fill = fill(col)
        ws.cell(r + i, 2, txt)
    for col, w in zip("ABCDEFGH", [6, 48, 50, 26, 34, 16, 7, 48]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "bf1-university-of-sunderland-ofsted-apprenticeships-piap.xlsx"))


# ---------------------------------------------------------------- 3 Ayrshire College progress visit action plan (xlsx, refuse)
def ayrshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Ayrshire College – Education Scotland Progress Visit: Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress visit November 2023. Update for Learning, Teaching and Quality Committee – 21 January 2025"
    hdr = ["Ref", "Area for development", "Action", "Lead", "Target date", "Status", "Update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("T", "Theme 1: Learning, teaching and assessment"),
        ("1.1", "The college should ensure that learners on full-time programmes receive regular, recorded progress reviews.",
         "Introduce a standard progress review window in weeks 8, 18 and 28 for all full-time courses, recorded in the learner portal.",
         "Head of Quality Enhancement", D(2024, 6, 30), "Complete", "Review windows in place from August 2024; 91% of learners reviewed in the October window."),
        ("1.2", None,
         "Provide guidance and a short briefing for curriculum managers on using review data to identify learners at risk of withdrawal.",
         "AMcL / RB", "Dec 2024", "On track", "Briefings delivered at Kilwinning and Ayr campuses; Kilmarnock session rescheduled."),
        ("T", "Theme 2: Outcomes and impact"),
        ("2.1", "The college should continue to improve successful completion rates on full-time further education programmes, particularly in engineering.",
         "Put in place course improvement plans for every FE engineering course with a successful completion rate below 60%.",
         "Vice Principal Curriculum", "Novmber 2024", "Amber", "Plans in place for 5 of 7 courses; two awaiting sign-off by the curriculum head."),
        ("2.2", None,
         "Extend the early withdrawal tracker to all part-time engineering courses and review it at monthly curriculum meetings.",
         "Head of Engineering", D(2025, 3, 31), "On track", "Tracker extended in December. First monthly review held 14 January."),
        ("T", "Theme 3: Learner engagement"),
        ("3.1", "The college should strengthen how class representatives are supported to gather and feed back learners' views.",
         "Deliver class rep training with the Students' Association at the start of each block.",
         "Students' Association President; Learner Engagement Officer", "Ongoing", "On track", "72 class reps trained in semester 1."),
        ("3.2", None,
         "Publish 'You said, we did' updates on each campus every term.",
         "Learner Engagement Officer", D(2025, 6, 30), "Not started", "First update planned for February 2025."),
    ]
    r = 5
    for row in rows:
        if row[0] == "T":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        r += 1
    for col, w in zip("ABCDEFG", [6, 45, 50, 26, 14, 12, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "bf1-ayrshire-college-education-scotland-progress-visit-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def header_row(table, labels, col="D9D9D9"):
    for i, h in enumerate(labels):
        c = table.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        shade(c, col)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------- 4 Robert Gordon University ELIR action plan (docx)
def rgu():
    doc = docx.Document()
    landscape(doc)
    doc.add_heading("Robert Gordon University: Enhancement-led Institutional Review (ELIR) Action Plan", 0)
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "2.0"), ("Date", "October 2024"),
                                ("Owner", "Vice-Principal (Academic Development and Student Experience)"),
                                ("Approved by", "Academic Council, 23 October 2024")]):
        dc.rows[i].cells[0].text = k
        dc.rows[i].cells[1].text = v
    doc.add_paragraph()
    doc.add_paragraph(
        "The QAA Scotland ELIR report (published June 2023) found that the University has effective arrangements "
        "for managing academic standards and the student learning experience. The report identified five areas "
        "for development. This plan sets out the University's response and is reported to Academic Council twice "
        "a year. Status is shown as R/A/G/B (see key at the end of the plan).")
    areas = [
        ("Area for development 1: Student representation at school level", [
            ("1a", "Review the school-level student representation structure with RGU:Union and agree a consistent model for all schools.",
             "Head of Student Life; RGU:Union President", "December 2024", "Model agreed at Student Experience Committee in November. Roll-out to schools from January.", "B"),
            ("1b", "Provide training for school and course representatives at the start of each academic year.",
             "RGU:Union Representation Coordinator", "Ongoing", "Training delivered to 186 reps in September/October 2024.", "G"),
        ]),
        ("Area for development 2: Consistency of feedback on assessment", [
            ("2a", "Revise the Assessment and Feedback Policy to set a 20 working day maximum for return of feedback and a minimum standard for feedforward.",
             "Vice-Principal (Academic Development and Student Experience)", "By 31 July 2025", "Draft policy out for consultation with schools. Union response received.", "G"),
            ("2b", "Add feedback turnaround reporting to the annual course appraisal template.",
             "Head of Quality Enhancement", "June 2025", "Template change agreed; reporting field requires change to CampusMoodle extract.", "A"),
        ]),
        ("Area for development 3: Support for postgraduate research students who teach", [
            ("3a", "Make completion of the 'Introduction to Learning and Teaching' module a requirement before PGR students teach or mark.",
             "Dean of the Graduate School", "September 2024", "Requirement in place for session 2024/25; 47 PGR students completed the module.", "B"),
            ("3b", "Monitor the number of teaching hours undertaken by PGR students through the annual supervisory review.",
             "DS / KM", "March 2025", "Question added to the annual review form; first returns due March.", "G"),
        ]),
        ("Area for development 4: Use of data in course monitoring", [
            ("4a", "Provide course leaders with a Power BI dashboard of continuation, attainment and NSS data broken down by student characteristics.",
             "Director of Planning", "January 2025", "Dashboard built but access permissions delayed by the data protection impact assessment.", "R"),
        ]),
        ("Area for development 5: Evaluating the impact of enhancement activity", [
            ("5a", "Develop an evaluation framework for University-funded enhancement projects, with outcomes reported annually to Academic Council.",
             "Head of the Graduate School / Head of Quality Enhancement", "March 2026", "Not yet started; scoping meeting arranged for February.", ""),
        ]),
    ]
    for head, acts in areas:
        doc.add_heading(head, 2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["No.", "Action", "Lead", "Timescale", "Progress to date", "Status"])
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
        doc.add_paragraph()
    doc.add_heading("Status key", 3)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage; recoverable"), ("R", "Significant delay")]):
        key.rows[i].cells[0].text = k
        key.rows[i].cells[1].text = v
    doc.save(os.path.join(HERE, "bf1-robert-gordon-university-qaa-elir-action-plan.docx"))


# ---------------------------------------------------------------- 5 HMYOI Feltham HMIP action plan (docx)
def feltham():
    doc = docx.Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Action Plan: HMYOI Feltham")
    r.bold = True
    r.font.size = Pt(18)
    for line in ["Action Plan Submitted: 12 September 2024",
                 "A Response to the HMIP Inspection: 3–14 June 2024",
                 "Report Published: 20 August 2024"]:
        doc.add_paragraph(line)
    doc.add_heading("INTRODUCTION", 2)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on conditions for and "
        "treatment of those in prison and young offender institutions. In response to the report, HMPPS is required "
        "to draft an action plan to address the recommendations. The action plan confirms whether recommendations "
        "are agreed, partly agreed or not agreed (see categorisations below). Where a recommendation is agreed or "
        "partly agreed, the plan sets out the specific steps, owner and timescale.")
    cat = doc.add_table(rows=4, cols=2)
    cat.style = "Table Grid"
    header_row(cat, ["Term", "Definition"])
    for i, (k, v) in enumerate([
            ("Agreed", "All of the recommendation is agreed with, can be achieved and is affordable."),
            ("Partly Agreed", "Only part of the recommendation is agreed with, is achievable, affordable and will be implemented."),
            ("Not Agreed", "The recommendation is not agreed and will not be implemented.")], 1):
        cat.rows[i].cells[0].text = k
        cat.rows[i].cells[1].text = v
    doc.add_paragraph()
    doc.add_heading("ACTION PLAN", 2)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["No.", "Recommendation", "Agreed / Partly Agreed / Not Agreed",
                   "Response Action Taken/Planned", "Responsible Owner", "Target Date"], "BFBFBF")
    body = [
        ("S", "Priority concerns"),
        ("1", "Leaders should reduce the use of separation and make sure that children held apart from others have meaningful time out of cell every day.",
         "Agreed",
         "A daily separation review meeting chaired by the Head of Residence will agree an individual regime for each separated child.\n"
         "Separated children will receive a minimum of three hours out of cell each day, monitored through the daily regime log.",
         "Head of Residence", "31 December 2024"),
        ("2", "Leaders should make sure that children attend education and that fewer sessions are lost to staff shortages and regime curtailments.",
         "Partly Agreed",
         "An education attendance improvement plan will be agreed with the education provider, with weekly attendance reported to the Senior Leadership Team. "
         "Recruitment of 12 additional prison officers is under way to reduce regime curtailments. Attendance targets are dependent on staffing levels.",
         "Deputy Governor / Head of Reducing Reoffending", "31 March 2025"),
        ("3", "Leaders should make sure that use of force is proportionate and that all incidents are reviewed promptly, including body-worn camera footage.",
         "Agreed",
         "All use of force incidents will be reviewed within 72 hours by the Use of Force Coordinator. A monthly governance meeting will scrutinise trends, "
         "including by ethnicity, and body-worn camera compliance.",
         "Head of Safety", "October 2024"),
        ("S", "Key concerns"),
        ("4", "Leaders should make sure that complaints are answered on time and that responses address the issues children raise.",
         "Agreed",
         "Complaint responses will be quality assured by a functional head before issue, and timeliness reported monthly to the Governor.",
         "Business Hub Manager", "30 November 2024"),
        ("5", "Leaders should make sure that children can shower and use the telephone every day.",
         "Agreed",
         "Daily regime to be revised so that every unit has protected time for showers and phone calls; compliance checked during the orderly officer's daily rounds.",
         "Head of Residence", "Ongoing"),
        ("6", "Leaders should make sure that children's resettlement plans are completed before release and that accommodation is confirmed at least two weeks before release.",
         "Agreed",
         "The resettlement team will track all children due for release within 12 weeks at a weekly meeting with youth offending teams and the Youth Custody Service placement team.",
         "Head of Reducing Reoffending", "January 2025"),
    ]
    for row in body:
        cells = t.add_row().cells
        if row[0] == "S":
            m = cells[0].merge(cells[5])
            m.text = ""
            m.paragraphs[0].add_run(row[1]).bold = True
            shade(m, "E7E6E6")
            continue
        for i, v in enumerate(row):
            cells[i].text = v
    doc.save(os.path.join(HERE, "bf1-hmyoi-feltham-hmip-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 6 NHSBT internal audit recommendations tracker (csv)
def nhsbt():
    hdr = ["Audit Title", "Report Date", "Rec No", "Priority", "Recommendation", "Management Action",
           "Action Owner", "Original Due Date", "Revised Due Date", "RAG", "Latest Update"]
    rows = [
        ["Supplier Contract Management", "14/06/2024", "1", "High",
         "Contract managers should be formally assigned to all contracts over £100k and recorded in the contracts register.",
         "Contracts register to be updated with a named contract manager for every contract over £100k; gaps escalated to the Chief Financial Officer.",
         "Head of Procurement", "30/09/2024", "", "B",
         "Register updated and reviewed by Procurement Board on 18/09/2024. Evidence provided to internal audit."],
        ["Supplier Contract Management", "14/06/2024", "2", "Medium",
         "Supplier performance reviews should take place at the frequency set out in the contract.",
         "Quarterly KPI reviews to be scheduled for all tier 1 suppliers and minutes stored on the procurement SharePoint site.",
         "J. Okafor / P. Singh", "31/12/2024", "31/03/2025", "A",
         "Reviews held for 9 of 14 tier 1 suppliers. Remaining reviews booked for February and March."],
        ["Estates Statutory Compliance", "02/08/2024", "1", "High",
         "Fire risk assessments should be reviewed at all sites in line with the Fire Safety Policy.",
         "Commission overdue fire risk assessments for the Filton, Speke and Tooting sites and add review dates to the Estates planned maintenance system.",
         "Assistant Director – Estates & Facilities", "31/10/2024", "", "G",
         "Assessments for Filton and Speke complete. Tooting assessment booked for 27/01/2025."],
        ["Estates Statutory Compliance", "02/08/2024", "2", "Low",
         "Water hygiene logbooks should be completed consistently at donor centres.",
         "Issue a standard logbook template and include water hygiene checks in the quarterly site compliance self-assessment.",
         "Regional Facilities Managers", "31/01/2025", "", "G",
         "Template issued in December. First self-assessment returns due end of January."],
        ["Cyber Security - Patch Management", "20/09/2024", "1", "High",
         "Critical security patches should be applied within 14 days of release, with exceptions risk-assessed and approved.",
         "Introduce a monthly patch compliance report to the Digital Risk Group and an exceptions register approved by the CISO.",
         "Chief Information Security Officer", "30/11/2024", "28/02/2025", "R",
         "Compliance report in place but 23% of critical patches exceed 14 days on legacy laboratory systems. Exceptions register not yet approved."],
        ["Cyber Security - Patch Management", "20/09/2024", "2", "Medium",
         "Asset inventory should be reconciled to the endpoint management tool.",
         "Quarterly reconciliation of the asset inventory to Intune, with unmatched devices investigated.",
         "Head of IT Service Management", "31/03/2025", "", "G",
         "First reconciliation complete; 112 unmatched devices under investigation."],
        ["Payroll Overpayments", "08/11/2024", "1", "Medium",
         "Managers should be reminded to submit leaver forms before the payroll cut-off.",
         "Leaver process to be added to the managers' essentials training and monthly overpayment report shared with directorates.",
         "Head of Payroll and Pensions", "Q4 2024/25", "", "G",
         "Training content updated. First monthly report issued 10/01/2025."],
    ]
    path = os.path.join(HERE, "bf1-nhsbt-internal-audit-recommendations-tracker.csv")
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["NHS Blood and Transplant - Internal Audit Recommendations Tracker - Audit, Risk and Governance Committee January 2025"] + [""] * 10)
        w.writerow([""] * 11)
        w.writerow(hdr)
        for row in rows:
            w.writerow(row)
        w.writerow([""] * 11)
        w.writerow(["RAG: B = implemented and verified; G = on track; A = revised date agreed; R = overdue"] + [""] * 10)


# ---------------------------------------------------------------- 7 East Lothian Council Best Value improvement plan (txt, tab-separated)
def east_lothian():
    lines = [
        "East Lothian Council - Best Value Assurance Report 2023: Improvement Plan Progress Update",
        "Policy and Performance Review Committee, 4 March 2025",
        "",
        "\t".join(["Ref", "Accounts Commission recommendation", "Action", "Responsible officer", "Due date", "Progress", "RAG"]),
        "\t".join(["R1.1", "The council should set out how it will deliver its Council Plan priorities within the resources available, through a medium-term financial strategy linked to its transformation programme.",
                   "Refresh the Financial Strategy 2025-30 with savings linked to the transformation programme.",
                   "Head of Finance", "Feb-25", "Financial Strategy approved at council budget meeting, 25 February 2025.", "Complete"]),
        "\t".join(["R1.2", "", "Report transformation programme savings to Cabinet every quarter.",
                   "Head of Corporate Support", "Quarterly", "Q3 report considered in January. Savings of £1.9m delivered against £2.4m target.", "Amber"]),
        "\t".join(["R2.1", "The council should improve how it reports performance to elected members and the public, with clearer links between performance indicators and Council Plan outcomes.",
                   "Redesign the Council Plan performance framework and Top 50 indicators, with targets for each indicator.",
                   "Service Manager - Corporate Policy and Improvement", "Q1 2025/26", "Draft indicator set discussed at member workshop in January.", "Green"]),
        "\t".join(["R2.2", "", "Publish an interactive performance dashboard on the council website.",
                   "Team Manager - Policy & Partnerships", "By 30 September 2025", "Software options being assessed with IT.", "Green"]),
        "",
        "\t".join(["R3.1", "The council should further develop its approach to community engagement, so that communities are involved in shaping services and budget decisions.",
                   "Agree a Community Engagement Strategy with Connected Communities partners and area partnerships.",
                   "Head of Communities / Connected Communities Manager", "Jun-25", "Consultation on draft strategy closes 31 March.", "Green"]),
        "\t".join(["R3.2", "", "Pilot participatory budgeting for £150k of area partnership funding in Musselburgh and Tranent.",
                   "Connected Communities Manager", "Mar-25", "Musselburgh vote held in November; Tranent vote delayed to May because of venue availability.", "Red"]),
        "\t".join(["R4.1", "The council should make sure its workforce plan addresses recruitment and retention pressures in social work, teaching and construction trades.",
                   "Update the Workforce Plan 2023-27 with service-level action plans for hard-to-fill posts.",
                   "Head of Corporate Support", "Ongoing", "Service-level plans complete for Children's Services and Education; Property Maintenance plan in draft.", "Amber"]),
        "",
        "RAG status: Complete = action delivered; Green = on track; Amber = some slippage; Red = significant delay",
    ]
    with open(os.path.join(HERE, "bf1-east-lothian-council-best-value-improvement-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    merseyside()
    sunderland()
    ayrshire()
    rgu()
    feltham()
    nhsbt()
    east_lothian()
    print("made 7 files")
