#!/usr/bin/env python
"""Build the seven iz1- blind test files (set heldout294) and their expected readings.

Run with /work/main/.venv/bin/python iz1_make.py (needs openpyxl, python-docx, pyyaml).
Each data file is written beside NAME.expected.yaml (NAME = full file name).
"""
import csv
import io
import os
from datetime import datetime

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}


def write_expected(fname, doc):
    """Write NAME.expected.yaml in a fixed key order."""
    path = os.path.join(HERE, fname + ".expected.yaml")
    order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]
    out = {k: doc[k] for k in order if k in doc}
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(out, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=4096,
                  default_flow_style=False)


KEYS = {"source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions", "ref",
        "under", "action", "lead", "end", "end_text", "status"}


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, value):
    if value in KEYS or value in ("read", "refuse", "blue", "green", "amber", "red", "unrated"):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value)
    if len(value) > 200 and "\n" not in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=">")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')


_Dumper.add_representer(str, _str_rep)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Set cell text; '\n' in text starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    r.font.size = Pt(size)
    for part in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


# =========================================================================
# 1. Ripon Grammar School - Ofsted boarding (SCCIF) post-inspection plan (docx)
# =========================================================================
def ripon():
    fname = "iz1-ripon-grammar-school-ofsted-boarding-inspection-action-plan.docx"
    title = "Ripon Grammar School Boarding Provision: Post-Inspection Action Plan"
    secA = "Section A – National Minimum Standards not met"
    secB = "Section B – Points for improvement"
    nms = ("NMS 11.1 – The school ensures that arrangements are made to safeguard and promote "
           "the welfare of pupils at the school.")
    b1 = ("B1. Leaders should ensure that boarders’ individual care plans are reviewed with "
          "boarders and updated when their needs change.")
    b2 = ("B2. Leaders should ensure that records of sanctions in boarding are detailed enough "
          "for leaders to monitor patterns and the effectiveness of sanctions.")
    b3 = ("B3. Leaders should improve the physical environment in School House, particularly "
          "the first-floor bathrooms.")
    # (ref, action, lead cell, timescale cell, progress, rag, lead list, end, end_text)
    A = [
        ("A1.1",
         "Rewrite the boarders’ missing-from-house procedure so that evening and weekend "
         "absences are escalated to the on-call DSL within 30 minutes; reissue it to all "
         "boarding staff.",
         "Director of Boarding", "December 2024",
         "Procedure approved by Governors’ Boarding Committee on 10/12/2024 and reissued to "
         "all house staff.", "blue", ["Director of Boarding"], "2024-12", None),
        ("A1.2",
         "Deliver refresher safeguarding training for all house staff, gap-year assistants and "
         "weekend duty tutors, with a signed attendance register.",
         "DSL / Deputy Head (Pastoral)", "January 2025",
         "41 of 44 staff trained; remaining three booked for 3 March.", "green",
         ["DSL", "Deputy Head (Pastoral)"], "2025-01", None),
        ("A1.3",
         "Audit weekend sign-out records every half term and report the findings to the "
         "Boarding Committee.",
         "Head of Johnson House", "Termly",
         "First audit completed February half term: two late sign-ins, both followed up.",
         "green", ["Head of Johnson House"], None, "Termly"),
    ]
    B = [
        (b1, [
            ("B1.1",
             "Introduce a termly review meeting between each boarder and their houseparent, "
             "recorded on the boarding module of iSAMS.",
             "Houseparents", "Spring term 2025",
             "Template agreed; reviews under way in both houses.", "green",
             ["Houseparents"], "2025-04", "Spring term 2025"),
            ("B1.2",
             "Update the care plans of boarders with medical or SEND needs within five working "
             "days of any change being notified.",
             "School Nurse / SENDCo", "Ongoing",
             "Change log set up in the medical centre.", "green",
             ["School Nurse", "SENDCo"], None, "Ongoing"),
        ]),
        (b2, [
            ("B2.1",
             "Replace the paper sanctions book with an electronic sanctions log in iSAMS.\n"
             "The log records the reason, the sanction, who applied it and the boarder’s view.",
             "Director of Boarding", "February 2025",
             "Live from 24/02/2025.", "blue", ["Director of Boarding"], "2025-02", None),
            ("B2.2",
             "Review the sanctions log each half term and report any patterns to the Boarding "
             "Committee.",
             "Director of Boarding", "Summer term 2025",
             "First report due to the June committee.", "amber",
             ["Director of Boarding"], "2025-07", "Summer term 2025"),
        ]),
        (b3, [
            ("B3.1",
             "Refurbish the first-floor bathrooms in School House as part of the holiday "
             "works programme.",
             "Bursar", "August 2025",
             "Tender delayed; works moved from the Easter to the summer holiday programme.",
             "red", ["Bursar"], "2025-08", None),
        ]),
    ]

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading(title, level=0)
    d.add_paragraph("Ofsted inspection of boarding provision (Social Care Common Inspection "
                    "Framework), 5 to 7 November 2024")
    d.add_paragraph("Overall experiences and progress of children and young people: requires "
                    "improvement to be good")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("1.0", "02/12/2024", "Director of Boarding", "Governors’ Boarding Committee"),
                ("1.1", "24/02/2025", "Director of Boarding", "Headmaster")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    d.add_heading("RAG key", level=2)
    k = d.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for i, (txt, col) in enumerate([("Blue – complete and impact evidenced", BLUE),
                                    ("Green – on track", GREEN),
                                    ("Amber – in progress, some slippage", AMBER),
                                    ("Red – off track", RED)]):
        set_cell(k.rows[0].cells[i], txt)
        shade(k.rows[0].cells[i], col)

    headers = ["Ref", "Action", "Lead", "Timescale", "Progress update (February 2025)", "RAG"]

    def new_table():
        tb = d.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(headers):
            set_cell(tb.rows[0].cells[i], h, bold=True)
            shade(tb.rows[0].cells[i], GREY)
        return tb

    def heading_row(tb, text):
        cells = tb.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, text, bold=True)
        shade(m, "DEEAF6")

    def action_row(tb, a):
        ref, text, leadcell, when, prog, rag = a[:6]
        cells = tb.add_row().cells
        for i, v in enumerate([ref, text, leadcell, when, prog, ""]):
            set_cell(cells[i], v)
        shade(cells[5], FILL[rag])

    actions = []
    d.add_heading(secA, level=1)
    tb = new_table()
    heading_row(tb, nms)
    for a in A:
        action_row(tb, a)
        actions.append(act(a[0], [secA, nms], a[1], a[6], a[7], a[5], a[8]))

    d.add_heading(secB, level=1)
    tb = new_table()
    for point, rows in B:
        heading_row(tb, point)
        for a in rows:
            action_row(tb, a)
            actions.append(act(a[0], [secB, point], a[1], a[6], a[7], a[5], a[8]))

    d.add_paragraph("")
    d.add_paragraph("Progress against this plan is reported to each meeting of the Governors’ "
                    "Boarding Committee and to the full Governing Body termly.")
    d.add_heading("Sign-off", level=2)
    s = d.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for i, v in enumerate(["Role", "Name", "Date"]):
        set_cell(s.rows[0].cells[i], v, bold=True)
    for i, v in enumerate(["Headmaster", "", "24/02/2025"]):
        set_cell(s.rows[1].cells[i], v)
    d.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": (
            "Imitates a state boarding school's action plan after an Ofsted boarding inspection "
            "under the SCCIF (boarding schools and residential special schools), 2024-25, as "
            "published to governors/parents; no specific Ripon Grammar plan was found. Copied "
            "features: title heading and inspection line, document control table, RAG key table "
            "of shaded cells, one Word table per section (NMS not met; points for improvement), "
            "the standard / point for improvement as a merged shaded row above its actions, "
            "RAG shown only as cell fill, school-term timescales, 'Termly'/'Ongoing', two posts "
            "in one lead cell, a two-paragraph action cell, a sign-off table."),
        "reads": (
            "A boarding post-inspection plan in two tables: Section A has one unmet National "
            "Minimum Standard with three actions, Section B three points for improvement with "
            "five actions. Each action has a ref, lead post, timescale (months, terms, Termly, "
            "Ongoing), a progress note and a RAG cell coloured blue/green/amber/red without text."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# =========================================================================
# 2. Derwentside College - Ofsted post-inspection action plan (xlsx)
# =========================================================================
def derwentside():
    fname = "iz1-derwentside-college-ofsted-post-inspection-action-plan.xlsx"
    title = "Derwentside College – Ofsted Post-Inspection Action Plan 2024/25"
    themes = [
        ("Theme 1: Quality of education", [
            ("AFI 1: Leaders and managers should ensure that skills coaches plan on-the-job "
             "training with employers so that apprentices build on what they learn off the job.", [
                ("1.1", "Introduce tripartite progress reviews every 10 weeks with a set agenda "
                        "item linking on- and off-the-job training.",
                 "Head of Apprenticeships", datetime(2024, 7, 31), None, "Green", "Complete",
                 "All reviews now on the new template (sample of 40 checked in April).",
                 "Review template; QA sample", ["Head of Apprenticeships"], "2024-07", "blue"),
                ("1.2", "Train all skills coaches to use the employer training plan template; "
                        "observe a sample of reviews each term.",
                 "Head of Apprenticeships / Quality Manager", datetime(2024, 12, 31),
                 datetime(2025, 3, 31), "Amber", "Green",
                 "Training complete; spring observations 80% good or better.",
                 "CPD register", ["Head of Apprenticeships", "Quality Manager"], "2025-03", "green"),
            ]),
            ("AFI 2: Leaders should ensure that tutors of English and mathematics find out what "
             "learners already know and use this to plan learning.", [
                ("2.1", "Redesign initial and diagnostic assessment for functional skills, using "
                        "BKSB results to set individual starting points.",
                 "Curriculum Manager – English & Maths", datetime(2024, 9, 30), None, "Green",
                 "Complete", "New diagnostic in use for all 2024/25 starts.", "ILP audit",
                 ["Curriculum Manager – English & Maths"], "2024-09", "blue"),
                ("2.2", "Run fortnightly CPD sessions on assessment for learning for English and "
                        "maths tutors.",
                 "Teaching & Learning Coach", datetime(2025, 7, 31), None, "Amber", "Amber",
                 "Attendance 70%; sessions moved to Wednesday afternoons.", "",
                 ["Teaching & Learning Coach"], "2025-07", "amber"),
            ]),
        ]),
        ("Theme 2: Personal development", [
            ("AFI 3: Leaders should ensure that all learners receive impartial careers advice "
             "and guidance that helps them plan their next steps.", [
                ("3.1", "Recruit a second qualified careers adviser (Level 6) to increase "
                        "capacity for one-to-one guidance.",
                 "HR Manager", datetime(2024, 10, 31), datetime(2025, 1, 31), "Red", "Complete",
                 "Adviser started 13 January 2025.", "Appointment letter",
                 ["HR Manager"], "2025-01", "blue"),
                ("3.2", "Map careers activities for adult learners against the Gatsby benchmarks "
                        "and publish a careers programme for each curriculum area.",
                 "Careers Lead", datetime(2025, 6, 30), None, "Green", "Green",
                 "Maps drafted for 5 of 7 areas.", "", ["Careers Lead"], "2025-06", "green"),
            ]),
        ]),
        ("Theme 3: Leadership and management", [
            ("AFI 4: Governors should receive more detailed information about the quality of "
             "apprenticeships so that they can challenge leaders effectively.", [
                ("4.1", "Add an apprenticeship quality dashboard (achievement, breaks in "
                        "learning, off-the-job hours) to every Quality & Standards Committee "
                        "meeting.",
                 "Vice Principal Curriculum & Quality", datetime(2024, 11, 30), None, "Green",
                 "Complete", "Dashboard presented November and March.", "Committee minutes",
                 ["Vice Principal Curriculum & Quality"], "2024-11", "blue"),
                ("4.2", "Link governor for apprenticeships to join a learning walk each term and "
                        "report back to the Board.",
                 "Chair of Quality & Standards Committee", "Ongoing", None, "Green", "Green",
                 "Learning walks held in November and February.", "",
                 ["Chair of Quality & Standards Committee"], None, "green"),
                ("4.3", "Commission an external review of apprenticeship quality improvement "
                        "before the next monitoring cycle.",
                 "Principal & CEO", datetime(2025, 3, 31), datetime(2025, 9, 30), "Amber", "Red",
                 "Procurement paused pending budget approval; revised date agreed by the Board.",
                 "", ["Principal & CEO"], "2025-09", "red"),
            ]),
        ]),
    ]

    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    rows = [("Inspection dates", "23–26 January 2024"),
            ("Overall effectiveness", "Requires improvement"),
            ("Quality of education", "Requires improvement"),
            ("Behaviour and attitudes", "Good"),
            ("Personal development", "Requires improvement"),
            ("Leadership and management", "Requires improvement"),
            ("Adult learning programmes", "Good"),
            ("Apprenticeships", "Requires improvement")]
    for i, (a, b) in enumerate(rows, start=3):
        cov.cell(i, 1, a).font = Font(bold=True)
        cov.cell(i, 2, b)
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [("Complete", "Action completed and impact evidenced", BLUE),
           ("Green", "On track to meet target date", GREEN),
           ("Amber", "At risk / some slippage", AMBER),
           ("Red", "Off track or overdue", RED)]
    for i, (a, b, c) in enumerate(key, start=13):
        cov.cell(i, 1, a).fill = PatternFill("solid", fgColor=c)
        cov.cell(i, 2, b)
    cov["A18"] = ("Monitoring: reviewed monthly by the Senior Leadership Team and termly by the "
                  "Quality & Standards Committee.")
    cov.column_dimensions["A"].width = 30
    cov.column_dimensions["B"].width = 45

    ws = wb.create_sheet("PIAP")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Last updated: 12 May 2025    Plan owner: Vice Principal Curriculum & Quality"
    hdr = ["Ref", "Area for improvement (Ofsted report)", "Action", "Owner", "Original target",
           "Revised target", "Previous RAG (Jan 25)", "Current RAG (May 25)",
           "Progress update", "Evidence"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = wrap
        c.border = border
    r = 5
    actions = []
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for theme, afis in themes:
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="BDD7EE")
        r += 1
        for afi, acts in afis:
            first = r
            for a in acts:
                (ref, text, owner, orig, rev, prev, cur, prog, evid, leads, end, status) = a
                vals = [ref, afi if r == first else None, text, owner, orig, rev, prev, cur,
                        prog, evid]
                for i, v in enumerate(vals, start=1):
                    c = ws.cell(r, i, v)
                    c.alignment = wrap
                    c.border = border
                    if isinstance(v, datetime):
                        c.number_format = "mmm-yy"
                ws.cell(r, 7).fill = PatternFill("solid", fgColor=ragfill[prev])
                ws.cell(r, 8).fill = PatternFill("solid", fgColor=ragfill[cur])
                actions.append(act(ref, [theme, afi], text, leads, end, status,
                                   "Ongoing" if orig == "Ongoing" else None))
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    widths = [6, 40, 45, 24, 11, 11, 11, 11, 40, 20]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by current RAG (May 2025)"
    sm["A1"].font = Font(bold=True)
    counts = {}
    for a in actions:
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    sm.append([])
    sm.append(["Current RAG", "Number of actions"])
    for lab, st in [("Complete", "blue"), ("Green", "green"), ("Amber", "amber"), ("Red", "red")]:
        sm.append([lab, counts.get(st, 0)])
    sm.append(["Total", len(actions)])
    wb.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": (
            "Imitates an FE college post-inspection action plan (PIAP) after an Ofsted further "
            "education and skills inspection, as taken to the corporation's quality and standards "
            "committee, 2024-25; no specific Derwentside College plan was found. Copied features: "
            "cover sheet with inspection grades and RAG key, PIAP sheet with theme rows merged "
            "across the table, the area for improvement in a vertically merged cell beside its "
            "actions, original and revised target dates (mmm-yy), previous and current RAG "
            "columns with fills, progress and evidence columns, a summary sheet of counts."),
        "reads": (
            "A three-sheet workbook: a cover with grades and key, the PIAP with three themes, "
            "four areas for improvement and nine actions, and a summary of counts. The end is "
            "the revised target where there is one, and the status is the current RAG "
            "(Complete = blue)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# =========================================================================
# 3. Bolton NHS FT - CQC must do / should do action plan (xlsx, several sheets)
# =========================================================================
def bolton():
    fname = "iz1-bolton-nhsft-cqc-must-should-do-action-plan.xlsx"
    title = "Bolton NHS Foundation Trust CQC Improvement Plan – Must Do and Should Do Actions"
    uec = "Urgent and emergency care"
    med = "Medical care (including older people’s care)"
    must = [
        (uec, [
            ("MD1 – The trust must ensure that patients attending the emergency department are "
             "assessed and triaged in a timely way, in line with national guidance. "
             "(Regulation 12: Safe care and treatment)", [
                ("MD1.1", "Introduce a streaming and rapid assessment nurse at the front door "
                          "from 08:00 to 02:00, seven days a week.",
                 "Divisional Director of Nursing – Acute Adult Care", datetime(2024, 6, 30), "B",
                 "Rota in place since June; median time to initial assessment 11 minutes.",
                 "Rota; ECDS report", ["Divisional Director of Nursing – Acute Adult Care"],
                 "2024-06", "blue"),
                ("MD1.2", "Weekly audit of time to initial assessment, reported to the Urgent "
                          "Care Board, with escalation of any week below 90% compliance.",
                 "ED Matron; Clinical Director for Emergency Medicine", "Q3 2024/25", "A",
                 "Compliance 86–92% over the last eight weeks.", "Audit results",
                 ["ED Matron", "Clinical Director for Emergency Medicine"], "2024-12", "amber"),
            ]),
            ("MD2 – The trust must ensure that staff in the emergency department complete "
             "mandatory training, including safeguarding level 3, to meet trust targets. "
             "(Regulation 18: Staffing)", [
                ("MD2.1", "Roster protected training time for all ED nursing staff and track "
                          "compliance at the monthly divisional performance review.",
                 "Head of Nursing for Urgent Care", datetime(2024, 9, 30), "G",
                 "Mandatory training compliance 88% (target 90%).", "ESR report",
                 ["Head of Nursing for Urgent Care"], "2024-09", "green"),
                ("MD2.2", "Deliver extra face-to-face safeguarding level 3 sessions in the "
                          "department each month until compliance reaches 90%.",
                 "Named Nurse Safeguarding Adults / Named Nurse Safeguarding Children",
                 datetime(2024, 8, 31), "R",
                 "Two sessions cancelled for operational pressures; compliance 78%.", "",
                 ["Named Nurse Safeguarding Adults", "Named Nurse Safeguarding Children"],
                 "2024-08", "red"),
            ]),
        ]),
        (med, [
            ("MD3 – The trust must ensure that medicines are stored securely and that fridge "
             "temperatures are monitored and acted on in line with trust policy. "
             "(Regulation 12: Safe care and treatment)", [
                ("MD3.1", "Install remote temperature monitoring on all ward medicine fridges, "
                          "with alerts sent to pharmacy.",
                 "Chief Pharmacist", datetime(2024, 10, 31), "B",
                 "Installed on all 22 medical wards; alerts tested.", "Installation log",
                 ["Chief Pharmacist"], "2024-10", "blue"),
            ]),
        ]),
    ]
    should = [
        (uec, [
            ("SD1 – The trust should ensure that patients’ privacy and dignity are maintained "
             "when they are cared for in corridor areas.", [
                ("SD1.1", "Introduce portable screens and a corridor care standard operating "
                          "procedure, including a maximum time in the corridor before escalation.",
                 "ED Matron", datetime(2024, 5, 31), "B", "SOP ratified 21/05/2024.", "SOP",
                 ["ED Matron"], "2024-05", "blue"),
            ]),
        ]),
        (med, [
            ("SD2 – The trust should ensure that discharge summaries are sent to GPs within "
             "24 hours of discharge.", [
                ("SD2.1", "Make the electronic discharge summary a mandatory step before the "
                          "discharge episode can be closed in the patient record.",
                 "Chief Clinical Information Officer", "TBC", "A",
                 "System change awaiting supplier release date.", "",
                 ["Chief Clinical Information Officer"], None, "amber"),
                ("SD2.2", "Publish weekly ward-level compliance reports and include them in the "
                          "medical division’s quality dashboard.",
                 "Divisional Medical Director (Integrated Care)", datetime(2024, 11, 30), "G",
                 "Reports live for 15 of 22 wards.", "",
                 ["Divisional Medical Director (Integrated Care)"], "2024-11", "green"),
            ]),
            ("SD3 – The trust should ensure that all patients on medical wards have a completed "
             "falls risk assessment within 6 hours of admission.", [
                ("SD3.1", "Relaunch the falls risk assessment bundle in the electronic record "
                          "with a prompt at admission.",
                 "Falls Lead Nurse", datetime(2024, 12, 31), "G",
                 "Prompt built; go-live planned for November.", "",
                 ["Falls Lead Nurse"], "2024-12", "green"),
            ]),
        ]),
    ]

    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    dash = wb.active
    dash.title = "Dashboard"
    dash["A1"] = title
    dash["A1"].font = Font(bold=True, size=14)
    dash["A2"] = ("Royal Bolton Hospital – CQC inspection of urgent and emergency care and medical "
                  "care, report published 14 March 2024")
    dash["A3"] = "Position at 30 September 2024. Reported to the Quality Assurance Committee."

    actions = []

    def sheet(name, heading, groups):
        ws = wb.create_sheet(name)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = ("RAG key: B = completed and assured; G = on track; A = at risk of missing "
                    "due date; R = off track")
        hdr = ["Ref", "Action", "Lead(s)", "Due date", "RAG", "Progress update (September 2024)",
               "Evidence of completion"]
        for i, h in enumerate(hdr, start=1):
            c = ws.cell(4, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="005EB8")
            c.alignment = wrap
            c.border = border
        r = 5
        n = 0
        for core, reqs in groups:
            ws.cell(r, 1, core).font = Font(bold=True, color="FFFFFF")
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="41B6E6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for req, acts in reqs:
                c = ws.cell(r, 1, req)
                c.font = Font(bold=True)
                c.alignment = wrap
                c.fill = PatternFill("solid", fgColor="E8EDEE")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
                ws.row_dimensions[r].height = 32
                r += 1
                for (ref, text, leadcell, due, rag, prog, evid, leads, end, status) in acts:
                    vals = [ref, text, leadcell, due, rag, prog, evid]
                    for i, v in enumerate(vals, start=1):
                        c = ws.cell(r, i, v)
                        c.alignment = wrap
                        c.border = border
                        if isinstance(v, datetime):
                            c.number_format = "dd/mm/yyyy"
                    ws.cell(r, 5).fill = PatternFill("solid", fgColor=ragfill[rag])
                    ws.cell(r, 5).alignment = Alignment(horizontal="center", vertical="top")
                    et = due if isinstance(due, str) else None
                    actions.append(act(ref, [core, req], text, leads, end, status, et))
                    r += 1
                    n += 1
        for col, w in zip("ABCDEFG", [8, 50, 30, 12, 6, 40, 22]):
            ws.column_dimensions[col].width = w
        return n

    sheet("Must Do", "CQC Must Do actions – Royal Bolton Hospital", must)
    sheet("Should Do", "CQC Should Do actions – Royal Bolton Hospital", should)

    # dashboard totals block
    dash["A5"] = "Summary by core service"
    dash["A5"].font = Font(bold=True)
    dash.append(["Core service", "Type", "B", "G", "A", "R", "Total"])
    for core in (uec, med):
        for typ, pref in (("Must do", "MD"), ("Should do", "SD")):
            sel = [a for a in actions if a["under"][0] == core and a["ref"].startswith(pref)]
            cnt = {s: sum(1 for a in sel if a["status"] == s) for s in
                   ("blue", "green", "amber", "red")}
            dash.append([core, typ, cnt["blue"], cnt["green"], cnt["amber"], cnt["red"],
                         len(sel)])
    dash.append(["Total", "", sum(a["status"] == "blue" for a in actions),
                 sum(a["status"] == "green" for a in actions),
                 sum(a["status"] == "amber" for a in actions),
                 sum(a["status"] == "red" for a in actions), len(actions)])
    dash.column_dimensions["A"].width = 42
    wb.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": (
            "Imitates an acute NHS trust's CQC must-do / should-do improvement plan as reported "
            "to a board quality committee (e.g. the quarterly CQC quality improvement plan "
            "progress reports trusts publish with board papers, 2024); no specific Bolton plan "
            "was found. Copied features: dashboard sheet with totals by core service, separate "
            "Must Do and Should Do sheets, title and RAG-key lines, core-service rows merged "
            "across the sheet, each must/should-do requirement as a merged row above its "
            "numbered actions, two leads in one cell, a 'Q3 2024/25' and a 'TBC' due date, RAG "
            "letters with fill colour, progress and evidence columns."),
        "reads": (
            "A trust CQC action plan in three sheets: a dashboard of counts, five must-do actions "
            "under three must-dos and four should-do actions under three should-dos, grouped by "
            "core service. Each action has a ref, lead(s), due date and a B/G/A/R rating."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# =========================================================================
# 4. University of Roehampton - Ofsted ITE improvement plan (tab-separated txt)
# =========================================================================
def roehampton():
    fname = "iz1-university-of-roehampton-ofsted-ite-improvement-plan.txt"
    title = ("University of Roehampton School of Education – Initial Teacher Education "
             "Improvement Plan 2024–25")
    p1 = ("Leaders should ensure that the early reading curriculum is reinforced in school "
          "placements so that trainees see systematic synthetic phonics taught well.")
    p2 = ("Leaders should make sure that the foundation subjects curriculum is sequenced so "
          "that trainees build subject knowledge over time.")
    s1 = ("Leaders should ensure that mentors understand the centre-based curriculum well "
          "enough to align their weekly feedback with it.")
    s2 = ("Leaders should strengthen quality assurance of school-based training so that weaker "
          "placements are identified and supported quickly.")
    rows = [
        ("P1.1", "Primary", p1,
         "Provide phonics mentor training for all partnership mentors, delivered with the "
         "local English Hub.", "Head of Primary ITE; Partnership Manager", "31/10/2024",
         "Complete", "212 mentors trained.", ["Head of Primary ITE", "Partnership Manager"],
         "2024-10", "blue", None),
        ("P1.2", "Primary", p1,
         "Add a phonics observation and feedback task to every placement handbook.",
         "Primary English Lead", "Sep 2024", "Complete", "In 2024–25 handbooks.",
         ["Primary English Lead"], "2024-09", "blue", None),
        ("P2.1", "Primary", p2,
         "Review and re-sequence the foundation subject modules for the 2025–26 cohort.",
         "Primary Programme Convenor", "Jun 2025", "On track",
         "Drafts for history, geography and art approved at Programme Board.",
         ["Primary Programme Convenor"], "2025-06", "green", None),
        ("S1.1", "Secondary", s1,
         "Introduce an online mentor curriculum map linked to trainees' weekly development "
         "targets.", "Head of Secondary ITE", "Jan 2025", "Delayed",
         "Platform licence delayed; map live for 9 of 14 subjects.",
         ["Head of Secondary ITE"], "2025-01", "amber", None),
        ("S1.2", "Secondary", s1,
         "Hold subject-specific mentor development sessions each half term and monitor "
         "attendance.", "Subject Leads (Secondary)", "Ongoing", "On track",
         "Attendance 74% in spring term.", ["Subject Leads (Secondary)"], None, "green",
         "Ongoing"),
        ("S2.1", "Secondary", s2,
         "Introduce a RAG-rated placement quality tracker reviewed at each Partnership "
         "Committee.", "Partnership Manager / ITE Quality Lead", "Feb 2025", "At risk",
         "Tracker built but not yet populated for all schools.",
         ["Partnership Manager", "ITE Quality Lead"], "2025-02", "red", None),
        ("S2.2", "Secondary", s2,
         "Visit any placement rated red within two weeks of the rating.",
         "ITE Quality Lead", "Termly", "Not started", "Starts once tracker is populated.",
         ["ITE Quality Lead"], None, "unrated", "Termly"),
    ]
    lines = [
        title,
        "Ofsted ITE inspection (stage 2) 4–7 March 2024 – Primary: Good; Secondary: Requires "
        "improvement",
        "Exported from the ITE Leadership Group tracker on 12/05/2025",
        "Status key: Complete = done and evidenced; On track = green; Delayed = amber; "
        "At risk = red; Not started = not yet begun",
        "",
        "\t".join(["ID", "Phase", "Area for improvement", "Action", "Lead", "Due", "Status",
                   "Update"]),
    ]
    actions = []
    for (ref, phase, afi, text, leadcell, due, status_w, upd, leads, end, st, et) in rows:
        lines.append("\t".join([ref, phase, afi, text, leadcell, due, status_w, upd]))
        actions.append(act(ref, [phase, afi], text, leads, end, st, et))
    lines += ["", "Note: Secondary actions are reviewed fortnightly by the ITE Leadership Group "
              "until the next Ofsted visit."]
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(fname, {
        "source": (
            "Imitates a university ITE partnership's improvement plan after an Ofsted initial "
            "teacher education inspection (ITE framework 2020, updated 2023/24), kept as a "
            "tracker and exported as tab-separated text; no specific Roehampton plan was found. "
            "Copied features: title and inspection lines, export line, a status key that maps "
            "words to RAG, phase and area-for-improvement columns repeated on each row, two "
            "leads in one cell, dd/mm/yyyy and 'Mon yyyy' due dates, 'Ongoing' and 'Termly', "
            "a closing note line."),
        "reads": (
            "A tab-separated export of seven actions, three for the primary phase and four for "
            "secondary, each against an Ofsted area for improvement repeated on every row. The "
            "status words are read through the key at the top (Delayed = amber, At risk = red, "
            "Complete = blue, Not started = unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# =========================================================================
# 5. Abbey Medical Practice - GP CQC inspection action plan, mistyped month (csv, refuse)
# =========================================================================
def abbey():
    fname = "iz1-abbey-medical-practice-cqc-inspection-action-plan-typo-month-refuse.csv"
    title = "Abbey Medical Practice - CQC Inspection Action Plan"
    rm = ("Regulation 12: Ensure that patients prescribed high-risk medicines receive the "
          "required monitoring before prescriptions are issued.")
    rows = [
        ["1", "Safe", rm,
         "Run weekly searches for DMARD and lithium patients overdue blood tests; clinical "
         "pharmacist to review before any reissue.", "Clinical Pharmacist", "Sep-24",
         "Complete", "Searches running since 2 Sept."],
        ["2", "Safe", rm,
         "Add a monitoring alert to the clinical system for all high-risk drugs and re-audit "
         "after three months.", "Dr A Khan / Clinical Pharmacist", "Dec-24", "Complete",
         "Re-audit Dec 24: 96% monitored in time."],
        ["3", "Safe", "Regulation 12: Ensure that MHRA safety alerts are acted on and a record "
         "kept.", "Set up a shared safety alerts log; duty GP to review each alert within 48 "
         "hours.", "Practice Manager", "Oct-24", "Complete", ""],
        ["4", "Safe", "Regulation 19: Ensure that recruitment checks, including DBS and "
         "immunisation status, are completed for all staff.",
         "Audit all 34 staff files and obtain any missing documents.", "Practice Manager",
         "Nov-24", "Complete", "3 DBS renewals obtained."],
        ["5", "Well-led", "Regulation 17: Establish effective systems to assess, monitor and "
         "improve the quality of the service.",
         "Hold a monthly clinical governance meeting with a standing agenda: significant "
         "events, complaints, safety alerts and audits.", "Dr S Patel & Practice Manager",
         "Aug-24", "Complete", "Minutes on shared drive."],
        ["6", "Well-led", "Regulation 17: Ensure that all staff complete the practice's "
         "mandatory training.",
         "Protected learning time each month; training matrix reviewed at the governance "
         "meeting.", "Assistant Practice Manager", "Jna-25", "In progress",
         "Matrix 82% complete."],
        ["7", "Effective", "Should: Improve the uptake of cervical screening.",
         "Send targeted text reminders and offer Saturday clinics to patients overdue "
         "screening.", "Lead Practice Nurse", "Mar-25", "In progress", ""],
        ["8", "Effective", "Should: Improve the uptake of childhood immunisations.",
         "Recall children overdue immunisations through the immunisations coordinator each "
         "month.", "Lead Practice Nurse", "Mar-25", "In progress", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title])
    w.writerow(["Inspection date: 16 July 2024; report published 3 September 2024"])
    w.writerow(["Overall rating: Requires improvement (Safe: Requires improvement; Well-led: "
                "Requires improvement)"])
    w.writerow([])
    w.writerow(["Ref", "Key question", "Requirement / finding", "Action", "Responsible person",
                "Target date", "Status", "Progress notes"])
    refuse_line = None
    for row in rows:
        w.writerow(row)
        if row[5] == "Jna-25":
            refuse_line = buf.getvalue().count("\r\n")  # line just written, 1-based
    w.writerow([])
    w.writerow(["Action plan agreed by the partners on 1 October 2024; next review at the "
                "January 2025 practice meeting."])
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(fname, {
        "source": (
            "Imitates a GP practice's action plan after a CQC inspection rated it requires "
            "improvement, of the kind practices post on their websites and send to CQC (2024); "
            "no specific Abbey Medical Practice plan was found. Copied features: practice name "
            "title line, inspection and rating lines, key question and regulation columns, the "
            "requirement repeated on each of its action rows, mmm-yy target dates, two people "
            "in a lead cell, a closing note line. One target date is mistyped as 'Jna-25'."),
        "reads": (
            "A CSV export of eight actions answering CQC requirements under Safe, Well-led and "
            "Effective. Row 6's target date reads 'Jna-25', not a month; it is probably "
            "January 2025 but a careful reader would check before importing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": title,
    })
    return refuse_line


# =========================================================================
# 6. Camden and Islington NHS FT - CQC mental health must/should do plan (docx)
# =========================================================================
def camden_islington():
    fname = "iz1-camden-and-islington-nhsft-cqc-mental-health-must-should-do-action-plan.docx"
    title = "Camden and Islington NHS Foundation Trust: CQC Inspection Action Plan 2023"
    cs1 = ("Core service 1: Acute wards for adults of working age and psychiatric intensive "
           "care units")
    cs2 = "Core service 2: Community-based mental health services for adults of working age"
    r1 = ("The trust must ensure that staff complete and update a risk assessment for each "
          "patient on admission and after any incident. (Regulation 12)")
    r2 = ("The trust must ensure that there are enough suitably qualified nursing staff on each "
          "shift, particularly at night on the Highgate Mental Health Centre wards. "
          "(Regulation 18)")
    r3 = ("The trust should ensure that patients have access to fresh air and outside space at "
          "all times.")
    r4 = ("The trust must ensure that people on the waiting list for psychological therapies "
          "are regularly reviewed and their risk is monitored. (Regulation 12)")
    r5 = ("The trust should ensure that care plans are personalised and reflect the views of "
          "the person using the service.")
    groups = [
        (cs1, [
            ("Must do", r1, [
                ("1.1", "Introduce a monthly risk assessment quality audit on each ward, "
                        "completed by the ward manager and reviewed at the Acute Quality "
                        "Meeting.", "Ward Managers / Modern Matrons", "31st August 2023",
                 "Completed", ["Ward Managers", "Modern Matrons"], "2023-08", "blue", None),
                ("1.2", "Add a mandatory risk review step to the post-incident Datix workflow "
                        "so that the risk assessment is updated within 72 hours.",
                 "Head of Patient Safety", "Q2 2023/24", "On track",
                 ["Head of Patient Safety"], "2023-09", "green", "Q2 2023/24"),
            ]),
            ("Must do", r2, [
                ("1.3", "Complete an establishment review using the Mental Health Optimal "
                        "Staffing Tool (MHOST) and present the recommendations to the Board.",
                 "Chief Nurse", "End of June 2023", "Completed", ["Chief Nurse"], "2023-06",
                 "blue", None),
                ("1.4", "Run a targeted recruitment campaign for band 5 nurses, including "
                        "international recruitment, to bring the vacancy rate below 10%.",
                 "Director of Workforce; Deputy Chief Nurse", "March 2024", "Off track",
                 ["Director of Workforce", "Deputy Chief Nurse"], "2024-03", "red", None),
            ]),
            ("Should do", r3, [
                ("1.5", "Review garden access protocols on all acute wards and remove the "
                        "blanket restriction on access after 9pm.",
                 "Associate Director of Nursing (Acute)", "30/09/2023", "Completed",
                 ["Associate Director of Nursing (Acute)"], "2023-09", "blue", None),
            ]),
        ]),
        (cs2, [
            ("Must do", r4, [
                ("2.1", "Implement a waiting list risk review protocol, with contact every four "
                        "weeks for anyone waiting longer than 18 weeks.",
                 "Community Services Director", "October 2023", "On track",
                 ["Community Services Director"], "2023-10", "green", None),
            ]),
            ("Should do", r5, [
                ("2.2", "Deliver co-produced care planning training, with peer support workers, "
                        "for all community team staff.",
                 "Head of Psychology; Peer Support Lead", "Ongoing", "On track",
                 ["Head of Psychology", "Peer Support Lead"], None, "green", "Ongoing"),
                ("2.3", "Audit 10 care plans per team each quarter against the personalisation "
                        "standard.", "Quality Improvement Lead", "Quarterly", "Not yet started",
                 ["Quality Improvement Lead"], None, "unrated", "Quarterly"),
            ]),
        ]),
    ]

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Inspection of core services 6–8 February 2023; report published 4 May 2023")
    d.add_paragraph("Action plan owner: Chief Nurse. Monitored by the Quality and Safety "
                    "Committee.")

    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comments"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("0.3", "25/05/2023", "Head of Regulatory Compliance", "Draft for Executive "
                 "Management Team"),
                ("1.0", "07/06/2023", "Head of Regulatory Compliance", "Submitted to CQC"),
                ("1.4", "14/09/2023", "Head of Regulatory Compliance", "September progress "
                 "update")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    d.add_paragraph("")
    d.add_paragraph("Status key: Completed – action delivered and evidence submitted; On track "
                    "– progressing within timescale; Off track – timescale at risk or missed; "
                    "Not yet started.")

    actions = []
    hdr = ["Ref", "Must / Should", "CQC requirement", "Action", "Lead", "Completion date",
           "Status"]
    for cs, reqs in groups:
        d.add_heading(cs, level=2)
        tb = d.add_table(rows=1, cols=7)
        tb.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(tb.rows[0].cells[i], h, bold=True)
            shade(tb.rows[0].cells[i], "DCE6F1")
        for typ, req, acts in reqs:
            first = len(tb.rows)
            for (ref, text, leadcell, when, status_w, leads, end, st_, et) in acts:
                cells = tb.add_row().cells
                for i, v in enumerate([ref, "", "", text, leadcell, when, status_w]):
                    if i in (1, 2):
                        continue
                    set_cell(cells[i], v)
                actions.append(act(ref, [cs, req], text, leads, end, st_, et))
            last = len(tb.rows) - 1
            c1 = tb.cell(first, 1)
            c2 = tb.cell(first, 2)
            if last > first:
                c1 = c1.merge(tb.cell(last, 1))
                c2 = c2.merge(tb.cell(last, 2))
            set_cell(c1, typ)
            set_cell(c2, req)
        d.add_paragraph("")
    d.add_paragraph("Note: actions marked Completed remain subject to an assurance check by the "
                    "Regulatory Compliance team before closure is reported to CQC.")
    d.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": (
            "Imitates a mental health trust's action plan after a CQC core-service inspection "
            "(acute wards/PICU and community mental health teams), 2023, with must-do and "
            "should-do requirements taken from the report; no specific Camden and Islington "
            "plan was found. Copied features: bold title line, inspection and owner lines, a "
            "version table, a status key line, one Word table per core service, the Must/Should "
            "type and CQC requirement in vertically merged cells beside their actions, two "
            "posts in a lead cell, ordinal and quarter dates ('31st August 2023', 'Q2 2023/24', "
            "'End of June 2023'), 'Ongoing' and 'Quarterly', status words, a closing note."),
        "reads": (
            "A two-table Word action plan: five actions under three requirements for the acute "
            "wards and PICU core service and three actions under two requirements for community "
            "services. Each action has a ref, lead(s), completion date and a status word "
            "(Completed, On track, Off track, Not yet started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# =========================================================================
# 7. HFEA - Audit and Governance Committee internal audit recommendations tracker (xlsx)
# =========================================================================
def hfea():
    fname = ("iz1-human-fertilisation-embryology-authority-agc-internal-audit-"
             "recommendations-tracker.xlsx")
    title = "Implementation of internal audit recommendations"
    g1 = "Cyber security and resilience (GIAA, 2023/24) – Moderate assurance"
    g2 = "Contract management (GIAA, 2023/24) – Limited assurance"
    g3 = "Data protection and information governance (GIAA, 2024/25) – Moderate assurance"
    g4 = "Register data quality – follow-up (GIAA, 2022/23)"
    groups = [
        (g1, [
            ("1", "High", "Management should complete and test the IT disaster recovery plan, "
                          "including restoration of the Register from backup.",
             "Run a full disaster recovery test with the managed service provider and record "
             "lessons learned.", "Head of IT", datetime(2024, 3, 31), datetime(2024, 9, 30),
             "Implemented", "Test completed 12/09/2024; lessons learned report to SMT.",
             ["Head of IT"], "2024-09", "blue"),
            ("2", "Medium", "Privileged user accounts should be reviewed at least quarterly.",
             "Introduce a quarterly privileged access review, signed off by the SIRO.",
             "Head of IT; SIRO", datetime(2024, 6, 30), None, "Implemented",
             "Q1 and Q2 reviews completed.", ["Head of IT", "SIRO"], "2024-06", "blue"),
        ]),
        (g2, [
            ("3", "High", "A central contracts register should be kept, with a named contract "
                          "manager and review date for every contract over £10,000.",
             "Build a contracts register in the finance system and assign a contract manager to "
             "every live contract.", "Head of Finance", datetime(2024, 7, 31),
             datetime(2025, 1, 31), "Revised deadline",
             "Register built; 31 of 38 contracts assigned. Extension agreed by AGC in October.",
             ["Head of Finance"], "2025-01", "amber"),
            ("4", "Medium", "Contract managers should receive training suited to the value and "
                            "risk of the contracts they manage.",
             "Enrol contract managers on the Government Commercial College contract management "
             "foundation course.", "Head of Finance / Head of People", datetime(2024, 12, 31),
             None, "On track", "6 of 9 enrolled.", ["Head of Finance", "Head of People"],
             "2024-12", "green"),
        ]),
        (g3, [
            ("5", "Medium", "Retention schedules should be applied consistently to records held "
                            "on SharePoint.",
             "Apply retention labels to all SharePoint sites and delete records past their "
             "retention date.", "Information Governance Manager", datetime(2024, 10, 31), None,
             "Overdue", "Labels applied to 14 of 20 sites; post vacant August–October.",
             ["Information Governance Manager"], "2024-10", "red"),
            ("6", "Low", "Each Information Asset Owner should review their entries in the "
                         "Information Asset Register annually.",
             "Add the annual IAR review to the corporate governance calendar; IAOs to confirm "
             "their entries.", "Director of Compliance and Information", "March 2025", None,
             "On track", "", ["Director of Compliance and Information"], "2025-03", "green"),
        ]),
        (g4, [
            ("7", "Medium", "Clinics' outstanding Register data errors should be escalated "
                            "through the inspection process.",
             "Include outstanding Register errors in pre-inspection information packs and in "
             "the inspection report template.", "Chief Inspector", datetime(2023, 9, 30),
             datetime(2024, 12, 31), "On track",
             "Template change approved; packs updated from November inspections.",
             ["Chief Inspector"], "2024-12", "green"),
        ]),
    ]
    stfill = {"Implemented": BLUE, "On track": GREEN, "Revised deadline": AMBER,
              "Overdue": RED}

    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Human Fertilisation and Embryology Authority – Audit and Governance Committee"
    info = [("Paper number", "[AGC (10/12/2024) 802 MA]"),
            ("Meeting date", "10 December 2024"),
            ("Agenda item", "7"),
            ("Author", "Head of Finance"),
            ("For information or decision?", "Information"),
            ("Recommendation to the Committee", "To note progress on implementing internal "
             "audit recommendations and the revised deadline for recommendation 3."),
            ("Evaluation", "To be updated and reviewed at each AGC.")]
    for i, (a, b) in enumerate(info, start=4):
        cov.cell(i, 1, a).font = Font(bold=True)
        cov.cell(i, 2, b).alignment = wrap
        cov.cell(i, 1).border = border
        cov.cell(i, 2).border = border
    cov["A12"] = "Status key"
    cov["A12"].font = Font(bold=True)
    keyrows = [("Implemented", "Blue – action complete and evidence sent to GIAA"),
               ("On track", "Green – in progress, within deadline"),
               ("Revised deadline", "Amber – extension agreed by AGC"),
               ("Overdue", "Red – past deadline, no extension agreed")]
    for i, (a, b) in enumerate(keyrows, start=13):
        cov.cell(i, 1, a).fill = PatternFill("solid", fgColor=stfill[a])
        cov.cell(i, 2, b)
    cov.column_dimensions["A"].width = 32
    cov.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal audit recommendations – position at 25 November 2024"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["No.", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original deadline", "Revised deadline", "Status", "Progress update (November 2024)"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = wrap
        c.border = border
    r = 4
    actions = []
    for grp, recs in groups:
        ws.cell(r, 1, grp).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (no, pr, rec, action, owner, orig, rev, status_w, prog, leads, end, st) in recs:
            vals = [no, pr, rec, action, owner, orig, rev, status_w, prog]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(r, i, v)
                c.alignment = wrap
                c.border = border
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = PatternFill("solid", fgColor=stfill[status_w])
            actions.append(act(no, [grp, rec], action, leads, end, st))
            r += 1
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    summ = [("Recommendations reported", len(actions)),
            ("Implemented since last AGC", sum(a["status"] == "blue" for a in actions)),
            ("Open – on track", sum(a["status"] == "green" for a in actions)),
            ("Open – revised deadline", sum(a["status"] == "amber" for a in actions)),
            ("Open – overdue", sum(a["status"] == "red" for a in actions))]
    for a, b in summ:
        r += 1
        ws.cell(r, 1, a)
        ws.cell(r, 3, b)
    for col, w in zip("ABCDEFGHI", [6, 9, 42, 42, 24, 12, 12, 15, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": (
            "Imitates an arm's-length body's audit committee paper tracking internal audit "
            "(GIAA) recommendations, modelled on HFEA Audit and Governance Committee papers "
            "(cover block with paper title, paper number '[AGC (date) nnn MA]', meeting date, "
            "agenda item, author, 'For information or decision?', recommendation, evaluation), "
            "2024. Copied features: cover sheet with the paper block and a status key mapping "
            "status words to colours, tracker sheet with audit-title rows merged across, "
            "priority, recommendation beside the agreed management action, original and revised "
            "deadlines, status words with fill, progress column, a summary block of counts."),
        "reads": (
            "A two-sheet committee paper: the cover names the paper and defines the status key; "
            "the tracker lists seven recommendations from four audits, each with one agreed "
            "action, an owner, original and revised deadlines and a status. The end is the "
            "revised deadline where given; Implemented reads as blue, Revised deadline as "
            "amber, Overdue as red, On track as green."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


if __name__ == "__main__":
    ripon()
    derwentside()
    bolton()
    roehampton()
    line = abbey()
    camden_islington()
    hfea()
    print("built; abbey refuse line", line)
