"""Generator for the ao1- cases of heldout75 (children's services plans, four nations).

Run with /work/main/.venv/bin/python ao1_make.py  (python-docx, openpyxl).
Writes the seven document files beside this script.
"""
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

BLUE = "5B9BD5"
GREEN = "70AD47"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Birmingham Women's and Children's NHS FT - Forward Thinking Birmingham
#    CQC must do / should do improvement plan (xlsx, RAG by fill only)
# ---------------------------------------------------------------------------
def make_bwc():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    widths = [8, 10, 38, 8, 48, 26, 12, 12, 50, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws["A1"] = "Forward Thinking Birmingham \u2013 CQC Improvement Plan: Must Do and Should Do Actions"
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Birmingham Women's and Children's NHS Foundation Trust  |  CQC inspection June\u2013August 2022 "
                "(report published March 2023)  |  Position at 29 February 2024")
    ws["A2"].font = Font(italic=True, size=10)
    ws.merge_cells("A2:J2")

    hdr = ["Ref", "Must / Should", "CQC requirement", "Reg.", "Action", "Action lead",
           "Target date", "Revised date", "Progress update / evidence", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HEAD)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX

    def band(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(row=row, column=c).fill = fill(GREY)
            ws.cell(row=row, column=c).border = BOX
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)

    groups = [
        ("band", "Specialist community mental health services for children and young people"),
        ("req", "Must do",
         "The trust must ensure that risks to children and young people waiting for assessment or "
         "treatment are regularly reviewed and managed.", "Reg 12",
         [("MD1.1",
           "Introduce a waiting list risk review protocol so that every young person waiting more than "
           "four weeks has a documented contact and risk review at least monthly.",
           "Associate Director of Operations (Community)", d(2023, 6, 30), None,
           "Protocol approved at Quality Committee in June 2023. Audit of the January 2024 waiting list "
           "found 92% of young people had a documented review in the previous 30 days.", BLUE),
          ("MD1.2",
           "Recruit a dedicated waiting list team (four band 6 clinicians) to carry out the monthly "
           "reviews and escalate any increase in risk to the duty team.",
           "Head of Workforce / Associate Director of Operations (Community)", d(2023, 8, 31), d(2024, 1, 31),
           "All four posts appointed; final post holder started 8 January 2024.", BLUE)]),
        ("req", "Must do",
         "The trust must ensure that care plans are personalised, holistic and recovery focused, and "
         "reflect the views of young people and their families.", "Reg 9",
         [("MD2.1",
           "Launch a revised care plan template on the electronic patient record with a mandatory section "
           "in the young person's own words, and audit compliance monthly.",
           "Head of Nursing and Quality", d(2023, 9, 30), d(2024, 3, 31),
           "Template live from 4 September 2023. January 2024 audit 78% compliant against a 90% target; "
           "team-level feedback given and re-audit booked for March.", AMBER),
          ("MD2.2",
           "Deliver care planning training to all community care coordinators, co-produced and co-delivered "
           "with the FTB Youth Board.",
           "Clinical Director (Community)", d(2024, 3, 31), None,
           "172 of 210 care coordinators trained (82%). Remaining sessions booked for February and March "
           "2024.", GREEN)]),
        ("req", "Should do",
         "The trust should ensure that young people and families know how to contact the service if their "
         "needs change while they are waiting.", "\u2013",
         [("SD1.1",
           "Send every family on the waiting list a 'While you wait' letter and leaflet with crisis line and "
           "duty contact numbers, and publish the same information on the FTB website.",
           "Patient Experience Lead", d(2023, 5, 31), None,
           "Letters sent to all families on the list in May 2023 and issued automatically to new referrals "
           "since. Web page live.", BLUE)]),
        ("band", "Child and adolescent mental health wards"),
        ("req", "Must do",
         "The trust must ensure that there are sufficient numbers of suitably qualified, competent, skilled "
         "and experienced staff on the wards at all times.", "Reg 18",
         [("MD3.1",
           "Review ward establishments using the Mental Health Optimal Staffing Tool (MHOST) and present the "
           "outcome to Trust Board.",
           "Chief Nursing Officer", d(2023, 7, 31), None,
           "MHOST review completed and revised establishments approved by Trust Board on 27 July 2023.", BLUE),
          ("MD3.2",
           "Run a rolling recruitment campaign for registered nurses, including an international recruitment "
           "cohort, to bring the band 5 vacancy rate below 10%.",
           "Director of People", d(2024, 3, 31), d(2024, 6, 30),
           "Vacancy rate 14.2% at the end of January 2024, down from 27% in March 2023. Eleven international "
           "nurses due to start in April 2024.", AMBER)]),
        ("req", "Must do",
         "The trust must ensure that ligature risk assessments are up to date and that staff know how to "
         "mitigate the risks identified.", "Reg 12",
         [("MD4.1",
           "Complete ligature risk assessments for all ward areas and share a ward-level summary with staff at "
           "every safety huddle.",
           "Modern Matron (Inpatients)", d(2023, 4, 30), None,
           "Assessments completed for all areas in April 2023 and reviewed again in October. Summaries "
           "displayed in the ward offices.", BLUE)]),
        ("req", "Should do",
         "The trust should ensure that young people on the wards have access to meaningful activities at "
         "weekends.", "\u2013",
         [("SD2.1",
           "Agree a weekend activity timetable with the hospital school and occupational therapy, and monitor "
           "uptake through the ward community meeting.",
           "Lead Occupational Therapist", d(2023, 9, 30), d(2024, 4, 30),
           "Weekend programme started on one ward only because of OT vacancies. Uptake is not yet being "
           "recorded.", RED)]),
    ]

    row = 5
    for g in groups:
        if g[0] == "band":
            band(row, g[1])
            row += 1
            continue
        _, kind, req, reg, acts = g
        first = row
        for ref, action, lead, tgt, rev, prog, rag in acts:
            vals = [ref, kind if row == first else None, req if row == first else None,
                    reg if row == first else None, action, lead, tgt, rev, prog, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=row, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if c in (7, 8) and v is not None:
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=10).fill = fill(rag)
            row += 1
        if row - first > 1:
            for c in (2, 3, 4):
                ws.merge_cells(start_row=first, start_column=c, end_row=row - 1, end_column=c)

    row += 1
    ws.cell(row=row, column=1, value="RAG key").font = Font(bold=True)
    row += 1
    for colour, text in [(BLUE, "Complete \u2013 evidence reviewed and accepted at Quality Committee"),
                         (GREEN, "On track to deliver by the target date"),
                         (AMBER, "Some slippage \u2013 recovery plan and revised date agreed"),
                         (RED, "Off track \u2013 escalated to Executive Quality Group")]:
        ws.cell(row=row, column=1).fill = fill(colour)
        ws.cell(row=row, column=1).border = BOX
        ws.cell(row=row, column=2, value=text)
        row += 1
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "ao1-bwc-forward-thinking-birmingham-cqc-must-should-do-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Rossie Young People's Trust - secure care, Care Inspectorate improvement
#    plan (xlsx, requirement text merged down, status words with key)
# ---------------------------------------------------------------------------
def make_rossie():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    for col, w in zip("ABCDEFG", [8, 44, 46, 24, 16, 46, 14]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Rossie Young People's Trust \u2013 Secure Care Service Improvement Plan 2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Following the unannounced Care Inspectorate inspection of 12\u201315 February 2024. "
                "Plan shared with the Care Inspectorate 28 March 2024. Last updated 14 August 2024.")
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Requirement / area for improvement (Care Inspectorate report)", "Action we will take",
           "Lead", "Timescale", "Progress / evidence", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")

    status_fill = {"Complete": BLUE, "On track": GREEN, "Some delay": AMBER,
                   "Significant delay": RED, "Not started": None}
    groups = [
        ("By 31 May 2024, the provider must ensure that young people are kept safe by making sure that each "
         "young person's risk assessment and safety plan is reviewed after any significant incident and at "
         "least monthly, and that staff have read and understood the current plan.",
         [("R1.1", "Introduce a post-incident review checklist so that the risk assessment and safety plan are "
                   "updated within 72 hours of any significant incident.",
           "Head of Care", d(2024, 5, 31),
           "Checklist in use since 1 April 2024. Audit of 20 incidents in May and June found 18 plans updated "
           "within 72 hours; the two late reviews were followed up in supervision.", "Complete"),
          ("R1.2", "Add a 'read and signed' record to each young person's plan, checked by the shift leader at "
                   "handover.",
           "Team Leaders", d(2024, 5, 31),
           "In place in all four houses. Monthly dip-sample by the Head of Care.", "Complete"),
          ("R1.3", "Deliver refresher training on risk assessment and safety planning to all residential staff.",
           "Learning and Development Coordinator", "End of June 2024",
           "51 of 58 staff trained. The remaining staff are booked on the course on 27 August.",
           "Some delay")]),
        ("By 30 June 2024, the provider must ensure that every use of restraint or single separation is fully "
         "recorded and reviewed by a manager, and that each young person is offered a debrief.",
         [("R2.1", "Revise the restraint and single separation record to include the young person's views and "
                   "the debrief offered.",
           "Head of Care", d(2024, 6, 30),
           "New form in use from 3 June 2024 and built into the electronic recording system.", "Complete"),
          ("R2.2", "A senior manager reviews every restraint within 24 hours, and a monthly analysis of "
                   "patterns is reported to the Care and Education Committee.",
           "Director of Care / Head of Care", "Monthly",
           "Reviews taking place. June and July analyses presented to committee; use of restraint down 22% "
           "on the previous quarter.", "On track")]),
        ("To support young people's wellbeing and rights, the provider should ensure that young people are "
         "meaningfully involved in developing their own care plans and in decisions about the house they "
         "live in.",
         [("AFI1.1", "Set up a Young People's Forum in each house, meeting monthly, with minutes and actions "
                     "shared with the senior team.",
           "Participation Worker", "July 2024",
           "Forums running in three of the four houses. The fourth will start in September once the new "
           "keyworker is in post.", "Some delay"),
          ("AFI1.2", "Offer each young person a copy of their care plan in an accessible format and invite "
                     "them to contribute to every review.",
           "Keyworkers", "Ongoing",
           "Accessible plan template agreed with young people in May. Used in 11 of 14 reviews since June.",
           "On track")]),
        ("The provider should ensure that young people's health needs are assessed promptly on admission, "
         "including a mental health screen within seven days.",
         [("AFI2.1", "Agree a health assessment pathway with NHS Tayside, including a mental health screen by "
                     "the in-house psychology team within seven days of admission.",
           "Head of Health and Wellbeing", d(2024, 9, 30),
           "Draft pathway shared with NHS Tayside; sign-off meeting arranged for 3 September.", "On track"),
          ("AFI2.2", "Audit admissions from April to September 2024 against the new pathway and report the "
                     "findings to the Board.",
           "Head of Health and Wellbeing", "October 2024",
           "Will start once the pathway is signed off.", "Not started")]),
    ]
    row = 5
    for req, acts in groups:
        first = row
        for ref, action, lead, when, prog, status in acts:
            vals = [ref, req if row == first else None, action, lead, when, prog, status]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=row, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if isinstance(when, dt.datetime):
                ws.cell(row=row, column=5).number_format = "dd/mm/yyyy"
            if status_fill[status]:
                ws.cell(row=row, column=7).fill = fill(status_fill[status])
            row += 1
        if row - first > 1:
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1, value="Status key:").font = Font(bold=True)
    ws.cell(row=row, column=2, value="Complete (blue)  |  On track (green)  |  Some delay (amber)  |  "
                                      "Significant delay (red)  |  Not started (no colour)")
    row += 1
    ws.cell(row=row, column=1, value="R = requirement, AFI = area for improvement, numbered as in the "
                                      "inspection report.")
    wb.save(os.path.join(HERE, "ao1-rossie-secure-care-inspectorate-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Dundonald High School - ETI areas for improvement action plan (xlsx)
#    contains a target date typed 2062 for 2026 (refuse)
# ---------------------------------------------------------------------------
def make_dundonald():
    wb = Workbook()
    ws = wb.active
    ws.title = "ETI Action Plan"
    for col, w in zip("ABCDEFGH", [40, 6, 46, 24, 13, 38, 30, 12]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Dundonald High School \u2013 Action Plan to Address the Areas for Improvement"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("ETI inspection, March 2024. Approved by the Board of Governors 11 June 2024 and reviewed "
                "termly. Progress as at January 2025.")
    ws.merge_cells("A2:H2")
    hdr = ["Area for improvement", "Ref", "Actions", "Person(s) responsible", "Timescale",
           "Success criteria", "Monitoring and evaluation", "Progress (RAG)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("385723")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    rag_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    groups = [
        ("1. Improve the quality of learning and teaching in mathematics at key stage 3 so that more pupils "
         "make the progress of which they are capable.",
         [("1.1", "Review the key stage 3 mathematics scheme of work with the EA link officer, including a "
                  "common approach to number fluency starters.",
           "Head of Mathematics", d(2024, 10, 31),
           "Revised scheme of work in use in all KS3 classes.", "Line management meetings; EA link officer "
           "visit report.", "Complete"),
          ("1.2", "Programme of paired lesson observations in mathematics, each followed by a professional "
                  "conversation and agreed next steps.",
           "VP (Curriculum) / Head of Mathematics", "Termly",
           "Observations show consistently good or better learning and teaching.",
           "SLT quality assurance calendar.", "Green"),
          ("1.3", "Track KS3 pupils' progress in mathematics using standardised assessments and run "
                  "intervention groups for pupils below the expected level.",
           "Head of Mathematics / SENCo", d(2025, 6, 30),
           "At least 80% of KS3 pupils at or above expected progress by June 2025.",
           "Data reviews after each assessment window.", "Amber")]),
        ("2. Develop the use of data at whole-school and department level to identify and address "
         "underachievement.",
         [("2.1", "Introduce a whole-school tracking system with three data capture points each year, "
                  "shared with all staff.",
           "Principal", d(2024, 11, 30),
           "All departments use the tracker to identify pupils at risk of underachieving.",
           "Board of Governors termly report.", "Complete"),
          ("2.2", "Train heads of department and form tutors in analysing tracking data and planning "
                  "interventions.",
           "VP (Pastoral)", d(2025, 1, 31),
           "All heads of department can evidence interventions arising from the data.",
           "Training evaluations; department reviews.", "Green"),
          ("2.3", "Department self-evaluation reports to include analysis of GCSE outcomes against predicted "
                  "grades, presented to the Board of Governors.",
           "Heads of Department", d(2062, 3, 31),
           "Self-evaluation reports show accurate predictions and clear actions.",
           "Board of Governors Curriculum Committee.", "Green")]),
        ("3. Ensure that the school's safeguarding and child protection arrangements reflect current "
         "Department of Education guidance and that all staff receive annual training.",
         [("3.1", "Update the child protection policy in line with current DE guidance and share it with "
                  "parents and pupils.",
           "Designated Teacher for Child Protection", d(2024, 9, 30),
           "Policy ratified by the Board of Governors and published on the school website.",
           "Board of Governors minutes.", "Complete"),
          ("3.2", "Deliver annual safeguarding training to all teaching and non-teaching staff, including new "
                  "staff at induction.",
           "Designated Teacher for Child Protection / Deputy Designated Teacher", d(2024, 9, 30),
           "100% of staff trained, with records held centrally.",
           "Training register checked by the Principal.", "Complete")]),
    ]
    row = 5
    for aoi, acts in groups:
        first = row
        for ref, action, who, when, succ, mon, rag in acts:
            vals = [aoi if row == first else None, ref, action, who, when, succ, mon, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=row, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if isinstance(when, dt.datetime):
                ws.cell(row=row, column=5).number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=8).fill = fill(rag_fill[rag])
            row += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    row += 1
    ws.cell(row=row, column=1, value="RAG: Complete = action completed; Green = on track; Amber = some "
                                      "slippage; Red = not on track")
    wb.save(os.path.join(HERE, "ao1-dundonald-high-school-eti-action-plan.xlsx"))


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


def set_cell(cell, text, bold=False, size=9):
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(lines[0])
    r.bold = bold
    r.font.size = Pt(size)
    for line in lines[1:]:
        p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Ysgol Bryn Elian - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_bryn_elian():
    doc = Document()
    landscape(doc)
    doc.add_heading("Ysgol Bryn Elian: Post-Inspection Action Plan", level=0)
    doc.add_paragraph("Cynllun Gweithredu \u00d4l-Arolygiad \u2013 Estyn core inspection, March 2024")
    doc.add_paragraph(
        "Following the Estyn core inspection in March 2024 the school was judged to be in need of significant "
        "improvement. This plan sets out how the governing body, working with Conwy County Borough Council and "
        "GwE, will address the four recommendations in the inspection report. Progress is reviewed by the "
        "governing body's Standards Committee each half term and reported to Estyn at each monitoring visit.")

    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Approved by", "Notes"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for v in [("1.0", "17/06/2024", "Full Governing Body", "Submitted to Estyn 21 June 2024"),
              ("1.1", "09/10/2024", "Standards Committee", "Autumn term progress review")]:
        cells = t.add_row().cells
        for c, x in enumerate(v):
            set_cell(cells[c], x)

    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    recs = [
        ("R1: Improve the quality of teaching so that it consistently challenges pupils of all abilities",
         [("1.1", "Establish a programme of professional learning on questioning and challenge, delivered "
                  "through weekly teaching and learning briefings.",
           "Deputy Headteacher (Teaching and Learning)", "Autumn term 2024",
           "Most lessons observed show effective questioning that challenges more able pupils.",
           "Lesson observations and learning walks (SLT, half-termly)", "Complete"),
          ("1.2", "Pair teachers with specialist colleagues from a partner school through GwE for "
                  "joint planning and coaching.",
           "GwE Supporting Improvement Adviser", "Spring term 2025",
           "All teachers identified for support have completed a coaching cycle.",
           "GwE visit notes; Standards Committee", "Green"),
          ("1.3", "Introduce a consistent approach to feedback so that pupils respond to teachers' comments "
                  "and improve their work.",
           "Heads of Department", "Ongoing",
           "Book scrutiny shows pupils acting on feedback in nearly all subjects.",
           "Termly book scrutiny (middle leaders and SLT)", "Amber")]),
        ("R2: Strengthen the development of pupils' literacy, numeracy and digital skills across the "
         "curriculum",
         [("2.1", "Introduce a whole-school extended writing framework:\n"
                  "- common success criteria for extended writing in all subjects\n"
                  "- an extended writing task in every department each half term",
           "Literacy Coordinator / Heads of Department", "October 2024 \u2013 July 2025",
           "Pupils' extended writing in books shows improved structure and accuracy.",
           "Literacy Coordinator work sampling, half-termly", "Green"),
          ("2.2", "Map opportunities for pupils to apply numeracy and digital skills in Years 7 to 9 and "
                  "share the skills map with all departments.",
           "Numeracy Coordinator", "By 31 March 2025",
           "Skills map in use; learning walks show planned opportunities in most subjects.",
           "Learning walks; department self-evaluation", "Red")]),
        ("R3: Improve attendance, particularly of pupils eligible for free school meals",
         [("3.1", "Introduce first-day calling and a weekly attendance panel for pupils below 90% "
                  "attendance, working with the local authority Education Welfare Service.",
           "Assistant Headteacher (Wellbeing) / Attendance Officer", "September 2024",
           "Attendance of pupils eligible for free school meals improves by at least 3 percentage points.",
           "Weekly attendance data; half-termly report to governors", "Complete"),
          ("3.2", "Appoint a family engagement officer to work with families of persistently absent "
                  "pupils.",
           "Headteacher", "Summer term 2025",
           "Persistent absence reduced to below 20%.",
           "Attendance panel minutes", "Amber")]),
        ("R4: Ensure that self-evaluation and improvement planning focus sharply on the impact of teaching "
         "on pupils' learning",
         [("4.1", "Revise the quality assurance calendar so that all self-evaluation activities report on "
                  "pupils' progress in lessons and over time, and train middle leaders in evaluative writing.",
           "Headteacher", "Half-termly",
           "Department self-evaluation reports identify strengths and shortcomings in pupils' learning "
           "accurately.",
           "Standards Committee; GwE Supporting Improvement Adviser", "Green")]),
    ]
    hdr = ["Ref", "Actions", "Lead", "Timescale", "Success criteria", "Monitoring (who / when)",
           "RAG (Oct 2024)"]
    for heading, acts in recs:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "DEEAF6")
        for ref, action, lead, when, succ, mon, rag in acts:
            cells = t.add_row().cells
            for c, x in enumerate([ref, action, lead, when, succ, mon, rag]):
                set_cell(cells[c], x)
            shade(cells[6], rag_fill[rag])
        doc.add_paragraph()

    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (word, meaning) in enumerate([("Complete", "Action completed and impact evaluated"),
                                         ("Green", "On track"),
                                         ("Amber", "Some slippage \u2013 action being taken"),
                                         ("Red", "Significant concern \u2013 reported to the governing body")]):
        set_cell(k.rows[i].cells[0], word)
        shade(k.rows[i].cells[0], rag_fill[word])
        set_cell(k.rows[i].cells[1], meaning)
    doc.save(os.path.join(HERE, "ao1-ysgol-bryn-elian-estyn-piap.docx"))


# ---------------------------------------------------------------------------
# 5. Wakefield Safeguarding Children Partnership - LCSPR Child S action plan
#    (docx, recommendation rows spanning the table, key: Green = completed)
# ---------------------------------------------------------------------------
def make_wakefield():
    doc = Document()
    landscape(doc)
    doc.add_heading("Wakefield Safeguarding Children Partnership \u2013 LCSPR Child S Multi-Agency Action Plan",
                    level=0)
    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([("Review published", "11 March 2024"),
                                ("Action plan owner", "Learning and Improvement Sub-group"),
                                ("Last updated", "2 December 2024")]):
        set_cell(info.rows[i].cells[0], a, bold=True)
        set_cell(info.rows[i].cells[1], b)
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Red \u2013 not yet started or overdue;  Amber \u2013 in progress;  "
                      "Green \u2013 completed.")

    hdr = ["No.", "Action", "Lead agency", "Lead officer", "Timescale", "Progress update", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "BFBFBF")
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED}
    recs = [
        ("Recommendation 1: WSCP partners should ensure that practitioners consider the lived experience of "
         "babies and pre-verbal children, and the impact of parental mental ill-health, when assessing risk.",
         [("1.1", "Develop a 'Seeing the baby' practice guide and 7-minute briefing on the lived experience of "
                  "babies and pre-verbal children, and launch it at the WSCP practitioner forum.",
           "WSCP", "WSCP Business Manager", "June 2024",
           "Launched at the practitioner forum on 19 June 2024 (142 attendees). Guide and briefing are on "
           "the WSCP website.", "G"),
          ("1.2", "Include the impact of parental mental ill-health on infants in the multi-agency Level 3 "
                  "safeguarding training.",
           "WSCP", "WSCP Training Coordinator", "September 2024",
           "Module drafted with the perinatal mental health team. First course runs on 14 January 2025.",
           "A"),
          ("1.3", "Audit 30 health visiting records of infants whose parent has a recorded mental health need, "
                  "to test the use of the maternal mood review.",
           "Wakefield Council (0-19 Service)", "0-19 Service Manager", "Q3 2024/25",
           "Audit tool agreed and sample drawn. Fieldwork taking place in December.", "A")]),
        ("Recommendation 2: Partner agencies should ensure that information about fathers and other male "
         "carers is sought, recorded and shared, so that they are included in assessments and plans.",
         [("2.1", "Update the Children's Social Care assessment template so that details of all adults in the "
                  "household, including fathers and partners not living at the address, are mandatory fields.",
           "Wakefield Council", "Head of Service (Assessment and Intervention)", "31/07/2024",
           "Template changed on the case management system from 22 July 2024.", "G"),
          ("2.2", "Maternity services to record the father's or partner's details at booking and share them "
                  "with the health visitor at handover.",
           "Mid Yorkshire Teaching NHS Trust", "Named Midwife for Safeguarding", "30/09/2024",
           "Booking template amended and handover form updated. Compliance audit in October showed 87% "
           "completion.", "G"),
          ("2.3", "Multi-agency case audit on the inclusion of fathers, reported to the Learning and "
                  "Improvement Sub-group.",
           "WSCP", "Learning and Improvement Sub-group Chair", "March 2025",
           "Scheduled for the February 2025 audit cycle.", "R")]),
        ("Recommendation 3: The WSCP should seek assurance that the resolution and escalation protocol is "
         "understood and used by practitioners when they disagree with decisions about a child's safety.",
         [("3.1", "Relaunch the WSCP Resolution and Escalation Protocol with a 7-minute briefing and a short "
                  "animation for practitioners.",
           "WSCP", "WSCP Business Manager", "April 2024",
           "Relaunched on 25 April 2024; animation viewed 1,030 times by the end of November.", "G"),
          ("3.2", "Each agency to report the number of escalations raised and their outcomes to the WSCP "
                  "Executive.",
           "All partner agencies", "Agency safeguarding leads", "Six-monthly",
           "First returns received in October 2024 from police, health and Children's Social Care. Education "
           "return outstanding.", "A"),
          ("3.3", "Brief all officers in the Wakefield District Safeguarding Unit on the escalation protocol.",
           "West Yorkshire Police", "DCI Wakefield Safeguarding Unit", "31/05/2024",
           "Briefings delivered at team meetings in May 2024.", "G")]),
    ]
    for rec, acts in recs:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[len(hdr) - 1])
        set_cell(merged, rec, bold=True)
        shade(merged, "F2F2F2")
        for a in acts:
            cells = t.add_row().cells
            for c, x in enumerate(a):
                set_cell(cells[c], x)
            shade(cells[6], rag_fill[a[6]])
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to each meeting of the WSCP Learning and "
                      "Improvement Sub-group and to the WSCP Executive twice a year.")
    doc.save(os.path.join(HERE, "ao1-wakefield-scp-lcspr-child-s-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Barnsley local area partnership SEND inspection - areas for improvement
#    action plan (csv exported from Excel, area only on first row of group)
# ---------------------------------------------------------------------------
def make_barnsley():
    import csv
    rows = [
        ["Barnsley Local Area Partnership SEND Inspection \u2013 Areas for Improvement Action Plan",
         "", "", "", "", "", "", ""],
        ["Progress update for the SEND Strategic Partnership Board \u2013 January 2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Area for improvement", "Ref", "Action", "Lead", "Target date", "Progress update", "RAG",
         "Date updated"],
        ["1. Leaders should reduce waiting times for neurodevelopmental assessment and improve the support "
         "available to children and families while they wait.",
         "1.1", "Commission additional assessment capacity from an independent provider to clear the backlog "
         "of children waiting more than 52 weeks.",
         "Designated Clinical Officer", "31/08/2024",
         "Contract awarded in June 2024. 214 assessments completed by the additional provider up to the end "
         "of December.", "Complete", "06/01/2025"],
        ["", "1.2", "Introduce a 'waiting well' offer for families, including parent workshops and access to "
         "the Early Help neurodiversity support worker while they wait.",
         "Early Help Manager / Parent Carer Forum Chair", "Sep-24",
         "Workshops running monthly since September; 96 families attended so far.", "Complete", "06/01/2025"],
        ["", "1.3", "Report waiting times monthly to the SEND Strategic Partnership Board, by age group and "
         "pathway.",
         "SEND Data and Performance Lead", "Monthly",
         "Dashboard live since July 2024. Median wait for autism assessment down from 61 to 38 weeks.",
         "Green", "06/01/2025"],
        ["2. Leaders should improve the timeliness and quality of education, health and care plans, "
         "including the contributions from health and social care.",
         "2.1", "Recruit two additional EHC plan coordinators and introduce weekly timeliness tracking for "
         "every assessment.",
         "Head of SEND", "Nov-24",
         "Both coordinators in post from October. 20-week timeliness 58% in the year to December, up from "
         "41%.", "Green", "06/01/2025"],
        ["", "2.2", "Introduce a multi-agency quality assurance panel that audits ten new EHC plans each "
         "month, with feedback to the professionals who contributed.",
         "Principal Educational Psychologist", "Q4 2024/25",
         "Panel has met twice. Health and social care advice still missing from a third of plans audited.",
         "Amber", "06/01/2025"],
        ["", "2.3", "Agree a standard for social care advice to EHC needs assessments and train social "
         "workers in writing it.",
         "Service Manager (Children with Disabilities)", "Dec-24",
         "Standard agreed but training delayed by staff changes; sessions now planned for February.",
         "Red", "06/01/2025"],
        ["3. Leaders should strengthen the graduated approach so that children receiving SEN support in "
         "mainstream schools have their needs identified and met earlier.",
         "3.1", "Launch the Barnsley graduated approach toolkit and train SENCOs in every school to use it.",
         "Head of SEND / Inclusion Services Manager", "Jul-25",
         "Toolkit launched in November. 61 of 96 schools have had SENCO training.", "Green", "06/01/2025"],
        ["", "3.2", "Parent carer representatives to sit on the graduated approach steering group and review "
         "the toolkit each year.",
         "Barnsley Parent Carer Forum", "Ongoing",
         "Two parent carer representatives attend every meeting.", "Green", "06/01/2025"],
        ["", "", "", "", "", "", "", ""],
        ["RAG: Complete = action delivered; Green = on track; Amber = at risk; Red = off track", "", "", "",
         "", "", "", ""],
    ]
    with open(os.path.join(HERE, "ao1-barnsley-send-local-area-inspection-action-plan.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Dixons Kings Academy - post-Ofsted action plan (tab-separated text)
#    one date typed with a zero for the letter O (refuse)
# ---------------------------------------------------------------------------
def make_dixons():
    lines = [
        "Dixons Kings Academy \u2013 Post-Inspection Action Plan",
        "Ofsted inspection, March 2024. Owner: Principal. Reviewed half-termly by the Local Governing Body "
        "and the Trust Director of Education.",
        "",
        "Ref\tArea for improvement\tAction\tLead\tBy when\tStatus\tUpdate (June 2024)",
        "1.1\tIn some foundation subjects the curriculum does not set out clearly the knowledge pupils should "
        "learn and when.\tRewrite the curriculum plans for art, music and design technology, identifying the "
        "key knowledge for each unit and the order it is taught.\tVice Principal (Curriculum)\tJul-24\tOn track"
        "\tArt and music plans complete; design technology plan in draft.",
        "1.2\t\tSubject leaders in these subjects to receive coaching from trust subject directors.\tTrust "
        "Subject Directors\tSummer term 2024\tComplete\tThree coaching sessions held with each leader.",
        "1.3\t\tCheck that the new plans are being taught as intended through termly subject deep dives.\t"
        "Vice Principal (Curriculum)\t0ct-24\tNot started\tFirst deep dives planned for the autumn term.",
        "2.1\tTeachers do not consistently check pupils' understanding in lessons, so misconceptions are not "
        "always addressed.\tWeekly instructional coaching for all teachers focused on checking for "
        "understanding.\tAssistant Principal (Teaching and Learning)\tOngoing\tOn track\tAll teachers "
        "receiving weekly coaching; drop-ins show improvement.",
        "2.2\t\tInset day on responsive teaching for all teaching staff.\tAssistant Principal (Teaching and "
        "Learning)\t03/06/2024\tComplete\tDelivered 3 June 2024.",
        "3.1\tToo many pupils, including disadvantaged pupils, are persistently absent.\tIntroduce daily "
        "attendance huddles and a home visit for any pupil absent for three consecutive days.\tAttendance "
        "Lead / Heads of Year\tApr-24\tComplete\tIn place since April; persistent absence down from 24% to "
        "19%.",
        "3.2\t\tWork with the local authority on attendance contracts and parenting support for families of "
        "the 40 pupils with the lowest attendance.\tVice Principal (Behaviour and Attendance)\tDec-24\tOn "
        "track\t28 families engaged so far.",
        "",
        "Status key: Complete / On track / At risk / Not started",
    ]
    with open(os.path.join(HERE, "ao1-dixons-kings-academy-post-ofsted-action-plan.txt"), "w",
              encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_bwc()
    make_rossie()
    make_dundonald()
    make_bryn_elian()
    make_wakefield()
    make_barnsley()
    make_dixons()
    print("done")
