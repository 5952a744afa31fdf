#!/usr/bin/env python
"""Build the seven zxg- blind cases (set heldout619) and their expected readings.

Run with /work/main/.venv/bin/python zxg_make.py from any directory; files are written
beside this script.  Only files whose names start with "zxg-" are written.
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

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
RAGFILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("zxg-"), name
    return os.path.join(HERE, name)


def write_expected(name, exp):
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(exp, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. St Helens Borough Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def st_helens():
    name = "zxg-st-helens-borough-council-internal-audit-recommendations-tracker.xlsx"
    title = "St Helens Borough Council – Internal Audit Recommendations Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Position as at 31 December 2025 – reported to Audit and Governance Committee, "
                "28 January 2026")
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Summary of agreed actions by priority"
    ws["A4"].font = Font(bold=True)
    hdr = ["Priority", "Implemented", "Partially implemented", "Not implemented", "Not yet due",
           "Total"]
    rows = [["High", 2, 1, 1, 0, 4], ["Medium", 1, 1, 0, 2, 4], ["Low", 0, 0, 0, 1, 1],
            ["Total", 3, 2, 1, 3, 9]]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    key = [("B", "Implemented – action complete, to be closed after this Committee"),
           ("G", "Not yet due / on track to meet the target date"),
           ("A", "Partially implemented – at risk of missing the target date"),
           ("R", "Not implemented and past the revised target date")]
    for i, (k, txt) in enumerate(key, 12):
        ws.cell(row=i, column=1, value=k).fill = fill(RAGFILL[k])
        ws.cell(row=i, column=2, value=txt)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 22
    for col in "CDEF":
        ws.column_dimensions[col].width = 20

    ds = wb.create_sheet("Outstanding recommendations")
    ds["A1"] = "Internal Audit – Outstanding Recommendations (detail)"
    ds["A1"].font = Font(bold=True, size=13)
    ds["A2"] = "Updates provided by service managers, December 2025"
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action",
               "Responsible officer", "Original target date", "Revised target date", "Status",
               "Progress update (December 2025)", "RAG"]
    for c, h in enumerate(headers, 1):
        cell = ds.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.alignment = WRAP
        cell.border = BOX
    widths = [9, 10, 40, 48, 26, 13, 13, 18, 50, 6]
    for i, w in enumerate(widths):
        ds.column_dimensions[chr(65 + i)].width = w

    D = dt.datetime
    audits = [
        ("Payroll 2024/25 – Limited Assurance (final report 14/03/2025)", [
            ("PAY-01", "High",
             "Starters, leavers and changes to pay should be independently checked before the "
             "payroll run is processed.",
             "Introduce a pre-payroll exception check of all starter, leaver and variation forms, "
             "signed off by a second officer.",
             "Payroll Manager", D(2025, 7, 31), D(2025, 11, 30), "Implemented",
             "Second-officer check in place from the October 2025 payroll. Evidence seen by "
             "Internal Audit.", "B", 1),
            ("PAY-02", "Medium",
             "Overpayments of salary should be recovered promptly in line with the Overpayment "
             "Recovery Procedure.",
             "Review all open overpayment cases over 90 days old and agree repayment plans with "
             "the employees concerned.",
             "Payroll Manager / Debt Recovery Team Leader", D(2025, 9, 30), D(2026, 3, 31),
             "Partially implemented",
             "41 of 63 cases reviewed; repayment plans agreed for 29.", "A", 2),
            ("PAY-03", None, None,
             "Report the salary overpayment position to the Strategic Finance Board each quarter.",
             "Assistant Director – Finance (Deputy S151)", D(2025, 12, 31), None, "Not yet due",
             "First report scheduled for the January 2026 Board.", "G", 0),
        ]),
        ("Direct Payments (Adult Social Care) 2024/25 – Limited Assurance (final report "
         "02/04/2025)", [
            ("DP-01", "High",
             "Annual financial monitoring of direct payment accounts should be completed for all "
             "recipients.",
             "Clear the backlog of overdue direct payment account reviews, prioritising accounts "
             "with balances above £5,000.",
             "Head of Adult Social Care Finance", D(2025, 6, 30), D(2025, 11, 30),
             "Not implemented",
             "Backlog has grown to 212 reviews following staff vacancies. Agency auditor "
             "appointed from January 2026.", "R", 1),
            ("DP-02", "Medium",
             "Direct payment agreements should be signed and held on the case record before "
             "payments start.",
             "Amend the case management workflow so that the first payment cannot be authorised "
             "until a signed agreement is uploaded.",
             "Principal Social Worker (Adults) / ASC Systems Manager", D(2025, 10, 31), None,
             "Implemented", "Workflow change went live 06/10/2025.", "B", 1),
        ]),
        ("Corporate Debt Recovery 2025/26 – Reasonable Assurance (final report 19/09/2025)", [
            ("CD-01", "Medium",
             "Write-offs should be approved in line with the Financial Procedure Rules and "
             "reported to the Cabinet Member.",
             "Produce a quarterly write-off report for Cabinet Member sign-off covering all "
             "write-offs above £10,000.",
             "Revenues and Benefits Manager", D(2025, 12, 31), None, "Not yet due",
             "Report template agreed; first report due for Q3.", "G", 1),
            ("CD-02", "Low",
             "Procedure notes for sundry debt recovery should be reviewed and updated.",
             "Update the sundry debt recovery procedure notes and publish them on the intranet.",
             "Income Team Leader", D(2026, 3, 31), None, "Not yet due",
             "Drafting under way.", "G", 1),
        ]),
        ("ICT Patch Management 2024/25 – Limited Assurance (final report 27/02/2025)", [
            ("CY-01", "High",
             "Critical security patches should be applied within 14 days of release.",
             "Implement automated patch deployment for all Windows servers.\nReport patch "
             "compliance monthly to the Information Governance Board.",
             "Head of ICT", D(2025, 5, 31), D(2025, 10, 31), "Implemented",
             "Automated deployment live; September and October compliance reports at 97%.",
             "B", 1),
            ("CY-02", "High",
             "Unsupported operating systems should be removed from the network or isolated.",
             "Decommission or isolate the remaining 11 servers running Windows Server 2012 R2.",
             "Head of ICT; Infrastructure Manager", D(2025, 9, 30), D(2026, 2, 28),
             "Partially implemented",
             "7 of 11 servers decommissioned. Remaining 4 host the legacy cemeteries and "
             "licensing systems; replacement contracts due February 2026.", "A", 1),
        ]),
    ]
    expected = []
    status_map = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 5
    for audit, recs in audits:
        ds.cell(row=r, column=1, value=audit).font = Font(bold=True)
        for c in range(1, 11):
            ds.cell(row=r, column=c).fill = fill(GREY)
        ds.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        current_rec = None
        for (ref, prio, rec, action, lead, orig, rev, status, upd, rag, span) in recs:
            ds.cell(row=r, column=1, value=ref)
            if prio is not None:
                ds.cell(row=r, column=2, value=prio)
                ds.cell(row=r, column=3, value=rec)
                current_rec = rec
                if span > 1:
                    ds.merge_cells(start_row=r, start_column=2, end_row=r + span - 1,
                                   end_column=2)
                    ds.merge_cells(start_row=r, start_column=3, end_row=r + span - 1,
                                   end_column=3)
            ds.cell(row=r, column=4, value=action)
            ds.cell(row=r, column=5, value=lead)
            c6 = ds.cell(row=r, column=6, value=orig)
            c6.number_format = "dd/mm/yyyy"
            if rev is not None:
                c7 = ds.cell(row=r, column=7, value=rev)
                c7.number_format = "dd/mm/yyyy"
            ds.cell(row=r, column=8, value=status)
            ds.cell(row=r, column=9, value=upd)
            c10 = ds.cell(row=r, column=10, value=rag)
            c10.fill = fill(RAGFILL[rag])
            c10.alignment = Alignment(horizontal="center", vertical="top")
            for c in range(1, 10):
                ds.cell(row=r, column=c).alignment = WRAP
                ds.cell(row=r, column=c).border = BOX
            ds.cell(row=r, column=10).border = BOX
            endd = rev if rev is not None else orig
            leads = [x.strip() for x in lead.replace(";", "/").split("/")] \
                if ("/" in lead or ";" in lead) else [lead]
            expected.append(act(ref, [audit, current_rec], action, leads,
                                endd.strftime("%Y-%m"), status_map[rag]))
            r += 1
    r += 1
    ds.cell(row=r, column=1, value="Note: actions rated B will be removed from the tracker once "
                                    "this report has been considered by the Committee.")
    ds.cell(row=r, column=1).font = Font(italic=True)
    ds.freeze_panes = "A5"
    wb.save(out(name))

    exp = {
        "source": (
            "Imitates the internal audit 'outstanding recommendations' appendix that metropolitan "
            "borough councils in the North West (e.g. St Helens, Halton, Bury audit committee "
            "progress reports on moderngov, 2024-2025) attach to the Head of Internal Audit's "
            "progress report. Copied features: a Summary sheet with a totals-by-priority block and "
            "a B/G/A/R key, a second detail sheet with one grey merged row per audit (title, "
            "assurance opinion, final report date), the auditor's recommendation in a vertically "
            "merged cell over two agreed actions, priority, original and revised target dates as "
            "date cells, a status word, a progress update and a filled RAG letter column, a closing "
            "note line."),
        "reads": (
            "A two-sheet audit tracker: the Summary sheet holds only the title, totals and key; "
            "the detail sheet lists nine agreed management actions under four audits, each with "
            "the recommendation it answers, the responsible officer(s), original and revised "
            "target dates (the revised one is the due month) and a RAG letter matching the "
            "status word (B = implemented)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 2. Oadby and Wigston BC - annual delivery plan Q2 (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
def oadby():
    name = "zxg-oadby-and-wigston-bc-corporate-delivery-plan-2025-26-q2.xlsx"
    title = ("Oadby and Wigston Borough Council – Annual Delivery Plan 2025/26: Quarter 2 "
             "Progress (July – September 2025)")
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Corporate Plan 2024–2028 ‘Building Stronger Communities’ | Service Delivery "
                "Committee, 25 November 2025")
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Status key"
    ws["A4"].font = Font(bold=True)
    key = [(GREEN, "On track"), (AMBER, "Some slippage – recoverable"),
           (RED, "Off track – intervention needed"), (BLUE, "Complete"),
           (None, "Not yet started / not reported")]
    for i, (col, txt) in enumerate(key, 5):
        c = ws.cell(row=i, column=1)
        if col:
            c.fill = fill(col)
        c.border = BOX
        ws.cell(row=i, column=2, value=txt)

    headers = ["Ref", "Action", "Lead Officer", "Target Date", "Q1 Status", "Q2 Status",
               "Q2 Commentary"]
    HR = 11
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=HR, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("305496")
        cell.alignment = WRAP
        cell.border = BOX
    for col, w in zip("ABCDEFG", [7, 55, 30, 18, 9, 9, 60]):
        ws.column_dimensions[col].width = w

    themes = [
        ("Theme 1: Building Stronger Communities", [
            ("1.1", "Deliver the Community Safety Partnership Plan 2025–26 actions for Oadby, "
                    "Wigston and South Wigston, including two week-of-action events.",
             "Community Safety Manager", "March 2026", GREEN, GREEN,
             "First week of action held in South Wigston in August; second planned for "
             "February.", ("2026-03", None, "green")),
            ("1.2", "Launch the borough-wide Warm Spaces and Community Hubs network for winter "
                    "2025/26.",
             "Head of Community & Wellbeing", "October 2025", AMBER, BLUE,
             "Network of 9 hubs launched 1 October 2025.", ("2025-10", None, "blue")),
            ("1.3", "Review the Council’s Equality, Diversity and Inclusion Policy and Action "
                    "Plan.",
             "Policy & Performance Officer", "Q3 2025/26", GREEN, AMBER,
             "Consultation with staff networks extended to December.",
             ("2025-12", "Q3 2025/26", "amber")),
        ]),
        ("Theme 2: Providing Excellent Services", [
            ("2.1", "Implement the new garden waste subscription system, with online renewals "
                    "through the customer portal.",
             "Head of Operations", dt.datetime(2025, 11, 30), GREEN, GREEN,
             "System testing complete; renewals open 3 November.", ("2025-11", None, "green")),
            ("2.2", "Reduce the average time to process new Housing Benefit and Council Tax "
                    "Support claims to 18 days or fewer.",
             "Leicestershire Revenues and Benefits Partnership", "Ongoing", AMBER, RED,
             "Average 24.6 days in Q2 owing to Universal Credit migration volumes. Recovery "
             "plan agreed with the Partnership.", (None, "Ongoing", "red")),
            ("2.3", "Complete the stock condition survey of all Council-owned homes and update "
                    "the 30-year HRA Business Plan.",
             "Head of Built Environment / Housing Manager", "Sept 2025 – March 2026", None,
             GREEN, "Surveyor appointed; 38% of homes surveyed by 30 September.",
             ("2026-03", "Sept 2025 – March 2026", "green")),
        ]),
        ("Theme 3: Growing the Borough Economically", [
            ("3.1", "Adopt the new Local Plan following examination in public.",
             "Head of Planning, Development & Regeneration", "Dec 2026", AMBER, AMBER,
             "Examination hearings now expected spring 2026 following the revised NPPF.",
             ("2026-12", None, "amber")),
            ("3.2", "Deliver the UK Shared Prosperity Fund projects for 2025/26, including the "
                    "Wigston town centre shopfront grant scheme.",
             "Economic Regeneration Officer", "31 March 2026", GREEN, GREEN,
             "14 shopfront grants awarded to date.", ("2026-03", None, "green")),
            ("3.3", "Refresh the Economic Development Strategy.",
             "Strategic Director (Place)", "TBC", None, None,
             "Not started – dependent on the Leicester and Leicestershire devolution "
             "arrangements.", (None, "TBC", "unrated")),
        ]),
    ]
    expected = []
    r = HR + 1
    for theme, rows in themes:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(row=r, column=c).fill = fill("DDEBF7")
            ws.cell(row=r, column=c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, action, lead, target, q1, q2, comm, (end, end_text, status) in rows:
            vals = [ref, action, lead, target, None, None, comm]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if isinstance(target, dt.datetime):
                ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
            if q1:
                ws.cell(row=r, column=5).fill = fill(q1)
            if q2:
                ws.cell(row=r, column=6).fill = fill(q2)
            leads = [x.strip() for x in lead.split("/")] if "/" in lead else [lead]
            expected.append(act(ref, [theme], action, leads, end, status, end_text))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary – Quarter 2").font = Font(bold=True)
    r += 1
    for label, n in [("Complete", 1), ("On track", 4), ("Some slippage", 2), ("Off track", 1),
                     ("Not rated", 1), ("Total actions", 9)]:
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=n)
        r += 1
    ws.freeze_panes = ws.cell(row=HR + 1, column=1)
    wb.save(out(name))

    exp = {
        "source": (
            "Imitates the quarterly Corporate Plan / annual delivery plan progress appendix taken "
            "to Oadby and Wigston Borough Council's Service Delivery Committee (moderngov "
            "agendas, e.g. https://moderngov.oadby-wigston.gov.uk/ieListDocuments.aspx?CId=203"
            "&MeetingId=2748, Q3 2024/25) and similar district council delivery-plan trackers. "
            "Copied features: title and committee line, a status key of coloured cells with "
            "words beside them at the top, theme rows merged across the table, Q1 and Q2 status "
            "columns shown only by fill colour (no text), target dates written in mixed styles "
            "(month, quarter, a period, a date cell, Ongoing, TBC), a summary count block under "
            "the table."),
        "reads": (
            "One sheet with nine delivery-plan actions under three corporate-plan themes. Status "
            "is given by cell colour alone; the current status is the Q2 column (Q1 is the "
            "previous quarter), and the key's colours mean on track, slippage, off track and "
            "complete (blue). One action has no colour in either quarter and a TBC date."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 3. Lancaster District CSP - DHR action plan, typo month -> refuse (xlsx)
# ---------------------------------------------------------------------------
def lancaster():
    name = "zxg-lancaster-district-csp-dhr-elaine-action-plan-typo-month-refuse.xlsx"
    title = ("Lancaster District Community Safety Partnership – Domestic Homicide Review "
             "‘Elaine’: Action Plan")
    wb = Workbook()
    ws = wb.active
    ws.title = "DHR Elaine action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Overview report published June 2025 | Action plan last updated 14 November 2025 "
                "| Monitored by the DHR Standing Panel")
    headers = ["Recommendation", "Scope of recommendation (local / regional / national)",
               "Action to take", "Lead agency", "Key milestones achieved in enacting "
               "recommendation", "Target date", "Date of completion and outcome", "RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("E2EFDA")
        cell.alignment = WRAP
        cell.border = BOX
    for col, w in zip("ABCDEFGH", [42, 16, 46, 30, 40, 14, 36, 8]):
        ws.column_dimensions[col].width = w
    recs = [
        ("1. The Community Safety Partnership should seek assurance that agencies ask about "
         "domestic abuse when an older person discloses a change in their caring situation.",
         "Local", [
             ("Produce and circulate a 7-minute briefing on domestic abuse and older people to "
              "all partner agencies.", "Lancaster District CSP",
              "Briefing drafted with Lancashire Victim Services and approved by the panel.",
              "September 2025", "Completed 22/09/2025 – circulated to 14 agencies", "G"),
             ("Include a routine enquiry question about domestic abuse in carers’ assessments.",
              "Lancashire County Council – Adult Social Care",
              "Wording agreed with the Principal Social Worker.", "March 2026", "", "A"),
         ]),
        ("2. GP practices should be supported to identify and record domestic abuse in patients "
         "living with dementia and in their carers.",
         "Local / Regional", [
             ("Add domestic abuse prompts to the dementia annual review template used by GP "
              "practices in the Lancaster and Morecambe area.",
              "Lancashire and South Cumbria ICB", "Template change requested from the clinical "
              "system supplier.", "December 2025", "", "A"),
             ("Deliver IRIS domestic abuse training to all GP practices in the Lancaster and "
              "Morecambe primary care networks.",
              "Lancashire and South Cumbria ICB / IRIS Advocate Educator",
              "6 of 11 practices trained.", "Febuary 2026", "", "G"),
         ]),
        ("3. The MARAC Steering Group should review how victims aged over 60 are identified and "
         "referred to MARAC.",
         "Local", [
             ("Audit MARAC referrals of victims aged 60 and over for 2024/25.",
              "Lancashire Constabulary", "Audit scoped.", "Jan-26", "", "G"),
             ("Amend the MARAC referral guidance to reflect the audit findings and share it with "
              "partners.", "MARAC Steering Group", "", "April 2026", "", ""),
         ]),
        ("4. Lancaster City Council should ensure that housing options staff screen for domestic "
         "abuse when older residents seek rehousing.",
         "Local", [
             ("Introduce domestic abuse screening questions into the housing options triage "
              "form.", "Lancaster City Council – Housing Options",
              "Questions drafted; system change booked.", "30/06/2026", "", "G"),
         ]),
    ]
    r = 5
    typo_row = None
    for rec, scope, actions in recs:
        n = len(actions)
        ws.cell(row=r, column=1, value=rec)
        ws.cell(row=r, column=2, value=scope)
        if n > 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r + n - 1, end_column=1)
            ws.merge_cells(start_row=r, start_column=2, end_row=r + n - 1, end_column=2)
        for i, (a, lead, ms, target, done, rag) in enumerate(actions):
            row = r + i
            vals = {3: a, 4: lead, 5: ms or None, 6: target, 7: done or None, 8: rag or None}
            for c, v in vals.items():
                ws.cell(row=row, column=c, value=v)
            if rag:
                ws.cell(row=row, column=8).fill = fill(RAGFILL[rag])
            if target == "Febuary 2026":
                typo_row = row
        for row in range(r, r + n):
            for c in range(1, 9):
                ws.cell(row=row, column=c).alignment = WRAP
                ws.cell(row=row, column=c).border = BOX
        r += n
    r += 1
    ws.cell(row=r, column=1, value="RAG: G = on track or complete; A = some delay; R = at risk "
                                   "or overdue; blank = not yet started.")
    wb.save(out(name))
    assert typo_row == 8, typo_row

    exp = {
        "source": (
            "Imitates a community safety partnership DHR action plan in the Home Office "
            "multi-agency action plan template (columns Recommendation / Scope of recommendation / "
            "Action to take / Lead agency / Key milestones achieved / Target date / Date of "
            "completion and outcome, as in published DHR action plans, e.g. the appendix "
            "template reproduced at https://docsbay.net/multi-agency-action-plan), as a Lancashire "
            "district CSP would keep it in Excel in 2025. Copied features: title and "
            "publication/update line, numbered recommendations in vertically merged cells over "
            "their actions, scope column, agencies as leads, filled RAG letters, a key line under "
            "the table."),
        "reads": (
            "A single-sheet DHR action plan: four recommendations with seven actions. The target "
            "date of the IRIS training action (sheet row 8) reads 'Febuary 2026', a mistyped "
            "month, so a careful reader stops and asks what was meant before importing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }
    write_expected(name, exp)


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


def set_cell(cell, text, bold=False):
    """Write text into a cell; inner newlines become separate paragraphs."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold


def header_row(table, headers, colour="1F3864"):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, colour)


# ---------------------------------------------------------------------------
# 4. Blackburn with Darwen SCP - LCSPR Child R action plan (docx)
# ---------------------------------------------------------------------------
def blackburn():
    name = "zxg-blackburn-with-darwen-scp-lcspr-child-r-action-plan.docx"
    title = "Local Child Safeguarding Practice Review: Child R – Multi-Agency Action Plan"
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = ("Blackburn with Darwen Safeguarding Children "
                                                 "Partnership")
    doc.sections[0].footer.paragraphs[0].text = "OFFICIAL – Child R action plan v1.3"
    doc.add_heading(title, level=0)
    doc.add_paragraph(
        "Review published: 16 April 2025. This action plan is monitored by the Learning and "
        "Improvement Subgroup and reported to the Executive Safeguarding Partners each quarter.")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Approved by"])
    for i, row in enumerate([["v1.0", "16/04/2025", "Partnership Business Manager",
                              "Executive Safeguarding Partners"],
                             ["v1.3", "03/10/2025", "Partnership Business Manager",
                              "Learning and Improvement Subgroup"]], 1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)

    doc.add_paragraph().add_run("RAG rating key").bold = True
    k = doc.add_table(rows=3, cols=2)
    k.style = "Table Grid"
    for i, (word, col, meaning) in enumerate([
            ("Green", GREEN, "Action completed and evidence of impact provided"),
            ("Amber", AMBER, "Action in progress and on track to meet the timescale"),
            ("Red", RED, "Action overdue or not progressing")]):
        set_cell(k.rows[i].cells[0], word, bold=True)
        shade(k.rows[i].cells[0], col)
        set_cell(k.rows[i].cells[1], meaning)

    sections = [
        ("Learning Point 1: Recognising and responding to neglect",
         "Recommendation 1: Safeguarding partners should seek assurance that the Graded Care "
         "Profile 2 (GCP2) is used consistently where neglect is suspected, including by health "
         "and education practitioners.",
         [("1.1", "Refresh the GCP2 training offer and deliver four multi-agency sessions in "
                  "2025/26.", "Partnership Training Coordinator", "March 2026",
           "Two sessions delivered (June and September 2025); 58 practitioners attended.", "A",
           ["Partnership Training Coordinator"], "2026-03", None, "amber"),
          ("1.2", "Undertake a multi-agency audit of 20 neglect cases to test the use of GCP2.",
           "Partnership Business Manager / Head of Service – Quality Assurance", "September 2025",
           "Audit completed; findings reported to the subgroup on 18/09/2025. GCP2 was used in "
           "14 of 20 cases, up from 6 of 20 at the time of the review.", "G",
           ["Partnership Business Manager", "Head of Service – Quality Assurance"], "2025-09",
           None, "blue")]),
        ("Learning Point 2: Information sharing between health and children’s social care",
         "Recommendation 2: The ICB and health providers should ensure that health visitors and "
         "GPs are told when a child on a child in need plan moves address.",
         [("2.1", "Review the notification process between Children’s Social Care and the 0-19 "
                  "Public Health Nursing Service when a family moves address.",
           "Head of Service – Front Door", "June 2025",
           "Revised notification process in place since 01/07/2025; spot check in August found "
           "all 12 moves notified.", "G", ["Head of Service – Front Door"], "2025-06", None,
           "blue"),
          ("2.2", "Issue a safeguarding bulletin to GP practices on recording changes of address "
                  "for children with a social worker.\nInclude the updated record-flagging "
                  "guidance from the ICB safeguarding team.",
           "Designated Nurse for Safeguarding Children / Named GP for Safeguarding", "July 2025",
           "Bulletin drafted; awaiting sign-off by the ICB. Escalated to the Executive "
           "Safeguarding Partners in October.", "R",
           ["Designated Nurse for Safeguarding Children", "Named GP for Safeguarding"],
           "2025-07", None, "red")]),
        ("Learning Point 3: Professional curiosity about adults in the household",
         "Recommendation 3: All agencies should strengthen practice in identifying and assessing "
         "the risk posed by adults who are not the child’s parents but live in, or regularly "
         "visit, the household.",
         [("3.1", "Develop practice guidance on ‘unseen men’ and other adults in the household, "
                  "drawing on national Child Safeguarding Practice Review Panel learning.",
           "Partnership Business Manager", "December 2025",
           "Draft guidance out for consultation with partners until 14/11/2025.", "A",
           ["Partnership Business Manager"], "2025-12", None, "amber"),
          ("3.2", "Include household composition checks in the Lancashire Constabulary domestic "
                  "abuse supervision process.",
           "Lancashire Constabulary", "Q4 2025/26",
           "Change agreed by the Public Protection Unit; briefing to supervisors planned.", "A",
           ["Lancashire Constabulary"], "2026-03", "Q4 2025/26", "amber"),
          ("3.3", "Embed the learning from this review in the multi-agency safeguarding training "
                  "programme.",
           "Partnership Training Coordinator", "Ongoing",
           "Case study included in Level 3 training from May 2025.", "A",
           ["Partnership Training Coordinator"], None, "Ongoing", "amber")]),
    ]
    expected = []
    for lp, rec, rows in sections:
        doc.add_heading(lp, level=1)
        p = doc.add_paragraph()
        p.add_run(rec).bold = True
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        header_row(t, ["No.", "Action", "Lead", "Timescale", "Progress update (October 2025)",
                       "RAG"])
        for i, row in enumerate(rows, 1):
            ref, action, lead, ts, upd, rag, leads, end, end_text, status = row
            for j, v in enumerate([ref, action, lead, ts, upd, rag]):
                set_cell(t.rows[i].cells[j], v)
            shade(t.rows[i].cells[5], RAGFILL[rag])
            expected.append(act(ref, [lp, rec], action, leads, end, status, end_text))
    doc.add_paragraph()
    doc.add_paragraph("Next review of this action plan: Learning and Improvement Subgroup, "
                      "January 2026.")
    doc.save(out(name))

    exp = {
        "source": (
            "Imitates a local safeguarding children partnership's LCSPR multi-agency action plan "
            "as published in Word by partnerships in the North West (Blackburn with Darwen SCP "
            "after its 2023 JTAI and the end of the pan-Lancashire CSAP arrangements; 2025). "
            "Copied features: partnership name in the page header, title and publication line, "
            "a document-control table and a RAG key table before the plan (the key defines Green "
            "as 'completed and evidence of impact provided', with no blue), one section per "
            "learning point with the recommendation in bold above its own action table, "
            "numbered actions, agencies and posts as leads (two posts joined by '/'), a "
            "two-paragraph action cell, RAG letters in shaded cells."),
        "reads": (
            "Seven actions in three tables, each table under a learning point heading and the "
            "recommendation paragraph above it. Because the document's own key says Green means "
            "completed, the two Green actions read as complete (blue); the document-control and "
            "key tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 5. Reading Borough Council - transformation programme highlight report (docx)
# ---------------------------------------------------------------------------
def reading():
    name = "zxg-reading-borough-council-customer-digital-transformation-highlight-report.docx"
    title = "Customer Experience and Digital Transformation Programme – Highlight Report"
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Reading Borough Council"
    h = doc.sections[0].header.add_paragraph("Transformation Board – 12 November 2025")
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(title, level=0)
    cover = doc.add_table(rows=6, cols=2)
    cover.style = "Table Grid"
    for i, (a, b) in enumerate([
            ("Reporting period", "1 – 31 October 2025"),
            ("Senior Responsible Owner", "Executive Director of Resources"),
            ("Programme Manager", "Transformation Programme Manager"),
            ("Overall RAG – last period", "Amber"),
            ("Overall RAG – this period", "Amber"),
            ("Report to", "Transformation Board, 12 November 2025")]):
        set_cell(cover.rows[i].cells[0], a, bold=True)
        shade(cover.rows[i].cells[0], "D9E2F3")
        set_cell(cover.rows[i].cells[1], b)
    shade(cover.rows[3].cells[1], AMBER)
    shade(cover.rows[4].cells[1], AMBER)

    doc.add_heading("1. Overall summary", level=1)
    doc.add_paragraph(
        "The programme remains Amber. The MyReading customer account went live on 22 September "
        "and the council tax callback service is complete. Forms migration and CRM training have "
        "slipped because of supplier resourcing, and call waiting times have risen with the "
        "annual billing and garden waste renewal peaks.")

    workstreams = [
        ("2. Workstream A – Digital Front Door", [
            ("A1", "Launch the new MyReading customer account with single sign-on for council "
                   "tax, waste and housing repairs.", "Digital Services Manager", "Jun-25",
             "Sep-25", "A", "Complete", "Live 22/09/2025; 6,400 accounts created in October.",
             ["Digital Services Manager"], "2025-09", "blue"),
            ("A2", "Migrate the 20 highest-volume online forms to the new forms platform.",
             "Digital Services Manager", "Sep-25", "Jan-26", "G", "A",
             "12 of 20 migrated. Supplier developer capacity reduced in October.",
             ["Digital Services Manager"], "2026-01", "amber"),
            ("A3", "Decommission the legacy web content management system.",
             "Head of Customer Services & ICT", "Dec-25", "Dec-25", "G", "G",
             "Content freeze in place from 1 November.", ["Head of Customer Services & ICT"],
             "2025-12", "green"),
        ]),
        ("3. Workstream B – Customer Contact Centre", [
            ("B1", "Introduce a telephony callback option on the council tax and benefits "
                   "lines.", "Customer Services Manager", "Aug-25", "Aug-25", "G", "Complete",
             "Callback live; 18% of callers choose it.", ["Customer Services Manager"],
             "2025-08", "blue"),
            ("B2", "Train all contact centre advisers in the new customer relationship management "
                   "(CRM) system.",
             "Customer Services Manager / Learning and Development Lead", "Oct-25", "Nov-25",
             "A", "A", "31 of 44 advisers trained; remaining sessions booked for November.",
             ["Customer Services Manager", "Learning and Development Lead"], "2025-11",
             "amber"),
            ("B3", "Reduce average call waiting time to under 5 minutes for three consecutive "
                   "months.", "Customer Services Manager", "Mar-26", "Mar-26", "A", "R",
             "October average 11 min 40 s. Recovery plan at section 5.",
             ["Customer Services Manager"], "2026-03", "red"),
        ]),
        ("4. Workstream C – Data and Insight", [
            ("C1", "Publish the customer insight dashboard to the Corporate Management Team.",
             "Head of Performance and Insight", "Nov-25", "Nov-25", "G", "G",
             "Dashboard in user testing.", ["Head of Performance and Insight"], "2025-11",
             "green"),
            ("C2", "Complete a data protection impact assessment for the CRM integration with "
                   "housing systems.",
             "Information Governance Manager; Data Protection Officer", "Sep-25", "Dec-25", "R",
             "R", "DPIA returned for further work on data retention; re-submission due early "
             "December.", ["Information Governance Manager", "Data Protection Officer"],
             "2025-12", "red"),
        ]),
    ]
    expected = []
    for ws_head, rows in workstreams:
        doc.add_heading(ws_head, level=1)
        t = doc.add_table(rows=1 + len(rows), cols=8)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date",
                       "Last period", "This period", "Commentary"], colour="2F5496")
        for i, row in enumerate(rows, 1):
            ref, ms, owner, base, fc, last, this, comm, leads, end, status = row
            for j, v in enumerate([ref, ms, owner, base, fc, last, this, comm]):
                set_cell(t.rows[i].cells[j], v)
            col = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}
            shade(t.rows[i].cells[5], col[last])
            shade(t.rows[i].cells[6], col[this])
            expected.append(act(ref, [ws_head], ms, leads, end, status))

    doc.add_heading("5. Key risks and issues", level=1)
    doc.add_paragraph(
        "Call waiting times (issue): the contact centre is carrying four adviser vacancies. The "
        "recovery plan moves two staff from the Revenues back office for November and December "
        "and extends callback to the housing line.")
    doc.add_paragraph(
        "Supplier capacity (risk): the forms platform supplier has reduced developer time. The "
        "contract manager has escalated this under the contract’s service credit terms.")
    doc.add_heading("6. Decisions required from the Board", level=1)
    doc.add_paragraph("None this period.")
    doc.save(out(name))

    exp = {
        "source": (
            "Imitates a unitary council transformation programme highlight report taken to an "
            "officer Transformation Board in Word (the programme-highlight format many councils "
            "publish with cabinet/scrutiny performance papers, 2024-2025). Copied features: "
            "council name and board date in the page header, a two-column cover table (period, "
            "SRO, programme manager, overall RAG last and this period, shaded), a summary "
            "narrative, one numbered section and table per workstream with baseline and forecast "
            "dates, last-period and this-period RAG columns (letters or 'Complete', shaded), "
            "commentary, then narrative risks/issues and decisions sections."),
        "reads": (
            "Eight milestones in three workstream tables. Each milestone's due month is the "
            "forecast date (the revised date), and its status is the 'This period' column; the "
            "cover table, summary, risks and decisions text are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 6. Central Bedfordshire HWB - action log (csv)
# ---------------------------------------------------------------------------
def central_beds():
    name = "zxg-central-bedfordshire-health-and-wellbeing-board-action-log.csv"
    title = "Central Bedfordshire Health and Wellbeing Board – Action Log"
    meetings = [
        ("Meeting of 11 September 2025", [
            ("HWB25/09-01", "Circulate the draft Pharmaceutical Needs Assessment 2025 to Board "
                            "members for comment before formal consultation.",
             "Director of Public Health", "30/09/2025", "Complete", "Circulated 19/09/2025.",
             ["Director of Public Health"], "2025-09", None, "blue"),
            ("HWB25/09-02", "Bring a report on uptake of the Healthy Start scheme, broken down "
                            "by ward, to a future meeting.",
             "Mark Ellison", "January 2026", "Amber",
             "Data received from BLMK ICB; report deferred to the January meeting.",
             ["Mark Ellison"], "2026-01", None, "amber"),
            ("HWB25/09-03", "Agree with BLMK ICB how the Better Care Fund 2025/26 quarterly "
                            "returns will be signed off between meetings.",
             "Jo Fenwick & Priya Sandhu", "Oct-25", "Complete",
             "Delegation to the Chair and ICB Place Director agreed; noted at the November "
             "meeting.", ["Jo Fenwick", "Priya Sandhu"], "2025-10", None, "blue"),
        ]),
        ("Meeting of 27 November 2025", [
            ("HWB25/11-01", "Circulate the Joint Local Health and Wellbeing Strategy refresh "
                            "timetable and engagement plan.",
             "Dr Aisha Rahman", "19/12/2025", "Green", "Engagement plan in draft.",
             ["Dr Aisha Rahman"], "2025-12", None, "green"),
            ("HWB25/11-02", "Arrange a Board development session on the Marmot Place "
                            "programme.",
             "Board Support Officer", "February 2026", "", "",
             ["Board Support Officer"], "2026-02", None, "unrated"),
            ("HWB25/11-03", "Provide an update on the Leighton Buzzard and Biggleswade "
                            "integrated health hubs, including timescales for the outline "
                            "business cases.",
             "BLMK ICB", "March 2026", "Green",
             "Biggleswade outline business case submitted to NHS England, Leighton Buzzard to "
             "follow.", ["BLMK ICB"], "2026-03", None, "green"),
            ("HWB25/11-04", "Write to the Department of Health and Social Care on behalf of the "
                            "Board about the 2026/27 public health grant allocation.",
             "Chair of the Board", "End of January 2026", "Red",
             "Not started – waiting for the provisional settlement.\nChair to decide whether "
             "to write before or after the settlement is announced.",
             ["Chair of the Board"], "2026-01", None, "red"),
            ("HWB25/11-05", "Ensure Healthwatch Central Bedfordshire is invited to the winter "
                            "pressures planning group.",
             "Harpreet Gill (Healthwatch) / Tom Bradley", "Ongoing", "Green",
             "Invited to the December meeting.", ["Harpreet Gill (Healthwatch)", "Tom Bradley"],
             None, "Ongoing", "green"),
        ]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title, "", "", "", "", ""])
    w.writerow(["Updated following the meeting of 27 November 2025", "", "", "", "", ""])
    w.writerow(["", "", "", "", "", ""])
    w.writerow(["Ref", "Action", "Lead", "Due date", "Status", "Update"])
    expected = []
    for meeting, rows in meetings:
        w.writerow([meeting, "", "", "", "", ""])
        for ref, action, lead, due, status, upd, leads, end, end_text, st in rows:
            w.writerow([ref, action, lead, due, status, upd])
            expected.append(act(ref, [meeting], action, leads, end, st, end_text))
    w.writerow(["", "", "", "", "", ""])
    w.writerow(["Note: completed actions are reported to the Board once and then removed from "
                "the log.", "", "", "", "", ""])
    w.writerow(["Status key: Complete; Green – on track; Amber – some delay; Red – off track or "
                "overdue; blank – not yet started.", "", "", "", "", ""])
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    exp = {
        "source": (
            "Imitates the rolling action log appended to a county-level unitary council's Health "
            "and Wellbeing Board agenda (Central Bedfordshire, with BLMK ICB as partner; "
            "autumn 2025), saved from Excel as CSV. Copied features: title and 'updated "
            "following' lines above the header row, meeting-date group rows, Board-style "
            "references, named officers, a post, an organisation and two people joined by '&' or "
            "'/' as leads, due dates in several styles (date, month, Mon-yy, 'End of January "
            "2026', Ongoing), a Status column of Complete/Green/Amber/Red or blank, an update "
            "with a line break inside a quoted field, a note and a status key at the foot."),
        "reads": (
            "Eight actions from two Board meetings, each listed under its meeting row. Status "
            "words map directly (Complete = blue); one action has no status (not started) and "
            "one is ongoing with no due month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 7. Hertfordshire County Council - corporate risk register (tab-separated txt)
# ---------------------------------------------------------------------------
def herts():
    name = "zxg-hertfordshire-county-council-corporate-risk-register-q3-2025-26.txt"
    title = "Hertfordshire County Council Corporate Risk Register"
    risks = [
        ("CRR01", "Medium term financial sustainability", "Executive Director of Resources",
         "16", "9", "↔", [
             ("01.1", "Agree savings proposals of £28m for the 2026/27 budget and report them to "
                      "Cabinet.", "Executive Director of Resources", "February 2026", "G",
              ["Executive Director of Resources"], "2026-02", None, "green"),
             ("01.2", "Implement the spend control panel for all non-essential expenditure above "
                      "£5,000.", "Director of Finance", "31/10/2025", "Complete",
              ["Director of Finance"], "2025-10", None, "blue"),
         ]),
        ("CRR04", "SEND high needs deficit and demand", "Executive Director of Children’s "
         "Services", "20", "12", "↑", [
             ("04.1", "Deliver phase 2 of the SEND Sufficiency Programme, creating 350 additional "
                      "specialist places.",
              "Director of Education / SEND Sufficiency Programme Lead", "Sept 2025 – Aug 2027",
              "A", ["Director of Education", "SEND Sufficiency Programme Lead"], "2027-08",
              "Sept 2025 – Aug 2027", "amber"),
             ("04.2", "Submit the updated Dedicated Schools Grant deficit management plan to the "
                      "DfE.", "Director of Finance", "Q4 2025/26", "A",
              ["Director of Finance"], "2026-03", "Q4 2025/26", "amber"),
         ]),
        ("CRR07", "Adult social care market sufficiency", "Director of Adult Care Services",
         "15", "10", "↔", [
             ("07.1", "Recommission the home care framework with zonal contracts across all ten "
                      "districts.",
              "Director of Adult Care Services / Head of Integrated Accommodation Commissioning",
              "01/10/2026", "G",
              ["Director of Adult Care Services", "Head of Integrated Accommodation "
               "Commissioning"], "2026-10", None, "green"),
             ("07.2", "Establish a care workforce recruitment hub with the Hertfordshire Care "
                      "Providers Association.", "Hertfordshire Care Providers Association",
              "Jun-26", "G", ["Hertfordshire Care Providers Association"], "2026-06", None,
              "green"),
         ]),
        ("CRR11", "Cyber attack resulting in loss of systems or data", "Director of Technology",
         "16", "12", "↓", [
             ("11.1", "Complete the Cyber Assessment Framework self-assessment and act on the "
                      "gaps it identifies.", "Chief Information Security Officer",
              "End of March 2026", "A", ["Chief Information Security Officer"], "2026-03", None,
              "amber"),
             ("11.2", "Run a business continuity exercise with all directorates simulating a "
                      "ransomware attack.", "Head of Resilience", "November 2025", "R",
              ["Head of Resilience"], "2025-11", None, "red"),
         ]),
        ("CRR15", "Climate change adaptation and extreme weather", "Director of Environment & "
         "Infrastructure", "12", "8", "↔", [
             ("15.1", "Embed the Climate Adaptation Plan actions in all directorate service "
                      "plans.", "Head of Sustainability", "Ongoing", "G",
              ["Head of Sustainability"], None, "Ongoing", "green"),
         ]),
    ]
    lines = [
        title,
        "Quarter 3 2025/26 – position at 31 December 2025 – Audit Committee, 29 January 2026",
        "Scores are Likelihood (1–5) x Impact (1–5). Target score = score expected once the "
        "further actions are complete.",
        "",
        "\t".join(["Risk ref", "Risk", "Risk owner", "Current score", "Target score",
                   "Direction of travel", "Action ref", "Further action required",
                   "Action owner", "Target date", "Action RAG"]),
    ]
    expected = []
    for rref, risk, owner, cur, tgt, dot, actions in risks:
        for i, (aref, a, aowner, date, rag, leads, end, end_text, st) in enumerate(actions):
            if i == 0:
                head = [rref, risk, owner, cur, tgt, dot]
            else:
                head = ["", "", "", "", "", ""]
            lines.append("\t".join(head + [aref, a, aowner, date, rag]))
            expected.append(act(aref, [risk], a, leads, end, st, end_text))
    lines += [
        "",
        "Direction of travel: ↑ risk increasing; ↓ risk decreasing; ↔ no change since Q2.",
        "Action RAG: G = on track; A = at risk of delay; R = overdue; Complete = action closed.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")

    exp = {
        "source": (
            "Imitates the corporate risk register appendix a county council reports quarterly to "
            "its Audit Committee (Hertfordshire County Council style, Q3 2025/26), exported from "
            "the risk system as tab-separated text. Copied features: title, period/committee and "
            "scoring-note lines, one row per further action with the risk's ref, title, owner, "
            "current and target scores and direction-of-travel arrow given only on the first "
            "action row of each risk (blank on continuation rows), action refs, job titles and "
            "an organisation as action owners, dates as month, date, Mon-yy, quarter, period, "
            "'End of March 2026' and Ongoing, an action RAG letter or Complete, and key lines at "
            "the foot."),
        "reads": (
            "Five corporate risks with nine further mitigating actions; each action is read under "
            "the risk it mitigates (the risk name; blank risk cells continue the risk above). "
            "The action owner is the lead and the Action RAG column is the status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    write_expected(name, exp)


if __name__ == "__main__":
    st_helens()
    oadby()
    lancaster()
    blackburn()
    reading()
    central_beds()
    herts()
    print("done")
