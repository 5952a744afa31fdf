"""Build the seven hw2- data files of blind set heldout265.

Run with: /work/main/.venv/bin/python hw2_make.py
Writes .xlsx (openpyxl), .docx (python-docx), .csv and .txt beside this script.
The .expected.yaml files are written by hand, not by this script.
"""
import csv
import os
from datetime import datetime as dt

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcode):
    argb = "FF" + hexcode if len(hexcode) == 6 else hexcode
    return PatternFill("solid", start_color=argb, end_color=argb)


RAG_FILL = {
    "R": fill("FF0000"), "A": fill("FFC000"), "G": fill("00B050"), "B": fill("5B9BD5"),
}


# ---------------------------------------------------------------------------
# 1. West Sussex County Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def west_sussex():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "West Sussex County Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Adult Social Care CQC Assessment Improvement Plan 2025–26"
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = ("Our response to the Care Quality Commission's assessment of how the council meets its "
                 "duties under Part 1 of the Care Act 2014.")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Comments"),
        ("0.4", "14/03/2025", "ASC Improvement Lead", "Draft for Adults Leadership Team"),
        ("1.0", "02/04/2025", "ASC Improvement Lead", "Approved by Cabinet Member for Adult Services"),
        ("1.2", "06/10/2025", "ASC Improvement Lead", "Q2 progress update for Health and Adult Social Care Scrutiny Committee"),
    ]
    for i, r in enumerate(rows, start=6):
        for j, v in enumerate(r, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 6:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
    cov["A11"] = "Senior Responsible Officer: Executive Director of Adults and Health"
    for col, w in zip("ABCD", (10, 14, 24, 60)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Adult Social Care CQC Assessment Improvement Plan 2025–26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position at 30 September 2025 (Quarter 2)"
    ws["A2"].font = Font(italic=True)
    head = ["Ref", "Area for improvement (CQC finding)", "Action", "Lead", "Original target date",
            "Revised target date", "Previous RAG (Q1)", "Current RAG (Q2)", "Progress update"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BOX
    ws.freeze_panes = "A5"

    M = "mmm-yy"
    plan = [
        ("theme", "Theme 1: Working with people"),
        ("afi", "People waited too long for Care Act assessments and annual reviews, and were not always "
                "kept informed while they waited.", [
            ("1.1", "Introduce a single waiting list triage tool across all locality teams so that people "
                    "are prioritised by risk.",
             "Head of Adult Operations (North) and Head of Adult Operations (South)",
             dt(2025, 12, 31), None, "A", "G",
             "Tool live in Horsham and Crawley teams; remaining localities to go live in November."),
            ("1.2", "Contact everyone waiting more than 28 days for an assessment every four weeks and record "
                    "the contact on Mosaic.",
             "Assistant Director – Operations", dt(2025, 10, 31), dt(2026, 1, 31), "G", "A",
             "Contact calls in place in four of six teams. Mosaic form change delayed by system upgrade."),
            ("1.3", "Deliver the reviews recovery plan, clearing the backlog of overdue annual reviews.",
             "Head of Reviews & Reablement", dt(2026, 3, 31), None, "A", "R",
             "Backlog has risen to 2,140 overdue reviews. Agency reviewing team approved at ALT on 22 September."),
        ]),
        ("afi", "Unpaid carers told CQC that they found it hard to get a carer's assessment and did not know "
                "what support was available.", [
            ("1.4", "Recommission the carers' support service with Carers Support West Sussex, including "
                    "delegated carer's assessments.",
             "Commissioning Manager – Carers", dt(2025, 4, 30), None, "G", "B",
             "New contract started 1 April 2025."),
            ("1.5", "Publish a carers' offer on the Connect to Support website and in GP surgeries.",
             "JS/MP", dt(2025, 6, 30), dt(2025, 9, 30), "A", "B",
             "Published 19 September 2025. Leaflets sent to all 68 GP surgeries."),
        ]),
        ("theme", "Theme 2: Providing support"),
        ("afi", "There was not enough home care in rural areas of the county, and people in hospital waited "
                "for packages of care.", [
            ("2.1", "Launch the rural home care framework with enhanced rates for hard-to-reach postcodes.",
             "Head of Commissioning (Adults)", dt(2026, 1, 31), None, "G", "G",
             "Tender evaluation complete; award report to Cabinet Member in November."),
            ("2.2", "Expand in-house reablement capacity by 15% through recruitment of additional reablement "
                    "workers.",
             "Head of Reviews & Reablement", dt(2026, 3, 31), None, "A", "A",
             "22 of 35 posts filled. Recruitment campaign in Chichester and Bognor Regis running to December."),
        ]),
        ("theme", "Theme 3: Ensuring safety within the system"),
        ("afi", "Safeguarding enquiries were not always started promptly, and the Safeguarding Adults Hub had a "
                "backlog of concerns.", [
            ("3.1", "Restructure the Safeguarding Adults Hub with a duty senior practitioner on every shift.",
             "Head of Safeguarding and Quality Assurance", dt(2025, 11, 30), None, "A", "G",
             "Consultation closed 12 September; new rota from 3 November."),
            ("3.2", "Audit 40 safeguarding enquiries each quarter and report findings to the West Sussex "
                    "Safeguarding Adults Board.",
             "Principal Social Worker", "Quarterly", None, "G", "G",
             "Q1 audit reported to SAB Quality and Performance subgroup in August."),
        ]),
        ("theme", "Theme 4: Leadership"),
        ("afi", "Performance information was not used consistently to understand the impact of services on "
                "people's outcomes.", [
            ("4.1", "Develop an Adult Services performance dashboard in Power BI, with outcome measures agreed "
                    "with people who draw on care.",
             "Head of Performance & Insight", dt(2025, 12, 31), None, "G", "G",
             "Prototype shown to Adults Leadership Team; co-production session with Making it Real board "
             "booked for October."),
        ]),
    ]
    r = 5
    for item in plan:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True, size=12)
            for j in range(1, 10):
                ws.cell(row=r, column=j).fill = fill("BDD7EE")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, afi, acts = item
        first = r
        for ref, text, lead, orig, rev, prev, cur, upd in acts:
            vals = [ref, None, text, lead, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            for j in (5, 6):
                if isinstance(ws.cell(row=r, column=j).value, dt):
                    ws.cell(row=r, column=j).number_format = M
            ws.cell(row=r, column=7).fill = RAG_FILL[prev]
            ws.cell(row=r, column=8).fill = RAG_FILL[cur]
            for j in (7, 8):
                ws.cell(row=r, column=j).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.cell(row=first, column=2, value=afi).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary at Q2").font = Font(bold=True)
    summary = [("Complete (B)", 2), ("On track (G)", 5), ("Some slippage (A)", 2), ("Off track (R)", 1),
               ("Total actions", 10)]
    for k, (lab, n) in enumerate(summary, start=1):
        ws.cell(row=r + k, column=1, value=lab)
        ws.cell(row=r + k, column=2, value=n)
    for col, w in zip("ABCDEFGHI", (7, 38, 48, 30, 12, 12, 10, 10, 50)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, d) in enumerate([("B", "Complete – action delivered and evidenced"),
                                ("G", "On track – will be delivered by the target date"),
                                ("A", "Some slippage – at risk of missing the target date"),
                                ("R", "Off track – target date missed or will be missed")], start=2):
        key.cell(row=i, column=1, value=k).fill = RAG_FILL[k]
        key.cell(row=i, column=2, value=d)
    key.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, "hw2-west-sussex-county-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Three Rivers DC - internal audit recommendations tracker (xlsx, SIAS)
# ---------------------------------------------------------------------------
def three_rivers():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Three Rivers District Council – Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Shared Internal Audit Service (SIAS) | Audit Committee, 27 November 2025"
    sm["A4"] = "Status of High and Medium priority recommendations"
    sm["A4"].font = Font(bold=True)
    rows = [("Priority", "Implemented", "Partly implemented", "Not implemented", "Not yet due", "Total"),
            ("Critical", 0, 0, 0, 0, 0),
            ("High", 1, 2, 0, 1, 4),
            ("Medium", 1, 0, 1, 2, 4),
            ("Total", 2, 2, 1, 3, 8)]
    for i, r in enumerate(rows, start=5):
        for j, v in enumerate(r, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 5 or j == 1:
                c.font = Font(bold=True)
    sm["A11"] = "Low priority and Merits Attention recommendations are followed up by SIAS but not reported to Committee."
    sm.column_dimensions["A"].width = 14

    ws = wb.create_sheet("Outstanding Recommendations")
    ws["A1"] = "Three Rivers District Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Outstanding High and Medium priority recommendations as at 31 October 2025"
    head = ["Rec No.", "Audit Title", "Audit Year", "Priority", "Recommendation", "Management Response",
            "Responsible Officer", "Original Implementation Date", "Revised Implementation Date", "Status",
            "RAG", "Latest Update (SIAS follow-up)"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("C6E0B4")
        c.alignment = WRAP
        c.border = BOX
    groups = [
        ("Cyber Security", "2024/25", [
            ("CS1", "High", "The Council should complete the remediation of vulnerabilities identified in the "
                            "2024 IT health check.",
             "ICT will remediate all critical and high vulnerabilities from the IT health check and obtain a "
             "re-test from the PSN assessor.",
             "Head of ICT (Shared Service)", dt(2025, 3, 31), dt(2025, 12, 31), "Partly implemented", "A",
             "31 of 38 vulnerabilities closed. Remaining items depend on the server migration."),
            ("CS2", "Medium", "Privileged access accounts should be reviewed at least quarterly.",
             "Quarterly review of privileged accounts to be introduced, with evidence retained by the ICT "
             "Security Officer.",
             "ICT Security Officer", dt(2025, 6, 30), None, "Implemented", "B",
             "Evidence of June and September reviews seen by SIAS."),
        ]),
        ("Procurement and Contract Management", "2024/25", [
            ("PCM1", "High", "A complete contracts register should be maintained and published in line with the "
                             "Local Government Transparency Code.",
             "Procurement to refresh the contracts register from the Finance system and Service Heads to confirm "
             "all contracts over £5,000 by return.",
             "Procurement Manager / Heads of Service", dt(2025, 9, 30), dt(2026, 1, 31), "Partly implemented",
             "A", "Register refreshed; returns outstanding from three service areas."),
            ("PCM2", "High", "Contract waivers should be approved and recorded before the contract is let.",
             "Waiver form to be updated to require sign-off by the Section 151 Officer before award; waivers to "
             "be reported to Audit Committee annually.",
             "Section 151 Officer", dt(2025, 7, 31), None, "Implemented", "B",
             "New waiver form in use from July 2025."),
        ]),
        ("Council Tax and NNDR", "2023/24", [
            ("CTX3", "Medium", "Reconciliations between the Council Tax system and the valuation list should be "
                               "completed monthly and independently reviewed.",
             "Monthly reconciliation to be completed by the Revenues Team Leader and reviewed by the Revenues "
             "Manager.",
             "Revenues Manager", dt(2024, 12, 31), dt(2025, 6, 30), "Not implemented", "R",
             "No reconciliations evidenced since April 2025 due to vacancies in the Revenues team."),
        ]),
        ("Health and Safety", "2024/25", [
            ("HS1", "High", "Fire risk assessments for operational buildings should be reviewed and actions "
                            "tracked to completion.",
             "All fire risk assessments at Three Rivers House, Batchworth Depot and the leisure sites to be "
             "reviewed and actions logged on the corporate H&S tracker.",
             "Corporate Health & Safety Advisor", dt(2025, 10, 31), None, "Not yet due", "G",
             "Reviews complete for Three Rivers House and the depot."),
            ("HS2", "Medium", "Lone working arrangements should be documented for all services with lone workers.",
             "Lone working procedure to be rolled out with the new lone worker devices; service risk assessments "
             "to be updated.",
             "Corporate Health & Safety Advisor; Head of Community Services", dt(2026, 2, 28), None,
             "Not yet due", "G", "Devices ordered."),
        ]),
        ("Housing Benefit Overpayments", "2024/25", [
            ("HB2", "Medium", "Overpayment recovery procedures should be updated to reflect Universal Credit "
                              "migration.",
             "Procedure notes to be updated and refresher training delivered to Benefits Officers.",
             "Benefits Manager", dt(2026, 3, 31), None, "Not yet due", "G", "Not yet due."),
        ]),
    ]
    r = 5
    for title, year, recs in groups:
        first = r
        for ref, pri, rec, resp, off, orig, rev, status, rag, upd in recs:
            vals = [ref, title if r == first else None, year if r == first else None, pri, rec, resp, off,
                    orig, rev, status, rag, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            for j in (8, 9):
                if ws.cell(row=r, column=j).value is not None:
                    ws.cell(row=r, column=j).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=11).fill = RAG_FILL[rag]
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGHIJKL", (8, 22, 9, 9, 40, 45, 26, 14, 14, 16, 6, 40)):
        ws.column_dimensions[col].width = w

    de = wb.create_sheet("Definitions")
    de["A1"] = "Recommendation priority levels"
    de["A1"].font = Font(bold=True)
    defs = [("Critical", "Audit findings which, in the present state, represent a serious risk to the organisation as a whole."),
            ("High", "Audit findings indicate a serious weakness or breakdown in control environment."),
            ("Medium", "Audit findings which, if not addressed, could increase the likelihood of a risk occurring."),
            ("Low / Merits Attention", "Audit findings which merit attention, relating to minor control weaknesses."),
            ("", ""),
            ("RAG", ""),
            ("B", "Implemented and verified by SIAS"),
            ("G", "Not yet due / on track"),
            ("A", "Partly implemented, revised date agreed"),
            ("R", "Not implemented, past revised date")]
    for i, (a, b) in enumerate(defs, start=2):
        de.cell(row=i, column=1, value=a or None)
        de.cell(row=i, column=2, value=b or None)
    de.column_dimensions["A"].width = 22
    de.column_dimensions["B"].width = 90
    wb.save(os.path.join(HERE, "hw2-three-rivers-dc-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Norfolk FRS - HMICFRS values and culture recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def norfolk_fire():
    wb = Workbook()
    ws = wb.active
    ws.title = "V&C Tracker"
    ws["A1"] = "Norfolk Fire and Rescue Service – HMICFRS Values and Culture Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position at 31 December 2024 – for NFRS People and Culture Board"
    ws["A3"] = "Status key:"
    ws["A3"].font = Font(bold=True)
    ws["B3"].fill = fill("00B050")
    ws["C3"] = "Complete"
    ws["D3"].fill = fill("FFC000")
    ws["E3"] = "In progress"
    ws["F3"].fill = fill("FF0000")
    ws["G3"] = "Overdue / not started"
    head = ["Action ref", "Action", "Owner", "Original due date", "Revised due date", "Status",
            "Evidence / progress"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    G, A, R = fill("00B050"), fill("FFC000"), fill("FF0000")
    plan = [
        ("theme", "Raising concerns"),
        ("rec", "Recommendation 1: By 1 October 2023, chief fire officers should ensure their services provide a "
                "confidential way for staff to raise concerns, and that staff are aware of whistleblowing "
                "processes."),
        ("act", "1a", "Procure an independent confidential reporting line for all staff, available 24/7.",
         "Head of People", dt(2023, 10, 1), dt(2024, 3, 31), G,
         "Safecall contract live from 4 March 2024; promoted on all stations."),
        ("act", "1b", "Relaunch the whistleblowing policy through station visits and the intranet, with a short "
                      "e-learning module.",
         "Head of People / Area Manager – Service Delivery", dt(2023, 10, 1), None, G,
         "E-learning completion 91% at 30 November 2024."),
        ("rec", "Recommendation 3: By 1 June 2023, chief fire officers should review the support available to "
                "those who raise concerns and take any action needed to make sure it is suitable."),
        ("act", "3a", "Review the support offer with the staff networks and representative bodies and publish a "
                      "'raising concerns' support guide.",
         "Equality, Diversity and Inclusion Manager", dt(2023, 6, 1), dt(2024, 9, 30), A,
         "Draft guide with FBU and UNISON for comment."),
        ("theme", "Misconduct"),
        ("rec", "Recommendation 15: By 1 March 2024, chief fire officers should make sure they have a clear, "
                "consistent process for managing misconduct, including an independent element in hearings for "
                "serious cases."),
        ("act", "15a", "Adopt the NFCC core code of ethics misconduct procedure and train all investigating "
                       "officers.",
         "DCFO", dt(2024, 3, 1), dt(2025, 3, 31), A,
         "Procedure adopted. 14 of 22 investigating officers trained."),
        ("act", "15b", "Establish a pool of independent panel members through Norfolk County Council HR for gross "
                       "misconduct hearings.",
         "Head of People; NCC HR Business Partner", dt(2024, 3, 1), dt(2024, 11, 30), R,
         "Pool not yet in place; options paper to CFO in January 2025."),
        ("theme", "Background checks"),
        ("rec", "Recommendation 5: By 1 January 2024, chief fire officers should ensure all staff have an "
                "appropriate background check, and that checks are repeated regularly."),
        ("act", "5a", "Complete standard DBS checks for all operational staff and basic DBS checks for all other "
                      "staff.",
         "Head of People", dt(2024, 1, 1), dt(2024, 12, 31), G,
         "All checks complete; 3 staff redeployed pending outcome."),
        ("act", "5b", "Introduce a three-yearly DBS re-check cycle recorded on the HR system.",
         "HR Systems Manager", dt(2024, 1, 1), dt(2025, 4, 30), A,
         "Re-check field added to MyOracle; reminders under test."),
        ("theme", "Leadership and development"),
        ("rec", "Recommendation 11: By 1 March 2024, chief fire officers should make sure that all staff, "
                "including senior leaders, receive training on the Core Code of Ethics and expected behaviours."),
        ("act", "11a", "Deliver 'Leading with Values' workshops to all supervisory, middle and strategic managers.",
         "Training and Development Manager", dt(2024, 3, 1), dt(2025, 1, 31), A,
         "Supervisory and middle managers complete; strategic managers booked for January."),
        ("act", "11b", "Include the Core Code of Ethics in every appraisal and promotion process.",
         "Head of People", dt(2024, 3, 1), None, G,
         "Appraisal and promotion templates updated April 2024."),
    ]
    r = 6
    for item in plan:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True, color="FFFFFF", size=12)
            for j in range(1, 8):
                ws.cell(row=r, column=j).fill = fill("404040")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        elif item[0] == "rec":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.alignment = WRAP
            for j in range(1, 8):
                ws.cell(row=r, column=j).fill = fill("F2F2F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, text, owner, orig, rev, st, ev = item
            vals = [ref, text, owner, orig, rev, None, ev]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = st
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Note: Recommendations 2, 8, 9, 10, 12, 13, 14 and 16 to 35 are for the Home "
                                    "Office, NFCC, LGA or other national bodies, or are already met, and are "
                                    "not tracked here."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFG", (10, 55, 30, 13, 13, 9, 50)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by status"
    sm["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([("Status", "Actions"), ("Complete", 4), ("In progress", 4),
                                ("Overdue / not started", 1), ("Total", 9)], start=2):
        sm.cell(row=i, column=1, value=a)
        sm.cell(row=i, column=2, value=b)
    sm.column_dimensions["A"].width = 24
    wb.save(os.path.join(HERE, "hw2-norfolk-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcode):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcode)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Flintshire CC - reablement / domiciliary support CIW inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def flintshire():
    d = Document()
    d.add_heading("Flintshire County Council – Reablement and Home Support Service: CIW Inspection "
                  "Improvement Plan", level=0)
    p = d.add_paragraph("Cyngor Sir y Fflint / Flintshire County Council – Social Services")
    p.runs[0].italic = True
    d.add_paragraph("Domiciliary support service registered with Care Inspectorate Wales (CIW) under the "
                    "Regulation and Inspection of Social Care (Wales) Act 2016. Inspection dates: 14–16 May 2024. "
                    "Report published: 2 July 2024.")

    d.add_paragraph("Document control").runs[0].bold = True
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.1"),
                                ("Date", "23 September 2024"),
                                ("Author", "Registered Manager, Reablement and Home Support"),
                                ("Approved by", "Responsible Individual (Chief Officer, Social Services)")]):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)

    d.add_paragraph("")
    d.add_paragraph("The inspection identified areas for improvement under the regulations below. No Priority "
                    "Action Notices were issued. This plan sets out what we will do, who is responsible and our "
                    "progress at September 2024. Each section follows the CIW report themes.")

    sections = [
        ("1. Well-being", [
            ("Regulation 21(1): People's personal plans did not always reflect what matters to them or their own "
             "outcomes.", [
                ("1.1", "Revise the personal plan template so that 'what matters' outcomes are recorded in the "
                        "person's own words.", "Registered Manager", "End of August 2024", "Complete"),
                ("1.2", "Audit ten personal plans each month and feed back findings to reablement support workers "
                        "in team meetings.", "Senior Practitioner / Registered Manager", "Monthly", "On track"),
            ]),
        ]),
        ("2. Care and Support", [
            ("Regulation 58: Medication administration records (MAR) were not always completed accurately.", [
                ("2.1", "Introduce electronic MAR charts on staff mobile devices through the CM2000 system.",
                 "Service Manager – Reablement and Home Support", "Sept 2024 – Jan 2025", "Amber"),
                ("2.2", "All support workers to complete medication competency re-assessment.",
                 "Team Manager (Reablement) & Training Officer", "By 31 October 2024", "Complete"),
            ]),
            ("Regulation 35: Recruitment files did not contain a full employment history for all staff.", [
                ("2.3", "Check all recruitment files against Schedule 1 requirements and obtain missing employment "
                        "histories.", "HR Business Partner", "31/07/2024", "Complete"),
            ]),
        ]),
        ("3. Leadership and Management", [
            ("Regulation 36: Staff did not receive formal supervision at least every three months.", [
                ("3.1", "Introduce a supervision tracker reviewed at the monthly management meeting.",
                 "Registered Manager", "Q2 2024/25", "Complete"),
                ("3.2", "Recruit two additional senior support workers to increase supervision capacity.",
                 "Service Manager – Reablement and Home Support", "March 2025", "Not started"),
            ]),
            ("Regulation 80: The quality of care review did not include feedback from people using the service and "
             "their families.", [
                ("3.3", "Carry out a six-monthly survey of people using the service and their relatives, and include "
                        "the results in the quality of care review.", "Responsible Individual", "Ongoing",
                 "On track"),
            ]),
        ]),
    ]
    status_fill = {"Complete": "9DC3E6", "On track": "A9D08E", "Amber": "FFD966", "Not started": "FFFFFF"}
    for title, afis in sections:
        d.add_heading(title, level=1)
        n = 1 + sum(1 + len(acts) for _, acts in afis)
        t = d.add_table(rows=n, cols=5)
        t.style = "Table Grid"
        for j, h in enumerate(["No.", "Action to be taken", "Responsible person", "Timescale", "Status"]):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        r = 1
        for afi, acts in afis:
            m = t.cell(r, 0).merge(t.cell(r, 4))
            set_cell(m, afi, bold=True)
            shade(m, "EDEDED")
            r += 1
            for ref, text, lead, when, st in acts:
                for j, v in enumerate([ref, text, lead, when, st]):
                    set_cell(t.cell(r, j), v)
                shade(t.cell(r, 4), status_fill[st])
                r += 1
        d.add_paragraph("")

    d.add_heading("Sign-off", level=1)
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Role", "Name", "Date"]):
        set_cell(t.cell(0, j), h, bold=True)
    for j, v in enumerate(["Responsible Individual", "Chief Officer, Social Services", "23/09/2024"]):
        set_cell(t.cell(1, j), v)
    d.save(os.path.join(HERE, "hw2-flintshire-county-council-reablement-domiciliary-support-ciw-inspection-"
                              "improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Stevenage BC - LGA corporate peer challenge action plan (docx)
# ---------------------------------------------------------------------------
def stevenage():
    d = Document()
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    h = d.add_paragraph()
    run = h.add_run("Stevenage Borough Council – LGA Corporate Peer Challenge Action Plan")
    run.bold = True
    run.font.size = Pt(18)
    run.font.color.rgb = RGBColor(0x00, 0x5E, 0x7A)
    d.add_paragraph("Appendix B to the report to Executive, 12 February 2025")
    d.add_paragraph("The Local Government Association's Corporate Peer Challenge took place on 8–11 October 2024. "
                    "The peer team's feedback report made eight recommendations; the four below require new "
                    "action. Recommendations 5 to 8 are being delivered through the existing Council Plan and "
                    "are reported in the quarterly performance report.")
    d.add_paragraph("Progress as at 31 January 2025. RAG: Complete / Green (on track) / Amber (at risk) / "
                    "Red (off track) / Not started.")

    recs = [
        ("1. Develop and communicate a long-term place vision for Stevenage that looks beyond the current "
         "regeneration programme.", [
            ("Hold a Stevenage 2050 visioning workshop with Members, partners and the Stevenage Together "
             "partnership.", "Chief Executive", "March 2025",
             "Workshop booked for 6 March at the Gordon Craig Theatre.", "Green"),
            ("Publish the refreshed place vision alongside the Council Plan refresh.",
             "Strategic Director (Communities) / Head of Policy", "Q2 2025/26", "", "Not started"),
        ]),
        ("2. Strengthen the Medium Term Financial Strategy so that the General Fund budget gap for 2026/27 onwards "
         "is closed with identified savings.", [
            ("Refresh the Making Your Money Count programme with a target of £1.5m of new savings.\n"
             "Report progress to the Executive each quarter.", "Assistant Director (Finance)", "February 2025",
             "£1.62m of options agreed in the 2025/26 budget report.", "Complete"),
            ("Review fees and charges against neighbouring councils as part of the 2025/26 budget.",
             "Assistant Director (Finance); Heads of Service", "January 2025",
             "Fees and charges report approved 15 January 2025.", "Complete"),
        ]),
        ("3. Ensure the Housing Revenue Account Business Plan reflects the cost of meeting the new consumer "
         "standards and building safety requirements.", [
            ("Commission a full stock condition survey of all council homes.",
             "Assistant Director (Housing & Investment)", "December 2025",
             "Contractor appointed; survey started in January, 9% of homes surveyed.", "Amber"),
            ("Update the 30-year HRA Business Plan using the stock condition data.",
             "Assistant Director (Housing & Investment) and Assistant Director (Finance)", "Q4 2025/26", "",
             "Not started"),
        ]),
        ("4. Invest in organisational development so that staff have the capacity and skills to deliver the "
         "Council's ambitions.", [
            ("Launch a leadership development programme for all managers.", "Head of HR & OD", "Ongoing",
             "Cohort 1 (24 managers) started November 2024.", "Green"),
            ("Complete a workforce strategy with a focus on hard-to-recruit roles.", "Head of HR & OD", "TBC",
             "Delayed by the pay and grading review.", "Amber"),
        ]),
    ]
    rag_fill = {"Green": "92D050", "Amber": "FFC000", "Complete": "5B9BD5", "Not started": "FFFFFF"}
    n = 1 + sum(len(a) for _, a in recs)
    t = d.add_table(rows=n, cols=6)
    t.style = "Table Grid"
    for j, hd in enumerate(["Peer challenge recommendation", "Action", "Lead", "Timescale",
                            "Progress update (January 2025)", "RAG"]):
        set_cell(t.cell(0, j), hd, bold=True)
        shade(t.cell(0, j), "005E7A")
    r = 1
    for rec, acts in recs:
        first = r
        for text, lead, when, upd, rag in acts:
            for j, v in enumerate([text, lead, when, upd, rag], start=1):
                set_cell(t.cell(r, j), v)
            shade(t.cell(r, 5), rag_fill[rag])
            r += 1
        m = t.cell(first, 0).merge(t.cell(r - 1, 0))
        set_cell(m, rec, bold=True)
    d.add_paragraph("")
    d.add_paragraph("The action plan will be reviewed by the peer team at the LGA progress review visit in "
                    "autumn 2025.")
    d.save(os.path.join(HERE, "hw2-stevenage-bc-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Exeter City Council - RSH consumer standards housing improvement plan (csv)
# ---------------------------------------------------------------------------
def exeter():
    rows = [
        ["Exeter City Council – Housing Improvement Plan (Regulator of Social Housing Consumer Standards)",
         "", "", "", "", "", "", "", ""],
        ["Version 1.3 – Housing Improvement Board, 12 February 2026. Position at 31 January 2026.",
         "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["Ref", "Issue identified", "Action", "Lead officer", "Target date", "Revised date", "RAG",
         "Update", ""],
        ["Safety and Quality Standard", "", "", "", "", "", "", "", ""],
        ["SQ1", "Around 1,100 homes did not have a valid Electrical Installation Condition Report (EICR).",
         "Procure a second electrical testing contractor to increase capacity.", "Head of Housing Assets",
         "30/11/2025", "", "Complete", "Contract awarded to second contractor 10 November 2025.", ""],
        ["SQ2", "", "Complete all outstanding EICRs, prioritising homes with vulnerable tenants.",
         "Compliance Manager (Building Safety)", "31/03/2026", "30/06/2026", "A",
         "612 of 1,104 outstanding EICRs completed. Access issues at 140 homes.", ""],
        ["SQ3", "There was no reliable data on the number and age of damp and mould cases.",
         "Set up a damp and mould case register in the housing management system, with triage within 3 working "
         "days.", "Okafor, Grace", "Dec-25", "", "Complete", "Register live since 1 December 2025.", ""],
        ["SQ4", "", "Report damp and mould performance monthly to the Housing Improvement Board.\n"
                    "Include cases open longer than 28 days.", "Repairs Manager", "Monthly", "", "G",
         "January report: 187 open cases, 23 over 28 days.", ""],
        ["SQ5", "Stock condition data was more than five years old for most homes.",
         "Complete a 100% stock condition survey over two years.", "Head of Housing Assets",
         "Apr 2025 – Mar 2027", "", "G", "38% of homes surveyed.", ""],
        ["Transparency, Influence and Accountability Standard", "", "", "", "", "", "", "", ""],
        ["TIA1", "Tenant Satisfaction Measures were not published by the required deadline.",
         "Publish 2024/25 TSM results on the council website and in the tenants' newsletter.",
         "Tenant Engagement Manager", "30/09/2025", "31/10/2025", "Complete",
         "Published 24 October 2025.", ""],
        ["TIA2", "", "Set up a Tenant Scrutiny Panel with terms of reference agreed by tenants.",
         "Tenant Engagement Manager / Portfolio Holder for Housing", "31/01/2026", "31/03/2026", "A",
         "Seven tenants recruited; first meeting planned for March.", ""],
        ["Neighbourhood and Community Standard", "", "", "", "", "", "", "", ""],
        ["NC1", "Communal areas in blocks of flats were not inspected regularly.",
         "Introduce quarterly estate inspections with tenant representatives.", "Estates Manager",
         "31/12/2025", "", "R", "Inspection schedule not yet agreed; Estates Manager post vacant until February.",
         ""],
        ["Tenancy Standard", "", "", "", "", "", "", "", ""],
        ["TEN1", "Void homes took an average of 78 days to re-let.",
         "Introduce a void standard and a target of 35 days key-to-key.", "Voids & Lettings Manager",
         "31/05/2026", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["Summary", "Complete", "3", "", "", "", "", "", ""],
        ["", "Green", "2", "", "", "", "", "", ""],
        ["", "Amber", "2", "", "", "", "", "", ""],
        ["", "Red", "1", "", "", "", "", "", ""],
        ["", "Not started", "1", "", "", "", "", "", ""],
        ["", "Total", "9", "", "", "", "", "", ""],
        ["Note: actions rated Complete are verified by the Housing Compliance team before closure.",
         "", "", "", "", "", "", "", ""],
    ]
    path = os.path.join(HERE, "hw2-exeter-city-council-rsh-consumer-standards-housing-improvement-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row[:8])


# ---------------------------------------------------------------------------
# 7. The Highland Council - annual audit report action plan (txt, tab-separated) - REFUSE
# ---------------------------------------------------------------------------
def highland():
    lines = [
        "The Highland Council – 2024/25 Annual Audit Report: Action Plan",
        "Appendix 1 to the Annual Audit Report, presented to the Audit and Scrutiny Committee, 25 September 2025",
        "",
        "No.\tIssue/risk\tRecommendation\tAgreed management action\tResponsible officer\tAgreed date\tStatus",
        "2024/25 recommendations",
        "1\tFinancial sustainability: the medium-term financial plan shows a cumulative budget gap of £62m "
        "to 2027/28, with savings not yet identified for half of it.\tThe Council should identify and agree "
        "recurring savings to close the budget gap over the medium term.\tThe Council will bring a "
        "three-year savings programme to Council as part of the 2026/27 budget.\tAssistant Chief Executive – "
        "Corporate\tFebruary 2026\tIn progress",
        "2\tCapital programme slippage: 38% of the 2024/25 capital budget was not spent.\tCapital budgets "
        "should be re-profiled on the basis of realistic delivery timescales.\tCapital programme to be "
        "re-phased and reported to the Corporate Resources Committee each quarter.\tHead of Corporate "
        "Finance\t30 November 2025\tIn progress",
        "3\tHousing Revenue Account: rent arrears have increased by 14% in the year.\tThe Council should "
        "review its arrears recovery procedures.\tArrears recovery procedure to be reviewed and a tenant "
        "income maximisation service introduced.\tHead of Housing and Building Maintenance\tDecmber 2025\t"
        "Not started",
        "4\tFixed asset register: two assets were not revalued in line with the five-year rolling "
        "programme.\tAll assets should be revalued within the five-year cycle.\tEstates to confirm the "
        "revaluation schedule with Finance before the 2025/26 accounts are prepared.\tEstates Manager\t"
        "31 March 2026\tNot started",
        "",
        "Follow-up of prior year recommendations",
        "b/f 1\tWorkforce planning: service workforce plans were not in place for all services.\tThe Council "
        "should complete workforce plans for all services.\tWorkforce plans to be completed for the "
        "remaining three services.\tHead of People\tJune 2025\tComplete",
        "b/f 2\tPerformance reporting: the Council's public performance reporting did not cover all "
        "statutory performance indicators.\tPublic performance reporting should include all SPIs.\t"
        "The 2024/25 Annual Performance Report will include all SPIs.\tHead of Performance and "
        "Governance\tOctober 2025\tIn progress",
        "",
        "Source: Audit Scotland, The Highland Council 2024/25 Annual Audit Report.",
    ]
    path = os.path.join(HERE, "hw2-highland-council-annual-audit-report-action-plan-typo-month-refuse.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    west_sussex()
    three_rivers()
    norfolk_fire()
    flintshire()
    stevenage()
    exeter()
    highland()
    print("built 7 files in", HERE)
