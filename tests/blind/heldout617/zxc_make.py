#!/usr/bin/env python3
"""Build the seven zxc- blind test files (set heldout617).

Run with /work/main/.venv/bin/python zxc_make.py  (writes beside this script).
Only files whose names start with "zxc-" are written.
"""
import csv
import io
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

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"
PALE = "DDEBF7"


def out(name):
    assert name.startswith("zxc-")
    return os.path.join(HERE, name)


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(day, month, year):
    return datetime(year, month, day)


# ---------------------------------------------------------------------------
# 1. Sandwell Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def sandwell():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Sandwell Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Audit and Risk Assurance Committee, 4 December 2025 – "
                "position as at 31 October 2025")
    ws["A2"].font = Font(italic=True)

    ws["A4"] = "Summary by directorate"
    ws["A4"].font = Font(bold=True)
    head = ["Directorate", "Open actions", "Implemented since last report",
            "Overdue", "Not yet due"]
    rows = [
        ["Adult Social Care", 2, 1, 0, 2],
        ["Borough Economy", 1, 1, 1, 0],
        ["Finance and Transformation", 3, 0, 1, 2],
        ["Housing", 1, 0, 0, 1],
        ["Total", 7, 2, 2, 5],
    ]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
    for i, r in enumerate(rows, 6):
        for j, v in enumerate(r, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)

    ws["A13"] = "Status key"
    ws["A13"].font = Font(bold=True)
    key = [
        ("Implemented", "Blue", "Action complete and evidence verified by Internal Audit", BLUE),
        ("On target", "Green", "Action progressing and expected to be met by the target date", GREEN),
        ("Revised date agreed", "Amber", "Original target date missed; revised date agreed with the Director", AMBER),
        ("Overdue", "Red", "Target date (or revised date) passed and action not complete", RED),
        ("Not yet started", "None", "Action not yet due to start", None),
    ]
    for j, h in enumerate(["Status", "RAG", "Meaning"], 1):
        c = ws.cell(row=14, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, (s, rag, m, col) in enumerate(key, 15):
        ws.cell(row=i, column=1, value=s).border = BOX
        c = ws.cell(row=i, column=2, value=rag)
        c.border = BOX
        if col:
            c.fill = fill(col)
        ws.cell(row=i, column=3, value=m).border = BOX
    ws["A21"] = ("Only High and Medium priority recommendations are tracked. "
                 "Low priority recommendations are followed up by Internal Audit "
                 "at the next scheduled review.")
    for col, w in zip("ABCDE", (30, 14, 30, 12, 14)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Open recommendations")
    ws2["A1"] = "Open and recently implemented recommendations – October 2025"
    ws2["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Audit review (year)", "Assurance", "Priority", "Recommendation",
           "Agreed management action", "Responsible officer", "Original target date",
           "Revised target date", "Status", "Progress update (October 2025)"]
    for j, h in enumerate(hdr, 1):
        c = ws2.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    status_fill = {"Implemented": BLUE, "On target": GREEN,
                   "Revised date agreed": AMBER, "Overdue": RED}

    # each item: ("band", text) or (ref, audit, assurance, priority, rec, action,
    #             officer, original, revised, status, update, rec_span)
    data = [
        ("band", "Adult Social Care"),
        ("24/25-ASC-02.1", "Direct Payments (2024/25)", "Limited", "High",
         "Direct payment recipients should be subject to a documented annual financial "
         "review, with unspent balances above the agreed threshold recovered.",
         "Introduce an annual audit schedule for all direct payment accounts, prioritising "
         "those with balances over £5,000.",
         "Head of Service – Commissioning & Direct Payments", d(30, 6, 2025), d(31, 12, 2025),
         "Revised date agreed",
         "Schedule agreed; 142 of 610 accounts reviewed. Revised date agreed by the "
         "Director of Adult Social Care due to vacancies in the finance team.", 2),
        ("24/25-ASC-02.2", None, None, None, None,
         "Recover unspent balances identified through the review and report recoveries "
         "quarterly to the Adult Social Care DMT.",
         "Finance Business Partner (Adults)", d(30, 9, 2025), None, "Implemented",
         "£218,400 recovered to 30 September 2025; quarterly report now a standing DMT item.", 0),
        ("25/26-ASC-01.1", "Deprivation of Liberty Safeguards (2025/26)", "Reasonable", "Medium",
         "Management should ensure that DoLS applications awaiting assessment are "
         "risk-prioritised using the ADASS screening tool and that the prioritisation is recorded.",
         "Apply the ADASS prioritisation tool to the full waiting list and record the "
         "priority on each case in Liquidlogic.",
         "DoLS Team Manager", d(31, 1, 2026), None, "On target",
         "Tool applied to 60% of the waiting list.", 1),
        ("band", "Borough Economy"),
        ("24/25-BE-04.1", "Fleet Management (2024/25)", "Limited", "High",
         "Vehicle defect reports should be reviewed and signed off by a workshop supervisor "
         "before a vehicle is returned to service.",
         "Introduce a supervisor sign-off step in the Tranman workshop system so that "
         "vehicles cannot be released without it.",
         "Fleet Manager / Workshop Supervisor", d(31, 3, 2025), d(31, 8, 2025), "Overdue",
         "System change delayed by the supplier; interim paper sign-off in place and "
         "spot-checked weekly.", 1),
        ("24/25-BE-07.1", "Licensing – Taxi and Private Hire (2024/25)", "Reasonable", "Medium",
         "DBS checks for licensed drivers should be renewed at six-monthly intervals through "
         "the DBS Update Service and evidence retained on file.",
         "Register all licensed drivers with the DBS Update Service and set six-monthly "
         "check reminders in the licensing system.",
         "Licensing Manager", d(31, 10, 2025), None, "Implemented",
         "All 1,906 drivers registered; reminders live from 6 October 2025.", 1),
        ("band", "Finance and Transformation"),
        ("25/26-FT-02.1", "Creditors (2025/26)", "Limited", "High",
         "Changes to supplier bank details should be independently verified by telephone "
         "using contact details already held, and the verification recorded.",
         "Update the supplier amendment procedure to require call-back verification and a "
         "second officer check before any bank detail change is processed.",
         "Head of Exchequer Services", d(30, 11, 2025), None, "On target",
         "Revised procedure drafted and with the Section 151 Officer for approval.", 2),
        ("25/26-FT-02.2", None, None, None, None,
         "Carry out a retrospective check of all bank detail changes made between April "
         "and September 2025.",
         "Head of Exchequer Services; Counter Fraud Manager", d(31, 12, 2025), None,
         "Not yet started", "To start once the revised procedure is approved.", 0),
        ("24/25-FT-09.1", "ICT – Privileged Access (2024/25)", "Limited", "High",
         "Privileged (administrator) accounts should be reviewed quarterly and accounts no "
         "longer required disabled promptly.",
         "Implement quarterly privileged access reviews using the Entra ID access review "
         "feature, with results reported to the Information Governance Board.",
         "Head of ICT Infrastructure", d(31, 3, 2025), d(30, 9, 2025), "Overdue",
         "First review completed in July 2025; automation of the quarterly cycle not yet "
         "in place. Director to attend Committee.", 1),
        ("band", "Housing"),
        ("25/26-HSG-01.1", "Gas Safety Compliance (2025/26)", "Reasonable", "Medium",
         "Properties where access has not been gained for the annual gas safety check "
         "should be escalated through the no-access procedure within 28 days.",
         "Report no-access cases weekly to the Compliance Manager and begin the legal "
         "access process at day 28.",
         "Compliance Manager", d(31, 12, 2025), None, "On target",
         "Weekly report in place since September 2025.", 1),
    ]
    r = 4
    for item in data:
        if item[0] == "band":
            ws2.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            for j in range(1, 12):
                ws2.cell(row=r, column=j).fill = fill(GREY)
                ws2.cell(row=r, column=j).border = BOX
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            r += 1
            continue
        (ref, audit, assur, prio, rec, action, officer, orig, rev, status, upd, span) = item
        vals = [ref, audit, assur, prio, rec, action, officer, orig, rev, status, upd]
        for j, v in enumerate(vals, 1):
            c = ws2.cell(row=r, column=j)
            if v is not None:
                c.value = v
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
        if rev is None:
            ws2.cell(row=r, column=9).value = "N/A"
        if status in status_fill:
            ws2.cell(row=r, column=10).fill = fill(status_fill[status])
        if span == 2:
            for j in (2, 3, 4, 5):
                ws2.merge_cells(start_row=r, start_column=j, end_row=r + 1, end_column=j)
        r += 1
    r += 1
    ws2.cell(row=r, column=1, value=(
        "Note: actions shown as Implemented will be removed from the tracker once "
        "reported to this Committee.")).font = Font(italic=True)
    widths = [15, 22, 11, 9, 42, 42, 26, 13, 13, 14, 40]
    for j, w in enumerate(widths, 1):
        ws2.column_dimensions[get_column_letter(j)].width = w
    ws2.freeze_panes = "A4"
    wb.save(out("zxc-sandwell-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Dudley Council - Council Plan delivery plan Q2 (xlsx, refuse: Febuary)
# ---------------------------------------------------------------------------
def dudley():
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 Delivery Plan"
    ws["A1"] = "Dudley Council – Council Plan Delivery Plan 2025/26: Quarter 2 Progress"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting period 1 July – 30 September 2025 | Cabinet, 19 November 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Key action", "Lead officer", "Cabinet portfolio", "Due",
           "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        c.alignment = WRAP
    ragfill = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    rows = [
        ("band", "Priority 1 – Dudley the borough of opportunity"),
        ("1.1", "Complete the public realm works on Castle Hill and the approach to Dudley "
         "Interchange.", "Director of Regeneration and Enterprise", "Regeneration and Enterprise",
         "Sept 2025", "G", "B", "Works completed 26 September 2025."),
        ("1.2", "Launch the Dudley Works employment support programme for 500 residents "
         "aged 50 and over.", "Head of Economic Growth and Skills", "Regeneration and Enterprise",
         "Mar-26", "A", "A", "Programme launched; 131 residents enrolled against a profile of 200."),
        ("1.3", "Adopt the Dudley Local Plan following examination in public.",
         "Head of Planning", "Regeneration and Enterprise", "Q4 2025/26", "A", "R",
         "Inspector's main modifications consultation delayed to January 2026."),
        ("band", "Priority 2 – Dudley the safe and healthy borough"),
        ("2.1", "Open the two new family hubs in Halesowen and Stourbridge.",
         "Director of Children's Services", "Children's Services", "Oct-25", "G", "G",
         "Halesowen hub opened 8 September; Stourbridge on track for 20 October."),
        ("2.2", "Implement the reablement service redesign to increase capacity by 15%.",
         "Director of Adult Social Care", "Adult Social Care", d(31, 12, 2025), "A", "G",
         "Recruitment to the new rota complete; capacity up 11%."),
        ("2.3", "Complete the consultation on a selective licensing scheme for private rented "
         "homes in the town centre wards.", "Head of Housing Standards",
         "Housing and Community Safety", "Jan-26", "G", "G", "Consultation opens 3 November 2025."),
        ("band", "Priority 3 – A council that works for residents"),
        ("3.1", "Introduce the new customer relationship management system for Council Tax, "
         "waste and highways enquiries.", "Director of Digital, Customer and Commercial Services",
         "Corporate Strategy", "Febuary 2026", "A", "A",
         "Supplier contract signed; data migration testing under way."),
        ("3.2", "Reduce agency staff spend by 20% through the workforce stabilisation programme.",
         "Director of People and Inclusion", "Corporate Strategy", "Mar-26", "R", "A",
         "Agency spend down 12% on the same period last year."),
        ("3.3", "Publish the resident satisfaction survey results and an improvement action plan.",
         "Head of Policy and Performance", "Corporate Strategy", "Dec-25", "G", "G",
         "Fieldwork closed 30 September; 2,410 responses."),
    ]
    r = 5
    for item in rows:
        if item[0] == "band":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = fill(PALE)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        for j, v in enumerate(item, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
            if j in (6, 7) and v in ragfill:
                c.fill = fill(ragfill[v])
                c.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: G = on track; A = some slippage; R = off track; "
            "B = complete. See the Notes sheet for definitions.").font = Font(italic=True)
    for j, w in enumerate([7, 48, 30, 24, 13, 8, 8, 44], 1):
        ws.column_dimensions[get_column_letter(j)].width = w

    ws2 = wb.create_sheet("Notes")
    ws2["A1"] = "Version control"
    ws2["A1"].font = Font(bold=True)
    vc = [("Version", "Date", "Author", "Change"),
          ("0.1", "14/10/2025", "Performance Team", "Q2 returns collated"),
          ("0.2", "28/10/2025", "Performance Team", "Updated after Strategic Executive Board"),
          ("1.0", "05/11/2025", "Head of Policy and Performance", "Final for Cabinet")]
    for i, row in enumerate(vc, 2):
        for j, v in enumerate(row, 1):
            c = ws2.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 2:
                c.font = Font(bold=True)
    ws2["A8"] = "RAG definitions"
    ws2["A8"].font = Font(bold=True)
    defs = [("B", "Blue", "Action complete", BLUE),
            ("G", "Green", "On track to be delivered by the due date", GREEN),
            ("A", "Amber", "Some slippage; recovery plan in place", AMBER),
            ("R", "Red", "Off track; will not be delivered by the due date", RED)]
    for i, (l, w, m, col) in enumerate(defs, 9):
        c = ws2.cell(row=i, column=1, value=l)
        c.fill = fill(col)
        ws2.cell(row=i, column=2, value=w)
        ws2.cell(row=i, column=3, value=m)
    ws2.column_dimensions["C"].width = 50
    wb.save(out("zxc-dudley-council-council-plan-delivery-plan-2025-26-q2-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Wandsworth Council - transformation programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def wandsworth():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = "Wandsworth Council – Transformation Programme Highlight Report"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "Period 7 (October 2025) | Transformation Board, 12 November 2025"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Programme SRO"
    ws["B4"] = "Executive Director of Resources"
    ws["D4"] = "Overall status"
    ws["E4"] = "Amber"
    ws["E4"].fill = fill(AMBER)
    ws["A5"] = "Programme manager"
    ws["B5"] = "K. Adeyemi"
    ws["D5"] = "Last period"
    ws["E5"] = "Amber"
    ws["E5"].fill = fill(AMBER)
    for a in ("A4", "A5", "D4", "D5"):
        ws[a].font = Font(bold=True)
    ws["A7"] = "Key messages this period"
    ws["A7"].font = Font(bold=True)
    ws["A8"] = ("The MyWandsworth resident account went live on 27 October. Go-live of the "
                "contact platform has moved to 17 November to allow further load testing. "
                "The closure of the Battersea customer centre is now forecast for March 2026 "
                "while the equality impact assessment consultation concludes.")
    ws.merge_cells("A8:I8")
    ws["A8"].alignment = WRAP
    ws.row_dimensions[8].height = 48

    ws["A10"] = "RAG key:"
    ws["A10"].font = Font(bold=True)
    for col, txt, colour in (("B", "Green – on track", GREEN),
                             ("C", "Amber – at risk but recoverable", AMBER),
                             ("D", "Red – off track, Board action needed", RED),
                             ("E", "Blue – complete", BLUE)):
        ws[f"{col}10"] = txt
        ws[f"{col}10"].fill = fill(colour)

    ws["A12"] = "Milestones and actions"
    ws["A12"].font = Font(bold=True, size=12)
    hdr = ["Workstream", "Ref", "Milestone / action", "Owner", "Baseline date",
           "Forecast date", "Last period", "This period", "Commentary"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=13, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    groups = [
        ("1. Customer Access", [
            ("CA-01", "Go live with the new customer contact platform for Council Tax and "
             "Housing Benefit enquiries", "R. Okafor", d(30, 9, 2025), d(17, 11, 2025),
             AMBER, AMBER, "Go-live moved to allow additional load testing after the "
             "September dress rehearsal."),
            ("CA-02", "Launch the MyWandsworth resident account with bulky waste and missed "
             "bin reporting", "R. Okafor / L. Brennan", d(31, 10, 2025), d(31, 10, 2025),
             GREEN, BLUE, "Launched 27 October; 4,120 accounts created in the first week."),
            ("CA-03", "Close the Battersea walk-in customer centre and move face-to-face "
             "services to the library hubs", "Head of Customer Services", d(31, 1, 2026),
             d(31, 3, 2026), GREEN, RED, "Decision deferred pending the equality impact "
             "assessment consultation. Board asked to agree the revised date."),
        ]),
        ("2. Digital and Data", [
            ("DD-01", "Migrate social care case records from the legacy system to the new "
             "cloud case management system", "Chief Digital Officer", d(31, 12, 2025),
             d(28, 2, 2026), AMBER, AMBER, "Second trial migration found 2.3% of records "
             "with mapping errors; fix under way."),
            ("DD-02", "Complete the data warehouse build for the corporate performance "
             "dashboard (Phase 1: children's and adults' services)", "T. Nguyen",
             d(30, 11, 2025), d(30, 11, 2025), GREEN, GREEN, "On track."),
            ("DD-03", "Run a Microsoft 365 Copilot pilot with 250 staff and evaluate the "
             "productivity benefits", "T. Nguyen", d(31, 3, 2026), d(31, 3, 2026),
             None, "Not started", "Licences procured; pilot starts January 2026."),
        ]),
        ("3. Workforce and Accommodation", [
            ("WA-01", "Consult staff on the hybrid working policy and agree the final policy "
             "at General Purposes Committee", "Director of HR", d(31, 10, 2025),
             d(31, 10, 2025), GREEN, BLUE, "Policy agreed on 21 October 2025."),
            ("WA-02", "Vacate floors 3 and 4 of the Town Hall extension and sub-let them to "
             "partner organisations", "Head of Property Services", "Q4 2025/26",
             "Q1 2026/27", AMBER, AMBER, "Heads of terms agreed with one partner; second "
             "tenant not yet confirmed."),
        ]),
    ]
    r = 14
    for ws_name, items in groups:
        start = r
        for (ref, text, owner, base, fc, last, this, comm) in items:
            vals = [ws_name if r == start else None, ref, text, owner, base, fc, None, None, comm]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            if last:
                ws.cell(row=r, column=7).fill = fill(last)
            if this in (GREEN, AMBER, RED, BLUE):
                ws.cell(row=r, column=8).fill = fill(this)
            elif this:
                ws.cell(row=r, column=8).value = this
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Decisions and escalations for the Board").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value=(
        "The Board is asked to agree the revised forecast date for CA-03 (March 2026) and to "
        "note the revised forecast for the social care data migration (DD-01)."))
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=9)
    ws.cell(row=r + 1, column=1).alignment = WRAP
    for j, w in enumerate([20, 8, 48, 22, 13, 13, 10, 10, 42], 1):
        ws.column_dimensions[get_column_letter(j)].width = w

    ws2 = wb.create_sheet("Financial benefits")
    ws2["A1"] = "Financial benefits tracker 2025/26 (£000)"
    ws2["A1"].font = Font(bold=True)
    fb = [("Workstream", "Target", "Forecast", "Variance"),
          ("1. Customer Access", 850, 610, -240),
          ("2. Digital and Data", 1200, 1150, -50),
          ("3. Workforce and Accommodation", 640, 700, 60),
          ("Total", 2690, 2460, -230)]
    for i, row in enumerate(fb, 3):
        for j, v in enumerate(row, 1):
            c = ws2.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 3 or row[0] == "Total":
                c.font = Font(bold=True)
    ws2.column_dimensions["A"].width = 32
    wb.save(out("zxc-wandsworth-council-transformation-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Put text in a cell; a list gives one paragraph per item."""
    parts = text if isinstance(text, list) else [text]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


RAGWORD = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


# ---------------------------------------------------------------------------
# 4. Barking and Dagenham SCP - LCSPR Child T action plan (docx)
# ---------------------------------------------------------------------------
def barking():
    doc = Document()
    landscape(doc)
    doc.add_heading("Barking and Dagenham Safeguarding Children Partnership – "
                    "Child T LCSPR Action Plan", level=0)
    doc.add_paragraph("Local child safeguarding practice review: multi-agency action plan. "
                      "Owner: BDSCP Learning and Improvement Sub-group. "
                      "Position at 14 November 2025.")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Summary of changes", "Author"),
          ("1.0", "02/05/2025", "Plan agreed by the BDSCP Executive", "BDSCP Business Manager"),
          ("2.0", "11/08/2025", "Quarter 1 progress added", "BDSCP Business Manager"),
          ("3.0", "14/11/2025", "Quarter 2 progress added; action 2.1 closed",
           "BDSCP Business Manager")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG rating key").bold = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    key = [("Blue", "Action complete and impact evidenced"),
           ("Green", "On track to be completed by the target date"),
           ("Amber", "Some slippage – remedial action in place"),
           ("Red", "Off track, or overdue and not started")]
    for i, (w, m) in enumerate(key):
        set_cell(t.cell(i, 0), w, bold=True)
        shade(t.cell(i, 0), RAGWORD[w])
        set_cell(t.cell(i, 1), m)

    themes = [
        ("Learning theme 1: Seeing the child in a household where domestic abuse is reported",
         "Recommendation 1: Partner agencies should ensure that practitioners routinely "
         "consider and record the lived experience of every child in a household where "
         "domestic abuse is reported, including children who were not present at the incident.",
         [
             ("1.1", "Amend the MASH domestic abuse notification triage template so that every "
              "child in the household is named and their lived experience considered.",
              "Head of Service, MASH and Assessment", "December 2025",
              "Template drafted and tested with two MASH teams.", "Green"),
             ("1.2", ["Deliver 7-minute briefings on the learning from this review to:",
                      "• health visitors and school nurses (NELFT)",
                      "• Safer Neighbourhood Teams (Met Police East Area BCU)"],
              "Named Nurse Safeguarding Children, NELFT / Detective Inspector, East Area BCU "
              "Safeguarding", "31/01/2026",
              "NELFT briefings delivered to 4 of 6 teams; police sessions not yet booked.",
              "Amber"),
             ("1.3", "Audit a sample of 20 domestic abuse notifications through the multi-agency "
              "audit programme to test whether children's lived experience is recorded.",
              "BDSCP Quality Assurance Lead", "March 2026",
              "Scheduled for the Quarter 4 audit cycle.", ""),
         ]),
        ("Learning theme 2: Professional curiosity about men in the household",
         "Recommendation 2: Agencies should strengthen practice in identifying, assessing and "
         "engaging fathers, partners and other men who are part of a child's life.",
         [
             ("2.1", "Issue practice guidance on identifying and engaging fathers and other men "
              "in the household in assessments and plans.",
              "Principal Social Worker", "30/09/2025",
              "Guidance published 22 September 2025; case audit shows fathers named in 84% of "
              "assessments (baseline 61%).", "Blue"),
             ("2.2", "Add a ‘men in the household’ prompt to the health visiting new birth and "
              "6–8 week review templates.",
              "Designated Nurse Safeguarding Children, NHS North East London", "February 2026",
              "Template change approved by NELFT clinical systems group.", "Green"),
         ]),
        ("Learning theme 3: Escalation and professional challenge",
         "Recommendation 3: The BDSCP should seek assurance that the multi-agency escalation "
         "policy is understood and used by practitioners in all partner agencies.",
         [
             ("3.1", "Relaunch the BDSCP resolution of professional disagreement (escalation) "
              "policy with a practitioner webinar and a one-page guide.",
              "BDSCP Business Manager", "October 2025",
              "Webinar held 8 October 2025 (112 attendees); guide published on the BDSCP website.",
              "Blue"),
             ("3.2", "Report escalation data from all statutory partners to the BDSCP Executive "
              "each quarter.", "BDSCP Business Manager", "Quarterly – ongoing",
              "Quarter 2 data received from the local authority and police; ICB data outstanding.",
              "Green"),
             ("3.3", "Test practitioner awareness of the escalation policy through the annual "
              "Section 11 and Section 175 self-assessments.",
              "BDSCP Quality Assurance Lead; Education Safeguarding Lead", "June 2026",
              "Questions added to the 2026 self-assessment tool.", "Green"),
         ]),
    ]
    for theme, rec, acts in themes:
        doc.add_heading(theme, level=1)
        t = doc.add_table(rows=2 + len(acts), cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        set_cell(top, rec, bold=True)
        shade(top, PALE)
        for j, h in enumerate(["Ref", "Action", "Lead agency / officer", "Target date",
                               "Progress update", "RAG"]):
            set_cell(t.cell(1, j), h, bold=True)
            shade(t.cell(1, j), GREY)
        for i, (ref, act, lead, date, prog, rag) in enumerate(acts, 2):
            set_cell(t.cell(i, 0), ref)
            set_cell(t.cell(i, 1), act)
            set_cell(t.cell(i, 2), lead)
            set_cell(t.cell(i, 3), date)
            set_cell(t.cell(i, 4), prog)
            set_cell(t.cell(i, 5), rag)
            if rag:
                shade(t.cell(i, 5), RAGWORD[rag])
        doc.add_paragraph()
    doc.add_paragraph("Actions rated Blue will be closed at the next Learning and Improvement "
                      "Sub-group once the evidence of impact has been reviewed.").runs[0].italic = True
    doc.save(out("zxc-barking-dagenham-scp-lcspr-child-t-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. West Suffolk Council - strategic risk register (docx)
# ---------------------------------------------------------------------------
def west_suffolk():
    doc = Document()
    landscape(doc)
    doc.add_heading("West Suffolk Council – Strategic Risk Register", level=0)
    doc.add_paragraph("Quarter 2 2025/26 update – Performance and Audit Scrutiny Committee, "
                      "27 November 2025")
    doc.add_paragraph("This register sets out the council's strategic risks as reviewed by the "
                      "Leadership Team on 4 November 2025. For each risk it shows the controls "
                      "already in place and the further actions being taken to bring the risk "
                      "to its target score.")

    doc.add_paragraph().add_run("Risk scoring (likelihood × impact)").bold = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    sk = [("Score", "Rating"), ("1 to 4", "Low"), ("5 to 12", "Medium"), ("15 to 25", "High")]
    for i, (a, b) in enumerate(sk):
        set_cell(t.cell(i, 0), a, bold=(i == 0))
        set_cell(t.cell(i, 1), b, bold=(i == 0))
    shade(t.cell(1, 1), GREEN)
    shade(t.cell(2, 1), AMBER)
    shade(t.cell(3, 1), RED)
    doc.add_paragraph()
    doc.add_paragraph("Action status key: Complete (Blue) – action finished; On track (Green) – "
                      "progressing to plan; Behind schedule (Amber) – some delay but recoverable; "
                      "Off track (Red) – significant delay; Not started – not yet due to start.")

    risks = [
        ("WS1 – Medium-term financial sustainability",
         "The council is unable to set a balanced budget over the medium term because of "
         "rising demand, inflation and uncertainty over the Fair Funding Review.",
         "Director (Resources and Property)", "4 × 5 = 20", "3 × 5 = 15 (High)", "3 × 4 = 12",
         ["Medium-term financial strategy refreshed annually and reported to Cabinet",
          "Monthly budget monitoring with the Leadership Team",
          "General fund reserve held at the minimum level set by the Section 151 Officer"],
         [("WS1.1", "Deliver the 2026/27 savings and income proposals identified in the budget "
           "process.", "Director (Resources and Property)", "February 2026", "On track",
           "Proposals to Cabinet in December."),
          ("WS1.2", "Complete the review of fees and charges and bring proposals to Cabinet.",
           "Service Manager (Finance and Performance)", "December 2025", "Complete",
           "Agreed at Cabinet on 14 October 2025.")]),
        ("WS2 – Local government reorganisation in Suffolk",
         "Service delivery, staff retention and decision-making are disrupted during the "
         "transition to new unitary arrangements.",
         "Chief Executive", "4 × 4 = 16", "4 × 4 = 16 (High)", "3 × 3 = 9",
         ["Joint programme board with the other Suffolk councils",
          "Regular staff briefings and a dedicated intranet page"],
         [("WS2.1", "Provide the data and financial modelling required for the Suffolk unitary "
           "proposal submitted to government.",
           "Chief Executive & Director (HR, Governance and Regulatory)", "September 2025",
           "Complete", "Proposal submitted 26 September 2025."),
          ("WS2.2", "Put in place a staff engagement and retention plan for the transition period.",
           "Service Manager (HR and Organisational Development)", "Q4 2025/26",
           "Behind schedule", "Staff survey delayed to January 2026.")]),
        ("WS3 – Housing demand and temporary accommodation",
         "Demand for temporary accommodation exceeds supply, increasing the use and cost of bed "
         "and breakfast accommodation for families.",
         "Director (Families and Communities)", "5 × 4 = 20", "4 × 4 = 16 (High)", "3 × 3 = 9",
         ["Homelessness prevention service and prevention fund",
          "Council-owned temporary accommodation portfolio"],
         [("WS3.1", "Acquire 20 additional units of council-owned temporary accommodation through "
           "the Local Authority Housing Fund (round 3).",
           "Service Manager (Housing Options) / Service Manager (Strategic Property)",
           "31 March 2026", "On track", "11 units purchased; 6 under offer."),
          ("WS3.2", "Review all family placements in bed and breakfast accommodation weekly at "
           "the Housing Demand Board.", "Assistant Director (Families and Communities)",
           "Ongoing", "On track", "No family in B&B over six weeks since August.")]),
        ("WS4 – Cyber security",
         "A cyber attack results in loss of systems or data and prevents the council from "
         "delivering services.",
         "Director (Resources and Property)", "4 × 5 = 20", "3 × 5 = 15 (High)", "2 × 5 = 10",
         ["Public Services Network compliance and annual IT health check",
          "Mandatory cyber awareness training for all staff",
          "Immutable off-site back-ups"],
         [("WS4.1", "Achieve the Cyber Assessment Framework baseline profile for local government.",
           "Service Manager (ICT)", "June 2026", "Not started",
           "Self-assessment to begin in January 2026."),
          ("WS4.2", "Run a cyber incident exercise with the Leadership Team and test the ICT "
           "disaster recovery plan.", "Service Manager (ICT)", "November 2025", "Off track",
           "Exercise postponed twice; a new date is being agreed.")]),
        ("WS5 – Health and safety of staff and the public",
         "A serious health and safety incident occurs at a council-managed site or during "
         "council operations.",
         "Director (Operations)", "3 × 5 = 15", "2 × 4 = 8 (Medium)", "2 × 4 = 8",
         ["Corporate health and safety policy and annual audit programme",
          "Lone working devices for frontline staff"],
         []),
    ]
    status_col = {"Complete": BLUE, "On track": GREEN, "Behind schedule": AMBER,
                  "Off track": RED}
    for title, desc, owner, inh, cur, tgt, controls, actions in risks:
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        card = [("Risk description", desc), ("Risk owner", owner),
                ("Inherent risk score", inh), ("Current risk score", cur),
                ("Target risk score", tgt),
                ("Existing controls", ["• " + c for c in controls])]
        for i, (a, b) in enumerate(card):
            set_cell(t.cell(i, 0), a, bold=True)
            shade(t.cell(i, 0), PALE)
            set_cell(t.cell(i, 1), b)
        doc.add_paragraph()
        n = max(1, len(actions))
        t = doc.add_table(rows=1 + n, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Further action", "Action owner", "Target date",
                               "Status", "Progress"]):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), GREY)
        if not actions:
            m = t.cell(1, 0).merge(t.cell(1, 5))
            set_cell(m, "No further actions identified – the risk is at its target score and "
                        "is managed through existing controls.")
        for i, (ref, act, own, date, st, prog) in enumerate(actions, 1):
            for j, v in enumerate((ref, act, own, date, st, prog)):
                set_cell(t.cell(i, j), v)
            if st in status_col:
                shade(t.cell(i, 4), status_col[st])
        doc.add_paragraph()
    doc.save(out("zxc-west-suffolk-council-strategic-risk-register-q2-2025-26.docx"))


# ---------------------------------------------------------------------------
# 6. Telford & Wrekin Health & Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
def telford():
    W = 7
    rows = [
        ["Telford & Wrekin Health & Wellbeing Board – Action Log"] + [""] * (W - 1),
        ["Updated following the meeting of 18 September 2025"] + [""] * (W - 1),
        [""] * W,
        ["Ref", "Date raised", "Action", "Lead", "Due", "Status", "Update"],
        ["Meeting: 20 March 2025"] + [""] * (W - 1),
        ["HWB 24/25-11", "20/03/2025",
         "Circulate the Healthy Weight Strategy 2024-2029 delivery plan to all Board members",
         "Public Health Consultant (Healthy Lifestyles)", "30/04/2025", "Complete",
         "Circulated 14 April 2025."],
        ["HWB 24/25-12", "20/03/2025",
         "Bring a report on childhood immunisation uptake, including MMR, to a future meeting",
         "Director: Health & Wellbeing / ICB Head of Public Health Commissioning", "Jun-25",
         "Complete", "Reported to the Board on 19 June 2025."],
        ["Meeting: 19 June 2025"] + [""] * (W - 1),
        ["HWB 25/26-01", "19/06/2025",
         "Provide a breakdown of GP appointment data by Primary Care Network for the next GP "
         "access update", "ICB Associate Director of Primary Care", "18/09/2025", "Complete",
         "Included in the September GP access report."],
        ["HWB 25/26-02", "19/06/2025",
         "Share the findings of the Healthwatch young carers engagement with the Starting Well "
         "partnership", "Healthwatch Telford & Wrekin Chief Officer", "Dec-25", "On track",
         "Report being finalised."],
        ["HWB 25/26-03", "19/06/2025",
         "Set up a task and finish group on delayed hospital discharges.\n"
         "Terms of reference to come back to the Board for agreement.",
         "SF, JW", "30/09/2025", "Delayed",
         "Group met twice; terms of reference to December meeting."],
        ["Meeting: 18 September 2025"] + [""] * (W - 1),
        ["HWB 25/26-04", "18/09/2025",
         "Provide quarterly Better Care Fund performance updates against the 2025-26 plan",
         "Director: Adult Social Care", "Ongoing", "On track", "Q2 update due December."],
        ["HWB 25/26-05", "18/09/2025",
         "Add the draft Housing Strategy 2025-2030 consultation response to the December agenda",
         "Democratic Services Officer", "11/12/2025", "Not started", ""],
        ["HWB 25/26-06", "18/09/2025",
         "Partners to confirm a named lead for each theme of the Healthy Ageing/Frailty "
         "Strategy 2025-2028 (education, prevention, identification and support)",
         "All Board partner organisations", "31/10/2025", "Overdue",
         "Three of seven partners have responded."],
        ["HWB 25/26-07", "18/09/2025",
         "Community Safety Partnership to present its serious violence strategic needs "
         "assessment to the Board", "Community Safety Partnership Manager", "Mar-26",
         "On track", ""],
        [""] * W,
        ["Status key: Complete (Blue) = action closed; On track (Green); Delayed (Amber); "
         "Overdue (Red); Not started = not yet due"] + [""] * (W - 1),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(out("zxc-telford-wrekin-health-and-wellbeing-board-action-log.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Safer Rother Partnership - DHR 'Bridget' action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def rother():
    lines = [
        ["Safer Rother Partnership – Domestic Homicide Review ‘Bridget’ Action Plan"],
        ["Exported from the DHR action tracker 03/11/2025. Overview report published "
         "following Home Office Quality Assurance Panel, February 2025."],
        [],
        ["Rec", "Recommendation", "Scope", "Action no.", "Action to take", "Lead agency",
         "Key milestones", "Target date", "Completion date and outcome", "RAG"],
        ["1", "Sussex Police and Rother District Council should ensure that reports of "
         "anti-social behaviour at an address are checked against any domestic abuse history "
         "before the case is closed.", "Local", "1.1",
         "Add a domestic abuse history check to the joint ASB case review checklist.",
         "Rother District Council / Sussex Police",
         "Checklist amended; Community Safety Team and neighbourhood officers briefed",
         "Sep-2025", "Checklist in use from 01/09/2025", "Complete"],
        ["", "", "", "1.2", "Audit 10 closed ASB cases each quarter for domestic abuse screening "
         "and report the results to the Partnership.", "Rother District Council",
         "First audit in Q3", "Q4 2025/26", "", "G"],
        ["2", "East Sussex County Council Adult Social Care and Health should ensure that "
         "carers' assessments explore the carer's own safety, including any risk of abuse "
         "from the person they care for.", "Local", "2.1",
         "Revise the carers' assessment guidance and form to include questions on the carer's "
         "own safety.", "East Sussex County Council – Adult Social Care and Health",
         "Draft form with practice governance group", "Dec-2025", "", "A"],
        ["", "", "", "2.2", "Train Carers Hub staff to recognise abuse by a cared-for person, "
         "including older perpetrators living with dementia.", "Care for the Carers",
         "Training commissioned", "Jan-2026", "", "G"],
        ["3", "NHS Sussex should remind GP practices of the value of routine enquiry about "
         "domestic abuse with older patients.", "Regional", "3.1",
         "Publish a GP bulletin item on domestic abuse in later life with an invitation to "
         "IRIS training.", "NHS Sussex (Safeguarding Team)", "Bulletin drafted", "Oct-2025",
         "Bulletin issued 06/10/2025", "Complete"],
        ["", "", "", "3.2", "Report GP practice uptake of domestic abuse training to the "
         "Safer Rother Partnership every six months.", "NHS Sussex (Safeguarding Team)", "",
         "Ongoing", "", "G"],
        ["4", "Safer Rother Partnership should raise awareness of domestic abuse in later life "
         "in rural communities.", "Local", "4.1",
         "Run a 16 Days of Action campaign on older people and domestic abuse with parish "
         "councils and GP surgeries.", "Safer Rother Partnership Coordinator",
         "Campaign materials agreed", "Dec-2025", "", "G"],
        [],
        ["RAG: G = on track, A = some delay, R = off track, Complete = action completed and "
         "signed off by the Partnership"],
    ]
    with open(out("zxc-safer-rother-partnership-dhr-bridget-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        for row in lines:
            f.write("\t".join(row) + "\r\n")


if __name__ == "__main__":
    sandwell()
    dudley()
    wandsworth()
    barking()
    west_suffolk()
    telford()
    rother()
    print("built seven zxc- files in", HERE)
