"""Generator for the cx1- blind cases (7 plan files)."""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
}
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(OUT, name)


# ---------------------------------------------------------------- 1 Bucks FRS
def bucks_fire():
    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS Action Plan"
    ws["A1"] = ("Buckinghamshire Fire & Rescue Service – HMICFRS Inspection Report Action Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress update as at 31 January 2024 – Overview and Audit Committee"
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Area for improvement", "Action", "Lead", "Target date",
           "Revised date", "RAG", "Progress update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.border = BORDER
    rows = [
        ("EFFECTIVENESS",),
        ("AFI 1: The service should make sure it has an effective system for learning from "
         "operational incidents and debriefs, and that learning is shared with staff.", [
            ("1.1", "Review the operational debrief policy and introduce a structured hot and cold "
             "debrief process for all incidents of four pumps or more.",
             "Area Manager (Operational Assurance)", D(2023, 6, 30), None, "Complete",
             "New debrief policy approved at SLT in May 2023. Hot debrief forms now completed on "
             "the incident ground via the MDT."),
            ("1.2", "Introduce a quarterly Operational Learning bulletin and record staff sign-off "
             "on the learning management system.",
             "GM Operational Assurance / Head of Training", D(2023, 9, 30), D(2024, 3, 31), "Amber",
             "Two bulletins issued. Sign-off tracking on Redkite delayed by a system upgrade; "
             "revised date agreed by SLT."),
        ]),
        ("AFI 2: The service should evaluate its prevention work, so it understands the "
         "benefits better.", [
            ("2.1", "Develop an evaluation framework for Safe and Well visits and targeted "
             "prevention campaigns.", "Head of Prevention", D(2023, 12, 31), None, "Complete",
             "Framework approved December 2023 and in use for all campaigns from January."),
            ("2.2", "Commission an independent evaluation of the Safe and Well programme with "
             "Buckinghamshire New University.", "Head of Prevention", D(2024, 7, 31), None,
             "Green", "Scope agreed with the university; fieldwork starts in March."),
        ]),
        ("EFFICIENCY",),
        ("AFI 3: The service should make sure it effectively monitors, reviews and evaluates "
         "the benefits and outcomes of any collaborations.", [
            ("3.1", "Create a collaboration register recording intended benefits, costs and review "
             "dates for each collaboration.", "Deputy Chief Fire Officer", D(2023, 10, 31), None,
             "Complete", "Register in place and reviewed quarterly by the Strategic Management Board."),
            ("3.2", "Report an annual collaboration benefits review to the Executive Committee.",
             "Deputy Chief Fire Officer", D(2024, 7, 31), None, "Green",
             "First annual report scheduled for the July Executive Committee."),
        ]),
        ("PEOPLE",),
        ("AFI 4: The service should make sure its workforce plan takes full account of the "
         "necessary skills and capabilities to carry out its public safety plan.", [
            ("4.1", "Refresh the Strategic Workforce Plan to align with the Public Safety Plan "
             "2020–2025.", "Head of Human Resources", D(2023, 11, 30), D(2024, 4, 30), "Amber",
             "Draft plan complete; consultation with representative bodies extended to March."),
        ]),
        ("AFI 5: The service should improve all staff understanding and application of the "
         "performance development review process.", [
            ("5.1", "Relaunch the appraisal process with mandatory training for all line managers.",
             "Head of Human Resources", D(2023, 9, 30), None, "Red",
             "Training sessions postponed twice owing to operational demand; 46% of line managers "
             "trained to date. New sessions booked for February."),
            ("5.2", "Monitor appraisal completion rates monthly through the Performance "
             "Monitoring Board.", "HR Business Partner", "Monthly", None, "Green",
             "Completion rate reported monthly since October; currently 71%."),
        ]),
    ]
    r = 5
    for item in rows:
        if len(item) == 1:
            ws.cell(row=r, column=1, value=item[0]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = FILL["band"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        afi, acts = item
        start = r
        ws.cell(row=r, column=2, value=afi)
        for ref, act, lead, tgt, rev, rag, prog in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=tgt)
            if isinstance(tgt, dt.datetime):
                c.number_format = "mmm-yy"
            c = ws.cell(row=r, column=6, value=rev)
            if rev:
                c.number_format = "mmm-yy"
            c = ws.cell(row=r, column=7, value=rag)
            c.fill = FILL["blue" if rag == "Complete" else rag.lower()]
            ws.cell(row=r, column=8, value=prog)
            for cc in range(1, 9):
                ws.cell(row=r, column=cc).alignment = WRAP
                ws.cell(row=r, column=cc).border = BORDER
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    keys = [("Complete", "blue", "Action complete"),
            ("Green", "green", "On track to meet target date"),
            ("Amber", "amber", "At risk of slipping – mitigation in place / revised date agreed"),
            ("Red", "red", "Target date missed or off track")]
    for word, col, txt in keys:
        r += 1
        ws.cell(row=r, column=1, value=word).fill = FILL[col]
        ws.cell(row=r, column=2, value=txt)
    for col, w in zip("ABCDEFGH", [7, 45, 50, 26, 11, 11, 11, 50]):
        ws.column_dimensions[col].width = w
    wb.save(p("cx1-buckinghamshire-fire-rescue-hmicfrs-afi-action-plan.xlsx"))


# ------------------------------------------------ 2 George Eliot CQC (refuse)
def george_eliot():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = ("George Eliot Hospital NHS Trust – CQC Inspection Action Plan: Urgent and "
                "Emergency Care and Medical Care")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Version 3 – Quality and Safety Committee, 25 July 2024"
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Must do / Should do", "CQC finding", "Action", "Lead", "Target date",
           "RAG", "Update / evidence"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = FILL["band"]
    data = [
        ("Urgent and emergency care",),
        ("MD1", "Must do", "The trust must ensure patients in the emergency department receive "
         "timely initial assessment and triage within 15 minutes of arrival.",
         "Introduce a streaming nurse at the front door from 08:00 to 00:00 and audit "
         "time to triage weekly.", "Divisional Director of Nursing – Medicine",
         "30 June 2024", "Green", "Streaming nurse rota in place; median time to triage 12 minutes in June."),
        ("MD2", "Must do", "The trust must ensure all staff complete mandatory training, "
         "including safeguarding level 3.",
         "Set divisional trajectories for safeguarding level 3 compliance and report monthly to "
         "the Urgent Care Board.", "ED Matron", "31 August 2024", "Amber",
         "Compliance 81% against 90% target."),
        ("SD1", "Should do", "The trust should ensure that patients' pain scores are recorded "
         "and reassessed.", "Add pain reassessment to the ED nursing documentation audit.",
         "ED Matron", "31 July 2024", "Green", "Audit tool updated."),
        ("Medical care (including older people's care)",),
        ("MD3", "Must do", "The trust must ensure risk assessments for falls and pressure ulcers "
         "are completed within six hours of admission.",
         "Roll out the electronic falls and pressure ulcer risk assessment on all medical wards.",
         "Head of Nursing – Medicine", "31 October 2024", "Amber",
         "Live on four of seven wards."),
        ("MD4", "Must do", "The trust must ensure that medicines are stored securely and fridge "
         "temperatures are monitored.",
         "Install remote temperature monitoring on all ward medicines fridges.",
         "Chief Pharmacist", "30 Setpember 2024", "Green", "Contract awarded; installation booked."),
        ("SD2", "Should do", "The trust should improve the completion of discharge summaries "
         "within 24 hours.", "Monthly discharge summary compliance reported by consultant team.",
         "Clinical Director – Medicine", "31 December 2024", "Green", "Reporting started in July."),
        ("SD3", "Should do", "The trust should ensure DNACPR discussions with patients and "
         "families are documented.", "Deliver DNACPR documentation training to all medical "
         "registrars.", "Resuscitation Lead", "30 November 2024", "Not started", ""),
    ]
    r = 5
    for row in data:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for c, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
            rag = row[6].lower()
            if rag in FILL:
                ws.cell(row=r, column=7).fill = FILL[rag]
            if "Setpember" in row[5]:
                assert r == 11, r
        r += 1
    for col, w in zip("ABCDEFGH", [7, 12, 50, 50, 30, 18, 11, 40]):
        ws.column_dimensions[col].width = w
    wb.save(p("cx1-george-eliot-hospital-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


# --------------------------------------------- 3 Aneurin Bevan Audit Wales
def abuhb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Aneurin Bevan University Health Board – Audit Wales Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit, Risk and Assurance Committee – 5 December 2024"
    hdr = ["Rec ref", "Recommendation", "Management response / action", "Executive lead",
           "Original completion date", "Revised completion date", "RAG", "Progress update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = WRAP
    groups = [
        ("Structured Assessment 2023 (issued January 2024)", [
            ("R1", "The Health Board should strengthen its Board Assurance Framework by clearly "
             "mapping controls and assurances to each principal risk.",
             "Refresh the Board Assurance Framework and present the revised format to Board for "
             "approval.", "Director of Corporate Governance", D(2024, 3, 31), D(2024, 9, 30), "B",
             "Revised BAF approved by Board in September 2024."),
            ("R2", "The Health Board should ensure committee papers are issued at least seven "
             "days before meetings.", "Introduce a committee paper deadline schedule and monitor "
             "compliance through the Corporate Governance team.",
             "Director of Corporate Governance", D(2024, 6, 30), None, "B",
             "Schedule in place; 94% of papers issued on time since July."),
            ("R3", "The Health Board should set out a clear plan to return to financial balance "
             "over the medium term.", "Develop a three-year financial recovery plan aligned to "
             "the IMTP, with monthly reporting to the Finance and Performance Committee.",
             "Director of Finance, Procurement and Value", D(2025, 3, 31), None, "A",
             "Savings plans identified for 2025/26 fall short of the target by £6.2m; further "
             "schemes being worked up with divisions."),
        ]),
        ("Review of Workforce Planning (2023)", [
            ("R1", "The Health Board should develop a workforce plan that covers all staff groups "
             "and links to service plans.", "Produce an integrated workforce plan for 2024–27 "
             "covering all staff groups, aligned to divisional service plans.",
             "Director of Workforce and OD", D(2024, 12, 31), None, "G",
             "Draft plan to People and Culture Committee in November; final version to Board in December."),
            ("R2", "The Health Board should improve the quality of its workforce data and "
             "reporting.", "Implement the ESR data quality improvement programme and a workforce "
             "dashboard for divisions.", "Director of Workforce and OD / Director of Digital",
             D(2025, 3, 31), None, "G", "Dashboard in test with two divisions."),
            ("R3", "The Health Board should evaluate the effectiveness of its recruitment and "
             "retention initiatives.", "Commission a post-implementation evaluation of the nurse "
             "retention programme and report findings to the People and Culture Committee.",
             "Assistant Director of Workforce", D(2024, 9, 30), D(2025, 1, 31), "A",
             "Evaluation delayed by late data return; revised date agreed."),
        ]),
        ("Review of Planned Care (2024)", [
            ("R1", "The Health Board should agree clear trajectories for reducing the longest "
             "waits in each specialty.", "Agree specialty-level trajectories with divisions and "
             "publish them in the monthly performance report.", "Chief Operating Officer",
             D(2024, 10, 31), None, "R",
             "Trajectories agreed for 9 of 14 specialties; remaining specialties delayed pending "
             "demand and capacity modelling."),
            ("R2", "The Health Board should ensure patients on waiting lists receive regular "
             "communication about their wait.", "Roll out the 'Waiting Well' text messaging "
             "service to all outpatient waiting lists.", "Chief Operating Officer",
             D(2025, 3, 31), None, "G", "Live for orthopaedics, ENT and ophthalmology."),
        ]),
    ]
    colour = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 5
    for head, recs in groups:
        ws.cell(row=r, column=1, value=head).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec in recs:
            for c, v in enumerate(rec, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = FILL[colour[rec[6]]]
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="B = Complete   G = On track   A = Some slippage – revised "
            "date agreed   R = Off track / at risk")
    for col, w in zip("ABCDEFGH", [8, 50, 50, 30, 14, 14, 6, 45]):
        ws.column_dimensions[col].width = w
    wb.save(p("cx1-aneurin-bevan-uhb-audit-wales-recommendations-tracker.xlsx"))


# ---------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


RAGHEX = {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def table(doc, header, rows, ragcol=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "D9E1F2")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
        if ragcol is not None and row[ragcol] in RAGHEX:
            shade(cells[ragcol], RAGHEX[row[ragcol]])
    return t


# -------------------------------------------- 4 University of Chichester ITE
def chichester():
    doc = Document()
    doc.add_heading("University of Chichester Institute of Education – Initial Teacher "
                    "Education (ITE) Improvement Plan 2024–25", level=0)
    doc.add_paragraph(
        "Ofsted inspected the university's primary and secondary ITE partnerships in February "
        "2024. This plan sets out how the Institute, with its partnership schools, will address "
        "the areas for improvement identified in the report. Progress is reviewed by the ITE "
        "Strategic Partnership Board each half term.")
    doc.add_paragraph("Document control").runs[0].bold = True
    table(doc, ["Version", "Date", "Author", "Approved by"], [
        ["1.0", "15/04/2024", "Head of ITE", "ITE Strategic Partnership Board"],
        ["1.1", "14/10/2024", "Head of ITE", "ITE Strategic Partnership Board"],
    ])
    hdr = ["No.", "Action", "Lead", "Timescale", "Success criteria", "RAG (Oct 2024)"]
    doc.add_heading("Primary phase", level=1)
    doc.add_heading("Area for improvement 1", level=2)
    doc.add_paragraph(
        "Leaders should ensure that trainees develop a secure understanding of how to adapt "
        "their teaching for pupils with SEND across the full range of subjects in the primary "
        "curriculum.")
    table(doc, hdr, [
        ["P1.1", "Revise the primary SEND curriculum sequence so that adaptive teaching is "
         "revisited in each foundation subject module.", "Primary Programme Lead",
         "September 2024", "Revised sequence in all module handbooks.", "Complete"],
        ["P1.2", "Provide training for school-based mentors on coaching trainees in adaptive "
         "teaching, delivered at the autumn mentor conference.", "Partnership Manager",
         "Autumn term 2024", "90% of primary mentors attend; positive evaluation.", "Green"],
        ["P1.3", "Quality assure mentor feedback through joint observations by university "
         "tutors.", "SH / KM", "Spring term 2025",
         "Joint observation completed for every primary trainee.", "Amber"],
    ], ragcol=5)
    doc.add_heading("Area for improvement 2", level=2)
    doc.add_paragraph(
        "Leaders should make sure that the centre-based and school-based elements of the "
        "foundation subjects curriculum are well aligned.")
    table(doc, hdr, [
        ["P2.1", "Map centre-based foundation subject sessions against the placement tasks "
         "trainees complete in school.", "Primary Programme Lead", "December 2024",
         "Curriculum map shared with all partnership schools.", "Green"],
    ], ragcol=5)
    doc.add_heading("Secondary phase", level=1)
    doc.add_heading("Area for improvement 1", level=2)
    doc.add_paragraph(
        "Leaders should ensure that all mentors understand the ITE curriculum in their subject "
        "and use it to plan trainees' development during placements.")
    table(doc, hdr, [
        ["S1.1", "Produce subject-specific mentor handbooks for each secondary subject route.",
         "Secondary Subject Leads", "July 2024", "Handbooks published on the partnership "
         "website.", "Complete"],
        ["S1.2", "Introduce termly subject mentor meetings led by university subject tutors.",
         "Secondary Programme Lead", "Termly", "Attendance of at least 80% of mentors.", "Green"],
        ["S1.3", "Track mentor attendance at training and follow up non-attendance with "
         "partnership schools.", "Partnership Manager", "Summer term 2025",
         "Attendance records reviewed by the Partnership Board.", "Not started"],
    ], ragcol=5)
    doc.add_paragraph("RAG: Blue – completed; Green – on track; Amber – some delay; "
                      "Red – significant concern")
    doc.save(p("cx1-university-of-chichester-ofsted-ite-improvement-plan.docx"))


# ------------------------------------------------------- 5 Ysgol Tywyn Estyn
def tywyn():
    doc = Document()
    t0 = doc.add_paragraph()
    run = t0.add_run("Ysgol Uwchradd Tywyn – Post-Inspection Action Plan")
    run.bold = True
    run.font.size = Pt(16)
    t0.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "Estyn inspected the school in May 2024. This post-inspection action plan (PIAP) "
        "addresses the four recommendations in the inspection report and has been agreed by "
        "the governing body and Gwynedd Council's education quality service.")
    hdr = ["Actions", "Person(s) responsible", "Success criteria", "Timescale", "Progress"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "BDD7EE")
    plan = [
        ("R1: Improve attendance, particularly of pupils eligible for free school meals", [
            ("1.1 Appoint an attendance and family engagement officer to work with families of "
             "persistent absentees.", "Headteacher", "Officer in post; contact made with all "
             "persistent absentee families.", "September 2024", "Complete"),
            ("1.2 Introduce weekly attendance tracking meetings for each year group, with "
             "targeted support for eFSM pupils below 90% attendance.",
             "AHT (Wellbeing) / Heads of Year", "eFSM attendance improves by 3 percentage points.",
             "Ongoing", "Green"),
        ]),
        ("R2: Strengthen the planning for the progressive development of pupils' literacy "
         "skills across the curriculum", [
            ("2.1 Audit literacy opportunities in schemes of work in all departments.",
             "DHT (Curriculum)", "Audit complete; gaps identified for each department.",
             "December 2024", "Green"),
            ("2.2 Provide staff training on disciplinary literacy and reading strategies during "
             "INSET days.", "Literacy Coordinator", "All staff trained; strategies seen in "
             "lesson observations.", "Sept 2024 – July 2025", "Amber"),
        ]),
        ("R3: Improve the quality of teaching and assessment so that it challenges all pupils "
         "to make strong progress", [
            ("3.1 Establish teaching and learning triads focused on questioning and challenge.",
             "DHT (Teaching & Learning)", "All teaching staff take part in a triad.",
             "Feb 2025", "Amber"),
            ("3.2 Refine the school's self-evaluation calendar so leaders evaluate teaching "
             "through a wider range of first-hand evidence.", "SLT", "Calendar includes learning "
             "walks, book looks and pupil voice each half term.", "July 2025", "Green"),
        ]),
        ("R4: Address the health and safety issue identified during the inspection", [
            ("4.1 Install secure fencing to the rear of the Technology block and review the site "
             "risk assessment.", "Business Manager", "Fencing installed; risk assessment signed "
             "off by governors.", "June 2024", "Complete"),
        ]),
    ]
    for rec, acts in plan:
        cells = t.add_row().cells
        m = cells[0].merge(cells[4])
        m.text = rec
        m.paragraphs[0].runs[0].bold = True
        shade(m, "F2F2F2")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            shade(cells[4], RAGHEX[a[4]])
    doc.add_paragraph("")
    doc.add_paragraph("Progress key: Complete (blue) – action completed; Green – on track; "
                      "Amber – started but behind schedule; Red – not started / significant concern.")
    doc.save(p("cx1-ysgol-uwchradd-tywyn-estyn-post-inspection-action-plan.docx"))


# ------------------------------------------------- 6 Glasgow School of Art csv
def gsa():
    import csv
    rows = [
        ["Audit Report", "Rec No", "Priority", "Recommendation", "Agreed Management Action",
         "Responsible Officer", "Original Due Date", "Revised Due Date", "RAG Status",
         "Latest Update"],
        ["Cyber Security 2023/24", "1", "Grade 3", "Multi-factor authentication should be "
         "enforced for all remote access to GSA systems, including third-party accounts.",
         "MFA to be extended to all staff, student and supplier remote access accounts through "
         "conditional access policies.", "Head of IT Services", "31/03/2024", "", "Complete",
         "MFA enforced for all accounts from 18 March 2024."],
        ["Cyber Security 2023/24", "2", "Grade 3", "A tested IT disaster recovery plan should "
         "be in place for critical systems.", "Develop and test an IT disaster recovery plan "
         "covering the student records and finance systems.", "Head of IT Services",
         "30/06/2024", "31/12/2024", "Amber", "Plan drafted. Test of the finance system "
         "recovery scheduled for December."],
        ["Student Recruitment and Admissions 2023/24", "1", "Grade 2", "Admissions decisions for "
         "international applicants should be documented consistently in the student record "
         "system.", "Update admissions procedures and provide refresher training to admissions "
         "staff.", "Head of Admissions", "31/01/2024", "", "Complete",
         "Procedures updated and training delivered in January 2024."],
        ["Student Recruitment and Admissions 2023/24", "3", "Grade 3", "Agent commission "
         "payments should be reconciled to enrolment data before payment.", "Introduce a "
         "termly reconciliation of agent invoices to confirmed enrolments, signed off by the "
         "Finance Manager.", "Head of International / Finance Manager", "31/07/2024",
         "28/02/2025", "Green", "First reconciliation completed for the September intake."],
        ["Estates Compliance 2024/25", "1", "Grade 2", "Statutory compliance inspections should "
         "be recorded on a single planned maintenance system.", "Migrate all statutory "
         "compliance records to the planned maintenance system.", "Director of Estates",
         "31/03/2025", "", "Green", "Migration of water hygiene and fire records complete."],
        ["Estates Compliance 2024/25", "2", "Grade 4", "Fire risk assessments for the Reid "
         "Building should be reviewed and actions tracked to completion.", "Complete "
         "outstanding fire risk assessment actions for the Reid Building and report progress "
         "to the Health and Safety Committee.", "Health & Safety Manager", "31/10/2024", "",
         "Red", "Two high-risk actions remain open awaiting contractor availability."],
        ["Payroll 2024/25", "1", "Grade 2", "Changes to standing data should be independently "
         "checked before each payroll run.", "Introduce an independent check of standing data "
         "changes by a second payroll officer, evidenced on the payroll checklist.",
         "Payroll Manager", "Ongoing", "", "Green", "Check in place from the October payroll."],
    ]
    with open(p("cx1-glasgow-school-of-art-internal-audit-recommendations-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ------------------------------------------------------ 7 Tewkesbury CPC txt
def tewkesbury():
    lines = [
        "Tewkesbury Borough Council – LGA Corporate Peer Challenge Action Plan",
        "Peer challenge held 23–26 January 2024. Progress as at September 2024.",
        "",
        "Recommendation\tAction\tLead officer\tTimescale\tStatus\tComments",
        "1. Develop a clear narrative for the council's place-shaping ambitions around Garden "
        "Town growth\tPrepare a Tewkesbury Garden Town prospectus setting out the council's "
        "ambitions and delivery approach.\tHead of Development Services\tMarch 2025\tOn track\t"
        "Draft prospectus to be considered by Executive Committee in January.",
        "\tHold a member seminar on the Garden Town programme.\tGarden Town Programme Director\t"
        "July 2024\tComplete\tSeminar held 10 July, attended by 27 members.",
        "2. Strengthen medium-term financial planning to address the forecast budget gap\t"
        "Refresh the Medium Term Financial Strategy with savings and income proposals for "
        "2025/26 to 2027/28.\tChief Finance Officer\tFebruary 2025\tOn track\t",
        "\tIntroduce quarterly budget monitoring reports to Executive Committee with forecast "
        "outturn.\tChief Finance Officer\tQuarterly\tOn track\tQ1 report presented in August.",
        "3. Invest in organisational development and workforce planning to build capacity\t"
        "Develop a People Strategy including succession planning for key roles.\tHead of "
        "Corporate Services\tDecember 2024\tAt risk\tDraft strategy delayed by recruitment to "
        "the HR manager post; now expected January 2025.",
        "\tLaunch a management development programme for all team leaders.\tHead of Corporate "
        "Services\tApril 2025\tOn track\tProvider procured.",
        "4. Review the council's governance arrangements to ensure they support timely "
        "decision-making\tCommission a review of the scheme of delegation and committee "
        "structure.\tMonitoring Officer\tOctober 2024\tComplete\tReview reported to Council in "
        "September.",
        "\tIntroduce a forward plan for Executive Committee published three months ahead.\t"
        "Democratic Services Manager\tSept 2024\tComplete\t",
        "5. Improve engagement with parish councils and communities\tEstablish a twice-yearly "
        "Parish Council Forum.\tHead of Communities\tNov-24\tOff track\tFirst forum postponed; "
        "new date being agreed with the county association of local councils.",
        "",
        "Status key: Complete; On track (green); At risk (amber); Off track (red)",
    ]
    with open(p("cx1-tewkesbury-bc-corporate-peer-challenge-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    bucks_fire()
    george_eliot()
    abuhb()
    chichester()
    tywyn()
    gsa()
    tewkesbury()
