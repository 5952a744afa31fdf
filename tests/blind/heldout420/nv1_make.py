"""Build the seven nv1- data files of set heldout420.

Run with: /work/main/.venv/bin/python nv1_make.py
Writes into the folder this script lives in.
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

BLUE = "5B9BD5"
GREEN = "70AD47"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"
PALE = "DEEAF6"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Honywood School - post-Ofsted action plan (xlsx)
# ---------------------------------------------------------------------------
HONYWOOD_TITLE = "Honywood School – Post-Ofsted Action Plan 2024–25"
HONYWOOD = [
    ("Priority 1 – Key stage 3 curriculum (Quality of education)",
     "In some subjects, the key stage 3 curriculum does not set out precisely the important "
     "knowledge that pupils should learn and when. As a result, pupils do not build their "
     "knowledge securely over time. Leaders should ensure that the curriculum in these subjects "
     "is carefully sequenced so that pupils know and remember more.",
     [
         ("1.1",
          "Heads of Faculty to rewrite KS3 curriculum maps in history, geography and computing, "
          "identifying the essential knowledge for each unit and the order in which it is taught.",
          "KE",
          "Revised maps in place for all three subjects; deep dives confirm coherent sequencing.",
          "KE / link governor – Dec 2024",
          "Autumn term 2024", BLUE,
          "Completed. Maps shared with staff 13/12/24."),
         ("1.2",
          "Introduce low-stakes retrieval quizzes at the start of KS3 lessons in all foundation subjects:\n"
          "- Year 7 and 8 from January 2025\n"
          "- Year 9 from April 2025",
          "KE / Heads of Faculty",
          "Retrieval starter seen in at least 90% of KS3 lessons on learning walks.",
          "SLT learning walks – half-termly",
          "Spring term 2025", GREEN,
          "Y7/8 live since 6 January; 86% of lessons seen in January learning walk."),
         ("1.3",
          "Quality assure the implementation of the revised curriculum through termly subject deep "
          "dives and pupil voice, reporting findings to the Standards Committee.",
          "Deputy Headteacher (Curriculum)",
          "Deep dive reports show pupils can recall prior learning; governors receive termly report.",
          "Standards Committee – termly",
          "Summer term 2025", AMBER,
          "Two of six deep dives completed; geography deep dive moved to March."),
     ]),
    ("Priority 2 – Adaptive teaching for pupils with SEND (Quality of education)",
     "Teachers do not consistently adapt their teaching for pupils with special educational needs "
     "and/or disabilities (SEND). Leaders should ensure that staff use the information they have "
     "about these pupils' needs to adapt learning effectively, so that pupils with SEND achieve as "
     "well as they should.",
     [
         ("2.1",
          "Rewrite pupil passports for all pupils on the SEND register so that each gives no more "
          "than three practical classroom strategies.",
          "SENCo",
          "All passports rewritten and available to staff on Arbor.",
          "SENCo / SEND governor – Feb 2025",
          "By February half-term 2025", GREEN,
          "212 of 240 passports rewritten."),
         ("2.2",
          "Deliver a programme of CPD on adaptive teaching in twilight sessions, followed by paired "
          "learning walks to check that strategies are used in lessons.",
          "SENCo, AHT T&L",
          "Learning walks show passport strategies used in most lessons.",
          "SLT – after each twilight",
          "Summer term 2025", None,
          "Twilight programme begins 24 April 2025."),
     ]),
    ("Priority 3 – Attendance of disadvantaged pupils (Behaviour and attitudes)",
     "Too many disadvantaged pupils are persistently absent from school. Leaders should continue to "
     "refine their work to improve the attendance of this group so that these pupils do not miss "
     "out on important learning.",
     [
         ("3.1",
          "Appoint a second attendance officer and introduce daily first-day calling for all "
          "disadvantaged pupils.",
          "Business Manager / Attendance Officer",
          "Officer in post; first-day calls logged for 100% of absences.",
          "Headteacher – weekly",
          "Sept 2024 – Dec 2024", BLUE,
          "Second officer started 4 November; first-day calling in place."),
         ("3.2",
          "Hold attendance support meetings with the families of all disadvantaged pupils whose "
          "attendance falls below 90%, agreeing an individual plan.",
          "AHT Behaviour & Attendance / Heads of Year",
          "Persistent absence of disadvantaged pupils below 20% by July 2025.",
          "Attendance panel – fortnightly",
          "Ongoing – reviewed half-termly", RED,
          "Persistent absence for disadvantaged pupils 27.4% (January), above the 20% target."),
         ("3.3",
          "Evaluate the impact of pupil premium spending on attendance and publish the revised pupil "
          "premium strategy statement.",
          "MR (Pupil Premium Lead)",
          "Revised statement published on the school website.",
          "Resources Committee – summer",
          "July 2025", GREEN,
          "Evaluation template agreed with the trust."),
     ]),
]


def make_honywood(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [7, 60, 24, 40, 28, 22, 8, 42]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws["A1"] = HONYWOOD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Ofsted inspection: 8–9 October 2024 (graded inspection) | Report published: "
                "14 November 2024")
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Quality of education: Requires improvement | Behaviour and attitudes: Good | "
                "Personal development: Good | Leadership and management: Good | Sixth form: Good")
    ws.merge_cells("A3:H3")
    ws["A4"] = ("Plan owner: Headteacher | Monitored by: Standards Committee of the Local Governing "
                "Body (each half-term) | Last updated: 3 February 2025")
    ws.merge_cells("A4:H4")
    for r in (2, 3, 4):
        ws.cell(r, 1).font = Font(italic=True, size=10)

    ws["A6"] = "RAG key:"
    ws["A6"].font = Font(bold=True)
    for col, (txt, colour) in zip("BCDE", [("Completed", BLUE), ("On track", GREEN),
                                          ("Some slippage", AMBER), ("Off track", RED)]):
        c = ws[f"{col}6"]
        c.value = txt
        c.fill = fill(colour)
        c.border = BOX

    headers = ["Ref", "Actions", "Lead(s)", "Success criteria / impact",
               "Monitoring (who / when)", "Timescale", "RAG", "Progress (February 2025)"]
    r = 8
    for i, h in enumerate(headers, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    r += 1
    for heading, rec, actions in HONYWOOD:
        ws.cell(r, 1, heading).font = Font(bold=True)
        ws.cell(r, 1).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        c = ws.cell(r, 1, rec)
        c.font = Font(italic=True)
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 48
        r += 1
        for ref, action, lead, success, monitor, when, rag, progress in actions:
            vals = [ref, action, lead, success, monitor, when, None, progress]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            if rag:
                ws.cell(r, 7).fill = fill(rag)
            ws.row_dimensions[r].height = 62
            r += 1
    r += 1
    ws.cell(r, 1, "Notes:").font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "RAG ratings are updated by the lead before each Standards Committee. Completed "
                  "actions stay on the plan until the end of the academic year.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 1
    ws.cell(r, 1, "Headteacher: R. Pettitt        Chair of Governors: A. Nwosu")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.freeze_panes = "A9"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. East Surrey College - SAR quality improvement plan (docx)
# ---------------------------------------------------------------------------
ESC_TITLE = "East Surrey College Quality Improvement Plan 2024/25"
ESC = [
    ("1. Quality of education", [
        ("AFI 1: Achievement rates on Access to HE Diplomas fell to 78% in 2023/24 and are below "
         "those of similar providers.", [
             ("1.1", "Introduce a six-week review point for every Access to HE learner, with early "
                     "referral to study skills support where assignments are late or below pass.",
              "Head of Access to HE", "31/01/2025",
              "Review points held for all 142 learners; 31 referred to study skills.", "Complete"),
             ("1.2", "Recruit and train two additional Access to HE moderators so that all units are "
                     "internally moderated before submission to the awarding body.",
              "Director of Adult Learning / Head of Access to HE", "End of March 2025",
              "One moderator appointed in January; second post re-advertised.", "At risk"),
         ]),
        ("AFI 2: Too few learners on 16–18 study programmes make the progress expected of them in "
         "GCSE English and mathematics.", [
             ("1.3", "Timetable all GCSE resit classes in 90-minute blocks taught by subject "
                     "specialists, and track attendance weekly through ProMonitor.",
              "Head of English and Maths", "Sept 2024 – Jan 2025",
              "All resit groups taught by specialists from the start of term.", "Complete"),
             ("1.4", "Run mock examinations in November and March, using question-level analysis to "
                     "plan targeted intervention sessions.",
              "Sam Okoro and Priya Desai", "Mar-25",
              "November mocks analysed; intervention groups running in period 6.", "On track"),
         ]),
    ]),
    ("2. Behaviour and attitudes", [
        ("AFI 3: Attendance at English and mathematics lessons (81%) remains well below attendance "
         "at vocational lessons (91%).", [
             ("2.1", "Introduce same-day contact with the parents or carers of 16–18 learners absent "
                     "from an English or mathematics lesson.",
              "Head of Student Services", "30/11/2024",
              "Same-day texts and calls in place since October half-term.", "Complete"),
             ("2.2", "Include English and mathematics attendance in the monthly curriculum performance "
                     "reviews, with improvement targets for each curriculum area below 88%.",
              "Vice Principal Curriculum", "Termly",
              "Attendance 83% (February); targets not yet met in four curriculum areas.", "Off track"),
         ]),
    ]),
    ("3. Leadership and management", [
        ("AFI 4: Governors do not receive sufficiently detailed information about the quality of "
         "apprenticeship provision to hold leaders to account.", [
             ("3.1", "Add an apprenticeship dashboard (starts, progress, off-the-job hours, breaks in "
                     "learning and achievement) to every Quality and Standards Committee meeting.",
              "Head of Apprenticeships", "December 2024",
              "Dashboard presented on 5 December and 6 March.", "Complete"),
             ("3.2", "Arrange a governor development session on apprenticeship funding rules and "
                     "end-point assessment.",
              "Clerk to the Corporation", "30/04/2025",
              "Session booked for 10 April 2025.", "On track"),
         ]),
    ]),
]
ESC_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text, size=None, italic=False, bold=True):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def make_esc(path):
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("Orbital South Colleges").italic = True
    doc.add_heading(ESC_TITLE, level=0)
    doc.add_paragraph(
        "This plan sets out the actions arising from the college's Self-Assessment Report 2023/24, "
        "validated by the Quality and Standards Committee on 5 December 2024. Progress is reviewed "
        "monthly by the Senior Leadership Team and termly by the Quality and Standards Committee.")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("1.0", "12/12/2024", "Vice Principal Quality", "First issue following SAR validation"),
            ("1.1", "07/03/2025", "Vice Principal Quality",
             "Spring term progress update; actions 1.1, 1.3, 2.1 and 3.1 closed")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if i == 0:
                bold_cell(t.cell(i, j), v)
            else:
                t.cell(i, j).text = v

    doc.add_paragraph().add_run("RAG status key").bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    key = [("Complete", "Action finished and impact evidenced", BLUE),
           ("On track", "On track to meet the target date", GREEN),
           ("At risk", "Some slippage; mitigations in place", AMBER),
           ("Off track", "Target date will be missed", RED)]
    for i, (w, desc, colour) in enumerate(key):
        k.cell(i, 0).text = w
        shade(k.cell(i, 0), colour)
        k.cell(i, 1).text = desc

    for heading, afis in ESC:
        doc.add_heading(heading, level=1)
        n = 1 + sum(1 + len(a) for _, a in afis)
        t = doc.add_table(rows=n, cols=6)
        t.style = "Table Grid"
        hdr = ["Ref", "Action", "Lead", "Target date", "Progress update (March 2025)", "RAG"]
        for j, h in enumerate(hdr):
            bold_cell(t.cell(0, j), h)
            shade(t.cell(0, j), GREY)
        r = 1
        for afi, acts in afis:
            m = t.cell(r, 0).merge(t.cell(r, 5))
            bold_cell(m, afi)
            shade(m, PALE)
            r += 1
            for ref, action, lead, when, progress, status in acts:
                for j, v in enumerate([ref, action, lead, when, progress, status]):
                    t.cell(r, j).text = v
                shade(t.cell(r, 5), ESC_STATUS_FILL[status])
                r += 1
        for row in t.rows:
            for j, w in enumerate([Cm(1.3), Cm(9.5), Cm(4.2), Cm(3.0), Cm(6.5), Cm(2.0)]):
                row.cells[j].width = w
        doc.add_paragraph()

    doc.add_paragraph("Next review: Quality and Standards Committee, 24 June 2025.")
    a = doc.add_table(rows=2, cols=2)
    a.style = "Table Grid"
    bold_cell(a.cell(0, 0), "Approved by")
    bold_cell(a.cell(0, 1), "Date")
    a.cell(1, 0).text = "Principal and CEO, Orbital South Colleges"
    a.cell(1, 1).text = "12/12/2024"
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. Mindful Education - Ofsted apprenticeships post-inspection action plan (csv)
# ---------------------------------------------------------------------------
MINDFUL_TITLE = "Mindful Education – Apprenticeships Post-Inspection Action Plan 2024/25"
MINDFUL_HEADER = ["Theme", "Area for improvement", "Ref", "Action", "Responsible",
                  "Original target date", "Revised target date", "Status", "Update (January 2025)"]
MINDFUL = [
    ("Quality of education",
     "Leaders should ensure that apprentices receive timely and precise feedback on their written "
     "work so that they know what they need to do to improve.",
     [
         ("1.1", "Introduce a 10 working day turnaround standard for feedback on assignments, "
                 "monitored through the e-portfolio.",
          "Programme Manager – Business Administration; Programme Manager – Leadership",
          "31/10/2024", "", "Complete",
          "Standard in place from October; 94% of feedback returned on time in the autumn term."),
         ("1.2", "Run a feedback calibration workshop for all skills coaches, using anonymised samples "
                 "of marked work.\nRepeat in the spring term for new starters.",
          "Head of Quality", "30/11/2024", "28/02/2025", "Delayed",
          "Autumn workshop postponed owing to staff absence; rescheduled for 19 February."),
         ("1.3", "Sample 10% of marked work each term and report the findings to the Quality Board.",
          "Head of Quality", "Ongoing", "", "On track",
          "Autumn sample complete; findings reported on 16 January."),
     ]),
    ("",
     "Leaders should make sure that employers' workplace mentors are involved in apprentices' "
     "progress reviews, so that on- and off-the-job training are planned together.",
     [
         ("2.1", "Revise the progress review template to include a mandatory section completed by "
                 "the workplace mentor.",
          "Compliance Manager", "31/12/2024", "", "Complete",
          "New template live from 2 December."),
         ("2.2", "Hold employer mentor briefings each term, covering the apprenticeship standard, the "
                 "training plan and how to support off-the-job learning.",
          "J. Whitaker & R. Osei", "31/03/2025", "", "On track",
          "First briefing held on 22 January with 37 employers."),
     ]),
    ("Personal development",
     "Leaders should strengthen apprentices' understanding of the risks of radicalisation and "
     "extremism in their local area and workplaces.",
     [
         ("3.1", "Add a mandatory Prevent module, with case studies from London boroughs, to the "
                 "apprentice induction.",
          "Designated Safeguarding Lead", "30/09/2024", "", "Complete",
          "Module in place for all starts since September."),
         ("3.2", "Include a discussion of a current safeguarding or Prevent topic in every progress "
                 "review and record it in the review notes.",
          "Skills Coaches", "31/01/2025", "30/04/2025", "Delayed",
          "Audit found topic recorded in 61% of reviews; coaching for staff under way."),
     ]),
    ("Leadership and management",
     "Governors should receive more detailed information about apprentices' progress, including "
     "completion of off-the-job training hours, so that they can challenge leaders effectively.",
     [
         ("4.1", "Produce a termly apprenticeship performance report for the Governance Board, "
                 "including off-the-job hours by programme.",
          "Managing Director / Head of Quality", "Feb-25", "", "On track",
          "First report drafted for the February board."),
         ("4.2", "Appoint an independent member to the Governance Board with further education and "
                 "skills expertise.",
          "Chair of the Governance Board", "End of July 2025", "", "Not started",
          "Role description being drafted."),
     ]),
]


def make_mindful(path):
    ncol = len(MINDFUL_HEADER)
    blank = [""] * ncol

    def line(first):
        return [first] + [""] * (ncol - 1)

    rows = [
        line(MINDFUL_TITLE),
        line("Ofsted inspection: 11–14 June 2024 (full inspection, apprenticeships). Report published "
             "24 July 2024. Overall effectiveness: Requires improvement."),
        line("Owner: Head of Quality | Reported to: Quality Board and Governance Board | Position at "
             "31 January 2025"),
        blank,
        MINDFUL_HEADER,
    ]
    for theme, afi, acts in MINDFUL:
        for i, (ref, action, lead, orig, rev, status, upd) in enumerate(acts):
            rows.append([theme if i == 0 else "", afi if i == 0 else "", ref, action, lead,
                         orig, rev, status, upd])
    rows += [
        blank,
        line("Status key: Complete = closed with evidence (blue); On track = green; Delayed = amber "
             "(revised date agreed by the Quality Board); Off track = red; Not started = not yet due "
             "to start"),
        line("Exported from the QIP tracker on 03/02/2025"),
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# ---------------------------------------------------------------------------
# 4. UHDB - CQC must do / should do action plan (xlsx)
# ---------------------------------------------------------------------------
UHDB_TITLE = ("University Hospitals of Derby and Burton NHS Foundation Trust – CQC Must Do and "
              "Should Do Action Plan")
UHDB_MUST = [
    ("Urgent and Emergency Care – Royal Derby Hospital", [
        ("MD1", "Regulation 12 Safe care and treatment",
         "The trust must ensure that patients in the emergency department receive a timely initial "
         "assessment and that observations are repeated and escalated in line with the trust's "
         "deteriorating patient policy.",
         [
             ("MD1.1", "Introduce a dedicated streaming and triage nurse at the front door between "
                       "10:00 and 02:00, seven days a week.",
              "Divisional Director of Nursing – Medicine", d(2024, 6, 30), d(2024, 9, 30), "A", "B",
              "Rota in place since September; median time to initial assessment 14 minutes "
              "(December)."),
             ("MD1.2", "Implement electronic observations (NEWS2) with automated escalation alerts in "
                       "the emergency department.",
              "Chief Nursing Information Officer / ED Matron", d(2024, 12, 31), d(2025, 3, 31),
              "G", "A", "Go-live delayed by integration testing; now planned for March."),
         ]),
        ("MD2", "Regulation 18 Staffing",
         "The trust must ensure that staff in the emergency department complete mandatory training, "
         "including paediatric life support, to meet the trust's target.",
         [
             ("MD2.1", "Release ED nursing staff for two protected training days each quarter, with "
                       "compliance reported weekly at the ED performance meeting.",
              "ED Matron", d(2025, 3, 31), None, "G", "G",
              "Mandatory training compliance 89% (target 90%)."),
             ("MD2.2", "Commission additional EPLS courses from the resuscitation service so that "
                       "every shift has at least two staff with in-date paediatric life support.",
              "Head of Resuscitation Services", d(2024, 9, 30), None, "A", "B",
              "Complete. 100% of shifts in December met the standard."),
         ]),
    ]),
    ("Medical Care – Queen's Hospital Burton", [
        ("MD3", "Regulation 17 Good governance",
         "The trust must ensure that ward-level audits of falls risk assessments are completed and "
         "that learning is acted upon.",
         [
             ("MD3.1", "Relaunch the monthly falls documentation audit on all medical wards through "
                       "the Tendable app, with results discussed at ward safety huddles.",
              "Falls Prevention Matron (Burton)", d(2024, 8, 31), None, "G", "B",
              "Audit relaunched in July; all wards submitting monthly."),
             ("MD3.2", "Add falls audit compliance to the divisional quality dashboard and escalate "
                       "wards below 85% to the Divisional Quality Board.",
              "Head of Nursing – Medicine (Burton)", d(2024, 11, 30), d(2025, 2, 28), "A", "R",
              "Dashboard build delayed; three wards below 85% in December."),
         ]),
    ]),
]
UHDB_SHOULD = [
    ("Urgent and Emergency Care – Royal Derby Hospital", [
        ("SD1", "n/a",
         "The trust should ensure that patients waiting in the emergency department are offered "
         "regular food and drink.",
         [
             ("SD1.1", "Introduce two-hourly comfort rounds, recorded on a board in each ED area, "
                       "including the offer of food and fluids.",
              "ED Matron", d(2024, 7, 31), None, "B", "B",
              "Comfort rounds embedded; monthly audit 96%."),
         ]),
        ("SD2", "n/a",
         "The trust should continue to work with system partners to reduce the number of patients "
         "who wait more than 12 hours in the emergency department.",
         [
             ("SD2.1", "Open the Same Day Emergency Care extension and send suitable GP referrals "
                       "directly to SDEC.",
              "Divisional Director – Medicine / Director of Operations", d(2025, 3, 31), None,
              "G", "G", "Extension building work complete; opening planned for 3 March."),
         ]),
    ]),
    ("Medical Care – Queen's Hospital Burton", [
        ("SD3", "n/a",
         "The trust should ensure that discharge summaries are sent to GPs within 24 hours of "
         "discharge.",
         [
             ("SD3.1", "Roll out the electronic discharge summary template to all medical wards and "
                       "monitor timeliness monthly.",
              "Clinical Director – Acute Medicine", "Q4 2024/25", None, "G", "G",
              "Live on 9 of 12 wards; 88% sent within 24 hours."),
         ]),
    ]),
]
RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def uhdb_sheet(ws, sections):
    headers = ["Ref", "Regulation", "Must do / should do and actions", "Lead",
               "Original completion date", "Revised completion date", "Previous RAG",
               "Current RAG", "Progress update (January 2025)"]
    widths = [9, 22, 62, 30, 14, 14, 10, 10, 48]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for i, h in enumerate(headers, 1):
        c = ws.cell(1, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    r = 2
    for section, items in sections:
        c = ws.cell(r, 1, section)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2E75B6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for ref, reg, text, acts in items:
            for i, v in enumerate([ref, reg, text], 1):
                c = ws.cell(r, i, v)
                c.font = Font(bold=True)
                c.alignment = WRAP
            for i in range(1, 10):
                ws.cell(r, i).fill = fill(PALE)
                ws.cell(r, i).border = BOX
            ws.row_dimensions[r].height = 45
            r += 1
            for aref, action, lead, orig, rev, prev, cur, upd in acts:
                vals = [aref, None, action, lead, orig, rev, prev, cur, upd]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(r, 7).fill = fill(RAG_FILL[prev])
                ws.cell(r, 8).fill = fill(RAG_FILL[cur])
                ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
                ws.row_dimensions[r].height = 45
                r += 1
    ws.freeze_panes = "A2"


def make_uhdb(path):
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv.column_dimensions["A"].width = 22
    for col in "BCDE":
        cv.column_dimensions[col].width = 14
    cv["A1"] = UHDB_TITLE
    cv["A1"].font = Font(bold=True, size=14)
    cv["A3"] = ("Inspection: Urgent and emergency care (Royal Derby Hospital) and Medical care "
                "(Queen's Hospital Burton), 5–7 March 2024. Report published 20 June 2024.")
    cv["A4"] = "Report to: Quality Assurance Committee, 22 January 2025"
    cv["A5"] = "Executive lead: Chief Nurse"
    cv["A7"] = "Position statement (number of actions)"
    cv["A7"].font = Font(bold=True)
    summary = [("Status", "Must do", "Should do", "Total"),
               ("Complete (B)", 3, 1, 4),
               ("On track (G)", 1, 2, 3),
               ("At risk (A)", 1, 0, 1),
               ("Off track (R)", 1, 0, 1),
               ("Total", 6, 3, 9)]
    for i, row in enumerate(summary):
        for j, v in enumerate(row):
            c = cv.cell(8 + i, 1 + j, v)
            c.border = BOX
            if i == 0 or i == len(summary) - 1:
                c.font = Font(bold=True)
    cv["A15"] = "RAG key"
    cv["A15"].font = Font(bold=True)
    key = [("B", "Complete – evidence assured by the Quality Assurance Committee"),
           ("G", "On track to deliver by the completion date"),
           ("A", "At risk of not delivering by the completion date"),
           ("R", "Not delivered by the completion date / off track")]
    for i, (k, txt) in enumerate(key):
        c = cv.cell(16 + i, 1, k)
        c.fill = fill(RAG_FILL[k])
        c.alignment = Alignment(horizontal="center")
        cv.cell(16 + i, 2, txt)
    uhdb_sheet(wb.create_sheet("Must Do"), UHDB_MUST)
    uhdb_sheet(wb.create_sheet("Should Do"), UHDB_SHOULD)
    wb.save(path)


# ---------------------------------------------------------------------------
# 5. The Castle Partnership (GP) - CQC inspection action plan (txt, Word plain-text export)
# ---------------------------------------------------------------------------
CASTLE_TITLE = "The Castle Partnership – CQC Inspection Action Plan"
CASTLE_REGS = [
    ("Regulation 12: Safe care and treatment",
     "The provider did not have an effective system to ensure that patients prescribed high-risk "
     "medicines received the required monitoring before their medicines were reissued.",
     [
         ("12.1", "Run a full search of patients prescribed methotrexate, lithium, DOACs and "
                  "azathioprine and recall all those overdue monitoring.",
          "Clinical Pharmacist", "31/05/2024", "Complete"),
         ("12.2", "Add monitoring alerts to the clinical system so that repeat prescriptions cannot be "
                  "issued without a clinician's review when blood tests are overdue.",
          "Dr H Lambert (GP Partner)", "End of June 2024", "Complete"),
         ("12.3", "Repeat the high-risk medicines audit every quarter and present the results at the "
                  "clinical meeting.",
          "Dr S Iqbal / Clinical Pharmacist", "Ongoing – quarterly", "On track"),
     ]),
    ("Regulation 17: Good governance",
     "The provider did not have effective systems to assess, monitor and mitigate risks, including "
     "the management of patient safety alerts and staff training records.",
     [
         ("17.1", "Create a patient safety alert log recording each MHRA and CAS alert, the searches "
                  "run and the action taken, reviewed at the monthly practice meeting.",
          "Practice Manager", "30/06/2024", "Complete"),
         ("17.2", "Move all staff training records to the training matrix on the practice intranet "
                  "and set reminders for renewals due within 60 days.",
          "Practice Manager and Reception Supervisor", "30/09/24", "On track"),
         ("17.3", "Complete and act on an annual infection prevention and control audit, including "
                  "the Earlham Road branch surgery.",
          "Lead Practice Nurse", "Oct-24", "Not yet started"),
     ]),
]
CASTLE_SHOULD_HEADING = "Should do (areas where the practice should improve)"
CASTLE_SHOULD = [
    ("SD1", "Continue to improve uptake of cervical screening.",
     "Offer evening and Saturday smear clinics and send text reminders to eligible patients who have "
     "not responded to two invitations.",
     "Lead Practice Nurse", "31/12/2024", "On track"),
    ("SD2", "Improve patient access by telephone.",
     "Install a cloud telephony system with call-back and queue position, and publish monthly "
     "call-answering data.",
     "Practice Manager", "August 2024", "Complete"),
    ("SD3", "Ensure that all staff who act as chaperones have received training.",
     "Deliver chaperone training to all reception and administrative staff who act as chaperones, "
     "and record it on the training matrix.",
     "Practice Manager", "30/09/2024", "At risk"),
]


def make_castle(path):
    L = [
        CASTLE_TITLE,
        "Location: The Castle Partnership, Norwich",
        "Assessment: 17 April 2024 (on-site assessment)\tReport published: 3 June 2024",
        "Overall rating: Requires improvement (Safe: Requires improvement; Well-led: Requires "
        "improvement)",
        "Action plan owner: Practice Manager\tAgreed at partners' meeting: 12 June 2024\tLast "
        "updated: 9 September 2024",
        "",
    ]
    for heading, finding, acts in CASTLE_REGS:
        L.append(heading)
        L.append(finding)
        L.append("Ref\tAction\tLead\tBy when\tStatus")
        for row in acts:
            L.append("\t".join(row))
        L.append("")
    L.append(CASTLE_SHOULD_HEADING)
    L.append("Ref\tThe practice should\tAction\tLead\tBy when\tStatus")
    for row in CASTLE_SHOULD:
        L.append("\t".join(row))
    L.append("")
    L.append("Status key: Complete (blue) | On track (green) | At risk (amber) – may not be "
             "completed by the date shown | Off track (red) | Not yet started")
    L.append("Progress is reviewed at the monthly practice meeting and reported to the partners.")
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------------------
# 6. The Priory Hospital Preston - CQC mental health must/should do action plan (docx)
# ---------------------------------------------------------------------------
PRIORY_TITLE = "The Priory Hospital Preston – CQC Action Plan"
PRIORY = [
    ("Section A: Must do actions", [
        ("MD1: The provider must ensure that staff complete and record patient observations during "
         "periods of enhanced observation in line with the provider's policy (Regulation 12 Safe "
         "care and treatment).", [
             ("1.1", "Introduce an observation record audit of 10 records per ward per week, with "
                     "results reported at the daily safety huddle.",
              "Ward Manager, Ribble Ward", "30/06/2024", "Completed"),
             ("1.2", "Provide face-to-face supervision for all healthcare assistants on therapeutic "
                     "engagement and observation practice.",
              "Director of Clinical Services", "31 Aug 2024", "Completed"),
         ]),
        ("MD2: The provider must ensure that there are sufficient numbers of suitably qualified, "
         "competent and experienced staff on each shift, including a registered nurse on Calder Ward "
         "at all times (Regulation 18 Staffing).", [
             ("2.1", "Recruit to 6.0 WTE registered nurse vacancies through a targeted campaign with "
                     "the University of Central Lancashire.",
              "Hospital Director / HR Business Partner", "December 2024", "Behind plan"),
             ("2.2", "Use the safer staffing tool on every shift and escalate any shift without a "
                     "registered nurse to the on-call senior manager.",
              "Director of Clinical Services", "Monthly (ongoing)", "On track"),
         ]),
        ("MD3: The provider must ensure that patients detained under the Mental Health Act have their "
         "rights explained to them and that this is recorded (Regulation 9 Person-centred care).", [
             ("3.1", "Add a section 132 rights prompt to the electronic patient record and audit "
                     "completion monthly through the MHA office.",
              "Dr N Chaudhry (Consultant Psychiatrist) and MHA Administrator", "July 2024",
              "Completed"),
         ]),
    ]),
    ("Section B: Should do actions", [
        ("SD1: The provider should ensure that ligature risk assessments are reviewed following any "
         "change to the ward environment.", [
             ("4.1", "Review the ligature risk assessment for Ribble Ward after the bathroom "
                     "refurbishment is completed.",
              "Estates Manager", "30/09/2024", "Not achieved"),
         ]),
        ("SD2: The provider should ensure that patients are involved in planning their care and are "
         "offered a copy of their care plan.", [
             ("5.1", "Hold a patient focus group on each ward to co-design a one-page 'My Care Plan' "
                     "summary.",
              "Patient Experience Lead", "31/10/2024", "On track"),
             ("5.2", "Audit care plans quarterly for evidence of patient involvement and of a copy "
                     "being offered.",
              "Quality Improvement Lead", "Quarterly", "On track"),
         ]),
    ]),
]
PRIORY_FILL = {"Completed": BLUE, "On track": GREEN, "Behind plan": AMBER, "Not achieved": RED}


def make_priory(path):
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Priory Healthcare")
    r.bold = True
    r.font.size = Pt(9)
    doc.add_heading(PRIORY_TITLE, level=0)
    for line in [
        "Core service inspected: Acute wards for adults of working age and psychiatric intensive care "
        "units (Ribble Ward and Calder Ward)",
        "Inspection: 23–24 January 2024 (unannounced, focused)    Report published: 2 May 2024",
        "Accountable officer: Hospital Director",
    ]:
        doc.add_paragraph(line)

    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    rows = [("Version", "Date", "Updated by", "Comment"),
            ("1", "30/05/2024", "Hospital Director", "Submitted to CQC"),
            ("2", "14/10/2024", "Quality Improvement Lead",
             "Progress update for the Regional Governance Meeting")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if i == 0:
                bold_cell(t.cell(i, j), v)
            else:
                t.cell(i, j).text = v
    doc.add_paragraph()
    doc.add_paragraph("Status key: Completed = blue; On track = green; Behind plan = amber; "
                      "Not achieved = red")

    for section, items in PRIORY:
        doc.add_heading(section, level=1)
        for text, acts in items:
            t = doc.add_table(rows=2 + len(acts), cols=5)
            t.style = "Table Grid"
            m = t.cell(0, 0).merge(t.cell(0, 4))
            bold_cell(m, text)
            shade(m, PALE)
            for j, h in enumerate(["No.", "Action", "Responsible", "Completion date", "Status"]):
                bold_cell(t.cell(1, j), h)
                shade(t.cell(1, j), GREY)
            for i, (ref, action, lead, when, status) in enumerate(acts, start=2):
                for j, v in enumerate([ref, action, lead, when, status]):
                    t.cell(i, j).text = v
                shade(t.cell(i, 4), PRIORY_FILL[status])
            for row in t.rows:
                for j, w in enumerate([Cm(1.3), Cm(11.5), Cm(6.0), Cm(3.5), Cm(3.0)]):
                    row.cells[j].width = w
            doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported monthly to the Hospital Clinical "
                      "Governance Meeting and quarterly to the Priory Regional Quality Meeting.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 7. North Sea Transition Authority - ARC internal audit recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
NSTA_TITLE = "North Sea Transition Authority – Internal Audit Recommendations Tracker"
NSTA_HEADER = ["Ref", "Audit report", "Assurance opinion", "Priority", "Recommendation",
               "Agreed management action", "Action owner", "Original due date",
               "Revised due date", "Status", "Update"]
NSTA_OPEN = [
    ("2023-04.1", "Cyber Security – Incident Response (2023/24)", "Limited", "High",
     "The cyber incident response plan should be tested at least annually with senior leaders.",
     "Run a tabletop exercise of the cyber incident response plan with the Executive Committee and "
     "record the lessons learned.",
     "Chief Information Officer", d(2024, 3, 31), d(2024, 9, 30), "Complete",
     "Exercise held 17 September 2024; lessons learned log approved by ExCo."),
    ("2023-04.2", "Cyber Security – Incident Response (2023/24)", "Limited", "Medium",
     "Roles in the incident response plan should have named deputies.",
     "Update the incident response plan to name deputies for each critical role and publish it on "
     "the intranet.",
     "Head of Cyber Security", d(2024, 3, 31), d(2024, 12, 31), "Overdue",
     "Plan redrafted; awaiting sign-off by the Chief Operating Officer."),
    ("2024-02.1", "Levy and Fees Income (2024/25)", "Moderate", "Medium",
     "Reconciliations between the licence database and the finance system should be performed "
     "monthly and independently reviewed.",
     "Introduce a monthly reconciliation with evidence of independent review by the Financial "
     "Controller.",
     "Finance Director", d(2024, 9, 30), d(2025, 1, 31), "Complete",
     "Reconciliations performed monthly since October 2024."),
    ("2024-02.2", "Levy and Fees Income (2024/25)", "Moderate", "Low",
     "The fees procedure note should be updated to reflect current practice.",
     "Revise and republish the fees procedure note.",
     "Head of Financial Accounting", d(2024, 12, 31), None, "In progress",
     "Draft with Finance Director for review."),
    ("2024-03.1", "Stewardship and Licence Compliance Monitoring (2024/25)", "Limited", "High",
     "A risk-based schedule of compliance reviews should be defined and approved.",
     "Agree a risk-based compliance review schedule for 2025/26 and present it to the Executive "
     "Committee.",
     "Director of Regulation", d(2025, 3, 31), None, "On track",
     "Draft schedule discussed at the Regulation leadership team in February."),
    ("2024-03.2", "Stewardship and Licence Compliance Monitoring (2024/25)", "Limited", "Medium",
     "Compliance findings should be recorded in a single system so that trends can be reported.",
     "Migrate compliance findings from local spreadsheets into the case management system.",
     "Head of Licensing / Head of Data", d(2025, 6, 30), "Agust 2025", "Revised date requested",
     "Dependent on case management system upgrade; revised date to be confirmed at the March ARC."),
    ("2024-05.1", "Business Continuity Planning (2024/25)", "Moderate", "Medium",
     "Business impact assessments should be refreshed for all critical services.",
     "Refresh business impact assessments for all critical services and update the business "
     "continuity plan.",
     "Chief Operating Officer", d(2025, 4, 30), None, "On track",
     "Seven of eleven assessments refreshed."),
    ("2024-05.2", "Business Continuity Planning (2024/25)", "Moderate", "Low",
     "Evacuation arrangements for the Aberdeen office should be tested.",
     "Carry out a full evacuation test of the Aberdeen office and record the results.",
     "Facilities Manager (Aberdeen)", d(2025, 5, 31), None, "Not started",
     "Test to be scheduled with the landlord."),
]
NSTA_CLOSED = [
    ("2023-02.1", "Procurement and Contract Management (2023/24)", "Moderate", "Medium",
     "Contract registers should record contract owners.",
     "Add contract owners to the contract register.", "Head of Commercial",
     d(2024, 6, 30), None, "Closed", "Verified by GIAA in January 2025."),
    ("2023-02.2", "Procurement and Contract Management (2023/24)", "Moderate", "Low",
     "Waivers should be reported to the Audit and Risk Committee.",
     "Report procurement waivers to each ARC meeting.", "Head of Commercial",
     d(2024, 9, 30), None, "Closed", "Standing item since the September 2024 ARC."),
]
NSTA_TYPO_ROW = None  # set by make_nsta


def nsta_table(ws, start_row, rows):
    widths = [11, 28, 11, 9, 44, 48, 24, 13, 13, 14, 40]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for i, h in enumerate(NSTA_HEADER, 1):
        c = ws.cell(start_row, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("0B5563")
        c.alignment = WRAP
        c.border = BOX
    r = start_row + 1
    typo_row = None
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd-mmm-yy"
            if isinstance(v, str) and v == "Agust 2025":
                typo_row = r
        r += 1
    return r, typo_row


def make_nsta(path):
    global NSTA_TYPO_ROW
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm.column_dimensions["A"].width = 26
    sm["A1"] = NSTA_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Committee, 11 March 2025 – Paper ARC(25)07"
    sm["A4"] = "Open recommendations by status and priority"
    sm["A4"].font = Font(bold=True)
    counts = {}
    for row in NSTA_OPEN:
        counts[(row[9], row[3])] = counts.get((row[9], row[3]), 0) + 1
    statuses = ["Complete", "On track", "In progress", "Revised date requested", "Overdue",
                "Not started"]
    hdr = ["Status", "High", "Medium", "Low", "Total"]
    for j, h in enumerate(hdr):
        c = sm.cell(5, 1 + j, h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, s in enumerate(statuses):
        vals = [counts.get((s, p), 0) for p in ("High", "Medium", "Low")]
        for j, v in enumerate([s] + vals + [sum(vals)]):
            sm.cell(6 + i, 1 + j, v).border = BOX
    tr = 6 + len(statuses)
    tot = [sum(counts.get((s, p), 0) for s in statuses) for p in ("High", "Medium", "Low")]
    for j, v in enumerate(["Total"] + tot + [sum(tot)]):
        c = sm.cell(tr, 1 + j, v)
        c.font = Font(bold=True)
        c.border = BOX
    sm.cell(tr + 2, 1, "Recommendations marked Complete are verified by GIAA before they move to "
                       "the Closed sheet.")

    op = wb.create_sheet("Open recommendations")
    op["A1"] = NSTA_TITLE
    op["A1"].font = Font(bold=True, size=13)
    op["A2"] = ("Position at 28 February 2025. Recommendations raised by the Government Internal "
                "Audit Agency (GIAA).")
    r, NSTA_TYPO_ROW = nsta_table(op, 4, NSTA_OPEN)
    op.cell(r + 1, 1, "Priority: High – fundamental control weakness; Medium – significant "
                      "weakness; Low – improvement to control or efficiency.")
    op.freeze_panes = "A5"

    cl = wb.create_sheet("Closed since last ARC")
    cl["A1"] = "Recommendations closed since the November 2024 ARC"
    cl["A1"].font = Font(bold=True)
    nsta_table(cl, 3, NSTA_CLOSED)
    wb.save(path)


FILES = {
    "nv1-honywood-school-post-ofsted-action-plan.xlsx": make_honywood,
    "nv1-east-surrey-college-sar-quality-improvement-plan-2024-25.docx": make_esc,
    "nv1-mindful-education-ofsted-apprenticeships-post-inspection-action-plan.csv": make_mindful,
    "nv1-university-hospitals-of-derby-and-burton-nhsft-cqc-must-should-do-action-plan.xlsx":
        make_uhdb,
    "nv1-castle-partnership-gp-cqc-inspection-action-plan.txt": make_castle,
    "nv1-priory-hospital-preston-cqc-mental-health-must-should-do-action-plan.docx": make_priory,
    "nv1-north-sea-transition-authority-arc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx":
        make_nsta,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
    print("NSTA typo row:", NSTA_TYPO_ROW)


if __name__ == "__main__":
    main()
