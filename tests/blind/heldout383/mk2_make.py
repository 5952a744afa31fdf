"""Build the seven mk2- blind test files of set heldout383.

Run with the project's Python (openpyxl, python-docx):
    /work/main/.venv/bin/python mk2_make.py
Writes the data files beside this script. The .expected.yaml files are
written by hand and are not touched here.
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

RAG_FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
}


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def d(y, m, day):
    return datetime(y, m, day)


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


# =====================================================================
# 1. Blackburn with Darwen BC - ASC CQC assessment improvement plan (xlsx)
#    Cover sheet with version control, plan sheet with merged theme rows,
#    merged area-for-improvement cells over their actions, target/revised
#    dates, previous and current RAG shown by fill colour only, summary
#    block, and a separate RAG key sheet.
# =====================================================================
def make_bwd():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [22, 16, 26, 60])
    cov["A1"] = "Blackburn with Darwen Borough Council"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Adult Social Care Improvement Plan 2025/26"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = "Response to the CQC Local Authority Assessment"
    cov["A3"].font = Font(italic=True, size=12)
    info = [
        ("CQC overall rating:", "Requires Improvement (report published 21 February 2025)"),
        ("Plan owner:", "Strategic Director of Adults and Health (DASS)"),
        ("Governance:", "Adult Social Care Improvement Board (monthly); Health and Adults Overview and Scrutiny Committee (quarterly)"),
    ]
    for i, (k, v) in enumerate(info, start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov["A9"] = "Version control"
    cov["A9"].font = Font(bold=True, size=12)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for c, h in enumerate(hdr, start=1):
        cell = cov.cell(row=10, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
    versions = [
        ("0.1", d(2025, 3, 10), "ASC Improvement Lead", "First draft following publication of CQC report"),
        ("1.0", d(2025, 4, 2), "ASC Improvement Lead", "Approved by Adult Social Care Improvement Board"),
        ("1.2", d(2025, 7, 8), "ASC Improvement Lead", "Q1 progress update"),
        ("1.3", d(2025, 10, 7), "ASC Improvement Lead", "Q2 progress update; revised date agreed for 4.1"),
    ]
    for r, row in enumerate(versions, start=11):
        for c, v in enumerate(row, start=1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"

    ws = wb.create_sheet("Improvement Plan")
    widths(ws, [7, 42, 52, 30, 12, 12, 52, 11, 11])
    ws.merge_cells("A1:I1")
    ws["A1"] = "Adult Social Care Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Progress position at 30 September 2025 \u2013 for Adult Social Care "
                "Improvement Board, 14 October 2025. RAG key on the 'RAG Key' sheet.")
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "CQC quality statement / area for improvement", "Action",
               "Lead officer", "Target date", "Revised date",
               "Progress update (Q2 2025/26)", "Previous RAG", "Current RAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    ws.freeze_panes = "A5"

    plan = [
        ("theme", "Theme 1: Working with people"),
        ("afi", "Assessing needs: people wait too long for a Care Act assessment and for reviews of their care and support.", [
            ("1.1", "Introduce a single front door triage model, with a trusted assessor approach for low-level equipment and minor adaptations.",
             "Head of Service \u2013 Adult Social Care Operations", d(2025, 6, 30), None,
             "Triage model live from 2 June 2025. Average wait for assessment down from 11 to 6 weeks.", "amber", "green"),
            ("1.2", "Clear the backlog of overdue annual reviews, prioritising people in long-term residential care and people receiving direct payments.",
             "Service Manager \u2013 Reviewing Team", d(2026, 3, 31), None,
             "412 overdue reviews at April 2025; 238 at end of September. Additional agency reviewers in place to December.", "amber", "amber"),
        ]),
        ("afi", "Equity in experience and outcomes: the council did not have a clear understanding of the needs of unpaid carers and of people from minority ethnic communities.", [
            ("1.3", "Refresh the Joint Carers Strategy with Carers Service Blackburn with Darwen and publish a local carers' offer.",
             "Strategic Commissioning Manager / Carers Lead", d(2025, 12, 31), None,
             "Engagement with 140 carers completed. Draft strategy to Executive Board in December.", "green", "green"),
            ("1.4", "Complete an equality audit of assessment data and act on gaps in the recording of ethnicity and first language.",
             "Performance and Intelligence Manager", d(2025, 9, 30), None,
             "Audit complete; mandatory fields added to the case management system from 1 September.", "green", "blue"),
        ]),
        ("theme", "Theme 2: Providing support"),
        ("afi", "Care provision, integration and continuity: limited choice of home care in parts of the borough and reliance on out-of-area placements for people with complex needs.", [
            ("2.1", "Recommission the home care framework on a zonal basis, with a dedicated lot for Darwen and the rural wards.",
             "Head of Commissioning", d(2026, 4, 30), None,
             "Tender published August 2025. Fewer bids than expected for the rural lot; market engagement event arranged.", "green", "amber"),
            ("2.2", "Develop an accommodation with support strategy, including extra care and supported living for working-age adults.",
             "Head of Commissioning; Head of Housing Needs", d(2026, 3, 31), None,
             "Needs analysis complete. Strategy drafting under way with Housing.", "green", "green"),
        ]),
        ("theme", "Theme 3: Ensuring safety within the system"),
        ("afi", "Safeguarding: safeguarding concerns were not always screened within timescales and outcomes were not consistently recorded.", [
            ("3.1", "Implement the revised safeguarding screening tool and a 48-hour decision standard in the Adult Safeguarding Hub.",
             "Safeguarding Adults Service Manager", d(2025, 7, 31), None,
             "Implemented July 2025; 94% of concerns screened within 48 hours in Q2.", "amber", "blue"),
            ("3.2", "Carry out a quarterly multi-agency audit of Section 42 enquiries and report findings to the Safeguarding Adults Board.",
             "Principal Social Worker", "Quarterly", None,
             "Q1 audit (20 cases) reported to SAB in September.", "green", "green"),
        ]),
        ("theme", "Theme 4: Leadership"),
        ("afi", "Governance, management and sustainability: performance information was not used consistently to drive improvement.", [
            ("4.1", "Launch a monthly adult social care performance dashboard for DMT and the Executive Member, with exception reporting.",
             "Assistant Director \u2013 Adult Social Care", d(2025, 6, 30), d(2025, 12, 31),
             "Delayed by the case management system upgrade. Revised date agreed by Improvement Board.", "amber", "red"),
        ]),
        ("afi", "Learning, improvement and innovation: learning from complaints and co-production was not systematically fed back into practice.", [
            ("4.2", "Establish a Co-production Board of people with lived experience and carers, with terms of reference agreed by the Improvement Board.",
             "Principal Social Worker", d(2025, 11, 30), None,
             "Recruitment of members under way; first meeting planned for November.", "red", "green"),
        ]),
    ]

    r = 5
    for item in plan:
        if item[0] == "theme":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFF", size=12)
            c.fill = fill("2E75B6")
            r += 1
            continue
        _, afi, actions = item
        first = r
        for (ref, act, lead, tgt, rev, prog, prev, cur) in actions:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=tgt)
            if isinstance(tgt, datetime):
                c.number_format = "mmm-yy"
            c = ws.cell(row=r, column=6, value=rev)
            if isinstance(rev, datetime):
                c.number_format = "mmm-yy"
            ws.cell(row=r, column=7, value=prog)
            ws.cell(row=r, column=8).fill = fill(RAG_FILL[prev])
            ws.cell(row=r, column=9).fill = fill(RAG_FILL[cur])
            for col in range(1, 10):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BOX
            r += 1
        ws.cell(row=first, column=2, value=afi)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = WRAP
        ws.cell(row=first, column=2).font = Font(bold=True)

    r += 1
    ws.cell(row=r, column=2, value="Summary of current RAG").font = Font(bold=True)
    summary = [("Blue \u2013 complete", 2, "blue"), ("Green \u2013 on track", 5, "green"),
               ("Amber \u2013 some slippage", 2, "amber"), ("Red \u2013 off track", 1, "red"),
               ("Total actions", 10, None)]
    for label, n, colour in summary:
        r += 1
        ws.cell(row=r, column=2, value=label)
        c = ws.cell(row=r, column=3, value=n)
        c.alignment = Alignment(horizontal="left")
        if colour:
            ws.cell(row=r, column=2).fill = fill(RAG_FILL[colour])
        else:
            ws.cell(row=r, column=2).font = Font(bold=True)

    key = wb.create_sheet("RAG Key")
    widths(key, [14, 70])
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    meanings = [
        ("blue", "Complete \u2013 action delivered and impact evidenced"),
        ("green", "On track to deliver by the target date"),
        ("amber", "Some slippage \u2013 recoverable within the quarter"),
        ("red", "Off track \u2013 escalation to the Improvement Board required"),
    ]
    for i, (colour, text) in enumerate(meanings, start=3):
        key.cell(row=i, column=1).fill = fill(RAG_FILL[colour])
        key.cell(row=i, column=2, value=text)

    wb.save(out("mk2-blackburn-with-darwen-bc-asc-cqc-assessment-improvement-plan.xlsx"))


# =====================================================================
# 2. South Yorkshire Police - custody inspection action plan (xlsx)
#    Summary sheet first; plan sheet with title block, RAG key line,
#    cause-of-concern section rows with recommendation merged over its
#    lettered actions, areas for improvement grouped by report section,
#    RAG as words with matching fill.
# =====================================================================
def make_syp():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    widths(sm, [42, 10, 12, 10, 10, 10])
    sm["A1"] = "South Yorkshire Police \u2013 Custody Inspection Action Plan: Summary"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Position at 8 October 2025"
    hdr = ["Category", "Actions", "Complete", "Green", "Amber", "Red"]
    for c, h in enumerate(hdr, start=1):
        cell = sm.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    rows = [
        ("Causes of concern \u2013 recommendations", 5, 2, 1, 2, 0),
        ("Areas for improvement", 4, 0, 2, 1, 1),
        ("Total", 9, 2, 3, 3, 1),
    ]
    for r, row in enumerate(rows, start=5):
        for c, v in enumerate(row, start=1):
            cell = sm.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)

    ws = wb.create_sheet("Action Plan")
    widths(ws, [8, 46, 56, 28, 13, 50, 11])
    lines = [
        ("SOUTH YORKSHIRE POLICE", Font(bold=True, size=14)),
        ("Action plan: Report on an unannounced inspection visit to police custody suites in South Yorkshire "
         "(HMICFRS and HM Inspectorate of Prisons, 13\u201324 January 2025)", Font(bold=True, size=12)),
        ("Plan owner: ACC Local Policing and Operational Support   |   Governance: Custody Improvement Board (monthly)   |   Last updated: 08/10/2025", Font(italic=True)),
        ("RAG: Complete = action delivered and signed off by the Custody Improvement Board | Green = on track | "
         "Amber = at risk of missing target date | Red = overdue / off track", Font(size=9)),
    ]
    for i, (text, font) in enumerate(lines, start=1):
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=7)
        c = ws.cell(row=i, column=1, value=text)
        c.font = font
    headers = ["Ref", "Recommendation / area for improvement", "Action", "Action owner",
               "Target date", "Progress update", "RAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002060")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws.freeze_panes = "A6"

    rag_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    plan = [
        ("section", "Cause of concern 1: Detainees were not always safe because observation levels were not set correctly "
                    "or carried out as required, including for detainees who were intoxicated."),
        ("group", "Recommendation 1: The force should make sure that risk assessments are thorough, that observation levels "
                  "reflect each detainee's assessed risks, and that observations, including rousing, are carried out as required.", [
            ("1a", "Refresh the risk assessment and observation levels section of the Custody Standard Operating Procedure and brief all custody sergeants.",
             "Ch Insp Custody", d(2025, 5, 31), "SOP reissued 12 May 2025; briefings recorded for 96% of sergeants.", "Complete"),
            ("1b", "Introduce a monthly dip-sample of 20 custody records per suite to check that observations are carried out at the required level, with results reported to the Custody Improvement Board.",
             "Custody Insp. / Custody Quality Assurance Sergeant", "Monthly", "Dip-sampling in place since June; compliance 88% in September.", "Green"),
            ("1c", "Deliver refresher training on rousing and the signs of intoxication to all designated detention officers (DDOs) and custody sergeants.",
             "Head of Learning and Development", d(2025, 9, 30), "78% trained; remaining sessions scheduled for October.", "Amber"),
        ]),
        ("section", "Cause of concern 2: Too many detainees with mental health needs were held in custody for long periods "
                    "awaiting a Mental Health Act assessment or a bed in a suitable place of safety."),
        ("group", "Recommendation 2: The force and its partners should make sure that detainees needing a Mental Health Act "
                  "assessment are assessed promptly and moved without delay to a suitable place of safety.", [
            ("2a", "Agree an escalation protocol with South Yorkshire ICB and the four local authority AMHP services for assessments not started within four hours of request.",
             "Supt Partnerships & Vulnerability", d(2025, 12, 31), "Draft protocol with ICB; sign-off by Barnsley and Rotherham still awaited.", "Amber"),
            ("2b", "Record every detention of more than 24 hours awaiting a Mental Health Act assessment and report these to the Custody Improvement Board.",
             "Custody Performance Analyst", d(2025, 6, 30), "Reporting live from June 2025.", "Complete"),
        ]),
        ("section", "Areas for improvement \u2013 Leadership, accountability and partnerships"),
        ("group", "The force should make sure that all use of force in custody is recorded accurately and that it has effective oversight of its use.", [
            ("AFI 1", "Add custody use-of-force scenarios to annual officer safety training and audit use-of-force forms against custody CCTV each quarter.",
             "Insp. Officer Safety Training", d(2026, 3, 31), "Scenarios written; first quarterly audit completed in September.", "Green"),
        ]),
        ("section", "Areas for improvement \u2013 In the custody suite: booking in, individual needs and legal rights"),
        ("group", "Detainees' privacy should be protected when they are booked in and when they use the toilet in their cell.", [
            ("AFI 2", "Install privacy screens at the booking-in desks at Shepcote Lane and Barnsley and obscure toilet areas on in-cell CCTV monitors.",
             "Estates Project Manager; Head of Digital Services", d(2026, 2, 28), "Screens ordered; CCTV pixelation awaiting supplier quote.", "Amber"),
        ]),
        ("section", "Areas for improvement \u2013 In the custody cell: safeguarding and health care"),
        ("group", "Detainees should have prompt access to health care professionals, and clinical records should be stored securely.", [
            ("AFI 3", "Review response times with the custody healthcare provider at quarterly contract meetings and move clinical records to the provider's secure electronic system.",
             "Head of Criminal Justice", "Quarterly", "Electronic records in use at all suites; response times reviewed in July.", "Green"),
        ]),
        ("section", "Areas for improvement \u2013 Release and transfer from custody"),
        ("group", "Pre-release risk assessments should be meaningful and detainees should be given support on release that reflects their needs.", [
            ("AFI 4", "Update the Niche custody template so that a pre-release risk assessment cannot be closed without recording the support arranged for the detainee on release.",
             "Custody Systems Lead", d(2025, 11, 30), "Change request held behind the regional Niche upgrade; date at risk.", "Red"),
        ]),
    ]
    r = 6
    for item in plan:
        if item[0] == "section":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("595959")
            c.alignment = Alignment(wrap_text=True, vertical="center")
            ws.row_dimensions[r].height = 30
            r += 1
            continue
        _, rec, actions = item
        first = r
        for (ref, act, owner, tgt, prog, rag) in actions:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=owner)
            c = ws.cell(row=r, column=5, value=tgt)
            if isinstance(tgt, datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6, value=prog)
            c = ws.cell(row=r, column=7, value=rag)
            c.fill = fill(rag_fill[rag])
            if rag in ("Complete", "Red"):
                c.font = Font(color="FFFFFF", bold=True)
            for col in range(1, 8):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BOX
            r += 1
        ws.cell(row=first, column=2, value=rec)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = WRAP
    wb.active = 1
    wb.save(out("mk2-south-yorkshire-police-custody-inspection-action-plan.xlsx"))


# =====================================================================
# 3. Sheffield City Council - internal audit recommendations tracker
#    (xlsx, REFUSE). Summary sheet; tracker sheet with audit group rows,
#    priority, original date (real dates) and revised date (typed text),
#    status words, totals line. One revised date is typed "0ct-25"
#    (zero for O) on sheet row 15 of "Recommendations".
# =====================================================================
def make_sheffield():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    widths(sm, [48, 12, 12, 12, 12, 12])
    sm["A1"] = "Internal Audit \u2013 follow-up of agreed actions: summary at 31 October 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Audit", "Actions", "Implemented", "In progress", "Overdue", "Not yet due"]
    for c, h in enumerate(hdr, start=1):
        sm.cell(row=3, column=c, value=h).font = Font(bold=True)
    rows = [
        ("Payroll \u2013 Starters, Leavers and Variations", 2, 2, 0, 0, 0),
        ("Direct Payments", 2, 0, 2, 0, 0),
        ("Housing Repairs \u2013 Contract Management", 3, 2, 0, 1, 0),
        ("ICT \u2013 Privileged Access Management", 2, 1, 0, 0, 1),
        ("Total", 9, 5, 2, 1, 1),
    ]
    for r, row in enumerate(rows, start=4):
        for c, v in enumerate(row, start=1):
            sm.cell(row=r, column=c, value=v)

    ws = wb.create_sheet("Recommendations")
    widths(ws, [10, 44, 9, 52, 30, 13, 13, 16, 44])
    ws["A1"] = "Sheffield City Council \u2013 Internal Audit"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Follow-up of agreed audit actions \u2013 position at 31 October 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Report to Audit and Standards Committee \u2013 20 November 2025"
    ws["A4"] = ("Priority: 1 = High (fundamental weakness); 2 = Medium (significant weakness); "
                "3 = Low (minor weakness).")
    ws["A4"].font = Font(italic=True, size=9)
    headers = ["Ref", "Finding", "Priority", "Agreed action", "Responsible officer",
               "Original date", "Revised date", "Status", "Management comment"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX

    data = [
        ("Payroll \u2013 Starters, Leavers and Variations (2024/25) \u2013 Limited assurance", [
            ("PAY-01", "Leaver forms were processed after the final pay date in 9 of 25 cases tested, resulting in overpayments.", 1,
             "Introduce a monthly reconciliation of leavers between the HR system and payroll, with overpayments referred to Debt Recovery within 10 working days.",
             "Payroll Manager", d(2025, 3, 31), "Jun-25", "Implemented", "Reconciliation in place from May 2025."),
            ("PAY-02", "Variations to pay were not always authorised by an appropriate budget holder.", 2,
             "Remind budget holders of authorisation limits and enforce workflow approval in the self-service module.",
             "Head of HR Operations", d(2025, 4, 30), None, "Implemented", "Workflow change made April 2025."),
        ]),
        ("Direct Payments (2024/25) \u2013 Reasonable assurance", [
            ("DP-01", "Annual financial monitoring of direct payment accounts was overdue for 31% of recipients.", 2,
             "Clear the backlog of overdue direct payment financial reviews and set a rolling annual review schedule.",
             "Direct Payments Team Manager", d(2025, 6, 30), "Dec-25", "In progress", "Backlog reduced from 310 to 126."),
            ("DP-02", "Surplus balances on direct payment accounts were not routinely reclaimed.", 3,
             "Apply the surplus balance reclaim process to all accounts holding more than 12 weeks' support.",
             "Direct Payments Team Manager", d(2025, 7, 31), None, "In progress", "First reclaim run completed September."),
        ]),
        ("Housing Repairs \u2013 Contract Management (2024/25) \u2013 Limited assurance", [
            ("HR-01", "Contractor invoices were paid without confirmation that the work had been completed.", 1,
             "Require post-inspection of a 10% sample of completed jobs before invoices over \u00a35,000 are paid.",
             "Head of Repairs and Maintenance", d(2025, 5, 31), "Sep-25", "Implemented", "Confirmed by follow-up testing."),
            ("HR-02", "Key performance indicators in the contract were not reported to the contract board.", 2,
             "Report contract KPIs monthly to the Repairs Contract Board, including right-first-time and appointments kept.",
             "Contract Manager (Repairs)", d(2025, 6, 30), "0ct-25", "Implemented", "KPI pack presented from October."),
            ("HR-03", "Variations to orders above \u00a310,000 were not approved in line with Contract Standing Orders.", 2,
             "Update the variation approval workflow in the repairs system and report exceptions to the Head of Procurement.",
             "Head of Repairs and Maintenance / Head of Procurement", d(2025, 9, 30), "Jan-26", "Overdue", "System supplier change request raised."),
        ]),
        ("ICT \u2013 Privileged Access Management (2025/26) \u2013 Limited assurance", [
            ("ICT-01", "Privileged accounts were not reviewed periodically and 14 accounts belonged to leavers.", 1,
             "Disable the 14 leaver accounts and introduce a quarterly review of all privileged accounts.",
             "Head of Technology Operations", d(2025, 8, 31), None, "Implemented", "Accounts disabled; Q2 review done."),
            ("ICT-02", "Administrator activity was not logged or monitored.", 2,
             "Enable logging of administrator activity and send alerts to the Security Operations Centre.",
             "Cyber Security Manager", d(2025, 12, 31), None, "Not yet due", ""),
        ]),
    ]
    r = 7
    for title, recs in data:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=title)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        r += 1
        for rec in recs:
            for col, v in enumerate(rec, start=1):
                c = ws.cell(row=r, column=col, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Total agreed actions: 9   Implemented: 5   In progress: 2   Overdue: 1   Not yet due: 1").font = Font(bold=True)
    wb.active = 1
    wb.save(out("mk2-sheffield-city-council-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# =====================================================================
# 4. Scottish Borders Council - Education Scotland CLD inspection action
#    plan (docx). Title block, document-control table, RAG key table,
#    Heading 1 per inspection question, one table per area for
#    improvement (merged first row with the area), sign-off table.
# =====================================================================
def make_borders():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Scottish Borders Council \u2013 Community Learning and Development Inspection Action Plan 2025", style="Title")
    doc.add_paragraph(
        "HM Inspectors from Education Scotland visited Scottish Borders in February 2025 to evaluate the strategic "
        "leadership of community learning and development (CLD) and the quality of learning and development in the "
        "Hawick learning community. The report was published on 6 May 2025. This plan sets out how the Council and its "
        "CLD partners will respond to the areas for improvement identified by inspectors.")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "28/05/2025", "CLD Manager", "Agreed by CLD Strategic Partnership"),
                ("1.1", "21/10/2025", "CLD Manager", "Progress update for Education Scotland continuing engagement visit")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    set_cell(k.rows[0].cells[0], "Status", bold=True)
    set_cell(k.rows[0].cells[1], "Meaning", bold=True)
    for word, meaning, colour in [("Complete", "Action complete and evidence of impact gathered", "0070C0"),
                                  ("Green", "On track", "00B050"),
                                  ("Amber", "Some slippage \u2013 action being taken to recover", "FFC000"),
                                  ("Red", "Significant risk to delivery", "FF0000")]:
        cells = k.add_row().cells
        set_cell(cells[0], word)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)

    sections = [
        ("Section A \u2013 Strategic leadership of community learning and development", [
            ("Area for improvement 1: Partners should develop shared performance measures so that they can demonstrate the collective impact of CLD across the Scottish Borders.", [
                ("1.1", "Agree a small set of shared outcome indicators for the CLD Plan 2024\u201327 through the CLD Strategic Partnership.",
                 "CLD Manager", "June 2025", "Complete", "Eight indicators agreed at the Partnership meeting on 19 June."),
                ("1.2", "Produce a six-monthly CLD impact report for the Community Planning Partnership Strategic Board.",
                 "CLD Manager; Performance Officer (Education)", "November 2025", "Green", "First report drafted; on the Board agenda for 27 November."),
            ]),
            ("Area for improvement 2: Community organisations and learners should be more involved in planning, delivering and evaluating CLD provision.", [
                ("2.1", "Establish a Learner Voice Forum with representation from adult learning, youth work and ESOL learners.",
                 "Lifelong Learning Co-ordinator", "September 2025", "Complete", "Forum met in August and October; 17 members."),
                ("2.2", "Co-produce the annual review of the CLD Plan with the Borders Third Sector Interface and community councils.",
                 "Community Engagement Team Leader / Borders TSI", "March 2026", "Green", "Review workshops booked for January and February."),
            ]),
        ]),
        ("Section B \u2013 Learning and development in the Hawick learning community", [
            ("Area for improvement 3: Partners should improve the range and accessibility of adult learning opportunities, including digital skills, in Hawick.", [
                ("3.1", "Deliver a digital inclusion programme, with device lending, from the Heart of Hawick and the Burnfoot Community Hub.",
                 "Adult Learning Worker (Hawick)", "End of March 2026", "Amber", "Device lending started; tutor vacancy has delayed the Burnfoot sessions."),
                ("3.2", "Map adult learning provision across Hawick and Burnfoot with partners and publish a joint learning offer.",
                 "CLD Manager and Borders College Curriculum Manager", "December 2025", "Green", "Mapping complete; offer being designed."),
            ]),
            ("Area for improvement 4: Youth work partners should increase opportunities for young people to gain accreditation for their learning.", [
                ("4.1", "Expand Youth Achievement, Saltire and Duke of Edinburgh's Award accreditation through the Hawick youth work hub.",
                 "Youth Work Team Leader", "Ongoing", "Green", "41 young people working towards an award this term."),
                ("4.2", "Record accreditation outcomes for all youth work groups on the CLD management information system.",
                 "Youth Work Team Leader", "31 August 2025", "Complete", "All groups recording from August."),
            ]),
        ]),
    ]
    rag_colour = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for heading, afis in sections:
        doc.add_paragraph(heading, style="Heading 1")
        for afi, actions in afis:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
            set_cell(top, afi, bold=True)
            shade(top, "D9E2F3")
            for c, h in zip(t.rows[1].cells, ["Ref", "Action", "Lead officer", "Timescale", "RAG", "Progress (October 2025)"]):
                set_cell(c, h, bold=True)
            for (ref, act, lead, when, rag, prog) in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, lead, when, rag, prog]):
                    set_cell(c, v)
                shade(cells[4], rag_colour[rag])
            doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 2")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Approved by", "Role", "Date"]):
        set_cell(c, h, bold=True)
    for c, v in zip(s.rows[1].cells, ["Director of Education and Lifelong Learning", "Chief Education Officer", "30/05/2025"]):
        set_cell(c, v)
    doc.save(out("mk2-scottish-borders-council-education-scotland-cld-inspection-action-plan.docx"))


# =====================================================================
# 5. Lambeth Council - Auditor's Annual Report VfM recommendations action
#    plan (docx). Report cover lines, a details table, a status key line,
#    one large table with merged criterion rows and each recommendation
#    merged down over its lettered actions, target and revised dates,
#    status words with shading, notes paragraph.
# =====================================================================
def make_lambeth():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("London Borough of Lambeth")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Auditor's Annual Report 2023/24 \u2013 Value for Money Recommendations: Management Action Plan", style="Title")

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for row, (k, v) in zip(info.rows, [
        ("Report to", "Corporate Committee"),
        ("Meeting date", "10 March 2026"),
        ("Report author", "Head of Audit and Insurance"),
        ("Progress position", "As at 28 February 2026"),
    ]):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph(
        "The external auditor's Annual Report for 2023/24 identified significant weaknesses in the Council's arrangements "
        "for financial sustainability and governance and made two key recommendations (KR) and three improvement "
        "recommendations (IR). The table below sets out the actions agreed by management and progress to date.")
    doc.add_paragraph("Status key: Complete = blue; On track = green; Behind schedule = amber; Off track = red; "
                      "Not started = not yet rated.")

    criteria = [
        ("Financial sustainability", [
            ("KR1 \u2013 The Council should develop a robust and deliverable savings programme to close the budget gap in its "
             "Medium Term Financial Strategy and reduce its reliance on reserves to balance the budget.", [
                ("KR1(a)", "Establish a Financial Recovery Board chaired by the Chief Executive to track delivery of 2025/26 savings each month.",
                 "Corporate Director of Finance and Performance", "April 2025", "", "Complete"),
                ("KR1(b)", "Set out savings proposals for 2026/27 and 2027/28, with delivery plans and equality impact assessments, for the February 2026 budget meeting.",
                 "Director of Finance", "February 2026", "", "Complete"),
            ]),
            ("IR1 \u2013 The Council should strengthen its monitoring of the Housing Revenue Account business plan, including "
             "the investment needed to bring homes up to the Decent Homes Standard.", [
                ("IR1(a)", "Commission a full stock condition survey and refresh the 30-year HRA business plan using its results.",
                 "Director of Housing Property Services", "September 2025", "April 2026", "Behind schedule"),
            ]),
        ]),
        ("Governance", [
            ("KR2 \u2013 The Council must improve the timeliness of its response to housing disrepair complaints and comply "
             "promptly with Housing Ombudsman orders.", [
                ("KR2(a)", "Introduce a single disrepair case management system with weekly performance reporting to the Housing Improvement Board.",
                 "Director of Housing Management", "June 2025", "", "Complete"),
                ("KR2(b)", "Report compliance with Housing Ombudsman orders to Corporate Committee every quarter.",
                 "Head of Complaints", "Quarterly", "", "On track"),
            ]),
            ("IR2 \u2013 The Council should review its risk management arrangements so that the corporate risk register "
             "reflects its most significant risks and is regularly reviewed by members.", [
                ("IR2(a)", "Refresh the Risk Management Strategy and risk appetite statement and present them to Corporate Committee.",
                 "Head of Audit and Insurance", "31 July 2025", "", "Complete"),
            ]),
        ]),
        ("Improving economy, efficiency and effectiveness", [
            ("IR3 \u2013 The Council should strengthen contract management for high-value contracts, including temporary accommodation.", [
                ("IR3(a)", "Implement a contract management framework with tiered oversight for contracts above \u00a31m.",
                 "Head of Procurement", "December 2025", "June 2026", "Off track"),
                ("IR3(b)", "Complete a value-for-money review of nightly-paid temporary accommodation spend.",
                 "Director of Housing Needs / Director of Finance", "March 2026", "", "Not started"),
            ]),
        ]),
    ]
    status_colour = {"Complete": "9DC3E6", "On track": "A9D08E", "Behind schedule": "FFD966",
                     "Off track": "FF7C80", "Not started": None}
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Recommendation", "Agreed action", "Responsible officer",
                                      "Target date", "Revised date", "Status"]):
        set_cell(c, h, bold=True, size=9)
        shade(c, "BFBFBF")
    for crit, recs in criteria:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[6])
        set_cell(m, crit, bold=True)
        shade(m, "DEEAF6")
        for rec, actions in recs:
            rows = []
            for (ref, act, who, tgt, rev, st) in actions:
                cells = t.add_row().cells
                rows.append(cells)
                for i, v in zip([0, 2, 3, 4, 5, 6], [ref, act, who, tgt, rev, st]):
                    set_cell(cells[i], v, size=9)
                if status_colour[st]:
                    shade(cells[6], status_colour[st])
            rc = rows[0][1]
            if len(rows) > 1:
                rc = rc.merge(rows[-1][1])
            set_cell(rc, rec, size=9)
    doc.add_paragraph("")
    doc.add_paragraph("Notes: revised dates for IR1(a) and IR3(a) were agreed by the Corporate Leadership Team on 3 February 2026. "
                      "Completed actions will be removed from the next update once the external auditor has confirmed them.")
    doc.save(out("mk2-lambeth-council-auditors-annual-report-vfm-recommendations-action-plan.docx"))


# =====================================================================
# 6. Citizen Housing - RSH consumer standards improvement plan (csv).
#    Excel "Save as CSV" export: title lines padded with commas, standard
#    and issue written only on the first row of their group, quoted text
#    with commas and quotes, a continuation row in the update column,
#    key and totals lines at the end.
# =====================================================================
def csv_field(v):
    if v is None:
        v = ""
    v = str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        v = '"' + v.replace('"', '""') + '"'
    return v


def make_citizen():
    ncol = 8
    lines = []

    def row(*vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row("Citizen \u2013 Consumer Standards Improvement Plan")
    row("Response to the Regulator of Social Housing inspection (regulatory judgement published February 2025) \u2013 update to Board, September 2025")
    row()
    row("Standard", "Ref", "Issue identified", "Action", "Owner", "Target date", "Status", "Latest update")
    data = [
        ("Safety and Quality Standard", [
            ("Stock condition: Citizen did not have an accurate, up-to-date understanding of the condition of all of its homes.", [
                ("SQ1", "Complete stock condition surveys of 100% of homes over a rolling five-year programme, prioritising homes with no survey in the last five years.",
                 "Director of Assets", "31/03/2026", "On Track", "6,850 surveys completed in 2025/26 to date, against a profile of 6,400."),
                ("SQ2", "Load survey data into the asset management system and validate Decent Homes failures monthly.",
                 "Head of Asset Data", "Q3 2025/26", "At Risk", "Data load delayed by the system upgrade; interim validation in spreadsheets."),
            ]),
            ("Health and safety: overdue remedial actions from fire risk assessments, and a backlog of damp and mould cases.", [
                ("SQ3", "Clear all overdue high-risk fire risk assessment actions.",
                 "Head of Building Safety", "30/06/2025", "Complete", "All 214 overdue high-risk actions closed by 27 June."),
                ("SQ4", "Introduce damp and mould triage, with inspection within 10 working days and monthly reporting to the Customer Services Committee.",
                 "Director of Property Services", "31/05/2025", "Complete", "Triage live; 91% inspected within 10 days in August."),
                ("SQ5", "Reduce the responsive repairs backlog to below 4,000 open jobs, with weekly tracking by contract.",
                 "Director of Property Services; Repairs Contracts Manager", "Dec-25", "Off Track", "Backlog 5,920 at 31 August, up from 5,400 in July"),
            ]),
        ]),
        ("Transparency, Influence and Accountability Standard", [
            ("Complaints: Citizen did not consistently meet Housing Ombudsman Complaint Handling Code timescales, and learning from complaints was not used to improve services.", [
                ("TIA1", "Recruit two additional complaints case handlers and introduce daily monitoring of stage 1 response times.",
                 "Head of Customer Experience", "31/07/2025", "Complete", "Both posts filled; stage 1 within 10 working days 87% (August)."),
                ("TIA2", "Publish a quarterly \"You said, we did\" report on learning from complaints for tenants.",
                 "Head of Customer Experience", "Quarterly", "On Track", "First report published on the website in July."),
            ]),
            ("Tenant engagement: tenants did not have meaningful opportunities to influence decisions about services.", [
                ("TIA3", "Refresh the Tenant Engagement Framework with the Customer Voice Panel and agree it at Board.",
                 "Director of Customer Services / Tenant Engagement Manager", "30/09/2025", "Complete", "Framework approved by Board on 18 September."),
            ]),
        ]),
        ("Neighbourhood and Community Standard", [
            ("Anti-social behaviour: ASB cases were not always risk assessed and tenants were not kept informed about their cases.", [
                ("NC1", "Use the ASB risk assessment matrix for all new cases and audit 10% of cases each quarter.",
                 "Neighbourhood Services Manager", "Ongoing", "On Track", "Q1 audit: 95% of new cases risk assessed."),
            ]),
        ]),
    ]
    for std, issues in data:
        first_std = True
        for issue, actions in issues:
            first_issue = True
            for (ref, act, owner, tgt, status, upd) in actions:
                row(std if first_std else "", ref, issue if first_issue else "", act, owner, tgt, status, upd)
                first_std = False
                first_issue = False
                if ref == "SQ5":
                    # continuation of the update text, typed on the next line of the sheet
                    row("", "", "", "", "", "", "", "due to subcontractor capacity. Recovery plan to Customer Services Committee in October.")
    row()
    row("Key: Complete = blue; On Track = green; At Risk = amber; Off Track = red")
    row("Total actions: 9", "", "", "Complete: 4", "On Track: 3", "At Risk: 1", "Off Track: 1")
    with open(out("mk2-citizen-housing-rsh-consumer-standards-improvement-plan.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# =====================================================================
# 7. Sunderland City Council - strategic risk register Q2 2025/26 (txt).
#    Tab-separated export: title lines, scoring/RAG note, one header, risk
#    columns given only on the first action row of each risk, action RAG
#    words, action summary line.
# =====================================================================
def make_sunderland():
    lines = [
        "Sunderland City Council",
        "Strategic Risk Register \u2013 Quarter 2 2025/26",
        "Position at 30 September 2025 \u2013 report to Audit and Governance Committee, 27 November 2025",
        "",
        "Scoring: likelihood x impact (1\u20135 each). Red 15\u201325; Amber 8\u201312; Green 1\u20136. "
        "Action RAG: Complete; Green = on track; Amber = at risk; Red = overdue.",
        "",
    ]
    header = ["Risk", "Risk owner", "Current score", "Target score", "Trend", "Ref",
              "Further action", "Action owner", "Due date", "Progress at Q2", "RAG"]
    lines.append("\t".join(header))
    risks = [
        (("SR01 Financial resilience", "Executive Director of Corporate Services", "16 (Red)", "9 (Amber)", "No change"), [
            ("SR01.1", "Deliver the 2025/26 savings programme of \u00a318.4m, with variances reported monthly to Chief Officer Group.",
             "Assistant Director of Finance", "31/03/2026", "\u00a312.1m delivered or on track; \u00a32.3m at risk in adult social care.", "Amber"),
            ("SR01.2", "Refresh the Medium Term Financial Plan 2026/27 to 2029/30 for Cabinet approval.",
             "Director of Finance", "Feb-26", "Planning assumptions reported to Cabinet in October.", "Green"),
        ]),
        (("SR02 Cyber security and resilience of ICT systems", "Assistant Director of Digital and ICT", "15 (Red)", "8 (Amber)", "Improving"), [
            ("SR02.1", "Complete the migration of remaining legacy servers to the cloud hosting platform.",
             "Head of ICT Infrastructure", "30/06/2025", "Migration completed 20 June 2025.", "Complete"),
            ("SR02.2", "Achieve the Cyber Assessment Framework baseline profile and renew PSN compliance.",
             "Chief Information Officer; Information Governance Manager", "Dec-25", "Self-assessment submitted; PSN health check booked.", "Green"),
            ("SR02.3", "Run quarterly phishing simulations and mandatory refresher training for all staff.",
             "Head of ICT/Head of HR", "Quarterly", "Q2 simulation: 6% click rate (Q1 9%).", "Green"),
        ]),
        (("SR03 Adult social care market sustainability", "Director of Adult Services", "12 (Amber)", "8 (Amber)", "No change"), [
            ("SR03.1", "Agree 2025/26 fee uplifts with care home and home care providers in line with the Market Sustainability Plan.",
             "Assistant Director of Commissioning", "April 2025", "Uplifts agreed and paid from April.", "Complete"),
            ("SR03.2", "Develop additional extra care capacity through the Washington extra care scheme.",
             "Assistant Director of Commissioning", "Mar-27", "Planning approval granted August 2025.", "Green"),
        ]),
        (("SR04 Workforce capacity and recruitment", "Director of People and Organisational Development", "12 (Amber)", "6 (Green)", "Worsening"), [
            ("SR04.1", "Implement the workforce strategy action plan, including a grow-your-own scheme for hard-to-fill roles.",
             "Head of HR and OD", "30/09/2025", "Delayed pending the senior management restructure; escalated to CMT.", "Red"),
            ("SR04.2", "Monitor agency spend and vacancy rates through the quarterly workforce dashboard.",
             "Head of HR and OD", "Ongoing", "Agency spend down 8% on Q1.", "Green"),
        ]),
    ]
    for risk, actions in risks:
        for i, a in enumerate(actions):
            lead = list(risk) if i == 0 else [""] * 5
            lines.append("\t".join(lead + list(a)))
    lines.append("")
    lines.append("\t".join(["Action summary", "Complete: 2", "Green: 5", "Amber: 1", "Red: 1", "Total: 9"]))
    with open(out("mk2-sunderland-city-council-strategic-risk-register-q2-2025-26.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_bwd()
    make_syp()
    make_sheffield()
    make_borders()
    make_lambeth()
    make_citizen()
    make_sunderland()
    print("done")
