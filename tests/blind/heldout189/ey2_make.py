"""Build the seven ey2- blind test files (set heldout189).

Run with /work/main/.venv/bin/python ey2_make.py  (writes next to this script).
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

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "navy": "1F3864", "pale": "DEEAF6", "amberpale": "FFE699",
}


def fill(hexcolour):
    return PatternFill(start_color=hexcolour, end_color=hexcolour, fill_type="solid")


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Stockton-on-Tees BC - ASC CQC assessment improvement plan (xlsx, 3 sheets)
# ---------------------------------------------------------------------------
def stockton():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Stockton-on-Tees Borough Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Adults, Health and Wellbeing"
    cov["A4"] = "Adult Social Care CQC Assessment – Improvement Plan 2025/26"
    cov["A4"].font = Font(bold=True, size=16)
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    rows = [
        ("Version", "2.3"),
        ("Date", "October 2025"),
        ("Owner", "Director of Adults, Health and Wellbeing"),
        ("Monitored by", "ASC Improvement Board (monthly); Adult Social Care and Health Select Committee (six-monthly)"),
        ("Source", "CQC local authority assessment report – Stockton-on-Tees Borough Council"),
    ]
    for i, (k, v) in enumerate(rows, start=7):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [
        ("B", "Complete – action delivered and evidence of impact captured"),
        ("G", "On track to deliver by the target date"),
        ("A", "Some slippage – recovery actions in place"),
        ("R", "Off track – escalated to the ASC Improvement Board"),
    ]
    for i, (k, v) in enumerate(key, start=14):
        cov.cell(i, 1, k).fill = fill(FILL[k])
        cov.cell(i, 1).font = Font(bold=True, color="FFFFFF")
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 90

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress – position at 30 September 2025"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["Theme", "Actions", "B", "G", "A", "R", "Not started"]
    for c, h in enumerate(hdr, start=1):
        summ.cell(3, c, h).font = Font(bold=True)
        summ.cell(3, c).fill = fill(FILL["grey"])
    srows = [
        ("Theme 1: Working with people", 3, 1, 1, 1, 0, 0),
        ("Theme 2: Providing support", 2, 0, 1, 1, 0, 0),
        ("Theme 3: Ensuring safety within the system", 3, 1, 1, 0, 1, 0),
        ("Theme 4: Leadership", 2, 0, 1, 0, 0, 1),
        ("Total", 10, 2, 4, 2, 1, 1),
    ]
    for r, row in enumerate(srows, start=4):
        for c, v in enumerate(row, start=1):
            summ.cell(r, c, v).border = BOX
        if row[0] == "Total":
            for c in range(1, 8):
                summ.cell(r, c).font = Font(bold=True)
    summ.column_dimensions["A"].width = 44

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Adult Social Care CQC Assessment – Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress position at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Area for improvement (CQC findings)", "Action", "Lead(s)", "Start",
               "Target date", "Progress update – September 2025", "RAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["navy"])
        cell.alignment = WRAP
        cell.border = BOX

    # (kind, payload)
    plan = [
        ("theme", "Theme 1: Working with people"),
        ("afi", "People waited too long for Care Act assessments, particularly in the Older People's Community Team.", 2),
        ("act", "1.1", "Introduce a trusted assessor model with Reablement and Occupational Therapy to clear the waiting list for low-complexity assessments.",
         "Head of Adult Social Care Operations / Principal Social Worker", d(2025, 4, 1), d(2025, 12, 31),
         "Waiting list down from 412 to 265 people. Trusted assessor training completed for 18 staff.", "G"),
        ("act", "1.2", "Publish waiting times for assessments and reviews monthly in the ASC performance scorecard and report them to DMT.",
         "Head of Performance and Business Intelligence", d(2025, 4, 1), d(2025, 6, 30),
         "Monthly scorecard in place since June 2025.", "B"),
        ("afi", "Unpaid carers told CQC that carers' assessments were not always offered and information was hard to find.", 1),
        ("act", "1.3", "Co-produce a refreshed Carers' Offer with the Stockton Carers' Partnership Board, including a clear carers' assessment pathway.",
         "Carers Lead (Commissioning) and Service Manager (Adult Social Care Front Door)", d(2025, 7, 1), "March 2026",
         "Two co-production workshops held. Draft offer delayed by provider contract extension.", "A"),
        ("theme", "Theme 2: Providing support"),
        ("afi", "Choice of home care and nursing provision was limited in some areas and some people were placed out of borough.", 2),
        ("act", "2.1", "Complete the Market Position Statement refresh and a nursing care capacity plan with the ICB.",
         "Head of Strategic Commissioning", d(2025, 5, 1), d(2025, 11, 30),
         "Provider engagement events held in July and August; draft MPS with Cabinet Member.", "G"),
        ("act", "2.2", "Retender the home care framework on a zonal basis to improve coverage in western and rural wards.",
         "Head of Strategic Commissioning; Procurement Manager", d(2025, 6, 1), "Q4 2025/26",
         "Tender documents being finalised; market warming session slipped to October.", "A"),
        ("theme", "Theme 3: Ensuring safety within the system"),
        ("afi", "Transitions for young people moving to adult services were not consistently planned from age 14.", 2),
        ("act", "3.1", "Establish a joint Preparing for Adulthood panel with Children's Services, meeting monthly, with a shared tracker from Year 9.",
         "Service Manager (Transitions) and Head of SEND", d(2025, 4, 1), d(2025, 9, 30),
         "Panel established; 64 young people on the shared tracker.", "B"),
        ("act", "3.2", "Audit 20 transition cases each quarter and report the findings to the Quality Assurance Board.",
         "Principal Social Worker", d(2025, 7, 1), "Ongoing",
         "Q1 audit completed – 14 of 20 cases rated good.", "G"),
        ("afi", "Safeguarding concerns were not always screened within the local authority's two working day standard.", 1),
        ("act", "3.3", "Review the Adult Multi-Agency Safeguarding Hub triage process and add a daily management oversight huddle.",
         "Head of Safeguarding Adults", d(2025, 5, 1), d(2025, 10, 31),
         "Screening within 2 days at 71% (target 90%). Vacancies in the hub; agency cover requested.", "R"),
        ("theme", "Theme 4: Leadership"),
        ("afi", "Staff did not always feel that learning from complaints, audits and safeguarding adults reviews was shared with them.", 2),
        ("act", "4.1", "Launch a quarterly 'Practice Learning' bulletin and a learning-into-practice session for each team.\nRecord attendance in the workforce development system.",
         "Principal Social Worker", d(2025, 6, 1), d(2025, 12, 31),
         "First bulletin issued August 2025; sessions booked for all teams.", "G"),
        ("act", "4.2", "Agree a co-production charter and recruit six Experts by Experience to the ASC Improvement Board.",
         "Assistant Director – Adult Social Care", d(2025, 11, 1), "Jan-26",
         "Not started – due to begin November 2025.", None),
    ]
    r = 5
    for item in plan:
        if item[0] == "theme":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(r, c).fill = fill(FILL["pale"])
                ws.cell(r, c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
        elif item[0] == "afi":
            text, span = item[1], item[2]
            ws.cell(r, 2, text).alignment = WRAP
            if span > 1:
                ws.merge_cells(start_row=r, start_column=2, end_row=r + span - 1, end_column=2)
        else:
            _, ref, action, lead, start, target, prog, rag = item
            vals = [ref, None, action, lead, start, target, prog, rag]
            for c, v in enumerate(vals, start=1):
                if c == 2:
                    ws.cell(r, c).border = BOX
                    continue
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            if rag:
                ws.cell(r, 8).fill = fill(FILL[rag])
                ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(r, 1, "Notes: RAG ratings are reviewed monthly by the ASC Improvement Board. Target dates are changed only with Board approval.")
    ws.cell(r, 1).font = Font(italic=True)
    widths = [7, 40, 55, 30, 10, 12, 45, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, "ey2-stockton-on-tees-bc-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Woking BC - Grant Thornton Public Interest Report recommendations (xlsx)
# ---------------------------------------------------------------------------
def woking():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIR Action Plan"
    ws["A1"] = "Woking Borough Council – Public Interest Report: Recommendations Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = ("Response to the Report in the Public Interest issued by Grant Thornton UK LLP (November 2024) "
                "– position at 28 February 2025")
    ws.merge_cells("A2:F2")
    headers = ["Ref", "Action", "Responsible officer", "Target date", "Progress to date", "RAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill(FILL["grey"])
        cell.border = BOX
    rag_fill = {"Complete": FILL["B"], "Green": FILL["G"], "Amber": FILL["A"], "Red": FILL["R"], "Not started": "FFFFFF"}
    plan = [
        ("rec", "R1 – The Council should ensure that the Section 151 Officer and the Monitoring Officer have the capacity, "
                "access and standing needed to discharge their statutory duties, including direct access to the Executive and Council."),
        ("act", "1.1", "Revise the Constitution to give the Section 151 Officer and the Monitoring Officer a standing right to attend and report to CMT, the Executive and Council.",
         "Interim Director of Legal and Democratic Services (Monitoring Officer)", d(2025, 1, 31),
         "Constitution amendments approved by Council on 30 January 2025.", "Complete"),
        ("act", "1.2", "Establish a Statutory Officers' Group (Head of Paid Service, S151 Officer and Monitoring Officer) meeting monthly, with published terms of reference.",
         "Chief Executive", d(2025, 3, 31),
         "First meeting held 11 February 2025; terms of reference drafted.", "Green"),
        ("rec", "R2 – The Council should strengthen its capital and treasury management framework so that borrowing is affordable, "
                "prudent and sustainable and is supported by a prudent Minimum Revenue Provision (MRP) policy."),
        ("act", "2.1", "Adopt a revised MRP policy compliant with statutory guidance as part of the 2025/26 budget.",
         "Strategic Director for Finance (S151 Officer)", d(2025, 2, 28),
         "Approved by Council with the 2025/26 budget.", "Complete"),
        ("act", "2.2", "Set prudential indicators and an authorised limit that reflect the debt reduction strategy agreed with Commissioners, and report performance against them quarterly.",
         "Strategic Director for Finance (S151 Officer); Deputy S151 Officer", "By 30 June 2025",
         "Indicators set in the Treasury Management Strategy; first quarterly report due July.", "Green"),
        ("act", "2.3", "Commission an independent review of the valuation of the Council's investment property portfolio and its wholly owned companies.",
         "Strategic Director – Corporate Resources", "Sept 2025",
         "Specification drafted; procurement delayed pending Commissioner advice on scope.", "Amber"),
        ("rec", "R3 – The Council should ensure that decisions on its companies and major investments are subject to effective scrutiny, "
                "with complete and timely information provided to Members."),
        ("act", "3.1", "Set up a Shareholder Liaison Panel with a published forward plan and a company performance dashboard reported to Overview and Scrutiny Committee twice a year.",
         "Strategic Director – Corporate Resources / Head of Democratic Services", "Q1 2025/26",
         "Terms of reference agreed; dashboard design behind schedule.", "Amber"),
        ("act", "3.2", "Deliver a mandatory training programme for all Members on scrutiny of commercial decisions, treasury management and company governance.",
         "Head of Democratic Services", "Ongoing",
         "Three sessions held; 24 of 30 Members have attended at least one.", "Green"),
        ("rec", "R4 – The Council should review its risk management arrangements so that financial and commercial risks are identified, "
                "escalated and reported to Members in good time."),
        ("act", "4.1", "Refresh the Risk Management Strategy and corporate risk register, with commercial and debt risks reported to Audit and Governance Committee each quarter.",
         "Corporate Risk Manager", d(2025, 7, 31),
         "Due to start April 2025 once the new Corporate Risk Manager is in post.", "Not started"),
    ]
    r = 5
    for item in plan:
        if item[0] == "rec":
            cell = ws.cell(r, 1, item[1])
            cell.font = Font(bold=True)
            cell.alignment = WRAP
            for c in range(1, 7):
                ws.cell(r, c).fill = fill(FILL["amberpale"])
                ws.cell(r, c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, action, lead, target, prog, rag = item
            for c, v in enumerate([ref, action, lead, target, prog, rag], start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(r, 6).fill = fill(rag_fill[rag])
        r += 1
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    summary = [("Complete", 2), ("Green", 3), ("Amber", 2), ("Red", 0), ("Not started", 1), ("Total actions", 8)]
    for i, (k, v) in enumerate(summary, start=1):
        ws.cell(r + i, 1, k)
        ws.cell(r + i, 2, v)
    r += len(summary) + 2
    ws.cell(r, 1, "Note: this plan is reported monthly to the Commissioners and quarterly to Audit and Governance Committee. "
                  "Changes to target dates require the agreement of the S151 Officer.").font = Font(italic=True)
    for col, w in zip("ABCDEF", [8, 60, 34, 14, 45, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ey2-woking-bc-grant-thornton-public-interest-report-recommendations-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. West Yorkshire Police - PEEL AFI tracker (xlsx) - REFUSE (typo month)
# ---------------------------------------------------------------------------
def wyp():
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = "West Yorkshire Police"
    fs["A1"].font = Font(bold=True, size=14)
    fs["A2"] = "PEEL 2023–25 Areas for Improvement – Force Improvement Tracker"
    fs["A2"].font = Font(bold=True, size=12)
    meta = [("Version", "v0.7"), ("Owner", "Deputy Chief Constable"),
            ("Governance", "Force Improvement Board (monthly); Joint Independent Audit Committee (quarterly)"),
            ("Protective marking", "OFFICIAL")]
    for i, (k, v) in enumerate(meta, start=4):
        fs.cell(i, 1, k).font = Font(bold=True)
        fs.cell(i, 2, v)
    fs["A9"] = "RAG definitions"
    fs["A9"].font = Font(bold=True)
    key = [("B", "Blue", "Complete – evidence submitted to the HMICFRS Force Liaison Lead"),
           ("G", "Green", "On track"),
           ("A", "Amber", "Slippage against original date – revised date agreed"),
           ("R", "Red", "Off track / revised date at risk")]
    for i, (k, word, v) in enumerate(key, start=10):
        fs.cell(i, 1, word).fill = fill(FILL[k])
        fs.cell(i, 2, v)
    fs.column_dimensions["A"].width = 20
    fs.column_dimensions["B"].width = 80

    ws = wb.create_sheet("AFI Tracker")
    ws["A1"] = "PEEL 2023–25 Areas for Improvement – Force Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Updated 14/08/2025 – for Force Improvement Board 20/08/2025"
    headers = ["PEEL question", "AFI", "Area for improvement", "Action ref", "Action", "Action owner",
               "Original completion date", "Revised completion date", "Previous RAG", "Current RAG", "Update"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["navy"])
        cell.alignment = WRAP
        cell.border = BOX
    rows = [
        ("1.1", "Introduce an investigation allocation policy and crime allocation matrix for all five districts.",
         "D/Supt J. Haigh", d(2025, 3, 31), d(2025, 6, 30), "A", "B",
         "Policy published 2 June 2025; compliance audit scheduled for September."),
        ("1.2", "Introduce a supervisory review standard and a quality assurance dip-sample of 200 investigations each quarter.",
         "D/Ch Insp P. Kaur / D/Insp L. Wood", d(2025, 6, 30), None, "G", "G",
         "Standard agreed at Crime Board. First dip-sample completed (Q1)."),
        ("2.1", "Add mandatory Victims' Code compliance fields to the crime recording system, with a monthly performance report by district.",
         "Supt A. Mahmood", d(2025, 5, 31), d(2025, 9, 30), "G", "A",
         "System change in supplier test environment; go-live moved to September."),
        ("2.2", "Refresh victim care training for all investigators through the Investigations Academy.",
         "Head of Learning and Development", d(2025, 12, 31), None, "G", "G",
         "Course content signed off; 340 investigators trained to date."),
        ("3.1", "Implement the new contact management demand model and shift pattern in the Customer Contact Centre.",
         "Ch Supt D. Ellis", d(2025, 4, 30), d(2025, 10, 31), "A", "A",
         "Consultation with staff associations completed; new shift pattern from October."),
        ("3.2", "Expand online reporting and the 101 call-back facility, and publish call abandonment rates monthly.",
         "Head of Contact Management / Digital Services Manager", d(2025, 9, 30), "Febuary 2026", "G", "A",
         "Call-back pilot live in two districts. National Single Online Home upgrade delayed."),
        ("4.1", "Launch a workload and wellbeing dashboard for first-line supervisors using duty management and occupational health data.",
         "Director of People", d(2025, 7, 31), None, "G", "G",
         "Dashboard in user testing with 30 sergeants."),
        ("4.2", "Carry out a force-wide workforce wellbeing survey and report the resulting action plan to the Force Improvement Board.",
         "Director of People; Force Wellbeing Lead", d(2025, 11, 30), None, "G", "G",
         "Survey opens 1 September 2025."),
    ]
    groups_q = [("Investigating crime", 5, 8), ("Responding to the public", 9, 10),
                ("Developing a positive workplace", 11, 12)]
    groups_afi = [
        ("AFI 1", "The force should make sure that investigations are allocated to officers and staff with the right skills and experience, and that supervisors review them regularly.", 5, 6),
        ("AFI 2", "The force should make sure it identifies victims' needs and complies with the Code of Practice for Victims of Crime.", 7, 8),
        ("AFI 3", "The force should make sure it answers non-emergency calls promptly and that fewer calls are abandoned.", 9, 10),
        ("AFI 4", "The force should make sure it has effective systems to monitor the workloads and wellbeing of its officers and staff.", 11, 12),
    ]
    r = 5
    typo_row = None
    for row in rows:
        ref, action, owner, orig, rev, prev, cur, upd = row
        vals = [None, None, None, ref, action, owner, orig, rev, prev, cur, upd]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c) if v is None else ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        for c, v in ((9, prev), (10, cur)):
            ws.cell(r, c).fill = fill(FILL[v])
        if rev == "Febuary 2026":
            typo_row = r
        r += 1
    for text, a, b in groups_q:
        ws.cell(a, 1, text).alignment = WRAP
        ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    for afi, text, a, b in groups_afi:
        ws.cell(a, 2, afi).alignment = WRAP
        ws.cell(a, 3, text).alignment = WRAP
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
        ws.merge_cells(start_row=a, start_column=3, end_row=b, end_column=3)
    for col, w in zip("ABCDEFGHIJK", [18, 7, 45, 8, 50, 28, 13, 13, 9, 9, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "D5"
    wb.active = 1
    wb.save(os.path.join(HERE, "ey2-west-yorkshire-police-peel-afi-improvement-tracker-typo-month-refuse.xlsx"))
    return typo_row


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_row(row, hexcolour=None):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.font.bold = True
        if hexcolour:
            shade(cell, hexcolour)


def set_cell(cell, text, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    p.add_run(lines[0]).font.size = Pt(size)
    for line in lines[1:]:
        p = cell.add_paragraph()
        p.add_run(line).font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Stevenage BC - RSH consumer standards housing improvement plan (docx)
# ---------------------------------------------------------------------------
def stevenage():
    doc = Document()
    p = doc.add_paragraph("Stevenage Borough Council – Housing and Neighbourhoods")
    p.runs[0].font.bold = True
    doc.add_heading("Housing Consumer Standards Improvement Plan 2025–26", 0)
    doc.add_paragraph("Our response to the Regulator of Social Housing inspection and regulatory judgement (C2), "
                      "published 27 November 2024.")

    doc.add_heading("Document control", 2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_cell(t.rows[0].cells[c], h)
    bold_row(t.rows[0], "D9D9D9")
    for row in [("1.0", "January 2025", "Housing Improvement Lead", "Housing Board"),
                ("1.2", "June 2025", "Housing Improvement Lead", "Housing Board / Executive")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)

    doc.add_heading("How to read this plan", 2)
    doc.add_paragraph("Each section below sets out what the Regulator found against a consumer standard, the actions we "
                      "are taking, who is leading them and when they will be delivered. Progress is rated using the key below.")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, colour, meaning in [("Green", "00B050", "On track"),
                                  ("Amber", "FFC000", "At risk of slipping – mitigation in place"),
                                  ("Red", "FF0000", "Off track – escalated to Housing Board"),
                                  ("Complete", "0070C0", "Action delivered")]:
        cells = k.add_row().cells
        set_cell(cells[0], word)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)

    header = ["Ref", "What the Regulator found", "Our action", "Lead", "Due by", "Progress update (June 2025)", "RAG"]
    rag_colour = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0", "Not started": "FFFFFF"}

    sections = [
        ("1. Safety and Quality Standard", [
            ("Information about the condition of homes was not fully up to date, and the council could not show that all homes met the Decent Homes Standard.", [
                ("SQ1", "Complete a 100% stock condition survey programme, including HHSRS assessments, through the new surveying contract.",
                 "Assistant Director (Housing Property Services)", "March 2026",
                 "2,930 surveys completed (38%). On profile.", "Green"),
                ("SQ2", "Load survey data into the asset management system and report Decent Homes compliance to Housing Board each quarter.",
                 "Asset Manager & Housing Data Lead", "Q2 2025/26",
                 "Data migration tested; first report delayed to the September Board.", "Amber"),
            ]),
            ("Damp and mould cases were not always tracked to resolution and tenants were not kept informed.", [
                ("SQ3", "Introduce a damp and mould case management process with a named case officer and a follow-up inspection within 10 working days.",
                 "Repairs and Voids Manager", "31/05/2025",
                 "Process live from 12 May 2025.", "Complete"),
                ("SQ4", "Prepare for Awaab’s Law: update the repairs policy and response times for hazards, and train repairs operatives and surveyors.",
                 "Housing Compliance Manager", "October 2025",
                 "Policy drafted; training scheduled for September.", "Green"),
            ]),
        ]),
        ("2. Transparency, Influence and Accountability Standard", [
            ("Tenants had limited opportunities to influence and scrutinise the housing service.", [
                ("TIA1", "Implement the Resident Engagement Strategy 2024–2027, including a tenant scrutiny panel with its own work programme.",
                 "Resident Engagement Manager", "Sept 2025 – March 2026",
                 "Eight tenants recruited to the scrutiny panel; first review topic (repairs communication) chosen.", "Amber"),
                ("TIA2", "Recruit two tenant members to the Housing Board and provide induction and training.",
                 "Assistant Director – Housing and Neighbourhoods", "July 2025",
                 "Interviews held 3 June; appointments to be confirmed.", "Green"),
            ]),
            ("Information given to tenants about the performance of the housing service was limited.", [
                ("TIA3", "Publish Tenant Satisfaction Measures and key performance indicators quarterly on the website and in the tenants' newsletter.",
                 "Housing Performance Manager", "30/04/2025",
                 "Q4 2024/25 results published 28 April 2025.", "Complete"),
                ("TIA4", "Publish an annual report to tenants covering complaints, repairs, spend and TSMs, designed with the tenant scrutiny panel.",
                 "Resident Engagement Manager and Communications Manager", "November 2025",
                 "To begin once the scrutiny panel is established.", "Not started"),
            ]),
        ]),
    ]
    for heading, findings in sections:
        doc.add_heading(heading, 1)
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for c, h in enumerate(header):
            set_cell(t.rows[0].cells[c], h)
        bold_row(t.rows[0], "1F3864")
        for finding, actions in findings:
            first = len(t.rows)
            for ref, action, lead, due, prog, rag in actions:
                cells = t.add_row().cells
                for c, v in ((0, ref), (2, action), (3, lead), (4, due), (5, prog), (6, rag)):
                    set_cell(cells[c], v)
                shade(cells[6], rag_colour[rag])
            top = t.cell(first, 1)
            set_cell(top, finding)
            if len(actions) > 1:
                top.merge(t.cell(first + len(actions) - 1, 1))
        doc.add_paragraph()

    doc.add_heading("Monitoring", 2)
    doc.add_paragraph("This plan is reviewed monthly by the Housing Improvement Board and reported to the Executive and "
                      "the Housing Board each quarter. Tenant representatives on the Housing Board receive the full plan.")
    doc.save(os.path.join(HERE, "ey2-stevenage-bc-rsh-consumer-standards-housing-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Flintshire CC - Estyn LGES post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def flintshire():
    doc = Document()
    p = doc.add_paragraph("Flintshire County Council – Education and Youth Portfolio")
    p.runs[0].font.bold = True
    doc.add_heading("Post-Inspection Action Plan (PIAP): Local Government Education Services", 0)
    doc.add_paragraph("Following the Estyn inspection of local government education services (June 2025). "
                      "Version 1.0 – submitted to Estyn on 28 November 2025.")
    doc.add_heading("Introduction", 1)
    doc.add_paragraph("Estyn made four recommendations. This plan sets out the actions the local authority will take to "
                      "address each recommendation, the officers responsible, the timescales and how we will know the "
                      "actions have made a difference. Progress will be reported termly to the Education, Youth and "
                      "Culture Overview and Scrutiny Committee.")
    header = ["Ref", "Actions", "Lead officer(s)", "Timescale", "Success criteria", "Status"]
    recs = [
        ("Recommendation 1: Strengthen self-evaluation and improvement planning across education services so that leaders evaluate the impact of their work",
         "Estyn found that self-evaluation focused too much on activity rather than on the difference services make for learners.",
         [("1.1", "Introduce a single self-evaluation and improvement planning cycle for all education services, with a common template and quarterly challenge sessions.",
           "Chief Officer (Education and Youth)", "Autumn term 2025",
           "All service plans for 2026/27 follow the common template.", "Complete"),
          ("1.2", "Train service managers in evaluating impact, using first-hand evidence and data on learner outcomes.",
           "Senior Manager, School Improvement", "Summer term 2026",
           "Quality assurance of service self-evaluations shows impact-focused evaluation in at least 80% of services.", "On track")]),
        ("Recommendation 2: Improve the pace at which schools causing concern are supported to improve",
         "Estyn found that a few schools causing concern had not improved quickly enough.",
         [("2.1", "Agree a schools causing concern protocol with clear triggers, monitoring visits every half term and a named link officer for each school.",
           "Senior Manager, School Improvement; Senior Learning Adviser (Secondary)", "December 2025",
           "Protocol approved by Cabinet; all schools causing concern have a link officer and a support plan.", "On track"),
          ("2.2", "Use the local authority's statutory powers of intervention promptly where schools do not make sufficient progress.",
           "Chief Officer (Education and Youth)", "September 2025 – July 2026",
           "Warning notices issued within agreed timescales; fewer schools in a statutory category.", "On track")]),
        ("Recommendation 3: Improve attendance, particularly in secondary schools, and reduce exclusions",
         "Attendance in secondary schools remains below the Wales average and the number of fixed-term exclusions is high.",
         [("3.1", "Launch a Flintshire attendance strategy with schools, including a graduated response and family engagement officers in each secondary cluster.",
           "Inclusion and Progression Manager and Education Welfare Service Lead", "January 2026",
           "Secondary attendance improves by 2 percentage points in 2025/26.", "On track"),
          ("3.2", "Analyse exclusions data with headteachers and report patterns to the Inclusion Panel.",
           "Inclusion and Progression Manager", "Termly",
           "Fixed-term exclusions reduce year on year.", "Not started")]),
        ("Recommendation 4: Strengthen the strategic planning of Welsh-medium education",
         "Estyn found that progress against the Welsh in Education Strategic Plan (WESP) targets was too slow.",
         [("4.1", "Revise the WESP implementation plan with costed actions for new Welsh-medium places and late immersion provision.",
           "Welsh in Education Strategic Plan (WESP) Lead", "By July 2026",
           "Revised plan approved by Welsh Government; Year 1 intake to Welsh-medium increases.", "On track")]),
    ]
    for title, context, actions in recs:
        doc.add_heading(title, 2)
        p = doc.add_paragraph()
        p.add_run("What Estyn said: ").bold = True
        p.add_run(context)
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for c, h in enumerate(header):
            set_cell(t.rows[0].cells[c], h)
        bold_row(t.rows[0], "C5E0B3")
        for a in actions:
            cells = t.add_row().cells
            for c, v in enumerate(a):
                set_cell(cells[c], v)
        doc.add_paragraph()

    doc.add_heading("Monitoring and evaluation", 1)
    doc.add_paragraph("The Education and Youth senior leadership team will review this plan monthly. The Chief Officer "
                      "will report progress termly to Scrutiny and Cabinet, and to Estyn's link inspector.")
    doc.add_heading("Sign-off", 2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["Role", "Name", "Date"]):
        set_cell(t.rows[0].cells[c], h)
    bold_row(t.rows[0], "D9D9D9")
    for row in [("Chief Executive", "Signed", "25/11/2025"),
                ("Cabinet Member for Education, Welsh Language, Culture and Leisure", "Signed", "25/11/2025")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    doc.save(os.path.join(HERE, "ey2-flintshire-cc-estyn-lges-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Rushmoor BC - internal audit recommendations tracker (csv export)
# ---------------------------------------------------------------------------
def rushmoor():
    path = os.path.join(HERE, "ey2-rushmoor-bc-internal-audit-recommendations-tracker.csv")
    header = ["Audit", "Year", "Assurance", "Rec ref", "Priority", "Recommendation", "Agreed action",
              "Action owner", "Original due date", "Revised due date", "Status", "RAG", "Latest update"]
    rows = [
        ["Contract Management", "2023/24", "Limited", "CM/01", "High",
         "Maintain a complete contract register and publish it quarterly under the Transparency Code.",
         "Reconcile the contract register to creditor payments over £5,000, obtain missing contract details from service owners and publish the register on the website each quarter.",
         "Procurement Manager", "31/12/2024", "30/09/2025", "In progress", "A",
         "Reconciliation complete; 9 contracts still missing end dates."],
        ["Contract Management", "2023/24", "Limited", "CM/02", "Medium",
         "Contract managers should hold documented performance reviews for contracts over £100,000.",
         "Issue a contract management toolkit and require quarterly performance review notes to be saved to the contract file.",
         "Procurement Manager; Heads of Service", "31/03/2025", "", "Overdue", "R",
         "Toolkit drafted but not yet issued. New date to be agreed at CMT."],
        ["Cyber Security", "2024/25", "Reasonable", "CY/01", "High",
         "Multi-factor authentication should be enforced for all remote access accounts, including third-party suppliers.",
         "Enforce MFA through conditional access for all accounts and remove legacy supplier VPN accounts.",
         "ICT Manager", "31/01/2025", "", "Implemented", "B",
         "Verified by Internal Audit 12/02/2025."],
        ["Cyber Security", "2024/25", "Reasonable", "CY/02", "Medium",
         "Test the ICT disaster recovery plan at least annually.",
         "Hold a desktop disaster recovery exercise with Emergency Planning, followed by a live restore test of the finance system.",
         "ICT Manager / Emergency Planning Officer", "30/06/2025", "31/10/2025", "In progress", "G",
         "Desktop exercise held 19 June; live restore booked for October."],
        ["Payroll", "2024/25", "Substantial", "PY/01", "Low",
         "Starter and leaver forms should be authorised before payroll changes are processed.",
         "Update the payroll procedure notes and add an authorisation check to the monthly payroll reconciliation.",
         "HR and Payroll Manager", "30/04/2025", "", "Implemented", "B",
         "Procedure notes updated April 2025."],
        ["Council Tax Reduction", "2024/25", "Reasonable", "CTR/01", "Medium",
         "Carry out a risk-based review of CTR claims where circumstances have not been checked for over two years.",
         "a) Run a caseload report of claims not reviewed since April 2023.\nb) Review the highest-risk 10% of cases and record outcomes.",
         "Revenues and Benefits Manager", "31/12/2025", "", "Not yet due", "G",
         "Caseload report run; 412 claims identified."],
        ["Building Control Fees", "2024/25", "Limited", "BC/01", "High",
         "Fees should be reviewed annually so that the service recovers its costs as required by the Building (Local Authority Charges) Regulations 2010.",
         "Complete a full cost-recovery model and take revised fees to Cabinet for approval.",
         "Head of Planning and Building Control", "31/03/2025", "30/06/2025", "Overdue", "R",
         "Model complete; Cabinet report deferred to September."],
        ["Building Control Fees", "2024/25", "Limited", "BC/02", "Medium",
         "Fee income in the Building Control system should be reconciled to the general ledger each month.",
         "Introduce a monthly reconciliation signed off by the Building Control Manager and reviewed by Finance.",
         "Building Control Manager & Finance Business Partner", "30/06/2025", "", "Implemented", "B",
         "Reconciliations in place from May 2025."],
        ["Disabled Facilities Grants", "2023/24", "Reasonable", "DFG/03", "Medium",
         "Record the Occupational Therapist recommendation and a value for money check for each grant approval.",
         "Add mandatory fields to the DFG case management system for the OT recommendation date and the value for money check.",
         "Private Sector Housing Manager", "31/10/2024", "30/11/2025", "In progress", "A",
         "Supplier change request raised; second revision of date."],
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Rushmoor Borough Council - Internal Audit: Follow-up of Agreed Actions"])
        w.writerow(["Corporate Governance, Audit and Standards Committee - 21 July 2025"])
        w.writerow(["Report run: 07/07/2025"])
        w.writerow([])
        w.writerow(header)
        for row in rows:
            w.writerow(row)
        w.writerow([])
        w.writerow(["Total agreed actions reported: 9 (Implemented 3, In progress 3, Not yet due 1, Overdue 2)"])
        w.writerow(["RAG: B = implemented since last report; G = in progress within due date; A = in progress, revised date agreed; R = overdue"])


# ---------------------------------------------------------------------------
# 7. North Devon Council - corporate risk register Q3 2024/25 (tab-separated text)
# ---------------------------------------------------------------------------
def north_devon():
    path = os.path.join(HERE, "ey2-north-devon-council-corporate-risk-register-q3-2024-25.txt")
    T = "\t"
    lines = [
        "North Devon Council",
        "Corporate Risk Register – Quarter 3 2024/25",
        "Position at 31 December 2024. Reported to Governance Committee, 4 February 2025.",
        "Risk scores: Likelihood (1-4) x Impact (1-4). Action status: G = on track, A = some slippage, R = off track, C = complete.",
        "",
        T.join(["Action ref", "Mitigating action", "Action owner", "Due date", "Status", "Q3 progress"]),
        "",
        "CR01 Financial sustainability – failure to set a balanced budget and deliver the Medium Term Financial Strategy",
        T.join(["Risk owner: Director of Resources (S151)", "Inherent: 16", "Current: 12", "Target: 8", "Direction: ↔"]),
        T.join(["CR01.1", "Deliver the 2025/26 savings and income programme of £1.2m through the Budget Working Group",
                "Director of Resources (S151)", "Mar-25", "A", "£0.9m identified; remaining £0.3m depends on the fees and charges review"]),
        T.join(["CR01.2", "Refresh the MTFS to 2028/29 and report the budget gap to Strategy and Resources Committee",
                "Head of Finance", "16/12/2024", "C", "Reported to Strategy and Resources Committee on 2 December 2024"]),
        "",
        "CR02 Cyber security – loss of systems or data following a cyber attack",
        T.join(["Risk owner: Head of Customer Focus", "Inherent: 16", "Current: 12", "Target: 8", "Direction: ↑"]),
        T.join(["CR02.1", "Complete the remediation plan from the annual IT health check and renew PSN compliance",
                "ICT Manager", "Q4 2024/25", "G", "11 of 17 high findings closed"]),
        T.join(["CR02.2", "Run phishing simulations and mandatory cyber awareness training for all staff and Members",
                "ICT Manager and Learning and Development Officer", "Ongoing", "G", "Completion rate 86% (staff), 64% (Members)"]),
        "",
        "CR03 Housing and homelessness – demand for temporary accommodation exceeds supply and budget",
        T.join(["Risk owner: Head of Place, Property and Regeneration", "Inherent: 16", "Current: 16", "Target: 9", "Direction: ↑"]),
        T.join(["CR03.1", "Acquire 12 additional units of temporary accommodation through the Local Authority Housing Fund",
                "Service Lead – Housing Options", "June 2025", "A", "5 units purchased; conveyancing delays on 3"]),
        T.join(["CR03.2", "Introduce prevention-first triage with private landlords and a rent deposit scheme",
                "Service Lead – Housing Options", "31/03/2025", "G", "Scheme launched November 2024"]),
        T.join(["CR03.3", "Review temporary accommodation spend against budget each month with Finance",
                "Head of Finance; Service Lead – Housing Options", "Monthly", "R", "Forecast overspend £410k at Q3"]),
        "",
        "CR04 Local plan – the Joint Local Plan review is not delivered to timetable",
        T.join(["Risk owner: Head of Planning", "Inherent: 12", "Current: 9", "Target: 6", "Direction: ↔"]),
        T.join(["CR04.1", "Agree a revised Local Development Scheme with Torridge District Council",
                "Head of Planning", "Feb-25", "G", "Joint member steering group agreed draft timetable"]),
        T.join(["CR04.2", "Commission evidence base studies (housing need, employment land and flood risk)",
                "Planning Policy Manager", "Sept 2025", "", "Procurement to start April 2025"]),
        "",
        "CR05 Workforce – inability to recruit and retain staff in key professional roles",
        T.join(["Risk owner: Chief Executive", "Inherent: 12", "Current: 9", "Target: 6", "Direction: ↓"]),
        T.join(["CR05.1", "Implement the Workforce Strategy action plan, including market supplements for planning and environmental health posts",
                "HR Manager", "Q1 2025/26", "G", "Market supplement policy approved by Senior Management Team"]),
        "",
        "Summary: 5 corporate risks; 10 mitigating actions (1 complete, 5 on track, 2 some slippage, 1 off track, 1 not yet rated).",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    stockton()
    woking()
    row = wyp()
    print("WYP typo row:", row)
    stevenage()
    flintshire()
    rushmoor()
    north_devon()
    print("done")
