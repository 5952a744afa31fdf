"""Build the seven jj1- blind test files (set heldout304).

Run with: /work/main/.venv/bin/python jj1_make.py
Writes the data files beside this script; the .expected.yaml files are written by hand.
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

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"


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


def set_cell(cell, text, bold=False, italic=False, size=None):
    """Put text in a cell; '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    first = True
    for part in parts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for cell, label in zip(table.rows[0].cells, labels):
        set_cell(cell, label, bold=True)
        cell.paragraphs[0].runs[0].font.color.rgb = None
        shade(cell, "D9E2F3")


# ---------------------------------------------------------------- 1. school docx
def chew_valley():
    doc = Document()
    doc.add_paragraph("Chew Valley School – Post-Ofsted Action Plan 2024–25", style="Title")
    doc.add_paragraph(
        "Inspection: 1 and 2 October 2024 | Overall effectiveness: Requires improvement")
    doc.add_paragraph(
        "This plan responds to the areas for improvement in the inspection report published on "
        "8 November 2024. Progress is reported to the Local Governing Body (LGB) each half term.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    rows = [("Version", "Date", "Author", "Approved by"),
            ("1.0", "18/11/2024", "Headteacher", "LGB, 27/11/2024"),
            ("1.1", "20/01/2025", "Deputy Headteacher", "LGB progress update")]
    for r, vals in enumerate(rows):
        for c, v in enumerate(vals):
            set_cell(t.rows[r].cells[c], v, bold=(r == 0))

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=3, cols=2)
    k.style = "Table Grid"
    for r, (letter, fill, meaning) in enumerate([
            ("R", RED, "Behind schedule – action needed"),
            ("A", AMBER, "Under way"),
            ("G", GREEN, "Achieved and evidenced")]):
        set_cell(k.rows[r].cells[0], letter, bold=True)
        shade(k.rows[r].cells[0], fill)
        set_cell(k.rows[r].cells[1], meaning)

    cols = ["Ref", "Actions", "Lead", "Timescale", "Success criteria / impact", "RAG (Jan 25)"]
    priorities = [
        ("Priority 1: Quality of education – curriculum and assessment",
         "Ensure that in all subjects the curriculum identifies the most important knowledge pupils "
         "need to learn and that teachers check pupils’ understanding precisely so that "
         "misconceptions are addressed.",
         [("1.1", "Subject leaders to review and re-sequence key stage 3 curriculum plans in "
                  "geography, RE and computing, identifying the core knowledge for each unit.",
           "Deputy Headteacher (Curriculum)", "Autumn term 2024",
           "Revised plans in place and shared with all staff; quality assured by SLT line managers.",
           "G"),
          ("1.2", "Introduce low-stakes retrieval quizzes at the start of lessons across all key "
                  "stage 3 subjects.\nTrain staff through two INSET sessions and follow-up "
                  "departmental coaching.",
           "JB / KP", "Spring term 2025",
           "Learning walks show retrieval practice in at least 90% of lessons observed.", "A"),
          ("1.3", "Carry out subject deep dives in the three weakest subjects, involving governors, "
                  "and report findings to the Local Governing Body.",
           "Headteacher / Chair of Standards Committee", "Summer term 2025",
           "Deep-dive reports received by LGB; follow-up actions agreed with subject leaders.",
           "R")]),
        ("Priority 2: Behaviour and attitudes – attendance",
         "Leaders should continue to work with families to reduce persistent absence, particularly "
         "for disadvantaged pupils and pupils with special educational needs and/or disabilities "
         "(SEND).",
         [("2.1", "Appoint a full-time Attendance Officer and establish weekly attendance panel "
                  "meetings.",
           "Assistant Headteacher (Pastoral)", "November 2024",
           "Attendance Officer in post; panel minutes show weekly follow-up of cases.", "G"),
          ("2.2", "Implement the DfE ‘Working together to improve school attendance’ tiered support "
                  "model, with individual plans for every persistently absent disadvantaged pupil.",
           "Attendance Officer; Heads of Year", "Ongoing",
           "Persistent absence of disadvantaged pupils falls from 31% to below 22%.", "A"),
          ("2.3", "Report attendance of disadvantaged pupils and pupils with SEND to governors at "
                  "every LGB meeting.",
           "Headteacher", "Termly",
           "Governors’ minutes show challenge on attendance of key groups.", "A")]),
        ("Priority 3: Leadership and management – SEND",
         "Ensure that teachers make effective use of the information they receive about pupils with "
         "SEND so that these pupils access the same ambitious curriculum as their peers.",
         [("3.1", "Rewrite pupil passports for all pupils on the SEND register in a one-page format "
                  "with three classroom strategies each.",
           "SENCo", "By 20 December 2024",
           "All passports updated and available on the MIS; staff survey confirms they are used.",
           "G"),
          ("3.2", "Deliver whole-staff CPD on adaptive teaching, followed by SENCo drop-ins to check "
                  "strategies are used in lessons.",
           "SENCo / AHT (Teaching and Learning)", "February 2025",
           "Drop-ins show adaptive strategies in use for pupils with SEND in most lessons.", "")]),
    ]
    fills = {"R": RED, "A": AMBER, "G": GREEN}
    for heading, rec, actions in priorities:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        r = p.add_run(rec)
        r.italic = True
        table = doc.add_table(rows=1 + len(actions), cols=len(cols))
        table.style = "Table Grid"
        header_row(table, cols)
        for i, (ref, action, lead, when, success, rag) in enumerate(actions, start=1):
            cells = table.rows[i].cells
            for c, v in enumerate((ref, action, lead, when, success, rag)):
                set_cell(cells[c], v, bold=(c == 5))
            if rag:
                shade(cells[5], fills[rag])
                cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.rows[0].cells[0], "Headteacher: signed")
    set_cell(s.rows[0].cells[1], "Date: 27/11/2024")
    set_cell(s.rows[1].cells[0], "Chair of LGB: signed")
    set_cell(s.rows[1].cells[1], "Date: 27/11/2024")
    doc.save(out("jj1-chew-valley-school-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------- 5. GP docx
def chapel_street():
    doc = Document()
    doc.add_paragraph("Chapel Street Medical Centre – CQC Inspection Action Plan", style="Title")
    doc.add_paragraph("Dr A Okafor & Partners")
    doc.add_paragraph(
        "Inspection date: 9 July 2024    Report published: 22 August 2024    "
        "Overall rating: Requires improvement")
    doc.add_paragraph(
        "This plan sets out what we will do in response to the two requirement notices and the "
        "areas for improvement in the CQC report. It is reviewed at the monthly partners’ meeting.")

    cols = ["Issue identified by CQC", "Action(s) we will take", "Who", "By when",
            "Status (at 31/10/2024)"]
    # (section, [(issue, [(action, who, when, status), ...]), ...])
    plan = [
        ("Requirement notice – Regulation 12: Safe care and treatment", [
            ("Patients prescribed high-risk medicines (methotrexate, lithium) did not all have the "
             "required monitoring.", [
                 ("Run monthly searches for all patients on high-risk medicines and recall those "
                  "overdue monitoring.", "Dr Okafor / Practice Pharmacist", "31/08/2024",
                  "Completed"),
                 ("Add a prescribing alert to each patient record so that repeat prescriptions "
                  "cannot be issued without up-to-date blood results.", "Practice Pharmacist",
                  "30/09/2024", "Completed")]),
            ("Emergency medicines did not include all recommended items and there was no risk "
             "assessment for omissions.", [
                 ("Complete a risk assessment against the recommended emergency medicines list and "
                  "order missing items.\nAdd emergency medicine checks to the nurses’ weekly "
                  "checklist.", "Lead Nurse", "End of July 2024", "Completed")]),
        ]),
        ("Requirement notice – Regulation 17: Good governance", [
            ("Not all staff had completed safeguarding and infection prevention training at the "
             "required level.", [
                 ("Set up a training matrix and book outstanding safeguarding level 3 training for "
                  "all GPs and nurses.", "Practice Manager", "31/10/2024", "On track")]),
            ("Significant events were not always reviewed and learning shared.", [
                ("Add significant events as a standing item at monthly clinical meetings and "
                 "circulate minutes to all staff.", "Dr Lewis & Practice Manager",
                 "September 2024", "Completed"),
                ("Carry out an annual review of significant events to identify trends.",
                 "Dr Lewis", "March 2025", "")]),
        ]),
        ("Areas where the practice should improve", [
            ("Continue to improve the uptake of cervical screening.", [
                ("Offer Saturday morning smear clinics and send text reminders to eligible patients "
                 "who have not responded.", "Lead Nurse", "Ongoing", "On track")]),
            ("Improve patient access by telephone.", [
                ("Install a cloud-based telephony system with call-back and queue position "
                 "messages.", "Practice Manager", "December 2024", "On track")]),
        ]),
    ]
    n_rows = 1 + sum(1 + sum(len(a) for _, a in issues) for _, issues in plan)
    table = doc.add_table(rows=n_rows, cols=len(cols))
    table.style = "Table Grid"
    header_row(table, cols)
    r = 1
    for section, issues in plan:
        row = table.rows[r]
        merged = row.cells[0].merge(row.cells[len(cols) - 1])
        set_cell(merged, section, bold=True)
        shade(merged, "E2EFDA")
        r += 1
        for issue, actions in issues:
            first = r
            for action, who, when, status in actions:
                cells = table.rows[r].cells
                set_cell(cells[1], action)
                set_cell(cells[2], who)
                set_cell(cells[3], when)
                set_cell(cells[4], status)
                r += 1
            issue_cell = table.rows[first].cells[0]
            if r - 1 > first:
                issue_cell = issue_cell.merge(table.rows[r - 1].cells[0])
            set_cell(issue_cell, issue)
    doc.add_paragraph("")
    doc.add_paragraph("Signed: Dr A Okafor, Senior Partner    Date: 31 October 2024")
    doc.add_paragraph("Next review: partners’ meeting, January 2025")
    doc.save(out("jj1-chapel-street-medical-centre-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill(start_color="FF" + hex_colour, end_color="FF" + hex_colour,
                       fill_type="solid")


def put(ws, ref, value, bold=False, italic=False, fmt=None, bg=None, border=True, size=None):
    c = ws[ref]
    c.value = value
    c.font = Font(bold=bold, italic=italic, size=size)
    c.alignment = WRAP
    if fmt:
        c.number_format = fmt
    if bg:
        c.fill = fill(bg)
    if border:
        c.border = BOX
    return c


# ---------------------------------------------------------------- 2. college xlsx
def northern_college():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    put(ws, "A1", "The Northern College – Post-Inspection Action Plan 2024/25", bold=True,
        border=False, size=14)
    put(ws, "A2", "The Northern College for Residential and Community Adult Education",
        border=False)
    for row, (k, v) in enumerate([("Inspection dates:", "11–14 June 2024"),
                                  ("Overall effectiveness:", "Requires improvement"),
                                  ("Plan owner:", "Vice Principal – Curriculum and Quality"),
                                  ("Monitored by:", "Quality and Standards Committee (termly)")],
                                 start=4):
        put(ws, f"A{row}", k, bold=True, border=False)
        put(ws, f"B{row}", v, border=False)
    for col, h in zip("ABC", ("Version", "Date", "Change")):
        put(ws, f"{col}9", h, bold=True, bg=GREY)
    put(ws, "A10", "v1")
    put(ws, "B10", dt.datetime(2024, 7, 15), fmt="dd/mm/yyyy")
    put(ws, "C10", "Approved by the Corporation")
    put(ws, "A11", "v2")
    put(ws, "B11", dt.datetime(2025, 1, 27), fmt="dd/mm/yyyy")
    put(ws, "C11", "Spring update – revised target dates agreed")
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 44

    ws = wb.create_sheet("PIAP")
    put(ws, "A1", "Post-Inspection Action Plan – progress at 27 January 2025", bold=True,
        border=False, size=12)
    put(ws, "A2", "RAG key:", bold=True, border=False)
    for col, (label, colour) in zip("BCDE", [("Off track", RED), ("Some slippage", AMBER),
                                            ("On track", GREEN), ("Complete", BLUE)]):
        put(ws, f"{col}2", label, bg=colour)
    heads = ["Theme", "Area for improvement (Ofsted, June 2024)", "Ref", "Action", "Responsible",
             "Original target", "Revised target", "Progress update", "RAG"]
    for i, h in enumerate(heads):
        put(ws, f"{'ABCDEFGHI'[i]}4", h, bold=True, bg=GREY)

    D = dt.datetime
    rows = [
        ("1.1", "Introduce a college-wide checking-for-understanding toolkit (questioning, hinge "
                "questions, mini-whiteboards) and launch it at the September staff development week.",
         "Head of Teaching, Learning and Assessment", D(2024, 9, 30), None,
         "Toolkit launched 4 September; 92% of tutors attended.", BLUE),
        ("1.2", "Teaching and learning coaches to carry out developmental observations of all adult "
                "skills tutors, focused on assessment for learning.",
         "TLA Coaches / Curriculum Managers", D(2024, 12, 20), D(2025, 3, 31),
         "Observations 70% complete; delayed by staff absence in the coaching team.", AMBER),
        ("1.3", "Revise individual learning plans so that targets are set from initial and "
                "diagnostic assessment and reviewed at least every six weeks.",
         "Curriculum Managers", D(2025, 1, 31), None,
         "New ILP template in use in all areas; first six-week reviews completed.", GREEN),
        ("2.1", "Agree and publish a feedback standard for Access to HE assessed units, including a "
                "maximum return time of 10 working days.",
         "Head of Access and Progression", D(2024, 10, 31), None,
         "Standard published on the VLE and shared with learners at induction.", BLUE),
        ("2.2", "Sample marked work each half term through internal moderation and share findings "
                "with tutors.",
         "Internal Quality Assurer", D(2025, 2, 28), None,
         "First sample completed in December; second sample due February.", GREEN),
        ("2.3", "Survey Access learners on the quality of feedback and act on the findings.",
         "Student Voice Coordinator; Head of Access and Progression", D(2025, 3, 14),
         D(2025, 5, 16), "Survey postponed to April to avoid assessment deadlines.", RED),
        ("3.1", "Redesign the quality report to the Quality and Standards Committee to include "
                "achievement, attendance and observation data by curriculum area.",
         "Vice Principal – Curriculum and Quality", D(2024, 11, 30), None,
         "New report format used at the November committee.", BLUE),
        ("3.2", "Arrange link-governor visits to two curriculum areas each term, with written "
                "reports to the Corporation.",
         "Clerk to the Corporation / Chair of Quality and Standards Committee", D(2025, 7, 31),
         None, "Not yet started – first visits scheduled for March.", None),
    ]
    first = 5
    for i, (ref, action, resp, orig, rev, upd, rag) in enumerate(rows):
        r = first + i
        put(ws, f"C{r}", ref)
        put(ws, f"D{r}", action)
        put(ws, f"E{r}", resp)
        put(ws, f"F{r}", orig, fmt="dd/mm/yyyy")
        put(ws, f"G{r}", rev, fmt="dd/mm/yyyy")
        put(ws, f"H{r}", upd)
        put(ws, f"I{r}", None, bg=rag)
    # themes and areas for improvement, merged down their action rows
    put(ws, "A5", "Quality of education", bold=True)
    ws.merge_cells("A5:A10")
    put(ws, "B5", "Leaders should ensure that tutors on adult skills programmes check learners' "
                  "understanding routinely and use the outcomes to plan future learning.")
    ws.merge_cells("B5:B7")
    put(ws, "B8", "Leaders should ensure that learners on access to higher education diplomas "
                  "receive feedback on assessed work that helps them improve the standard of "
                  "their work.")
    ws.merge_cells("B8:B10")
    put(ws, "A11", "Leadership and management", bold=True)
    ws.merge_cells("A11:A12")
    put(ws, "B11", "Governors should ensure that they receive sufficiently detailed information "
                   "about the quality of education on adult skills programmes to challenge "
                   "leaders effectively.")
    ws.merge_cells("B11:B12")
    for col, w in zip("ABCDEFGHI", (18, 40, 6, 55, 30, 13, 13, 40, 8)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Summary")
    put(ws, "A1", "Summary of progress – 27 January 2025", bold=True, border=False)
    for r, (label, n, colour) in enumerate([("Complete", 3, BLUE), ("On track", 2, GREEN),
                                            ("Some slippage", 1, AMBER), ("Off track", 1, RED),
                                            ("Not yet rated", 1, None)], start=3):
        put(ws, f"A{r}", label, bg=colour)
        put(ws, f"B{r}", n)
    put(ws, "A8", "Total actions", bold=True)
    put(ws, "B8", 8, bold=True)
    ws.column_dimensions["A"].width = 20
    wb.save(out("jj1-northern-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 3. apprenticeships csv
def acacia():
    afi1 = ("Leaders should ensure that apprentices' off-the-job training builds on what they "
            "already know and can do, so that all apprentices make the progress they are "
            "capable of.")
    afi2 = ("Leaders should ensure that skills coaches and employers plan on- and off-the-job "
            "training together so that apprentices can apply new learning at work.")
    afi3 = ("Leaders should ensure that apprentices who need to achieve functional skills "
            "qualifications in English and mathematics receive timely, effective teaching.")
    afi4 = ("Leaders and managers should improve the quality of information they use to monitor "
            "apprentices' progress, so that they can intervene swiftly when apprentices fall "
            "behind.")
    rows = [
        ["PIA-01", "Quality of education", afi1,
         "Strengthen initial assessment so that skills scans are completed with the employer and "
         "used to tailor each training plan.", "Head of Apprenticeships", "30/11/2024", "Complete",
         "New skills scan in use for all starts since 1 November."],
        ["PIA-02", "Quality of education", afi1,
         "Train all skills coaches in using the skills scan to set individual targets; check "
         "through monthly caseload reviews.", "Head of Apprenticeships; Quality Manager",
         "28/02/2025", "On track", "Training delivered to 14 of 17 coaches."],
        ["PIA-03", "Quality of education", afi2,
         "Introduce tripartite progress reviews every 10 weeks with employer line managers, with "
         "agreed on-the-job activities recorded in the e-portfolio.", "L. Hart", "31/03/2025",
         "Amber", "Employer attendance at reviews is 64%; follow-up calls in place."],
        ["PIA-04", "Quality of education", afi2,
         "Produce employer guides for each standard showing how on-the-job training links to the "
         "knowledge, skills and behaviours.\nPilot with the five largest levy employers first.",
         "Employer Engagement Manager", "Q4 2024/25", "Not started", ""],
        ["PIA-05", "English and mathematics", afi3,
         "Appoint a specialist functional skills tutor and timetable weekly online sessions for "
         "all apprentices without level 2 English or mathematics.", "Functional Skills Lead",
         "31/10/2024", "Complete", "Tutor started 7 October; sessions running."],
        ["PIA-06", "English and mathematics", afi3,
         "Track functional skills exam readiness monthly and book exams within 12 weeks of "
         "starting teaching.", "Functional Skills Lead / Data Manager", "30/04/2025", "Red",
         "Two exam windows missed because of awarding body booking problems."],
        ["PIA-07", "Leadership and management", afi4,
         "Rebuild the progress dashboard to show each apprentice's position against their "
         "training plan and flag those more than four weeks behind.", "Data Manager",
         "End of March 2025", "Amber", "Dashboard in test; data cleansing under way."],
        ["PIA-08", "Leadership and management", afi4,
         "Hold monthly progress boards chaired by the Operations Director to review flagged "
         "apprentices and agree interventions.", "Operations Director", "Monthly", "On track",
         "Boards held in December and January."],
    ]
    with open(out("jj1-acacia-training-ofsted-apprenticeships-piap.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Acacia Training Ltd - Apprenticeships Post-Inspection Action Plan "
                    "(Ofsted inspection 24-27 September 2024)"] + [""] * 7)
        w.writerow(["Exported from Quality Tracker 14/02/2025 09:12"] + [""] * 7)
        w.writerow([""] * 8)
        w.writerow(["Action ID", "Theme", "Area for improvement", "Action", "Action owner",
                    "Target date", "Status", "Update"])
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------- 4. hospital xlsx
def lhch():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    put(ws, "A1", "Liverpool Heart and Chest Hospital NHS Foundation Trust – CQC Must Do and "
                  "Should Do Action Plan", bold=True, border=False, size=14)
    put(ws, "A2", "Progress report to Quality Committee, 24 June 2025", border=False)
    put(ws, "A3", "Inspection of core services November 2024; report published 14 February 2025",
        border=False)
    put(ws, "A5", "RAG key", bold=True, border=False)
    for r, (label, colour, meaning) in enumerate([
            ("Blue", BLUE, "Complete – evidence accepted by Quality Committee"),
            ("Green", GREEN, "On track to deliver by target date"),
            ("Amber", AMBER, "At risk of not delivering by target date"),
            ("Red", RED, "Target date missed / off track")], start=6):
        put(ws, f"A{r}", label, bg=colour, bold=True)
        put(ws, f"B{r}", meaning)
    put(ws, "A11", "Position at June 2025", bold=True, border=False)
    for i, h in enumerate(["Requirement type", "Actions", "Blue", "Green", "Amber", "Red"]):
        put(ws, f"{'ABCDEF'[i]}12", h, bold=True, bg=GREY)
    for r, vals in enumerate([("Must do", 5, 2, 2, 1, 0), ("Should do", 4, 1, 2, 1, 0),
                              ("Total", 9, 3, 4, 2, 0)], start=13):
        for i, v in enumerate(vals):
            put(ws, f"{'ABCDEF'[i]}{r}", v, bold=(vals[0] == "Total"))
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 50

    heads = ["Ref", "Action", "Lead(s)", "Original target date", "Revised target date",
             "Previous RAG (Apr 25)", "Current RAG (Jun 25)", "Progress / evidence"]
    rag_fill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    D = dt.datetime

    def sheet(title, sheet_title, blocks):
        ws = wb.create_sheet(title)
        put(ws, "A1", sheet_title, bold=True, border=False, size=12)
        for i, h in enumerate(heads):
            put(ws, f"{'ABCDEFGH'[i]}2", h, bold=True, bg=GREY)
        r = 3
        for service, reqs in blocks:
            put(ws, f"A{r}", service, bold=True, bg="BDD7EE")
            ws.merge_cells(f"A{r}:H{r}")
            r += 1
            for req, actions in reqs:
                put(ws, f"A{r}", req, italic=True, bg="F2F2F2")
                ws.merge_cells(f"A{r}:H{r}")
                ws.row_dimensions[r].height = 30
                r += 1
                for ref, action, lead, orig, rev, prev, cur, upd in actions:
                    put(ws, f"A{r}", ref)
                    put(ws, f"B{r}", action)
                    put(ws, f"C{r}", lead)
                    put(ws, f"D{r}", orig, fmt="mmm-yy")
                    put(ws, f"E{r}", rev, fmt="mmm-yy")
                    put(ws, f"F{r}", prev, bg=rag_fill.get(prev))
                    put(ws, f"G{r}", cur, bg=rag_fill.get(cur), bold=True)
                    put(ws, f"H{r}", upd)
                    r += 1
        for col, w in zip("ABCDEFGH", (9, 55, 32, 12, 12, 11, 11, 45)):
            ws.column_dimensions[col].width = w

    sheet("Must do", "Must Do actions", [
        ("Surgery", [
            ("The trust must ensure that all staff complete mandatory training, including "
             "safeguarding adults and children training at the required level. "
             "(Regulation 18(2)(a))", [
                 ("MD1.1", "Set a trajectory for each surgical ward to reach 90% compliance and "
                           "review it at divisional performance meetings monthly.",
                  "Divisional Director of Nursing – Surgery", D(2025, 3, 31), D(2025, 6, 30),
                  "Amber", "Green", "Compliance 88% at end of May; on trajectory."),
                 ("MD1.2", "Release ward staff for two protected face-to-face safeguarding level 3 "
                           "sessions each month.",
                  "Named Nurse Safeguarding Adults / Ward Managers", D(2025, 5, 31), None,
                  "Green", "Blue", "Sessions delivered March to May; 142 staff trained.")]),
            ("The trust must ensure that the World Health Organization surgical safety checklist "
             "is fully completed for every patient. (Regulation 12(2)(a))", [
                 ("MD2.1", "Complete weekly observational audits of the five steps to safer surgery "
                           "in all theatres and feed back results at theatre huddles.",
                  "Theatre Matron", D(2025, 4, 30), None, "Green", "Blue",
                  "Audits embedded; compliance 98% for 8 consecutive weeks."),
                 ("MD2.2", "Add mandatory completion fields for the sign-out stage to the "
                           "electronic theatre system.",
                  "Chief Clinical Information Officer; Head of Digital Applications",
                  D(2025, 3, 31), D(2025, 7, 31), "Red", "Amber",
                  "Supplier release delayed; new date agreed with supplier.")]),
        ]),
        ("Critical care", [
            ("The trust must ensure that medicines are stored securely and fridge temperatures are "
             "monitored and recorded daily. (Regulation 12(2)(g))", [
                 ("MD3.1", "Install remote temperature monitoring on all critical care medicine "
                           "fridges with alerts to pharmacy.",
                  "Chief Pharmacist", D(2025, 6, 30), None, "Green", "Green",
                  "Sensors fitted; alert testing in progress.")]),
        ]),
    ])
    sheet("Should do", "Should Do actions", [
        ("Medical care (including cardiology)", [
            ("The trust should ensure that patient records include a documented discussion of "
             "treatment escalation plans.", [
                 ("SD1.1", "Audit 20 sets of notes per month on each cardiology ward for treatment "
                           "escalation plan documentation.",
                  "Clinical Lead for Cardiology", D(2025, 9, 30), None, "Green", "Green",
                  "Audit running since April; 84% compliance.")]),
            ("The trust should consider improving the availability of information for patients in "
             "languages other than English.", [
                 ("SD2.1", "Review patient information leaflets with the Patient Experience team "
                           "and make the ten most used leaflets available in the five most "
                           "requested languages.",
                  "Head of Patient Experience", D(2025, 10, 31), None, "Green", "Amber",
                  "Translation budget not yet confirmed.")]),
        ]),
        ("Outpatients", [
            ("The trust should ensure that waiting times in outpatient clinics are monitored and "
             "patients are kept informed of delays.", [
                 ("SD3.1", "Display real-time clinic delay information on screens in outpatient "
                           "waiting areas.",
                  "Outpatient Services Manager", D(2025, 8, 31), None, "Green", "Green",
                  "Screens ordered."),
                 ("SD3.2", "Report clinic waiting times monthly to the Outpatient Transformation "
                           "Group.",
                  "Outpatient Services Manager", "Monthly", None, None, "Blue",
                  "Monthly report established from April 2025.")]),
        ]),
    ])
    wb.save(out("jj1-liverpool-heart-and-chest-hospital-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- 6. mental health txt (refuse)
def cheswold():
    lines = [
        "Cheswold Park Hospital - CQC inspection action plan (Must do / Should do)",
        "Inspection: 2-4 July 2024\tReport published: 20 September 2024\tStatus at: 31 January 2025",
        "",
        "\t".join(["Ref", "Type", "Ward", "CQC requirement", "Action", "Lead", "Due", "RAG",
                   "Progress"]),
        "\t".join(["M1", "Must do", "All wards",
                   "The service must ensure that staff complete and record physical health "
                   "observations after the administration of rapid tranquillisation.",
                   "Revise the rapid tranquillisation policy and observation chart; audit every "
                   "episode for three months.",
                   "Medical Director / Director of Nursing", "November 2024", "Complete",
                   "Policy ratified October 2024. Audit shows 96% compliance."]),
        "\t".join(["M2", "Must do", "Don ward",
                   "The service must ensure that seclusion records are completed in line with the "
                   "Mental Health Act Code of Practice.",
                   "Introduce a seclusion record checklist with weekly review by the ward manager.",
                   "Ward Manager - Don", "December 2024", "Green",
                   "Checklist in use since 2 December."]),
        "\t".join(["M3", "Must do", "All wards",
                   "The service must ensure that staff receive regular clinical supervision.",
                   "Set up a supervision tracker and a monthly compliance report to the Clinical "
                   "Governance Committee.",
                   "Head of Clinical Services", "Febuary 2025", "Amber",
                   "Compliance 78% in January."]),
        "\t".join(["S1", "Should do", "Trent ward",
                   "The service should ensure that patients' care plans reflect their views and "
                   "are written in a person-centred way.",
                   "Co-produce a care plan template with the patient forum and train named nurses "
                   "in its use.",
                   "Lead Nurse; Patient Involvement Lead", "April 2025", "Green",
                   "Template drafted with patient forum."]),
        "\t".join(["S2", "Should do", "All wards",
                   "The service should ensure that restrictive practices are reviewed regularly.",
                   "Hold a monthly reducing restrictive practice group and publish a blanket "
                   "restrictions register.",
                   "Director of Nursing", "March 2025", "Amber",
                   "Group established; register in draft."]),
        "\t".join(["S3", "Should do", "Idle ward",
                   "The service should ensure that patients have access to planned activities at "
                   "weekends.",
                   "Recruit two weekend activity coordinators and publish a weekend timetable on "
                   "each ward.",
                   "Head of Therapies", "June 2025", "Red",
                   "Recruitment unsuccessful in first round."]),
        "",
        "Key: Complete = action finished and evidenced; Green = on track; Amber = at risk; "
        "Red = off track",
    ]
    with open(out("jj1-cheswold-park-hospital-cqc-mental-health-must-should-do-action-plan-"
                  "typo-month-refuse.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 7. national body xlsx
def legal_ombudsman():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    put(ws, "A1", "Legal Ombudsman – Internal Audit Recommendations Tracker", bold=True,
        border=False, size=14)
    put(ws, "A2", "Office for Legal Complaints Audit and Risk Assurance Committee, 22 January 2025 "
                  "– Agenda item 6", border=False)
    for r, (k, v) in enumerate([
            ("Purpose:", "To update the Committee on progress in implementing internal audit "
                         "recommendations agreed by management."),
            ("Author:", "Head of Risk and Assurance"),
            ("Sponsor:", "Director of Corporate Services"),
            ("Recommendation:", "The Committee is asked to note progress and approve the revised "
                                "due dates shown on the Tracker sheet."),
            ("Classification:", "OFFICIAL")], start=4):
        put(ws, f"A{r}", k, bold=True, border=False)
        put(ws, f"B{r}", v, border=False)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Key")
    put(ws, "A1", "Status key", bold=True, border=False)
    for r, (label, colour, meaning) in enumerate([
            ("Blue", BLUE, "Implemented and evidence verified by internal audit"),
            ("Green", GREEN, "In progress – on track for the agreed due date"),
            ("Amber", AMBER, "In progress – revised due date requested"),
            ("Red", RED, "Overdue – no revised date agreed")], start=2):
        put(ws, f"A{r}", label, bold=True, bg=colour)
        put(ws, f"B{r}", meaning)
    put(ws, "A7", "Priority", bold=True, border=False)
    for r, (p, meaning) in enumerate([
            ("High", "Significant weakness in control; action required within 3 months"),
            ("Medium", "Weakness in control; action required within 6 months"),
            ("Low", "Improvement to good practice; action within 12 months")], start=8):
        put(ws, f"A{r}", p)
        put(ws, f"B{r}", meaning)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Tracker")
    put(ws, "A1", "Open and recently closed internal audit recommendations – position at "
                  "10 January 2025", bold=True, border=False, size=12)
    for i, (h, colour) in enumerate([("Summary", GREY), ("Blue", BLUE), ("Green", GREEN),
                                     ("Amber", AMBER), ("Red", RED), ("Total", GREY)]):
        put(ws, f"{'ABCDEF'[i]}2", h, bold=True, bg=colour)
    for i, v in enumerate(["Number of recommendations", 2, 3, 2, 1, 8]):
        put(ws, f"{'ABCDEF'[i]}3", v)
    heads = ["Ref", "Priority", "Recommendation", "Management response / agreed action",
             "Action owner", "Original due date", "Revised due date", "Status",
             "Update (January 2025)"]
    for i, h in enumerate(heads):
        put(ws, f"{'ABCDEFGHI'[i]}5", h, bold=True, bg=GREY)
    D = dt.datetime
    rag_fill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    blocks = [
        ("2023/24 – Cyber Security and IT Resilience (Limited assurance)", [
            ("CYB-01", "High",
             "Management should complete and test an IT disaster recovery plan covering all "
             "critical case management systems.",
             "Develop an IT disaster recovery plan and undertake a full failover test of the case "
             "management system.",
             "Head of IT", D(2024, 6, 30), D(2025, 3, 31), "Amber",
             "Plan approved; failover test booked for March 2025."),
            ("CYB-02", "Medium",
             "Privileged user accounts should be reviewed quarterly and leavers' access removed "
             "promptly.",
             "Introduce quarterly privileged access reviews, with results reported to the "
             "Information Governance Group.",
             "Head of IT / Information Security Manager", D(2024, 9, 30), None, "Blue",
             "Two quarterly reviews completed; verified by internal audit in December."),
            ("CYB-03", "Medium",
             "Management should ensure all staff complete annual cyber security awareness "
             "training.",
             "Make cyber security e-learning mandatory, with completion tracked through the "
             "learning management system.",
             "Head of People", D(2024, 12, 31), None, "Red",
             "Completion 81%; reminders issued to line managers."),
        ]),
        ("2024/25 – Complaint Handling Quality Assurance (Moderate assurance)", [
            ("QA-01", "Medium",
             "The quality framework should set out sampling rates for each stage of the complaint "
             "process.",
             "Revise the quality framework to define sampling rates by case stage and ombudsman "
             "grade.",
             "Head of Quality", D(2025, 3, 31), None, "Green", "Draft framework out for comment."),
            ("QA-02", "Low",
             "Quality feedback to investigators should be recorded consistently on the case "
             "management system.",
             "Add a quality feedback field to the case management system and issue guidance to "
             "team leaders.",
             "Head of Quality; Head of Operations", D(2025, 4, 30), None, "Green",
             "System change request raised."),
        ]),
        ("2024/25 – Budgetary Control and Forecasting (Substantial assurance)", [
            ("FIN-01", "Low",
             "Budget holders should sign off monthly forecasts before they are consolidated.",
             "Introduce a budget-holder forecast sign-off step in the monthly management accounts "
             "timetable.",
             "Head of Finance", D(2024, 10, 31), None, "Blue", "In place from October 2024."),
        ]),
        ("2024/25 – Workforce Planning (Limited assurance)", [
            ("WFP-01", "High",
             "A strategic workforce plan should be developed that links recruitment and training to "
             "forecast demand.",
             "Develop a three-year strategic workforce plan aligned to the demand forecast and "
             "business plan, for approval by the OLC Board.",
             "Director of People and Culture", D(2025, 1, 31), D(2025, 5, 31), "Amber",
             "Awaiting 2025/26 demand forecast; Board approval now May 2025."),
            ("WFP-02", "Medium",
             "Management information on attrition and time to competence for new investigators "
             "should be reported to the Executive Team quarterly.",
             "Produce a quarterly people dashboard covering attrition, vacancy rates and time to "
             "competence.",
             "Head of People", D(2025, 3, 31), None, "Green", "First dashboard due March 2025."),
        ]),
    ]
    r = 6
    for audit, recs in blocks:
        put(ws, f"A{r}", audit, bold=True, bg="DDEBF7")
        ws.merge_cells(f"A{r}:I{r}")
        r += 1
        for ref, prio, rec, act, owner, orig, rev, status, upd in recs:
            for col, v in zip("ABCDE", (ref, prio, rec, act, owner)):
                put(ws, f"{col}{r}", v)
            put(ws, f"F{r}", orig, fmt="dd/mm/yyyy")
            put(ws, f"G{r}", rev, fmt="dd/mm/yyyy")
            put(ws, f"H{r}", status, bg=rag_fill[status], bold=True)
            put(ws, f"I{r}", upd)
            r += 1
    r += 1
    put(ws, f"A{r}", "Note: recommendations rated Blue are removed from the tracker after they have "
                     "been reported to the Committee once.", italic=True, border=False)
    for col, w in zip("ABCDEFGHI", (10, 9, 45, 45, 26, 12, 12, 9, 40)):
        ws.column_dimensions[col].width = w
    wb.save(out("jj1-legal-ombudsman-olc-arac-internal-audit-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    chew_valley()
    northern_college()
    acacia()
    lhch()
    chapel_street()
    cheswold()
    legal_ombudsman()
    print("built", sorted(f for f in os.listdir(HERE) if f.startswith("jj1-")
                           and not f.endswith(".yaml")))
