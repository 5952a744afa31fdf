"""Build the seven wy- blind test files (set heldout550).

Run with /work/main/.venv/bin/python wy_make.py  (python-docx, openpyxl).
Writes only files whose names start with "wy-" in this folder.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("wy-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; '\n' inside text becomes separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for para in cell.paragraphs:
            for r in para.runs:
                r.bold = True


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"


# ------------------------------------------------------- 1. Bangor Academy (docx, ETI)
def bangor():
    d = Document()
    d.add_paragraph(
        "Bangor Academy and Sixth Form College: Post-Inspection Action Plan", style="Title"
    )
    d.add_paragraph(
        "Response to the Education and Training Inspectorate (ETI) inspection report "
        "(inspection 4–7 March 2024)"
    )
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Prepared by", "Mrs H Gibson, Vice-Principal (Curriculum and Standards)"),
        ("Approved by Board of Governors", "18 June 2024"),
        ("Submitted to ETI", "21 June 2024"),
        ("This version", "Progress review, November 2024"),
    ]:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)
    d.add_paragraph("")
    d.add_paragraph(
        "The ETI report identified three areas for improvement. Each is set out below with the "
        "actions the school will take, the staff leading them, the success criteria and the "
        "timescale. Progress is rated at each review using the key at the end of this plan."
    )

    afis = [
        (
            "Area for Improvement 1: Improve the consistency of assessment for learning, including "
            "the quality of written and oral feedback, so that all pupils know how to improve their work.",
            [
                ("1.1",
                 "Review and relaunch the whole-school Assessment for Learning policy, agreeing a common "
                 "approach to feedback in all departments.",
                 "Vice-Principal (Curriculum and Standards)",
                 "Revised policy approved by governors; all departments using the agreed feedback codes.",
                 "June 2024", "Complete"),
                ("1.2",
                 "Deliver a programme of staff development on questioning and feedback, led by the "
                 "school’s Teaching and Learning Group.",
                 "Mr P Sloan / Ms A Burns",
                 "All teaching staff attend three sessions; lesson observations show more effective questioning.",
                 "Autumn term 2024", "Green"),
                ("1.3",
                 "Carry out book scrutiny and pupil voice exercises in each department and report the "
                 "findings to the Senior Leadership Team.",
                 "Heads of Department",
                 "Scrutiny reports show consistent, helpful feedback in at least 85% of books sampled.",
                 "Termly", "Amber"),
            ],
        ),
        (
            "Area for Improvement 2: Develop further the use of data at whole-school and department "
            "level to identify and address underachievement, particularly at Key Stage 3.",
            [
                ("2.1",
                 "Introduce a tracking system for Key Stage 3 pupils in English and mathematics, with "
                 "data reviewed after each assessment window.",
                 "Data Manager; Head of Key Stage 3",
                 "Tracking in place for Years 8–10; underachieving pupils identified after each window.",
                 "31/10/2024", "Complete"),
                ("2.2",
                 "Train middle leaders to analyse attainment data and set department targets for "
                 "identified groups of pupils.",
                 "Vice-Principal (Curriculum and Standards)",
                 "Every department improvement plan includes targets based on the data.",
                 "Spring term 2025", "Green"),
                ("2.3",
                 "Put in place a mentoring programme for Year 10 pupils identified as underachieving, "
                 "with sixth-form mentors trained by the pastoral team.",
                 "Mrs J Orr and Mr T Kane",
                 "At least 30 pupils mentored; improved attainment in the March assessments.",
                 "March 2025", "Amber"),
            ],
        ),
        (
            "Area for Improvement 3: Ensure that the school’s safeguarding and child protection "
            "arrangements reflect fully the guidance issued by the Department of Education.",
            [
                ("3.1",
                 "Update the Child Protection policy and the Positive Behaviour policy in line with DE "
                 "Circular 2020/07 and have them ratified by the Board of Governors.",
                 "Designated Teacher for Child Protection",
                 "Policies ratified and published on the school website.",
                 "April 2024", "Complete"),
                ("3.2",
                 "Provide refresher safeguarding training for:\n- all teaching and non-teaching staff\n"
                 "- members of the Board of Governors",
                 "Designated Teacher / Deputy Designated Teacher",
                 "Attendance register shows 100% of staff and governors trained.",
                 "Ongoing", "Red"),
            ],
        ),
    ]
    rag_fill = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for heading, rows in afis:
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells,
                        ["Ref", "Actions", "Lead(s)", "Success criteria", "Timescale",
                         "Progress (Nov 2024)"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for ref, act, lead, sc, when, rag in rows:
            c = t.add_row().cells
            for cell, v in zip(c, [ref, act, lead, sc, when, rag]):
                set_cell(cell, v)
            shade(c[5], rag_fill[rag])
        d.add_paragraph("")

    d.add_heading("Progress key", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Complete", "Action completed and impact evidenced"),
                 ("Green", "On track"),
                 ("Amber", "Some slippage – action in progress"),
                 ("Red", "Not on track")]:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        shade(c[0], rag_fill[k])
        set_cell(c[1], v)
    d.add_paragraph("")
    d.add_paragraph("Signed: ______________________  Principal")
    d.add_paragraph("Signed: ______________________  Chair, Board of Governors")
    d.save(out("wy-bangor-academy-sixth-form-college-eti-inspection-action-plan.docx"))


# ------------------------------------------------------- 2. Ty Bryn Surgery (docx, HIW)
def tybryn():
    d = Document()
    p = d.add_paragraph(
        "Ty Bryn Surgery – General Practice Inspection (Announced): Improvement plans",
        style="Title",
    )
    d.add_paragraph("Aneurin Bevan University Health Board")
    d.add_paragraph("Date of inspection: 14 November 2023")

    cols = ["Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale"]

    d.add_heading("Appendix B – Immediate improvement plan", level=1)
    d.add_paragraph("Service: Ty Bryn Surgery")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    r = t.add_row().cells
    m = r[0].merge(r[4])
    set_cell(m, "No immediate assurance issues were identified on this inspection.")
    d.add_paragraph("")

    d.add_heading("Appendix C – Improvement plan", level=1)
    d.add_paragraph("Service: Ty Bryn Surgery")
    d.add_paragraph("Date of inspection: 14 November 2023")
    d.add_paragraph(
        "The table below sets out the other improvements identified during the inspection and the "
        "actions the practice is taking to address them."
    )
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")

    def section(title):
        r = t.add_row().cells
        m = r[0].merge(r[4])
        set_cell(m, title, bold=True)
        shade(m, "DEEAF6")

    def row(imp, std, act, lead, when):
        r = t.add_row().cells
        for cell, v in zip(r, [imp, std, act, lead, when]):
            set_cell(cell, v)
        return len(t.rows) - 1

    section("Quality of the patient experience")
    row("The practice must ensure that information displayed in the waiting area, including how to "
        "raise a concern under Putting Things Right, is available bilingually.",
        "Person-centred",
        "Bilingual Putting Things Right posters and leaflets ordered from the health board and "
        "displayed in reception and the waiting area.",
        "Practice Manager", "31 January 2024")
    i1 = row("The practice should review its telephone system and appointment arrangements to improve "
             "patients’ ability to contact the practice in the morning.",
             "Timely",
             "Cloud-based telephony with call-back and queue position messages to be installed, "
             "supported by the health board’s primary care team.",
             "Practice Manager / Lead GP", "April 2024")
    i2 = row("", "",
             "Patient survey to be repeated six months after the new system goes live and the results "
             "shared with the Patient Participation Group.",
             "Practice Manager", "October 2024")
    for col in (0, 1):
        top = t.cell(i1, col)
        keep = top.text
        merged = top.merge(t.cell(i2, col))
        set_cell(merged, keep)

    section("Delivery of safe and effective care")
    row("The practice must ensure that emergency drugs and equipment are checked weekly and that a "
        "record of the checks is kept.",
        "Safe",
        "Weekly checklist introduced and allocated to the nursing team; the Practice Manager will "
        "audit the checklist monthly.",
        "Lead Practice Nurse", "30/11/2023")
    row("The practice must ensure that all clinical staff have completed safeguarding training at the "
        "level appropriate to their role.",
        "Safe",
        "Training matrix updated; outstanding Level 3 safeguarding training booked for two GPs and "
        "one advanced nurse practitioner.",
        "Dr S Morgan (Safeguarding Lead)", "31/03/2024")
    row("The practice should ensure that clinical waste bins are locked and stored securely at all "
        "times.",
        "Safe",
        "Lockable bins purchased and the external bin store secured; reminder issued to cleaning staff.",
        "Practice Manager", "December 2023")

    section("Quality of management and leadership")
    row("The practice must ensure that all staff receive an annual appraisal.",
        "Workforce",
        "Appraisal schedule for 2024 agreed, with all outstanding appraisals for administrative staff "
        "to be completed.",
        "Practice Manager / Reception Supervisor", "End of June 2024")
    row("The practice should hold and minute regular whole-practice meetings so that learning from "
        "significant events is shared with all staff.",
        "Learning, improvement and research",
        "Monthly practice meetings reinstated with a standing item on significant events; minutes "
        "circulated to all staff.",
        "Partners", "Ongoing")
    d.add_paragraph("")

    d.add_paragraph(
        "The following section must be completed by a representative of the service who has overall "
        "responsibility and accountability for ensuring the improvement plan is actioned."
    )
    d.add_paragraph("Service representative")
    t2 = d.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for k, v in [("Name (print):", "Catrin Jones"), ("Job role:", "Practice Manager"),
                 ("Date:", "19 January 2024")]:
        c = t2.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)
    d.save(out("wy-ty-bryn-surgery-hiw-gp-inspection-improvement-plan.docx"))


# ------------------------------------------------------- 3. Cwmtawe (xlsx, Estyn PIAP)
def cwmtawe():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    title = "Cwmtawe Community School – Post-Inspection Action Plan (PIAP)"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Estyn core inspection", "16–19 October 2023"),
        ("Report published", "December 2023"),
        ("PIAP approved by governing body", "24 January 2024"),
        ("Version", "3 – end of summer term 2024 review"),
        ("Headteacher", "Mr R Davies"),
        ("Chair of governors", "Cllr M Thomas"),
    ]
    for i, (k, v) in enumerate(rows, start=3):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 40

    ws = wb.create_sheet("PIAP")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Recommendations from the Estyn inspection, October 2023"
    ws.merge_cells("A2:J2")
    hdr = ["Estyn recommendation", "Ref", "Actions", "Lead person(s)", "Resources",
           "Success criteria", "Target date", "Spring 2024 RAG", "Summer 2024 RAG",
           "Progress / evidence"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.alignment = WRAP
        cell.border = BOX

    D = lambda y, m, d_: dt.datetime(y, m, d_)
    recs = [
        ("R1: Improve the quality of teaching and assessment so that it challenges all pupils, "
         "particularly the more able, to achieve as well as they can",
         [
             ("1.1", "Establish a teaching and learning working group to research and share effective "
              "strategies for stretch and challenge.",
              "Deputy Headteacher (Teaching & Learning)", "INSET day; TLR cover",
              "Strategies used in most lessons observed.", D(2024, 3, 31), GREEN, BLUE,
              "Group established January 2024; four bulletins published."),
             ("1.2", "Introduce a programme of lesson observations and learning walks focused on "
              "challenge, with feedback to individual teachers.",
              "SLT / Heads of Faculty", "SLT time",
              "Observations show increasing proportion of lessons with appropriate challenge.",
              "Summer term 2024", AMBER, GREEN, "Two rounds of learning walks completed."),
             ("1.3", "Refine the marking and feedback policy so that pupils respond to feedback and "
              "improve their work.",
              "Assistant Headteacher (Assessment)", "None",
              "Work scrutiny shows pupils acting on feedback.", "Autumn term 2024", AMBER, AMBER,
              "Draft policy consulted on with staff; pupil voice planned."),
         ]),
        ("R2: Strengthen the provision to develop pupils’ numeracy skills across the curriculum",
         [
             ("2.1", "Appoint a numeracy coordinator and audit opportunities for pupils to apply "
              "numeracy skills in subjects across the curriculum.",
              "Headteacher", "TLR 2b", "Coordinator in post; audit completed.", D(2024, 2, 29),
              BLUE, BLUE, "Coordinator appointed February 2024."),
             ("2.2", "Plan and deliver departmental training on teaching numeracy consistently, using "
              "the agreed school calculation methods.",
              "Numeracy Coordinator", "2 x twilight sessions",
              "All departments trained; consistent methods seen in books.", D(2024, 7, 19),
              GREEN, GREEN, "Training delivered to 6 of 8 faculties."),
             ("2.3", "Track the progress of Year 7 and 8 pupils in numeracy using the National "
              "Personalised Assessments and internal tests.",
              "Numeracy Coordinator; Data Manager", "Data Manager time",
              "Progress of identified pupils improves.", "Ongoing", GREEN, RED,
              "Data Manager post vacant since May 2024."),
         ]),
        ("R3: Improve attendance, particularly of pupils eligible for free school meals",
         [
             ("3.1", "Appoint an attendance officer and introduce a graduated response to absence, "
              "including early home visits.",
              "Assistant Headteacher (Wellbeing)", "Grant funding",
              "Attendance officer in post; response ladder in use.", D(2024, 4, 30), GREEN, BLUE,
              "In place since April 2024."),
             ("3.2", "Work with the local authority’s Education Welfare Service and family "
              "engagement officer to support families of persistently absent pupils.",
              "Assistant Headteacher (Wellbeing) & Family Engagement Officer", "EWO time",
              "Persistent absence of eFSM pupils reduces by 5 percentage points.",
              "Spring term 2025", AMBER, AMBER, "Attendance 88.9% (eFSM 83.1%)."),
         ]),
        ("R4: Develop the role of middle leaders in evaluating and improving the quality of "
         "provision in their areas",
         [
             ("4.1", "Provide a middle leadership development programme, using Partneriaeth’s "
              "professional learning offer, for all heads of faculty.",
              "Headteacher", "Partneriaeth programme",
              "All heads of faculty complete the programme.", D(2025, 7, 18), None, GREEN,
              "Five heads of faculty enrolled for 2024-25."),
             ("4.2", "Align faculty self-evaluation and improvement plans with the whole-school "
              "improvement plan and review them with line managers each term.",
              "Deputy Headteacher (Teaching & Learning)", "None",
              "Faculty plans show clear links to whole-school priorities.", "Termly", None, None,
              "To begin September 2024."),
         ]),
    ]
    r = 5
    for rec, acts in recs:
        first = r
        for ref, act, lead, res, sc, when, spring, summer, prog in acts:
            vals = [None, ref, act, lead, res, sc, when, None, None, prog]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            if isinstance(when, dt.datetime):
                ws.cell(r, 7).number_format = "dd/mm/yyyy" if when.month in (3, 4) else "mmm-yy"
            if spring:
                ws.cell(r, 8).fill = fill(spring)
            if summer:
                ws.cell(r, 9).fill = fill(summer)
            r += 1
        ws.cell(first, 1, rec).alignment = WRAP
        ws.cell(first, 1).font = Font(bold=True)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGHIJ", [34, 6, 50, 24, 18, 32, 14, 10, 10, 32]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("RAG key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    for i, (colour, name, meaning) in enumerate([
        (BLUE, "Blue", "Completed"),
        (GREEN, "Green", "On track"),
        (AMBER, "Amber", "Some progress – requires monitoring"),
        (RED, "Red", "Not on track"),
    ], start=3):
        ws.cell(i, 1, name).fill = fill(colour)
        ws.cell(i, 2, meaning)
    ws["A8"] = "No colour = not yet started / not rated at that review."
    wb.active = 1
    wb.save(out("wy-cwmtawe-community-school-estyn-post-inspection-action-plan.xlsx"))


# ------------------------------------------------------- 4. Abbeyfield (xlsx, Care Inspectorate)
def abbeyfield():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Abbeyfield House Care Home, Ballachulish – Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Following Care Inspectorate unannounced inspection 5–7 February 2024"
    ws.merge_cells("A2:G2")
    ws["A3"] = "Care service number: CS2003009871"
    ws["A4"] = ("Grades: Wellbeing 3 Adequate | Leadership 3 Adequate | Staffing 4 Good | "
                "Setting 3 Adequate | Care and support planning 2 Weak")
    ws.merge_cells("A4:G4")
    hdr = ["No.", "Action", "Person(s) responsible", "Date to be met", "Revised date",
           "Progress update (10/05/2024)", "RAG"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(6, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9D9D9")
        cell.border = BOX
        cell.alignment = WRAP

    D = lambda y, m, d_: dt.datetime(y, m, d_)
    ragfill = {"Complete": "9BC2E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    r = 7

    def band(text, colour):
        nonlocal r
        ws.cell(r, 1, text).font = Font(bold=True)
        ws.cell(r, 1).fill = fill(colour)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).alignment = WRAP
        r += 1

    def action(no, act, who, due, revised, prog, rag):
        nonlocal r
        for c, v in enumerate([no, act, who, due, revised, prog, rag], start=1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(r, 7).fill = fill(ragfill[rag])
        r += 1

    band("1. How well do we support people’s wellbeing?", "1F4E79")
    ws.cell(r - 1, 1).font = Font(bold=True, color="FFFFFF")
    band("Requirement 1: By 30 April 2024, the provider must ensure that people receive their "
         "medication as prescribed, including ‘as required’ medication, with clear protocols in "
         "place. This is to comply with Regulation 4(1)(a) of the Social Care and Social Work "
         "Improvement Scotland (Requirements for Care Services) Regulations 2011 (SSI 2011/210).",
         "DDEBF7")
    action("1a", "Write ‘as required’ (PRN) protocols for every resident prescribed PRN medication, "
                 "agreed with the GP practice.",
           "Home Manager / Community Pharmacist", D(2024, 4, 30), None,
           "Protocols in place for all residents.", "Complete")
    action("1b", "Carry out medication competency assessments for all senior carers and repeat them "
                 "annually.",
           "Depute Manager", D(2024, 4, 30), D(2024, 6, 30), "9 of 12 staff assessed.", "Amber")
    band("Area for improvement 1: To support people’s wellbeing, the provider should develop a "
         "programme of meaningful activities, both in the home and in the local community, based on "
         "people’s interests. This should take account of Health and Social Care Standard 1.25.",
         "DDEBF7")
    action("AFI1", "Appoint an activities coordinator for 20 hours per week and gather each "
                   "resident’s interests through ‘What matters to me’ conversations.",
           "Home Manager", "June 2024", None,
           "Post advertised twice; interim cover from care staff.", "Red")

    band("4. How good is our setting?", "1F4E79")
    ws.cell(r - 1, 1).font = Font(bold=True, color="FFFFFF")
    band("Area for improvement 2: The provider should ensure that the environment is well "
         "maintained, including the replacement of worn flooring in the upstairs corridor and "
         "bathrooms. This should take account of Health and Social Care Standard 5.22.",
         "DDEBF7")
    action("AFI2", "Obtain quotes and replace flooring in the upstairs corridor and two bathrooms.",
           "Board of Directors (Property Convener)", "September 2024", None,
           "Quote accepted; work booked for August.", "Green")

    band("5. How well is our care and support planned?", "1F4E79")
    ws.cell(r - 1, 1).font = Font(bold=True, color="FFFFFF")
    band("Requirement 2: By 31 March 2024, the provider must ensure that each person’s personal plan "
         "accurately reflects their current health and care needs and how these will be met. This is "
         "to comply with Regulation 5(2)(b) of the Social Care and Social Work Improvement Scotland "
         "(Requirements for Care Services) Regulations 2011 (SSI 2011/210).",
         "DDEBF7")
    action("2a", "Audit all 20 personal plans against the Care Inspectorate’s personal planning "
                 "guidance and record gaps on an action log.",
           "Home Manager", D(2024, 2, 29), None, "All plans audited 26/02/2024.", "Complete")
    action("2b", "Keyworkers to update personal plans with residents and families, including "
                 "anticipatory care plans.",
           "Keyworkers; Depute Manager", D(2024, 3, 31), D(2024, 5, 31),
           "15 of 20 plans updated; remainder delayed by staff absence.", "Amber")
    action("2c", "Introduce monthly personal plan reviews signed off by a senior carer.",
           "MacDonald, Eilidh", D(2024, 3, 31), None, "Review schedule in place from March.",
           "Green")
    r += 1
    ws.cell(r, 1, "Key: Complete = action completed and evidenced; Green = on track; Amber = behind "
                  "schedule but expected to be met; Red = at risk / not met")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for col, w in zip("ABCDEFG", [8, 60, 26, 14, 14, 36, 10]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Summary")
    ws["A1"] = "Summary of progress at 10/05/2024"
    ws["A1"].font = Font(bold=True)
    ws["A3"], ws["B3"] = "RAG status", "Number of actions"
    for i, (k, n) in enumerate([("Complete", 2), ("Green", 2), ("Amber", 2), ("Red", 1)], start=4):
        ws.cell(i, 1, k).fill = fill(ragfill[k])
        ws.cell(i, 2, n)
    ws["A8"], ws["B8"] = "Total", "=SUM(B4:B7)"
    ws["A8"].font = Font(bold=True)

    ws = wb.create_sheet("Version control")
    for i, row in enumerate([
        ("Version", "Date", "Author", "Changes"),
        ("1.0", "01/03/2024", "Home Manager", "Plan submitted to Care Inspectorate"),
        ("1.1", "10/05/2024", "Home Manager", "Progress update for Board of Directors"),
    ], start=1):
        for c, v in enumerate(row, start=1):
            ws.cell(i, c, v)
    wb.save(out("wy-abbeyfield-house-ballachulish-care-inspectorate-improvement-plan.xlsx"))


# ------------------------------------------------------- 5. Inverclyde IJB (xlsx, Audit Scotland AAR)
def inverclyde():
    wb = Workbook()
    ws = wb.active
    ws.title = "2024-25 Action Plan"
    ws["A1"] = ("Inverclyde Integration Joint Board – Annual Audit Report 2024/25 Action Plan: "
                "Progress Update")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit Committee – 23 March 2026"
    hdr = ["No.", "Audit area", "Issue / risk", "Recommendation", "Agreed management action",
           "Responsible officer", "Agreed date", "Revised date", "Progress update", "RAG"]

    def header(ws_, row, cols):
        for c, h in enumerate(cols, start=1):
            cell = ws_.cell(row, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("5B2C6F")
            cell.alignment = WRAP
            cell.border = BOX

    header(ws, 4, hdr)
    rag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rows = [
        (1, "Financial sustainability",
         "The IJB is forecasting a cumulative funding gap of £14.2 million over the next three years. "
         "Savings plans identified to date do not close the gap.",
         "The IJB should update its medium-term financial plan and identify recurring savings to "
         "address the projected funding gap.",
         "The medium-term financial plan will be refreshed and presented to the IJB alongside a "
         "savings programme with delivery milestones.",
         "Chief Finance Officer", "March 2026", None,
         "Draft plan presented to IJB development session January 2026.", "G"),
        (2, "Financial sustainability",
         "General reserves have fallen below the level set in the reserves policy.",
         "The IJB should review its reserves policy and set out how general reserves will be "
         "restored to the agreed level.",
         "Reserves policy to be reviewed, setting out the minimum level of general reserves and the "
         "criteria for using earmarked reserves.",
         "Chief Finance Officer", "December 2025", "June 2026",
         "Review delayed pending Scottish Government budget settlement.", "A"),
        (3, "Governance and transparency",
         "The IJB has not carried out a self-assessment of its governance arrangements since 2021.",
         "The IJB should review the effectiveness of its governance arrangements.",
         "Self-assessment of the IJB’s governance arrangements will be completed with members, using "
         "the CIPFA framework, and an action plan reported to the Audit Committee.",
         "Chief Officer / Head of Strategy and Support Services", "September 2025", None,
         "Completed; action plan reported to Audit Committee November 2025.", "B"),
        (4, "Governance and transparency",
         "Directions issued to partners do not always set out the outcomes expected or the budget "
         "allocated.",
         "Directions should be specific about the required outcomes, budget and timescale, in line "
         "with statutory guidance.",
         "The Directions policy will be revised so that all directions issued to Inverclyde Council "
         "and NHS Greater Glasgow and Clyde specify required outcomes, budgets and review dates.",
         "Head of Strategy and Support Services", "June 2025", "March 2026",
         "Revised policy drafted; to IJB March 2026.", "A"),
        (5, "Best Value",
         "Performance reports do not show trends over time or comparison with other IJBs.",
         "Performance reporting should include trend and benchmarking information so that members "
         "can assess progress against the Strategic Plan.",
         "Performance reports to the IJB will be expanded to include benchmarking data and trend "
         "analysis against the Strategic Plan outcomes.",
         "Planning and Performance Manager", "December 2025", None,
         "First enhanced report presented February 2026.", "B"),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row, start=1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(r, 10).fill = fill(rag[row[-1]])
        r += 1
    r += 1
    ws.cell(r, 1, "RAG: B = complete; G = on track; A = revised date agreed / some slippage; "
                  "R = not on track")
    for col, w in zip("ABCDEFGHIJ", [5, 18, 36, 36, 44, 24, 13, 13, 34, 6]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Prior year follow-up")
    ws["A1"] = "Follow-up of prior year (2023/24) recommendations"
    ws["A1"].font = Font(bold=True, size=12)
    hdr2 = ["Ref", "Audit area", "Recommendation (2023/24)", "Management action", "Owner",
            "Original date", "Revised date", "Auditor assessment 2024/25", "Update", "RAG"]
    header(ws, 3, hdr2)
    rows2 = [
        ("PY1", "Financial sustainability",
         "The IJB should update its Workforce Plan to reflect current recruitment and retention "
         "pressures.",
         "The IJB’s Workforce Plan will be updated to address recruitment pressures in care at home "
         "and mental health services.",
         "Head of Health and Community Care", "March 2025", "March 2026", "Work in progress",
         "Interim plan approved; full refresh due with the Strategic Plan.", "A"),
        ("PY2", "Governance and transparency",
         "Risk management arrangements should be strengthened, with regular scrutiny of strategic "
         "risks.",
         "Strategic risk register to be reviewed quarterly by the Audit Committee, with risk appetite "
         "statements agreed by the IJB.",
         "Chief Officer", "September 2024", None, "Implemented", "Quarterly reporting in place.",
         "B"),
        ("PY3", "Financial sustainability",
         "Progress in delivering approved savings should be reported to members regularly.",
         "Monthly monitoring of savings delivery will be included in revenue monitoring reports, "
         "with a RAG status for each saving.",
         "Chief Finance Officer; Finance Manager (IJB)", "June 2024", "December 2025",
         "Partially implemented", "Savings tracker reported to IJB; monthly reports not yet in place.",
         "R"),
    ]
    r = 4
    for row in rows2:
        for c, v in enumerate(row, start=1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(r, 10).fill = fill(rag[row[-1]])
        r += 1
    for col, w in zip("ABCDEFGHIJ", [6, 18, 40, 44, 24, 13, 13, 18, 34, 6]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Notes")
    ws["A1"] = "Notes"
    ws["A2"] = ("Recommendations are taken from the 2024/25 Annual Audit Report to the IJB and the "
                "Controller of Audit. Dates are those agreed with the external auditor.")
    ws["A3"] = "Revised dates require the approval of the Audit Committee."
    wb.save(out("wy-inverclyde-ijb-annual-audit-report-2024-25-action-plan.xlsx"))


# ------------------------------------------------------- 6. South Ayrshire IJB (csv, risk register, refuse)
def south_ayrshire():
    n = 11
    rows = [
        ["South Ayrshire Integration Joint Board – Strategic Risk Register 2025/26"] + [""] * (n - 1),
        ["Report generated 14/11/2025 for the Performance and Audit Committee"] + [""] * (n - 1),
        [""] * n,
        ["Risk Ref", "Risk Title", "Risk Owner", "Inherent Score", "Current Score", "Target Score",
         "Action Ref", "Mitigating Action", "Action Owner", "Due Date", "Action Status"],
        ["SR01", "Financial sustainability", "Chief Finance Officer", "25", "20", "12", "SR01.1",
         "Deliver the 2025/26 savings programme and report progress to each IJB meeting.",
         "Chief Finance Officer", "March 2026", "Amber"],
        ["", "", "", "", "", "", "SR01.2",
         "Agree a recovery plan with South Ayrshire Council and NHS Ayrshire & Arran if the forecast "
         "overspend exceeds 2% of budget.",
         "Chief Officer", "December 2025", "Green"],
        ["SR02", "Workforce capacity", "Chief Officer", "20", "16", "9", "SR02.1",
         "Implement the refreshed Integrated Workforce Plan 2025-28, focusing on care at home "
         "recruitment.",
         "Head of Community Health and Care Services", "June 2026", "Green"],
        ["", "", "", "", "", "", "SR02.2",
         "Extend the international recruitment programme for registered nurses in care homes.",
         "Head of Community Health and Care Services", "Febuary 2026", "Amber"],
        ["SR03", "Delayed discharge", "Director of Health and Social Care", "20", "16", "8", "SR03.1",
         "Expand the Discharge to Assess model to University Hospital Ayr and University Hospital "
         "Crosshouse.",
         "Head of Community Health and Care Services", "January 2026", "Red"],
        ["", "", "", "", "", "", "SR03.2",
         "Commission 12 additional interim care beds for people awaiting a care home place.",
         "Head of Strategic Planning and Commissioning", "March 2026", "Amber"],
        ["SR04", "Information governance", "Chief Officer", "15", "10", "6", "SR04.1",
         "Complete the data protection impact assessment for the new care at home scheduling system.",
         "Information Governance Lead", "October 2025", "Complete"],
        ["SR05", "Sustainability of commissioned services", "Head of Strategic Planning and "
         "Commissioning", "16", "12", "8", "SR05.1",
         "Hold quarterly provider forums and review the cost of care with care home and care at home "
         "providers.",
         "Head of Strategic Planning and Commissioning", "Ongoing", "Green"],
        [""] * n,
        ["Total actions: 8"] + [""] * (n - 1),
    ]
    with open(out("wy-south-ayrshire-ijb-strategic-risk-register-2025-26-typo-month-refuse.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# ------------------------------------------------------- 7. Beechvale (txt, RQIA QIP)
def beechvale():
    rule = "=" * 72
    lines = [
        "BEECHVALE NURSING HOME – QUALITY IMPROVEMENT PLAN (PROVIDER ACTION PLAN)",
        "RQIA unannounced care inspection: 9 and 10 January 2025 (Inspection ID: IN046138)",
        "Registered Manager: Mrs Gillian Magee      Responsible Individual: Mr Stephen Boyd",
        "Version 2 – updated 11 April 2025",
        "",
        "Status key: C = completed   G = on track   A = behind plan   R = not on track / at risk",
        "",
        rule,
        "SECTION 1: The Nursing Homes Regulations (Northern Ireland) 2005",
        rule,
        "",
        "Area for improvement 1",
        "Ref: Regulation 13 (7)          Stated: Second time",
        "The registered person shall ensure that the infection prevention and control issues "
        "identified during the inspection are managed to minimise the risk and spread of infection.",
        "",
        "  1.1  Carry out a full environmental IPC audit of all bedrooms and communal areas and record "
        "the findings on the home’s audit tool.",
        "       Lead: Registered Manager",
        "       Complete by: 31/01/2025",
        "       Status: C",
        "",
        "  1.2  Replace the damaged bed rail covers and the worn seating identified in the first floor "
        "lounge.",
        "       Lead: Home Administrator / Maintenance Person",
        "       Complete by: 28/02/2025",
        "       Status: C",
        "",
        "  1.3  Deliver IPC refresher training, including hand hygiene and the correct use of PPE, to all "
        "care and domestic staff.",
        "       Lead: Deputy Manager",
        "       Complete by: March 2025",
        "       Status: G",
        "",
        "Area for improvement 2",
        "Ref: Regulation 27 (4) (b)      Stated: First time",
        "The registered person shall ensure that fire doors are not wedged or propped open and that "
        "fire exits are kept clear at all times.",
        "",
        "  2.1  Remove all wedges and fit automatic door closers linked to the fire alarm to the doors "
        "residents prefer to keep open.",
        "       Lead: Registered Manager",
        "       Complete by: 14/02/2025",
        "       Status: C",
        "",
        "  2.2  Add fire door and fire exit checks to the daily walkabout completed by the nurse in "
        "charge.",
        "       Lead: Nurse in Charge",
        "       Complete by: Ongoing",
        "       Status: G",
        "",
        rule,
        "SECTION 2: Care Standards for Nursing Homes (December 2022)",
        rule,
        "",
        "Area for improvement 3",
        "Ref: Standard 4                 Stated: First time",
        "The registered person shall ensure that care records for residents at risk of pressure damage "
        "include a care plan that reflects the recommendations of the tissue viability nurse and that "
        "repositioning charts are completed contemporaneously.",
        "",
        "  3.1  Review and update the care plans of all residents assessed as at risk of pressure damage "
        "to include the tissue viability nurse’s recommendations.",
        "       Lead: Clinical Lead Nurse",
        "       Complete by: April 2025",
        "       Status: A",
        "",
        "  3.2  Audit a sample of repositioning charts each month and address any gaps with the staff "
        "concerned through supervision.",
        "       Lead: Registered Manager / Deputy Manager",
        "       Complete by: Monthly",
        "       Status: G",
        "",
        "Area for improvement 4",
        "Ref: Standard 12                Stated: First time",
        "The registered person shall ensure that the dining experience is reviewed so that menus are "
        "displayed in a suitable format and residents are offered a choice at each meal.",
        "",
        "  4.1  Produce pictorial menus for each dining room and record residents’ meal choices daily.",
        "       Lead: Catering Manager; Activity Therapist",
        "       Complete by: 30 April 2025",
        "       Status: R",
        "",
        "Note: actions rated C have been verified by the Responsible Individual during the monthly "
        "monitoring visits (Regulation 29).",
    ]
    with open(out("wy-beechvale-nursing-home-rqia-care-inspection-quality-improvement-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    bangor()
    tybryn()
    cwmtawe()
    abbeyfield()
    inverclyde()
    south_ayrshire()
    beechvale()
    print("built 7 files in", HERE)
