#!/usr/bin/env python3
"""Build the seven zpq- blind test files (set heldout728) and their expected readings.

Run with /work/main/.venv/bin/python zpq_make.py (openpyxl, python-docx, pyyaml).
Every action below carries both what is written in the file and the reading a person
makes of it (lead list, end month, status), written out by hand, not derived.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


def out(name):
    return os.path.join(HERE, name)


def write_expected(fname, meta, actions):
    doc = dict(meta)
    if actions is not None:
        doc["actions"] = actions
    with open(out(fname + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=4096)


def act(ref, under, text, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": text, "lead": lead, "end": end}
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


def set_text(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


# =====================================================================
# 1. HMP Lowdham Grange - HMPPS action plan (docx)
# =====================================================================
def make_lowdham():
    fname = "zpq-hmp-lowdham-grange-hmip-inspection-action-plan.docx"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    TITLE = "Action Plan: HMP Lowdham Grange"
    p = d.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(18)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in [
        "Action Plan Submitted: 5 August 2025",
        "A Response to the HMIP Inspection: 24 February – 7 March 2025",
        "Report Published: 17 June 2025",
    ]:
        q = d.add_paragraph()
        q.add_run(line).bold = True
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER

    h = d.add_paragraph()
    h.add_run("INTRODUCTION").bold = True
    d.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny of the "
        "conditions for and treatment of prisoners. In response to the report HMPPS is required to draft a "
        "robust and timely action plan to address the concerns. The action plan confirms whether each concern "
        "is agreed, partly agreed or not agreed (see categorisations below). Where a concern is agreed or "
        "partly agreed, the action plan sets out the specific steps to address it, with the owner and "
        "timescale of each step clearly identified. HMP Lowdham Grange was operated under contract until "
        "2024 and is now managed directly by HMPPS; delivery of this plan is overseen by the Prison Group "
        "Director."
    )

    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Term", "Definition", "Additional comment"]):
        set_text(c, txt, bold=True)
        shade(c, "D9D9D9")
    for row in [
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
         "The response should clearly explain how the concern will be addressed along with timescales."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be implemented.",
         "The response must state clearly which part of the concern will be addressed."),
        ("Not Agreed", "The concern is not agreed and will not be implemented.",
         "The response must clearly state the reasons why."),
    ]:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            set_text(c, txt)

    d.add_paragraph()
    h = d.add_paragraph()
    h.add_run("ACTION PLAN").bold = True

    PRI = "PRIORITY CONCERNS"
    KEY = "KEY CONCERNS"
    c1 = ("1. The use of force was very high, having trebled since the last inspection, and oversight was not "
          "robust enough to make sure it was always justified and proportionate.")
    c2 = ("2. The rate of self-harm remained high, and the response to deaths in custody, including action on "
          "Prisons and Probation Ombudsman recommendations, was poor.")
    c3 = "3. Middle managers were not visible enough on the wings to support and develop inexperienced officers."
    c4 = "4. Health services were not safe: waits for appointments were long and medicines management was poor."
    c5 = ("5. The regime was unreliable, and prisoners could not consistently complete domestic tasks or attend "
          "education and work.")
    c6 = ("6. Drugs were easy to obtain: the random drug testing positive rate was over 40% and more than half "
          "of prisoners said it was easy to get drugs.")

    plan = [
        (PRI, [
            (c1, "Agreed", [
                ("1.1", "Use of force committee to review every incident weekly, including body-worn video "
                        "footage, and feed back findings to the staff involved.",
                 "Head of Operations", "31 August 2025", ["Head of Operations"], "2025-08"),
                ("1.2", "Deliver refresher training in de-escalation and conflict management to all officers "
                        "with less than two years' service.",
                 "Head of Operations / Learning and Development Manager", "31 December 2025",
                 ["Head of Operations", "Learning and Development Manager"], "2025-12"),
            ]),
            (c2, "Agreed", [
                ("2.1", "Establish a tracker of Prisons and Probation Ombudsman recommendations, reviewed at the "
                        "monthly safety meeting, with an owner for each recommendation.",
                 "Head of Safety", "31 July 2025", ["Head of Safety"], "2025-07"),
                ("2.2", "Safer Custody team to quality assure at least 10 open ACCT documents each week and feed "
                        "back findings to case managers and wing managers.",
                 "Head of Safety", "Ongoing", ["Head of Safety"], None),
            ]),
            (c3, "Agreed", [
                ("3.1", "Introduce a daily wing presence rota for custodial managers and supervising officers, "
                        "monitored by the Deputy Governor.",
                 "Deputy Governor", "30 September 2025", ["Deputy Governor"], "2025-09"),
            ]),
            (c4, "Partly Agreed", [
                ("4.1", "Work with NHS England commissioners and the healthcare provider to agree a recovery plan "
                        "for waiting lists and medicines administration.",
                 "Head of Healthcare / NHS England Health and Justice Commissioner", "31 October 2025",
                 ["Head of Healthcare", "NHS England Health and Justice Commissioner"], "2025-10"),
            ]),
            (c5, "Agreed", [
                ("5.1", "Publish a revised core day that is delivered consistently, with any curtailment "
                        "authorised by the duty governor and recorded.",
                 "Head of Residence", "30 November 2025", ["Head of Residence"], "2025-11"),
                ("5.2", "Review activity allocations and attendance monitoring so that prisoners attend their "
                        "allocated education or work at least 90% of the time.",
                 "Head of Education, Skills and Work", "31 March 2026",
                 ["Head of Education, Skills and Work"], "2026-03"),
            ]),
        ]),
        (KEY, [
            (c6, "Agreed", [
                ("6.1", "Introduce enhanced gate security, with full searching of staff and visitors on entry and "
                        "an additional passive drug dog.",
                 "Head of Security", "30 September 2025", ["Head of Security"], "2025-09"),
                ("6.2", "Photocopy all incoming general correspondence in line with national policy and extend "
                        "trace detection testing to all social visits.",
                 "Head of Security", "31 May 2025", ["Head of Security"], "2025-05"),
            ]),
        ]),
    ]

    heads = ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action", "Responsible Owner", "Target Date"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, heads):
        set_text(c, txt, bold=True)
        shade(c, "1F3864")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    expected = []
    for section, concerns in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_text(m, section, bold=True)
        shade(m, "D9E2F3")
        for concern, agreed, acts in concerns:
            rows = []
            for ref, text, owner, date, lead, end in acts:
                cells = t.add_row().cells
                set_text(cells[0], ref)
                set_text(cells[3], text)
                set_text(cells[4], owner)
                set_text(cells[5], date)
                rows.append(cells)
                et = "Ongoing" if end is None else None
                expected.append(act(ref, [section, concern], text, lead, end, "unrated", end_text=et))
            set_text(rows[0][1], concern)
            set_text(rows[0][2], agreed)
            if len(rows) > 1:
                rows[0][1].merge(rows[-1][1])
                rows[0][2].merge(rows[-1][2])
    d.save(out(fname))

    meta = {
        "source": "Imitates the HMPPS action plan published in response to an HMIP prison inspection, here HMP "
                  "Lowdham Grange (category B trainer, Nottinghamshire; taken back from Sodexo by HMPPS in 2024), "
                  "whose unannounced inspection report was published 17 June 2025 with 15 key concerns, five of "
                  "them priorities (very high use of force, self-harm and the response to deaths in custody, "
                  "invisible middle managers, unsafe health services, an unreliable regime; RDT positive rate "
                  "40.6%) (https://www.justiceinspectorates.gov.uk/hmiprisons/ and the Newark Advertiser "
                  "report of 17 June 2025); the inspection and submission dates in the title block are "
                  "illustrative. Copies the HMPPS template seen in published plans (Action Plan: HMP Elmley, HMP "
                  "The Verne, HMP Guys Marsh): 'Action Plan: HMP X / Action Plan Submitted / A Response to the "
                  "HMIP Inspection / Report Published' title block, introduction, Term/Definition/Additional "
                  "comment table for Agreed/Partly Agreed/Not Agreed, then one plan table with PRIORITY CONCERNS "
                  "and KEY CONCERNS section rows (post-2022 concerns format), concern and agreement cells merged "
                  "vertically over their numbered actions, job-title owners (two joined by '/'), long-form target "
                  "dates, no status column.",
        "reads": "A prison's action plan answering the inspectorate's concerns: six numbered concerns in two "
                 "sections (priority and key), each agreed or partly agreed, with one or two numbered actions "
                 "under each, an owner by job title and a target date. There is no RAG or progress column, so "
                 "every action is unrated; the first table only defines the agreement terms.",
        "outcome": "read",
        "accept_refusal": False,
        "title": TITLE,
    }
    write_expected(fname, meta, expected)
    return fname, len(expected)

# =====================================================================
# 2. Winchester College - ISI post-inspection action plan (docx)
# =====================================================================
def make_winchester():
    fname = "zpq-winchester-college-isi-inspection-action-plan.docx"
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading("Winchester College: ISI Post-Inspection Action Plan", level=0)
    d.add_paragraph("Inspection dates: 4–6 February 2025    Report published: 20 March 2025")
    d.add_paragraph(
        "This plan responds to the recommended next steps in the ISI inspection report. The school met all "
        "of the Independent School Standards and the National Minimum Standards for Boarding Schools. "
        "Progress is reviewed by the Senior Leadership Team each half term and reported to the Education "
        "Committee of the Governing Body."
    )

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Version", "Date", "Author", "Summary of changes"]):
        set_text(c, txt, bold=True)
        shade(c, "D9D9D9")
    for row in [
        ("1.0", "02/04/2025", "Deputy Head (Academic)", "Plan approved by the Education Committee"),
        ("1.1", "23/06/2025", "Deputy Head (Academic)", "End of Summer term progress update"),
    ]:
        for c, txt in zip(t.add_row().cells, row):
            set_text(c, txt)

    d.add_heading("RAG key", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for col, txt in [("blue", "Complete"), ("green", "On track"), ("amber", "Started – some slippage"),
                     ("red", "Not on track")]:
        cells = t.add_row().cells
        shade(cells[0], RAG_HEX[col])
        set_text(cells[1], txt)

    sections = [
        ("Section 1: Leadership and management, and governance",
         "Recommended next step: Leaders should ensure that the monitoring of academic policies by heads of "
         "department is consistently rigorous, so that pupils' experience is equally strong in every subject.",
         [
             ("1.1", "Introduce a termly departmental review in which each head of department reports on policy "
                     "implementation against agreed quality indicators.",
              "Deputy Head (Academic)", "Autumn term 2025",
              "Review cycle and indicators agreed by SLT in May 2025.", "green",
              ["Deputy Head (Academic)"], "2025-12"),
             ("1.2", "Provide training for all heads of department on line management, lesson visits and work "
                     "scrutiny.",
              "Director of Staff Development / Deputy Head (Academic)", "September 2025",
              "Provider booked for INSET; first session moved from June to September.", "amber",
              ["Director of Staff Development", "Deputy Head (Academic)"], "2025-09"),
             ("1.3", "Extend the governors' link scheme so that each member of the Education Committee visits "
                     "one academic department each year.",
              "Clerk to the Governing Body", "Summer term 2025",
              "Links allocated and first visits completed.", "blue",
              ["Clerk to the Governing Body"], "2025-07"),
         ]),
        ("Section 2: Quality of education, training and recreation",
         "Recommended next step: Leaders should ensure that information about pupils who have special "
         "educational needs and/or disabilities (SEND) is used consistently by teachers to adapt their teaching.",
         [
             ("2.1", "Replace the learning support register with pupil passports held on the school management "
                     "information system and visible to all teaching staff.",
              "Head of Learning Support", "June 2025",
              "Passports live for all pupils on the SEND register.", "blue",
              ["Head of Learning Support"], "2025-06"),
             ("2.2", "Make adaptive teaching for pupils with SEND a focus of the 2025-26 lesson visit programme "
                     "and report findings to the Education Committee.",
              "Head of Learning Support; Director of Studies", "July 2026",
              "Lesson visit focus agreed for 2025-26.", "green",
              ["Head of Learning Support", "Director of Studies"], "2026-07"),
         ]),
        ("Section 3: Pupils' physical and mental health and emotional wellbeing",
         "Recommended next step: Leaders should ensure that pupils in all boarding houses have consistent "
         "access to support for their mental health in the evenings and at weekends.",
         [
             ("3.1", "Appoint a second school counsellor to provide evening drop-in sessions in boarding houses.",
              "Deputy Head (Pastoral)", "September 2025",
              "First recruitment round unsuccessful; post re-advertised.", "amber",
              ["Deputy Head (Pastoral)"], "2025-09"),
             ("3.2", "Train at least two tutors in every boarding house in Youth Mental Health First Aid.",
              "Deputy Head (Pastoral)", "Ongoing",
              "14 tutors trained so far.", "green",
              ["Deputy Head (Pastoral)"], None),
         ]),
        ("Safeguarding",
         "Recommended next step: Leaders should ensure that records of low-level concerns are reviewed "
         "regularly so that any patterns in staff conduct are identified promptly.",
         [
             ("S.1", "Introduce a half-termly review of the low-level concerns log by the Designated "
                     "Safeguarding Lead and the safeguarding governor.",
              "Designated Safeguarding Lead", "May 2025",
              "First review held 12 May 2025 and minuted.", "blue",
              ["Designated Safeguarding Lead"], "2025-05"),
         ]),
    ]

    expected = []
    for heading, step, acts in sections:
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells,
                          ["Ref", "Action", "Lead", "Timescale", "Progress update (June 2025)", "RAG"]):
            set_text(c, txt, bold=True)
            shade(c, "7B1E2B")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_text(m, step, bold=True)
        shade(m, "F2F2F2")
        for ref, text, leadcell, when, prog, rag, lead, end in acts:
            cells = t.add_row().cells
            for c, txt in zip(cells, [ref, text, leadcell, when, prog]):
                set_text(c, txt)
            shade(cells[5], RAG_HEX[rag])
            # a school term is a period: its end month is read, and the words kept as end_text
            et = "Ongoing" if end is None else (when if "term" in when else None)
            expected.append(act(ref, [heading, step], text, lead, end, rag, end_text=et))
        d.add_paragraph()
    d.save(out(fname))

    meta = {
        "source": "Imitates an independent school's action plan after an ISI inspection under the 2023 ISI "
                  "framework (reports organised in sections: Leadership and management, and governance; Quality "
                  "of education, training and recreation; Pupils' physical and mental health and emotional "
                  "wellbeing; Safeguarding, each with 'Recommended next steps' beginning 'Leaders should ...'; "
                  "see isi.net and independentschoolmanagement.co.uk 'Extracts from reports under the new ISI "
                  "framework', May 2024). Winchester College, 2025 inspection, as such a school would publish for "
                  "governors. Copied features: title heading, document control table, RAG key table of shaded "
                  "cells, one Word table per ISI section under a section heading, the recommended next step as a "
                  "merged row above its actions, job-title leads (two joined by '/' or ';'), school-term "
                  "timescales, RAG shown only as cell fill colour.",
        "reads": "A school's post-inspection plan: four ISI report sections, each with one recommended next step "
                 "in a full-width row and one to three numbered actions beneath it, with lead, timescale, a June "
                 "2025 progress note and a coloured RAG cell. The document control and RAG key tables are not "
                 "part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Winchester College: ISI Post-Inspection Action Plan",
    }
    write_expected(fname, meta, expected)
    return fname, len(expected)


# =====================================================================
# 3. Avon Fire & Rescue Service - HMICFRS misconduct handling tracker (xlsx)
# =====================================================================
def make_avon():
    fname = "zpq-avon-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker.xlsx"
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    TITLE = "HMICFRS Standards of Behaviour – Recommendations Action Tracker"

    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Avon Fire & Rescue Service"
    cov["A1"].font = Font(bold=True, size=16, color="C00000")
    cov["A2"] = TITLE
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = ("Response to HMICFRS thematic inspection 'Standards of behaviour: the handling of misconduct in "
                 "fire and rescue services' (published 1 August 2024)")
    rows = [("Document owner", "Director of People & Culture"), ("Version", "1.4"),
            ("Last updated", "19/09/2025"), ("Reporting to", "People and Culture Committee"),
            ("Next review", "December 2025"), ("Protective marking", "OFFICIAL")]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        cov.cell(row=i, column=2, value=v)
        cov.cell(row=i, column=1).border = box
        cov.cell(row=i, column=2).border = box
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Tracker")
    widths = [7, 60, 30, 13, 13, 50, 8]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws["A1"] = TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2")
    ws["A2"] = ("Status key:  B = Complete   G = On track   A = At risk of missing target date   "
                "R = Will miss target date / escalated to ELT")
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Action owner", "Target date", "Revised target date",
           "Progress update – September 2025", "Status"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="404040")
        c.alignment = wrap
        c.border = box

    T1 = "The culture in fire and rescue services"
    T2 = "Misconduct processes"
    T3 = "Oversight and scrutiny"
    R1 = ("Recommendation 1 – By 1 February 2025, chief fire officers should, as a priority, make sure all staff "
          "understand and follow the Core Code of Ethics, and build the code into all relevant policies and "
          "practices.")
    R2 = ("Recommendation 2 – By 1 February 2025, chief fire officers should make sure a policy for probationary "
          "staff is in place, making clear that probationers who do not meet the standards of behaviour in the "
          "Core Code of Ethics can be dismissed.")
    R3 = ("Recommendation 3 – By 1 May 2025, chief fire officers should make sure workforce plans allow staff to "
          "be moved from a wholetime watch to a different watch or station, and that firefighters who are "
          "promoted, including temporarily for two months or more, are posted to a different watch or station.")
    R4 = ("Recommendation 4 – By 1 February 2025, chief fire officers should make sure their services create or "
          "have access to a professional standards function to oversee misconduct cases, so that they are "
          "handled fairly and consistently.")
    R5 = ("Recommendation 5 – Chief fire officers should make sure that everyone who investigates misconduct has "
          "received appropriate training, and that investigations are completed promptly.")
    R6 = ("Recommendation 6 – Fire and rescue authorities should make sure they receive regular information on "
          "misconduct cases, trends and outcomes so that they can scrutinise how misconduct is handled.")
    D = dt.datetime
    plan = [
        (T1, [
            (R1, [
                ("1.1", "Relaunch the Core Code of Ethics through station visits by principal officers and a "
                        "mandatory e-learning module for all staff.",
                 "Head of Organisational Development", D(2025, 1, 31), None,
                 "E-learning completion 94% of workforce. Station visits completed.", "B",
                 ["Head of Organisational Development"], "2025-01", "blue"),
                ("1.2", "Review all people policies and add a Core Code of Ethics statement to the policy "
                        "template.",
                 "HR Policy Manager", D(2025, 2, 1), D(2025, 6, 30),
                 "All 38 people policies reviewed; template updated.", "B",
                 ["HR Policy Manager"], "2025-06", "blue"),
            ]),
            (R2, [
                ("2.1", "Amend the Probationary Period Policy and guidance for managers, following consultation "
                        "with the representative bodies.",
                 "Head of HR", D(2025, 1, 31), None,
                 "Policy approved at JCNP in January 2025.", "B",
                 ["Head of HR"], "2025-01", "blue"),
            ]),
            (R3, [
                ("3.1", "Agree changes to the Transfers Policy with the representative bodies so that staff can "
                        "be moved between watches and stations proactively.",
                 "Area Manager Service Delivery; Head of HR", D(2025, 5, 1), D(2025, 12, 31),
                 "Negotiations ongoing with FBU; revised date agreed by ELT.", "A",
                 ["Area Manager Service Delivery", "Head of HR"], "2025-12", "amber"),
                ("3.2", "Update the Promotions Policy so that all promotions, including temporary promotions of "
                        "two months or more, are to a different watch or station.",
                 "Area Manager Service Delivery", D(2025, 5, 1), D(2025, 10, 31),
                 "Draft policy out to consultation until 10 October.", "G",
                 ["Area Manager Service Delivery"], "2025-10", "green"),
            ]),
        ]),
        (T2, [
            (R4, [
                ("4.1", "Establish a Professional Standards Unit within People Services, with terms of reference "
                        "agreed by the Executive Leadership Team.",
                 "Director of People & Culture", D(2025, 2, 1), None,
                 "Unit established; terms of reference approved 28 January 2025.", "B",
                 ["Director of People & Culture"], "2025-02", "blue"),
                ("4.2", "Recruit a Professional Standards Manager to lead the unit and maintain the case "
                        "management system.",
                 "Head of HR", D(2025, 3, 31), D(2025, 9, 30),
                 "Two recruitment campaigns unsuccessful. Interim cover from HR Business Partner.", "R",
                 ["Head of HR"], "2025-09", "red"),
            ]),
            (R5, [
                ("5.1", "Commission accredited workplace investigation training for all station managers and "
                        "above who may be appointed as investigating officers.",
                 "Head of Organisational Development", D(2025, 11, 28), None,
                 "Cohorts 1 and 2 trained (22 managers). Cohort 3 booked.", "G",
                 ["Head of Organisational Development"], "2025-11", "green"),
                ("5.2", "Set up a shared pool of trained independent investigators with neighbouring fire and "
                        "rescue services for gross misconduct cases.",
                 "Director of People & Culture", D(2026, 3, 31), None,
                 "", None,
                 ["Director of People & Culture"], "2026-03", "unrated"),
            ]),
        ]),
        (T3, [
            (R6, [
                ("6.1", "Present a quarterly misconduct and grievance report to the People and Culture "
                        "Committee, including themes, timeliness and outcomes.",
                 "Chief Fire Officer", "Quarterly", None,
                 "Reports presented March, June and September 2025.", "G",
                 ["Chief Fire Officer"], None, "green"),
            ]),
        ]),
    ]

    expected = []
    r = 5
    for theme, recs in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, color="FFFFFF", size=12)
        c.fill = PatternFill("solid", fgColor="C00000")
        r += 1
        for rec, acts in recs:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="FCE4D6")
            c.alignment = wrap
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, text, owner, tgt, rev, prog, st, lead, end, status in acts:
                vals = [ref, text, owner, tgt, rev, prog, st]
                for i, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = wrap
                    c.border = box
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if st:
                    colour = {"B": "blue", "G": "green", "A": "amber", "R": "red"}[st]
                    ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=RAG_HEX[colour])
                    ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
                et = "Quarterly" if end is None else None
                expected.append(act(ref, [theme, rec], text, lead, end, status, end_text=et))
                r += 1
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of action status – September 2025"
    sm["A1"].font = Font(bold=True, size=12)
    for i, (k, v) in enumerate([("Complete (B)", 4), ("On track (G)", 3), ("At risk (A)", 1),
                                ("Escalated (R)", 1), ("Not yet started", 1), ("Total actions", 10)], start=3):
        sm.cell(row=i, column=1, value=k)
        sm.cell(row=i, column=2, value=v)
    sm["A9"].font = Font(bold=True)
    sm["B9"].font = Font(bold=True)
    sm.column_dimensions["A"].width = 26
    wb.save(out(fname))

    meta = {
        "source": "Imitates a fire and rescue service's tracker of the 15 national recommendations in HMICFRS "
                  "'Standards of behaviour: the handling of misconduct in fire and rescue services' (1 August "
                  "2024; https://hmicfrs.justiceinspectorates.gov.uk/publication-html/standards-of-behaviour-"
                  "handling-misconduct-in-frs/), as published by services on their sites and to committees "
                  "(e.g. Staffordshire FRS and Humberside FRS progress pages quoting 'By 1 February 2025, chief "
                  "fire officers should ...'). Avon Fire & Rescue Service, September 2025 update. Copied "
                  "features: cover sheet with document-control block, tracker sheet with a status key line, "
                  "report-chapter theme rows and full-width merged recommendation rows (with their HMICFRS "
                  "deadlines) above numbered actions, job-title owners (two joined by ';'), target and revised "
                  "target dates as Excel dates, B/G/A/R status letters with fill colour, a blank status for an "
                  "action not started, and a summary sheet of totals.",
        "reads": "A tracker of the service's actions against six HMICFRS misconduct recommendations, grouped "
                 "under three report themes; each recommendation sits in a merged row above its numbered actions. "
                 "Each action has an owner, a target date and sometimes a revised date (the revised one is the "
                 "end), a September 2025 update and a status letter defined by the key (B = complete).",
        "outcome": "read",
        "accept_refusal": False,
        "title": TITLE,
    }
    write_expected(fname, meta, expected)
    return fname, len(expected)


# =====================================================================
# 4. Durham Constabulary - NCPI post-inspection review improvement plan (xlsx)
# =====================================================================
def make_durham():
    fname = "zpq-durham-constabulary-hmicfrs-ncpi-child-protection-improvement-plan.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    TITLE = "Durham Constabulary – Child Protection Improvement Plan"
    ws["A1"] = TITLE
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = ("Response to HMICFRS National Child Protection Inspection: post-inspection review "
                "(published 8 September 2022)")
    ws["A3"] = "Position at 31 May 2023"
    ws["A3"].font = Font(italic=True)
    ws["A4"] = ("Senior responsible officer: Assistant Chief Constable. Governance: Vulnerability Board "
                "(monthly). See 'RAG key' tab.")
    hdr = ["Area", "Ref", "HMICFRS finding", "Action", "Lead(s)", "Original date", "Revised date",
           "Previous RAG", "Current RAG", "Update"]
    widths = [18, 6, 40, 55, 26, 11, 11, 10, 10, 45]
    for i, (h, w) in enumerate(zip(hdr, widths), start=1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = wrap
        c.border = box
        ws.column_dimensions[chr(64 + i)].width = w

    A1 = "Online child sexual exploitation"
    A2 = "Children in police custody"
    A3 = "Investigative capacity"
    F1 = ("The force's response to children at risk of online sexual exploitation needs to improve: referrals "
          "are not always prioritised in line with risk, and information is not shared promptly with "
          "safeguarding partners.")
    F2 = ("Appropriate adults do not always arrive promptly, and some children are kept in custody after charge "
          "when they should be transferred to local authority accommodation.")
    F3 = "There are still not enough accredited investigators in the specialist safeguarding teams to meet demand."
    D = dt.datetime
    plan = [
        (A1, F1, [
            ("1.1", "All NCA/CEOP referrals to be triaged by the Online Child Abuse Investigation Team (OCAIT) "
                    "within one working day using the KIRAT risk tool, with the grading recorded on the crime "
                    "record.",
             "D/Supt Safeguarding; DI OCAIT", D(2022, 12, 31), None, "amber", "blue",
             "Triage in place from 1 December 2022. Audit in April 2023 found 97% within one working day.",
             ["D/Supt Safeguarding", "DI OCAIT"], "2022-12", "blue"),
            ("1.2", "Agree an information-sharing protocol with Durham County Council and Darlington Borough "
                    "Council so that a strategy discussion is held within 24 hours of a high-risk referral.",
             "Head of Safeguarding Partnerships", D(2023, 3, 31), D(2023, 7, 31), "amber", "green",
             "Protocol agreed by Durham; awaiting sign-off by Darlington safeguarding partnership in July.",
             ["Head of Safeguarding Partnerships"], "2023-07", "green"),
            ("1.3", "Quarterly dip sample of 20 online CSE investigations by the Public Protection Review Team, "
                    "with findings reported to the Vulnerability Board.",
             "Public Protection Review Team Manager", "Quarterly", None, "green", "green",
             "Q4 2022-23 dip sample completed; 2 cases referred back for supervisory review.",
             ["Public Protection Review Team Manager"], None, "green"),
        ]),
        (A2, F2, [
            ("2.1", "Work with both local authorities to extend the appropriate adult service to cover evenings "
                    "and weekends.",
             "Ch Insp Criminal Justice", D(2023, 1, 31), D(2023, 4, 30), "amber", "blue",
             "Extended service live from 3 April 2023.",
             ["Ch Insp Criminal Justice"], "2023-04", "blue"),
            ("2.2", "Custody sergeants to request local authority accommodation for every child charged and "
                    "refused bail, and record the request and outcome on the custody record (PACE s38(6)).",
             "Ch Insp Criminal Justice; Custody Inspectors", D(2023, 3, 31), None, "amber", "red",
             "Compliance 61% in May audit. Escalated to Vulnerability Board; briefing to all custody "
             "sergeants in June.",
             ["Ch Insp Criminal Justice", "Custody Inspectors"], "2023-03", "red"),
            ("2.3", "Monthly audit of all detentions of children after charge, reported to the Children's "
                    "Custody Concordat meeting.",
             "Head of Criminal Justice", "Ongoing", None, "green", "green",
             "Audits completed monthly since January 2023.",
             ["Head of Criminal Justice"], None, "green"),
        ]),
        (A3, F3, [
            ("3.1", "Deliver two additional ICIDP (PIP2) courses in 2023, with places ring-fenced for officers "
                    "posted to Safeguarding.",
             "Head of Learning & Development", D(2023, 9, 30), None, "green", "green",
             "First course started 15 May 2023 (12 officers). Second course scheduled for September.",
             ["Head of Learning & Development"], "2023-09", "green"),
            ("3.2", "Produce a safeguarding workforce plan setting minimum numbers of accredited investigators "
                    "for each team.",
             "D/Supt Safeguarding & HR Business Partner", D(2023, 12, 31), None, None, "amber",
             "New action added March 2023. Draft delayed by force restructure.",
             ["D/Supt Safeguarding", "HR Business Partner"], "2023-12", "amber"),
        ]),
    ]

    expected = []
    r = 7
    for area, finding, acts in plan:
        start = r
        for ref, text, leads, orig, rev, prev, cur, upd, lead, end, status in acts:
            vals = {2: ref, 4: text, 5: leads, 6: orig, 7: rev, 10: upd}
            for col in range(1, 11):
                c = ws.cell(row=r, column=col)
                c.border = box
                c.alignment = wrap
                if col in vals:
                    c.value = vals[col]
                    if isinstance(vals[col], dt.datetime):
                        c.number_format = "mmm-yy"
            if prev:
                ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=RAG_HEX[prev])
            if cur:
                ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=RAG_HEX[cur])
            et = {"1.3": "Quarterly", "2.3": "Ongoing"}.get(ref) if end is None else None
            expected.append(act(ref, [area, finding], text, lead, end, status, end_text=et))
            r += 1
        ws.cell(row=start, column=1, value=area).font = Font(bold=True)
        ws.cell(row=start, column=3, value=finding)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)
        for col in (1, 3):
            ws.cell(row=start, column=col).alignment = wrap

    r += 1
    ws.cell(row=r, column=1, value="Summary (Current RAG)").font = Font(bold=True)
    for i, (col, n) in enumerate([("Blue", 2), ("Green", 4), ("Amber", 1), ("Red", 1)], start=1):
        ws.cell(row=r + i, column=1, value=col)
        ws.cell(row=r + i, column=2, value=n)
    ws.cell(row=r + 5, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r + 5, column=2, value=8).font = Font(bold=True)
    ws.freeze_panes = "A7"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (col, txt) in enumerate([
        ("blue", "Complete – evidenced and closed by the Vulnerability Board"),
        ("green", "On track to deliver by the target date"),
        ("amber", "Some slippage or risk to delivery – mitigation in place"),
        ("red", "Off track – requires escalation to the Vulnerability Board"),
    ], start=3):
        key.cell(row=i, column=1).fill = PatternFill("solid", fgColor=RAG_HEX[col])
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 60
    wb.save(out(fname))

    meta = {
        "source": "Imitates a police force's improvement plan after HMICFRS's national child protection "
                  "inspection, here Durham Constabulary's response to the NCPI post-inspection review published "
                  "8 September 2022 (https://hmicfrs.justiceinspectorates.gov.uk/publication-html/durham-"
                  "national-child-protection-inspection-post-inspection-review/), which found remaining problems "
                  "with online child sexual exploitation, children in custody and accredited investigator "
                  "numbers. Copied features: title block with governance line, area and finding cells merged "
                  "vertically over their actions, several leads in one cell (';' and '&'), original and revised "
                  "dates as Excel dates shown mmm-yy, Previous RAG and Current RAG shown only as fill colour, a "
                  "summary block of totals under the table and a separate RAG key sheet.",
        "reads": "A force child-protection improvement plan in three areas, each with the inspectorate's finding "
                 "and two or three numbered actions with leads, original and revised dates, previous and current "
                 "RAG colours and an update. The current RAG colour is the status and the revised date, where "
                 "given, is the end; the totals under the table are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": TITLE,
    }
    write_expected(fname, meta, expected)
    return fname, len(expected)


# =====================================================================
# 5. UHI North, West and Hebrides - Education Scotland progress visit plan (xlsx)
# =====================================================================
def make_uhi():
    fname = "zpq-uhi-north-west-and-hebrides-education-scotland-progress-visit-action-plan.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    TITLE = "Education Scotland Progress Visit – Action Plan 2024-25"
    ws["A1"] = "UHI North, West and Hebrides"
    ws["A1"].font = Font(bold=True, size=14, color="00594F")
    ws["A2"] = TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Visit: 7–9 October 2024. Plan approved by the Learning and Teaching Committee on 4 December "
                "2024. Progress as at 14 March 2025.")
    ws["A4"] = ("Status key: Complete = blue; On track = green; Some slippage = amber; Off track = red; "
                "Not started = no rating")
    ws["A4"].font = Font(italic=True)
    hdr = ["Theme", "Area for development", "Ref", "Action", "Lead", "Timescale", "Measure of success",
           "Progress update (March 2025)", "Status"]
    widths = [20, 40, 6, 50, 28, 16, 32, 40, 13]
    for i, (h, w) in enumerate(zip(hdr, widths), start=1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="00594F")
        c.alignment = wrap
        c.border = box
        ws.column_dimensions[chr(64 + i)].width = w

    T1 = "Outcomes and impact"
    T2 = "Delivery of learning and services to support learning"
    T3 = "Leadership and quality culture"
    AF1 = ("Rates of successful completion on full-time further education programmes are below the sector "
           "average, particularly in construction and hospitality.")
    AF2 = ("Learners studying at smaller campuses and through blended delivery do not always have the same "
           "access to learner support services as learners in Stornoway and Thurso.")
    AF3 = ("Self-evaluation at course team level is not yet consistently rigorous, and learner views are not "
           "always used to inform improvement actions.")
    plan = [
        (T1, AF1, [
            ("1.1", "Introduce termly learner progress reviews for all full-time FE learners, with early "
                    "intervention plans for learners identified as at risk of withdrawal.",
             "Head of Curriculum (FE)", "January 2025", "All full-time FE learners reviewed each term",
             "First reviews held in January for all campuses.", "Complete",
             ["Head of Curriculum (FE)"], "2025-01", "blue"),
            ("1.2", "Construction and hospitality teams to complete a course team review of withdrawal and "
                    "partial success data and agree improvement targets.",
             "Curriculum Leader Construction; Curriculum Leader Hospitality", "February 2025 – June 2025",
             "Successful completion up 5 percentage points in 2025-26",
             "Construction review complete; hospitality review scheduled for April.", "On track",
             ["Curriculum Leader Construction", "Curriculum Leader Hospitality"], "2025-06", "green"),
        ]),
        (T2, AF2, [
            ("2.1", "Extend the Student Services online booking system so that learners at every campus can "
                    "book guidance, learning support and wellbeing appointments.",
             "Head of Student Services", "December 2024", "Bookings recorded from every campus",
             "Live from 2 December 2024.", "Complete",
             ["Head of Student Services"], "2024-12", "blue"),
            ("2.2", "Timetable a weekly remote learning support session for each blended learning group.",
             "Learning Support Co-ordinator", "March 2025", "Session in place for every blended group",
             "In place for 9 of 14 groups; staffing gap in Benbecula.", "Some slippage",
             ["Learning Support Co-ordinator"], "2025-03", "amber"),
            ("2.3", "Survey learners at all campuses on their access to support services and report the results "
                    "by campus to the Learning and Teaching Committee.",
             "Quality Manager", "May 2025", "Survey response rate above 40%",
             "", "Not started",
             ["Quality Manager"], "2025-05", "unrated"),
        ]),
        (T3, AF3, [
            ("3.1", "Provide self-evaluation training for all curriculum leaders using the How good is our "
                    "college? framework.",
             "Quality Manager", "November 2024", "All curriculum leaders trained",
             "Two sessions delivered online, 100% attendance.", "Complete",
             ["Quality Manager"], "2024-11", "blue"),
            ("3.2", "Introduce a 'you said, we did' section in every course team evaluation and share it with "
                    "class representatives.",
             "Curriculum Leaders / Student Association President", "Ongoing",
             "Section completed in all course team evaluations",
             "Template updated; first returns due at end of semester 2.", "On track",
             ["Curriculum Leaders", "Student Association President"], None, "green"),
            ("3.3", "Review the quality assurance calendar so that course team evaluations feed into the "
                    "college's Evaluative Report and Enhancement Plan.",
             "Vice Principal Curriculum and Quality", "June 2025", "Revised calendar approved",
             "Draft calendar with SMT.", "On track",
             ["Vice Principal Curriculum and Quality"], "2025-06", "green"),
        ]),
    ]

    expected = []
    r = 7
    for theme, afd, acts in plan:
        first = True
        for ref, text, lead_cell, when, measure, prog, status_txt, lead, end, status in acts:
            vals = [theme if first else None, afd if first else None, ref, text, lead_cell, when, measure,
                    prog, status_txt]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = wrap
                c.border = box
            if first:
                ws.cell(row=r, column=1).font = Font(bold=True)
            first = False
            # a month range is a period: it ends in its last month, the words kept as end_text
            et = "Ongoing" if end is None else (when if "–" in when else None)
            expected.append(act(ref, [theme, afd], text, lead, end, status, end_text=et))
            r += 1
    ws.freeze_panes = "A7"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Progress summary – March 2025"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A3"], sm["B3"] = "Status", "Number of actions"
    sm["A3"].font = sm["B3"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", 3), ("On track", 3), ("Some slippage", 1), ("Off track", 0),
                                ("Not started", 1), ("Total", 8)], start=4):
        sm.cell(row=i, column=1, value=k)
        sm.cell(row=i, column=2, value=v)
    sm.column_dimensions["A"].width = 18
    sm.column_dimensions["B"].width = 20
    wb.save(out(fname))

    meta = {
        "source": "Imitates a Scottish college's action plan after an Education Scotland progress visit (HM "
                  "Inspectors' 2023-24 and 2024-25 college visits reporting progress against improvement "
                  "targets and areas for development; see the College sector overview report 2023 to 2024, "
                  "education.gov.scot). UHI North, West and Hebrides (formed 2023 from Lews Castle, North "
                  "Highland and West Highland colleges), October 2024 visit. Copied features: college name and "
                  "plan title lines, approval line, status key line mapping status words to colours, theme and "
                  "area-for-development cells written only on the first row of their group (blank below), "
                  "numbered actions, job-title leads (two joined by ';' or '/'), month and month-range "
                  "timescales, measures of success, progress column, status words, and a summary sheet of totals.",
        "reads": "A college action plan under three themes, each with one area for development and two or three "
                 "numbered actions; the theme and area are written once and apply to the blank rows below. Status "
                 "words are read through the key (Complete = blue, Some slippage = amber, Not started = no "
                 "rating), and the February–June range ends in June.",
        "outcome": "read",
        "accept_refusal": False,
        "title": TITLE,
    }
    write_expected(fname, meta, expected)
    return fname, len(expected)


# =====================================================================
# 6. HMPPS - HMI Probation national inspection action plan (csv, refuse)
# =====================================================================
def make_hmpps():
    fname = "zpq-hmpps-hmi-probation-national-inspection-action-plan-typo-month-refuse.csv"
    TITLE = ("HMPPS Action Plan: HMI Probation National Inspection of Probation Services "
             "(published 29 April 2025)")
    hdr = ["Rec", "Recommendation", "Agreed / Partly agreed / Not agreed", "Action ref", "Action", "Owner",
           "Due date", "Status", "Progress"]
    n = len(hdr)
    R1 = ("Develop and publish a probation business plan that sets clear priorities for public protection "
          "and reducing reoffending.")
    R2 = "Review and update the Target Operating Model for probation services to reflect current demand and resources."
    R3 = ("Clarify accountability for the performance and quality of sentence management between national, "
          "regional and PDU leaders.")
    R4 = "Make sure area business risk registers align with the national probation risk register."
    R5 = ("Make sure commissioned rehabilitative services meet the needs of regions and people on probation, "
          "and monitor referral rates.")
    rows = [
        ["1", R1, "Agreed", "1.1", "Publish a Probation Service business plan for 2025-26 with measurable public "
         "protection priorities.", "Chief Probation Officer", "July 2025", "Complete",
         "Business plan published 24 July 2025."],
        ["", "", "", "1.2", "Align regional business plans with the national plan and report progress quarterly "
         "to the Probation Executive Board.", "Regional Probation Directors", "October 2025", "On track", ""],
        ["2", R2, "Agreed", "2.1", "Complete a review of the Target Operating Model, including workload "
         "measurement and case allocation.", "Director, Probation Operational Policy", "December 2025",
         "On track", "Review board established; regional workshops held in August."],
        ["", "", "", "2.2", "Consult regions and trade unions on the revised model before publication.",
         "Director, Probation Operational Policy", "Febuary 2026", "Not started", ""],
        ["3", R3, "Partly agreed", "3.1", "Publish a single accountability framework setting out national, "
         "regional and PDU responsibilities for sentence management quality.",
         "Chief Probation Officer", "January 2026", "On track",
         "HMPPS does not agree to change line management structures; framework in draft."],
        ["4", R4, "Agreed", "4.1", "Introduce a single risk register template and escalation route for all "
         "regions and PDUs.", "Head of Probation Risk and Assurance", "November 2025", "Complete",
         "Template issued 1 September 2025."],
        ["5", R5, "Agreed", "5.1", "Publish a commissioning needs analysis for each region, including referral "
         "and completion rates for commissioned rehabilitative services.", "Head of Probation Commissioning",
         "March 2026", "On track", ""],
        ["", "", "", "5.2", "Add referral rates for commissioned rehabilitative services to the regional "
         "performance dashboard.", "Head of Probation Performance and Analysis", "June 2026", "Not started", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([TITLE] + [""] * (n - 1))
    w.writerow(["Tracker position at 30 September 2025"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(hdr)
    typo_line = None
    for row in rows:
        w.writerow(row)
        if row[6] == "Febuary 2026":
            typo_line = buf.getvalue().count("\r\n")
    with open(out(fname), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    assert typo_line == 8, typo_line

    meta = {
        "source": "Imitates HMPPS's action plan responding to HM Inspectorate of Probation's national inspection "
                  "of probation arrangements (published 29 April 2025; "
                  "https://hmiprobation.justiceinspectorates.gov.uk/document/national-inspection-april-2025), "
                  "which found no current business plan, an out-of-date Target Operating Model, unclear "
                  "accountability and risk registers not aligned to the national register. Laid out as the HMPPS "
                  "action plan template (recommendation, Agreed/Partly agreed/Not agreed, actions with owner and "
                  "timescale; cf. 'Action Plan: [name of CRC or NPS Division]' on docsbay.net) kept as a "
                  "spreadsheet tracker and saved as CSV: title and position lines, a blank line, a header, and "
                  "the recommendation written only on the first row of its actions.",
        "reads": "A national tracker of five recommendations and eight numbered actions with owners, due months "
                 "and status. The due date of action 2.2 on line 8 reads 'Febuary 2026', a mistyped month, so a "
                 "careful reader stops there and asks before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_line,
        "title": TITLE,
    }
    write_expected(fname, meta, None)
    return fname, 0


# =====================================================================
# 7. Ark Priory Primary Academy - school development plan, plain text export (txt)
# =====================================================================
def make_ark():
    fname = "zpq-ark-priory-primary-academy-school-development-plan-2025-26.txt"
    TITLE = "ARK PRIORY PRIMARY ACADEMY - SCHOOL DEVELOPMENT PLAN 2025-26"
    P1 = "PRIORITY 1: Reading - all pupils read fluently and with understanding by the end of Year 2"
    P2 = "PRIORITY 2: Mathematics - pupils recall number facts quickly and accurately"
    P3 = "PRIORITY 3: Inclusion - pupils with SEND and pupils with low attendance are supported to thrive"
    P4 = "PRIORITY 4: Early Years - communication and language in Reception"
    L = []
    L.append(TITLE)
    L.append("Plain text export from the Ark school improvement planning tool - printed 10/11/2025")
    L.append("Version 2 (Autumn 1 review, governors' Local Governing Body meeting 04/11/2025)")
    L.append("")
    L.append("Leads: PB = Principal; AH = Vice Principal (Curriculum); RK = Assistant Principal (Inclusion);")
    L.append("       JM = English Lead; TS = Maths Lead; EYL = EYFS Lead")
    L.append("RAG key: G = on track   A = some concern   R = off track   C = complete   (blank = not yet started)")
    L.append("")

    def block(ref, action_lines, lead, by, rag):
        out_ = ["%-6s%-9s%s" % (ref, "Action:", action_lines[0])]
        for more in action_lines[1:]:
            out_.append(" " * 15 + more)
        out_.append("%-6s%-9s%s" % ("", "Lead:", lead))
        out_.append("%-6s%-9s%s" % ("", "By:", by))
        out_.append(("%-6s%-9s%s" % ("", "RAG:", rag)).rstrip())
        out_.append("")
        return out_

    prios = [
        (P1,
         "Why: 2025 phonics screening check 78% (national 80%); KS2 reading 71% at expected standard.",
         "Success criteria: phonics check at or above national; 80% of Year 6 at expected standard in reading.",
         [
             ("1.1", ["Introduce daily 15-minute fluency sessions for Years 2 to 4 using paired and echo reading."],
              "JM", "Autumn term 2025", "G", ["JM"], "2025-12", "green", None),
             ("1.2", ["Daily phonics keep-up sessions for pupils below the expected phonics group, tracked "
                      "half-termly."],
              "JM / EYL", "Summer term 2026", "G", ["JM", "EYL"], "2026-07", "green", None),
             ("1.3", ["Refresh the class reading spine and core texts for every year group, replacing",
                      "texts that do not reflect the diversity of our community."],
              "AH", "31/10/2025", "C", ["AH"], "2025-10", "blue", None),
         ]),
        (P2,
         "Why: 2025 Year 4 multiplication tables check average score 19.6 (national 20.6).",
         "Success criteria: Year 4 MTC average at or above national; 85% of Year 6 at expected standard in maths.",
         [
             ("2.1", ["Daily 10-minute 'Fluent in Five' practice in every class from Year 1 to Year 6."],
              "TS", "September 2025", "C", ["TS"], "2025-09", "blue", None),
             ("2.2", ["Year 4 multiplication tables check: weekly practice and half-termly mock checks, with "
                      "targeted support for pupils scoring below 20."],
              "TS / Year 4 teachers", "Summer term 2026", "A", ["TS", "Year 4 teachers"], "2026-07", "amber",
              None),
         ]),
        (P3,
         "Why: persistent absence 17.2% in 2024-25; SEND support plans not consistently shared with parents.",
         "Success criteria: persistent absence below 12%; every pupil on the SEND register has a profile "
         "reviewed with parents.",
         [
             ("3.1", ["Introduce one-page profiles for all pupils on the SEND register, reviewed with parents "
                      "each term."],
              "RK", "Termly", "G", ["RK"], None, "green", "Termly"),
             ("3.2", ["Fortnightly attendance panel for pupils below 90% attendance, with early help referrals "
                      "where attendance does not improve within six weeks."],
              "PB & RK", "Ongoing", "A", ["PB", "RK"], None, "amber", "Ongoing"),
             ("3.3", ["Train all teaching assistants in precision teaching and the Zones of Regulation."],
              "RK", "February 2026", "", ["RK"], "2026-02", "unrated", None),
         ]),
        (P4,
         "Why: 2025 GLD 64%; communication and language the weakest early learning goal.",
         "Success criteria: GLD at or above 70%.",
         [
             ("4.1", ["Develop the outdoor learning environment in Reception with a focus on communication and "
                      "language."],
              "EYL", "Summer term 2026", "R", ["EYL"], "2026-07", "red", None),
         ]),
    ]
    expected = []
    for prio, why, success, acts in prios:
        L.append("=" * 78)
        L.append(prio)
        L.append("-" * 78)
        L.append(why)
        L.append(success)
        L.append("")
        for ref, lines, lead_cell, by, rag, lead, end, status, et in acts:
            L.extend(block(ref, lines, lead_cell, by, rag))
            if et is None and "term" in by:
                et = by  # a school term is a period ending in its last month
            expected.append(act(ref, [prio], "\n".join(lines), lead, end, status, end_text=et))
    L.append("=" * 78)
    L.append("Total actions: 9   C: 2   G: 3   A: 2   R: 1   not yet started: 1")
    L.append("Next review: Spring 1 review at LGB meeting, February 2026")
    with open(out(fname), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")

    meta = {
        "source": "Imitates a primary academy's school development plan (SDP) as exported to plain text from a "
                  "multi-academy trust's improvement planning tool; Ark Priory Primary Academy (Acton, Ark "
                  "Schools), 2025-26, as such a school would publish or give to its local governing body. No "
                  "single published original; layout follows the priority / why / success criteria / actions "
                  "pattern of school development plans. Copied features: title line, export and version lines, "
                  "a legend of lead initials and a RAG key (C = complete), priority headings between rule lines, "
                  "rationale and success-criteria lines that are not actions, key-value action blocks "
                  "(Action / Lead / By / RAG) with one action continuing on a second indented line, initials as "
                  "leads (two joined by '/' or '&'), school-term, month, day-first date, Termly and Ongoing "
                  "timescales, a blank RAG for an action not started, and a totals line at the end.",
        "reads": "A school's development plan for 2025-26 with four priorities and nine numbered actions, each "
                 "given as Action, Lead (staff initials), By and RAG lines. Terms end in their last month "
                 "(Autumn term 2025 = December, Summer term 2026 = July); C is complete (blue) by the key, and "
                 "the legend, why/success lines and totals are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": TITLE,
    }
    write_expected(fname, meta, expected)
    return fname, len(expected)


if __name__ == "__main__":
    for fn in (make_lowdham, make_winchester, make_avon, make_durham, make_uhi, make_hmpps, make_ark):
        name, n = fn()
        print("%-95s %2d actions" % (name, n))
