#!/usr/bin/env python3
"""Build the seven zgn- blind test files (set heldout830).

Run with /work/main/.venv/bin/python zgn_make.py  (openpyxl, python-docx).
Each data table below also carries the reading a person makes of each action
(end month, status, leads) in trailing fields; the generator ignores them.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, LIGHT = "D9D9D9", "F2F2F2"
RAGFILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE,
           "red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Nestrans corporate risk register (xlsx)
# ---------------------------------------------------------------------------
NESTRANS_TITLE = "Nestrans Corporate Risk Register 2025/26"

# category -> list of risks; risk = (no, description, owner, inh(L,I), controls, res(L,I), trend, actions)
# action = (ref, text, owner_cell, target_cell, rag_text, rag_fill, [reading: leads, end, end_text, status])
NESTRANS = [
    ("1. Strategic Risks", [
        ("NES01",
         "Delivery of the Regional Transport Strategy 2040 is compromised because partners' capital "
         "programmes, national policy or funding priorities change and no longer align with RTS objectives.",
         "Director", (4, 4),
         "RTS Delivery Plan agreed by the Board; quarterly progress reports; Chief Officers Group with "
         "Aberdeen City Council, Aberdeenshire Council and Transport Scotland.",
         (3, 4), "↔", [
             ("1.1", "Complete the mid-term refresh of the RTS Delivery Plan and present the revised programme to the Board.",
              "Strategy Manager", d(2026, 4, 30), "G", GREEN,
              (["Strategy Manager"], "2026-04", None, "green")),
             ("1.2", "Respond to Transport Scotland's STPR2 delivery update and secure regional input to the A90/A96 corridor review programme.",
              "Director / Strategy Manager", "Ongoing", "A", AMBER,
              (["Director", "Strategy Manager"], None, "Ongoing", "amber")),
         ]),
        ("NES02",
         "Net zero and modal shift targets are not met because bus patronage recovery and active travel "
         "uptake remain below forecast.",
         "Director", (4, 3),
         "Bus Partnership Fund programme board; North East Bus Alliance; monitoring of patronage data from operators.",
         (4, 3), "↑", [
             ("2.1", "Deliver Bus Partnership Fund Phase 2 bus priority measures on the A93 and Ellon Park and Ride corridors with partner councils.",
              "Programme Manager (Bus)", "31/12/2025\nRevised: 31/05/2026", "R", RED,
              (["Programme Manager (Bus)"], "2026-05", None, "red")),
             ("2.2", "Commission an independent evaluation of the active travel grant programme 2023–2025.",
              "Active Travel Officer", d(2025, 11, 28), "Complete", BLUE,
              (["Active Travel Officer"], "2025-11", None, "blue")),
         ]),
    ]),
    ("2. Financial Risks", [
        ("NES03",
         "Revenue and capital grant funding from Scottish Government and the constituent councils is "
         "insufficient or confirmed late, limiting the Partnership's ability to plan and commit spend.",
         "Treasurer", (4, 4),
         "Annual budget approved by the Board; monthly budget monitoring; reserves policy; regular liaison "
         "with Transport Scotland on grant conditions.",
         (3, 3), "↔", [
             ("3.1", "Prepare a three-year medium-term financial plan and reserves strategy for Board approval alongside the 2026/27 budget.",
              "Treasurer", "February 2026", "G", GREEN,
              (["Treasurer"], "2026-02", None, "green")),
             ("3.2", "Agree multi-year funding letters with Aberdeen City Council and Aberdeenshire Council for 2026/27 to 2028/29.",
              "Director, Treasurer", "Q1 2026/27", "A", AMBER,
              (["Director", "Treasurer"], "2026-06", None, "amber")),
         ]),
    ]),
    ("3. Operational and Delivery Risks", [
        ("NES04",
         "Loss of key staff or knowledge in a small team affects delivery of projects and statutory duties.",
         "Director", (3, 4),
         "Staff handbook and procedures; cross-training within the team; HR support from Aberdeenshire Council.",
         (3, 3), "↔", [
             ("4.1", "Update the succession plan and document key processes for grant claims, Getabout and Community Planning liaison.",
              "Business Manager", d(2026, 3, 31), None, AMBER,
              (["Business Manager"], "2026-03", None, "amber")),
         ]),
        ("NES05",
         "A cyber incident or failure of hosted ICT services disrupts business and results in loss of data.",
         "Business Manager", (3, 5),
         "ICT services hosted by Aberdeenshire Council; backups; Cyber Essentials certification; staff training.",
         (2, 5), "↓", [
             ("5.1", "Complete Cyber Essentials Plus re-certification and staff phishing awareness training.",
              "Business Manager / Aberdeenshire Council ICT", "Mar-26", "G", GREEN,
              (["Business Manager", "Aberdeenshire Council ICT"], "2026-03", None, "green")),
         ]),
    ]),
    ("4. Governance and Reputational Risks", [
        ("NES06",
         "Board decisions are challenged or delayed because governance documents are out of date.",
         "Clerk", (2, 4),
         "Standing Orders, Scheme of Delegation and Financial Regulations in place; Clerk and Legal Adviser attend Board meetings.",
         (2, 3), "↔", [
             ("6.1", "Review Standing Orders, Scheme of Delegation and Financial Regulations and report to the Board.",
              "Clerk / Director", "June 2026", "G", GREEN,
              (["Clerk", "Director"], "2026-06", None, "green")),
         ]),
    ]),
]


def make_nestrans(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Risk Register"
    ncol = 16
    ws["A1"] = NESTRANS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Position at 31 January 2026 – presented to the Nestrans Board, 18 February 2026 "
                "(Item 3b, Appendix 1)")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    # two-row header
    top = {1: "Risk No.", 2: "Risk Description", 3: "Risk Owner", 4: "Inherent Risk",
           7: "Key Controls in Place", 8: "Residual Risk", 11: "Further Actions", 16: "Trend"}
    sub = {4: "L", 5: "I", 6: "Score", 8: "L", 9: "I", 10: "Score",
           11: "Ref", 12: "Action Required", 13: "Action Owner", 14: "Target Date", 15: "RAG"}
    for c, v in top.items():
        ws.cell(row=4, column=c, value=v)
    for c, v in sub.items():
        ws.cell(row=5, column=c, value=v)
    for c in (1, 2, 3, 7, 16):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells(start_row=4, start_column=4, end_row=4, end_column=6)
    ws.merge_cells(start_row=4, start_column=8, end_row=4, end_column=10)
    ws.merge_cells(start_row=4, start_column=11, end_row=4, end_column=15)
    for r in (4, 5):
        for c in range(1, ncol + 1):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("1F4E79")
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            cell.border = BOX
    row = 6
    for cat, risks in NESTRANS:
        ws.cell(row=row, column=1, value=cat).font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(row=row, column=c).fill = fill(GREY)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        row += 1
        for (no, desc, owner, inh, controls, res, trend, actions) in risks:
            first = row
            ws.cell(row=row, column=1, value=no)
            ws.cell(row=row, column=2, value=desc)
            ws.cell(row=row, column=3, value=owner)
            ws.cell(row=row, column=4, value=inh[0])
            ws.cell(row=row, column=5, value=inh[1])
            ws.cell(row=row, column=6, value=inh[0] * inh[1])
            ws.cell(row=row, column=7, value=controls)
            ws.cell(row=row, column=8, value=res[0])
            ws.cell(row=row, column=9, value=res[1])
            ws.cell(row=row, column=10, value=res[0] * res[1])
            ws.cell(row=row, column=16, value=trend)
            for (ref, text, aown, target, ragtxt, ragfill, _reading) in actions:
                ws.cell(row=row, column=11, value=ref)
                ws.cell(row=row, column=12, value=text)
                ws.cell(row=row, column=13, value=aown)
                tc = ws.cell(row=row, column=14, value=target)
                if isinstance(target, dt.datetime):
                    tc.number_format = "DD/MM/YYYY"
                rc = ws.cell(row=row, column=15, value=ragtxt)
                rc.fill = fill(ragfill)
                rc.alignment = Alignment(horizontal="center", vertical="top")
                row += 1
            last = row - 1
            if last > first:
                for c in list(range(1, 11)) + [16]:
                    ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
            for r in range(first, last + 1):
                for c in range(1, ncol + 1):
                    cell = ws.cell(row=r, column=c)
                    cell.border = BOX
                    if c != 15:
                        cell.alignment = WRAP
    row += 1
    ws.cell(row=row, column=1, value="Notes:").font = Font(bold=True)
    ws.cell(row=row + 1, column=1,
            value="Scores are Likelihood x Impact on a 5 x 5 matrix (see Scoring Key). "
                  "Trend: ↑ increasing, ↓ decreasing, ↔ no change since last review.")
    ws.cell(row=row + 2, column=1,
            value="Action RAG: G – on track; A – some slippage; R – significantly off track or overdue; "
                  "Complete – action closed and will be removed at the next review.")
    widths = [9, 42, 14, 5, 5, 7, 38, 5, 5, 7, 6, 48, 22, 16, 10, 7]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of residual risk and action status"
    s["A1"].font = Font(bold=True, size=12)
    rows = [("Residual risk level", "Number of risks"), ("High (15–25)", 0), ("Medium (8–14)", 5),
            ("Low (1–7)", 1), ("Total", 6), (None, None),
            ("Action RAG", "Number of actions"), ("Complete", 1), ("G", 4), ("A", 3), ("R", 1), ("Total", 9)]
    for i, (a, b) in enumerate(rows, start=3):
        s.cell(row=i, column=1, value=a)
        s.cell(row=i, column=2, value=b)
    for r in (3, 9):
        s.cell(row=r, column=1).font = Font(bold=True)
        s.cell(row=r, column=2).font = Font(bold=True)
    s.column_dimensions["A"].width = 24
    s.column_dimensions["B"].width = 20

    k = wb.create_sheet("Scoring Key")
    k["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    k["A1"].font = Font(bold=True, size=12)
    k["A3"] = "Impact →  / Likelihood ↓"
    for i in range(1, 6):
        k.cell(row=3, column=i + 1, value=i)
        k.cell(row=i + 3, column=1, value=6 - i)
        for j in range(1, 6):
            score = (6 - i) * j
            c = k.cell(row=i + 3, column=j + 1, value=score)
            c.fill = fill(RED if score >= 15 else AMBER if score >= 8 else GREEN)
    k["A10"] = "Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain"
    k["A11"] = "Impact: 1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Severe"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Middletown Centre for Autism – audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
MIDDLETOWN_TITLE = "Middletown Centre for Autism – Audit Recommendations Tracker"
STATUS_FILL = {"Implemented": BLUE, "Not yet due": GREEN,
               "Partially implemented": AMBER, "Not implemented": RED}
STATUS_READ = {"Implemented": "blue", "Not yet due": "green",
               "Partially implemented": "amber", "Not implemented": "red"}

# (section, [(ref, priority, rec, action, officer, original, revised, status, update, leads, end)])
MIDDLETOWN_IA = [
    ("Training and Advice Service Delivery (2024/25) – Limited assurance", [
        ("TA 1", 1,
         "Management should ensure that all training events delivered to schools and parents are recorded on the "
         "Centre's CRM with attendance and evaluation data, so that KPIs reported to the Departments can be verified.",
         "CRM event module to be made mandatory for all training events; monthly reconciliation of the events "
         "calendar to CRM records by the Training Co-ordinator.",
         "Head of Training and Advice", d(2025, 6, 30), d(2025, 9, 30), "Implemented",
         "Reconciliations evidenced for July to December 2025; Internal Audit follow-up confirmed.",
         ["Head of Training and Advice"], "2025-09"),
        ("TA 2", 2,
         "Service level agreements with the Education Authority and the Department of Education (Ireland) should be "
         "updated to reflect current referral routes.",
         "Draft revised SLAs to be agreed with both Departments and presented to the Board for approval.",
         "Chief Executive / Head of Training and Advice", d(2025, 12, 31), d(2026, 6, 30), "Partially implemented",
         "Draft shared with the EA in January 2026; awaiting comments from DE (Ireland).",
         ["Chief Executive", "Head of Training and Advice"], "2026-06"),
    ]),
    ("Payroll and HR (2024/25) – Satisfactory assurance", [
        ("PH 1", 2,
         "Overtime and additional hours claims should be authorised by the line manager before submission to the "
         "payroll bureau.",
         "Claim form amended to require line manager approval; payroll bureau instructed to reject unapproved claims.",
         "HR Manager", d(2025, 8, 31), None, "Implemented",
         "New form in use from August 2025 payroll.",
         ["HR Manager"], "2025-08"),
        ("PH 2", 3,
         "The Centre should introduce a documented periodic check of the payroll exception report.",
         "Business Manager to review the monthly payroll exception report and retain evidence of review.",
         "Business Manager", "April 2026", None, "Not yet due",
         "Checklist drafted; first evidenced review planned for the April 2026 payroll.",
         ["Business Manager"], "2026-04"),
    ]),
    ("Information Governance and Cyber Security (2025/26) – Limited assurance", [
        ("IG 1", 1,
         "Multi-factor authentication should be enforced for all remote access to Centre systems, including the "
         "research database.",
         "Enforce MFA for all users and remove legacy VPN accounts.",
         "ICT Manager", d(2025, 10, 31), d(2026, 1, 31), "Not implemented",
         "Delayed by the research database migration; a new date will be proposed to the Committee.",
         ["ICT Manager"], "2026-01"),
    ]),
]

MIDDLETOWN_NIAO = [
    ("NIAO Report to Those Charged with Governance 2024-25", [
        ("NIAO 1", 2,
         "Holiday pay accrual: the accrual was based on estimates. Management should obtain annual leave balances "
         "from line managers at the year-end.",
         "Annual leave balances to be returned by all line managers by 10 April and retained as supporting "
         "evidence for the accrual.",
         "Head of Finance and Corporate Services", "10/04/2026", "Not yet due",
         "Year-end timetable issued to managers.",
         ["Head of Finance and Corporate Services"], "2026-04"),
        ("NIAO 2", 3,
         "The register of gifts and hospitality had not been reviewed by the Audit and Risk Committee during the year.",
         "Register of gifts and hospitality to be presented to the Committee annually each September.",
         "Business Manager, Head of Finance and Corporate Services", "Sept 2025", "Implemented",
         "Register presented to the Committee on 16 September 2025.",
         ["Business Manager", "Head of Finance and Corporate Services"], "2025-09"),
    ]),
    ("NIAO Report to Those Charged with Governance 2023-24 – prior year recommendation", [
        ("NIAO 3", 2,
         "Management should review the useful economic lives of IT equipment, which is currently depreciated "
         "over five years.",
         "Review of asset lives to be completed and the accounting policy updated for the 2025-26 accounts.",
         "Head of Finance and Corporate Services", "31/03/2025 (revised 31/03/2026)", "Partially implemented",
         "Review completed; policy change to be approved with the draft 2025-26 accounts.",
         ["Head of Finance and Corporate Services"], "2026-03"),
    ]),
]


def _tracker_sheet(ws, headers, sections, widths, has_revised):
    ncol = len(headers)
    ws["A1"] = MIDDLETOWN_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    row = 4
    for section, items in sections:
        ws.cell(row=row, column=1, value=section).font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(row=row, column=c).fill = fill(LIGHT)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        row += 1
        for it in items:
            if has_revised:
                ref, pr, rec, act, off, orig, rev, status, upd = it[:9]
                vals = [ref, pr, rec, act, off, orig, rev, status, upd]
            else:
                ref, pr, rec, act, off, target, status, upd = it[:8]
                vals = [ref, pr, rec, act, off, target, status, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=row, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "DD/MM/YYYY"
            sc = ws.cell(row=row, column=headers.index("Status") + 1)
            sc.fill = fill(STATUS_FILL[status])
            row += 1
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A4"


def make_middletown(path):
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = MIDDLETOWN_TITLE
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Audit and Risk Committee – 3 March 2026"
    cv["A3"] = "Position at 13 February 2026"
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    dc = [("Version", "4.0"), ("Prepared by", "Head of Finance and Corporate Services"),
          ("Reviewed by", "Chief Executive"), ("Date", "16/02/2026"),
          ("Previous version", "3.0 – Audit and Risk Committee, 2 December 2025")]
    for i, (a, b) in enumerate(dc, start=6):
        cv.cell(row=i, column=1, value=a).border = BOX
        cv.cell(row=i, column=2, value=b).border = BOX
    cv["A12"] = "Status key"
    cv["A12"].font = Font(bold=True)
    key = [("Implemented", "Action complete; evidence provided to Internal Audit / NIAO"),
           ("Not yet due", "Implementation date not yet reached; on track"),
           ("Partially implemented", "Work under way; some elements outstanding"),
           ("Not implemented", "No progress, or implementation date has passed")]
    for i, (a, b) in enumerate(key, start=13):
        c = cv.cell(row=i, column=1, value=a)
        c.fill = fill(STATUS_FILL[a])
        c.border = BOX
        cv.cell(row=i, column=2, value=b).border = BOX
    cv["A18"] = ("Internal Audit priority ratings: Priority 1 – significant control weakness requiring urgent "
                 "action; Priority 2 – important issue requiring management attention; Priority 3 – minor "
                 "issue or good practice.")
    cv["A19"] = ("Implemented recommendations are removed from the tracker once the Committee has noted them.")
    cv.column_dimensions["A"].width = 26
    cv.column_dimensions["B"].width = 60

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of recommendations by status"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Source", "Implemented", "Partially implemented", "Not implemented", "Not yet due", "Total"]
    data = [hdr, ["Internal Audit", 2, 1, 1, 1, 5], ["NIAO", 1, 1, 0, 1, 3], ["Total", 3, 2, 1, 2, 8]]
    for r, vals in enumerate(data, start=3):
        for c, v in enumerate(vals, start=1):
            cell = sm.cell(row=r, column=c, value=v)
            cell.border = BOX
            if r in (3, 6):
                cell.font = Font(bold=True)
    for col in "ABCDEF":
        sm.column_dimensions[col].width = 20

    ia = wb.create_sheet("Internal Audit")
    _tracker_sheet(ia, ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
                        "Original implementation date", "Revised implementation date", "Status",
                        "Progress update (February 2026)"],
                   MIDDLETOWN_IA, [8, 8, 48, 48, 24, 14, 14, 16, 40], True)
    ni = wb.create_sheet("NIAO")
    _tracker_sheet(ni, ["Ref", "Priority", "NIAO finding and recommendation", "Management response",
                        "Responsible officer", "Target date", "Status", "Progress update (February 2026)"],
                   MIDDLETOWN_NIAO, [9, 8, 50, 48, 26, 18, 16, 40], False)
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. ECITB Board rolling action log (xlsx) – refuse: mistyped month in a Due cell
# ---------------------------------------------------------------------------
ECITB_TITLE = "ECITB Board – Rolling Action Log"
ECITB_OPEN = [
    ("B25/14", d(2025, 6, 11), "7.2",
     "Bring the outcome of the Levy Order 2026 industry consultation to the Board, with recommended levy rates.",
     "Director of Finance & Corporate Services", "Mar 2026", "G",
     "Consultation closed 28 November 2025; analysis of responses under way."),
    ("B25/17", d(2025, 6, 11), "9.1",
     "Circulate the revised Board Effectiveness Review action plan to members.",
     "Board Secretary", "Sep 2025", "Complete", "Circulated 4 September 2025. Propose to close."),
    ("B25/22", d(2025, 9, 17), "5.3",
     "Provide a deep dive on apprenticeship achievement rates by region, including Scotland.",
     "Director of Skills & Standards", "Dec 2025", "A",
     "Deferred to the March 2026 meeting while data is validated with providers."),
    ("B25/25", d(2025, 9, 17), "8.1",
     "Refresh the Corporate Risk Register to include the risk arising from the DfE review of arm's length bodies.",
     "Chief Executive / Head of Risk & Assurance", "Nov 2025", "Complete",
     "Reviewed by the Audit & Risk Committee on 19 November 2025."),
    ("B25/29", d(2025, 12, 10), "4.2",
     "Report mid-year progress against the 2025–2028 Strategy KPIs.",
     "Director of Strategy & Performance", "Febuary 2026", "G",
     "Scheduled for the Board strategy day."),
    ("B25/30", d(2025, 12, 10), "6.1",
     "Agree the schedule of Board and Committee meetings for 2026/27.",
     "Board Secretary", "Mar 2026", "G", "Draft calendar circulated to the Chair."),
    ("B25/31", d(2025, 12, 10), "7.4",
     "Share the Audit & Risk Committee's annual review of internal audit effectiveness with the full Board.",
     "Chair of Audit & Risk Committee", "Mar 2026", "G", ""),
]
ECITB_REFUSE_ROW = 9
ECITB_CLOSED = [
    ("B25/03", d(2025, 3, 19), "5.1", "Circulate the draft Annual Report and Accounts timetable.",
     "Director of Finance & Corporate Services", "Apr 2025", "Closed", "Closed at June 2025 meeting."),
    ("B25/09", d(2025, 3, 19), "8.2", "Arrange Board induction session on the Levy Order process for new members.",
     "Board Secretary", "Jun 2025", "Closed", "Held 10 June 2025."),
    ("B25/12", d(2025, 6, 11), "6.3", "Publish the Board register of interests on the ECITB website.",
     "Board Secretary", "Jul 2025", "Closed", "Published July 2025."),
]


def make_ecitb(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    hdr = ["Action No.", "Meeting", "Minute", "Action", "Owner", "Due", "RAG", "Update"]
    ws["A1"] = ECITB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Engineering Construction Industry Training Board – updated 12 January 2026 following the Board "
                "meeting of 10 December 2025")
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00205B")
        cell.border = BOX
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}
    r = 5
    for row in ECITB_OPEN:
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "DD/MM/YYYY"
        ws.cell(row=r, column=7).fill = fill(rag_fill[row[6]])
        r += 1
    assert ws.cell(row=ECITB_REFUSE_ROW, column=6).value == "Febuary 2026"
    ws.cell(row=r + 1, column=1, value="RAG: G – on track; A – at risk; R – overdue; Complete – proposed for closure.")
    for col, w in zip("ABCDEFGH", [11, 12, 8, 55, 30, 14, 10, 45]):
        ws.column_dimensions[col].width = w
    cl = wb.create_sheet("Closed actions")
    cl["A1"] = "Actions closed in 2025/26"
    cl["A1"].font = Font(bold=True)
    for c, h in enumerate(hdr, start=1):
        cl.cell(row=3, column=c, value=h).font = Font(bold=True)
    for i, row in enumerate(ECITB_CLOSED, start=4):
        for c, v in enumerate(row, start=1):
            cell = cl.cell(row=i, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "DD/MM/YYYY"
    for col, w in zip("ABCDEFGH", [11, 12, 8, 55, 30, 14, 10, 45]):
        cl.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


# ---------------------------------------------------------------------------
# 4. The Boys' Brigade – independent safeguarding audit action plan (docx)
# ---------------------------------------------------------------------------
BB_TITLE = "The Boys’ Brigade – Independent Safeguarding Audit Action Plan"
# theme -> [(rec, [(ref, action, lead, target, progress, rag, leads, end, end_text)])]
BB = [
    ("Theme 1: Governance and oversight of safeguarding", [
        ("Recommendation 1: Trustees should receive a safeguarding report at every Board meeting, including trend "
         "data on concerns, referrals and outcomes.", [
            ("1.1", "Agree a standard safeguarding dashboard for Board reports with the Safeguarding Trustee.",
             "BBHQ Safeguarding Manager", "September 2024",
             "First dashboard presented to the Board in October 2024.", "blue",
             ["BBHQ Safeguarding Manager"], "2024-09", None),
            ("1.2", "Appoint a second trustee with safeguarding expertise and update the Board skills matrix.",
             "Chair of Trustees / Brigade Secretary", "31/12/2024 – revised to July 2025",
             "Recruitment campaign ran in January 2025; interviews planned for May ahead of Brigade Council.",
             "amber", ["Chair of Trustees", "Brigade Secretary"], "2025-07", None),
        ]),
        ("Recommendation 2: Safeguarding should be recorded as a principal risk with clear controls and "
         "sources of assurance.", [
            ("2.1", "Add safeguarding and managing risk as a principal risk on the Brigade risk register, with "
                    "controls and sources of assurance mapped.",
             "Head of Finance and Resources", "Q4 2024/25",
             "Draft risk entry reviewed by the Audit Committee in February 2025.", "green",
             ["Head of Finance and Resources"], "2025-03", None),
        ]),
    ]),
    ("Theme 2: Safer recruitment of leaders", [
        ("Recommendation 3: No leader should be appointed until vetting, references and mandatory e-learning "
         "are complete.", [
            ("3.1", "Update the online leader registration system so that a leader cannot be marked as appointed "
                    "until the disclosure check, two references and the e-learning modules are recorded.",
             "Membership Services Manager / Digital Systems Officer", "Dec 2024 – Jun 2025",
             "Specification agreed with supplier; testing planned for May 2025.", "green",
             ["Membership Services Manager", "Digital Systems Officer"], "2025-06", None),
            ("3.2", "Reconcile all registered leaders against disclosure records and follow up any gaps with "
                    "Company Captains.",
             "Membership Services Manager", "April 2025",
             "Data extract delayed by the system update; about 40% of Companies checked so far.", "red",
             ["Membership Services Manager"], "2025-04", None),
        ]),
        ("Recommendation 4: Strengthen reference checks and induction for leaders.", [
            ("4.1", "Require at least one referee independent of the BB and the local church, and update the "
                    "reference request template.",
             "BBHQ Safeguarding Manager", "31/01/2025",
             "New template in use; guidance published in the Gazette.", "blue",
             ["BBHQ Safeguarding Manager"], "2025-01", None),
            ("4.2", "Refresh the Safeguarding and Managing Risk e-learning modules and report completion rates to "
                    "the Safeguarding Committee.",
             "Head of Leader Development", "Ongoing",
             "Completion rate 91% at 28 February 2025.", "green",
             ["Head of Leader Development"], None, "Ongoing"),
        ]),
    ]),
    ("Theme 3: Responding to concerns and learning from cases", [
        ("Recommendation 5: Case records should show decisions, rationale and risk assessment at every stage.", [
            ("5.1", "Introduce a case decision log and risk assessment template in the safeguarding case "
                    "management system.",
             "BBHQ Safeguarding Manager", "March 2025",
             "Template drafted; awaiting sign-off by the Safeguarding Committee on 2 April.", "amber",
             ["BBHQ Safeguarding Manager"], "2025-03", None),
            ("5.2", "Audit a sample of closed cases each quarter and report findings to the Safeguarding Committee.",
             "Safeguarding Trustee / BBHQ Safeguarding Manager", "Quarterly from June 2025",
             "Not started – first audit due June 2025.", None,
             ["Safeguarding Trustee", "BBHQ Safeguarding Manager"], None, "Quarterly from June 2025"),
        ]),
        ("Recommendation 6: Use Company visits to test that policies are understood and applied locally.", [
            ("6.1", "Complete the programme of Company visits started in the 2024/25 session and report themes to "
                    "the Board.",
             "Regional Development Officers", "End of June 2025",
             "62 of 110 planned visits completed.", "green",
             ["Regional Development Officers"], "2025-06", None),
        ]),
    ]),
]


def make_bb(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(BB_TITLE, level=0)
    doc.add_paragraph("Response to the thirtyone:eight independent safeguarding audit (report received June 2024) "
                      "– progress update for the Board of Trustees, 22 March 2025")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Version", "1.4"), ("Plan owner", "Brigade Secretary"),
                 ("Lead officer", "BBHQ Safeguarding Manager"), ("Approved by", "Board of Trustees"),
                 ("Next review", "Board meeting, June 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, txt in [("blue", "Complete"), ("green", "On track"),
                     ("amber", "Some slippage – within tolerance"),
                     ("red", "Off track – trustee attention required")]:
        cells = k.add_row().cells
        set_cell(cells[0], "")
        shade(cells[0], RAGFILL[col])
        set_cell(cells[1], txt)
    doc.add_paragraph("RAG ratings reflect the position at 14 March 2025. Target dates shown as revised have been "
                      "agreed by the Safeguarding Committee.")
    hdr = ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    for theme, recs in BB:
        doc.add_heading(theme, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_cell(tb.rows[0].cells[c], h, bold=True)
            shade(tb.rows[0].cells[c], "BFBFBF")
        for rec, actions in recs:
            cells = tb.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, rec, bold=True)
            shade(m, "D9E2F3")
            for (ref, act, lead, target, prog, rag, *_r) in actions:
                cells = tb.add_row().cells
                for c, v in enumerate([ref, act, lead, target, prog, ""]):
                    set_cell(cells[c], v)
                if rag:
                    shade(cells[5], RAGFILL[rag])
    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.rows[0].cells[0], "Approved by", bold=True)
    set_cell(s.rows[0].cells[1], "Chair of Trustees, on behalf of the Board")
    set_cell(s.rows[1].cells[0], "Date", bold=True)
    set_cell(s.rows[1].cells[1], "22 March 2025")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. ARB – Education and CPD Reform Programme highlight report (docx)
# ---------------------------------------------------------------------------
ARB_TITLE = "Education and CPD Reform Programme – Highlight Report"
# workstream -> [(ref, action, owner, baseline, forecast, prev, cur, comment, leads, end, end_text, status)]
ARB = [
    ("Workstream A – CPD scheme", [
        ("A1", "Publish the annual CPD declaration guidance and the mandatory topic for 2026.",
         "Head of Professional Standards", "31/10/2025", "31/10/2025", "G", "Complete",
         "Published 29 October 2025 with a news item to all architects.",
         ["Head of Professional Standards"], "2025-10", None, "blue"),
        ("A2", "Run the first review of CPD records for a random sample of architects and report outcomes to the Board.",
         "Head of Professional Standards / Head of Registration", "Jan 2026", "Mar 2026", "G", "A",
         "Sample selection delayed until MyARB phase 3 is live (see C1).",
         ["Head of Professional Standards", "Head of Registration"], "2026-03", None, "amber"),
        ("A3", "Agree the approach to removal from the Register for CPD non-compliance, consistent with the "
               "Registration Rules.",
         "Head of Legal and Regulatory Policy", "30/11/2025", "30/11/2025", "G", "G",
         "Paper to the Board in November.",
         ["Head of Legal and Regulatory Policy"], "2025-11", None, "green"),
    ]),
    ("Workstream B – Qualifications and learning providers", [
        ("B1", "Complete transition of all UK qualifications to the new Competency Outcomes and Standards for "
               "Learning Providers.",
         "Head of Qualifications", "Sept 2025 – Aug 2027", "Aug 2027", "G", "G",
         "31 of 58 providers have submitted transition plans.",
         ["Head of Qualifications"], "2027-08", None, "green"),
        ("B2", "Launch the new quality assurance process for learning providers, including the first annual "
               "monitoring returns.",
         "Head of Qualifications, Quality Assurance Manager", "31/12/2025", "31/03/2026", "A", "R",
         "Returns template still in consultation with providers; Board asked to approve the revised date.",
         ["Head of Qualifications", "Quality Assurance Manager"], "2026-03", None, "red"),
    ]),
    ("Workstream C – Registration systems (MyARB)", [
        ("C1", "Release MyARB phase 3 (CPD recording and online retention declarations) to all architects.",
         "Head of Digital and Data", "Q3 2025/26", "Q4 2025/26", "A", "A",
         "User acceptance testing started 20 October.",
         ["Head of Digital and Data"], "2026-03", None, "amber"),
        ("C2", "Complete penetration testing and the Data Protection Impact Assessment for MyARB phase 3.",
         "Head of Digital and Data; Data Protection Officer", "31/10/2025", "15/12/2025", "G", "A",
         "Penetration test booked for 24 November.",
         ["Head of Digital and Data", "Data Protection Officer"], "2025-12", None, "amber"),
        ("C3", "Decommission the legacy registration database.",
         "Head of Digital and Data", "June 2026", "June 2026", "", "Not started",
         "Dependent on C1.",
         ["Head of Digital and Data"], "2026-06", None, "unrated"),
    ]),
]


def make_arb(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(ARB_TITLE, level=0)
    doc.add_paragraph("Architects Registration Board | Report No. 11 | Reporting period: 1 September – 31 October "
                      "2025 | Board meeting: 20 November 2025")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    ragcol = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE, "Amber": AMBER}
    for a, b in [("Senior Responsible Owner", "Chief Executive and Registrar"),
                 ("Programme Manager", "Head of Programme Management Office"),
                 ("Overall status – previous period", "Amber"),
                 ("Overall status – this period", "Amber"),
                 ("Budget", "£1.2m approved; £0.74m spent to date")]:
        cells = info.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
        if b in ragcol:
            shade(cells[1], ragcol[b])
    doc.add_heading("1. Summary", level=1)
    doc.add_paragraph("The CPD guidance for 2026 was published on time. The programme remains Amber overall: the "
                      "learning provider quality assurance milestone has moved to March 2026 and MyARB phase 3 is "
                      "forecast for the final quarter of the year. No change to the approved budget is requested.")
    doc.add_heading("2. Milestones and actions", level=1)
    hdr = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "Previous RAG",
           "Current RAG", "Comment"]
    tb = doc.add_table(rows=1, cols=len(hdr))
    tb.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_cell(tb.rows[0].cells[c], h, bold=True)
        shade(tb.rows[0].cells[c], "D9D9D9")
    for ws_name, actions in ARB:
        cells = tb.add_row().cells
        m = cells[0].merge(cells[-1])
        set_cell(m, ws_name, bold=True)
        shade(m, "DEEAF6")
        for (ref, act, own, base, fc, prev, cur, com, *_r) in actions:
            cells = tb.add_row().cells
            for c, v in enumerate([ref, act, own, base, fc, prev, cur, com]):
                set_cell(cells[c], v)
            if prev in ragcol:
                shade(cells[5], ragcol[prev])
            if cur in ragcol:
                shade(cells[6], ragcol[cur])
    doc.add_paragraph("RAG: G – on track; A – at risk, recoverable within tolerance; R – outside tolerance, "
                      "Board decision needed; Complete – milestone delivered.")
    doc.add_heading("3. Key risks and issues", level=1)
    rk = doc.add_table(rows=1, cols=5)
    rk.style = "Table Grid"
    for c, h in enumerate(["ID", "Risk / issue", "Likelihood", "Impact", "Mitigation in place"]):
        set_cell(rk.rows[0].cells[c], h, bold=True)
        shade(rk.rows[0].cells[c], "D9D9D9")
    for row in [("R1", "Supplier capacity for MyARB development is stretched by other clients.", "Medium", "High",
                 "Weekly supplier meetings; contingency sprint held in the plan."),
                ("I1", "Some learning providers cannot meet the first monitoring return deadline.", "–", "Medium",
                 "Deadline extended and drop-in sessions offered.")]:
        cells = rk.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    doc.add_heading("4. Decisions required", level=1)
    doc.add_paragraph("The Board is asked to note this report and to approve the revised forecast date for "
                      "milestone B2.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Sedgefield Town Council – Microsoft Planner export saved as CSV
# ---------------------------------------------------------------------------
SEDGEFIELD_PLAN = "Sedgefield Town Council Action Plan 2025/26"
SED_HDR = ["Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By", "Created Date",
           "Start date", "Due date", "Is Recurring", "Late", "Completed Date", "Completed By",
           "Completed Checklist Items", "Checklist Items", "Labels", "Description"]
# (task, bucket, progress, priority, assigned, created, start, due, late, completed, completed_by,
#  checklist_done, checklist, labels, description, [reading leads, end, status])
SEDGEFIELD = [
    ("Review and readopt Standing Orders and Financial Regulations (NALC 2025 model)", "Policy & Resources",
     "Completed", "Important", "Claire Pattison", "14/04/2025", "14/04/2025", "31/05/2025", "false",
     "19/05/2025", "Claire Pattison", "3/3",
     "Circulate draft to members;Report to P&R;Adopt at Annual Council", "",
     "Readopted at the Annual Council meeting on 19 May 2025.",
     ["Claire Pattison"], "2025-05", "blue"),
    ("Act on 2024/25 internal audit points: fixed asset register reconciliation and timing of VAT reclaims",
     "Policy & Resources", "In progress", "Important", "Claire Pattison;Gary Moss", "30/06/2025", "01/07/2025",
     "31/03/2026", "false", "", "", "1/2", "Reconcile asset register;Move VAT reclaims to quarterly",
     "Amber - at risk",
     "Asset register reconciled to the insurance schedule (November 2025).\n"
     "VAT reclaims now quarterly – first claim submitted January 2026, awaiting HMRC.",
     ["Claire Pattison", "Gary Moss"], "2026-03", "amber"),
    ("Obtain three quotes for Parish Hall roof and gutter repairs and report to P&R", "Policy & Resources",
     "In progress", "Medium", "Gary Moss", "08/12/2025", "08/12/2025", "16/02/2026", "false", "", "",
     "", "", "Green - on track",
     "Two quotes received; third contractor visiting on 5 February.",
     ["Gary Moss"], "2026-02", "green"),
    ("Set 2026/27 budget and precept", "Policy & Resources", "Completed", "Urgent", "Gary Moss;Claire Pattison",
     "15/09/2025", "01/10/2025", "19/01/2026", "false", "12/01/2026", "Gary Moss", "", "", "",
     "Budget and precept approved by Full Council on 12 January 2026; precept demand sent to Durham County Council.",
     ["Gary Moss", "Claire Pattison"], "2026-01", "blue"),
    ("Butterwick Road Cemetery: complete memorial safety inspection and topple testing", "Environment",
     "In progress", "Important", "Paul Lister", "02/06/2025", "01/09/2025", "30/04/2026", "false", "", "",
     "", "", "Green - on track",
     "Section A and B complete; sections C and D to follow in March.",
     ["Paul Lister"], "2026-04", "green"),
    ("Replace two items of play equipment at Eden Drive Play Area following the annual RoSPA inspection",
     "Environment", "Not started", "Medium", "Paul Lister", "21/07/2025", "", "30/06/2026", "false", "", "",
     "", "", "", "Awaiting grant decision from the Area Action Partnership.",
     ["Paul Lister"], "2026-06", "unrated"),
    ("Allotments: issue new tenancy agreements and introduce a water charge", "Environment", "In progress",
     "Medium", "Claire Pattison", "14/04/2025", "01/05/2025", "31/10/2025", "true", "", "", "", "",
     "Red - overdue", "Agreement wording held up by legal advice; now expected March 2026.",
     ["Claire Pattison"], "2025-10", "red"),
    ("Deliver Fireworks Display 2025 with event management plan and risk assessment",
     "Community Development & Engagement", "Completed", "Important", "Joanne Reeve", "12/05/2025", "01/06/2025",
     "05/11/2025", "false", "05/11/2025", "Joanne Reeve", "4/4",
     "Book display company;Event management plan;Road closure;Stewards briefing", "",
     "Event held 5 November; debrief to CD&E Committee in December.",
     ["Joanne Reeve"], "2025-11", "blue"),
    ("Move the Sedgefield Extra to a quarterly print run and refresh the list of volunteer distributors",
     "Community Development & Engagement", "In progress", "Low", "Joanne Reeve;Cllr S Whitfield",
     "06/10/2025", "06/10/2025", "31/03/2026", "false", "", "", "", "", "Amber - at risk",
     "Printer quotes obtained; volunteer numbers still short in two streets.",
     ["Joanne Reeve", "Cllr S Whitfield"], "2026-03", "amber"),
    ("Complete staff appraisals and update the training plan", "Personnel", "Not started", "Medium",
     "Claire Pattison", "03/11/2025", "", "31/03/2026", "false", "", "", "", "", "", "",
     ["Claire Pattison"], "2026-03", "unrated"),
]


def make_sedgefield(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Plan name", SEDGEFIELD_PLAN])
    w.writerow(["Plan ID", "kX3v9QmR0UaT7bLp2YfH1GcAB4nE"])
    w.writerow(["Date of export", "09/02/2026"])
    w.writerow([])
    w.writerow(SED_HDR)
    for t in SEDGEFIELD:
        (task, bucket, prog, prio, assigned, created, start, due, late, comp, compby,
         chk_done, chk, labels, desc) = t[:15]
        w.writerow([task, bucket, prog, prio, assigned, "Claire Pattison", created, start, due, "false",
                    late, comp, compby, chk_done, chk, labels, desc])
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Cobalt Housing – Housing Ombudsman learning action log (tab-separated txt)
# ---------------------------------------------------------------------------
COBALT_TITLE = "Cobalt Housing Limited – Housing Ombudsman Determinations: Learning and Orders Action Log"
COBALT_HDR = ["Ref", "Case / determination", "Order or recommendation", "Action taken or planned", "Lead",
              "Target date", "RAG", "Comments"]
# rows: ("THEME", text) or (ref, case, order, action, lead, target, rag, comment, leads, end, end_text, status)
COBALT = [
    ("THEME", "THEME 1 – DAMP, MOULD AND DISREPAIR"),
    ("L01", "202407715 – 14/03/2025 – Severe maladministration (repairs)",
     "Order: Carry out a full survey of the property and provide the resident with a schedule of works within 4 weeks.",
     "Property survey completed and schedule of works issued to the resident.",
     "Repairs Manager", "11/04/2025", "Complete", "Evidence sent to the Ombudsman 10/04/2025.",
     ["Repairs Manager"], "2025-04", None, "blue"),
    ("L02", "", "",
     "Complete all works in the schedule, including extractor fan replacement and mould wash.",
     "Repairs Manager / Surveyor", "30/06/2025", "Complete", "Post-inspection satisfactory 24/06/2025.",
     ["Repairs Manager", "Surveyor"], "2025-06", None, "blue"),
    ("L03", "202409522 – 02/07/2025 – Maladministration (damp and mould)",
     "Recommendation: Review the damp and mould policy against the Ombudsman's Spotlight report and Awaab's Law "
     "requirements.",
     "Damp and mould policy reviewed and revised procedure for hazard timescales approved by the Executive Team.",
     "Head of Asset Management", "Oct-25", "Complete", "Approved 14/10/2025.",
     ["Head of Asset Management"], "2025-10", None, "blue"),
    ("L04", "", "",
     "Train all repairs operatives and call handlers on the revised damp and mould procedure.",
     "Head of Asset Management, Learning and Development Partner", "Q4 2025/26", "Amber",
     "62% trained; operative sessions rescheduled after winter demand.",
     ["Head of Asset Management", "Learning and Development Partner"], "2026-03", None, "amber"),
    ("THEME", "THEME 2 – ANTI-SOCIAL BEHAVIOUR"),
    ("L05", "202411208 – 19/05/2025 – Maladministration (ASB)",
     "Order: Pay the resident £450 compensation within 4 weeks.",
     "Compensation of £450 paid to the resident.",
     "Complaints Team Leader", "16/06/2025", "Complete", "Paid 09/06/2025.",
     ["Complaints Team Leader"], "2025-06", None, "blue"),
    ("L06", "",
     "Recommendation: Review how ASB risk assessments are recorded on the housing management system.",
     "Make the ASB risk assessment mandatory at case opening and audit 10 cases each quarter.",
     "Neighbourhood Services Manager", "31/03/2026", "Green", "System change in test.",
     ["Neighbourhood Services Manager"], "2026-03", None, "green"),
    ("THEME", "THEME 3 – COMPLAINT HANDLING"),
    ("L07", "202412967 – 08/09/2025 – Maladministration (complaint handling)",
     "Order: Carry out a review of the case and share the learning with complaint handlers.",
     "Case review completed and learning briefing delivered to the Complaints team.",
     "Head of Customer Experience", "06/10/2025", "Complete", "Briefing held 30/09/2025.",
     ["Head of Customer Experience"], "2025-10", None, "blue"),
    ("L08", "",
     "Recommendation: Self-assess against the Complaint Handling Code and publish the outcome.",
     "Complete the annual self-assessment against the Complaint Handling Code, report it to the Board and "
     "publish it on the website.",
     "Head of Customer Experience", "June 2026", "Green", "",
     ["Head of Customer Experience"], "2026-06", None, "green"),
    ("L09", "", "",
     "Refresh complaint handling training for all customer-facing staff, including recognising a complaint made "
     "through a third party.",
     "Learning and Development Partner", "Ongoing – quarterly sessions", "Green", "Next session 12/02/2026.",
     ["Learning and Development Partner"], None, "Ongoing – quarterly sessions", "green"),
]


def make_cobalt(path):
    lines = [COBALT_TITLE,
             "Report to Customer Experience Committee, 21 January 2026 – position at 31 December 2025",
             "",
             "RAG key: Complete = action delivered and evidence sent to the Ombudsman; Green = on track; "
             "Amber = at risk of missing target; Red = overdue",
             "",
             "\t".join(COBALT_HDR)]
    for row in COBALT:
        if row[0] == "THEME":
            lines.append(row[1] + "\t" * (len(COBALT_HDR) - 1))
        else:
            lines.append("\t".join(row[:8]))
    lines += ["",
              "Summary: 9 actions – Complete 5, Green 3, Amber 1, Red 0",
              "Prepared by: Complaints and Insight Manager"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "zgn-nestrans-corporate-risk-register-2025-26.xlsx": make_nestrans,
    "zgn-middletown-centre-for-autism-arc-audit-recommendations-tracker.xlsx": make_middletown,
    "zgn-ecitb-board-rolling-action-log-typo-month-refuse.xlsx": make_ecitb,
    "zgn-boys-brigade-independent-safeguarding-audit-action-plan.docx": make_bb,
    "zgn-arb-education-cpd-reform-programme-highlight-report.docx": make_arb,
    "zgn-sedgefield-town-council-action-plan-2025-26-planner-export.csv": make_sedgefield,
    "zgn-cobalt-housing-ombudsman-determinations-learning-action-log.txt": make_cobalt,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
