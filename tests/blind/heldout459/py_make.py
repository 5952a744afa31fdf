"""Build the seven py- blind test files of set heldout459.

Run with /work/main/.venv/bin/python py_make.py (from any directory); files are written beside this script.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers (xlsx)
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


GREEN, AMBER, RED, BLUE = "00B050", "FFC000", "FF0000", "0070C0"
HEAD = fill("1F3864")
LIGHT = fill("D9E1F2")
GREY = fill("D9D9D9")


def header_row(ws, row, values, fill_=HEAD, font=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.fill = fill_
        c.font = font or Font(bold=True, color="FFFFFFFF")
        c.alignment = CENTRE
        c.border = BOX


def body_cell(ws, row, col, value, fmt=None, align=WRAP):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = align
    c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


# =============================================================== 1. City of London
def city_of_london():
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = "City of London Corporation – Internal Audit: Outstanding Recommendations Tracker"
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = "Audit and Risk Management Committee – 17 November 2025"
    summ["A4"] = "Summary of agreed actions on the tracker by audit"
    summ["A4"].font = Font(bold=True)
    header_row(summ, 5, ["Audit", "High", "Medium", "Low", "Total", "Overdue"])
    rows = [
        ("Purchase Cards", 1, 2, 0, 3, 0),
        ("Contract Management – Property Services", 1, 1, 0, 2, 1),
        ("Information Governance – Records Retention", 1, 1, 1, 3, 0),
        ("Total", 3, 4, 1, 8, 1),
    ]
    for r, vals in enumerate(rows, start=6):
        for c, v in enumerate(vals, start=1):
            cell = body_cell(summ, r, c, v)
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    summ["A11"] = "Position by RAG status"
    summ["A11"].font = Font(bold=True)
    header_row(summ, 12, ["RAG", "Number", "%"])
    for r, vals in enumerate([("B", 2, "25%"), ("G", 3, "38%"), ("A", 2, "25%"), ("R", 1, "12%")], start=13):
        for c, v in enumerate(vals, start=1):
            body_cell(summ, r, c, v)
        summ.cell(row=r, column=1).fill = fill({"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}[vals[0]])
    widths(summ, {"A": 46, "B": 10, "C": 10, "D": 10, "E": 10, "F": 10})

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "City of London Corporation – Internal Audit: Outstanding Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 October 2025. Updates provided by responsible officers and reviewed by Internal Audit."
    ws["A2"].font = Font(italic=True)
    hdr = ["Rec Ref", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
           "Original Target Date", "Revised Target Date", "RAG", "Latest Update"]
    header_row(ws, 4, hdr)
    ncol = len(hdr)
    D = "dd/mm/yyyy"
    row = 5

    def section(title):
        nonlocal row
        ws.cell(row=row, column=1, value=title).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        for c in range(1, ncol + 1):
            ws.cell(row=row, column=c).fill = GREY
            ws.cell(row=row, column=c).border = BOX
        row += 1

    def rec(ref, prio, recommendation, action, officer, orig, rev, rag, update, span=1):
        nonlocal row
        body_cell(ws, row, 1, ref)
        if prio is not None:
            body_cell(ws, row, 2, prio)
            body_cell(ws, row, 3, recommendation)
            if span > 1:
                ws.merge_cells(start_row=row, start_column=2, end_row=row + span - 1, end_column=2)
                ws.merge_cells(start_row=row, start_column=3, end_row=row + span - 1, end_column=3)
        body_cell(ws, row, 4, action)
        body_cell(ws, row, 5, officer)
        body_cell(ws, row, 6, orig, D)
        body_cell(ws, row, 7, rev, D)
        c = body_cell(ws, row, 8, rag, align=CENTRE)
        c.fill = fill({"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}[rag])
        c.font = Font(bold=True, color="FFFFFFFF" if rag in "BR" else "FF000000")
        body_cell(ws, row, 9, update)
        row += 1

    section("Purchase Cards (Limited Assurance)")
    rec("PC.1", "High",
        "Cardholder spending limits should be reviewed against actual usage and reduced where limits are "
        "materially higher than business need.",
        "Run a report of all active cards showing 12 months' spend against the single transaction and monthly "
        "limits, and reduce limits where usage is below 50% of the limit.",
        "Head of Payments & Payroll", dt.datetime(2025, 3, 31), dt.datetime(2025, 6, 30), "B",
        "All 212 active cards reviewed; 64 limits reduced. Evidence verified by Internal Audit in July 2025.")
    rec("PC.2a", "Medium",
        "Monthly statement reconciliations should be completed and approved within the deadline, with late "
        "approvals escalated.",
        "Introduce an automated reminder in the card management system at day 5 and day 10 after the statement date.",
        "Financial Systems Manager", dt.datetime(2025, 4, 30), None, "B",
        "Reminders live from 1 May 2025.", span=2)
    rec("PC.2b", None, None,
        "Report cardholders with two or more late reconciliations in a quarter to the relevant Chief Officer.",
        "Head of Payments & Payroll / Financial Services Manager", dt.datetime(2025, 6, 30),
        dt.datetime(2025, 12, 31), "A",
        "First quarterly exception report produced in September 2025; circulation to Chief Officers delayed by "
        "the card system upgrade.")
    section("Contract Management – Property Services (Moderate Assurance)")
    rec("CM.1", "High",
        "A complete contracts register for the City Surveyor's Department should be maintained, showing the "
        "contract manager, value and expiry date of each contract.",
        "Cleanse the existing register and assign a named contract manager to every live contract over £25k.",
        "Assistant Director (Operational Property)", dt.datetime(2025, 5, 31), dt.datetime(2025, 10, 31), "R",
        "Register 80% cleansed. Revised date missed because of a vacancy in the Contracts Team; a new date will be "
        "agreed at the next Departmental Leadership Team.")
    rec("CM.2", "Medium",
        "Contract management meetings for high value contracts should be minuted and performance against KPIs "
        "recorded.",
        "Issue a standard agenda and KPI template to all contract managers and hold quarterly meetings for "
        "contracts over £500k.",
        "Head of Facilities Management", dt.datetime(2025, 9, 30), None, "G",
        "Template issued. Quarterly meetings in place for 9 of 11 contracts.")
    section("Information Governance – Records Retention (Limited Assurance)")
    rec("IG.1", "High",
        "The corporate retention schedule should be reviewed and approved, and departments required to confirm "
        "compliance annually.",
        "Refresh the retention schedule and present it to the Information Governance Board for approval.",
        "Comptroller and City Solicitor", dt.datetime(2025, 3, 31), dt.datetime(2026, 1, 31), "A",
        "Draft schedule consulted on with departments; Information Governance Board meets in January 2026.")
    rec("IG.2", "Medium",
        "Records held in offsite storage should be reviewed and destroyed where the retention period has expired.",
        "Complete a review of the 1,450 boxes held at the offsite store, starting with boxes older than 15 years.",
        "Information Management Officer; Departmental Records Champions", dt.datetime(2025, 12, 31), None, "G",
        "610 boxes reviewed to date.")
    rec("IG.3", "Low",
        "The records retention guidance on the intranet should be updated.",
        "Update the intranet guidance and link it to the approved retention schedule.",
        "Information Management Officer", dt.datetime(2026, 3, 31), None, "G",
        "Not yet due.")
    row += 1
    ws.cell(row=row, column=1,
            value="Note: recommendations verified as implemented (B) are reported once and then removed from the tracker.")
    ws.cell(row=row, column=1).font = Font(italic=True)
    widths(ws, {"A": 9, "B": 10, "C": 42, "D": 46, "E": 26, "F": 13, "G": 13, "H": 7, "I": 44})
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "Priority and RAG definitions"
    key["A1"].font = Font(bold=True)
    header_row(key, 3, ["Priority", "Definition"])
    for r, (a, b) in enumerate([
        ("High", "Fundamental control weakness; action required within three months."),
        ("Medium", "Significant weakness; action required within six months."),
        ("Low", "Improvement to good practice; action within twelve months."),
    ], start=4):
        body_cell(key, r, 1, a)
        body_cell(key, r, 2, b)
    header_row(key, 8, ["RAG", "Meaning"])
    for r, (a, b, f) in enumerate([
        ("B", "Implemented and verified by Internal Audit", BLUE),
        ("G", "On track to meet the target date", GREEN),
        ("A", "Revised date agreed or at risk of slipping", AMBER),
        ("R", "Overdue – past the revised date", RED),
    ], start=9):
        body_cell(key, r, 1, a).fill = fill(f)
        body_cell(key, r, 2, b)
    widths(key, {"A": 10, "B": 60})
    wb.save(out("py-city-of-london-corporation-internal-audit-recommendations-tracker.xlsx"))


# =============================================================== 2. Nottinghamshire CC
def nottinghamshire():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Nottinghamshire County Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Corporate Risk Register – Quarter 2 2025/26"
    cov["A2"].font = Font(bold=True, size=13)
    header_row(cov, 4, ["Document control", ""])
    for r, (a, b) in enumerate([
        ("Version", "2.1"),
        ("Owner", "Risk, Safety and Emergency Management Group"),
        ("Reviewed by", "Corporate Leadership Team, 7 October 2025"),
        ("Reported to", "Governance and Ethics Committee, 19 November 2025"),
        ("Next review", "January 2026"),
    ], start=5):
        body_cell(cov, r, 1, a).font = Font(bold=True)
        body_cell(cov, r, 2, b)
    header_row(cov, 11, ["Version", "Date", "Change"])
    for r, vals in enumerate([
        ("1.0", dt.datetime(2025, 4, 8), "Register refreshed for 2025/26"),
        ("2.0", dt.datetime(2025, 7, 15), "Quarter 1 review"),
        ("2.1", dt.datetime(2025, 10, 7), "Quarter 2 review; CR4 score increased"),
    ], start=12):
        for c, v in enumerate(vals, start=1):
            body_cell(cov, r, c, v, "dd/mm/yyyy" if c == 2 else None)
    widths(cov, {"A": 22, "B": 50, "C": 40})

    mx = wb.create_sheet("Risk Matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        mx.cell(row=3, column=i + 1, value=i).font = Font(bold=True)
    for L in range(5, 0, -1):
        r = 4 + (5 - L)
        mx.cell(row=r, column=1, value=L).font = Font(bold=True)
        for I in range(1, 6):
            s = L * I
            c = mx.cell(row=r, column=I + 1, value=s)
            c.alignment = CENTRE
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
    mx["A10"] = "Red 15-25: Corporate Leadership Team oversight.   Amber 8-12: Directorate oversight.   Green 1-6: managed in service."

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "Nottinghamshire County Council – Corporate Risk Register – Quarter 2 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    hdr = ["Risk Ref", "Risk", "Description (cause, event, consequence)", "Risk Owner", "Current Score (L x I)",
           "Target Score", "Trend", "Action Ref", "Further Actions", "Action Lead", "Due Date", "Action RAG",
           "Progress Update"]
    header_row(ws, 3, hdr)
    row = 4
    MMM = "mmm-yy"

    def risk(ref, title, desc, owner, score, sfill, target, trend, actions):
        nonlocal row
        n = len(actions)
        for col, v in enumerate([ref, title, desc, owner, score, target, trend], start=1):
            c = body_cell(ws, row, col, v, align=CENTRE if col in (1, 5, 6, 7) else WRAP)
            if col == 5:
                c.fill = fill(sfill)
                c.font = Font(bold=True)
            if n > 1:
                ws.merge_cells(start_row=row, start_column=col, end_row=row + n - 1, end_column=col)
        for a in actions:
            aref, text, lead, due, fmt, rag, upd = a
            body_cell(ws, row, 8, aref, align=CENTRE)
            body_cell(ws, row, 9, text)
            body_cell(ws, row, 10, lead)
            body_cell(ws, row, 11, due, fmt, align=CENTRE)
            c = body_cell(ws, row, 12, rag, align=CENTRE)
            c.fill = fill({"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}[rag])
            body_cell(ws, row, 13, upd)
            row += 1

    risk("CR1", "Financial resilience",
         "Rising demand in social care and home to school transport, and uncertainty over the Fair Funding "
         "Review, mean the Council cannot set a balanced budget over the medium term, leading to unplanned "
         "service reductions.",
         "Service Director – Finance, Infrastructure & Improvement", "4 x 5 = 20", RED, "12", "↔", [
             ("CR1.1", "Deliver the 2026/27 budget consultation and set a balanced budget at Full Council.",
              "Service Director – Finance, Infrastructure & Improvement", dt.datetime(2026, 2, 1), MMM, "Green",
              "Consultation ran 8 September to 19 October 2025; responses being analysed."),
             ("CR1.2", "Monthly monitoring of the savings programme by the Transformation Board, with "
                       "mitigations agreed for any savings at risk.",
              "Chief Executive; Corporate Directors", "Monthly", None, "Amber",
              "£3.1m of 2025/26 savings rated at risk, mainly in home to school transport."),
         ])
    risk("CR2", "High needs funding and SEND sufficiency",
         "Continued growth in EHC plans and independent specialist placements increases the Dedicated Schools "
         "Grant high needs deficit and the Council cannot place children in suitable local provision.",
         "Corporate Director for Children and Families", "4 x 4 = 16", RED, "9", "↔", [
             ("CR2.1", "Implement the Delivering Better Value in SEND programme workstreams, including the "
                       "inclusion in mainstream schools strand.",
              "Corporate Director for Children and Families", dt.datetime(2026, 3, 31), "dd/mm/yyyy", "Amber",
              "Two of five workstreams behind plan; recovery plan agreed by the SEND Partnership Board."),
             ("CR2.2", "Open 120 additional specialist school places through the SEND capital programme.",
              "Group Manager SEND Provision Planning", dt.datetime(2026, 9, 1), MMM, "Green",
              "Planning consent granted for the Newark satellite site."),
         ])
    risk("CR3", "Cyber security",
         "A successful cyber attack disables critical systems or causes a loss of personal data, disrupting "
         "services to residents and leading to regulatory action.",
         "Chief Digital Officer", "3 x 5 = 15", RED, "10", "↓", [
             ("CR3.1", "Complete the PSN compliance health check and remediate all critical vulnerabilities.",
              "Chief Digital Officer", dt.datetime(2025, 9, 30), "dd/mm/yyyy", "Complete",
              "Health check complete; critical findings closed. PSN certificate renewed."),
             ("CR3.2", "Run a cyber incident exercise with the Corporate Leadership Team.",
              "Chief Digital Officer / Emergency Planning Manager", "Q4 2025/26", None, "Green",
              "Exercise scenario drafted with the Local Resilience Forum."),
         ])
    risk("CR4", "Adult social care market sustainability",
         "Workforce shortages and cost pressures lead to the failure or exit of care providers, leaving people "
         "without care and placing pressure on hospital discharge.",
         "Corporate Director for Adult Social Care and Health", "4 x 4 = 16", RED, "8", "↑", [
             ("CR4.1", "Agree the 2026/27 fee uplift for older adults' care homes following the cost of care "
                       "engagement with providers.",
              "Service Director – Strategic Commissioning", dt.datetime(2026, 3, 1), MMM, "Amber",
              "Provider engagement sessions held; modelling of options under way."),
             ("CR4.2", "Develop a provider failure contingency plan for home care in Bassetlaw and Mansfield.",
              "Group Manager Market Development", dt.datetime(2025, 12, 1), MMM, "Red",
              "Draft delayed while a provider exit in Mansfield is managed as a live incident."),
         ])
    row += 1
    ws.cell(row=row, column=1, value="Trend: ↑ risk increasing   ↔ no change   ↓ risk reducing").font = Font(italic=True)
    ws.cell(row=row + 1, column=1,
            value="Action RAG: Complete = action delivered; Green = on track; Amber = some slippage; "
                  "Red = significant delay.").font = Font(italic=True)
    widths(ws, {"A": 8, "B": 20, "C": 40, "D": 24, "E": 11, "F": 9, "G": 7, "H": 8, "I": 44, "J": 26,
                "K": 11, "L": 10, "M": 40})
    ws.freeze_panes = "A4"
    wb.save(out("py-nottinghamshire-county-council-corporate-risk-register.xlsx"))


# =============================================================== 3. South Staffordshire
def south_staffordshire():
    wb = Workbook()
    k = wb.active
    k.title = "Key & Summary"
    k["A1"] = "South Staffordshire Council – Council Plan Delivery Plan 2025/26"
    k["A1"].font = Font(bold=True, size=14)
    k["A2"] = "Quarter 2 (July – September 2025) update to Cabinet, 18 November 2025"
    k["A4"] = "RAG key"
    k["A4"].font = Font(bold=True)
    for r, (f, t) in enumerate([
        (BLUE, "Complete"),
        (GREEN, "On track"),
        (AMBER, "Minor slippage – recoverable within the year"),
        (RED, "Significant delay or at risk of not being delivered"),
        (None, "No colour – not yet started"),
    ], start=5):
        c = k.cell(row=r, column=1, value=None)
        c.border = BOX
        if f:
            c.fill = fill(f)
        k.cell(row=r, column=2, value=t)
    k["A11"] = "Summary at Quarter 2"
    k["A11"].font = Font(bold=True)
    header_row(k, 12, ["Priority", "Blue", "Green", "Amber", "Red", "Not started", "Total"])
    for r, vals in enumerate([
        ("Priority 1: Thriving Economy", 0, 1, 1, 1, 1, 4),
        ("Priority 2: Safe and Healthy Communities", 1, 2, 0, 0, 0, 3),
        ("Total", 1, 3, 1, 1, 1, 7),
    ], start=13):
        for c, v in enumerate(vals, start=1):
            body_cell(k, r, c, v)
    widths(k, {"A": 40, "B": 50})

    hdr = ["Ref", "Action", "Lead Officer", "Portfolio Holder", "Target Date", "Q1", "Q2", "Q2 Progress Commentary"]

    def sheet(name, priority, blocks):
        ws = wb.create_sheet(name)
        ws["A1"] = "South Staffordshire Council – Council Plan Delivery Plan 2025/26"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = "Quarter 2 (July – September 2025) update"
        ws.cell(row=4, column=1, value=priority).font = Font(bold=True, size=12, color="FFFFFFFF")
        ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=len(hdr))
        ws.cell(row=4, column=1).fill = fill("385723")
        header_row(ws, 5, hdr, fill_=fill("A9D08E"), font=Font(bold=True))
        row = 6
        for objective, actions in blocks:
            ws.cell(row=row, column=1, value=objective).font = Font(bold=True)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(hdr))
            ws.cell(row=row, column=1).fill = fill("E2EFDA")
            row += 1
            for ref, text, lead, member, due, q1, q2, comm in actions:
                for col, v in enumerate([ref, text, lead, member, due], start=1):
                    body_cell(ws, row, col, v)
                for col, f in ((6, q1), (7, q2)):
                    c = body_cell(ws, row, col, None)
                    if f:
                        c.fill = fill(f)
                body_cell(ws, row, 8, comm)
                row += 1
        widths(ws, {"A": 8, "B": 50, "C": 28, "D": 18, "E": 18, "F": 6, "G": 6, "H": 46})
        return ws

    sheet("P1 Thriving Economy", "Priority 1: Thriving Economy", [
        ("Objective 1.1 – Support our village centres and local businesses to thrive", [
            ("1.1.1", "Deliver the UK Shared Prosperity Fund rural business grants programme, allocating the full "
                      "2025/26 grant.",
             "Economic Development Manager", "Cllr Jane Brookes", "March 2026", GREEN, GREEN,
             "£182k of £240k allocated; second funding round open until 31 October."),
            ("1.1.2", "Complete the Codsall village centre public realm improvements.",
             "Assistant Director Enterprise and Community Growth", "Cllr Jane Brookes",
             "Sept 2025 – March 2026", GREEN, AMBER,
             "Contractor start moved to November 2025 following utility diversions; completion still expected "
             "by March."),
        ]),
        ("Objective 1.2 – Plan for the homes and jobs our district needs", [
            ("1.2.1", "Submit the Local Plan Review to the Secretary of State for examination.",
             "Strategic Planning Manager", "Cllr Peter Hadley", "Q3 2025/26", AMBER, RED,
             "Submission paused while the housing requirement is re-tested against the revised standard method."),
            ("1.2.2", "Review and re-adopt the Statement of Community Involvement.",
             "Planning Policy Team Leader", "Cllr Peter Hadley", "Dec 2025", None, None,
             "Work scheduled to begin in October."),
        ]),
    ])
    sheet("P2 Communities", "Priority 2: Safe and Healthy Communities", [
        ("Objective 2.1 – Help residents to live active, healthy and independent lives", [
            ("2.1.1", "Complete the refurbishment of the changing village at Cheslyn Hay Leisure Centre.",
             "Leisure Contract Manager", "Cllr Sue Marlow", "June 2025", AMBER, BLUE,
             "Works completed; changing village reopened to the public on 14 July 2025."),
            ("2.1.2", "Deliver 450 Disabled Facilities Grant adaptations with the Home Improvement Agency.\n"
                      "Report progress quarterly to the Wellbeing Select Committee.",
             "Housing Strategy Manager & Home Improvement Agency Manager", "Cllr Sue Marlow", "March 2026",
             GREEN, GREEN, "231 adaptations completed at the end of September."),
        ]),
        ("Objective 2.2 – Work with partners to keep our communities safe", [
            ("2.2.1", "Deliver a programme of joint days of action with Staffordshire Police in the three priority "
                      "wards.",
             "Community Safety Officer", "Cllr Imran Qureshi", "Ongoing", GREEN, GREEN,
             "Days of action held in Wombourne and Perton in August and September."),
        ]),
    ])
    wb.save(out("py-south-staffordshire-council-council-plan-delivery-plan-2025-26.xlsx"))


# ---------------------------------------------------------------- helpers (docx)
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


def table_with_header(doc, headers, fill_hex="1F3864"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], fill_hex)
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.font.color.rgb = None
    return t


# =============================================================== 4. North East Derbyshire CSP DHR
def ne_derbyshire():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("North East Derbyshire Community Safety Partnership").bold = True
    doc.add_heading("Domestic Homicide Review – ‘Marion’: Action Plan", level=0)
    doc.add_paragraph("This action plan records the agreed response to the recommendations of the overview report "
                      "and the agencies’ individual management reviews. Progress is monitored by the DHR Steering "
                      "Group and reported to the Community Safety Partnership Board.")
    ctl = table_with_header(doc, ["Document control", ""], "D9D9D9")
    for a, b in [("Version", "3.0"), ("Last updated", "12 September 2025"),
                 ("Owner", "Community Safety Manager, North East Derbyshire District Council"),
                 ("Review date", "December 2025")]:
        r = ctl.add_row().cells
        set_cell(r[0], a, bold=True)
        set_cell(r[1], b)
    doc.add_paragraph()
    doc.add_paragraph("RAG: B = complete; G = on track; A = some delay; R = not on track.")

    def plan_table(heading, second_col, lead_col, recs):
        doc.add_heading(heading, level=2)
        t = table_with_header(doc, ["Recommendation", second_col, "Ref", "Action to take", lead_col,
                                    "Target date", "Completion date and outcome", "RAG"], "BDD7EE")
        for rec_text, scope, actions in recs:
            first = None
            for ref, action, lead, target, outcome, rag in actions:
                cells = t.add_row().cells
                if first is None:
                    first = cells
                    set_cell(cells[0], rec_text)
                    set_cell(cells[1], scope)
                set_cell(cells[2], ref)
                set_cell(cells[3], action)
                set_cell(cells[4], lead)
                set_cell(cells[5], target)
                set_cell(cells[6], outcome)
                set_cell(cells[7], rag, bold=True)
                shade(cells[7], {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}[rag])
            if len(actions) > 1:
                last = t.rows[-1].cells
                first[0].merge(last[0])
                first[1].merge(last[1])
        doc.add_paragraph()

    plan_table("Part A: Overview Report Recommendations", "Scope", "Lead Agency", [
        ("1. North East Derbyshire CSP to seek assurance that agencies routinely ask about domestic abuse "
         "when older people present with carer stress.", "Local", [
            ("1.1", "Deliver a briefing on domestic abuse in later life to adult social care, GP practice and "
                    "district council staff.",
             "Derbyshire County Council (Adult Social Care)", "March 2025",
             "Completed 27/02/2025 – 146 staff attended across four sessions.", "B"),
            ("1.2", "Audit a sample of 30 carer’s assessments for evidence of routine enquiry about domestic "
                    "abuse.",
             "Derbyshire County Council (Adult Social Care)", "September 2025",
             "Audit under way; findings to the DHR Steering Group in November 2025.", "A"),
        ]),
        ("2. Partners to improve information sharing between GP practices and MARAC.", "Local", [
            ("2.1", "Review the MARAC information sharing protocol so that GP practices receive MARAC outcomes "
                    "within five working days.",
             "NHS Derby and Derbyshire ICB; Derbyshire Constabulary", "31/12/2025",
             "Draft protocol circulated to MARAC members for comment.", "G"),
            ("2.2", "Add a MARAC flag to GP clinical systems for victims and perpetrators discussed at MARAC.",
             "NHS Derby and Derbyshire ICB", "Q4 2025/26",
             "System supplier engaged; pilot in two practices from January 2026.", "G"),
        ]),
        ("3. The Derbyshire Domestic Abuse Partnership to raise awareness of economic abuse among older "
         "victims.", "Regional", [
            ("3.1", "Include economic abuse in the 2025 16 Days of Action campaign, with a focus on older people.",
             "Derbyshire County Council Public Health / North East Derbyshire District Council", "December 2025",
             "Campaign materials agreed with partners.", "G"),
        ]),
    ])
    plan_table("Part B: Single Agency Recommendations", "Agency", "Lead Officer", [
        ("4. Rykneld Homes to strengthen its response to tenants who say they are afraid of a family member.",
         "Rykneld Homes", [
            ("RH1", "Refresh the Domestic Abuse Housing Alliance (DAHA) action plan and train all housing "
                    "officers in recognising domestic abuse by adult family members.",
             "Head of Housing Management", "June 2025",
             "Completed – DAHA re-accreditation awarded June 2025; 38 officers trained.", "B"),
        ]),
        ("5. Derbyshire Constabulary to ensure DASH risk assessments are fully completed with older victims.",
         "Derbyshire Constabulary", [
            ("DC1", "Issue a practice note to response officers on completing the DASH with older victims and "
                    "carers, and dip-sample compliance.",
             "DCI Public Protection", "Quarterly",
             "Practice note issued July 2025; first dip sample showed 84% full completion.", "G"),
        ]),
    ])
    doc.add_paragraph("Signed off by the Chair of North East Derbyshire Community Safety Partnership.")
    doc.save(out("py-north-east-derbyshire-csp-dhr-marion-action-plan.docx"))


# =============================================================== 5. Staffordshire CC focused visit
def staffordshire():
    doc = Document()
    landscape(doc)
    doc.add_heading("Staffordshire County Council – Ofsted Focused Visit (Care Leavers) Action Plan", level=0)
    doc.add_paragraph("Children and Families Service. Focused visit to Staffordshire County Council children’s "
                      "services, 21 and 22 January 2025, looking at the local authority’s arrangements for care "
                      "leavers. The letter set out three areas for improvement; this plan sets out our response.")
    cov = table_with_header(doc, ["Plan details", ""], "D9D9D9")
    for a, b in [("Plan owner", "Director for Children and Families"),
                 ("Governance", "Children’s Improvement Board (monthly); Corporate Parenting Panel (quarterly)"),
                 ("Submitted to Ofsted", "3 March 2025"),
                 ("Last updated", "15 September 2025")]:
        r = cov.add_row().cells
        set_cell(r[0], a, bold=True)
        set_cell(r[1], b)
    doc.add_paragraph()
    key = table_with_header(doc, ["RAG", "Meaning"], "D9D9D9")
    for word, meaning, hx in [("Complete", "Action delivered and evidenced", "0070C0"),
                              ("Green", "On track to deliver by the date", "00B050"),
                              ("Amber", "Behind plan but recoverable", "FFC000"),
                              ("Red", "Off track – escalated to the Improvement Board", "FF0000"),
                              ("Not started", "Not yet due to start", "FFFFFF")]:
        r = key.add_row().cells
        set_cell(r[0], word, bold=True)
        shade(r[0], hx)
        set_cell(r[1], meaning)

    hdr = ["Ref", "What we will do", "Who", "By when", "How we will know", "Progress update", "RAG"]
    rag_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Not started": "FFFFFF"}

    def afi(number, text, actions):
        doc.add_heading(f"Area for improvement {number}", level=2)
        doc.add_paragraph(text)
        t = table_with_header(doc, hdr, "BDD7EE")
        for ref, what, who, when, measure, progress, rag in actions:
            cells = t.add_row().cells
            for i, v in enumerate([ref, what, who, when, measure, progress, rag]):
                set_cell(cells[i], v, bold=(i == 6))
            shade(cells[6], rag_fill[rag])
        doc.add_paragraph()

    afi(1, "The quality of pathway plans, so that they are specific, are reviewed when circumstances change and "
           "are written with young people.", [
        ("1.1", "Relaunch the pathway plan template, co-designed with the Care Leavers’ Forum, including a ‘my plan "
                "in my words’ section.",
         "Service Manager (Leaving Care)", "April 2025",
         "Template in use for all new plans; young people’s feedback at the Forum.",
         "New template live on the case management system from 7 April 2025.", "Complete"),
        ("1.2", "Personal advisers to review every pathway plan at least six-monthly and whenever a young person "
                "moves home, with team manager sign-off.",
         "Leaving Care Team Managers", "June 2025\nRevised: October 2025",
         "95% of pathway plans reviewed within timescale.",
         "Timeliness 78% at the end of August; recruitment to two vacant PA posts completed.", "Amber"),
        ("1.3", "Monthly audit of 10 pathway plans by the Quality Assurance Service, with findings reported to the "
                "Children’s Improvement Board.",
         "Principal Social Worker / Head of Quality Assurance", "Monthly",
         "Audit grades improving; fewer plans graded requires improvement.",
         "Audits completed May to August; 6 of 10 plans graded good in August.", "Green"),
    ])
    afi(2, "The range of suitable accommodation for care leavers aged 18 to 21, including those who are "
           "vulnerable to exploitation.", [
        ("2.1", "Agree a joint housing protocol for care leavers with all eight Staffordshire district and borough "
                "councils.",
         "Assistant Director – Children in Care", "September 2025",
         "Protocol signed by all eight councils; no care leaver placed in bed and breakfast.",
         "Seven councils have signed; final sign-off expected at the October housing officers’ group.", "Green"),
        ("2.2", "Commission 12 additional supported accommodation units for care leavers with higher needs, "
                "registered with Ofsted.",
         "Head of Commissioning (Children and Families)", "Q4 2025/26",
         "Units open and occupied.",
         "Tender evaluation complete; mobilisation slower than planned.", "Amber"),
    ])
    afi(3, "Care leavers’ access to their health histories and timely support for their emotional well-being.", [
        ("3.1", "Provide every care leaver with a health summary before their 18th birthday, working with the "
                "Children in Care health team.",
         "Designated Nurse for Children in Care; Service Manager (Leaving Care)", "End of December 2025",
         "100% of young people turning 18 receive a health summary.",
         "Health summaries given to 71% of young people turning 18 in Quarter 2.", "Green"),
        ("3.2", "Extend the emotional well-being offer to care leavers aged up to 25 through the commissioned "
                "mental health service.",
         "Head of Commissioning (Children and Families)", "March 2026",
         "Care leavers aged 21-25 accessing the service.",
         "To begin after the contract variation in January 2026.", "Not started"),
    ])
    doc.save(out("py-staffordshire-county-council-ofsted-focused-visit-action-plan.docx"))


# =============================================================== 6. Lincolnshire HWB action log (refuse)
def lincolnshire():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    blank = [""] * 9
    w.writerow(["Lincolnshire Health and Wellbeing Board – Action Log"] + [""] * 8)
    w.writerow(["Updated following the meeting of 23 September 2025"] + [""] * 8)
    w.writerow(blank)
    w.writerow(["Action No", "Meeting Date", "Minute No", "Item", "Action", "Responsible", "Due Date", "Status",
                "Update"])
    rows = [
        ["HWB 24/25-07", "11/03/2025", "41", "Pharmaceutical Needs Assessment",
         "Circulate the draft PNA 2025 consultation timetable to Board members.",
         "Director of Public Health", "Apr-25", "Complete", "Circulated 2 April 2025."],
        ["HWB 25/26-01", "10/06/2025", "9", "Better Care Fund 2025-26 Plan",
         "Provide a breakdown of BCF spend on hospital discharge support by district.",
         "Assistant Director - Integration & Commissioning", "Sep-25", "Complete",
         "Included in the September meeting pack."],
        ["HWB 25/26-02", "10/06/2025", "10", "Joint Health and Wellbeing Strategy - Housing, Health and Care",
         "Bring the housing, health and care delivery plan back to the Board with outcome measures.",
         "Housing Health Partnership Lead / Director of Public Health", "Dec-25", "On track", ""],
        ["HWB 25/26-03", "10/06/2025", "12", "Healthy Weight",
         "Share the whole systems approach mapping with district council leisure leads.",
         "Public Health Programme Manager", "Jul-25", "Complete", "Shared at the leisure leads network, 3 July."],
        ["HWB 25/26-04", "23/09/2025", "18", "Suicide Prevention",
         "Write to the ICB on behalf of the Board about waiting times for community crisis support.",
         "Chairman of the Board", "0ct-25", "Complete", "Letter sent 30 September 2025."],
        ["HWB 25/26-05", "23/09/2025", "19", "Best Start in Life",
         "Arrange a Board development session on the Family Hubs and Start for Life offer.",
         "Democratic Services Officer", "Jan-26", "Not started", ""],
        ["HWB 25/26-06", "23/09/2025", "20", "JSNA",
         "Publish the refreshed JSNA topic on unpaid carers and report the key findings to the Board.",
         "Head of Intelligence & Insight; Carers Lead", "Mar-26", "On track", ""],
    ]
    for r in rows:
        w.writerow(r)
    w.writerow(blank)
    w.writerow(["Completed actions are removed from the log once they have been reported to one meeting."]
               + [""] * 8)
    with open(out("py-lincolnshire-health-and-wellbeing-board-action-log-typo-month-refuse.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# =============================================================== 7. Malvern Hills highlight report (txt)
def malvern_hills():
    T = "\t"
    hdr = T.join(["Ref", "Milestone / action", "Owner", "Original date", "Revised date", "Prev RAG", "RAG",
                  "Comment"])
    lines = [
        "Malvern Hills District Council – Fit for the Future Transformation Programme: Highlight Report",
        "Reporting period: 1 August 2025 to 30 September 2025",
        "Programme Board: 14 October 2025",
        "Programme Sponsor: Chief Executive    Programme Manager: Transformation Lead",
        "Overall programme status: AMBER (previous period: AMBER)",
        "",
        "RAG key: G = on track; A = at risk but recoverable; R = off track, Board decision needed; C = complete",
        "",
        "Workstream 1 – Customer Access and Digital",
        hdr,
        T.join(["1.1", "Launch the new customer portal for council tax and benefits self-service",
                "Head of Customer Services / ICT Manager", "Jul-25", "Oct-25", "A", "A",
                "User testing found payment integration faults; supplier fix due 10 October."]),
        T.join(["1.2", "Move garden waste subscriptions to online-only renewal", "Customer Services Manager",
                "Sep-25", "", "G", "C", "Live from 1 September; 92% of renewals made online."]),
        T.join(["1.3", "Introduce an appointment-only face-to-face service at the Council House",
                "Head of Customer Services", "Mar-26", "", "G", "G", "Equality impact assessment drafted."]),
        "",
        "Workstream 2 – Workforce and Accommodation",
        hdr,
        T.join(["2.1", "Consult staff and UNISON on the revised hybrid working policy", "HR Manager",
                "Sep-25", "Nov-25", "G", "A", "Consultation start delayed to allow a staff survey."]),
        T.join(["2.2", "Let the vacant first floor of the Council House to a public sector partner",
                "Property Services Manager", "Dec-25", "", "A", "R",
                "Preferred tenant withdrew on 12/09/2025; options paper to Executive Committee in November."]),
        "",
        "Workstream 3 – Financial Sustainability",
        hdr,
        T.join(["3.1", "Complete the fees and charges review and include the proposals in the 2026/27 budget",
                "Section 151 Officer", "Jan-26", "", "G", "G", "Service reviews returned; benchmarking under way."]),
        T.join(["3.2", "Agree a business case for a shared Revenues and Benefits service",
                "Head of Revenues and Benefits", "Mar-26", "", "G", "G",
                "Options appraisal commissioned from LGA adviser."]),
        "",
        "Summary: 7 milestones – C 1, G 3, A 2, R 1",
        "",
        "Key risks and issues",
        "- Portal supplier capacity could delay milestone 1.1 further (owner: ICT Manager).",
        "- Loss of rental income from the Council House first floor affects the 2026/27 budget gap.",
        "",
        "Decisions required from Programme Board",
        "- Note the revised dates for milestones 1.1 and 2.1.",
        "- Agree that an options paper on the Council House first floor goes to Executive Committee.",
        "",
    ]
    with open(out("py-malvern-hills-dc-transformation-programme-highlight-report.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    city_of_london()
    nottinghamshire()
    south_staffordshire()
    ne_derbyshire()
    staffordshire()
    lincolnshire()
    malvern_hills()
    print("built 7 files in", HERE)
