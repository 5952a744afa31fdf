"""Build the seven zbl- blind test files (set heldout764).

Run with: /work/main/.venv/bin/python zbl_make.py
Writes into the folder this script sits in; touches only files starting zbl-.
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, GREY = "0070C0", "00B050", "FFC000", "FF0000", "D9D9D9"
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED,
           "Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("zbl-")
    return os.path.join(HERE, name)


def fill(hex_):
    argb = hex_ if len(hex_) == 8 else "FF" + hex_
    return PatternFill("solid", fgColor=argb, bgColor=argb)


def d(y, m, day):
    return datetime(y, m, day)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Bolton at Home - internal audit recommendations tracker (xlsx, read)
# ---------------------------------------------------------------------------
def bolton():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Bolton at Home – Internal Audit Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit & Risk Committee, 18 September 2025 – position at 31 August 2025"
    s["A2"].font = Font(italic=True)
    hdr = ["Audit", "Year", "Assurance opinion", "Actions agreed", "Implemented",
           "Outstanding", "Of which overdue"]
    for c, h in enumerate(hdr, 1):
        cell = s.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
    rows = [
        ["Rent Arrears Management", "2024/25", "Reasonable", 4, 1, 3, 0],
        ["Procurement and Contract Management", "2024/25", "Limited", 3, 0, 3, 1],
        ["Damp and Mould Case Management", "2025/26", "Reasonable", 2, 0, 2, 0],
    ]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            s.cell(row=r, column=c, value=v).border = BOX
    s.cell(row=8, column=1, value="Total").font = Font(bold=True)
    for c, v in zip(range(4, 8), [9, 1, 8, 1]):
        cell = s.cell(row=8, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    s["A10"] = "RAG key (Tracker sheet, column J)"
    s["A10"].font = Font(bold=True)
    key = [(BLUE, "Implemented – evidence seen by Internal Audit"),
           (GREEN, "On track to meet the target date"),
           (AMBER, "At risk – revised target date agreed with Internal Audit"),
           (RED, "Overdue – target date (or revised date) missed"),
           (None, "No colour – not yet started / not yet due")]
    for i, (col, text) in enumerate(key, 11):
        k = s.cell(row=i, column=1, value="")
        if col:
            k.fill = fill(col)
        k.border = BOX
        s.cell(row=i, column=2, value=text)
    s["A17"] = ("Actions reported as implemented at the June 2025 Committee have been "
                "removed from this tracker once verified by Internal Audit.")
    s["A17"].font = Font(italic=True, size=9)
    widths(s, [38, 10, 18, 15, 13, 13, 16])

    t = wb.create_sheet("Tracker")
    t["A1"] = "Internal Audit Recommendations Tracker 2025/26"
    t["A1"].font = Font(bold=True, size=13)
    t.merge_cells("A1:J1")
    t["A2"] = "Prepared by the Governance & Assurance Team for the Audit & Risk Committee"
    t.merge_cells("A2:J2")
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action",
             "Responsible officer", "Original target date", "Revised target date",
             "% complete", "Progress update (August 2025)", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = t.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    groups = [
        ("Rent Arrears Management (2024/25) – Reasonable Assurance", [
            ("RAM.1", "High",
             "Arrears cases should be escalated in line with the Income Collection Policy timescales, with exceptions approved and recorded.",
             "Configure automated escalation stages in the housing management system and produce a weekly exceptions report for team leaders to sign off.",
             "Head of Income & Financial Inclusion", d(2025, 6, 30), d(2025, 10, 31), 0.6,
             "Escalation stages built and tested; exceptions report in pilot with two patches.", "A"),
            ("RAM.2", "Medium",
             "Former tenant arrears write-offs should be supported by evidence of recovery action and approved at the correct level.",
             "Update the write-off procedure so that all write-offs over £1,000 are approved by the Director of Finance, with evidence attached on the case record.",
             "Income Manager", d(2025, 7, 31), None, 1.0,
             "Procedure updated and approved by Executive Team 22 July 2025. Verified by Internal Audit.", "B"),
            ("RAM.3a", "Medium",
             "Payment arrangements should be affordable, recorded consistently and monitored so that broken arrangements are followed up promptly.",
             "Introduce a standard income and expenditure assessment for all arrangements over 13 weeks.",
             "Financial Inclusion Team Leader", d(2025, 9, 30), None, 0.8,
             "Standard Financial Statement template adopted; staff briefings complete.", "G"),
            ("RAM.3b", "Medium", None,
             "Add a broken-arrangement alert to the daily workload list and report follow-up rates to the Income KPI pack.",
             "Systems & Data Manager", d(2025, 9, 30), d(2025, 12, 31), 0.3,
             "Alert specified; development slot with supplier booked for November.", "A"),
        ]),
        ("Procurement and Contract Management (2024/25) – Limited Assurance", [
            ("PCM.1", "High",
             "All contracts above the procurement threshold should be recorded on a single contracts register with named contract managers.",
             "Complete and publish a single contracts register covering all contracts over £25,000, with a named contract manager and renewal date for each.",
             "Director of Finance / Head of Procurement", d(2025, 3, 31), d(2025, 7, 31), 0.7,
             "Register 70% populated; Assets contracts outstanding. Second revised date missed – escalated to Executive Team.", "R"),
            ("PCM.2", "Medium",
             "Waivers of Contract Standing Orders should be approved before the commitment is made and reported to the Committee.",
             "Introduce an electronic waiver form with pre-approval workflow and a six-monthly waiver report to the Audit & Risk Committee.",
             "Head of Procurement", d(2025, 6, 30), d(2025, 12, 31), 0.4,
             "Form drafted; workflow delayed by SharePoint migration.", "A"),
            ("PCM.3", "Low",
             "Contract performance meetings should be minuted and KPIs evidenced for key repairs and maintenance contracts.",
             "Hold quarterly minuted performance meetings for the top ten repairs and maintenance contracts using a standard KPI template.",
             "Contract Manager (Assets)", d(2025, 9, 30), None, 0.5,
             "Template agreed; Q1 meetings held for 6 of 10 contracts.", "G"),
        ]),
        ("Damp and Mould Case Management (2025/26) – Reasonable Assurance", [
            ("DMC.1", "High",
             "Damp and mould reports should be inspected and made safe within the timescales required by the policy and Awaab's Law.",
             "a) Add statutory timescale fields and countdown flags to damp and mould cases.\nb) Report compliance with investigation and repair timescales monthly to the Executive Team.",
             "Head of Repairs & Maintenance", d(2025, 10, 31), None, 0.5,
             "Fields live from 1 August; first monthly report due October.", "G"),
            ("DMC.2", "Medium",
             "Post-inspection follow-up visits should be recorded to evidence that remedial works have resolved the problem.",
             "Introduce a six-week follow-up call for every completed damp and mould case and record the outcome on the case.",
             "Assurance Manager", d(2025, 11, 30), None, 0.0,
             "Not yet due – work to start in October 2025.", None),
        ]),
    ]
    r = 5
    for heading, items in groups:
        cell = t.cell(row=r, column=1, value=heading)
        cell.font = Font(bold=True)
        cell.fill = fill("D9E1F2")
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        merge_from = None
        for (ref, pri, rec, act, lead, orig, rev, pct, upd, rag) in items:
            vals = [ref, pri, rec, act, lead, orig, rev, pct, upd, None]
            for c, v in enumerate(vals, 1):
                cell = t.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            for c in (6, 7):
                t.cell(row=r, column=c).number_format = "dd/mm/yyyy"
            t.cell(row=r, column=8).number_format = "0%"
            if rag:
                t.cell(row=r, column=10).fill = fill(RAGFILL[rag])
            if rec is None and merge_from is not None:
                t.merge_cells(start_row=merge_from, start_column=3, end_row=r, end_column=3)
            merge_from = r
            r += 1
    r += 1
    t.cell(row=r, column=1,
           value="RAG is shown by colour only – see the key on the Summary sheet. "
                 "Where a revised date has been agreed it replaces the original target date.").font = Font(italic=True, size=9)
    widths(t, [9, 10, 40, 48, 26, 13, 13, 10, 40, 7])
    t.freeze_panes = "A5"
    wb.save(out("zbl-bolton-at-home-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Youth Justice Agency (NI) - corporate risk register (xlsx, refuse)
# ---------------------------------------------------------------------------
def yja():
    wb = Workbook()
    s = wb.active
    s.title = "CRR 2025-26"
    s["A1"] = "Youth Justice Agency – Corporate Risk Register 2025-26"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Quarter 2 review (July – September 2025)"
    s["A3"] = ("Reviewed by the Senior Management Team 9 October 2025; presented to the "
               "Audit and Risk Assurance Committee 23 October 2025")
    s["A3"].font = Font(italic=True)
    heads = ["Risk No.", "Risk description (cause / event / effect)", "Risk owner",
             "Inherent risk (L x I)", "Key existing controls", "Residual risk (L x I)",
             "Risk appetite", "Further actions required", "Action owner", "Target date",
             "Action status"]
    for c, h in enumerate(heads, 1):
        cell = s.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00594F")
        cell.alignment = WRAP
        cell.border = BOX
    risks = [
        ("CR1",
         "If the Agency cannot maintain safe staffing and care practice at Woodlands Juvenile Justice Centre, children in custody may be harmed and the Agency may breach its statutory duties.",
         "Director of Custodial Services", "4 x 5 = 20",
         "Safe staffing model; daily operational huddles; use of restraint reviewed weekly; independent monitoring by RQIA and CJINI.",
         "3 x 5 = 15", "Averse",
         [("Complete the review of physical intervention practice and implement revised restraint reduction plan.",
           "Head of Care, Woodlands JJC", "December 2025", "G"),
          ("Recruit to 12 residential worker vacancies through the autumn recruitment campaign.",
           "HR Business Partner", "March 2026", "A")]),
        ("CR2",
         "A successful cyber attack or data breach could compromise sensitive information about children and victims and disrupt services.",
         "Director of Corporate Services", "4 x 4 = 16",
         "IT Assist managed network; mandatory cyber awareness training; information asset register; DPIAs for new systems.",
         "3 x 4 = 12", "Cautious",
         [("Achieve Cyber Essentials Plus accreditation for Agency-managed devices.",
           "Head of ICT / Information Security Officer", "Febuary 2026", "A"),
          ("Run a phishing simulation exercise and follow up with targeted training for staff who fail.",
           "Information Security Officer", "November 2025", "G")]),
        ("CR3",
         "Insufficient resources to deliver statutory youth conferencing within 30 working days could lead to delays for children and victims and loss of court confidence.",
         "Director of Community Services", "4 x 4 = 16",
         "Weekly caseload monitoring; regional allocation meetings; agreed protocols with PPS and courts.",
         "3 x 3 = 9", "Cautious",
         [("Implement the revised youth conference allocation model across all five areas.",
           "Head of Youth Conference Service", "Q3 2025/26", "G"),
          ("Report timeliness against the 30 working day target to ARAC each quarter.",
           "Performance & Information Manager", "Quarterly", "Complete")]),
        ("CR4",
         "Budget pressures in 2025-26 may prevent the Agency from living within its allocation without reducing front-line services.",
         "Chief Executive", "5 x 4 = 20",
         "Monthly budget monitoring with DoJ; vacancy controls; savings plan agreed by SMT.",
         "4 x 4 = 16", "Open",
         [("Submit 2026-27 budget pressures and easement options to DoJ Finance.",
           "Head of Finance", "Oct-2025", "Complete"),
          ("Agree a workforce plan aligned to the 2026-27 indicative allocation.",
           "Chief Executive / Director of Corporate Services", "31/03/2026", "A")]),
    ]
    r = 6
    for (no, desc, owner, inh, ctrls, res, app, actions) in risks:
        start = r
        for i, (act, aowner, tdate, st) in enumerate(actions):
            if i == 0:
                for c, v in enumerate([no, desc, owner, inh, ctrls, res, app], 1):
                    s.cell(row=r, column=c, value=v)
            for c, v in zip(range(8, 12), [act, aowner, tdate, st]):
                s.cell(row=r, column=c, value=v)
            for c in range(1, 12):
                s.cell(row=r, column=c).alignment = WRAP
                s.cell(row=r, column=c).border = BOX
            s.cell(row=r, column=11).fill = fill(RAGFILL[st])
            r += 1
        for c in range(1, 8):
            s.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    s.cell(row=r, column=1,
           value="Action status: G – on track; A – some slippage; R – significant delay; Complete – action closed.").font = Font(italic=True, size=9)
    widths(s, [8, 42, 20, 11, 40, 11, 10, 44, 26, 13, 10])

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Likelihood x Impact scoring"
    m["A1"].font = Font(bold=True)
    for i in range(1, 6):
        m.cell(row=2, column=i + 1, value=i)
        m.cell(row=i + 2, column=1, value=6 - i)
        for j in range(1, 6):
            m.cell(row=i + 2, column=j + 1, value=(6 - i) * j)
    m["A9"] = "1–6 Low; 8–12 Medium; 15–25 High"
    wb.save(out("zbl-youth-justice-agency-ni-corporate-risk-register-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Halton Housing - programme highlight report (xlsx, read)
# ---------------------------------------------------------------------------
def halton():
    wb = Workbook()
    s = wb.active
    s.title = "Highlight Report"
    s["A1"] = "Halton Housing – Housing Management System Replacement: Programme Highlight Report"
    s["A1"].font = Font(bold=True, size=14)
    s.merge_cells("A1:H1")
    s["A2"] = "Reporting period: 1–31 August 2025 | Report date: 5 September 2025 | Version 0.3"
    s.merge_cells("A2:H2")
    info = [("Senior Responsible Owner", "Executive Director of Customer & Digital"),
            ("Programme Manager", "Lisa Cartwright"),
            ("Reporting to", "Digital Transformation Board")]
    for i, (k, v) in enumerate(info, 4):
        s.cell(row=i, column=1, value=k).font = Font(bold=True)
        s.cell(row=i, column=2, value=v)
    s.cell(row=8, column=1, value="Dimension").font = Font(bold=True)
    s.cell(row=8, column=2, value="Previous").font = Font(bold=True)
    s.cell(row=8, column=3, value="Current").font = Font(bold=True)
    dims = [("Overall", "A", "A"), ("Schedule", "A", "R"), ("Budget", "G", "G"),
            ("Resources", "A", "A"), ("Scope", "G", "G")]
    for i, (k, p, c) in enumerate(dims, 9):
        s.cell(row=i, column=1, value=k)
        for col, v in ((2, p), (3, c)):
            cell = s.cell(row=i, column=col, value=v)
            cell.fill = fill(RAGFILL[v])
            cell.alignment = Alignment(horizontal="center")
    s["A15"] = "Summary of progress this period"
    s["A15"].font = Font(bold=True)
    s["A16"] = ("Second trial data load completed and reconciled to within tolerance. Repairs "
                "configuration is behind plan because the supplier's workflow consultant was "
                "unavailable for three weeks; a recovery plan is being agreed. UAT cycle 1 and the "
                "go-live date are therefore forecast to move by two months.")
    s["A16"].alignment = WRAP
    s.merge_cells("A16:H16")
    s.row_dimensions[16].height = 60
    s["A18"] = "Milestones and actions"
    s["A18"].font = Font(bold=True, size=12)
    heads = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date",
             "Previous RAG", "Current RAG", "Commentary"]
    for c, h in enumerate(heads, 1):
        cell = s.cell(row=19, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
        cell.border = BOX
    ws_items = [
        ("WS1 – Data migration", [
            ("1.1", "Complete the second trial data load (tenancy, rent and arrears data) and reconcile balances to the legacy system",
             "Data Migration Lead", d(2025, 7, 1), d(2025, 9, 1), "A", "A",
             "Load complete 22 August; rent balances reconciled, arrears variance of £1,240 under investigation."),
            ("1.2", "Sign off the cleansing of 1,450 duplicate person records",
             "Data Migration Lead; Income Manager", d(2025, 8, 1), d(2025, 8, 1), "G", "B",
             "Signed off 28 August."),
        ]),
        ("WS2 – Configuration and integrations", [
            ("2.1", "Configure repairs module workflows, including emergency and damp and mould categories",
             "Repairs Systems Analyst", d(2025, 9, 1), d(2025, 11, 1), "A", "R",
             "Supplier consultant unavailable; recovery plan to Board in September."),
            ("2.2", "Build and test the integrations with the DRS scheduling tool and the Unit4 finance ledger",
             "Integration Architect (supplier) / Head of ICT", d(2025, 10, 1), d(2025, 10, 1), "G", "G",
             "Interface specifications agreed."),
        ]),
        ("WS3 – Testing and go-live readiness", [
            ("3.1", "Complete user acceptance testing cycle 1 with service leads",
             "Test Manager", d(2025, 11, 1), d(2026, 1, 1), "G", "A",
             "Dependent on 2.1."),
            ("3.2", "Agree the go-live date and cutover plan at the Digital Transformation Board",
             "Programme Manager", d(2025, 12, 1), d(2026, 2, 1), "G", "A",
             "Revised date to be confirmed with the recovery plan."),
        ]),
        ("WS4 – People and change", [
            ("4.1", "Train 42 super-users and publish the training plan for all system users",
             "Change & Training Lead", d(2026, 1, 1), d(2026, 3, 1), "G", "G",
             "Super-users nominated by all teams."),
            ("4.2", "Publish tenant communications about changes to the online account",
             "Communications Manager", "TBC", "TBC", None, None,
             "Timing depends on go-live date."),
        ]),
    ]
    r = 20
    for heading, items in ws_items:
        cell = s.cell(row=r, column=1, value=heading)
        cell.font = Font(bold=True)
        cell.fill = fill("E4DFEC")
        s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (ref, act, owner, base, fc, prev, cur, comm) in items:
            vals = [ref, act, owner, base, fc, prev, cur, comm]
            for c, v in enumerate(vals, 1):
                cell = s.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            for c in (4, 5):
                s.cell(row=r, column=c).number_format = "mmm-yy"
            for c, v in ((6, prev), (7, cur)):
                if v:
                    s.cell(row=r, column=c).fill = fill(RAGFILL[v])
            r += 1
    r += 1
    s.cell(row=r, column=1,
           value="RAG key: R = milestone will be missed without intervention; A = at risk, recovery "
                 "action in place; G = on track; B = complete").font = Font(italic=True, size=9)
    r += 2
    s.cell(row=r, column=1, value="Key risks and issues").font = Font(bold=True, size=12)
    r += 1
    for c, h in enumerate(["No.", "Risk / issue", "Mitigation", "Score"], 1):
        s.cell(row=r, column=c, value=h).font = Font(bold=True)
    r += 1
    for row in [("R04", "Supplier resource constraints delay configuration", "Escalated to supplier account director; weekly recovery checkpoint", 16),
                ("R07", "Data quality in legacy arrears records", "Reconciliation scripts and manual review of top 200 accounts", 12),
                ("I02", "Two-month slip to go-live", "Recovery plan and revised baseline for Board approval", 15)]:
        for c, v in enumerate(row, 1):
            s.cell(row=r, column=c, value=v).alignment = WRAP
        r += 1
    r += 1
    s.cell(row=r, column=1, value="Decisions required from the Board").font = Font(bold=True, size=12)
    r += 1
    s.cell(row=r, column=1, value="1. Approve the repairs configuration recovery plan and the revised baseline for UAT and go-live.")
    widths(s, [26, 52, 28, 12, 12, 10, 10, 44])

    b = wb.create_sheet("Budget")
    b["A1"] = "Programme budget position at 31 August 2025 (£000)"
    b["A1"].font = Font(bold=True)
    for c, h in enumerate(["Category", "Approved budget", "Spend to date", "Forecast outturn", "Variance"], 1):
        b.cell(row=3, column=c, value=h).font = Font(bold=True)
    for r2, row in enumerate([("Software licences", 420, 210, 420, 0),
                              ("Supplier implementation services", 610, 305, 655, -45),
                              ("Internal backfill", 280, 120, 270, 10),
                              ("Contingency", 90, 0, 55, 35),
                              ("Total", 1400, 635, 1400, 0)], 4):
        for c, v in enumerate(row, 1):
            b.cell(row=r2, column=c, value=v)
    widths(b, [34, 16, 14, 16, 10])
    wb.save(out("zbl-halton-housing-housing-management-system-programme-highlight-report.xlsx"))


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
    lines = text.split("\n")
    p = cell.paragraphs[0]
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
    sec.left_margin = sec.right_margin = Cm(1.8)


def col_widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


# ---------------------------------------------------------------------------
# 4. Dartmouth Town Council - internal audit & governance action plan (docx)
# ---------------------------------------------------------------------------
def dartmouth():
    doc = Document()
    landscape(doc)
    doc.add_heading("Dartmouth Town Council – Internal Audit and Governance Action Plan 2025/26", level=0)
    doc.add_paragraph("Responding to the Internal Auditor's report for 2024/25, the External "
                      "Auditor's report on the Annual Governance and Accountability Return 2023/24 "
                      "and the councillors' governance workshop held in March 2025.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Notes"]):
        set_cell(dc.rows[0].cells[i], h, bold=True)
    for row in [("1.0", "12/05/2025", "Town Clerk", "Draft for Finance & General Purposes Committee"),
                ("1.1", "22/05/2025", "Town Clerk", "Adopted by Full Council (Minute 25/041)"),
                ("1.2", "18/09/2025", "Deputy Town Clerk", "Progress update for F&GP, 25 September 2025")]:
        cells = dc.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    heads = ["Ref", None, "Action agreed", "Lead", "Target date",
             "Progress at September 2025", "RAG"]
    sections = [
        ("Section 1 – Internal Audit Report 2024/25 (year-end visit, 14 April 2025)",
         "Internal auditor's recommendation", [
             ("1.1", "The Council should review and readopt its Financial Regulations using the 2024 NALC model.",
              "Present revised Financial Regulations based on the NALC 2024 model to F&GP and then to Full Council for adoption.",
              "RFO", "July 2025", "Adopted at Full Council 17 July 2025 (Minute 25/088).", "B"),
             ("1.2(a)", "Bank reconciliations should be verified by a councillor who is not a signatory and reported to every F&GP meeting.",
              "Bank reconciliations to be verified and signed monthly by the Chair of F&GP.",
              "Chair of F&GP", "Monthly", "In place from June 2025.", "G"),
             ("1.2(b)", None,
              "Add the bank reconciliation report as a standing item on F&GP agendas.",
              "Deputy Town Clerk", "June 2025", "Done.", "B"),
             ("1.3", "The fixed asset register should be reconciled to the insurance schedule and updated for disposals.",
              "Carry out a physical check of all assets, update the asset register and reconcile it to the insurance schedule before renewal.",
              "Town Clerk / RFO", "By 30 September 2025",
              "Parks, cemetery and street furniture checked; Guildhall inventory still to do.", "A"),
         ]),
        ("Section 2 – External Auditor's report on the AGAR 2023/24",
         "Matter raised by the external auditor", [
             ("2.1", "The Council did not correctly observe the period for the exercise of public rights.",
              "Publish the notice of the period for the exercise of public rights, with the dates, before 30 June each year and keep a dated record of publication on the website.",
              "Town Clerk", "June 2025", "Notice published 2 June 2025.", "B"),
             ("2.2", "The Council's response to the trust funds assertion was incorrect: the Council is sole managing trustee of a local charitable trust.",
              "Take advice from DALC on the Council's duties as sole trustee, report to Full Council and keep separate accounts for the trust.",
              "Town Clerk", "Q3 2025/26", "DALC advice received; report to Full Council in November.", "G"),
         ]),
        ("Section 3 – Governance review (councillor workshop, March 2025)",
         "Issue identified", [
             ("3.1", "Committee terms of reference and the scheme of delegation are out of date.",
              "Draft revised terms of reference for all committees and a scheme of delegation to officers for approval at the Annual Meeting.",
              "Town Clerk and Mayor", "May 2026", "Working group of four councillors formed.", "G"),
             ("3.2", "Not all councillors have completed training since the 2023 elections.",
              "Every councillor to complete DALC Councillor Essentials and code of conduct training within six months of election or co-option, recorded in a training log.",
              "Deputy Town Clerk", "Ongoing", "11 of 16 councillors trained.", "G"),
             ("3.3", "Council documents are held in personal email accounts and there is no retention policy.",
              "Adopt a document retention policy and move council files from personal email accounts to the Council's SharePoint site.",
              "Town Clerk", "31/03/2026", "Not started – scheduled for January 2026.", ""),
         ]),
    ]
    for heading, rec_head, rows in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(t.rows[0].cells[i], h if h else rec_head, bold=True)
            shade(t.rows[0].cells[i], "DEEAF6")
        prev = None
        for (ref, rec, act, lead, tdate, prog, rag) in rows:
            cells = t.add_row().cells
            for i, v in enumerate([ref, rec or "", act, lead, tdate, prog, rag]):
                set_cell(cells[i], v)
            if rag:
                shade(cells[6], RAGFILL[rag])
            if rec is None and prev is not None:
                keep = prev.cells[1].text
                merged = prev.cells[1].merge(cells[1])
                set_cell(merged, keep)
            prev = t.rows[-1]
        col_widths(t, [1.4, 5.5, 6.5, 2.8, 2.4, 5.0, 1.2])
        doc.add_paragraph("")
    doc.add_paragraph("RAG: B – completed; G – on track; A – at risk of missing the target date; "
                      "R – target date missed. No colour – not started.")
    doc.add_paragraph("Abbreviations: RFO – Responsible Financial Officer; F&GP – Finance & General "
                      "Purposes Committee; DALC – Devon Association of Local Councils; NALC – National "
                      "Association of Local Councils.")
    doc.save(out("zbl-dartmouth-town-council-internal-audit-and-governance-action-plan-2025-26.docx"))


# ---------------------------------------------------------------------------
# 5. RNID - Charity Commission regulatory compliance case action plan (docx)
# ---------------------------------------------------------------------------
def rnid():
    doc = Document()
    landscape(doc)
    doc.add_heading("RNID – Charity Commission Regulatory Compliance Case: Action Plan", level=0)
    doc.add_paragraph("Serious incident report: personal data breach at a third-party fundraising "
                      "platform supplier, reported to the Commission on 14 March 2025.")
    p = doc.add_paragraph("Plan owner: Director of Governance & Company Secretary  |  Last updated: "
                          "28 October 2025  |  For: Audit & Risk Committee, 6 November 2025")
    p.runs[0].italic = True
    doc.add_paragraph("Following its regulatory compliance case the Commission issued regulatory advice "
                      "and guidance to the trustees under section 15(2) of the Charities Act 2011. The "
                      "trustees accepted the advice in full. This plan sets out the actions being taken "
                      "against each point of advice and will be shared with the Commission when the "
                      "case is closed.")
    heads = ["No.", "Action", "Lead", "Due by", "Update", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")

    def full_row(text, colour, bold):
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, text, bold=bold)
        shade(m, colour)

    plan = [
        ("Area 1: Oversight of third-party data processors", [
            ("Commission advice 1 – The trustees should satisfy themselves that the charity has adequate contracts and due diligence in place for every supplier that processes personal data on its behalf.", [
                ("1.1", "Compile a register of all suppliers that process supporter or service-user personal data, showing contract and data processing agreement status for each.",
                 "Head of Information Governance (DPO)", "30 September 2025",
                 "Complete – 63 suppliers recorded; 12 rated high risk.", "Complete"),
                ("1.2", "Review and re-paper the data processing agreements for the 12 suppliers rated high risk.",
                 "Head of Procurement; Head of Information Governance (DPO)", "31 December 2025",
                 "7 of 12 signed; two suppliers disputing audit clauses.", "Amber"),
                ("1.3", "Add information security due diligence questions to the supplier onboarding process and the procurement policy.",
                 "Head of Procurement", "End of November 2025",
                 "Questions drafted with IT Security.", "Green"),
            ]),
            ("Commission advice 2 – The trustees should ensure that serious incidents are reported to the Commission promptly and that the board receives timely information about them.", [
                ("2.1", "Revise the Serious Incident Reporting Policy to set out who reports, the reporting thresholds and the 'report promptly' standard, and take it to the Board for approval.",
                 "Director of Governance", "Board, December 2025",
                 "Draft reviewed by Audit & Risk Committee in November.", "Green"),
                ("2.2", "Add a standing 'serious incidents and regulatory matters' item to every Audit & Risk Committee agenda.",
                 "Company Secretary", "November 2025", "In place from the November meeting.", "Complete"),
            ]),
        ]),
        ("Area 2: Trustee skills and assurance", [
            ("Commission advice 3 – The trustees should review whether the board has the right mix of skills, including in data protection and digital risk.", [
                ("3.1", "Carry out a board skills audit and recruit at least one trustee with digital and information security experience.",
                 "Chair of Nominations Committee", "March 2026",
                 "Skills audit complete; recruitment pack agreed.", "Green"),
                ("3.2", "Commission an independent review of the charity's cyber and information security controls and report the findings to the Audit & Risk Committee.",
                 "Chief Finance Officer / Director of Technology", "Q4 2025/26",
                 "Tender delayed to align with the internal audit plan.", "Amber"),
                ("3.3", "Provide data protection and cyber awareness training to all trustees.",
                 "Head of Information Governance (DPO)", "Annually",
                 "First session delivered at the September board away day.", "Green"),
            ]),
        ]),
    ]
    for area, advices in plan:
        full_row(area, "D9D9D9", True)
        for advice, actions in advices:
            full_row(advice, "F2F2F2", False)
            for (no, act, lead, due, upd, rag) in actions:
                cells = t.add_row().cells
                for i, v in enumerate([no, act, lead, due, upd, rag]):
                    set_cell(cells[i], v)
                shade(cells[5], RAGFILL[rag])
    col_widths(t, [1.2, 8.5, 4.2, 3.2, 6.2, 1.8])
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete – action finished and evidence held; Green – on track; Amber – at "
                      "risk of missing the due date; Red – off track.")
    doc.add_paragraph("Approval").runs[0].bold = True
    sg = doc.add_table(rows=3, cols=3)
    sg.style = "Table Grid"
    for i, row in enumerate([("Role", "Name", "Date"),
                             ("Chair of the Audit & Risk Committee", "", ""),
                             ("Chair of Trustees", "", "")]):
        for j, v in enumerate(row):
            set_cell(sg.rows[i].cells[j], v, bold=(i == 0))
    doc.save(out("zbl-rnid-charity-commission-regulatory-compliance-case-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Coventry City Council - HSE improvement notices, Planner export (csv)
# ---------------------------------------------------------------------------
def coventry():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Plan name", "HSE Improvement Notices – Action Tracker (Streetpride & Waste Services)"])
    w.writerow(["Plan ID", "pT7qWm3xQ0-8kZr1VbN5cGUAAx2L"])
    w.writerow(["Export date", "08/09/2025"])
    w.writerow([])
    w.writerow(["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
                "Created By", "Created Date", "Start Date", "Due Date", "Is Recurring", "Late",
                "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items",
                "Labels", "Description"])
    b1 = "IN 1 – Hand-arm vibration (Streetpride grounds maintenance)"
    b2 = "IN 2 – Manual handling (bulky waste collection)"
    b3 = "IN 3 – Workplace transport (Whitley depot)"
    tasks = [
        ("Hc4vP2Kq8E2lW0a1RmX9yGUAK3tB",
         "Complete suitable and sufficient HAVS risk assessments for all powered hand tools used by grounds maintenance teams, using manufacturer and HSE vibration data",
         b1, "Completed", "Important", "Gary Lynch;Priya Sandhu", "10/07/2025", "10/07/2025",
         "15/08/2025", "false", "12/08/2025", "Gary Lynch", "4/4", "", 
         "Notice served 04/07/2025, compliance date 30/09/2025.\nAssessments for 38 tool types uploaded to the H&S SharePoint site."),
        ("Jd1sR7Lm2F9oX4b6TnY3zHUAL5uC",
         "Introduce HAVi tool-timer exposure monitoring for all operatives, with weekly supervisor review of exposure points",
         b1, "In progress", "Urgent", "Gary Lynch", "10/07/2025", "01/08/2025",
         "30/09/2025", "false", "", "", "2/5", "Amber",
         "Timers issued to 3 of 5 depots.\nUpdate 01/09: supplier delivery for remaining units due 19/09 – tight against compliance date."),
        ("Ke8uT3Nn5G1pZ7c2UoA6aIUAM8vD",
         "Refer all exposed operatives for tier 1 and tier 2 health surveillance through the council's occupational health provider",
         b1, "In progress", "Important", "Helen Martin", "10/07/2025", "15/07/2025",
         "31/10/2025", "false", "", "", "1/2", "Green",
         "Tier 1 questionnaires returned by 71 of 84 operatives."),
        ("Lf5wV9Po1H3qA2d8VpB1bJUAN2wE",
         "Replace high-vibration strimmers and hedge cutters with low-vibration or battery models",
         b1, "Not started", "Medium", "Priya Sandhu", "10/07/2025", "",
         "31/01/2026", "false", "", "", "0/3", "",
         "Capital bid approved by Cabinet Member 28/08/2025."),
        ("Mg2xW4Qr6J8rB9e3WqC7cKUAP6xF",
         "Carry out manual handling assessments (MAC/RAPP) for bulky waste collection tasks and record the controls",
         b2, "Completed", "Important", "Dean Walsh", "10/07/2025", "14/07/2025",
         "29/08/2025", "false", "27/08/2025", "Dean Walsh", "3/3", "",
         "Assessments signed off by Corporate H&S."),
        ("Nh7yX1Rs3K5sC4f9XrD2dLUAQ1yG",
         "Provide two-person crews and tail-lift vehicles on all bulky waste rounds",
         b2, "In progress", "Urgent", "Dean Walsh;Amira Khan", "10/07/2025", "01/08/2025",
         "30/11/2025", "false", "", "", "1/4", "Red",
         "Two tail-lift vehicles on hire; lease for permanent vehicles not yet approved.\nRisk of missing extended compliance date agreed with HSE inspector."),
        ("Pi4zY8St9L2tD1g5YsE8eMUAR4zH",
         "Revise the Whitley depot traffic management plan with segregated pedestrian routes and a one-way system",
         b3, "In progress", "Important", "Mark Ellison", "10/07/2025", "21/07/2025",
         "31/10/2025", "false", "", "", "2/3", "Green",
         "Draft plan consulted with trade unions 02/09/2025."),
        ("Qj1aZ5Tu4M7uE6h2ZtF3fNUAS7aJ",
         "Brief all depot staff and contractors on the new traffic rules and keep a record of attendance",
         b3, "Not started", "Medium", "Mark Ellison;Helen Martin", "10/07/2025", "",
         "30/11/2025", "false", "", "", "0/2", "",
         ""),
    ]
    for (tid, name, bucket, prog, pri, who, created, start, due, late, cdate, cby, chk, label, desc) in tasks:
        done, total = chk.split("/")
        w.writerow([tid, name, bucket, prog, pri, who, "Sarah Kelly", created, start, due,
                    "false", late, cdate, cby, done, total, label, desc])
    with open(out("zbl-coventry-city-council-hse-improvement-notices-action-tracker-planner-export.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Ethical Standards Commissioner - Advisory Audit Board action log (txt)
# ---------------------------------------------------------------------------
def esc():
    T = "\t"
    lines = [
        "Commissioner for Ethical Standards in Public Life in Scotland – Advisory Audit Board Rolling Action Log",
        "Position at 14 November 2025 (for the meeting of 27 November 2025)",
        "",
        "Status key: B = complete (to be removed after this meeting); G = on track; A = some delay, revised date given; R = significantly overdue",
        "",
        T.join(["Action No.", "Minute ref", "Action", "Owner", "Due date", "Update", "Status"]),
        "Meeting of 5 June 2025",
        T.join(["25/06", "5.2", "Bring the revised Risk Management Policy and risk appetite statement to the Board for approval.",
                "Head of Corporate Services", "September 2025", "Approved at the September meeting.", "B"]),
        T.join(["25/07", "6.1", "Provide a breakdown of complaint-handling performance by sector (councillors, public body members, MSPs) in the quarterly performance report.",
                "IB / AG", "Q2 2025/26", "Included from the Q2 report onwards.", "B"]),
        T.join(["25/08", "7.3", "Ask the internal auditors to include a review of access controls on the case management system in the 2025/26 audit plan.",
                "Head of Corporate Services", "Next meeting", "Scope agreed; fieldwork January 2026.", "G"]),
        "Meeting of 4 September 2025",
        T.join(["25/11", "4.1", "Report progress against the recommendations of Audit Scotland's 2023/24 annual audit report, including the workforce plan.",
                "Accountable Officer", "27/11/2025", "On the agenda for 27 November.", "G"]),
        T.join(["25/12", "5.4", "Review the business continuity plan following the office evacuation exercise and share the lessons learned with the Board.",
                "KE", "Dec 2025", "Exercise debrief held; plan revision delayed by staff absence.", "A"]),
        T.join(["25/13", "8.2", "Obtain quotations for the external quality assessment of internal audit due in 2026/27 and report the options to the Board.",
                "Head of Corporate Services & Board Chair", "March 2026", "", "G"]),
        T.join(["25/14", "9.1", "Circulate the timetable for the 2024/25 annual report and accounts to members, with the date of the audit clearance meeting.",
                "KE", "30/09/2025", "Not done – external audit timetable still awaited.", "R"]),
        "Meeting of 9 October 2025 (special meeting – annual accounts)",
        T.join(["25/15", "3.1", "Write to the SPCB confirming that the 2026/27 budget submission includes the cost of replacing the case management system.",
                "Commissioner", "Jan 2026", "", ""]),
        "",
        "Completed actions are removed from the log once they have been reported to the Board.",
    ]
    with open(out("zbl-ethical-standards-commissioner-advisory-audit-board-action-log.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    bolton()
    yja()
    halton()
    dartmouth()
    rnid()
    coventry()
    esc()
    print("built 7 zbl- files in", HERE)
