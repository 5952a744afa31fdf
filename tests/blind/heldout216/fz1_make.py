"""Build the seven fz1- blind test files (set heldout216).

Run with:  /work/main/.venv/bin/python fz1_make.py
Writes the data files next to this script. The .expected.yaml files are written by hand.
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


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row, fill=None):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True
        if fill:
            shade(c, fill)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    run = p.add_run(parts[0])
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    for extra in parts[1:]:
        run.add_break()
        run = p.add_run(extra)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "req": PatternFill("solid", fgColor="FCE4D6"),
    "grey": PatternFill("solid", fgColor="EDEDED"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def d(y, m, day):
    return dt.datetime(y, m, day)


def header_row(ws, row, headers, widths=None):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + i)].width = w


# ======================================================= 1. school (docx)
def make_school():
    doc = Document()
    doc.add_paragraph(
        "St Ambrose Barlow RC High School: Post-Ofsted Action Plan 2024–25", style="Title"
    )
    doc.add_paragraph(
        "Following the graded (section 5) inspection of 5–6 March 2024 – "
        "overall effectiveness: Requires improvement"
    )

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Version", "3.0"),
        ("Date", "7 January 2025"),
        ("Author", "Mrs C. Doyle, Deputy Headteacher"),
        ("Approved by", "Local Governing Body – 15 January 2025"),
        ("Next review", "LGB Standards Committee, February 2025"),
    ]:
        r = t.add_row()
        set_cell(r.cells[0], k, bold=True)
        set_cell(r.cells[1], v)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key").bold = True
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "RAG", bold=True)
    set_cell(t.rows[0].cells[1], "Meaning", bold=True)
    for k, v, f in [
        ("R", "Not on track – action needed", "FF0000"),
        ("A", "In progress", "FFC000"),
        ("G", "Completed", "00B050"),
    ]:
        r = t.add_row()
        set_cell(r.cells[0], k, bold=True)
        shade(r.cells[0], f)
        set_cell(r.cells[1], v)
    doc.add_paragraph("A blank RAG cell means the action has not yet started.")

    headers = ["Ref", "Action", "Lead(s)", "Success criteria", "Timescale", "Monitoring", "RAG"]
    rag_fill = {"R": "FF0000", "A": "FFC000", "G": "00B050", "": None}

    priorities = [
        (
            "Priority 1: Quality of education – curriculum",
            "In some subjects, the curriculum does not set out clearly the knowledge that pupils "
            "should learn and when. Leaders should ensure that curriculum thinking in these subjects "
            "is precise, so that teachers know exactly what to teach and pupils build their "
            "knowledge securely over time.",
            [
                ("1.1",
                 "Complete the review of Key Stage 3 curriculum plans in geography, history, RE and "
                 "MFL, identifying the core knowledge to be taught in each unit.",
                 "Deputy Headteacher (Curriculum)",
                 "All KS3 plans sequenced and published on the shared drive; knowledge organisers in use",
                 "Autumn term 2024", "SLT line management; LGB Standards Committee", "G"),
                ("1.2",
                 "Provide subject leaders with two twilight CPD sessions on curriculum sequencing, "
                 "led by the Trust’s curriculum lead.",
                 "Deputy Headteacher (Curriculum) / Trust Director of Education",
                 "Subject leaders can explain the rationale for the order of units",
                 "October 2024", "CPD evaluations", "G"),
                ("1.3",
                 "Introduce termly subject deep dives in the four identified subjects.\n"
                 "Feedback to subject leaders within one week and a follow-up visit within six weeks.",
                 "Headteacher; SLT links",
                 "Deep dive reports show pupils recall prior knowledge securely",
                 "Termly", "Headteacher report to LGB", "A"),
                ("1.4",
                 "Embed retrieval practice at the start of every KS3 lesson using the ‘Do Now’ routine.",
                 "Assistant Headteacher (Teaching and Learning)",
                 "Routine seen in 90% of learning walks",
                 "Spring term 2025", "Learning walks", "A"),
            ],
        ),
        (
            "Priority 2: Reading",
            "Leaders have not ensured that pupils who are behind with their reading get the help "
            "they need quickly enough. Leaders should make sure that these pupils are identified "
            "swiftly and receive effective support so that they can read with the fluency and "
            "accuracy needed to access the curriculum.",
            [
                ("2.1",
                 "Screen all Year 7 pupils on entry using the NGRT reading test and share reading "
                 "ages with all staff via the SIMS dashboard.",
                 "Reading Lead",
                 "100% of Year 7 screened; reading ages visible on class lists",
                 "September 2024", "SLT", "G"),
                ("2.2",
                 "Deliver a phonics-based intervention (Fresh Start) for the lowest 10% of readers in "
                 "Years 7 and 8, four times a week.",
                 "Reading Lead and SENDCo",
                 "Average reading age gain of 12 months after two terms",
                 "Summer term 2025", "Termly NGRT retest", "A"),
                ("2.3",
                 "Train all teaching assistants to deliver reading fluency sessions, and quality "
                 "assure delivery through half-termly observations.",
                 "SENDCo",
                 "All TAs trained; observations show consistent delivery",
                 "December 2024", "SENDCo report to SLT", "R"),
            ],
        ),
        (
            "Priority 3: Behaviour and attitudes – attendance",
            "Too many disadvantaged pupils are persistently absent from school. Leaders should "
            "continue to strengthen their work with families to improve the attendance of these pupils.",
            [
                ("3.1",
                 "Appoint a full-time Attendance Officer and introduce daily first-day calling for all "
                 "absences.",
                 "Headteacher",
                 "Post filled; first-day calls logged on SIMS",
                 "September 2024", "Business Manager", "G"),
                ("3.2",
                 "Hold fortnightly attendance panel meetings with the Education Welfare Officer to "
                 "agree support plans for every persistently absent disadvantaged pupil.",
                 "Assistant Headteacher (Pastoral) / Attendance Officer",
                 "PA rate for disadvantaged pupils below 25% by July 2025",
                 "Ongoing", "Attendance data to LGB each half term", "A"),
                ("3.3",
                 "Launch the ‘Every Day Counts’ rewards scheme with termly celebration events for "
                 "pupils with improved attendance.",
                 "Heads of Year",
                 "Pupil voice shows scheme is valued",
                 "January 2025", "Pastoral team", ""),
            ],
        ),
    ]

    for heading, afi, actions in priorities:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run("Ofsted area for improvement").bold = True
        p = doc.add_paragraph()
        p.add_run(afi).italic = True
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, bold=True, size=9)
            shade(t.rows[0].cells[i], "D9E2F3")
        for ref, act, lead, sc, when, mon, rag in actions:
            r = t.add_row()
            for i, v in enumerate([ref, act, lead, sc, when, mon, rag]):
                set_cell(r.cells[i], v, size=9)
            if rag_fill[rag]:
                shade(r.cells[6], rag_fill[rag])
        doc.add_paragraph()

    doc.add_paragraph(
        "Progress against this plan is reviewed by the Local Governing Body Standards Committee "
        "each half term and reported to the Trust’s Education Committee."
    )
    p = doc.add_paragraph()
    p.add_run("Sign-off").bold = True
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for a, b, c in [
        ("Headteacher", "Mr P. Hennessy", "Signed: P. Hennessy"),
        ("Chair of Local Governing Body", "Dr M. Kavanagh", "Signed: M. Kavanagh"),
    ]:
        r = t.add_row()
        set_cell(r.cells[0], a, bold=True)
        set_cell(r.cells[1], b)
        set_cell(r.cells[2], c)
    doc.save(out("fz1-st-ambrose-barlow-rc-high-school-post-ofsted-action-plan.docx"))


# ======================================== 2. college ESFA FAR plan (xlsx)
def make_college():
    title = ("Activate Learning – ESFA Funding Assurance Review 2023/24: "
             "Management Action Plan")
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Report to:", "Audit and Risk Committee – 26 November 2024"),
        ("Prepared by:", "Director of Funding and MIS"),
        ("Review fieldwork:", "June 2024 (ILR R10 2023/24)"),
        ("Final report received:", "12 September 2024"),
    ]
    for i, (k, v) in enumerate(rows, start=3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws["A8"] = "Summary of findings and actions"
    ws["A8"].font = Font(bold=True, size=12)
    summ = [
        ("Priority", "Findings", "Actions", "Complete"),
        ("High", 2, 5, 2),
        ("Medium", 2, 3, 0),
        ("Low", 1, 1, 0),
        ("Total", 5, 9, 2),
    ]
    for i, row in enumerate(summ, start=9):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 9 or row[0] == "Total":
                c.font = Font(bold=True)
                c.fill = FILL["grey"]
    ws["A15"] = "RAG key"
    ws["A15"].font = Font(bold=True, size=12)
    key = [
        ("B", "Complete – evidence held on the audit evidence drive"),
        ("G", "On track"),
        ("A", "At risk of slipping – revised date agreed"),
        ("R", "Overdue / off track"),
    ]
    for i, (k, v) in enumerate(key, start=16):
        ws.cell(row=i, column=1).fill = FILL[k]
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2, value=v)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 55
    ws.column_dimensions["C"].width = 10
    ws.column_dimensions["D"].width = 10

    ap = wb.create_sheet("Action Plan")
    ap["A1"] = title
    ap["A1"].font = Font(bold=True, size=13)
    ap["A2"] = "Position as at 15 November 2024"
    ap["A2"].font = Font(italic=True)
    headers = ["Ref", "Finding", "Priority", "Agreed management action", "Responsible officer",
               "Original target date", "Revised target date", "RAG",
               "Progress update (November 2024)"]
    header_row(ap, 4, headers, [7, 45, 10, 55, 30, 13, 13, 7, 50])

    data = [
        ("band", "Apprenticeships"),
        ("finding",
         "For 4 of 25 apprentices sampled, evidence of off-the-job training hours recorded in the "
         "e-portfolio did not support the planned hours in the training plan and commitment statement.",
         "High",
         [
             ("1.1",
              "Introduce a monthly off-the-job hours report from the e-portfolio, reviewed at "
              "apprenticeship caseload meetings, with exceptions escalated to the Head of Apprenticeships.",
              "Apprenticeship Compliance Manager", d(2024, 12, 31), None, "G",
              "Report built in Smart Assessor; first review meeting held 4 November."),
             ("1.2",
              "Retrain all skills coaches on recording off-the-job activity, including the "
              "distinction between on- and off-the-job training.",
              "Head of Apprenticeships / Quality Manager (Apprenticeships)", d(2024, 10, 31), None, "B",
              "Training delivered 16 and 23 October; 38 of 38 coaches attended."),
             ("1.3",
              "Recalculate planned hours for all apprentices with a break in learning or change of "
              "employer, and reissue training plans where required.",
              "Apprenticeship Compliance Manager; Skills Coaches", d(2024, 11, 30), d(2025, 2, 28), "A",
              "142 records identified; 61 recalculated. Revised date agreed with Director of Funding and MIS."),
         ]),
        ("finding",
         "Evidence of the apprentice’s prior learning assessment was incomplete for 3 learners, so "
         "the reduction in content, duration and price could not be verified.",
         "Medium",
         [
             ("2.1",
              "Replace the initial assessment form with a single skills scan template that records "
              "the RPL outcome and its effect on duration and price.",
              "Quality Manager (Apprenticeships)", d(2025, 1, 31), None, "G",
              "Template drafted and piloted in engineering."),
             ("2.2",
              "Carry out a 100% check of RPL records for new starts from August 2024 before the first "
              "ILR return in which they appear.",
              "Funding and Compliance Officer", "Ongoing – each monthly ILR return", None, "G",
              "Checks completed for R01–R03."),
         ]),
        ("band", "16-19 Study Programmes"),
        ("finding",
         "Planned hours for 6 of 40 students sampled included enrichment activity that was not "
         "timetabled or evidenced.",
         "High",
         [
             ("3.1",
              "Issue revised guidance to curriculum teams on what counts as planned employability, "
              "enrichment and pastoral hours, with examples.",
              "Director of Funding and MIS", d(2024, 10, 31), None, "B",
              "Guidance issued 14 October and briefed at Curriculum Directors’ meeting."),
             ("3.2",
              "Reconcile timetabled hours to ILR planned hours for every study programme before the "
              "R04 return.",
              "Curriculum Directors / MIS Manager", d(2024, 12, 31), None, "R",
              "Reconciliation tool not yet built; MIS capacity issue escalated to Executive."),
         ]),
        ("band", "Adult Skills Fund"),
        ("finding",
         "Two learners were funded at full rate although their eligibility evidence showed they were "
         "eligible for co-funding only.",
         "Medium",
         [
             ("4.1",
              "Add a mandatory eligibility check to the enrolment form in the student record system so "
              "that the funding rate cannot be set without the supporting evidence field being completed.",
              "MIS Manager", d(2025, 3, 31), None, "G",
              "Specification agreed with supplier; change scheduled for February release."),
         ]),
        ("finding",
         "Withdrawal dates for 3 learners were recorded after the date of last evidenced activity.",
         "Low",
         [
             ("5.1",
              "Remind tutors of the withdrawal process and add last-attendance date to the withdrawal form.",
              "Head of Adult and Community Learning", d(2024, 9, 30), d(2025, 1, 31), "A",
              "Form updated; tutor briefing moved to January staff development day."),
         ]),
    ]

    r = 5
    for item in data:
        if item[0] == "band":
            ap.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            for col in range(1, 10):
                ap.cell(row=r, column=col).fill = FILL["band"]
            ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, finding, prio, acts = item
        first = r
        for ref, act, lead, orig, rev, rag, prog in acts:
            vals = [ref, None, None, act, lead, orig, rev, None, prog]
            for col, v in enumerate(vals, start=1):
                c = ap.cell(row=r, column=col)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ap.cell(row=r, column=8).fill = FILL[rag]
            r += 1
        ap.cell(row=first, column=2, value=finding)
        ap.cell(row=first, column=3, value=prio)
        if r - 1 > first:
            ap.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ap.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ap.cell(row=r, column=1,
            value="Note: RAG is shown by cell colour – see key on the Cover sheet. "
                  "Where a revised target date has been agreed, progress is measured against it.")
    ap.cell(row=r, column=1).font = Font(italic=True)
    ap.freeze_panes = "A5"
    wb.save(out("fz1-activate-learning-esfa-funding-assurance-review-action-plan.xlsx"))


# ============================= 3. university apprenticeships PIAP (csv)
def make_university():
    W = 8
    rows = [
        ["Manchester Metropolitan University – Apprenticeships Post-Inspection Action Plan"] + [""] * (W - 1),
        ["Ofsted full inspection 14–17 May 2024 (overall effectiveness: Good)"] + [""] * (W - 1),
        ["Owner: Apprenticeship Quality Board | Last updated: 03/03/2025"] + [""] * (W - 1),
        [""] * W,
        ["Theme", "Area for improvement (Ofsted)", "Ref", "Action", "Responsible", "Target date", "RAG",
         "Progress update"],
        ["Leadership and management",
         "Leaders and governors should ensure they receive sufficiently detailed information about "
         "apprentices’ progress to hold faculties to account for the quality of apprenticeships.",
         "PIAP1.1",
         "Develop an apprenticeship quality dashboard (Power BI) showing progress, breaks in learning "
         "and off-the-job hours by faculty and standard.",
         "Head of Apprenticeship Operations", "31/10/2024", "Complete",
         "Dashboard live from October 2024; used at faculty reviews."],
        ["", "", "PIAP1.2",
         "Add a standing apprenticeship quality item to the Education and Student Experience "
         "Committee and report to the Board of Governors twice a year.",
         "Pro-Vice-Chancellor (Education)", "Dec-24", "Complete",
         "First report to Board, 11 December 2024."],
        ["Quality of education",
         "Leaders should ensure that apprentices with prior experience have their starting points "
         "identified accurately and that their training plans are adjusted accordingly.",
         "PIAP2.1",
         "Introduce a standard skills scan for all new starts, moderated by the programme lead before "
         "the training plan is signed.",
         "Faculty Apprenticeship Leads", "September 2024", "Green",
         "In use for September and January cohorts."],
        ["", "", "PIAP2.2",
         "Audit a sample of 10% of training plans each term to check adjustments for prior learning.\n"
         "Report findings to the Apprenticeship Quality Board.",
         "Apprenticeship Quality Manager / Faculty Apprenticeship Leads", "Termly", "Green",
         "Autumn audit complete: 7 plans needed adjustment."],
        ["",
         "Leaders should ensure that all apprentices receive useful feedback that helps them improve "
         "the quality of their work, particularly in the chartered manager degree apprenticeship.",
         "PIAP2.3",
         "Introduce a feedback policy for CMDA modules with a minimum standard for written feedback "
         "and a feed-forward section.",
         "CMDA Programme Leader", "31/01/2025", "Amber",
         "Policy approved; staff briefing delayed to March."],
        ["", "", "PIAP2.4",
         "Run peer observation of tripartite progress reviews across the Business School.",
         "Dr R. Whitfield; K. Osei", "Mar-25", "Amber",
         "12 of 20 observations completed."],
        ["Personal development and safeguarding",
         "Leaders should ensure that apprentices develop a secure understanding of the risks of "
         "radicalisation and extremism in their local area and workplace.",
         "PIAP3.1",
         "Launch a Prevent refresher module in Moodle for all apprentices, with completion monitored "
         "at progress reviews.",
         "Designated Safeguarding Lead", "28/02/2025", "Red",
         "Module live but completion only 41%; chasing via skills coaches."],
        ["", "", "PIAP3.2",
         "Include a local-risk discussion topic in every tripartite review agenda from January 2025.",
         "Skills Coaches", "July 2025", "Green",
         "Topic added to review template."],
        ["", "", "PIAP3.3",
         "Hold a Prevent and British values webinar with Greater Manchester Police for employers and "
         "apprentices.",
         "Designated Safeguarding Lead and Employer Engagement Manager", "June 2025", "Not started",
         ""],
        [""] * W,
        ["RAG key: Complete; Green = on track; Amber = minor slippage; Red = significant concern; "
         "Not started"] + [""] * (W - 1),
    ]
    with open(out("fz1-manchester-metropolitan-university-ofsted-apprenticeships-piap.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# ================================== 4. acute trust CQC must/should (xlsx)
def make_hospital():
    title = ("South Warwickshire University NHS Foundation Trust – CQC Must Do and Should Do "
             "Improvement Plan (inspection March 2024)")
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Report to Quality Committee – 22 January 2025"
    ws["A2"].font = Font(italic=True)
    summ = [
        ("Core service", "Must do", "Should do", "Actions", "Complete (B)", "On track (G)",
         "At risk (A)", "Off track (R)"),
        ("Urgent and emergency care", 2, 1, 5, 1, 2, 2, 0),
        ("Medical care (including older people’s care)", 2, 1, 5, 2, 2, 0, 1),
        ("Total", 4, 2, 10, 3, 4, 2, 1),
    ]
    for i, row in enumerate(summ, start=4):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if i == 4 or row[0] == "Total":
                c.font = Font(bold=True)
                c.fill = FILL["grey"]
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    key = [
        ("B", "Complete and evidence of embedding"),
        ("G", "On track to deliver by due date"),
        ("A", "At risk – revised date agreed"),
        ("R", "Off track / overdue"),
    ]
    for i, (k, v) in enumerate(key, start=11):
        c = ws.cell(row=i, column=1, value=k)
        c.fill = FILL[k]
        c.font = Font(bold=True, color="FFFFFF")
        ws.cell(row=i, column=2, value=v)
    ws.column_dimensions["A"].width = 42
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 12

    headers = ["Ref", "Action", "Lead", "Original due date", "Revised due date",
               "Previous RAG (Nov 24)", "Current RAG (Jan 25)", "Progress / evidence"]
    widths = [7, 55, 34, 13, 13, 11, 11, 50]

    sheets = [
        ("UEC", "Urgent and Emergency Care – Warwick Hospital", [
            ("req", "MD1 – The trust must ensure that patients attending the emergency department are "
                    "triaged within 15 minutes of arrival. (Regulation 12)"),
            ("act", "1.1", "Introduce a streaming nurse at the front door from 08:00 to 02:00, seven "
                           "days a week.",
             "Head of Nursing – Emergency Care", d(2024, 7, 31), None, "G", "B",
             "Rota in place since July; time to triage median 11 minutes (December)."),
            ("act", "1.2", "Implement electronic triage timers on the ED tracking board with escalation "
                           "to the nurse in charge at 15 minutes.",
             "ED Matron / Clinical Director ED", d(2024, 9, 30), d(2024, 12, 31), "A", "G",
             "Timers live 2 December; escalation audit due end of January."),
            ("act", "1.3", "Audit time to triage weekly and report compliance to the Emergency Care "
                           "Divisional Board.",
             "Divisional Director of Operations", d(2024, 10, 31), None, "G", "G",
             "Weekly audit reported since October."),
            ("req", "MD2 – The trust must ensure that all staff in the emergency department complete "
                    "mandatory training, including paediatric life support. (Regulation 18)"),
            ("act", "2.1", "Book all outstanding PILS/EPLS places and release staff through protected "
                           "rostering.",
             "ED Practice Educator", d(2024, 11, 30), d(2025, 3, 31), "R", "A",
             "Compliance 78% (target 90%); extra courses booked for February and March."),
            ("req", "SD1 – The trust should ensure that mental health risk assessments are completed "
                    "for all patients presenting with self-harm."),
            ("act", "3.1", "Roll out the ED mental health risk assessment template in the electronic "
                           "patient record and train staff in its use.",
             "Head of Nursing – Emergency Care; Mental Health Liaison Team Lead", d(2024, 12, 31), None,
             "A", "A",
             "Template built; training 55% complete."),
        ]),
        ("Medical care", "Medical Care (including older people’s care) – Warwick Hospital", [
            ("req", "MD3 – The trust must ensure that patients’ fluid balance and food charts are "
                    "accurately completed. (Regulation 12)"),
            ("act", "4.1", "Launch the ‘Drink, Eat, Record’ campaign on all medical wards, with daily "
                           "safety huddle checks of fluid charts.",
             "Deputy Chief Nurse", d(2024, 8, 31), None, "G", "B",
             "Campaign launched August; huddle checklist updated."),
            ("act", "4.2", "Include fluid balance compliance in the monthly ward accreditation audit.",
             "Quality and Patient Safety Lead", d(2024, 9, 30), None, "G", "B",
             "Included from September audit; compliance 92%."),
            ("req", "MD4 – The trust must ensure that medicines are stored securely and that fridge "
                    "temperatures are monitored daily. (Regulation 12)"),
            ("act", "5.1", "Replace door locks on treatment rooms on Avon and Feldon wards with keypad "
                           "access.",
             "Director of Estates and Facilities", d(2024, 10, 31), d(2025, 2, 28), "A", "R",
             "Contractor unavailable until February; interim lockable cabinets in place."),
            ("act", "5.2", "Introduce remote temperature monitoring for all ward medicine fridges, with "
                           "alerts to pharmacy.",
             "Chief Pharmacist", d(2025, 1, 31), None, "G", "G",
             "Sensors installed on 14 of 16 wards."),
            ("req", "SD2 – The trust should ensure that discharge summaries are sent to GPs within "
                    "24 hours."),
            ("act", "6.1", "Add discharge summary completion to the board round checklist and report "
                           "compliance by consultant weekly.",
             "Clinical Director for Medicine / Divisional Director of Operations", d(2025, 3, 31), None,
             None, "G",
             "New action added December 2024."),
            ("note", "Note: 5.1 delayed – contractor availability; escalated to Capital Programme Board."),
        ]),
    ]
    for name, heading, rows in sheets:
        s = wb.create_sheet(name)
        s["A1"] = heading
        s["A1"].font = Font(bold=True, size=12)
        header_row(s, 2, headers, widths)
        r = 3
        for item in rows:
            if item[0] == "req":
                c = s.cell(row=r, column=1, value=item[1])
                c.font = Font(bold=True)
                c.alignment = WRAP
                for col in range(1, 9):
                    s.cell(row=r, column=col).fill = FILL["req"]
                s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
                s.row_dimensions[r].height = 30
            elif item[0] == "note":
                r += 1
                s.cell(row=r, column=1, value=item[1]).font = Font(italic=True)
            else:
                _, ref, act, lead, orig, rev, prev, cur, prog = item
                vals = [ref, act, lead, orig, rev, prev, cur, prog]
                for col, v in enumerate(vals, start=1):
                    c = s.cell(row=r, column=col)
                    if v is not None:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for col, rag in ((6, prev), (7, cur)):
                    if rag:
                        s.cell(row=r, column=col).fill = FILL[rag]
                        s.cell(row=r, column=col).font = Font(bold=True, color="FFFFFF")
                        s.cell(row=r, column=col).alignment = Alignment(horizontal="center",
                                                                        vertical="top")
            r += 1
        s.freeze_panes = "A3"
    wb.save(out("fz1-south-warwickshire-university-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ================================================ 5. GP practice (txt)
def make_gp():
    T = "\t"
    hdr = T.join(["Ref", "Action", "Lead", "Target date", "Status", "Update / evidence"])
    lines = [
        "Valley View Health Centre – CQC Improvement Action Plan",
        T.join(["Inspection: 9 January 2025", "Report published: 27 February 2025",
                "Overall rating: Requires improvement"]),
        T.join(["Plan owner: Practice Manager (Mrs J. Whitworth)", "Last reviewed: 14/05/2025",
                "Next review: clinical governance meeting, June 2025"]),
        "",
        "SECTION 1 – BREACHES OF REGULATIONS (MUST DO)",
        hdr,
        "Regulation 12 Safe care and treatment – Care and treatment must be provided in a safe way "
        "for service users.",
        T.join(["1.1",
                "Complete searches of all patients prescribed methotrexate, lithium and DOACs and "
                "recall anyone overdue monitoring bloods.",
                "Dr A. Rahman / PCN Clinical Pharmacist", "31/03/2025", "Completed",
                "Searches run 3 March; 27 patients recalled, all now monitored."]),
        T.join(["1.2",
                "Set up monthly high-risk drug monitoring searches on EMIS and record outcomes on the "
                "practice audit log.",
                "PCN Clinical Pharmacist", "April 2025", "Completed",
                "Searches scheduled; April and May outcomes logged."]),
        T.join(["1.3",
                "Review all patients affected by outstanding safety alerts (MHRA valproate and SGLT2 "
                "inhibitor alerts) and document the discussion in the record.",
                "Dr S. Okafor", "End of June 2025", "Amber",
                "Valproate reviews complete; SGLT2 reviews 60% complete."]),
        "Regulation 17 Good governance – Systems or processes must be established and operated "
        "effectively to ensure compliance with the requirements.",
        T.join(["1.4",
                "Introduce a practice risk register covering fire, legionella, health and safety and "
                "business continuity, reviewed quarterly at the partners’ meeting.",
                "Practice Manager", "30/04/2025", "Green",
                "Register drafted; first review at partners’ meeting 21/05/2025."]),
        T.join(["1.5",
                "Create a training matrix for all staff and book overdue safeguarding level 3 and "
                "infection control training.",
                "Practice Manager & Lead Nurse", "31/05/2025", "Amber",
                "Matrix complete; 4 clinicians still to complete safeguarding level 3."]),
        T.join(["1.6",
                "Carry out a documented review of significant events each quarter and share learning "
                "at the whole-practice meeting.",
                "Dr A. Rahman (Clinical Lead)", "Quarterly", "Green",
                "Q4 2024/25 review held 10 April."]),
        "",
        "SECTION 2 – AREAS WHERE THE PRACTICE SHOULD IMPROVE",
        hdr,
        "Continue to improve the uptake of cervical screening.",
        T.join(["2.1",
                "Send text-message reminders with a booking link to all women overdue screening and "
                "offer Saturday clinics once a month.",
                "Lead Nurse", "September 2025", "Green",
                "Reminders sent April; first Saturday clinic 17 May."]),
        "Improve the identification of carers so that they can be offered support.",
        T.join(["2.2",
                "Add a carer question to the new patient registration form and appoint a reception "
                "carers’ champion.",
                "Reception Manager", "30/06/2025", "Not started", ""]),
        "",
        "Notes: Status key – Completed; Green = on track; Amber = some delay; Red = not on track. "
        "This plan is shared with the PPG and the ICB primary care quality team.",
    ]
    with open(out("fz1-valley-view-health-centre-cqc-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ============================ 6. mental health trust CQC plan (docx)
def make_mental_health():
    doc = Document()
    doc.add_paragraph(
        "Surrey and Borders Partnership NHS Foundation Trust: CQC Must Do and Should Do "
        "Improvement Plan (June 2024 inspection)", style="Title")
    doc.add_paragraph(
        "Core services inspected: acute wards for adults of working age and psychiatric intensive "
        "care units; community-based mental health services for adults of working age.")

    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Document control", bold=True)
    t.rows[0].cells[0].merge(t.rows[0].cells[1])
    shade(t.rows[0].cells[0], "D9D9D9")
    for k, v in [
        ("Document owner", "Director of Quality Governance"),
        ("Version", "2.1"),
        ("Date", "10 February 2025"),
        ("Reviewed by", "Quality and Safety Committee (February 2025)"),
        ("Status", "Approved"),
    ]:
        r = t.add_row()
        set_cell(r.cells[0], k, bold=True)
        set_cell(r.cells[1], v)

    doc.add_paragraph()
    doc.add_heading("RAG rating key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for f, v in [
        ("0070C0", "Complete – evidence submitted and accepted by the Quality Compliance Team"),
        ("00B050", "On track"),
        ("FFC000", "Risk to delivery – mitigation in place"),
        ("FF0000", "Overdue / not on track"),
    ]:
        r = t.add_row()
        shade(r.cells[0], f)
        set_cell(r.cells[1], v)

    fills = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    headers = ["No.", "Requirement (CQC report)", "Action", "Lead", "Due date", "RAG"]
    services = [
        ("1. Acute wards for adults of working age and psychiatric intensive care units", [
            ("MUST: The trust must ensure that staff complete and update risk assessments for each "
             "patient on admission and after any incident. (Regulation 12)", [
                ("1a", "Revise the clinical risk assessment and safety planning standard operating "
                       "procedure to require review within 72 hours of admission and after every incident.",
                 "Associate Director of Nursing (Acute)", "30 September 2024", "B"),
                ("1b", "Weekly audit of 5 records per ward, with results reported to the Acute Care "
                       "Group quality meeting.",
                 "Ward Managers", "31 March 2025", "G"),
            ]),
            ("MUST: The trust must ensure that patients detained under the Mental Health Act have "
             "their rights explained to them and that this is recorded. (Regulation 17)", [
                ("2a", "Add a section 132 rights prompt to the electronic patient record, repeating at "
                       "the intervals set in the trust policy.",
                 "Head of Mental Health Act Office", "December 2024", "B"),
                ("2b", "Include rights compliance in the monthly Mental Health Act audit and escalate "
                       "any ward below 90% to the Associate Director.",
                 "Head of Mental Health Act Office / Ward Managers", "January 2025", "A"),
            ]),
            ("SHOULD: The trust should ensure that patients on the PICU have regular access to "
             "fresh air.", [
                ("3a", "Agree a garden access protocol and complete the fencing works to the PICU "
                       "courtyard.",
                 "Estates Project Manager", "Q4 2024/25", "A"),
            ]),
        ]),
        ("2. Community-based mental health services for adults of working age", [
            ("MUST: The trust must ensure that people waiting for assessment or treatment are "
             "regularly contacted and their risk is reviewed. (Regulation 12)", [
                ("4a", "Implement a waiting list management standard with a minimum of monthly contact "
                       "for everyone waiting, recorded on the waiting list tracker.",
                 "Clinical Director (Community)", "31 October 2024", "B"),
                ("4b", "Recruit two band 6 duty workers per locality to hold waiting list contacts.",
                 "Locality Service Managers", "June 2025", "R"),
                ("4c", "Produce a weekly waiting list report by team and review it at the Community "
                       "Care Group performance meeting.",
                 "Head of Performance and Information", "November 2024", "B"),
            ]),
            ("SHOULD: The trust should ensure that staff receive regular supervision in line with "
             "trust policy.", [
                ("5a", "Record supervision on ESR and report compliance by team monthly.",
                 "Head of Workforce / Community Care Group Director", "28 February 2025", "G"),
            ]),
        ]),
    ]
    for heading, reqs in services:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, bold=True, size=9)
            shade(t.rows[0].cells[i], "DEEAF6")
        for req, acts in reqs:
            first = None
            for no, act, lead, due, rag in acts:
                r = t.add_row()
                if first is None:
                    first = r
                    set_cell(r.cells[1], req, size=9)
                set_cell(r.cells[0], no, size=9)
                set_cell(r.cells[2], act, size=9)
                set_cell(r.cells[3], lead, size=9)
                set_cell(r.cells[4], due, size=9)
                shade(r.cells[5], fills[rag])
                last = r
            if last is not first:
                first.cells[1].merge(last.cells[1])
        doc.add_paragraph()

    doc.add_heading("Glossary", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("ESR", "Electronic Staff Record"),
        ("MHA", "Mental Health Act 1983"),
        ("PICU", "Psychiatric intensive care unit"),
        ("SOP", "Standard operating procedure"),
    ]:
        r = t.add_row()
        set_cell(r.cells[0], k, bold=True)
        set_cell(r.cells[1], v)
    doc.save(out("fz1-surrey-and-borders-partnership-nhsft-cqc-mental-health-must-should-do-action-plan.docx"))


# ================= 7. national body NAO recommendations tracker (xlsx, refuse)
def make_national():
    title = "Legal Aid Agency – NAO Report Recommendations: Action Plan and Progress Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Dashboard"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Report to: LAA Audit and Risk Assurance Committee – 18 March 2025"
    ws["A3"] = "Sponsor: Chief Executive, Legal Aid Agency"
    ws["A5"] = "Status summary"
    ws["A5"].font = Font(bold=True)
    summ = [("Status", "Actions"), ("Complete", 2), ("On track", 3), ("Amber", 1),
            ("Not started", 1), ("Total", 7)]
    for i, row in enumerate(summ, start=6):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 6 or row[0] == "Total":
                c.font = Font(bold=True)
                c.fill = FILL["grey"]
    ws.column_dimensions["A"].width = 30

    tr = wb.create_sheet("Tracker")
    tr["A1"] = title
    tr["A1"].font = Font(bold=True, size=13)
    tr["A2"] = "Updated: 28 February 2025"
    headers = ["NAO rec", "Recommendation", "Action no.", "Action", "Owner", "Target date",
               "Status", "Commentary"]
    header_row(tr, 3, headers, [8, 50, 9, 55, 34, 12, 12, 45])
    recs = [
        ("a",
         "The Ministry of Justice and the LAA should develop a better understanding of the supply of "
         "legal aid providers at a local level, including where there are gaps in provision.", [
            ("1", "Publish a provider-supply dashboard by procurement area, updated quarterly.",
             "Deputy Director (Commissioning)", d(2025, 1, 31), "Complete",
             "First dashboard published internally January 2025."),
            ("2", "Commission research into advice deserts in housing and immigration legal aid.",
             "Head of Analytical Services / MoJ Legal Aid Policy", "Sep-2025", "On track",
             "Research specification agreed; supplier appointed."),
        ]),
        ("b",
         "The LAA should set out how it will measure whether its digital services for providers are "
         "reducing the administrative burden of legal aid work.", [
            ("3", "Agree KPIs for the Apply for legal aid and Submit a bulk claim services and report "
                  "them to the Digital Portfolio Board.",
             "Chief Digital and Information Officer", "Jun-2025", "On track",
             "Draft KPIs shared with provider representative bodies."),
            ("4", "Run a provider time-and-motion survey before and after the move to the new "
                  "claims service.",
             "Head of Provider Engagement", "0ct-2025", "Not started",
             "Baseline survey to be issued after go-live."),
        ]),
        ("c",
         "The LAA should improve the timeliness of its processing of civil legal aid applications "
         "and payments to providers.", [
            ("5", "Introduce weekly performance reporting on civil application processing times by "
                  "category.",
             "Director of Operations", d(2024, 11, 30), "Complete",
             "Weekly reporting in place since November."),
            ("6", "Recruit and train 40 additional caseworkers for the civil applications team.",
             "Director of Operations; HR Business Partner", "Mar-2025", "Amber",
             "31 of 40 in post; remaining campaign closes 7 March."),
        ]),
        ("d",
         "The Ministry of Justice should set out a long-term plan for the sustainability of the "
         "legal aid market.", [
            ("7", "Contribute LAA market data and provider evidence to the MoJ civil legal aid "
                  "review.",
             "Chief Executive, Legal Aid Agency", "Dec-2025", "On track",
             "Evidence pack submitted for phase 1."),
        ]),
    ]
    r = 4
    for letter, rec, acts in recs:
        first = r
        for no, act, owner, target, status, comm in acts:
            vals = [None, None, no, act, owner, target, status, comm]
            for col, v in enumerate(vals, start=1):
                c = tr.cell(row=r, column=col)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yyyy"
            r += 1
        tr.cell(row=first, column=1, value=letter)
        tr.cell(row=first, column=2, value=rec)
        if r - 1 > first:
            tr.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            tr.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    tr.freeze_panes = "A4"
    wb.save(out("fz1-legal-aid-agency-nao-recommendations-tracker-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_school()
    make_college()
    make_university()
    make_hospital()
    make_gp()
    make_mental_health()
    make_national()
    print("done")
