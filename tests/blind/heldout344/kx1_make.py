#!/usr/bin/env python
"""Build the seven kx1- blind cases (set heldout344) and their expected readings.

Data files: 3 xlsx (openpyxl), 2 docx (python-docx), 1 csv, 1 txt.
Each case's .expected.yaml is written from the same hand-written strings so that
the expected text matches the file character for character; leads, months and
statuses in the expected readings are written out by hand (a person's reading).
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"


def write_expected(fname, doc):
    with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ----------------------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for extra in parts[1:]:
        r = cell.add_paragraph().add_run(extra)
        r.bold = bold


def merged_row(table, text, fill=None, bold=True):
    row = table.add_row()
    c = row.cells[0].merge(row.cells[-1])
    set_cell(c, text, bold=bold)
    if fill:
        shade(c, fill)
    return c


# ============================================================================= 1. school (docx)
def make_budehaven():
    fname = "kx1-budehaven-community-school-post-ofsted-action-plan.docx"
    title = "Budehaven Community School – Post-Ofsted Action Plan 2024–26"
    P1 = "Priority 1: Curriculum and assessment"
    P2 = "Priority 2: Reading"
    P3 = "Priority 3: Attendance"
    R1a = ("In some subjects, the school has not identified the most important knowledge that pupils "
           "should learn and when this should be taught. The school should ensure that curriculum thinking "
           "in all subjects sets out precisely what pupils need to know and remember.")
    R1b = ("Teachers do not routinely check what pupils have understood before moving on to new content. "
           "The school should ensure that assessment is used consistently well to identify and address gaps "
           "in pupils’ knowledge.")
    R2 = ("Some pupils at the early stages of reading do not receive the support they need to catch up quickly. "
          "The school should ensure that these pupils are identified swiftly and receive effective support so "
          "that they become fluent, confident readers.")
    R3 = ("Too many pupils, including disadvantaged pupils, are persistently absent from school. The school "
          "should continue to work with families to improve attendance so that pupils do not miss out on "
          "their learning.")
    # (ref, action, lead cell, governor, timescale, fill) ; expected lead/end/status alongside
    rows = {
        P1: [
            (R1a, [
                ("1.1", "Subject leaders to rewrite Key Stage 3 curriculum maps in geography, history, RE and "
                        "computing, identifying the core knowledge and the order in which it is taught.",
                 "DHT (Curriculum)", "Mrs S Trewin", "Summer term 2024", BLUE,
                 ["DHT (Curriculum)"], "2024-07", None, "blue"),
                ("1.2", "Carry out a curriculum review (deep dive) of each rewritten subject and report findings "
                        "to the LGC Standards committee.",
                 "DHT (Curriculum) / Subject leaders", "Mrs S Trewin", "Autumn term 2024", GREEN,
                 ["DHT (Curriculum)", "Subject leaders"], "2024-12", None, "green"),
            ]),
            (R1b, [
                ("1.3", "Introduce low-stakes retrieval quizzes at the start of every Year 7–9 lesson and "
                        "monitor their use through fortnightly learning walks.",
                 "AHT Teaching & Learning", "Mr P Jewell", "Spring term 2025", AMBER,
                 ["AHT Teaching & Learning"], "2025-04", None, "amber"),
                ("1.4", "Deliver a CPD sequence on responsive teaching and checking for understanding "
                        "(six twilight sessions).",
                 "AHT Teaching & Learning", "Mr P Jewell", "Sept 2024 – Feb 2025", GREEN,
                 ["AHT Teaching & Learning"], "2025-02", None, "green"),
            ]),
        ],
        P2: [
            (R2, [
                ("2.1", "Screen all Year 7 pupils with the NGRT reading test within three weeks of entry and "
                        "share reading ages with all staff.",
                 "Reading Lead", "Ms R Hocking", "October 2024", BLUE,
                 ["Reading Lead"], "2024-10", None, "blue"),
                ("2.2", "Train two teaching assistants to deliver the phonics-based catch-up programme and "
                        "timetable daily sessions for identified pupils.",
                 "AHT Inclusion / SENDCo", "Ms R Hocking", "Autumn term 2024", RED,
                 ["AHT Inclusion", "SENDCo"], "2024-12", None, "red"),
            ]),
        ],
        P3: [
            (R3, [
                ("3.1", "Appoint an Attendance Officer and introduce weekly attendance panels for pupils whose "
                        "attendance is below 90%.",
                 "Headteacher", "Mr D Bray", "By 31 August 2024", BLUE,
                 ["Headteacher"], "2024-08", None, "blue"),
                ("3.2", "Meet the family of every persistently absent disadvantaged pupil at least once each "
                        "half-term and agree an individual attendance plan.",
                 "Attendance Officer and Heads of Year", "Mr D Bray", "Ongoing", AMBER,
                 ["Attendance Officer", "Heads of Year"], None, "Ongoing", "amber"),
            ]),
        ],
    }

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Inspection dates: 5 and 6 March 2024 | Overall effectiveness: Requires improvement")
    doc.add_paragraph("This plan responds to ‘What does the school need to do to improve?’ in the inspection "
                      "report published on 18 April 2024. Progress is reviewed by the Local Governing "
                      "Committee (LGC) Standards committee every half-term.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        set_cell(c, h, bold=True)
    for v in [("1.0", "29/04/2024", "Headteacher", "First version approved by LGC"),
              ("1.1", "08/07/2024", "Deputy Headteacher", "Summer term review"),
              ("1.2", "11/11/2024", "Deputy Headteacher", "Autumn update; RAG ratings reviewed")]:
        r = t.add_row()
        for c, x in zip(r.cells, v):
            set_cell(c, x)

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, col, meaning in [("Red", RED, "Not started or significantly off track"),
                               ("Amber", AMBER, "Started – some slippage"),
                               ("Green", GREEN, "On track"),
                               ("Blue", BLUE, "Complete and impact evident")]:
        r = t.add_row()
        set_cell(r.cells[0], word, bold=True)
        shade(r.cells[0], col)
        set_cell(r.cells[1], meaning)

    actions = []
    for prio, groups in rows.items():
        doc.add_heading(prio, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Governor monitoring", "Timescale", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, GREY)
        for rec, acts in groups:
            merged_row(t, rec, fill="DEEAF6", bold=False)
            for ref, text, lead, gov, when, fill, elead, eend, etext, estat in acts:
                r = t.add_row()
                for c, x in zip(r.cells[:5], [ref, text, lead, gov, when]):
                    set_cell(c, x)
                shade(r.cells[5], fill)
                actions.append(act(ref, [prio, rec], text, elead, eend, estat, etext))
        doc.add_paragraph()

    doc.add_paragraph("Next review: LGC Standards committee, 26 November 2024.")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for r, v in zip(t.rows, [("Headteacher", "D. Bray", "12/11/2024"),
                             ("Chair of LGC", "S. Trewin", "12/11/2024")]):
        for c, x in zip(r.cells, v):
            set_cell(c, x)
    doc.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": ("Imitates a secondary school's post-Ofsted action plan after a 'requires improvement' "
                   "inspection (Budehaven Community School, Bude, Cornwall; 2024), in the shape The Key's "
                   "post-inspection action plan guidance describes (no specific published plan found): Word "
                   "title, inspection line, document-control table, RAG key table, one table per priority "
                   "under a Heading 1, the inspectors' 'The school should...' recommendation as a shaded "
                   "merged row above its actions, governor-monitoring column, school-term timescales, RAG as "
                   "cell fill colour with no text, a closing sign-off table."),
        "reads": ("A school's post-inspection plan with three priorities. Under each priority heading a table "
                  "gives the Ofsted recommendation in a merged row and the numbered actions beneath it, with "
                  "lead, monitoring governor, a term or month timescale and a coloured RAG cell read through "
                  "the key (blue = complete). Document control, key and sign-off tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ============================================================================= 2. college (xlsx)
def make_callywith():
    fname = "kx1-callywith-college-quality-improvement-plan-2024-25.xlsx"
    title = "Callywith College Quality Improvement Plan 2024/25"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Linked to: Self-Assessment Report 2023/24 (approved by the Corporation, 12 December 2024)"
    cov["A4"] = "Plan owner: Vice Principal – Curriculum and Quality"
    cov["A5"] = "Monitored by: Quality & Standards Committee (termly)"
    cov["A7"] = "RAG key"
    cov["A7"].font = Font(bold=True)
    for i, (col, meaning) in enumerate([(RED, "Not on track – intervention needed"),
                                        (AMBER, "Some slippage – being monitored"),
                                        (GREEN, "On track"),
                                        (BLUE, "Complete – impact being evaluated")], start=8):
        cov.cell(i, 1).fill = PatternFill("solid", fgColor=col)
        cov.cell(i, 2, meaning)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 45

    ws = wb.create_sheet("QIP")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Updated: 14 March 2025 (spring term review)"
    hdr = ["Ref", "Area for improvement (SAR 2023/24)", "Action", "Success measure", "Lead",
           "Target date", "Autumn update", "Spring update", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = wrap
        c.border = box
    widths = [7, 38, 50, 34, 26, 12, 34, 34, 7]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w

    TQE, TBA, TLM = "Quality of education", "Behaviour and attitudes", "Leadership and management"
    A1 = ("Achievement rates on A level courses in a small number of subjects, notably A level maths and "
          "chemistry, are below national rates.")
    A2 = ("Too few students on level 3 vocational programmes complete meaningful work experience linked to "
          "their career aims.")
    A3 = "Attendance at English and maths GCSE resit lessons is too low."
    A4 = ("Governors do not receive sufficiently detailed information about the quality of teaching in "
          "different subject areas.")
    D = dt.datetime
    plan = [
        ("theme", TQE),
        ("afi", A1, [
            ("QE1", "Introduce fortnightly assessment-point reviews for A level maths and chemistry students, with "
                    "targeted intervention sessions for any student below target grade.",
             "Achievement in A level maths and chemistry at or above the national rate",
             "Head of Science & Maths", D(2025, 7, 31),
             "Reviews in place from October; 38 students on intervention.",
             "Mock results: 82% at or above target grade.", GREEN,
             ["Head of Science & Maths"], "2025-07", None, "green"),
            ("QE2", "Set up peer observation pairs between maths staff and high-performing departments, focused "
                    "on modelling and questioning.",
             "All maths staff complete two paired observations",
             "Curriculum Manager (Maths) / Teaching & Learning Coach", D(2025, 2, 28),
             "Pairs agreed; first round complete.", "Second round complete.", BLUE,
             ["Curriculum Manager (Maths)", "Teaching & Learning Coach"], "2025-02", None, "blue"),
        ]),
        ("afi", A2, [
            ("QE3", "Map a work placement for every second-year vocational student and record it on Unifrog.",
             "100% of second-year vocational students have a placement recorded",
             "Careers & Employability Manager", D(2024, 12, 20),
             "Mapping started; 61% recorded.", "84% recorded; health and social care placements outstanding.",
             AMBER, ["Careers & Employability Manager"], "2024-12", None, "amber"),
            ("QE4", "Recruit ten new employer partners in health, digital and engineering through the Cornwall "
                    "and Isles of Scilly Careers Hub.",
             "Ten new employer partners signed up",
             "Careers & Employability Manager", D(2025, 4, 30),
             "Three employers signed up.", "No further employers recruited this term.", RED,
             ["Careers & Employability Manager"], "2025-04", None, "red"),
        ]),
        ("theme", TBA),
        ("afi", A3, [
            ("BA1", "Send first-period text alerts to parents and carers and require tutors to follow up any "
                    "missed resit lesson within the week.",
             "Resit attendance at 90% or above", "Director of Student Services", D(2025, 1, 31),
             "Alerts live from 4 November.", "Resit attendance 88.6%, up from 81%.", GREEN,
             ["Director of Student Services"], "2025-01", None, "green"),
        ]),
        ("theme", TLM),
        ("afi", A4, [
            ("LM1", "Redesign the termly Quality Report to governors to include subject-level lesson visit outcomes "
                    "and student voice.",
             "Governors report improved understanding (board effectiveness survey)",
             "VP Curriculum & Quality", D(2024, 12, 31),
             "New format presented to December committee.", "Complete.", BLUE,
             ["VP Curriculum & Quality"], "2024-12", None, "blue"),
            ("LM2", "Link governors to attend one curriculum review each term and feed back to the Quality & "
                    "Standards Committee.",
             "Each link governor attends one review per term",
             "Clerk to the Corporation; VP Curriculum & Quality", "Termly",
             "Autumn visits completed by four of five link governors.", "Spring visits scheduled.", GREEN,
             ["Clerk to the Corporation", "VP Curriculum & Quality"], None, "Termly", "green"),
        ]),
    ]
    r = 5
    actions = []
    theme = None
    for item in plan:
        if item[0] == "theme":
            theme = item[1]
            ws.cell(r, 1, theme).font = Font(bold=True)
            for j in range(1, 10):
                ws.cell(r, j).fill = PatternFill("solid", fgColor=GREY)
                ws.cell(r, j).border = box
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, afi, acts = item
        first = r
        ws.cell(r, 2, afi)
        for ref, text, meas, lead, when, aut, spr, fill, elead, eend, etext, estat in acts:
            vals = [ref, None, text, meas, lead, when, aut, spr, None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j)
                if v is not None:
                    c.value = v
                c.alignment = wrap
                c.border = box
            if isinstance(when, dt.datetime):
                ws.cell(r, 6).number_format = "dd/mm/yyyy"
            ws.cell(r, 9).fill = PatternFill("solid", fgColor=fill)
            actions.append(act(ref, [theme, afi], text, elead, eend, estat, etext))
            r += 1
        ws.cell(first, 2).alignment = wrap
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Note: RAG ratings agreed at the Quality & Standards Committee on 18 March 2025. "
                  "See Cover sheet for the key.")
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "QIP 2024/25 – RAG summary (spring review)"
    sm["A1"].font = Font(bold=True)
    for j, h in enumerate(["Theme", "Red", "Amber", "Green", "Blue", "Total"], start=1):
        sm.cell(3, j, h).font = Font(bold=True)
    for i, row in enumerate([(TQE, 1, 1, 1, 1, 4), (TBA, 0, 0, 1, 0, 1), (TLM, 0, 0, 1, 1, 2),
                             ("Total", 1, 1, 3, 2, 7)], start=4):
        for j, v in enumerate(row, start=1):
            sm.cell(i, j, v)
    sm.column_dimensions["A"].width = 28
    wb.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": ("Imitates a sixth form college's annual Quality Improvement Plan drawn from its self-assessment "
                   "report (Callywith College, Bodmin; 2024/25), following the SAR/QIP pattern FE colleges "
                   "publish to governors (no specific published plan found): Cover sheet with title, SAR link, "
                   "owner and fill-colour RAG key; QIP sheet with EIF-judgement theme rows merged across the "
                   "sheet, the SAR area for improvement merged down beside its actions, success measure, lead "
                   "job titles, dd/mm/yyyy target dates, autumn and spring update columns, RAG as fill colour "
                   "with no text; a Summary sheet of RAG totals."),
        "reads": ("A college quality improvement plan in three Ofsted-judgement themes; under each, areas for "
                  "improvement from the self-assessment report, each with one or two referenced actions (QE1, "
                  "BA1, LM1...), a lead, a target date and a coloured RAG cell read through the Cover key. The "
                  "Summary sheet of RAG totals and the notes line are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ============================================================================= 3. apprenticeship provider (docx)
def make_realise():
    fname = "kx1-realise-ofsted-apprenticeships-post-inspection-action-plan.docx"
    title = "Realise – Post-Inspection Action Plan (Apprenticeships)"
    F1 = ("1. Leaders and managers should ensure that apprentices’ off-the-job training is planned and recorded "
          "accurately so that all apprentices receive their full entitlement.")
    F2 = ("2. Leaders should ensure that coaches use information about apprentices’ starting points to plan "
          "learning that builds on what apprentices already know and can do.")
    F3 = ("3. Leaders should ensure that apprentices receive impartial careers advice and guidance that helps "
          "them to plan their next steps beyond their apprenticeship.")
    groups = [
        (F1, [
            ("1.1", "Rebuild the off-the-job training planner in the e-portfolio so that every planned activity is "
                    "linked to the apprenticeship standard and logged hours are visible to the employer.",
             "Head of Quality & Compliance", "30/09/2024", "", "Planner live from 16 September 2024.", "Complete",
             ["Head of Quality & Compliance"], "2024-09", None, "blue"),
            ("1.2", "Produce a monthly off-the-job compliance report by programme; any apprentice more than 10% "
                    "behind profile is discussed at the caseload review.",
             "Operations Director / Apprenticeship Managers", "31/10/2024", "31/01/2025",
             "Report in place; adult care data delayed by the e-portfolio migration.", "Green",
             ["Operations Director", "Apprenticeship Managers"], "2025-01", None, "green"),
        ]),
        (F2, [
            ("2.1", "Revise the initial assessment to include a skills scan completed jointly with the employer.\n"
                    "Use the results to produce an individual learning plan that removes content apprentices have "
                    "already mastered.",
             "Lisa Marsh and Tom Bennett", "November 2024", "March 2025",
             "New skills scan piloted on team leader programme; roll-out to other standards in March.", "Amber",
             ["Lisa Marsh", "Tom Bennett"], "2025-03", None, "amber"),
            ("2.2", "Audit 10% of individual learning plans each quarter and give written feedback to coaches.",
             "Quality Lead (Learning & Development)", "December 2024", "",
             "First audit completed; findings shared at January team meeting.", "Complete",
             ["Quality Lead (Learning & Development)"], "2024-12", None, "blue"),
        ]),
        (F3, [
            ("3.1", "Enrol all coaches on a CDI-accredited careers information, advice and guidance short course.",
             "Head of People", "31/03/2025", "", "19 of 26 coaches have completed the course.", "Green",
             ["Head of People"], "2025-03", None, "green"),
            ("3.2", "Add a careers and next-steps discussion to the three-month and gateway progress reviews.",
             "Apprenticeship Managers", "28/02/2025", "",
             "Review template not yet updated; awaiting e-portfolio supplier.", "Red",
             ["Apprenticeship Managers"], "2025-02", None, "red"),
        ]),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Provider", "Realise Learning and Employment Ltd"),
                 ("Inspection dates", "4 to 7 June 2024"),
                 ("Overall effectiveness", "Requires improvement"),
                 ("Plan owner", "Director of Quality"),
                 ("Last updated", "12 February 2025")]:
        r = t.add_row()
        set_cell(r.cells[0], k, bold=True)
        set_cell(r.cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Progress is reported monthly to the Quality Improvement Board and quarterly to the Board "
                      "of Directors. Where a target has moved, the revised date agreed by the Quality "
                      "Improvement Board is shown.")
    doc.add_paragraph("RAG: Complete | Green – on track | Amber – at risk of slippage | Red – off track or overdue")

    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Responsibility", "Original target", "Revised target",
                                      "Progress (February 2025)", "RAG"]):
        set_cell(c, h, bold=True)
        shade(c, "B4C6E7")
    actions = []
    fills = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for afi, acts in groups:
        merged_row(t, afi, fill="F2F2F2", bold=True)
        for ref, text, lead, orig, rev, prog, rag, elead, eend, etext, estat in acts:
            r = t.add_row()
            for c, x in zip(r.cells, [ref, text, lead, orig, rev, prog, rag]):
                if x:
                    set_cell(c, x)
            shade(r.cells[6], fills[rag])
            actions.append(act(ref, [afi], text, elead, eend, estat, etext))

    doc.add_paragraph()
    doc.add_heading("Version history", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Summary of changes"]):
        set_cell(c, h, bold=True)
    for v in [("1", "19/07/2024", "Plan agreed by Board of Directors"),
              ("2", "05/11/2024", "Revised dates for 1.2 and 2.1 agreed"),
              ("3", "12/02/2025", "February progress update")]:
        r = t.add_row()
        for c, x in zip(r.cells, v):
            set_cell(c, x)
    doc.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": ("Imitates an independent training provider's post-inspection action plan for apprenticeships "
                   "after a 'requires improvement' Ofsted inspection (Realise Learning and Employment; 2024-25), "
                   "the form providers submit to the funding body and publish (no specific published plan "
                   "found): Word title, provider details table, RAG key as a sentence, one plan table with each "
                   "numbered Ofsted area for improvement as a merged row above its actions, original and revised "
                   "target columns, a two-paragraph action cell, named people and job titles as leads, RAG words "
                   "with matching fill, a version history table."),
        "reads": ("A training provider's action plan against three numbered Ofsted areas for improvement, each "
                  "followed by two numbered actions with responsibility, original and (where moved) revised "
                  "target dates, a progress note and a RAG word; the revised date, where given, is the end. "
                  "Details, key and version tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ============================================================================= 4. hospital CQC (xlsx)
def make_uhd():
    fname = "kx1-university-hospitals-dorset-nhsft-cqc-must-should-do-action-plan.xlsx"
    title = "University Hospitals Dorset NHS Foundation Trust: CQC Must Do and Should Do Action Plan"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ragfill = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE}

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = ("Core services inspected: Urgent and emergency care, Medical care, Maternity "
                "(Royal Bournemouth and Poole hospitals)")
    sm["A3"] = "Position at 31 October 2024 – for Quality Committee, 20 November 2024"
    for j, h in enumerate(["", "Red", "Amber", "Green", "Blue", "Total"], start=1):
        sm.cell(5, j, h).font = Font(bold=True)
    for i, row in enumerate([("Must Do", 0, 2, 1, 2, 5), ("Should Do", 1, 1, 1, 1, 4),
                             ("Total", 1, 3, 2, 3, 9)], start=6):
        for j, v in enumerate(row, start=1):
            sm.cell(i, j, v)
    sm["A10"] = "RAG key"
    sm["A10"].font = Font(bold=True)
    for i, (w, meaning) in enumerate([("Red", "Off track – escalated to Executive lead"),
                                      ("Amber", "Delivery at risk"),
                                      ("Green", "On track to deliver by target date"),
                                      ("Blue", "Complete – evidence approved by Quality Committee")], start=11):
        c = sm.cell(i, 1, w)
        c.fill = PatternFill("solid", fgColor=ragfill[w])
        sm.cell(i, 2, meaning)
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 50

    def sheet(name, heading, hdr, widths, content, must):
        ws = wb.create_sheet(name)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12)
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(3, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="005EB8")
            c.alignment = wrap
            c.border = box
        for j, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + j)].width = w
        ncol = len(hdr)
        r = 4
        out = []
        for sec, items in content:
            ws.cell(r, 1, sec).font = Font(bold=True)
            for j in range(1, ncol + 1):
                ws.cell(r, j).fill = PatternFill("solid", fgColor="E8EDEE")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            for finding, reg, acts in items:
                first = r
                ws.cell(r, 2, finding)
                if must:
                    ws.cell(r, 3, reg)
                for ref, text, lead, when, prog, prev, cur, elead, eend, etext, estat in acts:
                    if must:
                        vals = [ref, None, None, text, lead, when, prog, prev, cur]
                    else:
                        vals = [ref, None, text, lead, when, prog, prev, cur]
                    for j, v in enumerate(vals, start=1):
                        c = ws.cell(r, j)
                        if v is not None:
                            c.value = v
                        c.alignment = wrap
                        c.border = box
                    dcol = 6 if must else 5
                    if isinstance(when, dt.datetime):
                        ws.cell(r, dcol).number_format = "mmm-yy"
                    ws.cell(r, ncol - 1).fill = PatternFill("solid", fgColor=ragfill[prev])
                    ws.cell(r, ncol).fill = PatternFill("solid", fgColor=ragfill[cur])
                    out.append(act(ref, [sec, finding], text, elead, eend, estat, etext))
                    r += 1
                ws.cell(first, 2).alignment = wrap
                if r - 1 > first:
                    ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                    if must:
                        ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
        ws.freeze_panes = "A4"
        return out

    D = dt.datetime
    must = [
        ("Urgent and emergency care – Royal Bournemouth Hospital", [
            ("The trust must ensure that patients in the emergency department receive an initial assessment "
             "within 15 minutes of arrival.", "Reg 12(1)", [
                ("MD1.1", "Introduce a rapid assessment and treatment (RAT) nurse at the front door from 08:00 to "
                          "midnight, seven days a week.",
                 "Director of Nursing (Medicine) / ED Matron", D(2024, 7, 31),
                 "RAT rota in place since 1 July; median time to assessment 11 minutes.", "Green", "Blue",
                 ["Director of Nursing (Medicine)", "ED Matron"], "2024-07", None, "blue"),
                ("MD1.2", "Audit time to initial assessment daily and send a weekly exception report to the Urgent "
                          "Care Board.",
                 "Clinical Director, Emergency Medicine", D(2024, 12, 31),
                 "Daily audit running; September compliance 87%.", "Amber", "Green",
                 ["Clinical Director, Emergency Medicine"], "2024-12", None, "green"),
            ]),
            ("The trust must ensure that mental health risk assessments are completed for all patients who "
             "present with self-harm or suicidal ideation.", "Reg 12(2)(a)", [
                ("MD2.1", "Make the mental health risk assessment a mandatory field in the ED electronic record and "
                          "train all ED nurses in its use.",
                 "ED Matron", "Q3 2024/25",
                 "System change approved; go-live planned for December.", "Amber", "Amber",
                 ["ED Matron"], "2024-12", None, "amber"),
            ]),
        ]),
        ("Maternity – Poole Hospital", [
            ("The trust must ensure that staff complete mandatory training, including obstetric emergencies and "
             "fetal monitoring training.", "Reg 18(2)(a)", [
                ("MD3.1", "Publish a training trajectory to reach 90% compliance for PROMPT and fetal monitoring "
                          "training, with training days protected on the roster.",
                 "Director of Midwifery", D(2025, 3, 31),
                 "PROMPT 78%, fetal monitoring 81%; trajectory met for October.", "Red", "Amber",
                 ["Director of Midwifery"], "2025-03", None, "amber"),
            ]),
            ("The trust must ensure that emergency equipment is checked daily in line with trust policy.",
             "Reg 15(1)(e)", [
                ("MD4.1", "Introduce electronic daily resuscitation trolley checklists with automatic escalation to "
                          "the Matron when a check is missed.",
                 "Maternity Matron", D(2024, 9, 30),
                 "Live on all maternity areas; 99% of checks completed in September.", "Green", "Blue",
                 ["Maternity Matron"], "2024-09", None, "blue"),
            ]),
        ]),
    ]
    should = [
        ("Medical care – Royal Bournemouth Hospital", [
            ("The trust should ensure that patients’ food and fluid charts are fully completed.", None, [
                ("SD1", "Audit food and fluid charts monthly on every medical ward and share the results at ward "
                        "safety huddles.",
                 "Head of Nursing, Medicine", D(2024, 10, 31),
                 "Audit embedded; compliance 92% in October.", "Green", "Blue",
                 ["Head of Nursing, Medicine"], "2024-10", None, "blue"),
            ]),
            ("The trust should continue to improve discharge planning so that patients are not delayed in "
             "hospital once they are medically fit to leave.", None, [
                ("SD2", "Roll out the ‘Home for Lunch’ discharge initiative to all medical wards and report "
                        "discharges before midday each week.",
                 "Divisional Director of Operations (Medicine)", D(2025, 3, 31),
                 "Live on 6 of 11 wards.", "Amber", "Amber",
                 ["Divisional Director of Operations (Medicine)"], "2025-03", None, "amber"),
            ]),
        ]),
        ("Maternity – Poole Hospital", [
            ("The trust should ensure that women attending maternity triage are assessed within 15 minutes.",
             None, [
                ("SD3", "Recruit two additional triage midwives and monitor time to triage on the maternity "
                        "dashboard.",
                 "Director of Midwifery; Maternity Triage Lead", D(2025, 1, 31),
                 "Both posts appointed; start dates in December.", "Amber", "Green",
                 ["Director of Midwifery", "Maternity Triage Lead"], "2025-01", None, "green"),
            ]),
        ]),
        ("Urgent and emergency care – Poole Hospital", [
            ("The trust should ensure that children waiting in the emergency department are cared for in an area "
             "separate from adults.", None, [
                ("SD4", "Convert the former minors bay into a dedicated children’s waiting area, screened from the "
                        "adult waiting room.",
                 "Director of Estates", "TBC – subject to capital funding",
                 "Bid submitted to the capital panel; not yet approved.", "Amber", "Red",
                 ["Director of Estates"], None, "TBC – subject to capital funding", "red"),
            ]),
        ]),
    ]
    actions = sheet("Must Do", "CQC Must Do actions (breaches of regulation)",
                    ["Ref", "CQC Must Do", "Regulation", "Action", "Lead", "Target date", "Evidence / progress",
                     "Previous RAG", "Current RAG"],
                    [8, 40, 12, 46, 28, 10, 40, 10, 10], must, True)
    actions += sheet("Should Do", "CQC Should Do actions",
                     ["Ref", "CQC Should Do", "Action", "Lead", "Target date", "Evidence / progress",
                      "Previous RAG", "Current RAG"],
                     [8, 40, 46, 28, 10, 40, 10, 10], should, False)
    wb.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": ("Imitates an acute trust's CQC Must Do / Should Do action plan as reported to its Quality "
                   "Committee and board (University Hospitals Dorset NHS FT; 2024), after published examples "
                   "such as Sheffield Health and Social Care's CQC action plan updates "
                   "(https://shsc.nhs.uk/about-us/corporate-information/cqc/action-plan-progress-update/) and East "
                   "of England Ambulance Service's CQC improvement plan board reports "
                   "(https://eastamb.nhs.uk/about-us/trust-board/cqc-report-september-2024): a Summary sheet with "
                   "title, scope, RAG totals and key, then separate Must Do and Should Do sheets with core-service "
                   "/ hospital section rows merged across, the CQC finding merged down beside its actions, a "
                   "regulation column, job-title leads (two posts in one cell, a comma inside one post), mmm-yy "
                   "target dates, a 'Q3 2024/25' and a 'TBC' target, Previous RAG and Current RAG as words with "
                   "matching fill."),
        "reads": ("A hospital trust's CQC action plan in two sheets: five actions answering four Must Do findings "
                  "and four actions answering four Should Do findings, each grouped under a core service at a "
                  "named hospital. Each action has a ref, lead, target date, progress note and a previous and "
                  "current RAG; the current RAG is the status (Blue = complete). The Summary sheet is not "
                  "actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ============================================================================= 5. GP practice (csv)
def make_stratton():
    fname = "kx1-stratton-medical-centre-cqc-inspection-action-plan.csv"
    title = "Stratton Medical Centre – CQC Inspection Action Plan"
    F1 = ("Requirement notice – Regulation 12: The provider must ensure care and treatment is provided in a safe "
          "way. Patients prescribed high-risk medicines were not always monitored in line with national guidance.")
    F2 = "Should improve: Complete infection prevention and control audits at least annually."
    F3 = "Should improve: Continue to improve the uptake of cervical screening, which was below the 80% target."
    F4 = ("Requirement notice – Regulation 17: The provider must establish effective systems to monitor staff "
          "training and recruitment checks.")
    F5 = "Should improve: Continue efforts to establish an active patient participation group."
    rows = [
        ("Safe", F1, "Run monthly searches for patients on DMARDs, lithium and warfarin and recall any patient "
                     "overdue blood monitoring.",
         "Clinical Pharmacist", "31/07/2024", "B", "Searches set up in EMIS; 100% monitored at September audit.",
         ["Clinical Pharmacist"], "2024-07", None, "blue"),
        ("", "", "Add a medication review date check to repeat prescribing so that prescriptions are not reissued "
                 "after the review date has passed.",
         "Dr K Pascoe (GP Partner)", "31/08/2024", "B", "Completed 20/08/2024.",
         ["Dr K Pascoe (GP Partner)"], "2024-08", None, "blue"),
        ("", F2, "Complete an IPC audit of both sites using the ICB template and act on the findings.",
         "Practice Nurse; Practice Manager", "Sept 2024", "G", "Stratton site audited; Bude branch booked.",
         ["Practice Nurse", "Practice Manager"], "2024-09", None, "green"),
        ("Effective", F3, "Offer Saturday morning screening clinics at the Bude branch.\n"
                          "Send text reminders to all patients overdue screening.",
         "Lead Nurse", "March 2025", "A", "Two Saturday clinics held; uptake 76.4% (Q2).",
         ["Lead Nurse"], "2025-03", None, "amber"),
        ("Well-led", F4, "Set up a training matrix for all staff and review it at the monthly practice meeting.",
         "Practice Manager", "30/09/2024", "B", "Matrix in place and reviewed monthly.",
         ["Practice Manager"], "2024-09", None, "blue"),
        ("", "", "Complete DBS checks and obtain references for the two staff recruited in 2023 without full "
                 "records.",
         "Practice Manager", "31/07/2024", "B", "Done.",
         ["Practice Manager"], "2024-07", None, "blue"),
        ("", F5, "Relaunch the patient participation group with a virtual option and hold the first meeting.",
         "Patient Services Lead & Practice Manager", "Ongoing", "G",
         "Eight patients signed up; first meeting 12 November 2024.",
         ["Patient Services Lead", "Practice Manager"], None, "Ongoing", "green"),
    ]
    path = os.path.join(HERE, fname)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        blank = [""] * 6
        w.writerow([title] + blank)
        w.writerow(["Inspection date: 14 May 2024 | Report published: 2 July 2024 | Overall rating: "
                    "Requires improvement"] + blank)
        w.writerow(["Plan reviewed at practice meeting: 9 October 2024"] + blank)
        w.writerow([""] * 7)
        w.writerow(["Key question", "Finding", "Action", "Responsible", "Target date", "Status",
                    "Progress update"])
        actions = []
        kq = fd = None
        for q, fnd, text, lead, when, st, prog, elead, eend, etext, estat in rows:
            w.writerow([q, fnd, text, lead, when, st, prog])
            kq = q or kq
            fd = fnd or fd
            actions.append(act(None, [kq, fd], text, elead, eend, estat, etext))
        w.writerow([""] * 7)
        w.writerow(["Key: B = Complete   G = On track   A = Some delay   R = Overdue / not started"] + blank)
        w.writerow(["Next review at practice meeting: January 2025"] + blank)

    write_expected(fname, {
        "source": ("Imitates a GP practice's CQC inspection action plan kept in Excel and saved as CSV (Stratton "
                   "Medical Centre, Bude, Cornwall; 2024), with columns of the kind CQC action-plan guides list "
                   "(item, action, deadline, person responsible, RAG; e.g. QCS/Royds Withy King guidance, "
                   "https://www.qcs.co.uk/cqc-action-plans-roadmaps-to-a-better-service/): title and inspection "
                   "lines padded with commas, UTF-8 BOM and CRLF as Excel writes them, key question and finding "
                   "written once and left blank on following rows, requirement notices and should-improve "
                   "findings as the findings, one quoted cell with two lines, no refs, RAG letters with a key "
                   "line and a next-review line after the table."),
        "reads": ("A GP practice's plan answering its CQC report: under the key questions Safe, Effective and "
                  "Well-led, each finding (two requirement notices and three should-improve points) is followed "
                  "by one or two actions with who is responsible, a target date and a status letter read through "
                  "the key at the foot (B = complete). Blank key-question and finding cells carry the one above."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ============================================================================= 6. mental health (txt)
def make_kneesworth():
    fname = "kx1-kneesworth-house-hospital-cqc-mental-health-must-should-do-action-plan.txt"
    title = "Kneesworth House Hospital – CQC Inspection Action Plan"
    SA = "SECTION A – MUST DO"
    SB = "SECTION B – SHOULD DO"
    M1 = ("MD1 The provider must ensure that staff complete and record seclusion reviews in line with the Mental "
          "Health Act Code of Practice. (Regulation 13)")
    M2 = ("MD2 The provider must ensure that ligature risk assessments for each ward are reviewed at least "
          "annually and that mitigation plans are known to all staff working on the ward. (Regulation 12)")
    M3 = ("MD3 The provider must ensure that there are enough suitably qualified staff on each shift to meet "
          "patients’ needs, including escorted leave and activities. (Regulation 18)")
    S1 = ("SD1 The provider should ensure that patients’ physical health observations after rapid "
          "tranquillisation are recorded consistently.")
    S2 = "SD2 The provider should ensure that patients are involved in writing their care plans and are offered a copy."
    plan = [
        (SA, [
            (M1, [
                ("MD1.1", "Introduce a seclusion record checklist completed at every medical and nursing review, "
                          "audited weekly by the ward manager.",
                 "Ward Managers", "31/12/2023", None, "B",
                 "Checklist in use on all wards since 4 December 2023; weekly audits show 96% compliance.",
                 ["Ward Managers"], "2023-12", None, "blue"),
                ("MD1.2", "Deliver refresher training on seclusion and long-term segregation to all registered "
                          "nurses and doctors.",
                 "Practice Development Lead / Responsible Clinicians", "29/02/2024", "31/05/2024", "A",
                 "78% trained; remaining sessions booked for May.",
                 ["Practice Development Lead", "Responsible Clinicians"], "2024-05", None, "amber"),
            ]),
            (M2, [
                ("MD2.1", "Complete new ligature risk assessments for all wards with the estates team.",
                 "Head of Estates and Facilities", "January 2024", None, "B",
                 "All ward assessments signed off on 26 January 2024.",
                 ["Head of Estates and Facilities"], "2024-01", None, "blue"),
                ("MD2.2", "Add a ligature hotspot briefing to the ward induction checklist for bank and agency "
                          "staff.",
                 "Ward Managers", "Ongoing – checked at monthly audit", None, "G",
                 "Briefing added to induction; April audit 100%.",
                 ["Ward Managers"], None, "Ongoing – checked at monthly audit", "green"),
            ]),
            (M3, [
                ("MD3.1", "Recruit to the 14 registered nurse vacancies through the international recruitment "
                          "programme and reduce cancelled Section 17 leave to below 5%.",
                 "Hospital Director & HR Business Partner", "30/06/2024", None, "A",
                 "9 nurses in post, 3 awaiting NMC registration; cancelled leave 7.2% in April.",
                 ["Hospital Director", "HR Business Partner"], "2024-06", None, "amber"),
            ]),
        ]),
        (SB, [
            (S1, [
                ("SD1.1", "Add a NEWS2 observation template for use after rapid tranquillisation to the electronic "
                          "patient record.",
                 "Physical Health Nurse Lead", "March 2024", None, "B",
                 "Template live from 11 March 2024.",
                 ["Physical Health Nurse Lead"], "2024-03", None, "blue"),
            ]),
            (S2, [
                ("SD2.1", "Add a patient-involvement question to the monthly care plan audit and discuss the results "
                          "at ward community meetings.",
                 "Head of Psychology and Ward Managers", "Q1 2024/25", None, "G",
                 "Audit tool amended; first results due in May.",
                 ["Head of Psychology", "Ward Managers"], "2024-06", None, "green"),
            ]),
        ]),
    ]
    L = []
    L.append(title)
    L.append("Must Do and Should Do actions following the inspection of 10–12 October 2023")
    L.append("Report published: 24 January 2024")
    L.append("Plan owner: Hospital Director")
    L.append("Position at: 30 April 2024")
    L.append("")
    L.append("RAG: R = off track   A = at risk   G = on track   B = complete and evidenced")
    L.append("")
    actions = []
    for sec, finds in plan:
        L.append("=" * 72)
        L.append(sec)
        L.append("=" * 72)
        L.append("")
        for fnd, acts in finds:
            L.append(fnd)
            L.append("")
            for ref, text, lead, due, rev, rag, upd, elead, eend, etext, estat in acts:
                pad = " " * (len(ref) + 1)
                L.append(f"  {ref} Action:  {text}")
                L.append(f"  {pad}Lead:    {lead}")
                L.append(f"  {pad}Due:     {due}")
                if rev:
                    L.append(f"  {pad}Revised: {rev}")
                L.append(f"  {pad}RAG:     {rag}")
                L.append(f"  {pad}Update:  {upd}")
                L.append("")
                actions.append(act(ref, [sec, fnd], text, elead, eend, estat, etext))
    L.append("-" * 72)
    L.append("Submitted to CQC: 22 February 2024. Next update to the Clinical Governance Committee: June 2024.")
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

    write_expected(fname, {
        "source": ("Imitates an independent mental health hospital's CQC Must Do / Should Do action plan as it "
                   "comes out of a Word report saved as plain text (Kneesworth House Hospital, Royston; "
                   "inspection October 2023, plan 2024), following the must-do/should-do tracking pattern "
                   "mental health providers publish (e.g. Sheffield Health and Social Care, "
                   "https://shsc.nhs.uk/about-us/corporate-information/cqc/action-plan-progress-update/): title "
                   "and inspection lines, a RAG letter key, '=' ruled section banners for Must Do and Should Do, "
                   "each CQC finding with its regulation as a paragraph, then indented labelled blocks (Action / "
                   "Lead / Due / Revised / RAG / Update) per action, a closing submission line."),
        "reads": ("A hospital's CQC action plan in two sections, must do and should do. Each finding (MD1-MD3, "
                  "SD1-SD2) is followed by one or two referenced actions, each a block giving the lead, due "
                  "date, a revised date where it moved (the revised one is the end), a RAG letter and an update."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return fname, len(actions)


# ============================================================================= 7. national body (xlsx, refuse)
def make_jac():
    fname = ("kx1-judicial-appointments-commission-arac-internal-audit-recommendations-tracker-"
             "typo-month-refuse.xlsx")
    title = "Judicial Appointments Commission – Internal Audit Recommendations Tracker"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ragfill = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Audit and Risk Assurance Committee, 22 January 2025 (Paper ARAC 25/04)"
    cov["A4"] = ("Purpose: to update the Committee on progress in implementing Government Internal Audit Agency "
                 "(GIAA) recommendations and to seek agreement to revised target dates.")
    cov["A6"] = "Summary of open recommendations"
    cov["A6"].font = Font(bold=True)
    for j, h in enumerate(["Priority", "Open", "Of which overdue", "Closed since last ARAC"], start=1):
        cov.cell(7, j, h).font = Font(bold=True)
    for i, row in enumerate([("High", 2, 0, 1), ("Medium", 3, 0, 1), ("Low", 1, 0, 0), ("Total", 6, 0, 2)],
                            start=8):
        for j, v in enumerate(row, start=1):
            cov.cell(i, j, v)
    cov["A13"] = "RAG: Red – overdue or at risk; Amber – revised date agreed; Green – on track; Complete – closed"
    cov.column_dimensions["A"].width = 18

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal audit recommendations – position at 10 January 2025"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Audit (year) – opinion", "Rec", "Priority", "Recommendation", "Agreed management action", "Owner",
           "Original target date", "Revised target date", "Previous RAG", "Current RAG", "Update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2F5496")
        c.alignment = wrap
        c.border = box
    for j, w in enumerate([26, 5, 9, 40, 44, 26, 12, 12, 10, 10, 38], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    D = dt.datetime
    data = [
        ("Selection Exercise Assurance (2023-24) – Moderate", [
            ("1", "High", "The JAC should document the quality assurance checks applied to shortlisting "
                          "decisions in each selection exercise.",
             "Introduce a standard QA checklist for shortlisting, signed off by the Selection Exercise Manager.",
             "Head of Selection Exercises", D(2024, 6, 30), "December 2024", "Amber", "Complete",
             "Checklist in use for all exercises launched from October 2024."),
            ("2", "Medium", "The JAC should review the retention of candidate assessment material against its "
                            "retention schedule.",
             "Review and update the retention schedule for assessment material and delete records held beyond it.",
             "Information Governance Manager", D(2024, 9, 30), "March 2025", "Amber", "Amber",
             "Schedule updated; deletion of legacy records in progress."),
        ]),
        ("Information Management and Records Retention (2023-24) – Limited", [
            ("1", "High", "Management should assign information asset owners for all information assets and "
                          "maintain the information asset register.",
             "Assign and train information asset owners; present the updated register to the Senior Leadership "
             "Team.", "Head of Corporate Services", D(2024, 10, 31), "Febuary 2025", "Red", "Amber",
             "Owners assigned for 31 of 38 assets; training booked."),
            ("2", "Medium", "Management should ensure that shared drive permissions are reviewed periodically.",
             "Carry out a six-monthly review of shared drive permissions with the MoJ digital team.",
             "Head of Digital", D(2024, 12, 31), "", "Green", "Green",
             "First review complete; second due June 2025."),
            ("3", "Low", "The records management policy should be updated to reflect current guidance from The "
                         "National Archives.",
             "Update and republish the records management policy.",
             "Information Governance Manager", D(2025, 3, 31), "", "Green", "Green",
             "Draft with SLT for approval."),
        ]),
        ("Cyber Security and Third-Party Supplier Assurance (2024-25) – Moderate", [
            ("1", "High", "The JAC should obtain and review assurance on cyber security controls from its key "
                          "suppliers annually.",
             "Request Cyber Essentials Plus certificates or equivalent from all key suppliers and record them in "
             "the contract register.", "Commercial Lead / Head of Digital", D(2025, 3, 31), "", "Green", "Green",
             "Requests issued to all eight key suppliers."),
            ("2", "Medium", "The JAC should test its incident response plan at least annually.",
             "Run a tabletop cyber incident exercise with SLT and record lessons learned.",
             "Head of Digital", D(2025, 6, 30), "", "Green", "Green", "Exercise scheduled for May 2025."),
            ("3", "Medium", "Leavers' system access should be removed on the day they leave.",
             "Add system access removal to the HR leavers checklist and reconcile monthly.",
             "HR Business Partner", D(2024, 11, 30), "", "Amber", "Complete",
             "Monthly reconciliation in place since November."),
        ]),
    ]
    r = 4
    refuse_row = None
    n = 0
    for audit, recs in data:
        ws.cell(r, 1, audit).font = Font(bold=True)
        for j in range(1, 12):
            ws.cell(r, j).fill = PatternFill("solid", fgColor="D9E2F3")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
        for rec, pri, rtext, action, owner, orig, rev, prev, cur, upd in recs:
            vals = [None, rec, pri, rtext, action, owner, orig, rev or None, prev, cur, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j)
                if v is not None:
                    c.value = v
                c.alignment = wrap
                c.border = box
            ws.cell(r, 7).number_format = "dd/mm/yyyy"
            ws.cell(r, 9).fill = PatternFill("solid", fgColor=ragfill[prev])
            ws.cell(r, 10).fill = PatternFill("solid", fgColor=ragfill[cur])
            if rev == "Febuary 2025":
                refuse_row = r
            n += 1
            r += 1
    r += 1
    ws.cell(r, 1, "Recommendations marked Complete will be removed from the next report once GIAA has confirmed "
                  "closure.")
    ws.freeze_panes = "A4"
    wb.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": ("Imitates an arm's-length body's internal audit recommendations tracker as presented to its "
                   "Audit and Risk Assurance Committee (Judicial Appointments Commission; January 2025), in the "
                   "shape ARAC trackers take with original and revised target completion dates (cf. the "
                   "Bromsgrove Audit Board tracker guidance on target and revised target completion dates, "
                   "https://moderngovwebpublic.bromsgrove.gov.uk/ieIssueDetails.aspx?IId=6040&Opt=3&PlanId=0): "
                   "Cover sheet with title, committee/paper line, a summary-by-priority block and a RAG key; "
                   "Tracker sheet with each GIAA audit (year and assurance opinion) as a merged section row, "
                   "recommendation and agreed action side by side, real dates for the original target and "
                   "hand-typed month text for the revised target, Previous and Current RAG. One hand-typed "
                   "revised target reads 'Febuary 2025'."),
        "reads": ("A tracker of eight GIAA recommendations across three audits, each with an agreed action, "
                  "owner, original and revised target dates and RAG. On the Tracker sheet the revised target "
                  "date for Information Management recommendation 1 (row "
                  f"{refuse_row}) is typed 'Febuary 2025', a misspelt month in the cell that sets the end; a "
                  "careful reader would stop and ask rather than guess."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return fname, n


if __name__ == "__main__":
    for fn in (make_budehaven, make_callywith, make_realise, make_uhd, make_stratton, make_kneesworth, make_jac):
        name, count = fn()
        print(f"{name}: {count} actions")
