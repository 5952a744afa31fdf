#!/usr/bin/env python3
"""Build the seven qq- blind cases (set heldout468) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files starting with qq- are written.
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
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
GREY = "D9D9D9"


def out(name):
    assert name.startswith("qq-")
    return os.path.join(HERE, name)


def write_expected(name, data):
    with open(out(name) + ".expected.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=100000)


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


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


# ============================================================ 1. Lochgelly docx
def lochgelly():
    name = "qq-lochgelly-high-school-education-scotland-inspection-action-plan.docx"
    title = "Lochgelly High School – Post-Inspection Action Plan"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph(
        "Response to the Education Scotland inspection report published 4 February 2025")

    info = [
        ("School", "Lochgelly High School, Fife Council"),
        ("Head Teacher", "Mrs K. Duncan"),
        ("Quality Improvement Officer", "Mr A. Reid, Education Service"),
        ("Inspection", "HM Inspectors, full model inspection, week beginning 25 November 2024"),
        ("Plan agreed", "17 March 2025"),
        ("Review", "Reviewed each term by the Senior Leadership Team; progress reported to the Parent Council and the Education Service"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    doc.add_paragraph("")
    doc.add_paragraph(
        "RAG key: Red – not started or significant concerns; Amber – under way, some slippage; "
        "Green – on track; Complete – action achieved and impact evidenced.")

    afis = [
        ("1. Self-evaluation for self-improvement",
         "Senior leaders should continue to develop rigorous approaches to self-evaluation, involving all staff, young people and parents, so that priorities for improvement are clear and their impact is measured.",
         [
             ("1a", "Establish a self-evaluation calendar for session 2025/26 aligned to How good is our school? (4th edition) quality indicators 1.3, 2.3 and 3.2.",
              "Head Teacher", "June 2025", "Calendar published to all staff; every faculty completes one QI evaluation per term.", "Complete",
              ["Head Teacher"], "2025-06", None, "blue"),
             ("1b", "Train all Principal Teachers (Curriculum and Pupil Support) in the use of learning visits, pupil focus groups and data to evaluate the quality of learning and teaching.\nLearning visit findings to be shared at each Extended Leadership Team meeting.",
              "DHT (Quality Improvement)", "Aug 2025 – Dec 2025", "All PTs have led at least two learning visits; ELT minutes record findings and next steps.", "Green",
              ["DHT (Quality Improvement)"], "2025-12", "Aug 2025 – Dec 2025", "green"),
             ("1c", "Involve the Pupil Leadership Team and the Parent Council in reviewing the School Improvement Plan twice each session.",
              "Head Teacher / Parent Council Chair", "Ongoing", "Pupil and parent views recorded in the Standards and Quality Report.", "Green",
              ["Head Teacher", "Parent Council Chair"], None, "Ongoing", "green"),
         ]),
        ("2. Learning, teaching and assessment",
         "Teachers should ensure that learning is consistently well matched to the needs of all young people, including those who require additional support with their learning.",
         [
             ("2a", "Introduce a whole-school learning and teaching framework (‘The Lochgelly Lesson’) setting out shared expectations for differentiation, feedback and plenaries.",
              "DHT (Curriculum)", "October 2025", "Framework launched at in-service day; learning visits show consistent use in 80% of lessons.", "Amber",
              ["DHT (Curriculum)"], "2025-10", None, "amber"),
             ("2b", "Update Additional Support Needs profiles for all young people with a Child’s Plan and share strategies with class teachers through SEEMiS.",
              "PT Pupil Support; PT Support for Learning", "31/10/2025", "100% of profiles reviewed; staff survey shows teachers can access strategies.", "Green",
              ["PT Pupil Support", "PT Support for Learning"], "2025-10", None, "green"),
             ("2c", "Deliver a programme of collegiate sessions on planning for differentiation, with peer observation trios in every faculty.",
              "All PTCs", "Jan 2026 – Mar 2026", "Trios established in every faculty; evaluations show improved planning.", "Red",
              ["All PTCs"], "2026-03", "Jan 2026 – Mar 2026", "red"),
         ]),
        ("3. Raising attainment and attendance",
         "Senior leaders and staff should continue to raise attainment in the senior phase, particularly for young people living in SIMD quintile 1, and improve attendance.",
         [
             ("3a", "Introduce tracking and monitoring meetings every six weeks for S4–S6, with targeted mentoring for young people at risk of not achieving their predicted grades.",
              "DHT (Senior Phase)", "September 2025", "Tracking meetings held on schedule; mentoring in place for all identified young people.", "Complete",
              ["DHT (Senior Phase)"], "2025-09", None, "blue"),
             ("3b", "Use Pupil Equity Funding to appoint an Attendance and Family Engagement Officer to work with families where attendance is below 90%.",
              "Head Teacher", "By 31 August 2025", "Officer in post; attendance of targeted young people improves by 5 percentage points.", "Complete",
              ["Head Teacher"], "2025-08", None, "blue"),
             ("3c", "Report termly to the Parent Council on the attendance and attainment of young people living in SIMD quintile 1.",
              "DHT (Senior Phase) and Data Lead", "Termly", "Reports received at each Parent Council meeting.", "Green",
              ["DHT (Senior Phase)", "Data Lead"], None, "Termly", "green"),
         ]),
    ]

    expected = []
    for head, afi, rows in afis:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        p.add_run("Area for improvement identified by HM Inspectors").bold = True
        doc.add_paragraph(afi)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Measures of success", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, GREY)
        for ref, action, lead, ts, meas, rag, e_lead, e_end, e_text, e_status in rows:
            r = t.add_row().cells
            for c, v in zip(r, [ref, action, lead, ts, meas, rag]):
                set_cell(c, v)
            expected.append(act(ref, [head, afi], action, e_lead, e_end, e_status, e_text))
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off")
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, h, bold=True)
    for row, vals in zip(t.rows[1:], [("Head Teacher", "K. Duncan", "17/03/2025"),
                                      ("Education Manager (Secondary)", "L. Brown", "20/03/2025")]):
        for c, v in zip(row.cells, vals):
            set_cell(c, v)
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates the post-inspection action plan a Scottish secondary school and its local authority agree after an Education Scotland (HM Inspectors) inspection, as described by local authority support-for-inspection pages (e.g. https://blogs.glowscotland.org.uk/glowblogs/sbcimprovementframework/targeted-support/support-for-inspection/). Lochgelly High School (Fife Council), plan agreed March 2025 after a November 2024 inspection. Copied features: title line with subtitle, school/inspection details table, RAG key paragraph, one section per area for improvement with a numbered theme heading, a bold label and the inspectors' wording above a table of actions, measures of success column, sign-off table.",
        "reads": "A Word action plan with a details table and a RAG key, then three numbered themes; under each theme the HM Inspectors' area for improvement and a six-column table of actions (1a-3c) with lead posts, timescales, measures of success and a RAG word. A sign-off table closes the document.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ============================================================ 2. Rosevale docx
def rosevale():
    name = "qq-rosevale-lodge-nursing-home-rqia-inspection-quality-improvement-plan.docx"
    title = "Rosevale Lodge Nursing Home – Quality Improvement Plan"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Following RQIA unannounced care inspection on 14 May 2025 (Inspection ID: IN047218)")

    info = [
        ("Registered Provider", "Rosevale Care Ltd"),
        ("Responsible Individual", "Mr Declan Quinn"),
        ("Registered Manager", "Mrs Siobhan McKenna"),
        ("RQIA ID", "1429"),
        ("Categories of care", "NH-I, NH-DE, NH-PH"),
        ("QIP returned to RQIA", "11 June 2025"),
        ("Last updated", "29 September 2025"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for fill, label, meaning in [(GREEN, "Green", "Completed and embedded in practice"),
                                 (AMBER, "Amber", "In progress"),
                                 (RED, "Red", "Not yet commenced or overdue")]:
        r = key.add_row().cells
        set_cell(r[0], label)
        shade(r[0], fill)
        set_cell(r[1], meaning)

    sections = [
        ("Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005",
         [
             ("Area for improvement 1 (Regulation 13 (7)): The registered person shall ensure that the infection prevention and control issues identified during this inspection are managed to minimise the risk and spread of infection.",
              [
                  ("1.1", "Deep clean of the identified bathrooms completed and rusted shower chairs and commode frames replaced.",
                   "Registered Manager", "With immediate effect", GREEN, ["Registered Manager"], None, "With immediate effect", "blue"),
                  ("1.2", "Monthly IPC audits introduced, with findings reviewed at the home’s governance meeting and actions tracked to completion.",
                   "Deputy Manager / IPC Link Nurse", "30 June 2025", GREEN, ["Deputy Manager", "IPC Link Nurse"], "2025-06", None, "blue"),
              ]),
             ("Area for improvement 2 (Regulation 27 (4) (b)): The registered person shall ensure that fire doors are not propped open and that fire exits are kept clear at all times.",
              [
                  ("2.1", "Door-guard devices to be fitted to first-floor bedroom doors where residents prefer their doors to be left open.",
                   "Estates Manager", "31 July 2025", AMBER, ["Estates Manager"], "2025-07", None, "amber"),
                  ("2.2", "Fire safety checks added to the nurse in charge’s daily walk-round checklist; compliance audited weekly by the Registered Manager.",
                   "Nurse in charge & Registered Manager", "14 June 2025", GREEN, ["Nurse in charge", "Registered Manager"], "2025-06", None, "blue"),
              ]),
             ("Area for improvement 3 (Regulation 12 (1) (a) and (b)): The registered person shall ensure that wound care is delivered in accordance with the prescribed care plan and that wound assessments are recorded at each dressing change.",
              [
                  ("3.1", "All registered nurses to complete TVN-led wound care refresher training and a competency assessment.",
                   "Clinical Lead", "30 September 2025", RED, ["Clinical Lead"], "2025-09", None, "red"),
              ]),
         ]),
        ("Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)",
         [
             ("Area for improvement 1 (Standard 12): The registered person shall ensure that the dining experience is reviewed so that residents receive their meals in a timely manner and that menus are displayed in a suitable format.",
              [
                  ("1.1", "Pictorial menus introduced in both dining rooms and reviewed with residents at the quarterly residents’ meeting.",
                   "Catering Manager", "31 August 2025", AMBER, ["Catering Manager"], "2025-08", None, "amber"),
                  ("1.2", "Staggered mealtime sittings trialled on the dementia unit, with a mealtime audit completed each month.",
                   "Unit Manager (Dementia)", "Ongoing", AMBER, ["Unit Manager (Dementia)"], None, "Ongoing", "amber"),
              ]),
             ("Area for improvement 2 (Standard 39): The registered person shall ensure that all staff complete mandatory training within the required timescales.",
              [
                  ("2.1", "Training matrix reviewed; staff with outstanding mandatory training given protected time to complete it.",
                   "Home Administrator", "30/09/2025", GREEN, ["Home Administrator"], "2025-09", None, "blue"),
              ]),
         ]),
    ]

    expected = []
    for head, afis in sections:
        doc.add_paragraph("")
        doc.add_heading(head, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Actions taken / planned by the registered person",
                                          "Responsible person", "To be completed by", "RAG"]):
            set_cell(c, h, bold=True)
        for afi, rows in afis:
            r = t.add_row()
            m = r.cells[0].merge(r.cells[4])
            set_cell(m, afi, bold=True)
            shade(m, "DEEAF6")
            for ref, action, resp, due, fill, e_lead, e_end, e_text, e_status in rows:
                c = t.add_row().cells
                for cell, v in zip(c[:4], [ref, action, resp, due]):
                    set_cell(cell, v)
                shade(c[4], fill)
                expected.append(act(ref, [head, afi], action, e_lead, e_end, e_status, e_text))

    doc.add_paragraph("")
    doc.add_paragraph("Note: the areas for improvement made at the previous care inspection on 19 September 2024 were reviewed at this inspection and assessed as met.")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Completed by", "Position", "Date"]):
        set_cell(c, h, bold=True)
    for c, v in zip(t.rows[1].cells, ["S. McKenna", "Registered Manager", "29/09/2025"]):
        set_cell(c, v)
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates the quality improvement plan a Northern Ireland nursing home keeps after an RQIA unannounced care inspection (RQIA inspection reports such as https://vdocuments.mx/unannounced-care-inspection-report-3-november-2016-unannounced-care-inspection.html end with a QIP split into 'Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005' and '... the Care Standards for Nursing Homes'). Rosevale Lodge Nursing Home, inspection May 2025, updated September 2025. Copied features: title and inspection ID line, provider details table, RAG key table with fill colours (green defined as completed, no blue), one table per regulations/standards section with the areas for improvement as merged full-width rows above their actions, 'To be completed by' column, fill-only RAG cells, notes line and sign-off table.",
        "reads": "A Word QIP with a details table and a colour key in which green means completed and embedded. Two tables, one for regulations and one for standards, each with areas for improvement as shaded merged rows and numbered provider actions beneath, with responsible posts, completion dates and a RAG cell that is coloured but has no text.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ============================================================ xlsx helpers
def fill(hexfill):
    return PatternFill("solid", start_color=hexfill, end_color=hexfill)


RAGFILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


# ============================================================ 3. NHS Shetland xlsx
def shetland():
    name = "qq-nhs-shetland-strategic-delivery-plan-2025-26-progress-tracker.xlsx"
    title = "NHS Shetland Strategic Delivery Plan – Year 2 (2025/26) Progress Tracker"
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Quarter 2 report (July – September 2025) to the Finance, Performance and Resources Committee"
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    for i, row in enumerate([("Version", "Date", "Author", "Comment"),
                             ("0.1", "15/10/2025", "Planning and Performance Team", "Draft Q2 update from leads"),
                             ("1.0", "04/11/2025", "Head of Planning", "Approved by the Executive Management Team")], start=5):
        for j, v in enumerate(row, start=1):
            c = cover.cell(row=i, column=j, value=v)
            if i == 5:
                c.font = Font(bold=True)
    cover["A9"] = "RAG key"
    cover["A9"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete"), ("G", "On track"),
                                ("A", "At risk – mitigating actions in place"),
                                ("R", "Off track – escalation required")], start=10):
        c = cover.cell(row=i, column=1, value=k)
        c.fill = fill(RAGFILL[k])
        cover.cell(row=i, column=2, value=v)
    cover.column_dimensions["A"].width = 14
    cover.column_dimensions["B"].width = 30

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = "Year 2 deliverables – position at 30 September 2025"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Deliverable", "Lead Director", "Original due", "Revised due", "Q1 RAG", "Q2 RAG", "Q2 progress commentary"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = Alignment(wrap_text=True)
    widths = [8, 60, 30, 13, 13, 8, 8, 50]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w

    D = dt.datetime
    plan = [
        ("Goal 1: Providing excellent services", [
            ("1.1 Timely access to planned and unscheduled care", [
                ("1.1.1", "Implement the Gilbert Bain Hospital flow improvement programme, including a daily discharge huddle and criteria-led discharge on the medical and surgical wards.",
                 "Director of Nursing and Acute Services", D(2025, 12, 31), None, "G", "G",
                 "Discharge huddle in place since July; criteria-led discharge live on medical ward.",
                 ["Director of Nursing and Acute Services"], "2025-12", None, "green"),
                ("1.1.2", "Reduce the number of outpatients waiting over 52 weeks by expanding Near Me virtual clinics with NHS Grampian visiting specialties.",
                 "Chief Operating Officer / Medical Director", D(2025, 9, 30), D(2026, 3, 31), "A", "R",
                 "Visiting dermatology and orthopaedic capacity reduced by NHS Grampian; revised date agreed.",
                 ["Chief Operating Officer", "Medical Director"], "2026-03", None, "red"),
            ]),
            ("1.2 Primary and community care on the islands", [
                ("1.2.1", "Complete the review of out-of-hours primary care cover for the North Isles and agree a sustainable rota model with the Health and Social Care Partnership.",
                 "Chief Officer, Health and Social Care Partnership", "Q3 2025/26", None, "G", "A",
                 "Options appraisal drafted; GP engagement sessions delayed to November.",
                 ["Chief Officer, Health and Social Care Partnership"], "2025-12", None, "amber"),
                ("1.2.2", "Roll out the Pharmacy First Plus service to all community pharmacies in Shetland.",
                 "Director of Pharmacy", D(2025, 6, 30), None, "G", "B",
                 "All eight community pharmacies now providing Pharmacy First Plus.",
                 ["Director of Pharmacy"], "2025-06", None, "blue"),
            ]),
        ]),
        ("Goal 2: Creating the conditions for a sustainable organisation", [
            ("2.1 Workforce", [
                ("2.1.1", "Deliver the 2025/26 international recruitment campaign for registered nurses and midwives, including supported island accommodation.",
                 "Director of Human Resources & Support Services", D(2026, 3, 31), None, "G", "G",
                 "Twelve offers made; first cohort arrived September 2025.",
                 ["Director of Human Resources & Support Services"], "2026-03", None, "green"),
                ("2.1.2", "Reduce supplementary staffing spend by 10% against the 2024/25 outturn.",
                 "Director of Finance; Director of Nursing and Acute Services", D(2026, 3, 31), None, "A", "A",
                 "Spend reduced by 4% at month 6; locum medical cover remains the main pressure.",
                 ["Director of Finance", "Director of Nursing and Acute Services"], "2026-03", None, "amber"),
            ]),
            ("2.2 Financial sustainability", [
                ("2.2.1", "Deliver the 3% recurring savings target through the Sustainability and Value programme.",
                 "Director of Finance", D(2026, 3, 31), None, "A", "R",
                 "£0.9m of £2.1m identified on a recurring basis; recovery plan to December Board.",
                 ["Director of Finance"], "2026-03", None, "red"),
                ("2.2.2", "Complete the business case for replacement of the Gilbert Bain Hospital CT scanner and submit it to the Scottish Government Capital Investment Group.",
                 "Director of Finance", D(2025, 7, 31), D(2025, 10, 31), "A", "B",
                 "Business case submitted 24 October 2025.",
                 ["Director of Finance"], "2025-10", None, "blue"),
            ]),
        ]),
        ("Goal 3: Supporting the building blocks of healthy communities", [
            ("3.1 Prevention and early intervention", [
                ("3.1.1", "Work with Shetland Islands Council and Voluntary Action Shetland to deliver the Healthy Shetland weight management pathway for adults and children.",
                 "Director of Public Health", "Sept 2025 – March 2026", None, "G", "G",
                 "Tier 2 adult programme started in Lerwick and Brae.",
                 ["Director of Public Health"], "2026-03", "Sept 2025 – March 2026", "green"),
                ("3.1.2", "Increase uptake of flu and COVID-19 vaccination among eligible health and social care staff to 60%.",
                 "Director of Public Health", D(2025, 12, 31), None, "–", "G",
                 "New deliverable for 2025/26 winter programme; uptake 41% at 30 September.",
                 ["Director of Public Health"], "2025-12", None, "green"),
            ]),
        ]),
    ]

    expected = []
    r = 4
    for goal, objs in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=goal)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5597")
        r += 1
        for obj, rows in objs:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=obj)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            r += 1
            for (ref, text, lead, orig, rev, q1, q2, comm, e_lead, e_end, e_text, e_status) in rows:
                vals = [ref, text, lead, orig, rev, q1, q2, comm]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j, v in ((6, q1), (7, q2)):
                    if v in RAGFILL:
                        ws.cell(row=r, column=j).fill = fill(RAGFILL[v])
                expected.append(act(ref, [goal, obj], text, e_lead, e_end, e_status, e_text))
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: revised due dates were agreed by the Executive Management Team on 21 October 2025 and are shown in column E; the original date is retained for audit trail.")

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of Q2 RAG status by goal"
    summ["A1"].font = Font(bold=True)
    rows = [("Goal", "B", "G", "A", "R", "Total"),
            ("Goal 1", 1, 1, 1, 1, 4),
            ("Goal 2", 1, 1, 1, 1, 4),
            ("Goal 3", 0, 2, 0, 0, 2),
            ("Total", 2, 4, 2, 2, 10)]
    for i, row in enumerate(rows, start=3):
        for j, v in enumerate(row, start=1):
            summ.cell(row=i, column=j, value=v)
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates the quarterly progress tracker behind NHS Shetland's Strategic Delivery Plan 2024-2029 and its three goals (providing excellent services; creating the conditions for a sustainable organisation; supporting the building blocks of healthy communities), https://www.nhsshetland.scot/news/article/106/nhs-shetland-strategic-delivery-plan-community-brochure-published . Year 2 (2025/26) Q2 position. Copied features: cover sheet with document-control table and B/G/A/R key, a delivery sheet with merged goal rows and merged objective rows above numbered deliverables, lead director posts (one containing a comma, one with '&'), original and revised due dates, previous (Q1) and current (Q2) RAG letters with fills, notes line, and a summary sheet of totals.",
        "reads": "An Excel tracker whose first sheet is a cover with version control and a RAG key. The Delivery Plan sheet lists ten deliverables under three goals and their objectives, each with lead directors, an original and sometimes a revised due date, Q1 and Q2 RAG and commentary; the current status is the Q2 RAG. A Summary sheet gives counts only.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ============================================================ 4. ABUHB action log xlsx
def abuhb():
    name = "qq-aneurin-bevan-uhb-patient-quality-safety-outcomes-committee-action-log.xlsx"
    title = "Aneurin Bevan University Health Board – Patient Quality, Safety and Outcomes Committee Action Log"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws.merge_cells("A1:F1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:F2")
    ws["A2"] = "Updated following the meeting held on 8 October 2025"
    ws["A3"] = "Key:"
    ws["A3"].font = Font(bold=True)
    keyfill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}
    for j, (k, desc) in enumerate([("Complete", "Complete"), ("On track", "On track – not yet due"),
                                   ("At risk", "In progress – risk to delivery"), ("Overdue", "Overdue")], start=2):
        c = ws.cell(row=3, column=j, value=desc)
        c.fill = fill(keyfill[k])
    heads = ["Action Ref", "Action", "Lead", "Due Date", "Progress / Update", "Status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
    for col, w in zip("ABCDEF", [16, 70, 34, 14, 50, 12]):
        ws.column_dimensions[col].width = w

    D = dt.datetime
    log = [
        ("Meeting held on 10 June 2025", [
            ("PQSOC 2506/01", "Maternity and Neonatal Assurance Report – provide the Committee with a breakdown of the Perinatal Mortality Review Tool (PMRT) findings for 2024/25 by site.",
             "Director of Nursing", D(2025, 8, 6), "Included in the August report (item 4.2).", "Complete",
             ["Director of Nursing"], "2025-08", None, "blue"),
            ("PQSOC 2506/02", "Patient Safety Incident Framework – confirm the number of incidents open beyond 60 working days and the trajectory for closure.",
             "Assistant Director of Quality and Patient Safety", "06/08/2025", "Data validated; trajectory to be presented at the December meeting.", "Overdue",
             ["Assistant Director of Quality and Patient Safety"], "2025-08", None, "red"),
            ("PQSOC 2506/03", "Mental Health and Learning Disabilities Divisional Report – share the ligature risk reduction plan for Adferiad Ward with Independent Members.",
             "Director of Mental Health & Learning Disabilities", "October 2025", "Plan circulated to Independent Members on 2 October 2025.", "Complete",
             ["Director of Mental Health & Learning Disabilities"], "2025-10", None, "blue"),
        ]),
        ("Meeting held on 6 August 2025", [
            ("PQSOC 2508/01", "Falls Prevention Annual Report – benchmark inpatient falls with harm against other Welsh health boards and report back to the Committee.",
             "Nurse Consultant (Falls) / Head of Clinical Effectiveness", D(2025, 12, 10), "Benchmarking data requested through the All Wales falls network.", "On track",
             ["Nurse Consultant (Falls)", "Head of Clinical Effectiveness"], "2025-12", None, "green"),
            ("PQSOC 2508/02", "HIW inspection of the Grange University Hospital Emergency Department – provide an update on delivery of the improvement plan, including the ambulance handover actions.",
             "Chief Operating Officer", "February 2026", "Ambulance handover actions behind plan; full update scheduled for February.", "At risk",
             ["Chief Operating Officer"], "2026-02", None, "amber"),
            ("PQSOC 2508/03", "Clinical Audit Programme – circulate the list of Tier 2 audits not started at Quarter 1 to Committee members.",
             "RJ/ML", "30/09/2025", "Circulated by email 19 September 2025.", "Complete",
             ["RJ", "ML"], "2025-09", None, "blue"),
        ]),
        ("Meeting held on 8 October 2025", [
            ("PQSOC 2510/01", "Infection Prevention and Control Report – present a deep-dive on C. difficile cases at Nevill Hall Hospital.",
             "Director of Nursing", D(2025, 12, 10), "Scheduled on the December agenda.", "On track",
             ["Director of Nursing"], "2025-12", None, "green"),
            ("PQSOC 2510/02", "Putting Things Right – include Welsh language concerns as a separate category in future complaints reporting.",
             "Head of Patient Experience", "Ongoing", "Category added to Datix from November 2025.", "On track",
             ["Head of Patient Experience"], None, "Ongoing", "green"),
            ("PQSOC 2510/03", "Committee Risk Register – review the scoring of risk CRR045 (paediatric mental health assessment capacity) with the Executive Committee.",
             "Director of Corporate Governance", None, "To be taken to Executive Committee; date to be confirmed.", "On track",
             ["Director of Corporate Governance"], None, None, "green"),
        ]),
    ]
    expected = []
    r = 6
    for meeting, rows in log:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c = ws.cell(row=r, column=1, value=meeting)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        r += 1
        for ref, text, lead, due, prog, status, e_lead, e_end, e_text, e_status in rows:
            for j, v in enumerate([ref, text, lead, due, prog, status], start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = fill(keyfill[status])
            expected.append(act(ref, [meeting], text, e_lead, e_end, e_status, e_text))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Completed actions are removed from the log once the Committee has noted them.")

    notes = wb.create_sheet("Notes")
    notes["A1"] = "Action log guidance"
    notes["A2"] = "Leads provide updates to the Corporate Governance team five working days before each meeting."
    notes["A3"] = "Actions not due are shown as 'On track'; actions past their due date without completion are shown as 'Overdue'."
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates the action log/action sheet attached to Aneurin Bevan University Health Board committee agendas (e.g. the Quality and Patient Safety Committee papers at https://docslib.org/doc/565424/1-a-meeting-of-the-aneurin-bevan-university-health-board-quality-and-patient-safety-committee-will-be-held-on-thursday-5th-decem , item 'Action Sheet of the Committee'), for its Patient Quality, Safety and Outcomes Committee in autumn 2025. Copied features: title and 'updated following' line, colour key row, merged rows per meeting date, action refs built from the meeting date, subject prefix in the action text, job-title leads (one with '&', one with two posts, one with initials), due dates as dates and as words, progress column, status words with fill colours, notes line and a guidance sheet.",
        "reads": "An Excel committee action log with a key in which Complete is blue, On track green, At risk amber and Overdue red. Nine actions sit under three merged meeting rows, each with a ref, a lead, a due date (one blank, one 'Ongoing'), an update and a coloured status word. A second sheet holds guidance only.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ============================================================ 5. NWFRA xlsx (refuse)
def nwfra():
    name = "qq-north-wales-fire-rescue-authority-well-being-objectives-delivery-plan-2025-26-typo-month-refuse.xlsx"
    title = "North Wales Fire and Rescue Authority – Improvement and Well-being Objectives 2025/26: Annual Delivery Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan 2025-26"
    ws.merge_cells("A1:I1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Awdurdod Tân ac Achub Gogledd Cymru – Amcanion Gwella a Llesiant 2025/26: Cynllun Cyflawni Blynyddol"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    ws["A3"] = "Quarter 2 monitoring (April – September 2025) – Executive Panel, 17 November 2025"
    heads = ["Ref", "Action", "Lead department", "Responsible officer", "Start", "Target completion", "Q1", "Q2", "Q2 commentary"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
    for col, w in zip("ABCDEFGHI", [6, 62, 22, 30, 12, 16, 6, 6, 48]):
        ws.column_dimensions[col].width = w

    plan = [
        ("Objective 1 – Prevention: help people across North Wales to be safe and well in their homes", [
            ("1.1", "Deliver 18,000 Safe and Well visits, prioritising people referred by partner agencies and those aged over 65 who live alone.",
             "Prevention and Partnerships", "Head of Prevention", "April 2025", "March 2026", "G", "G", "9,460 visits completed at end of Q2."),
            ("1.2", "Pilot a falls-response partnership with the Welsh Ambulance Services University NHS Trust in Conwy and Denbighshire.",
             "Prevention and Partnerships", "Area Manager – Prevention", "June 2025", "December 2025", "A", "G", "Data-sharing agreement signed; pilot live from August."),
            ("1.3", "Refresh the arson reduction strategy with North Wales Police and the community safety partnerships.",
             "Prevention and Partnerships", "Head of Prevention / Arson Reduction Manager", "July 2025", "Febuary 2026", "G", "A", "Partner workshop moved to December."),
        ]),
        ("Objective 2 – Response: provide an effective and resilient emergency response", [
            ("2.1", "Complete implementation of the Emergency Cover Review, including changes to on-call availability at rural stations.",
             "Operations", "Head of Operations", "April 2025", "September 2025", "A", "A", "Two stations outstanding pending consultation outcome."),
            ("2.2", "Migrate the Joint Communications Centre at St Asaph to the new mobilising system.",
             "Control and ICT", "Head of Control", "May 2025", "January 2026", "G", "G", "User acceptance testing under way."),
        ]),
        ("Objective 3 – People: a safe, inclusive and well-supported workforce", [
            ("3.1", "Implement the Authority's Culture and Values Plan, including an independent confidential reporting line for all staff.",
             "People Services", "Head of People Services", "April 2025", "March 2026", "A", "A", "Reporting line procured; launch planned for November."),
            ("3.2", "Deliver leadership development training to all supervisory and middle managers.",
             "Training and Development", "Training Manager", "September 2025", "June 2026", "", "G", "First two cohorts started."),
        ]),
        ("Objective 4 – Environment: reduce the Service's carbon emissions", [
            ("4.1", "Install solar PV and battery storage at five fire stations as part of the decarbonisation plan.",
             "Finance and Resources", "Estates Manager", "April 2025", "March 2026", "G", "G", "Three installations complete."),
        ]),
    ]
    r = 6
    typo_row = None
    for obj, rows in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=obj)
        c.font = Font(bold=True)
        c.fill = fill("F2DCDB")
        r += 1
        for vals in rows:
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=(v if v != "" else None))
                c.alignment = Alignment(wrap_text=True, vertical="top")
            for j in (7, 8):
                v = vals[j - 1]
                if v in RAGFILL:
                    ws.cell(row=r, column=j).fill = fill(RAGFILL[v])
            if vals[5] == "Febuary 2026":
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: G – on target; A – some slippage, expected to complete within the year; R – will not be achieved in 2025/26.")
    wb.save(out(name))
    assert typo_row == 9, typo_row

    write_expected(name, {
        "source": "Imitates the annual delivery plan and quarterly monitoring of North Wales Fire and Rescue Authority's improvement and well-being objectives (see the Authority's Improvement and Well-being Plan reports, e.g. https://northwalesfire.gov.wales/fire-and-rescue-authority/2019-onwards-meetings-agendas-and-reports/2020/3/160320/final-draft-improvement-and-well-being-plan-202021). 2025/26, Q2 report to the Executive Panel. Copied features: English title with Welsh title line beneath, monitoring line, merged objective rows, numbered actions with lead department and responsible officer, start and target completion months written as words, Q1 and Q2 RAG letters with fills, commentary column, RAG notes line.",
        "reads": "An Excel delivery plan with four objectives as merged rows and eight numbered actions with lead departments, officers, start and target months and Q1/Q2 RAG. Action 1.3 (sheet row 9) has its target completion typed as 'Febuary 2026', a mistyped month, so a careful reader stops and asks before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })


# ============================================================ 6. Comhairle txt (TSV)
def comhairle():
    name = "qq-comhairle-nan-eilean-siar-corporate-risk-register-2025-26.txt"
    title = "Comhairle nan Eilean Siar Corporate Risk Register 2025/26"
    header = ["Risk", "Risk Owner", "Current Score (L x I)", "Target Score", "Trend", "Ref",
              "Further Action Required", "Action Owner", "Target Date", "RAG"]
    risks = [
        ("CR01 – Financial sustainability", "Chief Executive", "5 x 5 = 25", "3 x 4 = 12", "↔", [
            ("CR01.1", "Develop a balanced Medium Term Financial Strategy for 2026/27 to 2028/29, including a savings plan of £4.2m.",
             "Chief Officer – Resources", "Feb-26", "G", ["Chief Officer – Resources"], "2026-02", None, "green"),
            ("CR01.2", "Complete the review of the Comhairle's reserves policy and present it to the Policy and Resources Committee.",
             "Chief Financial Officer", "31/12/2025", "A", ["Chief Financial Officer"], "2025-12", None, "amber"),
            ("CR01.3", "Lobby the Scottish Government, with the other island authorities, for recognition of island cost premiums in the local government finance settlement.",
             "Chief Executive; Leader of the Comhairle", "Ongoing", "G", ["Chief Executive", "Leader of the Comhairle"], None, "Ongoing", "green"),
        ]),
        ("CR02 – Inter-island transport connectivity", "Chief Officer – Economic and Community Regeneration", "4 x 5 = 20", "3 x 4 = 12", "↑", [
            ("CR02.1", "Agree the Comhairle's inter-island vessel replacement programme with Transport Scotland.",
             "Head of Transportation & Infrastructure", "Mar-26", "A", ["Head of Transportation & Infrastructure"], "2026-03", None, "amber"),
            ("CR02.2", "Review the business continuity plan for loss of the Stornoway–Benbecula air service.",
             "Emergency Planning Officer", "30/11/2025", "R", ["Emergency Planning Officer"], "2025-11", None, "red"),
        ]),
        ("CR03 – Workforce recruitment and retention", "Chief Officer – HR and Performance", "4 x 4 = 16", "3 x 3 = 9", "↔", [
            ("CR03.1", "Launch the ‘Grow Your Own’ social care and teaching traineeship scheme with UHI Outer Hebrides.",
             "HR Manager", "Aug-25", "B", ["HR Manager"], "2025-08", None, "blue"),
            ("CR03.2", "Introduce a key worker housing allocation policy with Hebridean Housing Partnership.",
             "Head of Housing / Head of Economic Development", "Q4 2025/26", "A", ["Head of Housing", "Head of Economic Development"], "2026-03", None, "amber"),
        ]),
        ("CR04 – Cyber security", "Chief Officer – Assets and Infrastructure", "3 x 5 = 15", "2 x 5 = 10", "↓", [
            ("CR04.1", "Achieve Cyber Essentials Plus accreditation.",
             "ICT Manager", "31/03/2026", "G", ["ICT Manager"], "2026-03", None, "green"),
            ("CR04.2", "Deliver phishing awareness training to all staff with network access, with completion monitored by service.",
             "ICT Manager & HR Manager", "Dec-25", "G", ["ICT Manager", "HR Manager"], "2025-12", None, "green"),
        ]),
    ]
    lines = [
        title,
        "Quarter 2 review – position at 30 September 2025 – reported to the Audit and Scrutiny Committee, 26 November 2025",
        "",
        "\t".join(header),
    ]
    expected = []
    for risk, owner, cur, tgt, trend, acts in risks:
        for i, (ref, text, aowner, date, rag, e_lead, e_end, e_text, e_status) in enumerate(acts):
            if i == 0:
                row = [risk, owner, cur, tgt, trend]
            else:
                row = ["", "", "", "", ""]
            row += [ref, text, aowner, date, rag]
            lines.append("\t".join(row))
            expected.append(act(ref, [risk], text, e_lead, e_end, e_status, e_text))
    lines += [
        "",
        "Scoring: Likelihood (1–5) x Impact (1–5). Risks with a current score of 15 or above are reported to the Corporate Management Team monthly.",
        "RAG: B = action complete; G = on track; A = some slippage; R = significant delay or overdue.",
        "Trend: ↑ increasing, ↔ stable, ↓ decreasing.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Imitates a Scottish council corporate risk register export (layout as in council registers such as https://pdfslide.us/documents/the-moray-council-corporate-risk-appendix-council-corporate-plan-in-place-running.html : risk, owner, likelihood x impact scores, further actions, owner) for Comhairle nan Eilean Siar, Q2 2025/26 review. Copied features: title and reporting line, a tab-separated table where the risk and its scores are given once and its further actions continue on following lines with the risk columns blank, risk owner and action owner columns, target dates in several styles, B/G/A/R letters, scoring/RAG/trend notes at the foot.",
        "reads": "A tab-separated text export of four corporate risks, each with owner, current and target score and trend, and nine further actions (CR01.1-CR04.2) listed on continuation lines beneath the risk, each with an action owner, target date and RAG letter. The notes at the foot explain the scores and the RAG letters.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ============================================================ 7. NIBTS csv
def nibts():
    name = "qq-northern-ireland-blood-transfusion-service-internal-audit-recommendations-tracker.csv"
    title = "Northern Ireland Blood Transfusion Service – Audit Recommendations Tracker"
    header = ["Ref", "Priority", "Recommendation", "Management Response / Agreed Action", "Responsible Officer",
              "Original Target Date", "Revised Target Date", "Status", "RAG", "Progress Update"]
    sections = [
        ("BSO Internal Audit – Procurement and Contract Management 2024/25 (Limited assurance)", [
            ("IA24/03-1", "Priority 1",
             "Contracts that have expired or are due to expire within six months should be identified and procurement plans put in place to avoid direct award extensions.",
             "A contracts register will be maintained and reviewed monthly at the Senior Management Team; a forward procurement plan for 2025/26 will be agreed with BSO PaLS.",
             "Head of Finance and Procurement", "31/03/2025", "30/09/2025", "Implemented", "B",
             "Contracts register in place and reviewed monthly since May 2025.",
             ["Head of Finance and Procurement"], "2025-09", None, "blue"),
            ("IA24/03-2", "Priority 2",
             "Direct award contracts should be approved in line with the DAC procedure and reported to the Governance and Audit Committee.",
             "All DACs to be reported to each Governance and Audit Committee meeting from June 2025.",
             "Head of Finance and Procurement", "30/06/2025", "", "Implemented", "B",
             "DAC report now a standing item.",
             ["Head of Finance and Procurement"], "2025-06", None, "blue"),
        ]),
        ("BSO Internal Audit – Cold Chain and Blood Component Storage 2024/25 (Satisfactory assurance)", [
            ("IA24/07-1", "Priority 2",
             "Temperature alarm escalation logs should be completed and signed off for every out-of-hours alarm.",
             "Revise SOP QP:07 for out-of-hours temperature alarm response.\nIntroduce an electronic alarm log with weekly review by the Quality Manager.",
             "Quality Manager / Hospital Services Manager", "31/12/2025", "", "Partially implemented", "G",
             "SOP revised and approved; electronic log in test.",
             ["Quality Manager", "Hospital Services Manager"], "2025-12", None, "green"),
            ("IA24/07-2", "Priority 3",
             "The planned maintenance schedule for blood storage refrigerators should be reconciled to the asset register.",
             "Reconcile the planned preventative maintenance schedule to the asset register and correct any discrepancies.",
             "Estates Officer", "30/09/2025", "31/01/2026", "Not implemented", "A",
             "Delayed by contractor availability; revised date agreed with Internal Audit.",
             ["Estates Officer"], "2026-01", None, "amber"),
        ]),
        ("BSO Internal Audit – Information Governance and Cyber Security 2025/26 (Limited assurance)", [
            ("IA25/02-1", "Priority 1",
             "Privileged access to the blood establishment computer system should be reviewed quarterly and leavers removed promptly.",
             "Quarterly privileged access reviews to be introduced, with the HR leavers report issued to IT every week.",
             "Head of IT; Head of Human Resources", "31/10/2025", "", "Not implemented", "R",
             "First quarterly review not yet completed; escalated to Chief Executive.",
             ["Head of IT", "Head of Human Resources"], "2025-10", None, "red"),
            ("IA25/02-2", "Priority 2",
             "All staff should complete mandatory information governance training annually.",
             "Managers to receive monthly compliance reports, with a target of 95% compliance.",
             "Information Governance Manager", "31/03/2026", "", "Not yet due", "G",
             "Compliance 88% at 31 October 2025.",
             ["Information Governance Manager"], "2026-03", None, "green"),
        ]),
        ("NIAO – Report to Those Charged with Governance 2024/25", [
            ("NIAO 1", "Priority 2",
             "Journals posted by senior finance staff should be independently reviewed before posting.",
             "Journal authorisation workflow to be configured in the FPL system so that no user can approve their own journals.",
             "Head of Finance and Procurement", "31/12/2025", "", "Partially implemented", "G",
             "Workflow configured; testing with BSO Shared Services.",
             ["Head of Finance and Procurement"], "2025-12", None, "green"),
            ("NIAO 2", "Priority 3",
             "The fixed asset register should record the location of all equipment over £5,000.",
             "Asset verification exercise to be completed and locations updated on the register.",
             "Estates Officer and Finance Manager", "Q4 2025/26", "", "Not yet due", "G",
             "Verification scheduled for January 2026.",
             ["Estates Officer", "Finance Manager"], "2026-03", None, "green"),
        ]),
    ]
    n = len(header)
    rows = [[title] + [""] * (n - 1),
            ["Report to the Governance and Audit Committee, 20 November 2025 – position at 31 October 2025"] + [""] * (n - 1),
            [""] * n,
            header]
    expected = []
    for sec, recs in sections:
        rows.append([sec] + [""] * (n - 1))
        for (ref, pri, rec, action, ro, orig, rev, status, rag, upd, e_lead, e_end, e_text, e_status) in recs:
            rows.append([ref, pri, rec, action, ro, orig, rev, status, rag, upd])
            expected.append(act(ref, [sec, rec], action, e_lead, e_end, e_status, e_text))
    rows += [[""] * n,
             ["Priority 1 – control weakness that could have a significant impact; Priority 2 – could have a moderate impact; Priority 3 – minor impact."] + [""] * (n - 1),
             ["RAG: B = implemented; G = on track to be implemented by the target date; A = behind target, revised date agreed; R = overdue."] + [""] * (n - 1),
             ["Total recommendations: 8 – Implemented 2, Partially implemented 2, Not implemented 2, Not yet due 2"] + [""] * (n - 1)]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    write_expected(name, {
        "source": "Imitates the audit recommendations tracker an HSC arm's-length body in Northern Ireland takes to its Governance and Audit Committee, combining BSO Internal Audit reports (priority 1-3 findings, assurance levels) and the NIAO Report to Those Charged with Governance; body: Northern Ireland Blood Transfusion Service (annual reports e.g. https://vdocuments.net/northern-ireland-blood-transfusion-service-2018-11-5-northern-ireland-blood.html), position October 2025. Copied features: title and committee line, section rows per audit report with its assurance, recommendation beside the management response, original and revised target dates, status words plus a B/G/A/R column, a quoted multi-line action cell, priority and RAG notes and a totals line.",
        "reads": "A CSV tracker of eight audit recommendations grouped under four audit reports (three internal audit, one NIAO). Each row gives the recommendation, the agreed management action, responsible officer(s), original and revised target dates, a status and a RAG letter; the revised date, where given, is the end. Notes and a totals line follow.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    lochgelly()
    rosevale()
    shetland()
    abuhb()
    nwfra()
    comhairle()
    nibts()
    print("done")
