"""Build the seven kf1 blind test files (set heldout326).

Run with:  /work/main/.venv/bin/python kf1_make.py
Writes into the folder this script lives in.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; inner newlines become separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold


def header_row(table, labels, fill="1F3864"):
    row = table.rows[0]
    for c, lab in zip(row.cells, labels):
        set_cell(c, lab, bold=True)
        shade(c, fill)
        for p in c.paragraphs:
            for r in p.runs:
                r.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)


DOCX_RAG = {
    "blue": "5B9BD5",
    "green": "70AD47",
    "amber": "FFC000",
    "red": "FF0000",
}

FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F4E78"),
    "theme": PatternFill("solid", fgColor="DDEBF7"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def xl_header(ws, row, labels):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX


def xl_row(ws, row, values):
    for i, v in enumerate(values, start=1):
        if v is None:
            c = ws.cell(row=row, column=i)
        else:
            c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX


# =================================================================== 1
def leweston_docx():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Leweston School: Action Plan following ISI Inspection (March 2025)", level=0)
    d.add_paragraph("Inspection dates: 4 to 6 March 2025. Report published: 10 April 2025.")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Document", "ISI Inspection Action Plan"),
        ("Version", "2.1"),
        ("Owner", "Head"),
        ("Approved by", "Board of Governors, 12 May 2025"),
        ("Review", "Education & Pastoral Committee, each term"),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "D9E2F3")
        set_cell(cells[1], v)

    d.add_paragraph(
        "This plan responds to the inspection findings. Part A sets out the action taken where "
        "the Independent School Standards were not met at the time of inspection. Part B sets out "
        "how we will take forward the recommended next steps in the report. Progress is reported "
        "to the Education & Pastoral Committee each term."
    )

    d.add_paragraph().add_run("Status key").bold = True
    k = d.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    header_row(k, ["Status", "Meaning"])
    for word, meaning, col in [
        ("Completed", "Action completed and evidenced", "blue"),
        ("On track", "In progress and on course for the timescale", "green"),
        ("Amber", "Some slippage; still achievable", "amber"),
        ("Red", "Off track; governors to be alerted", "red"),
        ("Not started", "Action not yet due to begin", None),
    ]:
        cells = k.add_row().cells
        set_cell(cells[0], word)
        if col:
            shade(cells[0], DOCX_RAG[col])
        set_cell(cells[1], meaning)

    cols = ["Ref", "Action", "Lead", "Success criteria", "Timescale", "Progress (May 2025)", "Status"]
    status_fill = {"Completed": "blue", "On track": "green", "Amber": "amber", "Red": "red"}

    def plan_table(rows):
        tb = d.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        header_row(tb, cols)
        for r in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, r):
                set_cell(c, v)
            st = r[-1]
            if st in status_fill:
                shade(cells[-1], DOCX_RAG[status_fill[st]])
        d.add_paragraph()

    d.add_heading("Part A: Standards not met at the time of inspection", level=1)
    d.add_heading(
        "A1. Paragraph 18(2)(c)(i) – Suitability of staff: the school must ensure that all required "
        "checks are completed and recorded on the single central register before staff begin work.",
        level=2,
    )
    plan_table([
        ["A1.1",
         "Complete a full audit of the single central register against personnel files, with any missing checks obtained and recorded.",
         "Bursar",
         "SCR fully compliant; verified by external safeguarding audit.",
         "April 2025",
         "Audit completed 28 March 2025; two missing overseas checks obtained.",
         "Completed"],
        ["A1.2",
         "Introduce a pre-start checklist signed off by the Bursar and the Head before any new member of staff or volunteer begins work.\nTrain the HR Officer and admissions staff in the revised procedure.",
         "Bursar / HR Officer",
         "No member of staff starts without a completed checklist (termly sample check by safeguarding governor).",
         "Summer term 2025",
         "Checklist in use from 22 April 2025; training for admissions staff booked for June.",
         "On track"],
    ])

    d.add_heading("Part B: Recommended next steps", level=1)
    d.add_heading(
        "Next step 1 – Ensure that the quality of teaching in the prep school is consistently high, "
        "so that pupils make strong progress in all subjects.",
        level=2,
    )
    plan_table([
        ["1.1",
         "Establish a programme of paired lesson observations and learning walks in the prep school, focused on adaptive teaching and checking for understanding.",
         "Head of Prep; Director of Teaching and Learning",
         "All prep staff observed twice a year; observation records show consistent strengths.",
         "Michaelmas term 2025",
         "Observation schedule agreed; first round completed in May.",
         "On track"],
        ["1.2",
         "Provide CPD for prep staff on using assessment information to plan next steps for pupils, with termly pupil progress meetings.",
         "Head of Prep",
         "Progress meetings held each term; fewer pupils below expected standard in maths and English.",
         "By July 2025",
         "INSET session moved to June because of staff absence.",
         "Amber"],
    ])

    d.add_heading(
        "Next step 2 – Strengthen the co-ordination of support for pupils with SEND so that teachers "
        "consistently use pupils' individual plans in lessons.",
        level=2,
    )
    plan_table([
        ["2.1",
         "Review and rewrite pupil passports with pupils, parents and teachers, making targets specific and measurable.",
         "SENCo",
         "All pupils on the SEND register have an updated passport.",
         "June 2025",
         "All 64 passports reviewed and shared with staff.",
         "Completed"],
        ["2.2",
         "Include use of pupil passports as a focus in all lesson observations and work scrutiny, with findings reported to the SEND governor.",
         "SENCo and Deputy Head (Academic)",
         "Observation and scrutiny records show passports used in planning.",
         "Autumn term 2025",
         "Observation proforma updated.",
         "On track"],
    ])

    d.add_heading(
        "Next step 3 – Ensure that governors' oversight of boarding includes regular first-hand "
        "checks of the boarding house.",
        level=2,
    )
    plan_table([
        ["3.1",
         "Schedule termly governor visits to the boarding house, with written reports to the full board.",
         "Chair of Governors",
         "Visit reports received at each full board meeting.",
         "Termly from September 2025",
         "",
         "Not started"],
        ["3.2",
         "Appoint a link governor for boarding and provide induction in the National Minimum Standards for boarding schools.",
         "Chair of Governors / Clerk to Governors",
         "Link governor in post and inducted.",
         "September 2025",
         "Two governors have expressed interest.",
         "On track"],
    ])

    d.add_paragraph().add_run("Approval").bold = True
    s = d.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    header_row(s, ["Role", "Name", "Date"])
    for r in [("Chair of Governors", "Mrs H. Ashworth", "12/05/2025"), ("Head", "Mr J. Bellamy", "12/05/2025")]:
        cells = s.add_row().cells
        for c, v in zip(cells, r):
            set_cell(c, v)
    d.save(out("kf1-leweston-school-isi-inspection-action-plan.docx"))


# =================================================================== 2
def marlborough_docx():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width

    p = d.add_paragraph()
    r = p.add_run("Marlborough Medical Practice – CQC Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph("Inspection: 22 October 2024 (report published 9 January 2025)  |  Overall rating: Requires improvement")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Provider", "Marlborough Medical Practice (partnership)"),
        ("Registered manager", "Dr A Hughes"),
        ("Practice manager", "Mrs K Dean"),
        ("Date of this update", "3 March 2025"),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    d.add_paragraph()
    d.add_paragraph("Status key: Complete (blue) – On track (green) – At risk (amber) – Off track (red)")

    cols = ["What CQC found", "Action we are taking", "Responsible", "Target date", "Status"]
    tb = d.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    header_row(tb, cols, fill="005EB8")
    fills = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}

    def section(title):
        cells = tb.add_row().cells
        m = cells[0].merge(cells[4])
        set_cell(m, title, bold=True)
        shade(m, "D9D9D9")

    def finding(text, actions):
        first = None
        rows = []
        for a in actions:
            cells = tb.add_row().cells
            rows.append(cells)
            for c, v in zip(cells[1:], a):
                set_cell(c, v)
            if a[-1] in fills:
                shade(cells[4], DOCX_RAG[fills[a[-1]]])
        top = rows[0][0]
        if len(rows) > 1:
            top = top.merge(rows[-1][0])
        set_cell(top, text)

    section("Requirement notice – Regulation 12: Safe care and treatment")
    finding("Patients prescribed high-risk medicines were not always monitored in line with guidance.", [
        ["Run a weekly search for patients on methotrexate, lithium, DOACs and ACE inhibitors who are overdue monitoring, and recall them.",
         "Clinical Pharmacist", "30/11/2024", "Complete"],
        ["Monthly audit of high-risk drug monitoring by the clinical lead, with results discussed at the clinical meeting.",
         "Dr A Hughes (Clinical Lead)", "Monthly from December 2024", "On track"],
    ])
    finding("Safety alerts from the MHRA had not been acted on for all affected patients.", [
        ["Set up a shared safety-alerts log; each alert is searched, actioned and signed off by a named GP within two weeks.\nRetrospective search of alerts from the last 12 months.",
         "Dr Patel & Practice Manager", "31 December 2024", "Complete"],
    ])
    section("Requirement notice – Regulation 17: Good governance")
    finding("Systems for managing test results and clinical correspondence were not effective; a backlog of 312 documents was found.", [
        ["Clear the document backlog with additional sessional GP time and re-train the workflow team in coding and routing correspondence.",
         "Practice Manager", "31/01/2025", "Complete"],
        ["Introduce a daily report of unfiled results and documents, reviewed by the duty doctor, with any item over 3 working days escalated.",
         "Duty GP / Workflow Lead", "End of March 2025", "On track"],
    ])
    finding("Not all staff had completed safeguarding and infection prevention and control training at the level required for their role.", [
        ["Update the training matrix and book all outstanding safeguarding level 3 (clinicians) and IPC updates.",
         "Practice Manager; Lead Nurse", "28/02/2025", "At risk"],
    ])
    section("Areas where the practice should improve")
    finding("Continue to improve uptake of cervical screening.", [
        ["Offer Saturday morning smear clinics and send text reminders to non-responders.",
         "Lead Nurse", "June 2025", "On track"],
    ])
    finding("Improve telephone access so that patients can get through at 8am.", [
        ["Move to a cloud telephony system with call-back and queue position messages.",
         "Practice Manager", "Apr-25", "Off track"],
    ])
    finding("Review how the practice identifies and supports carers.", [
        ["Appoint a carers champion and add a carers question to new patient registration.",
         "Reception Manager", "TBC", ""],
    ])

    d.add_paragraph()
    d.add_paragraph("This action plan is reviewed at the monthly partners' meeting and shared with the Patient Participation Group.")
    d.save(out("kf1-marlborough-medical-practice-cqc-inspection-action-plan.docx"))


# =================================================================== 3
def lancaster_csv():
    import csv
    import io

    rows = [
        ["Lancaster University – University Mental Health Charter: Action Plan 2024–2026", "", "", "", "", "", "", ""],
        ["Owner: Student and Staff Mental Health Steering Group. Last updated 20/01/2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Domain", "Theme", "Ref", "Action", "Lead(s)", "Target date", "Progress update", "RAG"],
        ["Learn", "Transition into university", "1.1",
         "Develop a 'Welcome to Lancaster' online module on study skills and wellbeing for all new undergraduates, co-produced with students.",
         "Director of Student Based Services; Academic Skills Manager", "Sept 2025",
         "Content scoped with LUSU; pilot planned for Welcome Week.", "Green"],
        ["", "", "1.2",
         "Build wellbeing check-ins into first-year academic tutor meetings in weeks 3 and 8.",
         "Pro-Vice-Chancellor (Education)", "Oct-25",
         "Agreed at Education Committee, guidance being drafted.", "Amber"],
        ["", "Learning, teaching and assessment", "1.3",
         "Review assessment deadlines across departments to reduce bunching, using the assessment calendar pilot in FASS.",
         "Associate Deans for Education", "31/07/2025",
         "Calendar data collected for all four faculties.", "Green"],
        ["Support", "Support services", "2.1",
         "Introduce a single online referral form for the Counselling and Mental Health Service and the Disability Service, with triage within 2 working days.",
         "Head of Counselling & Mental Health Service", "Mar-25",
         "Form live since 6 January 2025; triage times monitored weekly.", "Complete"],
        ["", "Risk", "2.2",
         "Agree and publish a student suicide prevention and postvention protocol, aligned with UUK/PAPYRUS guidance.",
         "Director of Student Based Services", "December 2024",
         "Approved by Senate in December 2024 and published.", "Complete"],
        ["", "Information sharing", "2.3",
         "Implement the 'trusted contact' consent process at registration and train staff on when to use it.",
         "Head of Student Registry / Head of Counselling & Mental Health Service", "Jun-25",
         "Consent question added to 2025/26 registration; training to follow.", "Amber"],
        ["Work", "Staff wellbeing", "3.1",
         "Launch a staff mental health first aider network with at least one trained first aider in every department.",
         "HR Director", "Ongoing",
         "42 staff trained to date.", "Green"],
        ["", "Staff development", "3.2",
         "Include a mandatory 'Supporting students in distress' module in the induction of all new academic staff.\nMake the module available to existing staff through LinkedIn Learning.",
         "Head of Organisational Development", "January 2026",
         "Module content not yet agreed; owner post vacant until March.", "Red"],
        ["Live", "Residential accommodation", "4.1",
         "Train all residence life staff and college officers in suicide awareness (ASIST or equivalent).",
         "Head of Colleges & Residence Life", "Sept 2025",
         "First two cohorts booked for summer vacation.", "Green"],
        ["Enabling themes", "Student voice and participation", "5.1",
         "Set up a student mental health advisory panel with LUSU to review this plan each term.",
         "Director of Student Based Services and LUSU Vice-President (Welfare)", "Termly",
         "Panel met for the first time on 4 December 2024.", "Green"],
        ["", "", "", "", "", "", "", ""],
        ["RAG summary", "", "", "", "", "", "", ""],
        ["Complete", "2", "", "", "", "", "", ""],
        ["Green", "5", "", "", "", "", "", ""],
        ["Amber", "2", "", "", "", "", "", ""],
        ["Red", "1", "", "", "", "", "", ""],
        ["Total", "10", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(out("kf1-lancaster-university-mental-health-charter-action-plan.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# =================================================================== 4
def christie_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "The Christie NHS Foundation Trust – CQC Inspection Action Plan (Must Do and Should Do)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Inspection 12–14 September 2023 (core services: Surgery, Outpatients, Diagnostic imaging); "
                "report published 19 December 2023")
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Version", "4.0"),
        ("Date", "15/07/2024"),
        ("Executive lead", "Chief Nurse and Executive Director of Quality"),
        ("Reporting to", "Quality Assurance Committee"),
    ], start=5):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    for i, (k, v, f) in enumerate([
        ("Blue", "Complete – evidence of completion reviewed and accepted", "blue"),
        ("Green", "On track to deliver by the due date", "green"),
        ("Amber", "At risk – mitigations in place", "amber"),
        ("Red", "Off track – escalate to Executive Board", "red"),
    ], start=11):
        c = ws.cell(row=i, column=1, value=k)
        c.fill = FILL[f]
        ws.cell(row=i, column=2, value=v)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 70

    # ---- Summary
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current position – July 2024"
    sm["A1"].font = Font(bold=True, size=12)
    xl_header(sm, 3, ["", "Blue", "Green", "Amber", "Red", "Total"])
    xl_row(sm, 4, ["Must Do", 3, 1, 1, 0, 5])
    xl_row(sm, 5, ["Should Do", 1, 1, 1, 0, 3])
    xl_row(sm, 6, ["Total", 4, 2, 2, 0, 8])
    for r in range(4, 7):
        sm.cell(row=r, column=1).font = Font(bold=True)
    sm.column_dimensions["A"].width = 14

    # ---- Must Do
    md = wb.create_sheet("Must Do")
    md["A1"] = "Must Do actions"
    md["A1"].font = Font(bold=True, size=12)
    md.merge_cells("A1:J1")
    hdr = ["Ref", "CQC requirement (the trust must...)", "Regulation", "Action", "Lead",
           "Original due date", "Revised due date", "Previous RAG", "Current RAG", "Progress update (July 2024)"]
    xl_header(md, 2, hdr)
    D = dt.datetime

    def sect(ws, row, text, last="J"):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        for col in range(1, 11):
            ws.cell(row=row, column=col).fill = FILL["grey"]
        ws.merge_cells(f"A{row}:{last}{row}")

    rag_text = {"blue": "Complete", "green": "Green", "amber": "Amber", "red": "Red"}

    def md_row(row, ref, req, reg, action, lead, orig, rev, prev, cur, prog):
        xl_row(md, row, [ref, req, reg, action, lead, orig, rev, rag_text[prev], rag_text[cur], prog])
        for col in (6, 7):
            md.cell(row=row, column=col).number_format = "dd/mm/yyyy"
        md.cell(row=row, column=8).fill = FILL[prev]
        md.cell(row=row, column=9).fill = FILL[cur]

    sect(md, 3, "Surgery")
    md_row(4, "MD1.1",
           "The trust must ensure that all staff complete mandatory training, including safeguarding adults and children level 3, in line with trust targets.",
           "Regulation 18 (2)(a) Staffing",
           "Produce ward-level compliance reports monthly and agree recovery trajectories with each ward manager.",
           "Divisional Director of Nursing (Surgery)", D(2024, 3, 31), None, "amber", "blue",
           "Compliance 93% at June 2024 against 90% target.")
    md_row(5, "MD1.2", None, None,
           "Release protected time for level 3 safeguarding training through additional sessions delivered on site.",
           "Head of Safeguarding", D(2024, 3, 31), D(2024, 6, 30), "red", "green",
           "Additional dates added; 88% compliance, trajectory to 90% by end of June.")
    md.merge_cells("B4:B5")
    md.merge_cells("C4:C5")
    md_row(6, "MD2.1",
           "The trust must ensure that the World Health Organization (WHO) surgical safety checklist is fully completed for every patient.",
           "Regulation 12 (1)(2)(a)(b) Safe care and treatment",
           "Re-launch the WHO checklist with theatre teams, including team brief and debrief, and carry out monthly observational audits.",
           "Clinical Director for Surgery / Theatre Manager", D(2024, 4, 30), None, "green", "blue",
           "Observational audit compliance 98% for three consecutive months.")
    sect(md, 7, "Outpatients")
    md_row(8, "MD3.1",
           "The trust must ensure that medicines, including emergency medicines, are stored securely and within the correct temperature range in outpatient areas.",
           "Regulation 12 (2)(g) Safe care and treatment",
           "Install remote temperature monitoring in all outpatient clinic and treatment rooms that store medicines.",
           "Chief Pharmacist", D(2024, 5, 31), D(2024, 9, 30), "amber", "amber",
           "Supplier delays; 6 of 11 rooms fitted. Interim twice-daily manual checks in place.")
    md_row(9, "MD3.2", None, None,
           "Weekly pharmacy spot checks of drug storage in outpatient areas, with results reported to the Medicines Management Committee.",
           "Outpatient Lead Pharmacist", D(2024, 3, 31), None, "green", "blue",
           "Spot checks in place since February 2024.")
    md.merge_cells("B8:B9")
    md.merge_cells("C8:C9")
    for col, w in zip("ABCDEFGHIJ", [8, 45, 22, 50, 28, 12, 12, 10, 10, 40]):
        md.column_dimensions[col].width = w
    md.freeze_panes = "A3"

    # ---- Should Do (RAG shown by fill only)
    sd = wb.create_sheet("Should Do")
    sd["A1"] = "Should Do actions"
    sd["A1"].font = Font(bold=True, size=12)
    sd.merge_cells("A1:I1")
    xl_header(sd, 2, ["Ref", "Core service", "CQC recommendation (the trust should...)", "Action", "Lead",
                      "Due date", "Previous RAG", "Current RAG", "Comments"])
    sd_rows = [
        ("SD1", "Surgery",
         "The trust should continue to improve the recording of patients' pain scores after surgery.",
         "Add pain score as a mandatory field in the e-observations system and include it in the monthly nursing quality audit.",
         "Chief Nursing Information Officer", D(2024, 8, 31), "green", "green",
         "System change scheduled for the August release."),
        ("SD2", "Outpatients",
         "The trust should ensure that patients are kept informed of delays in outpatient clinics.",
         "Introduce clinic delay boards and ask reception staff to update waiting patients every 30 minutes.",
         "Head of Outpatients", D(2024, 4, 30), "green", "blue",
         "Boards installed in all clinics."),
        ("SD3", "Diagnostic imaging",
         "The trust should ensure that all staff receive an annual appraisal.",
         "Book outstanding appraisals and report compliance monthly to the divisional board.",
         "Radiology Services Manager", D(2024, 12, 31), "amber", "amber",
         "Compliance 79% (target 90%)."),
    ]
    for i, (ref, cs, rec, act, lead, due, prev, cur, com) in enumerate(sd_rows, start=3):
        xl_row(sd, i, [ref, cs, rec, act, lead, due, None, None, com])
        sd.cell(row=i, column=6).number_format = "mmm-yy"
        sd.cell(row=i, column=7).fill = FILL[prev]
        sd.cell(row=i, column=8).fill = FILL[cur]
    for col, w in zip("ABCDEFGHI", [8, 18, 45, 50, 28, 10, 10, 10, 36]):
        sd.column_dimensions[col].width = w
    wb.save(out("kf1-the-christie-nhsft-cqc-must-should-do-action-plan.xlsx"))


# =================================================================== 5
def cwpt_txt():
    T = "\t"
    lines = [
        "Coventry and Warwickshire Partnership NHS Trust: Sexual Safety Charter Action Plan 2024/25",
        "Executive sponsor: Chief People Officer. Reported to: People and Culture Committee. Position as at 31 January 2025.",
        "",
        T.join(["No.", "Charter commitment / action", "Lead(s)", "Due", "RAG", "Update"]),
        "Principle 1 – We will actively work to eradicate sexual harassment and abuse in the workplace." + T * 5,
        T.join(["1.1", "Board to sign the NHS Sexual Safety Charter and publish the Trust's commitment on the intranet and website.",
                "Chief Executive", "May 2024", "B", "Signed at Trust Board on 1 May 2024."]),
        T.join(["1.2", "Appoint a Domestic Abuse and Sexual Violence (DASV) Lead for the workforce and confirm reporting lines.",
                "Chief People Officer", "Jul 2024", "B", "DASV Lead in post from June 2024."]),
        "Principle 4 – We will provide appropriate support for those in our workforce who experience unwanted, inappropriate and/or harmful sexual behaviours." + T * 5,
        T.join(["4.1", "Agree a support pathway with Occupational Health, the Employee Assistance Programme and local sexual violence services, and publish it for staff.",
                "Head of Occupational Health; DASV Lead", "Q3 2024/25", "G", "Pathway drafted; EAP contract variation agreed."]),
        T * 5 + "Link with the local Rape and Sexual Abuse Centre confirmed in January.",
        "Principle 6 – We will ensure appropriate, specific, and clear policies are in place. They will include appropriate and timely action against alleged perpetrators." + T * 5,
        T.join(["6.1", "Write a standalone Sexual Safety policy covering staff-to-staff and patient-to-staff incidents, replacing the relevant sections of the Dignity at Work policy.",
                "Deputy Director of People / Head of Employee Relations", "31.03.25", "A", "Draft with staff side for consultation; approval moved to the March Policy Group."]),
        T.join(["6.2", "Introduce a process for risk-assessing and, where needed, restricting the duties of alleged perpetrators while a concern is investigated.",
                "Head of Employee Relations", "Mar 2025", "A", "Linked to 6.1."]),
        "Principle 7 – We will ensure appropriate, specific, and clear training is in place." + T * 5,
        T.join(["7.1", "Add sexual safety to the mandatory training programme (Level 1 for all staff; Level 2 for ward and team managers).",
                "Head of Learning and Development", "Q1 2025/26", "G", "Level 1 e-learning built; Level 2 commissioned."]),
        T.join(["7.2", "Deliver sexual safety awareness sessions on all inpatient wards, including how to respond to disclosures from patients.",
                "Named Nurse Safeguarding Adults", "Ongoing – quarterly", "G", "Sessions delivered on 14 of 22 wards."]),
        "Principle 8 – We will ensure appropriate reporting mechanisms are in place for those experiencing these behaviours." + T * 5,
        T.join(["8.1", "Add a sexual safety category to the incident reporting system and an anonymous reporting route through Freedom to Speak Up.",
                "Head of Patient Safety; Freedom to Speak Up Guardian", "Sept 2024", "R", "Change request with system supplier; no confirmed date."]),
        "Principle 10 – We will capture and share data on prevalence and staff experience transparently." + T * 5,
        T.join(["10.1", "Report sexual safety incident data and staff survey results on unwanted sexual behaviour to the People and Culture Committee every quarter.",
                "Director of Workforce Intelligence", "Quarterly", "G", "First report presented in January 2025."]),
        "",
        "RAG key: B = complete; G = on track; A = at risk; R = off track",
        "Totals: B 2 | G 4 | A 2 | R 1 | Total 9",
    ]
    with open(out("kf1-coventry-and-warwickshire-partnership-nhs-trust-sexual-safety-charter-action-plan.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# =================================================================== 6
def henshaws_xlsx():
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = "Henshaws Specialist College – Post-Inspection Action Plan (PIAP)"
    fs["A1"].font = Font(bold=True, size=14)
    fs["A2"] = "Ofsted inspection 3 to 6 December 2024 – report published 24 January 2025"
    fs["A4"] = "Overall effectiveness"
    fs["B4"] = "Requires improvement"
    fs["A5"] = "Provision for learners with high needs"
    fs["B5"] = "Requires improvement"
    fs["A6"] = "Residential provision"
    fs["B6"] = "Good"
    fs["A8"] = "Version 1.2 – presented to Quality and Standards Committee, 11 March 2025"
    fs["A10"] = "RAG"
    fs["A10"].font = Font(bold=True)
    for i, (k, v, f) in enumerate([
        ("Complete", "Action complete and impact seen", "blue"),
        ("Green", "On track", "green"),
        ("Amber", "Some delay", "amber"),
        ("Red", "Significant concern", "red"),
    ], start=11):
        fs.cell(row=i, column=1, value=k).fill = FILL[f]
        fs.cell(row=i, column=2, value=v)
    fs.column_dimensions["A"].width = 40
    fs.column_dimensions["B"].width = 30

    ws = wb.create_sheet("PIAP")
    ws["A1"] = "PIAP 2024–25 – progress at March 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:H1")
    xl_header(ws, 2, ["Area for improvement (Ofsted)", "Ref", "Action", "Lead", "Success measure",
                      "Target date", "Progress update", "RAG"])
    rows = [
        (3, "Leaders should ensure that learners' targets from their education, health and care plans are broken down into small, measurable steps that staff review frequently.",
         "1.1", "Rewrite individual learning plans for all learners so that each EHCP outcome has termly small-step targets.",
         "Head of Curriculum", "All ILPs rewritten; sample audit shows measurable steps.", "March 2025",
         "78 of 86 ILPs rewritten.", "Green"),
        (4, None, "1.2", "Train tutors and support staff in recording progress against small steps on the e-ILP system.",
         "Head of Curriculum / Quality Manager", "Progress recorded weekly for every learner.", "April 2025",
         "Training delivered at February INSET.", "Green"),
        (5, "Leaders should improve careers guidance so that learners are well prepared for their next steps, including supported internships.",
         "2.1", "Appoint a careers lead with a level 6 careers guidance qualification and publish a careers programme for each pathway.",
         "Vice Principal", "Careers lead in post; programme published on website.", "January 2025",
         "Careers lead started 6 January 2025.", "Complete"),
        (6, None, "2.2", "Set up two supported internship placements with local employers for 2025/26.",
         "Careers Lead", "Two internship placements agreed.", "Febuary 2025",
         "One employer confirmed; second in discussion.", "Amber"),
        (7, "Leaders should ensure that residential staff receive training in positive behaviour support that is specific to learners' needs.",
         "3.1", "Deliver PBS training (level 2) to all residential support workers.",
         "Head of Residential Services", "100% of residential staff trained.", "June 2025",
         "Trainer booked for April and May.", "Green"),
        (8, None, "3.2", "Review every residential learner's behaviour support plan with the therapies team.",
         "Head of Residential Services; Lead Therapist", "All plans reviewed and signed off.", "Summer term 2025",
         "", "Green"),
        (9, "Governors should receive more detailed information on learners' progress so that they can hold leaders to account.",
         "4.1", "Add a learner progress dashboard to every Quality and Standards Committee report.",
         "Principal", "Dashboard presented at each committee meeting.", "Ongoing",
         "First dashboard presented 11 March 2025.", "Green"),
    ]
    fills = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    for (r, afi, ref, act, lead, meas, due, prog, rag) in rows:
        xl_row(ws, r, [afi, ref, act, lead, meas, due, prog, rag])
        ws.cell(row=r, column=8).fill = FILL[fills[rag]]
    ws.merge_cells("A3:A4")
    ws.merge_cells("A5:A6")
    ws.merge_cells("A7:A8")
    ws["A11"] = "Notes: progress reviewed monthly at SLT; RAG updated by action leads before each committee."
    for col, w in zip("ABCDEFGH", [45, 6, 50, 26, 34, 14, 36, 10]):
        ws.column_dimensions[col].width = w
    wb.save(out("kf1-henshaws-specialist-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"))


# =================================================================== 7
def dcms_xlsx():
    wb = Workbook()
    g = wb.active
    g.title = "Guidance"
    g["A1"] = "Department for Culture, Media and Sport – Information Management Assessment (IMA) Action Plan"
    g["A1"].font = Font(bold=True, size=14)
    g["A2"] = ("Assessment carried out by The National Archives, 14 to 17 November 2023; report published April 2024. "
               "Six-month progress review: December 2024.")
    g["A4"] = "How to use this plan"
    g["A4"].font = Font(bold=True)
    g["A5"] = "1. Each recommendation in the IMA report is listed with the actions agreed to address it."
    g["A6"] = "2. Owners update the Observations / progress column before each KIM Board."
    g["A7"] = "3. Actions are closed only when the Departmental Records Officer has seen the evidence."
    g["A9"] = "Status key"
    g["A9"].font = Font(bold=True)
    for i, (k, v, f) in enumerate([
        ("Complete", "Action delivered and evidence seen", "blue"),
        ("On track", "In progress and expected to meet the timescale", "green"),
        ("Delayed", "Behind timescale; recovery agreed", "amber"),
        ("Off track", "Behind timescale; escalated to SIRO", "red"),
    ], start=10):
        g.cell(row=i, column=1, value=k).fill = FILL[f]
        g.cell(row=i, column=2, value=v)
    g.column_dimensions["A"].width = 16
    g.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "DCMS IMA action plan – position at 6 December 2024"
    ws["A1"].font = Font(bold=True, size=12)
    xl_header(ws, 3, ["#", "Recommendation", "Action ref", "Actions", "Priority", "Timescale", "Owner",
                      "Observations / progress", "Status"])
    D = dt.datetime
    status_fill = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Off track": "red"}

    def theme(row, text):
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(row=row, column=col).fill = FILL["theme"]
        ws.merge_cells(f"A{row}:I{row}")

    def act(row, num, rec, ref, text, prio, when, owner, obs, status, fmt=None):
        xl_row(ws, row, [num, rec, ref, text, prio, when, owner, obs, status])
        if fmt:
            ws.cell(row=row, column=6).number_format = fmt
        if status in status_fill:
            ws.cell(row=row, column=9).fill = FILL[status_fill[status]]

    theme(4, "1. The value of information")
    act(5, 1, "DCMS should refresh its Knowledge and Information Management (KIM) strategy, setting out how it will be delivered and how progress will be measured.",
        "1.1", "Draft a refreshed KIM strategy for 2024–2027 and consult the Directors' network.",
        "High", "June 2024", "Head of KIM", "Strategy approved by Executive Committee in July.", "Complete")
    act(6, None, None, "1.2", "Agree KIM performance measures and report them to the Executive Committee every six months.",
        "Medium", "Q3 2024/25", "Head of KIM; Chief Operating Officer",
        "First report scheduled for Executive Committee on 18 December.", "On track")
    ws.merge_cells("A5:A6")
    ws.merge_cells("B5:B6")
    theme(7, "2. Information and supporting technology")
    act(8, 2, "DCMS should set clear rules for the use of collaboration tools, including Microsoft Teams chat and channels, so that records of value are captured.",
        "2.1", "Publish guidance on what to keep from Teams chats and channels, and apply a retention policy in Microsoft 365.",
        "High", D(2024, 9, 30), "Departmental Records Officer (DRO)",
        "Guidance published on the intranet; retention policy still in test.", "Delayed", fmt="dd/mm/yyyy")
    act(9, None, None, "2.2", "Apply retention labels to all Teams sites and SharePoint libraries, starting with those used by private offices.",
        "High", "Sept 2024 – March 2025", "CIO / DRO", "Labels applied to private office sites.", "On track")
    ws.merge_cells("A8:A9")
    ws.merge_cells("B8:B9")
    theme(10, "3. Information risk, governance and oversight")
    act(11, 3, "DCMS should ensure that information asset owners (IAOs) understand and carry out their role, and that the information asset register is kept up to date.",
        "3.1", "Deliver refresher training for all IAOs and record completion.",
        "Medium", D(2024, 10, 31), "SIRO", "18 of 24 IAOs trained.", "Delayed", fmt="dd/mm/yyyy")
    act(12, None, None, "3.2", "Move the information asset register to a SharePoint list with quarterly review prompts to IAOs.",
        "Low", "Q4 2024/25", "Head of Information Rights and Security", "Dependent on 3.1.", "Not started")
    ws.merge_cells("A11:A12")
    ws.merge_cells("B11:B12")
    theme(13, "4. Records, review and transfer")
    act(14, 4, "DCMS should clear its backlog of paper records due for review and transfer to The National Archives under the 20-year rule.",
        "4.1", "Agree a costed plan with The National Archives to clear the backlog of 2001–2004 files.",
        "High", "December 2024", "DRO", "Plan agreed with TNA on 21 November.", "Complete")
    act(15, None, None, "4.2", "Recruit two fixed-term record reviewers for 2025/26.",
        "Medium", "April 2025", "DRO and HR Business Partner", "Business case approved.", "On track")
    ws.merge_cells("A14:A15")
    ws.merge_cells("B14:B15")
    act(16, 5, "DCMS should plan for the review and transfer of its digital records, including those held on legacy shared drives.",
        "5.1", "Survey legacy shared drives and agree a disposal and transfer approach with TNA.",
        "Medium", "Ongoing", "Head of KIM", "Survey 40% complete.", "On track")
    ws["A18"] = "Totals: Complete 2 | On track 4 | Delayed 2 | Off track 0 | Not started 1 | Total 9"
    ws["A18"].font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [5, 45, 8, 50, 9, 18, 26, 40, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(out("kf1-dcms-tna-information-management-assessment-action-plan.xlsx"))


if __name__ == "__main__":
    leweston_docx()
    marlborough_docx()
    lancaster_csv()
    christie_xlsx()
    cwpt_txt()
    henshaws_xlsx()
    dcms_xlsx()
    print("built 7 files in", HERE)
