#!/usr/bin/env python
"""Build the seven zgc- blind test files (set heldout825).

Run with the project venv python:  python zgc_make.py
Writes only files whose names start with "zgc-" into this script's folder.
The data below is also imported by the helper that writes the
.expected.yaml readings, so the expected text matches the file text exactly.
"""
import csv
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

F_BDC = "zgc-babergh-and-mid-suffolk-district-councils-corporate-peer-challenge-action-plan.xlsx"
F_DUD = "zgc-dudley-council-adult-social-care-lga-peer-challenge-action-plan.docx"
F_LEW = "zgc-london-borough-of-lewisham-internal-audit-gias-improvement-plan-typo-month-refuse.xlsx"
F_BOL = "zgc-bolton-youth-justice-service-national-standards-self-assessment-improvement-plan.csv"
F_CER = "zgc-ceredigion-adult-learning-partnership-estyn-post-inspection-action-plan.txt"
F_WIL = "zgc-wiltshire-local-area-partnership-send-lga-peer-review-action-plan.docx"
F_POR = "zgc-safer-portsmouth-partnership-serious-violence-duty-action-plan.xlsx"

# colour fills used for RAG
FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "band": "DDEBF7",
}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(name_or_hex):
    h = FILL.get(name_or_hex, name_or_hex)
    return PatternFill("solid", start_color=h, end_color=h)


# ---------------------------------------------------------------------------
# 1. Babergh and Mid Suffolk DCs - LGA Corporate Peer Challenge action plan
# ---------------------------------------------------------------------------
BDC_TITLE = "Babergh and Mid Suffolk District Councils – LGA Corporate Peer Challenge Action Plan"
BDC_RECS = [
    ("Recommendation 1: Refresh the joint corporate plan so that each council’s own priorities sit clearly alongside the shared vision, in time for the new administrations after May 2023",
     [
         dict(ref="1.1", action="Hold facilitated member workshops in each council to test priorities for the refreshed plan",
              lead_cell="Chief Executive", member="Leaders of both councils", date="September 2022",
              progress="Workshops held on 6 and 13 September 2022; 41 members attended across the two councils.",
              rag="Complete", x_lead=["Chief Executive"], x_end="2022-09", x_status="blue"),
         dict(ref="1.2", action="Prepare a separate plan for each council with a shared delivery framework, for adoption by the new administrations",
              lead_cell="Corporate Manager – Strategic Policy, Performance and Insight", member="Leaders of both councils", date="July 2023",
              progress="Approach agreed by SLT. Drafting paused until after the elections on 4 May 2023.",
              rag="Green", x_lead=["Corporate Manager – Strategic Policy, Performance and Insight"], x_end="2023-07", x_status="green"),
     ]),
    ("Recommendation 2: Agree a realistic and prioritised programme so that the councils’ ambition is matched by the capacity to deliver it at pace",
     [
         dict(ref="2.1", action="Set up a single corporate Programme Board to prioritise and track major projects across both councils",
              lead_cell="Director – Corporate Resources", member="Cabinet Members for Finance", date="31/10/2022",
              progress="Programme Board met for the first time on 4 October 2022. First prioritisation exercise reduced active projects from 64 to 38.",
              rag="Complete", x_lead=["Director – Corporate Resources"], x_end="2022-10", x_status="blue"),
         dict(ref="2.2", action="Develop a capacity dashboard showing the staff time committed to each priority project",
              lead_cell="Corporate Manager – Digital and ICT; Corporate Manager – Performance", member="Cabinet Members for Finance", date="March 2023",
              progress="Prototype dashboard in testing with the Programme Board. Project time recording is incomplete in three directorates.",
              rag="Amber", x_lead=["Corporate Manager – Digital and ICT", "Corporate Manager – Performance"], x_end="2023-03", x_status="amber"),
     ]),
    ("Recommendation 3: Make wellbeing a golden thread through the councils’ strategies, commissioning and decision-making",
     [
         dict(ref="3.1", action="Add a wellbeing impact section to the committee report template and train report authors",
              lead_cell="Corporate Manager – Governance and Civic Office", member="Cabinet Members for Communities", date="Dec-22",
              progress="New template live from 1 November 2022. Two training sessions delivered; a further session is booked for January.",
              rag="Green", x_lead=["Corporate Manager – Governance and Civic Office"], x_end="2022-12", x_status="green"),
         dict(ref="3.2", action="Agree a joint wellbeing outcomes framework with Suffolk health and care partners",
              lead_cell="Director – Communities and Wellbeing", member="Cabinet Members for Communities", date="April 2023",
              progress="Initial outcomes agreed with the Ipswich and East Suffolk Alliance; West Suffolk Alliance discussion scheduled for January.",
              rag="Green", x_lead=["Director – Communities and Wellbeing"], x_end="2023-04", x_status="green"),
     ]),
    ("Recommendation 4: Review the governance arrangements of the partnership so that the two councils can take joint decisions more efficiently",
     [
         dict(ref="4.1", action="Review joint committee arrangements and report options to both councils",
              lead_cell="Monitoring Officer", member="Leaders of both councils", date="February 2023",
              progress="Options paper drafted. Cross-party working group meets on 14 December 2022.",
              rag="Green", x_lead=["Monitoring Officer"], x_end="2023-02", x_status="green"),
         dict(ref="4.2", action="Align the Cabinet and committee cycles of the two councils from the 2023/24 municipal year",
              lead_cell="Corporate Manager – Governance and Civic Office", member="Leaders of both councils", date="May 2023",
              progress="Draft calendar for 2023/24 circulated to group leaders.",
              rag="Green", x_lead=["Corporate Manager – Governance and Civic Office"], x_end="2023-05", x_status="green"),
     ]),
    ("Recommendation 5: Develop the workforce strategy to address recruitment and retention pressures in key professional roles",
     [
         dict(ref="5.1", action="Carry out a market pay review for hard-to-fill posts in planning, environmental health and ICT",
              lead_cell="Corporate Manager – HR and OD", member="Cabinet Members for Customers, Digital Transformation and Improvement", date="31/01/2023",
              progress="Benchmark data received from other Suffolk councils. Report to SLT delayed to February 2023 because of a vacancy in the HR team.",
              rag="Red", x_lead=["Corporate Manager – HR and OD"], x_end="2023-01", x_status="red"),
         dict(ref="5.2", action="Launch a ‘grow our own’ apprenticeship and graduate scheme",
              lead_cell="Corporate Manager – HR and OD", member="Cabinet Members for Customers, Digital Transformation and Improvement", date="Sept 2022 – March 2023",
              progress="Four planning apprentices started in September 2022. Graduate scheme being scoped with the University of Suffolk.",
              rag="Green", x_lead=["Corporate Manager – HR and OD"], x_end="2023-03", x_status="green"),
     ]),
    ("Recommendation 6: Tell residents, partners and staff more clearly what the councils have achieved and what they plan to do next",
     [
         dict(ref="6.1", action="Refresh the internal communications plan, including quarterly all-staff briefings led by the Chief Executive",
              lead_cell="Corporate Manager – Communications", member="Leaders of both councils", date="Ongoing",
              progress="Quarterly briefings in place since July 2022.",
              rag="Green", x_lead=["Corporate Manager – Communications"], x_end=None, x_end_text="Ongoing", x_status="green"),
     ]),
]


def build_bdc(path):
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Babergh and Mid Suffolk District Councils"
    cover["A1"].font = Font(bold=True, size=16)
    cover["A3"] = "LGA Corporate Peer Challenge, 14–18 March 2022"
    cover["A4"] = "Action plan and progress update"
    cover["A3"].font = Font(bold=True, size=13)
    rows = [
        ("Document control", ""),
        ("Document owner", "Corporate Manager – Strategic Policy, Performance and Insight"),
        ("Version", "1.3"),
        ("Date of this update", "30/11/2022"),
        ("Reported to", "Babergh Cabinet (8 December 2022) and Mid Suffolk Cabinet (12 December 2022)"),
        ("Next review", "LGA progress review visit – 18 January 2023"),
    ]
    for i, (k, v) in enumerate(rows, start=6):
        cover.cell(row=i, column=1, value=k).border = BOX
        cover.cell(row=i, column=2, value=v).border = BOX
        cover.cell(row=i, column=1).font = Font(bold=True)
    cover["A6"].fill = fill("grey")
    cover.merge_cells("A6:B6")
    cover.column_dimensions["A"].width = 24
    cover.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Action Plan")
    ncol = 7
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = BDC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Peer challenge held 14–18 March 2022  |  Progress as at 30 November 2022"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead Officer", "Cabinet Member(s)", "Target date", "Progress update", "RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    rag_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    counts = {}
    for rec, acts in BDC_RECS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        cell = ws.cell(row=r, column=1, value=rec)
        cell.font = Font(bold=True)
        cell.fill = fill("band")
        cell.alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 32
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["lead_cell"], a["member"], a["date"], a["progress"], a["rag"]]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(row=r, column=7).fill = fill(rag_fill[a["rag"]])
            counts[a["rag"]] = counts.get(a["rag"], 0) + 1
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of RAG status").font = Font(bold=True)
    r += 1
    for k in ["Complete", "Green", "Amber", "Red"]:
        ws.cell(row=r, column=1, value=k).fill = fill(rag_fill[k])
        ws.cell(row=r, column=2, value=counts.get(k, 0))
        r += 1
    ws.cell(row=r, column=1, value="Total")
    ws.cell(row=r, column=2, value=sum(counts.values()))
    r += 2
    ws.cell(row=r, column=1, value="Note: actions 1.2 and 4.2 depend on the outcome of the district elections on 4 May 2023.").font = Font(italic=True)
    widths = [7, 55, 30, 26, 16, 55, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Complete", "Action delivered"),
        ("Green", "On track to deliver by the target date"),
        ("Amber", "Some risk to delivery; mitigation in place"),
        ("Red", "Off track – target date will be missed"),
    ], start=2):
        key.cell(row=i, column=1, value=k).fill = fill(rag_fill[k])
        key.cell(row=i, column=2, value=v)
    key.column_dimensions["B"].width = 45
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Dudley Council - Adult Social Care LGA peer challenge action plan (docx)
# ---------------------------------------------------------------------------
DUD_TITLE = "Adult Social Care LGA Peer Challenge – Improvement Action Plan"
DUD_THEMES = [
    ("Theme 1: Working with people", [
        ("Recommendation 1: Reduce waiting times for Care Act assessments and make sure people who are waiting are kept in touch with and their risks reviewed", [
            dict(ref="1a", action="Introduce a waiting list triage and ‘keeping in touch’ protocol across all locality teams",
                 lead_cell="Head of Assessment and Care Management", due="December 2023",
                 progress="Protocol in place. Everyone waiting more than 28 days is now contacted monthly.", rag="B",
                 x_lead=["Head of Assessment and Care Management"], x_end="2023-12", x_status="blue"),
            dict(ref="1b", action="Commission additional assessment capacity for six months to clear reviews more than 12 months overdue",
                 lead_cell="Head of Assessment and Care Management / Head of Commissioning", due="Q4 2023/24",
                 progress="Agency team started 8 January 2024; 212 reviews allocated.", rag="G",
                 x_lead=["Head of Assessment and Care Management", "Head of Commissioning"], x_end="2024-03", x_status="green"),
        ]),
        ("Recommendation 2: Strengthen co-production so that people with lived experience shape how services are designed", [
            dict(ref="2a", action="Set up a Co-production Board of people who draw on care and support and unpaid carers",
                 lead_cell="Principal Social Worker", due="31/03/2024",
                 progress="Terms of reference drafted with Healthwatch Dudley. Recruitment of members has been slower than planned.", rag="A",
                 x_lead=["Principal Social Worker"], x_end="2024-03", x_status="amber"),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("Recommendation 3: Publish a clear market position and address gaps in home care capacity in the north of the borough", [
            dict(ref="3a", action="Publish a refreshed Market Position Statement for adult social care",
                 lead_cell="Head of Commissioning", due="April 2024",
                 progress="Draft shared with providers at the November 2023 provider forum.", rag="G",
                 x_lead=["Head of Commissioning"], x_end="2024-04", x_status="green"),
            dict(ref="3b", action="Pilot a zoned home care model in the Sedgley and Coseley area",
                 lead_cell="Head of Commissioning; ICB Place Director (Dudley)", due="September 2024",
                 progress="Procurement timetable agreed with the ICB.", rag="G",
                 x_lead=["Head of Commissioning", "ICB Place Director (Dudley)"], x_end="2024-09", x_status="green"),
        ]),
        ("Recommendation 4: Increase the use of reablement and ‘home first’ pathways", [
            dict(ref="4a", action="Review reablement eligibility criteria with The Dudley Group NHS Foundation Trust to increase referrals from the community",
                 lead_cell="Head of Integrated Services", due="Jan-24",
                 progress="Review completed; revised criteria in use from 2 January 2024.", rag="B",
                 x_lead=["Head of Integrated Services"], x_end="2024-01", x_status="blue"),
        ]),
    ]),
    ("Theme 3: Ensuring safety", [
        ("Recommendation 5: Improve the consistency of safeguarding decision-making at the front door", [
            dict(ref="5a", action="Introduce threshold guidance and a weekly multi-agency triage meeting in the Safeguarding Adults Hub",
                 lead_cell="Head of Safeguarding and Quality Assurance", due="February 2024",
                 progress="Guidance launched; weekly meeting in place with police and health colleagues.", rag="G",
                 x_lead=["Head of Safeguarding and Quality Assurance"], x_end="2024-02", x_status="green"),
            dict(ref="5b", action="Complete a safeguarding case file audit and report the findings to the Safeguarding Adults Board",
                 lead_cell="Principal Social Worker", due="End of March 2024",
                 progress="Audit of 40 cases scheduled for February.", rag="G",
                 x_lead=["Principal Social Worker"], x_end="2024-03", x_status="green"),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Recommendation 6: Make sure the performance framework gives leaders timely and accurate information about outcomes", [
            dict(ref="6a", action="Develop a Power BI performance dashboard for adult social care that team managers can use",
                 lead_cell="Head of Performance and Business Intelligence", due="June 2024",
                 progress="Data migration from the legacy system delayed; go-live moved from March to June 2024.", rag="A",
                 x_lead=["Head of Performance and Business Intelligence"], x_end="2024-06", x_status="amber"),
            dict(ref="6b", action="Hold quarterly performance challenge sessions chaired by the Director",
                 lead_cell="Director of Adult Social Care", due="Quarterly",
                 progress="First session held 12 December 2023.", rag="G",
                 x_lead=["Director of Adult Social Care"], x_end=None, x_end_text="Quarterly", x_status="green"),
        ]),
    ]),
]

DOCX_RAG = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
            "blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000", "grey": "D9D9D9", "band": "DDEBF7"}


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def build_dud(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(DUD_TITLE, style="Title")
    doc.add_paragraph("Dudley Metropolitan Borough Council – Directorate of Adult Social Care")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "2.0"), ("Date", "15 January 2024"), ("Owner", "Director of Adult Social Care"),
                 ("Approved by", "Adult Social Care Assurance Board"), ("Review frequency", "Monthly")]:
        row = dc.add_row()
        bold_cell(row.cells[0], k)
        row.cells[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph(
        "The Local Government Association (LGA) carried out an adult social care ‘preparation for assurance’ "
        "peer challenge from 17 to 20 October 2023. The peer team made six recommendations. This plan sets out "
        "our response, grouped under the four Care Quality Commission (CQC) assessment themes. Progress is shown "
        "as at January 2024 and is rated using the key at the end of this document.")

    for theme, recs in DUD_THEMES:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Due", "Progress at January 2024", "RAG"]):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "D9D9D9")
        for rec, acts in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            bold_cell(m, rec)
            shade(m, "DDEBF7")
            for a in acts:
                row = t.add_row()
                vals = [a["ref"], a["action"], a["lead_cell"], a["due"], a["progress"], a["rag"]]
                for i, v in enumerate(vals):
                    row.cells[i].text = v
                shade(row.cells[5], DOCX_RAG[a["rag"]])
                row.cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph("")

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, meaning in [("B", "Complete – action delivered and impact evidenced"),
                          ("G", "On track"),
                          ("A", "At risk – mitigation in place"),
                          ("R", "Off track – escalated to the Assurance Board")]:
        row = k.add_row()
        row.cells[0].text = code
        shade(row.cells[0], DOCX_RAG[code])
        row.cells[1].text = meaning
    doc.add_paragraph("")
    doc.add_paragraph("Signed off by: Director of Adult Social Care and Cabinet Member for Adult Social Care, January 2024")
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. Lewisham - Internal Audit GIAS QAIP (xlsx)  -- the refuse case
# ---------------------------------------------------------------------------
LEW_TITLE = "London Borough of Lewisham – Internal Audit: Global Internal Audit Standards Self-Assessment and Quality Assurance & Improvement Plan 2025/26"
LEW_DOMAINS = [
    ("Domain II: Ethics and Professionalism", [
        ("2.1", "3.2 Continuing Professional Development",
         "CPD records are not held centrally for all members of the team",
         "Introduce an individual CPD log for each auditor, reviewed at quarterly one-to-ones",
         "Audit Manager", "Sep-25", "", "Complete", "CPD logs in place for all 9 staff."),
    ]),
    ("Domain III: Governing the Internal Audit Function", [
        ("3.1", "6.1 Internal Audit Mandate",
         "The internal audit mandate has not been formally agreed by the Audit Panel",
         "Present the Internal Audit Mandate and revised Charter to the Audit Panel for approval",
         "Head of Internal Audit", "Jul-25", "", "Complete", "Approved by Audit Panel on 15 July 2025."),
        ("3.2", "8.3 Quality",
         "The QAIP is not reported to the Audit Panel annually",
         "Report QAIP progress to the Audit Panel as part of the annual internal audit opinion",
         "Head of Internal Audit", "Jun-26", "", "Not started", "Due with the 2025/26 annual report."),
        ("3.3", "8.4 External Quality Assessment",
         "The next EQA is due by March 2027 and no arrangements are in place",
         "Agree the scope of the next EQA and procure an assessor through the London Audit Group peer arrangement",
         "Head of Internal Audit", "Mar-26", "Jun-26", "In progress", "Scope agreed with the Executive Director for Corporate Resources."),
    ]),
    ("Domain IV: Managing the Internal Audit Function", [
        ("4.1", "9.2 Internal Audit Strategy",
         "There is no documented internal audit strategy linked to the council’s objectives",
         "Develop and publish a three-year Internal Audit Strategy",
         "Head of Internal Audit", "Sep-25", "Febuary 2026", "In progress", "Draft strategy discussed at CMT on 4 November 2025."),
        ("4.2", "10.3 Technological Resources",
         "Working papers and action tracking rely on spreadsheets and shared drives",
         "Procure and implement audit management software",
         "Head of Internal Audit; Head of Digital Services", "Mar-26", "", "In progress", "Three suppliers shortlisted."),
        ("4.3", "12.2 Performance Measurement",
         "KPIs measure plan completion only and not quality or impact",
         "Revise internal audit KPIs in line with the CIPFA performance measurement guidance",
         "Audit Manager", "Apr-26", "", "Not started", ""),
    ]),
    ("Domain V: Performing Internal Audit Services", [
        ("5.1", "14.3 Evaluation of Findings",
         "Audit reports do not consistently set out the root cause of findings",
         "Add root-cause analysis to the report template and train the team",
         "Principal Auditor", "Dec-25", "", "In progress", "Template updated; training on 9 December."),
        ("5.2", "15.2 Confirming the Implementation of Recommendations",
         "Follow-up of agreed actions is not evidenced for low-priority recommendations",
         "Extend follow-up testing to a sample of low-priority actions each quarter",
         "Audit Manager", "Mar-26", "", "In progress", "First sample tested in Q2."),
    ]),
]
LEW_TYPO_TEXT = "Febuary 2026"


def build_lew(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "QAIP"
    ncol = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = LEW_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Report to Audit Panel – 25 November 2025  |  Position as at 31 October 2025"
    heads = ["Ref", "GIAS Standard", "Gap identified", "Improvement action", "Owner",
             "Original target date", "Revised target date", "Status", "Comments"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("grey")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True)
    r = 5
    typo_row = None
    status_fill = {"Complete": "blue", "In progress": "green", "Not started": "FFFFFF"}
    for dom, rows in LEW_DOMAINS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(row=r, column=1, value=dom).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("band")
        r += 1
        for vals in rows:
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(row=r, column=8).fill = fill(status_fill[vals[7]])
            if vals[6] == LEW_TYPO_TEXT:
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Conformance summary: Generally conforms – 47 standards; Partially conforms – 8 standards; Does not conform – 0 standards.")
    widths = [6, 26, 40, 45, 26, 12, 12, 12, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of improvement actions"
    s["A1"].font = Font(bold=True)
    statuses = [v[7] for _, rows in LEW_DOMAINS for v in rows]
    for i, k in enumerate(["Complete", "In progress", "Not started"], start=3):
        s.cell(row=i, column=1, value=k)
        s.cell(row=i, column=2, value=statuses.count(k))
    s.cell(row=6, column=1, value="Total")
    s.cell(row=6, column=2, value=len(statuses))
    wb.save(path)
    return typo_row


# ---------------------------------------------------------------------------
# 4. Bolton YJS - National Standards self-assessment improvement plan (csv)
# ---------------------------------------------------------------------------
BOL_TITLE = "Bolton Youth Justice Service – National Standards Self-Assessment Improvement Plan 2023-24"
BOL_HEAD = ["Standard", "Ref", "Self-assessment finding", "Action", "Owner", "Target date",
            "Progress (February 2024)", "RAG"]
# each block: standard, finding, actions
BOL_BLOCKS = [
    ("Standard 1: Out of court disposals", "Joint decision-making panel minutes do not consistently record the rationale for the outcome chosen", [
        dict(ref="1.1", action="Introduce a revised panel minute template with a mandatory rationale section",
             owner="YJS Operational Manager", date="31/10/2023", progress="Template in use from the October panel.", rag="Complete",
             x_lead=["YJS Operational Manager"], x_end="2023-10", x_status="blue"),
        dict(ref="1.2", action="Dip-sample 10 panel decisions each quarter and feed back to panel members",
             owner="YJS Quality Assurance Lead; GMP Youth Justice Sergeant", date="Mar-24",
             progress="First dip sample completed January 2024 – 7 of 10 met the standard.", rag="Amber",
             x_lead=["YJS Quality Assurance Lead", "GMP Youth Justice Sergeant"], x_end="2024-03", x_status="amber"),
    ]),
    ("Standard 1: Out of court disposals", "Health and speech, language and communication screening is not completed before panel in all cases", [
        dict(ref="1.3", action="Agree a pathway with the YJS health team so that screening is completed within 10 working days of referral",
             owner="YJS Health Lead (Bolton NHS FT)", date="Apr-24", progress="Draft pathway agreed at the January operational group.", rag="Green",
             x_lead=["YJS Health Lead (Bolton NHS FT)"], x_end="2024-04", x_status="green"),
    ]),
    ("Standard 2: At court", "Pre-sentence reports do not always include the child’s voice or their diversity needs", [
        dict(ref="2.1", action="Deliver PSR quality training for all case managers, covering the child’s lived experience and diversity",
             owner="Team Manager (Court and Custody)", date="Dec-23", progress="Training delivered on 14 and 21 November 2023.", rag="Complete",
             x_lead=["Team Manager (Court and Custody)"], x_end="2023-12", x_status="blue"),
        dict(ref="2.2", action="Manager gatekeeping of all PSRs using the YJB quality checklist",
             owner="Team Manager (Court and Custody)", date="Ongoing", progress="Gatekeeping in place; audit of PSRs due in March.", rag="Green",
             x_lead=["Team Manager (Court and Custody)"], x_end=None, x_end_text="Ongoing", x_status="green"),
    ]),
    ("Standard 3: In the community", "Plans are not always reviewed when the child’s circumstances change", [
        dict(ref="3.1", action="Add a ‘significant change’ review prompt to ChildView and monitor it through supervision",
             owner="YJS Operational Manager", date="Q1 2024/25", progress="Awaiting configuration by the ChildView supplier.", rag="Red",
             x_lead=["YJS Operational Manager"], x_end="2024-06", x_status="red"),
    ]),
    ("Standard 4: In secure settings", "Contact with children in custody is not always within the required timescales", [
        dict(ref="4.1", action="Set up a custody tracker and a weekly review of contact with children in YOIs and STCs",
             owner="Team Manager (Court and Custody)", date="January 2024",
             progress="Tracker live. All four children in custody were seen within timescale in January.", rag="Complete",
             x_lead=["Team Manager (Court and Custody)"], x_end="2024-01", x_status="blue"),
    ]),
    ("Standard 5: On transition and resettlement", "Transition planning with the Probation Service starts too late for some young people", [
        dict(ref="5.1", action="Agree a joint transitions protocol with the Probation Service (Bolton PDU).\nPlanning to start no later than age 17 years 3 months.",
             owner="Head of Youth Justice / Head of Bolton PDU", date="31st March 2024",
             progress="Protocol drafted; for sign-off at the March Partnership Board.", rag="Green",
             x_lead=["Head of Youth Justice", "Head of Bolton PDU"], x_end="2024-03", x_status="green"),
        dict(ref="5.2", action="Deliver joint training for YJS and Probation staff on the transitions protocol",
             owner="YJS Workforce Development Lead", date="June 2024", progress="", rag="Not started",
             x_lead=["YJS Workforce Development Lead"], x_end="2024-06", x_status="unrated"),
    ]),
]


def build_bol(path):
    n = len(BOL_HEAD)
    rows = [
        [BOL_TITLE] + [""] * (n - 1),
        ["Owner: Head of Youth Justice", "", "", "Reported to: Bolton Youth Justice Partnership Board", "", "", "", ""],
        [""] * n,
        BOL_HEAD,
    ]
    prev_std = None
    for std, finding, acts in BOL_BLOCKS:
        first = True
        for a in acts:
            s = std if (first and std != prev_std) else ""
            f = finding if first else ""
            rows.append([s, a["ref"], f, a["action"], a["owner"], a["date"], a["progress"], a["rag"]])
            first = False
        prev_std = std
    rows.append([""] * n)
    rows.append(["RAG key: Complete = action delivered; Green = on track; Amber = some slippage; Red = off track; Not started = not yet due"] + [""] * (n - 1))
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 5. Ceredigion Adult Learning Partnership - Estyn PIAP (tab-separated txt)
# ---------------------------------------------------------------------------
CER_TITLE = "Ceredigion Adult Learning Partnership – Estyn Post-Inspection Action Plan"
CER_RECS = [
    ("Recommendation 1: Strengthen the tracking of learners’ progress and the use of data to plan improvements", [
        dict(ref="1.1", action="Introduce a common individual learning plan (ILP) template for all partner providers",
             success="All learners on accredited courses have an ILP with SMART targets", lead="ALP Quality Manager",
             when="September 2024", progress="Template agreed by the Partnership Board in May 2024; tutor briefings arranged.", rag="G",
             x_lead=["ALP Quality Manager"], x_end="2024-09", x_status="green"),
        dict(ref="1.2", action="Produce a partnership data report on enrolment, retention and attainment for each Partnership Board",
             success="Data report considered at every Board meeting", lead="ALP Data Officer / ALP Quality Manager",
             when="Termly", progress="First report presented in April 2024.", rag="G",
             x_lead=["ALP Data Officer", "ALP Quality Manager"], x_end=None, x_end_text="Termly", x_status="green"),
    ]),
    ("Recommendation 2: Improve opportunities for learners to develop their Welsh language skills", [
        dict(ref="2.1", action="Increase the number of bilingual and Welsh-medium taster sessions in community venues",
             success="At least 12 sessions delivered in 2024-25", lead="Dysgu Cymraeg Ceredigion Manager",
             when="July 2025", progress="Six sessions planned for the autumn.", rag="G",
             x_lead=["Dysgu Cymraeg Ceredigion Manager"], x_end="2025-07", x_status="green"),
        dict(ref="2.2", action="Provide Welsh language awareness training for all tutors",
             success="90% of tutors complete the training", lead="ALP Co-ordinator",
             when="Autumn term 2024", progress="", rag="",
             x_lead=["ALP Co-ordinator"], x_end="2024-12", x_status="unrated"),
    ]),
    ("Recommendation 3: Make sure self-evaluation and improvement planning involve all partners and focus on learners’ outcomes", [
        dict(ref="3.1", action="Carry out joint observations of teaching across partner providers using a shared framework",
             success="Every tutor observed at least once a year", lead="ALP Quality Manager; Coleg Ceredigion Curriculum Manager",
             when="March 2025", progress="Framework drafted. Moderation training postponed from June to September.", rag="A",
             x_lead=["ALP Quality Manager", "Coleg Ceredigion Curriculum Manager"], x_end="2025-03", x_status="amber"),
        dict(ref="3.2", action="Write a single partnership self-evaluation report and quality development plan",
             success="Self-evaluation report approved by the Partnership Board", lead="ALP Co-ordinator",
             when="December 2024", progress="Writing group set up with all partners.", rag="G",
             x_lead=["ALP Co-ordinator"], x_end="2024-12", x_status="green"),
    ]),
    ("Recommendation 4: Strengthen strategic planning so that provision meets the needs of communities across the county", [
        dict(ref="4.1", action="Complete a needs analysis of adult learning in rural north Ceredigion",
             success="Findings used to shape the 2025-26 curriculum plan", lead="Lifelong Learning Manager (Ceredigion County Council)",
             when="31/01/2025", progress="Survey of community venues under way.", rag="G",
             x_lead=["Lifelong Learning Manager (Ceredigion County Council)"], x_end="2025-01", x_status="green"),
        dict(ref="4.2", action="Agree a partnership agreement setting out the roles, funding and accountability of each member",
             success="Agreement signed by all partners", lead="Chair of the Partnership Board",
             when="May 2024", progress="Agreement signed at the Board on 21 May 2024.", rag="C",
             x_lead=["Chair of the Partnership Board"], x_end="2024-05", x_status="blue"),
    ]),
]


def cer_lines():
    lines = [
        CER_TITLE,
        "Inspection: 16-19 October 2023\tReport published: December 2023\tUpdated: 30 June 2024",
        "",
        "\t".join(["Ref", "Action", "Success criteria", "Lead", "Timescale", "Progress to date", "RAG"]),
    ]
    for rec, acts in CER_RECS:
        lines.append(rec + "\t" * 6)
        for a in acts:
            lines.append("\t".join([a["ref"], a["action"], a["success"], a["lead"], a["when"], a["progress"], a["rag"]]))
    lines += [
        "",
        "RAG key: C = complete; G = on track; A = some concerns; R = not on track",
        "Monitored by: Partnership Board (termly) and Learning Communities Overview and Scrutiny Committee",
    ]
    return lines


def build_cer(path):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(cer_lines()) + "\r\n")


# ---------------------------------------------------------------------------
# 6. Wiltshire SEND Local Area Partnership - LGA peer review action plan (docx)
# ---------------------------------------------------------------------------
WIL_TITLE = "Wiltshire SEND Local Area Partnership – LGA Peer Review Action Plan"
WIL_RECS = [
    ("Recommendation 1 – Identify system ‘conductors’ to balance the education, health and care elements of SEND", [
        dict(ref="1.1", action="Appoint joint senior responsible officers for SEND from the council and BSW ICB, each with time-limited deliverables",
             lead_cell="Director of Education and Skills (WC); Chief Nurse (BSW ICB)", orig="July 2024", rev="", status="Complete",
             update="Joint SROs confirmed at the July 2024 Partnership Board.",
             x_lead=["Director of Education and Skills (WC)", "Chief Nurse (BSW ICB)"], x_end="2024-07", x_status="blue"),
        dict(ref="1.2", action="Review the terms of reference and membership of the SEND and Inclusion Partnership Board so that health and care are equal partners",
             lead_cell="Head of SEND and Inclusion", orig="September 2024", rev="March 2025", status="Some slippage",
             update="Draft terms of reference out to partners; ICB governance sign-off needed.",
             x_lead=["Head of SEND and Inclusion"], x_end="2025-03", x_status="amber"),
    ]),
    ("Recommendation 2 – Be bold in telling the partnership’s story and move faster on the ambitions already agreed", [
        dict(ref="2.1", action="Publish a ‘You said, we did’ annual SEND report co-produced with Wiltshire Parent Carer Council",
             lead_cell="Head of SEND and Inclusion / Wiltshire Parent Carer Council Co-Chair", orig="December 2024", rev="", status="On track",
             update="Content agreed; design under way.",
             x_lead=["Head of SEND and Inclusion", "Wiltshire Parent Carer Council Co-Chair"], x_end="2024-12", x_status="green"),
        dict(ref="2.2", action="Refresh the SEND and AP strategy delivery plan with milestones and named owners",
             lead_cell="SEND Strategy Lead", orig="31/10/2024", rev="", status="Complete",
             update="Refreshed plan approved by the Partnership Board on 24 October 2024.",
             x_lead=["SEND Strategy Lead"], x_end="2024-10", x_status="blue"),
    ]),
    ("Recommendation 3 – Bring schools and settings with the partnership on its improvement journey", [
        dict(ref="3.1", action="Set up a termly SEND headteacher reference group",
             lead_cell="Head of Inclusion", orig="Autumn term 2024", rev="", status="Complete",
             update="First meeting held 12 November 2024 with 18 headteachers.",
             x_lead=["Head of Inclusion"], x_end="2024-12", x_status="blue"),
        dict(ref="3.2", action="Roll out the Ordinarily Available Provision guidance and training to all schools",
             lead_cell="Head of Inclusion; Educational Psychology Service Manager", orig="Summer term 2025", rev="", status="On track",
             update="Guidance published; training booked for all clusters.",
             x_lead=["Head of Inclusion", "Educational Psychology Service Manager"], x_end="2025-07", x_status="green"),
    ]),
    ("Recommendation 4 – Co-produce a local area outcomes framework to align joint commissioning", [
        dict(ref="4.1", action="Co-produce a SEND outcomes framework with children, young people and families",
             lead_cell="Joint Commissioning Manager (Children)", orig="March 2025", rev="June 2025", status="Some slippage",
             update="Engagement with young people extended to include post-16 settings.",
             x_lead=["Joint Commissioning Manager (Children)"], x_end="2025-06", x_status="amber"),
        dict(ref="4.2", action="Use the outcomes framework to inform the joint commissioning plan for therapies",
             lead_cell="Head of Joint Commissioning; Deputy Director of Commissioning (BSW ICB)", orig="September 2025", rev="", status="Not yet started",
             update="Depends on action 4.1.",
             x_lead=["Head of Joint Commissioning", "Deputy Director of Commissioning (BSW ICB)"], x_end="2025-09", x_status="unrated"),
    ]),
    ("Recommendation 5 – Create a workforce strategy for the whole system and all settings", [
        dict(ref="5.1", action="Complete a SEND workforce needs analysis across education, health and care",
             lead_cell="SEND Workforce Development Lead", orig="January 2025", rev="April 2025", status="Off track",
             update="Post vacant from September to November 2024; analysis restarted.",
             x_lead=["SEND Workforce Development Lead"], x_end="2025-04", x_status="red"),
    ]),
]
WIL_STATUS_SHADE = {"Complete": "00B0F0", "On track": "00B050", "Some slippage": "FFC000", "Off track": "FF0000", "Not yet started": "FFFFFF"}


def build_wil(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.add_heading(WIL_TITLE, level=1)
    doc.add_paragraph("Wiltshire Council, NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board "
                      "and Wiltshire Parent Carer Council")
    doc.add_paragraph("The LGA peer review of SEND took place in June 2024 and made five key recommendations. "
                      "This plan was agreed by the SEND and Inclusion Partnership Board on 25 July 2024. "
                      "Updates are as at December 2024.")
    doc.add_paragraph("Status key", style="Heading 3")
    k = doc.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    bold_cell(k.rows[0].cells[0], "Status")
    bold_cell(k.rows[0].cells[1], "Meaning")
    for s, m in [("Complete", "Blue – action delivered"),
                 ("On track", "Green – on track to deliver by the date"),
                 ("Some slippage", "Amber – behind the original date; revised date agreed"),
                 ("Off track", "Red – will not be delivered by the revised date without intervention"),
                 ("Not yet started", "Not due to start yet")]:
        row = k.add_row()
        row.cells[0].text = s
        shade(row.cells[0], WIL_STATUS_SHADE[s])
        row.cells[1].text = m
    for rec, acts in WIL_RECS:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(["No.", "What we will do", "Lead(s)", "Original date", "Revised date", "Status", "Update (December 2024)"]):
            bold_cell(t.rows[0].cells[i], h)
        for a in acts:
            row = t.add_row()
            vals = [a["ref"], a["action"], a["lead_cell"], a["orig"], a["rev"], a["status"], a["update"]]
            for i, v in enumerate(vals):
                row.cells[i].text = v
            shade(row.cells[5], WIL_STATUS_SHADE[a["status"]])
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to the SEND and Inclusion Partnership Board every two months "
                      "and to the Children’s Select Committee twice a year.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 7. Safer Portsmouth Partnership - Serious Violence Duty delivery plan (xlsx)
# ---------------------------------------------------------------------------
POR_TITLE = "Safer Portsmouth Partnership – Serious Violence Duty Strategy Delivery Plan 2024/25"
POR_PRIORITIES = [
    ("Priority 1: Prevention and early intervention for children and young people", [
        dict(ref="1.1", action="Extend the youth worker scheme in the Queen Alexandra Hospital emergency department to weekends",
             lead="Violence Reduction Co-ordinator", partners="Portsmouth Hospitals University NHS Trust; Hampshire and Isle of Wight VRU",
             due="Mar-25", q2="green", q3="green", update="Weekend cover started in November 2024; 37 young people engaged in Q3.",
             x_lead=["Violence Reduction Co-ordinator"], x_end="2025-03", x_status="green"),
        dict(ref="1.2", action="Deliver knife crime awareness sessions in every secondary school and the Harbour School",
             lead="Community Safety Education Officer", partners="Hampshire and Isle of Wight Constabulary",
             due="Summer term 2025", q2="amber", q3="green", update="14 of 16 schools booked.",
             x_lead=["Community Safety Education Officer"], x_end="2025-07", x_status="green"),
        dict(ref="1.3", action="Commission a mentoring offer for children at risk of exclusion and criminal exploitation",
             lead="Youth Justice Service Manager / Head of Early Help", partners="Education; VCS",
             due="Dec-24", q2="amber", q3="red", update="Tender did not attract a suitable bidder. Re-tender planned for Q4.",
             x_lead=["Youth Justice Service Manager", "Head of Early Help"], x_end="2024-12", x_status="red"),
    ]),
    ("Priority 2: Violence in public places and the night-time economy", [
        dict(ref="2.1", action="Run partnership night-time economy operations in the Guildhall Walk area on Friday and Saturday nights",
             lead="Portsmouth District Commander (Police)", partners="Licensing; Street Pastors",
             due="Ongoing", q2="green", q3="green", update="Operations running every weekend; extended over the festive period.",
             x_lead=["Portsmouth District Commander (Police)"], x_end=None, x_end_text="Ongoing", x_status="green"),
        dict(ref="2.2", action="Review CCTV coverage and street lighting at the five locations with the most violent incidents",
             lead="Community Safety Manager", partners="Highways; Housing",
             due="Sep-24", q2="green", q3="blue", update="Review completed. Three new cameras installed in Q3.",
             x_lead=["Community Safety Manager"], x_end="2024-09", x_status="blue"),
    ]),
    ("Priority 3: Domestic abuse and violence against women and girls", [
        dict(ref="3.1", action="Train staff in licensed premises in the Ask for Angela and bystander intervention schemes",
             lead="Licensing Manager", partners="Police Licensing Team",
             due="Mar-25", q2=None, q3="amber", update="Training content agreed; delivery slipped to February.",
             x_lead=["Licensing Manager"], x_end="2025-03", x_status="amber"),
        dict(ref="3.2", action="Develop a domestic abuse perpetrator intervention pathway with the Probation Service",
             lead="Domestic Abuse Strategy Lead; Head of Portsmouth PDU", partners="Probation Service; OPCC",
             due="Jun-25", q2=None, q3=None, update="Scheduled to start in Q4.",
             x_lead=["Domestic Abuse Strategy Lead", "Head of Portsmouth PDU"], x_end="2025-06", x_status="unrated"),
    ]),
    ("Priority 4: Data, insight and partnership working", [
        dict(ref="4.1", action="Refresh the serious violence strategic needs assessment using A&E, police and youth justice data",
             lead="Community Safety Analyst", partners="Public Health; ICB",
             due="Jan-25", q2="green", q3="green", update="Data sharing agreement with the hospital trust signed; draft due January.",
             x_lead=["Community Safety Analyst"], x_end="2025-01", x_status="green"),
    ]),
]


def build_por(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery plan"
    ncol = 8
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = POR_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Quarter 3 update (October – December 2024) – for the SPP Board, 28 January 2025"
    heads = ["No.", "Action", "Lead", "Partners", "Due", "Q2 RAG", "Q3 RAG", "Q3 update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.border = BOX
    r = 5
    for pri, acts in POR_PRIORITIES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(row=r, column=1, value=pri).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("band")
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["lead"], a["partners"], a["due"], None, None, a["update"]]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if a["q2"]:
                ws.cell(row=r, column=6).fill = fill(a["q2"])
            if a["q3"]:
                ws.cell(row=r, column=7).fill = fill(a["q3"])
            r += 1
    widths = [6, 55, 32, 34, 16, 9, 9, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key (colour only in the plan)"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
        ("green", "On track"),
        ("amber", "Some delay or risk – mitigation in place"),
        ("red", "Off track – escalate to SPP Board"),
        ("blue", "Complete"),
        ("FFFFFF", "No colour – not yet started"),
    ], start=2):
        key.cell(row=i, column=1).fill = fill(col)
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 45
    wb.active = 0
    wb.save(path)


def main():
    build_bdc(os.path.join(HERE, F_BDC))
    build_dud(os.path.join(HERE, F_DUD))
    row = build_lew(os.path.join(HERE, F_LEW))
    build_bol(os.path.join(HERE, F_BOL))
    build_cer(os.path.join(HERE, F_CER))
    build_wil(os.path.join(HERE, F_WIL))
    build_por(os.path.join(HERE, F_POR))
    print("Lewisham typo month on sheet row", row)


if __name__ == "__main__":
    main()
