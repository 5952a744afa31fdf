"""Generator for the dr1- cases of heldout156 (blind corpus)."""
import csv, datetime as dt, os
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "hdr": "1F3864",
    "theme": "D9E1F2", "grey": "EDEDED"}.items()}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row, i, n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["hdr"]
        c.alignment = WRAP
        c.border = BOX


# ---------------------------------------------------------------- 1 Nottingham College
def nottingham():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "Nottingham College – Post-Inspection Action Plan (Ofsted inspection, March 2024)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Update for Quality and Standards Committee – 14 November 2024"
    ws["A2"].font = Font(italic=True)
    cols = ["Ref", "Area for improvement (Ofsted report)", "Action", "Lead", "Target date",
            "Progress update", "RAG"]
    hdr(ws, 4, cols)
    for col, w in zip("ABCDEFG", [7, 40, 50, 24, 12, 55, 10]):
        ws.column_dimensions[col].width = w
    rows = [
        ("theme", "Quality of education"),
        ("1.1", "Leaders and managers should ensure that teachers of adult English for speakers of other languages (ESOL) courses plan learning that builds learners' spoken English securely over time.",
         "Review and re-sequence the ESOL curriculum at Entry 1–3 so that speaking and listening are planned explicitly each week.",
         "Head of ESOL", D(2024, 7, 31),
         "Revised schemes of work in place for all Entry levels from September 2024. Peer review in October found clear sequencing in 9 of 11 groups.", "Complete"),
        ("1.2", None,
         "Deliver a programme of CPD for ESOL teachers on developing learners' oral fluency, followed by developmental walkthroughs.",
         "Head of ESOL / Director of Teaching & Learning", D(2024, 12, 31),
         "Two of three CPD sessions delivered. Walkthroughs scheduled for w/c 25 November.", "G"),
        ("1.3", "Leaders should ensure that apprentices on level 3 engineering programmes receive timely and useful feedback on their off-the-job work.",
         "Introduce a four-weekly progress review for all level 3 engineering apprentices, recorded on OneFile, with employer sign-off.",
         "SH", D(2024, 10, 31),
         "Reviews are taking place but employer sign-off is at 64% against a target of 90%. Account managers are chasing employers.", "A"),
        ("1.4", None,
         "Audit a sample of feedback on apprentices' assessed work each half term and report findings to the Apprenticeships QIG.",
         "SH, MP", D(2025, 1, 31), "First audit completed October 2024; findings shared with assessors.", "G"),
        ("blank",),
        ("theme", "Behaviour and attitudes"),
        ("2.1", "Leaders should improve attendance on study programmes, particularly in English and mathematics lessons.",
         "Implement the revised attendance escalation procedure, with tutors contacting parents and carers on the first day of absence.",
         "Director of Student Services", D(2024, 9, 30),
         "Procedure launched at induction. Attendance at English and maths is 83.4% YTD, up from 78.1% at the same point last year.", "G"),
        ("2.2", None,
         "Timetable GCSE English and maths lessons next to vocational sessions on the same day.",
         "Deputy Principal – Curriculum", D(2024, 9, 30),
         "Not achievable for Construction and Motor Vehicle at Basford because of room constraints; partial timetabling in place.", "R"),
        ("blank",),
        ("theme", "Personal development"),
        ("3.1", "Leaders should ensure that all learners benefit from a well-planned programme of careers information, advice and guidance.",
         "Map careers activity against the Gatsby benchmarks for every study programme and close the gaps identified.",
         "Careers Lead", D(2025, 3, 31), "Mapping complete for 14 of 19 curriculum areas.", "G"),
        ("3.2", None,
         "Guarantee every level 2 and level 3 learner at least one encounter with an employer by the end of the spring term.",
         "Careers Lead", "Spring term 2025", "Employer encounter log set up on ProMonitor; 41% of learners recorded so far.", "G"),
        ("blank",),
        ("theme", "Leadership and management"),
        ("4.1", "Governors should receive more precise information about the quality of apprenticeship provision so that they can hold leaders to account.",
         "Add an apprenticeship quality dashboard to every Quality and Standards Committee agenda.",
         "Vice Principal Quality", D(2024, 6, 30),
         "First dashboard presented in June 2024 and now a standing item.", "Complete"),
        ("4.2", None,
         "Arrange a governor link visit to apprenticeship delivery at the Adams site each term.",
         "Clerk to the Corporation", "Termly", "Autumn visit took place on 8 October 2024.", "G"),
    ]
    r = 5; afi_start = None
    for row in rows:
        if row[0] == "blank":
            r += 1; continue
        if row[0] == "theme":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 8):
                ws.cell(r, c).fill = FILL["theme"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1; continue
        ref, afi, act, lead, date, prog, rag = row
        vals = [ref, afi, act, lead, date, prog, rag]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        if isinstance(date, dt.datetime):
            ws.cell(r, 5).number_format = "mmm-yy"
        rc = ws.cell(r, 7)
        rc.fill = FILL["B" if rag == "Complete" else rag]
        rc.alignment = Alignment(horizontal="center", vertical="top")
        if afi is None:  # continuation of previous AFI: merge down
            ws.merge_cells(start_row=afi_start, start_column=2, end_row=r, end_column=2)
        else:
            afi_start = r
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key: R = off track; A = some slippage, recoverable; G = on track; Complete = action completed and impact evidenced").font = Font(italic=True)
    wb.save(os.path.join(OUT, "dr1-nottingham-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 EPUT CQC
def eput():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Essex Partnership University NHS Foundation Trust – CQC Must Do / Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Core service: acute wards for adults of working age and psychiatric intensive care units"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Position as at 31 October 2024"
    cols = ["No.", "CQC requirement", "Action(s) to be taken", "Responsible lead",
            "Original completion date", "Revised completion date", "Evidence / progress",
            "Previous RAG", "Current RAG"]
    hdr(ws, 5, cols)
    for col, w in zip("ABCDEFGHI", [8, 45, 50, 28, 13, 13, 55, 10, 10]):
        ws.column_dimensions[col].width = w
    COL = {"Blue": "B", "Green": "G", "Amber": "A", "Red": "R"}
    rows = [
        ("sec", "Must Do"),
        ("MD1.1", "The trust must ensure that staff complete and update risk assessments for each patient on admission and after any incident. (Regulation 12)",
         "Relaunch the clinical risk assessment and safety plan standard on Paris, with ward-level compliance reported weekly.",
         "Director of Nursing – Inpatient Services", D(2024, 7, 31), D(2024, 12, 31),
         "Compliance at 88% across the six wards in scope; Chelmer and Stort wards below 80%, with targeted support in place.", "Red", "Amber"),
        ("MD1.2", None,
         "Complete a monthly audit of 10 records per ward to check that risk assessments are updated after incidents.",
         "Ward Managers", D(2024, 8, 31), None,
         "Audit embedded from August; results reported to the Inpatient Quality and Safety Group.", "Amber", "Green"),
        ("MD2.1", "The trust must ensure that there are enough suitably qualified and experienced nursing staff on each shift. (Regulation 18)",
         "Complete the establishment review for all acute and PICU wards and present it to the Executive Team.",
         "Chief Nurse", D(2024, 6, 30), None,
         "Review approved by the Executive Team on 18 June 2024.", "Green", "Blue"),
        ("MD2.2", None,
         "Run a targeted recruitment campaign for band 5 registered nurses, including international recruits, with a trajectory to bring vacancies below 10%.",
         "Deputy Director of Workforce", D(2025, 3, 31), None,
         "Vacancy rate 14.2% in October 2024, down from 19% at the time of inspection.", "Green", "Green"),
        ("MD3.1", "The trust must ensure that staff follow policy when restraining patients and record restrictive interventions accurately. (Regulation 13)",
         "Deliver refresher training in the Positive and Safe Care approach to all inpatient staff, reaching 95% compliance.",
         "Head of Reducing Restrictive Practice", D(2024, 12, 31), None,
         "Compliance 81%. Additional training dates added in November and December.", "Amber", "Amber"),
        ("sec", "Should Do"),
        ("SD1", "The trust should ensure that patients have access to a range of therapeutic activities, including at weekends.",
         "Extend occupational therapy activity timetables to include weekend sessions on every ward.",
         "Lead Occupational Therapist", D(2024, 9, 30), None,
         "Weekend timetable in place on all wards from September 2024.", "Green", "Blue"),
        ("SD2", "The trust should ensure that informal patients are told of their right to leave the ward.",
         "Display rights information for informal patients at each ward exit and include it in the admission checklist.",
         "Matron, Basildon Mental Health Unit", D(2024, 7, 31), None,
         "Not yet in place on Galleywood ward – signage on order.", "Amber", "Red"),
        ("SD3", "The trust should ensure that carers are involved in discharge planning where patients agree.",
         "Add a carer involvement prompt to the discharge planning template and audit its use quarterly.",
         "Head of Patient and Carer Experience", "Q4 2024/25", None,
         "", None, "Not started"),
    ]
    r = 6; start = None
    for row in rows:
        if row[0] == "sec":
            ws.cell(r, 1, row[1]).font = Font(bold=True, size=12)
            for c in range(1, 10):
                ws.cell(r, c).fill = FILL["grey"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1; continue
        ref, req, act, lead, od, rd, prog, prev, cur = row
        for i, v in enumerate([ref, req, act, lead, od, rd, prog, prev, cur], 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        for ci in (5, 6):
            if isinstance(ws.cell(r, ci).value, dt.datetime):
                ws.cell(r, ci).number_format = "dd/mm/yyyy"
        for ci, v in ((8, prev), (9, cur)):
            if v in COL:
                ws.cell(r, ci).fill = FILL[COL[v]]
        if req is None:
            ws.merge_cells(start_row=start, start_column=2, end_row=r, end_column=2)
        else:
            start = r
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for i, t in enumerate(["Blue – Completed and evidenced", "Green – On track",
                           "Amber – Off track but recoverable", "Red – Off track / at risk"]):
        ws.cell(r + 1 + i, 1, t)
    wb.save(os.path.join(OUT, "dr1-eput-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- 3 University of Hull (refuse)
def hull():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding recs"
    ws["A1"] = "University of Hull – Internal Audit Recommendations Follow-up"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee, 26 February 2025"
    cols = ["Audit", "Rec No.", "Priority", "Recommendation", "Agreed management action",
            "Responsible officer", "Original target date", "Revised target date", "Status",
            "Internal audit comment"]
    hdr(ws, 4, cols)
    for col, w in zip("ABCDEFGHIJ", [26, 8, 9, 45, 45, 24, 12, 12, 12, 40]):
        ws.column_dimensions[col].width = w
    rows = [
        ("Student Recruitment Data (2023/24)", "1", "High",
         "Ensure that applicant data in the CRM is reconciled to UCAS data each cycle.",
         "Monthly reconciliation between the CRM and UCAS weekly files to be introduced, with exceptions reported to the Director of Admissions.",
         "Director of Admissions", D(2024, 9, 30), D(2025, 1, 31), "Complete",
         "Evidence of October to December reconciliations seen."),
        (None, "2", "Medium",
         "Document the process for applying contextual offers.",
         "Contextual offer procedure to be written and published on the staff intranet.",
         "Head of Admissions Operations", D(2024, 12, 31), None, "In progress",
         "Draft procedure seen; awaiting approval at Education Committee."),
        ("Cyber Security (2023/24)", "1", "High",
         "Enforce multi-factor authentication for all staff remote access.",
         "MFA to be enforced for all staff accounts, with exceptions approved by the CISO.",
         "Chief Information Officer", D(2024, 7, 31), "Juen 2025", "In progress",
         "97% of accounts enrolled; legacy research accounts outstanding."),
        (None, "2", "Medium",
         "Test the IT disaster recovery plan at least annually.",
         "A tabletop DR exercise to be held and lessons learned logged.",
         "Head of Infrastructure", D(2024, 11, 30), D(2025, 3, 31), "In progress",
         "Exercise booked for March 2025."),
        ("Accounts Payable (2024/25)", "1", "Medium",
         "Require independent verification of changes to supplier bank details.",
         "Call-back verification to a known contact to be mandatory and evidenced on the supplier record.",
         "Financial Controller", D(2025, 1, 31), None, "Complete",
         "Sample of 15 changes tested; all evidenced."),
        (None, "2", "Low",
         "Remove duplicate supplier records.",
         "Duplicate supplier cleanse to be completed in Unit4.",
         "AP Team Leader", D(2025, 4, 30), None, "Not started", ""),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        r += 1
    wb.save(os.path.join(OUT, "dr1-university-of-hull-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------- 4 SRA / PSA
def sra():
    doc = Document()
    doc.add_heading("Solicitors Regulation Authority: action plan in response to the Professional Standards Authority performance review 2023/24", level=1)
    doc.add_paragraph(
        "The Professional Standards Authority (PSA) found that we met 14 of the 18 Standards of Good "
        "Regulation in its 2023/24 review. This plan sets out the actions we are taking on the areas the "
        "PSA identified for improvement. Progress is reported to the SRA Board at each meeting.")
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    t.rows[0].cells[0].text = "Version"; t.rows[0].cells[1].text = "1.3"
    for k, v in [("Date", "21 November 2024"), ("Owner", "Director of Strategy and Performance"),
                 ("Approved by", "SRA Board")]:
        c = t.add_row().cells; c[0].text = k; c[1].text = v
    doc.add_paragraph()
    cols = ["Ref", "PSA finding", "Action", "Owner", "Timescale", "Status"]
    tab = doc.add_table(rows=1, cols=6); tab.style = "Table Grid"
    for i, n in enumerate(cols):
        tab.rows[0].cells[i].text = n
        shade(tab.rows[0].cells[i], "D9D9D9")
    bold_row(tab.rows[0])
    data = [
        ("std", "Standard 15: Fitness to practise – timeliness"),
        ("15.1", "Our investigation timeliness has deteriorated, with the median time from receipt to final decision increasing.",
         "Introduce weekly caseload triage for all investigations open longer than 12 months, with escalation to heads of team.",
         "Director of Investigation and Supervision", "December 2024", "On track"),
        ("15.2", None,
         "Recruit 18 additional investigation officers and complete their induction.",
         "Director of People and Talent", "March 2025", "Some delay"),
        ("std", "Standard 16: Fitness to practise – quality of decisions"),
        ("16.1", "Some investigation decisions were not adequately reasoned or were not communicated clearly to complainants.",
         "Publish revised decision-making guidance for case officers and deliver training to all decision makers.",
         "Head of Legal Policy", "September 2024", "Complete"),
        ("16.2", None,
         "Carry out a monthly quality assurance sample of 5% of closed cases and report themes to the Executive Leadership Team.",
         "Head of Quality Assurance", "Ongoing", "On track"),
        ("std", "Standard 3: Equality, diversity and inclusion"),
        ("3.1", "We should do more to understand the over-representation of Black, Asian and minority ethnic solicitors in our enforcement processes.",
         "Commission independent research into the drivers of over-representation and publish the findings with our response.",
         "Director of Policy / Head of Research", "September 2024 – June 2025", "On track"),
        ("3.2", None,
         "Review our equality impact assessment template and apply it to all new enforcement policy.",
         "EDI Manager", "January 2025", "Significant delay"),
        ("std", "Standard 2: Transparency"),
        ("2.1", "Information about our performance is not always easy for the public to find.",
         "Publish a quarterly performance dashboard on our website covering timeliness, outcomes and customer satisfaction.",
         "Head of Corporate Performance", "April 2025", "Not started"),
    ]
    start = None
    for row in data:
        cells = tab.add_row().cells
        if row[0] == "std":
            m = cells[0].merge(cells[5]); m.text = row[1]
            shade(m, "DEEAF6")
            for run in m.paragraphs[0].runs:
                run.bold = True
            continue
        ref, finding, act, owner, when, status = row
        cells[0].text = ref; cells[2].text = act; cells[3].text = owner
        cells[4].text = when; cells[5].text = status
        if finding is None:
            prev = tab.rows[start].cells[1]
            prev.merge(cells[1])
        else:
            cells[1].text = finding
            start = len(tab.rows) - 1
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete (blue); On track (green); Some delay (amber); Significant delay (red); Not started.")
    doc.save(os.path.join(OUT, "dr1-sra-psa-performance-review-action-plan.docx"))


# ---------------------------------------------------------------- 5 Bournville Village Trust CSV
def bvt():
    path = os.path.join(OUT, "dr1-bournville-village-trust-housing-ombudsman-complaint-code-self-assessment-action-plan.csv")
    rows = [
        ["Bournville Village Trust - Complaint Handling Code self-assessment action plan 2024-25", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Code section", "Code provision", "Action required", "Owner", "Target date", "Status", "Progress update"],
        ["Section 1: Definition of a complaint", "1.2 A complaint must be defined as an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the landlord.",
         "Update the complaints policy and staff guidance so that the Code definition is used word for word.", "Complaints Manager", "31/05/2024", "Complete",
         "Policy approved by the Customer Services Committee on 21 May 2024."],
        ["Section 1: Definition of a complaint", "1.3 A resident does not have to use the word 'complaint' for it to be treated as such.",
         "Deliver refresher training to contact centre and repairs staff on recognising complaints.", "Head of Customer Experience", "30/09/2024", "On track",
         "Contact centre trained in July. Repairs operatives scheduled for toolbox talks in September."],
        ["Section 3: Accessibility and awareness", "3.4 Landlords must make their complaint policy available in a clear and accessible format.",
         "Publish an easy-read version of the complaints policy and add it to the tenant portal.", "Communications Manager", "31/10/2024", "Not started", ""],
        ["Section 5: Complaint handling principles", "5.6 Landlords must keep a full record of the complaint and the outcomes at each stage.",
         "Configure the CRM so that stage 1 and stage 2 responses are attached to the complaint record automatically.", "Head of Housing; Complaints Manager", "31/12/2024", "Amber",
         "CRM change request raised; supplier delivery date slipped to November."],
        ["Section 6: Complaints stages", "6.13 Landlords must respond to the complaint within 10 working days of it being acknowledged.",
         "Introduce a daily report of stage 1 complaints due in the next three days and review it at team huddles.", "Complaints Manager", "31/07/2024", "Complete",
         "Stage 1 responses within timescale rose from 71% to 93% in Q2."],
        ["Section 8: Self-assessment, reporting and compliance", "8.1 Landlords must produce an annual complaints performance and service improvement report for scrutiny.",
         "Present the annual complaints performance report to the Board and publish it with the Board's response.", "Director of Customer Services", "Annually", "On track",
         "2023-24 report published June 2024."],
        ["Section 9: Scrutiny & oversight", "9.7 The member responsible for complaints must have access to regular information on complaints.",
         "Provide a quarterly complaints dashboard to the Member Responsible for Complaints.", "Head of Customer Experience", "30/06/2024", "Complete", ""],
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 6 Jedburgh Grammar Campus TXT
def jedburgh():
    path = os.path.join(OUT, "dr1-jedburgh-grammar-campus-education-scotland-inspection-action-plan.txt")
    lines = [
        "Jedburgh Grammar Campus - Education Scotland inspection (May 2024): action plan for areas for improvement",
        "Exported 12/02/2025",
        "",
        "Area for improvement\tAction\tResponsibility\tTimescale\tProgress\tRAG",
        "1. Continue to improve attendance and reduce the number of young people who are late, particularly in S3 and S4.\tIntroduce a weekly attendance tracking meeting for S3 and S4 with guidance staff and the Home School Link Worker.\tDHT (Pupil Support)\tOct-24\tMeetings running weekly since September. S4 attendance up 2.1 percentage points.\tG",
        "\tAgree individual attendance plans with families of young people below 85% attendance.\tPT Guidance\tDec 2024\tPlans in place for 31 of 38 young people; remaining families being contacted.\tA",
        "2. Raise attainment in numeracy and literacy across the broad general education (BGE), making better use of data to plan interventions.\tCreate a BGE tracking overview for literacy and numeracy, updated after each assessment window.\tDHT (BGE)\t31/03/2025\tTracking overview built in SEEMiS; first data drop completed November.\tG",
        "\tDeliver targeted numeracy and literacy interventions for young people identified through tracking.\tPT Numeracy / PT Literacy\tJune 2025\tIntervention groups started January for S1 and S2.\tG",
        "\tProvide professional learning for all staff on using data to plan next steps in learning.\tMrs A Kerr\tInset day Feb 2025\tSession delivered at February in-service day.\tComplete",
        "3. Develop further the curriculum in the senior phase so that all young people have pathways that meet their needs, including through partnership with Borders College.\tReview senior phase course choice process and extend the range of vocational and college courses on offer.\tHT and SLT\tJune 2025\tOptions consultation with S3-S5 completed; two new Foundation Apprenticeships agreed for August.\tG",
        "\tTrack the positive destinations of school leavers and report to the Parent Council.\tHT\tOngoing\tReported at December Parent Council meeting.\tG",
        "",
        "RAG: R = not started/significant concern, A = some progress, G = on track, Complete = fully met",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 7 Ysgol Bro Teifi DOCX
def broteifi():
    doc = Document()
    doc.add_heading("Ysgol Bro Teifi – Post-inspection action plan", level=1)
    doc.add_paragraph("Estyn inspection: March 2024. Plan agreed by the governing body, 4 July 2024; progress updated January 2025.")
    recs = [
        ("R1 Improve pupils' extended writing skills in Welsh and English across the curriculum", [
            ("1.1", "Agree a whole-school approach to extended writing and share writing frames in every department.", "Deputy Headteacher (Curriculum)", "Autumn term 2024", "Writing frames in use in all departments; book scrutiny in November showed more consistent use.", "0070C0"),
            ("1.2", "Plan at least one extended writing task per half term in each subject in Years 7-9.", "Heads of Department", "July 2025", "Tasks planned in all subjects; quality of feedback still variable.", "00B050"),
        ]),
        ("R2 Strengthen the use of self-evaluation to identify precisely the areas that need improving in teaching", [
            ("2.1", "Revise the quality assurance calendar so that lesson visits, book scrutiny and learner voice are triangulated each term.", "GW", "September 2024", "Calendar revised and shared with all staff.", "0070C0"),
            ("2.2", "Train middle leaders to write evaluative departmental self-evaluation reports.", "GW, SLE", "January 2025", "Training delayed from the autumn; first session held 15 January.", "FFC000"),
        ]),
        ("R3 Improve attendance, particularly of pupils eligible for free school meals", [
            ("3.1", "Appoint a family engagement officer to work with families of pupils with persistent absence.", "Headteacher", "October 2024", "Appointment not yet made after two recruitment rounds.", "FF0000"),
            ("3.2", "Introduce attendance rewards and weekly form tutor monitoring of attendance.", "Head of Years 10-11", "Summer term 2025", "Rewards scheme launched in September.", "00B050"),
        ]),
        ("R4 Ensure that the school's site is secure", [
            ("4.1", "Install new perimeter fencing and secure gates to the lower yard, working with Ceredigion County Council.", "Business Manager", "August 2024", "Fencing and gates completed over the summer holiday.", "0070C0"),
        ]),
    ]
    cols = ["Ref", "Action", "Person responsible", "Timescale", "Progress (January 2025)", "RAG"]
    for heading, acts in recs:
        doc.add_heading(heading, level=2)
        tab = doc.add_table(rows=1, cols=6); tab.style = "Table Grid"
        for i, n in enumerate(cols):
            tab.rows[0].cells[i].text = n
        bold_row(tab.rows[0])
        for ref, act, who, when, prog, fill in acts:
            c = tab.add_row().cells
            for i, v in enumerate([ref, act, who, when, prog, ""]):
                c[i].text = v
            shade(c[5], fill)
        doc.add_paragraph()
    doc.add_paragraph("RAG key: Red – not on track; Amber – some concerns; Green – on track; Blue – completed.")
    doc.save(os.path.join(OUT, "dr1-ysgol-bro-teifi-estyn-post-inspection-action-plan.docx"))


if __name__ == "__main__":
    nottingham(); eput(); hull(); sra(); bvt(); jedburgh(); broteifi()
    print("done")
