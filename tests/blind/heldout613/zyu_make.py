#!/usr/bin/env python
"""Build the seven zyu- blind test files (set heldout613) and their expected readings.

Run with /work/main/.venv/bin/python zyu_make.py  (writes next to this script).
Only files starting with 'zyu-' are written.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

RED = "FFFF0000"
AMBER = "FFFFC000"
GREEN = "FF00B050"
BLUE = "FF0070C0"
GREY = "FFD9D9D9"
NAVY = "FF1F3864"

THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", fgColor=hexcol, bgColor=hexcol)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if actions is not None:
        doc["actions"] = actions
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol[-6:])
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


# ===========================================================================
# 1. South Tyneside Council - strategic risk register (xlsx)
# ===========================================================================

def make_south_tyneside():
    name = "zyu-south-tyneside-council-strategic-risk-register-2025-26.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "South Tyneside Council"
    cov["A1"].font = Font(bold=True, size=16, color=NAVY)
    cov["A2"] = "Strategic Risk Register 2025/26"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = "Quarter 2 review – position at 30 September 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Reviewed by", "Summary of changes"),
          ("v1.0", "03/06/2025", "Corporate Management Team", "Annual refresh of strategic risks for 2025/26"),
          ("v1.1", "14/10/2025", "Corporate Management Team", "Q2 review of scores, controls and further actions"),
          ("v1.2", "19/11/2025", "Audit Committee", "Presented for assurance")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A11"] = "Risk scoring (likelihood x impact, each scored 1 to 5)"
    cov["A11"].font = Font(bold=True)
    for i, (lab, col) in enumerate([("Red – 15 to 25", RED), ("Amber – 8 to 12", AMBER),
                                    ("Green – 1 to 6", GREEN)]):
        c = cov.cell(row=12 + i, column=1, value=lab)
        c.fill = fill(col)
    cov["A16"] = "Progress of further actions"
    cov["A16"].font = Font(bold=True)
    keyrows = [("G", GREEN, "Action on track"), ("A", AMBER, "Action at risk of slipping"),
               ("R", RED, "Action overdue or off track"), ("Complete", BLUE, "Action delivered")]
    for i, (k, col, lab) in enumerate(keyrows):
        c = cov.cell(row=17 + i, column=1, value=k)
        c.fill = fill(col)
        cov.cell(row=17 + i, column=2, value=lab)
    cov["A22"] = "Shading without a letter shows the RAG agreed at CMT where the owner's return gave no rating."
    cov.column_dimensions["A"].width = 26
    cov.column_dimensions["B"].width = 22
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Register")
    ws["A1"] = "South Tyneside Council – Strategic Risk Register 2025/26 (Q2)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Risks are owned by the Corporate Management Team. Further actions are those still "
                "to be delivered to bring each risk to its target score.")
    ws["A2"].font = Font(italic=True)
    heads = ["Risk", "Risk description (cause / event / consequence)", "Risk owner",
             "Inherent score", "Key controls in place", "Current score", "Target score",
             "Direction of travel", "Further actions required", "Action owner", "Target date",
             "Progress", "Q2 commentary"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    widths = [24, 48, 22, 10, 40, 10, 10, 11, 52, 28, 13, 11, 44]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w

    D = lambda y, m, d: dt.datetime(y, m, d)
    risks = [
        {
            "risk": "SR01 Financial sustainability",
            "desc": ("Cause: continuing demand and inflationary pressures in social care and temporary "
                     "accommodation, and uncertainty over the Fair Funding Review. Event: the Council "
                     "cannot set a balanced budget across the Medium Term Financial Plan. Consequence: "
                     "unplanned use of reserves, service reductions and, at worst, a section 114 notice."),
            "owner": "Director of Finance and Corporate Services (s151 Officer)",
            "inh": "20 (4x5)", "cur": "16 (4x4)", "tgt": "12 (3x4)", "dot": "No change",
            "controls": ("MTFP refreshed annually; monthly budget monitoring to CMT and Cabinet; "
                         "savings delivery tracker; reserves policy."),
            "actions": [
                ("Agree a three-year savings and income programme to close the 2026/27 to 2028/29 "
                 "budget gap, with delivery plans signed off by each directorate.",
                 "Director of Finance and Corporate Services", D(2026, 2, 27), ("G", GREEN),
                 "Proposals of £9.4m identified; budget consultation opened 3 November.",
                 ["Director of Finance and Corporate Services"], "2026-02", None, "green"),
                ("Review the use of earmarked reserves and report a revised reserves strategy to Cabinet.",
                 "Head of Financial Management", "Dec-25", ("Complete", BLUE),
                 "Reserves strategy approved by Cabinet on 10 September 2025.",
                 ["Head of Financial Management"], "2025-12", None, "blue"),
                ("Model the impact of the Fair Funding Review and business rates reset once the "
                 "provisional settlement is published.",
                 "Head of Financial Management", "Q4 2025/26", ("A", AMBER),
                 "Provisional settlement delayed; interim modelling based on consultation figures.",
                 ["Head of Financial Management"], "2026-03", None, "amber"),
            ],
        },
        {
            "risk": "SR02 Children's social care – demand and placement sufficiency",
            "desc": ("Cause: rising numbers of children in care with complex needs and a shortage of local "
                     "placements. Event: children are placed in high-cost or distant placements. "
                     "Consequence: poorer outcomes for children and sustained overspend."),
            "owner": "Corporate Director of Children's and Adults' Services",
            "inh": "20 (5x4)", "cur": "16 (4x4)", "tgt": "9 (3x3)", "dot": "No change",
            "controls": ("Sufficiency Strategy 2024-27; weekly Placement Panel; regional commissioning "
                         "framework; edge of care service."),
            "actions": [
                ("Open the second in-house children's home in Hebburn, providing four registered places.",
                 "Head of Children's Commissioning / Registered Manager, Residential Services",
                 D(2026, 1, 30), ("R", RED),
                 "Ofsted registration visit rescheduled; opening now expected February 2026.",
                 ["Head of Children's Commissioning", "Registered Manager, Residential Services"],
                 "2026-01", None, "red"),
                ("Deliver the 2025/26 foster carer recruitment campaign with a target of 20 newly "
                 "approved fostering households.",
                 "Head of Fostering and Adoption", D(2026, 3, 31), ("A", AMBER),
                 "Nine households approved to date and six in assessment.",
                 ["Head of Fostering and Adoption"], "2026-03", None, "amber"),
                ("Implement the placement sufficiency dashboard so that weekly placement costs and "
                 "step-down opportunities are reviewed at the Placement Panel.",
                 "Service Manager, Performance and Business Intelligence", "Nov-25", ("", GREEN),
                 "Dashboard live from 6 October; first panel review held 15 October.",
                 ["Service Manager, Performance and Business Intelligence"], "2025-11", None, "green"),
            ],
        },
        {
            "risk": "SR03 Cyber security and ICT resilience",
            "desc": ("Cause: increasing sophistication of cyber attacks and reliance on legacy systems. "
                     "Event: a successful attack or major ICT failure. Consequence: loss of critical "
                     "services, data breach and reputational damage."),
            "owner": "Director of Finance and Corporate Services",
            "inh": "25 (5x5)", "cur": "15 (3x5)", "tgt": "10 (2x5)", "dot": "Improving",
            "controls": ("Cyber Essentials Plus accreditation; PSN compliance; mandatory staff training; "
                         "24/7 security monitoring."),
            "actions": [
                ("Complete the move of remaining on-premise servers to the Council's cloud platform and "
                 "decommission the Town Hall data centre.",
                 "Head of ICT and Digital", "Jun-26", ("G", GREEN),
                 "62 of 75 servers migrated.",
                 ["Head of ICT and Digital"], "2026-06", None, "green"),
                ("Run a cyber incident exercise with CMT and test the ICT disaster recovery plan.",
                 "Head of ICT and Digital; Emergency Planning Manager", "31/03/2026", ("", None),
                 "Exercise to be scheduled with the LGA cyber team.",
                 ["Head of ICT and Digital", "Emergency Planning Manager"], "2026-03", None, "unrated"),
            ],
        },
        {
            "risk": "SR04 Climate change – coastal erosion and flooding",
            "desc": ("Cause: more frequent storm events and sea level rise. Event: damage to the "
                     "coastline, promenade and drainage infrastructure. Consequence: risk to property, "
                     "businesses and the visitor economy."),
            "owner": "Corporate Director of Regeneration and Environment",
            "inh": "16 (4x4)", "cur": "12 (3x4)", "tgt": "8 (2x4)", "dot": "No change",
            "controls": ("Shoreline Management Plan; Local Flood Risk Management Strategy; "
                         "coastal monitoring programme."),
            "actions": [
                ("Submit the outline business case for the South Shields foreshore coastal protection "
                 "scheme to the Environment Agency.",
                 "Head of Environment and Climate Change", D(2025, 12, 19), ("G", GREEN),
                 "Draft business case with the Environment Agency for comment.",
                 ["Head of Environment and Climate Change"], "2025-12", None, "green"),
                ("Review the multi-agency flood plan with Local Resilience Forum partners.",
                 "Emergency Planning Manager", "Annually", ("G", GREEN),
                 "2025 review completed in June; next review June 2026.",
                 ["Emergency Planning Manager"], None, "Annually", "green"),
            ],
        },
    ]
    row = 5
    expected = []
    for rk in risks:
        n = len(rk["actions"])
        top, bottom = row, row + n - 1
        for col, val in [(1, rk["risk"]), (2, rk["desc"]), (3, rk["owner"]), (4, rk["inh"]),
                         (5, rk["controls"]), (6, rk["cur"]), (7, rk["tgt"]), (8, rk["dot"])]:
            c = ws.cell(row=top, column=col, value=val)
            c.alignment = WRAP
            if col == 1:
                c.font = Font(bold=True)
            if n > 1:
                ws.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=col)
        for i, a in enumerate(rk["actions"]):
            text, owner, date, (rag, col), comm, leads, end, end_text, status = a
            r = row + i
            ws.cell(row=r, column=9, value=text)
            ws.cell(row=r, column=10, value=owner)
            c = ws.cell(row=r, column=11, value=date)
            if isinstance(date, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=12, value=rag if rag else None)
            if col:
                c.fill = fill(col)
            c.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=13, value=comm)
            for cc in range(1, 14):
                ws.cell(row=r, column=cc).border = BOX
                if cc != 12:
                    ws.cell(row=r, column=cc).alignment = WRAP
            expected.append(act(None, [rk["risk"]], text, leads, end, status, end_text))
        row = bottom + 1
    ws.cell(row=row + 1, column=1,
            value="Scores are shown as total (likelihood x impact). See Cover sheet for the scoring and progress key.")
    ws.freeze_panes = "A5"

    hm = wb.create_sheet("Summary")
    hm["A1"] = "Strategic risks – score summary (Q2 2025/26)"
    hm["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Risk", "Inherent", "Q1 score", "Q2 score", "Target"]):
        c = hm.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
    summ = [("SR01", 20, 16, 16, 12), ("SR02", 20, 16, 16, 9), ("SR03", 25, 20, 15, 10),
            ("SR04", 16, 12, 12, 8)]
    for i, s in enumerate(summ):
        for j, v in enumerate(s):
            hm.cell(row=4 + i, column=1 + j, value=v)
    hm["A9"] = "Further actions: 10 in total – 1 complete, 5 green, 2 amber, 1 red, 1 not rated"
    hm.column_dimensions["A"].width = 14
    wb.save(os.path.join(OUT, name))

    write_expected(
        name,
        source=("Imitates a metropolitan borough's strategic risk register as reported quarterly to its "
                "audit committee (modelled on Tyne and Wear practice, e.g. Gateshead Audit and Standards "
                "Committee strategic risk updates, democracy.gateshead.gov.uk, and Reading's register that "
                "separates existing controls from specific actions with target dates, "
                "democracy.reading.gov.uk/mgAi.aspx?ID=13423). Copies: cover sheet with document control "
                "and scoring/progress key, risk cells merged vertically over their further actions, "
                "inherent/current/target scores, action owner as job titles (one with two posts), "
                "target dates as real dates and as text (Dec-25, Q4 2025/26, Annually), fill-colour progress "
                "with one shaded cell carrying no letter, a summary sheet of scores."),
        reads=("A South Tyneside Council strategic risk register for Q2 2025/26: four risks (SR01-SR04), each "
               "in a merged cell with its description, owner and scores, and beside it the further actions "
               "still to be delivered, each with an action owner, target date and progress RAG. The cover and "
               "summary sheets hold document control, keys and scores, not actions."),
        outcome="read",
        title="South Tyneside Council – Strategic Risk Register 2025/26",
        actions=expected,
    )


# ===========================================================================
# 2. City of Wolverhampton Council - internal audit tracker (xlsx, refuse)
# ===========================================================================

def make_wolverhampton():
    name = "zyu-wolverhampton-city-council-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "City of Wolverhampton Council"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Internal Audit – follow-up of agreed actions"
    sm["A3"] = "Audit and Risk Committee – 16 March 2026"
    for j, h in enumerate(["Assurance level", "Audits", "Agreed actions", "Implemented",
                           "In progress", "Not yet due"]):
        c = sm.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
    for i, r in enumerate([("Limited", 2, 5, 2, 3, 0), ("Reasonable", 2, 3, 0, 2, 1),
                           ("Total", 4, 8, 2, 5, 1)]):
        for j, v in enumerate(r):
            sm.cell(row=6 + i, column=1 + j, value=v)
    sm["A10"] = "Detail of each outstanding action is on the 'Tracker' sheet."
    sm.column_dimensions["A"].width = 20

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "City of Wolverhampton Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Position as at 27 February 2026 – high and medium priority recommendations not yet "
                "confirmed as implemented, and those implemented since the last Committee")
    heads = ["Audit review", "Year", "Assurance", "Rec ref", "Priority", "Recommendation",
             "Agreed management action", "Responsible officer", "Original target date",
             "Revised target date", "Status", "Progress update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF7030A0")
        c.alignment = WRAP
    widths = [22, 9, 11, 8, 9, 46, 46, 26, 12, 14, 14, 40]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    D = lambda y, m, d: dt.datetime(y, m, d)
    audits = [
        ("Accounts Payable", "2024/25", "Limited", [
            ("AP/01", "High",
             "Controls to detect duplicate supplier invoices should be strengthened, including regular use of the duplicate payment report.",
             "Run the duplicate payment report weekly, with exceptions reviewed and signed off by the Payments Team Leader.",
             "Head of Transactional Services", D(2025, 9, 30), "December 2025", "Implemented",
             "Weekly report in place since November; evidence provided to Internal Audit."),
            ("AP/02", "Medium",
             "Changes to supplier bank details should be independently verified before payment.",
             "Introduce call-back verification to a known contact for all bank detail change requests and record the check on the vendor file.",
             "Payments Team Leader", D(2025, 10, 31), None, "Implemented",
             "Call-back procedure issued 20 October 2025."),
        ]),
        ("Direct Payments (Adults)", "2024/25", "Limited", [
            ("DP/01", "High",
             "Direct payment accounts should be audited in line with the Direct Payments Policy.",
             "Clear the backlog of 140 overdue direct payment account audits.",
             "Head of Adult Social Care Finance", D(2025, 12, 31), "March 2026", "In progress",
             "97 audits completed; two temporary officers in post until March."),
            ("DP/02", "Medium",
             "Unspent direct payment balances should be recovered promptly.",
             "Recover surplus balances above eight weeks of care costs and report recoveries monthly to the Adult Services Finance Board.",
             "Head of Adult Social Care Finance", D(2025, 11, 30), "Febuary 2026", "In progress",
             "£212k recovered to date."),
            ("DP/03", "Medium",
             "Support plans should record how direct payments will be used to meet assessed needs.",
             "Update the support plan template and brief social work teams on the recording requirement.",
             "Principal Social Worker (Adults)", D(2026, 1, 31), None, "In progress",
             "Template updated; briefings planned for March."),
        ]),
        ("Cyber Security – Patch Management", "2025/26", "Reasonable", [
            ("CS/01", "High",
             "Critical security patches should be applied within 14 days of release.",
             "Configure automated patch deployment for all Windows servers and report compliance monthly to the Information Governance Board.",
             "Head of ICT Infrastructure", D(2026, 1, 31), "April 2026", "In progress",
             "Automation in place for 80% of servers."),
            ("CS/02", "Medium",
             "Unsupported software should be identified and removed or isolated.",
             "Complete an inventory of unsupported software and agree a removal plan with service owners.",
             "Head of ICT Infrastructure", D(2026, 3, 31), None, "Not yet due", ""),
        ]),
        ("Council Tax Single Person Discount", "2025/26", "Reasonable", [
            ("CT/01", "Medium",
             "Single person discounts should be reviewed periodically against third-party data.",
             "Commission a data-matching review of all single person discounts.",
             "Head of Revenues and Benefits", D(2025, 12, 31), "May 2026", "In progress",
             "Procurement of data-matching provider under way."),
        ]),
    ]
    row = 5
    typo_row = None
    for aud, yr, ass, recs in audits:
        top = row
        for rec in recs:
            ref, pri, rtext, action, officer, orig, rev, status, upd = rec
            vals = [None, None, None, ref, pri, rtext, action, officer, orig, rev, status, upd]
            for j, v in enumerate(vals):
                if v is None:
                    continue
                c = ws.cell(row=row, column=1 + j, value=v)
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rev == "Febuary 2026":
                typo_row = row
            for cc in range(1, 13):
                ws.cell(row=row, column=cc).border = BOX
            row += 1
        for col, v in [(1, aud), (2, yr), (3, ass)]:
            c = ws.cell(row=top, column=col, value=v)
            c.alignment = WRAP
            if row - 1 > top:
                ws.merge_cells(start_row=top, start_column=col, end_row=row - 1, end_column=col)
    ws.cell(row=row + 1, column=1, value="Priority: High – fundamental control weakness; Medium – significant weakness; Low – minor (not reported).")
    wb.save(os.path.join(OUT, name))

    write_expected(
        name,
        source=("Imitates the City of Wolverhampton Council internal audit follow-up reported to its Audit "
                "and Risk Committee (wolverhampton.moderngov.co.uk, Internal Audit Update reports) and "
                "tracker layouts such as Reading's Implementation of Audit Recommendations tracker "
                "(democracy.reading.gov.uk). Copies: summary sheet of counts by assurance, audit name / year / "
                "assurance merged over their recommendations, recommendation text beside the agreed "
                "management action, original and revised target dates, status words and progress updates."),
        reads=("An internal audit recommendations tracker: four audits, each with its recommendations and "
               "agreed actions, responsible officer, original and revised target dates and status. The "
               "revised target date of DP/02 reads 'Febuary 2026' – a mistyped month in the end cell, so a "
               "careful reader stops and asks before reading the due month of that action."),
        outcome="refuse",
        refuse_at=typo_row,
        title="City of Wolverhampton Council – Internal Audit Recommendations Tracker",
    )
    return typo_row


# ===========================================================================
# 3. London Borough of Harrow - corporate plan delivery plan (xlsx)
# ===========================================================================

def make_harrow():
    name = "zyu-harrow-council-corporate-plan-delivery-plan-2025-26-q2.xlsx"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "London Borough of Harrow"
    sm["A1"].font = Font(bold=True, size=14, color="FF7F2C7F")
    sm["A2"] = "Corporate Plan 2024-26: Delivery Plan 2025/26"
    sm["A2"].font = Font(bold=True, size=13)
    sm["A3"] = "Quarter 2 progress report (July to September 2025) – Cabinet, 13 November 2025"
    for j, h in enumerate(["Priority", "Flagship actions", "Complete", "Green", "Amber", "Red",
                           "Not started"]):
        c = sm.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
    for i, r in enumerate([("A council that puts residents first", 3, 1, 1, 1, 0, 0),
                           ("A borough that is clean and safe", 4, 0, 2, 1, 1, 0),
                           ("A place where those in need are supported", 3, 0, 2, 1, 0, 0),
                           ("Total", 10, 1, 5, 3, 1, 0)]):
        for j, v in enumerate(r):
            sm.cell(row=6 + i, column=1 + j, value=v)
    sm["A11"] = "RAG definitions"
    sm["A11"].font = Font(bold=True)
    for i, (k, col, lab) in enumerate([
            ("Green", GREEN, "On track to deliver by the due date"),
            ("Amber", AMBER, "Some risk to delivery; mitigation in place"),
            ("Red", RED, "Will not be delivered by the due date without intervention"),
            ("Complete", BLUE, "Action delivered"),
            ("Not started", None, "Not yet due to start")]):
        c = sm.cell(row=12 + i, column=1, value=k)
        if col:
            c.fill = fill(col)
        sm.cell(row=12 + i, column=2, value=lab)
    sm.column_dimensions["A"].width = 44
    sm.column_dimensions["B"].width = 50

    ragfill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    sheets = [
        ("Residents First", "Priority 1: A council that puts residents first", [
            ("Improving the customer experience", [
                ("1.1", "Launch the upgraded My Harrow account so residents can track the progress of reports and requests online.",
                 "Director of Customer Services and Digital", "Dec-25", "Green", "Green",
                 "Testing with 200 residents completed; launch planned for 1 December.",
                 ["Director of Customer Services and Digital"], "2025-12", None, "green"),
                ("1.2", "Respond to 90% of stage 1 complaints within 15 working days.",
                 "Head of Complaints and Information Governance", "Mar-26", "Amber", "Amber",
                 "82% in Q2 (Q1 79%); backlog in Housing being cleared.",
                 ["Head of Complaints and Information Governance"], "2026-03", None, "amber"),
            ]),
            ("Listening to residents", [
                ("1.3", "Launch the My Harrow Talk consultation platform and publish a 'you said, we did' summary for every major consultation.",
                 "Head of Communications / Head of Policy", "Sept 2025", "Amber", "Complete",
                 "Platform launched 8 September 2025.",
                 ["Head of Communications", "Head of Policy"], "2025-09", None, "blue"),
            ]),
        ]),
        ("Clean and Safe", "Priority 2: A borough that is clean and safe", [
            ("Cleaner streets", [
                ("2.1", "Deliver a programme of deep cleans in every ward, targeting fly-tipping hotspots identified through resident reports.",
                 "Director of Environmental Services", "Ongoing", "Green", "Green",
                 "11 of 21 wards completed.",
                 ["Director of Environmental Services"], None, "Ongoing", "green"),
                ("2.2", "Introduce the new enforcement contract for fly-tipping, littering and dog fouling.",
                 "Head of Community Safety and Enforcement", "Q3 2025/26", "Green", "Red",
                 "Procurement re-run after no compliant bids; contract award now expected February 2026.",
                 ["Head of Community Safety and Enforcement"], "2025-12", None, "red"),
            ]),
            ("Safer neighbourhoods", [
                ("2.3", "Install 30 additional CCTV cameras at locations agreed with the Police Safer Neighbourhood Teams.",
                 "Head of Community Safety and Enforcement", "March 2026", "Not started", "Amber",
                 "Locations agreed; supplier lead times are longer than planned.",
                 ["Head of Community Safety and Enforcement"], "2026-03", None, "amber"),
            ]),
            ("Roads and pavements", [
                ("2.4", "Resurface 20 roads and 15 footways through the 2025/26 highways capital programme.",
                 "Corporate Director of Place / Head of Highways", "31/03/2026", "Green", "Green",
                 "9 roads and 8 footways completed.",
                 ["Corporate Director of Place", "Head of Highways"], "2026-03", None, "green"),
            ]),
        ]),
        ("Those in Need", "Priority 3: A place where those in need are supported", [
            ("Adults and carers", [
                ("3.1", "Co-produce a new adult social care mental health model with residents and carers.",
                 "Director of Adult Social Services", "Sept 2025 – March 2026", "Green", "Green",
                 "Four co-production workshops held; draft model to Cabinet in February.",
                 ["Director of Adult Social Services"], "2026-03", "Sept 2025 – March 2026", "green"),
                ("3.2", "Reduce the use of nightly paid temporary accommodation by acquiring 100 homes through the property acquisition programme.",
                 "Director of Housing", "Mar-26", "Amber", "Amber",
                 "46 homes acquired; completions slowed by conveyancing delays.",
                 ["Director of Housing"], "2026-03", None, "amber"),
            ]),
            ("Children and families", [
                ("3.3", "Open two new Family Hubs in Wealdstone and South Harrow.",
                 "Director of Children's Services", "Jan-26", "Green", "Green",
                 "Wealdstone hub opened in September; South Harrow fit-out under way.",
                 ["Director of Children's Services"], "2026-01", None, "green"),
            ]),
        ]),
    ]
    expected = []
    heads = ["Ref", "Flagship action", "Accountable officer", "Due", "Q1 RAG", "Q2 RAG",
             "Q2 progress commentary"]
    for sheetname, ptitle, groups in sheets:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = ptitle
        ws["A1"].font = Font(bold=True, size=13, color="FF7F2C7F")
        for j, h in enumerate(heads):
            c = ws.cell(row=3, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = fill("FF7F2C7F")
            c.border = BOX
        for j, w in enumerate([7, 56, 34, 20, 11, 11, 50]):
            ws.column_dimensions[chr(65 + j)].width = w
        row = 4
        for gname, items in groups:
            c = ws.cell(row=row, column=1, value=gname)
            c.font = Font(bold=True)
            for cc in range(1, 8):
                ws.cell(row=row, column=cc).fill = fill(GREY)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
            row += 1
            for it in items:
                ref, text, officer, due, q1, q2, comm, leads, end, end_text, status = it
                vals = [ref, text, officer, due, q1, q2, comm]
                for j, v in enumerate(vals):
                    c = ws.cell(row=row, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if j in (4, 5) and v in ragfill:
                        c.fill = fill(ragfill[v])
                row += 1
                expected.append(act(ref, [ptitle, gname], text, leads, end, status, end_text))
        ws.cell(row=row + 1, column=1, value="Note: RAG definitions are on the Summary sheet. Due dates are those agreed in the 2025/26 Delivery Plan.")
    wb.save(os.path.join(OUT, name))

    write_expected(
        name,
        source=("Imitates the London Borough of Harrow Corporate Plan 2024-26 flagship-action delivery plan "
                "reported quarterly to Cabinet (harrow.gov.uk news 'A plan that continues to put residents "
                "first', March 2024; moderngov.harrow.gov.uk Corporate Plan items). Copies: the plan's three "
                "priorities as one sheet each, grey outcome band rows above numbered flagship actions, "
                "accountable officer as job titles (two with two posts), due dates written as Dec-25, Q3 "
                "2025/26, Sept 2025 – March 2026, Ongoing, 31/03/2026, previous (Q1) and current (Q2) RAG "
                "with fill colours, a summary sheet with totals and the RAG definitions."),
        reads=("Harrow's Corporate Plan delivery plan at Q2 2025/26: a summary sheet of counts and RAG "
               "definitions, then one sheet per priority with outcome bands and ten numbered flagship "
               "actions, each with accountable officer, due date and Q1/Q2 RAG; the Q2 RAG is the current "
               "status."),
        outcome="read",
        title="Corporate Plan 2024-26: Delivery Plan 2025/26",
        actions=expected,
    )


# ===========================================================================
# 4. Brent Safeguarding Children Partnership - LCSPR Child S (docx)
# ===========================================================================

def make_brent():
    name = "zyu-brent-safeguarding-children-partnership-lcspr-child-s-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Brent Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Local Child Safeguarding Practice Review – Child S: Multi-agency Action Plan", level=1)
    doc.add_paragraph("Response to the recommendations of the review published in October 2025.")

    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Date", "22 January 2026"),
                                ("Owner", "BSCP Case Review Group"),
                                ("Approved by", "Safeguarding Partners Executive Group, 4 December 2025"),
                                ("Next review", "Case Review Group, April 2026")]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_paragraph(
        "Child S was 15 when he was seriously injured in a knife attack in March 2024. The review "
        "considered how agencies understood his experiences in the year before the incident. This plan "
        "sets out how partners will respond to the four recommendations. Progress is reported to each "
        "Case Review Group and by exception to the Safeguarding Children Forum.")

    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, col, lab) in enumerate([("Blue", BLUE, "Complete and evidence of impact received"),
                                       ("Green", GREEN, "On track"),
                                       ("Amber", AMBER, "Some delay; mitigation in place"),
                                       ("Red", RED, "Not progressing; escalation required")]):
        set_cell(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), col)
        set_cell(key.cell(i, 1), lab)

    themes = [
        ("Learning theme 1: Understanding the lived experience of the child", [
            ("Recommendation 1: Safeguarding partners should be assured that practitioners ask about and record the child's own account of their experiences, including when the child is missing from education.", [
                ("1a", "Add a 'voice of the child' prompt to the multi-agency referral form and the Brent Family Front Door screening template.",
                 "Head of Service, Brent Family Front Door", "December 2025",
                 "New form live from 1 December 2025; dip sample in January showed the prompt completed in 41 of 50 referrals.",
                 "Blue", ["Head of Service, Brent Family Front Door"], "2025-12", None, "blue"),
                ("1b", "Deliver a 7-minute briefing on Child S to all partner agencies and obtain confirmation from each agency that it has been cascaded to frontline teams.",
                 "BSCP Partnership Lead", "By 31 January 2026",
                 "Briefing issued 5 November 2025; confirmations received from 9 of 12 agencies.",
                 "Green", ["BSCP Partnership Lead"], "2026-01", None, "green"),
            ]),
            ("Recommendation 2: Schools and the local authority should make sure that children on part-time timetables are reviewed at least every six weeks, and that each review includes the child's views.", [
                ("2a", "Audit the use of part-time timetables in Brent secondary schools and report the findings to the Education Safeguarding Group.",
                 "Head of Inclusion / DSL Network Chair", "Summer term 2026",
                 "Audit tool agreed with headteachers; data collection starts after February half term.",
                 "Green", ["Head of Inclusion", "DSL Network Chair"], "2026-07", "Summer term 2026", "green"),
            ]),
        ]),
        ("Learning theme 2: Information sharing at points of transition", [
            ("Recommendation 3: Partners should strengthen information sharing when a child moves between schools, boroughs or health providers, so that known risks travel with the child.", [
                ("3a", "Agree a protocol for the transfer of safeguarding records when a child moves into or out of Brent mid-year, including moves to and from independent schools.",
                 "Head of Safeguarding in Education", "March 2026",
                 "Draft protocol shared with neighbouring boroughs; comments awaited from two.",
                 "Amber", ["Head of Safeguarding in Education"], "2026-03", None, "amber"),
                ("3b", "Make sure the child health record flags known safeguarding concerns when a young person transfers between GP practices and CAMHS teams.\nAssurance to be provided to the Safeguarding Children Forum by the ICB Designated Nurse.",
                 "Designated Nurse Safeguarding Children, NHS North West London", "Ongoing – reported quarterly",
                 "First assurance report received at the November Forum.",
                 "Green", ["Designated Nurse Safeguarding Children, NHS North West London"], None,
                 "Ongoing – reported quarterly", "green"),
            ]),
        ]),
        ("Learning theme 3: Responding to the risk of criminal exploitation", [
            ("Recommendation 4: The Partnership should be assured that a contextual safeguarding response is considered for every child where there is intelligence of criminal exploitation.", [
                ("4a", "Review the Exploitation and Missing Panel terms of reference so that every child with police intelligence of criminal exploitation is considered for a contextual safeguarding response.",
                 "Detective Superintendent, North West BCU / Head of Early Help and Exploitation", "Nov-25",
                 "Revised terms of reference agreed at the Panel on 12 November 2025.",
                 "Blue", ["Detective Superintendent, North West BCU", "Head of Early Help and Exploitation"],
                 "2025-11", None, "blue"),
                ("4b", "Map the locations of concern identified in the review and agree a multi-agency disruption plan with the Community Safety Partnership.",
                 "Community Safety Manager", "February 2026",
                 "Mapping not started because of analyst vacancy; escalated to the Executive Group.",
                 "Red", ["Community Safety Manager"], "2026-02", None, "red"),
            ]),
        ]),
    ]
    ragcol = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    expected = []
    for theme, recs in themes:
        doc.add_heading(theme, level=2)
        for rec, actions in recs:
            tb = doc.add_table(rows=2 + len(actions), cols=6)
            tb.style = "Table Grid"
            top = tb.cell(0, 0).merge(tb.cell(0, 5))
            set_cell(top, rec, bold=True)
            shade(top, "FFDEEAF6")
            for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress / evidence", "RAG"]):
                set_cell(tb.cell(1, j), h, bold=True)
                shade(tb.cell(1, j), GREY)
            for i, a in enumerate(actions):
                ref, text, lead, ts, prog, rag, leads, end, end_text, status = a
                for j, v in enumerate([ref, text, lead, ts, prog, rag]):
                    set_cell(tb.cell(2 + i, j), v)
                shade(tb.cell(2 + i, 5), ragcol[rag])
                expected.append(act(ref, [theme, rec], text, leads, end, status, end_text))
            doc.add_paragraph()
    doc.add_paragraph().add_run("Sign-off").bold = True
    so = doc.add_table(rows=4, cols=3)
    so.style = "Table Grid"
    for i, row in enumerate([("Safeguarding partner", "Signed by (post)", "Date"),
                             ("Brent Council", "Director of Children and Young People", "04/12/2025"),
                             ("NHS North West London ICB", "Chief Nursing Officer", "04/12/2025"),
                             ("Metropolitan Police Service", "BCU Commander, North West", "04/12/2025")]):
        for j, v in enumerate(row):
            set_cell(so.cell(i, j), v, bold=(i == 0))
    doc.save(os.path.join(OUT, name))

    write_expected(
        name,
        source=("Imitates a Brent Safeguarding Children Partnership LCSPR multi-agency action plan of the kind "
                "reported to its Case Review Group and Safeguarding Children Forum (democracy.brent.gov.uk "
                "BSCP annual report items, 2024-2025). Copies: partnership title block, document-control "
                "table, RAG key table with blue for complete, learning-theme headings, one table per "
                "recommendation with the recommendation text in a merged shaded top row above numbered "
                "actions (1a, 1b ...), lead agencies/posts (two cells with two posts separated by '/', a post "
                "containing a comma), timescales as months, 'By ...', a school term and 'Ongoing – reported "
                "quarterly', a two-paragraph action cell, a sign-off table."),
        reads=("Brent SCP's action plan for the Child S review: three learning themes, under them four "
               "recommendations each in its own table, with seven lettered actions carrying a lead, "
               "timescale, progress note and RAG word. The document-control, RAG key and sign-off tables "
               "are not actions."),
        outcome="read",
        title="Local Child Safeguarding Practice Review – Child S: Multi-agency Action Plan",
        actions=expected,
    )


# ===========================================================================
# 5. Herefordshire Council - Ofsted focused visit action plan (docx)
# ===========================================================================

def make_herefordshire():
    name = "zyu-herefordshire-council-ofsted-focused-visit-action-plan.docx"
    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Herefordshire Council – Children and Young People's Directorate")
    r.bold = True
    doc.add_heading("Ofsted Focused Visit Action Plan: Children in Care", level=1)
    doc.add_paragraph("Focused visit: 21 and 22 October 2025. Letter published: 26 November 2025.")
    doc.add_paragraph("Plan agreed by the Children's Improvement Board: 15 January 2026. "
                      "Progress updated for the Board meeting of 1 October 2026.")
    doc.add_paragraph("Ofsted asked us to improve:")
    aofi = ["The timeliness and quality of health assessments for children in care",
            "Care plans and pathway plans are not consistently updated when children's circumstances change",
            "Sufficiency of local foster placements for older children and sibling groups"]
    for a in aofi:
        doc.add_paragraph(a, style="List Bullet")

    doc.add_paragraph().add_run("RAG shading key").bold = True
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for j, (lab, col) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                    ("Some slippage", AMBER), ("Off track", RED)]):
        set_cell(key.cell(0, j), lab, bold=True)
        shade(key.cell(0, j), col)
    doc.add_paragraph("Actions not yet started are left unshaded.")

    sections = [
        ("1. The timeliness and quality of health assessments for children in care", [
            ("1.1", "Agree a joint escalation process with Wye Valley NHS Trust so that initial health assessments not completed within 20 working days are escalated to the Designated Nurse.",
             "Head of Service Children in Care", "31/01/2026",
             "Escalation process agreed 19 January 2026; 88% of IHAs in time in Q2 2026/27 (Q3 2025/26: 61%).",
             "Performance reports to Children in Care Performance Clinic", BLUE,
             ["Head of Service Children in Care"], "2026-01", None, "blue"),
            ("1.2", "Introduce a health assessment tracker, reviewed at the Children in Care Performance Clinic.",
             "Performance and Intelligence Manager", "Monthly",
             "Tracker in use since February; reviewed at every clinic.",
             "Tracker reviewed monthly; overdue assessments reducing", GREEN,
             ["Performance and Intelligence Manager"], None, "Monthly", "green"),
        ]),
        ("2. Care plans and pathway plans are not consistently updated when children's circumstances change", [
            ("2.1", "Revise the care planning practice standards and relaunch them through practice week sessions for all social workers and team managers.",
             "Principal Social Worker", "April 2026",
             "Standards relaunched at practice week, 20-24 April 2026; 142 staff attended.",
             "Audit shows plans updated within 15 working days of a significant change", GREEN,
             ["Principal Social Worker"], "2026-04", None, "green"),
            ("2.2", "Independent Reviewing Officers to raise a formal practice alert when a care plan has not been updated within 15 working days of a significant change.\nQuarterly IRO thematic report to the Improvement Board.",
             "IRO Service Manager / Head of Quality Assurance", "w/c 09/02/2026",
             "Practice alert process live; first thematic report delayed to November because of IRO vacancies.",
             "Number of practice alerts resolved within timescale", AMBER,
             ["IRO Service Manager", "Head of Quality Assurance"], "2026-02", None, "amber"),
        ]),
        ("3. Sufficiency of local foster placements for older children and sibling groups", [
            ("3.1", "Launch an enhanced fee scheme for foster carers offering placements to teenagers and sibling groups.",
             "Head of Fostering", "Mar-26",
             "Scheme awaiting Cabinet decision; launch now planned for January 2027.",
             "Number of enhanced carers approved", RED,
             ["Head of Fostering"], "2026-03", None, "red"),
            ("3.2", "Work with the regional fostering recruitment hub to increase enquiries from Herefordshire residents by 25%.",
             "Head of Fostering; Marketing and Communications Manager", "December 2026",
             "Enquiries up 14% on the same period last year.",
             "Enquiries and approvals compared with 2025/26", AMBER,
             ["Head of Fostering", "Marketing and Communications Manager"], "2026-12", None, "amber"),
            ("3.3", "Review all children placed more than 20 miles from Herefordshire to identify those who could move closer to home where this is in their best interests.",
             "Head of Service Children in Care", "31 December 2026",
             "Not yet started – review scheduled to begin in October 2026.",
             "Number of children supported to return to county", None,
             ["Head of Service Children in Care"], "2026-12", None, "unrated"),
        ]),
    ]
    heads = ["Ref", "Action", "Lead officer", "By when", "Progress update (September 2026)",
             "Measure of success", "RAG"]
    nrows = 1 + sum(1 + len(a) for _, a in sections)
    tb = doc.add_table(rows=nrows, cols=7)
    tb.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(tb.cell(0, j), h, bold=True)
        shade(tb.cell(0, j), "FFBDD7EE")
    r = 1
    expected = []
    for band, actions in sections:
        c = tb.cell(r, 0).merge(tb.cell(r, 6))
        set_cell(c, band, bold=True)
        shade(c, GREY)
        r += 1
        for a in actions:
            ref, text, lead, when, prog, measure, col, leads, end, end_text, status = a
            for j, v in enumerate([ref, text, lead, when, prog, measure, ""]):
                set_cell(tb.cell(r, j), v)
            if col:
                shade(tb.cell(r, 6), col)
            expected.append(act(ref, [band], text, leads, end, status, end_text))
            r += 1
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to the Children's Improvement Board every "
                      "quarter and to the Children and Young People Scrutiny Committee twice a year.")
    doc.save(os.path.join(OUT, name))

    write_expected(
        name,
        source=("Imitates a Herefordshire Council children's services post-Ofsted action plan as taken to "
                "Cabinet and the Improvement Board (councillors.herefordshire.gov.uk, 'Ofsted Improvement "
                "Action Plan' Cabinet 15/12/2022) in the form used for focused-visit letters. Copies: "
                "landscape Word table, directorate title block, list of the areas Ofsted asked to improve "
                "above the plan, a shading key, one table with numbered area band rows merged across the "
                "width above numbered actions, RAG given only by cell shading (one unshaded: not started), "
                "by-when as dd/mm/yyyy, month names, Mar-26, 'w/c' and 'Monthly', a two-paragraph action "
                "cell, leads as posts joined by '/' and ';'."),
        reads=("Herefordshire's action plan after an Ofsted focused visit on children in care: three numbered "
               "areas for improvement, each a band row over its numbered actions (seven in all) with lead "
               "officer, by-when date, progress and measure of success; the RAG column carries colour "
               "shading only, read through the shading key."),
        outcome="read",
        title="Ofsted Focused Visit Action Plan: Children in Care",
        actions=expected,
    )


# ===========================================================================
# 6. Southwark Health and Wellbeing Board - action log (csv)
# ===========================================================================

def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_southwark():
    name = "zyu-southwark-health-and-wellbeing-board-action-log.csv"
    ncol = 7
    lines = []

    def line(*vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    line("Southwark Health and Wellbeing Board – Action Log")
    line("Updated following the meeting held on 13 November 2025")
    line()
    line("Ref", "Meeting", "Action", "Owner", "Due", "RAG", "Update")
    open_h = "Open actions"
    done_h = "Actions completed since the last meeting"
    rows = [
        (open_h, "HWB-25-05", "17/07/2025",
         "Partnership Southwark to set out how the neighbourhood health model will be reported to the Board, including the role of integrated neighbourhood teams.\nA short paper to be brought to a future meeting.",
         "Place Executive Lead, Partnership Southwark", "January 2026", "Amber",
         "Delayed pending ICB restructure; now scheduled for the January meeting.",
         ["Place Executive Lead, Partnership Southwark"], "2026-01", None, "amber"),
        (open_h, "HWB-25-06", "17/07/2025",
         "Share air quality monitoring data for the Old Kent Road corridor with the Board and the Environment Scrutiny Commission.",
         "Head of Environmental Protection; Director of Public Health", "Sep-25", "Red",
         "Overdue – data pack being finalised.",
         ["Head of Environmental Protection", "Director of Public Health"], "2025-09", None, "red"),
        (open_h, "HWB-25-07", "13/11/2025",
         "Circulate the draft Pharmaceutical Needs Assessment to Board members for comment before statutory consultation opens.",
         "Director of Public Health", "Dec-25", "Green",
         "Draft to be circulated by 5 December.",
         ["Director of Public Health"], "2025-12", None, "green"),
        (open_h, "HWB-25-08", "13/11/2025",
         "Report on progress against the healthy weight indicators in the Joint Health and Wellbeing Strategy, including the school superzones programme.",
         "Assistant Director of Public Health / Public Health Programme Manager", "March 2026", "Green",
         "On the forward plan for 12 March 2026.",
         ["Assistant Director of Public Health", "Public Health Programme Manager"], "2026-03", None, "green"),
        (done_h, "HWB-25-02", "20/03/2025",
         "Agree the Board's forward plan for 2025/26, including a development session on health inequalities.",
         "Chair / Principal Constitutional Officer", "July 2025", "Complete",
         "Forward plan agreed on 17 July 2025.",
         ["Chair", "Principal Constitutional Officer"], "2025-07", None, "blue"),
        (done_h, "HWB-25-03", "20/03/2025",
         "Write to NHS South East London ICB on behalf of the Board about access to GP appointments in the north of the borough.",
         "Cllr Grace Adeyemi", "Apr-25", "Complete",
         "Letter sent 2 April 2025; reply circulated to members.",
         ["Cllr Grace Adeyemi"], "2025-04", None, "blue"),
        (done_h, "HWB-25-04", "17/07/2025",
         "Present the Southwark Maternity Commission's recommendations and the local system response to the Board.",
         "Director of Public Health", "13/11/2025", "Complete",
         "Presented at the November meeting.",
         ["Director of Public Health"], "2025-11", None, "blue"),
    ]
    expected = []
    current = None
    for sec, ref, mtg, text, owner, due, rag, upd, leads, end, end_text, status in rows:
        if sec != current:
            line(sec)
            current = sec
        line(ref, mtg, text, owner, due, rag, upd)
        expected.append(act(ref, [sec], text, leads, end, status, end_text))
    line()
    line("RAG: Green – on track; Amber – at risk of delay; Red – overdue; Complete – to be removed from the log at the next meeting")
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    write_expected(
        name,
        source=("Imitates the action log kept for the Southwark Health and Wellbeing Board, which meets at "
                "160 Tooley Street and takes items such as the Southwark Maternity Commission, the Joint "
                "Health and Wellbeing Strategy progress report, the Pharmaceutical Needs Assessment, air "
                "quality and healthy weight (moderngov.southwark.gov.uk, meetings of July 2023 and 14 "
                "November 2024). Copies: CSV export with title and 'updated' lines, Open / Completed section "
                "rows, reference, meeting date raised, owner as posts and a councillor, due dates in mixed "
                "forms, RAG words, a quoted multi-line action cell, a key line at the foot."),
        reads=("The Southwark HWB action log after the 13 November 2025 meeting: four open actions and three "
               "completed since the last meeting, each with a reference, the meeting that raised it, owner, "
               "due date, RAG and update. The title, section, key and blank lines are not actions."),
        outcome="read",
        title="Southwark Health and Wellbeing Board – Action Log",
        actions=expected,
    )


# ===========================================================================
# 7. Tunbridge Wells Borough Council - corporate priorities highlight report (txt)
# ===========================================================================

def make_tunbridge_wells():
    name = "zyu-tunbridge-wells-bc-corporate-priorities-highlight-report-q2-2025-26.txt"
    L = []
    L.append("Tunbridge Wells Borough Council")
    L.append("Borough Partnership Plan – Corporate Priorities Highlight Report")
    L.append("Quarter 2 2025/26 (July to September 2025)")
    L.append("Report to Cabinet: 4 December 2025")
    L.append("")
    L.append("Overall: 9 projects – 4 Green, 2 Amber, 1 Red, 2 Complete")
    L.append("")
    L.append("\t".join(["Ref", "Project / action", "Portfolio holder", "Lead officer", "Due",
                        "Last quarter", "This quarter", "Highlights and issues"]))
    pr = [
        ("Priority 1 – Genuinely affordable and social rented housing", [
            ("1.1", "Bring forward a planning application for affordable homes on two council-owned garage sites in Southborough.",
             "Portfolio Holder for Housing and Planning", "Head of Housing and Communities", "Jan-26", "G", "G",
             "Pre-application advice received; design team appointed.",
             ["Head of Housing and Communities"], "2026-01", None, "green"),
            ("1.2", "Adopt the Affordable Housing Strategy 2025-2030 following public consultation.",
             "Portfolio Holder for Housing and Planning", "Head of Housing and Communities / Housing Strategy Manager", "Jul-25", "A", "Complete",
             "Strategy adopted by Full Council on 16 July 2025.",
             ["Head of Housing and Communities", "Housing Strategy Manager"], "2025-07", None, "blue"),
        ]),
        ("Priority 2 – Climate emergency and nature recovery", [
            ("2.1", "Complete the decarbonisation works at the Council's leisure centres funded by the Public Sector Decarbonisation Scheme.",
             "Portfolio Holder for Climate Change and Nature", "Head of Economic Development and Property", "Mar-26", "A", "R",
             "Contractor has gone into administration; options for re-procurement going to Cabinet in December.",
             ["Head of Economic Development and Property"], "2026-03", None, "red"),
            ("2.2", "Introduce weekly food waste collections for all households.",
             "Portfolio Holder for Environment", "Head of Environment and Street Scene", "31 March 2026", "A", "A",
             "Vehicles ordered; caddy delivery to 52,000 homes planned for February.",
             ["Head of Environment and Street Scene"], "2026-03", None, "amber"),
        ]),
        ("Priority 3 – Thriving town centre and villages", [
            ("3.1", "Deliver phase 2 of the Calverley Precinct public realm improvements.",
             "Portfolio Holder for Economic Development", "Head of Economic Development and Property", "Q4 2025/26", "G", "G",
             "Works started on site 8 September.",
             ["Head of Economic Development and Property"], "2026-03", None, "green"),
            ("3.2", "Launch the UK Shared Prosperity Fund village grants round for rural businesses and community groups.",
             "Portfolio Holder for Economic Development", "Economic Development Manager", "Sep-25", "G", "Complete",
             "Round opened 1 September; 38 applications received.",
             ["Economic Development Manager"], "2025-09", None, "blue"),
        ]),
        ("Priority 4 – A well-run council", [
            ("4.1", "Launch online self-service accounts for council tax, waste and parking as part of the digital transformation programme.",
             "Portfolio Holder for Finance and Governance", "Head of Digital Services", "June 2026", "A", "A",
             "Council tax module in testing; integration with the waste system delayed.",
             ["Head of Digital Services"], "2026-06", None, "amber"),
            ("4.2", "Review fees and charges in line with the 'user pays' principle and report proposals to Cabinet as part of the 2026/27 budget.",
             "Portfolio Holder for Finance and Governance", "Director of Finance and Policy", "Feb-26", "G", "G",
             "Proposals included in the draft budget consultation.",
             ["Director of Finance and Policy"], "2026-02", None, "green"),
            ("4.3", "Embed the new performance management framework, with quarterly reporting to Cabinet.",
             "Leader of the Council", "Head of Policy and Governance", "Ongoing", "", "G",
             "Second quarterly report under the new framework.",
             ["Head of Policy and Governance"], None, "Ongoing", "green"),
        ]),
    ]
    expected = []
    for ptitle, items in pr:
        L.append(ptitle)
        for it in items:
            ref, text, ph, lead, due, last, this, hi, leads, end, end_text, status = it
            L.append("\t".join([ref, text, ph, lead, due, last, this, hi]))
            if ref == "2.1":
                L.append("\t" * 7 + "Cabinet Member briefed 29 September; grant deadline extension requested from Salix.")
            expected.append(act(ref, [ptitle], text, leads, end, status, end_text))
    L.append("")
    L.append("Key: G = on track; A = at risk; R = off track, requires intervention; Complete = delivered")
    L.append("Source: corporate performance system export, 14 October 2025")
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(L) + "\n")

    write_expected(
        name,
        source=("Imitates the quarterly corporate priorities performance report Tunbridge Wells Borough "
                "Council takes to Cabinet (tunbridgewells.gov.uk 'Council performance'; Borough Partnership "
                "Plan item, democracy.tunbridgewells.gov.uk/mgAi.aspx?ID=36664), exported as tab-separated "
                "text from a performance system. Copies: title block with reporting period and Cabinet date, "
                "an overall totals line, priority heading lines above numbered projects, portfolio holder "
                "beside lead officer, last-quarter and this-quarter RAG letters, a continuation line carrying "
                "only more highlights text, a key and source line at the foot."),
        reads=("A Q2 2025/26 highlight report on the council's corporate priorities: four priorities, each a "
               "heading line over its numbered projects (nine in all), with portfolio holder, lead officer, "
               "due date, last and this quarter's RAG and highlights. The lead is the lead officer; the "
               "status is this quarter's RAG; the line after 2.1 only continues its highlights."),
        outcome="read",
        title="Borough Partnership Plan – Corporate Priorities Highlight Report",
        actions=expected,
    )


if __name__ == "__main__":
    make_south_tyneside()
    tr = make_wolverhampton()
    make_harrow()
    make_brent()
    make_herefordshire()
    make_southwark()
    make_tunbridge_wells()
    print("done; Wolverhampton typo on Tracker row", tr)
