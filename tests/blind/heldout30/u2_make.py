"""Generator for the u2- cases of heldout30 (run with /work/main/.venv/bin/python)."""
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

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "hdr": "1F4E79", "band": "D9E1F2", "grey": "BFBFBF",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def hdr_row(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("hdr")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def put(ws, row, col, v, fmt=None):
    c = ws.cell(row=row, column=col, value=v)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------- 1. Sandwell ASC CQC highlight report
def sandwell():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws.merge_cells("A1:I1")
    ws["A1"] = "Sandwell Adult Social Care – CQC Assessment Improvement Plan Highlight Report"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Reporting period: October 2025    Reported to: ASC Improvement Board, 12 November 2025"
    hdr_row(ws, 5, ["Ref", "Area for improvement (CQC report)", "Action", "Lead",
                    "Target date", "Revised date", "Previous RAG", "Current RAG",
                    "Progress this period"])
    afi1 = ("Waiting times for Care Act assessments are too long and people are not kept "
            "informed while they wait.")
    afi2 = "Carers' assessments are not always offered and take-up is low."
    afi3 = ("Market sufficiency for people with complex needs, particularly nursing dementia "
            "care, is limited.")
    afi4 = "Transitions from children's to adult services are not well planned."
    afi5 = "Safeguarding concerns are not always screened within the council's own timescales."
    afi6 = "Performance and quality information is not consistently used to drive improvement."
    rows = [
        ("band", "Theme 1: Working with people"),
        ("1.1", afi1, "Introduce a waiting list triage tool and a 'keeping in touch' contact for everyone awaiting a Care Act assessment",
         "Head of Assessment and Care Management", D(2025, 6, 30), None, "G", "B",
         "Triage tool live in all four locality teams from June. Keeping-in-touch calls now logged on the case management system; 96% of people waiting were contacted within 4 weeks."),
        ("1.2", None, "Reduce the number of people waiting more than 28 days for an assessment to below 150",
         "Head of Assessment and Care Management", D(2025, 12, 31), None, "A", "G",
         "Number waiting over 28 days down from 412 to 188. Additional agency capacity agreed until January."),
        ("1.3", afi2, "Recommission the carers' assessment offer with the carers' centre and refresh the Carers' Strategy with carers",
         "Commissioning Manager (Carers)", D(2025, 3, 31), D(2025, 11, 30), "A", "A",
         "Procurement delayed by a re-tender; contract award now expected in November. Co-production events for the strategy held in September."),
        ("band", "Theme 2: Providing support"),
        ("2.1", afi3, "Publish an updated Market Position Statement with a specific section on complex dementia and nursing provision",
         "Service Manager – Market Development", D(2025, 9, 30), None, "G", "B",
         "Market Position Statement 2025-28 published on 26 September."),
        ("2.2", None, "Develop a dementia nursing framework with providers and the ICB",
         "Service Manager – Market Development / ICB Head of Commissioning", D(2026, 3, 31), None, "G", "G",
         "Provider engagement sessions held in August and September; framework specification drafted."),
        ("2.3", afi4, "Establish a Preparing for Adulthood panel from age 14 with children's services and education",
         "Principal Social Worker", D(2025, 7, 31), D(2025, 10, 31), "R", "A",
         "Terms of reference agreed and first panel held on 14 October. Data sharing agreement with education still outstanding."),
        ("band", "Theme 3: Ensuring safety"),
        ("3.1", afi5, "Review the adult safeguarding screening process in the MASH and introduce a 24-hour screening standard",
         "Head of Safeguarding Adults", D(2025, 8, 31), None, "A", "R",
         "Screening backlog rose over the summer because of vacancies. Recovery plan in place with two additional screeners from November."),
        ("band", "Theme 4: Leadership"),
        ("4.1", afi6, "Launch a monthly ASC performance dashboard and a quarterly practice audit programme reported to DMT",
         "Assistant Director – Quality, Performance and Improvement", "Q3 2025/26", None, "G", "G",
         "Dashboard live on Power BI; first quarterly audit report taken to DMT in October."),
    ]
    r = 6
    merge_start = None
    for row in rows:
        if row[0] == "band":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = fill("band")
            r += 1
            continue
        ref, afi, action, lead, tgt, rev, prev, cur, upd = row
        put(ws, r, 1, ref)
        put(ws, r, 2, afi)
        put(ws, r, 3, action)
        put(ws, r, 4, lead)
        put(ws, r, 5, tgt, "mmm-yy" if isinstance(tgt, dt.datetime) else None)
        put(ws, r, 6, rev, "mmm-yy" if rev else None)
        for col, v in ((7, prev), (8, cur)):
            c = put(ws, r, col, v)
            c.fill = fill(v)
            c.alignment = Alignment(horizontal="center", vertical="top")
            c.font = Font(bold=True, color="FFFFFF" if v in ("R", "B", "G") else "000000")
        put(ws, r, 9, upd)
        r += 1
    # vertical merges of the AFI cells spanning two actions
    ws.merge_cells("B7:B8")
    ws.merge_cells("B11:B12")
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for code, text in (("B", "Complete"), ("G", "On track"),
                       ("A", "Some slippage – within tolerance"),
                       ("R", "Off track / at risk – escalated to Improvement Board")):
        r += 1
        c = ws.cell(row=r, column=1, value=code)
        c.fill = fill(code)
        ws.cell(row=r, column=2, value=text)
    for col, w in zip("ABCDEFGHI", (6, 38, 48, 30, 11, 11, 10, 10, 55)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "u2-sandwell-asc-cqc-highlight-report.xlsx"))


# ---------------------------------------------------------------- helpers for docx
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row, hexcol=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        if hexcol:
            shade(c, hexcol)


# ---------------------------------------------------------------- 2. Lambeth housing RSH plan
def lambeth():
    doc = Document()
    doc.add_heading("Lambeth Housing Services – Regulatory Improvement Plan", level=0)
    doc.add_paragraph("Response to the Regulator of Social Housing consumer inspection – Version 1.4, June 2025")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Author", "Changes")):
        c.text = h
    bold_row(t.rows[0], "D9D9D9")
    for v in (("1.0", "14/02/2025", "Housing Improvement Team", "First version agreed by Housing Improvement Board"),
              ("1.4", "16/06/2025", "Housing Improvement Team", "Progress updated for Cabinet; action 2.3 added")):
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x
    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan sets out the actions the Council is taking in response to the issues identified by the "
        "Regulator of Social Housing. It is monitored monthly by the Housing Improvement Board, which includes "
        "tenant representatives, and progress is reported to Cabinet each quarter. Actions are grouped by the "
        "consumer standard to which they relate.")

    def section(title, rows, merges):
        doc.add_heading(title, level=1)
        tb = doc.add_table(rows=1, cols=7)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ("Ref", "Issue identified", "Action", "Responsible officer",
                                          "Deadline", "Status", "Progress")):
            c.text = h
        bold_row(tb.rows[0], "BDD7EE")
        for r in rows:
            cells = tb.add_row().cells
            for c, x in zip(cells, r):
                c.text = x
        for a, b in merges:  # vertical merge of the issue column (table rows a..b)
            top = tb.cell(a, 1)
            text = top.text
            m = top.merge(tb.cell(b, 1))
            m.text = text
        doc.add_paragraph("")

    iss11 = "Gaps in compliance data for fire risk assessments (FRAs) and remedial actions."
    section("1. Safety and Quality Standard", [
        ("1.1", iss11, "Complete a full data cleanse of the fire risk assessment register and reconcile it against the asset list",
         "Head of Building Safety", "31 March 2025", "Complete",
         "Register reconciled against 23,400 asset records. 112 missing FRAs were commissioned and completed by 28 March."),
        ("1.2", iss11, "Clear all overdue high-risk FRA remedial actions",
         "Head of Building Safety", "September 2025", "On track",
         "Overdue high-risk actions reduced from 1,046 to 214. Contractor capacity increased from May."),
        ("1.3", "No reliable stock condition data for around 40% of homes.",
         "Procure and deliver a 100% stock condition survey programme over three years",
         "Director of Asset Management", "March 2027", "On track",
         "Year 1: 6,820 surveys completed against a target of 7,000."),
        ("1.4", "Damp and mould reports are not responded to within policy timescales.",
         "Set up a dedicated damp and mould team and manage cases on the housing management system",
         "Repairs Service Manager / Head of Tenancy Services", "July 2025", "At risk",
         "Team recruited. Go-live of the case management module moved to August because of system testing."),
    ], [(1, 2)])
    iss22 = "Complaint handling does not meet the Housing Ombudsman's Complaint Handling Code."
    section("2. Transparency, Influence and Accountability Standard", [
        ("2.1", "Tenants have few opportunities to influence decisions about services.",
         "Set up a Resident Scrutiny Panel with independent support and publish its first report",
         "Head of Resident Engagement", "December 2025", "On track",
         "Twelve residents recruited; independent adviser appointed. First review topic (repairs communication) agreed."),
        ("2.2", iss22, "Publish the annual self-assessment against the Complaint Handling Code and report it to Cabinet",
         "Complaints Manager", "30/06/2025", "Complete",
         "Self-assessment published on the Council website and reported to Cabinet on 9 June."),
        ("2.3", iss22, "Reduce stage 1 complaint responses outside 10 working days to under 5%",
         "Complaints Manager", "Ongoing", "Off track",
         "In May 31% of stage 1 responses were late. Two additional complaints officers approved."),
    ], [(2, 3)])
    section("3. Tenancy Standard", [
        ("3.1", "Tenancy audits have not been carried out since 2019.",
         "Restart the tenancy audit programme so that every tenancy is visited at least once every five years",
         "Tenancy Services Manager", "Q4 2025/26", "Not started",
         "Programme design to be agreed at Housing Management Team in July."),
    ], [])
    doc.add_paragraph("Status key").runs[0].bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning, col in (("Complete", "Action completed and evidence provided", "0070C0"),
                               ("On track", "Green – progressing to deadline", "00B050"),
                               ("At risk", "Amber – some slippage, deadline may be missed", "FFC000"),
                               ("Off track", "Red – deadline will be missed or has been missed", "FF0000"),
                               ("Not started", "Action not yet due to start", "BFBFBF")):
        cells = k.add_row().cells
        cells[0].text = word
        cells[1].text = meaning
        shade(cells[0], col)
    doc.save(os.path.join(OUT, "u2-lambeth-housing-rsh-improvement-plan.docx"))


# ---------------------------------------------------------------- 3. Stockport DHR action plan csv
def stockport():
    hdr = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
           "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
           "Date of Completion and Outcome", "RAG"]
    blank = [""] * 8
    rows = [
        ["Safer Stockport Partnership – Domestic Homicide Review 'Ruth' – Action Plan"] + [""] * 7,
        ["Updated: 14/03/2025"] + [""] * 7,
        blank,
        hdr,
        ["1. Safer Stockport Partnership to seek assurance that all agencies routinely ask about domestic abuse when a person presents with alcohol misuse.",
         "Local", "Add routine enquiry about domestic abuse to the alcohol service assessment tool",
         "CGL Stockport", "Assessment tool revised and live on the case system from September 2024.",
         "Sep-24", "Completed 30/09/2024 – audit of 40 assessments found the enquiry recorded in 37.", "Complete"],
        ["", "Local", "Deliver domestic abuse routine enquiry training to alcohol service and liaison psychiatry staff",
         "CGL Stockport / Pennine Care NHS FT", "Two sessions delivered; 58 staff trained.", "Jun-25", "", "Green"],
        ["2. Greater Manchester Police to review how repeat domestic abuse incidents involving older victims are identified and referred to MARAC.",
         "Regional", "Review the repeat victim flag and include victims aged 60+ in the quarterly MARAC referral dip sample",
         "Greater Manchester Police", "Dip sample of 25 cases completed in January 2025.", "Mar-25", "", "Amber"],
        ["3. Stockport NHS Foundation Trust to ensure that carers' needs are considered when an older person is discharged from hospital.",
         "Local", "Update the discharge checklist to prompt staff to identify the carer and offer a referral for a carer's assessment",
         "Stockport NHS Foundation Trust", "Checklist drafted; awaiting approval by the Discharge Steering Group.",
         "31/05/2025", "", "Amber"],
        ["", "Local", "Share the learning from this review through a 7-minute briefing to all partner agencies",
         "Safer Stockport Partnership", "Briefing drafted and circulated to panel members for comment.", "Apr-25", "", "Green"],
        ["4. Stockport MBC Adult Social Care to ensure that safeguarding enquiries involving domestic abuse consider coercive and controlling behaviour by family members.",
         "Local", "Revise the Section 42 enquiry guidance to include coercive control by adult children and family carers",
         "Stockport MBC Adult Social Care", "", "Jul-25", "", "Not started"],
        ["5. The Home Office to consider including older victims of domestic abuse by adult family members in the next update of the statutory guidance.",
         "National", "Chair of the Safer Stockport Partnership to write to the Home Office DHR team setting out this recommendation",
         "Safer Stockport Partnership", "Letter sent 11/11/2024.", "Nov-24",
         "Completed – acknowledgement received 02/12/2024.", "Complete"],
        blank,
        ["RAG key: Green – on track; Amber – some delay; Red – not on track; Complete – action completed and evidenced"] + [""] * 7,
    ]
    with open(os.path.join(OUT, "u2-stockport-csp-dhr-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 4. Cornwall SAB SAR action plan
def cornwall():
    wb = Workbook()
    ws = wb.active
    ws.title = "SAR Adult K"
    ws.merge_cells("A1:G1")
    ws["A1"] = "Cornwall and the Isles of Scilly Safeguarding Adults Board – SAR 'Adult K' Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Monitored by the SAR Sub-Group.  Last updated: 05/02/2025"
    hdr_row(ws, 4, ["Ref", "Action", "Agency", "Lead Officer", "Timescale", "RAG", "Evidence / Progress"])
    data = [
        ("rec", "Recommendation 1: The Board should seek assurance that partner agencies apply the self-neglect and hoarding guidance, including the use of multi-agency risk management meetings."),
        ("1.1", "Refresh the multi-agency self-neglect and hoarding guidance and relaunch it through a practitioner learning event",
         "Cornwall Council", "Kerensa Hocking", "March 2025", ("Green", "G"),
         "Guidance updated and approved by the Board in January. Learning event booked for 20 March."),
        ("1.2", "Audit a sample of self-neglect cases to test whether multi-agency risk management meetings were convened",
         "Cornwall Council / Devon and Cornwall Police", "Mark Penhaligon", "Q1 2025/26", ("Amber", "A"),
         "Audit tool agreed. Police case selection delayed pending a data request."),
        ("rec", "Recommendation 2: All agencies should ensure that mental capacity assessments are carried out and recorded where a person repeatedly refuses care that places them at risk."),
        ("2.1", "Deliver Mental Capacity Act training on executive capacity to adult social care, community nursing and GP practices",
         "Cornwall Council; NHS Cornwall and Isles of Scilly ICB", "Tamsin Rowe; Dr Alan Pascoe",
         "Sept 2024 – March 2025", ("Complete", "B"),
         "Six sessions delivered to 214 practitioners. Evaluation shows increased confidence in assessing executive capacity."),
        ("2.2", "Add a mandatory prompt for a capacity assessment to the community nursing refusal-of-care template",
         "Cornwall Partnership NHS FT", "Head of Safeguarding, CPFT", "June 2025", ("Green", "G"),
         "Template change submitted to the clinical systems team."),
        ("rec", "Recommendation 3: The Board should seek assurance about how agencies respond when a person disengages from services and is discharged for non-attendance."),
        ("3.1", "Review 'did not attend' policies across health partners so that a safeguarding risk check is made before discharge",
         "Royal Cornwall Hospitals NHS Trust", "Lisa Kemp", "Ongoing", (None, None),
         "Policy review scheduled; to report to the SAR Sub-Group in April."),
        ("3.2", "Agree a partnership escalation protocol for professional disagreements in adult safeguarding cases",
         "All partners", "SAB Business Manager", D(2024, 12, 31), ("Red", "R"),
         "Draft protocol not yet agreed. ICB and Council leads to meet to resolve the governance of the protocol."),
    ]
    r = 5
    for d in data:
        if d[0] == "rec":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=d[1])
            c.font = Font(bold=True)
            c.fill = fill("band")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32
            r += 1
            continue
        ref, action, agency, lead, ts, (rag, code), ev = d
        put(ws, r, 1, ref)
        put(ws, r, 2, action)
        put(ws, r, 3, agency)
        put(ws, r, 4, lead)
        put(ws, r, 5, ts, "dd/mm/yyyy" if isinstance(ts, dt.datetime) else None)
        c = put(ws, r, 6, rag)
        if code:
            c.fill = fill(code)
        put(ws, r, 7, ev)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="Red – not started or significantly delayed;  Amber – in progress, some delay;  "
                                   "Green – in progress, on track;  Blue – complete")
    for col, w in zip("ABCDEFG", (8, 50, 30, 24, 18, 11, 55)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "u2-cornwall-sab-sar-action-plan.xlsx"))


# ---------------------------------------------------------------- 5. Stoke internal audit tracker
def stoke():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding recs"
    ws["A1"] = "Internal Audit Recommendations Tracker – Position at 31 January 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Stoke-on-Trent City Council  |  Audit and Standards Committee, 10 March 2025"
    cols = ["Ref", "Audit", "Assurance", "Priority", "Recommendation", "Management Response / Agreed Action",
            "Responsible Officer", "Original Target Date", "Revised Target Date", "Status", "Latest Update"]
    hdr_row(ws, 4, cols)
    st_fill = {"Implemented": "B", "On track": "G", "Revised date": "A", "Overdue": "R"}
    data = [
        ("IA24/03-1", "Payroll 2023/24", "Reasonable", "Medium",
         "Starter and leaver forms should be authorised by the budget holder before changes are processed.",
         "Payroll to reject unauthorised forms and introduce an e-form with built-in budget holder authorisation.",
         "Payroll Manager", D(2024, 9, 30), None, "Implemented",
         "E-form live from 1 September 2024. Internal Audit sample testing confirmed authorisation in all 25 cases."),
        ("IA24/03-2", "Payroll 2023/24", "Reasonable", "Low",
         "Exception reports for overtime above 20 hours in a period should be reviewed and signed off.",
         "The monthly exception report will be reviewed and signed by the Payroll Team Leader and retained.",
         "Payroll Team Leader", D(2024, 10, 31), None, "Implemented",
         "Signed reports for October to December seen by Internal Audit."),
        None,
        ("IA24/07-1", "Housing Rents 2023/24", "Limited", "High",
         "Reconciliations between the housing rent system and the general ledger have not been completed since April 2023.",
         "Complete monthly reconciliations, clear the backlog and have each reconciliation reviewed by the Housing Finance Manager.",
         "Housing Finance Manager", D(2024, 7, 31), D(2025, 3, 31), "Revised date",
         "Backlog cleared up to October 2024. Remaining months to be completed by the end of March."),
        ("IA24/07-2", "Housing Rents 2023/24", "Limited", "Medium",
         "Write-offs of former tenant arrears were not approved in line with the Financial Procedure Rules.",
         "Write-offs over £5,000 to be approved by the Section 151 Officer and recorded in a write-off log.",
         "Head of Income / Housing Finance Manager", D(2024, 8, 31), None, "Overdue",
         "No update received at the time of reporting."),
        None,
        ("IA24/11-1", "Direct Payments 2024/25", "Limited", "High",
         "Direct payment accounts are not routinely audited to confirm that funds are spent on assessed needs.",
         "Introduce a risk-based programme of direct payment account audits, starting with accounts holding surplus balances over £5,000.",
         "Head of Adult Social Care Finance", D(2025, 3, 31), None, "On track",
         "Audit programme agreed; the first 40 accounts are under review."),
        ("IA24/11-2", "Direct Payments 2024/25", "Limited", "Medium",
         "Surplus balances on direct payment accounts are not recovered promptly.",
         "Recover surplus balances above eight weeks' costs every quarter.",
         "Head of Adult Social Care Finance", D(2025, 6, 30), None, "On track",
         "First quarterly recovery run scheduled for April 2025."),
        None,
        ("IA24/15-1", "Cyber Security 2024/25", "Reasonable", "High",
         "Multi-factor authentication has not been enabled for all remote access accounts.",
         "Enable MFA for all remaining remote access accounts, including third-party support accounts.",
         "ICT Security Manager", D(2024, 12, 31), D(2025, 2, 28), "Revised date",
         "MFA enabled for 96% of accounts; three supplier accounts outstanding pending a contract variation."),
    ]
    r = 5
    for d in data:
        if d is None:
            r += 1
            continue
        for i, v in enumerate(d, 1):
            c = put(ws, r, i, v, "dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
            if i == 10:
                c.fill = fill(st_fill[v])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for word, meaning in (("Implemented", "Blue – recommendation implemented"),
                          ("On track", "Green – not yet due, on track"),
                          ("Revised date", "Amber – revised target date agreed with Internal Audit"),
                          ("Overdue", "Red – target date passed, no revised date agreed")):
        r += 1
        c = ws.cell(row=r, column=1, value=word)
        c.fill = fill(st_fill[word])
        ws.cell(row=r, column=2, value=meaning)
    for col, w in zip("ABCDEFGHIJK", (11, 22, 11, 9, 45, 48, 26, 12, 12, 13, 50)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "u2-stoke-internal-audit-tracker.xlsx"))


# ---------------------------------------------------------------- 6. Thurrock external audit recs
def thurrock():
    doc = Document()
    doc.add_heading("Thurrock Council – Action Plan in response to the External Auditor's Statutory Recommendations", level=1)
    doc.add_paragraph(
        "The Council's external auditor made statutory recommendations under Section 24 of the Local Audit and "
        "Accountability Act 2014, together with a number of key recommendations in the Auditor's Annual Report. "
        "This appendix sets out the Council's actions, the responsible officer and progress at September 2024. "
        "Progress is reported to each meeting of the Standards and Audit Committee.")
    green, amber, red = "00B050", "FFC000", "FF0000"

    def rec_table(rec, rows):
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        m = t.cell(0, 0).merge(t.cell(0, 5))
        m.text = rec
        bold_row(t.rows[0], "D9E1F2")
        for c, h in zip(t.rows[1].cells, ("Ref", "Action", "Responsible officer", "Target date", "RAG", "Progress update")):
            c.text = h
        bold_row(t.rows[1])
        for ref, action, lead, date, rag, colour, upd in rows:
            cells = t.add_row().cells
            for c, x in zip(cells, (ref, action, lead, date, rag, upd)):
                c.text = x
            if colour:
                shade(cells[4], colour)
        doc.add_paragraph("")

    doc.add_heading("Statutory recommendations", level=2)
    rec_table("Statutory Recommendation 1: The Council must strengthen its governance of investment decisions so that the risks of borrowing to invest are understood and challenged before decisions are taken.", [
        ("SR1.1", "Adopt a revised Capital Strategy and Treasury Management Strategy that prohibits borrowing for commercial yield",
         "Director of Finance (s151 Officer)", "February 2024", "Complete", "0070C0",
         "Approved by Full Council on 28 February 2024."),
        ("SR1.2", "Establish an Investment Disposals Board to oversee the exit from the remaining investments",
         "Director of Finance (s151 Officer)", "31 March 2024", "", green,
         "Board meets monthly; the disposals strategy has been agreed with the Commissioners."),
    ])
    rec_table("Statutory Recommendation 2: The Council must ensure that members receive the training and information they need to challenge financial decisions effectively.", [
        ("SR2.1", "Deliver a mandatory finance and treasury management training programme for all members of Cabinet, the Standards and Audit Committee and Scrutiny",
         "Monitoring Officer / Director of Finance (s151 Officer)", "Sept 2024", "", amber,
         "Sessions for Cabinet and the Standards and Audit Committee held. The Scrutiny session has been rearranged for October."),
        ("SR2.2", "Revise the committee report template so that every key decision includes a risk assessment and comments from the s151 Officer",
         "Monitoring Officer", "June 2024", "Complete", "0070C0",
         "New template in use from the June Cabinet."),
    ])
    doc.add_heading("Key recommendations", level=2)
    rec_table("Key Recommendation 1: The Council should produce a realistic Medium Term Financial Strategy with a clear savings plan to close the budget gap.", [
        ("KR1.1", "Produce a Medium Term Financial Strategy to 2027/28 with savings proposals identified for each year",
         "Director of Finance (s151 Officer)", "Q4 2024/25", "On track", None,
         "Draft MTFS to be presented to Cabinet in November. The savings gap for 2026/27 is still to be closed."),
        ("KR1.2", "Report a savings tracker to the Corporate Leadership Team every month",
         "Head of Corporate Finance", "Monthly", "G", green,
         "Tracker reported to CLT each month since April."),
    ])
    rec_table("Key Recommendation 2: The Council should improve the quality and timeliness of its draft financial statements.", [
        ("KR2.1", "Agree a closedown plan with the external auditor and publish the draft 2023/24 statements by the statutory deadline",
         "Head of Corporate Finance", "30 September 2024", "", red,
         "Draft statements delayed by the valuation of the investment portfolio; now expected in November."),
    ])
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning, col in (("Complete", "Action completed", "0070C0"), ("Green", "On track", green),
                               ("Amber", "Some slippage", amber),
                               ("Red", "Significant slippage or not on track", red)):
        cells = k.add_row().cells
        cells[0].text = word
        cells[1].text = meaning
        shade(cells[0], col)
    doc.save(os.path.join(OUT, "u2-thurrock-external-audit-recommendations-plan.docx"))


# ---------------------------------------------------------------- 7. Gateshead ASC CQC plan (tab text)
def gateshead():
    lines = [
        "Gateshead Council Adult Social Care – CQC Assessment Action Plan 2025/26",
        "Version 3 – October 2025 (copied from the ASC Improvement Board tracker)",
        "",
        "\t".join(["No.", "Theme", "Quality statement", "Action", "Owner", "Due date", "Status", "Comments"]),
        "\t".join(["1", "Working with people", "Assessing needs",
                   "Reduce the number of people waiting for an occupational therapy assessment to under 200",
                   "Occupational Therapy Service Manager", "December 2025", "Amber",
                   "Waiting list down from 480 to 310. Trusted assessor training for care home staff starts in November."]),
        "\t".join(["2", "Working with people", "Supporting people to live healthier lives",
                   "Expand the reablement service to take referrals directly from the community as well as from hospital",
                   "Head of Reablement", "March 2026", "Green",
                   "Community referral pathway piloted in the east locality since August."]),
        "\t".join(["3", "Working with people", "Equity in experience and outcomes",
                   "Improve the recording of ethnicity and other protected characteristics in case records",
                   "Performance and Intelligence Manager", "Novmber 2025", "Green",
                   "Mandatory field added to the contact form; recording rate up from 61% to 84%."]),
        "\t".join(["4", "Providing support", "Care provision, integration and continuity",
                   "Agree a joint home care commissioning plan with the ICB for people leaving hospital",
                   "Strategic Commissioning Manager", "Ongoing", "Green",
                   "Joint plan discussed at the Gateshead Cares Board; next review in December."]),
        "\t".join(["5", "Ensuring safety", "Safeguarding",
                   "Complete safeguarding enquiries within the local 28-day standard in at least 80% of cases",
                   "Head of Safeguarding and Quality Assurance", "Jan-26", "Red",
                   "Performance at 62% in September. Additional team manager in post from October."]),
        "\t".join(["6", "Leadership", "Governance, management and sustainability",
                   "Publish the Adult Social Care Strategy and delivery plan following consultation",
                   "Director of Adult Social Care", "July 2025", "Complete",
                   "Strategy approved by Cabinet on 22 July and published."]),
        "",
        "Status: Green = on track, Amber = some risk to delivery, Red = off track, Complete = action delivered",
    ]
    with open(os.path.join(OUT, "u2-gateshead-asc-cqc-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    sandwell()
    lambeth()
    stockport()
    cornwall()
    stoke()
    thurrock()
    gateshead()
    print("done")
