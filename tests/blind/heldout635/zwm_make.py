#!/usr/bin/env python
"""Build the seven zwm- blind test files (set heldout635).

Run with /work/main/.venv/bin/python zwm_make.py ; writes beside this script.
Only files whose names start with "zwm-" are written.
"""
import os
import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zwm-")
    return os.path.join(HERE, name)


D = dt.datetime

RAG_FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0",
    "Complete": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, labels, colour="1F3864"):
    for c, lab in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=c, value=lab)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(colour)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


# ---------------------------------------------------------------------------
# 1. Merton – ASC CQC assessment improvement plan (xlsx, 3 sheets)
# ---------------------------------------------------------------------------
def merton():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = ("London Borough of Merton – Adult Social Care Improvement Plan: "
                 "Response to the CQC Local Authority Assessment")
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Owner: Director of Adult Social Care"
    cov["A4"] = ("Governance: Adult Social Care Improvement Board (monthly); "
                 "Health and Wellbeing Board (six-monthly)")
    cov["A6"] = "Version control"
    cov["A6"].font = Font(bold=True)
    header_row(cov, 7, ["Version", "Date", "Author", "Summary of changes"])
    vc = [
        ("0.3", D(2025, 3, 10), "ASC Improvement Lead", "Draft following publication of CQC report"),
        ("1.0", D(2025, 4, 8), "ASC Improvement Lead", "Approved by ASC Improvement Board"),
        ("1.2", D(2025, 7, 15), "ASC Improvement Lead", "June progress; revised dates for actions 1.2 and 2.1"),
        ("1.4", D(2025, 10, 14), "ASC Improvement Lead", "September progress; action 4.1 added"),
    ]
    for r, row in enumerate(vc, start=8):
        for c, v in enumerate(row, start=1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [("B", "Blue – complete, evidence of impact held"),
           ("G", "Green – on track to deliver by target date"),
           ("A", "Amber – some slippage, recoverable within the quarter"),
           ("R", "Red – off track or at risk; escalated to Improvement Board")]
    for r, (k, txt) in enumerate(key, start=14):
        cov.cell(row=r, column=1, value=k).fill = fill(RAG_FILL[k])
        cov.cell(row=r, column=2, value=txt)
    widths(cov, [12, 14, 24, 60])

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – current RAG by CQC theme (September 2025)"
    sm["A1"].font = Font(bold=True, size=12)
    header_row(sm, 3, ["CQC theme", "Blue", "Green", "Amber", "Red", "Total actions"])
    summ = [
        ("Theme 1: Working with people", 1, 1, 2, 0, 4),
        ("Theme 2: Providing support", 0, 2, 0, 0, 2),
        ("Theme 3: Ensuring safety within the system", 2, 0, 0, 1, 3),
        ("Theme 4: Leadership", 0, 1, 0, 0, 1),
        ("Total", 3, 4, 2, 1, 10),
    ]
    for r, row in enumerate(summ, start=4):
        for c, v in enumerate(row, start=1):
            cell = sm.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    widths(sm, [44, 8, 8, 8, 8, 14])

    # Plan sheet
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "ASC Improvement Plan – CQC Assessment Response"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position at 30 September 2025 (reported to ASC Improvement Board 14 October 2025)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "CQC area for improvement", "Action", "Lead officer",
           "Original target date", "Revised target date",
           "Previous RAG (June 2025)", "Current RAG (Sept 2025)", "Progress update"]
    header_row(ws, 4, hdr)
    ncol = len(hdr)

    plan = [
        ("Theme 1: Working with people", [
            ("People wait too long for Care Act assessments and reviews, and oversight of people on waiting lists is inconsistent.", [
                ("1.1", "Implement a single waiting list triage and risk-rating tool across all adult social care teams, with weekly management oversight.",
                 "Head of Assessment and Care Management", D(2025, 3, 31), None, "G", "B",
                 "Tool live in all teams since March 2025. Weekly waiting list meeting chaired by Head of Service; no person waiting over 28 days without a risk review."),
                ("1.2", "Deliver a review recovery plan to bring overdue annual reviews below 15% of people receiving long-term support.",
                 "Head of Assessment and Care Management / Head of Business Intelligence", D(2025, 6, 30), D(2025, 12, 31), "A", "A",
                 "Overdue reviews reduced from 41% to 27%. Additional agency reviewing team in place until December."),
            ]),
            ("Unpaid carers told CQC they did not always receive a carer’s assessment or know what support was available.", [
                ("1.3", "Re-commission the carers’ support offer with Carers Support Merton, including delegated carers’ assessments.",
                 "Commissioning Manager (Prevention)", D(2025, 9, 30), None, "G", "G",
                 "Contract variation signed; delegated assessments start 1 November 2025."),
                ("1.4", "Co-produce and publish a refreshed Merton Carers Strategy 2025–2028 with the Carers Partnership Board.",
                 "Principal Social Worker; Carers Lead", D(2025, 10, 31), None, "G", "A",
                 "Engagement events complete. Publication delayed to allow Cabinet sign-off in November."),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("Limited choice of home care and nursing provision for people with complex needs in some parts of the borough.", [
                ("2.1", "Complete a market sustainability review of nursing and complex dementia care and publish an updated Market Position Statement.",
                 "Head of Commissioning", D(2025, 7, 31), D(2025, 11, 30), "A", "G",
                 "Provider engagement complete; draft Market Position Statement at ASC DMT 20 October."),
                ("2.2", "Pilot a rota-based home care model in the Mitcham and Pollards Hill areas.",
                 "Head of Commissioning", D(2026, 1, 31), None, "G", "G",
                 "Two providers appointed; pilot starts 3 November 2025."),
            ]),
        ]),
        ("Theme 3: Ensuring safety within the system", [
            ("Transitions from children’s to adult services were not always planned early enough for young people with SEND.", [
                ("3.1", "Establish a Preparing for Adulthood panel that tracks every young person from age 14 with likely adult care needs.",
                 "Head of Transitions and Preparing for Adulthood", D(2025, 5, 31), None, "G", "B",
                 "Panel meets monthly; 118 young people tracked."),
            ]),
            ("Section 42 safeguarding enquiries were not always completed in a timely way.", [
                ("3.2", "Introduce a safeguarding enquiry performance dashboard reviewed monthly at the Adult Safeguarding Quality Meeting.",
                 "Safeguarding Adults Service Manager", D(2025, 4, 30), None, "B", "B",
                 "Dashboard in use since April 2025."),
                ("3.3", "Undertake a multi-agency audit of 40 section 42 enquiries and report findings to the Merton Safeguarding Adults Board.",
                 "Principal Social Worker & Head of Quality Assurance", D(2025, 9, 30), D(2026, 1, 31), "A", "R",
                 "Only 22 of 40 audits completed; partner auditor capacity escalated to SAB Independent Chair."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Performance information was not consistently used to drive improvement or understand equity of outcomes.", [
                ("4.1", "Launch an ASC performance framework with quarterly equity-of-outcomes reporting to the Corporate Management Team.",
                 "Director of Adult Social Care", D(2025, 12, 31), None, None, "G",
                 "New action (October 2025). Framework drafted; first equity report due Q3."),
            ]),
        ]),
    ]
    r = 5
    for theme, afis in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5496")
        r += 1
        for afi, acts in afis:
            first = r
            for (ref, act, lead, orig, rev, prev, cur, upd) in acts:
                vals = [ref, afi if r == first else None, act, lead, orig, rev, prev, cur, upd]
                for ci, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=ci, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                for ci, v in ((7, prev), (8, cur)):
                    if v:
                        ws.cell(row=r, column=ci).fill = fill(RAG_FILL[v])
                        ws.cell(row=r, column=ci).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    widths(ws, [7, 40, 50, 28, 13, 13, 11, 11, 50])
    ws.freeze_panes = "A5"
    wb.save(out("zwm-merton-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Bexley – internal audit recommendations tracker (xlsx, fill-only status)
# ---------------------------------------------------------------------------
def bexley():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "London Borough of Bexley – Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position as at 31 December 2025 – Audit and Governance Committee, 22 January 2026"
    header_row(sm, 4, ["Priority", "Outstanding", "Not yet due", "Overdue (revised date agreed)",
                       "Overdue (no revised date)", "Implemented since last report"])
    rows = [("Priority 1", 3, 0, 1, 0, 2), ("Priority 2", 5, 2, 1, 2, 0), ("Total", 8, 2, 2, 2, 2)]
    for r, row in enumerate(rows, start=5):
        for c, v in enumerate(row, start=1):
            cell = sm.cell(row=r, column=c, value=v)
            cell.border = BOX
    sm["A10"] = "Status key (colour of the Status cell on the tracker sheet)"
    sm["A10"].font = Font(bold=True)
    key = [("0070C0", "Blue – implemented, awaiting Internal Audit verification"),
           ("00B050", "Green – not yet due / on track to meet due date"),
           ("FFC000", "Amber – overdue, revised date agreed by Director"),
           ("FF0000", "Red – overdue, no revised date agreed")]
    for r, (hexc, txt) in enumerate(key, start=11):
        sm.cell(row=r, column=1).fill = fill(hexc)
        sm.cell(row=r, column=2, value=txt)
    widths(sm, [14, 14, 14, 18, 18, 18])

    ws = wb.create_sheet("Outstanding recommendations")
    ws["A1"] = "Internal Audit – Outstanding Recommendations (Priority 1 and 2)"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Audit", "Year", "Assurance", "Rec No.", "Priority", "Recommendation",
           "Agreed action", "Responsible officer", "Original due date", "Revised due date",
           "Status", "Update (December 2025)"]
    header_row(ws, 3, hdr, colour="44546A")
    audits = [
        ("Payroll", "2024/25", "Limited", [
            ("R1", 1, "Starters and leavers forms should be authorised by the budget holder before changes are processed in iTrent.",
             "All starter and leaver changes to be approved through the iTrent manager self-service workflow; paper forms withdrawn.",
             "Head of HR Operations", D(2025, 3, 31), D(2025, 9, 30), "0070C0",
             "Workflow live from 1 September 2025. Verification testing of October payroll scheduled."),
            ("R3", 2, "Exception reports for overpayments should be reviewed and signed off each month.",
             "Monthly overpayment exception report to be reviewed by the Payroll Manager and evidence retained on the shared drive.",
             "Payroll Manager", D(2025, 4, 30), D(2026, 1, 31), "FFC000",
             "Report designed; sign-off evidence held for November only."),
        ]),
        ("Direct Payments", "2024/25", "Limited", [
            ("R1", 1, "Direct payment accounts should be audited in line with the Direct Payments Policy, with surplus balances recovered.",
             "a) Clear the backlog of 212 direct payment account audits.\nb) Recover surplus balances over eight weeks' value.",
             "Head of Adult Social Care Finance / Direct Payments Team Manager", D(2025, 6, 30), D(2026, 3, 31), "FFC000",
             "134 of 212 audits complete; £286k surplus recovered to date."),
            ("R2", 2, "Direct payment agreements should be held on file for every recipient.",
             "Carry out a file check and obtain signed agreements for all current recipients.",
             "Direct Payments Team Manager", D(2025, 9, 30), None, "FF0000",
             "Not started – team capacity directed to R1. Revised date to be proposed to Director."),
        ]),
        ("Cyber Security – Patch Management", "2025/26", "Reasonable", [
            ("R1", 2, "Servers that are out of vendor support should be recorded on the risk register with a decommissioning plan.",
             "Record the 14 unsupported servers on the ICT risk register and agree decommissioning dates with service owners.",
             "Chief Information Officer", D(2025, 12, 31), None, "00B050",
             "Servers added to risk register; decommissioning dates agreed for 11 of 14."),
            ("R2", 2, "Critical patches should be applied within 14 days of release.",
             "Automate patch deployment for end-user devices through Intune and report compliance monthly to the Information Governance Board.",
             "Infrastructure and Security Manager", D(2026, 2, 28), None, "00B050",
             "Intune policy piloted with Digital Services staff."),
        ]),
        ("Temporary Accommodation Income", "2024/25", "Limited", [
            ("R2", 1, "Rent accounts for households in temporary accommodation should be set up within five working days of placement.",
             "Introduce a daily placement report from Jigsaw to the Income Team so that rent accounts are opened promptly.",
             "Head of Housing Needs; Income Manager", D(2025, 5, 31), D(2025, 10, 31), "0070C0",
             "Daily report in place; 96% of accounts opened within five days in November."),
            ("R4", 2, "Former tenant arrears should be pursued in line with the Corporate Debt Policy.",
             "Refer former tenant arrears over £500 to the Council's enforcement agent after two reminder letters.",
             "Income Manager", D(2025, 10, 31), None, "FF0000",
             "Enforcement agent contract being re-procured; no referrals made."),
        ]),
    ]
    r = 4
    for name, year, assurance, recs in audits:
        first = r
        for (no, pri, rec, act, lead, orig, rev, hexc, upd) in recs:
            vals = [name if r == first else None, year if r == first else None,
                    assurance if r == first else None, no, pri, rec, act, lead, orig, rev, None, upd]
            for ci, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=ci, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=11).fill = fill(hexc)
            r += 1
        for col in (1, 2, 3):
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    widths(ws, [20, 9, 11, 8, 8, 42, 46, 28, 12, 12, 8, 42])
    ws.freeze_panes = "A4"
    wb.save(out("zwm-bexley-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Sutton – corporate risk register 2025/26 (xlsx, risk band rows)
# ---------------------------------------------------------------------------
def sutton():
    wb = Workbook()
    sm = wb.active
    sm.title = "Risk summary"
    sm["A1"] = "London Borough of Sutton – Corporate Risk Register 2025/26"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Quarter 2 review (September 2025) – Audit and Governance Committee, 17 November 2025"
    header_row(sm, 4, ["Risk ref", "Risk", "Risk owner", "Inherent score", "Q1 score",
                       "Q2 score", "Target score", "Direction of travel"], colour="00505C")
    risks = [
        ("CR1", "Financial resilience", "Strategic Director of Resources", 25, 20, 20, 12, "↔"),
        ("CR2", "Temporary accommodation demand", "Director of Housing and Regeneration", 20, 20, 16, 12, "↓"),
        ("CR3", "Cyber security", "Head of Digital and IT", 20, 15, 15, 10, "↔"),
        ("CR4", "Safeguarding children and adults", "Executive Director of People Services", 20, 12, 12, 8, "↔"),
    ]
    for r, row in enumerate(risks, start=5):
        for c, v in enumerate(row, start=1):
            cell = sm.cell(row=r, column=c, value=v)
            cell.border = BOX
        score = row[5]
        sm.cell(row=r, column=6).fill = fill("FF0000" if score >= 16 else "FFC000")
    sm["A10"] = "Score = Impact (1–5) x Likelihood (1–5). 16–25 Red; 8–15 Amber; 1–7 Green."
    sm["A10"].font = Font(italic=True)
    widths(sm, [9, 36, 36, 10, 9, 9, 10, 12])

    ws = wb.create_sheet("Risk action plans")
    ws["A1"] = "London Borough of Sutton – Corporate Risk Register 2025/26: Risk Mitigation Action Plans"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Quarter 2 review (September 2025)"
    hdr = ["Action ref", "Further mitigating action", "Action owner", "Target date",
           "Action status", "Q2 commentary"]
    header_row(ws, 4, hdr, colour="00505C")
    plan = [
        ("CR1 – Financial resilience: inability to set a balanced budget over the MTFS period",
         "Risk owner: Strategic Director of Resources | Current score 20 (I5 x L4) | Target score 12 | Direction of travel: no change", [
             ("CR1.1", "Deliver the £11.2m 2025/26 savings programme with monthly tracking by the Strategic Leadership Team.",
              "Strategic Director of Resources", D(2026, 3, 31), "Amber",
              "£8.1m on track; £3.1m rated amber, mainly adult social care placements."),
             ("CR1.2", "Submit the Council's response on fairer funding to MHCLG as part of the Local Government Finance Settlement consultation.",
              "Chief Finance Officer (S151)", "January 2026", "Green",
              "Response being drafted with London Councils."),
         ]),
        ("CR2 – Demand for temporary accommodation exceeds supply and budget",
         "Risk owner: Director of Housing and Regeneration | Current score 16 (I4 x L4) | Target score 12 | Direction of travel: improving", [
             ("CR2.1", "Acquire 60 additional homes for use as temporary accommodation through the Sutton Housing Acquisition Programme.",
              "Director of Housing and Regeneration", D(2025, 12, 31), "Amber",
              "41 completions; 12 in conveyancing."),
             ("CR2.2", "Review the homelessness prevention offer and refresh the Homelessness and Rough Sleeping Strategy.",
              "Head of Housing Options", "Ongoing", "Green",
              "Prevention caseworkers now co-located in two Sutton Community Hubs."),
         ]),
        ("CR3 – Cyber attack causes prolonged loss of critical ICT systems",
         "Risk owner: Head of Digital and IT | Current score 15 (I5 x L3) | Target score 10 | Direction of travel: no change", [
             ("CR3.1", "Complete the annual IT health check and PSN compliance submission.",
              "Head of Digital and IT", D(2025, 6, 30), "Complete",
              "PSN certificate issued July 2025."),
             ("CR3.2", "Run a cyber incident exercise with the Strategic Leadership Team and test the business continuity plans of critical services.",
              "Head of Digital and IT / Emergency Planning Manager", D(2025, 11, 30), "Red",
              "Exercise postponed twice because of diary pressures; not yet rescheduled."),
         ]),
        ("CR4 – Failure to meet statutory safeguarding responsibilities for children and adults",
         "Risk owner: Executive Director of People Services | Current score 12 (I4 x L3) | Target score 8 | Direction of travel: no change", [
             ("CR4.1", "Embed the multi-agency practice standards and audit programme agreed by the Sutton Safeguarding Children Partnership.",
              "Executive Director of People Services", D(2026, 3, 31), "Green",
              "First two themed multi-agency audits completed."),
             ("CR4.2", "Recruit to permanent Team Manager posts in the Assessment and Intervention Service to reduce reliance on agency staff.",
              "Assistant Director of Children’s Social Care", D(2026, 1, 31), "Not started",
              "Recruitment campaign to launch in December."),
         ]),
    ]
    status_fill = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    r = 5
    for band, info, acts in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00505C")
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c = ws.cell(row=r, column=1, value=info)
        c.font = Font(italic=True)
        c.fill = fill("DDEBF7")
        r += 1
        for (ref, act, owner, due, st, com) in acts:
            for ci, v in enumerate([ref, act, owner, due, st, com], start=1):
                cell = ws.cell(row=r, column=ci, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if st in status_fill:
                ws.cell(row=r, column=5).fill = fill(status_fill[st])
            r += 1
        r += 1  # blank spacer row between risks
    r += 0
    ws.cell(row=r, column=1, value="Action status: Complete; Green – on track; Amber – at risk of slipping; Red – off track; Not started.").font = Font(italic=True)
    widths(ws, [10, 58, 34, 13, 12, 48])
    wb.save(out("zwm-sutton-council-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Wandsworth SAB – SAR 'Mr T' action plan (docx, table per recommendation)
# ---------------------------------------------------------------------------
def wandsworth():
    doc = Document()
    landscape(doc)
    doc.add_heading("Safeguarding Adults Review ‘Mr T’ – Multi-Agency Action Plan", level=0)
    doc.add_paragraph("Wandsworth Safeguarding Adults Board")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, lab in enumerate(["Version", "Date", "Status", "Approved by"]):
        set_cell(t.rows[0].cells[c], lab, bold=True)
    for row in [("1.0", "19/02/2025", "Agreed", "SAR Subgroup"),
                ("1.3", "07/11/2025", "Progress update", "SAB Executive Group")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG rating key").runs[0].bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, hexc, txt in [("Blue", "0070C0", "Action complete and evidence of impact provided to the SAR Subgroup"),
                            ("Green", "00B050", "On track to be completed by the target date"),
                            ("Amber", "FFC000", "Some delay; completion expected within three months of target"),
                            ("Red", "FF0000", "Significant delay or action not started")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], hexc)
        set_cell(cells[1], txt)

    themes = [
        ("Learning theme 1: Self-neglect and hoarding", [
            ("Recommendation 1: The Board should seek assurance that partner agencies apply the Pan-London self-neglect guidance, including the use of multi-agency risk management meetings where a person declines support.", [
                ("1a", "Relaunch the Wandsworth self-neglect and hoarding protocol with a 7-minute briefing for all partner agencies.",
                 "SAB Business Manager", "March 2025",
                 "Relaunched at Board development session on 12/03/2025; briefing circulated to all partners.", "Blue"),
                ("1b", "Audit 20 cases of self-neglect to test the use of multi-agency risk management (MARM) meetings.",
                 "Head of Safeguarding Adults / Named Nurse Safeguarding Adults (SWL ICB)", "September 2025",
                 "Audit completed; report deferred to the December Quality Assurance Subgroup.", "Amber"),
            ]),
            ("Recommendation 2: Agencies should ensure that fire risk is assessed and a referral made to London Fire Brigade for a home fire safety visit where a person smokes and has limited mobility.", [
                ("2a", "Add a fire risk prompt and LFB referral link to the adult social care assessment and review forms in Mosaic.",
                 "Principal Social Worker", "June 2025",
                 "Forms updated 02/06/2025; 37 LFB referrals made since.", "Blue"),
                ("2b", "Deliver joint fire safety training with London Fire Brigade to home care providers commissioned by the Council.",
                 "Head of Commissioning; LFB Wandsworth Borough Commander", "November 2025",
                 "Two of three sessions delivered.", "Green"),
            ]),
        ]),
        ("Learning theme 2: Mental capacity and professional curiosity", [
            ("Recommendation 3: The Board should be assured that mental capacity assessments consider executive functioning where a person repeatedly makes decisions that place them at risk.", [
                ("3a", "Commission multi-agency training on executive functioning and the Mental Capacity Act for practitioners across health, social care and housing.",
                 "SAB Training Subgroup Chair", "January 2026",
                 "Trainer commissioned; dates published for December and January.", "Green"),
                ("3b", "Update the MCA policy and recording template to include a section on executive capacity.",
                 "MCA and DoLS Lead", "October 2025",
                 "Draft policy awaiting legal review; revised date to be agreed at the Board.", "Red"),
            ]),
            ("Recommendation 4: Partners should share the learning from this review across the partnership.", [
                ("4a", "Publish the SAR report and a practitioner learning brief on the Board website and hold two learning events.",
                 "SAB Business Manager", "Ongoing",
                 "Report and brief published 28/02/2025; first learning event held 14/05/2025 (86 attendees).", "Green"),
            ]),
        ]),
    ]
    fills = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for theme, recs in themes:
        doc.add_heading(theme, level=1)
        for rec, acts in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            tb = doc.add_table(rows=1, cols=6)
            tb.style = "Table Grid"
            for c, lab in enumerate(["Ref", "Action", "Lead", "Target date", "Progress / evidence", "RAG"]):
                set_cell(tb.rows[0].cells[c], lab, bold=True)
                shade(tb.rows[0].cells[c], "D9E2F3")
            for (ref, act, lead, due, prog, rag) in acts:
                cells = tb.add_row().cells
                for c, v in enumerate([ref, act, lead, due, prog, rag]):
                    set_cell(cells[c], v)
                shade(cells[5], fills[rag])
            doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to each meeting of the SAR Subgroup. "
                      "Queries to the SAB Business Unit.")
    doc.save(out("zwm-wandsworth-sab-sar-mr-t-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Erewash CSP – DHR 'Ruth' action plan (docx, Home Office template, 2 tables)
# ---------------------------------------------------------------------------
def erewash():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Erewash Community Safety Partnership – Domestic Homicide Review (DHR) ‘Ruth’: Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Last updated: 14 November 2025. Monitored by the Erewash CSP DHR Oversight Group.")
    doc.add_paragraph("RAG: B = complete; G = on track; A = at risk of delay; R = overdue.")

    hdr = ["Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
           "Key milestones achieved in enacting recommendation", "Target date",
           "Date of completion and outcome", "RAG"]
    fills = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    def table(section, recs):
        doc.add_heading(section, level=1)
        tb = doc.add_table(rows=1, cols=len(hdr))
        tb.style = "Table Grid"
        for c, lab in enumerate(hdr):
            set_cell(tb.rows[0].cells[c], lab, bold=True, size=8)
            shade(tb.rows[0].cells[c], "E2D9F3")
        for rec, scope, acts in recs:
            first = len(tb.rows)
            for (act, lead, miles, due, done, rag) in acts:
                cells = tb.add_row().cells
                for c, v in enumerate([None, None, act, lead, miles, due, done, rag]):
                    if v is not None:
                        set_cell(cells[c], v, size=8)
                shade(cells[7], fills[rag])
            last = len(tb.rows) - 1
            for col, txt in ((0, rec), (1, scope)):
                top = tb.cell(first, col)
                if last > first:
                    top = top.merge(tb.cell(last, col))
                set_cell(top, txt, size=8)
        doc.add_paragraph()

    table("Overview Report Recommendations", [
        ("1. Erewash CSP and Derbyshire County Council should raise awareness of economic abuse and coercive control among older people and their families.",
         "Local", [
             ("Run a local awareness campaign on economic abuse and coercive control in later life during the 16 Days of Action.",
              "Erewash CSP (Community Safety Manager)", "Campaign materials agreed with the Derbyshire Domestic Abuse Partnership.",
              "December 2024", "Campaign ran 25/11/2024 – 10/12/2024; social media reach 4,100.", "B"),
             ("Include economic abuse in the Derbyshire domestic abuse training offer for adult social care staff.",
              "Derbyshire County Council – Adult Social Care", "Module written and piloted with two locality teams.",
              "March 2025", "Completed 27/03/2025; 212 staff trained by October 2025.", "B"),
         ]),
        ("2. All agencies should ensure that practitioners ask about domestic abuse routinely and safely when the victim is a carer for the perpetrator.",
         "Local / Regional", [
             ("Amend the carers’ assessment template to include a routine enquiry question on domestic abuse.",
              "Derbyshire County Council – Adult Social Care", "Wording agreed; awaiting system change request.",
              "June 2025", "", "A"),
             ("Issue a 7-minute briefing on domestic abuse where the victim is a carer to GP practices in Erewash.",
              "Derby and Derbyshire ICB", "Briefing drafted by Designated Nurse.",
              "September 2025", "", "G"),
         ]),
        ("3. The Home Office should consider including guidance on adult family homicide in the next revision of the DHR statutory guidance.",
         "National", [
             ("Chair of the CSP to write to the Home Office DHR team highlighting this learning.",
              "Erewash CSP Chair", "Letter sent with the overview report.",
              "January 2025", "Completed 16/01/2025; acknowledgement received.", "B"),
         ]),
    ])
    table("Single Agency Recommendations", [
        ("Derbyshire Constabulary: Officers attending domestic incidents involving older victims should complete a DASH risk assessment with the victim away from the perpetrator.",
         "Local", [
             ("Refresh the domestic abuse attendance checklist and brief response officers in the Erewash Local Policing Unit.",
              "Derbyshire Constabulary", "Checklist revised; briefing added to shift patterns.",
              "April 2025", "Completed 30/04/2025.", "B"),
         ]),
        ("Erewash Borough Council: Housing staff should be trained to recognise domestic abuse in older households.",
         "Local", [
             ("Housing Options staff to complete DAHA-accredited domestic abuse training.",
              "Erewash Borough Council – Housing Options Manager", "9 of 14 staff trained.",
              "Mar-26", "", "G"),
         ]),
        ("Derbyshire Healthcare NHS Foundation Trust: Records should show whether a patient is a carer and whether domestic abuse enquiry has been made.",
         "Local", [
             ("Audit the recording of carer status and domestic abuse enquiry in older adult community mental health team records.",
              "Derbyshire Healthcare NHS FT – Named Nurse Safeguarding Adults", "Baseline audit complete (July 2025).",
              "Ongoing – quarterly audit", "", "G"),
         ]),
    ])
    doc.add_paragraph("This action plan is published alongside the overview report following Home Office Quality Assurance Panel approval.")
    doc.save(out("zwm-erewash-csp-dhr-ruth-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. North Lincolnshire – Council Plan annual delivery plan (csv export)
# ---------------------------------------------------------------------------
def north_lincs():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 8
    w.writerow(["North Lincolnshire Council Plan 2025-2028 – Annual Delivery Plan 2025/26 (Quarter 2 update)"] + [""] * (n - 1))
    w.writerow(["Exported from Pentana 03/11/2025 09:42"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Priority", "Outcome", "Ref", "Action", "Lead", "Due date", "RAG", "Q2 commentary"])
    P1 = "Enabling resilient and flourishing communities"
    P2 = "Enabling economic growth and renewal"
    P3 = "Running the council on a commercial basis"
    rows = [
        (P1, "Safe", "SAF01", "Deliver the Safer Streets programme in Scunthorpe town centre, including CCTV upgrades and target hardening.",
         "Head of Community Safety", "31/03/2026", "Green", "CCTV upgrade complete; target hardening visits to 140 homes so far."),
        (P1, "Safe", "SAF02", "Review the Public Spaces Protection Order for Scunthorpe and Ashby town centres before it expires.",
         "Head of Community Safety; Legal Services Manager", "31/10/2025", "Complete", "Renewed PSPO approved by Cabinet on 15 October 2025."),
        (P1, "Well", "WEL01", "Open the second Family Hub in Ashby and extend Start for Life services to Barton and Winterton.",
         "Director of Children and Families", "Jan-26", "Amber", "Building works delayed by asbestos survey; opening now expected late January."),
        (P1, "Well", "WEL02", "Increase the number of people supported through the Healthy Lifestyles Service to 1,500 a year.",
         "Director of Public Health", "31/03/2026", "Green", "742 people supported in Q1-Q2, on trajectory."),
        (P2, "Prosperous", "PRO01", "Complete the Scunthorpe Towns Fund projects, including the Church Square Market redevelopment.",
         "Head of Economic Growth / Regeneration Programme Manager", "30/06/2026", "Amber", "Market hall contractor appointed; programme 8 weeks behind baseline."),
        (P2, "Prosperous", "PRO02", "Secure planning consent for phase 2 of the Humber Freeport tax site at South Humber Bank.",
         "Director of Economy and Environment", "March 2026", "Green", "Pre-application advice received; submission planned for December."),
        (P2, "Connected", "CON01", "Extend gigabit-capable broadband to 2,000 rural premises through Project Gigabit.",
         "Head of Digital", "31/12/2025", "Red", "Supplier has connected 610 premises; recovery plan requested by BDUK."),
        (P3, "Well-run council", "COM01", "Deliver the 2025/26 commercial income target of £2.4m from traded services.",
         "Deputy Chief Executive", "31/03/2026", "Green", "£1.3m achieved at half year."),
        (P3, "Well-run council", "COM02", "Implement the new customer relationship management system for Council Tax and Business Rates enquiries.",
         "Head of Customer Services, Head of Revenues and Benefits", "TBC", "Not started", "Awaiting outcome of procurement challenge."),
    ]
    for row in rows:
        w.writerow(row)
    w.writerow([""] * n)
    w.writerow(["RAG: Complete = action delivered; Green = on track; Amber = some slippage; Red = significant slippage or at risk"] + [""] * (n - 1))
    with open(out("zwm-north-lincolnshire-council-plan-annual-delivery-plan-2025-26.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Kensington and Chelsea – Ofsted focused visit action plan (tab-separated txt)
#    contains a mistyped month ("Febuary 2026") -> refuse
# ---------------------------------------------------------------------------
def rbkc():
    lines = [
        "Royal Borough of Kensington and Chelsea – Ofsted Focused Visit (Children in Need and Child Protection, July 2025): Action Plan",
        "Version 2 – progress to the Children's Services Improvement Board, 21 October 2025",
        "",
        "\t".join(["Ref", "Area for improvement", "Action", "Lead", "Target date", "RAG", "Progress"]),
        "\t".join(["1.1", "The consistency of management oversight and supervision, so that plans for children progress without delay.",
                   "Introduce a supervision audit tool and dip-sample 10% of supervision records each month.",
                   "Head of Assessment and Child Protection", "September 2025", "Blue",
                   "Tool in use since August; September sample showed 81% of records met the standard."]),
        "\t".join(["1.2", "", "Refresh the practice standards for management oversight, with clear timescales for recording case direction.",
                   "Principal Social Worker", "October 2025", "Green", "Draft standards out to team managers for comment."]),
        "\t".join(["1.3", "", "Deliver the Practice Leadership programme to all team managers and assistant team managers.",
                   "Workforce Development Manager", "November 2025", "Green", "Cohort 1 (12 managers) started 6 October."]),
        "\t".join(["2.1", "The timeliness and quality of child in need plans, so that they are specific about what needs to change.",
                   "Relaunch the child in need plan template in Liquidlogic with SMART outcomes and review dates.",
                   "Head of Family Support and Child in Need", "Febuary 2026", "Amber", "Template change with LCS supplier; testing in November."]),
        "\t".join(["2.2", "", "Audit 30 child in need plans each quarter and report themes to the Quality Assurance Board.",
                   "Head of Quality Assurance", "December 2025", "Green", "Q2 audit complete; 60% of plans rated good."]),
        "\t".join(["3.1", "The recording of children’s views and wishes, so that their lived experience informs planning.",
                   "Introduce a ‘My Voice’ section in assessments and child in need plans, completed with the child.",
                   "Principal Social Worker", "January 2026", "Green", "Co-designed with the Children in Care Council."]),
        "",
        "RAG: Blue = complete; Green = on track; Amber = some slippage; Red = off track.",
    ]
    with open(out("zwm-kensington-chelsea-ofsted-focused-visit-action-plan-typo-month-refuse.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    merton()
    bexley()
    sutton()
    wandsworth()
    erewash()
    north_lincs()
    rbkc()
    print("built 7 files in", HERE)
