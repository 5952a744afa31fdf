"""Generator for the c1- cases of heldout37 (blind corpus).

Makes seven children's services plan documents in this folder, laid out as the councils and
partnerships that publish such plans lay them out. The readings were written into the
.expected.yaml files beside them before this script was first run; this script only writes the
cells, lines and paragraphs.
Run with /work/main/.venv/bin/python c1_make.py
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEX = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "ltgreen": "92D050",
    "blue": "00B0F0",
    "navy": "1F3864",
    "purple": "4B2473",
    "teal": "1B5E62",
    "grey": "D9D9D9",
    "pale": "DDEBF7",
    "lilac": "E4DFEC",
}


def fill(name):
    return PatternFill("solid", fgColor=HEX[name])


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths):
        ws.column_dimensions[chr(65 + i)].width = w


def header(ws, row, names, colour):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = WRAP
        c.border = BOX


def boxed(ws, row, ncols):
    for col in range(1, ncols + 1):
        c = ws.cell(row=row, column=col)
        c.border = BOX
        c.alignment = WRAP


def merged_title(ws, row, text, ncols, size=12, bold=True):
    ws.cell(row=row, column=1, value=text).font = Font(bold=bold, size=size)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


# --------------------------------------------------------------------------------------------
# 1. Thurrock – ILACS development plan (xlsx)
# --------------------------------------------------------------------------------------------
def thurrock():
    wb = Workbook()
    ws = wb.active
    ws.title = "Development Plan"
    n = 8
    merged_title(ws, 1, "Thurrock Children's Services – ILACS Development Plan 2020/21", n, 14)
    merged_title(ws, 2, "Response to the Ofsted inspection of local authority children's services, "
                 "4–22 November 2019 (overall effectiveness: Good) – areas for improvement", n, 11)
    merged_title(ws, 3, "Last updated: 28/09/2020     Plan owner: Assistant Director, Children's "
                 "Social Care and Early Help", n, 10, bold=False)
    header(ws, 5, ["Ref", "Ofsted area for improvement", "Action", "Lead", "Target date",
                   "Revised date", "Progress update – September 2020", "RAG"], "purple")

    afi1 = ("The quality of written plans for children in need and children subject to a child "
            "protection plan, so that they are specific about what needs to change and by when.")
    afi2 = ("The timeliness of initial health assessments for children when they first come into "
            "care.")
    afi3 = ("The quality of pathway plans for care leavers, so that they are written with young "
            "people and include clear contingency arrangements.")
    # ref, action, lead, target, revised, progress, rag text, rag fill
    groups = [
        (afi1, [
            ("1.1", "Revise the child in need and child protection plan templates in LCS so that "
             "each plan sets out what needs to change, who will do what, and by when.",
             "JB", D(2020, 5, 31), D(2020, 9, 30),
             "New templates went live on 14 September 2020 after testing with the CP chairs. "
             "Practice guidance issued to all teams.", "Complete", "blue"),
            ("1.2", "Deliver SMART planning workshops to all social workers and team managers in "
             "the Assessment, CIN and CP teams.",
             "JB / KR", D(2020, 7, 31), D(2020, 12, 31),
             "Four of eight workshops held before lockdown. Remaining sessions rescheduled to run "
             "on Teams in October and November.", "A", "amber"),
            ("1.3", "Child protection chairs to raise a practice alert where a plan presented to "
             "conference or review is not specific, and track each alert to resolution.",
             "DH", "Ongoing", None,
             "Practice alert process relaunched in June 2020; 23 alerts raised in Q2, 19 resolved "
             "within 10 working days.", "G", "green"),
            ("1.4", "Quarterly thematic audit of a sample of 20 CIN and CP plans, with findings "
             "reported to the Quality Assurance Board.",
             "KR", D(2021, 3, 31), None,
             "Q1 audit completed in July: 55% of plans graded good or better (Q4 2019/20: 41%). "
             "Q2 audit under way.", "G", "green"),
        ]),
        (afi2, [
            ("2.1", "Agree a revised notification pathway with the CCG and the Looked After "
             "Children health team so that every IHA request is sent within 2 working days of a "
             "child becoming looked after.",
             "PW / Designated Nurse for LAC", D(2020, 6, 30), None,
             "Pathway agreed at the Corporate Parenting health subgroup on 22 June 2020 and in "
             "use since 1 July.", "Complete", "blue"),
            ("2.2", "Track IHA timeliness weekly at the Placements and Permanence performance "
             "meeting and escalate any request not booked within 10 working days.",
             "PW", "Weekly", None,
             "Weekly tracker in place. 78% of IHAs completed within 20 working days in Q2 "
             "(Q3 2019/20: 52%).", "G", "green"),
            ("2.3", "Reduce the backlog of out-of-area IHAs by agreeing reciprocal arrangements "
             "with host CCGs for children placed outside Thurrock.",
             "Designated Nurse for LAC", D(2020, 10, 31), D(2021, 1, 31),
             "Host areas have reduced capacity because of Covid-19; 11 out-of-area IHAs "
             "outstanding. Escalated to the CCG Director of Nursing.", "R", "red"),
        ]),
        (afi3, [
            ("3.1", "Co-produce a new pathway plan format with the Children in Care Council and "
             "the care leavers' forum.",
             "LG", D(2020, 11, 30), None,
             "Two design sessions held with young people over the summer. Draft format to be "
             "tested by the 18+ team in October.", "G", "green"),
            ("3.2", "Every pathway plan to include a contingency plan covering accommodation, "
             "finances and emotional wellbeing; compliance audited each quarter.",
             "LG, KR", D(2021, 3, 31), None,
             "Compliance 68% at the Q1 audit. Team manager sign-off now requires the contingency "
             "section to be completed.", "A", "amber"),
            ("3.3", "Personal advisers to complete training on relationship-based practice and "
             "writing plans with young people.",
             "LG", D(2021, 2, 28), None,
             "Training commissioned; first cohort starts in January 2021.", None, None),
        ]),
    ]
    row = 6
    for gi, (afi, acts) in enumerate(groups):
        first = row
        for ref, action, lead, target, revised, progress, rag, colour in acts:
            vals = [ref, afi if row == first else None, action, lead, target, revised, progress,
                    rag]
            for col, v in enumerate(vals, 1):
                ws.cell(row=row, column=col, value=v)
            boxed(ws, row, n)
            if isinstance(target, dt.datetime):
                ws.cell(row=row, column=5).number_format = "mmm-yy"
            if isinstance(revised, dt.datetime):
                ws.cell(row=row, column=6).number_format = "dd/mm/yyyy"
            if colour:
                ws.cell(row=row, column=8).fill = fill(colour)
                ws.cell(row=row, column=8).font = Font(bold=True)
            row += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
        if gi < len(groups) - 1:
            row += 1  # blank row between areas for improvement
    row += 1
    ws.cell(row=row, column=1, value="RAG key").font = Font(bold=True)
    keys = [("Complete", "Action completed and evidenced", "blue"),
            ("G", "On track to complete by the target date", "green"),
            ("A", "Some slippage – recovery plan in place", "amber"),
            ("R", "Off track / will not be achieved by the target date", "red")]
    for word, meaning, colour in keys:
        row += 1
        ws.cell(row=row, column=1, value=word).fill = fill(colour)
        ws.cell(row=row, column=2, value=meaning)
    row += 2
    ws.cell(row=row, column=1, value="Lead officers").font = Font(bold=True)
    for text in ["JB – Strategic Lead, Assessment, CIN and CP",
                 "KR – Principal Social Worker / Head of Quality Assurance",
                 "DH – Service Manager, Child Protection Conferences and IROs",
                 "PW – Strategic Lead, Placements and Permanence",
                 "LG – Service Manager, Aftercare (18+)"]:
        row += 1
        ws.cell(row=row, column=1, value=text)
    widths(ws, [7, 34, 48, 16, 11, 12, 46, 10])
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "c1-thurrock-ilacs-development-plan.xlsx"))


# --------------------------------------------------------------------------------------------
# Word helpers
# --------------------------------------------------------------------------------------------
def shade(cell, hex_colour):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tc_pr.append(shd)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def head_row(table, names, colour):
    for i, name in enumerate(names):
        c = table.rows[0].cells[i]
        cell_text(c, name, bold=True)
        shade(c, colour)


# --------------------------------------------------------------------------------------------
# 2. St Helens – focused visit action plan (docx)
# --------------------------------------------------------------------------------------------
def st_helens():
    doc = Document()
    landscape(doc)
    doc.add_heading("St Helens Council – Ofsted Focused Visit (July 2018): Children's Social "
                    "Care Action Plan", level=1)
    p = doc.add_paragraph()
    p.add_run("Focused visit 11 and 12 July 2018: children in need and children subject to a "
              "child protection plan").italic = True
    doc.add_paragraph(
        "Ofsted's letter following the focused visit identified areas of significant weakness "
        "and three areas for priority action requiring swift and decisive action, together with "
        "further areas for improvement. This action plan sets out how the council and its "
        "partners will respond. It was submitted to Ofsted in draft within 20 working days of the "
        "letter and is monitored fortnightly by the Children's Improvement Board, which is "
        "independently chaired and includes health, police and education partners.")
    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    head_row(dc, ["Version", "Date", "Author", "Comments"], "D9D9D9")
    for v in [("0.3", "05/09/2018", "Improvement Programme Manager",
               "Draft submitted to Ofsted"),
              ("1.0", "03/12/2018", "Improvement Programme Manager",
               "Final plan submitted to Ofsted"),
              ("1.1", "14/01/2019", "Improvement Programme Manager",
               "Progress update for the Children's Improvement Board")]:
        cells = dc.add_row().cells
        for i, t in enumerate(v):
            cell_text(cells[i], t)

    sections = [
        ("Priority action 1: Senior leaders must ensure that managers provide effective oversight "
         "and supervision of social work practice, so that children's plans progress without "
         "drift and delay.", [
             ("1.1", "Introduce a supervision audit tool and audit 10% of supervision records each "
              "month, with findings reported to the Children's Improvement Board.",
              "Principal Social Worker", "Monthly",
              "Tool agreed in September. October and November audits completed: 61% of records "
              "show reflective discussion and clear actions.", "Green"),
             ("1.2", "Review all open child in need and child protection cases held by the "
              "Assessment and Safeguarding teams to identify drift and delay, and agree a plan for "
              "each child.",
              "Head of Service – Safeguarding / Service Manager (Assessment)", "31/10/2018",
              "412 cases reviewed; 37 children stepped up to child protection and 58 cases "
              "closed or stepped down to early help.", "Completed"),
             ("1.3", "Appoint an interim senior assistant director with social work expertise to "
              "strengthen the senior leadership team.",
              "Strategic Director, People's Services", "Immediate",
              "Interim senior assistant director in post from September 2018.", "Completed"),
             ("1.4", "Team managers to record a management decision and rationale on every case at "
              "each key stage of the child's journey (contact, strategy discussion, assessment, "
              "conference).",
              "Service Manager (CIN/CP)", "End of November 2018",
              "Case note template changed in Protocol. Dip sample in December found decisions "
              "recorded on 70% of cases.", "Amber"),
         ]),
        ("Priority action 2: Improve the quality of assessments and child protection plans, so "
         "that risks to children are identified and analysed and plans clearly set out what needs "
         "to change.", [
             ("2.1", "Introduce a revised single assessment template with a mandatory analysis of "
              "risk and protective factors, and train all social workers in its use.",
              "Principal Social Worker", "Sept 2018 – Dec 2018",
              "Template live from 1 October. Six of eight training sessions delivered; the last "
              "two are booked for December.", "Green"),
             ("2.2", "Commission an external review of 50 child protection plans by a partner "
              "local authority and act on its findings.",
              "Assistant Director, Children's Social Care", "30/11/2018",
              "Review completed by a neighbouring authority in November. Findings built into the "
              "workforce development plan.", "Completed"),
             ("2.3", "Child protection conference chairs to quality assure each plan at review and "
              "escalate plans that are not SMART through the dispute resolution process.",
              "Head of Safeguarding and Quality Assurance", "January 2019",
              "Quality assurance form in use; escalations are not yet being recorded "
              "consistently.", "Amber"),
         ]),
        ("Priority action 3: Ensure a timely and effective response to children living with "
         "neglect, including use of the pre-proceedings stage of the Public Law Outline where "
         "children's circumstances do not improve.", [
             ("3.1", "Establish a weekly legal gateway panel to review every child who has been on "
              "a child protection plan for neglect for more than nine months.",
              "Head of Service – Safeguarding / Legal Services Manager", "w/c 10/09/18",
              "Panel meeting weekly since 11 September 2018; 29 children considered and 12 "
              "families in pre-proceedings.", "Completed"),
             ("3.2", "Roll out the Graded Care Profile 2 neglect tool across children's social care "
              "and early help, with multi-agency training through the St Helens Safeguarding "
              "Children Board.",
              "Safeguarding Children Board Business Manager", "March 2019",
              "NSPCC licence obtained. 40 practitioners trained so far; health and school "
              "sessions planned for the spring.", "Amber"),
             ("3.3", "Track the timeliness of pre-proceedings and care proceedings each month and "
              "report it to the Children's Improvement Board.",
              "Performance and Intelligence Manager", "December 2018",
              "Tracker not yet in place: legal and case management data do not yet match.",
              "Red"),
         ]),
        ("Area for improvement: Social workers' caseloads in the assessment teams are too high, "
         "which limits the time they can spend with children.", [
             ("4.1", "Appoint six additional agency social workers to the assessment teams, funded "
              "from reserves, to bring average caseloads below 20.",
              "Assistant Director, Children's Social Care", "October 2018",
              "Cabinet approved use of reserves in September. All six posts filled; average "
              "caseload 18.", "Completed"),
             ("4.2", "Develop a recruitment and retention strategy for permanent social workers, "
              "including a market supplement and an ASYE academy.",
              "Head of HR / Principal Social Worker", "February 2019",
              "Draft strategy to go to the Improvement Board in January 2019.", "Green"),
         ]),
    ]
    cols = ["No.", "Action", "Responsible officer", "Timescale",
            "Progress / evidence of impact", "RAG"]
    for heading, rows in sections:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run(heading)
        r.bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        head_row(t, cols, "BDD7EE")
        for v in rows:
            cells = t.add_row().cells
            for i, text in enumerate(v):
                cell_text(cells[i], text)
        for row in t.rows:
            for i, w in enumerate([Cm(1.2), Cm(8.0), Cm(4.5), Cm(3.0), Cm(7.5), Cm(2.0)]):
                row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Completed – action complete and impact evidenced; Green – on "
                      "track; Amber – at risk of slippage; Red – not on track, escalated to the "
                      "Children's Improvement Board.")
    doc.save(os.path.join(HERE, "c1-st-helens-focused-visit-action-plan.docx"))


# --------------------------------------------------------------------------------------------
# 3. Bracknell Forest – SEND priority action plan tracker (xlsx)
# --------------------------------------------------------------------------------------------
def bracknell():
    wb = Workbook()
    ws = wb.active
    ws.title = "PAP tracker"
    n = 7
    merged_title(ws, 1, "Bracknell Forest Local Area Partnership – SEND Priority Action Plan", n,
                 14)
    merged_title(ws, 2, "Ofsted and CQC area SEND inspection, February 2025 (report published "
                 "1 April 2025) – actions against the areas for priority action", n, 11)
    merged_title(ws, 3, "Progress position at: 30/09/2025     Reported to: SEND Improvement and "
                 "Assurance Board", n, 10, bold=False)
    header(ws, 5, ["Ref", "Action", "Success measure", "Lead", "Due date", "Progress update",
                   "RAG"], "teal")

    apa = [
        ("Area for priority action 1: Leaders across the partnership should urgently establish "
         "shared governance and a clear process for identifying the needs of children and young "
         "people with SEND, so that the SEND system is effectively overseen and monitored.", [
             ("1.1", "Establish the SEND Improvement and Assurance Board with an independent "
              "chair, meeting monthly, with members from education, health, social care and "
              "Bracknell Parent Carer Forum.",
              "Board meets monthly with full partner attendance; actions tracked at every meeting.",
              "BFC / Frimley ICB", D(2025, 5, 31),
              "Board established; first meeting held 14 May 2025. Terms of reference agreed.",
              "blue"),
             ("1.2", "Produce a joint SEND needs analysis summarising how many children and young "
              "people have SEND in the borough and forecasting future demand.",
              "Needs analysis agreed by the Board and used to plan sufficiency.",
              "BFC (Performance & Intelligence)", D(2025, 7, 31),
              "Draft presented to the Board in September; health data still to be added.",
              "amber"),
             ("1.3", "Carry out a thorough review of the SEND data held across the partnership, "
              "identify gaps and agree a single SEND dashboard.",
              "Dashboard in use at the Board, covering education, health and care measures.",
              "BFC & Frimley ICB", "Q3 2025/26",
              "Data review completed. Dashboard prototype built; ICB therapy data feed being "
              "tested.", "ltgreen"),
             ("1.4", "Agree and publish a graduated response and SEND identification toolkit for "
              "early years settings and schools.",
              "All settings and schools have access to the toolkit; fewer requests for "
              "assessment without evidence of graduated response.",
              "BFC (SEND Team)", D(2025, 12, 31),
              "Toolkit drafted with SENCOs and headteachers; consultation closes in November.",
              "ltgreen"),
         ]),
        ("Area for priority action 2: Leaders should develop more effective and cohesive systems "
         "to identify and bridge gaps in commissioning arrangements, so that children and young "
         "people with SEND receive the education, health and care provision they need.", [
             ("2.1", "Map current commissioned education, health and care provision against the "
              "needs analysis and identify gaps.",
              "Gap analysis agreed and used to set commissioning priorities.",
              "Frimley ICB", D(2025, 9, 30),
              "Mapping of health provision complete; education and care mapping delayed by the "
              "needs analysis.", "amber"),
             ("2.2", "Redesign and recommission the East Berkshire Children's Therapy Service to "
              "reduce waiting times for speech and language therapy and occupational therapy.",
              "Waiting times for therapy reduced to within 18 weeks.",
              "Frimley ICB", D(2025, 7, 1),
              "New service model live from 1 July 2025. Waiting times reported monthly to the "
              "Board.", "blue"),
             ("2.3", "Open a 10-place SEMH provision in the borough and confirm the plans for a "
              "new autism special school.",
              "More children with SEMH needs educated in borough.",
              "BFC", D(2025, 9, 30),
              "SEMH provision opened in September 2025 with 10 pupils on roll. Autism school "
              "proposal submitted to DfE.", "blue"),
             ("2.4", "Agree a joint commissioning strategy for SEND with shared priorities and "
              "pooled budget arrangements.",
              "Joint strategy signed off by the council and the ICB.",
              "BFC / Frimley ICB", D(2026, 3, 31),
              "Scheduled to start in November 2025 once the gap analysis is complete.", None),
         ]),
        ("Area for priority action 3: Leaders should take immediate action to improve the quality "
         "of EHC plans and annual reviews, so that plans accurately reflect children's needs and "
         "are updated when those needs change.", [
             ("3.1", "Introduce a multi-agency EHC plan quality assurance framework, auditing at "
              "least 10% of new plans each month.",
              "80% of audited plans graded good or better.",
              "BFC", "Monthly",
              "Framework in place since June. September audit: 58% of plans good or better "
              "(June: 41%).", "ltgreen"),
             ("3.2", "Recruit a SEND improvement manager and additional caseworkers to focus on "
              "the quality of EHC plans and annual reviews.",
              "Posts filled and caseloads reduced to 120 or fewer.",
              "BFC", D(2025, 10, 31),
              "SEND improvement manager post advertised twice without appointment; interim "
              "arrangements being explored.", "red"),
             ("3.3", "Clear the backlog of overdue annual reviews, prioritising children and young "
              "people at phase transfer.",
              "No annual review more than 12 months overdue.",
              "BFC", D(2026, 1, 31),
              "Backlog down from 212 to 131. All phase transfer reviews for September 2025 "
              "completed.", "amber"),
             ("3.4", "Co-produce with Bracknell Parent Carer Forum a training programme on writing "
              "outcomes for SEND caseworkers and health and social care professionals.",
              "Parents report that plans describe their child accurately.",
              "BFC / Bracknell Parent Carer Forum", "Autumn term 2025",
              "Programme designed with parent carers; first two sessions delivered in "
              "September.", "ltgreen"),
         ]),
    ]
    row = 6
    for heading, acts in apa:
        ws.cell(row=row, column=1, value=heading)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=n)
        c = ws.cell(row=row, column=1)
        c.font = Font(bold=True)
        c.fill = fill("pale")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.row_dimensions[row].height = 32
        row += 1
        for ref, action, measure, lead, due, progress, colour in acts:
            for col, v in enumerate([ref, action, measure, lead, due, progress, None], 1):
                ws.cell(row=row, column=col, value=v)
            boxed(ws, row, n)
            if isinstance(due, dt.datetime):
                ws.cell(row=row, column=5).number_format = "dd/mm/yyyy"
            if colour:
                ws.cell(row=row, column=7).fill = fill(colour)
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="RAG key").font = Font(bold=True)
    for colour, meaning in [("blue", "Complete"), ("ltgreen", "On track"),
                            ("amber", "Some risk to delivery"), ("red", "Off track"),
                            (None, "Not yet started")]:
        row += 1
        c = ws.cell(row=row, column=1)
        c.border = BOX
        if colour:
            c.fill = fill(colour)
        ws.cell(row=row, column=2, value=meaning)
    widths(ws, [7, 50, 36, 20, 12, 46, 8])
    ws.freeze_panes = "A6"

    gl = wb.create_sheet("Glossary")
    header(gl, 1, ["Abbreviation", "Meaning"], "teal")
    for i, (a, m) in enumerate([
            ("APA", "Area for priority action"),
            ("BFC", "Bracknell Forest Council"),
            ("BPCF", "Bracknell Parent Carer Forum"),
            ("DCO", "Designated Clinical Officer"),
            ("EHC plan", "Education, health and care plan"),
            ("ICB", "Integrated Care Board (NHS Frimley)"),
            ("SEMH", "Social, emotional and mental health"),
            ("SENCO", "Special educational needs co-ordinator")], 2):
        gl.cell(row=i, column=1, value=a)
        gl.cell(row=i, column=2, value=m)
    gl.column_dimensions["A"].width = 14
    gl.column_dimensions["B"].width = 44
    wb.save(os.path.join(HERE, "c1-bracknell-forest-send-priority-action-plan.xlsx"))


# --------------------------------------------------------------------------------------------
# 4. Leeds – JTAI serious youth violence action plan (docx)
# --------------------------------------------------------------------------------------------
def leeds():
    doc = Document()
    landscape(doc)
    doc.add_heading("Leeds Safeguarding Children Partnership – Joint Targeted Area Inspection: "
                    "Serious Youth Violence – Partnership Action Plan", level=1)
    doc.add_paragraph(
        "Ofsted, the Care Quality Commission, HM Inspectorate of Constabulary and Fire & Rescue "
        "Services and HM Inspectorate of Probation carried out a joint targeted area inspection of "
        "the multi-agency response to serious youth violence in Leeds in March 2024. The letter "
        "of findings, published on 16 May 2024, recognised strong and mature strategic "
        "partnerships and identified three areas for improvement. This plan sets out the "
        "partnership's response. It is overseen by the LSCP Executive and progress is reported to "
        "the Children and Families Scrutiny Board.")
    doc.add_paragraph("Progress position: January 2025")
    cols = ["Ref", "Action", "Lead", "Timescale", "Progress – January 2025", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    head_row(t, cols, "B4C6E7")
    afis = [
        ("Area for improvement 1: The consistency of health practitioners' involvement in "
         "strategy meetings and multi-agency planning for children at risk of serious youth "
         "violence.", [
             ("1.1", "Agree a protocol with Leeds Community Healthcare and Leeds and York "
              "Partnership NHS Foundation Trust so that a named health practitioner is invited to "
              "every strategy meeting for a child at risk of exploitation.",
              "Dr Amina Shah (Designated Nurse, West Yorkshire ICB)", "September 2024",
              "Protocol signed off by the LSCP Executive on 19 September 2024.", "Blue"),
             ("1.2", "Audit health attendance at, and contribution to, strategy meetings each "
              "quarter and report the findings to the LSCP Performance and Quality Assurance "
              "subgroup.",
              "Dr Amina Shah and Karen Whitley (LCH)", "Quarterly",
              "Q2 audit: health invited to 88% of strategy meetings and attended 71%. Q3 audit "
              "under way.", "Green"),
             ("1.3", "Extend CAMHS consultation to the Youth Justice Service and Safer Schools "
              "officers through a fortnightly clinic.",
              "Louise Hartley (LCH CAMHS)", "December 2024",
              "Clinic running for the YJS since November. Safer Schools officers to join once a "
              "second clinician is recruited.", "Amber"),
         ]),
        ("Area for improvement 2: The quality of return home interviews and how well the "
         "information from them is used to inform children's plans and disruption activity.", [
             ("2.1", "Re-commission the return home interview service with a revised "
              "specification requiring interviews to be offered within 72 hours and shared with "
              "the allocated worker and the police within 24 hours of completion.",
              "Mark Bentley (LCC Commissioning)", "31/03/2025",
              "Specification agreed; tender evaluation completed in January. New contract to "
              "start on 1 April 2025.", "Green"),
             ("2.2", "Introduce a missing and exploitation intelligence form so that information "
              "from return home interviews is passed to West Yorkshire Police for disruption.",
              "DI Claire Holroyd (West Yorkshire Police)", "Q3 2024/25",
              "Form in use since November; 64 submissions to date, 9 leading to disruption "
              "activity.", "Blue"),
             ("2.3", "Deliver multi-agency training for practitioners on using return home "
              "interview information in children's plans.",
              "LSCP Business Unit", "Ongoing",
              "Four sessions delivered to 112 practitioners; included in the LSCP training "
              "programme for 2025.", "Green"),
         ]),
        ("Area for improvement 3: Leaders' oversight of children on reduced timetables or in "
         "alternative provision, and the multi-agency response when these children are not in "
         "school.", [
             ("3.1", "Establish a monthly panel to review every child on a reduced timetable for "
              "more than six weeks, with education, social care and youth justice "
              "representation.",
              "Rachel Dunn (LCC Learning Inclusion)", "October 2024",
              "Panel established in October; 46 children reviewed at the first three panels.",
              "Blue"),
             ("3.2", "Share alternative provision attendance data weekly with the Front Door and "
              "the Youth Justice Service so that absence by a child known to be at risk triggers "
              "a same-day response.",
              "Rachel Dunn & Imran Ali (YJS)", "Sept 2024 – March 2025",
              "Data shared from 12 of 19 AP providers. Remaining providers to be added through "
              "the new AP framework.", "Amber"),
             ("3.3", "Update the LSCP escalation guidance so that schools and alternative "
              "provision providers know how to escalate concerns about children not in school "
              "who are at risk of exploitation.",
              "LSCP Business Unit", "June 2025",
              "To start once the AP framework is agreed.", "Not started"),
         ]),
    ]
    for heading, rows in afis:
        r = t.add_row()
        merged = r.cells[0].merge(r.cells[5])
        cell_text(merged, heading, bold=True)
        shade(merged, "DEEAF6")
        for v in rows:
            cells = t.add_row().cells
            for i, text in enumerate(v):
                cell_text(cells[i], text)
    for row in t.rows:
        for i, w in enumerate([Cm(1.2), Cm(8.5), Cm(4.5), Cm(3.0), Cm(7.0), Cm(2.0)]):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – some delay, action "
                      "being taken; Red – off track, escalated to the LSCP Executive.")
    doc.save(os.path.join(HERE, "c1-leeds-jtai-serious-youth-violence-action-plan.docx"))


# --------------------------------------------------------------------------------------------
# 5. Blaenau Gwent – corporate parenting action plan (csv)
# --------------------------------------------------------------------------------------------
def blaenau_gwent():
    rows = [
        ["Blaenau Gwent County Borough Council – Corporate Parenting Strategy 2025-2030: Action "
         "Plan", "", "", "", "", "", ""],
        ["Year 1 progress report to the Corporate Parenting Board, October 2025. Promises aligned "
         "to the Corporate Parenting Charter – A Promise for Wales (2023).", "", "", "", "", "",
         ""],
        ["", "", "", "", "", "", ""],
        ["Promise", "Ref", "What we will do", "Lead", "By when", "Progress update", "RAG"],
        ["Promise 1: We will listen to you and act on what you tell us", "1.1",
         "Set up a care-experienced young people's panel that meets the Corporate Parenting "
         "Board twice a year.", "Participation Officer", "Sept 2025",
         "First joint meeting held on 17 September 2025; young people set the agenda.",
         "Complete"],
        ["", "1.2", "Make sure every child looked after is offered an independent advocate before "
         "each statutory review.", "Team Manager, IRO Service", "Ongoing",
         "Active offer recorded for 86% of reviews in Q1 and Q2.", "Green"],
        ["Promise 2: We will help you to have a safe, stable and loving home", "2.1",
         "Recruit 12 new Foster Wales Blaenau Gwent fostering households through targeted "
         "recruitment.", "Team Manager, Fostering", "March 2026",
         "5 households approved so far; 4 assessments in progress.", "Amber"],
        ["", "2.2", "Work with Tai Calon to offer ring-fenced tenancies to care leavers each "
         "year, with tenancy support.",
         "Tai Calon Community Housing / Team Manager, Leaving Care", "31/03/2026",
         "Protocol agreed; 3 tenancies offered since April.", "Green"],
        ["Promise 3: We will support your health and wellbeing", "3.1",
         "Make sure every child coming into care has an initial health assessment within 28 "
         "days.", "Aneurin Bevan University Health Board – LAC Nurse", "31/12/2025",
         "72% completed within 28 days in Q2 because of paediatric vacancies.", "Amber"],
        ["", "3.2", "Provide free leisure passes for children looked after, care leavers and "
         "their foster carers.", "Aneurin Leisure Trust", "Febuary 2026",
         "Passes issued to 140 children and young people; carer passes being set up.", "Green"],
        ["Promise 4: We will support you to learn and achieve", "4.1",
         "Agree a Personal Education Plan quality standard with schools and audit PEPs termly.",
         "LACE Coordinator", "Termly",
         "Standard agreed with head teachers; autumn term audit under way.", "Green"],
        ["", "4.2", "Offer tutoring and mentoring to care-experienced learners in Years 10 and "
         "11.", "LACE Coordinator / Education Achievement Service", "July 2026",
         "Tutoring offer in place in 3 of 4 secondary schools.", "Amber"],
        ["Promise 5: We will support you as you move into adulthood", "5.1",
         "Offer every young person a 'When I'm Ready' conversation with their carers at 16.",
         "Team Manager, Leaving Care", "Dec 2025",
         "Conversations held with 9 of 14 young people turning 16 this year.", "Green"],
        ["", "5.2", "Create 6 paid work placements within the council for care leavers through "
         "the apprenticeship scheme.", "Head of Organisational Development", "March 2026",
         "No placements created yet; funding not identified.", "Red"],
        ["", "5.3", "Publish a care leavers' local offer in English and Welsh, co-produced with "
         "young people.", "Participation Officer", "Oct 2025",
         "Local offer published on the council website and shared on social media.",
         "Complete"],
        ["", "", "", "", "", "", ""],
        ["RAG key: Complete = action completed; Green = on track; Amber = some delay; Red = "
         "significant concern", "", "", "", "", "", ""],
    ]
    path = os.path.join(HERE, "c1-blaenau-gwent-corporate-parenting-action-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# --------------------------------------------------------------------------------------------
# 6. York – early help action plan (tab-separated text export)
# --------------------------------------------------------------------------------------------
def york():
    lines = [
        ["York Early Help Action Plan 2014-16: Delivering York's Early Help Priorities and Next "
         "Steps"],
        ["March Monitor 2015"],
        [],
        ["York's Early Help Strategy for Children and Families sets out our ambition for early "
         "help services. This Action Plan has been produced jointly by the YorOK Children's Trust "
         "Board and the City of York Safeguarding Children Board. It sets out our priority areas "
         "for action, who is responsible for delivering agreed actions, how progress will be "
         "monitored and when actions will be completed."],
        [],
        ["Note:"],
        ["YorOK – YorOK Children's Trust Partnership Board"],
        ["IWIG – Integrated Working Implementation Group, sub group of the YorOK Board"],
        ["YorOK Sub Groups – groups with a focus on specific groups of children, e.g. looked "
         "after children, disabled children"],
        ["CYSCB – City of York Safeguarding Children Board"],
        ["P&ISG – Performance & Improvement Sub Group of the Safeguarding Board"],
        ["YEP – York Education Partnership"],
        [],
        ["Ref", "Action", "Lead", "Timescale", "March Monitor 2015", "RAG"],
        ["Priority: Improving the quality of practice"],
        ["1.1", "Introduce a 'flag' on the early help child index so that practitioners can "
         "record a low-level, non-safeguarding worry about a child. Three flags on one child will "
         "prompt a review by the Advice Team.", "IWIG", "Sept 2014",
         "Developed and implemented; promotion to schools and GPs continuing.", "Complete"],
        ["1.2", "Improve the quality of early help assessments through a quarterly multi-agency "
         "audit, with learning shared in the IWIG practice bulletin.", "IWIG / P&ISG",
         "Quarterly", "Two audits completed (October and January); 64% of assessments judged "
         "good.", "G"],
        ["1.3", "Agree a single early help assessment and plan format for use by all partners, "
         "replacing the CAF.", "YorOK", "April 2015",
         "Draft format piloted in two localities; feedback from schools being considered.", "A"],
        ["Priority: Building the capacity of the workforce"],
        ["2.1", "Deliver lead professional training to staff in schools, health and the "
         "voluntary sector.", "IWIG", "Sept 2014 – March 2015",
         "186 staff trained; final sessions booked for March.", "G"],
        ["2.2", "Develop an early help induction module for new staff joining YorOK partner "
         "agencies.", "CYSCB", "Autumn term 2014",
         "Module available on the CYSCB e-learning site since December.", "Complete"],
        ["2.3", "Head teachers to nominate an early help champion in every school.", "YEP",
         "Summer term 2015", "Only 14 of 63 schools have nominated a champion. Raised at YEP in "
         "February.", "R"],
        ["Priority: Measuring the impact of early help"],
        ["3.1", "Develop an early help outcomes framework and performance scorecard, reported "
         "six-monthly to the YorOK Board and CYSCB.", "P&ISG", "June 2015",
         "Outcomes framework agreed; first scorecard being populated.", "G"],
        ["3.2", "Collect feedback from families when each early help plan closes and report the "
         "themes to the YorOK Sub Groups.", "YorOK Sub Groups", "Ongoing",
         "Feedback form in use; 71 returns received since September.", "G"],
        ["3.3", "Review the step-up and step-down arrangements between early help and children's "
         "social care.", "CYSCB & YorOK", "March 2016",
         "Not yet started – scheduled for 2015/16.", ""],
        [],
        ["RAG: Complete = action completed; G = on track; A = some delay; R = significant "
         "delay or concern"],
    ]
    path = os.path.join(HERE, "c1-york-early-help-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for parts in lines:
            f.write("\t".join(parts) + "\n")


# --------------------------------------------------------------------------------------------
# 7. Caerphilly – Foster Wales Caerphilly CIW inspection action plan (xlsx)
# --------------------------------------------------------------------------------------------
def caerphilly():
    wb = Workbook()
    ws = wb.active
    ws.title = "CIW Action Plan"
    n = 8
    merged_title(ws, 1, "Caerphilly County Borough Council – Foster Wales Caerphilly: CIW "
                 "Inspection Action Plan", n, 14)
    merged_title(ws, 2, "Care Inspectorate Wales inspection of the Local Authority Fostering "
                 "Service", n, 11)
    merged_title(ws, 3, "Inspection: 4–8 March 2024     Report published: 17 May 2024     Plan "
                 "owner: Service Manager, Fostering & Placements", n, 10, bold=False)
    header(ws, 5, ["No.", "CIW theme", "Area for improvement", "Action", "Person responsible",
                   "Target date", "Update (October 2024)", "RAG"], "navy")
    theme_w = "Well-being"
    theme_c = "Care and Development"
    theme_l = "Leadership and Management"
    afi_w = ("Foster carers' annual reviews are not always completed within timescales, and "
             "children's views are not consistently sought as part of the review.")
    afi_c1 = "Unannounced visits to foster carers are not completed at least once a year."
    afi_c2 = "Safer caring plans are not always updated following a change in the household."
    afi_l1 = ("The quality of care review does not fully show how the views of children and "
              "foster carers have informed the development of the service.")
    afi_l2 = ("Supervising social workers do not receive supervision at the frequency set out in "
              "the service's supervision policy.")
    acts = [
        (1, theme_w, afi_w, "Introduce a tracker of all annual review dates, checked monthly by "
         "the Team Manager, so that no review becomes overdue.", "Rhian Price",
         D(2024, 6, 30), "Tracker in place since June; no reviews overdue at the end of "
         "September.", "Complete", "blue"),
        (2, theme_w, afi_w, "Send an age-appropriate consultation form to every child in "
         "placement before each annual review, and record the child's views in the review "
         "report.", "Rhian Price / Owain Jenkins", D(2024, 9, 30),
         "Forms in use since July; children's views recorded in 21 of 24 reviews.", "G", "green"),
        (3, theme_c, afi_c1, "Schedule an unannounced visit for every fostering household, with "
         "compliance reported quarterly to the Fostering Panel.", "Owain Jenkins",
         D(2025, 3, 31), "Visits scheduled for all 118 households; 47 completed to date.", "G",
         "green"),
        (4, theme_c, afi_c2, "Review every safer caring plan and update the policy so that plans "
         "are reviewed within 10 working days of any change in the household.", "Catrin Morgan",
         D(2024, 7, 31), "All plans reviewed; revised policy approved at the Fostering Panel in "
         "July.", "Complete", "blue"),
        (5, theme_c, afi_c2, "Deliver refresher training on safer caring to all foster carers "
         "through the Foster Wales learning programme.", "Catrin Morgan", D(2024, 11, 30),
         "Three of five sessions delivered; 62 carers attended.", "G", "green"),
        (6, theme_l, afi_l1, "Consult children, young people and foster carers through surveys "
         "and a participation event to inform the next quality of care review.", "Gareth Lewis",
         D(2205, 1, 31), "Foster carer survey closed with 54 responses; children's survey "
         "delayed to November half term.", "A", "amber"),
        (7, theme_l, afi_l1, "Publish a 'You said, we did' summary alongside the quality of care "
         "review.", "Gareth Lewis", D(2025, 2, 28), "Not yet started.", None, None),
        (8, theme_l, afi_l2, "Agree a supervision schedule for all supervising social workers "
         "and monitor compliance through the monthly performance report.",
         "Service Manager, Fostering & Placements", "Monthly",
         "Schedule agreed; compliance 83% in September.", "G", "green"),
        (9, theme_l, afi_l2, "Audit a sample of supervision records each quarter against the "
         "supervision policy.", "Principal Officer, Quality Assurance", D(2024, 12, 31),
         "First audit postponed because of the QA team vacancy.", "R", "red"),
    ]
    row = 6
    spans = {}
    for no, theme, afi, action, person, target, update, rag, colour in acts:
        vals = [no, theme, afi, action, person, target, update, rag]
        for col, v in enumerate(vals, 1):
            ws.cell(row=row, column=col, value=v)
        boxed(ws, row, n)
        if isinstance(target, dt.datetime):
            ws.cell(row=row, column=6).number_format = "dd/mm/yyyy"
        if colour:
            ws.cell(row=row, column=8).fill = fill(colour)
        spans.setdefault(("t", theme), []).append(row)
        spans.setdefault(("a", afi), []).append(row)
        row += 1
    # merge the theme and area-for-improvement cells down beside their actions
    for (kind, _), rows_ in spans.items():
        col = 2 if kind == "t" else 3
        first, last = rows_[0], rows_[-1]
        for r in range(first + 1, last + 1):
            ws.cell(row=r, column=col).value = None
        if last > first:
            ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    row += 1
    ws.cell(row=row, column=1, value="Key").font = Font(bold=True)
    for word, meaning, colour in [("Complete", "Action complete", "blue"),
                                  ("G", "On track", "green"),
                                  ("A", "Some delay – action being taken", "amber"),
                                  ("R", "Off track – escalated to Head of Service", "red")]:
        row += 1
        ws.cell(row=row, column=1, value=word).fill = fill(colour)
        ws.cell(row=row, column=2, value=meaning)
    widths(ws, [6, 16, 34, 46, 22, 12, 40, 10])
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "c1-caerphilly-fostering-ciw-action-plan.xlsx"))


if __name__ == "__main__":
    thurrock()
    st_helens()
    bracknell()
    leeds()
    blaenau_gwent()
    york()
    caerphilly()
    print("made 7 c1- documents")
