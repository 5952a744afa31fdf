#!/usr/bin/env python3
"""Build the seven zqo- blind test files (set heldout714).

Run:  /work/main/.venv/bin/python zqo_make.py
Writes the seven data files beside this script (3 xlsx, 2 docx, 1 csv, 1 txt).
Each data row also carries the expected reading (lead list, end month, end text,
status) from which the .expected.yaml files were written; this script writes
only the data files.
"""
import csv
import datetime as dt
import os
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- helpers --
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "Blue": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
    "Grey": "D9D9D9", "Head": "1F3864", "Light": "DDEBF7",
}


def xfill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ============================================================================
# 1. HMP/YOI Swinfen Hall - HMPPS action plan responding to HMIP concerns (docx)
# ============================================================================
SWINFEN = "zqo-hmp-yoi-swinfen-hall-hmip-inspection-action-plan.docx"
SWINFEN_ROWS = {
    "Priority concerns": [
        # (no, concern, agreed, [(action, owner, target, lead, end, end_text)])
        ("1",
         "Leaders had not done enough to reduce the high levels of violence, particularly against staff, and too many young adults told us they felt unsafe.",
         "Agreed",
         [("A violence reduction strategy specific to young adults will be developed with the Safer Custody team, drawing on the last 12 months of use of force and incident data.\n"
           "The monthly Safety Intervention Meeting (SIM) will review every assault on staff and agree an individual case plan for each perpetrator.",
           "Head of Safety", "31 January 2025", ["Head of Safety"], "2025-01", None)]),
        ("2",
         "Too many prisoners were locked in their cells for most of the day, and leaders could not assure themselves that the published regime was delivered.",
         "Agreed",
         [("The regime will be redesigned so that all prisoners allocated to full-time activity are unlocked for at least seven hours each weekday, and the revised regime will be displayed on every wing.",
           "Deputy Governor", "March 2025", ["Deputy Governor"], "2025-03", None),
          ("Daily regime delivery will be recorded on the Regime Management Plan, and any curtailment will be reported to the Governor the same day with the reason and the wings affected.",
           "Head of Residence / Head of Operations", "Ongoing", ["Head of Residence", "Head of Operations"], None, "Ongoing")]),
        ("3",
         "The quality of education, skills and work was not good enough, and too few prisoners attended their allocated activity.",
         "Partly Agreed",
         [("The prison will work with the education provider to raise attendance to 80% across education, skills and work, supported by a wing-based attendance escalation process.\n"
           "The part of the concern relating to the scope of the education contract sits with the Prison Education Framework contract team and is outside the prison's direct control.",
           "Head of Education, Skills and Work", "30/06/2025", ["Head of Education, Skills and Work"], "2025-06", None)]),
    ],
    "Key concerns": [
        ("4",
         "First night interviews were not always held in private, and some new arrivals did not receive a first night welfare check.",
         "Agreed",
         [("First night interviews will take place in the private interview room in reception, and a daily first night checklist will be signed off by the Orderly Officer.",
           "Head of Residence", "December 2024", ["Head of Residence"], "2024-12", None)]),
        ("5",
         "Prisoners with serious mental health needs waited too long for assessment and for transfer to secure hospital.",
         "Agreed",
         [("Healthcare partners will hold a weekly referrals and transfers meeting to track every case awaiting assessment, and any transfer taking longer than 28 days will be escalated to NHS England commissioners.",
           "Head of Healthcare (Practice Plus Group); Deputy Governor", "28/02/2025",
           ["Head of Healthcare (Practice Plus Group)", "Deputy Governor"], "2025-02", None)]),
        ("6",
         "Leaders did not use equality data to identify and address the poorer outcomes reported by young black prisoners.",
         "Agreed",
         [("The Diversity and Inclusion Meeting will review quarterly data on use of force, adjudications and the incentives scheme by ethnicity and age, and record an action against every disproportionate finding.",
           "Head of Decency", "Q4 2024/25", ["Head of Decency"], "2025-03", "Q4 2024/25")]),
        ("7",
         "Too few prisoners had an up-to-date assessment of their risks and needs (OASys) or a sentence plan that reflected them.",
         "Agreed",
         [("Prison Offender Managers will prioritise OASys reviews for prisoners within 12 months of release, and a recovery trajectory will be reported each month to the Reducing Reoffending Meeting.",
           "Head of Offender Management Delivery", "September 2025", ["Head of Offender Management Delivery"], "2025-09", None)]),
    ],
}


def make_swinfen():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Action Plan: HMP/YOI Swinfen Hall", style="Title")
    for line in ("Action Plan Submitted: 19 November 2024",
                 "A Response to the HMIP Inspection: 1–11 July 2024",
                 "Report Published: 24 September 2024"):
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the "
        "conditions for and treatment of those in prison, young offender institutions and court custody. "
        "Since May 2022 HMIP reports identify key concerns, some of which are identified as priority "
        "concerns. In response to the report HMPPS is required to draft a robust and timely action plan "
        "to address the concerns. The action plan confirms whether each concern is agreed, partly agreed "
        "or not agreed (see categorisations below). Where a concern is agreed or partly agreed, the action "
        "plan sets out the specific steps to address it, with the owner and timescale of each step clearly "
        "identified.")
    cat = doc.add_table(rows=1, cols=3)
    cat.style = "Table Grid"
    for c, h in zip(cat.rows[0].cells, ("Term", "Definition", "Additional comment")):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    for term, defin, com in (
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
         "The response should clearly explain how the concern will be addressed, with SMART actions and timescales."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be implemented.",
         "The response must state clearly which part of the concern will be addressed and why the remainder cannot be."),
        ("Not Agreed", "The concern is not agreed with and will not be addressed.",
         "The response must clearly state the reasons why the concern has not been agreed."),
    ):
        r = cat.add_row().cells
        set_cell(r[0], term, bold=True)
        set_cell(r[1], defin)
        set_cell(r[2], com)

    heads = ("No.", "Concern", "Agreed / Partly Agreed / Not Agreed",
             "Response Action Taken / Planned", "Responsible Owner", "Target Date")
    for section, concerns in SWINFEN_ROWS.items():
        doc.add_paragraph()
        doc.add_heading(section, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for no, concern, agreed, actions in concerns:
            first = None
            for i, (act, owner, target, *_rest) in enumerate(actions):
                r = t.add_row().cells
                if i == 0:
                    set_cell(r[0], no)
                    set_cell(r[1], concern)
                    set_cell(r[2], agreed)
                    first = r
                set_cell(r[3], act)
                set_cell(r[4], owner)
                set_cell(r[5], target)
            if len(actions) > 1:
                last = t.rows[len(t.rows) - 1].cells
                for col in range(3):
                    first[col].merge(last[col])
        for row in t.rows:
            for col, w in enumerate((1.2, 6.0, 2.6, 9.0, 3.6, 2.6)):
                row.cells[col].width = Cm(w)
    doc.add_paragraph()
    doc.add_paragraph(
        "Progress against this action plan will be reviewed monthly at the Senior Leadership Team "
        "meeting and reported to the Prison Group Director.")
    doc.save(out(SWINFEN))


# ============================================================================
# 2. Brockhampton Primary School - school development plan 2025-26 (docx)
# ============================================================================
BROCK = "zqo-brockhampton-primary-school-school-development-plan-2025-26.docx"
BROCK_TITLE = "Brockhampton Primary School – School Development Plan 2025–2026"
BROCK_PRIORITIES = [
    ("Priority 1: Quality of Education – Early Reading and Phonics",
     "Intended impact: by July 2026 at least 85% of Year 1 pupils meet the expected standard in the phonics screening check, and every pupil reads a book matched to their phonics knowledge.",
     [
         # (no, action, lead, timescale, success, monitoring, aut_fill, lead_list, end, end_text, status)
         ("1.1", "Refresher training on the school's validated SSP programme (Little Wandle) for all teachers and teaching assistants, including staff new to the school.",
          "KL/EW", "Sept 2025", "All staff deliver phonics sessions with fidelity to the programme; learning walks show consistent practice.",
          "HT learning walks; governor visit (Nov)", "Blue", ["KL", "EW"], "2025-09", None, "blue"),
         ("1.2", "Daily keep-up sessions for pupils in Reception and Year 1 identified through half-termly phonics assessments.",
          "EW", "Autumn term 2025", "Gap between keep-up group and peers narrows at each assessment point.",
          "Assessment data reviewed half-termly", "Green", ["EW"], "2025-12", "Autumn term 2025", "green"),
         ("1.3", "Audit and replace decodable reading books so that every book sent home matches the child's current phonics phase.",
          "EW & LM", "February 2026", "Book audit complete; no pupil taking home a book above their phase.",
          "English governor", "Amber", ["EW", "LM"], "2026-02", None, "amber"),
         ("1.4", "Phonics workshops for Reception and Year 1 parents, with short videos shared on the school website.",
          "EYFS Lead", "Termly", "Attendance at workshops; parent survey shows increased confidence in supporting reading at home.",
          "Parent survey (Summer)", "Green", ["EYFS Lead"], None, "Termly", "green"),
     ]),
    ("Priority 2: Behaviour and Attitudes – Attendance",
     "Intended impact: persistent absence falls from 14.2% to below 10%, and whole-school attendance is at or above 96%.",
     [
         ("2.1", "Appoint an Attendance Champion and hold weekly attendance monitoring meetings with the Education Welfare Officer.",
          "KL", "Sept 2025", "Weekly meetings minuted; pupils at risk of persistent absence identified within two weeks.",
          "Attendance governor termly", "Blue", ["KL"], "2025-09", None, "blue"),
         ("2.2", "Implement a tiered attendance response (letters, meetings, Early Help referral) in line with the DfE guidance 'Working together to improve school attendance'.",
          "KL / SB", "Sept 2025 – July 2026", "Every pupil below 90% has a support plan; persistent absence below 10%.",
          "FGB report each term", "Green", ["KL", "SB"], "2026-07", "Sept 2025 – July 2026", "green"),
         ("2.3", "Celebrate good and improved attendance through weekly class awards and a termly family breakfast.",
          "SB", "Ongoing", "Pupil voice shows pupils value attendance rewards.",
          "Pupil voice (Spring)", "Amber", ["SB"], None, "Ongoing", "amber"),
     ]),
    ("Priority 3: Leadership and Management – Subject Leadership in the Foundation Subjects",
     "Intended impact: subject leaders can explain how their curriculum builds knowledge from EYFS to Year 6 and how they know it is working.",
     [
         ("3.1", "Release time each half term for subject leaders to carry out deep dives in history, geography and art.",
          "KL", "Half-termly", "Deep dive reports completed and actions shared with staff.",
          "Curriculum Committee", "Green", ["KL"], None, "Half-termly", "green"),
         ("3.2", "Subject leaders complete a curriculum map and progression document for their subject, reviewed by the Curriculum Committee.",
          "RT, JH, AP", "March 2026", "Progression documents in place for all foundation subjects.",
          "Curriculum Committee", "Red", ["RT", "JH", "AP"], "2026-03", None, "red"),
         ("3.3", "Join the Herefordshire primary curriculum network and attend at least two cluster moderation sessions.",
          "RT", "Summer term 2026", "Moderation notes show subject leaders' judgements agree with those of other schools.",
          "HT", None, ["RT"], "2026-07", "Summer term 2026", "unrated"),
     ]),
]


def make_brock():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(BROCK_TITLE, style="Title")
    doc.add_paragraph("Our vision: a small school with a big heart, where every child learns to read, "
                      "think and care for others and for the world around them.")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in (("Headteacher", "Mrs Kate Lloyd (KL)"),
                 ("Chair of Governors", "Mr Peter Haines"),
                 ("Agreed by Full Governing Body", "7 October 2025"),
                 ("Review points", "December 2025 (Autumn), April 2026 (Spring), July 2026 (Summer)"),
                 ("Staff initials", "KL Headteacher; SB Deputy Headteacher / DSL; EW English and Phonics Lead; "
                                    "LM Teaching Assistant; RT History Lead; JH Geography Lead; AP Art Lead")):
        r = info.add_row().cells
        set_cell(r[0], k, bold=True)
        shade(r[0], "E2EFD9")
        set_cell(r[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG key – the Aut / Spr / Sum columns are shaded at each termly review:")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, meaning in (("Blue", "Completed"), ("Green", "On track"),
                            ("Amber", "Some progress – needs attention"), ("Red", "Not on track")):
        r = key.add_row().cells
        set_cell(r[0], colour, bold=True)
        shade(r[0], FILL[colour])
        set_cell(r[1], meaning)
    heads = ("No.", "Action", "Lead", "Timescale", "Success criteria", "Monitoring", "Aut", "Spr", "Sum")
    widths = (1.1, 7.5, 1.8, 2.6, 6.0, 3.4, 1.0, 1.0, 1.0)
    for title, impact, actions in BROCK_PRIORITIES:
        doc.add_paragraph()
        doc.add_heading(title, level=2)
        doc.add_paragraph(impact)
        t = doc.add_table(rows=1, cols=9)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "E2EFD9")
        for (no, act, lead, when, success, mon, aut, *_r) in actions:
            r = t.add_row().cells
            for c, v in zip(r, (no, act, lead, when, success, mon, "", "", "")):
                set_cell(c, v)
            if aut:
                shade(r[6], FILL[aut])
        for row in t.rows:
            for col, w in enumerate(widths):
                row.cells[col].width = Cm(w)
    doc.add_paragraph()
    doc.add_paragraph("Signed: ______________________ Headteacher        ______________________ Chair of Governors")
    doc.save(out(BROCK))


# ============================================================================
# 3. Manchester Metropolitan University - Ofsted ITE improvement plan (xlsx)
# ============================================================================
MMU = "zqo-manchester-metropolitan-university-ofsted-ite-improvement-plan.xlsx"
MMU_TITLE = "Manchester Metropolitan University ITE Partnership – Post-inspection Improvement Plan 2024–25"
MMU_PHASES = [
    ("Primary", "Primary phase", [
        ("Leaders should ensure that the centre-based curriculum for the foundation subjects sets out the essential knowledge trainees need, so that they can plan sequences of lessons in subjects such as history and geography with confidence.",
         [
             # (ref, action, leads, start, due, evidence, rag_oct, rag_jan, comment, lead_list, end, end_text, status)
             ("P1.1", "Map foundation subject sessions against the ITT Core Content Framework and identify the essential subject knowledge for each subject.",
              "Primary Programme Leader", D(2024, 5, 13), D(2024, 7, 19), "Revised curriculum maps published on Moodle.",
              "Blue", "Blue", "Completed July 2024.", ["Primary Programme Leader"], "2024-07", None, "blue"),
             ("P1.2", "Introduce subject knowledge audits and targeted self-study tasks for trainees in history, geography and RE.",
              "Foundation Subjects Lead; Primary Programme Leader", D(2024, 9, 2), "December 2024", "Audit completion rate and improvement between audit points.",
              "Green", "Blue", "Audits completed by 96% of trainees; second audit shows gains in all three subjects.",
              ["Foundation Subjects Lead", "Primary Programme Leader"], "2024-12", None, "blue"),
             ("P1.3", "Run joint mentor–tutor sessions on modelling foundation subject lessons during school-based training weeks.",
              "Partnership Manager", D(2024, 10, 1), D(2025, 3, 28), "Mentor feedback; quality of trainees' foundation subject planning.",
              "Green", "Amber", "Two of four sessions held; attendance from rural partnership schools lower than planned.",
              ["Partnership Manager"], "2025-03", None, "amber"),
         ]),
        ("Leaders should make sure that mentors in all partnership schools are trained to give trainees precise feedback on their teaching of early reading and systematic synthetic phonics.",
         [
             ("P2.1", "Deliver a compulsory early reading module for all primary mentors as part of the mentor curriculum.",
              "Early Reading Lead", D(2024, 9, 9), D(2025, 2, 14), "Module completion records; mentor feedback quality in weekly development summaries.",
              "Amber", "Green", "71% of mentors completed; remaining mentors booked onto February session.",
              ["Early Reading Lead"], "2025-02", None, "green"),
             ("P2.2", "Quality assure mentor feedback on early reading through joint observations by link tutors in 20% of placements each term.",
              "Link Tutor Coordinator & Head of ITE Quality", D(2024, 9, 9), "Ongoing", "Joint observation records; moderation reports.",
              "Green", "Green", "Autumn sample completed (22%).",
              ["Link Tutor Coordinator", "Head of ITE Quality"], None, "Ongoing", "green"),
         ]),
    ]),
    ("Secondary", "Secondary phase", [
        ("Leaders should ensure that training in all subjects gives trainees a secure understanding of how to adapt their teaching for pupils with special educational needs and/or disabilities (SEND).",
         [
             ("S1.1", "Redesign the SEND strand of the centre-based curriculum so that every subject session includes a subject-specific adaptive teaching example.",
              "Secondary Programme Leader", D(2024, 6, 3), D(2024, 9, 2), "Revised session plans; trainee evaluations.",
              "Blue", "Blue", "In place for the 2024–25 cohort.", ["Secondary Programme Leader"], "2024-09", None, "blue"),
             ("S1.2", "Arrange a SEND-focused placement day in a specialist provision for every secondary trainee.",
              "Partnership Manager / SEND Lead", D(2024, 11, 4), "April 2025", "Placement day records; trainee reflections.",
              None, "Green", "38 specialist settings confirmed; days scheduled February to April.",
              ["Partnership Manager", "SEND Lead"], "2025-04", None, "green"),
             ("S1.3", "Add an adaptive teaching (SEND) target to the weekly mentor meeting template and monitor its use through the ITE tracker.",
              "Dr A. Hussain", D(2024, 9, 9), D(2024, 12, 20), "Tracker data on SEND targets set and reviewed.",
              "Green", "Red", "Template updated, but fewer than half of mentors are setting the SEND target; escalated to the Partnership Board.",
              ["Dr A. Hussain"], "2024-12", None, "red"),
         ]),
        ("Leaders should check that trainees in modern foreign languages and computing receive enough subject-specific mentoring when they are placed in schools with small departments.",
         [
             ("S2.1", "Recruit and train additional subject mentors for MFL and computing from the partnership's lead schools.",
              "Partnership Director", D(2024, 7, 1), D(2024, 11, 29), "Number of trained subject mentors in MFL and computing.",
              "Amber", "Blue", "11 additional mentors trained.", ["Partnership Director"], "2024-11", None, "blue"),
             ("S2.2", "Set up a remote subject mentoring network for trainees in one-teacher departments, with fortnightly online sessions.",
              "MFL Subject Lead / Computing Subject Lead", D(2024, 9, 16), "July 2025", "Session attendance; trainee survey.",
              "Green", "Green", "Sessions running fortnightly since October.",
              ["MFL Subject Lead", "Computing Subject Lead"], "2025-07", None, "green"),
             ("S2.3", "Review the placement allocation process so that no trainee is placed in a department without a trained subject mentor.",
              "Placements Officer", D(2024, 6, 3), D(2024, 8, 30), "Allocation checklist; placement audit.",
              "Blue", "Blue", "Checklist in use from September 2024.", ["Placements Officer"], "2024-08", None, "blue"),
         ]),
    ]),
]


def make_mmu():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = MMU_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    rows = [("Inspection dates", "4–7 March 2024"),
            ("Report published", "30 April 2024"),
            ("Plan owner", "Head of School of Teacher Education and Professional Development"),
            ("Version", "v4 – updated after the January 2025 Partnership Strategic Board")]
    for i, (k, v) in enumerate(rows, start=3):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws["A8"] = "Inspection judgements"
    ws["A8"].font = Font(bold=True)
    for j, h in enumerate(("Phase", "Overall effectiveness", "Quality of education and training", "Leadership and management"), 1):
        c = ws.cell(9, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F3864")
    ws.append(["Primary and early years", "Good", "Good", "Good"])
    ws.append(["Secondary", "Requires improvement", "Requires improvement", "Good"])
    ws["A13"] = ("This plan responds to the 'What does the ITE provider need to do to improve?' points in the report. "
                 "It is reviewed termly by the ITE Partnership Strategic Board; see the Key sheet for RAG ratings.")
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 32
    ws.column_dimensions["D"].width = 28

    heads = ("Ref", "Improvement point (Ofsted report)", "Action", "Lead(s)", "Start", "Due",
             "Evidence of impact", "RAG Oct 2024", "RAG Jan 2025", "Commentary (Jan 2025)")
    widths = (7, 45, 50, 26, 12, 14, 34, 11, 11, 45)
    for sheet, phase, points in MMU_PHASES:
        ws = wb.create_sheet(sheet)
        ws["A1"] = phase
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = xfill("1F3864")
        ws.merge_cells("A1:J1")
        ws["A2"] = "What the ITE provider needs to do to improve (Ofsted, April 2024) and how the partnership is responding"
        ws["A2"].font = Font(italic=True)
        for j, h in enumerate(heads, 1):
            c = ws.cell(4, j, h)
            c.font = Font(bold=True)
            c.fill = xfill("DDEBF7")
            c.alignment = WRAP
            c.border = BOX
            ws.column_dimensions[c.column_letter].width = widths[j - 1]
        r = 5
        for point, actions in points:
            top = r
            for (ref, act, leads, start, due, ev, oct_, jan, com, *_x) in actions:
                vals = (ref, point if r == top else None, act, leads, start, due, ev, oct_, jan, com)
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j, rag in ((8, oct_), (9, jan)):
                    if rag:
                        ws.cell(r, j).fill = xfill(FILL[rag])
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
        ws.freeze_panes = "C5"
    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    for i, (colour, meaning) in enumerate((("Blue", "Complete"), ("Green", "On track"),
                                           ("Amber", "Some slippage – action needed to stay on track"),
                                           ("Red", "Off track – escalate to Partnership Strategic Board")), start=2):
        ws.cell(i, 1, colour).fill = xfill(FILL[colour])
        ws.cell(i, 2, meaning)
    ws.column_dimensions["B"].width = 55
    wb.save(out(MMU))


# ============================================================================
# 4. Scottish Fire and Rescue Service - HMFSI high rise thematic action plan (xlsx)
# ============================================================================
SFRS = "zqo-scottish-fire-and-rescue-service-hmfsi-high-rise-firefighting-thematic-action-plan.xlsx"
SFRS_TITLE = "HMFSI Thematic Inspection – Firefighting in High Rise Buildings: Action Plan Progress Report"
SFRS_RECS = [
    ("Recommendation 1 – The SFRS should strengthen its policy and internal guidance on fire warning and evacuation alert systems in high rise domestic buildings, so that a consistent, risk-based position can be promoted with building owners.",
     [
         # (no, action, owner, due, revised, pct, brag, update, lead_list, end, end_text, status)
         ("1.1", "Publish an SFRS position statement on evacuation alert systems in high rise domestic buildings, aligned with BS 8629.",
          "Head of Prevention, Protection and Preparedness", D(2023, 9, 30), None, 1.0, "Blue",
          "Position statement published on the SFRS website in September 2023.",
          ["Head of Prevention, Protection and Preparedness"], "2023-09", None, "blue"),
         ("1.2", "Update the Operational Guidance for high rise firefighting to include the use of evacuation alert systems by incident commanders.",
          "Head of Operations", D(2024, 3, 31), D(2024, 12, 31), 1.0, "Blue",
          "Guidance issued December 2024 following consultation with the Fire Brigades Union.",
          ["Head of Operations"], "2024-12", None, "blue"),
     ]),
    ("Recommendation 2 – The SFRS should work with Scottish Ministers to consider whether external indicator plates on domestic high rise buildings should become a requirement for building owners.",
     [
         ("2.1", "Submit a briefing paper to the Scottish Government Building and Fire Safety Division setting out the operational case for mandatory indicator plates.",
          "Director of Service Delivery", D(2023, 12, 31), None, 1.0, "Blue",
          "Paper submitted November 2023; SFRS represented on the working group.",
          ["Director of Service Delivery"], "2023-12", None, "blue"),
         ("2.2", "Audit indicator plates on all domestic high rise buildings and record missing or defective plates on the Operational Intelligence system.",
          "Local Senior Officers / Head of Operations", D(2024, 6, 30), D(2025, 9, 30), 0.7, "Amber",
          "North and East SDAs complete; West SDA audit 40% complete due to the volume of premises in Glasgow.",
          ["Local Senior Officers", "Head of Operations"], "2025-09", None, "amber"),
     ]),
    ("Recommendation 3 – The SFRS should review how Operational Intelligence (OI) for high rise buildings is recorded and used, and adopt a standard approach in all areas.",
     [
         ("3.1", "Introduce a single OI template for high rise premises covering access, water supplies, firefighting shafts and the evacuation strategy.",
          "Group Commander, Operational Intelligence", D(2024, 3, 31), None, 1.0, "Blue",
          "Template live on the OI system from March 2024.",
          ["Group Commander, Operational Intelligence"], "2024-03", None, "blue"),
         ("3.2", "Re-inspect all high rise domestic premises using the new template and publish the records to mobile data terminals.",
          "Area Commander (OI)", D(2024, 12, 31), D(2025, 10, 31), 0.65, "Amber",
          "412 of 633 premises re-inspected. Revised date agreed by the Service Delivery Committee in March 2025.",
          ["Area Commander (OI)"], "2025-10", None, "amber"),
     ]),
    ("Recommendation 4 – The SFRS should agree a national position on Premises Information Boxes for high rise domestic buildings.",
     [
         ("4.1", "Agree and publish guidance on Premises Information Boxes with the Scottish Federation of Housing Associations and local authority housing providers.",
          "Head of Prevention, Protection and Preparedness", D(2024, 9, 30), D(2025, 6, 30), 0.85, "Green",
          "Draft guidance agreed with SFHA; final sign-off scheduled for June 2025.",
          ["Head of Prevention, Protection and Preparedness"], "2025-06", None, "green"),
     ]),
    ("Recommendation 5 – The SFRS should consider a risk-based frequency for Operational Assurance Visits (OAVs) to high rise buildings.",
     [
         ("5.1", "Develop a risk-based OAV frequency model and pilot it in the West Service Delivery Area.",
          "Head of Training, Safety and Assurance", D(2024, 12, 31), D(2026, 3, 31), 0.4, "Red",
          "Pilot delayed by the Operational Assurance restructure; the model will not be ready by the original date.",
          ["Head of Training, Safety and Assurance"], "2026-03", None, "red"),
         ("5.2", "Evaluate the pilot and present recommendations for national roll-out to the Strategic Leadership Team.",
          "Head of Training, Safety and Assurance", D(2025, 6, 30), D(2026, 6, 30), 0.0, None,
          "Dependent on 5.1.",
          ["Head of Training, Safety and Assurance"], "2026-06", None, "unrated"),
     ]),
]


def make_sfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Document Control"
    ws["A1"] = SFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Scottish Fire and Rescue Service – Service Delivery Directorate"
    ws["A2"].font = Font(bold=True, size=11, color="C00000")
    for i, (k, v) in enumerate((("Report to", "Service Delivery Committee"),
                                ("Meeting date", "19 June 2025"),
                                ("Report classification", "For scrutiny"),
                                ("Position as at", "31 May 2025")), start=4):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws["A9"] = "Version history"
    ws["A9"].font = Font(bold=True)
    for j, h in enumerate(("Version", "Date", "Author", "Summary of changes"), 1):
        c = ws.cell(10, j, h)
        c.font = Font(bold=True)
        c.fill = xfill("D9D9D9")
    for row in (("1.0", D(2023, 3, 14), "Service Improvement Team", "Action plan approved by SLT"),
                ("2.0", D(2024, 11, 8), "Service Improvement Team", "Six-monthly progress update"),
                ("3.0", D(2025, 5, 31), "Service Improvement Team", "Progress to May 2025; revised due dates for 2.2, 3.2 and 5.1")):
        ws.append(list(row))
        ws.cell(ws.max_row, 2).number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["C"].width = 26
    ws.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "HMFSI Firefighting in High Rise Buildings – SFRS Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 31 May 2025"
    heads = ("HMFSI Recommendation", "Action No.", "Action Description", "Action Owner", "Due Date",
             "Revised Due Date", "% Complete", "BRAG", "Progress Update")
    widths = (48, 9, 50, 30, 12, 12, 10, 9, 50)
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("C00000")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[c.column_letter].width = widths[j - 1]
    r = 5
    counts = {"Blue": 0, "Green": 0, "Amber": 0, "Red": 0, None: 0}
    for rec, actions in SFRS_RECS:
        top = r
        for (no, act, owner, due, rev, pct, brag, upd, *_x) in actions:
            vals = (rec if r == top else None, no, act, owner, due, rev, pct, brag, upd)
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 5).number_format = "dd/mm/yyyy"
            ws.cell(r, 6).number_format = "dd/mm/yyyy"
            ws.cell(r, 7).number_format = "0%"
            if brag:
                ws.cell(r, 8).fill = xfill(FILL[brag])
            counts[brag] += 1
            r += 1
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "BRAG summary").font = Font(bold=True)
    r += 1
    for label, key in (("Blue – complete", "Blue"), ("Green – on track", "Green"),
                       ("Amber – at risk", "Amber"), ("Red – off track", "Red"),
                       ("Not yet started", None)):
        ws.cell(r, 1, label)
        ws.cell(r, 2, counts[key])
        r += 1
    ws.cell(r, 1, "Total actions").font = Font(bold=True)
    ws.cell(r, 2, sum(counts.values())).font = Font(bold=True)
    ws.freeze_panes = "B5"

    ws = wb.create_sheet("BRAG Key")
    for i, (colour, meaning) in enumerate((("Blue", "Action complete"),
                                           ("Green", "On track to be delivered by the due date"),
                                           ("Amber", "At risk of slippage – mitigation in place"),
                                           ("Red", "Will not be delivered by the due date – requires intervention")), start=1):
        ws.cell(i, 1, colour).fill = xfill(FILL[colour])
        ws.cell(i, 2, meaning)
    ws.column_dimensions["B"].width = 60
    wb.save(out(SFRS))


# ============================================================================
# 5. Avon and Somerset Police - HMICFRS vetting, misconduct and misogyny
#    recommendations tracker (xlsx) - REFUSE: mistyped month in a forecast cell
# ============================================================================
ASP = "zqo-avon-and-somerset-police-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker-typo-month-refuse.xlsx"
ASP_TITLE = ("Avon and Somerset Police – HMICFRS Vetting, Misconduct and Misogyny Inspection "
             "(November 2022): Force Recommendations Tracker")
ASP_ROWS = [
    ("VETTING", None),
    ("2", ("Review vetting decisions where applicants had adverse information or were known to police, and record the rationale for each decision.",
           "31/10/2023", "Dip sample of 300 clearances granted since 2019 completed; rationale template mandated in the vetting system.",
           "Force Vetting Manager", "Complete", "Complete", "Closed at Professional Standards Board, January 2024.")),
    ("5", ("Introduce a process to review the vetting status of officers and staff when they move to a higher-risk role.",
           "30/04/2023", "Posts requiring management vetting identified; HR trigger built into the transfers process.",
           "Force Vetting Manager", "31/03/2025", "Amber", "HR system change delayed by the ERP upgrade; interim manual check in place.")),
    ("7", ("Record in the vetting file all information considered in a decision to grant clearance despite adverse information.",
           "31/10/2023", "Vetting procedure updated; quality assurance of 10% of decisions each month by the Vetting Supervisor.",
           "Vetting Supervisor", "Complete", "Complete", "QA results reported monthly to Head of PSD.")),
    ("COUNTER-CORRUPTION", None),
    ("11", ("Make sure the counter-corruption unit has enough capacity to assess and develop all corruption-related intelligence.",
            "31/10/2023", "Business case approved for two additional intelligence researchers and one analyst.",
            "Head of Counter Corruption Unit", "Febuary 2025", "Amber", "Recruitment under way; one researcher in post.")),
    ("13", ("Use IT monitoring software on all force devices to identify officers and staff who misuse police systems.",
            "31/03/2024", "Monitoring software licensed and deployed to desktop devices; mobile devices to follow.",
            "Head of Counter Corruption Unit / Head of IT", "June 2025", "Green", "Mobile device roll-out scheduled for Q1 2025/26.")),
    ("MISCONDUCT", None),
    ("18", ("Refer all allegations of sexual misconduct by officers and staff to the counter-corruption unit for assessment.",
            "30/04/2023", "Referral criteria agreed between PSD and ACU; all cases triaged at the daily PSD meeting.",
            "Head of PSD", "Complete", "Complete", "Process embedded.")),
    ("20", ("Ensure that victims of sexual misconduct by officers and staff are kept informed and supported throughout the investigation.",
            "31/10/2023", "Victim contact standard introduced; Independent Sexual Violence Advisor referral offered in all cases.",
            "Head of PSD; Victim Care Lead", "30/06/2025", "Green", "Victim feedback survey due to report in May.")),
    ("24", ("Review the use of misconduct outcomes for misogynistic behaviour and make sure sanctions are consistent across the force.",
            "31/03/2024", "Thematic review of outcomes since 2021 commissioned from the Legal Services team.",
            "Deputy Chief Constable", "Sept 2025", "Green", "Terms of reference agreed.")),
]


def make_asp():
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    ws["A1"] = ASP_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Avon and Somerset Police – Professional Standards Department"
    ws["A2"].font = Font(bold=True, size=11, color="1F3864")
    ws["A3"] = "Update for the Joint Audit Committee, 12 November 2024"
    ws["A3"].font = Font(italic=True)
    heads = ("Rec No.", "Recommendation (summary)", "HMICFRS deadline", "Force action", "Lead",
             "Forecast completion", "Status", "Update")
    widths = (8, 55, 12, 50, 28, 14, 11, 45)
    for j, h in enumerate(heads, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F3864")
        c.alignment = WRAP
        ws.column_dimensions[c.column_letter].width = widths[j - 1]
    r = 6
    refuse_row = None
    counts = {}
    for no, data in ASP_ROWS:
        if data is None:
            ws.cell(r, 1, no).font = Font(bold=True)
            for j in range(1, 9):
                ws.cell(r, j).fill = xfill("D9D9D9")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            vals = (no,) + data
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            st = data[5]
            ws.cell(r, 7).fill = xfill(FILL["Blue"] if st == "Complete" else FILL[st])
            counts[st] = counts.get(st, 0) + 1
            if data[4].startswith("Febuary"):
                refuse_row = r
        r += 1
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    for st in ("Complete", "Green", "Amber", "Red"):
        r += 1
        ws.cell(r, 1, st)
        ws.cell(r, 2, counts.get(st, 0))
    ws = wb.create_sheet("Notes")
    ws["A1"] = "Notes"
    ws["A2"] = ("Only recommendations addressed to chief constables are shown. Recommendations addressed to the "
                "College of Policing, NPCC and Home Office are monitored through the national portal.")
    ws["A3"] = "Status: Complete = closed by Professional Standards Board; Green = on track; Amber = at risk; Red = off track."
    wb.save(out(ASP))
    return refuse_row


# ============================================================================
# 6. Rendcomb College - ISI inspection action plan (csv, Google Sheets export)
# ============================================================================
REND = "zqo-rendcomb-college-isi-inspection-action-plan.csv"
REND_SECTIONS = [
    ("Areas for action – Standards not met", [
        ("Leaders must ensure that the single central register accurately records all required pre-appointment checks, including for staff who work in the boarding houses.",
         [
             # (ref, action, responsible, timescale, success, rag, lead_list, end, end_text, status)
             ("A1.1", "Full audit of the single central register against personnel files, with all gaps rectified before the end of the spring term.",
              "Bursar / HR Manager", "04/04/2025", "SCR fully compliant; external audit by safeguarding consultant confirms.",
              "Complete", ["Bursar", "HR Manager"], "2025-04", None, "blue"),
             ("A1.2", "Termly check of the SCR by the nominated safeguarding governor, minuted at the Education and Safeguarding Committee.",
              "Chair of Education and Safeguarding Committee", "Termly", "Committee minutes record each check and any follow-up.",
              "Green", ["Chair of Education and Safeguarding Committee"], None, "Termly", "green"),
         ]),
        ("Leaders must ensure that risk assessments for off-site activities are completed and approved before every trip.",
         [
             ("A2.1", "Move all trip planning onto EVOLVE so that no trip can be approved without a completed risk assessment.",
              "Educational Visits Coordinator", "Summer term 2025", "100% of trips approved on EVOLVE with a risk assessment attached.",
              "Complete", ["Educational Visits Coordinator"], "2025-07", "Summer term 2025", "blue"),
         ]),
    ]),
    ("Recommended next steps", [
        ("Leaders should ensure that teaching in the lower school consistently adapts tasks for pupils who have special educational needs and/or disabilities (SEND), so that these pupils make the progress of which they are capable.",
         [
             ("N1.1", "Whole-staff INSET on adaptive teaching led by the Head of Learning Support, followed by peer observations focused on SEND.",
              "Director of Studies; Head of Learning Support", "Sept 2025", "Observation records show adaptation in most lessons seen.",
              "Green", ["Director of Studies", "Head of Learning Support"], "2025-09", None, "green"),
             ("N1.2", "Pupil passports reviewed each half term and shared with all teachers through iSAMS.",
              "SENCo", "Ongoing", "Passports current for all pupils on the SEND register.",
              "Amber", ["SENCo"], None, "Ongoing", "amber"),
         ]),
        ("Leaders should strengthen the careers programme in Years 9 to 11 so that pupils learn about a wide range of careers and pathways, including apprenticeships.",
         [
             ("N2.1", "Map the careers programme against the Gatsby Benchmarks and add two employer encounters for each year group.",
              "Head of Careers", "Autumn term 2025", "Compass+ evaluation shows improvement on Benchmarks 5 and 7.",
              "Amber", ["Head of Careers"], "2025-12", "Autumn term 2025", "amber"),
             ("N2.2", "Introduce a work experience week for Year 10 in the summer term.",
              "Head of Careers & Head of Year 10", "July 2026", "All Year 10 pupils complete a placement.",
              "Not started", ["Head of Careers", "Head of Year 10"], "2026-07", None, "unrated"),
         ]),
        ("Leaders should make better use of pupil voice to evaluate the impact of the PSHE and RSE programme.",
         [
             ("N3.1", "Termly pupil voice survey on PSHE and RSE, with the results reported to the Senior Leadership Team.",
              "Head of PSHE", "Dec 2025", "Survey completed each term; changes to the programme recorded.",
              "Green", ["Head of PSHE"], "2025-12", None, "green"),
         ]),
    ]),
]


def make_rend():
    ncol = 7
    rows = [["Rendcomb College - ISI Inspection Action Plan"] + [""] * (ncol - 1),
            ["Inspection dates: 11-13 March 2025. Report published: 8 May 2025. "
             "Approved by the Education and Safeguarding Committee: 12 June 2025"] + [""] * (ncol - 1),
            [""] * ncol,
            ["Ref", "ISI finding", "Action", "Responsible", "Timescale", "Success criteria", "RAG"]]
    for section, findings in REND_SECTIONS:
        rows.append([section] + [""] * (ncol - 1))
        for finding, actions in findings:
            for i, (ref, act, resp, when, succ, rag, *_x) in enumerate(actions):
                rows.append([ref, finding if i == 0 else "", act, resp, when, succ, rag])
    rows.append([""] * ncol)
    rows.append(["RAG: Complete = completed and evidenced; Green = on track; Amber = some slippage; "
                 "Red = off track; Not started"] + [""] * (ncol - 1))
    with open(out(REND), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ============================================================================
# 7. HMCTS / HMPPS PECS - Staffordshire and West Mercia court custody action
#    plan responding to HMI Prisons (tab-separated text export)
# ============================================================================
CC = "zqo-hmcts-pecs-staffordshire-and-west-mercia-court-custody-hmip-inspection-action-plan.txt"
CC_TITLE = "Court Custody Action Plan – Staffordshire and West Mercia"
CC_SECTIONS = [
    ("PRIORITY CONCERNS", [
        ("Detainees were held in court cells for too long after their cases had finished, and some waited more than six hours for transport to prison.",
         [
             # (ref, action_lines, org, owner, target, status, update, lead_list, end, end_text, exp_status)
             ("1.1", ["Introduce a daily 14:00 call between each court custody suite and the GEOAmey control room to agree early collection runs for detainees whose cases have concluded."],
              "GEOAmey", "GEOAmey Regional Operations Manager", "31/12/2024", "Complete",
              "Calls in place at all six sites since November.", ["GEOAmey Regional Operations Manager"], "2024-12", None, "blue"),
             ("1.2", ["Report monthly on the number of detainees held for more than four hours after their case concluded, by court, to the Regional Delivery Group."],
              "PECS", "PECS Contract Delivery Manager", "Monthly", "On track",
              "First report taken to the January meeting.", ["PECS Contract Delivery Manager"], None, "Monthly", "green"),
         ]),
        ("Risk information from police custody did not always reach court with the detainee, and custody staff did not routinely review the Person Escort Record (PER) on arrival.",
         [
             ("2.1", ["Refresher training for all court custody officers on reviewing the digital Person Escort Record on arrival, with spot checks recorded by the custody manager."],
              "GEOAmey", "GEOAmey Regional Training Manager", "March 2025", "On track",
              "68% of officers trained.", ["GEOAmey Regional Training Manager"], "2025-03", None, "green"),
             ("2.2", ["Raise the late provision of risk information with Staffordshire Police and West Mercia Police through the Local Criminal Justice Boards."],
              "PECS / HMCTS", "PECS Contract Delivery Manager / HMCTS Delivery Manager", "28/02/2025", "Amber – delayed",
              "West Mercia LCJB meeting postponed to March.", ["PECS Contract Delivery Manager", "HMCTS Delivery Manager"], "2025-02", None, "amber"),
         ]),
    ]),
    ("KEY CONCERNS", [
        ("Several cells at Stafford Combined Court and Worcester Justice Centre contained ligature points and graffiti.",
         [
             ("3.1", ["Commission a ligature point survey of all court custody cells and complete the remedial works identified as high priority.",
                      "Works to be prioritised by the Regional Custody Estates Group."],
              "HMCTS", "HMCTS Property Manager (Midlands)", "30/06/2025", "On track",
              "Survey complete; works ordered for Stafford.", ["HMCTS Property Manager (Midlands)"], "2025-06", None, "green"),
         ]),
        ("Women and children were sometimes transported in the same vehicles as adult men.",
         [
             ("4.1", ["Issue a contract instruction requiring separate journeys for women and children wherever vehicles are available, with every exception recorded and reviewed."],
              "PECS", "PECS Head of Contract Management", "31/10/2024", "Complete",
              "Instruction issued 14 October 2024.", ["PECS Head of Contract Management"], "2024-10", None, "blue"),
         ]),
        ("Professional interpreting was not used in the custody areas, and staff relied on other detainees or family members to interpret.",
         [
             ("5.1", ["Provide access to the HMCTS telephone interpreting contract in every custody suite and display instructions in each cell area."],
              "HMCTS", "HMCTS Delivery Manager", "January 2025", "Complete",
              "Posters and phone access in place at all sites.", ["HMCTS Delivery Manager"], "2025-01", None, "blue"),
         ]),
        ("Detainees with disabilities could not be held in a suitable cell at Hereford Justice Centre.",
         [
             ("6.1", ["Feasibility study for an accessible cell at Hereford Justice Centre; in the interim, detainees with mobility needs to be listed at Worcester Justice Centre where possible."],
              "HMCTS", "HMCTS Property Manager (Midlands); Listing Officer", "TBC", "Red",
              "Capital bid unsuccessful; to be resubmitted for 2025/26.",
              ["HMCTS Property Manager (Midlands)", "Listing Officer"], None, "TBC", "red"),
         ]),
    ]),
]


def make_cc():
    lines = [CC_TITLE,
             "HMCTS and HMPPS Prisoner Escort and Custody Services (PECS) – Midlands Regional Delivery Group",
             "Response to HM Inspectorate of Prisons report on an unannounced inspection of court custody "
             "(fieldwork 3–14 June 2024; report published 8 October 2024)",
             "Position at 31/01/2025",
             "",
             "\t".join(("Ref", "Concern", "Action", "Lead organisation", "Action owner", "Target date", "Status", "Update"))]
    for section, concerns in CC_SECTIONS:
        lines.append(section)
        for concern, actions in concerns:
            for i, (ref, alines, org, owner, target, status, upd, *_x) in enumerate(actions):
                lines.append("\t".join((ref, concern if i == 0 else "", alines[0], org, owner, target, status, upd)))
                for extra in alines[1:]:
                    lines.append("\t".join(("", "", extra, "", "", "", "", "")))
    lines += ["",
              "Status key: Complete; On track; Amber – delayed; Red – off track; Not started",
              "Next review: Regional Delivery Group, 27 March 2025"]
    with open(out(CC), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    make_swinfen()
    make_brock()
    make_mmu()
    make_sfrs()
    row = make_asp()
    make_rend()
    make_cc()
    print("written 7 files; refuse row in", ASP, "=", row)


if __name__ == "__main__":
    main()
