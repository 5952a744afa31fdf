#!/usr/bin/env python3
"""Build the seven yx- test files of set heldout575.

Run with /work/main/.venv/bin/python (needs openpyxl and python-docx).
Writes only files whose names start with 'yx-' into this script's folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, RGBColor, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("yx-")
    return os.path.join(HERE, name)


D = dt.datetime

RAG_FILL = {
    "Red": "FF0000",
    "Amber": "FFC000",
    "Green": "00B050",
    "Blue": "00B0F0",
    "Complete": "00B0F0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Mersey and West Lancashire Teaching Hospitals NHS Trust - MIAA tracker
# ---------------------------------------------------------------------------
MWL_NAME = "yx-mersey-and-west-lancashire-teaching-hospitals-internal-audit-recommendations-tracker.xlsx"
MWL_TITLE = "Mersey and West Lancashire Teaching Hospitals NHS Trust – Internal Audit Recommendations Tracker"
MWL = [
    ("Data Security and Protection Toolkit 2024/25 – Moderate Assurance", [
        ("DSPT-01",
         "Data security awareness training compliance should be brought up to the 95% toolkit standard and monitored monthly by the Information Governance Steering Group.",
         "High",
         "Targeted reminders to be issued to non-compliant staff through ESR, with divisional compliance reported to the IG Steering Group each month.",
         "Head of Information Governance", D(2025, 3, 31), D(2025, 9, 30),
         "Compliance at 96.2% at 30 November 2025; evidence submitted to MIAA for verification.",
         "Amber", "Blue"),
        ("DSPT-02",
         "Information asset registers and data flow maps should be reviewed and updated for all divisions.",
         "Medium",
         "Information Asset Owners to review their registers and complete data flow maps for all high-risk assets; the IG team will quality-assure returns before submission.",
         "Senior Information Risk Owner (SIRO)", D(2025, 6, 30), D(2026, 3, 31),
         "Four of six divisions complete. Remaining returns delayed by EPR go-live; revised date agreed with MIAA.",
         "Amber", "Amber"),
    ]),
    ("Consultant Job Planning – Limited Assurance", [
        ("JP-01",
         "The Trust should ensure that every consultant has a job plan agreed and signed off within the last 12 months.",
         "High",
         "Complete the 2025/26 job planning round through the e-job planning system, with sign-off tracked by Medical Workforce and reported to the People Committee.",
         "Deputy Medical Director", D(2025, 10, 31), None,
         "71% of consultant job plans signed off at 30 November 2025; Surgical Care Group behind trajectory.",
         "Amber", "Red"),
        ("JP-02",
         "Divisional job plan consistency panels should be re-established with documented terms of reference.",
         "Medium",
         "Re-establish consistency panels in each division, with terms of reference approved by the Medical Director.",
         "Deputy Medical Director & Divisional Medical Directors", D(2025, 9, 30), D(2026, 1, 31),
         "Terms of reference drafted; first panels scheduled for January 2026.",
         "Red", "Green"),
    ]),
    ("Medicines Management: Controlled Drugs – Moderate Assurance", [
        ("CD-01",
         "Ward controlled drug registers should be checked and signed in line with the Controlled Drugs Policy.",
         "Medium",
         "Pharmacy to carry out quarterly controlled drug audits on all wards.\nResults to be reported to the Medicines Safety Group, with ward-level exceptions escalated to Matrons.",
         "Chief Pharmacist", D(2025, 12, 31), None,
         "Q1 and Q2 audits complete; Q3 audit in progress.",
         "Green", "Green"),
        ("CD-02",
         "The Trust should implement an electronic controlled drug register in theatres and critical care.",
         "Low",
         "Scope and procure an electronic CD register for theatres and critical care, subject to Digital Board approval.",
         "Chief Pharmacist; Chief Nurse", D(2026, 3, 31), None,
         "Business case to Digital Board on 20 January 2026.",
         "Green", "Green"),
    ]),
    ("Freedom to Speak Up – Substantial Assurance", [
        ("FTSU-01",
         "The FTSU annual report should include themes and learning by staff group and protected characteristic.",
         "Low",
         "Include analysis of concerns by staff group and protected characteristic in the 2024/25 FTSU annual report to the Board.",
         "Director of Corporate Governance", D(2025, 11, 30), None,
         "Annual report presented to Board on 27 November 2025 with the required analysis.",
         "Green", "Blue"),
    ]),
]


def build_mwl():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = MWL_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit Committee – 15 January 2026"
    s["A3"] = "Summary of progress against MIAA recommendations (position at 31 December 2025)"
    s["A3"].font = Font(italic=True)
    hdr = ["Audit report", "Assurance level", "No. of recommendations", "Implemented (Blue)",
           "Open – on track", "Open – overdue / at risk"]
    for c, h in enumerate(hdr, 1):
        cell = s.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.alignment = WRAP
        cell.border = BOX
    rows = [
        ("Data Security and Protection Toolkit 2024/25", "Moderate", 2, 1, 0, 1),
        ("Consultant Job Planning", "Limited", 2, 0, 1, 1),
        ("Medicines Management: Controlled Drugs", "Moderate", 2, 0, 2, 0),
        ("Freedom to Speak Up", "Substantial", 1, 1, 0, 0),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
        r += 1
    s.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c in range(3, 7):
        col = get_column_letter(c)
        cell = s.cell(row=r, column=c, value=f"=SUM({col}6:{col}{r-1})")
        cell.font = Font(bold=True)
        cell.border = BOX
    s.cell(row=r, column=1).border = BOX
    s.cell(row=r, column=2).border = BOX
    s.cell(row=r + 2, column=1,
           value="The detailed position for each recommendation is on the 'Tracker' sheet. RAG definitions are on the 'RAG Key' sheet.")
    widths(s, [46, 16, 14, 14, 14, 18])

    t = wb.create_sheet("Tracker")
    t["A1"] = MWL_TITLE
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Position as at 31 December 2025 – source: MIAA assignment reports 2024/25 and 2025/26"
    t["A2"].font = Font(italic=True)
    hdr = ["Ref", "Recommendation", "Priority", "Agreed Management Action", "Responsible Officer",
           "Original Target Date", "Revised Target Date", "Progress Update (December 2025)",
           "Previous RAG", "Current RAG"]
    for c, h in enumerate(hdr, 1):
        cell = t.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for heading, recs in MWL:
        t.cell(row=r, column=1, value=heading).font = Font(bold=True)
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        t.cell(row=r, column=1).fill = fill("D9E1F2")
        r += 1
        for (ref, rec, pri, act, lead, orig, rev, prog, prev, cur) in recs:
            vals = [ref, rec, pri, act, lead, orig, rev, prog, prev, cur]
            for c, v in enumerate(vals, 1):
                cell = t.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            for c, v in ((9, prev), (10, cur)):
                t.cell(row=r, column=c).fill = fill(RAG_FILL[v])
            r += 1
    r += 1
    t.cell(row=r, column=1,
           value="Note: recommendations rated Blue at this meeting will be removed from the tracker once MIAA has verified the evidence of implementation.")
    widths(t, [10, 45, 10, 50, 26, 13, 13, 40, 11, 11])
    t.freeze_panes = "A5"

    k = wb.create_sheet("RAG Key")
    k["A1"] = "RAG Key"
    k["A1"].font = Font(bold=True)
    key = [("Blue", "Implemented – evidence provided to MIAA"),
           ("Green", "On track to be implemented by the target date"),
           ("Amber", "At risk of missing the target date / revised date requested"),
           ("Red", "Overdue – target date passed and not implemented")]
    for i, (name, desc) in enumerate(key, start=3):
        k.cell(row=i, column=1, value=name).fill = fill(RAG_FILL[name])
        k.cell(row=i, column=2, value=desc)
    widths(k, [12, 60])
    wb.save(out(MWL_NAME))


# ---------------------------------------------------------------------------
# 2. Cornwall Fire and Rescue Service - corporate risk register
# ---------------------------------------------------------------------------
CFRS_NAME = "yx-cornwall-fire-rescue-service-corporate-risk-register-2025-26.xlsx"
CFRS_TITLE = "Cornwall Fire and Rescue Service – Corporate Risk Register 2025/26"
# risk: (ref, title, cause/consequence, owner, inherent, controls, residual, trend, actions)
# action: (no, text, owner, target, status fill or None)
CFRS = [
    ("CR01", "Insufficient on-call firefighter availability",
     "Cause: difficulty recruiting and retaining on-call firefighters in rural areas.\nConsequence: fire appliances unavailable, longer response times and greater reliance on wholetime crews.",
     "Assistant Chief Fire Officer", "4 x 5 = 20",
     "On-call support officers; availability dashboard; day-crewing cover at key stations.",
     "4 x 4 = 16", "↔", [
         ("CR01.1", "Deliver a targeted on-call recruitment campaign for the 12 stations with the lowest appliance availability, including community open evenings.",
          "Area Manager – Service Delivery", D(2026, 3, 31), "Amber"),
         ("CR01.2", "Implement the revised on-call availability and pay model following consultation with the representative bodies.",
          "Head of People", D(2026, 9, 30), "Green"),
     ]),
    ("CR02", "Medium-term funding gap",
     "Cause: inflationary pressures, pay awards and uncertainty over future funding settlements.\nConsequence: inability to deliver the Community Risk Management Plan within budget.",
     "Chief Fire Officer", "4 x 4 = 16",
     "Medium term financial plan; monthly budget monitoring with Cornwall Council finance.",
     "3 x 4 = 12", "↑", [
         ("CR02.1", "Refresh the Service's medium term financial plan to reflect the 2026/27 local government finance settlement and agree savings proposals with Cornwall Council.",
          "Finance Business Partner (Fire)", D(2026, 2, 28), "Green"),
     ]),
    ("CR03", "Loss of mobilising and fire control capability",
     "Cause: cyber attack, system failure or loss of the control room building.\nConsequence: delayed mobilising to emergencies and risk to life.",
     "Assistant Chief Fire Officer", "3 x 5 = 15",
     "Secondary control site; buddy control arrangement; cyber security monitoring.",
     "2 x 5 = 10", "↓", [
         ("CR03.1", "Complete penetration testing of the mobilising system and remediate all high-risk findings.",
          "Group Manager – Fire Control; ICT Security Manager", D(2025, 12, 31), "Blue"),
         ("CR03.2", "Exercise the control room business continuity plan for total loss of mobilising, including fallback to the buddy control arrangement.",
          "Group Manager – Fire Control", "Quarterly", "Green"),
     ]),
    ("CR04", "Organisational culture and behaviours",
     "Cause: failure to embed the Core Code of Ethics and act on HMICFRS values and culture findings.\nConsequence: harm to staff, loss of public trust and regulatory intervention.",
     "Chief Fire Officer", "3 x 4 = 12",
     "Core Code of Ethics; independent reporting line; culture survey.",
     "3 x 3 = 9", "↔", [
         ("CR04.1", "Deliver the leadership and inclusion development programme to all supervisory and middle managers.",
          "Head of People", D(2026, 7, 31), None),
     ]),
    ("CR05", "Insufficient protection capacity to meet building safety duties",
     "Cause: shortage of qualified fire safety inspectors and growing Building Safety Regulator workload.\nConsequence: high-risk premises not audited; enforcement backlog.",
     "Assistant Chief Fire Officer", "4 x 4 = 16",
     "Risk Based Inspection Programme; trainee inspector pathway.",
     "4 x 3 = 12", "↑", [
         ("CR05.1", "Recruit and train two additional Fire Safety Inspectors to deliver the Risk Based Inspection Programme.",
          "Head of Protection", D(2026, 3, 31), "Red"),
     ]),
]


def score_fill(txt):
    n = int(txt.split("=")[1])
    if n >= 15:
        return "FF0000"
    if n >= 10:
        return "FFC000"
    return "92D050"


def build_cfrs():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document Control"
    dc["A1"] = CFRS_TITLE
    dc["A1"].font = Font(bold=True, size=14)
    rows = [("Document owner", "Corporate Risk and Assurance Manager"),
            ("Approved by", "Service Leadership Team"),
            ("Reported to", "Cornwall Council Audit Committee"),
            ("Review frequency", "Quarterly")]
    for i, (a, b) in enumerate(rows, start=3):
        dc.cell(row=i, column=1, value=a).font = Font(bold=True)
        dc.cell(row=i, column=2, value=b)
    dc["A8"] = "Version history"
    dc["A8"].font = Font(bold=True)
    vh = [("Version", "Date", "Author", "Summary of changes"),
          ("3.0", D(2025, 4, 10), "Corporate Risk and Assurance Manager", "Annual refresh for 2025/26"),
          ("3.1", D(2025, 10, 8), "Corporate Risk and Assurance Manager", "Q2 review – CR05 residual score increased"),
          ("3.2", D(2026, 1, 14), "Corporate Risk and Assurance Manager", "Q3 review – CR03.1 complete")]
    for i, row in enumerate(vh, start=9):
        for c, v in enumerate(row, 1):
            cell = dc.cell(row=i, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
            if i == 9:
                cell.font = Font(bold=True)
    widths(dc, [22, 36, 36, 44])

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "CORNWALL FIRE AND RESCUE SERVICE"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Risk Register 2025/26 – Q3 review (January 2026)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Action status is shown by the colour of the Status cell – see the 'Scoring & Key' sheet."
    ws["A3"].font = Font(italic=True)
    hdr = ["Risk Ref", "Risk Title", "Cause / Consequence", "Risk Owner", "Inherent Score (L x I)",
           "Key Controls in Place", "Residual Score (L x I)", "Trend", "Action No.",
           "Further Actions Required", "Action Owner", "Target Date", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    for (ref, title, cause, owner, inh, ctrl, res, trend, actions) in CFRS:
        first = r
        vals = [ref, title, cause, owner, inh, ctrl, res, trend]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
        ws.cell(row=r, column=5).fill = fill(score_fill(inh))
        ws.cell(row=r, column=7).fill = fill(score_fill(res))
        for (no, text, aowner, target, status) in actions:
            for c, v in enumerate([no, text, aowner, target], 9):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            if status:
                ws.cell(row=r, column=13).fill = fill(RAG_FILL[status])
            r += 1
        last = r - 1
        if last > first:
            for c in range(1, 9):
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        for rr in range(first, last + 1):
            for c in range(1, 14):
                ws.cell(row=rr, column=c).border = BOX
    widths(ws, [8, 26, 40, 20, 11, 34, 11, 7, 9, 48, 26, 11, 9])
    ws.freeze_panes = "C6"

    k = wb.create_sheet("Scoring & Key")
    k["A1"] = "Risk scoring"
    k["A1"].font = Font(bold=True)
    k["A2"] = "Score = Likelihood (1–5) x Impact (1–5)"
    for i, (band, col) in enumerate([("15–25 High", "FF0000"), ("10–14 Medium", "FFC000"),
                                     ("1–9 Low", "92D050")], start=3):
        k.cell(row=i, column=1, value=band).fill = fill(col)
    k["A8"] = "Action status key"
    k["A8"].font = Font(bold=True)
    key = [("Blue", "Complete"), ("Green", "On track"), ("Amber", "At risk of slippage"),
           ("Red", "Off track / overdue"), (None, "No colour = not yet started")]
    for i, (col, desc) in enumerate(key, start=9):
        if col:
            k.cell(row=i, column=1).fill = fill(RAG_FILL[col])
        k.cell(row=i, column=2, value=desc)
    k["A15"] = "Trend: ↑ risk increasing   ↔ no change   ↓ risk reducing"
    widths(k, [16, 40])
    wb.save(out(CFRS_NAME))


# ---------------------------------------------------------------------------
# 3. New College Swindon - quality improvement plan
# ---------------------------------------------------------------------------
NCS_NAME = "yx-new-college-swindon-quality-improvement-plan-2025-26.xlsx"
NCS_TITLE = "New College Swindon – Quality Improvement Plan 2025/26"
NCS = [
    ("1. Quality of Education", [
        ("Area for improvement 1.1: Too few learners on level 3 vocational programmes achieve high grades.", [
            ("1.1a", "Introduce stretch-and-challenge targets into all level 3 vocational schemes of work, monitored through termly learning walks.",
             "Heads of Faculty", "High grades on level 3 vocational programmes rise from 38% to 45%.",
             "Autumn term 2025", "Schemes of work updated in all faculties; learning walks completed in November 2025.",
             "Amber", "Complete"),
            ("1.1b", "Deliver CPD on assessment for high grades for all vocational teachers, led by the Advanced Practitioner team.",
             "Head of Teaching, Learning and Assessment", "All vocational teachers attend; observed assessment practice improves in learning walks.",
             "Summer term 2026", "Two of three CPD sessions delivered.", "Green", "Green"),
        ]),
        ("Area for improvement 1.2: The proportion of resit learners achieving grade 4 or above in GCSE maths remains below the national rate.", [
            ("1.2a", "Timetable additional small-group maths workshops for learners working at grade 3, with attendance tracked weekly.",
             "Head of English and Maths", "Grade 4+ maths resit outcomes rise to at least the national rate.",
             D(2026, 5, 31), "Workshops running since October; attendance at 68% against an 85% target.", "Amber", "Amber"),
            ("1.2b", "Run mock examinations in November and March with question-level analysis shared with each learner.",
             "JT/SB", "Every learner has a personal improvement plan after each mock.",
             "Mar-26", "November mocks complete and analysis shared.", "Green", "Green"),
        ]),
    ]),
    ("2. Behaviour and Attitudes", [
        ("Area for improvement 2.1: Attendance at English and maths lessons is too low, particularly for 16 to 18 learners.", [
            ("2.1a", "Implement the revised attendance escalation procedure, including same-day contact with parents and carers.",
             "Director of Student Services", "Procedure in use across all curriculum areas.",
             "Autumn term 2025", "Procedure launched September 2025 and audited in December.", "Amber", "Complete"),
            ("2.1b", "Share weekly attendance dashboards with personal tutors and set individual attendance targets for learners below 85%.",
             "Head of Student Experience / MIS Manager", "English and maths attendance reaches 85%.",
             "Ongoing", "Dashboards live; tutor use is inconsistent.", "Red", "Amber"),
        ]),
    ]),
    ("3. Personal Development", [
        ("Area for improvement 3.1: Not all learners benefit from meaningful work experience or industry placements.", [
            ("3.1a", "Secure industry placement hosts for all T Level learners through the employer engagement team.",
             "Employer Engagement Manager", "100% of T Level learners have a confirmed placement.",
             "June 2026", "82% of T Level learners placed.", "Red", "Amber"),
        ]),
    ]),
    ("4. Leadership and Management", [
        ("Area for improvement 4.1: Governors do not receive sufficiently detailed information about the progress of learners with high needs.", [
            ("4.1a", "Introduce a termly high needs quality report to the Quality and Standards Committee.",
             "Head of Inclusive Learning; Clerk to the Corporation", "Committee minutes show challenge on high needs outcomes.",
             "Termly", "First report received in December 2025.", "Green", "Green"),
            ("4.1b", "Appoint a link governor for SEND and high needs and agree a schedule of link visits.",
             "Clerk to the Corporation", "Link governor in post with visit schedule agreed.",
             D(2025, 12, 31), "Link governor appointed November 2025.", "Amber", "Complete"),
        ]),
    ]),
]


def build_ncs():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP 2025-26"
    ws["A1"] = NCS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Arising from the 2024/25 Self-Assessment Report. Progress is reviewed termly by the Quality and Standards Committee."
    ws["A3"] = "RAG: Red = off track  |  Amber = some slippage  |  Green = on track  |  Complete = action completed and impact evidenced"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Lead(s)", "Success criteria / impact measure", "Target date",
           "Progress update (January 2026)", "Previous RAG (Oct 2025)", "Current RAG (Jan 2026)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("5B2C6F")
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    for theme, afis in NCS:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = fill("7F6084")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afi, acts in afis:
            cell = ws.cell(row=r, column=1, value=afi)
            cell.font = Font(bold=True, italic=True)
            cell.fill = fill("E8DAEF")
            cell.alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for (ref, act, lead, sc, target, prog, prev, cur) in acts:
                for c, v in enumerate([ref, act, lead, sc, target, prog, prev, cur], 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = fill(RAG_FILL[prev])
                ws.cell(row=r, column=8).fill = fill(RAG_FILL[cur])
                r += 1
    widths(ws, [7, 50, 26, 36, 14, 38, 12, 12])
    ws.freeze_panes = "A6"

    so = wb.create_sheet("Sign-off")
    so["A1"] = "Approval and monitoring"
    so["A1"].font = Font(bold=True)
    rows = [("Plan owner", "Vice Principal Curriculum and Quality"),
            ("Approved by", "Corporation Board"),
            ("Date approved", D(2025, 10, 9)),
            ("Monitoring", "Termly RAG review at Quality and Standards Committee"),
            ("Next review", D(2026, 3, 12))]
    for i, (a, b) in enumerate(rows, start=3):
        so.cell(row=i, column=1, value=a).font = Font(bold=True)
        cell = so.cell(row=i, column=2, value=b)
        if isinstance(b, dt.datetime):
            cell.number_format = "dd/mm/yyyy"
    widths(so, [18, 52])
    wb.save(out(NCS_NAME))


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


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def landscape(document):
    sec = document.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. One Manchester - RSH consumer standards improvement plan
# ---------------------------------------------------------------------------
OM_NAME = "yx-one-manchester-rsh-consumer-standards-improvement-plan.docx"
OM_TITLE = "Consumer Standards Improvement Plan 2025/26"
OM = [
    ("1. Safety and Quality Standard", [
        ("Stock condition: 18% of homes have not had a stock condition survey in the last five years.", [
            ("SQ1", "Commission stock condition surveys for all homes without a survey since April 2020, prioritising homes with open damp and mould cases.",
             "Director of Property Services", "March 2026", "Green"),
            ("SQ2", "Load survey results to the asset management system and reconcile them with component replacement data.",
             "Asset Data Manager", "Q1 2026/27", "Not started"),
        ]),
        ("Damp and mould: cases are not consistently re-inspected after remedial works are completed.", [
            ("SQ3", "Introduce a mandatory follow-up visit six weeks after remedial works, recorded on the case management system.",
             "Head of Repairs & Head of Compliance", "31/10/2025", "Complete"),
        ]),
    ]),
    ("2. Transparency, Influence and Accountability Standard", [
        ("Diverse needs: we do not hold vulnerability and communication preference data for all tenants.", [
            ("TIA1", "Run a ‘Tell us about you’ data campaign across all contact channels, aiming to hold up-to-date data for 75% of households by March 2026.",
             "Head of Customer Insight / Tenant Voice Manager", "Sept 2025 – March 2026", "Amber"),
        ]),
        ("Complaints: learning from complaints is not reported back to tenants.", [
            ("TIA2", "Publish a quarterly ‘You said, we did’ summary of learning from complaints on the website and in the tenant newsletter.",
             "Complaints and Feedback Manager", "Quarterly", "Green"),
        ]),
    ]),
    ("3. Neighbourhood and Community Standard", [
        ("Anti-social behaviour: case closure letters do not explain how tenants can ask for a case review.", [
            ("NC1", "Revise ASB closure letter templates to explain the ASB case review (community trigger) and test them with the Tenant Scrutiny Panel.",
             "Neighbourhoods Manager", "December 2025", "Complete"),
        ]),
    ]),
    ("4. Tenancy Standard", [
        ("Tenancy sustainment: new tenants do not receive a planned visit in the first year of their tenancy.", [
            ("T1", "Introduce new tenancy visits at six weeks and six months for all starter tenancies.\nReport the rate of tenancies ending within 12 months to the Customer Committee each quarter.",
             "Head of Housing Services", "June 2026", "Green"),
            ("T2", "Review the Allocations and Lettings Policy with Manchester City Council and Manchester Move partners.",
             "Head of Housing Services", "TBC", "Amber"),
        ]),
    ]),
]
OM_STATUS_FILL = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "00B0F0",
                  "Not started": "D9D9D9"}


def build_om():
    d = docx.Document()
    landscape(d)
    p = d.add_paragraph()
    run = p.add_run("One Manchester")
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0xE4, 0x00, 0x7C)
    d.add_heading(OM_TITLE, level=0)
    d.add_paragraph(
        "Actions arising from our self-assessment against the Regulator of Social Housing consumer "
        "standards (April 2024). Approved by the Board on 24 July 2025; progress is reported quarterly "
        "to the Customer Committee.")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Status"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("1.0", "24/07/2025", "Head of Regulation and Assurance", "Approved by Board"),
                ("1.3", "05/12/2025", "Head of Regulation and Assurance", "Q2 update to Customer Committee")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)

    d.add_heading("Status key", level=2)
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for name, desc in [("Complete", "Action delivered and evidence held"),
                       ("Green", "On track"),
                       ("Amber", "At risk – mitigating action in place"),
                       ("Red", "Off track or overdue"),
                       ("Not started", "Due to start later in the plan")]:
        cells = k.add_row().cells
        set_cell(cells[0], name, bold=True)
        shade(cells[0], OM_STATUS_FILL[name])
        set_cell(cells[1], desc)

    for standard, gaps in OM:
        d.add_heading(standard, level=1)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action", "Lead", "Due", "Status"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "BFBFBF")
        for gap, acts in gaps:
            cells = t.add_row().cells
            m = cells[0].merge(cells[4])
            set_cell(m, gap, bold=True)
            shade(m, "FCE4EC")
            for (ref, act, lead, due, status) in acts:
                cells = t.add_row().cells
                for c, v in enumerate([ref, act, lead, due, status]):
                    set_cell(cells[c], v)
                shade(cells[4], OM_STATUS_FILL[status])
        d.add_paragraph()

    d.add_heading("Approval", level=2)
    d.add_paragraph("Plan owner: Executive Director of Customer and Communities. Next full review: March 2026.")
    d.save(out(OM_NAME))


# ---------------------------------------------------------------------------
# 5. Westrop Medical Practice - CQC inspection action plan
# ---------------------------------------------------------------------------
WMP_NAME = "yx-westrop-medical-practice-cqc-inspection-action-plan.docx"
WMP_TITLE = "CQC Inspection Action Plan"
WMP_MUST = [
    ("Requirement notice – Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment",
     "The provider must ensure that care and treatment is provided in a safe way for service users.", [
         ("1.1", "Run searches for all patients prescribed DMARDs and other high-risk medicines and recall any patient overdue blood monitoring before further prescriptions are issued.",
          "Dr S Okafor (Prescribing Lead)", "31/01/2025", "Complete"),
         ("1.2", "Introduce a monthly high-risk medicines search protocol, with results reviewed at the clinical governance meeting.",
          "Dr S Okafor / Clinical Pharmacist", "28/02/2025", "Complete"),
         ("1.3", "Review the management of MHRA safety alerts, keeping a log of searches, actions taken and sign-off by a GP partner.",
          "Practice Manager", "March 2025", "Complete"),
     ]),
    ("Requirement notice – Regulation 17 HSCA (RA) Regulations 2014: Good governance",
     "The provider must establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.", [
         ("2.1", "Review and update all practice policies, adding document control and a review date, and hold them on the shared drive and staff intranet.",
          "Practice Manager", "30/04/2025", "Green"),
         ("2.2", "Bring staff mandatory training (safeguarding, basic life support, infection prevention and control) up to date, with the training matrix reviewed monthly.",
          "Assistant Practice Manager", "30/06/2025", "Amber"),
         ("2.3", "Complete an infection prevention and control audit at each site and act on the findings.",
          "Lead Practice Nurse (IPC Lead)", "31/05/2025", "Green"),
     ]),
]
WMP_SHOULD_HEADING = "Areas where the provider should make improvements"
WMP_SHOULD = [
    ("Continue to improve uptake of cervical screening.",
     "Offer evening and Saturday cervical screening clinics through PCN enhanced access and send text reminders to non-responders.",
     "Lead Practice Nurse", "September 2025", "Green"),
    ("Take action to improve patient satisfaction with telephone access.",
     "Move to cloud-based telephony with call-back and queue position messages, and publish monthly call answering data.",
     "Practice Manager", "December 2025", "Not started"),
    ("Continue efforts to establish an active patient participation group.",
     "Relaunch the PPG with a virtual membership option, advertised on the practice website and the NHS App.",
     "Reception Manager", "Ongoing", "Green"),
]
WMP_FILL = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
            "Not started": "FFFFFF"}


def build_wmp():
    d = docx.Document()
    p = d.add_paragraph()
    r = p.add_run("Westrop Medical Practice")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Highworth Surgery · Blunsdon Surgery · Taw Hill Surgery")
    d.add_heading(WMP_TITLE, level=1)

    cover = d.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for a, b in [("Provider", "Westrop Medical Practice"),
                 ("Date of inspection", "12 and 13 November 2024"),
                 ("Report published", "7 January 2025"),
                 ("Overall rating", "Requires improvement"),
                 ("Action plan owner", "Practice Manager (Registered Manager)"),
                 ("Submitted to CQC", "28 January 2025"),
                 ("Last updated", "3 June 2025")]:
        cells = cover.add_row().cells
        set_cell(cells[0], a, bold=True)
        shade(cells[0], "DEEAF6")
        set_cell(cells[1], b)

    d.add_paragraph()
    d.add_paragraph("Status: Complete / Green (on track) / Amber (at risk) / Red (overdue) / Not started")

    for heading, must, acts in WMP_MUST:
        d.add_heading(heading, level=2)
        d.add_paragraph(must)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in enumerate(["No.", "Action to be taken", "Lead", "Completion date", "Status"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "005EB8")
        for (ref, act, lead, date, status) in acts:
            cells = t.add_row().cells
            for c, v in enumerate([ref, act, lead, date, status]):
                set_cell(cells[c], v)
            shade(cells[4], WMP_FILL[status])

    d.add_heading(WMP_SHOULD_HEADING, level=2)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["Should do", "Action to be taken", "Lead", "Completion date", "Status"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "005EB8")
    for (should, act, lead, date, status) in WMP_SHOULD:
        cells = t.add_row().cells
        for c, v in enumerate([should, act, lead, date, status]):
            set_cell(cells[c], v)
        shade(cells[4], WMP_FILL[status])

    d.add_paragraph()
    d.add_paragraph("This action plan is reviewed at the monthly partners’ meeting until all actions are complete.")
    d.save(out(WMP_NAME))


# ---------------------------------------------------------------------------
# 6. Social Work England - board action log (CSV export) - refuse case
# ---------------------------------------------------------------------------
SWE_NAME = "yx-social-work-england-board-action-log-typo-month-refuse.csv"
SWE_LINES_HEAD = [
    ["Social Work England – Board meeting in public: action log"],
    ["Last updated: 26 November 2025"],
    [],
    ["Action ref", "Board meeting", "Agenda item", "Action", "Owner", "Due", "Status", "Update"],
]
SWE_ROWS = [
    ["B25-009", "27/03/2025", "Fitness to practise performance report",
     "Provide the Board with a breakdown of the age profile of open fitness to practise cases by stage.",
     "Executive Director of Fitness to Practise", "July 2025", "Closed",
     "Included in the July 2025 performance report."],
    ["B25-012", "27/03/2025", "Equality, diversity and inclusion annual report",
     "Bring the refreshed EDI action plan to the Board for approval.",
     "Director of Strategy and Policy", "September 2025", "Closed",
     "Approved at the September 2025 meeting."],
    ["B25-017", "24/07/2025", "Registration annual review",
     "Report on progress in reducing processing times for international applications.",
     "Executive Director of Professional Practice and External Engagement", "November 2025", "Open",
     "On the agenda for 27 November 2025."],
    ["B25-021", "24/07/2025", "Finance report – quarter 1",
     "Circulate the revised 2025-26 budget profile following the outcome of the fee consultation.",
     "Director of Finance", "Janaury 2026", "Open",
     "Fee consultation outcome expected in December 2025."],
    ["B25-024", "25/09/2025", "Regulatory performance report",
     "Include interim order timeliness against the Professional Standards Authority standard in future performance reports.",
     "Executive Director of Fitness to Practise", "30/01/2026", "Open",
     "Metric added to the draft Q3 report."],
    ["B25-026", "25/09/2025", "Strategic risk register",
     "Add a risk on the timing of regulatory reform to the strategic risk register.",
     "Head of Governance", "November 2025", "Open",
     "Draft risk reviewed by the Audit and Risk Committee."],
    ["B25-028", "25/09/2025", "Chief executive's report",
     "Arrange a Board development session on the use of artificial intelligence in social work practice.",
     "Chief Executive", "March 2026", "Open",
     "Provisionally scheduled for the March 2026 Board away day."],
]


def build_swe():
    with open(out(SWE_NAME), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in SWE_LINES_HEAD:
            w.writerow(row)
        for row in SWE_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Avon and Somerset Police - HMICFRS crime data integrity action plan (TSV)
# ---------------------------------------------------------------------------
ASP_NAME = "yx-avon-and-somerset-police-hmicfrs-crime-data-integrity-action-plan.txt"
ASP_TITLE = "Avon and Somerset Police – HMICFRS Crime Data Integrity Inspection: Force Action Plan"
ASP = [
    ("Cause of concern: Avon and Somerset Police is not recording all reported crimes of violence against the person, including domestic abuse.", [
        ("Recommendation 1: By 31 May 2025, the force should make sure that all reported crimes of violence against the person are recorded within 24 hours of the report being received.", [
            ("1.1", "Deliver refresher crime recording (NCRS/HOCR) training to all Communications Centre staff and response sergeants.",
             "Head of Communications Centre", "31/03/2025", "", "Blue",
             "Training delivered to 412 staff; completion 97%."),
            ("1.2", "Introduce a daily audit of incidents closed without a crime record, with feedback to the officer or staff member who closed them.",
             "Force Crime and Incident Registrar", "Jun-25", "", "Blue",
             "Daily audit in place since 2 June 2025."),
            ("1.3", "Add a mandatory crime recording decision prompt to the domestic abuse risk assessment in Niche.",
             "Niche Development Lead; FCIR", "Sep-25", "Jan-26", "Amber",
             "Change delayed by national Niche upgrade; testing in December."),
        ]),
        ("Recommendation 2: By 31 May 2025, the force should make sure that crimes of stalking, harassment and controlling or coercive behaviour are recorded correctly.", [
            ("2.1", "Update crime recording guidance on stalking, harassment and controlling or coercive behaviour and publish it on the intranet.",
             "DCI Public Protection", "Apr-25", "", "Blue",
             "Guidance published 28 April 2025."),
            ("2.2", "Include behavioural crimes in the monthly FCIR audit programme and report compliance to the Crime and Incident Recording Board.",
             "Force Crime and Incident Registrar", "Monthly", "", "Green",
             "October audit compliance 91%."),
        ]),
    ]),
    ("Areas for improvement", [
        ("AFI 1: The force should make sure that reports of anti-social behaviour that amount to a crime are recorded as crimes.", [
            ("AFI1.1", "Review ASB incident closure codes and add a mandatory crime check before an ASB incident can be closed.",
             "Head of Neighbourhood Policing", "Q3 2025/26", "", "Red",
             "Closure code review not yet started owing to Storm Control system changes."),
        ]),
        ("AFI 2: The force should make sure that crimes are only cancelled in line with the Home Office Counting Rules.", [
            ("AFI2.1", "Refresh the crime cancellation process so that every cancellation is reviewed by the FCIR team within seven days.",
             "Insp J Harding", "30/11/2025", "", "Green",
             "New process live; backlog of 40 reviews being cleared."),
        ]),
    ]),
]


def build_asp():
    lines = [
        ASP_TITLE,
        "Plan owner:\tDeputy Chief Constable",
        "Governance:\tCrime and Incident Recording Board (monthly)",
        "Last updated:\t14/11/2025",
        "",
        "Ref\tAction\tOwner\tOriginal due date\tRevised due date\tRAG\tUpdate",
    ]
    counts = {}
    for top, recs in ASP:
        lines.append(top)
        for rec, acts in recs:
            lines.append(rec)
            for (ref, act, owner, due, rev, rag, upd) in acts:
                lines.append("\t".join([ref, act, owner, due, rev, rag, upd]))
                counts[rag] = counts.get(rag, 0) + 1
    lines.append("")
    lines.append("RAG key:\tBlue = complete\tGreen = on track\tAmber = at risk\tRed = off track")
    lines.append("Totals:\t" + "\t".join(f"{k} {counts.get(k, 0)}" for k in ["Blue", "Green", "Amber", "Red"]))
    with open(out(ASP_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    build_mwl()
    build_cfrs()
    build_ncs()
    build_om()
    build_wmp()
    build_swe()
    build_asp()
    print("built 7 files in", HERE)
