#!/usr/bin/env python3
"""Build the seven zef- blind test files (set heldout800) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with zef- are written.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0",
    "C": "00B0F0", "head": "1F4E79", "theme": "D9E1F2", "grey": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def d(s):
    """'31/03/2025' -> datetime"""
    day, mon, yr = s.split("/")
    return dt.datetime(int(yr), int(mon), int(day))


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, s):
    # quote refs, months and short codes so they always load back as strings
    style = '"' if (len(s) < 20 and any(ch.isdigit() for ch in s)) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", s, style=style)


_Dumper.add_representer(str, _str)


def write_expected(name, exp):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(exp, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def solid(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


# ---------------------------------------------------------------------------
# 1. Rosebery Housing Association - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def build_rosebery():
    name = "zef-rosebery-housing-association-internal-audit-recommendations-tracker.xlsx"
    title = "Rosebery Housing Association – Internal Audit Recommendations Tracker"
    audits = [
        ("Gas Safety Compliance – report 2.24/25 (final issued 12 December 2024) – Reasonable Assurance", [
            ("GAS.1", "Medium",
             "Properties with an expired Landlord Gas Safety Record (LGSR) should be escalated to the Head of Compliance within 24 hours of expiry and the escalation recorded on the compliance system.",
             "Set up a daily expired-LGSR report in the compliance system with automatic escalation to the Head of Compliance, and a weekly exception report to the Executive Team.",
             "Head of Compliance", "31/01/2025", None,
             "Report live since 13 January 2025. Verified by RSM in follow-up review, July 2025.", "B",
             ["Head of Compliance"], "2025-01", "blue"),
            ("GAS.2", "Low",
             "The No Access Procedure should be updated to reflect current practice, including the use of injunctions and forced entry.",
             "Review and reissue the No Access Policy and Procedure and brief all Neighbourhood Officers on it.",
             "Compliance Manager / Neighbourhood Services Manager", "31/03/2025", "31/10/2025",
             "Draft policy considered by Tenant Voice Panel on 9 September 2025; Executive Team approval due 7 October – may slip if further consultation is needed.", "A",
             ["Compliance Manager", "Neighbourhood Services Manager"], "2025-10", "amber"),
        ]),
        ("Responsive Repairs – Contract Management – report 6.24/25 (final issued 3 April 2025) – Limited Assurance", [
            ("REP.1", "High",
             "Contractor-reported KPI data should be independently validated before it is reported to the Board.",
             "Carry out monthly sample checks of 10 completed jobs against tenant satisfaction calls and photographic evidence, and report the results to the Property Services Committee.",
             "Director of Property Services", "30/06/2025", None,
             "Sample checks started in July 2025 but results have not yet been reported. Committee asked to agree a revised date.", "R",
             ["Director of Property Services"], "2025-06", "red"),
            ("REP.2", "High",
             "Variations to repair orders over £500 should be approved by a second officer before the invoice is paid.",
             "Configure the repairs system so that variations over £500 need Team Leader approval before the invoice is released.\nIssue a reminder to all Repairs staff on approval limits.",
             "Head of Repairs", "31/05/2025", "31/10/2025",
             "Reminder issued to staff 2 June 2025. System change tested; go-live 6 October 2025.", "G",
             ["Head of Repairs"], "2025-10", "green"),
            ("REP.3", "Medium",
             "A documented contract management framework should set out roles, meeting frequency and escalation routes for the responsive repairs contract.",
             "Develop a Contract Management Framework for the responsive repairs contract and present it to Executive Team for approval.",
             "Procurement Lead and Head of Repairs", "30/09/2025", None,
             "First draft prepared; workshop with contractor held 21 August 2025.", "G",
             ["Procurement Lead", "Head of Repairs"], "2025-09", "green"),
        ]),
        ("Rent Arrears and Income Recovery – report 1.25/26 (final issued 30 June 2025) – Reasonable Assurance", [
            ("INC.1", "Medium",
             "Arrears cases should be checked for compliance with the Pre-Action Protocol for Possession Claims before a Notice of Seeking Possession (NOSP) is served.",
             "Introduce a Pre-Action Protocol checklist, to be completed and signed off by the Income Team Leader before any NOSP is served.",
             "Income Team Leader", "31/12/2025", None,
             "Checklist drafted and being tested on new cases.", "G",
             ["Income Team Leader"], "2025-12", "green"),
            ("INC.2", "Low",
             "Write-offs of former tenant arrears should be approved in line with the Financial Regulations and reported to the Committee.",
             "Present a schedule of former tenant arrears write-offs to the Audit & Risk Committee every six months.",
             "Director of Resources", "31/03/2026", None,
             "Not yet started – first schedule due for the March 2026 Committee.", None,
             ["Director of Resources"], "2026-03", "unrated"),
        ]),
        ("Data Protection – Subject Access Requests – report 4.24/25 (final issued 14 February 2025) – Substantial Assurance", [
            ("DP.1", "Low",
             "The SAR log should record the date on which the requester's identity was verified.",
             "Add an 'ID verified' date field to the SAR log and update the SAR procedure.",
             "Data Protection Officer", "28/02/2025", None,
             "Field added and procedure updated February 2025. Verified by RSM July 2025.", "B",
             ["Data Protection Officer"], "2025-02", "blue"),
        ]),
    ]

    wb = Workbook()
    # --- Summary sheet
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Audit & Risk Committee – 18 September 2025 | Position at 31 August 2025"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Purpose"
    ws["A4"].font = Font(bold=True)
    ws["A5"] = ("This tracker records all internal audit recommendations agreed with management and the progress "
                "made in implementing them. Recommendations are removed once implemented and verified by "
                "Internal Audit (RSM UK).")
    ws.merge_cells("A5:G5")
    ws["A5"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[5].height = 45
    ws["A7"] = "RAG key"
    ws["A7"].font = Font(bold=True)
    key = [("B", "Implemented and verified by Internal Audit"),
           ("G", "On track to meet the target date"),
           ("A", "At risk of missing the target date"),
           ("R", "Overdue")]
    r = 8
    for letter, meaning in key:
        ws.cell(r, 1, letter).fill = solid(FILL[letter])
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        ws.cell(r, 2, meaning)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        r += 1
    r += 1
    ws.cell(r, 1, "Summary by priority").font = Font(bold=True)
    r += 1
    hdr = ["Priority", "B", "G", "A", "R", "Not started", "Total"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid(FILL["head"])
        cell.border = BOX
    counts = {}
    for _, recs in audits:
        for rec in recs:
            counts.setdefault(rec[1], []).append(rec[8] or "NS")
    tot = [0] * 6
    for prio in ["High", "Medium", "Low"]:
        r += 1
        vals = counts.get(prio, [])
        row = [vals.count("B"), vals.count("G"), vals.count("A"), vals.count("R"), vals.count("NS"), len(vals)]
        tot = [a + b for a, b in zip(tot, row)]
        ws.cell(r, 1, prio).border = BOX
        for c, v in enumerate(row, 2):
            ws.cell(r, c, v).border = BOX
    r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    ws.cell(r, 1).border = BOX
    for c, v in enumerate(tot, 2):
        ws.cell(r, c, v).font = Font(bold=True)
        ws.cell(r, c).border = BOX
    ws.column_dimensions["A"].width = 16
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 12

    # --- Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position at 31 August 2025 – for Audit & Risk Committee, 18 September 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
               "Original target date", "Revised target date", "Progress update (August 2025)", "RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid(FILL["head"])
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    widths = [8, 9, 45, 50, 24, 12, 12, 45, 6]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws.freeze_panes = "A5"
    r = 5
    expected = []
    for heading, recs in audits:
        ws.cell(r, 1, heading).font = Font(bold=True)
        ws.cell(r, 1).fill = solid(FILL["theme"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (ref, prio, rec, action, officer, orig, rev, update, rag, leads, end, status) in recs:
            vals = [ref, prio, rec, action, officer, d(orig), d(rev) if rev else None, update, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 9).fill = solid(FILL[rag])
                ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
            expected.append(act(ref, [heading, rec], action, leads, end, status))
    r += 1
    ws.cell(r, 1, "Note: recommendations rated B will be removed from the tracker after this meeting. "
                  "Revised target dates have been agreed by the Committee.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": (
            "Imitates a housing association's internal audit recommendations tracker as taken to its Audit & "
            "Risk Committee (Rosebery Housing Association, Epsom; 2025). Layout copied from council and "
            "housing audit trackers reported to audit committees (e.g. Reading BC 'Implementation of Audit "
            "Recommendations Tracker', https://democracy.reading.gov.uk/mgAi.aspx?ID=16509 - red/amber/green/blue "
            "rating, overdue shown red): a Summary sheet with purpose note, RAG key and a totals-by-priority "
            "block, and a Tracker sheet with merged audit heading rows (report number, date, assurance opinion), "
            "recommendation text beside the agreed management action, job-title owners, original and revised "
            "target dates as real Excel dates, progress update and a lettered, fill-coloured RAG cell."),
        "reads": (
            "Eight internal audit recommendations from four audits, each row giving the recommendation, the "
            "agreed management action, the responsible officer and original/revised dates. The RAG letter is "
            "the status (B = implemented); one recommendation not yet started has an empty RAG cell. Where a "
            "revised target date is given it is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Shakespeare Birthplace Trust - governance review action plan, Smartsheet export (xlsx)
# ---------------------------------------------------------------------------
def workdays(a, b):
    n = 0
    x = a
    while x <= b:
        if x.weekday() < 5:
            n += 1
        x += dt.timedelta(days=1)
    return n


def build_sbt():
    name = "zef-shakespeare-birthplace-trust-governance-review-action-plan-smartsheet-export.xlsx"
    # (level, text, assigned, start, end, pct, status, rag, update, expected)
    T1 = "1. Board composition, skills and diversity"
    R11 = "R1.1 Carry out a skills and diversity audit of the Board and use the results to plan trustee recruitment"
    R12 = "R1.2 Introduce fixed terms of office for trustees in line with the Charity Governance Code"
    T2 = "2. Decision making, risk and control"
    R21 = "R2.1 Refresh the Scheme of Delegation and publish a schedule of Matters Reserved to the Board"
    R22 = "R2.2 Strengthen the Board's oversight of risk, including agreeing a risk appetite statement"
    T3 = "3. Board effectiveness"
    R31 = "R3.1 Commission an external review of Board effectiveness every three years"
    R32 = "R3.2 Improve the quality and timeliness of Board papers"
    rows = [
        (0, T1), (1, R11),
        (2, "Issue the skills and diversity questionnaire to all trustees and collate the results", "Company Secretary",
         "01/09/2025", "31/10/2025", 1.0, "Complete", None, "Results reported to Nominations Committee 4 November.",
         (["Company Secretary"], "2025-10", "blue")),
        (2, "Agree a recruitment brief for two new trustees with digital and fundraising experience",
         "Chair of Nominations Committee", "03/11/2025", "27/02/2026", 0.25, "In Progress", "Green",
         "Draft brief with recruitment partner.", (["Chair of Nominations Committee"], "2026-02", "green")),
        (1, R12),
        (2, "Draft amendments to the Articles of Association limiting trustees to three terms of three years",
         "Helen Marsh, Tom Aldridge", "01/10/2025", "31/03/2026", 0.4, "In Progress", "Yellow",
         "Legal advice received. This is a regulated alteration – Charity Commission consent to be sought before the AGM.",
         (["Helen Marsh", "Tom Aldridge"], "2026-03", "amber")),
        (0, T2), (1, R21),
        (2, "Update the Scheme of Delegation and Matters Reserved and take to the Board for approval",
         "Director of Finance and Resources", "01/09/2025", "28/11/2025", 0.6, "In Progress", "Green",
         "Draft reviewed by Finance, Audit & Risk Committee on 15 October.",
         (["Director of Finance and Resources"], "2025-11", "green")),
        (1, R22),
        (2, "Add the principal risks and key risk indicators to every Finance, Audit & Risk Committee agenda",
         "Director of Finance and Resources", "01/09/2025", "31/10/2025", 1.0, "Complete", None,
         "In place from the October 2025 meeting.", (["Director of Finance and Resources"], "2025-10", "blue")),
        (2, "Hold a Board risk appetite workshop facilitated by the internal auditors", "Chief Executive",
         "05/01/2026", "30/01/2026", 0.0, "Not Started", None, None, (["Chief Executive"], "2026-01", "unrated")),
        (0, T3), (1, R31),
        (2, "Tender for and appoint an external governance reviewer", "Company Secretary",
         "01/10/2025", "30/04/2026", 0.1, "In Progress", "Red", "Procurement paused pending the 2026/27 budget decision.",
         (["Company Secretary"], "2026-04", "red")),
        (1, R32),
        (2, "Introduce a standard Board cover paper with a 'Decision required' box", "Company Secretary",
         "01/09/2025", "30/09/2025", 1.0, "Complete", None, "Used from the September Board.",
         (["Company Secretary"], "2025-09", "blue")),
        (2, "Publish Board papers on the board portal seven days before each meeting", "Sarah Okafor",
         "01/10/2025", "19/12/2025", 0.5, "In Progress", "Green",
         "Achieved for the November Board; to be monitored for December.", (["Sarah Okafor"], "2025-12", "green")),
    ]
    # roll-ups for parent rows (Smartsheet project settings roll start/end/% up to parents)
    full = []
    for i, row in enumerate(rows):
        if row[0] == 2:
            full.append(row)
            continue
        lvl = row[0]
        kids = []
        for nxt in rows[i + 1:]:
            if nxt[0] <= lvl:
                break
            if nxt[0] == 2:
                kids.append(nxt)
        start = min(d(k[3]) for k in kids)
        end = max(d(k[4]) for k in kids)
        total = sum(workdays(d(k[3]), d(k[4])) for k in kids)
        pct = sum(k[5] * workdays(d(k[3]), d(k[4])) for k in kids) / total
        full.append((lvl, row[1], None, start, end, round(pct, 2), None, None, None, None))

    wb = Workbook()
    ws = wb.active
    ws.title = "SBT Governance Review Actions"
    headers = ["Task Name", "Assigned To", "Start Date", "End Date", "Duration", "% Complete", "Status", "RAG",
               "Latest Update"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(1, c, h)
        cell.font = Font(bold=True)
        cell.fill = solid("E7E6E6")
    widths = [70, 30, 12, 12, 10, 11, 13, 8, 60]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    expected = []
    cur_theme = cur_rec = None
    r = 2
    for row in full:
        lvl, text, who, start, end, pct, status, rag, update, exp = row
        if isinstance(start, str):
            start, end = d(start), d(end)
        ws.cell(r, 1, text).alignment = Alignment(indent=lvl * 2, wrap_text=True)
        if lvl < 2:
            ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 2, who)
        ws.cell(r, 3, start).number_format = "dd/mm/yy"
        ws.cell(r, 4, end).number_format = "dd/mm/yy"
        ws.cell(r, 5, f"{workdays(start, end)}d")
        ws.cell(r, 6, pct).number_format = "0%"
        ws.cell(r, 7, status)
        ws.cell(r, 8, rag)
        ws.cell(r, 9, update).alignment = Alignment(wrap_text=True)
        if lvl:
            ws.row_dimensions[r].outline_level = lvl
        if lvl == 0:
            cur_theme = text
        elif lvl == 1:
            cur_rec = text
        else:
            leads, e, st = exp
            expected.append(act(None, [cur_theme, cur_rec], text, leads, e, st))
        r += 1
    ws.sheet_properties.outlinePr.summaryBelow = False
    ws.freeze_panes = "B2"
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": (
            "Imitates a charity's governance review action plan (Shakespeare Birthplace Trust, 2025-26, actions "
            "against the Charity Governance Code principles) kept in Smartsheet and exported to Excel. Copies "
            "the Smartsheet export form: one header row and no title, the sheet name as the tab, hierarchy shown "
            "by indented primary-column text and Excel row outline grouping (help.smartsheet.com 'Rows and "
            "Hierarchy'; exported hierarchy comes out as grouped rows), parent rows carrying rolled-up start/end "
            "dates, durations and % complete, a multi-contact Assigned To cell (comma-separated names), a "
            "Status dropdown (Not Started / In Progress / Complete) and an RYG symbol column exported as "
            "Red / Yellow / Green."),
        "reads": (
            "Three themes (top-level rows), each with review recommendations (second-level rows) and the "
            "actions beneath them (third-level rows). Parent rows only carry roll-up dates and percentages and "
            "are headings, not actions. Status is Complete (blue), Not Started (unrated) or the RAG symbol "
            "value, Yellow being amber; the End Date is the due month."),
        "outcome": "read",
        "accept_refusal": False,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. CMAL - strategic risk register 2025-26, typo month -> refuse (xlsx)
# ---------------------------------------------------------------------------
def build_cmal():
    name = "zef-caledonian-maritime-assets-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
    risks = [
        ("SR01", "Vessel replacement programme\nDelay or cost overrun in the delivery of new major vessels reduces "
                 "the resilience of the fleet and damages stakeholder confidence.",
         "Director of Vessels", "5 × 5 = 25",
         "Fixed-price contracts with staged payments; owner's site team at each yard; monthly reporting to "
         "Transport Scotland; Vessels Committee oversight.", "4 × 4 = 16", "3 × 4 = 12", [
             ("Complete the lessons-learned review of the Islay-class vessel contracts and report to the Board.",
              "Director of Vessels", "March 2026", "A", "A"),
             ("Agree the delivery schedule for the Small Vessel Replacement Programme with Transport Scotland.",
              "Chief Executive", "June 2026", "A", "G"),
         ]),
        ("SR02", "Harbour asset condition\nDeterioration of ageing harbour infrastructure leads to restrictions on, "
                 "or closure of, berths.",
         "Director of Harbours", "4 × 5 = 20",
         "Five-yearly principal inspections; harbour asset register; annual maintenance programme; "
         "berthing restrictions procedure.", "3 × 5 = 15", "2 × 5 = 10", [
             ("Complete principal inspections of the 12 priority harbours and update the harbour asset register.",
              "Director of Harbours", "December 2025", "G", "G"),
             ("Present a 10-year harbour investment plan to the Board.",
              "Director of Harbours / Chief Financial Officer", "Febuary 2026", "A", "A"),
         ]),
        ("SR03", "Funding\nInsufficient capital and revenue funding from the Scottish Government to deliver the "
                 "investment programme.",
         "Chief Financial Officer", "4 × 4 = 16",
         "Annual funding agreement; Infrastructure Investment Plan; quarterly sponsor meetings.",
         "3 × 4 = 12", "3 × 3 = 9", [
             ("Submit the 2026-27 capital funding bid and Infrastructure Investment Plan update to Transport Scotland.",
              "Chief Financial Officer", "October 2025", "G", "B"),
         ]),
        ("SR04", "Cyber security\nA cyber attack disrupts CMAL systems or compromises vessel and harbour "
                 "operational technology.",
         "Head of IT", "4 × 5 = 20",
         "Managed security service; multi-factor authentication; staff training; offline backups.",
         "3 × 4 = 12", "2 × 4 = 8", [
             ("Achieve Cyber Essentials Plus re-certification.", "Head of IT", "January 2026", "G", "G"),
             ("Run a cyber incident exercise with CalMac Ferries and Transport Scotland.", "Head of IT",
              "March 2026", "G", "A"),
         ]),
        ("SR05", "People\nInability to recruit and retain specialist naval architecture and marine engineering staff.",
         "Head of HR", "4 × 3 = 12",
         "Market supplements for specialist posts; workforce plan; flexible working policy.",
         "3 × 3 = 9", "2 × 3 = 6", [
             ("Implement the revised pay and grading structure agreed in the 2025 pay award.", "Head of HR",
              "April 2026", "A", "G"),
             ("Launch a graduate and apprentice marine engineering scheme with Glasgow colleges.", "Head of HR",
              "September 2026", "G", "G"),
         ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR 2025-26"
    ws["A1"] = "Caledonian Maritime Assets Limited (CMAL)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register 2025-26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Presented to: CMAL Board – 26 November 2025 | Register owner: Chief Executive | Version 3.2"
    headers = ["Risk ID", "Strategic risk", "Risk owner", "Inherent score (L × I)", "Key controls in place",
               "Residual score (L × I)", "Target score", "Further mitigating actions", "Action owner",
               "Target date", "Previous RAG", "Current RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid("003A70")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    widths = [8, 40, 18, 11, 40, 11, 10, 50, 24, 14, 9, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJKL"[i]].width = w
    r = 6
    typo_row = None
    for rid, desc, owner, inh, ctrl, resid, target, acts in risks:
        first = r
        for c, v in zip([1, 2, 3, 4, 5, 6, 7], [rid, desc, owner, inh, ctrl, resid, target]):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for action, aowner, date, prev, cur in acts:
            ws.cell(r, 8, action).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 9, aowner).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 10, date).alignment = Alignment(vertical="top")
            if date.startswith("Febuary"):
                typo_row = r
            for c, v in ((11, prev), (12, cur)):
                cell = ws.cell(r, c, v)
                cell.fill = solid(FILL[v])
                cell.alignment = Alignment(horizontal="center", vertical="top")
            for c in range(1, 13):
                ws.cell(r, c).border = BOX
            r += 1
        if r - 1 > first:
            for c in range(1, 8):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(r, 1, "RAG: R = action overdue; A = at risk of slipping; G = on track; B = complete. "
                  "Scores are Likelihood × Impact on a 5 × 5 matrix – see 'Scoring key'.").font = Font(italic=True)
    ws.freeze_panes = "A6"

    ks = wb.create_sheet("Scoring key")
    ks["A1"] = "Risk scoring matrix (Likelihood × Impact)"
    ks["A1"].font = Font(bold=True)
    ks["A3"] = "Likelihood ↓ / Impact →"
    for i in range(1, 6):
        ks.cell(3, 1 + i, i).font = Font(bold=True)
        ks.cell(3 + i, 1, 6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            lk = 6 - li
            score = lk * im
            cell = ks.cell(3 + li, 1 + im, score)
            cell.fill = solid("FF0000" if score >= 15 else "FFC000" if score >= 8 else "00B050")
            cell.border = BOX
    ks["A10"] = "15–25 High (red); 8–12 Medium (amber); 1–6 Low (green)"
    ks["A11"] = "Risk appetite: the Board has a low appetite for safety and compliance risks and a moderate appetite for financial risk."
    wb.save(os.path.join(HERE, name))
    assert typo_row == 9, typo_row

    write_expected(name, {
        "source": (
            "Imitates a Scottish public body's strategic risk register as presented to its Board (Caledonian "
            "Maritime Assets Limited, 2025-26). Copies the usual public-sector register layout (Scottish Public "
            "Finance Manual proforma register; council/NDPB registers as in West Oxfordshire's Strategic Risk "
            "Register reports): title block with meeting, owner and version, one block per risk with the risk "
            "description, owner, inherent/residual/target L × I scores and key controls merged vertically over "
            "one row per further mitigating action, action owner, target date as a written month, Previous and "
            "Current RAG as filled cells, a RAG note line and a separate 'Scoring key' sheet with the 5 × 5 matrix."),
        "reads": (
            "Five strategic risks, each with one or two further mitigating actions, owners and target months. "
            "The target date for SR02's second action reads 'Febuary 2026' - a mistyped month in the end cell, "
            "so a careful reader stops and asks before reading the register."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "Strategic Risk Register 2025-26",
    })


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)


def header_row(table, headers, fill="1F3864"):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, fill)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Combat Stress - Board of Trustees action log (docx)
# ---------------------------------------------------------------------------
def build_combat_stress():
    name = "zef-combat-stress-board-of-trustees-action-log.docx"
    status_fill = {"Complete": "00B0F0", "On track": "00B050", "Slipped": "FFC000", "Overdue": "FF0000",
                   "Not yet due": None}
    status_map = {"Complete": "blue", "On track": "green", "Slipped": "amber", "Overdue": "red",
                  "Not yet due": "unrated"}
    open_actions = [
        ("B25/18", "26 Jun 2025",
         "Bring a paper to the Board on options for the future use of the Audley Court site, including disposal.",
         "Director of Finance & Resources", "March 2026", "Not yet due",
         "Valuation commissioned; paper scheduled for the March Board.",
         ["Director of Finance & Resources"], "2026-03", None),
        ("B25/22", "26 Jun 2025",
         "Review the trustee skills matrix and recommend priorities for the 2026 trustee recruitment round.",
         "Chair / Company Secretary", "31/01/2026", "On track",
         "Skills survey completed by 9 of 11 trustees.", ["Chair", "Company Secretary"], "2026-01", None),
        ("B25/31", "25 Sep 2025",
         "Report on clinical outcomes for the intensive treatment programme, including waiting times by referral route.",
         "Director of Clinical Services", "STRIKE", "Slipped",
         "Data validation taking longer than planned; revised date agreed with the Chair.",
         ["Director of Clinical Services"], "2026-01", None),
        ("B25/34", "25 Sep 2025",
         "Circulate the updated Safeguarding Policy and the annual safeguarding report to all trustees.",
         "Director of Clinical Services", "October 2025", "Overdue",
         "Policy approved by the Clinical Governance Committee; circulation delayed.",
         ["Director of Clinical Services"], "2025-10", None),
        ("B25/39", "11 Dec 2025",
         "Monitor fundraising income against the reforecast each month and report by exception to the Chair of the Finance & Audit Committee.",
         "Director of Fundraising and Communications", "Ongoing", "On track", "",
         ["Director of Fundraising and Communications"], None, "Ongoing"),
        ("B25/40", "11 Dec 2025", "Arrange a trustee visit to the Scotland community team.",
         "Company Secretary", "TBC", "Not yet due", "Dates being sought with the regional lead.",
         ["Company Secretary"], None, "TBC"),
    ]
    done_actions = [
        ("B25/27", "26 Jun 2025", "Publish the 2024/25 gender pay gap report on the website.",
         "Director of People", "September 2025", "Complete", "Published 22 September 2025.",
         ["Director of People"], "2025-09", None),
        ("B25/36", "25 Sep 2025", "Confirm the insurance renewal terms, including cyber cover, with the broker.",
         "Director of Finance & Resources", "November 2025", "Complete",
         "Renewed 1 November 2025; cyber cover increased to £2m.",
         ["Director of Finance & Resources"], "2025-11", None),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Combat Stress", style="Title")
    doc.add_paragraph("Board of Trustees – Action Log", style="Subtitle")
    doc.add_paragraph("Position following the Board meeting held on 11 December 2025. "
                      "Prepared by the Company Secretary for the Board meeting on 19 March 2026.")

    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Document", "Board of Trustees Action Log"), ("Version", "12"),
                                ("Owner", "Company Secretary"), ("Next review", "Board meeting, 19 March 2026")]):
        set_cell(dc.rows[i].cells[0], k, bold=True)
        shade(dc.rows[i].cells[0], "F2F2F2")
        set_cell(dc.rows[i].cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph("Status key", style="Heading 3")
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate([("Complete", "Action completed – to be removed from the log after this meeting"),
                                ("On track", "Expected to be completed by the due date"),
                                ("Slipped", "Will miss the original due date – revised date agreed"),
                                ("Overdue", "Past the due date and not complete"),
                                ("Not yet due", "Work not yet started")]):
        set_cell(key.rows[i].cells[0], k, bold=True)
        if status_fill[k]:
            shade(key.rows[i].cells[0], status_fill[k])
        set_cell(key.rows[i].cells[1], v)

    expected = []
    headers = ["Ref", "Meeting", "Action", "Lead", "Due", "Status", "Update"]
    for heading, rows in (("1. Open actions", open_actions),
                          ("2. Actions completed since the last meeting", done_actions)):
        doc.add_paragraph(heading, style="Heading 1")
        t = doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = "Table Grid"
        header_row(t, headers)
        for i, (ref, mtg, action, lead, due, status, update, leads, end, end_text) in enumerate(rows, 1):
            cells = t.rows[i].cells
            set_cell(cells[0], ref)
            set_cell(cells[1], mtg)
            set_cell(cells[2], action)
            set_cell(cells[3], lead)
            if due == "STRIKE":
                cells[4].text = ""
                p = cells[4].paragraphs[0]
                r1 = p.add_run("30/11/2025")
                r1.font.strike = True
                r1.font.size = Pt(9)
                r1.add_break(WD_BREAK.LINE)
                r2 = p.add_run("31/01/2026 (revised)")
                r2.font.size = Pt(9)
            else:
                set_cell(cells[4], due)
            set_cell(cells[5], status, bold=True)
            if status_fill[status]:
                shade(cells[5], status_fill[status])
            set_cell(cells[6], update)
            expected.append(act(ref, [heading], action, leads, end, status_map[status], end_text))
        doc.add_paragraph()
    doc.add_paragraph("Actions marked Complete will be removed from the log once noted by the Board.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": (
            "Imitates a national charity's Board of Trustees action log (Combat Stress, veterans' mental health "
            "charity; December 2025). Follows the trustee action-log practice described in trustee-meeting "
            "guidance (e.g. Barnett Waddingham trustee meetings handbook, 'Actions arising': owners, timescales, "
            "status, completed actions reported then removed): title and subtitle, a small document-control "
            "table, a status key table with coloured cells, then a numbered section per table - open actions "
            "and actions completed since the last meeting - with minute refs, meeting dates, job-title leads, "
            "due dates written as months, dd/mm/yyyy, Ongoing and TBC, one due date struck through with the "
            "revised date beneath it, and a coloured status word."),
        "reads": (
            "Eight Board actions in two tables: six open and two completed since the last meeting. Status "
            "words follow the document's key (Complete blue, On track green, Slipped amber, Overdue red, Not "
            "yet due unrated). For B25/31 the struck-through 30/11/2025 has been replaced by 31/01/2026 (revised), "
            "which is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Board of Trustees – Action Log",
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Radius Housing - Connect programme highlight report (docx)
# ---------------------------------------------------------------------------
def build_radius():
    name = "zef-radius-housing-connect-programme-highlight-report.docx"
    rag_fill = {"G": "00B050", "A": "FFC000", "R": "FF0000", "C": "00B0F0"}
    rag_status = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    workstreams = [
        ("Workstream 1 – Housing Management System (HMS)", [
            ("HMS-01", "Complete system configuration for the rents and tenancy modules", "HMS Product Owner",
             "30/09/2025", "30/09/2025", "G", "C", "Configuration signed off on 26 September.",
             ["HMS Product Owner"], "2025-09"),
            ("HMS-02", "User acceptance testing (UAT) cycle 2", "HMS Product Owner / Test Lead",
             "31/10/2025", "28/11/2025", "A", "A", "UAT cycle 2 started 20 October; 41 defects open (3 high).",
             ["HMS Product Owner", "Test Lead"], "2025-11"),
            ("HMS-03", "Go-live decision by Programme Board", "Director of Customer Services",
             "15/01/2026", "26/02/2026", "A", "R",
             "Go-live date at risk because of UAT slippage; replan presented to this Board.",
             ["Director of Customer Services"], "2026-02"),
        ]),
        ("Workstream 2 – Customer Portal", [
            ("CP-01", "Procure portal supplier through the Crown Commercial Service framework", "Procurement Manager",
             "31/08/2025", "31/08/2025", "G", "C", "Contract awarded 28 August.", ["Procurement Manager"], "2025-08"),
            ("CP-02", "Design and test tenant registration and rent account pages with the Tenant Digital Panel",
             "Head of Digital Services", "31/12/2025", "31/12/2025", "G", "G",
             "Two co-design sessions held; usability testing booked for 3 December.",
             ["Head of Digital Services"], "2025-12"),
            ("CP-03", "Launch repairs reporting in the portal (phase 1)",
             "Head of Digital Services and Head of Asset Management", "31/03/2026", "31/03/2026", "–", "g-fill",
             "New milestone this period. Dependent on HMS go-live.",
             ["Head of Digital Services", "Head of Asset Management"], "2026-03"),
        ]),
        ("Workstream 3 – Data Migration", [
            ("DM-01", "Cleanse tenancy and household data (trial load 3)", "Data Lead",
             "31/10/2025", "14/11/2025", "A", "A", "Duplicate household records reduced from 2,140 to 310.",
             ["Data Lead"], "2025-11"),
            ("DM-02", "Reconcile rent balances between the legacy system and HMS", "Finance Systems Accountant",
             "30/11/2025", "30/11/2025", "G", "G", "Trial load 2 reconciled to within £1,200.",
             ["Finance Systems Accountant"], "2025-11"),
            ("DM-03", "Decommission the legacy housing system", "Kerry McAllister",
             "31/03/2026", "30/06/2026", "G", "A", "Forecast moved in line with the go-live replan.",
             ["Kerry McAllister"], "2026-06"),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph("Radius Housing", style="Subtitle")
    doc.add_paragraph("Connect Programme – Highlight Report", style="Title")

    dc = doc.add_table(rows=6, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Report no.", "14"), ("Reporting period", "1–31 October 2025"),
                                ("Programme Board", "12 November 2025"),
                                ("Senior Responsible Owner", "Director of Customer Services"),
                                ("Programme Manager", "Kerry McAllister"), ("Version", "1.0 Final")]):
        set_cell(dc.rows[i].cells[0], k, bold=True)
        shade(dc.rows[i].cells[0], "DEEAF6")
        set_cell(dc.rows[i].cells[1], v)

    doc.add_paragraph("Programme status summary", style="Heading 1")
    summ = [("Overall", "A", "A", "Recovery plan for UAT in place; go-live replan for decision."),
            ("Schedule", "A", "R", "Go-live forecast moved from 15 January to 26 February 2026."),
            ("Budget", "G", "G", "£2.31m spent of £3.4m approved; forecast within budget."),
            ("Resources", "A", "A", "Two testers on short-term contracts from November."),
            ("Benefits", "G", "G", "No change to the benefits profile.")]
    t = doc.add_table(rows=1 + len(summ), cols=4)
    t.style = "Table Grid"
    header_row(t, ["Dimension", "Last period", "This period", "Comment"], fill="003B5C")
    for i, (dim, last, this, com) in enumerate(summ, 1):
        set_cell(t.rows[i].cells[0], dim, bold=True)
        set_cell(t.rows[i].cells[1], last)
        shade(t.rows[i].cells[1], rag_fill[last])
        set_cell(t.rows[i].cells[2], this)
        shade(t.rows[i].cells[2], rag_fill[this])
        set_cell(t.rows[i].cells[3], com)
    doc.add_paragraph("RAG key: G – on track; A – at risk, recovery plan in place; "
                      "R – off track, Programme Board intervention needed; C – complete.")

    expected = []
    headers = ["ID", "Milestone / action", "Lead", "Baseline date", "Forecast date", "Previous RAG",
               "Current RAG", "Commentary"]
    for heading, rows in workstreams:
        doc.add_paragraph(heading, style="Heading 1")
        t = doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = "Table Grid"
        header_row(t, headers, fill="003B5C")
        for i, (ref, ms, lead, base, fc, prev, cur, com, leads, end) in enumerate(rows, 1):
            cells = t.rows[i].cells
            set_cell(cells[0], ref)
            set_cell(cells[1], ms)
            set_cell(cells[2], lead)
            set_cell(cells[3], base)
            set_cell(cells[4], fc)
            set_cell(cells[5], prev)
            if prev in rag_fill:
                shade(cells[5], rag_fill[prev])
            if cur == "g-fill":
                set_cell(cells[6], "")
                shade(cells[6], rag_fill["G"])
                status = "green"
            else:
                set_cell(cells[6], cur, bold=True)
                shade(cells[6], rag_fill[cur])
                status = rag_status[cur]
            set_cell(cells[7], com)
            expected.append(act(ref, [heading], ms, leads, end, status))

    doc.add_paragraph("Key risks and issues", style="Heading 1")
    doc.add_paragraph("Risk R07 (supplier resource constraints) has increased from 12 to 16 and is now the "
                      "programme's highest risk; issue I04 (defects in the rent account module) remains open. "
                      "Both are managed on the programme RAID log.")
    doc.add_paragraph("Decisions required from Programme Board", style="Heading 1")
    doc.add_paragraph("The Programme Board is asked to note the red status of the go-live milestone and to "
                      "approve the drawdown of £45,000 from programme contingency for additional testing resource.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": (
            "Imitates a housing association's programme highlight report to its Programme Board (Radius Housing, "
            "Northern Ireland, digital 'Connect' programme, October 2025). Follows the PRINCE2 highlight report "
            "pattern (e.g. the highlight report template at https://docest.com/doc/630539/highlight-report-template: "
            "report details, status summary with last/this period RAG for time, cost, scope, risks and issues, "
            "decisions) and government project reporting guidance: a report-details table, a status summary table "
            "with filled RAG cells and a RAG key line defining C as complete, then one section and table per "
            "workstream with milestone IDs, leads, baseline and forecast dates, Previous and Current RAG (one "
            "current RAG given only by green fill), commentary, and closing risk and decision paragraphs."),
        "reads": (
            "Nine milestones across three workstreams, each with a lead, a baseline and a forecast date and a "
            "previous and current RAG. The current RAG is the status, C meaning complete (blue) as the key says; "
            "the forecast date is the revised end. The status summary table, risks and decisions are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Connect Programme – Highlight Report",
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Oswestry Town Council - governance action plan, Planner export saved as CSV
# ---------------------------------------------------------------------------
def build_oswestry():
    name = "zef-oswestry-town-council-governance-action-plan-planner-export.csv"
    plan_name = "Oswestry Town Council – Governance Action Plan 2025-26"
    B1 = "Internal audit 2024/25"
    B2 = "External audit – AGAR 2024/25"
    B3 = "Policies and procedures"
    B4 = "Website and transparency"
    tasks = [
        ("Kq3vT8mXc0aJ1bW2n5sPZGUAFk9d", "Adopt updated Financial Regulations based on the 2024 NALC model", B1,
         "Completed", "Medium", "Jo Pritchard", "Jo Pritchard", "03/06/2025", "03/06/2025", "30/06/2025", "false",
         "false", "24/06/2025", "Jo Pritchard", "2", "2", "", "Adopted by Full Council 23 June 2025 (min. 25/061).",
         (["Jo Pritchard"], "2025-06", "blue")),
        ("wP1sE7hQ2lYtR8uBvN3oZGUAHb4c", "Record the Council's annual review of the effectiveness of internal controls in the minutes",
         B1, "Not started", "Medium", "Mark Bevan", "Jo Pritchard", "03/06/2025", "", "31/03/2026", "false",
         "false", "", "", "0", "0", "", "", (["Mark Bevan"], "2026-03", "unrated")),
        ("Zt6yU9kLm2dRq4aX0cVhGGUAJs7e", "Reconcile the fixed asset register to the insurance schedule", B1,
         "In progress", "Important", "Mark Bevan;Lucy Adams", "Jo Pritchard", "03/06/2025", "01/09/2025",
         "31/12/2025", "false", "false", "", "", "1", "3", "Amber",
         "Insurer's schedule received; 14 items in the register not on the schedule.",
         (["Mark Bevan", "Lucy Adams"], "2025-12", "amber")),
        ("aB5cD6eF7gH8iJ9kL0mNGUAOp1qr", "Publish the 2024/25 AGAR, notice of conclusion of audit and the external auditor's report on the website",
         B2, "In progress", "Urgent", "Jo Pritchard", "Jo Pritchard", "29/09/2025", "29/09/2025", "30/09/2025",
         "false", "true", "", "", "1", "3", "Red",
         "External auditor's report received 26 September 2025.\nNotice of conclusion not yet published – website editor access issue.",
         (["Jo Pritchard"], "2025-09", "red")),
        ("sT2uV3wX4yZ5aB6cD7eFGUAGh8ij", "Report the external auditor's qualification to Full Council and agree corrective action",
         B2, "Completed", "Important", "Jo Pritchard", "Jo Pritchard", "29/09/2025", "01/10/2025", "20/10/2025",
         "false", "false", "20/10/2025", "Jo Pritchard", "0", "0", "", "Full Council 20 October 2025, min. 25/118.",
         (["Jo Pritchard"], "2025-10", "blue")),
        ("kL9mN8oP7qR6sT5uV4wXGUAYz3ab", "Review Standing Orders against the 2025 NALC model", B3, "In progress",
         "Medium", "Lucy Adams", "Jo Pritchard", "03/06/2025", "01/10/2025", "31/01/2026", "false", "false", "", "",
         "2", "4", "Green", "Draft to Policy & Resources Committee in January.", (["Lucy Adams"], "2026-01", "green")),
        ("cD1eF2gH3iJ4kL5mN6oPGUAQr7st", "Adopt a Complaints Procedure and an Unreasonable Complainant Behaviour Policy",
         B3, "In progress", "Low", "Lucy Adams", "Jo Pritchard", "03/06/2025", "03/11/2025", "27/02/2026", "false",
         "false", "", "", "0", "2", "Green", "", (["Lucy Adams"], "2026-02", "green")),
        ("uV8wX9yZ0aB1cD2eF3gHGUAIj4kl", "Review the Council's risk register and present it to the Finance & General Purposes Committee",
         B3, "Not started", "Medium", "Mark Bevan", "Jo Pritchard", "03/06/2025", "", "31/03/2026", "true",
         "false", "", "", "0", "0", "", "Annual review – repeats each March.", (["Mark Bevan"], "2026-03", "unrated")),
        ("mN5oP6qR7sT8uV9wX0yZGUAAb1cd", "Make the website compliant with the Public Sector Bodies Accessibility Regulations and publish an accessibility statement",
         B4, "In progress", "Important", "Lucy Adams", "Jo Pritchard", "03/06/2025", "01/08/2025", "31/03/2026",
         "false", "false", "", "", "3", "6", "Amber", "Accessibility audit found 27 issues; supplier quote awaited.",
         (["Lucy Adams"], "2026-03", "amber")),
    ]
    headers = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By",
               "Created Date", "Start date", "Due date", "Is Recurring", "Late", "Completed Date", "Completed By",
               "Completed Checklist Items", "Checklist Items", "Labels", "Description"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Plan name", plan_name] + [""] * (len(headers) - 2))
    w.writerow(["Plan ID", "0pQ4rS5tU6vW7xY8zA9bGUAKc0de"] + [""] * (len(headers) - 2))
    w.writerow(["Date of export", "05/11/2025"] + [""] * (len(headers) - 2))
    w.writerow([""] * len(headers))
    w.writerow(headers)
    expected = []
    for t in tasks:
        w.writerow(list(t[:18]))
        leads, end, status = t[18]
        expected.append(act(None, [t[2]], t[1], leads, end, status))
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    write_expected(name, {
        "source": (
            "Imitates a town council clerk's Microsoft Planner board for governance actions (Oswestry Town "
            "Council, 2025-26: internal audit points, AGAR/external audit issues, policy reviews, website "
            "accessibility) exported with 'Export plan to Excel' and saved as CSV. Copies the Planner export "
            "form: Plan name / Plan ID / Date of export lines and a blank line above the header, then the "
            "standard Planner columns (Task ID, Task Name, Bucket Name, Progress, Priority, Assigned To with "
            "several people separated by ';', Created By, dates dd/mm/yyyy, Is Recurring, Late, Completed "
            "Date/By, checklist counts, Labels used as RAG, Description with a line break)."),
        "reads": (
            "Nine Planner tasks in four buckets; the bucket is the heading and the task name the action. "
            "Completed tasks are complete (blue), Not started tasks are unrated, and tasks in progress take "
            "their RAG from the Red/Amber/Green label. Task IDs are system identifiers, not plan refs, so the "
            "actions have no ref; the Due date is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": plan_name,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. Sandwell Leisure Trust - HSE improvement notices action tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def build_slt():
    name = "zef-sandwell-leisure-trust-hse-improvement-notices-action-tracker.txt"
    N1 = ("Improvement Notice 1 (IN 4405/1) – Haden Hill Leisure Centre – COSHH Regulation 6: "
          "legionella risk assessment")
    N2 = ("Improvement Notice 2 (IN 4405/2) – all pool sites – LOLER Regulation 9: thorough examination "
          "of pool and changing-room hoists")
    N3 = ("Improvement Notice 3 (IN 4405/3) – Haden Hill Leisure Centre – Management of Health and Safety at "
          "Work Regulations 1999, Regulation 3: risk assessment for pool plant room chemical dosing")
    Q1 = "A suitable and sufficient assessment of the risk from legionella in the hot and cold water systems must be carried out"
    Q2 = "Lifting equipment for lifting people must be thoroughly examined at least every six months by a competent person"
    Q3 = "A suitable and sufficient assessment must be made of the risks from the storage and dosing of sodium hypochlorite and acid"
    notices = [
        (N1, [
            ("1a", Q1, "Commission an independent legionella risk assessment of all hot and cold water systems, including the pool plant room and showers",
             "Head of Facilities", "13/10/2025", "", "B",
             "Risk assessment completed by an accredited consultant 29 September 2025; copy sent to HSE 1 October.",
             ["Head of Facilities"], "2025-10", "blue"),
            ("1b", "", "Appoint a named Responsible Person (Water) for each site and arrange legionella awareness training",
             "Head of Facilities / Site Managers", "13/10/2025", "30/11/2025", "G",
             "Responsible Persons appointed; training booked for 12 November 2025.",
             ["Head of Facilities", "Site Managers"], "2025-11", "green"),
            ("1c", "", "Implement the remedial actions from the risk assessment:\n- remove dead legs in the first-floor changing village\n- set calorifier to 60°C and record temperatures monthly",
             "Facilities Manager (Haden Hill)", "13/10/2025", "30/11/2025", "A",
             "Contractor start delayed to 3 November; dead legs work needs pool closure.",
             ["Facilities Manager (Haden Hill)"], "2025-11", "amber"),
        ]),
        (N2, [
            ("2a", Q2, "Arrange thorough examination of all 14 pool and changing-room hoists by the insurer's engineer",
             "Health and Safety Manager", "29/09/2025", "", "B", "All 14 hoists examined 18–22 September; reports on file.",
             ["Health and Safety Manager"], "2025-09", "blue"),
            ("2b", "", "Add hoist examinations to the planned preventive maintenance schedule with six-monthly reminders",
             "Health and Safety Manager", "29/09/2025", "", "B", "PPM schedule updated 24 September.",
             ["Health and Safety Manager"], "2025-09", "blue"),
            ("2c", "", "Brief all lifeguards and duty managers on pre-use checks for hoists and record checks in the daily pool log",
             "Aquatics Manager", "29/09/2025", "", "R",
             "Briefings completed at 3 of 5 sites – compliance date missed; HSE informed 2 October.",
             ["Aquatics Manager"], "2025-09", "red"),
        ]),
        (N3, [
            ("3a", Q3, "Review the COSHH and plant room risk assessments with the chemical supplier and install bunded storage for sodium hypochlorite and acid",
             "Facilities Manager (Haden Hill) and Health and Safety Manager", "24/11/2025", "", "G",
             "Bunds ordered; delivery 10 November.",
             ["Facilities Manager (Haden Hill)", "Health and Safety Manager"], "2025-11", "green"),
        ]),
    ]
    headers = ["Ref", "Requirement of notice", "Action", "Lead", "Compliance date", "Extended date", "RAG", "Update"]
    ncol = len(headers)

    def field(s):
        if "\n" in s or '"' in s or "\t" in s:
            return '"' + s.replace('"', '""') + '"'
        return s

    lines = [
        "Sandwell Leisure Trust" + "\t" * (ncol - 1),
        "HSE Improvement Notices – Action Tracker" + "\t" * (ncol - 1),
        "Health, Safety & Wellbeing Committee – 21 October 2025" + "\t" * (ncol - 1),
        "RAG: B = complete, evidence sent to HSE | G = on track for compliance date | A = at risk | R = compliance date missed" + "\t" * (ncol - 1),
        "\t" * (ncol - 1),
        "\t".join(headers),
    ]
    expected = []
    counts = {}
    for heading, rows in notices:
        lines.append(heading + "\t" * (ncol - 1))
        req = None
        for ref, q, action, lead, comp, ext, rag, upd, leads, end, status in rows:
            if q:
                req = q
            lines.append("\t".join(field(x) for x in [ref, q, action, lead, comp, ext, rag, upd]))
            expected.append(act(ref, [heading, req], action, leads, end, status))
            counts[rag] = counts.get(rag, 0) + 1
    lines.append("\t" * (ncol - 1))
    lines.append(f"Summary: {len(expected)} actions – B {counts.get('B', 0)}, G {counts.get('G', 0)}, "
                 f"A {counts.get('A', 0)}, R {counts.get('R', 0)}" + "\t" * (ncol - 1))
    lines.append("Notes: compliance dates are those on the notices; extended dates have been agreed in writing "
                 "with HM Inspector. Exported from the H&S team's SharePoint list." + "\t" * (ncol - 1))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": (
            "Imitates a leisure trust's tracker of HSE improvement notices reported to its health and safety "
            "committee (Sandwell Leisure Trust, 2025), saved from Excel as tab-delimited text. Follows how "
            "improvement notices are framed (HSE Enforcement Guide, 'Types of notice', "
            "http://www.hse.gov.uk/enforce/enforcementguide/notices/notices-types.htm: the provision contravened, "
            "what must be remedied, a compliance date, extensions agreed with the inspector): title lines, a "
            "RAG key line, a header, one heading line per notice (notice number, site, regulation), the notice's "
            "requirement written once against its first action (a merged cell exported as blanks), actions "
            "with refs 1a/1b..., job-title leads including two-post cells, compliance and extended dates, a "
            "quoted multi-line action cell, a summary line and a notes line."),
        "reads": (
            "Three improvement notices with seven remedial actions between them. Each action sits under its "
            "notice heading and the notice requirement; the RAG letter is the status (B = complete); where "
            "HSE has agreed an extended date that is the end, otherwise the compliance date."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "HSE Improvement Notices – Action Tracker",
        "actions": expected,
    })


if __name__ == "__main__":
    build_rosebery()
    build_sbt()
    build_cmal()
    build_combat_stress()
    build_radius()
    build_oswestry()
    build_slt()
    print("built 7 zef- cases in", HERE)
