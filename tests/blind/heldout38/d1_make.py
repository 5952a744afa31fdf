"""Generator for the d1- cases of heldout38 (blind corpus).

Makes seven plan documents in this folder, laid out as the councils, partnerships and trusts that
publish such plans lay them out. The readings in the .expected.yaml files beside them were written
from the content set down here, before the documents were first generated.
Run with /work/main/.venv/bin/python d1_make.py
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
MID = Alignment(wrap_text=True, vertical="center", horizontal="center")

COL = {
    "R": "FF0000",
    "A": "FFC000",
    "G": "00B050",
    "B": "00B0F0",
    "navy": "1F3864",
    "teal": "1B5E6B",
    "plum": "5B2C6F",
    "slate": "44546A",
    "pale": "DDEBF7",
    "sand": "FCE4D6",
    "mint": "E2EFDA",
    "grey": "D9D9D9",
}


def fill(hex_colour):
    return PatternFill("solid", fgColor=hex_colour)


def set_widths(ws, widths):
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w


def header_row(ws, row, names, colour):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(COL[colour])
        c.alignment = WRAP
        c.border = BOX


def band_row(ws, row, text, ncols, colour, font_colour="FFFFFF"):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True, color=font_colour)
    c.fill = fill(COL[colour])
    c.alignment = Alignment(wrap_text=True, vertical="center")
    for col in range(1, ncols + 1):
        ws.cell(row=row, column=col).border = BOX


def put_row(ws, row, values, fmt=None):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = fmt or "dd/mm/yyyy"


# ---------------------------------------------------------------------------------------------
# 1. Walsall ILACS improvement plan (xlsx) - band rows per recommendation, initials for leads,
#    Excel dates shown mmm-yy, a revised date column, RAG letters with fills, key and lead list.
# ---------------------------------------------------------------------------------------------
def walsall():
    wb = Workbook()
    ws = wb.active
    ws.title = "ILACS Plan"
    ncols = 8
    ws["A1"] = "Walsall Council – Children's Services ILACS Improvement Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=14, color=COL["navy"])
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Ofsted Inspection of Local Authority Children's Services, February 2024 – "
                "action plan and progress at 31 October 2024")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    header_row(ws, 4, ["Ref", "Action", "Lead", "Target date", "Revised date", "RAG",
                       "Progress update", "Evidence"], "navy")

    rows = [
        ("band", "Recommendation 1: The quality of plans for children in need and children subject "
                 "to child protection plans, so that they are specific about what needs to change "
                 "and by when."),
        ("1.1", "Relaunch the child's plan template in Mosaic with SMART outcomes, named "
                "responsibilities and contingency plans.", "JS", D(2024, 7, 31), None, "B",
         "New template live from 1 July; all teams briefed.", "Mosaic release note; practice guidance"),
        ("1.2", "Deliver plan-writing workshops to all CIN and CP teams, followed by practice "
                "observations by team managers.", "JS/HB", D(2024, 9, 30), D(2024, 12, 31), "A",
         "Five of eight workshops delivered; remaining sessions moved to November because of "
         "sickness in the training team.", "Attendance log"),
        ("1.3", "Monthly thematic audit of 20 CIN and CP plans, with findings reported to the "
                "Practice Improvement Board.", "PW", "Monthly", None, "G",
         "Audits completed July–October; 55% of plans graded good or better in October (32% in "
         "March).", "Audit reports"),
        ("band", "Recommendation 2: Management oversight and supervision, so that they consistently "
                 "drive progress in children's plans."),
        ("2.1", "Refresh the supervision policy and recording template, including prompts for "
                "reflective discussion and review of plan progress.", "HB", D(2024, 6, 30), None,
         "B", "Policy signed off by DMT on 18 June.", "Supervision policy v3"),
        ("2.2", "Heads of Service to audit a sample of supervision records each quarter and report "
                "compliance in the performance scorecard.", "HB, PW", D(2025, 3, 31), None, "G",
         "Q2 audit completed: 81% of children had supervision recorded within timescale.",
         "Scorecard"),
        ("2.3", "Run a second cohort of the team manager development programme, focused on "
                "oversight of plans.", "JS", D(2024, 11, 30), D(2025, 3, 31), "A",
         "Cohort 2 started October with 12 managers; programme extended to March to include "
         "practice observation.", "Programme outline"),
        ("band", "Recommendation 3: The timeliness of permanence planning for children in care, "
                 "including the use of early permanence."),
        ("3.1", "Hold a weekly permanence tracking meeting, chaired by the Head of Service, for all "
                "children in care without a permanence plan at the second review.", "KM",
         D(2024, 4, 30), None, "B", "Tracking meeting in place since April; 46 children tracked.",
         "Tracker"),
        ("3.2", "Introduce an early permanence (fostering for adoption) pathway with Adoption@Heart.",
         "KM", D(2025, 1, 31), D(2025, 4, 30), "A",
         "Pathway drafted; joint training with Adoption@Heart booked for February.",
         "Draft pathway"),
        ("band", "Recommendation 4: The range and quality of accommodation for care leavers aged 18 "
                 "to 25."),
        ("4.1", "Commission 20 additional supported accommodation places for care leavers with "
                "local housing providers.", "DC", D(2025, 3, 31), "Spet-25", "A",
         "Tender evaluation complete; mobilisation delayed by planning consent for one scheme.",
         "Cabinet report"),
        ("4.2", "Refresh the care leavers' local offer and housing pathway with the Care Leavers' "
                "Forum.", "DC", D(2024, 10, 31), None, "G",
         "Forum workshops held in August and September; refreshed offer to be launched in "
         "November.", "Draft local offer"),
    ]
    r = 5
    for row in rows:
        if row[0] == "band":
            band_row(ws, r, row[1], ncols, "pale", font_colour="000000")
            ws.row_dimensions[r].height = 30
        else:
            put_row(ws, r, list(row), fmt="mmm-yy")
            rag = ws.cell(row=r, column=6)
            rag.fill = fill(COL[row[5]])
            rag.alignment = MID
            rag.font = Font(bold=True)
        r += 1
    r += 1  # blank row
    ws.cell(row=r, column=1, value="Key: B – Complete; G – On track; A – Some slippage, revised date "
                                   "agreed; R – Off track")
    ws.cell(row=r, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Leads: JS – Jane Stanton, Head of Service CIN/CP; HB – Harpreet "
                                   "Bains, Principal Social Worker; PW – Paul Woodward, Head of "
                                   "Quality Assurance; KM – Kerry Moss, Head of Service Children in "
                                   "Care; DC – Darren Cole, Service Manager Care Leavers")
    set_widths(ws, [7, 55, 9, 12, 12, 7, 50, 24])
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "d1-walsall-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex_colour):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tc_pr.append(shd)


def cell_text(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


def col_widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def head_cells(table, names, colour):
    for i, n in enumerate(names):
        c = table.rows[0].cells[i]
        cell_text(c, n, bold=True, colour="FFFFFF")
        shade(c, colour)


# ---------------------------------------------------------------------------------------------
# 2. Kent SEND Accelerated Progress Plan progress report (docx) - document control table, each
#    area of weakness a heading over its own table, timescales as terms, months, ranges, a
#    quarter, 'Monthly'; leads as posts with organisation; RAG words with fills; glossary.
# ---------------------------------------------------------------------------------------------
def kent():
    doc = Document()
    landscape(doc)
    doc.add_heading("Kent Local Area SEND Accelerated Progress Plan (APP) – Progress Report, "
                    "February 2024", level=0)
    doc.add_paragraph("Kent County Council and NHS Kent and Medway")

    dc = doc.add_table(rows=2, cols=4)
    dc.style = "Table Grid"
    head_cells(dc, ["Version", "Date", "Author", "Status"], "2F5496")
    for i, v in enumerate(["3.2", "09/02/2024", "SEND Improvement Programme Office",
                           "Draft for SEND Improvement Board"]):
        cell_text(dc.rows[1].cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "This report sets out progress against the actions in the Accelerated Progress Plan agreed "
        "with the Department for Education and NHS England in July 2023, in response to the nine "
        "areas of weakness identified by Ofsted and the Care Quality Commission at the revisit in "
        "September 2022. This extract covers Areas of Weakness 1, 3 and 6; the remaining areas are "
        "reported separately.")

    cols = ["Ref", "Action", "Lead officer", "Timescale", "Measure of impact", "Progress to date",
            "RAG"]
    rag_fill = {"Complete": COL["B"], "Green": COL["G"], "Amber": COL["A"], "Red": COL["R"],
                "Not started": "FFFFFF"}
    areas = [
        ("Area of Weakness 1: A widely held concern of parents that the local area is not able, or "
         "in some cases not willing, to meet their children's needs.", [
            ("1.1", "Recruit to the permanent SEN casework structure, including 80 additional posts, "
                    "so that no SEN case officer holds more than 150 cases.",
             "Director of Education and SEN (KCC)", "December 2023",
             "Caseloads at or below 150; vacancy rate under 10%",
             "All 80 posts appointed; average caseload 143 in January 2024.", "Complete"),
            ("1.2", "Clear the backlog of EHC needs assessments that are over 20 weeks, starting "
                    "with the children who have waited longest.",
             "Assistant Director SEN Operations (KCC)", "Dec 2023 – Jun 2024",
             "No assessment over 30 weeks by June 2024",
             "Backlog down from 1,080 in September 2023 to 397 in January 2024.", "Green"),
            ("1.3", "Publish a monthly SEND update for families setting out what has changed in "
                    "response to their feedback ('You said, we did').",
             "SEND Communications Lead (KCC)", "Monthly",
             "Open rate; parent confidence measure in annual survey",
             "Issues published in October, November, December and January; 4,200 subscribers.",
             "Green"),
        ]),
        ("Area of Weakness 3: That parents and carers have a limited role in reviewing and "
         "designing services for children and young people with SEND.", [
            ("3.1", "Co-produce a participation and co-production charter with Kent PACT and young "
                    "people, to be signed by all partners.",
             "Head of SEN Participation (KCC) / Chair of Kent PACT", "Autumn term 2023",
             "Charter signed by KCC, NHS K&M and Kent PACT",
             "Charter signed at the SEND Improvement Board on 5 December 2023.", "Complete"),
            ("3.2", "Parent carer representatives to sit on each of the four area SEND operational "
                    "groups.",
             "Head of SEN Participation (KCC)", "Spring term 2024",
             "Parent carer representative in place in all four areas",
             "Representatives recruited for North and West; East and South adverts closed in "
             "January.", "Amber"),
            ("3.3", "Run an annual parent carer survey and publish the results with the "
                    "partnership's response.",
             "SEND Performance and Insight Manager", "Summer term 2024",
             "Survey published; response rate above 1,500",
             "Survey questions being co-designed with Kent PACT.", "Not started"),
        ]),
        ("Area of Weakness 6: The inconsistent quality of the EHC process; a lack of up-to-date "
         "assessments and limited contributions from health and care professionals; and poor "
         "processes to check and review the quality of EHC plans.", [
            ("6.1", "Introduce a multi-agency EHCP quality assurance framework, auditing 5% of new "
                    "plans each month.",
             "Head of SEN Quality Assurance (KCC)", "September 2023",
             "70% of audited plans good or better",
             "Framework in place; 58% of plans audited in January judged good or better.",
             "Complete"),
            ("6.2", "Agree a standard for health advice, returned within six weeks, and track "
                    "compliance by provider.",
             "Designated Clinical Officer (NHS K&M)", "By March 2024",
             "90% of health advice returned within six weeks",
             "Standard agreed with community paediatrics and therapies; compliance 61% in January.",
             "Amber"),
            ("6.3", "Provide social care advice for every EHC needs assessment where the child is "
                    "known to children's social work services.",
             "Assistant Director, Disabled Children and Young People's Service", "31/03/2024",
             "Social care advice in 95% of relevant assessments",
             "Advice returned in 38% of relevant cases; workflow in Liberi being changed.", "Red"),
            ("6.4", "Complete all overdue annual reviews of EHC plans under the annual review "
                    "recovery plan.",
             "Assistant Director SEN Operations (KCC)", "Q2 2024/25",
             "No annual review overdue by more than 12 weeks",
             "Overdue annual reviews down from 12,180 in September 2022 to 8,310.", "Amber"),
        ]),
    ]
    for heading, actions in areas:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1 + len(actions), cols=len(cols))
        t.style = "Table Grid"
        head_cells(t, cols, "2F5496")
        for i, a in enumerate(actions, 1):
            for j, v in enumerate(a):
                cell_text(t.rows[i].cells[j], v, bold=(j == 6))
            shade(t.rows[i].cells[6], rag_fill[a[6]])
        col_widths(t, [1.2, 6.5, 3.6, 2.6, 4.0, 5.6, 2.0])
        doc.add_paragraph()

    doc.add_paragraph("RAG key: Complete – action delivered; Green – on track; Amber – at risk, "
                      "mitigation in place; Red – off track, escalated to the SEND Improvement "
                      "Board; Not started.")
    doc.add_heading("Glossary", level=2)
    g = doc.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    head_cells(g, ["Term", "Meaning"], "2F5496")
    for term, meaning in [("APP", "Accelerated Progress Plan"),
                          ("DCO", "Designated Clinical Officer"),
                          ("EHCP", "Education, Health and Care Plan"),
                          ("Kent PACT", "Kent Parent Carer Forum"),
                          ("NHS K&M", "NHS Kent and Medway Integrated Care Board")]:
        cells = g.add_row().cells
        cell_text(cells[0], term)
        cell_text(cells[1], meaning)
    doc.save(os.path.join(HERE, "d1-kent-send-accelerated-progress-plan.docx"))


# ---------------------------------------------------------------------------------------------
# 3. Denbighshire Estyn PIAP (xlsx) - recommendation merged down column A, timescales as school
#    terms, a date and a period, 'Surname, Forename' officers, RAG by fill colour only, colour key.
# ---------------------------------------------------------------------------------------------
def denbighshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = ("Denbighshire County Council – Post Inspection Action Plan (PIAP): Estyn Inspection "
                "of Local Government Education Services 2018")
    ws["A1"].font = Font(bold=True, size=13, color=COL["teal"])
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress update – July 2019 (Performance Scrutiny Committee)"
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Recommendation", "No.", "Action", "Success criteria", "Responsible officer",
                       "Timescale", "Progress", "RAG"], "teal")
    r1 = "R1 – Reduce the variability in outcomes in secondary schools"
    r2 = ("R2 – Ensure that the evaluation of services for pupils educated out of county and in "
          "resource bases focuses clearly on the outcomes that children and young people achieve")
    rows = [
        ("1.1", "Agree a joint protocol with GwE for the challenge and support of secondary schools, "
                "including termly performance review meetings with the headteacher and chair of "
                "governors.",
         "Protocol agreed; review meetings held each term for all eight secondary schools",
         "Williams, Geraint", "Autumn term 2018",
         "Protocol agreed October 2018; all meetings held in autumn and spring terms.", "B"),
        ("1.2", "Assign a GwE core lead to each secondary school, with additional days for schools "
                "in the amber or red support category.",
         "Core lead named for every school", "GwE Senior Challenge Adviser (Secondary)",
         "Autumn term 2018", "Core leads in place from September 2018.", "B"),
        ("1.3", "Provide targeted support packages for secondary schools in Estyn follow-up, "
                "brokered through GwE and monitored by the Schools Standards Monitoring Group.",
         "Schools removed from follow-up within agreed timescales",
         "Williams, Geraint / Jones, Rhian", "Spring term 2019",
         "Support packages agreed for both schools; one school removed from Estyn review in March "
         "2019.", "G"),
        ("1.4", "Strengthen the accuracy of teacher assessment at key stage 3 through cross-school "
                "moderation.",
         "Teacher assessment in line with moderated samples", "Jones, Rhian", "Summer term 2019",
         "Moderation held in English and mathematics; science and Welsh deferred to autumn because "
         "of exam season.", "A"),
        ("1.5", "Report the progress of each secondary school to the Performance Scrutiny "
                "Committee.",
         "Members able to challenge school performance", "Head of Education", "Termly",
         "Reports taken in November 2018, March 2019 and July 2019.", "G"),
        ("2.1", "Map all pupils educated out of county and in resource bases, with the cost, needs "
                "and outcomes of each placement.",
         "Complete database of placements", "Evans, Siân", D(2018, 12, 31),
         "Database complete for 74 pupils.", "B"),
        ("2.2", "Introduce an outcomes framework for resource bases so that annual reviews record "
                "progress against each pupil's individual targets.",
         "All annual reviews record progress against targets", "Evans, Siân", "Summer term 2019",
         "Framework piloted in three resource bases; roll-out to remaining bases planned for "
         "September.", "A"),
        ("2.3", "Carry out quality assurance visits to out-of-county placements at least once a "
                "year, reporting findings to the ALN Strategic Group.",
         "Every placement visited annually", "ALN and Inclusion Manager",
         "Sept 2019 – July 2020", "Visit schedule drafted.", None),
    ]
    r = 5
    for row in rows:
        put_row(ws, r, [None] + list(row[:6]) + [None], fmt="dd/mm/yyyy")
        ws.cell(row=r, column=8).border = BOX
        if row[6]:
            ws.cell(row=r, column=8).fill = fill(COL[row[6]])
        r += 1
    ws["A5"] = r1
    ws.merge_cells("A5:A9")
    ws["A10"] = r2
    ws.merge_cells("A10:A12")
    for cell in ("A5", "A10"):
        ws[cell].alignment = WRAP
        ws[cell].font = Font(bold=True)
        ws[cell].fill = fill(COL["mint"])
    # key below, one blank row
    r += 1
    ws.cell(row=r, column=7, value="RAG key").font = Font(bold=True)
    for colour, text in [("B", "Complete"), ("G", "On track"), ("A", "Some concerns"),
                         ("R", "Significant concerns"), (None, "No colour – not yet started")]:
        r += 1
        c = ws.cell(row=r, column=8)
        c.border = BOX
        if colour:
            c.fill = fill(COL[colour])
        ws.cell(row=r, column=7, value=text)
    set_widths(ws, [28, 6, 50, 32, 22, 16, 46, 8])
    wb.save(os.path.join(HERE, "d1-denbighshire-estyn-piap.xlsx"))


# ---------------------------------------------------------------------------------------------
# 4. Renfrewshire joint inspection improvement plan (docx) - one table, area for improvement
#    cells merged down, status words explained by a key paragraph, posts as leads.
# ---------------------------------------------------------------------------------------------
def renfrewshire():
    doc = Document()
    landscape(doc)
    t = doc.add_paragraph()
    run = t.add_run("Renfrewshire Children's Services Partnership – Improvement Plan: Joint "
                    "Inspection of Services for Children and Young People at Risk of Harm")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Version 2 – progress at 31 October 2024. Owner: Renfrewshire Chief Officers "
                      "Group.")
    doc.add_paragraph(
        "The Care Inspectorate, with Education Scotland, Healthcare Improvement Scotland and His "
        "Majesty's Inspectorate of Constabulary in Scotland, found that the strengths of services "
        "for children and young people at risk of harm in Renfrewshire clearly outweighed the areas "
        "for improvement. This plan sets out how the partnership will respond to the three areas "
        "for improvement in the report. Progress is reported to the Child Protection Committee and "
        "the Chief Officers Group each quarter.")
    cols = ["No.", "Area for improvement", "Improvement action", "Lead", "Timescale",
            "How we will know", "Progress", "Status"]
    areas = [
        ("1. Chronologies were not consistently of a high quality or used to inform assessments of "
         "risk.", [
            ("1.1", "Review and relaunch the multi-agency chronology guidance, with a single "
                    "template for social work, health and education.",
             "CPC Lead Officer", "June 2024", "Template in use across agencies",
             "Guidance relaunched at the CPC in May 2024.", "Complete"),
            ("1.2", "Deliver chronology training to practitioners across all agencies, "
                    "prioritising social work and health visiting teams.",
             "Learning and Development Manager", "December 2024", "300 staff trained",
             "212 of 300 staff trained.", "On track"),
            ("1.3", "Include the quality of chronologies in the quarterly multi-agency case file "
                    "audit.",
             "CPC Lead Officer & Named Nurse for Child Protection", "Quarterly",
             "80% of chronologies good or better",
             "Added to audit tool; Q2 audit found 64% of chronologies good or better.",
             "On track"),
        ]),
        ("2. The quality of child's plans varied, and not all plans were specific about the "
         "outcomes to be achieved.", [
            ("2.1", "Introduce a refreshed child's plan template, based on the National Practice "
                    "Model, with SMART outcomes.",
             "Head of Child Care and Criminal Justice", "Aug 24", "Template live on the system",
             "Template agreed; changes to the case management system delayed until November.",
             "Some slippage"),
            ("2.2", "Hold practice development sessions for team leaders on reviewing plans in "
                    "supervision.",
             "Children and Families Service Manager", "Mar-25", "All team leaders attended",
             "Three of six sessions held.", "On track"),
            ("2.3", "Ensure health visitors and school nurses provide a written report to every "
                    "child protection planning meeting.",
             "Child Protection Lead Nurse (NHSGGC)", "Ongoing", "Report for 95% of meetings",
             "Reports provided for 71% of meetings in September.", "Some slippage"),
        ]),
        ("3. Partners should make better use of data on outcomes to show the difference services "
         "make for children and young people at risk of harm.", [
            ("3.1", "Develop a children at risk of harm outcomes dataset, aligned to the National "
                    "Minimum Dataset for child protection committees.",
             "Data and Performance Manager", "September 2024", "Dataset agreed by the CPC",
             "Dataset specification agreed, but police and health data feeds are not yet in place.",
             "Off track"),
            ("3.2", "Report the outcomes dataset to the Chief Officers Group each quarter, with an "
                    "analysis of trends.",
             "Chief Social Work Officer", "March 2025", "Quarterly report received by COG",
             "Awaiting completion of 3.1.", "Not started"),
            ("3.3", "Gather the views of children, young people and families on the help they "
                    "received, using Mind of My Own and exit questionnaires.",
             "Children's Rights Officer", "By end of March 2025",
             "Views reported to the CPC twice a year",
             "Mind of My Own licences purchased; rollout to teams from November.", "On track"),
        ]),
    ]
    n = sum(len(a[1]) for a in areas)
    table = doc.add_table(rows=1 + n, cols=len(cols))
    table.style = "Table Grid"
    head_cells(table, cols, "4B2E83")
    status_fill = {"Complete": COL["B"], "On track": COL["G"], "Some slippage": COL["A"],
                   "Off track": COL["R"], "Not started": "FFFFFF"}
    r = 1
    for area, actions in areas:
        first = r
        for a in actions:
            cells = table.rows[r].cells
            cell_text(cells[0], a[0])
            for j, v in enumerate(a[1:], 2):
                cell_text(cells[j], v)
            shade(cells[7], status_fill[a[6]])
            r += 1
        merged = table.cell(first, 1).merge(table.cell(r - 1, 1))
        cell_text(merged, area, bold=True)
    col_widths(table, [1.1, 4.2, 5.6, 3.4, 2.4, 3.4, 4.6, 2.2])
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete; On track (green); Some slippage (amber); Off track "
                      "(red); Not started.")
    doc.add_paragraph("CPC – Child Protection Committee; COG – Chief Officers Group; NHSGGC – NHS "
                      "Greater Glasgow and Clyde.")
    doc.save(os.path.join(HERE, "d1-renfrewshire-children-at-risk-joint-inspection-plan.docx"))


# ---------------------------------------------------------------------------------------------
# 5. Northern HSC Trust RQIA QIP progress (txt, tab-separated export) - area for improvement
#    repeated on each row, RQIA standard column, 'Immediate and ongoing', Achieved/RAG words.
# ---------------------------------------------------------------------------------------------
def northern_trust():
    lines = [
        "Northern Health and Social Care Trust – RQIA Unannounced Inspection, Holywell Hospital: "
        "Quality Improvement Plan",
        "Inspection 12–14 February 2024\tProgress update at 30 September 2024\tMental Health "
        "Services Directorate",
        "",
        "\t".join(["No.", "Area for improvement", "Standard", "Action to be taken",
                   "Responsible person", "Timescale", "Progress", "RAG"]),
    ]
    a1 = ("Care plans were not consistently person-centred or updated when a patient's "
          "presentation changed.")
    a2 = "Not all episodes of physical intervention were recorded and reviewed in line with Trust policy."
    a3 = "Compliance with mandatory training was below the Trust target of 90%."
    a4 = "The ligature risk assessment for the ward was out of date."
    a5 = "Patients had limited access to therapeutic activity at weekends."
    rows = [
        ("1.1", a1, "5.3.1 (f)", "The ward manager will audit ten care plans a month against the "
         "Trust care planning standard and give feedback to named nurses.", "Ward Manager",
         "30 June 2024", "Audits completed monthly since March; compliance 88% in August.",
         "Achieved"),
        ("1.2", a1, "5.3.1 (f)", "Care plans will be reviewed at each multidisciplinary team "
         "meeting and after any incident.", "Ward Manager / Consultant Psychiatrist",
         "Immediate and ongoing", "Review recorded on PARIS at MDT; spot checks in place.",
         "Green"),
        ("2.1", a2, "5.3.1 (a)", "All episodes of physical intervention will be recorded on Datix "
         "and PARIS within 24 hours and reviewed at the weekly safety huddle.",
         "Acute Inpatient Lead Nurse", "Immediate and ongoing",
         "100% recorded within 24 hours in July and August.", "Green"),
        ("2.2", a2, "5.3.1 (a)", "A monthly restrictive practice report will be presented to the "
         "Mental Health Governance Forum.", "Service Manager – Acute Mental Health Inpatients",
         "31/07/2024", "Reports presented since May 2024.", "Achieved"),
        ("3.1", a3, "4.3 (i)", "A ward training plan will bring MAPA and adult safeguarding "
         "training compliance to 90%.", "Ward Manager", "Sept 24",
         "MAPA 84%, adult safeguarding 91%; additional MAPA courses booked for October.", "Amber"),
        ("4.1", a4, "5.3.1 (a)", "Complete an updated ligature risk assessment for each ward, with "
         "estates works prioritised by risk.", "Estates Manager & Ward Manager", "31 May 2024",
         "Assessments completed 20 May 2024.", "Achieved"),
        ("4.2", a4, "5.3.1 (a)", "Replace the remaining ligature points in en-suite bathrooms "
         "(phase 2 works).", "Head of Estates Services", "March 2025",
         "Funding not yet confirmed; phase 2 works escalated to the Trust Capital Group.", "Red"),
        ("5.1", a5, "6.3.2 (b)", "Recruit two occupational therapy assistants to deliver a weekend "
         "activity programme.", "Head of Occupational Therapy", "Q3 2024/25",
         "One post filled; second post re-advertised.", "Amber"),
    ]
    for row in rows:
        lines.append("\t".join(row))
    lines += [
        "",
        "RAG: Achieved = all actions complete and evidenced; Green = on track; Amber = at risk of "
        "slippage; Red = not met / overdue",
        "Standards: Quality Standards for Health and Social Care (DHSSPS, 2006)",
    ]
    with open(os.path.join(HERE, "d1-northern-trust-rqia-qip-progress.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------------------------
# 6. West Lancashire outstanding internal audit recommendations (csv, saved from Excel).
# ---------------------------------------------------------------------------------------------
def west_lancs():
    ncols = 12
    pad = lambda first: [first] + [""] * (ncols - 1)
    rows = [
        pad("West Lancashire Borough Council – Outstanding Internal Audit Recommendations"),
        pad("Audit & Governance Committee 19 February 2025 – position at 31 January 2025"),
        pad(""),
        ["Ref", "Audit", "Year", "Assurance", "Priority", "Recommendation", "Agreed action",
         "Responsible officer", "Agreed date", "Revised date", "Status", "Comments"],
        ["BC.1", "Business Continuity", "2022/23", "Limited", "High",
         "Service business continuity plans should be refreshed following the restructure and "
         "tested at least annually.",
         "All service business continuity plans to be rewritten on the corporate template and a "
         "corporate desktop exercise held.",
         "Emergency Planning Officer", "31/03/2023", "30/06/2025", "Amber",
         "14 of 19 service plans refreshed; desktop exercise booked for May 2025."],
        ["BC.2", "Business Continuity", "2022/23", "Limited", "Medium",
         "Critical ICT systems should be identified and their recovery times agreed with services.",
         "Agree recovery time objectives for critical systems with each Head of Service and record "
         "them in the ICT disaster recovery plan.",
         "ICT Services Manager", "30/09/2023", "", "Complete",
         "Recovery time objectives agreed and DR plan updated in December 2024."],
        ["CLA.1", "Corporate Land Allocations", "2023/24", "Limited", "High",
         "A complete register of council land holdings and allocations should be maintained and "
         "reconciled to the asset register.",
         "Create a single land register in the GIS system and reconcile it to the asset register "
         "annually.",
         "Estates and Valuation Manager", "31/03/2024", "31/03/2025", "Amber",
         "GIS layer 90% complete; reconciliation to the asset register to follow."],
        ["CLA.2", "Corporate Land Allocations", "2023/24", "Limited", "Medium",
         "Decisions to allocate or dispose of land should be recorded with the delegated authority "
         "relied on.",
         "Use a standard officer decision record for all land allocations and disposals, published "
         "on the council website.",
         "Legal and Democratic Services Manager", "30/06/2024", "", "Red",
         "Template drafted but not yet in use; overdue."],
        ["MKT.1", "Markets", "2023/24", "Limited", "High",
         "Market traders' licence fees should be invoiced in advance and arrears pursued promptly.",
         "Invoice all traders quarterly in advance and review the debtors report monthly with "
         "Finance.",
         "Markets Manager", "30/04/2024", "", "Complete",
         "Quarterly invoicing in place since April 2024; arrears down from £18,400 to £2,150."],
        ["MKT.2", "Markets", "2023/24", "Limited", "Medium",
         "A strategy for the future of Ormskirk market should be presented to members.",
         "Prepare a markets strategy with options for Ormskirk market and report it to Cabinet.",
         "Markets Manager / Head of Growth and Development", "31/12/2024", "30/09/2025", "Amber",
         "Options appraisal commissioned; report to Cabinet expected in September 2025."],
        ["PC.1", "Purchasing Cards", "2023/24", "Reasonable", "Low",
         "Cardholders' monthly statements should be approved by their line manager within the "
         "deadline.",
         "Send a monthly reminder and suspend cards where statements are more than two months "
         "late.",
         "Head of Finance, Procurement & Commercial Services", "31/07/2024", "", "Complete",
         "Reminders and suspensions in place; all statements approved for December."],
        ["LC.1", "Leisure Contract Management", "2024/25", "Reasonable", "Medium",
         "Contract performance reports from the leisure operator should be reviewed against the "
         "KPIs in the contract.",
         "Hold quarterly contract review meetings with the operator, minuted and reported to the "
         "Portfolio Holder.",
         "Leisure Contract Manager", "31/03/2025", "", "Green",
         "First two quarterly meetings held; on track for the agreed date."],
        pad(""),
        pad("Status: Complete - implemented and confirmed by Internal Audit; Green - in progress "
            "and on track for the agreed date; Amber - revised date agreed; Red - overdue"),
    ]
    with open(os.path.join(HERE, "d1-west-lancashire-internal-audit-tracker.csv"), "w",
              encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# ---------------------------------------------------------------------------------------------
# 7. Trafford Corporate Peer Challenge action plan (xlsx) - theme bands, recommendation merged
#    over its actions, named leads, Excel dates in two number formats plus text timescales,
#    G/A letters with fills (key: green = on track or completed), summary sheet.
# ---------------------------------------------------------------------------------------------
def trafford():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncols = 7
    ws["A1"] = "Trafford Council – LGA Corporate Peer Challenge January 2025: Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color=COL["plum"])
    ws.merge_cells("A1:G1")
    ws["A2"] = "RAG position at 30 September 2025 – reported to the Executive"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    header_row(ws, 4, ["No.", "Peer challenge recommendation", "Action", "Lead officer",
                       "Timescale", "RAG", "Progress update"], "plum")
    long_fmt = "mmmm yyyy"
    items = [
        ("band", "Theme 1: Finance and Transformation"),
        ("1.1", "Develop a multi-year transformation programme, aligned to the Medium Term "
                "Financial Strategy, with clear milestones and tracking of benefits.",
         "Establish a Transformation Board chaired by the Chief Executive, supported by a "
         "programme office and a benefits register.", "Graeme Harper", D(2025, 4, 30), None, "G",
         "Board has met monthly since April; benefits register in place."),
        ("1.2", None,
         "Publish a three-year savings and transformation plan alongside the 2026/27 budget.",
         "Graeme Harper & Nadia Qureshi", D(2026, 2, 28), long_fmt, "G",
         "Draft plan considered by the Executive in September."),
        ("2.1", "Reduce the council's reliance on reserves to balance the budget.",
         "Agree a reserves strategy with a minimum level of general balances and a plan to stop "
         "using reserves to balance the revenue budget by 2027/28.", "Nadia Qureshi",
         "Q3 2025/26", None, "A",
         "Reserves strategy drafted; timing linked to the outcome of the Fair Funding Review."),
        ("band", "Theme 2: Healthy and Independent lives for everyone and the best start for our "
                 "children and young people"),
        ("3.1", "Strengthen the join-up between adult social care, health and public health "
                "through the Trafford Locality Board.",
         "Agree an integrated neighbourhood model with the Trafford Locality Board and launch it in "
         "two neighbourhoods.", "Director of Adult Social Services", D(2026, 3, 31), None, "G",
         "Model agreed in July; launch in Old Trafford and Partington planned for January."),
        ("4.1", "Maintain the pace of improvement in children's services and SEND.",
         "Continue independent challenge through the Children's Improvement Board and report "
         "progress to the Executive twice a year.", "Corporate Director of Children's Services",
         "Ongoing", None, "G",
         "Improvement Board met in June and September; SEND self-evaluation refreshed."),
        ("band", "Theme 3: Leadership of Place"),
        ("5.1", "Set out a clear, shared ambition for the borough with partners, building on Our "
                "Trafford, Our Future.",
         "Co-produce a place vision with the Trafford Partnership and publish it.", "Lisa Malone",
         D(2025, 7, 31), long_fmt, "G",
         "Place vision launched at the Trafford Partnership summit on 10 July 2025. Complete."),
        ("6.1", "Accelerate delivery of the Civic Quarter and town centre regeneration schemes.",
         "Appoint a development partner for the Stretford town centre scheme.", "Tom Reddy",
         D(2025, 9, 30), None, "A",
         "Procurement paused while the scheme's viability is reviewed; revised date to be agreed "
         "in October."),
        ("band", "Theme 4: Governance and Leadership"),
        ("7.1", "Review the overview and scrutiny function so that it adds more value to "
                "decision-making.",
         "Commission a review of overview and scrutiny by the Centre for Governance and Scrutiny "
         "and implement its findings.", "Director of Legal and Governance (Monitoring Officer)",
         "April 2025 – March 2026", None, "G",
         "CfGS review reported in June; new work programme approach agreed."),
        ("8.1", "Develop the workforce strategy, including leadership development below the senior "
                "management team.",
         "Launch a leadership development programme for the council's top 150 managers.",
         "Head of People", D(2025, 11, 30), long_fmt, "G",
         "Programme designed with an external provider; first cohort starts in November."),
    ]
    r = 5
    merge_from = None
    for it in items:
        if it[0] == "band":
            band_row(ws, r, it[1], ncols, "sand", font_colour="000000")
        else:
            no, rec, action, lead, when, fmt, rag, update = it
            put_row(ws, r, [no, rec, action, lead, when, rag, update], fmt=fmt or "dd/mm/yyyy")
            c = ws.cell(row=r, column=6)
            c.fill = fill(COL[rag])
            c.alignment = MID
            c.font = Font(bold=True)
            if rec is None:
                merge_from = r - 1
                ws.merge_cells(start_row=merge_from, start_column=2, end_row=r, end_column=2)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: G – on track, progressing well or completed within the "
                                   "timeframe; A – ongoing work required to deliver within the "
                                   "timeframe; R – off track, action required.")
    set_widths(ws, [6, 44, 48, 26, 16, 6, 50])
    ws.freeze_panes = "A5"

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary by theme"
    s["A1"].font = Font(bold=True)
    header_row(s, 2, ["Theme", "Actions", "G", "A", "R"], "plum")
    for i, row in enumerate([("Finance and Transformation", 3, 2, 1, 0),
                             ("Healthy and Independent lives", 2, 2, 0, 0),
                             ("Leadership of Place", 2, 1, 1, 0),
                             ("Governance and Leadership", 2, 2, 0, 0),
                             ("Total", 9, 7, 2, 0)], 3):
        put_row(s, i, list(row))
    set_widths(s, [34, 10, 6, 6, 6])
    wb.save(os.path.join(HERE, "d1-trafford-corporate-peer-challenge-action-plan.xlsx"))


if __name__ == "__main__":
    walsall()
    kent()
    denbighshire()
    renfrewshire()
    northern_trust()
    west_lancs()
    trafford()
