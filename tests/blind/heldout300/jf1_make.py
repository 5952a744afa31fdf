"""Build the seven jf1- blind test files (set heldout300).

Run with /work/main/.venv/bin/python jf1_make.py ; writes next to this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL_HEX = {"blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- helpers (docx)
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


# ---------------------------------------------------------------- helpers (xlsx)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcolour):
    return PatternFill("solid", start_color=hexcolour, end_color=hexcolour)


# =================================================================== 1. school docx
SCHOOL_FILE = "jf1-thornleigh-salesian-college-post-ofsted-action-plan.docx"
SCHOOL_TITLE = "Thornleigh Salesian College: Post-Ofsted Action Plan 2024"
SCHOOL_PRIORITIES = [
    (
        "Priority 1: Curriculum implementation in key stage 3",
        "In some subjects, teachers do not check carefully enough what pupils have understood before "
        "moving on to new content. Leaders should ensure that teachers have the expertise to check "
        "pupils' understanding and to address misconceptions quickly.",
        [
            ("1.1", "Deliver a programme of CPD on checking for understanding (hinge questions, "
                    "mini-whiteboards, cold calling) for all teaching staff.",
             "Deputy Headteacher (Quality of Education)", "Success: 90% of lessons observed show "
             "systematic checks for understanding.", "Spring term 2024", "blue"),
            ("1.2", "Heads of department to review KS3 schemes of learning so that planned retrieval "
                    "and assessment points are identified in every unit.",
             "Heads of Department", "Every KS3 unit has mapped retrieval and assessment points.",
             "Summer term 2024", "green"),
            ("1.3", "Quality assure implementation through termly subject deep dives, with findings "
                    "reported to the Standards Committee.",
             "JMc / Link Governor (Curriculum)", "Deep dive reports minuted at each Standards "
             "Committee.", "Termly", "green"),
        ],
    ),
    (
        "Priority 2: Reading across the curriculum",
        "Leaders have not ensured that pupils who are behind with their reading get the support they "
        "need quickly enough. Leaders should make sure that these pupils are identified early and "
        "receive effective help to catch up.",
        [
            ("2.1", "Screen all Year 7 pupils using the New Group Reading Test on entry and re-test "
                    "those below a standardised score of 95.",
             "Reading Lead", "All Year 7 screened by October half term; re-test data analysed.",
             "Autumn term 2024", "green"),
            ("2.2", "Introduce a daily phonics-based intervention (Fresh Start) for pupils in Years 7 "
                    "and 8 identified as the weakest readers.",
             "Reading Lead and SENDCo", "Average reading age gain of 12 months over two terms.",
             "April 2024", "amber"),
            ("2.3", "Train tutors to deliver the tutor-time reading programme and monitor fidelity "
                    "through drop-ins.\nShare reading age data with all staff via the class "
                    "information sheets.",
             "Assistant Headteacher (Literacy)", "Drop-ins show the programme delivered as intended "
             "in 9 out of 10 tutor groups.", "Ongoing", "green"),
        ],
    ),
    (
        "Priority 3: Attendance and persistent absence",
        "Too many disadvantaged pupils are persistently absent from school. Leaders should continue "
        "to work with families to improve the attendance of these pupils so that they benefit fully "
        "from the curriculum.",
        [
            ("3.1", "Appoint a Family Liaison Officer to work with families of disadvantaged pupils "
                    "whose attendance is below 90%.",
             "Headteacher", "Post filled; caseload of 40 families.", "February 2024", "blue"),
            ("3.2", "Hold weekly attendance panel meetings and put in place individual attendance "
                    "plans for persistently absent pupils.",
             "Attendance Officer; Head of Year", "PA for disadvantaged pupils reduced from 31% to "
             "22%.", "31/03/2024", "green"),
            ("3.3", "Work with the local authority Inclusion Service to pilot a first-day calling and "
                    "home-visit protocol for pupil premium families.",
             "Deputy Headteacher (Pastoral)", "Protocol agreed and evaluated.",
             "Summer term 2024", None),
        ],
    ),
]


def make_school():
    doc = Document()
    h = doc.add_heading(SCHOOL_TITLE, level=1)
    doc.add_paragraph("Section 5 inspection: 14–15 November 2023. Overall effectiveness: Requires "
                      "improvement. Report published 9 January 2024.")

    doc.add_paragraph("Document control").runs[0].bold = True
    dc = [("Version", "3.0"), ("Date", "10 June 2024"), ("Prepared by", "Headteacher"),
          ("Monitored by", "Standards Committee of the Governing Body"),
          ("Next review", "September 2024")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in dc:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = [("blue", "Complete and impact evidenced"), ("green", "On track"),
           ("amber", "Some slippage – action needed"), ("red", "Not on track")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for colour, meaning in key:
        r = t.add_row().cells
        shade(r[0], FILL_HEX[colour])
        set_cell(r[1], meaning)

    for heading, rec, actions in SCHOOL_PRIORITIES:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        run = p.add_run(rec)
        run.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, ["Ref", "Action", "Lead(s)", "Success criteria",
                                            "Timescale", "RAG"]):
            set_cell(c, txt, bold=True)
            shade(c, "D9D9D9")
        for ref, action, lead, success, when, rag in actions:
            r = t.add_row().cells
            set_cell(r[0], ref)
            set_cell(r[1], action)
            set_cell(r[2], lead)
            set_cell(r[3], success)
            set_cell(r[4], when)
            set_cell(r[5], "")
            if rag:
                shade(r[5], FILL_HEX[rag])

    doc.add_paragraph("")
    doc.add_paragraph("Governor sign-off").runs[0].bold = True
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Name", "Role", "Date"]):
        set_cell(c, txt, bold=True)
    for c, txt in zip(t.rows[1].cells, ["Mrs C Doherty", "Chair of Governors", "12 June 2024"]):
        set_cell(c, txt)
    doc.save(os.path.join(HERE, SCHOOL_FILE))


# =================================================================== 2. college xlsx (refuse)
COLLEGE_FILE = "jf1-burton-south-derbyshire-college-ofsted-piap-typo-month-refuse.xlsx"
COLLEGE_TITLE = ("Burton and South Derbyshire College – Post Inspection Action Plan (PIAP) "
                 "2024/25")
COLLEGE_AFIS = [
    ("AFI 1 – Leaders and managers should ensure that more adult learners on level 2 and level 3 "
     "courses achieve their qualifications.",
     [
         ("1.1", "Introduce six-weekly progress reviews for all adult learners, with at-risk learners "
                 "referred to a learning mentor.", "Head of Adult Learning", D(2024, 11, 30), None,
          "Reviews in place from October; 38 learners referred.", "B"),
         ("1.2", "Reshape the adult timetable so that classes run in evening and blended formats "
                 "that suit working learners.", "Head of Adult Learning / Timetabling Manager",
          D(2025, 1, 31), D(2025, 4, 30), "New timetable agreed; launch moved to April intake.", "A"),
         ("1.3", "Monitor in-year retention and achievement by course at monthly Quality "
                 "Improvement Board.", "Vice Principal Quality and Curriculum", "Monthly", None,
          "Standing agenda item.", "G"),
     ]),
    ("AFI 2 – Teachers of apprentices should plan off-the-job training that builds on what "
     "apprentices learn at work.",
     [
         ("2.1", "Hold tripartite planning meetings with employers at the start of each apprenticeship "
                 "to map on- and off-the-job learning.", "Head of Apprenticeships", D(2024, 12, 31),
          None, "Completed for all new starts since September.", "B"),
         ("2.2", "Deliver CPD for apprenticeship tutors on sequencing training around workplace "
                 "activity.", "Head of Teaching, Learning and Assessment", "Febuary 2025", None,
          "First two sessions delivered.", "G"),
         ("2.3", "Audit a sample of 10% of apprentice files each term for evidence of coordinated "
                 "planning.", "Quality Manager", D(2025, 7, 31), None, "", "G"),
     ]),
    ("AFI 3 – Governors should receive sufficiently detailed information on the quality of "
     "provision for learners with high needs.",
     [
         ("3.1", "Add a high needs section to the termly quality report to governors, including "
                 "progress against EHCP outcomes.", "Head of Inclusion; Director of Governance",
          D(2025, 3, 31), None, "Template drafted.", "G"),
         ("3.2", "Arrange a learning walk of high needs provision for the Quality and Standards "
                 "Committee.", "Clerk to the Corporation", D(2025, 5, 31), None, "", ""),
     ]),
]


def make_college():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP 2024-25"
    ws["A1"] = COLLEGE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "For: Quality and Standards Committee, 11 February 2025"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Ofsted inspection: 4–7 June 2024. Report published: 12 July 2024."
    ws["A4"] = "Position at: 31 January 2025. Plan owner: Vice Principal Quality and Curriculum."
    hdr = ["Ref", "Action", "Responsible", "Target date", "Revised date",
           "Progress update (January 2025)", "RAG"]
    row = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    row += 1
    rag_fill = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for afi, actions in COLLEGE_AFIS:
        ws.cell(row=row, column=1, value=afi).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = fill("D9E1F2")
        ws.cell(row=row, column=1).alignment = WRAP
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        ws.row_dimensions[row].height = 32
        row += 1
        for ref, action, lead, target, revised, update, rag in actions:
            vals = [ref, action, lead, target, revised, update, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=row, column=7).fill = fill(rag_fill[rag])
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Summary").font = Font(bold=True)
    counts = [("Complete (B)", 2), ("On track (G)", 4), ("At risk (A)", 1), ("Off track (R)", 0),
              ("Not yet started", 1), ("Total actions", 8)]
    for lab, n in counts:
        row += 1
        ws.cell(row=row, column=1, value=lab)
        ws.cell(row=row, column=2, value=n)
    for col, w in zip("ABCDEFG", [9, 60, 30, 13, 13, 40, 7]):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("RAG key")
    k["A1"] = "RAG rating key"
    k["A1"].font = Font(bold=True)
    for i, (code, meaning) in enumerate([("B", "Complete – evidence of impact"),
                                         ("G", "On track to meet target date"),
                                         ("A", "At risk – target date may be missed"),
                                         ("R", "Off track – target date missed")], 3):
        k.cell(row=i, column=1, value=code).fill = fill(rag_fill[code])
        k.cell(row=i, column=2, value=meaning)
    wb.save(os.path.join(HERE, COLLEGE_FILE))


# =================================================================== 3. university csv
UNI_FILE = "jf1-university-of-salford-ofs-e6-harassment-sexual-misconduct-action-plan.csv"
UNI_TITLE = ("University of Salford - OfS Condition E6 (Harassment and Sexual Misconduct) "
             "Implementation Action Plan")
UNI_ROWS = [
    # workstream (blank = same as above), ref, requirement, action, owner, due, RAG, update
    ("WS1 Single comprehensive source of information", "1.1",
     "E6.2 Single comprehensive source of information",
     "Map all existing policies, procedures and web pages relating to harassment and sexual "
     "misconduct and identify gaps against the minimum content requirements.",
     "Head of Student Safeguarding", "31/01/2025", "B",
     "Gap analysis completed and reported to Steering Group on 22 January."),
    ("", "1.2", "E6.2 Single comprehensive source of information",
     "Publish the single comprehensive source of information as one web page with version "
     "history, linked from the student portal and the Students' Union website.",
     "Head of Student Safeguarding; Director of Marketing and Communications", "30/06/2025", "G",
     "Draft page with Legal Services for review."),
    ("WS2 Training", "2.1", "E6 minimum content: training",
     "Commission and launch mandatory online training on consent, active bystander and reporting "
     "for all new students from the September 2025 intake.",
     "Director of Student Experience / People Development Manager", "September 2025", "G",
     "Supplier appointed."),
    ("", "2.2", "E6 minimum content: training",
     "Deliver specialist training for investigating officers and disciplinary panel members, "
     "including trauma-informed practice.",
     "Head of Student Conduct", "31/07/2025", "A",
     "Procurement delayed; first cohort now planned for July."),
    ("WS3 Reporting and support", "3.1", "E6 minimum content: reporting",
     "Introduce an online Report and Support tool allowing named and anonymous reports, with "
     "weekly triage by the Safeguarding Team.",
     "Head of Student Safeguarding & Digital Services Business Partner", "31/05/2025", "G",
     "Configuration complete; testing with SU officers."),
    ("", "3.2", "E6 minimum content: support",
     "Agree a referral pathway and information-sharing protocol with the local Sexual Assault "
     "Referral Centre and ISVA service.",
     "Director of Student Experience", "TBC", "R",
     "Awaiting response from commissioner; escalated to PVC Students."),
    ("WS4 Staff-student relationships", "4.1", "E6.5 Intimate personal relationships",
     "Revise the Staff Code of Conduct to set out the University's approach to intimate personal "
     "relationships between relevant staff members and students, following consultation with UCU "
     "and the Students' Union.",
     "Chief People Officer", "31/07/2025", "A",
     "Consultation extended to end of April."),
    ("", "4.2", "E6.5 Intimate personal relationships",
     "Brief all line managers on the revised code and the declaration process and record "
     "completion in the HR system.",
     "HR Business Partners", "October 2025", "",
     "Not started - dependent on 4.1."),
]


def make_university():
    path = os.path.join(HERE, UNI_FILE)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        blank = [""] * 8
        w.writerow([UNI_TITLE] + [""] * 7)
        w.writerow(["Owner: E6 Steering Group. Reported to: Audit and Risk Committee. "
                    "Position at: 14 March 2025"] + [""] * 7)
        w.writerow(blank)
        w.writerow(["Workstream", "Ref", "E6 requirement", "Action", "Action owner(s)",
                    "Due date", "RAG", "Progress update"])
        for r in UNI_ROWS:
            w.writerow(list(r))
        w.writerow(blank)
        w.writerow(["Key: B = Complete; G = On track; A = At risk of delay; R = Off track"]
                   + [""] * 7)


# =================================================================== 4. hospital xlsx
HOSP_FILE = ("jf1-mersey-west-lancashire-teaching-hospitals-cqc-must-should-do-action-plan.xlsx")
HOSP_TITLE = ("Mersey and West Lancashire Teaching Hospitals NHS Trust – CQC Must Do and "
              "Should Do Action Plan")
HOSP_MUST = [
    ("Urgent and emergency care – Whiston Hospital",
     "The trust must ensure that patients attending the emergency department receive a timely "
     "initial assessment and are triaged within 15 minutes of arrival. (Regulation 12)",
     [
         ("MD1.1", "Implement a streaming and rapid assessment and treatment (RAT) model at the front "
                   "door between 10:00 and 02:00.",
          "Divisional Director of Nursing (Urgent Care)", D(2024, 6, 30), D(2024, 9, 30), "A", "G",
          "RAT model live 7 days; time to triage 13 minutes (median) in August."),
         ("MD1.2", "Audit time to triage weekly and report compliance to the Urgent Care Divisional "
                   "Quality Board.",
          "ED Matron / Clinical Director ED", D(2024, 5, 31), None, "G", "B",
          "Weekly audit embedded; evidence pack submitted."),
     ]),
    ("Medical care – Southport Hospital",
     "The trust must ensure that staff complete mandatory training, including safeguarding adults "
     "and children level 3, in line with trust targets. (Regulation 18)",
     [
         ("MD2.1", "Provide protected time on ward rotas so that each ward achieves 90% compliance "
                   "with mandatory training.",
          "Head of Nursing – Medicine", D(2024, 9, 30), D(2025, 1, 31), "A", "A",
          "Compliance 84%; winter pressures affecting release of staff."),
         ("MD2.2", "Issue monthly compliance reports by staff member to ward managers and escalate "
                   "non-compliance through appraisal.",
          "Head of Learning and Development", D(2024, 7, 31), None, "G", "B",
          "Reports issued monthly since July."),
     ]),
    ("Maternity – Whiston Hospital",
     "The trust must ensure that emergency equipment in maternity areas is checked daily in line "
     "with trust policy. (Regulation 12)",
     [
         ("MD3.1", "Introduce an electronic daily checklist for resuscitation trolleys and neonatal "
                   "resuscitaires with matron oversight.",
          "Director of Midwifery", D(2024, 5, 31), None, "R", "G",
          "E-checklist live; 97% compliance in September."),
     ]),
]
HOSP_SHOULD = [
    ("Urgent and emergency care – Whiston Hospital",
     "The trust should ensure that patients' pain is assessed and re-evaluated and that pain relief "
     "is given in a timely way.",
     [
         ("SD1.1", "Add a pain score and re-assessment prompt to the ED nursing documentation in the "
                   "electronic patient record.",
          "Chief Nursing Information Officer", D(2024, 10, 31), None, "G", "G",
          "Build complete; go-live planned 21 October."),
     ]),
    ("Medical care – Southport Hospital",
     "The trust should ensure that patient records are stored securely on wards.",
     [
         ("SD2.1", "Fit lockable notes trolleys on all medical wards at Southport Hospital.",
          "Associate Director of Estates", D(2024, 8, 31), D(2024, 12, 31), "A", "R",
          "Supplier delay; 5 of 9 wards fitted."),
     ]),
    ("Maternity – Whiston Hospital",
     "The trust should continue to recruit midwives to fill vacancies.",
     [
         ("SD3.1", "Run a rolling recruitment campaign for Band 5 and Band 6 midwives and offer all "
                   "newly qualified midwives a preceptorship place.",
          "Director of Midwifery; Head of Workforce", "Ongoing", None, "G", "G",
          "Vacancy rate down from 11% to 6.5%."),
     ]),
]
HOSP_RAG = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def _hosp_sheet(wb, name, heading, col3, blocks):
    ws = wb.create_sheet(name)
    ws["A1"] = heading
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Core service / site", col3, "Action", "Lead", "Original target date",
           "Revised target date", "Previous RAG", "Current RAG", "Progress update / evidence"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    row = 4
    for service, finding, actions in blocks:
        first = row
        for ref, action, lead, orig, rev, prev, cur, update in actions:
            vals = [ref, service if row == first else None, finding if row == first else None,
                    action, lead, orig, rev, prev, cur, update]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=8).fill = fill(HOSP_RAG[prev])
            ws.cell(row=row, column=9).fill = fill(HOSP_RAG[cur])
            row += 1
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=row - 1, end_column=3)
    for col, w in zip("ABCDEFGHIJ", [8, 22, 45, 50, 28, 12, 12, 9, 9, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    return ws


def make_hospital():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = HOSP_TITLE
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = ("Following the CQC inspection of urgent and emergency care, medical care and "
                "maternity services (report published 21 March 2024)")
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Change"),
          ("1.0", "19/04/2024", "Head of Regulatory Compliance", "Plan submitted to CQC"),
          ("1.3", "16/09/2024", "Head of Regulatory Compliance", "Progress update for Quality "
           "Committee"),
          ("1.4", "14/10/2024", "Head of Regulatory Compliance", "Progress update for Trust Board")]
    for r, vals in enumerate(dc, 5):
        for c, v in enumerate(vals, 1):
            cell = cv.cell(row=r, column=c, value=v)
            cell.border = BOX
            if r == 5:
                cell.font = Font(bold=True)
    cv["A10"] = "RAG key"
    cv["A10"].font = Font(bold=True)
    for r, (code, meaning) in enumerate([("B", "Complete and evidenced"),
                                         ("G", "On track to deliver by target date"),
                                         ("A", "Risk to delivery by target date"),
                                         ("R", "Target date missed / off track")], 11):
        cv.cell(row=r, column=1, value=code).fill = fill(HOSP_RAG[code])
        cv.cell(row=r, column=2, value=meaning)
    cv.column_dimensions["A"].width = 10
    cv.column_dimensions["B"].width = 14
    cv.column_dimensions["C"].width = 32
    cv.column_dimensions["D"].width = 36

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – October 2024"
    sm["A1"].font = Font(bold=True)
    rows = [("Current RAG", "Must Do", "Should Do", "Total"),
            ("B", 2, 0, 2), ("G", 2, 2, 4), ("A", 1, 0, 1), ("R", 0, 1, 1), ("Total", 5, 3, 8)]
    for r, vals in enumerate(rows, 3):
        for c, v in enumerate(vals, 1):
            cell = sm.cell(row=r, column=c, value=v)
            cell.border = BOX
            if r == 3 or vals[0] == "Total":
                cell.font = Font(bold=True)
    _hosp_sheet(wb, "Must Do", "Must Do actions (breaches of regulation)", "CQC Must Do", HOSP_MUST)
    _hosp_sheet(wb, "Should Do", "Should Do actions", "CQC Should Do", HOSP_SHOULD)
    wb.save(os.path.join(HERE, HOSP_FILE))


# =================================================================== 5. GP practice txt
GP_FILE = "jf1-sandy-lane-surgery-cqc-inspection-action-plan.txt"
GP_TITLE = "Sandy Lane Surgery – CQC Inspection Action Plan"
GP_SECTIONS = [
    ("Requirement notice: Regulation 12 Safe care and treatment",
     [
         ("R12.1", "Patients on high-risk medicines were not always monitored in line with guidance.",
          "Run monthly searches for patients prescribed methotrexate, lithium, azathioprine and "
          "DOACs and recall any patient overdue monitoring.",
          "Clinical Pharmacist", "31/08/2024", "Complete", "Searches set up on SystmOne."),
         ("R12.2", "",
          "Add a monitoring due alert to repeat prescriptions so that prescribers check blood "
          "results before issuing.",
          "Dr R Patel / Clinical Pharmacist", "30/09/2024", "Complete", ""),
         ("R12.3", "Not all emergency medicines recommended in national guidance were stocked and "
                   "there was no risk assessment.",
          "Complete a risk assessment for emergency medicines, order missing stock and add the "
          "items to the weekly emergency kit check.",
          "Lead Nurse", "End of July 2024", "Complete", "Stock in place 22/07/24."),
     ]),
    ("Requirement notice: Regulation 17 Good governance",
     [
         ("R17.1", "Safety alerts were not consistently acted on and there was no record of the "
                   "action taken.",
          "Set up a safety alerts log with named clinician sign-off and review outstanding alerts "
          "at the monthly clinical meeting.",
          "Practice Manager & Dr S Okafor", "30/09/2024", "On track", "Log in use since August."),
         ("R17.2", "Staff training records were incomplete; some staff had not completed "
                   "safeguarding and infection prevention training.",
          "Move all staff onto a single online training platform and review the training matrix "
          "monthly.",
          "Practice Manager", "October 2024", "On track", "Matrix 88% complete."),
     ]),
    ("Areas where the practice should improve",
     [
         ("S1", "Continue to improve the uptake of cervical screening.",
          "Offer Saturday morning smear clinics in Enhanced Access hours and text reminders to "
          "non-responders.",
          "Lead Nurse", "Ongoing", "On track", ""),
         ("S2", "Improve patient satisfaction with telephone access.",
          "Install a cloud-based telephony system with call-back and queue position messages.",
          "Practice Manager", "March 2025", "Not started", "Awaiting ICB funding decision."),
     ]),
]


def make_gp():
    lines = [
        GP_TITLE,
        "Provider: Dr R Patel and Partners",
        "Inspection date: 18 June 2024",
        "Report published: 2 August 2024",
        "Overall rating: Requires improvement",
        "Action plan owner: Practice Manager",
        "",
        "\t".join(["Ref", "Finding", "Action", "Lead", "By when", "Status", "Comments"]),
    ]
    for section, rows in GP_SECTIONS:
        lines.append("")
        lines.append(section)
        for r in rows:
            lines.append("\t".join(r))
    lines += [
        "",
        "Status key: Complete = action finished and evidence held; On track = in progress within "
        "timescale; Not started = not yet begun.",
        "Plan reviewed at the practice meeting on 3 September 2024.",
    ]
    with open(os.path.join(HERE, GP_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# =================================================================== 6. mental health docx
MH_FILE = ("jf1-herefordshire-worcestershire-health-and-care-nhs-trust-cqc-mental-health-"
           "must-should-do-action-plan.docx")
MH_TITLE = "CQC Mental Health Core Services Inspection: Must Do and Should Do Action Plan"
MH_SERVICES = [
    ("2.1 Acute wards for adults of working age and psychiatric intensive care units",
     [
         ("MD1 (Regulation 12): The trust must ensure that ligature risk assessments on acute wards "
          "are reviewed annually and updated after any change to the ward environment.",
          [
              ("MD1.1", "Complete a full re-survey of ligature points on all acute and PICU wards "
                        "using the trust's revised ligature tool.",
               "Head of Estates and Facilities", "31/10/2024", "Complete",
               "Re-survey completed; remedial works logged."),
              ("MD1.2", "Add ligature risk assessment review to the ward manager monthly assurance "
                        "checklist and audit it through the Mental Health Quality Group.",
               "Modern Matron (Acute) and Ward Managers", "31/12/2024 revised to 31/03/2025",
               "Amber", "Checklist revised; first audit due February."),
          ]),
         ("SD1: The trust should ensure that patients' physical health observations are recorded "
          "using NEWS2 and escalated when required.",
          [
              ("SD1.1", "Roll out NEWS2 e-observations on handheld devices on all inpatient wards.",
               "Physical Health Lead Nurse", "January 2025", "Green",
               "Devices issued to 4 of 6 wards."),
          ]),
     ]),
    ("2.2 Community-based mental health services for adults of working age",
     [
         ("MD2 (Regulation 12): The trust must ensure that people on waiting lists for community "
          "mental health teams are regularly reviewed for changes in risk.",
          [
              ("MD2.1", "Introduce a waiting list risk review protocol with contact at least every "
                        "four weeks for all people awaiting allocation.",
               "Service Manager – Community Mental Health", "30/09/2024", "Complete",
               "Protocol approved 12/09/2024."),
              ("MD2.2", "Produce a weekly waiting list report from the electronic patient record "
                        "showing time since last contact.",
               "Head of Business Intelligence", "November 2024", "Complete", "Report live."),
          ]),
         ("SD2: The trust should ensure that care plans are personalised and reflect the views of "
          "patients and carers.",
          [
              ("SD2.1", "Deliver co-produced care planning training with experts by experience to "
                        "all community care coordinators.",
               "Lead for Patient and Carer Experience; Professional Lead for Social Work",
               "Q4 2024/25", "Green", "Three of five sessions delivered."),
          ]),
     ]),
    ("2.3 Mental health crisis services and health-based places of safety",
     [
         ("MD3 (Regulation 18): The trust must ensure that there are enough suitably qualified "
          "staff in the crisis resolution and home treatment team to meet demand at night.",
          [
              ("MD3.1", "Recruit to the additional night-shift posts in the crisis resolution and "
                        "home treatment team funded through the Mental Health Investment Standard.",
               "Associate Director – Urgent Care", "March 2025", "Red",
               "2 of 6 posts filled; re-advertised."),
              ("MD3.2", "Monitor night staffing fill rates weekly at the Safer Staffing meeting "
                        "until all posts are filled.",
               "Head of Nursing – Urgent Care", "Ongoing", "Green", "Weekly monitoring in place."),
          ]),
     ]),
]
MH_STATUS_FILL = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_mh():
    doc = Document()
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Herefordshire and Worcestershire Health and Care NHS Trust"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(MH_TITLE, level=0)
    cover = [("Meeting", "Quality and Safety Committee (Public)"),
             ("Date of meeting", "12 December 2024"),
             ("Title of report", "CQC Must Do and Should Do Action Plan – Progress Report"),
             ("Executive lead", "Chief Nursing Officer"),
             ("Report author", "Head of Compliance and Regulation"),
             ("Purpose", "Assurance")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in cover:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        shade(r[0], "DEEAF6")
        set_cell(r[1], v)

    doc.add_heading("1. Executive summary", level=1)
    doc.add_paragraph(
        "The CQC inspected three mental health core services in April 2024 and the report was "
        "published on 18 July 2024. The trust was told of three Must Do actions (breaches of "
        "regulation) and two Should Do actions. This report sets out progress at 30 November 2024.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Status", "Must Do", "Should Do", "Total"]):
        set_cell(c, txt, bold=True)
    for vals in [("Complete", "3", "0", "3"), ("Green", "1", "2", "3"), ("Amber", "1", "0", "1"),
                 ("Red", "1", "0", "1"), ("Total", "6", "2", "8")]:
        r = t.add_row().cells
        for c, v in zip(r, vals):
            set_cell(c, v, bold=(vals[0] == "Total"))
        if vals[0] in MH_STATUS_FILL:
            shade(r[0], MH_STATUS_FILL[vals[0]])

    doc.add_heading("2. Action plan by core service", level=1)
    for service, reqs in MH_SERVICES:
        doc.add_heading(service, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Due date", "Status",
                                            "Update"]):
            set_cell(c, txt, bold=True)
            shade(c, "005EB8")
        for req, actions in reqs:
            r = t.add_row()
            merged = r.cells[0].merge(r.cells[5])
            set_cell(merged, req, bold=True)
            shade(merged, "F2F2F2")
            for ref, action, lead, due, status, update in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, action, lead, due, status, update]):
                    set_cell(c, v)
                shade(cells[4], MH_STATUS_FILL[status])
    doc.add_paragraph("")
    doc.add_paragraph("The Committee is asked to note the progress and the one action whose "
                      "completion date has been revised.")
    doc.save(os.path.join(HERE, MH_FILE))


# =================================================================== 7. National Highways xlsx
NH_FILE = "jf1-national-highways-smart-motorway-safety-action-plan-delivery-tracker.xlsx"
NH_TITLE = "Smart Motorway Safety Action Plan – Delivery Tracker"
NH_THEMES = [
    ("Theme A: Helping drivers find a place to stop",
     [
         ("A1", "Install additional signs on all lane running (ALR) motorways showing the distance "
                "to the next place to stop in an emergency.",
          "Network Operations Director", D(2022, 9, 30), None, "Complete",
          "Over 330 additional signs installed."),
         ("A2", "Retrofit additional emergency areas on existing ALR motorways through the National "
                "Emergency Area Retrofit (NEAR) programme.",
          "Smart Motorways Programme Director", D(2025, 3, 31), D(2025, 9, 30), "At risk",
          "Programme re-phased to reduce roadworks; 41 of c.150 areas complete."),
         ("A3", "Make emergency areas more visible by surfacing them in orange and adding approach "
                "signs.",
          "Smart Motorways Programme Director", D(2023, 3, 31), None, "Complete",
          "All existing emergency areas surfaced."),
     ]),
    ("Theme B: Detecting and responding to stopped vehicles",
     [
         ("B1", "Install stopped vehicle detection (SVD) on every existing ALR motorway.",
          "Network Operations Director / Chief Highways Engineer", D(2022, 9, 30), None, "Complete",
          "SVD live on all ALR sections since September 2022."),
         ("B2", "Achieve and maintain SVD performance requirements on all ALR sections and report "
                "performance to ORR each quarter.",
          "Chief Highways Engineer", D(2023, 9, 30), D(2024, 3, 31), "On track",
          "All sections meeting the detection requirement in Q3."),
         ("B3", "Reduce the average time for a traffic officer to attend a stopped vehicle on ALR "
                "to 10 minutes where patrols are present.",
          "Network Operations Director", D(2023, 3, 31), D(2024, 6, 30), "Off track",
          "Average attendance 13 minutes; recruitment of 150 traffic officers under way."),
     ]),
    ("Theme C: Information and education for drivers",
     [
         ("C1", "Upgrade enforcement cameras to detect vehicles driving under a Red X closed-lane "
                "signal.",
          "Chief Highways Engineer", D(2022, 6, 30), None, "Complete",
          "Upgrade complete; enforcement by police forces."),
         ("C2", "Run the national Driving on Motorways campaign and evaluate driver awareness of "
                "what to do in a breakdown.",
          "Director of Communications", "Annual", None, "On track",
          "2023/24 campaign evaluated; awareness 64%."),
     ]),
]
NH_STATUS_FILL = {"Complete": "00B0F0", "On track": "00B050", "At risk": "FFC000",
                  "Off track": "FF0000"}


def make_nh():
    wb = Workbook()
    nt = wb.active
    nt.title = "Notes"
    nt["A1"] = "National Highways"
    nt["A1"].font = Font(bold=True, size=14)
    nt["A2"] = NH_TITLE
    nt["A2"].font = Font(bold=True, size=12)
    nt["A4"] = "Position as at: 31 March 2024"
    nt["A6"] = "Notes"
    nt["A6"].font = Font(bold=True)
    nt["A7"] = ("1. This tracker records delivery of the commitments in the 2020 Smart Motorway "
                "Safety Evidence Stocktake and Action Plan and the Government's 2022 response to "
                "the Transport Committee.")
    nt["A8"] = ("2. Original dates are those published in the first year progress report. Forecast "
                "dates are the latest position agreed with DfT and reported to ORR.")
    nt["A9"] = "3. Commitments closed before April 2023 are shown for completeness."
    nt["A11"] = "Status key"
    nt["A11"].font = Font(bold=True)
    for r, (st, meaning) in enumerate([("Complete", "Blue – delivered"),
                                       ("On track", "Green – on track to forecast date"),
                                       ("At risk", "Amber – forecast date at risk"),
                                       ("Off track", "Red – forecast date missed or will be missed")],
                                      12):
        c = nt.cell(row=r, column=1, value=st)
        c.fill = fill(NH_STATUS_FILL[st])
        nt.cell(row=r, column=2, value=meaning)
    nt.column_dimensions["A"].width = 14
    nt.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Tracker")
    ws["A1"] = NH_TITLE + " (Q4 2023/24)"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["No.", "Commitment", "Senior responsible owner", "Original date", "Forecast date",
           "Status", "Progress commentary"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("000000")
        c.alignment = WRAP
        c.border = BOX
    row = 4
    for theme, actions in NH_THEMES:
        c = ws.cell(row=row, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        row += 1
        for no, commit, sro, orig, fc, status, comm in actions:
            for i, v in enumerate([no, commit, sro, orig, fc, status, comm], 1):
                c = ws.cell(row=row, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=row, column=6).fill = fill(NH_STATUS_FILL[status])
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Totals").font = Font(bold=True)
    for st, n in [("Complete", 4), ("On track", 2), ("At risk", 1), ("Off track", 1),
                  ("Total", 8)]:
        row += 1
        ws.cell(row=row, column=2, value=st)
        ws.cell(row=row, column=3, value=n)
    for col, w in zip("ABCDEFG", [6, 60, 30, 11, 11, 11, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, NH_FILE))


def main():
    make_school()
    make_college()
    make_university()
    make_hospital()
    make_gp()
    make_mh()
    make_nh()


if __name__ == "__main__":
    main()
