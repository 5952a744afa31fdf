"""Build the seven ma1- blind test files (set heldout373).

Run with:  /work/main/.venv/bin/python ma1_make.py
Writes the data files next to this script.  The .expected.yaml files are
written by hand / separately and are not produced here.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(hex_colour):
    return PatternFill(start_color=hex_colour, end_color=hex_colour, fill_type="solid")


RAG_FILL = {
    "B": fill("5B9BD5"),
    "G": fill("00B050"),
    "A": fill("FFC000"),
    "R": fill("FF0000"),
}


# ---------------------------------------------------------------------------
# 1. South Gloucestershire Youth Justice Service - HMIP improvement plan (xlsx)
# ---------------------------------------------------------------------------
SG_TITLE = "South Gloucestershire Youth Justice Service – HMIP Improvement Plan 2025/26"

# (kind, text) for headings; ("act", ref, action, lead, supported, original, revised, progress, prev, current)
SG_ROWS = [
    ("section", "Section A – Recommendations for the South Gloucestershire Youth Justice Partnership Board"),
    ("rec", "Recommendation 1: Ensure that there is an identified strategic lead for victims on the board, who promotes and drives improvement in work with victims."),
    ("act", "1.1",
     "Agree a named strategic lead for victims at the July board meeting and amend the board's terms of reference and membership list to reflect the role.",
     "Chair of the YJ Partnership Board", "Board Business Support Officer",
     dt.datetime(2025, 7, 31), None,
     "Head of Community Safety agreed as strategic lead for victims on 17 July 2025. Terms of reference updated and circulated.",
     "G", "B"),
    ("act", "1.2",
     "Add a standing victims item to every board agenda, with a quarterly report on victim contact, consent rates and restorative justice outcomes.",
     "Strategic Lead for Victims; YJS Service Manager", "Performance and Information Officer",
     dt.datetime(2025, 9, 30), None,
     "First victims report received at September board. Consent data still being cleaned for Q1.",
     "A", "G"),
    ("rec", "Recommendation 2: Review the resourcing of victim work so that the YJS can offer a personalised service to every victim who wants one."),
    ("act", "2.1",
     "Complete a demand and capacity review of the victim and restorative justice worker role, using caseload data for 2024/25.",
     "YJS Service Manager", "HR Business Partner",
     dt.datetime(2025, 8, 31), dt.datetime(2025, 10, 31),
     "Review delayed by long-term sickness in the victim team. Draft findings shared with the Head of Service; final report to November board.",
     "A", "A"),
    ("act", "2.2",
     "Present options for additional victim worker capacity to the board, including a joint-funding proposal with the Office of the Police and Crime Commissioner.",
     "Head of Integrated Youth Services / OPCC Commissioning Manager", "Finance Business Partner",
     dt.datetime(2025, 12, 31), None,
     "Not yet started – depends on the outcome of action 2.1.",
     None, None),
    ("section", "Section B – Recommendations for the South Gloucestershire Youth Justice Service"),
    ("rec", "Recommendation 3: Make sure that initial contact with victims is personalised and encourages them to engage with services."),
    ("act", "3.1",
     "Rewrite the initial contact letter and telephone script for victims with input from victims, removing standard template wording.",
     "Victim and RJ Worker", "Victim Support; Participation Officer",
     dt.datetime(2025, 6, 30), None,
     "New letter and script in use from 1 July 2025. Feedback from three victims used to shape the wording.",
     "G", "B"),
    ("act", "3.2",
     "Introduce a telephone follow-up within 10 working days where a victim does not respond to the first letter.",
     "Operations Manager (YJS)", "Victim and RJ Worker",
     dt.datetime(2025, 7, 31), None,
     "Follow-up calls recorded in ChildView; compliance 82% in September.",
     "G", "G"),
    ("rec", "Recommendation 4: Improve the quality and consistency of planning to keep children and the community safe, including contingency planning."),
    ("act", "4.1",
     "Deliver refreshed planning and contingency-planning workshops to all case managers, using anonymised cases from the inspection.",
     "Practice Development Lead", "Youth Justice Board Oversight Manager",
     dt.datetime(2025, 9, 30), dt.datetime(2025, 11, 30),
     "Two of three workshops delivered. Final session moved to November to fit the court rota.",
     "G", "A"),
    ("act", "4.2",
     "Add a question on safety and contingency planning to the monthly case audit tool and report the findings to the Quality Assurance sub-group.",
     "Operations Manager (YJS) & Practice Development Lead", "Quality Assurance sub-group",
     dt.datetime(2025, 10, 31), None,
     "Audit tool amended; first results due at December sub-group.",
     "A", "G"),
    ("rec", "Recommendation 5: Strengthen diversity practice so that children's ethnicity, culture and identity are understood and reflected in assessment, planning and delivery."),
    ("act", "5.1",
     "Commission identity and cultural-competence training for all YJS staff and volunteers, co-delivered with a local community organisation.",
     "YJS Service Manager", "Equalities Officer",
     dt.datetime(2026, 3, 31), None,
     "No provider identified; procurement paused pending budget decision. Escalated to board.",
     "A", "R"),
    ("act", "5.2",
     "Review the disproportionality action plan and report the ethnicity of children at each stage of the youth justice system to every board meeting.",
     "Performance and Information Officer; Chair of the YJ Partnership Board", "Avon and Somerset Police",
     dt.datetime(2025, 12, 31), None,
     "Disproportionality dashboard drafted and shared with board members for comment.",
     "G", "G"),
]


def build_south_glos(path):
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover.column_dimensions["A"].width = 24
    cover.column_dimensions["B"].width = 22
    cover.column_dimensions["C"].width = 60
    cover["A1"] = SG_TITLE
    cover["A1"].font = Font(bold=True, size=16, color="1F4E79")
    cover["A2"] = "HM Inspectorate of Probation – Inspection of youth justice work with children and victims"
    cover["A2"].font = Font(italic=True, size=12)
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    control = [
        ("Version", "1.3"),
        ("Date", "31 October 2025"),
        ("Owner", "Head of Integrated Youth Services"),
        ("Approved by", "South Gloucestershire Youth Justice Partnership Board, 17 July 2025"),
        ("Next review", "January 2026"),
        ("Classification", "OFFICIAL"),
    ]
    r = 5
    for k, v in control:
        cover.cell(row=r, column=1, value=k).font = Font(bold=True)
        cover.cell(row=r, column=1).fill = fill("D9E1F2")
        cover.cell(row=r, column=2, value=v)
        cover.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        for c in (1, 2, 3):
            cover.cell(row=r, column=c).border = BOX
        r += 1
    r += 1
    cover.cell(row=r, column=1, value="Version history").font = Font(bold=True)
    r += 1
    for c, h in enumerate(["Version", "Date", "Summary of changes"], start=1):
        cell = cover.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9E1F2")
        cell.border = BOX
    history = [
        ("1.0", "30/06/2025", "Plan submitted to HM Inspectorate of Probation"),
        ("1.1", "17/07/2025", "Approved by the Partnership Board"),
        ("1.2", "15/09/2025", "September progress update"),
        ("1.3", "31/10/2025", "October progress update; revised target dates for actions 2.1 and 4.1"),
    ]
    for row in history:
        r += 1
        for c, v in enumerate(row, start=1):
            cell = cover.cell(row=r, column=c, value=v)
            cell.border = BOX

    ws = wb.create_sheet("Improvement Plan")
    headers = ["Ref", "Action", "Lead", "Supported by", "Original target",
               "Revised target", "Progress update (October 2025)", "Previous RAG", "Current RAG"]
    widths = [7, 60, 28, 24, 12, 12, 52, 10, 10]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ncol = len(headers)
    ws.cell(row=1, column=1, value=SG_TITLE).font = Font(bold=True, size=14, color="1F4E79")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(row=2, column=1, value="Inspection fieldwork: March 2025   |   Report published: 10 June 2025   |   Overall rating: Good")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(row=3, column=1, value="Progress as at 31 October 2025").font = Font(italic=True)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    hr = 5
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.alignment = CENTRE
        cell.border = BOX
    ws.freeze_panes = "A6"
    r = hr
    for item in SG_ROWS:
        r += 1
        if item[0] == "section":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF", size=12)
            ws.cell(row=r, column=1).fill = fill("2F5597")
            ws.row_dimensions[r].height = 20
        elif item[0] == "rec":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("D9E1F2")
            ws.cell(row=r, column=1).alignment = WRAP
            ws.row_dimensions[r].height = 32
        else:
            _, ref, action, lead, supp, orig, rev, prog, prev, cur = item
            vals = [ref, action, lead, supp, orig, rev, prog, prev, None]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            for c in (5, 6):
                ws.cell(row=r, column=c).number_format = "mmm-yy"
                ws.cell(row=r, column=c).alignment = CENTRE
            ws.cell(row=r, column=8).alignment = CENTRE
            if cur:
                ws.cell(row=r, column=9).fill = RAG_FILL[cur]
            ws.row_dimensions[r].height = 62
    r += 2
    ws.cell(row=r, column=1, value="Summary at 31 October 2025").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    summary = [("Complete (blue)", 2), ("On track (green)", 4), ("At risk (amber)", 2),
               ("Off track (red)", 1), ("Not yet rated", 1), ("Total actions", 10)]
    for label, n in summary:
        r += 1
        ws.cell(row=r, column=2, value=label).border = BOX
        ws.cell(row=r, column=3, value=n).border = BOX
    r += 2
    ws.cell(row=r, column=1, value="Note: the Current RAG column is shown by colour only – see the RAG key tab. Previous RAG is as reported to the Partnership Board on 15 September 2025.").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)

    key = wb.create_sheet("RAG key")
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 70
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    rows = [("B", "Complete – action delivered and evidence held"),
            ("G", "On track to be delivered by the target date"),
            ("A", "At risk – some slippage, recovery plan agreed"),
            ("R", "Off track – escalated to the Partnership Board"),
            (None, "No colour – not yet started / not rated")]
    for i, (k, text) in enumerate(rows, start=3):
        if k:
            key.cell(row=i, column=1).fill = RAG_FILL[k]
        key.cell(row=i, column=1).border = BOX
        key.cell(row=i, column=2, value=text).border = BOX
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Wirral Council - Ofsted focused visit action plan (xlsx)
# ---------------------------------------------------------------------------
WI_TITLE = "Wirral Council – Ofsted Focused Visit Action Plan 2026"

WI_AREAS = [
    ("1. The timeliness of some strategy discussions and initial child protection conferences.", [
        ("1.1", "Introduce a daily strategy discussion tracker in the Integrated Front Door, reviewed at the 10am management meeting.",
         "Head of Service – Integrated Front Door", "April 2026",
         "All strategy discussions held within one working day of the decision.", "Complete",
         "Tracker live since 23 March 2026; reviewed daily."),
        ("1.2", "Agree with Merseyside Police and health partners a protocol for convening strategy discussions within one working day of the decision being made.",
         "Head of Service – Integrated Front Door / DI Public Protection (Merseyside Police)", "30/06/2026",
         "Protocol signed off by the Wirral Safeguarding Children Partnership.", "Green",
         "Protocol agreed in principle; sign-off at WSCP Executive in October."),
        ("1.3", "Increase conference chairing capacity and review the booking process so that initial child protection conferences are held within 15 working days of the strategy discussion.",
         "Head of Safeguarding and Quality Assurance", "Q2 2026/27",
         "ICPCs in timescale rise from 71% to 90%.", "Amber",
         "Two additional chairs recruited; timeliness 83% in August."),
    ]),
    ("2. The consistency and quality of assessments, including safety planning with families.", [
        ("2.1", "Relaunch the Wirral practice standards for assessment and safety planning through practice weeks in every locality team.",
         "Principal Social Worker", "May 2026",
         "Audit grades for assessment improve; fewer assessments returned by managers.", "Complete",
         "Practice weeks held in all four localities."),
        ("2.2", "Roll out the refreshed safety plan template co-produced with parents, with training for all social workers and family support workers.",
         "Principal Social Worker and Workforce Development Manager", "End of July 2026",
         "Safety plans are written with families and understood by children.", "Green",
         "Template live; 88% of staff trained."),
    ]),
    ("3. The consistency of managerial oversight and supervision of children's plans.", [
        ("3.1", "Deliver the 'Managing Practice' development programme to all team managers and advanced practitioners.",
         "Assistant Director – Children's Social Care", "December 2026",
         "Supervision records show clear direction and timescales for the child's plan.", "Green",
         "Cohort 1 complete; cohort 2 started in September."),
        ("3.2", "Carry out a monthly dip-sample of supervision records by heads of service, with findings reported to the Practice Improvement Group.",
         "Heads of Service (Assessment, Safeguarding and Children in Care)", "Monthly",
         "Dip-sample findings show improving quality of supervision.", "Amber",
         "Dip-sample missed in July and August because of leave; restarted in September."),
    ]),
    ("4. The quality of audit practice within the quality assurance framework.", [
        ("4.1", "Revise the audit tool and moderation process so that audits grade the impact of practice on the child, not only compliance.",
         "Head of Safeguarding and Quality Assurance", "31/05/2026",
         "Moderation agrees with the auditor's grade in at least 80% of audits.", "Complete",
         "New tool in use from June audit cycle."),
        ("4.2", "Introduce quarterly external moderation of a sample of audits through the Liverpool City Region sector-led improvement partnership.",
         "Head of Safeguarding and Quality Assurance", "Sept 2026 – March 2027",
         "External moderation reports shared with the Improvement Board.", "Not started",
         "First external moderation booked for November."),
    ]),
]


def build_wirral(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm.column_dimensions["A"].width = 70
    for col in "BCDEFG":
        sm.column_dimensions[col].width = 12
    sm["A1"] = WI_TITLE
    sm["A1"].font = Font(bold=True, size=15, color="00539F")
    sm["A2"] = "Children, Families and Education Directorate"
    sm["A3"] = "Focused visit: Integrated Front Door, 13–14 January 2026 (letter published 18 February 2026)"
    sm["A4"] = "Reporting to: Children's Services Improvement Board   |   Position at: 30 September 2026"
    sm["A4"].font = Font(italic=True)
    hdr = ["What needs to improve", "Actions", "Complete", "Green", "Amber", "Red", "Not started"]
    for c, h in enumerate(hdr, start=1):
        cell = sm.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00539F")
        cell.border = BOX
        cell.alignment = CENTRE
    counts = []
    for area, acts in WI_AREAS:
        st = [a[5] for a in acts]
        counts.append((area, len(acts), st.count("Complete"), st.count("Green"), st.count("Amber"),
                       st.count("Red"), st.count("Not started")))
    r = 6
    for row in counts:
        r += 1
        for c, v in enumerate(row, start=1):
            cell = sm.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP if c == 1 else CENTRE
    r += 1
    tot = ["Total"] + [sum(row[i] for row in counts) for i in range(1, 7)]
    for c, v in enumerate(tot, start=1):
        cell = sm.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = fill("DDEBF7")

    ws = wb.create_sheet("Action Plan")
    headers = ["What needs to improve (Ofsted letter, 18 February 2026)", "Ref", "What we will do",
               "Lead officer", "By when", "How we will know it has made a difference", "Status",
               "Update – September 2026"]
    widths = [34, 6, 55, 30, 14, 40, 12, 45]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = WI_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="00539F")
    ws.merge_cells("A1:H1")
    ws["A2"] = "Status key: Complete | Green – on track | Amber – some slippage, recovery in hand | Red – off track, escalated | Not started"
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A2:H2")
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00539F")
        cell.alignment = CENTRE
        cell.border = BOX
    ws.freeze_panes = "C4"
    dv = DataValidation(type="list", formula1='"Complete,Green,Amber,Red,Not started"', allow_blank=True)
    ws.add_data_validation(dv)
    status_fill = {"Complete": fill("9BC2E6"), "Green": fill("C6EFCE"), "Amber": fill("FFEB9C"),
                   "Red": fill("FFC7CE")}
    r = 3
    for area, acts in WI_AREAS:
        first = r + 1
        for ref, action, lead, when, impact, status, update in acts:
            r += 1
            vals = [None, ref, action, lead, when, impact, status, update]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=5).alignment = CENTRE
            ws.cell(row=r, column=7).alignment = CENTRE
            if status in status_fill:
                ws.cell(row=r, column=7).fill = status_fill[status]
            dv.add(ws.cell(row=r, column=7))
            ws.row_dimensions[r].height = 60
        ws.cell(row=first, column=1, value=area)
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.cell(row=first, column=1).fill = fill("F2F2F2")
        if r > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)

    gl = wb.create_sheet("Glossary")
    gl.column_dimensions["A"].width = 12
    gl.column_dimensions["B"].width = 70
    gloss = [("Term", "Meaning"), ("IFD", "Integrated Front Door"),
             ("ICPC", "Initial child protection conference"),
             ("WSCP", "Wirral Safeguarding Children Partnership"),
             ("PVP", "Protecting Vulnerable People (Merseyside Police)"),
             ("QAF", "Quality assurance framework")]
    for i, (a, b) in enumerate(gloss, start=1):
        gl.cell(row=i, column=1, value=a).border = BOX
        gl.cell(row=i, column=2, value=b).border = BOX
        if i == 1:
            gl.cell(row=i, column=1).font = Font(bold=True)
            gl.cell(row=i, column=2).font = Font(bold=True)
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Central Bedfordshire - children's home Ofsted action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
CB_TITLE = "Ivel Lodge Children's Home – Ofsted Post-Inspection Action Plan"

# rows after the header; None in first slot = section row
CB_ROWS = [
    ("section", "Requirements"),
    ("row", "1",
     "The registered person must ensure that staff assess whether each child is at risk of harm, taking into account information in the child's relevant plans, and that risk assessments are updated after each incident of a child going missing.",
     "Regulation 12 (1) (2)(a)(i)", "31/07/2025",
     "Review every child's risk assessment and missing-from-care plan with their social worker and update after each missing episode.",
     "Registered Manager", "Jul-2025", "Yes", "B"),
    ("row", "",
     "", "", "",
     "Deliver refresher training on the Bedfordshire missing-from-care protocol to all residential staff.",
     "Registered Manager & Deputy Manager", "Jul-2025", "Yes", "B"),
    ("row", "2",
     "The registered person must notify HMCI and each other relevant person without delay of any serious incident which requires the police to be called to the home.",
     "Regulation 40 (4)(c)", "30/06/2025",
     "Introduce a notifications log, checked weekly by the Responsible Individual against the daily logs.",
     "Responsible Individual", "Jun-2025", "Yes", "B"),
    ("section", "Recommendations"),
    ("row", "1",
     "The registered person should ensure that children's placement plans are updated following each looked after review, so that staff have up-to-date guidance on how to meet each child's needs.",
     "Guide to the Children's Homes Regulations, page 55, paragraph 11.5", "",
     "Update placement plans within five working days of each looked after review and record the changes in the child's file.",
     "Deputy Manager", "0ct-2025", "", "G"),
    ("row", "2",
     "The registered person should ensure that staff receive regular supervision of their practice, in line with the home's supervision policy.",
     "Guide to the Children's Homes Regulations, page 61, paragraph 13.2", "",
     "Set a six-weekly supervision schedule for all staff and report compliance monthly to the Responsible Individual.",
     "Registered Manager", "Sep-2025", "", "A"),
    ("row", "3",
     "The registered person should ensure that the views of children are sought and recorded when reviewing the home's Statement of Purpose.",
     "Guide to the Children's Homes Regulations, page 14, paragraph 3.8", "",
     "Hold a house meeting on the Statement of Purpose and publish a children's guide written with the young people.",
     "Senior Residential Worker", "Nov-2025", "", "G"),
]


def build_central_beds(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    headers = ["No.", "Requirement / recommendation", "Regulation / Guide reference", "Ofsted due date",
               "Action", "Responsible person", "Target date", "Completed", "RAG"]
    widths = [6, 55, 24, 12, 50, 24, 11, 11, 7]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Central Bedfordshire Council – Children's Services"
    ws["A1"].font = Font(size=11, color="595959")
    ws["A2"] = CB_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Full inspection: 10–11 June 2025   |   URN: SC484210   |   Overall experiences and progress of children: Requires improvement to be good"
    ws["A4"] = "Registered Manager: Claire Whitmore   |   Responsible Individual: Head of Residential and Short Breaks"
    for rr in range(1, 5):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=len(headers))
    hr = 6
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.alignment = CENTRE
        cell.border = BOX
    r = hr
    for item in CB_ROWS:
        r += 1
        if item[0] == "section":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
            ws.cell(row=r, column=1).fill = fill("F2F2F2")
            continue
        _, no, text, reg, due, action, resp, target, done, rag = item
        vals = [no or None, text or None, reg or None, due or None, action, resp, target, done or None, rag]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=r, column=9).fill = RAG_FILL[rag]
        ws.cell(row=r, column=9).alignment = CENTRE
        ws.row_dimensions[r].height = 75
    # merge the requirement text over its two action rows (requirement 1)
    ws.merge_cells(start_row=8, start_column=1, end_row=9, end_column=1)
    ws.merge_cells(start_row=8, start_column=2, end_row=9, end_column=2)
    ws.merge_cells(start_row=8, start_column=3, end_row=9, end_column=3)
    ws.merge_cells(start_row=8, start_column=4, end_row=9, end_column=4)
    r += 2
    ws.cell(row=r, column=1, value="This plan is reviewed at each monthly Regulation 44 visit and by the Responsible Individual. RAG: B = complete, G = on track, A = at risk, R = overdue.").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
    wb.save(path)


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        if i < len(lines) - 1:
            run.add_break()


# ---------------------------------------------------------------------------
# 4. Dundee City Council - fostering service Care Inspectorate improvement plan (docx)
# ---------------------------------------------------------------------------
DU_TITLE = "Dundee City Council Fostering Service – Improvement Plan"

DU_SECTIONS = [
    ("Key question 1: How well do we support children and young people's rights and wellbeing?", [
        ("Requirement 1",
         "By 30 June 2025, the provider must ensure that every foster carer's approval is reviewed at least annually and that reviews are presented to the fostering panel within the required timescales.",
         [("R1.1", "Create a review schedule for all fostering households and allocate each overdue review to a named supervising social worker.",
           "Team Manager (Fostering)", "By 30 April 2025", "Blue", "Schedule in place; 19 overdue reviews allocated in April."),
          ("R1.2", "Add a standing item on overdue carer reviews to the fostering panel agenda and report the position monthly to the Service Manager.",
           "Fostering Panel Adviser", "June 2025", "Blue", "Standing item from May panel. No reviews overdue at 31 August.")]),
        ("Area for improvement 1",
         "To support children's wellbeing, the service should ensure that children's views are gathered and recorded as part of every foster carer review.",
         [("A1.1", "Introduce a child-friendly 'My Say' form for use before every carer review, designed with the Champions Board.",
           "Senior Practitioner (Fostering) / Champions Board Co-ordinator", "31/08/2025", "Green",
           "Form designed with young people; printing and online version in September."),
          ("A1.2", "Audit a sample of 20 carer reviews to check that children's views are recorded and have influenced the recommendation.",
           "Quality Assurance Officer", "December 2025", "Green", "Audit scheduled for November.")]),
    ]),
    ("Key question 2: How good is our leadership?", [
        ("Requirement 2",
         "By 31 August 2025, the provider must ensure that quality assurance systems are effective in identifying and addressing gaps in practice, including the oversight of supervision and training records for foster carers.",
         [("R2.1", "Implement a quarterly fostering quality assurance report covering carer supervision, training compliance, reviews and allegations.",
           "Service Manager – Children's Resources", "31 July 2025", "Blue", "First quarterly report considered by SMT on 29 July."),
          ("R2.2", "Move foster carer training records onto Mosaic and set up monthly compliance reports for team managers.",
           "Team Manager (Fostering) and Business Support Manager", "August 2025", "Amber",
           "Data migration delayed by the system upgrade; escalated to SMT.")]),
        ("Area for improvement 2",
         "The provider should ensure that learning from allegations and complaints is shared with foster carers and staff and used to improve practice.",
         [("A2.1", "Hold six-monthly learning sessions for foster carers and staff on themes from allegations and complaints.",
           "Service Manager – Children's Resources", "Ongoing", "Green", "First session held 11 June 2025; next in December.")]),
    ]),
    ("Key question 5: How well is our care and support planned?", [
        ("Area for improvement 3",
         "The provider should ensure that safer caring plans are reviewed whenever a child moves into or out of a fostering household.",
         [("A3.1", "Revise the safer caring plan template and guidance so that a review is triggered by every placement change.",
           "Team Manager (Fostering)", "October 2025", "Red", "Draft template not yet agreed with the Independent Reviewing Service."),
          ("A3.2", "Check at each supervisory visit that the safer caring plan reflects the children currently living in the household.",
           "Supervising Social Workers", "November 2025", "", "To start once the revised template is agreed.")]),
    ]),
]

DU_SHADE = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def build_dundee(path):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    doc.add_paragraph(DU_TITLE, style="Title")
    doc.add_paragraph("Following the Care Inspectorate inspection of 3 – 14 February 2025 (report published 2 April 2025)",
                      style="Subtitle")

    doc.add_paragraph("Document control", style="Heading 3")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service", "Dundee City Council – Fostering Service"),
                 ("Plan owner", "Service Manager – Children's Resources"),
                 ("Approved", "Children and Families Service Senior Management Team, 24 April 2025"),
                 ("Version", "2 – progress update September 2025"),
                 ("Next update due", "December 2025")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], "D9E2F3")
        set_cell(row.cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("Evaluation grades awarded", style="Heading 3")
    g = doc.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    set_cell(g.rows[0].cells[0], "Key question", bold=True)
    set_cell(g.rows[0].cells[1], "Grade", bold=True)
    for k, v in [("How well do we support children and young people's rights and wellbeing?", "3 – Adequate"),
                 ("How good is our leadership?", "3 – Adequate"),
                 ("How well is our care and support planned?", "4 – Good")]:
        row = g.add_row()
        set_cell(row.cells[0], k)
        set_cell(row.cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG status key", style="Heading 3")
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, v in [("Blue", "Complete"), ("Green", "On track"), ("Amber", "At risk of slippage"),
                 ("Red", "Not on track – escalated to Senior Management Team")]:
        row = kt.add_row()
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], DU_SHADE[k])
        set_cell(row.cells[1], v)

    for kq, parts in DU_SECTIONS:
        doc.add_paragraph(kq, style="Heading 1")
        for label, text, acts in parts:
            doc.add_paragraph(label, style="Heading 2")
            doc.add_paragraph(text)
            tb = doc.add_table(rows=1, cols=6)
            tb.style = "Table Grid"
            for c, h in enumerate(["Ref", "Action", "Responsible", "Timescale", "RAG", "Progress (September 2025)"]):
                set_cell(tb.rows[0].cells[c], h, bold=True, colour="FFFFFF")
                shade(tb.rows[0].cells[c], "1F3864")
            for ref, action, lead, when, rag, prog in acts:
                row = tb.add_row()
                for c, v in enumerate([ref, action, lead, when, rag, prog]):
                    set_cell(row.cells[c], v)
                if rag:
                    shade(row.cells[4], DU_SHADE[rag])
            doc.add_paragraph("")

    doc.add_paragraph("Monitoring", style="Heading 3")
    doc.add_paragraph("This plan is monitored monthly by the Fostering Service Management Team and progress is shared with the Care Inspectorate link inspector.")
    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    set_cell(so.rows[0].cells[0], "Signed (Service Manager)", bold=True)
    set_cell(so.rows[0].cells[1], "")
    set_cell(so.rows[1].cells[0], "Date", bold=True)
    set_cell(so.rows[1].cells[1], "30 September 2025")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. North Somerset Safeguarding Children Partnership - JTAI action plan (docx)
# ---------------------------------------------------------------------------
NS_TITLE = "North Somerset Safeguarding Children Partnership – JTAI Multi-agency Action Plan"

NS_AREAS = [
    ("Area for improvement 1: The quality of referrals from partner agencies to the Front Door, including the information provided about children's lived experience and parental consent.", [
        ("1.1", "Relaunch the North Somerset threshold guidance with a short referral-quality checklist for all partner agencies.",
         "NSSCP Business Manager", "Feb 2025", "B", "Relaunched at the partnership conference on 6 February."),
        ("1.2", "Deliver briefings on consent and information sharing to schools' designated safeguarding leads and GP safeguarding leads.",
         "Education Safeguarding Lead; ICB Named GP for Safeguarding Children", "31/03/2025", "G",
         "Four DSL briefings held; GP session booked for 19 March."),
        ("1.3", "Front Door managers to give feedback to referrers on the quality of referrals, and collate monthly themes for the Quality Assurance subgroup.",
         "Service Manager (Front Door)", "Ongoing – reviewed quarterly", "G", "Feedback loop in place since January."),
    ]),
    ("Area for improvement 2: The involvement of health and education professionals in strategy discussions.", [
        ("2.1", "Agree a protocol with Sirona care & health and University Hospitals Bristol and Weston for health attendance at strategy discussions, including a single point of contact.",
         "Designated Nurse Safeguarding Children (BNSSG ICB)", "Q1 2025/26", "A",
         "Draft protocol with providers; single point of contact not yet agreed by UHBW."),
        ("2.2", "Invite the child's school to every strategy discussion during term time and record the reason where this is not possible.",
         "Head of Service – Safeguarding and Quality Assurance", "April 2025", "G", "Recording field added to the strategy discussion form."),
    ]),
    ("Area for improvement 3: The recording of the rationale for decisions made at the Front Door, including the consideration of history.", [
        ("3.1", "Amend the Front Door decision template so that the manager records history, the views of partners and the reason for the decision.",
         "Service Manager (Front Door)", "Jan 2025", "B", "New template live from 13 January 2025."),
        ("3.2", "Audit 10 Front Door decisions each month, with findings reported to the Practice Review Group.",
         "Principal Social Worker", "Monthly", "G", "January and February audits complete; 8 of 10 decisions clearly recorded in February."),
    ]),
    ("Area for improvement 4: The partnership's use of multi-agency audit to understand the impact of its work on children.", [
        ("4.1", "Refresh the NSSCP multi-agency audit programme for 2025/26, with one themed audit each quarter linked to the Front Door.",
         "Chair of the Quality Assurance Subgroup", "30 April 2025", "G", "Draft programme to April subgroup."),
        ("4.2", "Publish a learning briefing after each multi-agency audit and track the resulting actions through the Executive.",
         "NSSCP Business Manager; DCI Safeguarding (Avon and Somerset Police)", "June 2025", "", ""),
    ]),
]

NS_SHADE = {"B": "8EAADB", "G": "92D050", "A": "FFC000", "R": "FF0000"}


def build_north_somerset(path):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    p = doc.add_paragraph()
    run = p.add_run(NS_TITLE)
    run.bold = True
    run.font.size = Pt(18)
    run.font.color.rgb = RGBColor.from_string("00607A")
    p = doc.add_paragraph()
    run = p.add_run("Joint targeted area inspection of the multi-agency response to identification of initial need and risk, October 2024")
    run.italic = True
    run.font.size = Pt(12)
    doc.add_paragraph("Version 3 – progress updated for the NSSCP Executive, 11 March 2025")
    doc.add_paragraph(
        "Ofsted, the Care Quality Commission, HMICFRS and HMI Probation carried out a joint inspection in North Somerset in October 2024. "
        "The inspection letter, published on 10 December 2024, identified four areas for improvement. This plan sets out how the "
        "partnership will respond. Progress is reported to the Safeguarding Children Partnership Executive every two months.")

    doc.add_paragraph("RAG key", style="Heading 2")
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, v in [("B", "Complete"), ("G", "On track"), ("A", "Some delay – remedial action in place"),
                 ("R", "Off track – escalated to the Executive")]:
        row = kt.add_row()
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], NS_SHADE[k])
        set_cell(row.cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("Action plan", style="Heading 2")
    headers = ["Ref", "Action", "Lead agency / officer", "By when", "RAG", "Progress update"]
    tb = doc.add_table(rows=1, cols=len(headers))
    tb.style = "Table Grid"
    for c, h in enumerate(headers):
        set_cell(tb.rows[0].cells[c], h, bold=True, colour="FFFFFF")
        shade(tb.rows[0].cells[c], "00607A")
    for area, acts in NS_AREAS:
        row = tb.add_row()
        merged = row.cells[0].merge(row.cells[len(headers) - 1])
        set_cell(merged, area, bold=True)
        shade(merged, "DEEAF6")
        for ref, action, lead, when, rag, prog in acts:
            row = tb.add_row()
            for c, v in enumerate([ref, action, lead, when, rag, prog]):
                set_cell(row.cells[c], v)
            if rag:
                shade(row.cells[4], NS_SHADE[rag])

    doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=0, cols=2)
    so.style = "Table Grid"
    for k, v in [("Approved by", "NSSCP Executive – North Somerset Council, Avon and Somerset Police, BNSSG Integrated Care Board"),
                 ("Date approved", "21 January 2025"),
                 ("Next review", "May 2025")]:
        row = so.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. West Northamptonshire Council - corporate parenting board action plan (csv)
# ---------------------------------------------------------------------------
WN_TITLE = "West Northamptonshire Council - Corporate Parenting Board Action Plan 2025-26"

WN_PRIORITIES = [
    ("Priority 1: A safe and stable home", [
        ("1.1", "Increase the number of in-house foster carers through the 'Foster for West Northants' campaign, with a target of 25 new households approved in 2025-26.",
         "Head of Fostering (NCT)", "Communications team", "31/03/2026", "A",
         "14 households approved to date; campaign relaunched in October."),
        ("1.2", "Open the second council-owned children's home in Daventry for up to four children.",
         "Assistant Director - Commissioning & Head of Residential Care (NCT)", "Property Services", "Dec-25", "G",
         "Registration application submitted to Ofsted in September."),
    ]),
    ("Priority 2: Health and wellbeing", [
        ("2.1", "Make sure every child in care has an up-to-date health assessment and a strengths and difficulties questionnaire completed within timescale.",
         "Designated Nurse for Children in Care (ICB)", "NCT Children in Care teams", "Ongoing", "G",
         "Health assessments in timescale 91% (Q2)."),
        ("2.2", "Give care leavers free leisure passes at all council-run leisure centres.",
         "Cllr Rachel Okafor", "Leisure Services", "Sep-25", "Complete",
         "Passes issued to 212 care leavers."),
    ]),
    ("Priority 3: Education, training and work", [
        ("3.1", "Create 10 ring-fenced apprenticeships for care leavers across council services.",
         "Moore, Janet", "HR; Virtual School", "Q4 2025/26", "A",
         "4 apprenticeships filled; 3 more advertised."),
        ("3.2", "Virtual School to track the attendance of every child in care weekly and challenge schools where attendance falls below 90%.",
         "Virtual School Headteacher", "Schools", "Termly", "G",
         "Attendance 92.4% in the autumn half-term."),
    ]),
    ("Priority 4: Preparing for adulthood", [
        ("4.1", "Launch the Care Leavers' Local Offer app.\nPromote it through social media and the Children in Care Council.",
         "Head of Leaving Care Service (NCT)", "Children in Care Council", "Jan-26", "G",
         "App in testing with young people."),
        ("4.2", "Exempt care leavers living in West Northamptonshire from council tax up to age 25.",
         "Director of Finance", "Revenues and Benefits", "Apr-25", "Complete",
         "Exemption applied from 1 April 2025."),
        ("4.3", "Agree a joint housing protocol so that no care leaver is placed in bed and breakfast accommodation.",
         "Head of Housing Options / Head of Leaving Care Service (NCT)", "Housing providers", "Mar 26", "R",
         "B&B used twice in Q2; protocol escalated to the Board."),
    ]),
]


def build_west_northants(path):
    ncol = 7
    pad = [""] * ncol

    def line(*cells):
        row = list(cells) + [""] * (ncol - len(cells))
        return row

    rows = [
        line(WN_TITLE),
        line("Delivering our Corporate Parenting Strategy 2024-2027 with Northamptonshire Children's Trust (NCT)"),
        line("Update for Board meeting: 18 November 2025"),
        list(pad),
        ["Ref", "Action", "Lead(s)", "Partners", "Target date", "RAG", "Update"],
    ]
    for prio, acts in WN_PRIORITIES:
        rows.append(line(prio))
        for a in acts:
            rows.append(list(a))
    rows.append(list(pad))
    statuses = [a[5] for _, acts in WN_PRIORITIES for a in acts]
    rows.append(line("Summary"))
    rows.append(line("Total actions", str(len(statuses))))
    rows.append(line("Complete", str(statuses.count("Complete"))))
    rows.append(line("Green", str(statuses.count("G"))))
    rows.append(line("Amber", str(statuses.count("A"))))
    rows.append(line("Red", str(statuses.count("R"))))
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 7. Oxfordshire County Council - early help strategy delivery plan (txt, tab separated)
# ---------------------------------------------------------------------------
OX_TITLE = "Oxfordshire Early Help Strategy 2024–2027: Year 2 Delivery Plan 2025/26"

OX_OUTCOMES = [
    ("Outcome 1: Families can find help early, close to home", [
        ("1.1", "Open family hubs in Banbury, Didcot and Witney, each with a named early help co-ordinator.",
         "Head of Family Help", "Summer term 2025", "Complete", "All three hubs open; launch events held in June."),
        ("1.2", "Publish the Start for Life offer online and in print in the five most spoken community languages.",
         "Public Health Principal (Children and Families)", "Autumn term 2025", "Green", "Translations commissioned."),
        ("1.3", "Extend the Saturday opening pilot at family hubs to Oxford city.",
         "Locality Manager (City) / Oxford City Council Community Services Manager", "Jan 2026", "Amber",
         "Staffing rota not yet agreed."),
    ]),
    ("Outcome 2: Practitioners across the partnership are confident to lead early help", [
        ("2.1", "Deliver Early Help Assessment and Team Around the Family training to 300 practitioners from schools, health and the voluntary sector.",
         "Early Help Workforce Development Lead", "By 31 March 2026", "Green", "162 trained by the end of September."),
        ("2.2", "Hold early help network meetings for designated safeguarding leads in each locality.",
         "Locality Early Help Managers", "Termly", "Green", "Autumn meetings booked in all six localities."),
        ("2.3", "Refresh the Oxfordshire threshold of needs guidance with partners, children and families.",
         "OSCB Business Manager", "Summer term 2026", "Not started", "Scheduled to start in January 2026."),
    ]),
    ("Outcome 3: Children and families get the right help and their lives improve", [
        ("3.1", "Roll out the Supporting Families outcomes framework across all early help teams and partner lead practitioners.",
         "Supporting Families Co-ordinator", "Ongoing", "Green", "Payment-by-results claims on track for Q2."),
        ("3.2", "Reduce re-referrals to children's social care within 12 months of early help closure to below 15%.",
         "Head of Family Help; Head of Social Care – Front Door", "Mar-26", "Red",
         "Re-referral rate 19% at Q2; deep dive commissioned."),
    ]),
]


def build_oxfordshire(path):
    lines = [
        OX_TITLE,
        "Oxfordshire County Council – Children's Services, on behalf of the Early Help Partnership Board",
        "Owner: Early Help Partnership Board\tLast updated: 14 October 2025\tStatus: Q2 progress",
        "",
        "\t".join(["Outcome", "No.", "What we will do", "Who leads", "When", "RAG", "Comments"]),
    ]
    statuses = []
    for outcome, acts in OX_OUTCOMES:
        for i, (no, what, who, when, rag, com) in enumerate(acts):
            lines.append("\t".join([outcome if i == 0 else "", no, what, who, when, rag, com]))
            statuses.append(rag)
    lines.append("")
    lines.append("RAG key: Complete = delivered; Green = on track; Amber = some risk to delivery; Red = off track; Not started = not yet due to start")
    lines.append("Totals: %d actions – %d Complete, %d Green, %d Amber, %d Red, %d Not started" % (
        len(statuses), statuses.count("Complete"), statuses.count("Green"), statuses.count("Amber"),
        statuses.count("Red"), statuses.count("Not started")))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


FILES = {
    "ma1-south-gloucestershire-youth-justice-service-hmip-improvement-plan.xlsx": build_south_glos,
    "ma1-wirral-council-focused-visit-action-plan.xlsx": build_wirral,
    "ma1-central-bedfordshire-council-childrens-home-ofsted-action-plan-typo-month-refuse.xlsx": build_central_beds,
    "ma1-dundee-city-council-fostering-service-care-inspectorate-improvement-plan.docx": build_dundee,
    "ma1-north-somerset-safeguarding-children-partnership-jtai-action-plan.docx": build_north_somerset,
    "ma1-west-northamptonshire-council-corporate-parenting-board-action-plan.csv": build_west_northants,
    "ma1-oxfordshire-county-council-early-help-strategy-delivery-plan.txt": build_oxfordshire,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
