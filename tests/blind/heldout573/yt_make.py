#!/usr/bin/env python3
"""Build the seven `yt-` blind test files of set heldout573.

Run with the project's Python (openpyxl + python-docx):
    /work/main/.venv/bin/python yt_make.py          # data files only
    /work/main/.venv/bin/python yt_make.py --yaml   # data files and NAME.expected.yaml

Every body named here is an English public body outside local government; the plan
content (actions, people, dates, progress) is invented but laid out the way such
bodies lay out these documents.
"""
import csv
import datetime as dt
import os
import sys

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
GREY, LIGHT = "D9D9D9", "DDEBF7"


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hex_):
    return PatternFill("solid", fgColor=hex_)


def put(ws, ref, value, bold=False, size=None, wrap=True, fill_=None, fmt=None, border=True):
    c = ws[ref]
    c.value = value
    if bold or size:
        c.font = Font(bold=bold, size=size or 11)
    c.alignment = Alignment(wrap_text=wrap, vertical="top")
    if fill_:
        c.fill = fill(fill_)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# =============================================================================
# 1. West Midlands Fire Service - internal audit recommendations tracker (xlsx)
# =============================================================================
WMFS_FILE = "yt-west-midlands-fire-service-internal-audit-recommendations-tracker.xlsx"
WMFS_TITLE = "West Midlands Fire and Rescue Authority – Internal Audit Recommendations Tracker"

WMFS_AUDITS = [
    ("1. Payroll 2024/25 – Limited assurance", [
        dict(ref="PY-01", pri="High",
             rec="Starters, leavers and changes to pay should be authorised by a budget holder before they are processed, and evidence of the authorisation retained.",
             act="Introduce a mandatory authorisation step in the iTrent self-service workflow so that all starter, leaver and contractual change forms are approved by the budget holder before payroll input. Approved forms to be retained in the employee e-file.",
             lead_cell="Payroll Manager", lead=["Payroll Manager"],
             orig=D(2025, 7, 31), rev=None,
             upd="Workflow live from 1 August 2025. Sample of 25 changes tested by Audit Services in December 2025 – all authorised.",
             rag="B", end="2025-07", status="blue"),
        dict(ref="PY-02", pri="Medium",
             rec="Monthly payroll exception reports should be reviewed and signed off by an officer independent of the input process.",
             act="Payroll Manager to produce the exception report each month and the Finance Business Partner (Payroll) to review it, query variances over £500 and sign it off before BACS submission.\nReview to be evidenced in the payroll control log.",
             lead_cell="Head of Finance / Payroll Manager", lead=["Head of Finance", "Payroll Manager"],
             orig=D(2025, 9, 30), rev=D(2026, 3, 31),
             upd="Exception report produced since October 2025. Independent sign-off delayed by a vacancy in the Finance Business Partner post; interim cover from Strategic Finance agreed.",
             rag="A", end="2026-03", status="amber"),
    ]),
    ("2. Fleet Maintenance Contract 2024/25 – Reasonable assurance", [
        dict(ref="FL-01", pri="Medium",
             rec="The Service should obtain and review the contractor’s monthly key performance indicator (KPI) data as required by the contract.",
             act="Add contract KPI data to the agenda of the monthly fleet contract meeting and record review and challenge in the minutes.",
             lead_cell="Fleet and Engineering Manager", lead=["Fleet and Engineering Manager"],
             orig=D(2025, 10, 31), rev=None,
             upd="KPI pack received and reviewed at the October, November and December meetings. Three months of evidence to be passed to Audit Services before closure.",
             rag="G", end="2025-10", status="green"),
        dict(ref="FL-02", pri="Low",
             rec="Vehicle defect records should be reconciled to the workshop job system so that every reported defect is shown as closed or scheduled.",
             act="Complete a one-off reconciliation of open defect records and introduce a quarterly reconciliation thereafter.",
             lead_cell="Fleet and Engineering Manager; Transport Workshop Supervisor",
             lead=["Fleet and Engineering Manager", "Transport Workshop Supervisor"],
             orig=D(2025, 12, 31), rev=D(2026, 4, 30),
             upd="One-off reconciliation 80% complete. Revised date agreed with Audit Services because of the migration to the new fleet system.",
             rag="A", end="2026-04", status="amber"),
    ]),
    ("3. Cyber Security: Patch and Vulnerability Management 2025/26 – Limited assurance", [
        dict(ref="CY-01", pri="High",
             rec="Critical and high-severity security patches should be applied within the timescales in the Patch Management Policy (14 days for critical patches), with any exceptions risk-accepted and recorded.",
             act="Implement automated patch deployment for all Windows servers and end-user devices through Microsoft Intune and report compliance monthly to the Information Governance Board.",
             lead_cell="Head of ICT", lead=["Head of ICT"],
             orig=D(2025, 11, 30), rev=D(2026, 2, 28),
             upd="Intune deployment complete for end-user devices. Server patching automation in test; two legacy servers at Fire Control need supplier input.",
             rag="R", end="2026-02", status="red"),
        dict(ref="CY-02a", pri="Medium",
             rec="Unsupported operating systems and applications should be identified, recorded on the ICT risk register and removed or isolated from the network.",
             act="Produce a full register of unsupported software and operating systems from the configuration management database.",
             lead_cell="ICT Security Manager", lead=["ICT Security Manager"],
             orig=D(2025, 10, 31), rev=None,
             upd="Register produced and reviewed by the ICT Senior Management Team on 4 November 2025.",
             rag="B", end="2025-10", status="blue"),
        dict(ref="CY-02b", pri=None, rec=None,  # merged with the row above
             act="Agree a removal or isolation plan for each unsupported item; any item that cannot be removed to be added to the ICT risk register.",
             lead_cell="ICT Security Manager / Information Governance Manager",
             lead=["ICT Security Manager", "Information Governance Manager"],
             orig=D(2026, 1, 31), rev=D(2026, 5, 31),
             upd="Plan agreed for 41 of 47 items. The remaining six relate to operational mobilising equipment and depend on the national programme.",
             rag="A", end="2026-05", status="amber"),
    ]),
    ("4. Pre-employment and DBS Checks 2025/26 – Reasonable assurance", [
        dict(ref="SG-01", pri="Medium",
             rec="Evidence of DBS checks for staff in roles that require a check should be held centrally and renewal dates monitored.",
             act="Move DBS certificate details and renewal dates into the People system and set automated three-yearly renewal reminders.",
             lead_cell="People Support Services Manager", lead=["People Support Services Manager"],
             orig=D(2026, 3, 31), rev=None,
             upd="Data migration under way; reminders to be configured in February 2026.",
             rag="G", end="2026-03", status="green"),
        dict(ref="SG-02", pri="Low",
             rec="The recruitment checklist should be updated to include confirmation of the right to work in the UK.",
             act="Update the recruitment checklist and issue it to all recruiting managers.",
             lead_cell="Head of People Support Services", lead=["Head of People Support Services"],
             orig=D(2025, 9, 30), rev=None,
             upd="Checklist updated and issued on 12 September 2025.",
             rag="B", end="2025-09", status="blue"),
    ]),
]
RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def build_wmfs():
    wb = openpyxl.Workbook()
    # --- Summary sheet
    ws = wb.active
    ws.title = "Summary"
    widths(ws, [62, 12, 12, 12, 12, 12])
    put(ws, "A1", WMFS_TITLE, bold=True, size=14, border=False)
    put(ws, "A2", "Audit and Risk Committee, 9 March 2026 – summary by audit, position as at 31 January 2026", border=False)
    hdr = ["Audit", "Blue", "Green", "Amber", "Red", "Total"]
    for i, h in enumerate(hdr):
        put(ws, f"{get_column_letter(i + 1)}4", h, bold=True, fill_=GREY)
    r = 5
    tot = {k: 0 for k in "BGAR"}
    for band, rows in WMFS_AUDITS:
        counts = {k: sum(1 for x in rows if x["rag"] == k) for k in "BGAR"}
        put(ws, f"A{r}", band.split(". ", 1)[1].rsplit(" – ", 1)[0])
        for j, k in enumerate("BGAR"):
            put(ws, f"{get_column_letter(j + 2)}{r}", counts[k])
            tot[k] += counts[k]
        put(ws, f"F{r}", len(rows))
        r += 1
    put(ws, f"A{r}", "Total", bold=True)
    for j, k in enumerate("BGAR"):
        put(ws, f"{get_column_letter(j + 2)}{r}", tot[k], bold=True)
    put(ws, f"F{r}", sum(tot.values()), bold=True)
    put(ws, f"A{r + 2}", "Recommendations reported as implemented (Blue) at this Committee will be removed from the next tracker.", border=False)

    # --- Tracker sheet
    ws = wb.create_sheet("Tracker")
    widths(ws, [9, 9, 44, 52, 26, 13, 13, 46, 7])
    ws.merge_cells("A1:I1")
    put(ws, "A1", WMFS_TITLE, bold=True, size=14, border=False)
    ws.merge_cells("A2:I2")
    put(ws, "A2", "Audit and Risk Committee, 9 March 2026 – position as at 31 January 2026", border=False)
    ws.merge_cells("A3:I3")
    put(ws, "A3", "Only recommendations open at the last Committee, or raised since, are shown. Priority and RAG definitions are on the ‘Key’ sheet.", border=False)
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
           "Original target date", "Revised target date", "Progress update (January 2026)", "RAG"]
    for i, h in enumerate(hdr):
        put(ws, f"{get_column_letter(i + 1)}5", h, bold=True, fill_=GREY)
    r = 6
    for band, rows in WMFS_AUDITS:
        ws.merge_cells(f"A{r}:I{r}")
        put(ws, f"A{r}", band, bold=True, fill_=LIGHT)
        r += 1
        for x in rows:
            put(ws, f"A{r}", x["ref"])
            if x["rec"] is not None:
                put(ws, f"B{r}", x["pri"])
                put(ws, f"C{r}", x["rec"])
            put(ws, f"D{r}", x["act"])
            put(ws, f"E{r}", x["lead_cell"])
            put(ws, f"F{r}", x["orig"], fmt="dd/mm/yyyy")
            put(ws, f"G{r}", x["rev"], fmt="dd/mm/yyyy")
            put(ws, f"H{r}", x["upd"])
            put(ws, f"I{r}", x["rag"], bold=True, fill_=RAG_FILL[x["rag"]])
            ws[f"I{r}"].alignment = Alignment(horizontal="center", vertical="top")
            if x["rec"] is None:  # second action under the same recommendation
                ws.merge_cells(f"B{r - 1}:B{r}")
                ws.merge_cells(f"C{r - 1}:C{r}")
            r += 1
    ws.freeze_panes = "A6"

    # --- Key sheet
    ws = wb.create_sheet("Key")
    widths(ws, [14, 90])
    put(ws, "A1", "Priority", bold=True, fill_=GREY)
    put(ws, "B1", "Definition", bold=True, fill_=GREY)
    pri = [("High", "Fundamental weakness in control; action required within three months."),
           ("Medium", "Significant weakness; action required within six months."),
           ("Low", "Improvement to control or efficiency; action required within twelve months.")]
    for i, (a, b) in enumerate(pri, start=2):
        put(ws, f"A{i}", a)
        put(ws, f"B{i}", b)
    put(ws, "A6", "RAG", bold=True, fill_=GREY)
    put(ws, "B6", "Definition", bold=True, fill_=GREY)
    keys = [("B", "Implemented – evidence verified by Audit Services", BLUE),
            ("G", "On target to be implemented by the original target date", GREEN),
            ("A", "Revised target date agreed with Audit Services", AMBER),
            ("R", "Overdue, or at risk of missing the revised target date", RED)]
    for i, (a, b, f) in enumerate(keys, start=7):
        put(ws, f"A{i}", a, bold=True, fill_=f)
        put(ws, f"B{i}", b)
    wb.save(os.path.join(HERE, WMFS_FILE))


def wmfs_expected():
    acts = []
    for band, rows in WMFS_AUDITS:
        last_rec = None
        for x in rows:
            rec = x["rec"] if x["rec"] is not None else last_rec
            last_rec = rec
            acts.append(dict(ref=x["ref"], under=[band, rec], action=x["act"], lead=x["lead"],
                             end=x["end"], status=x["status"]))
    return dict(
        source=("Imitates the internal audit recommendations trackers that English fire and rescue authorities "
                "take to their audit committees (e.g. West Midlands Fire and Rescue Authority's Audit and Risk "
                "Committee papers, and the Devon & Somerset, Lancashire and Cheshire audit committee follow-up "
                "reports found in search). Content invented. Copied features: title and committee/position lines, "
                "a Summary sheet with counts by audit and a totals row placed before the tracker, audit-title band "
                "rows (numbered, with the assurance opinion), priority, recommendation text beside the agreed "
                "management action, one recommendation split into two actions (a/b) with the recommendation and "
                "priority cells merged vertically, responsible officers as job titles (two posts with '/' or ';'), "
                "original and revised target dates as real dates, a progress column, RAG letters with fill colour, "
                "and a separate Key sheet defining priorities and RAG (B = implemented)."),
        reads=("Sheet 'Tracker' lists nine agreed management actions under four audit bands; each answers the "
               "recommendation beside it (CY-02a and CY-02b share one merged recommendation). The end is the revised "
               "target date where one is given, otherwise the original; RAG is the letter (B = implemented). The "
               "Summary and Key sheets hold no actions."),
        outcome="read", accept_refusal=False, title=WMFS_TITLE, actions=acts)


# =============================================================================
# 2. Avon and Wiltshire Mental Health Partnership NHS Trust - CQC QIP (xlsx)
# =============================================================================
AWP_FILE = "yt-avon-wiltshire-mental-health-partnership-cqc-quality-improvement-plan.xlsx"
AWP_TITLE = "CQC Quality Improvement Plan 2025/26"
# fill per status-key: red / amber / green (= complete) / blue (= complete and assured) / none
AWP_KEY_FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE, None: None}
AWP_KEY_READ = {"red": "red", "amber": "amber", "green": "blue", "blue": "blue", None: "unrated"}

AWP_SHEETS = [
    ("Acute & PICU",
     "Acute wards for adults of working age and psychiatric intensive care units",
     "Executive lead: Chief Nursing Officer | Clinical lead: Associate Director of Nursing, Inpatient Services",
     [
         ("The trust must ensure that patients’ physical health observations are completed and escalated in line with the National Early Warning Score (NEWS2) policy on all acute wards and PICUs. (Regulation 12)", [
             dict(ref="AP-MD1.1",
                  act="Re-launch NEWS2 training for all registered nurses and healthcare assistants on acute wards and PICUs, with completion reported weekly to ward managers.",
                  lead_cell="Physical Health Lead Nurse", lead=["Physical Health Lead Nurse"],
                  due=D(2025, 8, 31), fmt="dd/mm/yyyy", end="2025-08",
                  ev="Training compliance report (ESR) – 94% at 31/08/2025.",
                  upd="Training compliance sustained above 90% for three months. Evidence accepted by CQC Assurance Group 16/10/2025.",
                  fill="blue"),
             dict(ref="AP-MD1.2",
                  act="Introduce a monthly NEWS2 audit of 10 patient records per ward, with results reviewed at the Inpatient Quality and Safety meeting.",
                  lead_cell="Modern Matron, Acute / Ward Managers", lead=["Modern Matron, Acute", "Ward Managers"],
                  due="Sept 2025", fmt=None, end="2025-09",
                  ev="Audit tool on Tendable; monthly results in IQS minutes.",
                  upd="Audit running on all wards since September. Evidence to be submitted to the November Assurance Group.",
                  fill="green"),
         ]),
         ("The trust must ensure that ligature risk assessments are reviewed and updated following any change to the ward environment. (Regulation 15)", [
             dict(ref="AP-MD2.1",
                  act="Update the ligature risk assessment procedure to require a review within 72 hours of any estates work or change to ward layout, and brief all ward managers.",
                  lead_cell="Head of Health, Safety and Security", lead=["Head of Health, Safety and Security"],
                  due=D(2025, 10, 31), fmt="dd/mm/yyyy", end="2025-10",
                  ev="Revised procedure; briefing attendance record.",
                  upd="Procedure approved at Health and Safety Committee; briefings for two wards still to be held.",
                  fill="amber"),
         ]),
         ("The trust should ensure that patients are offered a copy of their care plan and that this is recorded. (Regulation 9)", [
             dict(ref="AP-SD1.1",
                  act="Add a mandatory ‘copy of care plan offered’ field to the RiO care plan form.",
                  lead_cell="Clinical Systems Manager", lead=["Clinical Systems Manager"],
                  due="Q4 2025/26", fmt=None, end="2026-03",
                  ev="RiO change request and go-live note.",
                  upd="Change request submitted; scheduled in the RiO release plan for February 2026.",
                  fill=None),
         ]),
     ]),
    ("Crisis & HBPoS",
     "Mental health crisis services and health-based places of safety",
     "Executive lead: Chief Operating Officer | Clinical lead: Head of Operations, Community and Crisis Services",
     [
         ("The trust must ensure that there are enough suitably qualified staff in the Intensive Service teams to respond to referrals within the target times. (Regulation 18)", [
             dict(ref="CR-MD1.1",
                  act="Complete recruitment to the 6.0 WTE vacant band 6 practitioner posts across the Intensive Service teams.",
                  lead_cell="Service Manager, Intensive Services", lead=["Service Manager, Intensive Services"],
                  due=D(2026, 1, 31), fmt="dd/mm/yyyy", end="2026-01",
                  ev="Establishment and vacancy report.",
                  upd="2.0 WTE appointed; 4.0 WTE still vacant after two recruitment rounds. International recruitment being explored.",
                  fill="red"),
             dict(ref="CR-MD1.2",
                  act="Agree a safe staffing escalation protocol for the Intensive Service teams, including the use of bank staff and cross-team redeployment.",
                  lead_cell="Head of Operations, Community and Crisis Services",
                  lead=["Head of Operations, Community and Crisis Services"],
                  due=D(2025, 9, 30), fmt="dd/mm/yyyy", end="2025-09",
                  ev="Approved protocol; daily staffing huddle log.",
                  upd="Protocol approved 22/09/2025 and in use. Awaiting Assurance Group review.",
                  fill="green"),
         ]),
         ("The trust should ensure that the health-based place of safety records the time of arrival and the start of the Mental Health Act assessment for every patient. (Regulation 17)", [
             dict(ref="CR-SD1.1",
                  act="Introduce a single section 136 log in RiO and audit its completeness monthly.",
                  lead_cell="Section 136 Suite Manager & Mental Health Act Manager",
                  lead=["Section 136 Suite Manager", "Mental Health Act Manager"],
                  due="Ongoing – monthly audit", fmt=None, end=None, end_text="Ongoing – monthly audit",
                  ev="Monthly s136 audit report.",
                  upd="Log in use since August; completeness 86% in October against a 95% target.",
                  fill="amber"),
         ]),
     ]),
    ("Well-led",
     "Well-led (trust-wide)",
     "Executive lead: Director of Corporate Governance | Reporting to: Quality and Safety Committee",
     [
         ("The trust must ensure that governance processes give effective oversight of the quality and safety of services, including timely completion of patient safety incident actions. (Regulation 17)", [
             dict(ref="WL-MD1.1",
                  act="Review the Trust’s quality governance structure and the terms of reference of the Quality and Safety Committee and its sub-groups.",
                  lead_cell="Director of Corporate Governance", lead=["Director of Corporate Governance"],
                  due=D(2025, 12, 31), fmt="dd/mm/yyyy", end="2025-12",
                  ev="Governance review report; revised terms of reference.",
                  upd="Review under way with external facilitator; report to Board in December.",
                  fill="amber"),
             dict(ref="WL-MD1.2",
                  act="Introduce a Trust-wide tracker for overdue patient safety incident actions, reported monthly to the Executive Management Team.",
                  lead_cell="Head of Patient Safety", lead=["Head of Patient Safety"],
                  due=D(2025, 11, 30), fmt="mmm-yy", end="2025-11",
                  ev="Tracker and EMT minutes (June–October 2025).",
                  upd="Tracker reported monthly since June; overdue actions reduced from 58 to 9. Evidence accepted by CQC Assurance Group.",
                  fill="blue"),
         ]),
     ]),
]


def build_awp():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Read me"
    widths(ws, [22, 96])
    put(ws, "A1", "Avon and Wiltshire Mental Health Partnership NHS Trust", bold=True, size=12, border=False)
    put(ws, "A2", AWP_TITLE, bold=True, size=14, border=False)
    put(ws, "A3", "Response to the CQC inspection report published 11 June 2025", border=False)
    put(ws, "A5", "Version", bold=True)
    put(ws, "B5", "4.0 – progress position at 30 November 2025")
    put(ws, "A6", "Reported to", bold=True)
    put(ws, "B6", "Quality and Safety Committee, 11 December 2025")
    put(ws, "A7", "Owner", bold=True)
    put(ws, "B7", "CQC Assurance Group (chair: Chief Nursing Officer)")
    put(ws, "A9", "Status key", bold=True, fill_=GREY)
    put(ws, "B9", "Meaning", bold=True, fill_=GREY)
    key = [(RED, "Not on track – risk to delivery by the target date"),
           (AMBER, "In progress – some risk to delivery"),
           (GREEN, "Complete – action delivered, evidence not yet reviewed"),
           (BLUE, "Complete and assured – evidence reviewed and accepted by the CQC Assurance Group"),
           (None, "No colour – not yet started")]
    for i, (f, t) in enumerate(key, start=10):
        put(ws, f"A{i}", None, fill_=f)
        put(ws, f"B{i}", t)
    put(ws, "A16", "Summary", bold=True, fill_=GREY)
    put(ws, "B16", "Number of actions", bold=True, fill_=GREY)
    allrows = [x for _, _, _, groups in AWP_SHEETS for _, rows in groups for x in rows]
    names = [("Not on track", "red"), ("In progress", "amber"), ("Complete", "green"),
             ("Complete and assured", "blue"), ("Not yet started", None)]
    for i, (n, k) in enumerate(names, start=17):
        put(ws, f"A{i}", n)
        put(ws, f"B{i}", sum(1 for x in allrows if x["fill"] == k))
    put(ws, "A22", "Total", bold=True)
    put(ws, "B22", len(allrows), bold=True)
    put(ws, "A24", "Status is shown by cell colour in the final column of each service sheet. Must do and should do wording is quoted from the CQC report.", border=False)

    for sheet, service, leads, groups in AWP_SHEETS:
        ws = wb.create_sheet(sheet)
        widths(ws, [11, 46, 52, 28, 14, 34, 46, 9])
        ws.merge_cells("A1:H1")
        put(ws, "A1", AWP_TITLE, bold=True, size=14, border=False)
        ws.merge_cells("A2:H2")
        put(ws, "A2", service, bold=True, size=12, border=False)
        ws.merge_cells("A3:H3")
        put(ws, "A3", leads, border=False)
        hdr = ["Ref", "CQC requirement (must do / should do)", "Action", "Action lead", "Target date",
               "Evidence of completion", "Progress update (November 2025)", "Status"]
        for i, h in enumerate(hdr):
            put(ws, f"{get_column_letter(i + 1)}5", h, bold=True, fill_=GREY)
        r = 6
        for req, rows in groups:
            first = r
            for x in rows:
                put(ws, f"A{r}", x["ref"])
                put(ws, f"B{r}", req if r == first else None)
                put(ws, f"C{r}", x["act"])
                put(ws, f"D{r}", x["lead_cell"])
                put(ws, f"E{r}", x["due"], fmt=x["fmt"])
                put(ws, f"F{r}", x["ev"])
                put(ws, f"G{r}", x["upd"])
                put(ws, f"H{r}", None, fill_=AWP_KEY_FILL[x["fill"]])
                r += 1
            if r - 1 > first:
                ws.merge_cells(f"B{first}:B{r - 1}")
        ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, AWP_FILE))


def awp_expected():
    acts = []
    for _, service, _, groups in AWP_SHEETS:
        for req, rows in groups:
            for x in rows:
                a = dict(ref=x["ref"], under=[service, req], action=x["act"], lead=x["lead"], end=x["end"])
                if x.get("end_text"):
                    a["end_text"] = x["end_text"]
                a["status"] = AWP_KEY_READ[x["fill"]]
                acts.append(a)
    return dict(
        source=("Imitates NHS mental health trust CQC action plans published per core service (e.g. Sheffield Health "
                "and Social Care's per-core-service CQC action plans, whose key reads Red off track / Amber on track / "
                "Green complete / Blue complete and peer-checked; NSFT's must-do improvement pages). Content invented "
                "for Avon and Wiltshire Mental Health Partnership NHS Trust, 2025. Copied features: a 'Read me' cover "
                "sheet with version, committee, status key by colour and a summary count; one sheet per core service "
                "(plus Well-led) with the plan title, service name and executive/clinical leads above the table; "
                "CQC must-do/should-do wording merged vertically over its actions; refs per sheet; job-title leads, "
                "some with commas, two joined by '/' or '&'; target dates as dates, 'mmm-yy', 'Sept 2025', "
                "'Q4 2025/26' and 'Ongoing – monthly audit'; status shown by fill colour only."),
        reads=("Nine actions on three service sheets, each under the service named in row 2 and the CQC requirement "
               "beside it. Status is the fill colour read through the Read me key, where green means complete "
               "(so blue) and blue means complete and assured (blue); an uncoloured status cell is not yet started."),
        outcome="read", accept_refusal=False, title=AWP_TITLE, actions=acts)


# =============================================================================
# 3. Irwell Valley Homes - consumer standards programme highlight report (xlsx)
# =============================================================================
IVH_FILE = "yt-irwell-valley-homes-consumer-standards-programme-highlight-report.xlsx"
IVH_TITLE = "Consumer Standards Programme – Highlight Report"
IVH_WS = [
    ("Workstream 1 – Safety and Quality Standard", [
        dict(ref="1.1",
             act="Complete stock condition surveys for the remaining 2,100 homes not surveyed in the last five years and load the results to the asset management system.",
             lead_cell="Head of Asset Management", lead=["Head of Asset Management"],
             base=D(2025, 9, 30), fc=D(2026, 3, 31), prev="A", cur="A",
             com="Surveyor capacity limited in Q3; additional contractor appointed from 5 January 2026.",
             end="2026-03", status="amber"),
        dict(ref="1.2",
             act="Close all overdue high-priority fire risk assessment actions.",
             lead_cell="Head of Building Safety", lead=["Head of Building Safety"],
             base=D(2025, 10, 31), fc=D(2025, 10, 31), prev="A", cur="B",
             com="All 37 high-priority actions closed and verified by the Building Safety Manager.",
             end="2025-10", status="blue"),
        dict(ref="1.3",
             act="Implement Awaab’s Law timescales for emergency and significant hazards (in force 27 October 2025), with every case tracked in the housing management system.",
             lead_cell="Head of Repairs & Lead Surveyor (Damp and Mould)",
             lead=["Head of Repairs", "Lead Surveyor (Damp and Mould)"],
             base=D(2025, 10, 27), fc=None, prev="G", cur="G",
             com="Process live from 27 October 2025. 14 emergency hazard cases in the period, all made safe within 24 hours.",
             end="2025-10", status="green"),
    ]),
    ("Workstream 2 – Transparency, Influence and Accountability Standard", [
        dict(ref="2.1",
             act="Publish the 2024/25 Tenant Satisfaction Measures with a ‘you said, we did’ summary for customers.",
             lead_cell="Head of Insight & Performance", lead=["Head of Insight & Performance"],
             base=D(2025, 6, 30), fc=None, prev="G", cur="B",
             com="Published on the website on 27 June 2025 and in the autumn customer newsletter.",
             end="2025-06", status="blue"),
        dict(ref="2.2",
             act="Refresh the self-assessment against the Housing Ombudsman Complaint Handling Code and report it to Board.",
             lead_cell="Complaints and Customer Resolution Manager", lead=["Complaints and Customer Resolution Manager"],
             base=D(2025, 12, 31), fc=D(2026, 1, 31), prev="G", cur="A",
             com="Draft complete; moved to the January Board so that Q3 complaints data can be included.",
             end="2026-01", status="amber"),
        dict(ref="2.3",
             act="Recruit and induct a Tenant Scrutiny Panel of at least eight members.",
             lead_cell="Customer Voice Manager", lead=["Customer Voice Manager"],
             base="Q3 2025/26", fc="Q4 2025/26", prev="G", cur="A",
             com="Seven members recruited; final recruitment event on 15 January 2026.",
             end="2026-03", status="amber"),
    ]),
    ("Workstream 3 – Neighbourhood and Community Standard", [
        dict(ref="3.1",
             act="Agree an estate inspection schedule with involved tenants for every estate of more than 50 homes.",
             lead_cell="Neighbourhood Services Manager", lead=["Neighbourhood Services Manager"],
             base=D(2026, 1, 31), fc=None, prev="G", cur="G",
             com="Schedule drafted; tenant walkabouts arranged for February.",
             end="2026-01", status="green"),
    ]),
    ("Workstream 4 – Tenancy Standard", [
        dict(ref="4.1",
             act="Review the tenancy sustainment offer and publish the revised Tenancy Policy.",
             lead_cell="Head of Housing", lead=["Head of Housing"],
             base=D(2026, 3, 31), fc=D(2026, 6, 30), prev="A", cur="R",
             com="Policy review paused until the Income and Tenancy restructure is agreed; forecast beyond tolerance.",
             end="2026-06", status="red"),
    ]),
]
IVH_RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def build_ivh():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    widths(ws, [8, 56, 30, 13, 13, 10, 10, 50])
    put(ws, "A1", "Irwell Valley Homes", bold=True, size=12, border=False)
    put(ws, "A2", IVH_TITLE, bold=True, size=14, border=False)
    put(ws, "A3", "Reporting period:", bold=True)
    put(ws, "B3", "December 2025 (Period 9)")
    put(ws, "C3", "Report to:", bold=True)
    ws.merge_cells("D3:E3")
    put(ws, "D3", "Board, 28 January 2026")
    put(ws, "A4", "Sponsor:", bold=True)
    put(ws, "B4", "Executive Director of Customer Experience")
    put(ws, "C4", "Programme manager:", bold=True)
    ws.merge_cells("D4:E4")
    put(ws, "D4", "Regulation and Assurance Lead")

    put(ws, "A6", None, fill_=GREY)
    put(ws, "B6", "Programme status", bold=True, fill_=GREY)
    put(ws, "C6", "Last period", bold=True, fill_=GREY)
    put(ws, "D6", "This period", bold=True, fill_=GREY)
    ws.merge_cells("E6:H6")
    put(ws, "E6", "Comment", bold=True, fill_=GREY)
    dims = [("Overall", "A", "A", "Stock condition survey behind plan; all other workstreams broadly on track."),
            ("Time", "A", "A", "Four milestones forecast later than baseline (see below)."),
            ("Cost", "G", "G", "£186k spent of £420k budget; forecast within budget."),
            ("Scope", "G", "G", "No change."),
            ("Quality", "G", "A", "Survey data quality checks found 6% of records needing re-visit.")]
    for i, (n, a, b, c) in enumerate(dims, start=7):
        put(ws, f"B{i}", n)
        put(ws, f"C{i}", a, fill_=IVH_RAG_FILL[a])
        put(ws, f"D{i}", b, fill_=IVH_RAG_FILL[b])
        ws.merge_cells(f"E{i}:H{i}")
        put(ws, f"E{i}", c)

    ws.merge_cells("A13:H13")
    put(ws, "A13", "Summary of progress this period", bold=True, fill_=GREY)
    ws.merge_cells("A14:H14")
    put(ws, "A14", "Milestone 1.2 was completed this period; 2.1 was completed earlier in the year. "
                   "Awaab’s Law processes went live on time. The stock condition survey remains the main risk to the "
                   "Safety and Quality workstream and a second contractor has been appointed.")
    ws.row_dimensions[14].height = 48

    ws.merge_cells("A16:H16")
    put(ws, "A16", "Key milestones", bold=True, fill_=GREY)
    hdr = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Previous RAG", "Current RAG", "Commentary"]
    for i, h in enumerate(hdr):
        put(ws, f"{get_column_letter(i + 1)}17", h, bold=True, fill_=GREY)
    r = 18
    for wsname, rows in IVH_WS:
        ws.merge_cells(f"A{r}:H{r}")
        put(ws, f"A{r}", wsname, bold=True, fill_=LIGHT)
        r += 1
        for x in rows:
            put(ws, f"A{r}", x["ref"])
            put(ws, f"B{r}", x["act"])
            put(ws, f"C{r}", x["lead_cell"])
            put(ws, f"D{r}", x["base"], fmt="dd/mm/yyyy" if isinstance(x["base"], dt.datetime) else None)
            put(ws, f"E{r}", x["fc"], fmt="dd/mm/yyyy" if isinstance(x["fc"], dt.datetime) else None)
            put(ws, f"F{r}", x["prev"], fill_=IVH_RAG_FILL[x["prev"]])
            put(ws, f"G{r}", x["cur"], bold=True, fill_=IVH_RAG_FILL[x["cur"]])
            put(ws, f"H{r}", x["com"])
            r += 1
    r += 1
    ws.merge_cells(f"A{r}:H{r}")
    put(ws, f"A{r}", "RAG key: G – on track to baseline; A – forecast later than baseline or at risk; "
                     "R – forecast beyond tolerance, Board attention needed; B – complete.", border=False)
    r += 2
    ws.merge_cells(f"A{r}:H{r}")
    put(ws, f"A{r}", "Decisions and support required from Board", bold=True, fill_=GREY)
    r += 1
    ws.merge_cells(f"A{r}:H{r}")
    put(ws, f"A{r}", "Board is asked to note the revised forecast dates for milestones 1.1, 2.2, 2.3 and 4.1, "
                     "approved by the Programme Board on 18 December 2025.")

    # --- Risks & Issues
    ws = wb.create_sheet("Risks & Issues")
    widths(ws, [8, 60, 10, 10, 8, 10, 56])
    put(ws, "A1", "Top programme risks and issues", bold=True, size=12, border=False)
    hdr = ["ID", "Risk / issue", "Likelihood", "Impact", "Score", "Trend", "Mitigation"]
    for i, h in enumerate(hdr):
        put(ws, f"{get_column_letter(i + 1)}3", h, bold=True, fill_=GREY)
    risks = [("R01", "Insufficient surveyor capacity delays stock condition data needed for the asset plan.", 4, 4, 16, "↔",
              "Second survey contractor appointed; weekly progress call."),
             ("R02", "Housing management system changes for Awaab’s Law not fully adopted by trades operatives.", 3, 4, 12, "↓",
              "Toolbox talks held; supervisors checking job notes daily."),
             ("I01", "Income and Tenancy restructure delays the Tenancy Policy review.", 5, 3, 15, "↑",
              "Escalated to Executive Team; revised plan to Programme Board in February.")]
    for i, row in enumerate(risks, start=4):
        for j, v in enumerate(row):
            put(ws, f"{get_column_letter(j + 1)}{i}", v)

    # --- Change log
    ws = wb.create_sheet("Change log")
    widths(ws, [12, 10, 70, 34])
    put(ws, "A1", "Baseline change log", bold=True, size=12, border=False)
    hdr = ["Date", "Milestone", "Change", "Approved by"]
    for i, h in enumerate(hdr):
        put(ws, f"{get_column_letter(i + 1)}3", h, bold=True, fill_=GREY)
    changes = [(D(2025, 10, 16), "1.1", "Forecast moved from 30/09/2025 to 31/12/2025.", "Programme Board"),
               (D(2025, 12, 18), "1.1", "Forecast moved from 31/12/2025 to 31/03/2026.", "Programme Board"),
               (D(2025, 12, 18), "2.2", "Forecast moved to January 2026 Board.", "Programme Board"),
               (D(2025, 12, 18), "4.1", "Forecast moved from 31/03/2026 to 30/06/2026.", "Programme Board")]
    for i, (a, b, c, d) in enumerate(changes, start=4):
        put(ws, f"A{i}", a, fmt="dd/mm/yyyy")
        put(ws, f"B{i}", b)
        put(ws, f"C{i}", c)
        put(ws, f"D{i}", d)
    wb.save(os.path.join(HERE, IVH_FILE))


def ivh_expected():
    acts = []
    for wsname, rows in IVH_WS:
        for x in rows:
            acts.append(dict(ref=x["ref"], under=[wsname], action=x["act"], lead=x["lead"], end=x["end"],
                             status=x["status"]))
    return dict(
        source=("Imitates the programme highlight reports that English housing associations take to their boards "
                "for consumer-standards readiness (PRINCE2-style highlight reports as in the templates found in "
                "search: status summary with last/this period, key milestones, risks and issues, decisions). "
                "Content invented for Irwell Valley Homes, 2025/26. Copied features: header block (period, report "
                "to, sponsor, programme manager), a programme-status table by dimension with last/this period RAG, "
                "a summary paragraph, milestones grouped under workstream band rows for the four consumer standards, "
                "baseline and forecast dates (some as 'Q3 2025/26' text), previous and current RAG with fills, a "
                "RAG key line, a Board decisions box, and separate 'Risks & Issues' and 'Change log' sheets."),
        reads=("Eight milestones under four workstream bands are the actions. The end is the forecast date where "
               "one is given, otherwise the baseline; status is the current RAG (B = complete). The dimension "
               "status table, summary, decisions box, risks sheet and change log are not actions. 'Head of Insight "
               "& Performance' is one post; 'Head of Repairs & Lead Surveyor (Damp and Mould)' is two."),
        outcome="read", accept_refusal=False, title=IVH_TITLE, actions=acts)


# =============================================================================
# 4. Longcroft Park Academy - post-Ofsted action plan (docx)
# =============================================================================
LPA_FILE = "yt-longcroft-park-academy-post-ofsted-action-plan.docx"
LPA_TITLE = "Longcroft Park Academy: Post-Ofsted Action Plan 2025–26"
LPA_PRIORITIES = [
    ("Priority 1: Curriculum design and implementation",
     "In some subjects, the curriculum does not identify the most important knowledge that pupils should learn, or the order in which they should learn it. As a result, pupils do not build their knowledge securely over time. Leaders should ensure that curriculum thinking in these subjects is precise and well sequenced.",
     [
         dict(ref="1a",
              act="Heads of department for geography, history, computing and RE to revise the key stage 3 curriculum maps, setting out the essential knowledge for each unit and the order in which it is taught.",
              lead_cell="DHT / HoD", lead=["DHT", "HoD"],
              sc="Revised maps in place for all four subjects; subject reviews show pupils recall prior learning.",
              when="Autumn term 2025", end="2025-12", rag=("fill", GREEN), status="green"),
         dict(ref="1b",
              act="Trust subject networks to quality-assure the revised curriculum maps through paired subject reviews.",
              lead_cell="DHT, Trust Director of Education", lead=["DHT", "Trust Director of Education"],
              sc="Review reports for each subject with agreed next steps.",
              when="By February half-term 2026", end="2026-02", rag=("fill", AMBER), status="amber"),
         dict(ref="1c",
              act="Train all teachers in retrieval practice so that every lesson begins with a review of prior knowledge.",
              lead_cell="AHT", lead=["AHT"],
              sc="Retrieval starters seen in 90% of lessons on learning walks.",
              when="INSET day 1 September 2025", end="2025-09", rag=("text", "Achieved"), status="blue"),
     ]),
    ("Priority 2: Adapting teaching for pupils with SEND",
     "Teachers do not consistently adapt their teaching to meet the needs of pupils with special educational needs and/or disabilities (SEND). Leaders should ensure that teachers use the information they have about pupils with SEND to adapt learning effectively.",
     [
         dict(ref="2a",
              act="Rewrite the pupil passport for every pupil on the SEND register, with no more than three classroom strategies each, and share the passports on Arbor.",
              lead_cell="SENDCo", lead=["SENDCo"],
              sc="All passports rewritten; staff survey shows teachers use them when planning.",
              when="October half-term 2025", end="2025-10", rag=("text", "Achieved"), status="blue"),
         dict(ref="2b",
              act="Half-termly learning walks focused on adaptation for pupils with SEND, with feedback to individual teachers.\nFindings summarised for the Local Governing Body each term.",
              lead_cell="SENDCo & AHT", lead=["SENDCo", "AHT"],
              sc="Learning walks show adaptation in at least 80% of lessons by July 2026.",
              when="Ongoing – half-termly", end=None, end_text="Ongoing – half-termly", rag=("fill", GREEN),
              status="green"),
         dict(ref="2c",
              act="Commission an external SEND review from the local authority’s inclusion team.",
              lead_cell="HT", lead=["HT"],
              sc="Review completed and recommendations added to the school development plan.",
              when="Summer term 2026", end="2026-07", rag=("none", None), status="unrated"),
     ]),
    ("Priority 3: Governance and oversight of the curriculum",
     "Those responsible for governance do not have a precise enough understanding of the quality of education in different subjects. The trust and governors should ensure that they hold leaders to account effectively for improving the curriculum.",
     [
         dict(ref="3a",
              act="Introduce a termly curriculum quality report to the Local Governing Body, including the findings of subject reviews.",
              lead_cell="HT", lead=["HT"],
              sc="Report received at each LGB meeting; minutes show governors’ challenge.",
              when="December 2025", end="2025-12", rag=("fill", GREEN), status="green"),
         dict(ref="3b",
              act="Link governors for English, mathematics and SEND to complete one monitoring visit each term and report to the LGB.",
              lead_cell="Chair of LGB / Clerk", lead=["Chair of LGB", "Clerk"],
              sc="Visit notes for each link governor every term.",
              when="July 2026", end="2026-07", rag=("fill", RED), status="red"),
     ]),
]


def build_lpa():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading(LPA_TITLE, level=1)
    d.add_paragraph("Graded inspection 1–2 April 2025; report published 16 May 2025. "
                    "This plan was agreed by the Local Governing Body on 23 June 2025 and is reviewed each half term.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    bold_cell(t.rows[0].cells[0], "Key judgement")
    bold_cell(t.rows[0].cells[1], "Grade")
    for a, b in [("The quality of education", "Requires improvement"), ("Behaviour and attitudes", "Good"),
                 ("Personal development", "Good"), ("Leadership and management", "Requires improvement"),
                 ("Sixth-form provision", "Not applicable")]:
        row = t.add_row().cells
        row[0].text, row[1].text = a, b
    d.add_paragraph("")
    d.add_paragraph("Staff key: HT – Headteacher; DHT – Deputy Headteacher (Curriculum); AHT – Assistant "
                    "Headteacher (Teaching and Learning); SENDCo – Special Educational Needs Coordinator; "
                    "HoD – Heads of Department; LGB – Local Governing Body.")
    d.add_paragraph("RAG: the final column is shaded green (on track), amber (some concerns) or red (not on track) "
                    "at each half-termly review; completed actions are marked ‘Achieved’.")
    for heading, afi, rows in LPA_PRIORITIES:
        d.add_heading(heading, level=2)
        t = d.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        c0 = t.rows[0].cells
        bold_cell(c0[0], "Ofsted area for improvement")
        m = c0[1].merge(c0[5])
        m.text = afi
        hdr = ["Ref", "Action", "Lead", "Success criteria", "Timescale", "RAG"]
        for i, h in enumerate(hdr):
            bold_cell(t.rows[1].cells[i], h)
            shade(t.rows[1].cells[i], GREY)
        for x in rows:
            c = t.add_row().cells
            c[0].text = x["ref"]
            c[1].text = x["act"]
            c[2].text = x["lead_cell"]
            c[3].text = x["sc"]
            c[4].text = x["when"]
            kind, val = x["rag"]
            if kind == "fill":
                shade(c[5], val)
            elif kind == "text":
                c[5].text = val
        d.add_paragraph("")
    d.add_paragraph("Monitoring: progress against this plan is reviewed at each half-termly Raising Standards "
                    "meeting with the trust and reported to the Local Governing Body.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Approved by", "Name", "Date"]):
        bold_cell(t.rows[0].cells[i], h)
    for a, b, c in [("Headteacher", "M. Okafor", "23/06/2025"), ("Chair of LGB", "R. Haworth", "23/06/2025")]:
        row = t.add_row().cells
        row[0].text, row[1].text, row[2].text = a, b, c
    d.save(os.path.join(HERE, LPA_FILE))


def lpa_expected():
    acts = []
    for heading, afi, rows in LPA_PRIORITIES:
        for x in rows:
            a = dict(ref=x["ref"], under=[heading, afi], action=x["act"], lead=x["lead"], end=x["end"])
            if x.get("end_text"):
                a["end_text"] = x["end_text"]
            a["status"] = x["status"]
            acts.append(a)
    return dict(
        source=("Imitates post-Ofsted action plans that English secondary academies publish after a graded "
                "inspection (e.g. the Shaw CofE Primary post-Ofsted plan found in search, and The Key's "
                "post-inspection template), updated to the 2024/25 framework with no overall grade. Body and content "
                "invented (Longcroft Park Academy, inspection April 2025). Copied features: title heading, inspection "
                "line, key-judgement grades table, staff-initials key, RAG note, one heading and one table per priority "
                "with the Ofsted area for improvement in a merged first row, Ref/Action/Lead/Success criteria/"
                "Timescale/RAG columns, initials as leads (two joined by '/', ',' or '&'), school-term timescales, RAG "
                "as cell shading or the word 'Achieved', one action with a second line, and a sign-off table."),
        reads=("Eight actions in three priority tables, each under its priority heading and the Ofsted area for "
               "improvement quoted in the table's first row. Timescales are terms and half-terms (Autumn term 2025 = "
               "December 2025, Summer term 2026 = July 2026); RAG is the shading, 'Achieved' is complete, an unshaded "
               "cell is not yet rated. The judgement and sign-off tables are not the plan."),
        outcome="read", accept_refusal=False, title=LPA_TITLE, actions=acts)


# =============================================================================
# 5. Woodside Lodge Care Home - CQC action plan (docx)
# =============================================================================
WLC_FILE = "yt-woodside-lodge-care-home-cqc-inspection-action-plan.docx"
WLC_TITLE = "Woodside Lodge Care Home – CQC Action Plan"
WLC_REGS = [
    ("Regulation 12: Safe care and treatment",
     "Medicines were not always managed safely. Records for ‘as required’ (PRN) medicines did not give staff enough guidance, and stock checks of controlled drugs were not completed consistently.",
     [
         dict(ref="12.1",
              act="Write a PRN protocol for every person prescribed ‘as required’ medicines, reviewed by their GP or the community pharmacist.",
              lead_cell="Clinical Lead", lead=["Clinical Lead"], when="31/07/2025", end="2025-07",
              prog="Protocols in place for all 14 people prescribed PRN medicines; checked at the August medicines audit.",
              st="Complete", status="blue"),
         dict(ref="12.2",
              act="Carry out weekly controlled drug stock checks signed by two staff, with the Registered Manager checking the register monthly.",
              lead_cell="Registered Manager and Deputy Manager", lead=["Registered Manager", "Deputy Manager"],
              when="Ongoing – weekly", end=None, end_text="Ongoing – weekly",
              prog="Weekly checks completed every week since 12 May 2025.", st="Green", status="green"),
         dict(ref="12.3",
              act="All staff who give medicines to complete refresher training and an observed competency assessment.",
              lead_cell="Deputy Manager", lead=["Deputy Manager"], when="End of August 2025", end="2025-08",
              prog="17 of 19 staff assessed as competent; two staff on long-term leave will complete on return.",
              st="Amber", status="amber"),
     ]),
    ("Regulation 17: Good governance",
     "The provider’s quality assurance systems had not identified the shortfalls found at this assessment. Audits were not always completed and actions from audits were not followed up.",
     [
         dict(ref="17.1",
              act="Introduce a monthly audit schedule (medicines, care plans, infection control, falls) with one action log reviewed at the monthly governance meeting.",
              lead_cell="Registered Manager", lead=["Registered Manager"], when="w/c 04/08/2025", end="2025-08",
              prog="Schedule and action log in use from August; September and October meetings minuted.",
              st="Complete", status="blue"),
         dict(ref="17.2",
              act="Regional Operations Director to carry out a quarterly provider compliance visit and report the findings to the directors.",
              lead_cell="Regional Operations Director", lead=["Regional Operations Director"], when="30/09/2025",
              end="2025-09", prog="First visit held 18 September 2025; report shared with the directors.",
              st="Green", status="green"),
         dict(ref="17.3",
              act="Hold a residents’ and relatives’ meeting every quarter and display a ‘you said, we did’ summary in the home.",
              lead_cell="Activities Coordinator / Registered Manager",
              lead=["Activities Coordinator", "Registered Manager"],
              when="Quarterly from September 2025", end=None, end_text="Quarterly from September 2025",
              prog="First meeting held 25 September 2025 (11 relatives attended).", st="Green", status="green"),
     ]),
    ("Regulation 18: Staffing",
     "Not all staff had completed training the provider considered mandatory, including moving and handling and dementia awareness.",
     [
         dict(ref="18.1",
              act="Book all overdue practical moving and handling training with the external trainer.",
              lead_cell="Home Administrator", lead=["Home Administrator"], when="30/09/2025", end="2025-09",
              prog="Sessions held 9 and 23 September; three night staff still to attend.", st="Amber",
              status="amber"),
         dict(ref="18.2",
              act="Enrol all care staff on the Level 2 dementia awareness course and monitor completion on the training matrix.",
              lead_cell="Deputy Manager", lead=["Deputy Manager"], when="31/12/2025", end="2025-12",
              prog="11 of 26 staff completed. The course provider cancelled the October cohort; rebooked for November.",
              st="Red", status="red"),
     ]),
]


def build_wlc():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run(WLC_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Location", "Woodside Lodge Care Home (residential care for up to 32 older people)"),
                 ("Provider", "Woodside Care Homes Ltd"),
                 ("CQC assessment", "Site visits 6 and 7 May 2025; report published 2 July 2025; overall rating "
                                    "Requires improvement; breaches of Regulations 12, 17 and 18"),
                 ("Plan owner", "Registered Manager"),
                 ("Version", "v3 – updated 15 October 2025")]:
        c = t.add_row().cells
        bold_cell(c[0], a)
        c[1].text = b
    d.add_paragraph("")
    d.add_paragraph("Status: Complete – action finished and checked by the Registered Manager; Green – on track; "
                    "Amber – behind plan; Red – not achieved, escalated to the Regional Operations Director.")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    hdr = ["No.", "What we will do", "Person responsible", "Completion date", "Progress and evidence", "Status"]
    for i, h in enumerate(hdr):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], GREY)
    for reg, finding, rows in WLC_REGS:
        c = t.add_row().cells
        m = c[0].merge(c[5])
        bold_cell(m, reg)
        shade(m, LIGHT)
        c = t.add_row().cells
        bold_cell(c[0], "What CQC found")
        m = c[1].merge(c[5])
        m.text = finding
        for x in rows:
            c = t.add_row().cells
            c[0].text = x["ref"]
            c[1].text = x["act"]
            c[2].text = x["lead_cell"]
            c[3].text = x["when"]
            c[4].text = x["prog"]
            c[5].text = x["st"]
    d.add_paragraph("")
    d.add_paragraph("This plan is shared with the local authority quality monitoring team and reviewed at the "
                    "monthly governance meeting.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Signed", "Role", "Date"]):
        bold_cell(t.rows[0].cells[i], h)
    for a, b, c_ in [("J. Pearce", "Registered Manager", "15/10/2025"),
                     ("A. Singh", "Regional Operations Director", "16/10/2025")]:
        row = t.add_row().cells
        row[0].text, row[1].text, row[2].text = a, b, c_
    d.save(os.path.join(HERE, WLC_FILE))


def wlc_expected():
    acts = []
    for reg, finding, rows in WLC_REGS:
        for x in rows:
            a = dict(ref=x["ref"], under=[reg, finding], action=x["act"], lead=x["lead"], end=x["end"])
            if x.get("end_text"):
                a["end_text"] = x["end_text"]
            a["status"] = x["status"]
            acts.append(a)
    return dict(
        source=("Imitates the CQC action plans that small care-home providers write after an assessment with "
                "requirement notices (regulation-by-regulation 'what we will do / who / by when' responses; the "
                "CQC requirement-notice guidance found in search). Home and content invented (Woodside Lodge Care "
                "Home, assessment May 2025). Copied features: bold title, a service/document-control table, a status "
                "key sentence, one plan table with a shaded band row per breached regulation followed by a 'What CQC "
                "found' row, numbered actions 12.1 etc., job-title leads (two joined by 'and' or '/'), completion "
                "dates written as 31/07/2025, 'End of August 2025', 'w/c 04/08/2025', 'Ongoing – weekly' and "
                "'Quarterly from September 2025', status words, and a sign-off table."),
        reads=("Eight actions in one table, each under its regulation band and the CQC finding in the row beneath "
               "it. Status is the word in the last column (Complete = blue). The document-control and sign-off "
               "tables are not the plan."),
        outcome="read", accept_refusal=False, title=WLC_TITLE, actions=acts)


# =============================================================================
# 6. North Yorkshire Police - vetting, misconduct and misogyny tracker (csv, refuse)
# =============================================================================
NYP_FILE = "yt-north-yorkshire-police-vetting-misconduct-misogyny-recommendations-tracker-typo-month-refuse.csv"
NYP_TITLE = "North Yorkshire Police – HMICFRS An inspection of vetting, misconduct, and misogyny in the police service (Nov 2022) – force recommendations tracker"
NYP_HEADER = ["Rec", "Theme", "HMICFRS recommendation", "Force action", "Action owner", "Original deadline",
              "Revised deadline", "Status", "Latest update"]
NYP_ROWS = [
    ["3", "Vetting", "Forces should record the rationale for every vetting decision where adverse information is found.",
     "Introduce a mandatory decision rationale template in the vetting system and dip-sample 10% of decisions each month.",
     "Force Vetting Manager", "Apr-23", "", "Complete", "Template live since March 2023; dip sampling reported to the Vetting Board."],
    ["5", "Vetting", "Forces should carry out a further vetting review when an officer or member of staff is subject to a misconduct finding.",
     "Add an automatic vetting review trigger to the misconduct case outcome process.",
     "Head of PSD / Force Vetting Manager", "Oct-23", "Mar-24", "Complete", "Trigger in place; 37 reviews completed to date."],
    ["8", "Vetting", "Forces should check all officers and staff against the Police National Database.",
     "Complete a PND check for all officers, staff and volunteers and act on any new information.",
     "Force Vetting Manager", "Mar-23", "", "Complete", "All checks complete; 14 cases referred to the Counter Corruption Unit."],
    ["12", "Counter corruption", "Forces should have the capability to monitor all force IT systems to identify data misuse.",
     "Procure and implement IT monitoring software covering all force systems.",
     "Head of Information Management; Head of ICT", "Oct-23", "0ct-24", "Delayed", "Software procured; rollout dependent on the national records system timetable."],
    ["15", "Counter corruption", "Forces should ensure their counter-corruption units are adequately resourced.",
     "Recruit two additional intelligence analysts to the Counter Corruption Unit.",
     "Detective Superintendent, PSD", "Oct-23", "Jun-24", "Complete", "Both posts filled June 2024."],
    ["18", "Misconduct", "Forces should use the College of Policing’s guidance to identify misogynistic and predatory behaviour in misconduct cases.",
     "Update PSD assessment guidance and deliver training to all appropriate authorities.",
     "Head of PSD", "Apr-23", "", "Complete", "Guidance updated; 41 staff trained."],
    ["22", "Misconduct", "Forces should record sexual misconduct allegations consistently so that patterns can be identified.",
     "Introduce a sexual misconduct flag on Centurion and review historic cases since 2020.",
     "Head of PSD", "Oct-23", "Dec-24", "On track", "Flag in use; historic review 70% complete."],
    ["29", "Workplace behaviour", "Forces should make sure that officers and staff have confidence to report unacceptable behaviour.",
     "Relaunch the confidential reporting line and run a staff survey on confidence to report.",
     "Head of People / Head of Corporate Communications", "Dec-23", "Mar-25", "On track", "Reporting line relaunched; survey planned for January 2025."],
]
NYP_TYPO_REF = "12"


def build_nyp():
    path = os.path.join(HERE, NYP_FILE)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([NYP_TITLE] + [""] * 8)
        w.writerow(["Professional Standards Department – position at 30 September 2024 – exported from the PSD tracker"] + [""] * 8)
        w.writerow([""] * 9)
        w.writerow(NYP_HEADER)
        for row in NYP_ROWS:
            w.writerow(row)
        w.writerow([""] * 9)
        w.writerow(["Recommendations addressed to the Home Office, College of Policing, IOPC or NPCC are not shown."] + [""] * 8)


def nyp_refuse_line():
    # 1-based line number of the row holding the mistyped month (no multi-line fields in the file)
    with open(os.path.join(HERE, NYP_FILE), encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if "0ct-24" in line:
                return n
    raise RuntimeError("typo not found")


def nyp_expected():
    return dict(
        source=("Imitates the force trackers for HMICFRS's November 2022 report 'An inspection of vetting, "
                "misconduct, and misogyny in the police service' (43 recommendations; forces self-assessed progress "
                "for the NPCC and PCCs published responses, e.g. Warwickshire PCC's response found in search). "
                "Recommendation numbers, wording and all progress invented for North Yorkshire Police, position "
                "September 2024. Copied features: a CSV export with a title line, a position line and a blank line "
                "before the header, rec number and theme columns, recommendation text beside the force action, "
                "owners as job titles (two joined by '/' or ';'), original and revised deadlines in mmm-yy form, "
                "status words, and a closing notes line."),
        reads=("A tracker of eight force actions. On the row for recommendation 12 the revised deadline reads "
               "'0ct-24' with a zero for the letter O: a mistyped month in the end column, so a careful reader "
               "stops at that line and asks."),
        outcome="refuse", accept_refusal=False, refuse_at=nyp_refuse_line(), title=NYP_TITLE)


# =============================================================================
# 7. UK Health Security Agency - Advisory Board action log (tab-separated txt)
# =============================================================================
UKHSA_FILE = "yt-ukhsa-advisory-board-action-log.txt"
UKHSA_TITLE = "UK Health Security Agency – Advisory Board action log"
UKHSA_ROWS = [
    dict(ref="25/009", mtg="30/01/2025",
         act="Provide the Board with an update on the Data Improvement Programme, including the timetable for decommissioning legacy surveillance systems.",
         lead_cell="Chief Data Officer", lead=["Chief Data Officer"], due="May 2025", end="2025-05",
         rag="Blue", status="blue", upd="Update presented at the May 2025 meeting. Propose closure."),
    dict(ref="25/011", mtg="30/01/2025",
         act="Circulate the revised Audit and Risk Committee terms of reference to Board members for comment.",
         lead_cell="Head of Governance", lead=["Head of Governance"], due="Mar 2025", end="2025-03",
         rag="Blue", status="blue", upd="Circulated 14 February 2025 and approved at the March meeting. Propose closure."),
    dict(ref="25/027", mtg="26/03/2025",
         act="Bring the refreshed strategic risk register, with the revised risk appetite statements, to a future Board meeting.",
         lead_cell="Chief Executive / Director of Strategy", lead=["Chief Executive", "Director of Strategy"],
         due="Jul 2025", end="2025-07", rag="Blue", status="blue",
         upd="Considered at the July 2025 meeting. Propose closure."),
    dict(ref="25/031", mtg="26/03/2025",
         act="Report on progress in reducing agency and contingent labour spend against the 2025/26 workforce plan.",
         lead_cell="Chief People Officer", lead=["Chief People Officer"], due="Sep 2025", end="2025-09",
         rag="Green", status="green", upd="On the agenda for the 24 September 2025 meeting."),
    dict(ref="25/044", mtg="21/05/2025",
         act="Confirm the timetable for the winter preparedness assurance report, including respiratory vaccination uptake modelling.",
         cont="Include the latest JCVI advice on the autumn programme.",
         lead_cell="Director General, Science and Research and Chief Scientific Officer",
         lead=["Director General, Science and Research and Chief Scientific Officer"],
         due="Q3 2025/26", end="2025-12", rag="Green", status="green",
         upd="Timetable agreed with DHSC; report scheduled for the November meeting."),
    dict(ref="25/052", mtg="21/05/2025",
         act="Provide a note on the resilience of the laboratory estate, including the business continuity testing schedule.",
         lead_cell="Director General, Health Protection Operations",
         lead=["Director General, Health Protection Operations"],
         due="Jul 2025", end="2025-07", rag="Red", status="red",
         upd="Note in draft; delayed by spending review reprioritisation. To be circulated by correspondence."),
    dict(ref="25/063", mtg="16/07/2025",
         act="Share the equality, diversity and inclusion annual report with the Board before it is published.",
         lead_cell="Chief People Officer", lead=["Chief People Officer"], due="Before publication", end=None,
         end_text="Before publication", rag="Amber", status="amber",
         upd="Publication date not yet confirmed by the department; draft ready."),
    dict(ref="25/066", mtg="16/07/2025",
         act="Arrange a Board development session on the use of artificial intelligence in health security analytics.",
         lead_cell="Chief Data Officer and Head of Governance", lead=["Chief Data Officer", "Head of Governance"],
         due="TBC", end=None, end_text="TBC", rag="", status="unrated",
         upd="Date to be agreed with the Chair."),
]


def build_ukhsa():
    lines = [UKHSA_TITLE,
             "Position as at 10 September 2025, for the meeting on 24 September 2025",
             "RAG key: Blue = complete, proposed for closure; Green = on track; Amber = at risk of delay; Red = overdue",
             "",
             "\t".join(["Ref", "Meeting", "Action", "Owner", "Due", "RAG", "Update"])]
    for x in UKHSA_ROWS:
        lines.append("\t".join([x["ref"], x["mtg"], x["act"], x["lead_cell"], x["due"], x["rag"], x["upd"]]))
        if x.get("cont"):
            lines.append("\t".join(["", "", x["cont"], "", "", "", ""]))
    lines += ["",
              "Actions proposed for closure are removed from the log once the Board has agreed closure.",
              "Ref is the minute number of the meeting at which the action was agreed."]
    with open(os.path.join(HERE, UKHSA_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def ukhsa_expected():
    acts = []
    for x in UKHSA_ROWS:
        text = x["act"] + ("\n" + x["cont"] if x.get("cont") else "")
        a = dict(ref=x["ref"], under=[], action=text, lead=x["lead"], end=x["end"])
        if x.get("end_text"):
            a["end_text"] = x["end_text"]
        a["status"] = x["status"]
        acts.append(a)
    return dict(
        source=("Imitates the action log that accompanies UKHSA Advisory Board papers on GOV.UK (minutes numbered "
                "25/001 onwards, e.g. the 30 January 2025 minutes found in search), as a tab-separated text export. "
                "Actions, owners' allocation and progress invented. Copied features: title, position line and RAG "
                "key line above the header; minute number as the ref; meeting date column; owners as job titles, "
                "one with commas and 'and' inside a single post ('Director General, Science and Research and Chief "
                "Scientific Officer'), two joined by '/' or 'and'; due as 'May 2025', 'Q3 2025/26', 'Before "
                "publication', 'TBC'; RAG words; one continuation line carrying the rest of an action; notes lines."),
        reads=("Eight board actions in one tab-separated table, no headings. The line after 25/044 has only an "
               "action fragment and continues that action. Blue means complete; the blank RAG on 25/066 is unrated."),
        outcome="read", accept_refusal=False, title=UKHSA_TITLE, actions=acts)


# =============================================================================
BUILDERS = [
    (WMFS_FILE, build_wmfs, wmfs_expected),
    (AWP_FILE, build_awp, awp_expected),
    (IVH_FILE, build_ivh, ivh_expected),
    (LPA_FILE, build_lpa, lpa_expected),
    (WLC_FILE, build_wlc, wlc_expected),
    (NYP_FILE, build_nyp, nyp_expected),
    (UKHSA_FILE, build_ukhsa, ukhsa_expected),
]


def write_yaml(name, data):
    import yaml
    order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]
    out = {k: data[k] for k in order if k in data}
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, allow_unicode=True, sort_keys=False, width=100000)


if __name__ == "__main__":
    for name, build, _ in BUILDERS:
        build()
        print("built", name)
    if "--yaml" in sys.argv:
        for name, _, exp in BUILDERS:
            write_yaml(name, exp())
            print("wrote", name + ".expected.yaml")
