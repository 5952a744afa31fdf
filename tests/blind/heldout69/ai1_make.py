"""Generate the ai1- case files for heldout69 (children's services plans).

Run with /work/main/.venv/bin/python ai1_make.py  (python-docx + openpyxl).
Writes the seven document files beside this script; the .expected.yaml files
are written by hand.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime

# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
RAGFILL = {
    "red": PatternFill("solid", fgColor="FFFF0000"),
    "amber": PatternFill("solid", fgColor="FFFFC000"),
    "green": PatternFill("solid", fgColor="FF00B050"),
    "blue": PatternFill("solid", fgColor="FF0070C0"),
    "grey": PatternFill("solid", fgColor="FFD9D9D9"),
}


def hdr_row(ws, row, values, fill="FF1F3864", color="FFFFFFFF"):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color=color)
        c.fill = PatternFill("solid", fgColor=fill)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def body_cell(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


# ======================================================= 1. Bexley SEND PAP
def bexley():
    wb = Workbook()
    ws = wb.active
    ws.title = "PAP Action Tracker"
    widths = [9, 48, 24, 18, 11, 11, 12, 50, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws["A1"] = "Bexley Local Area Partnership \u2013 SEND Priority Action Plan (PAP): Action Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Ofsted/CQC Area SEND Inspection of the Bexley local area partnership (fieldwork December 2023; "
                "report published 23 February 2024). Improvement Notice issued 1 May 2024.")
    ws.merge_cells("A2:I2")
    ws["A3"] = "Position as at: 30 June 2025    |    Reporting to: Bexley SEND Improvement Board"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")

    hdr_row(ws, 5, ["Ref", "Action", "Lead officer", "Partner(s)", "Start date", "Target date",
                    "Revised target date", "Progress update (June 2025)", "RAG"])

    sections = [
        ("Priority Action 1: Leaders should work together at pace to ensure that children and young people are "
         "prepared effectively for adulthood, so that annual reviews from Year 9 focus on how they will be "
         "supported to achieve the best outcomes in adult life",
         [
             ("1.1", "Introduce a Preparing for Adulthood (PfA) outcomes section in the annual review paperwork for all "
                     "young people in Year 9 and above, co-produced with Bexley Voice and young people.",
              "Head of SEND Assessment and Review", "LBB, Bexley Voice", D(2024, 5, 1), D(2024, 9, 30), None,
              "New paperwork launched at the SENCO forum in September 2024. Audit of 40 Year 9+ reviews in February "
              "2025 found 31 with PfA outcomes recorded; re-audit planned for October.", "Complete"),
             ("1.2", "Deliver PfA training for SENCOs, post-16 providers and social care transitions workers covering the "
                     "four PfA outcome areas.",
              "PfA Lead / Principal Educational Psychologist", "LBB, schools, FE colleges", D(2024, 9, 1),
              D(2025, 3, 31), D(2025, 7, 31),
              "Four of six sessions delivered (112 attendees). The two sessions for FE colleges were moved to the "
              "summer term at the colleges' request.", "Amber"),
             ("1.3", "Establish a 14\u201325 transitions panel to track young people with EHC plans who will need adult "
                     "health or social care support.",
              "Assistant Director, Adult Social Care", "LBB, SEL ICB", D(2024, 7, 1), D(2024, 12, 31), D(2025, 1, 31),
              "Panel established in January 2025 and meets monthly; 63 young people currently tracked. Terms of "
              "reference to be reviewed in July.", "Green"),
         ]),
        ("Priority Action 2: Leaders should urgently improve arrangements for ensuring that amended EHC plans are "
         "completed and issued in a timely way and better reflect current needs and provision, particularly as "
         "children and young people move through phases of education",
         [
             ("2.1", "Clear the backlog of overdue amended EHC plans through a dedicated annual review team.",
              "Head of SEND Assessment and Review", "LBB", D(2024, 4, 1), D(2024, 12, 31), D(2025, 3, 31),
              "Backlog reduced from 612 to 38 by the end of March 2025. All remaining cases have an agreed issue "
              "date.", "Complete"),
             ("2.2", "Introduce a phase transfer timetable so that amended plans for Year 6 and Year 11 transfers are "
                     "issued by 15 February and 31 March respectively.",
              "SEND Casework Manager", "LBB, schools", D(2024, 9, 1), (D(2025, 3, 31), "dd/mm/yyyy"), None,
              "All Year 6 transfer plans issued by 15/02/25. 93% of Year 11 plans issued by 31 March; the rest are "
              "awaiting post-16 placement consultation responses.", "Green"),
             ("2.3", "Run a monthly multi-agency audit of amended EHC plans with health and social care advice writers, "
                     "reporting findings to the SEND Quality Assurance Group.",
              "KT / RO", "LBB, SEL ICB, Oxleas", D(2024, 6, 1), "Monthly", None,
              "Audits held every month since July 2024. 64% of plans audited in May 2025 rated good or better, up "
              "from 38% in July 2024.", "Green"),
         ]),
        ("Priority Action 3: Leaders should quickly address the delays and gaps in the commissioning and provision "
         "of speech and language and occupational therapies to ensure equity of provision across Bexley",
         [
             ("3.1", "Agree a joint commissioning plan for speech and language therapy (SLT) and occupational therapy "
                     "(OT) between the council and SEL ICB (Bexley).",
              "Designated Clinical Officer; Head of Joint Commissioning", "SEL ICB, LBB", D(2024, 5, 1),
              D(2024, 10, 31), D(2025, 1, 31),
              "Plan agreed by the Joint Commissioning Group in January 2025. Procurement of additional OT capacity "
              "is waiting for ICB financial approval.", "Amber"),
             ("3.2", "Reduce the wait for an OT assessment to no more than 18 weeks.",
              "Service Manager, Oxleas Children's Therapies", "Oxleas, SEL ICB", D(2024, 5, 1), D(2025, 3, 31),
              D(2025, 9, 30),
              "Average wait 31 weeks in May 2025 (44 weeks in March 2024). Two Band 6 vacancies have not been "
              "filled; agency cover is being sought.", "Red"),
         ]),
        ("Area for Improvement 1: Leaders should work together to improve how the voices of children and young "
         "people are used to make improvements to services",
         [
             ("AFI 1.1", "Set up a SEND youth forum and bring its views to every SEND Improvement Board meeting.",
              "Participation Manager", "LBB, Bexley Voice", D(2024, 6, 1), D(2025, 1, 31), None,
              "Forum launched November 2024 with 14 members. Standing item on the Board agenda since January 2025.",
              "Complete"),
             ("AFI 1.2", "Make sure every EHC needs assessment and annual review records the child's views in their own "
                         "words through the 'All about me' section.",
              "Head of SEND Assessment and Review", "LBB, schools", D(2024, 9, 1), D(2025, 6, 30), None,
              "May 2025 audit: 78% of plans include the child's views in their own words (target 90%).", "Green"),
         ]),
        ("Area for Improvement 2: Leaders should strengthen their oversight of children and young people with SEND "
         "who are on reduced timetables or missing education",
         [
             ("AFI 2.1", "Create a single register of children with EHC plans on part-time timetables, reviewed "
                         "fortnightly by the Inclusion Team.",
              "Head of Inclusion", "LBB, schools", D(2024, 6, 1), D(2024, 11, 30), None,
              "Register live since October 2024; 47 children currently recorded, each with a named officer and "
              "review date.", "Complete"),
             ("AFI 2.2", "Report part-time timetable and children missing education data to the SEND Improvement Board "
                         "each quarter.",
              "Head of Inclusion", "LBB", D(2024, 10, 1), "Quarterly", None,
              "Reported in January and April 2025. Next report due July 2025.", "Green"),
         ]),
    ]
    ragfill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    row = 6
    for si, (heading, actions) in enumerate(sections):
        c = ws.cell(row=row, column=1, value=heading)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FFDDEBF7")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        ws.row_dimensions[row].height = 32
        row += 1
        for (ref, action, lead, partners, start, target, revised, progress, rag) in actions:
            body_cell(ws, row, 1, ref)
            body_cell(ws, row, 2, action)
            body_cell(ws, row, 3, lead)
            body_cell(ws, row, 4, partners)
            body_cell(ws, row, 5, start, "dd/mm/yyyy")
            if isinstance(target, tuple):
                body_cell(ws, row, 6, target[0], target[1])
            elif isinstance(target, str):
                body_cell(ws, row, 6, target)
            else:
                body_cell(ws, row, 6, target, "mmm-yy")
            body_cell(ws, row, 7, revised, "mmm-yy" if revised else None)
            body_cell(ws, row, 8, progress)
            rc = body_cell(ws, row, 9, rag)
            rc.fill = RAGFILL[ragfill[rag]]
            rc.font = Font(bold=True, color="FFFFFFFF" if rag in ("Complete", "Red", "Green") else "FF000000")
            row += 1
        row += 1  # blank row between sections

    ws.cell(row=row, column=1, value="RAG key").font = Font(bold=True)
    row += 1
    for word, meaning, f in [("Complete", "Action delivered and impact evidenced", "blue"),
                             ("Green", "On track to deliver by the target date", "green"),
                             ("Amber", "Some slippage; recovery plan in place", "amber"),
                             ("Red", "Off track / significant risk to delivery", "red")]:
        c = ws.cell(row=row, column=1, value=word)
        c.fill = RAGFILL[f]
        ws.cell(row=row, column=2, value=meaning)
        row += 1
    row += 1
    ws.cell(row=row, column=1, value=("Partners: LBB = London Borough of Bexley; SEL ICB = South East London Integrated "
                                      "Care Board; Oxleas = Oxleas NHS Foundation Trust; Bexley Voice = parent carer "
                                      "forum"))
    ws.freeze_panes = "A6"
    wb.save(out("ai1-bexley-send-pap-action-tracker.xlsx"))


# ================================================== 2. Rochdale ILACS plan
def rochdale():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc.column_dimensions["A"].width = 18
    dc.column_dimensions["B"].width = 16
    dc.column_dimensions["C"].width = 28
    dc.column_dimensions["D"].width = 60
    dc["A1"] = "Document control"
    dc["A1"].font = Font(bold=True, size=13)
    info = [("Document title", "Children's Services Improvement Plan 2023\u20132025"),
            ("Version", "1.4"),
            ("Owner", "Director of Children's Services"),
            ("Approved by", "Children's Improvement Board, 20 June 2023"),
            ("Last updated", "12 January 2024")]
    r = 3
    for k, v in info:
        dc.cell(row=r, column=1, value=k).font = Font(bold=True)
        dc.cell(row=r, column=2, value=v)
        r += 1
    r += 1
    dc.cell(row=r, column=1, value="Version history").font = Font(bold=True)
    r += 1
    hdr_row(dc, r, ["Version", "Date", "Author", "Summary of changes"])
    r += 1
    for v, d, a, s in [("1.0", D(2023, 6, 5), "Head of Service \u2013 Quality Assurance", "First draft for Improvement Board"),
                       ("1.1", D(2023, 6, 20), "Head of Service \u2013 Quality Assurance", "Board comments; approved"),
                       ("1.2", D(2023, 8, 1), "Performance & Improvement Officer", "July progress update"),
                       ("1.3", D(2023, 10, 16), "Performance & Improvement Officer", "October progress update"),
                       ("1.4", D(2024, 1, 12), "Performance & Improvement Officer", "January progress update")]:
        body_cell(dc, r, 1, v)
        body_cell(dc, r, 2, d, "dd/mm/yyyy")
        body_cell(dc, r, 3, a)
        body_cell(dc, r, 4, s)
        r += 1

    ws = wb.create_sheet("Improvement Plan")
    for col, w in zip("ABCDEFGH", [6, 40, 50, 28, 13, 52, 11, 11]):
        ws.column_dimensions[col].width = w
    ws["A1"] = ("Rochdale Borough Council \u2013 Children's Services Improvement Plan "
                "(response to Ofsted ILACS inspection, 2023)")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress update: January 2024"
    ws["A2"].font = Font(italic=True)
    hdr_row(ws, 4, ["No.", "Ofsted recommendation (what needs to improve)", "Action", "Lead", "Timescale",
                    "Progress update", "Previous RAG (Oct 23)", "Current RAG (Jan 24)"])
    recs = [
        ("1. The quality and impact of management oversight and supervision, so that it consistently progresses "
         "children's plans.",
         [("1.1", "Relaunch the supervision policy with a mandatory reflective supervision template that records the "
                  "impact of actions on the child's plan.",
           "Head of Service \u2013 Quality Assurance", (D(2023, 9, 30), "mmm-yy"),
           "Policy relaunched September 2023. Dip sample of 60 supervision records in December found 48 using the "
           "new template.", "G", "blue"),
          ("1.2", "Deliver a practice leadership programme for all team managers and advanced practitioners.",
           "Principal Social Worker", "Q4 2023/24",
           "Cohort 1 (14 managers) completed November 2023. Cohort 2 started January 2024.", "A", "green")]),
        ("2. The response to disabled children, including the timeliness and quality of assessments and plans.",
         [("2.1", "Review the threshold and pathway for disabled children, bringing the Children with Disabilities "
                  "team into the front door arrangements.",
           "Head of Service \u2013 Children with Disabilities", (D(2023, 12, 31), "mmm-yy"),
           "Pathway agreed with health partners. Implementation delayed to February 2024 pending recruitment of two "
           "social workers.", "A", "amber"),
          ("2.2", "Audit all open disabled children's cases for the quality of assessment and plan, and put right "
                  "any deficits within 8 weeks of the audit.",
           "AD Children's Social Care", (D(2024, 1, 31), "dd/mm/yyyy"),
           "112 of 140 cases audited. Remedial actions tracked weekly at the performance clinic.", "R", "amber")]),
        ("3. The multi-agency response to children at risk of exploitation and children who go missing from home "
         "or care.",
         [("3.1", "Refresh the Complex Safeguarding Hub operating model with Greater Manchester Police and the ICB, "
                  "including daily risk meetings.",
           "Service Manager (Complex Safeguarding)", "March 2024",
           "New operating model in place since October 2023. Daily risk meetings attended by police, health and "
           "education; evaluation due March 2024.", "G", "green"),
          ("3.2", "Ensure all return home interviews are offered within 72 hours and the information is used to "
                  "update the child's plan.",
           "MJ/SW", "Ongoing",
           "Offer within 72 hours rose to 86% in December 2023 (71% in June). Analysis of themes now presented "
           "monthly to the Missing From Home panel.", "A", "amber")]),
        ("4. The quality of child in need and child protection plans, so that they are specific, measurable and "
         "lead to timely change for children.",
         [("4.1", "Introduce a new plan template co-produced with parents, with SMART actions and clear contingency "
                  "arrangements.",
           "Head of Service \u2013 Safeguarding", (D(2023, 11, 30), "mmm-yy"),
           "Template live in the case recording system from 13 November 2023.", "G", "blue"),
          ("4.2", "Independent reviewing officers and child protection chairs to escalate plans that are not "
                  "progressing, using the revised dispute resolution process.",
           "Head of Safeguarding and Quality Assurance", (D(2024, 4, 30), "mmm-yy"),
           "Revised dispute resolution process launched October 2023; 17 escalations raised, 15 resolved at "
           "stage 1.", "G", "green")]),
        ("5. Sufficiency of homes for children in care, including for children with complex needs.",
         [("5.1", "Publish a refreshed Sufficiency Strategy 2024\u20132027 and open two new in-house children's homes.",
           "Head of Commissioning / Head of Service \u2013 Children in Care", "Sept 2023 \u2013 March 2025",
           "Strategy approved by Cabinet in December 2023. First home registered with Ofsted; building works for "
           "the second home start April 2024.", "A", "amber"),
          ("5.2", "Recruit 25 additional foster carers through the Greater Manchester fostering recruitment hub.",
           "Fostering Service Manager", (D(2025, 3, 31), "mmm-yy"),
           "Nine households approved since June 2023 against a target of 12 by this point; targeted campaign "
           "planned for spring 2024.", "R", "red")]),
    ]
    prevfill = {"G": "green", "A": "amber", "R": "red"}
    row = 5
    for rec, actions in recs:
        first = row
        for (ref, action, lead, when, progress, prev, cur) in actions:
            body_cell(ws, row, 1, ref)
            body_cell(ws, row, 2, rec if row == first else None)
            body_cell(ws, row, 3, action)
            body_cell(ws, row, 4, lead)
            if isinstance(when, tuple):
                body_cell(ws, row, 5, when[0], when[1])
            else:
                body_cell(ws, row, 5, when)
            body_cell(ws, row, 6, progress)
            pc = body_cell(ws, row, 7, prev)
            pc.fill = RAGFILL[prevfill[prev]]
            pc.alignment = Alignment(horizontal="center", vertical="top")
            cc = body_cell(ws, row, 8, None)
            cc.fill = RAGFILL[cur]
            row += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=2, value="RAG key").font = Font(bold=True)
    row += 1
    for f, meaning in [("blue", "Complete"), ("green", "On track"),
                       ("amber", "Some slippage \u2013 mitigations in place"), ("red", "Off track")]:
        ws.cell(row=row, column=1).fill = RAGFILL[f]
        ws.cell(row=row, column=2, value=meaning)
        row += 1
    ws.freeze_panes = "C5"
    wb.active = 1
    wb.save(out("ai1-rochdale-ilacs-improvement-plan.xlsx"))


# ================================================ 3. Lakewood RQIA QIP (refuse)
def lakewood():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP tracker"
    for col, w in zip("ABCDEFGHI", [8, 16, 12, 46, 46, 22, 16, 44, 12]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "South Eastern Health and Social Care Trust"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Lakewood Regional Secure Care Centre \u2013 RQIA Quality Improvement Plan (QIP) tracker"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A3"] = ("Unannounced care inspection 4\u20135 June 2024. QIP returned to RQIA 12 July 2024. "
                "Tracker updated 30 September 2024.")
    ws.merge_cells("A3:I3")
    hdr_row(ws, 5, ["AFI No.", "Regulation / Standard", "Stated", "Area for improvement", "Action to be taken",
                    "Responsible person", "To be completed by", "Progress update", "Status"],
            fill="FF005EB8")
    sec1 = ("Action required to ensure compliance with The Children's Homes Regulations (Northern Ireland) 2005")
    sec2 = "Action required to ensure compliance with the Minimum Standards for Children's Homes (2014)"
    rows = [
        ("sec", sec1),
        (1, "Regulation 16(1)", "First time",
         "The registered person shall ensure that young people's care plans are reviewed following every "
         "significant incident, including any period of single separation.",
         "Review template amended to include a post-incident care plan review within 72 hours. Unit managers to "
         "check compliance weekly.", "Registered Manager", (D(2024, 7, 31), "dd/mm/yyyy"),
         "Template amended July 2024. Weekly checks in place; compliance 94% in September.", "Complete"),
        (2, "Regulation 21(4)", "Second time",
         "The registered person shall ensure that all staff complete refresher training in physical intervention "
         "within the required timescale.",
         "Schedule refresher training for the 11 staff who are out of date and block-book future refreshers on a "
         "rolling basis.", "Deputy Manager (Training)", "31 Ocotber 2024",
         "Seven of the 11 staff have completed refreshers. Remaining four booked for 15 and 22 October.", "On track"),
        (3, "Regulation 29", "First time",
         "The registered person shall ensure that monthly monitoring reports are completed and available in the "
         "home.",
         "Senior Manager to complete Regulation 29 visits monthly and file the report in the home within 5 working "
         "days.", "Senior Manager, Residential Services", (D(2024, 8, 31), "dd/mm/yyyy"),
         "Visits completed for July, August and September; reports on file.", "Complete"),
        ("sec", sec2),
        (4, "Standard 4.7", "First time",
         "Records of searches of young people's rooms should state the reason for the search and who authorised "
         "it.",
         "Search record form revised; all staff briefed at team meetings.", "Unit Managers",
         (D(2024, 9, 30), "dd/mm/yyyy"),
         "Revised form in use from 1 August 2024. Spot check of 20 records found all complete.", "Complete"),
        (5, "Standard 9.3", "First time",
         "Each young person's education placement plan should be reviewed with the school at least termly.",
         "Education Co-ordinator to hold a termly review with each young person's school or the on-site education "
         "provider and record it on the care file.", "Education Co-ordinator", "Termly",
         "Autumn term reviews scheduled for all nine young people.", "Ongoing"),
        (6, "Standard 17.6", "First time",
         "Supervision should take place at least monthly for all care staff and be recorded.",
         "Supervision tracker introduced; overdue supervisions reported to the Registered Manager each week.",
         "Registered Manager / Deputy Manager", (D(2024, 12, 31), "mmm-yy"),
         "Monthly supervision rate 83% in September (61% at inspection).", "On track"),
    ]
    r = 6
    for item in rows:
        if item[0] == "sec":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="FFD9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            for col, v in enumerate(item, start=1):
                if isinstance(v, tuple):
                    body_cell(ws, r, col, v[0], v[1])
                else:
                    body_cell(ws, r, col, v)
            st = ws.cell(row=r, column=9)
            st.fill = {"Complete": RAGFILL["blue"], "On track": RAGFILL["green"],
                       "Ongoing": RAGFILL["green"]}[item[8]]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete | On track | Ongoing | Not started | Overdue")
    ws.cell(row=r, column=1).font = Font(italic=True)
    wb.save(out("ai1-lakewood-secure-care-centre-rqia-qip-tracker.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


DOCRAG = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Completed": "8EA9DB",
          "Achieved": "8EA9DB", "On track": "00B050", "Not started": "FFFFFF"}


# =============================================== 4. Powys CIW improvement plan
def powys():
    doc = Document()
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(1.8)
    doc.add_heading("Powys County Council \u2013 Children's Services Improvement Plan 2019\u20132022", level=0)
    doc.add_paragraph("Progress report to the Improvement and Assurance Board \u2013 July 2019")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "3.1"), ("Date", "15 July 2019"), ("Owner", "Head of Children's Services"),
                 ("Status", "Final \u2013 for Board")]:
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True)
        set_text(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan responds to the Care Inspectorate Wales (CIW) inspection of children's services carried out in "
        "October 2018 and published in January 2019. It is organised into seven strands. For each strand the plan "
        "shows the CIW priority area for development it addresses (where there is one), the actions, the lead "
        "officer, the date by which the action will be completed and progress at July 2019.")

    strands = [
        ("Strand 1: Leadership, Vision and Partnership",
         "Set a clear strategic vision for a seamless service and develop collaborative working with health, "
         "education and the third sector for the benefit of children and families.",
         [("1.1", "Agree and publish a Children's Services vision and three-year strategy, developed with staff, "
                  "children and partners.", "Head of Children's Services", "September 2019",
           "Draft vision tested at staff roadshows in June. Consultation with young people through the Youth Forum "
           "in July; final version to Cabinet in September.", "Green"),
          ("1.2", "Establish a Children and Young People's Partnership Group with Powys Teaching Health Board, "
                  "schools and third sector partners.", "Director of Social Services / Chief Executive, PAVO",
           "31/10/2019", "Terms of reference agreed. First meeting held 4 July 2019.", "Green")]),
        ("Strand 2: Practice Model and Quality Assurance", None,
         [("2.1", "Introduce a recognised model of social work practice (Signs of Safety) across all teams, with "
                  "training for all practitioners and managers.", "Senior Manager \u2013 Practice Development",
           "Sept 2019 \u2013 March 2020",
           "Training for 96 practitioners completed. Implementation leads identified in every team.", "Green"),
          ("2.2", "All managers to complete monthly case file audits and report themes to the Quality Assurance "
                  "Panel.", "Senior Manager \u2013 Safeguarding and Quality Assurance", "Monthly",
           "Audits completed each month since February. Themes reported to the QA Panel; recording of the child's "
           "voice remains the weakest area.", "Amber")]),
        ("Strand 3: Early Help and Family Support", None,
         [("3.1", "Develop an Early Help strategy and a single front door with the Team Around the Family service.",
           "Early Help Manager", "Q3 2019/20",
           "Strategy drafted. Front door design workshops held with partners in May and June.", "Amber")]),
        ("Strand 4: Safeguarding and Exploitation",
         "Secure early multi-agency involvement in safeguarding and an immediate response to children at risk of "
         "sexual exploitation.",
         [("4.1", "Set up a multi-agency Child Exploitation Panel with Dyfed-Powys Police and Powys Teaching Health "
                  "Board.", "Senior Manager \u2013 Safeguarding and Quality Assurance", "June 2019",
           "Panel meeting fortnightly since 10 June 2019. All children identified as at risk have a risk management "
           "plan.", "Completed"),
          ("4.2", "Ensure strategy discussions are held within 24 hours of a referral where a child is at risk of "
                  "sexual exploitation.", "Assessment and Intervention Team Manager", "Ongoing",
           "78% held within 24 hours in June 2019. Performance reviewed weekly at the front door meeting.",
           "Amber")]),
        ("Strand 5: Commissioning and Placement",
         "Develop commissioning and social work practice to reduce emergency placements, secure a sufficient range "
         "of accommodation close to home for looked after children and reduce the number of children placed "
         "without agreed educational provision.",
         [("5.1", "Produce a Placement Sufficiency Strategy, including plans for in-county residential provision.",
           "Head of Commissioning / Senior Manager \u2013 Placements", "December 2019",
           "Needs analysis complete. Options appraisal for two in-county homes goes to Cabinet in October.",
           "Green"),
          ("5.2", "Recruit 20 additional in-house foster carers through a targeted recruitment campaign.",
           "Fostering Team Manager", "31 March 2020",
           "Six new households approved since January 2019. Campaign relaunched with improved fees in June.",
           "Amber"),
          ("5.3", "Ensure every looked after child placed out of county has agreed educational provision before the "
                  "placement starts, other than in an emergency.", "Senior Manager \u2013 Education Inclusion",
           "April 2019",
           "Protocol agreed with Education in April. Three children currently without agreed provision; each is "
           "reviewed weekly.", "Red")]),
        ("Strand 6: Workforce", None,
         [("6.1", "Reduce reliance on agency social workers by recruiting to permanent posts, including a 'grow your "
                  "own' sponsorship scheme with universities.", "Workforce Development Manager", "March 2020",
           "Agency use down from 38% to 27% of social work posts. Five staff sponsored to start social work degrees "
           "in September.", "Green"),
          ("6.2", "Appoint permanent managers to all team manager posts.", "Head of Children's Services",
           "30/09/2019", "Four of seven team manager posts filled permanently. Remaining posts re-advertised.",
           "Amber")]),
        ("Strand 7: Complaints and Participation",
         "Ensure complaints are investigated thoroughly and in line with Welsh Government guidance.",
         [("7.1", "Review the complaints procedure and train investigating officers in the Welsh Government "
                  "guidance.", "Complaints and Customer Services Manager", "July 2019",
           "Procedure revised. Training delivered to 22 managers on 27 June 2019.", "Completed")]),
    ]
    for heading, priority, actions in strands:
        doc.add_heading(heading, level=2)
        if priority:
            p = doc.add_paragraph()
            p.add_run("CIW priority area for development:").bold = True
            doc.add_paragraph(priority)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Lead", "By when", "Progress (July 2019)", "RAG"]):
            set_text(c, h, bold=True)
            shade(c, "D9E2F3")
        for ref, action, lead, when, progress, rag in actions:
            cells = tb.add_row().cells
            for c, v in zip(cells, [ref, action, lead, when, progress, rag]):
                set_text(c, v)
            shade(cells[5], DOCRAG[rag])
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Red \u2013 not on track; Amber \u2013 some risk to delivery; Green \u2013 on track; "
              "Completed \u2013 action delivered.")
    doc.save(out("ai1-powys-childrens-services-improvement-plan.docx"))


# ============================================ 5. West Somerset College (school)
def west_somerset():
    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    h = doc.add_heading("West Somerset College \u2013 Post-Ofsted Action Plan 2023\u201324", level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Bridgwater & Taunton College Trust").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Ofsted inspection: May 2023    Overall effectiveness: Requires Improvement")
    doc.add_paragraph(
        "This plan sets out the actions we are taking in response to the areas for improvement in the inspection "
        "report. It is monitored by the Senior Leadership Team every fortnight and reviewed by the Local Governing "
        "Body each half term. Last updated: February 2024.")

    areas = [
        ("1. Leaders should ensure that the curriculum is delivered consistently well, with learning activities "
         "chosen to help pupils learn the intended content.",
         [("Weekly subject-based CPD sessions on choosing learning activities that match the intended curriculum "
           "content.", "Deputy Principal (Quality of Education)", "Autumn term 2023",
           "Learning walks show activities matched to the intended content in at least 85% of lessons.",
           "All departments completed the programme. February learning walks: 88%.", "Achieved"),
          ("Heads of department to review Year 7\u20139 curriculum plans so that the content to be learned in each "
           "unit is set out in detail.", "Heads of Department / Assistant Principal (Curriculum)",
           "By October half term 2023", "Every KS3 unit plan specifies the knowledge to be learned.",
           "All KS3 plans revised and published on the staff drive.", "Achieved"),
          ("Introduce a shared lesson planning format in English, maths and science, reviewed through department "
           "line management meetings.", "AP (Curriculum)", "Spring term 2024",
           "Format in use in all three core subjects; quality checked in line management.",
           "In use in English and science; maths from March.", "On track")]),
        ("2. Teachers should use checks on pupils' understanding to plan what comes next, so that pupils build "
         "securely on what they have learned before.",
         [("Train all teachers in retrieval practice and whole-class questioning (e.g. mini-whiteboards, cold "
           "calling).", "Director of Teaching and Learning", "Sept 2023 \u2013 July 2024",
           "Observed in most lessons during learning walks; pupils can recall prior learning.",
           "Four of six INSET sessions delivered.", "On track"),
          ("Use low-stakes quizzes at the start of each unit to identify gaps, and adapt the unit plan in "
           "response.", "Heads of Department", "Termly",
           "Unit plans show adaptations made in response to quiz outcomes.",
           "Used well in humanities and science; inconsistent elsewhere.", "Amber")]),
        ("3. Leaders should ensure that the attendance of all groups of pupils, including students in the sixth "
         "form, improves rapidly.",
         [("Appoint an Attendance Officer and introduce first-day calling for all absent pupils.",
           "Assistant Principal (Behaviour and Attendance)", "September 2023",
           "First-day calls made for every absence.", "Attendance Officer in post from 4 September.", "Achieved"),
          ("Hold attendance support meetings with the families of all persistently absent pupils, with Early Help "
           "referrals where needed.", "Attendance Officer / Heads of Year", "Spring term 2024",
           "Persistent absence below 20% (25.4% in 2022\u201323).",
           "Meetings held with 96 of 141 families. PA currently 22.1%.", "Amber"),
          ("Introduce a sixth form study-period register with weekly tutor follow-up.", "Head of Sixth Form",
           "Jan 2024", "Sixth form attendance at or above 92%.",
           "Register in place from 8 January. Attendance 90.6% to half term.", "On track")]),
        ("4. Leaders should engage more effectively with parents and take account of staff workload and "
         "well-being when making changes.",
         [("Run termly parent forums and a parent survey, publishing a 'You said, we did' response.", "Principal",
           "Summer term 2024", "Improved parent survey responses on communication.",
           "Forums held in November and February; survey opens in May.", "On track"),
          ("Carry out a staff workload review with union representatives and act on its findings.",
           "Principal / Chair of LGB", "Summer term 2024",
           "Staff survey shows improvement in workload and feeling valued.",
           "Review to start after Easter.", "Not started")]),
    ]
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, hname in zip(tb.rows[0].cells, ["Area for improvement (from the report)", "Actions", "Led by",
                                            "By when", "Success criteria", "Progress (Feb 2024)"]):
        set_text(c, hname, bold=True)
        shade(c, "BDD7EE")
    # one extra column for RAG would be wider than the page; status word goes in a final narrow column
    tb.add_column(Cm(2.2))
    set_text(tb.rows[0].cells[6], "RAG", bold=True)
    shade(tb.rows[0].cells[6], "BDD7EE")
    for area, actions in areas:
        first = len(tb.rows)
        for i, (action, who, when, success, progress, rag) in enumerate(actions):
            cells = tb.add_row().cells
            if i == 0:
                set_text(cells[0], area)
            for c, v in zip(cells[1:], [action, who, when, success, progress, rag]):
                set_text(c, v)
            shade(cells[6], DOCRAG[rag])
        last = len(tb.rows) - 1
        if last > first:
            tb.cell(first, 0).merge(tb.cell(last, 0))
    doc.add_paragraph()
    doc.add_paragraph("Key: Achieved \u2013 action complete | On track \u2013 progressing as planned | "
                      "Amber \u2013 behind schedule, further action needed | Not started")
    doc.save(out("ai1-west-somerset-college-post-ofsted-action-plan.docx"))


# ======================================= 6. Inverclyde joint inspection (txt)
def inverclyde():
    lines = [
        "Inverclyde Alliance \u2013 Joint Inspection of Services for Children and Young People: Improvement Plan",
        "Inspection May\u2013June 2017; report published 31 October 2017. Progress update: June 2018",
        "",
        "\t".join(["Quality indicator", "Area for improvement", "Ref", "Improvement action", "Lead officer",
                   "Timescale", "Measure of success", "Progress update", "RAG"]),
    ]
    rows = [
        ("5.2 Assessing and responding to risks and needs",
         "Improve the consistency of initial assessment of risk for children who may be experiencing neglect",
         "1.1", "Roll out the National Risk Framework toolkit and neglect assessment tool to all children and "
                "families social work teams and health visiting.",
         "Service Manager (Child Protection)", "March 2018",
         "All practitioners trained; audit shows the tool used in 90% of neglect referrals",
         "Training completed for 84 staff across social work and health visiting. Audit in May found the tool "
         "used in 81% of cases.", "Amber"),
        ("", "", "1.2", "Introduce multi-agency screening of all child concern reports for neglect, involving police, "
                        "health and education.",
         "CPC Lead Officer", "Jun-18", "Screening in place for all child concern reports",
         "Daily screening group in place from April 2018.", "Complete"),
        ("", "", "1.3", "Ensure a chronology is in place for every child on the child protection register and is "
                        "reviewed at each core group.",
         "Head of Children & Families and Criminal Justice", "31/08/2018",
         "100% of registered children have a current chronology",
         "Chronologies in place for 92% of registered children; remaining cases escalated to team leaders.",
         "Green"),
        ("", "Strengthen the quality of initial referral discussions (IRDs) and the recording of decisions",
         "1.4", "Review IRD guidance with Police Scotland and NHS Greater Glasgow and Clyde and introduce a "
                "standard recording template.",
         "DI Public Protection Unit / CPC Lead Officer", "April 2018", "Template used for all IRDs",
         "Revised guidance agreed by the CPC in April. Template in use.", "Complete"),
        ("5.3 Planning for individual children and young people",
         "Improve the quality of child's plans so that outcomes are specific and measurable",
         "2.1", "Deliver SMART outcome-focused planning training for lead professionals in education, health and "
                "social work.",
         "Head of Education Services (Inclusion)", "April 2018 - March 2019",
         "Audit shows 80% of plans with SMART outcomes",
         "Three sessions delivered to 65 lead professionals; further sessions planned for the August in-service "
         "days.", "Green"),
        ("", "", "2.2", "Carry out a quarterly multi-agency audit of child's plans and report it to the Child "
                        "Protection Committee.",
         "CPC Lead Officer", "Quarterly", "Audit findings reported to each CPC",
         "First audit completed March 2018 (24 plans). Findings shared at the CPC on 17 May.", "Green"),
        ("9.4 Leadership of improvement and change",
         "Use performance information on neglect more effectively to evaluate the impact of services",
         "3.1", "Develop a neglect dataset for the Child Protection Committee and the Children's Services "
                "Strategic Partnership.",
         "Planning and Performance Manager (HSCP)", "Sep-18", "Dataset reported quarterly",
         "Draft dataset agreed; first report due September 2018.", "Green"),
        ("", "", "3.2", "Hold an annual multi-agency self-evaluation event on neglect involving staff, children and "
                        "families.",
         "Chief Social Work Officer", "Ongoing", "Event held each year and findings acted on",
         "First event held 21 March 2018 with 70 participants; report published on the CPC website.", "Green"),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "RAG: Complete = action completed; Green = on track; Amber = progress made but behind timescale; "
                  "Red = not progressing"]
    with open(out("ai1-inverclyde-children-joint-inspection-improvement-plan.txt"), "w",
              encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ========================================== 7. Milton Keynes YOT HMIP (refuse)
def milton_keynes():
    rec1 = ("1. The YOT should review the way in which victims of crime are contacted and supported, so that their "
            "expressed wishes are respected and planning to keep them safe is effective.")
    rec2 = ("2. The Management Board should provide safe and confidential premises for children and staff to meet "
            "and undertake necessary work.")
    rec3 = "3. The National Probation Service should recruit a probation officer to be deployed in the YOT."
    rows = [
        ["Milton Keynes Youth Offending Service - HMI Probation Inspection Improvement Plan", "", "", "", "", "", ""],
        ["Inspection report published August 2021. Plan updated January 2022 for the YOT Management Board", "", "",
         "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Recommendation", "Action", "Lead", "Target date", "Progress update (Jan 2022)", "RAG"],
        ["1.1", rec1, "Review the victim contact process so that every identified victim is contacted within 5 "
                      "working days of the YOT receiving the case.",
         "Victim Liaison Officer", "31/10/2021",
         "Process revised and agreed with Thames Valley Victims First. Contact within 5 days achieved in 19 of 21 "
         "cases Oct-Dec.", "Complete"],
        ["1.2", rec1, "Record victims' expressed wishes on the case management system and reflect them in every "
                      "child's plan where there is an identified victim.",
         "YOT Team Manager", "30/11/2021",
         "New field added to ChildView in November. Dip sample in December found wishes recorded in 9 of 10 plans.",
         "Green"],
        ["1.3", rec1, "Audit victim safety planning in a sample of 15 cases each quarter and report findings to the "
                      "Management Board.",
         "YOT Head of Service", "Quarterly", "First audit reported to the Board in January 2022.", "Green"],
        ["2.1", rec2, "Identify and secure safe and confidential premises for meeting children in central Milton "
                      "Keynes.",
         "Director of Children's Services / Head of Property", "31/03/2202",
         "Two council-owned buildings assessed; preferred option needs adaptations to interview rooms.", "Amber"],
        ["2.2", rec2, "Carry out a health and safety risk assessment of all venues currently used for meeting "
                      "children.",
         "YOT Head of Service", "Dec-21", "Completed for all six venues; two venues no longer used.", "Complete"],
        ["3.1", rec3, "Recruit a probation officer to the seconded YOT post.", "NPS Head of PDU", "31/01/2022",
         "Post advertised twice. Expression of interest received from a PSO in training; start date to be "
         "confirmed.", "Amber"],
        ["3.2", rec3, "Until the post is filled, provide named probation cover for transitions cases and MAPPA.",
         "NPS Head of PDU", "Ongoing", "Named senior probation officer attends YOT transitions meeting monthly.",
         "Green"],
    ]
    with open(out("ai1-milton-keynes-yot-hmip-improvement-plan.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


if __name__ == "__main__":
    bexley()
    rochdale()
    lakewood()
    powys()
    west_somerset()
    inverclyde()
    milton_keynes()
    print("done")
