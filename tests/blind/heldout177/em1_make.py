#!/usr/bin/env python
"""Build the seven em1- blind test files (set heldout177).

Run with: /work/main/.venv/bin/python em1_make.py
Writes the data files beside this script. The .expected.yaml files are written by hand.
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Kent ILACS improvement plan (xlsx): document control sheet, plan sheet with
#    merged "what needs to improve" cells, original/revised dates, previous/current RAG,
#    RAG key sheet.
# ---------------------------------------------------------------------------
def kent():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Kent County Council – ILACS Improvement Plan 2022–2024"
    dc["A1"].font = Font(bold=True, size=14)
    dc["A2"] = "Children, Young People and Education Directorate"
    rows = [
        ("Document owner", "Corporate Director, Children, Young People and Education"),
        ("Plan overseen by", "Children's Services Improvement and Practice Quality Board"),
        ("Classification", "OFFICIAL"),
    ]
    r = 4
    for k, v in rows:
        dc.cell(r, 1, k).font = Font(bold=True)
        dc.cell(r, 2, v)
        r += 1
    r += 1
    for c, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        cell = dc.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
    hist = [
        ("1.0", datetime(2022, 7, 26), "Head of Quality Assurance", "First version following publication of the ILACS report (5 July 2022)"),
        ("1.1", datetime(2022, 10, 14), "Head of Quality Assurance", "Q2 progress update"),
        ("1.2", datetime(2023, 1, 20), "Improvement Programme Manager", "Q3 progress update; revised dates agreed for 1.2 and 2.1"),
        ("1.3", datetime(2023, 4, 12), "Improvement Programme Manager", "Q4 progress update; action 3.3 added"),
    ]
    for v in hist:
        r += 1
        for c, x in enumerate(v, 1):
            cell = dc.cell(r, c, x)
            if isinstance(x, datetime):
                cell.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", (22, 58, 30, 70)):
        dc.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Kent County Council – ILACS Improvement Plan 2022–2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Inspection of Local Authority Children's Services: fieldwork 16–27 May 2022; "
                "report published 5 July 2022; overall effectiveness: Outstanding")
    ws["A3"] = "Progress as at 31 March 2023 (reported to Improvement and Practice Quality Board, 12 April 2023)"
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "What needs to improve (Ofsted, July 2022)", "Action", "Lead officer",
               "Original target date", "Revised target date", "Previous RAG", "Current RAG",
               "Progress update / evidence"]
    hr = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BORDER

    afis = [
        ("1. The quality of written plans for children in need of help and protection, so that they "
         "are specific, outcome-focused and understood by families.", [
            ("1.1", "Refresh the child in need and child protection plan templates in Liberi so that "
                    "outcomes are SMART and written to the child.",
             "Assistant Director, Quality Assurance", datetime(2022, 9, 30), None, "Green", "Blue",
             "New templates live from 19 September 2022. Guidance issued to all district teams."),
            ("1.2", "Deliver practice workshops on outcome-focused planning to all district teams.",
             "Principal Social Worker", datetime(2022, 12, 31), datetime(2023, 3, 31), "Amber", "Green",
             "11 of 13 workshops delivered; final two booked for March 2023 (delayed by\nNovember vacancies)."),
            ("1.3", "Introduce a monthly thematic audit of CIN and CP plans and report findings to the "
                    "Practice Quality Board.",
             "Head of Quality Assurance / District Managers", datetime(2023, 1, 31), None, "Green", "Green",
             "January and February audits complete: 68% of plans graded good or better (baseline 51%)."),
        ]),
        ("2. The timeliness of initial health assessments for children coming into care.", [
            ("2.1", "Agree a revised initial health assessment pathway with Kent and Medway ICB so that "
                    "health partners receive consent and placement information within 2 working days.",
             "Designated Nurse for Children in Care (ICB)", datetime(2022, 10, 31), datetime(2023, 6, 30),
             "Red", "Amber",
             "Pathway drafted and agreed in principle; sign-off at ICB Quality Committee in May 2023."),
            ("2.2", "Report IHA timeliness weekly to the Corporate Parenting Panel performance sub-group "
                    "until 90% are completed within 20 working days.",
             "Head of Children in Care Service", "Ongoing", None, "Green", "Green",
             "Timeliness 74% in March 2023 (52% in June 2022)."),
        ]),
        ("3. The consistency of supervision and management oversight for children with disabilities.", [
            ("3.1", "Review supervision frequency and recording in the Disabled Children's Service and set "
                    "a 4-weekly supervision standard.",
             "Service Manager (Disabled Children and Young People)", datetime(2022, 11, 30), None,
             "Green", "Blue", "Standard agreed at DMT 8 November 2022. Compliance 91% in February 2023."),
            ("3.2", "Extend the Team Manager practice observation programme to the Disabled Children's "
                    "Service.",
             "Head of Disabled Children's Service; Practice Development Lead", datetime(2023, 2, 28), None,
             "Amber", "Amber", "Observation tool adapted; 4 of 9 managers observed."),
            ("3.3", "Audit 20 cases held in the Disabled Children's Service to test the impact of the new "
                    "supervision standard.",
             "Head of Quality Assurance", datetime(2023, 3, 31), datetime(2023, 9, 30), None, None,
             "New action (April 2023). Audit to start once the observation programme is complete."),
        ]),
    ]
    rag_fill = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE}
    r = hr
    for afi, acts in afis:
        first = r + 1
        for (ref, act, lead, orig, rev, prev, cur, upd) in acts:
            r += 1
            vals = [ref, afi if r == first else None, act, lead, orig, rev, prev, cur, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, datetime):
                    cell.number_format = "dd/mm/yyyy"
            for c, v in ((7, prev), (8, cur)):
                if v:
                    ws.cell(r, c).fill = fill(rag_fill[v])
        ws.merge_cells(start_row=first, start_column=2, end_row=r, end_column=2)
    r += 2
    ws.cell(r, 1, "Note: RAG ratings are agreed at the monthly Improvement and Practice Quality Board. "
                  "Actions rated Blue remain on the plan until the next quarterly refresh.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (6, 40, 55, 30, 13, 13, 10, 10, 55)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (name, col, meaning) in enumerate([
        ("Blue", BLUE, "Action complete and impact evidenced"),
        ("Green", GREEN, "On track to be delivered by the target date"),
        ("Amber", AMBER, "Some slippage – recovery in hand"),
        ("Red", RED, "Off track – escalated to the Board"),
    ], start=2):
        key.cell(i, 1, name).fill = fill(col)
        key.cell(i, 2, meaning)
    key.column_dimensions["B"].width = 50
    wb.active = 1
    wb.save(out("em1-kent-county-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Leicestershire LAP SEND priority action plan (xlsx): summary/totals sheet first,
#    plan sheet with merged coloured priority band rows, RAG by fill colour only, key at foot.
# ---------------------------------------------------------------------------
def leicestershire():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Leicestershire Local Area Partnership – SEND Priority Action Plan"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Highlight summary for the SEND and Inclusion Board – May 2025"
    hdr = ["Area", "Total actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    for c, h in enumerate(hdr, 1):
        s.cell(4, c, h).font = Font(bold=True)
        s.cell(4, c).fill = fill(GREY)
    data = [
        ("Area for priority action 1", 4, 1, 2, 1, 0, 0),
        ("Area for priority action 2", 3, 0, 1, 0, 1, 1),
        ("Area for improvement 1", 2, 0, 2, 0, 0, 0),
    ]
    for i, row in enumerate(data, 5):
        for c, v in enumerate(row, 1):
            s.cell(i, c, v)
    s.cell(8, 1, "Total").font = Font(bold=True)
    for c in range(2, 8):
        L = get_column_letter(c)
        s.cell(8, c, f"=SUM({L}5:{L}7)").font = Font(bold=True)
    s.column_dimensions["A"].width = 30

    ws = wb.create_sheet("Priority Action Plan")
    ws["A1"] = "Leicestershire Local Area Partnership – SEND Priority Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Areas for priority action and improvement from the area SEND inspection"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Owner: SEND and Inclusion Board | Version 2.1 | Last updated 14/05/2025"
    headers = ["Ref", "Action", "Lead(s)", "Partner agency", "Due by", "RAG",
               "How we will know it has made a difference", "Progress this period"]
    hr = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.alignment = WRAP
        cell.border = BORDER
    plan = [
        ("Area for priority action 1: Leaders across education, health and care should improve the "
         "timeliness and quality of EHC needs assessments and plans, including the contributions made "
         "by health and social care professionals.", [
            ("1.1", "Recruit six additional SEND Assessment Coordinators and clear the backlog of "
                    "assessments over 20 weeks.", "Head of SEND Services", "Leicestershire County Council",
             datetime(2025, 3, 31), BLUE, "Over 20-week assessments reduced to under 50",
             "All six posts filled January 2025. Backlog 38 at end of April."),
            ("1.2", "Introduce a multi-agency quality assurance framework for new EHC plans, with monthly "
                    "moderation attended by health and social care.",
             "SEND Quality Assurance Lead / Designated Clinical Officer", "LCC and LLR ICB",
             datetime(2025, 6, 30), GREEN, "80% of audited plans judged good or better",
             "Framework agreed. First two moderation panels held."),
            ("1.3", "Agree a health advice template and a 6-week return standard with all NHS providers.",
             "Designated Clinical Officer", "LLR ICB", datetime(2025, 4, 30), AMBER,
             "90% of health advice returned within 6 weeks",
             "Template agreed with LPT; UHL sign-off delayed to June."),
            ("1.4", "Train all social care team managers on social care advice for EHC needs assessments.",
             "Principal Social Worker", "Leicestershire County Council", "Summer term 2025", GREEN,
             "Social care advice present in 95% of assessments", "Three of five sessions delivered."),
        ]),
        ("Area for priority action 2: Leaders should ensure that children and young people waiting for "
         "a neurodevelopmental assessment receive support while they wait and are assessed without undue "
         "delay.", [
            ("2.1", "Commission an independent provider to increase autism assessment capacity by 600 "
                    "assessments a year.", "Head of Children's Commissioning", "LLR ICB",
             datetime(2025, 5, 31), RED, "Longest wait under 52 weeks by March 2026",
             "Procurement re-run after no compliant bids. Escalated to ICB Executive."),
            ("2.2", "Launch a 'waiting well' offer of parent workshops and online resources through the "
                    "Local Offer.", "Neurodevelopmental Pathway Lead", "LPT and LCC",
             "Sept 2025 – March 2026", None, "Parent feedback on support while waiting",
             "Not started – dependent on 2.1."),
            ("2.3", "Publish monthly waiting list data by age band on the Local Offer.",
             "Business Intelligence Manager", "LLR ICB", datetime(2025, 2, 28), GREEN,
             "Data published each month", "Published since February 2025."),
        ]),
        ("Area for improvement 1: Leaders should strengthen preparation for adulthood so that young "
         "people with SEND have clear pathways into employment, independent living and adult health "
         "services.", [
            ("3.1", "Develop a supported internship offer with three further education colleges.",
             "Preparing for Adulthood Lead", "LCC and FE colleges", datetime(2025, 9, 30), GREEN,
             "40 supported internships in 2025/26", "Two colleges signed up."),
            ("3.2", "Introduce a transition health passport for young people aged 16 and over with "
                    "complex health needs.", "Named Nurse for Transition", "LPT",
             datetime(2025, 12, 31), GREEN, "Passport in place for 100% of eligible young people",
             "Passport piloted with 12 young people."),
        ]),
    ]
    r = hr
    for band, acts in plan:
        r += 1
        ws.cell(r, 1, band).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("DDEBF7")
        ws.cell(r, 1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        for (ref, act, lead, partner, due, rag, impact, prog) in acts:
            r += 1
            for c, v in enumerate([ref, act, lead, partner, due, None, impact, prog], 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, datetime):
                    cell.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 6).fill = fill(rag)
    r += 2
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for name, col in (("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER),
                      ("Off track", RED), ("Not started", None)):
        r += 1
        ws.cell(r, 1, name)
        if col:
            ws.cell(r, 1).fill = fill(col)
    for col, w in zip("ABCDEFGH", (12, 55, 32, 24, 14, 8, 34, 45)):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(out("em1-leicestershire-lap-send-priority-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Lincolnshire focused visit action plan (xlsx) -- REFUSE: mistyped month in a timescale cell.
#    Single sheet; the Ofsted area is written once and left blank on the rows that continue it.
# ---------------------------------------------------------------------------
def lincolnshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    ws["A1"] = "Lincolnshire County Council – Children's Services"
    ws["A2"] = "Ofsted Focused Visit (24–25 October 2023): Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Focus of the visit: arrangements for children in need and children subject to a child "
                "protection plan")
    headers = ["No.", "Area identified by Ofsted", "Action", "Responsible officer", "Timescale", "RAG",
               "Update (February 2024)"]
    hr = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BORDER
    rows = [
        (1, "The quality and consistency of management oversight and supervision for children in need.",
         "Refresh the supervision policy with clear expectations for recording reflective discussion and "
         "actions for the child.", "Head of Service – Children's Social Care", "January 2024", "G",
         "Policy approved by CSMT 16 January 2024."),
        (2, None, "Team Managers to complete a monthly dip sample of supervision records, moderated by "
                  "Practice Supervisors.", "Team Managers", "Ongoing", "G",
         "Dip samples completed in all localities in January."),
        (3, "The timeliness of child and family assessments for children in need.",
         "Introduce a weekly performance clinic for locality teams with assessments open longer than 35 "
         "working days.", "Performance and Intelligence Manager", "December 2023", "Complete",
         "Clinics running weekly since 4 December 2023."),
        (4, None, "Review the allocation of assessments from the Customer Service Centre so that "
                  "children are seen within 5 working days.", "Head of Early Help", "Marhc 2024", "A",
         "Review under way; proposals to DMT in March."),
        (5, "Plans for children in need are not specific or measurable enough.",
         "Relaunch the Signs of Safety plan format with scaling questions and named actions for each "
         "professional.", "Principal Social Worker", "April 2024", "G",
         "Practice week held 29 January 2024."),
        (6, None, "Audit 30 child in need plans in the Boston and Spalding localities and report the "
                  "findings to the Practice Improvement Board.", "Quality Assurance Manager",
         "May 2024", "", ""),
    ]
    colours = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}
    r = hr
    for row in rows:
        r += 1
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BORDER
        if row[5] in colours:
            ws.cell(r, 6).fill = fill(colours[row[5]])
    r += 2
    ws.cell(r, 1, "RAG: G = on track, A = at risk, R = not on track, Complete = action completed")
    for col, w in zip("ABCDEFG", (5, 42, 60, 34, 14, 10, 42)):
        ws.column_dimensions[col].width = w
    wb.save(out("em1-lincolnshire-county-council-focused-visit-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text, hex_=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if hex_:
        shade(cell, hex_)


# ---------------------------------------------------------------------------
# 4. Norfolk YJS HMIP post-inspection improvement plan (docx): document control and RAG key
#    tables, one table per recommendation addressee, recommendation rows merged across.
# ---------------------------------------------------------------------------
def norfolk():
    d = Document()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Norfolk Youth Justice Service")
    r.bold = True
    r.font.size = Pt(16)
    d.add_heading("HM Inspectorate of Probation Inspection – Post-Inspection Improvement Plan", level=1)
    d.add_paragraph("Inspection fieldwork: March 2024. Report published: June 2024. "
                    "Overall rating: Requires improvement.")

    d.add_paragraph().add_run("Document control").bold = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        bold_cell(t.rows[0].cells[i], h, "D9D9D9")
    for v in [("1.0", "19/07/2024", "Head of Youth Justice Service", "Norfolk Youth Justice Board"),
              ("1.1", "17/10/2024", "Performance and Information Manager", "Norfolk Youth Justice Board"),
              ("1.2", "23/01/2025", "Performance and Information Manager", "Norfolk Youth Justice Board")]:
        cells = t.add_row().cells
        for i, x in enumerate(v):
            cells[i].text = x

    d.add_paragraph()
    d.add_paragraph().add_run("RAG status key").bold = True
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, col, meaning in [("Complete", "0070C0", "Action complete; evidence held"),
                               ("Green", "00B050", "On track"),
                               ("Amber", "FFC000", "Some risk to delivery; mitigation in place"),
                               ("Red", "FF0000", "Not on track; escalated to the Board")]:
        cells = k.add_row().cells
        bold_cell(cells[0], word, col)
        cells[1].text = meaning

    sections = [
        ("Recommendations for the Norfolk Youth Justice Board", [
            ("Recommendation 1: Ensure that board members understand the needs of children known to the "
             "service and use this to challenge partners on their contribution to reducing offending.", [
                ("1.1", "Deliver an induction and development session for all board members on the profile "
                        "of children open to the YJS, including education, health and exploitation data.",
                 "Head of Youth Justice Service", "September 2024", "Complete",
                 "Session held 12 September 2024; 14 of 16 members attended."),
                ("1.2", "Introduce a quarterly partner performance report, with each agency presenting its "
                        "contribution against the Youth Justice Plan priorities.",
                 "YJB Chair / Performance and Information Manager", "Q3 2024/25", "Green",
                 "Police and Education reported in December; Health due in March."),
            ]),
            ("Recommendation 2: Make sure that children have timely access to speech, language and "
             "communication assessments.", [
                ("2.1", "Agree a service level agreement with Norfolk Community Health and Care for a "
                        "speech and language therapist seconded to the YJS.",
                 "Associate Director of Children's Commissioning (ICB)", "31 January 2025", "Amber",
                 "SLA drafted. Funding split between ICB and council still to be agreed."),
                ("2.2", "Screen all children at the point of allocation using the AssetPlus speech, "
                        "language and communication prompts and record the outcome on ChildView.",
                 "Operational Managers", "Ongoing", "Green",
                 "Screening recorded for 88% of new allocations since October."),
            ]),
        ]),
        ("Recommendations for the Head of Youth Justice Service", [
            ("Recommendation 3: Improve the quality of assessment and planning for keeping other people "
             "safe, including contingency planning.", [
                ("3.1", "Refresh the risk and safety management guidance and deliver mandatory training for "
                        "all case managers.", "Practice Development Manager", "November 2024", "Complete",
                 "Guidance issued; 41 of 43 staff trained."),
                ("3.2", "Introduce management countersignature of all Risk of Serious Harm assessments rated "
                        "medium or above within 5 working days.",
                 "Team Managers (North/South)", "October 2024", "Green",
                 "In place from 1 October 2024. Compliance 93% in December."),
                ("3.3", "Audit a sample of 20 post-court cases each quarter against the HMIP risk of harm "
                        "standards and report the findings to the Board.",
                 "Quality Assurance Lead", "March 2025", "Amber",
                 "Q3 audit delayed by staff absence; now scheduled for February."),
            ]),
            ("Recommendation 4: Ensure that victims are offered a restorative justice service and that "
             "their wishes inform planning.", [
                ("4.1", "Recruit a second Victim Liaison Officer and review the victim contact process "
                        "with Norfolk Constabulary.",
                 "Restorative Justice Coordinator / Norfolk Constabulary Youth Inspector", "December 2024",
                 "Red", "Post advertised twice without appointment. Interim cover from the\nSuffolk team "
                        "agreed until April."),
            ]),
        ]),
    ]
    rag_col = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for sec, recs in sections:
        d.add_paragraph()
        d.add_heading(sec, level=2)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "By when", "RAG", "Progress update"]):
            bold_cell(t.rows[0].cells[i], h, "1F3864")
            t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for rec, acts in recs:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            bold_cell(merged, rec, "DEEAF6")
            for (ref, act, lead, when, rag, prog) in acts:
                cells = t.add_row().cells
                for i, x in enumerate([ref, act, lead, when, rag, prog]):
                    cells[i].text = x
                shade(cells[4], rag_col[rag])
    d.add_paragraph()
    d.add_paragraph("Progress against this plan is reported to each meeting of the Norfolk Youth Justice "
                    "Board and to HM Inspectorate of Probation on request.")
    d.save(out("em1-norfolk-yjs-hmip-post-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Derby City children's home Ofsted action plan (docx): inspection details table,
#    Section A requirements table (requirement cell merged down its actions),
#    Section B recommendations table, key line, sign-off table.
# ---------------------------------------------------------------------------
def derby():
    d = Document()
    d.add_paragraph("Derby City Council – Children's Residential Services")
    d.add_heading("Kingfisher House Children's Home – Post-Inspection Action Plan", level=1)
    info = d.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Provider", "Derby City Council"),
                 ("Unique reference number", "SC473918"),
                 ("Inspection date", "4 and 5 March 2025"),
                 ("Overall experiences and progress of children and young people",
                  "Requires improvement to be good"),
                 ("Registered Manager", "Karen Whitfield"),
                 ("Responsible Individual", "Head of Children's Residential Services"),
                 ("Action plan submitted to Ofsted", "25 March 2025")]:
        cells = info.add_row().cells
        bold_cell(cells[0], k, "F2F2F2")
        cells[1].text = v

    d.add_paragraph()
    d.add_heading("Section A – Compliance with requirements", level=2)
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Requirement", "Ref", "Action to be taken", "By whom", "Target date", "RAG"]):
        bold_cell(t.rows[0].cells[i], h, "BFBFBF")
    reqs = [
        ("1. The registered person must ensure that staff help each child to manage the risk of going "
         "missing, and that each child's risk assessment is updated after every missing episode "
         "(Regulation 12(2)(a)(i)). To be met by 30 April 2025.", [
            ("A1.1", "All staff to complete the missing from care and exploitation e-learning and attend the "
             "Derby and Derbyshire Safeguarding Children Partnership workshop.", "Registered Manager",
             "30/04/2025", "B"),
            ("A1.2", "Update each child's risk assessment within 24 hours of every missing episode and review "
             "it at the child's next key-work session.", "Deputy Manager; Senior Residential Workers",
             "30/04/2025", "G"),
        ]),
        ("2. The registered person must ensure that records of restraint include the child's views and "
         "are reviewed by the registered person within 48 hours (Regulation 35(3)(a) and (b)). "
         "To be met by 31 May 2025.", [
            ("A2.1", "Introduce a post-incident debrief form that records the child's account in their own "
             "words.", "Registered Manager", "31/05/2025", "G"),
            ("A2.2", "The Responsible Individual to review all restraint records monthly and report themes "
             "to the Residential Services Management Team.", "Responsible Individual", "June 2025", "A"),
        ]),
    ]
    for req, acts in reqs:
        first = len(t.rows)
        for (ref, act, who, when, rag) in acts:
            cells = t.add_row().cells
            for i, x in enumerate([ref, act, who, when, rag], 1):
                cells[i].text = x
        last = len(t.rows) - 1
        b = t.cell(first, 0).merge(t.cell(last, 0))
        b.text = req

    d.add_paragraph()
    d.add_heading("Section B – Recommendations", level=2)
    t2 = d.add_table(rows=1, cols=6)
    t2.style = "Table Grid"
    for i, h in enumerate(["Recommendation", "Ref", "Action to be taken", "By whom", "Target date", "RAG"]):
        bold_cell(t2.rows[0].cells[i], h, "BFBFBF")
    recs = [
        ("1. Ensure that each child's education plan is reviewed with the Virtual School every term "
         "(‘Guide to the Children’s Homes Regulations, including the quality standards’, page 25, "
         "paragraph 5.9).",
         "B1.1", "Registered Manager to attend each child's PEP meeting and record the agreed actions on the home's "
         "education tracker.", "Registered Manager / Virtual School Caseworker", "Summer term 2025", "G"),
        ("2. Ensure that the home's location risk assessment is reviewed and updated at least annually.",
         "B2.1", "Review the location risk assessment with the local Safer Neighbourhood Team and share it with "
         "placing authorities.", "Responsible Individual", "July 2025", ""),
    ]
    for row in recs:
        cells = t2.add_row().cells
        for i, x in enumerate(row):
            cells[i].text = x
    d.add_paragraph("RAG: B – completed; G – on track; A – at risk of slippage; R – not on track. "
                    "A blank RAG means the action has not yet started.")
    d.add_paragraph()
    s = d.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for i, h in enumerate(["Signed", "Role", "Date"]):
        bold_cell(s.rows[0].cells[i], h)
    for i, x in enumerate(["K. Whitfield", "Registered Manager", "25/03/2025"]):
        s.rows[1].cells[i].text = x
    d.save(out("em1-derby-city-council-childrens-home-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Northumberland early help action plan (csv export): title and report-date lines, priority
#    written only on the first row of each block, notes and totals lines at the foot.
# ---------------------------------------------------------------------------
def northumberland():
    import csv
    import io
    rows = [
        ["Northumberland Children and Adults Safeguarding Partnership – Early Help Strategy Action Plan 2024-2026"],
        ["Report date: 30/09/2024"],
        [],
        ["Priority", "Ref", "Action", "Lead", "Start date", "End date", "Status", "Comments"],
        ["Priority 1 - Right help at the right time", "EH1.1",
         "Launch the revised Early Help Assessment and plan on the Family Hub case management system.",
         "Early Help Service Manager", "01/04/2024", "30/06/2024", "Complete",
         "Went live 3 June 2024."],
        ["", "EH1.2",
         "Publish a refreshed multi-agency Continuum of Need with worked examples for schools and GP practices.",
         "NCASP Business Manager; Head of Early Help", "01/04/2024", "30/09/2024", "Green",
         "Final draft to the Executive on 8 October."],
        ["", "EH1.3",
         "Embed Early Help Navigators in the Front Door to step down contacts that do not meet the threshold for social care.",
         "Front Door Service Manager", "01/07/2024", "Q4 2024/25", "Amber",
         "Two of three Navigator posts filled."],
        ["Priority 2 - Family Hubs and Start for Life", "EH2.1",
         "Open Family Hubs in Blyth, Ashington and Hexham with a published timetable of partner sessions.",
         "Family Hubs Programme Lead", "01/04/2024", "31/03/2025", "On track",
         "Blyth opened July 2024; Ashington on schedule for January."],
        ["", "EH2.2",
         "Deliver the infant feeding and perinatal mental health offer through the hubs in partnership with Northumbria Healthcare.",
         "Public Health Consultant (0-19) / Northumbria Healthcare Head of Health Visiting",
         "01/04/2025", "Mar-26", "Not started", ""],
        ["Priority 3 - A confident early help workforce", "EH3.1",
         "Deliver Lead Professional training to 150 practitioners from schools, health and the voluntary sector.",
         "Workforce Development Manager", "01/09/2024", "Termly", "Green",
         "46 trained in September."],
        ["", "EH3.2",
         "Run a quarterly multi-agency audit of early help episodes and share the learning through 7-minute briefings.",
         "Quality Assurance Lead", "01/07/2024", "Ongoing", "Green",
         "Q2 audit on \"step-down from social care\" completed."],
        ["", "EH3.3",
         "Survey families whose early help episode has closed to find out whether they feel their needs were met.",
         "Head of Early Help", "01/01/2025", "Oct-25", "Red",
         "Survey platform procurement delayed; options paper to Board in November."],
        [],
        ["Notes: dates are as agreed by the Early Help Partnership Board on 12 March 2024. Status: Complete, On track/Green, Amber, Red, Not started."],
        ["Total actions: 8"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row + [""] * (8 - len(row)))
    with open(out("em1-northumberland-early-help-partnership-action-plan.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Hampshire corporate parenting board action plan (tab-separated text export): title lines,
#    one column header, pledge heading lines, a continuation line, key line at the foot.
# ---------------------------------------------------------------------------
def hampshire():
    L = [
        "Hampshire County Council",
        "Corporate Parenting Board – Action Plan 2024-25",
        "Progress update for the Board meeting of 15 January 2025",
        "",
        "Ref\tWhat we will do\tLead\tBy when\tRAG\tUpdate",
        "Pledge 1: We will help you feel safe and settled in your home",
        "1.1\tCo-produce a 'Welcome to care' pack with the Children in Care Council\tHead of Children in Care\tMarch 2025\tG\tDraft tested with the CiCC in December.",
        "\tand give it to every child at their first review.\t\t\t\t",
        "1.2\tIncrease the number of in-house foster carers by 40 through the Fostering Hampshire recruitment campaign.\tFostering Service Manager\t31/03/2026\tA\t17 new households approved since April; enquiries below target.",
        "1.3\tReview every placement more than 20 miles from Hampshire at the Placement Panel every 3 months.\tHead of Placements; Placement Panel Chair\tQuarterly\tG\tAll 63 placements reviewed in Q3.",
        "Pledge 2: We will support you to do well at school and college",
        "2.1\tMake sure every child in care has a good quality Personal Education Plan reviewed each term.\tHead of Virtual School\tSpring term 2025\tC\t96% of PEPs rated good in the autumn term.",
        "2.2\tOffer every care leaver aged 16-21 in education a Hampshire Futures careers adviser.\tSmith, Janet\tSeptember 2025\tA\tAdviser capacity agreed for 120 young people.",
        "Pledge 3: We will help you get ready for adult life",
        "3.1\tExtend the council tax exemption for care leavers living in Hampshire to age 25.\tDirector of Children's Services / Chief Finance Officer\tApril 2025\tC\tAgreed by Cabinet 9 December 2024.",
        "3.2\tCreate 12 ring-fenced apprenticeships for care leavers within Hampshire County Council.\tCare Leavers Service Manager\tDec-25\tR\tOnly 3 posts identified; escalated to the Chief Executive.",
        "3.3\tHold a termly drop-in for care leavers with the Leader and the Lead Member for Children's Services.\tLead Member for Children's Services\tTermly\tG\tFirst drop-in held 28 November 2024.",
        "",
        "RAG: G = on track, A = at risk, R = off track, C = complete",
    ]
    with open(out("em1-hampshire-corporate-parenting-board-action-plan.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    kent()
    leicestershire()
    lincolnshire()
    norfolk()
    derby()
    northumberland()
    hampshire()
    print("ok")
