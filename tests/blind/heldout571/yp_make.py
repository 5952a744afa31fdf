"""Build the seven yp- blind cases (data files and their .expected.yaml readings).

Run with /work/main/.venv/bin/python yp_make.py from any directory; files are written beside this script.
Only files whose names start with "yp-" are written.
"""
import csv
import datetime as dt
import json
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "teal": "DEEAF6",
}


def D(y, m, d):
    return dt.datetime(y, m, d)


def q(s):
    """YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def write_yaml(name, source, reads, outcome, actions=None, title=None, refuse_at=None,
               accept_refusal=False):
    lines = ["source: >-"]
    lines += ["  " + l for l in source.strip().split("\n")]
    lines.append("reads: >-")
    lines += ["  " + l for l in reads.strip().split("\n")]
    lines.append(f"outcome: {outcome}")
    lines.append(f"accept_refusal: {'true' if accept_refusal else 'false'}")
    if refuse_at is not None:
        lines.append(f"refuse_at: {refuse_at}")
    if title is not None:
        lines.append(f"title: {q(title)}")
    if actions is not None:
        lines.append("actions:")
        for a in actions:
            lines.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}")
            lines.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            lines.append(f"    action: {q(a['action'])}")
            lines.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            lines.append(f"    end: {q(a['end']) if a['end'] else 'null'}")
            if a.get("end_text"):
                lines.append(f"    end_text: {q(a['end_text'])}")
            lines.append(f"    status: {a['status']}")
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Irwell Valley Homes - RSH consumer standards improvement plan (xlsx)
# ---------------------------------------------------------------------------
def irwell():
    name = "yp-irwell-valley-homes-rsh-consumer-standards-improvement-plan.xlsx"
    title = "Irwell Valley Homes – Consumer Standards Improvement Plan 2025/26"
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color=FILL["navy"])
    cov["A2"] = ("Our response to the Regulator of Social Housing regulatory judgement "
                 "(consumer grade C2) published 12 February 2025")
    cov["A2"].font = Font(italic=True)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Version", "3.2"),
          ("Plan owner", "Director of Customer Experience"),
          ("Approved by", "Board, 26 March 2025"),
          ("Reporting", "Quarterly to Customer Experience Committee and Board"),
          ("Last updated", "30 September 2025")]
    for i, (k, v) in enumerate(dc, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("Blue", "Complete – evidence verified by Governance team", "blue"),
           ("Green", "On track", "green"),
           ("Amber", "Some slippage – recoverable within the target date", "amber"),
           ("Red", "Off track – revised target date required", "red")]
    for i, (k, v, col) in enumerate(key, start=12):
        cov.cell(i, 1, k).fill = fill(FILL[col])
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 70

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG by standard (30 September 2025)"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["Standard", "Actions", "Blue", "Green", "Amber", "Red"]
    for c, h in enumerate(hdr, 1):
        summ.cell(3, c, h).font = Font(bold=True)
        summ.cell(3, c).fill = fill(FILL["grey"])
    rows = [("Safety and Quality", 4, 1, 2, 1, 0),
            ("Transparency, Influence and Accountability", 2, 1, 0, 0, 1),
            ("Tenancy", 1, 0, 0, 1, 0),
            ("Neighbourhood and Community", 1, 0, 1, 0, 0),
            ("Total", 8, 2, 3, 2, 1)]
    for r, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            summ.cell(r, c, v).border = BOX
    for c in range(1, 7):
        summ.cell(8, c).font = Font(bold=True)
    summ.column_dimensions["A"].width = 45

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Improvement Plan – progress at 30 September 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Reported to Customer Experience Committee, 21 October 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Regulator's finding", "What we will do", "Lead",
               "Original target date", "Revised target date",
               "Previous RAG (Jun-25)", "Current RAG (Sep-25)", "Progress update"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["navy"])
        cell.alignment = WRAP
        cell.border = BOX

    S1 = "1. Safety and Quality Standard"
    S2 = "2. Transparency, Influence and Accountability Standard"
    S3 = "3. Tenancy Standard"
    S4 = "4. Neighbourhood and Community Standard"
    F1 = ("Stock condition data is incomplete: 21% of homes have not had a stock condition "
          "survey in the last five years.")
    F2 = ("Damp and mould cases are not consistently closed with a check that the works "
          "have resolved the problem.")
    F3 = ("Learning from complaints is not reported back to tenants, and tenants have "
          "limited influence over service changes.")
    F4 = "Tenancy audits are significantly behind the planned programme."
    F5 = ("Anti-social behaviour cases are not risk assessed consistently across "
          "neighbourhood teams.")

    # (ref, finding-or-None(merged above), action, lead, orig, revised, prev, cur, update)
    plan = [
        ("S", S1),
        ("1.1", F1, "Complete stock condition surveys for the 1,460 homes without a survey since April 2020.",
         "Head of Asset Management", D(2025, 3, 31), D(2025, 12, 31), "Amber", "Amber",
         "1,012 surveys complete (69%). Contractor capacity increased from August."),
        ("1.2", None, "Load survey data into the asset management system and reconcile it against the HHSRS hazard register.",
         "Asset Data Manager / Head of Asset Management", D(2026, 1, 31), None, "Green", "Green",
         "Data load tested with first 800 surveys; reconciliation scripts agreed."),
        ("1.3", F2, "Introduce a mandatory six-week post-works revisit for all Category 1 and Category 2 damp and mould cases.",
         "Damp and Mould Lead", D(2025, 5, 31), None, "Green", "Blue",
         "Revisits in place since May; 94% completed within six weeks in Q2."),
        ("1.4", None, "Report damp and mould case ageing and revisit compliance to the Customer Experience Committee.",
         "Director of Property Services", "Quarterly", None, "Green", "Green",
         "Q1 report considered July 2025; Q2 report on October agenda."),
        ("S", S2),
        ("2.1", F3, "Publish a quarterly ‘You said, we did’ complaints learning summary on the website and in the tenant newsletter.",
         "Complaints and Feedback Manager", D(2025, 4, 30), D(2025, 7, 31), "Amber", "Blue",
         "First summary published July 2025; second in September newsletter."),
        ("2.2", None, "Refresh the Tenant Scrutiny Panel terms of reference and recruit at least four new members, including tenants under 35.",
         "Head of Customer Voice", D(2025, 9, 30), D(2026, 1, 31), "Amber", "Red",
         "Only one new member recruited; targeted recruitment with Youth Forum planned for November."),
        ("S", S3),
        ("3.1", F4, "Clear the backlog of 640 overdue tenancy audits, prioritising households flagged as vulnerable.",
         "Neighbourhood Services Manager (North); Neighbourhood Services Manager (South)",
         D(2025, 12, 31), None, "Green", "Amber",
         "388 audits completed; sickness absence in the North team has slowed progress."),
        ("S", S4),
        ("4.1", F5, "Roll out the ASB risk assessment matrix to all neighbourhood teams and audit 10% of open cases each month.",
         "Community Safety Manager", D(2025, 10, 31), None, "Green", "Green",
         "Matrix live in all teams; September audit found 91% of cases risk assessed."),
    ]
    r = 4
    merge_start = None
    for item in plan:
        if item[0] == "S":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(r, c).fill = fill(FILL["teal"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        ref, finding, action, lead, orig, rev, prev, cur, upd = item
        vals = [ref, finding, action, lead, orig, rev, prev, cur, upd]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        for c in (7, 8):
            ws.cell(r, c).fill = fill(FILL[ws.cell(r, c).value.lower()])
        if finding is None:
            ws.cell(r, 2).value = None
            ws.merge_cells(start_row=r - 1, start_column=2, end_row=r, end_column=2)
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: Revised target dates were agreed by the Customer Experience Committee on "
            "15 July 2025. Actions rated Blue remain on the plan until the regulator's next "
            "engagement meeting.").font = Font(italic=True)
    widths = [6, 38, 50, 30, 14, 14, 12, 12, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A4"
    wb.save(os.path.join(HERE, name))

    def st(c):
        return c.lower()
    ex = [
        dict(ref="1.1", under=[S1, F1], action=plan[1][2], lead=["Head of Asset Management"], end="2025-12", status="amber"),
        dict(ref="1.2", under=[S1, F1], action=plan[2][2], lead=["Asset Data Manager", "Head of Asset Management"], end="2026-01", status="green"),
        dict(ref="1.3", under=[S1, F2], action=plan[3][2], lead=["Damp and Mould Lead"], end="2025-05", status="blue"),
        dict(ref="1.4", under=[S1, F2], action=plan[4][2], lead=["Director of Property Services"], end=None, end_text="Quarterly", status="green"),
        dict(ref="2.1", under=[S2, F3], action=plan[6][2], lead=["Complaints and Feedback Manager"], end="2025-07", status="blue"),
        dict(ref="2.2", under=[S2, F3], action=plan[7][2], lead=["Head of Customer Voice"], end="2026-01", status="red"),
        dict(ref="3.1", under=[S3, F4], action=plan[9][2], lead=["Neighbourhood Services Manager (North)", "Neighbourhood Services Manager (South)"], end="2025-12", status="amber"),
        dict(ref="4.1", under=[S4, F5], action=plan[11][2], lead=["Community Safety Manager"], end="2025-10", status="green"),
    ]
    write_yaml(
        name,
        source="""Irwell Valley Homes (housing association, Sale, Greater Manchester), 2025/26 consumer standards
improvement plan of the kind English housing associations publish after a Regulator of Social Housing
inspection and C2 regulatory judgement (invented content). Copies: cover sheet with document control and
RAG key, a summary-by-standard totals sheet, then the plan sheet with standard band rows, the regulator's
finding in a column merged down over its actions, job-title leads (one cell with two posts split by "/",
one with two posts split by ";"), original and revised target dates, previous and current RAG words with
fill colour, a "Quarterly" target and a notes line.""",
        reads="""A three-sheet workbook: a cover with document control and a RAG key, a summary of RAG counts by
standard, and the improvement plan. The plan has eight numbered actions under four consumer standards,
each action sitting beside the regulator's finding it answers (merged over two actions for three findings);
the revised date, where given, replaces the original, and the current (Sep-25) RAG is the status.""",
        outcome="read", title=title, actions=ex)


# ---------------------------------------------------------------------------
# 2. Kettering General Hospital NHSFT - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def kettering():
    name = "yp-kettering-general-hospital-nhsft-internal-audit-recommendations-tracker.xlsx"
    title = "Kettering General Hospital NHS Foundation Trust – Internal Audit Recommendations Tracker"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Open recommendations"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Open recommendations at 31 December 2025 – Audit Committee, 15 January 2026"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action",
               "Responsible officer", "Original implementation date",
               "Revised implementation date", "Status", "Latest update (December 2025)"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("B4C6E7")
        cell.alignment = WRAP
        cell.border = BOX

    A1_ = "KGH 10/25 – Data Security and Protection Toolkit 2024/25 – Limited assurance"
    A2_ = "KGH 07/25 – Mandatory Training Compliance – Moderate assurance"
    A3_ = "KGH 14/25 – Theatre Utilisation – Moderate assurance"
    A4_ = "KGH 03/26 – Procurement: Waivers and Single Tender Actions – Limited assurance"
    rows = [
        ("A", A1_),
        ("R1", "High",
         "The Trust should ensure that all staff complete annual data security awareness training, with compliance against the 95% target monitored by the Information Governance Steering Group.",
         "Issue monthly compliance reports by division to divisional directors, and suspend system access for staff more than 60 days overdue.",
         "Head of Information Governance", D(2025, 6, 30), D(2026, 3, 31), "amber",
         "Compliance 91.8% at December. Access suspension agreed by Executive Team; to start February 2026."),
        ("R2", "Medium",
         "Privileged user accounts should be reviewed at least quarterly and leavers removed promptly.",
         "Introduce a quarterly review of all domain administrator and clinical system administrator accounts, evidenced in the IT change log.",
         "Chief Information Officer", D(2025, 9, 30), None, "blue",
         "Q2 and Q3 reviews completed; evidence sent to internal audit for verification."),
        ("A", A2_),
        ("R1", "Medium",
         "Mandatory training requirements for bank staff should be assigned automatically on engagement.",
         "Update ESR competency mappings for bank staff so that mandatory training requirements are assigned on engagement.",
         "Head of Workforce Systems", D(2025, 8, 31), D(2025, 11, 30), "red",
         "Mapping delayed by ESR release timetable; new date to be proposed to the Committee."),
        ("A", A3_),
        ("R1", "Medium",
         "Session cancellations within six weeks should be approved by the clinical director and recorded.",
         "Introduce a 6-4-2 scheduling sign-off in the theatre management system, with late cancellations reported weekly to the Theatre Productivity Group.",
         "General Manager – Theatres and Anaesthetics", D(2025, 10, 31), D(2026, 2, 28), "amber",
         "System change raised with supplier; interim paper sign-off in place."),
        ("R2", "Low",
         "Theatre start and finish times in the theatre system should be validated.",
         "Reconcile recorded theatre start and finish times against anaesthetic charts for a monthly sample of 20 lists.",
         "Theatre Manager / Clinical Director for Anaesthetics", D(2026, 1, 31), None, "green",
         "First two monthly samples completed with no material differences."),
        ("A", A4_),
        ("R1", "High",
         "Retrospective waivers should be eliminated and any that occur reported to the Audit Committee.",
         "Amend the Standing Financial Instructions so that retrospective waivers need Chief Finance Officer approval, and report every retrospective waiver to the Audit Committee.",
         "Deputy Director of Finance; Head of Procurement", D(2025, 11, 30), None, "red",
         "SFI changes drafted; not yet taken to Board. Three retrospective waivers in Q3."),
        ("R2", "Medium",
         "The waiver register should be complete and reconciled to purchase orders.",
         "Reconcile the waiver register to purchase orders over £25,000 raised in 2024/25 and 2025/26 to date.",
         "Head of Procurement", D(2026, 3, 31), None, "green",
         "2024/25 reconciliation complete; 2025/26 under way."),
    ]
    r = 5
    for item in rows:
        if item[0] == "A":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(r, c).fill = fill(FILL["grey"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        ref, pri, rec, act, lead, orig, rev, status, upd = item
        vals = [ref, pri, rec, act, lead, orig, rev, None, upd]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "d mmm yyyy"
        ws.cell(r, 8).fill = fill(FILL[status])
        r += 1
    r += 1
    ws.cell(r, 1, "Summary of open recommendations").font = Font(bold=True)
    r += 1
    for lab, n, col in [("Red", 2, "red"), ("Amber", 2, "amber"), ("Green", 2, "green"),
                        ("Blue", 1, "blue"), ("Total", 7, None)]:
        ws.cell(r, 1, lab).font = Font(bold=(lab == "Total"))
        if col:
            ws.cell(r, 1).fill = fill(FILL[col])
        ws.cell(r, 2, n)
        r += 1
    widths = [8, 9, 45, 50, 30, 15, 15, 9, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "Status key (colour in the Status column)"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
            ("red", "Overdue – the original (or revised) implementation date has passed"),
            ("amber", "Revised date agreed by the Audit Committee – not yet due"),
            ("green", "Not yet due – on track"),
            ("blue", "Implemented – awaiting verification by internal audit")], start=3):
        key.cell(i, 1).fill = fill(FILL[col])
        key.cell(i, 2, txt)
    key["A9"] = "Priority: High – fundamental control weakness; Medium – significant; Low – housekeeping."
    key.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, name))

    ex = [
        dict(ref="R1", under=[A1_, rows[1][2]], action=rows[1][3], lead=["Head of Information Governance"], end="2026-03", status="amber"),
        dict(ref="R2", under=[A1_, rows[2][2]], action=rows[2][3], lead=["Chief Information Officer"], end="2025-09", status="blue"),
        dict(ref="R1", under=[A2_, rows[4][2]], action=rows[4][3], lead=["Head of Workforce Systems"], end="2025-11", status="red"),
        dict(ref="R1", under=[A3_, rows[6][2]], action=rows[6][3], lead=["General Manager – Theatres and Anaesthetics"], end="2026-02", status="amber"),
        dict(ref="R2", under=[A3_, rows[7][2]], action=rows[7][3], lead=["Theatre Manager", "Clinical Director for Anaesthetics"], end="2026-01", status="green"),
        dict(ref="R1", under=[A4_, rows[9][2]], action=rows[9][3], lead=["Deputy Director of Finance", "Head of Procurement"], end="2025-11", status="red"),
        dict(ref="R2", under=[A4_, rows[10][2]], action=rows[10][3], lead=["Head of Procurement"], end="2026-03", status="green"),
    ]
    write_yaml(
        name,
        source="""Kettering General Hospital NHS Foundation Trust, Audit Committee January 2026: tracker of open
internal audit recommendations, imitating the recommendation trackers NHS trust audit committees receive
(invented content). Copies: title block, one grey band row per audit report (report number, title and
assurance opinion), recommendation beside the agreed management action, job-title responsible officers
(two split by "/" and two by ";"), original and revised implementation dates, a Status column shown by
fill colour only (no text), a totals block under the table, and a separate Key sheet defining the colours
(Blue = implemented).""",
        reads="""A tracker of seven open internal audit recommendations grouped under four audit reports. For each,
the agreed management action is the action, read under its audit report and the recommendation it answers;
the revised implementation date replaces the original where given, and the status is the fill colour of
the Status cell as the Key sheet explains it.""",
        outcome="read", title=title, actions=ex)


# ---------------------------------------------------------------------------
# 3. Care Quality Commission - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def cqc():
    name = "yp-care-quality-commission-corporate-risk-register-2025-26.xlsx"
    title = "Care Quality Commission – Corporate Risk Register"
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "Risk profile"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=15)
    s["A2"] = "Board meeting in public, 19 November 2025 – position at the end of Q2 2025/26"
    s["A2"].font = Font(italic=True)
    hdr = ["Ref", "Risk", "Inherent score", "Current score", "Target score",
           "Movement since Q1", "Within appetite?"]
    for c, h in enumerate(hdr, 1):
        s.cell(4, c, h).font = Font(bold=True, color="FFFFFF")
        s.cell(4, c).fill = fill("5B2C6F")
        s.cell(4, c).alignment = WRAP
    R1 = "CR01 – Assessment activity and ratings backlog"
    R2 = "CR02 – Regulatory platform and provider portal"
    R3 = "CR03 – Colleague engagement and capability"
    R4 = "CR04 – Financial sustainability"
    prof = [("CR01", "We do not carry out enough assessments to give the public an up-to-date view of the quality of care.", 25, 20, 12, "↔", "No"),
            ("CR02", "The regulatory platform and provider portal do not support efficient regulatory activity.", 25, 20, 9, "↓", "No"),
            ("CR03", "Low morale and loss of experienced colleagues reduce our capacity and credibility.", 20, 16, 8, "↓", "No"),
            ("CR04", "We cannot deliver our plans within the 2025/26 budget settlement.", 16, 12, 8, "↔", "Yes")]
    for r, row in enumerate(prof, 5):
        for c, v in enumerate(row, 1):
            s.cell(r, c, v).alignment = WRAP
            s.cell(r, c).border = BOX
    s["A11"] = "Status key for mitigating actions"
    s["A11"].font = Font(bold=True)
    for i, (w, col, txt) in enumerate([
            ("Complete", "blue", "Action delivered"),
            ("On track", "green", "Expected to be delivered by the target date"),
            ("At risk", "amber", "Some slippage; delivery by the target date uncertain"),
            ("Off track", "red", "Will not be delivered by the target date without intervention")], start=12):
        s.cell(i, 1, w).fill = fill(FILL[col])
        s.cell(i, 2, txt)
    s.column_dimensions["A"].width = 12
    s.column_dimensions["B"].width = 60

    m = wb.create_sheet("Mitigating actions")
    m["A1"] = "Corporate Risk Register – mitigating actions"
    m["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Mitigating action", "Action owner", "Target date", "Revised target date",
           "Status", "Progress (October 2025)"]
    for c, h in enumerate(hdr, 1):
        m.cell(2, c, h).font = Font(bold=True, color="FFFFFF")
        m.cell(2, c).fill = fill("5B2C6F")
        m.cell(2, c).alignment = WRAP
    acts = [
        ("R", R1),
        ("CR01.1", "Recruit and onboard 260 additional operational colleagues, including 90 inspectors, by the end of the financial year.",
         "Chief Operating Officer", "Q4 2025/26", None, "On track", "171 in post or with confirmed start dates."),
        ("CR01.2", "Reintroduce sector-specific inspection teams, starting with adult social care and primary medical services.",
         "Chief Inspector of Adult Social Care and Integrated Care; Chief Inspector of Primary and Community Care",
         "Q2 2025/26", None, "Complete", "Sector teams operating from 1 September 2025."),
        ("CR01.3", "Prioritise assessments of services that have never been rated and services rated inadequate, using the revised risk model.",
         "Deputy Chief Operating Officer", "Ongoing", None, "On track", "Never-rated backlog reduced by 14% in Q2."),
        ("R", R2),
        ("CR02.1", "Fix the 40 highest-priority defects in the regulatory platform identified in the April 2025 technical review.",
         "Chief Digital Officer", D(2025, 9, 30), D(2026, 1, 31), "At risk", "26 of 40 defects resolved; supplier resource constrained."),
        ("CR02.2", "Restore provider portal functions for notifications and statutory changes, with a single support line for providers.",
         "Chief Digital Officer", "Q4 2025/26", None, "Off track", "Re-plan to be presented to the Board in January 2026."),
        ("R", R3),
        ("CR03.1", "Deliver the people plan actions from the 2025 staff survey, including a career pathway for inspectors.",
         "Chief People Officer", D(2026, 3, 31), None, "On track", "Career pathway consultation closed 10 October."),
        ("CR03.2", "Complete the restructure of operational leadership so that each sector has a named senior leader.",
         "Chief Executive", D(2025, 10, 1), None, "Complete", "All posts appointed."),
        ("R", R4),
        ("CR04.1", "Consult providers on the 2026/27 fees scheme and agree the final scheme with DHSC.",
         "Chief Finance Officer", D(2026, 2, 1), None, "On track", "Consultation launched 6 October 2025."),
        ("CR04.2", "Deliver £12m of in-year savings through vacancy management and estates rationalisation.",
         "Chief Finance Officer / Director of Corporate Services", D(2026, 3, 31), None, "At risk",
         "£7.4m identified; estates disposals slipping into 2026/27."),
    ]
    colmap = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    r = 3
    for it in acts:
        if it[0] == "R":
            m.cell(r, 1, it[1]).font = Font(bold=True)
            for c in range(1, 8):
                m.cell(r, c).fill = fill("E8DAEF")
            m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        ref, act, own, due, rev, st, prog = it
        for c, v in enumerate([ref, act, own, due, rev, st, prog], 1):
            cell = m.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        for c in (4, 5):
            v = m.cell(r, c).value
            if isinstance(v, dt.datetime):
                m.cell(r, c).number_format = "mmm-yy" if v.day == 1 else "dd/mm/yyyy"
        m.cell(r, 6).fill = fill(FILL[colmap[st]])
        r += 1
    widths = [10, 55, 40, 13, 13, 11, 45]
    for i, w in enumerate(widths):
        m.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, name))

    ex = [
        dict(ref="CR01.1", under=[R1], action=acts[1][1], lead=["Chief Operating Officer"], end="2026-03", status="green"),
        dict(ref="CR01.2", under=[R1], action=acts[2][1], lead=["Chief Inspector of Adult Social Care and Integrated Care", "Chief Inspector of Primary and Community Care"], end="2025-09", status="blue"),
        dict(ref="CR01.3", under=[R1], action=acts[3][1], lead=["Deputy Chief Operating Officer"], end=None, end_text="Ongoing", status="green"),
        dict(ref="CR02.1", under=[R2], action=acts[5][1], lead=["Chief Digital Officer"], end="2026-01", status="amber"),
        dict(ref="CR02.2", under=[R2], action=acts[6][1], lead=["Chief Digital Officer"], end="2026-03", status="red"),
        dict(ref="CR03.1", under=[R3], action=acts[8][1], lead=["Chief People Officer"], end="2026-03", status="green"),
        dict(ref="CR03.2", under=[R3], action=acts[9][1], lead=["Chief Executive"], end="2025-10", status="blue"),
        dict(ref="CR04.1", under=[R4], action=acts[11][1], lead=["Chief Finance Officer"], end="2026-02", status="green"),
        dict(ref="CR04.2", under=[R4], action=acts[12][1], lead=["Chief Finance Officer", "Director of Corporate Services"], end="2026-03", status="amber"),
    ]
    write_yaml(
        name,
        source="""Care Quality Commission (national regulator), corporate risk register as presented to a Board
meeting in public in November 2025, in the style of the risk reports national regulators and NHS bodies
put to their boards (invented content). Copies: a risk profile sheet with title block, one row per risk
with inherent/current/target scores, movement arrows and appetite, plus a status key; then a mitigating
actions sheet with a band row per risk, financial-year quarter targets (Q2/Q4 2025/26), "Ongoing", dates
shown as mmm-yy and dd/mm/yyyy, a revised target date, job-title owners (two posts split by ";" and by
"/"), and status words (Complete / On track / At risk / Off track) with matching fill.""",
        reads="""The first sheet profiles four corporate risks (scores, movement, appetite) and gives the key for
the action statuses; it holds no actions. The second sheet lists nine mitigating actions under the four
risk band rows, each with an owner, a target (revised where given) and a status word that the key maps
to blue/green/amber/red.""",
        outcome="read", title=title, actions=ex)


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


def set_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold


# ---------------------------------------------------------------------------
# 4. Kingsbury High School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def kingsbury():
    name = "yp-kingsbury-high-school-post-ofsted-action-plan.docx"
    title = "Kingsbury High School – Post-Ofsted Action Plan 2023–24"
    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph("Ofsted inspection: 7 and 8 November 2023 (report published 12 December 2023). "
                      "Overall effectiveness: Requires improvement.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Plan owner", "Headteacher"),
                 ("Approved by", "Full Governing Body, 23 January 2024"),
                 ("Monitoring", "Standards and Curriculum Committee, each half-term"),
                 ("Last reviewed", "20 May 2024")]:
        row = t.add_row().cells
        set_text(row[0], k, bold=True)
        set_text(row[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Key to staff initials: JH – Headteacher; RP – Deputy Headteacher (Quality of "
                      "Education); SA – Assistant Headteacher (Curriculum); LM – SENDCo; KO – Assistant "
                      "Headteacher (Behaviour and Attendance); DB – Attendance Officer.")
    doc.add_paragraph("RAG: B = complete; G = on track; A = some slippage; R = not on track.")

    P1 = "Priority 1: Curriculum in key stage 3"
    P2 = "Priority 2: Adaptive teaching for pupils with SEND"
    P3 = "Priority 3: Attendance and persistent absence"
    AF1 = ("Leaders should ensure that the key stage 3 curriculum in foundation subjects sets out the "
           "important knowledge pupils need to learn and the order in which they should learn it.")
    AF2 = ("Leaders should ensure that teachers adapt their teaching so that pupils with special "
           "educational needs and/or disabilities (SEND) can access the same ambitious curriculum as "
           "their peers.")
    AF3 = ("Leaders should continue to take effective action to reduce the proportion of pupils who "
           "are persistently absent, particularly disadvantaged pupils.")
    pri = [
        (P1, AF1, [
            ("1.1", "Subject leaders to rewrite the key stage 3 curriculum maps in history, geography and RE, setting out the core knowledge taught each half-term and the order in which it builds.",
             "SA", "Spring term 2024", "Revised maps in place and seen in lessons and books.", "B", "00B0F0"),
            ("1.2", "Train all subject leaders in curriculum sequencing and retrieval practice through three twilight sessions.",
             "SA/RP", "January – March 2024", "All subject leaders attend; sequencing evident in schemes of work.", "B", "00B0F0"),
            ("1.3", "Carry out subject reviews (learning walks, book looks and pupil voice) in each foundation subject and report findings to the Standards and Curriculum Committee.",
             "RP", "Termly", "Reviews show pupils remember more of the intended curriculum.", "G", "00B050"),
        ]),
        (P2, AF2, [
            ("2.1", "Introduce one-page learner profiles for all pupils on the SEND register, shared with staff through the MIS, and check their use in lessons during learning walks.",
             "LM", "Summer term 2024", "Profiles for 100% of SEND pupils; used in 80% of lessons visited.", "A", "FFC000"),
            ("2.2", "Deliver a CPD programme on adaptive teaching (scaffolding, chunking and modelling) for all teaching staff, with follow-up coaching for teachers identified through lesson visits.",
             "LM, RP", "February 2024 – July 2024", "Adaptive strategies seen consistently; SEND pupils' outcomes improve.", "G", "00B050"),
        ]),
        (P3, AF3, [
            ("3.1", "Appoint a second attendance officer and introduce first-day calling and a home visit on the third consecutive day of absence.",
             "KO & DB", "By 29 February 2024", "Officer in post; home visits logged on the MIS.", "B", "00B0F0"),
            ("3.2", "Meet families of persistently absent pupils fortnightly to agree individual attendance plans, referring to the local authority where there is no improvement.",
             "KO", "Autumn term 2024", "Persistent absence below 18% overall and below 25% for disadvantaged pupils.", "A", "FFC000"),
        ]),
    ]
    hdr = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG (May 2024)"]
    for heading, afi, rows in pri:
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        top = tb.rows[0].cells
        merged = top[0].merge(top[5])
        set_text(merged, afi)
        merged.paragraphs[0].runs[0].italic = True
        shade(merged, "F2F2F2")
        for c, h in enumerate(hdr):
            set_text(tb.rows[1].cells[c], h, bold=True)
            shade(tb.rows[1].cells[c], "D9E2F3")
        for ref, act, lead, when, sc, rag, col in rows:
            cells = tb.add_row().cells
            for c, v in enumerate([ref, act, lead, when, sc, rag]):
                set_text(cells[c], v)
            shade(cells[5], col)
        doc.add_paragraph("")
    doc.add_paragraph("Signed off:")
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for c, h in enumerate(["Role", "Name", "Date"]):
        set_text(so.rows[0].cells[c], h, bold=True)
    for r, (a, b, cdate) in enumerate([("Headteacher", "J. Hammond", "23/01/2024"),
                                       ("Chair of Governors", "Cllr M. Patel", "23/01/2024")], 1):
        set_text(so.rows[r].cells[0], a)
        set_text(so.rows[r].cells[1], b)
        set_text(so.rows[r].cells[2], cdate)
    doc.save(os.path.join(HERE, name))

    p1, p2, p3 = pri[0][2], pri[1][2], pri[2][2]
    ex = [
        dict(ref="1.1", under=[P1, AF1], action=p1[0][1], lead=["SA"], end="2024-03", status="blue"),
        dict(ref="1.2", under=[P1, AF1], action=p1[1][1], lead=["SA", "RP"], end="2024-03", status="blue"),
        dict(ref="1.3", under=[P1, AF1], action=p1[2][1], lead=["RP"], end=None, end_text="Termly", status="green"),
        dict(ref="2.1", under=[P2, AF2], action=p2[0][1], lead=["LM"], end="2024-07", status="amber"),
        dict(ref="2.2", under=[P2, AF2], action=p2[1][1], lead=["LM", "RP"], end="2024-07", status="green"),
        dict(ref="3.1", under=[P3, AF3], action=p3[0][1], lead=["KO", "DB"], end="2024-02", status="blue"),
        dict(ref="3.2", under=[P3, AF3], action=p3[1][1], lead=["KO"], end="2024-12", status="amber"),
    ]
    write_yaml(
        name,
        source="""Kingsbury High School (secondary school, London Borough of Brent), post-Ofsted action plan
2023-24 of the kind schools publish after a "requires improvement" section 5 inspection (invented
content). Copies: title heading and inspection line, a plan-information table, a key to staff initials
and a RAG key, then one Word table per priority with the Ofsted improvement point as a merged italic
first row, columns Ref / Action / Lead / Timescale / Success criteria / RAG, staff initials as leads
("SA/RP", "LM, RP", "KO & DB"), school-term timescales, "Termly", a date range, "By 29 February 2024",
RAG letters on shaded cells, and a sign-off table at the end.""",
        reads="""A school's post-inspection plan with three priorities, each a heading followed by a table whose
first row quotes what Ofsted said the school should do; seven numbered actions sit under them with the
leads' initials, a timescale and a RAG letter (B = complete). The plan-information and sign-off tables
are not part of the plan.""",
        outcome="read", title=title, actions=ex)


# ---------------------------------------------------------------------------
# 5. Riverside Medical Practice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def riverside():
    name = "yp-riverside-medical-practice-cqc-inspection-action-plan.docx"
    title = "Riverside Medical Practice – CQC Inspection Action Plan"
    doc = Document()
    p = doc.add_paragraph()
    run = p.add_run(title)
    run.bold = True
    run.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Inspection date: 11 June 2024 | Report published: 29 July 2024 | "
                      "Overall rating: Requires improvement")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Provider", "Riverside Medical Practice (partnership)"),
                 ("Registered manager", "Dr Anil Mehta"),
                 ("Action plan prepared by", "Sarah Coles, Practice Manager"),
                 ("Date submitted to CQC", "12 August 2024"),
                 ("Progress updated", "2 December 2024")]:
        row = t.add_row().cells
        set_text(row[0], k, bold=True)
        set_text(row[1], v)

    H1 = "Requirement notice 1 – Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment"
    H2 = "Requirement notice 2 – Regulation 17 HSCA (RA) Regulations 2014: Good governance"
    H3 = "Areas where the practice should make improvements"
    IA = ("Patients prescribed high-risk medicines (methotrexate, lithium and DOACs) had not all "
          "received the required monitoring before prescriptions were issued.")
    IB = "Medicines and patient safety alerts (MHRA) were not consistently acted on."
    IC = "Systems to monitor staff training and recruitment checks were not effective."
    S1 = "Continue to improve the uptake of cervical screening."
    S2 = "Take action to improve patient satisfaction with telephone access."
    hdr = ["What CQC found", "Action we will take", "Responsible person", "Completion date",
           "Progress / status"]

    def must_table(heading, groups):
        doc.add_paragraph("")
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_text(tb.rows[0].cells[c], h, bold=True)
            shade(tb.rows[0].cells[c], "C5E0B3")
        for issue, acts in groups:
            first = len(tb.rows)
            for i, (act, lead, when, status) in enumerate(acts):
                cells = tb.add_row().cells
                set_text(cells[0], issue if i == 0 else "")
                set_text(cells[1], act)
                set_text(cells[2], lead)
                set_text(cells[3], when)
                set_text(cells[4], status)
            if len(acts) > 1:
                top = tb.cell(first, 0)
                top.merge(tb.cell(first + len(acts) - 1, 0))
        return tb

    gA = [("Run weekly searches for patients on high-risk medicines and add a monitoring alert to each record; no prescription to be issued until monitoring is in date.",
           "Dr Priya Nair (Prescribing Lead) and Tom Hughes (Clinical Pharmacist)", "31/08/2024", "Complete"),
          ("Complete a clinical audit of DOAC prescribing, with a re-audit three months later to confirm improvement.",
           "Tom Hughes (Clinical Pharmacist)", "January 2025", "On track")]
    gB = [("Set up a shared safety alerts log recording each alert, the searches run, the action taken and the clinician signing it off, reviewed at the monthly clinical meeting.",
           "Sarah Coles (Practice Manager)", "End of September 2024", "Complete")]
    gC = [("Build a training matrix covering safeguarding, infection prevention and control, basic life support and sepsis awareness, reviewed monthly.",
           "Practice Manager", "30/09/2024", "Complete"),
          ("Audit all staff files against Schedule 3 and obtain any missing DBS checks and immunisation records.",
           "Practice Manager / HR Administrator", "31/10/2024\nRevised: 31/01/2025", "On track")]
    must_table(H1, [(IA, gA), (IB, gB)])
    must_table(H2, [(IC, gC)])

    doc.add_paragraph("")
    doc.add_heading(H3, level=2)
    sh = [(S1, "Offer extended-hours and Saturday cervical screening clinics and send text reminders to patients who are overdue, with uptake reviewed quarterly.",
           "Nurse Manager", "March 2025", "On track"),
          (S2, "Move to a cloud-based telephone system with call-back and queue position, and publish monthly call-answering data in the waiting room and on the website.",
           "Sarah Coles (Practice Manager) and Dr Anil Mehta (Senior Partner)", "Q4 2024/25", "Not started")]
    tb = doc.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    for c, h in enumerate(["Should do", "Action", "Lead", "By when", "Status"]):
        set_text(tb.rows[0].cells[c], h, bold=True)
        shade(tb.rows[0].cells[c], "C5E0B3")
    for row in sh:
        cells = tb.add_row().cells
        for c, v in enumerate(row):
            set_text(cells[c], v)
    doc.add_paragraph("")
    doc.add_paragraph("This action plan is reviewed at the monthly partners' meeting and shared with "
                      "the Patient Participation Group.")
    doc.save(os.path.join(HERE, name))

    ex = [
        dict(ref=None, under=[H1, IA], action=gA[0][0], lead=["Dr Priya Nair (Prescribing Lead)", "Tom Hughes (Clinical Pharmacist)"], end="2024-08", status="blue"),
        dict(ref=None, under=[H1, IA], action=gA[1][0], lead=["Tom Hughes (Clinical Pharmacist)"], end="2025-01", status="green"),
        dict(ref=None, under=[H1, IB], action=gB[0][0], lead=["Sarah Coles (Practice Manager)"], end="2024-09", status="blue"),
        dict(ref=None, under=[H2, IC], action=gC[0][0], lead=["Practice Manager"], end="2024-09", status="blue"),
        dict(ref=None, under=[H2, IC], action=gC[1][0], lead=["Practice Manager", "HR Administrator"], end="2025-01", status="green"),
        dict(ref=None, under=[H3, S1], action=sh[0][1], lead=["Nurse Manager"], end="2025-03", status="green"),
        dict(ref=None, under=[H3, S2], action=sh[1][1], lead=["Sarah Coles (Practice Manager)", "Dr Anil Mehta (Senior Partner)"], end="2025-03", status="unrated"),
    ]
    write_yaml(
        name,
        source="""Riverside Medical Practice (GP practice, England), action plan sent to CQC after a June 2024
inspection rated "requires improvement", of the kind GP practices submit against requirement notices
and publish for their patient participation group (invented content). Copies: bold title line and
inspection line, a practice-details table, one table per requirement notice (Regulation 12, Regulation
17) under its heading with the CQC finding merged down beside its actions, a "should do" table, named
leads with roles in brackets joined by "and", a completion cell holding an original and a revised date,
"End of September 2024", "Q4 2024/25", status words (Complete / On track / Not started) and a closing
notes line. No action references.""",
        reads="""A GP practice's CQC action plan: two requirement notices, each a heading with a table of what CQC
found and the actions taken in response, then a table of should-do improvements with an action for each.
Seven unnumbered actions in all, each with a responsible person, a completion date (the revised one where
two are given) and a status word.""",
        outcome="read", title=title, actions=ex)


# ---------------------------------------------------------------------------
# 6. Lancashire PCC - strategic scrutiny meeting action log (csv, refuse)
# ---------------------------------------------------------------------------
def lancashire():
    name = "yp-lancashire-pcc-strategic-scrutiny-meeting-action-log-typo-month-refuse.csv"
    title = "Strategic Scrutiny Meeting - Action Log"
    rows = [
        ["Office of the Police and Crime Commissioner for Lancashire", "", "", "", "", "", "", ""],
        [title, "", "", "", "", "", "", ""],
        ["Updated: 14 March 2025", "", "", "", "", "", "", ""],
        ["Action ref", "Meeting date", "Agenda item", "Action", "Owner", "Due date", "Status", "Update"],
        ["SSM/24/09-01", "12/09/2024", "Item 2 – Performance Report",
         "Provide a breakdown of 999 call abandonment rates by hour of day for July and August 2024.",
         "ACC Local Policing", "October 2024", "Complete", "Circulated to the PCC on 8 October 2024."],
        ["SSM/24/09-02", "12/09/2024", "Item 3 – Contact Management",
         "Report on the impact of the online reporting portal on 101 call volumes.",
         "Head of Contact Management", "December 2024", "Complete",
         "Included in the December Contact Management report."],
        ["SSM/24/09-03", "12/09/2024", "Item 4 – HMICFRS PEEL update",
         "Share the force's updated PEEL improvement plan with the OPCC, showing revised dates for each area for improvement.",
         "DCC", "November 2024", "Complete", ""],
        ["SSM/24/12-01", "05/12/2024", "Item 2 – Performance Report",
         "Set out the force's plan to reduce the backlog of digital devices awaiting examination.",
         "ACC Crime", "March 2025", "Open", "Verbal update at March meeting; written report to follow."],
        ["SSM/24/12-02", "05/12/2024", "Item 5 – Rural Crime",
         "Provide rural crime outcome data by district, including theft of farm machinery and livestock offences.",
         "Chief Inspector, Rural Task Force", "January 2025", "Complete", ""],
        ["SSM/24/12-03", "05/12/2024", "Item 6 – Stop and Search",
         "Present the findings of the external scrutiny panel's review of body-worn video footage of stop and search encounters.",
         "ACC Local Policing / OPCC Head of Policy", "Febuary 2025", "Open",
         "Panel review delayed; now scheduled for 27 March 2025."],
        ["SSM/25/03-01", "06/03/2025", "Item 3 – Violence Against Women and Girls",
         "Provide an update on domestic abuse arrest rates since the introduction of DA Matters training.",
         "ACC Crime", "June 2025", "Open", ""],
        ["SSM/25/03-02", "06/03/2025", "Item 4 – Professional Standards",
         "Report timeliness of complaint reviews handled by the OPCC against the 12-week target.",
         "Chief of Staff", "June 2025", "Open", ""],
    ]
    path = os.path.join(HERE, name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    bad = next(i for i, l in enumerate(lines, 1) if "Febuary" in l)
    write_yaml(
        name,
        source="""Office of the Police and Crime Commissioner for Lancashire, action log of the Commissioner's
Strategic Scrutiny Meetings with the Chief Constable (the PCC publishes these meetings' agendas, notes and
reports), exported to CSV in March 2025 (invented content). Copies: three title/notes lines above the
header, action refs by meeting, meeting date, agenda item, post-title owners (ACC, DCC, Chief of Staff,
two owners split by "/"), due month written as words, status and update columns.""",
        reads=f"""An action log of eight actions from three scrutiny meetings, each with an owner, a due month in
words and a status. The due date of SSM/24/12-03 on line {bad} reads "Febuary 2025", a mistyped month; a
careful reader would stop and ask what month was meant before reading the log.""",
        outcome="refuse", title=title, refuse_at=bad)
    return bad


# ---------------------------------------------------------------------------
# 7. Ashwood Court Care Home - CQC quality improvement plan (txt, tab-separated)
# ---------------------------------------------------------------------------
def ashwood():
    name = "yp-ashwood-court-care-home-cqc-quality-improvement-plan.txt"
    title = ("Ashwood Court Care Home – Quality Improvement Plan following CQC inspection "
             "3 and 4 September 2024")
    FA = ("Risks to people from falls were not always assessed and care plans were not updated "
          "after falls.")
    FB = ("Medicines were not always managed safely: PRN protocols were missing and medicine fridge "
          "temperatures were not recorded daily.")
    FC = ("The provider was not working within the principles of the Mental Capacity Act 2005; "
          "capacity assessments were generic.")
    FD = "Staff had not received training in dysphagia and modified diets."
    FE = "Quality assurance audits had not identified the shortfalls found at inspection."
    FF = "The provider had not notified CQC of two safeguarding incidents as required."
    rows = [
        ("1", "Safe", FA, "Review the falls risk assessments of all 38 residents and update care plans within 48 hours of any fall.",
         "Deputy Manager", "31/10/2024", "B", "All reviews completed 24/10/2024; checked in monthly care plan audit."),
        ("2", "Safe", "", "Introduce a post-falls huddle and a monthly falls analysis reported to the Regional Director.",
         "Home Manager / Clinical Lead", "w/c 11/11/2024", "G", "Huddle form agreed; first monthly analysis due in November."),
        ("3", "Safe", FB, "Put PRN protocols in place for every ‘as required’ medicine and add fridge temperature checks to the daily nurse handover sheet.",
         "Clinical Lead", "30/09/2024", "B", "Pharmacy audit 17/10/2024 found no gaps."),
        ("4", "Effective", FC, "Complete decision-specific mental capacity assessments and best-interest records for people with bedrails and covert medication.",
         "Home Manager", "30/11/2024", "A", "14 of 22 completed – GP input awaited for covert medication."),
        ("5", "Effective", FD, "Arrange IDDSI training for all care and kitchen staff with the community speech and language therapy team.",
         "Training Coordinator", "December 2024", "G", "Two sessions booked for 3 and 10 December."),
        ("6", "Well-led", FE, "Revise the audit schedule and introduce a monthly provider quality visit with a written report and action tracker.",
         "Regional Director", "Ongoing – monthly", "G", "Visits held 25/09 and 29/10."),
        ("7", "Well-led", FF, "Refresh notifications training for the management team and add a notifications check to the weekly manager report.",
         "HM & DM", "15/10/2024", "R", "Training cancelled twice by the provider; rebooked for 26/11/2024."),
    ]
    lines = [
        title,
        "Provider: Ashwood Healthcare Ltd\tRegistered manager: Joanne Pryce\tLast updated: 18/11/2024",
        "",
        "\t".join(["No.", "Key question", "CQC finding", "Action required", "Responsible",
                   "Target date", "RAG", "Comments / evidence"]),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["",
              "Key: B = completed and embedded; G = on track; A = some delay; R = overdue.",
              "HM = Home Manager; DM = Deputy Manager. Plan shared with the local authority quality team monthly."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    ex = [
        dict(ref="1", under=["Safe", FA], action=rows[0][3], lead=["Deputy Manager"], end="2024-10", status="blue"),
        dict(ref="2", under=["Safe", FA], action=rows[1][3], lead=["Home Manager", "Clinical Lead"], end="2024-11", status="green"),
        dict(ref="3", under=["Safe", FB], action=rows[2][3], lead=["Clinical Lead"], end="2024-09", status="blue"),
        dict(ref="4", under=["Effective", FC], action=rows[3][3], lead=["Home Manager"], end="2024-11", status="amber"),
        dict(ref="5", under=["Effective", FD], action=rows[4][3], lead=["Training Coordinator"], end="2024-12", status="green"),
        dict(ref="6", under=["Well-led", FE], action=rows[5][3], lead=["Regional Director"], end=None, end_text="Ongoing – monthly", status="green"),
        dict(ref="7", under=["Well-led", FF], action=rows[6][3], lead=["HM", "DM"], end="2024-10", status="red"),
    ]
    assert [rag[r[6]] for r in rows] == [e["status"] for e in ex]
    write_yaml(
        name,
        source="""Ashwood Court Care Home (care home for older people, England), quality improvement plan after a
September 2024 CQC inspection, as exported tab-separated from a care group's quality system (invented
content). Copies: title line, a provider / registered manager / last-updated line, a header row with the
CQC key question and finding beside each action, a finding left blank on the second of two actions that
answer it, job-title leads (two split by "/", initials joined by "&"), dd/mm/yyyy and "w/c" target dates,
"Ongoing – monthly", RAG letters, and a key and abbreviations lines at the foot.""",
        reads="""A care home's plan of seven numbered actions answering CQC findings under the Safe, Effective and
Well-led key questions; action 2 has no finding of its own and reads under the falls finding above it.
Each action has a responsible post, a target date and a RAG letter explained by the key at the bottom
(B = completed).""",
        outcome="read", title=title, actions=ex)


if __name__ == "__main__":
    irwell()
    kettering()
    cqc()
    kingsbury()
    riverside()
    bad = lancashire()
    ashwood()
    print("built; csv typo on line", bad)
