"""Build the seven mk1- test files of set heldout383 (children's services plans).

Run with: /work/main/.venv/bin/python mk1_make.py
Writes beside this script:
  mk1-essex-county-council-ilacs-improvement-plan.xlsx
  mk1-hertfordshire-county-council-focused-visit-action-plan-typo-month-refuse.xlsx
  mk1-kirklees-council-childrens-homes-ofsted-action-tracker.xlsx
  mk1-bristol-youth-justice-service-hmip-improvement-plan.docx
  mk1-pan-dorset-safeguarding-children-partnership-jtai-action-plan.docx
  mk1-shetland-islands-council-fostering-service-care-inspectorate-improvement-plan.csv
  mk1-birmingham-city-council-corporate-parenting-board-action-plan.txt
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "Blue": "9BC2E6",
    "Green": "92D050",
    "Amber": "FFC000",
    "Red": "FF0000",
    "Head": "1F3864",
    "Band": "D9E1F2",
    "Grey": "E7E6E6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def head_row(ws, row, headers):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["Head"])
        c.alignment = WRAP
        c.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


# --------------------------------------------------------------------------
# 1. Essex County Council - ILACS post-inspection action plan (xlsx, read)
# --------------------------------------------------------------------------
def essex():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Essex County Council Children and Families – ILACS Post-Inspection Action Plan"
    cover["A1"].font = Font(bold=True, size=16)
    cover["A3"] = "Document control and RAG key"
    cover["A3"].font = Font(italic=True)
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    head_row(cover, 6, ["Version", "Date", "Author", "Summary of changes"])
    dc = [
        ("1.0", dt.date(2025, 1, 10), "Improvement and Quality Lead", "Plan submitted to Ofsted within 70 working days of publication"),
        ("1.1", dt.date(2025, 2, 12), "Improvement and Quality Lead", "Progress updates added; revised date agreed for 1.3"),
        ("1.2", dt.date(2025, 3, 31), "Improvement and Quality Lead", "March position for Improvement Board; action 3.3 added"),
    ]
    for r, row in enumerate(dc, 7):
        for c, v in enumerate(row, 1):
            cell = cover.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
    cover["A11"] = "RAG key"
    cover["A11"].font = Font(bold=True)
    key = [
        ("Blue", "Complete – action delivered; impact being evidenced through audit"),
        ("Green", "On track to deliver by the target date"),
        ("Amber", "At risk of slipping – mitigation in place"),
        ("Red", "Off track – escalated to the Improvement Board"),
    ]
    for r, (k, v) in enumerate(key, 12):
        a = cover.cell(row=r, column=1, value=k)
        a.fill = fill(FILL[k])
        a.border = BOX
        b = cover.cell(row=r, column=2, value=v)
        b.border = BOX
        cover.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    widths(cover, [14, 16, 30, 60])

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Essex County Council Children and Families – ILACS Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Inspection: 30 September to 11 October 2024 | Overall effectiveness: Outstanding | Plan owner: Director, Children’s Social Care"
    ws.merge_cells("A2:I2")
    ws["A3"] = "Progress position as at 31 March 2025 – for the Children and Families Improvement Board, 14 April 2025"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    head_row(ws, 5, ["Ref", "Ofsted recommendation", "Action", "Lead officer", "Target date",
                     "Revised date", "Progress update", "Previous RAG", "Current RAG"])
    recs = [
        ("R1: Return home interviews – the quality and consistency of return home interviews for children "
         "who go missing from home or care, and how the information gathered is used to reduce risk.",
         [
             ("1.1", "Recommission the return home interview service with a revised specification requiring "
                     "interviews to be offered within 72 hours by a consistent worker.",
              "Head of Service, Adolescent Services", dt.date(2025, 1, 31), None,
              "New contract started 1 February 2025; 72-hour offer rate 91% in March.", "Green", "Blue"),
             ("1.2", "Introduce a monthly audit of return home interview quality through the Missing and Child "
                     "Exploitation (MACE) panel, with findings reported to Quadrant Practice Leads.",
              "Principal Social Worker", dt.date(2025, 6, 30), None,
              "Audit tool agreed; first audits completed in South and West quadrants. North East and Mid to follow.",
              "Green", "Amber"),
             ("1.3", "Amend the missing episode form in Mosaic so that push and pull factors recorded at interview "
                     "are shared automatically with the allocated social worker.",
              "Head of Service, Adolescent Services / Business Systems Manager", dt.date(2025, 3, 31),
              dt.date(2025, 7, 31), "Change request raised; delayed by the Mosaic upgrade.", "Amber", "Amber"),
         ]),
        ("R2: Disabled children – the timeliness of assessments and reviews for disabled children who receive "
         "short breaks, and the recording of children’s views.",
         [
             ("2.1", "Review all open short breaks cases to confirm that each child has an assessment updated "
                     "within the last 12 months.",
              "Head of Service, Children with Disabilities", dt.date(2025, 1, 31), None,
              "412 cases reviewed; 37 assessments updated by 28 January 2025.", "Amber", "Blue"),
             ("2.2", "Roll out the ‘All About Me’ communication tool so that the views of non-verbal children are "
                     "captured and recorded at every review.",
              "Service Manager, Children with Disabilities (South and West)", dt.date(2025, 9, 30), None,
              "Training delivered to 64 practitioners; tool live from March 2025.", "Green", "Green"),
             ("2.3", "Agree joint funding panel arrangements with the three Integrated Care Boards for disabled "
                     "children with complex health needs.",
              "Director, Children’s Social Care; ICB Associate Director for Children and Young People",
              "Q2 2025/26", None,
              "Draft terms of reference shared; one ICB yet to confirm attendance. Escalated to the Health and "
              "Wellbeing Board.", "Amber", "Red"),
         ]),
        ("R3: Care leavers aged 21 to 25 – the consistency of contact with, and the offer of support to, care "
         "leavers who have not asked for an ongoing service.",
         [
             ("3.1", "Write to all care leavers aged 21 to 25 without an allocated personal adviser, setting out "
                     "the Local Offer and how to re-engage with the service.",
              "Head of Service, Children in Care and Leaving Care", dt.date(2025, 2, 28), None,
              "Letters sent to 286 young people; 41 have asked for a personal adviser.", "Green", "Blue"),
             ("3.2", "Offer a quarterly ‘keeping in touch’ contact to care leavers aged 21 to 25 and record it as a "
                     "distinct case note type.",
              "Team Manager, 18+ Service (Mid)", "Ongoing", None,
              "Case note type live; first quarter contact rate 64%.", "Green", "Green"),
             ("3.3", "Report performance on contact with care leavers aged 21 to 25 to the Corporate Parenting "
                     "Panel each quarter.",
              "Performance and BI Manager", dt.date(2025, 6, 30), None,
              "New action added March 2025.", None, None),
         ]),
    ]
    r = 6
    for rec_text, actions in recs:
        first = r
        for (ref, action, lead, target, revised, progress, prev, cur) in actions:
            vals = [ref, rec_text if r == first else None, action, lead, target, revised, progress, prev, cur]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.date):
                    cell.number_format = "dd/mm/yyyy"
            for col, val in ((8, prev), (9, cur)):
                if val:
                    ws.cell(row=r, column=col).fill = fill(FILL[val])
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).fill = fill(FILL["Band"])
        ws.cell(row=first, column=2).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Revised dates are agreed by the Improvement Board. Blue actions stay on "
                                   "the plan until impact has been evidenced through audit.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    widths(ws, [6, 40, 48, 28, 12, 12, 40, 10, 10])
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of RAG status by recommendation – 31 March 2025"
    sm["A1"].font = Font(bold=True)
    head_row(sm, 3, ["Recommendation", "Blue", "Green", "Amber", "Red", "Not rated", "Total"])
    rows = [("R1", 1, 0, 2, 0, 0, 3), ("R2", 1, 1, 0, 1, 0, 3), ("R3", 1, 1, 0, 0, 1, 3),
            ("Total", 3, 2, 2, 1, 1, 9)]
    for i, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            cell = sm.cell(row=i, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    widths(sm, [18, 8, 8, 8, 8, 10, 8])
    wb.active = 1
    wb.save(os.path.join(HERE, "mk1-essex-county-council-ilacs-improvement-plan.xlsx"))


# --------------------------------------------------------------------------
# 2. Hertfordshire CC - focused visit action plan (xlsx, REFUSE: Febuary 2026)
# --------------------------------------------------------------------------
def hertfordshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    ws["A1"] = "Hertfordshire County Council – Children’s Services"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Ofsted Focused Visit (14–15 May 2025): Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Focus of the visit: children on the edge of care and children subject to pre-proceedings "
                "under the Public Law Outline")
    ws["A4"] = "RAG is shown by cell colour: green = on track, amber = some slippage, red = off track, blue = complete"
    ws["A4"].font = Font(italic=True)
    for rr in (1, 2, 3, 4):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=7)
    head_row(ws, 6, ["No.", "Action", "Responsible officer", "Start", "Completion date", "RAG", "Evidence of impact"])
    plan = [
        ("Area for improvement 1: The timeliness of letters before proceedings and the clarity of what parents "
         "need to change.",
         [
             ("1.1", "Introduce a letter before proceedings template written in plain English, co-produced with "
                     "parents from the Family Voices group.",
              "Head of Service, Court and Permanence", "July 2025", "September 2025", "Blue",
              "Template in use from 1 September 2025."),
             ("1.2", "Track the time from legal gateway decision to letter issue each week, with exceptions reported "
                     "to the Assistant Director.",
              "Performance Manager (Children’s Services)", "July 2025", "October 2025", "Green",
              "Weekly report in place; median 6 working days."),
             ("1.3", "Audit 20 letters before proceedings each quarter for the clarity of expectations on parents.",
              "Principal Social Worker / Head of Quality Assurance", "October 2025", "March 2026", "Green",
              "First audit scheduled for November."),
         ]),
        ("Area for improvement 2: The consistency of management oversight and legal gateway decision-making for "
         "children in pre-proceedings.",
         [
             ("2.1", "Refresh the legal gateway terms of reference so that every decision records the rationale and "
                     "a review date.",
              "Assistant Director, Specialist Services", "July 2025", "September 2025", "Blue",
              "Revised terms of reference agreed 28 August 2025."),
             ("2.2", "Deliver pre-proceedings practice workshops for all team managers in Family Safeguarding.",
              "Workforce Development Lead", "September 2025", "Febuary 2026", "Amber",
              "Four of nine workshops delivered."),
             ("2.3", "Add a pre-proceedings review step to the supervision template in the case management system.",
              "Head of Service, Family Safeguarding", "August 2025", "December 2025", "Red",
              "Awaiting system development slot."),
         ]),
        ("Area for improvement 3: The use of family group conferences before children enter care.",
         [
             ("3.1", "Make a family group conference referral a standard step for all children considered at "
                     "legal gateway.",
              "Service Manager, Family Group Conferencing", "July 2025", "November 2025", "Green",
              "Referrals up from 41% to 68% of gateway cases."),
             ("3.2", "Report the proportion of children entering care who had a family group conference to the "
                     "Quality Assurance Board each quarter.",
              "Head of Quality Assurance", "October 2025", "January 2026", "Green", ""),
         ]),
    ]
    r = 7
    typo_row = None
    for area, actions in plan:
        c = ws.cell(row=r, column=1, value=area)
        c.font = Font(bold=True)
        c.fill = fill(FILL["Band"])
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for (no, action, ro, start, done, rag, evid) in actions:
            vals = [no, action, ro, start, done, None, evid or None]
            for cc, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=cc, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=6).fill = fill(FILL[rag])
            if done == "Febuary 2026":
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Approved by Children’s Services Leadership Team, 2 July 2025. "
                                   "Next review: Quality Assurance Board, December 2025.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    widths(ws, [8, 55, 32, 14, 16, 8, 40])
    wb.save(os.path.join(HERE, "mk1-hertfordshire-county-council-focused-visit-action-plan-typo-month-refuse.xlsx"))
    return typo_row


# --------------------------------------------------------------------------
# 3. Kirklees Council - children's homes Ofsted action tracker (xlsx, read)
# --------------------------------------------------------------------------
GUIDE = "‘Guide to the Children’s Homes Regulations, including the quality standards’"


def kirklees():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Kirklees Council – Children’s Residential Services"
    ov["A1"].font = Font(bold=True, size=13)
    ov["A2"] = "Ofsted Children’s Homes Inspections – Action Tracker 2024/25"
    ov["A2"].font = Font(bold=True, size=12)
    head_row(ov, 4, ["Home", "URN", "Inspection date", "Type", "Overall judgement", "Requirements",
                     "Recommendations", "Actions open"])
    rows = [
        ("Ashbrow View", "SC487210", dt.date(2024, 5, 14), "Full", "Requires improvement to be good", 2, 1, 2),
        ("Moorside", "SC041233", dt.date(2024, 7, 9), "Full", "Good", 1, 2, 2),
        ("Total", None, None, None, None, 3, 3, 4),
    ]
    for i, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            cell = ov.cell(row=i, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
            if row[0] == "Total":
                cell.font = Font(bold=True)
    ov["A9"] = ("Status options: Complete / On track / Not started. Updated by Registered Managers before each "
                "Residential Services Management Meeting.")
    ov["A9"].font = Font(italic=True)
    widths(ov, [16, 11, 14, 8, 30, 13, 16, 12])

    homes = [
        ("Ashbrow View", "Ashbrow View (SC487210)",
         "Full inspection 14 May 2024 – overall experiences and progress of children and young people: "
         "requires improvement to be good",
         "Registered Manager: Lisa Hirst",
         [
             ("AV1", "Requirement",
              "The registered person must ensure that staff assess whether each child is at risk of harm, taking into "
              "account information in the child’s relevant plans, and know how to help each child to be safe. "
              "(Regulation 12 (1) (2)(a)(i)(ii))",
              dt.date(2024, 6, 30),
              [
                  ("AV1", "Review and update every child’s individual risk assessment after each missing episode, "
                          "signed off by the Registered Manager.",
                   "Registered Manager", dt.date(2024, 5, 31), "Complete",
                   "All four risk assessments reviewed 24/05/2024."),
                  ("AV2", "Deliver refresher training on risk assessment and safety planning to all residential "
                          "staff at the home.",
                   "Registered Manager; Residential Training Officer", dt.date(2024, 6, 30), "Complete",
                   "14 of 14 staff trained."),
              ]),
             ("AV3", "Requirement",
              "The registered person must ensure that each child’s case record includes a record of any measure of "
              "control, discipline or restraint used in relation to the child. (Regulation 37 (1)(a)(b))",
              dt.date(2024, 7, 31),
              [
                  ("AV3", "Introduce a weekly check of restraint records by the deputy manager, with findings "
                          "reviewed in the monthly Regulation 44 visit.",
                   "Deputy Manager", "Weekly from 01/07/2024", "On track",
                   "Checks completed every week since July."),
              ]),
             ("AV4", "Recommendation",
              "The registered person should ensure that children are supported to attend education consistently, "
              "working with the virtual school to reduce the use of part-time timetables. (" + GUIDE +
              ", page 23, paragraph 5.9)",
              None,
              [
                  ("AV4", "Agree a return-to-full-time plan for each child on a reduced timetable with the Virtual "
                          "School Head.",
                   "Registered Manager and Virtual School Head", "Autumn term 2024", "On track",
                   "Plans agreed for two children; one now full-time."),
              ]),
         ]),
        ("Moorside", "Moorside (SC041233)",
         "Full inspection 9 July 2024 – overall experiences and progress of children and young people: good",
         "Registered Manager: Daniel Okoro",
         [
             ("MS1", "Requirement",
              "The registered person must ensure that, within 5 working days of the start of a child’s placement, "
              "the child’s placement plan is agreed with the placing authority. (Regulation 14 (1)(a))",
              dt.date(2024, 8, 31),
              [
                  ("MS1", "Add a placement plan checkpoint to the admissions checklist and chase placing authorities "
                          "on day 3 where plans have not been received.",
                   "Registered Manager", dt.date(2024, 8, 31), "Complete",
                   "Checklist amended 12/08/2024."),
              ]),
             ("MS2", "Recommendation",
              "The registered person should ensure that staff receive regular supervision and that supervision "
              "records show reflective discussion of children’s progress. (" + GUIDE +
              ", page 61, paragraph 13.2)",
              None,
              [
                  ("MS2", "Set a 12-month supervision schedule for all staff and audit supervision records each "
                          "quarter.",
                   "Registered Manager / Service Manager, Residential", dt.date(2025, 3, 31), "On track",
                   "Q2 audit: 92% of supervisions in timescale."),
              ]),
             ("MS3", "Recommendation",
              "The registered person should ensure that the kitchen and main bathroom are redecorated so that the "
              "home is well maintained and homely. (" + GUIDE + ", page 15, paragraph 3.9)",
              None,
              [
                  ("MS3", "Submit a capital works request for the kitchen and bathroom refurbishment and agree dates "
                          "with Corporate Landlord.",
                   "Service Manager, Residential", "TBC", "Not started", ""),
              ]),
         ]),
    ]
    for sheet_name, heading, line2, line3, items in homes:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = line2
        ws["A3"] = line3
        head_row(ws, 5, ["Ref", "Type", "Requirement / recommendation (as worded in the report)", "Ofsted due date",
                         "Action", "Responsible", "Target date", "Status", "Update"])
        r = 6
        for (_, typ, text, due, acts) in items:
            first = r
            for (ref, action, resp, target, status, upd) in acts:
                vals = [ref, typ if r == first else None, text if r == first else None,
                        due if r == first else None, action, resp, target, status, upd or None]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.date):
                        cell.number_format = "mmm-yy" if (c == 7 and ref == "MS2") else "dd/mm/yyyy"
                r += 1
            if r - 1 > first:
                for col in (2, 3, 4):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        widths(ws, [6, 15, 55, 12, 45, 28, 14, 11, 34])
    wb.save(os.path.join(HERE, "mk1-kirklees-council-childrens-homes-ofsted-action-tracker.xlsx"))


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False):
    """Write text; a '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.italic = italic
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# --------------------------------------------------------------------------
# 4. Bristol YJS - HMIP improvement plan (docx, read): one table per recommendation
# --------------------------------------------------------------------------
def bristol():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Bristol Youth Justice Service – Post-Inspection Improvement Plan", style="Title")
    doc.add_paragraph("HM Inspectorate of Probation inspection of youth justice work with children and victims",
                      style="Subtitle")
    doc.add_paragraph("Fieldwork: 3–7 June 2024. Report published: 10 September 2024. Overall rating: Requires "
                      "improvement.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Head of Service, Youth Justice"), ("Version", "2.1"),
                 ("Approved by", "Bristol Youth Justice Partnership Board, 24 October 2024"),
                 ("Last updated", "20 January 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "D9E1F2")
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG key", style="Heading 3")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for letter, meaning, colour in [("B", "Complete", "9BC2E6"), ("G", "On track", "92D050"),
                                    ("A", "Some slippage – remedial action agreed", "FFC000"),
                                    ("R", "Off track – escalated to the Board", "FF0000")]:
        row = k.add_row().cells
        set_cell(row[0], letter, bold=True)
        shade(row[0], colour)
        set_cell(row[1], meaning)

    sections = [
        ("Section A: Recommendations for the Bristol Youth Justice Partnership Board", [
            ("Recommendation 1: Ensure that board members understand the profile of children and victims, including "
             "disproportionality, and use this to direct partnership resources.", [
                ("1.1", "Produce a quarterly data pack for the board covering ethnicity, care status, SEND and school "
                        "exclusion for children open to the YJS.",
                 "YJS Performance Officer", "End of November 2024", "First pack presented at the November board.", "B"),
                ("1.2", "Hold a board development session on disproportionality, led by young people from the "
                        "participation group.",
                 "Chair of YJPB; YJS Participation Worker", "Q4 2024/25", "Session booked for 6 March 2025.", "G"),
            ]),
            ("Recommendation 2: Ensure that the partnership’s education, training and employment offer meets the "
             "needs of children open to the YJS.", [
                ("2.1", "Agree a named education link officer for the YJS with the Virtual School and the Inclusion "
                        "Service.",
                 "Head of Inclusion (Education and Skills)", "31/12/2024", "Link officer in post from 2 December.", "B"),
                ("2.2", "Track children open to the YJS who are not in full-time education each month and escalate "
                        "cases to the Fair Access Panel.",
                 "YJS Education Lead", "Ongoing – reported monthly", "17 children tracked in December; 5 escalated.",
                 "G"),
            ]),
        ]),
        ("Section B: Recommendations for the Head of Service, Bristol Youth Justice Service", [
            ("Recommendation 3: Improve the quality of assessment and planning for keeping children and other people "
             "safe, including contingency planning.", [
                ("3.1", "Deliver AssetPlus refresher training on safety and wellbeing and risk of serious harm to all "
                        "case managers.",
                 "YJS Practice Development Manager", "March 2025", "Two of three cohorts trained; third cohort moved "
                                                                   "to March because of sickness.", "A"),
                ("3.2", "Introduce a risk management panel for all children assessed as high or very high risk of "
                        "serious harm.",
                 "KM, DT", "Jan 2025", "Panel meeting fortnightly since 8 January.", "B"),
                ("3.3", "Audit ten cases each month against the HMIP standards.\nShare learning from the audits at "
                        "team meetings and in the practice newsletter.",
                 "Operational Manager, YJS", "Monthly", "October–December audits complete.", "G"),
            ]),
            ("Recommendation 4: Ensure that victims are offered a personalised service and that their safety is "
             "considered in all planning.", [
                ("4.1", "Review the victim contact letter and offer a telephone call before any written contact.",
                 "Victim Liaison Officer / Restorative Justice Coordinator", "28 February 2025",
                 "Draft letter with the victims’ panel for comment.", "A"),
                ("4.2", "Include victim safety in the case management guidance and in the quality assurance audit "
                        "tool.",
                 "Operational Manager, YJS", "April 2025", "Guidance rewrite delayed by a vacancy; interim briefing "
                                                           "issued to staff.", "R"),
            ]),
        ]),
    ]
    colours = {"B": "9BC2E6", "G": "92D050", "A": "FFC000", "R": "FF0000"}
    for sec_heading, recs in sections:
        doc.add_paragraph(sec_heading, style="Heading 1")
        for rec_heading, actions in recs:
            doc.add_paragraph(rec_heading, style="Heading 2")
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for cell, h in zip(t.rows[0].cells, ["No.", "Action", "Owner", "By when",
                                                  "Progress update (January 2025)", "RAG"]):
                set_cell(cell, h, bold=True)
                shade(cell, "D9E1F2")
            for (no, action, owner, when, prog, rag) in actions:
                cells = t.add_row().cells
                for cell, v in zip(cells, [no, action, owner, when, prog, rag]):
                    set_cell(cell, v)
                shade(cells[5], colours[rag])
            doc.add_paragraph()
    doc.add_paragraph("Next review: Bristol Youth Justice Partnership Board, April 2025.")
    doc.save(os.path.join(HERE, "mk1-bristol-youth-justice-service-hmip-improvement-plan.docx"))


# --------------------------------------------------------------------------
# 5. Pan-Dorset SCP - JTAI partnership action plan (docx, read): one table, banded priority rows
# --------------------------------------------------------------------------
def pan_dorset():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Pan-Dorset Safeguarding Children Partnership – JTAI Partnership Action Plan", style="Title")
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to identification of initial "
                      "need and risk in Dorset", style="Subtitle")
    doc.add_paragraph("Inspection: 6–10 March 2023. Letter published: 26 April 2023. This plan was submitted to "
                      "Ofsted on 14 June 2023 and is monitored by the PDSCP Business Group.")
    doc.add_paragraph("RAG: Blue = complete; Green = on track; Amber = some delay; Red = not on track.")

    headers = ["Ref", "What we will do", "Lead", "Timescale", "How we will know", "Update (September 2023)", "RAG"]
    plan = [
        ("Priority 1: Information sharing at the front door",
         "Area for improvement: The timeliness and quality of information shared by health partners for strategy "
         "discussions.",
         [
             ("1.1", "Implement a single health representative rota for strategy discussions held in the Dorset MASH, "
                     "covering acute, community and mental health services.",
              "Designated Nurse for Safeguarding Children, NHS Dorset", "September 2023",
              "Health attendance at strategy discussions above 95%", "Rota live from 4 September 2023.", "Blue"),
             ("1.2", "Agree and publish a health information-sharing template for strategy discussions.",
              "Named Nurse, Dorset HealthCare and Named Nurse, Dorset County Hospital", "Dec 2023",
              "Template used in dip sample of 20 strategy discussions", "Draft template consulted on in August.",
              "Green"),
         ]),
        ("Priority 2: Recognising and responding to neglect",
         "Area for improvement: Partners’ recognition of cumulative neglect, particularly for children known to "
         "early help.",
         [
             ("2.1", "Relaunch the Graded Care Profile 2 across early help, schools and health visiting, with a "
                     "target of 300 practitioners trained.",
              "PDSCP Learning and Development Manager", "By 31 March 2024",
              "Number of GCP2 assessments completed each quarter", "112 practitioners trained to date.", "Green"),
             ("2.2", "Deliver neglect briefings to designated safeguarding leads in all Dorset schools.",
              "Education Safeguarding Lead (Dorset Council)", "Autumn term 2023",
              "DSL attendance; referrals from schools citing neglect",
              "Briefings scheduled from October; two dates lost to INSET changes.", "Amber"),
             ("2.3", "Add a neglect chronology prompt to the early help assessment in the case management system.",
              "Head of Service, Early Help", "Q3 2023/24", "Prompt completed in audited early help assessments",
              "Awaiting Mosaic development slot.", "Amber"),
         ]),
        ("Priority 3: Partnership oversight and learning",
         "Area for improvement: The use of multi-agency audit findings by the partnership to drive improvement at the "
         "front door.",
         [
             ("3.1", "Establish a quarterly multi-agency audit of front door decisions, with findings reported to the "
                     "PDSCP Business Group.",
              "PDSCP Business Manager", "Ongoing (quarterly)", "Audit reports received each quarter",
              "First audit (contacts in July) under way.", "Green"),
             ("3.2", "Review the threshold document with police, health and education partners and relaunch it to "
                     "practitioners.",
              "Dorset Police (DCI, Public Protection) and Dorset Council (Service Manager, MASH)", "January 2024",
              "Practitioner survey on confidence in thresholds",
              "Review not yet started; task and finish group to be set up.", "Red"),
             ("3.3", "Report progress against this plan to the PDSCP Executive every six months.",
              "Independent Scrutineer", "Feb-24", "Executive minutes", "First report to Executive in October.",
              "Green"),
         ]),
    ]
    colours = {"Blue": "9BC2E6", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, headers):
        set_cell(cell, h, bold=True)
        shade(cell, "1F3864")
        for run in cell.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for prio, afi, actions in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[6])
        set_cell(m, prio, bold=True)
        shade(m, "B4C6E7")
        row = t.add_row()
        m = row.cells[0].merge(row.cells[6])
        set_cell(m, afi, italic=True)
        shade(m, "D9E1F2")
        for vals in actions:
            cells = t.add_row().cells
            for cell, v in zip(cells, vals):
                set_cell(cell, v)
            shade(cells[6], colours[vals[6]])
    doc.add_paragraph()
    doc.add_paragraph("Glossary", style="Heading 2")
    g = doc.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    set_cell(g.rows[0].cells[0], "Term", bold=True)
    set_cell(g.rows[0].cells[1], "Meaning", bold=True)
    for a, b in [("MASH", "Multi-Agency Safeguarding Hub"), ("GCP2", "Graded Care Profile 2"),
                 ("DSL", "Designated safeguarding lead"), ("PDSCP", "Pan-Dorset Safeguarding Children Partnership")]:
        cells = g.add_row().cells
        set_cell(cells[0], a)
        set_cell(cells[1], b)
    doc.save(os.path.join(HERE, "mk1-pan-dorset-safeguarding-children-partnership-jtai-action-plan.docx"))


# --------------------------------------------------------------------------
# 6. Shetland Islands Council - fostering service Care Inspectorate improvement plan (csv, read)
# --------------------------------------------------------------------------
def shetland():
    n = 9
    rows = [
        ["Shetland Islands Council Fostering Service – Improvement Plan"] + [""] * (n - 1),
        ["Following Care Inspectorate inspection (unannounced) 9–13 September 2024; report published 8 November 2024"]
        + [""] * (n - 1),
        ["Plan owner: Executive Manager – Children’s Resources. Last updated 3 February 2025"] + [""] * (n - 1),
        [""] * n,
        ["Type", "No.", "Requirement / area for improvement", "Action ref", "Action", "Responsible", "Timescale",
         "Progress", "Status"],
        ["Requirement", "R1",
         "By 31 March 2025, the provider must ensure that foster carers’ annual reviews are completed within "
         "timescales and are chaired by a person independent of the supervising social worker.",
         "1.1", "Appoint an independent reviewing officer to chair all foster carer reviews.",
         "Service Manager – Family Placement", "31/12/2024", "Independent reviewing officer in post from 2 December 2024.",
         "Complete"],
        ["", "", "", "1.2", "Clear the backlog of 11 overdue annual reviews.", "Team Leader – Fostering", "Mar-25",
         "6 of 11 completed.", "Green"],
        ["Requirement", "R2",
         "By 28 February 2025, the provider must ensure that a safer caring plan is in place for every fostering "
         "household and is reviewed when a child moves in.",
         "2.1", "Complete safer caring plans for all 34 approved fostering households.\nReview each plan at the first "
                "supervisory visit after a new placement.",
         "Supervising Social Workers; Team Leader – Fostering", "28/02/2025",
         "29 of 34 plans in place; remaining 5 booked.", "Amber"],
        ["Area for improvement", "AFI 1",
         "To support foster carers’ learning, the service should ensure that each carer has a personal development "
         "plan and that training records are kept up to date.",
         "3.1", "Introduce personal development plans for all foster carers, agreed at annual review.",
         "Learning and Development Officer", "June 2025", "Template agreed with the foster carers’ forum.", "Green"],
        ["", "", "", "3.2", "Move foster carer training records onto the council’s learning management system.",
         "LJ/RH", "Sep-25", "", "Not started"],
        ["Area for improvement", "AFI 2",
         "The service should ensure that the views of children and young people are sought and recorded as part of "
         "foster carers’ reviews.",
         "4.1", "Develop a feedback form with the Champions Board and use it before every foster carer review.",
         "Children’s Rights Officer and Team Leader – Fostering", "Ongoing", "Form in use since January.", "Green"],
        ["Area for improvement", "AFI 3",
         "The service should improve the quality of fostering panel minutes so that the reasons for each "
         "recommendation are clearly recorded.",
         "5.1", "Provide minute-taking training for panel administrators and agree a minutes template with the panel "
                "chair.",
         "Fostering Panel Adviser", "April 2025", "Training delivered 21 January; template in use.", "Complete"],
        [""] * n,
        ["Status key: Complete / Green (on track) / Amber (at risk) / Red (off track) / Not started"] + [""] * (n - 1),
        ["Summary: 2 complete; 3 green; 1 amber; 0 red; 1 not started (7 actions)"] + [""] * (n - 1),
    ]
    path = os.path.join(HERE, "mk1-shetland-islands-council-fostering-service-care-inspectorate-improvement-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# --------------------------------------------------------------------------
# 7. Birmingham City Council - corporate parenting board action plan (tab-separated txt, read)
# --------------------------------------------------------------------------
def birmingham():
    lines = [
        "Birmingham City Council",
        "Corporate Parenting Board – Action Plan 2024/25",
        "Updated for the Board meeting on 22 January 2025",
        "RAG key: B = complete, G = on track, A = at risk, R = off track",
        "",
        "Ref\tAction\tLead\tBy when\tRAG\tComments",
        "Priority 1: A safe and stable home",
        "1.1\tIncrease the number of in-house foster carers recruited from Birmingham communities by 10% on "
        "2023/24.\tHead of Fostering, Birmingham Children’s Trust\tMar-25\tA\tRecruitment campaign extended; 22 "
        "approvals to date against a target of 30.",
        "1.2\tAgree a joint protocol with Housing Solutions so that no care leaver is placed in bed and breakfast "
        "accommodation.\tAssistant Director, Housing Solutions and Support; Head of Service, Care Leavers (BCT)"
        "\t31/12/2024\tB\tProtocol signed off by the Cabinet Member in December.",
        "Priority 2: Health and wellbeing",
        "2.1\tEnsure every child in care has an up-to-date review health assessment and report timeliness to the "
        "Board.\tDesignated Nurse for Children in Care (ICB)\tTermly\tG\tTimeliness 89% at Q3.",
        "2.2\tExtend free leisure centre passes to care leavers up to the age of 25.\tHead of Sport and Physical "
        "Activity\tApr 2025\tG\t",
        "Priority 3: Education, employment and training",
        "3.1\tCreate 20 ring-fenced council apprenticeships for care leavers.\tHR Business Partner (Early Careers) "
        "and Virtual School Head\t31/03/2025\tR\tSeven appointed; recruitment paused during the council restructure.",
        "3.2\tRun a summer school for children in care moving from Year 6 to Year 7.\tVirtual School Head\tSummer "
        "term 2025\tG\tVenue confirmed.",
        "Priority 4: Voice and participation",
        "4.1\tHold one Board meeting each year chaired jointly with members of the Children in Care Council.\tChair "
        "of the Corporate Parenting Board\tOngoing\tG\t",
        "4.2\tPublish a young person-friendly version of the care leavers’ Local Offer, co-written with the Care "
        "Leavers Forum.\tSam Okafor and Priya Bains\tOct 2024\tB\tPublished November 2024 on the Trust website.",
        "4.3\tAdopt care experience as a protected characteristic in the council’s Equality Impact Assessments."
        "\tHead of Equalities, Birmingham City Council\tFeb 2025\tA\tReport to Cabinet deferred to March.",
        "",
        "Summary: 9 actions – B 2, G 4, A 2, R 1",
        "Note: Birmingham Children’s Trust delivers children’s social care on behalf of the council; Trust leads "
        "report progress through the Corporate Parenting Officer.",
    ]
    path = os.path.join(HERE, "mk1-birmingham-city-council-corporate-parenting-board-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    essex()
    row = hertfordshire()
    print("Hertfordshire typo row:", row)
    kirklees()
    bristol()
    pan_dorset()
    shetland()
    birmingham()
    print("done")
