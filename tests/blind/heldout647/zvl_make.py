#!/usr/bin/env python3
"""Build the seven zvl- blind test cases (set heldout647) and their expected readings.

Run with /work/main/.venv/bin/python zvl_make.py  (needs openpyxl, python-docx, pyyaml).
Only files whose names start with "zvl-" are written, all in this script's folder.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("zvl-")
    return os.path.join(HERE, name)


def write_yaml(fname, data):
    with open(out(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. Nottinghamshire Fire and Rescue Service - internal audit tracker (xlsx)
# ---------------------------------------------------------------------------
def nfrs():
    fname = "zvl-nottinghamshire-fire-rescue-service-internal-audit-recommendations-tracker.xlsx"
    title = "Nottinghamshire Fire and Rescue Service – Internal Audit Recommendations Tracker"
    sub = "Finance and Resources Committee – position as at 31 October 2025"
    D = dt.datetime
    audits = [
        ("Information Security (data and physical) – 2023/24", "Substantial", [
            ("Resume information security compliance checks at working sites, which lapsed during the Covid-19 lockdown.", [
                ("IS/01", "Priority 2",
                 "Quarterly information security walk-round checks to be reinstated at all wholetime and on-call stations and Service Headquarters, with results reported to the Information Governance Board.",
                 "Information Governance Manager", D(2024, 3, 31), D(2024, 9, 30), BLUE,
                 "Checks reinstated from Q2 2024/25. Q1 and Q2 2025/26 results reported to IGB. Recommend closure.",
                 ["Information Governance Manager"], "2024-09", "blue"),
            ]),
            ("The register of information sharing agreements should be completed so that agreements can be monitored and reviewed.", [
                ("IS/02", "Priority 2",
                 "Complete the information sharing agreement register, assign an owner and review date to each agreement, and add a six-monthly review to the IGB forward plan.",
                 "Data Protection Officer", D(2024, 6, 30), None, BLUE,
                 "Register complete (41 agreements). Review dates set and first six-monthly review held May 2025.",
                 ["Data Protection Officer"], "2024-06", "blue"),
            ]),
        ]),
        ("Health & Safety – 2023/24", "Substantial", [
            ("The Service should consider seeking ISO 45001 certification for its health and safety management system.", [
                ("HS/01", "Priority 2",
                 "Undertake a gap analysis against ISO 45001 and present options, including the cost of external certification, to the Strategic Leadership Team.",
                 "Head of Health, Safety and Wellbeing", D(2024, 12, 31), D(2026, 3, 31), AMBER,
                 "Gap analysis 80% complete; delayed by a vacancy in the H&S team. SLT paper scheduled for February 2026.",
                 ["Head of Health, Safety and Wellbeing"], "2026-03", "amber"),
            ]),
        ]),
        ("Business Continuity Planning – 2023/24", "Reasonable", [
            ("Business continuity plans should be reviewed at least annually and after any activation, and the review date recorded on each plan.", [
                ("BC/01", "Priority 1",
                 "Review all station and departmental business continuity plans against the revised template and record the review date and approver on each plan.",
                 "Area Manager Response / Resilience Manager", D(2025, 3, 31), D(2025, 12, 31), AMBER,
                 "32 of 38 plans reviewed. Remaining six (Fire Protection, ICT, Fleet, Estates, Procurement, Control) due by December.",
                 ["Area Manager Response", "Resilience Manager"], "2025-12", "amber"),
            ]),
            ("The Service should test its business continuity arrangements through a corporate exercise.", [
                ("BC/02", "Priority 2",
                 "Hold a corporate business continuity exercise based on a prolonged loss of ICT and report the lessons identified to SLT.",
                 "Resilience Manager", D(2025, 6, 30), None, BLUE,
                 "Exercise held 12 June 2025; debrief report to SLT July 2025.",
                 ["Resilience Manager"], "2025-06", "blue"),
            ]),
        ]),
        ("Contract Management – 2024/25", "Limited", [
            ("A complete contracts register should be maintained, recording contract values, end dates and the responsible contract manager.", [
                ("CM/01a", "Priority 1",
                 "Populate the contracts register for all contracts over £25,000, including value, end date and a named contract manager.",
                 "Head of Procurement", D(2025, 9, 30), D(2025, 12, 31), AMBER,
                 "Register populated for 118 of 131 contracts. Remaining ICT and fleet contracts being validated.",
                 ["Head of Procurement"], "2025-12", "amber"),
                ("CM/01b", "Priority 1",
                 "Publish the register on the Service intranet and provide SLT with a quarterly exception report of contracts within six months of expiry.",
                 "Head of Procurement", D(2025, 12, 31), None, GREEN,
                 "Intranet page built; first exception report due to SLT in December.",
                 ["Head of Procurement"], "2025-12", "green"),
            ]),
            ("Contract managers should receive training on their responsibilities under Contract Standing Orders.", [
                ("CM/02", "Priority 1",
                 "Deliver contract management training to all named contract managers and record completion on the learning management system.",
                 "Head of Procurement; Head of Finance", D(2026, 1, 31), None, GREEN,
                 "Two of four sessions delivered (19 staff trained).",
                 ["Head of Procurement", "Head of Finance"], "2026-01", "green"),
            ]),
        ]),
        ("Payroll – 2024/25", "Reasonable", [
            ("Overtime and additional hours claims should be authorised by a line manager before payment.", [
                ("PY/01", "Priority 2",
                 "Configure the self-service system so that additional hours claims cannot be paid without line manager approval, and issue guidance to managers.",
                 "Payroll Manager", D(2025, 4, 30), D(2025, 8, 31), RED,
                 "System change awaiting supplier release; guidance issued. New date to be agreed with the supplier.",
                 ["Payroll Manager"], "2025-08", "red"),
            ]),
        ]),
    ]

    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = sub
    s["A2"].font = Font(italic=True)
    hdr = ["Audit", "Assurance opinion", "Agreed actions", "Implemented", "In progress", "Overdue"]
    for i, h in enumerate(hdr, 1):
        c = s.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BORDER
    counts = [("Information Security (data and physical) – 2023/24", "Substantial", 2, 2, 0, 0),
              ("Health & Safety – 2023/24", "Substantial", 1, 0, 1, 0),
              ("Business Continuity Planning – 2023/24", "Reasonable", 2, 1, 1, 0),
              ("Contract Management – 2024/25", "Limited", 3, 0, 3, 0),
              ("Payroll – 2024/25", "Reasonable", 1, 0, 0, 1)]
    r = 5
    for row in counts:
        for i, v in enumerate(row, 1):
            c = s.cell(row=r, column=i, value=v)
            c.border = BORDER
        r += 1
    tot = ["Total", "", 9, 3, 5, 1]
    for i, v in enumerate(tot, 1):
        c = s.cell(row=r, column=i, value=v)
        c.font = Font(bold=True)
        c.border = BORDER
    s.cell(row=r + 2, column=1, value="Priority 1 – fundamental control weakness; Priority 2 – important control weakness. "
                                        "Implemented actions are removed from the tracker once reported to Committee.")
    s.column_dimensions["A"].width = 52
    for col in "BCDEF":
        s.column_dimensions[col].width = 16

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = sub
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for col, (colour, txt) in zip("BCDE", [(BLUE, "Implemented"), (GREEN, "On track to meet target date"),
                                           (AMBER, "Revised target date agreed"), (RED, "Overdue")]):
        c = ws[f"{col}3"]
        c.value = txt
        c.fill = fill(colour)
        c.font = Font(color="FFFFFF" if colour in (BLUE, RED) else "000000")
    headers = ["Audit", "Assurance", "Ref", "Priority", "Recommendation", "Agreed management action",
               "Responsible officer", "Original target date", "Revised target date", "RAG",
               "Progress update (October 2025)"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BORDER
    r = 6
    expected = []
    for audit, assurance, recs in audits:
        a_start = r
        for rec, actions in recs:
            r_start = r
            for (ref, prio, action, officer, orig, rev, colour, prog, lead, end, status) in actions:
                ws.cell(row=r, column=3, value=ref)
                ws.cell(row=r, column=4, value=prio)
                ws.cell(row=r, column=6, value=action)
                ws.cell(row=r, column=7, value=officer)
                c = ws.cell(row=r, column=8, value=orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(row=r, column=9, value=rev)
                    c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=10).fill = fill(colour)
                ws.cell(row=r, column=11, value=prog)
                for col in range(1, 12):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BORDER
                expected.append(act(ref, [audit, rec], action, lead, end, status))
                r += 1
            ws.cell(row=r_start, column=5, value=rec)
            if r - 1 > r_start:
                ws.merge_cells(start_row=r_start, start_column=5, end_row=r - 1, end_column=5)
        ws.cell(row=a_start, column=1, value=audit).font = Font(bold=True)
        ws.cell(row=a_start, column=2, value=assurance)
        if r - 1 > a_start:
            ws.merge_cells(start_row=a_start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=a_start, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(row=r + 1, column=1, value="Note: where a revised target date has been agreed by the Committee the "
                                        "original date is retained for reference.")
    widths = [26, 13, 9, 11, 40, 48, 24, 13, 13, 7, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"
    wb.save(out(fname))

    write_yaml(fname, {
        "source": "Imitates the internal audit recommendation trackers reported to the Finance and Resources "
                  "Committee of Nottinghamshire and City of Nottingham Fire and Rescue Authority (2025), whose "
                  "internal audit is provided by Nottinghamshire County Council and grades recommendations "
                  "Priority 1 / Priority 2 (see the 2023/24 internal audit annual report item, "
                  "https://committee.nottinghamcity.gov.uk/mgAi.aspx?ID=55810, which names the Information Security, "
                  "Health & Safety, Business Continuity and Contract Management audits). Copied features: a Summary "
                  "sheet of totals before the tracker sheet, title and 'position as at' lines, a RAG key row of "
                  "coloured cells, audit name and assurance merged down the column, the recommendation merged over "
                  "its agreed actions, job titles as responsible officers, original and revised target dates, a "
                  "fill-colour-only RAG column and a note line.",
        "reads": "A two-sheet workbook: a summary of agreed actions by audit, then the tracker, in which each audit "
                 "(merged down the left) holds recommendations and the management actions agreed for each, with "
                 "officer, original and revised dates and a coloured RAG cell. Nine agreed actions; the revised "
                 "date, where given, is the due month, and the fill colour is the status (blue = implemented).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Saffron Housing Trust - board action log (xlsx)
# ---------------------------------------------------------------------------
def saffron():
    fname = "zvl-saffron-housing-trust-board-action-log.xlsx"
    title = "Saffron Housing Trust – Board Action Log"
    D = dt.datetime
    RAGFILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": "9BC2E6"}
    open_sections = [
        ("Board – 21 May 2025", [
            ("BA/25/14", "25/041",
             "Provide the Board with an analysis of the 2024/25 tenant satisfaction measures by estate and tenure, highlighting estates below the median for repairs satisfaction.",
             "Director of Customer Services", D(2025, 7, 31), D(2025, 10, 31), "Amber",
             "Survey contractor re-issued the estate-level data in August. Analysis will come to the October Board.",
             ["Director of Customer Services"], "2025-10", "amber"),
            ("BA/25/15", "25/043",
             "Arrange a Board site visit to the Harleston development before handover.",
             "Company Secretary", D(2025, 9, 30), None, "Green",
             "Visit booked for 30 September; travel details circulated.",
             ["Company Secretary"], "2025-09", "green"),
        ]),
        ("Board – 23 July 2025", [
            ("BA/25/21", "25/058",
             "Bring the revised Damp and Mould Policy, reflecting Awaab’s Law requirements from October 2025, to the Board for approval.",
             "Director of Property Services", D(2025, 9, 30), None, "Green",
             "On the agenda for this meeting (item 7).",
             ["Director of Property Services"], "2025-09", "green"),
            ("BA/25/22", "25/060",
             "Confirm the loan covenant headroom under the downside scenario of the 30-year business plan and circulate to members.",
             "Director of Finance", D(2025, 8, 31), D(2025, 10, 31), "Amber",
             "Awaiting lender confirmation of the interest cover definition. Note to follow by 31 October.",
             ["Director of Finance"], "2025-10", "amber"),
            ("BA/25/23", "25/062",
             "Review the Board skills matrix and propose a recruitment plan for two new Board members with development and digital experience.",
             "Chair / Company Secretary", D(2025, 12, 31), None, "Green",
             "Skills self-assessment issued to members; responses due 3 October.",
             ["Chair", "Company Secretary"], "2025-12", "green"),
            ("BA/25/24", "25/065",
             "Include fire safety remediation progress for the three higher-risk buildings in every Board performance report.",
             "Director of Property Services", "Ongoing", None, "Green",
             "Included from the September report.",
             ["Director of Property Services"], None, "green"),
        ]),
        ("Board – 10 September 2025 (extraordinary)", [
            ("BA/25/27", "25/071",
             "Circulate the Regulator of Social Housing’s final inspection feedback letter to all Board members.",
             "Chief Executive", D(2025, 9, 30), None, "Red",
             "Letter not yet received from the Regulator; chased 17 September.",
             ["Chief Executive"], "2025-09", "red"),
        ]),
    ]
    closed_sections = [
        ("Board – 26 March 2025", [
            ("BA/25/09", "25/029",
             "Provide a breakdown of void rent loss by property type for 2024/25.",
             "Director of Customer Services", D(2025, 7, 31), None, "Complete",
             "Circulated to members 4 July 2025.",
             ["Director of Customer Services"], "2025-07", "blue"),
        ]),
        ("Board – 21 May 2025", [
            ("BA/25/17", "25/047",
             "Update the Treasury Management Policy to reflect the revised minimum liquidity requirement.",
             "Director of Finance", D(2025, 7, 31), None, "Complete",
             "Approved by the Board on 23 July 2025 (minute 25/061).",
             ["Director of Finance"], "2025-07", "blue"),
        ]),
    ]
    headers = ["Action ref", "Minute", "Action", "Owner", "Original due", "Revised due", "RAG", "Update"]
    widths = [11, 9, 60, 28, 12, 12, 10, 50]
    wb = Workbook()
    expected = []

    def sheet(ws, lines, sections):
        for i, (txt, bold) in enumerate(lines, 1):
            ws.cell(row=i, column=1, value=txt).font = Font(bold=bold, size=14 if i == 1 else 11)
        hr = len(lines) + 2
        for i, h in enumerate(headers, 1):
            c = ws.cell(row=hr, column=i, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("5B2C6F")
            c.border = BORDER
            c.alignment = WRAP
        r = hr + 1
        for sec, rows in sections:
            ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for (ref, minute, action, owner, orig, rev, rag, upd, lead, end, status) in rows:
                vals = [ref, minute, action, owner, orig, rev, rag, upd]
                for col, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=col, value=v)
                    c.alignment = WRAP
                    c.border = BORDER
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                ws.cell(row=r, column=7).fill = fill(RAGFILL[rag])
                kw = {}
                if end is None:
                    kw["end_text"] = orig
                expected.append(act(ref, [sec], action, lead, end, status, **kw))
                r += 1
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        return r

    ws = wb.active
    ws.title = "Open actions"
    r = sheet(ws, [(title, True), ("Open actions – for the Board meeting on 24 September 2025", False)],
              open_sections)
    ws.cell(row=r + 1, column=1,
            value="RAG: Green – on track; Amber – revised date agreed; Red – overdue or at risk; "
                  "Complete – proposed for closure")
    ws2 = wb.create_sheet("Closed actions")
    sheet(ws2, [("Board Action Log – actions closed since the last meeting", True),
                ("For noting", False)], closed_sections)
    wb.save(out(fname))

    write_yaml(fname, {
        "source": "Imitates the board action logs that English housing associations (e.g. Saffron Housing Trust, "
                  "Norfolk, 2025) put in their board packs after 'Matters arising': a log numbered by year, "
                  "grouped by the meeting that raised each action, with minute reference, owner (job titles), due "
                  "date and RAG. Copied features: title and 'for the Board meeting on' line, grey merged "
                  "meeting-date rows, original and revised due dates as mmm-yy dates, a RAG word with matching "
                  "fill, 'Ongoing' as a due date, a RAG legend line under the table and a second sheet of actions "
                  "closed since the last meeting, also grouped by meeting.",
        "reads": "Two sheets of board actions: open actions grouped under the meeting that set them, then actions "
                 "closed since the last meeting. Each action has its ref, minute, text, owner, original and "
                 "revised due dates and a RAG word; nine actions in all, two of them complete.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. Newman University - student outcomes (B3) improvement plan, refuse (xlsx)
# ---------------------------------------------------------------------------
def newman():
    fname = "zvl-newman-university-student-outcomes-improvement-plan-typo-month-refuse.xlsx"
    title = "Newman University – Student Outcomes (B3) Improvement Plan 2025-27"
    D = dt.datetime
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = title
    dc["A1"].font = Font(bold=True, size=14)
    info = [("Plan owner", "Pro Vice-Chancellor (Education and Student Experience)"),
            ("Approved by", "Academic Board, 2 July 2025"),
            ("Monitoring", "Education and Student Experience Committee (each meeting); Academic Board (termly)"),
            ("Classification", "Internal – not for publication")]
    for i, (k, v) in enumerate(info, 3):
        dc.cell(row=i, column=1, value=k).font = Font(bold=True)
        dc.cell(row=i, column=2, value=v)
    dc.cell(row=8, column=1, value="Version history").font = Font(bold=True)
    vh = [("Version", "Date", "Author", "Change"),
          ("0.3", "16/06/2025", "Head of Planning and Insight", "Draft for Education and Student Experience Committee"),
          ("1.0", "02/07/2025", "Head of Planning and Insight", "Approved by Academic Board"),
          ("1.1", "26/11/2025", "Head of Planning and Insight", "November progress update")]
    for i, row in enumerate(vh, 9):
        for j, v in enumerate(row, 1):
            c = dc.cell(row=i, column=j, value=v)
            c.border = BORDER
            if i == 9:
                c.font = Font(bold=True)
    dc.column_dimensions["A"].width = 18
    dc.column_dimensions["B"].width = 60
    dc.column_dimensions["C"].width = 30
    dc.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Student Outcomes (B3) Improvement Plan 2025-27 – progress update"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to Academic Board, 26 November 2025"
    hdr = ["Ref", "Action", "Lead", "Target date", "Previous RAG (Jul 2025)", "Current RAG (Nov 2025)",
           "Progress commentary"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BORDER
    RF = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rows = [
        ("obj", "Objective 1: Raise continuation for full-time first degree entrants to 85% or above by 2026-27"),
        ("1.1", "Introduce a week-six attendance and engagement trigger, with personal tutor contact within five working days for any student flagged.",
         "Dean of Students", D(2025, 10, 31), "G", "B", "Trigger live from 6 October; 212 students contacted by 14 November."),
        ("1.2", "Redesign first-year induction to include an academic skills diagnostic for all entrants.",
         "Head of Learning Development", D(2025, 9, 30), "B", "B", "Diagnostic completed by 91% of September entrants."),
        ("1.3", "Pilot peer mentoring in Education and Psychology, the two subjects with the lowest continuation.",
         "Head of School of Education / Head of Psychology", D(2026, 1, 31), "A", "A",
         "Mentor recruitment slower than planned (14 of 24 mentors trained)."),
        ("obj", "Objective 2: Improve completion for part-time and mature students"),
        ("2.1", "Offer flexible assessment submission windows for part-time students with caring or work commitments.",
         "Academic Registrar", D(2025, 12, 31), "G", "A", "Regulations change approved; system configuration outstanding."),
        ("2.2", "Review the timetabling of part-time foundation degree teaching so that teaching is concentrated on one day a week.",
         "Director of Academic Quality", "Febuary 2026", "G", "G", "Consultation with programme teams under way."),
        ("obj", "Objective 3: Improve progression to managerial and professional employment or further study"),
        ("3.1", "Embed a credit-bearing work placement module in all undergraduate programmes.",
         "PVC Education / Head of Careers", D(2026, 9, 30), "G", "G",
         "Module approved for 9 of 14 programmes for September 2026 entry."),
        ("3.2", "Create a graduate internship scheme with local employers and the Birmingham and Solihull ICB.",
         "Head of Careers and Employability", D(2026, 6, 30), "A", "R",
         "External funding bid unsuccessful; alternative funding options to be considered by the Executive."),
    ]
    r = 5
    typo_row = None
    for row in rows:
        if row[0] == "obj":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            ref, action, lead, date, prev, cur, prog = row
            vals = [ref, action, lead, date, prev, cur, prog]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=5).fill = fill(RF[prev])
            ws.cell(row=r, column=6).fill = fill(RF[cur])
            if date == "Febuary 2026":
                typo_row = r
        r += 1
    ws.cell(row=r + 1, column=1, value="RAG key: B – complete; G – on track; A – at risk, mitigations in place; "
                                        "R – off track, escalation required")
    ws.cell(row=r + 2, column=1, value="Note: impact is measured against the OfS B3 indicators in the annual "
                                        "update to the Board of Governors.")
    for col, w in zip("ABCDEFG", [8, 60, 30, 12, 12, 12, 50]):
        ws.column_dimensions[col].width = w
    wb.save(out(fname))
    assert typo_row == 11, typo_row

    write_yaml(fname, {
        "source": "Imitates a university's student outcomes improvement plan written after an Office for Students "
                  "condition B3 review (continuation, completion, progression objectives; cf. the OfS B3 "
                  "guidance, https://officeforstudents.org.uk/publications/regulatory-framework-for-higher-education-"
                  "in-england/part-v-guidance-on-the-general-ongoing-conditions-of-registration/condition-b3-student-"
                  "outcomes), as a small university such as Newman University would take it to Academic Board in "
                  "2025. Copied features: a document-control sheet (owner, approval, version history), objective "
                  "rows merged across the plan, numbered actions, job titles as leads (two posts with '/'), "
                  "target dates as mmm-yy dates, previous and current RAG letters on coloured fills, a RAG key "
                  "and note under the table.",
        "reads": "A B3 improvement plan: three objectives, each with numbered actions, lead, target date and "
                 "July and November RAG. The target date of action 2.2 on sheet row 11 reads 'Febuary 2026', a "
                 "mistyped month in a column otherwise holding real dates, so a careful reader stops and asks "
                 "before taking its due month.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })


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


def set_text(cell, text, bold=False, size=9):
    """Put text in a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, p in enumerate(parts):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = para.add_run(p)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Rosebank Health (GP practice) - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def rosebank():
    fname = "zvl-rosebank-health-cqc-inspection-action-plan.docx"
    title = "Rosebank Health – CQC Inspection Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    for line in ["Provider: Rosebank Health Partnership    Location: Rosebank Surgery, Gloucester",
                 "Inspection: 19 March 2024 (report published 8 May 2024) – overall rating Requires improvement "
                 "(Safe: Requires improvement; Well-led: Requires improvement)",
                 "Action plan owner: Practice Manager    Last updated: 14 October 2024"]:
        doc.add_paragraph(line)
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Comment"]):
        set_text(c, h, bold=True)
    for v in [("1.0", "28/05/2024", "Submitted to CQC with the provider response"),
              ("1.2", "15/07/2024", "Update for ICB primary care quality meeting"),
              ("1.3", "14/10/2024", "Progress update for Partners’ meeting")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            set_text(c, x)

    H = ["No.", "What CQC found", "Action taken / planned", "Lead", "Completion date", "Status"]
    sections = [
        ("Requirement notice: Regulation 12 Safe care and treatment",
         "The provider must ensure that care and treatment is provided in a safe way for service users.",
         [
             ("Patients prescribed high-risk medicines (methotrexate, lithium) did not always have the required monitoring before prescribing.", [
                 ("1.1", "Run weekly searches for all patients on high-risk medicines and add a monitoring alert to each record; repeat prescriptions to be issued only when monitoring is up to date.",
                  "Clinical Pharmacist", "30/06/2024", "Completed", ["Clinical Pharmacist"], "2024-06", "blue"),
                 ("1.2", "Repeat the clinical audit of high-risk drug monitoring at three and six months and present the results at the clinical meeting.",
                  "Dr R. Hughes (Prescribing Lead)", "November 2024", "On track", ["Dr R. Hughes (Prescribing Lead)"], "2024-11", "green"),
             ]),
             ("Medicines and Healthcare products Regulatory Agency (MHRA) alerts were not consistently acted on and there was no record of the searches carried out.", [
                 ("1.3", "Introduce an MHRA alerts log recording the named clinician, searches run and action taken; alerts reviewed as a standing item at the weekly clinical meeting.",
                  "Practice Manager / Clinical Pharmacist", "End of June 2024", "Completed",
                  ["Practice Manager", "Clinical Pharmacist"], "2024-06", "blue"),
             ]),
             ("Not all emergency medicines recommended in national guidance were held and there was no risk assessment for those not stocked.", [
                 ("1.4", "Complete a risk assessment for emergency medicines not stocked and add monthly checks of the emergency drugs to the nurses’ rota.",
                  "Lead Nurse", "31/05/2024", "Completed", ["Lead Nurse"], "2024-05", "blue"),
             ]),
         ]),
        ("Requirement notice: Regulation 17 Good governance",
         "The provider must establish effective systems and processes to ensure good governance.",
         [
             ("Systems to monitor staff training were not effective; several staff had not completed safeguarding or basic life support training.", [
                 ("2.1", "Move training records onto the TeamNet training matrix and set a reminder 30 days before each course expires.\nPractice Manager to report compliance to the monthly partners’ meeting.",
                  "Practice Manager", "31/07/2024", "Completed", ["Practice Manager"], "2024-07", "blue"),
             ]),
             ("Practice policies were overdue for review and some referred to out-of-date guidance.", [
                 ("2.2", "Review all 46 practice policies, starting with safeguarding, infection control and chaperoning, and record review dates on the policy register.",
                  "Assistant Practice Manager", "December 2024", "On track", ["Assistant Practice Manager"], "2024-12", "green"),
             ]),
             ("Patient Group Directions (PGDs) had not been signed by all nurses working under them.", [
                 ("2.3", "Re-issue all PGDs for signature by each nurse and the authorising GP, and audit the PGD folder every quarter.",
                  "Lead Nurse and Dr A. Patel", "Quarterly", "On track", ["Lead Nurse", "Dr A. Patel"], None, "green"),
             ]),
         ]),
    ]
    expected = []
    num = 0
    for heading, intro, findings in sections:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(intro)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, H):
            set_text(c, h, bold=True)
            shade(c, "DDEBF7")
        for finding, acts in findings:
            start = len(t.rows)
            for (ref, action, lead_txt, when, status_txt, lead, end, status) in acts:
                cells = t.add_row().cells
                set_text(cells[0], ref)
                set_text(cells[2], action)
                set_text(cells[3], lead_txt)
                set_text(cells[4], when)
                set_text(cells[5], status_txt)
                kw = {"end_text": when} if end is None else {}
                expected.append(act(ref, [heading, finding], action, lead, end, status, **kw))
            end_row = len(t.rows) - 1
            if end_row > start:
                m = t.cell(start, 1).merge(t.cell(end_row, 1))
                set_text(m, finding)
            else:
                set_text(t.cell(start, 1), finding)
        num += 1

    should = "Areas where the practice should make improvements"
    doc.add_heading(should, level=1)
    doc.add_paragraph("These were not breaches of regulations but CQC said the practice should:")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "The practice should", "Action taken / planned", "Lead",
                                      "Completion date", "Status"]):
        set_text(c, h, bold=True)
        shade(c, "DDEBF7")
    for (ref, finding, action, lead_txt, when, st, lead, end, status) in [
        ("3.1", "Continue to improve the uptake of cervical screening.",
         "Text and telephone recall for women overdue screening, with Saturday morning smear clinics at the extended access hub.",
         "Lead Nurse", "March 2025", "On track", ["Lead Nurse"], "2025-03", "green"),
        ("3.2", "Take steps to improve patient satisfaction with telephone access.",
         "Install cloud telephony with call-back and queue position, and repeat the practice access survey six months after go-live.",
         "Practice Manager", "Jan 2025", "Not started", ["Practice Manager"], "2025-01", "unrated"),
    ]:
        cells = t.add_row().cells
        for c, x in zip(cells, [ref, finding, action, lead_txt, when, st]):
            set_text(c, x)
        expected.append(act(ref, [should, finding], action, lead, end, status))
    doc.add_paragraph("")
    doc.add_paragraph("Status: Completed – action finished and evidence held; On track – in progress within "
                      "timescale; Not started – action not yet begun.")
    doc.add_paragraph("Signed on behalf of the partners: Dr M. Okafor, Senior Partner")
    doc.save(out(fname))

    write_yaml(fname, {
        "source": "Imitates the action plan a GP practice returns to CQC after a Requires improvement inspection "
                  "with requirement notices (2024), as practices publish with their response and share with the "
                  "ICB (cf. BMA guidance on CQC inspection outcomes, https://www.bma.org.uk/advice-and-support/"
                  "gp-practices/the-cqc/how-to-prepare-for-a-cqc-inspection). Copied features: title heading, "
                  "provider/location and inspection lines, a document-control table, one heading and table per "
                  "requirement notice with the regulation's wording above it, 'What CQC found' merged over its "
                  "actions, numbered actions, named GPs and job titles as leads, a separate 'should' table, "
                  "word statuses with a status legend and a sign-off line.",
        "reads": "A practice's CQC action plan: two requirement-notice sections (Regulation 12 and 17) and the "
                 "'should' improvements, each a table of findings with the actions taken, lead, completion "
                 "date and status. Nine numbered actions, read under the regulation heading and the finding "
                 "they answer.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Hillcrest Nursing Home - CQC improvement and action plan (docx)
# ---------------------------------------------------------------------------
def hillcrest():
    fname = "zvl-hillcrest-nursing-home-cqc-quality-improvement-plan.docx"
    title = "Hillcrest Nursing Home – CQC Improvement and Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Service name and location", "Hillcrest Nursing Home, Kidderminster"),
                 ("Provider", "Hillcrest Care (Midlands) Ltd"),
                 ("Registered Manager", "Mrs Joanne Pritchard"),
                 ("Date of inspection report", "12 September 2024"),
                 ("Date of plan", "7 October 2024"),
                 ("Date of review", "6 January 2025")]:
        cells = info.add_row().cells
        set_text(cells[0], k, bold=True, size=10)
        set_text(cells[1], v, size=10)
    doc.add_paragraph("")
    doc.add_paragraph("This document sets out the improvements and actions we are taking following our CQC "
                      "inspection, who is responsible, the timescale and our progress. Ratings at the inspection: "
                      "Safe – Requires improvement; Effective – Good; Caring – Good; Responsive – Good; "
                      "Well-led – Requires improvement. Overall – Requires improvement.")
    doc.add_paragraph("Progress key").runs[0].bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, txt in [(GREEN, "Delivered and complete"), (AMBER, "Some issues outstanding"),
                        (RED, "Not delivered and needs action")]:
        cells = key.add_row().cells
        shade(cells[0], colour)
        set_text(cells[1], txt, size=10)
    doc.add_paragraph("")
    doc.add_paragraph("Key for persons responsible").runs[0].bold = True
    for line in ["RM = Registered Manager", "DM = Deputy Manager", "CL = Clinical Lead",
                 "RDO = Regional Director of Operations", "HR = Human Resources Department"]:
        doc.add_paragraph(line)
    doc.add_paragraph("Action plan").runs[0].bold = True

    H = ["CQC action requirements and recommendations", "Regulation and key question",
         "Improvement action (and evidence)", "By whom", "By when", "Progress"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, H):
        set_text(c, h, bold=True)
        shade(c, "BDD7EE")
    bands = [
        ("Is the service safe?", [
            ("Risks to people’s health were not always assessed and managed. Repositioning charts for people at risk of pressure damage were incomplete.",
             "Regulation 12 Safe care and treatment – SAFE", [
                 ("All care plans for people at risk of pressure damage reviewed and Waterlow scores updated.\n(Evidence: care plan audit, October 2024)",
                  "RM/CL", "31st October 2024", GREEN, ["RM", "CL"], "2024-10", "blue"),
                 ("Electronic repositioning prompts set up on the care planning system; competency checks for night staff completed by the CL.\n(Evidence: competency records)",
                  "CL", "By end of November 2024", AMBER, ["CL"], "2024-11", "amber"),
             ]),
            ("Medicines were not always managed safely. Time-specific medicines were not given at the prescribed time and protocols for ‘as required’ (PRN) medicines were missing.",
             "Regulation 12 Safe care and treatment – SAFE", [
                 ("PRN protocols written for every ‘as required’ medicine and checked at the monthly medicines audit.\n(Evidence: medicines audit, November 2024)",
                  "CL & DM", "30th November 2024", GREEN, ["CL", "DM"], "2024-11", "blue"),
                 ("Time-critical medicines (Parkinson’s, insulin) flagged on the eMAR with an alert 30 minutes before they are due.",
                  "CL", "Dec 2024", RED, ["CL"], "2024-12", "red"),
             ]),
            ("Recruitment checks were not robust; gaps in staff employment histories had not been explored.",
             "Regulation 19 Fit and proper persons employed – SAFE", [
                 ("Audit of all staff files; missing employment histories obtained and gaps explained in writing.\n(Evidence: file audit spreadsheet)",
                  "HR / RM", "31st October 2024", GREEN, ["HR", "RM"], "2024-10", "blue"),
             ]),
        ]),
        ("Is the service well-led?", [
            ("Quality assurance systems had not identified the shortfalls found at this inspection.",
             "Regulation 17 Good governance – WELL-LED", [
                 ("Monthly provider quality visits by the RDO with a written report and action tracker shared with the RM.",
                  "RDO", "Immediate and ongoing", AMBER, ["RDO"], None, "amber"),
                 ("Registered Manager’s audit schedule revised to include weekly checks of repositioning and fluid charts.",
                  "RM", "October 2024", GREEN, ["RM"], "2024-10", "blue"),
             ]),
            ("We recommend the provider seeks feedback from people and their relatives and acts on it.",
             "Recommendation – WELL-LED", [
                 ("Relatives’ meetings restarted every quarter and a ‘You said, we did’ board displayed in reception.",
                  "RM", "January 2025", None, ["RM"], "2025-01", "unrated"),
             ]),
        ]),
    ]
    expected = []
    for band, reqs in bands:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_text(m, band, bold=True, size=10)
        shade(m, "F2F2F2")
        for req, reg, acts in reqs:
            start = len(t.rows)
            for (action, who, when, colour, lead, end, status) in acts:
                cells = t.add_row().cells
                set_text(cells[2], action)
                set_text(cells[3], who)
                set_text(cells[4], when)
                if colour:
                    shade(cells[5], colour)
                kw = {"end_text": when} if end is None else {}
                expected.append(act(None, [band, req], action, lead, end, status, **kw))
            end_row = len(t.rows) - 1
            if end_row > start:
                m1 = t.cell(start, 0).merge(t.cell(end_row, 0))
                m2 = t.cell(start, 1).merge(t.cell(end_row, 1))
            else:
                m1, m2 = t.cell(start, 0), t.cell(start, 1)
            set_text(m1, req)
            set_text(m2, reg)
    doc.add_paragraph("")
    doc.add_paragraph("Signed off by: ………………………… Regional Director of Operations    Date: ……………")
    doc.save(out(fname))

    write_yaml(fname, {
        "source": "Imitates the 'CQC Improvement and Action Plan' that care home providers send CQC after a "
                  "Requires improvement rating (2024), modelled on a published plan of that name "
                  "(https://docsbay.net/cqc-improvement-and-action-plan: service/registered manager/date header, "
                  "colour progress key 'Delivered and Complete / Some issues outstanding / Not delivered and needs "
                  "action', key for persons responsible by initials, columns 'CQC Action Requirements and "
                  "Recommendations / CQC Regulation and Key Question / Improvement and Action Plan (and Evidence) "
                  "/ By Whom / By When / Progress'). Copied features: header table, ratings paragraph, shaded "
                  "progress key with no blue, role-initial key, key-question band rows, the requirement and "
                  "regulation merged over their actions, evidence in brackets on a second line, shading-only "
                  "progress and a sign-off line.",
        "reads": "A care home's improvement plan after a CQC inspection: under 'Is the service safe?' and 'Is "
                 "the service well-led?', each CQC requirement or recommendation has one or two improvement "
                 "actions with who (role initials), when and a shaded progress cell. Eight actions, no refs; by "
                 "the document's own key green means delivered and complete, so green cells read as complete "
                 "and the unshaded one as not yet rated.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. QEH King's Lynn NHSFT - Board of Directors action log (csv)
# ---------------------------------------------------------------------------
def qeh():
    fname = "zvl-queen-elizabeth-hospital-kings-lynn-nhsft-board-of-directors-action-log.csv"
    title = "The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust – Board of Directors (Public) Action Log"
    rows = [
        ("BoD/25/061", "04/11/2025", "25/148",
         "Bring a report on the Trust's corridor care position and the associated patient safety mitigations to the next Board.",
         "Chief Nurse / Chief Operating Officer", "02/12/2025", "B",
         "Report received at December Board (minute 25/171). Propose closure.",
         ["Chief Nurse", "Chief Operating Officer"], "2025-12", "blue", None),
        ("BoD/25/064", "04/11/2025", "25/152",
         "Circulate the updated trajectory for the new hospital programme enabling works, with key milestones, to Board members.",
         "Director of Strategy", "Jan-26", "A",
         "Milestones awaiting confirmation from the national New Hospital Programme; expected end of February.",
         ["Director of Strategy"], "2026-01", "amber", None),
        ("BoD/25/070", "02/12/2025", "25/166",
         "Include 52-week waits by specialty in the Integrated Performance Report from Q4.",
         "Chief Operating Officer", "Q4 2025/26", "G",
         "Metric built; first reported in the March IPR.",
         ["Chief Operating Officer"], "2026-03", "green", None),
        ("BoD/25/072", "02/12/2025", "25/168",
         "Review the maternity incentive scheme Year 7 safety actions evidence with the Maternity and Neonatal Safety Champions before the Board declaration is signed.",
         "Director of Midwifery; Non-Executive Maternity Safety Champion", "27/02/2026", "G",
         "Evidence review meeting booked for 18 February.",
         ["Director of Midwifery", "Non-Executive Maternity Safety Champion"], "2026-02", "green", None),
        ("BoD/25/073", "02/12/2025", "25/170",
         "Confirm with the ICB the recurrent funding position for the virtual ward beyond March 2026.",
         "Chief Finance Officer", "TBC", "A",
         "Awaiting ICB planning guidance.\nUpdate to March Board.",
         ["Chief Finance Officer"], None, "amber", "TBC"),
        ("BoD/26/004", "06/01/2026", "26/009",
         "Present the Freedom to Speak Up annual themes to a Board development session.",
         "Director of People", "March 2026", "G",
         "Scheduled for the 17 March development session.",
         ["Director of People"], "2026-03", "green", None),
        ("BoD/26/006", "06/01/2026", "26/012",
         "Provide assurance on compliance with the Safeguarding Level 3 training target (90%) for medical staff, by division.",
         "Medical Director", "31/01/2026", "R",
         "Compliance 78%. Divisional recovery plans requested;\nrevised report to the March Board.",
         ["Medical Director"], "2026-01", "red", None),
        ("BoD/26/007", "06/01/2026", "26/014",
         "Share the 2025 NHS Staff Survey headline results with the Council of Governors.",
         "Director of People / Company Secretary", "Feb-26", "G",
         "On the agenda for the Council of Governors on 25 February.",
         ["Director of People", "Company Secretary"], "2026-02", "green", None),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    ncol = 8
    w.writerow([title] + [""] * (ncol - 1))
    w.writerow(["Meeting: 3 February 2026 – Item 4 Matters arising and action log"] + [""] * (ncol - 1))
    w.writerow([""] * ncol)
    w.writerow(["Action No", "Meeting date", "Minute ref", "Action", "Lead", "Due date", "RAG", "Update"])
    expected = []
    for (ref, mdate, minute, action, lead_txt, due, rag, upd, lead, end, status, end_text) in rows:
        w.writerow([ref, mdate, minute, action, lead_txt, due, rag, upd])
        kw = {"end_text": end_text} if end_text else {}
        expected.append(act(ref, [], action, lead, end, status, **kw))
    w.writerow([""] * ncol)
    w.writerow(["RAG key: B = complete (propose closure); G = on track; A = at risk of missing due date; "
                "R = overdue"] + [""] * (ncol - 1))
    w.writerow(["Exported from the Board governance system 27/01/2026"] + [""] * (ncol - 1))
    with open(out(fname), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_yaml(fname, {
        "source": "Imitates the public Board of Directors action log of an English acute NHS foundation trust "
                  "(The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust, 2025-26), as exported to CSV "
                  "from a board-pack system: a title line, meeting line, one row per action with action number, "
                  "meeting date, minute reference, lead (executive posts, two with '/' or ';'), due date written "
                  "several ways (dd/mm/yyyy, Jan-26, Q4 2025/26, March 2026, TBC), RAG letter including B for "
                  "complete/propose closure, update text with quoted line breaks, and a RAG key and export line "
                  "at the foot.",
        "reads": "A board action log of eight open or proposed-for-closure actions from the November 2025 to "
                 "January 2026 meetings, each with lead, due date, RAG letter and update. There are no theme "
                 "headings; Q4 2025/26 is March 2026 and TBC has no month.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. Hartpury College - quality improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
def hartpury():
    fname = "zvl-hartpury-college-quality-improvement-plan-2025-26.txt"
    title = "Hartpury College – Quality Improvement Plan 2025-26"
    T1 = "Theme 1: Quality of education"
    T2 = "Theme 2: Apprenticeships"
    T3 = "Theme 3: Behaviour, attitudes and personal development"
    A11 = "Too few learners on level 3 agriculture and equine programmes achieve high grades."
    A13 = "Attendance in English and mathematics lessons is below the college target of 90%."
    A21 = "Too many apprentices on land-based and sport standards are past their planned end date."
    A22 = "Employers are not always involved in reviewing apprentices' progress."
    A31 = "Learners living in residential accommodation do not all understand the risks of radicalisation and extremism in the local area."
    lines = [
        title,
        "Areas for improvement from the Self-Assessment Report 2024-25",
        "Progress position: end of Autumn term 2025 (reported to the Quality and Standards Committee, 10 December 2025)",
        "",
        "Ref\tArea for improvement\tAction\tLead\tTarget date\tRAG\tProgress / impact",
        T1,
    ]
    expected = []
    data = [
        (T1, A11, "QIP1.1", A11,
         "Introduce termly progress reviews with target grades for every level 3 learner, and support plans for those more than one grade below target.",
         "Head of Agriculture / Head of Equine", "Termly", "G",
         "First reviews completed in November; 64 learners on support plans.",
         ["Head of Agriculture", "Head of Equine"], None, "green", "Termly"),
        (T1, A11, "QIP1.2", "",
         "Deliver a CPD programme for teachers on assessment for learning, with peer observation in each curriculum area.",
         "Head of Teaching, Learning and Assessment", "Summer term 2026", "G",
         "Two of five CPD sessions delivered; peer observation pairs set up.",
         ["Head of Teaching, Learning and Assessment"], "2026-07", "green", "Summer term 2026"),
        (T1, A13, "QIP1.3", A13,
         "Daily follow-up of absence from English and maths lessons by progress coaches, with weekly attendance reports to heads of curriculum.",
         "Assistant Principal – English and Maths", "December 2025", "A",
         "Attendance 84% (target 90%), up from 79% at the same point last year.",
         ["Assistant Principal – English and Maths"], "2025-12", "amber", None),
        (T2, A21, "QIP2.1", A21,
         "Monthly caseload reviews of every apprentice within 90 days of their planned end date, with gateway plans agreed with employers.",
         "Head of Apprenticeships", "End of March 2026", "A",
         "Out-of-funding apprentices reduced from 37 to 22.",
         ["Head of Apprenticeships"], "2026-03", "amber", None),
        (T2, A22, "QIP2.2", A22,
         "Hold tripartite reviews with the employer every 10–12 weeks and track employer attendance on the e-portfolio.",
         "Apprenticeship Quality Manager", "Jan-26", "R",
         "Employer attendance at reviews 61% (target 95%).",
         ["Apprenticeship Quality Manager"], "2026-01", "red", None),
        (T3, A31, "QIP3.1", A31,
         "Deliver Prevent sessions in residential tutorials each term and check understanding through learner voice surveys.",
         "Designated Safeguarding Lead", "Autumn term 2025", "B",
         "Completed – sessions delivered in all residential blocks; 88% of learners surveyed could describe local risks.",
         ["Designated Safeguarding Lead"], "2025-12", "blue", "Autumn term 2025"),
        (T3, A31, "QIP3.2", "",
         "Introduce a residential life award recognising learners who contribute to the wider college community.",
         "Head of Residential Services", "June 2026", "",
         "Not started.",
         ["Head of Residential Services"], "2026-06", "unrated", None),
    ]
    cur = T1
    for (theme, afi, ref, afi_cell, action, lead_txt, when, rag, prog, lead, end, status, end_text) in data:
        if theme != cur:
            lines.append(theme)
            cur = theme
        lines.append("\t".join([ref, afi_cell, action, lead_txt, when, rag, prog]))
        kw = {"end_text": end_text} if end_text else {}
        expected.append(act(ref, [theme, afi], action, lead, end, status, **kw))
    lines += ["", "RAG: B = complete; G = on track; A = some slippage; R = off track / at risk"]
    with open(out(fname), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_yaml(fname, {
        "source": "Imitates the quality improvement plan an English land-based FE college (Hartpury College, "
                  "2025-26) builds from its self-assessment report and reports termly to its quality committee, "
                  "saved as tab-separated text from the spreadsheet. Copied features: title, source and "
                  "'progress position' lines, theme rows on their own line, a ref per action, the area for "
                  "improvement written once and left blank on the following action(s) (as merged cells export), "
                  "job titles as leads (two heads with '/'), target dates as terms ('Termly', 'Summer term "
                  "2026', 'Autumn term 2025') and months, RAG letters with B for complete, a blank RAG, and a RAG "
                  "key line.",
        "reads": "A college QIP in three themes; each area for improvement from the SAR has one or two numbered "
                 "actions with lead, target date, RAG and progress. Seven actions: an action with a blank area "
                 "for improvement belongs to the area above it; 'Termly' has no month, 'Summer term 2026' ends in "
                 "July 2026 and 'Autumn term 2025' in December 2025.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    nfrs()
    saffron()
    newman()
    rosebank()
    hillcrest()
    qeh()
    hartpury()
    print("built", sorted(f for f in os.listdir(HERE) if f.startswith("zvl-")))
