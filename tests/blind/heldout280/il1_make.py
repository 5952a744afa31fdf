"""Build the seven il1- blind test files for set heldout280.

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Writes the data files next to this script; the .expected.yaml files are
written by hand beside them.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", fgColor=hex_, bgColor=hex_)


def D(y, m, d):
    return dt.datetime(y, m, d)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def boxed_row(ws, row, ncols, wrap=True):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        if wrap:
            cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Tytherington School - post-Ofsted action plan (xlsx, fill-colour RAG,
#    key redefines green as completed, priority + AFI merged rows)
# ---------------------------------------------------------------------------
def make_tytherington():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths(ws, [7, 52, 24, 34, 26, 18, 8, 40])

    ws["A1"] = "Tytherington School"
    ws["A1"].font = Font(bold=True, size=16, color=NAVY)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Post-Ofsted Action Plan 2024–25"
    ws["A2"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Inspection dates: 5 and 6 March 2024     Overall effectiveness: "
                "Requires improvement     Approved by the Local Governing Body: 22 April 2024")
    ws["A3"].font = Font(italic=True, size=10)
    ws.merge_cells("A3:H3")

    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    ws["B5"] = "Red – behind schedule"
    ws["B5"].fill = fill(RED)
    ws["C5"] = "Amber – in progress"
    ws["C5"].fill = fill(AMBER)
    ws["D5"] = "Green – completed"
    ws["D5"].fill = fill(GREEN)
    ws["E5"] = "No colour – not yet started"
    for c in "BCDE":
        ws[c + "5"].border = BOX

    headers = ["Ref", "Action", "Lead(s)", "Success criteria", "Monitoring (who / when)",
               "Timescale", "RAG", "Progress update – July 2024"]
    for i, h in enumerate(headers, start=1):
        cell = ws.cell(row=7, column=i, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")

    rows = [
        ("P", "Priority 1: Quality of education – checking understanding"),
        ("AFI", "Leaders should ensure that teachers check pupils’ understanding precisely and "
                "address misconceptions before moving on, so that pupils build their knowledge "
                "securely over time."),
        ("A", "1.1", "Deliver a whole-staff CPD programme on responsive teaching, including hinge "
                     "questions and mini-whiteboard routines, in weekly Teaching and Learning briefings.",
         "Deputy Headteacher (Teaching and Learning)",
         "All teaching staff trained; routines seen in at least 90% of learning walks.",
         "SLT learning walks fortnightly; Standards Committee termly",
         "Summer term 2024", GREEN,
         "CPD programme delivered in full; 93% of June learning walks showed the routines in place."),
        ("A", "1.2", "Heads of Department to identify the threshold concepts in each Key Stage 3 "
                     "unit and build retrieval checks on them into unit plans.",
         "Heads of Department",
         "Revised KS3 unit plans in place for all subjects.",
         "Deputy Headteacher; curriculum link governor",
         "Autumn term 2024", AMBER,
         "Science, maths and English complete; humanities and MFL units in draft."),
        ("A", "1.3", "Introduce termly department deep dives led by the SLT link, focusing on how "
                     "well misconceptions are identified and addressed in books and lessons.",
         "AHT Quality of Education / SLT links",
         "Deep dive reports show consistent practice in all departments.",
         "Standards Committee termly",
         "Sept 2024 – July 2025", None,
         "Schedule agreed; first deep dives (geography, art) in October."),
        ("P", "Priority 2: Attendance and behaviour"),
        ("AFI", "Leaders should continue to take effective action to reduce persistent absence, "
                "particularly for disadvantaged pupils and pupils with special educational needs "
                "and/or disabilities (SEND)."),
        ("A", "2.1", "Appoint a second Attendance Officer and introduce first-day calling and home "
                     "visits for pupils whose attendance falls below 90%.",
         "Attendance Officer / DSL",
         "Persistent absence for disadvantaged pupils below 20% by July 2025.",
         "Pastoral Committee half-termly",
         "September 2024", RED,
         "Recruitment delayed – post re-advertised in June. First-day calling in place since April."),
        ("A", "2.2", "Hold attendance support meetings with the families of pupils with SEND, with "
                     "the SENDCo present, and adjust support plans where absence is linked to need.",
         "SENDCo, Head of Year",
         "Attendance of pupils with SEND in line with national average.",
         "SEND governor visit each term",
         "Spring term 2025", AMBER,
         "Meetings held with 31 families so far."),
        ("A", "2.3", "Review the behaviour policy with staff, pupils and parents so that internal "
                     "exclusion is used consistently across year groups.",
         "Deputy Headteacher (Pastoral)",
         "Internal exclusion data shows no significant variation between year groups.",
         "Pastoral Committee half-termly",
         "Ongoing – reviewed half-termly", AMBER,
         "Staff and pupil consultation complete; parent survey closes 19 July."),
        ("P", "Priority 3: Sixth form – personal development"),
        ("AFI", "Leaders should ensure that the sixth-form personal development programme, including "
                "careers guidance, is delivered consistently so that all students are well prepared "
                "for their next steps."),
        ("A", "3.1", "Map the Year 12 and 13 tutor programme against the Gatsby Benchmarks and "
                     "timetable a fortnightly careers session with the Careers Leader.",
         "Head of Sixth Form; Careers Leader",
         "All Gatsby Benchmarks fully met on Compass+.",
         "Sixth form link governor",
         "Autumn term 2024", AMBER,
         "Mapping started; Benchmarks 3 and 8 identified as gaps."),
        ("A", "3.2", "Provide every Year 12 student with a one-to-one careers guidance interview and "
                     "record their next-step plans on Unifrog.",
         "Careers Leader",
         "100% of Year 12 students interviewed and plans recorded.",
         "Sixth form link governor",
         "31 March 2025", None,
         "Independent careers adviser booked from January 2025."),
    ]

    r = 8
    for row in rows:
        if row[0] == "P":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = fill(GREY)
            ws.row_dimensions[r].height = 20
        elif row[0] == "AFI":
            cell = ws.cell(row=r, column=1, value=row[1])
            cell.font = Font(italic=True)
            cell.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, action, lead, sc, mon, when, rag, prog = row
            vals = [ref, action, lead, sc, mon, when, None, prog]
            for i, v in enumerate(vals, start=1):
                ws.cell(row=r, column=i, value=v)
            boxed_row(ws, r, 8)
            if rag:
                ws.cell(row=r, column=7).fill = fill(rag)
            ws.row_dimensions[r].height = 60
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="Notes: The plan is reviewed at every Local Governing Body meeting. "
                                   "Actions are shaded green only when the Standards Committee has "
                                   "agreed that they are complete.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.freeze_panes = "A8"

    ws2 = wb.create_sheet("Governor monitoring")
    widths(ws2, [14, 30, 26, 40, 40])
    hdr = ["Date", "Meeting / visit", "Governor(s)", "Focus", "Outcome"]
    for i, h in enumerate(hdr, start=1):
        c = ws2.cell(row=1, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    log = [
        (D(2024, 4, 22), "Local Governing Body", "Full LGB", "Approval of post-Ofsted action plan",
         "Plan approved with minor amendments to Priority 2 success criteria."),
        (D(2024, 5, 16), "Link governor visit", "Curriculum link governor",
         "Learning walk – responsive teaching routines", "Routines seen in 9 of 10 lessons visited."),
        (D(2024, 7, 4), "Standards Committee", "Standards Committee",
         "Termly review of Priority 1", "Action 1.1 agreed as complete."),
    ]
    for i, row in enumerate(log, start=2):
        for j, v in enumerate(row, start=1):
            c = ws2.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
        ws2.cell(row=i, column=1).number_format = "dd/mm/yyyy"

    wb.save(os.path.join(HERE, "il1-tytherington-school-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9):
    """Put text in a cell; '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


def header_row(table, headers, hex_=NAVY):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")


# ---------------------------------------------------------------------------
# 2. Farnborough College of Technology - Ofsted post-inspection action plan
#    (docx, document control table, one table per improvement area with the
#    Ofsted recommendation as a merged first row, target + revised dates)
# ---------------------------------------------------------------------------
def make_farnborough():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Farnborough College of Technology: Post-Inspection Action Plan 2024–25",
                      style="Title")
    doc.add_paragraph("Ofsted full inspection: 6 to 9 February 2024 (report published 14 March 2024)")
    doc.add_paragraph("Overall effectiveness: Good. Apprenticeships: Requires improvement.")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "3.0"),
        ("Owner", "Deputy Principal – Curriculum and Quality"),
        ("Approved by", "Corporation Quality and Standards Committee"),
        ("Date of this update", "11 November 2024"),
        ("Next review", "February 2025"),
    ]):
        set_cell(dc.rows[i].cells[0], k, bold=True)
        set_cell(dc.rows[i].cells[1], v)

    doc.add_heading("RAG rating", level=2)
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (t, col) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                  ("Some slippage", AMBER), ("Off track", RED)]):
        set_cell(key.rows[0].cells[i], t, bold=True)
        shade(key.rows[0].cells[i], col)

    rag_col = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Off track": RED}
    headers = ["Ref", "Action", "Lead", "Target date", "Revised date", "Progress update", "RAG"]
    areas = [
        ("1. Apprenticeships – progress reviews",
         "Leaders should ensure that employers are involved fully in apprentices’ progress reviews so "
         "that on- and off-the-job training are linked and apprentices make the progress of which "
         "they are capable.",
         [
             ("1.1", "Redesign the progress review template so that employer, tutor and apprentice "
                     "agree SMART targets covering knowledge, skills and behaviours.",
              "Head of Apprenticeships", "April 2024", "",
              "New template live on Smart Assessor from 15 April 2024.", "Complete"),
             ("1.2", "Train all skills coaches in the new review process and quality-assure a 10% "
                     "sample of reviews each month.",
              "Head of Apprenticeships / Quality Manager", "May 2024", "September 2024",
              "Training delivered in May. Monthly sampling slipped because of vacancies and "
              "restarted in September.", "On track"),
             ("1.3", "Hold termly employer forums for each apprenticeship standard and publish a "
                     "‘you said, we did’ summary.",
              "Director of Business Development", "Termly", "",
              "Engineering and construction forums held in June and October.", "On track"),
         ]),
        ("2. Attendance on study programmes",
         "Leaders and managers should improve attendance for learners on study programmes, "
         "particularly in English and mathematics lessons.",
         [
             ("2.1", "Introduce same-day text and call follow-up for all absences from English and "
                     "mathematics lessons.",
              "Head of English and Maths", "31/03/2024", "",
              "In place across both campuses since March.", "Complete"),
             ("2.2", "Set attendance targets for each curriculum area.\nReview them at fortnightly "
                     "performance meetings with Heads of School.",
              "Deputy Principal – Curriculum and Quality", "June 2024", "December 2024",
              "English attendance 84% (target 88%); maths 82% (target 88%).", "Some slippage"),
             ("2.3", "Launch a learner attendance reward scheme in partnership with the Students’ Union.",
              "Director of Student Services; Students’ Union President", "Sept 2024", "",
              "Not launched – Students’ Union elections delayed the start.", "Off track"),
         ]),
        ("3. Careers guidance for adult learners",
         "Leaders should ensure that adult learners receive impartial careers advice and guidance "
         "that helps them plan their next steps in learning or work.",
         [
             ("3.1", "Careers advisers to deliver a group careers session in every adult course in "
                     "the first six weeks of the course.",
              "Careers and Employability Manager", "End of October 2024", "",
              "Sessions delivered in 41 of 46 courses; remaining five booked.", "On track"),
             ("3.2", "Record adult learners’ intended destinations at enrolment and track actual "
                     "destinations at three and six months.",
              "MIS Manager, Careers and Employability Manager", "January 2025", "",
              "Not started – awaiting the new MIS destinations module.", ""),
         ]),
    ]
    for heading, rec, actions in areas:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=2 + len(actions), cols=len(headers))
        t.style = "Table Grid"
        header_row(t, headers)
        m = t.rows[1].cells[0].merge(t.rows[1].cells[len(headers) - 1])
        set_cell(m, rec, italic=True)
        shade(m, "F2F2F2")
        for i, a in enumerate(actions, start=2):
            for j, v in enumerate(a):
                set_cell(t.rows[i].cells[j], v)
            if a[6]:
                shade(t.rows[i].cells[6], rag_col[a[6]])
        doc.add_paragraph("")

    doc.add_heading("Monitoring arrangements", level=2)
    doc.add_paragraph("Progress against this plan is reported to each meeting of the Quality and "
                      "Standards Committee and summarised in the Principal’s report to the Corporation.")
    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    set_cell(so.rows[0].cells[0], "Signed (Principal)", bold=True)
    set_cell(so.rows[0].cells[1], "")
    set_cell(so.rows[1].cells[0], "Date", bold=True)
    set_cell(so.rows[1].cells[1], "11/11/2024")
    doc.save(os.path.join(HERE, "il1-farnborough-college-of-technology-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. University of Westminster - apprenticeships PIAP (csv export; a
#    mistyped month in one target date -> refuse)
# ---------------------------------------------------------------------------
def make_westminster():
    afi1 = ("Leaders should ensure that apprentices receive their full entitlement to off-the-job "
            "training and that it is recorded accurately.")
    afi2 = ("Leaders should ensure that progress reviews involve employers and set clear targets "
            "that help apprentices to develop the knowledge, skills and behaviours they need.")
    afi3 = ("Leaders should ensure that apprentices who need to achieve English and mathematics "
            "qualifications are supported to do so in good time.")
    afi4 = "Leaders should ensure that apprentices are well prepared for end-point assessment."
    n = 8
    blank = [""] * n
    rows = [
        ["University of Westminster – Apprenticeships Post-Inspection Action Plan (PIAP)"] + [""] * (n - 1),
        ["Ofsted inspection 11–14 March 2025. Apprenticeships: Requires improvement. "
         "Plan owner: Director of Apprenticeships and Work-based Learning"] + [""] * (n - 1),
        ["Last updated: 02/07/2025"] + [""] * (n - 1),
        blank,
        ["Ref", "Theme", "Area for improvement", "Action", "Responsible", "Target date", "RAG",
         "Progress commentary"],
        ["1.1", "Off-the-job training", afi1,
         "Reconcile recorded off-the-job hours for every apprentice against their training plan and "
         "commitment statement.", "Apprenticeship Compliance Manager", "30/04/2025", "Blue",
         "Reconciliation completed for all 612 apprentices."],
        ["1.2", "Off-the-job training", afi1,
         "Introduce a monthly off-the-job hours report for each programme and follow up any "
         "apprentice more than 10% behind plan with their employer.",
         "Apprenticeship Compliance Manager / Course Leaders", "31/05/2025", "Green",
         "Report live; follow-up calls logged in Aptem."],
        ["2.1", "Progress reviews", afi2,
         "Retrain all academic skills coaches in three-way progress reviews with SMART targets.",
         "Head of Apprenticeship Delivery", "June 2025", "Green",
         "Training delivered on 19 May and 4 June."],
        ["2.2", "Progress reviews", afi2,
         "Sample 10% of progress reviews each term through the apprenticeship quality panel and "
         "feed back to coaches.", "Head of Apprenticeship Quality", "Termly", "Green", ""],
        ["3.1", "English and mathematics", afi3,
         "Assess all new apprentices in English and mathematics at enrolment and set a functional "
         "skills completion date in the training plan.", "Functional Skills Lead", "Septmber 2025",
         "Amber", "Enrolment process being revised for September starts."],
        ["3.2", "English and mathematics", afi3,
         "Run weekly online functional skills workshops with a specialist tutor.",
         "Functional Skills Lead", "31/07/2025", "Amber", "Workshops running for Level 2 maths only."],
        ["4.1", "End-point assessment", afi4,
         "Introduce mock end-point assessments for all standards six months before gateway.",
         "Programme Directors", "Dec-25", "Green", ""],
        ["4.2", "End-point assessment", afi4,
         "Publish an end-point assessment guide for employers for each apprenticeship standard.",
         "Head of Employer Partnerships", "Oct-25", "Red", "Delayed – awaiting EPAO input."],
        blank,
        ["Key: Blue = complete; Green = on track; Amber = some delay; Red = significant delay"]
        + [""] * (n - 1),
    ]
    path = os.path.join(HERE, "il1-university-of-westminster-ofsted-apprenticeships-piap-typo-month-refuse.csv")
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 4. Portsmouth Hospitals University NHS Trust - CQC must do / should do
#    (xlsx: cover with document control, summary totals, action plan with
#    core-service section rows, requirement merged down its actions,
#    original/revised dates, previous/current RAG, a continuation line)
# ---------------------------------------------------------------------------
def make_portsmouth():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [28, 70])
    cov["A1"] = "Portsmouth Hospitals University NHS Trust"
    cov["A1"].font = Font(bold=True, size=14, color="005EB8")
    cov["A2"] = "CQC Inspection Action Plan – Must Do and Should Do Actions"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = ("Inspection of Urgent and emergency care and Medical care, Queen Alexandra Hospital "
                 "(report published 19 December 2024)")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Version", "v6"),
        ("Prepared by", "Head of Regulation and Compliance"),
        ("Executive owner", "Chief Nursing Officer"),
        ("Reporting to", "Quality and Performance Committee"),
        ("Data as at", D(2025, 2, 28)),
    ], start=6):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = cov.cell(row=i, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
        boxed_row(cov, i, 2)

    summ = wb.create_sheet("Summary")
    widths(summ, [40, 10, 10, 8, 8, 8, 8, 12])
    summ["A1"] = "Summary of actions by core service (current RAG)"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Core service", "Must do", "Should do", "Blue", "Green", "Amber", "Red", "Not started"]
    for i, h in enumerate(hdr, start=1):
        c = summ.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    data = [
        ("Urgent and emergency care", 3, 1, 1, 1, 2, 0, 0),
        ("Medical care (including older people’s care)", 3, 2, 1, 2, 0, 1, 1),
    ]
    for r, row in enumerate(data, start=4):
        for c, v in enumerate(row, start=1):
            summ.cell(row=r, column=c, value=v).border = BOX
    summ.cell(row=6, column=1, value="Total").font = Font(bold=True)
    for c in range(2, 9):
        col = get_column_letter(c)
        summ.cell(row=6, column=c, value=f"=SUM({col}4:{col}5)").font = Font(bold=True)
    boxed_row(summ, 6, 8, wrap=False)

    ws = wb.create_sheet("Action plan")
    widths(ws, [11, 40, 12, 50, 28, 13, 13, 10, 10, 44])
    ws["A1"] = "Action plan – position at 28 February 2025"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "CQC requirement", "Regulation", "Action", "Accountable lead",
           "Original completion date", "Revised completion date", "Previous RAG", "Current RAG",
           "Progress update"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=2, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    ragfill = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE, "Complete": BLUE}

    def section(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(row=r, column=1).fill = fill("DCE6F1")

    def action(r, ref, req, reg, act, lead, orig, rev, prev, cur, prog):
        vals = [ref, req, reg, act, lead, orig, rev, prev, cur, prog]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        boxed_row(ws, r, 10)
        for col, v in ((8, prev), (9, cur)):
            if v in ragfill:
                ws.cell(row=r, column=col).fill = fill(ragfill[v])
        ws.row_dimensions[r].height = 58

    section(3, "Urgent and emergency care")
    action(4, "UEC-M1.1",
           "The trust must ensure that patients are triaged within 15 minutes of arrival in the "
           "emergency department.", "Reg 12(2)(a)",
           "Put a streaming and triage nurse at the front door from 08:00 to 02:00, seven days a week.",
           "Divisional Director of Nursing – Medicine and Urgent Care", D(2024, 12, 31), None,
           "Amber", "Green", "Rota in place from 6 January; median time to triage 13 minutes in February.")
    action(5, "UEC-M1.2", None, None,
           "Introduce an hourly audit of time to triage, with escalation to the Nurse in Charge when "
           "any patient waits more than 15 minutes.",
           "ED Matron / Nurse in Charge", D(2025, 1, 31), D(2025, 3, 31), "Red", "Amber",
           "Audit in place on day shifts; night-time audit compliance 64%.")
    ws.merge_cells("B4:B5")
    ws.merge_cells("C4:C5")
    # continuation line of the progress update for UEC-M1.2
    ws.cell(row=6, column=10, value="Night audit to be added to the ED safety huddle checklist from March.")
    ws.cell(row=6, column=10).alignment = WRAP
    action(7, "UEC-M2.1",
           "The trust must ensure that patients’ risk assessments, including falls and pressure ulcer "
           "risk, are completed and reviewed while they wait in the department.", "Reg 12(2)(a)(b)",
           "Roll out the ED risk assessment bundle on the electronic patient record, with mandatory "
           "fields at 4 and 12 hours.",
           "Chief Nursing Officer / Chief Medical Information Officer", D(2025, 3, 31), None,
           "Amber", "Amber", "Build complete; go-live planned for 17 March.")
    action(8, "UEC-S1.1",
           "The trust should continue to work with system partners to reduce the time patients wait "
           "in the emergency department for a bed.", "N/A",
           "Extend same day emergency care (SDEC) opening hours to 22:00 and add six trolley spaces.",
           "Chief Operating Officer", D(2024, 9, 30), None, "Green", "Blue",
           "Extended SDEC hours in place since 2 September 2024.")
    section(9, "Medical care (including older people’s care)")
    action(10, "MED-M1.1",
           "The trust must ensure that there are enough suitably qualified nursing staff on medical "
           "wards at all times.", "Reg 18(1)",
           "Complete the establishment review for medical wards using the Safer Nursing Care Tool and "
           "present it to the Board.",
           "Chief Nursing Officer", "Q4 2024/25", None, "Green", "Green",
           "Establishment review on the March Board agenda.")
    action(11, "MED-M1.2", None, None,
           "Recruit to 42 WTE registered nurse vacancies through international and domestic "
           "recruitment campaigns.",
           "Deputy Chief People Officer", D(2025, 3, 31), D(2025, 9, 30), "Amber", "Red",
           "27 of 42 appointed; pipeline delayed by visa processing.")
    ws.merge_cells("B10:B11")
    ws.merge_cells("C10:C11")
    action(12, "MED-M2.1",
           "The trust must ensure that medicines are stored securely and that fridge temperatures are "
           "monitored every day.", "Reg 12(2)(g)",
           "Replace ward medicine fridges with networked fridges that send temperature alerts to pharmacy.",
           "Chief Pharmacist", D(2024, 12, 31), None, "Green", "Complete",
           "All 23 medical ward fridges replaced by 9 December 2024.")
    action(13, "MED-S1.1",
           "The trust should ensure that mental capacity assessments are recorded when patients lack "
           "capacity to consent to care.", "N/A",
           "Deliver MCA and DoLS refresher training to all ward sisters and charge nurses, and audit "
           "recording quarterly.",
           "Named Nurse Safeguarding Adults", D(2025, 6, 30), None, None, "Not started",
           "Training dates being arranged with the safeguarding team.")
    action(14, "MED-S2.1",
           "The trust should ensure that discharge summaries are sent to GPs within 24 hours of "
           "discharge.", "N/A",
           "Make completion of the electronic discharge summary part of the board round checklist, "
           "with daily compliance reports to ward managers.",
           "Divisional Clinical Director – Medicine", D(2025, 6, 30), None, "Amber", "Green",
           "Compliance 81% in February (January 72%).")
    ws.cell(row=16, column=1, value="Key: Blue = complete and evidenced; Green = on track; Amber = at "
                                    "risk of missing the date; Red = off track or date missed")
    ws.cell(row=16, column=1).font = Font(italic=True, size=9)
    ws.merge_cells("A16:J16")
    ws.freeze_panes = "A3"
    wb.save(os.path.join(HERE, "il1-portsmouth-hospitals-university-nhs-trust-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. Wellspring Surgery - CQC inspection action plan (tab-separated text
#    export; regulation section lines; finding filled down; notes lines)
# ---------------------------------------------------------------------------
def make_wellspring():
    lines = [
        "Wellspring Surgery – Action plan following CQC inspection",
        "Assessment dates: 14 and 21 November 2024\tOverall rating: Requires improvement",
        "Requirement notices: Regulation 12 (Safe care and treatment), Regulation 17 (Good governance)",
        "",
        "\t".join(["No.", "Finding", "Action", "Lead", "By when", "RAG", "Comments"]),
        "Regulation 12 – Safe care and treatment",
        "\t".join(["1", "Patients on high-risk medicines were not always monitored in line with guidance.",
                   "Run monthly searches for patients on methotrexate, lithium and DOACs and recall any "
                   "patient who is overdue monitoring.",
                   "Dr R Adeyemi / Clinical Pharmacist", "31/01/2025", "Blue",
                   "Searches set up on EMIS; 17 patients recalled."]),
        "\t".join(["2", "",
                   "Add a prescribing check to the repeat prescribing protocol so that no high-risk "
                   "repeat is issued without up-to-date blood results.",
                   "Prescribing Lead GP", "End of Feb 2025", "Green",
                   "Protocol drafted for sign-off at the February clinical meeting."]),
        "\t".join(["3", "The practice had not completed all actions from its infection prevention and "
                        "control audit.",
                   "Complete the outstanding IPC audit actions, including replacing fabric chairs in "
                   "clinical rooms and labelling sharps bins.",
                   "Lead Practice Nurse & Practice Manager", "28/02/2025", "Amber",
                   "Chairs ordered; delivery expected w/c 24 February."]),
        "Regulation 17 – Good governance",
        "\t".join(["4", "There was no effective system to monitor staff training and immunisation status.",
                   "Set up a training matrix covering safeguarding, basic life support, IPC and "
                   "information governance, and review it at monthly team meetings.",
                   "Practice Manager", "w/c 06/01/2025", "Blue", "Matrix in place; 94% compliance."]),
        "\t".join(["5", "",
                   "Obtain and record the immunisation status of all clinical staff in line with the "
                   "Green Book.",
                   "HR Administrator", "31/03/2025", "Amber", "8 of 12 records complete."]),
        "\t".join(["6", "Significant events were not always reviewed to identify themes and share learning.",
                   "Hold a quarterly significant event review meeting and email the learning to all staff.",
                   "Dr S Patel and Practice Manager", "Quarterly", "Green",
                   "First review held on 9 January 2025."]),
        "Should do (areas the practice should improve)",
        "\t".join(["7", "The practice should continue to improve the uptake of cervical screening.",
                   "Offer Saturday morning cervical screening clinics and send text reminders to "
                   "patients who are overdue.",
                   "Lead Practice Nurse", "April 2025", "Green", "First Saturday clinic on 8 February."]),
        "\t".join(["8", "The practice should improve telephone access.",
                   "Move to a cloud-based telephone system with call-back and queue position messages.",
                   "Practice Manager; PCN Digital Lead", "30/06/2025", "",
                   "Waiting for PCN procurement."]),
        "",
        "Key: Blue = completed; Green = on track; Amber = started, some delay; Red = not progressing",
        "Action plan agreed by the partners on 12 December 2024. Reviewed at the practice meeting on "
        "13 February 2025.",
    ]
    path = os.path.join(HERE, "il1-wellspring-surgery-cqc-inspection-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 6. Surrey and Borders Partnership NHS FT - CQC mental health must/should do
#    (docx committee paper: version history, RAG key, a heading and table per
#    core service, MD/SD requirement rows above numbered actions)
# ---------------------------------------------------------------------------
def make_sabp():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Surrey and Borders Partnership NHS Foundation Trust")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("CQC Inspection Action Plan: Mental Health Core Services", style="Title")
    for line in [
        "Report to: Quality and Safety Committee – 18 September 2025",
        "Executive lead: Chief Nursing Officer",
        "Purpose: To give assurance on progress against the Must Do and Should Do actions from the CQC "
        "inspection of two mental health core services (report published 4 April 2025).",
    ]:
        doc.add_paragraph(line)

    doc.add_heading("Version history", level=2)
    vh = doc.add_table(rows=4, cols=4)
    vh.style = "Table Grid"
    for i, row in enumerate([
        ("Version", "Date", "Author", "Changes"),
        ("1.0", "02/05/2025", "Head of Compliance", "Action plan submitted to CQC"),
        ("1.1", "14/07/2025", "Head of Compliance", "Quarter 1 progress update"),
        ("1.2", "05/09/2025", "Head of Compliance", "Progress update for QSC"),
    ]):
        for j, v in enumerate(row):
            set_cell(vh.rows[i].cells[j], v, bold=(i == 0))

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (w, desc, col) in enumerate([
        ("Blue", "Complete and evidenced", BLUE),
        ("Green", "On track", GREEN),
        ("Amber", "At risk of delay", AMBER),
        ("Red", "Off track", RED),
    ]):
        set_cell(key.rows[i].cells[0], w, bold=True)
        shade(key.rows[i].cells[0], col)
        set_cell(key.rows[i].cells[1], desc)

    ragcol = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    headers = ["Ref", "Regulation", "Action", "Lead", "Due date", "RAG"]
    services = [
        ("1. Acute wards for adults of working age and psychiatric intensive care units", [
            ("R", "MD1", "Reg 12",
             "The trust must ensure that patients’ risk assessments and care plans are updated after "
             "every incident of self-harm or restraint."),
            ("A", "MD1.1", "",
             "Add a mandatory post-incident risk review to the Datix and RiO workflow so that an "
             "incident cannot be closed until the risk assessment has been reopened.",
             "Associate Director of Nursing – Acute", "30 September 2025", "Green"),
            ("A", "MD1.2", "",
             "Ward managers to audit five care records per ward each month and report compliance to "
             "the Acute Care Group governance meeting.",
             "Ward Managers / Modern Matron", "Monthly", "Green"),
            ("R", "MD2", "Reg 13",
             "The trust must ensure that all incidents of restrictive practice are recorded and "
             "reviewed in line with the trust’s reducing restrictive practice policy."),
            ("A", "MD2.1", "",
             "Deliver refreshed Reducing Restrictive Practice training to all ward staff, including "
             "bank staff.\nTarget: 90% compliance by the due date.",
             "Head of Reducing Restrictive Practice", "Q3 2025/26", "Amber"),
            ("R", "SD1", "",
             "The trust should ensure that patients have access to psychological therapies on the "
             "acute wards."),
            ("A", "SD1.1", "",
             "Recruit two ward-based psychologists for the Abraham Cowley Unit and Farnham Road Hospital.",
             "Consultant Clinical Psychologist, Acute Care Group", "31/03/2026", "Amber"),
        ]),
        ("2. Community-based mental health services for adults of working age", [
            ("R", "MD3", "Reg 12",
             "The trust must ensure that people waiting for an assessment or treatment are contacted "
             "regularly and that their risk is reviewed while they wait."),
            ("A", "MD3.1", "",
             "Introduce a ‘keeping in touch’ call at least every four weeks, recorded on RiO, for "
             "everyone waiting for a first assessment.",
             "CMHT Service Managers", "July 2025", "Blue"),
            ("A", "MD3.2", "",
             "Produce a weekly waiting list risk report for each team and review it at the community "
             "safety huddle.",
             "Head of Performance and Information / Clinical Director – Community", "31 October 2025",
             "Red"),
            ("R", "SD2", "",
             "The trust should ensure that staff receive regular clinical supervision and that it is "
             "recorded."),
            ("A", "SD2.1", "",
             "Launch the supervision recording module on ESR and report compliance monthly to team leaders.",
             "Deputy Director of Workforce", "Ongoing", "Green"),
        ]),
    ]
    for heading, rows in services:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = "Table Grid"
        header_row(t, headers)
        for i, row in enumerate(rows, start=1):
            cells = t.rows[i].cells
            if row[0] == "R":
                _, ref, reg, text = row
                set_cell(cells[0], ref, bold=True)
                set_cell(cells[1], reg, bold=True)
                m = cells[2].merge(cells[5])
                set_cell(m, text, bold=True)
                for c in (cells[0], cells[1], m):
                    shade(c, "E7E6E6")
            else:
                _, ref, reg, act, lead, due, rag = row
                for j, v in enumerate([ref, reg, act, lead, due, rag]):
                    set_cell(cells[j], v)
                shade(cells[5], ragcol[rag])
        doc.add_paragraph("")

    doc.add_heading("Next steps", level=2)
    doc.add_paragraph("Actions rated Blue will be tested through the trust’s Quality Assurance Visit "
                      "programme before they are closed. The next update will come to the Committee in "
                      "December 2025.")
    doc.save(os.path.join(HERE, "il1-surrey-and-borders-partnership-nhsft-cqc-mental-health-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. The Electoral Commission - ICO reprimand data security action plan
#    (xlsx: cover, summary counts, tracker with theme rows, recommendation
#    merged down its actions, original and revised target dates)
# ---------------------------------------------------------------------------
def make_electoral():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [30, 60])
    cov["A1"] = "The Electoral Commission"
    cov["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    cov["A2"] = "ICO Reprimand – Data Security Improvement Action Plan"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Progress report to the Audit and Risk Assurance Committee, 25 March 2025"
    for i, (k, v) in enumerate([
        ("Version", "2.1"),
        ("Owner", "Director of Digital, Data and Technology"),
        ("Senior Information Risk Owner", "Director of Corporate Services"),
        ("Classification", "OFFICIAL"),
    ], start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        boxed_row(cov, i, 2)

    su = wb.create_sheet("Summary")
    widths(su, [26, 10])
    su["A1"] = "Actions by status"
    su["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", 4), ("On track", 2), ("Amber – at risk", 1),
                                ("Not started", 1)], start=2):
        su.cell(row=i, column=1, value=k).border = BOX
        su.cell(row=i, column=2, value=v).border = BOX
    su.cell(row=6, column=1, value="Total").font = Font(bold=True)
    su.cell(row=6, column=2, value="=SUM(B2:B5)").font = Font(bold=True)

    ws = wb.create_sheet("Action plan")
    widths(ws, [6, 44, 8, 52, 30, 12, 12, 16, 44])
    ws["A1"] = "ICO Reprimand – Data Security Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status at 14 March 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Rec", "ICO recommendation", "Action ref", "Management action", "Action owner",
           "Original target date", "Revised target date", "Status", "Progress update"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    stfill = {"Complete": BLUE, "On track": GREEN, "Amber – at risk": AMBER, "Red – overdue": RED}

    def theme(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = fill("E8DAEF")

    def act(r, rec, rectext, ref, text, owner, orig, rev, status, prog):
        for i, v in enumerate([rec, rectext, ref, text, owner, orig, rev, status, prog], start=1):
            c = ws.cell(row=r, column=i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        boxed_row(ws, r, 9)
        if status in stfill:
            ws.cell(row=r, column=8).fill = fill(stfill[status])
        ws.row_dimensions[r].height = 60

    theme(4, "Theme 1: Vulnerability and patch management")
    act(5, "1", "Ensure that security updates are applied to all internet-facing systems within the "
                "timescales set out in the patch management policy.",
        "1a", "Adopt a patch management policy requiring critical and high-severity updates to be "
              "applied within 14 days, and report compliance monthly to the Digital Board.",
        "Head of IT Operations", D(2024, 9, 1), None, "Complete",
        "Policy approved July 2024; August–February compliance between 96% and 100%.")
    act(6, None, None,
        "1b", "Decommission the remaining on-premises Microsoft Exchange server and move all mailboxes "
              "to the cloud service.",
        "Head of IT Operations / Chief Information Security Officer", D(2024, 12, 1), "Mar-25",
        "Complete", "Server switched off on 28 February 2025.")
    ws.merge_cells("A5:A6")
    ws.merge_cells("B5:B6")
    act(7, "2", "Maintain an accurate inventory of hardware and software assets so that unsupported "
                "systems are identified and removed.",
        "2a", "Procure and configure an automated asset discovery tool and reconcile its results with "
              "the IT asset register.",
        "Chief Information Security Officer", D(2025, 3, 1), "Jun-25", "Amber – at risk",
        "Tool procured; reconciliation delayed by supplier onboarding.")
    theme(8, "Theme 2: Password management and access control")
    act(9, "3", "Enforce a password policy in line with NCSC guidance and prevent the continued use of "
                "passwords issued by the service desk.",
        "3a", "Implement multi-factor authentication for all staff and contractor accounts, including "
              "privileged accounts.",
        "Chief Information Security Officer", D(2024, 7, 1), None, "Complete",
        "MFA enforced for all accounts from 1 July 2024.")
    act(10, None, None,
        "3b", "Configure the identity platform to force a password change at first logon and to block "
              "passwords found on breached-password lists.",
        "Head of IT Operations", D(2024, 10, 1), None, "Complete", "Live from 14 October 2024.")
    ws.merge_cells("A9:A10")
    ws.merge_cells("B9:B10")
    act(11, "4", "Review privileged access rights regularly and remove accounts that are no longer needed.",
        "4a", "Carry out a quarterly privileged access review, signed off by the Chief Information "
              "Security Officer, and disable leavers’ accounts on the day they leave.",
        "Head of IT Operations; HR Business Partner", "Quarterly", None, "On track",
        "Q3 review completed January 2025; 11 accounts removed.")
    theme(12, "Theme 3: Governance and assurance")
    act(13, "5", "Provide the Board with regular assurance on information security and data "
                 "protection risks.",
        "5a", "Add a cyber security and data protection dashboard to the quarterly risk report to the "
              "Audit and Risk Assurance Committee.",
        "Data Protection Officer; Head of Information Governance", D(2025, 6, 1), None, "On track",
        "Draft dashboard shared with ARAC Chair in March.")
    act(14, None, None,
        "5b", "Commission an independent assessment against the NCSC Cyber Assessment Framework and "
              "agree the resulting improvement plan with the Digital Board.",
        "Director of Digital, Data and Technology", "Q2 2025/26", None, "Not started",
        "Procurement to start in April 2025.")
    ws.merge_cells("A13:A14")
    ws.merge_cells("B13:B14")
    ws.cell(row=16, column=1, value="Notes: Completed actions stay on the tracker until the Audit and "
                                    "Risk Assurance Committee agrees closure. Dates are month of completion.")
    ws.cell(row=16, column=1).font = Font(italic=True, size=9)
    ws.merge_cells("A16:I16")
    ws.freeze_panes = "A4"
    wb.save(os.path.join(HERE, "il1-electoral-commission-ico-reprimand-data-security-action-plan.xlsx"))


if __name__ == "__main__":
    make_tytherington()
    make_farnborough()
    make_westminster()
    make_portsmouth()
    make_wellspring()
    make_sabp()
    make_electoral()
    print("built:", sorted(f for f in os.listdir(HERE) if f.startswith("il1-") and not f.endswith(".yaml")))
