"""Build the seven nr1- blind test files (set heldout416).

Run with /work/main/.venv/bin/python nr1_make.py  (writes next to this script).
"""
import csv
import os
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
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


def set_cell(cell, text, bold=False, italic=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for cell, label in zip(table.rows[0].cells, labels):
        set_cell(cell, label, bold=True)
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, fill)


# ============================================================ 1. school (docx)
def make_school():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    doc.add_heading("Wollaston School: Post-Ofsted Action Plan 2024–25", level=0)
    p = doc.add_paragraph()
    p.add_run("Inspection dates: 5 and 6 March 2024   |   Overall effectiveness: Requires improvement   |   "
              "Report published: 18 April 2024")

    # document control
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    rows = [("Version", "3 (updated for LGB, January 2025)"),
            ("Plan owner", "Headteacher"),
            ("Monitored by", "Local Governing Body – Curriculum and Standards Committee"),
            ("Next review", "Spring term LGB, 20 March 2025")]
    for r, (a, b) in zip(dc.rows, rows):
        set_cell(r.cells[0], a, bold=True)
        set_cell(r.cells[1], b)
    doc.add_paragraph()

    # RAG key
    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for cell, (txt, col) in zip(key.rows[0].cells, [
            ("Red – not started / at risk", RED), ("Amber – started, some slippage", AMBER),
            ("Green – on track", GREEN), ("Blue – complete and embedded", BLUE)]):
        set_cell(cell, txt, bold=True)
        shade(cell, col)
    doc.add_paragraph()

    priorities = [
        ("Priority 1: Curriculum in key stage 3",
         "In some subjects, leaders have not identified precisely the important knowledge that pupils should "
         "learn and when. Leaders should ensure that curriculum thinking in all subjects sets out the key "
         "knowledge pupils need, in a logical order, from Year 7.",
         [("1.1", "Subject leaders to complete curriculum maps for Years 7–9 identifying the core knowledge and "
                  "the order in which it will be taught.",
           "Deputy Headteacher (Curriculum)", "Autumn term 2024",
           "Maps published on the school website; QA of maps by SLT link.", BLUE),
          ("1.2", "Half-termly curriculum reviews (deep dives) in geography, MFL and computing, with written "
                  "feedback to subject leaders.",
           "AHT Quality of Education / Heads of Faculty", "Spring term 2025",
           "Review notes; follow-up actions checked at next review.", GREEN),
          ("1.3", "Governors’ Curriculum and Standards Committee to receive a report on curriculum "
                  "implementation, including pupil voice.",
           "Chair of Curriculum and Standards Committee", "Termly",
           "Committee minutes.", GREEN)]),
        ("Priority 2: Assessment and adaptive teaching",
         "Teachers do not routinely check pupils’ understanding in lessons, so misconceptions are not always "
         "addressed. Leaders should ensure that teachers use assessment effectively to identify and address gaps "
         "in pupils’ knowledge.",
         [("2.1", "Whole-staff CPD programme on retrieval practice and checking for understanding (six twilight "
                  "sessions).",
           "RB, KT", "Sept 2024 – Feb 2025",
           "CPD evaluations; learning walk findings.", GREEN),
          ("2.2", "Introduce low-stakes knowledge quizzes in all KS3 subjects at the start of each unit; results "
                  "recorded on Arbor.\nSubject leaders to review quiz data each half term.",
           "Assistant Headteacher (Assessment)", "31/01/2025",
           "Quiz data summaries; subject leader reports.", AMBER),
          ("2.3", "Learning walks focused on adaptive teaching for pupils with SEND, with follow-up coaching for "
                  "identified staff.",
           "SENCo and AHT Teaching & Learning", "Summer term 2025",
           "Coaching log; SEND pupil voice.", RED)]),
        ("Priority 3: Attendance",
         "Too many pupils, including disadvantaged pupils, are persistently absent from school. Leaders should "
         "continue to work with families to improve the attendance of these pupils so that they benefit fully "
         "from the education the school provides.",
         [("3.1", "Appoint a full-time Attendance Officer and introduce first-day absence calls, with home visits "
                  "by the third day of absence.",
           "Headteacher", "September 2024",
           "Attendance Officer in post from 2 September 2024.", BLUE),
          ("3.2", "Fortnightly attendance panel for pupils below 90%, with individual attendance plans agreed "
                  "with parents.",
           "Attendance Officer / Heads of Year", "Ongoing",
           "Panel minutes; attendance of pupils on plans.", GREEN),
          ("3.3", "Report persistent absence of disadvantaged pupils to the Local Governing Body each term, "
                  "compared with national figures.",
           "Director of Inclusion", "July 2025",
           "LGB minutes.", None)]),
    ]
    cols = ["Ref", "Action", "Lead(s)", "Timescale", "Monitoring / evidence of impact", "RAG"]
    for heading, rec, actions in priorities:
        doc.add_heading(heading, level=2)
        doc.add_paragraph().add_run("What does the school need to do to improve?").bold = True
        doc.add_paragraph().add_run(rec).italic = True
        t = doc.add_table(rows=1 + len(actions), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for row, (ref, act, lead, when, mon, rag) in zip(t.rows[1:], actions):
            for cell, txt in zip(row.cells[:5], (ref, act, lead, when, mon)):
                set_cell(cell, txt)
            set_cell(row.cells[5], "")
            if rag:
                shade(row.cells[5], rag)
        doc.add_paragraph()

    doc.add_paragraph("Note: RAG ratings were agreed at the SLT review on 13 January 2025. Actions rated blue "
                      "will be removed from the next version of the plan.")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for cell, txt in zip(so.rows[0].cells, ["Approved by", "Name", "Date"]):
        set_cell(cell, txt, bold=True)
    for cell, txt in zip(so.rows[1].cells, ["Chair of the Local Governing Body", "Mrs H. Winter", "21/01/2025"]):
        set_cell(cell, txt)
    doc.save(out("nr1-wollaston-school-post-ofsted-action-plan.docx"))


# =========================================================== 2. college (xlsx)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


def make_college():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Itchen College"
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = "Post-Inspection Action Plan (PIAP) 2023–25"
    cover["A2"].font = Font(bold=True, size=13)
    cover_rows = [("Inspection dates", "14 to 17 November 2023"),
                  ("Overall effectiveness", "Good"),
                  ("Quality of education", "Good"),
                  ("Behaviour and attitudes", "Good"),
                  ("Personal development", "Good"),
                  ("Leadership and management", "Good"),
                  ("Plan owner", "Vice Principal – Curriculum"),
                  ("Reported to", "Corporation Quality & Standards Committee"),
                  ("Version / date", "v4 – 10 December 2024")]
    for i, (a, b) in enumerate(cover_rows, start=4):
        cover.cell(i, 1, a).font = Font(bold=True)
        cover.cell(i, 2, b)
    cover.column_dimensions["A"].width = 30
    cover.column_dimensions["B"].width = 45

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Itchen College – Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted FE and skills inspection, November 2023. Progress at 10 December 2024."
    ws["A2"].font = Font(italic=True)
    headers = ["AFI", "Area for improvement (from the inspection report)", "Action ref", "Actions",
               "Owner", "Target date", "Revised date", "Progress update (December 2024)", "RAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX

    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "C": BLUE}
    D = datetime
    afis = [
        ("AFI 1",
         "Leaders and managers should ensure that students on A-level courses receive consistently helpful "
         "feedback that tells them precisely what they need to do to improve their work.",
         [("1.1", "Revise the college assessment and feedback policy to include a minimum expectation for written "
                  "and verbal feedback in A-level subjects.",
           "Assistant Principal – Quality", D(2024, 1, 31), None,
           "Policy approved by SLT 22/01/2024 and launched at February INSET.", "C"),
          ("1.2", "Work scrutiny of a sample of A-level students’ work in each curriculum area, moderated by the "
                  "Quality team.",
           "Heads of Faculty; Quality Manager", "Termly", None,
           "Autumn 2024 scrutiny complete in 5 of 6 areas; Science due w/c 16/12.", "G"),
          ("1.3", "Targeted coaching for teachers identified through work scrutiny as needing support with "
                  "feedback.",
           "Lead Practitioner (Teaching and Learning)", D(2024, 4, 30), D(2024, 12, 31),
           "11 of 14 teachers coached; remaining three booked.", "A")]),
        ("AFI 2",
         "Leaders should improve attendance in GCSE English and mathematics lessons so that more students "
         "achieve a grade 4 or above.",
         [("2.1", "Introduce same-day follow-up of absence from English and maths lessons by Student Progress "
                  "Tutors, with contact with parents after two absences.",
           "Head of Student Services", D(2024, 3, 1), None,
           "In place since March 2024.", "C"),
          ("2.2", "Report English and maths attendance by curriculum area to the fortnightly SLT meeting and to "
                  "each Quality & Standards Committee.",
           "Director of MIS / Head of GCSE Resits", "Ongoing", None,
           "Standing item on SLT agenda.", "G"),
          ("2.3", "Set a college attendance target of 88% for English and maths lessons and review progress at "
                  "each mid-year review.",
           "Vice Principal – Curriculum", D(2024, 7, 1), D(2025, 7, 1),
           "2023/24 outturn 83% (target missed). Target carried forward to 2024/25.", "R")]),
        ("AFI 3",
         "Leaders should ensure that all students receive effective careers guidance about the full range of "
         "options open to them, including apprenticeships and employment.",
         [("3.1", "Careers adviser interviews for all first-year students by the end of February, with next steps "
                  "recorded on ProMonitor.",
           "Careers Lead", D(2024, 2, 28), None,
           "97% of first-year students interviewed.", "C"),
          ("3.2", "Hold an apprenticeships and employment fair each spring term, with at least 20 local employers "
                  "attending.",
           "Careers Lead, Employer Engagement Manager", D(2025, 3, 1), None,
           "Venue booked for 12 March 2025; 14 employers confirmed so far.", "A")]),
    ]
    r = 5
    for afi, text, actions in afis:
        first = r
        for ref, act, owner, target, revised, update, rag in actions:
            ws.cell(r, 3, ref)
            ws.cell(r, 4, act)
            ws.cell(r, 5, owner)
            for col, val in ((6, target), (7, revised)):
                cell = ws.cell(r, col, val)
                if isinstance(val, datetime):
                    cell.number_format = "mmm-yy" if val.day == 1 else "dd/mm/yyyy"
            ws.cell(r, 8, update)
            rc = ws.cell(r, 9, rag)
            rc.fill = fill(rag_fill[rag])
            rc.alignment = Alignment(horizontal="center", vertical="top")
            for c in range(1, 10):
                ws.cell(r, c).border = BOX
                if c != 9:
                    ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
        ws.cell(first, 1, afi)
        ws.cell(first, 2, text)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(first, 1).alignment = Alignment(vertical="top")
        ws.cell(first, 2).alignment = Alignment(wrap_text=True, vertical="top")
    r += 1
    ws.cell(r, 1, "RAG key: R = off track / target missed;  A = some slippage;  G = on track;  C = complete")
    ws.cell(r, 1).font = Font(italic=True)
    ws.cell(r + 1, 1, "Completed actions remain on the plan until the Committee agrees they can be closed.")
    ws.cell(r + 1, 1).font = Font(italic=True)
    widths = [8, 45, 8, 50, 26, 12, 12, 42, 6]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    summ = wb.create_sheet("Summary")
    summ["A1"] = "PIAP summary – December 2024"
    summ["A1"].font = Font(bold=True, size=13)
    for c, h in enumerate(["AFI", "Actions", "Complete", "On track", "Slippage", "Off track"], start=1):
        summ.cell(3, c, h).font = Font(bold=True)
    data = [("AFI 1", 3, 1, 1, 1, 0), ("AFI 2", 3, 1, 1, 0, 1), ("AFI 3", 2, 1, 0, 1, 0)]
    for i, row in enumerate(data, start=4):
        for c, v in enumerate(row, start=1):
            summ.cell(i, c, v)
    summ.cell(7, 1, "Total").font = Font(bold=True)
    for c in range(2, 7):
        col = chr(64 + c)
        summ.cell(7, c, f"=SUM({col}4:{col}6)").font = Font(bold=True)
    wb.save(out("nr1-itchen-college-ofsted-post-inspection-action-plan.xlsx"))


# ================================================ 3. apprenticeship provider (docx)
def make_apprenticeships():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = t.add_run("Fareport Training Ltd – Post-Inspection Action Plan: Apprenticeships")
    run.bold = True
    run.font.size = Pt(16)
    s = doc.add_paragraph()
    s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s.add_run("Following the Ofsted inspection of 25 to 28 June 2024 (report published 2 August 2024)")

    dc = doc.add_table(rows=2, cols=4)
    dc.style = "Table Grid"
    for cell, txt in zip(dc.rows[0].cells, ["Document owner", "Version", "Last updated", "Reviewed by"]):
        set_cell(cell, txt, bold=True)
        shade(cell, GREY)
    for cell, txt in zip(dc.rows[1].cells, ["Quality Director", "3.0", "21 January 2025",
                                            "Board of Directors"]):
        set_cell(cell, txt)
    doc.add_paragraph()

    cols = ["No.", "Action", "Responsible", "By when", "Previous RAG", "Current RAG", "Progress / impact"]
    themes = [
        ("Theme 1: Quality of education",
         "Leaders and managers should ensure that trainers plan and teach the curriculum so that apprentices "
         "develop substantial new knowledge beyond what they already know at the start of their programme.",
         [("1a", "Strengthen initial assessment of apprentices’ starting points by introducing a skills scan "
                 "mapped to the knowledge, skills and behaviours of each standard.",
           "Head of Quality", "Oct 2024", "Amber", "Complete",
           "Skills scan live on Aptem for all new starts from 1 October."),
          ("1b", "Skills coaches to use the outcomes of the skills scan to personalise each apprentice’s training "
                 "plan, agreed with the employer at the 12-week review.",
           "Curriculum Managers / Skills Coaches", "Dec 2024", "Red", "Amber",
           "68% of training plans personalised at December audit."),
          ("1c", "Quality team to sample 10% of training plans each quarter to check that starting points have "
                 "been used.",
           "Quality Manager", "Quarterly", "Green", "Green",
           "Q3 sample completed; findings to January Quality Board.")]),
        ("Theme 2: Off-the-job training and employer engagement",
         "Leaders should ensure that employers are fully involved in planning and reviewing apprentices’ "
         "off-the-job training so that it links closely to their job roles.",
         [("2a", "Introduce tripartite progress reviews every ten weeks with the employer, apprentice and skills "
                 "coach, recorded on Aptem.",
           "Operations Director", "30/09/2024", "Amber", "Green",
           "Employer attendance at reviews 81% (target 90%)."),
          ("2b", "Produce an employer guide to off-the-job training and brief all line managers at the start of "
                 "the programme.",
           "Employer Engagement Lead", "End of November 2024", "Amber", "Complete",
           "Guide issued 18 November; briefings in employer induction.")]),
        ("Theme 3: Personal development and safeguarding",
         "Leaders should ensure that apprentices develop a secure understanding of the risks of radicalisation "
         "and extremism relevant to their local area and workplace.",
         [("3a", "Deliver a local-risk Prevent workshop, using Hampshire Prevent partnership information, to all "
                 "current apprentices.",
           "DSL, Deputy DSL", "Jan-25", "Red", "Amber",
           "Workshops delivered to 142 of 230 apprentices."),
          ("3b", "Add a Prevent and British values discussion topic to every progress review, with prompts for "
                 "skills coaches.\nMonitor through review audits.",
           "Designated Safeguarding Lead", "March 2025", "", "Not started",
           "Prompts drafted; waiting for Aptem template change.")]),
    ]
    n_rows = 1 + sum(2 + len(a) for _, _, a in themes)
    table = doc.add_table(rows=n_rows, cols=len(cols))
    table.style = "Table Grid"
    header_row(table, cols, fill="00594F")
    rag_col = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}
    i = 1
    for theme, rec, actions in themes:
        row = table.rows[i]
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, theme, bold=True, size=10)
        shade(merged, "BDD7EE")
        i += 1
        row = table.rows[i]
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, rec, italic=True)
        shade(merged, "F2F2F2")
        i += 1
        for no, act, resp, when, prev, cur, prog in actions:
            cells = table.rows[i].cells
            for cell, txt in zip(cells, (no, act, resp, when, prev, cur, prog)):
                set_cell(cell, txt)
            if prev in rag_col:
                shade(cells[4], rag_col[prev])
            if cur in rag_col:
                shade(cells[5], rag_col[cur])
            i += 1
    doc.add_paragraph()
    doc.add_paragraph("Note: RAG ratings updated for the Board of Directors meeting on 28 January 2025. "
                      "Previous RAG is the rating reported to the Board in October 2024.")
    doc.save(out("nr1-fareport-training-ofsted-apprenticeships-post-inspection-action-plan.docx"))


# ========================================== 4. independent hospital CQC (xlsx)
def make_hospital():
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = "The McIndoe Surgical Centre – CQC Inspection Action Plan"
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = "Horder Healthcare. Inspection 14–15 May 2024; report published 9 August 2024."
    summ["A4"] = "Position at 31 January 2025"
    summ["A4"].font = Font(bold=True)
    for c, h in enumerate(["", "Actions", "B", "G", "A", "R", "Not rated"], start=1):
        summ.cell(5, c, h).font = Font(bold=True)
    for i, row in enumerate([("Must do", 5, 2, 2, 1, 0, 0), ("Should do", 4, 1, 1, 1, 0, 1),
                             ("Total", 9, 3, 3, 2, 0, 1)], start=6):
        for c, v in enumerate(row, start=1):
            summ.cell(i, c, v)
    summ["A10"] = "Key"
    summ["A10"].font = Font(bold=True)
    for i, (k, txt, col) in enumerate([("B", "Complete and evidenced", BLUE), ("G", "On track", GREEN),
                                       ("A", "Risk to delivery by target date", AMBER),
                                       ("R", "Overdue / off track", RED)], start=11):
        summ.cell(i, 1, k).fill = fill(col)
        summ.cell(i, 2, txt)
    summ.column_dimensions["A"].width = 14
    summ.column_dimensions["B"].width = 34

    headers = ["No.", "Core service", "CQC requirement", "Regulation", "Action", "Lead",
               "Target date", "Revised date", "RAG", "Evidence / comments"]
    D = datetime
    sheets = {
        "Must do": [
            ("Surgery",
             "The service must ensure that all staff complete mandatory training, including level 3 safeguarding "
             "children training, in line with the provider’s target.",
             "Reg 18 Staffing",
             [("MD1.1", "Issue each theatre team member with a personal training compliance report and agree "
                        "completion dates at 1:1s.",
               "Theatre Manager", D(2024, 9, 30), None, "B", "All reports issued; compliance 96%."),
              ("MD1.2", "Book two face-to-face level 3 safeguarding children sessions for theatre and ward staff "
                        "with the ICB Named Nurse.",
               "Head of Clinical Services / Safeguarding Lead", D(2024, 10, 31), D(2025, 1, 31), "A",
               "First session held 4 December; second date awaited from ICB."),
              ("MD1.3", "Report mandatory training compliance by department to the Clinical Governance Committee "
                        "until 95% is sustained for three months.",
               "Director of Clinical Services", "Monthly", None, "G", "Nov 95.2%, Dec 95.8%.")]),
            ("Surgery",
             "The service must ensure that the World Health Organization (WHO) surgical safety checklist is fully "
             "completed for every patient.",
             "Reg 12 Safe care and treatment",
             [("MD2.1", "Re-launch the Five Steps to Safer Surgery with all theatre staff, including the team brief "
                        "and debrief.",
               "Theatre Manager, Clinical Lead Anaesthetist", D(2024, 9, 1), None, "B",
               "Re-launch sessions held 2–6 September."),
              ("MD2.2", "Observational audit of 20 WHO checklists per theatre each month, with results shared at "
                        "theatre team meetings.",
               "Theatre Manager", D(2024, 11, 30), None, "G", "Compliance 98–100% since October.")]),
        ],
        "Should do": [
            ("Outpatients",
             "The service should ensure that patient records in outpatients are stored securely when not in use.",
             "Reg 17 Good governance",
             [("SD1.1", "Fit lockable notes trolleys in all outpatient clinic rooms.",
               "Facilities Manager", D(2024, 8, 31), None, "B", "Trolleys installed 20 August.")]),
            ("Outpatients",
             "The service should ensure that waiting times for follow-up appointments are monitored and patients "
             "are kept informed of delays.",
             "Reg 17 Good governance",
             [("SD2.1", "Add follow-up waiting times to the weekly outpatient performance report.\nOutpatient "
                        "Manager to review all patients waiting more than six weeks.",
               "Outpatient Manager", D(2024, 12, 31), None, "G", "In the report from week 48."),
              ("SD2.2", "Send a text message to patients whose follow-up is delayed by more than two weeks, with a "
                        "contact number.",
               "Head of Patient Services", "Q4 2024/25", None, "A",
               "Awaiting text messaging module from the PAS supplier.")]),
            ("Surgery",
             "The service should consider displaying information about how to make a complaint in languages "
             "other than English.",
             "Reg 16 Receiving and acting on complaints",
             [("SD3.1", "Translate the complaints leaflet into the five most-requested languages and display it "
                        "in reception.",
               "Patient Experience Lead", D(2025, 3, 31), None, "", "")]),
        ],
    }
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for name, groups in sheets.items():
        ws = wb.create_sheet(name)
        ws["A1"] = f"CQC inspection action plan – {name} actions"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "The McIndoe Surgical Centre, East Grinstead"
        for c, h in enumerate(headers, start=1):
            cell = ws.cell(3, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("203864")
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True)
        r = 4
        for core, req, reg, actions in groups:
            first = r
            for no, act, lead, tgt, rev, rag, comment in actions:
                ws.cell(r, 1, no)
                ws.cell(r, 5, act)
                ws.cell(r, 6, lead)
                for col, val in ((7, tgt), (8, rev)):
                    cell = ws.cell(r, col, val)
                    if isinstance(val, datetime):
                        cell.number_format = "mmm-yy" if val.day == 1 else "dd/mm/yyyy"
                rc = ws.cell(r, 9, rag or None)
                if rag:
                    rc.fill = fill(rag_fill[rag])
                ws.cell(r, 10, comment or None)
                for c in range(1, 11):
                    ws.cell(r, c).border = BOX
                    ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
                r += 1
            ws.cell(first, 2, core)
            ws.cell(first, 3, req)
            ws.cell(first, 4, reg)
            if r - 1 > first:
                for col in (2, 3, 4):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        for i, w in enumerate([8, 13, 45, 18, 50, 28, 12, 12, 6, 38]):
            ws.column_dimensions[chr(65 + i)].width = w
    wb.save(out("nr1-mcindoe-surgical-centre-cqc-must-should-do-action-plan.xlsx"))


# ======================================================= 5. GP practice (txt)
def make_gp():
    T = "\t"
    lines = [
        "Cricklade Surgery – CQC Inspection Action Plan",
        "Inspection date: 12 June 2024" + T + "Report published: 23 July 2024" + T
        + "Overall rating: Requires improvement",
        "",
        T.join(["No.", "Action", "Lead", "Deadline", "Status", "Update"]),
        "SAFE",
        "Regulation 12 (Safe care and treatment): The provider must ensure care and treatment is provided in a "
        "safe way for service users.",
        T.join(["1", "Complete a search of all patients prescribed DMARDs and lithium and recall any patient "
                     "overdue blood monitoring.",
                "Dr A. Hussain (Prescribing Lead)", "31/08/2024", "Complete",
                "Search run 10/07/2024; 23 patients recalled, all now monitored."]),
        T.join(["2", "Set up monthly EMIS searches for high-risk medicines monitoring, reviewed at the clinical "
                     "meeting.",
                "Practice Pharmacist/Dr A. Hussain", "Monthly", "Green",
                "Searches in place since August."]),
        T.join(["3", "Ensure all Patient Group Directions are signed by the authorising GP and each nurse before "
                     "use; archive expired PGDs.",
                "Lead Nurse", "Jul-24", "Complete", "All PGDs checked 29/07/2024."]),
        "WELL-LED",
        "Regulation 17 (Good governance): The provider must establish effective systems and processes to ensure "
        "good governance in accordance with the fundamental standards of care.",
        T.join(["4", "Introduce a practice governance calendar covering policy reviews, risk assessments and "
                     "audits, each with a named lead.",
                "Practice Manager", "30/09/2024", "Complete", "Calendar on the shared drive."]),
        T.join(["5", "Complete fire, legionella and health and safety risk assessments for the main site and the "
                     "branch surgery, and act on the findings.",
                "Practice Manager & Operations Lead", "Oct-24", "Amber",
                "Fire and H&S done. Legionella assessment booked for 19/11/2024;"]),
        T.join(["", "", "", "", "", "contractor delayed the first date."]),
        T.join(["6", "Review the significant event process so that learning is shared with all staff and actions "
                     "are followed up at the monthly practice meeting.",
                "Dr S. Clarke; Practice Manager", "November 2024", "Green",
                "New template in use; first quarterly review in December."]),
        "AREAS WHERE THE PROVIDER SHOULD MAKE IMPROVEMENTS",
        "Continue to take action to improve the uptake of cervical screening.",
        T.join(["7", "Send text and letter reminders to eligible patients who are overdue screening and offer "
                     "Saturday morning clinics.",
                "Lead Nurse, Reception Manager", "Mar-25", "Amber",
                "Reminders sent; Saturday clinics start January."]),
        "Continue to monitor and improve patient satisfaction with access to the practice by telephone.",
        T.join(["8", "Move to the cloud-based telephony system with call-back and queue position, then repeat the "
                     "practice patient survey.",
                "Practice Manager", "Q4 2024/25", "Not started", "Waiting for ICB funding decision."]),
        "",
        "Key: Complete = finished and evidenced; Green = on track; Amber = some delay; Red = overdue.",
        "Plan owner: Practice Manager. Last reviewed at the practice meeting on 4 November 2024.",
    ]
    with open(out("nr1-cricklade-surgery-cqc-inspection-action-plan.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ============================================ 6. mental health hospital (csv)
def make_mental_health():
    header = ["Action ID", "Ward / Service", "Type", "CQC Requirement", "Regulation", "Action", "Action Owner",
              "Due Date", "Revised Due Date", "RAG Status", "Progress Notes", "Last Updated"]
    acute = "Acute wards for adults of working age and psychiatric intensive care units"
    whole = "Hospital-wide"
    rt = ("The provider must ensure that staff complete and record physical health observations after the "
          "administration of rapid tranquillisation, in line with NICE guidance.")
    sec = ("The provider must ensure that seclusion records are fully completed, including medical reviews "
           "within the required timescales.")
    rows = [
        ["CBH-01", acute, "Must do", rt, "Regulation 12",
         "Update the rapid tranquillisation policy and the post-RT physical health monitoring chart; brief all "
         "qualified nurses at handover.",
         "Clinical Services Manager", "31/05/2024", "", "Blue", "Policy ratified 20/05/2024.", "04/11/2024"],
        ["CBH-02", acute, "Must do", rt, "Regulation 12",
         "Weekly audit of all rapid tranquillisation episodes by the ward pharmacist, with results reported to "
         "the Clinical Governance meeting.",
         "Pharmacist; Ward Managers", "30/06/2024", "31/10/2024", "Green",
         "Audit running weekly; compliance 92% in October.", "04/11/2024"],
        ["CBH-03", acute, "Must do", sec, "Regulation 17",
         "Introduce an electronic seclusion record on CareNotes with mandatory fields for nursing and medical "
         "reviews.",
         "Hospital Director / Medical Director", "Aug-24", "", "Amber",
         "Build complete; testing delayed by system upgrade.", "04/11/2024"],
        ["CBH-04", acute, "Must do", sec, "Regulation 17",
         "Daily check of open seclusion episodes by the nurse in charge, escalated to the on-call consultant if "
         "a review is overdue.",
         "Ward Managers", "Ongoing", "", "Green", "Daily check in the safety huddle.", "04/11/2024"],
        ["CBH-05", whole, "Must do",
         "The provider must ensure that staff receive regular supervision and an annual appraisal.",
         "Regulation 18",
         "Set up a supervision tracker for each ward and report compliance monthly to the senior management team.",
         "Head of HR, Ward Managers", "31/07/2024", "", "Blue", "Supervision compliance 91%.", "04/11/2024"],
        ["CBH-06", acute, "Should do",
         "The provider should ensure that care plans reflect patients' views and are written in a personalised "
         "way.", "",
         "Co-produce a care plan template with the patient forum and train staff in recovery-focused care "
         "planning.",
         "Lead Occupational Therapist; Patient Engagement Lead", "Dec-24", "Mar-25", "Red",
         "Patient forum sessions postponed twice.", "04/11/2024"],
        ["CBH-07", whole, "Should do",
         "The provider should ensure that blanket restrictions are reviewed regularly and justified.", "",
         "Quarterly restrictive practice review group, with a patient representative, to review the blanket "
         "restrictions register.",
         "Hospital Director", "Quarterly", "", "Green", "Last meeting 17/10/2024.", "04/11/2024"],
        ["CBH-08", whole, "Should do",
         "The provider should ensure that the environmental risk assessment is updated after any changes to the "
         "ward layout.", "",
         "Review the ligature and environmental risk assessment after the garden refurbishment is finished.",
         "Estates Manager", "15/01/2025", "", "Not started", "", "04/11/2024"],
    ]
    with open(out("nr1-cygnet-hospital-blackheath-cqc-mental-health-must-should-do-action-plan.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Cygnet Hospital Blackheath - CQC action plan (inspection February 2024)"]
                   + [""] * (len(header) - 1))
        w.writerow(header)
        w.writerows(rows)


# ===================================== 7. national body ARAC tracker (xlsx, refuse)
def make_national():
    wb = Workbook()
    summ = wb.active
    summ.title = "ARAC summary"
    summ["A1"] = "Institute for Apprenticeships and Technical Education"
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = "Audit and Risk Assurance Committee – 12 March 2025"
    summ["A3"] = "Summary of open internal audit recommendations (GIAA)"
    for c, h in enumerate(["Priority", "Open", "Complete since last ARAC", "Overdue"], start=1):
        summ.cell(5, c, h).font = Font(bold=True)
    for i, row in enumerate([("High", 2, 1, 0), ("Medium", 2, 1, 1), ("Low", 1, 0, 0)], start=6):
        for c, v in enumerate(row, start=1):
            summ.cell(i, c, v)
    summ.cell(9, 1, "Total").font = Font(bold=True)
    summ.cell(9, 2, "=SUM(B6:B8)")
    summ.cell(9, 3, "=SUM(C6:C8)")
    summ.cell(9, 4, "=SUM(D6:D8)")

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Institute for Apprenticeships and Technical Education"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internal audit recommendations tracker – ARAC 12 March 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "OFFICIAL"
    headers = ["Rec no.", "Priority", "Recommendation", "Management action", "Action owner",
               "Original target date", "Revised target date", "No. of revisions", "Status", "Update for ARAC"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("3B2465")
        cell.alignment = Alignment(wrap_text=True)
        cell.border = BOX
    D = datetime
    audits = [
        ("Funding Band Recommendations Process (2023-24) – Limited assurance", [
            ("1", "High", "Document the methodology for funding band recommendations, including how cost evidence "
                          "from trailblazer groups is challenged.",
             "Publish an internal funding band methodology handbook and train all Funding Managers in its use.",
             "Deputy Director, Funding", D(2024, 3, 31), D(2024, 9, 30), 1, "Complete",
             "Handbook published September 2024; training completed."),
            ("2", "Medium", "Introduce quality assurance sampling of funding band submissions before they go to the "
                            "Approvals Committee.",
             "Second-line QA of 20% of submissions each quarter by the Assurance team.",
             "Head of Assurance", D(2024, 6, 30), "Jun-2O25", 2, "In progress",
             "Sampling started in Q3; resourcing agreed for 2025-26."),
            ("3", "Medium", "Record conflicts of interest declared by route panel members for each funding band "
                            "decision.",
             "Add a conflicts declaration to the funding band submission template and hold the register centrally.",
             "Head of Governance", D(2024, 5, 31), None, 0, "Complete", "Template updated May 2024."),
        ]),
        ("Cyber Security and Information Assurance (2024-25) – Moderate assurance", [
            ("1", "High", "Ensure all privileged user accounts are reviewed quarterly and removed promptly when "
                          "staff leave.",
             "Introduce a quarterly privileged access review signed off by the Chief Information Officer; link "
             "leaver process to account removal.",
             "Chief Information Officer", D(2024, 12, 31), D(2025, 3, 31), 1, "In progress",
             "First review completed December; automation of leaver process due March."),
            ("2", "Medium", "Test the IT disaster recovery plan at least annually.",
             "Run a full disaster recovery test of core systems with the managed service provider.",
             "Head of Digital Operations", D(2025, 2, 28), None, 0, "Overdue",
             "Test rescheduled by supplier to April 2025."),
        ]),
        ("Contract Management (2024-25) – Moderate assurance", [
            ("1", "High", "Maintain a complete contracts register with named contract managers for all contracts "
                          "over £10,000.",
             "Complete the contracts register and confirm a trained contract manager for each contract.",
             "Head of Commercial", D(2025, 1, 31), None, 0, "In progress",
             "Register 90% complete."),
            ("2", "Low", "Hold documented performance review meetings for all gold and silver contracts.",
             "Quarterly supplier performance meetings to be minuted and held on SharePoint.",
             "Contract Managers", D(2025, 6, 30), None, 0, "Not yet due", ""),
        ]),
    ]
    r = 6
    for title, recs in audits:
        ws.cell(r, 1, title).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        r += 1
        for rec in recs:
            for c, val in enumerate(rec, start=1):
                cell = ws.cell(r, c, val if val != "" else None)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(val, datetime):
                    cell.number_format = "dd/mm/yyyy"
            r += 1
    r += 1
    ws.cell(r, 1, "Priority: High = fundamental control weakness; Medium = significant; Low = minor / good "
                  "practice.").font = Font(italic=True)
    for i, w in enumerate([8, 9, 45, 45, 26, 12, 12, 10, 12, 40]):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(out("nr1-institute-for-apprenticeships-and-technical-education-arac-internal-audit-"
                "recommendations-tracker-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_school()
    make_college()
    make_apprenticeships()
    make_hospital()
    make_gp()
    make_mental_health()
    make_national()
    print("done")
