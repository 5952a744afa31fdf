"""Build the seven zxz- blind test files (set heldout628).

Run with /work/main/.venv/bin/python zxz_make.py ; writes beside this script.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Put text in a Word cell; '\n' starts a new paragraph in the cell."""
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def fill(hex_rgb):
    return PatternFill("solid", start_color=hex_rgb, end_color=hex_rgb)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"


# =================================================================== 1
# Tewkesbury Town Council - internal audit 2024/25 action plan (docx)
def tewkesbury():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = d.add_paragraph()
    r = p.add_run("TEWKESBURY TOWN COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    r = p.add_run("Internal Audit Report 2024/25 – Action Plan")
    r.bold = True
    r.font.size = Pt(12)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("Finance & General Purposes Committee – 15 July 2025 – Agenda item 9(b)")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Internal auditor", "Severn Vale Audit Services (year-end visit 22 April 2025)"),
        ("AGAR year", "2024/25 – Annual Internal Audit Report signed 28 April 2025"),
        ("Prepared by", "Town Clerk"),
        ("Version", "1.2 – updated following F&GP on 10 June 2025"),
    ]:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)

    d.add_paragraph("")
    d.add_paragraph(
        "The internal auditor's recommendations are listed under the AGAR control objective to which "
        "they relate. The Council's response and the officer responsible were agreed at F&GP on "
        "10 June 2025. Progress is reported to each meeting of the Committee."
    )

    hdr = ["No.", "Internal auditor's recommendation", "Council response / action to be taken",
           "Responsible", "Target date", "Status"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")

    def objective(text):
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, text, bold=True)
        shade(m, "F2F2F2")

    def rec(no, recommendation, action, resp, target, status):
        c = t.add_row().cells
        for i, v in enumerate([no, recommendation, action, resp, target, status]):
            set_cell(c[i], v)

    objective("A – Accounting records")
    rec("R1",
        "The cashbook should be reconciled to the bank statements every month and each "
        "reconciliation signed by a councillor who is not a bank signatory.",
        "Monthly bank reconciliations to be presented to each F&GP meeting and signed by the "
        "nominated councillor verifier.",
        "Finance Officer", "31/07/2025", "Complete")
    objective("B – Financial regulations and payments")
    rec("R2",
        "Financial Regulations should be updated to the current NALC model and re-adopted.",
        "Draft revised Financial Regulations based on the NALC 2024 model, with the tender "
        "threshold set at £30,000, for adoption at Full Council.",
        "Town Clerk", "September 2025", "On track")
    rec("R3",
        "A record should be kept of declarations of interest for contracts let under delegated "
        "authority.",
        "Add a declarations of interest box to the purchase order form and brief all staff with "
        "delegated spending authority.",
        "Town Clerk / Finance Officer", "30 June 2025", "Complete")
    objective("C – Risk management")
    # recommendation 4 has two actions; the recommendation cell is merged down
    r1 = t.add_row().cells
    r2 = t.add_row().cells
    rec4 = ("The risk register should be reviewed in full at least once a year and insurance cover "
            "checked against the asset register.")
    merged = r1[1].merge(r2[1])
    set_cell(merged, rec4)
    for c, vals in [
        (r1, ["R4a", None,
              "Full review of the risk register by F&GP, with a summary of changes reported to "
              "Full Council.",
              "Deputy Town Clerk", "Nov-25", "Not started"]),
        (r2, ["R4b", None,
              "Obtain an updated schedule of sums insured from the insurer and reconcile it to the "
              "asset register, including the Mayor's chain and civic regalia.",
              "Finance Officer", "01/06/2026", "Not started"]),
    ]:
        for i, v in enumerate(vals):
            if v is not None:
                set_cell(c[i], v)
    objective("D – Budget, precept and reserves")
    rec("R5",
        "Earmarked reserves should be reviewed and each reserve given a stated purpose.",
        "Prepare a schedule of earmarked reserves giving the purpose and planned use of each, to "
        "go with the 2026/27 budget papers.",
        "Finance Officer", "December 2025", "On track")
    objective("G – Payroll")
    rec("R6",
        "Evidence that the annual pay award has been applied correctly should be kept on file.",
        "Keep the NJC pay award circular and the back-pay calculation on the payroll file each "
        "year.",
        "Town Clerk", "Annually", "Complete")
    objective("H – Asset register")
    rec("R7",
        "The asset register should include the Council's street furniture and play equipment.",
        "Survey the benches, bins, bus shelters and Priors Park play area equipment and add each "
        "item to the asset register.",
        "Facilities Manager", "Oct 2025", "Not started")
    objective("L – Transparency")
    rec("R8",
        "Payments over £500 should be published on the website as the Transparency Code requires.",
        "Publish the monthly list of payments over £500 on the website, starting with April 2025.",
        "Administration Officer", "31 August 2025", "Complete")

    d.add_paragraph("")
    d.add_paragraph("Status: Complete = implemented and evidenced; On track = in hand and expected "
                    "by the target date; Not started = work not yet begun.")
    d.add_paragraph("Signed: ............................ Town Clerk        Date: ..................")
    d.save(out("zxz-tewkesbury-town-council-internal-audit-2024-25-action-plan.docx"))


# =================================================================== 2
# Princess Alice Hospice - CQC inspection action plan (docx, one table per key question)
def princess_alice():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("Princess Alice Hospice", level=0)
    d.add_paragraph("CQC Inspection Action Plan").runs[0].bold = True
    d.add_paragraph("Following the inspection of 12 and 13 November 2024 (report published "
                    "6 February 2025). Overall rating: Good; Safe: Requires improvement.")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Location", "Princess Alice Hospice, West End Lane, Esher KT10 8NA"),
        ("Plan owner", "Director of Clinical Services"),
        ("Monitored by", "Quality and Governance Committee (monthly); Board of Trustees (quarterly)"),
        ("Version / date", "v4 – 28 May 2025"),
    ]:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)

    d.add_paragraph("")
    d.add_paragraph("RAG key").runs[0].bold = True
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, col, meaning in [
        ("B", BLUE, "Complete – evidence held in the CQC evidence folder"),
        ("G", GREEN, "On track to deliver by the timescale"),
        ("A", AMBER, "Some slippage – mitigation agreed"),
        ("R", RED, "Off track – escalated to the Quality and Governance Committee"),
    ]:
        c = k.add_row().cells
        set_cell(c[0], code, bold=True)
        shade(c[0], col)
        set_cell(c[1], meaning)

    hdr = ["Ref", "Action", "Lead", "Timescale", "Progress update", "RAG"]

    def section(title, blocks):
        d.add_heading(title, level=1)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "5B2C6F")
        for req, actions in blocks:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, req, bold=True)
            shade(m, "E8DAEF")
            for ref, action, lead, when, progress, rag in actions:
                c = t.add_row().cells
                for i, v in enumerate([ref, action, lead, when, progress]):
                    set_cell(c[i], v)
                code, col = rag
                set_cell(c[5], code)
                shade(c[5], col)

    section("1. Safe", [
        ("Must do 1 – Regulation 12: The provider must ensure that medicines which need "
         "refrigeration are stored within the recommended temperature range and that readings "
         "outside the range are acted on.",
         [("MD1.1",
           "Replace the drug fridge on the In-Patient Unit.\nFit continuous remote temperature "
           "monitoring with alerts to the nurse in charge.",
           "Pharmacist / IPU Ward Manager", "31 March 2025",
           "New fridge installed 3 March 2025; remote monitoring live from 10 March.",
           ("B", BLUE)),
          ("MD1.2",
           "Audit fridge temperature records monthly and report any out-of-range readings to the "
           "Medicines Management Group.",
           "Pharmacist", "Ongoing – monthly",
           "Audits for March, April and May 2025 at 100%.",
           ("G", GREEN))]),
        ("Should do 1: The provider should ensure that all staff complete safeguarding adults "
         "level 3 training in line with the intercollegiate document.",
         [("SD1.1",
           "Book all registered nurses and doctors onto safeguarding adults level 3 training and "
           "track completion on the learning system.",
           "Head of Education", "June 2025 (revised from March 2025)",
           "81% complete at 23 May 2025; two further sessions booked for June.",
           ("A", AMBER))]),
    ])
    section("2. Effective", [
        ("Should do 2: The provider should ensure that mental capacity assessments are recorded "
         "for people who lack capacity to consent to their care.",
         [("SD2.1",
           "Add a mental capacity assessment template to SystmOne and audit 20 records each "
           "quarter.",
           "Lead Nurse, Quality and Patient Safety", "Q2 2025/26",
           "Template built and in testing; first audit due July 2025.",
           ("G", GREEN))]),
    ])
    section("3. Responsive", [
        ("Should do 3: The provider should make sure that learning from complaints is shared with "
         "staff across all services.",
         [("SD3.1",
           "Publish a quarterly 'You said, we did' learning bulletin and discuss it at team "
           "meetings in every service.",
           "Head of Patient and Family Experience", "30/06/2025",
           "First bulletin issued April 2025.",
           ("B", BLUE))]),
    ])
    section("4. Well-led", [
        ("Must do 2 – Regulation 17: The provider must ensure that governance systems identify "
         "and act on risks, including the oversight of clinical audits and action plans.",
         [("MD2.1",
           "Introduce a clinical audit programme with a single action tracker reviewed at every "
           "Quality and Governance Committee.",
           "Director of Clinical Services", "April 2025",
           "Programme approved; tracker in use since April 2025.",
           ("B", BLUE)),
          ("MD2.2",
           "Commission an external review of clinical governance and report its findings to the "
           "Board of Trustees.",
           "Chief Executive; Chair of Quality and Governance Committee", "September 2025",
           "Reviewer being appointed; scope agreed.",
           ("", AMBER))]),
    ])
    d.add_paragraph("")
    d.add_paragraph("Evidence for completed actions is held in the CQC evidence folder on the "
                    "Quality SharePoint site.")
    d.save(out("zxz-princess-alice-hospice-cqc-inspection-action-plan.docx"))


# =================================================================== 3
# Cheshire and Warrington CA - strategic risk register 2025/26 (xlsx, several sheets)
def cheshire_warrington():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Cheshire and Warrington Combined Authority"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Strategic Risk Register 2025/26 – Quarter 2 update"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Audit and Governance Committee – 21 October 2025 – Appendix A"
    cov["A5"] = "Version control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.3", "04/07/2025", "Head of Governance", "Q1 review – risks SR01 to SR05 agreed"),
            ("1.0", "08/10/2025", "Head of Governance", "Q2 review by Interim Leadership Team")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cov["A10"] = "Scoring: Likelihood (1–5) x Impact (1–5). 15–25 high; 8–12 medium; 1–6 low."
    cov["A12"] = "Action RAG key"
    cov["A12"].font = Font(bold=True)
    for i, (code, col, meaning) in enumerate([
        ("B", BLUE, "Complete"),
        ("G", GREEN, "On track"),
        ("A", AMBER, "Behind plan but recoverable"),
        ("R", RED, "Off track – needs Leadership Team intervention"),
    ]):
        a = cov.cell(row=13 + i, column=1, value=code)
        a.fill = fill(col)
        cov.cell(row=13 + i, column=2, value=meaning)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 22
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = "Cheshire and Warrington Combined Authority – Strategic Risk Register 2025/26 (Q2)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:M1")
    # two-row header
    top = ["Risk", "Risk description (cause – event – effect)", "Risk owner", "Inherent score",
           "Existing controls", "Residual score", "Action ref", "Further mitigating action",
           "Action owner", "Original target", "Revised target", "Action RAG", None]
    sub = [None] * 11 + ["Previous (Q1)", "Current (Q2)"]
    for j, v in enumerate(top):
        if v is not None:
            ws.cell(row=3, column=1 + j, value=v)
    for j, v in enumerate(sub):
        if v is not None:
            ws.cell(row=4, column=1 + j, value=v)
    for col in range(1, 12):
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.merge_cells("L3:M3")
    for r in (3, 4):
        for col in range(1, 14):
            c = ws.cell(row=r, column=col)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("1F3864")
            c.alignment = WRAP
            c.border = BOX

    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    row = 5

    def category(text):
        nonlocal row
        ws.cell(row=row, column=1, value=text)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=13)
        c = ws.cell(row=row, column=1)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        row += 1

    def risk(title, desc, owner, inherent, controls, residual, actions):
        nonlocal row
        first = row
        for a in actions:
            ref, text, aowner, orig, rev, prev, cur = a
            for j, v in enumerate([ref, text, aowner, orig, rev]):
                c = ws.cell(row=row, column=7 + j, value=v)
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            p = ws.cell(row=row, column=12, value=prev)
            p.fill = fill(rag_fill[prev])
            code, show = cur
            c = ws.cell(row=row, column=13, value=code if show else None)
            c.fill = fill(rag_fill[code])
            row += 1
        last = row - 1
        for j, v in enumerate([title, desc, owner, inherent, controls, residual]):
            ws.cell(row=first, column=1 + j, value=v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=1 + j, end_row=last,
                               end_column=1 + j)
        for r in range(first, last + 1):
            for col in range(1, 14):
                c = ws.cell(row=r, column=col)
                c.alignment = WRAP
                c.border = BOX

    category("1. Governance and establishment")
    risk("SR01 Establishment and mayoral election timetable",
         "The statutory order or transfer of functions is delayed, so the Combined Authority is "
         "not ready to operate when the Mayor takes office in May 2026, damaging confidence of "
         "Government and partners.",
         "Interim Chief Executive", "4 x 5 = 20",
         "Establishment programme board meets fortnightly; MHCLG liaison meetings; "
         "constituent council sign-off route agreed.",
         "3 x 4 = 12",
         [("SR01.1",
           "Agree the constitution, standing orders and scheme of delegation for approval at the "
           "shadow Combined Authority meeting.",
           "Monitoring Officer / Head of Governance", dt.date(2025, 11, 28), None, "G", ("G", True)),
          ("SR01.2",
           "Prepare the election readiness plan with the Combined Authority Returning Officer, "
           "including polling station and count arrangements.",
           "Head of Governance", dt.date(2025, 9, 30), dt.date(2026, 1, 30), "G", ("A", True))])
    category("2. Finance and funding")
    risk("SR02 Capacity funding and medium-term financial plan",
         "Capacity funding is not enough to recruit the core team and the investment fund "
         "profile is not agreed, leading to delay in the first-year programme.",
         "Interim S73 Officer", "4 x 4 = 16",
         "Capacity funding grant letter received; joint finance group with the three councils.",
         "3 x 4 = 12",
         [("SR02.1",
           "Set the 2026/27 budget and a three-year medium-term financial plan for approval.",
           "Interim S73 Officer", "Q4 2025/26", None, "G", ("G", True)),
          ("SR02.2",
           "Agree the investment fund assurance framework with Government.",
           "Interim S73 Officer and Head of Investment", dt.date(2025, 10, 31), None, "A",
           ("R", True))])
    category("3. Delivery")
    risk("SR03 Transfer of transport functions",
         "Local transport authority functions and staff transfer without the data, contracts "
         "and systems needed, disrupting bus services and concessionary travel.",
         "Director of Transport", "4 x 4 = 16",
         "Transport transition workstream; TUPE legal advice commissioned.",
         "3 x 3 = 9",
         [("SR03.1",
           "Complete the inventory of bus contracts, concessionary travel data and assets held by "
           "Cheshire East, Cheshire West and Chester and Warrington.",
           "JM / PK", dt.date(2025, 8, 29), None, "G", ("B", True)),
          ("SR03.2",
           "Run TUPE consultation with transferring transport staff.",
           "Head of HR (shared service)", dt.date(2026, 2, 27), None, "G", ("A", False))])
    risk("SR04 Adult Skills Fund devolution readiness",
         "The Combined Authority is not ready to commission and manage the devolved Adult "
         "Skills Fund from August 2026, so providers and learners face disruption.",
         "Director of Economy and Skills", "3 x 4 = 12",
         "Readiness conditions tracked with the Department for Education.",
         "2 x 4 = 8",
         [("SR04.1",
           "Submit the readiness conditions evidence pack to the Department for Education.",
           "Director of Economy and Skills", dt.date(2025, 12, 19), None, "G", ("G", False)),
          ("SR04.2",
           "Agree the funding rules and provider allocations for 2026/27.",
           "Skills Commissioning Manager", "March 2026", None, "G", ("G", True))])

    category("4. Organisational resilience")
    risk("SR05 Cyber security and information governance",
         "The new organisation is hit by a cyber incident or data breach before its own "
         "controls are in place, causing loss of data, cost and reputational damage.",
         "Monitoring Officer", "3 x 5 = 15",
         "ICT hosted by Warrington BC under an interim agreement.",
         "2 x 5 = 10",
         [("SR05.1",
           "Adopt information governance policies, appoint a Data Protection Officer and register "
           "with the ICO.",
           "Monitoring Officer", "December 2025", None, "A", ("G", True))])
    row += 1
    ws.cell(row=row, column=1, value="Action RAG key: see Cover sheet. Scores are likelihood x impact.")
    widths = [30, 45, 20, 11, 35, 11, 10, 50, 24, 13, 13, 11, 11]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    ws.freeze_panes = "A5"

    rm = wb.create_sheet("Risks removed")
    rm.append(["Risk", "Removed", "Reason"])
    for c in rm[1]:
        c.font = Font(bold=True)
    rm.append(["SR06 Devolution deal consultation outcome", "Q1 2025/26",
               "Consultation concluded; Government decision received."])
    rm.column_dimensions["A"].width = 45
    rm.column_dimensions["C"].width = 55
    wb.save(out("zxz-cheshire-and-warrington-ca-strategic-risk-register-2025-26.xlsx"))


# =================================================================== 4
# Great British Energy - board action log (xlsx) - refuse: mistyped month on Open actions row 9
def gbe():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = "Great British Energy"
    ws["A1"].font = Font(bold=True, size=14, color="00594F")
    ws["A2"] = "Board Action Log – for the Board meeting of 18 September 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Prepared by the Company Secretary. Actions proposed for closure are marked in the Status column."
    hdr = ["Action No.", "Meeting", "Minute ref", "Item", "Action", "Owner", "Due date",
           "Status", "Update"]
    ws.append([])
    ws.append(hdr)  # row 5
    for c in ws[5]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.alignment = WRAP
    data = [
        ("BA/25/04", dt.date(2025, 4, 24), "GBE/B/25/12", "Strategic plan",
         "Bring the draft five-year strategic plan to the Board for approval.",
         "Chief Executive", dt.date(2025, 7, 24), "Proposed for closure",
         "Strategic plan approved at July meeting."),
        ("BA/25/07", dt.date(2025, 5, 22), "GBE/B/25/19", "Local Power Plan",
         "Provide a breakdown of Local Power Plan grant allocations by nation and region.",
         "Director of Local Power", dt.date(2025, 9, 18), "Open",
         "Paper on the agenda for this meeting."),
        ("BA/25/09", dt.date(2025, 5, 22), "GBE/B/25/21", "Risk appetite",
         "Hold a Board workshop on risk appetite before the statement is finalised.",
         "Chief Risk Officer", "October 2025", "Open",
         "Workshop date being agreed with the Chair."),
        ("BA/25/11", dt.date(2025, 7, 24), "GBE/B/25/30", "Aberdeen headquarters",
         "Report on the fit-out costs and timetable for the Aberdeen headquarters.",
         "Chief Operating Officer", "Novemebr 2025", "Open",
         "Lease terms agreed in principle."),
        ("BA/25/12", dt.date(2025, 7, 24), "GBE/B/25/31", "People",
         "Share the recruitment plan and diversity data for the first 200 posts.",
         "Chief People Officer", dt.date(2025, 10, 23), "Open", ""),
        ("BA/25/13", dt.date(2025, 7, 24), "GBE/B/25/33", "Audit and Risk Committee",
         "Confirm the internal audit provider and the 2025/26 internal audit plan.",
         "Chief Financial Officer", "Next meeting", "Open",
         "Government Internal Audit Agency appointed; plan to ARC in October."),
        ("BA/25/14", dt.date(2025, 7, 24), "GBE/B/25/35", "Great British Energy – Nuclear",
         "Set out the governance interface with Great British Energy – Nuclear.",
         "General Counsel", "December 2025", "Open", ""),
    ]
    for r in data:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=6, max_row=ws.max_row):
        for c in row:
            c.alignment = WRAP
            if isinstance(c.value, dt.date):
                c.number_format = "dd/mm/yyyy"
    widths = [11, 12, 13, 22, 55, 24, 14, 20, 45]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w

    cl = wb.create_sheet("Closed actions")
    cl["A1"] = "Closed actions (approved for closure by the Board)"
    cl["A1"].font = Font(bold=True)
    cl.append(hdr[:8] + ["Closed at"])
    for c in cl[2]:
        c.font = Font(bold=True)
    cl.append(["BA/25/01", dt.date(2025, 3, 27), "GBE/B/25/03", "Framework document",
               "Circulate the signed framework document agreed with DESNZ.",
               "General Counsel", dt.date(2025, 4, 24), "Closed", dt.date(2025, 4, 24)])
    cl.append(["BA/25/02", dt.date(2025, 3, 27), "GBE/B/25/05", "Committees",
               "Confirm membership of the Audit and Risk Committee and the Remuneration Committee.",
               "Company Secretary", dt.date(2025, 4, 24), "Closed", dt.date(2025, 5, 22)])
    for row in cl.iter_rows(min_row=3, max_row=cl.max_row):
        for c in row:
            if isinstance(c.value, dt.date):
                c.number_format = "dd/mm/yyyy"
    cl.column_dimensions["E"].width = 55
    wb.save(out("zxz-great-british-energy-board-action-log-typo-month-refuse.xlsx"))


# =================================================================== 5
# Crisis - Crisis at Christmas 2024 lessons learned action plan (xlsx; RAG by fill, key redefines green)
def crisis():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Crisis at Christmas 2024 – Debrief and Lessons Learned"
    sm["A1"].font = Font(bold=True, size=14, color="C8102E")
    sm["A2"] = "Action plan for Christmas 2025 – position at 1 September 2025"
    sm["A4"] = "Progress summary"
    sm["A4"].font = Font(bold=True)
    summary = [("Total actions", 10), ("Complete", 3), ("In progress", 4),
               ("At risk", 1), ("Not started", 2)]
    for i, (k, v) in enumerate(summary):
        sm.cell(row=5 + i, column=1, value=k).border = BOX
        sm.cell(row=5 + i, column=2, value=v).border = BOX
    sm["A11"] = "Colour key used in the Status column"
    sm["A11"].font = Font(bold=True)
    for i, (col, meaning) in enumerate([
        (GREEN, "Complete"),
        (AMBER, "In progress"),
        (RED, "At risk of not being in place for Christmas 2025"),
        (None, "No colour – not started"),
    ]):
        c = sm.cell(row=12 + i, column=1)
        if col:
            c.fill = fill(col)
        c.border = BOX
        sm.cell(row=12 + i, column=2, value=meaning)
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Crisis at Christmas 2024 – Lessons Learned Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Drawn from the volunteer survey, guest feedback sessions and the centre managers' "
                "debrief held on 30 January 2025.")
    hdr = ["No.", "Action", "Owner", "Deadline", "Status", "Progress note"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C8102E")
        c.border = BOX
    row = 5
    status_fill = {"done": GREEN, "prog": AMBER, "risk": RED, "none": None}

    def theme(text):
        nonlocal row
        ws.cell(row=row, column=1, value=text).font = Font(bold=True, size=11)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        ws.cell(row=row, column=1).fill = fill("F2F2F2")
        row += 1

    def lesson(text):
        nonlocal row
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(italic=True)
        c.alignment = WRAP
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        ws.row_dimensions[row].height = 30
        row += 1

    def action(no, text, owner, deadline, status, note):
        nonlocal row
        for j, v in enumerate([no, text, owner, deadline, None, note]):
            c = ws.cell(row=row, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
        if status_fill[status]:
            ws.cell(row=row, column=5).fill = fill(status_fill[status])
        row += 1

    theme("Theme 1: Volunteer recruitment and induction")
    lesson("Late cancellations over 24–26 December left two hotel sites below safe volunteer "
           "numbers on night shifts.")
    action("1.1", "Open a reserve volunteer list for night shifts, with a text alert when a "
                  "shift drops below the safe number.",
           "Volunteering Lead", "Oct 2025", "prog", "Reserve list built in the volunteer portal; "
                                                   "text alert being tested.")
    action("1.2", "Ask every volunteer to confirm their shifts again two weeks before Christmas.",
           "Volunteering Lead", dt.date(2025, 12, 8), "none", "")
    lesson("First-time volunteers said the induction talk did not prepare them for the hotel "
           "night shifts.")
    action("1.3", "Add a night-shift module to the online induction, with scenarios written by "
                  "key volunteers.",
           "Head of Christmas / Learning and Development Manager", "End of Nov 2025", "prog",
           "Scenarios drafted by six key volunteers.")
    theme("Theme 2: Guest safety and safeguarding in hotels")
    lesson("Floor checks were not recorded consistently across the three London hotels.")
    action("2.1", "Introduce one floor-check log for all hotel sites, checked by the shift leader "
                  "every two hours.",
           "Christmas Operations Manager", "Sept 2025", "done", "Log agreed with hotel managers.")
    action("2.2", "Brief hotel night staff on Crisis safeguarding procedures and who to call.",
           "Safeguarding Lead", "Christmas 2025", "none", "")
    theme("Theme 3: Health and specialist services")
    lesson("Guests waited more than two hours for the dentist and the GP on 27 December.")
    action("3.1", "Book a second dental volunteer team and run a triage list at each day centre.",
           "Health Services Coordinator", dt.date(2025, 11, 14), "risk",
           "Only one dental team confirmed so far.")
    action("3.2", "Agree medication storage and handover arrangements with the hotels' duty "
                  "managers.",
           "Health Services Coordinator; Safeguarding Lead", "Oct 2025", "done",
           "Lockable storage in place at all three hotels.")
    theme("Theme 4: Data and systems")
    lesson("Guest registration was done on paper at two sites and typed up afterwards, which "
           "delayed referrals to Skylight services in January.")
    action("4.1", "Move guest registration to tablets using the case management system, with "
                  "a paper fallback form.",
           "Head of Digital Services", "Nov 2025", "prog", "Tablets ordered.")
    action("4.2", "Agree a data-sharing statement for referrals from Christmas centres to "
                  "Skylight.",
           "Data Protection Officer", "31/07/2025", "done", "Signed off by the DPO on 24 July.")
    action("4.3", "Report the number of guests referred on to Skylight services to the Executive "
                  "Team in February.",
           "Head of Christmas", "Feb 2026", "prog", "Reporting template agreed.")
    row += 1
    ws.cell(row=row, column=1, value="Status is shown by colour – see key on the Summary sheet.")
    for j, w in enumerate([8, 60, 30, 16, 10, 40]):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    wb.save(out("zxz-crisis-at-christmas-2024-lessons-learned-action-plan.xlsx"))


# =================================================================== 6
# St James's Place - FCA ongoing advice (historic servicing) review remediation tracker (csv export)
def sjp():
    lines = [
        "St. James's Place - Historic Servicing Review: Remediation Action Tracker,,,,,,,",
        "Prepared for FCA supervisory meeting - extract 30/09/2025,,,,,,,",
        ",,,,,,,",
        "Workstream,ID,Action,Action owner,Original due,Revised due,RAG,Commentary",
        "WS1 Client population,HSR-01,\"Identify all clients charged an ongoing advice charge "
        "since 2018, by plan and by Partner practice.\",\"Williams, Rachel\",31/03/2025,,Complete,"
        "Population confirmed and signed off by Internal Audit.",
        "WS1 Client population,HSR-02,Reconcile the client population to the platform charging "
        "data held before the 2021 system change.,Head of Data,30/06/2025,31/10/2025,Amber,"
        "Legacy data gaps for 2018-19 being worked through with the administrator.",
        ",,,,,,,\"Revised date agreed at the Remediation Steering Committee, 9 September.\"",
        "WS2 Evidence of service,HSR-03,\"Set the evidence standard for an ongoing review "
        "(meeting record, suitability report or documented client decline) and test it on a "
        "pilot sample.\",Director of Advice Quality,30/04/2025,,Complete,Standard approved by "
        "the FCA liaison group.",
        "WS2 Evidence of service,HSR-04,Assess each client file against the evidence standard "
        "using the case review team.,R. Patel & D. Owusu,31/12/2025,,Green,"
        "\"41,000 files assessed to date.\"",
        "WS3 Refunds,HSR-05,Calculate refunds of ongoing advice charges with 8% simple interest "
        "where no evidence of service is found.,Chief Financial Officer,31/03/2026,,Green,"
        "Calculation engine tested and independently assured.",
        "WS3 Refunds,HSR-06,Pay refunds and send outcome letters to clients in monthly batches.,"
        "Director of Client Servicing,30/06/2026,,Green,First batch paid August 2025.",
        "WS4 Complaints,HSR-07,Handle complaints about ongoing service in line with the review "
        "outcome and DISP timescales.,Head of Complaints,Ongoing,,Amber,"
        "Complaint volumes above forecast; 20 extra handlers recruited.",
        "WS5 Future controls,HSR-08,\"Introduce a servicing control that stops the ongoing "
        "advice charge when no review has been recorded for 15 months.\",Chief Risk Officer,"
        "30/09/2025,31/01/2026,Red,\"System change delayed by platform release; interim manual "
        "report in place.\"",
        ",,,,,,,",
        "RAG: Green = on track; Amber = at risk; Red = off track; Complete = closed and evidenced.,,,,,,,",
    ]
    with open(out("zxz-st-jamess-place-fca-historic-servicing-review-remediation-tracker.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# =================================================================== 7
# Broads Authority - HSE notification of contravention action plan (tab-separated text)
def broads():
    T = "\t"
    rows = [
        "Broads Authority",
        "Action Plan following HSE Notification of Contravention – Dockyard, Thorpe St Andrew",
        "HSE visit 11 March 2025; letter received 2 April 2025. Report to Navigation Committee 17 July 2025.",
        "",
        T.join(["Item", "HSE finding (material breach)", "Action", "Lead", "Due", "RAG", "Comment"]),
        T.join(["1a", "Welding fume – COSHH Regulation 7: mild steel welding fume not adequately controlled in the workshop",
                "Install on-torch extraction for the MIG sets in the workshop.",
                "Dockyard Manager", "30/04/2025", "C", "Installed 24 April 2025."]),
        T.join(["1b", "",
                "Arrange face-fit tests for all welders using RPE and record them on the training matrix.",
                "Health & Safety Advisor / Dockyard Manager", "May-25", "C", "Eight staff tested."]),
        T.join(["1c", "",
                "Commission LEV thorough examination and test every 14 months.",
                "Dockyard Manager", "Jun 2025", "G", "Contractor booked for 19 June."]),
        T.join(["2a", "Lifting equipment – LOLER Regulation 9: no current thorough examination report for the slipway winch",
                "Obtain a thorough examination of the slipway winch and add it to the LOLER register.",
                "Head of Construction, Maintenance and Ecology", "End of July 2025", "A",
                "Winch failed examination; replacement brake on order."]),
        T.join(["3a", "Hand-arm vibration – Control of Vibration at Work Regulations, Regulation 6: exposure of ranger and maintenance staff not assessed",
                "Carry out HAV risk assessments for brushcutters, hedge trimmers and breakers used by ranger and maintenance teams.",
                "Health & Safety Advisor", "31/05/2025", "C", ""]),
        T.join(["3b", "",
                "Start health surveillance for all staff exposed above the exposure action value.",
                "HR Manager", "Sept 2025", "G", "Occupational health provider appointed."]),
        T.join(["3c", "",
                "Review tool logs quarterly and report exposures to the Health and Safety Committee.",
                "Health & Safety Advisor", "Quarterly", "G", ""]),
        "",
        "Notes: RAG – G on track; A at risk; R overdue; C complete and closed with HSE.",
        "HSE fee for intervention invoice (£2,436.80) paid 14 May 2025.",
    ]
    with open(out("zxz-broads-authority-hse-notification-of-contravention-action-plan.txt"), "w",
              encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    tewkesbury()
    princess_alice()
    cheshire_warrington()
    gbe()
    crisis()
    sjp()
    broads()
    print("built 7 files in", HERE)
