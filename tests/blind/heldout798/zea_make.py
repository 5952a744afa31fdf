#!/usr/bin/env python3
"""Generator for the seven zea- blind cases (set heldout798).

Builds the data files (xlsx with openpyxl, docx with python-docx, csv/txt
written directly).  Run with:  python zea_make.py
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Dorset & Wiltshire FRS - HMICFRS misconduct handling tracker (xlsx)
# ---------------------------------------------------------------------------
DWFRS_TITLE = "DWFRS – HMICFRS Standards of Behaviour: Misconduct Handling Recommendations Tracker"

DWFRS = [
    ("section", "Culture and standards of behaviour"),
    ("rec", "Recommendation 1 – By 1 February 2025, chief fire officers should, as a priority, make sure their staff are aware of, and follow the Core Code of Ethics. Services should build the code into all relevant policies and practices."),
    ("act", "1.1", "Review all people policies and procedures against the Core Code of Ethics and record the review on the policy register.",
     "Head of People Services", D(2025, 1, 31), None, "B", "B",
     "All 34 policies reviewed and the code referenced in each. Policy register updated January 2025."),
    ("act", "1.2", "Deliver a Core Code of Ethics workshop to every wholetime watch and on-call section, with attendance recorded on the learning management system.",
     "Area Manager – Training and Development", D(2025, 3, 31), D(2025, 9, 30), "A", "B",
     "Delivered to all crews; final sessions held at September drill nights."),
    ("rec", "Recommendation 2 – By 1 February 2025, chief fire officers should make sure a policy for probationary staff is in place. This policy should make clear that services can immediately dismiss probationers who fail to meet the required standards of behaviour set out in the Core Code of Ethics and the Code of Ethics fire standard."),
    ("act", "2.1", "Revise the Probationary Period Procedure so that probationers who fail to meet the standards of behaviour in the Core Code of Ethics can be dismissed, and consult representative bodies on the change.",
     "Head of People Services", D(2025, 2, 28), None, "G", "B",
     "Procedure approved by SLT on 12 March 2025 and published on the intranet."),
    ("rec", "Recommendation 3 – By 1 May 2025, chief fire officers should make sure their workforce plans allow staff to be moved from a wholetime watch to a different watch or station, within their contractual requirements, proactively and reactively as required."),
    ("act", "3.1", "Amend the Promotion and Transfers Procedure so that firefighters promoted to crew or watch manager, including temporary promotions of two months or more, are posted to a different watch or station.",
     "Group Manager – Response / Head of People Services", D(2025, 4, 30), D(2025, 12, 31), "A", "A",
     "Draft procedure with representative bodies; consultation extended to the end of November 2025."),
    ("act", "3.2", "Report moves of staff between watches and stations, and the reasons for them, to the Strategic Leadership Team each quarter.",
     "Workforce Planning Manager", "Quarterly", None, "G", "G",
     "Reports presented to SLT in July and October 2025."),
    ("section", "Raising concerns and misconduct processes"),
    ("rec", "Recommendation 4 – By 1 February 2025, chief fire officers should make sure their services create or have access to a professional standards function to oversee the handling of misconduct cases."),
    ("act", "4.1", "Establish a Professional Standards Unit with a manager and two investigators, reporting to the Assistant Chief Fire Officer.",
     "Assistant Chief Fire Officer", D(2025, 3, 31), D(2026, 1, 31), "A", "A",
     "Unit manager appointed August 2025; investigator posts out to advert."),
    ("act", "4.2", "Agree arrangements with a neighbouring fire and rescue service for independent investigation of gross misconduct cases involving senior managers.",
     "Head of Legal and Democratic Services", D(2025, 6, 30), None, "A", "R",
     "No agreement in place. Options paper to SLT in December 2025."),
    ("rec", "Recommendation 5 – By 1 May 2025, chief fire officers should make sure all staff who investigate misconduct, or sit on misconduct panels, are trained for the role."),
    ("act", "5.1", "Commission accredited investigator training for all middle managers who may be appointed as investigating officers.",
     "Area Manager – Training and Development", D(2025, 5, 31), None, "G", "B",
     "Two cohorts trained (28 managers) in May and June 2025."),
    ("act", "5.2", "Provide panel training for station and group managers who chair disciplinary and grievance hearings.",
     "Head of People Services", D(2025, 12, 31), None, "G", "G",
     "Course designed with ACAS; first session booked for 19 November 2025."),
]

RAG_FILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def make_dwfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = DWFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Dorset & Wiltshire Fire and Rescue Service"
    ws["A3"] = "Report to the Finance and Audit Committee – position at 31 October 2025"
    rows = [("Document owner", "Area Manager – People and Organisational Development"),
            ("Version", "1.4"),
            ("Last updated", D(2025, 10, 31))]
    r = 5
    for k, v in rows:
        ws.cell(r, 1, k).font = Font(bold=True)
        c = ws.cell(r, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    key = [("B", "Complete – action delivered and evidenced"),
           ("G", "On track to meet target date"),
           ("A", "At risk – slippage expected or revised date agreed"),
           ("R", "Off track – target date missed, escalated to SLT")]
    for letter, desc in key:
        c = ws.cell(r, 1, letter)
        c.fill = fill(RAG_FILL[letter])
        c.font = Font(bold=True, color="FFFFFF" if letter in "BR" else "000000")
        c.alignment = Alignment(horizontal="center")
        ws.cell(r, 2, desc)
        r += 1
    r += 1
    ws.cell(r, 1, "Summary of current RAG").font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "RAG").font = Font(bold=True)
    ws.cell(r, 2, "Number of actions").font = Font(bold=True)
    r += 1
    counts = {k: 0 for k in "BGAR"}
    for item in DWFRS:
        if item[0] == "act":
            counts[item[7]] += 1
    for letter in "BGAR":
        ws.cell(r, 1, letter).fill = fill(RAG_FILL[letter])
        ws.cell(r, 2, counts[letter])
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    ws.cell(r, 2, sum(counts.values())).font = Font(bold=True)
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 60

    t = wb.create_sheet("Tracker")
    t["A1"] = DWFRS_TITLE
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Position at 31 October 2025 – recommendations addressed to chief fire officers"
    t["A2"].font = Font(italic=True)
    headers = ["Ref", "Action", "Lead", "Original target date", "Revised target date",
               "Previous RAG (Jul 2025)", "Current RAG (Oct 2025)", "Progress update"]
    for i, h in enumerate(headers, 1):
        c = t.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7F1F1F")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 5
    ncol = len(headers)
    for item in DWFRS:
        if item[0] == "section":
            t.cell(r, 1, item[1]).font = Font(bold=True, color="FFFFFF", size=12)
            for ci in range(1, ncol + 1):
                t.cell(r, ci).fill = fill("404040")
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        elif item[0] == "rec":
            c = t.cell(r, 1, item[1])
            c.font = Font(bold=True)
            c.alignment = WRAP
            for ci in range(1, ncol + 1):
                t.cell(r, ci).fill = fill("F2DCDB")
                t.cell(r, ci).border = BOX
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            t.row_dimensions[r].height = 45
        else:
            _, ref, action, lead, orig, rev, prev, cur, upd = item
            vals = [ref, action, lead, orig, rev, prev, cur, upd]
            for ci, v in enumerate(vals, 1):
                c = t.cell(r, ci, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for ci, letter in ((6, prev), (7, cur)):
                c = t.cell(r, ci)
                c.fill = fill(RAG_FILL[letter])
                c.alignment = Alignment(horizontal="center", vertical="top")
                c.font = Font(bold=True, color="FFFFFF" if letter in "BR" else "000000")
        r += 1
    r += 1
    t.cell(r, 1, "Note: recommendations not listed are addressed to national bodies (Home Office, NFCC, LGA and the Fire Standards Board) and are monitored nationally.").font = Font(italic=True)
    widths = [7, 55, 28, 14, 14, 12, 12, 45]
    for i, w in enumerate(widths, 1):
        t.column_dimensions[get_column_letter(i)].width = w
    t.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Luminate Education Group - Ofsted PIAP (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
LUM_TITLE = "Luminate Education Group – Ofsted Post-Inspection Action Plan 2025–26"
LUM_COL = {"green": "00B050", "amber": "FFC000", "red": "FF0000", "blue": "00B0F0", None: None}
LUM = [
    ("afi", "AFI 1: Leaders and managers should make sure that teachers on Access to Higher Education courses plan the curriculum so that learners build their knowledge of academic writing from the start of their course."),
    ("act", "1.1", "Rewrite the Access to HE curriculum plans so that academic writing, referencing and note-taking are taught explicitly in the first six weeks.",
     "All Access to HE learners are taught academic writing from week 1", "Head of Access and Adult Skills", D(2025, 9, 1), "blue",
     "New plans in use from 8 September 2025."),
    ("act", "1.2", "Use a common early writing assessment in week 3 and plan support sessions for learners who need it.",
     "Learners needing support are identified by week 4", "Head of Access and Adult Skills / Learning Support Manager", D(2025, 11, 1), "green",
     "First assessment completed; support sessions running at Park Lane and Keighley."),
    ("afi", "AFI 2: Leaders should make sure that apprentices in engineering and construction receive timely and helpful feedback on their off-the-job work so that they know how to improve."),
    ("act", "2.1", "Set a 10-working-day standard for feedback on submitted apprenticeship work and monitor it through monthly caseload reviews.",
     "95% of work returned within 10 working days", "Director of Apprenticeships", D(2026, 1, 1), "green",
     "Standard launched October 2025; compliance 88% in November."),
    ("act", "2.2", "Train engineering and construction tutors to give precise developmental feedback, followed by peer observation.",
     "Observations show feedback helps apprentices improve", "Head of Teaching and Learning; Head of Engineering", D(2025, 12, 1), "amber",
     "14 of 22 tutors trained; remaining tutors booked for January 2026."),
    ("act", "2.3", "Include the quality of feedback to apprentices in quarterly employer progress reviews.",
     "Employers confirm apprentices know how to improve", "Apprenticeship Quality Manager", "Ongoing", "green",
     "Added to review template from September 2025."),
    ("afi", "AFI 3: Leaders should improve the attendance of learners on study programmes at English and mathematics lessons."),
    ("act", "3.1", "Timetable English and mathematics lessons within vocational blocks so that they are not taught on a separate day.",
     "No learner has a day with only English or mathematics", "Vice Principal – Curriculum", D(2025, 9, 1), "blue",
     "2025/26 timetable built on this basis."),
    ("act", "3.2", "Introduce same-day contact by progress coaches when a learner misses an English or mathematics lesson.",
     "Every absence followed up on the day", "Head of Student Services", D(2025, 10, 1), "blue",
     "In place across all campuses from 6 October 2025."),
    ("act", "3.3", "Report attendance at English and mathematics to the Quality, Teaching and Learning Committee each term.",
     "Governors monitor attendance termly", "Deputy CEO – Quality and Curriculum", "Termly", "green",
     "First report to December 2025 committee."),
    ("act", "3.4", "Set and monitor a target of 88% attendance at English and mathematics lessons for 2025/26.",
     "Attendance at or above 88%", "Vice Principal – Curriculum", D(2026, 7, 1), "red",
     "Attendance 79% at end of November; targeted work in construction and health."),
    ("afi", "AFI 4: Governors should receive more detailed information about the quality of provision for learners with high needs so that they can challenge leaders effectively."),
    ("act", "4.1", "Add a high needs section to the termly quality report to governors, covering progress towards EHC plan outcomes.",
     "Governors challenge leaders on high needs outcomes", "Head of Inclusive Learning", D(2026, 3, 1), None,
     "Not yet due – first report to the March 2026 committee."),
    ("act", "4.2", "Arrange a governor link visit to the high needs provision each term.",
     "Governors see the provision first-hand", "Clerk to the Corporation", "Termly", "green",
     "Autumn visit completed 18 November 2025."),
]


def make_luminate(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = LUM_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = "Inspection: 11–14 February 2025 | Report published: 27 March 2025 | Plan owner: Deputy CEO – Quality and Curriculum"
    ws["A3"] = "Progress at 1 December 2025 – for the Quality, Teaching and Learning Committee"
    ws["A3"].font = Font(italic=True)
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    for col, (colour, label) in enumerate([("green", "On track"), ("amber", "Some slippage – recovery in place"),
                                           ("red", "Not on track"), ("blue", "Complete")], 2):
        c = ws.cell(5, col, label)
        c.fill = fill(LUM_COL[colour])
    headers = ["No.", "Actions", "Intended impact", "Responsible", "Completion date", "RAG", "Progress / evidence"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(7, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    r = 8
    n = len(headers)
    for item in LUM:
        if item[0] == "afi":
            c = ws.cell(r, 1, item[1])
            c.font = Font(bold=True)
            c.alignment = WRAP
            for ci in range(1, n + 1):
                ws.cell(r, ci).fill = fill("D9D9D9")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, action, impact, resp, when, rag, prog = item
            vals = [ref, action, impact, resp, when, None, prog]
            for ci, v in enumerate(vals, 1):
                c = ws.cell(r, ci, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if rag:
                ws.cell(r, 6).fill = fill(LUM_COL[rag])
        r += 1
    r += 1
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0, None: 0}
    for item in LUM:
        if item[0] == "act":
            counts[item[6]] += 1
    ws.cell(r, 1, "Summary at 1 December 2025").font = Font(bold=True)
    r += 1
    for label, key in [("Complete", "blue"), ("On track", "green"), ("Some slippage", "amber"),
                       ("Not on track", "red"), ("Not yet rated", None)]:
        ws.cell(r, 1, label)
        ws.cell(r, 2, counts[key])
        if key:
            ws.cell(r, 1).fill = fill(LUM_COL[key])
        r += 1
    ws.cell(r, 1, "Total actions").font = Font(bold=True)
    ws.cell(r, 2, sum(counts.values())).font = Font(bold=True)
    for i, w in enumerate([16, 55, 34, 30, 13, 8, 42], 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    vc = wb.create_sheet("Version control")
    vc.append(["Version", "Date", "Summary of changes", "Author"])
    vc.append(["1.0", D(2025, 4, 24), "Plan agreed by Corporation", "Deputy CEO – Quality and Curriculum"])
    vc.append(["1.1", D(2025, 9, 15), "Start of year update", "Quality Improvement Manager"])
    vc.append(["1.2", D(2025, 12, 1), "December progress update", "Quality Improvement Manager"])
    for row in vc.iter_rows(min_row=2, min_col=2, max_col=2):
        for c in row:
            c.number_format = "dd/mm/yyyy"
    for c in vc[1]:
        c.font = Font(bold=True)
    vc.column_dimensions["C"].width = 35
    vc.column_dimensions["D"].width = 35
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Diverse Academies Trust - Trust Improvement Plan 2025-26 (xlsx, sheet per priority)
# ---------------------------------------------------------------------------
DAT_TITLE = "Diverse Academies Trust – Trust Improvement Plan 2025-26"
DAT_STATUS_FILL = {"Complete": "5B9BD5", "On track": "70AD47", "Delayed": "FFC000", "Not started": None}
DAT = [
    ("P1 Curriculum", "Priority 1: Curriculum and teaching", "Director of Education", [
        ("obj", "Objective 1.1 – Embed the trust's reading curriculum in every primary academy"),
        ("act", "1.1a", "Complete a phonics training refresh for all Reception and Key Stage 1 staff, including new starters.",
         "Trust English Lead", "Autumn term 2025", "All staff trained; phonics audits show consistent delivery", "Complete"),
        ("act", "1.1b", "Carry out reading fluency assessments for Years 2 to 6 three times a year and use them to group pupils for intervention.",
         "Primary Headteachers / Trust English Lead", "Sept 2025 – Jul 2026", "Fluency assessments show pupils catching up", "On track"),
        ("obj", "Objective 1.2 – Improve the consistency of adaptive teaching in secondary academies"),
        ("act", "1.2a", "Run a trust-wide CPD programme on adaptive teaching for all secondary teachers through INSET days and directed time.",
         "Director of Secondary Education", "Summer term 2026", "Learning walks show adaptive teaching in most lessons", "On track"),
        ("act", "1.2b", "Complete quality assurance visits focused on adaptive teaching in each secondary academy and share the findings with headteachers.",
         "Director of Education / Secondary School Improvement Partners", "By February half term 2026", "QA reports completed for every academy", "Delayed"),
    ]),
    ("P2 Inclusion", "Priority 2: Inclusion and SEND", "Head of Inclusion", [
        ("obj", "Objective 2.1 – Identify and meet the needs of pupils with SEND earlier"),
        ("act", "2.1a", "Introduce the trust graduated response toolkit in all academies and train SENCOs in its use.",
         "Trust SENCO", "October 2025", "Toolkit in use in every academy", "Complete"),
        ("act", "2.1b", "Audit the quality of SEN support plans in each academy and give each headteacher an action summary.",
         "Trust SENCO / Head of Inclusion", "March 2026", "Audit shows plans are specific and reviewed termly", "Not started"),
        ("obj", "Objective 2.2 – Reduce suspensions of pupils with SEND"),
        ("act", "2.2a", "Open an inclusion base in each secondary academy staffed by a trained inclusion lead.",
         "Director of Secondary Education", "January 2026", "Suspensions of pupils with SEND fall year on year", "Delayed"),
        ("act", "2.2b", "Review every suspension of a pupil with an EHC plan at the fortnightly trust inclusion panel.",
         "Head of Inclusion", "Ongoing", "Every suspension reviewed within two weeks", "On track"),
    ]),
    ("P3 Attendance", "Priority 3: Attendance and behaviour", "Chief Operating Officer", [
        ("obj", "Objective 3.1 – Reduce persistent absence to below the national average"),
        ("act", "3.1a", "Appoint an attendance officer in each academy and agree a common attendance procedure based on Working together to improve school attendance.",
         "Chief Operating Officer", "September 2025", "Attendance officers in post; procedure adopted", "Complete"),
        ("act", "3.1b", "Hold attendance review meetings between each headteacher and the Director of Education.",
         "Director of Education", "Half-termly", "Actions agreed for every academy above the PA threshold", "On track"),
        ("act", "3.1c", "Launch a family support offer for pupils with persistent absence, working with Nottinghamshire County Council early help.",
         "Head of Safeguarding and Attendance", "Autumn term 2025 – Summer term 2026", "Persistent absence below 15% in every academy", "On track"),
    ]),
]


def make_diverse(path):
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = DAT_TITLE
    ov["A1"].font = Font(bold=True, size=14, color="7030A0")
    ov["A2"] = "Approved by the Board of Trustees: 9 October 2025"
    ov["A3"] = "Mid-year review: Standards and Performance Committee, March 2026"
    ov["A5"] = "Strategic priorities"
    ov["A5"].font = Font(bold=True)
    pri = [("1", "Curriculum and teaching – every pupil learns an ambitious, well-sequenced curriculum that is taught consistently well"),
           ("2", "Inclusion and SEND – pupils with SEND are identified early, well supported and included in the life of their academy"),
           ("3", "Attendance and behaviour – pupils attend well and behave well so that they can learn")]
    r = 6
    for a, b in pri:
        ov.cell(r, 1, a)
        ov.cell(r, 2, b)
        r += 1
    r += 1
    ov.cell(r, 1, "Status key").font = Font(bold=True)
    r += 1
    key = [("Complete", "Action finished and impact evidenced"),
           ("On track", "Action under way and on schedule"),
           ("Delayed", "Action started but behind the planned timescale (amber)"),
           ("Not started", "Action not yet due to start")]
    for k, v in key:
        c = ov.cell(r, 1, k)
        if DAT_STATUS_FILL[k]:
            c.fill = fill(DAT_STATUS_FILL[k])
        ov.cell(r, 2, v)
        r += 1
    ov.column_dimensions["A"].width = 14
    ov.column_dimensions["B"].width = 110

    headers = ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "Status"]
    for sheet, ptitle, tlead, items in DAT:
        ws = wb.create_sheet(sheet)
        ws["A1"] = ptitle
        ws["A1"].font = Font(bold=True, size=13, color="7030A0")
        ws["A2"] = "Trust lead: " + tlead
        for i, h in enumerate(headers, 1):
            c = ws.cell(4, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("7030A0")
            c.border = BOX
        r = 5
        for it in items:
            if it[0] == "obj":
                ws.cell(r, 1, it[1]).font = Font(bold=True)
                for ci in range(1, 7):
                    ws.cell(r, ci).fill = fill("E4DFEC")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            else:
                _, ref, action, lead, when, sc, status = it
                for ci, v in enumerate([ref, action, lead, when, sc, status], 1):
                    c = ws.cell(r, ci, v)
                    c.alignment = WRAP
                    c.border = BOX
                if DAT_STATUS_FILL[status]:
                    ws.cell(r, 6).fill = fill(DAT_STATUS_FILL[status])
            r += 1
        for i, w in enumerate([7, 60, 32, 22, 40, 13], 1):
            ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_cell(cell, text, hexfill=None, white=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = True
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if i < len(lines) - 1:
            run.add_break()
    if hexfill:
        shade(cell, hexfill)


# ---------------------------------------------------------------------------
# 4. HMP & YOI Low Newton - HMIP inspection action plan (docx, one table per concern)
# ---------------------------------------------------------------------------
LN_TITLE = "Action Plan: HMP & YOI Low Newton"
LN = [
    ("PRIORITY CONCERNS", [
        ("1. Concern: The use of force against women had increased since the last inspection, and too many incidents were not reviewed promptly to check that force had been used only as a last resort.\nRecommendation: Leaders should make sure that force is used only when necessary and that every incident is reviewed promptly so that learning is shared with staff.",
         "Agreed",
         "The prison accepts that the use of force has increased and that scrutiny has not kept pace. Oversight will be strengthened and led by the senior leadership team.",
         [("Review all use of force paperwork within 72 hours of the incident at the daily safety huddle, with overdue reviews escalated to the Deputy Governor.", "Head of Safety", "31 May 2026"),
          ("Hold a monthly use of force scrutiny meeting that reviews body-worn video footage, chaired by a senior leader and open to the Independent Monitoring Board.", "Deputy Governor", "June 2026"),
          ("Deliver refresher de-escalation training, with a focus on women with complex mental health needs, to all residential officers.", "Head of Residence / Training Manager", "30/09/2026")]),
        ("2. Concern: Women who were acutely mentally unwell waited too long to be transferred to hospital under the Mental Health Act.\nRecommendation: Leaders, working with health partners, should make sure that women who need hospital treatment are transferred within the national guideline of 28 days.",
         "Partly Agreed",
         "The prison and healthcare provider will do everything within their control to reduce delays. Transfer times also depend on the availability of secure hospital beds, which is outside the control of HMPPS.",
         [("Escalate every transfer that passes day 14 to the NHS England Health and Justice commissioner through the weekly transfer tracker.", "Head of Healthcare", "Ongoing"),
          ("Agree a joint escalation protocol with the regional secure services provider collaborative.", "Governor / Head of Healthcare", "July 2026")]),
    ]),
    ("KEY CONCERNS", [
        ("3. Concern: Too many women were released without sustainable accommodation.\nRecommendation: Leaders should work with probation and local authority partners to increase the number of women released to settled accommodation.",
         "Agreed",
         "Accommodation on release is a priority in the prison's reducing reoffending plan for 2026–27.",
         [("Hold a resettlement board for every woman 12 weeks before release, attended by the community probation practitioner and the housing provider.", "Head of Reducing Reoffending", "31/07/2026"),
          ("Recruit a dedicated housing specialist through the Commissioned Rehabilitative Services contract.", "Head of Reducing Reoffending / Regional Commissioning Lead", "August 2026")]),
        ("4. Concern: Some women were locked in their cells during the working day because there were not enough activity places.\nRecommendation: Leaders should provide enough activity places for the population and make sure that they are fully used.",
         "Agreed",
         "A revised activities allocation will be introduced alongside new workshop places.",
         [("Open 40 additional part-time places in the textiles and horticulture workshops.", "Head of Education, Skills and Work", "September 2026"),
          ("Introduce a weekly allocation meeting so that vacant places are filled within five working days.", "Activities Hub Manager", "30 June 2026")]),
    ]),
]


def make_low_newton(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(LN_TITLE, level=0)
    doc.add_paragraph("Action Plan Submitted: 21 April 2026")
    doc.add_paragraph("A Response to the HMIP Inspection: 3–13 November 2025")
    doc.add_paragraph("Report Published: 10 March 2026")
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions for and "
        "treatment of those in prison. In response to the report, HMPPS is required to draft an action plan that "
        "says whether each recommendation is agreed, partly agreed or not agreed (see categorisations below). "
        "Where a recommendation is agreed or partly agreed, the plan sets out the actions to be taken, with an owner "
        "and a target date for each.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Term", "Definition", "Additional comment"]):
        bold_cell(t.rows[0].cells[i], h, "D9D9D9")
    for row in [("Agreed", "All of the recommendation is agreed with, can be achieved and is affordable.",
                 "The response should explain how the recommendation will be achieved, with timescales."),
                ("Partly Agreed", "Only part of the recommendation is agreed with, is achievable, affordable and will be implemented.",
                 "The response must state clearly which part of the recommendation will be implemented."),
                ("Not Agreed", "The recommendation is not agreed.",
                 "The response must explain why the recommendation is not agreed.")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    for section, concerns in LN:
        doc.add_heading(section, level=1)
        for concern, agreed, response, actions in concerns:
            tb = doc.add_table(rows=0, cols=3)
            tb.style = "Table Grid"
            r0 = tb.add_row().cells
            m = r0[0].merge(r0[2])
            bold_cell(m, concern, "DEEAF6")
            r1 = tb.add_row().cells
            bold_cell(r1[0], "Agreed / Partly Agreed / Not Agreed")
            m = r1[1].merge(r1[2])
            m.text = agreed
            r2 = tb.add_row().cells
            bold_cell(r2[0], "Response")
            m = r2[1].merge(r2[2])
            m.text = response
            hdr = tb.add_row().cells
            for i, h in enumerate(["Action", "Responsible owner", "Target date"]):
                bold_cell(hdr[i], h, "D9D9D9")
            for a, owner, date in actions:
                cells = tb.add_row().cells
                cells[0].text = a
                cells[1].text = owner
                cells[2].text = date
            doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan will be reviewed monthly at the Senior Leadership Team meeting "
                      "and reported to the Prison Group Director.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Woodhouse Grove School - ISI inspection action plan (docx, table per next step)
# ---------------------------------------------------------------------------
WG_TITLE = "Woodhouse Grove School – ISI Inspection Action Plan"
WG = [
    ("Quality of education, training and recreation",
     "Next step 1: Make sure that assessment information is used consistently in the junior school so that teaching meets the needs of pupils of all abilities, including the most able.",
     [("1a", "Introduce termly pupil progress meetings in Years 3 to 6 using standardised assessment data.", "Head of Junior School", "Autumn term 2025", "Complete"),
      ("1b", "Provide training for junior school teachers on planning extension tasks for the most able.", "Deputy Head (Academic)", "January 2026", "Green"),
      ("1c", "Carry out book looks and lesson drop-ins to check that work is matched to pupils' needs.", "Head of Junior School & Deputy Head of Junior School", "Half-termly", "Green")]),
    ("Pupils' physical and mental health and emotional wellbeing",
     "Next step 2: Strengthen the systems for recording and analysing pastoral concerns in boarding so that leaders can identify patterns over time.",
     [("2a", "Move boarding pastoral records onto the school's electronic pastoral system so that all concerns are recorded in one place.", "Head of Boarding", "September 2025", "Complete"),
      ("2b", "Produce a half-termly analysis of boarding pastoral concerns for the Deputy Head (Pastoral) and the governor with responsibility for boarding.", "Head of Boarding", "December 2025", "Amber")]),
    ("Pupils' social and economic education and contribution",
     "Next step 3: Make sure that the personal, social, health and economic (PSHE) education programme in the sixth form builds on what pupils have learned lower down the school.",
     [("3a", "Map the sixth form PSHE programme against the Years 7 to 11 curriculum and remove repetition.", "Head of PSHE", "Summer term 2025", "Complete"),
      ("3b", "Add sessions on financial capability and the world of work, delivered with the careers department.", "Head of PSHE; Head of Careers", "February 2026", "Green"),
      ("3c", "Gather sixth form pupils' views on the revised programme through a survey and a student voice panel.", "Deputy Head (Pastoral)", "June 2026", "Not started")]),
]


def make_woodhouse(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    h = doc.add_heading(WG_TITLE, level=0)
    doc.add_paragraph("Inspection dates: 11–13 March 2025 | Report published: 20 May 2025")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, hd in enumerate(["Version", "Date", "Changes", "Approved by"]):
        bold_cell(t.rows[0].cells[i], hd, "D9E2F3")
    for row in [("1.0", "June 2025", "First version following publication of the report", "Senior Leadership Team"),
                ("1.1", "November 2025", "Progress update for the Michaelmas term", "Education Committee of the Board of Governors")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph("")
    doc.add_paragraph(
        "The inspection found that the school meets the Standards. The report identified three recommended next "
        "steps, which are set out below with the actions agreed by the Senior Leadership Team.")
    doc.add_paragraph("Progress key: Green – on track; Amber – behind schedule; Red – significant concern; "
                      "Complete – finished and evidenced; Not started – not yet due.")
    for area, step, actions in WG:
        doc.add_heading(area, level=1)
        tb = doc.add_table(rows=0, cols=5)
        tb.style = "Table Grid"
        r0 = tb.add_row().cells
        m = r0[0].merge(r0[4])
        bold_cell(m, step, "1F3864", white=True)
        hdr = tb.add_row().cells
        for i, hd in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress (RAG)"]):
            bold_cell(hdr[i], hd, "D9E2F3")
        for ref, a, lead, when, rag in actions:
            cells = tb.add_row().cells
            for i, v in enumerate([ref, a, lead, when, rag]):
                cells[i].text = v
            colour = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}.get(rag)
            if colour:
                shade(cells[4], colour)
        doc.add_paragraph("")
    doc.add_paragraph("Signed: Headmaster                Date: 24 November 2025")
    doc.add_paragraph("Signed: Chair of Governors        Date: 24 November 2025")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Northumbria Police - HMICFRS public disorder tracker (csv, typo month -> refuse)
# ---------------------------------------------------------------------------
NP_HEADER = ["Rec Ref", "Recommendation", "Action Ref", "Action", "Action Owner", "Due Date",
             "Revised Due Date", "Status", "Latest Update"]
NP_R1 = "By 30 June 2025, chief constables should make sure their force has enough trained public order public safety officers to meet its agreed mobilisation commitments."
NP_R3 = "By 30 June 2025, chief constables should review the welfare support given to officers deployed to serious disorder, including rest days, debriefs and access to occupational health."
NP_R2 = "By 31 December 2025, chief constables should make sure their force can monitor open-source and social media information to identify the risk of disorder."
NP_R5 = "Chief constables should make sure investigations into disorder-related offences are resourced through a dedicated post-event investigation team."
NP_ROWS = [
    ["T1-R1", NP_R1, "T1-R1.1", "Complete a public order capacity review against the national mobilisation requirement.",
     "Supt Operations Support", "31/03/2025", "", "Complete", "Review signed off at Force Executive Board on 27/03/2025."],
    ["T1-R1", NP_R1, "T1-R1.2", "Run two additional Level 2 public order courses to restore the number of trained officers to the required establishment.",
     "Ch Insp Public Order Training", "30/09/2025", "31/12/2025", "Amber", "One course delivered; second course moved to December because of venue availability."],
    ["T1-R3", NP_R3, "T1-R3.1", "Introduce a post-deployment welfare debrief for all officers deployed to disorder, recorded on the duty management system.",
     "Head of Wellbeing", "30/04/2025", "", "Complete", "Debrief process live since April 2025."],
    ["T1-R3", NP_R3, "T1-R3.2", "Agree a protocol with the Police Federation for rest days cancelled because of mutual aid deployments.",
     "Head of People / Supt Operations Support", "30/06/2025", "Febuary 2026", "Amber", "Draft protocol with the Federation; revised date agreed at People Board."],
    ["T2-R2", NP_R2, "T2-R2.1", "Extend the open-source intelligence team's hours to cover evenings and weekends during periods of heightened tension.",
     "Det Supt Intelligence", "31/10/2025", "", "Green", "Rota agreed; extended cover starts 1 December 2025."],
    ["T2-R2", NP_R2, "T2-R2.2", "Train intelligence analysts in the national disinformation assessment product.",
     "Head of Intelligence Analysis", "31/12/2025", "", "Green", "Six of nine analysts trained."],
    ["T2-R5", NP_R5, "T2-R5.1", "Write a post-event investigation team model into the force major incident plan.",
     "Det Ch Supt Crime", "31/01/2026", "", "Not Started", ""],
]


def make_northumbria(path):
    n = len(NP_HEADER)
    pad = lambda s: [s] + [""] * (n - 1)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(pad("Northumbria Police – HMICFRS Recommendations Tracker"))
        w.writerow(pad("Inspection: An inspection of the police response to the public disorder in July and August 2024 (Tranches 1 and 2)"))
        w.writerow(pad("Report generated: 14/11/2025 09:12 by Strategic Planning and Insight"))
        w.writerow([""] * n)
        w.writerow(NP_HEADER)
        for row in NP_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Gartcosh Primary School - Education Scotland post-inspection action plan (txt)
# ---------------------------------------------------------------------------
GP_TITLE = "Gartcosh Primary School and Nursery Class – Post-Inspection Action Plan"
GP = [
    ("Area for improvement 1 – Continue to develop approaches to planning, tracking and monitoring so that all children make the best possible progress in literacy and numeracy.",
     [("1.1", "Introduce a whole-school tracker for reading, writing, listening and talking, and numeracy, updated at the end of each term.", "HT/DHT", "December 2025", "C – tracker in use; first data set reviewed on 11 December 2025."),
      ("1.2", "Hold tracking and monitoring meetings with every class teacher to agree support for children who are not on track.", "DHT", "Termly", "G – first round of meetings completed in December."),
      ("1.3", "Use Scottish National Standardised Assessment results alongside teacher judgement to moderate achievement of a level in P1, P4 and P7.", "PT (P4-7)", "May 2026", "G")]),
    ("Area for improvement 2 – Increase the pace and challenge of learning for children who are capable of achieving more.",
     [("2.1", "Carry out learning visits focused on pace and challenge, with written feedback to each teacher.", "HT, DHT", "February 2026", "G – visits planned for weeks beginning 19 January and 2 February."),
      ("2.2", "Take part in the Chryston cluster moderation programme on differentiation.", "Class teachers", "March 2026", "A – first session postponed because of staff absence; rescheduled for 20 January 2026."),
      ("2.3", "Introduce challenge tasks in numeracy in every class from P2 to P7.", "Numeracy working group", "January 2026", "")]),
    ("Area for improvement 3 – Build on the strong start made to developing children's skills for learning, life and work.",
     [("3.1", "Introduce a skills progression framework for learning, life and work across the nursery and P1 to P7.", "DHT / Nursery Team Leader", "June 2026", "G"),
      ("3.2", "Hold a World of Work week with parents and local employers.", "PT (P1-3)", "April 2026", "G – date agreed with Parent Council.")]),
]


def make_gartcosh(path):
    L = []
    L.append(GP_TITLE)
    L.append("North Lanarkshire Council, Education and Families")
    L.append("")
    L.append("Education Scotland inspection: 16–18 September 2025 (short model)")
    L.append("Letter to parents published: 25 November 2025")
    L.append("Plan agreed with the Quality Improvement Officer: 8 December 2025")
    L.append("")
    L.append("The following areas for improvement were agreed with the headteacher and a representative from North Lanarkshire Council:")
    L.append("  - continue to develop approaches to planning, tracking and monitoring so that all children make the best possible progress in literacy and numeracy")
    L.append("  - increase the pace and challenge of learning for children who are capable of achieving more")
    L.append("  - build on the strong start made to developing children's skills for learning, life and work.")
    L.append("")
    L.append("Status key: G = on track   A = some delay   R = not progressing   C = complete")
    L.append("")
    for heading, actions in GP:
        L.append("=" * 72)
        L.append(heading)
        L.append("=" * 72)
        L.append("")
        for ref, a, lead, when, status in actions:
            L.append(f"{ref}  {a}")
            L.append(f"     Lead: {lead}")
            L.append(f"     Timescale: {when}")
            L.append(f"     Status: {status}" if status else "     Status:")
            L.append("")
    L.append("-" * 72)
    L.append("Headteacher: ____________________   Date: ____________")
    L.append("Quality Improvement Officer: ____________________   Date: ____________")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


FILES = {
    "zea-dorset-wiltshire-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker.xlsx": make_dwfrs,
    "zea-luminate-education-group-ofsted-post-inspection-action-plan.xlsx": make_luminate,
    "zea-diverse-academies-trust-trust-improvement-plan-2025-26.xlsx": make_diverse,
    "zea-hmp-yoi-low-newton-hmip-inspection-action-plan.docx": make_low_newton,
    "zea-woodhouse-grove-school-isi-inspection-action-plan.docx": make_woodhouse,
    "zea-northumbria-police-hmicfrs-public-disorder-recommendations-tracker-typo-month-refuse.csv": make_northumbria,
    "zea-gartcosh-primary-school-education-scotland-inspection-action-plan.txt": make_gartcosh,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
