#!/usr/bin/env python3
"""Build the seven zxe- blind test files (set heldout618).

Run with the project's Python (python-docx and openpyxl):
    /work/main/.venv/bin/python zxe_make.py
Files are written beside this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
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


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_fill):
    return PatternFill(fill_type="solid", start_color=hex_fill, end_color=hex_fill)


# ============================================================ 1. Treorchy (docx)
TREORCHY_RECS = [
    ("Recommendation 1: Improve the quality of teaching so that all pupils, particularly the more able, are challenged consistently", [
        ("1.1", "Deliver a programme of professional learning for all teaching staff on questioning and adaptive teaching, through INSET days and fortnightly teaching and learning briefings.",
         "Deputy Headteacher (Teaching and Learning)", "At least 85% of lessons visited show appropriate challenge for all groups of pupils", "Learning walks; lesson visit schedule; staff voice", "Autumn term 2024", "Blue"),
        ("1.2", "Introduce termly learning walks focused on challenge for more able pupils.\nShare findings with faculties within two weeks and follow up through line management meetings.",
         "Mrs R. Price / Mr D. Hopkins", "Learning walk findings show improving challenge over three cycles", "SLT line management; Standards Committee", "Ongoing – termly", "Green"),
        ("1.3", "Identify more able pupils in every year group and track their progress at each faculty data review point.",
         "MAT Co-ordinator", "Register in place; more able pupils make at least expected progress", "Data review points (Nov, Feb, May)", "31/03/2025", "Amber"),
    ]),
    ("Recommendation 2: Strengthen the provision for developing pupils' Welsh language skills", [
        ("2.1", "Launch a 'Cymraeg bob dydd' programme so that staff use incidental Welsh in lessons and form time.",
         "Head of Welsh; Siarter Iaith Co-ordinator", "Incidental Welsh heard in most lessons visited", "Learning walks; pupil voice", "July 2024", "Blue"),
        ("2.2", "Establish a Criw Cymraeg of pupil ambassadors in each year group to lead extra-curricular Welsh activities.",
         "Siarter Iaith Co-ordinator", "Criw Cymraeg active in Years 7–11; increased take-up of Welsh clubs and Urdd events", "Siarter Iaith self-evaluation", "September 2024 – July 2025", "Green"),
    ]),
    ("Recommendation 3: Improve attendance, particularly of pupils eligible for free school meals", [
        ("3.1", "Appoint an Attendance and Family Engagement Officer to work directly with the families of persistently absent pupils.",
         "Headteacher", "Officer in post; caseload of persistently absent pupils agreed", "Governing Body Pupils Committee", "30/09/2024", "Blue"),
        ("3.2", "Hold weekly attendance panels with Heads of Year, the Education Welfare Officer and the Attendance and Family Engagement Officer, with clear escalation steps for pupils below 90% attendance.",
         "AHT (Wellbeing)", "Attendance of eFSM pupils improves by 3 percentage points", "Weekly attendance data; EWO reports", "Ongoing – weekly", "Green"),
        ("3.3", "Review the attendance rewards system with the School Council so that incentives are valued by pupils eligible for free school meals.",
         "AHT (Wellbeing) / Pupil Voice Lead", "Revised rewards system agreed and launched", "School Council minutes", "Feb-25", "Red"),
    ]),
    ("Recommendation 4: Strengthen middle leaders' use of self-evaluation to identify and address areas for improvement", [
        ("4.1", "Revise the faculty self-evaluation and improvement planning (SEIP) template so that it links evidence from pupils' work, lesson visits and data directly to faculty priorities.",
         "Deputy Headteacher (Curriculum)", "All faculties use the revised SEIP template", "Faculty reviews; SLT quality assurance", "Autumn term 2024", "Blue"),
        ("4.2", "Provide a programme of training for Heads of Faculty on analysing outcome data and evaluating the impact of teaching on pupils' progress.",
         "Deputy Headteacher (Curriculum) / CSC Improvement Partner", "Faculty SEIPs identify precise priorities that are acted on", "Line management; faculty review meetings", "Summer term 2025", "Amber"),
    ]),
]

RAG_HEX = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def make_treorchy():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Treorchy Comprehensive School – Post-inspection Action Plan", level=1)
    doc.add_paragraph("Following the Estyn core inspection of 4–7 March 2024")
    doc.add_paragraph("Rhondda Cynon Taf | Approved by the Governing Body: 18 June 2024 | Progress review: January 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Headteacher", "Mr G. Lewis"),
        ("Chair of Governors", "Mrs S. Rees"),
        ("Local authority / consortium link", "Central South Consortium Improvement Partner"),
        ("Version", "1.3 – RAG updated at January 2025 review"),
        ("Next review", "Governing Body Standards Committee, March 2025"),
    ]:
        r = t.add_row().cells
        bold_cell(r[0], k)
        r[1].text = v

    doc.add_heading("Recommendations from the inspection report", level=2)
    for i, (rec, _) in enumerate(TREORCHY_RECS, 1):
        doc.add_paragraph("R%d %s" % (i, rec.split(": ", 1)[1]))

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [
        ("Blue", "Action completed and impact evidenced"),
        ("Green", "On track"),
        ("Amber", "Some slippage – monitor closely"),
        ("Red", "Not on track – intervention needed"),
    ]:
        r = k.add_row().cells
        r[0].text = word
        shade(r[0], RAG_HEX[word])
        r[1].text = meaning

    heads = ["Ref", "Actions", "Lead(s)", "Success criteria", "Monitoring and evaluation", "Timescale", "RAG (Jan 2025)"]
    for rec, rows in TREORCHY_RECS:
        doc.add_heading(rec, level=2)
        tb = doc.add_table(rows=1, cols=len(heads))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, heads):
            bold_cell(c, h)
            shade(c, "D9E2F3")
        for ref, act, lead, sc, mon, when, rag in rows:
            cells = tb.add_row().cells
            cells[0].text = ref
            if "\n" in act:
                first, rest = act.split("\n", 1)
                cells[1].text = first
                cells[1].add_paragraph(rest)
            else:
                cells[1].text = act
            cells[2].text = lead
            cells[3].text = sc
            cells[4].text = mon
            cells[5].text = when
            cells[6].text = rag
            shade(cells[6], RAG_HEX[rag])
        doc.add_paragraph("")

    doc.add_paragraph("Signed: ____________________ Headteacher        ____________________ Chair of Governors")
    doc.save(out("zxe-treorchy-comprehensive-school-estyn-post-inspection-action-plan.docx"))


# ============================================================ 2. Glenlola (docx)
GLENLOLA_AFIS = [
    ("1. Improve the consistency of assessment for learning practice across departments, so that pupils know how to improve their work.", [
        ("1a", "Agree a whole-school feedback policy, including the use of 'green pen' pupil responses, with all Heads of Department.",
         "Vice-Principal (Curriculum)", "January 2024", "Staff meeting time", "Policy agreed at staff meeting on 15 January 2024; in use across all departments.", "blue"),
        ("1b", "Carry out termly work scrutiny in each department, with findings shared at Heads of Department meetings.",
         "SLT, Heads of Department", "Ongoing (termly)", "Directed time", "Two rounds completed; feedback more consistent in KS3.", "green"),
        ("1c", "Provide professional learning on effective questioning and success criteria for all teaching staff, led by the school's Teaching and Learning Group.",
         "Mrs K. Morrow (Teaching and Learning Co-ordinator)", "March 2024", "Baker day 4 March 2024", "Training delivered; follow-up peer observations under way.", "green"),
    ]),
    ("2. Develop further the use of data by middle leaders to track pupils' progress and to plan targeted intervention at Key Stage 4.", [
        ("2a", "Introduce a tracking spreadsheet for Year 11 and Year 12 pupils, updated after each assessment window.",
         "Data Manager", "February 2024", "SIMS; staff time", "Tracker in use since February mock examinations.", "blue"),
        ("2b", "Hold intervention review meetings after each assessment window to agree support for pupils at risk of underachieving.",
         "Vice-Principal (Pastoral), Heads of Year", "April 2024", "Substitute cover", "First round held; second delayed by industrial action.", "amber"),
        ("2c", "Train Heads of Department in the use of CAT4 and GL progress data to set aspirational targets.",
         "Data Manager / C2k Co-ordinator", "June 2024", "GL Assessment training (£650)", "Training not yet scheduled – provider date cancelled.", "red"),
    ]),
    ("3. Ensure that the pastoral care policies are reviewed and updated in line with current Department of Education guidance, including the safeguarding and child protection policy.", [
        ("3a", "Review and update the Safeguarding and Child Protection Policy, the Positive Behaviour Policy and the Anti-Bullying Policy (Addressing Bullying in Schools Act (NI) 2016).",
         "Designated Teacher for Child Protection", "February 2024", "EA Child Protection Support Service", "Policies updated and checked by the EA CPSS.", "blue"),
        ("3b", "Present the updated policies to the Board of Governors for ratification and publish them on the school website, with a summary for parents.",
         "Principal", "March 2024", "None", "Ratified at BoG meeting 12 March 2024; published.", "blue"),
    ]),
]

GLEN_HEX = {"blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


def make_glenlola():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Glenlola Collegiate School – ETI Inspection Action Plan", level=1)
    doc.add_paragraph("Response of the Board of Governors to the Education and Training Inspectorate inspection (October 2023; report published December 2023)")
    doc.add_paragraph("Progress update for the Board of Governors – June 2024")

    doc.add_paragraph("Colour key for the Status column")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, meaning in [("blue", "Achieved"), ("green", "On track"), ("amber", "Some delay"), ("red", "Significant concern")]:
        r = k.add_row().cells
        shade(r[0], GLEN_HEX[col])
        r[1].text = meaning
    doc.add_paragraph("")

    heads = ["Area for improvement", "No.", "Actions to be taken", "Person(s) responsible", "Time-frame", "Resources", "Progress (June 2024)", "Status"]
    tb = doc.add_table(rows=1, cols=len(heads))
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, heads):
        bold_cell(c, h)
        shade(c, "DEEAF6")
    for afi, rows in GLENLOLA_AFIS:
        start = len(tb.rows)
        for no, act, who, when, res, prog, st in rows:
            cells = tb.add_row().cells
            cells[1].text = no
            cells[2].text = act
            cells[3].text = who
            cells[4].text = when
            cells[5].text = res
            cells[6].text = prog
            shade(cells[7], GLEN_HEX[st])
        end = len(tb.rows) - 1
        first = tb.cell(start, 0)
        first.text = afi
        if end > start:
            first.merge(tb.cell(end, 0))
    doc.add_paragraph("")

    doc.add_paragraph("Sign-off")
    s = doc.add_table(rows=0, cols=3)
    s.style = "Table Grid"
    for role in ("Principal", "Chair, Board of Governors"):
        r = s.add_row().cells
        r[0].text = role
        r[1].text = "Signed:"
        r[2].text = "Date:"
    doc.save(out("zxe-glenlola-collegiate-school-eti-inspection-action-plan.docx"))


# ============================================================ 3. Leuchie House (xlsx)
# ("kq", text) / ("req", text) / (ref, action, lead, target, revised, progress, fill)
LEUCHIE_ROWS = [
    ("kq", "Key Question 1: How well do we support people's wellbeing?"),
    ("req", "Requirement 1: By 31 October 2024, the provider must ensure that people receive their medication safely and as prescribed."),
    ("1.1", "Complete a full audit of medication administration records (MARs) and 'as required' protocols for every guest on admission.",
     "Clinical Lead", dt.datetime(2024, 9, 30), None, "Audit tool in use from 2 September; weekly results reported to the Director of Care.", "00B050"),
    ("1.2", "Retrain all nurses and senior carers in medication administration and carry out observed competency assessments.",
     "Clinical Lead / Practice Educator", dt.datetime(2024, 10, 31), dt.datetime(2024, 12, 20), "Two staff outstanding due to leave – revised date agreed with the Care Inspectorate.", "FFC000"),
    ("req", "Area for improvement 1: To support people's health and wellbeing, the service should ensure that anticipatory care plans reflect each person's current wishes."),
    ("1.3", "Review anticipatory care plans with every guest and their representatives at pre-admission contact and update them on arrival.",
     "Nurse in Charge (each stay)", dt.datetime(2025, 1, 31), None, "62% of plans reviewed at 10 January.", "FFC000"),
    ("kq", "Key Question 2: How good is our leadership?"),
    ("req", "Requirement 2: By 30 November 2024, the provider must implement an effective quality assurance system that leads to improvement."),
    ("2.1", "Introduce a monthly quality assurance calendar covering care plans, falls, infection control and the dining experience, with findings reported to the Care Governance Group.",
     "Director of Care", dt.datetime(2024, 11, 30), None, "Calendar in place; reported to CGG November and January.", "00B050"),
    ("2.2", "Develop a service improvement log so that actions from audits, complaints and guest feedback are tracked to completion.",
     "Quality & Compliance Manager", dt.datetime(2024, 11, 30), dt.datetime(2025, 2, 28), "Post vacant October–December; log not yet in use.", "FF0000"),
    ("kq", "Key Question 3: How good is our staff team?"),
    ("req", "Area for improvement 2: The provider should ensure that staff training records are accurate and that mandatory training is kept up to date."),
    ("3.1", "Cleanse the training matrix and move all records onto the new e-learning platform.",
     "Training & Development Co-ordinator", dt.datetime(2024, 12, 31), None, "Complete – matrix reconciled with platform.", "00B050"),
    ("3.2", "Set up monthly supervision sessions that include a review of each staff member's training compliance.\nReport compliance rates to the Board's People Committee each quarter.",
     "Head of Care; HR Business Partner", "Quarterly", None, "Supervision schedule issued; first People Committee report due February.", "FFC000"),
    ("kq", "Key Question 4: How good is our setting?"),
    ("req", "Area for improvement 3: The service should complete the refurbishment of the Garden Wing bathrooms so that they are accessible to people using ceiling track hoists."),
    ("4.1", "Agree the refurbishment specification with an occupational therapist and obtain three quotes.",
     "Estates Manager", dt.datetime(2024, 10, 31), None, "Specification agreed; contractor appointed.", "00B050"),
    ("4.2", "Complete the building works in the closed period between guest stays, with minimal disruption to bookings.",
     "Estates Manager", dt.datetime(2025, 3, 1), None, "Works scheduled for the March 2025 closure week.", None),
]


def make_leuchie():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths = [7, 60, 26, 13, 13, 45, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    ws["A1"] = "Leuchie House Service Improvement Plan 2024–25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Following Care Inspectorate unannounced inspection 20–22 August 2024 (care home service) | Plan owner: Director of Care | Last updated: 13/01/2025"
    ws.merge_cells("A2:G2")
    ws["A3"] = "RAG: Red = off track / significant concern; Amber = in progress; Green = completed and evidenced"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:G3")
    hdr = ["Ref", "Actions", "Lead", "Target date", "Revised date", "Progress update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    for row in LEUCHIE_ROWS:
        if row[0] in ("kq", "req"):
            cell = ws.cell(row=r, column=1, value=row[1])
            if row[0] == "kq":
                cell.font = Font(bold=True)
                cell.fill = fill("BDD7EE")
            else:
                cell.font = Font(italic=True)
                cell.fill = fill("F2F2F2")
            cell.alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 30 if row[0] == "req" else 18
        else:
            ref, act, lead, target, revised, prog, rag = row
            vals = [ref, act, lead, target, revised, prog, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy" if (ref == "4.2") else "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=7).fill = fill(rag)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary: 9 actions – Green (completed) 4, Amber 3, Red 1, Not yet rated 1").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    r += 1
    ws.cell(row=r, column=1, value="Plan reviewed at the Care Governance Group on 13 January 2025.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)

    g = wb.create_sheet("Inspection grades")
    g["A1"] = "Care Inspectorate evaluations – inspection 20–22 August 2024"
    g["A1"].font = Font(bold=True)
    g.append([])
    g.append(["Key question", "Grade"])
    for kq, grade in [
        ("How well do we support people's wellbeing?", "3 – Adequate"),
        ("How good is our leadership?", "3 – Adequate"),
        ("How good is our staff team?", "4 – Good"),
        ("How good is our setting?", "4 – Good"),
        ("How well is our care and support planned?", "3 – Adequate"),
    ]:
        g.append([kq, grade])
    g.column_dimensions["A"].width = 50
    g.column_dimensions["B"].width = 16
    wb.save(out("zxe-leuchie-house-care-inspectorate-improvement-plan.xlsx"))


# ============================================================ 4. WAST board action log (xlsx, refuse)
WAST_ROWS = [
    ("sec", "Meeting held on 26 September 2024"),
    ("TB/24/31", "52/24", "Integrated Quality and Performance Report",
     "Provide a breakdown of handover lost hours by health board and hospital site for the last six months.",
     "Director of Operations", dt.datetime(2024, 11, 28), "B", "Included in the IQPR presented on 28 November 2024."),
    ("TB/24/32", "55/24", "Putting Things Right – Annual Report",
     "Arrange a Board development session on learning from concerns and serious incidents.",
     "Board Secretary", dt.datetime(2025, 1, 30), "B", "Session held on 30 January 2025."),
    ("TB/24/33", "57/24", "Fleet Replacement Programme",
     "Bring the revised fleet replacement business case to the Finance and Performance Committee before submission to Welsh Government.",
     "Director of Finance and Corporate Resources", dt.datetime(2025, 1, 1), "A", "Business case delayed pending capital allocation letter."),
    ("sec", "Meeting held on 28 November 2024"),
    ("TB/24/41", "71/24", "Winter Plan 2024/25",
     "Report the impact of Clinical Safety Plan escalations over the winter period, including long waits in the community.",
     "Medical Director / Director of Operations", dt.datetime(2025, 3, 1), "G", "Scheduled for the March Board."),
    ("TB/24/42", "73/24", "Welsh Language Annual Report",
     "Set out the plan to increase the number of Welsh-speaking call handlers in the Clinical Contact Centres.",
     "Director of People and Culture", "Janaury 2026", "G", "Recruitment campaign to run alongside the 2025/26 intake."),
    ("TB/24/43", "74/24", "Board Assurance Framework",
     "Review the score of the principal risk on hospital handover delays in light of the Ministerial handover targets.",
     "Board Secretary", dt.datetime(2025, 3, 27), "R", "Not yet reviewed by the Quality, Patient Experience and Safety Committee."),
    ("sec", "Meeting held on 30 January 2025"),
    ("TB/25/04", "06/25", "Patient Story",
     "Share the patient story with the Quality, Patient Experience and Safety Committee and report back on the actions taken.",
     "Director of Quality and Nursing", dt.datetime(2025, 5, 1), "G", ""),
    ("TB/25/05", "09/25", "IMTP 2025–28",
     "Circulate the final IMTP submission to Board members following Welsh Government feedback.",
     "Director of Strategy, Planning and Performance", dt.datetime(2025, 4, 1), "G", ""),
    ("TB/25/06", "11/25", "Mental Health Provision",
     "Provide an update on the mental health practitioner pilot in the Clinical Contact Centre, including the evaluation findings.",
     "Director of Paramedicine; Head of Mental Health", "TBC", "G", "Evaluation report due from Swansea University."),
]


def make_wast():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    for col, w in zip("ABCDEFGH", [11, 9, 30, 60, 30, 11, 7, 45]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Welsh Ambulance Services University NHS Trust – Trust Board (Public) Action Log"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Updated for the meeting on 27 March 2025. Actions marked B are proposed for closure."
    ws["A3"] = "Key: B = complete / propose closure; G = on track / not yet due; A = at risk of slipping; R = overdue"
    ws["A3"].font = Font(italic=True)
    hdr = ["Action ref", "Minute ref", "Agenda item", "Action", "Lead", "Due date", "BRAG", "Progress update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("C00000")
        cell.font = Font(bold=True, color="FFFFFF")
        cell.border = BOX
    brag = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
    r = 6
    for row in WAST_ROWS:
        if row[0] == "sec":
            cell = ws.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True)
            cell.fill = fill("E7E6E6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for c, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy" if v.day != 1 else "mmm-yy"
            ws.cell(row=r, column=7).fill = fill(brag[row[6]])
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    wb.save(out("zxe-welsh-ambulance-services-university-nhs-trust-public-board-action-log-typo-month-refuse.xlsx"))


# ============================================================ 5. Falkirk IJB delivery plan (xlsx)
FALKIRK = [
    ("1. Prevention and early intervention", [
        ("P1.1", "Expand the Community Link Worker service to all GP practices in the Falkirk West locality.",
         "Head of Primary Care", "Q3 2025/26", "Green", "Green", "Recruitment complete; four practices live."),
        ("P1.2", "Deliver a falls prevention programme with Falkirk Leisure and Culture, including strength and balance classes in each locality.",
         "Locality Manager (East); Allied Health Professions Lead", dt.datetime(2026, 3, 31), "Amber", "Green", "Classes running in two of three localities."),
        ("P1.3", "Review the Telecare and Technology Enabled Care offer and agree a digital switchover plan.",
         "Head of Integration", dt.datetime(2025, 9, 1), "Amber", "Complete", "Plan approved by the Senior Leadership Team in September."),
    ]),
    ("2. Supporting people to live well at home", [
        ("P2.1", "Implement the Home First model to reduce delayed discharges from Forth Valley Royal Hospital.",
         "Head of Integration / Acute Services Liaison Manager", "Q4 2025/26", "Red", "Amber", "Delays reduced from 74 to 61; trajectory agreed with NHS Forth Valley."),
        ("P2.2", "Recommission care at home services under the new framework, with a focus on rural areas.",
         "Commissioning Manager", dt.datetime(2026, 3, 1), "Amber", "Red", "Tender paused after market engagement; revised timeline to IJB in December."),
        ("P2.3", "Agree a future model for intermediate care beds following the review of Summerford House.",
         "Head of Adult Social Work", dt.datetime(2025, 12, 1), "Green", "Green", "Options appraisal under way."),
    ]),
    ("3. Mental health and wellbeing", [
        ("P3.1", "Open a community mental health and wellbeing hub in Grangemouth, co-designed with people with lived experience.",
         "Mental Health Service Manager", "Ongoing", "Green", "Green", "Co-design sessions held in July and August."),
        ("P3.2", "Extend the Distress Brief Intervention service to people aged 16 and over referred by Police Scotland.",
         "Mental Health Service Manager", dt.datetime(2026, 1, 1), "Not started", "Amber", "Funding confirmed; provider contract variation in progress."),
    ]),
    ("4. Supporting unpaid carers", [
        ("P4.1", "Refresh the Local Carers Strategy with Falkirk Carers Centre and publish the new strategy.",
         "Carers Lead Officer", dt.datetime(2025, 12, 31), "Green", "Green", "Consultation closed 30 September."),
        ("P4.2", "Increase the number of Adult Carer Support Plans completed by 10% on 2024/25.",
         "Carers Lead Officer", dt.datetime(2026, 3, 31), "", "Not started", "Baseline being confirmed."),
    ]),
]

RAG_FILL = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Complete": "00B0F0"}


def make_falkirk():
    title = "Falkirk IJB Strategic Plan Delivery Plan 2025/26"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Quarter 2 progress report (July – September 2025)"
    cv["A3"] = "Delivering the Strategic Plan 2023–2026 of Falkirk Health and Social Care Partnership"
    cv["A5"] = "Version control"
    cv["A5"].font = Font(bold=True)
    cv.append(["Version", "Date", "Author", "Changes"])
    for c in cv[6]:
        c.font = Font(bold=True)
    for v in [
        ("0.1", dt.datetime(2025, 5, 12), "Strategic Planning Lead", "First draft for the Strategic Planning Group"),
        ("1.0", dt.datetime(2025, 6, 27), "Strategic Planning Lead", "Approved by the IJB"),
        ("1.1", dt.datetime(2025, 10, 14), "Performance Officer", "Q2 RAG status and updates added"),
    ]:
        cv.append(list(v))
        cv.cell(row=cv.max_row, column=2).number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", [12, 14, 26, 48]):
        cv.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG status (Q2)"
    sm["A1"].font = Font(bold=True)
    sm.append(["Strategic Priority", "Actions", "Complete", "Green", "Amber", "Red", "Not started"])
    for c in sm[2]:
        c.font = Font(bold=True)
    totals = [0] * 6
    for pri, rows in FALKIRK:
        cur = [r[5] for r in rows]
        counts = [len(rows), cur.count("Complete"), cur.count("Green"), cur.count("Amber"), cur.count("Red"), cur.count("Not started")]
        totals = [a + b for a, b in zip(totals, counts)]
        sm.append([pri] + counts)
    sm.append(["Total"] + totals)
    for c in sm[sm.max_row]:
        c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 44

    dp = wb.create_sheet("Delivery Plan")
    dp["A1"] = title
    dp["A1"].font = Font(bold=True, size=13)
    dp["A2"] = "Previous RAG = position reported at Q1 (June 2025). Current RAG = position at 30 September 2025."
    hdr = ["Strategic Priority", "Ref", "Action", "Lead Officer", "Due", "Previous RAG (Q1)", "Current RAG (Q2)", "Q2 update"]
    for c, h in enumerate(hdr, 1):
        cell = dp.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("6F2C91")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    for pri, rows in FALKIRK:
        start = r
        for ref, act, lead, due, prev, cur, upd in rows:
            vals = [None, ref, act, lead, due, prev, cur, upd]
            for c, v in enumerate(vals, 1):
                cell = dp.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy" if v.day == 1 else "dd/mm/yyyy"
            for c, v in ((6, prev), (7, cur)):
                if v in RAG_FILL:
                    dp.cell(row=r, column=c).fill = fill(RAG_FILL[v])
            r += 1
        dp.cell(row=start, column=1, value=pri).alignment = WRAP
        dp.cell(row=start, column=1).font = Font(bold=True)
        dp.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    dp.cell(row=r, column=1, value="RAG definitions: Green – on track; Amber – some slippage, recovery action in place; Red – significant slippage; Complete – action delivered.")
    for col, w in zip("ABCDEFGH", [24, 7, 58, 32, 12, 12, 12, 44]):
        dp.column_dimensions[col].width = w
    wb.save(out("zxe-falkirk-ijb-strategic-plan-delivery-plan-2025-26.xlsx"))


# ============================================================ 6. Welshpool TC risk register (csv)
WELSHPOOL_LINES = [
    ["Welshpool Town Council (Cyngor Tref Y Trallwng) – Risk Register 2025-26"],
    ["Reviewed by Full Council 12 May 2025"],
    ["Ratings: Gen = General risk, Fin = Financial risk; 5 (concerned) to 1 (no issue)."],
    ["Action status: G = on track, A = delayed, R = not progressing, C = complete"],
    [],
    ["Ref", "Risk identified", "Gen", "Fin", "Existing controls", "Further action required", "By whom", "Target date", "Status"],
    ["A1 Council"],
    ["A1.1", "Council fails to set a lawful precept and balanced budget", "2", "4", "Budget working group; draft budget to Council in December",
     "Prepare a three-year financial forecast to accompany the 2026-27 budget", "Town Clerk", "Jan 2026", "G"],
    ["A1.2", "Loss of key staff (Town Clerk) through long-term absence", "3", "3", "Deputy Clerk trained in core tasks; One Voice Wales support",
     "Document office procedures in a desk manual for cover arrangements", "Deputy Clerk", "31/10/2025", "A"],
    ["B1 Office"],
    ["B1.1", "Loss of electronic records through cyber attack or hardware failure", "3", "2", "Cloud back-up; anti-virus",
     "Move councillors to council email addresses and enable multi-factor authentication for all accounts", "Deputy Clerk", "Sep-25", "C"],
    ["C1 Town Hall"],
    ["C1.1", "Water ingress through roof and gutters damaging the building fabric", "4", "4", "Annual roof inspection; gutters cleared each autumn",
     "Commission a full condition survey of the Town Hall roof", "Town Clerk", "Oct-25", "G"],
    ["", "", "", "", "",
     "Apply to Cadw and the Powys Community Fund for match funding for roof repairs", "Town Clerk; Finance Committee Chair", "March 2026", "A"],
    ["C1.2", "Injury to hirers or public in the Town Hall (slips, trips, fire)", "3", "3", "Fire risk assessment; PAT testing; hirer conditions",
     "Renew the fire risk assessment and replace emergency lighting in the Assembly Room", "Facilities Officer", "30/11/2025", "R"],
    ["D1 Markets"],
    ["D1.1", "Decline in Monday market stallholders reduces income", "3", "3", "Pitch fees reviewed annually",
     "Run a promotion for new traders with the Chamber of Trade, with free pitches for the first month", "Markets & Events Officer", "Ongoing", "G"],
    ["F1 Playgrounds"],
    ["F1.1", "Injury from defective play equipment", "4", "3", "Weekly visual checks by staff; annual RoSPA inspection",
     "Replace the timber multi-play unit at the Maes y Dre play area following the 2025 RoSPA report", "Town Clerk", "Mar-26", "A"],
    ["W1 Street scene"],
    ["W1.1", "CCTV coverage fails or does not meet data protection requirements", "2", "2", "Maintenance contract; CCTV policy",
     "Review the CCTV policy and signage against ICO guidance", "Deputy Clerk", "Jul-25", "C"],
    [],
    ["Next review: Full Council, November 2025"],
]


def make_welshpool():
    width = 9
    with open(out("zxe-welshpool-town-council-risk-register-2025-26.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for line in WELSHPOOL_LINES:
            w.writerow(line + [""] * (width - len(line)))


# ============================================================ 7. NHS Golden Jubilee IA follow-up (txt)
GJ_LINES = [
    ["NHS Golden Jubilee – Internal Audit Follow-up Report: position at 28 February 2025"],
    ["Audit and Risk Committee – 17 March 2025"],
    ["Grades: 1 = high, 2 = medium, 3 = low. RAG: Blue = implemented and verified; Green = on track; Amber = revised date agreed; Red = overdue."],
    [],
    ["Ref", "Recommendation / agreed management action", "Action owner", "Original date", "Revised date", "RAG", "Management update"],
    ["GJ24/02 Payroll and Expenses (Reasonable assurance)"],
    ["", "Recommendation 1 (grade 2): Overtime claims should be authorised by a budget holder before payment, and evidence of authorisation retained."],
    ["1.1", "Introduce an e-expenses workflow requiring budget-holder approval for all overtime claims.", "Head of Payroll Services", "31/10/2024", "", "Blue",
     "Live from 1 October 2024; sample testing by internal audit confirmed."],
    ["1.2", "Issue a reminder to all budget holders of their authorisation responsibilities under the Standing Financial Instructions.", "Deputy Director of Finance", "30/09/2024", "", "Blue",
     "Reminder issued in the September finance bulletin."],
    ["GJ24/05 Theatre Scheduling and Utilisation (Limited assurance)"],
    ["", "Recommendation 1 (grade 1): The Hospital should establish a single, documented scheduling process for all surgical specialties, with clear escalation for unfilled sessions."],
    ["1.1", "Agree a Theatre Scheduling Standard Operating Procedure covering the 6-4-2 process and session reallocation.", "Head of Perioperative Services", "31/12/2024", "31/03/2025", "Amber",
     "SOP drafted; awaiting sign-off at the Surgical Services Board."],
    ["1.2", "Report theatre utilisation and late starts by specialty to the Clinical Governance Committee each quarter.", "Director of Operations / Associate Medical Director (Surgery)", "30/04/2025", "", "Green",
     "First report scheduled for the April meeting."],
    ["", "Recommendation 2 (grade 2): Data quality checks should be introduced on theatre system entries."],
    ["2.1", "Introduce weekly validation of theatre system entries against the patient administration system, with errors corrected within five working days.", "Theatre Systems Manager", "28/02/2025", "", "Red",
     "Delayed by vacancy; recruitment under way."],
    ["GJ25/01 Cyber Security – NIS Audit Readiness (Reasonable assurance)"],
    ["", "Recommendation 1 (grade 2): The Board should maintain a complete asset register for network-connected medical devices."],
    ["1.1", "Complete discovery of network-connected medical devices and record them in the IT asset register.", "Head of eHealth", "Jun-25", "", "Green",
     "Discovery tool procured."],
    ["1.2", "Agree ownership of medical device patching between eHealth and Medical Physics, documented in a RACI matrix.", "Head of eHealth; Head of Medical Physics", "Q1 2025/26", "", "Green",
     ""],
    ["", "Recommendation 2 (grade 3): Cyber incident response exercises should be held at least annually."],
    ["2.1", "Run a desktop cyber incident exercise with the Senior Leadership Team and record lessons learned.", "Head of eHealth", "30/11/2024", "", "Blue",
     "Exercise held on 19 November 2024."],
    [],
    ["Summary: 8 actions – Blue 3, Green 3, Amber 1, Red 1"],
]


def make_golden_jubilee():
    with open(out("zxe-nhs-golden-jubilee-internal-audit-recommendations-follow-up.txt"), "w", encoding="utf-8", newline="\n") as f:
        for line in GJ_LINES:
            f.write("\t".join(line) + "\n")


if __name__ == "__main__":
    make_treorchy()
    make_glenlola()
    make_leuchie()
    make_wast()
    make_falkirk()
    make_welshpool()
    make_golden_jubilee()
    print("built 7 zxe- files in", HERE)
