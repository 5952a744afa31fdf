"""Build the seven zfx- blind test files (set heldout822).

Run with /work/main/.venv/bin/python zfx_make.py  (writes beside this script).
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


RAG_FILL = {
    "red": fill("FF0000"),
    "amber": fill("FFC000"),
    "green": fill("00B050"),
    "blue": fill("0070C0"),
    "grey": fill("D9D9D9"),
    "head": fill("1F3864"),
    "pale": fill("DDEBF7"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def header_row(ws, row, values, widths=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = WHITE_BOLD
        c.fill = RAG_FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w


# ---------------------------------------------------------------------------
# 1. COPFS Audit and Risk Committee - internal audit action tracker (xlsx)
# ---------------------------------------------------------------------------
def make_copfs():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Crown Office and Procurator Fiscal Service – Internal Audit Action Tracker"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Audit and Risk Committee – 20 August 2025"
    cov["A3"] = "ARC Paper 21 (2025)"
    cov["A5"] = "Purpose"
    cov["A5"].font = BOLD
    cov["B5"] = ("To update the Committee on progress in implementing recommendations made by the "
                 "Scottish Government Directorate for Internal Audit and Assurance (DIAA).")
    cov["B5"].alignment = WRAP
    cov["A7"] = "Document control"
    cov["A7"].font = BOLD
    header_row(cov, 8, ["Version", "Date", "Prepared by", "Comments"], [16, 14, 40, 40])
    rows = [
        ("0.1", D(2025, 7, 28), "Finance and Procurement (Secretariat)", "Draft for Director of Finance and Procurement review"),
        ("1.0", D(2025, 8, 5), "Finance and Procurement (Secretariat)", "Issued to ARC members"),
    ]
    for r, vals in enumerate(rows, start=9):
        for c, v in enumerate(vals, start=1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    key_rows = [
        ("blue", "Blue", "Complete – evidence submitted to DIAA; proposed for closure"),
        ("green", "Green", "On track to be implemented by the target date"),
        ("amber", "Amber", "Revised target date agreed, or at risk of missing the target date"),
        ("red", "Red", "Target date passed and no revised date agreed"),
    ]
    for r, (col, word, meaning) in enumerate(key_rows, start=3):
        key.cell(row=r, column=1, value=word).fill = RAG_FILL[col]
        key.cell(row=r, column=2, value=meaning)
    key["A8"] = "Actions with no colour have not yet started."
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 70

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of open actions by RAG status"
    summ["A1"].font = Font(bold=True, size=12)
    header_row(summ, 3, ["RAG status", "Number of actions"], [24, 20])
    for r, (word, n, col) in enumerate([("Blue", 1, "blue"), ("Green", 3, "green"), ("Amber", 2, "amber"),
                                         ("Red", 1, "red"), ("Not yet started", 1, None)], start=4):
        a = summ.cell(row=r, column=1, value=word)
        if col:
            a.fill = RAG_FILL[col]
        summ.cell(row=r, column=2, value=n)
    summ.cell(row=9, column=1, value="Total").font = BOLD
    summ.cell(row=9, column=2, value=8).font = BOLD

    ws = wb.create_sheet("IA Tracker")
    ws["A1"] = "Internal Audit Action Tracker – position at 31 July 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "RAG status is shown by cell colour – see the RAG key sheet."
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Ref", "Recommendation", "Priority", "Agreed management action", "Action owner",
                       "Original target date", "Revised target date", "RAG", "Progress update (July 2025)"],
               [8, 42, 10, 48, 28, 13, 13, 8, 46])

    def report(row, text):
        ws.cell(row=row, column=1, value=text).font = BOLD
        for c in range(1, 10):
            ws.cell(row=row, column=c).fill = RAG_FILL["grey"]
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)

    def action(row, ref, rec, prio, act, owner, orig, rev, rag, upd):
        vals = [ref, rec, prio, act, owner, orig, rev, None, upd]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=row, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(row=row, column=8).fill = RAG_FILL[rag]

    report(5, "DIAA Report 2024/25-02: Cyber Security – Third Party Supplier Access (Limited assurance)")
    action(6, "02.1",
           "COPFS should maintain a complete register of third-party suppliers with remote access to its "
           "systems and review that access at least quarterly.",
           "High",
           "Compile a single register of suppliers holding remote access, drawn from VPN and firewall account "
           "lists, and assign an Information Asset Owner to each entry.",
           "Head of Cyber Security", D(2025, 3, 31), D(2025, 9, 30), "amber",
           "Register drafted. 4 of 27 suppliers still to confirm named contacts; revised date agreed by "
           "Digital Governance Board.")
    action(7, "02.2", None, None,
           "Introduce a quarterly access review signed off by each Information Asset Owner, with results "
           "reported to the Digital Governance Board.",
           "Head of Cyber Security / Chief Digital Officer", D(2025, 10, 31), None, "green",
           "Review template agreed. First quarterly review scheduled for October 2025.")
    ws.merge_cells("B6:B7")
    ws.merge_cells("C6:C7")
    action(8, "02.3",
           "Supplier accounts should be disabled automatically when the related contract ends.",
           "Medium",
           "Link contract end dates held in the procurement system to account expiry dates in Active Directory.",
           "Head of Procurement / Head of IT Operations", D(2025, 12, 31), None, "green",
           "Technical options paper considered by Digital Governance Board on 9 July 2025.")

    report(9, "DIAA Report 2024/25-04: Payroll and Expenses (Reasonable assurance)")
    action(10, "04.1",
           "Overtime claims should be authorised by the claimant's line manager before payment is processed.",
           "Medium",
           "Amend the eHR overtime workflow so that a claim cannot be released to payroll without line manager "
           "approval.",
           "Head of HR Operations", D(2024, 12, 31), D(2025, 3, 31), "blue",
           "Workflow change went live on 3 March 2025. Evidence submitted to DIAA on 14 April 2025.")
    action(11, "04.2",
           "The Travel and Subsistence Policy should be refreshed and republished.",
           "Low",
           "Refresh the Travel and Subsistence Policy to reflect current Scottish Government rates and "
           "republish it on the intranet.",
           "Head of Financial Accounting and Systems", D(2025, 9, 30), None, "green",
           "Draft policy with Trade Union Side for consultation.")

    report(12, "DIAA Report 2024/25-06: Business Continuity Planning (Limited assurance)")
    action(13, "06.1",
           "Business continuity plans should be in place for every Procurator Fiscal office and tested annually.",
           "High",
           "Complete and approve business continuity plans for the 11 offices that do not have a current plan.",
           "Deputy Crown Agent, Local Court", D(2025, 6, 30), None, "red",
           "Plans approved for 5 of 11 offices. Revised date to be proposed to the Committee in November 2025.")
    action(14, "06.2",
           "Lessons from business continuity exercises should be reported to the Executive Board.",
           "Medium",
           "Run a desktop exercise in each federation and report lessons learned to the Executive Board.",
           "Head of Resilience; Federation Business Managers", D(2026, 3, 31), None, None,
           "Not yet started – will follow completion of 06.1.")

    report(15, "DIAA Report 2023/24-07: Records Management (Limited assurance) – brought forward")
    action(16, "07.3",
           "Approved retention schedules should be applied to legacy shared drives.",
           "Medium",
           "Apply the approved retention schedule to legacy shared drives and delete records past their "
           "retention date, with Information Asset Owner sign-off.",
           "Records Manager", D(2024, 3, 31), D(2025, 12, 31), "amber",
           "Phase 1 (Finance and Procurement drives) complete. Remaining directorates to be completed by "
           "December 2025.")
    ws.freeze_panes = "A5"
    wb.save(out("zfx-copfs-audit-and-risk-committee-internal-audit-action-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Education Authority (NI) - SEND Transformation Programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def make_ea():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Education Authority"
    ws["A1"].font = Font(bold=True, size=11, color="1F3864")
    ws["A2"] = "SEND Transformation Programme – Highlight Report"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Reporting period: September 2025"
    ws["A4"] = "Prepared for: SEND Transformation Programme Board, 14 October 2025"
    ws["A5"] = "Senior Responsible Owner: Chief Transformation Officer"

    ws["A7"] = "Overall programme status"
    ws["A7"].font = BOLD
    ws["B7"] = "Previous RAG"
    ws["C7"] = "Amber"
    ws["C7"].fill = RAG_FILL["amber"]
    ws["D7"] = "Current RAG"
    ws["E7"] = "Amber"
    ws["E7"].fill = RAG_FILL["amber"]

    ws["A9"] = "Summary"
    ws["A9"].font = BOLD
    ws["A10"] = ("Four of the five projects are on track or recoverable. The Statutory Assessment Redesign pilot has "
                 "slipped by one month because of Educational Psychologist vacancies, and data migration testing "
                 "for the SEN case management system has been extended. The business case for Learning Support "
                 "Centre expansion was submitted to the Department of Education on 22 September 2025.")
    ws["A10"].alignment = WRAP
    ws.merge_cells("A10:H10")
    ws.row_dimensions[10].height = 62

    header_row(ws, 12, ["Ref", "Milestone", "Lead", "Baseline date", "Forecast date", "Previous RAG",
                        "Current RAG", "Commentary"], [7, 52, 30, 11, 11, 11, 11, 46])

    rag_col = {"Red": "red", "Amber": "amber", "Green": "green", "Complete": "blue"}

    def project(row, text):
        c = ws.cell(row=row, column=1, value=text)
        c.font = BOLD
        for i in range(1, 9):
            ws.cell(row=row, column=i).fill = RAG_FILL["pale"]
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)

    def ms(row, ref, text, lead, base, fcast, prev, cur, comment):
        vals = [ref, text, lead, base, fcast, prev, cur, comment]
        for i, v in enumerate(vals, start=1):
            cell = ws.cell(row=row, column=i, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
        for i, v in ((6, prev), (7, cur)):
            if v in rag_col:
                ws.cell(row=row, column=i).fill = RAG_FILL[rag_col[v]]

    project(13, "Project 1 – Statutory Assessment Redesign")
    ms(14, "1.1", "Complete the pilot of the redesigned statutory assessment pathway in the Belfast and South "
       "Eastern regions.", "Head of SEN Statutory Services", D(2025, 11, 1), D(2025, 12, 1), "Green", "Amber",
       "Pilot start delayed by one month due to Educational Psychologist vacancies.")
    ms(15, "1.2", "Publish revised parent and carer guidance on the statutory assessment process.",
       "Head of SEN Statutory Services / Communications Manager", D(2026, 1, 1), D(2026, 1, 1), "Green", "Green",
       "Draft reviewed by the Parent Carer Reference Group on 18 September 2025.")
    project(16, "Project 2 – Learning Support Centres")
    ms(17, "2.1", "Submit the business case for 40 additional Learning Support Centre classes to the Department "
       "of Education.", "Head of SEN Provision Planning", D(2025, 9, 1), D(2025, 9, 1), "Amber", "Complete",
       "Submitted 22 September 2025.")
    ms(18, "2.2", "Confirm host schools and open the new Learning Support Centre classes for the 2026/27 school "
       "year.", "Head of SEN Provision Planning", D(2026, 8, 1), D(2026, 8, 1), "Amber", "Amber",
       "Dependent on Department of Education approval of the business case.")
    project(19, "Project 3 – Early Intervention in Mainstream Schools")
    ms(20, "3.1", "Roll out the SEN Early Intervention Support training offer to 150 primary schools.",
       "Head of Inclusion and Wellbeing", D(2026, 3, 1), D(2026, 3, 1), "Green", "Green",
       "92 schools trained to date.")
    ms(21, "3.2", "Evaluate the first year of SEN Early Intervention Support and report findings to Programme "
       "Board.", "Programme Manager; Research and Evaluation Lead", D(2026, 6, 1), D(2026, 6, 1), None, None,
       "Not yet started.")
    project(22, "Project 4 – SEND Digital Case Management")
    ms(23, "4.1", "Complete data migration testing for the new SEN case management system.",
       "Head of Digital Services", D(2025, 10, 1), D(2026, 1, 1), "Amber", "Red",
       "Supplier defects outstanding; go-live decision deferred to the January 2026 Board.")
    ms(24, "4.2", "Train SEN Statutory Services staff on the new system ahead of go-live.",
       "Head of Digital Services and Head of SEN Statutory Services", D(2026, 1, 1), D(2026, 2, 1), "Amber",
       "Amber", "Training plan re-phased to follow the revised go-live date.")
    project(25, "Project 5 – Workforce Development")
    ms(26, "5.1", "Recruit 12 additional Educational Psychologists and 6 Assistant Educational Psychologists.",
       "Principal Educational Psychologist", D(2025, 12, 1), D(2026, 3, 1), "Amber", "Amber",
       "7 appointed; second recruitment round closes 31 October 2025.")
    ms(27, "5.2", "Launch the SEN professional learning programme for classroom assistants.",
       "Head of Education Workforce Development", D(2025, 9, 1), D(2025, 9, 1), "Green", "Complete",
       "Launched 8 September 2025; 1,140 registrations.")

    ws["A29"] = ("RAG key: Green – on track; Amber – some slippage, recoverable within tolerance; Red – milestone "
                 "will be missed without Board intervention; Complete – milestone achieved.")
    ws["A29"].font = Font(italic=True, size=9)
    ws.merge_cells("A29:H29")
    ws["A31"] = "Key risks and issues"
    ws["A31"].font = BOLD
    ws["A32"] = ("R07 Supplier capacity to fix migration defects in the case management system (High). "
                 "R11 Department of Education funding for 2026/27 not yet confirmed (High).")
    ws["A32"].alignment = WRAP
    ws.merge_cells("A32:H32")
    ws.row_dimensions[32].height = 32
    ws["A34"] = "Decisions required from Programme Board"
    ws["A34"].font = BOLD
    ws["A35"] = ("Note the revised forecast date for milestone 4.1 and agree that the go-live decision is taken "
                 "at the January 2026 Board.")
    ws.merge_cells("A35:H35")
    wb.save(out("zfx-education-authority-ni-send-transformation-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 3. Wandle Housing Association - strategic risk register with actions (xlsx)
# ---------------------------------------------------------------------------
def make_wandle():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "Wandle Housing Association"
    ws["A1"].font = Font(bold=True, size=11)
    ws["A2"] = "Strategic Risk Register 2025/26"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Presented to: Audit and Risk Committee, 23 September 2025 | Scores as at 31 August 2025"
    header_row(ws, 5, ["Risk", "Cause / event / consequence", "Risk owner", "Inherent score (L x I)",
                       "Key controls in place", "Residual score", "Trend", "Further actions required",
                       "Action owner", "Target date", "Action status"],
               [26, 40, 20, 10, 38, 10, 7, 48, 24, 12, 14])
    status_fill = {"Complete": "blue", "On track": "green", "Behind schedule": "amber", "Overdue": "red"}

    def risk(start, title, cause, owner, inh, controls, res, trend, actions):
        end = start + len(actions) - 1
        for c, v in enumerate([title, cause, owner, inh, controls, res, trend], start=1):
            cell = ws.cell(row=start, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if c == 1:
                cell.font = BOLD
            if end > start:
                ws.merge_cells(start_row=start, start_column=c, end_row=end, end_column=c)
        for i, (text, aowner, target, status) in enumerate(actions):
            r = start + i
            for c, v in enumerate([text, aowner, target, status], start=8):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy" if v.day == 1 else "dd/mm/yyyy"
            if status in status_fill:
                ws.cell(row=r, column=11).fill = RAG_FILL[status_fill[status]]
        return end + 1

    r = 6
    r = risk(r, "SR1 – Landlord health and safety compliance",
             "Failure to complete statutory checks (gas, electrical, fire, water, asbestos, lifts) leads to harm "
             "to residents and regulatory intervention by the Regulator of Social Housing.",
             "Director of Property Services", "4 x 5 = 20",
             "Compliance dashboard reviewed monthly by ELT\nThird-party audit of fire risk assessments\n"
             "Contractor KPIs reported to Property Committee",
             "3 x 5 = 15", "→",
             [("Complete the remaining 38 fire risk assessment remedial actions rated ‘high’.",
               "Head of Building Safety", D(2025, 12, 31), "On track"),
              ("Procure a new asbestos management contractor and complete the re-survey of communal areas.",
               "Head of Building Safety", "Q4 2025/26", "Behind schedule"),
              ("Report compliance performance across all six ‘Big 6’ areas to every Board meeting.",
               "Director of Property Services", "Ongoing", "On track")])
    r = risk(r, "SR2 – Damp, mould and Awaab's Law readiness",
             "Failure to respond to damp and mould within the timescales required by Awaab's Law from October "
             "2025 results in harm to residents, Housing Ombudsman findings and reputational damage.",
             "Director of Customer Services", "4 x 4 = 16",
             "Damp and mould policy approved March 2025\nDedicated damp and mould surveyors\n"
             "Weekly case review meeting",
             "3 x 4 = 12", "↓",
             [("Implement the new hazard triage process and 24-hour emergency response pathway in the repairs "
               "system.", "Head of Repairs", D(2025, 10, 1), "Complete"),
              ("Complete stock condition surveys for the remaining 1,150 homes not surveyed in the last five "
               "years.", "Asset Manager / Head of Repairs", D(2026, 3, 1), "On track")])
    r = risk(r, "SR3 – Financial viability and covenant headroom",
             "Cost inflation, rent policy and higher than planned major repairs spend reduce interest cover "
             "below the Board's golden rule, putting lender covenants at risk.",
             "Chief Financial Officer", "3 x 5 = 15",
             "30-year business plan with quarterly reforecast\nTreasury Management Policy\n"
             "Golden rules monitored monthly",
             "2 x 5 = 10", "→",
             [("Run the 2025/26 stress tests and mitigation plan and present them to the Board with the updated "
               "30-year business plan.", "Chief Financial Officer", D(2025, 11, 30), "On track"),
              ("Refinance the £25m revolving credit facility before it expires.",
               "Chief Financial Officer; Treasury Manager", D(2026, 6, 1), "Not started")])
    r = risk(r, "SR4 – Data and cyber security",
             "A cyber attack or data breach causes loss of systems or personal data, disrupting services to "
             "residents and leading to ICO enforcement action.",
             "Director of Resources", "4 x 4 = 16",
             "Multi-factor authentication on all accounts\nImmutable backups tested quarterly\n"
             "Managed security operations centre",
             "3 x 4 = 12", "↑",
             [("Achieve Cyber Essentials Plus certification.", "Head of IT", D(2025, 7, 31), "Overdue"),
              ("Deliver phishing awareness training to all staff and Board members, with completion reported "
               "quarterly.", "Head of IT / Head of People", D(2025, 12, 1), "On track")])

    k = r + 1
    ws.cell(row=k, column=1, value="Action status key").font = BOLD
    for i, (word, col) in enumerate([("Complete", "blue"), ("On track", "green"), ("Behind schedule", "amber"),
                                     ("Overdue", "red"), ("Not started", None)], start=1):
        c = ws.cell(row=k + i, column=1, value=word)
        if col:
            c.fill = RAG_FILL[col]
    ws.cell(row=k + 6, column=1, value="Trend: ↑ increasing, → stable, ↓ reducing since last report.")
    ws.freeze_panes = "A6"

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    m["A1"].font = BOLD
    m["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        m.cell(row=3, column=i + 1, value=i).font = BOLD
        m.cell(row=3 + i, column=1, value=6 - i).font = BOLD
        for j in range(1, 6):
            score = (6 - i) * j
            c = m.cell(row=3 + i, column=j + 1, value=score)
            c.fill = RAG_FILL["red"] if score >= 15 else RAG_FILL["amber"] if score >= 8 else RAG_FILL["green"]
    m["A10"] = "1–7 Low (green); 8–14 Medium (amber); 15–25 High (red)"
    wb.save(out("zfx-wandle-housing-association-strategic-risk-register-2025-26.xlsx"))


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


def set_cell(cell, text, bold=False):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold


# ---------------------------------------------------------------------------
# 4. Metropolitan Thames Valley Housing - Housing Ombudsman learning action plan (docx)
# ---------------------------------------------------------------------------
def make_mtvh():
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Housing Ombudsman Severe Maladministration Findings – Learning and Improvement Action Plan",
                      style="Title")
    doc.add_paragraph("Metropolitan Thames Valley Housing (MTVH)")
    doc.add_paragraph("Report to: Customer and Communities Committee – 10 July 2025")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Document owner", "Director of Customer Resolution"), ("Version", "2.1"),
                                ("Last updated", "27 June 2025"), ("Next review", "October 2025")]):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph("Between April 2024 and March 2025 the Housing Ombudsman made 14 findings of severe "
                      "maladministration against MTVH. This plan sets out the actions we are taking in response "
                      "to the orders and the wider learning identified in those cases. Progress is reported to "
                      "each meeting of the Committee.")
    doc.add_paragraph("Status key: Complete – action delivered and evidenced; Green – on track; Amber – at risk "
                      "or revised date agreed; Red – off track.")

    cols = ["Ref", "Action", "Lead", "Due date", "Status", "Progress update"]
    colour = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    def theme(title, learning, rows):
        doc.add_heading(title, level=1)
        p = doc.add_paragraph()
        p.add_run("Ombudsman learning").bold = True
        doc.add_paragraph(learning)
        tb = doc.add_table(rows=1 + len(rows), cols=len(cols))
        tb.style = "Table Grid"
        for i, h in enumerate(cols):
            set_cell(tb.cell(0, i), h, bold=True)
            shade(tb.cell(0, i), "D9E2F3")
        for r, vals in enumerate(rows, start=1):
            for i, v in enumerate(vals):
                set_cell(tb.cell(r, i), v)
            if vals[4] in colour:
                shade(tb.cell(r, 4), colour[vals[4]])

    theme("Theme 1: Complaint handling",
          "Stage 1 responses were often late and did not address all the points raised, and the remedies "
          "offered did not reflect the distress and inconvenience caused.",
          [("1.1", "Introduce a quality check of every Stage 2 response by a Complaints Team Leader before it is "
                   "issued.", "Head of Complaints & Resolution", "January 2025", "Complete",
            "In place since 6 January 2025; 100% of Stage 2 responses checked in Q4."),
           ("1.2", "Refresh the compensation policy so that awards for time, trouble and distress follow the "
                   "Ombudsman's remedies guidance.\nPublish the revised policy on our website.",
            "Head of Complaints & Resolution", "March 2025 – revised to September 2025", "Amber",
            "Draft policy with the residents' Scrutiny Panel for comment; revised date agreed by the Committee "
            "in April 2025."),
           ("1.3", "Train all staff who respond to complaints on the Complaint Handling Code (2024).",
            "Head of Learning and Development", "31 August 2025", "Green", "412 of 468 staff trained.")])
    theme("Theme 2: Damp, mould and leaks",
          "Reports of damp, mould and leaks were not treated as potential hazards, and follow-on works were not "
          "tracked to completion.",
          [("2.1", "Carry out a risk review of every open damp and mould case older than 12 months, with a named "
                   "case owner and a written plan shared with the resident.", "Director of Property Services",
            "September 2025", "Green", "286 of 340 cases reviewed."),
           ("2.2", "Add a mandatory follow-on works tracker to the repairs system so that jobs cannot be closed "
                   "while related works remain open.", "Head of Repairs Operations / Head of Digital",
            "December 2025", "Amber", "Supplier change request raised; testing planned for November."),
           ("2.3", "Contact residents who reported damp or mould in the past two years to check whether the "
                   "problem has returned.", "Director of Property Services", "Q2 2025/26", "Red",
            "Only 38% of residents contacted; additional contact centre resource requested.")])
    theme("Theme 3: Record keeping and vulnerability",
          "Records of residents' vulnerabilities and reasonable adjustments were incomplete or not visible to "
          "the staff dealing with repairs and complaints.",
          [("3.1", "Add a vulnerability and reasonable adjustments flag to the housing management system, visible "
                   "to repairs and complaints staff.", "Head of Digital", "October 2025", "Green",
            "Flag built; user testing under way."),
           ("3.2", "Cleanse vulnerability records for all households with an open complaint.",
            "Head of Tenancy Services", "Ongoing", "Green", "Weekly cleanse of new complaint cases."),
           ("3.3", "Audit 20 cases per region each month for record keeping and report results to the Customer "
                   "Experience Board.", "Regional Housing Managers", "Monthly", "Not started",
            "Audit template being finalised.")])
    doc.add_paragraph("Actions marked Complete will be removed from the next update once evidence has been "
                      "verified by Internal Audit.")
    doc.save(out("zfx-metropolitan-thames-valley-housing-ombudsman-severe-maladministration-learning-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Nacro - Charity Commission regulatory compliance case action plan (docx)
# ---------------------------------------------------------------------------
def make_nacro():
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Regulatory Compliance Case – Trustees' Action Plan", style="Title")
    doc.add_paragraph("Nacro")
    doc.add_paragraph("Progress report to the Board of Trustees – 16 July 2025")
    doc.add_paragraph("In January 2025 the Charity Commission opened a regulatory compliance case and set out the "
                      "actions it expects the trustees to take. This plan records those actions, the steps the "
                      "trustees have agreed and progress to date. It is shared with the Commission each quarter.")

    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (hexc, word, meaning) in enumerate([
            ("0070C0", "Blue", "Completed and evidence sent to the Commission"),
            ("00B050", "Green", "On track"),
            ("FFC000", "Amber", "Behind plan but expected to be recovered"),
            ("FF0000", "Red", "Off track – trustee attention needed")]):
        set_cell(key.cell(i, 0), word, bold=True)
        shade(key.cell(i, 0), hexc)
        set_cell(key.cell(i, 1), meaning)
    doc.add_paragraph()

    cols = ["No.", "Action required by the Commission", "Steps agreed by the trustees", "Responsible",
            "Deadline", "Progress at 30 June 2025", "RAG"]
    rag_hex = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
    # (kind, ...) rows; requirement None = continues the requirement above (vertically merged)
    plan = [
        ("theme", "A. Governance and trustee oversight"),
        ("act", "A1", "Review the board's skills and diversity and recruit trustees to fill the gaps identified.",
         "Commission an external board effectiveness review, including a skills audit.", "Chair",
         "31 March 2025", "Review completed; report received by the Board on 13 May 2025.", "blue"),
        ("act", "A2", None, "Recruit at least two trustees with safeguarding and housing expertise.",
         "Chair; Nominations Committee", "30 September 2025",
         "Shortlist of four candidates; interviews on 28 July 2025.", "green"),
        ("act", "A3", "Ensure the board receives timely and accurate information about serious incidents.",
         "Introduce a serious incident report to every Board meeting, including incidents reported to the "
         "Commission.", "Chief Executive", "April 2025", "In place from the April 2025 Board.", "blue"),
        ("theme", "B. Safeguarding"),
        ("act", "B1", "Strengthen safeguarding arrangements across residential and community services.",
         "Appoint a safeguarding lead trustee and agree the role description.", "Chair", "28 February 2025",
         "Lead trustee appointed in February 2025.", "blue"),
        ("act", "B2", None, "Complete an independent audit of safeguarding practice in supported housing services.",
         "Director of Safeguarding", "Q2 2025/26", "Auditor appointed; fieldwork starts in August 2025.", "amber"),
        ("act", "B3", None, "Update the safeguarding policy and train all staff and volunteers on it.",
         "Director of Safeguarding / Chief People Officer", "31 December 2025",
         "Policy approved on 10 June 2025; training 41% complete.", "green"),
        ("theme", "C. Financial controls and conflicts of interest"),
        ("act", "C1", "Put in place an effective conflicts of interest policy and register.",
         "Adopt a revised conflicts of interest policy and publish the register of interests annually.",
         "Company Secretary", "Annually", "Policy adopted in March 2025; first register published.", "green"),
        ("act", "C2", "Review financial delegations and the controls over payments.",
         "Revise the scheme of delegation and financial regulations and present them to the Finance and Audit "
         "Committee.", "Chief Financial Officer", "30 June 2025 (revised: 30 September 2025)",
         "Presented on 24 June 2025; amendments requested.", "amber"),
        ("act", "C3", None, "Commission an internal audit of payment controls and implement its recommendations.",
         "Chief Financial Officer", "March 2026", "Scoped with the internal auditors for Q3.", None),
    ]
    tb = doc.add_table(rows=1 + len(plan), cols=len(cols))
    tb.style = "Table Grid"
    for i, h in enumerate(cols):
        set_cell(tb.cell(0, i), h, bold=True)
        shade(tb.cell(0, i), "BFBFBF")
    req_start = None
    for r, row in enumerate(plan, start=1):
        if row[0] == "theme":
            merged = tb.cell(r, 0).merge(tb.cell(r, len(cols) - 1))
            set_cell(merged, row[1], bold=True)
            shade(merged, "E7E6E6")
            req_start = None
            continue
        _, no, req, step, resp, deadline, progress, rag = row
        set_cell(tb.cell(r, 0), no)
        if req is not None:
            set_cell(tb.cell(r, 1), req)
            req_start = r
        else:
            top = tb.cell(req_start, 1)
            top.merge(tb.cell(r, 1))
        set_cell(tb.cell(r, 2), step)
        set_cell(tb.cell(r, 3), resp)
        set_cell(tb.cell(r, 4), deadline)
        set_cell(tb.cell(r, 5), progress)
        if rag:
            shade(tb.cell(r, 6), rag_hex[rag])
    doc.add_paragraph("Note: RAG ratings are those agreed by the Finance and Audit Committee on 24 June 2025.")

    doc.add_paragraph().add_run("Approval").bold = True
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.cell(0, 0), "Approved on behalf of the trustees by", bold=True)
    set_cell(s.cell(0, 1), "Chair of Trustees")
    set_cell(s.cell(1, 0), "Date", bold=True)
    set_cell(s.cell(1, 1), "16 July 2025")
    doc.save(out("zfx-nacro-charity-commission-regulatory-compliance-case-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Ventnor Town Council - audit and governance action plan, Trello board CSV export
# ---------------------------------------------------------------------------
def make_ventnor():
    header = ["Card ID", "Card Name", "Card URL", "Card Description", "Labels", "Members", "Due Date",
              "Due Complete", "Start Date", "Checklist Item Total Count", "Checklist Item Completed Count",
              "Comment Count", "Last Activity Date", "List ID", "List Name", "Board ID", "Board Name",
              "Archived"]
    board_id = "66b0f2c41d9e3a0b7c5d2e19"
    board = "VTC Audit and Governance Action Plan 2025-26"
    lists = {"Not started": "66b0f2c41d9e3a0b7c5d2e1a", "In progress": "66b0f2c41d9e3a0b7c5d2e1b",
             "Done": "66b0f2c41d9e3a0b7c5d2e1c"}
    cards = [
        ("67a1c3e5f2b4d6a8c0e1f301", "Complete the annual risk assessment and present it to Full Council",
         "complete-the-annual-risk-assessment", "", "", "Jo Ridley", "2026-01-27T12:00:00.000Z", "false",
         "", "0", "0", "0", "2025-09-12T09:14:22.310Z", "Not started"),
        ("67a1c3e5f2b4d6a8c0e1f302", "Arrange councillor training on the Code of Conduct and declarations of "
         "interest", "arrange-councillor-training", "Isle of Wight Association of Local Councils to be asked "
         "for dates.", "", "Jo Ridley, Cllr Steph Marsh", "2026-02-26T12:00:00.000Z", "false", "", "0", "0",
         "1", "2025-09-18T15:40:05.112Z", "Not started"),
        ("67a1c3e5f2b4d6a8c0e1f303", "Review and re-adopt Standing Orders, including the new procurement "
         "thresholds", "review-and-re-adopt-standing-orders", "Draft to Policy & Resources Committee "
         "14 October.\nFull Council to adopt 18 November.", "On track (green)", "Jo Ridley",
         "2025-11-18T12:00:00.000Z", "false", "2025-08-01T12:00:00.000Z", "3", "1", "2",
         "2025-09-30T10:02:47.905Z", "In progress"),
        ("67a1c3e5f2b4d6a8c0e1f304", "Carry out the annual review of the asset register and reconcile it to "
         "the insurance schedule", "annual-review-of-asset-register", "Bus shelters and benches still to be "
         "checked on site.", "At risk (yellow)", "Mark Hollis, Jo Ridley", "2025-10-31T12:00:00.000Z", "false",
         "", "4", "2", "3", "2025-10-02T08:55:10.470Z", "In progress"),
        ("67a1c3e5f2b4d6a8c0e1f305", "Set up monthly publication of payments over £500 on the council website",
         "monthly-publication-of-payments", "Internal auditor point 3. Website template still to be built.",
         "Overdue (red)", "Mark Hollis", "2025-07-31T12:00:00.000Z", "false", "", "0", "0", "2",
         "2025-09-05T13:21:39.006Z", "In progress"),
        ("67a1c3e5f2b4d6a8c0e1f306", "Review the website accessibility statement and fix the issues found in "
         "the audit", "website-accessibility-statement", "12 of 19 issues fixed.", "On track (green)",
         "Amy Cotton", "", "false", "", "19", "12", "0", "2025-09-29T16:33:58.221Z", "In progress"),
        ("67a1c3e5f2b4d6a8c0e1f307", "Adopt updated Financial Regulations based on the 2024 NALC model",
         "adopt-updated-financial-regulations", "Adopted by Full Council 16 September 2025 (minute 25/118).",
         "", "Mark Hollis", "2025-09-30T11:00:00.000Z", "true", "", "0", "0", "1",
         "2025-09-17T09:03:12.640Z", "Done"),
        ("67a1c3e5f2b4d6a8c0e1f308", "Record each bank reconciliation as signed by a councillor at Finance "
         "Committee", "bank-reconciliation-sign-off", "In place from June meeting.", "", "Mark Hollis",
         "2025-06-30T11:00:00.000Z", "true", "", "0", "0", "0", "2025-07-01T11:45:00.000Z", "Done"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for n, (cid, name, slug, desc, labels, members, due, done, start, tot, comp, com, last, lst) in \
            enumerate(cards, start=21):
        url = "https://trello.com/c/%s/%d-%s" % (cid[-8:], n, slug)
        w.writerow([cid, name, url, desc, labels, members, due, done, start, tot, comp, com, last,
                    lists[lst], lst, board_id, board, "false"])
    with open(out("zfx-ventnor-town-council-audit-and-governance-action-plan-2025-26-trello-export.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Ofqual Board action log, tab-separated text export - with a mistyped month (refuse)
# ---------------------------------------------------------------------------
def make_ofqual():
    lines = [
        "Ofqual Board – Action Log",
        "Open and recently closed actions following the Board meeting of 17 September 2025",
        "",
        "\t".join(["Ref", "Meeting", "Minute", "Action", "Owner", "Due", "Status", "Update"]),
        "\t".join(["BA/25/01", "12 March 2025", "46/24", "Circulate the revised board effectiveness review "
                   "action plan to members for comment.", "Board Secretary", "April 2025", "Closed",
                   "Circulated on 2 April 2025."]),
        "\t".join(["BA/25/02", "12 March 2025", "48/24", "Bring a paper on the regulatory approach to "
                   "on-screen assessment to a future Board.", "AS", "September 2025", "Closed",
                   "Taken at the September Board (item 14/25)."]),
        "\t".join(["BA/25/03", "11 June 2025", "05/25", "Share the updated strategic risk register with the "
                   "Audit and Risk Assurance Committee ahead of its October meeting.", "MT", "October 2025",
                   "Open", "On track."]),
        "\t".join(["BA/25/04", "11 June 2025", "07/25", "Provide members with a breakdown of the 2025/26 "
                   "budget by directorate.", "DB", "July 2025", "Closed", "Circulated on 14 July 2025."]),
        "\t".join(["BA/25/05", "11 June 2025", "09/25", "Arrange a Board development session on artificial "
                   "intelligence in assessment.", "MT/IS", "December 2025", "Open",
                   "Provisional date 10 December 2025."]),
        "\t".join(["BA/25/06", "17 September 2025", "13/25", "Report the outcome of the summer 2025 "
                   "results-day monitoring, including review of marking requests.", "AS", "Febuary 2026", "Open",
                   "Data due from awarding organisations in January."]),
        "\t".join(["BA/25/07", "17 September 2025", "15/25", "Bring the draft Corporate Plan 2026-29 to the "
                   "December Board for discussion.", "MT", "December 2025", "Open", "Drafting under way."]),
        "\t".join(["BA/25/08", "17 September 2025", "16/25", "Confirm the timetable for the review of the "
                   "General Conditions of Recognition.", "General Counsel", "November 2025", "Open", ""]),
        "",
        "Owners: AS – Executive Director, General Qualifications; DB – Executive Director, Finance and "
        "Operations; MT – Executive Director, Strategy; IS – Executive Director, Standards, Research and Analysis.",
        "Closed actions are removed after they have been reported to one meeting.",
    ]
    with open(out("zfx-ofqual-board-action-log-typo-month-refuse.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_copfs()
    make_ea()
    make_wandle()
    make_mtvh()
    make_nacro()
    make_ventnor()
    make_ofqual()
    print("built 7 files in", HERE)
