"""Build the seven kb1 blind test files (set heldout322).

Run with: /work/main/.venv/bin/python kb1_make.py
"""
import csv
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

RAG_HEX = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Put text in a cell; '\n' in text makes separate paragraphs."""
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


def header_row(table, labels, fill="D9D9D9"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True)
        shade(c, fill)


# ------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_fill):
    return PatternFill("solid", start_color=hex_fill, end_color=hex_fill)


# =====================================================================
# 1. Honley High School - post-Ofsted action plan (docx, sections per table)
# =====================================================================
def make_honley():
    d = Document()
    d.add_paragraph("Honley High School – Post-Ofsted Action Plan 2024–25", style="Title")
    d.add_paragraph(
        "Inspection dates: 5 and 6 March 2024. Overall effectiveness: Requires improvement. "
        "This plan sets out how we will address the areas for improvement in the inspection report. "
        "Progress is reported to the Local Governing Body each half term; the RAG column shows the "
        "position at February 2025."
    )

    d.add_paragraph("Document control", style="Heading 2")
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Approved by"])
    for r, vals in enumerate([
        ["1.0", "22/04/2024", "Headteacher", "Local Governing Body, 14/05/2024"],
        ["1.3", "10/02/2025", "Deputy Headteacher", "Standards Committee, 25/02/2025"],
    ], start=1):
        for c, v in zip(t.rows[r].cells, vals):
            set_cell(c, v)

    d.add_paragraph("RAG key", style="Heading 2")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r, (k, v) in enumerate([("B", "Completed"), ("G", "On track"),
                                ("A", "Started, some slippage"),
                                ("R", "Not on track – needs intervention")]):
        set_cell(t.rows[r].cells[0], k, bold=True)
        shade(t.rows[r].cells[0], RAG_HEX[k])
        set_cell(t.rows[r].cells[1], v)

    priorities = [
        ("Priority 1: Key stage 3 curriculum",
         "Leaders should ensure that the key stage 3 curriculum in every subject sets out precisely "
         "what pupils should learn and in what order.",
         [
             ("1.1", "Audit KS3 curriculum plans in all subjects against the National Curriculum and "
                     "the trust's curriculum principles.",
              "Deputy Headteacher (Curriculum)", "Autumn term 2024",
              "Audit report to SLT; gaps identified for each subject.", "B"),
             ("1.2", "Subject leaders to rewrite KS3 schemes of work, identifying the core knowledge "
                     "for each unit.\nPriority subjects: geography, MFL and computing.",
              "Subject leaders / Deputy Headteacher (Curriculum)", "Spring term 2025",
              "Revised schemes of work published on the shared drive; learning walks show "
              "sequencing in lessons.", "G"),
             ("1.3", "Curriculum deep dives in the three priority subjects, led with the trust's "
                     "Director of Education.",
              "MH, RS", "Summer term 2025",
              "Deep dive reports; subject action plans updated.", ""),
         ]),
        ("Priority 2: Adaptations for pupils with SEND",
         "Leaders should make sure that teachers use the information they have about pupils with "
         "special educational needs and/or disabilities (SEND) to adapt their teaching so that these "
         "pupils learn the curriculum well.",
         [
             ("2.1", "Relaunch pupil passports with a one-page summary of strategies for each pupil "
                     "on the SEND register.",
              "SENCo", "October 2024",
              "All passports updated on Arbor; staff survey shows passports are used in planning.",
              "B"),
             ("2.2", "Half-termly CPD on adaptive teaching for all teaching staff, delivered by the "
                     "SENCo and specialist teachers from the trust.",
              "SENCo; AHT Teaching and Learning", "July 2025",
              "CPD records; lesson visits show adaptations for pupils with SEND in at least 80% of "
              "lessons.", "A"),
             ("2.3", "Termly review of the progress of pupils with SEND in English and maths by the "
                     "SEND link governor.",
              "SEND link governor", "Termly",
              "Governor visit notes; minutes of Standards Committee.", "G"),
         ]),
        ("Priority 3: Attendance and persistent absence",
         "Leaders should continue to take action to reduce the proportion of pupils who are "
         "persistently absent from school, particularly disadvantaged pupils.",
         [
             ("3.1", "Appoint a full-time Attendance Officer and introduce daily first-day calling "
                     "for all absences.",
              "Business Manager", "By 1 September 2024",
              "Officer in post; first-day calling log.", "B"),
             ("3.2", "Weekly attendance panel for pupils below 90%, with staged meetings with "
                     "families and referral to the Kirklees Attendance Support Team where needed.",
              "AHT Behaviour and Attendance", "Ongoing",
              "Persistent absence below 20% by July 2025 (currently 24.1%).", "A"),
         ]),
    ]
    for heading, afi, actions in priorities:
        d.add_paragraph(heading, style="Heading 1")
        p = d.add_paragraph()
        r = p.add_run(afi)
        r.italic = True
        t = d.add_table(rows=1 + len(actions), cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead(s)", "Timescale",
                       "Success criteria / evidence", "RAG"], fill="BDD7EE")
        for i, (ref, act, lead, when, evid, rag) in enumerate(actions, start=1):
            cells = t.rows[i].cells
            for c, v in zip(cells, [ref, act, lead, when, evid, rag]):
                set_cell(c, v)
            if rag:
                shade(cells[5], RAG_HEX[rag])
                cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_paragraph("")
    d.add_paragraph("Next review: Local Governing Body, 20 March 2025.")
    d.save(out("kb1-honley-high-school-post-ofsted-action-plan.docx"))


# =====================================================================
# 2. Bury College - post-inspection action plan (xlsx, cover + plan sheet,
#    merged provision/AFI cells, previous/current RAG, current as fill only)
# =====================================================================
def make_bury():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Bury College"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Post-Inspection Action Plan 2024/25"
    cov["A2"].font = Font(bold=True, size=13)
    rows = [
        ("Inspection:", "Ofsted full inspection, 14–17 May 2024"),
        ("Overall effectiveness:", "Good"),
        ("Plan owner:", "Vice Principal Quality and Learner Experience"),
        ("Monitored by:", "Quality and Standards Committee"),
        ("Last updated:", "20/01/2025"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    for i, (k, v) in enumerate([("R", "Off track"), ("A", "At risk of slipping"),
                                ("G", "On track"), ("B", "Complete")], start=11):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = fill(RAG_HEX[k])
        c.font = Font(bold=True, color="FFFFFF")
        cov.cell(row=i, column=2, value=v)
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = ("Bury College – Post-Inspection Action Plan: Ofsted areas for improvement "
                "(May 2024)")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position as at January 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Provision type", "Area for improvement (Ofsted report)", "Ref", "Action",
             "Responsible", "Original target date", "Revised target date",
             "Previous RAG (Oct 24)", "Current RAG (Jan 25)", "Progress update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    D = dt.datetime
    groups = [
        ("Education programmes for young people",
         "Leaders should ensure that teachers of GCSE English and mathematics resit classes plan "
         "learning that closes the gaps in learners' knowledge, so that more learners achieve a "
         "grade 4 or above.",
         [
             ("1.1", "Introduce diagnostic assessment in the first three weeks for all GCSE resit "
                     "learners and use results to set individual topic plans.",
              "Head of English and Maths", D(2024, 10, 31), None, "G", "B",
              "Diagnostics completed for 1,146 learners; topic plans on Teams."),
             ("1.2", "Weekly peer coaching for resit teachers focused on retrieval practice and "
                     "modelling.",
              "Head of English and Maths / Quality Improvement Coach", D(2024, 12, 20),
              D(2025, 3, 31), "A", "A",
              "Two new coaches started in January; programme extended to March."),
             ("1.3", "Monthly tracking of mock results by learner group, reported to the Quality "
                     "and Standards Committee.",
              "Data Manager", D(2025, 6, 30), None, "G", "G",
              "December mocks analysed; report to committee 4 February."),
         ]),
        ("Adult learning programmes",
         "Leaders should make sure that adult learners on ESOL courses receive useful feedback "
         "that helps them improve their written English.",
         [
             ("2.1", "Revise the ESOL marking and feedback policy and train all ESOL tutors in its "
                     "use.",
              "Curriculum Manager ESOL", D(2024, 11, 29), None, "G", "B",
              "Policy approved; 23 of 23 tutors trained."),
             ("2.2", "Termly work scrutiny of a sample of ESOL learners' written work by the "
                     "quality team.",
              "Quality Manager", "Termly", None, "G", "G",
              "Autumn scrutiny completed; feedback quality improved in 7 of 9 classes."),
         ]),
        ("Apprenticeships",
         "Leaders should ensure that employers are fully involved in planning and reviewing "
         "apprentices' on- and off-the-job training.",
         [
             ("3.1", "Redesign the tripartite progress review form so that employers set and "
                     "review workplace targets with the apprentice and tutor.",
              "Head of Apprenticeships", D(2024, 12, 13), D(2025, 2, 28), "R", "A",
              "New form piloted in engineering; e-portfolio supplier updating the template."),
             ("3.2", "Employer forum each term for each apprenticeship standard, with minutes fed "
                     "into curriculum planning.",
              "Employer Engagement Manager", D(2025, 7, 31), None, None, None,
              "Not yet started – first forum planned for March 2025."),
         ]),
    ]
    r = 5
    for prov, afi, actions in groups:
        start = r
        for ref, act, lead, orig, rev, prev, cur, upd in actions:
            vals = [prov if r == start else None, afi if r == start else None, ref, act, lead,
                    orig, rev, prev, None, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(row=r, column=8).fill = fill(RAG_HEX[prev])
                ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            if cur:
                ws.cell(row=r, column=9).fill = fill(RAG_HEX[cur])
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    # r is now 12; leave a blank row then the summary block
    r += 1
    ws.cell(row=r, column=1, value="Summary (current RAG)").font = Font(bold=True)
    for label, n in [("Complete", 2), ("On track", 2), ("At risk", 2), ("Off track", 0),
                     ("Not yet rated", 1), ("Total actions", 7)]:
        r += 1
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value=n)
    for col, w in zip("ABCDEFGHIJ", [22, 45, 6, 50, 28, 14, 14, 12, 12, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.save(out("kb1-bury-college-ofsted-post-inspection-action-plan.xlsx"))


# =====================================================================
# 3. University of Essex - apprenticeships PIAP (xlsx) - REFUSE: "0ct 2024"
# =====================================================================
def make_essex():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "University of Essex"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Apprenticeships Post-Inspection Action Plan (PIAP)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Ofsted inspection 21–24 November 2023 – overall effectiveness: "
                "Requires improvement")
    ws["A4"] = "Version 5 – Apprenticeship Quality Board, 11 June 2024"
    ws["A4"].font = Font(italic=True)
    heads = ["No.", "Action", "Owner", "Deadline", "Impact measure", "Status"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9E1F2")
        cell.border = BOX
    blocks = [
        ("1. Leaders should ensure that apprentices' progress reviews include all parties and "
         "focus on the knowledge, skills and behaviours apprentices have developed.",
         [("1a", "Introduce a new tripartite review template on OneFile with employer sign-off.",
           "Head of Apprenticeship Quality", "Jan 2024",
           "100% of reviews are tripartite and signed by the employer.", "Complete"),
          ("1b", "Train all skills coaches on setting KSB-focused targets at each review.",
           "Apprenticeship Development Manager", "Mar 2024",
           "Review sampling shows SMART KSB targets in 90% of reviews.", "Complete")]),
        ("2. Leaders should improve the quality of feedback that apprentices receive on their "
         "academic assignments.",
         [("2a", "Agree apprenticeship-specific assessment feedback guidance with each school.",
           "Deputy Dean (Education) in each faculty", "May 2024",
           "Guidance approved by Education Committee.", "In progress"),
          ("2b", "Moderate a sample of assignment feedback each term through the Apprenticeship "
                 "Quality Board.",
           "Head of Apprenticeship Quality", "0ct 2024",
           "Moderation reports show feedback identifies how to improve.", "Not started")]),
        ("3. Leaders should make sure that apprentices receive impartial careers information, "
         "advice and guidance about their next steps.",
         [("3a", "Schedule a one-to-one careers meeting for every apprentice in their final year.",
           "Careers Adviser (Apprenticeships)", "Jul 2024",
           "All final-year apprentices offered a meeting.", "In progress"),
          ("3b", "Add a careers and next-steps section to the final two progress reviews.",
           "Head of Apprenticeship Quality", "Sep 2024",
           "Section completed in sampled reviews.", "Not started")]),
    ]
    r = 7
    for heading, acts in blocks:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("FFF2CC")
        ws.cell(row=r, column=1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 32
        r += 1
        for vals in acts:
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete / In progress / Not started. "
                                    "Overdue actions are reported by exception to Senate.")
    for col, w in zip("ABCDEF", [8, 60, 32, 12, 45, 14]):
        ws.column_dimensions[col].width = w
    wb.save(out("kb1-university-of-essex-ofsted-apprenticeships-piap-typo-month-refuse.xlsx"))


# =====================================================================
# 4. Torbay and South Devon NHSFT - CQC must do / should do (xlsx, 3 sheets)
# =====================================================================
def make_torbay():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Torbay and South Devon NHS Foundation Trust"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "CQC Must Do / Should Do Action Plan"
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Summary – report to Quality Assurance Committee, December 2024"
    heads = ["Core service", "Actions", "Complete", "On track", "At risk", "Off track"]
    for c, h in enumerate(heads, start=1):
        cell = s.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    for i, vals in enumerate([
        ["Urgent and emergency care", 3, 1, 1, 1, 0],
        ["Medical care", 2, 1, 1, 0, 0],
        ["Surgery", 2, 0, 1, 0, 1],
        ["Total", 7, 2, 3, 1, 1],
    ], start=6):
        for c, v in enumerate(vals, start=1):
            cell = s.cell(row=i, column=c, value=v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    s["A12"] = "Key"
    s["A12"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete – evidence accepted by Quality Assurance "
                                      "Committee"),
                                ("G", "On track"), ("A", "At risk"), ("R", "Off track")],
                               start=13):
        s.cell(row=i, column=1, value=k).fill = fill(RAG_HEX[k])
        s.cell(row=i, column=2, value=v)
    s.column_dimensions["A"].width = 30

    D = dt.datetime

    def put(ws, r, vals, rag_col):
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        rag = vals[rag_col - 1]
        if rag:
            ws.cell(row=r, column=rag_col).fill = fill(RAG_HEX[rag])
            ws.cell(row=r, column=rag_col).alignment = Alignment(horizontal="center",
                                                                  vertical="top")

    m = wb.create_sheet("Must do")
    m["A1"] = "Must do actions (breaches of regulation) – CQC report published 22 May 2024"
    m["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Regulation", "CQC must do", "Action", "Lead", "Due date",
             "Revised due date", "RAG", "Update / evidence"]
    for c, h in enumerate(heads, start=1):
        cell = m.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
    m["A4"] = "Urgent and emergency care (Torbay Hospital ED)"
    m["A4"].font = Font(bold=True)
    m["A4"].fill = fill("D9D9D9")
    m.merge_cells("A4:I4")
    put(m, 5, ["MD1.1", "Reg 12 Safe care and treatment",
               "The trust must ensure that patients in the emergency department receive a timely "
               "initial assessment within 15 minutes of arrival.",
               "Introduce a streaming nurse at the front door 08:00–02:00, seven days a week.",
               "Deputy Chief Operating Officer / Matron ED", D(2024, 7, 31), None, "B",
               "Streaming nurse rota in place since 1 July 2024."], 8)
    put(m, 6, ["MD1.2", None, None,
               "Monthly audit of time to initial assessment, reported to the Urgent Care Board.",
               "Clinical Director ED", D(2024, 9, 30), D(2025, 1, 31), "A",
               "Median time to initial assessment 19 minutes in November; audit continues."], 8)
    m.merge_cells("B5:B6")
    m.merge_cells("C5:C6")
    put(m, 7, ["MD2.1", "Reg 18 Staffing",
               "The trust must ensure that nursing staff in the emergency department complete "
               "paediatric life support training.",
               "Book all ED nursing staff onto PILS courses and track compliance weekly.",
               "Practice Educator ED", D(2024, 10, 31), None, "G",
               "Compliance 86% (target 90%); remaining staff booked for January."], 8)
    m["A8"] = "Medical care (including older people's care)"
    m["A8"].font = Font(bold=True)
    m["A8"].fill = fill("D9D9D9")
    m.merge_cells("A8:I8")
    put(m, 9, ["MD3.1", "Reg 11 Need for consent",
               "The trust must ensure that mental capacity assessments are completed and recorded "
               "for patients who may lack capacity.",
               "Roll out the electronic MCA form on the ward system and audit 10 records per ward "
               "each month.",
               "Deputy Chief Nurse", D(2024, 9, 30), D(2024, 12, 31), "G",
               "Form live on all medical wards; October audit 81% compliant."], 8)
    for col, w in zip("ABCDEFGHI", [8, 18, 45, 50, 30, 12, 12, 6, 45]):
        m.column_dimensions[col].width = w

    sd = wb.create_sheet("Should do")
    sd["A1"] = "Should do actions"
    sd["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Core service", "CQC should do", "Action", "Lead", "Due date",
             "Revised due date", "RAG", "Update / evidence"]
    for c, h in enumerate(heads, start=1):
        cell = sd.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
    put(sd, 4, ["SD1", "Medical care",
                "The trust should ensure that patients' call bells are always within reach.",
                "Add a call bell check to hourly rounding and to the ward accreditation audit.",
                "Head of Nursing (Medicine)", D(2024, 8, 31), None, "B",
                "Included in rounding chart from August; accreditation audits 97%."], 8)
    put(sd, 5, ["SD2", "Surgery",
                "The trust should ensure that the surgical safety checklist is fully completed "
                "for every patient.",
                "Observational audit of WHO checklist completion in all theatres each month.",
                "Theatres Manager", "Monthly", None, "G",
                "Audit running; compliance 95–98% since July."], 8)
    put(sd, 6, ["SD3", "Surgery",
                "The trust should consider how it reduces the number of operations cancelled on "
                "the day.",
                "Pre-operative assessment team to call all patients 72 hours before surgery to "
                "confirm fitness and attendance.",
                "General Manager Surgery", D(2025, 3, 31), None, "R",
                "Not started – recruitment to pre-op nurse post paused."], 8)
    for col, w in zip("ABCDEFGHI", [6, 14, 45, 50, 28, 12, 12, 6, 45]):
        sd.column_dimensions[col].width = w
    wb.save(out("kb1-torbay-and-south-devon-nhsft-cqc-must-should-do-action-plan.xlsx"))


# =====================================================================
# 5. Honiton Surgery - CQC inspection action plan (csv export, fill-down,
#    no refs, one multi-line cell, notes line)
# =====================================================================
def make_honiton():
    W = 7
    rows = [
        ["Honiton Surgery – CQC Inspection Action Plan"],
        ["Inspection: 11 July 2024 (overall rating Requires improvement)"],
        [],
        ["Key question", "CQC finding", "Action", "Responsible", "Target date", "RAG status",
         "Comments"],
        ["Safe",
         "The provider must ensure that all staff have completed safeguarding training at the "
         "level appropriate to their role.",
         "Run a training needs analysis for all staff and book outstanding Level 3 safeguarding "
         "training for clinicians.",
         "Practice Manager", "31/08/2024", "Complete", "All GPs and nurses now at Level 3."],
        ["", "",
         "Add safeguarding training to the staff induction checklist and the annual training "
         "matrix.",
         "Practice Manager", "30/09/2024", "Complete", ""],
        ["",
         "The provider must ensure that patients prescribed high-risk medicines receive the "
         "required monitoring.",
         "Weekly search for patients on DMARDs and lithium with overdue blood tests, reviewed by "
         "the clinical pharmacist.",
         "Clinical Pharmacist/Dr A Mehta", "End of Oct 2024", "Green",
         "Searches running since August; 4 patients overdue."],
        ["", "",
         "Audit of 20 patient records each quarter to confirm monitoring is up to date\n"
         "and that actions from results are documented.",
         "Dr A Mehta", "Q3 2024/25", "Green", "First audit due December."],
        ["Well-led",
         "The provider should continue to improve patient satisfaction with access to the "
         "practice by telephone.",
         "Move to a cloud-based telephony system with call-back and queue position.",
         "Practice Manager", "30/11/2024", "Amber",
         "Go-live delayed by supplier to January 2025."],
        ["",
         "The provider should take steps to increase the number of carers identified on the "
         "practice register.",
         "Carers champion to promote carer registration at flu clinics and in the practice "
         "newsletter.",
         "Carers Champion", "Ongoing", "Green", "Carers register up from 1.1% to 1.6%."],
        [],
        ["Reviewed at practice meeting 03/12/2024. Next review due March 2025."],
    ]
    with open(out("kb1-honiton-surgery-cqc-inspection-action-plan.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (W - len(row)))


# =====================================================================
# 6. Lancashire & South Cumbria NHSFT - CQC mental health must/should do (docx,
#    cover table, one big table with core-service rows, merged requirement cells)
# =====================================================================
def make_lscft():
    d = Document()
    p = d.add_paragraph()
    r = p.add_run("Lancashire & South Cumbria NHS Foundation Trust")
    r.bold = True
    r.font.size = Pt(14)
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Report to:", "Quality Committee"),
                                ("Date of meeting:", "16 January 2025"),
                                ("Executive lead:", "Chief Nursing Officer"),
                                ("Report author:", "Head of Regulatory Compliance"),
                                ("Purpose:", "Assurance")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], "DEEAF6")
        set_cell(t.rows[i].cells[1], v)
    d.add_paragraph("")
    d.add_paragraph("CQC Action Plan – Mental Health Core Services Inspection (June 2024)",
                    style="Heading 1")
    d.add_paragraph(
        "The CQC inspected two core services in June 2024 and published its report on 3 October "
        "2024. The report contains 4 must do and 2 should do actions. This plan shows the Trust's "
        "response and progress as at 31 December 2024.")
    d.add_paragraph("Progress key", style="Heading 2")
    k = d.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for c, (code, txt) in zip(k.rows[0].cells, [("B", "Complete – evidence verified"),
                                                ("G", "On track"), ("A", "Risk to delivery"),
                                                ("R", "Off track")]):
        set_cell(c, f"{code} – {txt}")
        shade(c, RAG_HEX[code])
    d.add_paragraph("")

    heads = ["No.", "Must / Should", "CQC requirement", "Trust action", "Lead",
             "Completion date", "Progress update", "RAG"]
    plan = [
        ("section", "Acute wards for adults of working age and psychiatric intensive care units"),
        ("row", "1.1", "Must",
         "The trust must ensure that seclusion records are fully completed, including medical "
         "reviews within the required timescales. (Regulation 12)",
         "Introduce an electronic seclusion record on RiO with mandatory fields for medical and "
         "nursing reviews.",
         "Associate Director of Nursing (Inpatient Services)", "31/01/2025",
         "Build complete; testing on two wards before go-live.", "G", "start"),
        ("row", "1.2", "Must", None,
         "Weekly seclusion audit by ward managers, with results reviewed at the Reducing "
         "Restrictive Practice Group.",
         "Ward Managers / Matrons", "Weekly – ongoing",
         "Audits started 4 November 2024; compliance 92%.", "G", "cont"),
        ("row", "1.3", "Must",
         "The trust must ensure that there are enough suitably qualified staff on each shift to "
         "meet patients' needs, including registered nurses at night. (Regulation 18)",
         "Recruit to 24 WTE registered nurse vacancies through international recruitment and the "
         "preceptorship programme.\nUse enhanced bank rates for night shifts until vacancies are "
         "filled.",
         "Network Director of Nursing (Mental Health)", "30/06/2025",
         "15 of 24 posts filled; 6 international nurses arriving in March.", "A", None),
        ("row", "1.4", "Should",
         "The trust should ensure that patients have access to fresh air each day.",
         "Agree ward-level access plans for courtyard and garden areas, including for patients "
         "on enhanced observations.",
         "Matrons", "29/11/2024", "Plans in place on all wards; checked at matron walkabouts.",
         "B", None),
        ("section", "Mental health crisis services and health-based places of safety"),
        ("row", "2.1", "Must",
         "The trust must ensure that patients waiting in the health-based place of safety have "
         "their risks assessed and recorded. (Regulation 12)",
         "Implement a standard risk assessment for every person admitted to the health-based "
         "place of safety, reviewed every 4 hours.",
         "Crisis Services Manager", "March 2025",
         "Assessment tool agreed; training under way.", "G", None),
        ("row", "2.2", "Must",
         "The trust must ensure that staff receive regular supervision and appraisal. "
         "(Regulation 18)",
         "Set up a supervision tracker for crisis teams and report compliance monthly to the "
         "network governance meeting.",
         "Service Manager (Crisis) / Head of Workforce", "28/02/2025",
         "Tracker live; supervision compliance 71% against 85% target.", "A", None),
        ("row", "2.3", "Should",
         "The trust should ensure that carers are given information about the support available "
         "to them.",
         "Co-produce a carers' information leaflet with the Carers Forum and give it at first "
         "contact.",
         "Patient and Carer Experience Lead", "April 2025",
         "Not started – scheduled for Q4.", "", None),
    ]
    t = d.add_table(rows=1 + len(plan), cols=len(heads))
    t.style = "Table Grid"
    header_row(t, heads, fill="005EB8")
    prev_req_cell = None
    for i, item in enumerate(plan, start=1):
        cells = t.rows[i].cells
        if item[0] == "section":
            merged = cells[0].merge(cells[-1])
            set_cell(merged, item[1], bold=True)
            shade(merged, "D9D9D9")
            continue
        _, no, ms, req, act, lead, when, upd, rag, merge = item
        vals = [no, ms, req or "", act, lead, when, upd, rag]
        for c, v in zip(cells, vals):
            if v:
                set_cell(c, v)
        if merge == "start":
            prev_req_cell = cells[2]
        elif merge == "cont":
            prev_req_cell.merge(cells[2])
        if rag:
            shade(cells[7], RAG_HEX[rag])
    d.add_paragraph("")
    d.add_paragraph("Glossary", style="Heading 2")
    g = d.add_table(rows=5, cols=2)
    g.style = "Table Grid"
    for i, (a, b) in enumerate([("Abbreviation", "Meaning"),
                                ("PICU", "Psychiatric intensive care unit"),
                                ("RiO", "The Trust's electronic patient record"),
                                ("WTE", "Whole time equivalent"),
                                ("Q4", "January to March 2025")]):
        set_cell(g.rows[i].cells[0], a, bold=(i == 0))
        set_cell(g.rows[i].cells[1], b, bold=(i == 0))
    d.save(out("kb1-lancashire-and-south-cumbria-nhsft-cqc-mental-health-must-should-do-"
               "action-plan.docx"))


# =====================================================================
# 7. Crown Prosecution Service - HMCPSI inspection action plan (tab-separated
#    text export, recommendation heading rows, revised dates, key + totals)
# =====================================================================
def make_cps():
    N = 7
    lines = [
        ["Crown Prosecution Service"],
        ["HMCPSI follow-up inspection of the Victim Communication and Liaison (VCL) scheme – "
         "CPS action plan"],
        ["Action plan owner: Director, Victims and Witnesses Programme",
         "Reporting to: Audit and Risk Assurance Committee", "Position at: 30 September 2025"],
        [],
        ["Ref", "Action", "Action owner", "Target date", "Revised target date", "RAG",
         "Progress at 30/09/2025"],
        ["Recommendation 1: By April 2025, the CPS should ensure that all VCL letters are sent "
         "within the required timescales of one working day for vulnerable or intimidated "
         "victims and five working days for others."],
        ["1.1", "Introduce a daily VCL timeliness dashboard for each Area, showing letters due "
                "and overdue.",
         "Chief Digital Information Officer", "31/01/2025", "", "Blue",
         "Dashboard live in all 14 Areas since January 2025."],
        ["1.2", "Areas to agree a local VCL resourcing model so that letters are covered during "
                "paralegal absence.",
         "Area Business Managers", "31/03/2025", "31/10/2025", "Green",
         "11 of 14 Areas have agreed models; remaining 3 due by end of October."],
        ["Recommendation 2: The CPS should improve the quality of VCL letters so that they "
         "explain decisions clearly and with empathy, and avoid legal jargon."],
        ["2.1", "Revise the letter templates in the VCL template library with the Victims' "
                "Commissioner's office and victim groups.",
         "Head of Victim and Witness Policy", "31/03/2025", "", "Blue",
         "New templates issued 17 March 2025."],
        ["2.2", "Quality assure a sample of 10 letters per Area each quarter using the national "
                "letter quality framework.",
         "Chief Crown Prosecutors", "Quarterly", "", "Green",
         "Q2 assurance completed; average quality score 7.9/10."],
        ["2.3", "Mandatory e-learning on writing to victims for all prosecutors and paralegal "
                "officers.",
         "Director of People / Head of Learning and Development", "Q4 2024/25", "Q2 2025/26",
         "Amber", "Completion 81% against 95% target."],
        ["Recommendation 3: The CPS should make sure that victims are offered a meeting in all "
         "cases where they are entitled to one, and that the offer is recorded."],
        ["3.1", "Add a mandatory 'meeting offered' field to the VCL task in the case management "
                "system (CMS).",
         "Chief Digital Information Officer", "Dec 2025", "", "Red",
         "Change request delayed by CMS release freeze; new date to be agreed."],
        ["3.2", "Issue joint guidance with the police on the Victims' Code entitlement to a "
                "meeting.",
         "Director of Legal Services", "30/06/2025", "", "Blue", "Guidance published June 2025."],
        [],
        ["Key: Blue = completed; Green = on track; Amber = at risk of missing target date; "
         "Red = off track or blocked."],
        ["7 actions: 3 complete, 2 on track, 1 at risk, 1 off track."],
    ]
    with open(out("kb1-crown-prosecution-service-hmcpsi-victim-communication-inspection-"
                  "action-plan.txt"), "w", encoding="utf-8", newline="") as f:
        for row in lines:
            if row:
                row = row + [""] * (N - len(row))
            f.write("\t".join(row) + "\r\n")


if __name__ == "__main__":
    make_honley()
    make_bury()
    make_essex()
    make_torbay()
    make_honiton()
    make_lscft()
    make_cps()
    print("built", sorted(f for f in os.listdir(HERE) if f.startswith("kb1-")))
