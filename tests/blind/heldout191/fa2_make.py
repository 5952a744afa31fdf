#!/usr/bin/env python3
"""Build the seven fa2- blind test files of set heldout191 (and their expected readings).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Each case's data lives in one structure below, holding both what is written in the
file and the reading a person makes of it (lead list, end month, status).
"""
import csv
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "00B0F0", "BFBFBF"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def ym(d):
    return None if d is None else d


def write_expected(name, meta, actions=None):
    doc = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title"):
        if k in meta:
            doc[k] = meta[k]
    if actions is not None:
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text") is not None:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100)


# ---------------------------------------------------------------------------
# 1. Salford City Council - ASC CQC assessment improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def salford():
    name = "fa2-salford-city-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "Salford City Council – Adult Social Care CQC Assessment Improvement Plan 2025–26"
    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: Ensuring safety within the system"
    T4 = "Theme 4: Leadership"
    A1 = ("People and carers waited too long for Care Act assessments and reviews, "
          "and waiting lists were not consistently risk-rated.")
    A2 = ("Unpaid carers did not always receive a carer’s assessment or know what "
          "support was available to them.")
    A3 = ("The local care market had limited capacity for people with complex needs, "
          "leading to out-of-area placements and delays in hospital discharge.")
    A4 = ("Safeguarding enquiries were not always completed in a timely way and the "
          "voice of the person was not always recorded.")
    A5 = ("Quality assurance and performance information was not used consistently "
          "to drive improvement.")
    # (theme, afi, ref, action, lead cell, lead list, measure, target cell, end, end_text, progress, fill, status)
    rows = [
        (T1, A1, "1.1", "Introduce a single risk-rating tool for all assessment and review waiting lists, with weekly oversight by team managers.",
         "Assistant Director – Adult Social Care Operations", ["Assistant Director – Adult Social Care Operations"],
         "100% of waiting lists risk-rated; weekly oversight evidenced in audit", dt.datetime(2025, 6, 30), "2025-06", None,
         "Tool in use in all locality teams since June 2025; weekly huddles embedded.", BLUE, "blue"),
        (T1, A1, "1.2", "Reduce the number of people waiting more than 28 days for a Care Act assessment to below 150 through a targeted assessment sprint.",
         "Head of Locality Services / Principal Social Worker", ["Head of Locality Services", "Principal Social Worker"],
         "Fewer than 150 people waiting over 28 days", "Q4 2025/26", "2026-03", None,
         "Waiting list reduced from 412 to 236. Sprint extended with agency assessors to January.", AMBER, "amber"),
        (T1, A2, "1.3", "Commission an integrated carers’ assessment and support offer with a voluntary sector partner, including direct payments for carers.",
         "Head of Commissioning (Adults)", ["Head of Commissioning (Adults)"],
         "Carers’ assessments up 25% on the 2024/25 baseline", dt.datetime(2025, 12, 31), "2025-12", None,
         "Specification agreed; procurement under way with contract award due in November.", GREEN, "green"),
        (T1, A2, "1.4", "Refresh the carers’ information pack and publish it on the Salford Directory in accessible formats.",
         "Carers Lead; Communications Manager", ["Carers Lead", "Communications Manager"],
         "Pack published; positive feedback from the Carers’ Forum", dt.datetime(2025, 10, 31), "2025-10", None,
         "Draft pack tested with the Carers’ Forum in August.", GREEN, "green"),
        (T2, A3, "2.1", "Develop a Market Position Statement for complex care and share it with providers at the Provider Forum.",
         "Head of Commissioning (Adults)", ["Head of Commissioning (Adults)"],
         "MPS published and discussed with providers", dt.datetime(2025, 9, 30), "2025-09", None,
         "Published September 2025 and presented to the Provider Forum.", BLUE, "blue"),
        (T2, A3, "2.2", "Work with the Salford Care Organisation to open 12 additional step-down beds for people leaving hospital.",
         "Director of Adult Social Services", ["Director of Adult Social Services"],
         "12 beds open; fewer out-of-area placements", "March 2026", "2026-03", None,
         "8 beds open. The remaining 4 beds depend on recruitment at the second site.", AMBER, "amber"),
        (T3, A4, "3.1", "Audit 40 Section 42 enquiries each quarter against the Making Safeguarding Personal standard and report findings to the Safeguarding Adults Board.",
         "Head of Safeguarding and Quality Assurance", ["Head of Safeguarding and Quality Assurance"],
         "Audit findings reported quarterly to the SAB", "Quarterly", None, "Quarterly",
         "Q1 audit completed (40 cases); findings shared with the SAB in July.", GREEN, "green"),
        (T3, A4, "3.2", "Introduce a 28-day timescale for completing Section 42 enquiries, monitored through the performance dashboard.",
         "Principal Social Worker", ["Principal Social Worker"],
         "80% of enquiries completed within 28 days", dt.datetime(2025, 8, 31), "2025-08", None,
         "Timescale agreed. Dashboard build delayed by the case management system upgrade; escalated to the Improvement Board.", RED, "red"),
        (T4, A5, "4.1", "Launch a quarterly ASC Quality Assurance Framework report to the Directorate Leadership Team, combining audit, complaints and performance data.",
         "Head of Performance and Intelligence; Head of Safeguarding and Quality Assurance",
         ["Head of Performance and Intelligence", "Head of Safeguarding and Quality Assurance"],
         "QA report received by DLT each quarter", "Q3 2025/26", "2025-12", None,
         "First report scheduled for DLT on 14 October 2025.", GREEN, "green"),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    dc = [("Version", "2.3"), ("Date", "30/09/2025"), ("Plan owner", "Director of Adult Social Services"),
          ("Governance", "ASC Improvement Board (monthly)"),
          ("Reporting to", "Health and Social Care Scrutiny Panel; Cabinet Lead Member for Adult Services"),
          ("CQC overall rating", "Requires improvement")]
    r = 4
    for k, v in dc:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        for c in (1, 2):
            cov.cell(r, c).border = BOX
        r += 1
    r += 1
    cov.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for col, word, meaning in [(BLUE, "Blue", "Action complete"),
                               (GREEN, "Green", "On track to deliver by the target date"),
                               (AMBER, "Amber", "Some slippage – recovery actions in place"),
                               (RED, "Red", "Off track – escalated to the ASC Improvement Board")]:
        cov.cell(r, 1, word).fill = fill(col)
        cov.cell(r, 2, meaning)
        for c in (1, 2):
            cov.cell(r, c).border = BOX
        r += 1
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Position as at 30 September 2025 – RAG shown by colour (see key on Cover sheet)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Area for improvement (CQC assessment report)", "Action", "Lead officer",
             "Measure of success", "Target date", "Progress update – September 2025", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    for i, w in enumerate([7, 40, 55, 30, 32, 12, 48, 8], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 5
    cur_theme = cur_afi = None
    afi_start = None
    actions = []

    def close_afi(end_row):
        if afi_start is not None and end_row > afi_start:
            ws.merge_cells(start_row=afi_start, start_column=2, end_row=end_row, end_column=2)

    for (theme, afi, ref, act, leadcell, leads, meas, target, end, end_text, prog, col, status) in rows:
        if theme != cur_theme:
            close_afi(r - 1)
            afi_start = None
            c = ws.cell(r, 1, theme)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            cur_theme = theme
            cur_afi = None
            r += 1
        if afi != cur_afi:
            close_afi(r - 1)
            ws.cell(r, 2, afi)
            afi_start = r
            cur_afi = afi
        ws.cell(r, 1, ref)
        ws.cell(r, 3, act)
        ws.cell(r, 4, leadcell)
        ws.cell(r, 5, meas)
        tc = ws.cell(r, 6, target)
        if isinstance(target, dt.datetime):
            tc.number_format = "mmm-yy"
        ws.cell(r, 7, prog)
        ws.cell(r, 8).fill = fill(col)
        for cc in range(1, 9):
            ws.cell(r, cc).alignment = WRAP
            ws.cell(r, cc).border = BOX
        actions.append({"ref": ref, "under": [theme, afi], "action": act, "lead": leads,
                        "end": end, "end_text": end_text, "status": status})
        r += 1
    close_afi(r - 1)
    r += 1
    ws.cell(r, 1, "Note: RAG ratings are agreed at the monthly ASC Improvement Board. "
                  "Completed actions remain on the plan until the Board has seen evidence of impact.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress by theme – September 2025"
    sm["A1"].font = Font(bold=True)
    sh = ["Theme", "Actions", "Blue", "Green", "Amber", "Red"]
    for i, h in enumerate(sh, 1):
        sm.cell(3, i, h).font = Font(bold=True)
    srows = [(T1, 4, 1, 2, 1, 0), (T2, 2, 1, 0, 1, 0), (T3, 2, 0, 1, 0, 1), (T4, 1, 0, 1, 0, 0),
             ("Total", 9, 2, 4, 2, 1)]
    for j, sr in enumerate(srows, 4):
        for i, v in enumerate(sr, 1):
            sm.cell(j, i, v)
    sm.column_dimensions["A"].width = 45
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a council adult social care improvement plan written after a CQC local authority "
                   "assessment (2024-25 round, 'Requires improvement'), as taken to an ASC Improvement Board and "
                   "scrutiny. Copies: a Cover sheet with a document-control table and a colour RAG key, the plan "
                   "sheet with theme band rows (the four CQC assessment themes), the CQC area for improvement in a "
                   "column merged down over its actions, job titles as leads (two posts split by '/' or ';'), "
                   "target dates as mmm-yy date cells mixed with 'Q4 2025/26', 'March 2026' and 'Quarterly', RAG shown "
                   "only by fill colour, a note line under the table, and a Summary sheet of counts by theme."),
        "reads": ("A nine-action improvement plan under four CQC themes; each action answers the area for "
                  "improvement written beside it in a merged cell. Status is the colour of the RAG cell, read "
                  "through the key on the Cover sheet (blue = complete). The Cover and Summary sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. West Yorkshire Police - PEEL 2023-25 AFI tracker (xlsx, read)
# ---------------------------------------------------------------------------
def wyp():
    name = "fa2-west-yorkshire-police-peel-2023-25-afi-action-tracker.xlsx"
    title = "West Yorkshire Police – PEEL 2023–25 Areas for Improvement Action Tracker"
    P1, P2, P3, P4 = ("Investigating crime", "Protecting vulnerable people",
                      "Managing offenders and suspects", "Building, supporting and protecting the workforce")
    F1 = ("AFI 1: The force should make sure that investigations are allocated promptly to staff "
          "with the right skills and experience.")
    F2 = ("AFI 2: The force should improve the supervision of investigations and make sure that "
          "investigation plans are recorded.")
    F3 = ("AFI 3: The force should make sure it uses all available powers to protect victims of "
          "domestic abuse, including domestic violence protection notices and orders.")
    F4 = ("AFI 4: The force should make sure that registered sex offenders are managed in line with "
          "national guidance and that risk assessments are completed on time.")
    F5 = ("AFI 5: The force should make sure it understands the wellbeing needs of its workforce and "
          "that supervisors have the skills to support them.")
    D = dt.datetime
    # (pillar, afi, ref, action, owner cell, owners, target, revised, end, end_text, prev, cur, status, update)
    rows = [
        (P1, F1, "1.1", "Review the crime allocation policy so that crimes are allocated within 24 hours to a team with the right accreditation.",
         "Detective Chief Superintendent – Crime", ["Detective Chief Superintendent – Crime"],
         D(2025, 3, 31), D(2025, 6, 30), "2025-06", None, "Amber", "Complete", "blue",
         "Policy revised and published June 2025. Allocation within 24 hours at 91% in August."),
        (P1, F1, "1.2", "Introduce a monthly audit of allocation decisions in each district, reported to the Crime Standards Board.",
         "District Commanders", ["District Commanders"],
         D(2025, 6, 30), None, "2025-06", None, "Green", "Green", "green",
         "Audits running in all five districts; first themed report to the Board in October."),
        (P1, F2, "2.1", "Deliver investigative supervision training to all sergeants and inspectors in district CID and safeguarding teams.",
         "Head of Learning and Development", ["Head of Learning and Development"],
         D(2025, 9, 30), D(2026, 1, 31), "2026-01", None, "Amber", "Amber", "amber",
         "312 of 540 supervisors trained. Revised date agreed at Force Assurance Board due to trainer availability."),
        (P1, F2, "2.2", "Add a mandatory investigation plan field to the crime recording system with supervisor sign-off.",
         "Head of Digital Policing; Force Crime Registrar", ["Head of Digital Policing", "Force Crime Registrar"],
         D(2025, 12, 31), None, "2025-12", None, "Green", "Amber", "amber",
         "Change request approved; supplier release window moved to December."),
        (P2, F3, "3.1", "Publish refreshed guidance on DVPN and DVPO use and brief all response and neighbourhood officers.",
         "Superintendent, Safeguarding Governance", ["Superintendent, Safeguarding Governance"],
         D(2025, 2, 28), None, "2025-02", None, "Complete", "Complete", "blue",
         "Guidance published February 2025; briefing completion 96%."),
        (P2, F3, "3.2", "Track DVPN and DVPO applications by district through the Domestic Abuse Performance Group and act on low usage.",
         "Detective Superintendent, Safeguarding", ["Detective Superintendent, Safeguarding"],
         "Quarterly review", None, None, "Quarterly review", "Green", "Green", "green",
         "Applications up 38% on the same quarter last year."),
        (P3, F4, "4.1", "Recruit eight additional MOSOVO officers to bring caseloads within national guidance.",
         "Head of Public Protection", ["Head of Public Protection"],
         D(2026, 3, 31), None, "2026-03", None, "Amber", "Red", "red",
         "Only three posts filled after two recruitment rounds; escalated to Chief Officer Team."),
        (P3, F4, "4.2", "Clear the backlog of overdue ARMS assessments and report weekly to the Public Protection Board until cleared.",
         "Head of Public Protection", ["Head of Public Protection"],
         D(2025, 10, 31), D(2025, 12, 31), "2025-12", None, "Red", "Amber", "amber",
         "Backlog reduced from 164 to 71 overdue assessments."),
        (P4, F5, "5.1", "Run the annual workforce wellbeing survey and publish district-level action plans.",
         "Director of People", ["Director of People"],
         D(2025, 7, 31), None, "2025-07", None, "Green", "Complete", "blue",
         "Survey closed May (58% response). District plans published July."),
        (P4, F5, "5.2", "Include a wellbeing conversation in every PDR and monitor completion rates.",
         "Director of People; Head of Occupational Health", ["Director of People", "Head of Occupational Health"],
         D(2026, 3, 31), None, "2026-03", None, None, "Green", "green",
         "New action added July 2025. PDR template updated."),
    ]
    cur_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Summary of current RAG by PEEL question – position at 30 September 2025"
    for i, h in enumerate(["PEEL question", "AFIs", "Actions", "Complete", "Green", "Amber", "Red"], 1):
        sm.cell(4, i, h).font = Font(bold=True)
    for j, sr in enumerate([(P1, 2, 4, 1, 1, 2, 0), (P2, 1, 2, 1, 1, 0, 0), (P3, 1, 2, 0, 0, 1, 1),
                            (P4, 1, 2, 1, 1, 0, 0), ("Total", 5, 10, 3, 3, 3, 1)], 5):
        for i, v in enumerate(sr, 1):
            sm.cell(j, i, v)
    sm.column_dimensions["A"].width = 48

    ws = wb.create_sheet("AFI Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Reported to: Force Assurance Board and the Mayor’s Accountability Meeting | "
                "Position at 30 September 2025 | Version 6")
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Action", "Action owner", "Target date", "Revised target date",
             "Previous RAG (June 2025)", "Current RAG (September 2025)", "Progress update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.alignment = WRAP
        c.border = BOX
    for i, w in enumerate([7, 60, 34, 12, 12, 12, 14, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 5
    cp = cf = None
    actions = []
    for (p, f, ref, act, ocell, owners, tgt, rev, end, end_text, prev, cur, status, upd) in rows:
        if p != cp:
            c = ws.cell(r, 1, p)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("203864")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            cp, cf = p, None
            r += 1
        if f != cf:
            c = ws.cell(r, 1, f)
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 30
            cf = f
            r += 1
        vals = [ref, act, ocell, tgt, rev, prev, cur, upd]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 7).fill = fill(cur_fill[cur])
        actions.append({"ref": ref, "under": [p, f], "action": act, "lead": owners, "end": end,
                        "end_text": end_text, "status": status})
        r += 1
    ws.freeze_panes = "A5"

    gd = wb.create_sheet("RAG Guidance")
    gd["A1"] = "RAG guidance"
    gd["A1"].font = Font(bold=True)
    for j, (k, v, col) in enumerate([
            ("Complete", "Action delivered and evidence accepted by the AFI Assurance Group", BLUE),
            ("Green", "On track to be delivered by the target (or revised target) date", GREEN),
            ("Amber", "At risk of missing the target date; mitigation in place", AMBER),
            ("Red", "Will not be delivered by the target date; escalated to Chief Officer Team", RED)], 3):
        gd.cell(j, 1, k).fill = fill(col)
        gd.cell(j, 2, v)
    gd.cell(8, 1, "Revised target dates may only be agreed by the Force Assurance Board.")
    gd.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a police force's HMICFRS PEEL 2023-25 areas-for-improvement tracker as reported to a "
                   "force assurance board and the PCC/Mayor's accountability meeting. Copies: a Summary sheet of counts "
                   "first, the tracker sheet with PEEL-question band rows and the AFI text in a merged row above its "
                   "actions ('AFI 1: The force should ...'), target and revised target date columns (dd/mm/yyyy "
                   "date cells), Previous and Current RAG columns with the current one also filled, ranks and posts as "
                   "owners, and a RAG Guidance sheet."),
        "reads": ("Ten actions under four PEEL questions, each under the AFI row above it. Where a revised target "
                  "date is given it is the end; the status is the Current RAG (Complete = blue). Action 5.2 has no "
                  "previous RAG because it was added later."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Cheltenham BC - internal audit recommendations tracker (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def cheltenham():
    name = "fa2-cheltenham-bc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Cheltenham Borough Council – Internal Audit Recommendations Tracker"
    D = dt.datetime
    # audit, year, assurance, rec, recommendation, priority, action, officer, agreed, revised, status, update
    rows = [
        ("Car Parking Income", "2023/24", "Limited", 1,
         "Cash collected from pay and display machines should be reconciled to machine audit reports weekly.",
         "High", "Weekly reconciliation introduced and reviewed by the Parking Services Manager.",
         "Parking Services Manager", D(2024, 3, 31), "Jun-2024", "Implemented",
         "Verified by Internal Audit in follow-up, October 2024."),
        (None, None, None, 2,
         "Write-offs of unpaid penalty charge notices should be approved in line with the Financial Rules.",
         "Medium", "Introduce a write-off authorisation form and quarterly report to the Section 151 Officer.",
         "Head of Parking and Enforcement", D(2024, 9, 30), "Mar-2025", "In progress",
         "Form in use; first quarterly report delayed by staff changes."),
        ("Payroll", "2024/25", "Reasonable", 1,
         "Starters and leavers should be processed only on receipt of an authorised HR form.",
         "Medium", "Remind managers of the process and reject unauthorised requests.",
         "HR Manager; Payroll Team Leader", D(2024, 12, 31), None, "Implemented",
         "Sample testing in June 2025 found no exceptions."),
        ("Cyber Security – Patch Management", "2024/25", "Limited", 1,
         "Critical security patches should be applied to servers within 14 days of release.",
         "High", "Implement automated patch deployment and monthly compliance reporting to the ICT Board.",
         "ICT Infrastructure Manager", D(2025, 6, 30), "0ct-2025", "In progress",
         "Automated tool deployed to 80% of the server estate."),
        (None, None, None, 2,
         "Unsupported operating systems should be identified and removed or isolated.",
         "Medium", "Complete the inventory of unsupported systems and agree a decommissioning plan.",
         "ICT Infrastructure Manager", D(2025, 9, 30), "Dec-2025", "In progress",
         "Inventory complete; six legacy servers remain."),
        ("Procurement Cards", "2024/25", "Limited", 1,
         "Card transactions should be supported by receipts and reviewed monthly by the budget holder.",
         "High", "Introduce monthly budget holder sign-off through the expenses system.",
         "Head of Procurement", D(2025, 3, 31), None, "Implemented",
         "Monthly sign-off in place since April 2025."),
        (None, None, None, 2,
         "Card limits should be reviewed annually and cards of leavers cancelled promptly.",
         "Medium", "Add card cancellation to the leavers checklist and complete an annual limits review.",
         "Finance Manager", D(2025, 6, 30), "Jan-2026", "Overdue",
         "Leavers checklist updated; annual review not yet started."),
        ("Disabled Facilities Grants", "2025/26", "Reasonable", 1,
         "Grant approvals should record the means test outcome and the officer approving.",
         "Low", "Update the case management template to record the approving officer.",
         "Private Sector Housing Manager", D(2025, 12, 31), None, "Not started", ""),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Audit, Compliance and Governance Committee – 21 January 2026"
    for i, h in enumerate(["Priority", "Outstanding", "Implemented since last report", "Overdue"], 1):
        sm.cell(4, i, h).font = Font(bold=True)
    for j, sr in enumerate([("High", 3, 2, 0), ("Medium", 4, 1, 1), ("Low", 1, 0, 0), ("Total", 8, 3, 1)], 5):
        for i, v in enumerate(sr, 1):
            sm.cell(j, i, v)
    sm.column_dimensions["A"].width = 14

    ws = wb.create_sheet("Outstanding recommendations")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit, Compliance and Governance Committee – 21 January 2026"
    ws["A3"] = "Recommendations due, overdue or implemented since the last report, as at 31 December 2025"
    heads = ["Audit", "Year", "Assurance", "Rec", "Recommendation", "Priority", "Agreed action",
             "Responsible officer", "Agreed date", "Revised date", "Status", "Update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("44546A")
        c.alignment = WRAP
        c.border = BOX
    for i, w in enumerate([26, 9, 11, 5, 50, 9, 50, 28, 12, 11, 12, 44], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 6
    typo_row = None
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if row[9] == "0ct-2025":
            typo_row = r
        r += 1
    r += 1
    ws.cell(r, 1, "Priority: High – action within 3 months; Medium – within 6 months; Low – within 12 months.")
    ws.cell(r + 1, 1, "Total outstanding: 8 (High 3, Medium 4, Low 1)")
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a district council internal audit recommendations tracker as presented to its audit "
                   "committee (2025-26). Copies: a Summary sheet of counts by priority, the tracker sheet with title and "
                   "committee lines, audit name / year / assurance opinion given only on the first recommendation of each "
                   "audit, recommendation and agreed action in separate columns, responsible officers by post, agreed "
                   "dates as date cells and revised dates as 'Mon-YYYY' text, status words and a priority note and totals "
                   "line under the table."),
        "reads": ("Eight audit recommendations with their agreed actions across five audits. The revised date of the "
                  "Cyber Security - Patch Management recommendation 1 reads '0ct-2025' with a zero for the O: a mistyped "
                  "month in the end cell, so a careful reader stops and asks before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }
    write_expected(name, meta, None)
    return name, 0


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
    """Write text into a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    run = cell.paragraphs[0].add_run(parts[0])
    run.bold = bold
    for p in parts[1:]:
        para = cell.add_paragraph()
        rr = para.add_run(p)
        rr.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Dundee City Council - Best Value improvement action plan (docx, read)
# ---------------------------------------------------------------------------
def dundee():
    name = "fa2-dundee-city-council-best-value-improvement-action-plan.docx"
    title = "Dundee City Council Best Value Improvement Action Plan"
    S = [
        ("Financial sustainability",
         "Recommendation 1: The council should update its medium-term financial plan to show how it will close "
         "the cumulative funding gap of £38 million for 2024/25 to 2026/27, including the savings and "
         "transformation required.",
         [("1.1", "Refresh the Medium-Term Financial Strategy to 2028/29 with savings proposals identified against the funding gap.",
           "Executive Director of Corporate Services", ["Executive Director of Corporate Services"],
           "March 2024", "2024-03", None, "Complete", "blue",
           "MTFS approved by Policy and Resources Committee on 22 February 2024."),
          ("1.2", "Report progress against the Changing for the Future transformation savings to Policy and Resources Committee twice a year.",
           "Head of Corporate Finance", ["Head of Corporate Finance"],
           "Six-monthly", None, "Six-monthly", "On track", "green",
           "Reports considered in September 2024, February 2025 and August 2025.")]),
        ("Capital investment",
         "Recommendation 2: The council should improve the delivery of its capital programme, reviewing the "
         "phasing of projects and the reasons for slippage.",
         [("2.1", "Introduce quarterly capital monitoring with project-level explanations of slippage reported to committee.",
           "Head of Corporate Finance; Head of Design and Property", ["Head of Corporate Finance", "Head of Design and Property"],
           "30 September 2024", "2024-09", None, "Complete", "blue",
           "In place from the Quarter 2 2024/25 monitoring report."),
          ("2.2", "Re-phase the five-year capital plan to reflect realistic delivery capacity in construction services.",
           "Executive Director of City Development", ["Executive Director of City Development"],
           "February 2025", "2025-02", None, "Complete", "blue",
           "Re-phased Capital Plan 2025–2030 approved February 2025."),
          ("2.3", "Complete a post-project review of the three largest capital schemes and share the lessons with project boards.",
           "Head of Design and Property", ["Head of Design and Property"],
           "December 2025", "2025-12", None, "Some slippage", "amber",
           "Two of three reviews complete; third scheme not yet at final account.")]),
        ("Workforce",
         "Recommendation 3: The council should develop its workforce plan to address skills gaps and an ageing "
         "workforce, linking it to the transformation programme.",
         [("3.1", "Publish a council-wide Workforce Plan 2024–2027 with service-level workforce profiles.",
           "Head of People", ["Head of People"],
           "June 2024", "2024-06", None, "Complete", "blue",
           "Published June 2024; service profiles refreshed annually."),
          ("3.2", "Expand the Modern Apprenticeship programme to 60 places a year in hard-to-fill roles.",
           "Head of People", ["Head of People"],
           "August 2025", "2025-08", None, "On track", "green",
           "58 apprentices in post for the 2025 intake.")]),
        ("Community empowerment and public performance reporting",
         "Recommendation 4: The council should set out clearer measures of the impact of its community "
         "empowerment work and report them publicly.",
         [("4.1", "Agree an outcome framework for the Local Community Plans in each of the eight Local Community Planning Partnerships.",
           "Head of Communities, Safety and Protection", ["Head of Communities, Safety and Protection"],
           "31 March 2026", "2026-03", None, "On track", "green",
           "Framework drafted with partners; consultation with communities October–December 2025."),
          ("4.2", "Include community empowerment indicators in the annual Dundee Performs public performance report.",
           "Service Manager, Strategy and Performance", ["Service Manager, Strategy and Performance"],
           "September 2025", "2025-09", None, "Significant delay", "red",
           "Indicators not ready for the 2024/25 report; now planned for the 2025/26 report.")]),
    ]
    stat_col = {"Complete": "00B0F0", "On track": "00B050", "Some slippage": "FFC000", "Significant delay": "FF0000"}

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Response to the Controller of Audit’s report to the Accounts Commission on Best Value "
                      "in Dundee City Council (November 2023) – progress update, August 2025")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.4"), ("Owner", "Executive Director of Corporate Services"),
                 ("Approved", "Policy and Resources Committee, 19 February 2024"),
                 ("Last updated", "29 August 2025"), ("Next review", "Scrutiny Committee, November 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_heading("Status key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Complete", "Action delivered (Blue)"), ("On track", "Progressing to the due date (Green)"),
                 ("Some slippage", "Behind the due date but recoverable (Amber)"),
                 ("Significant delay", "Due date missed and a new date is required (Red)")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], stat_col[k])
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("The Controller of Audit made four recommendations. The actions agreed in response are set "
                      "out below, one table for each recommendation.")
    actions = []
    heads = ["Ref", "Improvement action", "Lead officer", "Due date", "Progress (August 2025)", "Status"]
    for sec, rec, acts in S:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells
        m = top[0].merge(top[5])
        set_cell(m, rec, bold=True)
        shade(m, "DEEAF6")
        for i, h in enumerate(heads):
            set_cell(t.rows[1].cells[i], h, bold=True)
            shade(t.rows[1].cells[i], "BDD7EE")
        for (ref, act, leadcell, leads, due, end, end_text, st, status, prog) in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, act, leadcell, due, prog, st]):
                set_cell(cells[i], v)
            shade(cells[5], stat_col[st])
            actions.append({"ref": ref, "under": [sec, rec], "action": act, "lead": leads, "end": end,
                            "end_text": end_text, "status": status})
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in [("Role", "Signed", "Date"), ("Chief Executive", "[signed]", "29 August 2025"),
                ("Executive Director of Corporate Services", "[signed]", "29 August 2025")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, bold=(row[0] == "Role"))
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a Scottish council's improvement action plan responding to the Controller of Audit's "
                   "Best Value report to the Accounts Commission (Dundee City Council, report November 2023; plan to "
                   "Policy and Resources Committee February 2024, progress to Scrutiny Committee). Copies: title and "
                   "subtitle paragraphs, a document-control table, a status key table mapping words to colours, one "
                   "section heading and one table per recommendation with the recommendation in a merged first row, "
                   "status words with cell shading, and a sign-off table at the end."),
        "reads": ("Nine actions in four tables, each under its section heading and the Controller of Audit's "
                  "recommendation in the table's first row. Status words read through the key: Complete = blue, "
                  "On track = green, Some slippage = amber, Significant delay = red. The document-control, key and "
                  "sign-off tables hold no actions; comma job titles such as 'Head of Communities, Safety and "
                  "Protection' are one post each."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Crawley BC - housing improvement plan, consumer standards (docx, read)
# ---------------------------------------------------------------------------
def crawley():
    name = "fa2-crawley-bc-rsh-consumer-standards-housing-improvement-plan.docx"
    title = "Crawley Borough Council Housing Improvement Plan: Consumer Standards"
    SQ = "Safety and Quality Standard"
    TIA = "Transparency, Influence and Accountability Standard"
    NC = "Neighbourhood and Community Standard"
    FA = ("The council could not demonstrate that all statutory health and safety requirements were being met, "
          "with overdue fire remedial actions and gaps in electrical safety testing.")
    FB = "The council did not have an accurate, up-to-date understanding of the condition of its homes."
    FC = ("Complaints were not consistently handled within the timescales of the Housing Ombudsman’s Complaint "
          "Handling Code, and learning from complaints was not used to improve services.")
    FD = "The council did not have a clear, published approach to tackling anti-social behaviour in its neighbourhoods."
    # (standard, finding, no, action, who cell, who list, by when, end, end_text, progress, rag, status)
    rows = [
        (SQ, FA, "1", "Complete all overdue fire risk assessment remedial actions, prioritising:\n"
                      "• high-risk actions by 31 December 2025\n• all remaining actions by 31 March 2026",
         "Head of Building Compliance", ["Head of Building Compliance"], "31/03/2026", "2026-03", None,
         "High-risk actions down from 212 to 37. Additional contractor appointed in September.", "On track", "green"),
        (SQ, FA, "2", "Carry out electrical installation condition reports (EICRs) on all homes without a certificate less than five years old.",
         "Head of Building Compliance / Electrical Compliance Manager",
         ["Head of Building Compliance", "Electrical Compliance Manager"], "December 2025", "2025-12", None,
         "1,034 of 1,210 homes tested. Access refusals being taken through the no-access procedure.", "At risk", "amber"),
        (SQ, FB, "3", "Commission a 100% stock condition survey over two years, starting with the oldest stock.",
         "Head of Asset Management", ["Head of Asset Management"], "March 2027", "2027-03", None,
         "Surveyor appointed; 2,450 homes surveyed to date.", "On track", "green"),
        (SQ, FB, "4", "Load the survey data into the new asset management system and use it to reset the 30-year HRA business plan.",
         "Head of Asset Management; Head of Finance (HRA)", ["Head of Asset Management", "Head of Finance (HRA)"],
         "September 2026", "2026-09", None, "Starts when the system goes live in April 2026.", "Not started", "unrated"),
        (TIA, FC, "5", "Recruit two additional complaints officers and introduce weekly case reviews of all stage 1 complaints.",
         "Customer Services Manager", ["Customer Services Manager"], "30 Sept 2025", "2025-09", None,
         "Officers in post from August. Stage 1 responses within 10 working days up from 54% to 88%.", "Completed", "blue"),
        (TIA, FC, "6", "Publish a quarterly ‘You said, we did’ report on learning from complaints.",
         "Customer Services Manager", ["Customer Services Manager"], "Quarterly", None, "Quarterly",
         "First report published October 2025 and shared with the Tenants’ and Leaseholders’ Panel.", "On track", "green"),
        (NC, FD, "7", "Review and publish the Anti-Social Behaviour Policy, co-designed with the Tenants’ and Leaseholders’ Panel.",
         "Tenancy Services Manager", ["Tenancy Services Manager"], "January 2026", "2026-01", None,
         "Co-design workshops postponed twice; draft policy not yet started.", "Off track", "red"),
        (NC, FD, "8", "Train all housing officers in ASB case management and the Community Trigger.",
         "Tenancy Services Manager", ["Tenancy Services Manager"], "TBC", None, "TBC",
         "To follow publication of the revised policy.", "Not started", "unrated"),
    ]
    rag_col = {"Completed": "00B0F0", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000",
               "Not started": "BFBFBF"}
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Our response to the Regulator of Social Housing inspection of our landlord services (2025). "
                      "This plan is monitored by the Housing Improvement Board and reported quarterly to Cabinet.")
    doc.add_heading("Version history", level=3)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("1.0", "12/06/2025", "Housing Improvement Lead", "Plan agreed by Cabinet"),
                ("1.1", "08/09/2025", "Housing Improvement Lead", "Q2 progress added"),
                ("1.2", "10/11/2025", "Housing Improvement Lead", "Q3 progress added; action 4 re-timed")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Completed (blue); On track (green); At risk (amber); Off track (red); Not started (grey).")
    doc.add_heading("Improvement actions", level=2)
    heads = ["No.", "What the Regulator found", "What we will do", "Who", "By when", "Progress to date", "RAG"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "1F4E79")
    actions = []
    cur_std = cur_f = None
    f_start = None
    for (std, fnd, no, act, whocell, who, by, end, end_text, prog, rag, status) in rows:
        if std != cur_std:
            if f_start is not None and len(t.rows) - 1 > f_start:
                t.cell(f_start, 1).merge(t.cell(len(t.rows) - 1, 1))
            f_start = None
            cells = t.add_row().cells
            m = cells[0].merge(cells[6])
            set_cell(m, std, bold=True)
            shade(m, "D9E2F3")
            cur_std, cur_f = std, None
        if fnd != cur_f:
            if f_start is not None and len(t.rows) - 1 > f_start:
                t.cell(f_start, 1).merge(t.cell(len(t.rows) - 1, 1))
            cells = t.add_row().cells
            set_cell(cells[1], fnd)
            f_start = len(t.rows) - 1
            cur_f = fnd
        else:
            cells = t.add_row().cells
        for i, v in [(0, no), (2, act), (3, whocell), (4, by), (5, prog), (6, rag)]:
            set_cell(cells[i], v)
        shade(cells[6], rag_col[rag])
        actions.append({"ref": no, "under": [std, fnd], "action": act, "lead": who, "end": end,
                        "end_text": end_text, "status": status})
    if f_start is not None and len(t.rows) - 1 > f_start:
        t.cell(f_start, 1).merge(t.cell(len(t.rows) - 1, 1))
    doc.add_paragraph("")
    doc.add_paragraph("Notes:")
    doc.add_paragraph("1. Performance against the Tenant Satisfaction Measures is reported separately to the "
                      "Housing Improvement Board.")
    doc.add_paragraph("2. Dates in this plan were agreed with the Regulator of Social Housing in June 2025.")
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a stock-holding district council's housing improvement plan responding to a Regulator "
                   "of Social Housing consumer-standards inspection (2025), as reported to Cabinet and a Housing "
                   "Improvement Board. Copies: title and intro paragraphs, a version-history table, a one-line RAG key, "
                   "one landscape table with consumer-standard band rows merged across, the Regulator's finding in a "
                   "column merged down over its actions, a bulleted multi-line action, two posts split by '/' or ';', "
                   "mixed date forms (31/03/2026, 30 Sept 2025, March 2027, Quarterly, TBC), RAG words with shading, "
                   "and numbered notes after the table."),
        "reads": ("Eight numbered actions under three consumer standards, each answering the Regulator's finding "
                  "merged beside it. RAG words read through the key: Completed = blue, At risk = amber, Off track = "
                  "red, Not started = unrated. The version-history table and notes hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Eastbourne BC - strategic risk register export (csv, read)
# ---------------------------------------------------------------------------
def eastbourne():
    name = "fa2-eastbourne-bc-strategic-risk-register-q2-2025-26.csv"
    title = "Eastbourne Borough Council - Strategic Risk Register"
    heads = ["Risk", "Risk owner", "Current risk score", "Target risk score", "Direction of travel",
             "Action ref", "Further action required", "Action owner", "Due date", "Action status", "Latest update"]
    R1 = ("SR01 Medium-term financial sustainability", "Chief Finance Officer", "20 (Red)", "12 (Amber)", "Unchanged")
    R2 = ("SR02 Temporary accommodation demand and cost", "Director of Service Delivery", "20 (Red)", "12 (Amber)", "Improving")
    R3 = ("SR03 Cyber attack or major ICT failure", "Head of Digital and ICT", "16 (Red)", "8 (Amber)", "Worsening")
    R4 = ("SR04 Local government reorganisation in East Sussex", "Chief Executive", "15 (Red)", "9 (Amber)", "New")
    R5 = ("SR05 Health and safety compliance in council housing", "Head of Homes First", "12 (Amber)", "6 (Green)", "Improving")
    # (risk, ref, action, owner cell, owners, due, end, end_text, status cell, status, update)
    rows = [
        (R1, "SR01a", "Deliver the 2025/26 savings programme of £2.4m and report progress monthly to the Cabinet member for finance.",
         "Chief Finance Officer", ["Chief Finance Officer"], "31/03/2026", "2026-03", None, "Amber", "amber",
         "£1.7m delivered or on track; £0.7m at risk from delayed car parking changes."),
        (R1, "SR01b", "Agree the approach to Exceptional Financial Support with MHCLG and reflect it in the 2026/27 budget.",
         "Chief Finance Officer", ["Chief Finance Officer"], "Feb-26", "2026-02", None, "Green", "green",
         "Discussions with MHCLG officials held in August and October."),
        (R2, "SR02a", "Acquire 40 additional homes for use as temporary accommodation through the council's housing company.",
         "Director of Service Delivery", ["Director of Service Delivery"], "31/12/2025", "2025-12", None, "Green", "green",
         "31 homes completed; 9 in conveyancing."),
        (R2, "SR02b", "Review the homelessness prevention offer to reduce new placements into nightly-paid accommodation.",
         "Head of Housing Needs and Standards", ["Head of Housing Needs and Standards"], "Sep-25", "2025-09", None, "Complete", "blue",
         "Revised prevention offer launched September 2025."),
        (R3, "SR03a", "Complete the annual IT health check and remediate all critical vulnerabilities.",
         "Head of Digital and ICT", ["Head of Digital and ICT"], "Nov-25", "2025-11", None, "Red", "red",
         "Health check found 14 critical vulnerabilities; 6 remain open pending supplier patches."),
        (R3, "SR03b", "Run a cyber incident exercise with the Corporate Management Team.",
         "Head of Digital and ICT / Emergency Planning Officer", ["Head of Digital and ICT", "Emergency Planning Officer"],
         "31/01/2026", "2026-01", None, "Green", "green", "Exercise scenario agreed with the Local Resilience Forum."),
        (R4, "SR04a", "Prepare a joint proposal for unitary arrangements with the other East Sussex districts and submit it to government.",
         "Chief Executive", ["Chief Executive"], "26/09/2025", "2025-09", None, "Complete", "blue",
         "Proposal submitted 26 September 2025."),
        (R4, "SR04b", "Maintain a service continuity plan and staff engagement programme during reorganisation.",
         "Director of People and Performance", ["Director of People and Performance"], "Ongoing", None, "Ongoing", "Green", "green",
         "Monthly staff briefings in place."),
        (R5, "SR05a", "Clear the backlog of overdue fire risk assessment actions in blocks of flats.",
         "Head of Homes First", ["Head of Homes First"], "Mar-26", "2026-03", None, "Amber", "amber",
         "Backlog reduced from 96 to 41 actions; contractor capacity limited."),
    ]
    n = len(heads)
    lines = [[title] + [""] * (n - 1),
             ["Quarter 2 2025/26 - Audit and Governance Committee, 19 November 2025"] + [""] * (n - 1),
             [""] * n, heads]
    actions = []
    cur = None
    for (risk, ref, act, ocell, owners, due, end, end_text, scell, status, upd) in rows:
        rf = list(risk) if risk != cur else [""] * 5
        cur = risk
        lines.append(rf + [ref, act, ocell, due, scell, upd])
        actions.append({"ref": ref, "under": [risk[0]], "action": act, "lead": owners, "end": end,
                        "end_text": end_text, "status": status})
    lines.append([""] * n)
    lines.append(["Risk scores are likelihood (1-5) x impact (1-5): 15-25 Red, 8-14 Amber, 1-7 Green."] + [""] * (n - 1))
    lines.append(["Action status: Complete; Green = on track; Amber = at risk of slipping; Red = overdue or off track."]
                 + [""] * (n - 1))
    lines.append(["Total strategic risks: 5. Total further actions: 9."] + [""] * (n - 1))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(lines)

    meta = {
        "source": ("Imitates a district council strategic risk register as exported to CSV from a risk system for the "
                   "audit and governance committee (Q2 2025/26). Copies: title and committee lines padded with commas, "
                   "one row per further (mitigating) action, risk name / owner / current and target scores / direction "
                   "of travel given only on a risk's first action row, action owners by post, due dates as dd/mm/yyyy "
                   "or Mon-yy with 'Ongoing', action status words, and scoring / status notes and a totals line at the end."),
        "reads": ("Nine further actions under five strategic risks (SR01-SR05); each action belongs to the risk named "
                  "on the row where it starts. The risk scores (e.g. '20 (Red)') rate the risk, not the action; the action "
                  "status column gives the status (Complete = blue). Notes and totals lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Spelthorne BC - Improvement and Recovery Plan highlight report (txt, read)
# ---------------------------------------------------------------------------
def spelthorne():
    name = "fa2-spelthorne-bc-improvement-recovery-plan-highlight-report.txt"
    title = "Spelthorne Borough Council – Improvement and Recovery Plan Highlight Report"
    W1 = "WORKSTREAM 1 – FINANCIAL SUSTAINABILITY AND COMMERCIAL ASSETS"
    W2 = "WORKSTREAM 2 – GOVERNANCE AND DECISION-MAKING"
    W3 = "WORKSTREAM 3 – HOUSING AND REGENERATION"
    R1 = "Recommendation 1: Develop a credible debt reduction strategy with clear targets, agreed with Commissioners."
    R2 = "Recommendation 2: Review the Minimum Revenue Provision policy and sinking fund so that they are prudent."
    R5 = "Recommendation 5: Strengthen the role of the Audit Committee and member oversight of risk."
    R7 = "Recommendation 7: Build a culture of respect and constructive challenge between members and officers."
    R10 = ("Recommendation 10: Bring forward a realistic plan for the council’s suspended housing and "
           "regeneration schemes.")
    # (ws, rec, ref, action lines, lead cell, leads, due, end, end_text, status cell, status, update)
    rows = [
        (W1, R1, "1.1", ["Agree a debt reduction strategy and asset disposal programme with Commissioners"],
         "Chief Finance Officer / Group Head of Assets", ["Chief Finance Officer", "Group Head of Assets"],
         "Mar 2026", "2026-03", None, "A", "amber",
         "Draft strategy discussed with Commissioners on 9 December; valuations awaited for four sites."),
        (W1, R1, "1.2", ["Dispose of the first tranche of commercial assets in the disposal programme"],
         "Group Head of Assets", ["Group Head of Assets"],
         "Dec 2025 – Jun 2026", "2026-06", None, "G", "green",
         "Marketing of two office buildings started in November."),
        (W1, R2, "1.3", ["Revise the MRP policy and show the revenue impact in the 2026/27 budget"],
         "Chief Finance Officer", ["Chief Finance Officer"],
         "31/01/2026", "2026-01", None, "G", "green",
         "Revised policy goes to Corporate Policy and Resources Committee in January."),
        (W2, R5, "2.1", ["Appoint an independent member to the Audit Committee",
                         "and provide induction training on treasury management"],
         "Monitoring Officer", ["Monitoring Officer"],
         "Nov 2025", "2025-11", None, "C", "blue",
         "Independent member appointed at Council on 4 November; training delivered 18 November."),
        (W2, R5, "2.2", ["Review the committee system and scheme of delegation with LGA support"],
         "Monitoring Officer", ["Monitoring Officer"],
         "End of April 2026", "2026-04", None, "A", "amber",
         "Review scoped with the LGA; member working group delayed."),
        (W2, R7, "2.3", ["Adopt a member–officer protocol and run a joint development programme"],
         "Chief Executive", ["Chief Executive"],
         "Ongoing", None, "Ongoing", "G", "green",
         "Protocol adopted in October; joint sessions held in October and December."),
        (W3, R10, "3.1", ["Complete an options appraisal for each suspended regeneration scheme"],
         "Group Head of Regeneration and Growth", ["Group Head of Regeneration and Growth"],
         "Q4 2025/26", "2026-03", None, "R", "red",
         "External advisers not yet appointed; appraisals for two Staines sites have slipped."),
        (W3, R10, "3.2", ["Move wrongly capitalised scheme costs to revenue and reflect them in the outturn"],
         "Chief Finance Officer", ["Chief Finance Officer"],
         "Sept 2025", "2025-09", None, "C", "blue",
         "Adjustment made in the 2024/25 statement of accounts."),
    ]
    out = [
        title,
        "Reporting period: 1 October – 31 December 2025",
        "Prepared for: Improvement and Recovery Board, 22 January 2026",
        "Report author: Improvement and Recovery Programme Office",
        "Overall programme status: AMBER",
        "",
        "Key achievements this period",
        "- Independent member appointed to the Audit Committee",
        "- 2024/25 accounts adjusted for wrongly capitalised regeneration costs",
        "Key risks and issues",
        "- Delay in appointing regeneration advisers (see 3.1)",
        "- Capacity in the Assets team while disposals are marketed",
        "",
        "Status key: C = complete; G = on track; A = at risk, mitigation in place; R = off track, Board decision needed",
        "",
        "Ref\tAction\tLead\tDue\tStatus\tUpdate this period",
    ]
    actions = []
    cw = cr = None
    for (w, rec, ref, alines, leadcell, leads, due, end, end_text, scell, status, upd) in rows:
        if w != cw:
            out.append(w)
            cw, cr = w, None
        if rec != cr:
            out.append(rec)
            cr = rec
        out.append("\t".join([ref, alines[0], leadcell, due, scell, upd]))
        for cont in alines[1:]:
            out.append("\t" + cont + "\t\t\t\t")
        actions.append({"ref": ref, "under": [w, rec], "action": "\n".join(alines), "lead": leads,
                        "end": end, "end_text": end_text, "status": status})
    out += [
        "",
        "Programme summary: 8 actions – Complete 2, Green 3, Amber 2, Red 1",
        "Next highlight report: Improvement and Recovery Board, 19 March 2026",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + "\n")

    meta = {
        "source": ("Imitates a district council's Improvement and Recovery Plan highlight report to its Improvement "
                   "and Recovery Board after a Best Value inspection and statutory intervention (2025), exported as "
                   "tab-separated text. Copies: title and reporting-period lines, overall status, key achievements and "
                   "risks bullets, a one-line status key (C/G/A/R), workstream heading lines in capitals, the inspection "
                   "recommendation as a line above its actions, a tab-separated action table with one action continued "
                   "on a second line, two posts split by '/', mixed due forms (Mar 2026, 'Dec 2025 – Jun 2026', "
                   "'End of April 2026', Q4 2025/26, Ongoing) and a summary line at the end."),
        "reads": ("Eight actions in three workstreams, each under the inspection recommendation line above it. Status "
                  "letters read through the key (C = complete = blue). Action 2.1 runs onto a second line that begins "
                  "with a tab and has no other fields; it continues the action text. The achievements and risks bullets "
                  "and the summary lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


if __name__ == "__main__":
    for fn in (salford, wyp, cheltenham, dundee, crawley, eastbourne, spelthorne):
        nm, k = fn()
        print(f"{nm}: {k} actions")
