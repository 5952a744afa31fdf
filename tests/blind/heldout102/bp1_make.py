"""Generator for the bp1- cases of heldout102 (seven improvement-plan documents)."""
import csv
import datetime as dt
import os

from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(OUT, name)

GREEN = "FF00B050"
AMBER = "FFFFC000"
RED = "FFFF0000"
BLUE = "FF0070C0"
GREY = "FFD9D9D9"
thin = Side(style="thin", color="FF000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = True


# ---------------------------------------------------------------- 1. Highland BVAR (docx)
def highland():
    d = Document()
    d.add_heading("The Highland Council – Best Value Assurance Report (BVAR) Improvement Plan 2020-2023", 0)
    d.add_paragraph("Progress update to Council – 9 September 2021")
    d.add_paragraph(
        "The Best Value Assurance Report on the Council was published by the Accounts Commission on 23 January 2020. "
        "Council approved this improvement plan on 12 March 2020. The plan is structured around the areas for "
        "improvement identified by the Controller of Audit, and progress is reported to Council every six months.")
    vt = d.add_table(rows=1, cols=3)
    vt.style = "Table Grid"
    for c, h in zip(vt.rows[0].cells, ["Version", "Date", "Author"]):
        bold_cell(c, h)
    for row in [("1.0", "12/03/2020", "Corporate Performance Team"), ("1.3", "26/08/2021", "Corporate Performance Team")]:
        cells = vt.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph("")
    areas = [
        ("1. Financial sustainability",
         "The council should develop a medium-term financial plan that sets out how it will close the forecast budget gap and rebuild its reserves to the level set in its reserves strategy.",
         [("1.1", "Prepare and agree a three-year Medium Term Financial Plan (2021/22 to 2023/24) aligned to the Corporate Plan.",
           "Executive Chief Officer Resources and Finance", "March 2021",
           "MTFP agreed by Council on 4 March 2021 alongside the revenue budget.", "Complete"),
          ("1.2", "Set out a reserves strategy with a target level of unallocated general fund balance and report the position quarterly to Corporate Resources Committee.",
           "Head of Corporate Finance", "Quarterly",
           "Reserves strategy approved. Q1 position reported in August 2021; unallocated balance now above the 2% target.", "Green"),
          ("1.3", "Deliver the agreed transformation savings of £9.7m for 2021/22 and report delivery through the Redesign Board.",
           "Chief Executive / Executive Chief Officer Transformation", "31 March 2022",
           "£6.1m delivered or on track. Two workstreams delayed by the pandemic response and mitigations are being developed.", "Amber")]),
        ("2. Performance management and self-evaluation",
         "The council should strengthen its approach to self-evaluation and use benchmarking to set targets and report performance publicly.",
         [("2.1", "Introduce a corporate self-evaluation framework based on the Public Service Improvement Framework (PSIF) and roll it out to all services.",
           "Head of Performance and Governance", "Sept 2020 – June 2021",
           "PSIF self-assessments completed by four services; remaining services scheduled before the end of June.", "Green"),
          ("2.2", "Use family group benchmarking data to set targets for Corporate Plan performance indicators.",
           "Corporate Performance Manager", "Dec 2020",
           "Targets set and approved by Council in December 2020.", "Complete"),
          ("2.3", "Refresh service plans for all services with clear links to the Corporate Plan and publish them on the council website.",
           "Executive Chief Officers", "Ongoing",
           "2021/22 service plans published in June 2021.", "Green")]),
        ("3. Education performance",
         "The council should set out how it will improve attainment and close the poverty-related attainment gap, and report progress to the Education Committee.",
         [("3.1", "Agree an Education Improvement Plan with stretch aims for literacy and numeracy at P1, P4, P7 and S3.",
           "Executive Chief Officer Education and Learning", "August 2021",
           "Stretch aims submitted to Education Scotland. Plan to go to Education Committee in November 2021 following delay due to COVID-19.", "Amber"),
          ("3.2", "Report attainment data and progress against the Scottish Attainment Challenge to each Education Committee.",
           "Head of Education", "Each committee cycle",
           "Reported to every committee since May 2020.", "Green")]),
        ("4. Staff engagement",
         "The council should ensure that staff are engaged in the transformation programme and that budget holders are clear about what is expected of them.",
         [("4.1", "Run a programme of Chief Executive staff briefings and staff focus groups on the transformation programme.",
           "Head of Communications and Resilience", "Dec-21",
           "Online briefings held monthly; staff focus groups started in July 2021.", "Green"),
          ("4.2", "Provide budget holder training and issue budget holder responsibility statements.",
           "Head of Corporate Finance and Commercialism", "Oct 2021",
           "Training materials prepared; sessions moved to autumn because of year-end pressures.", "Amber")]),
    ]
    colours = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for head, rec, acts in areas:
        d.add_heading(head, 1)
        p = d.add_paragraph()
        p.add_run("BVAR recommendation").bold = True
        d.add_paragraph(rec).runs[0].italic = True
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Improvement action", "Lead officer", "Timescale", "Progress (September 2021)", "RAG"]):
            bold_cell(c, h)
            shade(c, "D9D9D9")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                c.text = v
            shade(cells[5], colours[a[5]])
        d.add_paragraph("")
    d.add_paragraph("RAG status: Complete – action delivered; Green – on track; Amber – some slippage, being managed; Red – significant risk to delivery.")
    d.save(P("bp1-highland-council-bvar-improvement-plan.docx"))


# ---------------------------------------------------------------- 2. Bangor QER (xlsx)
def bangor():
    wb = Workbook()
    ws = wb.active
    ws.title = "QER Action Plan"
    ws["A1"] = "Bangor University – Quality Enhancement Review (QER) 2019: Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update for Senate, June 2020"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "QAA Recommendation / Affirmation", "Action(s) to be taken", "Responsibility", "Target date",
           "Progress update (June 2020)", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF1F4E79")
        c.border = BOX
        c.alignment = WRAP
    r = 5

    def band(text):
        nonlocal r
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1

    status_fill = {"Complete": BLUE, "On track": GREEN, "Amber": AMBER, "Not started": None}

    def group(rec, acts):
        nonlocal r
        first = r
        for ref, action, resp, date, fmt, prog, st in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=resp)
            c = ws.cell(row=r, column=5, value=date)
            if fmt:
                c.number_format = fmt
            ws.cell(row=r, column=6, value=prog)
            s = ws.cell(row=r, column=7, value=st)
            if status_fill[st]:
                s.fill = fill(status_fill[st])
            for col in range(1, 8):
                ws.cell(row=r, column=col).border = BOX
                ws.cell(row=r, column=col).alignment = WRAP
            r += 1
        ws.cell(row=first, column=2, value=rec).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)

    band("Recommendations")
    group("Ensure that the outcomes of module evaluation are consistently reported back to students in a timely manner.", [
        ("1.1", "Introduce a 'You said, we did' summary for each module, published on Blackboard within four weeks of the end of the module.",
         "Director of Academic Quality", dt.datetime(2020, 1, 31), "mmm-yy",
         "Template introduced for semester 1 modules; 87% of modules published a summary.", "Complete"),
        ("1.2", "Monitor the closing of the feedback loop through Annual Monitoring and report exceptions to the Learning and Teaching Committee.",
         "Heads of School", dt.datetime(2020, 10, 31), "dd/mm/yyyy",
         "Added to the Annual Monitoring template for 2019/20 reports.", "On track")])
    group("Develop a more systematic approach to the oversight of academic standards in collaborative provision.", [
        ("2.1", "Review the Collaborative Provision Register and confirm a named link tutor for every partnership.",
         "Head of Collaborative Provision", dt.datetime(2020, 3, 31), "mmm-yy",
         "Register reviewed and link tutors confirmed for all 14 partnerships.", "Complete"),
        ("2.2", "Revise the Code of Practice for Collaborative Provision to set out the annual monitoring requirements for partners.",
         "Head of Collaborative Provision; Academic Registrar", dt.datetime(2020, 7, 31), "mmm-yy",
         "Delayed by COVID-19. Draft to go to Senate in October.", "Amber")])
    band("Affirmations")
    group("The steps being taken to develop a University-wide approach to student engagement in quality processes.", [
        ("A1.1", "Appoint student academic representatives at school level and provide training jointly with Undeb Bangor.",
         "Undeb Bangor / Academic Registrar", "Sept 2020", None,
         "Role descriptions agreed; training to be delivered online at the start of the new academic year.", "On track")])
    group("The University's plans to embed Welsh-medium provision across all Colleges.", [
        ("A2.1", "Implement the Welsh-medium Academic Plan 2020-23 with targets for each College.",
         "PVC (Welsh Language and Civic Engagement)", "July 2023", None,
         "Plan approved by Senate in May 2020; implementation from September.", "Not started")])
    r += 1
    ws.cell(row=r, column=1, value="Status key:").font = Font(bold=True)
    for i, (k, col) in enumerate([("Complete", BLUE), ("On track", GREEN), ("Amber", AMBER), ("Red", RED)]):
        c = ws.cell(row=r + 1 + i, column=1, value=k)
        c.fill = fill(col)
    ws.cell(row=r + 3, column=2, value="Some slippage – action being taken")
    ws.cell(row=r + 4, column=2, value="Off track – escalate to PVC Education")
    for col, w in zip("ABCDEFG", [7, 40, 50, 26, 12, 45, 12]):
        ws.column_dimensions[col].width = w
    wb.save(P("bp1-bangor-university-qaa-qer-action-plan.xlsx"))


# ---------------------------------------------------------------- 3. SQA internal audit (csv)
def sqa():
    rows = [
        ["Audit Report", "Rec Ref", "Recommendation", "Grade", "Agreed Management Action", "Action Owner",
         "Original Due Date", "Revised Due Date", "RAG Status", "Latest Update"],
        ["Business Continuity Planning 2023/24", "1", "Business impact analyses should be reviewed and updated for all directorates.", "Medium",
         "Directorate BIAs will be refreshed using the revised template and signed off by each Director.", "Head of Risk and Resilience",
         "31/03/2024", "30/09/2024", "Complete", "All BIAs signed off; evidence provided to internal audit in October 2024."],
        ["Business Continuity Planning 2023/24", "2", "The BCP testing programme should include a live exercise of the IT disaster recovery arrangements.", "High",
         "A live DR failover test of core qualification systems will be scheduled outside the exam diet.", "Head of IT Infrastructure",
         "31/12/2024", "", "Green", "Test scheduled for November 2024, after results day."],
        ["Procurement and Contract Management 2023/24", "1", "A contracts register should be maintained centrally and include contract end dates and owners.", "High",
         "Migrate the contracts register to the Public Contracts Scotland contract register module and assign an owner to every contract.", "Procurement Manager",
         "30/06/2024", "31/01/2025", "Amber", "Migration 70% complete. Owners still to be confirmed for 23 low-value contracts."],
        ["Procurement and Contract Management 2023/24", "2", "Waivers of procurement procedures should be reported to the Audit and Risk Committee.", "Medium",
         "Report a summary of procurement waivers to every Audit and Risk Committee meeting.", "Director of Finance",
         "Each ARC meeting", "", "Green", "Waiver summary included in the September 2024 ARC papers."],
        ["Payroll 2024/25", "1", "Leaver notifications should be received by Payroll before the final pay run.", "Medium",
         "Introduce an automated leaver notification from the HR system to Payroll and remind line managers of the deadline.", "HR Business Partner; Payroll Manager",
         "31/10/2024", "", "Complete", "Automated notification live from 1 October 2024."],
        ["Payroll 2024/25", "2", "Overtime claims should be approved by a budget holder before payment.", "Low",
         "Update the overtime claim form to require budget holder approval and spot-check 10 claims per month.", "Payroll Manager",
         "28/02/2025", "", "Not started", ""],
        ["Cyber Security 2024/25", "1", "All staff should complete mandatory cyber security training annually.", "High",
         "Mandatory cyber training to be tracked through the LMS with monthly completion reports to the Executive Management Team.", "Chief Information Security Officer",
         "31/03/2025", "", "Green", "Completion at 81% at end of November; reminders issued to managers."],
    ]
    with open(P("bp1-sqa-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 4. Grange Park Primary (txt)
def grange():
    L = []
    L.append("Grange Park Primary School – Post-Ofsted Action Plan 2023-24")
    L.append("Inspection dates: 14 and 15 June 2023      Overall effectiveness: Requires improvement")
    L.append("Plan agreed by the Full Governing Body: 12 July 2023. Reviewed each half term by the Standards Committee.")
    L.append("")
    pri = [
        ("Priority 1: Curriculum in the foundation subjects",
         "Leaders should ensure that the curriculum in some foundation subjects identifies the key knowledge pupils should learn and the order in which they should learn it.",
         [("1a", "Subject leaders to map the key knowledge and vocabulary for history, geography and DT from EYFS to Year 6.", "Subject leaders", "Autumn term 2023", "Complete"),
          ("1b", "Provide subject leader release time (half a day per half term) to monitor the sequencing of lessons.", "HT", "Termly", "Green"),
          ("1c", "Introduce end-of-unit quizzes in foundation subjects to check what pupils remember.", "DHT/Curriculum lead", "Spring term 2024", "Amber")]),
        ("Priority 2: Early reading",
         "Leaders should ensure that staff teaching phonics deliver the programme consistently so that the weakest readers catch up quickly.",
         [("2a", "All staff teaching phonics to complete the Little Wandle refresher training.", "English lead", "Sept 2023", "Complete"),
          ("2b", "Daily keep-up sessions for pupils identified in the half-termly phonics assessment.", "KS1 phase leader", "Ongoing", "Green"),
          ("2c", "Reading leader to carry out fortnightly phonics drop-ins and feed back to staff.", "Mrs J Clarke", "Summer term 2024", "Green")]),
        ("Priority 3: Attendance",
         "Leaders should continue to work with families to reduce the proportion of pupils who are persistently absent.",
         [("3a", "Attendance officer to make first-day calls and carry out home visits after three days' absence.", "Attendance officer", "Weekly", "Green"),
          ("3b", "Hold attendance support meetings with families of pupils below 90% attendance.", "HT and Attendance officer", "July 2024", "Amber")]),
    ]
    for head, afi, acts in pri:
        L.append(head)
        L.append("Area for improvement")
        L.append(afi)
        L.append("")
        L.append("Ref\tAction\tLead\tWhen\tRAG")
        for a in acts:
            L.append("\t".join(a))
        L.append("")
    L.append("RAG: Red – at risk; Amber – started, not yet secure; Green – on track; Complete – done and evidenced.")
    with open(P("bp1-grange-park-primary-post-ofsted-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------- 5. Cardiff and Vale UHB HIW (xlsx, month typo)
def cardiff():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    ws["A1"] = "Hospital Inspection (Unannounced) – Improvement plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Service: University Hospital of Wales – Emergency Unit"
    ws["A3"] = "Health board: Cardiff and Vale University Health Board"
    ws["A4"] = "Date of inspection: 12–14 March 2024"
    hdr = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale", "Progress", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("FFBDD7EE")
        c.border = BOX
    std = "Health and Care Quality Standards 2023"
    rows = [
        ("Quality of the patient experience",),
        ("The health board must ensure patients waiting in the ED waiting room have access to drinking water and regular offers of food.", std + " – Person centred",
         "Install a chilled water dispenser in the main waiting room and introduce two-hourly comfort rounds by the HCSW allocated to the waiting area.",
         "Lead Nurse, Emergency Unit", dt.datetime(2024, 6, 30), "dd/mm/yyyy", "Dispenser installed May 2024; comfort rounds audited weekly.", "Complete"),
        ("The health board must ensure patients' privacy and dignity is maintained when receiving care in corridor areas.", std + " – Person centred",
         "Provide mobile privacy screens for corridor bays and include dignity in the daily safety huddle.",
         "Directorate Nurse Manager", dt.datetime(2024, 7, 1), "mmm-yy", "Screens ordered; huddle template updated.", "Green"),
        ("Delivery of safe and effective care",),
        ("The health board must ensure that all patients have a timely sepsis screen and that this is documented.", std + " – Safe",
         "Audit sepsis screening compliance monthly and share results at the ED governance meeting.",
         "Consultant Lead for Quality and Safety", "Monthly", None, "April and May audits show 78% and 84% compliance.", "Green"),
        ("The health board must ensure that medicines are stored securely and that fridge temperatures are checked and recorded daily.", std + " – Safe",
         "Replace the Resus medication fridge lock and add fridge temperature checks to the daily nursing checklist.",
         "Senior Nurse / Pharmacy Lead", "Febuary 2025", None, "Checklist updated. New fridge on order through Estates.", "Amber"),
        ("The health board must ensure that all staff are up to date with mandatory paediatric life support training.", std + " – Safe",
         "Book outstanding staff onto PILS sessions and report compliance to the Directorate Quality and Safety Group.",
         "Clinical Nurse Educator", "Sept 2024", None, "Compliance 71% (target 85%). Additional sessions booked for July and August.", "Amber"),
        ("Quality of management and leadership",),
        ("The health board must ensure staff have opportunities to give feedback to senior leaders and are told what action has been taken.", std + " – Leadership",
         "Hold monthly 'Meet the Directorate' sessions and publish a 'You said, we did' board in the staff room.",
         "Directorate Manager; Clinical Director", dt.datetime(2024, 12, 31), "dd/mm/yyyy", "First two sessions held in April and May 2024.", "Green"),
    ]
    rag = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 7
    for row in rows:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = fill(GREY)
        else:
            imp, sd, act, resp, ts, fmt, prog, st = row
            for col, v in enumerate([imp, sd, act, resp, ts, prog, st], 1):
                c = ws.cell(row=r, column=col, value=v)
                c.border = BOX
                c.alignment = WRAP
            if fmt:
                ws.cell(row=r, column=5).number_format = fmt
            ws.cell(row=r, column=7).fill = fill(rag[st])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Service representative: Directorate Nurse Manager, Emergency Unit. Date: 24 June 2024")
    for col, w in zip("ABCDEFG", [45, 28, 50, 26, 14, 40, 10]):
        ws.column_dimensions[col].width = w
    wb.save(P("bp1-cardiff-vale-uhb-hiw-uhw-emergency-unit-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 6. GDC PSA (docx)
def gdc():
    d = Document()
    d.add_heading("General Dental Council – Professional Standards Authority Performance Review 2022/23: Action Plan", 0)
    d.add_paragraph(
        "The Professional Standards Authority (PSA) published its performance review of the GDC for 2022/23 in "
        "June 2023. The GDC met 15 of the 18 Standards of Good Regulation. This action plan sets out what we are "
        "doing in response to the areas for improvement identified by the PSA, and is reported to Council quarterly.")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "PSA finding", "Our action", "Owner", "Due", "Status"]):
        bold_cell(c, h)
        shade(c, "BFBFBF")
    groups = [
        ("Standard 3 – Equality, diversity and inclusion",
         "The GDC should improve the completeness of the diversity data it holds about its registrants.",
         [("1", "Launch a campaign at annual renewal encouraging dental professionals to update their EDI data in eGDC.", "Head of Registration", "July 2023", "Complete"),
          ("2", "Publish an annual EDI data report for the register.", "Head of Equality, Diversity and Inclusion", "Q4 2023/24", "On track")]),
        ("Standard 15 – Fitness to practise: timeliness",
         "The GDC needs to reduce the time taken to progress cases through the initial assessment and case examiner stages.",
         [("3", "Recruit additional case workers to the Initial Assessment team and clear cases older than 12 months.", "Director of Fitness to Practise", "March 2024", "Amber"),
          ("4", "Introduce weekly caseload reviews for all cases older than 52 weeks.", "Head of Case Examiners", "Ongoing", "On track")]),
        ("Standard 16 – Fitness to practise: decision making",
         "The GDC should ensure that case examiner decisions are consistently well reasoned and that the reasons are recorded.",
         [("5", "Deliver refresher training for case examiners on recording reasons, drawing on the findings of the quality assurance audit.", "Quality Assurance Manager", "End of September 2023", "Complete"),
          ("6", "Carry out a follow-up audit of 50 case examiner decisions and report to the Finance, Performance and Risk Committee.", "Head of Quality and Assurance", "Jan 2024", "Not started")]),
    ]
    for band, finding, acts in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        bold_cell(m, band)
        shade(m, "DEEAF6")
        first = None
        for a in acts:
            cells = t.add_row().cells
            cells[0].text = a[0]
            cells[2].text, cells[3].text, cells[4].text, cells[5].text = a[1], a[2], a[3], a[4]
            if first is None:
                first = cells[1]
                first.text = finding
            last = cells[1]
        first.merge(last)
    d.add_paragraph("")
    d.add_paragraph("Status key")
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for a, b in [("Complete", "Action delivered and evidenced"), ("On track", "Action progressing to the due date"),
                 ("Amber", "Risk to the due date; mitigation in place"), ("Red", "Due date will be missed"),
                 ("Not started", "Action not yet due to start")]:
        cells = k.add_row().cells
        cells[0].text, cells[1].text = a, b
    d.save(P("bp1-gdc-psa-performance-review-action-plan.docx"))


# ---------------------------------------------------------------- 7. Northern Regional College ETI QIP (xlsx)
def nrc():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP 2023-24"
    ws["A1"] = "Northern Regional College – Quality Improvement Plan following ETI Inspection (October 2023)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    hdr = ["Area for Improvement", "Ref", "Actions", "Person(s) responsible", "Timescale", "Success criteria", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("FFDDEBF7")
        c.border = BOX
        c.alignment = WRAP
    groups = [
        ("Improve the proportion of learners achieving their English and mathematics qualifications at level 2.", [
            ("1.1", "Introduce diagnostic assessment for all Essential Skills learners in the first three weeks of term.", "Head of Essential Skills", "Sept 2023 – Oct 2023", None,
             "All learners assessed and placed at the correct level by 20 October.", GREEN),
            ("1.2", "Track attendance at Essential Skills classes weekly and escalate learners below 85% to curriculum managers.", "Curriculum Managers", "Weekly", None,
             "Essential Skills attendance at or above 88%.", AMBER),
            ("1.3", "Share effective practice in numeracy teaching through the College's teaching and learning coaches.", "Teaching and Learning Coaches", dt.datetime(2024, 3, 31), "mmmm yyyy",
             "Coaching sessions delivered on each campus; observation grades improve.", AMBER)]),
        ("Ensure that work-based learning placements are monitored consistently across all campuses.", [
            ("2.1", "Implement a single placement monitoring record in the MIS for all Traineeship and apprenticeship learners.", "Head of Work Based Learning", dt.datetime(2024, 1, 31), "dd/mm/yyyy",
             "Monitoring record in use for 100% of placements.", GREEN),
            ("2.2", "Carry out joint placement visits by tutors and employer engagement officers at least once per term.", "WBL Co-ordinator", "Termly", None,
             "Every learner visited at least once a term; visit notes on MIS.", RED)]),
        ("Strengthen the use of learner voice in self-evaluation and quality improvement planning.", [
            ("3.1", "Hold termly learner forums in each curriculum area and record actions in the course SER.", "Student Services Manager", "June 2024", None,
             "Learner forum actions evident in every course SER.", AMBER),
            ("3.2", "Train class representatives with NUS-USI and include them in course review meetings.", "Student Services Manager / Students' Union President", "Nov-23", None,
             "Class reps trained and attending course reviews.", GREEN)]),
    ]
    r = 4
    for afi, acts in groups:
        first = r
        for ref, act, who, ts, fmt, sc, col in acts:
            for cidx, v in [(2, ref), (3, act), (4, who), (5, ts), (6, sc)]:
                ws.cell(row=r, column=cidx, value=v)
            if fmt:
                ws.cell(row=r, column=5).number_format = fmt
            ws.cell(row=r, column=7).fill = fill(col)
            for cidx in range(1, 8):
                ws.cell(row=r, column=cidx).border = BOX
                ws.cell(row=r, column=cidx).alignment = WRAP
            r += 1
        ws.cell(row=first, column=1, value=afi).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for i, (col, txt) in enumerate([(GREEN, "Green = completed"), (AMBER, "Amber = in progress, on track"), (RED, "Red = behind schedule")]):
        ws.cell(row=r + 1 + i, column=1, value=txt).fill = fill(col)
    for col, w in zip("ABCDEFG", [40, 6, 50, 28, 16, 40, 8]):
        ws.column_dimensions[col].width = w
    wb.save(P("bp1-northern-regional-college-eti-quality-improvement-plan.xlsx"))


if __name__ == "__main__":
    highland(); bangor(); sqa(); grange(); cardiff(); gdc(); nrc()
