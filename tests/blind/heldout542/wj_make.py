"""Build the seven wj- test files of set heldout542.

Run with /work/main/.venv/bin/python wj_make.py (from any directory).
Only files whose names start with wj- are written.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("wj-")
    return os.path.join(HERE, name)


D = dt.datetime

RAGFILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "light": "DEEAF6", "pale": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, labels, colour="head"):
    for c, lab in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=c, value=lab)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(RAGFILL[colour])
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


# ---------------------------------------------------------------------------
# 1. Ecotricity - Ofgem Market Compliance Review remediation action plan (xlsx)
# ---------------------------------------------------------------------------
def ecotricity():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Ecotricity"
    dc["A1"].font = Font(bold=True, size=14)
    dc["A2"] = "Ofgem Market Compliance Review: Involuntary Prepayment Meters – Remediation Action Plan"
    dc["A2"].font = Font(bold=True, size=12)
    rows = [
        ("Document owner", "Director of Customer Operations"),
        ("Accountable executive", "Chief Operating Officer"),
        ("Classification", "Confidential – shared with Ofgem Retail Compliance"),
        ("Reporting frequency", "Monthly to the Compliance Committee; quarterly to the Board"),
    ]
    r = 4
    for k, v in rows:
        dc.cell(row=r, column=1, value=k).font = Font(bold=True)
        dc.cell(row=r, column=2, value=v)
        r += 1
    r += 1
    dc.cell(row=r, column=1, value="Version history").font = Font(bold=True)
    r += 1
    header_row(dc, r, ["Version", "Date", "Author", "Summary of changes"])
    for v in [
        ("0.1", D(2023, 11, 17), "Regulatory Compliance Manager", "First draft following Ofgem feedback letter"),
        ("1.0", D(2023, 12, 8), "Regulatory Compliance Manager", "Approved by Executive Committee and submitted to Ofgem"),
        ("1.4", D(2024, 9, 30), "Regulatory Compliance Manager", "Revised dates for actions 1.3, 2.1 and 3.3 agreed with Ofgem"),
        ("1.6", D(2025, 2, 28), "Regulatory Compliance Manager", "February 2025 position"),
    ]:
        r += 1
        for c, val in enumerate(v, start=1):
            cell = dc.cell(row=r, column=c, value=val)
            cell.border = BOX
            if isinstance(val, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    widths(dc, [24, 62, 30, 58])

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (code, meaning) in enumerate([
        ("B", "Blue – complete and evidence provided to Ofgem"),
        ("G", "Green – on track to meet the target date"),
        ("A", "Amber – at risk; mitigation in place or revised date agreed"),
        ("R", "Red – off track; revised date will not be met without escalation"),
    ], start=3):
        c = key.cell(row=i, column=1, value=code)
        c.fill = fill(RAGFILL[code])
        c.font = Font(bold=True, color="FFFFFF")
        key.cell(row=i, column=2, value=meaning)
    widths(key, [8, 70])

    ws = wb.create_sheet("Action plan")
    wb.active = 2
    ws["A1"] = "Ofgem Market Compliance Review: Involuntary Prepayment Meters – Remediation Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 28 February 2025 (version 1.6)"
    ws["A2"].font = Font(italic=True)
    labels = ["Ref", "Remediation action", "Action owner", "Original target date",
              "Revised target date", "Previous RAG", "Current RAG", "Progress update",
              "Evidence"]
    header_row(ws, 4, labels)
    findings = [
        ("Finding 1: Ability-to-pay and vulnerability checks were not consistently completed before warrant applications", [
            ("1.1", "Introduce a mandatory pre-warrant checklist covering:\n- ability to pay\n- vulnerability and Priority Services Register flags\n- the exclusion criteria in the Involuntary PPM Code of Practice",
             "Head of Collections", D(2024, 5, 31), None, "G", "B",
             "Checklist live in the collections workflow from 13/05/2024. Second-line QA of 120 cases found no exceptions.",
             "E1.1a Checklist; E1.1b QA report"),
            ("1.2", "Retrain all collections and field agents on the new licence conditions (SLC 28B) and record completion in the learning system.",
             "Head of Collections / Learning & Development Manager", D(2024, 6, 30), D(2024, 7, 31), "A", "B",
             "98% completion; remaining agents on long-term leave will complete on return.",
             "E1.2 LMS completion report"),
            ("1.3", "Refresh vulnerability data for customers in debt over 90 days through outbound contact, and update the Priority Services Register.",
             "Head of Vulnerability", D(2024, 9, 30), D(2025, 3, 31), "A", "A",
             "7,412 of 9,050 customers contacted. Remaining contacts scheduled; dialler capacity increased from January.",
             ""),
        ]),
        ("Finding 2: Case records and data quality", [
            ("2.1", "Implement a single case record for each involuntary PPM case so that contact attempts, site visit notes and warrant paperwork are held in one place.",
             "Head of Billing Systems", D(2024, 10, 31), D(2025, 6, 30), "A", "R",
             "CRM release slipped because of the billing platform migration. Interim manual case file in use; escalated to COO.",
             ""),
            ("2.2", "Carry out a monthly data-quality audit of a 5% sample of closed PPM cases and report the results to the Compliance Committee.",
             "Regulatory Compliance Manager", D(2024, 7, 31), None, "G", "G",
             "Audits completed each month since July 2024; error rate down from 11% to 3%.",
             "E2.2 Audit reports"),
        ]),
        ("Finding 3: Redress and customer outcomes", [
            ("3.1", "Identify all customers who had a prepayment meter installed under warrant or remotely switched between 1 January 2022 and 31 January 2023, and assess each case for redress.",
             "Director of Customer Operations", D(2024, 3, 31), None, "B", "B",
             "1,318 cases reviewed; 214 eligible for redress.", "E3.1 Case review log"),
            ("3.2", "Make redress payments and debt write-offs to affected customers and confirm the totals to Ofgem.",
             "Director of Customer Operations; Finance Director", D(2024, 6, 30), D(2024, 9, 30), "A", "B",
             "All payments made by 20/09/2024; totals confirmed to Ofgem on 27/09/2024.",
             "E3.2 Letter to Ofgem"),
            ("3.3", "Offer every affected customer a free switch back to a credit meter and record the outcome of each offer.",
             "Head of Metering Operations", D(2024, 8, 31), D(2025, 4, 30), "A", "G",
             "Offers sent to all 214 customers; 131 exchanges completed, 52 declined, 31 awaiting appointment.",
             ""),
        ]),
    ]
    r = 5
    for ftext, acts in findings:
        ws.cell(row=r, column=1, value=ftext)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill(RAGFILL["light"])
        r += 1
        for a in acts:
            for c, val in enumerate(a, start=1):
                cell = ws.cell(row=r, column=c, value=val)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(val, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
                if c in (6, 7):
                    cell.fill = fill(RAGFILL[val])
                    cell.font = Font(bold=True, color="FFFFFF")
                    cell.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    for lab, n in [("Blue (complete)", 4), ("Green", 2), ("Amber", 1), ("Red", 1), ("Total actions", 8)]:
        ws.cell(row=r, column=2, value=lab)
        ws.cell(row=r, column=3, value=n)
        r += 1
    widths(ws, [7, 60, 28, 14, 14, 10, 10, 50, 24])
    ws.freeze_panes = "A5"
    wb.save(out("wj-ecotricity-ofgem-involuntary-ppm-market-compliance-review-remediation-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Active Travel England - CATF programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def active_travel_england():
    wb = Workbook()
    hl = wb.active
    hl.title = "Highlight"
    hl["A1"] = "Active Travel England"
    hl["A1"].font = Font(bold=True, size=12, color="00703C")
    hl["A2"] = "Consolidated Active Travel Fund Programme – Highlight Report"
    hl["A2"].font = Font(bold=True, size=14)
    info = [
        ("Reporting period", "Period 8: November 2025"),
        ("Report date", D(2025, 12, 8)),
        ("Senior Responsible Owner", "Director of Programmes"),
        ("Programme manager", "CATF Programme Manager"),
        ("Overall delivery confidence", "Amber"),
    ]
    r = 4
    for k, v in info:
        hl.cell(row=r, column=1, value=k).font = Font(bold=True)
        c = hl.cell(row=r, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        if v == "Amber":
            c.fill = fill(RAGFILL["A"])
        r += 1
    r += 1
    header_row(hl, r, ["Dimension", "Last period", "This period", "Commentary"])
    dims = [
        ("Schedule", "A", "A", "2026/27 indicative allocations awaiting DfT spending review settlement."),
        ("Budget", "G", "G", "Forecast outturn within 1% of the 2025/26 capital budget."),
        ("Resource", "A", "R", "Two inspector vacancies; recruitment campaign closes 12 December."),
        ("Benefits", "G", "G", "Benefits realisation plan agreed with DfT analysts."),
    ]
    for d in dims:
        r += 1
        for c, val in enumerate(d, start=1):
            cell = hl.cell(row=r, column=c, value=val)
            cell.border = BOX
            cell.alignment = WRAP
            if c in (2, 3):
                cell.fill = fill(RAGFILL[val])
    r += 2
    hl.cell(row=r, column=1, value="Key achievements this period").font = Font(bold=True)
    hl.cell(row=r, column=2, value="Updated design review guidance published on 24 October.\nAll 2025/26 grant determination letters issued and acknowledged.")
    hl.cell(row=r, column=2).alignment = WRAP
    r += 2
    hl.cell(row=r, column=1, value="Milestone status summary").font = Font(bold=True)
    for lab, n in [("Complete", 3), ("On track", 3), ("At risk", 1), ("Off track", 1), ("Not started", 1), ("Total", 9)]:
        r += 1
        hl.cell(row=r, column=1, value=lab)
        hl.cell(row=r, column=2, value=n)
    r += 2
    hl.cell(row=r, column=1, value="Milestone status key: Complete = delivered (blue); On track = green; At risk = amber; Off track = red; Not started = not yet rated.").font = Font(italic=True)
    widths(hl, [30, 40, 14, 70])

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Consolidated Active Travel Fund Programme – Key Milestones"
    ms["A1"].font = Font(bold=True, size=12)
    ms["A2"] = "Forecast dates are as reported by workstream leads at 30 November 2025."
    ms["A2"].font = Font(italic=True)
    header_row(ms, 4, ["Workstream", "Ref", "Milestone", "Owner", "Baseline date",
                       "Forecast date", "Status", "Commentary"], colour="head")
    groups = [
        ("WS1 Funding allocation", [
            ("M1", "Confirm 2025/26 Consolidated Active Travel Fund allocations to all eligible local transport authorities",
             "Head of Funding", D(2025, 6, 30), D(2025, 6, 30), "Complete", "Allocations published 27 June."),
            ("M2", "Issue grant determination letters and conditions of grant",
             "Head of Funding / Grants Manager", D(2025, 7, 31), D(2025, 8, 29), "Complete", "Slipped four weeks pending legal review of conditions."),
            ("M3", "Agree 2026/27 indicative allocations with DfT",
             "Deputy Director, Funding and Programmes", D(2025, 12, 19), D(2026, 2, 27), "At risk", "Dependent on DfT settlement."),
        ]),
        ("WS2 Design assurance", [
            ("M4", "Complete design review of all Tranche 1 schemes over £2m",
             "Head of Design Review", D(2026, 1, 30), D(2026, 1, 30), "On track", "41 of 56 reviews complete."),
            ("M5", "Publish updated design review guidance for local authorities",
             "Head of Design Review", D(2025, 10, 31), D(2025, 10, 24), "Complete", ""),
        ]),
        ("WS3 Inspection and evaluation", [
            ("M6", "Complete post-construction inspections of schemes funded in 2023/24",
             "Inspection Lead", D(2026, 3, 31), D(2026, 3, 31), "On track", "62% of sites inspected."),
            ("M7", "Publish the annual inspection findings report",
             "Head of Inspection; Communications Lead", D(2026, 4, 30), D(2026, 6, 30), "Off track", "Inspector vacancies; see Resource."),
        ]),
        ("WS4 Local authority capability", [
            ("M8", "Run the capability rating self-assessment with all local transport authorities",
             "Head of Capability", D(2026, 1, 30), D(2026, 1, 30), "On track", "Self-assessment window opened 3 November."),
            ("M9", "Deliver LTN 1/20 training modules to authorities rated 0 or 1",
             "Capability Programme Manager", D(2026, 2, 27), D(2026, 2, 27), "Not started", "Supplier appointed; sessions from January."),
        ]),
    ]
    sfill = {"Complete": "B", "On track": "G", "At risk": "A", "Off track": "R"}
    r = 5
    for ws_name, rows in groups:
        first = r
        for m in rows:
            for c, val in enumerate(m, start=2):
                cell = ms.cell(row=r, column=c, value=val)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(val, dt.datetime):
                    cell.number_format = "dd-mmm-yy"
                if c == 7 and val in sfill:
                    cell.fill = fill(RAGFILL[sfill[val]])
            r += 1
        ms.cell(row=first, column=1, value=ws_name)
        ms.cell(row=first, column=1).font = Font(bold=True)
        ms.cell(row=first, column=1).alignment = Alignment(vertical="center", wrap_text=True)
        if r - 1 > first:
            ms.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    widths(ms, [20, 6, 58, 30, 13, 13, 12, 40])
    wb.save(out("wj-active-travel-england-catf-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 3. North East CA - internal audit recommendations tracker (xlsx) - REFUSE
# ---------------------------------------------------------------------------
def north_east_ca():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "North East Combined Authority"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A2"] = "Internal Audit Recommendations – Summary at 31 December 2025"
    sm["A2"].font = Font(bold=True)
    header_row(sm, 4, ["Audit", "Assurance opinion", "Recommendations", "Implemented", "Outstanding", "Overdue"])
    summ = [
        ("Adult Skills Fund – Grant Management (2024/25)", "Reasonable", 2, 1, 1, 0),
        ("Cyber Security (2024/25)", "Limited", 3, 0, 3, 2),
        ("Transport Capital Programme – Project Assurance (2025/26)", "Reasonable", 2, 1, 1, 0),
        ("Procurement and Contract Management (2025/26)", "Reasonable", 1, 0, 1, 0),
        ("Total", "", 8, 2, 6, 2),
    ]
    for i, row in enumerate(summ, start=5):
        for c, val in enumerate(row, start=1):
            cell = sm.cell(row=i, column=c, value=val)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    widths(sm, [58, 18, 16, 14, 14, 10])

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "North East Combined Authority"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Internal Audit Recommendations Tracker – position at 31 December 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Audit and Standards Committee, 27 January 2026 – Appendix B"
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, ["Audit", "Assurance", "Ref", "Priority", "Recommendation",
                       "Agreed management action", "Responsible officer",
                       "Original target date", "Revised target date", "Status",
                       "Progress update"])
    audits = [
        ("Adult Skills Fund – Grant Management (2024/25)", "Reasonable", [
            ("ASF/01", "High", "Quarterly performance reviews with grant-funded providers should be documented and retained.",
             "Introduce a standard quarterly performance review template for all Adult Skills Fund providers and store completed reviews on the grants system.",
             "Head of Adult Skills", "September 2025", "December 2025", "Implemented",
             "Template in use for Q2 reviews; 27 of 27 reviews stored."),
            ("ASF/02", "Medium", "Provider funding claims should be reconciled to ILR data each period.",
             "Reconcile each provider's monthly funding claim to the Individualised Learner Record before payment is released.",
             "Skills Finance Manager", "October 2025", "", "In progress",
             "Reconciliation in place for 22 providers; remaining providers from January."),
        ]),
        ("Cyber Security (2024/25)", "Limited", [
            ("CYB/01", "High", "Multi-factor authentication should be enforced for all remote access.",
             "Complete the roll-out of multi-factor authentication to all remote access and privileged accounts.",
             "Head of Digital", "June 2025", "March 2026", "In progress",
             "Privileged accounts complete; 14 legacy service accounts remain."),
            ("CYB/02", "Medium", "The ICT disaster recovery plan has not been tested.",
             "Carry out a full test of the ICT disaster recovery plan and report the results to the Senior Leadership Team.",
             "Head of Digital", "March 2026", "", "Not yet due", ""),
            ("CYB/03", "Low", "The acceptable use policy is out of date.",
             "Update the acceptable use policy and require all staff to re-confirm acceptance through the HR system.",
             "Head of Digital / HR Business Partner", "November 2025", "Febuary 2026", "In progress",
             "Policy drafted; awaiting JCC consultation."),
        ]),
        ("Transport Capital Programme – Project Assurance (2025/26)", "Reasonable", [
            ("TCP/01", "Medium", "Gateway review outcomes are not consistently recorded.",
             "Record the outcome of every gateway review in the programme management system, with actions and owners.",
             "Head of Transport Programmes", "December 2025", "", "Implemented", "Complete – verified by Internal Audit."),
            ("TCP/02", "Medium", "Budget changes on larger schemes are not always approved through change control.",
             "Require change control approval by the Transport Programme Board for any budget change over £500k.",
             "Transport Programme Manager", "March 2026", "", "Not yet due", ""),
        ]),
        ("Procurement and Contract Management (2025/26)", "Reasonable", [
            ("PCM/01", "High", "The contracts register is incomplete.",
             "Complete the contracts register for all contracts over £25k, including contract managers and expiry dates, and publish it under the Procurement Act 2023 transparency requirements.",
             "Head of Procurement", "January 2026", "", "In progress", "312 of 340 contracts entered."),
        ]),
    ]
    r = 6
    for name, opinion, recs in audits:
        first = r
        for rec in recs:
            for c, val in enumerate(rec, start=3):
                cell = ws.cell(row=r, column=c, value=val)
                cell.alignment = WRAP
                cell.border = BOX
            r += 1
        ws.cell(row=first, column=1, value=name).alignment = Alignment(vertical="top", wrap_text=True)
        ws.cell(row=first, column=2, value=opinion).alignment = Alignment(vertical="top")
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    widths(ws, [28, 12, 9, 9, 40, 48, 26, 14, 14, 13, 40])
    ws.freeze_panes = "C6"
    wb.save(out("wj-north-east-ca-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, white=False):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def kv_table(doc, rows):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    return t


# ---------------------------------------------------------------------------
# 4. Kingswood School - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
def kingswood():
    doc = docx.Document()
    doc.add_paragraph("Kingswood School, Bath").runs[0].bold = True
    doc.add_heading("Action Plan following ISI Inspection, November 2024", level=1)
    doc.add_paragraph("Independent Schools Inspectorate routine inspection, 19–21 November 2024. "
                      "The school met the Independent School Standards and the National Minimum "
                      "Standards for Boarding Schools. Inspectors identified three recommended next "
                      "steps, which this plan addresses.")
    doc.add_heading("Document control", level=2)
    kv_table(doc, [
        ("Owner", "Head"),
        ("Version", "2.0 (progress update)"),
        ("Approved by", "Board of Governors, 4 February 2025"),
        ("Last updated", "3 June 2025"),
        ("Next review", "Education and Welfare Committee, October 2025"),
    ])
    doc.add_paragraph()
    doc.add_paragraph("RAG key: B = complete; G = on track; A = some slippage, action in hand; "
                      "R = not on track.")

    cols = ["Ref", "Action", "Lead(s)", "Success criteria", "Timescale", "RAG"]
    sections = [
        ("Section 1: Leadership and management, and governance",
         "Next step 1: Leaders and governors should ensure that the monitoring of how well policies "
         "are implemented is systematic, so that governors have a clear oversight of the effectiveness "
         "of the school’s work.",
         [
             ("1.1", "Introduce a governors’ compliance dashboard to be reviewed at each meeting of the Education and Welfare Committee.",
              "Bursar; Head of Compliance", "Dashboard reviewed at each committee meeting; minutes record challenge.", "Summer term 2025", "G"),
             ("1.2", "Assign a link governor to each of the five framework sections and schedule a monitoring visit each term.",
              "Chair of Governors", "Link governor visit notes received for every section.", "31 March 2025", "B"),
         ]),
        ("Section 2: Quality of education, training and recreation",
         "Next step 2: Leaders should ensure that teachers make consistent use of assessment "
         "information to adapt their teaching for pupils who have special educational needs and/or "
         "disabilities (SEND).",
         [
             ("2.1", "Share a pupil passport for every pupil on the SEND register with all of their teachers through the school’s management information system.",
              "Head of Learning Support", "100% of passports available to teachers.", "February 2025", "B"),
             ("2.2", "Run a programme of INSET sessions on adaptive teaching.\nFollow up with learning walks focused on pupils with SEND, with feedback to heads of department.",
              "Deputy Head (Academic) / Head of Learning Support", "Learning walks show adaptation in most lessons seen.", "Autumn term 2025", "A"),
             ("2.3", "Heads of department to include the progress of pupils with SEND in their annual department review.",
              "Heads of Department", "All department reviews include SEND analysis.", "Ongoing", "G"),
         ]),
        ("Section 3: Pupils’ physical and mental health and emotional wellbeing",
         "Next step 3: Leaders should ensure that boarders’ views on the range of evening and weekend "
         "activities are gathered systematically and acted upon.",
         [
             ("3.1", "Establish a boarders’ council with representatives from every boarding house, meeting once each term.",
              "Head of Boarding", "Minutes of each council meeting published to boarders.", "Termly", "G"),
             ("3.2", "Review the weekend activities programme in the light of the boarders’ survey and publish the revised programme to families.",
              "Head of Boarding; Head of Co-curricular", "Revised programme published; survey satisfaction improves.", "Summer term 2025", "A"),
         ]),
    ]
    for heading, nextstep, acts in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, c in enumerate(cols):
            set_cell(t.rows[0].cells[i], c, bold=True, white=True)
            shade(t.rows[0].cells[i], "002060")
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[len(cols) - 1])
        set_cell(merged, nextstep, bold=True)
        shade(merged, "DEEAF6")
        for a in acts:
            cells = t.add_row().cells
            for i, val in enumerate(a):
                set_cell(cells[i], val)
            shade(cells[5], RAGFILL[a[5]])
        doc.add_paragraph()
    doc.add_heading("Sections 4 and 5", level=2)
    doc.add_paragraph("Section 4 (Pupils’ social and economic education and contribution to society) and "
                      "Section 5 (Safeguarding): the Standards are met and no next steps were identified. "
                      "Compliance continues to be monitored through the governors’ compliance dashboard.")
    doc.save(out("wj-kingswood-school-isi-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Canal & River Trust - Llangollen Canal breach lessons learned (docx)
# ---------------------------------------------------------------------------
def canal_river_trust():
    doc = docx.Document()
    p = doc.add_paragraph()
    r = p.add_run("Canal & River Trust")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("Llangollen Canal embankment breach, Whitchurch (22 December 2024): Lessons Learned Action Plan", level=1)
    kv_table(doc, [
        ("Document owner", "Director of Operations"),
        ("Version", "1.2"),
        ("Status", "Approved by the Executive Team, 15 July 2025; reported to the Board of Trustees, 24 July 2025"),
        ("Next review", "October 2025"),
    ])
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out the actions the Trust has agreed following the internal review of its "
        "response to the embankment breach on the Llangollen Canal near Whitchurch. It does not "
        "cover the engineering investigation into the cause of the breach, which is reported "
        "separately to the Infrastructure & Investment Committee.")
    doc.add_paragraph("Status key").runs[0].bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for col, meaning in [("B", "Complete"), ("G", "On track"),
                         ("A", "Risk to target date"), ("R", "Target date missed")]:
        cells = key.add_row().cells
        set_cell(cells[0], "")
        shade(cells[0], RAGFILL[col])
        set_cell(cells[1], meaning)
    doc.add_paragraph()

    cols = ["Ref", "Lesson identified", "Action", "Owner", "Target date", "Progress update", "Status"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        set_cell(t.rows[0].cells[i], c, bold=True, white=True)
        shade(t.rows[0].cells[i], "003A70")
    themes = [
        ("Theme A: Incident response and welfare", [
            ("Lesson 1: Out-of-hours calls reporting water loss were handled by a single duty officer, which delayed the call-out of specialist engineers.", [
                ("1a", "Review out-of-hours escalation so that any report of water loss on an embankment goes directly to the duty engineer.",
                 "Director of Operations", "September 2025", "New escalation procedure live from 1 September.", "B"),
                ("1b", "Test the revised arrangements in a tabletop exercise with Shropshire Council, Shropshire Fire and Rescue Service and Welsh Water.",
                 "Head of Emergency Planning", "30/11/2025", "Exercise booked for 12 November.", "G"),
            ]),
            ("Lesson 2: Welfare support for boaters who lost their homes was arranged informally on the night.", [
                ("2a", "Agree a standing arrangement with local authorities for emergency accommodation for liveaboard boaters.",
                 "Head of Boating / Head of Customer Service", "Q3 2025/26", "Draft shared with two councils; a third has not responded.", "A"),
                ("2b", "Set up a hardship fund protocol so that emergency payments can be made within 48 hours.",
                 "Director of Finance", "July 2025", "Protocol approved by the Executive Team.", "B"),
            ]),
        ]),
        ("Theme B: Asset inspection and monitoring", [
            ("Lesson 3: Embankments of similar age and construction are not grouped in the asset database, so shared risks are hard to see.", [
                ("3a", "Identify all embankments of similar height and construction on the Llangollen and Shropshire Union canals and place them on an enhanced inspection regime.",
                 "Head of Asset Management and Engineering", "31 March 2026", "Desk study complete; 38 embankments identified.", "G"),
                ("3b", "Trial remote water-level and seepage monitoring at ten high-consequence embankment sites.",
                 "Head of Asset Management and Engineering; Innovation Lead", "By 31 March 2026", "Sensor supplier procurement delayed.", "A"),
                ("3c", "Report progress on the enhanced inspection regime to the Infrastructure & Investment Committee.",
                 "Chief Operating Officer", "Quarterly", "First report made in June 2025.", "G"),
            ]),
        ]),
        ("Theme C: Communication", [
            ("Lesson 4: Updates to boaters and residents were inconsistent across social media, the website and stoppage notices.", [
                ("4a", "Produce a major incident communications protocol with a single owner for all public updates.",
                 "Director of Communications", "June 2025", "Protocol adopted.", "B"),
                ("4b", "Publish a monthly progress update on the rebuild until the canal reopens.",
                 "Regional Director, Wales & South West", "Monthly", "Updates published since February 2025.", "G"),
            ]),
        ]),
    ]
    for theme, lessons in themes:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[len(cols) - 1])
        set_cell(m, theme, bold=True)
        shade(m, "D9E2F3")
        for lesson, acts in lessons:
            first_row = None
            last_row = None
            for a in acts:
                row = t.add_row()
                cells = row.cells
                set_cell(cells[0], a[0])
                set_cell(cells[1], "")
                set_cell(cells[2], a[1])
                set_cell(cells[3], a[2])
                set_cell(cells[4], a[3])
                set_cell(cells[5], a[4])
                set_cell(cells[6], "")
                shade(cells[6], RAGFILL[a[5]])
                if first_row is None:
                    first_row = row
                last_row = row
            top = first_row.cells[1]
            if last_row is not first_row:
                top = top.merge(last_row.cells[1])
            set_cell(top, lesson)
    doc.add_paragraph()
    doc.add_paragraph("Sign-off").runs[0].bold = True
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        set_cell(so.rows[0].cells[i], h, bold=True)
    for role, name, date in [("Chief Executive", "Signed copy on file", "15/07/2025"),
                             ("Chair, Infrastructure & Investment Committee", "On file", "24/07/2025")]:
        cells = so.add_row().cells
        set_cell(cells[0], role)
        set_cell(cells[1], name)
        set_cell(cells[2], date)
    doc.save(out("wj-canal-and-river-trust-llangollen-canal-breach-lessons-learned-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Lyme Regis Town Council - risk register (csv)
# ---------------------------------------------------------------------------
def lyme_regis():
    ncol = 11
    blank = [""] * ncol

    def line(*vals):
        row = list(vals) + [""] * (ncol - len(vals))
        return row

    rows = [
        line("LYME REGIS TOWN COUNCIL"),
        line("RISK REGISTER 2025/26"),
        line("Adopted by Full Council 21 May 2025. Next full review May 2026."),
        blank,
        line("Ref", "Risk identified", "Likelihood (1-5)", "Impact (1-5)", "Score",
             "Existing controls", "Further action required", "Lead", "Target date",
             "Action status", "Comments"),
        line("1. FINANCE"),
        line("1.1", "Income from beach huts and car parks falls below budget", "3", "3", "9",
             "Monthly budget monitoring; fees reviewed annually",
             "Review beach hut fees and waiting list policy for the 2026/27 budget",
             "RFO", "Nov-25", "On track", "To Finance Committee 13 November"),
        line("1.2", "Fraud or error in payments", "2", "4", "8",
             "Dual authorisation of online payments; bank reconciliation signed by Chair monthly",
             "Adopt updated Financial Regulations based on the 2025 NALC model",
             "Town Clerk", "Jul-25", "Complete", "Adopted 16 July 2025"),
        line("1.3", "General reserves insufficient for unplanned repairs", "2", "4", "8",
             "Reserves policy; annual review of earmarked reserves",
             "Create an earmarked reserve for seafront shelter repairs",
             "Finance Committee", "Jan-26", "Not started", ""),
        line("2. ASSETS AND PROPERTY"),
        line("2.1", "Storm damage to Marine Parade shelters and railings", "4", "4", "16",
             "Annual structural inspection; buildings insurance",
             "Commission a condition survey of the seafront shelters and railings",
             "Town Clerk / Amenities Manager", "Sept 2025", "Complete", "Survey received; repairs to be costed"),
        line("2.2", "Injury to a member of the public from play equipment", "2", "5", "10",
             "Weekly visual checks; annual RoSPA inspection",
             "Replace the timber climbing frame at Anning Road play area",
             "Amenities Manager", "March 2026", "On track", "Quotes obtained"),
        line("3. GOVERNANCE AND COMPLIANCE"),
        line("3.1", "Website does not meet accessibility regulations", "3", "2", "6",
             "Website hosted on accessible council template",
             "Complete a website accessibility audit and publish an accessibility statement",
             "Deputy Town Clerk", "31/12/2025", "Behind", "Audit started late"),
        line("3.2", "Councillors' registers of interests out of date", "2", "3", "6",
             "Registers reviewed at Annual Meeting",
             "Remind councillors to update registers within 28 days of any change; check at each meeting",
             "Town Clerk", "Ongoing", "On track", ""),
        line("4. STAFFING"),
        line("4.1", "Loss of key staff leaves no one able to run the accounts", "3", "4", "12",
             "Written procedure notes; CiLCA training",
             "Document RFO procedures and cross-train the Deputy Town Clerk",
             "Town Clerk", "Dec-25", "On track", ""),
        line("4.2", "Lone working by outdoor staff", "3", "3", "9",
             "Lone working policy; check-in by phone",
             "Issue lone-worker alarms to all outdoor staff",
             "Amenities Manager", "Aug-25", "Complete", ""),
        line("5. EVENTS AND COMMUNITY"),
        line("5.1", "Crowd safety incident at Regatta and Carnival week", "3", "4", "12",
             "Event management plan; stewarding; public liability insurance",
             "Submit the 2026 event management plan to the Dorset Safety Advisory Group",
             "Events Officer & Town Clerk", "Jun-26", "Not started", ""),
        blank,
        line("Scoring: Likelihood x Impact. 1-6 Low; 8-12 Medium; 15-25 High."),
        line("Action status: Complete; On track (green); Behind (amber); Overdue (red); Not started."),
    ]
    with open(out("wj-lyme-regis-town-council-risk-register-2025-26.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. North York Moors NPA - Authority action log (tab-separated txt)
# ---------------------------------------------------------------------------
def north_york_moors():
    lines = [
        "North York Moors National Park Authority",
        "National Park Authority – Rolling Action Log",
        "Updated 3 October 2025. Completed actions are removed once they have been reported to one meeting.",
        "RAG: B = complete  G = on track  A = delayed  R = overdue  (blank = not yet started)",
        "",
        "Minute\tAction\tResponsible\tDeadline\tRAG\tUpdate",
        "Authority Meeting – 31 March 2025",
        "12/25\tCirculate the revised Members' Code of Conduct training schedule to all Members.\tHead of Corporate Services\tApril 2025\tB\tCirculated 9 April.",
        "15/25\tBring a report on options for the future of the Sutton Bank National Park Centre café lease.\tDirector of Park Services\tJuly 2025\tB\tReport considered at July meeting.",
        "Authority Meeting – 30 June 2025",
        "31/25\tWrite to Defra setting out the Authority's response to the Protected Landscapes Targets and Outcomes Framework.\tChief Executive\t31/07/2025\tB\tLetter sent 24 July.",
        "34/25\tProvide Members with a breakdown of Farming in Protected Landscapes grant spend by parish.\tHead of Land Management\tSeptember 2025\tA\tData being checked; now expected end of October.",
        "36/25\tArrange a site visit for Members to the Coast to Coast National Trail realignment at Robin Hood's Bay.\tTrails Officer / Head of Recreation\tTBC\t\tDate depends on landowner agreement.",
        "Authority Meeting – 29 September 2025",
        "52/25\tUpdate the Strategic Risk Register to include the risk of a reduced core grant from 2026/27.\tHead of Corporate Services\tDecember 2025\tG\t",
        "54/25\tCirculate the draft Management Plan consultation summary to Members ahead of the December workshop.\tDirector of Planning\t21/11/2025\tG\t",
        "55/25\tConvene a Members' working group on dark skies.\tCllr Hollis and Mr Bayley\tJan-26\t\tTerms of reference to follow.",
        "",
        "Total open actions: 5   Completed since last meeting: 3",
    ]
    with open(out("wj-north-york-moors-npa-authority-rolling-action-log.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    ecotricity()
    active_travel_england()
    north_east_ca()
    kingswood()
    canal_river_trust()
    lyme_regis()
    north_york_moors()
    print("built 7 files in", HERE)
