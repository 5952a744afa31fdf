#!/usr/bin/env python3
"""Build the seven zen- blind test files (set heldout804).

Run with /work/main/.venv/bin/python zen_make.py  (needs openpyxl, python-docx).
Writes only files whose names start with "zen-" in this folder.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zen-")
    return os.path.join(HERE, name)


D = dt.datetime

# colours
BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
DARK = "1F3864"


def fill(hex6):
    return PatternFill(start_color="FF" + hex6, end_color="FF" + hex6, fill_type="solid")


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
WHITE_BOLD = Font(bold=True, color="FFFFFFFF")


def put(ws, row, col, value, *, bold=False, fillc=None, datefmt=False, border=True, font=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if border:
        c.border = BOX
    if bold:
        c.font = BOLD
    if font is not None:
        c.font = font
    if fillc:
        c.fill = fill(fillc)
    if datefmt:
        c.number_format = "dd/mm/yyyy"
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Waterways Ireland - Risk and Audit Committee internal audit tracker (xlsx)
# ---------------------------------------------------------------------------
def waterways_ireland():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    widths(cover, [28, 70])
    put(cover, 1, 1, "Waterways Ireland – Internal Audit Recommendations Tracker", border=False,
        font=Font(bold=True, size=14))
    cover.merge_cells("A1:B1")
    put(cover, 2, 1, "Risk and Audit Committee – 18 November 2025", border=False, bold=True)
    cover.merge_cells("A2:B2")
    put(cover, 3, 1, "Position as at 31 October 2025", border=False)
    cover.merge_cells("A3:B3")
    r = 5
    put(cover, r, 1, "Prepared by", bold=True)
    put(cover, r, 2, "Corporate Governance Unit, Enniskillen")
    put(cover, r + 1, 1, "Internal audit provider", bold=True)
    put(cover, r + 1, 2, "Internal Audit Service (outsourced) – 2024 and 2025 audit plans")
    put(cover, r + 2, 1, "Purpose", bold=True)
    put(cover, r + 2, 2, "To update the Committee on the implementation of internal audit "
                        "recommendations. Recommendations reported as implemented are shown once "
                        "and then removed from the tracker.")
    r = 9
    put(cover, r, 1, "Priority ratings", bold=True, fillc=GREY)
    put(cover, r, 2, "", fillc=GREY)
    put(cover, r + 1, 1, "Priority 1")
    put(cover, r + 1, 2, "Failure to implement could lead to a significant weakness in the system of "
                        "control; action required urgently.")
    put(cover, r + 2, 1, "Priority 2")
    put(cover, r + 2, 2, "Failure to implement could undermine the system of control; action "
                        "required within six months.")
    put(cover, r + 3, 1, "Priority 3")
    put(cover, r + 3, 2, "Action advised to enhance control or improve operational efficiency.")
    r = 14
    put(cover, r, 1, "RAG key (tracker column I)", bold=True, fillc=GREY)
    put(cover, r, 2, "", fillc=GREY)
    put(cover, r + 1, 1, "", fillc=BLUE)
    put(cover, r + 1, 2, "Implemented – evidence seen by Internal Audit")
    put(cover, r + 2, 1, "", fillc=GREEN)
    put(cover, r + 2, 2, "Not yet implemented – on track for target date")
    put(cover, r + 3, 1, "", fillc=AMBER)
    put(cover, r + 3, 2, "Partially implemented – revised target date agreed")
    put(cover, r + 4, 1, "", fillc=RED)
    put(cover, r + 4, 2, "Not implemented – target date passed")
    put(cover, r + 5, 1, "(no colour)")
    put(cover, r + 5, 2, "Not yet due – update not required this period")

    summ = wb.create_sheet("Summary")
    widths(summ, [58, 10, 13, 13, 13, 11, 10])
    put(summ, 1, 1, "Summary of recommendations by audit", border=False, font=Font(bold=True, size=12))
    hdr = ["Audit", "Total", "Implemented", "Partially implemented", "Not implemented",
           "Not yet due", "Overdue"]
    for i, h in enumerate(hdr, 1):
        put(summ, 3, i, h, bold=True, fillc=GREY)
    rows = [
        ["2024 Audit 3: Procurement and Contract Management", 3, 1, 1, 1, 0, 1],
        ["2024 Audit 5: Health and Safety – Lone Working", 2, 1, 1, 0, 0, 0],
        ["2025 Audit 1: Information Governance and GDPR", 3, 0, 1, 0, 2, 0],
    ]
    for j, row in enumerate(rows, 4):
        for i, v in enumerate(row, 1):
            put(summ, j, i, v)
    tot = ["Total", 8, 2, 3, 1, 2, 1]
    for i, v in enumerate(tot, 1):
        put(summ, 7, i, v, bold=True)

    ws = wb.create_sheet("Tracker")
    widths(ws, [7, 9, 46, 46, 24, 13, 13, 18, 6, 44])
    put(ws, 1, 1, "Waterways Ireland – Internal Audit Recommendations Tracker", border=False,
        font=Font(bold=True, size=13))
    ws.merge_cells("A1:J1")
    put(ws, 2, 1, "Position as at 31 October 2025 – for Risk and Audit Committee, 18 November 2025",
        border=False)
    ws.merge_cells("A2:J2")
    hdr = ["Ref", "Priority", "Recommendation", "Management Response / Agreed Action",
           "Responsible Officer", "Original Target Date", "Revised Target Date",
           "Implementation Status", "RAG", "Progress Update (October 2025)"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, font=WHITE_BOLD, fillc=DARK)
    ws.freeze_panes = "A5"

    groups = [
        ("2024 Audit 3: Procurement and Contract Management – Limited Assurance", [
            ("3.1", "Priority 1",
             "A central contracts register should be established and maintained, recording all "
             "contracts above €5,000 (or sterling equivalent) with start and end dates, value, "
             "procurement route and contract owner.",
             "Corporate Procurement Unit to establish a single contracts register on SharePoint "
             "and require each Directorate to submit a quarterly return.",
             "Head of Procurement", D(2025, 3, 31), D(2025, 6, 30), "Implemented", BLUE,
             "Register live from June 2025; Q2 returns received from all Directorates. "
             "Evidence reviewed by Internal Audit in September 2025."),
            ("3.2", "Priority 1",
             "Single tender actions should be approved in advance in line with the Financial "
             "Memorandum and reported to the Risk and Audit Committee.",
             "Revise the Single Tender Action (STA) approval form to require prior sign-off by "
             "the Chief Executive.\nPresent a quarterly STA report to the Risk and Audit Committee.",
             "Director of Finance & Personnel / Head of Procurement", D(2025, 3, 31),
             D(2025, 12, 31), "Partially implemented", AMBER,
             "Revised form in use since April 2025. First quarterly STA report to be presented "
             "in December 2025."),
            ("3.3", "Priority 2",
             "Staff with contract management responsibilities should receive training in "
             "contract monitoring and performance management.",
             "Deliver contract management training to all named contract owners and record "
             "attendance on the learning system.",
             "Head of HR & Organisational Development", D(2025, 9, 30), None, "Not implemented",
             RED,
             "Training provider procurement delayed; course now scheduled for January 2026."),
        ]),
        ("2024 Audit 5: Health and Safety – Lone Working – Satisfactory Assurance", [
            ("5.1", "Priority 2",
             "The Lone Working Procedure should be reviewed to reflect current operational "
             "practice.",
             "Revise the Lone Working Procedure to reflect current practice on the navigations, "
             "including out-of-hours lock and bridge keeper duties.",
             "Health & Safety Manager", D(2025, 6, 30), None, "Implemented", BLUE,
             "Revised procedure approved by SMT on 10 June 2025 and issued to all staff."),
            ("5.2", "Priority 2",
             "Lone worker devices should be tested regularly and faults recorded and followed up.",
             "Introduce a monthly test log for lone worker devices in each Regional Office, with "
             "compliance reported to the Health and Safety Committee.",
             "Regional Operations Managers", D(2025, 10, 31), "End March 2026",
             "Partially implemented", AMBER,
             "Test logs in place in Western and Northern Regions; Eastern Region to follow "
             "after device replacement."),
        ]),
        ("2025 Audit 1: Information Governance and GDPR – Limited Assurance", [
            ("1.1", "Priority 1",
             "A complete Record of Processing Activities (ROPA) should be prepared and privacy "
             "notices updated accordingly.",
             "Complete the ROPA for all Directorates and publish updated privacy notices on the "
             "website.",
             "Data Protection Officer", D(2025, 9, 30), D(2026, 1, 31), "Partially implemented",
             AMBER,
             "ROPA complete for Finance, HR and Corporate Services; Operations and Marketing "
             "outstanding."),
            ("1.2", "Priority 2",
             "Personal data breaches should be recorded centrally and reviewed by senior "
             "management.",
             "Introduce a central data breach log maintained by the DPO, with breaches reviewed "
             "at each Senior Management Team meeting.",
             "Data Protection Officer; Corporate Secretary", D(2025, 12, 31), None,
             "Not yet due", GREEN,
             "Log template drafted; on track for go-live from 1 December 2025."),
            ("1.3", "Priority 3",
             "The Records Retention and Disposal Schedule should be updated and communicated.",
             "Update the Records Retention and Disposal Schedule and issue it to all staff.",
             "Corporate Secretary", D(2026, 3, 31), None, "Not yet due", None, ""),
        ]),
    ]
    r = 5
    for title, recs in groups:
        put(ws, r, 1, title, bold=True, fillc=GREY)
        for c in range(2, 11):
            put(ws, r, c, None, fillc=GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for (ref, pr, rec, act, off, od, rd, st, rag, upd) in recs:
            put(ws, r, 1, ref)
            put(ws, r, 2, pr)
            put(ws, r, 3, rec)
            put(ws, r, 4, act)
            put(ws, r, 5, off)
            put(ws, r, 6, od, datefmt=True)
            put(ws, r, 7, rd, datefmt=isinstance(rd, dt.datetime))
            put(ws, r, 8, st)
            put(ws, r, 9, None, fillc=rag)
            put(ws, r, 10, upd if upd else None)
            r += 1
    r += 1
    put(ws, r, 1, "Note: recommendations shown as Implemented will be removed from the tracker "
                  "after this meeting. RAG key on the Cover sheet.", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    put(ws, r + 1, 1, "Total recommendations reported: 8", border=False, bold=True)
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=10)
    wb.save(out("zen-waterways-ireland-risk-and-audit-committee-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Bernicia Group - strategic risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def bernicia():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    widths(s, [8, 46, 30, 12, 12, 12])
    put(s, 1, 1, "Bernicia Group – Strategic Risk Register 2025/26", border=False,
        font=Font(bold=True, size=14))
    s.merge_cells("A1:F1")
    put(s, 2, 1, "Quarter 2 review – Group Audit & Risk Committee, 11 November 2025", border=False)
    s.merge_cells("A2:F2")
    for i, h in enumerate(["Ref", "Strategic risk", "Risk owner", "Inherent", "Residual",
                           "Trend"], 1):
        put(s, 4, i, h, font=WHITE_BOLD, fillc=DARK)
    summ = [
        ("SR1", "Building and tenant safety", "Executive Director of Assets", 20, 12, "↔"),
        ("SR2", "Financial viability and covenant compliance", "Executive Director of Finance",
         20, 10, "↑"),
        ("SR3", "Compliance with the Consumer Standards", "Chief Executive", 16, 9, "↓"),
        ("SR4", "Cyber security and data loss", "Executive Director of Resources", 20, 15, "↑"),
    ]
    scol = {12: AMBER, 10: AMBER, 9: GREEN, 15: RED, 16: RED, 20: RED}
    for j, row in enumerate(summ, 5):
        for i, v in enumerate(row, 1):
            put(s, j, i, v, fillc=scol.get(v) if i in (4, 5) else None)
    put(s, 10, 1, "Residual scores: 1–6 green (within appetite), 8–12 amber, 15–25 red.",
        border=False)
    s.merge_cells("A10:F10")

    ws = wb.create_sheet("Register")
    widths(ws, [22, 34, 20, 11, 36, 11, 44, 24, 12, 9, 9, 40])
    put(ws, 1, 1, "Bernicia Group – Strategic Risk Register 2025/26", border=False,
        font=Font(bold=True, size=13))
    ws.merge_cells("A1:L1")
    put(ws, 2, 1, "Quarter 2 review – Group Audit & Risk Committee, 11 November 2025", border=False)
    ws.merge_cells("A2:L2")
    put(ws, 3, 1, "Action RAG:  B = complete   G = on track   A = some slippage   "
                  "R = off track / overdue", border=False)
    ws.merge_cells("A3:L3")
    hdr = ["Risk", "Risk description (cause – event – effect)", "Risk owner",
           "Inherent score (L x I)", "Key controls in place", "Residual score (L x I)",
           "Further action required", "Action owner", "Target date", "Previous RAG",
           "Current RAG", "Progress update (Q2)"]
    for i, h in enumerate(hdr, 1):
        put(ws, 5, i, h, font=WHITE_BOLD, fillc=DARK)
    ws.freeze_panes = "A6"
    ragc = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    objectives = [
        ("Strategic Objective 1: Safe, warm and well-maintained homes", [
            ("SR1 Building and tenant safety",
             "Failure to meet statutory compliance (gas, electrical, fire, water, asbestos, lifts) "
             "or to respond to damp and mould within required timescales, leading to harm to "
             "customers, regulatory action and reputational damage.",
             "Executive Director of Assets", "4 x 5 = 20",
             "Compliance dashboard reported monthly to Executive and quarterly to Board; "
             "third-party audit of gas and fire safety; Building Safety Manager in post.",
             ("3 x 4 = 12", AMBER), [
                 ("Implement the revised damp and mould procedure to meet Awaab's Law timescales "
                  "from 27 October 2025.", "Head of Repairs & Maintenance", D(2025, 10, 31),
                  "A", "B", "Procedure live from 27 October; staff briefings complete."),
                 ("Complete the remaining 112 Type 3 fire risk assessments for general needs "
                  "blocks.", "Head of Building Safety", D(2025, 12, 31), "A", "G",
                  "64 of 112 complete; contractor resourcing increased."),
                 ("Procure and mobilise a compliance data system to replace spreadsheet "
                  "tracking.", "Head of Building Safety / Head of ICT", D(2026, 3, 31), "G", "A",
                  "Tender evaluation extended by four weeks following clarification questions."),
             ]),
        ]),
        ("Strategic Objective 2: Strong and sustainable finances", [
            ("SR2 Financial viability and covenant compliance",
             "Cost inflation, rent policy and higher investment in existing homes reduce "
             "interest cover, leading to a breach of loan covenants or golden rules.",
             "Executive Director of Finance", "4 x 5 = 20",
             "Treasury management policy; monthly management accounts; covenant headroom "
             "monitored by Finance Committee.",
             ("2 x 5 = 10", AMBER), [
                 ("Refresh the 30-year business plan with stress testing of combined downside "
                  "scenarios and mitigation plans.", "Head of Financial Planning",
                  D(2025, 12, 31), "G", "G",
                  "Scenarios agreed with Finance Committee in October; Board approval December."),
                 ("Deliver the £1.2m efficiency savings programme for 2025/26.",
                  "Executive Director of Finance", "Q4 2025/26", "G", "A",
                  "£0.7m secured to date; procurement savings behind plan."),
             ]),
        ]),
        ("Strategic Objective 3: Excellent customer service", [
            ("SR3 Compliance with the Consumer Standards",
             "Failure to meet the Regulator of Social Housing's Consumer Standards, evidenced "
             "through Tenant Satisfaction Measures and inspection, leading to a C3 or C4 "
             "grading.",
             "Chief Executive", "4 x 4 = 16",
             "Annual self-assessment; TSM reporting to Board; Customer Scrutiny Panel.",
             ("3 x 3 = 9", GREEN), [
                 ("Complete the self-assessment against the four Consumer Standards and report "
                  "the outcome to Board.", "Head of Governance", D(2025, 9, 30), "G", "B",
                  "Reported to Board 25 September 2025."),
                 ("Carry out stock condition surveys of 20% of homes (2025/26 tranche of the "
                  "five-year cycle).", "Asset Manager", D(2026, 3, 31), "G", "G",
                  "1,310 of 2,700 surveys complete."),
                 ("Prepare for RSH inspection: maintain the evidence library and hold a mock "
                  "inspection with an external reviewer.",
                  "Head of Governance; Executive Director of Customer Services", "Ongoing",
                  "A", "G", "Mock inspection held 14 October; actions being tracked."),
             ]),
        ]),
        ("Strategic Objective 4: An effective and resilient organisation", [
            ("SR4 Cyber security and data loss",
             "A cyber attack or system failure results in loss of systems or customer data, "
             "disrupting services and causing regulatory and reputational harm.",
             "Executive Director of Resources", "4 x 5 = 20",
             "Managed security service; multi-factor authentication; immutable backups; "
             "phishing simulation.",
             ("3 x 5 = 15", RED), [
                 ("Achieve Cyber Essentials Plus accreditation.", "Head of ICT",
                  D(2026, 2, 28), "A", "R",
                  "Assessment failed on legacy devices; remediation plan in progress."),
                 ("Run a cyber incident tabletop exercise with the Executive Team.",
                  "Head of ICT", D(2025, 11, 30), "G", "G",
                  "Exercise booked for 20 November 2025."),
             ]),
        ]),
    ]
    r = 6
    for obj, risks in objectives:
        put(ws, r, 1, obj, bold=True, fillc=GREY)
        for c in range(2, 13):
            put(ws, r, c, None, fillc=GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        for (risk, desc, owner, inh, ctrls, (res, resc), actions) in risks:
            first = r
            for k, (act, aown, tgt, prev, cur, upd) in enumerate(actions):
                if k == 0:
                    put(ws, r, 1, risk, bold=True)
                    put(ws, r, 2, desc)
                    put(ws, r, 3, owner)
                    put(ws, r, 4, inh)
                    put(ws, r, 5, ctrls)
                    put(ws, r, 6, res, fillc=resc)
                else:
                    for c in range(1, 7):
                        put(ws, r, c, None)
                put(ws, r, 7, act)
                put(ws, r, 8, aown)
                put(ws, r, 9, tgt, datefmt=isinstance(tgt, dt.datetime))
                put(ws, r, 10, prev, fillc=ragc[prev])
                put(ws, r, 11, cur, fillc=ragc[cur])
                put(ws, r, 12, upd)
                r += 1
            if r - 1 > first:
                for c in range(1, 7):
                    ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)

    key = wb.create_sheet("Scoring key")
    widths(key, [14, 60])
    put(key, 1, 1, "Risk scoring", border=False, font=Font(bold=True, size=12))
    rows = [("Likelihood", "1 Rare – 5 Almost certain"),
            ("Impact", "1 Insignificant – 5 Severe"),
            ("Score", "Likelihood x Impact"),
            ("1–6", "Green – within appetite"),
            ("8–12", "Amber – monitor, further action planned"),
            ("15–25", "Red – outside appetite, escalate to Board")]
    for j, (a, b) in enumerate(rows, 3):
        put(key, j, 1, a, bold=True)
        put(key, j, 2, b)
    wb.save(out("zen-bernicia-group-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. NHS Greater Glasgow and Clyde - HSE improvement notices tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def nhsggc():
    wb = Workbook()
    n = wb.active
    n.title = "Notices"
    widths(n, [16, 44, 40, 14, 16, 18])
    put(n, 1, 1, "NHS Greater Glasgow and Clyde", border=False, font=Font(bold=True, size=14))
    put(n, 2, 1, "HSE Improvement Notices – Action Tracker", border=False,
        font=Font(bold=True, size=12))
    put(n, 3, 1, "Health and Safety Forum / Staff Governance Committee – update as at "
                 "7 November 2025", border=False)
    hdr = ["Notice no.", "Subject", "Legislation", "Date served", "Compliance date",
           "Extended compliance date"]
    for i, h in enumerate(hdr, 1):
        put(n, 5, i, h, font=WHITE_BOLD, fillc=DARK)
    put(n, 6, 1, "IN 1 – 320184702")
    put(n, 6, 2, "Violence and aggression – risk assessment in adult mental health inpatient wards")
    put(n, 6, 3, "Management of Health and Safety at Work Regulations 1999, regulation 3(1)")
    put(n, 6, 4, D(2025, 6, 12), datefmt=True)
    put(n, 6, 5, D(2025, 12, 12), datefmt=True)
    put(n, 6, 6, "–")
    put(n, 7, 1, "IN 2 – 320184703")
    put(n, 7, 2, "Musculoskeletal disorders – patient handling in care of the elderly wards")
    put(n, 7, 3, "Manual Handling Operations Regulations 1992, regulation 4(1)(b)")
    put(n, 7, 4, D(2025, 6, 12), datefmt=True)
    put(n, 7, 5, D(2025, 12, 12), datefmt=True)
    put(n, 7, 6, D(2026, 3, 31), datefmt=True)
    put(n, 9, 1, "Status key: Complete (blue) – evidence accepted by HSE inspector; "
                 "On track (green); At risk (amber); Overdue (red).", border=False)
    n.merge_cells("A9:F9")

    ws = wb.create_sheet("Action Tracker")
    widths(ws, [7, 52, 30, 15, 36, 12, 40])
    put(ws, 1, 1, "HSE Improvement Notices – Action Tracker", border=False,
        font=Font(bold=True, size=13))
    ws.merge_cells("A1:G1")
    put(ws, 2, 1, "Owner: Head of Health and Safety.  Updated 7 November 2025.", border=False)
    ws.merge_cells("A2:G2")
    hdr = ["No.", "Action", "Lead(s)", "Due date", "Evidence of completion", "Status",
           "Comments"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, font=WHITE_BOLD, fillc=DARK)
    stc = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}
    sections = [
        ("Improvement Notice 1 (320184702) – Violence and aggression, adult mental health "
         "inpatient wards", [
            ("Schedule item 1: Carry out suitable and sufficient risk assessments of the risk "
             "to staff from violence and aggression on each adult mental health inpatient ward.", [
                ("1.1", "Complete ward-level violence and aggression risk assessments for all "
                        "23 adult inpatient wards using the revised template.",
                 "Clinical Service Managers (Adult Mental Health)", D(2025, 9, 30),
                 "Signed assessments held on Datix Cloud IQ", "Complete", ""),
                ("1.2", "Quality-assure a 25% sample of ward risk assessments through the "
                        "Health and Safety Service.",
                 "Health and Safety Adviser", "31/10/2025", "QA report to H&S Forum",
                 "Complete", "Sample of 6 wards reviewed; two reassessed."),
            ]),
            ("Schedule item 2: Review and implement control measures identified by the risk "
             "assessments, including staffing, alarms and environment.", [
                ("1.3", "Replace personal attack alarm system at Leverndale and Stobhill "
                        "inpatient units.",
                 "Head of Estates / eHealth Infrastructure Manager", "Nov 2025",
                 "Commissioning certificate", "At risk",
                 "Equipment delivery delayed by supplier."),
                ("1.4", "Deliver refreshed prevention and management of violence and "
                        "aggression training to 90% of ward staff.",
                 "Learning and Education Lead", "Febuary 2026",
                 "Training compliance report", "On track", "78% at end October."),
            ]),
        ]),
        ("Improvement Notice 2 (320184703) – Patient handling, care of the elderly wards", [
            ("Schedule item 1: Make suitable and sufficient assessments of patient handling "
             "operations that cannot be avoided.", [
                ("2.1", "Complete individual patient handling assessments on admission, "
                        "recorded in the nursing documentation.",
                 "Chief Nurse, Regional Services", "31/12/2025",
                 "Monthly documentation audit", "On track", ""),
                ("2.2", "Audit availability and servicing of hoists, slings and slide sheets "
                        "on each ward.",
                 "Moving and Handling Co-ordinator", D(2025, 10, 31),
                 "Equipment audit report", "Overdue", "Report drafted; awaiting sign-off."),
            ]),
            ("Schedule item 2: Reduce the risk of injury to staff to the lowest level "
             "reasonably practicable.", [
                ("2.3", "Appoint a moving and handling key worker on every care of the "
                        "elderly ward.",
                 "Senior Charge Nurses", "Jan 2026", "Key worker register", "On track", ""),
                ("2.4", "Purchase additional ceiling track hoists for bariatric side rooms.",
                 "Head of Estates", "31/03/2026", "Purchase order and installation sign-off",
                 "On track", "Capital funding approved October 2025."),
            ]),
        ]),
    ]
    r = 5
    typo_row = None
    for title, items in sections:
        put(ws, r, 1, title, bold=True, fillc=GREY)
        for c in range(2, 8):
            put(ws, r, c, None, fillc=GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for req, acts in items:
            put(ws, r, 1, req, font=Font(italic=True, bold=True))
            for c in range(2, 8):
                put(ws, r, c, None)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for (no, act, lead, due, ev, st, com) in acts:
                put(ws, r, 1, no)
                put(ws, r, 2, act)
                put(ws, r, 3, lead)
                put(ws, r, 4, due, datefmt=isinstance(due, dt.datetime))
                put(ws, r, 5, ev)
                put(ws, r, 6, st, fillc=stc[st])
                put(ws, r, 7, com if com else None)
                if due == "Febuary 2026":
                    typo_row = r
                r += 1
    wb.save(out("zen-nhs-greater-glasgow-and-clyde-hse-improvement-notices-action-tracker-typo-month-refuse.xlsx"))
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


def cell_text(cell, text, bold=False, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if i < len(lines) - 1:
            run.add_break()


# ---------------------------------------------------------------------------
# 4. Royal Society for Blind Children - Charity Commission action plan (docx)
# ---------------------------------------------------------------------------
def rsbc():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Charity Commission Regulatory Compliance Case: Trustees' Action Plan",
                      style="Title")
    doc.add_paragraph("Royal Society for Blind Children").runs[0].bold = True
    doc.add_paragraph("Progress update for the Board of Trustees – October 2025")

    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        cell_text(c, h, bold=True)
        shade(c, GREY)
    for row in [("1.0", "20 March 2025", "Company Secretary", "Board of Trustees"),
                ("1.1", "19 June 2025", "Company Secretary", "Audit and Risk Committee"),
                ("1.2", "23 October 2025", "Company Secretary", "Board of Trustees")]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v)

    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "In December 2024 the Charity Commission opened a regulatory compliance case following "
        "a serious incident report. The Commission's letter of 11 February 2025 set out "
        "regulatory advice and guidance to the trustees under section 15(2) of the Charities "
        "Act 2011. This plan sets out the trustees' actions in response. It is reviewed at "
        "every Board meeting and shared with the Commission's case officer.")

    doc.add_heading("Status key", level=2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for row, (col, label) in zip(key.rows, [
            (BLUE, "Complete"), (GREEN, "On track"),
            (AMBER, "Some slippage – revised date agreed"),
            (RED, "Off track – escalated to the Board")]):
        cell_text(row.cells[0], "")
        shade(row.cells[0], col)
        cell_text(row.cells[1], label)

    stc = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Off track": RED}
    areas = [
        ("Area 1: Trustee oversight and decision-making", [
            ("Advice 1: The trustees should put in place a written scheme of delegation that "
             "sets out clearly which decisions are reserved to the Board and which are "
             "delegated to the Chief Executive and senior staff.", [
                ("1.1", "Draft and adopt a scheme of delegation and schedule of matters "
                        "reserved for the Board.", "Company Secretary", "March 2025",
                 "Adopted by the Board on 20 March 2025.", "Complete"),
                ("1.2", "Review the scheme of delegation after any change to the senior "
                        "leadership structure and at least every year.", "Company Secretary",
                 "March 2026", "First annual review scheduled for the March 2026 Board.",
                 "On track"),
            ]),
            ("Advice 2: Trustees must receive sufficient and timely information to hold the "
             "executive to account, including on safeguarding, complaints and serious "
             "incidents.", [
                ("1.3", "Introduce a quarterly integrated assurance report to the Board covering "
                        "safeguarding, complaints, serious incidents and key risks.",
                 "Chief Executive / Director of Quality and Safeguarding",
                 "June 2025 (revised: September 2025)",
                 "First report received by the Board on 25 September 2025.", "Complete"),
            ]),
        ]),
        ("Area 2: Safeguarding", [
            ("Advice 3: The trustees should ensure that safeguarding policies are reviewed, "
             "that all staff and volunteers receive training appropriate to their role, and "
             "that DBS checks are in place and renewed.", [
                ("2.1", "Appoint a trustee safeguarding lead and establish a Safeguarding "
                        "Committee of the Board with written terms of reference.",
                 "Chair of Trustees", "April 2025",
                 "Committee met for the first time on 8 May 2025.", "Complete"),
                ("2.2", "Complete a full audit of DBS checks for all staff, volunteers and "
                        "trustees and introduce a three-yearly renewal cycle.",
                 "Director of People", "By 30 September 2025",
                 "Audit complete for staff and trustees; volunteer checks 82% complete.",
                 "Some slippage"),
                ("2.3", "Refresh mandatory safeguarding training for all staff and volunteers, "
                        "with level 3 training for designated safeguarding leads.",
                 "Head of Safeguarding", "Q3 2025/26",
                 "Level 3 training booked for November; e-learning completion at 71%.",
                 "On track"),
            ]),
        ]),
        ("Area 3: Financial controls and reporting", [
            ("Advice 4: The trustees must ensure the charity's annual report and accounts are "
             "filed on time and that restricted funds are properly identified and accounted "
             "for.", [
                ("3.1", "File the 2024/25 annual report and accounts with the Commission by the "
                        "statutory deadline.", "Director of Finance and Resources",
                 "31 January 2026", "Audit fieldwork under way; no issues reported to date.",
                 "On track"),
                ("3.2", "Reconcile all restricted funds held and report the restricted funds "
                        "position to the Finance and Audit Committee each quarter.",
                 "Director of Finance and Resources; Treasurer", "Jul-25",
                 "Reconciliation completed and reported in July 2025.", "Complete"),
            ]),
        ]),
        ("Area 4: Serious incident reporting", [
            ("Advice 5: The trustees should report serious incidents to the Commission promptly "
             "and have a clear internal procedure for identifying and escalating them.", [
                ("4.1", "Adopt a serious incident reporting policy aligned to Commission "
                        "guidance and brief all managers on it.", "Company Secretary",
                 "November 2025",
                 "Draft policy delayed by vacancy in the Company Secretary role; escalated "
                 "to the Board.", "Off track"),
                ("4.2", "Keep a log of all incidents considered for reporting and review it at "
                        "each Audit and Risk Committee meeting.", "Company Secretary",
                 "Ongoing", "Log in place; reviewed at the September committee.", "On track"),
            ]),
        ]),
    ]
    for heading, advices in areas:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Target date",
                                          "Progress (October 2025)", "Status"]):
            cell_text(c, h, bold=True)
            shade(c, GREY)
        for advice, acts in advices:
            cells = t.add_row().cells
            merged = cells[0].merge(cells[5])
            cell_text(merged, advice, italic=True)
            shade(merged, "DEEAF6")
            for (ref, act, lead, tgt, prog, st) in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, lead, tgt, prog, st]):
                    cell_text(c, v)
                shade(cells[5], stc[st])
    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, v in zip(so.rows[0].cells, ["Approved on behalf of the Board of Trustees", "Role",
                                       "Date"]):
        cell_text(c, v, bold=True)
    for c, v in zip(so.rows[1].cells, ["Signed copy held by the Company Secretary",
                                       "Chair of Trustees", "23 October 2025"]):
        cell_text(c, v)
    doc.save(out("zen-royal-society-for-blind-children-charity-commission-regulatory-compliance-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Orkney Islands Council - Ferry Replacement Programme highlight report (docx)
# ---------------------------------------------------------------------------
def orkney():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Orkney Islands Council").bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Ferry Replacement Programme – Highlight Report", style="Title")

    det = doc.add_table(rows=0, cols=2)
    det.style = "Table Grid"
    for a, b in [("Programme", "Ferry Replacement Programme – Phase 1 (Outer North Isles)"),
                 ("Report number", "14"),
                 ("Reporting period", "1 to 31 October 2025"),
                 ("Senior Responsible Owner", "Corporate Director, Neighbourhood Services and "
                                              "Infrastructure"),
                 ("Prepared by", "Programme Manager"),
                 ("Report to", "Ferry Replacement Programme Board – 12 November 2025")]:
        cells = det.add_row().cells
        cell_text(cells[0], a, bold=True)
        shade(cells[0], GREY)
        cell_text(cells[1], b)

    doc.add_heading("1. Overall status", level=1)
    st = doc.add_table(rows=1, cols=4)
    st.style = "Table Grid"
    for c, h in zip(st.rows[0].cells, ["Area", "Last period", "This period", "Commentary"]):
        cell_text(c, h, bold=True)
        shade(c, GREY)
    for area, last, this, comm in [
            ("Overall", AMBER, AMBER, "Tender issued on time; funding confirmation for "
                                      "construction phase still awaited."),
            ("Schedule", GREEN, AMBER, "Landside ground investigation two weeks behind plan."),
            ("Budget", AMBER, AMBER, "Vessel cost estimates under review against the "
                                     "Outline Business Case allowance."),
            ("Scope", GREEN, GREEN, "No change to Phase 1 scope (four vessels, Eday, Sanday, "
                                    "Stronsay and Westray routes)."),
            ("Resources", RED, AMBER, "Naval architect support extended; marine engineer "
                                      "vacancy filled from 3 November.")]:
        cells = st.add_row().cells
        cell_text(cells[0], area, bold=True)
        cell_text(cells[1], "")
        shade(cells[1], last)
        cell_text(cells[2], "")
        shade(cells[2], this)
        cell_text(cells[3], comm)

    doc.add_heading("2. Progress this period", level=1)
    for b in ["Invitation to Tender for the design and build of four vessels issued on "
              "27 October 2025.",
              "Ferries Taskforce met on 15 October; Scottish Government officials attended the "
              "Programme Board as observers.",
              "Community drop-in sessions arranged for November on all four Phase 1 islands."]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("3. Workstream actions", level=1)
    doc.add_paragraph("RAG: Blue = complete; Green = on track; Amber = at risk; "
                      "Red = off track or overdue.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Action", "Owner", "Due", "RAG", "Update"]):
        cell_text(c, h, bold=True)
        shade(c, GREY)
    ws_rows = [
        ("Workstream 1: Vessel design and procurement", [
            ("1.1", "Issue the Invitation to Tender for the design and build of four Outer "
                    "North Isles vessels", "Programme Manager", "Oct-25", BLUE,
             "ITT published on Public Contracts Scotland on 27 October 2025."),
            ("1.2", "Hold tenderer clarification sessions and publish responses to all bidders",
             "Programme Manager / Procurement Manager", "w/c 17/11/25", GREEN,
             "Sessions booked; five bidders registered."),
            ("1.3", "Confirm fuel and propulsion specification (hybrid diesel-electric with "
                    "battery readiness) with the naval architect", "Marine Superintendent",
             "Dec-25", AMBER, "Shore power capacity at Kirkwall still to be confirmed."),
        ]),
        ("Workstream 2: Harbours and landside infrastructure", [
            ("2.1", "Complete ground investigation at Rapness (Westray) and Loth (Sanday) piers",
             "Engineering Manager (Harbours)", "End of January 2026", AMBER,
             "Weather delays; contractor remobilising mid-November."),
            ("2.2", "Submit marine licence applications to the Marine Directorate for linkspan "
                    "works", "Engineering Manager (Harbours)", "Q4 2025/26", GREEN,
             "Pre-application meeting held."),
        ]),
        ("Workstream 3: Funding and business case", [
            ("3.1", "Agree grant offer letter and drawdown profile with Transport Scotland "
                    "following the Scottish Budget 2026/27", "Head of Finance", "TBC", AMBER,
             "Dependent on budget announcement."),
            ("3.2", "Update the Full Business Case financial case for revised vessel cost "
                    "estimates", "Head of Finance; Programme Manager", "Mar 2026", GREEN,
             "Cost consultant appointed."),
        ]),
        ("Workstream 4: Community engagement", [
            ("4.1", "Hold drop-in sessions on Eday, Sanday, Stronsay and Westray on vessel "
                    "layout and timetables", "Community Engagement Officer", "Nov 2025", GREEN,
             "Dates agreed with community councils."),
            ("4.2", "Publish programme newsletter no. 3 and update the FAQ on the Council "
                    "website", "Communications Team", "Oct 2025", RED,
             "Not yet published; awaiting tender launch sign-off."),
        ]),
    ]
    for wsname, acts in ws_rows:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[5])
        cell_text(merged, wsname, bold=True)
        shade(merged, "DEEAF6")
        for (no, act, own, due, rag, upd) in acts:
            cells = t.add_row().cells
            cell_text(cells[0], no)
            cell_text(cells[1], act)
            cell_text(cells[2], own)
            cell_text(cells[3], due)
            cell_text(cells[4], "")
            shade(cells[4], rag)
            cell_text(cells[5], upd)

    doc.add_heading("4. Key risks and issues", level=1)
    for b in ["Tender prices exceed the Outline Business Case allowance (risk R03, amber).",
              "Construction-phase funding not confirmed before contract award (risk R01, red).",
              "Limited shipyard capacity may extend delivery programme (risk R07, amber)."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("5. Decisions required from the Board", level=1)
    doc.add_paragraph("Note the revised date for the Rapness and Loth ground investigation.",
                      style="List Bullet")
    doc.add_paragraph("Agree that the newsletter is published once tender sign-off is confirmed.",
                      style="List Bullet")
    doc.add_paragraph("Next report: Programme Board, 10 December 2025.")
    doc.save(out("zen-orkney-islands-council-ferry-replacement-programme-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 6. Bord na Gaidhlig - board action log, SharePoint list export (csv)
# ---------------------------------------------------------------------------
BNG_ROWS = [
    ("BM-2025-03-01", "05/03/2025", "11.2",
     "Circulate the draft Operational Plan 2025-26 to Board members for comment before sign-off.",
     "Ceannard (CEO)", "21/03/2025", "Blue – complete",
     "Circulated 14 March; comments incorporated."),
    ("BM-2025-03-02", "05/03/2025", "12.1",
     "Add cyber security as a separate risk on the Strategic Risk Register.",
     "Head of Finance & Corporate Affairs", "18/06/2025", "Blue – complete",
     "Added as SR7 and reported to Audit & Assurance Committee in June."),
    ("BM-2025-06-01", "18/06/2025", "8.3",
     "Bring a paper on options for a Gaelic Language Plans monitoring framework, including "
     "resource implications.",
     "Director of Gaelic Education; Head of Language Planning", "24/09/2025",
     "Amber – some delay",
     "Draft options paper prepared.\nDeferred to the December meeting to include the outcome of "
     "the public bodies survey."),
    ("BM-2025-06-02", "18/06/2025", "10.1",
     "Update the Board Workplan 2025-26 to include a development session on the Scottish "
     "Languages Act 2025.",
     "Board Secretary", "24/09/2025", "Blue – complete", "Session held 23 September."),
    ("BM-2025-06-03", "18/06/2025", "12.2",
     "Arrange an induction programme for the two new Board members, including a meeting with "
     "the Audit & Assurance Committee chair.\nReport completion to the Chair.",
     "Board Secretary", "31/08/2025", "Red – overdue",
     "One induction complete; second member's induction postponed twice."),
    ("BM-2025-09-01", "24/09/2025", "9.1",
     "Provide quarterly monitoring of Gaelic Language Grants Scheme spend against budget, "
     "with a forecast to year end.",
     "Head of Finance & Corporate Affairs", "10/12/2025", "Green – on track",
     "Q2 figures reconciled; forecast being finalised."),
    ("BM-2025-09-02", "24/09/2025", "11.4",
     "Publish Board papers and approved minutes in Gaelic and English on the website within "
     "ten working days of approval.",
     "Ceannard (CEO); Communications Officer", "", "Green – on track",
     "Standing action – monitored at each meeting."),
    ("BM-2025-09-03", "24/09/2025", "13.1",
     "Review the Board's conflicts of interest register and ask members to confirm their "
     "entries.",
     "Board Secretary", "10/12/2025", "Not started", ""),
]


def bord_na_gaidhlig():
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Title", "Ceann-latha na coinneimh / Meeting date", "Minute ref",
                "Gnìomh / Action", "Neach-uallach / Owner", "Due date", "RAG Status",
                "Adhartas / Progress update", "Modified", "Modified By"])
    for (ref, mdate, minute, act, owner, due, rag, upd) in BNG_ROWS:
        w.writerow([ref, mdate, minute, act, owner, due, rag, upd, "04/11/2025 16:42",
                    "Board Secretary"])
    with open(out("zen-bord-na-gaidhlig-board-action-log-sharepoint-export.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Prestatyn Town Council - Audit Wales recommendations, Planner export (txt)
# ---------------------------------------------------------------------------
PRESTATYN_TASKS = [
    ("k3Vb0Q2hQ0ut9yLrVgW1sGUAF1xA", "Adopt revised Financial Regulations based on the NALC 2024 "
     "model", "R1 Financial Regulations and Standing Orders", "Completed", "Important",
     "Rhian Hughes", "12/02/2025", "03/03/2025", "20/05/2025", "false", "20/05/2025",
     "Rhian Hughes", "", "",
     "Audit Wales R1: The Council should review and update its Financial Regulations, which "
     "were last adopted in 2016."),
    ("Hh7QmR0p3kG2bW9cXzP4eGUAJv2N", "Add annual review of Financial Regulations and Standing "
     "Orders to the Annual Meeting agenda", "R1 Financial Regulations and Standing Orders",
     "Not started", "Medium", "Rhian Hughes", "12/02/2025", "", "21/05/2026", "false", "", "",
     "", "", ""),
    ("pL2sT8vW5xY1zA4bC7dE0fGUAQw3", "Councillor verification of monthly bank reconciliations, "
     "signed and minuted at Finance Committee", "R2 Bank reconciliations and payments",
     "Completed", "Urgent", "Rhian Hughes;Dafydd Evans", "12/02/2025", "01/04/2025",
     "30/06/2025", "false", "27/06/2025", "Rhian Hughes", "", "",
     "Audit Wales R2: Bank reconciliations were not reviewed by a member independent of the "
     "payments process.\nThe Council should ensure reconciliations are checked and signed by a "
     "councillor each month."),
    ("Zx9Yw8Vu7Ts6Rq5Po4Nm3LkUAJh2", "Introduce dual authorisation by two councillors for all "
     "online payments", "R2 Bank reconciliations and payments", "In progress", "Urgent",
     "Siân Parry", "12/02/2025", "01/05/2025", "31/07/2025", "true", "", "", "Amber", "",
     "Bank mandate change submitted; waiting for second signatory to be added."),
    ("Qw1Er2Ty3Ui4Op5As6Df7GhUAKl8", "Complete physical verification of fixed assets and update "
     "the asset register to agree to the Annual Return", "R3 Asset register", "In progress",
     "Important", "Siân Parry", "12/02/2025", "01/06/2025", "30/09/2025", "true", "", "",
     "Amber", "1/3", "Audit Wales R3: The value of assets in Box 9 of the Annual Return did not "
     "agree to the asset register."),
    ("Mn0Bv9Cx8Za7Sd6Fg5Hj4KlUAPo1", "Publish the audited Annual Return and Notice of Conclusion "
     "of Audit on the Council website within the statutory deadline", "R4 Publication of "
     "accounts", "Completed", "Important", "Rhian Hughes", "12/02/2025", "", "30/09/2025",
     "false", "26/09/2025", "Rhian Hughes", "", "", ""),
    ("Lk8Jh7Gf6Ds5Ap4Oi3Uy2TrUAEw9", "Publish the Register of Members' Interests for all "
     "councillors", "R4 Publication of accounts", "In progress", "Medium", "Rhian Hughes",
     "12/02/2025", "", "31/10/2025", "true", "", "", "Red", "",
     "Two declarations still outstanding."),
    ("Rt5Yu6Io7Pa8Sd9Fg0Hj1KlUAZx2", "Appoint an independent internal auditor for 2025-26 and "
     "agree a scope covering all internal control objectives", "R5 Internal audit",
     "In progress", "Important", "Rhian Hughes;Gareth Jones", "12/02/2025", "",
     "30/11/2025", "false", "", "", "Green", "2/4",
     "Quotes received from three providers; report to Finance Committee 18 November."),
]


def prestatyn():
    header = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
              "Created Date", "Start Date", "Due Date", "Late", "Completed Date",
              "Completed By", "Labels", "Completed Checklist Items", "Description"]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Plan name", "Audit Wales 2023-24 – Recommendations Action Plan"])
    w.writerow(["Plan ID", "9fQk2LmXn0C4pR7sTuVwYGUAB3zE"])
    w.writerow(["Date of export", "14/11/2025"])
    w.writerow([])
    w.writerow(header)
    for t in PRESTATYN_TASKS:
        assert len(t) == len(header), t
        w.writerow(list(t))
    with open(out("zen-prestatyn-town-council-audit-wales-recommendations-planner-export.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    waterways_ireland()
    bernicia()
    row = nhsggc()
    print("NHS GGC typo row on 'Action Tracker' sheet:", row)
    rsbc()
    orkney()
    bord_na_gaidhlig()
    prestatyn()
    print("done")
