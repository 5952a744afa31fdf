"""Build the seven zci- blind test files (set heldout776).

Run with /work/main/.venv/bin/python zci_make.py from any directory; files are
written beside this script.  Only files whose names start with "zci-" are written.
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
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("zci-")
    return os.path.join(HERE, name)


def fill(hex_colour):
    return PatternFill(fill_type="solid", start_color=hex_colour, end_color=hex_colour)


def d(y, m, day):
    return dt.datetime(y, m, day)


def widths(ws, cols):
    for i, w in enumerate(cols, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def boxed(ws, row, first_col, last_col):
    for c in range(first_col, last_col + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BORDER
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Royal Berkshire FRS - HMICFRS Standards of Behaviour (misconduct handling)
#    recommendations tracker (xlsx): cover sheet with version control and RAG key,
#    tracker sheet with theme rows, recommendation rows above actions, original and
#    revised deadlines, fill-only RAG; summary sheet with totals.
# ---------------------------------------------------------------------------
RBFRS_TITLE = ("Royal Berkshire Fire and Rescue Service \u2013 HMICFRS Standards of Behaviour "
               "Recommendations Tracker")

RBFRS_ROWS = [
    ("theme", "Culture and standards of behaviour"),
    ("rec", "Recommendation 1 \u2013 By 1 February 2025, chief fire officers should, as a priority, make "
            "sure their staff know about and follow the Core Code of Ethics, and build the code into "
            "all relevant policies and practices."),
    ("act", "1.1",
     "Review all HR and operational policies and build the Core Code of Ethics into each, starting "
     "with discipline, grievance, recruitment and promotion.",
     "Head of People", d(2025, 2, 1), None,
     "Complete. 42 policies reviewed and re-issued with a Code of Ethics statement. Signed off at "
     "People Board 14/01/2025.", BLUE),
    ("act", "1.2",
     "Deliver Code of Ethics refresher sessions to every wholetime watch, on-call station and support "
     "team, with attendance recorded on the learning management system.",
     "Area Manager \u2013 Service Delivery / Learning & Development Manager", d(2025, 2, 1), d(2025, 12, 31),
     "Sept 25: wholetime watches 100%; on-call stations 18 of 23; support teams 86%.\n"
     "Jun 25: deadline revised so on-call sessions can run on drill nights.", GREEN),
    ("rec", "Recommendation 2 \u2013 By 1 February 2025, chief fire officers should have a policy for "
            "probationary staff which makes clear that probationers who fail to meet the standards of "
            "behaviour in the Core Code of Ethics and the Code of Ethics fire standard can be dismissed "
            "immediately."),
    ("act", "2.1",
     "Amend the Probation Policy and probation review forms so that probationers who fail to meet the "
     "Core Code of Ethics can be dismissed, and brief all line managers.",
     "HR Business Partner", d(2025, 2, 1), None,
     "Complete. Policy approved by Joint Consultative Committee 22/01/2025.", BLUE),
    ("rec", "Recommendation 3 \u2013 By 1 May 2025, chief fire officers should make sure workforce plans "
            "allow wholetime staff to be moved to a different watch or station, proactively and "
            "reactively, and that firefighters who are promoted (including temporary promotions of two "
            "months or more) are posted to a different watch or station."),
    ("act", "3.1",
     "Update the Workforce Planning Procedure so that wholetime staff can be moved between watches and "
     "stations, both proactively and in response to concerns.",
     "Group Manager \u2013 Resourcing", d(2025, 5, 1), d(2025, 10, 31),
     "Draft procedure out to consultation with representative bodies until 17/10/2025.", AMBER),
    ("act", "3.2",
     "Amend the Promotion Procedure so that newly promoted firefighters, including temporary "
     "promotions of two months or more, are posted to a different watch or station.\n"
     "Where a move is not possible, record a risk assessment approved by the Area Manager.",
     "Group Manager \u2013 Resourcing; Head of People", d(2025, 5, 1), d(2025, 11, 30),
     "Agreement not reached with representative bodies; escalated to SLT 23/09/2025.", RED),
    ("theme", "Raising concerns and professional standards"),
    ("rec", "Recommendation 4 \u2013 By 1 February 2025, chief fire officers should make sure their "
            "service creates, or has access to, a professional standards function to oversee "
            "misconduct cases and make sure they are handled fairly and transparently."),
    ("act", "4.1",
     "Establish a Professional Standards function in the People directorate with terms of reference, "
     "a case management system and a published referral route.",
     "Deputy Chief Fire Officer", d(2025, 2, 1), d(2025, 6, 30),
     "Complete. Professional Standards Manager in post 02/06/2025; case management system live.", BLUE),
    ("act", "4.2",
     "Agree arrangements with Oxfordshire and Buckinghamshire fire and rescue services for independent "
     "investigators in cases involving senior managers.",
     "Deputy Chief Fire Officer", d(2025, 2, 1), d(2026, 3, 31),
     "Memorandum of understanding drafted; awaiting legal review.", AMBER),
    ("theme", "Investigating and managing misconduct"),
    ("rec", "Recommendation 6 \u2013 By 1 August 2025, chief fire officers should make sure that staff who "
            "investigate misconduct or chair hearings are trained for the role and that this training "
            "is kept up to date."),
    ("act", "6.1",
     "Commission accredited workplace investigation training for all investigating officers and "
     "hearing chairs (at least 24 staff).",
     "Learning & Development Manager", d(2025, 8, 1), d(2025, 12, 31),
     "First cohort of 12 trained July 2025; second cohort booked for November.", GREEN),
    ("act", "6.2",
     "Create a trained investigator pool and introduce a quarterly quality assurance review of closed "
     "case files.",
     "Professional Standards Manager", d(2025, 8, 1), None,
     "To start once the second training cohort has completed.", None),
]


def build_rbfrs():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    widths(cover, [22, 18, 34, 60])
    cover["A1"] = RBFRS_TITLE
    cover["A1"].font = Font(bold=True, size=14)
    info = [
        ("Report:", "Standards of behaviour: The handling of misconduct in fire and rescue services "
                    "(HMICFRS, published 1 August 2024)"),
        ("Tracker owner:", "Head of People"),
        ("Reported to:", "Management Committee (quarterly) and Royal Berkshire Fire Authority"),
        ("Position as at:", "30 September 2025"),
    ]
    r = 3
    for k, v in info:
        cover.cell(row=r, column=1, value=k).font = Font(bold=True)
        cover.cell(row=r, column=2, value=v)
        r += 1
    r += 1
    cover.cell(row=r, column=1, value="Version control").font = Font(bold=True, size=12)
    r += 1
    for c, h in enumerate(["Version", "Date", "Author", "Summary of changes"], start=1):
        cell = cover.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9D9D9")
    boxed(cover, r, 1, 4)
    versions = [
        ("0.1", d(2024, 9, 5), "Organisational Assurance Manager", "First draft following publication of the report"),
        ("1.0", d(2024, 10, 24), "Organisational Assurance Manager", "Approved by Strategic Leadership Team"),
        ("1.3", d(2025, 9, 30), "Organisational Assurance Manager", "Q2 2025/26 update"),
    ]
    for v in versions:
        r += 1
        for c, val in enumerate(v, start=1):
            cell = cover.cell(row=r, column=c, value=val)
            if isinstance(val, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        boxed(cover, r, 1, 4)
    r += 2
    cover.cell(row=r, column=1, value="RAG key").font = Font(bold=True, size=12)
    key = [
        (BLUE, "Complete \u2013 action delivered and evidence held"),
        (GREEN, "On track to meet the deadline"),
        (AMBER, "Some slippage \u2013 revised deadline agreed"),
        (RED, "Off track \u2013 escalated to Strategic Leadership Team"),
        (None, "No colour \u2013 not yet started"),
    ]
    for colour, text in key:
        r += 1
        cell = cover.cell(row=r, column=1)
        if colour:
            cell.fill = fill(colour)
        cell.border = BORDER
        cover.cell(row=r, column=2, value=text)
    r += 2
    cover.cell(row=r, column=1, value=(
        "Note: Recommendations 5, 8 and 11 to 15 are addressed to the Home Office, NFCC, LGA or fire and "
        "rescue authorities and are monitored through the national Culture Action Plan. Recommendations "
        "7, 9 and 10 are covered in the Service's HMICFRS Improvement Plan. None of these are included "
        "in this tracker."))

    ws = wb.create_sheet("Tracker")
    widths(ws, [8, 62, 30, 14, 14, 48, 8])
    ws.merge_cells("A1:G1")
    ws["A1"] = RBFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Position as at 30 September 2025 \u2013 for Management Committee, 15 October 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Recommendation / action", "Action owner", "Original deadline",
               "Revised deadline", "Progress update", "RAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
    boxed(ws, 4, 1, 7)
    r = 5
    for row in RBFRS_ROWS:
        if row[0] == "theme":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            cell = ws.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True, color="FFFFFF", size=12)
            cell.fill = fill("C00000")
        elif row[0] == "rec":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            cell = ws.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True)
            cell.fill = fill("F2F2F2")
            cell.alignment = WRAP
            ws.row_dimensions[r].height = 45
        else:
            _, ref, action, owner, orig, rev, update, rag = row
            vals = [ref, action, owner, orig, rev, update, None]
            for c, val in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=val)
                if isinstance(val, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=7).fill = fill(rag)
            boxed(ws, r, 1, 7)
            ws.row_dimensions[r].height = 60
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Key: Blue = complete; Green = on track; Amber = some slippage; Red = off track; "
        "no colour = not yet started. See Cover sheet for definitions.")).font = Font(italic=True, size=9)
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    widths(sm, [26, 20, 10])
    sm["A1"] = "Summary of progress \u2013 30 September 2025"
    sm["A1"].font = Font(bold=True, size=12)
    for c, h in enumerate(["RAG status", "Number of actions", "%"], start=1):
        sm.cell(row=3, column=c, value=h).font = Font(bold=True)
    counts = [("Complete", 3, BLUE), ("On track", 2, GREEN), ("Some slippage", 2, AMBER),
              ("Off track", 1, RED), ("Not yet started", 1, None)]
    r = 4
    for label, n, colour in counts:
        sm.cell(row=r, column=1, value=label)
        if colour:
            sm.cell(row=r, column=1).fill = fill(colour)
        sm.cell(row=r, column=2, value=n)
        sm.cell(row=r, column=3, value=round(n / 9 * 100))
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=r, column=2, value=9).font = Font(bold=True)
    sm.cell(row=r, column=3, value=100)
    r += 2
    for c, h in enumerate(["Recommendation", "Actions", "Complete"], start=1):
        sm.cell(row=r, column=c, value=h).font = Font(bold=True)
    for rec, n, comp in [("Recommendation 1", 2, 1), ("Recommendation 2", 1, 1),
                         ("Recommendation 3", 2, 0), ("Recommendation 4", 2, 1),
                         ("Recommendation 6", 2, 0)]:
        r += 1
        sm.cell(row=r, column=1, value=rec)
        sm.cell(row=r, column=2, value=n)
        sm.cell(row=r, column=3, value=comp)

    wb.active = 1
    wb.save(out("zci-royal-berkshire-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Norfolk Constabulary - HMICFRS activism and impartiality recommendations
#    tracker (xlsx): read-me sheet (governance, RAG definitions, version history),
#    flat tracker with recommendation number/text merged down over its actions,
#    previous and current RAG (words + fill), totals block.
# ---------------------------------------------------------------------------
NORF_TITLE = "Norfolk Constabulary \u2013 HMICFRS Activism and Impartiality Recommendations Tracker"

NORF_RECS = [
    ("7", "By 31 March 2025, chief constables should review their force's policies on officers and "
          "staff taking part in events, campaigns and celebrations, to make sure they are consistent "
          "with the impartiality duty.",
     [("AI-01", "Review the Force Events and Campaigns Policy against the impartiality duty and publish "
                "a revised version with a decision-making checklist.",
       "Supt Mark Elwood", "31/03/2025", "Amber", "Complete",
       "Revised policy published on the intranet 28/03/2025."),
      ("AI-02", "Brief chief officers, superintendents and chief inspectors on the revised policy at the "
                "Leadership Forum.",
       "Head of Corporate Communications", "Jun-25", "Green", "Complete",
       "Briefed at Leadership Forum 12/06/2025.")]),
    ("10", "By 31 March 2025, chief constables should review how their force selects, uses and records "
           "the advice of independent advisory groups, making sure a range of views is sought.",
     [("AI-03", "Refresh the terms of reference and membership of the Independent Advisory Group, with "
                "an annual open recruitment round and published minutes.",
       "Ch Insp Laura Pettit / Diversity and Inclusion Manager", "Q3 2025/26", "Amber", "Amber",
       "Recruitment round moved to October; new terms of reference drafted.")]),
    ("12", "By 30 September 2025, chief constables should make sure non-crime hate incidents are "
           "recorded only where the threshold in the statutory code of practice is met, and that "
           "records are regularly reviewed.",
     [("AI-04", "Audit a sample of 50 non-crime hate incident records each quarter against the revised "
                "code of practice and report the findings to the Crime Standards Board.",
       "Force Crime Registrar", "Quarterly", "Green", "Green",
       "Q1 audit: 47 of 50 records compliant; 3 records deleted."),
      ("AI-05", "Update the recording guidance on Athena and deliver a training package to contact and "
                "control room staff.",
       "Head of Contact and Control Room / Training Manager", "30/11/2025", "Amber", "Red",
       "System change not yet scheduled by the Athena consortium; training cannot go live until the "
       "form is changed.")]),
    ("15", "By 31 December 2025, chief constables should make sure force social media accounts do not "
           "express views on politically contested matters.",
     [("AI-06", "Revise the Social Media Policy so that corporate and local accounts stay neutral on "
                "politically contested matters, with a sign-off route for campaign content.",
       "Head of Corporate Communications", "Sep-25", "Green", "Green",
       "Final consultation complete; for sign-off at SOB 30/09/2025."),
      ("AI-07", "Deliver impartiality training to all 180 local social media account holders and close "
                "dormant accounts.",
       "Digital Media Manager", "Jan-26", "", "Not started",
       "Dependent on AI-06.")]),
    ("17", "By 31 March 2026, chief constables should make sure that the work of staff networks is "
           "consistent with their force's impartiality obligations.",
     [("AI-08", "Agree a staff network charter setting out impartiality expectations, signed by each "
                "network chair and the Deputy Chief Constable.",
       "Deputy Chief Constable", "31 December 2025", "Amber", "Green",
       "Charter agreed in principle by network chairs 15/09/2025.")]),
]

NORF_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def build_norfolk():
    wb = Workbook()
    rm = wb.active
    rm.title = "Read Me"
    widths(rm, [18, 70, 24])
    rm["A1"] = NORF_TITLE
    rm["A1"].font = Font(bold=True, size=14)
    lines = [
        "Source report: An inspection into activism and impartiality in policing (HMICFRS, 10 September 2024)",
        "Governance: Strategic Organisational Board (monthly); PCC Accountability Meeting (quarterly)",
        "Force lead: Deputy Chief Constable. Tracker maintained by the Force Inspection Liaison Officer.",
    ]
    for i, t in enumerate(lines, start=3):
        rm.cell(row=i, column=1, value=t)
    rm["A7"] = "RAG definitions"
    rm["A7"].font = Font(bold=True, size=12)
    defs = [
        ("Complete", "Action delivered and evidence provided to the Force Inspection Liaison Officer", BLUE),
        ("Green", "On track to meet the target date", GREEN),
        ("Amber", "At risk of missing the target date", AMBER),
        ("Red", "Target date missed or will be missed", RED),
        ("Not started", "Action not yet started", None),
    ]
    r = 8
    for word, text, colour in defs:
        c1 = rm.cell(row=r, column=1, value=word)
        if colour:
            c1.fill = fill(colour)
        rm.cell(row=r, column=2, value=text)
        boxed(rm, r, 1, 2)
        r += 1
    r += 1
    rm.cell(row=r, column=1, value="Version history").font = Font(bold=True, size=12)
    r += 1
    for c, h in enumerate(["Version", "Changes", "Date"], start=1):
        rm.cell(row=r, column=c, value=h).font = Font(bold=True)
    boxed(rm, r, 1, 3)
    for v in [("1.0", "Tracker created following publication of the report", "04/11/2024"),
              ("1.3", "June 2025 update", "27/06/2025"),
              ("1.4", "September 2025 update", "26/09/2025")]:
        r += 1
        for c, val in enumerate(v, start=1):
            rm.cell(row=r, column=c, value=val)
        boxed(rm, r, 1, 3)
    r += 2
    rm.cell(row=r, column=1, value=(
        "Recommendations addressed to the Home Office, College of Policing, NPCC and PCCs are not "
        "tracked here."))

    ws = wb.create_sheet("Tracker")
    widths(ws, [10, 44, 10, 50, 26, 14, 13, 13, 44])
    ws.merge_cells("A1:I1")
    ws["A1"] = NORF_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Last updated: 26/09/2025 | Owner: Force Inspection Liaison Officer"
    headers = ["HMICFRS Rec", "Recommendation", "Action Ref", "Action", "Action Owner", "Target Date",
               "Previous RAG (Jun 25)", "Current RAG (Sep 25)", "Update"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002060")
    boxed(ws, 4, 1, 9)
    r = 5
    for num, rec, actions in NORF_RECS:
        first = r
        for (ref, action, owner, target, prev, cur, update) in actions:
            vals = [None, None, ref, action, owner, target, prev or None, cur, update]
            for c, val in enumerate(vals, start=1):
                if val is not None:
                    ws.cell(row=r, column=c, value=val)
            for c, word in ((7, prev), (8, cur)):
                if word in NORF_FILL:
                    ws.cell(row=r, column=c).fill = fill(NORF_FILL[word])
            boxed(ws, r, 1, 9)
            ws.row_dimensions[r].height = 58
            r += 1
        ws.cell(row=first, column=1, value=num)
        ws.cell(row=first, column=2, value=rec)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Summary (current RAG)").font = Font(bold=True)
    for label, n in [("Complete", 2), ("Green", 3), ("Amber", 1), ("Red", 1), ("Not started", 1),
                     ("Total actions", 8)]:
        r += 1
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value=n)
    ws.freeze_panes = "A5"
    wb.active = 1
    wb.save(out("zci-norfolk-constabulary-hmicfrs-activism-impartiality-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Cardinal Newman Catholic School - School Development Plan 2025-26 (xlsx):
#    overview sheet (priorities, leads, link governors, RAG key, review dates) and
#    one sheet per priority with objective rows over actions, term timescales and
#    four review-point RAG columns of which only the first two are filled.
# ---------------------------------------------------------------------------
CN_TITLE = "Cardinal Newman Catholic School \u2013 School Development Plan 2025\u201326"
CN_RAG = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

CN_PRIORITIES = [
    ("P1 Maths",
     "Priority 1: Quality of Education \u2013 raise attainment and progress in mathematics at KS4",
     "Deputy Headteacher \u2013 Curriculum", "Mrs A. Kowalski",
     "Success criteria: Progress 8 in maths at or above 0.0; grade 5+ in maths rises from 41% to 48%; "
     "gap between disadvantaged and other students narrows by 0.3 of a grade.",
     [("Objective 1A \u2013 Consistent use of retrieval practice and adaptive teaching in every maths lesson",
       [("1A.1", "Introduce a Do Now retrieval quiz at the start of every maths lesson in Years 7\u201311, "
                 "using the department's shared question bank.",
         "Head of Maths", "By October half-term 2025", "\u00a30 \u2013 department time",
         "Learning walks (fortnightly)", "A", "G"),
        ("1A.2", "Run fortnightly maths department CPD on adaptive teaching, with instructional coaching "
                 "for ECTs and non-specialist teachers.",
         "Head of Maths / Lead Practitioner (Maths)", "Sept 2025 \u2013 July 2026", "\u00a32,400 CPD budget",
         "Coaching logs; lesson visits", "G", "G")]),
      ("Objective 1B \u2013 Targeted support for disadvantaged students in Year 11",
       [("1B.1", "Provide small-group tuition for 40 disadvantaged Year 11 students on Tuesdays and "
                 "Thursdays, period 6.",
         "Pupil Premium Lead", "Autumn term 2025", "\u00a36,500 Pupil Premium",
         "Attendance at sessions; mock results", "G", "B"),
        ("1B.2", "Analyse mock examination results after each assessment window and report gaps by group "
                 "to the Curriculum and Standards Committee.",
         "Data Manager", "Termly", "Data Manager time", "Governors' committee minutes", "G", "G")]),
      ]),
    ("P2 Attendance",
     "Priority 2: Behaviour and Attitudes \u2013 improve attendance and reduce persistent absence",
     "Assistant Headteacher \u2013 Behaviour & Attendance", "Mr D. Okafor",
     "Success criteria: whole-school attendance at least 93.5%; persistent absence below 18%; "
     "suspensions reduced by 20% on 2024\u201325.",
     [("Objective 2A \u2013 Reduce persistent absence to below 18%",
       [("2A.1", "Appoint an Attendance Officer and introduce first-day calling and weekly attendance "
                 "panels.",
         "Assistant Headteacher \u2013 Behaviour & Attendance", "Sept 2025", "\u00a328,000 (salary)",
         "Weekly attendance report to SLT", "B", "B"),
        ("2A.2", "Introduce a graduated response to absence (letters, meetings, attendance contracts) in "
                 "line with the DfE guidance Working together to improve school attendance.",
         "Attendance Officer", "Autumn term 2025", "Admin time",
         "Case file sample each half term", "A", "A")]),
      ("Objective 2B \u2013 Consistent application of the behaviour policy",
       [("2B.1", "Relaunch the behaviour policy with staff and students, including a revised reflection "
                 "room procedure.",
         "Assistant Headteacher \u2013 Behaviour & Attendance", "Sept 2025", "INSET day",
         "Student voice; behaviour logs", "B", "B"),
        ("2B.2", "Analyse suspensions and reflection room data by student group each half term and report "
                 "to governors.",
         "Data Manager", "Half-termly", "Data Manager time", "Report to FGB", "G", "A")]),
      ]),
    ("P3 Careers & Sixth Form",
     "Priority 3: Personal Development \u2013 strengthen careers guidance and sixth form retention",
     "Assistant Headteacher \u2013 Sixth Form & Careers", "Dr P. Hennessey",
     "Success criteria: all eight Gatsby Benchmarks fully met; Year 12 to Year 13 retention at least 90%.",
     [("Objective 3A \u2013 Meet all eight Gatsby Benchmarks",
       [("3A.1", "Make sure every Year 10 student completes a week of work experience.",
         "Careers Leader", "Summer term 2026", "\u00a31,200 placement checks",
         "Compass+ tracking", "", "G"),
        ("3A.2", "Provide a personal guidance interview with a Level 6 qualified careers adviser for every "
                 "Year 11 student.",
         "Careers Leader", "By 28 February 2026", "Careers adviser contract",
         "Interview log", "G", "A")]),
      ("Objective 3B \u2013 Improve Year 12 to Year 13 retention",
       [("3B.1", "Introduce a Year 12 mentoring programme with termly progress reviews for students at "
                 "risk of withdrawal.",
         "Head of Sixth Form", "Ongoing", "Tutor time", "Retention data each term", "G", "G"),
        ("3B.2", "Review the post-16 course offer and entry requirements for September 2026 entry.",
         "Head of Sixth Form and Deputy Headteacher \u2013 Curriculum", "Jan-26", "None",
         "Report to Curriculum and Standards Committee", "", "")]),
      ]),
]


def build_cardinal_newman():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    widths(ov, [70, 40, 20, 24])
    ov["A1"] = CN_TITLE
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Our mission: to help every student grow in faith, knowledge and character."
    ov["A2"].font = Font(italic=True)
    for c, h in enumerate(["Priority", "Strategic lead", "Link governor", "Sheet"], start=1):
        cell = ov.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9E1F2")
    boxed(ov, 4, 1, 4)
    r = 5
    for sheet, heading, lead, gov, _, _ in CN_PRIORITIES:
        for c, val in enumerate([heading, lead, gov, sheet], start=1):
            ov.cell(row=r, column=c, value=val)
        boxed(ov, r, 1, 4)
        r += 1
    r += 1
    ov.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for letter, text in [("R", "Not on track \u2013 significant concerns"),
                         ("A", "Some progress \u2013 minor concerns"),
                         ("G", "On track"), ("B", "Complete")]:
        r += 1
        cell = ov.cell(row=r, column=1, value=f"{letter} \u2013 {text}")
        cell.fill = fill(CN_RAG[letter])
    r += 2
    ov.cell(row=r, column=1, value=(
        "Review points: Review 1 \u2013 24 October 2025; Review 2 \u2013 19 December 2025; "
        "Review 3 \u2013 27 March 2026; Review 4 \u2013 17 July 2026."))
    r += 1
    ov.cell(row=r, column=1, value="Approved by the Full Governing Body on 2 October 2025.")

    headers = ["Ref", "Action", "Lead", "Timescale", "Cost / resources", "Monitoring & evaluation",
               "Review 1 (Oct 25)", "Review 2 (Dec 25)", "Review 3 (Mar 26)", "Review 4 (Jul 26)",
               "Evaluation / impact"]
    for sheet, heading, lead, gov, success, objectives in CN_PRIORITIES:
        ws = wb.create_sheet(sheet)
        widths(ws, [7, 54, 28, 20, 18, 24, 10, 10, 10, 10, 30])
        ws["A1"] = CN_TITLE
        ws["A1"].font = Font(italic=True, size=9)
        ws.merge_cells("A2:K2")
        ws["A2"] = heading
        ws["A2"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A2"].fill = fill("7030A0")
        ws.merge_cells("A3:K3")
        ws["A3"] = f"Strategic lead: {lead}    Link governor: {gov}"
        ws.merge_cells("A4:K4")
        ws["A4"] = success
        ws["A4"].alignment = WRAP
        ws.row_dimensions[4].height = 30
        for c, h in enumerate(headers, start=1):
            cell = ws.cell(row=6, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill("E4DFEC")
        boxed(ws, 6, 1, 11)
        r = 7
        for obj, actions in objectives:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            cell = ws.cell(row=r, column=1, value=obj)
            cell.font = Font(bold=True)
            cell.fill = fill("F2F2F2")
            r += 1
            for ref, action, alead, when, cost, mon, rv1, rv2 in actions:
                vals = [ref, action, alead, when, cost, mon, rv1 or None, rv2 or None, None, None, None]
                for c, val in enumerate(vals, start=1):
                    if val is not None:
                        ws.cell(row=r, column=c, value=val)
                for c, letter in ((7, rv1), (8, rv2)):
                    if letter:
                        ws.cell(row=r, column=c).fill = fill(CN_RAG[letter])
                        ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
                boxed(ws, r, 1, 11)
                for c in (7, 8):
                    if vals[c - 1]:
                        ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
                ws.row_dimensions[r].height = 45
                r += 1
    wb.save(out("zci-cardinal-newman-catholic-school-hove-school-development-plan-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def multiline(cell, text):
    parts = text.split("\n")
    cell.text = parts[0]
    for extra in parts[1:]:
        cell.add_paragraph(extra)


# ---------------------------------------------------------------------------
# 4. HMP Highdown - HMIP inspection action plan (docx), HMPPS template: title
#    block (submitted / inspection / published), introduction, categorisation
#    table, then one table per concern under "Priority concerns" and "Key
#    concerns" headings; concern row, response row, action header, actions.
#    One key concern is not agreed and has no actions.
# ---------------------------------------------------------------------------
HIGHDOWN_SECTIONS = [
    ("Priority concerns", [
        ("1. Too many prisoners were locked in their cells for most of the day, and the published regime "
         "was often curtailed at short notice.",
         "Agreed. A revised core day has been in place since January 2025 and will be extended as officer "
         "vacancies are filled.",
         [("1.1", "Introduce a revised core day giving at least four hours out of cell on weekdays for "
                  "prisoners in work or education, and at least two hours for unemployed prisoners.",
           "Head of Operations", "31 March 2025"),
          ("1.2", "Record every regime curtailment and its reason on a daily log reviewed at the morning "
                  "operational meeting.",
           "Head of Residence", "28 February 2025"),
          ("1.3", "Report regime delivery data monthly to the Senior Leadership Team and the Prison Group "
                  "Director.",
           "Governor", "Monthly")]),
        ("2. The availability of illicit drugs was high, and too many prisoners tested positive in random "
         "mandatory drug tests.",
         "Agreed.",
         [("2.1", "Complete installation of the X-ray body scanner in reception and scan all new receptions "
                  "and transfers in.",
           "Head of Security", "April 2025"),
          ("2.2", "Agree a local drug strategy with the healthcare and substance misuse providers, with "
                  "quarterly supply and demand reduction targets.",
           "Head of Security / Head of Healthcare", "30 June 2025")]),
        ("3. Leaders had not provided enough activity places, and too few prisoners were allocated to "
         "education, skills or work.",
         "Partly agreed. The prison will increase part-time places; more full-time places depend on the "
         "national re-procurement of the education contract.",
         [("3.1", "Complete an activities needs analysis and create 120 additional part-time activity "
                  "places, prioritising unemployed prisoners on the basic regime.",
           "Head of Reducing Reoffending", "31 May 2025")]),
    ]),
    ("Key concerns", [
        ("4. Use of force was not well governed, and body-worn video footage was missing in too many "
         "incidents.",
         "Agreed.",
         [("4.1", "Make body-worn video cameras mandatory at all planned interventions, and audit compliance "
                  "weekly at the Use of Force Committee.",
           "Deputy Governor", "Immediate and ongoing"),
          ("4.2", "Train all residential supervising officers in de-escalation and use of force report "
                  "writing.",
           "Head of Safety", "30 September 2025")]),
        ("5. Prisoners had little confidence in the complaints system, and responses were often late.",
         "Agreed.",
         [("5.1", "Introduce a complaints tracker and a monthly quality check of 10% of complaint responses.",
           "Business Hub Manager", "31 March 2025"),
          ("5.2", "Set up a quarterly complaints forum with prisoner representatives, with the first meeting "
                  "by the end of April 2025.",
           "Head of Residence", "30 April 2025")]),
        ("6. The population was too high for the accommodation, and many prisoners shared cells designed "
         "for one.",
         "Not agreed. The operational capacity of HMP Highdown is set nationally by HMPPS Population "
         "Management, and every cell share is risk assessed. There is no local action that can be taken.",
         []),
    ]),
]


def build_highdown():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Action Plan: HMP Highdown")
    run.bold = True
    run.font.size = Pt(16)
    for line in ["Action Plan Submitted: 12 February 2025",
                 "A Response to the HMIP Inspection: 30 September \u2013 10 October 2024",
                 "Report Published: 21 January 2025"]:
        q = doc.add_paragraph()
        q.add_run(line).bold = True
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on conditions for "
        "and the treatment of those in prison, young offender institutions and court custody. Since May "
        "2022 HMIP reports have set out priority and key concerns rather than recommendations. In response "
        "to the report, HM Prison and Probation Service (HMPPS) is required to draft an action plan setting "
        "out how each concern will be addressed. The action plan confirms whether each concern is agreed, "
        "partly agreed or not agreed (see categorisations below). Actions are specific, measurable and "
        "time-bound, with a responsible owner and a target date.")
    doc.add_paragraph(
        "Action plans are published on GOV.UK. Progress is monitored locally by the Governor and the Prison "
        "Group Director, and will be reviewed by HMIP at its next independent review of progress or "
        "inspection.")
    cat = doc.add_table(rows=1, cols=3)
    cat.style = "Table Grid"
    for i, h in enumerate(["Term", "Definition", "Additional comment"]):
        bold_cell(cat.rows[0].cells[i], h)
        shade(cat.rows[0].cells[i], "D9D9D9")
    for term, definition, comment in [
        ("Agreed", "All of the concern is accepted and can be addressed within existing resources.",
         "The response explains how the concern will be addressed, with actions and timescales."),
        ("Partly agreed", "Only part of the concern is accepted or can be addressed.",
         "The response states clearly which part will be addressed and why the rest cannot be."),
        ("Not agreed", "The concern is not accepted or cannot be addressed.",
         "The response explains the reasons; no actions are set."),
    ]:
        cells = cat.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = term, definition, comment
    for section, concerns in HIGHDOWN_SECTIONS:
        doc.add_heading(section, level=1)
        for concern, response, actions in concerns:
            t = doc.add_table(rows=0, cols=4)
            t.style = "Table Grid"
            row = t.add_row().cells
            m = row[0].merge(row[3])
            bold_cell(m, concern)
            shade(m, "DEEAF6")
            row = t.add_row().cells
            m = row[0].merge(row[3])
            m.text = response
            if actions:
                hdr = t.add_row().cells
                for i, h in enumerate(["No.", "Action", "Responsible owner", "Target date"]):
                    bold_cell(hdr[i], h)
                    shade(hdr[i], "F2F2F2")
                for ref, action, owner, target in actions:
                    c = t.add_row().cells
                    c[0].text, c[1].text, c[2].text, c[3].text = ref, action, owner, target
            doc.add_paragraph()
    doc.add_paragraph("Action plan agreed by: Prison Group Director, Kent, Surrey and Sussex \u2013 "
                      "10 February 2025")
    doc.save(out("zci-hmp-highdown-hmip-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. St Joseph's Catholic and Anglican High School (Wrexham) - Estyn
#    post-inspection action plan (docx): school details table, list of Estyn
#    recommendations, RAG key that redefines green as completed, one heading +
#    table per recommendation, unnumbered actions, a two-paragraph action cell and
#    a RAG column shown only by cell shading.
# ---------------------------------------------------------------------------
SJ_TITLE = "St Joseph\u2019s Catholic and Anglican High School \u2013 Post-Inspection Action Plan"
SJ_FILL = {"green": "00B050", "amber": "FFC000", "red": "FF0000"}

SJ_RECS = [
    ("Recommendation 1: Improve attendance, particularly for pupils eligible for free school meals",
     [("Appoint a Pupil Engagement and Attendance Officer and hold weekly attendance meetings with Heads "
       "of Year.",
       "Deputy Headteacher (Wellbeing)", "Summer term 2025",
       "Officer in post; weekly meeting minutes", "Attendance data reviewed by governors each half term",
       "green"),
      ("Put in place a tiered support plan for eFSM pupils whose attendance is below 90%, including joint "
       "home visits with the Education Welfare Officer.",
       "Heads of Year / EWO", "Autumn term 2025",
       "Attendance of eFSM pupils improves by 3 percentage points", "Monthly report to SLT", "amber")]),
    ("Recommendation 2: Strengthen teaching so that it consistently challenges pupils of all abilities",
     [("Deliver a professional learning programme on questioning and challenge for all teaching staff "
       "(five twilight sessions).",
       "Assistant Headteacher (Teaching and Learning)", "July 2026",
       "Lesson visits show consistent challenge in most lessons", "QA calendar; governor link visits",
       "amber"),
      ("Introduce developmental lesson visits and learning walks focused on challenge, with findings "
       "reported to governors each term.\nRevise the quality assurance calendar to include termly book "
       "looks.",
       "SLT", "Termly",
       "Termly QA reports show improvement", "Curriculum committee", "amber")]),
    ("Recommendation 3: Develop pupils\u2019 Welsh oracy skills across the school",
     [("Appoint a Cymraeg Campus lead and plan regular Welsh language activities in tutor time and "
       "extra-curricular clubs.",
       "Head of Welsh", "September 2025",
       "Bronze Cymraeg Campus award achieved", "Pupil voice survey", "green"),
      ("Enrol staff on National Centre for Learning Welsh courses, including two places on the sabbatical "
       "scheme.",
       "Head of Welsh & Business Manager", "Summer term 2026",
       "At least 20 staff complete an entry-level course", "Professional learning records", "red")]),
    ("Recommendation 4: Address the site security issues identified during the inspection",
     [("Install secure fencing and a controlled access gate at the lower school entrance.",
       "Business Manager", "By 31 August 2025",
       "Site secure at all times during the school day", "Health and safety walk by governors", "green"),
      ("Review the visitor and contractor sign-in procedure and brief all staff.",
       "Designated Safeguarding Lead", "June 2025",
       "All staff briefed; procedure published", "Safeguarding audit", "green")]),
]


def build_st_josephs():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(SJ_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q = doc.add_paragraph("Following the Estyn core inspection of 3\u20136 February 2025")
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("School", "St Joseph\u2019s Catholic and Anglican High School, Wrexham"),
                 ("Headteacher", "Mrs C. Mulligan"),
                 ("Chair of governors", "Revd T. Hughes"),
                 ("Date of inspection", "3\u20136 February 2025"),
                 ("Date PIAP approved by governing body", "13 May 2025"),
                 ("Progress reviewed", "July 2025")]:
        cells = info.add_row().cells
        bold_cell(cells[0], k)
        shade(cells[0], "D9E2F3")
        cells[1].text = v
    doc.add_paragraph()
    doc.add_heading("Estyn recommendations", level=2)
    for i, (rec, _) in enumerate(SJ_RECS, start=1):
        doc.add_paragraph(f"R{i}  " + rec.split(": ", 1)[1])
    doc.add_paragraph(
        "RAG key (progress column): Green = completed; Amber = in progress; Red = not on track.")
    for rec, actions in SJ_RECS:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Actions", "Person(s) responsible", "Timescale", "Success criteria",
                               "Monitoring and evaluation", "RAG"]):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "FBE4D5")
        for action, lead, when, success, monitor, rag in actions:
            c = t.add_row().cells
            multiline(c[0], action)
            c[1].text, c[2].text, c[3].text, c[4].text = lead, when, success, monitor
            shade(c[5], SJ_FILL[rag])
        doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the governing body: Revd T. Hughes, Chair of Governors")
    doc.save(out("zci-st-josephs-catholic-and-anglican-high-school-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Probation Service Liverpool North PDU - HMI Probation inspection action plan
#    (csv, exported from an Excel tracker): title lines, header, addressee rows
#    ("The ... should:"), recommendation number/text on the first action row
#    only, status words.  Data error: "Febuary 2026" in a target date cell.
# ---------------------------------------------------------------------------
PROB_ROWS = [
    ["Probation Service \u2013 Liverpool North PDU: HMI Probation Inspection Action Plan", "", "", "", "", "", "", ""],
    ["Inspection of probation services: Liverpool North PDU \u2013 report published 15 May 2025", "", "", "", "", "", "", ""],
    ["Tracker updated 30/09/2025 \u2013 Head of PDU", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Rec No.", "Recommendation", "Action No.", "Action", "Owner", "Target Date", "Status", "Progress update"],
    ["The Liverpool North PDU should:", "", "", "", "", "", "", ""],
    ["1", "improve the quality of assessment, planning and reviewing so that risk of harm is clearly identified and managed",
     "1.1", "Deliver risk of harm assessment workshops to all probation practitioners and PQiP learners",
     "Senior Probation Officers", "31/07/2025", "Complete", "Workshops delivered May\u2013July 2025; 94% attendance"],
    ["", "", "1.2", "Introduce monthly SPO case audits using the HMIP case assessment tool, with findings discussed in supervision",
     "Head of PDU", "Monthly", "Green", "Audits in place since June 2025"],
    ["2", "make sure that domestic abuse and child safeguarding enquiries are requested at the start of every order and used to inform assessment",
     "2.1", "Agree an information-sharing protocol with Liverpool City Council children's services for safeguarding responses within 10 working days",
     "Head of PDU / Court Team Manager", "Febuary 2026", "Amber", "Draft protocol with LCC legal services"],
    ["", "", "2.2", "Audit 20 new cases each month to check that domestic abuse and safeguarding enquiries were requested and followed up",
     "Court Team Manager", "31/12/2025", "Green", "July and August audits: 85% and 90% compliant"],
    ["3", "improve the delivery of unpaid work so that more hours are completed within expected timescales",
     "3.1", "Open two additional weekend work parties and two new individual placements with community partners",
     "Unpaid Work Manager", "Nov-25", "Amber", "One weekend party open; supervisor recruitment under way"],
    ["The Probation Service North West region should:", "", "", "", "", "", "", ""],
    ["4", "make sure that staffing levels in the PDU are sufficient to deliver manageable caseloads",
     "4.1", "Recruit to 12 vacant probation officer posts through the regional recruitment campaign",
     "Regional Head of Operations", "31/03/2026", "Amber", "7 of 12 posts offered"],
    ["", "", "4.2", "Review the allocation of PQiP learners to the PDU for the 2026 cohort",
     "Regional Probation Director", "Jan-26", "Not started", ""],
    ["", "", "", "", "", "", "", ""],
    ["Status key: Complete / Green \u2013 on track / Amber \u2013 at risk / Red \u2013 off track / Not started", "", "", "", "", "", "", ""],
]


def build_probation():
    path = out("zci-probation-service-liverpool-north-pdu-hmip-inspection-action-plan-typo-month-refuse.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(PROB_ROWS)


# ---------------------------------------------------------------------------
# 7. University of Hull - OfS condition E6 harassment and sexual misconduct
#    action plan (txt: a Word document saved as plain text, so paragraphs are
#    lines and table rows are tab-separated cells): title block, status key,
#    section headings each followed by a table, notes at the end.
# ---------------------------------------------------------------------------
HULL_TITLE = "University of Hull: Harassment and Sexual Misconduct Action Plan 2025\u201326"

HULL_SECTIONS = [
    ("Section 1: A single, comprehensive source of information", [
        ("1.1", "Publish the Harassment and Sexual Misconduct Policy and statement on a single web page, "
                "linked from the student portal, Canvas and the staff intranet.",
         "Director of Student Services", "01/08/2025", "Complete", "Page live 31/07/2025"),
        ("1.2", "Email every student at the start of each academic year with a summary of the policy and "
                "how to report.",
         "Head of Student Communications", "Annually (September)", "On track", "2025 email sent 22/09/2025"),
    ]),
    ("Section 2: Training and awareness", [
        ("2.1", "Make the online \u2018Consent Matters\u2019 module compulsory for all new students, with "
                "completion rates reported to each faculty.",
         "Head of Student Wellbeing", "31 Oct 2025", "On track", "61% completion at 3 October"),
        ("2.2", "Deliver bystander intervention training to students\u2019 union officers, sports club "
                "captains and residence life assistants.",
         "Students\u2019 Union Chief Executive & Head of Residential Life", "December 2025", "At risk",
         "Trainer availability limited; two sessions held"),
        ("2.3", "Require all staff to complete the refreshed Dignity at Work and Study e-learning, "
                "including the new module on staff\u2013student relationships.",
         "Director of People", "31/03/2026", "On track", "Module launched 1 September"),
        ("2.4", "Provide trauma-informed investigation training for all staff who investigate reports of "
                "sexual misconduct.",
         "Head of Student Conduct and Complaints", "Jan 2026", "Not started", "Provider being procured"),
    ]),
    ("Section 3: Reporting, support and investigation", [
        ("3.1", "Launch the Report and Support online tool with anonymous and named reporting options.",
         "Director of Student Services", "Sept 2025", "Complete", "Launched 15/09/2025"),
        ("3.2", "Introduce a case management system recording disclosures, precautionary measures and "
                "outcomes, with anonymised quarterly reports to Senate.",
         "Head of Student Conduct and Complaints / Information Governance Manager", "30 April 2026",
         "Off track", "Procurement paused pending budget review"),
    ]),
    ("Section 4: Personal relationships between staff and students", [
        ("4.1", "Adopt a Personal Relationships Policy that prohibits intimate relationships between staff "
                "and students where the staff member has academic or pastoral responsibility for the "
                "student, and set up a register of declared relationships.",
         "University Secretary", "31/07/2025", "Complete", "Approved by Council 10/07/2025"),
        ("4.2", "Report to Council on compliance with Condition E6, including the number of reports, "
                "outcomes and lessons learned.",
         "Pro-Vice-Chancellor (Education and Student Experience)", "November 2025", "On track",
         "Scheduled for Council 27/11/2025"),
    ]),
]


def build_hull():
    lines = [
        HULL_TITLE,
        "Office for Students Condition of Registration E6 (in force from 1 August 2025)",
        "",
        "Plan owner: Pro-Vice-Chancellor (Education and Student Experience)",
        "Approved by: University Leadership Team, 9 September 2025",
        "Monitoring: quarterly report to Senate; annual report to Council",
        "Version: 1.2 (updated 6 October 2025)",
        "",
        "Status key: Complete (blue) | On track (green) | At risk (amber) | Off track (red) | Not started",
        "",
    ]
    for heading, actions in HULL_SECTIONS:
        lines.append(heading)
        lines.append("\t".join(["Ref", "Action", "Lead", "Deadline", "Status", "Update"]))
        for row in actions:
            lines.append("\t".join(row))
        lines.append("")
    lines += [
        "Notes",
        "1. Actions marked Complete stay under review by the E6 Working Group until the annual report to Council.",
        "2. Leads are named by job title. Queries to the Student Wellbeing team.",
    ]
    with open(out("zci-university-of-hull-ofs-e6-harassment-sexual-misconduct-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    build_rbfrs()
    build_norfolk()
    build_cardinal_newman()
    build_highdown()
    build_st_josephs()
    build_probation()
    build_hull()
    print("built 7 files")
