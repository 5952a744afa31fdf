"""Generator for the da1- blind cases (children's services plans, four nations).

Run with /work/main/.venv/bin/python da1_make.py ; writes the seven document files beside itself.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN = "FF00B050"
AMBER = "FFFFC000"
RED = "FFFF0000"
BLUE = "FF0070C0"
GREY = "FFD9D9D9"
NAVY = "FF1F3864"
thin = Side(style="thin", color="FF808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------- 1. Hills Road (xlsx)
def hills_road():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Hills Road Sixth Form College – Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Ofsted inspection 14–17 November 2023. Plan approved by the Corporation on "
                "12 December 2023; progress reported to the Quality and Standards Committee each term.")
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Lead", "Success measure", "Target date",
           "Progress update (March 2024)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(NAVY)
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("H", "AFI 1: Leaders should ensure that teachers in a small number of subjects use "
              "assessment information to plan learning that builds on what students already know."),
        ("1.1", "Subject leaders in the identified subjects to review curriculum plans so that "
                "each unit begins with a diagnostic check of prior knowledge.", "DW",
         "All identified subjects have revised plans in place", d(2024, 2, 29), "mmm-yy",
         "Plans reviewed in Chemistry, Psychology and Economics. Sociology plan to be finalised "
         "after department training day.", "A"),
        ("1.2", "Deliver a programme of CPD on responsive teaching and the use of low-stakes "
                "quizzing, followed by developmental learning walks.", "JH/LM",
         "Learning walks show assessment used to adapt teaching in 90% of lessons",
         "Summer term 2024", None,
         "Three CPD sessions delivered. First round of learning walks completed in February.", "G"),
        ("1.3", "Add a prior-attainment section to the subject self-assessment report template.",
         "Assistant Principal (Quality)", "Template in use for 2023/24 SARs", d(2024, 1, 15), "mmm-yy",
         "New template issued to all subject leaders in January.", "Complete"),
        ("H", "AFI 2: Leaders should make sure that students who need extra help with mathematics "
              "and English receive it promptly."),
        ("2.1", "Screen all new students for literacy and numeracy needs within the first three "
                "weeks of term and share results with tutors.", "Head of Learning Support",
         "100% of new starters screened by October", d(2024, 10, 31), "mmm-yy",
         "Screening tool purchased. Process to be used for September 2024 enrolment.", "G"),
        ("2.2", "Introduce weekly drop-in maths and English workshops for students referred by "
                "teachers.", "RP", "Attendance and referral data reviewed half-termly",
         d(2024, 4, 19), "dd/mm/yyyy",
         "Workshops started in January but attendance is low; timetable slot being moved "
         "to lunchtime.", "A"),
        ("2.3", "Monitor referral-to-support times through the tutorial tracker and report to SLT.",
         "Head of Learning Support / Director of Student Services",
         "Median time from referral to support under 10 days", "Ongoing", None,
         "Tracker field added; first report due at the April SLT meeting.", "G"),
        ("H", "AFI 3: Governors should receive more detailed information about the quality of "
              "careers guidance so that they can hold leaders to account."),
        ("3.1", "Produce a termly careers report for the Quality and Standards Committee "
                "including Gatsby benchmark progress and destinations data.", "Careers Leader",
         "Reports received and minuted each term", d(2024, 3, 14), "d mmm yyyy",
         "First report presented on 14 March 2024 and well received by governors.", "Complete"),
        ("3.2", "Appoint a link governor for careers and arrange a visit to the careers hub.",
         "Clerk to the Corporation", "Link governor in place and visit completed",
         d(2024, 6, 30), "mmm-yy", "Link governor agreed in principle; visit not yet arranged.", "R"),
    ]
    r = 5
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("FFDDEBF7")
            ws.cell(row=r, column=1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
        else:
            ref, act, lead, sm, tgt, fmt, prog, rag = row
            vals = [ref, act, lead, sm, tgt, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
            if fmt:
                ws.cell(row=r, column=5).number_format = fmt
            rc = ws.cell(row=r, column=7)
            rc.fill = fill({"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}[rag])
            rc.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Complete = action completed and impact evidenced")
    ws.cell(row=r + 2, column=1, value="G = on track to meet target date")
    ws.cell(row=r + 3, column=1, value="A = some slippage, recovery in hand")
    ws.cell(row=r + 4, column=1, value="R = off track / target date at risk")
    for col, w in zip("ABCDEFG", [7, 55, 22, 32, 14, 50, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "da1-hills-road-sixth-form-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 2. Staffordshire YJS (csv)
def staffordshire_yjs():
    hdr = ["Ref No", "Recommendation", "Action Required", "Planned Completion Date",
           "Revised Date", "Lead Officer / Agency", "Progress against agreed action", "RAG"]
    n = len(hdr)
    blank = [""] * n
    rows = [
        ["Staffordshire Youth Justice Service - HMI Probation Inspection Improvement Plan"] + [""] * (n - 1),
        ["Inspection fieldwork June 2024; report published September 2024. Version 3 - updated for YJ Management Board 21 January 2025"] + [""] * (n - 1),
        blank,
        hdr,
        ["Domain 1: Organisational delivery"] + [""] * (n - 1),
        ["1a", "The YJ Management Board should ensure that partner agencies provide the agreed staffing and that absences are escalated.",
         "Refresh the partnership agreement setting out seconded staff from Police, Probation and Health, with a named escalation route for vacancies.",
         "31/12/2024", "28/02/2025", "Chair of YJ Management Board",
         "Draft agreement circulated to partners in December. Health secondment still under discussion with the ICB, hence revised date.", "Amber"],
        ["1b", "",
         "Add a standing staffing and resources item to every Management Board agenda.",
         "Oct-24", "", "Head of Service (YJS)",
         "Standing item added from the October 2024 Board onwards.", "Complete"],
        ["1c", "The YJ Management Board should make sure that disproportionality data is understood and acted upon.",
         "Produce a quarterly disproportionality dataset covering ethnicity, care experience and SEND, and agree actions with partners at Board.",
         "31/03/2025", "", "YJS Operations Manager / Performance Lead",
         "First dataset presented in January 2025. Education partners yet to provide SEND data.", "Green"],
        ["Domain 2: Court disposals"] + [""] * (n - 1),
        ["2a", "The Head of Service should ensure that assessments consistently consider risks to others and contingency plans are in place.",
         "Deliver risk of harm and contingency planning training to all case managers.",
         "30/11/2024", "", "Practice Development Lead",
         "Two sessions delivered to 28 staff; remaining staff booked for the February session.", "Green"],
        ["2b", "",
         "Introduce monthly management oversight audits of a sample of court order cases, with findings fed back in supervision.",
         "Ongoing", "", "SW & KT",
         "Audit tool agreed. November and December audits completed; themes reported to practice forum.", "Green"],
        ["Domain 3: Out-of-court disposals"] + [""] * (n - 1),
        ["3a", "The Head of Service should review the out-of-court disposal policy with Staffordshire Police.",
         "Jointly revise the out-of-court disposal policy and decision-making panel terms of reference.",
         "31/01/2025", "", "Head of Service (YJS) and Staffordshire Police Inspector (Prevention)",
         "Policy rewrite started with the Police; legal review awaited.", "Amber"],
        ["3b", "",
         "Review the victim offer for out-of-court disposals and record victim contact on ChildView.",
         "Mar-25", "", "Victim Liaison Officer",
         "", "Not started"],
        blank,
        ["RAG: Complete = action finished; Green = on track; Amber = at risk of slipping; Red = off track; Not started = not yet due to begin"] + [""] * (n - 1),
    ]
    with open(os.path.join(HERE, "da1-staffordshire-yjs-hmip-improvement-plan.csv"), "w",
              newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------- 3. Nairn Academy (txt)
def nairn():
    lines = [
        "Nairn Academy – Action Plan following HM Inspection (September 2023)",
        "",
        "HM Inspectors from Education Scotland visited the school in September 2023 and published their",
        "letter to parents in November 2023. They agreed the following areas for improvement with the",
        "headteacher and a representative from The Highland Council. This plan sets out how we will",
        "address them. Progress is reviewed by the senior leadership team each term and shared with",
        "the Parent Council.",
        "",
        "Area for improvement 1: Senior leaders should continue to develop approaches to self-evaluation so that all staff are involved in evaluating the impact of improvements on learners.",
        "",
        "Action\tBy whom\tBy when\tProgress (May 2024)\tRAG",
        "Introduce a calendar of department self-evaluation activities linked to How good is our school? (4th edition) quality indicators.\tDHT (Improvement)\tOctober 2023\tCalendar issued to all departments at the October in-service day.\tComplete",
        "Establish staff working groups for each school improvement priority, with pupil representatives.\tRector\tDecember 2023\tThree working groups meet fortnightly; pupil voice group to be added to the wellbeing group.\tGreen",
        "Use learner focus groups each term to gather evidence of impact.\tPT Pupil Support and PT Curriculum\tOngoing\tFirst focus groups held in March with S2 and S4 pupils.\tGreen",
        "",
        "Area for improvement 2: Teachers should make better use of assessment information to ensure that learning is well matched to the needs of all learners, particularly in the broad general education.",
        "",
        "Action\tBy whom\tBy when\tProgress (May 2024)\tRAG",
        "Develop a tracking and monitoring system for S1-S3 that records progress against Curriculum for Excellence levels.\tDHT (BGE)\tBy 31 March 2024\tTracking system built in SEEMiS; English and maths data entered, other departments to follow.\tAmber",
        "Provide professional learning on differentiation and questioning for all teaching staff.\tDHT (Improvement)\tFebruary 2024\tSessions delivered at February in-service. Follow-up peer observations planned.\tComplete",
        "Hold termly attainment meetings between PTs and SLT to identify learners not making expected progress.\tFaculty PTs / SLT link\tJune 2024\tFirst round of meetings held in January.\tGreen",
        "",
        "Area for improvement 3: Continue to improve attendance, particularly for young people affected by poverty.",
        "",
        "Action\tBy whom\tBy when\tProgress (May 2024)\tRAG",
        "Appoint a family support worker funded through Pupil Equity Funding to work with families where attendance is below 90%.\tRector\tJanuary 2024\tPost advertised twice without success; readvertised in April.\tRed",
        "Revise the attendance policy with the Parent Council and share it with all families.\tDHT (Pupil Support)\tJune 2024\tDraft policy discussed at Parent Council in May.\tAmber",
        "",
        "RAG: Complete - action finished; Green - on track; Amber - progressing with some delay; Red - not progressing as planned.",
    ]
    with open(os.path.join(HERE, "da1-nairn-academy-education-scotland-inspection-action-plan.txt"),
              "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


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
            for r in p.runs:
                r.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------- 4. Lagan College (docx)
def lagan():
    doc = Document()
    landscape(doc)
    doc.add_heading("Lagan College: Action Plan in response to ETI Inspection (March 2024)", level=1)
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.2"), ("Date", "10 September 2024"),
                                ("Author", "Vice Principal (Curriculum)"),
                                ("Approved by", "Board of Governors, 17 September 2024")]):
        dc.cell(i, 0).text = k
        dc.cell(i, 1).text = v
        shade(dc.cell(i, 0), "D9D9D9")
    doc.add_paragraph()
    doc.add_paragraph(
        "The Education and Training Inspectorate (ETI) inspected the College in March 2024. The report "
        "identified three areas for improvement. The actions below were agreed by the senior leadership "
        "team and are monitored by the Board of Governors' Education Committee each term.")
    hdr = ["No.", "Actions", "Person(s) responsible", "Timescale", "Monitoring / Evidence",
           "Progress", "Status"]
    afis = [
        ("To improve the consistency of the quality of teaching, learning and assessment in mathematics at key stage 3.",
         [("1.1", "Introduce a common lesson structure in key stage 3 mathematics with a retrieval starter and an exit check.",
           "Head of Maths / Numeracy Co-ordinator", "Autumn term 2024", "Lesson observations; pupil work scrutiny",
           "Structure agreed in June and in use from September in all Year 8 classes.", "On track"),
          ("1.2", "Provide paired coaching for mathematics teachers, led by an experienced teacher from a partner school.",
           "VP (Curriculum)", "Spring term 2025", "Coaching log; teacher self-evaluation",
           "Partner school confirmed; coaching cycles begin in November.", "On track"),
          ("1.3", "Review key stage 3 mathematics assessment data each term and set targeted interventions.",
           "Mrs J Rea and Mr P Doherty", "Termly", "Assessment data reports to SLT",
           "June data reviewed; intervention groups formed for Year 9.", "On track")]),
        ("To develop further the use of the data available to track and improve outcomes for pupils who have special educational needs.",
         [("2.1", "Update the SEN register so that each pupil's learning plan records measurable targets linked to subject teaching.",
           "SENCo", "January 2025", "Learning plan audit",
           "Register updated for all Year 8 pupils; remaining year groups in progress.", "Amber"),
          ("2.2", "Train heads of department to analyse SEN attainment data within the department review cycle.",
           "Principal", "31/10/2024", "Department review minutes",
           "Training delivered at the August staff development day.", "Complete")]),
        ("To ensure that governors have a more detailed understanding of pastoral care and safeguarding data.",
         [("3.1", "Provide a termly pastoral and safeguarding report to the Board of Governors, including attendance and referral data.",
           "Designated Teacher for Child Protection", "Termly", "Board minutes",
           "First report to be presented in October 2024.", "On track"),
          ("3.2", "Arrange safeguarding training from the Education Authority for all governors.",
           "Chair of Governors", "By 30 November 2024", "Training attendance record",
           "Training booked for 12 November 2024.", "On track")]),
    ]
    for n, (text, acts) in enumerate(afis, 1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        doc.add_paragraph(text)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
            shade(t.rows[0].cells[i], "BDD7EE")
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            st = a[-1]
            shade(cells[-1], {"On track": "92D050", "Complete": "00B0F0", "Amber": "FFC000"}[st])
        doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action finished; On track – progressing as planned; "
                      "Amber – some delay; Red – significant concern.")
    doc.save(os.path.join(HERE, "da1-lagan-college-eti-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 5. Southwark SCP JTAI (docx)
def vmerge(table, col, r0, r1):
    a = table.cell(r0, col)
    b = table.cell(r1, col)
    text = a.text
    m = a.merge(b)
    m.text = text
    return m


def southwark():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.size = Pt(9)
    doc.add_heading("Southwark Safeguarding Children Partnership: JTAI Multi-agency Action Plan", level=1)
    doc.add_paragraph(
        "This plan responds to the areas for improvement in the joint inspection letter. It is owned by "
        "the SSCP Executive and progress is reported to every Executive meeting. Last updated: 4 February 2025.")
    hdr = ["Ref", "Area for improvement", "Action", "Agency lead", "Timescale",
           "Evidence of impact", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        shade(t.rows[0].cells[i], "1F3864")
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.bold = True
    themes = [
        ("Theme 1: Strategic leadership and partnership oversight", [
            ("The partnership's understanding of the impact of its work on children at risk of serious youth violence.", [
                ("1.1", "Develop a multi-agency dataset on serious youth violence for the SSCP Executive, including hospital, police and school exclusion data.",
                 "SSCP Business Manager", "Sept 2024 – March 2025", "Dataset reviewed at each Executive meeting", "00B050"),
                ("1.2", "Hold a partnership learning event with young people and families affected by youth violence.",
                 "Head of Youth Justice & Adolescent Services", "By 30 June 2024", "Event evaluation; You Said We Did report", "00B050"),
            ]),
            ("The timeliness of strategy discussions for adolescents at risk of exploitation.", [
                ("1.3", "Agree a shared threshold and escalation protocol for strategy discussions with Central South BCU.",
                 "DCI, Central South BCU", "Q3 2024/25", "Audit of strategy discussion timeliness", "FFC000"),
                ("1.4", "Ensure health are invited to and attend all strategy discussions for children aged 11 and over.",
                 "ICB / Met Police", "Quarterly", "Attendance data reported quarterly", "FFC000"),
            ]),
        ]),
        ("Theme 2: Practice with children and families", [
            ("The quality of safety planning for children who are missing from home or education.", [
                ("2.1", "Revise the return home interview template so that findings feed directly into the child's plan.",
                 "Service Manager (Exploitation and Missing)", "31/01/2025", "Dip sample of 20 RHIs", "FF0000"),
                ("2.2", "Train designated safeguarding leads in schools on contextual safeguarding and safety planning.",
                 "Education Safeguarding Adviser", "Spring term 2025", "Training records; DSL feedback", "FFC000"),
                ("2.3", "Audit children's records across agencies to test whether safety plans are shared and reviewed.",
                 "Designated Nurse (SEL ICB)", "Q4 2024/25", "Multi-agency audit report to QA subgroup", "FFC000"),
            ]),
        ]),
    ]
    for theme, afis in themes:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        m.text = theme
        shade(m, "D9E2F3")
        for r in m.paragraphs[0].runs:
            r.bold = True
        for afi, acts in afis:
            first = len(t.rows)
            for (ref, act, lead, when, ev, col) in acts:
                cells = t.add_row().cells
                vals = [ref, afi if len(t.rows) - 1 == first else "", act, lead, when, ev, ""]
                for i, v in enumerate(vals):
                    cells[i].text = v
                shade(cells[6], col)
            last = len(t.rows) - 1
            if last > first:
                vmerge(t, 1, first, last)
    doc.add_paragraph()
    doc.add_paragraph("RAG key:  Red – off track / significant risk to delivery   "
                      "Amber – in progress   Green – completed")
    doc.save(os.path.join(HERE, "da1-southwark-scp-jtai-action-plan.docx"))


# ---------------------------------------------------------------- 6. Barton Moss SCH (xlsx, refuse)
def barton_moss():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Barton Moss Secure Care Centre – Ofsted Inspection Action Plan (June 2024)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection under the SCCIF, 4–6 June 2024"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Registered Manager: Salford City Council. Reviewed monthly at the Barton Moss management meeting."
    hdr = ["No.", "Requirement / Recommendation", "Action", "Responsible", "Date to be completed",
           "Update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BORDER
        c.alignment = WRAP
    data = [
        ("H", "Requirements"),
        ("1", "The registered person must ensure that each child's placement plan is reviewed within the required timescale (Regulation 14).",
         "Introduce a placement plan review tracker overseen by the deputy manager and checked at the weekly management meeting.",
         "Deputy Manager", d(2024, 7, 31), "Tracker in place from 1 July. All plans now in date.", "Complete"),
        ("2", "The registered person must ensure that all restraint records are completed within 24 hours and reviewed by a manager (Regulation 35).",
         "Retrain all care staff on recording of physical interventions and introduce manager sign-off within 48 hours.",
         "Registered Manager", "Agust 2024", "Training delivered to 80% of staff. Remaining staff on nights to complete.", "A"),
        ("H", "Recommendations"),
        ("3", "The registered person should ensure that children's views are sought and recorded when reviewing their care.",
         "Develop a child-friendly review form with the children's council.",
         "Participation Lead", d(2024, 9, 30), "Draft form agreed with the children's council.", "G"),
        ("4", "The registered person should ensure that education staff are informed of incidents before the start of the school day.",
         "Add education staff to the morning handover briefing.",
         "Head of Education / Residential Team Manager", d(2024, 6, 28), "Education staff attending handover daily.", "Complete"),
        ("5", "The registered person should ensure that supervision records show reflective discussion of practice.",
         "Revise supervision template and audit a sample of supervision records each quarter.",
         "Registered Manager", d(2024, 10, 31), "New template in use; first audit due October.", "G"),
    ]
    r = 6
    for row in data:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = fill("FFFCE4D6")
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
            if isinstance(row[4], dt.datetime):
                ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill({"G": GREEN, "A": AMBER, "Complete": BLUE}[row[6]])
        r += 1
    for col, w in zip("ABCDEFG", [6, 50, 45, 22, 14, 40, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "da1-barton-moss-sch-ofsted-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 7. Chailey Heritage School (xlsx)
def chailey():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Chailey Heritage School – Residential Provision: Ofsted Action Plan (February 2024)"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Action plan following Ofsted residential special school inspection, February 2024"
    info = [("Document owner", "Head of Residential Services"), ("Version", "4"),
            ("Last reviewed", d(2024, 11, 20)), ("Reviewed by", "Governors' Welfare Committee")]
    for i, (k, v) in enumerate(info, 4):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = cov.cell(row=i, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Ofsted RSS inspection February 2024 – recommendations action plan"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Recommendation", "Actions", "Lead", "Start", "Deadline", "Previous RAG",
           "Current RAG", "Comments"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF305496")
        c.border = BORDER
        c.alignment = WRAP
    recs = [
        ("Ensure that the records of children's weekly key-worker sessions show how children's views have informed their care plans.", [
            ("Introduce a revised key-work recording template with a 'my views' section using symbols and communication aids.",
             "Residential Team Leaders", d(2024, 3, 4), d(2024, 5, 31), "A", "B",
             "Template launched in all four houses in May."),
            ("Speech and language therapists to support staff to capture views of children who use AAC devices.",
             "Lead SLT", d(2024, 4, 15), "Termly", "G", "G",
             "Sessions held each term; next session booked for January."),
            ("Audit a sample of ten key-work records each month.",
             "Head of Residential Services", d(2024, 5, 1), d(2024, 12, 20), "G", None,
             "Audits show improvement; two houses still recording views inconsistently."),
        ]),
        ("Ensure that night staff receive regular supervision.", [
            ("Set up a supervision rota for night staff with sessions held at shift changeover.",
             "KB / TM", d(2024, 3, 1), d(2024, 4, 30), "R", "B",
             "Rota in place; all night staff supervised in the last eight weeks."),
            ("Report supervision compliance to the Welfare Committee.",
             "Head of Residential Services", d(2024, 6, 1), d(2025, 3, 31), "G", "A",
             "Compliance at 86% in October due to sickness absence."),
        ]),
        ("Improve the monitoring of medication administration so that errors are identified quickly.", [
            ("Introduce weekly medication audits by the nursing team in each house.",
             "Clinical Nurse Manager", d(2024, 3, 11), d(2024, 6, 30), "A", "G",
             "Weekly audits embedded; findings reviewed at clinical governance meeting."),
            ("Move to an electronic medication administration record (eMAR) across residential houses.",
             "Clinical Nurse Manager / IT Manager", d(2024, 9, 1), d(2025, 4, 30), "A", "R",
             "Supplier delayed go-live; revised plan requested from supplier."),
        ]),
    ]
    r = 4
    colours = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    for rec, acts in recs:
        start = r
        for (act, lead, s, dl, prev, cur, com) in acts:
            vals = [rec if r == start else None, act, lead, s, dl, prev, cur, com]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
            ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
            if isinstance(dl, dt.datetime):
                ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = fill(colours[prev])
            # current RAG: fill always; one cell is colour only (no letter)
            ws.cell(row=r, column=7).fill = fill(GREEN if cur is None else colours[cur])
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Key: B = complete   G = on track   A = at risk   R = off track").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [45, 50, 24, 12, 12, 10, 10, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "da1-chailey-heritage-school-ofsted-rss-action-plan.xlsx"))


if __name__ == "__main__":
    hills_road()
    staffordshire_yjs()
    nairn()
    lagan()
    southwark()
    barton_moss()
    chailey()
