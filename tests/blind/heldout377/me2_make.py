#!/usr/bin/env python3
"""Build the seven me2- blind test files (set heldout377).

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "FF00B0F0"
GREEN = "FF92D050"
AMBER = "FFFFC000"
RED = "FFFF0000"
GREY = "FFD9D9D9"
NAVY = "FF1F3864"
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

thin = Side(style="thin", color="FF808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def boxed(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Westminster City Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def westminster():
    title = "Westminster City Council Adult Social Care: CQC Assessment Improvement Plan 2025–26"
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color=NAVY)
    cov["A2"] = "Progress update – March 2025"
    cov["A2"].font = Font(italic=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "1.3"),
        ("Date", "14 March 2025"),
        ("Owner", "Executive Director of Adult Social Care and Health"),
        ("Approved by", "ASC Improvement Board"),
        ("Next review", "June 2025"),
    ]
    r = 5
    for k, v in rows:
        cov.cell(row=r, column=1, value=k).font = Font(bold=True)
        cov.cell(row=r, column=2, value=v)
        boxed(cov, r, 2)
        r += 1
    cov["A11"] = "Version history"
    cov["A11"].font = Font(bold=True)
    hist = [
        ("Version", "Date", "Change"),
        ("1.0", d(2025, 1, 6), "First draft following publication of the CQC assessment report"),
        ("1.1", d(2025, 1, 20), "Leads and target dates agreed with heads of service"),
        ("1.2", d(2025, 2, 12), "Revised target dates agreed by ASC Improvement Board"),
        ("1.3", d(2025, 3, 14), "Q4 progress update"),
    ]
    r = 12
    for row in hist:
        for c, v in enumerate(row, start=1):
            cell = cov.cell(row=r, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
            if r == 12:
                cell.font = Font(bold=True)
                cell.fill = fill(GREY)
        boxed(cov, r, 3)
        r += 1
    widths(cov, [22, 48, 60])

    summ = wb.create_sheet("Summary")
    summ["A1"] = "RAG summary by theme (as at 14 March 2025)"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["Theme", "Blue", "Green", "Amber", "Red", "Total"]
    data = [
        ("Theme 1: Working with people", 1, 1, 1, 0, 3),
        ("Theme 2: Providing support", 0, 1, 0, 1, 2),
        ("Theme 3: Ensuring safety within the system", 1, 1, 0, 0, 2),
        ("Theme 4: Leadership", 0, 1, 0, 0, 1),
        ("Total", 2, 4, 1, 1, 8),
    ]
    for c, h in enumerate(hdr, start=1):
        cell = summ.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        if h in ("Blue", "Green", "Amber", "Red"):
            cell.fill = fill({"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}[h])
    boxed(summ, 3, 6)
    for i, row in enumerate(data, start=4):
        for c, v in enumerate(row, start=1):
            cell = summ.cell(row=i, column=c, value=v)
            if row[0] == "Total":
                cell.font = Font(bold=True)
        boxed(summ, i, 6)
    widths(summ, [44, 8, 8, 8, 8, 8])

    ws = wb.create_sheet("Improvement Plan")
    ncol = 10
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Progress update – March 2025"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    key = [("Blue – complete", BLUE), ("Green – on track", GREEN),
           ("Amber – some slippage, recoverable", AMBER), ("Red – off track / escalate", RED)]
    for c, (txt, col) in enumerate(key, start=2):
        cell = ws.cell(row=3, column=c, value=txt)
        cell.fill = fill(col)
    headers = ["Ref", "Area for improvement (CQC report)", "Action", "Lead",
               "Start date", "Original target date", "Revised target date",
               "Previous RAG", "Current RAG", "Progress update (March 2025)"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill(NAVY)
    boxed(ws, 5, ncol)
    ws.freeze_panes = "A6"

    plan = [
        ("theme", "Theme 1: Working with people"),
        ("afi", "Waiting times for Care Act assessments and reviews were too long for some people, particularly in the Learning Disability and Mental Health teams.", [
            ("1.1", "Introduce a weekly waiting list triage with a named duty worker in each team, so that people waiting are contacted and risks reviewed at least every four weeks.",
             "Head of Assessment and Care Management", d(2025, 1, 6), d(2025, 3, 31), None, "G", "B",
             "Triage in place in all teams since February 2025; audit of contacts completed."),
            ("1.2", "Deliver an annual review recovery plan for people with a learning disability, with additional reviewing capacity from the bi-borough Reviewing Team.",
             "Service Manager – Learning Disabilities / Head of Reviewing", d(2025, 1, 6), d(2025, 6, 30), d(2025, 9, 30), "G", "A",
             "Recruitment to two reviewing posts delayed; agency cover agreed from April."),
        ]),
        ("afi", "Unpaid carers told CQC they did not always know about, or receive, a carer’s assessment.", [
            ("1.3", "Co-produce a refreshed Carers Offer with the Carers Network and relaunch carer’s assessments through the Westminster Connects front door.",
             "Strategic Commissioner – Carers", d(2025, 2, 3), "September 2025", None, "A", "G",
             "Co-production workshops held in February and March; draft offer due to Board in June."),
        ]),
        ("theme", "Theme 2: Providing support"),
        ("afi", "There was a shortage of nursing home placements and home care capacity for people with complex needs in the north of the borough.", [
            ("2.1", "Complete a market sustainability review of nursing and complex home care and publish a Market Position Statement addendum.",
             "Director of Commissioning", d(2024, 12, 2), d(2025, 5, 31), None, "G", "G",
             "Provider survey closed; review on track for May."),
            ("2.2", "Commission a block contract for complex-needs home care in the north of the borough (Queen's Park, Harrow Road and Westbourne wards).",
             "Head of Procurement / Director of Commissioning", d(2025, 1, 6), d(2025, 10, 31), d(2026, 1, 31), "A", "R",
             "Tender returned no compliant bids; re-procurement approved by the Cabinet Member."),
        ]),
        ("theme", "Theme 3: Ensuring safety within the system"),
        ("afi", "Transitions from children's to adult services were not consistently planned early enough for young people with complex needs.", [
            ("3.1", "Agree a joint Preparing for Adulthood protocol with Children's Services, with all young people identified by age 14 and a named adult social care worker by age 17.",
             "Head of Preparing for Adulthood", d(2025, 2, 3), d(2025, 7, 31), None, "G", "G",
             "Protocol drafted and shared with Children's Services for comment."),
        ]),
        ("afi", "Safeguarding enquiries were not always closed within timescales and the outcomes people wanted were not always recorded.", [
            ("3.2", "Introduce a Making Safeguarding Personal outcome field in Mosaic and a monthly safeguarding audit reported to the Safeguarding Adults Executive Board.",
             "Head of Safeguarding and Quality Assurance", d(2024, 12, 2), d(2025, 3, 31), None, "A", "B",
             "Mosaic change live 3 March 2025; first monthly audit reported."),
        ]),
        ("theme", "Theme 4: Leadership"),
        ("afi", "Staff were not always clear how learning from complaints, audits and feedback led to changes in practice.", [
            ("4.1", "Publish a quarterly 'You said, we did' practice bulletin and hold learning circles in each team, led by the Principal Social Worker.",
             "Principal Social Worker", d(2025, 4, 1), "Q1 2025/26", None, None, "G",
             "First bulletin in preparation."),
        ]),
    ]
    r = 6
    for item in plan:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            for c in range(1, ncol + 1):
                ws.cell(row=r, column=c).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            continue
        _, afi, acts = item
        first = r
        ws.cell(row=r, column=2, value=afi)
        for (ref, act, lead, start, orig, rev, prev, cur, prog) in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=lead)
            for col, v in ((5, start), (6, orig), (7, rev)):
                cell = ws.cell(row=r, column=col, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            pc = ws.cell(row=r, column=8, value=prev)
            if prev:
                pc.fill = fill(RAGFILL[prev])
            cc = ws.cell(row=r, column=9, value=cur)
            cc.fill = fill(RAGFILL[cur])
            for x in (pc, cc):
                x.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=10, value=prog)
            boxed(ws, r, ncol)
            for x in (pc, cc):
                x.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Revised target dates were agreed by the ASC Improvement Board on 12 February 2025. Actions rated Blue will be removed from the next update once evidence has been signed off.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(row=r, column=1).alignment = WRAP
    widths(ws, [7, 42, 52, 28, 12, 14, 14, 10, 10, 44])
    wb.save(os.path.join(HERE, "me2-westminster-city-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Stirling Council - SHR Annual Assurance Statement improvement plan (xlsx)
# ---------------------------------------------------------------------------
def stirling():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "AAS Improvement Plan"
    ncol = 7
    ws["A1"] = "Stirling Council – Annual Assurance Statement 2024: Housing Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Position at 31 January 2025"
    ws.merge_cells("A2:G2")
    ws["A3"] = "Housing Service – areas of material non-compliance and improvement identified in the Annual Assurance Statement submitted to the Scottish Housing Regulator, October 2024"
    ws.merge_cells("A3:G3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 30
    ws["A5"] = "Status key:"
    ws["A5"].font = Font(bold=True)
    for c, (txt, col) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                    ("Delayed (Amber)", AMBER), ("Off track (Red)", RED),
                                    ("Not started", "FFFFFFFF")], start=2):
        cell = ws.cell(row=5, column=c, value=txt)
        cell.fill = fill(col)
        cell.border = BOX
    headers = ["Ref", "Area of improvement identified in AAS", "Action",
               "Responsible officer", "Timescale", "Progress update", "Status"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=7, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("FFBDD7EE")
    boxed(ws, 7, ncol)
    statfill = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Off track": RED, "Not started": None}
    plan = [
        ("sec", "1. Tenant and resident safety"),
        ("area", "Electrical Installation Condition Reports (EICR): 312 council homes did not have a valid EICR at 31 March 2024 (material non-compliance).", [
            ("1.1", "Appoint an additional electrical contractor through the Scotland Excel framework to clear the backlog of overdue EICRs.",
             "Housing Property Services Manager", d(2024, 10, 31),
             "Contractor appointed August 2024; backlog reduced to 41 homes, all with access issues.", "Complete"),
            ("1.2", "Introduce a forced-access procedure for properties where tenants have refused access three times, with legal and tenancy sustainment input.",
             "Housing Property Services Manager / Tenancy Services Manager", "March 2025",
             "Procedure drafted and agreed with Legal Services; first cases identified.", "On track"),
        ]),
        ("area", "Damp, mould and condensation: no consistent process for recording, inspecting and following up tenants' reports.", [
            ("1.3", "Launch a damp and mould policy and case-management process, with inspection within 10 working days and a follow-up visit at 6 weeks.",
             "Repairs and Maintenance Team Leader", "Q4 2024/25",
             "Policy delayed to allow tenant consultation; case-management module being configured.", "Delayed"),
        ]),
        ("sec", "2. Homelessness"),
        ("area", "Breaches of the Unsuitable Accommodation Order due to the use of bed and breakfast for households with children.", [
            ("2.1", "Convert 20 council properties to furnished temporary accommodation to reduce reliance on bed and breakfast.",
             "Housing Options and Homelessness Manager", "April 2025 – September 2025",
             "12 properties identified; furnishing contract in place.", "On track"),
            ("2.2", "Report Unsuitable Accommodation Order breaches monthly to the Housing Leadership Team and quarterly to Committee.",
             "Housing Options and Homelessness Manager", "Ongoing",
             "Monthly reporting in place from November 2024.", "On track"),
        ]),
        ("sec", "3. Equalities and tenant engagement"),
        ("area", "Equalities data held on tenants and service users was incomplete (44% of tenancies with no recorded protected characteristics).", [
            ("3.1", "Run a tenant profile refresh through annual tenancy visits and the online tenant portal, targeting 75% completion.",
             "Tenant Participation Officer", "By end of December 2025",
             "To start with the 2025/26 tenancy visit programme.", "Not started"),
        ]),
        ("area", "Tenants were not involved in scrutinising the evidence behind the Annual Assurance Statement.", [
            ("3.2", "Establish a tenant scrutiny panel to review the 2025 Annual Assurance Statement evidence bank before sign-off.",
             "Housing Strategy Lead", d(2025, 9, 30),
             "Expressions of interest received from nine tenants; training booked with TPAS Scotland.", "On track"),
        ]),
    ]
    r = 8
    for item in plan:
        if item[0] == "sec":
            cell = ws.cell(row=r, column=1, value=item[1])
            cell.font = Font(bold=True, color="FFFFFFFF")
            for c in range(1, ncol + 1):
                ws.cell(row=r, column=c).fill = fill("FF2F5496")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            continue
        _, area, acts = item
        first = r
        ws.cell(row=r, column=2, value=area)
        for ref, act, off, when, prog, st in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=off)
            wc = ws.cell(row=r, column=5, value=when)
            if isinstance(when, dt.datetime):
                wc.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6, value=prog)
            sc = ws.cell(row=r, column=7, value=st)
            boxed(ws, r, ncol)
            if statfill[st]:
                sc.fill = fill(statfill[st])
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: The Annual Assurance Statement was approved by Council on 24 October 2024. Progress is reported to the Tenants' Forum and to Committee every six months.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    widths(ws, [6, 40, 50, 30, 18, 42, 12])

    cs = wb.create_sheet("Charter compliance")
    cs["A1"] = "Scottish Social Housing Charter – self-assessed compliance 2024"
    cs["A1"].font = Font(bold=True)
    rows = [("Charter outcome / standard", "Assessment"),
            ("Outcome 1: Equalities", "Partial compliance – improvement required"),
            ("Outcome 2: Communication", "Compliant"),
            ("Outcome 3: Participation", "Partial compliance – improvement required"),
            ("Outcome 4: Quality of housing", "Material non-compliance (EICR)"),
            ("Outcome 5: Repairs, maintenance and improvements", "Compliant"),
            ("Outcomes 12-13: Homeless people", "Material non-compliance (Unsuitable Accommodation Order)"),
            ("Tenant and resident safety – gas", "Compliant"),
            ("Tenant and resident safety – fire and smoke alarms", "Compliant")]
    for i, (a, b) in enumerate(rows, start=3):
        cs.cell(row=i, column=1, value=a)
        cs.cell(row=i, column=2, value=b)
        boxed(cs, i, 2)
        if i == 3:
            cs.cell(row=i, column=1).font = Font(bold=True)
            cs.cell(row=i, column=2).font = Font(bold=True)
    widths(cs, [48, 56])
    wb.save(os.path.join(HERE, "me2-stirling-council-shr-annual-assurance-statement-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Buckinghamshire FRS - HMICFRS values and culture tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def bucks():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ncol = 8
    ws["A1"] = "Buckinghamshire Fire & Rescue Service – HMICFRS Values and Culture Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14, color="FFC00000")
    ws.merge_cells("A1:H1")
    ws["A2"] = "Values and culture in fire and rescue services (HMICFRS spotlight report, March 2023) – recommendations for chief fire officers"
    ws.merge_cells("A2:H2")
    ws["A3"] = "Position at 31 January 2024 – for Executive Committee, 14 February 2024"
    ws.merge_cells("A3:H3")
    headers = ["Rec No.", "HMICFRS recommendation", "Action ref", "BFRS action",
               "Action owner", "Due date", "RAG", "Update"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("FFC00000")
    boxed(ws, 5, ncol)
    recs = [
        ("1", "By 1 October 2023, chief fire officers should make sure staff have a confidential way to raise concerns and know about whistleblowing processes.", [
            ("1.1", "Procure an independent confidential reporting line and publicise it to all staff.", "Head of People", d(2023, 9, 30), "B",
             "Independent line live from 18 September 2023; promoted through station visits and the intranet."),
            ("1.2", "Refresh the Whistleblowing Policy and deliver briefings at every station and department.", "Head of People / Station Commanders", "Nov-23", "B",
             "Policy approved October 2023; briefings completed."),
        ]),
        ("3", "By 1 June 2023, chief fire officers should review the support available for those who have raised concerns and make sure it is suitable.", [
            ("3.1", "Introduce a named support officer for each person raising a concern and record the support offered in the case management system.", "Professional Standards Manager", "Dec-23", "G",
             "Support officers trained; case management fields added."),
        ]),
        ("5", "By 1 June 2023, chief fire officers should provide accessible information for staff and the public on how to raise concerns and access confidential support.", [
            ("5.1", "Publish a 'Raising a concern' page on the public website and the intranet, in accessible formats.", "Communications Manager", d(2023, 7, 31), "B",
             "Published July 2023; Easy Read version added."),
        ]),
        ("15", "By 1 January 2024, chief fire officers should make sure appropriate background checks are carried out for all staff.", [
            ("15.1", "Complete standard DBS checks for all operational and control staff, and set a three-year renewal cycle.", "Head of People", "Janaury 2024", "A",
             "87% of checks returned; remainder chased weekly."),
            ("15.2", "Add DBS renewal dates to the HR system and report compliance to the Executive Committee quarterly.", "HR Systems Manager", "Mar-24", "G",
             "System change specified."),
        ]),
        ("20", "By 1 March 2024, chief fire officers should make sure equality, diversity and inclusion training is in place for all staff, including managers.", [
            ("20.1", "Commission and deliver EDI and inclusive leadership training for all middle and senior managers.", "EDI Lead", d(2024, 3, 31), "G",
             "Provider appointed; cohorts 1 and 2 complete."),
            ("20.2", "Add EDI e-learning to the mandatory training suite for all staff, with completion monitored monthly.", "Learning and Development Manager", "Feb-24", "G",
             "Module on the learning platform; 64% completion."),
        ]),
    ]
    r = 6
    typo_row = None
    for num, rec, acts in recs:
        first = r
        ws.cell(row=r, column=1, value=num)
        ws.cell(row=r, column=2, value=rec)
        for ref, act, owner, due, rag, upd in acts:
            ws.cell(row=r, column=3, value=ref)
            ws.cell(row=r, column=4, value=act)
            ws.cell(row=r, column=5, value=owner)
            dc = ws.cell(row=r, column=6, value=due)
            if isinstance(due, dt.datetime):
                dc.number_format = "dd/mm/yyyy"
            if due == "Janaury 2024":
                typo_row = r
            ws.cell(row=r, column=7, value=rag)
            ws.cell(row=r, column=8, value=upd)
            boxed(ws, r, ncol)
            ws.cell(row=r, column=7).fill = fill(RAGFILL[rag])
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    widths(ws, [8, 46, 9, 50, 26, 12, 7, 44])

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by RAG"
    sm["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Blue – complete", 3), ("Green – on track", 4), ("Amber – at risk", 1),
                                 ("Red – off track", 0), ("Total actions", 8)], start=3):
        sm.cell(row=i, column=1, value=k)
        sm.cell(row=i, column=2, value=v)
        boxed(sm, i, 2)
    widths(sm, [24, 8])
    wb.save(os.path.join(HERE, "me2-buckinghamshire-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker-typo-month-refuse.xlsx"))
    return typo_row


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def header_row(table, labels, hex6="1F3864"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True)
        shade(c, hex6)
        for p in c.paragraphs:
            for run in p.runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Cardiff Council - Audit Wales well-being objectives organisational response (docx)
# ---------------------------------------------------------------------------
def cardiff():
    doc = docx.Document()
    doc.add_heading("Setting of Well-being Objectives – Cardiff Council: Organisational response", level=0)
    doc.add_paragraph("Audit Wales report issued: June 2024    Document reference: 4318A2024")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Comments"], "595959")
    for i, row in enumerate([("0.1", "02/07/2024", "Policy and Partnerships", "Draft for Senior Management Team"),
                             ("1.0", "24/07/2024", "Policy and Partnerships", "Final, following Governance and Audit Committee 23 July 2024")], start=1):
        for c, v in zip(t.rows[i].cells, row):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph(
        "Audit Wales reviewed how the Council applied the sustainable development principle when setting "
        "the well-being objectives in its Corporate Plan 2024-27. The report makes three recommendations. "
        "The Council's planned actions, the date by which each will be complete and the responsible officer "
        "are set out below.")
    doc.add_heading("Organisational response", level=1)
    recs = [
        ("R1 The Council should strengthen how it involves people who reflect the diversity of the city, including seldom-heard groups, when it next reviews its well-being objectives.", [
            ("1.1", "Extend the Ask Cardiff survey with targeted fieldwork through community hubs, youth services and equality networks, and report the respondent profile alongside the results.",
             "December 2024", "Operational Manager – Policy, Partnerships and Performance"),
            ("1.2", "Work with the Cardiff Youth Council and the Cardiff Third Sector Council to co-design engagement on the 2025-28 objectives.",
             "By 31 March 2025", "Head of Performance and Partnerships"),
        ]),
        ("R2 The Council should set out more clearly how its well-being objectives and steps contribute to the long term, including the expected position beyond the three-year Corporate Plan period.", [
            ("2.1", "Include a long-term outcome statement and 10-year trend indicators for each well-being objective in the Corporate Plan 2025-28.",
             "March 2025", "Head of Performance and Partnerships"),
            ("2.2", "Use the Public Services Board Well-being Assessment and Future Trends Report to test each step against long-term risks, and record the results in the Corporate Plan.",
             "Q4 2024/25", "Chief Executive / Head of Performance and Partnerships"),
        ]),
        ("R3 The Council should develop its performance framework so that it can show progress against each well-being objective, with measures and milestones covering the full range of steps.", [
            ("3.1", "Review the Corporate Plan KPI set with Directorates so that every step has at least one measure or milestone.",
             "31/03/2025", "Performance Manager"),
            ("3.2", "Report progress against each well-being objective:\n- quarterly to Cabinet and the Policy Review and Performance Scrutiny Committee;\n- annually in the Annual Well-being Report 2024-25.",
             "October 2025", "Performance Manager"),
        ]),
    ]
    nrows = 1 + sum(len(a) for _, a in recs)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    header_row(t, ["Ref", "Recommendation", "Planned action", "Completion date", "Responsible officer (title)"])
    r = 1
    for rec, acts in recs:
        first = r
        for ref, act, when, who in acts:
            cells = t.rows[r].cells
            set_cell(cells[0], ref)
            set_cell(cells[2], act)
            set_cell(cells[3], when)
            set_cell(cells[4], who)
            r += 1
        top = t.cell(first, 1)
        if r - 1 > first:
            top = top.merge(t.cell(r - 1, 1))
        set_cell(top, rec)
    doc.add_paragraph()
    doc.add_paragraph(
        "Governance and Audit Committee: the Committee reviewed the draft response on 23 July 2024 and "
        "made no recommendations for change (Local Government and Elections (Wales) Act 2021, section 96).")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Approved by", bold=True)
    set_cell(t.cell(0, 1), "Chief Executive")
    set_cell(t.cell(1, 0), "Date", bold=True)
    set_cell(t.cell(1, 1), "24/07/2024")
    doc.save(os.path.join(HERE, "me2-cardiff-council-audit-wales-well-being-objectives-organisational-response.docx"))


# ---------------------------------------------------------------------------
# 5. South Ayrshire - Arrol Park care home Care Inspectorate improvement plan (docx)
# ---------------------------------------------------------------------------
def south_ayrshire():
    doc = docx.Document()
    doc.add_heading("Arrol Park Resource Centre: Care Inspectorate Improvement Plan", level=0)
    doc.add_paragraph("South Ayrshire Health and Social Care Partnership – care home service for older people (South Ayrshire Council)")
    doc.add_paragraph("Unannounced inspection: 14 and 15 May 2024    Report published: 20 June 2024")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Updated by", "Summary of changes"], "385623")
    for i, row in enumerate([("1", "28/06/2024", "Care Home Manager", "Plan agreed with Service Manager"),
                             ("2", "02/08/2024", "Care Home Manager", "Progress update for Care Inspectorate"),
                             ("3", "12/09/2024", "Care Home Manager", "Progress update; AFI 1 actions revised")], start=1):
        for c, v in zip(t.rows[i].cells, row):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph("Grades awarded at inspection:")
    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    header_row(t, ["Key question", "Grade"], "385623")
    for i, row in enumerate([("How well do we support people's wellbeing?", "3 – Adequate"),
                             ("How good is our leadership?", "2 – Weak"),
                             ("How good is our staff team?", "3 – Adequate"),
                             ("How good is our setting?", "4 – Good"),
                             ("How well is our care and support planned?", "3 – Adequate")], start=1):
        for c, v in zip(t.rows[i].cells, row):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete – action completed and evidenced; Green – on track; Amber – some delay; Red – not met or at risk.")

    RAGHEX = {"Complete": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}

    def action_table(rows):
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        header_row(t, ["No.", "Action", "Responsible", "Timescale", "Progress / evidence", "RAG"], "385623")
        for i, row in enumerate(rows, start=1):
            for j, (c, v) in enumerate(zip(t.rows[i].cells, row)):
                set_cell(c, v)
                if j == 5:
                    shade(c, RAGHEX[v])
        doc.add_paragraph()

    doc.add_heading("Key question 1: How well do we support people's wellbeing?", level=1)
    doc.add_heading("Requirement 1", level=2)
    doc.add_paragraph(
        "By 31 August 2024, the provider must ensure that people receive their medication as prescribed, by making sure that "
        "medication administration records are accurate and that 'as required' medication protocols are in place for each person. "
        "This is to comply with Regulation 4(1)(a) (welfare of users) of The Social Care and Social Work Improvement Scotland "
        "(Requirements for Care Services) Regulations 2011 (SSI 2011/210).")
    action_table([
        ("1.1", "Carry out a full audit of medication administration records (MAR) and 'as required' protocols for every resident, with support from the community pharmacy team.",
         "Care Home Manager", "30/06/2024", "Audit completed 27 June 2024; 11 protocols written and signed off by GP.", "Complete"),
        ("1.2", "Complete medication competency assessments for all senior carers and repeat them annually.",
         "Depute Manager / Senior Carers", "31 August 2024", "14 of 16 assessments complete; two staff on leave.", "Green"),
        ("1.3", "Introduce a weekly medication audit by the senior on shift, reviewed monthly by the manager.",
         "Senior Carers", "Ongoing – weekly", "Weekly audits in place since July; no recording errors in August.", "Green"),
    ])
    doc.add_heading("Area for improvement 1", level=2)
    doc.add_paragraph(
        "To support people's wellbeing, the service should make sure that people have regular opportunities to take part in "
        "meaningful activities, in the home and in the local community, that reflect their interests.")
    action_table([
        ("AFI 1.1", "Recruit a second activities coordinator and agree a weekly activities programme with residents at the monthly residents' meeting.",
         "Service Manager (Residential Care)", "October 2024", "Post advertised twice; interviews 24 September.", "Amber"),
        ("AFI 1.2", "Record each person's interests and participation in their personal plan, and review them at six-monthly reviews.",
         "Keyworkers / Depute Manager", "End of November 2024", "Personal plan template updated; keyworker training on 10 September.", "Green"),
    ])
    doc.add_heading("Key question 2: How good is our leadership?", level=1)
    doc.add_heading("Requirement 2", level=2)
    doc.add_paragraph(
        "By 30 September 2024, the provider must put in place an effective quality assurance system, including regular audits, "
        "that leads to improvement in the quality of care. This is to comply with Regulation 3 (principles) and Regulation 4(1)(a) "
        "(welfare of users) of The Social Care and Social Work Improvement Scotland (Requirements for Care Services) Regulations 2011 (SSI 2011/210).")
    action_table([
        ("2.1", "Introduce a quality assurance calendar covering personal plans, falls, infection prevention and control, and the environment, with actions tracked on one service improvement plan.",
         "Care Home Manager", "Sept 2024", "Calendar in place; falls and IPC audits completed for July and August.", "Green"),
        ("2.2", "Report audit findings and improvement actions to the Service Manager and to the Partnership's Care Governance Group.",
         "Service Manager (Residential Care)", "Quarterly", "First report due to the Care Governance Group in October 2024.", "Amber"),
    ])
    doc.add_paragraph("Signed: Care Home Manager        Date: 12/09/2024")
    doc.add_paragraph("Next review of this plan: 31 October 2024")
    doc.save(os.path.join(HERE, "me2-south-ayrshire-council-arrol-park-care-home-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. North York Moors NPA - internal audit agreed actions tracker (csv)
# ---------------------------------------------------------------------------
def nymnpa():
    rows = [
        ["North York Moors National Park Authority – Internal audit agreed actions tracker"],
        ["Follow-up position at 31 October 2025 (Audit and Governance Committee, 20 November 2025)"],
        ["Status key: Completed = implemented and evidenced (Blue); On track = not yet due (Green); Revised date = revised date agreed by management (Amber); Overdue = past due date (Red)"],
        [],
        ["Ref", "Finding", "Agreed action", "Priority", "Responsible officer", "Original due date", "Revised due date", "Status", "Management comment"],
        ["Procurement and Contract Management 2024/25 – Reasonable Assurance", "", "", "", "", "", "", "", ""],
        ["PCM1", "Contract register incomplete – 9 of 25 contracts over £25k were not recorded.",
         "Reconcile the contract register to the ledger each quarter and add all contracts over £25k.",
         "2", "Head of Finance / Procurement Officer", "31/03/2025", "", "Completed",
         "Reconciliation completed for Q4 2024/25 and Q1 2025/26; evidence provided to Veritau."],
        ["PCM2", "Waivers of Contract Standing Orders were not always approved in advance.",
         "Update the waiver form and keep a waiver log; report any retrospective waivers to the Audit and Governance Committee.",
         "2", "Head of Finance", "30/06/2025", "30/11/2025", "Revised date",
         "Log in place; revised form awaiting legal review."],
        ["ICT Cyber Security 2024/25 – Limited Assurance", "", "", "", "", "", "", "", ""],
        ["ICT1", "Multi-factor authentication was not enabled for all remote access accounts.",
         "Enable multi-factor authentication for all remote and privileged accounts.",
         "1", "ICT Manager", "31/01/2025", "", "Completed",
         "MFA enforced for all accounts from 20 January 2025."],
        ["ICT2", "There was no tested ICT disaster recovery plan.",
         "a) Document the ICT disaster recovery plan.\nb) Carry out a recovery test of core systems and report the results to the Senior Leadership Team.",
         "1", "ICT Manager", "30/06/2025", "31/12/2025", "Revised date",
         "Plan documented; recovery test booked for December 2025 with the new backup provider."],
        ["ICT3", "Leavers' network accounts were not always disabled promptly.",
         "HR to notify ICT of leavers at least 5 working days before the leaving date; monthly check of active accounts against the payroll.",
         "2", "Hodgson, Rachel", "Dec 2025", "", "On track",
         "Leaver notification added to the HR exit checklist."],
        ["Planning Enforcement 2024/25 – Reasonable Assurance", "", "", "", "", "", "", "", ""],
        ["PE1", "Enforcement cases were not prioritised consistently against the Local Enforcement Plan.",
         "Introduce case priority scoring in the planning system and review open cases at monthly team meetings.",
         "2", "Head of Development Management", "31/12/2024", "", "Completed",
         "Priority scoring live from December 2024."],
        ["PE2", "Case files did not always record the reason a case was closed.",
         "Add a closure checklist to the enforcement case file template.",
         "3", "Planning Enforcement Officer", "31/03/2025", "31/08/2025", "Overdue",
         "Template drafted; not yet in use because of the planning system upgrade."],
        ["Health and Safety (Volunteers) 2025/26 – Reasonable Assurance", "", "", "", "", "", "", "", ""],
        ["HS1", "Lone working risk assessments for volunteer rangers were out of date.",
         "Review and reissue lone working risk assessments for all volunteer roles, and add an annual review to the health and safety calendar.",
         "2", "Head of Volunteering / Health and Safety Adviser", "Q4 2025/26", "", "On track",
         "Review started October 2025."],
        [],
        ["Summary", "", "", "", "", "", "", "", ""],
        ["Completed", "3"],
        ["On track", "2"],
        ["Revised date", "2"],
        ["Overdue", "1"],
        ["Total", "8"],
    ]
    path = os.path.join(HERE, "me2-north-york-moors-npa-internal-audit-recommendations-tracker.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Tonbridge and Malling BC - transformation programme highlight report (txt)
# ---------------------------------------------------------------------------
def tonbridge():
    lines = [
        "Tonbridge and Malling Borough Council: Savings and Transformation Programme Highlight Report",
        "Reporting period:\tJuly to September 2025 (Quarter 2)\tReport date:\t14/10/2025",
        "Programme sponsor:\tChief Executive\tProgramme manager:\tTransformation Lead",
        "Overall programme status:\tAMBER",
        "",
        "RAG key: G = on track; A = at risk, mitigation in place; R = off track, decision needed; C = complete",
        "",
        "Ref\tProject / milestone\tLead\tTarget date\tLast period\tThis period\tCommentary",
        "Workstream 1 – Digital and customer services",
        "1.1\tLaunch the new customer portal with online accounts for council tax and waste services\tHead of IT / Customer Services Manager\tSep-25\tA\tC\tPortal live 8 September; 2,140 accounts created in the first month.",
        "1.2\tMove the housing register onto the portal with automated banding\tHousing Services Manager\tDec-25\tG\tA\tSupplier delay on data migration; go-live expected within the quarter.",
        "1.3\tReplace the telephony system and introduce a single contact number\tHead of IT\tQ4 2025/26\tG\tG\tContract awarded; implementation plan agreed.",
        "Workstream 2 – Income generation",
        "2.1\tGarden waste subscription price change and paperless renewals\tDirector of Street Scene, Leisure and Technical Services\tApr-25\tC\tC\tRenewals up 3% on last year; 91% renewed online.",
        "2.2\tComplete rent reviews for 14 commercial leases due in 2025/26\tEstates Manager\tMar-26\tG\tG\t6 of 14 reviews agreed.",
        "2.3\tBusiness case for solar canopies at council car parks\tHead of Climate Change / Estates Manager\tTBC\tA\tR\tBusiness case paused pending the grant outcome; decision needed on the capital bid.",
        "Workstream 3 – Organisational efficiency",
        "3.1\tService reviews: planning support and land charges\tAK, PB\t31/12/2025\tA\tA\tPlanning support review complete; land charges review delayed by HM Land Registry migration.",
        "3.2\tRationalise office accommodation at the Gibson Building and let the vacant floor\tDirector of Finance and Transformation\tDec 2025 – Mar 2026\tG\tG\tMarketing agent appointed.",
        "3.3\tAgile working policy and laptop refresh\tHead of HR\t30/06/2025\tG\tC\tPolicy adopted by General Purposes Committee; laptops rolled out to all staff.",
        "",
        "Key decisions required: Cabinet to decide in November 2025 whether to proceed with the solar canopy capital bid (2.3).",
        "Next report: January 2026 (Quarter 3)",
    ]
    path = os.path.join(HERE, "me2-tonbridge-malling-bc-transformation-programme-highlight-report.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    westminster()
    stirling()
    row = bucks()
    cardiff()
    south_ayrshire()
    nymnpa()
    tonbridge()
    print("Bucks typo month on sheet row", row)
