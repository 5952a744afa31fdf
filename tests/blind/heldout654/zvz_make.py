"""Build the seven zvz- blind test files (set heldout654) and their expected readings.

Run with /work/main/.venv/bin/python zvz_make.py (from any directory).
"""
import csv
import io
import os
from datetime import datetime

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
}


def out(name):
    return os.path.join(HERE, name)


def d(s):
    return datetime.strptime(s, "%d/%m/%Y")


def ym(s):
    """dd/mm/yyyy -> YYYY-MM"""
    return s[6:10] + "-" + s[3:5]


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, data):
    import re
    if re.fullmatch(r"\d{4}-\d{2}", data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    return dumper.represent_str(data)


_Dumper.add_representer(str, _str_rep)


def write_expected(fname, meta, actions=None):
    doc = {}
    doc["source"] = meta["source"]
    doc["reads"] = meta["reads"]
    doc["outcome"] = meta["outcome"]
    doc["accept_refusal"] = meta.get("accept_refusal", False)
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        doc["title"] = meta["title"]
    if actions is not None:
        doc["actions"] = actions
    with open(out(fname + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.dump(doc, fh, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Zero Waste Scotland - ARC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def zero_waste():
    name = "zvz-zero-waste-scotland-arc-internal-audit-recommendations-tracker.xlsx"
    title = "Zero Waste Scotland – Internal Audit Recommendations Tracker"
    audits = [
        ("ZWS 2024/25-03 Procurement and Contract Management (Limited assurance)", [
            ("3.1",
             "Contract award decisions above £50,000 should be approved in line with the Scheme of Delegation and the approval evidenced on the contract file.",
             "High",
             "Contract file checklist to be updated to require evidence of approval by the appropriate budget holder before award. Procurement team to spot-check 10% of awards quarterly.",
             "Head of Procurement", ["Head of Procurement"],
             "31/03/2025", "30/09/2025", "Amber", "Complete",
             "Checklist updated May 2025; first quarterly spot-check reported to SMT in September 2025. Evidence provided to Internal Audit for closure."),
            ("3.2",
             "The contracts register should be complete and reviewed regularly so that contracts due to expire are re-procured in good time.",
             "Medium",
             "a) Contracts register to be migrated to the Public Contracts Scotland contract management module.\nb) Quarterly expiry report to be issued to budget holders and SMT.",
             "Head of Procurement / Finance Systems Manager", ["Head of Procurement", "Finance Systems Manager"],
             "30/06/2025", "31/12/2025", "Amber", "Amber",
             "Migration 70% complete; delayed by system access issues. First expiry report issued October 2025."),
            ("3.3",
             "Single-source justifications should be approved in advance and reported to the Audit and Risk Committee.",
             "Medium",
             "Single-source justification form to be revised to require pre-approval by the Director of Finance and Corporate Services, with an annual summary reported to ARC.",
             "Director of Finance and Corporate Services", ["Director of Finance and Corporate Services"],
             "31/03/2026", None, "Green", "Green",
             "Revised form drafted; annual summary scheduled for the March 2026 ARC."),
        ]),
        ("ZWS 2024/25-05 Cyber Security – Incident Response (Reasonable assurance)", [
            ("5.1",
             "The cyber incident response plan should be tested at least annually, including with the managed security service provider.",
             "High",
             "Tabletop exercise to be held with the managed security service provider and lessons learned reported to the Information Governance Group.",
             "Chief Digital Officer", ["Chief Digital Officer"],
             "31/07/2025", "28/02/2026", "Amber", "Red",
             "Exercise postponed twice owing to supplier availability; now booked for February 2026."),
            ("5.2",
             "Roles in the incident response plan should be assigned to named deputies.",
             "Low",
             "Incident response plan to be updated with named deputies for each role and reissued to all responders.",
             "Information Security Manager", ["Information Security Manager"],
             "30/09/2025", None, "Green", "Complete",
             "Plan v2.3 issued 12 September 2025."),
        ]),
        ("ZWS 2025/26-01 Grant Management – Circular Economy Investment Fund (Reasonable assurance)", [
            ("1.1",
             "Grant claims should be verified against evidence of expenditure before payment is released.",
             "Medium",
             "Grant claim verification procedure to be introduced, with a second-line check on all claims over £25,000.",
             "Grants Manager; Finance Business Partner", ["Grants Manager", "Finance Business Partner"],
             "31/01/2026", None, "New", "Green",
             "Procedure drafted and under review by Finance."),
            ("1.2",
             "Monitoring visits to grant recipients should be risk-based and recorded.",
             "Medium",
             "Risk-based monitoring visit schedule to be agreed and visit notes held on the grants system.",
             "Grants Manager", ["Grants Manager"],
             "31/03/2026", None, "New", "Not started",
             ""),
        ]),
    ]
    status_fill = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    status_read = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – 26 November 2025"
    ws["A3"] = "Position as at 31 October 2025"
    hdr = ["Current status", "High", "Medium", "Low", "Total"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    counts = {}
    for _, recs in audits:
        for r in recs:
            counts.setdefault(r[8], {"High": 0, "Medium": 0, "Low": 0})
            counts[r[8]][r[2]] += 1
    row = 6
    tot = {"High": 0, "Medium": 0, "Low": 0}
    for st in ["Complete", "Green", "Amber", "Red", "Not started"]:
        cnt = counts.get(st, {"High": 0, "Medium": 0, "Low": 0})
        vals = [st, cnt["High"], cnt["Medium"], cnt["Low"], sum(cnt.values())]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=i, value=v)
            c.border = BOX
        if st in status_fill:
            ws.cell(row=row, column=1).fill = fill(status_fill[st])
        for k in tot:
            tot[k] += cnt[k]
        row += 1
    vals = ["Total", tot["High"], tot["Medium"], tot["Low"], sum(tot.values())]
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    ws.cell(row=row + 2, column=1, value="Recommendations closed and verified by Internal Audit are removed from the tracker after they have been reported to the Committee once.")
    ws.column_dimensions["A"].width = 22

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Auditor: Azets. Report to Audit and Risk Committee, 26 November 2025"
    ws["A3"] = "Previous status as reported to ARC on 27 August 2025; current status at 31 October 2025"
    heads = ["Ref", "Recommendation", "Priority", "Agreed management action", "Action owner",
             "Original target date", "Revised target date", "Previous status (Aug 2025)",
             "Current status", "Progress update"]
    widths = [7, 45, 10, 50, 28, 13, 13, 13, 13, 45]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F5C4A")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(i)].width = widths[i - 1]
    ws.freeze_panes = "A6"
    row = 6
    expected = []
    for audit_title, recs in audits:
        ws.cell(row=row, column=1, value=audit_title).font = Font(bold=True)
        for col in range(1, 11):
            ws.cell(row=row, column=col).fill = fill("D9E7E2")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        row += 1
        for (ref, rec, pri, action, owner, leads, orig, rev, prev, cur, upd) in recs:
            vals = [ref, rec, pri, action, owner, d(orig), d(rev) if rev else None, prev, cur, upd or None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            if prev in status_fill:
                ws.cell(row=row, column=8).fill = fill(status_fill[prev])
            if cur in status_fill:
                ws.cell(row=row, column=9).fill = fill(status_fill[cur])
            expected.append(act(ref, [audit_title, rec], action, leads, ym(rev or orig), status_read[cur]))
            row += 1

    ws = wb.create_sheet("Definitions")
    ws["A1"] = "Priority and status definitions"
    ws["A1"].font = Font(bold=True)
    defs = [
        ("High", "Significant weakness in the control environment; action required within three months."),
        ("Medium", "Weakness that should be addressed within six months."),
        ("Low", "Minor improvement; action within twelve months."),
        ("", ""),
        ("Complete", "Action implemented; evidence provided to Internal Audit."),
        ("Green", "On track to be implemented by the target date."),
        ("Amber", "Some slippage; revised target date agreed."),
        ("Red", "Overdue or significant risk that the target date will not be met."),
        ("Not started", "Action not yet due to start."),
    ]
    for i, (k, v) in enumerate(defs, 3):
        ws.cell(row=i, column=1, value=k or None)
        ws.cell(row=i, column=2, value=v or None)
        if k in status_fill:
            ws.cell(row=i, column=1).fill = fill(status_fill[k])
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 80
    wb.active = 1
    wb.save(out(name))

    meta = {
        "source": ("Imitates a Scottish public body's Audit and Risk Committee internal audit recommendations "
                   "tracker (Zero Waste Scotland, ARC paper November 2025, in the style of trackers published by "
                   "NDPBs with Azets as internal auditor). Copied features: workbook with Summary (status x priority "
                   "totals block), Tracker and Definitions sheets; merged grey-green audit report header rows "
                   "giving report number, title and assurance level; recommendation text beside its agreed "
                   "management action; original and revised target dates; previous and current status columns "
                   "with fill colour; lettered sub-actions inside one cell; two posts in one owner cell."),
        "reads": ("A tracker of seven open internal audit recommendations from three audit reports, each grouped "
                  "under its report header row. Each row gives the recommendation, the agreed action, owner, an "
                  "original and sometimes a revised target date, and previous and current status; the revised "
                  "date and the current status are the ones that count."),
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 2. LiveWest - strategic risk register (xlsx), fill-colour action status
# ---------------------------------------------------------------------------
def livewest():
    name = "zvz-livewest-strategic-risk-register-2025-26.xlsx"
    title = "Strategic Risk Register 2025/26 – Quarter 2"
    risks = [
        ("SR01 Building and fire safety compliance",
         "Cause: incomplete fire and structural safety information for higher-risk buildings. Event: failure to meet "
         "Building Safety Act 2022 and Fire Safety (England) Regulations duties. Consequence: harm to residents, "
         "enforcement action and regulatory downgrade.",
         "Chief Operating Officer", 3, 5, "↔",
         "Building safety team in place; quarterly compliance reporting to Board; FRA programme; Accountable Person arrangements.",
         [
             ("SR01.1", "Complete Type 4 fire risk assessments for the remaining 14 high-rise and higher-risk buildings.",
              "Head of Building Safety", ["Head of Building Safety"], "01/12/2025", "green"),
             ("SR01.2", "Submit Safety Case Reports to the Building Safety Regulator for all in-scope buildings when requested.",
              "Head of Building Safety / Resident Safety Manager", ["Head of Building Safety", "Resident Safety Manager"],
              "01/03/2026", "amber"),
             ("SR01.3", "Roll out the resident engagement strategy for building safety to all higher-risk buildings.",
              "Director of Customer Experience", ["Director of Customer Experience"], "01/09/2025", "blue"),
         ]),
        ("SR02 Damp, mould and Awaab's Law readiness",
         "Cause: ageing stock and incomplete stock condition data. Event: hazards not identified or remedied within "
         "statutory timescales. Consequence: harm to residents, Housing Ombudsman findings, reputational damage.",
         "Chief Operating Officer", 4, 4, "↑",
         "Damp and mould policy; specialist surveyors; case tracking in repairs system; monthly performance reporting.",
         [
             ("SR02.1", "Deliver the stock condition survey programme to reach 100% of homes surveyed within five years (20% each year).",
              "Director of Asset Management", ["Director of Asset Management"], "01/03/2026", "green"),
             ("SR02.2", "Implement a new case management workflow in the repairs system to track the hazard timescales required under Awaab's Law.",
              "Head of Repairs; Head of Digital", ["Head of Repairs", "Head of Digital"], "01/10/2025", "red"),
         ]),
        ("SR03 Financial capacity and loan covenant compliance",
         "Cause: cost inflation, rent policy and investment demands on existing homes. Event: reduced interest cover "
         "headroom. Consequence: breach of covenants, reduced development programme.",
         "Chief Financial Officer", 3, 4, "↔",
         "Treasury management policy; monthly covenant monitoring; Board-approved golden rules; stress testing.",
         [
             ("SR03.1", "Refresh the 30-year business plan and stress testing, including multi-variate scenarios, for Board approval.",
              "Chief Financial Officer", ["Chief Financial Officer"], "01/06/2026", "green"),
             ("SR03.2", "Agree revised golden rules on interest cover with treasury advisers and embed them in the monthly management accounts.",
              "Head of Treasury", ["Head of Treasury"], "01/01/2026", "amber"),
         ]),
        ("SR04 Data protection and cyber security",
         "Cause: increasing cyber threat and legacy systems. Event: loss of systems or personal data. Consequence: "
         "service disruption, ICO enforcement, loss of resident trust.",
         "Chief Information Officer", 3, 5, "↓",
         "Managed SOC service; MFA on all accounts; phishing simulations; incident response plan tested annually.",
         [
             ("SR04.1", "Achieve Cyber Essentials Plus certification across the corporate network.",
              "Chief Information Officer", ["Chief Information Officer"], "01/11/2025", "green"),
         ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "LiveWest Homes Limited"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=13)
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    dc = [("Version", "3.2"), ("Owner", "Director of Governance and Company Secretary"),
          ("Reviewed by", "Executive Team, 2 September 2025"),
          ("Approved by", "Audit and Risk Committee, 18 September 2025"),
          ("Next review", "December 2025")]
    for i, (k, v) in enumerate(dc, 5):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2).border = BOX
    ws["A11"] = "Version history"
    ws["A11"].font = Font(bold=True)
    vh = [("Version", "Date", "Change"), ("3.0", "April 2025", "New register for 2025/26 agreed by Board"),
          ("3.1", "June 2025", "Q1 update; SR02 score increased"),
          ("3.2", "September 2025", "Q2 update; SR04 score reduced")]
    for i, r in enumerate(vh, 12):
        for j, v in enumerate(r, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 12:
                c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 46
    ws.column_dimensions["C"].width = 46

    ws = wb.create_sheet("Scoring and key")
    ws["A1"] = "Risk scoring (likelihood x impact, each 1–5)"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "1–6 Low   8–12 Medium   15–25 High"
    ws["A4"] = "Further action status (fill colour in the Status column)"
    ws["A4"].font = Font(bold=True)
    key = [("green", "On track"), ("amber", "Behind plan – may miss target date"),
           ("red", "Overdue"), ("blue", "Complete")]
    for i, (col, txt) in enumerate(key, 5):
        ws.cell(row=i, column=1).fill = fill(RAG_FILL[col])
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2, value=txt)
    ws["A10"] = "Trend: ↑ increasing  ↔ stable  ↓ decreasing (residual score since last quarter)"
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Register")
    ws["A1"] = "LiveWest – " + title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Residual scores after key controls. Status of further actions is shown by fill colour (see 'Scoring and key')."
    heads = ["Risk", "Risk description (cause, event, consequence)", "Risk owner", "Residual L", "Residual I",
             "Residual score", "Trend", "Key controls in place", "Ref", "Further actions", "Action owner",
             "Target date", "Status"]
    widths = [26, 50, 18, 8, 8, 9, 7, 40, 9, 50, 28, 11, 9]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(i)].width = widths[i - 1]
    ws.freeze_panes = "A5"
    row = 5
    expected = []
    for (rname, desc, owner, L, I, trend, controls, acts) in risks:
        first = row
        vals = [rname, desc, owner, L, I, L * I, trend, controls]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=i, value=v)
            c.alignment = WRAP
        for (ref, text, ownertxt, leads, due, st) in acts:
            ws.cell(row=row, column=9, value=ref)
            ws.cell(row=row, column=10, value=text)
            ws.cell(row=row, column=11, value=ownertxt)
            c = ws.cell(row=row, column=12, value=d(due))
            c.number_format = "mmm-yy"
            ws.cell(row=row, column=13).fill = fill(RAG_FILL[st])
            for col in range(1, 14):
                ws.cell(row=row, column=col).border = BOX
                ws.cell(row=row, column=col).alignment = WRAP
            expected.append(act(ref, [rname], text, leads, ym(due), st))
            row += 1
        last = row - 1
        if last > first:
            for col in range(1, 9):
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        score = L * I
        ws.cell(row=first, column=6).fill = fill("FF0000" if score >= 15 else "FFC000")
    wb.active = 2
    wb.save(out(name))

    meta = {
        "source": ("Imitates a housing association's strategic risk register as taken to its Audit and Risk "
                   "Committee (LiveWest, Q2 2025/26; layout after registered providers' published strategic risk "
                   "registers following the Regulator of Social Housing governance standard). Copied features: cover "
                   "sheet with document-control and version-history tables, scoring and key sheet, register with "
                   "risk cells merged down over several further-action rows, residual L x I scores and trend "
                   "arrows, job titles as action owners (two in one cell), mmm-yy target dates and action status "
                   "shown only by fill colour."),
        "reads": ("Four strategic risks, each with its description, owner, scores and controls merged down beside "
                  "one to three further actions. Each further action has its own ref, an owner, a target month and a "
                  "status shown only as a green, amber, red or blue fill whose meaning is given in the key sheet."),
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 3. Network Rail - ORR improvement notices action tracker (xlsx), one sheet per notice
# ---------------------------------------------------------------------------
def network_rail():
    name = "zvz-network-rail-orr-improvement-notices-action-tracker.xlsx"
    title = "ORR Improvement Notices – Action Tracker 2025/26"
    brag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    notices = [
        {
            "sheet": "I-14072025-SS",
            "heading": "Improvement Notice I/14072025-SS – Legionella control at Beeston Modular S&C Depot",
            "info": [("Route", "East Midlands"), ("Issued", d("14/07/2025")), ("Compliance date", d("19/10/2025")),
                     ("Extended compliance date", d("19/12/2025")), ("Accountable lead", "Route Director, East Midlands")],
            "reqs": [
                ("Appoint a competent responsible person and deputy to manage the risk from legionella.", [
                    ("1.1", "Appoint the Depot Manager as responsible person and the Facilities Maintenance Supervisor as deputy; issue letters of appointment.",
                     "Depot Manager", ["Depot Manager"], "31/07/2025", None, "B",
                     "Letters issued 24/07/2025."),
                    ("1.2", "Deliver legionella awareness training to the responsible person and deputy.",
                     "Depot Manager / Route Health & Safety Manager", ["Depot Manager", "Route Health & Safety Manager"],
                     "29/08/2025", None, "B", "Training completed 20/08/2025; certificates on file."),
                ]),
                ("Prepare and implement a written scheme of control, including an up-to-date schematic of the water systems.", [
                    ("2.1", "Commission an independent legionella risk assessment and updated schematic drawings of the hot and cold water systems.",
                     "Route Asset Manager (Buildings)", ["Route Asset Manager (Buildings)"], "15/09/2025", None, "B",
                     "Risk assessment and schematics received 09/09/2025."),
                    ("2.2", "Issue the written scheme of control and monthly monitoring log; brief depot staff and contractors.",
                     "Route Asset Manager (Buildings)", ["Route Asset Manager (Buildings)"], "19/10/2025", "30/11/2025", "A",
                     "Extension to compliance date agreed with ORR inspector 10/10/2025. Contractor briefings 60% complete."),
                ]),
                ("Keep adequate records and carry out remedial measures promptly when legionella is detected.", [
                    ("3.1", "Introduce a remedial action log with a 48-hour response target for positive samples; report exceptions to the Route SHE Board.",
                     "Route Health & Safety Manager", ["Route Health & Safety Manager"], "19/10/2025", "19/12/2025", "G",
                     "Log in use since October 2025; first exception report due to SHE Board in December."),
                ]),
            ],
        },
        {
            "sheet": "I-DK-06052025",
            "heading": "Improvement Notice I/DK/06052025 – Safe systems of work for track patrolling, Romford Delivery Unit",
            "info": [("Route", "Anglia"), ("Issued", d("06/05/2025")), ("Compliance date", d("31/01/2026")),
                     ("Accountable lead", "Route Director, Anglia")],
            "reqs": [
                ("Plan track patrols with a safe system of work that does not rely on lookout warning where separation from traffic is reasonably practicable.", [
                    ("1.1", "Re-plan all patrol diagrams on the Romford Delivery Unit to use line blockages or safeguarded green zones.",
                     "Infrastructure Maintenance Delivery Manager (IMDM) Romford",
                     ["Infrastructure Maintenance Delivery Manager (IMDM) Romford"], "31/08/2025", "31/01/2026", "R",
                     "Access constrained by December timetable change; 58 of 91 diagrams re-planned. ORR informed; escalated to Route Director."),
                ]),
                ("Monitor the implementation of the planned safe systems of work.", [
                    ("2.1", "Introduce monthly assurance checks of Safe Work Packs by Section Managers, with results reported to the Route SHE Board.",
                     "Section Managers; Route Assurance Lead", ["Section Managers", "Route Assurance Lead"],
                     "30/11/2025", None, "G", "Checks started September 2025."),
                ]),
            ],
        },
    ]
    brag_fill = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Network Rail Infrastructure Limited"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Prepared for the Safety, Health and Environment Committee – position at 7 November 2025"
    heads = ["Notice", "Subject", "Route", "Issued", "Compliance date", "Actions", "Complete", "Notice status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    r = 6
    for n in notices:
        acts = [a for _, al in n["reqs"] for a in al]
        info = dict(n["info"])
        comp = info.get("Extended compliance date", info["Compliance date"])
        vals = [n["heading"].split(" – ")[0].replace("Improvement Notice ", ""), n["heading"].split(" – ")[1],
                info["Route"], info["Issued"], comp, len(acts), sum(1 for a in acts if a[6] == "B"), "Open"]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
        r += 1
    ws.cell(row=r + 1, column=1, value="BRAG key").font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Complete – evidence held"), ("G", "On track"),
                                ("A", "At risk of missing due date"), ("R", "Will miss due date / overdue")], r + 2):
        c = ws.cell(row=i, column=1, value=k)
        c.fill = fill(brag_fill[k])
        ws.cell(row=i, column=2, value=t)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["D"].width = 12
    ws.column_dimensions["E"].width = 14

    expected = []
    for n in notices:
        ws = wb.create_sheet(n["sheet"])
        ws["A1"] = "Network Rail – ORR Improvement Notice Action Plan"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = n["heading"]
        ws["A2"].font = Font(bold=True, size=13)
        r = 3
        for k, v in n["info"]:
            ws.cell(row=r, column=1, value=k + ":").font = Font(bold=True)
            c = ws.cell(row=r, column=2, value=v)
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
                c.alignment = Alignment(horizontal="left")
            r += 1
        r += 1
        heads = ["No.", "Requirement of notice", "Action", "Owner", "Due", "Revised due", "BRAG", "Evidence / comments"]
        widths = [6, 45, 55, 30, 12, 12, 7, 50]
        for i, h in enumerate(heads, 1):
            c = ws.cell(row=r, column=i, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("1D3B6E")
            c.border = BOX
            ws.column_dimensions[get_column_letter(i)].width = widths[i - 1]
        r += 1
        for req, acts in n["reqs"]:
            first = r
            ws.cell(row=r, column=2, value=req)
            for (ref, text, ownertxt, leads, due, rev, b, com) in acts:
                vals = [ref, None, text, ownertxt, d(due), d(rev) if rev else None, b, com]
                for i, v in enumerate(vals, 1):
                    if i == 2:
                        continue
                    c = ws.cell(row=r, column=i, value=v)
                    if isinstance(v, datetime):
                        c.number_format = "dd/mm/yyyy"
                for col in range(1, 9):
                    ws.cell(row=r, column=col).border = BOX
                    ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=7).fill = fill(brag_fill[b])
                ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
                expected.append(act(ref, [n["heading"], req], text, leads, ym(rev or due), brag[b]))
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    wb.save(out(name))

    meta = {
        "source": ("Imitates an infrastructure manager's tracker of actions against ORR (rail health and safety "
                   "regulator) improvement notices, as reported to a board safety committee (Network Rail, 2025; "
                   "notice details after ORR's published list of 2025 improvement notices, "
                   "https://www.orr.gov.uk/monitoring-regulation/rail/promoting-health-safety/investigation-enforcement-powers/our-enforcement-action-date/improvement-notices/2025). "
                   "Copied features: summary sheet listing notices with counts and a BRAG key; one sheet per notice "
                   "with a label/value header block (route, issued, compliance and extended compliance dates, "
                   "accountable lead); requirement of the notice merged down over its actions; due and revised due "
                   "dates; BRAG letters with fill colour; job titles as owners."),
        "reads": ("Two improvement notices, each on its own sheet, with seven actions in all grouped under the "
                  "notice's requirements. Each action has a number, an owner post, a due date and sometimes a "
                  "revised due date (which is the end), and a B/G/A/R status as the key on the summary sheet "
                  "explains."),
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, expected)


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
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. HIAL - ATMS programme highlight report (docx)
# ---------------------------------------------------------------------------
def hial():
    name = "zvz-highlands-and-islands-airports-atms-programme-highlight-report.docx"
    title = "Air Traffic Management Strategy (ATMS) Programme – Highlight Report"
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    months = {"Jan": "01", "Feb": "02", "Mar": "03", "Apr": "04", "May": "05", "Jun": "06", "Jul": "07",
              "Aug": "08", "Sep": "09", "Oct": "10", "Nov": "11", "Dec": "12"}

    def mon(s):
        m, y = s.split()
        return y + "-" + months[m]

    workstreams = [
        ("Workstream 1 – Combined Surveillance Centre (Inverness)", [
            ("1.1", "Complete fit-out of the surveillance centre operations room and technical equipment room.",
             "Head of ATM Engineering", ["Head of ATM Engineering"], "Sep 2025", "Dec 2025", "A"),
            ("1.2", "Site acceptance testing of the surveillance data processing system.",
             "Head of ATM Engineering; Supplier Project Manager", ["Head of ATM Engineering", "Supplier Project Manager"],
             "Nov 2025", "Feb 2026", "R"),
            ("1.3", "Safety case for the surveillance centre submitted to the CAA.",
             "Head of Safety & Compliance", ["Head of Safety & Compliance"], "Jan 2026", "Mar 2026", "A"),
        ]),
        ("Workstream 2 – Airspace change (CAP1616)", [
            ("2.1", "Stage 3 consultation on controlled airspace at Kirkwall and Sumburgh launched.",
             "Airspace Change Manager", ["Airspace Change Manager"], "Jun 2025", "Jul 2025", "B"),
            ("2.2", "Consultation response document and final airspace change proposal submitted to the CAA.",
             "Airspace Change Manager", ["Airspace Change Manager"], "Jan 2026", "Jan 2026", "G"),
        ]),
        ("Workstream 3 – People and training", [
            ("3.1", "Recruit and validate four additional surveillance-rated controllers.",
             "ATC Training Manager / HR Business Partner", ["ATC Training Manager", "HR Business Partner"],
             "Mar 2026", "Jun 2026", "A"),
            ("3.2", "Agree the relocation and retention package with Prospect.",
             "Director of People", ["Director of People"], "Oct 2025", "Nov 2025", "G"),
        ]),
    ]
    rag_fill = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Highlands and Islands Airports Limited")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(title, level=1)

    info = [("Programme", "Air Traffic Management Strategy (ATMS)"),
            ("Reporting period", "1–31 October 2025"),
            ("Report date", "7 November 2025"),
            ("Senior Responsible Owner", "Director of Air Navigation Services"),
            ("Programme Manager", "ATMS Programme Manager"),
            ("Report to", "ATMS Programme Board, 13 November 2025")]
    t = doc.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "DCE6F1")
        set_cell(t.cell(i, 1), v)

    doc.add_heading("1. Status summary", level=2)
    summ = [("", "Last period", "This period", "Comment"),
            ("Overall", "A", "A", "Surveillance system testing slipped; Board decision needed on contingency."),
            ("Schedule", "A", "R", "Site acceptance testing moved from November 2025 to February 2026."),
            ("Cost", "G", "G", "Within approved budget of £9.6m; contingency drawdown £140k."),
            ("Resources", "A", "A", "Two controller vacancies; recruitment campaign open."),
            ("Risk", "A", "A", "No new red risks this period.")]
    t = doc.add_table(rows=len(summ), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(summ):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0 or j == 0))
            if i > 0 and j in (1, 2):
                shade(t.cell(i, j), rag_fill[v])
            if i == 0:
                shade(t.cell(i, j), "DCE6F1")

    doc.add_heading("2. Progress this period", level=2)
    for s in ["Operations room fit-out 80% complete; console installation started 20 October.",
              "Stage 3 airspace consultation closed on 3 October with 412 responses.",
              "Relocation and retention package proposal shared with Prospect representatives."]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("3. Milestones and actions", level=2)
    doc.add_paragraph("RAG key: G – on track; A – at risk, forecast later than baseline; R – off track, "
                      "Board intervention needed; B – complete.")
    heads = ["Ref", "Milestone / action", "Lead", "Baseline", "Forecast", "RAG"]
    nrows = 1 + sum(1 + len(a) for _, a in workstreams)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "1F3864")
        for run in t.cell(0, j).paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    i = 1
    expected = []
    for ws_title, acts in workstreams:
        m = t.cell(i, 0).merge(t.cell(i, 5))
        set_cell(m, ws_title, bold=True)
        shade(m, "DCE6F1")
        i += 1
        for (ref, text, leadtxt, leads, base, fc, rg) in acts:
            for j, v in enumerate([ref, text, leadtxt, base, fc, rg]):
                set_cell(t.cell(i, j), v)
            shade(t.cell(i, 5), rag_fill[rg])
            expected.append(act(ref, [ws_title], text, leads, mon(fc), rag[rg]))
            i += 1
    widths = [Cm(1.3), Cm(11), Cm(6), Cm(2.3), Cm(2.3), Cm(1.4)]
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]

    doc.add_heading("4. Key risks and issues", level=2)
    risks = [("ID", "Risk / issue", "Rating", "Mitigation"),
             ("R07", "Supplier resource constraints delay site acceptance testing.", "16 (High)",
              "Weekly supplier progress calls; escalation to supplier account director."),
             ("I03", "Controller vacancies at Sumburgh limit release of staff for training.", "12 (Medium)",
              "Temporary cover from Inverness; training schedule re-phased.")]
    t = doc.add_table(rows=len(risks), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(risks):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
            if i == 0:
                shade(t.cell(i, j), "DCE6F1")

    doc.add_heading("5. Decisions required from the Programme Board", level=2)
    doc.add_paragraph("The Board is asked to approve a revised site acceptance testing date of February 2026 "
                      "and the drawdown of £60k programme contingency for additional supplier testing days.")
    doc.save(out(name))

    meta = {
        "source": ("Imitates a PRINCE2-style programme highlight report to a programme board for Highlands and "
                   "Islands Airports' Air Traffic Management Strategy programme (2025; programme background from "
                   "https://www.airport-technology.com/news/hial-invest-new-air-traffic-control-system-scotland/ and "
                   "PRINCE2 highlight report templates). Copied features: programme information table, status "
                   "summary with last/this period RAG, progress bullets, a milestones-and-actions table with merged "
                   "workstream rows, baseline and forecast months, RAG letters with fill and a B = complete key, a "
                   "key risks and issues table and a decisions-required paragraph."),
        "reads": ("A monthly highlight report whose plan is the milestones-and-actions table: seven numbered "
                  "milestones under three workstream rows, each with a lead, a baseline and a forecast month and a "
                  "RAG letter. The forecast month is the current end; the status summary, progress bullets, risk "
                  "table and decisions paragraph are not actions."),
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 5. Bord na Gaidhlig - annual audit report action plan progress update (docx), table per part
# ---------------------------------------------------------------------------
def bord():
    name = "zvz-bord-na-gaidhlig-annual-audit-report-2023-24-action-plan-progress.docx"
    title = "Annual Audit Report 2023/24 – Action Plan Progress Update"
    months = {m: "%02d" % i for i, m in enumerate(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"], 1)}

    def mon(s):
        _, m, y = s.split()
        return y + "-" + months[m]

    status_read = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    fills = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    parts = [
        ("Part 1 – 2023/24 recommendations", [
            ("1",
             "The Board should complete the planned external review of board effectiveness and agree an action plan to address its findings.",
             "External board effectiveness review to be commissioned through the Scottish Government framework, with findings and an action plan reported to the Board.",
             "Chair / Chief Executive", ["Chair", "Chief Executive"], "31 March 2025", "30 September 2025",
             "Review fieldwork complete; draft report to the Board on 25 September 2025.", "Green"),
            ("2",
             "Management should develop a medium-term financial plan that sets out how the Bòrd will manage pressures on grant-in-aid.",
             "Medium-term financial plan for 2025/26 to 2027/28 to be prepared and approved by the Board alongside the 2025/26 budget.",
             "Head of Finance and Corporate Services", ["Head of Finance and Corporate Services"], "31 March 2025", "",
             "Approved by the Board on 20 March 2025.", "Blue"),
            ("3",
             "Grant monitoring arrangements should be strengthened so that end-of-grant reports are received and reviewed before final payments are made.",
             "Grant monitoring procedures to be revised, including a checklist for the release of final payments.\nStaff training on the revised procedures to be delivered.",
             "Head of Grants and Communities", ["Head of Grants and Communities"], "30 June 2025", "31 December 2025",
             "Revised procedures drafted; training planned for November 2025 once the new grants system is live.", "Amber"),
            ("4",
             "The Bòrd should publish board papers and minutes promptly on its website.",
             "Publication timetable to be agreed: papers published five working days before meetings and approved minutes within ten working days.",
             "Board Secretary", ["Board Secretary"], "31 December 2024", "",
             "Timetable in place since January 2025 and complied with for all meetings.", "Blue"),
        ]),
        ("Part 2 – Prior year recommendations brought forward", [
            ("b/f 1",
             "A workforce plan should be developed which links to the Corporate Plan and addresses succession risks in key roles.",
             "Workforce plan to be developed with the HR adviser and approved by the Staffing Committee.",
             "Chief Executive; HR Manager", ["Chief Executive", "HR Manager"], "31 March 2024", "31 October 2025",
             "Delayed by vacancies in the HR function; draft to be considered by the Staffing Committee in October 2025.", "Red"),
            ("b/f 2",
             "The risk register should be reviewed to ensure risks are linked to corporate objectives and include target scores.",
             "Risk management framework and register to be refreshed, with target scores and risk appetite agreed by the ARMC.",
             "Head of Finance and Corporate Services", ["Head of Finance and Corporate Services"], "30 September 2024", "31 March 2025",
             "Refreshed register agreed by ARMC on 11 March 2025.", "Blue"),
        ]),
    ]

    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Bòrd na Gàidhlig")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Audit and Risk Management Committee – 16 September 2025")
    doc.add_paragraph("Paper ARMC 25/19. Purpose: to update the Committee on progress against the action plan in "
                      "the external auditor's Annual Audit Report 2023/24 and on recommendations brought forward "
                      "from earlier years.")

    doc.add_heading("Document control", level=2)
    dc = [("Version", "Date", "Author", "Comment"),
          ("0.1", "28 August 2025", "Head of Finance and Corporate Services", "First draft"),
          ("1.0", "5 September 2025", "Chief Executive", "Approved for ARMC")]
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))

    doc.add_paragraph("")
    doc.add_paragraph("Status key: Blue – complete; Green – on track; Amber – behind schedule, revised date agreed; "
                      "Red – significantly delayed or at risk.")

    heads = ["No.", "Recommendation", "Agreed management action", "Responsible officer", "Agreed date",
             "Revised date", "Progress (August 2025)", "Status"]
    widths = [Cm(1.3), Cm(5.5), Cm(5.5), Cm(3), Cm(2.3), Cm(2.3), Cm(5), Cm(1.6)]
    expected = []
    for part_title, recs in parts:
        doc.add_heading(part_title, level=2)
        t = doc.add_table(rows=1 + len(recs), cols=len(heads))
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.cell(0, j), h, bold=True, size=9)
            shade(t.cell(0, j), "D9D9D9")
        for i, (ref, rec, action, offtxt, leads, agreed, revised, prog, status) in enumerate(recs, 1):
            for j, v in enumerate([ref, rec, action, offtxt, agreed, revised, prog, status]):
                set_cell(t.cell(i, j), v, size=9)
            shade(t.cell(i, 7), fills[status])
            expected.append(act(ref, [part_title, rec], action, leads, mon(revised or agreed), status_read[status]))
        for row in t.rows:
            for j, c in enumerate(row.cells):
                c.width = widths[j]
        doc.add_paragraph("")
    doc.add_paragraph("Recommendations marked Blue will be removed from the next update once the external auditor "
                      "has confirmed closure.")
    doc.save(out(name))

    meta = {
        "source": ("Imitates a small Scottish NDPB's progress update to its Audit and Risk Management Committee on the "
                   "external auditor's annual audit report action plan (Bòrd na Gàidhlig, 2023/24 audit, update "
                   "September 2025; governance context from "
                   "https://www.gaidhlig.scot/en/bord-na-gaidhlig-statement-on-the-audit-scotland-section-22-report/ "
                   "and Audit Scotland-style 'action plan' appendices). Copied features: body name and committee "
                   "paper line, document-control table, status key sentence, one table per part (current year "
                   "recommendations, prior-year recommendations brought forward with 'b/f' refs), recommendation "
                   "beside agreed management action, responsible officer (two posts in one cell), agreed and revised "
                   "dates written in words, progress column and colour-word status with fill."),
        "reads": ("Six audit recommendations in two tables, four from the 2023/24 report and two brought forward "
                  "from earlier years, each with the agreed management action, responsible officer(s), an agreed "
                  "date and sometimes a revised date (the revised one is the end), progress and a Blue/Green/Amber/"
                  "Red status where Blue means complete."),
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 6. Guide Dogs - board of trustees action log (csv) - typo month, refuse
# ---------------------------------------------------------------------------
def guide_dogs():
    name = "zvz-guide-dogs-board-of-trustees-action-log-typo-month-refuse.csv"
    rows = [
        ["The Guide Dogs for the Blind Association", "", "", "", "", "", "", ""],
        ["Board of Trustees – Action Log", "", "", "", "", "", "", ""],
        ["Updated following the Board meeting of 23 October 2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Action No.", "Meeting", "Minute ref", "Action", "Owner", "Due", "Status", "Update"],
        ["BT25/07", "27 March 2025", "25/18",
         "Circulate the revised Safeguarding Policy to all trustees for approval by written resolution",
         "Director of Safeguarding", "April 2025", "Complete", "Approved by written resolution 14 April 2025"],
        ["BT25/11", "19 June 2025", "25/31",
         "Bring a paper on options for the lease renewal at the Redbridge training centre",
         "Chief Operating Officer", "September 2025", "Complete", "Paper taken at the October meeting (item 25/44)"],
        ["BT25/12", "19 June 2025", "25/33",
         "Provide a breakdown of the legacy income pipeline by region to the Finance Committee",
         "Director of Finance", "October 2025", "Amber", "Data cleansing under way; to November Finance Committee"],
        ["BT25/15", "23 October 2025", "25/46",
         "Schedule a trustee deep-dive on dog supply and breeding centre capacity",
         "Company Secretary; Chief Executive", "January 2026", "Green", "Provisionally set for the January away day"],
        ["BT25/16", "23 October 2025", "25/47",
         "Report on trends in fundraising complaints, including those referred to the Fundraising Regulator",
         "Director of Fundraising", "Febuary 2026", "Green", ""],
        ["BT25/17", "23 October 2025", "25/49",
         "Present the results of the 2025 staff and volunteer survey with an action plan",
         "Director of People", "March 2026", "Not started", ""],
        ["", "", "", "", "", "", "", ""],
        ["Completed actions are removed from the log after they have been reported to one Board meeting.",
         "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = buf.getvalue()
    with open(out(name), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(data)
    lines = data.split("\r\n")
    refuse_line = next(i for i, l in enumerate(lines, 1) if "Febuary" in l)

    meta = {
        "source": ("Imitates a charity's board of trustees rolling action log kept in Excel and saved as CSV "
                   "(Guide Dogs, after the October 2025 Board; layout after published trustee board action logs "
                   "of large UK charities). Copied features: organisation, log title and 'updated following' lines "
                   "above the header; action numbers of the form BT25/nn; meeting date and minute reference columns; "
                   "owners as job titles (two in one cell); due months written as words; RAG/Complete status; "
                   "closing note line."),
        "reads": ("A rolling log of six trustee actions with owners, a due month, a status and an update. The due "
                  "cell of action BT25/16 reads 'Febuary 2026', a mistyped month, so a careful reader stops and asks "
                  "before reading the log."),
        "outcome": "refuse",
        "refuse_at": refuse_line,
        "title": "Board of Trustees – Action Log",
    }
    write_expected(name, meta, None)


# ---------------------------------------------------------------------------
# 7. Alnwick Town Council - Planner export, tab-separated text
# ---------------------------------------------------------------------------
def alnwick():
    name = "zvz-alnwick-town-council-governance-action-plan-planner-export.txt"
    title = "Alnwick Town Council – Governance Action Plan 2025-26"
    heads = ["Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Start Date", "Due Date", "Late",
             "Completed Date", "Labels", "Description"]
    tasks = [
        ("Adopt revised Financial Regulations based on the 2024 NALC model", "Internal audit 2024/25", "Completed",
         "Medium", "Karen Hall", "14/04/2025", "30/06/2025", "false", "17/06/2025", "",
         "Internal audit point 1. Adopted at Full Council 16 June 2025.",
         ["Karen Hall"], "blue"),
        ("Reconcile the asset register to the insurance schedule and AGAR Box 9", "Internal audit 2024/25",
         "In progress", "Important", "Paul Fenwick", "01/07/2025", "31/12/2025", "false", "", "Amber",
         "Internal audit point 2. Valuations for play equipment awaited from insurer.",
         ["Paul Fenwick"], "amber"),
        ("Record the quarterly bank reconciliation review and sign-off by a councillor", "Internal audit 2024/25",
         "Completed", "Medium", "Karen Hall;Cllr Susan Robson", "14/04/2025", "31/07/2025", "false", "08/07/2025", "",
         "Internal audit point 3. Q1 reconciliation signed 8 July 2025.",
         ["Karen Hall", "Cllr Susan Robson"], "blue"),
        ("Publish the Notice of Conclusion of Audit and AGAR Sections 1-3 on the council website",
         "External audit (AGAR) 2024/25", "Completed", "Urgent", "Karen Hall", "01/09/2025", "30/09/2025", "false",
         "26/09/2025", "", "External auditor's report received 22 September 2025.",
         ["Karen Hall"], "blue"),
        ("Correct the inspection period dates in the Notice of Public Rights for 2025/26",
         "External audit (AGAR) 2024/25", "Not started", "Important", "Karen Hall", "", "31/03/2026", "false", "", "",
         "External auditor's other matter: period for exercise of public rights must include the first ten working days of July.",
         ["Karen Hall"], "unrated"),
        ("Review the council's risk register and present it to Full Council", "Policies and risk", "In progress",
         "Medium", "Paul Fenwick", "01/09/2025", "30/11/2025", "false", "", "Green",
         "Draft reviewed by Finance and General Purposes Committee 14 October 2025.",
         ["Paul Fenwick"], "green"),
        ("Review the complaints procedure and publish it on the website", "Policies and risk", "In progress", "Low",
         "Karen Hall;Paul Fenwick", "01/08/2025", "31/10/2025", "true", "", "Red",
         "Awaiting NALC model procedure update.",
         ["Karen Hall", "Paul Fenwick"], "red"),
    ]
    lines = ["Plan name\t" + title, "Date of export\t03/11/2025", "", "\t".join(heads)]
    expected = []
    for t in tasks:
        lines.append("\t".join(t[:11]))
        expected.append(act(None, [t[1]], t[0], t[11], ym(t[6]), t[12]))
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    meta = {
        "source": ("Imitates a town council clerk's Microsoft Planner plan for governance actions arising from the "
                   "internal audit and the external auditor's AGAR report, exported from Planner and saved as "
                   "tab-delimited text for circulation to councillors (Alnwick Town Council, November 2025). "
                   "Copied features: Planner export header lines (plan name, date of export), Planner columns "
                   "(Task Name, Bucket Name, Progress, Priority, Assigned To, Start/Due/Completed Date, Late, Labels, "
                   "Description) with system ID columns removed, buckets as themes, several assignees separated by "
                   "';', dd/mm/yyyy dates and RAG labels on tasks in progress."),
        "reads": ("Seven Planner tasks in three buckets. Each task name is the action, the bucket is its heading and "
                  "the assignees are the leads; the due date gives the month. Completed tasks are complete, "
                  "'Not started' is unrated and tasks in progress carry a Red, Amber or Green label as their RAG; "
                  "Planner's Priority column (Urgent/Important/Medium/Low) is not a RAG."),
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, expected)


if __name__ == "__main__":
    zero_waste()
    livewest()
    network_rail()
    hial()
    bord()
    guide_dogs()
    alnwick()
    print("built 7 cases in", HERE)
