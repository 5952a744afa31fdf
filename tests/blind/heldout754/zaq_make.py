#!/usr/bin/env python3
"""Build the seven zaq- blind test files (set heldout754).

Run with /work/main/.venv/bin/python zaq_make.py ; writes next to this script.
Only files whose names start with "zaq-" are written.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zaq-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"


# ---------------------------------------------------------------------------
# 1. HMP Gartree - HMIP inspection action plan tracker (xlsx)
# ---------------------------------------------------------------------------
def gartree():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [9, 42, 14, 8, 52, 26, 13, 13, 44, 7]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws["A1"] = "HMP Gartree – HMIP Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("A response to the HMIP full inspection: 9–19 January 2023    "
                "Report published: 16 May 2023")
    ws.merge_cells("A2:J2")
    ws["A3"] = ("Action plan submitted: 27 June 2023    "
                "Tracker updated for Senior Leadership Team: 31 January 2024")
    ws.merge_cells("A3:J3")

    hdr = ["Concern No.", "Concern", "Agreed / Partly Agreed / Not Agreed",
           "Action No.", "Action", "Responsible Owner", "Original Target Date",
           "Revised Target Date", "Progress Update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    def section(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(row=row, column=c).fill = fill("D9E1F2")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)

    concerns = [
        # (row, concern no, concern text, agreed, [actions])
        ("PRIORITY CONCERNS", None),
        (1, "Too many prisoners were not engaged in purposeful activity. Around a "
            "quarter were unemployed or only part-time and spent long periods "
            "locked in their cells.", "Agreed", [
            ("1.1", "Complete a full review of the activities allocation process and "
                    "introduce a weekly allocations board chaired by the Head of "
                    "Reducing Reoffending.", "Head of Reducing Reoffending",
             D(2023, 9, 30), None,
             "Allocations board in place since August 2023. Unemployment reduced "
             "from 24% to 11%.", BLUE),
            ("1.2", "Create 60 additional part-time activity spaces in the industries "
                    "workshops and the horticulture unit.",
             "Head of Industries / Education Manager", D(2023, 12, 31), D(2024, 3, 31),
             "42 spaces created. Horticulture polytunnel delayed by contractor; "
             "revised date agreed at SLT.", AMBER),
            ("1.3", "Introduce a monthly purposeful activity report to SLT showing "
                    "time unlocked and activity attendance by wing.",
             "Deputy Governor", D(2023, 10, 31), None,
             "First report presented October 2023 and now standing item.", BLUE),
        ]),
        (2, "Recorded self-harm had increased since the last inspection and the "
            "quality of ACCT case management was inconsistent.", "Agreed", [
            ("2.1", "Deliver refresher ACCT case manager training to all supervising "
                    "officers and record completion on the training matrix.",
             "Head of Safety", D(2023, 8, 31), D(2024, 2, 29),
             "78% of supervising officers trained; remaining sessions booked.", GREEN),
            ("2.2", "Quality assure five open ACCT documents each week and report "
                    "findings to the Safety Intervention Meeting.",
             "Safer Custody Manager", "Monthly", None,
             "Weekly QA embedded; themes reported monthly.", GREEN),
        ]),
        ("KEY CONCERNS", None),
        (3, "The needs of prisoners with protected characteristics, particularly "
            "older prisoners and those with disabilities, were not always identified "
            "or met.", "Partly Agreed", [
            ("3.1", "Complete a needs assessment of all prisoners aged over 50 and "
                    "agree a social care pathway with Leicestershire County Council.",
             "Head of Residence and Equalities", D(2023, 12, 31), "Q1 2024/25",
             "Assessment 60% complete. Social care meeting postponed twice by the "
             "local authority.", RED),
            ("3.2", "Appoint and train two prisoner equality representatives on each "
                    "wing.", "Equalities Officer", D(2023, 9, 30), None,
             "All representatives in post and trained.", BLUE),
        ]),
        (4, "The condition of A and B wings was poor, with broken windows, "
            "unreliable heating and no privacy screening around in-cell toilets.",
         "Agreed", [
            ("4.1", "Submit a business case to HMPPS Estates for window and heating "
                    "replacement on A and B wings.\nInterim: fit privacy curtains in "
                    "all cells on A and B wings.",
             "Head of Operations; GFSL Site Manager", D(2024, 3, 31), None,
             "Business case submitted November 2023. Curtains fitted on A wing.",
             AMBER),
        ]),
    ]

    row = 6
    for item in concerns:
        if item[1] is None:
            section(row, item[0])
            row += 1
            continue
        no, text, agreed, actions = item
        first = row
        for (ref, act, owner, orig, rev, prog, rag) in actions:
            vals = [None, None, None, ref, act, owner, orig, rev, prog, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=row, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=10).fill = fill(rag)
            row += 1
        last = row - 1
        ws.cell(row=first, column=1, value=no)
        ws.cell(row=first, column=2, value=text)
        ws.cell(row=first, column=3, value=agreed)
        if last > first:
            for c in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        for c in (1, 2, 3):
            ws.cell(row=first, column=c).alignment = WRAP

    row += 1
    ws.cell(row=row, column=5, value="Summary at 31 January 2024").font = BOLD
    row += 1
    for label, n, col in [("Complete", 3, BLUE), ("On track", 2, GREEN),
                          ("Some slippage", 2, AMBER), ("Off track", 1, RED),
                          ("Total actions", 8, None)]:
        ws.cell(row=row, column=5, value=label)
        c = ws.cell(row=row, column=6, value=n)
        if col:
            ws.cell(row=row, column=7).fill = fill(col)
        else:
            ws.cell(row=row, column=5).font = BOLD
            c.font = BOLD
        row += 1

    key = wb.create_sheet("RAG Key")
    key.column_dimensions["B"].width = 60
    key["A1"] = "RAG rating key"
    key["A1"].font = BOLD
    for r, (col, txt) in enumerate([
            (BLUE, "Complete – action delivered and evidence held"),
            (GREEN, "On track – will be delivered by the target date"),
            (AMBER, "Some slippage – revised date agreed or at risk"),
            (RED, "Off track – will not be delivered without escalation")], 3):
        key.cell(row=r, column=1).fill = fill(col)
        key.cell(row=r, column=2, value=txt)

    ws.freeze_panes = "A6"
    wb.save(out("zaq-hmp-gartree-hmip-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Bedfordshire Police - stalking super-complaint action plan (xlsx)
# ---------------------------------------------------------------------------
def bedfordshire():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Force Action Plan"
    for i, w in enumerate([8, 60, 30, 16, 13, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws["A1"] = ("Bedfordshire Police – Police Super-complaint: The Police Response to "
                "Stalking – Force Action Plan")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Strategic / Executive Lead: Assistant Chief Constable (Crime and Public Protection)"
    ws.merge_cells("A2:F2")
    ws["A3"] = "Operational Lead: Detective Superintendent, Public Protection"
    ws.merge_cells("A3:F3")
    ws["A4"] = ("Status key: Complete / On track / At risk / Off track / Not started "
                "(cell colours as in the Force Performance Board report)")
    ws["A4"].font = Font(italic=True)
    ws.merge_cells("A4:F4")

    hdr = ["Ref", "Action", "Action owner", "Target date", "Status",
           "Update (November 2025)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002F6C")
        cell.border = BOX
        cell.alignment = WRAP

    STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER,
                   "Off track": RED, "Not started": "D9D9D9"}

    recs = [
        ("Recommendation 7 – By 27 March 2025, where needed, request changes to the "
         "force crime recording system so that officers and staff can record and "
         "search for stalking offences that are not the principal crime on a record.", [
            ("7.1", "Submit a change request to the Athena consortium so that stalking "
                    "can be added as an included classification on crime records.",
             "Force Crime and Incident Registrar", D(2025, 3, 27), "Complete",
             "Change request accepted by the consortium board in March 2025; "
             "release scheduled for 2026."),
            ("7.2", "Until the system change is live, require investigators to submit "
                    "an intelligence report flagging stalking on every linked "
                    "occurrence.", "D/Supt Public Protection", "Ongoing", "On track",
             "Briefed to all investigators; compliance checked in the monthly audit."),
        ]),
        ("Recommendation 10 – By 27 March 2025, review and refresh the force’s "
         "learning and training on stalking, including for call handlers and first "
         "responders.", [
            ("10.1", "Deliver the College of Policing stalking and harassment learning "
                     "package to all Force Contact Centre staff.",
             "Head of Learning & Development / Force Contact Centre Superintendent",
             D(2025, 6, 1), "At risk",
             "81% of contact centre staff completed. Remaining staff abstracted "
             "by summer demand; new completion date to be set."),
            ("10.2", "Include a stalking input in the initial learning programme for "
                     "all new student officers.", "Head of Learning & Development",
             "End of September 2025", "Complete",
             "Input delivered to the September 2025 intake."),
        ]),
        ("Recommendation 12 – Make sure stalking protection orders are considered in "
         "every stalking investigation and that the reason for not applying is "
         "recorded.", [
            ("12.1", "Add a mandatory stalking protection order consideration field to "
                     "the stalking investigation plan template.",
             "DCI Safeguarding Hub", D(2025, 1, 31), "Complete",
             "Template updated January 2025."),
            ("12.2", "Appoint a dedicated stalking protection order coordinator in "
                     "Force Legal Services to support applications.",
             "Head of Legal Services", "Q4 2025/26", "Off track",
             "Post not funded in the 2025/26 budget; options paper going to "
             "Chief Officer Group."),
        ]),
        ("Recommendation 14 – Work with local specialist stalking advocacy services "
         "so that victims are referred for support at the earliest opportunity.", [
            ("14.1", "Agree a direct referral pathway with the stalking advocacy "
                     "service commissioned by the Office of the Police and Crime "
                     "Commissioner.", "Victim Care Manager & OPCC Commissioning Lead",
             D(2025, 12, 31), "On track",
             "Draft information-sharing agreement with the provider for sign-off."),
            ("14.2", "Dip sample 30 stalking crimes each quarter to check that a "
                     "referral was offered and recorded.",
             "Public Protection Review Team", "Quarterly", "Not started",
             "First dip sample planned for January 2026."),
        ]),
    ]

    row = 7
    for rec, actions in recs:
        cell = ws.cell(row=row, column=1, value=rec)
        cell.font = BOLD
        cell.alignment = WRAP
        cell.fill = fill("DDEBF7")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        ws.row_dimensions[row].height = 32
        row += 1
        for ref, act, owner, date, status, upd in actions:
            vals = [ref, act, owner, date, status, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=row, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=4).number_format = (
                "mmm-yy" if ref == "10.1" else ws.cell(row=row, column=4).number_format)
            ws.cell(row=row, column=5).fill = fill(STATUS_FILL[status])
            row += 1

    vc = wb.create_sheet("Version control")
    for c, h in enumerate(["Version", "Date", "Author", "Changes"], 1):
        vc.cell(row=1, column=c, value=h).font = BOLD
    for r, vals in enumerate([
            ("1.0", D(2024, 11, 22), "Public Protection Unit",
             "Published 56-day action plan"),
            ("1.1", D(2025, 4, 14), "Public Protection Unit",
             "Updated after March 2025 deadline"),
            ("1.2", D(2025, 11, 28), "Public Protection Unit",
             "November 2025 update for Force Performance Board")], 2):
        for c, v in enumerate(vals, 1):
            cell = vc.cell(row=r, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    vc.column_dimensions["C"].width = 24
    vc.column_dimensions["D"].width = 50
    wb.save(out("zaq-bedfordshire-police-stalking-super-complaint-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Greenhead College - quality improvement plan 2025-26 (xlsx)
# ---------------------------------------------------------------------------
def greenhead():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70
    cov["A1"] = "Greenhead College – Quality Improvement Plan 2025–26"
    cov["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Linked to:", "Self-Assessment Report 2024–25"),
        ("Approved by:", "Quality & Standards Committee, 4 November 2025"),
        ("Version:", "2 – March 2026 progress update"),
        ("Plan owner:", "Vice Principal (Quality)"),
    ]
    for r, (a, b) in enumerate(rows, 3):
        cov.cell(row=r, column=1, value=a).font = BOLD
        cov.cell(row=r, column=2, value=b)
    cov["A9"] = "RAG key"
    cov["A9"].font = BOLD
    for r, (letter, col, txt) in enumerate([
            ("B", BLUE, "Complete – impact evidenced"),
            ("G", GREEN, "On track"),
            ("A", AMBER, "Some slippage – action at risk"),
            ("R", RED, "Off track – intervention required")], 10):
        c = cov.cell(row=r, column=1, value=letter)
        c.fill = fill(col)
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=r, column=2, value=txt)

    hdr = ["Ref", "Action", "Lead(s)", "Deadline", "Previous RAG (Dec-25)",
           "Current RAG (Mar-26)", "Evidence of impact / progress"]
    RAGF = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def theme_sheet(title, kais):
        ws = wb.create_sheet(title)
        for i, w in enumerate([8, 58, 30, 13, 11, 11, 50], 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:G1")
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(row=3, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("6B2C91")
            cell.alignment = WRAP
            cell.border = BOX
        row = 4
        for kai, actions in kais:
            cell = ws.cell(row=row, column=1, value=kai)
            cell.font = BOLD
            cell.fill = fill("E4DFEC")
            cell.alignment = WRAP
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
            row += 1
            for ref, act, lead, dl, prev, cur, ev in actions:
                for c, v in enumerate([ref, act, lead, dl, prev, cur, ev], 1):
                    cell = ws.cell(row=row, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                for c, v in ((5, prev), (6, cur)):
                    if v in RAGF:
                        ws.cell(row=row, column=c).fill = fill(RAGF[v])
                        ws.cell(row=row, column=c).alignment = Alignment(
                            horizontal="center", vertical="top")
                row += 1
        return ws

    theme_sheet("Quality of Education", [
        ("KAI QE1: High grades (A*–B) in a minority of A level subjects are below "
         "the college’s ambitious targets", [
            ("QE1.1", "Run subject deep dives in the six A level subjects with negative "
                      "value added and agree subject improvement plans.",
             "Assistant Principal (Curriculum)", "Dec 2025", "G", "B",
             "Deep dives complete; plans signed off by Heads of Faculty."),
            ("QE1.2", "Introduce structured retrieval practice and exam-question "
                      "walkthroughs in all Year 13 lessons.", "Heads of Faculty",
             "Feb 2026", "G", "A",
             "In place in 14 of 19 subjects; learning walks show variable use."),
            ("QE1.3", "Provide targeted coaching for teachers whose students’ value "
                      "added is below zero, linked to appraisal objectives.",
             "Director of Teaching & Learning; HR Manager", D(2026, 4, 30), "A", "G",
             "Coaching pairs established for 11 staff."),
        ]),
        ("KAI QE2: Students with high needs and bursary students do not progress as "
         "well as their peers", [
            ("QE2.1", "Track attendance and progress of bursary students fortnightly at "
                      "the pastoral tracking meeting and trigger early intervention.",
             "Head of Student Services", "Termly", "G", "G",
             "Gap in attendance narrowed from 4.1 to 2.6 percentage points."),
            ("QE2.2", "Review EHCP outcomes with each high-needs student and their "
                      "teachers at the start of each term and update one-page "
                      "profiles.", "SENCo / Learning Support Manager", "June 2026",
             "A", "A", "Autumn and spring reviews held; profiles not yet shared "
                       "with all teachers."),
        ]),
    ])
    theme_sheet("Leadership & Management", [
        ("KAI LM1: Governors do not yet receive sufficiently detailed information on "
         "the progress of disadvantaged students", [
            ("LM1.1", "Add a disadvantaged students dashboard to the termly Quality & "
                      "Standards Committee report.", "Vice Principal (Quality)",
             "Nov 2025", "B", "B", "Dashboard presented 4 November 2025."),
            ("LM1.2", "Appoint a link governor for SEND and disadvantaged students and "
                      "agree a visit schedule.", "Clerk to the Corporation",
             D(2026, 1, 31), "G", "R",
             "Link governor resigned January 2026; recruitment under way."),
        ]),
        ("KAI LM2: Staff workload and wellbeing survey results have declined", [
            ("LM2.1", "Carry out a workload audit of administrative tasks and remove or "
                      "streamline at least three college-wide processes.",
             "Principal and Deputy Principal", "July 2026", None, "G",
             "Audit complete; reports and registers processes simplified."),
        ]),
    ])

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG ratings – March 2026"
    sm["A1"].font = BOLD
    sm.column_dimensions["A"].width = 28
    for c, h in enumerate(["Theme", "B", "G", "A", "R", "Total"], 1):
        sm.cell(row=3, column=c, value=h).font = BOLD
    for r, vals in enumerate([("Quality of Education", 1, 2, 2, 0, 5),
                              ("Leadership & Management", 1, 1, 0, 1, 3),
                              ("Total", 2, 3, 2, 1, 8)], 4):
        for c, v in enumerate(vals, 1):
            sm.cell(row=r, column=c, value=v)
    wb.save(out("zaq-greenhead-college-quality-improvement-plan-2025-26.xlsx"))


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


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Probation Service - Surrey PDU HMI Probation action plan (docx)
# ---------------------------------------------------------------------------
def surrey_pdu():
    doc = docx.Document()
    landscape(doc)
    doc.add_heading("Action Plan: Surrey Probation Delivery Unit", level=0)
    doc.add_paragraph("Action Plan Submitted: 13 January 2025")
    doc.add_paragraph("A Response to the HMI Probation Inspection: An inspection of "
                      "probation services in Surrey PDU")
    doc.add_paragraph("Report Published: 19 November 2024")

    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "His Majesty’s Inspectorate of Probation is the independent inspector of youth "
        "justice and probation services in England and Wales. In response to the "
        "report, HMPPS is required to draft a robust and timely action plan to "
        "address the recommendations. The action plan confirms whether "
        "recommendations are agreed, partly agreed or not agreed (see categorisations "
        "below). Where a recommendation is agreed or partly agreed, the action plan "
        "provides specific steps to address it, with the owner and timescale of each "
        "step clearly identified.")

    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["Term", "Definition", "Additional comment"]):
        set_text(t.rows[0].cells[c], h, bold=True)
    for term, defn, com in [
            ("Agreed", "All of the recommendation is agreed with, can be achieved "
                       "and is affordable.",
             "The response should clearly explain how the recommendation will be "
             "achieved, with timescales."),
            ("Partly Agreed", "Only part of the recommendation is agreed with, is "
                              "achievable, affordable and will be implemented.",
             "The response must state clearly which part will be implemented."),
            ("Not Agreed", "The recommendation is not accepted and will not be "
                           "implemented.",
             "The response must clearly state the reasons why.")]:
        cells = t.add_row().cells
        set_text(cells[0], term)
        set_text(cells[1], defn)
        set_text(cells[2], com)

    hdr = ["Recommendation", "Agreed / Partly Agreed / Not Agreed", "No.",
           "Action Taken / Planned", "Responsible Owner", "Target Date"]

    def rec_table(recs):
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_text(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "D9D9D9")
        for rec, agreed, actions in recs:
            first = len(t.rows)
            for no, act, owner, date in actions:
                cells = t.add_row().cells
                set_text(cells[2], no)
                set_text(cells[3], act)
                set_text(cells[4], owner)
                set_text(cells[5], date)
            last = len(t.rows) - 1
            set_text(t.cell(first, 0), rec)
            set_text(t.cell(first, 1), agreed)
            if last > first:
                t.cell(first, 0).merge(t.cell(last, 0))
                t.cell(first, 1).merge(t.cell(last, 1))
        return t

    doc.add_paragraph()
    doc.add_heading("Recommendations to the Surrey PDU", level=2)
    rec_table([
        ("1. Improve the quality of work to assess, plan for and manage the risk of "
         "harm posed by people on probation, making full use of information from the "
         "police and children’s social care.", "Agreed", [
            ("1.1", "Deliver a mandatory risk of harm practice workshop for all "
                    "probation officers and probation services officers.",
             "Deputy Head of PDU", "31 March 2025"),
            ("1.2", "Introduce case audits by Senior Probation Officers using the HMI "
                    "Probation standards, with findings reported to the PDU Quality "
                    "Board.", "Senior Probation Officers", "Monthly"),
            ("1.3", "Agree a protocol with Surrey Police for the timely return of "
                    "domestic abuse call-out information at court and allocation "
                    "stages.", "Head of PDU; Surrey Police Public Protection Lead",
             "30 June 2025"),
        ]),
        ("2. Make sure that children’s social care checks are completed and used at "
         "the pre-sentence stage in all cases.", "Agreed", [
            ("2.1", "Establish a single point of contact in the court team to request "
                    "and chase children’s social care checks for all cases adjourned "
                    "for a pre-sentence report.", "Court Team SPO", "28 February 2025"),
            ("2.2", "Add a children’s social care check prompt to the court report "
                    "quality assurance checklist.", "Court Team SPO",
             "31 January 2025"),
        ]),
    ])

    doc.add_paragraph()
    doc.add_heading("Recommendations to the Kent, Surrey and Sussex region", level=2)
    rec_table([
        ("3. Make sure that the PDU has enough probation officers to manage its "
         "caseload safely, and reduce workload measurement tool levels.", "Agreed", [
            ("3.1", "Prioritise Surrey PDU in the regional allocation of newly "
                    "qualified probation officers from the 2025 PQiP cohort.",
             "Regional Probation Director", "September 2025"),
            ("3.2", "Use the regional workload management group to agree caseload caps "
                    "for staff in their first year after qualifying.",
             "Head of Operational Workforce Planning", "Q1 2025/26"),
        ]),
        ("4. Improve the availability and timeliness of accredited programmes and "
         "structured interventions.", "Partly Agreed", [
            ("4.1", "Recruit two additional programme facilitators for Building "
                    "Choices in Surrey.\nPartly agreed: a third post depends on the "
                    "2025/26 national interventions budget.",
             "Regional Head of Interventions", "30 September 2025"),
        ]),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Progress against this action plan will be monitored by the "
                      "Regional Probation Director through the regional Quality and "
                      "Performance Board.")
    doc.save(out("zaq-probation-service-surrey-pdu-hmip-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Moorside Community Primary School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def moorside():
    doc = docx.Document()
    landscape(doc)
    doc.add_heading("Moorside Community Primary School – Post-Ofsted Action Plan "
                    "2023–24", level=0)

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for r, (a, b) in enumerate([
            ("Inspection dates", "10 and 11 October 2023"),
            ("Overall effectiveness", "Requires improvement"),
            ("Headteacher", "Mrs J. Holden"),
            ("Approved by governors", "Full Governing Body, 29 November 2023")]):
        set_text(info.cell(r, 0), a, bold=True)
        set_text(info.cell(r, 1), b)

    doc.add_paragraph()
    doc.add_paragraph(
        "RAG key: B = complete, G = on track, A = some concerns, R = not on track. "
        "Ratings updated for the Standards Committee, March 2024.")

    RAGF = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    hdr = ["Action", "Lead", "Timescale", "Success criteria", "Monitored by", "RAG"]

    def area(title, ofsted, actions):
        doc.add_heading(title, level=1)
        p = doc.add_paragraph(ofsted)
        for r in p.runs:
            r.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_text(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "BDD7EE")
        for act, lead, when, sc, mon, rag in actions:
            cells = t.add_row().cells
            for c, v in enumerate([act, lead, when, sc, mon, rag]):
                set_text(cells[c], v)
            shade(cells[5], RAGF[rag])

    area("Area for improvement 1: Curriculum in foundation subjects",
         "In some foundation subjects, the school has not identified precisely the "
         "knowledge that pupils should learn and when. As a result, pupils do not "
         "build their knowledge securely over time. The school should ensure that "
         "the curriculum in these subjects sets out the important knowledge pupils "
         "need to learn, in a logical order, from the early years to Year 6.", [
            ("Map the key knowledge and vocabulary for history, geography and art "
             "from Reception to Year 6 with support from the trust’s curriculum "
             "team.", "DHT/Curriculum Lead", "Autumn term 2023",
             "Knowledge maps in place for all three subjects", "LGB curriculum link "
                                                                "governor", "B"),
            ("Give subject leaders release time to monitor the new sequences through "
             "book looks and pupil voice.", "HT", "Termly",
             "Monitoring reports show pupils recall prior learning",
             "HT / trust school improvement partner", "G"),
            ("Introduce end-of-unit low-stakes quizzes in foundation subjects and "
             "discuss the outcomes at pupil progress meetings.", "Subject Leaders",
             "Spring term 2024", "Quiz outcomes show at least 80% of pupils "
                                 "secure in key knowledge", "DHT", "A"),
         ])

    area("Area for improvement 2: Early reading",
         "The school’s phonics programme is not delivered consistently well. Some "
         "staff do not have the expertise to teach phonics precisely, and pupils who "
         "fall behind do not catch up quickly enough. The school should ensure that "
         "all staff are trained to deliver the phonics programme with fidelity and "
         "that pupils who need extra help receive it promptly.", [
            ("Complete the full phonics programme training for all teaching "
             "assistants and new staff, with follow-up coaching in class.",
             "English Lead & Phonics Lead", "By February half term 2024",
             "All staff delivering sessions observed as consistent", "HT", "B"),
            ("Run daily keep-up sessions for pupils identified in the half-termly "
             "phonics assessments.", "Phonics Lead", "Ongoing",
             "Gap between keep-up pupils and peers narrows each half term",
             "English Lead", "G"),
            ("Report phonics screening check predictions to the local governing body "
             "each term.", "HT", "Sept 2023 – July 2024",
             "At least 82% of Year 1 pupils pass the phonics screening check",
             "LGB", "G"),
         ])

    area("Area for improvement 3: Attendance",
         "Too many pupils, including disadvantaged pupils, are persistently absent "
         "from school. The school should continue to work with families to improve "
         "the attendance of these pupils.", [
            ("Hold attendance panel meetings with the families of pupils whose "
             "attendance falls below 90%.", "Family Support Worker; DHT",
             "Half-termly", "Persistent absence below 15% by July 2024",
             "Attendance governor", "A"),
            ("Launch a whole-school attendance rewards scheme and a weekly class "
             "attendance league.", "HT", "Autumn term 2023",
             "Scheme launched and shared with parents", "LGB", "B"),
         ])
    doc.save(out("zaq-moorside-community-primary-school-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Hymers College - ISI inspection action plan (tab-separated text export)
# ---------------------------------------------------------------------------
def hymers():
    lines = [
        "Hymers College – ISI Inspection Action Plan 2025",
        "Inspection dates: 14 to 16 January 2025\tReport published: 4 March 2025",
        "Prepared by: Deputy Head (Academic)\tReviewed by: Education Committee, 12 June 2025",
        "",
        "Key: C = Complete; G = On track; A = Some delay; R = Significant concern",
        "",
        "Ref\tAction\tLead\tBy when\tRAG\tProgress update",
        "Leadership and management, and governance",
        "1. Leaders should ensure that the monitoring of teaching in the sixth form "
        "identifies and addresses inconsistencies in the quality of written feedback "
        "between subjects.",
        "1.1\tAdd sixth form feedback to the programme of departmental reviews, with "
        "two subjects reviewed each half term.\tDeputy Head (Academic)\tSummer term 2025"
        "\tG\tFour subjects reviewed so far.",
        "1.2\tAgree a common sixth form feedback policy with Heads of Department and "
        "publish it in the staff handbook.\tHead of Sixth Form\tMay 2025\tC"
        "\tPolicy published 19 May 2025.",
        "1.3\tReport the findings of the reviews to the Education Committee each term."
        "\tDeputy Head (Academic)\tTermly\tG\t",
        "Quality of education, training and recreation",
        "2. Leaders should make sure that teachers in the junior school use assessment "
        "information consistently to adapt tasks for pupils who need more challenge.",
        "2.1\tProvide INSET on adaptive teaching for all junior school staff on the "
        "September training day.\tHead of Junior School\t04/09/2025\tG"
        "\tExternal trainer booked.",
        "2.2\tIntroduce half-termly pupil progress meetings in Years 3 to 6 using the "
        "new assessment tracker.\tJunior School Assessment Lead / Head of Junior School"
        "\tAutumn term 2025\tA\tPurchase of tracker delayed until new budget year.",
        "Pupils’ physical and mental health and emotional wellbeing",
        "3. Leaders should strengthen the way pupils’ views are gathered and used when "
        "planning the wellbeing and PSHE programme.",
        "3.1\tRun a whole-school wellbeing survey each year and share a summary of the "
        "results with the School Council.\tDeputy Head (Pastoral)\tJune 2025\tC"
        "\tSurvey completed by 87% of pupils.",
        "3.2\tSet up a pupil wellbeing panel in each key stage to review PSHE topics "
        "with the Head of PSHE.\tHead of PSHE; Deputy Head (Pastoral)\tOngoing\tR"
        "\tNo panels have met yet because of staff absence.",
        "",
        "Next review: Education Committee, October 2025",
    ]
    with open(out("zaq-hymers-college-isi-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Kent FRS - Fire Standards implementation tracker (csv) - typo month refuse
# ---------------------------------------------------------------------------
def kent_fire():
    rows = [
        ["Kent Fire and Rescue Service - Fire Standards Implementation Tracker",
         "", "", "", "", "", "", "", ""],
        ["Position at 31 December 2025 - Audit and Governance Committee, 22 January 2026",
         "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["Fire Standard", "Gap identified", "Action ID", "Improvement action",
         "Action owner", "Target date", "Revised target date", "Status", "Comment"],
        ["Emergency Response Driving", "Driver training records held on two systems",
         "ERD-01", "Migrate all driver training records onto the single competence "
                   "recording system", "Head of Training and Development",
         "30/06/2025", "30/09/2025", "Complete", "Migration completed September 2025"],
        ["Operational Learning", "Debrief outcomes not consistently shared with crews",
         "OL-01", "Publish a quarterly operational learning bulletin for all "
                  "operational staff", "Operational Assurance Manager", "31/03/2025",
         "", "Complete", ""],
        ["Prevention", "Limited evaluation of safe and well visits", "PRV-01",
         "Commission an independent evaluation of the safe and well visit programme",
         "Head of Prevention", "31/12/2025", "31/03/2026", "Amber",
         "Tender returned one bid; re-advertised"],
        ["Protection", "Risk-based inspection programme not aligned to new CRMP",
         "PRO-01", "Refresh the risk-based inspection programme using the 2025 CRMP "
                   "risk model", "Head of Protection", "Sept 2025", "", "Green",
         "Draft programme at Protection Board"],
        ["Safeguarding", "Safeguarding training not recorded for on-call staff",
         "SG-01", "Record level 1 safeguarding training for all on-call firefighters "
                  "on the learning system", "Safeguarding Lead", "31/10/2025",
         "Febuary 2026", "Amber", "On-call completion at 74%"],
        ["Code of Ethics", "Code not referenced in promotion processes", "COE-01",
         "Add Code of Ethics questions to all promotion assessment centres",
         "Head of People and Culture", "31/07/2025", "", "Complete", ""],
        ["Leading the Service", "No formal 360 feedback for senior leaders", "LTS-01",
         "Introduce annual 360 degree feedback for all area managers and above",
         "Chief Fire Officer / Director of People", "31/03/2026", "", "Green",
         "Provider appointed"],
    ]
    with open(out("zaq-kent-fire-rescue-service-fire-standards-implementation-"
                  "tracker-typo-month-refuse.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


if __name__ == "__main__":
    gartree()
    bedfordshire()
    greenhead()
    surrey_pdu()
    moorside()
    hymers()
    kent_fire()
    print("built 7 zaq- files")
