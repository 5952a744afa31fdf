"""Build the seven zux- test files (set heldout666).

Run with: /work/main/.venv/bin/python zux_make.py
Writes only files whose names start with 'zux-' in this folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zux-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RAG_FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
HEAD_FILL = fill("1F3864")


def style_row(ws, row, ncol, font=None, fll=None):
    for c in range(1, ncol + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP
        if font:
            cell.font = font
        if fll:
            cell.fill = fll


# ---------------------------------------------------------------------------
# 1. Rochdale Boroughwide Housing - Recovery Plan progress tracker (xlsx)
# ---------------------------------------------------------------------------
RBH_THEMES = [
    ("Theme 1: Governance", [
        ("G1", "Commission an independent review of governance and agree an improvement plan with the Board and the Representative Body.",
         "Chair of the Board", D(2023, 6, 30), None, "A", "B",
         "Review completed by external adviser in May 2023; improvement plan approved by Board on 29 June 2023."),
        ("G2", "Revise Board and committee terms of reference so that landlord health and safety compliance and damp and mould data are reported to every Board meeting.",
         "Director of Governance", D(2023, 9, 30), D(2024, 3, 31), "A", "G",
         "New compliance dashboard in place from November 2023. Committee terms of reference to be approved at March 2024 Board."),
        ("G3", "Recruit two additional Board members with asset management and tenant safety expertise.",
         "Chair of the Board / Director of People", D(2023, 12, 31), D(2024, 4, 30), "G", "A",
         "One appointment made. Second round of recruitment launched January 2024."),
    ]),
    ("Theme 2: Home", [
        ("H1", "Establish a dedicated Damp and Mould Taskforce with a 10 working day inspection standard.",
         "Director of Property Services", D(2023, 4, 30), None, "G", "B",
         "Taskforce operational since April 2023. 94% of inspections within 10 working days in Q3."),
        ("H2", "Complete stock condition surveys of 100% of homes, prioritising homes with open damp and mould cases.",
         "Director of Property Services", D(2024, 3, 31), None, "G", "G",
         "87% of surveys complete at 31 January 2024."),
        ("H3", "Clear the backlog of damp and mould repairs identified in the November 2022 review.",
         "Head of Repairs & Maintenance", D(2023, 10, 31), D(2024, 6, 30), "A", "R",
         "Backlog reduced from 1,640 to 512 cases. Additional contractor capacity secured; revised date agreed by Board."),
    ]),
    ("Theme 3: Tenant Involvement and Empowerment", [
        ("T1", "Co-design a new customer engagement framework with the Representative Body and tenant panels.",
         "Director of Customer Services", D(2023, 12, 31), D(2024, 5, 31), "G", "A",
         "Draft framework tested with tenant panels in January 2024; further workshops planned."),
        ("T2", "Introduce quarterly tenant-led scrutiny of repairs performance, with findings reported to Board.",
         "Head of Customer Involvement", D(2024, 1, 31), None, "G", "G",
         "First scrutiny session held 24 January 2024."),
    ]),
    ("Theme 4: Rebuilding Trust", [
        ("R1", "Hold monthly drop-in sessions in each township, attended by a member of the Executive Team.",
         "Executive Team", "Monthly", None, "G", "G",
         "Sessions held in all five townships each month since March 2023."),
        ("R2", "Review translated and accessible communications and publish a customer communication standard.",
         "Head of Communications & Engagement", D(2023, 8, 31), None, "A", "B",
         "Standard published September 2023; available in 8 community languages."),
    ]),
    ("Theme 5: Lessons Learnt", [
        ("L1", "Deliver mandatory damp and mould awareness training to all customer-facing staff and contractors.",
         "Director of People", D(2023, 7, 31), None, "G", "B",
         "Completed by 100% of staff and 92% of contractor operatives."),
        ("L2", "Commission an independent review of equality, diversity and inclusion in service delivery and implement its recommendations.",
         "Chief Executive", D(2024, 3, 31), "Q2 2024/25", "A", "A",
         "Review commissioned December 2023; report expected April 2024."),
    ]),
]


def make_rbh():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Rochdale Boroughwide Housing"
    cov["A1"].font = Font(bold=True, size=12, color="1F3864")
    cov["A3"] = "RBH Recovery Plan: Progress Tracker"
    cov["A3"].font = Font(bold=True, size=16)
    cov["A4"] = "Voluntary undertaking with the Regulator of Social Housing"
    cov["A4"].font = Font(italic=True)
    cov["A6"] = "Document control"
    cov["A6"].font = BOLD
    dc = [("Version", "Date", "Summary of changes", "Author"),
          ("1.0", "27/04/2023", "Recovery Plan agreed with the Regulator of Social Housing", "Director of Governance"),
          ("2.0", "30/11/2023", "Update for Board; revised target dates proposed", "Head of Governance"),
          ("3.0", "22/02/2024", "Position at 31 January 2024", "Head of Governance")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if i == 0:
                c.font = WHITE_BOLD
                c.fill = HEAD_FILL
    cov["A12"] = "Classification: OFFICIAL – shared with the Regulator of Social Housing"
    for col, w in zip("ABCD", (12, 14, 55, 40)):
        cov.column_dimensions[col].width = w

    # Summary sheet (totals block)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress by theme – current RAG"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["Theme", "Actions", "Complete (B)", "On track (G)", "At risk (A)", "Off track (R)"]
    for j, v in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=v)
        c.font = WHITE_BOLD
        c.fill = HEAD_FILL
        c.border = BOX
    r = 4
    tot = [0, 0, 0, 0, 0]
    for theme, acts in RBH_THEMES:
        counts = [len(acts)] + [sum(1 for a in acts if a[6] == k) for k in "BGAR"]
        tot = [x + y for x, y in zip(tot, counts)]
        sm.cell(row=r, column=1, value=theme).border = BOX
        for j, v in enumerate(counts):
            sm.cell(row=r, column=2 + j, value=v).border = BOX
        r += 1
    sm.cell(row=r, column=1, value="Total").font = BOLD
    for j, v in enumerate(tot):
        c = sm.cell(row=r, column=2 + j, value=v)
        c.font = BOLD
        c.border = BOX
    sm.cell(row=r + 2, column=1, value="% complete").font = BOLD
    sm.cell(row=r + 2, column=2, value=round(100 * tot[1] / tot[0])).number_format = "0\"%\""
    sm.column_dimensions["A"].width = 45
    for col in "BCDEF":
        sm.column_dimensions[col].width = 14

    # Plan sheet
    ws = wb.create_sheet("Recovery Plan")
    ncol = 8
    ws["A1"] = "RBH Recovery Plan: Progress Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Position at 31 January 2024 – reported to Board, 22 February 2024"
    ws.merge_cells("A2:H2")
    ws["A3"] = "RAG key:  B = Complete    G = On track    A = At risk of slipping    R = Off track / overdue"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:H3")
    heads = ["Ref", "Action", "Executive lead", "Original target date", "Revised target date",
             "Previous RAG (Nov 2023)", "Current RAG", "Progress update (January 2024)"]
    for j, v in enumerate(heads):
        ws.cell(row=5, column=1 + j, value=v)
    style_row(ws, 5, ncol, WHITE_BOLD, HEAD_FILL)
    r = 6
    for theme, acts in RBH_THEMES:
        ws.cell(row=r, column=1, value=theme)
        style_row(ws, r, ncol, BOLD, fill("D9E1F2"))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for ref, text, lead, orig, rev, prev, cur, prog in acts:
            vals = [ref, text, lead, orig, rev, prev, cur, prog]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            style_row(ws, r, ncol)
            for col in (6, 7):
                c = ws.cell(row=r, column=col)
                c.fill = fill(RAG_FILL[c.value])
                c.alignment = Alignment(horizontal="center", vertical="top")
                c.font = Font(bold=True, color="FFFFFF" if c.value in "RB" else "000000")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the Board on 14 December 2023. "
                                   "Previous RAG is the position reported to Board on 30 November 2023.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", (7, 60, 30, 13, 13, 12, 10, 55)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C6"
    wb.save(out("zux-rochdale-boroughwide-housing-recovery-plan-progress-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. NISRA - Census 2031 Programme highlight report (xlsx)
# ---------------------------------------------------------------------------
NISRA_WS = [
    ("WS1 Legislation & Governance", [
        ("1.1", "Prepare policy instructions for the Census Order and submit them to the Departmental Solicitor's Office.",
         "Head of Census Legislation", "Nov 2025", "On track", "Drafting under way; policy sign-off by SRO scheduled for 20 October."),
        ("1.2", "Establish the Census 2031 Equality Impact Assessment working group.",
         "Ruth Hamill & Mark Kerr", "Sep 2025", "Complete", "First meeting held 11 September 2025."),
    ]),
    ("WS2 Administrative Data", [
        ("2.1", "Agree data sharing arrangements with the Department of Health for the Health Card Registration System extract.",
         "Administrative Data Lead", "31/12/2025", "At risk", "Data protection impact assessment returned for further work; escalated to SRO."),
        ("2.2", "Publish research on admin-based population estimates for Local Government Districts.",
         "Principal Statistician, Population Statistics", "Q4 2025/26", "On track", "Methodology peer reviewed by ONS in August."),
    ]),
    ("WS3 Collection Design", [
        ("3.1", "Complete the procurement options appraisal for online collection services.",
         "Ciarán Doherty", "Oct 2025", "Off track", "Delayed pending Construction and Procurement Delivery review; revised date to be agreed at October Board."),
        ("3.2", "Design the 2027 Census Test fieldwork approach, including the rural enumeration pilot.",
         "Head of Field Operations", "Mar 2026", "Not started", "Due to start November 2025."),
    ]),
    ("WS4 Outputs & Dissemination", [
        ("4.1", "Run a user consultation on the content of Census 2031 outputs.",
         "Outputs Lead; Dissemination Lead", "TBC", "Not started", "Timing dependent on Ministerial decision on census approach."),
    ]),
    ("WS5 Communications & Engagement", [
        ("5.1", "Deliver the autumn stakeholder engagement events in Belfast, Derry~Londonderry and Enniskillen.",
         "Head of Communications", "Nov 2025", "On track", "Belfast event booked for 6 November."),
        ("5.2", "Refresh the Census 2031 stakeholder map and engagement plan.",
         "Head of Communications", "Sep 2025", "Complete", "Approved by Programme Management Group on 24 September."),
    ]),
]
NISRA_STATUS_FILL = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000",
                     "Off track": "FF0000", "Not started": "D9D9D9"}


def make_nisra():
    wb = Workbook()
    hr = wb.active
    hr.title = "Highlight Report"
    hr["A1"] = "Northern Ireland Statistics and Research Agency"
    hr["A1"].font = Font(bold=True, color="005EA5")
    hr["A2"] = "Census 2031 Programme – Highlight Report"
    hr["A2"].font = Font(bold=True, size=16)
    kv = [("Reporting period", "1 – 30 September 2025"),
          ("Senior Responsible Owner", "Registrar General for Northern Ireland"),
          ("Programme Manager", "Head of Census Programme Office"),
          ("Prepared for", "Census 2031 Programme Board – 14 October 2025"),
          ("Overall status", "Amber")]
    for i, (k, v) in enumerate(kv):
        a = hr.cell(row=4 + i, column=1, value=k)
        a.font = BOLD
        a.fill = fill("DEEAF6")
        a.border = BOX
        b = hr.cell(row=4 + i, column=2, value=v)
        b.border = BOX
        hr.merge_cells(start_row=4 + i, start_column=2, end_row=4 + i, end_column=4)
    hr["B8"].fill = fill("FFC000")
    hr["B8"].font = BOLD
    hr.cell(row=10, column=1, value="Dimension")
    hr.cell(row=10, column=2, value="Last period")
    hr.cell(row=10, column=3, value="This period")
    hr.cell(row=10, column=4, value="Commentary")
    style_row(hr, 10, 4, WHITE_BOLD, fill("005EA5"))
    dims = [("Schedule", "A", "A", "Procurement appraisal (3.1) slipped; no impact yet on 2027 Census Test."),
            ("Budget", "G", "G", "2025-26 spend forecast within allocation."),
            ("Resources", "A", "R", "Two statistician vacancies; recruitment competition closes 17 October."),
            ("Scope", "G", "G", "No change."),
            ("Benefits", "G", "G", "Benefits realisation plan approved June 2025.")]
    for i, (d, l, t, cmt) in enumerate(dims):
        row = 11 + i
        for j, v in enumerate((d, l, t, cmt)):
            hr.cell(row=row, column=1 + j, value=v)
        style_row(hr, row, 4)
        for col in (2, 3):
            c = hr.cell(row=row, column=col)
            c.fill = fill(RAG_FILL[c.value])
            c.alignment = Alignment(horizontal="center")
    lines = [
        (17, "Key achievements this period", True),
        (18, "• Equality Impact Assessment working group established and first meeting held.", False),
        (19, "• Stakeholder map and engagement plan refreshed and approved.", False),
        (20, "• ONS peer review of admin-based population estimates methodology completed.", False),
        (22, "Planned for next period", True),
        (23, "• Submit Census Order policy instructions.", False),
        (24, "• Hold first autumn stakeholder engagement event (Belfast, 6 November).", False),
        (26, "Decisions / escalations for Programme Board", True),
        (27, "1. Note the Red resources rating and the recruitment position.", False),
        (28, "2. Agree a revised date for the procurement options appraisal (action 3.1).", False),
        (30, "Workstream actions are reported on the 'Workstream Actions' sheet.", False),
    ]
    for row, text, bold in lines:
        c = hr.cell(row=row, column=1, value=text)
        if bold:
            c.font = Font(bold=True, size=12, color="005EA5")
    hr.column_dimensions["A"].width = 28
    hr.column_dimensions["B"].width = 16
    hr.column_dimensions["C"].width = 16
    hr.column_dimensions["D"].width = 70

    ws = wb.create_sheet("Workstream Actions")
    ws["A1"] = "Census 2031 Programme – Workstream actions (September 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status key: Complete | On track (green) | At risk (amber) | Off track (red) | Not started"
    ws["A2"].font = Font(italic=True)
    heads = ["Workstream", "Ref", "Action / deliverable", "Lead", "Due", "Status", "Commentary"]
    for j, v in enumerate(heads):
        ws.cell(row=4, column=1 + j, value=v)
    style_row(ws, 4, 7, WHITE_BOLD, fill("005EA5"))
    r = 5
    for wsname, acts in NISRA_WS:
        start = r
        for i, (ref, text, lead, due, status, cmt) in enumerate(acts):
            if i == 0:
                ws.cell(row=r, column=1, value=wsname)
            for j, v in enumerate((ref, text, lead, due, status, cmt)):
                ws.cell(row=r, column=2 + j, value=v)
            style_row(ws, r, 7)
            st = ws.cell(row=r, column=6)
            st.fill = fill(NISRA_STATUS_FILL[status])
            if status in ("Complete", "Off track"):
                st.font = Font(color="FFFFFF", bold=True)
            r += 1
        ws.cell(row=start, column=1).font = BOLD
        ws.cell(row=start, column=1).fill = fill("DEEAF6")
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFG", (24, 6, 60, 28, 12, 12, 55)):
        ws.column_dimensions[col].width = w
    wb.save(out("zux-nisra-census-2031-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 3. Water Industry Commission for Scotland - Strategic Risk Register (xlsx)
# ---------------------------------------------------------------------------
WICS_CATS = [
    ("A. Regulatory delivery", [
        ("SR1 – Strategic Review of Charges 2027-33",
         "Risk that the methodology and final determination for 2027-33 are not delivered to timetable, or are successfully challenged, leading to uncertainty over charges and investment.",
         "Director of Strategy & Regulation", 20, "Published timetable; SRC project board; external legal advice.", 12, 8, "↔",
         [("SR1a", "Publish the final methodology for the Strategic Review of Charges 2027-33 following consultation.",
           "Director of Strategy & Regulation", D(2025, 6, 30), "B"),
          ("SR1b", "Agree a joint timetable with Scottish Water and Consumer Scotland for the draft determination.",
           "Director of Strategy & Regulation", D(2025, 9, 30), "G"),
          ("SR1c", "Commission independent assurance of the financial model before the draft determination is issued.",
           "Head of Finance", D(2025, 12, 31), "A")]),
        ("SR2 – Monitoring of Scottish Water performance",
         "Risk that WICS does not identify deterioration in Scottish Water's performance or investment delivery early enough to act.",
         "Chief Executive", 16, "Quarterly performance reports; Tripartite Group meetings.", 9, 6, "↓",
         [("SR2a", "Refresh the Scottish Water performance monitoring framework and reporting dashboard.",
           "Director of Strategy & Regulation / Head of Analysis", "Q3 2025/26", "G")]),
    ]),
    ("B. Organisational", [
        ("SR3 – Governance, culture and public confidence",
         "Risk that the governance and financial management weaknesses reported in the Auditor General's section 22 report recur, damaging confidence in WICS.",
         "Chief Executive", 25, "Revised Framework Document; Board-approved policies; internal audit programme.", 15, 8, "↓",
         [("SR3a", "Implement the remaining recommendations of the independent review of governance and culture.",
           "Chief Executive", D(2026, 3, 31), "A"),
          ("SR3b", "Complete the annual Board effectiveness review, including an externally facilitated element.",
           "Board Secretary", D(2026, 1, 31), "G"),
          ("SR3c", "Embed the revised expenses, hospitality and procurement policies and test compliance through internal audit.",
           "Director of Corporate Services", "Ongoing", "G")]),
        ("SR4 – People, capacity and capability",
         "Risk that WICS cannot recruit or retain the skills needed to deliver the Strategic Review while the organisation is being reset.",
         "Director of Corporate Services", 20, "Interim resourcing plan; use of specialist contractors.", 16, 9, "↑",
         [("SR4a", "Recruit a permanent Chief Executive.",
           "Chair", D(2025, 9, 30), "B"),
          ("SR4b", "Deliver the workforce plan, including succession arrangements for roles that depend on a single person.",
           "Head of HR", D(2026, 3, 31), "R")]),
        ("SR5 – Cyber security and information governance",
         "Risk of a cyber attack or data loss disrupting regulatory work or exposing commercially sensitive information.",
         "Director of Corporate Services", 16, "Managed security service; annual penetration test; staff training.", 8, 6, "↔",
         [("SR5a", "Achieve Cyber Essentials Plus certification.",
           "Head of IT", D(2025, 10, 31), "G"),
          ("SR5b", "Test the business continuity plan through a cyber incident exercise.",
           "Director of Corporate Services & Head of IT", D(2026, 2, 28), "A")]),
    ]),
]


def score_fill(s):
    return fill("FF0000" if s >= 15 else "FFC000" if s >= 8 else "92D050")


def make_wics():
    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    ncol = 13
    ws["A1"] = "Water Industry Commission for Scotland"
    ws["A1"].font = Font(bold=True, color="00558C")
    ws["A2"] = "Strategic Risk Register 2025-26"
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Position at 31 October 2025 | Presented to the Audit and Risk Committee, 18 November 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Risk", "Risk description (cause, event, effect)", "Risk owner", "Inherent score (L×I)",
             "Key controls in place", "Residual score (L×I)", "Target score", "Trend",
             "Action ref", "Further action required", "Action owner", "Target date", "Status"]
    for j, v in enumerate(heads):
        ws.cell(row=5, column=1 + j, value=v)
    style_row(ws, 5, ncol, WHITE_BOLD, fill("00558C"))
    r = 6
    for cat, risks in WICS_CATS:
        ws.cell(row=r, column=1, value=cat)
        style_row(ws, r, ncol, BOLD, fill("BDD7EE"))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for (risk, desc, owner, inh, ctrl, res, tgt, trend, acts) in risks:
            start = r
            for j, v in enumerate((risk, desc, owner, inh, ctrl, res, tgt, trend)):
                ws.cell(row=r, column=1 + j, value=v)
            ws.cell(row=r, column=1).font = BOLD
            for (aref, atext, aowner, adate, ast) in acts:
                for j, v in enumerate((aref, atext, aowner, adate)):
                    c = ws.cell(row=r, column=9 + j, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                style_row(ws, r, ncol)
                ws.cell(row=r, column=13).fill = fill(RAG_FILL[ast])  # status by fill colour only
                r += 1
            ws.cell(row=start, column=4).fill = score_fill(inh)
            ws.cell(row=start, column=6).fill = score_fill(res)
            ws.cell(row=start, column=7).fill = score_fill(tgt)
            if r - 1 > start:
                for col in range(1, 9):
                    ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
            for col in range(1, 9):
                ws.cell(row=start, column=col).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Status of further actions is shown by colour – see the 'Key' sheet. "
                                   "Scores are likelihood × impact on a 5 × 5 matrix.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHIJKLM", (26, 45, 22, 10, 35, 10, 8, 7, 8, 55, 28, 12, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "B6"

    key = wb.create_sheet("Key")
    key["A1"] = "Key"
    key["A1"].font = Font(bold=True, size=13)
    key["A3"] = "Status of further actions"
    key["A3"].font = BOLD
    for i, (h, t) in enumerate([("0070C0", "Complete"), ("00B050", "On track"),
                                ("FFC000", "Some slippage – recoverable"),
                                ("FF0000", "Significant slippage / overdue")]):
        key.cell(row=4 + i, column=1).fill = fill(h)
        key.cell(row=4 + i, column=1).border = BOX
        key.cell(row=4 + i, column=2, value=t)
    key["A9"] = "Risk scores (likelihood × impact)"
    key["A9"].font = BOLD
    for i, (h, t) in enumerate([("FF0000", "15 – 25 High"), ("FFC000", "8 – 14 Medium"), ("92D050", "1 – 7 Low")]):
        key.cell(row=10 + i, column=1).fill = fill(h)
        key.cell(row=10 + i, column=2, value=t)
    key["A14"] = "Trend: ↑ increasing   ↔ stable   ↓ decreasing"
    key["A16"] = "Scoring matrix"
    key["A16"].font = BOLD
    key.cell(row=17, column=1, value="Likelihood \\ Impact")
    for i in range(1, 6):
        key.cell(row=17, column=1 + i, value=i).font = BOLD
        key.cell(row=17 + i, column=1, value=6 - i).font = BOLD
        for j in range(1, 6):
            s = (6 - i) * j
            c = key.cell(row=17 + i, column=1 + j, value=s)
            c.fill = score_fill(s)
            c.border = BOX
    key.column_dimensions["A"].width = 20
    key.column_dimensions["B"].width = 32
    wb.save(out("zux-water-industry-commission-for-scotland-strategic-risk-register-2025-26.xlsx"))


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


def set_cell(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def add_table(doc, rows, header_fill="1F3864", widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            if i == 0:
                set_cell(c, v, bold=True, size=9, color="FFFFFF")
                shade(c, header_fill)
            else:
                set_cell(c, v, size=9)
    return t


# ---------------------------------------------------------------------------
# 4. Nuclear Restoration Services (Dounreay) - ONR improvement notice action plan (docx)
# ---------------------------------------------------------------------------
NRS_SECTIONS = [
    ("3.1 Notice requirement 1 – Inventory of alkali metal holdings",
     "Establish and maintain an accurate inventory of all alkali metals and alkali metal residues held in the PFR turbine hall and steam generator building, including their location, quantity, form and container condition.",
     [("IN1.1", "Complete a physical survey of all alkali metal holdings in the turbine hall and steam generator building and reconcile it against existing records.",
       "Facility Manager (PFR)", "31/05/2024", "", "Blue", "Survey report issued 24 May 2024."),
      ("IN1.2", "Transfer the reconciled inventory to the site hazardous substances database, with monthly verification checks.",
       "Facility Manager (PFR); Hazardous Substances Coordinator", "30/06/2024", "30/09/2024", "Green",
       "Database migration delayed by access permissions. Monthly checks started August 2024.")]),
    ("3.2 Notice requirement 2 – Storage arrangements",
     "Ensure that alkali metals are stored in suitable containers, in designated areas segregated from water sources and incompatible materials, with appropriate fire detection and suppression.",
     [("IN2.1", "Relocate alkali metal containers from the turbine hall basement to the designated dry store in the steam generator building.",
       "PFR Decommissioning Manager", "31/07/2024", "31/10/2024", "Amber",
       "14 of 22 containers relocated. Remaining containers need repacking before they can be moved."),
      ("IN2.2", "Install Class D extinguishers and signage at each designated alkali metal storage area.",
       "Fire Safety Manager", "30/04/2024", "", "Blue", "Installed and inspected 26 April 2024."),
      ("IN2.3", "Repack degraded containers identified in the IN1.1 survey.",
       "PFR Decommissioning Manager", "End of September 2024", "", "Green",
       "Repacking procedure approved; work started 2 September 2024.")]),
    ("3.3 Notice requirement 3 – Risk assessment and control of exposure",
     "Review and revise the COSHH risk assessments for work involving alkali metals so that exposure of employees and others is prevented or, where this is not reasonably practicable, adequately controlled.",
     [("IN3.1", "Review and reissue the COSHH assessments for all alkali metal handling tasks.",
       "Chemical Safety Adviser", "31/05/2024", "", "Blue", "Nine assessments reissued 30 May 2024."),
      ("IN3.2", "Brief all PFR operators and supervisors on the revised assessments and record attendance.",
       "Facility Manager (PFR)", "30/06/2024", "", "Blue", "Briefings complete; attendance 100%.")]),
    ("3.4 Wider learning", None,
     [("WL1", "Extend the alkali metal inventory survey to all other legacy facilities on the site.",
       "Head of Safety, Health & Environment", "March 2025", "", "Green", "Survey scope agreed with facility managers."),
      ("WL2", "Report progress against this plan to each meeting of the Nuclear Safety Committee until the notice is closed.",
       "Head of Regulatory Affairs", "Each meeting", "", "Green", "Reported 18 June and 17 September 2024.")]),
]
DOCX_RAG = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_nrs():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Nuclear Restoration Services – Dounreay")
    r.bold = True
    r.font.color.rgb = RGBColor.from_string("00703C")
    doc.add_heading("Improvement Notice Action Plan: Storage of Alkali Metals in the PFR Turbine Hall and Steam Generator Building", level=0)
    doc.add_paragraph("OFFICIAL")

    doc.add_heading("Document control", level=1)
    add_table(doc, [["Item", "Detail"],
                    ["Document reference", "NRS-DNY-SHE-AP-0147"],
                    ["Version", "3.0"],
                    ["Date", "4 October 2024"],
                    ["Owner", "Head of Safety, Health & Environment"],
                    ["Approved by", "Site Director"],
                    ["Distribution", "ONR Dounreay site inspector; Nuclear Safety Committee"]], header_fill="00703C")
    doc.add_paragraph()
    add_table(doc, [["Version", "Date", "Change"],
                    ["1.0", "15/03/2024", "First issue following service of the improvement notice"],
                    ["2.0", "21/06/2024", "Progress update; revised dates for IN1.2 and IN2.1"],
                    ["3.0", "04/10/2024", "Progress update for Nuclear Safety Committee"]], header_fill="00703C")

    doc.add_heading("1. Background", level=1)
    doc.add_paragraph(
        "In February 2024 the Office for Nuclear Regulation (ONR) served an improvement notice on Nuclear Restoration "
        "Services under the Health and Safety at Work etc. Act 1974 following an inspection that identified shortfalls "
        "in the arrangements for storing alkali metals in the Prototype Fast Reactor (PFR) turbine hall and steam "
        "generator building. The notice sets three requirements. This plan sets out the actions NRS is taking to "
        "comply with each requirement, together with wider learning for the site.")
    doc.add_paragraph("Compliance date set by the notice: 31 December 2024.")

    doc.add_heading("2. RAG status key", level=1)
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (k, v) in enumerate([("Blue", "Action complete and evidence accepted by the action owner"),
                                ("Green", "On track to meet target date"),
                                ("Amber", "At risk – revised date agreed"),
                                ("Red", "Overdue or will not meet the compliance date")]):
        set_cell(kt.cell(i, 0), k, bold=True, size=9)
        shade(kt.cell(i, 0), DOCX_RAG[k])
        set_cell(kt.cell(i, 1), v, size=9)

    doc.add_heading("3. Action plan", level=1)
    for heading, req, acts in NRS_SECTIONS:
        doc.add_heading(heading, level=2)
        if req:
            rp = doc.add_paragraph()
            rr = rp.add_run(req)
            rr.italic = True
        rows = [["Ref", "Action", "Owner", "Target date", "Revised date", "RAG", "Progress / evidence"]]
        for a in acts:
            rows.append(list(a))
        t = add_table(doc, rows, header_fill="00703C")
        for i, a in enumerate(acts, start=1):
            shade(t.cell(i, 5), DOCX_RAG[a[5]])
        doc.add_paragraph()

    doc.add_heading("4. Closure", level=1)
    doc.add_paragraph("When all actions under requirements 1 to 3 are Blue, the Head of Regulatory Affairs will submit "
                      "the compliance evidence pack to ONR and request closure of the notice.")
    doc.save(out("zux-nuclear-restoration-services-dounreay-onr-improvement-notice-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Yorkshire Air Ambulance - governance review action plan (docx)
# ---------------------------------------------------------------------------
YAA = [
    ("Principle 2: Leadership", [
        ("Recommendation 1: The Board should agree written role descriptions for the Chair and Vice Chair and review the Chair's performance annually.", [
            ("1.1", "Draft role descriptions for the Chair, Vice Chair and committee chairs for Board approval.",
             "Company Secretary", "March 2025", "C", "Approved by the Board on 13 March 2025."),
            ("1.2", "Introduce an annual appraisal of the Chair, led by the Vice Chair with input from all trustees.",
             "Vice Chair", "Board meeting, June 2025", "G", "Questionnaire issued to trustees in May."),
        ]),
    ]),
    ("Principle 4: Decision-making, risk and control", [
        ("Recommendation 2: The Board should refresh its scheme of delegation and set out clearly the matters reserved to the Board.", [
            ("2.1", "Review the scheme of delegation and matters reserved for the Board, benchmarking against comparable air ambulance charities.",
             "CEO / Director of Finance & Resources", "31/01/2025", "C", "Revised scheme adopted January 2025."),
            ("2.2", "Align the financial regulations and authorisation limits with the revised scheme of delegation.",
             "Director of Finance & Resources", "April 2025\nRevised: September 2025", "A",
             "Revised date agreed by the Finance & Audit Committee to allow for the new finance system."),
        ]),
        ("Recommendation 3: The Board should strengthen its oversight of clinical governance and patient safety risks.", [
            ("3.1", "Establish a Clinical Governance Committee with a trustee chair and clinical adviser membership.",
             "Chair & Medical Director", "Q1 2025/26", "G", "Terms of reference drafted; first meeting planned for June."),
        ]),
    ]),
    ("Principle 5: Board effectiveness", [
        ("Recommendation 4: The Board should adopt a skills and diversity matrix and use it to plan trustee recruitment and succession.", [
            ("4.1", "Complete a trustee skills audit and adopt a skills and diversity matrix.",
             "Chair of Nominations & Governance Committee", "February 2025", "C", "Matrix adopted February 2025."),
            ("4.2", "Recruit two trustees with digital and clinical governance experience through open advertisement.",
             "Chair of Nominations & Governance Committee", "By AGM (September 2025)", "G", "Advert closed 30 May; 11 applications."),
            ("4.3", "Introduce a structured induction programme for new trustees, including a visit to the Nostell airbase.",
             "Company Secretary", "Ongoing", "G", "Induction pack in use for new trustees."),
        ]),
    ]),
    ("Principle 6: Equality, diversity and inclusion", [
        ("Recommendation 5: The Board should set out how it will improve its own diversity and monitor progress.", [
            ("5.1", "Agree a Board diversity statement with measurable objectives and publish it in the Annual Report.",
             "Chair", "October 2025", "NS", "To be considered at the September Board away day."),
        ]),
    ]),
    ("Principle 7: Openness and accountability", [
        ("Recommendation 6: The charity should publish more information about its governance on its website.", [
            ("6.1", "Publish Board and committee membership, terms of reference and attendance records on the charity's website.",
             "Head of Communications", "31/03/2025", "C", "Governance pages live from 28 March 2025."),
            ("6.2", "Hold an annual open meeting for supporters and volunteers.",
             "CEO", "Annually", "G", "First open meeting held alongside the 2024 AGM."),
        ]),
    ]),
]
YAA_FILL = {"C": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000", "NS": "FFFFFF"}


def merge_row(t, i, text, fill_hex, bold=True, color=None):
    row = t.rows[i]
    m = row.cells[0].merge(row.cells[-1])
    set_cell(m, text, bold=bold, size=9, color=color)
    shade(m, fill_hex)


def make_yaa():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Yorkshire Air Ambulance")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor.from_string("C8102E")
    doc.add_heading("External Governance Review 2024: Action Plan", level=1)
    doc.add_paragraph("Board of Trustees – progress update for the meeting on 12 June 2025. Prepared by the Company Secretary.")
    doc.add_paragraph(
        "In line with the Charity Governance Code recommendation that larger charities have an external review of "
        "governance every three years, the Board commissioned an independent review in autumn 2024. The review made six "
        "recommendations, grouped below under the principles of the Code. The actions agreed by the Board in December "
        "2024 are shown under each recommendation.")
    doc.add_paragraph("Summary of progress")
    summ = [["Principle", "Actions", "Complete", "On track", "Delayed", "Not started"]]
    totals = [0, 0, 0, 0, 0]
    for principle, recs in YAA:
        acts = [a for _, al in recs for a in al]
        c = [len(acts), sum(a[4] == "C" for a in acts), sum(a[4] == "G" for a in acts),
             sum(a[4] == "A" for a in acts), sum(a[4] == "NS" for a in acts)]
        totals = [x + y for x, y in zip(totals, c)]
        summ.append([principle] + [str(x) for x in c])
    summ.append(["Total"] + [str(x) for x in totals])
    add_table(doc, summ, header_fill="C8102E")
    doc.add_paragraph()
    kp = doc.add_paragraph()
    kr = kp.add_run("Status key: C – Complete;  G – On track;  A – Delayed, revised date agreed;  R – Off track;  NS – Not started")
    kr.italic = True

    # one continuous table: principle bands, recommendation rows, action rows
    nrows = 1
    for _, recs in YAA:
        nrows += 1
        for _, acts in recs:
            nrows += 1 + len(acts)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["No.", "Action", "Lead", "By when", "Status", "Update"]):
        set_cell(t.cell(0, j), h, bold=True, size=9, color="FFFFFF")
        shade(t.cell(0, j), "C8102E")
    i = 1
    for principle, recs in YAA:
        merge_row(t, i, principle, "404040", color="FFFFFF")
        i += 1
        for rec, acts in recs:
            merge_row(t, i, rec, "F2DCDB")
            i += 1
            for a in acts:
                for j, v in enumerate(a):
                    set_cell(t.cell(i, j), v, size=9, bold=(j == 4))
                shade(t.cell(i, 4), YAA_FILL[a[4]])
                i += 1
    doc.add_paragraph()
    doc.add_paragraph("Next update: Board of Trustees, September 2025.")
    doc.save(out("zux-yorkshire-air-ambulance-governance-review-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Unicef UK - internal audit actions, Asana CSV export (csv)
# ---------------------------------------------------------------------------
UNICEF_HEAD = ["Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column",
               "Assignee", "Assignee Email", "Start Date", "Due Date", "Tags", "Notes", "Projects",
               "Parent task", "Recommendation ref", "Priority", "RAG", "Original due date"]
UNICEF_ROWS = [
    # (id, created, completed, modified, name, section, assignee, email, due, notes, ref, priority, rag, original)
    ("1208831520194401", "2024-11-14", "2025-03-20", "2025-03-20",
     "Update the safeguarding policy to reflect current Charity Commission guidance and obtain Board approval.",
     "Safeguarding Framework (IA 01/2024-25)", "Hannah Okafor", "hannah.okafor@unicef.org.uk", "2025-03-31",
     "Policy approved by the Board of Trustees on 18 March 2025.", "SG-01", "High", "Complete", ""),
    ("1208831520194402", "2024-11-14", "", "2025-09-29",
     "Introduce annual refresher safeguarding training for all staff and volunteers and report completion rates to the Safeguarding Committee.",
     "Safeguarding Framework (IA 01/2024-25)", "Hannah Okafor", "hannah.okafor@unicef.org.uk", "2025-09-30",
     "E-learning module live from May.\nCompletion 71% at 31 August; reminder campaign running in September.",
     "SG-02", "Medium", "Amber", "2025-06-30"),
    ("1208831520194403", "2024-11-14", "", "2025-08-12",
     "Carry out DBS rechecks for all roles eligible for enhanced checks.",
     "Safeguarding Framework (IA 01/2024-25)", "Tom Reddy", "tom.reddy@unicef.org.uk", "2025-12-31",
     "Rechecks 60% complete.", "SG-03", "Medium", "Green", ""),
    ("1208831520196611", "2025-01-22", "", "2025-10-01",
     "Complete the Record of Processing Activities for all supporter-facing systems.",
     "Supporter Data & GDPR (IA 03/2024-25)", "Amira Haddad", "amira.haddad@unicef.org.uk", "2025-06-30",
     "Two systems outstanding; dependent on CRM migration. Overdue – reported to ARC.", "DP-01", "High", "Red", ""),
    ("1208831520196612", "2025-01-22", "", "2025-09-15",
     "Review retention periods in the supporter CRM and delete records held beyond the retention schedule.",
     "Supporter Data & GDPR (IA 03/2024-25)", "Amira Haddad", "amira.haddad@unicef.org.uk", "2025-11-30",
     "Retention schedule approved. Deletion run scheduled for November.", "DP-02", "High", "Amber", "2025-07-31"),
    ("1208831520196613", "2025-01-22", "", "2025-09-03",
     "Refresh the data protection impact assessments for the legacy giving and lottery programmes.",
     "Supporter Data & GDPR (IA 03/2024-25)", "Ben Whitlock", "ben.whitlock@unicef.org.uk", "2025-10-31",
     "", "DP-03", "Low", "Green", ""),
    ("1208831520198820", "2025-03-06", "2025-05-28", "2025-05-28",
     "Update the treasury management policy to include counterparty limits and ESG screening criteria.",
     "Treasury Management (IA 05/2024-25)", "Grace Mensah", "grace.mensah@unicef.org.uk", "2025-05-31",
     "Approved by Finance Committee 27 May 2025.", "TM-01", "Medium", "Complete", ""),
    ("1208831520198821", "2025-03-06", "", "2025-09-18",
     "Report cash and investment balances against policy limits to each Audit and Risk Committee meeting.",
     "Treasury Management (IA 05/2024-25)", "Grace Mensah", "grace.mensah@unicef.org.uk", "",
     "Standing item on ARC agenda from June 2025.", "TM-02", "Low", "Green", ""),
    ("1208831520201135", "2025-06-19", "", "2025-06-19",
     "Reconcile restricted income allocations to programme transfers quarterly and evidence review by the Director of Finance.",
     "Restricted Income Allocation (IA 06/2024-25)", "Grace Mensah", "grace.mensah@unicef.org.uk", "2025-12-31",
     "First reconciliation due after Q3 close.", "RI-01", "Medium", "", ""),
]


def make_unicef():
    path = out("zux-unicef-uk-internal-audit-actions-asana-export.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(UNICEF_HEAD)
        for (tid, cr, comp, mod, name, sec, who, email, due, notes, ref, prio, rag, orig) in UNICEF_ROWS:
            w.writerow([tid, cr, comp, mod, name, sec, who, email, "", due, "ARC", notes,
                        "Internal Audit Actions 2024-26", "", ref, prio, rag, orig])


# ---------------------------------------------------------------------------
# 7. Sheringham Town Council - action log (tab-separated txt) - typo month, refuse
# ---------------------------------------------------------------------------
SHER_LINES = [
    "Sheringham Town Council",
    "Action Log 2025-26",
    "Updated for the Full Council meeting on 8 December 2025",
    "",
    "\t".join(["Min. ref", "Meeting", "Action", "Responsible", "Deadline", "Status", "Update"]),
    "FULL COUNCIL",
    "\t".join(["FC25/041", "19/05/2025", "Adopt the revised Standing Orders and Financial Regulations (NALC 2025 models)", "Town Clerk", "Jun 2025", "Closed", "Adopted 16 June 2025"]),
    "\t".join(["FC25/058", "16/06/2025", "Obtain three quotes for replacement of the Town Hall boiler", "Deputy Clerk", "Sept 2025", "Closed", "Contract awarded at September meeting"]),
    "\t".join(["FC25/077", "21/07/2025", "Respond to North Norfolk DC consultation on the Local Plan review", "Town Clerk / Cllr Bright", "31/08/2025", "Closed", "Response submitted 28 August"]),
    "\t".join(["FC25/102", "15/09/2025", "Review the council's risk register and insurance cover ahead of renewal", "RFO", "Ocotber 2025", "In progress", "Insurer's renewal quote received"]),
    "\t".join(["FC25/118", "20/10/2025", "Draft 2026-27 budget and precept proposal for Finance & General Purposes Committee", "RFO", "Nov 2025", "In progress", "First draft circulated to members"]),
    "AMENITIES & EVENTS COMMITTEE",
    "\t".join(["AE25/019", "03/06/2025", "Arrange annual inspection of play equipment at Morris Street and Beeston Common", "Deputy Clerk", "Jul 2025", "Closed", "RoSPA inspection 14 July; two low-risk items"]),
    "\t".join(["AE25/031", "02/09/2025", "Confirm road closure and event management plan for the Christmas lights switch-on", "Events Officer", "Nov 2025", "In progress", "TTRO applied for"]),
    "\t".join(["AE25/036", "02/09/2025", "Seek costs for additional seafront bins and agree emptying schedule with NNDC", "Deputy Clerk", "Jan 2026", "Open", ""]),
    "FINANCE & GENERAL PURPOSES COMMITTEE",
    "\t".join(["FGP25/022", "10/06/2025", "Act on the internal auditor's recommendation to record all asset disposals in the asset register", "RFO", "Ongoing", "Open", ""]),
    "\t".join(["FGP25/040", "14/10/2025", "Review bank mandate signatories following councillor changes", "RFO", "Dec 2025", "Open", ""]),
    "",
    "Status: Open = not yet started; In progress = under way; Closed = completed (removed after next meeting).",
]


def make_sheringham():
    path = out("zux-sheringham-town-council-action-log-2025-26-typo-month-refuse.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(SHER_LINES) + "\n")


if __name__ == "__main__":
    make_rbh()
    make_nisra()
    make_wics()
    make_nrs()
    make_yaa()
    make_unicef()
    make_sheringham()
    for n in sorted(os.listdir(HERE)):
        if n.startswith("zux-"):
            print(n)
