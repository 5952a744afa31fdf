#!/usr/bin/env python3
"""Build the seven zav- blind test files (set heldout756) and their expected readings.

Run with /work/main/.venv/bin/python zav_make.py from any directory; files are written
beside this script. Only files whose names start with "zav-" are written.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    assert name.startswith("zav-") or name.startswith("zav_")
    return os.path.join(HERE, name)


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


def write_yaml(name, data):
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Care Inspectorate - ARC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def care_inspectorate():
    name = "zav-care-inspectorate-arc-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Care Inspectorate – Internal Audit Recommendations Follow-up Tracker"
    cover["A1"].font = Font(bold=True, size=14, color=NAVY)
    cover["A2"] = "Audit and Risk Committee – 26 November 2025 – Agenda item 9 (Appendix 1)"
    cover["A3"] = "Position as at 14 November 2025. Prepared by: Corporate Governance Team"
    cover["A5"] = "Summary of recommendations on the tracker"
    cover["A5"].font = Font(bold=True)
    hdr = ["RAG status", "Definition", "Number"]
    for i, h in enumerate(hdr, 1):
        c = cover.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
    key = [
        ("Blue", "Implemented – evidence reviewed by internal audit", 2, BLUE),
        ("Green", "On track to be implemented by the agreed date", 2, GREEN),
        ("Amber", "At risk – revised date agreed or likely to be required", 2, AMBER),
        ("Red", "Overdue – not implemented by the revised date", 1, RED),
        ("No colour", "Not yet started", 1, None),
    ]
    r = 7
    for label, desc, n, col in key:
        cover.cell(row=r, column=1, value=label).border = BOX
        if col:
            cover.cell(row=r, column=1).fill = fill(col)
        cover.cell(row=r, column=2, value=desc).border = BOX
        cover.cell(row=r, column=3, value=n).border = BOX
        r += 1
    cover.cell(row=r, column=1, value="Total").font = Font(bold=True)
    cover.cell(row=r, column=3, value=8).font = Font(bold=True)
    cover["A15"] = ("Grading: Grade 1 – significant weakness requiring urgent action; Grade 2 – weakness "
                    "requiring action within six months; Grade 3 – improvement opportunity.")
    cover["A16"] = ("Note: recommendations rated Blue at this meeting will be removed from the tracker once "
                    "noted by the Committee.")
    cover.column_dimensions["A"].width = 16
    cover.column_dimensions["B"].width = 60
    cover.column_dimensions["C"].width = 10

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal audit recommendations tracker – position at 14 November 2025"
    ws["A1"].font = Font(bold=True, size=12, color=NAVY)
    ws.merge_cells("A1:I1")
    heads = ["Ref", "Grade", "Recommendation", "Agreed management action", "Action owner",
             "Original due date", "Revised due date", "RAG", "Progress update (November 2025)"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    widths = [9, 9, 42, 48, 28, 13, 13, 7, 48]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    CS = "Cyber Security Arrangements – 2024/25 (Limited assurance)"
    WP = "Workforce Planning – 2024/25 (Reasonable assurance)"
    PC = "Procurement and Contract Management – 2025/26 (Reasonable assurance)"
    PY = "Payroll – 2023/24 (follow-up of prior year recommendation)"
    rec_cs1 = ("Privileged access should be protected by multi-factor authentication and reviewed at least "
               "quarterly, with the review evidenced and retained.")
    rec_cs2 = ("The ICT disaster recovery plan should be tested end to end, including restoration of core "
               "systems from backup, and the results reported to the Audit and Risk Committee.")
    rec_wp1 = ("The draft Strategic Workforce Plan should be finalised and approved by the Board, with clear "
               "links to the budget and corporate plan.")
    rec_wp2 = "Succession arrangements should be documented for roles identified as single points of failure."
    rec_pc1 = ("Contract owners should hold complete contract management files, including performance "
               "monitoring records, for all contracts above £50,000.")
    rec_pc2 = ("The contracts register should be published and kept up to date in line with the Procurement "
               "Reform (Scotland) Act 2014.")
    rec_py3 = ("Payroll changes above a set threshold should be independently reviewed against source documents "
               "before each payroll run is approved.")

    rows = [
        ("band", CS),
        ("row", "CS.01a", "Grade 2", rec_cs1,
         "Enforce multi-factor authentication on all remaining privileged and service administration accounts.",
         "Head of Digital", d(2025, 6, 30), d(2025, 9, 30), BLUE,
         "MFA enforced on all privileged accounts from 12 September 2025. Evidence reviewed by internal audit "
         "on 3 November 2025."),
        ("row", "CS.01b", None, None,
         "Introduce a quarterly privileged access review, signed off by the Information Security Manager and "
         "reported to the Digital Programme Board.",
         "Information Security Manager", d(2025, 12, 31), None, GREEN,
         "First review completed in October 2025; 4 dormant accounts removed. Process note drafted."),
        ("row", "CS.02", "Grade 1", rec_cs2,
         "Complete a full disaster recovery test, including restoration of the inspection case management "
         "system from offline backup.\nReport test results and lessons learned to the Audit and Risk Committee.",
         "Head of Digital / Digital Services Manager", d(2025, 3, 31), d(2026, 1, 31), AMBER,
         "Test postponed from March to allow the network refresh to complete. Test window booked for "
         "17–18 January 2026."),
        ("band", WP),
        ("row", "WP.01", "Grade 3", rec_wp1,
         "Finalise the Strategic Workforce Plan 2025–2028 and present it to the Board for approval.",
         "Head of Organisational Development", d(2025, 6, 30), None, BLUE,
         "Approved by the Board on 19 June 2025."),
        ("row", "WP.02", "Grade 2", rec_wp2,
         "Identify single-point-of-failure roles in each directorate and agree documented succession "
         "arrangements with Executive Directors.",
         "Head of Organisational Development; Executive Director of Corporate and Customer Services",
         d(2025, 10, 31), d(2026, 2, 28), AMBER,
         "Roles identified in 3 of 4 directorates. Revised date agreed by the Executive Team on "
         "4 November 2025."),
        ("band", PC),
        ("row", "PC.01", "Grade 2", rec_pc1,
         "Issue contract management guidance and a standard file checklist to all contract owners, and carry "
         "out a sample check of compliance.",
         "Procurement Manager", d(2025, 12, 31), None, GREEN,
         "Guidance issued 6 October 2025. Sample check planned for December."),
        ("row", "PC.02", "Grade 3", rec_pc2,
         "Publish the contracts register on the Care Inspectorate website and refresh it quarterly.",
         "Procurement Manager", d(2026, 3, 31), None, None,
         "Not yet started – scheduled for Q4 2025/26."),
        ("band", PY),
        ("row", "PY.03", "Grade 2", rec_py3,
         "Introduce a monthly exception report of payroll changes over £2,000, reviewed and signed by the "
         "Finance Manager before the payroll is approved.",
         "Finance Manager (Payroll and Pensions)", d(2024, 3, 31), d(2025, 6, 30), RED,
         "Exception report built. Review not yet evidenced for three consecutive months; escalated to the "
         "Executive Director of Corporate and Customer Services."),
    ]
    r = 4
    for row in rows:
        if row[0] == "band":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for col in range(1, 10):
                ws.cell(row=r, column=col).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            _, ref, grade, rec, action, owner, orig, rev, rag, prog = row
            vals = [ref, grade, rec, action, owner, orig, rev, None, prog]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=8).fill = fill(rag)
        r += 1
    # recommendation CS.01 covers two agreed actions: merge grade and recommendation cells
    ws.merge_cells("B5:B6")
    ws.merge_cells("C5:C6")
    r += 1
    ws.cell(row=r, column=1, value="Source: internal audit reports 2023/24 to 2025/26; progress updates "
                                   "provided by action owners and validated by internal audit where marked Blue.")
    ws.freeze_panes = "A4"
    wb.save(path(name))

    acts = [
        act("CS.01a", [CS, rec_cs1],
            "Enforce multi-factor authentication on all remaining privileged and service administration accounts.",
            ["Head of Digital"], "2025-09", "blue"),
        act("CS.01b", [CS, rec_cs1],
            "Introduce a quarterly privileged access review, signed off by the Information Security Manager and "
            "reported to the Digital Programme Board.",
            ["Information Security Manager"], "2025-12", "green"),
        act("CS.02", [CS, rec_cs2],
            "Complete a full disaster recovery test, including restoration of the inspection case management "
            "system from offline backup.\nReport test results and lessons learned to the Audit and Risk Committee.",
            ["Head of Digital", "Digital Services Manager"], "2026-01", "amber"),
        act("WP.01", [WP, rec_wp1],
            "Finalise the Strategic Workforce Plan 2025–2028 and present it to the Board for approval.",
            ["Head of Organisational Development"], "2025-06", "blue"),
        act("WP.02", [WP, rec_wp2],
            "Identify single-point-of-failure roles in each directorate and agree documented succession "
            "arrangements with Executive Directors.",
            ["Head of Organisational Development", "Executive Director of Corporate and Customer Services"],
            "2026-02", "amber"),
        act("PC.01", [PC, rec_pc1],
            "Issue contract management guidance and a standard file checklist to all contract owners, and carry "
            "out a sample check of compliance.",
            ["Procurement Manager"], "2025-12", "green"),
        act("PC.02", [PC, rec_pc2],
            "Publish the contracts register on the Care Inspectorate website and refresh it quarterly.",
            ["Procurement Manager"], "2026-03", "unrated"),
        act("PY.03", [PY, rec_py3],
            "Introduce a monthly exception report of payroll changes over £2,000, reviewed and signed by the "
            "Finance Manager before the payroll is approved.",
            ["Finance Manager (Payroll and Pensions)"], "2025-06", "red"),
    ]
    write_yaml(name, {
        "source": (
            "Care Inspectorate (Scottish public body), Audit and Risk Committee paper, November 2025: internal "
            "audit recommendations follow-up tracker, imitating the appendix trackers Scottish NDPBs and councils "
            "take to ARC (e.g. Reading BC 'Implementation of Audit Recommendations Tracker', Aberdeen City "
            "'Internal Audit Follow Up on Agreed Recommendations'). Copied: cover sheet with title block, RAG key "
            "and totals by status; second sheet with a grey band row per audit report (year and assurance "
            "opinion), grade, recommendation text merged over its two agreed actions, original and revised due "
            "dates as real dates, RAG shown only by fill colour (no text), progress update, a source note."),
        "reads": (
            "A two-sheet workbook: the cover is a summary and key, the Tracker sheet lists 8 agreed management "
            "actions under four audit reports, each beside the internal audit recommendation it answers. The RAG "
            "is read from the cell colour using the cover key (Blue = implemented, no colour = not started); "
            "where a revised due date is given it replaces the original."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Care Inspectorate – Internal Audit Recommendations Follow-up Tracker",
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# 2. Strategic Investment Board (NI) - corporate risk register, typo month -> refuse (xlsx)
# ---------------------------------------------------------------------------
def sib():
    name = "zav-strategic-investment-board-ni-corporate-risk-register-2025-26-typo-month-refuse.xlsx"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover & Key"
    cv["A1"] = "Strategic Investment Board Limited"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Corporate Risk Register 2025-26"
    cv["A2"].font = Font(bold=True, size=12)
    cv["A3"] = "Quarter 2 review – for the Audit and Risk Assurance Committee, 21 October 2025"
    cv["A5"] = "Version control"
    cv["A5"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Reviewed by", "Changes"], 1):
        c = cv.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    vc = [("v2.0", d(2025, 7, 8), "Senior Management Team", "Q1 review; SIB 04 added"),
          ("v2.1", d(2025, 9, 29), "Senior Management Team", "Q2 scores and actions updated"),
          ("v2.2", d(2025, 10, 13), "Chief Executive", "Final for ARAC")]
    for r, row in enumerate(vc, 7):
        for i, v in enumerate(row, 1):
            c = cv.cell(row=r, column=i, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cv["A11"] = "Risk scoring (Impact x Likelihood, each 1–5)"
    cv["A11"].font = Font(bold=True)
    scoring = [("1 – 4", "Low", GREEN), ("5 – 10", "Medium", AMBER), ("12 – 25", "High", RED)]
    for r, (band, lab, col) in enumerate(scoring, 12):
        cv.cell(row=r, column=1, value=band).fill = fill(col)
        cv.cell(row=r, column=2, value=lab)
    cv["A16"] = ("Action status: Complete / On track / Behind schedule. Target dates are the month by which "
                 "the further action should be in place.")
    cv.column_dimensions["A"].width = 18
    cv.column_dimensions["B"].width = 14
    cv.column_dimensions["C"].width = 26
    cv.column_dimensions["D"].width = 32

    ws = wb.create_sheet("CRR Q2 2025-26")
    ws["A1"] = "SIB Corporate Risk Register 2025-26 – Q2 (July – September 2025)"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:K1")
    heads = ["Risk", "Risk description (cause / event / consequence)", "Risk owner", "Residual score Q1",
             "Residual score Q2", "Ref", "Further action required", "Action owner", "Target date",
             "Status", "Progress at Q2"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5496")
        c.alignment = WRAP
        c.border = BOX
    widths = [22, 44, 18, 10, 10, 6, 48, 22, 14, 14, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    SO1 = "Strategic Objective 1: Provide expert advice and delivery support to the NI Executive and public bodies"
    SO2 = "Strategic Objective 2: Operate as a well-governed, efficient and secure organisation"
    risks = [
        ("band", SO1),
        ("risk", "SIB 01 – Specialist capacity",
         "Cause: competitive market for commercial, infrastructure and digital specialists. Event: SIB cannot "
         "recruit or retain advisers with the required expertise. Consequence: reduced support to priority "
         "programmes and reputational damage.",
         "Chief Executive", ("16 High", RED), ("16 High", RED),
         [("1.1", "Complete the pay and grading benchmarking review and submit the business case to TEO.",
           "Head of HR", "December 2025", "On track",
           "Benchmarking data received from consultants; draft business case with Finance."),
          ("1.2", "Launch the Associate Adviser framework to provide call-off specialist capacity.",
           "Director of Corporate Services", "March 2026", "On track",
           "Procurement strategy approved by SMT on 2 September."),
          ("1.3", "Maintain succession plans for single-point-of-dependency roles and review them at SMT.",
           "Head of HR", "Ongoing", "On track", "Reviewed at SMT September 2025.")]),
        ("risk", "SIB 02 – Client demand and funding",
         "Cause: budget pressures across NICS departments. Event: reduced or late commissioning of SIB support. "
         "Consequence: income shortfall against the 2025-26 budget and loss of capacity.",
         "Director of Corporate Services", ("12 High", RED), ("10 Medium", AMBER),
         [("2.1", "Agree 2025-26 support agreements with all sponsoring departments.",
           "Director of Corporate Services", "November 2025", "Behind schedule",
           "Four of six agreements signed; two awaiting departmental sign-off."),
          ("2.2", "Present a medium-term financial plan with income scenarios to the Board.",
           "Head of Finance", "Mrach 2026", "On track",
           "Scenario modelling under way.")]),
        ("band", SO2),
        ("risk", "SIB 03 – Cyber security and information assurance",
         "Cause: increasing threat of cyber attack and reliance on third-party systems. Event: loss or "
         "compromise of sensitive client information. Consequence: disruption, ICO enforcement, loss of trust.",
         "Director of Corporate Services", ("15 High", RED), ("12 High", RED),
         [("3.1", "Achieve Cyber Essentials Plus certification following remediation of the 2025 IT health "
                  "check findings.",
           "Head of ICT", "January 2026", "On track", "12 of 15 findings remediated."),
          ("3.2", "Run phishing simulation exercises and report click rates to ARAC.",
           "Head of ICT", "Quarterly", "On track", "Q2 exercise run; click rate 6%.")]),
        ("risk", "SIB 04 – Governance and accountability framework",
         "Cause: delay in agreeing the revised Partnership Agreement with TEO. Event: roles and delegations "
         "unclear. Consequence: non-compliance with MPMNI and adverse audit findings.",
         "Chief Executive", ("9 Medium", AMBER), ("9 Medium", AMBER),
         [("4.1", "Finalise the revised Partnership Agreement with TEO and publish it on the SIB website.",
           "Chief Executive", "March 2026", "On track", "Draft with TEO for comment."),
          ("4.2", "Complete the annual Board effectiveness self-assessment and report outcomes to the Board.",
           "Board Secretary", "October 2025", "Complete", "Reported to the Board on 16 October 2025.")]),
    ]
    r = 4
    typo_row = None
    for item in risks:
        if item[0] == "band":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            for col in range(1, 12):
                ws.cell(row=r, column=col).fill = fill("DEEAF6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            r += 1
            continue
        _, title, desc, owner, q1, q2, actions = item
        first = r
        for ref, text, aowner, target, status, prog in actions:
            for col, v in zip(range(6, 12), [ref, text, aowner, target, status, prog]):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            if target == "Mrach 2026":
                typo_row = r
            r += 1
        last = r - 1
        for col, v in zip(range(1, 6), [title, desc, owner, q1[0], q2[0]]):
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=first, column=4).fill = fill(q1[1])
        ws.cell(row=first, column=5).fill = fill(q2[1])
        if last > first:
            for col in range(1, 6):
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Risks closed this quarter: none. Emerging risk noted by SMT: NI Executive "
                                   "budget allocation for 2026-27 (to be assessed at Q3).")
    ws.freeze_panes = "A4"
    wb.save(path(name))
    assert typo_row == 9, typo_row

    write_yaml(name, {
        "source": (
            "Strategic Investment Board Limited (Northern Ireland arm's-length body), Corporate Risk Register "
            "2025-26, Q2 review for the Audit and Risk Assurance Committee. Imitates NI public-body corporate risk "
            "registers (NIAO 'Good practice in risk management' examples, AFBI CRR): cover sheet with version "
            "control and scoring key, register sheet with a band row per strategic objective, each risk's "
            "title, cause/event/consequence, owner and Q1/Q2 residual scores merged down over its further-action "
            "rows, target dates written as month names, status words and progress notes."),
        "reads": (
            "Nine further actions under four risks and two strategic objectives. The target date for action 2.2 "
            "(sheet row 9) reads 'Mrach 2026', a mistyped month; a careful reader stops there and asks what "
            "month was meant rather than guess."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 9,
        "title": "Corporate Risk Register 2025-26",
    })


# ---------------------------------------------------------------------------
# 3. Pennine Care NHS FT - HSE improvement notices action tracker (xlsx)
# ---------------------------------------------------------------------------
def pennine():
    name = "zav-pennine-care-nhsft-hse-improvement-notices-action-tracker.xlsx"
    wb = Workbook()
    ns = wb.active
    ns.title = "Notices"
    ns["A1"] = "Pennine Care NHS Foundation Trust"
    ns["A1"].font = Font(bold=True, size=14, color="005EB8")
    ns["A2"] = "HSE Improvement Notices – Violence and Aggression and Musculoskeletal Disorders"
    ns["A2"].font = Font(bold=True, size=12)
    ns["A3"] = "Summary of notices served following HSE inspection of 15–17 July 2025"
    heads = ["Notice", "Legislation", "Summary of contravention", "Date served", "HSE compliance date",
             "Extension agreed to", "Notice status"]
    for i, h in enumerate(heads, 1):
        c = ns.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    notices = [
        ("No. 315210987", "Management of Health and Safety at Work Regulations 1999, regulation 3",
         "No suitable and sufficient assessment of the risk to staff from violence and aggression on adult "
         "acute and older people's inpatient wards.", d(2025, 8, 18), d(2025, 11, 17), d(2026, 1, 30), "Open"),
        ("No. 315210988", "Manual Handling Operations Regulations 1992, regulation 4",
         "Patient handling risks in community nursing teams not assessed or reduced so far as reasonably "
         "practicable.", d(2025, 8, 18), d(2025, 11, 17), d(2026, 2, 27), "Open"),
    ]
    for r, row in enumerate(notices, 6):
        for i, v in enumerate(row, 1):
            c = ns.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEFG", [16, 34, 50, 12, 14, 14, 12]):
        ns.column_dimensions[col].width = w

    ws = wb.create_sheet("Action tracker")
    ws["A1"] = ("HSE Improvement Notices – Action Tracker (reported to Quality and Safety Committee, "
                "9 December 2025)")
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws.merge_cells("A1:I1")
    ws["A2"] = ("RAG key: B = complete and evidence submitted to HSE | G = on track | A = at risk of missing "
                "compliance date | R = compliance date missed / not achievable")
    ws.merge_cells("A2:I2")
    heads = ["Notice / schedule requirement", "Action no.", "Action", "Lead(s)", "HSE compliance date",
             "Revised date", "Previous RAG", "Current RAG", "Evidence / progress update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    for col, w in zip("ABCDEFGHI", [44, 10, 50, 30, 13, 12, 9, 9, 46]):
        ws.column_dimensions[col].width = w

    IN1 = ("Improvement Notice 1 (No. 315210987) – Management of Health and Safety at Work Regulations 1999, "
           "regulation 3: violence and aggression risk assessment")
    IN2 = ("Improvement Notice 2 (No. 315210988) – Manual Handling Operations Regulations 1992, regulation 4: "
           "patient handling in community teams")
    S11 = ("Schedule 1: Carry out suitable and sufficient assessments of the risk to employees from violence and "
           "aggression on all adult acute and older people's inpatient wards.")
    S12 = ("Schedule 2: Implement the control measures identified in those assessments and review them "
           "following any significant incident.")
    S21 = ("Schedule 1: Ensure that manual handling risk assessments are completed and acted on for patient "
           "handling tasks in community nursing teams.")
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    blocks = [
        ("band", IN1),
        ("sched", S11, [
            ("IN1/1a", "Review and re-issue the violence and aggression risk assessment template, aligned to HSE "
                       "guidance and the Trust's Reducing Restrictive Practice Policy.",
             "Head of Health, Safety and Security", d(2025, 11, 17), None, "G", "B",
             "Template approved by Health and Safety Committee 9 October 2025; issued to wards."),
            ("IN1/1b", "Complete ward-level violence and aggression risk assessments on all 19 in-scope inpatient "
                       "wards, with staff side involvement.",
             "Associate Directors of Nursing (Inpatient Services)", d(2025, 11, 17), d(2026, 1, 30), "A", "A",
             "15 of 19 wards complete. HSE agreed extension to 30/01/2026."),
            ("IN1/1c", "Audit a 20% sample of completed ward risk assessments for quality and report findings to "
                       "the Health and Safety Committee.",
             "Health and Safety Manager", d(2025, 11, 17), d(2026, 1, 30), "G", "G",
             "Audit tool agreed; sample audit scheduled for w/c 5 January 2026."),
        ]),
        ("sched", S12, [
            ("IN1/2a", "Install and test personal attack alarm receivers on the six wards identified in the "
                       "assessments as lacking full coverage.",
             "Director of Estates and Facilities / Head of Health, Safety and Security", d(2025, 11, 17), None,
             "A", "R",
             "Contractor delay; works on two wards outstanding. Extension request submitted to HSE on "
             "28/11/2025."),
            ("IN1/2b", "Introduce a post-incident review checklist so that ward risk assessments are reviewed "
                       "within 7 days of any RIDDOR-reportable assault.",
             "Head of Health, Safety and Security", d(2025, 11, 17), None, "G", "B",
             "Checklist live on Datix from 3 November 2025; evidence sent to HSE."),
        ]),
        ("band", IN2),
        ("sched", S21, [
            ("IN2/1a", "Roll out the community patient handling risk assessment on the electronic patient record "
                       "for all district nursing teams.",
             "Deputy Director of Nursing (Community)", d(2025, 11, 17), d(2026, 2, 27), "A", "A",
             "Live in 9 of 14 teams; remaining teams by February."),
            ("IN2/1b", "Train 40 moving and handling key trainers in community teams and record completion on "
                       "the Trust's learning system.",
             "Moving and Handling Lead; Learning and Development Manager", d(2025, 11, 17), d(2026, 2, 27),
             "G", "G", "31 key trainers trained to date."),
        ]),
    ]
    r = 5
    for blk in blocks:
        if blk[0] == "band":
            c = ws.cell(row=r, column=1, value=blk[1])
            c.font = Font(bold=True)
            for col in range(1, 10):
                ws.cell(row=r, column=col).fill = fill("DCE6F1")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, sched, rows = blk
        first = r
        for ref, text, lead, comp, rev, prev, cur, upd in rows:
            vals = [None, ref, text, lead, comp, rev, prev, cur, upd]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(rag_fill[prev])
            ws.cell(row=r, column=8).fill = fill(rag_fill[cur])
            r += 1
        c = ws.cell(row=first, column=1, value=sched)
        c.alignment = WRAP
        c.border = BOX
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value=("Note: HSE letter of 12/11/2025 agreed revised compliance dates for Notice 1 "
                                    "schedule 1 and Notice 2 as shown in the Revised date column."))
    ws.freeze_panes = "A5"
    wb.save(path(name))

    acts = [
        act("IN1/1a", [IN1, S11],
            "Review and re-issue the violence and aggression risk assessment template, aligned to HSE guidance and "
            "the Trust's Reducing Restrictive Practice Policy.",
            ["Head of Health, Safety and Security"], "2025-11", "blue"),
        act("IN1/1b", [IN1, S11],
            "Complete ward-level violence and aggression risk assessments on all 19 in-scope inpatient wards, "
            "with staff side involvement.",
            ["Associate Directors of Nursing (Inpatient Services)"], "2026-01", "amber"),
        act("IN1/1c", [IN1, S11],
            "Audit a 20% sample of completed ward risk assessments for quality and report findings to the Health "
            "and Safety Committee.",
            ["Health and Safety Manager"], "2026-01", "green"),
        act("IN1/2a", [IN1, S12],
            "Install and test personal attack alarm receivers on the six wards identified in the assessments as "
            "lacking full coverage.",
            ["Director of Estates and Facilities", "Head of Health, Safety and Security"], "2025-11", "red"),
        act("IN1/2b", [IN1, S12],
            "Introduce a post-incident review checklist so that ward risk assessments are reviewed within 7 days "
            "of any RIDDOR-reportable assault.",
            ["Head of Health, Safety and Security"], "2025-11", "blue"),
        act("IN2/1a", [IN2, S21],
            "Roll out the community patient handling risk assessment on the electronic patient record for all "
            "district nursing teams.",
            ["Deputy Director of Nursing (Community)"], "2026-02", "amber"),
        act("IN2/1b", [IN2, S21],
            "Train 40 moving and handling key trainers in community teams and record completion on the Trust's "
            "learning system.",
            ["Moving and Handling Lead", "Learning and Development Manager"], "2026-02", "green"),
    ]
    write_yaml(name, {
        "source": (
            "Pennine Care NHS Foundation Trust, tracker of actions against two HSE improvement notices (violence "
            "and aggression; patient manual handling) after an HSE health and social care inspection, 2025, "
            "as reported to a Quality and Safety Committee. Modelled on HSE notice structure (notice number, "
            "legislation, schedule of requirements, compliance date) and NHS trust enforcement trackers. Copied: "
            "summary sheet of notices, tracker sheet with a RAG key line, a band row per notice, the schedule "
            "requirement merged down over its actions, HSE compliance date and revised (extension) date, "
            "previous and current RAG as letters on coloured fills, a closing note."),
        "reads": (
            "Seven actions grouped under two improvement notices and their schedule requirements. Status is the "
            "Current RAG letter (B = complete per the key); where HSE agreed a revised date it is the end, "
            "otherwise the HSE compliance date."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "HSE Improvement Notices – Violence and Aggression and Musculoskeletal Disorders",
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
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
# 4. Actors' Benevolent Fund - Charity Commission governance action plan (docx)
# ---------------------------------------------------------------------------
def abf():
    name = "zav-actors-benevolent-fund-charity-commission-governance-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    t = doc.add_paragraph()
    run = t.add_run("The Actors’ Benevolent Fund")
    run.bold = True
    run.font.size = Pt(18)
    doc.add_heading("Governance Action Plan 2024–2025", level=1)
    doc.add_paragraph("Response to the Charity Commission’s regulatory compliance case (closed May 2024)")

    ctl = doc.add_table(rows=4, cols=2)
    ctl.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Document owner", "Chair of the Board of Trustees"),
        ("Approved by", "Board of Trustees, 11 July 2024"),
        ("Version", "3.0 – progress update for the Board, 13 March 2025"),
        ("Next review", "September 2025"),
    ]):
        set_cell(ctl.cell(i, 0), k, bold=True)
        set_cell(ctl.cell(i, 1), v)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "In February 2022 the Charity Commission opened a regulatory compliance case into governance and "
        "financial controls at the Fund. The Commission closed the case in May 2024, noting that the Fund had "
        "developed a plan to revitalise its governance. This plan sets out the actions the trustees agreed in "
        "response to the Commission’s advice, grouped under the four areas the Commission identified. Progress "
        "is reported to every Board meeting.")

    doc.add_heading("Status key", level=2)
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for i, (k, v, col) in enumerate([
        ("Complete", "Action delivered and evidenced to the Board", "9DC3E6"),
        ("Green", "On track to be delivered by the target date", "A9D08E"),
        ("Amber", "Some slippage; revised date agreed by the Board", "FFD966"),
        ("Red", "Off track; Board attention needed", "FF7C80"),
        ("Not started", "Not yet due to start", "FFFFFF"),
    ]):
        set_cell(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), col)
        set_cell(key.cell(i, 1), v)
    status_fill = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}

    sections = [
        ("1. Governing document",
         "Commission advice: Ensure the governing document is clear and not open to differing interpretations, "
         "particularly on how trustees and honorary officers are appointed, elected and retire.",
         [("1.1", "Commission an independent legal review of the Articles of Association and the rules of "
                  "membership.", "Chair and Company Secretary", "August 2024", "Complete",
           "Review received from the Fund’s solicitors on 22 August 2024."),
          ("1.2", "Propose amended Articles to members for adoption at the AGM, setting out the election, "
                  "rotation and removal of trustees and the role of President.", "Company Secretary",
           "December 2024", "Complete",
           "Special resolution passed at the AGM on 5 December 2024; filed with Companies House and the "
           "Commission.")]),
        ("2. Trustee appointment, induction and rotation",
         "Commission advice: Ensure regular trustee rotation and a transparent, documented process for "
         "appointing trustees in line with the governing document.",
         [("2.1", "Adopt a trustee recruitment and succession policy, including a skills audit of the Board every "
                  "two years.", "Nominations Committee", "Mar-25", "Green",
           "Skills audit completed; policy presented to the Board on 13 March 2025 for approval."),
          ("2.2", "Deliver a structured induction, including the Commission’s guidance ‘The essential trustee’ "
                  "(CC3), for all trustees elected in January 2024.", "Chief Executive", "30/09/2024",
           "Complete", "Induction sessions held in April and June 2024."),
          ("2.3", "Introduce maximum terms of office for trustees (three terms of three years) and report "
                  "compliance in the trustees’ annual report.", "Chair; Company Secretary", "July 2025", "Amber",
           "Term limits included in the amended Articles. First reporting moved from May to July 2025 with "
           "the 2024/25 annual report.")]),
        ("3. Financial controls",
         "Commission advice: Put in place sufficient financial policies and controls, including delegated "
         "authorities, reserves and grant-making approval limits.",
         [("3.1", "Approve a scheme of financial delegation and authorisation limits for grants, payments and "
                  "contracts.", "Honorary Treasurer", "October 2024", "Complete",
           "Approved by the Board on 17 October 2024."),
          ("3.2", "Adopt a reserves policy and an investment policy statement, and review investment manager "
                  "performance annually.", "Honorary Treasurer / Finance Committee", "June 2025", "Green",
           "Reserves policy approved; investment policy statement in draft."),
          ("3.3", "Commission an independent review of the grant assessment process to confirm awards follow "
                  "the approved criteria.", "Chief Executive", "September 2025", "Not started",
           "To be scoped once the new Grants Officer is in post (April 2025).")]),
        ("4. Meetings, minutes and members",
         "Commission advice: Ensure transparency in decision-making; keep accurate minutes and run meetings, "
         "including general meetings, in line with the governing document.",
         [("4.1", "Use a standard minute template recording decisions, conflicts of interest declared and votes, "
                  "with draft minutes circulated within 10 working days.", "Company Secretary", "Ongoing",
           "Green", "In use since July 2024."),
          ("4.2", "Publish the procedure for AGMs and trustee elections, including independent scrutiny of the "
                  "ballot, on the Fund’s website.", "Company Secretary", "November 2024", "Complete",
           "Published 4 November 2024."),
          ("4.3", "Commission an external board effectiveness review.", "Chair", "Q1 2025/26", "Amber",
           "Provider being appointed; fieldwork now planned for summer 2025.")]),
    ]
    heads = ["Ref", "Action", "Lead", "Target date", "Status", "Progress update (March 2025)"]
    for title, advice, rows in sections:
        doc.add_heading(title, level=2)
        tb = doc.add_table(rows=2 + len(rows), cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(tb.cell(0, i), h, bold=True)
            shade(tb.cell(0, i), "D9D9D9")
        adv = tb.cell(1, 0).merge(tb.cell(1, 5))
        set_cell(adv, advice, bold=True)
        shade(adv, "F2F2F2")
        for j, row in enumerate(rows, 2):
            for i, v in enumerate(row):
                set_cell(tb.cell(j, i), v)
            if row[4] in status_fill:
                shade(tb.cell(j, 4), status_fill[row[4]])

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Approved on behalf of the Board of Trustees", "Role", "Date"]):
        set_cell(so.cell(0, i), h, bold=True)
    for i, v in enumerate(["Signed (copy held by the Company Secretary)", "Chair", "13 March 2025"]):
        set_cell(so.cell(1, i), v)
    doc.save(path(name))

    U = {s[0]: s[1] for s in sections}
    s1, s2, s3, s4 = [s[0] for s in sections]
    acts = [
        act("1.1", [s1, U[s1]], "Commission an independent legal review of the Articles of Association and the "
            "rules of membership.", ["Chair", "Company Secretary"], "2024-08", "blue"),
        act("1.2", [s1, U[s1]], "Propose amended Articles to members for adoption at the AGM, setting out the "
            "election, rotation and removal of trustees and the role of President.", ["Company Secretary"],
            "2024-12", "blue"),
        act("2.1", [s2, U[s2]], "Adopt a trustee recruitment and succession policy, including a skills audit of "
            "the Board every two years.", ["Nominations Committee"], "2025-03", "green"),
        act("2.2", [s2, U[s2]], "Deliver a structured induction, including the Commission’s guidance ‘The "
            "essential trustee’ (CC3), for all trustees elected in January 2024.", ["Chief Executive"],
            "2024-09", "blue"),
        act("2.3", [s2, U[s2]], "Introduce maximum terms of office for trustees (three terms of three years) and "
            "report compliance in the trustees’ annual report.", ["Chair", "Company Secretary"], "2025-07",
            "amber"),
        act("3.1", [s3, U[s3]], "Approve a scheme of financial delegation and authorisation limits for grants, "
            "payments and contracts.", ["Honorary Treasurer"], "2024-10", "blue"),
        act("3.2", [s3, U[s3]], "Adopt a reserves policy and an investment policy statement, and review "
            "investment manager performance annually.", ["Honorary Treasurer", "Finance Committee"], "2025-06",
            "green"),
        act("3.3", [s3, U[s3]], "Commission an independent review of the grant assessment process to confirm "
            "awards follow the approved criteria.", ["Chief Executive"], "2025-09", "unrated"),
        act("4.1", [s4, U[s4]], "Use a standard minute template recording decisions, conflicts of interest "
            "declared and votes, with draft minutes circulated within 10 working days.", ["Company Secretary"],
            None, "green", end_text="Ongoing"),
        act("4.2", [s4, U[s4]], "Publish the procedure for AGMs and trustee elections, including independent "
            "scrutiny of the ballot, on the Fund’s website.", ["Company Secretary"], "2024-11", "blue"),
        act("4.3", [s4, U[s4]], "Commission an external board effectiveness review.", ["Chair"], "2025-06",
            "amber"),
    ]
    write_yaml(name, {
        "source": (
            "The Actors’ Benevolent Fund (registered charity), governance action plan responding to the Charity "
            "Commission regulatory compliance case opened February 2022 and closed May 2024 (Commission press "
            "release 31 May 2024, 'Don’t allow disagreements to overshadow your charity’s positive work'; Civil "
            "Society coverage). The four sections follow the areas the Commission named (governing document, "
            "trustee appointment and rotation, financial controls, meetings and minutes). Copied from charity "
            "board action plans: title block, document-control table, introduction, status key table with "
            "shading, one Word table per section with the Commission’s advice as a merged row above the "
            "numbered actions, mixed target-date forms (month name, Mar-25, dd/mm/yyyy, Ongoing, Q1 2025/26), "
            "a sign-off table."),
        "reads": (
            "Eleven numbered actions in four section tables, each under the section heading and the Commission "
            "advice row at the top of its table. Status words follow the document's key (Complete = blue, Not "
            "started = unrated); the document-control, key and sign-off tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Governance Action Plan 2024–2025",
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# 5. Cottsway Housing - stock condition programme highlight report (docx)
# ---------------------------------------------------------------------------
def cottsway():
    name = "zav-cottsway-housing-stock-condition-programme-highlight-report.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Cottsway Housing Association")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Stock Condition and Compliance Data Programme – Highlight Report", level=1)
    doc.add_paragraph("Report no. 7  |  Reporting period: 1–31 October 2025  |  Report to: Executive Management "
                      "Team and Assets & Compliance Committee")

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Programme sponsor (SRO)", "Director of Assets"),
        ("Programme manager", "Programme Manager (Assets Data)"),
        ("Date of report", "7 November 2025"),
        ("Next report", "December 2025 (period to 30 November)"),
    ]):
        set_cell(info.cell(i, 0), k, bold=True)
        shade(info.cell(i, 0), "E2EFDA")
        set_cell(info.cell(i, 1), v)

    doc.add_heading("1. Overall status", level=2)
    rag_hex = {"G": "00B050", "A": "FFC000", "R": "FF0000", "Complete": "5B9BD5"}
    stat = [("Overall", "A", "A", "Survey programme behind baseline; recovery plan agreed with contractor."),
            ("Schedule", "A", "R", "Data reconciliation (B1) missed its September baseline."),
            ("Budget", "G", "G", "£412k spent of £980k; forecast within budget."),
            ("Resources", "A", "A", "Asset Data Analyst vacancy filled from 17 November."),
            ("Quality", "G", "G", "Contractor survey QA pass rate 97%.")]
    tb = doc.add_table(rows=1 + len(stat), cols=4)
    tb.style = "Table Grid"
    for i, h in enumerate(["Dimension", "Last period", "This period", "Commentary"]):
        set_cell(tb.cell(0, i), h, bold=True)
        shade(tb.cell(0, i), "BFBFBF")
    for j, (a, b, c, e) in enumerate(stat, 1):
        set_cell(tb.cell(j, 0), a)
        set_cell(tb.cell(j, 1), b)
        shade(tb.cell(j, 1), rag_hex[b])
        set_cell(tb.cell(j, 2), c)
        shade(tb.cell(j, 2), rag_hex[c])
        set_cell(tb.cell(j, 3), e)

    doc.add_heading("2. Summary", level=2)
    doc.add_paragraph(
        "Surveys reached 1,104 of the 1,650 homes in the Year 1 tranche (67%). No-access rates remain the main "
        "constraint, at 11% of first appointments. Reconciliation of the asset register against the Big 6 "
        "compliance records has identified 38 properties with a record mismatch; each has been checked and none "
        "is without a current certificate.")

    doc.add_heading("3. Milestones and deliverables", level=2)
    WA = "Workstream A – Stock condition surveys"
    WB = "Workstream B – Compliance data and systems"
    WC = "Workstream C – Tenant communication and access"
    ms = [
        ("ws", WA),
        ("A1", "Appoint stock condition survey contractor through the framework mini-competition",
         "Head of Asset Management", "Apr-25", "Apr-25", "Complete", "Contract awarded 14 April 2025."),
        ("A2", "Complete stock condition surveys of general needs homes (Year 1 tranche: 1,650 homes)",
         "Head of Asset Management", "Dec-25", "Feb-26", "A",
         "1,104 surveyed. Saturday appointments added to recover."),
        ("A3", "Validate survey data and load component lifecycles into the asset management system",
         "Asset Data Manager", "Jan-26", "Mar-26", "A", "Follows A2; validation rules agreed."),
        ("ws", WB),
        ("B1", "Reconcile the asset register against gas, electrical, fire, water, asbestos and lift compliance "
               "records (Big 6)", "Compliance Manager / Asset Data Manager", "Sep-25", "Nov-25", "R",
         "38 mismatches being cleared; lift records outstanding."),
        ("B2", "Configure compliance module reports for the monthly Board assurance dashboard",
         "Business Systems Lead", "Nov-25", "Nov-25", "G", "Test reports issued to Head of Compliance."),
        ("B3", "Independent assurance review of compliance data (internal audit)", "Head of Governance",
         "Mar-26", "Mar-26", "Not started", "Scope to be agreed with internal auditors in January."),
        ("ws", WC),
        ("C1", "Launch ‘Let us in’ communications campaign for no-access properties",
         "Customer Engagement Manager", "Jul-25", "Jul-25", "Complete", "Campaign launched 7 July 2025."),
        ("C2", "Agree a no-access escalation process with Housing Services, including support for customers in "
               "vulnerable circumstances", "Head of Housing Services and Head of Asset Management", "Oct-25",
         "Dec-25", "A", "Draft process with Tenant Voice Panel for comment."),
    ]
    n_rows = 1 + len(ms)
    tb = doc.add_table(rows=n_rows, cols=7)
    tb.style = "Table Grid"
    for i, h in enumerate(["Ref", "Milestone / deliverable", "Owner", "Baseline date", "Forecast date", "RAG",
                           "Commentary"]):
        set_cell(tb.cell(0, i), h, bold=True)
        shade(tb.cell(0, i), "375623")
    for j, row in enumerate(ms, 1):
        if row[0] == "ws":
            m = tb.cell(j, 0).merge(tb.cell(j, 6))
            set_cell(m, row[1], bold=True)
            shade(m, "E2EFDA")
            continue
        for i, v in enumerate(row):
            set_cell(tb.cell(j, i), v)
        if row[5] in rag_hex:
            shade(tb.cell(j, 5), rag_hex[row[5]])

    doc.add_heading("4. Key risks and issues", level=2)
    rk = doc.add_table(rows=3, cols=4)
    rk.style = "Table Grid"
    for i, h in enumerate(["ID", "Risk / issue", "Rating", "Mitigation in place"]):
        set_cell(rk.cell(0, i), h, bold=True)
    for j, row in enumerate([
        ("R03", "No-access rates delay completion of the Year 1 survey tranche", "High",
         "Campaign C1 live; escalation process C2 in draft; weekend appointments offered."),
        ("I02", "Lift servicing records held only by the contractor portal", "Medium",
         "Contractor has agreed a monthly data extract from December."),
    ], 1):
        for i, v in enumerate(row):
            set_cell(rk.cell(j, i), v)

    doc.add_heading("5. Decisions required", level=2)
    doc.add_paragraph("The Committee is asked to note the revised forecast dates for A2, A3, B1 and C2, and to "
                      "approve a virement of £38,000 from the programme contingency to fund weekend survey "
                      "appointments.")
    doc.save(path(name))

    acts = [
        act("A1", [WA], "Appoint stock condition survey contractor through the framework mini-competition",
            ["Head of Asset Management"], "2025-04", "blue"),
        act("A2", [WA], "Complete stock condition surveys of general needs homes (Year 1 tranche: 1,650 homes)",
            ["Head of Asset Management"], "2026-02", "amber"),
        act("A3", [WA], "Validate survey data and load component lifecycles into the asset management system",
            ["Asset Data Manager"], "2026-03", "amber"),
        act("B1", [WB], "Reconcile the asset register against gas, electrical, fire, water, asbestos and lift "
            "compliance records (Big 6)", ["Compliance Manager", "Asset Data Manager"], "2025-11", "red"),
        act("B2", [WB], "Configure compliance module reports for the monthly Board assurance dashboard",
            ["Business Systems Lead"], "2025-11", "green"),
        act("B3", [WB], "Independent assurance review of compliance data (internal audit)",
            ["Head of Governance"], "2026-03", "unrated"),
        act("C1", [WC], "Launch ‘Let us in’ communications campaign for no-access properties",
            ["Customer Engagement Manager"], "2025-07", "blue"),
        act("C2", [WC], "Agree a no-access escalation process with Housing Services, including support for "
            "customers in vulnerable circumstances", ["Head of Housing Services", "Head of Asset Management"],
            "2025-12", "amber"),
    ]
    write_yaml(name, {
        "source": (
            "Cottsway Housing Association (registered provider, West Oxfordshire), monthly highlight report for "
            "its stock condition survey and compliance data programme to the Executive Management Team and "
            "Assets & Compliance Committee, October 2025. Follows the PRINCE2 highlight report structure used by "
            "housing associations and public bodies (status summary last/this period, milestones, risks and "
            "issues, decisions). Copied: title block, programme information table, status summary table with "
            "shaded last/this-period RAG, narrative summary, a milestones table with merged workstream rows, "
            "baseline and forecast dates (Mmm-yy), RAG letters on fills, a risks/issues table and a decisions "
            "paragraph."),
        "reads": (
            "The plan content is the milestones table: eight deliverables under three workstreams, each with an "
            "owner, a baseline and a forecast date (the forecast is the current end) and a RAG. The status "
            "summary, risks/issues table and decisions paragraph are report furniture, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Stock Condition and Compliance Data Programme – Highlight Report",
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# 6. Witney Town Council - Planner export saved as CSV
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def witney():
    name = "zav-witney-town-council-governance-action-plan-planner-export.csv"
    plan_name = "Witney TC – Governance & Audit Action Plan 2025-26"
    header = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By",
              "Created Date", "Start Date", "Due Date", "Is Recurring", "Late", "Completed Date", "Completed By",
              "Completed Checklist Items", "Checklist Items", "Labels", "Description"]
    IA = "Internal audit 2024-25 recommendations"
    EA = "External audit (AGAR) 2024-25"
    PO = "Policies and standing orders"
    RI = "Risk management & insurance"
    tasks = [
        ("Qm1xT0aV4UyTzK8w7pL2dmUAF3nh", "Update Financial Regulations to the NALC 2024 model and adopt at "
         "Full Council", IA, "Completed", "Important", "Emma Walsh", "02/06/2025", "02/06/2025", "30/06/2025",
         "false", "23/06/2025", "Emma Walsh", "", "", "", "Internal audit report 14/05/2025, point 1"),
        ("b7cZr9QfXkWwJ1sH0aQvP2mUAE5k", "Evidence monthly bank reconciliations signed by a non-signatory "
         "councillor", IA, "In progress", "Medium", "Emma Walsh;Cllr Jo Patel", "02/06/2025", "01/07/2025",
         "30/11/2025", "false", "", "", "4/6", "6", "Green", ""),
        ("HcT4a0pQ8EiLm3yR6vN1dmUAB7xw", "Record VAT reclaims quarterly and reconcile to the cashbook", IA,
         "In progress", "Medium", "Daniel Okafor", "02/06/2025", "01/07/2025", "31/10/2025", "true", "", "",
         "", "", "Red", "Q1 claim submitted; Q2 outstanding"),
        ("Zp2Lk8VwQa3Rt7Nc1yUe0mUAH4sd", "Review the asset register against the insurance schedule and update "
         "values", IA, "Not started", "Low", "Daniel Okafor", "02/06/2025", "", "31/01/2026", "false", "", "",
         "", "", "", ""),
        ("kR5s2VbN9aWq1Lx7Te3PdmUAC8jf", "Publish the AGAR, notice of conclusion of audit and external auditor "
         "report on the website", EA, "Completed", "Urgent", "Emma Walsh", "15/09/2025", "15/09/2025",
         "30/09/2025", "false", "26/09/2025", "Emma Walsh", "", "", "", ""),
        ("Wn8Fq3Ha6Ys1Bc4Km0Lr7mUAD2pe", "Respond to the external auditor's comment on assertion 3 of the Annual "
         "Governance Statement and report to Finance Committee", EA, "In progress", "Important",
         "Emma Walsh;Daniel Okafor", "15/09/2025", "01/10/2025", "15/12/2025", "false", "", "", "", "",
         "Amber", ""),
        ("Tg6Vx1Me4Qp9Dz2Ab8Hs5mUAJ0rn", "Review Standing Orders against the NALC 2025 model and present to "
         "Policy and Resources Committee", PO, "In progress", "Medium", "Sarah Bennett", "02/06/2025",
         "01/09/2025", "31/01/2026", "false", "", "", "2/5", "5", "Green", ""),
        ("Ld3Ck7Rs0Ww5Ey8Gt2Nf9mUAK6bq", "Adopt a Publication Scheme and Freedom of Information procedure", PO,
         "In progress", "Medium", "Sarah Bennett", "02/06/2025", "01/09/2025", "31/12/2025", "false", "", "",
         "", "", "Amber", "ICO model scheme"),
        ("Pf9Jm2Ua5Xk8Cv1Sb4Rz6mUAL3tw", "Carry out the annual review of the corporate risk register and present "
         "it to Full Council", RI, "Not started", "Important", "Emma Walsh", "02/06/2025", "", "31/03/2026",
         "false", "", "", "", "", "", ""),
        ("Ya4Np7Gd1Te6Hq3Wx9Ks2mUAM5vc", "Increase fidelity guarantee cover to at least £500,000 at insurance "
         "renewal", RI, "Completed", "Important", "Daniel Okafor", "19/05/2025", "19/05/2025", "01/06/2025",
         "false", "28/05/2025", "Daniel Okafor", "", "", "", ""),
    ]
    lines = [
        "Plan name," + csv_field(plan_name),
        "Plan ID,xR3mV8qLk0eZ2pTnW7yHdmUAGaC1",
        "Date of export,03/11/2025",
        "",
        ",".join(header),
    ]
    for (tid, tname, bucket, prog, prio, assigned, created, start, due, late, cdate, cby, cci, ci, labels,
         desc) in tasks:
        row = [tid, tname, bucket, prog, prio, assigned, "Emma Walsh", created, start, due, "false", late,
               cdate, cby, cci, ci, labels, desc]
        lines.append(",".join(csv_field(v) for v in row))
    with open(path(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    def st(prog, labels):
        if prog == "Completed":
            return "blue"
        return {"Green": "green", "Amber": "amber", "Red": "red", "": "unrated"}[labels]

    def ym(s):
        dd, mm, yy = s.split("/")
        return f"{yy}-{mm}"

    acts = []
    for (tid, tname, bucket, prog, prio, assigned, created, start, due, late, cdate, cby, cci, ci, labels,
         desc) in tasks:
        acts.append(act(None, [bucket], tname, assigned.split(";"), ym(due), st(prog, labels)))
    write_yaml(name, {
        "source": (
            "Witney Town Council (Oxfordshire), governance and audit action plan kept in Microsoft Planner and "
            "exported to Excel then saved as CSV, 2025-26, tracking internal audit points, the AGAR external "
            "audit, standing orders/policies and risk/insurance tasks as town and parish councils do after their "
            "internal and external audits. Copied from Planner's 'Export plan to Excel' layout: Plan name, Plan "
            "ID and Date of export lines above a blank line and the standard column header (Task ID, Task Name, "
            "Bucket Name, Progress, Priority, Assigned To ... Labels, Description), multiple assignees separated "
            "by semicolons, dd/mm/yyyy dates, checklist counts, RAG kept as Planner labels."),
        "reads": (
            "Ten tasks, each under its Planner bucket, with the task name as the action and the Assigned To "
            "people as leads. Completed tasks are blue; for open tasks the RAG is the label (Green/Amber/Red) and "
            "an open task with no label is unrated; Task IDs are system identifiers, not refs."),
        "outcome": "read",
        "accept_refusal": False,
        "title": plan_name,
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# 7. Glasgow Prestwick Airport - board rolling action log, tab-separated text export
# ---------------------------------------------------------------------------
def prestwick():
    name = "zav-glasgow-prestwick-airport-board-action-log.txt"
    BF = "Actions brought forward from previous meetings"
    NEW = "Actions arising from the meeting of 25 September 2025"
    rows = [
        ("sec", BF),
        ("BA/24/31", "28/11/2024", "6.2", "Present options for the long-term funding of the terminal roof "
         "replacement, including a bid to Transport Scotland.", "CFO", "Dec-25", "Amber",
         "Options paper drafted; Transport Scotland meeting held 14 October. Date revised from Jun-25."),
        ("BA/25/07", "27/03/2025", "4.1", "Bring a revised Delegated Authority Framework to the Board for "
         "approval, aligned to the Scottish Public Finance Manual.", "CS/CFO", "Nov-25", "Green",
         "Draft reviewed by Audit and Risk Committee on 9 September."),
        ("BA/25/12", "26/06/2025", "7.3", "Report on progress of the spaceport licence application and the "
         "associated CAA engagement.", "CEO", "Ongoing", "Green", "Standing item; update at each meeting."),
        ("BA/25/15", "26/06/2025", "9.1", "Arrange a Board cyber security awareness session with the National "
         "Cyber Security Centre.", "CS", "Sep-25", "Complete", "Session held 25 September 2025."),
        ("sec", NEW),
        ("BA/25/19", "25/09/2025", "5.2", "Circulate the updated five-year business plan financial model, with "
         "sensitivity analysis on passenger and freight volumes.", "CFO", "Oct-25", "Complete",
         "Circulated 10 October 2025."),
        ("BA/25/20", "25/09/2025", "6.1", "Commission an independent review of the aerodrome safety management "
         "system audit findings.\nReport findings and management response to the Safety Committee and then the "
         "Board.", "COO", "Jan-26", "Green", "Terms of reference agreed."),
        ("BA/25/21", "25/09/2025", "8.4", "Review the Board skills matrix and agree priorities for the next "
         "non-executive director recruitment with the Scottish Government sponsor team.", "Chair / CS",
         "31/03/2026", "Not started", ""),
        ("BA/25/22", "25/09/2025", "10.1", "Provide a breakdown of fuel farm income by customer for the last "
         "three financial years.", "RM/FH", "TBC", "Amber",
         "Data extraction delayed by the finance system upgrade."),
        ("BA/25/23", "25/09/2025", "11.2", "Update the corporate risk register to reflect the wind farm radar "
         "mitigation risk and present it to the Audit and Risk Committee.", "COO", "Nov-25", "Red",
         "Not yet drafted; Committee date moved to 20 November."),
    ]

    def tsv_field(v):
        if "\n" in v or '"' in v or "\t" in v:
            return '"' + v.replace('"', '""') + '"'
        return v

    out = [
        "Glasgow Prestwick Airport Limited",
        "Board of Directors – Rolling Action Log",
        "Updated following the Board meeting held on 25 September 2025",
        "",
        "\t".join(["No.", "Meeting", "Minute ref", "Action", "Owner", "Due", "Status", "Update"]),
    ]
    for row in rows:
        if row[0] == "sec":
            out.append(row[1] + "\t" * 7)
        else:
            out.append("\t".join(tsv_field(v) for v in row))
    out += [
        "",
        "Key: Complete – action closed (removed after reporting once); Green – on track; Amber – at risk or "
        "date revised; Red – overdue; Not started – not yet due.",
        "Owners: CEO – Chief Executive; CFO – Chief Financial Officer; COO – Chief Operating Officer; CS – "
        "Company Secretary.",
    ]
    with open(path(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(out) + "\r\n")

    acts = [
        act("BA/24/31", [BF], "Present options for the long-term funding of the terminal roof replacement, "
            "including a bid to Transport Scotland.", ["CFO"], "2025-12", "amber"),
        act("BA/25/07", [BF], "Bring a revised Delegated Authority Framework to the Board for approval, aligned "
            "to the Scottish Public Finance Manual.", ["CS", "CFO"], "2025-11", "green"),
        act("BA/25/12", [BF], "Report on progress of the spaceport licence application and the associated CAA "
            "engagement.", ["CEO"], None, "green", end_text="Ongoing"),
        act("BA/25/15", [BF], "Arrange a Board cyber security awareness session with the National Cyber "
            "Security Centre.", ["CS"], "2025-09", "blue"),
        act("BA/25/19", [NEW], "Circulate the updated five-year business plan financial model, with sensitivity "
            "analysis on passenger and freight volumes.", ["CFO"], "2025-10", "blue"),
        act("BA/25/20", [NEW], "Commission an independent review of the aerodrome safety management system audit "
            "findings.\nReport findings and management response to the Safety Committee and then the Board.",
            ["COO"], "2026-01", "green"),
        act("BA/25/21", [NEW], "Review the Board skills matrix and agree priorities for the next non-executive "
            "director recruitment with the Scottish Government sponsor team.", ["Chair", "CS"], "2026-03",
            "unrated"),
        act("BA/25/22", [NEW], "Provide a breakdown of fuel farm income by customer for the last three financial "
            "years.", ["RM", "FH"], None, "amber", end_text="TBC"),
        act("BA/25/23", [NEW], "Update the corporate risk register to reflect the wind farm radar mitigation risk "
            "and present it to the Audit and Risk Committee.", ["COO"], "2025-11", "red"),
    ]
    write_yaml(name, {
        "source": (
            "Glasgow Prestwick Airport Limited (owned by the Scottish Ministers since 2013), Board of Directors "
            "rolling action log after the September 2025 meeting, exported from Excel as tab-delimited text. "
            "Imitates Scottish public body board rolling action logs (e.g. Scottish Police Authority, Standards "
            "Commission) and the NICS board minute action tables: title lines, header row, section lines for "
            "brought-forward and new actions, action numbers, meeting date and minute reference columns, owners "
            "as post initials (some joint, e.g. CS/CFO), due dates as Mmm-yy, dd/mm/yyyy, Ongoing and TBC, a "
            "quoted multi-line action cell, key and owners legend lines at the end."),
        "reads": (
            "Nine actions in two sections (brought forward; arising from 25 September 2025). Owners are post "
            "abbreviations or initials, joint owners split at '/'; the status column uses Complete, Green, Amber, "
            "Red and Not started, and 'Ongoing' and 'TBC' due dates have no month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Board of Directors – Rolling Action Log",
        "actions": acts,
    })


if __name__ == "__main__":
    care_inspectorate()
    sib()
    pennine()
    abf()
    cottsway()
    witney()
    prestwick()
    print("built 7 zav- files in", HERE)
