#!/usr/bin/env python3
"""Build the seven ng2- blind test files (set heldout405).

Run with the project's Python:  /work/main/.venv/bin/python ng2_make.py
Writes the data files next to this script. The .expected.yaml files are written
separately (by hand / from the same data) and are not touched here.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
NAVY, GREY, PALE = "1F3864", "D9D9D9", "DEEAF6"


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Bolton Council – ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
BOLTON_TITLE = "Bolton Council Adult Social Care – CQC Assessment Improvement Plan 2025/26"
BOLTON = [
    ("Theme 1: Working with people", [
        ("Waiting times for Care Act assessments and reviews were too long, and people were not always kept informed while they waited.", [
            ("1.1", "Introduce a single waiting list triage process across the three locality teams, with a weekly risk review of everyone waiting more than 28 days.",
             "Head of Adult Social Care Operations", D(2025, 9, 30), D(2025, 12, 31), "A", AMBER,
             "Triage tool live in Bolton North and South localities; West locality go-live delayed by staff vacancies. Revised date agreed at Improvement Board."),
            ("1.2", "Contact everyone on the waiting list at least every 6 weeks and record the contact on the case record (\"waiting well\" calls).",
             "Locality Service Managers", D(2025, 7, 31), None, "G", BLUE,
             "Complete. 96% of people waiting were contacted within 6 weeks in September 2025."),
        ]),
        ("Carers told CQC they did not always know how to get a carer’s assessment or what support was available.", [
            ("1.3", "Refresh the carers’ offer with Bolton Carers Support and publish it on the Bolton Directory and in GP surgeries.",
             "Rachel Tomlinson and Imran Shah", "Q3 2025/26", None, "G", GREEN,
             "Draft offer co-produced with carers' forum; print run booked for November."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("There was not enough choice of home care and day opportunities for people with complex needs, particularly in the west of the borough.", [
            ("2.1", "Complete the market position statement refresh and agree a commissioning plan for complex home care with providers.",
             "Assistant Director – Commissioning", D(2025, 10, 31), D(2026, 3, 31), "G", AMBER,
             "Provider engagement sessions held in September; plan now aligned with the 2026/27 budget."),
            ("2.2", "Develop two new community-based day opportunities for adults with learning disabilities and autistic adults.",
             "Head of Commissioning (Learning Disability and Mental Health)", "March 2026", None, "G", GREEN,
             "Sites identified at Farnworth and Westhoughton; procurement under way."),
        ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("Safeguarding enquiries were not always completed in a timely way and the quality of recording was inconsistent.", [
            ("3.1", "Implement the revised Section 42 enquiry pathway and audit 20 enquiries a month against the new practice standards.",
             "Principal Social Worker / Head of Safeguarding", D(2025, 11, 30), None, "R", RED,
             "Pathway launched but audits show only 55% of enquiries meet the standard. Escalated to DASS."),
        ]),
        ("Young people moving from children’s to adult services did not always experience a planned transition.", [
            ("3.2", "Launch the joint Preparing for Adulthood panel with Children’s Services and track every young person from age 14.",
             "Head of Adult Social Care Operations", D(2025, 6, 30), None, "G", BLUE,
             "Complete. Panel meets monthly; 212 young people on the tracker."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Performance information was not used consistently to understand people’s outcomes and drive improvement.", [
            ("4.1", "Launch the ASC performance dashboard in Power BI and review it monthly at the ASC Improvement Board.",
             "Head of Performance and Intelligence", D(2025, 12, 31), None, "A", GREEN,
             "Dashboard in test; first Board review scheduled for December."),
            ("4.2", "Co-produce the ASC strategy 2026-2029 with the Making It Real board.",
             "Director of Adult Social Services (DASS)", "April 2026", None, "-", None,
             "Not yet started – planned to begin in January 2026."),
        ]),
    ]),
]


def make_bolton(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = BOLTON_TITLE
    cov["A1"].font = Font(bold=True, size=14, color=NAVY)
    cov["A2"] = "Version 3.0 – progress at 31 October 2025"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Owner", "Director of Adult Social Services (DASS)"),
            ("Approved by", "ASC Improvement Board"),
            ("CQC report published", "14 March 2025"),
            ("Overall rating", "Requires Improvement"),
            ("Next review", "ASC Improvement Board, 9 December 2025")]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [(BLUE, "Blue", "Action complete"),
           (GREEN, "Green", "On track to meet target date"),
           (AMBER, "Amber", "Some slippage – revised date agreed or at risk"),
           (RED, "Red", "Off track – escalation required"),
           (None, "No colour", "Not yet started")]
    for i, (c, name, meaning) in enumerate(key, start=12):
        cell = cov.cell(i, 1, name)
        if c:
            cell.fill = fill(c)
        cov.cell(i, 2, meaning)
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = BOLTON_TITLE
    ws["A1"].font = Font(bold=True, size=13, color=NAVY)
    ws["A2"] = "Current RAG is shown by cell colour – see RAG key on the Cover sheet."
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for improvement (CQC report)", "Action", "Lead", "Original target date",
           "Revised target date", "Previous RAG", "Current RAG", "Progress update (October 2025)"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for theme, afis in BOLTON:
        ws.cell(r, 1, theme).font = Font(bold=True, size=12)
        for c in range(1, 10):
            ws.cell(r, c).fill = fill(PALE)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, acts in afis:
            top = r
            for (ref, action, lead, orig, rev, prev, cur, upd) in acts:
                vals = [ref, None, action, lead, orig, rev, prev, None, upd]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                if cur:
                    ws.cell(r, 8).fill = fill(cur)
                r += 1
            ws.cell(top, 2, afi).alignment = WRAP
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Summary of current RAG").font = Font(bold=True)
    summary = [("Complete (Blue)", 2), ("Green", 3), ("Amber", 2), ("Red", 1), ("Not started", 1), ("Total actions", 9)]
    for i, (k, n) in enumerate(summary, start=r + 1):
        ws.cell(i, 1, k)
        ws.cell(i, 2, n)
    widths = [7, 40, 48, 28, 13, 13, 10, 10, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w

    qs = wb.create_sheet("QS scores")
    qs["A1"] = "CQC quality statement scores (March 2025)"
    qs["A1"].font = Font(bold=True)
    scores = [("Theme", "Quality statement", "Score (1-4)"),
              ("Working with people", "Assessing needs", 2),
              ("Working with people", "Supporting people to live healthier lives", 3),
              ("Working with people", "Equity in experience and outcomes", 2),
              ("Providing support", "Care provision, integration and continuity", 2),
              ("Providing support", "Partnerships and communities", 3),
              ("Ensuring safety within the system", "Safe pathways, systems and transitions", 2),
              ("Ensuring safety within the system", "Safeguarding", 2),
              ("Leadership", "Governance, management and sustainability", 2),
              ("Leadership", "Learning, improvement and innovation", 3)]
    for i, row in enumerate(scores, start=3):
        for c, v in enumerate(row, start=1):
            qs.cell(i, c, v)
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Dorset Police & OPCC – JIAC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
DORSET_TITLE = "Dorset Police and OPCC – Internal Audit Recommendations Follow-up Tracker"
DORSET = [
    ("Fleet Management (2024/25) – Limited assurance", [
        ("1.1", 2, "The Force should ensure that vehicle defect reports are logged on Tranman within 24 hours and that overdue services are escalated.",
         "Vehicle defect reporting to be moved to the mobile Tranman app, with a weekly exception report of overdue services sent to Area Commanders.",
         "Head of Fleet Services", D(2025, 3, 31), D(2025, 9, 30), "A",
         "App rolled out to response vehicles; exception report in development. Revised date agreed by Chief Finance Officer."),
        ("1.2", 3, "Fuel card transactions should be reconciled monthly and exceptions investigated.",
         "Monthly fuel card reconciliation to be completed by the Fleet Administrator and reviewed by the Fleet Manager, with exceptions reported to Finance.",
         "Fleet Manager", D(2025, 4, 30), None, "B",
         "Implemented – evidence of April to July reconciliations seen by SWAP."),
    ]),
    ("Procurement and Contract Management (2024/25) – Reasonable assurance", [
        ("2.1", 2, "The contracts register should be complete and published in line with the Procurement Act 2023 transparency requirements.",
         "Update the contracts register for all contracts over £5,000 and publish quarterly on the Force and OPCC websites.",
         "Head of Procurement (Joint Commercial Services) / Chief Finance Officer (OPCC)", D(2025, 2, 28), "31/10/2025", "G",
         "Register updated to June 2025; first publication under the new Act due October."),
        ("2.2", 2, "Waivers of contract standing orders should be approved and recorded consistently.",
         "Introduce a single waiver form with CFO sign-off and report all waivers to the Joint Independent Audit Committee every six months.",
         "Carter, Jo", D(2025, 3, 31), None, "B",
         "Implemented. First waiver report presented to JIAC in June 2025."),
    ]),
    ("Cyber Security – Patch Management (2024/25) – Limited assurance", [
        ("3.1", 1, "Critical and high security patches should be applied within the timescales set by the patch management policy.",
         "Deploy automated patching for all Force-managed end user devices and report compliance to the Information Assurance Board monthly.",
         "Head of ICT & Digital Services", D(2025, 6, 30), D(2025, 12, 31), "A",
         "Automated patching live for 82% of laptops; remaining devices depend on the Windows 11 migration."),
        ("3.2", 2, "Unsupported server operating systems should be identified and removed from the network.",
         "Decommission the remaining Windows Server 2012 R2 servers, or isolate them where a business case for retention is approved.",
         "Head of ICT & Digital Services", D(2025, 8, 31), None, "R",
         "Overdue. Four servers remain; no revised date yet agreed."),
    ]),
    ("OPCC Grants Management (2025/26) – Substantial assurance", [
        ("4.1", 3, "Grant monitoring returns should be chased where they are more than one month late.",
         "Add a reminder and escalation step to the grants tracker; the Commissioning Manager to chase late returns within 10 working days.",
         "OPCC Commissioning Manager", D(2025, 12, 31), None, "G",
         "Tracker amended; process to be tested at Q2 returns."),
    ]),
]
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_dorset(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = DORSET_TITLE
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Joint Independent Audit Committee – 24 September 2025"
    hdr = ["Audit", "Assurance opinion", "Priority 1", "Priority 2", "Priority 3", "Implemented", "Outstanding"]
    for c, h in enumerate(hdr, start=1):
        sm.cell(4, c, h).font = Font(bold=True)
    srows = [("Fleet Management (2024/25)", "Limited", 0, 1, 1, 1, 1),
             ("Procurement and Contract Management (2024/25)", "Reasonable", 0, 2, 0, 1, 1),
             ("Cyber Security – Patch Management (2024/25)", "Limited", 1, 1, 0, 0, 2),
             ("OPCC Grants Management (2025/26)", "Substantial", 0, 0, 1, 0, 1),
             ("Total", "", 1, 4, 2, 2, 5)]
    for i, row in enumerate(srows, start=5):
        for c, v in enumerate(row, start=1):
            sm.cell(i, c, v)
    sm.cell(9, 1).font = Font(bold=True)
    sm.column_dimensions["A"].width = 46
    sm.column_dimensions["B"].width = 18

    ws = wb.create_sheet("Follow-up tracker")
    ws["A1"] = DORSET_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 5 September 2025 – prepared by SWAP Internal Audit Services"
    hdr = ["Rec No.", "Priority", "Recommendation", "Agreed action", "Responsible officer",
           "Original due date", "Revised due date", "RAG", "SWAP follow-up comment"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    for audit, recs in DORSET:
        ws.cell(r, 1, audit).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (ref, pri, rec, act, who, orig, rev, rag, com) in recs:
            vals = [ref, pri, rec, act, who, orig, rev, rag, com]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(RAGFILL[rag])
            ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(r, 1, "Priority 1 – fundamental weakness requiring immediate action; Priority 2 – significant weakness; "
                  "Priority 3 – opportunity to improve controls.").font = Font(italic=True)
    widths = [8, 8, 42, 46, 28, 12, 12, 6, 42]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (code, meaning) in enumerate([("B", "Implemented – verified by SWAP"),
                                         ("G", "In progress – on track for due date"),
                                         ("A", "In progress – revised date agreed"),
                                         ("R", "Overdue – due date passed with no agreed revision")], start=2):
        k.cell(i, 1, code).fill = fill(RAGFILL[code])
        k.cell(i, 2, meaning)
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Lichfield DC – transformation programme highlight report (xlsx)
# ---------------------------------------------------------------------------
LICH_TITLE = "Lichfield District Council – Transformation Programme Highlight Report"
LICH = [
    ("WS1 Digital Customer Access", [
        ("1.01", "Launch the new customer portal (MyLichfield) for council tax, bins and benefits",
         "Head of Customer Services", D(2025, 7, 1), D(2025, 10, 1), "Amber",
         "Testing found integration issues with the revenues system; go-live moved to October."),
        ("1.02", "Move telephony to cloud contact centre (Phase 1 – revenues and benefits lines)",
         "ICT Manager", D(2025, 6, 1), D(2025, 6, 1), "Complete", "Went live 16 June 2025."),
        ("1.03", "Decommission legacy e-forms platform",
         "ICT Manager", D(2026, 3, 1), D(2026, 3, 1), "Green", "Forms migration 60% complete."),
    ]),
    ("WS2 Property and Assets", [
        ("2.01", "Agree disposal strategy for Frog Lane and Birmingham Road car park sites",
         "Assistant Director – Regeneration and Economy", D(2025, 9, 1), D(2026, 1, 1), "Red",
         "Valuation advice delayed; report to Cabinet now expected January 2026."),
        ("2.02", "Consolidate District Council House office space onto two floors and let the vacant floor",
         "Property Services Manager / Legal Services Manager", "Q4 2025/26", "Q4 2025/26", "Green",
         "Heads of terms agreed with prospective tenant."),
    ]),
    ("WS3 Workforce and Ways of Working", [
        ("3.01", "Implement hybrid working policy and desk booking system",
         "Head of People and Organisational Development", D(2025, 4, 1), D(2025, 4, 1), "Complete",
         "Policy adopted; desk booking in use."),
        ("3.02", "Complete the senior management restructure consultation",
         "Chief Executive", D(2025, 11, 1), D(2025, 12, 1), "Amber",
         "Consultation extended by four weeks at the request of staff side."),
    ]),
    ("WS4 Income and Commercial", [
        ("4.01", "Introduce garden waste subscription price review for 2026/27",
         "Head of Operational Services", D(2025, 12, 1), D(2025, 12, 1), "Green",
         "Options paper drafted for Cabinet Member."),
        ("4.02", "Develop commercial strategy and business cases for trade waste growth",
         "Kate Hollis & Ben Marriott", D(2026, 2, 1), D(2026, 3, 1), "Amber",
         "Market analysis complete; business case drafting slipped by one month."),
    ]),
]
WORDFILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_lichfield(path):
    wb = Workbook()
    db = wb.active
    db.title = "Dashboard"
    db["A1"] = LICH_TITLE
    db["A1"].font = Font(bold=True, size=14)
    info = [("Reporting period", "Quarter 2 2025/26 (July – September 2025)"),
            ("Senior Responsible Owner", "Chief Executive"),
            ("Programme Manager", "Transformation and Programme Manager"),
            ("Report to", "Transformation Programme Board, 16 October 2025"),
            ("Overall programme RAG", "Amber")]
    for i, (k, v) in enumerate(info, start=3):
        db.cell(i, 1, k).font = Font(bold=True)
        db.cell(i, 2, v)
    db["B7"].fill = fill(AMBER)
    db["A9"] = "Workstream summary"
    db["A9"].font = Font(bold=True, size=12)
    for c, h in enumerate(["Workstream", "RAG", "Key messages this period"], start=1):
        db.cell(10, c, h).font = Font(bold=True)
        db.cell(10, c).fill = fill(GREY)
    ws_sum = [("WS1 Digital Customer Access", "Amber", "Portal go-live moved to October; telephony phase 1 delivered."),
              ("WS2 Property and Assets", "Red", "Car park disposal decision delayed to January."),
              ("WS3 Workforce and Ways of Working", "Amber", "Restructure consultation extended."),
              ("WS4 Income and Commercial", "Green", "Fees and charges review on track.")]
    for i, (w, rag, msg) in enumerate(ws_sum, start=11):
        db.cell(i, 1, w)
        db.cell(i, 2, rag).fill = fill(WORDFILL[rag])
        db.cell(i, 3, msg)
    db["A16"] = "Milestone detail is on the 'Milestones' sheet."
    db["A16"].font = Font(italic=True)
    db.column_dimensions["A"].width = 34
    db.column_dimensions["B"].width = 40
    db.column_dimensions["C"].width = 60

    ws = wb.create_sheet("Milestones")
    ws["A1"] = LICH_TITLE + " – Milestones"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Quarter 2 2025/26"
    hdr = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG", "Update this period"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("385723")
        cell.border = BOX
    r = 5
    for wsname, ms in LICH:
        ws.cell(r, 1, wsname).font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(r, c).fill = fill("E2EFDA")
        r += 1
        for (ref, text, owner, base, fc, rag, upd) in ms:
            vals = [ref, text, owner, base, fc, rag, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(r, 6).fill = fill(WORDFILL[rag])
            r += 1
    r += 1
    ws.cell(r, 1, "Decision required: Programme Board is asked to agree the revised forecast dates for milestones 1.01, 2.01 and 3.02.").font = Font(italic=True)
    widths = [7, 55, 34, 12, 12, 10, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    wb.active = 0
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Bron Afon Community Housing – regulatory judgement improvement plan (docx)
# ---------------------------------------------------------------------------
BRON_TITLE = "Bron Afon Community Housing – Regulatory Improvement Plan 2024–2026"
BRON = [
    ("1. Board assurance and governance", [
        ("Finding 1: The Board did not receive sufficiently robust assurance on landlord health and safety compliance, including the completion of fire risk assessment actions.", [
            ("1.1", "Introduce a quarterly landlord compliance assurance report to Board covering the “Big 6” areas, with exception reporting on overdue actions.",
             "Director of Assets", "September 2024", "Complete", "First report to Board 26 September 2024; now a standing item."),
            ("1.2", "Commission an independent audit of fire risk assessment remedial actions and report the findings to the Audit and Risk Committee.",
             "Head of Building Safety", "31 March 2025", "Complete", "Audit completed by TIAA; reported to ARC on 20 March 2025 (reasonable assurance)."),
        ]),
        ("Finding 2: The Board’s self-evaluation was not sufficiently evidence-based and did not identify the weaknesses found by the regulator.", [
            ("1.3", "Carry out an externally facilitated Board effectiveness review against the Regulatory Framework and the NHF Code of Governance 2020.",
             "Chair of Board / Company Secretary", "Q2 2025/26", "Green", "Reviewer appointed; interviews with Board members under way."),
            ("1.4", "Rebuild the annual self-evaluation process so that each Performance Standard is tested against evidence, with tenants involved in the challenge sessions.",
             "Director of Governance", "December 2025", "Amber", "New template drafted; tenant challenge sessions not yet scheduled."),
        ]),
    ]),
    ("2. Landlord health and safety compliance", [
        ("Finding 3: A backlog of overdue fire risk assessment actions and electrical installation condition reports (EICRs) remained in 2023/24.", [
            ("2.1", "Clear all overdue high-risk fire risk assessment actions.",
             "Head of Building Safety", "31/12/2024", "Complete", "All 143 high-risk actions closed and verified."),
            ("2.2", "Complete EICRs for all homes without a certificate dated within the last five years.",
             "Electrical Compliance Manager", "Original: March 2025\nRevised: October 2025", "Amber",
             "Compliance at 97.8%; remaining homes are no-access cases being progressed through the tenancy route."),
            ("2.3", "Implement a single compliance data system (replacing spreadsheets) with a weekly data quality check.",
             "Head of Building Safety; Head of ICT", "March 2026", "Green", "System procured; data migration planned for Q3."),
        ]),
    ]),
    ("3. Tenant voice and complaints", [
        ("Finding 4: Tenants did not have enough opportunities to scrutinise services and influence decisions.", [
            ("3.1", "Set up a Tenant Scrutiny Panel with its own terms of reference and an annual scrutiny programme agreed with Board.",
             "Head of Customer Engagement", "January 2025", "Complete", "Panel of 9 tenants established; first review on repairs communication."),
            ("3.2", "Publish tenant satisfaction and complaints performance to tenants each quarter, in Welsh and English.",
             "Head of Customer Engagement", "Ongoing – quarterly", "Green", "Q4 2024/25 results published in the May newsletter and online."),
        ]),
    ]),
]
DOCX_FILL = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic


def make_bron(path):
    doc = Document()
    doc.add_paragraph(BRON_TITLE, style="Title")
    doc.add_paragraph("Response to the Welsh Government Regulatory Judgement published 19 June 2024 — "
                      "Governance (including services): Compliant – Yellow; Financial viability: Compliant – Green")
    doc.add_paragraph("Progress position at 30 June 2025 – reported to Board on 24 July 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Change"]):
        set_text(t.rows[0].cells[c], h, bold=True)
    for row in [("1.0", "15/08/2024", "Director of Governance", "Plan approved by Board"),
                ("1.1", "16/01/2025", "Governance Officer", "Q3 progress added"),
                ("1.2", "10/07/2025", "Governance Officer", "Q1 2025/26 progress added; EICR date revised")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_text(cells[c], v)

    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for s, meaning in [("Complete", "Action delivered and evidence held"),
                       ("Green", "On track to meet target date"),
                       ("Amber", "At risk – mitigation in place"),
                       ("Red", "Target date missed or will be missed")]:
        cells = k.add_row().cells
        set_text(cells[0], s, bold=True)
        shade(cells[0], DOCX_FILL[s])
        set_text(cells[1], meaning)

    for section, findings in BRON:
        doc.add_heading(section, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(["Ref", "Improvement action", "Lead", "Target date", "Status", "Progress update"]):
            set_text(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "D9E2F3")
        for finding, acts in findings:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            set_text(merged, finding, italic=True)
            shade(merged, "F2F2F2")
            for (ref, action, lead, target, status, prog) in acts:
                cells = t.add_row().cells
                for c, v in enumerate([ref, action, lead, target, status, prog]):
                    set_text(cells[c], v)
                shade(cells[4], DOCX_FILL[status])
        doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to the Welsh Government regulation team at each "
                      "quarterly engagement meeting.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Hampshire and Isle of Wight Constabulary – HMICFRS vetting, misconduct
#    and misogyny recommendations tracker (docx)
# ---------------------------------------------------------------------------
HANTS_TITLE = "Hampshire and Isle of Wight Constabulary – Vetting, Misconduct and Misogyny Recommendations Tracker"
HANTS = [
    ("Vetting", [
        ("1", "By 30 April 2023, chief constables should make sure that vetting decisions are recorded with a clear rationale, including where adverse information is identified.", [
            ("1.1", "Introduce a mandatory rationale template in the Core-Vet system for all decisions where adverse information is found.",
             "Force Vetting Manager", "30/04/2023", "Complete"),
            ("1.2", "Dip-sample 10% of clearance decisions each month and report findings to the Professional Standards Board.",
             "Force Vetting Manager", "Monthly", "Green"),
        ]),
        ("5", "By 31 October 2023, chief constables should make sure that all officers and staff are subject to a vetting review when they are promoted or move to a designated post.", [
            ("5.1", "Map all designated posts and link the HR system to the vetting database so that moves trigger a review.",
             "Head of People Services / Force Vetting Manager", "31/10/2023\nRevised: 30/06/2024", "Amber"),
        ]),
    ]),
    ("Counter-corruption", [
        ("12", "By 31 October 2023, chief constables should make sure their counter-corruption units have enough capacity and capability to assess intelligence about abuse of position for a sexual purpose.", [
            ("12.1", "Recruit two additional intelligence analysts and a detective sergeant into the Anti-Corruption Unit.",
             "Head of Professional Standards", "September 2023", "Complete"),
            ("12.2", "Deploy proactive IT monitoring software across all Force devices.",
             "Head of Professional Standards; Chief Information Officer", "March 2024", "Green"),
        ]),
        ("16", "By 30 April 2023, chief constables should make sure that they have effective processes for identifying and recording abuse of position for a sexual purpose as serious corruption.", [
            ("16.1", "Update the counter-corruption control strategy and refer all APSP intelligence to the IOPC in line with the mandatory referral criteria.",
             "D/Supt Professional Standards", "November 2023", "Complete"),
        ]),
    ]),
    ("Misconduct and misogyny", [
        ("28", "By 31 March 2024, chief constables should make sure that misconduct investigations into sexual misconduct are carried out by trained investigators.", [
            ("28.1", "Deliver the College of Policing specialist sexual misconduct investigator training to all PSD investigators.",
             "PSD Training Lead", "Q4 2023/24", "Amber"),
        ]),
        ("36", "By 31 October 2023, chief constables should introduce a way for staff to report misogynistic and predatory behaviour anonymously.", [
            ("36.1", "Relaunch the Integrity Line as a confidential reporting route and publicise it through a ‘Speak Up’ campaign.",
             "Head of Professional Standards", "October 2023", "Complete"),
        ]),
    ]),
]


def make_hants(path):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    p = doc.add_paragraph("OFFICIAL")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(HANTS_TITLE, level=1)
    doc.add_paragraph("HMICFRS: An inspection of vetting, misconduct, and misogyny in the police service (November 2022)")
    doc.add_paragraph("Report to the Police and Crime Commissioner’s Accountability Board – 14 March 2024. "
                      "Chief officer lead: Deputy Chief Constable.")
    doc.add_paragraph("Status: Complete = recommendation implemented and evidence held; Green = on track; "
                      "Amber = at risk of missing the target date; Red = will not be met without intervention.")
    p = doc.add_paragraph("This tracker shows only the recommendations directed to chief constables that remain open, or "
                          "that have closed since September 2023.")
    p.runs[0].italic = True

    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in enumerate(["Rec", "HMICFRS recommendation", "Ref", "Force action", "Owner", "Target date", "Status"]):
        set_text(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "1F3864")
        for run in t.rows[0].cells[c].paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for theme, recs in HANTS:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[6])
        set_text(m, theme, bold=True)
        shade(m, "D9E2F3")
        for recno, rectext, acts in recs:
            first = None
            for (ref, action, owner, target, status) in acts:
                cells = t.add_row().cells
                if first is None:
                    first = cells
                for c, v in [(2, ref), (3, action), (4, owner), (5, target), (6, status)]:
                    set_text(cells[c], v)
                shade(cells[6], DOCX_FILL[status])
                last = cells
            if first is not last:
                a = first[0].merge(last[0])
                b = first[1].merge(last[1])
            else:
                a, b = first[0], first[1]
            set_text(a, recno)
            set_text(b, rectext)
    doc.add_paragraph("")
    doc.add_paragraph("Recommendations 2–4, 6–11, 13–15, 17–27 and 29–35 were reported as complete to the "
                      "Accountability Board in September 2023 and are not repeated here.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Newcastle-under-Lyme BC – auditor's annual report VFM recommendations
#    action plan (tab-separated text export)
# ---------------------------------------------------------------------------
NUL_TITLE = "Newcastle-under-Lyme Borough Council – Auditor's Annual Report 2023/24: Value for Money Recommendations Action Plan"
NUL = [
    ("Financial sustainability", [
        ("The Council should develop a robust savings programme to close the budget gap identified in the medium term financial strategy, with savings plans that are fully costed and monitored.", [
            ("KR1.1", "Establish a Savings Delivery Board chaired by the Chief Executive to track each savings proposal monthly.",
             "Chief Executive", "June 2025", "Complete", "Board meets monthly since May 2025."),
            ("KR1.2", "Produce fully costed business cases for all 2026/27 savings proposals before the draft budget is considered by Cabinet.",
             "Service Director – Finance (S151 Officer)", "Dec 2025", "On track",
             "14 of 19 business cases signed off by Savings Delivery Board.|Remaining 5 relate to the waste review and are due in November."),
        ]),
        ("The Council should review the level of its general fund reserves against its risk assessment.", [
            ("IR1.1", "Carry out a risk-based reserves assessment and include it in the 2026/27 budget report.",
             "Service Director – Finance (S151 Officer)", "February 2026", "On track", "Methodology agreed with the external auditor."),
        ]),
    ]),
    ("Governance", [
        ("The Council should ensure that the risk register is reviewed by the Audit and Standards Committee at least quarterly and that risk owners update their mitigations.", [
            ("IR2.1", "Move the strategic risk register to the GRACE system and report it to every Audit and Standards Committee.",
             "Head of Audit and Fraud", "30/09/2025", "Complete", "Reported to Committee in July and September 2025."),
        ]),
        ("The Council should strengthen the governance of its major regeneration projects, including the Ryecroft and York Street schemes, with clear reporting to Cabinet on cost, risk and delivery.", [
            ("IR3.1", "Introduce a Capital Programme Board with a standard highlight report for each major project.",
             "Deputy Chief Executive", "Q2 2025/26", "Complete", "Board established in August 2025."),
            ("IR3.2", "Report a consolidated project risk register for the regeneration programme to Cabinet twice a year.",
             "Deputy Chief Executive / Regeneration Programme Manager", "Ongoing", "On track", "First report to Cabinet 8 October 2025."),
        ]),
    ]),
    ("Improving economy, efficiency and effectiveness", [
        ("The Council should use benchmarking and performance data to assess value for money in its waste and recycling service.", [
            ("IR4.1", "Complete a benchmarking exercise with APSE for waste and recycling costs and performance.",
             "Head of Operations", "31 March 2026", "Not started", "APSE membership renewed; data return due January 2026."),
            ("IR4.2", "Report the findings and an improvement plan to the Economy and Place Scrutiny Committee.",
             "Head of Operations", "June 2026", "Not started", ""),
        ]),
    ]),
]


def make_nul(path):
    lines = [NUL_TITLE,
             "Audit and Standards Committee – 17 November 2025 (progress at 31 October 2025)",
             "Status key: Complete; On track; Amber = at risk of slipping; Red = target date missed; Not started",
             "",
             "\t".join(["Ref", "Recommendation", "Agreed action", "Responsible officer", "Target date", "Status", "Progress update"])]
    for area, recs in NUL:
        lines.append(area)
        for rec, acts in recs:
            for i, (ref, act, who, target, status, prog) in enumerate(acts):
                parts = prog.split("|")
                lines.append("\t".join([ref, rec if i == 0 else "", act, who, target, status, parts[0]]))
                for extra in parts[1:]:  # a wrapped progress cell, exported on its own line
                    lines.append("\t".join(["", "", "", "", "", "", extra]))
    lines.append("")
    lines.append("KR = key recommendation (significant weakness in arrangements); IR = improvement recommendation. "
                 "Source: external auditor’s report – Auditor's Annual Report 2023/24.")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. South Derbyshire DC – corporate risk register Q3 2025/26 (csv) – REFUSE
#    (one due date is typed "Febuary 2026")
# ---------------------------------------------------------------------------
SDDC_TITLE = "South Derbyshire District Council - Corporate Risk Register - Quarter 3 2025/26"
SDDC = [
    ("CR01", "Failure to deliver a balanced medium term financial plan", "Strategic Director (Corporate Resources)", 20, 16, 12, "Unchanged", [
        ("Deliver the 2026/27 budget savings programme agreed by Finance and Management Committee", "Head of Finance", "March 2026", "On track"),
        ("Review fees and charges and the commercial income strategy", "Head of Finance", "Jan-26", "Complete"),
    ]),
    ("CR02", "Cyber attack or major ICT failure disrupts council services", "Head of Business Change and ICT", 20, 12, 8, "Reducing", [
        ("Complete the Cyber Assessment Framework self-assessment and action plan", "ICT Manager", "31/03/2026", "On track"),
        ("Run a cyber incident exercise with the Corporate Management Team", "ICT Manager", "Febuary 2026", "On track"),
    ]),
    ("CR03", "Insufficient capacity to deliver the Local Plan review to the agreed timetable", "Head of Planning and Strategic Housing", 16, 12, 9, "Increasing", [
        ("Recruit to the two vacant Planning Policy Officer posts", "Planning Policy Manager", "Dec-25", "Amber"),
        ("Submit the Local Plan Part 1 review for examination", "Planning Policy Manager", "Sep-26", "On track"),
    ]),
    ("CR04", "Council homes do not meet health and safety compliance requirements", "Head of Housing", 20, 9, 6, "Reducing", [
        ("Complete outstanding fire risk assessment actions at sheltered schemes", "Housing Asset Manager", "31/12/2025", "Amber"),
        ("Report compliance data for the six key areas to Housing and Community Services Committee each quarter", "Head of Housing", "Quarterly", "On track"),
    ]),
]


def make_sddc(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([SDDC_TITLE])
        w.writerow(["Report to Audit Sub-Committee, 11 February 2026"])
        w.writerow([])
        w.writerow(["Risk ref", "Risk", "Risk owner", "Inherent score", "Residual score", "Target score", "Trend",
                    "Mitigating action", "Action owner", "Due date", "Action status"])
        for (ref, risk, owner, inh, res, tgt, trend, acts) in SDDC:
            for i, (act, aowner, due, status) in enumerate(acts):
                if i == 0:
                    w.writerow([ref, risk, owner, inh, res, tgt, trend, act, aowner, due, status])
                else:
                    w.writerow(["", "", "", "", "", "", "", act, aowner, due, status])
        w.writerow([])
        w.writerow(["Scores are likelihood x impact (1-5 each). Risks scoring 15 or above are reported to Audit Sub-Committee."])


FILES = {
    "ng2-bolton-council-asc-cqc-assessment-improvement-plan.xlsx": make_bolton,
    "ng2-dorset-police-opcc-jiac-internal-audit-recommendations-tracker.xlsx": make_dorset,
    "ng2-lichfield-dc-transformation-programme-highlight-report-q2-2025-26.xlsx": make_lichfield,
    "ng2-bron-afon-community-housing-regulatory-judgement-improvement-plan.docx": make_bron,
    "ng2-hampshire-iow-constabulary-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker.docx": make_hants,
    "ng2-newcastle-under-lyme-bc-auditors-annual-report-2023-24-vfm-recommendations-action-plan.txt": make_nul,
    "ng2-south-derbyshire-dc-corporate-risk-register-q3-2025-26-typo-month-refuse.csv": make_sddc,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
