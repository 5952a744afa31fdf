"""Build the seven px- blind test files (set heldout458).

Run with: /work/main/.venv/bin/python px_make.py
Writes only files whose names start with "px-" into this script's folder.
"""
import csv
import datetime as dt
import io
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("px-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HDR_FILL = PatternFill("solid", fgColor="1F3864")
HDR_FONT = Font(bold=True, color="FFFFFF")
RAG_FILL = {
    "R": "FF0000", "Red": "FF0000",
    "A": "FFC000", "Amber": "FFC000",
    "G": "00B050", "Green": "00B050",
    "B": "0070C0", "Blue": "0070C0", "Complete": "0070C0",
}


def fill(hex_):
    return PatternFill("solid", fgColor=hex_)


def header_row(ws, row, values):
    for c, v in enumerate(values, 1):
        cell = ws.cell(row=row, column=c, value=v)
        cell.font = HDR_FONT
        cell.fill = HDR_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def d(y, m, day):
    return dt.datetime(y, m, day)


# ======================================================================
# 1. Tata Steel UK - HSE improvement notices corrective action tracker
# ======================================================================
def make_tata():
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Tata Steel UK Limited – Port Talbot Works"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "HSE Improvement Notices: Corrective Action Tracker"
    cover["A2"].font = Font(bold=True, size=12)
    cover["A4"] = "Document control"
    cover["A4"].font = BOLD
    rows = [
        ("Document reference", "PT-SHE-TRK-2025-004"),
        ("Classification", "Internal – shared with HSE Wales and West"),
        ("Document owner", "Head of Safety, Health & Environment Compliance"),
        ("Review frequency", "Fortnightly until all notices complied with"),
    ]
    for i, (k, v) in enumerate(rows, 5):
        cover.cell(row=i, column=1, value=k).font = BOLD
        cover.cell(row=i, column=2, value=v)
        cover.cell(row=i, column=1).border = BOX
        cover.cell(row=i, column=2).border = BOX
    cover["A10"] = "Version history"
    cover["A10"].font = BOLD
    header_row(cover, 11, ["Version", "Date", "Author", "Change"])
    hist = [
        ("0.1", d(2025, 1, 17), "SHE Compliance Advisor", "Initial tracker following service of notices 13/01/2025"),
        ("1.0", d(2025, 2, 28), "SHE Compliance Advisor", "Progress to 28 February; actions 2.3 added"),
        ("1.1", d(2025, 3, 14), "SHE Compliance Advisor", "Progress to 14 March; revised dates for 1.3 and 3.2"),
    ]
    for i, r in enumerate(hist, 12):
        for c, v in enumerate(r, 1):
            cell = cover.cell(row=i, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 48
    cover.column_dimensions["C"].width = 24
    cover.column_dimensions["D"].width = 60

    # ---- notices register (not the plan)
    nt = wb.create_sheet("Notices")
    nt["A1"] = "Improvement notices served 13 January 2025"
    nt["A1"].font = BOLD
    header_row(nt, 3, ["Notice no.", "Plant / area", "Legislation", "Date served", "Compliance date", "Notice status"])
    notices = [
        ("309114/01", "No. 4 Blast Furnace casthouse", "PUWER 1998 reg. 5(1)", d(2025, 1, 13), d(2025, 4, 30), "Open"),
        ("309114/02", "Coke Ovens by-products plant", "HSWA 1974 s.2(2)(a)", d(2025, 1, 13), d(2025, 4, 30), "Open – extension requested"),
        ("309114/03", "Hot Strip Mill roll shop", "LOLER 1998 reg. 8(1)", d(2025, 1, 13), d(2025, 5, 30), "Open"),
    ]
    for i, r in enumerate(notices, 4):
        for c, v in enumerate(r, 1):
            cell = nt.cell(row=i, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEF", (14, 32, 24, 14, 16, 28)):
        nt.column_dimensions[col].width = w

    # ---- the tracker
    ws = wb.create_sheet("Action tracker")
    ws["A1"] = "Tata Steel UK Limited – Port Talbot Works"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "HSE Improvement Notices: Corrective Action Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 14 March 2025 | Document owner: Head of Safety, Health & Environment Compliance"
    ws["A4"] = ("RAG key: B = complete and evidence submitted to HSE; G = on track; "
                "A = slippage, recoverable before notice compliance date; "
                "R = compliance date at risk – extension request to HSE required")
    ws["A4"].font = Font(italic=True)
    ws.merge_cells("A4:I4")
    header_row(ws, 6, ["Notice requirement", "Action no.", "Corrective action", "Action owner",
                       "Original target date", "Revised target date", "Previous RAG", "Current RAG",
                       "Progress / evidence"])
    groups = [
        ("IN 309114/01 – No. 4 Blast Furnace casthouse: fixed carbon monoxide detection",
         "Ensure that the fixed carbon monoxide detection and alarm system serving the No. 4 Blast "
         "Furnace casthouse is maintained in an efficient state, in efficient working order and in "
         "good repair. (Reg. 5(1) PUWER 1998)",
         [
             ("1.1", "Complete a survey of all 38 fixed CO detector heads in the BF4 casthouse and replace "
                     "those past their manufacturer’s service life",
              "Instrument Engineering Manager", d(2025, 2, 28), None, "A", "B",
              "Survey complete 19/02/25; 11 heads replaced. Calibration certificates sent to HSE inspector 24/02/25."),
             ("1.2", "Introduce a planned preventive maintenance routine in SAP PM for 3-monthly bump testing "
                     "and 6-monthly calibration of all casthouse detectors",
              "Maintenance Planning Lead / Instrument Engineering Manager", d(2025, 3, 31), None, "G", "G",
              "Task lists built; first bump-test cycle scheduled w/c 24/03/25."),
             ("1.3", "Brief all Iron Making shift managers and gas safety controllers on the alarm response "
                     "procedure and record attendance",
              "Area Manager – Iron Making", d(2025, 3, 14), d(2025, 4, 11), "G", "A",
              "3 of 5 shift crews briefed; remaining two crews on nights until 07/04."),
         ]),
        ("IN 309114/02 – Coke Ovens by-products plant: permit to work",
         "Implement and maintain an effective permit-to-work system for work on the by-products plant "
         "gas mains, so that isolations are specified, verified and recorded before work begins. "
         "(s.2(2)(a) HSWA 1974)",
         [
             ("2.1", "Revise the site Permit to Work procedure (SHE-PR-017) to require a documented isolation "
                     "certificate for every gas main break-in",
              "Head of Process Safety", d(2025, 3, 31), None, "G", "G",
              "Draft issued for consultation with safety reps 10/03/25."),
             ("2.2", "Assess the competence of all permit issuers and receivers on the by-products plant and "
                     "re-authorise only those who pass the assessment",
              "Coke Ovens Area Manager; Training & Competence Lead", d(2025, 4, 30), None, "A", "R",
              "Assessor availability limited; 9 of 31 assessed. Extension requested from HSE."),
             ("2.3", "Carry out monthly audits of live permits on the by-products plant for six months and "
                     "report the results to the Works SHE Committee",
              "SHE Compliance Advisor", d(2025, 9, 30), None, None, "G",
              "First audit completed 05/03/25: 2 of 14 permits lacked isolation sign-off."),
         ]),
        ("IN 309114/03 – Hot Strip Mill: roll shop lifting operations",
         "Ensure that every lifting operation in the roll shop involving the 40-tonne overhead crane is "
         "properly planned by a competent person, appropriately supervised and carried out in a safe "
         "manner. (Reg. 8(1) LOLER 1998)",
         [
             ("3.1", "Produce a generic lift plan for routine roll changes and specific lift plans for "
                     "non-routine lifts, approved by the Appointed Person",
              "Hot Mill Engineering Manager", d(2025, 2, 14), None, "G", "B",
              "Lift plans LP-HSM-01 to 04 approved 12/02/25."),
             ("3.2", "Train and appoint two additional Appointed Persons (Lifting) for the Hot Strip Mill to "
                     "give cover on every shift",
              "Hot Mill Engineering Manager & HR Business Partner", d(2025, 3, 31), d(2025, 5, 30), "A", "A",
              "Course places confirmed for 12–16 May 2025."),
         ]),
    ]
    r = 7
    for heading, requirement, acts in groups:
        c = ws.cell(row=r, column=1, value=heading)
        c.font = BOLD
        c.fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        first = r
        for (no, act, owner, orig, rev, prev, cur, prog) in acts:
            vals = [None, no, act, owner, orig, rev, prev, cur, prog]
            for col, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(row=r, column=7).fill = fill(RAG_FILL[prev])
            ws.cell(row=r, column=8).fill = fill(RAG_FILL[cur])
            r += 1
        ws.cell(row=first, column=1, value=requirement).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = BOLD
    summary = [("Total actions", 8), ("Complete (B)", 2), ("On track (G)", 3), ("Amber (A)", 2), ("Red (R)", 1)]
    for k, v in summary:
        r += 1
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=v)
    widths = (42, 9, 55, 30, 13, 13, 10, 10, 50)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    wb.active = 2
    wb.save(out("px-tata-steel-uk-port-talbot-hse-improvement-notices-action-tracker.xlsx"))


# ======================================================================
# 2. West of England MCA - Green Recovery Fund programme highlight report
# ======================================================================
def make_weca():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "West of England Mayoral Combined Authority"
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws["A2"] = "Green Recovery Fund – Programme Highlight Report"
    ws["A2"].font = Font(bold=True, size=12)
    info = [
        ("Reporting period", "Period 7: 1–31 October 2025"),
        ("Senior Responsible Owner", "Director of Infrastructure"),
        ("Programme Manager", "Hannah Lowther"),
        ("Overall RAG (last period)", "Amber"),
        ("Overall RAG (this period)", "Amber"),
        ("Programme Board", "18 November 2025"),
    ]
    for i, (k, v) in enumerate(info, 4):
        a = ws.cell(row=i, column=1, value=k)
        a.font = BOLD
        a.border = BOX
        b = ws.cell(row=i, column=2, value=v)
        b.border = BOX
        if v in RAG_FILL:
            b.fill = fill(RAG_FILL[v])
    ws["A11"] = "Key achievements this period"
    ws["A11"].font = BOLD
    ws["A11"].fill = fill("E4DFEC")
    ws.merge_cells("A11:I11")
    ach = [
        "• Retrofit Accelerator – Homes advice service launched on 6 October.",
        "• Nature Recovery Projects assessment panel held on 21 October.",
        "• £412k of grant claims paid in the period (year to date £2.9m).",
    ]
    for i, t in enumerate(ach, 12):
        ws.cell(row=i, column=1, value=t)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=9)
    ws["A16"] = "Milestones and next steps"
    ws["A16"].font = BOLD
    ws["A16"].fill = fill("E4DFEC")
    ws.merge_cells("A16:I16")
    header_row(ws, 17, ["Workstream", "Ref", "Milestone / action", "Lead", "Baseline date",
                        "Forecast date", "RAG last period", "RAG this period", "Commentary"])
    rows = [
        ("1. Nature recovery", "NR1",
         "Award grants to the second round of Nature Recovery Projects following panel assessment",
         "Mark Ellison", "Sep-25", "Nov-25", "Amber", "Amber",
         "Panel met 21/10; 6 of 9 bids recommended. Award letters pending legal review."),
        (None, "NR2", "Complete the baseline habitat survey of the Avon Riverscape corridor",
         "Mark Ellison / Priya Nand", "Dec-25", "Dec-25", "Green", "Green", "Fieldwork 80% complete."),
        ("2. Retrofit and energy", "RE1",
         "Launch the Retrofit Accelerator – Homes advice service to owner-occupiers in Bath & North East "
         "Somerset, Bristol and South Gloucestershire",
         "Sian Howells", "Oct-25", "Oct-25", "Green", "Complete",
         "Service live from 6 October; 214 enquiries in first three weeks."),
        (None, "RE2", "Procure a framework of accredited retrofit installers",
         "Sian Howells and Commercial Lead", "Nov-25", "Feb-26", "Amber", "Red",
         "Tender return rate low (3 bids); re-procurement approved by SRO 28/10."),
        ("3. Community energy", "CE1",
         "Agree the grant funding agreement with the Bristol Energy Network for the community solar programme",
         "Tom Fairbairn", "Jan-26", "Q4 2025/26", "Green", "Amber",
         "Heads of terms agreed; subsidy control assessment outstanding."),
        (None, "CE2", "Publish the Local Area Energy Plan evidence base",
         "Tom Fairbairn", "Mar-26", None, None, "Not started",
         "Dependent on DNO data release (expected December)."),
        ("4. Programme management", "PM1",
         "Submit the mid-programme evaluation report to the West of England Mayoral Combined Authority Committee",
         "Hannah Lowther", "Dec-25", "Jan 2026", "Amber", "Amber", "Moved to January committee cycle."),
    ]
    r = 18
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if c in (7, 8) and v in RAG_FILL:
                cell.fill = fill(RAG_FILL[v])
        if row[0]:
            ws.cell(row=r, column=1).font = BOLD
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Top programme risk").font = BOLD
    ws.cell(row=r, column=2, value="Grant spend profile – £1.2m forecast to slip into 2026/27 (score 16).")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
    r += 1
    ws.cell(row=r, column=1, value="Prepared by").font = BOLD
    ws.cell(row=r, column=2, value="Programme Management Office, 7 November 2025")
    widths = (24, 7, 55, 26, 12, 13, 11, 11, 48)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    fin = wb.create_sheet("Finance")
    fin["A1"] = "Green Recovery Fund – spend against allocation (£000)"
    fin["A1"].font = BOLD
    header_row(fin, 3, ["Workstream", "Allocation", "Spend to date", "Forecast 2025/26", "Variance"])
    fr = [("Nature recovery", 9800, 3120, 2450, -380), ("Retrofit and energy", 14500, 5210, 3900, -610),
          ("Community energy", 6000, 840, 1100, -210), ("Programme management", 1200, 610, 240, 0)]
    for i, row in enumerate(fr, 4):
        for c, v in enumerate(row, 1):
            fin.cell(row=i, column=c, value=v).border = BOX
    fin.cell(row=8, column=1, value="Total").font = BOLD
    for c in range(2, 6):
        fin.cell(row=8, column=c, value=f"=SUM({get_column_letter(c)}4:{get_column_letter(c)}7)").font = BOLD
    fin.column_dimensions["A"].width = 24
    wb.save(out("px-west-of-england-mca-green-recovery-fund-programme-highlight-report.xlsx"))


# ======================================================================
# 3. Age UK - internal audit recommendations tracker (REFUSE: mistyped month)
# ======================================================================
def make_ageuk():
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Age UK – Audit, Risk and Assurance Committee"
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Internal Audit Recommendations Tracker – summary at 30 September 2025"
    header_row(s, 4, ["Priority", "Total", "Complete", "Open", "Of which overdue"])
    summ = [("High", 3, 1, 2, 1), ("Medium", 3, 0, 3, 0), ("Low", 2, 1, 1, 0)]
    for i, row in enumerate(summ, 5):
        for c, v in enumerate(row, 1):
            s.cell(row=i, column=c, value=v).border = BOX
    s.cell(row=8, column=1, value="Total").font = BOLD
    for c in range(2, 6):
        s.cell(row=8, column=c, value=f"=SUM({get_column_letter(c)}5:{get_column_letter(c)}7)").font = BOLD
    s["A10"] = "Priority definitions: High – fundamental weakness requiring immediate attention; " \
               "Medium – important control weakness; Low – improvement to good practice."
    s.column_dimensions["A"].width = 18

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Age UK"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit Recommendations Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 30 September 2025 – for the Audit, Risk and Assurance Committee, 16 October 2025"
    header_row(ws, 5, ["Audit", "Rec ref", "Priority", "Finding / recommendation", "Agreed management action",
                       "Action owner", "Original due date", "Revised due date", "Status", "Management update"])
    groups = [
        ("Safeguarding Framework – 2024/25 (Limited assurance)", [
            ("SF-01", "High",
             "DBS records for volunteers are held in three separate spreadsheets. A single central record should be maintained.",
             "Consolidate volunteer and staff DBS records into the HR information system and run a monthly report of checks due for renewal",
             "Director of People", d(2025, 3, 31), d(2025, 6, 30), "Complete",
             "Migrated 12/06/25; first exceptions report to People Committee July 2025."),
            ("SF-02", "Medium",
             "Completion of safeguarding training by shop volunteers is not monitored.",
             "Add the safeguarding e-learning module to the volunteer induction checklist and report completion rates quarterly",
             "Head of Safeguarding; Director of Retail", d(2025, 6, 30), d(2025, 12, 31), "Amber",
             "Module added to checklist; reporting from the learning system not yet available."),
            ("SF-03", "Low",
             "The safeguarding policy does not reflect current statutory guidance.",
             "Update the safeguarding policy to reflect Working Together to Safeguard Children 2023",
             "Head of Safeguarding", "Sept 2025", None, "Complete", "Policy approved by Trustees 24/09/25."),
        ]),
        ("Retail Stock and Cash Controls – 2024/25 (Moderate assurance)", [
            ("RS-01", "High",
             "Banking discrepancies in 14 of 40 shops sampled were not investigated.",
             "Introduce an exceptions report for banking differences over £20 and require area managers to sign off investigations within 10 working days",
             "Head of Retail Finance", d(2025, 5, 31), d(2025, 10, 31), "Amber",
             "Report live; sign-off compliance 62% in August."),
            ("RS-02", "Medium",
             "Stock write-offs can be processed by shop managers without a second authoriser.",
             "Set a write-off authorisation threshold in the EPOS system so that write-offs above £250 need area manager approval",
             "Retail Systems Manager", d(2025, 9, 30), "Decmber 2025", "Amber",
             "Supplier change request raised 02/09/25."),
        ]),
        ("Cyber Security – Patch Management – 2025/26 (Limited assurance)", [
            ("CY-01", "High",
             "Critical patches were applied to only 64% of servers within the 14-day target.",
             "Apply critical security patches to all servers within 14 days of release and report compliance to the IT Steering Group monthly",
             "Chief Information Officer", d(2025, 8, 31), None, "Red",
             "Compliance 71% at 31 August; legacy finance server cannot be patched until migration."),
            ("CY-02", "Medium",
             "The legacy finance server runs an unsupported operating system.",
             "Decommission the legacy finance server once the migration to the cloud ledger is complete",
             "Chief Information Officer & Finance Systems Lead", d(2026, 3, 31), None, "Green",
             "Ledger migration on plan for February 2026."),
            ("CY-03", "Low",
             "The register of laptops and mobile devices is incomplete.",
             "Maintain an asset register of end-user devices, reconciled quarterly to the device management console",
             "IT Service Manager", "Q3 2025/26", None, "Not started", None),
        ]),
    ]
    r = 6
    typo_row = None
    for heading, recs in groups:
        c = ws.cell(row=r, column=1, value=heading)
        c.font = BOLD
        c.fill = fill("F2DCDB")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec in recs:
            vals = [None] + list(rec)
            for col, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            st = rec[7]
            if st in RAG_FILL:
                ws.cell(row=r, column=9).fill = fill(RAG_FILL[st])
            if rec[6] == "Decmber 2025":
                typo_row = r
            r += 1
    widths = (6, 9, 9, 45, 50, 28, 13, 13, 12, 45)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.active = 1
    wb.save(out("px-age-uk-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))
    return typo_row


# ======================================================================
# docx helpers
# ======================================================================
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(9)


def add_table(doc, header, rows, widths=None, header_fill="1F3864"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(t.rows[0].cells[i], header_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v or "")
    return t


# ======================================================================
# 4. Stowe School - ISI inspection action plan (docx)
# ======================================================================
def make_stowe():
    doc = Document()
    doc.add_paragraph("Stowe School – ISI Inspection Action Plan 2025", style="Title")
    doc.add_paragraph(
        "Response to the recommended next steps in the Independent Schools Inspectorate report "
        "(inspection 4–6 February 2025; report published 20 March 2025)")
    dc = add_table(doc, ["Document control", ""], [
        ("Plan owner", "Deputy Head (Academic)"),
        ("Version", "1.3"),
        ("Approved by", "Education Committee of the Governing Body, 13 May 2025"),
        ("Last updated", "30 June 2025"),
        ("Next review", "Governors’ meeting, October 2025"),
    ])
    doc.add_paragraph()
    doc.add_paragraph("RAG key", style="Heading 3")
    key = add_table(doc, ["Status", "Meaning"], [
        ("Blue", "Completed"),
        ("Green", "On track"),
        ("Amber", "Some slippage – action being taken"),
        ("Red", "Significant concern – escalated to the Head"),
    ])
    for i, hx in enumerate(("0070C0", "00B050", "FFC000", "FF0000"), 1):
        shade(key.rows[i].cells[0], hx)

    header = ["Ref", "Action", "Lead", "Success criteria", "Timescale", "RAG", "Progress (June 2025)"]
    sections = [
        ("Section 1: Leadership and management, and governance", [
            ("Recommended next step 1",
             "Leaders should ensure that the monitoring of teaching across departments is consistently "
             "rigorous, so that the most effective practice is shared more widely.",
             [
                 ("1a", "Introduce a common lesson-observation framework for all heads of department, with "
                        "termly moderation of judgements by the senior leadership team",
                  "Deputy Head (Academic)", "All HoDs using the framework; moderation record for each term",
                  "Summer term 2025", "Complete", "Framework launched at April INSET; first moderation 11 June."),
                 ("1b", "Establish a programme of teaching and learning ‘open doors’ weeks in which staff "
                        "observe colleagues in other departments",
                  "Director of Teaching and Learning", "Every teacher observes at least two colleagues a year",
                  "Autumn term 2025", "Green", "Dates fixed for weeks 4 and 9 of the Michaelmas term."),
             ]),
            ("Recommended next step 2",
             "Governors should strengthen their oversight of the school’s compliance with its health and "
             "safety obligations, including fire risk assessment actions across the boarding houses.",
             [
                 ("2a", "Add a standing health and safety compliance report, including the status of fire risk "
                        "assessment actions for each boarding house, to every meeting of the Estates and "
                        "Compliance Committee",
                  "Bursar", "Report received at each committee meeting", "June 2025", "Complete",
                  "First report received 5 June 2025."),
                 ("2b", "Appoint a nominated governor for health and safety who will undertake a termly "
                        "walk-round of two boarding houses with the Head of Estates",
                  "Chair of Governors; Clerk to the Governors", "Governor appointed; walk-round notes minuted",
                  "September 2025", "Amber", "Candidate identified; appointment to be confirmed at July board."),
             ]),
        ]),
        ("Section 3: Pupils’ physical and mental health and emotional wellbeing", [
            ("Recommended next step 3",
             "Leaders should ensure that the views of boarders, including those in the sixth form, are "
             "systematically gathered and acted upon in shaping boarding provision.",
             [
                 ("3a", "Run a termly boarders’ voice survey and publish a ‘you said, we did’ summary to each house",
                  "Head of Boarding", "Response rate above 70%; summary published within three weeks",
                  "Termly", "Green", "Summer survey closed 20 June; response rate 74%."),
                 ("3b", "Create a Boarding Council with elected representatives from each house, meeting twice "
                        "a term with the Head of Boarding and the Deputy Head (Pastoral)",
                  "Head of Boarding / Deputy Head (Pastoral)", "Council constituted and minutes shared with houses",
                  "By October half term 2025", "Not started", "Elections planned for the first fortnight of term."),
             ]),
        ]),
        ("Section 5: Safeguarding", [
            ("Recommended next step 4",
             "Leaders should ensure that records of low-level concerns are reviewed regularly so that any "
             "patterns in staff conduct are identified promptly.",
             [
                 ("4a", "Review the low-level concerns log at each half-termly Designated Safeguarding Lead "
                        "meeting and record the outcome of the review",
                  "Designated Safeguarding Lead", "Review recorded in DSL meeting notes each half term",
                  "Ongoing", "Green", "Reviews recorded in April and June."),
                 ("4b", "Commission an external review of the school’s low-level concerns procedure by an "
                        "independent safeguarding consultant",
                  "Head", "Review report received and recommendations adopted", "Autumn term 2025", "Red",
                  "Consultant withdrew in May; re-commissioning under way."),
             ]),
        ]),
    ]
    for sec, steps in sections:
        doc.add_paragraph(sec, style="Heading 1")
        for step, text, acts in steps:
            doc.add_paragraph(step, style="Heading 2")
            p = doc.add_paragraph()
            p.add_run(text).italic = True
            t = add_table(doc, header, acts)
            for i, a in enumerate(acts, 1):
                rag = a[5]
                hx = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}.get(rag)
                if hx:
                    shade(t.rows[i].cells[5], hx)
            doc.add_paragraph()
    doc.add_paragraph("Note: this plan is reviewed termly by the Senior Leadership Team and reported to the "
                      "Education Committee of the Governing Body.")
    doc.save(out("px-stowe-school-isi-inspection-action-plan.docx"))


# ======================================================================
# 5. HS2 Ltd - Board action log (docx)
# ======================================================================
def make_hs2():
    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_paragraph("HS2 Ltd Board – Action Log", style="Title")
    doc.add_paragraph("Public version – position at 22 January 2026")
    doc.add_paragraph(
        "This log records actions arising from meetings of the HS2 Ltd Board. Actions rated Green are "
        "recommended to the Board for closure and will be removed from the next version of the log.")
    doc.add_paragraph("RAG status key", style="Heading 3")
    key = add_table(doc, ["RAG", "Definition"], [
        ("Red", "Overdue, or at risk of not being completed by the date agreed"),
        ("Amber", "In progress – not yet due"),
        ("Green", "Complete – recommended for closure"),
    ])
    for i, hx in enumerate(("FF0000", "FFC000", "00B050"), 1):
        shade(key.rows[i].cells[0], hx)
    doc.add_paragraph()
    rows = [
        ("BA/25/041", "25 Sep 2025", "25/087",
         "Provide the Board with a revised programme baseline schedule for Phase One, reconciled to the "
         "Euston funding envelope",
         "Chief Executive Officer", "Jan 2026", "Amber",
         "Baseline submitted to DfT; Board briefing scheduled for 29 January."),
        ("BA/25/044", "25 Sep 2025", "25/090",
         "Report on the outcome of the supplier claims review for the Main Works Civils contracts",
         "Chief Financial Officer / General Counsel", "27/11/2025", "Red",
         "Independent reviewer’s report delayed; the Board will receive an oral update in January."),
        ("BA/25/047", "25 Sep 2025", "25/093",
         "Circulate the findings of the workforce culture survey, with the action plan agreed by the "
         "Executive Committee",
         "Chief People Officer", "November 2025", "Green", "Circulated 14/11/25."),
        ("BA/25/052", "27 Nov 2025", "25/118",
         "Arrange a Board site visit to the Bromford Tunnel and Delta Junction works",
         "Company Secretary", "Q1 2026/27", "Amber", "Provisional date 14 May 2026."),
        ("BA/25/053", "27 Nov 2025", "25/121",
         "Bring forward proposals to simplify the Board committee structure, including the remit of the "
         "Safety, Health and Environment Committee",
         "Chair; Company Secretary", "26 March 2026", "Amber", "Options paper in preparation."),
        ("BA/25/056", "27 Nov 2025", "25/124",
         "Include lead and lag safety indicators for tunnelling works in the monthly safety performance report",
         "Safety, Health and Environment Director", "Ongoing", "Green",
         "Included from the December report onwards."),
        ("BA/25/058", "27 Nov 2025", "25/127",
         "Share the ARAC chair’s summary of the internal audit report on contract change control with all "
         "Board members",
         "Chair of ARAC", "Dec 2025", "Green", "Shared 03/12/25."),
        ("BA/26/002", "22 Jan 2026", "26/006",
         "Provide a note on the cost and schedule implications of the tunnel boring machine launch sequence "
         "between Old Oak Common and Euston",
         "MW, JT", "March 2026", "Amber", "New action."),
    ]
    t = add_table(doc, ["Action no.", "Meeting", "Minute", "Action", "Owner", "Due date", "RAG", "Update"], rows)
    for i, r in enumerate(rows, 1):
        shade(t.rows[i].cells[6], {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050"}[r[6]])
    doc.add_paragraph()
    doc.add_paragraph("Board Secretariat, January 2026")
    doc.save(out("px-hs2-ltd-board-action-log.docx"))


# ======================================================================
# 6. Marlow Town Council - strategic risk register (csv)
# ======================================================================
def make_marlow():
    ncol = 11
    lines = [
        ["Marlow Town Council – Strategic Risk Register 2025/26"],
        ["Adopted by Full Council 12 May 2025. Reviewed by Finance & General Purposes Committee 8 September 2025."],
        ["Risk rating = Likelihood x Impact (1–5 each): 1–6 Low; 8–12 Medium; 15–25 High. "
         "Action status: Complete / Green (on track) / Amber (delayed) / Red (not progressing)."],
        [],
        ["Ref", "Risk", "Likelihood", "Impact", "Risk rating", "Existing controls", "Further action",
         "Responsible", "Target date", "Action status", "Comments"],
        ["Section 1 – Finance"],
        ["F1", "Loss of income from council-managed car parks following the unitary authority’s review of parking charges",
         "3", "4", "12 Medium", "Income monitored monthly against budget",
         "Model the effect of the revised tariff on the 2026/27 budget and report options to F&GP",
         "RFO", "Nov-25", "Green", "First draft to F&GP 10 November."],
        ["F2", "Fraud or error in payments", "2", "4", "8 Medium",
         "Dual authorisation of online payments by two councillors; monthly bank reconciliation signed by Chair of F&GP",
         "a) Introduce a payments approval log in the accounting package\n"
         "b) Internal auditor to test a sample of 20 payments at the interim visit",
         "RFO & Internal Auditor", "31/12/2025", "Amber", "Interim audit moved from October to December."],
        ["F3", "Insufficient general reserves to meet unforeseen costs", "3", "3", "9 Medium",
         "Reserves policy reviewed annually",
         "Rebuild the general reserve to at least three months’ net revenue expenditure through the 2026/27 precept",
         "Town Clerk", "Feb-26", "Green", ""],
        ["Section 2 – Assets and premises"],
        ["A1", "Injury to a member of the public from defective play equipment in the town’s parks", "2", "5",
         "10 Medium", "Weekly visual checks by grounds staff; annual RoSPA inspection",
         "Replace the timber multi-play unit identified as high risk in the 2025 RoSPA report",
         "Facilities Manager", "Sept 2025", "Complete", "Replaced 22/08/25."],
        ["A2", "Deterioration of the Town Council offices (a listed building) through lack of planned maintenance",
         "3", "4", "12 Medium", "Condition survey 2021",
         "Commission an updated condition survey and prepare a 10-year planned maintenance programme",
         "Deputy Town Clerk / Facilities Manager", "31 March 2026", "", "Brief to be agreed by F&GP."],
        ["Section 3 – Governance and compliance"],
        ["G1", "Failure to meet the Accounts and Audit Regulations publication deadlines", "2", "3", "6 Low",
         "Publication calendar maintained by the Town Clerk",
         "Publish the notice of conclusion of audit and AGAR Sections 1 and 2 on the council website",
         "Town Clerk", "By 30 September 2025", "Complete", "Published 26/09/25."],
        ["G2", "Loss of personal data through a cyber incident", "3", "4", "12 Medium",
         "Cloud-hosted email with multi-factor authentication",
         "Move all councillors to .gov.uk email accounts and deliver cyber awareness training",
         "Town Clerk & IT contractor", "Mar-26", "Red", "Domain registration delayed; quote awaited."],
        ["G3", "Council unable to form a quorum following resignations", "2", "3", "6 Low",
         "Co-option policy in place",
         "Keep the co-option policy under review and report vacancies to each Full Council meeting",
         "Town Clerk", "Ongoing", "Green", ""],
        [],
        ["Next review: Full Council, 9 March 2026"],
        ["Risks rated High are reported to every meeting of Full Council."],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in lines:
        w.writerow(row + [""] * (ncol - len(row)))
    with open(out("px-marlow-town-council-strategic-risk-register-2025-26.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ======================================================================
# 7. Eryri NPA - Yr Wyddfa visitor season lessons learned action plan (txt, tab-separated)
# ======================================================================
def make_eryri():
    L = [
        "Eryri National Park Authority – Yr Wyddfa Visitor Season 2024: Lessons Learned Action Plan",
        "Awdurdod Parc Cenedlaethol Eryri – Tymor Ymwelwyr Yr Wyddfa 2024: Cynllun Gweithredu Gwersi a Ddysgwyd",
        "Reported to Performance and Resources Committee, 11 December 2024. Status updated 3 March 2025.",
        "RAG: B = complete; G = on track; A = at risk of delay; R = off track",
        "",
        "\t".join(["Ref", "Action", "Lead officer", "Partners", "Target", "RAG", "Update"]),
        "Theme 1 – Transport and parking",
        "Lesson 1.1: Pre-booked parking at Pen y Pass sold out on 41 days, displacing cars onto the A4086 verges.",
        "\t".join(["1.1a", "Extend the Pen y Pass pre-booking season to run from Easter to the end of October",
                   "Head of Visitor Management", "Gwynedd Council", "Mar-25", "G",
                   "Tariff and booking dates agreed with Gwynedd."]),
        "\t".join(["1.1b", "Work with Gwynedd Council and North Wales Police on a clearway order and enforcement "
                           "on the A4086 between Pen y Gwryd and Nant Peris",
                   "Head of Visitor Management; Partnerships Manager", "Gwynedd Council; North Wales Police",
                   "31/05/2025", "A",
                   "Traffic regulation order consultation closes 28 March; risk that the order is not made before the May bank holidays."]),
        "Lesson 1.2: Sherpa’r Wyddfa bus capacity did not match demand on peak weekends.",
        "\t".join(["1.2a", "Agree an enhanced summer timetable for the S1 and S2 Sherpa services, with additional "
                           "Saturday and Sunday journeys",
                   "Transport Policy Officer", "Gwynedd Council; Transport for Wales", "Apr 2025", "G", ""]),
        "\t".join(["1.2b", "Publish real-time bus and car park occupancy on the Parking Eryri app",
                   "Digital Communications Manager", "App supplier", "Q1 2025/26", "A",
                   "Contract variation with app supplier under negotiation."]),
        "\t".join(["", "and on the Authority’s website before the start of the season", "", "", "", "", ""]),
        "Theme 2 – Visitor safety and mountain rescue",
        "Lesson 2.1: Call-outs to inexperienced walkers on the Pyg and Miners’ tracks rose by 23% compared with 2023.",
        "\t".join(["2.1a", "Deliver a pre-visit safety campaign with Llanberis Mountain Rescue Team and "
                           "AdventureSmart UK, targeted at first-time visitors",
                   "Communications Manager", "Llanberis MRT; AdventureSmart UK", "Ongoing", "G",
                   "Campaign assets in production."]),
        "\t".join(["2.1b", "Install additional waymarking and safety signage at the Bwlch Glas ridge junction",
                   "Head of Warden and Access Service", "", "30/04/2025", "R",
                   "Scheduled monument consent required from Cadw; application submitted 14/02/25."]),
        "Theme 3 – Litter, waste and the summit",
        "Lesson 3.1: Volunteer litter picks removed 1.2 tonnes of waste from the summit area, but toilet provision at Pen y Pass was overwhelmed.",
        "\t".join(["3.1a", "Recruit a second cohort of Caru Eryri volunteers for weekend litter patrols",
                   "Volunteer Co-ordinator", "", "Feb-25", "B", "38 new volunteers inducted."]),
        "\t".join(["3.1b", "Procure temporary toilet units for Pen y Pass for peak weekends and bank holidays",
                   "Head of Property; Head of Visitor Management", "", "May 2025", "A",
                   "Budget bid included in the 2025/26 revenue estimates."]),
        "",
        "Notes: lead officers report progress to the Yr Wyddfa Partnership Board.",
        "Next update: Performance and Resources Committee, June 2025.",
    ]
    with open(out("px-eryri-npa-yr-wyddfa-visitor-season-2024-lessons-learned-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


if __name__ == "__main__":
    make_tata()
    make_weca()
    typo_row = make_ageuk()
    print("Age UK typo on Tracker sheet row", typo_row)
    make_stowe()
    make_hs2()
    make_marlow()
    make_eryri()
    print("done")
