"""Build the seven in1- blind cases of set heldout282.

Run with /work/main/.venv/bin/python in1_make.py  (writes the data files beside this script).

Each case's data is kept in a table below together with the reading a person makes of it
(ref, under, lead, end, status); the data files are written from the cell/line text only.
"""
import csv
import datetime as dt
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, GREY = "0070C0", "00B050", "FFC000", "FF0000", "D9D9D9"


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------------------------
# 1. Chesterton Community College - post-Ofsted action plan (docx, a table per priority)
# ---------------------------------------------------------------------------------------------
CHESTERTON_TITLE = "Chesterton Community College – Post-Ofsted Action Plan 2024–25"
CHESTERTON = [
    {
        "heading": "Priority 1: Curriculum in key stage 3",
        "afi": "In a small number of subjects in key stage 3, leaders have not identified precisely "
               "enough the important knowledge that pupils should learn and when. Leaders should "
               "ensure that curriculum thinking in these subjects is as well developed as it is in "
               "the rest of the school.",
        "rows": [
            # ref, action, lead cell, timescale cell, success criteria, fill, [expected lead], end, end_text, status
            ("1.1", "Subject leaders in geography, computing and music to review key stage 3 curriculum "
                    "maps and identify the core knowledge to be taught in each unit.",
             "Deputy Headteacher (Quality of Education)", "Autumn term 2024",
             "Revised curriculum maps published on the shared drive and reviewed by SLT line managers.",
             GREEN, ["Deputy Headteacher (Quality of Education)"], "2024-12", "Autumn term 2024", "blue"),
            ("1.2", "Line-management meetings to include a termly 'curriculum deep dive' in each of the "
                    "three subjects, using pupil book looks and pupil voice.",
             "AHT Teaching & Learning", "Termly",
             "Deep dive notes show pupils can recall the core knowledge from previous units.",
             AMBER, ["AHT Teaching & Learning"], None, "Termly", "amber"),
            ("1.3", "Twilight CPD for all key stage 3 teachers on retrieval practice and checking prior "
                    "knowledge at the start of each unit.",
             "AHT Teaching & Learning / Lead Practitioner", "Spring term 2025",
             "Learning walks show retrieval starters used in at least 90% of lessons seen.",
             GREEN, ["AHT Teaching & Learning", "Lead Practitioner"], "2025-04", "Spring term 2025", "blue"),
        ],
    },
    {
        "heading": "Priority 2: Attendance and persistent absence",
        "afi": "Too many pupils, including disadvantaged pupils and those with special educational needs "
               "and/or disabilities (SEND), are persistently absent. Leaders should continue to refine "
               "their work with families so that these pupils attend school regularly.",
        "rows": [
            ("2.1", "Introduce weekly attendance panels for pupils below 90% attendance, with a named key "
                    "worker for each pupil.",
             "Attendance Officer; Heads of Year", "September 2024",
             "Panel minutes show actions agreed and reviewed for every pupil below 90%.",
             GREEN, ["Attendance Officer", "Heads of Year"], "2024-09", None, "blue"),
            ("2.2", "Early help meetings offered to families of disadvantaged pupils whose attendance falls "
                    "below 85%, with support from the local authority attendance team.",
             "DSL / SENDCo", "31/03/2025",
             "Persistent absence of disadvantaged pupils reduced from 31% to below 25%.",
             AMBER, ["DSL", "SENDCo"], "2025-03", None, "amber"),
            ("2.3", "Analyse attendance of pupils with SEND by year group each half term and report to "
                    "governors.",
             "SENDCo", "Half-termly",
             "Governors' minutes record challenge on SEND attendance at each meeting.",
             AMBER, ["SENDCo"], None, "Half-termly", "amber"),
            ("2.4", "Launch rewards scheme for improved attendance (Year 7–9 pilot).",
             "AHT Behaviour & Attendance", "Summer term 2025",
             "Attendance of pilot cohort improves by at least 2 percentage points.",
             None, ["AHT Behaviour & Attendance"], "2025-07", "Summer term 2025", "unrated"),
        ],
    },
    {
        "heading": "Priority 3: Personal development – relationships and sex education",
        "afi": "Some pupils do not have a secure understanding of aspects of the personal, social, health "
               "and economic (PSHE) curriculum, including consent and healthy relationships. Leaders "
               "should make sure that the PSHE curriculum is delivered consistently well so that pupils "
               "remember what they have been taught.",
        "rows": [
            ("3.1", "Move PSHE from drop-down days to a weekly timetabled lesson taught by a specialist team.",
             "Deputy Headteacher (Personal Development)", "September 2024",
             "PSHE on the timetable for all year groups from September 2024.",
             GREEN, ["Deputy Headteacher (Personal Development)"], "2024-09", None, "blue"),
            ("3.2", "Survey pupils in Years 8 and 10 on their recall of RSE content and use the results to "
                    "adjust the scheme of work.",
             "PSHE Lead", "Spring term 2025",
             "Survey completed by at least 80% of pupils; scheme of work amended.",
             RED, ["PSHE Lead"], "2025-04", "Spring term 2025", "red"),
            ("3.3", "Termly governor visit to PSHE lessons, reported to the Standards Committee.",
             "Link Governor (Personal Development)", "Ongoing",
             "Visit notes received by the Standards Committee each term.",
             AMBER, ["Link Governor (Personal Development)"], None, "Ongoing", "amber"),
        ],
    },
]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bold_cell(cell, text, italic=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    run.italic = italic


def landscape(document):
    s = document.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def make_chesterton(path):
    d = docx.Document()
    landscape(d)
    d.add_heading(CHESTERTON_TITLE, level=0)
    d.add_paragraph("Following the graded inspection of 14–15 May 2024 (report published 27 June 2024). "
                    "Overall effectiveness: Good. This plan sets out how the college will address the "
                    "areas for improvement identified by inspectors.")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "3.0 (Spring review)"),
                 ("Author", "Deputy Headteacher (Quality of Education)"),
                 ("Approved by", "Local Governing Body, 23 January 2025"),
                 ("Next review", "Standards Committee, June 2025")]:
        r = t.add_row().cells
        bold_cell(r[0], k)
        r[1].text = v

    d.add_heading("RAG key", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for fill, name, meaning in [(GREEN, "Green", "Action completed and impact seen"),
                                (AMBER, "Amber", "In progress and on track"),
                                (RED, "Red", "Behind schedule or at risk"),
                                (None, "No colour", "Not yet started")]:
        r = t.add_row().cells
        r[0].text = name
        if fill:
            shade(r[0], fill)
        r[1].text = meaning

    for pri in CHESTERTON:
        d.add_heading(pri["heading"], level=1)
        t = d.add_table(rows=0, cols=6)
        t.style = "Table Grid"
        r = t.add_row()
        m = r.cells[0].merge(r.cells[5])
        m.text = ""
        run = m.paragraphs[0].add_run(pri["afi"])
        run.italic = True
        shade(m, "DEEAF6")
        r = t.add_row().cells
        for c, h in zip(r, ["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG"]):
            bold_cell(c, h)
            shade(c, GREY)
        for row in pri["rows"]:
            ref, action, lead, when, success, fill = row[:6]
            r = t.add_row().cells
            r[0].text, r[1].text, r[2].text, r[3].text, r[4].text = ref, action, lead, when, success
            if fill:
                shade(r[5], fill)
        r = t.add_row()
        m = r.cells[0].merge(r.cells[5])
        m.text = "Monitoring: progress reviewed by SLT fortnightly and reported to the Standards Committee each term."
        d.add_paragraph("")

    d.add_paragraph("Signed: Headteacher ______________________    Chair of the Local Governing Body ______________________")
    d.save(path)


# ---------------------------------------------------------------------------------------------
# 2. Capel Manor College - post-inspection action plan (xlsx: cover, key, PIAP, summary)
# ---------------------------------------------------------------------------------------------
CAPEL_TITLE = "Capel Manor College Post-Inspection Action Plan 2024–25"
CAPEL = [
    ("Theme 1: Apprenticeships",
     "Leaders and managers should ensure that apprentices' off-the-job training is planned and recorded "
     "accurately, and that employers are involved in reviews of apprentices' progress.",
     [
         # ref, action, lead, original, revised, progress, previous, current fill, [lead], end, end_text, status
         ("1.1", "Re-issue off-the-job training guidance to all apprenticeship staff and employers, with a "
                 "standard weekly log template.",
          "Head of Apprenticeships", D(2024, 6, 30), None,
          "Guidance re-issued June 2024; log in use across all standards.", "G", BLUE,
          ["Head of Apprenticeships"], "2024-06", None, "blue"),
         ("1.2", "Tripartite progress reviews every 10–12 weeks with the employer present, recorded on the "
                 "e-portfolio.",
          "Apprenticeship Team Leaders; Skills Coaches", D(2024, 10, 31), D(2025, 1, 31),
          "89% of reviews in the spring term had the employer present; target 95%.", "A", GREEN,
          ["Apprenticeship Team Leaders", "Skills Coaches"], "2025-01", None, "green"),
         ("1.3", "Monthly compliance audit of off-the-job hours, with exceptions reported to the "
                 "Apprenticeship Board.",
          "Head of Quality", "Monthly", None,
          "Audits completed September to February; exceptions down from 14 to 5.", "G", GREEN,
          ["Head of Quality"], None, "Monthly", "green"),
     ]),
    ("Theme 2: Education programmes for young people",
     "Leaders should make sure that learners on level 1 and level 2 programmes improve their English and "
     "mathematics skills and that more of them achieve their qualifications.",
     [
         ("2.1", "Appoint a dedicated maths and English manager for the Enfield and Crystal Palace campuses.",
          "Vice Principal Curriculum & Quality", D(2024, 8, 31), None,
          "Appointed August 2024.", "G", BLUE,
          ["Vice Principal Curriculum & Quality"], "2024-08", None, "blue"),
         ("2.2", "Introduce diagnostic assessment in the first two weeks of the programme and set individual "
                 "targets for each learner.",
          "Maths and English Manager", D(2024, 9, 30), D(2024, 10, 31),
          "Diagnostics completed for 97% of learners by half term.", "A", BLUE,
          ["Maths and English Manager"], "2024-10", None, "blue"),
         ("2.3", "Track attendance at English and maths lessons weekly; learners below 85% referred to the "
                 "Learner Services team.",
          "Maths and English Manager / Head of Learner Services", D(2024, 12, 31), D(2025, 5, 31),
          "Attendance at 81% (target 88%); revised date agreed at March SLT.", "R", AMBER,
          ["Maths and English Manager", "Head of Learner Services"], "2025-05", None, "amber"),
     ]),
    ("Theme 3: Leadership and management",
     "Governors should receive more detailed information about the quality of education so that they can "
     "hold leaders to account effectively.",
     [
         ("3.1", "Redesign the quality report to governors to include learner progress data by curriculum "
                 "area and by type of provision.",
          "Vice Principal Curriculum & Quality; Clerk to the Corporation", D(2024, 11, 30), None,
          "New format used at the December 2024 Quality & Standards Committee.", "G", GREEN,
          ["Vice Principal Curriculum & Quality", "Clerk to the Corporation"], "2024-11", None, "green"),
         ("3.2", "Governor link scheme: each curriculum area paired with a governor who attends one learning "
                 "walk per term.",
          "Clerk to the Corporation", "July 2025", None,
          "Not started – first visits planned for the summer term.", None, None,
          ["Clerk to the Corporation"], "2025-07", None, "unrated"),
     ]),
]


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def make_capel(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = CAPEL_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    for i, (k, v) in enumerate([("Inspection dates", "20–23 February 2024"),
                                ("Overall effectiveness", "Requires improvement"),
                                ("Report published", "28 March 2024"),
                                ("Plan owner", "Vice Principal Curriculum & Quality")], start=3):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws["A9"] = "Version control"
    ws["A9"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Comment"], start=1):
        ws.cell(10, j, h).font = Font(bold=True)
    for i, row in enumerate([("1.0", "15/04/2024", "Vice Principal Curriculum & Quality", "First draft for SLT"),
                             ("1.1", "06/06/2024", "Vice Principal Curriculum & Quality",
                              "Approved by Quality & Standards Committee"),
                             ("2.0", "12/03/2025", "Head of Quality", "Spring update – revised dates agreed")],
                            start=11):
        for j, v in enumerate(row, start=1):
            ws.cell(i, j, v)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 36
    ws.column_dimensions["D"].width = 44

    ks = wb.create_sheet("RAG key")
    ks["A1"] = "RAG key"
    ks["A1"].font = Font(bold=True)
    for i, (c, letter, meaning) in enumerate([(BLUE, "B", "Complete – impact evidenced"),
                                              (GREEN, "G", "On track"),
                                              (AMBER, "A", "Some slippage – revised date agreed"),
                                              (RED, "R", "Off track – escalate to SLT"),
                                              (None, "", "Not started (no colour)")], start=2):
        cell = ks.cell(i, 1, letter or None)
        if c:
            cell.fill = fill(c)
        ks.cell(i, 2, meaning)
    ks.column_dimensions["B"].width = 40

    ws = wb.create_sheet("PIAP")
    ws["A1"] = CAPEL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress update: March 2025"
    heads = ["Ref", "Area for improvement", "Action", "Lead(s)", "Original target date",
             "Revised target date", "Progress update (March 2025)", "Previous RAG", "Current RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, afi, rows in CAPEL:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(r, j).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        first = r
        ws.cell(r, 2, afi)
        for row in rows:
            ref, action, lead, orig, rev, prog, prev, cur = row[:8]
            vals = [ref, None, action, lead, orig, rev, prog, prev, None]
            for j, v in enumerate(vals, start=1):
                if v is not None:
                    ws.cell(r, j, v)
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            for j in (5, 6):
                if isinstance(ws.cell(r, j).value, dt.datetime):
                    ws.cell(r, j).number_format = "dd/mm/yyyy"
            if cur:
                ws.cell(r, 9).fill = fill(cur)
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(first, 2).alignment = WRAP
    r += 1
    ws.cell(r, 1, "Note: revised target dates were agreed by the Quality & Standards Committee on 11 March 2025. "
                  "Current RAG is shown by colour – see the RAG key sheet.")
    for col, w in zip("ABCDEFGHI", [7, 40, 52, 30, 14, 14, 44, 10, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of current RAG – March 2025"
    ss["A1"].font = Font(bold=True)
    ss["A3"], ss["B3"] = "Current RAG", "Number of actions"
    for i, (lab, n) in enumerate([("Complete (B)", 3), ("On track (G)", 3), ("Some slippage (A)", 1),
                                  ("Off track (R)", 0), ("Not started", 1), ("Total", 8)], start=4):
        ss.cell(i, 1, lab)
        ss.cell(i, 2, n)
    ss.column_dimensions["A"].width = 22
    wb.active = 2
    wb.save(path)


# ---------------------------------------------------------------------------------------------
# 3. University of Winchester - apprenticeships PIAP (xlsx: title block, key, recommendation rows)
# ---------------------------------------------------------------------------------------------
WINCH_TITLE = "University of Winchester – Apprenticeships Post-Inspection Action Plan (PIAP)"
WINCH_FILLS = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
WINCH = [
    ("Recommendation 1: Leaders should ensure that tutors and workplace mentors coordinate on- and "
     "off-the-job training so that apprentices can apply new knowledge in the workplace promptly.",
     [
         # no., action, responsible, target, progress, status, [lead], end, end_text, expected status
         ("1a", "Introduce a shared training plan on the e-portfolio that mentors can view and comment on "
                "before each module begins.",
          "Apprenticeship Programme Leads", D(2025, 1, 31),
          "Shared plans live for all level 6 programmes from January 2025.", "Complete",
          ["Apprenticeship Programme Leads"], "2025-01", None, "blue"),
         ("1b", "Run termly mentor development sessions covering the module calendar, workplace activities "
                "and how to record off-the-job training.",
          "Work-Based Learning Coordinator / Employer Engagement Manager", "Termly",
          "Sessions held November and February; 64 mentors attended.", "On track",
          ["Work-Based Learning Coordinator", "Employer Engagement Manager"], None, "Termly", "green"),
     ]),
    ("Recommendation 2: Leaders should make sure that apprentices who fall behind are identified swiftly "
     "and that the support put in place helps them to catch up quickly.",
     [
         ("2a", "Monthly progress review meeting for each programme to RAG-rate every apprentice against "
                "their planned progress.\nApprentices rated red to be given an individual catch-up plan "
                "within two weeks.",
          "Director of Apprenticeships", D(2025, 2, 28),
          "Meetings in place for all programmes; 23 catch-up plans agreed.", "Complete",
          ["Director of Apprenticeships"], "2025-02", None, "blue"),
         ("2b", "Add an 'at risk of a break in learning' flag to the apprenticeship dashboard and report the "
                "number of flagged apprentices to the Apprenticeship Quality Board.",
          "KM, JT", "By 30 April 2025",
          "Dashboard change delayed by the student records upgrade.", "At risk",
          ["KM", "JT"], "2025-04", None, "amber"),
         ("2c", "Skills coaches to complete a catch-up review with every apprentice returning from a break "
                "in learning.",
          "Apprenticeship Skills Coaches", D(2025, 5, 31),
          "Only 9 of 21 returners reviewed to date.", "Off track",
          ["Apprenticeship Skills Coaches"], "2025-05", None, "red"),
     ]),
    ("Recommendation 3: Leaders should improve the information they give to governors about apprenticeships "
     "so that governors can challenge leaders effectively.",
     [
         ("3a", "Quarterly apprenticeship report to the Academic Quality and Standards Committee, including "
                "achievement, withdrawal and progress data.",
          "Director of Apprenticeships", "Ongoing",
          "December and March reports received.", "On track",
          ["Director of Apprenticeships"], None, "Ongoing", "green"),
         ("3b", "Governor with apprenticeship expertise to join the Apprenticeship Quality Board.",
          "Clerk to the Board of Governors", D(2025, 1, 31),
          "Governor attended from the January 2025 meeting.", "Complete",
          ["Clerk to the Board of Governors"], "2025-01", None, "blue"),
     ]),
    ("Recommendation 4: Leaders should ensure that apprentices develop a secure understanding of the risks of "
     "radicalisation and extremism relevant to their workplace and local area.",
     [
         ("4a", "Embed a Prevent and British values topic into each progress review, using sector-specific "
                "case studies.",
          "Designated Safeguarding Lead; Programme Leads", D(2025, 6, 30),
          "Case studies written for nursing, policing and business programmes.", "On track",
          ["Designated Safeguarding Lead", "Programme Leads"], "2025-06", None, "green"),
         ("4b", "Add a question on Prevent awareness to the apprentice survey and report results by programme.",
          "Apprenticeship Quality Manager", D(2025, 7, 31),
          "", "Not started",
          ["Apprenticeship Quality Manager"], "2025-07", None, "unrated"),
     ]),
]


def make_winchester(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = WINCH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted full inspection: 5–8 November 2024 | Overall effectiveness: Requires improvement"
    ws["A3"] = ("Plan owner: Director of Apprenticeships | Reporting to: Apprenticeship Quality Board and "
                "Academic Quality and Standards Committee")
    ws["A4"] = "Last updated: 17 March 2025"
    ws["A6"] = "Status key:"
    ws["A6"].font = Font(bold=True)
    for j, (lab, c) in enumerate(WINCH_FILLS.items(), start=2):
        cell = ws.cell(6, j, lab)
        cell.fill = fill(c)
    heads = ["No.", "Recommendation", "Action", "Responsible", "Target date",
             "Progress / evidence of impact", "Status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(8, j, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
    r = 9
    for rec, rows in WINCH:
        ws.cell(r, 2, rec).font = Font(bold=True)
        ws.cell(r, 2).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 32
        r += 1
        for row in rows:
            no, action, resp, target, prog, status = row[:6]
            for j, v in enumerate([no, None, action, resp, target, prog or None, status], start=1):
                if v is not None:
                    ws.cell(r, j, v)
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            if isinstance(target, dt.datetime):
                ws.cell(r, 5).number_format = "mmm-yy"
            if status in WINCH_FILLS:
                ws.cell(r, 7).fill = fill(WINCH_FILLS[status])
            r += 1
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    for lab, n in [("Complete", 3), ("On track", 3), ("At risk", 1), ("Off track", 1),
                   ("Not started", 1), ("Total actions", 9)]:
        r += 1
        ws.cell(r, 2, lab)
        ws.cell(r, 3, n)
    r += 2
    ws.cell(r, 1, "Note: actions 2b and 2c were added following the January 2025 Apprenticeship Quality Board.")
    for col, w in zip("ABCDEFG", [6, 12, 60, 30, 12, 40, 12]):
        ws.column_dimensions[col].width = w

    cl = wb.create_sheet("Change log")
    for j, h in enumerate(["Date", "Change", "By"], start=1):
        cl.cell(1, j, h).font = Font(bold=True)
    for i, row in enumerate([("10/01/2025", "Plan approved by Apprenticeship Quality Board", "Director of Apprenticeships"),
                             ("29/01/2025", "Actions 2b and 2c added", "Apprenticeship Quality Manager"),
                             ("17/03/2025", "Spring progress update", "Apprenticeship Quality Manager")], start=2):
        for j, v in enumerate(row, start=1):
            cl.cell(i, j, v)
    wb.save(path)


# ---------------------------------------------------------------------------------------------
# 4. Bedfordshire Hospitals NHSFT (L&D site) - CQC must do / should do (xlsx: summary + 2 sheets)
# ---------------------------------------------------------------------------------------------
LD_TITLE = ("Bedfordshire Hospitals NHS Foundation Trust – CQC Inspection Action Plan "
            "(Luton and Dunstable University Hospital)")
UEC = "Urgent and emergency care"
MED = "Medical care (including older people's care)"
MAT = "Maternity"
LD_MUST = [
    # ref, core service, regulation, requirement, action, owner, due, revised, progress, BRAG,
    # [lead], end, end_text, status
    ("MD1.1", UEC, "Regulation 12: Safe care and treatment",
     "The trust must ensure that patients in the emergency department receive an initial clinical "
     "assessment within 15 minutes of arrival.",
     "Implement a rapid assessment and treatment (RAT) nurse rota covering 08:00–00:00, seven days a week.",
     "Divisional Director of Nursing (Medicine)", D(2024, 12, 31), None,
     "RAT rota live since 2 December 2024; median time to initial assessment 12 minutes in February.", "B",
     ["Divisional Director of Nursing (Medicine)"], "2024-12", None, "blue"),
    ("MD1.2", None, None, None,
     "Weekly audit of time to initial assessment reported to the Urgent Care Board, with exception "
     "reporting for waits over 30 minutes.",
     "ED Matron / Clinical Lead for Emergency Medicine", D(2025, 1, 31), D(2025, 4, 30),
     "Audit in place; exception report template being finalised with the BI team.", "A",
     ["ED Matron", "Clinical Lead for Emergency Medicine"], "2025-04", None, "amber"),
    ("MD2.1", MED, "Regulation 18: Staffing",
     "The trust must ensure that there are sufficient numbers of suitably qualified nursing staff on the "
     "medical wards at night.",
     "Complete the bi-annual nursing establishment review for all medical wards using the Safer Nursing "
     "Care Tool.",
     "Deputy Chief Nurse", D(2024, 11, 30), None,
     "Review completed and approved at People Committee in November 2024.", "B",
     ["Deputy Chief Nurse"], "2024-11", None, "blue"),
    ("MD2.2", None, None, None,
     "Recruit to 24 WTE registered nurse vacancies, including the international recruitment cohort for "
     "spring 2025.",
     "Head of Nursing Workforce; Associate Director of HR", D(2025, 3, 31), D(2025, 6, 30),
     "17 WTE appointed; 7 in the pipeline.", "G",
     ["Head of Nursing Workforce", "Associate Director of HR"], "2025-06", None, "green"),
    ("MD3.1", MAT, "Regulation 17: Good governance",
     "The trust must ensure that maternity guidelines are reviewed and in date.",
     "Clear the backlog of 31 out-of-date maternity guidelines, prioritising those rated high risk.",
     "Director of Midwifery", D(2025, 2, 28), None,
     "22 of 31 guidelines ratified; remaining 9 scheduled for the April Maternity Guidelines Group.", "R",
     ["Director of Midwifery"], "2025-02", None, "red"),
]
LD_SHOULD = [
    ("SD1.1", UEC,
     "The trust should ensure that mental health risk assessments are completed for all patients "
     "presenting with mental health needs.",
     "Roll out the ED mental health risk assessment e-form and include completion in the monthly ED "
     "quality audit.",
     "ED Matron", D(2025, 1, 31), None, "E-form live; compliance 92% in February.", "B",
     ["ED Matron"], "2025-01", None, "blue"),
    ("SD2.1", MED,
     "The trust should ensure that call bells are within reach of patients.",
     "Add call-bell checks to the hourly intentional rounding chart on all medical wards.",
     "Ward Managers", D(2024, 12, 31), None, "Chart updated; spot checks show 96% compliance.", "G",
     ["Ward Managers"], "2024-12", None, "green"),
    ("SD3.1", MAT,
     "The trust should ensure that staff complete mandatory training in line with the trust target.",
     "Release time for midwives to attend PROMPT training, with 12 additional sessions scheduled in 2025.",
     "Practice Development Midwife", D(2025, 3, 31), D(2025, 9, 30), "Compliance 84% (target 90%).", "A",
     ["Practice Development Midwife"], "2025-09", None, "amber"),
    ("SD3.2", None, None,
     "Monthly mandatory training compliance report by staff group to the Maternity and Neonatal Safety "
     "Champions.",
     "Director of Midwifery / Maternity Governance Lead", "Monthly", None,
     "Report in place from January 2025.", "G",
     ["Director of Midwifery", "Maternity Governance Lead"], None, "Monthly", "green"),
]
BRAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def ld_sheet(wb, name, heading, heads, rows, widths, merge_col):
    ws = wb.create_sheet(name)
    ws["A1"] = heading
    ws["A1"].font = Font(bold=True, size=13)
    for j, h in enumerate(heads, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    block_start = None
    for row in rows:
        vals = list(row[: len(heads)])
        if vals[merge_col - 1] is not None:
            block_start = r
        for j, v in enumerate(vals, start=1):
            if v is not None:
                ws.cell(r, j, v)
            ws.cell(r, j).alignment = WRAP
            ws.cell(r, j).border = BOX
            if isinstance(v, dt.datetime):
                ws.cell(r, j).number_format = "dd-mmm-yy"
        brag = vals[-1]
        ws.cell(r, len(heads)).fill = fill(BRAG_FILL[brag])
        ws.cell(r, len(heads)).alignment = Alignment(horizontal="center", vertical="top")
        if vals[merge_col - 1] is None and block_start is not None:
            ws.merge_cells(start_row=block_start, start_column=merge_col, end_row=r, end_column=merge_col)
        r += 1
    r += 1
    ws.cell(r, 1, "BRAG key: B = Complete and evidenced; G = On track; A = At risk of delay; R = Off track / overdue")
    for col, w in zip("ABCDEFGHIJ", widths):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    return ws


def make_ld(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = LD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Inspection: 9–11 July 2024 (urgent and emergency care; medical care; maternity). "
                "Report published 15 October 2024.")
    ws["A3"] = "Presented to: Quality Committee, 26 March 2025 (position at 14 March 2025)"
    for j, h in enumerate(["Action status", "Must do", "Should do", "Total"], start=1):
        ws.cell(5, j, h).font = Font(bold=True)
    for i, (lab, m, s, c) in enumerate([("Blue – complete and evidenced", 2, 1, BLUE),
                                        ("Green – on track", 1, 2, GREEN),
                                        ("Amber – at risk of delay", 1, 1, AMBER),
                                        ("Red – off track / overdue", 1, 0, RED)], start=6):
        ws.cell(i, 1, lab).fill = fill(c)
        ws.cell(i, 2, m)
        ws.cell(i, 3, s)
        ws.cell(i, 4, m + s)
    ws.cell(10, 1, "Total").font = Font(bold=True)
    ws.cell(10, 2, 5)
    ws.cell(10, 3, 4)
    ws.cell(10, 4, 9)
    ws.column_dimensions["A"].width = 34

    ld_sheet(wb, "Must do", "CQC Must Do actions – position at 14 March 2025",
             ["Ref", "Core service", "Regulation", "What the trust must do", "Action", "Action owner",
              "Due date", "Revised due date", "Progress update", "BRAG"],
             LD_MUST, [8, 22, 22, 40, 48, 28, 11, 11, 40, 7], merge_col=4)
    ld_sheet(wb, "Should do", "CQC Should Do actions – position at 14 March 2025",
             ["Ref", "Core service", "What the trust should do", "Action", "Action owner",
              "Due date", "Revised due date", "Progress update", "BRAG"],
             LD_SHOULD, [8, 22, 40, 48, 28, 11, 11, 40, 7], merge_col=3)
    wb.save(path)


# ---------------------------------------------------------------------------------------------
# 5. Priory Medical Group - CQC inspection action plan (tab-separated text export)
# ---------------------------------------------------------------------------------------------
PRIORY_TITLE = "Priory Medical Group – CQC Inspection Action Plan"
REQ12A = ("Requirement notice – Regulation 12 Safe care and treatment: The provider must ensure that "
          "patients prescribed high-risk medicines receive the required monitoring before repeat "
          "prescriptions are issued.")
REQ12B = ("Requirement notice – Regulation 12 Safe care and treatment: The provider must ensure that "
          "medicines and safety alerts are acted on and that the action taken is recorded.")
REQ17 = ("Requirement notice – Regulation 17 Good governance: The provider must ensure that systems for "
         "monitoring staff training and recruitment checks are effective.")
PRIORY = [
    # ref, key question (as written), finding (as written), action, lead, target, RAG, update,
    # continuation (or None), [under], [lead], end, end_text, status
    ("1", "Safe", REQ12A,
     "Search the clinical system for all patients on methotrexate, lithium and DOACs and recall any patient "
     "overdue monitoring.",
     "Clinical Pharmacist", "31/10/2024", "B", "All 214 patients reviewed; 19 recalled and bloods completed.",
     None, ["Safe", REQ12A], ["Clinical Pharmacist"], "2024-10", None, "blue"),
    ("2", "", "",
     "Monthly audit of high-risk drug monitoring, presented at the clinical meeting.",
     "Dr Patel / Clinical Pharmacist", "Monthly", "G", "Audits completed December, January and February.",
     None, ["Safe", REQ12A], ["Dr Patel", "Clinical Pharmacist"], None, "Monthly", "green"),
    ("3", "Safe", REQ12B,
     "Set up a shared safety alerts log with a named clinician to review each alert within 5 working days.",
     "Dr A Khan and Dr S Okafor", "Nov-24", "B", "Log in use; 11 alerts actioned since November.",
     "Historical alerts issued since April 2023 to be re-run against the current patient list.",
     ["Safe", REQ12B], ["Dr A Khan", "Dr S Okafor"], "2024-11", None, "blue"),
    ("4", "Effective", "The practice should take action to improve the uptake of cervical screening.",
     "Offer extended access smear clinics on Saturday mornings and weekday evenings.",
     "Practice Nurse Lead", "March 2025", "G", "Clinics running since January; uptake 74.1% (was 70.3%).",
     None, ["Effective", "The practice should take action to improve the uptake of cervical screening."],
     ["Practice Nurse Lead"], "2025-03", None, "green"),
    ("5", "Effective", "The practice should ensure that patients with long-term conditions receive timely "
                       "reviews.",
     "Recall patients with asthma and COPD overdue an annual review using text message invites and a "
     "second-letter reminder.",
     "Long-Term Conditions Lead", "31/03/2025", "A", "72% reviewed (target 80%); evening clinics being added.",
     None, ["Effective", "The practice should ensure that patients with long-term conditions receive timely "
                         "reviews."],
     ["Long-Term Conditions Lead"], "2025-03", None, "amber"),
    ("6", "Well-led", REQ17,
     "Create a single training matrix for all staff with expiry dates and monthly reminders.",
     "Practice Manager", "December 2024", "B", "Matrix in place; 96% of mandatory training in date.",
     None, ["Well-led", REQ17], ["Practice Manager"], "2024-12", None, "blue"),
    ("7", "", "",
     "Audit staff files for DBS checks, references and immunisation status and obtain any missing evidence.",
     "HR Administrator; Practice Manager", "28/02/2025", "R",
     "Evidence still outstanding for 6 staff; escalated to the partners.",
     None, ["Well-led", REQ17], ["HR Administrator", "Practice Manager"], "2025-02", None, "red"),
    ("8", "Responsive", "The practice should continue to improve telephone access for patients.",
     "Move to cloud-based telephony with call-back and queue position announcements.",
     "Partners", "Jun-25", "G", "Contract signed; go-live planned for June.",
     None, ["Responsive", "The practice should continue to improve telephone access for patients."],
     ["Partners"], "2025-06", None, "green"),
]


def make_priory(path):
    lines = [
        PRIORY_TITLE,
        "Inspection date: 18 September 2024\tReport published: 28 November 2024\tOverall rating: Requires improvement",
        "Action plan owner: Practice Manager\tLast reviewed: 13/02/2025 (partners' meeting)",
        "RAG: B = complete   G = on track   A = some slippage   R = off track",
        "",
        "\t".join(["Ref", "Key question", "Requirement / finding", "Action", "Lead", "Target date", "RAG",
                   "Update"]),
    ]
    for row in PRIORY:
        ref, kq, finding, action, lead, target, rag, update, cont = row[:9]
        lines.append("\t".join([ref, kq, finding, action, lead, target, rag, update]))
        if cont:
            lines.append("\t".join(["", "", "", cont, "", "", "", ""]))
    lines += [
        "",
        "Notes: this plan is shared with the Patient Participation Group each quarter and was sent to CQC on 20/12/2024.",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------------------------
# 6. Hertfordshire Partnership University NHSFT - CQC must/should (csv, typo month -> refuse)
# ---------------------------------------------------------------------------------------------
HPFT_TITLE = "Hertfordshire Partnership University NHS Foundation Trust – CQC Must Do / Should Do Action Plan"
ACUTE = "Acute wards for adults of working age and psychiatric intensive care units"
COMM = "Community-based mental health services for adults of working age"
CAMHS = "Child and adolescent mental health wards"
HPFT_HEAD = ["Action ID", "Core service", "Type", "CQC finding", "Action", "Lead",
             "Original completion date", "Revised completion date", "RAG", "Latest update"]
HPFT = [
    ["MD01.1", ACUTE, "Must do",
     "The trust must ensure that ligature risk assessments are up to date and that staff know where the "
     "ligature risks are on each ward.",
     "Complete updated ligature risk assessments for all acute and PICU wards, with ward heat maps displayed "
     "in staff offices.",
     "Head of Estates Compliance / Ward Managers", "Oct-24", "", "Blue", "All assessments updated October 2024."],
    ["MD02.1", ACUTE, "Must do",
     "The trust must ensure that patients' physical health observations (NEWS2) are recorded and escalated "
     "in line with policy.",
     "Deliver NEWS2 refresher training to all registered and unregistered nursing staff on the acute wards.",
     "Physical Health Lead Nurse", "Dec-24", "Mar-25", "Amber", "78% trained; additional sessions booked."],
    ["MD02.2", ACUTE, "Must do",
     "The trust must ensure that patients' physical health observations (NEWS2) are recorded and escalated "
     "in line with policy.",
     "Weekly NEWS2 audit on each ward, reported through the Acute Quality and Safety Group.",
     "Matron – Acute Services", "Jan-25", "", "Green", "Audits in place on all wards."],
    ["MD03.1", COMM, "Must do",
     "The trust must ensure that people waiting for assessment are contacted regularly and that their risk "
     "is reviewed.",
     "Introduce a waiting list risk-review protocol with contact at least every four weeks for everyone "
     "awaiting assessment.",
     "Service Line Lead (Adult Community)", "Nov-24", "Jan-25", "Green", "Protocol approved; rolled out in all localities."],
    ["MD03.2", COMM, "Must do",
     "The trust must ensure that people waiting for assessment are contacted regularly and that their risk "
     "is reviewed.",
     "Recruit two additional band 6 care coordinators for the East and North Herts community teams.",
     "Service Line Lead (Adult Community)", "Jan-25", "Febuary 2025", "Amber",
     "Interviews held 20 January; start dates to be confirmed."],
    ["SD01.1", COMM, "Should do",
     "The trust should ensure that care plans reflect the views of the people using the service.",
     "Co-produce a care plan template with the service user involvement team and audit 20 care plans per "
     "team each quarter.",
     "Head of Nursing (Adult Community) / Involvement Lead", "Mar-25", "", "Green", "Template agreed; first audit due March."],
    ["SD02.1", CAMHS, "Should do",
     "The trust should ensure that young people continue to receive education during periods of leave from "
     "the ward.",
     "Agree an education liaison protocol with the hospital school and the young person's home school.",
     "CAMHS Inpatient Service Manager", "Apr-25", "", "Green", "Draft protocol with the hospital school head teacher."],
    ["SD03.1", ACUTE, "Should do",
     "The trust should ensure that blanket restrictions are reviewed regularly and removed where they are "
     "not justified.",
     "Quarterly review of blanket restrictions on each ward by the ward manager and a peer support worker.",
     "Ward Managers; Lead Peer Support Worker", "Ongoing", "", "Green", "Reviews held in December; next due March."],
    ["SD03.2", ACUTE, "Should do",
     "The trust should ensure that blanket restrictions are reviewed regularly and removed where they are "
     "not justified.",
     "Publish the restrictive practice register on the trust intranet for all inpatient staff.",
     "Restrictive Practice Lead", "Feb-25", "", "Red", "Delayed – awaiting intranet redesign."],
]


def hpft_lines():
    rows = [[HPFT_TITLE] + [""] * 9,
            ["Mental health core services inspection, July–August 2024. Extract from the CQC action tracker at 31/01/2025."] + [""] * 9,
            [""] * 10,
            HPFT_HEAD]
    rows += HPFT
    rows += [[""] * 10,
             ["RAG key: Blue = completed and assured; Green = on track; Amber = at risk of missing the date; "
              "Red = overdue"] + [""] * 9]
    return rows


def make_hpft(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in hpft_lines():
            w.writerow(row)


def hpft_refuse_line():
    for i, row in enumerate(hpft_lines(), start=1):
        if "Febuary 2025" in row:
            return i
    raise AssertionError


# ---------------------------------------------------------------------------------------------
# 7. HMPPS - HMP Hewell HMIP inspection action plan (docx, a table per healthy prison area)
# ---------------------------------------------------------------------------------------------
HEWELL_TITLE = "Action Plan: HMP Hewell"
HEWELL = [
    ("Safety", [
        ("Priority concern",
         "Too many prisoners, including those who were new to custody, told us that they felt unsafe, and "
         "levels of violence had risen since the last inspection.",
         "Agreed",
         [
             # ref, action, owner, target, [lead], end, end_text
             ("1.1", "Refresh the safety strategy using the findings of the prisoner safety survey, with a "
                     "delivery plan overseen by the monthly Safety Intervention Meeting.",
              "Head of Safety", "April 2025", ["Head of Safety"], "2025-04", None),
             ("1.2", "Introduce first night and early days welfare checks by Insiders and a key worker session "
                     "within 72 hours of arrival.",
              "Head of Residence / Head of Safety", "31 March 2025", ["Head of Residence", "Head of Safety"],
              "2025-03", None),
             ("1.3", "Analyse violence data by wing, time and location each month and deploy staff to the "
                     "hotspots identified.",
              "Deputy Governor", "Ongoing", ["Deputy Governor"], None, "Ongoing"),
         ]),
        ("Key concern",
         "Support for prisoners at risk of self-harm was not good enough. ACCT case management was "
         "inconsistent and some reviews were late.",
         "Agreed",
         [
             ("2.1", "Deliver ACCT case manager refresher training to all supervising officers and custodial "
                     "managers.",
              "Head of Safety", "June 2025", ["Head of Safety"], "2025-06", None),
             ("2.2", "Quality assure five open ACCT documents each week, with the findings shared at the Safer "
                     "Custody meeting.",
              "Safer Custody Manager", "Weekly", ["Safer Custody Manager"], None, "Weekly"),
         ]),
    ]),
    ("Respect", [
        ("Key concern",
         "Many cells were overcrowded and in poor condition, with broken furniture, graffiti and inadequate "
         "screening around toilets.",
         "Partly Agreed",
         [
             ("3.1", "Complete a decency audit of every cell on houseblocks 1 to 3 and raise works orders for "
                     "all defects identified.",
              "Head of Residence; FM Contract Manager", "31/05/2025",
              ["Head of Residence", "FM Contract Manager"], "2025-05", None),
             ("3.2", "Install toilet screening in all double cells where it is missing, subject to funding from "
                     "the national capital programme.",
              "Head of Operations", "December 2025", ["Head of Operations"], "2025-12", None),
         ]),
    ]),
    ("Purposeful activity", [
        ("Priority concern",
         "Prisoners spent too long locked in their cells, and too few were engaged in education, skills or "
         "work.",
         "Agreed",
         [
             ("4.1", "Implement a revised regime that gives all prisoners at least six hours unlocked each "
                     "weekday, with published timetables on every wing.",
              "Governor", "September 2025", ["Governor"], "2025-09", None),
             ("4.2", "Increase activity spaces by 90 through new industry workshops and a second bricklaying "
                     "course.",
              "Head of Reducing Reoffending / Head of Education, Skills and Work", "March 2026",
              ["Head of Reducing Reoffending", "Head of Education, Skills and Work"], "2026-03", None),
         ]),
    ]),
    ("Rehabilitation and release planning", [
        ("Key concern",
         "Too many prisoners were released without sustainable accommodation.",
         "Agreed",
         [
             ("5.1", "Work with the Community Accommodation Service (CAS3) and local authorities so that "
                     "referrals are made at least 12 weeks before release.",
              "Head of Reducing Reoffending", "End of June 2025", ["Head of Reducing Reoffending"],
              "2025-06", None),
         ]),
    ]),
]


def make_hewell(path):
    d = docx.Document()
    landscape(d)
    d.add_heading(HEWELL_TITLE, level=0)
    for line in ["Action Plan Submitted: 14 February 2025",
                 "A Response to the HMIP Inspection: 7–17 October 2024",
                 "Report Published: 17 January 2025"]:
        p = d.add_paragraph()
        p.add_run(line).bold = True
    d.add_heading("Introduction", level=1)
    d.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions for "
        "and treatment of prisoners. In response to the report, HMPPS is required to produce an action plan "
        "that addresses the concerns raised. The action plan confirms whether each concern is agreed, partly "
        "agreed or not agreed (see categorisations below). Where a concern is agreed or partly agreed, the "
        "plan sets out the specific actions that will be taken, with the owner and timescale of each action "
        "clearly identified.")
    d.add_paragraph(
        "In line with the current HMIP methodology, the report identified priority concerns and key concerns "
        "rather than individual recommendations. Progress against this plan will be reviewed at the "
        "establishment's monthly Senior Leadership Team meeting and by the Prison Group Director.")
    d.add_heading("Categorisations", level=2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    bold_cell(t.rows[0].cells[0], "Term")
    bold_cell(t.rows[0].cells[1], "Definition")
    for term, defn in [("Agreed", "All of the concern is accepted, can be achieved and is affordable. Actions "
                                  "are SMART and will be tracked for progress."),
                       ("Partly Agreed", "Only part of the concern is accepted, or it can only be addressed in "
                                         "part because of commissioning, policy, operational or affordability "
                                         "reasons. The response states which part will be addressed."),
                       ("Not Agreed", "The concern is not accepted. The response sets out the reasons.")]:
        r = t.add_row().cells
        r[0].text, r[1].text = term, defn

    d.add_heading("Action plan", level=1)
    for area, concerns in HEWELL:
        d.add_heading(area, level=2)
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Responsible owner", "Target date"]):
            bold_cell(c, h)
            shade(c, GREY)
        for label, text, response, actions in concerns:
            r = t.add_row()
            bold_cell(r.cells[0], label)
            shade(r.cells[0], "E2EFDA")
            m = r.cells[1].merge(r.cells[3])
            bold_cell(m, text)
            shade(m, "E2EFDA")
            r = t.add_row()
            r.cells[0].text = "Response"
            m = r.cells[1].merge(r.cells[3])
            m.text = response
            for a in actions:
                ref, action, owner, target = a[:4]
                r = t.add_row().cells
                r[0].text, r[1].text, r[2].text, r[3].text = ref, action, owner, target
        d.add_paragraph("")
    d.add_paragraph("Action plan approved by: Governor, HMP Hewell, and Prison Group Director, "
                    "West Midlands.")
    d.save(path)


# ---------------------------------------------------------------------------------------------
FILES = {
    "in1-chesterton-community-college-post-ofsted-action-plan.docx": make_chesterton,
    "in1-capel-manor-college-ofsted-post-inspection-action-plan.xlsx": make_capel,
    "in1-university-of-winchester-ofsted-apprenticeships-piap.xlsx": make_winchester,
    "in1-bedfordshire-hospitals-nhsft-luton-dunstable-cqc-must-should-do-action-plan.xlsx": make_ld,
    "in1-priory-medical-group-cqc-inspection-action-plan.txt": make_priory,
    "in1-hertfordshire-partnership-nhsft-cqc-mental-health-must-should-do-action-plan-typo-month-refuse.csv": make_hpft,
    "in1-hmpps-hmp-hewell-hmip-inspection-action-plan.docx": make_hewell,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
