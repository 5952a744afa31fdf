#!/usr/bin/env python
"""Build the seven fk1- test files of set heldout201 (children's services plans).

Run with the project's Python (needs openpyxl and python-docx):
    /work/main/.venv/bin/python fk1_make.py
Files are written next to this script.
"""
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


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill(start_color=hex_colour, end_color=hex_colour, fill_type="solid")


RAG_FILL = {
    "B": "5B9BD5",
    "G": "00B050",
    "A": "FFC000",
    "R": "FF0000",
}


def shade(cell, hex_colour):
    """Background shading for a python-docx table cell."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a docx cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(extra)
        run.bold = bold


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)


# =============================================================== 1. Sutton ILACS (xlsx)
def sutton_ilacs():
    title = "London Borough of Sutton – Children's Services Improvement Plan 2025–26"
    wb = Workbook()

    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=16)
    cover["A3"] = ("Response to the Ofsted inspection of local authority children's services (ILACS), "
                   "13–24 January 2025. Overall effectiveness: Requires improvement to be good.")
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Change"),
        ("1.0", "28/03/2025", "Head of Quality Assurance", "Plan submitted to Ofsted"),
        ("1.3", "14/01/2026", "Improvement Programme Manager", "Quarter 3 progress update"),
        ("1.4", "18/03/2026", "Improvement Programme Manager", "Quarter 4 update for Improvement Board"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cover.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cover["A11"] = "Governance: Children's Services Improvement Board (chaired by the Chief Executive), bi-monthly."
    for col, w in zip("ABCD", (12, 14, 32, 40)):
        cover.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key (delivery of the action)"
    key["A1"].font = Font(bold=True)
    for i, (k, word, text) in enumerate([
        ("B", "Blue", "Complete – action delivered and impact evidenced"),
        ("G", "Green", "On track to deliver by the target date"),
        ("A", "Amber", "Some slippage – revised date agreed by Improvement Board"),
        ("R", "Red", "Off track – escalated to Improvement Board"),
    ]):
        key.cell(row=3 + i, column=1, value=k).fill = fill(RAG_FILL[k])
        key.cell(row=3 + i, column=2, value=word)
        key.cell(row=3 + i, column=3, value=text)
    key.column_dimensions["C"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    wb.move_sheet("Improvement Plan", offset=-1)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Updated for Improvement Board 18 March 2026. Where a revised target date has been agreed, "
                "the original date is retained for audit.")
    ws.merge_cells("A2:H2")
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
               "Previous RAG (Jan 2026)", "Current RAG (Mar 2026)", "Progress update"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX

    D = dt.datetime
    plan = [
        ("P", "Priority 1: Help and protection"),
        ("R", "Recommendation 1: The quality of assessments and plans for children in need and children "
              "subject to child protection plans, so that plans are specific, measurable and focused on "
              "reducing risk."),
        ("1.1", "Relaunch the practice standards for assessment and planning, with a one-page guide for "
                "practitioners and a refreshed SMART planning template in Mosaic.",
         "Principal Social Worker", D(2025, 5, 31), None, "B", "B",
         "Practice standards launched at all-staff briefing 22 May 2025. Template live in Mosaic."),
        ("1.2", "Deliver reflective planning workshops to all social workers and team managers in the "
                "Assessment and Child in Need teams.",
         "Head of Service – Assessment & Intervention", D(2025, 7, 31), D(2025, 10, 31), "A", "B",
         "All six cohorts complete; 94% attendance."),
        ("1.3", "Monthly thematic audit of CIN and CP plans, with learning fed back through the Practice "
                "Learning Forum.",
         "Head of Quality Assurance / Principal Social Worker", D(2025, 6, 30), None, "G", "G",
         "Audits monthly since June 2025; 71% of plans graded good or better in February 2026 (target 80%)."),
        ("R", "Recommendation 2: The timeliness of initial child protection conferences and the consistency "
              "of multi-agency attendance at strategy meetings."),
        ("1.4", "Introduce a daily strategy meeting slot with police and health, chaired by a MASH team "
                "manager.",
         "Service Manager (MASH and Front Door)", D(2025, 4, 30), None, "B", "B",
         "In place from 7 April 2025."),
        ("1.5", "Track the timeliness of ICPCs weekly at the Performance Clinic and escalate any conference "
                "outside 15 working days to the Head of Service.",
         "Head of Safeguarding and Quality Assurance", D(2025, 6, 30), D(2026, 3, 31), "A", "A",
         "Timeliness 84% (Feb 2026) against a 90% target; chair capacity increased from April 2026."),
        ("P", "Priority 2: Children in care and care leavers"),
        ("R", "Recommendation 3: The sufficiency of local foster homes, so that more children in care can "
              "live in Sutton close to their families and schools."),
        ("2.1", "Launch a refreshed foster carer recruitment campaign with an enhanced fees and allowances "
                "offer.",
         "Head of Corporate Parenting", D(2025, 9, 30), None, "G", "G",
         "Campaign live September 2025; 14 enquiries, 4 households in assessment."),
        ("2.2", "Join the South London fostering recruitment hub and share enquiry handling with "
                "neighbouring boroughs.",
         "Head of Corporate Parenting", D(2025, 12, 31), D(2026, 6, 30), "A", "R",
         "Hub go-live delayed by regional procurement; escalated to the DCS."),
        ("R", "Recommendation 4: Care leavers' access to suitable accommodation and to timely support with "
              "their health histories."),
        ("2.3", "Ensure every care leaver receives a health summary (health passport) at 18 and that this is "
                "recorded on the pathway plan.",
         "Service Manager (Care Leavers) / Designated Nurse for Children in Care", D(2025, 10, 31), None,
         "G", "G", "82% of care leavers turning 18 since October have a health summary on file."),
        ("P", "Priority 3: Leadership, management and workforce"),
        ("R", "Recommendation 5: The frequency and quality of supervision, so that it consistently drives "
              "progress in children's plans."),
        ("3.1", "Revise the supervision policy and introduce a recording template that links supervision to "
                "each child's plan.",
         "Principal Social Worker", D(2025, 5, 31), None, "B", "B",
         "Policy and template in use from June 2025."),
        ("3.2", "Reduce reliance on agency social workers through a recruitment and retention offer, "
                "including a market supplement for hard-to-fill roles.",
         "Director of Children's Social Care / HR Business Partner", D(2026, 3, 31), None, "A", "G",
         "Agency rate down from 31% to 22%."),
    ]
    r = 5
    for item in plan:
        if item[0] == "P":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True, color="FFFFFF", size=12)
            ws.cell(row=r, column=1).fill = fill("2E75B6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif item[0] == "R":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, italic=True)
            c.fill = fill("DDEBF7")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
        else:
            ref, action, lead, orig, rev, prev, cur, upd = item
            vals = [ref, action, lead, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            for j in (4, 5):
                ws.cell(row=r, column=j).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = fill(RAG_FILL[prev])
            ws.cell(row=r, column=7).fill = fill(RAG_FILL[cur])
            for j in (6, 7):
                ws.cell(row=r, column=j).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: completed actions remain on the plan until impact has been "
                                   "evidenced through audit for two consecutive quarters.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (8, 60, 30, 13, 13, 12, 12, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    summ = wb.create_sheet("Summary")
    summ["A1"] = "RAG summary – March 2026"
    summ["A1"].font = Font(bold=True)
    for i, (k, n) in enumerate([("Blue (complete)", 4), ("Green", 4), ("Amber", 1), ("Red", 1),
                                 ("Total actions", 10)]):
        summ.cell(row=3 + i, column=1, value=k)
        summ.cell(row=3 + i, column=2, value=n)
    summ.column_dimensions["A"].width = 20
    wb.save(out("fk1-sutton-council-ilacs-improvement-plan.xlsx"))


# =============================================================== 2. Cheshire West JTAI (docx)
def cheshire_west_jtai():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Cheshire West and Chester Safeguarding Children Partnership – JTAI Action Plan",
                      style="Title")
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to children and families "
                      "who need help")
    doc.add_paragraph("Inspection dates: 6–10 November 2023 | Letter published: 9 January 2024 | "
                      "Plan submitted: 28 February 2024")

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for r in [("Version", "Date", "Changes", "Owner"),
              ("0.3", "14/02/2024", "Draft for Partnership Executive", "Partnership Business Manager"),
              ("1.0", "28/02/2024", "Submitted to Ofsted", "Safeguarding Children Partnership Executive"),
              ("1.2", "17/10/2024", "Progress update for Partnership Executive", "Partnership Business Manager")]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            set_cell(c, v, bold=(r[0] == "Version"))

    doc.add_heading("RAG key", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, text, colour in [("Complete", "Action delivered and embedded in practice", "5B9BD5"),
                               ("Green", "On track", "00B050"),
                               ("Amber", "At risk of delay – mitigation agreed", "FFC000"),
                               ("Red", "Off track – requires Executive intervention", "FF0000")]:
        cells = t.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], text)

    doc.add_heading("Areas for improvement and partnership actions", level=1)
    doc.add_paragraph("The inspectors' letter identified four areas for improvement. Each table below sets out "
                      "the partnership's response and progress at October 2024.")

    areas = [
        ("The quality and consistency of early help assessments and plans, so that they are informed by the "
         "child's lived experience and have clear, measurable outcomes.",
         [("1.1", "Refresh the multi-agency Early Help Assessment and plan template.\n"
                  "Launch it through practitioner briefings in each locality.",
           "Head of Integrated Early Help", "March 2024",
           "New template live on 1 April 2024; 9 briefings held, 312 practitioners attended.", "Complete"),
          ("1.2", "Introduce a quarterly multi-agency audit of early help plans, with findings reported to the "
                  "Quality and Assurance Subgroup.",
           "Chair of the Quality and Assurance Subgroup", "Q1 2024/25",
           "First audit completed June 2024 (20 cases); second audit September 2024.", "Green")]),
        ("The understanding and use of the early help pathway by schools and health practitioners, including "
         "when to request support from the Integrated Front Door.",
         [("2.1", "Publish a revised Continuum of Need and Threshold Guidance, co-produced with schools and "
                  "health partners.",
           "Partnership Business Manager", "By 30 April 2024", "Published 26 April 2024.", "Complete"),
          ("2.2", "Deliver threshold training to designated safeguarding leads in all schools and colleges.",
           "Education Safeguarding Lead; Head of Integrated Early Help", "September 2024 – March 2025",
           "Autumn programme delivered to 88 of 141 schools; spring dates booked.", "Green"),
          ("2.3", "Place an early help advisor in each of the four primary care networks as a pilot.",
           "Designated Nurse for Safeguarding Children (ICB)", "Q3 2024/25",
           "Two of four advisors in post; recruitment to the remaining posts under way.", "Amber")]),
        ("The consistency of information sharing by police about children present at domestic abuse "
         "incidents, so that schools and early help services are notified in a timely way.",
         [("3.1", "Extend Operation Encompass notifications to early years settings and further education "
                  "colleges.",
           "DCI Public Protection, Cheshire Constabulary", "June 2024", "Live from 3 June 2024.", "Complete"),
          ("3.2", "Review the timeliness of police domestic abuse notifications through a monthly dip sample, "
                  "reporting exceptions to the Partnership Executive.",
           "Detective Inspector (Public Protection)", "Ongoing – monthly",
           "Dip samples since May 2024; 93% of notifications shared by 9am the next working day.", "Green")]),
        ("The partnership's oversight of the impact of early help, including the use of data from all "
         "partners.",
         [("4.1", "Develop an early help performance dashboard drawing on children's services, health and "
                  "school data, reviewed at each Partnership Executive.",
           "Head of Business Intelligence", "December 2024",
           "Dashboard prototype shared October 2024.\nHealth data sharing agreement awaiting sign-off.",
           "")]),
    ]
    rag_colour = {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for n, (finding, actions) in enumerate(areas, 1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        t = doc.add_table(rows=0, cols=6)
        t.style = "Table Grid"
        row = t.add_row().cells
        merged = row[0].merge(row[5])
        set_cell(merged, finding, bold=True)
        shade(merged, "E2EFDA")
        row = t.add_row().cells
        for c, h in zip(row, ["No.", "Action", "Lead", "Timescale", "Progress (October 2024)", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for ref, action, lead, when, progress, rag in actions:
            row = t.add_row().cells
            for c, v in zip(row, [ref, action, lead, when, progress, rag]):
                set_cell(c, v)
            if rag:
                shade(row[5], rag_colour[rag])
            else:
                shade(row[5], "FFC000")  # colour only, no word: amber
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=1)
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for r in [("Role", "Name", "Date"),
              ("Independent Scrutineer", "Dr Helen Marsh", "28/02/2024"),
              ("Director of Children's Services", "Colin Bradshaw", "28/02/2024")]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            set_cell(c, v, bold=(r[0] == "Role"))
    doc.save(out("fk1-cheshire-west-safeguarding-children-partnership-jtai-action-plan.docx"))


# =============================================================== 3. Merton SEND PAP (xlsx)
def merton_send():
    wb = Workbook()
    ws = wb.active
    ws.title = "Priority Action Plan"
    ws["A1"] = "Merton Local Area Partnership – SEND Priority Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Area SEND inspection 10–21 March 2025 (outcome: widespread and/or systemic failings). "
                "Plan version 1.2 – progress at 30 September 2025.")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Key:"
    ws["A3"].font = Font(bold=True)
    for col, (txt, colour) in zip("BCDEF", [("Complete", "5B9BD5"), ("On track", "00B050"),
                                            ("Some risk", "FFC000"), ("Off track", "FF0000"),
                                            ("Not yet started", None)]):
        c = ws[f"{col}3"]
        c.value = txt
        c.border = BOX
        if colour:
            c.fill = fill(colour)
    headers = ["Area for priority action", "Ref", "What we will do", "Who is responsible", "By when",
               "How we will know it has made a difference", "RAG"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX

    D = dt.datetime
    areas = [
        ("1. Leaders across education, health and care should urgently improve the timeliness of new EHC "
         "plans and the quality of annual reviews, so that children and young people's needs are accurately "
         "identified and met.",
         [("1.1", "Commission additional educational psychology capacity to clear the backlog of statutory "
                  "advice.", "Head of SEND & Inclusion", "Dec 2025",
           "90% of EP advice returned within 6 weeks", "00B050"),
          ("1.2", "Restructure the SEN casework team into locality teams with a dedicated annual review "
                  "officer in each.", "SEND Service Manager", D(2025, 7, 31),
           "Annual review amendments issued within 4 weeks of the meeting", "5B9BD5"),
          ("1.3", "Introduce a multi-agency EHCP quality assurance panel, meeting monthly, with parent carer "
                  "representation.", "Head of SEND & Inclusion / Designated Clinical Officer",
           "Autumn term 2025", "70% of new plans audited as good or better", "FFC000"),
          ("1.4", "Publish a monthly EHCP timeliness dashboard to the SEND Partnership Board.",
           "SEND Performance Lead", "Ongoing (monthly reporting)",
           "Board minutes show challenge on timeliness", "00B050")]),
        ("2. Leaders should reduce waiting times for neurodevelopmental assessment and ensure that children "
         "and their families receive effective support while they wait.",
         [("2.1", "Agree a single neurodevelopmental pathway across community paediatrics and CAMHS, with one "
                  "point of referral.", "Designated Clinical Officer (SWL ICB)", "31/01/2026",
           "Pathway signed off by the ICB Place Committee", "FFC000"),
          ("2.2", "Launch a 'support while waiting' offer through the family hubs, including parent workshops "
                  "and sleep clinics.", "Karen Ellis / Dr Tom Hayes", "Summer term 2026",
           "Parent survey: 60% feel supported while waiting", None),
          ("2.3", "Procure additional assessment capacity from an independent provider to reduce the longest "
                  "waits.", "ICB Associate Director of Commissioning", "Mar-26",
           "No child waiting more than 52 weeks", "FF0000")]),
        ("3. Leaders should strengthen the co-production of the Local Offer with children, young people and "
         "their families.",
         [("3.1", "Co-produce a redesigned Local Offer website with Merton Parent Carer Forum and the SEND "
                  "Youth Voice group.", "Local Offer Manager", D(2025, 11, 30),
           "Website use and parent feedback improve", "00B050"),
          ("3.2", "Hold termly 'You said, we did' events and publish the outcomes on the Local Offer.",
           "SEND Participation Officer", "Termly", "Events held each term", "5B9BD5")]),
    ]
    r = 6
    for area, actions in areas:
        first = r
        for ref, action, lead, when, measure, colour in actions:
            vals = [None, ref, action, lead, when, measure, None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(when, dt.datetime):
                ws.cell(row=r, column=5).number_format = "mmm-yy"
            if colour:
                ws.cell(row=r, column=7).fill = fill(colour)
            r += 1
        c = ws.cell(row=first, column=1, value=area)
        c.alignment = WRAP
        c.font = Font(bold=True)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG colours are agreed at the SEND Improvement Board; cells left white are "
                                   "not yet started.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", (45, 6, 55, 30, 16, 40, 8)):
        ws.column_dimensions[col].width = w

    gov = wb.create_sheet("Board dates")
    gov["A1"] = "SEND Improvement Board – meeting dates 2025/26"
    gov["A1"].font = Font(bold=True)
    for i, d in enumerate(["17 June 2025", "16 September 2025", "9 December 2025", "17 March 2026"], 3):
        gov.cell(row=i, column=1, value=d)
    gov.column_dimensions["A"].width = 30
    wb.save(out("fk1-merton-local-area-send-priority-action-plan.xlsx"))


# =============================================================== 4. Kingston & Richmond YJS (docx)
def kingston_richmond_yjs():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Kingston and Richmond Youth Justice Service: HM Inspectorate of Probation Inspection "
                    "Improvement Plan")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Inspection fieldwork: 2–6 December 2024 | Report published: 25 February 2025 | "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("This plan is owned by the Youth Justice Management Board and reviewed at each Board "
                      "meeting. Status at 15 September 2025.")

    cols = ["Recommendation", "No.", "Action", "Owner", "Target date", "Status", "Progress / evidence"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")

    plan = [
        ("band", "The Kingston and Richmond Youth Justice Management Board should:"),
        ("rec", "1. ensure that board members understand the needs of children known to the service, including "
                "those from minority ethnic backgrounds, and use this to challenge and support service delivery",
         [("1.1", "Hold a board development session on disproportionality, using the service's local data on "
                  "ethnicity and children in care.", "Chair of the Management Board", "End of March 2025",
           "Complete", "Session held 20 March 2025; actions added to the disproportionality plan."),
          ("1.2", "Add a disproportionality dashboard to every board performance report.",
           "YJS Performance and Information Officer", "31/05/2025", "Complete",
           "Dashboard in the June and September board packs.")]),
        ("rec", "2. ensure that children have timely access to speech, language and communication assessment "
                "and support",
         [("2.1", "Agree funding for a dedicated speech and language therapist post within the YJS from the "
                  "health partnership.", "ICB Head of Children's Commissioning", "September 2025", "Amber",
           "Funding agreed in principle; recruitment delayed to October.")]),
        ("band", "The Head of Youth Justice should:"),
        ("rec", "3. improve the quality of assessment and planning for keeping other people safe, so that it "
                "considers all relevant information, including from children's social care",
         [("3.1", "Deliver risk of harm training to all case managers, with a focus on contingency planning.",
           "Head of Youth Justice / Practice Development Manager", "April – June 2025", "Complete",
           "Three sessions delivered; all 14 case managers attended."),
          ("3.2", "Introduce management countersignature of all assessments where the risk of serious harm is "
                  "medium or above.", "Team Managers", "Ongoing", "Green",
           "Countersignature in place since April 2025; monthly audit shows 100% compliance.")]),
        ("rec", "4. ensure that the needs and wishes of victims are consistently considered in planning and "
                "delivering out-of-court disposals",
         [("4.1", "Review the victim contact procedure and add victim safety considerations to the "
                  "out-of-court disposal panel template.", "Restorative Justice and Victims Officer",
           "Q1 2025/26", "Green", "Template revised; procedure review to be signed off at the October Board.")]),
        ("rec", "5. strengthen the arrangements for children's transition to the Probation Service at 18",
         [("5.1", "Agree a joint transitions protocol with the local Probation Delivery Unit and audit a "
                  "sample of transitions after six months.", "Head of Youth Justice; Probation Delivery Unit "
                  "Head", "Dec 2025", "Not started", "Initial meeting arranged for October 2025.")]),
    ]
    status_colour = {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for item in plan:
        if item[0] == "band":
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            set_cell(m, item[1], bold=True)
            shade(m, "DEEAF6")
            continue
        _, rec, actions = item
        first_row = None
        for ref, action, owner, when, status, progress in actions:
            row = t.add_row()
            cells = row.cells
            if first_row is None:
                first_row = row
            for c, v in zip(cells[1:], [ref, action, owner, when, status, progress]):
                set_cell(c, v)
            if status in status_colour:
                shade(cells[5], status_colour[status])
        top = first_row.cells[0]
        bottom = t.rows[-1].cells[0]
        merged = top.merge(bottom) if bottom is not top else top
        set_cell(merged, rec)
    widths = [Cm(5.5), Cm(1.2), Cm(6.5), Cm(3.8), Cm(2.6), Cm(2.2), Cm(5.0)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete; Green – on track; Amber – some delay, mitigation in place; "
                      "Red – off track; Not started.")
    doc.save(out("fk1-kingston-richmond-yjs-hmip-improvement-plan.docx"))


# =============================================================== 5. Lewisham early help (csv)
def lewisham_early_help():
    import csv
    import io

    rows = [
        ["Lewisham Early Help Partnership Action Plan 2024–2026", "", "", "", "", "", "", ""],
        ["Reporting to: Lewisham Early Help Partnership Board. Last updated: 12/11/2025", "", "", "", "", "", "",
         ""],
        ["", "", "", "", "", "", "", ""],
        ["Priority", "Ref", "Action", "Lead(s)", "Start", "Due", "RAG", "Latest update"],
        ["1. Family Hubs and the Start for Life offer", "1.1",
         "Open the remaining two family hubs in Bellingham and Downham, with co-located health visiting and "
         "midwifery.", "Head of Early Help; Family Hubs Manager", "Apr-24", "31/03/2025", "Complete",
         "Both hubs open (Downham opened 10 March 2025)."],
        ["", "1.2", "Publish the Start for Life offer in print and online in the five most spoken community "
                    "languages.", "Start for Life Programme Lead", "Jun-24", "Mar-25", "Complete",
         "Published in English, Portuguese, Spanish, Somali, Turkish and Vietnamese."],
        ["", "1.3", "Train family hub staff and volunteers in perinatal mental health awareness, with a clear "
                    "referral route to the specialist perinatal team.", "Sam Okafor & Priya Desai", "Sep-24",
         "Sep-25", "Amber", "78% trained; remaining sessions booked for December 2025."],
        ["2. Early help system and workforce", "2.1",
         "Embed the Early Help Assessment on the new case management system for all partners, replacing paper "
         "and email referrals.", "Early Help Systems Lead", "Jan-25", "Q4 2025/26", "Green",
         "Schools and health visiting live; voluntary sector go-live February 2026."],
        ["", "2.2", "Deliver a multi-agency early help training programme, including the lead practitioner role, "
                    "to schools, health and voluntary sector partners.",
         "Early Help Partnership Training Coordinator", "Apr-25", "Termly", "Green",
         "Summer and autumn programmes delivered; 240 practitioners trained."],
        ["", "2.3", "Agree a lead practitioner protocol so that every family with an early help plan has a named "
                    "lead practitioner from the agency best placed to support them.\n"
                    "Partners to sign up through the Early Help Partnership Board.",
         "Head of Early Help", "Feb-25", "30/06/2025", "Red",
         "Protocol drafted; sign-off delayed, escalated to the Board in October."],
        ["3. Supporting Families outcomes", "3.1",
         "Use the Supporting Families data platform to identify families earlier, matching school attendance, "
         "police and health data.", "Supporting Families Data Analyst", "Apr-25", "Dec-25", "Green",
         "Data matching live for attendance and police; health data from January."],
        ["", "3.2", "Develop an offer for families affected by parental conflict, commissioning Reducing Parental "
                    "Conflict training for practitioners.", "Reducing Parental Conflict Lead", "Sep-25",
         "Jul-26", "", "Not started – awaiting grant confirmation."],
        ["", "3.3", "Report Supporting Families outcomes and payment-by-results claims to the Board each quarter.",
         "Head of Early Help / Performance Manager", "Apr-24", "Ongoing", "Green",
         "Q2 claim submitted; 186 families with successful outcomes this year."],
        ["", "", "", "", "", "", "", ""],
        ["Summary", "", "", "", "", "", "", ""],
        ["Complete", "2", "", "", "", "", "", ""],
        ["Green", "4", "", "", "", "", "", ""],
        ["Amber", "1", "", "", "", "", "", ""],
        ["Red", "1", "", "", "", "", "", ""],
        ["Not started", "1", "", "", "", "", "", ""],
        ["Total", "9", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    with open(out("fk1-lewisham-early-help-partnership-action-plan.csv"), "w", encoding="utf-8",
              newline="") as f:
        f.write(buf.getvalue())


# =============================================================== 6. Barnsley corporate parenting (txt)
def barnsley_corporate_parenting():
    T = "\t"
    lines = [
        "Barnsley Corporate Parenting Panel – Action Plan 2025/26",
        "Updated for Panel meeting 9 September 2025",
        "RAG: B = complete, G = on track, A = some slippage, R = off track",
        "",
        T.join(["No.", "What we will do", "Lead", "By when", "Progress", "RAG"]),
        "Pledge 1: We will listen to you and act on what you tell us",
        T.join(["1.1", "Hold a Panel meeting each year that is planned and chaired by members of the Children in "
                       "Care Council.", "Participation Lead (Children in Care)", "March 2026",
                "Date agreed for 12 March 2026; young people are choosing the agenda.", "G"]),
        T.join(["1.2", "Publish a 'You said, we did' update after every Panel meeting on the care experienced "
                       "website.", "Participation Lead (Children in Care)", "Each Panel meeting",
                "Updates published for the June and September meetings.", "G"]),
        "Pledge 2: We will help you to have a safe, stable home",
        T.join(["2.1", "Increase the number of Barnsley foster carers by 15 households through the fostering "
                       "recruitment hub.", "Head of Fostering and Adoption", "31/03/2026",
                "9 new households approved since April 2025.", "G"]),
        T.join(["2.2", "Open a second in-house children's home for up to four children with complex needs.",
                "Head of Children in Care and Care Leavers", "Oct 2025",
                "Ofsted registration visit booked; staff recruitment 80% complete.", "A"]),
        T.join(["", "", "", "", "Furnishing co-designed with young people from the Children in Care Council.",
                ""]),
        "Pledge 3: We will support your education, health and wellbeing",
        T.join(["3.1", "Ensure every child in care has a Personal Education Plan reviewed each term, with at least "
                       "90% judged good quality.", "Virtual School Headteacher", "December 2025",
                "Summer PEP completion 96%; quality 84%.", "A"]),
        T.join(["3.2", "Introduce a fast-track route to emotional health support for children in care through the "
                       "CAMHS single point of access.", "Jo Hartley and Mark Ellison", "By end of January 2026",
                "Pathway agreed in principle with SWYFT.", "G"]),
        "Pledge 4: We will help you get ready for adult life",
        T.join(["4.1", "Extend the council tax exemption to Barnsley care leavers living out of borough, up to age "
                       "25.", "Service Director (Finance) / Head of Children in Care and Care Leavers",
                "April 2025", "Agreed at Cabinet 19 March 2025 and in place from 1 April 2025.", "B"]),
        T.join(["4.2", "Offer every care leaver a guaranteed interview for council apprenticeships and work "
                       "placements.", "HR Business Partner (Children's Services)", "Jul-25",
                "Six care leavers have started apprenticeships since July.", "B"]),
        T.join(["4.3", "Review the Staying Close offer for young people leaving residential care.",
                "Service Manager (Care Leavers)", "Q4 2025/26",
                "Review not started; lead officer post vacant.", "R"]),
        "",
        "Actions: 9 | B 2 | G 4 | A 2 | R 1",
    ]
    with open(out("fk1-barnsley-corporate-parenting-panel-action-plan.txt"), "w", encoding="utf-8",
              newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# =============================================================== 7. Sefton children's home (xlsx, refuse)
def sefton_childrens_home():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Ashlea House – Ofsted Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Sefton Council, Children's Residential Services | URN SC480213"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Full inspection: 4–5 February 2025 | Overall experiences and progress of children and young "
                "people: Requires improvement to be good")
    ws["A4"] = ("Registered manager: Lisa Brennan | Responsible individual: Head of Residential and Specialist "
                "Services")
    for a in ("A1", "A2", "A3", "A4"):
        ws.merge_cells(f"{a}:{'G' + a[1:]}")
    headers = ["Type", "Regulation / standard", "Requirement or recommendation", "Action to be taken",
               "Responsible person", "Complete by", "Status"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("Requirement", "Regulation 12 – the protection of children standard",
         "The registered person must ensure that staff understand and follow the home's procedures when a "
         "child is missing from care. (Regulation 12(1)(2)(a)(v))",
         "All staff to complete refresher training on the missing from care protocol and sign the updated "
         "procedure.", "Registered Manager", "14/03/2025", "Complete"),
        ("Requirement", "Regulation 13 – the leadership and management standard",
         "The registered person must ensure that the monitoring of records of restraint and incidents "
         "identifies patterns and leads to learning. (Regulation 13(2)(h))",
         "Registered manager to complete a monthly audit of incident and physical intervention records, shared "
         "with the responsible individual.", "Registered Manager", "31 March 2025", "Complete"),
        ("Requirement", "Regulation 35 – behaviour management policies and records",
         "The registered person must ensure that each use of a measure of control, discipline or restraint is "
         "recorded within 24 hours and includes the child's views. (Regulation 35(3)(a))",
         "Introduce a debrief form for children after every restraint and check completion in weekly "
         "supervision.", "Deputy Manager", "30 Apirl 2025", "In progress"),
        ("Recommendation", "Quality standard 4 – the health and well-being standard",
         "The registered person should ensure that children are supported to attend health appointments, "
         "including dental and optician checks.",
         "Keyworkers to agree a health appointment tracker with each child and review it monthly.",
         "Registered Manager / Responsible Individual", "31/05/2025", "In progress"),
        ("Recommendation", "Quality standard 6 – the positive relationships standard",
         "The registered person should ensure that the home's location risk assessment is updated with "
         "information from the police and local partners.",
         "Update the location risk assessment with the neighbourhood police team and the exploitation "
         "co-ordinator.", "Senior Residential Worker", "June 2025", "Not started"),
    ]
    for i, row in enumerate(rows, 7):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
    ws["A13"] = "Signed (Responsible Individual): ____________________    Date: 10/02/2025"
    ws["A14"] = "Progress against this plan is reported to Sefton's Corporate Parenting Board each quarter."
    for col, w in zip("ABCDEFG", (16, 28, 55, 50, 26, 14, 14)):
        ws.column_dimensions[col].width = w
    wb.save(out("fk1-sefton-council-childrens-home-ofsted-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    sutton_ilacs()
    cheshire_west_jtai()
    merton_send()
    kingston_richmond_yjs()
    lewisham_early_help()
    barnsley_corporate_parenting()
    sefton_childrens_home()
    print("written to", HERE)
