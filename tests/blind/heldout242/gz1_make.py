#!/usr/bin/env python
"""Build the seven gz1- blind test files of set heldout242 and their expected readings.

Run with /work/main/.venv/bin/python (python-docx, openpyxl, pyyaml).
Data files: 3 xlsx, 2 docx, 1 csv, 1 txt.  Each NAME gets NAME.expected.yaml beside it.
The expected readings (under / lead / end / status) are written by hand in the tables
below, next to the text that goes into the file, so the two cannot drift apart.
"""
import csv
import datetime as dt
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, PALE = "D9D9D9", "DCE6F1"


def D(y, m, d):
    return dt.datetime(y, m, d)


# --------------------------------------------------------------------------- yaml
def write_expected(name, source, reads, title, actions=None, outcome="read",
                   refuse_at=None, accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        out = []
        for a in actions:
            item = {"ref": a["ref"], "under": list(a["under"]), "action": a["action"],
                    "lead": list(a["lead"]), "end": a["end"]}
            if a.get("end_text"):
                item["end_text"] = a["end_text"]
            item["status"] = a["status"]
            out.append(item)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


# --------------------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def header_row(table, labels, fill=GREY):
    row = table.rows[0]
    for c, lab in zip(row.cells, labels):
        set_cell(c, lab, bold=True)
        shade(c, fill)


def full_row(table, text, fill=None, bold=True):
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    set_cell(merged, text, bold=bold)
    if fill:
        shade(merged, fill)
    return merged


# =========================================================================== 1 HMP Highpoint
def hmp_highpoint():
    name = "gz1-hmp-highpoint-hmip-inspection-action-plan.docx"
    sections = [
        ("Priority concerns", [
            ("1. Levels of violence had increased since the last inspection and too many prisoners told us that they felt unsafe.", [
                ("1.1", "Analyse violence data monthly at the Safety Intervention Meeting to identify the locations, times and individuals of concern, and redeploy staff to the areas of greatest risk.",
                 "Head of Safety", ["Head of Safety"], "31 January 2024", "2024-01", None),
                ("1.2", "Relaunch the Challenge, Support and Intervention Plan (CSIP) process, including refresher training for all residential supervising officers, and quality assure a sample of ten CSIP referrals each month.",
                 "Head of Safety / Head of Residence", ["Head of Safety", "Head of Residence"], "March 2024", "2024-03", None),
            ]),
            ("2. Too many prisoners were locked in their cells during the working day, and there were not enough education, skills and work places for the population.", [
                ("2.1", "Complete a full review of the activities allocation process so that every prisoner is allocated to education, skills or work within two weeks of arrival.",
                 "Head of Reducing Reoffending", ["Head of Reducing Reoffending"], "30/04/2024", "2024-04", None),
                ("2.2", "Introduce a revised core day that gives prisoners in full-time activity at least eight hours unlocked on weekdays.",
                 "Deputy Governor", ["Deputy Governor"], "June 2024", "2024-06", None),
            ]),
            ("3. Illicit drugs were too easily available and the rate of positive random mandatory drug tests was high.", [
                ("3.1", "Install X-ray body scanners and enhanced gate security at both the North and South sites, with searching carried out in line with the local security strategy.",
                 "Head of Security", ["Head of Security"], "Q4 2023/24", "2024-03", "Q4 2023/24"),
            ]),
        ]),
        ("Key concerns", [
            ("4. Prisoners with mental health needs waited too long for an assessment and for psychological therapies.", [
                ("4.1", "Recruit two additional mental health nurses and a psychological wellbeing practitioner to reduce the wait for an initial assessment to under 28 days.",
                 "Head of Healthcare (Practice Plus Group)", ["Head of Healthcare (Practice Plus Group)"], "31/05/2024", "2024-05", None),
            ]),
            ("5. Oversight of use of force was not good enough, and body-worn video cameras were not always switched on.", [
                ("5.1", "Review every use of force incident at the weekly Use of Force Committee, viewing body-worn video footage for all spontaneous incidents and challenging any failure to activate cameras.",
                 "Head of Operations", ["Head of Operations"], "December 2023", "2023-12", None),
            ]),
            ("6. Too many prisoners were released without sustainable accommodation.", [
                ("6.1", "Refer all prisoners to the Community Accommodation Service and the relevant local authority at least 12 weeks before release, and report outcomes to the monthly Reducing Reoffending Meeting.",
                 "Head of Offender Management Delivery", ["Head of Offender Management Delivery"], "Ongoing – monthly review", None, "Ongoing – monthly review"),
            ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Action Plan: HMP Highpoint", style="Title")
    doc.add_paragraph("Action Plan Submitted: 14 November 2023")
    doc.add_paragraph("A Response to the HMIP Inspection: 12–22 June 2023")
    doc.add_paragraph("Report Published: 26 September 2023")
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny of the "
        "conditions for, and treatment of, prisoners. It reports its findings to the Ministry of Justice (MoJ) "
        "and His Majesty's Prison and Probation Service (HMPPS). In response to the report, HMPPS is required to "
        "draft a robust and timely action plan to address the concerns raised. The action plan confirms whether "
        "each concern is agreed, partly agreed or not agreed (see categorisations below). Where a concern is "
        "agreed or partly agreed, the plan sets out specific actions, with the owner and target date of each "
        "action clearly identified.")
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    header_row(key, ["Term", "Definition"])
    for t, d in [("Agreed", "All of the concern is accepted, can be addressed and is affordable."),
                 ("Partly Agreed", "Only part of the concern is accepted and will be addressed, for commissioning, policy, operational or affordability reasons."),
                 ("Not Agreed", "The concern is not accepted and will not be addressed. The response explains why.")]:
        r = key.add_row()
        set_cell(r.cells[0], t, bold=True)
        set_cell(r.cells[1], d)
    doc.add_paragraph("")
    doc.add_heading("ACTION PLAN", level=1)
    doc.add_paragraph("All concerns in this report have been Agreed.")

    actions = []
    for sec, concerns in sections:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Responsible", "Target Date"])
        for concern, acts in concerns:
            full_row(t, concern, fill=PALE)
            for ref, text, lead_txt, lead, end_txt, end, end_text in acts:
                r = t.add_row()
                set_cell(r.cells[0], ref)
                set_cell(r.cells[1], text)
                set_cell(r.cells[2], lead_txt)
                set_cell(r.cells[3], end_txt)
                a = {"ref": ref, "under": [sec, concern], "action": text, "lead": lead,
                     "end": end, "status": "unrated"}
                if end_text:
                    a["end_text"] = end_text
                actions.append(a)
        doc.add_paragraph("")
    doc.add_paragraph("Signed: Governor, HMP Highpoint          Date: 14 November 2023")
    doc.add_paragraph("Progress against this plan is reviewed at the monthly Senior Leadership Team meeting and by the Prison Group Director.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates the action plans HMPPS publishes on Prison Finder in response to an HM Inspectorate of "
                "Prisons full inspection (e.g. 'Action Plan: HMP Elmley / HMP The Verne – A Response to the HMIP "
                "Inspection'), here HMP Highpoint, inspection June 2023, plan submitted November 2023. Copied: the "
                "title block (Action Plan Submitted / A Response to the HMIP Inspection / Report Published), the "
                "INTRODUCTION paragraph and the Agreed / Partly Agreed / Not Agreed categorisation table, 2022+ "
                "'priority concerns' and 'key concerns' in place of recommendations, one table per section with the "
                "concern in a shaded full-width row above its numbered actions, job titles as owners, a sign-off line. "
                "No status column: the plan is as submitted."),
        reads=("A prison's response to its HMIP report: a key table of agreement terms, then a Priority concerns "
               "table and a Key concerns table. Each numbered concern is a merged row and the actions 1.1, 1.2 ... "
               "under it have a responsible post and a target date; none carries a RAG, so all are unrated."),
        title="Action Plan: HMP Highpoint",
        actions=actions)
    return name, len(actions)


# =========================================================================== 2 Ysgol y Creuddyn
def creuddyn():
    name = "gz1-ysgol-y-creuddyn-estyn-post-inspection-action-plan.docx"
    recs = [
        ("R1: Improve the quality of teaching and assessment so that pupils make consistently strong progress in their learning",
         "Success criteria: Nearly all lessons observed are at least good; book scrutiny shows that feedback leads pupils to improve their work.",
         [("1.1", "Deliver a programme of professional learning on questioning and feedback for all teaching staff, led by the school's lead practitioners.",
           "Deputy Headteacher (Teaching and Learning)", ["Deputy Headteacher (Teaching and Learning)"], "Autumn term 2024", "2024-12", "Autumn term 2024",
           "Learning walks; staff voice questionnaire", GREEN, "green"),
          ("1.2", "Carry out learning walks and book scrutiny in every department, with findings reported to the Curriculum and Standards Committee.",
           "Headteacher / Heads of Department", ["Headteacher", "Heads of Department"], "Termly", None, "Termly",
           "Committee minutes; scrutiny reports", AMBER, "amber")]),
        ("R2: Strengthen the provision for developing pupils' literacy and numeracy skills across the curriculum",
         "Success criteria: Pupils in Years 7 to 9 write at length regularly in both languages; the numeracy gap for targeted pupils narrows.",
         [("2.1", "Map opportunities for extended writing in Welsh and English across the Years 7 to 9 schemes of learning.",
           "Literacy Coordinator", ["Literacy Coordinator"], "Spring term 2025", "2025-04", "Spring term 2025",
           "Scheme of learning audit", GREEN, "green"),
          ("2.2", "Establish a numeracy intervention programme for Year 7 and Year 8 pupils identified through the national personalised assessments.",
           "Numeracy Coordinator / ALNCo", ["Numeracy Coordinator", "ALNCo"], "September 2024 – July 2025", "2025-07", "September 2024 – July 2025",
           "Personalised assessment data; intervention tracker", AMBER, "amber")]),
        ("R3: Sharpen self-evaluation and improvement planning so that leaders focus precisely on the impact of provision on pupils' progress",
         "Success criteria: The school development plan is based on first-hand evidence and governors can describe the school's strengths and areas for development.",
         [("3.1", "Revise the self-evaluation calendar so that all middle leaders gather first-hand evidence of pupils' learning each half term.",
           "Headteacher", ["Headteacher"], "31 October 2024", "2024-10", None,
           "Self-evaluation calendar; middle leader reports", BLUE, "blue"),
          ("3.2", "Provide training for governors on using school performance information to challenge leaders.",
           "Chair of Governors & Headteacher", ["Chair of Governors", "Headteacher"], "Summer term 2025", "2025-07", "Summer term 2025",
           "Governing body minutes", None, "unrated")]),
        ("R4: Improve pupils' attendance, particularly that of pupils eligible for free school meals",
         "Success criteria: Whole-school attendance rises to at least 92%; persistent absence of pupils eligible for free school meals falls each term.",
         [("4.1", "Appoint an attendance and engagement officer and introduce weekly tracking of pupils whose attendance is below 90%.",
           "Head of Wellbeing", ["Head of Wellbeing"], "Ongoing", None, "Ongoing",
           "Weekly attendance reports; EWO meetings", RED, "red")]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Ysgol y Creuddyn – Post-Inspection Action Plan 2024–2025")
    r.bold = True
    r.font.size = Pt(18)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Following the Estyn core inspection of 4–7 March 2024")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Approved by the Full Governing Body: 19 June 2024")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Summary of changes"])
    for row in [("1.0", "03/06/2024", "Headteacher", "First draft for the Curriculum and Standards Committee"),
                ("1.1", "19/06/2024", "Headteacher", "Approved by the Full Governing Body; shared with Conwy local authority and GwE"),
                ("1.2", "15/01/2025", "Deputy Headteacher", "RAG progress updated for the spring term review")]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for fill, txt in [(RED, "Not on track – significant concerns, action needed"),
                      (AMBER, "Some slippage – progress being made but not yet secure"),
                      (GREEN, "On track"),
                      (BLUE, "Action completed")]:
        cells = k.add_row().cells
        shade(cells[0], fill)
        set_cell(cells[1], txt)
    doc.add_paragraph("A blank RAG cell means the action is not due to start yet.")

    doc.add_heading("Recommendations", level=1)
    actions = []
    for rec, success, acts in recs:
        t = doc.add_table(rows=0, cols=6)
        t.style = "Table Grid"
        full_row(t, rec, fill="FDE9D9")
        full_row(t, success, bold=False)
        hr = t.add_row()
        for c, lab in zip(hr.cells, ["No.", "Action", "Lead", "Timescale", "Monitoring and evaluation", "RAG"]):
            set_cell(c, lab, bold=True)
            shade(c, GREY)
        for ref, text, lead_txt, lead, end_txt, end, end_text, mon, fill, status in acts:
            cells = t.add_row().cells
            set_cell(cells[0], ref)
            set_cell(cells[1], text)
            set_cell(cells[2], lead_txt)
            set_cell(cells[3], end_txt)
            set_cell(cells[4], mon)
            if fill:
                shade(cells[5], fill)
            a = {"ref": ref, "under": [rec], "action": text, "lead": lead, "end": end, "status": status}
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
        doc.add_paragraph("")
    doc.add_paragraph("Progress is reported to each meeting of the Curriculum and Standards Committee and to the local authority's Schools Causing Concern group.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a Welsh secondary school's post-inspection action plan (PIAP) written after an Estyn core "
                "inspection, of the kind schools publish with their governing body papers (Estyn recommendations "
                "numbered R1, R2 ...), here Ysgol y Creuddyn (Conwy), inspection March 2024, plan 2024–2025. Copied: "
                "centred title block with inspection and approval dates, a document control table, a RAG key table "
                "whose colour cells carry no text, one table per recommendation with the recommendation in a merged "
                "shaded row, a merged success-criteria row, then numbered actions with lead, timescale (school terms), "
                "monitoring, and a RAG column shown only by cell fill."),
        reads=("A school's PIAP: four Estyn recommendations, each its own table, with one or two numbered actions "
               "under each. The RAG column has no words, only a fill colour (red, amber, green, blue = completed per "
               "the key; one blank = not started). Timescales are terms, a term-long period, a date, Termly and Ongoing."),
        title="Ysgol y Creuddyn – Post-Inspection Action Plan 2024–2025",
        actions=actions)
    return name, len(actions)


# --------------------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def put(ws, row, col, value, bold=False, bg=None, fmt=None, border=True):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold:
        c.font = Font(bold=True)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, "": None}


# =========================================================================== 3 South Tees
def south_tees():
    name = "gz1-south-tees-hospitals-nhsft-cqc-must-should-do-action-plan.xlsx"
    ued = "Urgent and Emergency Care – The James Cook University Hospital"
    med = "Medical Care – Friarage Hospital, Northallerton"
    must = [
        (ued, [
            ("MD1 The trust must ensure that patients in the emergency department receive a timely initial assessment and triage on arrival. (Regulation 12)", [
                ("MD1.1", "Implement the Manchester Triage System with a dedicated streaming and triage nurse 24/7, and monitor time to initial assessment daily through the ED performance dashboard.",
                 "Chief Nurse; Clinical Director for Emergency Medicine", ["Chief Nurse", "Clinical Director for Emergency Medicine"],
                 D(2024, 3, 31), D(2024, 6, 30), "2024-06", "Triage nurse on every shift since June; median time to triage 11 minutes in July.", "A", "G", "green"),
                ("MD1.2", "Audit time to triage monthly and report compliance against the 15-minute standard to the Quality Assurance Committee.",
                 "Head of Nursing, Emergency Care", ["Head of Nursing, Emergency Care"],
                 D(2024, 4, 30), None, "2024-04", "Monthly audit embedded; reported to QAC since April 2024. Evidence assured by Compliance Team.", "G", "B", "blue"),
            ]),
            ("MD2 The trust must ensure that staff complete and record risk assessments for falls and pressure damage for patients waiting in the emergency department for a bed. (Regulation 12)", [
                ("MD2.1", "Introduce an electronic risk assessment bundle (falls, pressure damage, nutrition) on the EPR for all patients with a decision to admit, with compliance audited weekly.",
                 "Deputy Chief Nurse", ["Deputy Chief Nurse"],
                 D(2024, 5, 31), D(2024, 10, 31), "2024-10", "Bundle built; go-live moved to October to align with EPR release 4.2. Compliance currently 64%.", "A", "A", "amber"),
            ]),
        ]),
        (med, [
            ("MD3 The trust must ensure that there are sufficient numbers of suitably qualified nursing staff on the medical wards at night. (Regulation 18)", [
                ("MD3.1", "Complete a nursing establishment review for all medical wards at the Friarage Hospital using the Safer Nursing Care Tool.",
                 "Director of Nursing – Friarage Hospital", ["Director of Nursing – Friarage Hospital"],
                 D(2024, 3, 31), None, "2024-03", "Review completed and approved by the Board in March 2024.", "G", "B", "blue"),
                ("MD3.2", "Recruit to the registered nurse vacancies identified in the establishment review, including international recruits, and report night-time fill rates monthly.",
                 "Director of Nursing – Friarage Hospital / Head of Workforce", ["Director of Nursing – Friarage Hospital", "Head of Workforce"],
                 D(2024, 9, 30), D(2025, 1, 31), "2025-01", "11 of 18 WTE appointed; night fill rate 86% against 95% target. Revised date agreed at QAC.", "A", "R", "red"),
            ]),
        ]),
    ]
    should = [
        (ued, [
            ("SD1", "The trust should ensure that the paediatric area of the emergency department is staffed by a registered children's nurse at all times.",
             "Add a registered children's nurse to each shift of the ED paediatric rota and escalate any gaps through the site safety huddle.",
             "Head of Nursing, Emergency Care", ["Head of Nursing, Emergency Care"], D(2024, 6, 30), None, "2024-06",
             "Rota changed from June; two shifts uncovered in July, both escalated.", "G", "G", "green"),
            ("SD2", "The trust should ensure that mental health risk assessments are completed for all patients presenting with self-harm.",
             "Adopt the liaison psychiatry risk assessment template in the ED and audit completion quarterly.",
             "Clinical Director for Emergency Medicine", ["Clinical Director for Emergency Medicine"], D(2024, 7, 31), D(2024, 12, 31), "2024-12",
             "Template agreed with the mental health trust; first audit due in Q3.", "A", "A", "amber"),
        ]),
        (med, [
            ("SD3", "The trust should ensure that staff complete mandatory training in line with the trust target of 90%.",
             "Give ward staff protected time to complete outstanding mandatory training modules and monitor compliance at monthly ward performance meetings.",
             "Ward Managers", ["Ward Managers"], D(2024, 3, 31), None, "2024-03",
             "Compliance 93% at end of March and sustained since.", "A", "B", "blue"),
            ("SD4", "The trust should ensure that discharge summaries are sent to GPs within 24 hours of discharge.",
             "Introduce automated sending of discharge summaries from the EPR and report performance against the 24-hour standard.",
             "Chief Clinical Information Officer", ["Chief Clinical Information Officer"], D(2024, 10, 31), None, "2024-10",
             "Not yet started – depends on the EPR upgrade.", "", "", "unrated"),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "South Tees Hospitals NHS Foundation Trust – CQC Inspection Action Plan (Must Do and Should Do)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 30 August 2024"
    ws["A3"] = ("Core services inspected 10–12 October 2023 (Urgent and emergency care; Medical care), Well-led 7–9 November 2023. "
                "Report published 14 February 2024.")
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Updated by", "Presented to"], 1):
        put(ws, 6, j, h, bold=True, bg=GREY)
    for i, row in enumerate([("1.0", D(2024, 3, 6), "Head of Regulatory Compliance", "Quality Assurance Committee"),
                             ("2.0", D(2024, 6, 4), "Head of Regulatory Compliance", "Quality Assurance Committee"),
                             ("3.0", D(2024, 9, 3), "Head of Regulatory Compliance", "Board of Directors (public)")], 7):
        for j, v in enumerate(row, 1):
            put(ws, i, j, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete – evidence assured and embedded"),
                                  ("G", "On track to deliver by the target date"),
                                  ("A", "At risk of not delivering by the target date"),
                                  ("R", "Off track / target date passed")], 12):
        put(ws, i, 1, k, bold=True, bg=RAGFILL[k])
        put(ws, i, 2, txt)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 44
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 30

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – August 2024"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Action type", "Total", "B", "G", "A", "R", "Not rated"]
    for j, h in enumerate(hdr, 1):
        put(sm, 3, j, h, bold=True, bg=GREY)

    def count(rows):
        tot = {"B": 0, "G": 0, "A": 0, "R": 0, "": 0}
        for r in rows:
            tot[r] += 1
        return tot

    must_rag = [a[9] for _, ms in must for _, acts in ms for a in acts]
    should_rag = [a[9] for _, ss in should for a in ss]
    for i, (lab, rags) in enumerate([("Must do", must_rag), ("Should do", should_rag),
                                      ("Total", must_rag + should_rag)], 4):
        c = count(rags)
        vals = [lab, len(rags), c["B"], c["G"], c["A"], c["R"], c[""]]
        for j, v in enumerate(vals, 1):
            put(sm, i, j, v, bold=(lab == "Total"))
    sm.column_dimensions["A"].width = 16

    headers = ["Ref", "CQC Must Do (Regulation)", "Action", "Lead(s)", "Original completion date",
               "Revised completion date", "Progress update (August 2024)", "Previous RAG (May 2024)", "Current RAG (Aug 2024)"]
    widths = [9, 45, 55, 30, 14, 14, 50, 12, 12]

    actions = []
    md = wb.create_sheet("Must Do")
    md["A1"] = "Must Do Actions"
    md["A1"].font = Font(bold=True, size=12)
    md.merge_cells("A1:I1")
    for j, h in enumerate(headers, 1):
        put(md, 3, j, h, bold=True, bg=GREY)
    for j, w in enumerate(widths, 1):
        md.column_dimensions[chr(64 + j)].width = w
    r = 4
    for sec, groups in must:
        put(md, r, 1, sec, bold=True, bg=PALE)
        md.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for req, acts in groups:
            first = r
            for (ref, text, lead_txt, lead, orig, rev, end, upd, prev, cur, status) in acts:
                put(md, r, 1, ref)
                put(md, r, 2, req if r == first else None)
                put(md, r, 3, text)
                put(md, r, 4, lead_txt)
                put(md, r, 5, orig, fmt="dd/mm/yyyy")
                put(md, r, 6, rev, fmt="dd/mm/yyyy")
                put(md, r, 7, upd)
                put(md, r, 8, prev, bg=RAGFILL[prev])
                put(md, r, 9, cur, bg=RAGFILL[cur])
                actions.append({"ref": ref, "under": [sec, req], "action": text, "lead": lead,
                                "end": end, "status": status})
                r += 1
            if r - first > 1:
                md.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    md.cell(row=r, column=1, value="Note: completed actions stay on the plan until the Compliance Team has assured the evidence; they are then reported as B.")

    sd = wb.create_sheet("Should Do")
    sd["A1"] = "Should Do Actions"
    sd["A1"].font = Font(bold=True, size=12)
    sd.merge_cells("A1:I1")
    sh = list(headers)
    sh[1] = "CQC Should Do"
    for j, h in enumerate(sh, 1):
        put(sd, 3, j, h, bold=True, bg=GREY)
    for j, w in enumerate(widths, 1):
        sd.column_dimensions[chr(64 + j)].width = w
    r = 4
    for sec, rows in should:
        put(sd, r, 1, sec, bold=True, bg=PALE)
        sd.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (ref, req, text, lead_txt, lead, orig, rev, end, upd, prev, cur, status) in rows:
            put(sd, r, 1, ref)
            put(sd, r, 2, req)
            put(sd, r, 3, text)
            put(sd, r, 4, lead_txt)
            put(sd, r, 5, orig, fmt="dd/mm/yyyy")
            put(sd, r, 6, rev, fmt="dd/mm/yyyy")
            put(sd, r, 7, upd)
            put(sd, r, 8, prev or None, bg=RAGFILL[prev])
            put(sd, r, 9, cur or None, bg=RAGFILL[cur])
            actions.append({"ref": ref, "under": [sec, req], "action": text, "lead": lead,
                            "end": end, "status": status})
            r += 1
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates an acute NHS trust's CQC must-do / should-do action plan as taken to its Quality Assurance "
                "Committee and public Board (cf. the EEAST and SHSC CQC action plan progress reports), here South Tees "
                "Hospitals NHS Foundation Trust after a 2023 inspection of urgent and emergency care and medical care. "
                "Copied: cover sheet with title, document control table and B/G/A/R key; a Summary sheet of counts; "
                "separate Must Do and Should Do sheets; core-service section rows merged across the sheet; the must-do "
                "text with its regulation merged down beside its actions (MD1.1, MD1.2 ...); several leads in one cell; "
                "original and revised completion dates; previous and current RAG letters with fill."),
        reads=("A CQC action plan workbook: a cover, a summary of counts, then five must-do actions in three must-dos "
               "and four should-do actions, each under a core service. Where a revised completion date is given it "
               "replaces the original; the status is the current RAG letter (B = complete per the key); one should-do "
               "has not been rated."),
        title="South Tees Hospitals NHS Foundation Trust – CQC Inspection Action Plan (Must Do and Should Do)",
        actions=actions)
    return name, len(actions)


# =========================================================================== 4 GMMH (refuse)
def gmmh_refuse():
    name = "gz1-greater-manchester-mental-health-nhsft-cqc-mental-health-must-should-do-action-plan-typo-month-refuse.xlsx"
    acute = "Acute wards for adults of working age and psychiatric intensive care units"
    forensic = "Forensic inpatient or secure wards"
    older = "Wards for older people with mental health problems"
    rows = [
        ("1", acute, "Must", "Regulation 12",
         "The trust must ensure that patients' risk assessments and care plans are reviewed and updated after every incident.",
         "Introduce a post-incident review prompt on PARIS so that the risk assessment and care plan are updated within 72 hours of any incident.",
         "Associate Director of Nursing – Inpatients", D(2023, 9, 30), "Complete", "Prompt live from 4 September 2023; audit shows 91% compliance."),
        ("2", acute, "Must", "Regulation 17",
         "The trust must ensure that ward managers have effective oversight of restrictive practice, including seclusion and long-term segregation.",
         "Provide ward managers with a monthly restrictive practice dashboard and review it at the Reducing Restrictive Practice Group.",
         "Head of Nursing, Inpatients / Reducing Restrictive Practice Lead", D(2023, 12, 31), "On track", "Dashboard in testing with three wards."),
        ("3", forensic, "Must", "Regulation 13",
         "The trust must ensure that patients are protected from abuse and improper treatment, and that concerns raised by staff and patients are acted on.",
         "Introduce a CCTV review process on all secure wards, with weekly spot checks of footage by senior nurses not based on the ward.",
         "Director of Nursing – Specialist Services", D(2023, 11, 30), "Complete", "Weekly checks in place; findings reported to the Safeguarding Committee."),
        ("4", forensic, "Must", "Regulation 18",
         "The trust must ensure that there are enough suitably qualified and experienced staff on every shift.",
         "Implement a safer staffing escalation protocol so that a registered nurse from outside the ward attends whenever staffing falls below the agreed establishment.",
         "Deputy Chief Nurse", "0ct-23", "On track", "Protocol approved at Nursing and AHP Forum; launch briefings under way."),
        ("5", forensic, "Must", "Regulation 17",
         "The trust must ensure that its governance processes identify and address closed cultures on wards.",
         "Commission an independent closed-culture review of all secure wards and report the findings to the Quality and Safety Committee.",
         "Chief Nurse", D(2024, 1, 31), "Off track", "Reviewer appointed late; fieldwork starts in February."),
        ("6", acute, "Should", "",
         "The trust should ensure that patients on the acute wards have access to psychological therapies.",
         "Recruit a ward-based psychologist for each acute inpatient site.",
         "Director of Psychological Services", D(2024, 3, 31), "Not started", ""),
        ("7", forensic, "Should", "",
         "The trust should ensure that patients can access fresh air at all times.",
         "Review garden access arrangements on each secure ward and remove blanket restrictions that are not supported by an individual risk assessment.",
         "Ward Managers", D(2023, 10, 31), "Complete", "Blanket restrictions removed on 6 of 6 wards."),
        ("8", older, "Should", "",
         "The trust should ensure that physical health observations are recorded in line with NEWS2.",
         "Deliver NEWS2 refresher training to all nursing staff on older adult wards and audit observation charts monthly.",
         "Physical Health Lead Nurse", D(2023, 12, 31), "On track", "Training 78% complete."),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Greater Manchester Mental Health NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Mental health inpatient services – CQC report published 28 March 2023"
    ws["A3"] = "Plan owner: Chief Nurse    Reporting to: Quality and Safety Committee (monthly)"
    hdr = ["No.", "Core service", "Must / Should", "Regulation", "Requirement", "Action", "Lead", "Target date", "Status", "Update"]
    for j, h in enumerate(hdr, 1):
        put(ws, 5, j, h, bold=True, bg="1F4E78").font = Font(bold=True, color="FFFFFF")
    stfill = {"Complete": "8DB4E2", "On track": "C4D79B", "Off track": "FF7C80", "Not started": None}
    refuse_row = None
    for i, row in enumerate(rows, 6):
        for j, v in enumerate(row, 1):
            fmt = "mmm-yy" if j == 8 else None
            bg = stfill.get(v) if j == 9 else None
            put(ws, i, j, v if v != "" else None, fmt=fmt, bg=bg)
        if isinstance(row[7], str):
            refuse_row = i
    for col, w in zip("ABCDEFGHIJ", [5, 28, 9, 13, 45, 55, 30, 11, 12, 40]):
        ws.column_dimensions[col].width = w
    ws.cell(row=len(rows) + 7, column=1, value="Actions are closed only when evidence has been reviewed at the CQC Compliance Group.")

    k = wb.create_sheet("Key")
    put(k, 1, 1, "Status", bold=True, bg=GREY)
    put(k, 1, 2, "Meaning", bold=True, bg=GREY)
    for i, (s, m) in enumerate([("Complete", "Action delivered and evidence accepted"),
                                ("On track", "Expected to be delivered by the target date"),
                                ("Off track", "Will not be delivered by the target date – escalated"),
                                ("Not started", "Work has not yet begun")], 2):
        put(k, i, 1, s, bg=stfill[s])
        put(k, i, 2, m)
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        outcome="refuse",
        refuse_at=refuse_row,
        source=("Imitates a mental health trust's CQC must-do / should-do action plan for inpatient core services, as "
                "reported monthly to a Quality and Safety Committee, here Greater Manchester Mental Health NHS "
                "Foundation Trust after its 2023 report on acute, secure and older adult wards. Copied: a single flat "
                "sheet with a title block, core service, Must / Should and Regulation columns on every row, the "
                "requirement beside its action, a target-date column of month dates shown as Mmm-yy, status words "
                "with fill, and a separate Key sheet."),
        reads=("A flat list of eight CQC requirements with one action each. The target dates are months shown as "
               "Mmm-yy, but the fourth action's target reads '0ct-23' with a zero for the letter O, typed as text: a "
               "careful reader stops and asks which month was meant rather than guess."),
        title="Greater Manchester Mental Health NHS Foundation Trust – CQC Must Do and Should Do Action Plan")
    return name, refuse_row


# =========================================================================== 5 UK Space Agency
def uksa():
    name = "gz1-uk-space-agency-arac-internal-audit-recommendations-tracker.xlsx"
    open_groups = [
        ("Grant Funding Assurance (2023-24) – Limited assurance", [
            ("GFA-01", "High", "Management should establish a risk-based programme of grant monitoring visits and document the outcome of each visit.",
             "Develop a risk-based grant assurance framework, including a schedule of monitoring visits for all grants over £1m, and record visit outcomes on the grants management system.",
             "Director of Finance; Head of Grants", ["Director of Finance", "Head of Grants"], D(2024, 9, 30), D(2025, 6, 30), "2025-06", None,
             "Framework approved by the Executive Committee in March 2025; visit schedule being populated.", "Amber", "amber"),
            ("GFA-02", "Medium", "Management should ensure that grant claims are checked against evidence of expenditure before payment.",
             "Introduce a claims checklist requiring evidence of defrayed expenditure to be reviewed and signed off by a second officer before payment.",
             "Head of Grants", ["Head of Grants"], D(2024, 12, 31), None, "2024-12", None,
             "Checklist in use for all claims since January 2025; awaiting GIAA validation.", "Green", "green"),
        ]),
        ("Information Security and Cyber Resilience (2024-25) – Moderate assurance", [
            ("ISC-01", "High", "The Agency should complete and test its cyber incident response plan.",
             "Finalise the cyber incident response plan and run a desktop exercise with the Executive Committee.",
             "Chief Information Security Officer", ["Chief Information Security Officer"], D(2025, 3, 31),
             "TBC – dependent on DSIT shared services migration", None, "TBC – dependent on DSIT shared services migration",
             "Exercise postponed until the shared services migration is complete.", "Red", "red"),
            ("ISC-02", "Medium", "Privileged user accounts should be reviewed at least quarterly.",
             "Implement a quarterly review of privileged access accounts, with leavers' accounts removed within five working days.",
             "Head of Digital, Data and Technology", ["Head of Digital, Data and Technology"], D(2025, 6, 30), None, "2025-06", None,
             "First quarterly review completed in April 2025.", "Green", "green"),
        ]),
        ("Workforce Planning (2024-25) – Moderate assurance", [
            ("WFP-01", "Medium", "The Agency should develop a strategic workforce plan aligned to its corporate plan.",
             "Produce a three-year strategic workforce plan aligned to the Corporate Plan 2025–2028 and present it to the People Committee.",
             "Chief People Officer", ["Chief People Officer"], D(2025, 5, 31), None, "2025-05", None,
             "Draft plan delayed by the spending review settlement; People Committee slot booked for May.", "Amber", "amber"),
            ("WFP-02", "Low", "Skills data should be captured consistently across directorates.",
             "Launch a skills self-assessment for all staff through the HR system and use the results to identify critical capability gaps.",
             "HR Business Partner / Strategic Workforce Planning Lead", ["HR Business Partner", "Strategic Workforce Planning Lead"], "Q2 2025/26", None, "2025-09", "Q2 2025/26",
             "Question set agreed with directorate leads.", "Green", "green"),
        ]),
    ]
    closed = [
        ("CON-03", "Contract Management (2023-24)", "Medium",
         "Maintain a contracts register with named contract managers for all contracts over £100k and review it quarterly.",
         "Head of Commercial", ["Head of Commercial"], D(2024, 11, 30), "2024-11", D(2025, 2, 14),
         "Register reviewed at Commercial Board, February 2025.", "Complete"),
        ("BCP-01", "Business Continuity (2023-24)", "High",
         "Update the business impact assessments for all directorates and test the business continuity plan.",
         "Chief Operating Officer", ["Chief Operating Officer"], D(2025, 1, 31), "2025-01", D(2025, 3, 20),
         "Test exercise held 18 March 2025; lessons log agreed.", "Complete"),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "UK Space Agency – Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Assurance Committee, 3 June 2025 – position at 30 April 2025"
    sm["A3"] = "Internal audit provided by the Government Internal Audit Agency (GIAA)."
    for j, h in enumerate(["Priority", "Open – not yet due", "Open – overdue", "Closed since last ARAC", "Total"], 1):
        put(sm, 5, j, h, bold=True, bg=GREY)
    for i, row in enumerate([("High", 1, 1, 1, 3), ("Medium", 2, 1, 1, 4), ("Low", 1, 0, 0, 1), ("Total", 4, 2, 2, 8)], 6):
        for j, v in enumerate(row, 1):
            put(sm, i, j, v, bold=(row[0] == "Total"))
    sm["A11"] = "RAG: Green – on track to meet the (revised) target date; Amber – at risk; Red – target date missed or no agreed date."
    for col, w in zip("ABCDE", [12, 20, 16, 22, 10]):
        sm.column_dimensions[col].width = w

    op = wb.create_sheet("Open recommendations")
    op["A1"] = "Open internal audit recommendations"
    op["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original target date", "Revised target date", "Management update (April 2025)", "RAG"]
    for j, h in enumerate(hdr, 1):
        put(op, 2, j, h, bold=True, bg=GREY)
    ragfill = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}
    actions = []
    r = 3
    for grp, recs in open_groups:
        put(op, r, 1, grp, bold=True, bg=PALE)
        op.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (ref, pri, rec, act, lead_txt, lead, orig, rev, end, end_text, upd, rag, status) in recs:
            vals = [ref, pri, rec, act, lead_txt, orig, rev, upd, rag]
            for j, v in enumerate(vals, 1):
                put(op, r, j, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None,
                    bg=ragfill.get(v) if j == 9 else None)
            a = {"ref": ref, "under": [grp, rec], "action": act, "lead": lead, "end": end, "status": status}
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
            r += 1
    for col, w in zip("ABCDEFGHI", [9, 9, 42, 55, 30, 13, 22, 45, 9]):
        op.column_dimensions[col].width = w

    cl = wb.create_sheet("Closed since last ARAC")
    cl["A1"] = "Recommendations closed since the January 2025 ARAC"
    cl["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Audit", "Priority", "Agreed management action", "Action owner", "Target date",
           "Date closed", "Evidence of closure", "Status"]
    for j, h in enumerate(hdr, 1):
        put(cl, 2, j, h, bold=True, bg=GREY)
    for i, (ref, audit, pri, act, lead_txt, lead, tgt, end, closed_on, ev, st) in enumerate(closed, 3):
        vals = [ref, audit, pri, act, lead_txt, tgt, closed_on, ev, st]
        for j, v in enumerate(vals, 1):
            put(cl, i, j, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None,
                bg=ragfill.get(v) if j == 9 else None)
        actions.append({"ref": ref, "under": [audit], "action": act, "lead": lead, "end": end, "status": "blue"})
    for col, w in zip("ABCDEFGHI", [9, 30, 9, 55, 26, 12, 12, 40, 10]):
        cl.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates an arm's-length body's internal audit recommendations tracker taken to its Audit and Risk "
                "Assurance Committee (GIAA audits; cf. the Ofgem, Met Office and Planning Inspectorate ARAC trackers), "
                "here the UK Space Agency, ARAC June 2025. Copied: a Summary sheet with title, a priority-by-status "
                "counts table with totals and a RAG definition line; an Open recommendations sheet with audit title and "
                "assurance opinion as merged group rows, High/Medium/Low priority, the recommendation beside the agreed "
                "management action, original and revised target dates (one revised date TBC), management update and a "
                "RAG word with fill; a Closed since last ARAC sheet with an Audit column, target and closed dates."),
        reads=("Six open agreed management actions grouped under three audits, each answering the recommendation "
               "beside it, then two actions closed since the last committee (status Complete). The revised target date "
               "is the end where one is given; ISC-01's revised date is TBC, so it has no end month."),
        title="UK Space Agency – Internal Audit Recommendations Tracker",
        actions=actions)
    return name, len(actions)


# =========================================================================== 6 Craven College (csv)
def craven():
    name = "gz1-craven-college-self-assessment-quality-improvement-plan.csv"
    qe1 = "Too few learners on study programmes develop their English and mathematics skills well enough to achieve grade 4 or above."
    qe2 = "Teachers do not routinely check learners' understanding before moving on to new topics."
    ba1 = "Attendance at English and maths lessons is too low."
    pd1 = "Not all learners receive effective careers guidance about their next steps."
    lm1 = "Governors do not receive sufficiently detailed information about the quality of apprenticeships."
    rows = [
        ("QE1.1", "Quality of Education", qe1,
         "Introduce diagnostic assessment in English and maths for all new study programme learners within the first four weeks of their course.",
         "Head of English and Maths", ["Head of English and Maths"], "31/10/2024", "2024-10", None,
         "Diagnostics completed for 96% of learners.", "Complete", "blue"),
        ("QE1.2", "Quality of Education", qe1,
         "Timetable an additional hour of GCSE maths each week for resit learners who were at grade 2 or below on entry.",
         "Head of English and Maths / Curriculum Managers", ["Head of English and Maths", "Curriculum Managers"], "Dec-24", "2024-12", None,
         "Extra hour timetabled for all 14 resit groups.", "Green", "green"),
        ("QE2.1", "Quality of Education", qe2,
         "Deliver the teaching and learning development programme on retrieval practice and assessment for learning to all teaching staff.\nFollow up with developmental observations in the spring term.",
         "Teaching and Learning Manager", ["Teaching and Learning Manager"], "End of Spring Term 2025", "2025-04", "End of Spring Term 2025",
         "Programme delivered; 31 of 58 developmental observations completed.", "Amber", "amber"),
        ("BA1.1", "Behaviour and Attitudes", ba1,
         "Hold weekly attendance panels for learners whose English and maths attendance is below 85%, with parents and carers informed after two missed sessions.",
         "Student Services Manager", ["Student Services Manager"], "Ongoing", None, "Ongoing",
         "Attendance at maths up from 78% to 84% since October.", "Green", "green"),
        ("PD1.1", "Personal Development", pd1,
         "Ensure every level 3 learner has a one-to-one careers interview with a qualified adviser before making UCAS or apprenticeship applications.",
         "Careers Lead", ["Careers Lead"], "28/02/2025", "2025-02", None,
         "62% of level 3 learners interviewed by the target date; adviser vacancy since January.", "Red", "red"),
        ("LM1.1", "Leadership and Management", lm1,
         "Add an apprenticeship quality dashboard, including timely achievement and off-the-job hours, to every Quality and Standards Committee meeting.",
         "Vice Principal – Curriculum and Quality", ["Vice Principal – Curriculum and Quality"], "Mar-25", "2025-03", None,
         "Dashboard presented in November and February.", "Complete", "blue"),
        ("LM1.2", "Leadership and Management", lm1,
         "Arrange a governor link visit to each apprenticeship curriculum area.",
         "Clerk to the Corporation & Head of Apprenticeships", ["Clerk to the Corporation", "Head of Apprenticeships"], "Summer Term 2025", "2025-07", "Summer Term 2025",
         "", "", "unrated"),
    ]
    cols = 8
    out = [
        ["Craven College – Quality Improvement Plan 2024-25"] + [""] * (cols - 1),
        ["Arising from the Self-Assessment Report 2023-24 (approved by the Corporation 12 December 2024)"] + [""] * (cols - 1),
        ["Exported from the QIP tracker 07/03/2025"] + [""] * (cols - 1),
        [""] * cols,
        ["QIP Ref", "Key Judgement", "Area for Improvement", "Action", "Responsible", "Target Date",
         "Progress Update (March 2025)", "RAG"],
    ]
    actions = []
    for (ref, kj, afi, act, lead_txt, lead, end_txt, end, end_text, upd, rag, status) in rows:
        out.append([ref, kj, afi, act, lead_txt, end_txt, upd, rag])
        a = {"ref": ref, "under": [kj, afi], "action": act, "lead": lead, "end": end, "status": status}
        if end_text:
            a["end_text"] = end_text
        actions.append(a)
    n = {"Complete": 0, "Green": 0, "Amber": 0, "Red": 0, "": 0}
    for r in rows:
        n[r[10]] += 1
    out += [[""] * cols,
            ["Summary"] + [""] * (cols - 1),
            ["Total actions", str(len(rows))] + [""] * (cols - 2),
            ["Complete", str(n["Complete"])] + [""] * (cols - 2),
            ["Green", str(n["Green"])] + [""] * (cols - 2),
            ["Amber", str(n["Amber"])] + [""] * (cols - 2),
            ["Red", str(n["Red"])] + [""] * (cols - 2),
            ["Not yet rated", str(n[""])] + [""] * (cols - 2)]
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(out)

    write_expected(
        name,
        source=("Imitates a further education college's quality improvement plan (QIP) arising from its annual "
                "self-assessment report, organised by the Ofsted education inspection framework key judgements, as "
                "exported to CSV from a college QIP tracker; here Craven College, QIP 2024-25. Copied: three title "
                "lines and a blank line above the header, key judgement and area for improvement filled down on every "
                "row, refs by judgement (QE1.1, BA1.1, LM1.2), one action with a line break inside the quoted cell, "
                "two posts in one Responsible cell, dates as dd/mm/yyyy, Mmm-yy, term and Ongoing, RAG words including "
                "Complete, and a Summary block of counts after the plan."),
        reads=("A college QIP export: seven actions, each on one row with its key judgement and the area for "
               "improvement it answers. RAG is a word (Complete = done); the last action has no RAG and no progress "
               "yet. The block after the blank line is a summary of counts, not actions."),
        title="Craven College – Quality Improvement Plan 2024-25",
        actions=actions)
    return name, len(actions)


# =========================================================================== 7 University of Hertfordshire (txt)
def herts():
    name = "gz1-university-of-hertfordshire-ofsted-apprenticeships-piap.txt"
    afis = [
        ("AFI 1: Leaders should ensure that apprentices' off-the-job training is planned and recorded accurately so that all apprentices receive their full entitlement.", [
            ("1.1", "Introduce a single off-the-job training log on the e-portfolio for all apprenticeship standards, with monthly compliance reports to programme leaders.",
             "Head of Apprenticeships", ["Head of Apprenticeships"], "31/03/2024", "2024-03", None, "Log live on all standards from March.", "B", "blue"),
            ("1.2", "Review training plans with every employer at each tripartite progress review to confirm protected off-the-job time.",
             "Ellis, Mark", ["Ellis, Mark"], "Jul-24", "2024-07", None, "Reviews 82% complete; remaining employers contacted.", "A", "amber"),
        ]),
        ("AFI 2: Leaders and managers should ensure that lecturers use information about apprentices' starting points to plan learning that builds on their existing knowledge and skills.", [
            ("2.1", "Revise the initial skills scan so that it is completed with the employer before the apprentice starts and is used to adjust the training plan.",
             "Associate Dean (Academic Quality) / Faculty Apprenticeship Leads", ["Associate Dean (Academic Quality)", "Faculty Apprenticeship Leads"],
             "By 30 September 2024", "2024-09", "By 30 September 2024", "New skills scan approved by Academic Committee.", "G", "green"),
            ("2.2", "Provide staff development for lecturers on planning and sequencing learning from apprentices' starting points.",
             "Dr Priya Natarajan and Mark Ellis", ["Dr Priya Natarajan", "Mark Ellis"], "Dec-24", "2024-12", None, "", "", "unrated"),
        ]),
        ("AFI 3: Leaders should ensure that apprentices are well prepared for their end-point assessment.", [
            ("3.1", "Introduce mock end-point assessments, including professional discussions, for all apprentices in their final six months.",
             "Programme Leaders", ["Programme Leaders"], "Ongoing – reviewed monthly", None, "Ongoing – reviewed monthly",
             "Mocks running for nursing associate and chartered manager apprentices.", "G", "green"),
            ("3.2", "Agree gateway readiness criteria with each end-point assessment organisation and monitor them through the monthly gateway tracker.",
             "Apprenticeship Compliance Manager", ["Apprenticeship Compliance Manager"], "30/11/2024", "2024-11", None,
             "EPAO meetings delayed; criteria agreed for 3 of 7 standards.", "R", "red"),
        ]),
    ]
    lines = [
        "University of Hertfordshire – Apprenticeships Post-Inspection Action Plan (PIAP)",
        "Ofsted full inspection 23–26 January 2024 – report published 5 March 2024 – overall effectiveness: Requires improvement",
        "Version 4 – updated 12 September 2024 for the Apprenticeship Quality Board",
        "Status key: Complete = B; On track = G; At risk = A; Off track = R; Not started = blank",
        "",
        "\t".join(["Ref", "Action", "Owner(s)", "Deadline", "Progress update", "Status"]),
    ]
    actions = []
    for afi, acts in afis:
        lines.append(afi)
        for ref, text, lead_txt, lead, end_txt, end, end_text, upd, st, status in acts:
            lines.append("\t".join([ref, text, lead_txt, end_txt, upd, st]))
            a = {"ref": ref, "under": [afi], "action": text, "lead": lead, "end": end, "status": status}
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
    lines += ["", "Next review: Apprenticeship Quality Board, 10 December 2024"]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(
        name,
        source=("Imitates a university's apprenticeship post-inspection action plan after an Ofsted full inspection "
                "(cf. the university apprenticeship PIAPs in the corpus and Ofsted's areas for improvement for HE "
                "apprenticeship providers), here the University of Hertfordshire, inspection January 2024, exported as "
                "tab-separated text for its Apprenticeship Quality Board. Copied: title and inspection lines, a version "
                "line, a status key line mapping words to B/G/A/R, each Ofsted area for improvement as a single-field "
                "line above its numbered actions, a surname-first owner, two named people and two posts in one owner "
                "cell, dd/mm/yyyy, Mmm-yy, 'By ...' and Ongoing deadlines, status letters, a closing review line."),
        reads=("Three Ofsted areas for improvement, each followed by two numbered actions with owner, deadline, "
               "progress and a status letter read through the key (B = complete); one action has no status yet."),
        title="University of Hertfordshire – Apprenticeships Post-Inspection Action Plan (PIAP)",
        actions=actions)
    return name, len(actions)


if __name__ == "__main__":
    for fn in (hmp_highpoint, creuddyn, south_tees, gmmh_refuse, uksa, craven, herts):
        print(*fn())
