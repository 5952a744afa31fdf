"""Generator for the bt1- cases of heldout106 (blind corpus). Run with /work/main/.venv/bin/python."""
import datetime as dt
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
FILLS = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "H": "D9E1F2", "S": "BDD7EE"}


def fill(c):
    return PatternFill("solid", start_color=FILLS.get(c, c), end_color=FILLS.get(c, c))


# ---------------------------------------------------------------- 1. DBTH CQC (xlsx)
def dbth():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC Inspection (August - October 2023): Must Do and Should Do Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Report published 28 March 2024. Position as at 31 July 2024. Reported to Quality and Effectiveness Committee."
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    hdr = ["Ref", "Must / Should", "CQC requirement", "Action(s)", "Lead", "Target date",
           "Revised date", "Progress update (July 2024)", "RAG"]
    ws.append([])
    ws.append(hdr)
    for c in ws[5]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    U = "Urgent and Emergency Care - Doncaster Royal Infirmary"
    M = "Maternity - Doncaster Royal Infirmary and Bassetlaw District General Hospital"
    W = "Trust-wide / Well-led"
    rows = [
        ("sec", U),
        ("M1.1", "Must do", "The trust must ensure patients in the emergency department receive a timely initial assessment and triage. (Regulation 12)",
         "Introduce a rapid assessment and treatment (RAT) model at the front door 08:00-00:00 with a senior decision maker.",
         "Clinical Director ED", D(2024, 6, 30), D(2024, 9, 30),
         "RAT model live 08:00-20:00. Extension to midnight depends on middle grade recruitment; two posts appointed, start September.", "A"),
        ("M1.2", None, None,
         "Weekly audit of time to triage, with results reported to the Urgent Care Quality Group.",
         "Matron ED / Head of Nursing UEC", D(2024, 4, 30), None,
         "Audit in place since April. Median time to triage 14 minutes in June. Evidence uploaded to the CQC evidence library.", "B"),
        ("M2.1", "Must do", "The trust must ensure patients with suspected sepsis are screened and receive antibiotics in line with trust policy. (Regulation 12)",
         "Relaunch the sepsis screening tool on Nervecentre with a mandatory field for time of antibiotic administration.",
         "Dr P Okafor", D(2024, 7, 31), None,
         "Nervecentre change tested and goes live on 5 August. Sepsis champions identified on every shift.", "G"),
        ("S1.1", "Should do", "The trust should ensure mental health risk assessments are completed for all patients presenting with mental health needs.",
         "Embed the RCEM mental health triage tool and include it in ED induction for all new starters.",
         "Lead Nurse Mental Health", D(2024, 9, 30), None,
         "Tool in use; compliance 71% in June against 90% target. Spot checks continuing weekly.", "G"),
        ("sec", M),
        ("M3.1", "Must do", "The trust must ensure all staff complete mandatory training, including PROMPT and fetal monitoring, in line with trust targets. (Regulation 18)",
         "Agree a training trajectory for each staff group and build protected training time into e-roster.",
         "Director of Midwifery", D(2025, 3, 31), None,
         "PROMPT 82%, fetal monitoring 79%. Trajectory slipped in June owing to sickness; recovery plan agreed at Maternity Board.", "A"),
        ("M3.2", None, None,
         "Monthly compliance report to the Maternity and Neonatal Safety Champions.",
         "Practice Development Midwife", "Monthly", None,
         "Reports presented May, June and July.", "G"),
        ("S2.1", "Should do", "The trust should ensure the maternity triage telephone line is answered in a timely way.",
         "Implement the Birmingham Symptom Specific Obstetric Triage System (BSOTS) with a dedicated triage midwife on each shift.",
         "Jo Barker (Inpatient Matron)", D(2024, 12, 31), None,
         "Recruitment to triage posts delayed; escalated to Maternity Board in July. Interim cover from the community team.", "R"),
        ("sec", W),
        ("M4.1", "Must do", "The trust must ensure governance processes operate effectively to identify and manage risk, including concerns raised through Freedom to Speak Up. (Regulation 17)",
         "Commission an independent review of FTSU arrangements and implement its recommendations.",
         "Director of People", D(2024, 6, 30), None,
         "Review received by Board in June; all six recommendations accepted and transferred to the People Committee tracker.", "fillB"),
        ("M4.2", None, None,
         "Refresh the risk management framework and deliver risk training to all care group triumvirates.",
         "Company Secretary; Head of Risk", "Q3 2024/25", None,
         "Framework drafted. Training will begin once the framework is approved at Audit and Risk Committee in October.", None),
    ]
    r = 6
    merge_start = None
    for row in rows:
        if row[0] == "sec":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(r, c).fill = fill("S")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        ref, typ, req, act, lead, tgt, rev, prog, rag = row
        ws.cell(r, 1, ref)
        if typ is not None:
            ws.cell(r, 2, typ)
            ws.cell(r, 3, req)
            merge_start = r
        else:
            ws.merge_cells(start_row=merge_start, start_column=2, end_row=r, end_column=2)
            ws.merge_cells(start_row=merge_start, start_column=3, end_row=r, end_column=3)
        ws.cell(r, 4, act)
        ws.cell(r, 5, lead)
        ws.cell(r, 6, tgt)
        if isinstance(tgt, dt.datetime):
            ws.cell(r, 6).number_format = "dd/mm/yyyy"
        if rev is not None:
            ws.cell(r, 7, rev).number_format = "dd/mm/yyyy"
        ws.cell(r, 8, prog)
        if rag == "fillB":
            ws.cell(r, 9).fill = fill("B")
        elif rag:
            ws.cell(r, 9, rag).fill = fill(rag)
            ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
        for c in range(1, 10):
            ws.cell(r, c).border = BOX
            if c != 9:
                ws.cell(r, c).alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key:").font = Font(bold=True)
    key = [("B", "Blue - complete and evidenced"), ("G", "Green - on track to deliver by target date"),
           ("A", "Amber - at risk of slippage, mitigation in place"), ("R", "Red - off track, escalated")]
    for k, text in key:
        r += 1
        ws.cell(r, 1).fill = fill(k)
        ws.cell(r, 2, text)
    for col, w in zip("ABCDEFGHI", (8, 11, 45, 45, 22, 12, 12, 50, 7)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "bt1-dbth-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- 2. Heriot-Watt internal audit (xlsx)
def heriot():
    wb = Workbook()
    ws = wb.active
    ws.title = "Follow-up Nov 2024"
    ws["A1"] = "Heriot-Watt University"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internal Audit Recommendations - Follow-up Status Report"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Audit and Risk Committee, 12 November 2024 (paper ARC/24/41)"
    ws.append([])
    hdr = ["Ref", "Grade", "Recommendation", "Management response / agreed action", "Responsible officer",
           "Original due date", "Revised due date", "Update (October 2024)", "RAG"]
    ws.append(hdr)
    for c in ws[5]:
        c.font = Font(bold=True)
        c.fill = fill("H")
        c.border = BOX
        c.alignment = WRAP
    data = [
        ("hdr", "Procurement and Contract Management - report 2024/03 (Limited assurance)"),
        ("2024/03-R1", "High", "The University should ensure the contract register is complete and is reviewed at least quarterly.",
         "Procurement will reconcile the contract register to the supplier spend report from the finance system and review it quarterly at Procurement Board.",
         "Head of Procurement", D(2024, 7, 31), D(2024, 12, 31),
         "First reconciliation complete; 38 contracts added. Quarterly review not yet embedded - revised date agreed with ARC in September.", "A"),
        ("2024/03-R2", "Medium", "Waivers of the tendering requirements should be approved at an appropriate level and reported.",
         "Waiver form updated to require Director of Finance sign-off above £25k; waiver log to be reported to ARC twice yearly.",
         "Head of Procurement / Director of Finance", D(2024, 6, 30), None,
         "New form in use since May. First waiver log reported to ARC in September.", "B"),
        ("hdr", "Student Records - Data Protection - report 2024/05 (Reasonable assurance)"),
        ("2024/05-R1", "High", "Access rights to the student records system should be reviewed regularly and leavers removed promptly.",
         "Introduce a six-monthly user access review with School Administrators, and remove leavers automatically through the HR feed.",
         "Academic Registrar", D(2024, 9, 30), None,
         "HR feed built but not switched on owing to testing issues. First access review delayed to November.", "R"),
        ("2024/05-R2", "Low", "The records retention schedule should be updated to reflect current practice.",
         "Update the records retention schedule and publish it on the intranet.",
         "Records Manager", D(2025, 1, 31), None, "Draft with Schools for comment.", "G"),
        ("hdr", "Cyber Security - follow-up review 2023/11 (Reasonable assurance)"),
        ("2023/11-R3", "Medium", "Multi-factor authentication should be extended to all user accounts.",
         "Complete the rollout of multi-factor authentication to all staff and postgraduate research student accounts.",
         "Chief Information Officer", D(2024, 3, 31), D(2024, 10, 31),
         "Complete. 100% of staff and PGR accounts enrolled by 18 October.", "B"),
        ("2023/11-R4", "Medium", "The IT disaster recovery plan should be tested.",
         "Test the IT disaster recovery plan, including a restore from backup, and report the results to the Information Governance Committee.",
         "Head of IT Infrastructure", D(2025, 3, 31), None, "Test scheduled for February 2025 during the inter-semester break.", "G"),
        ("hdr", "Health and Safety - Fieldwork - report 2024/07 (Reasonable assurance)"),
        ("2024/07-R1", "Medium", "Risk assessments for overseas fieldwork should be consistent and approved before travel.",
         "Introduce a single fieldwork risk assessment template and require Head of School approval before travel.",
         "Health and Safety Manager; Heads of School", D(2025, 2, 28), None, "Template drafted and piloted in EGIS.", "G"),
        ("2024/07-R2", "Low", "Fieldwork leaders should receive training appropriate to the activity.",
         "Add fieldwork leadership to the Health and Safety training matrix.",
         "H&S Manager", D(2024, 12, 31), None, "Matrix updated; course booked for December.", "G"),
    ]
    r = 6
    for row in data:
        if row[0] == "hdr":
            ws.cell(r, 1, row[1]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        for i, v in enumerate(row[:8], start=1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd-mmm-yy"
        c = ws.cell(r, 9, row[8])
        c.fill = fill(row[8])
        c.border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for k, t in (("B", "Implemented and evidence verified by Internal Audit"), ("G", "On track to meet due date"),
                 ("A", "Revised due date agreed"), ("R", "Overdue - no revised date agreed")):
        r += 1
        ws.cell(r, 1, k).fill = fill(k)
        ws.cell(r, 2, t)
    r += 2
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    for lab, n in (("Total recommendations", 8), ("Implemented", 2), ("On track", 4), ("Revised date", 1), ("Overdue", 1)):
        r += 1
        ws.cell(r, 1, lab)
        ws.cell(r, 3, n)
    for col, w in zip("ABCDEFGHI", (12, 9, 40, 45, 24, 12, 12, 45, 6)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "bt1-heriot-watt-university-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 3. Sunderland College Ofsted PIAP (xlsx)
def sunderland():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Sunderland College - Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection May 2024. Progress update for Quality and Standards Committee, December 2024."
    ws.append([])
    hdr = ["Ref", "Action", "Lead", "Success measure / impact", "Milestone date", "Progress (Dec 2024)", "Previous RAG", "Current RAG"]
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
    data = [
        ("afi", "AFI 1: Leaders should ensure that apprentices' off-the-job training is planned and recorded accurately so that all apprentices receive their entitlement."),
        ("1.1", "Introduce a monthly off-the-job hours review in caseload meetings using the Aptem dashboard.", "Head of Apprenticeships",
         "All apprentices on track for OTJ hours; no apprentice more than 10% behind.", "Nov 2024",
         "Reviews running monthly since September; 94% of apprentices on track.", "A", "B"),
        ("1.2", "Train all assessors to plan off-the-job training with employers at the start of each programme.",
         "Quality Improvement Manager (Apprenticeships)", "Training plans signed by employers at induction for all new starts.",
         "Autumn term 2024", "Two of three training sessions delivered; final session 10 December.", "A", "G"),
        ("afi", "AFI 2: Leaders should ensure that teachers on adult programmes use assessment effectively to check learners' understanding before moving on to new topics."),
        ("2.1", "Deliver CPD on questioning and retrieval practice to all adult tutors.", "KT / SB",
         "Learning walks show effective checking of understanding in 80% of sessions.", "31/01/2025",
         "CPD delayed by tutor vacancies; first session delivered November, second planned January.", "R", "A"),
        ("2.2", "Learning walks focused on checking understanding, with findings reported to Quality Board each half term.",
         "Assistant Principal Adult Learning", "Themes from walks acted on within the half term.", "Ongoing",
         "Two rounds completed; themes shared at adult team meeting.", "G", "G"),
        ("afi", "AFI 3: Leaders should improve attendance in English and mathematics lessons for learners aged 16 to 18."),
        ("3.1", "Daily attendance calls by Student Progress Coaches to any learner absent from English or maths.", "Head of Student Services",
         "English and maths attendance at 85% or above.", "Sept 2024 - June 2025",
         "Attendance 81% to date (78% same point last year). Calls made on the day for 96% of absences.", "A", "A"),
        ("3.2", "Add English and maths attendance targets to curriculum area performance reviews.", "Vice Principal Curriculum and Quality",
         "Targets discussed at every autumn review.", "Dec 2024", "All autumn reviews completed with attendance targets set.", "G", "B"),
        ("3.3", "Review timetabling so that English and maths are not scheduled as the last session of the day.", "Director of MIS and Timetabling",
         "2025/26 timetable has no English or maths in final session.", "Summer term 2025", "Work starts in the spring with curriculum planning.", "", "Not started"),
    ]
    r = 5
    for row in data:
        if row[0] == "afi":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            for c in range(1, 9):
                ws.cell(r, c).fill = fill("E4DFEC")
            ws.row_dimensions[r].height = 30
            ws.cell(r, 1).alignment = WRAP
            r += 1
            continue
        for i, v in enumerate(row[:6], start=1):
            ws.cell(r, i, v).alignment = WRAP
            ws.cell(r, i).border = BOX
        for i, v in ((7, row[6]), (8, row[7])):
            c = ws.cell(r, i, v or None)
            c.border = BOX
            if v in FILLS:
                c.fill = fill(v)
        r += 1
    r += 1
    ws.cell(r, 1, "Key: B = complete   G = on track   A = some slippage   R = significant concern")
    for col, w in zip("ABCDEFGH", (6, 45, 26, 36, 16, 45, 10, 10)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "bt1-sunderland-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------- 4. Ysgol y Strade Estyn PIAP (docx)
def strade():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Ysgol y Strade - Post-Inspection Action Plan", level=1)
    doc.add_paragraph("Estyn inspection: March 2024. Plan agreed by the governing body and Carmarthenshire County Council, "
                      "June 2024. Progress reviewed at each meeting of the Standards Committee.")
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for a, b, c in (("Version", "Date", "Approved by"), ("1.0", "18 June 2024", "Full Governing Body"),
                    ("1.1", "5 November 2024", "Standards Committee (progress update)")):
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, c
    bold_row(t.rows[0])
    doc.add_paragraph("")
    recs = [
        ("R1: Improve the quality of teaching and assessment so that it consistently challenges pupils to make strong progress", [
            ("1.1", "Whole-school professional learning programme on questioning, challenge and feedback, delivered in twilight sessions.",
             "AHT (Teaching & Learning)", "Autumn term 2024", "INSET days; £4,000 professional learning grant",
             "Lesson observations show at least 80% of lessons with effective challenge.", "B"),
            ("1.2", "Introduce departmental peer observation triads with a termly focus agreed by the leadership team.",
             "Heads of Department", "Termly", "Cover for 2 periods per teacher per term",
             "All teachers take part in at least one triad each term.", "G"),
            ("1.3", "Refine the marking and feedback policy so that pupils respond to feedback in every subject.",
             "Mr D Rees / Mrs S Morgan", "February 2025", "Staff meeting time",
             "Book scrutiny shows pupils respond to feedback in all subjects.", "A"),
        ]),
        ("R2: Strengthen self-evaluation and improvement planning so that leaders at all levels focus on pupils' progress", [
            ("2.1", "Revise the self-evaluation calendar so that first-hand evidence (learning walks, book looks, pupil voice) informs each departmental review.",
             "Headteacher", "October 2024", "Senior leadership time",
             "Departmental reviews cite first-hand evidence on pupils' progress.", "B"),
            ("2.2", "Train middle leaders in writing precise departmental improvement plans with measurable success criteria, supported by the local authority.",
             "Deputy Headteacher; Carmarthenshire Challenge Adviser", "31/03/2025", "Local authority support days",
             "All departmental plans judged secure by the Standards Committee.", "G"),
        ]),
        ("R3: Improve attendance, particularly for pupils eligible for free school meals", [
            ("3.1", "Appoint an Attendance Officer and introduce fortnightly attendance panels for pupils below 90%.",
             "Pastoral Deputy", "September 2024", "Grant funding for Attendance Officer post",
             "Attendance of eFSM pupils improves by 3 percentage points.", "B"),
            ("3.2", "Work with the Education Welfare Service and Team Around the Family on home visits for persistent absentees.",
             "Head of Year 9 / Education Welfare Officer", "July 2025", "EWS time",
             "Persistent absence falls below 20%.", "R"),
        ]),
        ("R4: Ensure that pupils with additional learning needs receive support that meets their needs in all lessons", [
            ("4.1", "Share one-page profiles for all pupils with IDPs through the school information system and check their use in learning walks.",
             "ALNCo", "December 2024", "ALN team time",
             "Learning walks show adaptations for pupils with ALN in most lessons.", "G"),
        ]),
    ]
    hdr = ["Ref", "Actions", "Responsibility", "Timescale", "Resources", "Success criteria", "Progress (RAG)"]
    rag = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for head, acts in recs:
        doc.add_heading(head, level=2)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
            shade(t.rows[0].cells[i], "D9D9D9")
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a[:6]):
                cells[i].text = v
            shade(cells[6], rag[a[6]])
        doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue - completed; Green - on track; Amber - some concerns; Red - significant concerns.")
    doc.save(os.path.join(HERE, "bt1-ysgol-y-strade-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 5. Northern HSC Trust RQIA (docx)
def northern():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Northern Health and Social Care Trust", level=1)
    doc.add_heading("RQIA Unannounced Inspection of Medical Wards, Antrim Area Hospital (February 2024): Trust Improvement Plan", level=2)
    doc.add_paragraph("This plan sets out the Trust's response to the areas for improvement identified by the Regulation and Quality "
                      "Improvement Authority. It is monitored monthly by the Medicine Division governance meeting and reported to the "
                      "Assurance Committee. Update as at 30 September 2024.")
    hdr = ["No.", "Area for improvement", "Action to be taken", "Responsible person(s)", "Timescale", "Update (September 2024)", "Status"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        shade(t.rows[0].cells[i], "BDD7EE")
    bold_row(t.rows[0])
    data = [
        ("sec", "Safe care"),
        ("1", "The Trust should ensure that patients' nutritional risk (MUST) assessments are completed within 24 hours of admission and reviewed weekly.",
         "Add MUST completion to the daily safety huddle checklist and audit ten records per ward each month.",
         "Ward Sister", "31 August 2024", "Audit compliance 92% in August (baseline 64%).", "Achieved"),
        ("2", "The Trust should ensure that patients' nutritional risk (MUST) assessments are completed within 24 hours of admission and reviewed weekly.",
         "Dietetic link nurse on each ward to deliver refresher training to registered nurses.",
         "Lead Nurse (Medicine)", "By 31 October 2024", "Link nurses identified on 6 of 7 wards; training under way.", "On track"),
        ("3", "The Trust should ensure that the storage of medicines, including controlled drugs, complies with legislative and best practice guidance.",
         "Pharmacy-led monthly medicines storage audit with immediate feedback to the nurse in charge.",
         "K. McAllister; J. Doherty", "Immediate and ongoing", "Audits in place since March; themes reported to Medicines Governance Group.", "On track"),
        ("4", "The Trust should ensure that fire doors are not propped open and that escape routes are kept clear.",
         "Estates to fit hold-open devices linked to the fire alarm on identified doors in wards A2 and B3.",
         "Head of Estates", "End of December 2024", "Order placed; installation delayed by contractor availability.", "Amber"),
        ("sec", "Leadership and governance"),
        ("5", "The Trust should ensure that learning from incidents is shared with ward staff and that this is recorded.",
         "Introduce a monthly 'Learning Matters' bulletin and record discussion at ward meetings.",
         "Assistant Director of Nursing - Acute", "30 June 2024", "Bulletin issued monthly since May; ward meeting minutes evidence discussion.", "Achieved"),
        ("6", "The Trust should review nurse staffing on the medical wards against the Delivering Care framework.",
         "Complete the Delivering Care staffing review for all medical wards and submit the business case for additional posts.",
         "Divisional Nurse; Head of Workforce Planning", "Q4 2024/25", "Review complete for 4 of 7 wards.", "On track"),
        ("7", "The Trust should ensure that complaints are responded to within the regional target timescale.",
         "Weekly complaints tracker meeting with the divisional governance lead.",
         "Divisional Governance Lead", "30 November 2024", "Not yet commenced; awaiting appointment to vacant governance post.", "Not started"),
    ]
    for row in data:
        if row[0] == "sec":
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            m.text = row[1]
            shade(m, "F2F2F2")
            for p in m.paragraphs:
                for run in p.runs:
                    run.bold = True
            continue
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Prepared by: Medicine Division Governance Team. Approved by: Director of Nursing, Midwifery and AHPs.")
    doc.save(os.path.join(HERE, "bt1-northern-hsc-trust-rqia-medical-wards-improvement-plan.docx"))


# ---------------------------------------------------------------- 6. Cheshire Constabulary custody (csv)
def cheshire():
    import csv
    rows = [
        ["ID", "Source", "Type", "Recommendation / Area for improvement", "Action", "Owner", "Due Date", "Status", "Latest Update"],
        ["CUS-01", "Custody inspection 2024", "Recommendation", "The force should ensure that detainees' risk assessments are reviewed at each change of shift.", "Add risk review prompt to the shift handover template in the custody system.", "Ch Insp Custody", "31/03/2025", "Complete", "Template live from 1 March. Dip sample of 50 records showed 94% compliance."],
        ["CUS-02", "Custody inspection 2024", "Recommendation", "The force should ensure that detainees' risk assessments are reviewed at each change of shift.", "Quarterly dip sample of handovers by custody inspectors.", "Custody Inspectors", "Quarterly", "On track", "Q1 dip sample complete."],
        ["CUS-03", "Custody inspection 2024", "Area for improvement", "The force should improve the recording of the justification for the use of force in custody.", "Refresh use of force training for detention officers and sergeants.", "Sgt R. Hughes / PS M. Lloyd", "30/06/2025", "On track", "Training package signed off by Learning and Development."],
        ["CUS-04", "Custody inspection 2024", "Area for improvement", "The force should ensure that detainees are offered a shower and a change of clothing where they are held for more than 24 hours.", "Update custody welfare checklist and stock clothing packs at Middlewich and Blacon.", "Custody Manager", "Ocotber 2025", "Amber", "Clothing contract under review with procurement."],
        ["CUS-05", "Custody inspection 2024", "Area for improvement", "The force should improve its arrangements to obtain appropriate adults for vulnerable adults out of hours.", "Agree an out-of-hours appropriate adult scheme with the local authorities.", "Supt Criminal Justice", "31/12/2025", "Red", "Funding not yet agreed with Cheshire West and Chester, Cheshire East, Halton and Warrington."],
        ["CUS-06", "Custody inspection 2024", "Area for improvement", "The force should monitor the time detainees wait for mental health assessments.", "Add time-to-assessment field to the custody mental health log and report monthly to the Custody Board.", "Custody Healthcare Lead", "Sept 2025", "On track", "Field added; first report due August."],
    ]
    path = os.path.join(HERE, "bt1-cheshire-constabulary-custody-inspection-action-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        f.write("Cheshire Constabulary - Custody Inspection Action Plan (export 14/07/2025)\r\n")
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------- 7. Perth & Kinross BVAR (txt, tab separated)
def perth():
    lines = [
        "Perth & Kinross Council - Best Value Assurance Report Improvement Plan",
        "",
        "Progress report to Audit and Risk Committee, January 2025",
        "",
        "\t".join(["Ref", "BVAR recommendation", "Improvement action", "Lead officer", "Target date", "Progress", "Status"]),
        "Theme 1: Vision and strategic direction",
        "\t".join(["1.1", "The council should set out clearly how its priorities will be delivered and resourced over the medium term.",
                   "Refresh the Corporate Plan with a delivery framework linked to the medium-term financial plan.",
                   "Chief Executive", "Mar-25", "Draft Corporate Plan considered by Council in December; delivery framework in preparation.", "On track"]),
        "\t".join(["1.2", "The council should set out clearly how its priorities will be delivered and resourced over the medium term.",
                   "Agree community planning partnership priorities for the new Local Outcomes Improvement Plan.",
                   "Strategic Lead - Community Planning", "June 2025", "Partner workshops held October and November.", "On track"]),
        "Theme 2: Financial sustainability",
        "\t".join(["2.1", "The council should identify the savings required to close its funding gap and report progress regularly.",
                   "Deliver the Transformation Programme with savings tracked through a monthly dashboard.",
                   "Head of Finance", "31/03/2025", "Dashboard in place; £3.1m of £4.6m target identified.", "Amber"]),
        "\t".join(["2.2", "The council should identify the savings required to close its funding gap and report progress regularly.",
                   "Publish an updated five-year capital investment plan.",
                   "Head of Finance / Head of Property Services", "TBC", "Awaiting the outcome of the Scottish Budget.", "Not started"]),
        "Theme 3: Performance and public reporting",
        "\t".join(["3.1", "The council should improve the balance of its public performance reporting.",
                   "Publish an annual performance report that includes areas of weaker performance and comparisons with other councils.",
                   "Corporate Performance Manager", "Sept 2024", "Annual Performance Report 2023/24 published September 2024.", "Complete"]),
        "\t".join(["3.2", "The council should improve the balance of its public performance reporting.",
                   "Introduce quarterly performance scorecards for each Committee.",
                   "Corporate Performance Manager", "Dec 2024", "Scorecards presented to all service Committees in November and December.", "Complete"]),
        "Theme 4: Community empowerment",
        "\t".join(["4.1", "The council should do more to involve communities in decisions about local services.",
                   "Roll out Local Action Partnership participatory budgeting to all seven areas.",
                   "Executive Director (Communities)", "Aug-25", "Five of seven LAPs have completed a participatory budgeting round.", "On track"]),
        "\t".join(["4.2", "The council should do more to involve communities in decisions about local services.",
                   "Review the Community Asset Transfer process to reduce timescales for community groups.",
                   "Head of Legal and Governance", "Ongoing", "Review delayed by staffing changes in Legal Services.", "Red"]),
        "",
        "Status: Complete / On track / Amber (some slippage) / Red (significant delay) / Not started",
    ]
    with open(os.path.join(HERE, "bt1-perth-kinross-council-bvar-improvement-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    dbth()
    heriot()
    sunderland()
    strade()
    northern()
    cheshire()
    perth()
    print("done")
